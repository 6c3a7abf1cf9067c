import { Module } from '@nestjs/common';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { DirectorySyncScheduler } from './directory-sync.scheduler';
import { DirectorySyncService } from './directory-sync.service';
import { IdentityProviderDirectoryClient } from './identity-provider-directory.client';

/** The agency and user directory; other features inject DirectoryService (findAgency, childProtectionUnitFor). */
@Module({
  providers: [IdentityProviderDirectoryClient, DirectoryService, DirectorySyncService, DirectorySyncScheduler, DirectoryResolver],
  exports: [DirectoryService],
})
export class DirectoryModule {}
