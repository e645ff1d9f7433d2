import { z } from "zod";
import { redisKeyPrefixSchema, redisUrlSchema } from "@/lib/cache/redis-url.mjs";

/**
 * The one place the environment is read. Every variable is documented in the README's configuration table.
 * A bad value stops the process with one message naming the variable (see `loadEnv`), never a stack trace.
 */
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "must be a PostgreSQL URL like postgres://user:password@host:5432/database",
  });

const localeList = z
  .string()
  .trim()
  .transform((value) => value.split(",").map((locale) => locale.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "each locale must look like ko, en or pt-BR")).min(1));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    CHANCERY_DATA_DIR: z.string().trim().min(1).default(".data"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    NEXTAUTH_URL: z.url().optional(),
    CHANCERY_LOCALES: localeList.default(["ko", "en"]),
    CHANCERY_DEFAULT_LOCALE: z.string().trim().optional(),
    CHANCERY_TIME_ZONE: z
      .string()
      .trim()
      .default("Asia/Seoul")
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "must be an IANA time zone such as Asia/Seoul or Europe/Paris"),
    CHANCERY_DEMO: z
      .enum(["true", "false", "1", "0"])
      .transform((value) => value === "true" || value === "1")
      .optional(),
    CHANCERY_SCHEDULER: z
      .enum(["on", "off"])
      .default("on"),
    CHANCERY_SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    // Office time (CHANCERY_TIME_ZONE) at which daily alert digests go out.
    CHANCERY_ALERT_DIGEST_TIME: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day like 08:00")
      .default("08:00"),
    // A force-published edition waits this long at most for another editor's retrospective review.
    CHANCERY_RETROSPECTIVE_REVIEW_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(24),
    // How many reverse proxies in front of the app append to X-Forwarded-For. 0: none is trusted, and the client's
    // address is unknown to the app (Next.js keeps a header the client sent), so sign-in is throttled per account only.
    CHANCERY_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
    // Outgoing e-mail: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. Unset: mail is kept in
    // CHANCERY_DATA_DIR/outbox and shown at /workspace/outbox instead of being sent.
    SMTP_URL: z
      .string()
      .trim()
      .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
        message: "must be an SMTP URL like smtp://user:password@mail.example:587 or smtps://mail.example:465",
      })
      .optional(),
    MAIL_FROM: z.string().trim().min(3).default("Chancery <no-reply@chancery.example>"),
    // Media storage: with S3_BUCKET set, photos and files go to that S3-compatible bucket; unset, to CHANCERY_DATA_DIR/media.
    S3_BUCKET: z.string().trim().min(3).max(63).optional(),
    S3_REGION: z.string().trim().min(1).default("us-east-1"),
    S3_ENDPOINT: z.url({ error: "must be a URL like https://s3.example.com or http://127.0.0.1:9000" }).optional(),
    S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false", "1", "0"])
      .default("false")
      .transform((value) => value === "true" || value === "1"),
    S3_PREFIX: z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9._-]+\/)*$/, "must be empty or end with / (like chancery/)")
      .default(""),
    // The shared page and data cache of several instances (lib/cache/); unset, each instance caches on its own disk.
    REDIS_URL: redisUrlSchema.optional(),
    REDIS_KEY_PREFIX: redisKeyPrefixSchema,
    // Public lists in a language also show originals not yet translated into it, marked "not yet translated".
    CHANCERY_SHOW_UNTRANSLATED: z
      .enum(["true", "false", "1", "0"])
      .default("true")
      .transform((value) => value === "true" || value === "1"),
  })
  .superRefine((env, ctx) => {
    if (env.CHANCERY_DEFAULT_LOCALE && !env.CHANCERY_LOCALES.includes(env.CHANCERY_DEFAULT_LOCALE)) {
      ctx.addIssue({
        code: "custom",
        path: ["CHANCERY_DEFAULT_LOCALE"],
        message: `must be one of CHANCERY_LOCALES (${env.CHANCERY_LOCALES.join(", ")})`,
      });
    }
    if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [env.S3_ACCESS_KEY_ID === undefined ? "S3_ACCESS_KEY_ID" : "S3_SECRET_ACCESS_KEY"],
        message: "must be set together with its partner (or leave both unset to use the SDK's own credentials)",
      });
    }
    // The embedded demo keeps a generated secret in its data folder (lib/auth/secret.ts); a real database must be given one.
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required in production with DATABASE_URL (try: openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof envSchema> & { defaultLocale: string; demo: boolean };

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".") || "environment";
        const given = typeof cleaned[name] === "string" && !/SECRET/.test(name) ? ` (got "${cleaned[name]}")` : "";
        return `${name} ${issue.message}${given}`;
      }),
    );
  }
  const parsed = result.data;
  return {
    ...parsed,
    defaultLocale: parsed.CHANCERY_DEFAULT_LOCALE ?? (parsed.CHANCERY_LOCALES.includes("en") ? "en" : parsed.CHANCERY_LOCALES[0]!),
    demo: parsed.CHANCERY_DEMO ?? !parsed.DATABASE_URL,
  };
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * What Next.js itself puts in the environment, read when asked rather than with env(): the port it listens on is set
 * only once it listens (after env() may have been read), and the runtime's name is replaced by the bundler.
 */
export const nextServer = {
  /** The port this server listens on; undefined outside a started server. */
  port(): number | undefined {
    const port = z.coerce.number().int().min(1).max(65535).safeParse(process.env.PORT || undefined);
    return port.success ? port.data : undefined;
  },
  /** Whether this code runs inside the Next.js server (a request, its scheduler) rather than a command-line task. */
  running(): boolean {
    return process.env.NEXT_RUNTIME !== undefined;
  },
};

/** For command-line entry points: validate or exit with a readable message. */
export function loadEnvOrExit(): Env {
  try {
    return env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
}
