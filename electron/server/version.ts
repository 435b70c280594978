import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The program's version, as package.json states it (written into SIE #PROGRAM and reports). */
export const KONTERA_VERSION: string = (() => {
  for (const p of ['../../package.json', '../../../package.json']) {
    try {
      return (require(p) as { version: string }).version;
    } catch {
      /* try the next layout (source vs dist) */
    }
  }
  return '0.0.0';
})();
