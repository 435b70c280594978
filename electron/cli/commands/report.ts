import type { Command } from '../command.js';
import { parse, positional, str, dateOpt } from '../args.js';
import { UsageError } from '../usage.js';
import { amountsToJson } from '../format/json.js';
import { trialBalanceText, generalLedgerText, journalText, statementText } from '../format/reports.js';
import type { Cli } from '../runner.js';
import type { TrialBalanceDto } from '../../../shared/api/dto.js';

const KINDS = ['trial-balance', 'general-ledger', 'journal', 'income-statement', 'balance-sheet'] as const;
type Kind = (typeof KINDS)[number];

/** The trial balance of one account (its row and totals over that row), or the whole one. */
function onlyAccount(d: TrialBalanceDto, account: string | undefined): TrialBalanceDto {
  if (account === undefined) return d;
  const accounts = d.accounts.filter((a) => a.number === account);
  const total = (k: 'opening' | 'debit' | 'credit' | 'closing') => accounts.reduce((n, a) => n + a[k], 0);
  return { ...d, accounts, totals: { opening: total('opening'), debit: total('debit'), credit: total('credit'), closing: total('closing') } };
}

/** Kinds that take --account: the general ledger asks for it, the trial balance is filtered to it. */
const WITH_ACCOUNT: readonly Kind[] = ['trial-balance', 'general-ledger'];

async function run(kind: Kind, cli: Cli, input: { from?: string; to?: string; fiscalYear?: string; account?: string }): Promise<{ json: unknown; text: string }> {
  const company = (await cli.call('company.info', {})).name;
  switch (kind) {
    case 'trial-balance': {
      const { account, ...range } = input;
      const d = onlyAccount(await cli.call('reports.trialBalance', range), account);
      return { json: amountsToJson(d), text: trialBalanceText(d, account ? `${company}, konto ${account}` : company) };
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

  trial-balance     Saldobalans: ingående, debet, kredit och utgående per konto (--account för ett konto).
  general-ledger    Huvudbok med löpande saldo (--account för ett konto).
  journal           Verifikationslista.
  income-statement  Resultaträkning (kostnadsslagsindelad).
  balance-sheet     Balansräkning per --to.
  Perioden måste ligga inom ett räkenskapsår; standard är hela det senaste året.
  --account gäller trial-balance och general-ledger; de andra rapporterna visar alltid alla konton.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { from: { type: 'string' }, to: { type: 'string' }, 'fiscal-year': { type: 'string' }, account: { type: 'string' } }, { command: 'report', positionals: 2 });
    const kind = positional(positionals, 0, 'Rapporttypen');
    if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`Okänd rapport "${kind}". Välj ${KINDS.join(', ')}.`);
    const file = positional(positionals, 1, 'Företagsfilen');
    const [from, to, fiscalYear] = [dateOpt(values.from, 'from'), dateOpt(values.to, 'to'), dateOpt(values['fiscal-year'], 'fiscal-year')];
    const account = str(values.account);
    if (account !== undefined && !WITH_ACCOUNT.includes(kind as Kind)) {
      throw new UsageError(`--account gäller bara ${WITH_ACCOUNT.join(' och ')}; ${kind} visar alla konton. Se kontera report --help.`);
    }
    if (account !== undefined && !/^\d{1,10}$/.test(account)) throw new UsageError(`--account ska vara ett kontonummer, t.ex. 1930 (fick "${account}").`);
    const input = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(fiscalYear ? { fiscalYear } : {}), ...(account ? { account } : {}) };
    const r = await cli.withCompany(file, () => run(kind as Kind, cli, input));
    cli.io.out(cli.json ? JSON.stringify(r.json) : r.text);
    return 0;
  },
};
