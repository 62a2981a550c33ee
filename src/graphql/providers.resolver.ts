import { Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ProviderEnum, type ProviderKey } from '../core/provider-key';
import type { RequestContext } from './context';

@ObjectType({ description: 'Health of one configured provider: reachability at its latest background probe and latency of recent calls.' })
export class ProviderHealth {
  @Field(() => ProviderEnum, { description: 'The provider.' })
  provider!: ProviderKey;

  @Field(() => Boolean, { description: 'Whether the vendor answered its latest background probe (a cheap read, every HEALTH_PROBE_INTERVAL_MS).' })
  reachable!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the vendor is not reachable (error code and message).' })
  error?: string | null;

  @Field(() => Float, { nullable: true, description: 'Duration of the latest probe, in milliseconds.' })
  checkMs?: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the latest probe ended.' })
  checkedAt?: Date | null;

  @Field(() => Float, { nullable: true, description: 'Median latency of recent calls (last 200), in milliseconds.' })
  latencyP50Ms?: number | null;

  @Field(() => Float, { nullable: true, description: '95th percentile latency of recent calls, in milliseconds.' })
  latencyP95Ms?: number | null;

  @Field(() => Int, { description: 'Upstream calls since start.' })
  calls!: number;

  @Field(() => Int, { description: 'Failed upstream calls (no answer or 5xx) since start.' })
  failures!: number;

  @Field(() => String, { nullable: true, description: 'Last upstream failure.' })
  lastError?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the last upstream call ended.' })
  lastCallAt?: Date | null;

  @Field(() => String, { description: 'Circuit breaker: CLOSED (calls flow), OPEN (failing fast after repeated failures), HALF_OPEN (probing).' })
  circuit!: string;

  @Field(() => [String], { description: 'What ordergraph can do with this provider: create, update, cancel.' })
  operations!: string[];
}

@Resolver()
export class ProvidersResolver {
  @Query(() => [ProviderHealth], {
    description: "Every configured provider's reachability at its latest background probe, its circuit and recent latency. Calls no vendor.",
  })
  async providers(@Ctx() ctx: RequestContext): Promise<ProviderHealth[]> {
    // Never served from the response cache (see UNCACHEABLE_ROOT_FIELDS in server.ts): the circuit and stats are live.
    return Promise.all(
      ctx.registry.all().map(async (provider) => {
        const probe = await ctx.health.latest(provider.key);
        const stats = ctx.stats.of(provider.key);
        const { create, update, cancel } = provider.capabilities;
        return {
          provider: provider.key,
          reachable: probe.reachable,
          circuit: ctx.resilience.state(provider.key),
          error: probe.error,
          checkMs: probe.checkMs,
          checkedAt: probe.checkedAt,
          latencyP50Ms: stats.p50Ms,
          latencyP95Ms: stats.p95Ms,
          calls: stats.calls,
          failures: stats.failures,
          lastError: stats.lastError,
          lastCallAt: stats.lastCallAt,
          operations: Object.entries({ create, update, cancel })
            .filter(([, on]) => on)
            .map(([name]) => name),
        };
      }),
    );
  }
}
