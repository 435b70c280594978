import type { Command } from '../command.js';
import { parse, positional, required, str, lines, dateReq } from '../args.js';
import { CallFailed } from '../runner.js';
import { UsageError } from '../usage.js';
import { printVoucher } from './post.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { parseAmount } from '../../../shared/domain/money/parse.js';

const RATES = ['12', '25', '6'] as const;
type Rate = (typeof RATES)[number];

function rateOf(v: unknown): Rate {
  const s = (str(v) ?? '12').replace(/\s*%$/, '').trim();
  if (!(RATES as readonly string[]).includes(s)) throw new UsageError(`--rate ska vara 12, 25 eller 6 (fick "${String(v)}").`);
  return s as Rate;
}

function grossOf(v: unknown): number {
  const g = parseAmount(required(v, 'gross'));
  if (!g.ok) throw new CallFailed({ code: g.problems[0]?.code ?? 'invalid-amount', message: g.problems[0]?.message ?? '', path: 'gross' });
  return g.value;
}

/** "4 deltagare × 300 kr × 12 %" or "hela momsen": why this much input VAT is deductible. */
function why(vatPaid: number, deductible: number, persons: number, rate: Rate): string {
  const kr = (v: number) => `${formatSv(ore(Math.abs(v)))} kr`;
  return Math.abs(deductible) < Math.abs(vatPaid)
    ? `Avdragsgill ingående moms ${kr(deductible)} (högst ${persons} × 300 kr exkl. moms × ${rate} %); betald moms ${kr(vatPaid)}, ${kr(vatPaid - deductible)} bokförs som kostnad.`
    : `Avdragsgill ingående moms ${kr(deductible)}: hela momsen (underlaget är högst ${persons} × 300 kr exkl. moms).`;
}

export const representationCommand: Command = {
  name: 'representation',
  summary: 'Bokför representation (måltid) med momsavdrag på högst 300 kr exkl. moms per deltagare',
  usage: `kontera representation <fil> --date ÅÅÅÅ-MM-DD --gross BELOPP --purpose SYFTE --participant NAMN … [--rate 12|25|6] [--pay 1930] [--cost 6072] [--series S] [--counterparty MOTPART] [--ref REFERENS] [--json]

  --gross        Vad måltiden kostade inklusive moms, t.ex. 1 600,00.
  --rate         Momssats på kvittot: 12 (restaurangmåltid, standard), 25 (t.ex. alkohol) eller 6.
  --participant  En deltagare per flagga, egen personal inräknad: --participant "Anna Berg" --participant "Bo Ek".
  --purpose      Syftet med representationen, t.ex. "Avtalsförhandling med Kund AB".
  --pay          Kontot betalningen gjordes från (standard 1930).
  --cost         Kostnadskonto (standard 6072 Representation, ej avdragsgill).
  --counterparty Restaurangen (motpart).

  Ingående moms dras av på högst 300 kr exkl. moms per deltagare; resten av momsen bokförs som kostnad.
  Syfte och deltagare skrivs i verifikationstexten. --json skriver samma svar som post.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, {
      date: { type: 'string' }, gross: { type: 'string' }, rate: { type: 'string' }, participant: { type: 'string', multiple: true },
      purpose: { type: 'string' }, pay: { type: 'string' }, cost: { type: 'string' }, series: { type: 'string' },
      counterparty: { type: 'string' }, ref: { type: 'string' },
    }, { command: 'representation', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const date = dateReq(values.date, 'date');
    const gross = grossOf(values.gross);
    const rate = rateOf(values.rate);
    const participants = lines(values.participant).map((p) => p.trim()).filter(Boolean);
    if (participants.length === 0) throw new UsageError('--participant saknas: ange varje deltagare med en egen --participant. Se --help.');
    const purpose = required(values.purpose, 'purpose').trim();
    if (!purpose) throw new UsageError('--purpose saknas. Se --help.');
    const pay = str(values.pay);
    const cost = str(values.cost);
    const { r, v } = await cli.withCompany(file, async () => {
      const r = await cli.call('vat.representation', { gross, rate, participants, purpose, ...(pay ? { payAccount: pay } : {}), ...(cost ? { costAccount: cost } : {}) });
      const v = await cli.call('vouchers.post', {
        date, text: r.text, lines: r.lines.map((l) => ({ account: l.account, amount: l.amount })),
        ...(str(values.series) ? { series: str(values.series) } : {}), ...(str(values.counterparty) ? { counterparty: str(values.counterparty) } : {}),
        ...(str(values.ref) ? { reference: str(values.ref) } : {}),
      });
      return { r, v };
    });
    printVoucher(cli, v);
    if (!cli.json) cli.io.out(why(r.vatPaid, r.deductibleVat, participants.length, rate));
    return 0;
  },
};
