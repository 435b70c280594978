/**
 * The main job in one command: moves the official SIE example's books into Kontera and prints its
 * balansräkning; then creates a company, books a month with templates, by hand and with a
 * correction, shows the momsdeklaration, closes January, prints the saldobalans, previews the
 * year-end with the wizard's answers file (nothing written) and verifies the books. Run: npm run quickstart
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve('demo');
const file = path.join(dir, 'exempel.kontera');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const k = (...args: string[]) => {
  process.stdout.write(`\n$ kontera ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}\n`);
  process.stdout.write(execFileSync(process.execPath, ['bin/kontera.js', ...args], { encoding: 'utf8' }));
};

const sie = path.resolve('tests/fixtures/sie/SIE4_Exempelfil.SE');
const imported = path.join(dir, 'ovningsbolaget.kontera');
k('import-sie', sie, '--new', imported);
k('report', 'balance-sheet', imported);
k('verify', imported);

k('new', file, '--name', 'Exempel Konsult AB', '--orgnr', '556000-0167', '--form', 'AB', '--fiscal-year', '2026-01-01..2026-12-31', '--vat-period', 'quarter');
k('opening', 'set', file, '--fiscal-year', '2026-01-01', '--line', '1930=50 000,00', '--line', '2081=-50 000,00');
k('post', file, '--date', '2026-01-10', '--text', 'Konsultarvode januari', '--line', '1510=12 500,00', '--line', '3001=-10 000,00', '--line', '2611=-2 500,00');
k('post', file, '--date', '2026-02-05', '--text', 'Kundinbetalning', '--template', 'Kundinbetalning', '--total', '12 500,00');
k('post', file, '--date', '2026-02-20', '--text', 'Pennor och papper', '--template', 'Kontorsmaterial 25 %', '--total', '1 250,00');
k('correct', file, 'A3', '--date', '2026-02-21', '--line', '6110=900,00', '--line', '2641=225,00', '--line', '1930=-1 125,00');
k('vat', file, '--period', '2026-Q1');
k('close-month', file, '2026-01');
k('report', 'trial-balance', file);
// The year-end wizard's answers: written with their defaults, the company's details filled in.
const answers = path.join(dir, 'bokslut-svar.json');
k('year-end', file, '--fiscal-year', '2026-01-01', '--write-answers', answers);
const filled = JSON.parse(readFileSync(answers, 'utf8')) as Record<string, Record<string, unknown>>;
Object.assign(filled.company!, { address: 'Storgatan 1', postalCode: '12345', city: 'Storstad', contact: 'Anna Exempel', email: 'anna@example.se', phone: '012-345 67 89' });
Object.assign(filled.annualReport!, { seat: 'Storstad', activity: 'Bolaget bedriver konsultverksamhet inom redovisning.' });
writeFileSync(answers, JSON.stringify(filled, null, 2));
k('year-end', file, '--fiscal-year', '2026-01-01', '--answers', answers, '--dry-run');
k('verify', file);
