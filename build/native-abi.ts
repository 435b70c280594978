/**
 * Refuses a packaged app whose better-sqlite3 binary was not built for Electron's ABI. It would
 * pass every test under Node and then fail to load at the user's first start (tech notes §6–7:
 * electron-builder's rebuild can "succeed" against Node's headers).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const MARK = Buffer.from('node_register_module_v', 'latin1');

/** The ABI (NODE_MODULE_VERSION) a native module was built for, read from its exported `node_register_module_v<ABI>` symbol. */
export function abiOfBinary(bytes: Buffer): number | null {
  for (let i = bytes.indexOf(MARK); i >= 0; i = bytes.indexOf(MARK, i + 1)) {
    let j = i + MARK.length;
    let digits = '';
    while (j < bytes.length && digits.length < 5 && bytes[j]! >= 0x30 && bytes[j]! <= 0x39) digits += String.fromCharCode(bytes[j++]!);
    if (digits) return Number(digits);
  }
  return null;
}

/** Electron's ABI as the installed `electron` package states it (node_modules/electron/abi_version). */
export function electronAbi(root: string): number {
  return Number(readFileSync(path.join(root, 'node_modules/electron/abi_version'), 'utf8').trim());
}

/** True when the module loads in this plain Node: then it is a Node build, not an Electron one. */
export function loadsInNode(file: string): boolean {
  const r = spawnSync(process.execPath, ['-e', 'require(process.argv[1])', file], { stdio: 'ignore', timeout: 30_000 });
  return r.status === 0;
}

export function findNativeModules(dir: string, name = 'better_sqlite3.node'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === name) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const NODE_OF_ABI: Record<number, string> = { 108: 'Node 18', 115: 'Node 20', 127: 'Node 22', 137: 'Node 24' };

export interface AbiVerdict { ok: boolean; checked: { file: string; abi: number | null }[]; problems: string[] }

/** Checks every better-sqlite3 binary under an artifact (an unpacked app folder or one .node file). */
export function checkArtifact(target: string, expectedAbi: number): AbiVerdict {
  const files = target.endsWith('.node') ? [target] : findNativeModules(target);
  const v: AbiVerdict = { ok: true, checked: [], problems: [] };
  if (files.length === 0) v.problems.push(`Ingen better_sqlite3.node hittades under ${target}. Artefakten kan inte öppna någon företagsfil.`);
  for (const file of files) {
    const abi = abiOfBinary(readFileSync(file));
    v.checked.push({ file, abi });
    if (abi === null) {
      if (loadsInNode(file)) v.problems.push(`${file} laddas i Node ${process.versions.node} (ABI ${process.versions.modules}) och är alltså inte byggd för Electron (ABI ${expectedAbi}).`);
      else v.problems.push(`${file}: ABI kunde inte läsas ur filen. Bygg om better-sqlite3 för Electron och kontrollera igen.`);
    } else if (abi !== expectedAbi) {
      const node = NODE_OF_ABI[abi] ? ` (${NODE_OF_ABI[abi]})` : '';
      v.problems.push(`${file} är byggd för ABI ${abi}${node}, men Electron behöver ABI ${expectedAbi}. Bygg om med @electron/rebuild på en dator med internet.`);
    }
  }
  v.ok = v.problems.length === 0;
  return v;
}
