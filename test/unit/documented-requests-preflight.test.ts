import { checkInput } from '../../src/core/input-schema';
import { octopiCreateRequest } from '../../src/providers/octopi/rules';
import { shipwellCreateRequest } from '../../src/providers/shipwell/rules';
import { sitooCreateRequest, sitooUpdateRequest } from '../../src/providers/sitoo/rules';
import { checkOrder as sogetOrder } from '../../src/providers/soget/rules';
import { stringifyVuJson } from '../../src/providers/vu/exact-json';
import { vuCreateRequest } from '../../src/providers/vu/rules';
import { copyOf } from '../fixtures/documented';
import { OCTOPI_CREATE_REQUEST } from '../fixtures/octopi';
import { SHIPWELL_CREATE_REQUEST } from '../fixtures/shipwell';
import { SITOO_ADD_REQUEST, SITOO_UPDATE_REQUEST } from '../fixtures/sitoo';
import { documentedOrderMadeValid, SOGET_CREATE_REQUEST } from '../fixtures/soget';
import { VU_CREATE_REQUEST } from '../fixtures/vu';
import { asShipwellInput } from '../support/shipwell-fixtures';
import { sitooInputOf } from '../support/sitoo-fixtures';
import { vuInputOf } from '../support/vu-fixtures';

/**
 * ordergraph's request schemas (src/providers/<vendor>/rules.ts) on each documented request, given
 * as the GraphQL input that asks for it (SOGET's input is its posted model): what a vendor
 * publishes as its own example is never refused before sending, unless the doc's own rules refuse
 * it, and is sent as published.
 */

describe("ordergraph's pre-flight rules on the documented requests", () => {
  it('pass the Octopi create example (cargo_type container, a default and a custom service id), given as GraphQL input, and send it as published', () => {
    const order = copyOf(OCTOPI_CREATE_REQUEST).service_order as { service_ids: unknown[] } & Record<string, unknown>;
    const input = {
      orderNumber: order.order_number,
      cargoType: order.cargo_type,
      containerIds: order.container_ids,
      serviceIds: order.service_ids.map(String),
      dueAt: order.due_at,
      comment: order.comment,
    };
    expect(checkInput(octopiCreateRequest, input)).toEqual({ ok: true, value: OCTOPI_CREATE_REQUEST.example });
  });

  it('pass the Sitoo Add and Update Service Order examples, given as GraphQL input, and send them as published (the product as the object the model names)', () => {
    const { state: _new, ...create } = copyOf(SITOO_ADD_REQUEST);
    const added = copyOf(SITOO_ADD_REQUEST) as Record<string, unknown> & { product: unknown[] };
    expect(checkInput(sitooCreateRequest, sitooInputOf(create))).toEqual({ ok: true, value: { ...added, product: added.product[0] } });
    expect(checkInput(sitooUpdateRequest, sitooInputOf(copyOf(SITOO_UPDATE_REQUEST)))).toEqual({ ok: true, value: SITOO_UPDATE_REQUEST.example });
  });

  it('pass the Shipwell request payload (custom_data as a JSON string, a plan window that starts as it ends), given as GraphQL input, and send it as published', () => {
    expect(checkInput(shipwellCreateRequest, asShipwellInput(copyOf(SHIPWELL_CREATE_REQUEST)))).toStrictEqual({
      ok: true,
      value: SHIPWELL_CREATE_REQUEST.example,
    });
  });

  it('pass the VU Example Request (price 70, a b2b order without a b2b object), given as GraphQL input, and send it as published', () => {
    const checked = checkInput(vuCreateRequest, vuInputOf(copyOf(VU_CREATE_REQUEST).order));
    // Written as VU bodies are (exact-json.ts): the price as the JSON number 70.
    expect(checked.ok && JSON.parse(stringifyVuJson(checked.value))).toEqual(VU_CREATE_REQUEST.example);
  });

  it("refuse the SOGET example only by the doc's own rules, and pass it with those put right (bookingNumber, etd and the closing dates on an Import included)", () => {
    // "A container number must follow the ISO 6346:1995." (CGMU1234567's check digit is 2);
    // "must contains exactly 4 events with import/ export order" (the example sends one).
    expect(sogetOrder(copyOf(SOGET_CREATE_REQUEST)).map((i) => [i.field, i.rule, i.providerCode])).toEqual([
      ['containers[0].reference', 'iso6346', 'HANDLING_UNIT_REFERENCE_INVALID'],
      ['containers[0].events', 'eventSet', 'WRONG_FORMAT'],
    ]);
    expect(sogetOrder(documentedOrderMadeValid())).toEqual([]);
  });
});
