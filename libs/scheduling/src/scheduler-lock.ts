// Leadership among scheduler processes: the one whose dedicated PostgreSQL session holds the
// advisory lock SCHEDULER_LOCK_KEY runs the crons; the others poll to take over. A session lock
// rather than a per-run transaction lock: with per-run locks, a standby whose clock fires a few
// milliseconds later would find the lock already released and run the same tick again, whereas a
// held lock makes "who runs" a property of the process, not of timing. When the leader dies its
// session ends and PostgreSQL releases the lock at once; a leader that loses its connection steps
// down before its next run (confirm() asks the server, not a local flag).
import { Client } from 'pg';
import { scrubCredentials } from '@deployguard/git';
import { OutageLog } from '@deployguard/logging';
import type { SchedulingLogger } from './scheduling.ports';

// Next to the migration lock (7_356_001).
export const SCHEDULER_LOCK_KEY = 7_356_002;

export interface SchedulerLockOptions {
  connectionString: string;
  pollMs: number;
  logger: SchedulingLogger;
  onChange?: (leader: boolean) => void;
}

export class SchedulerLock {
  private client: Client | null = null;
  private leader = false;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> = Promise.resolve();
  private stopped = false;

  // a database outage is polled through every few seconds: logged once each way, not per poll
  private readonly outages: OutageLog;

  constructor(private readonly options: SchedulerLockOptions) {
    this.outages = new OutageLog(options.logger);
  }

  start(): void {
    const poll = () => {
      this.polling = this.polling.then(() => this.poll());
    };
    poll();
    this.timer = setInterval(poll, this.options.pollMs);
  }

  isLeader(): boolean {
    return this.leader;
  }

  // Asked before every run: true only if the server confirms this session still holds the lock.
  async confirm(): Promise<boolean> {
    if (!this.leader || !this.client) return false;
    try {
      const { rows } = await this.client.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory'
           AND granted AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = $1`,
        [SCHEDULER_LOCK_KEY],
      );
      if (rows[0].n > 0) return true;
    } catch {
      // the connection is gone: so is the lock
    }
    this.stepDown('lock lost');
    return false;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.polling;
    const client = this.client;
    this.client = null;
    this.setLeader(false);
    if (client) {
      await client.query('SELECT pg_advisory_unlock($1)', [SCHEDULER_LOCK_KEY]).catch(() => undefined);
      await client.end().catch(() => undefined);
    }
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    if (this.leader) {
      await this.confirm();
      return;
    }
    try {
      if (!this.client) {
        const client = new Client({
          connectionString: this.options.connectionString,
          application_name: 'deployguard-scheduler-lock',
        });
        client.on('error', () => this.stepDown('lock connection error'));
        client.on('end', () => this.stepDown('lock connection closed'));
        await client.connect();
        this.client = client;
      }
      const { rows } = await this.client.query('SELECT pg_try_advisory_lock($1) AS ok', [SCHEDULER_LOCK_KEY]);
      this.outages.up('database');
      if (rows[0].ok === true && !this.stopped) this.setLeader(true);
    } catch (err) {
      this.outages.down('database', scrubCredentials((err as Error).message), {
        component: 'scheduler-lock',
      });
      this.stepDown('lock connection failed');
    }
  }

  private stepDown(reason: string): void {
    if (this.client) {
      const client = this.client;
      this.client = null;
      void client.end().catch(() => undefined);
    }
    if (this.leader) this.options.logger.warn({ reason }, 'scheduler leadership lost');
    this.setLeader(false);
  }

  private setLeader(leader: boolean): void {
    if (leader === this.leader) return;
    this.leader = leader;
    if (leader) this.options.logger.info({}, 'scheduler leadership taken');
    this.options.onChange?.(leader);
  }
}
