import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecentCompany } from '../../renderer/api/host.js';
import { addRecent, parseRecent, removeRecent } from '../../renderer/api/recentList.js';

/**
 * The desktop's recent-companies list, a small JSON file in userData. A damaged file is not
 * fatal (case C22: the registry is rebuilt), and each entry says whether its file still exists.
 */
export class RecentStore {
  constructor(readonly file: string, private readonly exists: (p: string) => boolean = existsSync) {}

  list(): RecentCompany[] {
    let text: string | null = null;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      text = null;
    }
    return parseRecent(text).map((r) => ({ ...r, missing: !this.exists(r.path) }));
  }

  add(c: { path: string; name: string }, now: string): RecentCompany[] {
    this.write(addRecent(this.list(), c, now));
    return this.list();
  }

  remove(p: string): RecentCompany[] {
    this.write(removeRecent(this.list(), p));
    return this.list();
  }

  private write(list: RecentCompany[]): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(list.map(({ missing: _m, ...r }) => r), null, 2));
    renameSync(tmp, this.file);
  }
}
