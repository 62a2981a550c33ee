import { withCheckDigit } from '../../src/core/iso6346';
import type { CreateSogetTransportOrderInput } from '../../schema/generated/graphql';
import { SOGET_ORDERS_PATH, type SogetFileInfo, type SogetOrderBody } from '../../src/providers/soget/wire';
import type { TestApp } from './sandbox';

/**
 * Valid SOGET orders for tests, one per customs flow. `unique` goes into the transport order
 * number and the bill of lading / booking, so that orders never collide with each other
 * (ORDER_DUPLICATED, EXISTS_ORDER_WITH_HANDLING_UNIT_SPI) unless a test wants them to.
 */

export const CONTAINER_A = 'CGMU1234562'; // the documented CGMU1234567 with its right check digit (2)
export const CONTAINER_B = withCheckDigit('MSCU765432');

const location = (code: string) => ({ code });
const warehouse = { name: 'Entrepôt Dupont', location: { address: '1 rue des Docks', zipCode: '76600', city: 'Le Havre', country: 'FR' } };

export function importOrder(unique: string, reference = CONTAINER_A): SogetOrderBody {
  return {
    contractor: { code: 'SOGETS.', name: 'SOGET SA' },
    carrier: { code: 'TRCAUX', name: 'Transports du Pays de Caux', contact: { email: 'exploitation@trcaux.example' } },
    transportOrderNumber: `TOC-${unique}`,
    customsFlag: 'Import',
    date: '2024-03-02T18:00:00+00:00',
    sender: 'Dupont Jean',
    clientReference: `CLI-${unique}`,
    comment: 'This is an urgent transport.',
    voyage: { meansName: 'NORMANDIE EXPRESS', shippingCompany: 'CMA CGM', eta: '2024-03-02T18:00:00+00:00' },
    containers: [
      {
        reference,
        type: '22G1',
        grossWeight: 2000,
        tare: 200.5,
        sealNumbers: ['SL123'],
        indicator: { isReefer: false, isHazardous: true, isOog: false },
        goods: [
          {
            description: 'Colorful balloon',
            type: 'BF',
            quantity: 3000000,
            weight: 100.5,
            volume: 20.5,
            hazardousClasses: [{ imdgCode: '2.1', undgCode: '1950', packagingGroup: 'III' }],
          },
        ],
        billOfLading: `BOL-${unique}`,
        events: [
          { type: 'LadingImport', startDate: '2024-03-03T08:00:00+00:00', location: location('MTDF') },
          { type: 'DeliveryImport', startDate: '2024-03-03T14:00:00+00:00', endDate: '2024-03-03T16:00:00+00:00', location: warehouse },
          { type: 'EmptyReleaseImport', startDate: '2024-03-04T09:00:00+00:00', location: warehouse },
          { type: 'EmptyReturnImport', startDate: '2024-03-04T15:00:00+00:00', location: location('DEPNORD') },
        ],
      },
    ],
  };
}

export function exportOrder(unique: string): SogetOrderBody {
  return {
    carrier: { name: 'Unknown Trucking', contact: { email: 'ops@unknown-trucking.example' } },
    transportOrderNumber: `EXP-${unique}`,
    customsFlag: 'Export',
    voyage: { meansName: 'SEINE BRIDGE', etd: '2024-03-10T18:00:00Z', closingCustoms: '2024-03-08T12:00:00Z' },
    containers: [
      {
        type: '45R1',
        reefer: { setPoint: -18 },
        indicator: { isReefer: true },
        bookingNumber: `BK-${unique}`,
        events: [
          { type: 'EmptyReleaseExport', startDate: '2024-03-05T08:00:00Z', location: location('DEPSUD') },
          { type: 'PositioningExport', startDate: '2024-03-05T14:00:00Z', location: location('ENTLOG1') },
          { type: 'LadingExport', startDate: '2024-03-06T09:00:00Z', location: location('ENTLOG1') },
          { type: 'DeliveryExport', startDate: '2024-03-06T15:00:00Z', location: location('TPO') },
        ],
      },
    ],
  };
}

