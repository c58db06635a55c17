import { HttpErrorRate } from './http-error-rate';

describe('HttpErrorRate', () => {
  it('counts 5xx answers of the last 60 seconds and forgets older ones', () => {
    let now = 1_700_000_000_000;
    const rate = new HttpErrorRate(() => now);
    for (let i = 0; i < 8; i++) rate.record(200);
    rate.record(404);
    rate.record(503);
    expect(rate.snapshot()).toEqual({ requests: 10, errors: 1, percent: 10, windowS: 60 });
    now += 30_000;
    rate.record(500);
    expect(rate.snapshot()).toMatchObject({ requests: 11, errors: 2 });
    now += 30_000; // the first second is now 60 s old
    expect(rate.snapshot()).toMatchObject({ requests: 1, errors: 1, percent: 100 });
    now += 120_000;
    expect(rate.snapshot()).toMatchObject({ requests: 0, errors: 0, percent: 0 });
    rate.record(200); // a bucket reused after wrapping round starts from zero
    expect(rate.snapshot()).toMatchObject({ requests: 1, errors: 0 });
  });
});
