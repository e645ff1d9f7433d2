import "server-only";
import { env } from "@/lib/env";
import { resolveAuthSecret } from "./secret";
import { authCookies, secureCookiesFor } from "./session-token";

let secret: string | undefined;

/** The key that signs and encrypts session tokens (NEXTAUTH_SECRET, or the demo's generated one). */
export function authSecret(): string {
  secret ??= resolveAuthSecret(env());
  return secret;
}

/** Whether cookies are Secure here, and their names and options. */
export function authCookieSettings() {
  const config = env();
  const secure = secureCookiesFor(config.NEXTAUTH_URL, config.NODE_ENV);
  return { secure, cookies: authCookies(secure) };
}
