import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AccessResult, evaluateAccess, type Permission, type Relationship } from '@nrm/access-policy';
import type { Principal } from '@nrm/auth';
import type { DataCategory } from '@nrm/domain';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import type { PersonEntity } from '../person/person.entity';

interface AccessFacts {
  relationships: Relationship[];
  permissions: Permission[];
}

/**
 * Serves every personal category of a person through the one access policy. Facts (relationships, grants) are
 * loaded once per request and person, and never cached across requests, so a change is honoured on the next read.
 */
@Injectable()
export class PersonAccessService {
  private readonly factsByRequest = new WeakMap<object, Map<string, Promise<AccessFacts>>>();

  constructor(private readonly dataSource: DataSource) {}

  async decide(requestKey: object, principal: Principal, person: PersonEntity, category: DataCategory): Promise<AccessResult> {
    const facts = await this.facts(requestKey, principal, person.id);
    return evaluateAccess({
      caller: { agencyId: principal.agencyId, roles: principal.roles },
      subject: { isChild: person.isChild, recordingAgencyId: person.recordingAgencyId },
      relationships: facts.relationships,
      permissions: facts.permissions,
      category,
      now: new Date(),
    });
  }

  /** Throws FORBIDDEN or CONSENT_REQUIRED when the category is closed to the caller. */
  async require(requestKey: object, principal: Principal, person: PersonEntity, category: DataCategory): Promise<AccessResult> {
    const result = await this.decide(requestKey, principal, person, category);
    if (result.decision === 'DENIED') {
      throw result.code === 'FORBIDDEN'
        ? new ApiError(ApiErrorCode.FORBIDDEN, `No relationship to person ${person.reference}`)
        : new ApiError(ApiErrorCode.CONSENT_REQUIRED, `No consent or legal basis covers ${category} for person ${person.reference}`);
    }
    return result;
  }

  private facts(requestKey: object, principal: Principal, personId: string): Promise<AccessFacts> {
    let perRequest = this.factsByRequest.get(requestKey);
    if (!perRequest) {
      perRequest = new Map();
      this.factsByRequest.set(requestKey, perRequest);
    }
    const key = `${principal.agencyId}:${personId}`;
    let facts = perRequest.get(key);
    if (!facts) {
      facts = this.loadFacts(principal.agencyId, personId);
      perRequest.set(key, facts);
    }
    return facts;
  }

  private async loadFacts(agencyId: string, personId: string): Promise<AccessFacts> {
    const rows: Array<{ relationship: Relationship }> = await this.dataSource.query(
      `SELECT DISTINCT relationship FROM identification.person_relationship WHERE person_id = $1 AND agency_id = $2 AND active`,
      [personId, agencyId],
    );
    return { relationships: rows.map((row) => row.relationship), permissions: [] };
  }
}
