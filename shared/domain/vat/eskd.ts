/**
 * The eSKD upload file of the momsdeklaration (eSKDUpload Version 6.0), as text. Encoding it as
 * ISO-8859-1 bytes is electron/server/vat/eskd-file.ts's job.
 *
 * Choices (formats-and-vat.md §2.3): elements in the DTD's order; one element per line, no
 * indentation (Skatteverket lists stray spaces and tabs among rejection causes); CRLF line ends
 * as in Skatteverket's own example; no DOCTYPE unless asked for (the current help page shows
 * none); boxes that are 0 are left out, MomsBetala (49) is always written.
 */
import type { IsoMonth } from '../dates/isoDate.js';
import { isIsoMonth } from '../dates/isoDate.js';
import { parseIdentity } from '../identity/identity.js';
import { type Problem, type Result, failAll, ok } from '../result.js';
import { ESKD_ELEMENTS } from './boxIds.js';
import { type BoxAmounts, box49Of } from './boxes.js';

export const ESKD_DOCTYPE =
  '<!DOCTYPE eSKDUpload PUBLIC "-//Skatteverket, Sweden//DTD Skatteverket eSKDUpload-DTD Version 6.0//SV" "https://www1.skatteverket.se/demoeskd/eSKDUpload_6p0.dtd">';

/** Longest free-text note Skatteverket accepts in TextUpplysningMoms. */
export const ESKD_NOTE_MAX = 300;

export interface EskdInput {
  /** Organisations-, person- or samordningsnummer, 10 or 12 digits, with or without hyphen. */
  orgNr: string;
  /** The period's last month, e.g. '2025-03' for Q1 2025. */
  lastMonth: IsoMonth;
  /** Declared figures: whole kronor in öre (from roundBoxes), 49 consistent with the others. */
  boxes: BoxAmounts;
  /** Optional TextUpplysningMoms. */
  note?: string;
  /** Write the DOCTYPE line of older files. Default false. */
  doctype?: boolean;
}

export type EskdErrorCode =
  | 'eskd-invalid-orgnr' | 'eskd-invalid-period' | 'eskd-not-whole-kronor'
  | 'eskd-box49-mismatch' | 'eskd-note-too-long' | 'eskd-note-characters';

const NL = '\r\n';

function noteProblems(note: string): Problem<EskdErrorCode>[] {
  const out: Problem<EskdErrorCode>[] = [];
  if ([...note].length > ESKD_NOTE_MAX) {
    out.push({ code: 'eskd-note-too-long', path: 'note',
      message: `Upplysningstexten har ${[...note].length} tecken; Skatteverket tar emot högst ${ESKD_NOTE_MAX}. Korta texten.` });
  }
  // ISO-8859-1 printable only: no control characters (tabs and line breaks included), nothing above U+00FF.
  const bad = [...note].filter((ch) => { const c = ch.codePointAt(0) ?? 0; return c < 0x20 || (c >= 0x7f && c < 0xa0) || c > 0xff; });
  if (bad.length > 0) {
    const shown = [...new Set(bad)].map((ch) => (ch.codePointAt(0)! < 0x20 ? 'radbrytning/tabb' : `"${ch}"`)).join(', ');
    out.push({ code: 'eskd-note-characters', path: 'note',
      message: `Upplysningstexten innehåller tecken som inte kan skickas i filen (${shown}). Skriv texten på en rad med vanliga bokstäver.` });
  }
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The eSKD file's text for one period, or every problem that stops it.
 * @example eskdXml({ orgNr: '5560000167', lastMonth: '2025-03', boxes }).value
 *   // '<?xml version="1.0" encoding="ISO-8859-1"?>\r\n<eSKDUpload Version="6.0">\r\n<OrgNr>556000-0167</OrgNr>\r\n…'
 */
export function eskdXml(input: EskdInput): Result<string, EskdErrorCode> {
  const problems: Problem<EskdErrorCode>[] = [];
  const id = parseIdentity(input.orgNr);
  if (!id.ok) {
    problems.push({ code: 'eskd-invalid-orgnr', path: 'orgNr', message: `${id.problems[0]?.message ?? ''} Ange företagets organisations- eller personnummer.` });
  }
  if (!isIsoMonth(input.lastMonth)) {
    problems.push({ code: 'eskd-invalid-period', path: 'lastMonth', message: `"${input.lastMonth}" är ingen månad. Ange periodens sista månad som ÅÅÅÅ-MM.` });
  }
  const notWhole = ESKD_ELEMENTS.filter(([box]) => input.boxes[box] % 100 !== 0).map(([box]) => box);
  if (notWhole.length > 0) {
    problems.push({ code: 'eskd-not-whole-kronor', path: 'boxes',
      message: `Ruta ${notWhole.join(', ')} innehåller öre. Deklarationen lämnas i hela kronor; avrunda rutorna först.` });
  }
  if (input.boxes['49'] !== box49Of(input.boxes)) {
    problems.push({ code: 'eskd-box49-mismatch', path: 'boxes.49',
      message: 'Ruta 49 stämmer inte med summan av ruta 10–12, 30–32 och 60–62 minus ruta 48. Räkna om deklarationen.' });
  }
  const note = input.note?.trim() ?? '';
  problems.push(...noteProblems(note));
  if (problems.length > 0 || !id.ok) return failAll(problems);

  const lines = ['<?xml version="1.0" encoding="ISO-8859-1"?>'];
  if (input.doctype) lines.push(ESKD_DOCTYPE);
  lines.push('<eSKDUpload Version="6.0">', `<OrgNr>${id.value.display}</OrgNr>`, '<Moms>');
  lines.push(`<Period>${input.lastMonth.replace('-', '')}</Period>`);
  for (const [box, element] of ESKD_ELEMENTS) {
    const kronor = input.boxes[box] / 100;
    if (kronor !== 0 || box === '49') lines.push(`<${element}>${kronor}</${element}>`);
  }
  if (note !== '') lines.push(`<TextUpplysningMoms>${escapeXml(note)}</TextUpplysningMoms>`);
  lines.push('</Moms>', '</eSKDUpload>');
  return ok(lines.join(NL) + NL);
}
