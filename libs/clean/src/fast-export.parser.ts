// Incremental parser and writer of the `git fast-export --no-data` stream (no blob data: blobs are
// named by id in `M` lines). Lines are handled as latin1 strings so paths and messages in any
// encoding round-trip byte for byte.

export interface CommitCommand {
  kind: 'commit';
  ref: string;
  mark?: string; // ":12"
  originalOid?: string;
  header: string[]; // author, committer, encoding and any other line before `data`
  message: Buffer;
  from?: string;
  merges: string[];
  changes: string[]; // M/D/R/C/deleteall lines as written
}

export interface TagCommand {
  kind: 'tag';
  name: string;
  mark?: string;
  from: string;
  originalOid?: string;
  header: string[]; // tagger and any other line before `data`
  message: Buffer;
}

export interface ResetCommand {
  kind: 'reset';
  ref: string;
  from?: string;
}

// Everything else (feature, done, progress, blob without data…) passes through as raw lines.
export interface RawCommand {
  kind: 'raw';
  line: string;
}

export type ExportCommand = CommitCommand | TagCommand | ResetCommand | RawCommand;

class Incomplete extends Error {}
const INCOMPLETE = new Incomplete();

export class FastExportParser {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private retryAt = 0;

  // Returns the commands completed by this chunk; a command cut by the chunk end waits for more.
  push(chunk: Buffer, final = false): ExportCommand[] {
    this.buf = this.pos < this.buf.length ? Buffer.concat([this.buf.subarray(this.pos), chunk]) : chunk;
    this.pos = 0;
    const out: ExportCommand[] = [];
    // A huge command (thousands of file changes) is only re-tried once the buffer has doubled.
    if (!final && this.buf.length < this.retryAt) return out;
    while (this.pos < this.buf.length) {
      const start = this.pos;
      try {
        const cmd = this.parseCommand();
        if (cmd) out.push(cmd);
      } catch (e) {
        if (!(e instanceof Incomplete)) throw e;
        this.pos = start;
        if (final) throw new Error('git fast-export stream ended in the middle of a command');
        this.retryAt = (this.buf.length - start) * 2;
        return out;
      }
    }
    this.retryAt = 0;
    return out;
  }

  private line(): string {
    const nl = this.buf.indexOf(10, this.pos);
    if (nl === -1) throw INCOMPLETE;
    const text = this.buf.toString('latin1', this.pos, nl);
    this.pos = nl + 1;
    return text;
  }

  private peekLine(): string {
    const nl = this.buf.indexOf(10, this.pos);
    if (nl === -1) throw INCOMPLETE;
    return this.buf.toString('latin1', this.pos, nl);
  }

  private data(sizeLine: string): Buffer {
    if (sizeLine.startsWith('data <<')) throw new Error('delimited data is not produced by git fast-export');
    const size = Number(sizeLine.slice(5));
    if (this.pos + size > this.buf.length) throw INCOMPLETE;
    const data = this.buf.subarray(this.pos, this.pos + size);
    this.pos += size;
    return data;
  }

  private parseCommand(): ExportCommand | null {
    const first = this.line();
    if (first === '') return null;
    if (first.startsWith('commit ')) return this.commit(first.slice(7));
    if (first.startsWith('tag ')) return this.tag(first.slice(4));
    if (first.startsWith('reset ')) {
      const cmd: ResetCommand = { kind: 'reset', ref: first.slice(6) };
      if (this.peekLine().startsWith('from ')) cmd.from = this.line().slice(5);
      return cmd;
    }
    return { kind: 'raw', line: first };
  }

  private commit(ref: string): CommitCommand {
    const cmd: CommitCommand = {
      kind: 'commit',
      ref,
      header: [],
      message: Buffer.alloc(0),
      merges: [],
      changes: [],
    };
    for (;;) {
      const l = this.line();
      if (l.startsWith('mark ')) cmd.mark = l.slice(5);
      else if (l.startsWith('original-oid ')) cmd.originalOid = l.slice(13);
      else if (l.startsWith('data ')) {
        cmd.message = this.data(l);
        break;
      } else cmd.header.push(l);
    }
    // fast-export ends every commit with an empty line.
    for (;;) {
      const l = this.line();
      if (l === '') return cmd;
      if (l.startsWith('from ')) cmd.from = l.slice(5);
      else if (l.startsWith('merge ')) cmd.merges.push(l.slice(6));
      else cmd.changes.push(l);
    }
  }

  private tag(name: string): TagCommand {
    const cmd: TagCommand = { kind: 'tag', name, from: '', header: [], message: Buffer.alloc(0) };
    for (;;) {
      const l = this.line();
      if (l.startsWith('mark ')) cmd.mark = l.slice(5);
      else if (l.startsWith('from ')) cmd.from = l.slice(5);
      else if (l.startsWith('original-oid ')) cmd.originalOid = l.slice(13);
      else if (l.startsWith('data ')) {
        cmd.message = this.data(l);
        break;
      } else cmd.header.push(l);
    }
    // The optional LF fast-export writes after a tag message.
    if (this.pos >= this.buf.length) throw INCOMPLETE;
    if (this.buf[this.pos] === 10) this.pos++;
    return cmd;
  }
}

// Serialises commands for `git fast-import`.
export function writeCommand(cmd: ExportCommand): Buffer {
  switch (cmd.kind) {
    case 'raw':
      return Buffer.from(cmd.line + '\n', 'latin1');
    case 'reset':
      return Buffer.from(
        `reset ${cmd.ref}\n${cmd.from !== undefined ? `from ${cmd.from}\n` : ''}\n`,
        'latin1',
      );
    case 'tag': {
      let head = `tag ${cmd.name}\n`;
      if (cmd.mark) head += `mark ${cmd.mark}\n`;
      head += `from ${cmd.from}\n`;
      if (cmd.originalOid) head += `original-oid ${cmd.originalOid}\n`;
      for (const h of cmd.header) head += h + '\n';
      head += `data ${cmd.message.length}\n`;
      return Buffer.concat([Buffer.from(head, 'latin1'), cmd.message, Buffer.from('\n')]);
    }
    case 'commit': {
      let head = `commit ${cmd.ref}\n`;
      if (cmd.mark) head += `mark ${cmd.mark}\n`;
      if (cmd.originalOid) head += `original-oid ${cmd.originalOid}\n`;
      for (const h of cmd.header) head += h + '\n';
      head += `data ${cmd.message.length}\n`;
      let tail = '';
      if (cmd.from !== undefined) tail += `from ${cmd.from}\n`;
      for (const m of cmd.merges) tail += `merge ${m}\n`;
      for (const c of cmd.changes) tail += c + '\n';
      // A message without a final LF must not glue onto the next line.
      const sep = cmd.message.length > 0 && cmd.message[cmd.message.length - 1] !== 10 ? '\n' : '';
      return Buffer.concat([
        Buffer.from(head, 'latin1'),
        cmd.message,
        Buffer.from(sep + tail + '\n', 'latin1'),
      ]);
    }
  }
}
