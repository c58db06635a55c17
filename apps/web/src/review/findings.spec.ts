import type { Finding } from '../api/views';
import {
  filterGroups,
  groupBySecret,
  groupMark,
  marksOf,
  NO_FILTER,
  selectionBody,
  withMark,
} from './findings';

let next = 0;
function finding(extra: Partial<Finding>): Finding {
  next += 1;
  return {
    id: `f${next}`,
    value_group: 'g1',
    rule_id: 'github-pat',
    secret_type: 'GitHub token',
    severity: 'high',
    secret_value_preview: 'ghp_*****AB',
    file_path: `src/file${next}.js`,
    location: 'file',
    ref: null,
    line: 1,
    commit_sha: `${next}`.repeat(40).slice(0, 40),
    author: 'Ann',
    commit_date: null,
    confidence: 'high',
    fingerprint: null,
    is_new: true,
    selected_for_cleaning: false,
    false_positive: false,
    ...extra,
  };
}

describe('the review model', () => {
  const pat1 = finding({ id: 'pat1' });
  const pat2 = finding({ id: 'pat2', commit_sha: pat1.commit_sha, severity: 'critical' });
  const aws = finding({
    id: 'aws',
    value_group: 'g2',
    rule_id: 'aws',
    severity: 'medium',
    confidence: 'low',
  });
  const pem = finding({
    id: 'pem',
    value_group: 'g3',
    rule_id: 'pem',
    severity: 'critical',
    file_path: null,
    location: 'commit-message',
  });
  const all = [aws, pat1, pem, pat2];

  it('groups findings of one value; the worst severity leads, then the most places', () => {
    const groups = groupBySecret(all);
    expect(groups.map((g) => g.key)).toEqual(['g1', 'g3', 'g2']);
    expect(groups[0]).toMatchObject({ severity: 'critical', ruleIds: ['github-pat'] });
    expect(groups[0].findings.map((f) => f.id)).toEqual(['pat1', 'pat2']);
    expect(groups[0].commits).toHaveLength(1);
    expect(groups[1].paths).toEqual(['(commit-message)']);
  });

  it('filters findings inside groups and drops the groups left empty', () => {
    const marks = marksOf(all);
    const bySearch = filterGroups(groupBySecret(all), { ...NO_FILTER, search: pat2.file_path! }, marks);
    expect(bySearch.map((g) => g.findings.map((f) => f.id))).toEqual([['pat2']]);
    const byConfidence = filterGroups(groupBySecret(all), { ...NO_FILTER, confidence: 'low' }, marks);
    expect(byConfidence.map((g) => g.key)).toEqual(['g2']);
    const byMark = filterGroups(
      groupBySecret(all),
      { ...NO_FILTER, mark: 'clean' },
      withMark(marks, ['pem'], 'clean'),
    );
    expect(byMark.map((g) => g.key)).toEqual(['g3']);
  });

  it('starts from the saved marks and says when a group is mixed', () => {
    const marks = marksOf([{ ...pat1, selected_for_cleaning: true }, pat2, { ...aws, false_positive: true }]);
    const [pat, , awsGroup] = groupBySecret(all);
    expect(groupMark(pat, marks)).toBe('mixed');
    expect(groupMark(pat, withMark(marks, ['pat2'], 'clean'))).toBe('clean');
    expect(groupMark(awsGroup, marks)).toBe('false_positive');
  });

  it('turns marks into the body that replaces the saved selection', () => {
    const marks = withMark(withMark(marksOf(all), ['pat1', 'pat2'], 'clean'), ['aws'], 'false_positive');
    expect(selectionBody(marks)).toEqual({ secret_ids: ['pat1', 'pat2'], mark_false_positives: ['aws'] });
    expect(selectionBody(withMark(marks, ['aws'], 'none')).mark_false_positives).toEqual([]);
  });
});
