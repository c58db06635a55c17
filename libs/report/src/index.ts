export * from './report.types';
export * from './format';
export { formatJson } from './json.format';
export { formatSarif, fileToUri } from './sarif.format';
export { formatCsv, neutralizeFormula } from './csv.format';
export { formatTable, type TableOptions } from './table.format';
export { CONFIDENCES, FINDING_FIELDS, meetsConfidence, sortFindings } from './finding-fields.util';
export { emptyStats, keepFindings } from './report-filter.util';
