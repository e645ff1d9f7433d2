-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'DAILY');

-- CreateEnum
CREATE TYPE "AlertFilter" AS ENUM ('KIND', 'TOPIC', 'COUNTRY', 'LANGUAGE');

-- CreateTable
CREATE TABLE "AlertSubscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastDigestAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSubscription" (
    "id" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "filter" "AlertFilter" NOT NULL,
    "value" TEXT NOT NULL,
    "frequency" "AlertFrequency" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertConfirmationThrottle" (
    "email" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AlertConfirmationThrottle_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "subscriberId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "frequency" "AlertFrequency" NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mailedAt" TIMESTAMP(3),

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("subscriberId","editionId")
);

-- CreateTable
CREATE TABLE "PressList" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PressList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressContact" (
    "id" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "outlet" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Embargo" (
    "editionId" TEXT NOT NULL,
    "pressLists" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Embargo_pkey" PRIMARY KEY ("editionId")
);

-- CreateTable
CREATE TABLE "EmbargoRecipient" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "outlet" TEXT NOT NULL DEFAULT '',
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstOpenedAt" TIMESTAMP(3),
    "lastOpenedAt" TIMESTAMP(3),
    "openCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EmbargoRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscriber_email_key" ON "AlertSubscriber"("email");

-- CreateIndex
CREATE INDEX "AlertSubscription_filter_value_idx" ON "AlertSubscription"("filter", "value");

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscription_subscriberId_filter_value_key" ON "AlertSubscription"("subscriberId", "filter", "value");

-- CreateIndex
CREATE INDEX "AlertDelivery_editionId_idx" ON "AlertDelivery"("editionId");

-- CreateIndex
CREATE INDEX "AlertDelivery_mailedAt_queuedAt_idx" ON "AlertDelivery"("mailedAt", "queuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PressList_name_key" ON "PressList"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PressContact_listId_email_key" ON "PressContact"("listId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "EmbargoRecipient_tokenHash_key" ON "EmbargoRecipient"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "EmbargoRecipient_editionId_email_key" ON "EmbargoRecipient"("editionId", "email");

-- AddForeignKey
ALTER TABLE "AlertSubscription" ADD CONSTRAINT "AlertSubscription_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "AlertSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "AlertSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressContact" ADD CONSTRAINT "PressContact_listId_fkey" FOREIGN KEY ("listId") REFERENCES "PressList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Embargo" ADD CONSTRAINT "Embargo_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmbargoRecipient" ADD CONSTRAINT "EmbargoRecipient_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Embargo"("editionId") ON DELETE CASCADE ON UPDATE CASCADE;
