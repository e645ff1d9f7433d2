// Published content for tests of the reading site, written straight to the database (no workflow, no audit):
// Document + Edition(s) + Localization rows, translations with their published Revision.
import type { EditionState, PrismaClient, TranslationState } from "@/lib/db/generated/client";
import { parseBody } from "@/lib/content/body/parse";
import { bodyToPlainText } from "@/lib/content/body/plain-text";
import type { Block } from "@/lib/content/body/schema";
import type { TransactionClient } from "@/lib/db";

type Client = PrismaClient | TransactionClient;

export interface TextFixture {
  title: string;
  summary?: string;
  /** Blocks, or text in the press office's convention ("1. …", "o …", "※ …", "Q: …"). */
  body: Block[] | string;
}

export interface TranslationFixture extends TextFixture {
  locale: string;
  kind?: "OFFICIAL" | "UNOFFICIAL";
  /** PUBLISHED (default) gets a published revision; anything else is work in progress readers never see. */
  state?: TranslationState;
  translatorCredit?: string;
  /** Text being revised after publication: saved on the localization, while readers keep the published revision. */
  revisedDraft?: TextFixture;
  /** Source hashes of the published revision (block id or "@title" → hash of the source it was made from). */
  sourceHashes?: Record<string, string>;
}

export interface DocumentFixture {
  kind?: "PRESS_RELEASE" | "INTERVIEW";
  slug: string;
  originalLocale?: string;
  /** YYYY-MM-DD. */
  publicDate: string;
  viewCount?: number;
  interviewee?: string;
  outlet?: string;
  sourceUrl?: string;
  /** State of the live (last) edition: PUBLISHED by default; WITHDRAWN, or DRAFT/SUBMITTED/SCHEDULED for never-public ones. */
  state?: EditionState;
  withdrawalReason?: string;
  /** Earlier editions went public first; each correction after the first publication adds a note (or none, MINOR). */
  corrections?: { publishedAt: string; changeNote: string | null; changeType?: "MAJOR" | "MINOR"; body?: Block[] | string }[];
  /** When the first edition went public (ISO instant); defaults to the public date at 09:00 Seoul. */
  firstPublishedAt?: string;
  original: TextFixture;
  /** An imported text of record that is itself an unofficial translation of an original the site does not hold. */
  originalIsUnofficialTranslation?: boolean;
  translations?: TranslationFixture[];
  /** Country codes and topic slugs; missing entries are created. */
  countries?: string[];
  topics?: string[];
  /** People by their English name; missing people are created. */
  people?: string[];
}

export interface CreatedDocument {
  documentId: string;
  editionId: string;
}

/**
 * A press release whose text says only which one it is ("Release <slug>", "Summary of <slug>"), with `body` (two
 * numbered paragraphs unless the test needs another); `extra` overrides any of it.
 */
export function releaseFixture(slug: string, publicDate: string, extra: Partial<DocumentFixture> = {}, body = "1. First paragraph.\n2. Second paragraph."): DocumentFixture {
  return { slug, publicDate, original: { title: `Release ${slug}`, summary: `Summary of ${slug}`, body }, ...extra };
}

/** A published Korean release whose English translation is still being written: `body` is the unpublished English. */
export function translationInProgressFixture(body: string): DocumentFixture {
  return releaseFixture("translation-in-progress", "2020-11-19", {
    originalLocale: "ko",
    original: { title: "한-중앙아 고위관리회의", body: "1. 김건 차관보는 회의를 주재하였다." },
    translations: [{ locale: "en", state: "IN_PROGRESS", title: "High Level Officials' Meeting", body }],
  });
}

/** A published Korean release whose published English translation is being revised: `revisedDraft` is the unpublished wording. */
export function translationBeingRevisedFixture(revisedDraft: TextFixture): DocumentFixture {
  return releaseFixture("translation-being-revised", "2020-10-28", {
    originalLocale: "ko",
    original: { title: "최종건 차관, 중앙아 대사 면담", body: "1. 최종건 차관은 대사들과 면담하였다." },
    translations: [{ locale: "en", title: "Vice Minister Choi Meets Central Asian Ambassadors", body: "1. The published translation.", revisedDraft }],
  });
}

function blocks(body: Block[] | string): Block[] {
  return typeof body === "string" ? parseBody(body) : body;
}

function searchText(text: TextFixture): string {
  return [text.title, text.summary ?? "", bodyToPlainText(blocks(text.body))].join("\n");
}

const NEVER_PUBLIC: readonly EditionState[] = ["DRAFT", "SUBMITTED", "SCHEDULED"];

/** Writes one document with its editions, localizations and taxonomy, all in one transaction. */
export async function createPublishedDocument(prisma: PrismaClient, fixture: DocumentFixture): Promise<CreatedDocument> {
  return prisma.$transaction((tx) => writeDocument(tx, fixture));
}

