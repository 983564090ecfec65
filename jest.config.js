/**
 * Transpile-only (sucrase): type-checking is `tsc --noEmit`, run once before jest by `npm test`.
 * test/e2e holds the end-to-end runs of other programs (the real cdktf CLI, npm pack, terraform fmt), which take
 * several seconds each: `npm run test:e2e` runs them, `npm test` leaves them out to stay under a minute.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // `*.e2e.test.ts` elsewhere (the boot text's cloud-init schema check) is slow for the same reason.
  testPathIgnorePatterns: process.env.KIT_E2E === '1' ? [] : ['<rootDir>/test/e2e/', '\\.e2e\\.test\\.ts$'],
  transform: { '^.+\\.ts$': '@sucrase/jest-plugin' },
  // Synthesis in tests without cdktf's per-token stack traces (see the file).
  setupFiles: ['<rootDir>/test/setup/token-stack-traces.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 120000,
  // Both cores: jest's default leaves one idle on a 2-core machine, and the suite is CPU-bound synthesis.
  maxWorkers: '100%',
};
