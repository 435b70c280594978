/**
 * Change in inventory (förändring av lager) at year end: the counted value replaces the book
 * value of the stock account; the difference goes to the matching 49xx account.
 */
import type { IsoDate } from '../dates/isoDate.js';
import { type Ore, ore } from '../money/ore.js';
import type { InventoryAnswer } from './answers.js';
import type { PlannedVoucher } from './planned.js';

/** @example defaultChangeAccount('1460') // '4960' */
export function defaultChangeAccount(stockAccount: string): string {
  const byGroup: Record<string, string> = { '141': '4910', '142': '4920', '144': '4940', '145': '4950', '146': '4960', '147': '4970', '148': '4990', '149': '4990' };
  return byGroup[stockAccount.slice(0, 3)] ?? '4990';
}

/**
 * One voucher moving each stock account to its counted value.
 * @example inventoryVoucher([{ account: '1460', value: ore(4200000) }], (a) => ore(3000000), '2025-12-31')?.lines[0].amount // 1200000
 */
export function inventoryVoucher(items: readonly InventoryAnswer[], bookValue: (account: string) => Ore, date: IsoDate): PlannedVoucher | null {
  const lines = items.flatMap((i) => {
    const diff = ore(i.value - bookValue(i.account));
    if (diff === 0) return [];
    const text = `Lagervärde ${i.account} vid årets slut`;
    return [{ account: i.account, amount: diff, text }, { account: i.changeAccount ?? defaultChangeAccount(i.account), amount: ore(-diff), text }];
  });
  return lines.length ? { kind: 'inventory', date, text: 'Förändring av lager', lines } : null;
}
