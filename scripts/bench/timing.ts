import { spawnSync } from 'node:child_process';

/** Median wall time in ms of `runs` calls. */
export async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** Median wall time of a whole process; null when the program is not installed. */
export async function processMedian(runs: number, cmd: string, args: string[]): Promise<number | null> {
  const probe = spawnSync(cmd, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return null;
  return median(runs, () => spawnSync(cmd, args, { stdio: 'ignore' }));
}

export function line(label: string, ms: number | null, base?: number | null, target?: string): string {
  if (ms === null) return `${label.padEnd(58)} (ej installerat)`;
  const ratio = base ? `  ${(ms / base).toFixed(2)}×` : '';
  return `${label.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms${ratio}${target ? `   (mål ${target})` : ''}`;
}
