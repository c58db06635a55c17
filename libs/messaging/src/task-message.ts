// Building, encoding and decoding task messages. Encoding copies the known fields only, so a
// credential passed by mistake in an object literal can never reach the broker.
import { randomUUID } from 'node:crypto';
import { NonRetryableError } from './messaging.errors';
import { TASK_KINDS, type TaskKind, type TaskMessage } from './messaging.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY_BYTES = 4096;

export interface NewTaskMessage {
  job_id: string;
  user_id: string;
  kind: TaskKind;
  task_id?: string;
}

export function createTaskMessage(input: NewTaskMessage, now = new Date()): TaskMessage {
  return validateTaskMessage({
    task_id: input.task_id ?? randomUUID(),
    job_id: input.job_id,
    user_id: input.user_id,
    kind: input.kind,
    attempt: 0,
    enqueued_at: now.toISOString(),
  });
}

export function encodeTaskMessage(message: TaskMessage): Buffer {
  const m = validateTaskMessage(message);
  const body: TaskMessage = {
    task_id: m.task_id,
    job_id: m.job_id,
    user_id: m.user_id,
    kind: m.kind,
    attempt: m.attempt,
    enqueued_at: m.enqueued_at,
  };
  return Buffer.from(JSON.stringify(body), 'utf8');
}

// A body that is not a valid task message can never succeed: NonRetryableError.
export function decodeTaskMessage(body: Buffer): TaskMessage {
  if (body.length > MAX_BODY_BYTES)
    throw new NonRetryableError(`task message larger than ${MAX_BODY_BYTES} bytes`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new NonRetryableError('task message is not JSON');
  }
  return validateTaskMessage(parsed);
}

export function validateTaskMessage(value: unknown): TaskMessage {
  if (typeof value !== 'object' || value === null)
    throw new NonRetryableError('task message: expected an object');
  const m = value as Record<string, unknown>;
  const fail = (field: string, expected: string): never => {
    throw new NonRetryableError(`task message ${field}: expected ${expected}`);
  };
  if (typeof m.task_id !== 'string' || !UUID.test(m.task_id)) fail('task_id', 'a uuid');
  if (typeof m.job_id !== 'string' || m.job_id.length === 0 || m.job_id.length > 100) {
    fail('job_id', 'a string of 1 to 100 characters');
  }
  if (typeof m.user_id !== 'string' || m.user_id.length === 0 || m.user_id.length > 255) {
    fail('user_id', 'a string of 1 to 255 characters');
  }
  if (!TASK_KINDS.includes(m.kind as TaskKind)) fail('kind', TASK_KINDS.join(' | '));
  if (typeof m.attempt !== 'number' || !Number.isInteger(m.attempt) || m.attempt < 0 || m.attempt > 1000) {
    fail('attempt', 'an integer >= 0');
  }
  if (typeof m.enqueued_at !== 'string' || Number.isNaN(Date.parse(m.enqueued_at))) {
    fail('enqueued_at', 'an ISO date');
  }
  return m as unknown as TaskMessage;
}
