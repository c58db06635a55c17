// Share of 5xx answers over the last minute, in one-second buckets: cheap to record on every
// request, cheap to read on every readiness probe, and it forgets by itself.
const WINDOW_S = 60;

export interface ErrorRateSnapshot {
  requests: number;
  errors: number;
  // 0-100; 0 when there were no requests
  percent: number;
  windowS: number;
}

export class HttpErrorRate {
  private readonly seconds = new Array<number>(WINDOW_S).fill(-1);
  private readonly requests = new Array<number>(WINDOW_S).fill(0);
  private readonly errors = new Array<number>(WINDOW_S).fill(0);

  constructor(private readonly now: () => number = Date.now) {}

  record(statusCode: number): void {
    const second = Math.floor(this.now() / 1000);
    const i = second % WINDOW_S;
    if (this.seconds[i] !== second) {
      this.seconds[i] = second;
      this.requests[i] = 0;
      this.errors[i] = 0;
    }
    this.requests[i]++;
    if (statusCode >= 500) this.errors[i]++;
  }

  snapshot(): ErrorRateSnapshot {
    const second = Math.floor(this.now() / 1000);
    let requests = 0;
    let errors = 0;
    for (let i = 0; i < WINDOW_S; i++) {
      if (second - this.seconds[i] >= WINDOW_S) continue;
      requests += this.requests[i];
      errors += this.errors[i];
    }
    return { requests, errors, percent: requests ? (errors * 100) / requests : 0, windowS: WINDOW_S };
  }
}
