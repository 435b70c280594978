import { BAS_2025 } from './bas-2025.data.js';
import { type AccountClass, classifyAccount } from './accountType.js';
import { defaultVatCode } from '../vat/defaults.js';

export interface AccountSeed extends AccountClass {
  number: string;
  name: string;
  vatCode: string | null;
}

/**
 * The BAS 2025 chart as a new company gets it: every account with its type, normal balance,
 * statement and default VAT code.
 * @example basChart().find((a) => a.number === '3001')?.vatCode // 'sales-25'
 */
export function basChart(): AccountSeed[] {
  return BAS_2025.map(([number, name, type]) => ({
    number, name, ...classifyAccount(number, type, name), vatCode: defaultVatCode(number, name),
  }));
}

/** A valid account number: digits only, 1–10 of them (BAS uses 4; imports may carry others). */
export function isAccountNumber(s: string): boolean {
  return /^\d{1,10}$/.test(s);
}

/** Seed for an account a user adds: classified from its number, VAT code from the BAS default. */
export function userAccount(number: string, name: string, vatCode?: string | null): AccountSeed {
  return { number, name, ...classifyAccount(number, undefined, name), vatCode: vatCode === undefined ? defaultVatCode(number, name) : vatCode };
}
