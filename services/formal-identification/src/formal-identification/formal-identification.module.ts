import { Module } from '@nestjs/common';
import { FormalIdentificationRepository } from './formal-identification.repository';
import { FormalIdentificationResolver } from './formal-identification.resolver';
import { FormalIdentificationService } from './formal-identification.service';

/** The formal identifications of a person and who may read them. */
@Module({
  providers: [FormalIdentificationRepository, FormalIdentificationService, FormalIdentificationResolver],
  exports: [FormalIdentificationService],
})
export class FormalIdentificationModule {}
