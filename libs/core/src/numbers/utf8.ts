// Well-formed UTF-8 (Unicode §3.9, Table 3-7), the check the JSON decoder
// applies to argument text (`rt.utf8_valid` is its IR twin): no stray
// continuation bytes, no truncated sequences, no overlong forms (`C0 80`,
// `E0 80 80`), no surrogates (`ED A0 80` = U+D800) and nothing above U+10FFFF
// (`F4 90 80 80`).

/** Whether bytes[start, end) are well-formed UTF-8. */
export function isWellFormedUtf8(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  let i = start;
  while (i < end) {
    const b0 = bytes[i] as number;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte depends on the first (Table 3-7);
    // later bytes are always 80..BF.
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) n = 2;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      n = 3;
      if (b0 === 0xe0) lo = 0xa0;
      else if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      n = 4;
      if (b0 === 0xf0) lo = 0x90;
      else if (b0 === 0xf4) hi = 0x8f;
    } else return false;
    if (i + n > end) return false;
    const b1 = bytes[i + 1] as number;
    if (b1 < lo || b1 > hi) return false;
    for (let k = 2; k < n; k++) {
      const bk = bytes[i + k] as number;
      if (bk < 0x80 || bk > 0xbf) return false;
    }
    i += n;
  }
  return true;
}
