import type { Command } from '../command.js';
import { parse, positional, str, required, dateOpt } from '../args.js';
import { UsageError } from '../usage.js';
import { amountsToJson, AMOUNT_KEYS } from '../format/json.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { SieImportReport } from '../../../shared/api/dto/sie.js';
import type { Cli } from '../runner.js';

const SIE_AMOUNTS = [...AMOUNT_KEYS, 'stated', 'computed', 'difference', 'ibSum', 'resultSum'];

function printReport(cli: Cli, r: SieImportReport): void {
  if (cli.json) {
    cli.io.out(JSON.stringify(amountsToJson(r, SIE_AMOUNTS)));
    return;
  }
  const kr = (n: number) => formatSv(ore(n));
  const lines = [
    `${r.dryRun ? 'FÖRHANDSGRANSKNING (inget har sparats)' : 'Importerat'}: ${r.file}`,
    `SIE ${r.kind}, teckenkodning ${r.encoding}${r.program ? `, från ${r.program}` : ''}`,
    `Företag: ${r.company.name ?? '–'} ${r.company.orgnr ?? ''}`,
    ...r.fiscalYears.map((y) => `Räkenskapsår ${y.start} – ${y.end}${y.created ? ' (nytt)' : ''}`),
    `Verifikationer: ${r.vouchers} ${r.dryRun ? 'att importera' : 'importerade'}${r.skipped ? `, ${r.skipped} fanns redan och hoppades över` : ''}`,
    `Konton: ${r.accounts} nya. Ingående balanser: ${r.openingBalances}.`,
  ];
  if (r.ibSum !== 0) lines.push(`OBS: de ingående balanserna summerar till ${kr(r.ibSum)} kr i stället för 0 (föregående års resultat är troligen inte ombokat).`);
  if (r.suggestedCorrection) lines.push(`Förslag: ${r.suggestedCorrection.reason} (${r.suggestedCorrection.account} ${kr(r.suggestedCorrection.amount)} kr). Inget ändras automatiskt.`);
  if (r.balancesRecomputed && r.differences.length === 0 && r.booksDifferences.length === 0) lines.push('Utgående balanser och resultat stämmer med filens #UB och #RES.');
  for (const y of r.statedBalances) {
    const what = `${y.ub} #UB, ${y.res} #RES, ${y.psaldo} #PSALDO${y.objectBalances ? `, ${y.objectBalances} #OIB/#OUB` : ''}`;
    lines.push(y.kept
      ? `Räkenskapsår ${y.start} – ${y.end}: filen har inga verifikationer. Utgående balanser, resultat och periodsaldon (${what}) ${y.alreadyKept ? 'fanns redan sparade' : r.dryRun ? 'sparas' : 'sparades'} som filen anger dem; de kan inte räknas om. Årets resultat enligt filen: ${kr(y.resultSum)} kr.`
      : `Räkenskapsår ${y.start} – ${y.end}: filens balanser (${what}) sparas inte.`);
  }
  for (const d of r.differences) lines.push(`Skillnad i filen: ${d.kind} ${d.account}: filen ${kr(d.stated)}, verifikationerna ger ${kr(d.computed)}${d.line ? ` (rad ${d.line})` : ''}`);
  for (const d of r.booksDifferences) lines.push(`Skillnad i bokföringen: ${d.kind} ${d.account}: filen ${kr(d.stated)}, bokföringen ${kr(d.computed)}`);
  for (const w of r.warnings) lines.push(`VARNING ${w.code}: ${w.message}`);
  if (r.backup) lines.push(`Säkerhetskopia före importen: ${r.backup}`);
  cli.io.out(lines.join('\n'));
}

