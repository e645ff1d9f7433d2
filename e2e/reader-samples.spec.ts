// NEEDS THE SAMPLES: the five pages in prisma/samples, imported as published documents by the first start
// (lib/seed/first-start.ts, run by e2e/prepare-database.ts). Counts come from the sample files (see
// lib/import/samples.test.ts, which counts them by hand); each page must show every numbered paragraph, sub-point,
// note and Q/A pair, in order, with the right date and view count.
import { expect, test, type Page } from "@playwright/test";
import { bodyShape, expectNoSeriousAxeViolations, openFromList } from "./reader-helpers";

interface Sample {
  title: string;
  list: string;
  /** The sample's own date, or null: its source shows none, so the page shows no date line (never the import day). */
  date: string | null;
  views: number;
  shape: string[];
  firstText: RegExp;
  lastText: RegExp;
}

const N = "N";
const SAMPLES: Record<string, Sample> = {
  rokAzerbaijan: {
    title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
    list: "/en/press-releases?year=2017",
    date: "2017-11-20",
    views: 6427,
    shape: [N, N, N, N, "°", N, N],
    firstText: /^On November 20, Deputy Foreign Minister for Political Affairs Yoon Soon-gu/,
    lastText: /including trade, investment and infrastructure construction\.$/,
  },
  forum: {
    title: "Outcome of Bilateral Foreign Ministers’ Meetings Held on Occasion of Korea-Central Asia Cooperation Forum",
    list: "/en/press-releases",
    date: null,
    views: 0,
    shape: [N, "※×5", N, "o", "o", N, "o", N, "o", N, "o", N, "o", "o", N, N],
    firstText: /^On the occasion of his participation in the 14th Korea-Central Asia Cooperation Forum/,
    lastText: /^Foreign Minister Chung’s participation in the 14th Korea-Central Asia Cooperation Forum/,
  },
  highLevel: {
    title:
      "Deputy Minister for Political Affairs Hosts First Korea-Central Asia High Level Officials' Meeting (1+5) to Prepare for Korea-Central Asia Cooperation Forum",
    list: "/en/press-releases",
    date: null,
    views: 0,
    shape: [N, "o", N, N, N, "o", N, N],
    firstText: /^Deputy Minister for Political Affairs Kim Gunn hosted the first Korea-Central Asia High Level Officials' Meeting on November 19/,
    lastText: /^The Ministry of Foreign Affairs will hold the 13th Korea-Central Asia Cooperation Forum in Seoul on November 25/,
  },
  viceMinister: {
    title: "Vice Minister of Foreign Affairs Choi Has Meeting with Central Asian Ambassadors to ROK",
    list: "/en/press-releases",
    date: null,
    views: 0,
    shape: [N, N, "°", N, "°", N, N, N],
    firstText: /^On the afternoon of October 28, Vice Minister of Foreign Affairs Choi Jong Kun/,
    lastText: /^Vice Minister Choi and the other participants, recognizing the need/,
  },
};

async function expectMeta(page: Page, sample: { date: string | null; views: number }) {
  const date = page.locator("[data-meta=date]");
  if (sample.date) await expect(date).toHaveText(sample.date);
  else await expect(date).toHaveCount(0);
  // The count the page was imported with, plus the readers earlier journeys were (one view per reader per window).
  await expect(page.locator("[data-meta=views]")).toHaveText(/^[\d,]+$/);
  const views = Number((await page.locator("[data-meta=views]").textContent())!.replace(/,/g, ""));
  expect(views).toBeGreaterThanOrEqual(sample.views);
  expect(views).toBeLessThan(sample.views + 10);
}

for (const [name, sample] of Object.entries(SAMPLES)) {
  test.describe(`sample press release “${name}”`, () => {
    test("shows every numbered paragraph, sub-point and note in order, with its date and views", async ({ page }) => {
      await openFromList(page, sample.list, sample.title);
      await expect(page).toHaveTitle(`${sample.title} — Ministry of Foreign Affairs`);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectMeta(page, sample);
      expect(await bodyShape(page)).toEqual(sample.shape);

      const numbers = await page.locator("[data-block=numbered]").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-number")));
      expect(numbers).toEqual(sample.shape.filter((kind) => kind === N).map((_, index) => String(index + 1)));
      const paragraphs = page.locator("[data-block=numbered] > div > p");
      await expect(paragraphs.first()).toHaveText(sample.firstText);
      await expect(paragraphs.last()).toHaveText(sample.lastText);
      // The number hangs beside the text: the text starts to the right of the number, every line aligned.
      const numberBox = await page.locator("[data-block=numbered] .numbered-number").first().boundingBox();
      const textBox = await paragraphs.first().boundingBox();
      expect(textBox && numberBox && textBox.x).toBeGreaterThan((numberBox?.x ?? 0) + (numberBox?.width ?? 0) - 1);
      // Sub-points sit under their paragraph's text, further in than the paragraph numbers.
      const subpoint = page.locator("[data-block=subpoint]").first();
      if ((await subpoint.count()) > 0) expect((await subpoint.boundingBox())?.x).toBeGreaterThan(numberBox?.x ?? 0);

      await expect(page.locator("meta[name=description]")).toHaveAttribute("content", /.{40,}/);
      await expectNoSeriousAxeViolations(page);
    });
  });
}

