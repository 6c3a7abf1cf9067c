import { Module } from '@nestjs/common';
import { AgencyDirectoryClient } from './agency-directory.client';
import { ServiceProviderRepository } from './service-provider.repository';
import { ServiceProviderResolver } from './service-provider.resolver';
import { ServiceProviderService } from './service-provider.service';

/** The directory of service providers and their places. */
@Module({
  providers: [AgencyDirectoryClient, ServiceProviderRepository, ServiceProviderService, ServiceProviderResolver],
  exports: [ServiceProviderService],
})
export class ServiceProviderModule {}
