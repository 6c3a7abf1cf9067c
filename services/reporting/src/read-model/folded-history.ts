import { FactBatch } from './fact-rows';

/** A set that forgets what it is given: the rebuild writes every row once at the end, so it tracks no changes. */
class Forgetful extends Set<string> {
  override add(): this {
    return this;
  }
}

/**
 * The whole read model in memory while the rebuild folds every producer's history into it (docs/statistics.md,
 * "Rebuild"): the rows of every person, referral, case and permit, and the pseudonyms erased so far. The live
 * consumer's fold (`foldEvent`) changes it exactly as it changes a batch loaded from the database.
 *
 * Erasure is deferred: an erased pseudonym is remembered at once (what follows about the person is left out, as live),
 * and its rows are re-keyed by `eraseAll` at the end, which gives the rows the live consumer's `erase` gives: once
 * erased, nothing writes under that pseudonym again, so re-keying later or at once is the same.
 */
export class FoldedHistory extends FactBatch {
  override readonly changedPersons: Set<string> = new Forgetful();
  override readonly exploitationChanged: Set<string> = new Forgetful();
  override readonly changedReferrals: Set<string> = new Forgetful();
  override readonly changedCases: Set<string> = new Forgetful();
  override readonly changedPermits: Set<string> = new Forgetful();
  /** Erased pseudonyms, in the order of their erasure. */
  readonly erased = new Set<string>();

  /** Whether any of these persons was erased before now. */
  anyErased(personKeys: readonly string[]): boolean {
    if (this.erased.size === 0) return false;
    for (const key of personKeys) if (this.erased.has(key)) return true;
    return false;
  }

  /**
   * Every erased person's pseudonym becomes a random key (`random()` per person), their referrals', cases' and
   * permits' own keys too, and aliases merged into them follow: what `ReadModelRepository#erase` does in SQL.
   */
  eraseAll(random: () => string): void {
    if (this.erased.size === 0) return;
    const replacement = new Map<string, string>();
    for (const key of this.erased) replacement.set(key, random());
    for (const [key, person] of [...this.persons]) {
      const merged = person.merged_into === null ? undefined : replacement.get(person.merged_into);
      if (merged !== undefined) person.merged_into = merged;
      const renamed = replacement.get(key);
      if (renamed === undefined) continue;
      this.persons.delete(key);
      person.person_key = renamed;
      this.persons.set(renamed, person);
    }
    const rekey = <T extends { person_key: string }>(rows: Map<string, T>, ownKey: (row: T, key: string) => void) => {
      for (const [key, row] of [...rows]) {
        const renamed = replacement.get(row.person_key);
        if (renamed === undefined) continue;
        const fresh = random();
        rows.delete(key);
        row.person_key = renamed;
        ownKey(row, fresh);
        rows.set(fresh, row);
      }
    };
    rekey(this.referrals, (row, key) => (row.referral_key = key));
    rekey(this.cases, (row, key) => (row.case_key = key));
    rekey(this.permits, (row, key) => (row.permit_key = key));
  }
}
