import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * Writes a small file so that a crash at any moment leaves either the old file or the whole new
 * one, never a truncated one: written beside the target, flushed to disk, then renamed into place.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o644): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, 'w', mode);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes the buffers to a file beside `out`, flushes it and links it into place only when it is
 * complete: a crash leaves no half file under the chosen name, and an existing file is never
 * overwritten (the link fails). Returns the byte count.
 */
export function writeNewFile(out: string, buffers: Iterable<Uint8Array>): number {
  const tmp = `${out}.${randomBytes(4).toString('hex')}.tmp`;
  let bytes = 0;
  try {
    const fd = openSync(tmp, 'wx');
    try {
      for (const b of buffers) {
        writeSync(fd, b);
        bytes += b.length;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, out);
    return bytes;
  } finally {
    rmSync(tmp, { force: true });
  }
}
