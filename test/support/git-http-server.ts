// A real git smart-HTTP server for tests: Node's http server in front of git's own
// `git http-backend` CGI, with HTTP basic authentication. Every request is recorded so tests can
// assert that nothing secret travelled in a URL.
import { execFileSync, spawn } from 'node:child_process';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface GitHttpServerOptions {
  // Directory holding the bare repositories served (`<url>/<name>.git`).
  root: string;
  username: string;
  password: string;
  // Delay before each response, so tests can observe processes while git talks to the server.
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  // Path and query exactly as received.
  url: string;
  // All headers except Authorization (which is checked, then dropped).
  headers: Record<string, string | string[] | undefined>;
  authorized: boolean;
  status: number;
}

export interface GitHttpServer {
  // e.g. http://127.0.0.1:41234 — append `/<repo>.git`.
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const REALM = 'deployguard-test';

function backendPath(): string {
  const execPath = execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim();
  return join(execPath, 'git-http-backend');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function checkAuth(req: IncomingMessage, username: string, password: string): boolean {
  const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return (
    colon >= 0 && sameText(decoded.slice(0, colon), username) && sameText(decoded.slice(colon + 1), password)
  );
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  // git compresses large fetch negotiations; the CGI wants the plain body with its real length.
  return /gzip/i.test(String(req.headers['content-encoding'] ?? '')) ? gunzipSync(body) : body;
}

// CGI output: header lines, a blank line, then the body. `Status: 404 Not Found` sets the code.
function splitCgiResponse(out: Buffer): { status: number; headers: [string, string][]; body: Buffer } {
  let end = out.indexOf('\r\n\r\n');
  let sep = 4;
  const lf = out.indexOf('\n\n');
  if (end < 0 || (lf >= 0 && lf < end)) {
    end = lf;
    sep = 2;
  }
  if (end < 0) return { status: 502, headers: [], body: out };
  const headers: [string, string][] = [];
  let status = 200;
  for (const line of out.subarray(0, end).toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
    else headers.push([name, value]);
  }
  return { status, headers, body: out.subarray(end + sep) };
}

function runBackend(
  backend: string,
  root: string,
  req: IncomingMessage,
  user: string,
  body: Buffer,
): Promise<Buffer> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.replace(/^\?/, ''),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    CONTENT_LENGTH: String(body.length),
    REMOTE_USER: user,
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
    // Pushing over HTTP is off by default in http-backend; the server is ours, so allow it.
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.receivepack',
    GIT_CONFIG_VALUE_0: 'true',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(backend, [], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(out)));
    child.stdin.on('error', () => undefined);
    child.stdin.end(body);
  });
}

export async function startGitHttpServer(options: GitHttpServerOptions): Promise<GitHttpServer> {
  const backend = backendPath();
  const requests: RecordedRequest[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const { authorization: _dropped, ...headers } = req.headers;
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers,
      authorized: false,
      status: 0,
    };
    requests.push(record);
    // unref: a pending delay must not keep the test process alive after close().
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs).unref());
    const body = await readBody(req);
    if (!checkAuth(req, options.username, options.password)) {
      record.status = 401;
      res.writeHead(401, { 'WWW-Authenticate': `Basic realm="${REALM}"`, 'Content-Type': 'text/plain' });
      res.end('authentication required\n');
      return;
    }
    record.authorized = true;
    const cgi = splitCgiResponse(await runBackend(backend, options.root, req, options.username, body));
    record.status = cgi.status;
    res.writeHead(cgi.status, cgi.headers);
    res.end(cgi.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
