/** `kontera encrypt`, `backup-settings` and `backups`: the safety doors (encryption at rest, backups). */
import type { Command } from '../command.js';
import { parse, positional, str } from '../args.js';
import { UsageError } from '../usage.js';
import { secretFromEnv, type Cli } from '../runner.js';
import type { BackupEntryDto, BackupListDto, SafetySettingsDto } from '../../../shared/api/dto/safety.js';

/** Everything on standard in (a pipe or a file), without the final line break. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * The new password: KONTERA_PASSWORD, or standard in when --password-stdin says so. Never an
 * argument (it would land in the shell's history), and never read from standard in unasked: a
 * command must not sit waiting for input nobody knows it wants.
 */
async function newPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  const env = process.env.KONTERA_PASSWORD;
  if (env) return env;
  throw new UsageError('Ange lösenordet i miljövariabeln KONTERA_PASSWORD eller på standard in med --password-stdin (t.ex. kontera encrypt fil.kontera --password-stdin < lösenord.txt), aldrig som argument: då hamnar det i skalets historik.');
}

export const encryptCommand: Command = {
  name: 'encrypt',
  summary: 'Krypterar företagsfilen med ett lösenord och visar återställningsnyckeln en gång',
  usage: `kontera encrypt <fil> [--password-stdin] [--json]

  Krypterar företagsfilen, dess kvittoarkiv och alla kommande säkerhetskopior. Lösenordet
  (minst 8 tecken) läses från miljövariabeln KONTERA_PASSWORD, eller från standard in med
  --password-stdin, t.ex.  kontera encrypt bolag.kontera --password-stdin < lösenord.txt
  Lösenordet tas aldrig som argument: då skulle det hamna i skalets historik.

  Återställningsnyckeln skrivs ut EN gång. Skriv ner den och förvara den säkert, skild från datorn:
  den öppnar bokföringen om lösenordet glöms bort. Utan lösenord och nyckel går filen inte att läsa.

  Därefter öppnar alla kommandon filen när KONTERA_PASSWORD (eller KONTERA_RECOVERY_KEY) är satt.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { 'password-stdin': { type: 'boolean' } }, { command: 'encrypt', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const password = await newPassword(values['password-stdin'] === true);
    const r = await cli.withCompany(file, () => cli.call('safety.encrypt', { password }));
    if (cli.json) {
      cli.io.out(JSON.stringify(r));
      return 0;
    }
    const out = [
      `Krypterade ${r.file}.`,
      '',
      `Återställningsnyckel: ${r.recoveryKey}`,
      '',
      'Skriv ner återställningsnyckeln nu och förvara den säkert, skild från datorn (den visas bara den här',
      'gången). Den öppnar bokföringen om lösenordet glöms bort: KONTERA_RECOVERY_KEY=… kontera …',
    ];
    if (r.plainBackups > 0) out.push('', `VARNING: ${r.plainBackups} äldre säkerhetskopior är fortfarande okrypterade. Radera dem eller förvara dem inlåsta.`);
    cli.io.out(out.join('\n'));
    return 0;
  },
};

function settingsText(s: SafetySettingsDto): string {
  return [
    `Säkerhetskopior för ${s.file}`,
    `  Automatiska säkerhetskopior: ${s.autoBackup ? 'på' : 'av'}`,
    `  Andra plats:                 ${s.secondBackupDir ?? '(ingen)'}`,
    `  Krypterad:                   ${s.encrypted ? 'ja' : 'nej'}`,
    `  Sparas:                      senaste per dag i ${s.rotation.daily} dagar, per vecka i ${s.rotation.weekly} veckor, per månad i ${s.rotation.monthly} månader`,
  ].join('\n');
}

function onOff(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  if (v === 'on' || v === 'pa' || v === 'på') return true;
  if (v === 'off' || v === 'av') return false;
  throw new UsageError(`--auto ska vara på eller av (fick "${v}").`);
}

export const backupSettingsCommand: Command = {
  name: 'backup-settings',
  summary: 'Visar eller ändrar inställningarna för säkerhetskopior (andra plats, automatik)',
  usage: `kontera backup-settings <fil> [--second-location MAPP | --no-second-location] [--auto på|av] [--json]

  Utan flaggor visas inställningarna.
  --second-location MAPP  En andra kopia av varje automatisk säkerhetskopia skrivs i MAPP
                          (gärna en annan disk; mappen måste finnas och gå att skriva i).
  --no-second-location    Slutar skriva den andra kopian.
  --auto på|av            Slår på eller av de automatiska säkerhetskopiorna.
  Hur många kopior som sparas (per dag, vecka och månad) är fast och visas här.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, {
      'second-location': { type: 'string' }, 'no-second-location': { type: 'boolean' }, auto: { type: 'string' },
    }, { command: 'backup-settings', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const dir = str(values['second-location']);
    if (dir !== undefined && values['no-second-location']) throw new UsageError('Ange antingen --second-location eller --no-second-location, inte båda.');
    const auto = onOff(str(values.auto));
    const change = { ...(dir !== undefined ? { secondBackupDir: dir } : values['no-second-location'] ? { secondBackupDir: null } : {}), ...(auto !== undefined ? { autoBackup: auto } : {}) };
    const s = await cli.withCompany(file, () => (Object.keys(change).length > 0 ? cli.call('safety.setSettings', change) : cli.call('safety.settings', {})));
    cli.io.out(cli.json ? JSON.stringify(s) : settingsText(s));
    return 0;
  },
};

