import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VendorExchange } from '../src/core/http';

/**
 * What the drift check holds a vendor's answer against: a documented example from
 * test/fixtures/<vendor>/ (copied from the vendor's doc), never ordergraph's own wire types,
 * so that a wire type that is wrong cannot hide a vendor that changed.
 */
export interface DocumentedExample {
  doc: string;
  section: string;
  status?: number;
  example: unknown;
}

export function documentedExample(vendor: string, name: string): DocumentedExample {
  const file = path.join(__dirname, '..', 'test', 'fixtures', vendor, `${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as DocumentedExample;
}

/** A difference between what a doc promises and what the vendor answered. */
export interface Difference {
  check: string;
  what: string;
}

export interface Expectation {
  /** The part of the answer to compare (default: the whole body). */
  answer?: (body: unknown) => unknown;
  /** The part of the example it is compared with (default: the whole example). */
  documented?: (example: unknown) => unknown;
  /** Compare the status with the example's documented status (default true when it has one). */
  status?: boolean;
}

/**
 * Every difference between one answer and one documented example: another status than the
 * doc shows, a documented member missing (with the undocumented members at the same place,
 * which is what a rename looks like), a value of another JSON type. Members the doc does not
 * show are returned apart as notes: a vendor may add fields without breaking a promise.
 */
export function compareWithDoc(
  check: string,
  exchange: VendorExchange | undefined,
  documented: DocumentedExample,
  expectation: Expectation = {},
): { differences: Difference[]; notes: string[] } {
  const source = `${documented.doc}, ${documented.section}`;
  if (!exchange) return { differences: [{ check, what: `no answer to compare with ${source}` }], notes: [] };
  const differences: Difference[] = [];
  const compareStatus = expectation.status ?? documented.status !== undefined;
  if (compareStatus && documented.status !== undefined && exchange.status !== documented.status) {
    differences.push({ check, what: `HTTP ${exchange.status} where ${source} shows ${documented.status}` });
  }
  const answer = (expectation.answer ?? ((b) => b))(bodyOf(exchange));
  const example = (expectation.documented ?? ((e) => e))(documented.example);
  const extras = undocumentedMembers(answer, example);
  for (const found of shapeDifferences(answer, example)) {
    const [where, problem] = splitDifference(found);
    const parent = where.slice(0, where.lastIndexOf('.'));
    const beside = problem === 'missing' ? extras.filter((extra) => extra.slice(0, extra.lastIndexOf('.')) === parent) : [];
    const hint = beside.length ? ` (the answer has ${beside.map((b) => `\`${b.slice(parent.length + 1)}\``).join(', ')} there instead: renamed?)` : '';
    differences.push({ check, what: `${where}: ${problem}${hint}, per ${source}` });
  }
  const hinted = new Set(differences.flatMap((d) => [...d.what.matchAll(/`([^`]+)`/g)].map((m) => m[1])));
  const unexplained = extras.filter((extra) => !hinted.has(extra.slice(extra.lastIndexOf('.') + 1)));
  return { differences, notes: unexplained.map((extra) => `${check}: ${extra} is in the answer, not in ${documented.doc}`) };
}

/** The answer's body as JSON, plain (numbers as numbers), or its text when it is not JSON. */
export function bodyOf(exchange: VendorExchange): unknown {
  try {
    return JSON.parse(exchange.text);
  } catch {
    return exchange.text;
  }
}

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * Where an answer leaves a documented example's shape, as `path: problem`: a documented member
 * missing, or a value of another JSON type. Null on either side is the doc's "nullable". An
 * array entry fits when it fits any entry the doc shows (Octopi's items carry a number or a
 * string `service_id`, one of each in the example); otherwise the closest one is reported.
 */
export function shapeDifferences(answer: unknown, documented: unknown, at = '$'): string[] {
  if (documented === null || answer === null) return [];
  if (kind(answer) !== kind(documented)) return [`${at}: ${kind(answer)} where the doc shows ${kind(documented)}`];
  if (Array.isArray(documented)) {
    if (documented.length === 0) return [];
    return (answer as unknown[]).flatMap((entry, i) => {
      const tries = documented.map((shown) => shapeDifferences(entry, shown, `${at}[${i}]`));
      return tries.reduce((best, next) => (next.length < best.length ? next : best));
    });
  }
  if (typeof documented !== 'object') return [];
  const members = answer as Record<string, unknown>;
  return Object.entries(documented as Record<string, unknown>).flatMap(([key, shown]) =>
    key in members ? shapeDifferences(members[key], shown, `${at}.${key}`) : [`${at}.${key}: missing`],
  );
}

function splitDifference(found: string): [string, string] {
  const at = found.indexOf(': ');
  return [found.slice(0, at), found.slice(at + 2)];
}

/** Paths of the answer's members that the example does not show (entries of arrays the doc shows empty are not walked). */
export function undocumentedMembers(answer: unknown, documented: unknown, at = '$'): string[] {
  if (answer === null || documented === null || typeof answer !== 'object' || typeof documented !== 'object') return [];
  if (Array.isArray(answer) || Array.isArray(documented)) {
    if (!Array.isArray(answer) || !Array.isArray(documented) || documented.length === 0) return [];
    // Members that no documented entry shows.
    return answer.flatMap((entry, i) => {
      const tries = documented.map((shown) => undocumentedMembers(entry, shown, `${at}[${i}]`));
      return tries.reduce((best, next) => (next.length < best.length ? next : best));
    });
  }
  const shown = documented as Record<string, unknown>;
  return Object.entries(answer as Record<string, unknown>).flatMap(([key, value]) =>
    key in shown ? undocumentedMembers(value, shown[key], `${at}.${key}`) : [`${at}.${key}`],
  );
}
