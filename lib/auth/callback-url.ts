/** Where the workspace starts. */
export const WORKSPACE_HOME = "/workspace";
export const SIGN_IN_PATH = "/login";
/** Where someone signed in with a one-time password chooses their own. */
export const CHANGE_PASSWORD_PATH = "/login/password";

/**
 * A post-sign-in destination that stays on this site: a path, never another origin ("//evil.example",
 * "/\\evil.example" and "https://…" are all refused).
 */
export function safeCallbackUrl(value: unknown, fallback: string = WORKSPACE_HOME): string {
  if (typeof value !== "string" || value.length > 2_000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  // Percent-encoded as a URL would be: a Location header holds only Latin-1, and "/workspace/검색" must still work.
  const base = "http://chancery.invalid";
  if (!URL.canParse(value, base)) return fallback;
  const url = new URL(value, base);
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can fold "/.//evil" into "//evil", which a browser reads as another host.
  return path.startsWith("//") || path.startsWith("/\\") ? fallback : path;
}

/** The sign-in page, returning to `callbackUrl` afterwards. */
export function signInPath(callbackUrl?: string): string {
  const target = callbackUrl ? safeCallbackUrl(callbackUrl) : WORKSPACE_HOME;
  return target === WORKSPACE_HOME ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ callbackUrl: target })}`;
}
