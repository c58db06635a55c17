import { BadRequestException, type ArgumentsHost } from '@nestjs/common';
import { JobsError } from '@deployguard/jobs';
import { BrokerUnavailableError } from '@deployguard/messaging';
import pino from 'pino';
import { AllExceptionsFilter } from './all-exceptions.filter';

function run(error: unknown): { status: number; body: Record<string, unknown>; logs: string } {
  let logs = '';
  const filter = new AllExceptionsFilter(pino({}, { write: (line: string) => void (logs += line) }));
  const answer = { status: 0, body: {} as Record<string, unknown> };
  const response = {
    headersSent: false,
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      answer.body = body;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  filter.catch(error, host);
  return { ...answer, logs };
}

describe('AllExceptionsFilter', () => {
  it('hides an unexpected error behind a plain 500 and logs it scrubbed', () => {
    const { status, body, logs } = run(new Error('connect to https://bob:s3cr3tpass@db.internal/x failed'));
    expect(status).toBe(500);
    expect(body).toEqual({
      status_code: 500,
      error: 'Internal Server Error',
      message: 'internal server error',
    });
    expect(logs).toContain('request failed');
    expect(logs).not.toContain('s3cr3tpass');
  });

  it('joins validation messages and maps use-case errors', () => {
    expect(run(new BadRequestException(['a must be a string', 'b should not exist'])).body).toEqual({
      status_code: 400,
      error: 'Bad Request',
      message: 'a must be a string; b should not exist',
    });
    expect(run(new JobsError('conflict', 'job x is scanning')).status).toBe(409);
    expect(run(new JobsError('not_found', 'job x not found')).status).toBe(404);
    expect(run(new BrokerUnavailableError()).status).toBe(503);
  });
});
