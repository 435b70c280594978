/**
 * VAT test companies: a temp company with the VAT period, method and form a test needs, and the
 * fixture ledgers of tests/fixtures/vat/ledgers posted into it through dispatch.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../../electron/server/context.js';
import { type Ledger, codeOf } from '../../golden/vat/ledger.js';
import { newCompany, type TestCompany } from '../../support/company.js';

export interface VatCompanyOptions {
  form?: 'EF' | 'AB';
  identity?: string;
  fiscalYear?: { start: string; end: string };
  vatPeriod?: 'month' | 'quarter' | 'year';
  vatMethod?: 'kontant' | 'faktura';
  /** The clock's instant; its date is "today" for the period-not-ended warning. */
  now?: string;
}

export interface VatTestCompany extends TestCompany {
  sql(statement: string): void;
}

/** A temp company (tests/support/company.ts) with the VAT settings a test needs. */
export async function vatCompany(o: VatCompanyOptions = {}): Promise<VatTestCompany> {
  const form = o.form ?? 'AB';
  const c = await newCompany({
    form, name: form === 'AB' ? 'Momsbolaget AB' : 'Moms Enskild Firma', clock: fixedClock(o.now ?? '2026-12-03T10:00:00.000Z'),
    ...(o.identity ? { identity: o.identity } : {}), ...(o.fiscalYear ? { fiscalYear: o.fiscalYear } : {}),
    ...(o.vatPeriod ? { vatPeriod: o.vatPeriod } : {}), ...(o.vatMethod ? { vatMethod: o.vatMethod } : {}),
  });
  return { ...c, sql: (statement) => void c.session.db?.raw.prepare(statement).run() };
}

/** Gives the company the fixture's chart (added accounts, changed codes) and posts its vouchers. */
export async function postFixture(c: VatTestCompany, ledger: Ledger): Promise<void> {
  const used = new Set([...ledger.codes.keys(), ...ledger.vouchers.flatMap((v) => v.lines.map((l) => l.account))]);
  const chart = new Map((await c.call('accounts.list', { includeInactive: true })).map((a) => [a.number, a]));
  for (const number of [...used].sort()) {
    const code = codeOf(ledger, number);
    const have = chart.get(number);
    if (!have) await c.call('accounts.add', { number, name: `Fixturkonto ${number}`, vatCode: code });
    else if (have.vatCode !== code) await c.call('accounts.setVatCode', { number, vatCode: code });
  }
  for (const v of ledger.vouchers) {
    const series = /^[A-Z]+/.exec(v.id)?.[0] ?? 'A';
    await c.call('vouchers.post', { date: v.date, series, text: v.text, lines: v.lines });
  }
}

/** The period label of a fixture report: a month, or a calendar quarter. */
export function periodLabel(from: string, to: string): string {
  if (from === to) return from;
  const m = Number(from.slice(5, 7));
  return `${from.slice(0, 4)}-Q${(m + 2) / 3}`;
}

/** Problems xmllint reports for a file against a DTD, or null when xmllint is not installed. */
export function xmllint(xml: Buffer, dtdPath: string): string[] | null {
  const which = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'kontera-xmllint-'));
  try {
    const f = path.join(dir, 'moms.xml');
    writeFileSync(f, xml);
    const r = spawnSync('xmllint', ['--noout', '--dtdvalid', dtdPath, f], { encoding: 'utf8' });
    return r.status === 0 ? [] : r.stderr.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
