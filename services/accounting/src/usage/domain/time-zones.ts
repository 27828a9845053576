/**
 * Slurm prints times in the local zone of the machine running `sacct`, without the zone. A site's
 * times are read in its IANA zone (or the zone the sender names, `UTC` when the agent runs `sacct`
 * with `TZ=UTC`), with Node's own Intl time-zone data (ICU's copy of the tz database), ADR 20.
 */

const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;
const WITH_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** An IANA zone name Intl knows (`Europe/Helsinki`, `UTC`); offsets and abbreviations such as `CET+1` are not zones of a place. */
export function isTimeZone(zone: string): boolean {
  if (!IANA_NAME.test(zone) || zone.length > 64) return false;
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

/** True when the timestamp says its zone (`Z`, `+02:00`, `+0200`). */
export const hasZone = (timestamp: string): boolean => WITH_ZONE.test(timestamp);

/** The zone's offset from UTC at an instant, in milliseconds (Helsinki in winter: +2 h), from Intl: about 10 us a call. */
function exactOffsetAt(zone: string, instant: number): number {
  const parts = Object.fromEntries(formatterOf(zone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

const HOUR_MS = 3_600_000;
/** Per zone, per UTC hour: the offset all through that hour, or null when it changes within it. */
const hourOffsets = new Map<string, Map<number, number | null>>();
/** About eleven years of hours per zone; past that the cache starts again (it is only a cache). */
const HOURS_KEPT = 100_000;

/**
 * exactOffsetAt, asked once per zone and hour rather than four times per timestamp (an import of
 * 20,000 records spent most of its CPU here: issue 20, ADR 33). The offset found at an hour's first
 * and last second holds for the whole hour when the two agree: no zone changes its offset twice
 * within one hour and back. An hour where they differ (a transition) is asked exactly, each time.
 */
function offsetAt(zone: string, instant: number): number {
  const hour = Math.floor(instant / HOUR_MS);
  let byHour = hourOffsets.get(zone);
  if (!byHour) hourOffsets.set(zone, (byHour = new Map()));
  let offset = byHour.get(hour);
  if (offset === undefined) {
    const first = exactOffsetAt(zone, hour * HOUR_MS);
    offset = first === exactOffsetAt(zone, hour * HOUR_MS + HOUR_MS - 1000) ? first : null;
    if (byHour.size >= HOURS_KEPT) byHour.clear();
    byHour.set(hour, offset);
  }
  return offset ?? exactOffsetAt(zone, instant);
}

/**
 * The instant a wall-clock time names in `zone`. Once a year a local hour happens twice (clocks
 * go back): the earlier is taken; a local time skipped when clocks go forward is read as if the
 * clock had not moved yet, i.e. moved forward by the gap (Temporal's `compatible`). Slurm never
 * prints a skipped time; a sender that wants no doubt at all sends UTC.
 */
export function wallTimeToInstant(wallAsUtcMs: number, zone: string): number {
  const before = offsetAt(zone, wallAsUtcMs - DAY_MS);
  const after = offsetAt(zone, wallAsUtcMs + DAY_MS);
  const valid = [...new Set([before, after])].map((offset) => wallAsUtcMs - offset).filter((instant) => wallAsUtcMs - offsetAt(zone, instant) === instant);
  if (valid.length > 0) return Math.min(...valid);
  return wallAsUtcMs - before;
}

/**
 * A timestamp as an ISO instant in UTC: its own zone when it says one, else read in `zone`;
 * undefined when it says none and no zone is known (the caller refuses it naming the field).
 */
export function instantOf(timestamp: string, zone: string | undefined): string | undefined {
  if (hasZone(timestamp)) return new Date(timestamp).toISOString();
  const m = WALL.exec(timestamp);
  if (!m || zone === undefined) return undefined;
  const millis = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), millis);
  return new Date(wallTimeToInstant(wall, zone)).toISOString();
}
