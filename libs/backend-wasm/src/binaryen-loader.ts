// Lazy access to binaryen. The package is ESM-only and its import costs about
// 0.6 s, so it is loaded on first use only (a cached compile must never pay
// for it) and the promise is shared by every caller.
type Binaryen = typeof import("binaryen").default;

let loading: Promise<Binaryen> | undefined;

export function loadBinaryen(): Promise<Binaryen> {
  loading ??= import("binaryen").then((m) => m.default);
  return loading;
}
