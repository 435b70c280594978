import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** An uploaded file as the UI sees it: a handle it passes to methods instead of a path. */
export interface UploadDto {
  handle: string;
  name: string;
  size: number;
}

const HANDLE = /^upload:[0-9a-f]{32}$/;

/** Files the browser sent, kept in one temp folder for the life of the bridge. */
export class UploadStore {
  private readonly files = new Map<string, string>();

  constructor(readonly dir: string, readonly maxBytes: number) {
    mkdirSync(dir, { recursive: true });
  }

  save(name: string, bytes: Buffer): UploadDto {
    const id = randomBytes(16).toString('hex');
    const folder = path.join(this.dir, id);
    mkdirSync(folder);
    const file = path.join(folder, safeName(name));
    writeFileSync(file, bytes);
    const handle = `upload:${id}`;
    this.files.set(handle, file);
    return { handle, name: path.basename(file), size: bytes.length };
  }

  /** The server path of a handle, or null when the bridge never issued it. */
  pathOf(handle: string): string | null {
    const p = this.files.get(handle);
    return p && existsSync(p) ? p : null;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Keeps letters, digits, dot, dash and underscore; never a path. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '');
  return clean.slice(0, 120) || 'fil';
}

export type Resolved = { ok: true; value: unknown } | { ok: false; handle: string };

/** Replaces every upload handle inside a method's input by the file's server path. */
export function resolveHandles(input: unknown, store: UploadStore): Resolved {
  let missing: string | null = null;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && HANDLE.test(v)) {
      const p = store.pathOf(v);
      if (!p) missing = v;
      return p ?? v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const value = walk(input);
  return missing ? { ok: false, handle: missing } : { ok: true, value };
}
