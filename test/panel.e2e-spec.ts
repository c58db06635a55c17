// The review panel in headless Chromium (Debian's chromium driven by playwright-core) against the
// whole service: the API (in this process, serving the built panel from dist/web), a worker (a
// real child process), PostgreSQL, RabbitMQ, s3rver, authenticated git smart-HTTP servers and a
// credential service. A person's path, by the panel alone: register a repository → scan it →
// review the findings grouped by secret, mark some to clean and one false positive → clean →
// verified → download the zip (checked with git) → push to a bare repository. Along the way: axe
// finds no accessibility violation, the planted values appear in no page, response body or
// browser storage, the Content-Security-Policy holds, a narrow screen needs no sideways scroll,
// and screenshots of the main views go to docs/panel/.
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '@deployguard/config';
import { MessagingConnection } from '@deployguard/messaging';
import { runMigrations } from '@deployguard/persistence';
import { createApiApp } from '../apps/api/src/api.app';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import { commitFiles, git, initRepo, listRefs } from './support/git-fixtures';
import { startS3Server, type TestS3Server } from './support/s3-server';
import {
  compileWorker,
  createTestDatabase,
  type CredentialService,
  deleteBrokerTopology,
  dropTestDatabase,
  killProcessGroup,
  serviceEnv,
  startCredentialService,
  startWorkerProcess,
  tearDown,
  waitFor,
} from './support/service-stack';
import { extractZip } from './support/zip';

jest.setTimeout(240_000);
const ROOT = join(__dirname, '..');
const PANEL_DIR = join(ROOT, 'dist', 'web');
const SHOTS = join(ROOT, 'docs', 'panel');
const SCHEMA_FILE = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUN = randomBytes(4).toString('hex');
const DB_NAME = `deployguard_panel_test_${RUN}`;
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DB_NAME}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const PREFIX = `dgtest-panel-${RUN}`;
const USER = `panel-user-${RUN}`;
// planted values (built from parts so the repository's own scanners do not flag this file)
const PAT = 'ghp_' + 'Qm7Vb2Lx8Wk4Rz6Tn1Yc3Hd9Pf5Ja0Gs4EuR';
const AWS = 'AKIA' + 'QX6CV2BN7ML5KJ3P';
const STRIPE = 'sk_live_' + '51Hx7Tq2Lm9Vw4Zr8Kp3Nd6Ys';
const SRC = { id: 'src-cred', username: 'src-bot', password: `Src-Pw#${RUN}-q4W` };
const DST = { id: 'dst-cred', username: 'dst-bot', password: `Dst-Pw#${RUN}-z8Y` };
const PLANTED = [PAT, AWS, STRIPE, SRC.password, DST.password];
const KEYS = { report: randomBytes(32).toString('hex'), hash: randomBytes(32).toString('hex') };

const tmp = mkdtempSync(join(tmpdir(), 'dg-panel-e2e-'));
const buildDir = join(tmp, 'build');
const workspaceRoot = join(tmp, 'workspace');
const gitRoot = join(tmp, 'git');
const logs: string[] = [];
// every body the browser received from our origin and storage, searched for the planted values
const bodies: { url: string; text: string }[] = [];
const consoleErrors: string[] = [];
let s3: TestS3Server;
let gitSource: GitHttpServer;
let gitTarget: GitHttpServer;
let creds: CredentialService;
let app: INestApplication;
let base: string;
let worker: ChildProcess;
let build: Promise<void> | undefined;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const env = () => ({
  ...serviceEnv({
    databaseUrl: DATABASE_URL,
    amqpUrl: AMQP,
    s3,
    authServiceUrl: creds.url,
    keys: KEYS,
    workspaceRoot,
  }),
  PANEL_DEV_IDENTITY: 'true',
});

// evaluated in the page (strings: this file is compiled without the DOM library)
const FITS_WIDTH = 'document.documentElement.scrollWidth <= window.innerWidth';

async function shot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function expectAccessible(view: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const found = result.violations.map((v) => `${view}: ${v.id} (${v.nodes.map((n) => n.target).join(', ')})`);
  expect(found).toEqual([]);
}

