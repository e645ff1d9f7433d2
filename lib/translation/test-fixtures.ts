// A Korean release with an English translation in a chosen state, written straight to the database (no workflow, no
// audit) with the source hashes the desk would have recorded. For tests only; not imported by application code.
import { randomBytes } from "node:crypto";
import { hashBlockSource } from "@/lib/content/body/plain-text";
import type { Block } from "@/lib/content/body/schema";
import type { PrismaClient, TranslationState } from "@/lib/db/generated/client";
import { hashSourceText, TITLE_KEY } from "./alignment";

export interface TranslationFixture {
  documentId: string;
  editionId: string;
  /** Null when the translation was not asked for. */
  localizationId: string | null;
  locale: string;
  blockIds: string[];
}

const KOREAN = ["양측은 제3차 정책협의회를 개최하였다.", "양측은 우호협력 관계의 발전을 평가하였다.", "차기 협의회는 바쿠에서 열린다."];
const ENGLISH = ["The two sides held the 3rd policy consultation.", "The two sides commended their friendly relations.", "The next consultation will be in Baku."];

/**
 * A published Korean release of three numbered paragraphs; with `translation`, its English translation in that state,
 * every block translated from the current original (so it can be submitted or published), one revision saved.
 */
export async function createTranslationFixture(
  prisma: PrismaClient,
  options: { translation?: Exclude<TranslationState, "NOT_STARTED">; locale?: string } = {},
): Promise<TranslationFixture> {
  const tag = randomBytes(4).toString("hex");
  const locale = options.locale ?? "en";
  const body: Block[] = KOREAN.map((text, index) => ({ id: `p${index + 1}-${tag}`, kind: "numbered", text }));
  const title = `정책협의회 개최 ${tag}`;
  const document = await prisma.document.create({
    data: {
      kind: "PRESS_RELEASE",
      slug: `translation-fixture-${tag}`,
      originalLocale: "ko",
      firstPublishedAt: new Date(),
      editions: {
        create: {
          number: 1,
          state: "PUBLISHED",
          publicDate: new Date("2017-11-20T00:00:00Z"),
          publishedAt: new Date(),
          localizations: { create: { locale: "ko", isOriginal: true, title, body, searchText: title, publishedAt: new Date() } },
        },
      },
    },
    select: { id: true, editions: { select: { id: true } } },
  });
  const editionId = document.editions[0]!.id;
  const result: TranslationFixture = { documentId: document.id, editionId, localizationId: null, locale, blockIds: body.map((block) => block.id) };
  if (!options.translation) return result;

  const translated: Block[] = body.map((block, index) => ({ id: block.id, kind: "numbered", text: ENGLISH[index]! }));
  const sourceHashes: Record<string, string> = Object.fromEntries(body.map((block) => [block.id, hashBlockSource(block)]));
  sourceHashes[TITLE_KEY] = hashSourceText(title);
  const text = { title: `Policy consultation ${tag}`, summary: "", body: translated };
  const localization = await prisma.localization.create({
    data: {
      editionId,
      locale,
      isOriginal: false,
      translationKind: "UNOFFICIAL",
      translationState: options.translation,
      ...text,
      sourceHashes,
      searchText: text.title,
    },
    select: { id: true },
  });
  const revision = await prisma.revision.create({
    data: { localizationId: localization.id, number: 1, ...text, sourceHashes, note: "test fixture" },
    select: { id: true },
  });
  if (options.translation === "PUBLISHED") {
    await prisma.localization.update({ where: { id: localization.id }, data: { publishedRevisionId: revision.id, publishedAt: new Date() } });
  }
  return { ...result, localizationId: localization.id };
}
