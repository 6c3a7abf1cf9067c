import { WorkingDayCalendar } from '@nrm/calendar';
import type { EventEnvelope } from '@nrm/events';
import { knownHistory } from '../../test/statistics-history';
import { foldEvent, keysOf, type ReadModelEvent } from './fact-fold';
import { FactBatch } from './fact-rows';
import { Pseudonyms } from './pseudonyms';

// Events of one person come from four producers through queues that retry, so the rows must not depend on the order
// they arrive in (docs/statistics.md, "How the read model is written"). Erasure is left out: it is applied between
// batches, and what arrives after it is dropped on purpose.

const pseudonyms = new Pseudonyms('unit-test-pseudonym-key-of-32-characters');
const calendar = new WorkingDayCalendar([]);
const localDate = (instant: string) => calendar.localDate(new Date(instant));

function fold(events: EventEnvelope[]): FactBatch {
  const batch = new FactBatch();
  for (const event of events) foldEvent(batch, event as ReadModelEvent, keysOf(event as ReadModelEvent, pseudonyms), localDate);
  return batch;
}

const rowsOf = (batch: FactBatch) => ({
  persons: [...batch.persons.entries()].sort(),
  referrals: [...batch.referrals.entries()].sort(),
  cases: [...batch.cases.entries()].sort(),
  permits: [...batch.permits.entries()].sort(),
});

describe('the read model fold', () => {
  it('gives the same rows whatever order the events arrive in', () => {
    const history = knownHistory(24).filter((event) => event.type !== 'person.erased');
    const expected = rowsOf(fold(history));
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round += 1) {
      const shuffled = history.slice();
      for (let index = shuffled.length - 1; index > 0; index -= 1) {
        const other = Math.floor(random() * (index + 1));
        [shuffled[index], shuffled[other]] = [shuffled[other] as EventEnvelope, shuffled[index] as EventEnvelope];
      }
      expect(rowsOf(fold(shuffled))).toEqual(expected);
    }
  });

  it('gives the same rows when every event is applied twice', () => {
    const history = knownHistory(12).filter((event) => event.type !== 'person.erased');
    expect(rowsOf(fold([...history, ...history]))).toEqual(rowsOf(fold(history)));
  });
});
