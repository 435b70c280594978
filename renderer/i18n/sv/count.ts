/** A count with its noun in singular or plural: `count(1, 'rad', 'rader')` is "1 rad". */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
