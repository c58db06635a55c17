// The typed, frozen configuration every part of the service receives. Built once by loadConfig().

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface DatabaseConfig {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string | undefined;
  readonly name: string;
  readonly poolMax: number;
}

export interface S3Config {
  // null: no endpoint configured, the development s3rver (started by a script) is used
  readonly endpoint: string | null;
  readonly port: number;
  readonly useSsl: boolean;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly region: string;
  // one bucket; objects live under repos/{job_id}/, reports/{job_id}/, cleaned/{job_id}/
  readonly bucket: string;
  readonly presignedUrlTtlS: number;
}

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly database: DatabaseConfig;
  readonly rabbitmq: {
    readonly url: string;
    // queue and exchange name prefix
    readonly queuePrefix: string;
  };
  readonly s3: S3Config;
  readonly authServiceUrl: string;
  readonly keys: {
    // 32 bytes, AES-256-GCM key of the encrypted reports
    readonly reportEncryptionKey: Buffer;
    // 32 bytes, HMAC-SHA256 key of secrets_found.secret_hash
    readonly secretHashKey: Buffer;
  };
  readonly adminUserIds: readonly string[];
  readonly workspaceRoot: string;
  readonly tasks: {
    readonly softTimeLimitS: number;
    readonly hardTimeLimitS: number;
    readonly maxRetries: number;
    readonly retryBaseDelayMs: number;
  };
  readonly git: {
    readonly cloneTimeoutS: number;
    readonly maxRepoSizeMb: number;
    readonly allowLocalUrls: boolean;
    readonly allowPrivateUrls: boolean;
  };
  readonly retention: {
    readonly jobTtlDays: number;
    readonly scanRunRetentionDays: number;
    readonly auditLogRetentionDays: number;
  };
  readonly webhooks: {
    readonly backoffS: readonly number[];
    readonly timeoutMs: number;
    readonly signingSecret: string;
  };
  readonly health: {
    readonly queueDepthDegraded: number;
    readonly errorRateDegradedPercent: number;
  };
  readonly scheduler: {
    // cron expressions (5 fields, or 6 with seconds) of the scheduler's runs
    readonly crons: {
      readonly expiry: string;
      readonly cleanup: string;
      readonly sweep: string;
      readonly scans: string;
      readonly retention: string;
    };
    readonly leaderPollS: number;
    readonly stuckGraceS: number;
    readonly scanNowCooldownS: number;
  };
  // per user; 0 everywhere means "no limit"
  readonly limits: {
    // requests per minute, over all API replicas
    readonly writesPerMinute: number;
    readonly readsPerMinute: number;
    readonly maxActiveJobsPerUser: number;
    readonly maxRepositoriesPerUser: number;
  };
  // null: the worker serves no metrics endpoint
  readonly worker: { readonly metricsPort: number | null };
  // development only: the API takes the user from X-Dev-User-ID when no gateway sets X-User-ID
  readonly panel: { readonly devIdentity: boolean };
}
