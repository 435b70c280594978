/**
 * Everything a year-end produces, computed before anything is written: the closing vouchers, the
 * declaration forms, the two SRU files as text and the printable document. Used by the wizard's
 * preview, by `year-end` (which then posts and writes exactly this) and to reproduce the files
 * of a closed year.
 */
import type { Problem } from '../../../shared/domain/result.js';
import type { YearEndAnswers } from '../../../shared/domain/closing/answers.js';
import { type YearEndPlan, planYearEnd } from '../../../shared/domain/closing/yearEndPlan.js';
import { type Resolved, resolveAdjustments } from '../../../shared/domain/closing/adjustments.js';
import { CLOSING_SERIES, type PlannedVoucher } from '../../../shared/domain/closing/planned.js';
import { yearResult } from '../../../shared/domain/closing/balances.js';
import { type FormMeta, type EfForms, type AbForms, efForms, abForms } from '../../../shared/domain/sru/forms.js';
import { blanketterText, infoText } from '../../../shared/domain/sru/file.js';
import { K1_TURNOVER_LIMIT, netTurnover, simplifiedNotApplied } from '../../../shared/domain/sru/ne.js';
import { parseIdentity } from '../../../shared/domain/identity/identity.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { YearEndPreviewDto, PlannedVoucherDto } from '../../../shared/api/dto/closing.js';
import type { YearEndContext } from './yearEndFacts.js';
import { withAnswerKey } from '../../../shared/domain/closing/answerFields.js';
import { yearEndDocument } from './yearEndDocument.js';
import { swedishDateOf } from '../../../shared/domain/dates/swedishDate.js';

export interface Built { dto: YearEndPreviewDto; plan: YearEndPlan | null; newAssets: YearEndAnswers['assets'] }

