import { useState } from 'react';
import { Field } from '../../components/Field.js';
import { Amount } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';
import { parseAmount } from '../../../shared/domain/money/parse.js';
import { type Direction, type VatRate, VAT_RATES, vatFigures } from './vatCalc.js';

const t = sv.vat;

/** Momskalkylator: an amount incl. or excl. VAT at 25, 12 or 6 %, shown for the chosen rate and all three. */
export function VatCalculator() {
  const [text, setText] = useState('1 000,00');
  const [direction, setDirection] = useState<Direction>('incl');
  const [rate, setRate] = useState<VatRate>('25');
  const parsed = text.trim() ? parseAmount(text) : null;
  const amount = parsed?.ok ? parsed.value : null;
  const main = amount !== null ? vatFigures(amount, direction, rate) : null;
  return (
    <section className="screen narrow" aria-labelledby="vat-title">
      <h1 id="vat-title">{t.title}</h1>
      <form className="vat-form" onSubmit={(e) => e.preventDefault()}>
        <Field id="vat-amount" label={t.amount} error={parsed && !parsed.ok ? parsed.problems[0]?.message : null}>
          {(a) => <input {...a} inputMode="decimal" className="amount-input big" value={text} autoFocus onChange={(e) => setText(e.target.value)} />}
        </Field>
        <fieldset className="radios">
          <legend>{t.direction}</legend>
          {(['incl', 'excl'] as const).map((d) => (
            <label key={d}><input type="radio" name="vat-direction" value={d} checked={direction === d} onChange={() => setDirection(d)} /> {t[d]}</label>
          ))}
        </fieldset>
        <fieldset className="radios">
          <legend>{t.rate}</legend>
          {VAT_RATES.map((r) => (
            <label key={r}><input type="radio" name="vat-rate" value={r} checked={rate === r} onChange={() => setRate(r)} /> {r} %</label>
          ))}
        </fieldset>
      </form>
      {main ? (
        <dl className="vat-result" aria-live="polite" data-testid="vat-result">
          <div><dt>{t.net}</dt><dd><Amount value={main.net} /></dd></div>
          <div><dt>{t.vat} {rate} %</dt><dd><Amount value={main.vat} /></dd></div>
          <div className="total"><dt>{t.gross}</dt><dd><Amount value={main.gross} /></dd></div>
        </dl>
      ) : null}
      {amount !== null ? (
        <table className="report">
          <caption>{t.allRates}</caption>
          <thead><tr><th scope="col">{t.rate}</th><th scope="col" className="num">{t.net}</th><th scope="col" className="num">{t.vat}</th><th scope="col" className="num">{t.gross}</th></tr></thead>
          <tbody>
            {VAT_RATES.map((r) => { const f = vatFigures(amount, direction, r); return (
              <tr key={r} className={r === rate ? 'current' : undefined}><th scope="row">{r} %</th><td className="num"><Amount value={f.net} /></td><td className="num"><Amount value={f.vat} /></td><td className="num"><Amount value={f.gross} /></td></tr>
            ); })}
          </tbody>
        </table>
      ) : null}
      <p className="muted small">{t.rounding}</p>
    </section>
  );
}
