import { runService } from '@nrm/service-kit';
import { formalIdentificationDefinition } from './service-definition';

void runService(formalIdentificationDefinition);
