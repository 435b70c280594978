/** `kontera close-month`, `year-end`, `year-end-documents` and `calendar`: CLI.md's closing doors. */
import path from 'node:path';
import type { Command } from '../command.js';
import { dateReq, parse, positional, required, str } from '../args.js';
import { UsageError } from '../usage.js';
import type { Cli } from '../runner.js';
import { amountsToJson } from '../format/json.js';
import { readAnswersFile, writeAnswersTemplate } from '../format/answersFile.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { ANSWER_FIELDS } from '../../../shared/domain/closing/answerFields.js';
import type { MonthCloseDto, PlannedVoucherDto, YearEndPreviewDto, YearEndResultDto } from '../../../shared/api/dto/closing.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const STATUS_SV = { ok: 'KLAR', open: 'ÖPPEN', warning: 'VARNING', 'not-available': 'EJ KONTROLLERAD' } as const;
const STATE_SV = { open: 'öppen', 'vat-reported': 'momsredovisad', closed: 'stängd' } as const;

function month(v: string | undefined): string {
  if (!v || !MONTH.test(v)) throw new UsageError(`"${v ?? ''}" är ingen månad. Skriv ÅÅÅÅ-MM, t.ex. 2026-03.`, 'usage');
  return v;
}

function checklistText(d: MonthCloseDto): string[] {
  const head = d.closed === true ? 'stängdes nu' : `är ${STATE_SV[d.state]}`;
  const out = [`Månaden ${d.month} ${head}. ${d.open === 0 ? 'Inga öppna punkter.' : `${d.open} öppna punkter.`}`];
  for (const i of d.items) out.push(`  [${STATUS_SV[i.status]}] ${i.title}: ${i.detail}`);
  out.push(`Kedjehuvud: ${d.chainHead}`);
  return out;
}

