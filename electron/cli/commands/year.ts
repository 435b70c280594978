import type { Command } from '../command.js';
import { parse, positional, lines, dateReq } from '../args.js';
import { UsageError } from '../usage.js';
import { lineInputs } from './post.js';

export const yearCommand: Command = {
  name: 'year',
  summary: 'Räkenskapsår: öppna nästa år, uppdatera överförda ingående balanser',
  usage: `kontera year new <fil> [--json]
kontera year refresh-opening <fil> --fiscal-year ÅÅÅÅ-MM-DD [--json]

  new              Öppnar nästa räkenskapsår. Ingående balanser = föregående års utgående för
                   balanskonton. AB: årets resultat (2099) förs till 2098 tills stämman beslutat.
                   EF: 2011–2019 förs till 2010.
  refresh-opening  Om föregående år har ändrats: för över de ingående balanserna på nytt (loggas).`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { 'fiscal-year': { type: 'string' } }, { command: 'year', positionals: 2 });
    const sub = positional(positionals, 0, 'Underkommandot (new eller refresh-opening)');
    const file = positional(positionals, 1, 'Företagsfilen');
    if (sub === 'new') {
      if (values['fiscal-year'] !== undefined) throw new UsageError('year new tar ingen --fiscal-year: nästa år följer på det senaste.');
      const r = await cli.withCompany(file, () => cli.call('years.new', {}));
      cli.io.out(cli.json ? JSON.stringify({ fiscalYear: r.fiscalYear, end: r.end }) : `Öppnade räkenskapsåret ${r.start} – ${r.end} med överförda ingående balanser.`);
      return 0;
    }
    if (sub === 'refresh-opening') {
      const r = await cli.withCompany(file, () => cli.call('years.refreshOpening', { fiscalYear: dateReq(values['fiscal-year'], 'fiscal-year') }));
      cli.io.out(cli.json ? JSON.stringify({ fiscalYear: r.start, openingStale: r.openingStale }) : `Ingående balanser för ${r.start} är uppdaterade.`);
      return 0;
    }
    throw new UsageError(`Okänt underkommando "${sub}". Välj new eller refresh-opening.`);
  },
};

export const openingCommand: Command = {
  name: 'opening',
  summary: 'Ingående balanser för ett företag som börjar bokföra i Kontera',
  usage: `kontera opening set <fil> --fiscal-year ÅÅÅÅ-MM-DD --line KONTO=BELOPP … [--json]

  Anger ingående balanser för hand (debet positivt, kredit negativt). De måste summera till noll.
  Ändringen loggas. Ett år vars balanser förs över från föregående år ändras inte här.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { 'fiscal-year': { type: 'string' }, line: { type: 'string', multiple: true } }, { command: 'opening', positionals: 2 });
    if (positional(positionals, 0, 'Underkommandot (set)') !== 'set') throw new UsageError('Skriv kontera opening set …');
    const file = positional(positionals, 1, 'Företagsfilen');
    const input = { fiscalYear: dateReq(values['fiscal-year'], 'fiscal-year'), lines: lineInputs(lines(values.line)) };
    const r = await cli.withCompany(file, () => cli.call('opening.set', input));
    cli.io.out(cli.json ? JSON.stringify({ fiscalYear: r.start, openingSource: r.openingSource }) : `Ingående balanser för ${r.start} sparade.`);
    return 0;
  },
};
