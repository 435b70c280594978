/**
 * Runs the real `kontera` CLI as a child process, for integration tests.
 *
 * Which build runs (resolved once per test process):
 * - `KONTERA_TEST_CLI=dist|tsx` forces one;
 * - the bundled dist/cli/kontera.mjs (else dist/electron/cli/bin.js) when it is newer than every
 *   source file (`npm test` builds first);
 * - otherwise a private build in os.tmpdir() keyed by the sources' fingerprint, shared between
 *   parallel test workers through a lock directory (dist/ itself is never touched);
 * - `node --import tsx electron/cli/bin.ts` if that build fails (slow: ~1.8 s per call).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_DIRS = ['electron', 'shared', 'migrations'];
const BUILD_PREFIX = 'kontera-cli-build-';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunner {
  kind: 'dist' | 'tmp-build' | 'tsx';
  /** Runs `kontera ...args`; `env` is added to the parent's environment; `stdin` is piped in (else none). */
  run(args: string[], env?: Record<string, string>, stdin?: string): Promise<CliResult>;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((d) => (existsSync(path.join(ROOT, d)) ? sources(path.join(ROOT, d)) : [])).sort();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds (or waits for another worker's build of) the current sources into a temp folder. */
function tmpBuild(files: string[]): string | null {
  const hash = createHash('sha1');
  for (const f of files) {
    const s = statSync(f);
    hash.update(`${f}\0${s.mtimeMs}\0${s.size}\n`);
  }
  const dir = path.join(tmpdir(), `${BUILD_PREFIX}${hash.digest('hex').slice(0, 16)}`);
  const bin = path.join(dir, 'electron/cli/bin.js');
  const done = path.join(dir, '.done');
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 100_000;
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) return null;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      sleep(200);
      continue;
    }
    try {
      if (existsSync(done)) break;
      pruneOldBuilds(dir);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
      const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
      // Type errors in other in-progress files do not stop tsc from emitting; the bin is what counts.
      spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', dir], { cwd: ROOT, stdio: 'ignore' });
      if (!existsSync(bin)) return null;
      writeFileSync(done, new Date().toISOString());
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return bin;
}

/** Removes earlier private builds older than ten minutes, so at most a few stay in tmp. */
function pruneOldBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const p = path.join(tmpdir(), name);
    if (!name.startsWith(BUILD_PREFIX) || p === keep || name.endsWith('.lock')) continue;
    const s = statSync(p, { throwIfNoEntry: false });
    if (s && Date.now() - s.mtimeMs > 600_000) rmSync(p, { recursive: true, force: true });
  }
}

function resolveCommand(): { kind: CliRunner['kind']; argv: string[] } {
  const bundle = path.join(ROOT, 'dist/cli/kontera.mjs');
  const dist = existsSync(bundle) ? bundle : path.join(ROOT, 'dist/electron/cli/bin.js');
  const tsx = { kind: 'tsx' as const, argv: ['--import', 'tsx', path.join(ROOT, 'electron/cli/bin.ts')] };
  const forced = process.env.KONTERA_TEST_CLI;
  if (forced === 'tsx') return tsx;
  if (forced === 'dist') return { kind: 'dist', argv: [dist] };
  const files = sourceFiles();
  if (existsSync(dist)) {
    const built = statSync(dist).mtimeMs;
    if (files.every((f) => statSync(f).mtimeMs <= built)) return { kind: 'dist', argv: [dist] };
  }
  const bin = tmpBuild(files);
  return bin ? { kind: 'tmp-build', argv: [bin] } : tsx;
}

let cached: CliRunner | undefined;

/** The CLI runner for this test process (resolves and, if needed, builds on first use). */
export function cliRunner(): CliRunner {
  if (cached) return cached;
  const { kind, argv } = resolveCommand();
  cached = {
    kind,
    run(args, env = {}, stdin) {
      return new Promise((resolve, reject) => {
        const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...env };
        delete childEnv.NODE_OPTIONS;
        const child = spawn(process.execPath, [...argv, ...args], { cwd: ROOT, env: childEnv, stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        if (stdin !== undefined) child.stdin?.end(stdin);
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout?.on('data', (b: Buffer) => out.push(b));
        child.stderr?.on('data', (b: Buffer) => err.push(b));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
      });
    },
  };
  return cached;
}

/** The single JSON document a `--json` call printed on stdout. */
export function jsonOut<T = any>(r: CliResult): T {
  const text = r.stdout.trim();
  if (!text) throw new Error(`no JSON on stdout (exit ${r.code}); stderr: ${r.stderr}`);
  return JSON.parse(text) as T;
}

/** A fresh temp folder and its removal. */
export function cliTempDir(): { dir: string; file(name?: string): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kontera-cli-'));
  return { dir, file: (name = 'bolag.kontera') => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Arguments of `kontera new` for a test AB (Luhn-valid orgnr), calendar year `year`. */
export function newAbArgs(file: string, year = 2026): string[] {
  return ['new', file, '--name', 'Testbolaget AB', '--orgnr', '556000-0167', '--form', 'AB',
    '--fiscal-year', `${year}-01-01..${year}-12-31`, '--vat-period', 'quarter'];
}

/** `--line` arguments from `ACCT=AMOUNT` specs. */
export function lineArgs(...specs: string[]): string[] {
  return specs.flatMap((s) => ['--line', s]);
}
