// `deployguard clean` removes exactly the selected secrets and says "verified" only when it looked:
// whole tokens only, key fragments, binary leftovers, regexes, unmatched expressions, notes,
// incomplete repositories and catastrophic regexes — each through the built CLI on real repositories.
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectExit, runCli } from './support/cli-runner';
import { commitFiles, fixtureEnv, git, initRepo, makeTempDir, removeDir } from './support/git-fixtures';

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const PAT2 = 'ghp_' + 'Z7nW3qLx8TzK4pWn7YcB3dHf6JsA1gUe9QrT';
const SHORT = 'k9Qz2w';

jest.setTimeout(60_000);

describe('deployguard clean: exactly the secret, honestly verified (CLI process)', () => {
  let dir: string;
  let repo: string;
  const history = (path: string) => git(path, ['log', '--all', '-p', '--format=%H%n%B']);
  // `deployguard clean` of `repo` into `out` with a replace file holding `text`.
  const cleanReplacing = (text: string, out: string, ...extra: string[]) =>
    runCli(['clean', '--repo-path', repo, '--replace-file', replaceFile(text), '--output', out, ...extra]);
  const replaceFile = (text: string) => {
    const file = join(dir, `replace-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, text);
    return file;
  };

  beforeEach(() => {
    dir = makeTempDir('dg-clean-verify-');
    repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# demo\nSet your password and passport; bypass the cache.\n' }, 'init');
  });
  afterEach(() => removeDir(dir));

  describe('replaces whole tokens only', () => {
    it('a short value never eats longer words', async () => {
      commitFiles(repo, { 'deploy.sh': 'curl --user deploy:pass https://x\n' }, 'deploy');
      const out = join(dir, 'out.git');
      const run = await cleanReplacing('literal:pass\n', out);
      expectExit(run, 0);
      const text = history(out);
      expect(text).toContain('curl --user deploy:***REMOVED*** https://x');
      expect(text).toContain('Set your password and passport; bypass the cache.');
      expect(text).not.toContain('***REMOVED***word');
      expect(run.stderr).toMatch(
        /warning: weak value\(s\) replaced and checked only where they stand as whole tokens.*line 1/,
      );
    });

    it('a strong value is replaced also where it is glued to other letters, and verified', async () => {
      commitFiles(repo, { 'ci.txt': `token=${PAT}\nheader: x${PAT}z\n` }, 'ci');
      const out = join(dir, 'out.git');
      const run = await runCli(['clean', '--repo-path', repo, '--all', '--output', out]);
      expectExit(run, 0);
      expect(git(out, ['show', 'HEAD:ci.txt'])).toBe('token=***REMOVED***\nheader: x***REMOVED***z');
      expect(run.stderr).not.toContain('whole tokens');
    });

    it('--all skips short values and lists them by fingerprint, --allow-short replaces them as tokens', async () => {
      commitFiles(
        repo,
        {
          'app.env': `proxy = http://svc-proxy:${SHORT}@proxy.corp.acme.io:3128\nGITHUB_TOKEN=${PAT}\n`,
          'notes.txt': `ids: ${SHORT}x ${SHORT}\n`,
        },
        'config',
      );
      const out = join(dir, 'out.git');
      const run = await runCli(['clean', '--repo-path', repo, '--all', '--output', out]);
      expectExit(run, 0);
      expect(run.stderr).toMatch(
        /skipped 1 value\(s\) too weak .*[0-9a-f]{32} \(shorter than 8 characters\)/,
      );
      expect(run.stderr).not.toContain(SHORT);
      expect(history(out)).not.toContain(PAT);
      expect(history(out)).toContain(`svc-proxy:${SHORT}@`);

      const out2 = join(dir, 'out2.git');
      expectExit(await runCli(['clean', '--repo-path', repo, '--all', '--allow-short', '--output', out2]), 0);
      const cleaned = git(out2, ['show', 'HEAD:notes.txt']);
      expect(cleaned).toBe(`ids: ${SHORT}x ***REMOVED***`);
    });

    it('--all also finds and removes a secret in a file over the scan size cap', async () => {
      const big = Array.from({ length: 1000 }, (_, i) => `filler line ${i} lorem ipsum dolor`).join('\n');
      commitFiles(
        repo,
        { 'big.txt': `${big}\nGITHUB_TOKEN=${PAT2}\n`, 'small.env': `GITHUB_TOKEN=${PAT}\n` },
        'add',
      );
      const config = join(dir, 'scan.yaml');
      writeFileSync(config, 'max_file_size_mb: 0.01\n');
      const out = join(dir, 'out.git');
      const run = await runCli(['clean', '--repo-path', repo, '--all', '--config', config, '--output', out]);
      expectExit(run, 0);
      expect(history(out)).not.toContain(PAT2);
      expect(history(out)).not.toContain(PAT);
    });

    it('removes every body line of an edited private key wherever it appears', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
      const lines = pem.trim().split('\n');
      commitFiles(repo, { 'keys/deploy.pem': pem }, 'add key');
      // Later edits keep fragments: a few body lines pasted in a note, without the armor.
      commitFiles(
        repo,
        { 'keys/deploy.pem': null, 'docs/old-key.txt': `old key:\n${lines.slice(2, 5).join('\n')}\n` },
        'rm key',
      );
      const out = join(dir, 'out.git');
      const run = await runCli(['clean', '--repo-path', repo, '--all', '--output', out]);
      expectExit(run, 0);
      const text = history(out);
      for (const line of lines.slice(1, -1)) if (line.length >= 20) expect(text).not.toContain(line);
      expect(git(out, ['show', 'HEAD:docs/old-key.txt'])).toBe(
        'old key:\n***REMOVED***\n***REMOVED***\n***REMOVED***',
      );
    });
  });

  describe('copies of a selected value', () => {
    const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYzq9Kw2Lp8Tr+Vn4';

    it('removes its percent-encoded and base64 copies (a URL, a Kubernetes Secret, a longer base64 run)', async () => {
      const encoded = Buffer.from(AWS_SECRET).toString('base64');
      const inRun = Buffer.from(`[default]\naws_secret_access_key = ${AWS_SECRET}\n`).toString('base64');
      commitFiles(
        repo,
        {
          '.env': `aws_secret_access_key=${AWS_SECRET}\n`,
          // Lower-case hex escapes, as some clients write them.
          'run.sh': `curl 'https://s3.example.com/b?X-Sig=${encodeURIComponent(AWS_SECRET).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}'\n`,
          'k8s/secret.yaml': `kind: Secret\ndata:\n  key: ${encoded}\n  credentials: ${inRun}\n`,
        },
        'config',
      );
      const out = join(dir, 'out.git');
      const run = await cleanReplacing(`literal:${AWS_SECRET}\n`, out);
      expectExit(run, 0);
      const text = history(out);
      expect(text).not.toContain(AWS_SECRET);
      expect(text.toLowerCase()).not.toContain(encodeURIComponent(AWS_SECRET).toLowerCase().slice(0, 16));
      // No base64 copy can be decoded back to the value at any alignment.
      for (const line of git(out, ['show', 'HEAD:k8s/secret.yaml']).split('\n'))
        for (let skip = 0; skip < 4; skip++)
          expect(
            Buffer.from(line.trim().split(' ').pop()!.slice(skip), 'base64').toString('latin1'),
          ).not.toContain(AWS_SECRET.slice(0, 16));
      expect(git(out, ['show', 'HEAD:run.sh'])).toBe(`curl 'https://s3.example.com/b?X-Sig=***REMOVED***'`);
    });

    it('removes wrapped copies: base64 at 76 columns, a key rewrapped at 70, JSON with \\/; JSON escapes stay', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
      const body = pem.trim().split('\n').slice(1, -1).join('');
      const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
      const envFile = `GITHUB_TOKEN=${PAT}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET}\nDEBUG=1\n`;
      commitFiles(repo, { 'keys/id_rsa': pem, 'app.env': envFile }, 'secrets');
      commitFiles(
        repo,
        {
          'keys/id_rsa.b64': wrap(Buffer.from(pem).toString('base64'), 76) + '\n',
          'app.env.b64': wrap(Buffer.from(envFile).toString('base64'), 76) + '\n',
          'keys/rewrapped.pem': `-----BEGIN RSA PRIVATE KEY-----\n${wrap(body, 70)}\n-----END RSA PRIVATE KEY-----\n`,
          'sa.json': `{"private_key": ${JSON.stringify(pem)}, "aws": "${AWS_SECRET.replace(/\//g, '\\/')}"}\n`,
        },
        'copies',
      );
      const scan = JSON.parse((await runCli(['scan', '--repo-path', repo, '--format', 'json'])).stdout);
      // Only the original files' findings are selected: the copies must go with them.
      const ids = scan.findings
        .filter((f: { file: string }) => f.file === 'keys/id_rsa' || f.file === 'app.env')
        .map((f: { fingerprint: string }) => f.fingerprint);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      const out = join(dir, 'out.git');
      expectExit(await runCli(['clean', '--repo-path', repo, '--secret-id', ...ids, '--output', out]), 0);
      const decoded = (path: string) =>
        Buffer.from(
          git(out, ['show', `HEAD:${path}`]).replace(/\*\*\*REMOVED\*\*\*|\n/g, ''),
          'base64',
        ).toString('latin1');
      for (const secret of [PAT, AWS_SECRET, body.slice(100, 140)]) {
        expect(history(out)).not.toContain(secret);
        expect(decoded('keys/id_rsa.b64') + decoded('app.env.b64')).not.toContain(secret.slice(0, 24));
      }
      expect(
        git(out, ['show', 'HEAD:keys/rewrapped.pem'])
          .split('\n')
          .filter((l) => !l.includes('REMOVED') && !l.startsWith('-----')),
      ).toEqual([]);
      const json = JSON.parse(git(out, ['show', 'HEAD:sa.json']));
      expect(json.aws).toBe('***REMOVED***');
      expect(json.private_key).toMatch(
        /^-----BEGIN RSA PRIVATE KEY-----\n(\*\*\*REMOVED\*\*\*\n)+-----END RSA PRIVATE KEY-----\n$|^\*\*\*REMOVED\*\*\*$/,
      );
    });

    it('the same key in LF and CRLF files, both selected by --all, is matched for both', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
      commitFiles(repo, { id_rsa: pem, 'key_crlf.pem': pem.replace(/\n/g, '\r\n') }, 'keys');
      const out = join(dir, 'out.git');
      const run = await runCli(['clean', '--repo-path', repo, '--all', '--output', out]);
      expectExit(run, 0);
      expect(run.stderr).not.toContain('matched nothing');
      expect(git(out, ['show', 'HEAD:id_rsa'])).toBe('***REMOVED***');
    });
  });

  describe('file and directory names', () => {
    it('a weak value or a regex never renames a path; a strong value used as a name does', async () => {
      commitFiles(
        repo,
        {
          '.env': 'DB_PASSWORD=admin\n',
          'src/admin/views.py': 'def index(): pass\n',
          'admin.md': '# admin\n',
          'zqq.txt': 'zqq\n',
          [`tokens/${PAT}.txt`]: 'used as a name\n',
        },
        'app',
      );
      const out = join(dir, 'out.git');
      const run = await cleanReplacing(
        `literal:admin\nregex:zq+\nliteral:${PAT}\n`,
        out,
        '--allow-unmatched',
      );
      expectExit(run, 0);
      const files = git(out, ['ls-tree', '-r', '--name-only', 'HEAD']).split('\n');
      expect(files).toEqual(
        expect.arrayContaining(['src/admin/views.py', 'admin.md', 'zqq.txt', 'tokens/***REMOVED***.txt']),
      );
      expect(git(out, ['show', 'HEAD:.env'])).toBe('DB_PASSWORD=***REMOVED***');
      expect(git(out, ['show', 'HEAD:zqq.txt'])).toBe('***REMOVED***');
    });

    it('a branch named with a selected value fails the verification, named without the value', async () => {
      commitFiles(repo, { 'ci.txt': `token=${PAT}\n` }, 'ci');
      git(repo, ['branch', `leak-${PAT}`]);
      const out = join(dir, 'out.git');
      const run = await cleanReplacing(`literal:${PAT}\n`, out);
      expectExit(run, 2);
      expect(run.stderr).toContain('ref refs/heads/leak-***REMOVED*** (rename or delete the ref)');
      expect(run.stderr).not.toContain(PAT);
      git(repo, ['branch', '-D', `leak-${PAT}`]);
      expectExit(await cleanReplacing(`literal:${PAT}\n`, join(dir, 'out2.git')), 0);
    });

    it('--all leaves out a value that is also an author, naming the files it stays in, masked', async () => {
      mkdirSync(join(repo, 'tokens'), { recursive: true });
      writeFileSync(join(repo, 'tokens', `${PAT}.txt`), `token=${PAT}\n`);
      git(repo, ['add', '.']);
      git(repo, ['commit', '-q', '-m', 'ci token'], { ...fixtureEnv(), GIT_AUTHOR_NAME: `ci ${PAT}` });
      const run = await runCli(['clean', '--repo-path', repo, '--all', '--output', join(dir, 'out.git')]);
      expect(run.stderr).toMatch(/so also left in tokens\/ghp\*+[A-Za-z0-9]{3}\.txt/);
      expect(run.stderr).not.toContain(PAT);
    });

    it('a one-letter literal is not "still present" because of a byte of an object id in a tree', async () => {
      commitFiles(repo, { 'notes.txt': 'a b c\n' }, 'letters');
      const out = join(dir, 'out.git');
      const run = await cleanReplacing('literal:a\n', out);
      expectExit(run, 0);
      expect(run.stderr).not.toContain('still present');
      expect(git(out, ['show', 'HEAD:notes.txt'])).toBe('***REMOVED*** b c');
    });
  });

  describe('verification that is honest', () => {
    it('fails on a value left in a binary file, naming blob, path and commit, unless binary leftovers are allowed', async () => {
      const binary = Buffer.concat([
        Buffer.from([0, 1, 2, 3]),
        Buffer.from(`token=${PAT}`),
        Buffer.from([0]),
      ]);
      const commit = commitFiles(
        repo,
        { 'app.env': `GITHUB_TOKEN=${PAT}\n`, 'assets/blob.bin': binary },
        'add',
      );
      const file = replaceFile(`literal:${PAT}\n`);
      const out = join(dir, 'out.git');
      const run = await runCli(['clean', '--repo-path', repo, '--replace-file', file, '--output', out]);
      expectExit(run, 2);
      expect(run.stderr).toMatch(
        /verification failed: values still present: line 1 \(binary files only\) \(blob [0-9a-f]{10} at assets\/blob\.bin in commit [0-9a-f]{10}\)/,
      );
      expect(run.stderr).not.toContain(PAT);
      expect(commit).toMatch(/^[0-9a-f]{40}$/);
      const report = JSON.parse(readFileSync(join(out, 'deployguard-clean-report.json'), 'utf8'));
      expect(report.verification.verified).toBe(false);
      expect(report.verification.remaining[0].binary_only).toBe(true);

      const out2 = join(dir, 'out2.git');
      const allowed = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--replace-file',
        file,
        '--output',
        out2,
        '--allow-binary-leftovers',
      ]);
      expectExit(allowed, 0);
      expect(allowed.stderr).toMatch(/warning: values left in binary files, accepted: line 1/);
    });

    it('verifies regex expressions: a replacement that keeps the match fails', async () => {
      commitFiles(repo, { 'app.env': `GITHUB_TOKEN=${PAT}\n` }, 'add');
      const keep = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--replace-file',
        replaceFile('regex:ghp_[A-Za-z0-9]{36}==>$&\n'),
        '--output',
        join(dir, 'keep.git'),
      ]);
      expectExit(keep, 2);
      expect(keep.stderr).toMatch(/values still present: line 1 \(blob [0-9a-f]{10} at app\.env in commit/);
      // A regex whose result holds its own replacement text is not a leftover.
      const ok = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--replace-file',
        replaceFile('regex:GITHUB_TOKEN=.*==>GITHUB_TOKEN=[gone]\n'),
        '--output',
        join(dir, 'ok.git'),
      ]);
      expectExit(ok, 0);
      expect(history(join(dir, 'ok.git'))).toContain('GITHUB_TOKEN=[gone]');
    });

    it('a regex replaced by its own match ($&) fails: the value stays in the file and in the message', async () => {
      // The commit's message and tree do not change, so it keeps its id: the verification must
      // still look at it (the rewrite found the value there), not only at what the clean wrote.
      const commit = commitFiles(repo, { 'app.env': `GITHUB_TOKEN=${PAT}\n` }, `add ${PAT2}`);
      const out = join(dir, 'same.git');
      const run = await cleanReplacing('regex:ghp_\\w+==>$&\n', out);
      expectExit(run, 2);
      expect(run.stderr).toMatch(/verification failed: values still present: line 1 \(/);
      expect(run.stderr).not.toContain(PAT);
      const report = JSON.parse(readFileSync(join(out, 'deployguard-clean-report.json'), 'utf8'));
      expect(report.verification.verified).toBe(false);
      const [left] = report.verification.remaining;
      expect(left.objects).toEqual(
        expect.arrayContaining([`commit ${commit}`, `blob ${git(repo, ['rev-parse', 'HEAD:app.env'])}`]),
      );
      expect(git(out, ['log', '-1', '--format=%B', 'HEAD'])).toContain(PAT2);
    });

    it('an expression that matched nothing fails unless allowed; Windows whitespace is trimmed with a warning', async () => {
      commitFiles(repo, { 'app.env': `GITHUB_TOKEN=${PAT}\n` }, 'add');
      // `echo value > file` on Windows writes `value \r\n`.
      const windows = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--replace-file',
        replaceFile(`${PAT} \r\n`),
        '--output',
        join(dir, 'win.git'),
      ]);
      expectExit(windows, 0);
      expect(windows.stderr).toMatch(
        /warning: replace file line 1: leading\/trailing whitespace or CR removed/,
      );
      expect(history(join(dir, 'win.git'))).not.toContain(PAT);

      const file = replaceFile(`literal:${PAT}\nliteral:${PAT2}\n`);
      const unmatched = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--replace-file',
        file,
        '--output',
        join(dir, 'u.git'),
      ]);
      expectExit(unmatched, 2);
      expect(unmatched.stderr).toMatch(/expression\(s\) that matched nothing anywhere: line 2/);
      const allowed = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--replace-file',
        file,
        '--output',
        join(dir, 'a.git'),
        '--allow-unmatched',
        '--format',
        'json',
      ]);
      expectExit(allowed, 0);
      expect(allowed.stderr).toMatch(
        /warning: expression\(s\) that matched nothing anywhere, accepted: line 2/,
      );
      const report = JSON.parse(allowed.stdout);
      expect(report.verification.unmatched).toEqual(['line 2']);
      expect(report.replacements.map((r: { occurrences: number }) => r.occurrences)).toEqual([1, 0]);
      // The report is snake_case, like the scan report.
      expect(report.rewrite_ms).toEqual(expect.any(Number));
      expect(report.totals.commits_changed).toBe(1);
      expect(JSON.stringify(report)).not.toContain(PAT);
    });
  });

  it('rewrites notes to the new commit ids and cleans their text', async () => {
    const commit = commitFiles(repo, { 'app.env': `GITHUB_TOKEN=${PAT}\n` }, 'add');
    git(repo, ['notes', 'add', '-m', `deployed with ${PAT}`, commit]);
    const out = join(dir, 'out.git');
    expectExit(await cleanReplacing(`${PAT}\n`, out), 0);
    const head = git(out, ['rev-parse', 'HEAD']);
    expect(head).not.toBe(commit);
    expect(git(out, ['notes', 'show', head])).toBe('deployed with ***REMOVED***');
    expect(
      git(out, ['notes', 'list'])
        .split('\n')
        .map((l) => l.split(' ')[1]),
    ).toEqual([head]);
    expect(git(out, ['fsck', '--strict'])).toBe('');
  });

  describe('incomplete repositories fail fast, before any work', () => {
    beforeEach(() => {
      commitFiles(repo, { 'app.env': `GITHUB_TOKEN=${PAT}\n` }, 'add');
      commitFiles(repo, { 'app.env': 'GITHUB_TOKEN=${GITHUB_TOKEN}\n' }, 'env');
    });
    const clean = (path: string) =>
      runCli([
        'clean',
        '--repo-path',
        path,
        '--replace-file',
        replaceFile(`${PAT}\n`),
        '--output',
        join(dir, 'o.git'),
      ]);

    it('a shallow clone', async () => {
      const shallow = join(dir, 'shallow');
      git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
      const t0 = Date.now();
      const run = await clean(shallow);
      expectExit(run, 2);
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(run.stderr).toMatch(/is a shallow clone: .*git fetch --unshallow/);
    });

    it('a partial clone', async () => {
      git(repo, ['config', 'uploadpack.allowFilter', 'true']);
      const partial = join(dir, 'partial');
      git(dir, ['clone', '-q', '--filter=blob:none', '--no-checkout', `file://${repo}`, partial]);
      const run = await clean(partial);
      expectExit(run, 2);
      expect(run.stderr).toMatch(/is a partial clone \(.*promisor.*\)/);
    });

    it('a repository with a missing object, named', async () => {
      const blob = git(repo, ['rev-parse', 'HEAD~1:app.env']);
      rmSync(join(repo, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
      const run = await clean(repo);
      expectExit(run, 2);
      expect(run.stderr).toContain(`is incomplete (1 missing object(s): ${blob})`);
      expect(readdirSync(dir)).not.toContain('o.git');
    });
  });

  describe('regular expressions run in linear time', () => {
    it('a catastrophic pattern finishes, and unsupported syntax gets a clear error', async () => {
      // A backtracking engine tries 2^40 ways on the run of a's before the b.
      commitFiles(repo, { 'data.txt': 'a'.repeat(40) + 'b\naaaa' }, 'add');
      const out = join(dir, 'o.git');
      const run = await runCli(
        ['clean', '--repo-path', repo, '--replace-file', replaceFile('regex:(a+)+$\n'), '--output', out],
        { timeoutMs: 30_000 },
      );
      expectExit(run, 0);
      expect(git(out, ['show', 'HEAD:data.txt'])).toBe('a'.repeat(40) + 'b\n***REMOVED***');
      const look = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--replace-file',
        replaceFile('regex:(?<=x)token\n'),
      ]);
      expectExit(look, 2);
      expect(look.stderr).toMatch(
        /line 1: regular expression uses syntax the linear-time engine \(RE2\) does not support/,
      );
    });
  });
});
