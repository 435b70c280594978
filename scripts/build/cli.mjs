// Bundles the `kontera` command line into one ESM file (dist/cli/kontera.mjs): one file loads far
// faster than hundreds of modules, which matters for a CLI that scripts start again and again.
// Native and heavy optional packages stay external and are loaded only when a command needs them.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/cli/bin.ts'],
  outfile: 'dist/cli/kontera.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  external: ['better-sqlite3', 'exceljs', 'tesseract.js', 'pdfjs-dist', 'electron'],
  banner: { js: "import { createRequire as __kcr } from 'node:module'; const require = __kcr(import.meta.url);" },
  logLevel: 'warning',
});
