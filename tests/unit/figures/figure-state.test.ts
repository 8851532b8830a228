import { describe, expect, it } from 'vitest';
import { figureChannel, onWakeRequest } from '../../../src/figures/lib/figure-state';

describe('figure-state: a typed channel from a tool to a figure', () => {
  it('delivers messages to subscribers, keeps the latest for a figure that wakes later, and unsubscribes', () => {
    const channel = figureChannel<{ runs: number }>('test-a');
    expect(channel.latest()).toBeUndefined();
    const got: unknown[] = [];
    const off = channel.subscribe((m) => got.push(m));
    channel.publish({ values: { alpha: 0.3 }, context: { runs: 3 } });
    expect(got).toEqual([{ values: { alpha: 0.3 }, context: { runs: 3 } }]);
    expect(channel.latest()).toEqual({ values: { alpha: 0.3 }, context: { runs: 3 } });
    off();
    channel.publish({ context: { runs: 4 } });
    expect(got).toHaveLength(1);
    expect(channel.latest()?.context).toEqual({ runs: 4 });
    // Channels are per figure.
    expect(figureChannel('test-b').latest()).toBeUndefined();
  });

  it('asks the page to wake the figure: requests made before the loader registers are delivered when it does', () => {
    figureChannel('test-early').wake();
    figureChannel('test-early-2').publish({ context: 1 });
    const woken: string[] = [];
    onWakeRequest((id) => woken.push(id));
    expect(woken).toEqual(expect.arrayContaining(['test-early', 'test-early-2']));
    woken.length = 0;
    figureChannel('test-late').publish({ values: {} });
    figureChannel('test-late').wake();
    expect(woken).toEqual(['test-late', 'test-late']);
  });
});
