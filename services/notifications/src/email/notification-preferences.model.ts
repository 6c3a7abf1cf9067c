import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsOptional } from 'class-validator';
import { NotificationKind } from '../notification/notification-kind';

const LANGUAGES = ['en', 'sq'];

@ObjectType({ description: "The caller's own e-mail preferences; urgent notifications are e-mailed whatever they say" })
export class NotificationPreferences {
  @Field(() => [NotificationKind], { description: 'Kinds e-mailed to the caller (every kind unless turned off)' })
  emailKinds: NotificationKind[];

  @Field(() => [NotificationKind], { description: 'Kinds e-mailed whatever the preferences (reminders, escalations, urgent findings…)' })
  alwaysEmailedKinds: NotificationKind[];

  @Field(() => String, { nullable: true, description: "Language of the e-mails (en or sq); null: the directory's language for the caller" })
  language: string | null;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => [NotificationKind], { description: 'Kinds to e-mail; every other kind is not e-mailed unless urgent' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsEnum(NotificationKind, { each: true })
  emailKinds: NotificationKind[];

  @Field(() => String, { nullable: true, description: "en or sq; null: the directory's language" })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'language must be en or sq' })
  language?: string | null;
}
