// Scans a repository's history (every distinct blob read once in bulk and scanned once, each
// finding attributed to the commit that introduced it at that path) or a working tree.
import { lstatSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Detector,
  PathFilter,
  IGNORE_FILE_NAME,
  isLockFile,
  type RawFinding,
  type Rule,
} from '@deployguard/detect';
import { findRepositoryRoot, runGit } from '@deployguard/git';
import {
  emptyStats,
  type Finding,
  type ScanReport,
  type ScanStats,
  type SkippedItem,
} from '@deployguard/report';
import { packOrder } from './blob-reader';
import { BlobScan } from './blob-scan';
import { readCommitInfo, redactMessages, textRedactor } from './commit-info';
import { toFinding, type FindingPlace } from './finding.factory';
import { buildHistoryIndex, isDamagedRepositoryError, type HistoryIndex } from './history-index';
import { CommitMetadataScan, scanTagMessages } from './metadata-scan';
import { isPartialClone, listRefs, shallowBoundary, type RefEntry } from './ref-listing';
import { maskValuesInFiles, secretsInNames } from './file-names';
import { linkNotReadNotice, readGitFiles } from './git-files';
import { scanGitText } from './scan-git';
import {
  annotatedObject,
  backupRefsWarning,
  damagedHistoryWarnings,
  missingRefsWarning,
  missingWarning,
  notesCommitsOf,
  olderStashEntries,
  pathFindings,
  refsInScope,
  shallowWarning,
  tagObjects,
  taggedObjects,
  type Pending,
} from './history-extras';
import { historyScanThreads, ScanPool, type BlobVerdict } from './scan-pool';
import { ScanInputError, type ScanOptions, type ScanResult, type ScanState } from './scan.types';
import { scanFiles } from './file-scan';
import { listDirectoryFiles, listRepositoryFiles, readRootFile } from './working-tree';
import { listUncommitted, type StagedBlob } from './uncommitted';
import { scanStagedBlobs } from './staged-blob-scan';
import { TOOL_VERSION } from './tool-version';
import { assertPlainGitDirectory } from './git-dir-check';
import { PhaseClock } from './phase-timing';

const MAX_LISTED_SKIPS = 1000;

export async function scanRepository(options: ScanOptions): Promise<ScanResult> {
  const started = Date.now();
  const info = await stat(options.path).catch(() => null);
  if (!info)
    throw new ScanInputError(
      `${options.path} does not exist: give the path of a git repository or a directory`,
    );
  if (!info.isDirectory())
    throw new ScanInputError(
      `${options.path} is not a directory: give the path of a git repository or a directory`,
    );

  // git blocks on a named pipe in its own directory (config, HEAD) from its first call on: the
  // repository the path looks like is checked before git runs, the one git finds after.
  const looks = await apparentRepository(options.path);
  if (looks) await assertPlainGitDirectory(looks.root, looks.bare);
  const repo = await findRepositoryRoot(options.path);
  if (repo && (repo.root !== looks?.root || repo.bare !== looks.bare))
    await assertPlainGitDirectory(repo.root, repo.bare);
  // A directory that looks like a repository but that git will not open (another user's, without
  // safe.directory; a damaged git directory): scanning its files would report no history at all.
  if (!repo && looks) throw new ScanInputError(await whyGitRefuses(looks.root));
  const ctx = new ScanContext(options, repo !== null);
  if (!repo) {
    if (options.history) {
      ctx.warnings.push(`${options.path} is not a git repository: scanned its files, without history`);
    }
    const files = await listDirectoryFiles(options.path);
    await ctx.scanWorkingFiles(options.path, files, ctx.ignoreFile(options.path));
  } else if (!options.history) {
    if (repo.bare)
      throw new ScanInputError(
        `${repo.root} is a bare repository: it has no files to scan without history; drop --no-history`,
      );
    const files = await listRepositoryFiles(repo.root);
    await ctx.scanWorkingFiles(repo.root, files, ctx.ignoreFile(repo.root));
  } else {
    const filter = options.ignoreFrom
      ? await ctx.ignoreAt(repo.root, options.ignoreFrom)
      : repo.bare
        ? await ctx.ignoreAt(repo.root, 'HEAD')
        : ctx.ignoreFile(repo.root);
    try {
      await ctx.scanHistory(repo.root, filter);
    } catch (e) {
      // A store git cannot read at all (a truncated pack): the work tree's files still can be.
      if (repo.bare || !isDamagedRepositoryError(e)) throw e;
      ctx.warnings.push(
        `the history could not be read (${e.message.split('\n')[0]}): run git fsck; only the files ` +
          `of the working tree were scanned`,
      );
      await ctx.scanWorkingFiles(repo.root, await listRepositoryFiles(repo.root), filter);
      return ctx.finish(started);
    }
    if (!repo.bare && options.uncommitted !== false) {
      // Staged, modified and untracked files are not in history yet; found-in-history wins on duplicates.
      const { files, staged, warning } = await listUncommitted(repo.root);
      if (warning) ctx.warnings.push(warning);
      // A damaged history may have lost the path of a file that is still in the work tree: then
      // every work-tree file is scanned, not only the uncommitted ones.
      const all = ctx.historyDamaged ? await listRepositoryFiles(repo.root) : [];
      const read = all.length > 0 ? [...new Set([...all, ...files])] : files;
      if (read.length > 0) await ctx.scanWorkingFiles(repo.root, read, filter);
      if (staged.length > 0) await ctx.scanStagedBlobs(repo.root, staged, filter);
    }
  }
  return ctx.finish(started);
}

