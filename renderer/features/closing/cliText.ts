/**
 * The backend's checklist and refusal texts are shared with the command line and may name a
 * command in parentheses ("(kontera vat --period 2025-Q4 --book)"). The program shows a link to
 * the screen instead, so the command is taken out of the text here.
 */
export function withoutCli(text: string): string {
  return text
    .replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
      const parts = inner.split(/,\s*(?:eller\s+)?|\s+eller\s+/);
      const kept = parts.filter((p) => !/(^|\s)kontera\s/.test(`${p.trim()} `) && !/--[a-z]/.test(p));
      if (kept.length === parts.length) return whole;
      return kept.length ? ` (${kept.join(', ')})` : '';
    })
    .replace(/\s+med --strict\b/g, '')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
