// Installs what the real-VS-Code tests need (Debian packages, code-server in a cache folder). Idempotent.
import { ensureCodeServer } from './lib/code-server.mjs';
import { MissingPrerequisiteError } from './lib/system.mjs';

try {
  console.log(`code-server ready: ${ensureCodeServer()}`);
} catch (error) {
  console.error(error instanceof MissingPrerequisiteError ? error.message : error);
  process.exit(1);
}
