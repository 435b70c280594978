/**
 * `node --import tsx build/check-native-abi.ts <unpacked-app-dir | file.node> [--abi N]`
 * Exit 0 when every better-sqlite3 binary is built for Electron's ABI, 1 (with the reason, in
 * Swedish) otherwise. Run by electron-builder's afterPack hook, so a wrong artifact is refused.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArtifact, electronAbi } from './native-abi.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const target = args.find((a) => !a.startsWith('--'));
const abiFlag = args.indexOf('--abi');
if (!target) {
  process.stderr.write('Ange en uppackad app-mapp eller en .node-fil.\n');
  process.exit(2);
}
const expected = abiFlag >= 0 ? Number(args[abiFlag + 1]) : electronAbi(root);
const v = checkArtifact(path.resolve(target), expected);
for (const c of v.checked) process.stdout.write(`${c.file}: ABI ${c.abi ?? 'okänt'}\n`);
if (!v.ok) {
  for (const p of v.problems) process.stderr.write(`FEL: ${p}\n`);
  process.exit(1);
}
process.stdout.write(`OK: better-sqlite3 är byggd för Electron (ABI ${expected}).\n`);
