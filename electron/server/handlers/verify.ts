import type { Handler } from './types.js';
import { done } from '../result.js';
import { verifyBooks } from '../workflows/verifyBooks.js';

export const verify: Handler<'verify'> = (ctx) => done(verifyBooks(ctx.db()));
