import { describe, expect, it } from "vitest";
import { probeNativeToolchain } from "./toolchain.js";

describe("probeNativeToolchain", () => {
  it("names-the-missing-tools", () => {
    const status = probeNativeToolchain({ hasTool: (t) => t === "cc", canLoad: () => undefined });
    expect(status).toEqual({ available: false, reason: "missing opt-14, llc-14, run tools/setup.sh" });
  });

  it("names-a-package-that-does-not-load", () => {
    const status = probeNativeToolchain({
      hasTool: () => true,
      canLoad: (p) => (p === "koffi" ? "Cannot find module 'koffi'" : undefined),
    });
    expect(status).toEqual({
      available: false,
      reason: "cannot load koffi (Cannot find module 'koffi'), run tools/setup.sh",
    });
  });

  it("is-available-after-setup-on-this-machine", () => {
    // tools/setup.sh installs LLVM 14, cc, llvm-bindings and koffi; CI runs it first.
    expect(probeNativeToolchain()).toEqual({ available: true });
  });
});
