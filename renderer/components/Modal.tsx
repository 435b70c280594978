import { useEffect, useRef, type ReactNode } from 'react';
import { sv } from '../i18n/sv.js';

interface Props { title: string; onClose: () => void; children: ReactNode; wide?: boolean; labelledBy?: string }

/** A modal dialog (the platform's <dialog>): focus stays inside, Esc closes, focus returns after. */
export function Modal({ title, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const d = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (d && !d.open) {
      d.showModal();
      d.querySelector<HTMLElement>('.modal-body :is(input, select, textarea, button, [tabindex]:not([tabindex="-1"]))')?.focus();
    }
    const onCancel = (e: Event) => {
      e.preventDefault();
      close.current();
    };
    d?.addEventListener('cancel', onCancel);
    return () => {
      d?.removeEventListener('cancel', onCancel);
      if (d?.open) d.close();
      before?.focus?.();
    };
  }, []);
  return (
    <dialog ref={ref} className={`modal${wide ? ' modal-wide' : ''}`} aria-label={title}>
      <header className="modal-head">
        <h2>{title}</h2>
        <button type="button" className="icon" onClick={onClose} aria-label={sv.app.close}>×</button>
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
