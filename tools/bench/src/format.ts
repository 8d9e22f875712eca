// Small text helpers for the report: durations with a unit, ratios, and
// aligned tables (first column left, the rest right-aligned).

/** 850 → "850 ns", 12_345 → "12.3 µs", 4_560_000 → "4.56 ms", 1.2e9 → "1.20 s". */
export function formatNs(ns: number): string {
  if (!Number.isFinite(ns)) return "–";
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${threeDigits(ns / 1e3)} µs`;
  if (ns < 1e9) return `${threeDigits(ns / 1e6)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

export function formatMs(ms: number | undefined): string {
  return ms === undefined ? "–" : ms < 10 ? ms.toFixed(1) : ms.toFixed(0);
}

function threeDigits(x: number): string {
  return x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
}

export function formatRatio(r: number | undefined): string {
  return r === undefined ? "–" : `${r.toFixed(2)}×`;
}

export function table(rows: readonly (readonly string[])[], indent = ""): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map(
    (r) =>
      indent +
      r
        .map((c, i) => {
          const pad = " ".repeat((widths[i] ?? 0) - [...c].length);
          return i === 0 ? c + pad : pad + c;
        })
        .join("  ")
        .trimEnd(),
  );
}
