import { Controller, Get, HttpCode, ServiceUnavailableException, type BeforeApplicationShutdown } from '@nestjs/common';
import { GatewayServer } from './gateway-server';

/** Live: the process runs. Ready: the supergraph is loaded and the gateway is not draining. */
@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  private draining = false;

  constructor(private readonly gateway: GatewayServer) {}

  beforeApplicationShutdown(): void {
    this.draining = true;
  }

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(200)
  ready(): { status: 'ok'; subgraphs: readonly string[] } {
    if (this.draining) throw new ServiceUnavailableException({ status: 'draining' });
    if (!this.gateway.ready) throw new ServiceUnavailableException({ status: 'starting' });
    return { status: 'ok', subgraphs: this.gateway.subgraphNames };
  }
}
