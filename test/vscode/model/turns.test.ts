import * as assert from 'node:assert/strict';
import { TurnQueue } from '../../../src/vscode/model/turns';
import { FakeClock, settle } from '../fake-clock';

describe('TurnQueue', () => {
  it('gives each waiter a turn of its own, in the order they asked', async () => {
    const clock = new FakeClock();
    const turns = new TurnQueue(clock);
    const order: string[] = [];
    for (const name of ['speakers', 'outline', 'highlights']) void turns.next().then(() => order.push(name));
    await settle();
    assert.deepEqual(order, [], 'nobody goes on before a timer fires');
    assert.equal(clock.zeroDelayTimers, 1, 'one timer at a time, not one per waiter');
    await clock.advance(0);
    assert.deepEqual(order, ['speakers', 'outline', 'highlights']);
    assert.equal(clock.zeroDelayTimers, 3, 'each waiter went on after a timer of its own');
  });

  it('lets a turn asked for during a turn wait behind those already waiting', async () => {
    const clock = new FakeClock();
    const turns = new TurnQueue(clock);
    const order: string[] = [];
    void turns.next().then(async () => {
      order.push('first slice');
      await turns.next();
      order.push('second slice');
    });
    void turns.next().then(() => order.push('other view'));
    await clock.advance(0);
    assert.deepEqual(order, ['first slice', 'other view', 'second slice']);
  });
});
