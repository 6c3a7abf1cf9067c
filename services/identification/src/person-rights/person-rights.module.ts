import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ConsentModule } from '../consent/consent.module';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { IdentificationModule } from '../identification/identification.module';
import { PersonModule } from '../person/person.module';
import { LegalHoldService } from './legal-hold.service';
import { LegalHoldReasonResolver } from './legal-hold-reason.resolver';
import { PersonErasureService } from './person-erasure.service';
import { PersonExportService } from './person-export.service';
import { PersonExportPartsClient } from './person-export-parts.client';
import { PersonErasureFieldResolver, PersonRightsResolver } from './person-rights.resolver';
import { PersonRightsRepository } from './person-rights.repository';
import { SubjectAccessPartsController } from './subject-access-parts.controller';
import { SubjectAccessRequestService } from './subject-access-request.service';

/** The person's rights: subject access requests and exports, erasure on request, and the legal holds that stop it. */
@Module({
  imports: [PersonModule, AccessModule, IdentificationModule, ConsentModule, DuplicatesModule],
  controllers: [SubjectAccessPartsController],
  providers: [
    PersonRightsRepository,
    LegalHoldService,
    SubjectAccessRequestService,
    PersonExportPartsClient,
    PersonExportService,
    PersonErasureService,
    PersonRightsResolver,
    PersonErasureFieldResolver,
    LegalHoldReasonResolver,
  ],
})
export class PersonRightsModule {}
