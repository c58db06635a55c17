// The review panel (apps/web, built by vite into dist/web) served at `/` as static files, under a
// strict Content-Security-Policy: only the panel's own scripts, styles and API calls, nothing
// inline, no frames. Every path outside /api/ that is not a file gets index.html (the panel
// routes in the browser). Without a built panel the API runs as before.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { HttpRequest, HttpResponse, NextFunction } from '../common/http.types';

export const PANEL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PANEL_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

// dist/web of this checkout (the directory with package.json), from the compiled API
// (dist/apps/api/src/web) as from its source (tests)
export function defaultPanelDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

function setSecurityHeaders(res: { setHeader(name: string, value: string): unknown }): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** Serves the built panel from `dir` (absolute); returns false (and logs once) when it is not built. */
export function servePanel(app: NestExpressApplication, dir: string, logger: Logger): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ dir }, 'review panel not built (npm run build); only the API is served');
    return false;
  }
  app.useStaticAssets(dir, {
    index: false,
    redirect: false,
    setHeaders: (res, path) => {
      setSecurityHeaders(res);
      // file names under assets/ carry a content hash
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((req: HttpRequest, res: HttpResponse, next: NextFunction) => {
    const path = req.path;
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !path.startsWith('/api/');
    // a missing asset (a name with an extension) is a plain 404, not the page
    if (!isPage || /\.[A-Za-z0-9]+$/.test(path)) return next();
    // read per request (a few hundred bytes): a rebuilt panel is served without a restart
    readFile(index).then((html) => {
      setSecurityHeaders(res);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.status(200).send(req.method === 'HEAD' ? '' : html);
    }, next);
  });
  return true;
}
