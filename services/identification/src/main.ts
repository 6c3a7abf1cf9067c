import { runService } from '@nrm/service-kit';
import { identificationDefinition } from './service-definition';

void runService(identificationDefinition);
