/** Reading and writing the year-end answers file (`year-end --answers` / `--write-answers`). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { CallFailed } from '../runner.js';
import { writeFileAtomic } from '../../db/atomicWrite.js';

const MAX_BYTES = 1024 * 1024;

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Node's JSON.parse messages name a position ("at position 17") or a line ("line 3 column 5"). */
function errorLine(text: string, message: string): number {
  const byLine = /line (\d+)/.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPos = /position (\d+)/.exec(message);
  return byPos ? lineAt(text, Number(byPos[1])) : lineAt(text, text.length);
}

/**
 * The answers object of a JSON file; a missing, oversized or malformed file ends the command with
 * a refusal naming the line (exit 1), before the company file is touched.
 */
export function readAnswersFile(file: string): Record<string, unknown> {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new CallFailed({ code: 'file-not-found', message: `Svarsfilen ${file} finns inte. Skapa en med year-end --write-answers ${file}.`, path: 'answers' });
  }
  if (statSync(file).size > MAX_BYTES) {
    throw new CallFailed({ code: 'closing-answers-invalid', message: `Svarsfilen ${file} är större än 1 MB; det är ingen svarsfil från Kontera.`, path: 'answers' });
  }
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const line = errorLine(text, (e as Error).message);
    throw new CallFailed({ code: 'closing-answers-invalid', message: `Svarsfilen ${file} är inte giltig JSON på rad ${line}. Rätta filen (t.ex. ett saknat kommatecken eller citattecken) och försök igen.`, line, path: 'answers' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CallFailed({ code: 'closing-answers-invalid', message: `Svarsfilen ${file} ska innehålla ett JSON-objekt ({ … }) med guidens svar.`, line: 1, path: 'answers' });
  }
  return value as Record<string, unknown>;
}

/** Writes the answers template; refuses to overwrite an existing file. */
export function writeAnswersTemplate(file: string, template: Record<string, unknown>): void {
  if (existsSync(file)) throw new CallFailed({ code: 'file-exists', message: `${file} finns redan och skrivs inte över. Välj ett annat filnamn.`, path: 'write-answers' });
  writeFileAtomic(file, `${JSON.stringify(template, null, 2)}\n`);
}
