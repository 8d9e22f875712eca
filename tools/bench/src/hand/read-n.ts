// The `n` of a kernel argument object (`{"n": 27}`), which must be a safe integer.
export function readN(args: string): number {
  const n: unknown = (JSON.parse(args) as { n?: unknown }).n;
  if (typeof n !== "number" || !Number.isSafeInteger(n)) throw new Error(`kernel argument n must be an integer, got ${args}`);
  return n;
}
