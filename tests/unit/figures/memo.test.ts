import { describe, expect, it } from 'vitest';
import { memo } from '../../../src/figures/lib/memo';

describe('memo: a function of one key, remembered', () => {
  it('makes each value once, keeps at most `kept` keys and drops the oldest first', () => {
    const made: number[] = [];
    const square = memo((n: number) => {
      made.push(n);
      return n * n;
    }, 2);
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(made).toEqual([2, 3]);
    square(4); // drops 2, the oldest
    expect(square(3)).toBe(9);
    expect(made).toEqual([2, 3, 4]);
    expect(square(2)).toBe(4);
    expect(made).toEqual([2, 3, 4, 2]);
  });
});
