import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

const MAX_IDS = 10_000;

export class SelectSecretsDto {
  @ApiProperty({ type: [String], description: 'secrets to clean; replaces the previous selection' })
  @IsArray()
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('all', { each: true, message: 'each value in secret_ids must be a UUID' })
  secret_ids!: string[];

  @ApiPropertyOptional({ type: [String], description: 'secrets to mark as false positives' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('all', { each: true, message: 'each value in mark_false_positives must be a UUID' })
  mark_false_positives?: string[];
}
