import { randomBytes } from 'node:crypto';
import type { ApiResponse, MethodOf, Contract } from '../../shared/api/contract.js';
import { schemas } from '../../shared/api/schemas.js';
import { COMMON_MESSAGES } from '../../shared/api/errors.js';
import type { EventSink } from '../../shared/api/events.js';
import { handlers } from './handlers/index.js';
import { type Session, makeCtx, NoCompanyError } from './context.js';
import { triggerError } from './result.js';

const noop: EventSink = () => {};

/**
 * The one entry to the backend for every door (IPC, CLI, HTTP bridge, tests). Parses the input
 * with the method's schema, runs the handler, and always returns a value: it never throws.
 */
export async function dispatch<M extends MethodOf>(session: Session, method: M, input: unknown, emit: EventSink = noop): Promise<ApiResponse<M>> {
  const schema = (schemas as Record<string, (typeof schemas)[keyof typeof schemas]>)[method];
  const handler = (handlers as Record<string, unknown>)[method] as ((ctx: unknown, input: unknown) => unknown) | undefined;
  if (!schema || !handler) return { ok: false, error: { code: 'invalid-input', message: `Okänd metod: ${String(method)}.` } };
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    return { ok: false, error: { code: 'invalid-input', message: `${COMMON_MESSAGES['invalid-input']} ${path ? `${path}: ` : ''}${issue?.message ?? ''}`.trim(), ...(path ? { path } : {}) } };
  }
  try {
    return (await handler(makeCtx(session, emit), parsed.data)) as ApiResponse<M>;
  } catch (e) {
    return fromThrown(e) as ApiResponse<M>;
  }
}

function fromThrown(e: unknown): { ok: false; error: ApiResponse<MethodOf> extends infer R ? R extends { ok: false; error: infer E } ? E : never : never } {
  if (e instanceof NoCompanyError) return { ok: false, error: { code: 'no-company', message: COMMON_MESSAGES['no-company'] } };
  const trig = triggerError(e);
  if (trig) return trig as never;
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { ok: false, error: { code: 'busy', message: COMMON_MESSAGES.busy } };
  const incident = randomBytes(4).toString('hex');
  console.error(`[kontera] incident ${incident}:`, e);
  return { ok: false, error: { code: 'internal', message: `${COMMON_MESSAGES.internal} (incident ${incident})`, incident } };
}

export type { Contract };
