import type { Handlers } from './types.js';
import { coreHandlers } from './core.js';
import { receiptsHandlers } from './receipts.index.js';
import { sieHandlers } from './sie.index.js';
import { vatHandlers } from './vat.index.js';
import { bankHandlers } from './bank.index.js';
import { safetyHandlers } from './safety.index.js';
import { closingHandlers } from './closing.index.js';

/** Every method of the contract and its handler, merged from the areas. */
export const handlers: Handlers = {
  ...coreHandlers,
  ...sieHandlers,
  ...vatHandlers,
  ...bankHandlers,
  ...safetyHandlers,
  ...receiptsHandlers,
  ...closingHandlers,
};
