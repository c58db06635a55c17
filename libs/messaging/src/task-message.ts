// Building, encoding and decoding task messages. Encoding copies the known fields only, so a
// credential passed by mistake in an object literal can never reach the broker.
import { randomUUID } from 'node:crypto';
import { IsIn, IsInt, IsISO8601, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { checkSchema } from '@deployguard/schema';
import { NonRetryableError } from './messaging.errors';
import { TASK_KINDS, type TaskKind, type TaskMessage } from './messaging.types';

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

// The body of a task message as it must arrive; the messages name the field's accepted values.
class TaskMessageSchema {
  @IsUUID('all', { message: 'expected a uuid' })
  task_id!: string;

  @IsString({ message: 'expected a string of 1 to 100 characters' })
  @Length(1, 100, { message: 'expected a string of 1 to 100 characters' })
  job_id!: string;

  @IsString({ message: 'expected a string of 1 to 255 characters' })
  @Length(1, 255, { message: 'expected a string of 1 to 255 characters' })
  user_id!: string;

  @IsIn(TASK_KINDS, { message: `expected ${TASK_KINDS.join(' | ')}` })
  kind!: TaskKind;

  @IsInt({ message: 'expected an integer >= 0' })
  @Min(0, { message: 'expected an integer >= 0' })
  @Max(1000, { message: 'expected an integer from 0 to 1000' })
  attempt!: number;

  @IsISO8601({ strict: true }, { message: 'expected an ISO date' })
  enqueued_at!: string;
}

// A message that is not valid can never succeed: NonRetryableError naming the first bad field.
export function validateTaskMessage(value: unknown): TaskMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new NonRetryableError('task message: expected an object');
  const { issues } = checkSchema(TaskMessageSchema, value);
  if (issues.length > 0) throw new NonRetryableError(`task message ${issues[0].path}: ${issues[0].message}`);
  return value as TaskMessage;
}
