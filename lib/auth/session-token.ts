import { decode } from "next-auth/jwt";
import { z } from "zod";

/*
 * What the session cookie holds and how it is read. The cookie is next-auth's encrypted JWT carrying only
 * {sub: user id, sv: session version, sat: signed-in-at}; everything else about the person is read from the
 * database on each request (lib/auth/session.ts), so a deactivation or a role change applies at once.
 */

/** A working day. The lifetime runs from sign-in: refreshing the token does not extend it (see `sat`). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export type SessionClaims = {
  userId: string;
  sessionVersion: number;
  /** Seconds since the epoch. */
  signedInAt: number;
};

const claimsSchema = z.object({
  sub: z.string().min(1),
  sv: z.number().int().positive(),
  sat: z.number().int().positive(),
});

/** The claims a new session token carries. */
export function sessionTokenClaims(user: { id: string; sessionVersion: number }, nowMs: number): { sub: string; sv: number; sat: number } {
  return { sub: user.id, sv: user.sessionVersion, sat: Math.floor(nowMs / 1000) };
}

/**
 * The claims of a session token, or null when it is missing, forged, expired, malformed or older than the session
 * lifetime since sign-in.
 */
export async function readSessionClaims(token: string | undefined, secret: string, nowMs: number): Promise<SessionClaims | null> {
  if (!token) return null;
  let payload: unknown;
  try {
    payload = await decode({ token, secret });
  } catch {
    return null;
  }
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) return null;
  const { sub, sv, sat } = parsed.data;
  if (nowMs / 1000 - sat > SESSION_MAX_AGE_SECONDS) return null;
  return { userId: sub, sessionVersion: sv, signedInAt: sat };
}

// ─── Cookies ────────────────────────────────────────────────────────────────────────────────────────────────────

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Secure cookies everywhere except plain http on this machine (development, and the demo at http://localhost).
 * A production site on plain http elsewhere gets Secure cookies too, which browsers will not send: serve it over https.
 */
export function secureCookiesFor(siteUrl: string | undefined, nodeEnv: string | undefined): boolean {
  if (!siteUrl) return nodeEnv === "production";
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return true;
  }
  if (url.protocol === "https:") return true;
  if (LOOPBACK.has(url.hostname)) return false;
  return nodeEnv === "production";
}

export type CookieOptions = { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
export type AuthCookie = { name: string; options: CookieOptions };

/** The cookies next-auth sets, named and configured here rather than by its defaults. */
export function authCookies(secure: boolean): { sessionToken: AuthCookie; callbackUrl: AuthCookie; csrfToken: AuthCookie } {
  const options: CookieOptions = { httpOnly: true, sameSite: "lax", path: "/", secure };
  return {
    sessionToken: { name: `${secure ? "__Secure-" : ""}chancery.session`, options },
    callbackUrl: { name: `${secure ? "__Secure-" : ""}chancery.callback-url`, options },
    // __Host-: bound to this exact origin, path / and https.
    csrfToken: { name: `${secure ? "__Host-" : ""}chancery.csrf`, options },
  };
}

/** next-auth splits a token over `name.0`, `name.1`… when it exceeds a cookie's size; ours never does, but read both. */
export function joinCookieChunks(cookies: ReadonlyArray<{ name: string; value: string }>, name: string): string | undefined {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .map((cookie) => ({ cookie, index: cookie.name.startsWith(`${name}.`) ? Number(cookie.name.slice(name.length + 1)) : NaN }))
    .filter((entry) => Number.isInteger(entry.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((entry) => entry.cookie.value).join("") : undefined;
}
