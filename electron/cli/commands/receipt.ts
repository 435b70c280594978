/** `kontera receipt add|queue` and `kontera archive export`: the underlag doors of CLI.md. */
import path from 'node:path';
import type { Command } from '../command.js';
import { parse, positional } from '../args.js';
import { UsageError } from '../usage.js';
import type { Cli } from '../runner.js';
import { formatSv, toJsonAmount } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { ReceiptDto } from '../../../shared/api/dto/receipts.js';

const amt = (n: number | null) => (n === null ? null : toJsonAmount(ore(n)));
const sv = (n: number | null) => (n === null ? '?' : formatSv(ore(n)));

/** The JSON object of CLI.md's `receipt add` row (amounts as decimal strings). */
export function receiptJson(r: ReceiptDto) {
  const f = r.fields;
  return {
    id: r.id, sha256: r.sha256, duplicate: r.duplicate, file: r.fileName, archive: r.archive,
    fields: { merchant: f.merchant, orgnr: f.orgnr, date: f.date, total: amt(f.total), currency: f.currency,
      vat: f.vat.map((v) => ({ rate: v.rate, amount: amt(v.amount) })), payment: f.payment },
    certain: r.certain,
    vouchers: r.vouchers.map((v) => `${v.ref}@${v.fiscalYear}`),
    warnings: r.warnings ?? [],
    suggestion: r.suggestion ? {
      source: r.suggestion.source, basedOn: r.suggestion.basedOn, date: r.suggestion.date, text: r.suggestion.text,
      lines: r.suggestion.lines.map((l) => ({ account: l.account, amount: amt(l.amount), ...(l.text ? { text: l.text } : {}) })), notes: r.suggestion.notes,
    } : null,
  };
}

function receiptText(r: ReceiptDto): string[] {
  const f = r.fields;
  const mark = (k: keyof ReceiptDto['certain']) => (r.certain[k] ? '' : ' (osäker)');
  const out = [`${r.fileName}: ${r.duplicate ? `fanns redan i arkivet (underlag ${r.id}${r.vouchers.length ? `, bifogat till ${r.vouchers.map((v) => v.ref).join(', ')}` : ', ej bokfört'})` : `arkiverat som underlag ${r.id}`}`,
    `  ${f.merchant ?? 'okänd säljare'}${mark('merchant')}${f.orgnr ? `, org.nr ${f.orgnr}` : ''}; ${f.date ?? 'inget datum'}${mark('date')}; summa ${sv(f.total)} ${f.currency ?? ''}${mark('total')}`,
    ...f.vat.map((v) => `  moms ${v.rate} %: ${sv(v.amount)}${mark('vat')}`)];
  if (r.suggestion?.lines.length) {
    out.push(`  förslag (${r.suggestion.source === 'history' ? `som ${r.suggestion.basedOn}` : r.suggestion.source === 'keyword' ? 'nyckelord' : 'standard'}):`);
    for (const l of r.suggestion.lines) out.push(`    ${l.account} ${sv(l.amount).padStart(12)}${l.text ? `  ${l.text}` : ''}`);
  }
  for (const n of r.suggestion?.notes ?? []) out.push(`  OBS: ${n}`);
  for (const w of r.warnings ?? []) out.push(`  VARNING ${w.code}: ${w.message}`);
  if (!r.duplicate && r.vouchers.length === 0) out.push(`  Bokför med: kontera post <fil> … --receipt ${r.id} (eller kontera bank book … --receipt ${r.id}).`);
  return out;
}

async function addCmd(argv: string[], cli: Cli): Promise<number> {
  const { positionals } = parse(argv, {}, { command: 'receipt add', positionals: Infinity });
  const file = positional(positionals, 1, 'Företagsfilen');
  const inputs = positionals.slice(2).map((p) => path.resolve(p));
  if (inputs.length === 0) throw new UsageError('Ange minst ett kvitto (bild eller PDF). Se kontera receipt --help.');
  const rs = await cli.withCompany(file, () => cli.call('receipts.add', { paths: inputs }));
  if (cli.json) cli.io.out(JSON.stringify(rs.map(receiptJson)));
  else for (const r of rs) cli.io.out(receiptText(r).join('\n'));
  return 0;
}

