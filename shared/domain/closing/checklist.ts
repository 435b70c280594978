/**
 * The month-close checklist, computed from facts the backend reads from the books. Each item says
 * whether it is done and links to what is missing. `open` items block `close-month --strict`;
 * `warning` and `not-available` items are shown but do not block (a late booking is history and
 * cannot be undone; a check Kontera cannot make yet is said plainly).
 */
import type { IsoDate, IsoMonth } from '../dates/isoDate.js';
import { formatSv } from '../money/format.js';
import { type Ore, ore } from '../money/ore.js';

export type ItemStatus = 'ok' | 'open' | 'warning' | 'not-available';
export type ItemKey = 'bank' | 'receipts' | 'vat' | 'drafts' | 'time-limits' | 'chain' | 'earlier-months';

export type ChecklistLink =
  | { kind: 'bank-reconcile'; account: string; month: string }
  | { kind: 'voucher'; ref: string; fiscalYear: string; id: number }
  | { kind: 'vat'; period: string }
  | { kind: 'draft'; id: number }
  | { kind: 'month'; month: string }
  | { kind: 'verify' };

export interface ChecklistItem { key: ItemKey; status: ItemStatus; title: string; detail: string; links: ChecklistLink[] }

export interface MonthFacts {
  month: IsoMonth;
  /** Bank and tax accounts that need a reconciliation for the month, with their latest record. */
  accounts: { account: string; name: string; record: { reconciled: boolean; difference: Ore | null } | null }[];
  /** null when the receipts archive cannot tell (the feature is not in this file). */
  receipts: {
    missing: { id: number; ref: string; fiscalYear: string; text: string }[];
    /** The vouchers that need underlag (the count the text names). */
    checked: number;
    /** Every voucher of the month, when it differs from `checked` the text says why. */
    total?: number;
  } | null;
  /** The VAT period that ends this month (null when none does or the company is VAT-exempt). */
  vatPeriod: { period: string; reported: boolean; exempt: boolean } | null;
  drafts: { id: number; label: string }[];
  late: { id: number; ref: string; fiscalYear: string; date: IsoDate; registered: IsoDate; deadline: IsoDate; cash: boolean }[];
  deadline: IsoDate;
  sizeClassText: string;
  chain: { ok: boolean; head: string; problems: number };
  earlierOpen: IsoMonth[];
}

