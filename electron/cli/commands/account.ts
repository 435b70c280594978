import type { Command } from '../command.js';
import { nearest, parse, positional, str } from '../args.js';
import { UsageError } from '../usage.js';
import { table } from '../format/table.js';
import type { AccountDto } from '../../../shared/api/dto.js';
import { CallFailed, type Cli } from '../runner.js';
import { VAT_CODES, vatCodeInfo } from '../../../shared/domain/vat/codes.js';

const NONE = new Set(['none', 'ingen', '-']);

const VAT_CODE_HELP = VAT_CODES.map((c) => `    ${c.padEnd(20)} ${vatCodeInfo(c).label} (ruta ${vatCodeInfo(c).box})`).join('\n');

/** The handler's refusal of an unknown VAT code, with the nearest code and every valid one named. */
async function withVatCodes<T>(code: string | null | undefined, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (!(e instanceof CallFailed) || e.error.code !== 'invalid-vat-code' || !code) throw e;
    const near = nearest(code, VAT_CODES);
    throw new CallFailed({ ...e.error, message: `${e.error.message}${near ? ` Menade du ${near}?` : ''} Giltiga koder: ${VAT_CODES.join(', ')}, eller ingen (beskrivningar i kontera account --help).` });
  }
}

function print(cli: Cli, a: AccountDto): void {
  cli.io.out(cli.json ? JSON.stringify(a) : `${a.number} ${a.name}  momskod: ${a.vatCode ?? 'ingen'}${a.active ? '' : '  (inaktivt)'}`);
}

export const accountCommand: Command = {
  name: 'account',
  summary: 'Kontoplanen: lägg till, momskod, inaktivera, lista',
  usage: `kontera account add <fil> NUMMER NAMN [--vat-code KOD] [--json]
kontera account vat-code <fil> NUMMER KOD|ingen [--json]
kontera account deactivate|activate <fil> NUMMER [--json]
kontera account list <fil> [--search TEXT] [--json]

  Ett konto med bokföringar tas aldrig bort; inaktivera det i stället.
  Momskoden avgör vilken ruta i momsdeklarationen kontot redovisas i. Koderna:
    ingen                Inget i momsdeklarationen (även none eller -)
${VAT_CODE_HELP}`,
  async run(argv, cli) {
    const { values, positionals } = parse(argv, { 'vat-code': { type: 'string' }, search: { type: 'string' } }, { command: 'account', positionals: (ps) => ({ add: Infinity, 'vat-code': 4, deactivate: 3, activate: 3, list: 2 } as Record<string, number>)[ps[0] ?? ''] ?? Infinity });
    const sub = positional(positionals, 0, 'Underkommandot');
    const file = positional(positionals, 1, 'Företagsfilen');
    return cli.withCompany(file, async () => {
      if (sub === 'add') {
        const vat = str(values['vat-code']);
        print(cli, await withVatCodes(vat, () => cli.call('accounts.add', { number: positional(positionals, 2, 'Kontonumret'), name: positionals.slice(3).join(' ') || positional(positionals, 3, 'Kontonamnet'), ...(vat ? { vatCode: NONE.has(vat) ? null : vat } : {}) })));
      } else if (sub === 'vat-code') {
        const code = positional(positionals, 3, 'Momskoden');
        print(cli, await withVatCodes(code, () => cli.call('accounts.setVatCode', { number: positional(positionals, 2, 'Kontonumret'), vatCode: NONE.has(code) ? null : code })));
      } else if (sub === 'deactivate' || sub === 'activate') {
        print(cli, await cli.call('accounts.setActive', { number: positional(positionals, 2, 'Kontonumret'), active: sub === 'activate' }));
      } else if (sub === 'list') {
        const list = await cli.call('accounts.list', { includeInactive: true, ...(str(values.search) ? { search: str(values.search) } : {}) });
        cli.io.out(cli.json ? JSON.stringify(list) : table(['Konto', 'Namn', 'Momskod', 'Aktivt'], list.map((a) => [a.number, a.name.slice(0, 50), a.vatCode ?? '', a.active ? 'ja' : 'nej'])));
      } else throw new UsageError(`Okänt underkommando "${sub}". Välj add, vat-code, deactivate, activate eller list.`);
      return 0;
    });
  },
};
