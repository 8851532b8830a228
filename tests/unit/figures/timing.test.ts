import { afterEach, describe, expect, it } from 'vitest';
import { MEASURES_KEPT, measure } from '../../../src/components/figure/timing';

describe('figure timings on the performance timeline (src/components/figure/timing.ts)', () => {
  afterEach(() => performance.clearMeasures());

  it('records each measure with its start and end', () => {
    measure('fig:update:test-a', 10, 14.5);
    const [entry] = performance.getEntriesByName('fig:update:test-a');
    expect(entry.startTime).toBe(10);
    expect(entry.duration).toBe(4.5);
  });

  it(`keeps at most ${MEASURES_KEPT} of a name however many updates come, the newest always among them`, () => {
    for (let i = 0; i < 2.5 * MEASURES_KEPT; i++) measure('fig:render:test-b', i, i + 1);
    const kept = performance.getEntriesByName('fig:render:test-b');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(MEASURES_KEPT);
    expect(kept.at(-1)!.startTime).toBe(2.5 * MEASURES_KEPT - 1);
    // Another name is counted on its own: its first measures are not cleared by the first name's.
    measure('fig:check:test-b', 0, 1);
    expect(performance.getEntriesByName('fig:check:test-b')).toHaveLength(1);
  });

  it('keeps every measure up to the limit (the benchmark reads its 105 in a row)', () => {
    for (let i = 0; i < 105; i++) measure('fig:update:test-c', i, i + 2);
    expect(performance.getEntriesByName('fig:update:test-c')).toHaveLength(105);
  });
});
