/**
 * The `vat` row of CLI.md through the real command line: case C12 end to end, the exact JSON
 * shape (all 29 boxes as integers, in box order), the eSKD file's bytes, --book once only, exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOX_IDS } from '../../../shared/domain/vat/boxIds.js';
import { cliRunner, cliTempDir, jsonOut, lineArgs, newAbArgs, type CliRunner } from '../../support/cli.js';
import { hasRealdata, realdata } from '../../support/realdata.js';
import { parseDtd, validateAgainstDtd } from '../../unit/vat/dtdCheck.js';
import { eskdText } from '../../../electron/server/vat/eskd-file.js';
import { xmllint } from './company.js';

let cli: CliRunner;
const tmp = cliTempDir();
const file = tmp.file();
beforeAll(async () => {
  cli = cliRunner();
  expect((await cli.run(newAbArgs(file))).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('kontera vat', () => {
  it('C12: a user account with code sales-6 gives 05 = 1000, 12 = 60; --json has exactly the contract\'s keys', async () => {
    const add = await cli.run(['account', 'add', file, '3013', 'Försäljning tjänster 6 %', '--vat-code', 'sales-6', '--json']);
    expect(jsonOut(add)).toMatchObject({ number: '3013', vatCode: 'sales-6' });
    const post = await cli.run(['post', file, '--date', '2026-03-15', '--text', 'Konsulttimmar', ...lineArgs('1930=1 060', '3013=-1 000', '2631=-60'), '--json']);
    expect(post.code).toBe(0);
    const r = await cli.run(['vat', file, '--period', '2026-Q1', '--json']);
    expect(r.code).toBe(0);
    const out = jsonOut(r);
    expect(Object.keys(out)).toEqual(['period', 'from', 'to', 'boxes', 'checks']);
    expect([out.period, out.from, out.to]).toEqual(['2026-Q1', '2026-01-01', '2026-03-31']);
    expect(r.stdout.match(/"(\d\d)":/g)?.map((k) => k.slice(1, 3))).toEqual([...BOX_IDS]);
    for (const b of BOX_IDS) expect(Number.isInteger(out.boxes[b]), b).toBe(true);
    expect(Object.fromEntries(Object.entries(out.boxes).filter(([, v]) => v !== 0))).toEqual({ '05': 1000, '12': 60, '49': 60 });
    expect(out.checks).toEqual([]);
  });

  it('--eskd writes an ISO-8859-1 file that passes the DTD', async () => {
    const out = `${tmp.dir}/moms.xml`;
    const r = await cli.run(['vat', file, '--period', '2026-Q1', '--eskd', out, '--note', 'Övrigt: tjänster åt kund']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Momsdeklaration 2026-Q1/);
    const bytes = readFileSync(out);
    expect(bytes.includes(Buffer.from([0xd6]))).toBe(true); // Ö as one Latin-1 byte
    const text = eskdText(bytes);
    expect(text).toContain('<ForsMomsEjAnnan>1000</ForsMomsEjAnnan>\r\n<MomsUtgLag>60</MomsUtgLag>\r\n<MomsBetala>60</MomsBetala>');
    if (hasRealdata) {
      expect(validateAgainstDtd(text, parseDtd(readFileSync(realdata('tax/eskd/eSKDUpload_6p0.dtd'), 'latin1')), 'eSKDUpload')).toEqual([]);
      const lint = xmllint(bytes, realdata('tax/eskd/eSKDUpload_6p0.dtd'));
      if (lint) expect(lint).toEqual([]);
    }
  });

  it('a period that does not follow the company refuses (exit 1); a malformed one is a usage error (exit 2)', async () => {
    const month = await cli.run(['vat', file, '--period', '2026-03', '--json']);
    expect(month.code).toBe(1);
    expect(jsonOut(month).error.code).toBe('vat-period-mismatch');
    const bad = await cli.run(['vat', file, '--period', 'mars']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^FEL vat-invalid-period: /);
  });

  it('--book posts the momsomföring once; the second --book is refused with exit 1', async () => {
    const first = await cli.run(['vat', file, '--period', '2026-Q1', '--book', '--json']);
    expect(first.code).toBe(0);
    expect(jsonOut(first).boxes['49']).toBe(60);
    expect(first.stderr).toMatch(/bokförd som M1 2026-03-31/);
    const second = await cli.run(['vat', file, '--period', '2026-Q1', '--book']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^FEL vat-already-reported: .*redan redovisad/);
    const late = await cli.run(['post', file, '--date', '2026-03-20', '--text', 'Sen', ...lineArgs('1930=106', '3013=-100', '2631=-6')]);
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/FEL period-vat-reported/);
  });

  it('after a logged reopening the text report lists the changed boxes in box order', async () => {
    expect((await cli.run(['reopen', file, '2026-03', '--reason', 'Glömd faktura'])).code).toBe(0);
    expect((await cli.run(['post', file, '--date', '2026-03-25', '--text', 'Glömd faktura', ...lineArgs('1930=1 250', '3001=-1 000', '2611=-250')])).code).toBe(0);
    const r = await cli.run(['vat', file, '--period', '2026-Q1']);
    expect(r.code).toBe(0);
    const deltas = r.stdout.split('\n').filter((l) => /^ {2}ruta \d\d: /.test(l)).map((l) => l.trim());
    expect(deltas).toEqual(['ruta 05: +1000 kr', 'ruta 10: +250 kr', 'ruta 49: +250 kr']);
  });

  it('an error check blocks --eskd: exit 1 and no file', async () => {
    await cli.run(['post', file, '--date', '2026-04-03', '--text', 'Google utan underlag', ...lineArgs('6540=250', '1930=-250', '2645=62,50', '2614=-62,50')]);
    const out = `${tmp.dir}/q2.xml`;
    const r = await cli.run(['vat', file, '--period', '2026-Q2', '--eskd', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FEL vat-checks-failed: .*ruta 20–24/);
    expect(existsSync(out)).toBe(false);
    const report = jsonOut(await cli.run(['vat', file, '--period', '2026-Q2', '--json']));
    expect(report.checks.map((c: { code: string; severity: string }) => `${c.severity} ${c.code}`)).toEqual(['error reverse-charge-without-base']);
  });
});
