/**
 * Reads an eSKD momsdeklaration file back (ours or another program's), so a filed return can be
 * compared with the ledger. Order and indentation are not significant when reading.
 */
import { ore } from '../money/ore.js';
import { type Result, fail, ok } from '../result.js';
import { ESKD_ELEMENTS } from './boxIds.js';
import { type BoxAmounts, emptyBoxes } from './boxes.js';

export interface EskdContent {
  orgNr: string;
  /** YYYYMM as written in the file. */
  period: string;
  /** Öre (whole kronor · 100); boxes absent from the file are 0. */
  boxes: BoxAmounts;
  /** Which boxes the file actually contained. */
  present: string[];
  note?: string;
}

export type EskdReadErrorCode = 'eskd-not-moms' | 'eskd-bad-value';

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/**
 * Parses the text of an eSKD momsdeklaration.
 * @example readEskd(text).value.boxes['49'] // 22550000 for Skatteverket's example (225 500 kr)
 */
export function readEskd(text: string): Result<EskdContent, EskdReadErrorCode> {
  const orgNr = /<OrgNr>\s*([^<]*?)\s*<\/OrgNr>/.exec(text)?.[1];
  const moms = /<Moms>([\s\S]*)<\/Moms>/.exec(text);
  const period = moms ? /<Period>\s*(\d{6})\s*<\/Period>/.exec(moms[1] ?? '')?.[1] : undefined;
  if (orgNr === undefined || !moms || period === undefined) {
    return fail('eskd-not-moms', 'Filen är ingen momsdeklaration i eSKD-format (OrgNr, Moms och Period saknas). Välj rätt fil.');
  }
  const boxes = emptyBoxes();
  const present: string[] = [];
  for (const [box, element] of ESKD_ELEMENTS) {
    const re = new RegExp(`<${element}>([^<]*)</${element}>`);
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[1] ?? '';
    if (!/^[-+]?\d{1,13}$/.test(raw)) {
      return fail('eskd-bad-value', `Rad ${lineOf(text, m.index)}: värdet "${raw}" i ${element} är inte ett helt antal kronor. Rätta filen.`, { line: lineOf(text, m.index) });
    }
    boxes[box] = ore(Number(raw) * 100);
    present.push(box);
  }
  const note = /<TextUpplysningMoms>([^<]*)<\/TextUpplysningMoms>/.exec(text)?.[1];
  return ok({ orgNr, period, boxes, present, ...(note !== undefined ? { note: unescapeXml(note) } : {}) });
}
