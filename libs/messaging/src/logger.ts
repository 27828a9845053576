/**
 * What messaging needs from a logger. Structured fields, no formatting: the service maps it onto
 * its own logger (pino in production) so logs stay JSON with the correlation id.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
