// JSON bodies only, at most BODY_LIMIT_BYTES, and an object at the top level. Parse errors are
// answered here in the API's error shape (express middleware errors never reach Nest's filters).
import type {
  HttpRequest as Request,
  HttpResponse as Response,
  Middleware,
  NextFunction,
} from './http.types';
import { errorBody, toErrorBody } from './http-error.util';

export const BODY_LIMIT_BYTES = 64 * 1024;
// Deeper bodies are refused before validation, whose recursion would overflow the stack.
export const BODY_MAX_DEPTH = 32;

// required, not imported: @types/express is not installed
const express = require('express') as { json(options: { limit: number; strict: boolean }): Middleware };

export const jsonBodyParser = express.json({ limit: BODY_LIMIT_BYTES, strict: true });

export function objectBodyOnly(req: Request, res: Response, next: NextFunction): void {
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    // otherwise the body would be ignored and the request judged as if it had none
    res.status(415).json(errorBody(415, 'the request body must be JSON (Content-Type: application/json)'));
    return;
  }
  if (Array.isArray(req.body)) {
    res.status(400).json(errorBody(400, 'the request body must be a JSON object, not an array'));
    return;
  }
  if (depthExceeds(req.body, BODY_MAX_DEPTH)) {
    res
      .status(400)
      .json(errorBody(400, `the request body is nested more than ${BODY_MAX_DEPTH} levels deep`));
    return;
  }
  next();
}

// Iterative, so a body nested a million levels deep cannot overflow the stack here either.
function depthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

export function bodyErrorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  // zlib's errors (a body whose Content-Encoding does not match its bytes) carry no body-parser type.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    const encoding = String(req.headers['content-encoding'] ?? '');
    res
      .status(400)
      .json(
        errorBody(
          400,
          `the request body is not valid ${encoding} data as its Content-Encoding header says; compress it with ${encoding} or drop the header`,
        ),
      );
    return;
  }
  const body = toErrorBody(error, BODY_LIMIT_BYTES);
  if (!body) return next(error);
  res.status(body.status_code).json(body);
}