beforeAll(async () => {
  if (!existsSync(join(PANEL_DIR, 'index.html'))) throw new Error('build the panel first: npm run build');
  build = compileWorker(buildDir);
  mkdirSync(workspaceRoot);
  const work = initRepo(join(tmp, 'source-work'));
  commitFiles(
    work,
    { 'README.md': '# shop\n', 'src/config.js': `export const token = "${PAT}";\n` },
    'config',
  );
  commitFiles(
    work,
    {
      'deploy/.env': `AWS_ACCESS_KEY_ID=${AWS}\n`,
      'scripts/release.sh': `export GITHUB_TOKEN=${PAT}\n`,
      'billing/stripe.js': `const stripe = require('stripe')('${STRIPE}');\n`,
    },
    'deploy and billing',
  );
  git(tmp, ['clone', '--mirror', '--quiet', work, join(gitRoot, 'source.git')]);
  initRepo(join(gitRoot, 'target.git'), { bare: true });
  [s3, gitSource, gitTarget, creds] = await Promise.all([
    startS3Server(),
    startGitHttpServer({ root: gitRoot, username: SRC.username, password: SRC.password }),
    startGitHttpServer({ root: gitRoot, username: DST.username, password: DST.password }),
    startCredentialService(USER, [SRC, DST]),
  ]);
  await createTestDatabase(DB_NAME);
  await runMigrations(loadConfig({ NODE_ENV: 'test', DATABASE_URL }));
  app = await createApiApp(loadConfig(env()), {
    queuePrefix: PREFIX,
    panelDir: PANEL_DIR,
    logDestination: { write: (line: string) => logs.push(`[api] ${line}`) },
  });
  await app.listen(0, '127.0.0.1');
  base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  await app.get(MessagingConnection).waitUntilConnected(10_000);
  await build;
  worker = startWorkerProcess(buildDir, env(), PREFIX, logs);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('response', async (response) => {
    // the presigned download is binary (the cleaned archive, checked with git below)
    if (!response.url().startsWith(base)) return;
    const text = await response.text().catch(() => '');
    bodies.push({ url: response.url(), text });
  });
}, 180_000);

afterAll(async () => {
  const steps: (() => unknown)[] = [
    () => browser?.close(),
    () => killProcessGroup(worker),
    () => app?.close(),
    () => deleteBrokerTopology(PREFIX),
    () => dropTestDatabase(DB_NAME),
    () => s3?.close(),
    () => gitSource?.close(),
    () => gitTarget?.close(),
    () => creds?.close(),
  ];
  await tearDown(steps, build, tmp);
}, 60_000);

// The steps build on each other: after a failed one the rest fail at once instead of timing out.
let broken = false;
function step(name: string, fn: () => Promise<void>): void {
  it(name, async () => {
    if (broken) throw new Error('an earlier step failed');
    await fn().catch((error: unknown) => {
      broken = true;
      throw error;
    });
  });
}

