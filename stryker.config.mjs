// npm run mutate: StrykerJS mutation testing of the pre-flight rules (src/providers/*/rules.ts)
// and the emulators' checks (src/sandbox/*/rules.ts). A mutant is one small change to one of
// those files (a condition negated, a bound moved, a value dropped from a documented list); it
// is killed when a test fails. Survivors are rules that no test holds. The score is in the
// README (Mutation testing). One file at a time, the tests of its vendor and side alone:
//   MUTATE_VENDOR=soget MUTATE_SIDE=sandbox nice -n 10 npm run mutate -- --mutate src/sandbox/soget/rules.ts --incrementalFile reports/inc-sandbox-soget.json

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // The in-process tests of the rules (jest.mutate.config.js says why not the HTTP suites).
  // findRelatedTests off: jest would walk the import graph of every test file for each mutant,
  // and the tests that reach a mutant are already known from the per-test coverage.
  jest: { projectType: 'custom', configFile: 'jest.mutate.config.js', enableFindRelatedTests: false },
  // No TypeScript checker: on two cores it would take one of the two slots, halving the test
  // runners, for the few mutants that do not compile (they fail their tests instead, killed).
  mutate: ['src/providers/*/rules.ts', 'src/sandbox/*/rules.ts'],
  // Each mutant runs only the tests that reach its code.
  coverageAnalysis: 'perTest',
  // The test machine has two cores shared with others: one test runner (run it under nice).
  concurrency: 1,
  // The time budget: a mutant's tests get 5 s (plus 1.5 times their normal time), the first
  // run of every test 15 minutes; a re-run retests only what changed (incremental).
  timeoutMS: 5000,
  timeoutFactor: 1.5,
  dryRunTimeoutMinutes: 15,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
