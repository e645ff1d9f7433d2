import { createHash, randomBytes } from "node:crypto";

/*
 * A recipient's personal link holds 32 random bytes; only their sha256 is stored, so the database alone (a backup,
 * a replica) cannot open an embargoed text. Looking a token up by its hash needs no secret and no signature.
 */

export function newRecipientToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashRecipientToken(token) };
}

export function hashRecipientToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens we make are 43 base64url characters; anything else is not looked up. */
export function looksLikeRecipientToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
