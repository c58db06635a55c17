import { createProgress } from './progress';

describe('createProgress', () => {
  const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  let written: string;
  let write: jest.SpyInstance;
  let exit: jest.SpyInstance;

  beforeEach(() => {
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    written = '';
    write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += chunk.toString();
      return true;
    });
    exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  });
  afterEach(() => {
    write.mockRestore();
    exit.mockRestore();
    if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  });

  it('gives the cursor back and ends as the signal would when interrupted while the bar shows', () => {
    const progress = createProgress(true);
    progress.update({ phase: 'scanning', done: 10, total: 100 });
    expect(written).toContain('\x1b[?25l'); // the cursor is hidden while the bar shows
    process.emit('SIGINT', 'SIGINT');
    expect(written).toContain('\x1b[?25h');
    expect(exit).toHaveBeenCalledWith(130);
  });

  it('leaves signals alone once stopped', () => {
    const progress = createProgress(true);
    const before = process.listenerCount('SIGINT');
    progress.update({ phase: 'scanning', done: 1, total: 2 });
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    progress.stop();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
