import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { requestClientAddress } from "./client-address";

/** The current request's client address (see lib/auth/client-address.ts). */
export async function requestAddress(): Promise<string | null> {
  const incoming = await headers();
  return requestClientAddress((name) => incoming.get(name), env().CHANCERY_TRUSTED_PROXIES);
}
