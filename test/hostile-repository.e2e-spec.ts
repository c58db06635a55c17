// A scanned, cleaned or pushed repository is untrusted (SPEC §6): no program that its own config
// names may run. Each case arms one key with a probe script, shows that plain git runs the probe
// (so the fixture is live), then runs the real CLI and asserts the probe never ran.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from './support/cli-runner';
import {
  commitFiles,
  fixtureEnv,
  git,
  gitAsync,
  initRepo,
  makeTempDir,
  removeDir,
} from './support/git-fixtures';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import { gitAuthFor, protocolConfig, runGit } from '@deployguard/git';

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';

interface Case {
  key: string;
  // Arms the repository (config, attributes, files) with `probe`, the absolute path of the script.
  arm(repo: string, probe: string, dir: string): void | Promise<void>;
  // Plain git doing what triggers the key; must run the probe.
  control(repo: string, dir: string): void | Promise<void>;
  // The DeployGuard commands that would trigger the key.
  cli(repo: string, dir: string): Promise<CliRun[]>;
}

let dir: string;
let server: GitHttpServer;

const ran = (d: string) => (existsSync(join(d, 'ran.log')) ? readFileSync(join(d, 'ran.log'), 'utf8') : '');

function writeProbe(d: string, name: string): string {
  const path = join(d, `${name}.sh`);
  // Records that it ran, then fails (a failing program stops git's protocol quickly).
  writeFileSync(path, `#!/bin/sh\necho ${name} >> '${join(d, 'ran.log')}'\nexit 1\n`);
  chmodSync(path, 0o755);
  return path;
}

// Plain git whose failure does not matter: a failing probe often makes git fail, after it ran.
function attempt(repo: string, args: string[]): void {
  try {
    git(repo, args);
  } catch {
    // the probe's log tells whether it ran
  }
}

const cfg = (repo: string, key: string, value: string) => git(repo, ['config', key, value]);

// A commit whose header carries a signature of the given armour; `log.showSignature` verifies it.
function signedCommit(repo: string, armour: string): void {
  const tree = git(repo, ['rev-parse', 'HEAD^{tree}']);
  const parent = git(repo, ['rev-parse', 'HEAD']);
  const sig = [`-----BEGIN ${armour}-----`, ' ', ' AAAA', ` -----END ${armour}-----`].join('\n');
  const body =
    `tree ${tree}\nparent ${parent}\nauthor A <a@example.com> 1700000000 +0000\n` +
    `committer A <a@example.com> 1700000000 +0000\ngpgsig ${sig}\n\nsigned\n`;
  const id = execGit(repo, ['hash-object', '-t', 'commit', '-w', '--stdin'], body);
  git(repo, ['update-ref', 'refs/heads/main', id]);
}

function execGit(cwd: string, args: string[], input: string): string {
  return execFileSync('git', args, { cwd, input, env: fixtureEnv(), encoding: 'utf8' }).trim();
}

// Files whose stat data no longer matches the index (a copied or extracted repository): git must
// read their content again, through any clean filter, to tell whether they changed.
function makeStatDirty(repo: string): void {
  for (const f of ['README.md', 'config/app.env']) utimesSync(join(repo, f), 1_000_000_000, 1_000_000_000);
}

const scans = (repo: string) => [
  runCli(['scan', '--repo-path', repo, '--format', 'json']),
  runCli(['scan', '--repo-path', repo, '--no-history', '--format', 'json']),
];
const scanAndCleanInPlace = async (repo: string) => [
  ...(await Promise.all(scans(repo))),
  await runCli(['clean', '--repo-path', repo, '--all', '--in-place', '--format', 'json']),
];
const pushTo = (target: string) => (repo: string) =>
  Promise.all([runCli(['push', '--repo-path', repo, '--target-url', target], { env: { HOME: dir } })]);

const attributes = (repo: string, line: string) => {
  writeFileSync(join(repo, '.git', 'info', 'attributes'), `${line}\n`);
};