/**
 * The repository `path` is the top of (it has a `.git`) or the git directory of (HEAD and
 * objects), judged from the files alone; null when it looks like neither.
 */
export async function apparentRepository(path: string): Promise<{ root: string; bare: boolean } | null> {
  const has = (name: string) =>
    lstat(join(path, name)).then(
      () => true,
      () => false,
    );
  if (await has('.git')) return { root: path, bare: false };
  if ((await has('HEAD')) && (await has('objects'))) return { root: path, bare: true };
  return null;
}

// What git says when it will not open `root` as a repository, as one line, with what to do.
async function whyGitRefuses(root: string): Promise<string> {
  const run = await runGit(['rev-parse', '--git-dir'], { cwd: root, okCodes: [128] }).catch((e: Error) => ({
    stderr: e.message,
  }));
  const said = run.stderr
    .split('\n')
    .find((l) => l.startsWith('fatal: '))
    ?.slice('fatal: '.length);
  const why = said ?? 'it is not a repository git can read';
  return /dubious ownership/.test(why)
    ? `git will not open ${root}: it belongs to another user (${why}); scan it as its owner, or trust ` +
        `it with \`git config --global --add safe.directory ${root}\``
    : `git cannot open ${root} as a repository (${why}); run git fsck, or give a directory without a .git`;
}

class ScanContext {
  readonly warnings: string[] = [];
  readonly skipped: SkippedItem[] = [];
  readonly findings = new Map<string, Finding>();
  readonly secrets = new Map<string, string>();
  readonly rulesById: Map<string, Rule>;
  readonly stats: ScanStats;
  readonly state: ScanState = { refTips: [], objects: [] };
  readonly clock = new PhaseClock();
  // Set when the history scan could not read everything (damaged or missing objects, a partial
  // clone's promised blobs).
  historyDamaged = false;
  private suppressed = 0;
  private skipsCut = false;

  constructor(
    private readonly options: ScanOptions,
    isRepo: boolean,
  ) {
    this.rulesById = new Map(options.config.rules.map((r) => [r.id, r]));
    this.stats = emptyStats(
      options.history && isRepo ? 'history' : 'working-tree',
      options.displayName ?? options.path,
      isRepo,
    );
  }

  // The root's .deployguardignore, read like a work-tree file: never through a link (one is said).
  ignoreFile(root: string): PathFilter {
    if (lstatSync(join(root, IGNORE_FILE_NAME), { throwIfNoEntry: false })?.isSymbolicLink())
      this.warnings.push(linkNotReadNotice(IGNORE_FILE_NAME));
    return PathFilter.from(readRootFile(root, IGNORE_FILE_NAME), this.options.config.allowPaths);
  }

