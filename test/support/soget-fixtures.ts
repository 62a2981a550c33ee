import { withCheckDigit } from '../../src/core/iso6346';
import type { SogetOrderBody } from '../../src/providers/soget/wire';

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
        goods: [{ description: 'Colorful balloon', type: 'BF', quantity: 3000000, weight: 100.5, volume: 20.5, hazardousClasses: [{ imdgCode: '2.1', undgCode: '1950', packagingGroup: 'III' }] }],
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
