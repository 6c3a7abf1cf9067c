import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditWriter } from '@nrm/audit';
import { type AuthenticatedRequest, type Principal, primaryRole } from '@nrm/auth';
import { AccessDecision, type AgencyType } from '@nrm/domain';
import { Clock } from '@nrm/service-kit';
import { AgencyDirectoryClient } from './agency-directory.client';
import type { CreateServiceProviderInput, SetServiceProviderAuthorisationInput, UpdateServiceProviderInput } from './dto/service-provider.input';
import type { ServiceProviderFilter } from './dto/service-provider.filter';
import { acceptedCodes, PROVIDER_AGENCY_TYPES } from './provider-vocabulary';
import type { ServiceProviderEntity } from './service-provider.entity';
import { ServiceProviderException, ServiceProviderExceptionCode } from './service-provider.exception';
import { type ServiceProviderChange, type ServiceProviderChangeKind, ServiceProviderRepository } from './service-provider.repository';

/** The audit purpose of a directory change: the entry names no person, its reason is the kind of change. */
export const DIRECTORY_AUDIT_PURPOSE = 'SERVICE_PROVIDER_DIRECTORY';

/** Places a provider holds now: free ones given out, plus those over capacity. */
export function placesTaken(provider: Pick<ServiceProviderEntity, 'placesTotal' | 'placesFree' | 'placesOverCapacity'>): number {
  return provider.placesTotal - provider.placesFree + provider.placesOverCapacity;
}

/** What a change records of a provider: its directory data (never anyone's personal data). */
function snapshot(provider: ServiceProviderEntity): Record<string, unknown> {
  return {
    agencyId: provider.agencyId,
    agencyType: provider.agencyType,
    name: provider.name,
    region: provider.region,
    serves: [...provider.serves],
    services: [...provider.services],
    placesTotal: provider.placesTotal,
    placesFree: provider.placesFree,
    placesOverCapacity: provider.placesOverCapacity,
    authorised: provider.authorised,
  };
}

