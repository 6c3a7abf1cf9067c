import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ResidencePermitType } from './residence-permit-type';

@ObjectType()
export class ReflectionPeriod {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field()
  startsAt: Date;

  @Field({ description: "The last moment of the period's last day (Tirana time)" })
  endsAt: Date;
}

@ObjectType()
export class ResidencePermit {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ResidencePermitType)
  type: ResidencePermitType;

  @Field()
  issuedAt: Date;

  @Field()
  expiresAt: Date;
}

/** Whether the person may be removed from the country now, and why not (docs/domain.md §2). */
@ObjectType()
export class RemovalProtection {
  @Field(() => ID)
  personId: string;

  @Field({ description: 'True while formal identification is pending, a reflection period runs or a residence permit is valid' })
  noRemoval: boolean;

  @Field()
  foreignNational: boolean;

  @Field()
  formalIdentificationPending: boolean;

  @Field(() => Date, { nullable: true, description: 'The running reflection period ends then' })
  reflectionPeriodEndsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The latest valid residence permit expires then' })
  residencePermitExpiresAt: Date | null;
}
