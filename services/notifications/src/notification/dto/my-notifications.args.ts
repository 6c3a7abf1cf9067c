import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_NOTIFICATIONS_PAGE = 50;
const MAX_NOTIFICATIONS_PAGE = 200;

@ArgsType()
export class MyNotificationsArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only those the caller has not marked read' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_NOTIFICATIONS_PAGE, description: `At most ${MAX_NOTIFICATIONS_PAGE}, newest first` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_NOTIFICATIONS_PAGE)
  first?: number;
}
