// Every environment variable the service reads, in one table. Docs, the ConfigMap and the compose
// file are checked against this list, so a variable that is not here does not exist.

export interface ConfigVariable {
  readonly name: string;
  // used in every environment when the variable is unset or empty; null: none
  readonly default: string | null;
  // used only when NODE_ENV is development or test; production must set the variable
  readonly devDefault?: string;
  // a secret value is never echoed in an error message or a log line
  readonly secret: boolean;
  readonly description: string;
}

// Development defaults apply, and development keys are accepted, only here; an unknown NODE_ENV
// is held to production's rules.
export function usesDevDefaults(nodeEnv: unknown): boolean {
  return nodeEnv === 'development' || nodeEnv === 'test';
}

// Well-known development keys: fine on a laptop, refused when NODE_ENV=production.
export const DEV_REPORT_ENCRYPTION_KEY = '6465706c6f7967756172642d6465762d7265706f72742d6b65792d3332627974';
export const DEV_SECRET_HASH_KEY = '6465706c6f7967756172642d6465762d686173682d6b65792d33322d62797465';
export const DEV_WEBHOOK_SIGNING_SECRET = 'deployguard-development-webhook-secret';

const v = (
  name: string,
  def: string | null,
  description: string,
  extra: { devDefault?: string; secret?: boolean } = {},
): ConfigVariable => ({
  name,
  default: def,
  description,
  secret: extra.secret ?? false,
  ...(extra.devDefault !== undefined ? { devDefault: extra.devDefault } : {}),
});

