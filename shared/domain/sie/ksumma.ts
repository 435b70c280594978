/**
 * #KSUMMA: CRC-32 over the CP437 bytes of every record between the opening bare `#KSUMMA` and the
 * closing `#KSUMMA n`: each label, then the contents of its fields, without separators, quotes,
 * braces or line breaks; an escaped `\"` counts as `"` (SIE 4B §5.11; verified on 8 real files).
 */
import type { SieToken } from './lexer.js';
import { cp437Byte } from './cp437.js';
import { CRC32_START, crc32Final, crc32Byte } from './crc32.js';
import type { SieKsumma, SieProblem } from './types.js';

/** Running checksum; `withHash` includes the `#` of each label (the spec), `noHash` leaves it out. */
export interface KsummaRun { withHash: number; noHash: number; openLine: number }

export function startKsumma(openLine: number): KsummaRun {
  return { withHash: CRC32_START, noHash: CRC32_START, openLine };
}

/**
 * The text one record contributes to the checksum.
 * @example ksummaContribution('#TRANS', lexLine('#TRANS 7010 {1 "456"} 13200.00').fields) // '#TRANS7010145613200.00'
 */
export function ksummaContribution(label: string, fields: SieToken[]): string {
  let s = label;
  for (const f of fields) s += f.t === 'text' ? f.v : f.items.join('');
  return s;
}

/** Feeds the CP437 bytes of a text into both running sums (the `#` of a label only into one). */
function feed(run: KsummaRun, s: string, skipFirstInNoHash: boolean): void {
  let a = run.withHash;
  let b = run.noHash;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++; // one `?` per astral character
    c = cp437Byte(c >= 0xd800 && c <= 0xdfff ? 0xfffd : c);
    a = crc32Byte(a, c);
    if (!(skipFirstInNoHash && i === 0)) b = crc32Byte(b, c);
  }
  run.withHash = a;
  run.noHash = b;
}

/** Adds one record to the running checksum, without building its text. */
export function feedKsumma(run: KsummaRun, label: string, fields: SieToken[]): void {
  feed(run, label, label.startsWith('#'));
  for (const f of fields) {
    if (f.t === 'text') feed(run, f.v, false);
    else for (const item of f.items) feed(run, item, false);
  }
}

export function finishKsumma(run: KsummaRun): { openLine: number; computed: number; computedNoHash: number } {
  return { openLine: run.openLine, computed: crc32Final(run.withHash), computedNoHash: crc32Final(run.noHash) };
}

/**
 * Checks a file's declared checksum. Accepts the spec's form and, because writers differ, the
 * signed 32-bit print of it and the form without `#`.
 * @example checkKsumma({ openLine: 2, declared: 1, closeLine: 9, computed: 1, computedNoHash: 5 }) // []
 */
export function checkKsumma(k: SieKsumma): SieProblem[] {
  if (k.declared === null) {
    return [{
      code: 'sie-ksumma-unclosed',
      message: `#KSUMMA på rad ${k.openLine} öppnar en kontrollsumma men filen avslutas inte med "#KSUMMA <värde>". Kontrollsumman kunde inte kontrolleras.`,
      line: k.openLine,
    }];
  }
  const declared = k.declared >>> 0;
  if (declared === k.computed || declared === k.computedNoHash) return [];
  return [{
    code: 'sie-ksumma-mismatch',
    message: `Kontrollsumman på rad ${k.closeLine} (${k.declared}) stämmer inte med filens innehåll (beräknad ${k.computed}). Filen kan ha ändrats eller skadats efter exporten; exportera den på nytt från källprogrammet.`,
    line: k.closeLine ?? k.openLine,
  }];
}

/** Reads the declared value (`#KSUMMA 854227682`, possibly signed). */
export function parseDeclaredKsumma(text: string | undefined): number | null {
  if (text === undefined || !/^-?\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= -0x80000000 && n <= 0xffffffff ? n : null;
}
