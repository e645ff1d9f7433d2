import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { authCookieSettings, authSecret } from "./config";
import { userForSession, type CurrentUser } from "./current-user";
import { joinCookieChunks, readSessionClaims } from "./session-token";

export type { CurrentUser } from "./current-user";

/**
 * The signed-in person for this request, or null. Reads the session cookie, then the user's row, once per request
 * (React `cache`): a deactivated account, a changed role or a bumped session version count from the next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  const token = joinCookieChunks(jar.getAll(), authCookieSettings().cookies.sessionToken.name);
  const claims = await readSessionClaims(token, authSecret(), Date.now());
  if (!claims) return null;
  return userForSession(await db(), claims);
});
