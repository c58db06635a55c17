// The job state machine of SPEC §5, as data. Everything that changes a job's status asks
// canTransition() first; the repository applies it atomically in SQL.

export const JOB_STATUSES = [
  // an upload job (SPEC §11) waits for its bundle and POST /jobs/{id}/start
  'awaiting_upload',
  'pending',
  'cloning',
  'scanning',
  'awaiting_selection',
  'completed',
  'cleaning',
  'cleaned',
  'pushing',
  'pushed',
  'failed',
  'cancelled',
  'expired',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

// A task is queued or running: the sweeper watches these, and they may fail or be cancelled.
export const ACTIVE_JOB_STATUSES: readonly JobStatus[] = [
  'pending',
  'cloning',
  'scanning',
  'cleaning',
  'pushing',
];
// No task runs; the job waits for the user or is done. These expire after JOB_TTL_DAYS.
export const FINISHED_JOB_STATUSES: readonly JobStatus[] = [
  'awaiting_upload',
  'awaiting_selection',
  'completed',
  'cleaned',
  'pushed',
  'failed',
  'cancelled',
];

const FORWARD: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  // cloning: the scan task may see the job before POST /start's move to pending is committed
  awaiting_upload: ['pending', 'cloning'],
  pending: ['cloning'],
  // scanning → cloning: a redelivered scan task starts again from the clone
  cloning: ['scanning'],
  scanning: ['awaiting_selection', 'completed', 'cloning'],
  awaiting_selection: ['cleaning'],
  completed: [],
  cleaning: ['cleaned'],
  cleaned: ['pushing'],
  pushing: ['pushed'],
  pushed: [],
  failed: [],
  cancelled: [],
  expired: [],
};

// Waiting for the user: DELETE there cancels the job too.
const CANCELLABLE_WHILE_WAITING: readonly JobStatus[] = ['awaiting_upload', 'awaiting_selection', 'cleaned'];
// A redelivered message re-enters the state its task was in, so a running state may repeat.
const RUNNING: readonly JobStatus[] = ['cloning', 'scanning', 'cleaning', 'pushing'];

export function isJobStatus(value: unknown): value is JobStatus {
  return typeof value === 'string' && (JOB_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: JobStatus, to: JobStatus): boolean {
  if (from === to) return RUNNING.includes(from);
  if (FORWARD[from].includes(to)) return true;
  if (to === 'failed') return ACTIVE_JOB_STATUSES.includes(from);
  if (to === 'cancelled')
    return ACTIVE_JOB_STATUSES.includes(from) || CANCELLABLE_WHILE_WAITING.includes(from);
  if (to === 'expired') return FINISHED_JOB_STATUSES.includes(from);
  return false;
}

// Every status from which `to` may be reached: the WHERE clause of an atomic status update.
export function statusesLeadingTo(to: JobStatus): JobStatus[] {
  return JOB_STATUSES.filter((from) => canTransition(from, to));
}
