import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A status line: errors are announced, successes politely. With `focus` the line takes the focus
 * when it appears (after an action whose button went away or whose result is the message), so the
 * focus does not fall to the page; give it a new `key` to take the focus again for a new message.
 */
export function Notice({ kind, children, onClose, focus }: { kind: 'error' | 'ok' | 'info' | 'warn'; children: ReactNode; onClose?: () => void; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { if (focus) ref.current?.focus(); }, [focus]);
  return (
    <div ref={ref} className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} {...(focus ? { tabIndex: -1 } : {})}>
      <div className="notice-body">{children}</div>
      {onClose ? <button type="button" className="link" onClick={onClose} aria-label="Stäng meddelandet">×</button> : null}
    </div>
  );
}
