import { isIP } from "node:net";

/**
 * The address a request came from, for throttling and the audit log, or null when it cannot be known.
 *
 * Next.js fills X-Forwarded-For from the socket only when the request carries none, so without a proxy that
 * overwrites or appends to it the header is whatever the client chose. It is therefore read only when
 * CHANCERY_TRUSTED_PROXIES says how many proxies in front of the app append to it: each appends the address it
 * saw, so the entry the outermost trusted proxy appended is the client, and anything left of it is the client's own.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string | null {
  if (trustedProxies <= 0 || !forwardedFor) return null;
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  // Fewer entries than proxies: the request skipped a proxy, and the first entry is the address the first one saw.
  const candidate = hops[Math.max(0, hops.length - trustedProxies)]!;
  return normaliseAddress(candidate);
}

/** The socket's address, stamped on each request by lib/auth/peer-address.ts (overwriting anything a client sent). */
export const PEER_ADDRESS_HEADER = "x-chancery-peer-address";

/**
 * The address to throttle and audit a request by: the client as trusted proxies report it, else the socket's own
 * address (with no trusted proxy, the app is facing its clients directly; behind an untrusted proxy this is the
 * proxy, so set CHANCERY_TRUSTED_PROXIES there).
 */
export function requestClientAddress(header: (name: string) => string | null | undefined, trustedProxies: number): string | null {
  if (trustedProxies > 0) return clientAddress(header("x-forwarded-for"), trustedProxies);
  const peer = header(PEER_ADDRESS_HEADER);
  return peer ? normaliseAddress(peer) : null;
}

/** "203.0.113.7:5123" → "203.0.113.7", "[2001:db8::1]:443" → "2001:db8::1", "::ffff:10.0.0.1" → "10.0.0.1". */
export function normaliseAddress(value: string): string | null {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}
