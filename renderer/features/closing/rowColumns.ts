/** The columns of the wizard's row tables (the answers file's arrays), by array key without `[]`. */
export interface Column { key: string; kind: 'text' | 'amount' | 'account' | 'date' | 'int' | 'select'; options?: readonly string[]; optional?: boolean; /** Key of the column's heading when it is not `key`. */ label?: string }

const invoice: Column[] = [
  { key: 'counterparty', kind: 'text' }, { key: 'reference', kind: 'text', optional: true }, { key: 'gross', kind: 'amount' },
  { key: 'vatRate', kind: 'select', options: ['25', '12', '6', '0'] }, { key: 'account', kind: 'account', optional: true },
];

export const ROW_COLUMNS: Record<string, Column[]> = {
  accruals: [{ key: 'text', kind: 'text' }, { key: 'account', kind: 'account' }, { key: 'balanceAccount', kind: 'account' }, { key: 'amount', kind: 'amount' }],
  assets: [
    { key: 'id', kind: 'text' }, { key: 'name', kind: 'text' }, { key: 'acquired', kind: 'date' }, { key: 'cost', kind: 'amount' },
    { key: 'lifeYears', kind: 'int' }, { key: 'method', kind: 'select', options: ['auto', 'plan', 'direct'] }, { key: 'assetAccount', kind: 'account' },
  ],
  inventory: [{ key: 'account', kind: 'account' }, { key: 'value', kind: 'amount' }, { key: 'changeAccount', kind: 'account', optional: true }],
  unpaidCustomerInvoices: invoice,
  unpaidSupplierInvoices: invoice,
  'ab.periodiseringsfondReversals': [{ key: 'account', kind: 'account' }, { key: 'amount', kind: 'amount' }],
  'annualReport.multiYear': [{ key: 'year', kind: 'text' }, { key: 'netTurnover', kind: 'amount' }, { key: 'resultAfterFinancial', kind: 'amount' }, { key: 'solidity', kind: 'text' }],
  signatures: [{ key: 'name', kind: 'text', label: 'signatureName' }, { key: 'role', kind: 'text', optional: true }],
};

export function emptyRow(cols: readonly Column[]): Record<string, string> {
  return Object.fromEntries(cols.map((c) => [c.key, c.kind === 'select' ? (c.options?.[0] ?? '') : '']));
}

/** A row as the answers file wants it: optional blanks left out, whole numbers as numbers. */
export function cleanRow(cols: readonly Column[], row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const c = cols.find((x) => x.key === k);
    if (c?.optional && (v === '' || v === undefined)) continue;
    out[k] = c?.kind === 'int' && typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  }
  return out;
}

/** The answers with every row table cleaned (what is previewed, posted and saved). */
export function cleanAnswers(a: Record<string, unknown>): Record<string, unknown> {
  let out = a;
  for (const [key, cols] of Object.entries(ROW_COLUMNS)) {
    const [head, sub] = key.split('.') as [string, string | undefined];
    const holder = sub ? (out[head] as Record<string, unknown> | undefined) : out;
    const rows = holder?.[sub ?? head];
    if (!Array.isArray(rows)) continue;
    const cleaned = rows.map((r) => cleanRow(cols, r as Record<string, unknown>));
    out = sub ? { ...out, [head]: { ...holder, [sub]: cleaned } } : { ...out, [head]: cleaned };
  }
  return out;
}