const CASES: Case[] = [
  {
    key: 'gpg.program (log.showSignature)',
    arm: (repo, probe) => {
      signedCommit(repo, 'PGP SIGNATURE');
      cfg(repo, 'log.showSignature', 'true');
      cfg(repo, 'gpg.program', probe);
    },
    control: (repo) => attempt(repo, ['log', '-1']),
    cli: (repo) => Promise.all(scans(repo)),
  },
  {
    key: 'gpg.x509.program',
    arm: (repo, probe) => {
      signedCommit(repo, 'SIGNED MESSAGE');
      cfg(repo, 'log.showSignature', 'true');
      cfg(repo, 'gpg.x509.program', probe);
    },
    control: (repo) => attempt(repo, ['log', '-1']),
    cli: (repo) => Promise.all(scans(repo)),
  },
  {
    key: 'gpg.ssh.program',
    arm: (repo, probe, d) => {
      signedCommit(repo, 'SSH SIGNATURE');
      writeFileSync(join(d, 'allowed_signers'), '');
      cfg(repo, 'log.showSignature', 'true');
      cfg(repo, 'gpg.ssh.allowedSignersFile', join(d, 'allowed_signers'));
      cfg(repo, 'gpg.ssh.program', probe);
    },
    control: (repo) => attempt(repo, ['log', '-1']),
    cli: (repo) => Promise.all(scans(repo)),
  },
  {
    key: 'filter.<driver>.clean',
    arm: (repo, probe) => {
      cfg(repo, 'filter.x.clean', probe);
      attributes(repo, '* filter=x');
      makeStatDirty(repo);
    },
    control: (repo) => git(repo, ['ls-files', '-m']),
    cli: scanAndCleanInPlace,
  },
  {
    key: 'filter.<driver>.process',
    arm: (repo, probe) => {
      cfg(repo, 'filter.x.process', probe);
      cfg(repo, 'filter.x.required', 'true');
      writeFileSync(join(repo, '.gitattributes'), '* filter=x\n');
      makeStatDirty(repo);
    },
    control: (repo) => attempt(repo, ['status']),
    cli: scanAndCleanInPlace,
  },
  {
    key: 'filter.<driver>.smudge',
    arm: (repo, probe) => {
      cfg(repo, 'filter.x.smudge', probe);
      attributes(repo, '* filter=x');
    },
    control: (repo) => {
      rmSync(join(repo, 'README.md'));
      git(repo, ['checkout', '--', 'README.md']);
    },
    cli: scanAndCleanInPlace,
  },
  {
    key: 'core.fsmonitor',
    arm: (repo, probe) => cfg(repo, 'core.fsmonitor', probe),
    control: (repo) => git(repo, ['status']),
    cli: scanAndCleanInPlace,
  },
  {
    key: 'core.hooksPath',
    arm: (repo, probe, d) => {
      mkdirSync(join(d, 'hooks'));
      for (const hook of [
        'reference-transaction',
        'post-checkout',
        'pre-push',
        'post-rewrite',
        'pre-auto-gc',
      ])
        writeFileSync(join(d, 'hooks', hook), readFileSync(probe));
      for (const hook of [
        'reference-transaction',
        'post-checkout',
        'pre-push',
        'post-rewrite',
        'pre-auto-gc',
      ])
        chmodSync(join(d, 'hooks', hook), 0o755);
      cfg(repo, 'core.hooksPath', join(d, 'hooks'));
    },
    control: (repo) => attempt(repo, ['update-ref', 'refs/probe', 'HEAD']),
    cli: scanAndCleanInPlace,
  },
  {
    key: 'diff.external',
    arm: (repo, probe) => {
      cfg(repo, 'diff.external', probe);
      writeFileSync(join(repo, 'README.md'), 'changed\n');
    },
    control: (repo) => attempt(repo, ['diff']),
    cli: scanAndCleanInPlace,
  },
  {
    key: 'diff.<driver>.textconv',
    arm: (repo, probe) => {
      cfg(repo, 'diff.x.textconv', probe);
      attributes(repo, '* diff=x');
    },
    control: (repo) => attempt(repo, ['log', '-p', '-1']),
    cli: scanAndCleanInPlace,
  },
  {
    key: 'credential.helper',
    arm: (repo, probe) => cfg(repo, 'credential.helper', `!${probe}`),
    // Async: the server answers from this process.
    control: (repo) =>
      gitAsync(repo, ['push', `${server.url}/target.git`, 'main']).then(
        () => undefined,
        () => undefined, // no credentials: the push fails after asking the helper
      ),
    cli: (repo) => pushTo(`${server.url}/target.git`)(repo),
  },
  {
    key: 'core.askPass',
    arm: (repo, probe) => cfg(repo, 'core.askPass', probe),
    control: (repo) => {
      const env = { ...fixtureEnv() };
      delete env.GIT_ASKPASS;
      delete env.SSH_ASKPASS;
      return gitAsync(repo, ['push', `${server.url}/target.git`, 'main'], env).then(
        () => undefined,
        () => undefined, // no credentials: the push fails after asking
      );
    },
    cli: (repo) => pushTo(`${server.url}/target.git`)(repo),
  },
  {
    key: 'core.sshCommand',
    arm: (repo, probe) => cfg(repo, 'core.sshCommand', probe),
    control: (repo) => attempt(repo, ['push', 'ssh://127.0.0.1:9/x.git', 'main']),
    cli: (repo) => pushTo('ssh://127.0.0.1:9/x.git')(repo),
  },
  {
    key: 'protocol.ext.allow + url.<ext>.insteadOf',
    arm: (repo, probe) => {
      cfg(repo, 'protocol.ext.allow', 'always');
      cfg(repo, `url.ext::${probe} %S.insteadOf`, 'https://example.invalid/');
    },
    control: (repo) => attempt(repo, ['push', 'https://example.invalid/x.git', 'main']),
    cli: (repo) => pushTo('https://example.invalid/x.git')(repo),
  },
  {
    key: 'remote.<url>.receivepack',
    arm: (repo, probe, d) => {
      initRepo(join(d, 'target.git'), { bare: true });
      // A remote named by its URL: git applies its settings to a push to that URL.
      cfg(repo, `remote.file://${join(d, 'target.git')}.receivepack`, probe);
    },
    control: (repo, d) => attempt(repo, ['push', `file://${join(d, 'target.git')}`, 'main']),
    cli: (repo) => pushTo(`file://${join(dir, 'receivepack', 'target.git')}`)(repo),
  },
];

