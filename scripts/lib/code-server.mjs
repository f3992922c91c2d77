// code-server (VS Code 1.100.3 served to a browser): installed once into a cache folder outside
// node_modules, started isolated on 127.0.0.1 and stopped by killing its process group.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MissingPrerequisiteError, ensureDebianPackages } from './system.mjs';

// 4.100.x is the last line that runs on Node 20 (newer ones need Node 22+).
export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_CACHE = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const cacheRoot = process.env.ARABIC_ANNOTATOR_CACHE ?? join(homedir(), '.cache', 'arabic-annotator');
export const codeServerDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const installedMarker = join(codeServerDir, 'installed.ok');
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the archive: give it Debian's rg. */
function seedRipgrepCache() {
  const archive = join(RIPGREP_CACHE, RIPGREP_ARCHIVE);
  if (existsSync(archive)) return;
  mkdirSync(RIPGREP_CACHE, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'rg-'));
  copyFileSync('/usr/bin/rg', join(staging, 'rg'));
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

/** Points node-gyp at the running Node's own headers (it would download them otherwise, which fails offline). */
function nodeHeadersEnv() {
  const nodeDir = resolve(dirname(process.execPath), '..');
  if (existsSync(join(nodeDir, 'include', 'node', 'node.h'))) return { npm_config_nodedir: nodeDir };
  console.warn(`[setup] no Node headers under ${nodeDir}/include/node: node-gyp will try to download them`);
  return {};
}

/** Installs code-server into the cache folder unless it is already there (about 2 minutes cold). */
export function ensureCodeServer() {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) {
    throw new MissingPrerequisiteError(
      `code-server@${CODE_SERVER_VERSION}, the VS Code these tests run offline, needs Node 20; this is Node ${process.versions.node}. ` +
        'Run the tests with Node 20 (or use npm run test:electron with an installed VS Code).',
    );
  }
  ensureDebianPackages();
  if (existsSync(installedMarker) && existsSync(codeServerEntry)) return codeServerEntry;
  const started = Date.now();
  console.log(`[setup] installing code-server@${CODE_SERVER_VERSION} into ${codeServerDir} (about 2 minutes, once)`);
  seedRipgrepCache();
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }) + '\n');
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`],
    {
      cwd: codeServerDir,
      stdio: 'inherit',
      timeout: 20 * 60_000,
      // code-server's postinstall refuses to run as root unless unsafe-perm is set; nodedir builds
      // its native modules against the installed Node headers instead of downloading them.
      env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true', ...nodeHeadersEnv() },
    },
  );
  if (!existsSync(codeServerEntry)) throw new Error(`code-server install finished but ${codeServerEntry} is missing`);
  writeFileSync(installedMarker, new Date().toISOString() + '\n');
  console.log(`[setup] code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerEntry;
}

/** A fresh, isolated home for one code-server run (settings, extensions, logs). */
export function makeProfile(name) {
  const root = mkdtempSync(join(tmpdir(), `arabic-annotator-${name}-`));
  const dirs = {
    root,
    home: join(root, 'home'),
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    workspace: join(root, 'workspace'),
  };
  for (const dir of [dirs.home, join(dirs.userDataDir, 'User'), dirs.extensionsDir, dirs.workspace]) {
    mkdirSync(dir, { recursive: true });
  }
  return dirs;
}

function isolatedEnv(profile, extraEnv = {}) {
  return {
    ...process.env,
    HOME: profile.home,
    XDG_CONFIG_HOME: join(profile.home, '.config'),
    XDG_DATA_HOME: join(profile.home, '.local', 'share'),
    XDG_CACHE_HOME: join(profile.home, '.cache'),
    ...extraEnv,
  };
}

function commonArgs(profile) {
  return [
    '--config', join(profile.root, 'config.yaml'),
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
  ];
}

/** `code-server --install-extension file.vsix --force` into the profile's extensions dir. */
export function installVsix(profile, vsixPath) {
  const entry = ensureCodeServer();
  execFileSync(process.execPath, [entry, ...commonArgs(profile), '--install-extension', vsixPath, '--force'], {
    env: isolatedEnv(profile),
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 120_000,
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server detached in its own process group; resolves when /healthz answers.
 * Returns { url, port, child, stop(), logPath } — stop() kills the whole group.
 */
export async function startCodeServer(profile, { port, env = {}, startTimeoutMs = 60_000 } = {}) {
  const entry = ensureCodeServer();
  const chosenPort = port ?? (await freePort());
  const logPath = join(profile.root, 'code-server.log');
  const log = openSync(logPath, 'a');
  const child = spawn(
    process.execPath,
    [
      entry,
      ...commonArgs(profile),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${chosenPort}`,
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      profile.workspace,
    ],
    { env: isolatedEnv(profile, env), detached: true, stdio: ['ignore', log, log] },
  );
  const url = `http://127.0.0.1:${chosenPort}`;
  const killOnExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already stopped
    }
  };
  process.once('exit', killOnExit);
  const stop = async () => {
    await killGroup(child);
    process.removeListener('exit', killOnExit);
  };
  try {
    await waitForHealth(url, child, startTimeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${error.message} (log: ${logPath})`);
  }
  return { url, port: chosenPort, child, stop, logPath };
}

/** Kills a detached child's whole process group (the server, its extension hosts, watchers):
 *  SIGTERM, then SIGKILL if it is still there after a few seconds. */
export async function killGroup(child, graceMs = 5000) {
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signalGroup('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
  }
  // Children of the server (extension hosts, file watchers) can outlive it: clear the group either way.
  signalGroup('SIGKILL');
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
