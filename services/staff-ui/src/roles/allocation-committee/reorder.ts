/** Moving rows of a list, by mouse (drag and drop) or keyboard (arrow keys on a row's handle). */

/** A copy of `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/**
 * What a key pressed on a row's handle does: ArrowUp/ArrowDown move it one place, Home/End to the
 * top or bottom. Null for any other key (the browser keeps it) or a move that goes nowhere.
 */
export function keyboardMove(key: string, index: number, length: number): number | null {
  const target = key === 'ArrowUp' ? index - 1 : key === 'ArrowDown' ? index + 1 : key === 'Home' ? 0 : key === 'End' ? length - 1 : null;
  if (target === null || target < 0 || target >= length || target === index) return null;
  return target;
}
