import { runService } from '@nrm/service-kit';
import { notificationsDefinition } from './service-definition';

void runService(notificationsDefinition);
