/**
 * The fixture ledgers posted into real temp companies and reported through dispatch: the backend's
 * rendering (boxes, checks, momsomföring preview, eSKD file) must equal the reviewed golden text of
 * the pure domain (tests/golden/vat/expected), the eSKD file must pass the DTD (xmllint when
 * installed, else tests/unit/vat/dtdCheck.ts), and booking must post exactly the previewed
 * momsomföring and leave the period's report unchanged (the settlement voucher is left out).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOX_IDS } from '../../../shared/domain/vat/boxIds.js';
import type { BoxAmounts } from '../../../shared/domain/vat/boxes.js';
import type { VatCheck } from '../../../shared/domain/vat/checks.js';
import { parseIdentity } from '../../../shared/domain/identity/identity.js';
import type { IsoMonth } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { eskdBytes } from '../../../electron/server/vat/eskd-file.js';
import { hasRealdata, realdata } from '../../support/realdata.js';
import { parseDtd, validateAgainstDtd } from '../../unit/vat/dtdCheck.js';
import { readLedger } from './ledger.js';
import { renderReturn } from './render.js';
import { periodLabel, postFixture, vatCompany, xmllint } from '../../integration/vat/company.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ledgerDir = path.resolve(here, '../../fixtures/vat/ledgers');
const dtdPath = hasRealdata ? realdata('tax/eskd/eSKDUpload_6p0.dtd') : null;
const dtd = dtdPath ? parseDtd(readFileSync(dtdPath, 'latin1')) : null;
const files = readdirSync(ledgerDir).filter((f) => f.endsWith('.ledger')).sort();

const toOre = (m: Record<string, number>, factor: number) => Object.fromEntries(BOX_IDS.map((b) => [b, ore((m[b] ?? 0) * factor)])) as BoxAmounts;

describe.each(files)('%s through dispatch', (file) => {
  const ledger = readLedger(path.join(ledgerDir, file));
  const name = file.replace(/\.ledger$/, '');

  it('reports, files and books every period exactly as the golden text says', async () => {
    const year = ledger.vouchers[0]?.date.slice(0, 4) ?? '2026';
    const id = parseIdentity(ledger.orgNr);
    const c = await vatCompany({
      identity: ledger.orgNr, form: id.ok && id.value.kind === 'orgnr' ? 'AB' : 'EF',
      fiscalYear: { start: `${year}-01-01`, end: `${year}-12-31` },
      vatPeriod: ledger.reports.every((r) => r.from === r.to) ? 'month' : 'quarter',
    });
    try {
      await postFixture(c, ledger);
      for (const report of ledger.reports) {
        const period = periodLabel(report.from, report.to);
        const r = await c.call('vat.report', { period });
        expect(r.boxes).toEqual(Object.fromEntries(BOX_IDS.map((b) => [b, report.expect[b] ?? 0])));
        expect(r.checks.map((x) => `${x.severity} ${x.code}${x.account ? ' ' + x.account : ''}`)).toEqual(report.checks);

        const eskd = r.canFile ? await c.call('vat.eskd', { period, ...(ledger.note ? { note: ledger.note } : {}) }) : null;
        const text = renderReturn(name, report.from as IsoMonth, report.to as IsoMonth, { exact: toOre(r.exact, 1), rounded: toOre(r.boxes, 100) },
          r.checks as VatCheck[], r.settlement.map((l) => ({ account: l.account, amount: ore(l.amount) })), eskd?.text ?? null);
        const suffix = ledger.reports.length > 1 ? `.${report.from}` : '';
        expect(text).toBe(readFileSync(path.join(here, 'expected', `${name}${suffix}.txt`), 'utf8'));

        if (eskd && dtd && dtdPath) {
          expect(validateAgainstDtd(eskd.text, dtd, 'eSKDUpload')).toEqual([]);
          const lint = xmllint(eskdBytes(eskd.text), dtdPath);
          if (lint) expect(lint).toEqual([]);
        }

        const booked = await c.raw('vat.book', { period });
        if (!r.canFile) {
          expect(booked.ok === false && booked.error.code).toBe('vat-checks-failed');
          expect((await c.raw('vat.eskd', { period })).ok).toBe(false);
          continue;
        }
        if (!booked.ok) throw new Error(booked.error.message);
        expect(booked.value.voucher?.lines.map((l) => ({ account: l.account, amount: l.amount })) ?? []).toEqual(r.settlement);
        const after = await c.call('vat.report', { period });
        expect(after.boxes).toEqual(r.boxes);
        expect(after.reported?.boxes).toEqual(r.boxes);
        expect(after.changedAfterReport).toBeNull();
        expect(after.settlement).toEqual(r.settlement);
        expect(after.excludedVouchers).toEqual(booked.value.voucher ? [`${booked.value.voucher.ref}@${year}-01-01`] : []);
      }
      const verify = await c.call('verify', {});
      expect(verify.problems).toEqual([]);
    } finally {
      c.cleanup();
    }
  });
});
