import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PLATFORMS, type Platform } from '@deployguard/jobs';

// A credentials id names a credential in the auth service: a uuid or an opaque id. It becomes a
// path segment of the auth service URL, so no "/" and no spaces.
export const CREDENTIALS_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
export const CREDENTIALS_ID_MESSAGE =
  '$property must be a credentials id: 1 to 200 letters, digits, ".", "_", ":" or "-" (never the secret itself)';
// git ref names: no leading "-", no "..", no spaces or control characters
const BRANCH = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/+@-]{1,255}$/;

// An upload job (source_upload: true) takes no source_url or source_credentials_id: its source is
// the bundle the client uploads (SPEC §11).
const cloned = (o: CreateJobDto): boolean => o.source_upload !== true;

export class CreateJobDto {
  @ApiPropertyOptional({
    description:
      'true: the source is a git bundle you upload to the presigned URL in the answer, then POST /jobs/{id}/start',
  })
  @IsOptional()
  @IsBoolean()
  source_upload?: boolean;

  @ApiProperty({ enum: PLATFORMS, description: 'optional with source_upload (default generic)' })
  @ValidateIf((o: CreateJobDto) => cloned(o) || o.source_platform !== undefined)
  @IsIn(PLATFORMS)
  source_platform!: Platform;

  @ApiProperty({
    example: 'https://github.com/acme/app.git',
    description: 'https, ssh:// or git@host:path (not with source_upload)',
  })
  @ValidateIf((o: CreateJobDto) => cloned(o) || o.source_url !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  source_url!: string;

  @ApiPropertyOptional({ example: 'main' })
  @IsOptional()
  @IsString()
  @Matches(BRANCH, {
    message: 'source_branch must be a git branch name (no spaces, no "..", not starting with "-")',
  })
  source_branch?: string;

  @ApiProperty({ example: '7f1c2a9e-1b2c-4d5e-8f90-123456789abc', description: 'not with source_upload' })
  @ValidateIf((o: CreateJobDto) => cloned(o) || o.source_credentials_id !== undefined)
  @IsString()
  @Matches(CREDENTIALS_ID, { message: CREDENTIALS_ID_MESSAGE })
  source_credentials_id!: string;

  @ApiPropertyOptional({
    example: 'https://hooks.example.com/deployguard',
    description: 'https URL that receives the signed events of this job (see the README, Webhooks)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  webhook_url?: string;
}
