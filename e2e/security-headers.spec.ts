import { expect, test } from "@playwright/test";
import { openWorkspaceAs } from "./support/staff";

/*
 * Every kind of page carries the security headers, and its own scripts still run under its Content-Security-Policy
 * (docs/adr/0005-content-security-policy.md): a nonce on pages rendered per request, hashes on pages cached whole.
 */

function scriptSources(policy: string): string {
  return policy.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src ")) ?? "";
}

test("public pages: a policy without unsafe-inline, the other headers, and the page's scripts run", async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => ((window as unknown as { __violations: string[] }).__violations ??= []).push(event.violatedDirective));
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const [path, vouching] of [
    ["/en", /'sha256-/],
    ["/en/press-releases", /'sha256-/],
    ["/en/press-releases?page=1&year=", /'sha256-/],
    ["/en/search?q=Azerbaijan", /'nonce-[^']+' 'strict-dynamic'/],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    const policy = headers["content-security-policy"] ?? "";
    expect(scriptSources(policy), path).toMatch(vouching);
    expect(scriptSources(policy), path).not.toContain("unsafe-inline");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    // Next.js' client runtime booted: its inline scripts were allowed.
    await page.waitForFunction(() => typeof (window as unknown as { next?: { version?: string } }).next?.version === "string");
  }
  // An article, served from the page cache twice: the stored policy comes with the copy.
  const article = await page.goto("/en/press-releases");
  expect(article?.status()).toBe(200);
  await page.locator("[data-document-item] a").first().click();
  await page.waitForLoadState("load");
  for (let load = 0; load < 2; load++) {
    const response = await page.reload();
    expect(scriptSources(response!.headers()["content-security-policy"] ?? "")).toMatch(/'sha256-/);
    await page.waitForFunction(() => typeof (window as unknown as { next?: { version?: string } }).next?.version === "string");
  }
  expect(violations).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).toEqual([]);
});

test("the workspace runs under a per-request nonce", async ({ page }) => {
  await openWorkspaceAs(page, "EDITOR");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const first = await page.goto("/workspace/documents");
  const second = await page.goto("/workspace/documents");
  const [a, b] = [first, second].map((response) => scriptSources(response!.headers()["content-security-policy"] ?? ""));
  expect(a).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  expect(a).not.toBe(b);
  // A client component works: the documents list is interactive after hydration.
  await page.waitForFunction(() => typeof (window as unknown as { next?: { version?: string } }).next?.version === "string");
});

test("hostile requests get a 4xx, not a 500", async ({ request }) => {
  expect((await request.get("/en/press-releases/%ff%fe")).status()).toBe(400);
  expect((await request.get("/en/press-releases/%")).status()).toBe(400);
  expect((await request.get("/en/search?q=a%00b")).status()).toBe(200);
  expect((await request.get("/api/auth/callback/credentials")).status()).toBe(405);
  expect((await request.post("/api/auth/session", { headers: { "content-type": "application/json" }, data: "{not json" })).status()).toBe(400);
  const foreign = await request.post("/workspace", {
    headers: { "next-action": "0123456789abcdef", origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    data: "[]",
  });
  expect(foreign.status()).toBe(403);
});

test("signed in, a return address with any character redirects instead of failing", async ({ page }) => {
  await openWorkspaceAs(page, "EDITOR");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const response = await page.goto(`/login?callbackUrl=${encodeURIComponent("/workspace/documents?q=외교부€")}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/workspace\/documents\?q=%EC%99%B8/);
});
