/**
 * Tells a SIE 1–4 file from things that are not: empty files, binary data, HTML error pages
 * saved under a .se name, SIE 5 (XML).
 */
import type { SieProblem } from './types.js';

function notSie(message: string, line: number): SieProblem {
  return { code: 'not-sie', message, line };
}

/**
 * A `not-sie` problem when the text can not be a SIE 1–4 file, else null.
 * @example sniffSie('<html>…')?.code // 'not-sie'
 */
export function sniffSie(text: string): SieProblem | null {
  if (text.trim() === '') return notSie('Filen är tom. Välj en SIE-fil (typ 1–4) som exporterats från bokföringsprogrammet.', 1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return notSie(`Filen innehåller binära data (rad ${lineAt(text, nul)}) och är ingen SIE-fil. Välj den textfil (.se/.si) som bokföringsprogrammet exporterade.`, lineAt(text, nul));
  }
  const m = /^[\s\uFEFF]*(\S)/.exec(text);
  const at = m ? m.index + m[0].length - 1 : 0;
  const line = lineAt(text, at);
  const head = text.slice(at, at + 2000);
  if (head.startsWith('<')) {
    if (/<\?xml|<Sie[\s>]|<SieEntry[\s>]|sie5/i.test(head) && !/<html/i.test(head)) {
      return notSie('Filen är SIE 5 (XML), som Kontera inte läser. Exportera i stället SIE 4 (typ 4E) från programmet.', line);
    }
    return notSie(`Filen är en webbsida (HTML), inte en SIE-fil – troligen ett felmeddelande som sparats vid en misslyckad nedladdning (rad ${line}). Hämta filen igen.`, line);
  }
  if (!head.startsWith('#')) {
    return notSie(`Rad ${line} börjar inte med en SIE-etikett (#FLAGGA, #VER …); filen är ingen SIE-fil av typ 1–4.`, line);
  }
  return null;
}

/**
 * 1-based line of a character offset.
 * @example lineAt('a\nb', 2) // 2
 */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  let i = text.indexOf('\n');
  while (i >= 0 && i < offset) {
    n++;
    i = text.indexOf('\n', i + 1);
  }
  // A file with lone CR line breaks counts those instead.
  if (n === 1 && text.indexOf('\r') >= 0 && text.indexOf('\n') < 0) {
    for (let j = 0; j < offset; j++) if (text.charCodeAt(j) === 13) n++;
  }
  return n;
}
