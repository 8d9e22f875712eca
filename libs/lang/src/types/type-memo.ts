// Memoisation by object identity for functions over types. Types are immutable
// DAGs: `{ a: (1, 1), b: (a, a), c: (b, b), … }` gives a type whose tree is
// exponentially larger than the program, so every recursive function over
// types (equality, printing, shapes, predicates) must visit each shared node
// once. Caches are weak, so they never keep a program's types alive.
import type { Type } from "./type.js";

export function memoType<R>(fn: (t: Type) => R): (t: Type) => R {
  const cache = new WeakMap<Type, { readonly r: R }>();
  return (t) => {
    const hit = cache.get(t);
    if (hit !== undefined) return hit.r;
    const r = fn(t);
    cache.set(t, { r });
    return r;
  };
}

export function memoTypePair<R>(fn: (a: Type, b: Type) => R): (a: Type, b: Type) => R {
  const cache = new WeakMap<Type, WeakMap<Type, { readonly r: R }>>();
  return (a, b) => {
    let inner = cache.get(a);
    const hit = inner?.get(b);
    if (hit !== undefined) return hit.r;
    const r = fn(a, b);
    if (inner === undefined) cache.set(a, (inner = new WeakMap()));
    inner.set(b, { r });
    return r;
  };
}
