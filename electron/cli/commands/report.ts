import type { Command } from '../command.js';
import { parse, positional, str, dateOpt } from '../args.js';
import { UsageError } from '../usage.js';
import { amountsToJson } from '../format/json.js';
import { trialBalanceText, generalLedgerText, journalText, statementText } from '../format/reports.js';
import type { Cli } from '../runner.js';

const KINDS = ['trial-balance', 'general-ledger', 'journal', 'income-statement', 'balance-sheet'] as const;
type Kind = (typeof KINDS)[number];

async function run(kind: Kind, cli: Cli, input: { from?: string; to?: string; fiscalYear?: string; account?: string }): Promise<{ json: unknown; text: string }> {
  const company = (await cli.call('company.info', {})).name;
  switch (kind) {
    case 'trial-balance': {
      const d = await cli.call('reports.trialBalance', input);
      return { json: amountsToJson(d), text: trialBalanceText(d, company) };
    }
    case 'general-ledger': {
      const d = await cli.call('reports.generalLedger', input);
      return { json: amountsToJson(d), text: generalLedgerText(d, company) };
    }
    case 'journal': {
      const d = await cli.call('reports.journal', input);
      return { json: amountsToJson(d), text: journalText(d, company) };
    }
    case 'income-statement': {
      const d = await cli.call('reports.incomeStatement', input);
      return { json: amountsToJson(d), text: statementText('Resultaträkning', d, company) };
    }
    case 'balance-sheet': {
      const d = await cli.call('reports.balanceSheet', input);
      return { json: amountsToJson(d), text: statementText('Balansräkning', d, company) };
    }
  }
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Rapporter: saldobalans, huvudbok, verifikationslista, resultat- och balansräkning',
  usage: `kontera report trial-balance|general-ledger|journal|income-statement|balance-sheet <fil> [--from ÅÅÅÅ-MM-DD] [--to ÅÅÅÅ-MM-DD] [--fiscal-year ÅÅÅÅ-MM-DD] [--account KONTO] [--json]

  trial-balance     Saldobalans: ingående, debet, kredit och utgående per konto.
  general-ledger    Huvudbok med löpande saldo (--account för ett konto).
  journal           Verifikationslista.
  income-statement  Resultaträkning (kostnadsslagsindelad).
  balance-sheet     Balansräkning per --to.
  Perioden måste ligga inom ett räkenskapsår; standard är hela det senaste året.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { from: { type: 'string' }, to: { type: 'string' }, 'fiscal-year': { type: 'string' }, account: { type: 'string' } }, { command: 'report', positionals: 2 });
    const kind = positional(positionals, 0, 'Rapporttypen');
    if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`Okänd rapport "${kind}". Välj ${KINDS.join(', ')}.`);
    const file = positional(positionals, 1, 'Företagsfilen');
    const [from, to, fiscalYear] = [dateOpt(values.from, 'from'), dateOpt(values.to, 'to'), dateOpt(values['fiscal-year'], 'fiscal-year')];
    const input = {
      ...(from ? { from } : {}), ...(to ? { to } : {}), ...(fiscalYear ? { fiscalYear } : {}),
      ...(str(values.account) && kind === 'general-ledger' ? { account: str(values.account) } : {}),
    };
    const r = await cli.withCompany(file, () => run(kind as Kind, cli, input));
    cli.io.out(cli.json ? JSON.stringify(r.json) : r.text);
    return 0;
  },
};
