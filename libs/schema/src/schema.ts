// The one way outside input is checked: class-validator schemas (the API's request bodies go
// through Nest's ValidationPipe with the same decorators; the environment, the scan config file
// and task messages through checkSchema). Failures come back as issues that name the field by
// its path and say what is accepted; a rejected value is never part of a message.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export interface SchemaIssue {
  // Dotted path of the field (`rules.0.id`); a list index is a number segment.
  readonly path: string;
  readonly message: string;
  // Set for a key the schema does not declare (only with `unknownKeys: 'forbid'`).
  readonly unknownKey?: true;
}

export interface SchemaOptions {
  // 'forbid': a key the schema does not declare is an issue; 'ignore' (default): it is dropped.
  unknownKeys?: 'forbid' | 'ignore';
}

/**
 * Validates `input` (a plain object, e.g. parsed JSON or YAML) against `schema`, a class with
 * class-validator decorators (`@ValidateNested` + `@Type` for nested schemas). Returns the
 * instance (declared keys only) and every issue, in declaration order; `value` is only safe to
 * use when `issues` is empty.
 */
export function checkSchema<T extends object>(
  schema: new () => T,
  input: object,
  options: SchemaOptions = {},
): { value: T; issues: SchemaIssue[] } {
  const value = plainToInstance(schema, input);
  const errors = validateSync(value, {
    whitelist: true,
    forbidNonWhitelisted: options.unknownKeys === 'forbid',
    validationError: { target: false, value: false },
  });
  return { value, issues: errors.flatMap((e) => flatten(e, '')) };
}

function flatten(error: ValidationError, parent: string): SchemaIssue[] {
  const path = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([name, message]) =>
    name === 'whitelistValidation'
      ? { path, message: `unknown key "${error.property}"`, unknownKey: true as const }
      : { path, message },
  );
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, path))];
}
