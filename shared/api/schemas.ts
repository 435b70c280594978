/**
 * Runtime parsing of every method's input: the same schemas guard the CLI, IPC and the bridge.
 * Each area keeps its own schemas in areas/<area>.schemas.ts; this file only merges them.
 */
import type { z } from 'zod';
import { coreSchemas } from './areas/core.schemas.js';
import { receiptsSchemas } from './areas/receipts.schemas.js';
import { vatSchemas } from './areas/vat.schemas.js';
import { sieSchemas } from './areas/sie.schemas.js';
import { bankSchemas } from './areas/bank.schemas.js';
import { safetySchemas } from './areas/safety.schemas.js';
import { closingSchemas } from './areas/closing.schemas.js';

export const schemas = {
  ...coreSchemas,
  ...vatSchemas,
  ...sieSchemas,
  ...bankSchemas,
  ...safetySchemas,
  ...receiptsSchemas,
  ...closingSchemas,
} as const;

export type Schemas = typeof schemas;
export type MethodName = keyof Schemas;
export type InputOf<M extends MethodName> = z.input<Schemas[M]>;
export type ParsedInputOf<M extends MethodName> = z.output<Schemas[M]>;