describe('an untrusted repository cannot make DeployGuard run its programs (CLI process)', () => {
  beforeAll(async () => {
    dir = makeTempDir('dg-hostile-');
    mkdirSync(join(dir, 'served'));
    initRepo(join(dir, 'served', 'target.git'), { bare: true });
    server = await startGitHttpServer({ root: join(dir, 'served'), username: 'u', password: 'p-4ssw0rd' });
  });
  afterAll(async () => {
    await server.close();
    removeDir(dir);
  });

  // Each case gets its own directory and repository, built twice: once for plain git, once for us.
  it.each(CASES.map((c) => [c.key, c] as const))(
    '%s',
    async (_key, c) => {
      const caseDir = join(dir, c.key.includes('receivepack') ? 'receivepack' : c.key.replace(/\W+/g, '-'));
      const build = async (name: string) => {
        const d = join(caseDir, name);
        mkdirSync(d, { recursive: true });
        const repo = initRepo(join(d, 'repo'));
        commitFiles(repo, { 'README.md': '# demo\n' }, 'init');
        commitFiles(repo, { 'config/app.env': `GITHUB_TOKEN=${PAT}\n` }, 'leak');
        await c.arm(repo, writeProbe(d, 'probe'), c.key.includes('receivepack') ? caseDir : d);
        return { d, repo };
      };
      const plain = await build('plain');
      await c.control(plain.repo, caseDir);
      expect(ran(plain.d)).toContain('probe');

      const ours = await build('ours');
      const runs = await c.cli(ours.repo, caseDir);
      expect(runs.length).toBeGreaterThan(0);
      expect(ran(ours.d)).toBe('');
    },
    60_000,
  );
});

