// Incremental parser of `git cat-file --batch` output: `<oid> <type> <size>\n<content>\n` per object.
// Content is handed out as a view of the incoming chunk when it fits in one (no copy), otherwise
// assembled once; objects the caller does not want (trees) are skipped without assembling.
export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export type ObjectHandler = (oid: string, type: ObjectType, data: Buffer) => void;

export class CatFileReader {
  private header: Buffer | null = null; // partial header line
  private oid = '';
  private type: ObjectType = 'blob';
  private remaining = -1; // content bytes still expected; -1 while reading a header
  private parts: Buffer[] = [];
  private want = false;
  private skipLf = false;
  bytes = 0;

  constructor(
    private readonly onObject: ObjectHandler,
    private readonly wants: (type: ObjectType, size: number) => boolean = () => true,
  ) {}

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    let pos = 0;
    const len = chunk.length;
    while (pos < len) {
      if (this.skipLf) {
        this.skipLf = false;
        if (chunk[pos] === 10) pos++;
        continue;
      }
      if (this.remaining < 0) {
        const nl = chunk.indexOf(10, pos);
        if (nl === -1) {
          this.header = this.header
            ? Buffer.concat([this.header, chunk.subarray(pos)])
            : Buffer.from(chunk.subarray(pos));
          return;
        }
        const line = this.header
          ? Buffer.concat([this.header, chunk.subarray(pos, nl)]).toString('latin1')
          : chunk.toString('latin1', pos, nl);
        this.header = null;
        pos = nl + 1;
        this.startObject(line);
        if (this.remaining === 0) this.finish();
        continue;
      }
      const take = Math.min(this.remaining, len - pos);
      if (this.want) {
        // Whole object inside this chunk: a view, no copy.
        if (this.parts.length === 0 && take === this.remaining) {
          this.remaining = 0;
          this.deliver(chunk.subarray(pos, pos + take));
          pos += take;
          continue;
        }
        this.parts.push(chunk.subarray(pos, pos + take));
      }
      this.remaining -= take;
      pos += take;
      if (this.remaining === 0) this.finish();
    }
  }

  private startObject(line: string): void {
    const [oid, type, size] = line.split(' ');
    if (type === 'missing' || size === undefined) {
      this.remaining = -1;
      return;
    }
    this.oid = oid;
    this.type = type as ObjectType;
    this.remaining = Number(size);
    this.want = this.wants(this.type, this.remaining);
    this.parts = [];
  }

  private finish(): void {
    if (this.want) {
      this.deliver(this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts));
    } else {
      this.remaining = -1;
      this.skipLf = true;
    }
  }

  private deliver(data: Buffer): void {
    this.parts = [];
    this.remaining = -1;
    this.skipLf = true;
    this.onObject(this.oid, this.type, data);
  }
}
