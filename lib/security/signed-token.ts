import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/*
 * Self-contained signed tokens for links that work without an account (alert confirmations and unsubscribes, preview
 * links): base64url(JSON payload) "." base64url(HMAC-SHA256). The purpose is part of what is signed, so a token made
 * for one link (unsubscribe) never works as another (confirm). Pure: the key is an argument, derived by the caller
 * from the site's secret (lib/alerts/alert-tokens.ts, lib/preview/signed-token.ts).
 */

const SIGNATURE_BYTES = 32;

/** A key for one family of tokens, derived from the site's secret so one secret serves every purpose. */
export function deriveTokenKey(secret: string, label: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "chancery-signed-token", label, 32));
}

function signature(key: Buffer, purpose: string, body: string): Buffer {
  return createHmac("sha256", key).update(`${purpose}.${body}`).digest().subarray(0, SIGNATURE_BYTES);
}

export function signToken(key: Buffer, purpose: string, payload: unknown): string {
  const body = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  return `${body}.${signature(key, purpose, body).toString("base64url")}`;
}

/** The payload when the token is intact and was made for this purpose; null otherwise (never throws). */
export function verifyToken(key: Buffer, purpose: string, token: string): unknown {
  if (typeof token !== "string" || token.length > 4_000) return null;
  const dot = token.indexOf(".");
  if (dot <= 0 || dot !== token.lastIndexOf(".")) return null;
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), "base64url");
  const expected = signature(key, purpose, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as unknown;
  } catch {
    return null;
  }
}
