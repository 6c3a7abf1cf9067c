import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff } from '@nrm/auth';
import { Region } from './region.model';
import { DEFAULT_LOCALE, RegionService } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly catalog: RegionService) {}

  @Query(() => [Region], { description: 'The regions inputs and filters take, from configuration' })
  @AnyStaff()
  regions(@Args('locale', { type: () => String, nullable: true, defaultValue: DEFAULT_LOCALE }) locale: string): Region[] {
    return this.catalog.list(locale);
  }
}
