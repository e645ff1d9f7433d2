import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { explain, type Action, type Decision, type PolicyUser } from "@/lib/auth/policy";
import type { PermissionRequest } from "@/lib/actions/define-action";
import type { Role } from "@/lib/db/generated/enums";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import sharp from "sharp";
import { expectSignedIn, signInThroughPage } from "./support/staff";

/*
 * HTTP-level: every workspace page, requested as each demo account and anonymously, answers what the policy says:
 * 200 when it allows, a real 403 when it refuses, and a redirect to sign-in for anonymous visitors. No browser:
 * a refusal that only hid a link would not pass. (Server actions get the same treatment, call by call, in
 * app/workspace/server-actions.int.test.ts.)
 *
 * A new page under app/workspace or app/login fails this test until it has a row below.
 */

type Ids = { writerId: string; translatableDocumentId: string; mediaId: string };
type Route = { page: string; path: (ids: Ids) => string; permission: PermissionRequest };

const ROUTES: Route[] = [
  { page: "app/workspace/page.tsx", path: () => "/workspace", permission: ["workspace.access"] },
  { page: "app/workspace/users/page.tsx", path: () => "/workspace/users", permission: ["user.manage"] },
  { page: "app/workspace/users/new/page.tsx", path: () => "/workspace/users/new", permission: ["user.manage"] },
  { page: "app/workspace/users/[id]/page.tsx", path: ({ writerId }) => `/workspace/users/${writerId}`, permission: ["user.manage"] },
  { page: "app/workspace/audit/page.tsx", path: () => "/workspace/audit", permission: ["audit.view"] },
  { page: "app/workspace/outbox/page.tsx", path: () => "/workspace/outbox", permission: ["mail.viewOutbox"] },
  { page: "app/workspace/review/page.tsx", path: () => "/workspace/review", permission: ["review.inbox"] },
  { page: "app/workspace/notifications/page.tsx", path: () => "/workspace/notifications", permission: ["workspace.access"] },
  { page: "app/workspace/documents/page.tsx", path: () => "/workspace/documents", permission: ["workspace.access"] },
  { page: "app/workspace/documents/new/page.tsx", path: () => "/workspace/documents/new", permission: ["document.create"] },
  // A published sample (imported, so nobody's own): every role may read it; who may change it is the page's business.
  {
    page: "app/workspace/documents/[documentId]/page.tsx",
    path: ({ translatableDocumentId }) => `/workspace/documents/${translatableDocumentId}`,
    permission: ["edition.view", { type: "edition", state: "PUBLISHED", createdById: null, lastEditedById: null, hasEditionInProgress: false }],
  },
  {
    page: "app/workspace/documents/[documentId]/history/page.tsx",
    path: ({ translatableDocumentId }) => `/workspace/documents/${translatableDocumentId}/history`,
    permission: ["edition.view", { type: "edition", state: "PUBLISHED", createdById: null, lastEditedById: null, hasEditionInProgress: false }],
  },
  { page: "app/workspace/import/page.tsx", path: () => "/workspace/import", permission: ["document.import"] },
  { page: "app/workspace/taxonomy/page.tsx", path: () => "/workspace/taxonomy", permission: ["taxonomy.manage"] },
  { page: "app/workspace/press-lists/page.tsx", path: () => "/workspace/press-lists", permission: ["pressList.manage"] },
  { page: "app/workspace/media/page.tsx", path: () => "/workspace/media", permission: ["media.view"] },
  { page: "app/workspace/media/[mediaId]/page.tsx", path: ({ mediaId }) => `/workspace/media/${mediaId}`, permission: ["media.view"] },
  // Open to whoever may translate into one of the site's languages (the demo translator: English).
  {
    page: "app/workspace/translations/page.tsx",
    path: () => "/workspace/translations",
    permission: ["translation.edit", { type: "translation", locale: "en", originalLocale: "ko", state: "NOT_STARTED", editionState: "PUBLISHED" }],
  },
  // A published English sample's Korean translation: every role may read it; who may change it is the page's business.
  {
    page: "app/workspace/documents/[documentId]/translate/[locale]/page.tsx",
    path: ({ translatableDocumentId }) => `/workspace/documents/${translatableDocumentId}/translate/ko`,
    permission: ["translation.view", { type: "translation", locale: "ko", originalLocale: "en", state: "NOT_STARTED", editionState: "PUBLISHED" }],
  },
  { page: "app/login/password/page.tsx", path: () => "/login/password", permission: ["workspace.access"] },
];

/** Pages anyone may open. */
const PUBLIC_PAGES = ["app/login/page.tsx"];

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name === "page.tsx" ? [relative(process.cwd(), path)] : [];
  });
}

function policy(role: Role | null, permission: PermissionRequest): Decision {
  const translatorLocales = DEMO_ACCOUNTS.find((account) => account.role === role)?.translatorLocales ?? [];
  const user: PolicyUser = role ? { id: `demo-${role}`, role, active: true, translatorLocales } : null;
  const [action, subject] = permission as readonly [Action, unknown?];
  return (explain as (user: PolicyUser, action: Action, subject?: unknown) => Decision)(user, action, subject);
}

