// A git smart-HTTP server with basic authentication for the benchmarks: Node's http server in
// front of git's own `git http-backend` CGI. Plain-JS port of test/support/git-http-server.ts
// (the benchmarks run without ts-jest), without the request recording.
/* global Buffer, URL */
'use strict';
const { execFileSync, spawn } = require('node:child_process');
const { timingSafeEqual } = require('node:crypto');
const { createServer } = require('node:http');
const path = require('node:path');
const { gunzipSync } = require('node:zlib');

function sameText(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function authorized(req, username, password) {
  const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization || '');
  if (!m) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return (
    colon >= 0 && sameText(decoded.slice(0, colon), username) && sameText(decoded.slice(colon + 1), password)
  );
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  // git compresses large fetch negotiations; the CGI wants the plain body with its real length
  return /gzip/i.test(String(req.headers['content-encoding'] || '')) ? gunzipSync(body) : body;
}

// CGI output: header lines, a blank line, then the body. `Status: 404 Not Found` sets the code.
function splitCgiResponse(out) {
  let end = out.indexOf('\r\n\r\n');
  let sep = 4;
  const lf = out.indexOf('\n\n');
  if (end < 0 || (lf >= 0 && lf < end)) {
    end = lf;
    sep = 2;
  }
  if (end < 0) return { status: 502, headers: [], body: out };
  const headers = [];
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

function runBackend(backend, root, req, user, body) {
  const url = new URL(req.url || '/', 'http://localhost');
  const env = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    REQUEST_METHOD: req.method || 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.replace(/^\?/, ''),
    CONTENT_TYPE: req.headers['content-type'] || '',
    CONTENT_LENGTH: String(body.length),
    REMOTE_USER: user,
    REMOTE_ADDR: req.socket.remoteAddress || '127.0.0.1',
    GIT_PROTOCOL: String(req.headers['git-protocol'] || ''),
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(backend, [], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(out)));
    child.stdin.on('error', () => undefined);
    child.stdin.end(body);
  });
}

// Serves `<url>/<name>.git` for every bare repository under `root`.
async function startGitHttpServer({ root, username, password }) {
  const execPath = execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim();
  const backend = path.join(execPath, 'git-http-backend');
  const server = createServer((req, res) => {
    (async () => {
      const body = await readBody(req);
      if (!authorized(req, username, password)) {
        res.writeHead(401, {
          'WWW-Authenticate': 'Basic realm="deployguard-bench"',
          'Content-Type': 'text/plain',
        });
        res.end('authentication required\n');
        return;
      }
      const cgi = splitCgiResponse(await runBackend(backend, root, req, username, body));
      res.writeHead(cgi.status, cgi.headers);
      res.end(cgi.body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

module.exports = { startGitHttpServer };
