// Validates a SARIF log against the official SARIF 2.1.0 schema (as shipped by
// @microsoft/jest-sarif). The schema is draft-04, which Ajv 8 core does not speak: ajv-draft-04 is
// Ajv's own class for that draft.
import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
export const sarifSchema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// unicodeRegExp: false because the schema's `language` pattern has a stray `]`
// (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) that is only legal without the `u` flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

// The schema errors, or [] for a valid log.
export function sarifErrors(log: unknown): unknown[] {
  return validate(log) ? [] : [...(validate.errors ?? [])];
}
