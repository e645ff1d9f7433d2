import {
  authorize,
  availableTranslationTransitions,
  can,
  explain,
  type Decision,
  type TRANSLATION_TRANSITION_ACTIONS,
} from "@/lib/auth/policy";
import type { Actor } from "@/lib/changes/actor";
import type { Block } from "@/lib/body/schema";
import { parseInput } from "@/lib/validation/input-fields";
import { optionalCalendarDate } from "@/lib/time/office-time";
import { blockDisplayText, diffText, type TextDiff } from "@/lib/editions/revision-diff";
import { transact } from "@/lib/db/transaction";
import { translationTransitionFor, type Check } from "@/lib/workflow/workflow";
import type { TransactionClient } from "@/lib/db";
import type { DocumentKind, EditionState, Prisma, TranslationState } from "@/lib/db/generated/client";
import {
  hashSourceText,
  SUMMARY_KEY,
  TITLE_KEY,
  translationStatus,
  type AlignedRow,
  type RowStatus,
  type SourceHashes,
  type TranslationProgress,
} from "./alignment";
import { numberFootnotes, type Footnotes } from "./footnotes";
import { workspaceInputSchema, type WorkspaceInput } from "./input";
import { findOldSources } from "./old-sources";
import { checkTranslationReady } from "./readiness";
import {
  ensureSiteLocale,
  formValuesOf,
  sourceTextOf,
  stateOf,
  storedTranslation,
  translationSelect,
  translationSubject,
  type TranslationFormValues,
} from "./records";
import { NotFoundError } from "@/lib/errors";

/** What changed in the source since a block (or the title or summary) was translated. */
export interface StaleSince {
  /** The source text the translation was made from; null when it cannot be found in the original's history. */
  oldSourceText: string | null;
  newSourceText: string;
  /** Word diff old → new source; null when the old text is unknown. */
  diff: TextDiff | null;
}

export interface WorkspaceRow extends AlignedRow {
  /** Set on stale rows. */
  staleSince: StaleSince | null;
}

export interface WorkspaceField {
  source: string;
  /** Send back as titleBasis/summaryBasis.sourceHash. */
  sourceHash: string;
  translated: string;
  status: RowStatus;
  staleSince: StaleSince | null;
}

export type TranslationMoveName = keyof typeof TRANSLATION_TRANSITION_ACTIONS;

export interface WorkspaceTransition {
  name: TranslationMoveName;
  label: string;
  needsReason?: "comment";
  /** Why the button is disabled although the policy allows the move (the translation is not finished); null: go. */
  blockedBy: string | null;
}

export type TaxonomyType = "person" | "country" | "organisation" | "topic" | "event";

export interface WorkspaceTaxonomyName {
  type: TaxonomyType;
  id: string;
  /** The name in the original's locale (or null when it has none). */
  source: string | null;
  /** The name in the translation's locale; null: not translated yet. */
  translated: string | null;
  /** A person's position, an event's place, in both locales; absent for other kinds. */
  detail?: { kind: "position" | "place"; source: string | null; translated: string | null };
}

export interface TranslationWorkspace {
  document: { id: string; kind: DocumentKind; slug: string; originalLocale: string };
  edition: {
    id: string;
    number: number;
    state: EditionState;
    publicDate: string | null;
    updatedAt: Date;
    /** The change note readers see for this edition (a major change's), to translate; null when it has none. */
    changeNote: string | null;
  };
  /** A later edition of the document exists (a correction in progress): work here is replaced when it is published. */
  newerEdition: { id: string; number: number; state: EditionState } | null;
  locale: string;
  source: { localizationId: string; locale: string; title: string; summary: string; body: Block[] };
  /** Null until the translation is started. */
  translation: {
    localizationId: string;
    translationKind: "OFFICIAL" | "UNOFFICIAL" | null;
    translatorCredit: string | null;
    translator: { id: string; name: string; email: string } | null;
    lastEditedBy: { id: string; name: string; email: string } | null;
    /** When lastEditedBy last changed the text. */
    lastEditedAt: Date | null;
    updatedAt: Date;
    /** What readers see (or will see when the edition goes live); null when never published. */
    published: { revisionId: string; revisionNumber: number; publishedAt: Date | null } | null;
  } | null;
  /** NOT_STARTED while there is no translation. */
  state: TranslationState;
  /** Send with the next save; null while there is no translation. */
  lockVersion: number | null;
  title: WorkspaceField;
  summary: WorkspaceField;
  /** Source order, one per source block. */
  rows: WorkspaceRow[];
  progress: TranslationProgress;
  /** The translator's notes as readers will see them. */
  footnotes: Footnotes;
  /** Whether the text is finished enough to submit or publish. */
  readiness: Check;
  permissions: {
    /** May start the translation (when there is none) or save it. */
    edit: Decision;
    markOfficial: boolean;
    /** May name the document's tags in this locale (taxonomy.translateNames). */
    translateNames: boolean;
  };
  /** The workflow buttons this person may press, in display order. */
  transitions: WorkspaceTransition[];
  /** The editor's comment when the translation was last sent back (until it is submitted again). */
  rejection: { comment: string; at: Date; by: string | null } | null;
  taxonomy: WorkspaceTaxonomyName[];
  /** The stored translation in the shape saveTranslation takes; null while there is none. */
  form: TranslationFormValues | null;
}

