import { JsonDecimal, parseVuJson, stringifyVuJson } from '../../src/providers/vu/exact-json';

describe('VU bodies keep prices exact', () => {
  it('reads a price as the digits on the wire, other numbers as numbers', () => {
    expect(parseVuJson('{"price": 19.90, "quantity": 3, "lines": [{"price":0.1}, {"price" : 7e2}]}')).toEqual({
      price: new JsonDecimal('19.90'),
      quantity: 3,
      lines: [{ price: new JsonDecimal('0.1') }, { price: new JsonDecimal('7e2') }],
    });
  });

  it('leaves a price sent as a string a string, and text that only looks like a price alone', () => {
    expect(parseVuJson('{"price": "70", "note": "{\\"price\\": 5}, \\"price\\":6"}')).toEqual({ price: '70', note: '{"price": 5}, "price":6' });
  });

  it('reads prices at any depth and in arrays of arrays, the rest of the body as JSON.parse reads it', () => {
    const text =
      '{"orders":[{"id":1,"order_lines":[{"price":70,"tags":[["a"]],"b2b":{"price":12345678901234567890}}]},{"id":2,"order_lines":[]}],"price":null}';
    const expected = JSON.parse(text);
    expected.orders[0].order_lines[0].price = new JsonDecimal('70');
    expected.orders[0].order_lines[0].b2b.price = new JsonDecimal('12345678901234567890');
    expect(parseVuJson(text)).toEqual(expected);
  });

  it('keeps a price string that looks like its own marker a string (a body with an escaped NUL)', () => {
    expect(parseVuJson('{"price": "\\u0000decimal:5", "lines": [{"price": 19.90}]}')).toEqual({
      price: '\u0000decimal:5',
      lines: [{ price: new JsonDecimal('19.90') }],
    });
  });

  it('writes a decimal as a JSON number with the same digits, and round-trips', () => {
    const body = { order: { order_lines: [{ price: new JsonDecimal('19.90'), quantity: 2 }, { price: new JsonDecimal('0.10') }] } };
    const text = stringifyVuJson(body);
    expect(text).toBe('{"order":{"order_lines":[{"price":19.90,"quantity":2},{"price":0.10}]}}');
    expect(parseVuJson(text)).toEqual(body);
  });

  it('never writes digits that are not a JSON number as raw JSON', () => {
    expect(stringifyVuJson({ price: new JsonDecimal('1,"admin":true') })).toBe('{"price":"1,\\"admin\\":true"}');
  });

  it('serialises as a decimal string outside VU bodies (the unified raw payload)', () => {
    expect(JSON.stringify({ price: new JsonDecimal('19.90') })).toBe('{"price":"19.90"}');
  });
});
