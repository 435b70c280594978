import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/index.js';
import { Modal } from '../../components/Modal.js';
import { Field } from '../../components/Field.js';
import { advanceOnEnter } from '../../components/enter.js';
import { sv, errorText } from '../../i18n/sv.js';
import { parseAmount } from '../../../shared/domain/money/parse.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';

const t = sv.bokfor.representation;
type Rate = '12' | '25' | '6';

/** What the helper fills into the Bokför form; `note` says how much VAT is deductible and why. */
export interface RepresentationFill {
  lines: { account: string; amount: number }[];
  text: string;
  counterparty: string;
  note: string;
}

/** One participant per line; blank lines are left out. */
export const participantList = (s: string): string[] => s.split('\n').map((x) => x.trim()).filter(Boolean);

/** Why this much VAT is deductible: the cap of 300 kr excluding VAT per participant, or the whole VAT. */
export function representationNote(r: { vatPaid: number; deductibleVat: number }, persons: number, rate: string): string {
  const kr = (v: number) => formatSv(ore(Math.abs(v)));
  const n = t.persons(persons);
  return Math.abs(r.deductibleVat) < Math.abs(r.vatPaid)
    ? t.capped(n, rate, kr(r.deductibleVat), kr(r.vatPaid), kr(r.vatPaid - r.deductibleVat))
    : t.full(n, kr(r.deductibleVat));
}

/**
 * Representation (a business meal): asks amount, rate, purpose and participants, lets the backend
 * apply the 300 kr cap (vat.representation) and hands back the voucher's lines and text. Posting
 * stays with the Bokför form. Enter moves on; in the participant list Enter is a new line and
 * Ctrl+Enter fills in the voucher.
 */
export function RepresentationDialog({ onClose, onApply }: { onClose: () => void; onApply: (f: RepresentationFill) => void }) {
  const api = useApi();
  const [gross, setGross] = useState('');
  const [rate, setRate] = useState<Rate>('12');
  const [purpose, setPurpose] = useState('');
  const [counterparty, setCounterparty] = useState('');
  const [participants, setParticipants] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<{ note: string; missing: string } | null>(null);
  const participantsRef = useRef<HTMLTextAreaElement>(null);
  const seq = useRef(0);

  const compute = async (purposeText: string) => {
    const g = parseAmount(gross);
    const names = participantList(participants);
    if (!g.ok || names.length === 0) return null;
    const r = await api.call('vat.representation', { gross: g.value, rate, participants: names, purpose: purposeText });
    return { r, names };
  };

  useEffect(() => {
    const n = ++seq.current;
    void compute('–').then((res) => {
      if (n !== seq.current) return;
      if (!res || !res.r.ok) return setPreview(null);
      setPreview({ note: representationNote(res.r.value, res.names.length, rate), missing: res.r.value.missingAccounts.map((a) => `${a.number} ${a.name}`).join(', ') });
    });
  }, [gross, rate, participants]);

  const apply = async () => {
    const g = parseAmount(gross);
    const e: Record<string, string> = {};
    if (!g.ok) e.gross = gross.trim() ? g.problems[0]?.message ?? t.needGross : t.needGross;
    if (!purpose.trim()) e.purpose = t.needPurpose;
    if (participantList(participants).length === 0) e.participants = t.needParticipants;
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const res = await compute(purpose.trim());
    if (!res) return;
    if (!res.r.ok) return setErrors({ form: errorText(res.r.error) });
    const v = res.r.value;
    onApply({ lines: v.lines, text: v.text, counterparty: counterparty.trim(), note: representationNote(v, res.names.length, rate) });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void apply();
      return;
    }
    advanceOnEnter(e, () => participantsRef.current?.focus());
  };

  return (
    <Modal title={t.title} onClose={onClose}>
      <form className="representation" onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); void apply(); }} noValidate>
        <Field id="rep-gross" label={t.gross} error={errors.gross}>
          {(a) => <input {...a} inputMode="decimal" className="amount-input" value={gross} onChange={(e) => setGross(e.target.value)} />}
        </Field>
        <Field id="rep-rate" label={t.rate}>
          {(a) => (
            <select {...a} value={rate} onChange={(e) => setRate(e.target.value as Rate)}>
              {(['12', '25', '6'] as const).map((r) => <option key={r} value={r}>{t.rates[r]}</option>)}
            </select>
          )}
        </Field>
        <Field id="rep-purpose" label={t.purpose} error={errors.purpose} hint={t.purposeHint}>
          {(a) => <input {...a} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
        </Field>
        <Field id="rep-counterparty" label={t.counterparty}>
          {(a) => <input {...a} value={counterparty} onChange={(e) => setCounterparty(e.target.value)} />}
        </Field>
        <Field id="rep-participants" label={t.participants} error={errors.participants} hint={t.participantsHint}>
          {(a) => <textarea {...a} ref={participantsRef} rows={4} value={participants} onChange={(e) => setParticipants(e.target.value)} />}
        </Field>
        {preview ? <p className="field-hint" data-testid="rep-preview">{preview.note}</p> : null}
        {preview?.missing ? <p className="field-error" role="alert">{t.missing(preview.missing)}</p> : null}
        {errors.form ? <p className="field-error" role="alert">{errors.form}</p> : null}
        <div className="actions">
          <button type="submit" className="primary">{t.apply}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </form>
    </Modal>
  );
}
