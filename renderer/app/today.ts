/** Today's date in Sweden as YYYY-MM-DD (accounting dates never move with the time zone). */
export function todaySv(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
