// The tests `npm run mutate` (StrykerJS) runs against each mutant: the in-process tests of the
// rules (test/rules/, and the rule tests of test/unit/), which call the pre-flight rules and the
// emulators' checks as functions, on the documented examples.
//
// Why only these: Stryker's jest runner runs each mutant as one more jest run in the same
// process, with the covering tests picked by name (findRelatedTests is off, see
// stryker.config.mjs). Jest still loads every test file of the run, each in a fresh module
// registry, before it skips the tests whose names do not match: with the unit and contract
// suites (about 50 files, most of them importing the server, the emulators and their HTTP
// stack) that load was nearly all of a mutant's time, 10 to 20 s for tests of a few
// milliseconds. The files here import a rules file and its fixtures, nothing more, so a mutant
// costs jest's start-up and a few milliseconds of tests. The HTTP suites (contract,
// conformance) hold the same rules too, over the wire, in `npm test`; a score measured without
// them is a lower bound.
const base = require('./jest.config');

// MUTATE_VENDOR=soget: that vendor's rule tests alone; MUTATE_SIDE=sandbox (the emulator's
// checks, test/rules/<vendor>-emulator) or providers (the pre-flight rules, <vendor>-preflight):
// one side's. Jest loads every test file of the run for each mutant, so a run of one file loads
// only the tests that can reach it.
const vendor = process.env.MUTATE_VENDOR ?? '*';
const side = process.env.MUTATE_SIDE;
// test/unit/octopi-rules.test.ts holds Octopi's rules on both sides.
const bothSides = vendor === '*' || vendor === 'octopi' ? ['test/unit/octopi-rules.test.ts'] : [];
// MUTATE_SIDE=core: the shared formats and the zod issues' translation (src/core/formats.ts, iso6346.ts,
// src/core/input-schema.ts), held by their own unit tests and by every rule test of both sides: the
// pre-flight schemas are built on them, and the emulators check dates, e-mails and country codes
// with the same shared formats (the doc's formats, not ordergraph's rules).
const core = ['test/unit/calendar-date.test.ts', 'test/unit/input-schema.test.ts', 'test/unit/iso6346.test.ts'];
const tests =
  side === 'core'
    ? [...core, 'test/rules/*.test.ts', 'test/unit/*-rules.test.ts', 'test/unit/documented-requests-preflight.test.ts']
    : [
        ...(side !== 'providers' ? [`test/rules/${vendor}-emulator.test.ts`, ...bothSides] : []),
        ...(side !== 'sandbox'
          ? [`test/rules/${vendor}-preflight.test.ts`, `test/unit/${vendor}-rules.test.ts`, 'test/unit/documented-requests-preflight.test.ts']
          : []),
      ];

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: tests.map((path) => `<rootDir>/${path}`),
  globalSetup: undefined,
};
