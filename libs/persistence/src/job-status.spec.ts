import {
  ACTIVE_JOB_STATUSES,
  canTransition,
  FINISHED_JOB_STATUSES,
  JOB_STATUSES,
  statusesLeadingTo,
} from './job-status';

describe('canTransition', () => {
  it('follows the happy paths of SPEC §5', () => {
    const paths = [
      [
        'pending',
        'cloning',
        'scanning',
        'awaiting_selection',
        'cleaning',
        'cleaned',
        'pushing',
        'pushed',
        'expired',
      ],
      ['pending', 'cloning', 'scanning', 'completed', 'expired'],
    ] as const;
    for (const path of paths) {
      for (let i = 1; i < path.length; i++)
        expect([path[i - 1], path[i], canTransition(path[i - 1], path[i])]).toEqual([
          path[i - 1],
          path[i],
          true,
        ]);
    }
  });

  it('refuses skipping or going back', () => {
    expect(canTransition('pending', 'scanning')).toBe(false);
    expect(canTransition('pending', 'completed')).toBe(false);
    expect(canTransition('scanning', 'cleaning')).toBe(false);
    expect(canTransition('awaiting_selection', 'pushing')).toBe(false);
    expect(canTransition('completed', 'cleaning')).toBe(false);
    expect(canTransition('cleaned', 'awaiting_selection')).toBe(false);
    expect(canTransition('pushed', 'pushing')).toBe(false);
    expect(canTransition('pending', 'pending')).toBe(false);
    expect(canTransition('awaiting_selection', 'awaiting_selection')).toBe(false);
  });

  it('lets every active job fail or be cancelled, and nothing leave a terminal state', () => {
    for (const from of ACTIVE_JOB_STATUSES) {
      expect(canTransition(from, 'failed')).toBe(true);
      expect(canTransition(from, 'cancelled')).toBe(true);
    }
    for (const from of ['failed', 'cancelled', 'expired', 'completed', 'pushed'] as const) {
      expect(canTransition(from, 'failed')).toBe(false);
      expect(canTransition(from, 'cancelled')).toBe(false);
    }
    for (const to of JOB_STATUSES) expect(canTransition('expired', to)).toBe(false);
  });

  it('expires only finished jobs', () => {
    expect(statusesLeadingTo('expired').sort()).toEqual([...FINISHED_JOB_STATUSES].sort());
    for (const from of ACTIVE_JOB_STATUSES) expect(canTransition(from, 'expired')).toBe(false);
  });

  it('lets a redelivered task re-enter its running state', () => {
    expect(canTransition('scanning', 'cloning')).toBe(true);
    expect(canTransition('cloning', 'cloning')).toBe(true);
    expect(canTransition('cleaning', 'cleaning')).toBe(true);
    expect(statusesLeadingTo('cloning').sort()).toEqual([
      'awaiting_upload',
      'cloning',
      'pending',
      'scanning',
    ]);
  });

  it('starts an upload job only from awaiting_upload, which can be cancelled and expires', () => {
    expect(canTransition('awaiting_upload', 'pending')).toBe(true);
    expect(canTransition('awaiting_upload', 'cancelled')).toBe(true);
    expect(canTransition('awaiting_upload', 'expired')).toBe(true);
    expect(canTransition('pending', 'awaiting_upload')).toBe(false);
    expect(canTransition('awaiting_upload', 'scanning')).toBe(false);
  });
});
