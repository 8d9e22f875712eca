// kernels/strings.relon written by hand in plain JavaScript: the pieces as
// template literals pushed to an array, then Array#join — what a JavaScript
// programmer writes. All pieces are ASCII, so UTF-16 length = UTF-8 length.
import { readN } from "./read-n.js";

export function buildString(n: number): string {
  const pieces: string[] = [];
  for (let i = 0; i < n; i++) pieces.push(`<${i}:${i * i}>`);
  return pieces.join(",");
}

export function stringsJson(args: string): string {
  const s = buildString(readN(args));
  // The rule's `s.substring(len(s) - 24, 24)` needs 24 bytes.
  if (s.length < 24) throw new Error("IndexOutOfBounds: the string is shorter than 24 bytes");
  return JSON.stringify({ length: s.length, tail: s.slice(s.length - 24) }, null, 2);
}
