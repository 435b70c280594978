/**
 * Finds text that was already broken by a wrong decoding before it reached us (case C1): the
 * bytes are fine, the letters are not, so no choice of encoding can repair it.
 */
import type { SieProblem } from './types.js';
import { lineAt } from './sniff.js';

interface Pattern { re: RegExp; why: string }

const PATTERNS: Pattern[] = [
  { re: /\uFFFD/, why: 'ersättningstecken (�) där tecken gått förlorade' },
  // CP437 å ä ö Å Ä Ö é read as Windows-1252 (†„”Ž™‚) or Latin-1 (C1 controls) inside a word.
  { re: /\p{L}[†„”Ž™‚\u0080-\u009F]\p{L}|[\u0080-\u009F]/u, why: 'å, ä och ö från en PC8-fil (CP437) som lästs som Windows-1252' },
  // UTF-8 read as Latin-1/Windows-1252: "Ã¥" for å.
  { re: /Ã[¥¤¶…„–©‰\u0096\u0085\u0084]/, why: 'UTF-8 som lästs som Latin-1 (t.ex. "Ã¥" för å)' },
  // Latin-1 read as CP437: "σ" for å, "÷" for ö.
  { re: /[A-Za-z][σΣ÷][A-Za-z]/, why: 'Latin-1 som lästs som PC8 (t.ex. "σ" för å)' },
  // UTF-8 read as CP437: "├Ñ" for å, box-drawing characters never belong in a ledger text.
  { re: /[\u2500-\u257F]/, why: 'UTF-8 som lästs som PC8 (ramtecken som "├")' },
];

/**
 * One `sie-mojibake` warning per kind of damage found, naming the first line and an example.
 * @example findMojibake('#KONTO 4535 "Ink”p tj„nster"')[0].code // 'sie-mojibake'
 */
export function findMojibake(input: string): SieProblem[] {
  // #FNR is the exporting program's internal company id, often a Windows path in another code page
  // than the rest (the official SIE example has one); it is never imported, so it is not judged.
  const text = input.includes('#FNR') ? input.replace(/^[ \t]*#FNR[^\r\n]*/gm, (m) => ' '.repeat(m.length)) : input;
  const out: SieProblem[] = [];
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const line = lineAt(text, m.index);
    const count = countMatches(text, p.re);
    const example = wordAround(text, m.index);
    out.push({
      code: 'sie-mojibake',
      message: `Texten ser ut att ha avkodats fel redan innan filen skapades: ${p.why}, t.ex. "${example}" på rad ${line}` +
        `${count > 1 ? ` (${count} ställen)` : ''}. Kontrollera namnen i källprogrammet och exportera filen igen, eller rätta texterna efter importen.`,
      line,
    });
  }
  return out;
}

function countMatches(text: string, re: RegExp): number {
  const g = new RegExp(re.source, re.flags + 'g');
  let n = 0;
  while (g.exec(text) !== null) n++;
  return n;
}

function wordAround(text: string, at: number): string {
  let a = at;
  let b = at;
  while (a > 0 && at - a < 30 && !/[\s"]/.test(text[a - 1]!)) a--;
  while (b < text.length && b - at < 30 && !/[\s"]/.test(text[b]!)) b++;
  return text.slice(a, Math.max(b, at + 1));
}
