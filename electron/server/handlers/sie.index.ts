import type { AreaHandlers } from './types.js';
import type { SieContract } from '../../../shared/api/areas/sie.contract.js';
import { importSie, exportSieHandler } from './sie.js';
import { undoLastImport } from '../workflows/sieImport/undoImport.js';

export const sieHandlers: AreaHandlers<SieContract> = {
  'sie.import': importSie,
  'sie.undoImport': (ctx) => undoLastImport(ctx),
  'sie.export': exportSieHandler,
};
