import { BadRequestException, ServiceUnavailableException, type ArgumentsHost } from '@nestjs/common';
import { JobsError } from '@deployguard/jobs';
import { OutageLog } from '@deployguard/logging';
import { BrokerUnavailableError } from '@deployguard/messaging';
import { StorageRejectedError, StorageUnavailableError } from '@deployguard/storage';
import pino from 'pino';
import { AllExceptionsFilter } from './all-exceptions.filter';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

// One filter (and one outage log) per test: `run` sends it errors and keeps the log lines.
function filterWithLogs() {
  const logs: Record<string, unknown>[] = [];
  const logger = pino({}, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const filter = new AllExceptionsFilter(logger, new OutageLog(logger));
  const run = (error: unknown): Answer => {
    const answer: Answer = { status: 0, body: {}, headers: {} };
    const response = {
      headersSent: false,
      setHeader: (name: string, value: string) => void (answer.headers[name] = value),
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
    return answer;
  };
  return { run, logs };
}

// pino's numeric levels (this logger is the library default, not the service factory)
const WARN = 40;
const ERROR = 50;

describe('AllExceptionsFilter', () => {
  it('hides an unexpected error behind a plain 500 and logs it scrubbed', () => {
    const { run, logs } = filterWithLogs();
    const { status, body } = run(new Error('connect to https://bob:s3cr3tpass@db.internal/x failed'));
    expect(status).toBe(500);
    expect(body).toEqual({
      status_code: 500,
      error: 'Internal Server Error',
      message: 'internal server error',
    });
    expect(logs.map((l) => l.msg)).toEqual(['request failed']);
    expect(JSON.stringify(logs)).not.toContain('s3cr3tpass');
  });

  it('joins validation messages and maps use-case errors', () => {
    const { run } = filterWithLogs();
    expect(run(new BadRequestException(['a must be a string', 'b should not exist'])).body).toEqual({
      status_code: 400,
      error: 'Bad Request',
      message: 'a must be a string; b should not exist',
    });
    expect(run(new JobsError('conflict', 'job x is scanning')).status).toBe(409);
    expect(run(new JobsError('not_found', 'job x not found')).status).toBe(404);
  });

  it('answers 503 with Retry-After naming the dependency that is down, and logs the outage once', () => {
    const { run, logs } = filterWithLogs();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (let i = 0; i < 3; i++) {
      expect(run(refused)).toEqual({
        status: 503,
        headers: { 'Retry-After': '5' },
        body: {
          status_code: 503,
          error: 'Service Unavailable',
          message: 'database unavailable; try again later',
        },
      });
    }
    expect(run(new BrokerUnavailableError())).toMatchObject({
      status: 503,
      headers: { 'Retry-After': '5' },
      body: { message: 'message broker unavailable; try again later' },
    });
    expect(
      run(new StorageUnavailableError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9000')),
    ).toMatchObject({
      status: 503,
      headers: { 'Retry-After': '5' },
      body: { message: 'object storage unavailable; try again later' },
    });
    // waiting does not fix a bucket that is gone: no Retry-After
    expect(
      run(new StorageRejectedError('NoSuchBucket', 'The specified bucket does not exist')),
    ).toMatchObject({
      status: 503,
      headers: {},
    });
    expect(logs.map((l) => [l.level, l.msg])).toEqual([
      [WARN, 'database unavailable'],
      [WARN, 'broker unavailable'],
      [WARN, 'storage unavailable'],
    ]);
    expect(logs[0].error).toBe('connect ECONNREFUSED 127.0.0.1:5432');
  });

  it('logs nothing for an expected 503 such as a failing readiness probe', () => {
    const { run, logs } = filterWithLogs();
    expect(run(new ServiceUnavailableException({ message: 'not ready: database down' })).status).toBe(503);
    expect(logs.filter((l) => (l.level as number) >= ERROR)).toEqual([]);
  });
});
