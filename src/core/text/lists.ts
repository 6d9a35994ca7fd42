/**
 * Arrays of strings or objects whose hidden class does not depend on whether they are empty.
 *
 * V8 gives `[]` (and `map` over an empty array) small-integer elements, and a filled string or
 * object array object elements: two hidden classes for one field. The scoring code, optimised
 * while it met only one of them, deoptimised each time a query or name brought the other — the
 * party screener reached its speed only after thousands of names. These keep one class.
 */

/** A new empty array already of the object/string elements kind (as if something had been in it). */
export function emptyList<T>(): T[] {
  const a = [undefined] as unknown as T[];
  a.pop(); // (pop, not length = 0: that is a slow runtime call, 6x the cost)
  return a;
}

/** `f` of each of `xs`, aligned with them, in an emptyList (what `map` gives, without its empty case). */
export function mapList<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out = emptyList<U>();
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]));
  return out;
}

/** `f` of each of `xs` that is not empty, in an emptyList (`map` over an empty array, and
 *  `filter` of that, would give the small-integer kind). */
export function mapNonEmpty<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out = emptyList<U>();
  for (let i = 0; i < xs.length; i++) {
    const y = f(xs[i]);
    if (y) out.push(y);
  }
  return out;
}