  // A commit's file: a bare repository's HEAD's, a range's base's (never through a link, as in a
  // work tree).
  async ignoreAt(gitDir: string, rev: string): Promise<PathFilter> {
    const name = `${rev}:${IGNORE_FILE_NAME}`;
    const files = await readGitFiles(gitDir, [name]).catch(() => null); // null: no HEAD (empty)
    if (files?.links.length) this.warnings.push(linkNotReadNotice(IGNORE_FILE_NAME));
    return PathFilter.from(files?.texts.get(name) ?? null, this.options.config.allowPaths);
  }

  skip(item: SkippedItem): void {
    if (this.skipped.length < MAX_LISTED_SKIPS) this.skipped.push(item);
    else if (!this.skipsCut) {
      this.skipsCut = true; // said once, not once for every item past the limit
      this.warnings.push(`more than ${MAX_LISTED_SKIPS} skipped items: the list is cut`);
    }
  }

  // `defaultThreads`: worker threads when the options do not say (default: one per core).
  pool<K>(onVerdict: (key: K, verdict: BlobVerdict) => void, defaultThreads?: number): ScanPool<K> {
    const { config } = this.options;
    const threads = this.options.threads ?? defaultThreads;
    return new ScanPool(
      { rules: config.rules, allowRegexes: config.allowRegexes, stopwords: config.stopwords, threads },
      this.detector,
      onVerdict,
    );
  }

  private mainDetector: Detector | null = null;

  // The detector of this thread: metadata and paths are small and scanned here.
  get detector(): Detector {
    const { rules, allowRegexes, stopwords } = this.options.config;
    return (this.mainDetector ??= new Detector(rules, { allowRegexes, stopwords }));
  }

  add(raw: RawFinding, place: FindingPlace, order: number, orders: Map<string, number>): void {
    this.values.add(raw.secret);
    const rule = this.rulesById.get(raw.ruleId)!;
    const finding = toFinding(raw, rule, place);
    const fp = finding.fingerprint;
    if (this.options.baseline?.has(fp)) {
      if (!orders.has(fp)) {
        orders.set(fp, -1);
        this.suppressed++;
      }
      return;
    }
    const prev = orders.get(fp);
    if (prev !== undefined && prev <= order) return;
    orders.set(fp, order);
    this.findings.set(fp, finding);
    if (this.options.keepSecretValues) this.secrets.set(fp, raw.secret);
  }

  // Whether a finding of a blob holds at this path of it: a file-name rule only at its files, a
  // generic rule not in lock files (the blob was scanned under one path; see scanHistory).
  private appliesAt(raw: RawFinding, file: string): boolean {
    const rule = this.rulesById.get(raw.ruleId)!;
    return rule.path ? rule.path.test(file) : !(rule.generic && isLockFile(file));
  }