describe('the review panel in a browser', () => {
  let jobId: string;

  step(
    'is served at / under a strict Content-Security-Policy, and the client matches the OpenAPI document',
    async () => {
      const res = await fetch(`${base}/`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(await res.text()).toContain('<div id="root">');
      // an unknown panel route is the page; an unknown API route stays a JSON 404
      expect((await fetch(`${base}/jobs/x`)).headers.get('content-type')).toContain('text/html');
      expect((await fetch(`${base}/api/v2/nothing`, { headers: { 'X-User-ID': USER } })).status).toBe(404);

      // the generated request types are those of the live document (regenerate: UPDATE_PANEL_SCHEMA=1)
      const document = join(tmp, 'openapi.json');
      writeFileSync(document, await (await fetch(`${base}/api/v2/docs-json`)).text());
      const generated = execFileSync('npx', ['openapi-typescript', document], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (process.env.UPDATE_PANEL_SCHEMA) writeFileSync(SCHEMA_FILE, generated);
      expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
    },
  );

  step('opens the jobs view under a second and chooses the development user', async () => {
    const started = Date.now();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Your jobs' }).waitFor();
    const firstRender = Date.now() - started;
    const paint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    logs.push(`[test] panel first render ${firstRender} ms, first contentful paint ${paint} ms\n`);
    process.stdout.write(
      `panel: jobs view rendered in ${firstRender} ms (first contentful paint ${paint} ms)\n`,
    );

    await page.getByText('User: from gateway').click();
    await page.getByLabel('Development user id').fill(USER);
    await page.getByRole('button', { name: 'Use' }).click();
    await page.getByText(`User: ${USER}`).waitFor();
    await page.getByText('No jobs yet').waitFor();
  });

  step('shows the API validation messages next to the new-scan fields', async () => {
    await page.getByLabel('Repository URL').fill(`${gitSource.url}/source.git`);
    await page.getByLabel('Branch', { exact: true }).fill('bad..branch');
    await page.getByLabel('Credentials id').fill('has space');
    await page.getByRole('button', { name: 'Start scan' }).click();
    const branch = page.locator('#source_branch-error');
    await branch.waitFor();
    expect(await branch.textContent()).toContain('source_branch must be a git branch name');
    expect(await page.locator('#source_credentials_id-error').textContent()).toContain('credentials id');
    expect(await page.getByLabel('Branch', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('jobs');
  });

  step('registers the repository and scans it from its page', async () => {
    await page.getByRole('link', { name: 'Repositories' }).click();
    await page.getByText('No registered repositories').waitFor();
    await page.getByLabel('Repository URL').fill(`${gitSource.url}/source.git`);
    await page.getByLabel('Branch', { exact: true }).fill('main');
    await page.getByLabel('Credentials id').fill(SRC.id);
    await page.getByLabel('Schedule', { exact: true }).fill('3600');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('link', { name: `${gitSource.url}/source.git` }).click();
    await page.getByRole('heading', { name: 'Scan runs' }).waitFor();
    await page.getByText('No scan yet.').waitFor();
    await page.getByRole('button', { name: 'Scan now' }).click();
    const review = page.getByRole('link', { name: 'Review' });
    await waitFor(
      'the scan run to finish',
      async () => (await page.getByRole('cell', { name: '4 / 4' }).count()) > 0,
      90_000,
      logs,
    );
    await expectAccessible('repository');
    await shot('repository');
    const href = (await review.getAttribute('href'))!;
    jobId = href.split('/').pop()!;
    await review.click();
  });

  step(
    'reviews the findings grouped by secret, marks two to clean and one false positive, saved as made',
    async () => {
      await page.getByRole('heading', { name: 'Review' }).waitFor();
      const groups = page.locator('li.group');
      // four findings, three values: the token is one row with its two places
      expect(await groups.count()).toBe(3);
      const token = groups.filter({ hasText: '2 places' });
      expect(await token.count()).toBe(1);
      await token.getByRole('button', { expanded: false }).click();
      expect(await token.locator('tbody tr').count()).toBe(2);
      await token.getByRole('button', { name: 'src/config.js:1' }).click();
      const detail = page.locator('aside.detail');
      await detail.getByText('Description').waitFor();
      expect(await detail.textContent()).toMatch(/Commit[0-9a-f]{40}/);
      await detail.getByRole('button', { name: 'Close' }).click();

      // the whole group to clean with the keyboard: focus its row, press c
      await token.getByRole('button', { expanded: true }).focus();
      await page.keyboard.press('c');
      await page.getByText('Selection saved').waitFor();
      // the AWS key as a false positive from its row's buttons
      const aws = groups.filter({ hasText: /AWS/i });
      await aws
        .getByRole('group', { name: /Mark the secret/ })
        .getByRole('button', { name: 'False positive' })
        .click();
      // the Stripe key through the filter: search, then "all matching: Clean"
      await page.getByLabel('Search').fill('billing/');
      expect(await groups.count()).toBe(1);
      await page
        .getByRole('group', { name: /matches the filter/ })
        .getByRole('button', { name: 'Clean' })
        .click();
      await page.getByLabel('Search').fill('');
      await waitFor('the selection to be saved', async () => {
        const res = await fetch(`${base}/api/v2/jobs/${jobId}`, { headers: { 'X-User-ID': USER } });
        const { secrets } = (await res.json()) as {
          secrets: { selected_for_cleaning: boolean; false_positive: boolean }[];
        };
        const selected = secrets.filter((s) => s.selected_for_cleaning).length;
        const fp = secrets.filter((s) => s.false_positive).length;
        return selected === 3 && fp === 1;
      });
      await page.getByText('Selection saved').waitFor();
      await expectAccessible('review');
      await shot('review');
    },
  );

  step(
    'cleans, shows the verified result and the per-secret report, with the rotation reminder',
    async () => {
      const reminder = page.getByRole('note');
      expect(await reminder.textContent()).toContain('rotated');
      await page.getByRole('button', { name: 'Clean 3 selected findings' }).click();
      await page.getByText('Verified: no selected value is left').waitFor({ timeout: 90_000 });
      expect(await page.getByText(/commits rewritten/).textContent()).toMatch(
        /^\d+ of \d+ commits rewritten · \d+ file versions changed · 3 occurrences replaced/,
      );
      const report = page.getByRole('table', { name: 'Per secret' });
      expect(await report.locator('tbody tr').count()).toBe(2);
      expect(await report.textContent()).toContain('scripts/release.sh');
      expect(await page.getByRole('note').textContent()).toContain('rotated');
      await expectAccessible('deliver');
      await shot('deliver');
    },
  );

  step(
    'downloads the cleaned zip: the cleaned values are gone from every commit, the false positive kept',
    async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download zip' }).click(),
      ]);
      const zip = join(tmp, 'cleaned.zip');
      await download.saveAs(zip);
      const unpacked = join(tmp, 'unzipped');
      await extractZip(zip, unpacked);
      const repo = join(unpacked, readdirSync(unpacked)[0]);
      expect(git(repo, ['fsck', '--strict'])).toBe('');
      const history = git(repo, ['log', '--all', '-p']);
      expect(history).not.toContain(PAT);
      expect(history).not.toContain(STRIPE);
      expect(history).toContain(AWS);
    },
  );

  step('pushes to a bare repository and watches the push', async () => {
    await page.getByLabel('Target URL').fill(`${gitTarget.url}/target.git`);
    await page.getByLabel('Credentials id').fill(DST.id);
    await page.getByLabel(/Force push/).check();
    await page.getByRole('button', { name: 'Push', exact: true }).click();
    await page.getByText(`Pushed to ${gitTarget.url}/target.git`).waitFor({ timeout: 90_000 });
    const target = join(gitRoot, 'target.git');
    expect(Object.keys(listRefs(target))).toContain('refs/heads/main');
    expect(git(target, ['log', '--all', '-p'])).not.toContain(PAT);
  });

  step(
    'lists the job, fits a narrow screen, and never held a planted value in a page, response or storage',
    async () => {
      await page.getByRole('link', { name: 'Jobs', exact: true }).click();
      const row = page.getByRole('row').filter({ hasText: 'pushed' });
      await row.waitFor();
      expect(await row.textContent()).toContain('4');
      await shot('jobs');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate<boolean>(FITS_WIDTH)).toBe(true);
      await shot('jobs-narrow');
      await page.goto(`${base}/jobs/${jobId}`);
      await page.getByRole('heading', { name: 'Review' }).waitFor();
      expect(await page.evaluate<boolean>(FITS_WIDTH)).toBe(true);

      const storage = await page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage })');
      const html = await page.content();
      expect(bodies.length).toBeGreaterThan(10);
      for (const value of PLANTED) {
        expect(html).not.toContain(value);
        expect(storage).not.toContain(value);
        for (const body of bodies)
          expect({ url: body.url, leaked: body.text.includes(value) }).toEqual({
            url: body.url,
            leaked: false,
          });
        expect(logs.join('')).not.toContain(value);
      }
      expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    },
  );
});
