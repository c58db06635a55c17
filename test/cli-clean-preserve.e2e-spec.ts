// A clean keeps everything that is not a secret (issue 15): stash entries, reflog-only commits,
// tags of blobs and trees, case-different paths, refs. Through the built CLI, on real repositories.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectExit, runCli } from './support/cli-runner';
import { commitFiles, git, initRepo, listRefs, makeTempDir, removeDir } from './support/git-fixtures';
import { startGitHttpServer } from './support/git-http-server';

// Each test runs the CLI a few times; the machine may be busy.
jest.setTimeout(30_000);
const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';

// `deployguard clean` of `repo` by a replace file into `out`, with a JSON report; it must exit 0.
async function cleanToJson(repo: string, file: string, out: string, extra: string[] = []) {
  const run = await runCli([
    'clean',
    '--repo-path',
    repo,
    '--replace-file',
    file,
    '--output',
    out,
    '--format',
    'json',
    ...extra,
  ]);
  expectExit(run, 0);
  return run;
}

describe('deployguard clean keeps what is not a secret (CLI process)', () => {
  let dir: string;
  let repo: string;

  beforeEach(() => {
    dir = makeTempDir('dg-clean-keep-');
    repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# demo\n', 'notes.txt': 'notes\n' }, 'init');
    commitFiles(repo, { 'config/app.env': `GITHUB_TOKEN=${PAT}\n` }, 'add config');
    commitFiles(repo, { 'config/app.env': 'GITHUB_TOKEN=${GITHUB_TOKEN}\n' }, 'use env var');
  });
  afterEach(() => removeDir(dir));

  const stashList = (path: string) =>
    git(path, ['log', '--walk-reflogs', '--format=%gs', 'refs/stash', '--']);

  // Two pieces of work in the stash; the newer one holds the secret again and an untracked file.
  const makeStashes = () => {
    writeFileSync(join(repo, 'README.md'), '# demo\nfirst piece of work\n');
    git(repo, ['stash', 'push', '-q', '-m', 'first work']);
    writeFileSync(join(repo, 'config/app.env'), `GITHUB_TOKEN=${PAT}\nDEBUG=1\n`);
    writeFileSync(join(repo, 'draft.txt'), 'untracked draft\n');
    git(repo, ['stash', 'push', '-q', '-u', '-m', 'second work']);
    return stashList(repo);
  };

  it('a clone keeps refs/remotes/origin/HEAD, a symbolic ref, in the mirror', async () => {
    const clone = join(dir, 'clone');
    git(dir, ['clone', '-q', repo, clone]);
    expect(git(clone, ['symbolic-ref', 'refs/remotes/origin/HEAD'])).toBe('refs/remotes/origin/main');
    const out = join(dir, 'clone-clean.git');
    expectExit(await runCli(['clean', '--repo-path', clone, '--all', '--output', out]), 0);
    expect(git(out, ['symbolic-ref', 'refs/remotes/origin/HEAD'])).toBe('refs/remotes/origin/main');
  });

  describe('stash entries', () => {
    it('survive an in-place clean, rewritten, and `git stash pop` brings each piece of work back', async () => {
      const before = makeStashes();
      expect(before.split('\n')).toHaveLength(2);
      const run = await runCli(['clean', '--repo-path', repo, '--all', '--in-place', '--format', 'json']);
      expectExit(run, 0);
      const report = JSON.parse(run.stdout);
      expect(report.preserved.stash).toEqual({ before: 2, restored: 2, dropped: [] });

      expect(stashList(repo)).toBe(before);
      expect(git(repo, ['log', '--walk-reflogs', '-p', '--all', 'refs/stash', '--'])).not.toContain(PAT);
      git(repo, ['stash', 'pop', '-q']);
      expect(readFileSync(join(repo, 'config/app.env'), 'utf8')).toBe(
        'GITHUB_TOKEN=***REMOVED***\nDEBUG=1\n',
      );
      expect(readFileSync(join(repo, 'draft.txt'), 'utf8')).toBe('untracked draft\n');
      git(repo, ['stash', 'pop', '-q']);
      expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('# demo\nfirst piece of work\n');
      expect(git(repo, ['stash', 'list'])).toBe('');
    });

    it('an older stash entry is scanned, and --all cleans it', async () => {
      const slack = 'xoxb-' + '2234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';
      writeFileSync(join(repo, '.env'), `SLACK_TOKEN=${slack}\n`);
      git(repo, ['stash', 'push', '-q', '-u', '-m', 'first']);
      writeFileSync(join(repo, 'README.md'), '# demo\nharmless\n');
      git(repo, ['stash', 'push', '-q', '-m', 'second']);
      const scan = JSON.parse((await runCli(['scan', '--repo-path', repo, '--format', 'json'])).stdout);
      expect(scan.findings.map((f: { file: string }) => f.file)).toContain('.env');
      const out = join(dir, 'clean.git');
      expectExit(await runCli(['clean', '--repo-path', repo, '--all', '--output', out]), 0);
      expect(git(out, ['log', '--walk-reflogs', '-p', 'refs/stash', '--'])).not.toContain(slack);
      expect(git(out, ['show', 'stash@{1}^3:.env'])).toBe('SLACK_TOKEN=***REMOVED***');
    });

    it('keep their messages without a selected value (a stash made on a commit whose subject holds it)', async () => {
      commitFiles(repo, { 'notes.txt': 'notes 2\n' }, `rotate ${PAT}`);
      writeFileSync(join(repo, 'README.md'), '# demo\nwork\n');
      git(repo, ['stash', 'push', '-q']);
      expect(stashList(repo)).toContain(PAT);
      for (const where of [['--output', join(dir, 'clean.git')], ['--in-place']]) {
        expectExit(await runCli(['clean', '--repo-path', repo, '--all', ...where]), 0);
        const result = where[0] === '--output' ? where[1] : repo;
        expect(stashList(result)).toMatch(/^WIP on main: [0-9a-f]+ rotate \*\*\*REMOVED\*\*\*$/);
        expect(
          readFileSync(join(result, result === repo ? '.git/logs/refs/stash' : 'logs/refs/stash'), 'utf8'),
        ).not.toContain(PAT);
      }
    });

    it('survive into the mirror, rewritten', async () => {
      const before = makeStashes();
      const out = join(dir, 'clean.git');
      expectExit(await runCli(['clean', '--repo-path', repo, '--all', '--output', out]), 0);
      expect(stashList(out)).toBe(before);
      // A bare mirror has no work tree to pop into: read each entry's work as `git stash show` would.
      expect(git(out, ['diff', 'stash@{1}^1', 'stash@{1}'])).toContain('+first piece of work');
      expect(git(out, ['diff', 'stash@{0}^1', 'stash@{0}'])).toContain('+GITHUB_TOKEN=***REMOVED***');
      expect(git(out, ['show', 'stash@{0}^3:draft.txt'])).toBe('untracked draft');
      expect(git(out, ['log', '--walk-reflogs', '-p', 'refs/stash', '--'])).not.toContain(PAT);
      expect(git(out, ['fsck', '--strict', '--no-dangling'])).toBe('');
    });

    it('reflog-only commits stay reachable under the backup refs of an in-place clean', async () => {
      const lost = commitFiles(repo, { 'experiment.txt': 'an experiment\n' }, 'experiment');
      git(repo, ['reset', '-q', '--hard', 'HEAD~1']);
      const run = await runCli(['clean', '--repo-path', repo, '--all', '--in-place', '--format', 'json']);
      expectExit(run, 0);
      const report = JSON.parse(run.stdout);
      expect(report.backup.reflog_commits).toBe(1);
      expect(listRefs(repo)[`${report.backup.namespace}/reflog/${lost}`]).toBe(lost);
      expect(git(repo, ['show', `${lost}:experiment.txt`])).toBe('an experiment');
      // A scan afterwards still sees the old history through the backup, and says so.
      const scan = await runCli(['scan', '--repo-path', repo, '--format', 'json']);
      expect(scan.stderr).toMatch(
        /ref\(s\) under refs\/deployguard-backup\/ keep the history from before an in-place clean/,
      );
      expect(JSON.parse(scan.stdout).warnings).toEqual(
        expect.arrayContaining([expect.stringContaining('git update-ref --stdin, then git gc --prune=now')]),
      );
    });
  });
  describe('tags of blobs and trees', () => {
    it('a value only in a tagged blob is cleaned and counted (not "unmatched")', async () => {
      const npmToken = 'npm_' + 'Q7wE9rT2yU4iO6pA8sD1fG3hJ5kL0zX2cV4b';
      writeFileSync(join(dir, 'npm.env'), `NPM_TOKEN=${npmToken}\n`);
      git(repo, ['tag', 'blobtag', git(repo, ['hash-object', '-w', join(dir, 'npm.env')])]);
      writeFileSync(join(dir, 'replace.txt'), `literal:${npmToken}\n`);
      const out = join(dir, 'clean.git');
      const run = await cleanToJson(repo, join(dir, 'replace.txt'), out);
      const report = JSON.parse(run.stdout);
      expect(report.replacements[0]).toMatchObject({ occurrences: 1, tags: ['blobtag'] });
      expect(git(out, ['cat-file', '-p', 'blobtag'])).toBe('NPM_TOKEN=***REMOVED***');
    });

    // A lightweight tag on the config blob holding the secret, an annotated tag on the tree that
    // holds it, an annotated tag on a tree without any secret.
    const makeObjectTags = () => {
      const secretCommit = git(repo, ['rev-parse', 'HEAD~1']);
      git(repo, ['tag', 'config-blob', `${secretCommit}:config/app.env`]);
      git(repo, ['tag', '-a', '-m', 'the tree of the release', 'release-tree', `${secretCommit}^{tree}`]);
      git(repo, ['tag', '-a', '-m', 'first tree', 'first-tree', 'HEAD~2^{tree}']);
      return listRefs(repo);
    };

    for (const mode of ['mirror', 'in-place'] as const) {
      it(`are rewritten and moved, never dropped (${mode})`, async () => {
        const before = makeObjectTags();
        const out = mode === 'mirror' ? join(dir, 'clean.git') : repo;
        const where = mode === 'mirror' ? ['--output', out] : ['--in-place'];
        const run = await runCli(['clean', '--repo-path', repo, '--all', ...where, '--format', 'json']);
        expectExit(run, 0);
        const report = JSON.parse(run.stdout);
        expect(report.verification.verified).toBe(true);
        // main and the three tags kept; the two commits from the leak on compared path by path.
        expect(report.verification.preservation).toEqual({
          duration_ms: expect.any(Number),
          waited_ms: expect.any(Number),
          refs_kept: 4,
          refs_dropped: [],
          commits_compared: 2,
          problems: [],
        });
        const after = listRefs(out);
        const blobTag = after['refs/tags/config-blob'];
        expect(blobTag).toBeDefined();
        expect(blobTag).not.toBe(before['refs/tags/config-blob']);
        expect(git(out, ['cat-file', '-p', blobTag])).toBe('GITHUB_TOKEN=***REMOVED***');
        // The annotated tag is a new tag object on a new tree; every path is still there.
        expect(git(out, ['cat-file', '-t', 'release-tree'])).toBe('tag');
        expect(git(out, ['cat-file', '-p', 'release-tree'])).toContain('the tree of the release');
        expect(git(out, ['ls-tree', '-r', '--name-only', 'release-tree^{tree}']).split('\n')).toEqual([
          'README.md',
          'config/app.env',
          'notes.txt',
        ]);
        expect(git(out, ['show', 'release-tree^{tree}:config/app.env'])).toBe('GITHUB_TOKEN=***REMOVED***');
        // Nothing to clean in the first tree: the tag is kept as it was.
        expect(after['refs/tags/first-tree']).toBe(before['refs/tags/first-tree']);
        expect(
          report.preserved.object_tags.map((t: { ref: string; type: string }) => `${t.ref} ${t.type}`).sort(),
        ).toEqual(['refs/tags/config-blob blob', 'refs/tags/first-tree tree', 'refs/tags/release-tree tree']);
        expect(git(out, ['fsck', '--strict', '--no-dangling'])).toBe('');
      });
    }
  });
  describe('a clone made on a case-insensitive system (core.ignoreCase=true)', () => {
    for (const mode of ['mirror', 'in-place'] as const) {
      it(`keeps paths that differ only by case, and the ids of commits without secrets (${mode})`, async () => {
        const cased = initRepo(join(dir, 'cased'));
        commitFiles(
          cased,
          { 'README.md': '# upper\n', 'readme.md': 'lower\n', 'Guide.md': 'guide\n' },
          'both readmes',
        );
        git(cased, ['mv', 'Guide.md', 'guide.md']);
        git(cased, ['commit', '-q', '-m', 'case-only rename']);
        const untouched = git(cased, ['rev-list', 'HEAD']).split('\n');
        commitFiles(cased, { 'app.env': `GITHUB_TOKEN=${PAT}\n` }, 'leak');
        commitFiles(cased, { 'notes.txt': 'after\n' }, 'after the leak');
        // The clone's own setting, and the same in the user's global configuration (which is all
        // a freshly created mirror would read).
        git(cased, ['config', 'core.ignoreCase', 'true']);
        const globalConfig = join(dir, 'gitconfig');
        writeFileSync(globalConfig, '[core]\n\tignoreCase = true\n');
        const tree = (rev: string, path: string) =>
          git(path, ['ls-tree', '-r', '--name-only', rev]).split('\n');

        const out = mode === 'mirror' ? join(dir, 'clean.git') : cased;
        const where = mode === 'mirror' ? ['--output', out] : ['--in-place'];
        const env = { GIT_CONFIG_GLOBAL: globalConfig };
        expectExit(await runCli(['clean', '--repo-path', cased, '--all', ...where], { env }), 0);
        const after = git(out, ['rev-list', 'main']).split('\n');
        expect(after).toHaveLength(4);
        // The two commits before the leak are byte for byte the same commits.
        expect(after.slice(2)).toEqual(untouched);
        expect(tree('main', out)).toEqual(['README.md', 'app.env', 'guide.md', 'notes.txt', 'readme.md']);
        expect(git(out, ['show', 'main:README.md'])).toBe('# upper');
        expect(git(out, ['show', 'main:readme.md'])).toBe('lower');
        expect(git(out, ['show', 'main:app.env'])).toBe('GITHUB_TOKEN=***REMOVED***');
        if (mode === 'in-place') {
          expect(readFileSync(join(cased, 'readme.md'), 'utf8')).toBe('lower\n');
          expect(git(cased, ['-c', 'core.ignoreCase=false', 'status', '--porcelain'])).toBe('');
        }
      });
    }
  });
  describe('a secret used as a file or directory name', () => {
    it('renames the entries with the replacement in the path, in every commit and tagged tree', async () => {
      commitFiles(
        repo,
        { [`tokens/${PAT}.txt`]: 'issued 2024\n', [`keys/${PAT}/id.txt`]: 'key id\n' },
        'names',
      );
      commitFiles(repo, { [`tokens/${PAT}.txt`]: 'issued 2024, renewed\n' }, 'renew');
      git(repo, ['tag', '-a', '-m', 'tree with the names', 'names-tree', 'HEAD^{tree}']);
      const file = join(dir, 'replace.txt');
      writeFileSync(file, `literal:${PAT}\n`);
      const out = join(dir, 'clean.git');
      const run = await cleanToJson(repo, file, out);
      expect(run.stdout).not.toContain(PAT);
      const report = JSON.parse(run.stdout);
      expect(report.verification.preservation.problems).toEqual([]);
      expect(report.replacements[0].paths).toEqual(
        expect.arrayContaining(['tokens/***REMOVED***.txt', 'keys/***REMOVED***/id.txt']),
      );
      const names = git(out, ['log', '--all', '--format=', '--name-only']);
      expect(names).not.toContain(PAT);
      expect(git(out, ['show', 'main:tokens/***REMOVED***.txt'])).toBe('issued 2024, renewed');
      expect(git(out, ['show', 'main~1:tokens/***REMOVED***.txt'])).toBe('issued 2024');
      expect(git(out, ['show', 'main:keys/***REMOVED***/id.txt'])).toBe('key id');
      expect(git(out, ['ls-tree', '-r', '--name-only', 'names-tree^{tree}'])).not.toContain(PAT);
      expect(git(out, ['show', 'names-tree^{tree}:tokens/***REMOVED***.txt'])).toBe('issued 2024, renewed');
      // Nothing anywhere in the mirror's objects holds the value, trees included.
      expect(git(out, ['cat-file', '--batch-all-objects', '--batch'])).not.toContain(PAT);
    });
  });

  describe('two tokens used as names in one directory', () => {
    it('keeps both files and both directories, the second name numbered, and an empty replacement names none empty', async () => {
      const other = 'ghp_' + 'Z1xC2vB3nM4aS5dF6gH7jK8lQ9wE0rT1yU2iX';
      commitFiles(
        repo,
        {
          [`k/${PAT}`]: 'content-A\n',
          [`k/${other}`]: 'content-B\n',
          [`${PAT}/same.txt`]: 'A\n',
          [`${other}/same.txt`]: 'B\n',
          [`${other}/other.txt`]: 'B2\n',
        },
        'two names',
      );
      const file = join(dir, 'replace.txt');
      writeFileSync(file, `literal:${PAT}\nliteral:${other}\n`);
      for (const replacement of [[], ['--replacement', '']]) {
        const out = join(dir, `clean${replacement.length}.git`);
        const run = await cleanToJson(repo, file, out, replacement);
        expect(JSON.parse(run.stdout).verification.preservation.problems).toEqual([]);
        const files = git(out, ['ls-tree', '-r', '--name-only', 'main']).split('\n');
        expect(files).toEqual(
          expect.arrayContaining([
            'k/***REMOVED***',
            'k/***REMOVED***~2',
            '***REMOVED***/same.txt',
            '***REMOVED***~2/same.txt',
            '***REMOVED***~2/other.txt',
          ]),
        );
        expect(git(out, ['show', 'main:k/***REMOVED***'])).toBe('content-A');
        expect(git(out, ['show', 'main:k/***REMOVED***~2'])).toBe('content-B');
        expect(git(out, ['show', 'main:***REMOVED***~2/same.txt'])).toBe('B');
      }
    });
  });

  describe('a name holding a selected token and another one', () => {
    it("shows the other token masked in the report, on stdout and in the mirror's report file", async () => {
      const stripe = 'sk_live_' + 'Hq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5';
      commitFiles(repo, { [`${PAT}_${stripe}.txt`]: 'two tokens in a name\n' }, 'two tokens');
      const scan = await runCli(['scan', '--repo-path', repo, '--format', 'json']);
      const id = JSON.parse(scan.stdout).findings.find(
        (f: { rule_id: string }) => f.rule_id === 'github-pat',
      ).fingerprint;
      const out = join(dir, 'one-of-two.git');
      for (const format of ['json', 'text']) {
        const run = await runCli([
          'clean',
          '--repo-path',
          repo,
          '--secret-id',
          id,
          '--output',
          `${out}${format}`,
          '--format',
          format,
        ]);
        expectExit(run, 0);
        expect(run.stdout + run.stderr).not.toContain(stripe);
        expect(readFileSync(join(`${out}${format}`, 'deployguard-clean-report.json'), 'utf8')).not.toContain(
          stripe,
        );
      }
    });
  });

  describe('a rename that takes a name git lists later', () => {
    it('fails verification, saying which path, with a value it left in that name masked', async () => {
      const stripe = 'sk_live_' + 'Hq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5';
      // `ghp_…` comes before `zzz…` in the tree: renamed to `zzz_…` before that file is seen.
      commitFiles(repo, { [`${PAT}_${stripe}`]: 'A\n', [`zzz_${stripe}`]: 'Z\n' }, 'a late clash');
      const scan = await runCli(['scan', '--repo-path', repo, '--format', 'json']);
      const id = JSON.parse(scan.stdout).findings.find(
        (f: { rule_id: string }) => f.rule_id === 'github-pat',
      ).fingerprint;
      const run = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--secret-id',
        id,
        '--replacement',
        'zzz',
        '--output',
        join(dir, 'late.git'),
      ]);
      expectExit(run, 2);
      expect(run.stderr).toContain('was already there: a renamed path took its place');
      expect(run.stderr).not.toContain(stripe);
      expect(readFileSync(join(dir, 'late.git', 'deployguard-clean-report.json'), 'utf8')).not.toContain(
        stripe,
      );
    });
  });

  describe('a renamed token and a name that was already there', () => {
    it('never takes an existing name, and never makes a name git refuses (`..`, `.git`, `a/b`)', async () => {
      const token = 'ghp_' + 'Q2wE3rT4yU5iO6pA7sD8fG9hJ0kL1zX2cV3b';
      commitFiles(
        repo,
        {
          X: 'realX\n',
          [token]: 'fileA\n',
          '***REMOVED***': 'was here\n',
          [`d/${token}`]: 'dA\n',
          'd/X': 'dX\n',
        },
        'names and a clash',
      );
      const before = git(repo, ['ls-tree', '-r', 'main']).split('\n').length;
      const file = join(dir, 'replace.txt');
      writeFileSync(file, `literal:${token}\n`);
      for (const replacement of [
        [],
        ['--replacement', 'X'],
        ['--replacement', '..'],
        ['--replacement', 'a/b'],
      ]) {
        const out = join(dir, `clash${replacement.join('')}.git`);
        const run = await cleanToJson(repo, file, out, replacement);
        expect(JSON.parse(run.stdout).verification.preservation.problems).toEqual([]);
        expect(git(out, ['ls-tree', '-r', 'main']).split('\n')).toHaveLength(before);
        expect(git(out, ['show', 'main:X'])).toBe('realX');
        expect(git(out, ['show', 'main:***REMOVED***'])).toBe('was here');
        expect(git(out, ['show', 'main:d/X'])).toBe('dX');
        expect(git(out, ['fsck', '--strict'])).toBe('');
      }
    });
  });

  describe('replace refs', () => {
    it('cleans the real commit a `git replace` hides and moves the replace ref to its rewritten id', async () => {
      // The commit that added the token is replaced by a look-alike without it.
      const leak = git(repo, ['rev-parse', 'HEAD~1']);
      const stand = git(repo, [
        'commit-tree',
        git(repo, ['rev-parse', 'HEAD~2^{tree}']),
        '-p',
        'HEAD~2',
        '-m',
        'add config',
      ]);
      git(repo, ['replace', leak, stand]);
      const file = join(dir, 'replace.txt');
      writeFileSync(file, `literal:${PAT}\n`);
      const out = join(dir, 'clean.git');
      const run = await cleanToJson(repo, file, out);
      const report = JSON.parse(run.stdout);
      // The real history was cleaned, not the stand-in.
      const real = git(out, ['--no-replace-objects', 'log', '-p', 'main']);
      expect(real).not.toContain(PAT);
      expect(real).toContain('GITHUB_TOKEN=***REMOVED***');
      const commitMap = new Map(
        readFileSync(join(out, 'commit-map'), 'utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(' ') as [string, string]),
      );
      const moved = `refs/replace/${commitMap.get(leak)}`;
      expect(listRefs(out)[moved]).toBe(commitMap.get(stand));
      expect(listRefs(out)[`refs/replace/${leak}`]).toBeUndefined();
      expect(report.preserved.replace_refs).toEqual([
        {
          ref: `refs/replace/${leak}`,
          now: moved,
          reason: `renamed to ${moved}: the commit it replaces was rewritten`,
        },
      ]);
      expect(report.verification.preservation.refs_dropped).toEqual([
        { ref: `refs/replace/${leak}`, reason: `renamed to ${moved}: the commit it replaces was rewritten` },
      ]);
    });
  });

  describe('push to a target whose hook protects main', () => {
    const PASSWORD = 'Pw-7kQ2#keep-s3cr3t';
    const env = { DEPLOYGUARD_GIT_USERNAME: 'bot', DEPLOYGUARD_GIT_PASSWORD: PASSWORD };

    // Serves target.git (with an update hook refusing main) and runs the test with its URL.
    const withProtectedTarget = async (fn: (url: string, target: string) => Promise<void>) => {
      const served = join(dir, 'served');
      const target = initRepo(join(served, 'target.git'), { bare: true });
      git(target, ['config', 'http.receivepack', 'true']);
      const hook = join(target, 'hooks', 'update');
      writeFileSync(
        hook,
        '#!/bin/sh\nif [ "$1" = refs/heads/main ]; then echo "main is protected: ask an admin"; exit 1; fi\n',
      );
      chmodSync(hook, 0o755);
      const server = await startGitHttpServer({ root: served, username: 'bot', password: PASSWORD });
      try {
        await fn(`${server.url}/target.git`, target);
      } finally {
        await server.close();
      }
    };

    beforeEach(() => git(repo, ['branch', 'feature']));

    it('updates nothing by default and says why, with the server reason', () =>
      withProtectedTarget(async (url, target) => {
        const run = await runCli(['push', '--repo-path', repo, '--target-url', url, '--force'], { env });
        expectExit(run, 2);
        expect(run.stderr).toMatch(/nothing was updated \(atomic push/);
        expect(run.stderr).toMatch(/not updated: .*refs\/heads\/main \(hook declined\)/);
        expect(run.stderr).toMatch(/the server said: main is protected: ask an admin/);
        expect(run.stderr).not.toContain(PASSWORD);
        expect(listRefs(target)).toEqual({});
      }));

    it('with --no-atomic, says exactly which refs were updated and which were not', () =>
      withProtectedTarget(async (url, target) => {
        const run = await runCli(
          ['push', '--repo-path', repo, '--target-url', url, '--force', '--no-atomic'],
          {
            env,
          },
        );
        expectExit(run, 2);
        expect(run.stderr).toMatch(
          /updated 1 ref\(s\): refs\/heads\/feature; not updated: refs\/heads\/main \(hook declined\)/,
        );
        expect(run.stderr).toMatch(/the target now mixes updated and old refs/);
        expect(Object.keys(listRefs(target))).toEqual(['refs/heads/feature']);
      }));
  });
});
