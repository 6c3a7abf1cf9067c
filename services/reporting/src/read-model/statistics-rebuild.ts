import type { Logger } from '@nrm/logging';
import type { ServiceName } from '@nrm/events';
import type { ReportingConfig } from '../config';
import type { EventHistoryClient } from './event-history.client';
import { FoldedHistory } from './folded-history';
import { MergedHistory } from './merged-history';
import { type InboxPlan, type ReadModelRepository, STAGING_TABLES } from './read-model.repository';
import type { ReadModelService } from './read-model.service';

export interface RebuildResult {
  events: number;
  /** Pages of events folded (or, in the final transaction, applied). */
  batches: number;
  seconds: number;
  /** Seconds of each stage (docs/statistics.md, "Rebuild"). */
  stages: { fold: number; write: number; index: number; swap: number };
  /** How the applied events reached the inbox, and how many the live inbox lacked (`ReadModelRepository.inboxMode`). */
  inbox: Pick<InboxPlan, 'mode' | 'missing'>;
}

/** Up to this many rows in the live inbox, the rebuild writes a new inbox instead of adding its events to the live one. */
const INBOX_SWAP_ABOVE = 200_000;

/** Staging tables written (and indexed) at once, each on a connection of the rebuild's pool. */
const WRITE_PARALLEL = 2;
/** Applied event ids are sent to the database this many at a time, while the fold goes on. */
const APPLIED_CHUNK = 50_000;

/**
 * The rebuild (docs/statistics.md, "Rebuild"): every producer's published history, merged in `occurredAt` order, folded
 * in memory with the live consumer's own fold, written once into unindexed staging tables, then indexed. Then, in one
 * transaction holding the live consumer off: what the producers published meanwhile (through the live writer), every
 * event applied marked in the inbox so the live copy of it is recognised by its id and left (added to the live inbox,
 * or a new inbox: `ReadModelRepository.inboxMode`), and the staging tables renamed into the live ones' place.
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
    private readonly options: { inboxSwapAbove?: number } = {},
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
    const stages = { fold: 0, write: 0, index: 0, swap: 0 };
    let events = 0;
    let batches = 0;
    let mark = started;
    const stage = (name: keyof typeof stages) => {
      const at = this.now();
      stages[name] = Math.round(at - mark) / 1000;
      mark = at;
    };
    const mode = await this.repository.inboxMode(this.options.inboxSwapAbove ?? INBOX_SWAP_ABOVE);
    let inbox: Pick<InboxPlan, 'mode' | 'missing'> = { mode, missing: 0 };
    await this.repository.createStaging(mode);
    try {
      const folded = new FoldedHistory();
      // The ids applied go to the database a chunk at a time, one chunk in flight while the fold goes on.
      let applied: Array<{ id: string; type: string }> = [];
      let recording: Promise<void> = Promise.resolve();
      const record = async (all: boolean) => {
        if (applied.length < (all ? 1 : APPLIED_CHUNK)) return;
        const chunk = applied;
        applied = [];
        await recording;
        recording = this.repository.recordApplied(mode, chunk);
        recording.catch(() => undefined);
      };
      for (;;) {
        const batch = await history.next(batchSize);
        if (batch.length === 0) break;
        this.writer.fold(folded, batch);
        for (const event of batch) applied.push(event);
        await record(false);
        events += batch.length;
        batches += 1;
        if (batches % 50 === 0) this.logger.info({ events, batches }, 'statistics rebuild progress');
      }
      await record(true);
      await recording;
      this.writer.eraseFolded(folded);
      stage('fold');
      await this.repository.writeStaging(folded, WRITE_PARALLEL);
      stage('write');
      const plan = await this.repository.planInbox(mode);
      await this.repository.indexStaging(WRITE_PARALLEL, plan);
      await this.repository.listStagedMonths();
      stage('index');
      inbox = { mode: plan.mode, missing: plan.missing };
      await this.repository.transaction(async (manager) => {
        await this.repository.lockLive(manager);
        const definitions = await this.repository.armStaging(manager, plan);
        // Whatever was published while the history was read: the live consumer waits now, so nothing is missed.
        history.reopen();
        for (;;) {
          const tail = await history.next(batchSize);
          if (tail.length === 0) break;
          await this.writer.apply(manager, tail, STAGING_TABLES, { lock: false });
          await this.repository.recordTail(manager, plan, tail);
          events += tail.length;
          batches += 1;
        }
        await this.repository.swap(manager, definitions, plan);
      });
      stage('swap');
    } finally {
      await this.repository.dropStaging();
    }
    const result = { events, batches, seconds: (this.now() - started) / 1000, stages, inbox };
    this.logger.info(result, 'statistics rebuilt');
    return result;
  }
}
