import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * JSON logs. Authorization headers, tokens and anything under a `personal` key are redacted as a second line of
 * defence: callers log ids and references only.
 */
export function createLogger(service: string, level: string = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['authorization', '*.authorization', 'headers.authorization', 'token', '*.token', 'password', '*.password', 'personal', '*.personal'],
      censor: '[redacted]',
    },
  });
}

/** Adapts pino to Nest's logger interface so framework messages are JSON too. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, stringify(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace: process.env['NODE_ENV'] === 'development' ? trace : undefined }, stringify(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, stringify(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, stringify(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, stringify(message));
  }
}

function stringify(message: unknown): string {
  if (message instanceof Error) return message.message;
  return typeof message === 'string' ? message : JSON.stringify(message);
}

export type { Logger };

/** The injection token of the process's pino logger (provided by each service's composition module). */
export const LOGGER = Symbol('LOGGER');
