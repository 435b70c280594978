import type { ApiResponse, Contract, MethodOf } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { ApiEvent } from '../../shared/api/events.js';
import type { InputOf } from '../../shared/api/schemas.js';
import type { HostContract, HostMethod, MenuEvent } from './host.js';

export type UiEvent = ApiEvent | MenuEvent;

export type AnyResponse = { ok: true; value: unknown } | { ok: false; error: ApiError };

export interface UploadedFile { handle: string; name: string; size: number }

/** The one shape of the backend for the UI, whichever door it goes through. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<AnyResponse>;
  onEvent(cb: (e: UiEvent) => void): () => void;
  /** Browser mode only: sends a file to the bridge and gets a handle to pass instead of a path. */
  upload?: (file: File) => Promise<{ ok: true; value: UploadedFile } | { ok: false; error: ApiError }>;
}

export interface Api {
  call<M extends MethodOf>(method: M, input: InputOf<M>): Promise<ApiResponse<M>>;
  host<M extends HostMethod>(method: M, input: HostContract[M]['input']): Promise<{ ok: true; value: HostContract[M]['output'] } | { ok: false; error: ApiError }>;
  /** A method that may not be in the contract yet (e.g. `sie.import`). */
  callLoose(method: string, input: unknown): Promise<AnyResponse>;
  onEvent(cb: (e: UiEvent) => void): () => void;
  upload?: Transport['upload'];
}

export type { Contract, MethodOf, ApiResponse };
