// The only place that reads the environment. Every problem is collected so one start-up shows all
// of them, and a secret value is never part of a message.
import * as path from 'node:path';
import { validateCronExpression } from 'cron';
import type { AppConfig, LogLevel, NodeEnv } from './config.types';
import {
  DEV_REPORT_ENCRYPTION_KEY,
  DEV_SECRET_HASH_KEY,
  DEV_WEBHOOK_SIGNING_SECRET,
} from './config-variables';
import { ConfigError } from './config.errors';
import { EnvReader, type Env } from './env-reader';

export { ConfigError, type ConfigIssue } from './config.errors';

const NODE_ENVS: readonly NodeEnv[] = ['development', 'test', 'production'];
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
// Orphan clean-up deletes everything under the workspace root, so it must not be a shared directory.
const FORBIDDEN_WORKSPACE_ROOTS = new Set([
  '/',
  '/tmp',
  '/var',
  '/var/tmp',
  '/home',
  '/root',
  '/usr',
  '/etc',
  '/opt',
  '/srv',
  '/dev',
  '/proc',
  '/sys',
  '/bin',
  '/lib',
]);
// the same rule as @deployguard/messaging's prefix check
const QUEUE_PREFIX = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*$/i;
const BUCKET_NAME = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function parseDatabaseUrl(r: EnvReader): AppConfig['database'] {
  const poolMax = r.int('DATABASE_POOL_MAX', 1, 200);
  const url = r.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const name = url ? decodeURIComponent(url.pathname.replace(/^\//, '')) : '';
  if (url && !name)
    r.fail('DATABASE_URL', 'a URL naming the database, e.g. postgres://user@host:5432/deployguard', url.href);
  return {
    url: url?.href ?? '',
    host: url?.hostname ?? '',
    port: url?.port ? Number(url.port) : 5432,
    user: url ? decodeURIComponent(url.username) || 'postgres' : '',
    password: url?.password ? decodeURIComponent(url.password) : undefined,
    name,
    poolMax,
  };
}

function parseWorkspaceRoot(r: EnvReader): string {
  const accepted =
    'an absolute path of a directory used only by DeployGuard (not /, /tmp or another system directory)';
  const value = r.string('WORKSPACE_ROOT', accepted, (s) => path.isAbsolute(s));
  const resolved = path.resolve(value || '/');
  if (path.isAbsolute(value) && FORBIDDEN_WORKSPACE_ROOTS.has(resolved))
    r.fail('WORKSPACE_ROOT', accepted, value);
  return resolved;
}

function parseBackoff(r: EnvReader): number[] {
  const accepted = 'a comma-separated list of 1 to 20 non-negative numbers of seconds, e.g. 1,2,4,8,16';
  const value = r.string('WEBHOOK_BACKOFF_S', accepted);
  const parts = value.split(',').map((s) => s.trim());
  const numbers = parts.map((s) => (/^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN));
  if (value && (numbers.length > 20 || numbers.some((n) => !Number.isFinite(n) || n > 86_400))) {
    r.fail('WEBHOOK_BACKOFF_S', accepted, value);
    return [1];
  }
  return numbers;
}

function parseCron(r: EnvReader, name: string): string {
  const accepted = 'a cron expression of 5 fields (or 6 with seconds first), e.g. "0 * * * *"';
  return r.string(name, accepted, (s) => {
    const fields = s.trim().split(/\s+/).length;
    return (fields === 5 || fields === 6) && validateCronExpression(s).valid;
  });
}

function parseAdminUserIds(r: EnvReader): string[] {
  const raw = r.raw('ADMIN_USER_IDS') ?? '';
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.some((id) => id.length > 200 || /\s/.test(id))) {
    r.fail('ADMIN_USER_IDS', 'a comma-separated list of user ids without spaces', raw);
  }
  return [...new Set(ids)];
}

function deepFreeze<T>(value: T): T {
  // Buffers cannot be frozen; everything else is
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const r = new EnvReader(env);
  const nodeEnv = r.oneOf('NODE_ENV', NODE_ENVS);
  // an unknown NODE_ENV is reported and the rest is checked as strictly as production
  r.nodeEnv = (NODE_ENVS as readonly string[]).includes(r.raw('NODE_ENV') ?? '') ? nodeEnv : 'production';

  const useSsl = r.bool('S3_USE_SSL');
  const s3Endpoint = r.raw('S3_ENDPOINT') ?? '';
  if (s3Endpoint && !/^[A-Za-z0-9.-]+$/.test(s3Endpoint)) {
    r.fail(
      'S3_ENDPOINT',
      'a host name or IP address without scheme or port (use S3_PORT and S3_USE_SSL)',
      s3Endpoint,
    );
  }
  if (!s3Endpoint && !r.isDev) {
    r.issues.push({
      variable: 'S3_ENDPOINT',
      message: 'is required when NODE_ENV=production (the development s3rver is not started there)',
    });
  }
  const rabbit = r.url('RABBITMQ_URL', ['amqp:', 'amqps:']);
  const auth = r.url('AUTH_SERVICE_URL', ['http:', 'https:']);

  const config: AppConfig = {
    nodeEnv: r.nodeEnv,
    port: r.int('PORT', 1, 65535),
    logLevel: r.oneOf('LOG_LEVEL', LOG_LEVELS),
    database: parseDatabaseUrl(r),
    rabbitmq: {
      url: rabbit?.href ?? '',
      queuePrefix: r.string(
        'RABBITMQ_QUEUE_PREFIX',
        'words of letters, digits, "-" and "_" separated by ".", at most 100 characters',
        (s) => QUEUE_PREFIX.test(s) && s.length <= 100,
      ),
    },
    s3: {
      endpoint: s3Endpoint || null,
      port: r.int('S3_PORT', 1, 65535, useSsl ? 443 : 9000),
      useSsl,
      accessKey: r.string('S3_ACCESS_KEY', 'the S3 access key'),
      secretKey: r.string('S3_SECRET_KEY', 'the S3 secret key'),
      region: r.string('S3_REGION', 'a region name such as us-east-1', (s) => /^[a-z0-9-]{1,64}$/.test(s)),
      bucket: r.string(
        'S3_BUCKET',
        'a bucket name of 3-63 lowercase letters, digits, dots and hyphens',
        (s) => BUCKET_NAME.test(s),
      ),
      presignedUrlTtlS: r.int('PRESIGNED_URL_TTL_S', 1, 604_800),
    },
    authServiceUrl: auth ? auth.href.replace(/\/+$/, '') : '',
    keys: {
      reportEncryptionKey: r.key32('REPORT_ENCRYPTION_KEY', DEV_REPORT_ENCRYPTION_KEY),
      secretHashKey: r.key32('SECRET_HASH_KEY', DEV_SECRET_HASH_KEY),
    },
    adminUserIds: parseAdminUserIds(r),
    workspaceRoot: parseWorkspaceRoot(r),
    tasks: {
      softTimeLimitS: r.int('TASK_SOFT_TIME_LIMIT_S', 1, 86_400),
      hardTimeLimitS: r.int('TASK_HARD_TIME_LIMIT_S', 1, 86_400),
      maxRetries: r.int('TASK_MAX_RETRIES', 0, 50),
      retryBaseDelayMs: r.int('TASK_RETRY_BASE_DELAY_MS', 0, 3_600_000),
    },
    git: {
      cloneTimeoutS: r.int('CLONE_TIMEOUT_S', 1, 86_400),
      maxRepoSizeMb: r.int('MAX_REPO_SIZE_MB', 1, 1_048_576),
      allowLocalUrls: r.bool('ALLOW_LOCAL_URLS'),
      allowPrivateUrls: r.bool('ALLOW_PRIVATE_URLS'),
    },
    retention: {
      jobTtlDays: r.int('JOB_TTL_DAYS', 1, 3650),
      scanRunRetentionDays: r.int('SCAN_RUN_RETENTION_DAYS', 1, 3650),
      auditLogRetentionDays: r.int('AUDIT_LOG_RETENTION_DAYS', 1, 3650),
    },
    webhooks: {
      backoffS: parseBackoff(r),
      timeoutMs: r.int('WEBHOOK_TIMEOUT_MS', 100, 300_000),
      signingSecret: r.string(
        'WEBHOOK_SIGNING_SECRET',
        'a secret of at least 16 characters',
        (s) => s.length >= 16,
      ),
    },
    health: {
      queueDepthDegraded: r.int('QUEUE_DEPTH_DEGRADED', 1, 10_000_000),
      errorRateDegradedPercent: r.int('ERROR_RATE_DEGRADED_PERCENT', 1, 100),
    },
    scheduler: {
      crons: {
        expiry: parseCron(r, 'SCHEDULER_EXPIRY_CRON'),
        cleanup: parseCron(r, 'SCHEDULER_CLEANUP_CRON'),
        sweep: parseCron(r, 'SCHEDULER_SWEEP_CRON'),
        scans: parseCron(r, 'SCHEDULER_SCANS_CRON'),
        retention: parseCron(r, 'SCHEDULER_RETENTION_CRON'),
      },
      leaderPollS: r.int('SCHEDULER_LEADER_POLL_S', 1, 3600),
      stuckGraceS: r.int('SCHEDULER_STUCK_GRACE_S', 0, 86_400),
      scanNowCooldownS: r.int('SCAN_NOW_COOLDOWN_S', 0, 86_400),
    },
    limits: {
      writesPerMinute: r.int('RATE_LIMIT_PER_MINUTE', 0, 1_000_000),
      readsPerMinute: r.int('RATE_LIMIT_READS_PER_MINUTE', 0, 1_000_000),
      maxActiveJobsPerUser: r.int('MAX_ACTIVE_JOBS_PER_USER', 0, 1_000_000),
      maxRepositoriesPerUser: r.int('MAX_REPOSITORIES_PER_USER', 0, 1_000_000),
    },
    // empty: off; 0 asks the system for a free port (tests)
    worker: { metricsPort: r.raw('WORKER_METRICS_PORT') ? r.int('WORKER_METRICS_PORT', 0, 65535) : null },
    panel: { devIdentity: r.bool('PANEL_DEV_IDENTITY') },
  };

  if (config.tasks.softTimeLimitS >= config.tasks.hardTimeLimitS) {
    r.issues.push({
      variable: 'TASK_SOFT_TIME_LIMIT_S',
      message: `must be less than TASK_HARD_TIME_LIMIT_S (${config.tasks.hardTimeLimitS})`,
    });
  }
  if (!r.isDev && config.webhooks.signingSecret === DEV_WEBHOOK_SIGNING_SECRET) {
    r.issues.push({
      variable: 'WEBHOOK_SIGNING_SECRET',
      message: 'is the public development secret, which is refused when NODE_ENV=production',
    });
  }
  if (!r.isDev && config.panel.devIdentity) {
    r.issues.push({
      variable: 'PANEL_DEV_IDENTITY',
      message:
        'lets a browser choose its user, which is refused when NODE_ENV=production (the gateway sets X-User-ID)',
    });
  }
  if (r.issues.length > 0) throw new ConfigError(r.issues);
  return deepFreeze(config);
}

// For bootstraps: print what is wrong and stop, without a stack trace.
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

// A copy that is safe to log: credentials in URLs and every secret replaced.
export function redactConfig(config: AppConfig): Record<string, unknown> {
  const scrub = (url: string) => url.replace(/(\/\/)[^/@]*@/, '$1***@');
  return {
    ...config,
    database: {
      ...config.database,
      url: scrub(config.database.url),
      password: config.database.password ? '***' : undefined,
    },
    rabbitmq: { ...config.rabbitmq, url: scrub(config.rabbitmq.url) },
    s3: { ...config.s3, accessKey: '***', secretKey: '***' },
    keys: { reportEncryptionKey: '***', secretHashKey: '***' },
    webhooks: { ...config.webhooks, signingSecret: '***' },
  };
}
