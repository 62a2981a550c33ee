import { ApiKeyStore } from '../../src/access/keys';
import { Observability } from '../../src/observability';
import { SecretRedactor, secretValues } from '../../src/observability/redact';
import { newApiKey } from '../../src/tools/api-key';

describe('secret redaction', () => {
  const redactor = new SecretRedactor(['vendor-token-123456', 'sandbox-key', 'abc']);

  it('replaces every configured secret, longest first', () => {
    expect(redactor.redact('token vendor-token-123456 and sandbox-key, twice: sandbox-key')).toBe('token [REDACTED] and [REDACTED], twice: [REDACTED]');
  });

  it('ignores values too short to be secrets', () => {
    expect(redactor.redact('abc')).toBe('abc');
  });

  it('replaces credential-shaped text it was not told about', () => {
    expect(redactor.redact('Authorization: Bearer og_live_8f7a6s5d4f3g')).toBe('Authorization: Bearer [REDACTED]');
    expect(redactor.redact('Authorization: Token token=f00dbabe1234')).toBe('Authorization: Token token=[REDACTED]');
    expect(redactor.redact('GET /orders?api_token=f00dbabe1234&x=1')).toBe('GET /orders?api_token=[REDACTED]&x=1');
    expect(redactor.redact('Token limit of 1000 exceeded')).toBe('Token limit of 1000 exceeded');
  });

  it('finds secrets among settings by name, and passwords inside URLs', () => {
    expect(
      secretValues([
        { OCTOPI_BASE_URL: 'https://app.octopi.co', OCTOPI_TOKEN: 'tok-123456' },
        { SHIPWELL_PASSWORD: 'pw-123456', SHIPWELL_USER: 'me', SITOO_API_KEY: 'key-123456', VU_CLIENT_SECRET: 'sec-123456' },
        { REDIS_URL: 'redis://:redis-pass-1@10.0.0.1:6379' },
      ]).sort(),
    ).toEqual(['key-123456', 'pw-123456', 'redis-pass-1', 'sec-123456', 'tok-123456']);
  });

  it('redacts log lines by path and by value', () => {
    const lines: string[] = [];
    const observability = new Observability({
      logLevel: 'info',
      destination: { write: (line: string) => void lines.push(line) },
      secrets: ['vendor-token-123456'],
      metrics: false,
    });
    observability.logger.info(
      { headers: { authorization: 'Bearer whatever-1234' }, token: 'x', detail: 'upstream said vendor-token-123456 is wrong' },
      'a message with vendor-token-123456',
    );
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({
      headers: { authorization: '[REDACTED]' },
      token: '[REDACTED]',
      detail: 'upstream said [REDACTED] is wrong',
      msg: 'a message with [REDACTED]',
    });
  });
});

describe('the api-key tool', () => {
  it('makes a random key and an entry that holds only its hash', () => {
    const { key, entry } = newApiKey('bi-nightly', 'orders:read', 'octopi,SITOO');
    expect(key).toMatch(/^og_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(entry)).not.toContain(key);
    expect(entry).toMatchObject({ id: 'bi-nightly', scopes: ['orders:read'], providers: ['OCTOPI', 'SITOO'] });
    const access = new ApiKeyStore([entry as never]).lookup(key)!;
    expect(access.principal).toBe('bi-nightly');
    expect(access.allowedProviders()).toEqual(['OCTOPI', 'SITOO']);
    expect(newApiKey('x').key).not.toBe(key);
  });
});
