export * from './rule.types';
