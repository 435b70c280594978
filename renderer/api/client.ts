import type { Api, Transport, AnyResponse } from './types.js';

/** Turns any transport (fetch to the bridge, or the Electron preload) into the typed API. */
export function makeApi(t: Transport): Api {
  const safe = async (method: string, input: unknown): Promise<AnyResponse> => {
    try {
      return await t.invoke(method, input);
    } catch {
      return { ok: false, error: { code: 'unreachable', message: 'Kontakten med Kontera bröts. Starta om programmet och försök igen.' } };
    }
  };
  return {
    call: (m, i) => safe(m, i) as never,
    host: (m, i) => safe(m, i) as never,
    callLoose: safe,
    onEvent: (cb) => t.onEvent(cb),
    ...(t.upload ? { upload: t.upload } : {}),
  };
}

/** True when the backend answered that it has no such method (an older backend). */
export function isUnknownMethod(r: AnyResponse): boolean {
  return !r.ok && r.error.code === 'invalid-input' && r.error.message.startsWith('Okänd metod');
}
