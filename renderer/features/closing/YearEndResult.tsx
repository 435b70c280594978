import { sv } from '../../i18n/sv.js';
import type { YearEndResultDto } from '../../../shared/api/dto/closing.js';

const t = sv.bokslut;

type Posted = YearEndResultDto['posted'][number];

function PostedList({ title, list, onVoucher, testId }: { title: string; list: readonly Posted[]; onVoucher: (ref: string, date: string) => void; testId: string }) {
  return (
    <section className="panel" data-testid={testId} aria-label={title}>
      <h2>{title}</h2>
      {list.length === 0 ? <p className="muted">{t.noVouchers}</p> : (
        <ul>{list.map((v) => <li key={v.ref}><button type="button" className="link" onClick={() => onVoucher(v.ref, v.date)}>{v.ref.replace(/@.*$/, '')}</button> {v.date} {v.text}</li>)}</ul>
      )}
    </section>
  );
}

/** After "Bokför bokslutet": what was posted and which files were written, as the backend answered. */
export function YearEndResult({ r, onVoucher }: { r: YearEndResultDto; onVoucher: (ref: string, date: string) => void }) {
  return (
    <div data-testid="year-end-result">
      <PostedList title={t.posted} list={r.posted} onVoucher={onVoucher} testId="ye-posted" />
      {r.reversalsPosted.length ? <PostedList title={t.reversalsPosted} list={r.reversalsPosted} onVoucher={onVoucher} testId="ye-reversals-posted" /> : null}
      <section className="panel" aria-labelledby="ye-files">
        <h2 id="ye-files">{t.files}</h2>
        {r.files.length === 0 ? <p className="muted">{t.noFiles}</p> : <ul className="file-list" data-testid="ye-files-list">{r.files.map((f) => <li key={f}>{f}</li>)}</ul>}
        {r.pdfError ? <p className="field-error">{t.pdfError(r.pdfError)}</p> : null}
        {r.nextFiscalYear ? <p>{t.nextYear(r.nextFiscalYear)}</p> : null}
        <p className="small">{sv.closing.chainHead}: <code className="chain-head">{r.chainHead}</code></p>
      </section>
    </div>
  );
}
