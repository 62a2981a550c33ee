/**
 * The fields a GraphQL selection reads of an object (by field name); unset means every field.
 * Built by the GraphQL layer from the query (selection.ts) and passed down to the mappers.
 */
export type FieldSelection = ReadonlySet<string>;

/**
 * Parts of a mapped object that are computed when first read instead of when it is built.
 *
 * A list page maps every order it returns, but most pages are read for a few fields (a BI export
 * asks for scalars; the nested lists, parties and containers are most of a mapper's work). So a
 * mapper builds the object without its costly parts and hands it to `attach` with the query's
 * selection: a part the selection names, or every part when there is no selection, is computed
 * at once and assigned as plain data; any other part becomes an own, enumerable accessor that
 * computes it on first read and replaces itself with a plain data property holding the result
 * (a write replaces it too). Whatever reads the object (a resolver the selection did not
 * foresee, a filter, a spread, `JSON.stringify`, a test's `toEqual`) sees the same value the
 * eager mapping gives.
 *
 * Speed: V8 keeps an accessor's functions in the object's hidden class, so the accessors are
 * created once per part here and shared by every object, and a descriptor map is cached per
 * set of deferred parts: objects mapped for the same selection share one hidden class and stay
 * in fast mode. The parts must be left out of the object the mapper builds (turning an existing
 * data property into an accessor would send the object to dictionary mode).
 *
 * A part's compute function must read only the object it is given (its `raw` and the fields
 * set before `attach`), since it may run long after the mapping.
 */
export function deferrable<Host extends object, Parts extends object>(parts: { [K in keyof Parts]: (host: Host) => Parts[K] }): (
  host: Host,
  select?: FieldSelection,
) => Host & Parts {
  const names = Object.keys(parts) as Array<keyof Parts & string>;
  if (names.length > 30) throw new Error('deferrable: at most 30 parts');
  const computes = names.map((name) => parts[name] as (host: Host) => unknown);
  const accessors = names.map((name, i): PropertyDescriptor => {
    const settle = (host: object, value: unknown) => {
      Object.defineProperty(host, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    };
    return {
      get(this: Host) {
        return settle(this, computes[i](this));
      },
      set(this: Host, value: unknown) {
        settle(this, value);
      },
      enumerable: true,
      configurable: true,
    };
  });
  // One descriptor map per set of deferred parts (a bitmask over `names`).
  const descriptorMaps = new Map<number, PropertyDescriptorMap>();
  const descriptorsFor = (mask: number): PropertyDescriptorMap => {
    let map = descriptorMaps.get(mask);
    if (!map) {
      map = {};
      names.forEach((name, i) => {
        if (mask & (1 << i)) map![name] = accessors[i];
      });
      descriptorMaps.set(mask, map);
    }
    return map;
  };

  return (host, select) => {
    let deferred = 0;
    for (let i = 0; i < names.length; i += 1) {
      if (select === undefined || select.has(names[i])) (host as Record<string, unknown>)[names[i]] = computes[i](host);
      else deferred |= 1 << i;
    }
    if (deferred !== 0) Object.defineProperties(host, descriptorsFor(deferred));
    return host as Host & Parts;
  };
}