describe('links and special files in a scanned tree (CLI process)', () => {
  const OUTSIDE = 'ghp_' + 'Zx8Wq3Lm5Np7Rt9Vb2Kd4Hf6Jg1Sc0Ya8EuT';
  let root: string;

  beforeAll(() => {
    root = makeTempDir('dg-links-');
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'a.env'), `GITHUB_TOKEN=${OUTSIDE}\n`);
    writeFileSync(join(root, 'outside.env'), `GITHUB_TOKEN=${OUTSIDE}\n`);
  });
  afterAll(() => removeDir(root));

  const skippedDetails = (report: { skipped: { file: string; detail: string }[] }) =>
    Object.fromEntries(report.skipped.map((s) => [s.file, s.detail]));

  it('never follows a link out of a repository and skips a FIFO where a tracked file was', async () => {
    const repo = initRepo(join(root, 'repo'));
    commitFiles(repo, { 'README.md': `token ${PAT}\n`, 'sub/a.env': 'A=1\n', 'pipe.env': 'B=2\n' }, 'init');
    symlinkSync(join(root, 'outside.env'), join(repo, 'outside-link.env'));
    symlinkSync('/etc/passwd', join(repo, 'passwd'));
    git(repo, ['add', 'outside-link.env', 'passwd']);
    git(repo, ['commit', '-q', '-m', 'links']);
    // The tracked directory replaced by a link to a directory outside; the tracked file by a FIFO.
    rmSync(join(repo, 'sub'), { recursive: true });
    symlinkSync(join(root, 'outside'), join(repo, 'sub'));
    rmSync(join(repo, 'pipe.env'));
    execFileSync('mkfifo', [join(repo, 'pipe.env')]);

    for (const mode of [[], ['--no-history']]) {
      const run = await runCli(['scan', '--repo-path', repo, '--format', 'json', ...mode], {
        timeoutMs: 30_000,
      });
      expect(run.code).toBe(1); // killed (-1) when a FIFO blocks the scan
      const report = JSON.parse(run.stdout);
      expect(run.stdout).not.toContain(OUTSIDE.slice(-8));
      const found = report.findings.map((f: { file: string }) => f.file);
      expect(found).toContain('README.md');
      expect(found).not.toContain('outside-link.env');
      expect(found).not.toContain('sub/a.env');
      const skipped = skippedDetails(report);
      expect(skipped['pipe.env']).toBe('a FIFO, not a regular file');
      expect(skipped['sub/a.env']).toMatch(/symbolic link to a directory: not followed/);
      if (mode.length > 0) {
        // The working-tree scan skips tracked links; history holds only their target paths.
        expect(skipped['outside-link.env']).toBe('symbolic link: not followed');
        expect(skipped['passwd']).toBe('symbolic link: not followed');
      }
    }
  }, 90_000);

  it("ignores the repository's core.worktree and root config files that are links out of it", async () => {
    const repo = initRepo(join(root, 'worktree-repo'));
    commitFiles(repo, { 'README.md': 'hello\n' }, 'init');
    // core.worktree names a directory outside; the root's config and ignore files are links out.
    git(repo, ['config', 'core.worktree', join(root, 'outside')]);
    writeFileSync(join(root, 'outside-config.yml'), 'extend: false\nrules: []\n');
    writeFileSync(join(root, 'outside-ignore'), '*\n');
    symlinkSync(join(root, 'outside-config.yml'), join(repo, '.deployguard.yml'));
    symlinkSync(join(root, 'outside-ignore'), join(repo, '.deployguardignore'));
    writeFileSync(join(repo, 'new.env'), `GITHUB_TOKEN=${PAT}\n`);
    for (const mode of [[], ['--no-history']]) {
      const run = await runCli(['scan', '--repo-path', repo, '--format', 'json', ...mode], {
        timeoutMs: 30_000,
      });
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout);
      expect(run.stdout).not.toContain(OUTSIDE.slice(-8)); // outside/a.env was not read
      // The untracked file of the real work tree is found: neither the linked config (no rules)
      // nor the linked ignore file (everything ignored) was used.
      const files = report.findings.map((f: { file: string }) => f.file);
      expect(files).toContain('new.env');
      expect(files).not.toContain('a.env');
      expect(report.warnings.join('\n')).toMatch(/\.deployguard\.yml is a symbolic link: not read/);
      expect(report.warnings.join('\n')).toMatch(/\.deployguardignore is a symbolic link: not read/);
    }
  }, 60_000);

  it("reads a bare repository's .deployguardignore from HEAD, never through a committed link", async () => {
    const repo = initRepo(join(root, 'ignore-link'));
    // The link's text is `*`: read as the ignore file, it would ignore every path.
    commitFiles(repo, { '*': 'x\n', 'a.env': `T=${PAT}\n` }, 'init');
    symlinkSync('*', join(repo, '.deployguardignore'));
    commitFiles(repo, {}, 'link');
    const bare = join(root, 'ignore-link.git');
    git(root, ['clone', '-q', '--bare', repo, bare]);
    const run = await runCli(['scan', '--repo-path', bare, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toContain('a.env');
    expect(JSON.parse(run.stdout).warnings).toContain(
      "the repository's .deployguardignore is a symbolic link: not read (a link in a scanned repository is never followed)",
    );
  }, 60_000);

  it("applies a bare repository's committed .deployguard.yml, HEAD's, and says so", async () => {
    const repo = initRepo(join(root, 'bare-config'));
    commitFiles(repo, {
      '.deployguard.yml': "allowlist:\n  paths: ['secret/**']\n",
      'secret/a.env': `T=${PAT}\n`,
    });
    const bare = join(root, 'bare-config.git');
    git(root, ['clone', '-q', '--bare', repo, bare]);
    const run = await runCli(['scan', '--repo-path', bare, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings.join('\n')).toContain(
      "the repository's own .deployguard.yml (HEAD's) was applied",
    );
  }, 60_000);

  it("says when the repository's own config decided what is reported", async () => {
    const repo = initRepo(join(root, 'own-config'));
    commitFiles(repo, { '.deployguard.yml': "allowlist:\n  paths: ['**']\n", 'a.env': `T=${PAT}\n` }, 'init');
    const run = await runCli(['scan', '--repo-path', repo, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings).toContain(
      "the repository's own .deployguard.yml was applied (its rules and allowlist decide what is reported); pass --config to use another file",
    );
    expect(run.stderr).toMatch(/warning: the repository's own \.deployguard\.yml was applied/);
  }, 60_000);

  it('notes links and FIFOs in a plain directory instead of reading through them', async () => {
    const plain = join(root, 'plain');
    mkdirSync(plain);
    writeFileSync(join(plain, 'README.md'), `token ${PAT}\n`);
    symlinkSync(join(root, 'outside.env'), join(plain, 'outside-link.env'));
    symlinkSync(join(root, 'outside'), join(plain, 'dir-link'));
    execFileSync('mkfifo', [join(plain, 'pipe.env')]);
    const run = await runCli(['scan', '--repo-path', plain, '--format', 'json'], { timeoutMs: 30_000 });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['README.md']);
    expect(skippedDetails(report)).toMatchObject({
      'outside-link.env': 'symbolic link: not followed',
      'dir-link': 'symbolic link: not followed',
      'pipe.env': 'a FIFO, not a regular file',
    });
  }, 60_000);
});

describe('a URL whose password holds URL delimiters is never echoed with it (CLI process)', () => {
  // Each password carries a marker that must not appear anywhere in the output.
  const urls = [
    'https://bob:LEAK1/pass@127.0.0.1:9/x.git',
    'https://bob:LEAK2#pass@127.0.0.1:9/x.git',
    'https://bob:LEAK3?pass@127.0.0.1:9/x.git',
    'https://bob:LEAK4@pass@127.0.0.1:9/x.git',
    'https://bob:LEAK5 pass@127.0.0.1:9/x.git',
    'https://bob:LEAK6\tpass/#?@127.0.0.1:9/x.git',
    'bob:LEAK7/pass@127.0.0.1:x.git',
  ];

  it.each(urls)(
    'scan --repo-url and push --target-url with %j',
    async (url) => {
      const d = makeTempDir('dg-url-');
      try {
        const repo = initRepo(join(d, 'repo'));
        commitFiles(repo, { 'a.txt': 'a\n' });
        const runs = await Promise.all([
          runCli(['scan', '--repo-url', url, '--format', 'json'], { timeoutMs: 30_000 }),
          runCli(['push', '--repo-path', repo, '--target-url', url], { timeoutMs: 30_000, env: { HOME: d } }),
        ]);
        for (const run of runs) {
          expect(run.code).not.toBe(0);
          expect(run.stderr).toMatch(/deployguard: error: /);
          expect(run.stdout + run.stderr).not.toMatch(/LEAK\d/);
        }
      } finally {
        removeDir(d);
      }
    },
    60_000,
  );
});

describe('user-supplied regular expressions run in linear time (CLI process)', () => {
  let d: string;
  let repo: string;
  beforeAll(() => {
    d = makeTempDir('dg-regex-');
    repo = initRepo(join(d, 'repo'));
    // 40 characters then one that makes `(a+)+$` or `^(\w+)+$` fail: 2^40 steps when backtracking.
    commitFiles(repo, {
      'data.txt': `token=${'a'.repeat(40)}!\nkey=Zx8Wq3Lm5Np7Rt9Vb2Kd4Hf6Jg1Sc0Ya8EuTqRs!\n`,
      'README.md': `token ${PAT}\n`,
    });
  });
  afterAll(() => removeDir(d));

  const config = (yaml: string) => {
    const file = join(d, `c-${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(file, yaml);
    return file;
  };

  it.each([
    [
      'a rule pattern',
      "rules:\n  - id: evil\n    keywords: [token]\n    pattern: 'token=(a+)+$'\n",
      'README.md',
    ],
    [
      'a rule allow pattern',
      "rules:\n  - id: evil\n    keywords: [key]\n    pattern: 'key=(\\S+)'\n    allow: ['^(\\w+)+$']\n",
      'data.txt',
    ],
    [
      'an allowlist regex',
      "rules:\n  - id: evil\n    keywords: [key]\n    pattern: 'key=(\\S+)'\nallowlist:\n  regexes: ['^(\\w+)+$']\n",
      'data.txt',
    ],
  ])(
    '%s such as (a+)+$ finishes at once',
    async (_what, yaml, expected) => {
      const run = await runCli(['scan', '--repo-path', repo, '--config', config(yaml), '--format', 'json'], {
        timeoutMs: 30_000,
      });
      expect(run.code).toBe(1); // -1 when killed after 30 s
      expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toContain(expected);
    },
    60_000,
  );

  it.each([
    ['a backreference', "'(a)\\1'", /rule "evil": pattern .*backreferences/],
    ['a lookahead', "'token(?=x)'", /rule "evil": pattern .*lookaround/],
  ])(
    'refuses %s in a rule pattern, naming the field',
    async (_what, pattern, message) => {
      const file = config(`rules:\n  - id: evil\n    keywords: [token]\n    pattern: ${pattern}\n`);
      const run = await runCli(['scan', '--repo-path', repo, '--config', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    },
    60_000,
  );
});

describe('clone and push connect to the address that was checked (DNS rebinding)', () => {
  let d: string;
  let http: GitHttpServer;
  beforeAll(async () => {
    d = makeTempDir('dg-pin-');
    mkdirSync(join(d, 'served'));
    const src = initRepo(join(d, 'src'));
    commitFiles(src, { 'a.txt': 'a\n' });
    git(d, ['clone', '-q', '--bare', src, join(d, 'served', 'r.git')]);
    http = await startGitHttpServer({ root: join(d, 'served'), username: 'u', password: 'p-4ssw0rd' });
  });
  afterAll(async () => {
    await http.close();
    removeDir(d);
  });

  it('pins the checked addresses, so a host git itself cannot resolve still reaches them', async () => {
    // `.invalid` never resolves (RFC 6761): git can only connect through the pinned address.
    const remote = {
      kind: 'http' as const,
      url: `http://pinned.invalid:${http.port}/r.git`,
      displayUrl: `http://pinned.invalid:${http.port}/r.git`,
      host: 'pinned.invalid',
      port: http.port,
      origin: `http://pinned.invalid:${http.port}`,
      addresses: ['127.0.0.1'],
    };
    const auth = gitAuthFor(remote, { username: 'u', password: 'p-4ssw0rd' });
    const policy = { allowHttp: true, allowPrivate: true };
    await runGit([...protocolConfig(remote, policy), ...auth.config, 'ls-remote', '--', remote.url], {
      env: auth.env,
      timeoutMs: 20_000,
    });
    const unpinned = await runGit(
      [...protocolConfig({ ...remote, addresses: [] }, policy), 'ls-remote', '--', remote.url],
      {
        okCodes: [128],
        timeoutMs: 20_000,
      },
    );
    expect(unpinned.stderr).toMatch(/Could not resolve host: pinned\.invalid/);
  }, 60_000);
});