function nameIn(names: Prisma.JsonValue, locale: string): string | null {
  if (!names || typeof names !== "object" || Array.isArray(names)) return null;
  const value = (names as Record<string, unknown>)[locale];
  return typeof value === "string" && value.trim() ? value : null;
}

async function taxonomyNames(tx: TransactionClient, documentId: string, sourceLocale: string, locale: string): Promise<WorkspaceTaxonomyName[]> {
  const document = await tx.document.findUniqueOrThrow({
    where: { id: documentId },
    select: {
      people: { select: { person: { select: { id: true, names: true, positions: true } } } },
      countries: { select: { country: { select: { id: true, names: true } } } },
      organisations: { select: { organisation: { select: { id: true, names: true } } } },
      topics: { select: { topic: { select: { id: true, names: true } } } },
      events: { select: { event: { select: { id: true, names: true, places: true } } } },
    },
  });
  const entry = (
    type: TaxonomyType,
    row: { id: string; names: Prisma.JsonValue },
    detail?: { kind: "position" | "place"; texts: Prisma.JsonValue },
  ): WorkspaceTaxonomyName => ({
    type,
    id: row.id,
    source: nameIn(row.names, sourceLocale),
    translated: nameIn(row.names, locale),
    ...(detail ? { detail: { kind: detail.kind, source: nameIn(detail.texts, sourceLocale), translated: nameIn(detail.texts, locale) } } : {}),
  });
  return [
    ...document.people.map(({ person }) => entry("person", person, { kind: "position", texts: person.positions })),
    ...document.countries.map(({ country }) => entry("country", country)),
    ...document.organisations.map(({ organisation }) => entry("organisation", organisation)),
    ...document.topics.map(({ topic }) => entry("topic", topic)),
    ...document.events.map(({ event }) => entry("event", event, { kind: "place", texts: event.places })),
  ];
}

