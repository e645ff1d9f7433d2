import { loadEnvOrExit } from "@/lib/env";
import { withDatabase } from "@/lib/db/prepare";
import { publishDue } from "@/lib/editorial/publish-due";
import { sendDueDigests } from "@/lib/alerts/send-digests";
import { deliverDueMail } from "@/lib/mail/deliver-mail";
import { notifyRunningServer, settleRevalidations } from "@/lib/public/revalidate";
import { CliError, runCli } from "./run-cli";

const USAGE = "usage: npm run publish-due   (publishes every scheduled edition whose time has come, queues due alert digests, sends queued mail, then exits)";

runCli(async () => {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (args.length > 0) throw new CliError(`unknown argument ${args[0]}\n${USAGE}`);
  const env = loadEnvOrExit();
  notifyRunningServer();
  return withDatabase(env, async (database) => {
    const result = await publishDue({ client: database.prisma }).catch((error: unknown) => {
      if (error instanceof Error && /relation "Edition" does not exist/.test(error.message)) {
        throw new CliError("the database has no tables yet; run `npm run db:migrate` (or `npm start` once) first");
      }
      throw error;
    });
    for (const published of result.published) {
      console.log(`published ${published.slug} (edition ${published.number}), due ${published.scheduledAt.toISOString()}`);
    }
    for (const failure of result.failed) console.error(`could not publish edition ${failure.editionId}: ${failure.error}`);
    if (result.published.length === 0 && result.failed.length === 0) console.log("Nothing is due.");
    const digests = await sendDueDigests({ client: database.prisma });
    if (digests.sent > 0) console.log(`alert digests: ${digests.sent} queued (${digests.items} items)`);
    for (const failure of digests.failed) console.error(`could not make the digest of subscriber ${failure.subscriberId}: ${failure.error}`);
    const mail = await deliverDueMail({ client: database.prisma });
    if (mail.sent + mail.retrying + mail.failed > 0) {
      console.log(`mail: ${mail.sent} sent, ${mail.retrying} to retry later, ${mail.failed} failed for good`);
    }
    // Tell the running server (NEXTAUTH_URL) to refresh the pages that just went live.
    await settleRevalidations();
    return result.failed.length > 0 ? 1 : 0;
  });
});
