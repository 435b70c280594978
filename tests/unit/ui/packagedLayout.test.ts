/**
 * The packaged program's layout, simulated under Node: tesseract.js's worker thread and everything
 * it loads must come out of app.asar (asarUnpack), its start path must point at the unpacked copy,
 * and the traineddata must be found in resources/traineddata (extraResources), never fetched.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { matches } from '../../support/builderGlobs.js';
import { tesseractWorkerPath, unpackedPath } from '../../../electron/ocr/packagedPaths.js';
import { traineddataDir } from '../../../electron/ocr/traineddata.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const config = JSON.parse(readFileSync(path.join(ROOT, 'build/electron-builder.json'), 'utf8')) as {
  asarUnpack: string[]; extraResources: { from: string; to: string; filter: string[] }[];
};
const tmp = mkdtempSync(path.join(tmpdir(), 'kontera-layout-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BUILTIN = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Every file the CommonJS worker script loads, followed through require() as Node resolves it. */
function requireClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !entry.endsWith('.js')) return seen;
  seen.add(entry);
  const req = createRequire(entry);
  for (const m of readFileSync(entry, 'utf8').matchAll(/require\(\s*'([^']+)'\s*\)/g)) {
    const spec = m[1] as string;
    if (BUILTIN.has(spec)) continue;
    let resolved: string;
    try {
      resolved = req.resolve(spec);
    } catch {
      continue; // optional requires behind environment checks (browser builds)
    }
    requireClosure(resolved, seen);
  }
  return seen;
}

describe('det paketerade programmet', () => {
  it('packar upp tesseract.js arbetstråd och allt den läser in ur asar', () => {
    // Relative to node_modules as it really is (it may be a link), as electron-builder lays it out.
    const nm = realpathSync(path.join(ROOT, 'node_modules'));
    const files = [...requireClosure(realpathSync(tesseractWorkerPath()))].map((f) => `node_modules/${path.relative(nm, realpathSync(f)).split(path.sep).join('/')}`);
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain('node_modules/tesseract.js/src/worker-script/node/index.js');
    expect(files.some((f) => f.startsWith('node_modules/tesseract.js-core/'))).toBe(true);
    expect(files.filter((f) => !matches(config.asarUnpack, f))).toEqual([]);
    expect(matches(config.asarUnpack, 'node_modules/tesseract.js-core/tesseract-core-lstm.wasm')).toBe(true);
    expect(matches(config.asarUnpack, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(matches(config.asarUnpack, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node')).toBe(true);
  });

  it('startar arbetstråden från den uppackade kopian', () => {
    const inAsar = path.join('/opt/Kontera/resources/app.asar', 'node_modules/tesseract.js/src/worker-script/node/index.js');
    expect(unpackedPath(inAsar)).toBe(path.join('/opt/Kontera/resources/app.asar.unpacked', 'node_modules/tesseract.js/src/worker-script/node/index.js'));
    expect(unpackedPath('/home/a/app.asar.unpacked/x.js')).toBe('/home/a/app.asar.unpacked/x.js');
    expect(unpackedPath(path.join(ROOT, 'node_modules/x.js'))).toBe(path.join(ROOT, 'node_modules/x.js'));
  });

  it('hittar språkdata i resources/traineddata som extraResources lägger dit', () => {
    const resources = path.join(tmp, 'resources');
    const target = path.join(resources, 'traineddata');
    mkdirSync(target, { recursive: true });
    for (const r of config.extraResources) {
      expect(r.to).toBe('traineddata');
      for (const lang of ['swe', 'eng']) {
        const src = path.join(ROOT, r.from, `${lang}.traineddata.gz`);
        if (r.from.includes(`/${lang}/`)) copyFileSync(src, path.join(target, `${lang}.traineddata.gz`));
      }
    }
    const proc = process as { resourcesPath?: string };
    const before = proc.resourcesPath;
    const env = process.env.KONTERA_TRAINEDDATA;
    delete process.env.KONTERA_TRAINEDDATA;
    proc.resourcesPath = resources;
    try {
      expect(traineddataDir(path.join(tmp, 'cache'))).toBe(target);
    } finally {
      if (before === undefined) delete proc.resourcesPath;
      else proc.resourcesPath = before;
      if (env !== undefined) process.env.KONTERA_TRAINEDDATA = env;
    }
  });
});
