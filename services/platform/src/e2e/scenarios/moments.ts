/**
 * Asserts that a moment the platform recorded lies between `from` and `to` (inclusive): a time
 * taken before the request or deadline that made it, and one taken after. The embedded clock
 * stands still, so there both are one instant and the moment is asserted exactly; the clock of
 * distributed mode runs on, and the moment is the one the process read within those bounds.
 */
export function expectWithin(at: string | null | undefined, from: Date | number, to: Date | number): void {
  const [lo, hi] = [new Date(from).getTime(), new Date(to).getTime()];
  const t = at ? new Date(at).getTime() : Number.NaN;
  expect({ at, from: new Date(lo).toISOString(), to: new Date(hi).toISOString(), within: lo <= t && t <= hi }).toMatchObject({ within: true });
}
