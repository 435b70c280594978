import { useRef } from 'react';
import { sv } from '../../i18n/sv.js';
import { offerDownload } from '../moms/download.js';
import { type Answers, mergeAnswers } from './wizardSteps.js';

const t = sv.bokslut;

interface Props { answers: Answers; template: Answers; fiscalYear: string; onLoaded: (a: Answers, name: string) => void; onError: (m: string) => void }

/** "Spara svar" (the answers file `kontera year-end --answers` reads) and "Läs in svar". */
export function AnswersFile({ answers, template, fiscalYear, onLoaded, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const save = () => offerDownload(new TextEncoder().encode(`${JSON.stringify(answers, null, 2)}\n`), `bokslut-svar-${fiscalYear}.json`, 'application/json');
  const load = async (f: File | undefined) => {
    if (!f) return;
    try {
      const parsed: unknown = JSON.parse(await f.text());
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      onLoaded(mergeAnswers(template, { ...(parsed as Answers), fiscalYear }), f.name);
    } catch {
      onError(t.answersBad);
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <button type="button" onClick={save} title={t.saveAnswersHint}>{t.saveAnswers}</button>
      <button type="button" onClick={() => input.current?.click()}>{t.loadAnswers}</button>
      <input ref={input} type="file" accept=".json,application/json" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={(e) => void load(e.target.files?.[0])} />
    </>
  );
}
