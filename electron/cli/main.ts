import type { Command } from './command.js';
import { newCommand } from './commands/new.js';
import { postCommand, correctCommand } from './commands/post.js';
import { verifyCommand } from './commands/verify.js';
import { reportCommand } from './commands/report.js';
import { yearCommand, openingCommand } from './commands/year.js';
import { accountCommand } from './commands/account.js';
import { reopenCommand } from './commands/periods.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { showCommand, templatesCommand, auditCommand } from './commands/show.js';
import { VAT_COMMANDS } from './commands/vat.js';
import { importSieCommand, exportSieCommand, undoImportCommand } from './commands/sie.js';
import { bankCommand } from './commands/bank.js';
import { RECEIPT_COMMANDS } from './commands/receipt.js';
import { CLOSING_COMMANDS } from './commands/closing.js';
import { SAFETY_COMMANDS } from './commands/safety.js';
import { makeCli, CallFailed, reportFailure } from './runner.js';
import { UsageError } from './usage.js';
import { EXIT, type Io, stdio } from './output.js';

export const COMMANDS: readonly Command[] = [
  newCommand, postCommand, correctCommand, verifyCommand, reportCommand, yearCommand, openingCommand, accountCommand,
  reopenCommand, backupCommand, restoreCommand, showCommand, templatesCommand, auditCommand,
  ...VAT_COMMANDS,
  importSieCommand, exportSieCommand, undoImportCommand,
  bankCommand,
  ...RECEIPT_COMMANDS,
  ...CLOSING_COMMANDS,
  ...SAFETY_COMMANDS,
];

function overview(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Kontera – bokföring för enskild firma och aktiebolag.

Användning: kontera <kommando> [argument] [--json]

Kommandon:
${COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`).join('\n')}

Skriv kontera <kommando> --help för detaljer. Belopp: 1 234,50 eller -800 (högst två decimaler).
Datum: ÅÅÅÅ-MM-DD. Slutkoder: 0 klart, 1 nekat (inget sparat), 2 felaktig användning, 3 internt fel.`;
}

/** Runs one CLI invocation and returns its exit code (never throws). */
export async function runCli(argv: string[], io: Io = stdio): Promise<number> {
  const json = argv.includes('--json');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`FEL usage: Okänt kommando "${name}". Skriv kontera --help för en lista.`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(cmd.usage);
    return EXIT.ok;
  }
  const cli = makeCli(io, json);
  try {
    return await cmd.run(rest, cli);
  } catch (e) {
    if (e instanceof UsageError) {
      if (json) io.out(JSON.stringify({ ok: false, error: { code: e.code, message: e.message } }));
      else io.err(`FEL ${e.code}: ${e.message}`);
      return EXIT.usage;
    }
    if (e instanceof CallFailed) return reportFailure(cli, e);
    io.err(`FEL internal: Ett internt fel inträffade: ${(e as Error).message}`);
    return EXIT.internal;
  }
}
