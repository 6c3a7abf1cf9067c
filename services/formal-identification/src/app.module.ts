import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule, unknownPersonDenialsPerMinute } from '@nrm/audit';
import { PERSON_EXPORT_SOURCE, PersonExportController, PersonExportReleaseClient, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import type { FormalIdentificationConfig } from './config';
import { FormalIdentificationEntity } from './formal-identification/formal-identification.entity';
import { FormalIdentificationResolver } from './formal-identification/formal-identification.resolver';
import { migrations } from './migrations';
import { PersonExportService } from './person-rights/person-export.service';

export const entities = [FormalIdentificationEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<FormalIdentificationConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations }),
        subgraphModule({ runtime }),
        AuditModule.forRoot({
          schema: runtime.schema,
          service: runtime.name,
          // The persons this service holds a formal identification of: a denied attempt about anyone else is written without a person.
          knownPersonsQuery: `SELECT 1 FROM "${runtime.schema}".formal_identification WHERE person_id = $1 LIMIT 1`,
          unknownPersonDenials: unknownPersonDenialsPerMinute(runtime.config.AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE),
        }),
      ],
      controllers: [PersonExportController],
      providers: [FormalIdentificationResolver, PersonExportService, PersonExportReleaseClient, { provide: PERSON_EXPORT_SOURCE, useExisting: PersonExportService }],
    };
  }
}