async function writeDocument(tx: Client, fixture: DocumentFixture): Promise<CreatedDocument> {
  const originalLocale = fixture.originalLocale ?? "en";
  const state = fixture.state ?? "PUBLISHED";
  const publicDate = new Date(`${fixture.publicDate}T00:00:00Z`);
  const firstPublishedAt = new Date(fixture.firstPublishedAt ?? `${fixture.publicDate}T00:00:00Z`);
  const isPublic = !NEVER_PUBLIC.includes(state);

  const document = await tx.document.create({
    data: {
      kind: fixture.kind ?? "PRESS_RELEASE",
      slug: fixture.slug,
      originalLocale,
      viewCount: fixture.viewCount ?? 0,
      interviewee: fixture.interviewee ?? null,
      outlet: fixture.outlet ?? null,
      sourceUrl: fixture.sourceUrl ?? null,
      firstPublishedAt: isPublic ? firstPublishedAt : null,
    },
    select: { id: true },
  });

  const corrections = isPublic ? (fixture.corrections ?? []) : [];
  const editions = [
    { publishedAt: firstPublishedAt, changeNote: null as string | null, changeType: "MAJOR" as const, body: fixture.original.body },
    ...corrections.map((correction) => ({
      publishedAt: new Date(correction.publishedAt),
      changeNote: correction.changeNote,
      changeType: correction.changeType ?? ("MAJOR" as const),
      body: correction.body,
    })),
  ];
  // Parsed once per edition that has its own text: a correction without one keeps the blocks (and block ids) before it.
  const bodies: Block[][] = [];
  for (const [index, edition] of editions.entries()) bodies.push(edition.body === undefined ? bodies[index - 1]! : blocks(edition.body));

  let liveEditionId = "";
  for (const [index, edition] of editions.entries()) {
    const live = index === editions.length - 1;
    const editionState: EditionState = live ? state : "SUPERSEDED";
    const created = await tx.edition.create({
      data: {
        documentId: document.id,
        number: index + 1,
        state: editionState,
        publicDate,
        publishedAt: isPublic ? edition.publishedAt : null,
        supersededAt: live ? null : (editions[index + 1]?.publishedAt ?? null),
        withdrawnAt: editionState === "WITHDRAWN" ? new Date(edition.publishedAt.getTime() + 86_400_000) : null,
        withdrawalReason: editionState === "WITHDRAWN" ? (fixture.withdrawalReason ?? null) : null,
        changeType: edition.changeType,
        changeNote: edition.changeNote,
      },
      select: { id: true },
    });
    if (live) liveEditionId = created.id;

    await tx.localization.create({
      data: {
        editionId: created.id,
        locale: originalLocale,
        isOriginal: true,
        translationKind: fixture.originalIsUnofficialTranslation ? "UNOFFICIAL" : null,
        title: fixture.original.title,
        summary: fixture.original.summary ?? "",
        body: bodies[index]!,
        searchText: searchText({ ...fixture.original, body: bodies[index]! }),
        publishedAt: isPublic ? edition.publishedAt : null,
      },
    });
    // Translations belong to the live edition only; earlier editions keep just their original here.
    if (live) for (const translation of fixture.translations ?? []) await writeTranslation(tx, created.id, translation, edition.publishedAt, bodies[index]!);
  }

  for (const code of fixture.countries ?? []) {
    const country = await tx.country.upsert({ where: { code }, update: {}, create: { code, names: { en: code } }, select: { id: true } });
    await tx.documentCountry.create({ data: { documentId: document.id, countryId: country.id } });
  }
  for (const slug of fixture.topics ?? []) {
    const topic = await tx.topic.upsert({ where: { slug }, update: {}, create: { slug, names: { en: slug } }, select: { id: true } });
    await tx.documentTopic.create({ data: { documentId: document.id, topicId: topic.id } });
  }
  for (const name of fixture.people ?? []) {
    const person = (await tx.person.findFirst({ where: { names: { path: ["en"], equals: name } }, select: { id: true } })) ??
      (await tx.person.create({ data: { names: { en: name } }, select: { id: true } }));
    await tx.documentPerson.create({ data: { documentId: document.id, personId: person.id } });
  }
  return { documentId: document.id, editionId: liveEditionId };
}

/** A translation's blocks carry the ids of the original's blocks they translate (here: same position, same kind). */
function translatedBlocks(body: Block[] | string, original: readonly Block[]): Block[] {
  const own = blocks(body);
  const originalIds = new Set(original.map((block) => block.id));
  // Blocks already given an original's id (a test of alignment) keep theirs.
  if (own.some((block) => originalIds.has(block.id))) return own;
  return own.map((block, index) => (original[index]?.kind === block.kind ? { ...block, id: original[index]!.id } : block));
}

async function writeTranslation(tx: Client, editionId: string, translation: TranslationFixture, publishedAt: Date, original: readonly Block[]): Promise<void> {
  const state = translation.state ?? "PUBLISHED";
  const current = translation.revisedDraft ?? translation;
  const localization = await tx.localization.create({
    data: {
      editionId,
      locale: translation.locale,
      isOriginal: false,
      translationKind: translation.kind ?? "OFFICIAL",
      translationState: translation.revisedDraft ? "IN_PROGRESS" : state,
      translatorCredit: translation.translatorCredit ?? null,
      title: current.title,
      summary: current.summary ?? "",
      body: translatedBlocks(current.body, original),
      searchText: searchText(current),
    },
    select: { id: true },
  });
  if (state !== "PUBLISHED") return;
  const revision = await tx.revision.create({
    data: {
      localizationId: localization.id,
      number: 1,
      title: translation.title,
      summary: translation.summary ?? "",
      body: translatedBlocks(translation.body, original),
      sourceHashes: translation.sourceHashes ?? {},
      note: "published translation (test fixture)",
    },
    select: { id: true },
  });
  await tx.localization.update({ where: { id: localization.id }, data: { publishedRevisionId: revision.id, publishedAt } });
  if (translation.revisedDraft) {
    await tx.revision.create({
      data: {
        localizationId: localization.id,
        number: 2,
        title: translation.revisedDraft.title,
        summary: translation.revisedDraft.summary ?? "",
        body: translatedBlocks(translation.revisedDraft.body, original),
        note: "revision in progress (test fixture)",
      },
    });
  }
}

/** Marks two documents as related (shown on both pages). */
export async function relateDocuments(prisma: Client, fromId: string, toId: string): Promise<void> {
  await prisma.documentRelation.create({ data: { fromId, toId } });
}