/** `YYYYMMDD` and `HHMMSS` of an instant in Swedish time. */
export function stamp(instant: string): { date: string; time: string } {
  const p = Object.fromEntries(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return { date: `${p.year}${p.month}${p.day}`, time: `${p.hour}${p.minute}${p.second}` };
}

function voucherDto(v: PlannedVoucher, names: Map<string, string>): PlannedVoucherDto {
  return { kind: v.kind, series: CLOSING_SERIES, date: v.date, text: v.text, lines: v.lines.map((l) => ({ account: l.account, name: names.get(l.account) ?? `Konto ${l.account}`, amount: l.amount, text: l.text ?? null })) };
}

function identity12(c: YearEndContext, a: YearEndAnswers, today: string): string {
  if (c.company.form === 'EF' && a.company.personnummer) return a.company.personnummer;
  const id = parseIdentity(c.company.identity, today);
  return id.ok ? id.value.twelve : c.company.identity.replace(/\D/g, '');
}

/**
 * @example buildYearEnd(ctx, answers, '2026-03-15T10:00:00.000Z', 'post').dto.canWrite
 */
/**
 * What an SRU problem means for the run. Without SRU files to write (the preview, a run without
 * an SRU folder) it blocks nothing but the files; when the run is to write them it is refused.
 */
const SRU_EFFECT = {
  optional: 'Det hindrar inte bokslutet, som kan bokföras ändå; bara SRU-filerna (INFO.SRU och BLANKETTER.SRU) kan inte skapas förrän det är rättat. Ska SRU-filerna skrivas i samma körning (--sru) görs bokslutet inte.',
  required: 'SRU-filerna ska skrivas i samma körning, så bokslutet görs inte: ingenting är bokfört eller skrivet.',
  documents: 'SRU-filerna kan inte skapas förrän det är rättat.',
} as const;

export function buildYearEnd(c: YearEndContext, answers: YearEndAnswers, now: string, mode: 'post' | 'documents', sru: 'optional' | 'required' = 'optional'): Built {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const names = new Map(c.accounts.map((a) => [a.number, a.name]));
  const fy = { start: c.fy.start_date as IsoDate, end: c.fy.end_date as IsoDate };
  const known = new Set(c.registeredAssets.map((x) => x.id));
  const newAssets = answers.assets.filter((x) => !known.has(x.id));
  for (const x of answers.assets) if (known.has(x.id)) warnings.push(`Inventarien "${x.id}" finns redan i anläggningsregistret; registrets uppgifter används.`);
  let plan: YearEndPlan | null = null;
  let balances = c.balances;
  let resolved: Resolved | null = null;
  if (mode === 'post') {
    const r = planYearEnd({ form: c.company.form, vatMethod: c.company.vat_method, fiscalYear: fy, nextStart: c.nextStart, balances: c.balances, opening: c.opening, accounts: c.accounts },
      { ...answers, assets: [...c.registeredAssets, ...newAssets] });
    if (r.ok) { plan = r.value; balances = r.value.balances; resolved = r.value.adjustments; warnings.push(...r.value.warnings); } else problems.push(...r.problems);
  } else {
    const r = resolveAdjustments(c.company.form, answers, balances, c.opening, Number(fy.end.slice(0, 4)));
    if (r.ok) resolved = r.value; else problems.push(...r.problems);
  }
  const today = swedishDateOf(now);
  const ef = c.company.form === 'EF';
  // NE's `#NAMN` is "Uppgiftslämnarens namn" and `#IDENTITET` the owner's personnummer, so the name
  // is the owner's (who signs the förenklat årsbokslut as innehavare), never the firm's; the post is
  // optional and left out when no owner is named. INFO.SRU's `#ORGNR` is the same personnummer, so
  // "Medieleverantörens namn" is the owner's too, the firm's name only as the mandatory fallback.
  const owner = ef ? answers.signatures[0]?.name.trim() ?? '' : '';
  const notSimplified = ef && simplifiedNotApplied(answers.ne.simplifiedAccounts, balances);
  if (notSimplified) warnings.push(`Förenklat årsbokslut tillämpas inte (nettoomsättning ${netTurnover(balances)} kr, gränsen är ${K1_TURNOVER_LIMIT} kr): NE-rutan 7023 kryssas och ett fullständigt årsbokslut (BFNAR 2017:3) ska upprättas.`);
  const meta: FormMeta = {
    fiscalYear: fy, identity: identity12(c, answers, today), name: ef ? owner : c.company.name, activity: answers.company.activity,
    consultantAssisted: answers.consultantAssisted, audited: answers.audited, produced: stamp(now), simplifiedNotApplied: notSimplified,
  };
  let forms: EfForms | AbForms | null = null;
  if (resolved) forms = c.company.form === 'EF' ? efForms(balances, resolved.ne!, meta) : abForms(balances, resolved.ink2s!, answers.ab.purchases, meta);
  const unmapped = forms?.unmapped ?? [];
  if (unmapped.length) problems.push({ code: 'closing-unmapped-accounts', message: `Konton med saldo saknar plats i ${c.company.form === 'EF' ? 'NE-bilagan' : 'INK2R'}: ${unmapped.map((u) => `${u.account} ${u.name}`).join(', ')}. Flytta saldot till ett BAS-konto med en rättelse innan bokslutet.` });
  const info = infoText({ identity: meta.identity, name: owner || c.company.name, address: answers.company.address, postalCode: answers.company.postalCode, city: answers.company.city,
    contact: answers.company.contact, email: answers.company.email, phone: answers.company.phone, program: 'Kontera', created: meta.produced });
  const blanketter = forms ? blanketterText(forms.blanketts) : null;
  const effect = mode === 'documents' ? SRU_EFFECT.documents : SRU_EFFECT[sru];
  const sruProblems = [...(info.ok ? [] : info.problems), ...(blanketter && !blanketter.ok ? blanketter.problems : [])]
    .map((p) => { const k = withAnswerKey(p); return { ...k, message: `${k.message} ${effect}` }; });
  const doc = yearEndDocument(c, answers, balances, forms, plan, resolved);
  problems.push(...doc.problems);
  const result = plan ? plan.result : yearResult(balances);
  const dto: YearEndPreviewDto = {
    fiscalYear: fy, form: c.company.form,
    vouchers: (plan?.vouchers ?? []).map((v) => voucherDto(v, names)), reversals: (plan?.reversals ?? []).map((v) => voucherDto(v, names)),
    assets: plan?.assets ?? [], tax: plan?.tax ?? null, statslaneranta: resolved?.statslaneranta ?? null, taxRate: resolved?.taxRate ?? null, result: ore(result),
    forms: forms?.kind === 'EF' ? { ne: { page1: forms.page1.rows, page2: forms.page2 } } : forms?.kind === 'AB' ? { ink2: forms.ink2, ink2r: forms.ink2r.rows, ink2s: forms.ink2s } : {},
    sru: info.ok && blanketter?.ok && !unmapped.length ? { info: info.value, blanketter: blanketter.value } : null,
    unmapped: unmapped.map((u) => ({ account: u.account, name: u.name, balance: u.balance })),
    problems: [...problems.map(withAnswerKey), ...sruProblems], document: doc.document, warnings, answers,
    canWrite: problems.length === 0,
  };
  return { dto, plan, newAssets };
}
