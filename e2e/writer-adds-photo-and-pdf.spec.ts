// Issue 15: a writer adds a photo (with caption and credit) and a PDF to a release; a translator translates the
// caption; readers see both in each language, the lead image on the list, files served in modern formats with long
// cache headers; once the release is withdrawn its files stop being public.
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import sharp from "sharp";
import { confirmInDialog, signedIn } from "./support/workspace";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const TITLE_KO = `한-베트남 외교장관회담 개최 ${stamp}`;
const TITLE_EN = `Korea-Viet Nam Foreign Ministers' Meeting ${stamp}`;
const CAPTION_KO = `회담에 앞서 악수하는 양국 외교장관 ${stamp}`;
const CAPTION_EN = `The two foreign ministers shake hands before the meeting ${stamp}`;
const CREDIT = "외교부";
const PDF_TITLE_KO = `공동언론발표문 ${stamp}`;

let documentId = "";
let slug = "";
let imageUrl = "";
let pdfUrl = "";

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

async function expectNotice(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text }).first()).toBeVisible();
}

test("a writer uploads a photo and a PDF, puts them in a release with a lead image, and submits it", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const writer = await signedIn(browser, "WRITER");
  await writer.goto("/workspace/media");

  // A photo straight from a camera: EXIF with a GPS position, which the library strips.
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: "#2f5d8a" } })
    .composite([{ input: Buffer.from(`<svg width="1600" height="1000"><rect x="500" y="300" width="600" height="400" fill="#e8c170"/></svg>`), top: 0, left: 0 }])
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: "PressCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 0/1" } })
    .toBuffer();
  const upload = writer.locator("[data-upload-media]");
  await upload.getByLabel("File", { exact: true }).setInputFiles({ name: "IMG_2041.JPG", mimeType: "image/jpeg", buffer: photo });
  await upload.getByLabel("Language of the texts below").selectOption("ko");
  await upload.getByLabel("Alt text").fill("회담장에서 악수하는 두 장관");
  await upload.getByLabel(/^Caption/).fill(CAPTION_KO);
  await upload.getByLabel(/^Credit/).fill(CREDIT);
  await upload.getByRole("button", { name: "Upload" }).click();
  await expectNotice(writer, "Photo added to the library.");

  // A damaged PDF is refused on its field, and nothing is added.
  await upload.getByLabel("File", { exact: true }).setInputFiles({ name: "statement.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\nthis is not a pdf at all") });
  await upload.getByLabel("Title", { exact: true }).fill(PDF_TITLE_KO);
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.locator("#media-file-error")).toContainText("The PDF cannot be read");

  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of ["Joint Press Statement", "Annex"]) pdf.addPage([595, 842]).drawText(line, { x: 72, y: 760, size: 18, font });
  await upload.getByLabel("File", { exact: true }).setInputFiles({ name: "joint statement.pdf", mimeType: "application/pdf", buffer: Buffer.from(await pdf.save()) });
  await upload.getByLabel("Title", { exact: true }).fill(PDF_TITLE_KO);
  await upload.getByRole("button", { name: "Upload" }).click();
  await expectNotice(writer, "File added to the library.");
  await writer.goto(`/workspace/media?q=${encodeURIComponent(stamp)}`);
  await expect(writer.locator("[data-media-item]")).toHaveCount(2);
  await shot(writer, testInfo, "media-library");

  await writer.goto("/workspace/documents/new");
  await writer.getByLabel("Written in").selectOption("ko");
  await writer.getByLabel("Title", { exact: true }).fill(TITLE_KO);
  const textTab = writer.getByRole("tab", { name: "Text" });
  if ((await textTab.getAttribute("aria-selected")) !== "true") await textTab.click();
  await writer.getByLabel("Body as text").fill("1. 외교부 장관은 하노이에서 베트남 외교장관과 회담을 개최하였다.\n2. 양 장관은 공동언론발표문을 채택하였다.");
  await writer.getByRole("button", { name: "Create draft" }).click();
  await writer.waitForURL(/\/workspace\/documents\/(?!new$)[a-z0-9]+$/);
  documentId = new URL(writer.url()).pathname.split("/").at(-1)!;

  // In the editor: the photo after paragraph 1 is added from the library, the PDF at the end; the photo leads.
  const blocksTab = writer.getByRole("tab", { name: "Blocks" });
  if ((await blocksTab.getAttribute("aria-selected")) !== "true") await blocksTab.click();
  const library = writer.locator("[data-add-from-library]");
  await library.getByRole("combobox").selectOption({ label: `Photo: ${CAPTION_KO}` });
  await library.getByRole("button", { name: "Add at the end" }).click();
  await library.getByRole("combobox").selectOption({ label: `File: ${PDF_TITLE_KO}` });
  await library.getByRole("button", { name: "Add at the end" }).click();
  await writer.getByLabel("Lead image").selectOption({ label: CAPTION_KO });
  const preview = writer.locator("[data-body-preview]");
  await expect(preview.locator("figure[data-block=image] figcaption")).toContainText(CAPTION_KO);
  await expect(preview.locator("[data-block=attachment]")).toContainText(PDF_TITLE_KO);
  await writer.getByRole("button", { name: "Save", exact: true }).click();
  await expect(writer.locator("[data-save-status]")).toContainText("Saved at", { timeout: 15_000 });
  await shot(writer, testInfo, "editor-with-photo");

  imageUrl = (await preview.locator("figure[data-block=image] img").getAttribute("src"))!;
  pdfUrl = (await preview.locator("[data-attachment-link]").getAttribute("href"))!;
  expect(imageUrl).toMatch(/^\/media\/[a-z0-9]+\/[0-9a-f]{16}\/w960\.jpg$/);
  expect(pdfUrl).toMatch(/^\/media\/[a-z0-9]+\/[0-9a-f]{16}\/joint-statement\.pdf$/);
  // Staff see the draft's files, never cached.
  const staffView = await writer.request.get(imageUrl);
  expect(staffView.status()).toBe(200);
  expect(staffView.headers()["cache-control"]).toBe("private, no-store");

  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "SUBMITTED");
  await writer.context().close();

  // Not published: readers cannot fetch its files.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(imageUrl)).status()).toBe(404);
  expect((await anonymous.request.get(pdfUrl)).status()).toBe(404);
  await anonymous.close();
});

