import type { z } from 'zod';

/** One method: its input (from its schema), output and closed set of error codes. */
export type Method<S extends z.ZodType, O, E extends string = never> = { input: z.input<S>; output: O; error: E };
