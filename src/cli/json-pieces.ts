/**
 * `JSON.stringify(value, null, 2)`, byte for byte, handed out in pieces, so a report with a
 * hundred thousand findings is never one string. An iterable that is not an array (a generator,
 * from `mapLazily` or `later`) is written as a JSON array, item by item, when the writer reaches
 * it; objects and arrays that hold one are walked key by key; everything else is stringified
 * whole. Only plain data: no `toJSON`, no Map or Set (they would be taken for streams).
 */
export function* jsonPieces(value: unknown, indent = ''): Generator<string> {
  if (isStream(value)) yield* itemPieces(value, indent);
  else if (Array.isArray(value) && holdsStream(value)) yield* itemPieces(value, indent);
  else if (isPlainObject(value) && holdsStream(value)) yield* propertyPieces(value, indent);
  // JSON.stringify escapes line breaks inside strings, so every '\n' it writes is layout.
  else yield JSON.stringify(value, null, 2).replace(/\n/g, '\n' + indent);
}

/** `items.map(toJson)`, made one item at a time as the writer reaches it. */
export function* mapLazily<T, U>(items: Iterable<T>, toJson: (item: T) => U): Generator<U> {
  for (const item of items) yield toJson(item);
}

/** An array whose items are only known later (errors, once every file has been read). */
export function* later<U>(items: () => Iterable<U>): Generator<U> {
  yield* items();
}

function* itemPieces(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = indent + '  ';
  let empty = true;
  for (const item of items) {
    yield (empty ? '[\n' : ',\n') + inner;
    empty = false;
    // As in JSON.stringify: what an object would leave out is null in an array.
    if (isOmitted(item)) yield 'null';
    else yield* jsonPieces(item, inner);
  }
  yield empty ? '[]' : '\n' + indent + ']';
}

function* propertyPieces(object: object, indent: string): Generator<string> {
  const inner = indent + '  ';
  let empty = true;
  for (const [key, value] of Object.entries(object)) {
    if (isOmitted(value)) continue;
    yield (empty ? '{\n' : ',\n') + inner + JSON.stringify(key) + ': ';
    empty = false;
    yield* jsonPieces(value, inner);
  }
  yield empty ? '{}' : '\n' + indent + '}';
}

function isStream(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Whether a stream is inside: only then is the value walked rather than stringified whole. */
function holdsStream(value: unknown): boolean {
  if (isStream(value)) return true;
  if (Array.isArray(value)) return value.some(holdsStream);
  if (isPlainObject(value)) return Object.values(value).some(holdsStream);
  return false;
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
