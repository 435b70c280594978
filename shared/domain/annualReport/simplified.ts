/**
 * The förenklat årsbokslut of an EF (BFNAR 2006:1, K1) as printable HTML: balansräkning and
 * resultaträkning laid out as NE page 1, the upplysningar K1 asks for (redovisningsprinciper,
 * U1–U4: periodiseringsfonder, expansionsfond, ersättningsfonder, övriga upplysningar; the average
 * number of employees when the firm had staff), the tax adjustments of NE page 2, and the owner's
 * signature. It is räkenskapsinformation to archive, not a filing (yearend-law-bas.md §4.1).
 */
import { NE_LABELS, NE_PAGE2_ROWS, NE_SUM_ROWS, neRowName } from '../sru/neLabels.js';
import { NE_ASSET_ROWS, NE_LIABILITY_ROWS, NE_INCOME_ROWS, NE_COST_ROWS } from '../sru/ne.js';
import type { AccountBalance } from '../sru/mapping.js';
import { PRINT_CSS, esc, kronor } from './format.js';

export interface SimplifiedInput {
  company: { name: string; identity: string };
  fiscalYear: { start: string; end: string };
  page1: Record<string, number>;
  page2: Record<string, number>;
  /** Accounts per NE row, for the specification under each row. */
  accounts: ReadonlyMap<string, readonly AccountBalance[]>;
  signature: string;
  signPlace: string;
  signDate: string;
  /** Löpande bokföring: kontantmetoden or faktureringsmetoden. */
  vatMethod: 'kontant' | 'faktura';
  /** True when K1 may not be used (NE 7023 ticked): the document then says it is only a basis. */
  notSimplified: boolean;
  /** U1–U4 (whole kronor) and the average number of employees (printed when there was staff). */
  disclosures: { periodiseringsfonder: number; expansionsfond: number; ersattningsfonder: number; other: string; employees: number };
}

/**
 * U1 and U2 at the year's end: the funds at the start plus this year's NE page 2 (R34 − R32, R36 − R37).
 * @example fundsAtYearEnd(10000, 2000, { R32: 1000, R34: 3000, R36: 500, R37: 0 }) // { periodiseringsfonder: 12000, expansionsfond: 2500 }
 */
export function fundsAtYearEnd(periodiseringsfonderAtStart: number, expansionsfondAtStart: number, page2: Record<string, number>): { periodiseringsfonder: number; expansionsfond: number } {
  const v = (r: string) => page2[r] ?? 0;
  return { periodiseringsfonder: periodiseringsfonderAtStart - v('R32') + v('R34'), expansionsfond: expansionsfondAtStart + v('R36') - v('R37') };
}

function disclosures(i: SimplifiedInput): string {
  const d = i.disclosures;
  const method = i.vatMethod === 'kontant'
    ? 'Den löpande bokföringen har skett enligt kontantmetoden; vid årets slut har obetalda kundfordringar och leverantörsskulder bokförts.'
    : 'Den löpande bokföringen har skett enligt faktureringsmetoden.';
  const staff = d.employees > 0 || (i.page1.R7 ?? 0) !== 0
    ? `<p>Medelantalet anställda under räkenskapsåret: ${esc(String(d.employees))}.</p>` : '';
  const u = (id: string, text: string, value: number) => `<tr><td>${id}</td><td>${esc(text)}</td><td class="n">${kronor(value)}</td></tr>`;
  return `<h3>Upplysningar</h3>
<p><strong>Redovisningsprinciper.</strong> ${i.notSimplified ? 'Årsbokslutet är upprättat med K1:s uppställning (BFNAR 2006:1) som underlag.' : 'Årsbokslutet är upprättat som förenklat årsbokslut enligt BFNAR 2006:1 (K1).'}
${method} Inventarier med ett anskaffningsvärde under ett halvt prisbasbelopp har dragits av direkt; övriga inventarier skrivs av enligt plan över den bedömda nyttjandeperioden.
Periodiseringsfonder och expansionsfond bokförs inte; de redovisas nedan (U1, U2) och på NE-bilagan. Belopp i hela kronor, ören har strukits.</p>
${staff}<table><tr><th>Rad</th><th>Upplysning</th><th class="n">Belopp</th></tr>
${u('U1', 'Periodiseringsfonder vid räkenskapsårets slut', d.periodiseringsfonder)}
${u('U2', 'Expansionsfond vid räkenskapsårets slut', d.expansionsfond)}
${u('U3', 'Ersättningsfonder vid räkenskapsårets slut', d.ersattningsfonder)}
<tr><td>U4</td><td>Övriga upplysningar (skogskonto, upphovsmannakonto, insatsemissioner m.m.)</td><td>${esc(d.other.trim() || 'Inga')}</td></tr></table>`;
}

