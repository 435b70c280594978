import { formatSv } from '../../shared/domain/money/format.js';
import { ore } from '../../shared/domain/money/ore.js';

/** An amount in öre shown the Swedish way (1 234,50, minus sign), right-aligned by its cell. */
export function Amount({ value, blankZero = false }: { value: number; blankZero?: boolean }) {
  if (blankZero && value === 0) return <span className="amount" />;
  return <span className={`amount${value < 0 ? ' negative' : ''}`}>{formatSv(ore(value))}</span>;
}

export const fmt = (value: number): string => formatSv(ore(value));
