import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WorkingDayCalendar } from '@nrm/calendar';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReportingConfig } from '../config';
import { type EventKeys, foldEvent, keysOf, type LocalDate, type ReadModelEvent } from './fact-fold';
import type { FoldedHistory } from './folded-history';
import { Pseudonyms } from './pseudonyms';
import { LIVE_TABLES, ReadModelRepository, type ReadModelTables } from './read-model.repository';

export interface ApplyOptions {
  /** Live: several consumers at once, so each person's rows are locked. The rebuild writes alone and does not. */
  lock: boolean;
}

/**
 * Writes the statistics read model from events (docs/statistics.md, "How the read model is written"). The live
 * consumer hands it one event at a time inside the inbox transaction; the rebuild hands it thousands, in order, in
 * one transaction: the same code either way. A batch is cut at each erasure: the rows before it are written, then
 * re-keyed, and what follows is read again.
 */
@Injectable()
export class ReadModelService {
  private readonly pseudonyms: Pseudonyms;
  private readonly localDate: LocalDate;

  constructor(
    private readonly repository: ReadModelRepository,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<ReportingConfig>,
  ) {
    this.pseudonyms = new Pseudonyms(runtime.config.REPORTING_PSEUDONYM_KEY);
    const calendar = new WorkingDayCalendar([]);
    // Tirana's offset from UTC is a whole number of hours, so the date depends on the UTC hour only: one format per hour.
    const byHour = new Map<string, string>();
    this.localDate = (instant) => {
      const hour = instant.slice(0, 13);
      let date = byHour.get(hour);
      if (date === undefined) {
        date = calendar.localDate(new Date(instant));
        if (byHour.size > 100_000) byHour.clear();
        byHour.set(hour, date);
      }
      return date;
    };
  }

  /** One event of the live consumer, in its inbox transaction. */
  applyLive(manager: EntityManager, event: ReadModelEvent): Promise<void> {
    return this.apply(manager, [event], LIVE_TABLES, { lock: true });
  }

  /**
   * The rebuild's way (docs/statistics.md, "Rebuild"): events applied in order to the whole read model held in memory,
   * with the live consumer's fold and its rule for erased persons; nothing is read or written here.
   */
  fold(history: FoldedHistory, events: readonly ReadModelEvent[]): void {
    for (const event of events) {
      if (event.type === 'person.erased') {
        history.erased.add(this.pseudonyms.of((event as ReadModelEvent & { payload: { personId: string } }).payload.personId));
        continue;
      }
      const keys = keysOf(event, this.pseudonyms);
      // As live: an event about an erased person is left out (docs/statistics.md, "Erasure").
      if (history.anyErased(keys.persons)) continue;
      foldEvent(history, event, keys, this.localDate);
    }
  }

  /** Re-keys the erased persons' rows of a folded history, as `apply` does at each erasure. */
  eraseFolded(history: FoldedHistory): void {
    history.eraseAll(() => this.pseudonyms.random());
  }

  async apply(manager: EntityManager, events: readonly ReadModelEvent[], tables: ReadModelTables, options: ApplyOptions): Promise<void> {
    let segment: ReadModelEvent[] = [];
    for (const event of events) {
      if (event.type !== 'person.erased') {
        segment.push(event);
        continue;
      }
      await this.applySegment(manager, segment, tables, options);
      segment = [];
      const personKey = this.pseudonyms.of((event as ReadModelEvent & { payload: { personId: string } }).payload.personId);
      if (options.lock) await this.repository.lockPersons(manager, [personKey]);
      await this.repository.erase(manager, tables, personKey, this.pseudonyms.random());
    }
    await this.applySegment(manager, segment, tables, options);
  }

  private async applySegment(manager: EntityManager, events: ReadModelEvent[], tables: ReadModelTables, options: ApplyOptions): Promise<void> {
    if (events.length === 0) return;
    const keyed: Array<{ event: ReadModelEvent; keys: EventKeys }> = events.map((event) => ({ event, keys: keysOf(event, this.pseudonyms) }));
    const persons = [...new Set(keyed.flatMap(({ keys }) => keys.persons))];
    if (options.lock) await this.repository.lockPersons(manager, persons);
    // An event about an erased person is left out: written, it would put the old pseudonym back (docs/statistics.md, "Erasure").
    const erased = await this.repository.erasedAmong(manager, tables, persons);
    const kept = erased.size === 0 ? keyed : keyed.filter(({ keys }) => !keys.persons.some((key) => erased.has(key)));
    if (kept.length === 0) return;
    const defined = (values: Array<string | undefined>) => [...new Set(values.filter((value): value is string => value !== undefined))];
    const batch = await this.repository.load(manager, tables, {
      persons: [...new Set(kept.flatMap(({ keys }) => keys.persons))],
      referrals: defined(kept.map(({ keys }) => keys.referral)),
      cases: defined(kept.map(({ keys }) => keys.case)),
      permits: defined(kept.map(({ keys }) => keys.permit)),
    });
    for (const { event, keys } of kept) foldEvent(batch, event, keys, this.localDate);
    await this.repository.write(manager, tables, batch);
  }
}
