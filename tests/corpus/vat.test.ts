/**
 * Real files from ../shared/realdata/tax/eskd: Skatteverket's eSKDUpload 6.0 DTD and its
 * momsdeklaration example. xmllint is not installed on the build machines, so the DTD is applied
 * by tests/unit/vat/dtdCheck.ts (content models and fixed attributes read from the DTD text).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IsoMonth } from '../../shared/domain/dates/isoDate.js';
import { vatReturnFigures } from '../../shared/domain/vat/boxes.js';
import { eskdXml } from '../../shared/domain/vat/eskd.js';
import { readEskd } from '../../shared/domain/vat/eskdRead.js';
import { eskdBytes, eskdText } from '../../electron/server/vat/eskd-file.js';
import { linesOf, readLedger } from '../golden/vat/ledger.js';
import { hasRealdata, noteIfNoRealdata, realdata } from '../support/realdata.js';
import { parseDtd, validateAgainstDtd } from '../unit/vat/dtdCheck.js';

noteIfNoRealdata('vat');

describe.skipIf(!hasRealdata)('eSKD momsdeklaration against Skatteverket\'s DTD and example', () => {
  const dtd = () => parseDtd(readFileSync(realdata('tax/eskd/eSKDUpload_6p0.dtd'), 'latin1'));
  const example = () => eskdText(readFileSync(realdata('tax/eskd/momsexempel_v6.txt')));

  it('the DTD checker accepts the example and refuses broken variants', () => {
    const x = example();
    expect(validateAgainstDtd(x, dtd(), 'eSKDUpload')).toEqual([]);
    const swapped = x.replace(/(<ForsOvrigt>[^<]*<\/ForsOvrigt>)(\s*)(<MomsUtgHog>[^<]*<\/MomsUtgHog>)/, '$3$2$1');
    expect(swapped).not.toBe(x);
    expect(validateAgainstDtd(swapped, dtd(), 'eSKDUpload')[0]).toMatch(/do not match/);
    expect(validateAgainstDtd(x.replace('<Period>201507</Period>', ''), dtd(), 'eSKDUpload')).toHaveLength(1);
    // Optional boxes may be left out.
    expect(validateAgainstDtd(x.replace(/<ForsOvrigt>[^<]*<\/ForsOvrigt>/, ''), dtd(), 'eSKDUpload')).toEqual([]);
    expect(validateAgainstDtd(x.replace('Version="6.0"', 'Version="5.0"'), dtd(), 'eSKDUpload')[0]).toMatch(/Version/);
    expect(validateAgainstDtd(x.replace(/MomsBetala>/g, 'MomsAttBetala>'), dtd(), 'eSKDUpload').length).toBeGreaterThan(0);
    expect(validateAgainstDtd(x.replace('</Moms>', ''), dtd(), 'eSKDUpload')[0]).toMatch(/not well-formed/);
  });

  it('reads the example: MomsBetala 225 500 equals 49 recomputed from its boxes', () => {
    const r = readEskd(example());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const b = r.value.boxes;
    expect(r.value).toMatchObject({ orgNr: '599900-0465', period: '201507', note: 'Bla bla bla bla' });
    expect(r.value.present).toHaveLength(29);
    expect(b['49']).toBe(22550000);
    expect(b['10'] + b['11'] + b['12'] + b['30'] + b['31'] + b['32'] + b['60'] + b['61'] + b['62'] - b['48']).toBe(b['49']);
  });

  it('the eskd-example fixture ledger produces the example\'s figures, in the same element order, valid under the DTD', () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const ledger = readLedger(path.resolve(here, '../fixtures/vat/ledgers/eskd-example.ledger'));
    const report = ledger.reports[0]!;
    const figures = vatReturnFigures(linesOf(ledger, report));
    const ours = eskdXml({ orgNr: ledger.orgNr, lastMonth: report.to as IsoMonth, boxes: figures.rounded, note: ledger.note ?? '', doctype: true });
    expect(ours.ok).toBe(true);
    const text = eskdText(eskdBytes(ours.ok ? ours.value : ''));
    expect(validateAgainstDtd(text, dtd(), 'eSKDUpload')).toEqual([]);
    const theirs = readEskd(example());
    const mine = readEskd(text);
    expect(mine.ok && theirs.ok && mine.value).toEqual(theirs.ok && theirs.value);
    // Same elements in the same order; the example differs only in indentation.
    const elements = (s: string) => [...s.matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(elements(text)).toEqual(elements(example()));
  });
});
