// `node scripts/check-batch.mjs INPUT.jsonl [annotate options…]`: runs the batch command over
// INPUT.jsonl as standard input (`annotate --input jsonl --format jsonl`) and checks every line of
// what it prints (src/cli/batch-check.ts). Prints the counts; exit 0 when every line holds up.
import { spawn } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { bundleToCache, ROOT } from './bundle-to-cache.mjs';

const [input, ...annotateOptions] = process.argv.slice(2);
if (!input) {
  process.stderr.write('usage: node scripts/check-batch.mjs INPUT.jsonl [annotate options...]\n');
  process.exit(2);
}
const { BatchOutputCheck, expectedArticles } = createRequire(import.meta.url)(await bundleToCache('src/cli/batch-check.ts', 'batch-check'));
const check = new BatchOutputCheck(expectedArticles(readFileSync(input, 'utf8')));

const child = spawn(process.execPath, [join(ROOT, 'scripts', 'annotate.mjs'), '--input', 'jsonl', '--format', 'jsonl', ...annotateOptions], { stdio: ['pipe', 'pipe', 'pipe'] });
createReadStream(input).pipe(child.stdin);
let stderr = '';
child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) check.line(line);
const exitCode = await new Promise((resolve) => child.on('close', resolve));
const report = check.end(stderr);

const summary = stderr.trim().split('\n').at(-1);
process.stdout.write(`${report.lines} lines: ${report.annotated} annotated, ${report.failed} failed, ${report.spans} spans sliced back; exit ${exitCode}\n${summary}\n`);
// Exit 1 is the command saying some inputs failed; the check holds when each failure is accounted for.
if (exitCode !== 0 && !(exitCode === 1 && report.failed > 0)) report.problems.push(`the command exited ${exitCode}`);
if (exitCode === 1 && report.failed === 0) report.problems.push('the command exited 1 with no failed line');
for (const problem of report.problems) process.stdout.write(`FAIL ${problem}\n`);
process.stdout.write(report.problems.length === 0 ? 'PASS\n' : '');
process.exitCode = report.problems.length === 0 ? 0 : 1;