export const importSieCommand: Command = {
  name: 'import-sie',
  summary: 'Importerar en SIE-fil (typ 1–4) till ett nytt eller befintligt företag',
  usage: `kontera import-sie <sie-fil> --new <företagsfil> [--name N] [--orgnr X] [--form EF|AB] [--vat-period P] [--dry-run] [--json]
kontera import-sie <företagsfil> <sie-fil> [--dry-run] [--series S] [--json]

  Teckenkodningen avgörs av filens innehåll. Importen räknar om varje kontos utgående balans och
  resultat och jämför med filens #UB och #RES. En fil utan verifikationer (SIE 1–3) kan inte räknas
  om: dess #UB, #RES och #PSALDO sparas som filen anger dem och skrivs ut igen av export-sie. Samma fil två gånger lägger inte till något; en
  överlappande fil lägger bara till nya verifikationer. Ett fel i filen anges med radnummer och
  då sparas ingenting. Före importen tas en säkerhetskopia.
  --dry-run  Visa vad som skulle importeras utan att spara.
  --series   Serie för SIE 4I-verifikationer som saknar nummer (standard A).`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, {
      new: { type: 'string' }, name: { type: 'string' }, orgnr: { type: 'string' }, form: { type: 'string' }, 'vat-period': { type: 'string' },
      'dry-run': { type: 'boolean' }, series: { type: 'string' },
    }, { command: 'import-sie', positionals: (_, v) => (typeof v.new === 'string' && v.new !== '' ? 1 : 2) });
    const dryRun = values['dry-run'] === true;
    const series = str(values.series);
    const newFile = str(values.new);
    if (newFile) {
      const form = str(values.form)?.toUpperCase();
      if (form && form !== 'EF' && form !== 'AB') throw new UsageError('--form ska vara EF eller AB.');
      const vp = str(values['vat-period']);
      if (vp && !['month', 'quarter', 'year'].includes(vp)) throw new UsageError('--vat-period ska vara month, quarter eller year.');
      const r = await cli.call('sie.import', {
        path: positional(positionals, 0, 'SIE-filen'), dryRun, ...(series ? { series } : {}),
        newCompany: { path: newFile, ...(str(values.name) ? { name: str(values.name) } : {}), ...(str(values.orgnr) ? { identity: str(values.orgnr) } : {}),
          ...(form ? { form: form as 'EF' | 'AB' } : {}), ...(vp ? { vatPeriod: vp as 'month' } : {}) },
      });
      printReport(cli, r);
      return 0;
    }
    const file = positional(positionals, 0, 'Företagsfilen');
    const sie = positional(positionals, 1, 'SIE-filen');
    const r = await cli.withCompany(file, () => cli.call('sie.import', { path: sie, dryRun, ...(series ? { series } : {}) }));
    printReport(cli, r);
    return 0;
  },
};

export const undoImportCommand: Command = {
  name: 'undo-import',
  summary: 'Ångrar den senaste SIE-importen om inget annat har bokförts efter den',
  usage: `kontera undo-import <företagsfil> [--json]

  Återställer säkerhetskopian som togs före importen. Filen som den var efter importen sparas
  undan, och ångrandet loggas. Har något annat bokförts efter importen går det inte: rätta då med
  nya verifikationer.`,
  async run(argv, cli) {
    const { positionals } = parse(argv, {}, { command: 'undo-import', positionals: 1 });
    const r = await cli.withCompany(positional(positionals, 0, 'Företagsfilen'), () => cli.call('sie.undoImport', {}));
    cli.io.out(cli.json ? JSON.stringify(r) : `Importen är ångrad. Filen efter importen finns kvar som ${r.keptAside ?? '–'}.`);
    return 0;
  },
};

export const exportSieCommand: Command = {
  name: 'export-sie',
  summary: 'Exporterar ett räkenskapsår som SIE 4E (PC8, med #KSUMMA)',
  usage: `kontera export-sie <företagsfil> [--fiscal-year ÅÅÅÅ-MM-DD] -o UTFIL [--json]

  Skriver verifikationer, kontoplan, ingående och utgående balanser, resultat, objekt och
  rättelsehistorik. Skriver aldrig över en befintlig fil.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { 'fiscal-year': { type: 'string' }, out: { type: 'string', short: 'o' } }, { command: 'export-sie', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const fy = dateOpt(values['fiscal-year'], 'fiscal-year');
    const r = await cli.withCompany(file, () => cli.call('sie.export', { path: required(values.out, 'out (-o)'), ...(fy ? { fiscalYear: fy } : {}) }));
    cli.io.out(cli.json ? JSON.stringify(r) : `Skrev ${r.path}: ${r.vouchers} verifikationer, räkenskapsåret ${r.fiscalYear}.`);
    return 0;
  },
};
