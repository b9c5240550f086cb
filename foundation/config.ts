/**
 * @module config
 * The one place that reads the environment. Every variable is documented in README.md
 * ("Configuration"). Everything else receives a `Config` value and never touches process.env.
 */
import { z } from 'zod';
import path from 'node:path';

const bool = z
  .string()
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v.trim().toLowerCase()));

const csv = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));

const envSchema = z.object({
  ROLE: z.enum(['all', 'gateway', 'worker']).default('all'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_BASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL: z.coerce.number().int().min(1).max(100).default(10),
  AMQP_URL: z.string().optional(),
  AMQP_PREFIX: z.string().default('docx'),
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_FORCE_PATH_STYLE: bool.default(false),
  JWT_SECRET: z.string().min(16).optional(),
  JWT_TTL_S: z.coerce.number().int().positive().default(3600),
  FETCH_ALLOW_HOSTS: csv.default([]),
  FETCH_TIMEOUT_S: z.coerce.number().positive().default(20),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(25),
  MAX_PAGES: z.coerce.number().int().positive().default(50),
  MAX_PIXELS: z.coerce.number().int().positive().default(40_000_000),
  VLM_ENDPOINT_URL: z.string().url().optional(),
  VLM_MODEL: z.string().default('Qwen/Qwen2.5-VL-7B-Instruct'),
  VLM_TIMEOUT_S: z.coerce.number().positive().default(60),
  HF_TOKEN: z.string().optional(),
  WAIT_TIMEOUT_S: z.coerce.number().positive().default(30),
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  JOB_MAX_CRASHES: z.coerce.number().int().min(1).max(100).default(10),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  OCR_WORKERS: z.coerce.number().int().min(0).max(64).default(0),
  OCR_ENGINE: z.enum(['paddle', 'tesseract']).default('paddle'),
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(256),
  RESULT_RETENTION_DAYS: z.coerce.number().positive().optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  WEBHOOK_MAX_AGE_H: z.coerce.number().positive().max(24 * 30).default(24),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5_000),
  WEBHOOK_ALLOW_HOSTS: csv.default([]),
  MAX_QUEUE_WAIT_S: z.coerce.number().min(0).default(10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  RESOURCE_LOST_AFTER_S: z.coerce.number().positive().default(30),
  RESTART_MAX: z.coerce.number().int().min(0).default(5),
  RESTART_WINDOW_S: z.coerce.number().positive().default(60),
  RATE_LIMIT_WINDOW_S: z.coerce.number().int().positive().default(60),
  RATE_LIMIT_SUBMITS_PER_KEY: z.coerce.number().int().min(0).default(1200),
  RATE_LIMIT_SUBMITS_PER_ADDRESS: z.coerce.number().int().min(0).default(2400),
  RATE_LIMIT_READS_PER_KEY: z.coerce.number().int().min(0).default(12000),
  RATE_LIMIT_READS_PER_ADDRESS: z.coerce.number().int().min(0).default(24000),
  TRUST_PROXY: z.string().default(''),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

export type Role = 'all' | 'gateway' | 'worker';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  role: Role;
  port: number;
  host: string;
  /** Base used to build absolute document_url links for the local blob store. */
  publicBaseUrl?: string;
  dataDir: string;
  databaseUrl?: string;
  databasePool: number;
  amqpUrl?: string;
  /** Prefix for every RabbitMQ queue and exchange name (lets tests run side by side). */
  amqpPrefix: string;
  s3?: { bucket: string; endpoint?: string; region: string; forcePathStyle: boolean };
  jwtSecret?: string;
  jwtTtlS: number;
  fetchAllowHosts: string[];
  fetchTimeoutS: number;
  maxUploadBytes: number;
  maxPages: number;
  maxPixels: number;
  vlm?: { endpointUrl?: string; model: string; hfToken?: string; timeoutS: number };
  waitTimeoutS: number;
  jobMaxAttempts: number;
  /** Crash returns (worker died holding the job) before a job is given up; counted apart from attempts. */
  jobMaxCrashes: number;
  workerConcurrency: number;
  /** Engine threads (each with its own recogniser) in this process; 0 = one per core. */
  ocrWorkers: number;
  /** OCR recogniser: PP-OCRv4 on ONNX Runtime (default) or tesseract.js. */
  ocrEngine: 'paddle' | 'tesseract';
  maxInFlight: number;
  /** Seconds a submit's classification may be expected to wait in the engine queue before 503 (0 = no check). */
  maxQueueWaitS: number;
  logLevel: LogLevel;
  /** ROLE=worker only: serve /metrics and /health on this port (0 = any free port); unset = none. */
  metricsPort: number | undefined;
  /**
   * The root supervisor's policy: a database or broker unreachable for `lostAfterMs` without a
   * break is lost for good (its child and those after it restart); more than `maxRestarts`
   * restarts within `windowMs` and the process exits 1 for its manager.
   */
  supervision: { lostAfterMs: number; maxRestarts: number; windowMs: number };
  /**
   * Requests allowed per window, per authenticated user (API key) and per client address,
   * for each class of route; 0 = no limit. Counted in PostgreSQL, shared by every gateway.
   */
  rateLimits: {
    windowS: number;
    submit: { perKey: number; perAddress: number };
    read: { perKey: number; perAddress: number };
  };
  /**
   * Which peers may say who the client is (X-Forwarded-For / Forwarded): a hop count, or a
   * list of addresses and CIDRs; empty = trust nobody (the socket's peer is the client).
   */
  trustProxy: number | string[];
  /** Days a finished request (result and stored document) is kept; undefined = for ever. */
  resultRetentionDays?: number;
  /**
   * Signed webhooks: `timeoutMs` per attempt; retries (exponential backoff with jitter, the first
   * after about `retryBaseMs`) stop `maxAgeMs` after the event; `allowHosts` are receiver hosts
   * allowed although they resolve to private or loopback addresses (as FETCH_ALLOW_HOSTS).
   */
  webhooks: { timeoutMs: number; maxAgeMs: number; retryBaseMs: number; allowHosts: string[] };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const clean = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  const vlmOn = Boolean(e.VLM_ENDPOINT_URL || e.HF_TOKEN);
  return {
    role: e.ROLE,
    port: e.PORT,
    host: e.HOST,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePool: e.DATABASE_POOL,
    amqpUrl: e.AMQP_URL,
    amqpPrefix: e.AMQP_PREFIX,
    s3: e.S3_BUCKET
      ? { bucket: e.S3_BUCKET, endpoint: e.S3_ENDPOINT, region: e.S3_REGION, forcePathStyle: e.S3_FORCE_PATH_STYLE }
      : undefined,
    jwtSecret: e.JWT_SECRET,
    jwtTtlS: e.JWT_TTL_S,
    fetchAllowHosts: e.FETCH_ALLOW_HOSTS,
    fetchTimeoutS: e.FETCH_TIMEOUT_S,
    maxUploadBytes: Math.floor(e.MAX_UPLOAD_MB * 1024 * 1024),
    maxPages: e.MAX_PAGES,
    maxPixels: e.MAX_PIXELS,
    vlm: vlmOn
      ? { endpointUrl: e.VLM_ENDPOINT_URL, model: e.VLM_MODEL, hfToken: e.HF_TOKEN, timeoutS: e.VLM_TIMEOUT_S }
      : undefined,
    waitTimeoutS: e.WAIT_TIMEOUT_S,
    jobMaxAttempts: e.JOB_MAX_ATTEMPTS,
    jobMaxCrashes: e.JOB_MAX_CRASHES,
    workerConcurrency: e.WORKER_CONCURRENCY,
    ocrWorkers: e.OCR_WORKERS,
    ocrEngine: e.OCR_ENGINE,
    maxInFlight: e.MAX_IN_FLIGHT,
    maxQueueWaitS: e.MAX_QUEUE_WAIT_S,
    logLevel: e.LOG_LEVEL,
    metricsPort: e.METRICS_PORT,
    supervision: { lostAfterMs: e.RESOURCE_LOST_AFTER_S * 1000, maxRestarts: e.RESTART_MAX, windowMs: e.RESTART_WINDOW_S * 1000 },
    rateLimits: {
      windowS: e.RATE_LIMIT_WINDOW_S,
      submit: { perKey: e.RATE_LIMIT_SUBMITS_PER_KEY, perAddress: e.RATE_LIMIT_SUBMITS_PER_ADDRESS },
      read: { perKey: e.RATE_LIMIT_READS_PER_KEY, perAddress: e.RATE_LIMIT_READS_PER_ADDRESS },
    },
    trustProxy: /^\s*\d+\s*$/.test(e.TRUST_PROXY)
      ? Number(e.TRUST_PROXY)
      : e.TRUST_PROXY.split(',').map((s) => s.trim()).filter(Boolean),
    resultRetentionDays: e.RESULT_RETENTION_DAYS,
    webhooks: {
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      maxAgeMs: e.WEBHOOK_MAX_AGE_H * 3_600_000,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      allowHosts: e.WEBHOOK_ALLOW_HOSTS,
    },
  };
}
