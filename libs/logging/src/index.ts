export * from './service-logger';
export * from './outage-log';
