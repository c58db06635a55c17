// Two projects: unit specs beside the code, end-to-end specs in test/ (real git, real processes).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
    },
    {
      // the review panel's logic and components, in a DOM (jsdom), compiled with its own tsconfig
      displayName: 'web',
      testEnvironment: '<rootDir>/apps/web/src/testing/dom.environment.js',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
      transform: {
        '^.+\\.tsx?$': [
          'ts-jest',
          {
            tsconfig: { jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, isolatedModules: true },
          },
        ],
      },
      moduleFileExtensions: ['tsx', 'ts', 'js', 'json'],
      moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/src/testing/style.stub.js' },
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      // the e2e time budget (see the file); a project's testTimeout is not applied by jest-circus
      setupFilesAfterEnv: ['<rootDir>/test/support/e2e-timeout.ts'],
    },
  ],
};
