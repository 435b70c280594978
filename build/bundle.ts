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

export interface BundleOptions { renderer?: boolean }

export async function bundleDesktop(o: BundleOptions = {}): Promise<void> {
  if (o.renderer !== false) await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  await build({
    configFile: false, root, logLevel: 'warn',
    build: {
      outDir, emptyOutDir: true, target: 'node22', minify: false, sourcemap: false, ssr: true,
      rollupOptions: {
        input: { main: path.join(root, 'electron/main/index.ts'), backend: path.join(root, 'electron/main/backend/entry.ts') },
        external: isExternal,
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  await build({
    configFile: false, root, logLevel: 'warn',
    build: {
      outDir, emptyOutDir: false, target: 'node22', minify: false, sourcemap: false, ssr: true,
      rollupOptions: {
        input: { preload: path.join(root, 'electron/preload/index.ts') },
        external: isExternal,
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  await bundleDesktop({ renderer: !process.argv.includes('--no-renderer') });
  process.stdout.write(`Byggt: dist-renderer/ och dist-electron/ (main.js, backend.js, preload.cjs) på ${((Date.now() - t) / 1000).toFixed(1)} s.\n`);
}
