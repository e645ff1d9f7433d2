import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { env } from "@/lib/env";

/**
 * Where the media library's bytes live. Keys are paths made by the library ("originals/<id>/<hash>.jpg",
 * "variants/<id>/<hash>/w640.webp"), never by a user.
 */
export interface MediaStorage {
  readonly name: "local" | "s3";
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is nothing under the key. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z]+(\/[A-Za-z0-9._-]+)+$/;

function checkKey(key: string): string {
  if (!KEY.test(key) || key.split("/").some((part) => part === "." || part === "..")) throw new Error(`Not a media storage key: ${key}`);
  return key;
}

/** Files in a folder (the embedded default: CHANCERY_DATA_DIR/media, beside the database). Writes are atomic (rename). */
export function localStorage(root: string): MediaStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(base, ...checkKey(key).split("/"));
    if (!path.startsWith(base + sep)) throw new Error(`Not a media storage key: ${key}`);
    return path;
  };
  return {
    name: "local",
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomBytes(6).toString("hex")}.part`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Prefix inside the bucket ("chancery/"), so one bucket can hold several sites. */
  prefix: string;
}

/** An S3 bucket (AWS, or any S3-compatible store: MinIO, Ceph, R2…) through the AWS SDK. */
export function s3Storage(settings: S3Settings, client?: S3Client): MediaStorage {
  const s3 =
    client ??
    new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
  const objectKey = (key: string) => `${settings.prefix}${checkKey(key)}`;
  return {
    name: "s3",
    async put(key, bytes, contentType) {
      await s3.send(new PutObjectCommand({ Bucket: settings.bucket, Key: objectKey(key), Body: bytes, ContentType: contentType }));
    },
    async get(key) {
      try {
        const answer = await s3.send(new GetObjectCommand({ Bucket: settings.bucket, Key: objectKey(key) }));
        if (!answer.Body) return null;
        return Buffer.from(await answer.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey" || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) {
          return null;
        }
        throw error;
      }
    },
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: objectKey(key) }));
    },
  };
}

let configured: MediaStorage | undefined;

/** The storage this process is configured for: S3 when S3_BUCKET is set, else CHANCERY_DATA_DIR/media. */
export function mediaStorage(): MediaStorage {
  if (configured) return configured;
  const settings = env();
  configured = settings.S3_BUCKET
    ? s3Storage({
        bucket: settings.S3_BUCKET,
        region: settings.S3_REGION,
        endpoint: settings.S3_ENDPOINT,
        accessKeyId: settings.S3_ACCESS_KEY_ID,
        secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
        forcePathStyle: settings.S3_FORCE_PATH_STYLE,
        prefix: settings.S3_PREFIX,
      })
    : localStorage(join(settings.CHANCERY_DATA_DIR, "media"));
  return configured;
}

/** Tests: use this storage instead of the configured one (null: back to the configuration). */
export function setMediaStorageForTests(storage: MediaStorage | null): void {
  configured = storage ?? undefined;
}
