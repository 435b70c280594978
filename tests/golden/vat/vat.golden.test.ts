/**
 * Golden tests of the VAT return on fixture ledgers (tests/fixtures/vat/ledgers). Each ledger states
 * its expected boxes, worked out by hand in its comments; the full rendering (boxes, checks,
 * momsomföring, eSKD file) is compared with tests/golden/vat/expected/*.txt.
 * Regenerate the renderings after a reviewed change with: UPDATE_GOLDEN=1 npx vitest run tests/golden/vat
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOX_IDS } from '../../../shared/domain/vat/boxIds.js';
import { vatReturnFigures } from '../../../shared/domain/vat/boxes.js';
import { canFile, checkVatReturn } from '../../../shared/domain/vat/checks.js';
import { eskdXml } from '../../../shared/domain/vat/eskd.js';
import { readEskd } from '../../../shared/domain/vat/eskdRead.js';
import { settlementLines } from '../../../shared/domain/vat/settlement.js';
import { eskdBytes, eskdText } from '../../../electron/server/vat/eskd-file.js';
import { hasRealdata, realdata } from '../../support/realdata.js';
import { parseDtd, validateAgainstDtd } from '../../unit/vat/dtdCheck.js';
import { codeOf, linesOf, readLedger } from './ledger.js';
import { renderReturn } from './render.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ledgerDir = path.resolve(here, '../../fixtures/vat/ledgers');
const update = process.env.UPDATE_GOLDEN === '1';
const dtd = hasRealdata ? parseDtd(readFileSync(realdata('tax/eskd/eSKDUpload_6p0.dtd'), 'latin1')) : null;

const files = readdirSync(ledgerDir).filter((f) => f.endsWith('.ledger')).sort();

describe.each(files)('%s', (file) => {
  const ledger = readLedger(path.join(ledgerDir, file));
  const name = file.replace(/\.ledger$/, '');

  it.each(ledger.reports.map((r) => [`${r.from}..${r.to}`, r] as const))('return %s', (_label, report) => {
    const lines = linesOf(ledger, report);
    const figures = vatReturnFigures(lines);

    // Every box equals the hand-worked figure (boxes not named are 0).
    const declared = Object.fromEntries(BOX_IDS.map((b) => [b, figures.rounded[b] / 100]));
    const expected = Object.fromEntries(BOX_IDS.map((b) => [b, report.expect[b] ?? 0]));
    expect(declared).toEqual(expected);

    const checks = checkVatReturn(lines, figures);
    expect(checks.map((c) => `${c.severity} ${c.code}${c.account ? ' ' + c.account : ''}`)).toEqual(report.checks);

    // The momsomföring balances and leaves every VAT-coded account at zero for the period.
    const settlement = settlementLines(lines, figures.rounded);
    expect(settlement.reduce((s, l) => s + l.amount, 0)).toBe(0);
    const after = new Map<string, number>();
    for (const l of [...lines, ...settlement]) after.set(l.account, (after.get(l.account) ?? 0) + l.amount);
    for (const [account, balance] of after) {
      const code = codeOf(ledger, account);
      if (code !== null && /^(output|rc-output|import-output|input)/.test(code)) expect([account, balance]).toEqual([account, 0]);
    }

    // The eSKD file, unless an error blocks filing: reads back to the same figures, validates.
    let eskd: string | null = null;
    if (canFile(checks)) {
      const r = eskdXml({ orgNr: ledger.orgNr, lastMonth: report.to, boxes: figures.rounded, ...(ledger.note ? { note: ledger.note } : {}) });
      expect(r.ok ? [] : r.problems).toEqual([]);
      eskd = r.ok ? r.value : '';
      const back = readEskd(eskdText(eskdBytes(eskd)));
      expect(back.ok && back.value.boxes).toEqual(figures.rounded);
      if (dtd) expect(validateAgainstDtd(eskd, dtd, 'eSKDUpload')).toEqual([]);
    }

    const suffix = ledger.reports.length > 1 ? `.${report.from}` : '';
    const goldenFile = path.join(here, 'expected', `${name}${suffix}.txt`);
    const text = renderReturn(name, report.from, report.to, figures, checks, settlement, eskd);
    if (update) writeFileSync(goldenFile, text);
    expect(existsSync(goldenFile), `${goldenFile} missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(text).toBe(readFileSync(goldenFile, 'utf8'));
  });
});
