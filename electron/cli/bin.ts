import { runCli } from './main.js';

// `kontera … | head` closes the pipe early: that is the reader's choice, not a fault, so stop
// quietly instead of dying with an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await runCli(process.argv.slice(2));
