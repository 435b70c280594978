import type { Command } from '../command.js';
import { parse, positional, parseRef } from '../args.js';
import { amountsToJson } from '../format/json.js';
import { journalText } from '../format/reports.js';
import { table } from '../format/table.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'Visar en verifikation med rader, rättelser och kontrollsumma',
  usage: 'kontera show <fil> ID [--json]\n\n  ID som A12 eller A12@2025-01-01.',
  async run(argv, cli) {
    const { positionals } = parse(argv, {}, { command: 'show', positionals: 2 });
    const file = positional(positionals, 0, 'Företagsfilen');
    const voucher = parseRef(positional(positionals, 1, 'Verifikations-id'));
    const v = await cli.withCompany(file, () => cli.call('vouchers.get', { voucher }));
    if (cli.json) cli.io.out(JSON.stringify(amountsToJson(v)));
    else {
      cli.io.out(journalText({ from: v.date, to: v.date, fiscalYear: v.fiscalYear, vouchers: [v] }, '').split('\n').slice(2).join('\n'));
      cli.io.out(`Registrerad ${v.registeredAt} av ${v.createdBy}${v.correctedBy.length ? `; rättad av ${v.correctedBy.join(', ')}` : ''}\nKontrollsumma ${v.hash}`);
    }
    return 0;
  },
};

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'Listar konteringsmallar',
  usage: 'kontera templates <fil> [--json]',
  async run(argv, cli) {
    const { positionals } = parse(argv, {}, { command: 'templates', positionals: 1 });
    const list = await cli.withCompany(positional(positionals, 0, 'Företagsfilen'), () => cli.call('templates.list', {}));
    cli.io.out(cli.json ? JSON.stringify(list) : table(['Mall', 'Konton', 'Beskrivning'], list.map((t) => [t.name, t.lines.map((l) => l.account).join(' '), t.description.slice(0, 60)])));
    return 0;
  },
};

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Behandlingshistoriken (vem gjorde vad och när)',
  usage: 'kontera audit <fil> [--json]',
  async run(argv, cli) {
    const { positionals } = parse(argv, {}, { command: 'audit', positionals: 1 });
    const r = await cli.withCompany(positional(positionals, 0, 'Företagsfilen'), () => cli.call('audit.list', { offset: 0, limit: 1000 }));
    cli.io.out(cli.json ? JSON.stringify(r) : table(['Tid', 'Vem', 'Händelse', 'Detaljer'], r.rows.map((x) => [x.at, x.actor, x.action, JSON.stringify(x.details).slice(0, 80)])));
    return 0;
  },
};
