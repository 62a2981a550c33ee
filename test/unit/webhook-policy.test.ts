import { Agent, request } from 'undici';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPrivateAddress, WebhookUrlPolicy } from '../../src/changes/webhooks/url-policy';
import { retryDelayMs } from '../../src/changes/webhooks/worker';

describe('where webhooks may be sent', () => {
  const strict = new WebhookUrlPolicy(false);

  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.31.255.1', true],
    ['192.168.0.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['93.184.216.34', false],
    ['2606:2800:220:1:248:1893:25c8:1946', false],
  ])('treats %s as private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('refuses loopback, private and metadata addresses at registration unless private URLs are allowed', () => {
    for (const url of ['http://127.0.0.1:8080/hook', 'http://localhost/hook', 'https://[::1]/hook', 'http://169.254.169.254/latest/meta-data']) {
      expect(() => strict.check(url)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', rule: 'publicAddress', field: 'input.url' }) }),
      );
      expect(new WebhookUrlPolicy(true).check(url)).toBe(new URL(url).toString());
    }
    expect(strict.check('https://hooks.example.com/ordergraph#frag')).toBe('https://hooks.example.com/ordergraph');
  });

  it('refuses at connect time a host name that resolves to a private address (DNS rebinding included)', async () => {
    const receiver = createServer((_req, res) => res.end('reached'));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    const guarded = new Agent({ connect: { lookup: strict.lookup() } });
    try {
      await expect(request(`http://localhost:${port}/`, { dispatcher: guarded })).rejects.toThrow();
      // The same request without the guard reaches the receiver: the refusal above is the policy's.
      const open = await request(`http://localhost:${port}/`);
      expect(await open.body.text()).toBe('reached');
    } finally {
      await guarded.close();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('backs off exponentially from the base up to the cap, half of each delay jittered', () => {
    const options = { retryBaseMs: 1000, retryMaxMs: 60_000 };
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, options, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, options, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(20, options, () => 1)).toBe(60_000);
  });
});
