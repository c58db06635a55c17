// The public JSON finding contract, written out by hand rather than imported from the code under
// test, so a change to the report's fields fails the tests until it is made on purpose.
export const CONTRACT_FIELDS = [
  'fingerprint',
  'rule_id',
  'description',
  'severity',
  'confidence',
  'cwe',
  'file',
  'location',
  'line',
  'column',
  'end_line',
  'secret_preview',
  'entropy',
  'commit',
  'ref',
  'commit_boundary',
  'author',
  'email',
  'date',
  'message',
];
