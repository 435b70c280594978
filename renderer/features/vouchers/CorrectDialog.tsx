import { useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Modal } from '../../components/Modal.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { focusFirstError } from '../../components/focusError.js';
import { sv, errorText } from '../../i18n/sv.js';
import { todaySv } from '../../app/today.js';
import { defaultPostingDate, postingDateProblem } from '../../app/postingDate.js';
import type { FiscalYearDto, VoucherDto } from '../../../shared/api/dto.js';

const t = sv.voucher;

/** Rättelse: a new voucher that reverses the original, dated in an open period. */
export function CorrectDialog({ voucher, onClose, onDone }: { voucher: VoucherDto; onClose: () => void; onDone: (c: VoucherDto) => void }) {
  const api = useApi();
  const [date, setDate] = useState(() => (todaySv() > voucher.date ? todaySv() : voucher.date));
  const [text, setText] = useState(`Rättelse av ${voucher.ref}: ${voucher.text}`);
  const [errors, setErrors] = useState<{ date?: string; text?: string; form?: string }>({});
  const [years, setYears] = useState<FiscalYearDto[]>([]);
  const [touched, setTouched] = useState(false);
  // The company's fiscal years: the default date moves into an open year (as in Bokför) and a date
  // outside every year is marked at once.
  useEffect(() => {
    let live = true;
    void api.call('company.info', {}).then((r) => {
      if (!live || !r.ok) return;
      setYears(r.value.fiscalYears);
      const start = todaySv() > voucher.date ? todaySv() : voucher.date;
      const d = defaultPostingDate(r.value.fiscalYears, start);
      setDate((cur) => (touched ? cur : d < voucher.date ? voucher.date : d));
    });
    return () => { live = false; };
  }, [api, voucher.date]); // runs once per voucher; a date the user typed is kept
  const problem = postingDateProblem(years, date);
  const liveDateError = problem === null ? undefined
    : problem.kind === 'no-fiscal-year' ? sv.bokfor.noFiscalYear(date.trim()) : sv.bokfor.yearClosed(problem.start, problem.end);
  const run = async () => {
    const r = await api.call('vouchers.correct', { voucher: { series: voucher.series, number: voucher.number, fiscalYear: voucher.fiscalYear }, date: date.trim(), ...(text.trim() ? { text: text.trim() } : {}) });
    if (r.ok) return onDone(r.value);
    const msg = errorText(r.error);
    setErrors(r.error.path === 'date' ? { date: msg } : r.error.path === 'text' ? { text: msg } : { form: msg });
    if (r.error.path === 'date' || r.error.path === 'text') focusFirstError(document.querySelector('dialog[open]'));
  };
  return (
    <Modal title={t.correctTitle(voucher.ref)} onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); void run(); }} noValidate>
        {errors.form ? <Notice kind="error" focus key={errors.form}>{errors.form}</Notice> : null}
        <p className="muted">{t.correctLinesHint}</p>
        <Field id="correct-date" label={t.correctDate} error={errors.date ?? liveDateError}>
          {(a) => <input {...a} value={date} autoFocus placeholder="ÅÅÅÅ-MM-DD" onChange={(e) => { setTouched(true); setErrors((x) => ({ ...x, date: undefined })); setDate(e.target.value); }} />}
        </Field>
        <Field id="correct-text" label={t.correctText} error={errors.text}>
          {(a) => <input {...a} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary">{t.doCorrect}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </form>
    </Modal>
  );
}
