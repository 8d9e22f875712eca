import { describe, expect, it } from "vitest";
import { withAttributes } from "./attributes.js";

describe("withAttributes", () => {
  it("marks-regs-and-mem-noalias-on-every-kind-of-definition", () => {
    const ll = [
      "declare void @tetra_trap(i64*, i32, i32)",
      "define internal i32 @m0.f(i64* %regs, i8* %mem, i32 %depth, i32 %p.arg) {",
      "  call void @tetra_trap(i64* %regs, i32 14, i32 0)",
      "  %r = call i32 @m0.g(i64* %regs, i8* %mem, i32 %d)",
      "define internal void @m0.f.thunk(i64* %regs, i8* %mem, i64* %io) {",
      "define i32 @tetra_dispatch(i32 %fn, i64* %regs, i8* %mem, i64* %io) {",
    ].join("\n");
    expect(withAttributes(ll).split("\n")).toEqual([
      "declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind",
      "define internal i32 @m0.f(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %p.arg) {",
      "  call void @tetra_trap(i64* %regs, i32 14, i32 0)",
      "  %r = call i32 @m0.g(i64* %regs, i8* %mem, i32 %d)",
      "define internal void @m0.f.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {",
      "define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {",
    ]);
  });

  it("leaves-definitions-without-the-pair-alone", () => {
    const ll = "define internal i32 @helper(i32 %x) {\ndefine internal i32 @m0.h(i8* %mem, i64* %regs) {";
    expect(withAttributes(ll)).toBe(ll);
  });

  it("adds-alwaysinline-to-the-named-definitions-only", () => {
    const ll = [
      "define internal i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %depth, i64 %v.arg, i32 %dst.arg) {",
      "  %r = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %depth, i64 %v, i32 %d)",
      "define internal i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %depth, i32 %list.arg, i32 %sep.arg) {",
    ].join("\n");
    expect(withAttributes(ll, new Set(["m0.rt.int_write"])).split("\n")).toEqual([
      "define internal i32 @m0.rt.int_write(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %v.arg, i32 %dst.arg) alwaysinline {",
      "  %r = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %depth, i64 %v, i32 %d)",
      "define internal i32 @m0.rt.str_join(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %list.arg, i32 %sep.arg) {",
    ]);
  });
});
