import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, UseFilters } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { RESPONSIBLE_AUTHORITY_ROLES, Role } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { FormalIdentificationConclusionBody, FormalIdentificationGroupBody, FormalIdentificationRequestedBody } from './formal-identification-group.dto';
import { type FormalIdentificationMemberFacts, type FormalIdentificationPersonFacts, FormalIdentificationGroupService } from './formal-identification-group.service';

/** A user id (the token's sub) as the identity provider writes it. */
const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The members who may conclude a group: the police member, the social-service member, the child protection worker. */
const GROUP_MEMBER_ROLES = [Role.FORMAL_ID_POLICE, Role.FORMAL_ID_SOCIAL, Role.CHILD_PROTECTION_WORKER];

/**
 * Internal REST for the formal identification service (docs/architecture.md, "Internal REST between services"), called
 * with the acting user's own token: the RA's for the person facts, the member lookup, the request and the convening;
 * a group member's for the conclusion. Ids, flags and codes only. Never exposed by the gateway.
 */
@Controller('internal/formal-identification')
@UseFilters(InternalRestErrorFilter)
export class FormalIdentificationGroupController {
  constructor(private readonly groups: FormalIdentificationGroupService) {}

  @Get('persons/:personId')
  @Roles(...RESPONSIBLE_AUTHORITY_ROLES)
  async person(@Param('personId') personId: string): Promise<FormalIdentificationPersonFacts> {
    const facts = isUuid(personId) ? await this.groups.personFacts(personId.toLowerCase()) : null;
    if (!facts) throw new NotFoundException();
    return facts;
  }

  @Get('members/:userId')
  @Roles(...RESPONSIBLE_AUTHORITY_ROLES)
  async member(@Param('userId') userId: string): Promise<FormalIdentificationMemberFacts> {
    const member = USER_ID.test(userId) ? await this.groups.member(userId) : null;
    if (!member) throw new NotFoundException();
    return member;
  }

  @Post('requests')
  @HttpCode(200)
  @Roles(...RESPONSIBLE_AUTHORITY_ROLES)
  async requested(@Body() body: FormalIdentificationRequestedBody): Promise<{ ok: true }> {
    await this.groups.requested(body);
    return { ok: true };
  }

  @Post('groups')
  @HttpCode(200)
  @Roles(...RESPONSIBLE_AUTHORITY_ROLES)
  async convened(@Body() body: FormalIdentificationGroupBody): Promise<{ ok: true }> {
    await this.groups.convened(body);
    return { ok: true };
  }

  @Post('conclusions')
  @HttpCode(200)
  @Roles(...GROUP_MEMBER_ROLES)
  async concluded(@Body() body: FormalIdentificationConclusionBody, @CurrentPrincipal() principal: Principal): Promise<{ ok: true }> {
    await this.groups.concluded(body, principal);
    return { ok: true };
  }
}
