import "server-only";
import { z } from "zod";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { deriveTokenKey, signToken, verifyToken } from "@/lib/security/signed-token";
import { alertSelectionSchema, type AlertSelection } from "./subscription-input";

/*
 * The two links in alert mails. A confirmation link carries the whole request (address, language, frequency, what
 * to follow), so nothing about an address is stored until its owner clicks: the form reveals nothing and changes
 * nothing for someone else's address. An unsubscribe link names the subscriber and never expires (RFC 8058 links
 * must keep working in old mails).
 */

const CONFIRM = "alert-confirm";
const UNSUBSCRIBE = "alert-unsubscribe";
export const CONFIRMATION_DAYS = 7;
const DAY_MS = 86_400_000;

function key(): Buffer {
  return deriveTokenKey(resolveAuthSecret(env()), "journalist-alerts");
}

const confirmationSchema = z.object({
  email: z.string(),
  locale: z.string(),
  /** Expiry, milliseconds since the epoch. */
  exp: z.number(),
  selection: alertSelectionSchema,
});

export type ConfirmationRequest = { email: string; locale: string; selection: AlertSelection };

export function confirmationToken(request: ConfirmationRequest, now = new Date()): string {
  return signToken(key(), CONFIRM, { ...request, exp: now.getTime() + CONFIRMATION_DAYS * DAY_MS });
}

export type ConfirmationCheck = { ok: true; request: ConfirmationRequest } | { ok: false; reason: "invalid" | "expired" };

export function readConfirmationToken(token: string, now = new Date()): ConfirmationCheck {
  const parsed = confirmationSchema.safeParse(verifyToken(key(), CONFIRM, token));
  if (!parsed.success) return { ok: false, reason: "invalid" };
  if (parsed.data.exp < now.getTime()) return { ok: false, reason: "expired" };
  const { email, locale, selection } = parsed.data;
  return { ok: true, request: { email, locale, selection } };
}

export function unsubscribeToken(subscriberId: string): string {
  return signToken(key(), UNSUBSCRIBE, { s: subscriberId });
}

/** The subscriber's id, or null when the token is not one of ours. */
export function readUnsubscribeToken(token: string): string | null {
  const parsed = z.object({ s: z.string().min(1) }).safeParse(verifyToken(key(), UNSUBSCRIBE, token));
  return parsed.success ? parsed.data.s : null;
}
