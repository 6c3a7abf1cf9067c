import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditAction } from '@nrm/audit';
import { ConnectionType } from '@nrm/graphql';
import { AccessDecision, AgencyType, DataCategory, LegalBasis } from '@nrm/domain';

registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType({ description: 'One entry of the hash-chained, append-only audit trail. Holds ids and codes, never personal data.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: "The service whose chain holds the entry (each service keeps its own): identification, shelters…" })
  service: string;

  @Field()
  at: Date;

  @Field({ description: "The actor's username (token preferred_username)" })
  actorUsername: string;

  @Field(() => ID)
  actorAgencyId: string;

  @Field({ description: "The actor's realm role" })
  actorRole: string;

  @Field(() => ID, { nullable: true, description: 'Null for events about no one person' })
  personId: string | null;

  @Field(() => [DataCategory])
  categories: DataCategory[];

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => LegalBasis, { nullable: true, description: 'The legal basis used; null for a denied attempt' })
  basis: LegalBasis | null;

  @Field(() => AccessDecision)
  decision: AccessDecision;

  @Field(() => String, { nullable: true, description: 'Why access was denied: FORBIDDEN or CONSENT_REQUIRED' })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'The consent grant or legal-basis override used' })
  permissionId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The agency a consent or override change opened or closed the data to; null elsewhere (a read names its reader as actor)',
  })
  granteeAgencyId: string | null;

  @Field(() => AgencyType, {
    nullable: true,
    description: 'The agency type a consent change opened or closed the data to, when the grant names every agency of a type',
  })
  granteeAgencyType: AgencyType | null;

  @Field(() => String, { nullable: true })
  purpose: string | null;

  @Field({ description: 'Every override grant and use is flagged for review' })
  flaggedForReview: boolean;

  @Field(() => String, { nullable: true })
  correlationId: string | null;
}

/** auditEntries: a person's trail as a Relay connection, newest first across every service's chain. */
export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@ObjectType({ description: "The verification of one service's chain" })
class AuditChainVerification {
  @Field()
  service: string;

  @Field()
  ok: boolean;

  @Field(() => Int)
  entriesChecked: number;

  @Field(() => ID, { nullable: true, description: 'The first entry whose content, position or link does not verify' })
  firstBrokenAt: string | null;

  @Field(() => String, { nullable: true, description: 'Hash of the last verified entry: keep it to detect a truncated tail later' })
  headHash: string | null;
}

@ObjectType({ description: "The result of recomputing every hash of every service's audit chain" })
export class AuditVerification {
  @Field({ description: 'True only when every chain verifies' })
  ok: boolean;

  @Field(() => Int, { description: 'Entries checked, over all chains' })
  entriesChecked: number;

  @Field(() => ID, { nullable: true, description: 'The first broken entry of the first broken chain (in the order of `chains`)' })
  firstBrokenAt: string | null;

  @Field(() => String, { nullable: true, description: "Hash of the last verified entry of identification's chain; each chain's is in `chains`" })
  headHash: string | null;

  @Field(() => [AuditChainVerification], { description: 'One per service chain, identification first' })
  chains: AuditChainVerification[];
}
