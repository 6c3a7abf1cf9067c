import { Controller, Get, NotFoundException, Param, UseFilters } from '@nestjs/common';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import type { EventPayloads } from '@nrm/events';
import { isUuid } from '@nrm/graphql';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { PersonService } from '../person/person.service';
import { IdentificationService, routingOf } from './identification.service';

/** What the referral service projects of a person from `identification.submitted`, as it stands now. */
export interface RoutingFactsResponse {
  personId: string;
  reference: string;
  recordingAgencyId: string;
  isChild: boolean;
  region: string;
  interviewConsent: boolean;
  routing: EventPayloads['identification.submitted']['routing'];
}

/**
 * Internal REST (docs/architecture.md, "Internal REST between services"), for the Responsible Authority's
 * read-your-writes: the RA refers a person the moment the submission answers, before `identification.submitted`
 * reaches the referral service's projection, and the referral service asks here with the RA's own token. The answer is
 * the event's projection as it stands now (a later age verification or interview included): ids, the reference and
 * routing codes, no personal data. Only the RA, which is notified of every person, may ask; a person not on record (or
 * erased) is 404.
 */
@Controller('internal/routing-facts')
@UseFilters(InternalRestErrorFilter)
export class RoutingFactsController {
  constructor(
    private readonly persons: PersonService,
    private readonly identifications: IdentificationService,
  ) {}

  @Get(':personId')
  @Roles(Role.RA_OFFICER, Role.RA_HEAD)
  async facts(@Param('personId') personId: string): Promise<RoutingFactsResponse> {
    if (!isUuid(personId)) throw new NotFoundException();
    const person = await this.persons.find(personId.toLowerCase());
    const identification = person ? await this.identifications.latestFor(person.id) : null;
    if (!person || !identification || (await this.persons.erasedAt(person.id))) throw new NotFoundException();
    return {
      personId: person.id,
      reference: person.reference,
      recordingAgencyId: person.recordingAgencyId,
      isChild: person.isChild,
      region: identification.region,
      interviewConsent: !person.anonymous,
      routing: routingOf(person),
    };
  }
}
