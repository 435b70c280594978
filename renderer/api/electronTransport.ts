import type { Transport, AnyResponse, UiEvent } from './types.js';

/** What the preload exposes, and nothing more. */
export interface KonteraBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  onEvent(cb: (e: unknown) => void): () => void;
}

declare global {
  interface Window { kontera?: KonteraBridge }
}

/** The desktop door: the preload's invoke/onEvent over the one IPC channel. */
export function electronTransport(k: KonteraBridge): Transport {
  return {
    invoke: async (method, input) => (await k.invoke(method, input)) as AnyResponse,
    onEvent: (cb) => k.onEvent((e) => cb(e as UiEvent)),
  };
}
