import { Module } from '@nestjs/common';
import { EmailWakeup } from './email-wakeup';

/**
 * The mail worker's wake-up on its own, so the features that create notifications (events, the deadline sweep) tell the
 * worker to look without depending on e-mail delivery itself.
 */
@Module({
  providers: [EmailWakeup],
  exports: [EmailWakeup],
})
export class EmailWakeupModule {}
