import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PLATFORMS, type Platform } from '@deployguard/jobs';
import { CREDENTIALS_ID, CREDENTIALS_ID_MESSAGE } from './create-job.dto';

export class PushJobDto {
  @ApiProperty({ enum: PLATFORMS })
  @IsIn(PLATFORMS)
  target_platform!: Platform;

  @ApiProperty({ example: 'https://github.com/acme/app-clean.git' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  target_url!: string;

  @ApiProperty()
  @IsString()
  @Matches(CREDENTIALS_ID, { message: CREDENTIALS_ID_MESSAGE })
  target_credentials_id!: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  force_push?: boolean;
}
