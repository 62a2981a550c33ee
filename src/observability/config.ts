import { z } from 'zod';

/** Environment variables of logs and metrics (read through `src/config.ts`). */
export const observabilityEnv = z.object({
  /** Level of the JSON logs on stdout: fatal, error, warn, info, debug, trace or silent. Default info. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Serve Prometheus metrics at /metrics. Default true. */
  METRICS: z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1').default(true),
});

export interface ObservabilityConfig {
  logLevel: z.infer<typeof observabilityEnv>['LOG_LEVEL'];
  metrics: boolean;
}

export function parseObservabilityConfig(env: Record<string, string | undefined>): { config?: ObservabilityConfig; problems: string[] } {
  const parsed = observabilityEnv.safeParse(env);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { problems: [], config: { logLevel: parsed.data.LOG_LEVEL, metrics: parsed.data.METRICS } };
}
