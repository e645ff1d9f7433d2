import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";

/** The current request's client address, when trusted proxies tell it (see lib/auth/client-address.ts). */
export async function requestAddress(): Promise<string | null> {
  return clientAddress((await headers()).get("x-forwarded-for"), env().CHANCERY_TRUSTED_PROXIES);
}
