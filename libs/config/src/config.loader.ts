// The only place that reads the environment: the raw values (defaults filled in from
// CONFIG_VARIABLES) go through the environment schema, and every problem comes back at once. The
// schema says what each variable accepts; whether the rejected value may be shown is decided here,
// from CONFIG_VARIABLES, so a secret value is never part of a message.
import { checkSchema, type SchemaIssue } from '@deployguard/schema';
import type { AppConfig } from './config.types';
import { CONFIG_VARIABLES, usesDevDefaults, type ConfigVariable } from './config-variables';
import { ConfigError, type ConfigIssue } from './config.errors';
import { databaseName, EnvSchema } from './env.schema';

export { ConfigError, type ConfigIssue } from './config.errors';

type Env = Readonly<Record<string, string | undefined>>;
// The value of each variable to validate; undefined: unset and without a default.
type RawEnv = Record<string, string | undefined>;

const BY_NAME = new Map<string, ConfigVariable>(CONFIG_VARIABLES.map((c) => [c.name, c]));

// A set, non-blank value, else the default, else (in development and test) the development default.
function readVariables(env: Env): RawEnv {
  const given = (name: string) => env[name]?.trim() || undefined;
  const dev = usesDevDefaults(given('NODE_ENV') ?? BY_NAME.get('NODE_ENV')?.default);
  return Object.fromEntries(
    CONFIG_VARIABLES.map((c) => [c.name, given(c.name) ?? c.default ?? (dev ? c.devDefault : undefined)]),
  );
}

// One issue per variable (an integer's type and range checks say the same thing).
function describeIssues(issues: readonly SchemaIssue[], raw: RawEnv): ConfigIssue[] {
  const first = new Map<string, string>();
  for (const issue of issues) if (!first.has(issue.path)) first.set(issue.path, issue.message);
  return [...first].map(([variable, accepted]) => {
    const spec = BY_NAME.get(variable);
    const value = raw[variable];
    if (value === undefined) {
      const where = spec?.devDefault !== undefined ? ' when NODE_ENV=production' : '';
      return { variable, message: `is required${where}; set it to ${accepted}` };
    }
    return { variable, message: `must be ${accepted}${shown(spec, value)}` };
  });
}

// How a rejected value appears: a secret one (or one CONFIG_VARIABLES does not know) by its length
// only; a URL's user and password never (a service URL is no secret, a password put in it is).
function shown(spec: ConfigVariable | undefined, value: string): string {
  if (spec?.secret !== false) return ` (got a value of ${value.length} characters, not shown)`;
  const text = scrubUserInfo(value);
  return ` (got ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)})`;
}

// `scheme://user:password@host…` -> `scheme://***@host…`, up to the last `@` before the path (a
// password may hold an unencoded one).
function scrubUserInfo(text: string): string {
  return text.replace(/(\/\/)[^/]*@/, '$1***@');
}