test("the forum release shows its ※ note with the five heads of delegation, under paragraph 1", async ({ page }) => {
  await openFromList(page, SAMPLES.forum!.list, SAMPLES.forum!.title);
  const note = page.locator("[data-block=numbered][data-number='1'] [data-block=note]");
  await expect(note).toHaveAttribute("role", "note");
  await expect(note.locator("p").first()).toContainText("Heads of delegations of Central Asian countries");
  await expect(note.locator("[data-note-item]")).toHaveText([
    /Tajikistan: Foreign Minister Sirojiddin MUHRIDDIN/,
    /Uzbekistan: Foreign Minister Abdulaziz KAMILOV/,
    /Turkmenistan: Foreign Minister Rashid MEREDOV/,
    /Kyrgyzstan: Foreign Minister Ruslan KAZAKBAYEV/,
    /Kazakhstan: Deputy Foreign Minister Marat SYZDYKOV/,
  ]);
});

test("the Azerbaijan consultation says it is an unofficial translation, above and below the text", async ({ page }) => {
  await openFromList(page, SAMPLES.rokAzerbaijan!.list, SAMPLES.rokAzerbaijan!.title);
  const notices = page.locator("[data-translation-notice=unofficial]");
  await expect(notices).toHaveCount(2);
  await expect(notices.first()).toContainText("Unofficial translation");
  await expect(notices.first()).toHaveAttribute("data-position", "top");
  await expect(notices.last()).toHaveAttribute("data-position", "bottom");
  // The Korean original is not held on this site: the notice says so without a dead link, and the switch offers only
  // the languages the page exists in — here English alone, so there is nothing to switch to.
  await expect(notices.first().getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Language" })).toHaveCount(0);
  // The list marks it too.
  await page.goto(SAMPLES.rokAzerbaijan!.list);
  await expect(page.locator("[data-document-item]").filter({ hasText: SAMPLES.rokAzerbaijan!.title })).toContainText("Unofficial translation");
});

test.describe("sample interview", () => {
  const title = "Ambassador: South Korea ready to respond to any threat by North Korea in close cooperation with US - INTERVIEW";

  test("shows the lede, the outlet, and all ten questions each with its answer paragraphs, set apart", async ({ page }) => {
    await openFromList(page, "/en/interviews", title);
    await expectMeta(page, { date: "2018-07-20", views: 0 });
    await expect(page.locator("[data-lede]")).toHaveText("APA presents interview with Ambassador of the Republic of Korea to Azerbaijan Kim Chang-gyu");
    await expect(page.locator("[data-meta=outlet]")).toHaveText("APA");
    await expect(page.locator("[data-meta=interviewee]")).toHaveText("Ambassador of the Republic of Korea to Azerbaijan Kim Chang-gyu");

    const pairs = page.locator("[data-qa]");
    await expect(pairs).toHaveCount(10);
    const answersPerQuestion = await pairs.evaluateAll((groups) =>
      groups.map((group) => [group.querySelectorAll("[data-block=question]").length, group.querySelectorAll("[data-block=answer]").length]),
    );
    expect(answersPerQuestion).toEqual([2, 2, 1, 2, 2, 3, 1, 1, 3, 3].map((answers) => [1, answers]));
    expect(await bodyShape(page)).toHaveLength(30);
    await expect(page.locator("[data-block=question]").first()).toContainText("What do you think of the current level of political relations");
    await expect(page.locator("[data-block=answer]").last()).toContainText("and the security of the nation.");

    // Questions are set apart: bold, on a tinted band, unlike the answers.
    const question = page.locator("[data-block=question]").first();
    const answer = page.locator("[data-block=answer]").first();
    const weight = (locator: typeof question) => locator.evaluate((element) => Number(getComputedStyle(element).fontWeight));
    expect(await weight(question)).toBeGreaterThanOrEqual(600);
    expect(await weight(answer)).toBeLessThan(600);
    const background = await question.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    // The Nagorno-Karabakh answer was written without "A:"; its three paragraphs still belong to the question.
    await expect(page.locator("[data-qa]").nth(8)).toContainText("Nagorno-Karabakh");
    await expect(page.locator("[data-qa]").nth(8).locator("[data-block=answer]")).toHaveCount(3);

    await expectNoSeriousAxeViolations(page);
  });
});

test("the home page lists the latest samples and passes axe", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Press releases and interviews");
  await expect(page.locator("[data-latest=INTERVIEW]")).toContainText("Ambassador: South Korea ready to respond");
  await expect(page.locator("[data-latest=PRESS_RELEASE] [data-document-item]").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
