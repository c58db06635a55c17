// Cuts a stream of chunks (git's output: NUL- or newline-separated records) into tokens that end
// at a separator byte, for the scan and the clean alike. A token cut by a chunk's end is joined
// from its own bytes only: joining the rest with the whole next chunk
// copied every chunk once more (75 MB of short-lived buffers for sveltejs/svelte's log and store
// listing, which piled up in memory between garbage collections).
export class TokenStream {
  private rest: Buffer | null = null;

  /** onToken(data, from, to): a token, data[from, to), valid during the call only. */
  constructor(
    private readonly separator: number,
    private readonly onToken: (data: Buffer, from: number, to: number) => void,
  ) {}

  /** Hands the chunk's complete tokens to onToken; keeps the cut one for the next chunk. */
  push(chunk: Buffer): void {
    let start = 0;
    if (this.rest) {
      const end = chunk.indexOf(this.separator);
      if (end === -1) {
        this.rest = Buffer.concat([this.rest, chunk]);
        return;
      }
      const joined = Buffer.concat([this.rest, chunk.subarray(0, end)]);
      this.rest = null;
      this.onToken(joined, 0, joined.length);
      start = end + 1;
    }
    for (
      let sep = chunk.indexOf(this.separator, start);
      sep !== -1;
      sep = chunk.indexOf(this.separator, start)
    ) {
      this.onToken(chunk, start, sep);
      start = sep + 1;
    }
    this.rest = start < chunk.length ? Buffer.from(chunk.subarray(start)) : null;
  }
}
