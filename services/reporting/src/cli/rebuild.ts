import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ClientCredentialsTokens } from '@nrm/auth';
import { loadConfig, reportBootFailure } from '@nrm/config';
import { createLogger } from '@nrm/logging';
import { reportingConfigSchema } from '../config';
import { EventHistoryClient } from '../read-model/event-history.client';
import { openReadModelDatabase, ReadModelRepository } from '../read-model/read-model.repository';
import { ReadModelService } from '../read-model/read-model.service';
import { StatisticsRebuild } from '../read-model/statistics-rebuild';

/**
 * `npm run statistics:rebuild` (docs/statistics.md, "Rebuild"): empties the statistics read model and writes it
 * again from every producer's published events. Needs the reporting service's configuration (DATABASE_URL of the
 * schema's owner, REPORTING_PSEUDONYM_KEY, the producers' *_INTERNAL_URL, OIDC_ISSUER and the service's own client,
 * SERVICE_CLIENT_ID / SERVICE_CLIENT_SECRET, whose client-credentials token the producers' `GET /internal/events`
 * accept). Prints one JSON line: events applied, batches, seconds, and the seconds of each stage (`stages`).
 */
async function main(): Promise<void> {
  const logger = createLogger('reporting');
  try {
    const config = loadConfig(reportingConfigSchema);
    const dataSource = await openReadModelDatabase(config);
    try {
      const repository = new ReadModelRepository(dataSource);
      const writer = new ReadModelService(repository, { name: 'reporting', schema: 'reporting', mode: 'worker', config, logger });
      const tokens = new ClientCredentialsTokens({
        issuer: config.OIDC_ISSUER,
        clientId: config.SERVICE_CLIENT_ID,
        clientSecret: config.SERVICE_CLIENT_SECRET,
        timeoutMs: config.STATISTICS_REBUILD_TIMEOUT_MS,
      });
      const client = new EventHistoryClient({ tokens, correlationId: randomUUID() }, config.STATISTICS_REBUILD_TIMEOUT_MS);
      const result = await new StatisticsRebuild(repository, writer, client, config, logger, () => performance.now()).run();
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    reportBootFailure(logger, error);
  }
}

void main();
