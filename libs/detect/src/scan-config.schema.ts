// The schema of the scan config file (class-validator, the one schema tool): shapes and ranges,
// with messages that name the field the way its author wrote it. What needs the rule list or RE2
// (known rule ids, compiling patterns, at least one rule left) is checked by buildConfig.
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { checkSchema, type SchemaIssue } from '@deployguard/schema';
import type { Severity } from './rule.types';
import { ALLOWLIST_KEYS, isObject, RULE_KEYS, SEVERITIES, TOP_KEYS, type Raw } from './scan-config';

const RULE_MAPPING = `must hold only mappings with keys ${RULE_KEYS.join(', ')}`;
const STRINGS = 'must be a list of strings';
const OUT_OF_RANGE = 'is out of range';

// An optional list of strings.
function OptionalStrings(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsArray({ message: STRINGS })(target, key);
    IsString({ each: true, message: STRINGS })(target, key);
  };
}

export class ScanConfigRule {
  @IsString({ message: 'must be a kebab-case string' })
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be a kebab-case string' })
  id!: string;

  @IsOptional()
  @IsString({ message: 'must be a string' })
  description?: string;

  @IsOptional()
  @IsIn(SEVERITIES, { message: `must be one of ${SEVERITIES.join(', ')}` })
  severity?: Severity;

  @IsOptional()
  @IsInt({ message: OUT_OF_RANGE })
  @Min(1, { message: OUT_OF_RANGE })
  cwe?: number;

  @IsArray({ message: 'must list at least one word that appears where the secret does' })
  @ArrayNotEmpty({ message: 'must list at least one word that appears where the secret does' })
  @IsString({ each: true, message: STRINGS })
  keywords!: string[];

  @IsString({ message: 'must be a non-empty regular expression string' })
  @IsNotEmpty({ message: 'must be a non-empty regular expression string' })
  pattern!: string;

  @IsOptional()
  @IsInt({ message: OUT_OF_RANGE })
  @Min(0, { message: OUT_OF_RANGE })
  secret_group?: number;

  @IsOptional()
  @IsNumber({ allowNaN: false }, { message: '(bits per character, 0-8) is out of range' })
  @Min(0, { message: '(bits per character, 0-8) is out of range' })
  @Max(8, { message: '(bits per character, 0-8) is out of range' })
  entropy?: number;

  @OptionalStrings()
  allow?: string[];

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  multiline?: boolean;
}

class ScanConfigAllowlist {
  @OptionalStrings()
  paths?: string[];

  @OptionalStrings()
  regexes?: string[];

  @OptionalStrings()
  stopwords?: string[];
}

export class ScanConfigFile {
  @IsOptional()
  @IsBoolean({ message: 'must be true (keep the built-in rules) or false' })
  extend?: boolean;

  @OptionalStrings()
  disabled_rules?: string[];

  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @IsObject({ each: true, message: RULE_MAPPING })
  @ValidateNested({ each: true })
  @Type(() => ScanConfigRule)
  rules?: ScanConfigRule[];

  @IsOptional()
  @IsObject({ message: `must be a mapping with keys ${ALLOWLIST_KEYS.join(', ')}` })
  @ValidateNested()
  @Type(() => ScanConfigAllowlist)
  allowlist?: ScanConfigAllowlist;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a positive number' })
  @IsPositive({ message: 'must be a positive number' })
  max_file_size_mb?: number;
}

// An issue as the file's author reads it: `rule "aws-x": pattern …`, `allowlist.paths …`.
function describeIssue(raw: Raw, issue: SchemaIssue): string {
  const [top, index, field] = issue.path.split('.');
  const accepted = (keys: readonly string[]) => ` (accepted: ${keys.join(', ')})`;
  if (top === 'rules' && index !== undefined) {
    const rule = (raw.rules as unknown[])[Number(index)];
    const id = isObject(rule) && typeof rule.id === 'string' ? rule.id : null;
    if (issue.unknownKey) return `rules[${index}]: ${issue.message}${accepted(RULE_KEYS)}`;
    if (field === undefined) return `rules[${index}] ${issue.message}`;
    // `rules[i].id` until the rule has a usable id, then the rule by its id
    return field === 'id' || id === null || !/^[a-z0-9][a-z0-9-]*$/.test(id)
      ? `rules[${index}].${field} ${issue.message}`
      : `rule "${id}": ${field} ${issue.message}`;
  }
  if (issue.unknownKey)
    return top === 'allowlist'
      ? `allowlist: ${issue.message}${accepted(ALLOWLIST_KEYS)}`
      : `config: ${issue.message}${accepted(TOP_KEYS)}`;
  return index === undefined ? `\`${top}\` ${issue.message}` : `${issue.path} ${issue.message}`;
}

/** The file's content as the schema reads it; calls `fail` with the first problem, described. */
export function checkScanConfig(raw: Raw, fail: (message: string) => never): ScanConfigFile {
  const { value, issues } = checkSchema(ScanConfigFile, raw, { unknownKeys: 'forbid' });
  return issues.length > 0 ? fail(describeIssue(raw, issues[0])) : value;
}
