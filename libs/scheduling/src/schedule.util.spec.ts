import { JobsError } from '@deployguard/jobs';
import { checkSchedule, nextRunAt, nextScanAtOf } from './schedule.util';

describe('repository schedules', () => {
  it('accepts a 5-field cron expression and an interval of at least 60 s', () => {
    expect(checkSchedule(' 0  3 * * * ')).toEqual({ kind: 'cron', cron: '0 3 * * *' });
    expect(checkSchedule(3600)).toEqual({ kind: 'interval', intervalS: 3600 });
  });

  it.each([['every day'], ['* * * * * *'], ['61 * * * *'], ['0 0 31 2 *'], [59], [1.5], [null], [{}]])(
    'refuses %j with a message saying what is accepted',
    (value) => {
      expect(() => checkSchedule(value)).toThrow(JobsError);
      expect(() => checkSchedule(value)).toThrow(/cron expression|interval|never fires/);
    },
  );

  it('computes the next run in UTC, or none while disabled', () => {
    const from = new Date('2025-03-10T04:00:00Z');
    expect(nextRunAt({ kind: 'cron', cron: '30 5 * * 1' }, from).toISOString()).toBe(
      '2025-03-10T05:30:00.000Z',
    );
    expect(nextRunAt({ kind: 'interval', intervalS: 90 }, from).toISOString()).toBe(
      '2025-03-10T04:01:30.000Z',
    );
    expect(nextScanAtOf({ scheduleCron: null, scheduleIntervalS: 60, enabled: false }, from)).toBeNull();
  });
});
