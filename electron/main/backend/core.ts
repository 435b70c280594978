import { Session } from '../../server/context.js';
import { dispatch } from '../../server/dispatch.js';
import type { MethodOf } from '../../../shared/api/contract.js';
import type { BackendMessage, BackendRequest } from '../rpc.js';

/**
 * The utility process's loop body: one request in, one result out (dispatch never throws), and
 * the job's progress events forwarded as they happen. Plain Node: tested without Electron.
 */
export function backendHandler(session: Session, post: (m: BackendMessage) => void): (req: unknown) => Promise<void> {
  return async (req) => {
    const r = req as Partial<BackendRequest>;
    if (typeof r?.id !== 'number' || typeof r.method !== 'string') return;
    const response = await dispatch(session, r.method as MethodOf, r.input, (event) => post({ type: 'event', event }));
    post({ type: 'result', id: r.id, response });
  };
}