async function lastRejection(tx: TransactionClient, localizationId: string): Promise<TranslationWorkspace["rejection"]> {
  const event = await tx.auditEvent.findFirst({
    where: { subjectType: "localization", subjectId: localizationId, action: { in: ["translation.submit", "translation.reject"] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { action: true, reason: true, at: true, actorEmail: true, actor: { select: { name: true } } },
  });
  if (event?.action !== "translation.reject" || !event.reason) return null;
  return { comment: event.reason, at: event.at, by: event.actor?.name ?? event.actorEmail };
}

function staleSince(oldText: string | null, newText: string): StaleSince {
  return { oldSourceText: oldText, newSourceText: newText, diff: oldText === null ? null : diffText(oldText, newText) };
}

/**
 * Everything the translation workspace shows for one edition and locale: the original beside the translation block by
 * block (source order; numbering and markers from the source), each block untranslated, current or stale, and for a
 * stale block the source it was made from, the source now and the word diff; progress; the footnotes; what this
 * person may do. Works before the translation is started (translation null, every block untranslated).
 * @throws InputError, NotFoundError, DomainError (a locale the site is not published in), PermissionDeniedError
 *   (translation.view; the original's own locale is refused as "not a translation")
 */
export async function getTranslationWorkspace(actor: Actor, rawInput: WorkspaceInput): Promise<TranslationWorkspace> {
  const input = parseInput(workspaceInputSchema, rawInput);
  ensureSiteLocale(input.locale);
  // Reads only, in one transaction for one consistent snapshot: nothing changes, nothing to audit or revalidate.
  return transact(async (tx) => {
    const edition = await tx.edition.findUnique({
      where: { id: input.editionId },
      select: {
        id: true,
        number: true,
        state: true,
        publicDate: true,
        updatedAt: true,
        changeType: true,
        changeNote: true,
        documentId: true,
        document: { select: { id: true, kind: true, slug: true, originalLocale: true } },
      },
    });
    if (!edition) throw new NotFoundError("This edition does not exist (it may have been deleted).");
    const row = await tx.localization.findUnique({
      where: { editionId_locale: { editionId: edition.id, locale: input.locale } },
      select: translationSelect,
    });
    const state = stateOf(row?.isOriginal ? null : row);
    const subject = translationSubject(edition, input.locale, state);
    authorize(actor, "translation.view", subject);
    // The original's own locale is no translation: the policy's refusal says so, and where to change it instead.
    if (input.locale === edition.document.originalLocale) authorize(actor, "translation.edit", subject);
    const edit = explain(actor, "translation.edit", subject);
    const translation = row && !row.isOriginal ? row : null;

    const source = await sourceTextOf(tx, edition.id);
    const stored = translation ? storedTranslation(translation) : { title: "", summary: "", body: [] as Block[], sourceHashes: {} as SourceHashes };
    const status = translationStatus(source, stored);

    const staleRows = status.rows.filter((aligned) => aligned.status === "stale" && aligned.storedHash !== null);
    const titleHash = status.title === "stale" ? stored.sourceHashes[TITLE_KEY] : undefined;
    const summaryHash = status.summary === "stale" ? stored.sourceHashes[SUMMARY_KEY] : undefined;
    const old = await findOldSources(tx, edition.documentId, {
      blocks: new Map(staleRows.map((aligned) => [aligned.source.id, aligned.storedHash!])),
      title: titleHash,
      summary: summaryHash,
    });

    const rows: WorkspaceRow[] = status.rows.map((aligned) => {
      if (aligned.status !== "stale") return { ...aligned, staleSince: null };
      const before = old.blocks.get(aligned.source.id);
      return { ...aligned, staleSince: staleSince(before ? blockDisplayText(before) : null, blockDisplayText(aligned.source)) };
    });
    const field = (sourceText: string, translated: string, fieldState: RowStatus, oldText: string | undefined): WorkspaceField => ({
      source: sourceText,
      sourceHash: hashSourceText(sourceText),
      translated,
      status: fieldState,
      staleSince: fieldState === "stale" ? staleSince(oldText ?? null, sourceText) : null,
    });

    const readiness = checkTranslationReady(status, translation?.translationKind ?? null);
    const transitions: WorkspaceTransition[] = translation
      ? availableTranslationTransitions(actor, subject).map((name) => {
          const transition = translationTransitionFor(name);
          return {
            name,
            label: transition.label,
            ...(transition.needsReason ? { needsReason: transition.needsReason } : {}),
            blockedBy: name !== "reject" && !readiness.ok ? readiness.reason : null,
          };
        })
      : [];

    const later = await tx.edition.findFirst({
      where: { documentId: edition.documentId, number: { gt: edition.number } },
      orderBy: { number: "desc" },
      select: { id: true, number: true, state: true },
    });
    const published = translation?.publishedRevisionId
      ? await tx.revision.findUnique({ where: { id: translation.publishedRevisionId }, select: { id: true, number: true } })
      : null;

    return {
      document: edition.document,
      edition: {
        id: edition.id,
        number: edition.number,
        state: edition.state,
        publicDate: optionalCalendarDate(edition.publicDate),
        updatedAt: edition.updatedAt,
        changeNote: edition.changeType === "MAJOR" ? edition.changeNote : null,
      },
      newerEdition: later,
      locale: input.locale,
      source,
      translation: translation
        ? {
            localizationId: translation.id,
            translationKind: translation.translationKind,
            translatorCredit: translation.translatorCredit,
            translator: translation.translator,
            lastEditedBy: translation.lastEditedBy,
            lastEditedAt: translation.lastEditedAt,
            updatedAt: translation.updatedAt,
            published: published ? { revisionId: published.id, revisionNumber: published.number, publishedAt: translation.publishedAt } : null,
          }
        : null,
      state,
      lockVersion: translation?.lockVersion ?? null,
      title: field(source.title, stored.title, status.title, old.title),
      summary: field(source.summary, stored.summary, status.summary, old.summary),
      rows,
      progress: status.progress,
      // Reading order is the source's: the stored body follows it from the last save on.
      footnotes: numberFootnotes(rows.flatMap((aligned) => (aligned.translated ? [aligned.translated] : []))),
      readiness,
      permissions: {
        edit,
        markOfficial: can(actor, "translation.markOfficial", subject),
        translateNames: can(actor, "taxonomy.translateNames", { type: "taxonomyName", locale: input.locale }),
      },
      transitions,
      rejection: translation && state === "IN_PROGRESS" ? await lastRejection(tx, translation.id) : null,
      taxonomy: await taxonomyNames(tx, edition.documentId, edition.document.originalLocale, input.locale),
      form: translation ? formValuesOf(translation) : null,
    };
  });
}
