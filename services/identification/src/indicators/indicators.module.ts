import { Module } from '@nestjs/common';
import { IndicatorResolver } from './indicator.resolver';

/** The screening indicators in force (indicator-catalog.json), which identification screens a submission against. */
@Module({
  providers: [IndicatorResolver],
})
export class IndicatorsModule {}
