import { isSkippedRef, parsePushPorcelain, pushRefspecs, serverMessages } from './push';

describe('pushRefspecs', () => {
  const refs = [
    'refs/heads/main',
    'refs/heads/feature/x',
    'refs/tags/v1',
    'refs/notes/commits',
    'refs/pull/1/head',
    'refs/merge-requests/2/head',
    'refs/changes/34/1234/1',
    'refs/remotes/origin/main',
    'refs/deployguard-backup/refs/heads/main',
    'refs/original/refs/heads/main',
    'refs/stash',
    'refs/top',
  ];

  it('pushes one wildcard per namespace and lists the skipped refs', () => {
    const { refspecs, skipped } = pushRefspecs(refs, false);
    expect(refspecs).toEqual([
      'refs/heads/*:refs/heads/*',
      'refs/notes/*:refs/notes/*',
      'refs/tags/*:refs/tags/*',
      'refs/top:refs/top',
    ]);
    expect(skipped).toEqual(refs.slice(4, 11));
  });

  it('forces with + only when asked', () => {
    expect(pushRefspecs(['refs/heads/main'], true).refspecs).toEqual(['+refs/heads/*:refs/heads/*']);
  });

  it('does not skip look-alikes', () => {
    expect(isSkippedRef('refs/heads/refs/pull/1')).toBe(false);
    expect(isSkippedRef('refs/stashed')).toBe(false);
  });
});

describe('parsePushPorcelain', () => {
  it('reads every kind of ref line', () => {
    const out = [
      'To http://127.0.0.1:1/x.git',
      '*\trefs/heads/new:refs/heads/new\t[new branch]',
      ' \trefs/heads/ff:refs/heads/ff\t1111111..2222222',
      '+\trefs/heads/forced:refs/heads/forced\t+1111111...3333333 (forced update)',
      '=\trefs/heads/same:refs/heads/same\t[up to date]',
      '!\trefs/heads/main:refs/heads/main\t[rejected] (non-fast-forward)',
      '!\trefs/tags/v1:refs/tags/v1\t[rejected] (already exists)',
      '!\trefs/heads/hook:refs/heads/hook\t[remote rejected] (pre-receive hook declined)',
      'Done',
    ].join('\n');
    expect(parsePushPorcelain(out)).toEqual([
      { ref: 'refs/heads/new', status: 'ok', change: 'created' },
      { ref: 'refs/heads/ff', status: 'ok', change: 'fast-forward' },
      { ref: 'refs/heads/forced', status: 'ok', change: 'forced' },
      { ref: 'refs/heads/same', status: 'up-to-date' },
      { ref: 'refs/heads/main', status: 'rejected', reason: 'non-fast-forward' },
      { ref: 'refs/tags/v1', status: 'rejected', reason: 'already exists' },
      { ref: 'refs/heads/hook', status: 'error', reason: 'pre-receive hook declined' },
    ]);
  });
});

describe('atomic pushes and server messages', () => {
  it('names the refs an atomic push left alone, client or server side', () => {
    const out = [
      '!\trefs/heads/dev:refs/heads/dev\t[rejected] (atomic push failed)',
      '!\trefs/heads/x:refs/heads/x\t[remote rejected] (atomic push failure)',
      '!\trefs/heads/main:refs/heads/main\t[remote rejected] (hook declined)',
    ].join('\n');
    const reason = 'not applied: another ref was refused and the push is atomic';
    expect(parsePushPorcelain(out)).toEqual([
      { ref: 'refs/heads/dev', status: 'rejected', reason },
      { ref: 'refs/heads/x', status: 'error', reason },
      { ref: 'refs/heads/main', status: 'error', reason: 'hook declined' },
    ]);
  });

  it('keeps what the server printed, without padding and control codes', () => {
    const stderr =
      'remote: main is protected: ask an admin        \nremote: \x1b[K\n' +
      'remote: error: hook declined to update refs/heads/main\x1b[K\nerror: failed to push some refs\n';
    expect(serverMessages(stderr)).toEqual([
      'main is protected: ask an admin',
      'error: hook declined to update refs/heads/main',
    ]);
  });
});
