import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The team's reference kit beside the checkout; absent on a bare clone. */
export const REALDATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/realdata');
export const hasRealdata = existsSync(REALDATA);

/** Path inside ../shared/realdata. */
export function realdata(...parts: string[]): string {
  return path.join(REALDATA, ...parts);
}

let said = false;
/** Corpus suites call this; on a clone without ../shared it prints one line instead of failing. */
export function noteIfNoRealdata(suite: string): void {
  if (!hasRealdata && !said) {
    said = true;
    console.log(`[${suite}] ../shared/realdata saknas – korpustesterna hoppas över.`);
  }
}
