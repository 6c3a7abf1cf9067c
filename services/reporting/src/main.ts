import { runService } from '@nrm/service-kit';
import { reportingDefinition } from './service-definition';

void runService(reportingDefinition);
