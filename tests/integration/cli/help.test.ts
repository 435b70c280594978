// `kontera --help` and `kontera <command> --help`: exit 0, Swedish text on stdout. The command list
// has no way to edit or delete a posted voucher (bokföringslagen: correct with a new voucher).
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../../support/cli.js';

/** The commands this test knows; CLI.md only grows, so the overview may list more. */
const COMMANDS = ['new', 'post', 'correct', 'verify', 'report', 'year', 'opening', 'account', 'reopen', 'backup', 'restore', 'show', 'templates', 'audit'];
/** Words that would betray English help text. */
const ENGLISH = /\b(usage|options|the|creates|shows|prints)\b/i;

function commandsIn(overview: string): string[] {
  const block = overview.split('Kommandon:\n')[1]?.split('\n\n')[0] ?? '';
  return block.split('\n').map((l) => l.trim().split(/\s+/)[0] ?? '');
}

describe('kontera CLI help', () => {
  const run = (...args: string[]) => cliRunner().run(args);

  it('the overview lists every command in Swedish; nothing edits or deletes a voucher', async () => {
    const [long, short, help] = await Promise.all([run('--help'), run('-h'), run('help')]);
    for (const r of [long, short, help]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
    expect(short.stdout).toBe(long.stdout);
    expect(help.stdout).toBe(long.stdout);
    const text = long.stdout;
    expect(text.split('\n')[0]).toBe('Kontera – bokföring för enskild firma och aktiebolag.');
    expect(text).toContain('Användning: kontera <kommando> [argument] [--json]');
    expect(text).toContain('Slutkoder: 0 klart, 1 nekat (inget sparat), 2 felaktig användning, 3 internt fel.');
    const listed = commandsIn(text);
    expect(listed).toEqual(expect.arrayContaining(COMMANDS));
    expect(listed.filter((c) => /edit|delete|remove|cancel|ändra|radera|ta-bort|makulera/.test(c))).toStrictEqual([]);
  });

  it('every listed command explains itself in Swedish with exit 0', async () => {
    const listed = commandsIn((await run('--help')).stdout);
    const results = await Promise.all(listed.map((c) => run(c, '--help')));
    results.forEach((r, i) => {
      const name = listed[i] as string;
      expect(r.code, name).toBe(0);
      expect(r.stderr, name).toBe('');
      expect(r.stdout.startsWith(`kontera ${name} `), name).toBe(true);
      expect(r.stdout, name).toMatch(/<[a-zåäö-]*fil>/); // <fil>, <företagsfil>, <sie-fil>
      expect(r.stdout, name).not.toMatch(ENGLISH);
    });
    const byName = Object.fromEntries(results.map((r, i) => [listed[i], r.stdout]));
    expect(byName.post).toContain('debet positivt, kredit negativt');
    expect(byName.correct).toContain('En bokförd verifikation ändras eller tas aldrig bort (bokföringslagen).');
    expect(byName.new).toContain('EF (enskild firma) eller AB (aktiebolag).');
    // -h works like --help, wherever it stands.
    const h = await run('post', 'x.kontera', '-h');
    expect([h.code, h.stdout]).toStrictEqual([0, byName.post]);
  });

  it('asking for an edit or delete command is wrong usage (exit 2)', async () => {
    const names = ['edit', 'delete'];
    const rs = await Promise.all(names.map((c) => run(c, 'bolag.kontera', 'A1')));
    rs.forEach((r, i) => {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe(`FEL usage: Okänt kommando "${names[i]}". Skriv kontera --help för en lista.`);
    });
  });
});
