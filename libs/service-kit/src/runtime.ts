import type { BaseConfig } from '@nrm/config';
import type { ServiceName } from '@nrm/events';
import type { Logger } from '@nrm/logging';

/** How a process was started: serve the API (with or without workers), only run workers, or print the schema. */
export type ProcessMode = 'api' | 'worker' | 'print-schema';

export interface ServiceRuntime {
  name: ServiceName;
  /** The PostgreSQL schema this service owns. */
  schema: string;
  mode: ProcessMode;
  config: BaseConfig & { PORT: number };
  logger: Logger;
}

export const SERVICE_RUNTIME = Symbol('SERVICE_RUNTIME');
export const REDIS = Symbol('REDIS');
export const LOGGER = Symbol('LOGGER');
