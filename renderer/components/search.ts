/** One choice in a searchable list. */
export interface Option { value: string; label: string; hint?: string }

/**
 * Finds options by what a person types: a number prefix matches account numbers first, then
 * words anywhere in the name (all words must occur, any order, case and accents of å/ä/ö kept).
 */
export function searchOptions(options: readonly Option[], query: string, limit = 40): Option[] {
  const q = query.trim().toLocaleLowerCase('sv-SE');
  if (!q) return options.slice(0, limit);
  const words = q.split(/\s+/);
  const byNumber: Option[] = [];
  const byName: Option[] = [];
  for (const o of options) {
    if (/^\d/.test(q) && o.value.startsWith(words[0] ?? '')) {
      const rest = words.slice(1);
      if (rest.every((w) => o.label.toLocaleLowerCase('sv-SE').includes(w))) byNumber.push(o);
    } else {
      const hay = `${o.label} ${o.hint ?? ''}`.toLocaleLowerCase('sv-SE');
      if (words.every((w) => hay.includes(w))) byName.push(o);
    }
    if (byNumber.length >= limit) break;
  }
  return [...byNumber, ...byName].slice(0, limit);
}
