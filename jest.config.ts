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
};

export default config;
