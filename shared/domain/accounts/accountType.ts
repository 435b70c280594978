export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';
export type NormalBalance = 'debit' | 'credit';
export type Statement = 'BR' | 'RR';

export interface AccountClass {
  type: AccountType;
  normalBalance: NormalBalance;
  statement: Statement;
}

/**
 * Type, normal balance and statement of an account. The BAS type is used when known; the normal
 * balance is stored separately because contra accounts run against their type (accumulated
 * depreciation xx18/xx19 on the credit side, input VAT 264x on the debit side, owner's
 * withdrawals 2011–2013 on the debit side, revenue corrections 37xx, purchase reductions 47xx).
 * @example classifyAccount('2641').normalBalance // 'debit'
 */
export function classifyAccount(number: string, knownType?: AccountType, name = ''): AccountClass {
  const type = knownType ?? typeFromNumber(number);
  const statement: Statement = number[0] === '1' || number[0] === '2' ? 'BR' : 'RR';
  return { type, statement, normalBalance: normalBalance(number, type, name) };
}

/** A type for an account outside the BAS chart (an imported or user-added number). */
export function typeFromNumber(number: string): AccountType {
  const c = number[0];
  if (c === '1') return 'asset';
  if (c === '2') return number.startsWith('20') ? 'equity' : 'liability';
  if (c === '3') return 'income';
  if (c === '8') return /^8[0-3]/.test(number) ? 'income' : 'expense';
  return 'expense';
}

function normalBalance(number: string, type: AccountType, name: string): NormalBalance {
  const four = number.padEnd(4, '0').slice(0, 4);
  if (type === 'asset') return /ackumulerade|nedskrivning|värdereglering|reservering/i.test(name) ? 'credit' : 'debit';
  if (type === 'liability') return /^264/.test(four) ? 'debit' : 'credit';
  if (type === 'equity') return /^20(11|12|13)|^20[2-4][1-3]/.test(four) ? 'debit' : 'credit';
  if (type === 'income') return /^37/.test(four) ? 'debit' : 'credit';
  return /^47/.test(four) ? 'credit' : 'debit';
}
