export * from './storage-keys';
export * from './report-crypto';
export * from './object-storage.repository';
export * from './workspace';
export * from './scan-state-keys';
export * from './storage.errors';
