// Error types the callers branch on, and the scrubbing every broker error passes through
// before it may become a log line or an error message.

export class BrokerUnavailableError extends Error {
  override readonly name = 'BrokerUnavailableError';
  constructor(message = 'message broker unavailable') {
    super(message);
  }
}

// Thrown by a task handler when retrying cannot help (bad input, job deleted, …):
// the message goes to the dead-letter queue at once.
export class NonRetryableError extends Error {
  override readonly name = 'NonRetryableError';
}

export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError';
  constructor(
    readonly limit: 'soft' | 'hard',
    limitMs: number,
  ) {
    super(`task exceeded its ${limit} time limit of ${limitMs} ms`);
  }
}

// The broker took the message but could not route it to a queue (queue deleted).
export class PublishRejectedError extends Error {
  override readonly name = 'PublishRejectedError';
}

const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^/@\s:]+)(?::[^/@\s]*)?@/gi;

export function scrubAmqpUrl(url: string): string {
  return url.replace(URL_USERINFO, '$1$2:***@');
}

// Removes URL credentials and the literal password from any text.
export function scrubText(text: string, url?: string): string {
  let out = text.replace(URL_USERINFO, '$1$2:***@');
  const password = url ? passwordOf(url) : '';
  if (password.length >= 3) out = out.split(password).join('***');
  return out;
}

function passwordOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

export function errorMessage(err: unknown, url?: string): string {
  const text = err instanceof Error ? err.message : String(err);
  return scrubText(text, url).slice(0, 1000);
}
