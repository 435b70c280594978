/** Inputs of SIE import and export. */
import { z } from 'zod';
import { date, text } from './fields.js';

export const sieSchemas = {
  'sie.import': z.object({
    /** The SIE file on this machine (the bridge passes an uploaded file's server-side path). */
    path: z.string().min(1),
    dryRun: z.boolean().default(false),
    /** Series for SIE 4I vouchers without numbers. */
    series: z.string().regex(/^[A-Za-zÅÄÖåäö0-9]{1,20}$/).optional(),
    /** Create a new company file from the SIE file instead of importing into the open one. */
    newCompany: z.object({
      path: z.string().min(1), name: text(200).optional(), identity: z.string().optional(), form: z.enum(['EF', 'AB']).optional(),
      vatPeriod: z.enum(['month', 'quarter', 'year']).optional(), vatMethod: z.enum(['kontant', 'faktura']).optional(),
    }).optional(),
  }),
  'sie.undoImport': z.object({}),
  /** Without `path` the file comes back in the report (base64) for the page to offer as a download. */
  'sie.export': z.object({ path: z.string().min(1).optional(), fiscalYear: date.optional() }),
} as const;
