import { z } from 'zod';
import type { TracingConfig } from './tracing';

/** Environment variables of logs and metrics (read through `src/config.ts`). */
export const observabilityEnv = z.object({
  /** Level of the JSON logs on stdout: fatal, error, warn, info, debug, trace or silent. Default info. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Serve Prometheus metrics at /metrics. Default true. */
  METRICS: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(true),
  /** OTLP/HTTP endpoint of an OpenTelemetry collector (e.g. http://collector:4318); traces go to `<it>/v1/traces`. Unset: no tracing. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** The traces endpoint itself, used as it is (wins over OTEL_EXPORTER_OTLP_ENDPOINT). */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** Headers of every export: `key=value` pairs separated by commas (W3C baggage format, values URL-encoded). */
  OTEL_EXPORTER_OTLP_HEADERS: z
    .string()
    .regex(/^\s*[^=,\s]+\s*=[^,]*(,\s*[^=,\s]+\s*=[^,]*)*$/, 'must be key=value pairs separated by commas')
    .optional(),
  /** `service.name` of the spans. Default ordergraph. */
  OTEL_SERVICE_NAME: z.string().min(1).default('ordergraph'),
});

export interface ObservabilityConfig {
  logLevel: z.infer<typeof observabilityEnv>['LOG_LEVEL'];
  metrics: boolean;
  /** Set when an OTLP endpoint is: where the traces go. */
  tracing?: TracingConfig;
}

export function parseObservabilityConfig(env: Record<string, string | undefined>): { config?: ObservabilityConfig; problems: string[] } {
  const parsed = observabilityEnv.safeParse(env);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const e = parsed.data;
  const tracesUrl = e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (e.OTEL_EXPORTER_OTLP_ENDPOINT && `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`);
  const tracing = tracesUrl ? { tracesUrl, headers: exportHeaders(e.OTEL_EXPORTER_OTLP_HEADERS), serviceName: e.OTEL_SERVICE_NAME } : undefined;
  return { problems: [], config: { logLevel: e.LOG_LEVEL, metrics: e.METRICS, tracing } };
}

function exportHeaders(text: string | undefined): Record<string, string> {
  if (!text) return {};
  return Object.fromEntries(
    text.split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at).trim(), decodeURIComponent(pair.slice(at + 1).trim())];
    }),
  );
}
