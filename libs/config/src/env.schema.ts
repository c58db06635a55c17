// The environment as the one schema tool reads it: a property for each variable of
// CONFIG_VARIABLES (which holds the defaults), named as the variable, with its converted type.
import * as path from 'node:path';
import { Transform, type TransformFnParams } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsNumber, IsString, Matches, Max, MinLength } from 'class-validator';
import { validateCronExpression } from 'cron';
import {
  DEV_REPORT_ENCRYPTION_KEY,
  DEV_SECRET_HASH_KEY,
  DEV_WEBHOOK_SIGNING_SECRET,
  usesDevDefaults,
} from './config-variables';
import type { LogLevel, NodeEnv } from './config.types';
import {
  Accepts,
  all,
  Bool,
  CommaList,
  Int,
  Key32,
  LessThan,
  OneOf,
  RefusedInProduction,
  Url,
} from './env.decorators';
import { isQueuePrefix, QUEUE_PREFIX_ACCEPTED } from './queue-prefix';

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
const BUCKET_NAME = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const BACKOFF = 'a comma-separated list of 1 to 20 non-negative numbers of seconds, e.g. 1,2,4,8,16';
const USER_IDS = 'a comma-separated list of user ids without spaces';
const OWN_KEY =
  'your own random key: the public development key, or one with fewer than 16 distinct bytes ' +
  '(not random), is refused when NODE_ENV=production';
// 32 random bytes have about 30 distinct values; 16 is far below any random key.
const MIN_DISTINCT_KEY_BYTES = 16;
const MIN_DISTINCT_SECRET_CHARS = 8;

// Checked on a key of the right length only (a wrong one gets Key32's message).
const isPatternKey = (key: Buffer) => key.length === 32 && new Set(key).size < MIN_DISTINCT_KEY_BYTES;
const isDevOrPatternKey = (hex: string) => (key: unknown) =>
  Buffer.isBuffer(key) && (key.equals(Buffer.from(hex, 'hex')) || isPatternKey(key));

