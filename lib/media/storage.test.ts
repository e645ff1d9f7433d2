import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStorage, s3Storage, type MediaStorage } from "./storage";

/*
 * One contract, two backends. The local backend runs on a temporary folder. The S3 backend runs the real AWS SDK
 * against a small S3 stand-in served here over HTTP (PUT, GET, DELETE on path-style URLs): the client is mocked at the
 * HTTP layer, so the SDK's requests — signing, path-style addressing, the 404 of a missing key — are checked, a real
 * store's answers are not (README, "Media storage").
 */

type Received = { method: string; url: string; contentType: string | undefined; authorization: string | undefined };

function fakeS3(): Promise<{ server: Server; endpoint: string; objects: Map<string, Buffer>; received: Received[] }> {
  const objects = new Map<string, Buffer>();
  const received: Received[] = [];
  const read = (request: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => resolve(Buffer.concat(chunks)));
    });
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://s3").pathname);
    received.push({ method: request.method ?? "", url: path, contentType: request.headers["content-type"], authorization: request.headers.authorization });
    const body = await read(request);
    if (request.method === "PUT") {
      // The SDK may send the body in aws-chunked framing; this stand-in is only ever sent small plain bodies.
      objects.set(path, body);
      response.writeHead(200, { ETag: '"etag"' }).end();
    } else if (request.method === "GET") {
      const object = objects.get(path);
      if (!object) {
        response.writeHead(404, { "Content-Type": "application/xml" }).end(`<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>`);
      } else response.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": object.length }).end(object);
    } else if (request.method === "DELETE") {
      objects.delete(path);
      response.writeHead(204).end();
    } else response.writeHead(405).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, objects, received })));
}

function behavesAsStorage(name: string, make: () => MediaStorage) {
  describe(`${name} storage`, () => {
    it("gives back what was put, answers null for a missing key, and forgets a deleted one", async () => {
      const storage = make();
      const bytes = Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]);
      await storage.put("originals/abc123.jpg", bytes, "image/jpeg");
      expect(await storage.get("originals/abc123.jpg")).toEqual(bytes);
      expect(await storage.get("originals/missing.jpg")).toBeNull();
      await storage.delete("originals/abc123.jpg");
      expect(await storage.get("originals/abc123.jpg")).toBeNull();
      await storage.delete("originals/abc123.jpg");
    });

    it("overwrites a key", async () => {
      const storage = make();
      await storage.put("variants/id1/hash/w640.webp", Buffer.from("one"), "image/webp");
      await storage.put("variants/id1/hash/w640.webp", Buffer.from("two"), "image/webp");
      expect((await storage.get("variants/id1/hash/w640.webp"))?.toString()).toBe("two");
    });

    it("refuses keys that are not the library's (a path out of its folder)", async () => {
      const storage = make();
      await expect(storage.put("../etc/passwd", Buffer.from("x"), "text/plain")).rejects.toThrow(/Not a media storage key/);
      await expect(storage.get("originals/../../secret")).rejects.toThrow(/Not a media storage key/);
    });
  });
}

let root: string;
let s3: Awaited<ReturnType<typeof fakeS3>>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "chancery-storage-"));
  s3 = await fakeS3();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await new Promise((resolve) => s3.server.close(resolve));
});

behavesAsStorage("local", () => localStorage(root));
behavesAsStorage("S3", () =>
  s3Storage({ bucket: "press-media", region: "ap-northeast-2", endpoint: s3.endpoint, accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", forcePathStyle: true, prefix: "chancery/" }),
);

describe("the local storage", () => {
  it("leaves no partly written file behind (it writes beside the key, then renames)", async () => {
    const storage = localStorage(root);
    await storage.put("originals/whole.png", Buffer.alloc(1024, 1), "image/png");
    const names = await readdir(join(root, "originals"));
    expect(names.filter((name) => name.endsWith(".part"))).toEqual([]);
  });
});

describe("the S3 storage", () => {
  it("sends signed, path-style requests under the prefix, with the content type", async () => {
    const storage = s3Storage({ bucket: "press-media", region: "ap-northeast-2", endpoint: s3.endpoint, accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", forcePathStyle: true, prefix: "chancery/" });
    s3.received.length = 0;
    await storage.put("originals/signed.pdf", Buffer.from("%PDF-1.7"), "application/pdf");
    const put = s3.received.find((request) => request.method === "PUT");
    expect(put).toMatchObject({ url: "/press-media/chancery/originals/signed.pdf", contentType: "application/pdf" });
    expect(put?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/ap-northeast-2\/s3\/aws4_request/);
    expect(s3.objects.has("/press-media/chancery/originals/signed.pdf")).toBe(true);
  });
});
