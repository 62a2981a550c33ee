/** Values of /metrics samples, by their full name with labels (e.g. `x_total{outcome="failed"}`); a sample not there yet is 0. */
export async function metricSamples<K extends string>(url: string, samples: Record<K, string>): Promise<Record<K, number>> {
  const lines = (await (await fetch(`${url}/metrics`)).text()).split('\n');
  const value = (sample: string) => Number(lines.find((line) => line.startsWith(`${sample} `))?.split(' ')[1] ?? 0);
  return Object.fromEntries(Object.entries<string>(samples).map(([key, sample]) => [key, value(sample)])) as Record<K, number>;
}
