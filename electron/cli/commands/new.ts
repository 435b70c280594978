import type { Command } from '../command.js';
import { dateProblem, parse, positional, required, str } from '../args.js';
import { UsageError } from '../usage.js';
import { parseFiscalYearSpan } from '../../../shared/domain/periods/fiscalYear.js';

const FORMS = ['EF', 'AB'] as const;
const PERIODS = ['month', 'quarter', 'year'] as const;
const METHODS = ['kontant', 'faktura'] as const;

function oneOf<T extends string>(v: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${flag} ska vara ${allowed.join(' eller ')}.`);
  return v as T;
}

export const newCommand: Command = {
  name: 'new',
  summary: 'Skapar en ny företagsfil (skriver aldrig över en befintlig)',
  usage: `kontera new <fil> --name NAMN --orgnr NUMMER --form EF|AB --fiscal-year ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD --vat-period month|quarter|year [--method kontant|faktura] [--json]

  --name         Företagets namn.
  --orgnr        Aktiebolag: organisationsnummer. Enskild firma: ägarens personnummer eller
                 samordningsnummer. 10 eller 12 siffror, med eller utan bindestreck; kontrollsiffran prövas.
  --form         EF (enskild firma) eller AB (aktiebolag).
  --fiscal-year  Första räkenskapsåret. En enskild firma har kalenderår; ett första år får vara
                 kortare eller upp till 18 månader.
  --vat-period   Momsperiod: month (månad), quarter (kvartal) eller year (helår).
  --method       kontant (kontantmetoden, standard för EF) eller faktura (fakturametoden, standard för AB).`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, {
      name: { type: 'string' }, orgnr: { type: 'string' }, form: { type: 'string' }, 'fiscal-year': { type: 'string' },
      'vat-period': { type: 'string' }, method: { type: 'string' },
    }, { command: 'new', positionals: 1 });
    const file = positional(positionals, 0, 'Filnamnet');
    const span = parseFiscalYearSpan(required(values['fiscal-year'], 'fiscal-year'));
    if (!span) throw new UsageError('--fiscal-year skrivs ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD, t.ex. 2026-01-01..2026-12-31.');
    const problem = dateProblem(span.start) ?? dateProblem(span.end);
    if (problem) throw new UsageError(`--fiscal-year: ${problem}`);
    const method = str(values.method);
    const r = await cli.call('company.create', {
      path: file, name: required(values.name, 'name'), identity: required(values.orgnr, 'orgnr'),
      form: oneOf(required(values.form, 'form').toUpperCase(), FORMS, 'form'), fiscalYear: span,
      vatPeriod: oneOf(required(values['vat-period'], 'vat-period'), PERIODS, 'vat-period'),
      ...(method ? { vatMethod: oneOf(method, METHODS, 'method') } : {}),
    });
    cli.io.out(cli.json ? JSON.stringify(r) : `Skapade ${r.file} med räkenskapsåret som börjar ${r.fiscalYear}.`);
    return 0;
  },
};
