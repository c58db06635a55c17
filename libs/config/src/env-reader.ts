// Reads one variable at a time from the environment (or its default) and records what is wrong,
// echoing a value only when the variable is not secret.
import { CONFIG_VARIABLES, type ConfigVariable } from './config-variables';
import type { ConfigIssue } from './config.errors';
import type { NodeEnv } from './config.types';

export type Env = Readonly<Record<string, string | undefined>>;

const BY_NAME = new Map<string, ConfigVariable>(CONFIG_VARIABLES.map((c) => [c.name, c]));

export class EnvReader {
  readonly issues: ConfigIssue[] = [];
  nodeEnv: NodeEnv = 'production';

  constructor(private readonly env: Env) {}

  get isDev(): boolean {
    return this.nodeEnv !== 'production';
  }

  // The value to parse: set and non-blank, else the default; undefined when required and missing.
  raw(name: string): string | undefined {
    const spec = BY_NAME.get(name);
    if (!spec) throw new Error(`config variable ${name} is not declared in CONFIG_VARIABLES`);
    const given = this.env[name]?.trim();
    if (given) return given;
    if (spec.default !== null) return spec.default;
    if (this.isDev && spec.devDefault !== undefined) return spec.devDefault;
    return undefined;
  }

  fail(name: string, accepted: string, value?: string): void {
    const spec = BY_NAME.get(name);
    let got = '';
    if (value !== undefined) {
      got = spec?.secret
        ? ` (got a value of ${value.length} characters, not shown)`
        : ` (got ${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)})`;
    }
    this.issues.push({ variable: name, message: `must be ${accepted}${got}` });
  }

  required(name: string, accepted: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) {
      const where = BY_NAME.get(name)?.devDefault !== undefined ? ' when NODE_ENV=production' : '';
      this.issues.push({ variable: name, message: `is required${where}; set it to ${accepted}` });
    }
    return value;
  }

  string(name: string, accepted: string, check: (value: string) => boolean = () => true): string {
    const value = this.required(name, accepted);
    if (value === undefined) return '';
    if (!check(value)) this.fail(name, accepted, value);
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const accepted = `one of ${allowed.join(', ')}`;
    const value = this.string(name, accepted, (s) => (allowed as readonly string[]).includes(s));
    return (allowed as readonly string[]).includes(value) ? (value as T) : allowed[0];
  }

  int(name: string, min: number, max: number, fallback?: number): number {
    const accepted = `an integer from ${min} to ${max}`;
    const value = this.raw(name);
    if (value === undefined) {
      if (fallback !== undefined) return fallback;
      this.required(name, accepted);
      return min;
    }
    const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      this.fail(name, accepted, value);
      return min;
    }
    return n;
  }

  bool(name: string): boolean {
    const value = this.string(name, 'true or false (also 1/0, yes/no)', (s) =>
      /^(true|false|1|0|yes|no)$/i.test(s),
    );
    return /^(true|1|yes)$/i.test(value);
  }

  url(name: string, protocols: readonly string[]): URL | undefined {
    const accepted = `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`;
    const value = this.required(name, accepted);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (protocols.includes(url.protocol) && url.hostname) return url;
    } catch {
      // reported below
    }
    this.fail(name, accepted, value);
    return undefined;
  }

  key32(name: string, devValue: string): Buffer {
    const accepted =
      '32 bytes written as 64 hex characters or 44 base64 characters (e.g. `openssl rand -hex 32`)';
    const value = this.required(name, accepted);
    if (value === undefined) return Buffer.alloc(32);
    let key: Buffer | undefined;
    if (/^[0-9a-fA-F]{64}$/.test(value)) key = Buffer.from(value, 'hex');
    else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value))
      key = Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
    if (!key || key.length !== 32) {
      this.fail(name, accepted, value);
      return Buffer.alloc(32);
    }
    if (!this.isDev && key.equals(Buffer.from(devValue, 'hex'))) {
      this.issues.push({
        variable: name,
        message: 'is the public development key, which is refused when NODE_ENV=production',
      });
    }
    return key;
  }
}
