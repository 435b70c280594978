/** Inputs of the closing methods: month checklist and close, calendar, settings, asset register, year-end. */
import { z } from 'zod';
import { date, month } from './fields.js';
import { yearEndAnswersSchema } from './closing.answers.js';

const sizeClass = z.enum(['standard', 'small', 'micro', 'micro-ef']);
const outDir = z.string().min(1).max(4000);

export const closingSchemas = {
  'closing.checklist': z.object({ month }),
  'closing.closeMonth': z.object({ month, strict: z.boolean().default(false) }),
  'closing.calendar': z.object({ year: z.number().int().min(1900).max(2199) }),
  'closing.settings': z.object({}),
  'closing.setSettings': z.object({ sizeClass }),
  'closing.assets': z.object({}),
  'closing.addAsset': z.object({
    id: z.string().min(1).max(60), name: z.string().min(1).max(200), acquired: date, cost: z.number().int().min(0), lifeYears: z.number().int().min(1).max(100),
    method: z.enum(['auto', 'plan', 'direct']).default('auto'), assetAccount: z.string().regex(/^1[0-2]\d\d$/, 'Konto för anläggningstillgångar, 1000–1299.'),
    accumulatedAccount: z.string().regex(/^\d{4}$/).optional(), depreciationAccount: z.string().regex(/^\d{4}$/).optional(),
  }),
  'closing.yearEndDefaults': z.object({ fiscalYear: date }),
  'closing.yearEndPreview': z.object({ fiscalYear: date, answers: yearEndAnswersSchema.prefault({}) }),
  'closing.yearEnd': z.object({
    fiscalYear: date, answers: yearEndAnswersSchema.prefault({}), sruDir: outDir.optional(), pdfDir: outDir.optional(),
    /** Write the files next to the company file (bokslut-ÅÅÅÅ/) when no folder is given. */
    writeFiles: z.boolean().default(false),
  }),
  'closing.yearEndDocuments': z.object({ fiscalYear: date, sruDir: outDir.optional(), pdfDir: outDir.optional(), writeFiles: z.boolean().default(false) }),
} as const;
