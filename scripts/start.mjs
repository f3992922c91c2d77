// `npm start`: builds the extension and opens the sample article in a real VS Code with it loaded —
// the desktop `code` when it is on PATH, otherwise code-server on 127.0.0.1 (PORT, default 8765)
// until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { remoteUri, workbenchUrl } from './lib/browser.mjs';
import { cacheRoot, ensureCodeServer, startCodeServer } from './lib/code-server.mjs';
import { MissingPrerequisiteError } from './lib/system.mjs';
import { npmRun, repositoryRoot, sampleArticlePath, writeUserSettings } from './lib/workbench.mjs';

const DEFAULT_PORT = 8765;

function hasDesktopCode() {
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

async function startCodeServerSession() {
  ensureCodeServer();
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  // A profile of its own that persists between runs (settings, opened editors), apart from the tests'.
  const root = join(cacheRoot, 'start-profile');
  const profile = {
    root,
    home: join(root, 'home'),
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    workspace: repositoryRoot,
  };
  for (const dir of [profile.home, profile.userDataDir, profile.extensionsDir]) mkdirSync(dir, { recursive: true });
  if (!existsSync(join(profile.userDataDir, 'User', 'settings.json'))) {
    writeUserSettings(profile, { 'editor.wordWrap': 'on', 'editor.fontFamily': "'Noto Naskh Arabic', 'DejaVu Sans Mono', monospace" });
  }
  const server = await startCodeServer(profile, { port });
  const url = workbenchUrl(server.url, repositoryRoot, [
    ['extensionDevelopmentPath', remoteUri(server.url, repositoryRoot)],
    ['openFile', remoteUri(server.url, sampleArticlePath)],
    ['skipWelcome', 'true'],
  ]);
  console.log(`\nVS Code (code-server) is running with the extension loaded from ${repositoryRoot}.`);
  console.log(`Open this address in a browser (it loads the extension and the sample article):\n\n  ${url}\n`);
  console.log('After changing the code: npm run build, then reload the browser tab. Ctrl-C stops the server.');
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  server.child.on('exit', (code) => {
    console.error(`code-server stopped (exit ${code}); log: ${server.logPath}`);
    process.exit(code ?? 1);
  });
}

try {
  await npmRun('build');
  if (hasDesktopCode()) {
    console.log('Opening the sample article in VS Code with the extension loaded from this folder…');
    spawn('code', [`--extensionDevelopmentPath=${repositoryRoot}`, sampleArticlePath], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log('`code` is not on PATH: starting code-server instead.');
    await startCodeServerSession();
  }
} catch (error) {
  console.error(error instanceof MissingPrerequisiteError ? error.message : error);
  process.exit(1);
}