function toAppConfig(e: EnvSchema): AppConfig {
  const db = e.DATABASE_URL;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: {
      url: db.href,
      host: db.hostname,
      port: db.port ? Number(db.port) : 5432,
      user: decodeURIComponent(db.username) || 'postgres',
      password: db.password ? decodeURIComponent(db.password) : undefined,
      name: databaseName(db),
      poolMax: e.DATABASE_POOL_MAX,
    },
    rabbitmq: { url: e.RABBITMQ_URL.href, queuePrefix: e.RABBITMQ_QUEUE_PREFIX },
    s3: {
      endpoint: e.S3_ENDPOINT || null,
      port: e.S3_PORT ?? (e.S3_USE_SSL ? 443 : 9000),
      useSsl: e.S3_USE_SSL,
      accessKey: e.S3_ACCESS_KEY,
      secretKey: e.S3_SECRET_KEY,
      region: e.S3_REGION,
      bucket: e.S3_BUCKET,
      presignedUrlTtlS: e.PRESIGNED_URL_TTL_S,
    },
    authServiceUrl: e.AUTH_SERVICE_URL.href.replace(/\/+$/, ''),
    keys: { reportEncryptionKey: e.REPORT_ENCRYPTION_KEY, secretHashKey: e.SECRET_HASH_KEY },
    adminUserIds: e.ADMIN_USER_IDS,
    workspaceRoot: e.WORKSPACE_ROOT,
    tasks: {
      softTimeLimitS: e.TASK_SOFT_TIME_LIMIT_S,
      hardTimeLimitS: e.TASK_HARD_TIME_LIMIT_S,
      maxRetries: e.TASK_MAX_RETRIES,
      retryBaseDelayMs: e.TASK_RETRY_BASE_DELAY_MS,
    },
    git: {
      cloneTimeoutS: e.CLONE_TIMEOUT_S,
      maxRepoSizeMb: e.MAX_REPO_SIZE_MB,
      allowLocalUrls: e.ALLOW_LOCAL_URLS,
      allowPrivateUrls: e.ALLOW_PRIVATE_URLS,
    },
    retention: {
      jobTtlDays: e.JOB_TTL_DAYS,
      scanRunRetentionDays: e.SCAN_RUN_RETENTION_DAYS,
      auditLogRetentionDays: e.AUDIT_LOG_RETENTION_DAYS,
    },
    webhooks: {
      backoffS: e.WEBHOOK_BACKOFF_S,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      signingSecret: e.WEBHOOK_SIGNING_SECRET,
    },
    health: {
      queueDepthDegraded: e.QUEUE_DEPTH_DEGRADED,
      errorRateDegradedPercent: e.ERROR_RATE_DEGRADED_PERCENT,
    },
    scheduler: {
      crons: {
        expiry: e.SCHEDULER_EXPIRY_CRON,
        cleanup: e.SCHEDULER_CLEANUP_CRON,
        sweep: e.SCHEDULER_SWEEP_CRON,
        scans: e.SCHEDULER_SCANS_CRON,
        retention: e.SCHEDULER_RETENTION_CRON,
      },
      leaderPollS: e.SCHEDULER_LEADER_POLL_S,
      stuckGraceS: e.SCHEDULER_STUCK_GRACE_S,
      scanNowCooldownS: e.SCAN_NOW_COOLDOWN_S,
    },
    limits: {
      writesPerMinute: e.RATE_LIMIT_PER_MINUTE,
      readsPerMinute: e.RATE_LIMIT_READS_PER_MINUTE,
      maxActiveJobsPerUser: e.MAX_ACTIVE_JOBS_PER_USER,
      maxRepositoriesPerUser: e.MAX_REPOSITORIES_PER_USER,
    },
    worker: { metricsPort: e.WORKER_METRICS_PORT ?? null },
    panel: { devIdentity: e.PANEL_DEV_IDENTITY },
  };
}

function deepFreeze<T>(value: T): T {
  // Buffers cannot be frozen; everything else is
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The validated, frozen configuration of `env`. Throws ConfigError listing every problem, one per
 * variable, each saying what the variable accepts (a secret variable's value is never shown).
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const raw = readVariables(env);
  const { value, issues } = checkSchema(EnvSchema, raw);
  if (issues.length > 0) throw new ConfigError(describeIssues(issues, raw));
  return deepFreeze(toAppConfig(value));
}

/**
 * What a valid configuration allows that an operator should know about at start-up: in
 * production, the URL switches meant for development (a job could then read this server's files
 * and loopback services, or reach private addresses). Warnings only: a self-hosted forge on a
 * private network needs ALLOW_PRIVATE_URLS.
 */
export function configWarnings(config: AppConfig): string[] {
  if (config.nodeEnv !== 'production') return [];
  const warnings: string[] = [];
  if (config.git.allowLocalUrls)
    warnings.push(
      'ALLOW_LOCAL_URLS=true with NODE_ENV=production: jobs may read file:// paths and loopback ' +
        'services of this server (meant for tests and development)',
    );
  if (config.git.allowPrivateUrls)
    warnings.push(
      'ALLOW_PRIVATE_URLS=true with NODE_ENV=production: jobs and webhooks may reach private ' +
        'network addresses (set it only for a forge on a private network)',
    );
  return warnings;
}

// For bootstraps: print what is wrong and stop, without a stack trace; print the warnings.
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    const config = loadConfig(env);
    for (const warning of configWarnings(config)) process.stderr.write(`deployguard: warning: ${warning}\n`);
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

// A copy that is safe to log: credentials in URLs and every secret replaced.
export function redactConfig(config: AppConfig): Record<string, unknown> {
  return {
    ...config,
    database: {
      ...config.database,
      url: scrubUserInfo(config.database.url),
      password: config.database.password ? '***' : undefined,
    },
    rabbitmq: { ...config.rabbitmq, url: scrubUserInfo(config.rabbitmq.url) },
    s3: { ...config.s3, accessKey: '***', secretKey: '***' },
    keys: { reportEncryptionKey: '***', secretHashKey: '***' },
    webhooks: { ...config.webhooks, signingSecret: '***' },
  };
}
