import type { Cli } from './runner.js';

export interface Command {
  /** e.g. `post` or `report trial-balance`. */
  name: string;
  summary: string;
  /** Swedish help printed by `kontera <command> --help`. */
  usage: string;
  run(argv: string[], cli: Cli): Promise<number>;
}
