import type { ReactNode } from 'react';

/** A status line: errors are announced, successes politely. */
export function Notice({ kind, children, onClose }: { kind: 'error' | 'ok' | 'info' | 'warn'; children: ReactNode; onClose?: () => void }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="notice-body">{children}</div>
      {onClose ? <button type="button" className="link" onClick={onClose} aria-label="Stäng meddelandet">×</button> : null}
    </div>
  );
}
