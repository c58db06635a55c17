// Test fixture (used by the specs only): a real repository with a known history, written with
// `git fast-import` so dates, authors and every byte are exactly as planned.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, lstatSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const AWS_KEY = 'AKIAQ3EGRALLYSECRET7';
export const ROTATED_KEY = 'AKIAZZROTATEDSECRET9';
export const GH_TOKEN = 'ghp_R4nd0mT0k3nV4lu3ThatIsSecret0123456';
export const PRIVATE_KEY = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu',
  'KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm',
  '-----END RSA PRIVATE KEY-----',
].join('\n');
export const ALL_SECRETS = [AWS_KEY, ROTATED_KEY, GH_TOKEN, PRIVATE_KEY];

// `allowFailure`: return stdout even on a non-zero exit (`git grep` exits 1 when nothing matched).
export function git(cwd: string, args: string[], input?: string | Buffer, allowFailure = false): string {
  const r = spawnSync('git', args, { cwd, input, env: { ...process.env, LC_ALL: 'C' }, maxBuffer: 1 << 28 });
  if (r.status !== 0 && !allowFailure) throw new Error(`git ${args[0]} failed: ${r.stderr.toString()}`);
  return r.stdout.toString('utf8');
}

// Every directory made here goes when the spec file ends: the fixture registers jest's afterAll on
// import (the specs never removed theirs; each run left 16 dg-clean-* directories in /tmp).
const made: string[] = [];
const jestAfterAll = (globalThis as { afterAll?: (fn: () => void) => void }).afterAll;
jestAfterAll?.(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new directory under the system temporary directory, removed after the current spec file. */
export function tmpDir(prefix = 'dg-clean-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function data(content: string | Buffer): Buffer {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return Buffer.concat([Buffer.from(`data ${body.length}\n`), body, Buffer.from('\n')]);
}

function who(role: string, name: string, t: number): string {
  return `${role} ${name} <${name.toLowerCase()}@example.com> ${t} +0200\n`;
}

export const BINARY_CONTENT = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
  Buffer.from(AWS_KEY),
]);

// Marks of interest in the fixture history.
export const SUBJECTS = {
  initial: 'initial import',
  key: 'add deploy key',
  rotate: 'rotate the aws key',
  empty: 'empty from the start',
  feature: 'feature work',
  rename: 'move config into settings',
  merge: 'Merge branch feature',
} as const;

// A work tree at `main` with: secrets on main and feature, a merge, a rename, a secret in a commit
// message and a tag message, a multi-line private key (LF and CRLF copies), a binary file holding a
// secret, a commit that becomes empty, one empty from the start, lightweight, annotated and
// "signed" tags, and a "signed" commit on branch `signed`.
export function createHistoryRepo(): string {
  const dir = tmpDir();
  git(dir, ['init', '-q', '-b', 'main', '.']);
  const t = 1_700_000_000;
  const parts: Buffer[] = [];
  const add = (s: string | Buffer) => parts.push(typeof s === 'string' ? Buffer.from(s) : s);
  const commit = (ref: string, mark: number, msg: string, time: number, body: () => void) => {
    add(`commit ${ref}\nmark :${mark}\n`);
    add(who('author', mark % 2 ? 'Alice' : 'Bob', time));
    add(who('committer', 'Carol', time + 60));
    add(data(msg + '\n'));
    body();
    add('\n');
  };
  commit('refs/heads/main', 1, SUBJECTS.initial, t, () => {
    add('M 100644 inline README.md\n');
    add(data('# demo\n'));
    add('M 100644 inline config.env\n');
    add(data(`AWS_KEY=${AWS_KEY}\nregion=eu-west-1\n`));
  });
  commit('refs/heads/main', 2, SUBJECTS.key, t + 1000, () => {
    add('from :1\nM 100644 inline id_rsa\n');
    add(data(PRIVATE_KEY + '\n'));
    add('M 100644 inline win/id_rsa.txt\n');
    add(data(PRIVATE_KEY.replace(/\n/g, '\r\n') + '\r\n'));
  });
  commit('refs/heads/main', 3, SUBJECTS.rotate, t + 2000, () => {
    add('from :2\nM 100644 inline config.env\n');
    add(data(`AWS_KEY=${ROTATED_KEY}\nregion=eu-west-1\n`));
  });
  commit('refs/heads/main', 4, SUBJECTS.empty, t + 3000, () => add('from :3\n'));
  commit('refs/heads/feature', 5, `${SUBJECTS.feature}\n\ntoken used: ${GH_TOKEN}`, t + 4000, () => {
    add('from :2\nM 100755 inline run.sh\n');
    add(data(`#!/bin/sh\ncurl -u ${AWS_KEY} https://example.com\n`));
    add('M 100644 inline assets/logo.bin\n');
    add(data(BINARY_CONTENT));
  });
  commit('refs/heads/main', 6, SUBJECTS.rename, t + 5000, () =>
    add('from :4\nR config.env settings/config.env\n'),
  );
  commit('refs/heads/main', 7, SUBJECTS.merge, t + 6000, () => {
    add('from :6\nmerge :5\nM 100755 inline run.sh\n');
    add(data(`#!/bin/sh\ncurl -u ${AWS_KEY} https://example.com\n`));
    add('M 100644 inline assets/logo.bin\n');
    add(data(BINARY_CONTENT));
  });
  add('reset refs/tags/v1-light\nfrom :3\n\n');
  add(`tag v1.0\nfrom :7\n${who('tagger', 'Rel', t + 7000)}`);
  add(data(`release 1.0\n\nbuilt with ${GH_TOKEN}\n`));
  add(`tag v0.9-signed\nfrom :2\n${who('tagger', 'Rel', t + 8000)}`);
  add(
    data(
      'signed release\n-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEEfake\n-----END PGP SIGNATURE-----\n',
    ),
  );
  git(dir, ['fast-import', '--quiet'], Buffer.concat(parts));

  // A commit carrying a gpgsig header (fast-import cannot write one).
  const main = git(dir, ['rev-parse', 'main']).trim();
  const tree = git(dir, ['rev-parse', 'main^{tree}']).trim();
  const signed = [
    `tree ${tree}`,
    `parent ${main}`,
    `author Dan <dan@example.com> ${t + 9000} +0200`,
    `committer Dan <dan@example.com> ${t + 9000} +0200`,
    'gpgsig -----BEGIN PGP SIGNATURE-----',
    ' ',
    ' iQEzBAABCAAdFiEEfake',
    ' -----END PGP SIGNATURE-----',
    '',
    'signed commit',
    '',
  ].join('\n');
  const signedId = git(dir, ['hash-object', '-t', 'commit', '-w', '--stdin'], signed).trim();
  git(dir, ['update-ref', 'refs/heads/signed', signedId]);
  git(dir, ['reset', '-q', '--hard', 'main']);
  return dir;
}

// Every file under `dir` (work tree and .git) with a hash of its content: proof nothing was touched.
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isSymbolicLink()) out.set(p, `link:${readlinkSync(p)}`);
      else
        out.set(p, `${st.mode}:${st.mtimeMs}:${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
    }
  };
  walk(dir);
  return out;
}
