/**
 * The K2 årsredovisning as one self-contained, printable HTML document (no scripts, no external
 * resources). The same text is shown in the wizard and printed to PDF.
 */
import type { AnnualReport } from './model.js';
import type { K2Line, K2Section, Pair } from './statements.js';
import type { Note } from './notes.js';
import { PRINT_CSS, esc, kronor, paragraphs, percent } from './format.js';

const period = (fy: { start: string; end: string }) => `${fy.start} – ${fy.end}`;
const yearLabel = (fy: { start: string; end: string }) => (fy.start.slice(0, 4) === fy.end.slice(0, 4) ? fy.end.slice(0, 4) : `${fy.start.slice(0, 4)}/${fy.end.slice(2, 4)}`);

function amountCells(p: Pair, withPrev: boolean): string {
  return `<td class="n">${kronor(p.current)}</td>${withPrev ? `<td class="n">${kronor(p.previous)}</td>` : ''}`;
}

function lineRow(l: K2Line & { note?: number }, withPrev: boolean, cls = ''): string {
  return `<tr${cls ? ` class="${cls}"` : ''}><td>${esc(l.label)}</td><td class="n">${l.note ? `Not ${l.note}` : ''}</td>${amountCells(l, withPrev)}</tr>`;
}

function head(r: AnnualReport): string {
  const prev = r.previousYear ? `<th class="n">${esc(period(r.previousYear))}</th>` : '';
  return `<tr><th>Belopp i kr</th><th class="n">Not</th><th class="n">${esc(period(r.fiscalYear))}</th>${prev}</tr>`;
}

function noteOf(notes: readonly Note[], label: string): number | undefined {
  return notes.find((n) => n.line === label)?.number;
}

function sections(ss: readonly K2Section[], r: AnnualReport, withPrev: boolean): string {
  return ss.map((s) => [
    `<tr class="head"><td colspan="${withPrev ? 4 : 3}">${esc(s.title)}</td></tr>`,
    ...s.groups.flatMap((g) => [
      ...(g.title ? [`<tr class="head"><td colspan="${withPrev ? 4 : 3}">${esc(g.title)}</td></tr>`] : []),
      ...g.lines.map((l) => lineRow({ ...l, note: noteOf(r.notes, l.label) }, withPrev)),
      ...(g.title && s.groups.length > 1 ? [lineRow({ label: `Summa ${g.title.toLowerCase()}`, ...g.total }, withPrev, 'sum')] : []),
    ]),
    lineRow({ label: `Summa ${s.title.toLowerCase()}`, ...s.total }, withPrev, 'sum'),
  ].join('\n')).join('\n');
}

