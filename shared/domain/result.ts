/** A value or a list of problems; every boundary of the domain returns this instead of throwing. */
export interface Problem<C extends string = string> {
  code: C;
  message: string;
  /** Field path, e.g. `lines.2.account`. */
  path?: string;
  /** 1-based line number in an input file. */
  line?: number;
}

export type Result<T, C extends string = string> =
  | { ok: true; value: T }
  | { ok: false; problems: Problem<C>[] };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<C extends string>(code: C, message: string, extra: Omit<Problem<C>, 'code' | 'message'> = {}): { ok: false; problems: Problem<C>[] } {
  return { ok: false, problems: [{ code, message, ...extra }] };
}

export function failAll<C extends string>(problems: Problem<C>[]): { ok: false; problems: Problem<C>[] } {
  return { ok: false, problems };
}
