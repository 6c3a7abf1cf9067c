import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import {
  AUDIT_TRAIL_DEFAULT_SIZE,
  AUDIT_TRAIL_READER_ROLES,
  AUDIT_VERIFIER_ROLES,
  AuditAction,
  oversightAuditEntry,
  AuditRecorder,
  decodeAuditCursor,
  encodeAuditCursor,
  FederatedAuditTrail,
  type ServiceAuditEntry,
  AUDIT_ENTRIES_DEFAULT_PAGE,
} from '@nrm/audit';
import { badUserInput, type Connection } from '@nrm/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { AuditEntry, AuditEntryConnection, AuditVerification } from './audit-entry.model';
import { AuditEntriesArgs, AuditTrailArgs } from './dto/audit-trail.args';

/**
 * Oversight of the trail, over every service's chain (identification's own and the peers' through their internal
 * audit endpoints, FederatedAuditTrail): reading a person's trail and verifying the chains are themselves entries of
 * identification's chain (and of each peer's, which records its own part).
 */
@Resolver()
export class AuditResolver {
  constructor(
    private readonly trail: FederatedAuditTrail,
    private readonly recorder: AuditRecorder,
  ) {}

  @Query(() => [AuditEntry], { description: "A person's audit entries from every service's chain, newest first (auditor, ra_head)" })
  @Roles(...AUDIT_TRAIL_READER_ROLES)
  async auditTrail(
    @Args() args: AuditTrailArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<ServiceAuditEntry[]> {
    const personId = args.personId.toLowerCase();
    await this.recorder.record(context.req, oversightAuditEntry(principal, { action: AuditAction.AUDIT_READ, personId }));
    return this.trail.find(context.req, {
      personId,
      first: args.first ?? AUDIT_TRAIL_DEFAULT_SIZE,
      agencyId: args.filter?.agencyId,
      basis: args.filter?.basis,
      from: args.filter?.from,
      to: args.filter?.to,
    });
  }

  @Query(() => AuditEntryConnection, {
    description: "A person's audit entries from every service's chain as a Relay connection, newest first, to page through a whole trail (auditor, ra_head)",
  })
  @Roles(...AUDIT_TRAIL_READER_ROLES)
  async auditEntries(
    @Args() args: AuditEntriesArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphQLRequestContext,
  ): Promise<Connection<ServiceAuditEntry>> {
    const personId = args.personId.toLowerCase();
    const after = args.after === undefined || args.after === null ? null : decodeAuditCursor(args.after, this.trail.services);
    if (after === null && args.after) throw badUserInput(['after'], 'Invalid cursor');
    await this.recorder.record(context.req, oversightAuditEntry(principal, { action: AuditAction.AUDIT_READ, personId }));
    const page = await this.trail.page(
      context.req,
      {
        personId,
        first: args.first ?? AUDIT_ENTRIES_DEFAULT_PAGE,
        agencyId: args.filter?.agencyId,
        basis: args.filter?.basis,
        from: args.filter?.from,
        to: args.filter?.to,
      },
      after,
    );
    const edges = page.entries.map((node) => ({ node, cursor: encodeAuditCursor(node) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => AuditVerification, {
    description: "Recomputes every hash of every service's chain and names the first broken entry (auditor)",
  })
  @Roles(...AUDIT_VERIFIER_ROLES)
  async verifyAuditTrail(@CurrentPrincipal() principal: Principal, @Context() context: GraphQLRequestContext): Promise<AuditVerification> {
    const result = await this.trail.verify(context.req);
    await this.recorder.record(context.req, oversightAuditEntry(principal, { action: AuditAction.AUDIT_VERIFY }));
    const chains = result.chains.map(({ service, ok, entriesChecked, firstBrokenAt, headHash }) => ({ service, ok, entriesChecked, firstBrokenAt, headHash }));
    return { ok: result.ok, entriesChecked: result.entriesChecked, firstBrokenAt: result.firstBrokenAt, headHash: chains[0]?.headHash ?? null, chains };
  }
}
