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
  next();
}

export function bodyErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const body = toErrorBody(error, BODY_LIMIT_BYTES);
  if (!body) return next(error);
  res.status(body.status_code).json(body);
}
