import { Module } from '@nestjs/common';
import { EmailDeliveryScheduler } from './email-delivery.scheduler';
import { EmailDeliveryService } from './email-delivery.service';
import { EmailRepository } from './email.repository';
import { MailSender } from './mail-sender';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { RecipientDirectoryClient } from './recipient-directory.client';

/** E-mail delivery of notifications and each user's preferences (docs/notifications.md). */
@Module({
  providers: [
    EmailRepository,
    RecipientDirectoryClient,
    MailSender,
    EmailDeliveryService,
    EmailDeliveryScheduler,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
  ],
  exports: [EmailDeliveryService, MailSender],
})
export class EmailModule {}
