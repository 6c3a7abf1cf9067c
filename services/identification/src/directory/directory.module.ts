import { Module } from '@nestjs/common';
import { AgencyDirectoryController } from './agency-directory.controller';
import { DirectoryMembersController } from './directory-members.controller';
import { DirectoryRecipientsController } from './directory-recipients.controller';
import { DirectoryRepository } from './directory.repository';
import { DirectoryResolver } from './directory.resolver';
import { DirectorySelfController } from './directory-self.controller';
import { DirectoryService } from './directory.service';
import { DirectorySyncScheduler } from './directory-sync.scheduler';
import { DirectorySyncService } from './directory-sync.service';
import { IdentityProviderDirectoryClient } from './identity-provider-directory.client';

/** The agency and user directory; other features inject DirectoryService (findAgency, agencyIdsOfType, childProtectionUnitFor). */
@Module({
  controllers: [AgencyDirectoryController, DirectoryMembersController, DirectorySelfController, DirectoryRecipientsController],
  providers: [IdentityProviderDirectoryClient, DirectoryRepository, DirectoryService, DirectorySyncService, DirectorySyncScheduler, DirectoryResolver],
  exports: [DirectoryService],
})
export class DirectoryModule {}
