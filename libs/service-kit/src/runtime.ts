import type { BaseConfig } from '@nrm/config';
import type { ServiceName } from '@nrm/events';
import type { Logger } from '@nrm/logging';

/** The logger token lives with the logger; re-exported here because services inject it next to the runtime's. */
export { LOGGER } from '@nrm/logging';

/** How a process was started: serve the API (with or without workers), only run workers, or print the schema. */
export type ProcessMode = 'api' | 'worker' | 'print-schema';

/** What every service's configuration holds; each service extends it (its `config.ts`). */
export type ServiceConfig = BaseConfig & { PORT: number };

/** A service process: `ServiceRuntime<IdentificationConfig>` gives that service's typed configuration, with no cast. */
export interface ServiceRuntime<C extends ServiceConfig = ServiceConfig> {
  name: ServiceName;
  /** The PostgreSQL schema this service owns. */
  schema: string;
  mode: ProcessMode;
  config: C;
  logger: Logger;
}

export const SERVICE_RUNTIME = Symbol('SERVICE_RUNTIME');
export const REDIS = Symbol('REDIS');
