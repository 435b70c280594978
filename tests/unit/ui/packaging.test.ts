/**
 * Packaging, checked here without Electron: the builder config never ships the bridge, the
 * desktop entry points never import it, and the ABI check refuses a better-sqlite3 built for Node.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { abiOfBinary, checkArtifact, electronAbi, loadsInNode } from '../../../build/native-abi.js';
import { globRe, matches } from '../../support/builderGlobs.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const config = JSON.parse(readFileSync(path.join(ROOT, 'build/electron-builder.json'), 'utf8')) as {
  files: string[]; asarUnpack: string[]; extraResources: { from: string; to: string }[]; afterPack: string;
  win: { target: string[] }; mac: { target: string[] }; linux: { target: string[] }; extraMetadata: { main: string };
};
const NODE_BUILD = path.join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const tmp = mkdtempSync(path.join(tmpdir(), 'kontera-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const packaged = (file: string) => matches(config.files, file);

/** Every module reachable through relative imports from an entry. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const src = readFileSync(entry, 'utf8');
  for (const m of src.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const p = path.resolve(path.dirname(entry), (m[1] as string).replace(/\.js$/, '.ts'));
    if (existsSync(p)) reachable(p, seen);
  }
  return seen;
}

describe('byggkonfigurationen', () => {
  it('paketerar aldrig bryggan eller webbskriptet', () => {
    expect(globRe('dist-electron/**/*').test('dist-electron/main.js')).toBe(true);
    expect(packaged('dist-electron/main.js')).toBe(true);
    expect(packaged('dist-renderer/index.html')).toBe(true);
    for (const f of ['electron/bridge/server.ts', 'electron/bridge/guard.ts', 'scripts/web.ts', 'electron/main/index.ts', 'tests/e2e/ui.e2e.test.ts', 'dist-electron/main.js.map']) {
      expect(packaged(f), f).toBe(false);
    }
    expect(config.files).toContain('!electron/**');
    expect(config.files).toContain('!scripts/**');
  });

  it('bygger skrivbordsprogrammet utan bryggan och webbskriptet (bygget självt, i minnet)', async () => {
    const { bundleDesktop } = await import('../../../build/bundle.js');
    const mods = (await bundleDesktop({ renderer: false, write: false })).map((m) => path.relative(ROOT, m).split(path.sep).join('/'));
    expect(mods).toContain('electron/main/index.ts');
    expect(mods).toContain('electron/main/backend/entry.ts');
    expect(mods).toContain('electron/preload/index.ts');
    expect(mods.filter((m) => m.startsWith('electron/bridge/') || m.startsWith('scripts/'))).toEqual([]);
  });

  it('låter inte skrivbordsprogrammets ingångar nå bryggan', () => {
    for (const entry of ['electron/main/index.ts', 'electron/main/backend/entry.ts', 'electron/preload/index.ts']) {
      const mods = [...reachable(path.join(ROOT, entry))].map((m) => path.relative(ROOT, m));
      expect(mods.length, entry).toBeGreaterThan(0);
      expect(mods.filter((m) => m.startsWith('electron/bridge') || m.startsWith('scripts/')), entry).toEqual([]);
    }
  });

  it('bygger nsis, dmg, AppImage och deb, packar upp OCR-data och wasm ur asar och kontrollerar ABI efter packning', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.extraMetadata.main).toBe('dist-electron/main.js');
    expect(matches(config.asarUnpack, 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm')).toBe(true);
    expect(matches(config.asarUnpack, 'node_modules/tesseract.js/src/worker-script/node/index.js')).toBe(true);
    expect(matches(config.asarUnpack, 'node_modules/@tesseract.js-data/swe/4.0.0_best_int/swe.traineddata.gz')).toBe(true);
    expect(config.extraResources.map((r) => r.to)).toEqual(['traineddata', 'traineddata']);
    for (const r of config.extraResources) expect(existsSync(path.join(ROOT, r.from)), r.from).toBe(true);
    expect(existsSync(path.join(ROOT, config.afterPack))).toBe(true);
  });
});

describe('ABI-kontrollen av better-sqlite3', () => {
  it('läser ABI ur Node-bygget här (115) och vet att Electron vill ha något annat', () => {
    expect(abiOfBinary(readFileSync(NODE_BUILD))).toBe(Number(process.versions.modules));
    expect(electronAbi(ROOT)).not.toBe(Number(process.versions.modules));
    expect(loadsInNode(NODE_BUILD)).toBe(true);
  });

  it('avvisar en artefakt vars better-sqlite3 är byggd för Node, och godtar en byggd för Electron', () => {
    const app = path.join(tmp, 'linux-unpacked/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release');
    mkdirSync(app, { recursive: true });
    copyFileSync(NODE_BUILD, path.join(app, 'better_sqlite3.node'));
    const abi = electronAbi(ROOT);
    const bad = checkArtifact(path.join(tmp, 'linux-unpacked'), abi);
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]).toContain(`byggd för ABI ${process.versions.modules} (Node 20), men Electron behöver ABI ${abi}`);

    const good = path.join(tmp, 'good/better_sqlite3.node');
    mkdirSync(path.dirname(good));
    writeFileSync(good, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.from(`\0node_register_module_v${abi}\0`, 'latin1')]));
    expect(checkArtifact(good, abi)).toMatchObject({ ok: true, checked: [{ abi }] });
    expect(checkArtifact(path.join(tmp, 'tom'), abi).problems[0]).toContain('Ingen better_sqlite3.node');
  });

  it('avvisar via kommandoraden med felkod 1 och en svensk förklaring', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'build/check-native-abi.ts'), NODE_BUILD], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('men Electron behöver ABI');
    const ok = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'build/check-native-abi.ts'), NODE_BUILD, '--abi', process.versions.modules], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
  });
});
