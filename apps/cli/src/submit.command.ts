// `deployguard submit`: hands a local repository to the service when the service cannot reach it
// (a laptop, a pipeline behind a firewall): bundles every ref, creates an upload job, PUTs the
// bundle straight to storage through the job's presigned URL, and starts the scan (SPEC §11).
// With --wait it follows the job to the end of its scan: exit 1 when secrets were found.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { findRepositoryRoot, runGit, scrubUrl } from '@deployguard/git';
import { CliError, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './cli-error';

interface SubmitFlags {
  repoPath?: string;
  api: string;
  userId?: string;
  branch?: string;
  wait?: boolean;
  timeout: string;
}

interface UploadJob {
  id: string;
  status: string;
  upload: { url: string; method: 'PUT'; max_bytes: number; expires_at: string };
}

const POLL_MS = 1000;

export function submitCommand(): Command {
  return new Command('submit')
    .description('upload a local repository (a git bundle) to the DeployGuard service and start its scan')
    .option('--repo-path <path>', 'the repository (default: the current directory)')
    .requiredOption('--api <url>', 'the service base URL, e.g. https://deployguard.example.com')
    .option(
      '--user-id <id>',
      'X-User-ID for a service reached without its gateway (default: $DEPLOYGUARD_USER_ID)',
    )
    .option('--branch <name>', 'scan only this branch (default: every branch and tag)')
    .option('--wait', 'wait for the scan to finish; exit 1 when it found secrets')
    .option('--timeout <seconds>', 'with --wait: give up after this long', '3600')
    .action(async (flags: SubmitFlags) => {
      process.exitCode = await submit(flags);
    });
}

async function submit(flags: SubmitFlags): Promise<number> {
  const api = apiBase(flags.api);
  const repo = await findRepositoryRoot(resolve(flags.repoPath ?? '.'));
  if (!repo) throw new CliError(`${flags.repoPath ?? 'the current directory'} is not a git repository`);
  const headers = identityHeaders(flags.userId);
  const dir = await mkdtemp(join(tmpdir(), 'deployguard-submit-'));
  try {
    const bundle = join(dir, 'source.bundle');
    await runGit(['bundle', 'create', '--quiet', bundle, '--all'], { cwd: repo.root }).catch((e: Error) => {
      throw new CliError(`cannot bundle ${repo.root} (does it have a commit?): ${e.message}`);
    });
    const { size } = await stat(bundle);
    const job = await call<UploadJob>(api, 'POST', '/jobs', headers, {
      source_upload: true,
      ...(flags.branch ? { source_branch: flags.branch } : {}),
    });
    if (size > job.upload.max_bytes)
      throw new CliError(
        `the bundle is ${size} bytes, over the service's ${job.upload.max_bytes}-byte limit`,
      );
    // Straight to storage; the URL's signature is a credential: it is never printed.
    const put = await fetch(job.upload.url, {
      method: 'PUT',
      body: Readable.toWeb(createReadStream(bundle)) as ReadableStream,
      headers: { 'Content-Length': String(size), 'Content-Type': 'application/octet-stream' },
      duplex: 'half',
    } as RequestInit).catch((e: Error) => {
      throw new CliError(
        `cannot upload the bundle to storage (${new URL(job.upload.url).host}): ${e.message}`,
      );
    });
    if (!put.ok) throw new CliError(`storage refused the upload: HTTP ${put.status}`);
    const started = await call<{ status: string }>(api, 'POST', `/jobs/${job.id}/start`, headers);
    process.stdout.write(`deployguard: job ${job.id} ${started.status}: ${size} bytes uploaded\n`);
    return flags.wait ? await waitForScan(api, job.id, headers, Number(flags.timeout)) : EXIT_CLEAN;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Follows the job until its scan ends; the exit code says what it found.
async function waitForScan(
  api: string,
  id: string,
  headers: Record<string, string>,
  timeoutS: number,
): Promise<number> {
  if (!Number.isFinite(timeoutS) || timeoutS <= 0)
    throw new CliError('--timeout must be a number of seconds');
  const deadline = Date.now() + timeoutS * 1000;
  for (;;) {
    const { job } = await call<{ job: { status: string; findings_count?: number; error_message?: string } }>(
      api,
      'GET',
      `/jobs/${id}`,
      headers,
    );
    if (job.status === 'completed') {
      process.stdout.write(`deployguard: job ${id} completed: no secrets found\n`);
      return EXIT_CLEAN;
    }
    if (job.status === 'awaiting_selection') {
      process.stdout.write(
        `deployguard: job ${id} found ${job.findings_count ?? 'some'} secret(s): review them at ${api}/jobs/${id}/secrets\n`,
      );
      return EXIT_FINDINGS;
    }
    if (job.status === 'failed' || job.status === 'cancelled' || job.status === 'expired') {
      process.stderr.write(
        `deployguard: job ${id} ${job.status}${job.error_message ? `: ${job.error_message}` : ''}\n`,
      );
      return EXIT_ERROR;
    }
    if (Date.now() > deadline) throw new CliError(`job ${id} is still ${job.status} after ${timeoutS} s`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

// `https://host` or `https://host/api/v2` → `https://host/api/v2`.
function apiBase(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError(`--api "${scrubUrl(url)}" is not a URL: give e.g. https://deployguard.example.com`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new CliError(`--api must be an http(s) URL, got ${parsed.protocol}`);
  if (parsed.username || parsed.password)
    throw new CliError('--api must not carry credentials; give the user with --user-id');
  return parsed.href.replace(/\/+$/, '').replace(/\/api\/v2$/, '') + '/api/v2';
}

function identityHeaders(userId?: string): Record<string, string> {
  const id = userId ?? process.env.DEPLOYGUARD_USER_ID;
  return id ? { 'X-User-ID': id } : {};
}

// One JSON call to the API; an error answer becomes a CliError with the API's own message.
async function call<T>(
  api: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: object,
): Promise<T> {
  const res = await fetch(api + path, {
    method,
    headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  }).catch((e: Error) => {
    throw new CliError(`cannot reach the service at ${api}: ${(e.cause as Error)?.message ?? e.message}`);
  });
  const text = await res.text();
  if (!res.ok) {
    let message = text.slice(0, 500);
    try {
      const parsed = JSON.parse(text) as { message?: unknown };
      if (parsed.message) message = ([] as unknown[]).concat(parsed.message).join('; ');
    } catch {
      // not JSON: the text itself
    }
    throw new CliError(`${method} ${path}: HTTP ${res.status}: ${message}`);
  }
  return JSON.parse(text) as T;
}
