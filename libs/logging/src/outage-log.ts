// Outages of a dependency (database, broker, storage) are expected and handled: callers answer
// 503 or retry later. Logging each refused request or failed probe at error level would flood the
// alerts, so an outage logs once at warn when it is first seen and once at info when it is over;
// what happens in between is only counted, and the count is given in the closing line. Where a
// probe is registered for the dependency, the log finds the end of the outage by itself (probing
// with a growing pause), so the closing line comes even when no caller tries again.
/**
 * Socket error codes (Node's `err.code`) that mean a dependency could not be reached or went away
 * mid-request: an outage, not a wrong request. The database and storage classifiers share them.
 */
export const UNREACHABLE_SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
]);

// pino's Logger satisfies it, and so do the narrower loggers of the libraries
export interface OutageLogger {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

export type OutageProbe = () => Promise<boolean>;

export interface OutageLogOptions {
  // dependency name → a cheap check that it works again
  readonly probes?: Readonly<Record<string, OutageProbe>>;
  // first pause between probes; doubled after each failed one up to maxProbeIntervalMs
  readonly probeIntervalMs?: number;
  readonly maxProbeIntervalMs?: number;
}

interface Outage {
  since: number;
  failures: number;
  timer?: NodeJS.Timeout;
}

export class OutageLog {
  private readonly outages = new Map<string, Outage>();
  private closed = false;

  constructor(
    private readonly logger: OutageLogger,
    private readonly options: OutageLogOptions = {},
  ) {}

  /**
   * Reports `dependency` failing. The first report of an outage logs `detail` (scrubbed by the
   * caller: no credentials) at warn; the next ones are counted.
   */
  down(dependency: string, detail: string, fields: Record<string, unknown> = {}): void {
    const outage = this.outages.get(dependency);
    if (outage) {
      outage.failures++;
      return;
    }
    const started: Outage = { since: Date.now(), failures: 1 };
    this.outages.set(dependency, started);
    this.logger.warn({ ...fields, dependency, error: detail }, `${dependency} unavailable`);
    this.watch(dependency, started, this.options.probeIntervalMs ?? 1000);
  }

  /** Reports `dependency` working; logs the end of its outage if there was one. */
  up(dependency: string): void {
    const outage = this.outages.get(dependency);
    if (!outage) return;
    clearTimeout(outage.timer);
    this.outages.delete(dependency);
    this.logger.info(
      { dependency, duration_ms: Date.now() - outage.since, failures: outage.failures },
      `${dependency} available again`,
    );
  }

  isDown(dependency: string): boolean {
    return this.outages.has(dependency);
  }

  // Stops probing (on shutdown).
  close(): void {
    this.closed = true;
    for (const outage of this.outages.values()) clearTimeout(outage.timer);
  }

  private watch(dependency: string, outage: Outage, pauseMs: number): void {
    const probe = this.options.probes?.[dependency];
    if (!probe || this.closed) return;
    outage.timer = setTimeout(() => {
      void probe()
        .catch(() => false)
        .then((ok) => {
          if (this.outages.get(dependency) !== outage) return; // ended meanwhile
          if (ok) this.up(dependency);
          else
            this.watch(dependency, outage, Math.min(pauseMs * 2, this.options.maxProbeIntervalMs ?? 30_000));
        });
    }, pauseMs);
    outage.timer.unref();
  }
}
