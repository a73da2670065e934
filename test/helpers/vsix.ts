// Reading a .vsix (a zip): the package test checks its entries, and the end-to-end run unpacks it.
import yauzl from 'yauzl';

export interface VsixEntry {
  /** The path inside the package, `/`-separated; folders end in `/`. */
  path: string;
  /** Uncompressed size in bytes. */
  size: number;
  read(): Promise<Buffer>;
}

/** The entries of a .vsix, in the order the zip holds them, each readable while the file stays open. */
export function vsixEntries(file: string): Promise<VsixEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error) return reject(error);
      const entries: VsixEntry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({
          path: entry.fileName,
          size: entry.uncompressedSize,
          read: () =>
            new Promise((done, fail) =>
              zip.openReadStream(entry, (streamError, stream) => {
                if (streamError) return fail(streamError);
                const chunks: Buffer[] = [];
                stream.on('data', (chunk: Buffer) => chunks.push(chunk));
                stream.on('end', () => done(Buffer.concat(chunks)));
                stream.on('error', fail);
              }),
            ),
        });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
