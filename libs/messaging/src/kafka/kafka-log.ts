import { logLevel, type logCreator } from 'kafkajs';
import { errorMessage, type Logger } from '../logger';

/**
 * kafkajs' log lines through our logger, so they come out as the service's JSON with the rest.
 * Debug is dropped; `skip` lets the bus silence lines it caused on purpose.
 */
export function kafkaLogCreator(logger: Logger, skip: (fields: Record<string, unknown>) => boolean = () => false): logCreator {
  return () => ({ namespace, level, log }) => {
    const { message, timestamp: _timestamp, logger: _name, ...extra } = log;
    if (skip(extra)) return;
    const fields: Record<string, unknown> = { kafka: namespace };
    for (const [key, value] of Object.entries(extra)) fields[key] = value instanceof Error ? errorMessage(value) : value;
    if (level === logLevel.ERROR || level === logLevel.NOTHING) logger.error(message, fields);
    else if (level === logLevel.WARN) logger.warn(message, fields);
    else if (level === logLevel.INFO) logger.info(message, fields);
  };
}
