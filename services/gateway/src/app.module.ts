import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from '@nrm/logging';
import type { GatewayConfig } from './config';
import { GATEWAY_CONFIG, GATEWAY_LOGGER, GatewayServer } from './gateway-server';
import { HealthController } from './health.controller';

/** The gateway process: Apollo Gateway plus health. It has no database, queue or token verifier. */
@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      controllers: [HealthController],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }, { provide: GATEWAY_LOGGER, useValue: logger }, GatewayServer],
    };
  }
}
