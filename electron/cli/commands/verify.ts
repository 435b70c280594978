import type { Command } from '../command.js';
import { parse, positional } from '../args.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Kontrollerar balans, nummerserier, oföränderlighet och kontrollsummekedjan',
  usage: `kontera verify <fil> [--json]

  Räknar om allt: varje verifikation balanserar, Konteras nummerserier saknar luckor och dubbletter,
  skydden (triggers) finns kvar, och kontrollsummekedjan håller. Skriver ut kedjans huvud, som du kan
  spara på annat håll. Avslutas med kod 1 om något är fel.`,
  async run(argv, cli) {
    const { positionals } = parse(argv, {}, { command: 'verify', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const r = await cli.withCompany(file, () => cli.call('verify', {}));
    if (cli.json) cli.io.out(JSON.stringify(r));
    else {
      cli.io.out(r.ok ? `OK: ${r.vouchers} verifikationer kontrollerade.` : `FEL: ${r.problems.length} problem i ${r.vouchers} verifikationer.`);
      for (const p of r.problems) cli.io.out(`  ${p.code}: ${p.message}`);
      if (r.importedGaps.length) cli.io.out(`Luckor från tidigare program (importerade, noterade): ${r.importedGaps.join(', ')}`);
      cli.io.out(`Kedjans huvud: ${r.chainHead}`);
    }
    return r.ok ? 0 : 1;
  },
};
