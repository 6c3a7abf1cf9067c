import { Module } from '@nestjs/common';
import { IdentificationModule } from '../identification/identification.module';
import { DraftRepository } from './draft.repository';
import { DraftResolver } from './draft.resolver';
import { DraftService } from './draft.service';

/** Server-side drafts of an initial identification, consumed by its submission. */
@Module({
  imports: [IdentificationModule],
  providers: [DraftRepository, DraftService, DraftResolver],
})
export class DraftModule {}
