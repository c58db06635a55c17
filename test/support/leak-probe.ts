// Looks for a secret where it must never be: in files on disk and in other processes' command lines.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Every file under `dir` whose bytes contain `needle`.
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const bytes = Buffer.from(needle);
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(path);
      else if (st.isFile() && readFileSync(path).includes(bytes)) hits.push(path);
    }
  };
  walk(dir);
  return hits;
}

export interface ProcessSampler {
  // Command lines seen (deduplicated) while sampling.
  stop(): Promise<string[]>;
}

// Samples `ps -eo args` back to back (asynchronously, so a server in this process keeps serving)
// until stopped.
export function sampleProcessList(): ProcessSampler {
  const seen = new Set<string>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const { stdout } = await run('ps', ['-eo', 'args'], { maxBuffer: 16 * 1024 * 1024 });
      for (const line of stdout.split('\n')) if (line.trim()) seen.add(line);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return [...seen];
    },
  };
}
