import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { samplePaths } from "@/lib/seed/samples";
import type { TransactionClient } from "@/lib/db";
import { importPage } from "@/lib/import/import-page";
import { parsePage, requireTitle } from "@/lib/import/parse-page";
import { saveTranslation } from "@/lib/translation/save-translation";
import { startTranslation } from "@/lib/translation/start-translation";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";

/*
 * The database failing in the middle of an import or a translation save (publishing: publish-atomic.int.test.ts).
 * The audit entry is each transaction's last write; breaking it there — by an error, or on PostgreSQL by killing the
 * connection — must leave nothing half written, and the same work must succeed right after, without a restart.
 */
process.env.CHANCERY_LOCALES = "ko,en";

const failure = vi.hoisted(() => ({ mode: "off" as "off" | "throw" | "kill", action: "" }));

vi.mock("@/lib/audit/record-audit-event", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/record-audit-event")>();
  return {
    ...original,
    async recordAuditEvent(client: Parameters<typeof original.recordAuditEvent>[0], event: Parameters<typeof original.recordAuditEvent>[1]) {
      if (event.action === failure.action && failure.mode === "kill") {
        await (client as TransactionClient).$queryRawUnsafe("SELECT pg_terminate_backend(pg_backend_pid())");
      }
      if (event.action === failure.action && failure.mode === "throw") throw new Error("injected failure before commit");
      return original.recordAuditEvent(client, event);
    },
  };
});

async function failing<T>(mode: "throw" | "kill", action: string, work: () => Promise<T>): Promise<void> {
  failure.mode = mode;
  failure.action = action;
  try {
    await expect(work()).rejects.toThrow();
  } finally {
    failure.mode = "off";
  }
}

const PAGE = readFileSync(samplePaths().find((path) => path.includes("azerbaijan-policy"))!, "utf8");

describe.each(testBackends())("the database failing mid-way on %s", (backend) => {
  const { database, editor, translator } = useTestNewsroom(backend, { editor: "EDITOR", translator: "TRANSLATOR" });
  const modes: ("throw" | "kill")[] = backend === "postgres" ? ["throw", "kill"] : ["throw"];

  afterAll(() => {
    failure.mode = "off";
  });

  for (const mode of modes) {
    it(`an import (${mode === "kill" ? "connection killed" : "error"}) leaves no document, and importing again works`, async () => {
      const parsed = parsePage(PAGE.replace("Policy Consultation", `Policy Consultation (${mode})`), `faults-${mode}.txt`);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const titled = requireTitle(parsed.page);
      if (!titled.ok) throw new Error(titled.error.message);
      const before = await database.prisma.document.count();
      await failing(mode, "document.import", () => importPage(titled.page, { publish: true, actor: editor }));
      expect(await database.prisma.document.count()).toBe(before);
      expect(await database.prisma.edition.count({ where: { document: { importKey: parsed.page.sourceHash } } })).toBe(0);

      const outcome = await importPage(titled.page, { publish: true, actor: editor });
      expect(outcome.status).toBe("created");
      expect(await database.prisma.document.count()).toBe(before + 1);
    });

    it(`a translation save (${mode === "kill" ? "connection killed" : "error"}) keeps the last saved text, and saving again works`, async () => {
      const made = await createTranslationFixture(database.prisma);
      const started = await startTranslation(translator, { editionId: made.editionId, locale: "en" });
      const first = await saveTranslation(translator, {
        localizationId: started.localizationId,
        lockVersion: started.lockVersion,
        title: "Saved title",
        summary: "",
        blocks: [{ sourceId: made.blockIds[0]!, text: "Saved paragraph." }],
      });
      const revisions = await database.prisma.revision.count({ where: { localizationId: started.localizationId } });
      const attempt = {
        localizationId: started.localizationId,
        lockVersion: first.lockVersion,
        title: "Lost title",
        summary: "",
        blocks: [{ sourceId: made.blockIds[0]!, text: "Text typed while the database went away." }],
      };
      await failing(mode, "translation.save", () => saveTranslation(translator, attempt));

      const row = await database.prisma.localization.findUniqueOrThrow({ where: { id: started.localizationId } });
      expect(row.title).toBe("Saved title");
      expect(row.lockVersion).toBe(first.lockVersion);
      expect(await database.prisma.revision.count({ where: { localizationId: started.localizationId } })).toBe(revisions);

      // The same submission (the workspace kept it) goes through once the database answers.
      const retried = await saveTranslation(translator, attempt);
      expect(retried.lockVersion).toBe(first.lockVersion + 1);
      expect((await database.prisma.localization.findUniqueOrThrow({ where: { id: started.localizationId } })).title).toBe("Lost title");
    });
  }
});
