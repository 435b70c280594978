import { Modal } from '../../components/Modal.js';
import { sv } from '../../i18n/sv.js';

const t = sv.bokslut;

/** The last question before the year is posted and closed: it cannot be undone. */
export function BookDialog({ fy, busy, onBook, onClose }: { fy: { start: string; end: string }; busy: boolean; onBook: () => void; onClose: () => void }) {
  return (
    <Modal title={t.confirmTitle} onClose={onClose}>
      <div data-testid="book-dialog">
        <p>{t.confirm(fy.start, fy.end)}</p>
        <p className="hint">{t.bookHint}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={onBook} disabled={busy}>{busy ? t.booking : t.doBook}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </div>
    </Modal>
  );
}
