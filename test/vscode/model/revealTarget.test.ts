import * as assert from 'node:assert/strict';
import { mayReveal, ResourceUri } from '../../../src/vscode/model/revealTarget';

const file = (path: string): ResourceUri => ({ scheme: 'file', authority: '', path });

describe('vscode/model/revealTarget', () => {
  const open = [file('/home/u/notes/article.txt'), { scheme: 'untitled', authority: '', path: 'Untitled-1' }];
  const folders = [file('/home/u/project')];

  it('reveals a document already open, wherever it is', () => {
    assert.equal(mayReveal(file('/home/u/notes/article.txt'), open, folders), true);
    assert.equal(mayReveal({ scheme: 'untitled', authority: '', path: 'Untitled-1' }, open, []), true);
  });

  it('reveals a file inside a workspace folder', () => {
    assert.equal(mayReveal(file('/home/u/project/news/a.txt'), open, folders), true);
    assert.equal(mayReveal(file('/home/u/project/a.txt'), open, [file('/home/u/project/')]), true);
  });

  it('refuses any other address', () => {
    assert.equal(mayReveal(file('/etc/passwd'), open, folders), false);
    assert.equal(mayReveal(file('/home/u/project-other/a.txt'), open, folders), false, 'a sibling sharing the prefix');
    assert.equal(mayReveal(file('/home/u/project/../.ssh/id_rsa'), open, folders), false, 'climbing out with ..');
    assert.equal(mayReveal(file('/home/u/project/..\\secret'), open, folders), false);
    assert.equal(mayReveal({ scheme: 'vscode-remote', authority: 'ssh-remote+host', path: '/home/u/project/a.txt' }, open, folders), false, 'another machine');
    assert.equal(mayReveal({ scheme: 'https', authority: 'example.com', path: '/home/u/notes/article.txt' }, open, folders), false);
    assert.equal(mayReveal(file('/home/u/notes/article.txt'), [], []), false, 'no workspace, nothing open');
  });
});
