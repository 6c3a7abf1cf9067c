import { Module } from '@nestjs/common';
import { EVENT_HANDLER_SET } from '@nrm/service-kit';
import { ReadModelEventHandlers } from './read-model-events.handler';
import { ReadModelRepository } from './read-model.repository';
import { ReadModelService } from './read-model.service';

/** The statistics read model's write side: the events it is written from, live (docs/statistics.md). */
@Module({
  providers: [{ provide: EVENT_HANDLER_SET, useClass: ReadModelEventHandlers }, ReadModelRepository, ReadModelService],
  exports: [ReadModelService],
})
export class ReadModelModule {}