/** The database named by a postgres URL's path, or '' when none (or not decodable). */
export function databaseName(url: URL): string {
  try {
    return decodeURIComponent(url.pathname.replace(/^\//, ''));
  } catch {
    return '';
  }
}

const CRON_ACCEPTED =
  'a valid cron expression of 5 fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12, ' +
  'day of week 0-7), or 6 with seconds (0-59) first, e.g. "0 * * * *"';

// cron's own reason ("Field value (61) is out of range") names parts of the value, which is no
// secret (CONFIG_VARIABLES shows it anyway).
function Cron(): PropertyDecorator {
  const fieldCount = (value: string) => value.trim().split(/\s+/).length;
  return Accepts(
    'cron',
    (value) => {
      if (typeof value !== 'string') return false;
      const fields = fieldCount(value);
      return (fields === 5 || fields === 6) && validateCronExpression(value).valid;
    },
    (_env, value) => {
      if (typeof value !== 'string') return CRON_ACCEPTED;
      const fields = fieldCount(value);
      const reason =
        fields === 5 || fields === 6
          ? validateCronExpression(value).error?.message
          : `${fields} field${fields === 1 ? '' : 's'}`;
      return reason ? `${CRON_ACCEPTED}: ${reason}` : CRON_ACCEPTED;
    },
  );
}

function WorkspaceRoot(): PropertyDecorator {
  const resolve = ({ value }: TransformFnParams): unknown =>
    typeof value === 'string' && path.isAbsolute(value) ? path.resolve(value) : value;
  return all(
    Transform(resolve),
    Accepts(
      'workspaceRoot',
      (value) => typeof value === 'string' && path.isAbsolute(value) && !FORBIDDEN_WORKSPACE_ROOTS.has(value),
      'an absolute path of a directory used only by DeployGuard (not /, /tmp or another system directory)',
    ),
  );
}

export class EnvSchema {
  @OneOf(NODE_ENVS)
  NODE_ENV!: NodeEnv;

  @Int(1, 65535)
  PORT!: number;

  @OneOf(LOG_LEVELS)
  LOG_LEVEL!: LogLevel;

  @Url(['postgres:', 'postgresql:'], {
    check: (url) => databaseName(url) !== '',
    accepted: 'naming the database, e.g. postgres://user@host:5432/deployguard',
  })
  DATABASE_URL!: URL;

  @Int(1, 200)
  DATABASE_POOL_MAX!: number;

  @Url(['amqp:', 'amqps:'])
  RABBITMQ_URL!: URL;

  @Accepts('queuePrefix', isQueuePrefix, QUEUE_PREFIX_ACCEPTED)
  RABBITMQ_QUEUE_PREFIX!: string;

  // empty only in development (its default there): the s3rver of the dev script
  @Matches(/^[A-Za-z0-9.-]*$/, {
    message: 'a host name or IP address without scheme or port (use S3_PORT and S3_USE_SSL)',
  })
  S3_ENDPOINT!: string;

  // unset: 443 with S3_USE_SSL, else 9000
  @Int(1, 65535, { optional: true })
  S3_PORT?: number;

  @Bool()
  S3_USE_SSL!: boolean;

  @IsString({ message: 'the S3 access key' })
  S3_ACCESS_KEY!: string;

  @IsString({ message: 'the S3 secret key' })
  S3_SECRET_KEY!: string;

  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'a region name such as us-east-1' })
  S3_REGION!: string;

  @Matches(BUCKET_NAME, { message: 'a bucket name of 3-63 lowercase letters, digits, dots and hyphens' })
  S3_BUCKET!: string;

  @Int(1, 604_800)
  PRESIGNED_URL_TTL_S!: number;

  @Url(['http:', 'https:'])
  AUTH_SERVICE_URL!: URL;

  @Key32()
  @RefusedInProduction(isDevOrPatternKey(DEV_REPORT_ENCRYPTION_KEY), OWN_KEY)
  REPORT_ENCRYPTION_KEY!: Buffer;

  @Key32()
  @RefusedInProduction(isDevOrPatternKey(DEV_SECRET_HASH_KEY), OWN_KEY)
  @Accepts(
    'ownHashKey',
    (key, env) =>
      usesDevDefaults(env.NODE_ENV) ||
      !Buffer.isBuffer(key) ||
      !Buffer.isBuffer(env.REPORT_ENCRYPTION_KEY) ||
      isPatternKey(key) || // refused for that already
      !key.equals(env.REPORT_ENCRYPTION_KEY),
    'a key other than REPORT_ENCRYPTION_KEY when NODE_ENV=production (one key per purpose)',
  )
  SECRET_HASH_KEY!: Buffer;

  @CommaList({ distinct: true })
  @Matches(/^\S{1,200}$/, { each: true, message: USER_IDS })
  ADMIN_USER_IDS!: string[];

  @WorkspaceRoot()
  WORKSPACE_ROOT!: string;

  @Int(1, 86_400)
  @LessThan('TASK_HARD_TIME_LIMIT_S')
  TASK_SOFT_TIME_LIMIT_S!: number;

  @Int(1, 86_400)
  TASK_HARD_TIME_LIMIT_S!: number;

  @Int(0, 50)
  TASK_MAX_RETRIES!: number;

  @Int(0, 3_600_000)
  TASK_RETRY_BASE_DELAY_MS!: number;

  @Int(1, 86_400)
  CLONE_TIMEOUT_S!: number;

  @Int(1, 1_048_576)
  MAX_REPO_SIZE_MB!: number;

  @Bool()
  ALLOW_LOCAL_URLS!: boolean;

  @Bool()
  ALLOW_PRIVATE_URLS!: boolean;

  @Int(1, 3650)
  JOB_TTL_DAYS!: number;

  @Int(1, 3650)
  SCAN_RUN_RETENTION_DAYS!: number;

  @Int(1, 3650)
  AUDIT_LOG_RETENTION_DAYS!: number;

  @Cron()
  SCHEDULER_EXPIRY_CRON!: string;

  @Cron()
  SCHEDULER_CLEANUP_CRON!: string;

  @Cron()
  SCHEDULER_SWEEP_CRON!: string;

  @Cron()
  SCHEDULER_SCANS_CRON!: string;

  @Cron()
  SCHEDULER_RETENTION_CRON!: string;

  @Int(1, 3600)
  SCHEDULER_LEADER_POLL_S!: number;

  @Int(0, 86_400)
  SCHEDULER_STUCK_GRACE_S!: number;

  @Int(0, 86_400)
  SCAN_NOW_COOLDOWN_S!: number;

  // NaN marks an item that is not a number of seconds
  @CommaList({ item: (text) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN) })
  @ArrayMinSize(1, { message: BACKOFF })
  @ArrayMaxSize(20, { message: BACKOFF })
  @IsNumber({}, { each: true, message: BACKOFF })
  @Max(86_400, { each: true, message: BACKOFF })
  WEBHOOK_BACKOFF_S!: number[];

  @Int(100, 300_000)
  WEBHOOK_TIMEOUT_MS!: number;

  @IsString({ message: 'a secret of at least 16 characters' })
  @MinLength(16, { message: 'a secret of at least 16 characters' })
  @RefusedInProduction(
    (secret) =>
      secret === DEV_WEBHOOK_SIGNING_SECRET ||
      (typeof secret === 'string' && new Set(secret).size < MIN_DISTINCT_SECRET_CHARS),
    'your own random secret: the public development secret, or one with fewer than ' +
      `${MIN_DISTINCT_SECRET_CHARS} distinct characters, is refused when NODE_ENV=production`,
  )
  WEBHOOK_SIGNING_SECRET!: string;

  @Int(1, 10_000_000)
  QUEUE_DEPTH_DEGRADED!: number;

  @Int(1, 100)
  ERROR_RATE_DEGRADED_PERCENT!: number;

  @Int(0, 1_000_000)
  RATE_LIMIT_PER_MINUTE!: number;

  @Int(0, 1_000_000)
  RATE_LIMIT_READS_PER_MINUTE!: number;

  @Int(0, 1_000_000)
  MAX_ACTIVE_JOBS_PER_USER!: number;

  @Int(0, 1_000_000)
  MAX_REPOSITORIES_PER_USER!: number;

  // unset: no metrics endpoint; 0 asks the system for a free port (tests)
  @Int(0, 65535, { optional: true })
  WORKER_METRICS_PORT?: number;

  @Bool()
  @RefusedInProduction(
    (devIdentity) => devIdentity === true,
    'false when NODE_ENV=production: letting a browser choose its user is refused there (the gateway sets X-User-ID)',
  )
  PANEL_DEV_IDENTITY!: boolean;
}
