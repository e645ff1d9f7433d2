import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { createActor } from "@/test-support/fixtures/content";
import { installDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { localStorage, setMediaStorageForTests } from "@/lib/media/storage";
import { uploadMedia } from "@/lib/media/upload-media";
import { createEmptyTestDatabase, createTestDatabase, testBackends } from "@/test-support/test-database";

type Run = { code: number | null; stderr: string };

/** The command as package.json defines it, so the test sees what `npm run export` really runs. */
function npmRun(script: "export" | "import-archive", args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", script, "--", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: "", S3_BUCKET: "", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe.each(testBackends())("npm run export and npm run import-archive on %s", (backend) => {
  const folders: string[] = [];
  const folder = async () => {
    const path = await mkdtemp(join(tmpdir(), "chancery-archive-cli-"));
    folders.push(path);
    return path;
  };
  afterAll(async () => {
    for (const path of folders) await rm(path, { recursive: true, force: true });
  });

  async function migrated(target: { dataDir: string } | null): Promise<Database & { url?: string }> {
    if (!target) return createTestDatabase("postgres");
    const database = await openDatabase({ backend: "pglite", dataDir: target.dataDir });
    const connection = await database.sql();
    await migrate(connection);
    await connection.close();
    return database;
  }

  it("carries a photo from one installation to another, byte for byte", async () => {
    const sourceDir = await folder();
    const source = await migrated(backend === "pglite" ? { dataDir: sourceDir } : null);
    installDatabase(source);
    setMediaStorageForTests(localStorage(join(sourceDir, "media")));
    let storageKey: string;
    try {
      const writer = await createActor(source.prisma, "WRITER");
      const jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: "#a0522d" } }).jpeg().toBuffer();
      const photo = await uploadMedia(writer, { file: new File([new Uint8Array(jpeg)], "cli.jpg", { type: "image/jpeg" }), textLocale: "en", alt: "CLI photo" });
      storageKey = (await source.prisma.mediaAsset.findUniqueOrThrow({ where: { id: photo.id } })).storageKey;
    } finally {
      setMediaStorageForTests(null);
    }
    const sourceUrl = "url" in source && source.url ? source.url : "";
    if (backend === "pglite") await source.close();

    const archive = join(await folder(), "archive.jsonl");
    const exported = await npmRun("export", ["--output", archive], { CHANCERY_DATA_DIR: sourceDir, DATABASE_URL: sourceUrl });
    expect(exported.stderr).toMatch(/and 1 media files from/);
    expect(exported.code).toBe(0);

    const targetDir = await folder();
    const target = backend === "postgres" ? await createEmptyTestDatabase("postgres") : null;
    const restored = await npmRun("import-archive", [archive], { CHANCERY_DATA_DIR: targetDir, DATABASE_URL: target?.url ?? "" });
    expect(restored.stderr).toMatch(/and 1 media files into the local storage; fingerprint [0-9a-f]{64} matches/);
    expect(restored.code).toBe(0);
    const original = await readFile(join(sourceDir, "media", ...storageKey.split("/")));
    const copy = await readFile(join(targetDir, "media", ...storageKey.split("/")));
    expect(sha256(copy)).toBe(sha256(original));

    await target?.close();
    if (backend === "postgres") await source.close();
  }, 180_000);
});
