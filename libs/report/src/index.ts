export * from './report.types';
