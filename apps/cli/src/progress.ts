// A progress bar on stderr when it is a terminal; silent otherwise, so pipes and CI logs stay clean.
import { SingleBar } from 'cli-progress';
import type { ScanProgress } from '@deployguard/scan';

const LABELS: Record<ScanProgress['phase'], string> = {
  indexing: 'Reading history',
  scanning: 'Scanning',
  attributing: 'Attributing findings',
};

export interface ProgressReporter {
  update(progress: ScanProgress): void;
  stop(): void;
}

export function createProgress(enabled: boolean): ProgressReporter {
  if (!enabled || !process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: '{phase} |{bar}| {percentage}% {value}/{total}',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update(p) {
      if (!started) {
        bar.start(Math.max(1, p.total), p.done, { phase: LABELS[p.phase] });
        started = true;
      }
      bar.setTotal(Math.max(1, p.total));
      bar.update(p.done, { phase: LABELS[p.phase] });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
