import type { IncomingMessage, Server } from "node:http";
import { createServer } from "node:http";
import { PEER_ADDRESS_HEADER } from "./client-address";

/**
 * Gives every request the address of the socket it arrived on, in a header no client can set: whatever a client
 * sent under that name is overwritten. Without it the app could not tell one sender from another when no trusted
 * proxy writes X-Forwarded-For (Next.js keeps a forwarded header the client made up). Installed once per server
 * process from instrumentation.ts, before the first request is heard.
 */
export function installPeerAddressHeader(): void {
  const prototype = Object.getPrototypeOf(createServer()) as Server & { [installed]?: boolean };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const emit = prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampPeerAddress(args[0] as IncomingMessage);
    return emit.call(this, event, ...args);
  } as Server["emit"];
}

const installed = Symbol.for("chancery.peerAddressHeader");

export function stampPeerAddress(request: IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address;
  else delete request.headers[PEER_ADDRESS_HEADER];
}
