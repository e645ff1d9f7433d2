import { z } from "zod";
import { checkboxList } from "@/lib/actions/form-input";
import { bodySchema } from "@/lib/body/schema";
import { plainString } from "@/lib/validation/plain-text";
import { INPUT_LIMITS, publicDateSchema, changeTypeSchema, slugSchema, summarySchema, titleSchema } from "@/lib/validation/input-fields";
import { type CreateDocumentInput, type SaveEditionInput } from "@/lib/editorial/document-input";

/*
 * The editing form as the browser sends it (flat fields, the body as the editor's JSON, one hidden input per tag)
 * and what the editorial services take. Validated here with the services' own schemas, so a refusal names the
 * field (and the block: "body.3.text") the person must fix; the services check again.
 */

/** The editor's hidden input: the body as JSON, refused per block by the one body schema. */
export const bodyJsonSchema = z
  .string({ error: "The body is missing; reload the page." })
  .max(INPUT_LIMITS.bodyText * 2, { error: "The body is too long." })
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The body could not be read; switch to Blocks and back, then save again." });
      return z.NEVER;
    }
  })
  .pipe(bodySchema);

const ids = checkboxList(plainString().trim().min(1).max(64));
const optionalText = (max: number) => plainString().max(max * 2).optional();

const documentFields = {
  title: titleSchema,
  summary: summarySchema.optional(),
  publicDate: publicDateSchema,
  body: bodyJsonSchema,
  interviewee: optionalText(INPUT_LIMITS.interviewee),
  outlet: optionalText(INPUT_LIMITS.outlet),
  sourceUrl: optionalText(INPUT_LIMITS.url),
  people: ids,
  countries: ids,
  organisations: ids,
  topics: ids,
  events: ids,
  relatedDocumentIds: ids,
  /** The lead image picker; absent when the form has none (nothing to choose from). "" is no lead image. */
  leadImageId: z.string().trim().max(64).optional(),
};

export const createDocumentFormSchema = z.object({
  kind: z.enum(["PRESS_RELEASE", "INTERVIEW"], { error: "Choose a press release or an interview." }),
  originalLocale: plainString().trim().min(2).max(10).optional(),
  // Left empty, the address is made from the title.
  slug: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(slugSchema.optional()),
  ...documentFields,
});

export const saveEditionFormSchema = z.object({
  editionId: plainString().trim().min(1).max(64),
  lockVersion: z.coerce.number().int().min(1),
  // Absent when the address can no longer change (the document was published).
  slug: slugSchema.optional(),
  changeType: changeTypeSchema.optional(),
  changeNote: optionalText(INPUT_LIMITS.changeNote),
  ...documentFields,
});

type FieldsOutput = z.output<z.ZodObject<typeof documentFields>>;

function serviceFields(input: FieldsOutput) {
  return {
    title: input.title,
    summary: input.summary ?? "",
    publicDate: input.publicDate,
    body: input.body,
    interviewee: input.interviewee,
    outlet: input.outlet,
    sourceUrl: input.sourceUrl,
    taxonomy: {
      people: input.people,
      countries: input.countries,
      organisations: input.organisations,
      topics: input.topics,
      events: input.events,
    },
    relatedDocumentIds: input.relatedDocumentIds,
    leadImageId: input.leadImageId,
  };
}

export function toCreateDocumentInput(input: z.output<typeof createDocumentFormSchema>): CreateDocumentInput {
  return { kind: input.kind, originalLocale: input.originalLocale, slug: input.slug, ...serviceFields(input) };
}

export function toSaveEditionInput(input: z.output<typeof saveEditionFormSchema>): SaveEditionInput {
  return {
    editionId: input.editionId,
    lockVersion: input.lockVersion,
    slug: input.slug,
    changeType: input.changeType,
    changeNote: input.changeNote,
    ...serviceFields(input),
  };
}
