import { readFileSync } from "node:fs";
import { join } from "node:path";

/*
 * Staff over HTTP, as a browser would be: signed in through next-auth's endpoints with a cookie jar, calling the
 * workspace's server actions the way Next.js' client does (POST to the page with the action's id in `Next-Action`,
 * the arguments as React's reply encoding, which for one plain object is its JSON in an array) and reading the
 * answer out of the RSC stream. Used by the soak (scripts/soak.ts) to save and publish against a running server.
 */

export interface StaffSession {
  cookie: string;
}

function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

const header = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<StaffSession> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  cookiesOf(signIn, jar);
  if (signIn.status !== 302 || (signIn.headers.get("location") ?? "").includes("error=")) {
    throw new Error(`sign-in of ${email} failed: ${signIn.status} ${signIn.headers.get("location")}`);
  }
  return { cookie: header(jar) };
}

/** The ids of the built app's server actions by exported name (`saveEditionAction`), from Next.js' manifest. */
export function serverActionIds(distDir = process.env.NEXT_DIST_DIR ?? ".next"): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}

export interface ActionAnswer<T> {
  status: number;
  /** The action's return value (`{ ok, … }` for every defineAction). */
  result?: T;
  /** Where the action redirected (`redirect()` after the commit). */
  redirect?: string;
}

/** Calls one server action from the page it belongs to, as the signed-in person. */
export async function callAction<T>(baseUrl: string, session: StaffSession, pagePath: string, actionId: string, input: Record<string, unknown>): Promise<ActionAnswer<T>> {
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseUrl,
      Cookie: session.cookie,
    },
    body: JSON.stringify([input]),
  });
  const text = await response.text();
  const redirect = response.headers.get("x-action-redirect")?.split(";")[0];
  if (redirect) return { status: response.status, redirect };
  // Rows of the RSC stream: `<id>:<json>`; row 0 names the row holding the action's answer ("a": "$@<id>").
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const head = rows.get("0");
  if (!head) return { status: response.status };
  const answer = (JSON.parse(head) as { a?: unknown }).a;
  const reference = typeof answer === "string" && answer.startsWith("$@") ? rows.get(answer.slice(2)) : undefined;
  return { status: response.status, result: (reference !== undefined ? JSON.parse(reference) : answer) as T };
}
