import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  error?: string | null | undefined;
  hint?: string | undefined;
  ok?: string | null | undefined;
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
  className?: string;
}

/** A labelled control with its hint or error underneath, wired for screen readers. */
export function Field({ id, label, error, hint, ok, children, className }: Props) {
  const msgId = `${id}-msg`;
  const msg = error ?? ok ?? hint;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': !!error, ...(msg ? { 'aria-describedby': msgId } : {}) })}
      {msg ? <p id={msgId} className={error ? 'field-error' : ok ? 'field-ok' : 'field-hint'} role={error ? 'alert' : undefined}>{msg}</p> : null}
    </div>
  );
}
