/**
 * Seeded fuzz of the parsers with time measured per input:
 *
 *   node --import tsx scripts/safety/fuzz.ts [--count 2000] [--seed 1] [--limit-ms 2000]
 *
 * Runs `count` mutated fixture files through the SIE reader and the bank reader, `count × 5`
 * random strings through the amount parsers, `count` mutated receipt texts through the
 * receipt-text parser and the receipt amount parser, and the full-size nasty files (4 MB line, deep XML,
 * binary, images) through both readers. Prints, per target, how many inputs were accepted and
 * refused, any exception, the median and slowest time; exit 1 on an unexpected exception, an
 * unclear error or an input slower than --limit-ms (a hang, for a user).
 */
import { parseArgs } from 'node:util';
import { fixtures, mutate, nastyFiles, rng } from '../../tests/safety/fuzz/inputs.js';
import { sieTarget, bankTarget, amountTarget, receiptTarget, RECEIPT_LINES, unexpectedThrow, type Outcome, type Target } from '../../tests/safety/fuzz/targets.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' }, 'limit-ms': { type: 'string', default: '2000' } } });
const count = Number(values.count);
const limit = Number(values['limit-ms']);
const rnd = rng(Number(values.seed));
type T = Target;
interface Stat { n: number; accepted: number; refused: number; known: number; bad: string[]; times: number[]; slowest: { ms: number; what: string } }
const stats = new Map<T, Stat>();
const stat = (t: T) => stats.get(t) ?? (stats.set(t, { n: 0, accepted: 0, refused: 0, known: 0, bad: [], times: [], slowest: { ms: 0, what: '' } }), stats.get(t)!);

async function one(t: T, what: string, run: () => Outcome | Promise<Outcome>): Promise<void> {
  const s = stat(t);
  const start = performance.now();
  const o = await run();
  const ms = performance.now() - start;
  s.n++;
  s.times.push(ms);
  if (ms > s.slowest.ms) s.slowest = { ms, what };
  if (o.accepted) s.accepted++;
  else s.refused++;
  const thrown = unexpectedThrow(t, o);
  if (o.thrown !== undefined && !thrown) s.known++;
  if (thrown) s.bad.push(`${what}: kastade ${thrown}`);
  for (const u of o.unclear) s.bad.push(`${what}: ${u}`);
  if (ms > limit) s.bad.push(`${what}: ${ms.toFixed(0)} ms (över ${limit} ms)`);
}

const sie = fixtures('sie');
const bank = fixtures('bank');
for (let i = 0; i < count; i++) {
  const f = sie[i % sie.length]!;
  const b = mutate(f.bytes, rnd);
  await one('sie', `SIE ${f.name} mutation ${i} (${b.length} byte)`, () => sieTarget(b));
  const g = bank[i % bank.length]!;
  const c = mutate(g.bytes, rnd);
  await one('bank', `bank ${g.name} mutation ${i} (${c.length} byte)`, () => bankTarget(c));
}
const chars = ' 0123456789,.-\u2212+\u00a0\u202fe#a';
for (let i = 0; i < count * 5; i++) {
  const len = Math.floor(rnd() * 24);
  const s = Array.from({ length: len }, () => chars[Math.floor(rnd() * chars.length)]).join('');
  await one('amount', `belopp ${JSON.stringify(s)}`, () => amountTarget(s));
}
for (let i = 0; i < count; i++) {
  const n = 1 + Math.floor(rnd() * 14);
  const text = Array.from({ length: n }, () => RECEIPT_LINES[Math.floor(rnd() * RECEIPT_LINES.length)]!).join('\n');
  const m = new TextDecoder().decode(mutate(Buffer.from(text), rnd));
  await one('receipt', `kvittotext mutation ${i} (${m.length} tecken)`, () => receiptTarget(m));
}
for (const f of nastyFiles(rnd, true)) {
  await one('receipt', `kvitto elak fil: ${f.name}`, () => receiptTarget(new TextDecoder().decode(f.bytes)));
  await one('sie', `SIE elak fil: ${f.name}`, () => sieTarget(f.bytes));
  await one('bank', `bank elak fil: ${f.name}`, () => bankTarget(f.bytes));
}

let bad = 0;
console.log('Mål     indata  godtagna  vägrade  kända kast  median ms  långsammast');
for (const [t, s] of stats) {
  s.times.sort((a, b) => a - b);
  const med = s.times[Math.floor(s.times.length / 2)] ?? 0;
  console.log(`${t.padEnd(7)} ${String(s.n).padStart(6)} ${String(s.accepted).padStart(9)} ${String(s.refused).padStart(8)} ${String(s.known).padStart(11)} ${med.toFixed(2).padStart(10)}  ${s.slowest.ms.toFixed(0)} ms: ${s.slowest.what}`);
  for (const b of s.bad.slice(0, 20)) console.log(`  FEL ${b}`);
  bad += s.bad.length;
}
console.log(`\n${[...stats.values()].reduce((n, s) => n + s.n, 0)} indata, ${bad} fel (frö ${values.seed}).`);
process.exitCode = bad === 0 ? 0 : 1;
