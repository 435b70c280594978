/**
 * The long crash run: hundreds of SIGKILLs at seeded moments during posting, SIE import, company
 * creation, bank import, backup, encryption and receipt archiving, each followed by reopening and verifying the books.
 *
 *   node --import tsx scripts/safety/crash.ts [--kills 60] [--seed 1] [--sie 3000] [--only post,sie-import,receipt]
 *
 * Prints one line per kill and how many kills the books survived; exit 1 if any did not.
 */
import { parseArgs } from 'node:util';
import { runCrashHarness } from '../../tests/safety/crash/harness.js';
import type { Scenario } from '../../tests/safety/crash/scenarios.js';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '60' }, seed: { type: 'string', default: '1' }, sie: { type: 'string', default: '3000' }, only: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
const started = performance.now();
const s = await runCrashHarness({
  seed: Number(values.seed), kills: Number(values.kills), sieVouchers: Number(values.sie),
  ...(values.only ? { only: values.only.split(',') as Scenario['name'][] } : {}),
  onRound: (l) => { if (!values.quiet) console.log(l); },
});
console.log('\nSkrivtyp       dödningar  mitt i  efter  arbetstid');
for (const x of s.scenarios) console.log(`${x.name.padEnd(14)} ${String(x.kills).padStart(9)} ${String(x.during).padStart(7)} ${String(x.after).padStart(6)} ${x.workMs.toFixed(0).padStart(7)} ms`);
for (const x of s.scenarios) for (const f of x.failures) console.log(`FEL ${x.name}: ${f}`);
console.log(`\nÖverlevde ${s.survived} av ${s.total} dödningar (frö ${values.seed}, ${((performance.now() - started) / 1000).toFixed(0)} s). Kvarlämnade temporära filer från avbrutna skapanden: ${s.leftovers}.`);
process.exitCode = s.survived === s.total ? 0 : 1;
