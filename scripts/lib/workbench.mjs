// Shared steps for running a real VS Code (code-server) profile: user settings, the packaged
// extension, and child processes that are bounded in time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
export const vsixPath = join(repositoryRoot, 'arabic-article-annotator.vsix');
export const sampleArticlePath = join(repositoryRoot, 'seeds', 'sample-article.txt');

/** Quiet, deterministic user settings: no welcome page, no update checks, no trust prompt. */
export function writeUserSettings(profile, extra = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'files.hotExit': 'off',
    ...extra,
  };
  const userDir = join(profile.userDataDir, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/** An extension with a manifest only: the development extension the .vsix tests run beside. */
export function writeHarnessExtension(profile) {
  const dir = join(profile.root, 'harness-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'integration-test-harness',
    publisher: 'arabic-article-annotator-tests',
    version: '0.0.0',
    engines: { vscode: '^1.100.0' },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  return dir;
}

/**
 * Ctrl-C or a kill ends the runner through process.exit, so the 'exit' handlers that kill the
 * detached process groups (servers, browsers, layers) run: a signal's default action skips them.
 */
export function exitOnInterrupt() {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(signal, () => {
      console.error(`[${signal}] stopping`);
      process.exit(code);
    });
  }
}

/**
 * Runs a command in its own process group with a time limit; resolves with its exit code
 * (the whole group is killed on timeout). Output is inherited.
 */
export function runBounded(command, args, { timeoutMs, cwd = repositoryRoot, env = process.env, quiet = false } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: quiet ? 'ignore' : 'inherit' });
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    // SIGTERM, not SIGKILL: a runner in the group then stops the servers it started in groups of their own.
    const onExit = () => killGroup('SIGTERM');
    process.once('exit', onExit);
    const timer = setTimeout(() => {
      console.error(`[timeout] ${command} ${args.join(' ')} exceeded ${Math.round(timeoutMs / 1000)} s; killing it`);
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 3000).unref();
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('exit', onExit);
      resolvePromise(code ?? (signal ? 128 : 1));
    });
  });
}

/** `npm run <script>` bounded in time; throws when it fails. */
export async function npmRun(script, timeoutMs = 5 * 60_000) {
  const code = await runBounded('npm', ['run', '--silent', script], { timeoutMs });
  if (code !== 0) throw new Error(`npm run ${script} failed (exit ${code})`);
}

/** Compiles the TypeScript tests into out/ (tsc emits even when other files have type errors,
 *  which the typecheck layer reports on its own). */
export async function compileTests(entryFile) {
  // Compiled suites of renamed or deleted test files must not linger and run.
  rmSync(dirname(entryFile), { recursive: true, force: true });
  await runBounded('npx', ['tsc', '-p', '.'], { timeoutMs: 5 * 60_000 });
  if (!existsSync(entryFile)) throw new Error(`tsc did not produce ${entryFile}`);
}
