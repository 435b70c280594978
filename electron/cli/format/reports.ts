import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { TrialBalanceDto, GeneralLedgerDto, JournalDto, StatementDto } from '../../../shared/api/dto.js';
import { table } from './table.js';

const kr = (n: number) => formatSv(ore(n));
const R = (...i: number[]) => new Set(i);

export function trialBalanceText(d: TrialBalanceDto, company: string): string {
  const rows = d.accounts.map((a) => [a.number, a.name.slice(0, 42), kr(a.opening), kr(a.debit), kr(a.credit), kr(a.closing)]);
  rows.push(['', 'Summa', kr(d.totals.opening), kr(d.totals.debit), kr(d.totals.credit), kr(d.totals.closing)]);
  const stale = d.openingStale ? '\nOBS: föregående år har ändrats efter att de ingående balanserna fördes över. Kör "kontera year refresh-opening".' : '';
  return `Saldobalans ${company}, ${d.from} – ${d.to}\n\n${table(['Konto', 'Namn', 'Ingående', 'Debet', 'Kredit', 'Utgående'], rows, R(2, 3, 4, 5))}${stale}`;
}

export function generalLedgerText(d: GeneralLedgerDto, company: string): string {
  const parts = d.accounts.map((a) => {
    const rows = [['', '', 'Ingående balans', '', kr(a.opening)], ...a.rows.map((r) => [r.date, r.voucher, r.text.slice(0, 40), kr(r.amount), kr(r.balance)]),
      ['', '', 'Utgående balans', '', kr(a.closing)]];
    return `${a.number} ${a.name}\n${table(['Datum', 'Ver', 'Text', 'Belopp', 'Saldo'], rows, R(3, 4))}`;
  });
  return `Huvudbok ${company}, ${d.from} – ${d.to}\n\n${parts.join('\n\n')}`;
}

export function journalText(d: JournalDto, company: string): string {
  const parts = d.vouchers.map((v) => {
    const rows = v.lines.map((l) => [l.account, l.accountName.slice(0, 40), l.amount > 0 ? kr(l.amount) : '', l.amount < 0 ? kr(-l.amount) : '']);
    return `${v.ref}  ${v.date}  ${v.text}${v.corrects ? `  (rättar ${v.corrects})` : ''}\n${table(['Konto', 'Namn', 'Debet', 'Kredit'], rows, R(2, 3))}`;
  });
  return `Verifikationslista ${company}, ${d.from} – ${d.to}\n\n${parts.join('\n\n')}`;
}

export function statementText(title: string, d: StatementDto, company: string): string {
  const rows: string[][] = [];
  for (const s of d.sections) {
    if (s.groups.every((g) => g.lines.length === 0) && !s.subtotal) continue;
    rows.push([s.title.toUpperCase(), '', '']);
    for (const g of s.groups) {
      if (g.lines.length === 0) continue;
      rows.push([`  ${g.title}`, '', '']);
      for (const l of g.lines) rows.push([`    ${l.account ? `${l.account} ` : ''}${l.name}`.slice(0, 60), kr(l.amount), '']);
      rows.push([`  Summa ${g.title.toLowerCase()}`, '', kr(g.total)]);
    }
    if (s.subtotal) rows.push([s.subtotal.label.toUpperCase(), '', kr(s.subtotal.amount)]);
    rows.push(['', '', '']);
  }
  for (const u of d.unplaced) rows.push([`Ej placerat: ${u.account} ${u.name}`, kr(u.amount), '']);
  return `${title} ${company}, ${d.from} – ${d.to}\n\n${table(['Post', 'Belopp', 'Summa'], rows, R(1, 2))}`;
}
