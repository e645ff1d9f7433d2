import { deriveTokenKey, signToken, verifyToken } from "@/lib/security/signed-token";

/*
 * Signed, expiring tokens for links that open something without an account, such as a preview of an edition before
 * publication: the claims (purpose, subject, expiry) over the one signing primitive in lib/security/signed-token.ts.
 * Pure (no database, no environment): the caller gives the secret and the clock.
 *
 * The payload is JSON { p: purpose, s: subject, e: expiry in seconds }, signed with a key derived from the secret and
 * the purpose, so a token made for one purpose never verifies for another. The subject is the id of the row that
 * records the grant, which is what makes a link revocable: a valid signature only says "we issued this"; the caller
 * must still look the row up.
 */

export type SignedTokenClaims = {
  /** What the token is for ("preview"); part of the key. */
  purpose: string;
  /** The id of the grant it names (a PreviewLink row, say). */
  subject: string;
  expiresAt: Date;
};

export type TokenCheck =
  | { ok: true; claims: SignedTokenClaims }
  | { ok: false; reason: "malformed" | "bad-signature" | "wrong-purpose" | "expired" };

type Payload = { p: string; s: string; e: number };

const MIN_SECRET_LENGTH = 32;
const MAX_TOKEN_LENGTH = 1024;

function keyFor(secret: string, purpose: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`The signing secret must be at least ${MIN_SECRET_LENGTH} characters`);
  return deriveTokenKey(secret, `signed-link:${purpose}`);
}

function asPayload(value: unknown): Payload | null {
  if (!value || typeof value !== "object") return null;
  const { p, s, e } = value as Partial<Record<keyof Payload, unknown>>;
  return typeof p === "string" && typeof s === "string" && Number.isInteger(e) ? { p, s, e: e as number } : null;
}

/** The claims a token says it carries, before any signature is checked: only to say why a token was refused. */
function unverifiedPayload(token: string): Payload | null {
  try {
    return asPayload(JSON.parse(Buffer.from(token.slice(0, token.indexOf(".")), "base64url").toString("utf8")));
  } catch {
    return null;
  }
}

export function createSignedToken(claims: SignedTokenClaims, secret: string): string {
  if (!claims.purpose || !claims.subject) throw new Error("A signed token needs a purpose and a subject");
  const payload: Payload = { p: claims.purpose, s: claims.subject, e: Math.floor(claims.expiresAt.getTime() / 1000) };
  return signToken(keyFor(secret, claims.purpose), claims.purpose, payload);
}

/** Checks the signature (in constant time), the purpose and the expiry. Anything else in the token is refused. */
export function verifySignedToken(token: string, options: { secret: string; purpose: string; now?: Date }): TokenCheck {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) {
    return { ok: false, reason: "malformed" };
  }
  // The signature is checked with the purpose asked for: a token for another purpose fails here, never verifies.
  const verified = verifyToken(keyFor(options.secret, options.purpose), options.purpose, token);
  if (verified === null) {
    const claimed = unverifiedPayload(token);
    if (!claimed) return { ok: false, reason: "malformed" };
    return { ok: false, reason: claimed.p !== options.purpose ? "wrong-purpose" : "bad-signature" };
  }
  const payload = asPayload(verified);
  if (!payload) return { ok: false, reason: "malformed" };
  const expiresAt = new Date(payload.e * 1000);
  if (expiresAt.getTime() <= (options.now ?? new Date()).getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: { purpose: payload.p, subject: payload.s, expiresAt } };
}
