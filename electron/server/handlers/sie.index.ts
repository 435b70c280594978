import type { AreaHandlers } from './types.js';
import type { SieContract } from '../../../shared/api/areas/sie.contract.js';
import { importSie, exportSieHandler } from './sie.js';

export const sieHandlers: AreaHandlers<SieContract> = {
  'sie.import': importSie,
  'sie.export': exportSieHandler,
};
