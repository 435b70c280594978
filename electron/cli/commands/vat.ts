import type { Command } from '../command.js';
import { parse, positional, required, str, lines } from '../args.js';
import type { Cli } from '../runner.js';
import { UsageError } from '../usage.js';
import { table } from '../format/table.js';
import { amountsToJson } from '../format/json.js';
import { writeEskdFile } from '../../server/vat/eskd-file.js';
import { BOX_IDS, BOX_LABELS } from '../../../shared/domain/vat/boxIds.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { VatReportDto } from '../../../shared/api/dto/vat.js';
import { swedishDateOf } from '../../../shared/domain/dates/swedishDate.js';
import { representationCommand } from './representation.js';

const PERIOD_SHAPE = /^(\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?|\d{4}-\d{2}-\d{2})$/;

function period(v: unknown): string {
  const p = required(v, 'period').trim();
  if (!PERIOD_SHAPE.test(p)) throw new UsageError(`"${p}" är ingen period. Skriv 2026-03, 2026-Q1, 2026 eller räkenskapsårets första dag (2025-07-01).`, 'vat-invalid-period');
  return p;
}

/**
 * CLI.md's `vat --json` text: exactly period, from, to, boxes (all 29, integers, in box order
 * 05…62; JSON.stringify would put "10"… before "05"), checks.
 */
export function vatJson(r: VatReportDto): string {
  const boxes = BOX_IDS.map((b) => `${JSON.stringify(b)}:${r.boxes[b]}`).join(',');
  const checks = JSON.stringify(r.checks.map((c) => ({ code: c.code, severity: c.severity, message: c.message, boxes: c.boxes })));
  return `{"period":${JSON.stringify(r.period)},"from":${JSON.stringify(r.from)},"to":${JSON.stringify(r.to)},"boxes":{${boxes}},"checks":${checks}}`;
}

function printReport(cli: Cli, r: VatReportDto): void {
  cli.io.out(`Momsdeklaration ${r.period} (${r.from}–${r.to}), ${r.method}metoden. Sista dag att deklarera och betala: ${r.due.date}.`);
  const rows = BOX_IDS.filter((b) => r.boxes[b] !== 0 || r.exact[b] !== 0 || b === '49')
    .map((b) => [b, BOX_LABELS[b].slice(0, 72), formatSv(ore(r.exact[b])), String(r.boxes[b])]);
  cli.io.out(table(['Ruta', 'Text', 'Exakt', 'Kronor'], rows, new Set([2, 3])));
  for (const c of r.checks) cli.io.out(`${c.severity === 'error' ? 'FEL' : 'VARNING'} ${c.code}: ${c.message}`);
  if (r.reported) cli.io.out(`Redovisad ${swedishDateOf(r.reported.at)} av ${r.reported.by}${r.reported.voucher ? `, momsomföring ${r.reported.voucher}` : ''}.`);
  if (r.changedAfterReport) {
    cli.io.out(r.changedAfterReport.message);
    // In box order: an object's keys would put "10" and "49" before "05".
    const delta = r.changedAfterReport.delta as Partial<Record<string, number>>;
    for (const b of BOX_IDS) {
      const d = delta[b];
      if (d !== undefined && d !== 0) cli.io.out(`  ruta ${b}: ${d > 0 ? '+' : ''}${d} kr`);
    }
  }
}

