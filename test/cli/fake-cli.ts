/** runCli with files and standard input in memory: what it read, printed and returned. */
import { CliIo, runCli } from '../../src/cli/main';

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
  read: string[];
  /** The files as they are after the run: those given, and what it wrote. */
  files: Record<string, Uint8Array | Error>;
}

export function errno(code: string): Error {
  return Object.assign(new Error(`${code}: some long system message\n    at stack frame`), { code });
}

export function run(argv: string[], files: Record<string, Uint8Array | Error>, stdin: Uint8Array = new Uint8Array()): FakeRun {
  const result: FakeRun = { code: -1, stdout: '', stderr: '', read: [], files: { ...files } };
  const io: CliIo = {
    readFile: (path, maxBytes) => {
      result.read.push(path);
      const content = result.files[path] ?? errno('ENOENT');
      if (content instanceof Error) throw content;
      return content.length > maxBytes ? undefined : content;
    },
    readStdin: (maxBytes) => (stdin.length > maxBytes ? undefined : stdin),
    writeStdout: (text) => void (result.stdout += text),
    writeStderr: (text) => void (result.stderr += text),
    writeFileAtomic: (path, data) => {
      if (result.files[path] instanceof Error) throw result.files[path];
      result.files[path] = typeof data === 'string' ? utf8(data) : data;
    },
    exists: (path) => path in result.files,
  };
  result.code = runCli(argv, io, '/project/seeds/sample-article.txt');
  return result;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
