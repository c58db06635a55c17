// A baseline is a previous JSON report: findings whose fingerprint it lists are not reported again.
import { ConfigError } from './scan-config';
import { FINGERPRINT_PATTERN } from './fingerprint.util';
import { fileErrorReason, readUserFile } from './file-error.util';

export function loadBaseline(file: string): Set<string> {
  let text: string;
  try {
    text = readUserFile(file);
  } catch (e) {
    throw new ConfigError(`cannot read baseline ${file}: ${fileErrorReason(e)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError(
      `baseline ${file} is not valid JSON: expected a report written by \`deployguard scan --format json\``,
    );
  }
  const findings = (raw as { findings?: unknown })?.findings;
  if (!Array.isArray(findings)) {
    throw new ConfigError(
      `baseline ${file} has no "findings" list: expected a report written by \`deployguard scan --format json\``,
    );
  }
  const out = new Set<string>();
  findings.forEach((f, i) => {
    const fp = (f as { fingerprint?: unknown })?.fingerprint;
    if (typeof fp !== 'string' || !FINGERPRINT_PATTERN.test(fp)) {
      throw new ConfigError(
        `baseline ${file}: findings[${i}] has no valid "fingerprint" (32 hex characters)`,
      );
    }
    out.add(fp);
  });
  return out;
}
