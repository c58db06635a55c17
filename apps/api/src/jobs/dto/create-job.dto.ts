import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PLATFORMS, type Platform } from '@deployguard/jobs';

// A credentials id names a credential in the auth service: a uuid or an opaque id. It becomes a
// path segment of the auth service URL, so no "/" and no spaces.
export const CREDENTIALS_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
export const CREDENTIALS_ID_MESSAGE =
  '$property must be a credentials id: 1 to 200 letters, digits, ".", "_", ":" or "-" (never the secret itself)';
// git ref names: no leading "-", no "..", no spaces or control characters
const BRANCH = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/+@-]{1,255}$/;

export class CreateJobDto {
  @ApiProperty({ enum: PLATFORMS })
  @IsIn(PLATFORMS)
  source_platform!: Platform;

  @ApiProperty({ example: 'https://github.com/acme/app.git', description: 'https, ssh:// or git@host:path' })
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

  @ApiProperty({ example: '7f1c2a9e-1b2c-4d5e-8f90-123456789abc' })
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
