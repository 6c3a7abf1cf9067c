import { runService } from '@nrm/service-kit';
import { sheltersDefinition } from './service-definition';

void runService(sheltersDefinition);