  async scanHistory(repo: string, filter: PathFilter): Promise<void> {
    const { onProgress, config } = this.options;
    onProgress?.({ phase: 'indexing', done: 0, total: 0 });
    const given = this.options.revs && this.options.revs.length > 0 ? this.options.revs : null;
    const base = this.options.incremental;
    const blobs = new BlobScan(
      (onVerdict) => this.pool(onVerdict, historyScanThreads()),
      config.maxFileSizeBytes,
      (done, total) => onProgress?.({ phase: 'scanning', done, total }),
    );
    // A full scan reads every blob of the store while git indexes the history; an incremental one
    // needs the index first, to read only the blobs the previous scan did not. git lists the store
    // from the start, but reading (and scanning, which keeps this thread busy) waits until the
    // history index, the longest of git's passes, has started: it starts at once, and walks as
    // soon as the refs say what more to walk (older stash entries, commits already scanned). What
    // only the report needs is asked for after.
    let indexStarted: () => void = () => undefined;
    let scanFailed: (e: unknown) => void = () => undefined;
    const started = new Promise<void>((resolve, reject) => {
      indexStarted = resolve;
      scanFailed = reject;
    });
    const readAll = base ? null : blobs.readAll(repo, started);
    readAll?.catch(() => undefined); // awaited in scanBlobs; a failure before must not leave it unhandled
    try {
      const listing = listRefs(repo);
      listing.catch(() => undefined); // awaited below
      const revs = given ?? ['--all'];
      const more = (async () => {
        // Every stash entry, not only refs/stash's newest: the older ones live in its reflog only.
        const older = given ? [] : await olderStashEntries(repo, await listing);
        const exclude = base ? await existingCommits(repo, base.refTips) : [];
        return [...older, ...exclude.map((id) => `^${id}`)];
      })();
      const indexStart = performance.now();
      const metadata = new CommitMetadataScan(this.detector);
      const tips = listing.then((refs) => refs.map((r) => r.id));
      tips.catch(() => undefined); // awaited only if git cannot walk the history
      const indexing = buildHistoryIndex(repo, revs, {
        more,
        onCommit: metadata.onCommit,
        // a branch scan names its commit (--branch resolves to one); ranges need git's walk
        tips: !given
          ? tips
          : given.every((r) => /^[0-9a-f]{40,64}$/.test(r))
            ? Promise.resolve(given)
            : undefined,
      });
      indexing.catch(() => undefined); // awaited below
      indexStarted();
      const refs = await listing;
      await more;
      const [boundary, partial] = await Promise.all([shallowBoundary(repo), isPartialClone(repo)]);
      const scope = refsInScope(refs, revs);
      this.stats.refs = scope ? scope.length : revs.length;
      this.stats.tips = scope ? new Set(scope.map((r) => r.id)).size : revs.length;
      this.noteReplaceRefs(refs);
      const broken = missingRefsWarning(refs);
      if (broken) this.warnings.push(broken);
      const backups = backupRefsWarning(scope ?? []);
      if (backups) this.warnings.push(backups);
      this.addRefNameFindings(scope ?? []);
      this.clock.lap('ref listing');
      if (boundary.size > 0) this.warnings.push(shallowWarning(boundary));
      const index = await indexing;
      this.clock.add({ phase: 'history index', wallMs: performance.now() - indexStart });
      const damage = damagedHistoryWarnings(index);
      this.warnings.push(...damage);
      if (damage.length > 0 || refs.some((r) => r.type === 'missing')) this.historyDamaged = true;
      // A commit listed whole, like a shallow boundary, holds content that may be older than it.
      const whole = index.damaged.length > 0 ? new Set([...boundary, ...index.damaged]) : boundary;
      await this.scanBlobs(
        repo,
        filter,
        index,
        metadata,
        { refs, scope: scope ?? [], boundary: whole, partial },
        blobs,
        readAll,
      );
    } catch (e) {
      scanFailed(e); // reading never starts if it had not
      throw e;
    } finally {
      await blobs.close();
    }
  }

