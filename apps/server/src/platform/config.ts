import os from "node:os";
import path from "node:path";
import { z } from "zod";

// All configuration comes from the environment, validated once at start.
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("localhost"),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_DELAY_MINUTES: z.coerce.number().int().positive().default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
  CHILD_SEARCH_RATE_PER_MINUTE: z.coerce.number().int().positive().default(30),
  LOGIN_FAILURE_FLOOR_MS: z.coerce.number().int().min(0).max(10_000).default(400),
  // Proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated.
  TRUST_PROXY: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]))),
  COOKIE_SECURE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  WEB_DIST: z.string().optional(),
  // Where uploaded import files wait; with several servers, a folder they all reach.
  UPLOAD_DIR: z.string().optional(),
  NIGHTLY_HOUR: z.coerce.number().int().min(0).max(23).default(3),
  NIGHTLY_CHECK_SECONDS: z.coerce.number().int().positive().default(600),
  // The address people reach Kring at, for the links in e-mails.
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  NOTIFY_CHECK_SECONDS: z.coerce.number().int().positive().default(30),
  // off: this server neither notifies nor sends (browser tests, a server kept for reading only).
  NOTIFY_JOB: z.enum(["on", "off"]).default("on"),
  // Where e-mails go while a tenant has no SMTP server (the demo): one .eml file each.
  MAIL_DIR: z.string().optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  session: { idleMinutes: number; absoluteHours: number };
  login: {
    maxFailures: number;
    maxDelayMinutes: number;
    ratePerMinute: number;
    failureFloorMs: number;
  };
  trustProxy: string[];
  /** Child searches per user and minute; more are refused (429). */
  childSearchRatePerMinute: number;
  cookieSecure: boolean;
  webDist: string;
  /** Uploaded import files: DATA_DIR/uploads on the embedded database, else the OS's temp folder. */
  uploadDir: string;
  nightly: { hour: number; checkEveryMs: number };
  /** Notifications (features/notifications): links in e-mails, how often the job looks. */
  notify: { enabled: boolean; publicUrl: string; checkEveryMs: number; mailDir: string };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = schema.parse(env);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      maxDelayMinutes: e.LOGIN_MAX_DELAY_MINUTES,
      ratePerMinute: e.LOGIN_RATE_PER_MINUTE,
      failureFloorMs: e.LOGIN_FAILURE_FLOOR_MS,
    },
    childSearchRatePerMinute: e.CHILD_SEARCH_RATE_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE,
    webDist: path.resolve(e.WEB_DIST ?? new URL("../../../web/dist", import.meta.url).pathname),
    uploadDir: path.resolve(
      e.UPLOAD_DIR ??
        (e.DATABASE_URL
          ? path.join(os.tmpdir(), "kring-uploads")
          : path.join(e.DATA_DIR, "uploads")),
    ),
    nightly: { hour: e.NIGHTLY_HOUR, checkEveryMs: e.NIGHTLY_CHECK_SECONDS * 1000 },
    notify: {
      enabled: e.NOTIFY_JOB === "on",
      publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ""),
      checkEveryMs: e.NOTIFY_CHECK_SECONDS * 1000,
      mailDir: path.resolve(e.MAIL_DIR ?? path.join(e.DATA_DIR, "outbox-mail")),
    },
  };
}
