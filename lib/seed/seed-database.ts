import type { PrismaClient } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_TAXONOMY } from "./demo-taxonomy";

export interface SeedReport {
  skipped?: string;
  users: number;
  taxonomy: number;
}

/**
 * Seeds demo accounts and taxonomy, all in one transaction, and only into a database that has no users yet:
 * seeding never touches a database someone already works in.
 */
export async function seedDemo(prisma: PrismaClient): Promise<SeedReport> {
  const existingUsers = await prisma.user.count();
  if (existingUsers > 0) return { skipped: `the database already has ${existingUsers} user(s)`, users: 0, taxonomy: 0 };

  const hashes = await Promise.all(DEMO_ACCOUNTS.map((account) => hashPassword(account.password)));
  return prisma.$transaction(async (tx) => {
    await tx.user.createMany({
      data: DEMO_ACCOUNTS.map((account, index) => ({
        email: account.email,
        name: account.name,
        role: account.role,
        translatorLocales: account.translatorLocales,
        passwordHash: hashes[index]!,
      })),
    });
    let taxonomy = 0;
    for (const country of DEMO_TAXONOMY.countries) {
      await tx.country.upsert({ where: { code: country.code }, update: {}, create: country });
      taxonomy++;
    }
    for (const topic of DEMO_TAXONOMY.topics) {
      await tx.topic.upsert({ where: { slug: topic.slug }, update: {}, create: topic });
      taxonomy++;
    }
    for (const organisation of DEMO_TAXONOMY.organisations) {
      await tx.organisation.upsert({ where: { slug: organisation.slug }, update: {}, create: organisation });
      taxonomy++;
    }
    for (const event of DEMO_TAXONOMY.events) {
      await tx.event.upsert({
        where: { slug: event.slug },
        update: {},
        create: { ...event, startsOn: event.startsOn ? new Date(`${event.startsOn}T00:00:00Z`) : null },
      });
      taxonomy++;
    }
    return { users: DEMO_ACCOUNTS.length, taxonomy };
  });
}
