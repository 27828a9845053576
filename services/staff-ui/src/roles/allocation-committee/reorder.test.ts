import { describe, expect, it } from 'vitest';
import { keyboardMove, moveItem } from './reorder';

describe('reorder', () => {
  it('moves an item to another place, clamped to the list', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('maps arrow keys, Home and End on a row to its new place; other keys and moves past the ends do nothing', () => {
    expect(keyboardMove('ArrowDown', 0, 3)).toBe(1);
    expect(keyboardMove('ArrowUp', 2, 3)).toBe(1);
    expect(keyboardMove('Home', 2, 3)).toBe(0);
    expect(keyboardMove('End', 0, 3)).toBe(2);
    expect(keyboardMove('ArrowUp', 0, 3)).toBeNull();
    expect(keyboardMove('ArrowDown', 2, 3)).toBeNull();
    expect(keyboardMove('Enter', 1, 3)).toBeNull();
  });
});
