import * as assert from 'assert';
import { exportPath, siblingPath } from '../../src/vscode/model/exportTargets';

describe('vscode/model/exportTargets', () => {
  it('puts an export beside the article, its last extension replaced as brat pairs NAME.txt with NAME.ann', () => {
    assert.strictEqual(exportPath('/news/kim.txt', '.ann'), '/news/kim.ann');
    assert.strictEqual(exportPath('/news/kim.arabic.txt', '.csv'), '/news/kim.arabic.csv');
    assert.strictEqual(exportPath('/news/kim', '.conll'), '/news/kim.conll');
    assert.strictEqual(exportPath('/news.d/.kim', '.ann'), '/news.d/.kim.ann');
  });

  it('finds annotation.conf in the folder of the export', () => {
    assert.strictEqual(siblingPath('/news/kim.ann', 'annotation.conf'), '/news/annotation.conf');
  });
});