async function queueCmd(argv: string[], cli: Cli): Promise<number> {
  const { positionals } = parse(argv, {}, { command: 'receipt queue', positionals: 2 });
  const file = positional(positionals, 1, 'Företagsfilen');
  const q = await cli.withCompany(file, () => cli.call('receipts.queue', { limit: 500 }));
  if (cli.json) cli.io.out(JSON.stringify({ total: q.total, receipts: q.receipts.map((r) => ({ id: r.id, file: r.fileName, merchant: r.merchant, date: r.date, total: amt(r.total), currency: r.currency })) }));
  else {
    for (const r of q.receipts) cli.io.out(`${String(r.id).padStart(5)}  ${r.date ?? '??????????'}  ${sv(r.total).padStart(12)} ${r.currency ?? ''}  ${r.merchant ?? r.fileName}`);
    cli.io.out(`${q.total} obokförda underlag.`);
  }
  return 0;
}

export const receiptCommand: Command = {
  name: 'receipt',
  summary: 'Kvitton och underlag: arkivera, läs av och föreslå kontering',
  usage: `kontera receipt add <fil> <bild|pdf>… [--json]
kontera receipt queue <fil> [--json]

  add    Arkiverar varje underlag oförändrat (SHA-256) i arkivfilen bredvid företagsfilen
         (<namn>.kontera-arkiv), läser det (PDF-text, annars textigenkänning på datorn) och föreslår
         en kontering. Inget bokförs: bokför med kontera post <fil> … --receipt ID (eller
         kontera bank book <fil> RADID --receipt ID). Samma fil två gånger sparas en gång; du får veta var den finns.
         Bilder: JPEG, PNG, HEIC, GIF, WebP, TIFF. Högst 25 MB per fil.
         Osäkra uppgifter markeras: en uppgift är säker bara när något annat på kvittot bekräftar
         den (momstabellen, kortbetalningen, kontrollsiffran) och inget motsäger den.
  queue  Underlag som ännu inte hör till någon verifikation.`,
  async run(argv, cli) {
    const sub = argv[0];
    if (sub === 'add') return addCmd(argv, cli);
    if (sub === 'queue') return queueCmd(argv, cli);
    throw new UsageError('Ange add eller queue efter receipt. Se kontera receipt --help.');
  },
};

export const archiveCommand: Command = {
  name: 'archive',
  summary: 'Exporterar alla underlag med index, behandlingshistorik och systemdokumentation',
  usage: `kontera archive export <fil> <mapp> [--json]

  Skriver varje underlag som det arkiverades, index.csv (verifikation ↔ fil ↔ kontrollsumma),
  SHA256SUMS, behandlingshistorik.csv och systemdokumentation.md till en ny eller tom mapp – för
  revisorn eller Skatteverket.`,
  async run(argv, cli) {
    if (argv[0] !== 'export') throw new UsageError('Ange export efter archive. Se kontera archive --help.');
    const { positionals } = parse(argv, {}, { command: 'archive export', positionals: 3 });
    const file = positional(positionals, 1, 'Företagsfilen');
    const dir = path.resolve(positional(positionals, 2, 'Mappen'));
    const r = await cli.withCompany(file, () => cli.call('archive.export', { dir }));
    if (cli.json) cli.io.out(JSON.stringify(r));
    else cli.io.out(`${r.files} underlag exporterade till ${r.dir} (index.csv, SHA256SUMS, behandlingshistorik.csv, systemdokumentation.md).`);
    return 0;
  },
};

export const RECEIPT_COMMANDS: readonly Command[] = [receiptCommand, archiveCommand];
