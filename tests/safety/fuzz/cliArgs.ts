/**
 * Seeded argument vectors for the CLI: a real command name, then a mix of real flags, bad values
 * (impossible dates, amounts with three decimals, path traversal) and random text. Every path is
 * relative, so with the working directory two levels inside a temp folder nothing can land
 * outside it (`..` goes up at most twice).
 */
import fc from 'fast-check';
import { COMMANDS } from '../../../electron/cli/main.js';

const FLAGS = ['--json', '--help', '--date', '--text', '--line', '--series', '--to', '--from', '--fiscal-year', '--name', '--orgnr', '--form',
  '--vat-period', '--period', '--new', '--dry-run', '--account', '--reason', '--auto', '--month', '-o', '--eskd', '--book', '--'];
const VALUES = ['2026-03-05', '2026-13-45', '2026-02-30', '20260305', '2026-Q5', '2026-03', 'A1', 'A0', 'A99999999999', 'A1@2020-01-01',
  '1930=100', '6110=1,005', '1930=abc', '1930=-0', '1930=99999999999999999', '9999=1', 'x..y', '2026-01-01..2025-12-31', 'EF', 'AB', 'XY',
  '556000-0167', '556000-0168', '811218-9876', 'month', 'quarter', 'never', '..', '../..', '../../x.kontera', 'bolag.kontera', 'bok.se',
  'saknas.kontera', '.', '', ' ', '-', '"', "'", '\u2212800', 'ä'.repeat(300), 'x'.repeat(5000), '\u0000', 'CON', 'a/../../b'];

/** Relative, so nothing escapes the temp folder. */
const relative = (s: string) => s.replace(/^[/\\]+/, '').replace(/^[A-Za-z]:/, '');

export function cliArgs(files: readonly string[]): fc.Arbitrary<string[]> {
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
    { weight: 4, arbitrary: fc.constantFrom(...VALUES, ...files) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(relative) },
  );
  return fc.tuple(fc.constantFrom(...COMMANDS.map((c) => c.name), 'okänt', '--help', ''), fc.array(token, { maxLength: 10 }))
    .map(([cmd, rest]) => [cmd, ...rest]);
}
