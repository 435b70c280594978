import type { Command } from '../command.js';
import { parse, positional, str } from '../args.js';
import { UsageError } from '../usage.js';
import { readStdin } from './safety.js';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Säkerhetskopierar företagsfilen (SQLites online-backup, kontrollerad)',
  usage: `kontera backup <fil> [--to MAPP] [--json]

  Skriver en kontrollerad kopia (standard: mappen <namn>-backuper bredvid filen) och en .json med
  kedjans huvud. Förvara gärna en kopia på annan plats (BFNAR 2013:2 kap. 8).`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { to: { type: 'string' } }, { command: 'backup', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const to = str(values.to);
    const r = await cli.withCompany(file, () => cli.call('backup.create', to ? { to } : {}));
    cli.io.out(cli.json ? JSON.stringify(r) : `Säkerhetskopia: ${r.path} (${r.vouchers} verifikationer, kedjans huvud ${r.chainHead})`);
    return 0;
  },
};

/** The password or recovery key of an encrypted backup: named variable, KONTERA_* variables, or stdin. */
async function restoreSecret(values: Record<string, unknown>): Promise<{ password?: string; recoveryKey?: string }> {
  const envName = str(values['password-env']);
  let password: string | undefined;
  if (envName !== undefined) {
    password = process.env[envName];
    if (!password) throw new UsageError(`Miljövariabeln ${envName} (--password-env) är inte satt eller är tom.`);
  } else if (process.env.KONTERA_PASSWORD) password = process.env.KONTERA_PASSWORD;
  let recoveryKey = str(values['recovery-key']);
  if (recoveryKey === '-') recoveryKey = await readStdin();
  recoveryKey = (recoveryKey ?? process.env.KONTERA_RECOVERY_KEY)?.trim() || undefined;
  return { ...(password ? { password } : {}), ...(recoveryKey ? { recoveryKey } : {}) };
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Återställer en säkerhetskopia; den nuvarande filen sparas undan',
  usage: `kontera restore <säkerhetskopia> <fil> [--password-env VAR] [--recovery-key NYCKEL|-] [--json]

  Den nuvarande filen tas aldrig bort: den döps om till <fil>.fore-aterstallning-<tid>.
  En krypterad säkerhetskopia kontrolleras med företagets lösenord eller återställningsnyckel:
  --password-env VAR       Läser lösenordet ur miljövariabeln VAR (standard: KONTERA_PASSWORD).
  --recovery-key NYCKEL|-  Återställningsnyckeln (med - läses den från standard in). Säkrare är
                           miljövariabeln KONTERA_RECOVERY_KEY: ett argument hamnar i skalets historik.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { 'password-env': { type: 'string' }, 'recovery-key': { type: 'string' } }, { command: 'restore', positionals: 2 });
    const backup = positional(positionals, 0, 'Säkerhetskopian');
    const file = positional(positionals, 1, 'Företagsfilen');
    const secret = await restoreSecret(values);
    const r = await cli.call('backup.restore', { backup, file, ...secret });
    cli.io.out(cli.json ? JSON.stringify(r) : `Återställde ${r.file}.${r.keptAside ? ` Den tidigare filen finns kvar som ${r.keptAside}.` : ''}`);
    return 0;
  },
};
