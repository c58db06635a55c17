// The few Express request/response members the API uses (@types/express is not installed).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HttpRequest extends IncomingMessage {
  method: string;
  path: string;
  baseUrl: string;
  route?: { path: string };
  params: Record<string, string | undefined>;
  ip?: string;
  body?: unknown;
  // set by UserIdGuard
  userId?: string;
}

export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  json(body: unknown): this;
  send(body: unknown): this;
}

export type NextFunction = (error?: unknown) => void;
export type Middleware = (req: HttpRequest, res: HttpResponse, next: NextFunction) => void;
