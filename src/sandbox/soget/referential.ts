import type { SogetActor, SogetEventLocation } from './wire';

/**
 * The sandbox's "API Referential": the actors (contractors, carriers) and the location codes
 * that S'mouv knows. An order that names an actor code or a location code outside it is
 * refused with ACTOR_NOT_FOUND / UNKNOWN_LOCATION, as the vendor does. The documented example's
 * actor (`SOGETS.`) and terminal (`MTDF`) are in it; the others are fictional.
 */

const HAVRE = { zipCode: '76600', city: 'Le Havre', country: 'FR' };

export const SOGET_ACTORS: Record<string, SogetActor> = {
  'SOGETS.': {
    code: 'SOGETS.',
    name: 'SOGET SA',
    company: { name: 'ABC Logistics', location: { address: 'Terre-Plein de la Barre B.P. 1413 Le Havre', ...HAVRE } },
    contact: { name: 'SA Soget', email: 'hello@soget.fr', phone: '0235123456' },
  },
  FWDOCEAN: {
    code: 'FWDOCEAN',
    name: 'Ocean Forwarding Normandie',
    company: { name: 'Ocean Forwarding', location: { address: '12 quai de Southampton', ...HAVRE } },
    contact: { name: 'Import desk', email: 'import@oceanfwd.example', phone: '0235000101' },
  },
  NORDFRET: {
    code: 'NORDFRET',
    name: 'Nord Fret Commission',
    company: { name: 'Nord Fret', location: { address: '3 rue du Commandant Abadie', ...HAVRE } },
    contact: { name: 'Export desk', email: 'export@nordfret.example', phone: '0235000202' },
  },
  TRCAUX: {
    code: 'TRCAUX',
    name: 'Transports du Pays de Caux',
    company: { name: 'TPC', location: { address: 'ZI de Port-Jérôme', zipCode: '76170', city: 'Lillebonne', country: 'FR' } },
    contact: { name: 'Exploitation', email: 'exploitation@trcaux.example', phone: '0232000303' },
  },
  SEINEXP: {
    code: 'SEINEXP',
    name: 'Seine Express Conteneurs',
    company: { name: 'Seine Express', location: { address: '45 route du Môle Central', ...HAVRE } },
    contact: { name: 'Dispatch', email: 'dispatch@seinexp.example', phone: '0235000404' },
  },
  ROUTMER: {
    code: 'ROUTMER',
    name: 'Route et Mer',
    company: { name: 'Route et Mer', location: { address: '8 avenue du Grand Canal', zipCode: '76600', city: 'Le Havre', country: 'FR' } },
    contact: { name: 'Planning', email: 'planning@routmer.example', phone: '0235000505' },
  },
};

export const SOGET_CONTRACTOR_CODES = ['SOGETS.', 'FWDOCEAN', 'NORDFRET'];
export const SOGET_CARRIER_CODES = ['TRCAUX', 'SEINEXP', 'ROUTMER', 'SOGETS.'];

type Kind = 'terminal' | 'depot' | 'warehouse';

export const SOGET_LOCATIONS: Record<string, SogetEventLocation & { kind: Kind }> = {
  MTDF: { kind: 'terminal', code: 'MTDF', name: 'Terminal de France', location: { address: 'Terre-Plein de la Barre B.P. 1413 Le Havre', ...HAVRE } },
  TPO: { kind: 'terminal', code: 'TPO', name: 'Terminal Porte Océane', location: { address: "Port 2000, route de l'Estuaire", ...HAVRE } },
  TNMSC: { kind: 'terminal', code: 'TNMSC', name: 'Terminal Nord MSC', location: { address: "Port 2000, quai de l'Europe", ...HAVRE } },
  DEPNORD: { kind: 'depot', code: 'DEPNORD', name: 'Dépôt Vides Nord', location: { address: 'Route Industrielle', ...HAVRE } },
  DEPSUD: { kind: 'depot', code: 'DEPSUD', name: 'Dépôt Vides Sud', location: { address: 'Quai de la Saône', ...HAVRE } },
  ENTLOG1: {
    kind: 'warehouse',
    code: 'ENTLOG1',
    name: 'Entrepôt Logiport 1',
    location: { address: 'Parc Logistique du Pont de Normandie', zipCode: '76700', city: "Gonfreville-l'Orcher", country: 'FR' },
  },
  ENTLOG2: {
    kind: 'warehouse',
    code: 'ENTLOG2',
    name: 'Entrepôt CIM',
    location: { address: 'Zone Portuaire Est', zipCode: '76700', city: 'Harfleur', country: 'FR' },
  },
};

export function isKnownActor(code: string): boolean {
  return code in SOGET_ACTORS;
}

export function isKnownLocation(code: string): boolean {
  return code in SOGET_LOCATIONS;
}

const BY_KIND = new Map<Kind, SogetEventLocation[]>();

/** The referential's locations of one kind, as an event names them. */
export function locationsOfKind(kind: Kind): readonly SogetEventLocation[] {
  let found = BY_KIND.get(kind);
  if (!found) {
    found = Object.values(SOGET_LOCATIONS)
      .filter((l) => l.kind === kind)
      .map(({ kind: _kind, ...location }) => location);
    BY_KIND.set(kind, found);
  }
  return found;
}
