import { Module } from '@nestjs/common';
import { EVENT_HANDLER_SET } from '@nrm/service-kit';
import { PersonModule } from '../persons/person.module';
import { ServiceProviderModule } from '../service-providers/service-provider.module';
import { CaseClosureClient } from './case-closure.client';
import { PlacementsController } from './placements.controller';
import { ProviderMatchResolver } from './provider-match.resolver';
import { ProviderMatchService } from './provider-match.service';
import { ReferralEventHandlers } from './referral-events.handler';
import { ReferralRepository } from './referral.repository';
import { ReferralResolver } from './referral.resolver';
import { ReferralService } from './referral.service';

/** Referrals of a person to a provider, their answers, and the facts kept from the events of other services. */
@Module({
  imports: [PersonModule, ServiceProviderModule],
  controllers: [PlacementsController],
  providers: [{ provide: EVENT_HANDLER_SET, useClass: ReferralEventHandlers }, ReferralRepository, ReferralService, ReferralResolver, CaseClosureClient, ProviderMatchService, ProviderMatchResolver],
  exports: [ReferralService],
})
export class ReferralModule {}
