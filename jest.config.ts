import type { Config } from 'jest';

// Tests run from the TypeScript sources through swc (fast, no type-check);
// `npm test` type-checks the whole tree with tsc first.
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60_000,
  // Both cores of a 2-core machine (jest's default leaves one idle); the conformance
  // test's own worker threads mostly wait on the VM workers, not on jest.
  maxWorkers: 2,
};

export default config;
