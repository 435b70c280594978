/**
 * The förenklat årsbokslut of an EF (BFNAR 2006:1, K1) as printable HTML: balansräkning and
 * resultaträkning laid out as NE page 1, the tax adjustments of NE page 2, and the owner's
 * signature. It is räkenskapsinformation to archive, not a filing.
 */
import { NE_LABELS, NE_PAGE2_ROWS, NE_SUM_ROWS } from '../sru/neLabels.js';
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
}

function rows(ids: readonly string[], v: Record<string, number>, cls = ''): string {
  return ids.map((r) => `<tr${cls ? ` class="${cls}"` : ''}><td>${esc(r.replace('+', ''))}</td><td>${esc(NE_LABELS[r] ?? r)}</td><td class="n">${kronor(v[r] ?? 0)}</td></tr>`).join('\n');
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
<p>Upprättat enligt BFNAR 2006:1 (K1). Belopp i hela kronor; raderna motsvarar NE-bilagan.</p>
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
<h2>Skattemässiga justeringar (NE-bilagan sidan 2)</h2>
<table><tr><th>Rad</th><th>Text</th><th class="n">Belopp</th></tr>
${NE_PAGE2_ROWS.map((r) => rows([r], i.page2, NE_SUM_ROWS.has(r) || r === 'R47' || r === 'R48' ? 'sum' : '')).join('\n')}</table>
<h3>Underskrift</h3>
<p>${esc(i.signPlace || '……………………')} den ${esc(i.signDate || '……………………')}</p>
<div class="sig">${esc(i.signature)}<br><span class="muted">Innehavare</span></div>
</body></html>
`;
}
