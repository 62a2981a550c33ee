import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { defineIntegrationTestSuite } from '@apollo/server-integration-testsuite';
import { RequestGate } from '../../src/access/gate';
import { ApiKeyStore } from '../../src/access/keys';
import { buildHttpApp, drainHttpApp } from '../../src/http/app';
import { MemoryRateLimitStore, RateLimiter } from '../../src/limits/rate-limit';
import { Observability } from '../../src/observability';
import type { FastifyInstance } from 'fastify';

/**
 * Apollo's own integration test suite, run against ordergraph's HTTP layer (Fastify, the gate,
 * the body parsers, the error handler and the drain) around the suite's Apollo Server. The gate
 * lets anonymous callers through and does not limit batches or documents, since the suite's
 * requests carry no key; everything else is ordergraph's as it runs.
 */
defineIntegrationTestSuite(
  async (config, testOptions) => {
    const server = new ApolloServer<BaseContext>({ ...config, plugins: [...(config.plugins ?? []), drainHttpApp(() => http, 2000)] });
    await server.start();
    const observability = new Observability({ logLevel: 'silent', secrets: [], metrics: false, destination: { write: () => true } });
    const gate = new RequestGate({
      keys: new ApiKeyStore([]),
      allowAnonymous: true,
      rateLimiter: new RateLimiter(new MemoryRateLimitStore(), { perSecond: 0, burst: 0 }),
      limits: { batching: true, maxBatchOperations: 1000, maxDocumentBytes: 10_000_000, maxTokens: 1_000_000 },
    });
    // The drain plugin above reads `http` only when the server stops, after this line has run.
    const http: FastifyInstance = buildHttpApp<BaseContext>({
      apollo: server,
      context: async () => (testOptions?.context ? testOptions.context() : {}),
      gate,
      observability,
      maxBodyBytes: 10_000_000,
      uploads: { maxFileBytes: 10_000_000, maxRequestBytes: 10_000_000, maxFiles: 10 },
      cors: { kind: 'none' },
      ready: async () => ({ status: 200, body: { status: 'ready' } }),
    });
    await http.listen({ port: 0, host: '127.0.0.1' });
    return { server, url: `http://127.0.0.1:${(http.server.address() as AddressInfo).port}/graphql` };
  },
  { noIncrementalDelivery: true },
);
