// The one way the panel talks to the API: openapi-fetch over the paths generated from the OpenAPI
// document (schema.d.ts), with the development identity header and one error type whose message
// is the API's own (it says what was wrong and what is accepted).
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { devUserId } from './identity';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const identity: Middleware = {
  onRequest({ request }) {
    const user = devUserId();
    if (user) request.headers.set('X-Dev-User-ID', user);
    return request;
  },
};

// The document marks X-User-ID required on every user route; the gateway sets it, never the panel.
type WithoutUserHeader<Op> = Op extends { parameters: infer P }
  ? Omit<Op, 'parameters'> & { parameters: Omit<P, 'header'> & { header?: never } }
  : Op;
type PanelPaths = { [Path in keyof paths]: { [M in keyof paths[Path]]: WithoutUserHeader<paths[Path][M]> } };

// the document's paths start with /api/v2: requests go to the origin the panel was served from
export const api = createClient<PanelPaths>({
  baseUrl: globalThis.location?.origin ?? '',
  // looked up at each call, not once at load, so a test can put its own in place
  fetch: (request) => globalThis.fetch(request),
});
api.use(identity);

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer as `T`, or an ApiError with the API's message. */
export async function unwrap<T>(call: Promise<Answer>): Promise<T> {
  let answer: Answer;
  try {
    answer = await call;
  } catch {
    throw new ApiError(0, 'the API cannot be reached; check the connection and try again');
  }
  if (answer.response.ok) return answer.data as T;
  const body = answer.error as { message?: unknown } | undefined;
  const message =
    typeof body?.message === 'string' ? body.message : `the API answered ${answer.response.status}`;
  throw new ApiError(answer.response.status, message);
}
