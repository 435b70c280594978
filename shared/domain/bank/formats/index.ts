/** Every table format, most specific first; the first whose header is found reads the file. */
import type { TableFormat } from './common.js';
import { skattekonto } from './skattekonto.js';
import { swedbank, swedbankBaltic } from './swedbank.js';
import { handelsbanken } from './handelsbanken.js';
import { nordea, nordeaCard } from './nordea.js';
import { seb } from './seb.js';
import { marginalen } from './marginalen.js';
import { amex, kontohandelser } from './cards.js';
import { wise } from './wise.js';

export type { TableFormat } from './common.js';

export const TABLE_FORMATS: readonly TableFormat[] = [
  skattekonto,
  swedbankBaltic,
  handelsbanken,
  nordeaCard,
  nordea,
  seb,
  swedbank,
  marginalen,
  kontohandelser,
  amex,
  wise,
];
