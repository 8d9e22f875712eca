// Which runtime functions the native build always inlines (inline.ts): the
// straight-line ones, also through calls to other straight-line ones; never a
// function with a loop, an indirect call, a call out of the runtime library,
// or (mutual) recursion.
import { parseOrThrow } from "@tetra/ir";
import { describe, expect, it } from "vitest";
import { alwaysInlined } from "./inline.js";

const mod = (funcs: string) => parseOrThrow(`(module (constants 8) (sites 2) (table $rt.leaf) ${funcs})`, "inline.ir");

describe("alwaysInlined", () => {
  it("picks-straight-line-runtime-functions-and-their-straight-line-callers", () => {
    const m = mod(`
      (func $rt.leaf (param $v i64) (result i64) (i64.add (local.get $v) (i64.const 1)))
      (func $rt.caller (param $v i64) (result i64) (call $rt.leaf site=1 (local.get $v)))
      (func $rt.looping (param $v i64) (result i64) (loop $l (br_if $l (i64.eqz (local.get $v)))) (local.get $v))
      (func $rt.calls_looping (param $v i64) (result i64) (call $rt.looping site=1 (local.get $v)))
      (func $rt.indirect (param $v i64) (result i64) (call_indirect (param i64) (result i64) site=1 (local.get $v) (i32.const 0)))
      (func $rt.calls_user (param $v i64) (result i64) (call $user site=1 (local.get $v)))
      (func $rt.self (param $v i64) (result i64) (call $rt.self site=1 (local.get $v)))
      (func $user (param $v i64) (result i64) (local.get $v))`);
    expect([...alwaysInlined([m, m])].sort()).toEqual(["m0.rt.caller", "m0.rt.leaf", "m1.rt.caller", "m1.rt.leaf"]);
  });
});
