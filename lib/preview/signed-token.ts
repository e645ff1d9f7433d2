import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * Signed, expiring tokens for links that open something without an account: a preview of an edition before
 * publication, an embargoed release for a journalist. Pure (no database, no environment): the caller gives the
 * secret and the clock.
 *
 * A token is `<payload>.<signature>`, both base64url: the payload is JSON { p: purpose, s: subject, e: expiry in
 * seconds }, the signature an HMAC-SHA256 over it with a key derived from the secret and the purpose, so a token made
 * for one purpose never verifies for another. The subject is the id of the row that records the grant, which is
 * what makes a link revocable: a valid signature only says "we issued this"; the caller must still look the row up.
 */

export type SignedTokenClaims = {
  /** What the token is for ("preview", "embargo"); part of the key. */
  purpose: string;
  /** The id of the grant it names (a PreviewLink row, say). */
  subject: string;
  expiresAt: Date;
};

export type TokenCheck =
  | { ok: true; claims: SignedTokenClaims }
  | { ok: false; reason: "malformed" | "bad-signature" | "wrong-purpose" | "expired" };

const MIN_SECRET_LENGTH = 32;
const MAX_TOKEN_LENGTH = 1024;

function keyFor(secret: string, purpose: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`The signing secret must be at least ${MIN_SECRET_LENGTH} characters`);
  return createHmac("sha256", secret).update(`chancery signed token: ${purpose}`).digest();
}

function sign(payload: string, secret: string, purpose: string): string {
  return createHmac("sha256", keyFor(secret, purpose)).update(payload).digest("base64url");
}

export function createSignedToken(claims: SignedTokenClaims, secret: string): string {
  if (!claims.purpose || !claims.subject) throw new Error("A signed token needs a purpose and a subject");
  const payload = Buffer.from(
    JSON.stringify({ p: claims.purpose, s: claims.subject, e: Math.floor(claims.expiresAt.getTime() / 1000) }),
  ).toString("base64url");
  return `${payload}.${sign(payload, secret, claims.purpose)}`;
}

/** Checks the signature (in constant time), the purpose and the expiry. Anything else in the token is refused. */
export function verifySignedToken(token: string, options: { secret: string; purpose: string; now?: Date }): TokenCheck {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) {
    return { ok: false, reason: "malformed" };
  }
  const [payload, signature] = token.split(".") as [string, string];
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (
    !decoded ||
    typeof decoded !== "object" ||
    typeof (decoded as { p?: unknown }).p !== "string" ||
    typeof (decoded as { s?: unknown }).s !== "string" ||
    !Number.isInteger((decoded as { e?: unknown }).e)
  ) {
    return { ok: false, reason: "malformed" };
  }
  const { p: purpose, s: subject, e: expiry } = decoded as { p: string; s: string; e: number };
  // The signature is checked with the purpose asked for: a token for another purpose fails here, never verifies.
  const expected = Buffer.from(sign(payload, options.secret, options.purpose));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: purpose !== options.purpose ? "wrong-purpose" : "bad-signature" };
  }
  if (purpose !== options.purpose) return { ok: false, reason: "wrong-purpose" };
  const expiresAt = new Date(expiry * 1000);
  if (expiresAt.getTime() <= (options.now ?? new Date()).getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: { purpose, subject, expiresAt } };
}
