import type { Command } from '../command.js';
import { parse, positional, str } from '../args.js';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Säkerhetskopierar företagsfilen (SQLites online-backup, kontrollerad)',
  usage: `kontera backup <fil> [--to MAPP] [--json]

  Skriver en kontrollerad kopia (standard: mappen <namn>-backuper bredvid filen) och en .json med
  kedjans huvud. Förvara gärna en kopia på annan plats (BFNAR 2013:2 kap. 8).`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { to: { type: 'string' } });
    const file = positional(positionals, 0, 'Företagsfilen');
    const to = str(values.to);
    const r = await cli.withCompany(file, () => cli.call('backup.create', to ? { to } : {}));
    cli.io.out(cli.json ? JSON.stringify(r) : `Säkerhetskopia: ${r.path} (${r.vouchers} verifikationer, kedjans huvud ${r.chainHead})`);
    return 0;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Återställer en säkerhetskopia; den nuvarande filen sparas undan',
  usage: `kontera restore <säkerhetskopia> <fil> [--json]

  Den nuvarande filen tas aldrig bort: den döps om till <fil>.fore-aterstallning-<tid>.`,
  async run(argv, cli) {
    const { positionals } = parse(argv, {});
    const r = await cli.call('backup.restore', { backup: positional(positionals, 0, 'Säkerhetskopian'), file: positional(positionals, 1, 'Företagsfilen') });
    cli.io.out(cli.json ? JSON.stringify(r) : `Återställde ${r.file}.${r.keptAside ? ` Den tidigare filen finns kvar som ${r.keptAside}.` : ''}`);
    return 0;
  },
};