export const CONFIG_VARIABLES: readonly ConfigVariable[] = Object.freeze([
  v(
    'NODE_ENV',
    'production',
    'development, test or production; development defaults for keys exist only outside production',
  ),
  v('PORT', '8000', 'HTTP port of the API'),
  v('LOG_LEVEL', 'info', 'fatal, error, warn, info, debug, trace or silent'),
  v(
    'DATABASE_URL',
    'postgres://postgres@127.0.0.1:5432/deployguard',
    'PostgreSQL connection URL (postgres://user:password@host:port/database)',
    { secret: true },
  ),
  v('DATABASE_POOL_MAX', '10', 'maximum PostgreSQL connections per process'),
  v('RABBITMQ_URL', 'amqp://guest:guest@127.0.0.1:5672', 'RabbitMQ connection URL (amqp:// or amqps://)', {
    secret: true,
  }),
  v(
    'RABBITMQ_QUEUE_PREFIX',
    'deployguard',
    'prefix of every queue and exchange name (deployguard.scan, …); tests and benchmarks use their own',
  ),
  v(
    'S3_ENDPOINT',
    null,
    'S3 host name without scheme (e.g. minio); empty in development: the s3rver started by the dev script',
    { devDefault: '' },
  ),
  v('S3_PORT', null, 'S3 port (default 9000, or 443 when S3_USE_SSL=true)'),
  v('S3_USE_SSL', 'false', 'true to talk HTTPS to the S3 endpoint'),
  v('S3_ACCESS_KEY', null, 'S3 access key', { devDefault: 'S3RVER', secret: true }),
  v('S3_SECRET_KEY', null, 'S3 secret key', { devDefault: 'S3RVER', secret: true }),
  v('S3_REGION', 'us-east-1', 'S3 region'),
  v('S3_BUCKET', 'deployguard', 'bucket holding repos/{job_id}/, reports/{job_id}/ and cleaned/{job_id}/'),
  v('PRESIGNED_URL_TTL_S', '300', 'lifetime in seconds of presigned download URLs'),
  v('AUTH_SERVICE_URL', null, 'base URL of the credential service (GET {url}/api/credentials/{id})', {
    devDefault: 'http://127.0.0.1:8001',
  }),
  v(
    'REPORT_ENCRYPTION_KEY',
    null,
    '32-byte AES-256-GCM key of the encrypted reports, 64 hex or 44 base64 characters',
    { devDefault: DEV_REPORT_ENCRYPTION_KEY, secret: true },
  ),
  v(
    'SECRET_HASH_KEY',
    null,
    '32-byte HMAC-SHA256 key of the stored secret hashes, 64 hex or 44 base64 characters',
    { devDefault: DEV_SECRET_HASH_KEY, secret: true },
  ),
  v('ADMIN_USER_IDS', '', 'comma-separated user ids allowed to call admin endpoints'),
  v(
    'WORKSPACE_ROOT',
    '/tmp/deployguard-work',
    'absolute directory holding per-task temporary directories (orphans in it are removed at start-up)',
  ),
  v('TASK_SOFT_TIME_LIMIT_S', '3300', 'seconds after which a task is asked to stop at its next checkpoint'),
  v('TASK_HARD_TIME_LIMIT_S', '3600', 'seconds after which a task is killed (greater than the soft limit)'),
  v('TASK_MAX_RETRIES', '3', 'retries of a failing task before it is dead-lettered and the job fails'),
  v('TASK_RETRY_BASE_DELAY_MS', '5000', 'delay before the first retry; doubles with each retry'),
  v('CLONE_TIMEOUT_S', '600', 'seconds a git clone may take'),
  v('MAX_REPO_SIZE_MB', '2048', 'largest repository accepted, in MB'),
  v(
    'ALLOW_LOCAL_URLS',
    'false',
    'true to accept file:// URLs, local paths and loopback hosts (tests and development only)',
  ),
  v(
    'ALLOW_PRIVATE_URLS',
    'false',
    'true to accept private and link-local addresses (tests and development only)',
  ),
  v('JOB_TTL_DAYS', '7', 'days after which a job is expired and its stored objects deleted'),
  v('SCAN_RUN_RETENTION_DAYS', '30', 'days finished scan runs are kept'),
  v('AUDIT_LOG_RETENTION_DAYS', '90', 'days audit log rows are kept'),
  v('SCHEDULER_EXPIRY_CRON', '0 * * * *', 'cron expression of the job expiry run of the scheduler (hourly)'),
  v('SCHEDULER_CLEANUP_CRON', '30 3 * * *', 'cron expression of the storage clean-up run (daily)'),
  v('SCHEDULER_SWEEP_CRON', '* * * * *', 'cron expression of the sweeper of stuck jobs and scan runs'),
  v('SCHEDULER_SCANS_CRON', '* * * * *', 'cron expression of the run that starts due scheduled scans'),
  v(
    'SCHEDULER_RETENTION_CRON',
    '15 4 * * *',
    'cron expression of the run deleting scan runs and audit logs past their retention',
  ),
  v(
    'SCHEDULER_LEADER_POLL_S',
    '5',
    'seconds between attempts of a standby scheduler to take the leader lock (and of the leader to check it)',
  ),
  v(
    'SCHEDULER_STUCK_GRACE_S',
    '300',
    'seconds past TASK_HARD_TIME_LIMIT_S without progress after which the sweeper fails an active job',
  ),
  v('SCAN_NOW_COOLDOWN_S', '60', 'seconds between two accepted POST /scan/now (admin bulk trigger)'),
  v('WEBHOOK_BACKOFF_S', '1,2,4,8,16', 'comma-separated delays in seconds between webhook delivery attempts'),
  v('WEBHOOK_TIMEOUT_MS', '5000', 'timeout of one webhook delivery attempt'),
  v('WEBHOOK_SIGNING_SECRET', null, 'HMAC-SHA256 secret signing webhook payloads (at least 16 characters)', {
    devDefault: DEV_WEBHOOK_SIGNING_SECRET,
    secret: true,
  }),
  v('QUEUE_DEPTH_DEGRADED', '1000', 'queue depth above which readiness reports degraded'),
  v(
    'ERROR_RATE_DEGRADED_PERCENT',
    '10',
    'share of API responses that were 5xx over the last minute (at least 20 requests) above which readiness reports degraded',
  ),
  v(
    'RATE_LIMIT_PER_MINUTE',
    '120',
    'state-changing API requests (POST, PUT, PATCH, DELETE) one user may make per minute, over all API replicas; 0: no limit',
  ),
  v(
    'RATE_LIMIT_READS_PER_MINUTE',
    '1200',
    'read API requests (GET, HEAD) one user may make per minute, over all API replicas; 0: no limit',
  ),
  v(
    'MAX_ACTIVE_JOBS_PER_USER',
    '20',
    'jobs one user may have queued or running (pending, cloning, scanning, cleaning, pushing); 0: no cap',
  ),
  v('MAX_REPOSITORIES_PER_USER', '100', 'repositories one user may register; 0: no cap'),
  v('WORKER_METRICS_PORT', '', 'port of the worker Prometheus endpoint (GET /metrics); empty: not served'),
  v(
    'PANEL_DEV_IDENTITY',
    'false',
    'true lets the review panel choose its user (X-Dev-User-ID) without a gateway; refused when NODE_ENV=production',
  ),
]);
