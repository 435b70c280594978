import type { Command } from '../command.js';
import { parse, positional, required } from '../args.js';

export const reopenCommand: Command = {
  name: 'reopen',
  summary: 'Öppnar en stängd eller momsredovisad månad igen (loggas med motivering)',
  usage: `kontera reopen <fil> ÅÅÅÅ-MM --reason MOTIVERING [--json]

  Att öppna en period igen är en loggad handling. Rättelser bokförs helst i en öppen period i stället.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { reason: { type: 'string' } }, { command: 'reopen', positionals: 2 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const month = positional(positionals, 1, 'Månaden (ÅÅÅÅ-MM)');
    const r = await cli.withCompany(file, () => cli.call('periods.reopen', { month, reason: required(values.reason, 'reason') }));
    cli.io.out(cli.json ? JSON.stringify(r) : `Månaden ${r.month} är öppen igen. Motivering: ${r.reason}`);
    return 0;
  },
};
