/**
 * Accounts a SIE file adds to the chart get their VAT code by the rule an account added by hand
 * follows (BAS table, else the rate the name states), and the import says which: Spiris' "3051
 * Försäljn varor 25% sv" was added without a code and its sales never reached box 05.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { tempDir } from '../../support/company.js';

const SIE = [
  '#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#FNAMN "Kodbolaget AB"', '#ORGNR 556036-0793', '#RAR 0 20260101 20261231',
  '#KONTO 1930 "Företagskonto"', '#KONTO 2611 "Utgående moms 25 %"', '#KONTO 3051 "Försäljn varor 25% sv"',
  '#KONTO 3052 "Försäljn varor EU 25%"', '#KONTO 3999 "Övriga intäkter"',
  '#VER A 1 20260115 "Försäljning"', '{', '#TRANS 1930 {} 1250.00', '#TRANS 3051 {} -1000.00', '#TRANS 2611 {} -250.00', '}',
  '',
].join('\r\n');

const s = new Session();
afterEach(async () => { await dispatch(s, 'company.close', {}); });

describe('VAT codes of accounts a SIE import adds', () => {
  it('follow the number or the stated rate, are reported, and feed the VAT return', async () => {
    const dir = tempDir('kontera-sie-vat-');
    const file = path.join(dir, 'kod.se');
    writeFileSync(file, encodeSieText(SIE));
    const target = path.join(dir, 'kod.kontera');
    const imp = await dispatch(s, 'sie.import', { path: file, newCompany: { path: target } });
    if (!imp.ok) throw new Error(imp.error.message);
    const warning = imp.value.warnings.find((w) => w.code === 'sie-account-vat-code');
    expect(warning?.message).toContain('3051 sales-25');
    expect(warning?.message).not.toContain('3052'); // EU sales have several boxes: the user chooses
    await dispatch(s, 'company.open', { path: target });
    const accounts = await dispatch(s, 'accounts.list', {});
    if (!accounts.ok) throw new Error(accounts.error.message);
    const code = (n: string) => accounts.value.find((a) => a.number === n)?.vatCode ?? null;
    expect([code('3051'), code('3052'), code('3999')]).toEqual(['sales-25', null, null]);
    const vat = await dispatch(s, 'vat.report', { period: '2026-Q1' });
    if (!vat.ok) throw new Error(vat.error.message);
    const box05 = (vat.value as unknown as { boxes: Record<string, number> }).boxes['05'];
    expect(box05).toBe(1000);
  });
});