function management(r: AnnualReport): string {
  const my = r.multiYear;
  const eq = r.equity;
  const d = r.disposition;
  return `<h2 class="first">Förvaltningsberättelse</h2>
<h3>Verksamheten</h3>
${paragraphs(r.activity || 'Ingen beskrivning lämnad.')}
${r.company.seat ? `<p>Företaget har sitt säte i ${esc(r.company.seat)}.</p>` : ''}
<h3>Väsentliga händelser under räkenskapsåret</h3>
${paragraphs(r.significantEvents || 'Inga väsentliga händelser har inträffat under räkenskapsåret.')}
<h3>Flerårsöversikt</h3>
<table><tr><th>Belopp i kr</th>${my.map((y) => `<th class="n">${esc(y.year)}</th>`).join('')}</tr>
<tr><td>Nettoomsättning</td>${my.map((y) => `<td class="n">${kronor(y.netTurnover)}</td>`).join('')}</tr>
<tr><td>Resultat efter finansiella poster</td>${my.map((y) => `<td class="n">${kronor(y.resultAfterFinancial)}</td>`).join('')}</tr>
<tr><td>Soliditet</td>${my.map((y) => `<td class="n">${percent(y.solidity)}</td>`).join('')}</tr></table>
<p class="muted">Soliditet: justerat eget kapital (eget kapital och obeskattade reserver med avdrag för uppskjuten skatt) i procent av balansomslutningen.</p>
<h3>Förändringar i eget kapital</h3>
<table><tr><th></th><th class="n">Aktiekapital</th><th class="n">Balanserat resultat</th><th class="n">Årets resultat</th><th class="n">Totalt</th></tr>
${eq.map((e, i) => `<tr${i === eq.length - 1 ? ' class="sum"' : ''}><td>${esc(e.label)}</td><td class="n">${kronor(e.restricted)}</td><td class="n">${kronor(e.retained)}</td><td class="n">${kronor(e.result)}</td><td class="n">${kronor(e.total)}</td></tr>`).join('\n')}
</table>
<h3>Resultatdisposition</h3>
<p>Styrelsen föreslår att till förfogande stående medel disponeras enligt följande.</p>
<table><tr><td>Balanserat resultat</td><td class="n">${kronor(d.retained)}</td></tr>
<tr><td>Årets resultat</td><td class="n">${kronor(d.result)}</td></tr>
<tr class="sum"><td>Summa</td><td class="n">${kronor(d.available)}</td></tr>
<tr><td>Utdelas till aktieägarna</td><td class="n">${kronor(d.dividend)}</td></tr>
<tr><td>Balanseras i ny räkning</td><td class="n">${kronor(d.carried)}</td></tr>
<tr class="sum"><td>Summa</td><td class="n">${kronor(d.available)}</td></tr></table>`;
}

function notes(r: AnnualReport): string {
  return r.notes.map((n) => `<h3>Not ${n.number} ${esc(n.title)}</h3>
${n.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${n.table ? `<table>${n.table.rows.map((x) => `<tr${x.strong ? ' class="sum"' : ''}><td>${esc(x.label)}</td><td class="n">${kronor(x.amount)}</td></tr>`).join('\n')}</table>` : ''}`).join('\n');
}

/**
 * @example renderAnnualReport(annualReport(input)).includes('<h2 class="first">Förvaltningsberättelse</h2>') // true
 */
export function renderAnnualReport(r: AnnualReport): string {
  const withPrev = r.previousYear !== null;
  const income = r.income.blocks.map((b) => [...b.lines.map((l) => lineRow({ ...l, note: noteOf(r.notes, l.label) }, withPrev)), lineRow(b.subtotal, withPrev, 'sum')].join('\n')).join('\n');
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Årsredovisning ${esc(yearLabel(r.fiscalYear))} ${esc(r.company.name)}</title><style>${PRINT_CSS}</style></head>
<body>
<section class="cover"><h1>Årsredovisning</h1><p><strong>${esc(r.company.name)}</strong></p><p>Organisationsnummer ${esc(r.company.orgnr)}</p>
<p>Räkenskapsåret ${esc(period(r.fiscalYear))}</p></section>
<p>Styrelsen avger följande årsredovisning. Alla belopp redovisas i kronor om inget annat anges.</p>
${management(r)}
<h2>Resultaträkning</h2>
<table>${head(r)}
${income}
</table>
<h2>Balansräkning</h2>
<table>${head(r)}
<tr class="head"><td colspan="${withPrev ? 4 : 3}">Tillgångar</td></tr>
${sections(r.balance.assets, r, withPrev)}
${lineRow({ label: 'Summa tillgångar', ...r.balance.totalAssets }, withPrev, 'sum')}
<tr class="head"><td colspan="${withPrev ? 4 : 3}">Eget kapital och skulder</td></tr>
${sections(r.balance.equityLiabilities, r, withPrev)}
${lineRow({ label: 'Summa eget kapital och skulder', ...r.balance.totalEquityLiabilities }, withPrev, 'sum')}
</table>
<h2>Noter</h2>
${notes(r)}
<h2>Underskrifter</h2>
<p>${esc(r.signPlace || '……………………')} den ${esc(r.signDate || '……………………')}</p>
${r.signatures.map((s) => `<div class="sig">${esc(s.name)}<br><span class="muted">${esc(s.role)}</span></div>`).join('\n')}
</body></html>
`;
}
