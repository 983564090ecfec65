/** Transpile-only (sucrase): type-checking is `tsc --noEmit`, run once before jest by `npm test`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '@sucrase/jest-plugin' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  // Both cores: jest's default leaves one idle on a 2-core machine, and the suite is CPU-bound synthesis.
  maxWorkers: '100%',
};