  // After the index: which blobs history reaches, read what is still needed, attribute findings.
  private async scanBlobs(
    repo: string,
    filter: PathFilter,
    index: HistoryIndex,
    metadata: CommitMetadataScan,
    { refs, scope, boundary, partial }: RepositoryRefs,
    blobs: BlobScan,
    readAll: Promise<boolean> | null,
  ): Promise<void> {
    const { onProgress } = this.options;
    const base = this.options.incremental;
    this.stats.commits = index.commits.length;
    const [tagged, notesCommits] = await Promise.all([
      taggedObjects(repo, scope, index),
      notesCommitsOf(repo, scope),
    ]);
    const ignoredPath = index.paths.map((p) => filter.ignores(p));
    const wanted = new Set<string>();
    for (const blob of tagged.blobs.keys()) if (!base?.objects.has(blob)) wanted.add(blob);
    for (const [blob, intro] of index.introductions) {
      if (base?.objects.has(blob)) continue;
      for (let i = 0; i < intro.length; i += 2) if (!ignoredPath[intro[i]]) wanted.add(blob);
    }
    blobs.want(wanted);
    this.state.refTips = refTips(refs);
    this.state.objects = base ? [...new Set([...base.objects, ...wanted])] : [...wanted];
    const firstPath = (blob: string): string | null => {
      const intro = index.introductions.get(blob);
      return intro ? index.paths[intro[0]] : null;
    };
    // A blob is scanned once, without a path; the few whose path matters are scanned again under
    // one (a path a file-name rule is bound to if any, else the first: config/master.key), and
    // findings are then kept only at paths where they apply.
    const pathRules = this.options.config.rules.filter((r) => r.path);
    const scanPath = (blob: string): string | undefined => {
      const intro = index.introductions.get(blob);
      if (!intro) return undefined;
      for (let i = 0; i < intro.length && pathRules.length > 0; i += 2)
        if (pathRules.some((r) => r.path!.test(index.paths[intro[i]]))) return index.paths[intro[i]];
      return index.paths[intro[0]];
    };
    const complete = readAll ? await readAll : false;
    const unread = [...wanted].filter((id) => !blobs.has(id));
    const { present, absent } = complete
      ? { present: [], absent: unread }
      : await packOrder(repo, new Set(unread));
    await blobs.read(repo, present);
    const rescan = [...wanted].filter((id) => {
      const path = scanPath(id);
      return path !== undefined && blobs.scannedBlob(id) && this.detector.pathMatters(path);
    });
    if (rescan.length > 0) await blobs.read(repo, blobs.entries(rescan), (id) => scanPath(id)!);
    await blobs.drain();
    await blobs.close(); // the workers' memory is free before attribution
    const scanned = blobs.scanned(wanted);
    this.stats.blobs_scanned = scanned.blobs;
    this.stats.bytes_scanned = scanned.bytes;
    this.clock.lap('blob read', scanned.bytes);
    this.clock.add({ phase: 'detection', wallMs: blobs.busyMs, bytes: scanned.bytes });
    for (const id of absent) {
      this.stats.missing_objects++;
      this.skip({
        file: firstPath(id),
        object: id,
        reason: 'missing-object',
        detail: 'not in the object store (a partial clone, or a lost object)',
      });
    }
    for (const id of wanted) {
      const size = blobs.tooLarge.get(id);
      const reason = blobs.unreadable.get(id);
      if (size !== undefined) {
        this.stats.skipped_too_large++;
        this.skip({
          file: firstPath(id),
          object: id,
          reason: 'too-large',
          detail: `${size} bytes, over the ${this.options.config.maxFileSizeBytes}-byte limit`,
        });
      } else if (reason !== undefined) {
        this.stats.missing_objects++;
        this.skip({ file: firstPath(id), object: id, reason: 'missing-object', detail: reason });
      }
    }
    if (this.stats.missing_objects > 0) {
      this.warnings.push(missingWarning(this.stats.missing_objects, partial));
      this.historyDamaged = true; // the work tree may still hold what is missing here
    }
    this.warnings.push(...blobs.notices);
    onProgress?.({ phase: 'attributing', done: wanted.size, total: wanted.size });

    // `order` is the commit's age in index.commits; values past the end are tags (tagged.refs).
    const pending: Pending[] = [];
    // In the order history lists the blobs, not the order their verdicts came in (worker threads
    // finish in any order): the report's skipped list is the same from run to run.
    for (const blob of wanted) {
      const verdict = blobs.verdicts.get(blob);
      if (verdict === undefined) continue;
      if (verdict.binary) {
        this.stats.skipped_binary++;
        this.skip({
          file: firstPath(blob),
          object: blob,
          reason: 'binary',
          detail: 'binary content (NUL byte)',
        });
        continue;
      }
      const intro = index.introductions.get(blob);
      if (!intro) {
        const order = tagged.blobs.get(blob)!;
        for (const raw of verdict.findings) pending.push({ raw, file: null, location: 'tagged-blob', order });
        continue;
      }
      for (let i = 0; i < intro.length; i += 2) {
        if (ignoredPath[intro[i]]) continue;
        const file = index.paths[intro[i]];
        const order = intro[i + 1];
        // A note: the blob of a notes commit, at the fan-out path of the object it annotates.
        const annotated = notesCommits.has(index.commits[order]) ? annotatedObject(file) : null;
        for (const raw of verdict.findings) {
          if (annotated) pending.push({ raw, file: annotated, location: 'note', order });
          // Each path keeps the findings that apply there: a lock file drops the generic ones, the
          // same content at another path keeps them.
          else if (this.appliesAt(raw, file)) pending.push({ raw, file, location: 'file', order });
        }
      }
    }
    pending.push(...pathFindings(index, ignoredPath, this.detector));
    const orderOf = new Map<string, number>();
    const orderOfCommit = (sha: string | null): number => {
      if (sha === null) return index.commits.length + tagged.refs.length;
      if (orderOf.size === 0) index.commits.forEach((c, i) => orderOf.set(c, i));
      return orderOf.get(sha) ?? index.commits.length + tagged.refs.length;
    };
    const tagHits = await scanTagMessages(repo, tagObjects(scope), this.detector);
    for (const hit of [...metadata.hits, ...tagHits]) {
      const order = orderOfCommit(hit.commit);
      pending.push({
        raw: hit.raw,
        file: null,
        location: hit.location,
        order,
        ref: hit.ref,
        commit: hit.commit,
      });
    }
    await this.attribute(repo, pending, index, tagged.refs, boundary);
    this.clock.lap('attribution');
  }

