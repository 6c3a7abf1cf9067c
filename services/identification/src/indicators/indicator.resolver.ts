import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff } from '@nrm/auth';
import { DEFAULT_LOCALE, INDICATORS } from './indicator-catalog';
import { Indicator } from './indicator.model';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'Screening indicators: A = act, B = means, C = purpose' })
  @AnyStaff()
  indicatorCatalog(@Args('locale', { type: () => String, nullable: true, defaultValue: DEFAULT_LOCALE }) locale: string): Indicator[] {
    return INDICATORS.map((indicator) => ({
      code: indicator.code,
      group: indicator.group,
      appliesTo: indicator.appliesTo,
      label: indicator.labels[locale] ?? indicator.labels[DEFAULT_LOCALE] ?? indicator.code,
    }));
  }
}
