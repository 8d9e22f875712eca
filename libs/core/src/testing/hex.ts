// Hex dumps of encoded regions for tests and for the byte diagrams in docs/abi.md:
// `hexBytes(bytes)` = "05 00 00 00 68 c3 a9", one line per `perLine` bytes prefixed by
// the absolute offset when `base` is given ("+64: 05 00 00 00 …").

const HEX = "0123456789abcdef";

export function hexBytes(bytes: Uint8Array): string {
  return [...bytes].map((b) => HEX[b >> 4]! + HEX[b & 15]!).join(" ");
}

export function hexLines(bytes: Uint8Array, base: number, perLine = 8): string[] {
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += perLine) {
    lines.push(`@${String(base + i).padStart(3)}: ${hexBytes(bytes.subarray(i, i + perLine))}`);
  }
  return lines;
}
