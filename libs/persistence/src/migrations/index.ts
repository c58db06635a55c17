import { InitialSchema1732350000000 } from './1732350000000-initial-schema.migration';
import { Scheduler1732360000000 } from './1732360000000-scheduler.migration';
import { ScanLocations1732370000000 } from './1732370000000-scan-locations.migration';
import { SecretConfidence1732375000000 } from './1732375000000-secret-confidence.migration';
import { RateLimits1732380000000 } from './1732380000000-rate-limits.migration';
import { SourceUpload1732390000000 } from './1732390000000-source-upload.migration';
import { NoteLocation1732400000000 } from './1732400000000-note-location.migration';
import { RefLocation1732410000000 } from './1732410000000-ref-location.migration';

// In order. Classes, not a glob, so the same list works from ts-jest and from dist/.
export const MIGRATIONS = [
  InitialSchema1732350000000,
  Scheduler1732360000000,
  ScanLocations1732370000000,
  SecretConfidence1732375000000,
  RateLimits1732380000000,
  SourceUpload1732390000000,
  NoteLocation1732400000000,
  RefLocation1732410000000,
];
