// Extracts a zip archive with yauzl (no `unzip` binary needed), keeping file modes.
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

export async function extractZip(zipFile: string, dest: string): Promise<string[]> {
  const zip = await new Promise<yauzl.ZipFile>((ok, fail) =>
    yauzl.open(zipFile, { lazyEntries: true }, (err, z) => (err ? fail(err) : ok(z!))),
  );
  const names: string[] = [];
  const root = resolve(dest) + sep;
  await new Promise<void>((ok, fail) => {
    zip.on('error', fail);
    zip.on('end', ok);
    zip.on('entry', (entry: yauzl.Entry) => {
      const target = resolve(dest, entry.fileName);
      if (!target.startsWith(root))
        return fail(new Error(`zip entry escapes the destination: ${entry.fileName}`));
      names.push(entry.fileName);
      if (entry.fileName.endsWith('/')) {
        mkdirSync(target, { recursive: true });
        return zip.readEntry();
      }
      mkdirSync(dirname(target), { recursive: true });
      zip.openReadStream(entry, (err, stream) => {
        if (err) return fail(err);
        const mode = (entry.externalFileAttributes >>> 16) & 0o777;
        pipeline(stream!, createWriteStream(join(target), { mode: mode || 0o644 })).then(
          () => zip.readEntry(),
          fail,
        );
      });
    });
    zip.readEntry();
  });
  return names;
}
