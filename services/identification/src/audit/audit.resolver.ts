import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, auditActor, type AuditEntryRecord, AuditRecorder, AuditTrailReader } from '@nrm/audit';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { AccessDecision, LegalBasis, Role } from '@nrm/domain';
import { AuditEntry, AuditVerification } from './audit-entry.model';
import { AUDIT_TRAIL_DEFAULT_SIZE, AuditTrailArgs } from './dto/audit-trail.args';

/** Oversight of the trail: reading a person's trail and verifying the chain are themselves entries of it. */
@Resolver()
export class AuditResolver {
  constructor(
    private readonly trail: AuditTrailReader,
    private readonly recorder: AuditRecorder,
  ) {}

  @Query(() => [AuditEntry], { description: "A person's audit entries, newest first (auditor, ra_head)" })
  @Roles(Role.AUDITOR, Role.RA_HEAD)
  async auditTrail(
    @Args() args: AuditTrailArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<AuditEntryRecord[]> {
    const personId = args.personId.toLowerCase();
    await this.recorder.record(context.req, {
      actor: auditActor(principal),
      personId,
      categories: [],
      action: AuditAction.AUDIT_READ,
      // Oversight is a legal function of the auditor and the head of the Responsible Authority.
      basis: LegalBasis.LEGAL_MANDATE,
      decision: AccessDecision.ALLOWED,
    });
    return this.trail.find({
      personId,
      first: args.first ?? AUDIT_TRAIL_DEFAULT_SIZE,
      agencyId: args.filter?.agencyId,
      basis: args.filter?.basis,
      from: args.filter?.from,
      to: args.filter?.to,
    });
  }

  @Query(() => AuditVerification, { description: 'Recomputes every hash of the chain and names the first broken entry (auditor)' })
  @Roles(Role.AUDITOR)
  async verifyAuditTrail(@CurrentPrincipal() principal: Principal, @Context() context: GraphQLRequestContext): Promise<AuditVerification> {
    const result = await this.trail.verify();
    await this.recorder.record(context.req, {
      actor: auditActor(principal),
      personId: null,
      categories: [],
      action: AuditAction.AUDIT_VERIFY,
      basis: null,
      decision: AccessDecision.ALLOWED,
    });
    return { ok: result.ok, entriesChecked: result.entriesChecked, firstBrokenAt: result.firstBrokenAt, headHash: result.headHash };
  }
}
