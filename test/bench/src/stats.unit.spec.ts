import { resultRow } from './report';
import { addTo, emptyMeasurement, roundRatioRange, summarise, type Measurement } from './stats';

const round = (events: number, seconds: number): Measurement => ({ events, seconds, latenciesMs: [1, 2, 3] });

describe('bench statistics', () => {
  it('keeps the rate of every round added, and the ratio of the totals', () => {
    const store = emptyMeasurement();
    const raw = emptyMeasurement();
    for (const [s, r] of [
      [900, 1000],
      [400, 1000],
      [1100, 1000],
    ]) {
      addTo(store, round(s, 1));
      addTo(raw, round(r, 1));
    }
    expect(store.roundRates).toEqual([900, 400, 1100]);
    expect(summarise(store).eventsPerSecond).toBeCloseTo(800);
    expect(roundRatioRange(store, raw)).toEqual({ min: 0.4, max: 1.1 });
  });

  it('puts the spread of the rounds in the result row beside the ratio of the totals', () => {
    const store = emptyMeasurement();
    const raw = emptyMeasurement();
    addTo(store, round(800, 1));
    addTo(raw, round(1000, 1));
    addTo(store, round(1200, 2));
    addTo(raw, round(1000, 1));
    const row = resultRow('postgres', 'append', 1, 32, { store, raw });
    expect(row.ratio).toBeCloseTo(2000 / 3 / 1000);
    expect(row.roundRatios).toEqual({ min: 0.6, max: 0.8 });
    expect(row.met).toBe(false);
  });

  it('has no spread for measurements that were not taken in rounds', () => {
    expect(roundRatioRange(round(1, 1), round(1, 1))).toBeUndefined();
  });
});
