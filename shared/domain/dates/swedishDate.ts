/**
 * The Swedish calendar date of an instant. Registration times, report times and backup times are
 * stored as UTC instants; the date a Swedish user sees for them is the date in Europe/Stockholm
 * (CET/CEST, with daylight saving), never the UTC date and never the machine's own zone. The
 * instant is passed in, so this stays pure.
 */
import type { IsoDate } from './isoDate.js';

const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * `YYYY-MM-DD` in Sweden at `instant` (ISO 8601 with an offset or `Z`, or a Date).
 * @example swedishDateOf('2025-03-29T23:30:00.000Z') // '2025-03-30' (00:30 CET)
 */
export function swedishDateOf(instant: string | Date): IsoDate {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  const p = Object.fromEntries(FORMAT.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}` as IsoDate;
}

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * `YYYY-MM-DD HH:MM` in Sweden at `instant`, for showing when something was registered.
 * @example swedishDateTimeOf('2025-03-29T23:30:00.000Z') // '2025-03-30 00:30'
 */
export function swedishDateTimeOf(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${swedishDateOf(d)} ${TIME.format(d)}`;
}
