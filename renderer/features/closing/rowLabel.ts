import { NE_LABELS, neRowName } from '../../../shared/domain/sru/neLabels.js';
import { ink2RowLabel } from '../../../shared/domain/sru/ink2Labels.js';

export type Blankett = 'NE' | 'INK2' | 'INK2R' | 'INK2S';

/** The row as the blankett prints it, and its Swedish name beside the code. */
export function rowLabel(form: Blankett, key: string): { row: string; name: string | null } {
  return form === 'NE' ? { row: neRowName(key), name: NE_LABELS[key] ?? null } : ink2RowLabel(form, key);
}
