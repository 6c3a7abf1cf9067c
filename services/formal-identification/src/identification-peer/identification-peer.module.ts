import { Module } from '@nestjs/common';
import { IdentificationClient } from './identification.client';

/** The identification service as this service calls it: person facts, directory, group links and status. */
@Module({
  providers: [IdentificationClient],
  exports: [IdentificationClient],
})
export class IdentificationPeerModule {}
