import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { SaveIdentificationDraftInput } from './dto/save-identification-draft.input';
import { IdentificationDraft } from './draft.model';
import type { DraftRow } from './draft.repository';
import { DraftService } from './draft.service';

/** First responders' drafts: each sees and changes only their own (docs/api.md, "Drafts"). */
@Resolver(() => IdentificationDraft)
export class DraftResolver {
  constructor(private readonly drafts: DraftService) {}

  @Mutation(() => IdentificationDraft)
  @Roles(Role.FIRST_RESPONDER)
  saveIdentificationDraft(@Args('input') input: SaveIdentificationDraftInput, @CurrentPrincipal() principal: Principal): Promise<DraftRow> {
    return this.drafts.save(input, principal);
  }

  @Query(() => IdentificationDraft)
  @Roles(Role.FIRST_RESPONDER)
  identificationDraft(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<DraftRow> {
    return this.drafts.find(assertUuid(id, 'id').toLowerCase(), principal);
  }

  @Query(() => [IdentificationDraft], { description: 'Your live drafts, last saved first (at most 100)' })
  @Roles(Role.FIRST_RESPONDER)
  myIdentificationDrafts(@CurrentPrincipal() principal: Principal): Promise<DraftRow[]> {
    return this.drafts.list(principal);
  }

  @Mutation(() => Boolean)
  @Roles(Role.FIRST_RESPONDER)
  discardIdentificationDraft(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.drafts.discard(assertUuid(id, 'id').toLowerCase(), principal);
  }
}