  // Turns the raw findings into report findings: each fingerprint keeps its earliest commit (then
  // the tag it was reached through), with that commit's author, date and redacted message.
  private async attribute(
    repo: string,
    pending: Pending[],
    index: HistoryIndex,
    tagRefs: readonly string[],
    boundary: ReadonlySet<string>,
  ): Promise<void> {
    // Earliest commit first, so each fingerprint keeps the commit that introduced it; within a
    // commit by place, so the report's order does not depend on how git packed the objects.
    pending.sort(
      (a, b) =>
        a.order - b.order ||
        byCodePoint(a.location, b.location) ||
        byCodePoint(a.file ?? '', b.file ?? '') ||
        a.raw.line - b.raw.line ||
        a.raw.column - b.raw.column ||
        byCodePoint(a.raw.ruleId, b.raw.ruleId),
    );
    const first = new Map<string, Pending>();
    for (const p of pending) {
      const where = p.location === 'file' ? `file\0${p.file}` : p.location;
      const key = `${p.raw.ruleId}\0${where}\0${p.raw.secret}`;
      if (!first.has(key)) first.set(key, p);
    }
    // A tag message names its commit even when that commit is outside this (incremental) walk.
    const commitOf = (p: Pending): string | null =>
      p.commit ?? (p.order < index.commits.length ? index.commits[p.order] : null);
    const infos = await readCommitInfo(repo, [
      ...new Set([...first.values()].map(commitOf).filter((c): c is string => c !== null)),
    ]);
    // Messages, identities and ref names (a branch `leak-<token>`) are shown beside findings.
    const redact = textRedactor(
      this.detector,
      pending.map((p) => p.raw.secret),
    );
    if (infos.size > 0) redactMessages(infos, redact);
    const orders = new Map<string, number>();
    for (const p of first.values()) {
      const sha = commitOf(p);
      const refName =
        p.ref ?? (p.order >= index.commits.length ? (tagRefs[p.order - index.commits.length] ?? null) : null);
      const ref = refName === null ? null : redact(refName);
      const commit = sha === null ? null : (infos.get(sha) ?? null);
      // Content at a boundary commit may be older than it; its own message and identities are not.
      const inherited = p.location === 'file' || p.location === 'path';
      const atBoundary = inherited && sha !== null && boundary.has(sha);
      this.add(
        p.raw,
        { location: p.location, file: p.file, commit, ref, boundary: atBoundary },
        p.order,
        orders,
      );
    }
    this.historyOrders = orders;
  }

  private noteReplaceRefs(refs: readonly RefEntry[]): void {
    const replaced = refs.filter((r) => r.name.startsWith('refs/replace/')).length;
    if (replaced === 0) return;
    this.warnings.push(
      `${replaced} replace ref(s) under refs/replace/: the scan read the original objects, not their ` +
        `replacements (every clone still carries the originals); the replacement objects were scanned too`,
    );
  }

