import { describe, it, expect, afterEach } from 'vitest';
import { spawn, fork } from 'node:child_process';
import { newCompany, type TestCompany } from '../../support/company.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

const POSTER = 'tests/support/poster.ts';

function runPoster(file: string, n: number, label: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', POSTER, file, String(n), label], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += String(d)));
    p.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('two processes on one file', () => {
  it('posting 2 × 200 vouchers at once yields A1–A400 and verify ok', async () => {
    c = await newCompany();
    await c.call('company.close', {});
    const [a, b] = await Promise.all([runPoster(c.file, 200, 'p1'), runPoster(c.file, 200, 'p2')]);
    expect(a).toEqual({ code: 0, stderr: '' });
    expect(b).toEqual({ code: 0, stderr: '' });
    await c.call('company.open', { path: c.file });
    const list = await c.call('vouchers.list', { offset: 0, limit: 1000 });
    expect(list.total).toBe(400);
    expect(list.rows.map((r) => r.ref).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)))).toEqual(Array.from({ length: 400 }, (_, i) => `A${i + 1}`));
    expect(new Set(list.rows.map((r) => r.text)).size).toBe(400);
    const v = await c.call('verify', {});
    expect(v).toMatchObject({ ok: true, vouchers: 400, problems: [] });
  });

  it('a process killed with SIGKILL while posting leaves whole vouchers only (case C9)', async () => {
    c = await newCompany();
    await c.call('company.close', {});
    const child = fork(POSTER, [c.file, '100000', 'kill'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    await new Promise<void>((resolve) => child.on('message', (i) => { if (Number(i) >= 25) resolve(); }));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    await c.call('company.open', { path: c.file });
    const v = await c.call('verify', {});
    expect(v.ok).toBe(true);
    expect(v.vouchers).toBeGreaterThanOrEqual(25);
    expect(c.session.db?.raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const next = await c.post(`2026-03-06 A "Efter krasch"\n  6110 1\n  1930 -1\n`);
    expect(next[0]?.number).toBe(v.vouchers + 1);
  });
});
