import * as assert from 'assert';
import * as esbuild from 'esbuild';
import { readFileSync } from 'fs';
import { join } from 'path';
import * as vm from 'vm';
import { analyze } from '../../src/core';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'seeds', 'sample-article.txt'), 'utf8');

/**
 * The core must run where the web extension runs (vscode.dev): bundled for the browser, evaluated
 * in a context that has the language's globals but none of Node's (no require, process, Buffer).
 */
describe('core in a browser-like context', function () {
  this.timeout(60_000);

  it('bundles for the browser and analyses the sample article as in Node', () => {
    const bundle = esbuild.buildSync({
      entryPoints: [join(ROOT, 'src', 'core', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'annotatorCore',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const context = vm.createContext({});
    vm.runInContext(bundle.outputFiles[0].text, context);
    assert.strictEqual(vm.runInContext('typeof require + typeof process + typeof Buffer', context), 'undefinedundefinedundefined');
    const inBrowser = vm.runInContext('(text) => JSON.stringify(annotatorCore.analyze(text))', context) as (text: string) => string;
    assert.deepStrictEqual(JSON.parse(inBrowser(SAMPLE)), JSON.parse(JSON.stringify(analyze(SAMPLE))));
  });
});
