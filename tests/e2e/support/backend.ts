/** Calls the backend behind the page directly (set-up and checks), failing the test on an error value. */
import { dispatch } from '../../../electron/server/dispatch.js';
import type { Harness } from './harness.js';

export type Backend = <T>(method: Parameters<typeof dispatch>[1], input: unknown) => Promise<T>;

/** The dispatch of the harness's bridge session; `h` is read at call time (it is set in beforeAll). */
export function backendOf(h: () => Harness): Backend {
  return async <T>(method: Parameters<typeof dispatch>[1], input: unknown): Promise<T> => {
    const r = await dispatch(h().bridge.session, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
}

/** Posts a voucher from `[account, öre]` pairs. */
export function poster(backend: Backend) {
  return (date: string, text: string, lines: [string, number][]) =>
    backend('vouchers.post', { date, text, lines: lines.map(([account, amount]) => ({ account, amount })) });
}
