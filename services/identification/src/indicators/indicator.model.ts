import { Field, ObjectType } from '@nestjs/graphql';
import { IndicatorAppliesTo, IndicatorGroup } from '@nrm/domain';

@ObjectType()
export class Indicator {
  @Field()
  code: string;

  @Field(() => IndicatorGroup)
  group: IndicatorGroup;

  @Field(() => IndicatorAppliesTo)
  appliesTo: IndicatorAppliesTo;

  @Field({ description: 'Label in the requested locale (en, sq); English when the locale is unknown' })
  label: string;
}
