import { defaultRules, Detector } from '@deployguard/detect';
import type { Finding } from '@deployguard/report';
import { maskValuesInFiles, secretsInNames } from './file-names';

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const STRIPE = 'sk_live_' + 'Hq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5';

describe('secretsInNames', () => {
  const detector = new Detector(defaultRules);
  const found = (names: string[]) =>
    secretsInNames(detector, names).map(({ raw, name }) => [name, raw.ruleId, raw.column, raw.secret]);

  it('finds a token that starts a name, or follows a `/`, `_`, `-` or `.`, at its column', () => {
    expect(
      found([
        `${PAT}.txt`,
        `keys/${PAT}/a`,
        `backup_${STRIPE}.txt`,
        `tok-${PAT}`,
        `keys.${PAT}`,
        'README.md',
      ]),
    ).toEqual([
      [0, 'github-pat', 1, PAT],
      [1, 'github-pat', 6, PAT],
      [2, 'stripe-secret-key', 8, STRIPE],
      [3, 'github-pat', 5, PAT],
      [4, 'github-pat', 6, PAT],
    ]);
  });

  it('finds a token a joiner follows (`ghp_…_old`), two in one name, and one in a name with a line break', () => {
    expect(found([`${PAT}_old`, `two_${PAT}_${STRIPE}.txt`, `nl\n${PAT}`, 'plain.txt'])).toEqual([
      [0, 'github-pat', 1, PAT],
      [1, 'github-pat', 5, PAT],
      [1, 'stripe-secret-key', 46, STRIPE],
      [2, 'github-pat', 4, PAT],
    ]);
  });

  it('reports a token once, not again from the parts inside it', () => {
    expect(found([`x/${STRIPE}`])).toEqual([[0, 'stripe-secret-key', 3, STRIPE]]);
  });

  it('scans a crafted name of many joiners in bounded time', () => {
    const started = Date.now();
    expect(found(['a_'.repeat(50_000), `${'b-'.repeat(30_000)}/${PAT}`])).toEqual([
      [1, 'github-pat', 60_002, PAT],
    ]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('maskValuesInFiles', () => {
  const finding = (fingerprint: string, file: string | null): Finding =>
    ({ fingerprint, file, location: 'file', ref: null }) as Finding;

  it('masks every found value in every file name, and keeps the real names by fingerprint', () => {
    const { findings, realFiles } = maskValuesInFiles(
      [finding('a', `tokens/${PAT}.txt`), finding('b', 'src/app.js'), finding('c', null)],
      [STRIPE, PAT],
    );
    expect(findings.map((f) => f.file)).toEqual(['tokens/ghp*****NkV.txt', 'src/app.js', null]);
    expect([...realFiles]).toEqual([['a', `tokens/${PAT}.txt`]]);
  });

  it("masks a value in a finding's ref (a branch or a tag named after a token)", () => {
    const tagged = { ...finding('t', null), ref: `refs/tags/rel-${PAT}` };
    expect(maskValuesInFiles([tagged], [PAT]).findings[0].ref).toBe('refs/tags/rel-ghp*****NkV');
  });

  it('masks a value inside another with the longer one', () => {
    const { findings } = maskValuesInFiles([finding('a', `${STRIPE}.bak`)], ['Hq7Lk2Rp', STRIPE]);
    expect(findings[0].file).toBe('sk_*****Jd5.bak');
  });
});
