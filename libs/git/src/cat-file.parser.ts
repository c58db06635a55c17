// The one parser of `git cat-file --batch` output (`<oid> <type> <size>\n<content>\n` per object,
// `<name> missing\n` for an object git does not have), used by the scan and the clean. Content is
// handed out as a view of the incoming chunk when it fits in one (no copy), else assembled once in
// a reused buffer; objects the caller does not want are skipped without copying.
export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface CatFileHandler {
  /** Whether to receive this object's content (default: every object). */
  wants?(oid: string, type: ObjectType, size: number): boolean;
  /**
   * A wanted object. `data` is valid only during the call (copy what you keep). Returning a
   * promise pauses the parser until it settles (back-pressure).
   */
  object(oid: string, type: ObjectType, data: Buffer): void | Promise<void>;
  /** An object git reports as `missing` or `ambiguous`, by the name it was asked for. */
  missing?(name: string, kind: string): void;
}

// Objects larger than this are assembled in a buffer of their own rather than the reused one, so
// one huge blob does not pin its size in memory for the rest of the stream.
const REUSED_LIMIT = 16 * 1024 * 1024;

export class CatFileParser {
  private header: Buffer | null = null; // partial header line
  private oid = '';
  private type: ObjectType = 'blob';
  private remaining = -1; // content bytes still expected, plus the trailing LF; -1 in a header
  private size = 0;
  private wanted = false;
  private body: Buffer | null = null; // wanted object being assembled across chunks
  private fill = 0;
  private reused: Buffer = Buffer.allocUnsafe(0);
  /** Objects (wanted or not) whose header has been read. */
  objects = 0;
  /** Objects answered in full: content read to its end (wanted or not), or reported missing. */
  answered = 0;

  /**
   * `scratch`: the buffer an earlier parser of the same reader assembled objects in (see
   * `scratch`), so each new parser (one per batch) does not grow its own again from nothing.
   */
  constructor(
    private readonly handler: CatFileHandler,
    scratch?: Buffer,
  ) {
    if (scratch) this.reused = scratch;
  }

  /** The buffer this parser assembles objects in, to give the next parser of the same reader. */
  get scratch(): Buffer {
    return this.reused;
  }

  /**
   * Parses the next chunk of output. Returns a promise only when the handler asked to wait; the
   * rest of the chunk is parsed when it settles (do not push the next chunk before).
   */
  push(chunk: Buffer): void | Promise<void> {
    return this.consume(chunk, 0);
  }

  private consume(chunk: Buffer, from: number): void | Promise<void> {
    let pos = from;
    const len = chunk.length;
    while (pos < len) {
      if (this.remaining < 0) {
        const nl = chunk.indexOf(10, pos);
        if (nl === -1) {
          const part = chunk.subarray(pos);
          this.header = this.header ? Buffer.concat([this.header, part]) : Buffer.from(part);
          return;
        }
        const line = this.header
          ? Buffer.concat([this.header, chunk.subarray(pos, nl)]).toString('latin1')
          : chunk.toString('latin1', pos, nl);
        this.header = null;
        pos = nl + 1;
        if (!this.startObject(line)) continue;
        if (this.wanted && pos + this.size < len) {
          // The whole object and its LF are in this chunk: a view, no copy.
          const data = chunk.subarray(pos, pos + this.size);
          pos += this.size + 1;
          this.remaining = -1;
          this.answered++;
          const wait = this.handler.object(this.oid, this.type, data);
          if (wait) return wait.then(() => this.consume(chunk, pos));
          continue;
        }
        if (this.wanted) this.body = this.assembly();
      }
      const take = Math.min(this.remaining, len - pos);
      const dataBytes = Math.min(take, this.remaining - 1); // the last byte is the LF separator
      if (this.body && dataBytes > 0) {
        chunk.copy(this.body, this.fill, pos, pos + dataBytes);
        this.fill += dataBytes;
      }
      pos += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.remaining = -1;
        this.answered++;
        const data = this.body;
        this.body = null;
        if (data) {
          const wait = this.handler.object(this.oid, this.type, data);
          if (wait) return wait.then(() => this.consume(chunk, pos));
        }
      }
    }
  }

  // Reads a header line; false when no content follows it (a missing object).
  private startObject(line: string): boolean {
    const [oid, type, sizeText] = line.split(' ');
    if (sizeText === undefined) {
      this.answered++;
      this.handler.missing?.(oid, type ?? 'missing');
      return false;
    }
    this.objects++;
    this.oid = oid;
    this.type = type as ObjectType;
    this.size = Number(sizeText);
    this.remaining = this.size + 1;
    this.wanted = this.handler.wants?.(oid, this.type, this.size) ?? true;
    this.body = null;
    this.fill = 0;
    return true;
  }

  // Where the content of a wanted object that spans chunks is assembled.
  private assembly(): Buffer {
    if (this.size > REUSED_LIMIT) return Buffer.allocUnsafe(this.size);
    if (this.reused.length < this.size)
      this.reused = Buffer.allocUnsafe(Math.max(this.size, Math.min(REUSED_LIMIT, this.reused.length * 2)));
    return this.reused.subarray(0, this.size);
  }
}
