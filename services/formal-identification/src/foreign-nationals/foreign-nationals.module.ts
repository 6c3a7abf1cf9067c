import { Module } from '@nestjs/common';
import { FormalIdentificationModule } from '../formal-identification/formal-identification.module';
import { IdentificationPeerModule } from '../identification-peer/identification-peer.module';
import { ForeignNationalsRepository } from './foreign-nationals.repository';
import { ForeignNationalsResolver } from './foreign-nationals.resolver';
import { ForeignNationalsService } from './foreign-nationals.service';

/** A foreign national's reflection period, residence permits and protection from removal. */
@Module({
  imports: [FormalIdentificationModule, IdentificationPeerModule],
  providers: [ForeignNationalsRepository, ForeignNationalsService, ForeignNationalsResolver],
  exports: [ForeignNationalsService],
})
export class ForeignNationalsModule {}
