import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AUDIT_ENTRIES_DEFAULT_PAGE, AUDIT_ENTRIES_MAX_PAGE, AUDIT_TRAIL_DEFAULT_SIZE, AUDIT_TRAIL_MAX_SIZE } from '@nrm/audit';
import { LegalBasis } from '@nrm/domain';


@InputType()
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true, description: 'The acting agency' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/)
  agencyId?: string;

  @Field(() => LegalBasis, { nullable: true })
  @IsOptional()
  @IsEnum(LegalBasis)
  basis?: LegalBasis;

  @Field(() => Date, { nullable: true, description: 'Inclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Inclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditTrailArgs {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => Int, { nullable: true, defaultValue: AUDIT_TRAIL_DEFAULT_SIZE })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AUDIT_TRAIL_MAX_SIZE)
  first?: number;

  @Field(() => AuditTrailFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditTrailFilter)
  filter?: AuditTrailFilter;
}

@ArgsType()
export class AuditEntriesArgs {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: AUDIT_ENTRIES_DEFAULT_PAGE,
    description: `At most ${AUDIT_ENTRIES_MAX_PAGE}: a page with every field of AuditEntry stays within the gateway's complexity limit`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AUDIT_ENTRIES_MAX_PAGE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;

  @Field(() => AuditTrailFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditTrailFilter)
  filter?: AuditTrailFilter;
}
