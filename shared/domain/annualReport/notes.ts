/**
 * The notes K2 requires of a small AB (ÅRL 5 kap., BFNAR 2016:10 kap. 18): accounting principles
 * with the depreciation periods, the average number of employees, one note per fixed-asset item
 * (anskaffningsvärden and avskrivningar), pledged assets and contingent liabilities.
 */
import { truncKronor } from '../money/format.js';
import { ore } from '../money/ore.js';
import { type Range } from '../sru/mapping.js';
import type { AssetYear } from '../closing/assets.js';
import { K2_ASSETS } from './k2Lines.js';

export interface Movement { account: string; opening: number; debit: number; credit: number }
export interface NoteTable { rows: { label: string; amount: number; strong?: boolean }[] }
export interface Note { number: number; title: string; paragraphs: string[]; table?: NoteTable; /** The statement line the note belongs to. */ line?: string }

const kr = (x: number) => truncKronor(ore(x));
const inRanges = (a: string, rs: readonly Range[]) => /^\d{4}$/.test(a) && rs.some(([x, y]) => Number(a) >= x && Number(a) <= y);

function assetNote(label: string, rs: readonly Range[], mv: readonly Movement[]): NoteTable | null {
  const lines = mv.filter((m) => inRanges(m.account, rs));
  if (!lines.length) return null;
  const cost = lines.filter((m) => !/[89]$/.test(m.account));
  const acc = lines.filter((m) => /[89]$/.test(m.account));
  const sum = (xs: Movement[], f: (m: Movement) => number) => kr(xs.reduce((s, m) => s + f(m), 0));
  const c0 = sum(cost, (m) => m.opening), buy = sum(cost, (m) => m.debit), out = -sum(cost, (m) => m.credit);
  const a0 = sum(acc, (m) => m.opening), dep = sum(acc, (m) => m.debit - m.credit);
  const c1 = c0 + buy + out, a1 = a0 + dep;
  if (c1 === 0 && c0 === 0 && buy === 0) return null;
  return { rows: [
    { label: 'Ingående anskaffningsvärden', amount: c0 }, { label: 'Inköp', amount: buy }, ...(out ? [{ label: 'Försäljningar och utrangeringar', amount: out }] : []),
    { label: 'Utgående anskaffningsvärden', amount: c1, strong: true },
    { label: 'Ingående avskrivningar', amount: a0 }, { label: 'Årets avskrivningar', amount: dep }, { label: 'Utgående avskrivningar', amount: a1, strong: true },
    { label: `Redovisat värde`, amount: c1 + a1, strong: true },
  ] };
}

export interface NotesInput { assets: readonly AssetYear[]; employees: number; movements: readonly Movement[]; pledgedAssets: string; contingentLiabilities: string }

/**
 * @example k2Notes({ assets: [], employees: 1, movements: [], pledgedAssets: 'Inga', contingentLiabilities: 'Inga' })[1].title // 'Medelantalet anställda'
 */
export function k2Notes(i: NotesInput): Note[] {
  const lives = [...new Set(i.assets.filter((a) => a.method === 'plan').map((a) => `${a.name}: ${a.lifeYears} år`))];
  const principles = [
    'Årsredovisningen har upprättats i enlighet med årsredovisningslagen och Bokföringsnämndens allmänna råd BFNAR 2016:10 Årsredovisning i mindre företag (K2).',
    'Tillgångar och skulder har värderats till anskaffningsvärde om inget annat anges. Fordringar har tagits upp till de belopp varmed de beräknas inflyta.',
    ...(lives.length ? [`Materiella anläggningstillgångar skrivs av linjärt över den bedömda nyttjandeperioden: ${lives.join('; ')}.`] : []),
    ...(i.assets.some((a) => a.method === 'direct') ? ['Inventarier av mindre värde (under ett halvt prisbasbelopp) kostnadsförs direkt.'] : []),
  ];
  const notes: Note[] = [
    { number: 1, title: 'Redovisnings- och värderingsprinciper', paragraphs: principles },
    { number: 2, title: 'Medelantalet anställda', paragraphs: [`Medelantalet anställda under året: ${i.employees}.`], line: 'Personalkostnader' },
  ];
  for (const s of K2_ASSETS.slice(0, 1)) for (const g of s.groups.slice(0, 2)) for (const l of g.lines) {
    const t = assetNote(l.label, l.def.ranges, i.movements);
    if (t) notes.push({ number: notes.length + 1, title: l.label, paragraphs: [], table: t, line: l.label });
  }
  notes.push({ number: notes.length + 1, title: 'Ställda säkerheter', paragraphs: [i.pledgedAssets || 'Inga'] });
  notes.push({ number: notes.length + 1, title: 'Eventualförpliktelser', paragraphs: [i.contingentLiabilities || 'Inga'] });
  return notes;
}

