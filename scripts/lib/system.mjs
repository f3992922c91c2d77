// Debian packages the real-VS-Code tests need, installed when missing (root + apt), otherwise a clear
// message saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian package → a file that proves it is installed (checked before asking dpkg). */
export const REQUIRED_DEBIAN_PACKAGES = {
  chromium: '/usr/bin/chromium',
  'libkrb5-dev': '/usr/include/krb5.h',
  ripgrep: '/usr/bin/rg',
  'fonts-noto-core': '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf',
  // The editor's monospace font in the UI tests (a bare Debian image has no fonts at all).
  'fonts-dejavu-core': '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
};

export class MissingPrerequisiteError extends Error {}

function isInstalled(pkg, proofFile) {
  if (existsSync(proofFile)) return true;
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return status.status === 0 && status.stdout.includes('install ok installed');
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Installs the missing packages with apt-get, or throws MissingPrerequisiteError explaining what to do. */
export function ensureDebianPackages(packages = REQUIRED_DEBIAN_PACKAGES) {
  const missing = Object.entries(packages).filter(([pkg, proof]) => !isInstalled(pkg, proof)).map(([pkg]) => pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    throw new MissingPrerequisiteError(
      `Missing system packages: ${missing.join(', ')}.\n` +
        (hasCommand('apt-get')
          ? `Install them as root: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`
          : `This machine has no apt-get: install the equivalents of ${missing.join(', ')} ` +
            '(Chromium at /usr/bin/chromium or set CHROMIUM_PATH, Kerberos headers, ripgrep, an Arabic font).'),
    );
  }
  console.log(`[setup] installing Debian packages: ${missing.join(' ')}`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env: aptEnv, timeout: 10 * 60_000 });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: aptEnv,
    timeout: 20 * 60_000,
  });
}