function rows(ids: readonly string[], v: Record<string, number>, cls = ''): string {
  return ids.map((r) => `<tr${cls ? ` class="${cls}"` : ''}><td>${esc(neRowName(r))}</td><td>${esc(NE_LABELS[r] ?? r)}</td><td class="n">${kronor(v[r] ?? 0)}</td></tr>`).join('\n');
}

function spec(i: SimplifiedInput, ids: readonly string[]): string {
  const lines = ids.flatMap((r) => (i.accounts.get(r) ?? []).map((a) => `<tr><td>${esc(r)}</td><td>${esc(a.account)} ${esc(a.name)}</td></tr>`));
  return lines.length ? `<table class="muted"><tr><th>Rad</th><th>Konton</th></tr>${lines.join('\n')}</table>` : '';
}

/**
 * @example renderSimplified(input).includes('<h1>Förenklat årsbokslut</h1>') // true
 */
export function renderSimplified(i: SimplifiedInput): string {
  const v = i.page1;
  const year = i.fiscalYear.end.slice(0, 4);
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Förenklat årsbokslut ${esc(year)} ${esc(i.company.name)}</title><style>${PRINT_CSS}</style></head>
<body>
<h1>Förenklat årsbokslut</h1>
<p><strong>${esc(i.company.name)}</strong>, ${esc(i.company.identity)}<br>Räkenskapsåret ${esc(i.fiscalYear.start)} – ${esc(i.fiscalYear.end)}</p>
${i.notSimplified
    ? '<p><strong>Nettoomsättningen överstiger normalt 3 000 000 kr, så förenklat årsbokslut får inte upprättas (BFL 6 kap. 6 §; NE-bilagans ruta 7023 är kryssad). Detta är ett underlag med NE-bilagans rader; ett fullständigt årsbokslut enligt BFNAR 2017:3 ska upprättas.</strong></p>'
    : '<p>Upprättat enligt BFNAR 2006:1 (K1). Belopp i hela kronor; raderna motsvarar NE-bilagan.</p>'}
<h2 class="first">Balansräkning</h2>
<table><tr><th>Rad</th><th>Tillgångar</th><th class="n">Belopp</th></tr>
${rows(NE_ASSET_ROWS, v)}
<tr class="sum"><td></td><td>Summa tillgångar</td><td class="n">${kronor(NE_ASSET_ROWS.reduce((s, r) => s + (v[r] ?? 0), 0))}</td></tr>
<tr><th>Rad</th><th>Eget kapital och skulder</th><th class="n">Belopp</th></tr>
${rows(['B10', ...NE_LIABILITY_ROWS], v)}
<tr class="sum"><td></td><td>Summa eget kapital och skulder</td><td class="n">${kronor(['B10', ...NE_LIABILITY_ROWS].reduce((s, r) => s + (v[r] ?? 0), 0))}</td></tr></table>
<h3>Resultaträkning</h3>
<table><tr><th>Rad</th><th>Intäkter och kostnader</th><th class="n">Belopp</th></tr>
${rows(NE_INCOME_ROWS, v)}
${rows(NE_COST_ROWS, v)}
${rows(['R11'], v, 'sum')}</table>
<h3>Specifikation</h3>
${spec(i, [...NE_ASSET_ROWS, ...NE_LIABILITY_ROWS, ...NE_INCOME_ROWS, ...NE_COST_ROWS])}
${disclosures(i)}
<h2>Skattemässiga justeringar (NE-bilagan sidan 2)</h2>
<table><tr><th>Rad</th><th>Text</th><th class="n">Belopp</th></tr>
${NE_PAGE2_ROWS.map((r) => rows([r], i.page2, NE_SUM_ROWS.has(r) || r === 'R47' || r === 'R48' ? 'sum' : '')).join('\n')}</table>
<h3>Underskrift</h3>
<p>${esc(i.signPlace || '……………………')} den ${esc(i.signDate || '……………………')}</p>
<div class="sig">${esc(i.signature)}<br><span class="muted">Innehavare</span></div>
</body></html>
`;
}
