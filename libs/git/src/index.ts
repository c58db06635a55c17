export * from './git-invocation';
export * from './git.runner';
export * from './scrub.util';
export * from './remote-url';
export * from './remote-failure';
export * from './credentials';
export * from './push';
export * from './clone';
