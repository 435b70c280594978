/**
 * The one contract behind every door: method → input, output and its closed set of error codes.
 * A feature starts as an entry in its area's contract (areas/<area>.contract.ts) and schema;
 * the compiler then demands its handler and wiring.
 */
import type { ApiError } from './errors.js';
import type { ReceiptsContract } from './areas/receipts.contract.js';
import type { CoreContract } from './areas/core.contract.js';
import type { VatContract } from './areas/vat.contract.js';
import type { SieContract } from './areas/sie.contract.js';
import type { BankContract } from './areas/bank.contract.js';
import type { SafetyContract } from './areas/safety.contract.js';
import type { ClosingContract } from './areas/closing.contract.js';

export type Contract = CoreContract & VatContract & SieContract & BankContract & SafetyContract & ReceiptsContract & ClosingContract;

export type MethodOf = keyof Contract;

export type ApiResponse<M extends MethodOf> =
  | { ok: true; value: Contract[M]['output'] }
  | { ok: false; error: ApiError<Contract[M]['error']> };
