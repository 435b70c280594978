/**
 * Entry of the Electron utility process that runs the backend (better-sqlite3 is synchronous and
 * must never block the main process). Requests arrive over the parent port.
 */
import { Session, systemClock } from '../../server/context.js';
import { startAutoBackup } from '../../server/workflows/autoBackupTimer.js';
import { backendHandler } from './core.js';
import type { BackendMessage } from '../rpc.js';

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: BackendMessage): void;
}

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!port) {
  process.stderr.write('Kontera-motorn måste startas av programmet (utilityProcess).\n');
  process.exit(1);
}
const session = new Session();
const handle = backendHandler(session, (m) => port.postMessage(m));
let queue: Promise<void> = Promise.resolve();
// One call at a time, in arrival order: writes stay one transaction each, events stay in order.
port.on('message', (e) => {
  queue = queue.then(() => handle(e.data));
});
// Daily automatic backups: when a company is opened, then hourly, in the same call order.
startAutoBackup(session, systemClock, {
  emit: (event) => port.postMessage({ type: 'event', event }),
  serialize: (job) => (queue = queue.then(job)),
});
