/**
 * `npm run bench` (second part): the media library's serving throughput. Prints numbers, asserts nothing. A 2400 × 1600
 * photo is uploaded and shown as the lead image of a published release, on PGlite and on PostgreSQL (TEST_DATABASE_URL)
 * when reachable; then each variant is made once (the first request encodes it with sharp and stores it) and served
 * again and again the way /media/<id>/<hash>/<name> serves it: the visibility query, then the stored bytes.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import sharp from "sharp";
import { installDatabase } from "@/lib/db";
import { readMediaFile } from "@/lib/media/serve-media";
import { localStorage, setMediaStorageForTests } from "@/lib/media/storage";
import { uploadMedia } from "@/lib/media/upload-media";
import { createActor } from "@/test-support/fixtures/content";
import { createTestDatabase, postgresReachable, TEST_DATABASE_URL, type Backend } from "@/test-support/test-database";
import { runCli } from "./run-cli";

const RUNS = Number(process.env.BENCH_MEDIA_RUNS ?? 500);

async function photo(): Promise<Buffer> {
  const noise = Buffer.alloc(600 * 400 * 3);
  for (let index = 0; index < noise.length; index++) noise[index] = (index * 2654435761) >>> 24;
  return sharp(noise, { raw: { width: 600, height: 400, channels: 3 } }).resize(2400, 1600).jpeg({ quality: 85 }).toBuffer();
}

async function bench(backend: Backend, bytes: Buffer): Promise<void> {
  console.log(`\n${backend}: one published photo, ${RUNS} requests per variant`);
  const database = await createTestDatabase(backend);
  installDatabase(database);
  const root = await mkdtemp(join(tmpdir(), "chancery-bench-media-"));
  setMediaStorageForTests(localStorage(root));
  try {
    const writer = await createActor(database.prisma, "WRITER");
    const started = performance.now();
    const uploaded = await uploadMedia(writer, { file: new File([new Uint8Array(bytes)], "photo.jpg", { type: "image/jpeg" }), textLocale: "ko", alt: "bench" });
    console.log(`  upload (sniff, strip EXIF, re-encode, store)     ${(performance.now() - started).toFixed(0)} ms for ${(bytes.length / 1024).toFixed(0)} KB`);
    const asset = await database.prisma.mediaAsset.findUniqueOrThrow({ where: { id: uploaded.id } });
    const document = await database.prisma.document.create({ data: { kind: "PRESS_RELEASE", slug: `bench-${asset.id}`, originalLocale: "ko" } });
    await database.prisma.edition.create({
      data: { documentId: document.id, number: 1, state: "PUBLISHED", publicDate: new Date(), publishedAt: new Date(), leadImageId: asset.id },
    });
    const hash = asset.contentHash.slice(0, 16);
    const noStaff = async () => false;
    for (const name of ["w640.avif", "w640.webp", "w960.jpg", "w1920.webp"]) {
      const cold = performance.now();
      const first = await readMediaFile({ id: asset.id, hash, name }, noStaff);
      const coldMs = performance.now() - cold;
      if (!first.found) throw new Error(`${name} was not served`);
      const warm = performance.now();
      let served = 0;
      for (let run = 0; run < RUNS; run++) {
        const answer = await readMediaFile({ id: asset.id, hash, name }, noStaff);
        if (answer.found) served += answer.bytes.length;
      }
      const seconds = (performance.now() - warm) / 1000;
      console.log(
        `  ${name.padEnd(11)} ${(first.bytes.length / 1024).toFixed(0).padStart(5)} KB  first request ${coldMs.toFixed(0).padStart(5)} ms (encode)  then ${(RUNS / seconds).toFixed(0).padStart(5)} req/s, ${(served / seconds / 1024 / 1024).toFixed(0)} MB/s`,
      );
    }
  } finally {
    setMediaStorageForTests(null);
    await database.close();
    await rm(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const bytes = await photo();
  await bench("pglite", bytes);
  if (await postgresReachable()) await bench("postgres", bytes);
  else console.log(`\npostgres: ${TEST_DATABASE_URL} unreachable, skipped`);
}

runCli(main);
