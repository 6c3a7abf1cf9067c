import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const DEFAULT_NOTIFICATIONS_PAGE = 50;
const MAX_NOTIFICATIONS_PAGE = 200;
/** Under the gateway's subgraph timeout (SUBGRAPH_TIMEOUT_MS, 30 s). */
export const MAX_WAIT_SECONDS = 20;

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

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: `A waiting read: answers once the list holds a notification whose id is not in \`known\`, or after this many seconds (at most ${MAX_WAIT_SECONDS}) with the list as it is`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_WAIT_SECONDS)
  waitSeconds?: number;

  @Field(() => [ID], { nullable: true, description: 'With waitSeconds: the ids the caller already has (its current list)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_NOTIFICATIONS_PAGE)
  @IsUUID('all', { each: true })
  known?: string[];
}
