// examples/pricing.relon written by hand in plain JavaScript, as a service
// would: JSON.parse, check the fields the rule's schema checks (types, qty > 0,
// unit_price >= 0, no unknown top-level keys), the same integer-cent
// computation, and the canonical output text. JSON.stringify(v, null, 2) has
// the canonical layout for objects, arrays, strings and these integers; the
// object literal below lists the keys in sorted order.

interface LineItem {
  readonly sku: string;
  readonly qty: number;
  readonly unit_price: number;
}

export function pricingJson(args: string): string {
  const a = JSON.parse(args) as Record<string, unknown>;
  for (const key of Object.keys(a)) if (key !== "items" && key !== "tier" && key !== "country") throw new Error(`unexpected argument ${key}`);
  const items = readItems(a["items"]);
  const discountPct = tierDiscount(a["tier"]);
  const country = a["country"];
  if (typeof country !== "string") throw new Error("country must be a string");
  const taxRate = country === "DE" ? 0.19 : country === "FR" ? 0.2 : 0.0;
  const lines = items.map((i) => ({ cents: roundHalfEven(i.unit_price * 100.0) * i.qty, sku: i.sku }));
  const itemCount = items.reduce((s, i) => s + i.qty, 0);
  const subtotal = lines.reduce((s, l) => s + l.cents, 0);
  const discount = intDiv(subtotal * discountPct, 100);
  const tax = roundHalfEven((subtotal - discount) * taxRate);
  const total = subtotal - discount + tax;
  const summary = `${itemCount} items to ${country}: ${money(total)} (${discountPct}% off)`;
  return JSON.stringify(
    { discount_cents: discount, item_count: itemCount, lines, subtotal_cents: subtotal, summary, tax_cents: tax, total_cents: total },
    null,
    2,
  );
}

function readItems(v: unknown): LineItem[] {
  if (!Array.isArray(v)) throw new Error("items must be an array");
  return v.map((x: unknown) => {
    const o = x as Record<string, unknown> | null;
    if (typeof o !== "object" || o === null) throw new Error("a line item must be an object");
    const { sku, qty, unit_price } = o;
    if (typeof sku !== "string") throw new Error("sku must be a string");
    if (typeof qty !== "number" || !Number.isSafeInteger(qty)) throw new Error("qty must be an integer");
    if (qty <= 0) throw new Error("quantity must be positive");
    if (typeof unit_price !== "number") throw new Error("unit_price must be a number");
    if (!(unit_price >= 0.0)) throw new Error("unit price must not be negative");
    return { sku, qty, unit_price };
  });
}

/** `"Standard"`, `{"Gold": {}}`, `{"Partner": {"discount_pct": 15}}` → the discount in percent. */
function tierDiscount(t: unknown): number {
  const name = typeof t === "string" ? t : typeof t === "object" && t !== null ? Object.keys(t)[0] : undefined;
  switch (name) {
    case "Standard":
      return 0;
    case "Gold":
      return 10;
    case "Partner": {
      const pct = ((t as Record<string, { discount_pct?: unknown } | undefined>)["Partner"] ?? {}).discount_pct;
      if (typeof pct !== "number" || !Number.isSafeInteger(pct)) throw new Error("discount_pct must be an integer");
      return pct < 0 ? 0 : pct > 50 ? 50 : pct;
    }
    default:
      throw new Error(`unknown tier ${JSON.stringify(t)}`);
  }
}

/** The language's `round`: to nearest, ties to even (Math.round rounds ties up). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Int `/`: truncates toward zero (exact for safe integers). */
function intDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

function money(cents: number): string {
  const rem = cents % 100;
  return `${intDiv(cents, 100)}.${rem < 10 ? "0" : ""}${rem}`;
}
