// Tests run the TypeScript sources through SWC (decorator metadata included, which
// type-graphql relies on). node-fetch 3 and its helpers ship as ES modules only, so
// they are transformed to CommonJS as well, and so is the OTLP exporter's base, whose
// `import('http')` Jest's module system cannot run without --experimental-vm-modules (PGlite,
// the embedded PostgreSQL, likewise imports `fs`, `zlib`...); everything else in node_modules is not.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|cj)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(?:.*/node_modules/)?(node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill|@opentelemetry/otlp-exporter-base|@electric-sql/pglite[\\w-]*)/)',
  ],
  setupFiles: ['reflect-metadata'],
  // Finds or installs Chromium for the browser suites (and fails in CI when it cannot).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 30000,
};
