import { Module } from '@nestjs/common';
import { PersonRepository } from './person.repository';
import { PersonService } from './person.service';

/** The person record: the lowest feature, which every other one reads the person through. */
@Module({
  providers: [PersonRepository, PersonService],
  exports: [PersonService],
})
export class PersonModule {}
