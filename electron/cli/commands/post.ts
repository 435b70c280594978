import type { Command } from '../command.js';
import { parse, positional, required, str, lines, parseLine, parseRef, dateReq } from '../args.js';
import { CallFailed, type Cli } from '../runner.js';
import type { VoucherDto } from '../../../shared/api/dto.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { parseAmount } from '../../../shared/domain/money/parse.js';
import { UsageError } from '../usage.js';

/** `--receipt ID …`: archived receipts' ids (see kontera receipt queue), each once. */
export function receiptIds(v: unknown): number[] {
  const ids = lines(v).map((r) => {
    if (!/^[1-9]\d*$/.test(r)) throw new UsageError(`--receipt ska vara ett underlags id; se kontera receipt queue (fick "${r}").`);
    return Number(r);
  });
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw new UsageError(`Underlag ${twice} anges två gånger med --receipt.`);
  return ids;
}

/** Parses every --line; all bad amounts are reported together, nothing is posted. */
export function lineInputs(specs: string[]): { account: string; amount: number }[] {
  const parsed = specs.map(parseLine);
  const bad = parsed.flatMap((p, i) => ('error' in p ? [{ ...p.error, path: `lines.${i}.amount` }] : []));
  const first = bad[0];
  if (first) throw new CallFailed({ code: first.code, message: first.message, path: first.path, ...(bad.length > 1 ? { problems: bad } : {}) });
  return parsed as { account: string; amount: number }[];
}

export function printVoucher(cli: Cli, v: VoucherDto, receipts: readonly number[] = []): void {
  if (cli.json) {
    cli.io.out(JSON.stringify({ id: v.ref, series: v.series, number: v.number, fiscalYear: v.fiscalYear, ...(receipts.length ? { receipts } : {}) }));
    return;
  }
  const attached = receipts.length ? ` med underlag ${receipts.join(', ')}` : '';
  cli.io.out(`Bokförde ${v.ref} ${v.date} "${v.text}"${v.corrects ? ` (rättar ${v.corrects})` : ''}${attached}`);
  for (const l of v.lines) cli.io.out(`  ${l.account.padEnd(6)} ${l.accountName.slice(0, 40).padEnd(40)} ${formatSv(ore(l.amount)).padStart(16)}`);
}

export const postCommand: Command = {
  name: 'post',
  summary: 'Bokför en verifikation',
  usage: `kontera post <fil> --date ÅÅÅÅ-MM-DD --text TEXT --line KONTO=BELOPP … [--series S] [--counterparty MOTPART] [--ref REFERENS] [--template MALL --total BELOPP] [--receipt ID …] [--json]

  --line         En rad per konto: debet positivt, kredit negativt, t.ex. --line 6110=800,00 --line 1930=-800,00.
                 Belopp: komma eller punkt som decimaltecken, högst två decimaler, mellanslag som tusental.
  --series       Verifikationsserie (standard A). Numret sätts vid bokföringen, utan luckor.
  --counterparty Motpart (leverantör, kund).
  --ref          Extern referens: fakturanummer eller OCR.
  --template     Konteringsmall, t.ex. "Kontorsmaterial 25 %", med --total för beloppet inklusive moms.
  --receipt      Bifogar ett arkiverat underlag (id från kontera receipt add eller receipt queue) i samma
                 transaktion; upprepa för flera. Finns underlaget inte bokförs ingenting.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, {
      date: { type: 'string' }, text: { type: 'string' }, line: { type: 'string', multiple: true }, series: { type: 'string' },
      counterparty: { type: 'string' }, ref: { type: 'string' }, template: { type: 'string' }, total: { type: 'string' },
      receipt: { type: 'string', multiple: true },
    }, { command: 'post', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const template = str(values.template);
    const receipts = receiptIds(values.receipt);
    let total: number | undefined;
    if (template) {
      const t = parseAmount(required(values.total, 'total'));
      if (!t.ok) throw new CallFailed({ code: t.problems[0]?.code ?? 'invalid-amount', message: t.problems[0]?.message ?? '', path: 'total' });
      total = t.value;
    } else if (values.total) throw new UsageError('--total hör ihop med --template.');
    const input = {
      date: dateReq(values.date, 'date'), text: required(values.text, 'text'), lines: lineInputs(lines(values.line)),
      ...(str(values.series) ? { series: str(values.series) } : {}), ...(str(values.counterparty) ? { counterparty: str(values.counterparty) } : {}),
      ...(str(values.ref) ? { reference: str(values.ref) } : {}), ...(template && total !== undefined ? { template: { name: template, total } } : {}),
      ...(receipts.length ? { receiptIds: receipts } : {}),
    };
    const v = await cli.withCompany(file, () => cli.call('vouchers.post', input).catch((e: unknown) => {
      if (e instanceof CallFailed && e.error.code === 'receipt-not-found') {
        throw new CallFailed({ ...e.error, message: `${e.error.message} Inget bokfördes. Se kontera receipt queue för underlagens id.` });
      }
      throw e;
    }));
    printVoucher(cli, v, receipts);
    return 0;
  },
};

export const correctCommand: Command = {
  name: 'correct',
  summary: 'Rättar en bokförd verifikation med en ny rättelseverifikation',
  usage: `kontera correct <fil> ID --date ÅÅÅÅ-MM-DD [--line KONTO=BELOPP …] [--text TEXT] [--json]

  ID      Verifikationen som rättas, t.ex. A12 (i räkenskapsåret för --date, annars det senaste) eller A12@2025-01-01.
  --date  Rättelsens datum; måste ligga i en öppen period.
  --line  De rätta raderna. Rättelsen vänder alltid originalets rader och bokför sedan dessa.
  En bokförd verifikation ändras eller tas aldrig bort (bokföringslagen).`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { date: { type: 'string' }, line: { type: 'string', multiple: true }, text: { type: 'string' } }, { command: 'correct', positionals: 2 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const ref = parseRef(positional(positionals, 1, 'Verifikations-id'));
    const input = { voucher: ref, date: dateReq(values.date, 'date'), lines: lineInputs(lines(values.line)), ...(str(values.text) ? { text: str(values.text) } : {}) };
    const v = await cli.withCompany(file, () => cli.call('vouchers.correct', input));
    printVoucher(cli, v);
    return 0;
  },
};
