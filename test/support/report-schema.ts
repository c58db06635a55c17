// Validates a JSON report against the checked-in JSON Schema of the report (the contract that
// pipelines rely on), with Ajv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

export const REPORT_SCHEMA_FILE = join(
  __dirname,
  '..',
  '..',
  'libs',
  'report',
  'schema',
  'report.schema.json',
);
const validate = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')),
);

// The schema errors, or [] for a valid report.
export function reportSchemaErrors(report: unknown): unknown[] {
  return validate(report) ? [] : [...(validate.errors ?? [])];
}