export function transferOrder(unique: string): SogetOrderBody {
  return {
    contractor: { code: 'FWDOCEAN' },
    carrier: { code: 'SEINEXP' },
    transportOrderNumber: `TRF-${unique}`,
    customsFlag: 'Transfer',
    containers: [
      {
        reference: CONTAINER_B,
        billOfLading: `BL-${unique}`,
        events: [
          { type: 'LadingTransfer', startDate: '2024-03-05T08:00:00Z', location: location('MTDF') },
          { type: 'DeliveryTransfer', startDate: '2024-03-05T11:00:00Z', location: location('TNMSC') },
        ],
      },
    ],
  };
}

/** The same Import order as the GraphQL input of createSogetTransportOrder (enum values in GraphQL's spelling). */
export const sogetImportInput = (number: string, reference = CONTAINER_A): CreateSogetTransportOrderInput => ({
  transportOrderNumber: number,
  customsFlag: 'IMPORT',
  contractor: { code: 'SOGETS.' },
  carrier: { code: 'TRCAUX', contact: { email: 'exploitation@trcaux.example' } },
  clientReference: 'AUCUN_12_678',
  comment: 'This is an urgent transport.',
  voyage: { meansName: 'NORMANDIE EXPRESS', shippingCompany: 'CMA CGM', eta: '2024-03-02T18:00:00Z' },
  containers: [
    {
      reference,
      type: '22G1',
      grossWeight: 2000,
      sealNumbers: ['SL1'],
      billOfLading: `BOL-${number}`,
      goods: [{ description: 'Colorful balloon', type: 'BF', quantity: 3000, weight: 100.5 }],
      events: [
        { type: 'LADING_IMPORT', startDate: '2024-03-03T08:00:00Z', location: { code: 'MTDF' } },
        { type: 'DELIVERY_IMPORT', startDate: '2024-03-03T14:00:00Z', location: { code: 'ENTLOG1' } },
        { type: 'EMPTY_RELEASE_IMPORT', startDate: '2024-03-04T09:00:00Z', location: { code: 'ENTLOG1' } },
        { type: 'EMPTY_RETURN_IMPORT', startDate: '2024-03-04T15:00:00Z', location: { code: 'DEPNORD' } },
      ],
    },
  ],
});

/** A GET at the app's SOGET sandbox, authenticated as ordergraph is (token, subscription key), read directly rather than through ordergraph. */
export async function sogetSandboxRead(app: TestApp, path: string): Promise<unknown> {
  const base = app.emulator('SOGET').url;
  const env = app.sandboxes.get('SOGET')!.env;
  const token = await fetch(`${base}/soget-connect/v1/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: env.SOGET_CLIENT_ID, client_secret: env.SOGET_CLIENT_SECRET }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const response = await fetch(`${base}${path}`, {
    headers: { Authorization: `Bearer ${token.access_token}`, 'Ocp-Apim-Subscription-Key': env.SOGET_SUBSCRIPTION_KEY },
  });
  return response.json();
}

/** The files the SOGET sandbox received with an order (name, type, size and the SHA-256 it computed on arrival). */
export async function sogetSandboxFiles(app: TestApp, id: string): Promise<SogetFileInfo[]> {
  return ((await sogetSandboxRead(app, `${SOGET_ORDERS_PATH}/${encodeURIComponent(id)}`)) as { files: SogetFileInfo[] }).files;
}

/** Sets `a.b[0].c` in an object, creating what is missing on the way. */
export function setPath(target: unknown, path: string, value: unknown): void {
  const keys = path.split(/\.|(?=\[)/).map((k) => (k.startsWith('[') ? Number(k.slice(1, -1)) : k));
  let node = target as Record<string | number, unknown>;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) node[key] = value;
    else {
      node[key] ??= typeof keys[i + 1] === 'number' ? [{}] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
}
