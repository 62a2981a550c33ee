import type { SandboxHandle, VendorChange } from './registry';

export interface SandboxActivity {
  /** Changes up to `count` orders at each vendor now (or at one, by its key); returns what moved, per vendor. */
  changeNow(count: number, vendor?: string): Record<string, VendorChange[]>;
  stop(): void;
}

/**
 * Life at the emulated vendors, so that the change feed has something to show in the sandbox:
 * `perMinute` times a minute, one order of a vendor picked at random moves on, as that vendor's
 * own users would move it; `changeNow` does it on demand. With `perMinute` 0 nothing moves by
 * itself (tests ask for what they need).
 */
export function sandboxActivity(handles: ReadonlyMap<string, SandboxHandle>, perMinute: number, rand: () => number = Math.random): SandboxActivity {
  const vendors = [...handles.entries()];
  const timer =
    perMinute > 0 && vendors.length > 0
      ? setInterval(() => {
          const [, handle] = vendors[Math.floor(rand() * vendors.length)];
          handle.changeOrders(1, rand);
        }, 60_000 / perMinute)
      : null;
  timer?.unref();
  return {
    changeNow(count, vendor) {
      const chosen = vendor === undefined ? vendors : vendors.filter(([key]) => key === vendor.toUpperCase());
      return Object.fromEntries(chosen.map(([key, handle]) => [key, handle.changeOrders(count, rand)]));
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