  private historyOrders = new Map<string, number>();
  // Every value found (a baseline's too), to mask where it recurs in a finding's file name.
  private readonly values = new Set<string>();

  async scanWorkingFiles(root: string, files: readonly string[], filter: PathFilter): Promise<void> {
    const kept = files.filter((f) => !filter.ignores(f));
    const results = await scanFiles(root, kept, this, this.options);
    this.addUncommitted(results);
    this.addPathFindings(kept);
  }

  // Secrets in the names of the refs scanned (a branch `leak-<token>`): a push sends the names too.
  private addRefNameFindings(refs: readonly RefEntry[]): void {
    const names = refs.map((r) => r.name);
    for (const { raw, name } of secretsInNames(this.detector, names)) {
      const place = { location: 'ref' as const, file: names[name], commit: null, ref: names[name] };
      this.add(raw, place, Number.MAX_SAFE_INTEGER, this.historyOrders);
    }
  }

  // Secrets in the names of files outside history (untracked, or a directory's): one name a line,
  // as history's paths are scanned (a value in a committed path keeps its commit).
  private addPathFindings(files: readonly string[]): void {
    for (const { raw, name } of secretsInNames(this.detector, files)) {
      const place = { location: 'path' as const, file: files[name], commit: null };
      this.add(raw, place, Number.MAX_SAFE_INTEGER, this.historyOrders);
    }
  }

  // After the work-tree files: a value both staged and on disk keeps the work tree's line.
  async scanStagedBlobs(root: string, staged: readonly StagedBlob[], filter: PathFilter): Promise<void> {
    const kept = staged.filter((s) => !filter.ignores(s.path));
    this.addUncommitted(await scanStagedBlobs(root, kept, this, this.options));
  }

  private addUncommitted(results: readonly { file: string; findings: readonly RawFinding[] }[]): void {
    const orders = this.historyOrders; // a value already found in history keeps its commit
    for (const { file, findings } of results)
      for (const raw of findings)
        this.add(raw, { location: 'file', file, commit: null }, Number.MAX_SAFE_INTEGER, orders);
  }

  finish(started: number): ScanResult {
    const { findings, realFiles } = maskValuesInFiles([...this.findings.values()], this.values);
    if (this.stats.mode === 'working-tree')
      findings.sort(
        (a, b) => byCodePoint(a.file ?? '', b.file ?? '') || a.line - b.line || a.column - b.column,
      );
    this.stats.findings = findings.length;
    this.stats.suppressed_by_baseline = this.suppressed;
    this.stats.duration_ms = Date.now() - started;
    const report: ScanReport = {
      tool: { name: 'deployguard', version: TOOL_VERSION },
      findings,
      stats: this.stats,
      skipped: this.skipped,
      warnings: this.warnings,
    };
    const historyUnread = this.historyDamaged && this.stats.refs > 0 && this.stats.commits === 0;
    return {
      report,
      secrets: this.secrets,
      realFiles,
      state: this.state,
      timings: this.clock.timings,
      historyUnread,
    };
  }
}

// Orders strings by UTF-16 code units: the same order on every machine (localeCompare's depends on
// the locale).
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// What the history scan knows of the repository's refs before it indexes the history.
interface RepositoryRefs {
  refs: readonly RefEntry[];
  scope: readonly RefEntry[]; // the refs the scanned revisions select (empty for named revisions)
  boundary: ReadonlySet<string>; // shallow boundary commits, and commits listed whole (damaged history)
  partial: boolean; // a partial clone
}

// The commits and tags the refs point at: where the next incremental scan starts.
function refTips(refs: readonly RefEntry[]): string[] {
  return [...new Set(refs.filter((r) => r.type === 'commit' || r.type === 'tag').map((r) => r.id))];
}

// Tips of a previous scan that still exist here (a force-push or gc may have removed some).
async function existingCommits(repo: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const out = await scanGitText(repo, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: ids.join('\n') + '\n',
  });
  return out
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([, type]) => type === 'commit' || type === 'tag')
    .map(([id]) => id);
}

export type { ScanContext };
