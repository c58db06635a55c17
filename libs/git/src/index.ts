export * from './git.runner';
export * from './scrub.util';