/** At most `max` names, then "och N till", so the text names exactly what it counts. */
export function listCut(names: readonly string[], max = 10): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} och ${names.length - max} till`;
}

/** Why a voucher of the month is not counted among those that need underlag. */
export const NO_RECEIPT_NEEDED_SV = 'ingående balanser, rättelser, importerade verifikationer och interna serier (B bokslut, M moms) behöver inget underlag';

function item(key: ItemKey, status: ItemStatus, title: string, detail: string, links: ChecklistLink[] = []): ChecklistItem {
  return { key, status, title, detail, links };
}

/**
 * @example monthChecklist(facts).filter((i) => i.status === 'open').length // 0 when the month can be closed
 */
export function monthChecklist(f: MonthFacts): ChecklistItem[] {
  const notDone = f.accounts.filter((a) => !a.record?.reconciled);
  const bank = f.accounts.length === 0
    ? item('bank', 'ok', 'Bank- och skattekonton avstämda', 'Inga bank- eller skattekonton har rörelser eller saldo denna månad.')
    : item('bank', notDone.length ? 'open' : 'ok', 'Bank- och skattekonton avstämda',
      notDone.length ? notDone.map((a) => a.record ? `${a.account} ${a.name}: differens ${formatSv(ore(a.record.difference ?? 0))} kr` : `${a.account} ${a.name}: ingen avstämning sparad för ${f.month}`).join('; ')
        : `${f.accounts.map((a) => a.account).join(', ')} stämmer mot kontoutdragen.`,
      notDone.map((a) => ({ kind: 'bank-reconcile' as const, account: a.account, month: f.month })));
  const r = f.receipts;
  const notCounted = r && r.total !== undefined && r.total > r.checked
    ? ` Månaden har ${r.total} verifikationer; ${r.total - r.checked} av dem räknas inte: ${NO_RECEIPT_NEEDED_SV}.` : '';
  const receipts = r === null
    ? item('receipts', 'not-available', 'Underlag till varje verifikation', 'Kan inte kontrolleras ännu: filen har inget kvittoarkiv (underlagen kopplas i kvittofunktionen). Kontrollera underlagen manuellt.')
    : item('receipts', r.missing.length ? 'open' : 'ok', 'Underlag till varje verifikation',
      (r.missing.length ? `${r.checked === 1 ? 'Månadens enda verifikation som behöver underlag saknar det' : `${r.missing.length} av ${r.checked} verifikationer som behöver underlag saknar det`}: ${listCut(r.missing.map((v) => v.ref))}.`
        : r.checked === 0 ? 'Inga verifikationer under månaden behöver underlag.'
          : r.checked === 1 ? 'Månadens enda verifikation som behöver underlag har ett.'
            : `Alla ${r.checked} verifikationer som behöver underlag har ett.`) + notCounted,
      r.missing.map((v) => ({ kind: 'voucher' as const, ref: v.ref, fiscalYear: v.fiscalYear, id: v.id })));
  const vat = !f.vatPeriod
    ? item('vat', 'ok', 'Momsdeklaration', 'Ingen momsperiod slutar denna månad.')
    : f.vatPeriod.exempt ? item('vat', 'ok', 'Momsdeklaration', 'Företaget är momsbefriat.')
      : item('vat', f.vatPeriod.reported ? 'ok' : 'open', 'Momsdeklaration',
        f.vatPeriod.reported ? `Momsen för ${f.vatPeriod.period} är redovisad.` : `Momsperioden ${f.vatPeriod.period} slutar denna månad och är inte redovisad (kontera vat --period ${f.vatPeriod.period} --book).`,
        f.vatPeriod.reported ? [] : [{ kind: 'vat', period: f.vatPeriod.period }]);
  const drafts = item('drafts', f.drafts.length ? 'open' : 'ok', 'Inga utkast kvar',
    f.drafts.length ? `${f.drafts.length} utkast är inte ${f.drafts.length === 1 ? 'bokfört' : 'bokförda'}: ${f.drafts.map((d) => d.label).join('; ')}` : 'Inga sparade utkast för månaden.',
    f.drafts.map((d) => ({ kind: 'draft' as const, id: d.id })));
  const time = item('time-limits', f.late.length ? 'warning' : 'ok', 'Bokfört i tid',
    `${f.late.length ? `${f.late.length} ${f.late.length === 1 ? 'verifikation' : 'verifikationer'} bokfördes efter bokföringslagens tidsgräns: ${listCut(f.late.map((v) => `${v.ref} (${v.cash ? 'kontant, ' : ''}senast ${v.deadline}, bokförd ${v.registered})`))}. ` : ''}Månadens bokföring ska vara klar senast ${f.deadline} (${f.sizeClassText}); kontanta in- och utbetalningar senast påföljande arbetsdag.`,
    f.late.map((v) => ({ kind: 'voucher' as const, ref: v.ref, fiscalYear: v.fiscalYear, id: v.id })));
  const chain = item('chain', f.chain.ok ? 'ok' : 'open', 'Verifikationskedjan obruten',
    f.chain.ok ? `Kedjans toppvärde: ${f.chain.head}` : `Kontrollen hittade ${f.chain.problems} fel (kontera verify). Toppvärde: ${f.chain.head}`, f.chain.ok ? [] : [{ kind: 'verify' }]);
  const earlier = item('earlier-months', f.earlierOpen.length ? 'warning' : 'ok', 'Tidigare månader stängda',
    f.earlierOpen.length ? `Tidigare månader i räkenskapsåret är inte stängda: ${f.earlierOpen.join(', ')}.` : 'Alla tidigare månader i räkenskapsåret är stängda.',
    f.earlierOpen.map((m) => ({ kind: 'month' as const, month: m })));
  return [bank, receipts, vat, drafts, time, chain, earlier];
}

/** Items that keep `close-month --strict` from closing. */
export function openItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((i) => i.status === 'open');
}
