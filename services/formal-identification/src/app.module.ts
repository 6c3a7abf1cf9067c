import { type DynamicModule, Module } from '@nestjs/common';
import { PERSON_EXPORT_SOURCE, PersonExportController, PersonExportReleaseClient, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { FormalIdentificationEntity } from './formal-identification/formal-identification.entity';
import { FormalIdentificationResolver } from './formal-identification/formal-identification.resolver';
import { migrations } from './migrations';
import { PersonExportService } from './person-rights/person-export.service';

export const entities = [FormalIdentificationEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKitModule.forRoot({ runtime, entities, migrations }), subgraphModule({ runtime })],
      controllers: [PersonExportController],
      providers: [FormalIdentificationResolver, PersonExportService, PersonExportReleaseClient, { provide: PERSON_EXPORT_SOURCE, useExisting: PersonExportService }],
    };
  }
}
