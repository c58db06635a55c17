// Path ids that are not UUIDs are a 400 that names the id, never a 500 or a database error.
import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

export function uuidParam(what: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new BadRequestException(`the ${what} id in the path must be a UUID`),
  });
}
