#!/usr/bin/env node
// The `kontera` command: runs the compiled CLI (npm install builds it; `npm run build:node` rebuilds).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = path.join(root, 'dist/electron/cli/bin.js');
if (!existsSync(compiled)) {
  process.stderr.write('FEL internal: Kontera är inte byggt. Kör "npm run build:node" i projektmappen.\n');
  process.exit(3);
}
await import(compiled);
