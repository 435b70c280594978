import { parseIdentity } from '../../../shared/domain/identity/identity.js';

export interface Feedback { error: string | null; ok: string | null }

const KIND: Record<string, string> = { orgnr: 'organisationsnummer', personnummer: 'personnummer', samordningsnummer: 'samordningsnummer' };

/**
 * Live feedback on an org.nr or personnummer while it is typed: silent until ten digits are in,
 * then the check digit and, for the company form, the right kind of number.
 */
export function identityFeedback(text: string, form: 'EF' | 'AB', today: string): Feedback {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 10) return { error: null, ok: null };
  const r = parseIdentity(text, today);
  if (!r.ok) return { error: r.problems[0]?.message ?? 'Ogiltigt nummer.', ok: null };
  if (form === 'AB' && r.value.kind !== 'orgnr') return { error: 'Ett aktiebolag identifieras med sitt organisationsnummer (t.ex. 556000-0167).', ok: null };
  if (form === 'EF' && r.value.kind === 'orgnr') return { error: 'En enskild firma identifieras med ägarens personnummer.', ok: null };
  return { error: null, ok: `${r.value.display} – giltigt ${KIND[r.value.kind] ?? r.value.kind}.` };
}

/** A file name from a company name: lower case, å/ä/ö kept readable, safe on every system. */
export function suggestFile(dir: string, name: string): string {
  const slug = name.toLocaleLowerCase('sv-SE').replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'foretag';
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return `${dir.replace(/[\\/]+$/, '')}${sep}${slug}.kontera`;
}
