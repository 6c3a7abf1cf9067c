import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A region an identification is recorded in; inputs and filters take its code' })
export class Region {
  @Field({ description: 'The code inputs take (any case), e.g. TIRANA' })
  code: string;

  @Field({ description: 'Label in the requested locale (en, sq); English, then the code, when there is none' })
  label: string;
}
