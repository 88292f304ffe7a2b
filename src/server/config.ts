import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Everything the server reads from the environment, validated once at start-up. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /**
   * PostgreSQL: the owner of the tables, for the migrations and the runtime role's privileges;
   * DATABASE_URL is then the role the server works as (docs/adr/0011-runtime-database-role.md).
   */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  baseUrl: string;
  secureCookies: boolean;
  sessionSecret: string;
  smtpUrl: string | undefined;
  /** Instead of SMTP: every mail is delivered as an .eml file in this folder (trying the product without a mail server). */
  mailDir: string | undefined;
  mailFrom: string;
  logLevel: string;
  demo: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and validates the environment. Every bad value is reported, not only the first,
 * so an operator fixes the whole configuration in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const port = parseIntIn(env.PORT ?? '3000', 1, 65535);
  if (port === undefined) problems.push(`PORT must be a whole number from 1 to 65535 (got "${env.PORT}")`);

  const host = env.HOST ?? '0.0.0.0';
  if (host.trim() === '') problems.push('HOST must not be empty');

  const databaseUrl = emptyToUndefined(env.DATABASE_URL);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }

  const databaseOwnerUrl = emptyToUndefined(env.DATABASE_OWNER_URL);
  if (databaseOwnerUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseOwnerUrl)) {
    problems.push('DATABASE_OWNER_URL must start with postgres:// or postgresql://');
  }
  if (databaseOwnerUrl !== undefined && databaseUrl === undefined) {
    problems.push('DATABASE_OWNER_URL needs DATABASE_URL too: the role the server works as (see README.md, "PostgreSQL")');
  }

  const dataDir = path.resolve(env.DATA_DIR ?? './data');

  const portForUrl = port ?? 3000;
  const baseUrl = (env.BASE_URL ?? `http://localhost:${portForUrl}`).replace(/\/+$/, '');
  if (!isHttpUrl(baseUrl)) problems.push(`BASE_URL must be an http:// or https:// URL (got "${env.BASE_URL}")`);

  const smtpUrl = emptyToUndefined(env.SMTP_URL);
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push('SMTP_URL must start with smtp:// or smtps://');
  }

  const mailDirRaw = emptyToUndefined(env.MAIL_DIR);
  if (mailDirRaw !== undefined && smtpUrl !== undefined) problems.push('Set SMTP_URL or MAIL_DIR, not both: mail goes to one place');
  const mailDir = mailDirRaw === undefined ? undefined : path.resolve(mailDirRaw);

  const mailFrom = env.MAIL_FROM ?? 'Mediatorpool <no-reply@mediatorpool.local>';

  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);

  const demoRaw = (env.MEDIATORPOOL_DEMO ?? 'true').toLowerCase();
  if (!['true', 'false', '1', '0', 'yes', 'no'].includes(demoRaw)) {
    problems.push(`MEDIATORPOOL_DEMO must be true or false (got "${env.MEDIATORPOOL_DEMO}")`);
  }
  const demo = ['true', '1', 'yes'].includes(demoRaw);

  let sessionSecret = emptyToUndefined(env.SESSION_SECRET);
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters');
  }

  if (problems.length > 0) throw new ConfigError(problems);

  // Generated once and kept beside the data, so sessions survive a restart without setup.
  sessionSecret ??= readOrCreateSecret(dataDir);

  return {
    port: port!,
    host,
    databaseUrl,
    databaseOwnerUrl,
    dataDir,
    baseUrl,
    secureCookies: baseUrl.startsWith('https://'),
    sessionSecret,
    smtpUrl,
    mailDir,
    mailFrom,
    logLevel,
    demo,
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function parseIntIn(raw: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

function emptyToUndefined(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