export const vatCommand: Command = {
  name: 'vat',
  summary: 'Momsdeklaration för en period; eSKD-fil och bokförd momsomföring',
  usage: `kontera vat <fil> --period P [--eskd UT.xml] [--book] [--note TEXT] [--doctype] [--json]

  --period   2026-03 (månad), 2026-Q1 (kvartal), 2026 (år) eller räkenskapsårets första dag vid
             årsmoms med brutet räkenskapsår. Perioden måste följa företagets momsperiod.
  --eskd     Skriver filen för Skatteverkets e-tjänst (eSKD, ISO-8859-1).
  --book     Bokför momsomföringen (serie M, periodens sista dag) och markerar perioden som
             momsredovisad. Görs en gång per period. Fel i kontrollerna stoppar --eskd och --book.
  --note     Upplysningstext till Skatteverket (högst 300 tecken).
  Rutorna redovisas i hela kronor (öretal faller bort); ruta 49 > 0 betalas, < 0 fås tillbaka.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { period: { type: 'string' }, eskd: { type: 'string' }, book: { type: 'boolean' }, note: { type: 'string' }, doctype: { type: 'boolean' } }, { command: 'vat', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const p = period(values.period);
    const out = str(values.eskd);
    return cli.withCompany(file, async () => {
      const report = await cli.call('vat.report', { period: p });
      const eskd = out ? await cli.call('vat.eskd', { period: p, doctype: values.doctype === true, ...(str(values.note) ? { note: str(values.note) } : {}) }) : null;
      if (values.book) {
        const b = await cli.call('vat.book', { period: p });
        cli.io.err(`Momsomföring ${b.voucher ? `bokförd som ${b.voucher.ref} ${b.to}` : 'behövdes inte (alla momskonton är noll)'}; ${b.period} är momsredovisad.`);
      }
      if (out && eskd) {
        writeEskdFile(out, eskd.text);
        cli.io.err(`Skrev ${out}.`);
      }
      if (cli.json) cli.io.out(vatJson(report));
      else printReport(cli, report);
      return 0;
    });
  },
};

export const vatDetailCommand: Command = {
  name: 'vat-detail',
  summary: 'Verifikationerna bakom en ruta i momsdeklarationen',
  usage: `kontera vat-detail <fil> --period P --box RUTA [--json]`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { period: { type: 'string' }, box: { type: 'string' } }, { command: 'vat-detail', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const box = required(values.box, 'box').padStart(2, '0');
    if (!(BOX_IDS as readonly string[]).includes(box)) throw new UsageError(`Ruta ${box} finns inte i momsdeklarationen.`);
    const d = await cli.withCompany(file, () => cli.call('vat.boxDetail', { period: period(values.period), box: box as (typeof BOX_IDS)[number] }));
    if (cli.json) cli.io.out(JSON.stringify(amountsToJson(d, ['amount', 'contribution', 'exact'])));
    else {
      cli.io.out(`Ruta ${d.box} ${d.label}: ${formatSv(ore(d.exact))} (deklareras ${d.declared} kr)`);
      cli.io.out(table(['Ver', 'Datum', 'Konto', 'Text', 'Belopp'], d.rows.map((r) => [r.voucher, r.date, r.account, r.text.slice(0, 40), formatSv(ore(r.contribution))]), new Set([4])));
    }
    return 0;
  },
};

export const vatEcSalesCommand: Command = {
  name: 'vat-ec-sales',
  summary: 'Periodisk sammanställning (EU-försäljning per köpare), lista eller fil',
  usage: `kontera vat-ec-sales <fil> --period 2026-03|2026-Q1 [-o UT.txt] [--vat-number VER=VATNR …]
       [--contact-name NAMN --contact-phone TEL --contact-email EPOST] [--json]

  Köparens VAT-nummer läses ur motparten ("Namn; DE123456789") eller texten; --vat-number A8=DE123456789
  anger det för en verifikation. -o skriver filen i Skatteverkets format SKV574008 (ISO-8859-1).`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, {
      period: { type: 'string' }, o: { type: 'string', short: 'o' }, 'vat-number': { type: 'string', multiple: true },
      'contact-name': { type: 'string' }, 'contact-phone': { type: 'string' }, 'contact-email': { type: 'string' },
    }, { command: 'vat-ec-sales', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const vatNumbers = Object.fromEntries(lines(values['vat-number']).map((s) => {
      const m = /^([^=]+)=(.+)$/.exec(s);
      if (!m) throw new UsageError(`"${s}" ska skrivas VERIFIKATION=VATNUMMER, t.ex. A8=DE123456789.`);
      return [m[1] as string, m[2] as string];
    }));
    const name = str(values['contact-name']);
    const contact = name ? { name, phone: str(values['contact-phone']) ?? '', email: str(values['contact-email']) ?? null } : undefined;
    const out = str(values.o);
    const r = await cli.withCompany(file, () => cli.call('vat.ecSalesList', { period: period(values.period), vatNumbers, file: !!out, ...(contact ? { contact } : {}) }));
    if (out && r.file) writeEskdFile(out, r.file);
    if (cli.json) cli.io.out(JSON.stringify(amountsToJson(r, ['amount', 'goods', 'triangular', 'services', '35', '38', '39'])));
    else {
      cli.io.out(`Periodisk sammanställning ${r.period} (${r.code})`);
      const kr = (x: number | null) => (x === null ? '' : formatSv(ore(x)));
      cli.io.out(table(['VAT-nummer', 'Varor (35)', 'Trepart (38)', 'Tjänster (39)'], r.rows.map((x) => [x.vatNumber, kr(x.goods), kr(x.triangular), kr(x.services)]), new Set([1, 2, 3])));
      for (const p of r.problems) cli.io.out(`SAKNAS ${p.code}: ${p.message}`);
      if (out) cli.io.err(`Skrev ${out}.`);
    }
    return 0;
  },
};

export const vatCalendarCommand: Command = {
  name: 'vat-calendar',
  summary: 'Sista dagar för momsdeklaration och periodisk sammanställning ett år',
  usage: 'kontera vat-calendar <fil> --year ÅÅÅÅ [--json]',
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { year: { type: 'string' } }, { command: 'vat-calendar', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const year = Number(required(values.year, 'year'));
    if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new UsageError('--year ska vara ett år, t.ex. 2026.');
    const c = await cli.withCompany(file, () => cli.call('vat.calendar', { year }));
    if (cli.json) cli.io.out(JSON.stringify(amountsToJson(c, ['turnover'])));
    else cli.io.out(table(['Period', 'Vad', 'Senast', 'Regel'], c.deadlines.map((d) => [d.period, d.kind === 'vat' ? 'Momsdeklaration' : 'Periodisk sammanställning', `${d.due}${d.weekend ? ' (helg)' : ''}`, d.rule])));
    return 0;
  },
};

export const vatSettingsCommand: Command = {
  name: 'vat-settings',
  summary: 'Momsinställningar: momsbefrielse och kontaktperson för Skatteverket',
  usage: 'kontera vat-settings <fil> [--exempt ja|nej] [--contact-name NAMN] [--contact-phone TEL] [--contact-email EPOST] [--json]',
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { exempt: { type: 'string' }, 'contact-name': { type: 'string' }, 'contact-phone': { type: 'string' }, 'contact-email': { type: 'string' } }, { command: 'vat-settings', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const ex = str(values.exempt);
    if (ex !== undefined && !['ja', 'nej', 'yes', 'no'].includes(ex)) throw new UsageError('--exempt ska vara ja eller nej.');
    const patch = {
      ...(ex !== undefined ? { exempt: ex === 'ja' || ex === 'yes' } : {}),
      ...(str(values['contact-name']) !== undefined ? { contactName: str(values['contact-name']) } : {}),
      ...(str(values['contact-phone']) !== undefined ? { contactPhone: str(values['contact-phone']) } : {}),
      ...(str(values['contact-email']) !== undefined ? { contactEmail: str(values['contact-email']) } : {}),
    };
    const s = await cli.withCompany(file, () => (Object.keys(patch).length > 0 ? cli.call('vat.setSettings', patch) : cli.call('vat.settings', {})));
    cli.io.out(cli.json ? JSON.stringify(s) : `Momsbefriad: ${s.exempt ? 'ja' : 'nej'}. Momsregistreringsnummer: ${s.vatNumber}. Kontakt: ${s.contactName ?? '–'} ${s.contactPhone ?? ''} ${s.contactEmail ?? ''}`.trimEnd());
    return 0;
  },
};

export const VAT_COMMANDS: readonly Command[] = [vatCommand, vatDetailCommand, vatEcSalesCommand, vatCalendarCommand, vatSettingsCommand, representationCommand];
