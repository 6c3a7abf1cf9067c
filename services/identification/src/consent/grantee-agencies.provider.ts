import { Inject, Injectable, type Provider } from '@nestjs/common';
import type { AgencyType } from '@nrm/domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { GranteeAgencies } from './grantee-agencies';

/** Until the agency directory exists: the agencies configured in GRANTEE_AGENCY_TYPES. */
@Injectable()
export class ConfiguredGranteeAgencies extends GranteeAgencies {
  private readonly types: ReadonlyMap<string, AgencyType>;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime) {
    super();
    this.types = (runtime.config as IdentificationConfig).GRANTEE_AGENCY_TYPES;
  }

  async typeOf(agencyId: string): Promise<AgencyType | null> {
    return this.types.get(agencyId) ?? null;
  }
}

/** The one line to change when the directory lands: `useFactory` over the directory's `findAgency(id)?.type`. */
export const granteeAgenciesProvider: Provider = { provide: GranteeAgencies, useClass: ConfiguredGranteeAgencies };
