import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDefined,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { CREDENTIALS_ID, CREDENTIALS_ID_MESSAGE } from '../../jobs/dto/create-job.dto';

// git ref names: no leading "-", no "..", no spaces or control characters
const BRANCH = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/+@-]{1,255}$/;
const BRANCH_MESSAGE = 'branch must be a git branch name (no spaces, no "..", not starting with "-")';
const SCHEDULE_DOC = {
  oneOf: [{ type: 'string' }, { type: 'integer' }],
  example: '0 3 * * *',
  description: 'a 5-field cron expression in UTC, or an interval in seconds (at least 60)',
};
// PATCH: an absent field is left as it is; null clears the nullable ones
const given = (_: object, value: unknown) => value !== undefined;
const givenNotNull = (_: object, value: unknown) => value !== undefined && value !== null;

export class RegisterRepositoryDto {
  @ApiProperty({ example: 'https://github.com/acme/app.git', description: 'https, ssh:// or git@host:path' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  url!: string;

  @ApiPropertyOptional({ example: 'main' })
  @IsOptional()
  @IsString()
  @Matches(BRANCH, { message: BRANCH_MESSAGE })
  branch?: string;

  @ApiPropertyOptional({ example: '7f1c2a9e-1b2c-4d5e-8f90-123456789abc' })
  @IsOptional()
  @IsString()
  @Matches(CREDENTIALS_ID, { message: CREDENTIALS_ID_MESSAGE })
  credentials_id?: string;

  // checked by the use case, which says exactly what is accepted
  @ApiProperty(SCHEDULE_DOC)
  @IsDefined({ message: 'schedule is required: ' + SCHEDULE_DOC.description })
  schedule!: string | number;

  @ApiPropertyOptional({ example: 'https://hooks.example.com/deployguard' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  webhook_url?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateRepositoryDto {
  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf(givenNotNull)
  @IsString()
  @Matches(BRANCH, { message: BRANCH_MESSAGE })
  branch?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf(givenNotNull)
  @IsString()
  @Matches(CREDENTIALS_ID, { message: CREDENTIALS_ID_MESSAGE })
  credentials_id?: string | null;

  @ApiPropertyOptional(SCHEDULE_DOC)
  @ValidateIf(given)
  @IsDefined({ message: 'schedule must not be null: ' + SCHEDULE_DOC.description })
  schedule?: string | number;

  @ApiPropertyOptional({ nullable: true, description: 'null removes the webhook' })
  @ValidateIf(givenNotNull)
  @IsString()
  @MaxLength(2048)
  webhook_url?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(given)
  @IsBoolean()
  enabled?: boolean;
}
