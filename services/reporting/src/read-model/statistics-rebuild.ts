import type { Logger } from '@nrm/logging';
import type { ServiceName } from '@nrm/events';
import type { ReportingConfig } from '../config';
import type { EventHistoryClient } from './event-history.client';
import { MergedHistory } from './merged-history';
import { type ReadModelRepository, STAGING_TABLES } from './read-model.repository';
import type { ReadModelService } from './read-model.service';

export interface RebuildResult {
  events: number;
  batches: number;
  seconds: number;
}

/**
 * The rebuild (docs/statistics.md, "Rebuild"): every producer's published history, merged in `occurredAt` order,
 * through the live consumer's own writer into staging copies of the read model, a batch per transaction. Then, in
 * one transaction holding the live consumer off: what the producers published meanwhile, the swap, and every event
 * applied marked in the inbox so the live copy of it is recognised by its id and left.
 */
export class StatisticsRebuild {
  constructor(
    private readonly repository: ReadModelRepository,
    private readonly writer: ReadModelService,
    private readonly client: EventHistoryClient,
    private readonly config: Pick<
      ReportingConfig,
      'IDENTIFICATION_INTERNAL_URL' | 'REFERRAL_INTERNAL_URL' | 'SHELTERS_INTERNAL_URL' | 'FORMAL_IDENTIFICATION_INTERNAL_URL' | 'STATISTICS_REBUILD_PAGE' | 'STATISTICS_REBUILD_BATCH'
    >,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  run(): Promise<RebuildResult> {
    return this.repository.withRebuildLock(() => this.rebuild());
  }

  private async rebuild(): Promise<RebuildResult> {
    const started = this.now();
    const urls: Partial<Record<ServiceName, string>> = {
      identification: this.config.IDENTIFICATION_INTERNAL_URL,
      referral: this.config.REFERRAL_INTERNAL_URL,
      shelters: this.config.SHELTERS_INTERNAL_URL,
      'formal-identification': this.config.FORMAL_IDENTIFICATION_INTERNAL_URL,
    };
    const history = new MergedHistory(this.client, urls, this.config.STATISTICS_REBUILD_PAGE);
    const batchSize = this.config.STATISTICS_REBUILD_BATCH;
    let events = 0;
    let batches = 0;
    await this.repository.createStaging();
    try {
      // The next batch is read from the producers while this one is written: the two wait on different processes.
      let reading = history.next(batchSize);
      for (;;) {
        const batch = await reading;
        if (batch.length === 0) break;
        reading = history.next(batchSize);
        // Awaited on the next turn; until then a failure must not count as unhandled.
        reading.catch(() => undefined);
        await this.repository.transaction(async (manager) => {
          await this.writer.apply(manager, batch, STAGING_TABLES, { lock: false });
          await this.repository.recordApplied(manager, batch);
        });
        events += batch.length;
        batches += 1;
        if (batches % 10 === 0) this.logger.info({ events, batches }, 'statistics rebuild progress');
      }
      await this.repository.transaction(async (manager) => {
        await this.repository.lockLive(manager);
        // Whatever was published while the history was read: the live consumer waits now, so nothing is missed.
        history.reopen();
        for (;;) {
          const tail = await history.next(batchSize);
          if (tail.length === 0) break;
          await this.writer.apply(manager, tail, STAGING_TABLES, { lock: false });
          await this.repository.recordApplied(manager, tail);
          events += tail.length;
          batches += 1;
        }
        await this.repository.swap(manager);
      });
    } finally {
      await this.repository.dropStaging();
    }
    const result = { events, batches, seconds: (this.now() - started) / 1000 };
    this.logger.info(result, 'statistics rebuilt');
    return result;
  }
}