test("an editor publishes it; readers see the photo, its caption and credit, the PDF and the lead image", async ({ browser }, testInfo) => {
  const editor = await signedIn(browser, "EDITOR");
  await editor.goto(`/workspace/documents/${documentId}`);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await confirmInDialog(editor, "Publish now");
  await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "PUBLISHED");
  const site = await editor.getByRole("link", { name: "View on the site" }).getAttribute("href");
  slug = decodeURIComponent(site!.split("/").at(-1)!);
  await editor.context().close();

  const reader = await browser.newPage();
  await reader.goto(`/ko/press-releases/${encodeURIComponent(slug)}`);
  const figure = reader.locator("figure[data-block=image]").first();
  await expect(figure.locator("figcaption")).toContainText(CAPTION_KO);
  await expect(figure.locator("[data-credit]")).toContainText(`사진: ${CREDIT}`);
  await expect(figure.locator("source[type='image/avif']")).toHaveAttribute("srcset", /w320\.avif 320w, .*w1600\.avif 1600w/);
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => figure.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const attachment = reader.locator("[data-block=attachment]");
  await expect(attachment.getByRole("link", { name: PDF_TITLE_KO })).toHaveAttribute("href", pdfUrl);
  await expect(attachment).toContainText("PDF · 2쪽");
  await shot(reader, testInfo, "article-ko");

  const avif = await reader.request.get(imageUrl.replace("w960.jpg", "w640.avif"));
  expect(avif.status()).toBe(200);
  expect(avif.headers()["content-type"]).toBe("image/avif");
  expect(avif.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const webp = await reader.request.get(imageUrl.replace("w960.jpg", "w1280.webp"));
  expect(webp.headers()["content-type"]).toBe("image/webp");
  expect((await sharp(await webp.body()).metadata()).width).toBe(1280);
  const original = await reader.request.get(imageUrl.replace("w960.jpg", "w1600.jpg"));
  expect((await sharp(await original.body()).metadata()).exif, "no EXIF, so no GPS position, reaches readers").toBeUndefined();
  const file = await reader.request.get(pdfUrl);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toContain(`attachment; filename="joint-statement.pdf"`);

  await reader.goto("/ko/press-releases");
  await expect(reader.locator(`[data-document-item="${slug}"] [data-lead-image]`)).toBeVisible();
  await reader.context().close();
});

