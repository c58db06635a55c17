import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CONFIG_VARIABLES,
  ConfigError,
  configWarnings,
  DEV_REPORT_ENCRYPTION_KEY,
  loadConfig,
  redactConfig,
} from '.';

// Fixed random keys (production refuses keys that are not random-looking).
const PROD_KEY = '3f9c2a7be1d84c06a5f2e9b7c3d1a8f46b0e2c9d7a5f3e1b8c6d4a2f0e9b7c5d';
const PROD_HASH_KEY = Buffer.from(
  '9a1f4c7e2b8d0a6f3c5e7b9d1f2a4c6e8b0d3f5a7c9e1b2d4f6a8c0e3b5d7f9a',
  'hex',
).toString('base64');
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://dg:pa55-word-db@db.internal:6543/deployguard',
  S3_ENDPOINT: 'minio',
  S3_ACCESS_KEY: 'access-key-value',
  S3_SECRET_KEY: 'secret-key-value',
  AUTH_SERVICE_URL: 'https://auth.internal/',
  REPORT_ENCRYPTION_KEY: PROD_KEY,
  SECRET_HASH_KEY: PROD_HASH_KEY,
  WEBHOOK_SIGNING_SECRET: 'webhook-signing-secret-1234',
};

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the defaults in development', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.port).toBe(8000);
    expect(config.database).toMatchObject({
      host: '127.0.0.1',
      port: 5432,
      user: 'postgres',
      name: 'deployguard',
      password: undefined,
    });
    expect(config.s3).toMatchObject({
      endpoint: null,
      port: 9000,
      useSsl: false,
      bucket: 'deployguard',
      presignedUrlTtlS: 300,
    });
    expect(config.keys.reportEncryptionKey).toEqual(Buffer.from(DEV_REPORT_ENCRYPTION_KEY, 'hex'));
    expect(config.webhooks.backoffS).toEqual([1, 2, 4, 8, 16]);
    expect(config.tasks).toEqual({
      softTimeLimitS: 3300,
      hardTimeLimitS: 3600,
      maxRetries: 3,
      retryBaseDelayMs: 5000,
    });
    expect(config.git.allowLocalUrls).toBe(false);
    expect(config.retention.jobTtlDays).toBe(7);
    expect(config.workspaceRoot).toBe('/tmp/deployguard-work');
  });

  it('parses a production environment and freezes the result', () => {
    const config = loadConfig({
      ...production,
      PORT: '9001',
      ADMIN_USER_IDS: ' admin-1, admin-2,,admin-1 ',
      S3_USE_SSL: 'true',
      WEBHOOK_BACKOFF_S: '0.5, 1',
    });
    expect(config.nodeEnv).toBe('production');
    expect(config.port).toBe(9001);
    expect(config.adminUserIds).toEqual(['admin-1', 'admin-2']);
    expect(config.database).toMatchObject({
      host: 'db.internal',
      port: 6543,
      user: 'dg',
      password: 'pa55-word-db',
    });
    expect(config.s3.port).toBe(443);
    expect(config.authServiceUrl).toBe('https://auth.internal');
    expect(config.keys.secretHashKey).toEqual(Buffer.from(PROD_HASH_KEY, 'base64'));
    expect(config.webhooks.backoffS).toEqual([0.5, 1]);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.s3)).toBe(true);
    expect(Object.isFrozen(config.adminUserIds)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('defaults NODE_ENV to production, where keys have no default', () => {
    const error = configError({});
    const names = error.issues.map((i) => i.variable);
    expect(names).toEqual(
      expect.arrayContaining([
        'REPORT_ENCRYPTION_KEY',
        'SECRET_HASH_KEY',
        'WEBHOOK_SIGNING_SECRET',
        'S3_ENDPOINT',
        'S3_ACCESS_KEY',
        'AUTH_SERVICE_URL',
      ]),
    );
    expect(error.message).toContain('REPORT_ENCRYPTION_KEY: is required when NODE_ENV=production');
  });

  it('names a bad PORT and says what is accepted', () => {
    for (const port of ['abc', '0', '70000', '80.5']) {
      const error = configError({ NODE_ENV: 'test', PORT: port });
      expect(error.issues).toEqual([
        { variable: 'PORT', message: `must be an integer from 1 to 65535 (got "${port}")` },
      ]);
    }
  });

  it('rejects a key of the wrong length without echoing it', () => {
    const shortKey = 'c2hvcnQtYnV0LXNlY3JldC1rZXk='; // 20 bytes
    const error = configError({
      ...production,
      REPORT_ENCRYPTION_KEY: shortKey,
      SECRET_HASH_KEY: 'ab'.repeat(31),
    });
    expect(error.issues.map((i) => i.variable)).toEqual(['REPORT_ENCRYPTION_KEY', 'SECRET_HASH_KEY']);
    expect(error.message).toContain(
      'REPORT_ENCRYPTION_KEY: must be a key of 32 bytes: 64 hex characters, or base64 that decodes to 32 bytes',
    );
    expect(error.message).not.toContain(shortKey);
    expect(error.message).not.toContain('ab'.repeat(31));
    expect(String(error.stack)).not.toContain(shortKey);
  });

  it('refuses the development keys in production', () => {
    const error = configError({ ...production, REPORT_ENCRYPTION_KEY: DEV_REPORT_ENCRYPTION_KEY });
    expect(error.issues).toEqual([
      expect.objectContaining({
        variable: 'REPORT_ENCRYPTION_KEY',
        message: expect.stringContaining('development key'),
      }),
    ]);
  });

  it('refuses keys and secrets that are not random, or one key for two purposes, in production', () => {
    const zeros = '0'.repeat(64);
    const error = configError({
      ...production,
      REPORT_ENCRYPTION_KEY: zeros,
      SECRET_HASH_KEY: zeros,
      WEBHOOK_SIGNING_SECRET: 'a'.repeat(16),
    });
    const messages = Object.fromEntries(error.issues.map((i) => [i.variable, i.message]));
    expect(messages.REPORT_ENCRYPTION_KEY).toContain('fewer than 16 distinct bytes');
    expect(messages.SECRET_HASH_KEY).toContain('fewer than 16 distinct bytes');
    expect(messages.WEBHOOK_SIGNING_SECRET).toContain('fewer than 8 distinct characters');
    expect(error.message).not.toContain(zeros);
    expect(error.message).not.toContain('a'.repeat(16));
    const same = configError({ ...production, SECRET_HASH_KEY: PROD_KEY });
    expect(same.issues).toEqual([
      expect.objectContaining({
        variable: 'SECRET_HASH_KEY',
        message: expect.stringContaining('other than REPORT_ENCRYPTION_KEY'),
      }),
    ]);
    expect(() =>
      loadConfig({ NODE_ENV: 'development', REPORT_ENCRYPTION_KEY: zeros, SECRET_HASH_KEY: zeros }),
    ).not.toThrow();
  });

  it('warns about the development URL switches in production only', () => {
    const open = { ALLOW_LOCAL_URLS: 'true', ALLOW_PRIVATE_URLS: 'true' };
    const warnings = configWarnings(loadConfig({ ...production, ...open }));
    expect(warnings).toEqual([
      expect.stringContaining('ALLOW_LOCAL_URLS=true with NODE_ENV=production'),
      expect.stringContaining('ALLOW_PRIVATE_URLS=true with NODE_ENV=production'),
    ]);
    expect(configWarnings(loadConfig(production))).toEqual([]);
    expect(configWarnings(loadConfig({ NODE_ENV: 'development', ...open }))).toEqual([]);
  });

  it('lets the panel choose its user in development only', () => {
    expect(loadConfig({ NODE_ENV: 'development', PANEL_DEV_IDENTITY: 'true' }).panel.devIdentity).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).panel.devIdentity).toBe(false);
    const error = configError({ ...production, PANEL_DEV_IDENTITY: 'true' });
    expect(error.issues).toEqual([
      expect.objectContaining({
        variable: 'PANEL_DEV_IDENTITY',
        message: expect.stringContaining('refused'),
      }),
    ]);
  });

  it('never echoes a database password', () => {
    const error = configError({ ...production, DATABASE_URL: 'mysql://root:hunter2-db-pass@db/x' });
    expect(error.issues.map((i) => i.variable)).toEqual(['DATABASE_URL']);
    expect(error.message).toContain('postgres://');
    expect(error.message).not.toContain('hunter2-db-pass');
    expect(JSON.stringify(redactConfig(loadConfig(production)))).not.toMatch(
      /pa55-word-db|secret-key-value|access-key-value/,
    );
  });

  it('refuses a DATABASE_URL whose password is not percent-encoded instead of crashing on it', () => {
    const error = configError({ ...production, DATABASE_URL: 'postgres://dg:50%off-pass@db/deployguard' });
    expect(error.issues).toEqual([
      expect.objectContaining({ variable: 'DATABASE_URL', message: expect.stringContaining('postgres://') }),
    ]);
    expect(error.message).not.toContain('50%off-pass');
  });

  it('refuses a bad percent-escape in the credentials of every URL, never echoing it (F8)', () => {
    const error = configError({
      ...production,
      RABBITMQ_URL: 'amqp://guest:Rabb%it@rabbit.internal',
      AUTH_SERVICE_URL: 'https://svc:7%zz-pass@auth.internal/', // not a secret variable: shown, scrubbed
    });
    expect(error.issues.map((i) => i.variable)).toEqual(['RABBITMQ_URL', 'AUTH_SERVICE_URL']);
    expect(error.issues[0].message).toContain('a user and password in it percent-encoded');
    expect(error.message).not.toMatch(/Rabb%it|7%zz-pass/);
    expect(error.issues[1].message).toContain('(got "https://***@auth.internal/")');
    // Encoded, the same password is fine.
    const config = loadConfig({ ...production, RABBITMQ_URL: 'amqp://guest:Rabb%25it@rabbit.internal' });
    expect(config.rabbitmq.url).toBe('amqp://guest:Rabb%25it@rabbit.internal');
  });

  it('says why a 5-field cron expression is refused (F11)', () => {
    const error = configError({ NODE_ENV: 'test', SCHEDULER_SWEEP_CRON: '61 * * * *' });
    expect(error.issues).toEqual([
      {
        variable: 'SCHEDULER_SWEEP_CRON',
        message: expect.stringContaining('a valid cron expression of 5 fields (minute 0-59'),
      },
    ]);
    expect(error.message).toContain('out of range');
    expect(error.message).not.toContain('must be a cron expression of 5 fields');
    const six = configError({ NODE_ENV: 'test', SCHEDULER_SWEEP_CRON: '* * * * * * *' });
    expect(six.message).toContain('7 fields');
    expect(
      loadConfig({ NODE_ENV: 'test', SCHEDULER_SWEEP_CRON: '30 */5 * * * *' }).scheduler.crons.sweep,
    ).toBe('30 */5 * * * *');
  });

  it('says a base64 key must decode to 32 bytes, and what the given one decodes to (F11)', () => {
    const error = configError({ ...production, SECRET_HASH_KEY: 'A'.repeat(44) });
    expect(error.issues).toEqual([
      {
        variable: 'SECRET_HASH_KEY',
        message: expect.stringContaining('base64 that decodes to 32 bytes'),
      },
    ]);
    expect(error.message).toContain('this one decodes to 33 bytes');
    expect(error.message).not.toContain('A'.repeat(10));
  });

  it('collects every problem at once', () => {
    const error = configError({
      NODE_ENV: 'staging',
      LOG_LEVEL: 'loud',
      S3_USE_SSL: 'maybe',
      WEBHOOK_BACKOFF_S: '1,x',
      WORKSPACE_ROOT: '/tmp',
      TASK_SOFT_TIME_LIMIT_S: '4000',
      S3_ENDPOINT: 'http://minio:9000',
    });
    expect(error.issues.map((i) => i.variable).sort()).toEqual(
      [
        'LOG_LEVEL',
        'NODE_ENV',
        'S3_ENDPOINT',
        'S3_USE_SSL',
        'TASK_SOFT_TIME_LIMIT_S',
        'WEBHOOK_BACKOFF_S',
        'WORKSPACE_ROOT',
        'REPORT_ENCRYPTION_KEY',
        'SECRET_HASH_KEY',
        'WEBHOOK_SIGNING_SECRET',
        'S3_ACCESS_KEY',
        'S3_SECRET_KEY',
        'AUTH_SERVICE_URL',
      ].sort(),
    );
    expect(error.message).toContain('NODE_ENV: must be one of development, test, production (got "staging")');
  });

  it('documents every variable it reads, and reads process.env nowhere else', () => {
    const names = CONFIG_VARIABLES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    // the schema declares one property per variable, named as the variable
    const schema = readFileSync(path.join(__dirname, 'env.schema.ts'), 'utf8');
    const read = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+)[!?]:/gm)].map((m) => m[1]);
    expect(read).toEqual(names);
    for (const c of CONFIG_VARIABLES) expect(c.description.length).toBeGreaterThan(5);
  });
});
