import { createContext, useContext } from 'react';
import type { Api } from './types.js';
import { makeApi } from './client.js';
import { bridgeTransport } from './bridgeTransport.js';
import { electronTransport } from './electronTransport.js';

/** The desktop program when the preload is there, browser mode otherwise. */
export function detectApi(): Api {
  return makeApi(window.kontera ? electronTransport(window.kontera) : bridgeTransport());
}

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiContext saknas');
  return api;
}
