// kernels/fib.relon written by hand in plain JavaScript: Numbers, no overflow
// checks (fib(27) = 196418 is far below 2^53), no fuel. The baseline for js.
import { readN } from "./read-n.js";

export function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

/** `{"n": 27}` → `196418`: JSON in, the computation, canonical JSON out. */
export function fibJson(args: string): string {
  return String(fib(readN(args)));
}
