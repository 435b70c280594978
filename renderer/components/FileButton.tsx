import { useRef, useState } from 'react';
import { sv } from '../i18n/sv.js';

interface Props {
  /** The hidden file input's id (what a `<label htmlFor>` and the tests point at). */
  id: string;
  /** What the chosen files are for; with the button text it names the button for screen readers. */
  label: string;
  multiple?: boolean;
  accept?: string;
  disabled?: boolean;
  /** Overrides the names shown after a choice (e.g. cleared once the files are handled). */
  chosen?: string[];
  describedBy?: string | undefined;
  onFiles: (files: File[]) => void;
}

/**
 * A file input with Swedish wording: a button ("Välj fil …" / "Välj filer …") that opens a
 * visually hidden `<input type="file">`, and a line saying which files are chosen. The browser's
 * own control would say "Choose Files / No file chosen" in the browser's language.
 */
export function FileButton({ id, label, multiple, accept, disabled, chosen, describedBy, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  const shown = chosen ?? names;
  const text = multiple ? sv.files.chooseMany : sv.files.chooseOne;
  const chosenId = `${id}-chosen`;
  return (
    <span className="file-button">
      <button type="button" id={`${id}-button`} disabled={disabled} aria-label={`${label}: ${text}`}
        aria-describedby={[chosenId, describedBy].filter(Boolean).join(' ')} onClick={() => input.current?.click()}>{text}</button>
      <span id={chosenId} className="file-chosen" data-testid={chosenId} aria-live="polite" title={shown.join(', ') || undefined}>{sv.files.chosen(shown)}</span>
      <input ref={input} id={id} type="file" className="sr-only" tabIndex={-1} aria-hidden="true" multiple={multiple} accept={accept} disabled={disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length === 0) return;
          setNames(files.map((f) => f.name));
          // Emptied, so that choosing the same file again is seen as a new choice.
          e.target.value = '';
          onFiles(files);
        }} />
    </span>
  );
}
