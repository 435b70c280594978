import type { Contract, MethodOf } from '../../../shared/api/contract.js';
import type { ParsedInputOf } from '../../../shared/api/schemas.js';
import type { Ctx } from '../context.js';
import type { HandlerResult } from '../result.js';

export type Handler<M extends MethodOf> = (ctx: Ctx, input: ParsedInputOf<M>) => HandlerResult<Contract[M]['output']> | Promise<HandlerResult<Contract[M]['output']>>;
export type Handlers = { [M in MethodOf]: Handler<M> };

/** The handler map of one area's contract (areas merge into `Handlers`). */
export type AreaHandlers<C> = { [M in keyof C & MethodOf]: Handler<M> };
