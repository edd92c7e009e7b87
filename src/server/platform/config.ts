import path from 'node:path';

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: string;
  seedDemo: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Cheaper Argon2 parameters, for tests and the browser journey only. */
  argon2Fast: boolean;
  bodyLimitBytes: number;
  /** Largest file of a registry import upload (IMPORT_MAX_FILE_MB, default 50). */
  importMaxFileBytes: number;
  /** Largest screening batch upload (SCREENING_MAX_BATCH_MB, default 64). */
  screeningMaxBatchBytes: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || null,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Weijian <no-reply@weijian.local>',
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.SEED_DEMO !== '0',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    cookieSecure: env.COOKIE_SECURE === '1',
    argon2Fast: env.WEIJIAN_ARGON2_FAST === '1',
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1_048_576),
    importMaxFileBytes: Math.round(Number(env.IMPORT_MAX_FILE_MB ?? 50) * 1_048_576),
    screeningMaxBatchBytes: Math.round(Number(env.SCREENING_MAX_BATCH_MB ?? 64) * 1_048_576),
  };
}
