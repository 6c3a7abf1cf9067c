import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyType, Role, TeamFunction } from '@nrm/domain';

@ObjectType({ description: 'An agency of the directory (the identity provider\'s groups): grants, mandates and teams name these ids.' })
export class Agency {
  @Field(() => ID)
  id: string;

  @Field({ description: 'In the locale asked for when the directory has it, else in English' })
  name: string;

  @Field(() => AgencyType)
  type: AgencyType;

  @Field(() => String, { nullable: true, description: 'Region code (e.g. TIRANA); null for a national agency' })
  region: string | null;
}

@ObjectType({ description: 'A person a caller may pick (group members, case teams). Never carries an e-mail address or language.' })
export class DirectoryUser {
  @Field(() => ID, { description: "The identity provider's user id: the token's sub" })
  id: string;

  @Field()
  username: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => ID, { nullable: true })
  agencyId: string | null;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => TeamFunction, { nullable: true })
  teamFunction: TeamFunction | null;
}

@ObjectType({ description: 'What one copy of the directory from the identity provider took in' })
export class DirectorySyncResult {
  @Field(() => Int)
  agencies: number;

  @Field(() => Int)
  users: number;

  @Field(() => Int, { description: 'Groups with an agency_id whose id, type or region is unusable; left out' })
  skippedGroups: number;

  @Field(() => Int, { description: 'Users without a usable agency_id; left out' })
  skippedUsers: number;

  @Field(() => Date)
  syncedAt: Date;
}
