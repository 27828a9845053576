/**
 * The wait a Retry-After header asks for (RFC 9110 section 10.2.3): delay-seconds, or an HTTP-date
 * (a date already past is no wait). Undefined when there is none or it cannot be read: the
 * ordinary schedule applies.
 */
export function retryAfterMsOf(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  // An IMF-fixdate names its weekday and its zone (GMT); a bare number or a loose date is refused.
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
