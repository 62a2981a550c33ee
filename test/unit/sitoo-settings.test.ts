import { ConfigError, loadConfig } from '../../src/config';
import { sitoo } from '../../src/providers/sitoo';

describe('Sitoo settings', () => {
  const complete = {
    SITOO_BASE_URL: 'https://api.mysitoo.com',
    SITOO_ACCOUNT_ID: '1500',
    SITOO_API_ID: '1500-125',
    SITOO_PASSWORD: 'secret',
    SITOO_AUTHOR_EMAIL: 'integration@example.com',
  };

  it('leaves Sitoo unconfigured without a base URL', () => {
    expect(sitoo.isConfigured(loadConfig([sitoo], {}).providerSettings.get(sitoo.key) as never)).toBe(false);
  });

  it('takes a complete configuration, the author name defaulting to ordergraph', () => {
    const settings = loadConfig([sitoo], complete).providerSettings.get(sitoo.key);
    expect(settings).toMatchObject({ ...complete, SITOO_AUTHOR_NAME: 'ordergraph' });
    expect(sitoo.isConfigured(settings as never)).toBe(true);
  });

  it.each(['SITOO_ACCOUNT_ID', 'SITOO_API_ID', 'SITOO_PASSWORD', 'SITOO_AUTHOR_EMAIL'])('stops with a message naming %s when it is missing', (name) => {
    const env: Record<string, string> = { ...complete };
    delete env[name];
    expect(() => loadConfig([sitoo], env)).toThrow(ConfigError);
    expect(() => loadConfig([sitoo], env)).toThrow(new RegExp(`${name}: ${name} is required when SITOO_BASE_URL is set`));
  });

  it('refuses a base URL that is not a URL and an account id with a path in it', () => {
    expect(() => loadConfig([sitoo], { ...complete, SITOO_BASE_URL: 'api.mysitoo' })).toThrow(/SITOO_BASE_URL/);
    expect(() => loadConfig([sitoo], { ...complete, SITOO_ACCOUNT_ID: '1500/../1' })).toThrow(/SITOO_ACCOUNT_ID/);
  });
});
