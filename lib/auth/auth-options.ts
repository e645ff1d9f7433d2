import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { requestClientAddress } from "./client-address";
import { authCookieSettings, authSecret } from "./config";
import { env } from "@/lib/env";
import { SIGN_IN_PATH } from "./callback-url";
import { requestAddress } from "./request-address";
import { attemptSignIn, SIGN_IN_ERRORS } from "./sign-in";
import { endSessions } from "./sign-out";
import { SESSION_MAX_AGE_SECONDS, sessionTokenClaims } from "./session-token";

/**
 * next-auth's configuration: email and password only, JWT sessions carrying {user id, session version, signed-in
 * time} (see README, "Sessions", for why), cookies named and configured explicitly. Built per request, never at import,
 * so `next build` neither reads the secret nor writes one.
 */
export function authOptions(): NextAuthOptions {
  const { secure, cookies } = authCookieSettings();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secure,
    cookies,
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH, signOut: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const header = (name: string) => {
            const value = (request.headers as Record<string, unknown> | undefined)?.[name];
            return typeof value === "string" ? value : null;
          };
          const outcome = await attemptSignIn({
            email: credentials?.email,
            password: credentials?.password,
            ipAddress: requestClientAddress(header, env().CHANCERY_TRUSTED_PROXIES),
          });
          if (outcome.ok) return { id: outcome.user.id, sessionVersion: outcome.user.sessionVersion };
          if (outcome.error === SIGN_IN_ERRORS.invalid) return null;
          // next-auth passes a thrown message on as the ?error= code the sign-in page explains.
          throw new Error(outcome.error);
        },
      }),
    ],
    callbacks: {
      // Only on sign-in is `user` set; later calls (GET /api/auth/session) keep the claims as they are.
      async jwt({ token, user }) {
        if (!user) return token;
        const sessionVersion = (user as { sessionVersion?: unknown }).sessionVersion;
        if (typeof sessionVersion !== "number") throw new Error("Signed-in user without a session version");
        return sessionTokenClaims({ id: user.id, sessionVersion }, Date.now());
      },
      // Nothing reads next-auth's session object (pages use getCurrentUser); expose no more than the expiry.
      async session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        await endSessions(token, await requestAddress());
      },
    },
  };
}
