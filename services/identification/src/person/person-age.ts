import { AgeBasis } from '@nrm/domain';
import type { PersonEntity } from './person.entity';

const UNCERTAIN_BASES: readonly AgeBasis[] = [AgeBasis.ESTIMATED, AgeBasis.DISPUTED, AgeBasis.UNKNOWN];

/**
 * On the child pathway only because the age is uncertain, as assessAge decided it at submission: a child whose age no
 * document and no recorded verification establishes (docs/domain.md, "Age and the presumption of childhood").
 */
export function isPresumedChild(person: Pick<PersonEntity, 'isChild' | 'ageVerified' | 'ageBasis'>): boolean {
  return person.isChild && !person.ageVerified && UNCERTAIN_BASES.includes(person.ageBasis);
}
