import pino, { type Logger } from 'pino';

/**
 * JSON lines on stdout, one per event, with the site and system on each (collected by the site's
 * log shipper). Written synchronously: the agent logs little, and a line written just before a
 * crash must not be lost in a buffer.
 */
export function createLogger(base: { siteId: string; system: string }, level = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ name: 'hpc-site-agent', level, base: { service: 'hpc-site-agent', ...base }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: true }));
}
