import { createServer, connect, type Server, type Socket } from "node:net";

/**
 * A TCP relay between the app and its PostgreSQL server that a test can cut: `cut()` drops every open connection
 * (a query in flight fails as if the server died) and refuses new ones until `restore()`. `hold()` first stops
 * relaying, so a request already waiting on the database is still waiting when the connection is cut.
 */
export interface TcpProxy {
  port: number;
  hold(): void;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let held = false;
  let server: Server | null = null;

  const listen = (onPort: number) =>
    new Promise<Server>((resolve, reject) => {
      const next = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.on("data", (chunk) => void (!held && upstream.write(chunk)));
        upstream.on("data", (chunk) => void (!held && client.write(chunk)));
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
      next.once("error", reject);
      next.listen(onPort, "127.0.0.1", () => resolve(next));
    });
  const stop = async () => {
    const closing = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };

  server = await listen(port);
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the proxy has no port");
  const proxy: TcpProxy = {
    port: address.port,
    hold() {
      held = true;
    },
    async cut() {
      await stop();
    },
    async restore() {
      held = false;
      if (!server) server = await listen(proxy.port);
    },
    close: stop,
  };
  return proxy;
}
