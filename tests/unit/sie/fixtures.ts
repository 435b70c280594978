/** Reads the project's own SIE fixtures (tests/fixtures/sie). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readSieBytes } from '../../../electron/server/sie/read.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/sie');

export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

export function readFixture(name: string) {
  return readSieBytes(fixtureBytes(name));
}