const KIND_SV: Record<BackupListDto['kind'], string> = {
  missing: 'finns inte', folder: 'är en mapp', company: 'är en företagsfil', encrypted: 'är en krypterad företagsfil', 'not-company': 'är ingen Kontera-fil',
};

function entryText(b: BackupEntryDto): string {
  const state = b.intact === null ? 'kontrolleras vid återställning' : b.intact ? 'hel' : 'SKADAD';
  return `  ${b.createdAt.slice(0, 16).replace('T', ' ')}  ${b.reason.padEnd(12)} ${String(b.vouchers).padStart(6)} ver.  ${b.encrypted ? 'krypterad ' : 'okrypterad'}  ${state}\n      ${b.path}`;
}

async function listOf(cli: Cli, file: string, input: { path: string; extraDir?: string; check: boolean }): Promise<BackupListDto> {
  const probe = await cli.call('safety.backups', { path: file, check: false });
  // An open company adds its second location and (encrypted) the key to check its backups with.
  if (probe.kind === 'company' || (probe.kind === 'encrypted' && secretFromEnv())) return cli.withCompany(file, () => cli.call('safety.backups', input));
  return cli.call('safety.backups', input);
}

export const backupsCommand: Command = {
  name: 'backups',
  summary: 'Listar säkerhetskopiorna av en företagsfil, nyaste först',
  usage: `kontera backups <fil> [--dir MAPP] [--no-check] [--json]

  Listar säkerhetskopiorna i mappen <namn>-backuper bredvid filen och på den andra platsen
  (backup-settings), nyaste först, och kontrollerar att de är hela. Fungerar även när filen
  saknas eller är skadad, så att en kopia kan väljas för kontera restore.
  --dir MAPP   Letar även i MAPP.
  --no-check   Kontrollerar inte kopiorna (snabbare).
  En krypterad fils kopior kontrolleras när KONTERA_PASSWORD (eller KONTERA_RECOVERY_KEY) är satt.`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { dir: { type: 'string' }, 'no-check': { type: 'boolean' } }, { command: 'backups', positionals: 1 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const extraDir = str(values.dir);
    const r = await listOf(cli, file, { path: file, ...(extraDir ? { extraDir } : {}), check: values['no-check'] !== true });
    if (cli.json) {
      cli.io.out(JSON.stringify(r));
      return 0;
    }
    const head = `${r.file} ${KIND_SV[r.kind]}. ${r.backups.length === 0 ? 'Inga säkerhetskopior hittades.' : `${r.backups.length} säkerhetskopior:`}`;
    cli.io.out([head, ...r.backups.map(entryText)].join('\n'));
    return 0;
  },
};

export const SAFETY_COMMANDS: readonly Command[] = [encryptCommand, backupSettingsCommand, backupsCommand];
