import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { AUDIT_TRAIL_DEFAULT_SIZE, AUDIT_TRAIL_MAX_SIZE } from '@nrm/audit';
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
