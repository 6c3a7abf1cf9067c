import { type DynamicModule, Module } from '@nestjs/common';
import { EVENT_HANDLER_SET, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { ShelterEventHandlers } from './cases/case-opening.handler';
import { CaseResolver } from './cases/case.resolver';
import { CaseService } from './cases/case.service';
import { ShelterCaseEntity } from './cases/shelter-case.entity';
import { migrations } from './migrations';

export const entities = [ShelterCaseEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations }),
        subgraphModule({ runtime }),
      ],
      providers: [{ provide: EVENT_HANDLER_SET, useClass: ShelterEventHandlers }, CaseService, CaseResolver],
    };
  }
}
