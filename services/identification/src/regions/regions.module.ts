import { Module } from '@nestjs/common';
import { RegionResolver } from './region.resolver';
import { RegionService } from './region.service';

/** The configured regions and their labels (region-labels.json, REGION_LABELS), which clients pick codes from. */
@Module({
  providers: [RegionService, RegionResolver],
  exports: [RegionService],
})
export class RegionsModule {}
