// The class-validator decorators the environment schema is written with. An environment value
// arrives as a string: each decorator converts it (class-transformer's @Transform) and checks the
// result. A value that cannot be converted is left as it is, so the check rejects it. Every
// message is what the variable accepts, a phrase that reads after "must be" or "set it to".
import { Transform, type TransformFnParams } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import { usesDevDefaults } from './config-variables';

type Variables = Record<string, unknown>;

/** The decorators applied in turn, as one. */
export function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/**
 * A rule of ours: `check` gets the converted value and every variable of the environment (for
 * rules across variables); `accepted` may read them too, and the converted value (a message must
 * never hold a secret value: say only its shape).
 */
export function Accepts(
  name: string,
  check: (value: unknown, env: Variables) => boolean,
  accepted: string | ((env: Variables, value: unknown) => string),
): PropertyDecorator {
  const variables = (args?: ValidationArguments) => (args?.object ?? {}) as Variables;
  return ValidateBy(
    { name, validator: { validate: (value: unknown, args) => check(value, variables(args)) } },
    { message: typeof accepted === 'string' ? accepted : (args) => accepted(variables(args), args.value) },
  );
}

/** An integer from `min` to `max`; with `optional`, an unset or empty variable is undefined. */
export function Int(min: number, max: number, options: { optional?: boolean } = {}): PropertyDecorator {
  const message = `an integer from ${min} to ${max}`;
  const toInt = ({ value }: TransformFnParams): unknown => {
    if (value === '') return undefined;
    return typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  };
  return all(
    Transform(toInt),
    ...(options.optional ? [IsOptional()] : []),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  );
}

/** A boolean written true/false, 1/0 or yes/no (any case). */
export function Bool(): PropertyDecorator {
  const toBool = ({ value }: TransformFnParams): unknown => {
    if (typeof value !== 'string') return value;
    if (/^(true|1|yes)$/i.test(value)) return true;
    return /^(false|0|no)$/i.test(value) ? false : value;
  };
  return all(Transform(toBool), IsBoolean({ message: 'true or false (also 1/0, yes/no)' }));
}

/** One of `allowed`, spelled exactly. */
export function OneOf(allowed: readonly string[]): PropertyDecorator {
  return IsIn(allowed, { message: `one of ${allowed.join(', ')}` });
}

/**
 * A URL (converted to a WHATWG `URL`) with one of `protocols` (`'https:'`) and a host, whose user
 * and password, when given, are validly percent-encoded (a client decodes them to log in: a stray
 * `%` would fail every login later rather than here); `extra` adds a check of the parsed URL and
 * then says what else is accepted.
 */
export function Url(
  protocols: readonly string[],
  extra?: { check: (url: URL) => boolean; accepted: string },
): PropertyDecorator {
  const toUrl = ({ value }: TransformFnParams): unknown => {
    if (typeof value !== 'string') return value;
    try {
      return new URL(value);
    } catch {
      return value;
    }
  };
  const accepted =
    `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` +
    ' (a user and password in it percent-encoded: % as %25)';
  return all(
    Transform(toUrl),
    Accepts(
      'url',
      (url) =>
        url instanceof URL &&
        protocols.includes(url.protocol) &&
        url.hostname !== '' &&
        isDecodable(url.username) &&
        isDecodable(url.password) &&
        (extra?.check(url) ?? true),
      extra ? `${accepted} ${extra.accepted}` : accepted,
    ),
  );
}

function isDecodable(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** A 32-byte key written as 64 hex or 44 base64 (or base64url) characters, converted to a Buffer. */
export function Key32(): PropertyDecorator {
  const toKey = ({ value }: TransformFnParams): unknown => {
    if (typeof value !== 'string') return value;
    if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return value;
    return Buffer.from(value, /[-_]/.test(value) ? 'base64url' : 'base64');
  };
  // Says what the value decodes to (a length, never content): 44 characters can decode to 33 bytes.
  const accepted = (_env: Variables, key: unknown) =>
    'a key of 32 bytes: 64 hex characters, or base64 that decodes to 32 bytes (44 characters ending ' +
    'in one =, e.g. `openssl rand -base64 32`)' +
    (Buffer.isBuffer(key) ? `; this one decodes to ${key.length} bytes` : '');
  return all(
    Transform(toKey),
    Accepts('key32', (key) => Buffer.isBuffer(key) && key.length === 32, accepted),
  );
}

/** Refuses a value for which `refused` is true unless NODE_ENV is development or test. */
export function RefusedInProduction(
  refused: (value: unknown) => boolean,
  accepted: string,
): PropertyDecorator {
  return Accepts(
    'refusedInProduction',
    (value, env) => usesDevDefaults(env.NODE_ENV) || !refused(value),
    accepted,
  );
}

/** Less than the (valid) integer of the variable `other`. */
export function LessThan(other: string): PropertyDecorator {
  return Accepts(
    'lessThan',
    (value, env) => {
      const limit = env[other];
      return !Number.isInteger(value) || !Number.isInteger(limit) || (value as number) < (limit as number);
    },
    (env) => `less than ${other} (${String(env[other])})`,
  );
}

/**
 * Splits a comma-separated value into trimmed items converted by `item`; `distinct` drops empty
 * and repeated items.
 */
export function CommaList(
  options: { item?: (text: string) => unknown; distinct?: boolean } = {},
): PropertyDecorator {
  const toList = ({ value }: TransformFnParams): unknown => {
    if (typeof value !== 'string') return value;
    const items = value.split(',').map((text) => text.trim());
    const kept = options.distinct ? [...new Set(items.filter(Boolean))] : items;
    return options.item ? kept.map(options.item) : kept;
  };
  return Transform(toList);
}
