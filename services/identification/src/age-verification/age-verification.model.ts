import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgeVerificationOutcome } from '@nrm/domain';
import { Person } from '../person/person.model';
import { AgeVerificationMethod } from './age-verification-method';

/** A recorded verification of a person's age: who, how and when (no free text, nothing personal beyond the fact). */
@ObjectType()
export class AgeVerification {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => AgeVerificationOutcome)
  outcome: AgeVerificationOutcome;

  @Field(() => AgeVerificationMethod)
  method: AgeVerificationMethod;

  @Field()
  verifiedAt: Date;

  @Field({ description: 'The Keycloak id (sub) of the RA officer who recorded it' })
  recordedBy: string;

  @Field(() => ID)
  recordedByAgencyId: string;

  @Field()
  recordedAt: Date;

  @Field(() => Person, { description: 'The person as they stand after the verification (their pathway in summary.isChild)' })
  person?: Person;
}