test("every workspace page has a row here", () => {
  const known = new Set([...ROUTES.map((route) => route.page), ...PUBLIC_PAGES]);
  const found = [...pages("app/workspace"), ...pages("app/login")];
  expect(found.filter((page) => !known.has(page)), "pages without a row in ROUTES").toEqual([]);
  expect([...known].filter((page) => !found.includes(page)), "rows for pages that do not exist").toEqual([]);
});

test("the workspace's old addresses under /admin lead to the same pages", async ({ request }) => {
  for (const [old, now] of [
    ["/admin", "/workspace"],
    ["/admin/documents?state=DRAFT", "/workspace/documents?state=DRAFT"],
    ["/admin/documents/abc/translate/ko", "/workspace/documents/abc/translate/ko"],
  ] as const) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(308);
    expect(response.headers().location, old).toBe(now);
  }
});

test.describe("each page answers each caller as the policy says", () => {
  let ids: Ids;

  test.beforeAll(async ({ baseURL, browser }) => {
    const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")!;
    const writer = DEMO_ACCOUNTS.find((account) => account.role === "WRITER")!;
    const context = await playwrightRequest.newContext({ baseURL });
    await expectSignedIn(context, admin.email, admin.password);
    const html = await (await context.get("/workspace/users")).text();
    const writerId = new RegExp(`href="/workspace/users/([a-z0-9]+)"[^>]*>${writer.name}<`).exec(html)?.[1];
    expect(writerId, "the writer's account on the users page").toBeTruthy();
    const queue = await (await context.get("/workspace/translations?locale=ko")).text();
    const translatableDocumentId = /href="\/workspace\/documents\/([^/"]+)\/translate\/ko"/.exec(queue)?.[1];
    expect(translatableDocumentId, "a sample waiting for its Korean translation in the queue").toBeTruthy();
    // A photo in the library, uploaded through the page as an admin does.
    const page = await browser.newPage({ baseURL });
    await signInThroughPage(page, admin.email, admin.password);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.goto("/workspace/media");
    const upload = page.locator("[data-upload-media]");
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#123456" } }).png().toBuffer();
    await upload.getByLabel("File", { exact: true }).setInputFiles({ name: "pixel.png", mimeType: "image/png", buffer: png });
    await upload.getByLabel("Alt text").fill("A single pixel");
    await upload.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Photo added to the library." })).toBeVisible();
    await page.goto("/workspace/media?q=pixel.png");
    const mediaId = await page.locator("[data-media-item]").first().getAttribute("data-media-item");
    expect(mediaId, "a photo in the media library").toBeTruthy();
    await page.context().close();
    ids = { writerId: writerId!, translatableDocumentId: translatableDocumentId!, mediaId: mediaId! };
    await context.dispose();
  });

  test("anonymous: redirected to sign-in, coming back to the page afterwards", async ({ baseURL }) => {
    const context = await playwrightRequest.newContext({ baseURL });
    for (const route of ROUTES) {
      const path = route.path(ids);
      const response = await context.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      const location = new URL(response.headers().location ?? "", baseURL);
      expect(location.pathname, path).toBe("/login");
      expect(location.searchParams.get("callbackUrl") ?? "/workspace", path).toBe(path);
    }
    await context.dispose();
  });

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role.toLowerCase()}: 200 where allowed, 403 where not`, async ({ baseURL }) => {
      const context: APIRequestContext = await playwrightRequest.newContext({ baseURL });
      await expectSignedIn(context, account.email, account.password);
      for (const route of ROUTES) {
        const path = route.path(ids);
        const response = await context.get(path, { maxRedirects: 0 });
        const expected = policy(account.role, route.permission).allowed ? 200 : 403;
        expect(response.status(), `${account.role} ${path}`).toBe(expected);
        if (expected === 403) expect(await response.text()).toContain("You do not have access to this page");
      }
      await context.dispose();
    });
  }

  test("the session cookie is HttpOnly, SameSite=Lax, for the whole site, and expires within a working day", async ({ baseURL }) => {
    const editor = DEMO_ACCOUNTS.find((account) => account.role === "EDITOR")!;
    const context = await playwrightRequest.newContext({ baseURL });
    const csrf = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: editor.email, password: editor.password },
      maxRedirects: 0,
    });
    const cookie = response.headersArray().find((header) => header.name.toLowerCase() === "set-cookie" && header.value.includes("chancery.session="));
    expect(cookie?.value).toMatch(/HttpOnly/i);
    expect(cookie?.value).toMatch(/SameSite=Lax/i);
    expect(cookie?.value).toMatch(/Path=\//);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie?.value ?? "")?.[1] ?? "");
    expect(expires - Date.now()).toBeLessThanOrEqual(8 * 60 * 60 * 1000 + 60_000);
    expect(expires - Date.now()).toBeGreaterThan(7 * 60 * 60 * 1000);
    await context.dispose();
  });

  test("a forged sign-in without the CSRF token is refused", async ({ baseURL }) => {
    const editor = DEMO_ACCOUNTS.find((account) => account.role === "EDITOR")!;
    const context = await playwrightRequest.newContext({ baseURL });
    const response = await context.post("/api/auth/callback/credentials", { form: { email: editor.email, password: editor.password }, maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers().location).toContain("csrf=true");
    expect((await context.get("/workspace", { maxRedirects: 0 })).status()).toBe(307);
    await context.dispose();
  });
});
