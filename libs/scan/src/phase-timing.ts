// Wall and CPU time of a scan's phases (stats for benchmarks and profiling; not in the report).
// CPU is the whole process's (every thread), so a phase that overlaps worker threads counts theirs.

export type ScanPhaseName = 'ref listing' | 'history index' | 'blob read' | 'detection' | 'attribution';

export interface PhaseTiming {
  phase: ScanPhaseName;
  wallMs: number;
  // User + system time of the process during the phase. Absent for detection, which overlaps the
  // blob read: its wallMs is the scanning threads' busy time, summed (Node 20 has no per-thread CPU).
  cpuMs?: number;
  bytes?: number; // content bytes the phase went through, for MB/s
}

/** Times consecutive phases: `lap(name)` closes the phase that began at the previous lap. */
export class PhaseClock {
  readonly timings: PhaseTiming[] = [];
  private wall = performance.now();
  private cpu = process.cpuUsage();

  lap(phase: ScanPhaseName, bytes?: number): void {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const cpuMs = (cpu.user - this.cpu.user + cpu.system - this.cpu.system) / 1000;
    this.timings.push({ phase, wallMs: wall - this.wall, cpuMs, ...(bytes === undefined ? {} : { bytes }) });
    this.wall = wall;
    this.cpu = cpu;
  }

  /** Records a phase measured elsewhere (overlapping others), e.g. detection in worker threads. */
  add(timing: PhaseTiming): void {
    this.timings.push(timing);
  }
}
