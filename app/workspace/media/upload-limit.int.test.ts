import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setRequestContextForTests } from "@/lib/actions/request-context";
import { CURRENT_USER_SELECT } from "@/lib/auth/current-user";
import { installDatabase } from "@/lib/db";
import { localStorage, setMediaStorageForTests } from "@/lib/media/storage";
import { createTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import { MAX_UPLOAD_BYTES } from "@/lib/validation/upload-limits.mjs";
import { uploadMediaAction } from "./actions";

/* The upload form's answer to a file over the one stated limit: its message on the file field, and nothing stored. */
describe.each(testBackends())("uploading a file over the limit through the form, on %s", (backend) => {
  let database: TestDatabase;
  let root: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    installDatabase(database);
    root = await mkdtemp(join(tmpdir(), "chancery-upload-limit-"));
    setMediaStorageForTests(localStorage(root));
    const writer = await database.prisma.user.create({
      data: { email: "writer@upload.test", name: "Writer", role: "WRITER", passwordHash: "x" },
      select: CURRENT_USER_SELECT,
    });
    setRequestContextForTests(async () => ({ user: writer, ipAddress: null }));
  });
  afterAll(async () => {
    setRequestContextForTests(null);
    setMediaStorageForTests(null);
    await rm(root, { recursive: true, force: true });
    await database?.close();
  });

  it("gets the field error that says the limit, and stores nothing", async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x20);
    big.write("%PDF-1.7\n");
    const answer = await uploadMediaAction({ file: new File([big], "huge.pdf", { type: "application/pdf" }), textLocale: "ko", title: "Big" });
    expect(answer).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/a file may be at most 20 MB\.$/)] } });
    expect(await database.prisma.mediaAsset.count()).toBe(0);
    expect(await readdir(root, { recursive: true })).toEqual([]);
  });
});
