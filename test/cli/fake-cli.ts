/** runCli with files and standard input in memory: what it read, printed and returned. */
import { CliIo, runCli } from '../../src/cli/main';

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
  read: string[];
}

export function errno(code: string): Error {
  return Object.assign(new Error(`${code}: some long system message\n    at stack frame`), { code });
}

export function run(argv: string[], files: Record<string, Uint8Array | Error>, stdin: Uint8Array = new Uint8Array()): FakeRun {
  const result: FakeRun = { code: -1, stdout: '', stderr: '', read: [] };
  const io: CliIo = {
    readFile: (path, maxBytes) => {
      result.read.push(path);
      const content = files[path] ?? errno('ENOENT');
      if (content instanceof Error) throw content;
      return content.length > maxBytes ? undefined : content;
    },
    readStdin: (maxBytes) => (stdin.length > maxBytes ? undefined : stdin),
    writeStdout: (text) => void (result.stdout += text),
    writeStderr: (text) => void (result.stderr += text),
  };
  result.code = runCli(argv, io, '/project/seeds/sample-article.txt');
  return result;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
