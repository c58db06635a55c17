import { SetMetadata } from '@nestjs/common';

// Routes that need no X-User-ID: health probes and metrics (scraped by the platform, not users).
export const IS_PUBLIC = 'deployguard:public';
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
