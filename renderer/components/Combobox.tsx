import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';

import type { Option } from './search.js';

export type { Option };

interface Props {
  id: string;
  value: string;
  options: readonly Option[];
  /** Options matching what the user typed, best first. */
  search: (query: string) => Option[];
  onChange: (value: string) => void;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
  /** Show the list when the empty field gets the focus (a short list such as the templates). */
  listOnFocus?: boolean;
}

/** How many options an empty field lists (on focus or ↓). */
const SHOW_ALL = 50;

const labelOf = (options: readonly Option[], value: string) => options.find((o) => o.value === value)?.label ?? value;

/**
 * A text field that searches a list (accounts by number and name, templates by name).
 * Arrow keys move in the list, Enter or Tab picks the marked option and lets the form move on.
 */
export function Combobox(p: Props) {
  const listId = useId();
  const [text, setText] = useState(() => labelOf(p.options, p.value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [matches, setMatches] = useState<Option[]>([]);
  const listRef = useRef<HTMLUListElement>(null);
  /** Set when an option was just picked: the blur that follows must not re-read stale text. */
  const picked = useRef(false);

  useEffect(() => {
    setText(labelOf(p.options, p.value));
  }, [p.value, p.options]);

  const type = (t: string) => {
    picked.current = false;
    setText(t);
    const m = t.trim() ? p.search(t) : [];
    setMatches(m);
    setActive(0);
    setOpen(m.length > 0);
  };

  const choose = (o: Option) => {
    picked.current = true;
    setText(o.label);
    setOpen(false);
    p.onChange(o.value);
  };

  /** Makes sense of typed text when the user leaves without picking from the list. */
  const commit = () => {
    setOpen(false);
    if (picked.current) return;
    const t = text.trim();
    if (t === labelOf(p.options, p.value)) return;
    if (!t) return p.onChange('');
    const exact = p.options.find((o) => o.value === t || o.label === t);
    if (exact) return choose(exact);
    const m = p.search(t);
    if (m.length === 1 && m[0]) return choose(m[0]);
    p.onChange(t);
  };

  /** What the list shows for the text: the search's matches, or with nothing typed the first options. */
  const listFor = (q: string) => (q ? p.search(q) : p.options.slice(0, SHOW_ALL));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.altKey) {
      e.preventDefault();
      if (!open) {
        const m = listFor(text.trim());
        setMatches(m);
        setActive(0);
        setOpen(m.length > 0);
        return;
      }
      setActive((a) => Math.max(0, Math.min(matches.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.ctrlKey && !e.metaKey) {
      // A list opened by focus has nothing marked: Enter then moves on, it does not pick the first option.
      const o = open && active >= 0 ? matches[active] : undefined;
      if (o) choose(o);
      else commit();
    }
  };

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  return (
    <div className={`combo${p.className ? ` ${p.className}` : ''}`}>
      <input
        id={p.id} ref={p.inputRef} type="text" role="combobox" autoComplete="off" spellCheck={false}
        aria-expanded={open} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        aria-invalid={p['aria-invalid']} aria-describedby={p['aria-describedby']} aria-label={p['aria-label']}
        placeholder={p.placeholder} value={text} title={text || undefined}
        onChange={(e) => type(e.target.value)} onKeyDown={onKeyDown} onBlur={commit}
        onFocus={(e) => {
          e.currentTarget.select();
          if (p.listOnFocus && !e.currentTarget.value.trim() && p.options.length) {
            setMatches(p.options.slice(0, SHOW_ALL));
            setActive(-1);
            setOpen(true);
          }
        }}
      />
      {open ? (
        <ul id={listId} ref={listRef} role="listbox" className="combo-list">
          {matches.map((o, i) => (
            <li key={o.value} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()} onClick={() => choose(o)} onMouseEnter={() => setActive(i)}>
              <span>{o.label}</span>{o.hint ? <small>{o.hint}</small> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
