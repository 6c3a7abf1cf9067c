import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsIn, IsOptional, IsUUID } from 'class-validator';
import { acceptedCodes, PROVIDER_SERVICES } from '../../service-providers/provider-vocabulary';

const NEEDS_MESSAGE = `needs must be distinct service codes among: ${acceptedCodes(PROVIDER_SERVICES)}`;

@ArgsType()
export class ProviderMatchesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be the id of a person the Responsible Authority was notified of' })
  personId: string;

  @Field(() => [String], {
    nullable: true,
    description: `The services the person needs, as the RA reads them from the person's summary: ${PROVIDER_SERVICES.join(', ')}. They rank the providers`,
  })
  @IsOptional()
  @ArrayMaxSize(PROVIDER_SERVICES.length, { message: NEEDS_MESSAGE })
  @ArrayUnique({ message: NEEDS_MESSAGE })
  @IsIn(PROVIDER_SERVICES, { each: true, message: NEEDS_MESSAGE })
  needs?: string[] | null;
}
