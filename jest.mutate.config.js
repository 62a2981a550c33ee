// The tests `npm run mutate` (StrykerJS) runs against each mutant: the unit and contract
// suites, which hold the rules and the emulators' checks against the documented behaviour.
// Not the conformance suite (it reaches the rules through the same calls, among fault tests
// that wait out timeouts), nor the browser, end-to-end or shared-state suites; not the drift
// check's test, which runs the tool in child processes Stryker cannot see into, nor the
// schema's staleness test (Stryker's copy of the tree marks every TypeScript file @ts-nocheck,
// the generated files included).
const base = require('./jest.config');

// MUTATE_TESTS=unit: the unit suites alone, for a quick run (a lower bound of the score).
const suites = process.env.MUTATE_TESTS === 'unit' ? ['unit'] : ['unit', 'contract'];

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: suites.map((suite) => `<rootDir>/test/${suite}/**/*.test.ts`),
  testPathIgnorePatterns: [
    '/node_modules/',
    '/test/contract/drift-check\\.test\\.ts$',
    '/test/unit/chromium-setup\\.test\\.ts$',
    '/test/unit/schema\\.test\\.ts$',
  ],
  globalSetup: undefined,
};
