"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { checkbox } from "@/lib/actions/form-input";
import { revalidateWholeWorkspace } from "@/lib/actions/revalidate-workspace";
import { db } from "@/lib/db";
import { summarizePage } from "@/lib/import/dry-run";
import { findImported, importPage, importWarnings } from "@/lib/import/import-page";
import type { ImportReport } from "@/lib/import/import-report";
import { CONFIDENCE_LABELS, lowConfidenceFields } from "@/lib/import/confidence";
import { parsePage, requireTitle } from "@/lib/import/parse-page";
import { MAX_FILES_PER_IMPORT, MAX_IMPORT_REQUEST_BYTES } from "@/lib/import/import-limits";
import { describeRefusal } from "@/lib/errors";
import { jsonText } from "@/lib/validation/json-text";

/*
 * Importing pages copied from the ministry's or an agency's site, for editors (document.import): the browser reads
 * the chosen files and sends their text; each page is parsed and either previewed (nothing is written) or imported
 * on its own, so one unreadable page does not stop the others. Importing the same page twice changes nothing.
 * A page with a low-confidence field (no date, a page cut off, a headline picked among several lines) is imported
 * only once the editor has confirmed it in the preview: the check is here, not only in the form.
 */

const pagesSchema = jsonText(z.string({ error: "Choose at least one file." }), "The files could not be read; choose them again.").pipe(
  z
    .array(z.object({ name: z.string().trim().min(1).max(200), text: z.string().max(MAX_IMPORT_REQUEST_BYTES, { error: "These files are too large to import at once." }) }), {
      error: "Choose at least one file.",
    })
    .min(1, { error: "Choose at least one file." })
    .max(MAX_FILES_PER_IMPORT, { error: `Import at most ${MAX_FILES_PER_IMPORT} files at once.` }),
);

export const importPagesAction = defineAction({
  name: "document.import",
  schema: z.object({
    pages: pagesSchema,
    mode: z.enum(["preview", "import"], { error: "Choose to preview or to import." }),
    publish: checkbox(),
    confirmed: z
      .string()
      .optional()
      .transform((text, ctx) => {
        try {
          return z.array(z.string().max(200)).max(MAX_FILES_PER_IMPORT).parse(JSON.parse(text || "[]"));
        } catch {
          ctx.addIssue({ code: "custom", message: "The confirmations could not be read; preview the pages again." });
          return z.NEVER;
        }
      }),
  }),
  permission: ["document.import"],
  run: async (input, ctx): Promise<ImportReport> => {
    if (input.mode === "preview") {
      const read = input.pages.map(({ name, text }) => ({ name, parsed: parsePage(text, name) }));
      // Said before the import, by the rule the import applies: the same source text is the same page.
      const imported = await findImported(
        await db(),
        read.flatMap(({ parsed }) => (parsed.ok ? [parsed.page.sourceHash] : [])),
      );
      return {
        mode: "preview",
        pages: read.map(({ name, parsed: read }) => {
          const parsed = read.ok ? requireTitle(read.page) : read;
          if (!parsed.ok) return { ok: false as const, file: name, error: parsed.error.message };
          const { page } = parsed;
          return {
            ok: true as const,
            ...summarizePage(name, page),
            warnings: importWarnings(page),
            toConfirm: lowConfidenceFields(page.confidence),
            alreadyImported: imported.get(page.sourceHash) ?? null,
          };
        }),
      };
    }
    const pages: Extract<ImportReport, { mode: "import" }>["pages"] = [];
    const confirmed = new Set(input.confirmed);
    for (const { name, text } of input.pages) {
      const read = parsePage(text, name);
      const parsed = read.ok ? requireTitle(read.page) : read;
      if (!parsed.ok) {
        pages.push({ ok: false, file: name, error: parsed.error.message });
        continue;
      }
      const toConfirm = lowConfidenceFields(parsed.page.confidence);
      if (toConfirm.length > 0 && !confirmed.has(name)) {
        const fields = toConfirm.map((field) => CONFIDENCE_LABELS[field]).join(", ");
        pages.push({ ok: false, file: name, error: `not imported until you confirm its ${fields} in the preview` });
        continue;
      }
      try {
        const outcome = await importPage(parsed.page, { publish: input.publish, actor: ctx.user });
        pages.push({
          ok: true,
          file: name,
          title: parsed.page.title,
          status: outcome.status,
          documentId: outcome.documentId,
          state: outcome.status === "created" ? outcome.state : null,
          warnings: importWarnings(parsed.page),
        });
      } catch (error) {
        const refused = describeRefusal(error);
        if (!refused) console.error(`Import of ${name} failed:`, error);
        pages.push({ ok: false, file: name, error: refused?.message ?? "It could not be imported; nothing of it was saved." });
      }
    }
    return { mode: "import", published: input.publish, pages };
  },
  after: (report) => {
    if (report.mode === "import") revalidateWholeWorkspace();
  },
});
