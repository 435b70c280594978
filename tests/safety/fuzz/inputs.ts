/**
 * Hostile inputs for the parsers: seeded mutations of real-looking files (byte flips, lost and
 * doubled lines, truncation, NUL bytes, a huge line) and a fixed list of nasty files (empty,
 * binary, images and PDFs where a statement was expected, deep XML, a zip that is no workbook).
 * Shared by the property tests and scripts/safety/fuzz.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, type Rnd } from '../../support/seeded.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type { Rnd };

/** mulberry32: the same sequence for the same seed on every machine. */
export const rng = mulberry32;

const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

/** Project fixtures of one area (tests/fixtures/<area>), as bytes. */
export function fixtures(area: 'sie' | 'bank'): { name: string; bytes: Buffer }[] {
  const dir = path.join(root, 'tests/fixtures', area);
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => {
    const p = path.join(d, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
  return walk(dir).filter((f) => !/\.(md|ts)$/.test(f)).map((f) => ({ name: path.relative(dir, f), bytes: readFileSync(f) }));
}

function lines(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let s = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 10) {
    out.push(b.subarray(s, i + 1));
    s = i + 1;
  }
  if (s < b.length) out.push(b.subarray(s));
  return out;
}

/** One to four seeded mutations of `b`. */
export function mutate(b: Buffer, rnd: Rnd): Buffer {
  let cur = Buffer.from(b);
  const n = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < n; k++) {
    const op = pick(rnd, ['flip', 'flip', 'dropLine', 'dupLine', 'swapLines', 'truncate', 'nul', 'hugeLine', 'junk', 'quote'] as const);
    const ls = lines(cur);
    const at = Math.floor(rnd() * Math.max(1, cur.length));
    const li = Math.floor(rnd() * Math.max(1, ls.length));
    if (op === 'flip' && cur.length) cur[at] = Math.floor(rnd() * 256);
    else if (op === 'dropLine' && ls.length > 1) cur = Buffer.concat(ls.filter((_, i) => i !== li));
    else if (op === 'dupLine' && ls.length) cur = Buffer.concat([...ls.slice(0, li + 1), ls[li] as Buffer, ...ls.slice(li + 1)]);
    else if (op === 'swapLines' && ls.length > 2) {
      const lj = Math.floor(rnd() * ls.length);
      [ls[li], ls[lj]] = [ls[lj] as Buffer, ls[li] as Buffer];
      cur = Buffer.concat(ls);
    } else if (op === 'truncate') cur = cur.subarray(0, at);
    else if (op === 'nul') cur = Buffer.concat([cur.subarray(0, at), Buffer.alloc(1 + Math.floor(rnd() * 8)), cur.subarray(at)]);
    else if (op === 'hugeLine') cur = Buffer.concat([cur.subarray(0, at), Buffer.from('9'.repeat(20_000 + Math.floor(rnd() * 200_000))), cur.subarray(at)]);
    else if (op === 'junk') cur = Buffer.concat([cur.subarray(0, at), Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 64) }, () => Math.floor(rnd() * 256))), cur.subarray(at)]);
    else if (op === 'quote') cur = Buffer.concat([cur.subarray(0, at), Buffer.from(pick(rnd, ['"', '{', '}', ';', '\t', '\r', '<', '>', '&', ',', '#'])), cur.subarray(at)]);
  }
  return cur;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const ZIP = Buffer.from('504b0304', 'hex');
const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** Files nobody should ever be able to crash on; `big` makes the huge ones full size (script only). */
export function nastyFiles(rnd: Rnd, big = false): { name: string; bytes: Buffer }[] {
  const line = big ? 4 * 1024 * 1024 : 128 * 1024;
  const binary = Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(rnd() * 256)));
  return [
    { name: 'tom', bytes: Buffer.alloc(0) },
    { name: 'radbrytning', bytes: Buffer.from('\n') },
    { name: 'bara BOM', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
    { name: 'UTF-16 BOM och skräp', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), binary.subarray(0, 999)]) },
    { name: 'binär 64 KB', bytes: binary },
    { name: 'NUL 100 KB', bytes: Buffer.alloc(100 * 1024) },
    { name: `en rad på ${line / 1024} KB`, bytes: Buffer.from('A;'.repeat(line / 2)) },
    { name: '200 000 tomma rader', bytes: Buffer.from('\r\n'.repeat(200_000)) },
    { name: 'PNG-bild', bytes: Buffer.concat([PNG, binary.subarray(0, 4096)]) },
    { name: 'PDF', bytes: Buffer.from(`%PDF-1.7\n${'1 0 obj << /Type /Catalog >> endobj\n'.repeat(2000)}%%EOF\n`) },
    { name: 'ZIP utan arbetsbok', bytes: Buffer.concat([ZIP, binary.subarray(0, 2048)]) },
    { name: 'gammal Excel (OLE2)', bytes: Buffer.concat([OLE2, binary.subarray(0, 2048)]) },
    { name: 'djup XML', bytes: Buffer.from(`<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</Document>`) },
    { name: 'XML-entiteter', bytes: Buffer.from('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><Document>&c;&c;&c;</Document>') },
    { name: 'SIE-huvud och binärt', bytes: Buffer.concat([Buffer.from('#FLAGGA 0\r\n#SIETYP 4\r\n#VER A 1 20250101 "x"\r\n{\r\n'), binary.subarray(0, 8192)]) },
    { name: 'SIE med 100 000 klamrar', bytes: Buffer.from(`#FLAGGA 0\n#SIETYP 4\n${'{\n'.repeat(50_000)}${'}\n'.repeat(50_000)}`) },
    { name: 'CSV med ett enormt fält', bytes: Buffer.from(`Bokföringsdag;Belopp;Rubrik\n2026-01-01;1,00;"${'x'.repeat(1_000_000)}"\n`) },
    { name: 'CSV med oavslutat citat', bytes: Buffer.from(`Bokföringsdag;Belopp;Rubrik\n2026-01-01;1,00;"${'x;\n'.repeat(50_000)}`) },
  ];
}
