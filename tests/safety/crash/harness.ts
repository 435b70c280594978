/**
 * The crash harness: for each scenario, one calibration round that runs the work to the end
 * (measuring how long it takes and checking the finished result), then `kills` rounds that
 * SIGKILL the worker at a seeded random moment inside that span. After every round the books
 * are reopened and checked. Shared by `npm test` (a few dozen kills on small inputs) and
 * scripts/safety/crash.ts (hundreds).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleWorker } from './bundle.js';
import { runRound } from './round.js';
import { makeScenarios, type Sizes, type Scenario } from './scenarios.js';
import { leftovers } from './checks.js';
import { mulberry32 } from '../../support/seeded.js';

export interface CrashOptions extends Sizes {
  seed: number;
  /** Kills per scenario (after its calibration round). */
  kills: number;
  /** Only these scenarios (default all). */
  only?: readonly Scenario['name'][];
  onRound?: (line: string) => void;
}

export interface ScenarioSummary {
  name: string;
  kills: number;
  during: number;
  after: number;
  workMs: number;
  failures: string[];
}

export interface CrashSummary {
  scenarios: ScenarioSummary[];
  /** Kills survived: rounds whose books passed every check. */
  survived: number;
  total: number;
  /** Temp files left beside targets by killed creations. */
  leftovers: number;
}

/** A seeded generator (mulberry32) for the kill moments. */
export const seeded = mulberry32;

export async function runCrashHarness(o: CrashOptions): Promise<CrashSummary> {
  const work = mkdtempSync(path.join(tmpdir(), 'kontera-krasch-'));
  const bundle = await bundleWorker();
  const rnd = seeded(o.seed);
  const out: CrashSummary = { scenarios: [], survived: 0, total: 0, leftovers: 0 };
  try {
    const all = await makeScenarios(work, o);
    for (const sc of all.filter((s) => !o.only || o.only.includes(s.name))) {
      const sum: ScenarioSummary = { name: sc.name, kills: 0, during: 0, after: 0, workMs: 0, failures: [] };
      const calibJob = sc.name === 'post' ? null : sc.job(0);
      const calib = calibJob ? await runRound(bundle.file, calibJob, Infinity) : null;
      if (calib && calibJob) {
        const problems = calib.failed ? [calib.failed] : await sc.check(calibJob, calib);
        if (problems.length) sum.failures.push(`kalibrering: ${problems.join('; ')}`);
        sum.workMs = calib.workMs ?? 0;
      }
      for (let i = 1; i <= o.kills; i++) {
        const span = sc.name === 'post' ? 400 : Math.max(5, sum.workMs * 1.15);
        const delay = Math.floor(rnd() * span);
        const job = sc.job(i);
        const r = await runRound(bundle.file, job, delay);
        const problems = r.failed ? [r.failed] : await sc.check(job, r);
        sum.kills++;
        out.total++;
        if (r.phase === 'during') sum.during++;
        else sum.after++;
        if (problems.length === 0) out.survived++;
        else sum.failures.push(`runda ${i} (${delay} ms, ${r.phase}): ${problems.join('; ')}`);
        o.onRound?.(`${sc.name} ${i}/${o.kills}: dödad efter ${delay} ms (${r.phase === 'during' ? 'mitt i' : 'efter'} arbetet)${problems.length ? ` — FEL: ${problems.join('; ')}` : ' — ok'}`);
      }
      out.scenarios.push(sum);
    }
    out.leftovers = leftovers(work).length;
  } finally {
    bundle.dispose();
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}
