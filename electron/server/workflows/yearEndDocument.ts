/** The printable year-end document: the K2 årsredovisning (AB) or the förenklat årsbokslut (EF), as HTML. */
import type { Problem } from '../../../shared/domain/result.js';
import type { YearEndAnswers } from '../../../shared/domain/closing/answers.js';
import type { YearEndPlan } from '../../../shared/domain/closing/yearEndPlan.js';
import type { Resolved } from '../../../shared/domain/closing/adjustments.js';
import type { AccountBalance } from '../../../shared/domain/sru/mapping.js';
import type { EfForms, AbForms } from '../../../shared/domain/sru/forms.js';
import { ink2r } from '../../../shared/domain/sru/ink2r.js';
import { annualReport, figuresOf } from '../../../shared/domain/annualReport/model.js';
import { k2Balance, k2Income } from '../../../shared/domain/annualReport/statements.js';
import { renderAnnualReport } from '../../../shared/domain/annualReport/html.js';
import { fundsAtYearEnd, renderSimplified } from '../../../shared/domain/annualReport/simplified.js';
import { simplifiedNotApplied } from '../../../shared/domain/sru/ne.js';
import type { Movement } from '../../../shared/domain/annualReport/notes.js';
import type { YearEndDocumentDto } from '../../../shared/api/dto/closing.js';
import type { YearEndContext } from './yearEndFacts.js';

const label = (fy: { start_date: string; end_date: string }) => (fy.start_date.slice(0, 4) === fy.end_date.slice(0, 4) ? fy.end_date.slice(0, 4) : `${fy.start_date.slice(0, 4)}/${fy.end_date.slice(2, 4)}`);

/** Ledger movements plus the planned closing lines (the notes' anskaffningsvärden and avskrivningar). */
function withPlan(mv: readonly Movement[], plan: YearEndPlan | null): Movement[] {
  const m = new Map(mv.map((x) => [x.account, { ...x }]));
  for (const v of plan?.vouchers ?? []) for (const l of v.lines) {
    const x = m.get(l.account) ?? m.set(l.account, { account: l.account, opening: 0, debit: 0, credit: 0 }).get(l.account)!;
    if (l.amount > 0) x.debit += l.amount; else x.credit -= l.amount;
  }
  return [...m.values()];
}

export function yearEndDocument(c: YearEndContext, a: YearEndAnswers, balances: readonly AccountBalance[], forms: EfForms | AbForms | null, plan: YearEndPlan | null, resolved: Resolved | null): { document: YearEndDocumentDto; problems: Problem[] } {
  const year = label(c.fy);
  const fy = { start: c.fy.start_date, end: c.fy.end_date };
  const display = c.company.identity;
  if (c.company.form === 'EF' || !forms || forms.kind === 'EF') {
    const ef = forms?.kind === 'EF' ? forms : null;
    const html = renderSimplified({
      company: { name: c.company.name, identity: display }, fiscalYear: fy, page1: ef?.page1.rows ?? {}, page2: ef?.page2 ?? {},
      accounts: ef?.page1.mapped.accounts ?? new Map(), signature: a.signatures[0]?.name ?? '', signPlace: a.signPlace, signDate: a.signDate,
      vatMethod: c.company.vat_method === 'kontant' ? 'kontant' : 'faktura', notSimplified: simplifiedNotApplied(a.ne.simplifiedAccounts, balances),
      disclosures: {
        ...fundsAtYearEnd(a.ne.periodiseringsfonderAtStart, a.ne.expansionsfondAtStart, ef?.page2 ?? {}),
        // U3: ersättningsfonder are booked (BAS 2160–2169), unlike periodiserings- and expansionsfond.
        ersattningsfonder: Math.trunc(-balances.filter((b) => /^216\d$/.test(b.account)).reduce((s, b) => s + b.balance, 0) / 100),
        other: a.ne.disclosures, employees: a.annualReport.employees,
      },
    });
    return { document: { kind: 'forenklat-arsbokslut', title: `Förenklat årsbokslut ${year}`, fileName: `forenklat-arsbokslut-${year.replace('/', '-')}.html`, html }, problems: [] };
  }
  const purchases = a.ab.purchases;
  const taxRate = resolved?.taxRate ?? '20.6';
  const earlierYears = c.earlierBalances.flatMap(({ fy: y, balances: b }) => {
    const inc = k2Income(ink2r(b, purchases).rows, null);
    const f = figuresOf(label(y), inc, k2Balance(b, null, inc.result).balance, 'current', taxRate);
    return f ? [f] : [];
  });
  const report = annualReport({
    company: { name: c.company.name, orgnr: display }, fiscalYear: fy, previousYear: c.previous ? { start: c.previous.start_date, end: c.previous.end_date } : null,
    ink2r: forms.ink2r.rows, ink2rPrevious: c.previousBalances ? ink2r(c.previousBalances, purchases).rows : null,
    balances, balancesPrevious: c.previousBalances, opening: c.opening, movements: withPlan(c.movements, plan), assets: plan?.assets ?? [],
    answers: a.annualReport, signatures: a.signatures, signPlace: a.signPlace, signDate: a.signDate, taxRate, earlierYears,
  });
  const problems: Problem[] = report.disposition.dividend > Math.max(0, report.disposition.available)
    ? [{ code: 'closing-dividend-too-large', message: `Föreslagen utdelning (${report.disposition.dividend} kr) är större än fritt eget kapital (${report.disposition.available} kr).`, path: 'annualReport.dividend' }] : [];
  return { document: { kind: 'arsredovisning', title: `Årsredovisning ${year}`, fileName: `arsredovisning-${year.replace('/', '-')}.html`, html: renderAnnualReport(report) }, problems };
}
