// A progress bar on stderr when it is a terminal; silent otherwise, so pipes and CI logs stay clean.
import { constants as osConstants } from 'node:os';
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
  // The bar hides the cursor and turns line wrapping off: a Ctrl-C (or a kill) while it shows
  // must give them back, then end the process as the signal would have (128 + its number).
  const onSignal = (signal: NodeJS.Signals): void => {
    bar.stop();
    process.exit(128 + osConstants.signals[signal]);
  };
  return {
    update(p) {
      if (!started) {
        bar.start(Math.max(1, p.total), p.done, { phase: LABELS[p.phase] });
        started = true;
        process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      }
      bar.setTotal(Math.max(1, p.total));
      bar.update(p.done, { phase: LABELS[p.phase] });
    },
    stop() {
      if (!started) return;
      bar.stop();
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    },
  };
}
