/**
 * `npm run build`: bundles the desktop program here (no Electron binary needed):
 * dist-renderer/ (the UI), dist-electron/main.js (main process, ESM), dist-electron/backend.js
 * (the utility process running dispatch), dist-electron/preload.cjs (sandboxed preloads are CommonJS).
 * Native and runtime dependencies stay external: electron-builder ships them from node_modules.
 */
import path from 'node:path';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist-electron');

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const runtimeDeps = Object.keys(pkg.dependencies ?? {});
const builtins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** True for what must not be bundled: electron, Node built-ins, runtime dependencies. */
export function isExternal(id: string): boolean {
  if (id === 'electron' || builtins.includes(id)) return true;
  return runtimeDeps.some((d) => id === d || id.startsWith(`${d}/`));
}

export interface BundleOptions {
  renderer?: boolean;
  /** false: bundle in memory only (the packaging test reads which modules went in). */
  write?: boolean;
}

type Output = { output: { type: string; moduleIds?: string[] }[] };

/** The source modules each desktop bundle holds, from rollup's output. */
function moduleIdsOf(results: unknown[]): string[] {
  const outs = results.flatMap((r) => (Array.isArray(r) ? r : [r])) as Output[];
  return outs.flatMap((o) => o.output.flatMap((c) => (c.type === 'chunk' ? c.moduleIds ?? [] : [])));
}

/** Builds the desktop bundles; returns the source modules they contain. */
export async function bundleDesktop(o: BundleOptions = {}): Promise<string[]> {
  const write = o.write !== false;
  if (o.renderer !== false) await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  const main = await build({
    configFile: false, root, logLevel: 'warn',
    build: {
      outDir, emptyOutDir: write, write, target: 'node22', minify: false, sourcemap: false, ssr: true,
      rollupOptions: {
        input: { main: path.join(root, 'electron/main/index.ts'), backend: path.join(root, 'electron/main/backend/entry.ts') },
        external: isExternal,
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  const preload = await build({
    configFile: false, root, logLevel: 'warn',
    build: {
      outDir, emptyOutDir: false, write, target: 'node22', minify: false, sourcemap: false, ssr: true,
      rollupOptions: {
        input: { preload: path.join(root, 'electron/preload/index.ts') },
        external: isExternal,
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  });
  return moduleIdsOf([main, preload]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  await bundleDesktop({ renderer: !process.argv.includes('--no-renderer') });
  process.stdout.write(`Byggt: dist-renderer/ och dist-electron/ (main.js, backend.js, preload.cjs) på ${((Date.now() - t) / 1000).toFixed(1)} s.\n`);
}
