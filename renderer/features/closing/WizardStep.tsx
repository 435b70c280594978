import { sv } from '../../i18n/sv.js';
import { Amount } from '../../components/Amount.js';
import type { AnswerFieldDto, AssetDto } from '../../../shared/api/dto/closing.js';
import { type Answers, type StepId, fieldsOf, getAt, setAt } from './wizardSteps.js';
import { AnswerInput } from './AnswerInput.js';
import { RowsEditor } from './RowsEditor.js';

const t = sv.bokslut;

interface Props { step: StepId; fields: readonly AnswerFieldDto[]; answers: Answers; onAnswers: (a: Answers) => void; registered: readonly AssetDto[] }

/** One step of the wizard: its single-value answers as fields, its arrays as row tables. */
export function WizardStep({ step, fields, answers, onAnswers, registered }: Props) {
  const mine = fieldsOf(step, fields);
  const single = mine.filter((f) => !f.key.endsWith('[]'));
  const arrays = mine.filter((f) => f.key.endsWith('[]'));
  return (
    <div className="wizard-step" data-step={step}>
      {step === 'invoices' ? <p className="hint">{t.invoicesHint}</p> : null}
      {step === 'assets' ? (
        <section className="panel" aria-labelledby="registered-title">
          <h3 id="registered-title">{t.registered}</h3>
          <p className="hint">{t.registerHint}</p>
          {registered.length === 0 ? <p className="muted small">{t.noRegistered}</p> : (
            <table className="report compact">
              <thead><tr><th scope="col">{t.cols.id}</th><th scope="col">{t.cols.name}</th><th scope="col">{t.cols.acquired}</th><th scope="col" className="num">{t.cols.cost}</th><th scope="col">{t.cols.lifeYears}</th></tr></thead>
              <tbody>{registered.map((a) => <tr key={a.id}><td>{a.id}</td><td>{a.name}</td><td>{a.acquired}</td><td className="num"><Amount value={a.cost} /></td><td>{a.lifeYears}</td></tr>)}</tbody>
            </table>
          )}
        </section>
      ) : null}
      {arrays.map((f) => {
        const key = f.key.slice(0, -2);
        const rows = getAt(answers, key);
        return <RowsEditor key={f.key} arrayKey={key} defaultText={f.default} rows={Array.isArray(rows) ? rows as Record<string, unknown>[] : []} onChange={(r) => onAnswers(setAt(answers, key, r))} />;
      })}
      {single.length ? (
        <div className="answer-grid">
          {single.map((f) => <AnswerInput key={f.key} field={f} value={getAt(answers, f.key) ?? ''} onChange={(v) => onAnswers(setAt(answers, f.key, v))} />)}
        </div>
      ) : null}
    </div>
  );
}