test("a translator translates the text and the caption; in English readers see the English caption", async ({ browser }, testInfo) => {
  const translator = await signedIn(browser, "TRANSLATOR");
  await translator.goto(`/workspace/documents/${documentId}/translate/en`);
  await translator.getByRole("button", { name: "Start translation into English" }).click();
  await expect(translator.locator("[data-translation-editor]")).toBeVisible();
  await translator.getByLabel("Title in English").and(translator.locator(":not([name^=\"media.\"])")).fill(TITLE_EN);
  await translator.getByLabel("Paragraph 1 in English").fill("The Minister of Foreign Affairs held talks with the Foreign Minister of Viet Nam in Hanoi.");
  await translator.getByLabel("Paragraph 2 in English").fill("The two ministers adopted a joint press statement.");
  await translator.getByLabel("Unofficial translation").check();
  await expect(translator.locator("[data-media-row=image]")).toContainText("shown in the translation as in the original");
  await expect(translator.locator("[data-progress]")).toHaveText("4 of 4 blocks translated");
  await expect(translator.locator("[data-save-status]")).toContainText("Saved at", { timeout: 15_000 });

  const texts = translator.locator("[data-media-texts]");
  await texts.getByLabel("Caption in English").fill(CAPTION_EN);
  await texts.getByLabel("Alt text in English").fill("The two ministers shaking hands in the meeting room");
  await texts.getByLabel("Credit in English").fill("Ministry of Foreign Affairs");
  await texts.getByLabel("Title in English").fill("Joint Press Statement (Korean)");
  await texts.getByRole("button", { name: "Save photo and file texts" }).click();
  await expectNotice(translator, "Photo and file texts saved.");
  await shot(translator, testInfo, "translation-workspace-media");
  await translator.getByRole("button", { name: "Submit for review" }).click();
  await expect(translator.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "SUBMITTED");
  await translator.context().close();

  const editor = await signedIn(browser, "EDITOR");
  await editor.goto(`/workspace/documents/${documentId}/translate/en`);
  await editor.getByRole("button", { name: "Publish translation" }).click();
  await expect(editor.locator("[data-translation-state]")).toHaveAttribute("data-translation-state", "PUBLISHED");
  await editor.context().close();

  const reader = await browser.newPage();
  await reader.goto(`/en/press-releases/${encodeURIComponent(slug)}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE_EN);
  const figure = reader.locator("figure[data-block=image]").first();
  await expect(figure.locator("figcaption")).toContainText(CAPTION_EN);
  await expect(figure.locator("[data-credit]")).toContainText("Photo: Ministry of Foreign Affairs");
  await expect(figure.locator("img")).toHaveAttribute("alt", "The two ministers shaking hands in the meeting room");
  const attachment = reader.locator("[data-block=attachment]");
  await expect(attachment.getByRole("link", { name: "Joint Press Statement (Korean)" })).toHaveAttribute("href", pdfUrl);
  await expect(attachment).toContainText("PDF · 2 pages");
  await expect(attachment).toContainText("in Korean");
  await shot(reader, testInfo, "article-en");
  // Link previews and structured data name the lead image, in English, with its size.
  const ogImage = await reader.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toMatch(/^http:\/\/[^/]+\/media\/[a-z0-9]+\/[0-9a-f]{16}\/w1280\.jpg$/);
  await expect(reader.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1280");
  await expect(reader.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "800");
  await expect(reader.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", "The two ministers shaking hands in the meeting room");
  await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  expect((await reader.request.get(new URL(ogImage!).pathname)).headers()["content-type"]).toBe("image/jpeg");
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.image).toMatchObject({ "@type": "ImageObject", url: ogImage, width: 1280, height: 800, caption: CAPTION_EN });

  // The JSON API gives the lead image and the photo and file blocks, with absolute URLs that serve the files.
  const api = await (await reader.request.get(`/api/v1/documents/${encodeURIComponent(slug)}?locale=en`)).json();
  expect(api.leadImage).toMatchObject({ caption: CAPTION_EN, width: 1600, height: 1000 });
  expect(api.body.map((block: { kind: string }) => block.kind)).toEqual(["numbered", "numbered", "image", "attachment"]);
  expect(api.body[3].attachment).toMatchObject({ title: "Joint Press Statement (Korean)", contentType: "application/pdf", pageCount: 2, language: "ko" });
  expect(new URL(api.body[3].attachment.url).pathname).toBe(pdfUrl);
  const variant = api.leadImage.variants.find((entry: { width: number; type: string }) => entry.width === 640 && entry.type === "image/avif");
  expect((await reader.request.get(new URL(variant.url).pathname)).headers()["content-type"]).toBe("image/avif");
  const listed = await (await reader.request.get("/api/v1/documents?locale=en&limit=100")).json();
  expect(listed.data.find((item: { slug: string }) => item.slug === slug)?.leadImage?.alt).toBe("The two ministers shaking hands in the meeting room");

  // The Korean page keeps the Korean caption.
  await reader.goto(`/ko/press-releases/${encodeURIComponent(slug)}`);
  await expect(reader.locator("figure[data-block=image] figcaption").first()).toContainText(CAPTION_KO);
  await reader.context().close();
});

test("once withdrawn, the release's files are no longer public", async ({ browser }) => {
  const editor = await signedIn(browser, "EDITOR");
  await editor.goto(`/workspace/documents/${documentId}`);
  await editor.getByText("Withdraw…").click();
  await editor.getByLabel("Reason for withdrawing").fill("Issued in error.");
  await editor.getByRole("button", { name: "Withdraw from the site" }).click();
  await expect(editor.locator("[data-edition-state]")).toHaveAttribute("data-edition-state", "WITHDRAWN");
  // Staff still see them in the desk.
  expect((await editor.request.get(pdfUrl)).status()).toBe(200);
  await editor.context().close();

  const reader = await browser.newContext();
  const page = await reader.newPage();
  for (const url of [imageUrl, imageUrl.replace("w960.jpg", "w640.avif"), pdfUrl]) expect((await page.request.get(url)).status(), url).toBe(404);
  await page.goto(`/ko/press-releases/${encodeURIComponent(slug)}`);
  await expect(page.locator("[data-withdrawal-notice]")).toBeVisible();
  await expect(page.locator("figure[data-block=image]")).toHaveCount(0);
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  const api = await (await page.request.get(`/api/v1/documents/${encodeURIComponent(slug)}?locale=ko`)).json();
  expect(api.leadImage).toBeNull();
  expect(api.body.map((block: { kind: string }) => block.kind)).toEqual(["numbered", "numbered"]);
  await reader.close();
});
