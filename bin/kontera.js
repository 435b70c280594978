#!/usr/bin/env node
// The `kontera` command: runs the bundled CLI (npm install builds it; `npm run build:node` rebuilds).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [path.join(root, 'dist/cli/kontera.mjs'), path.join(root, 'dist/electron/cli/bin.js')];
const entry = candidates.find((f) => existsSync(f));
if (!entry) {
  process.stderr.write('FEL internal: Kontera är inte byggt. Kör "npm run build:node" i projektmappen.\n');
  process.exit(3);
}
await import(pathToFileURL(entry).href);
