/**
 * Browser mode: `npm run web -- --port N [--company <file>] [--dir <folder>]` builds the renderer
 * when it is missing or older than its sources, starts the 127.0.0.1 bridge and prints the full
 * address (with the per-run token) as the FIRST line of stdout. Everything else goes to stderr.
 *
 * `npm start` runs this with `--desktop`: it builds and starts the Electron program when the
 * Electron binary is installed, and otherwise says so in one line and serves browser mode.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBridge } from '../electron/bridge/server.js';
import { dispatch } from '../electron/server/dispatch.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = path.join(root, 'dist-renderer');

interface Args { port: number; company: string | null; dir: string | null; desktop: boolean; rebuild: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { port: 5174, company: null, dir: null, desktop: false, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) fail(`${k} behöver ett värde.`);
      return v;
    };
    if (k === '--port') a.port = Number(next());
    else if (k === '--company') a.company = path.resolve(next());
    else if (k === '--dir') a.dir = path.resolve(next());
    else if (k === '--desktop') a.desktop = true;
    else if (k === '--rebuild') a.rebuild = true;
    else fail(`Okänd flagga: ${k}. Använd --port N, --company <fil>, --dir <mapp>.`);
  }
  if (!Number.isInteger(a.port) || a.port < 0 || a.port > 65535) fail('--port ska vara ett portnummer (0–65535).');
  return a;
}

function fail(msg: string): never {
  process.stderr.write(`FEL: ${msg}\n`);
  process.exit(2);
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when dist-renderer is missing or older than renderer/ or shared/. */
function rendererIsStale(): boolean {
  const index = path.join(rendererDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return newest(path.join(root, 'renderer')) > built || newest(path.join(root, 'shared')) > built;
}

async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  process.stderr.write('Bygger gränssnittet …\n');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

/**
 * The installed Electron executable, or null. Read the way the `electron` package does, but
 * never through its index.js, which tries to download a missing binary.
 */
function electronBinary(): string | null {
  try {
    const pkg = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const rel = readFileSync(pathFile, 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist');
    const bin = path.join(dist, rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

async function desktop(bin: string, args: Args): Promise<void> {
  const { bundleDesktop } = await import('../build/bundle.js');
  await bundleDesktop({ renderer: false });
  const child = spawn(bin, [path.join(root, 'dist-electron', 'main.js'), ...(args.company ? [args.company] : [])], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.rebuild || rendererIsStale()) await buildRenderer();
  if (args.desktop) {
    const bin = electronBinary();
    if (bin) return desktop(bin, args);
    process.stderr.write('Electron-programmet är inte installerat på den här datorn; Kontera startar i webbläsarläge i stället.\n');
  }
  const bridge = await startBridge({ port: args.port, rendererDir, defaultDir: args.dir ?? process.cwd() });
  process.stdout.write(`${bridge.url}\n`);
  if (args.company) {
    const r = await dispatch(bridge.session, 'company.open', { path: args.company });
    if (!r.ok) process.stderr.write(`FEL: ${r.error.message}\n`);
    else process.stderr.write(`Öppnade ${r.value.name} (${r.value.file}).\n`);
  }
  process.stderr.write('Kontera körs i webbläsarläge. Avsluta med Ctrl+C.\n');
  const stop = () => void bridge.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
