import { ArrayMaxSize, ArrayMinSize, IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';

/** An agency id as the directory writes it. */
const AGENCY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** POST /internal/formal-identification/requests: the RA's request sets the person's status. */
export class FormalIdentificationRequestedBody {
  @IsUUID('all')
  formalIdentificationId: string;

  @IsUUID('all')
  personId: string;

  @IsISO8601({ strict: true })
  requestedAt: string;
}

/** POST /internal/formal-identification/groups: the convened group's member agencies. */
export class FormalIdentificationGroupBody {
  @IsUUID('all')
  formalIdentificationId: string;

  @IsUUID('all')
  personId: string;

  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @Matches(AGENCY_ID, { each: true })
  agencyIds: string[];
}

/** POST /internal/formal-identification/conclusions: a member's conclusion ends the group and sets the status. */
export class FormalIdentificationConclusionBody extends FormalIdentificationGroupBody {
  @IsISO8601({ strict: true })
  requestedAt: string;

  @IsIn(['VICTIM', 'NOT_VICTIM'])
  outcome: 'VICTIM' | 'NOT_VICTIM';
}
