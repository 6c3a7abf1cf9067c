import { Module } from '@nestjs/common';
import { EventHistoryController } from './event-history.controller';
import { EventHistoryRepository } from './event-history.repository';

/**
 * `GET /internal/events` of a producing service: its published events in bulk, for the reporting service's rebuild
 * (docs/events.md, "The published events, in bulk"). Imported by every service that produces events the statistics
 * count; its configuration needs EVENT_HISTORY_CLIENTS (`eventHistoryConfigShape`), the clients whose service
 * accounts may read them.
 */
@Module({ controllers: [EventHistoryController], providers: [EventHistoryRepository] })
export class EventHistoryModule {}
