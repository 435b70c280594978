/** Forward-only migrations in order. Each is frozen once released; never import app code here. */
import { up as core } from './0001_core.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [{ version: 1, name: 'core', sql: core }];