@Injectable()
export class ServiceProviderService {
  constructor(
    private readonly providers: ServiceProviderRepository,
    private readonly agencies: AgencyDirectoryClient,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  /** The directory, filtered; ordered by name so the RA sees a stable list. */
  list(filter: ServiceProviderFilter): Promise<ServiceProviderEntity[]> {
    return this.providers.list(filter);
  }

  findById(id: string): Promise<ServiceProviderEntity | null> {
    return this.providers.findById(id);
  }

  /** Every provider, for matching: ordered by name, then id. */
  all(): Promise<ServiceProviderEntity[]> {
    return this.providers.list({});
  }

  /** The history of a provider's directory entry: who changed what, when. */
  changesOf(providerId: string): Promise<ServiceProviderChange[]> {
    return this.providers.changesOf(providerId);
  }

  /**
   * A new provider (platform_admin, docs/domain.md §2 step 2): its agency must be an agency of the directory of a
   * provider type, not already a provider. It starts unauthorised, with every place free: the RA authorises it.
   */
  async create(input: CreateServiceProviderInput, principal: Principal, request: AuthenticatedRequest): Promise<ServiceProviderEntity> {
    const agency = await this.agencies.agency(request, input.agencyId);
    if (!agency) {
      throw new ServiceProviderException(
        ServiceProviderExceptionCode.AGENCY_NOT_IN_DIRECTORY,
        'agencyId must be an agency of the directory (agencies); this one is not',
        ['input.agencyId'],
      );
    }
    if (!(PROVIDER_AGENCY_TYPES as readonly string[]).includes(agency.type)) {
      throw new ServiceProviderException(
        ServiceProviderExceptionCode.AGENCY_NOT_A_PROVIDER,
        `agencyId must be an agency of type ${acceptedCodes(PROVIDER_AGENCY_TYPES)}; this one is ${agency.type}`,
        ['input.agencyId'],
      );
    }
    return this.providers.inTransaction(async (manager) => {
      if (await this.providers.findByAgencyId(manager, agency.id)) {
        throw new ServiceProviderException(
          ServiceProviderExceptionCode.AGENCY_ALREADY_A_PROVIDER,
          'The agency is already a provider of the directory: change it with updateServiceProvider',
          ['input.agencyId'],
        );
      }
      const id = randomUUID();
      await this.providers.insert(manager, {
        id,
        agencyId: agency.id,
        agencyType: agency.type as AgencyType,
        name: input.name.trim(),
        authorised: false,
        placesTotal: input.placesTotal,
        placesFree: input.placesTotal,
        serves: input.serves,
        services: input.services,
        region: input.region,
      });
      const created = await this.providers.findOrFail(manager, id);
      await this.record(manager, principal, created, 'CREATED', null, null);
      return created;
    });
  }

  /**
   * Changes a provider's directory data (platform_admin). Its total never goes below the places taken: the difference
   * is what is free; places taken over capacity are absorbed by a larger total.
   */
  async update(input: UpdateServiceProviderInput, principal: Principal): Promise<ServiceProviderEntity> {
    return this.providers.inTransaction(async (manager) => {
      const provider = await this.lockedOrFail(manager, input.providerId);
      const before = snapshot(provider);
      const next = { ...provider };
      if (input.name !== undefined && input.name !== null) next.name = input.name.trim();
      if (input.region !== undefined && input.region !== null) next.region = input.region;
      if (input.serves !== undefined && input.serves !== null) next.serves = input.serves;
      if (input.services !== undefined && input.services !== null) next.services = input.services;
      if (input.placesTotal !== undefined && input.placesTotal !== null) {
        const taken = placesTaken(provider);
        if (input.placesTotal < taken) {
          throw new ServiceProviderException(
            ServiceProviderExceptionCode.PLACES_BELOW_TAKEN,
            `placesTotal must be at least the ${taken} place(s) taken now`,
            ['input.placesTotal'],
          );
        }
        next.placesTotal = input.placesTotal;
        next.placesFree = input.placesTotal - taken;
        next.placesOverCapacity = 0;
      }
      if (JSON.stringify(snapshot(next)) === JSON.stringify(before)) {
        throw new ServiceProviderException(
          ServiceProviderExceptionCode.NOTHING_TO_CHANGE,
          'Give at least one of name, region, serves, services, placesTotal with a new value',
          ['input'],
        );
      }
      await this.providers.saveDirectoryFields(manager, provider.id, next);
      const updated = await this.providers.findOrFail(manager, provider.id);
      await this.record(manager, principal, updated, 'UPDATED', before, null);
      return updated;
    });
  }

  /**
   * The Responsible Authority's decision on a provider's authorisation (docs/domain.md §1), with a coded reason. A
   * provider that loses it keeps its placements; no new referral or acceptance goes to it.
   */
  async setAuthorisation(input: SetServiceProviderAuthorisationInput, principal: Principal): Promise<ServiceProviderEntity> {
    return this.providers.inTransaction(async (manager) => {
      const provider = await this.lockedOrFail(manager, input.providerId);
      if (provider.authorised === input.authorised) {
        throw new ServiceProviderException(
          ServiceProviderExceptionCode.NOTHING_TO_CHANGE,
          `The provider is already ${input.authorised ? 'authorised' : 'unauthorised'}: give authorised: ${String(!input.authorised)} to change it`,
          ['input.authorised'],
        );
      }
      const before = snapshot(provider);
      await this.providers.saveDirectoryFields(manager, provider.id, { ...provider, authorised: input.authorised });
      const updated = await this.providers.findOrFail(manager, provider.id);
      await this.record(manager, principal, updated, input.authorised ? 'AUTHORISED' : 'AUTHORISATION_REVOKED', before, input.reason);
      return updated;
    });
  }

  /** For a referral check: its authorisation and capacity cannot change before the caller's transaction commits. */
  findForReferral(manager: EntityManager, id: string): Promise<ServiceProviderEntity | null> {
    return this.providers.findLocked(manager, id);
  }

  findInTransaction(manager: EntityManager, id: string): Promise<ServiceProviderEntity> {
    return this.providers.findOrFail(manager, id);
  }

  /** Takes one place for an accepted referral; false when none is left or the provider is no longer authorised. */
  takePlace(manager: EntityManager, id: string): Promise<boolean> {
    return this.providers.takePlace(manager, id);
  }

  /** Takes a place beyond the total for a referral made under an over-capacity agreement; false when one is free. */
  takeOverCapacityPlace(manager: EntityManager, id: string): Promise<boolean> {
    return this.providers.takeOverCapacityPlace(manager, id);
  }

  /** Gives back the place of a placement that ended by transfer. */
  releasePlace(manager: EntityManager, id: string): Promise<void> {
    return this.providers.releasePlace(manager, id);
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<ServiceProviderEntity> {
    const provider = await this.providers.findForChange(manager, id);
    if (!provider) {
      throw new ServiceProviderException(ServiceProviderExceptionCode.PROVIDER_NOT_FOUND, 'providerId must be the id of a provider of serviceProviders', [
        'input.providerId',
      ]);
    }
    return provider;
  }

  /**
   * The change in the directory's history (what: before and after) and in the service's audit chain (who, when, the
   * kind of change, the provider's agency), in the change's transaction; the chain's entry last (AuditWriter.append).
   */
  private async record(
    manager: EntityManager,
    principal: Principal,
    provider: ServiceProviderEntity,
    change: ServiceProviderChangeKind,
    before: Record<string, unknown> | null,
    reason: string | null,
  ): Promise<void> {
    const at = this.clock.now();
    await this.providers.insertChange(manager, {
      id: randomUUID(),
      providerId: provider.id,
      change,
      changedBy: principal.subject,
      changedByUsername: principal.username,
      changedByAgencyId: principal.agencyId,
      changedByRole: primaryRole(principal),
      changedAt: at,
      reason,
      before,
      after: snapshot(provider),
    });
    await this.audit.append(manager, {
      actor: auditActor(principal),
      personId: null,
      categories: [],
      action: AuditAction.WRITE,
      basis: null,
      decision: AccessDecision.ALLOWED,
      reason: `PROVIDER_${change}`,
      purpose: DIRECTORY_AUDIT_PURPOSE,
      granteeAgencyId: provider.agencyId,
      correlationId: principal.correlationId,
      at,
    });
  }
}
