/** The Node entry of `npm run annotate` (scripts/annotate.mjs bundles and calls it). */
import { readFileSync } from 'fs';
import { CliIo, runCli } from './main';

const STDIN_FD = 0;

export function main(argv: readonly string[], sampleArticlePath: string): number {
  // `annotate … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const io: CliIo = {
    readFile: (path) => readFileSync(path),
    readStdin: () => readFileSync(STDIN_FD),
    writeStdout: (text) => process.stdout.write(text),
    writeStderr: (text) => process.stderr.write(text),
  };
  return runCli(argv, io, sampleArticlePath);
}