export const closeMonthCommand: Command = {
  name: 'close-month',
  summary: 'Stänger en månad efter checklistan (bank, underlag, moms, utkast, tidsgränser)',
  usage: `kontera close-month <fil> ÅÅÅÅ-MM [--strict] [--check] [--json]

  Visar månadens checklista och stänger månaden: därefter kan inget bokföras i den.
  Öppna punkter listas; med --strict stängs månaden inte så länge någon punkt är öppen.
  --check    Visar bara checklistan och stänger ingenting.
  Kedjehuvudet skrivs ut så att det kan sparas utanför filen. Öppna igen: kontera reopen.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { strict: { type: 'boolean' }, check: { type: 'boolean' } }, { command: 'close-month', positionals: 2 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const m = month(positional(positionals, 1, 'Månaden (ÅÅÅÅ-MM)'));
    const d = await cli.withCompany(file, () => (values.check
      ? cli.call('closing.checklist', { month: m })
      : cli.call('closing.closeMonth', { month: m, strict: values.strict === true })));
    cli.io.out(cli.json ? JSON.stringify(d) : checklistText(d).join('\n'));
    return 0;
  },
};

function voucherText(v: PlannedVoucherDto | { ref: string; date: string; text: string }): string[] {
  if ('ref' in v) return [`  ${v.ref} ${v.date} ${v.text}`];
  return [`  ${v.series} ${v.date} ${v.text}`, ...v.lines.map((l) => `      ${l.account} ${l.name.slice(0, 34).padEnd(34)} ${formatSv(ore(l.amount)).padStart(14)}`)];
}

function formsText(forms: YearEndPreviewDto['forms']): string[] {
  const out: string[] = [];
  const rows = (title: string, r: Record<string, number> | undefined) => {
    if (!r) return;
    const filled = Object.entries(r).filter(([, v]) => v !== 0);
    out.push(`${title}: ${filled.length ? filled.map(([k, v]) => `${k} ${v}`).join(', ') : 'inga belopp'}`);
  };
  rows('NE sida 1 (kr)', forms.ne?.page1);
  rows('NE sida 2 (kr)', forms.ne?.page2);
  rows('INK2 (kr)', forms.ink2);
  rows('INK2R (kr)', forms.ink2r);
  rows('INK2S (kr)', forms.ink2s);
  return out;
}

function previewText(p: YearEndPreviewDto, done: YearEndResultDto | null): string[] {
  const out = [`Bokslut ${p.fiscalYear.start}–${p.fiscalYear.end} (${p.form === 'EF' ? 'enskild firma' : 'aktiebolag'}). Årets resultat: ${formatSv(ore(p.result))} kr.`];
  if (done) {
    out.push('Bokfört:', ...done.posted.flatMap(voucherText));
    if (done.reversalsPosted.length) out.push(`Återföringar i ${done.nextFiscalYear}:`, ...done.reversalsPosted.flatMap(voucherText));
  } else {
    out.push('Bokslutsverifikationer som bokförs:', ...p.vouchers.flatMap(voucherText));
    if (p.reversals.length) out.push('Återföringar första dagen nästa år:', ...p.reversals.flatMap(voucherText));
  }
  out.push(...formsText(p.forms));
  for (const u of p.unmapped) out.push(`OMAPPAT KONTO ${u.account} ${u.name}: saldo ${formatSv(ore(u.balance))} kr hör inte till någon rad; SRU-filerna kan inte skrivas.`);
  for (const pr of p.problems) out.push(`FEL ${pr.code}: ${pr.message}`);
  for (const w of p.warnings) out.push(`VARNING: ${w}`);
  if (done) {
    for (const f of done.files) out.push(`Skrev ${f}`);
    if (done.pdfError) out.push(`VARNING: PDF kunde inte skapas (${done.pdfError}); HTML-dokumentet finns och kan skrivas ut.`);
    out.push(`Kedjehuvud: ${done.chainHead}`);
  } else out.push(p.canWrite ? 'Förhandsgranskning: inget är bokfört.' : 'Förhandsgranskning: inget är bokfört. Åtgärda felen ovan innan bokslutet kan göras.');
  return out;
}

/** The JSON of a preview or a run: amounts as CLI.md strings, form rows as whole-krona integers, no HTML. */
function yearEndJson(p: YearEndPreviewDto | YearEndResultDto): unknown {
  const { document, answers: _answers, ...rest } = p;
  return amountsToJson({ ...rest, document: { kind: document.kind, title: document.title, fileName: document.fileName } }, ['amount', 'balance', 'result', 'cost', 'accumulatedBefore']);
}

const resolved = (v: unknown) => (str(v) ? path.resolve(str(v) as string) : undefined);

export const yearEndCommand: Command = {
  name: 'year-end',
  summary: 'Bokslut: bokslutsverifikationer, NE-bilaga eller INK2 som SRU-filer och utskrivbara dokument',
  usage: `kontera year-end <fil> --fiscal-year ÅÅÅÅ-MM-DD [--answers svar.json] [--sru MAPP] [--pdf MAPP] [--dry-run] [--write-answers UT.json] [--json]

  Gör bokslutet för räkenskapsåret: periodiseringar (återförs första dagen nästa år),
  avskrivningar enligt plan, lagerförändring, obetalda fakturor vid kontantmetoden, för EF
  NE-bilagan och för AB skatten (bolagsskatt 8910/2512) och årets resultat mot 2099.
  Året stängs och nästa år öppnas med ingående balanser.
  --answers        Svarsfilen (JSON) med guidens svar; nycklar som saknas får standardvärdet.
  --write-answers  Skriver en svarsfil med alla nycklar och standardvärden och slutar.
  --sru            Skriver INFO.SRU och BLANKETTER.SRU (ISO-8859-1, hela kronor) i mappen.
  --pdf            Skriver förenklat årsbokslut (EF) eller årsredovisning (AB) som HTML och PDF.
  --dry-run        Visar allt som skulle bokföras och skrivas, och skriver ingenting. Slutar med
                   kod 1 (felen på stderr) om samma körning utan --dry-run skulle vägras.

  Svarsfilens nycklar:
${ANSWER_FIELDS.map((f) => `    ${f.key.padEnd(34)} ${f.label} [${f.default}]${f.forms.length === 1 ? ` (${f.forms[0]})` : ''}`).join('\n')}`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, {
      'fiscal-year': { type: 'string' }, answers: { type: 'string' }, sru: { type: 'string' }, pdf: { type: 'string' },
      'dry-run': { type: 'boolean' }, 'write-answers': { type: 'string' },
    }, { command: 'year-end', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const fiscalYear = dateReq(values['fiscal-year'], 'fiscal-year');
    const templateOut = resolved(values['write-answers']);
    if (templateOut) {
      const d = await cli.withCompany(file, () => cli.call('closing.yearEndDefaults', { fiscalYear }));
      writeAnswersTemplate(templateOut, d.template);
      cli.io.out(cli.json ? JSON.stringify({ file: templateOut }) : `Skrev svarsfilen ${templateOut} med standardvärden. Fyll i den och kör year-end --answers ${path.basename(templateOut)}.`);
      return 0;
    }
    const answers = str(values.answers) ? readAnswersFile(path.resolve(required(values.answers, 'answers'))) : {};
    const sruDir = resolved(values.sru);
    const pdfDir = resolved(values.pdf);
    return cli.withCompany(file, async () => {
      if (values['dry-run']) {
        const p = await cli.call('closing.yearEndPreview', { fiscalYear, answers: answers as never });
        // Exit 1 when the same command without --dry-run would be refused: a problem that blocks the
        // books, or one that blocks the SRU files when --sru asks for them. The errors go to stderr.
        const blocked = !p.canWrite || (sruDir !== undefined && p.sru === null);
        if (cli.json) cli.io.out(JSON.stringify(yearEndJson(p)));
        else {
          const lines = previewText(p, null);
          cli.io.out(lines.filter((l) => !blocked || !l.startsWith('FEL ')).join('\n'));
          if (blocked) for (const l of lines.filter((x) => x.startsWith('FEL '))) cli.io.err(l);
        }
        return blocked ? 1 : 0;
      }
      const r = await cli.call('closing.yearEnd', { fiscalYear, answers: answers as never, ...(sruDir ? { sruDir } : {}), ...(pdfDir ? { pdfDir } : {}) });
      cli.io.out(cli.json ? JSON.stringify(yearEndJson(r)) : previewText(r, r).join('\n'));
      return 0;
    });
  },
};

export const yearEndDocumentsCommand: Command = {
  name: 'year-end-documents',
  summary: 'Skriver SRU-filerna och dokumenten för ett redan avslutat räkenskapsår igen',
  usage: `kontera year-end-documents <fil> --fiscal-year ÅÅÅÅ-MM-DD [--sru MAPP] [--pdf MAPP] [--json]

  Tar fram filerna igen med bokslutets sparade svar; bokför ingenting.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { 'fiscal-year': { type: 'string' }, sru: { type: 'string' }, pdf: { type: 'string' } }, { command: 'year-end-documents', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const fiscalYear = dateReq(values['fiscal-year'], 'fiscal-year');
    const sruDir = resolved(values.sru);
    const pdfDir = resolved(values.pdf);
    if (!sruDir && !pdfDir) throw new UsageError('Ange --sru MAPP och/eller --pdf MAPP.');
    const r = await cli.withCompany(file, () => cli.call('closing.yearEndDocuments', { fiscalYear, ...(sruDir ? { sruDir } : {}), ...(pdfDir ? { pdfDir } : {}) }));
    cli.io.out(cli.json ? JSON.stringify({ fiscalYear, files: r.files, chainHead: r.chainHead, pdfError: r.pdfError }) : [...r.files.map((f) => `Skrev ${f}`), `Kedjehuvud vid bokslutet: ${r.chainHead}`].join('\n'));
    return 0;
  },
};

export const calendarCommand: Command = {
  name: 'calendar',
  summary: 'Företagets deklarations- och bokslutsdatum för ett år',
  usage: `kontera calendar <fil> --year ÅÅÅÅ [--json]

  Momsdeklarationer, inkomstdeklaration och årsredovisning med sista datum.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { year: { type: 'string' } }, { command: 'calendar', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const y = required(values.year, 'year');
    if (!/^\d{4}$/.test(y)) throw new UsageError(`"${y}" är inget år. Skriv t.ex. 2026.`);
    const c = await cli.withCompany(file, () => cli.call('closing.calendar', { year: Number(y) }));
    if (cli.json) cli.io.out(JSON.stringify(c));
    else cli.io.out(c.items.map((i) => `${i.date}${i.weekend ? '*' : ' '} ${i.title}${i.uncertain ? ' (osäkert datum)' : ''}`).join('\n'));
    return 0;
  },
};

export const CLOSING_COMMANDS: readonly Command[] = [closeMonthCommand, yearEndCommand, yearEndDocumentsCommand, calendarCommand];
