// The verifier: checks a module against the typing rules of docs/ir.md. Runs
// after lowering and after every pass in tests. Errors name the function, the
// path to the offending node (`body[2].args[0]`) and print the node.
//
// Typing in one paragraph: every node has a type — a value type, `none`, or
// `unreachable` for terminators (br, br_table, return, trap, unreachable).
// Operands must have exactly the expected value type (a terminator is never an
// operand). In a body list (block, loop, if arms, function) every element but
// the last must be `none` or `unreachable`; the last gives the body's type,
// which must equal the declared type (or be `unreachable`).
import { InternalError, isRuntimeErrorKind, unreachable } from "@tetra/core";
import { LOAD_OP_INFO, NUM_OP_INFO, STORE_OP_INFO, isNumOp, opOf } from "./op-info.js";
import { printExprShort } from "./print.js";
import { CONSTANTS_BASE, ENTRY_SIGNATURE } from "./run-contract.js";
import type { Expr, Func, Module, ResultType, Signature, ValType } from "./types.js";

export type ExprType = ResultType | "unreachable";

export interface VerifyError {
  /** The function, or null for a module-level problem. */
  readonly func: string | null;
  readonly path: string;
  readonly message: string;
  /** The offending node, printed on one line ("" for module-level problems). */
  readonly context: string;
}

export function formatVerifyError(e: VerifyError): string {
  const where = e.func === null ? "module" : `func $${e.func}${e.path === "" ? "" : ` at ${e.path}`}`;
  return e.context === "" ? `${where}: ${e.message}` : `${where}: ${e.message}\n    in: ${e.context}`;
}

/** Throws InternalError listing every problem (IR is produced by Tetra, so a bad module is a bug). */
export function assertValid(m: Module, stage = "IR"): void {
  const errors = verify(m);
  if (errors.length > 0) throw new InternalError(`invalid ${stage}:\n${errors.map(formatVerifyError).join("\n")}`);
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const U32 = 2 ** 32;

const sameSig = (a: Signature, b: Signature): boolean =>
  a.result === b.result && a.params.length === b.params.length && a.params.every((p, i) => p === b.params[i]);

export function signatureOf(f: Func): Signature {
  return { params: f.params.map((p) => p.type), result: f.result };
}

/** All problems in the module; empty when it is valid. */
export function verify(m: Module): VerifyError[] {
  const errors: VerifyError[] = [];
  const modErr = (message: string) => errors.push({ func: null, path: "", message, context: "" });
  const funcs = new Map<string, Func>();
  for (const f of m.funcs) {
    if (!NAME.test(f.name)) modErr(`bad function name ${JSON.stringify(f.name)}`);
    if (funcs.has(f.name)) modErr(`duplicate function $${f.name}`);
    funcs.set(f.name, f);
  }
  for (const n of m.table) if (!funcs.has(n)) modErr(`table names unknown function $${n}`);
  if (new Set(m.table).size !== m.table.length) modErr("duplicate function in table");
  for (const n of m.exports) if (!funcs.has(n)) modErr(`export names unknown function $${n}`);
  if (new Set(m.exports).size !== m.exports.length) modErr("duplicate export");
  if (m.entry !== null) {
    const f = funcs.get(m.entry);
    if (f === undefined) modErr(`entry names unknown function $${m.entry}`);
    else if (!sameSig(signatureOf(f), ENTRY_SIGNATURE))
      modErr(`entry $${m.entry} must have signature (param i32 i32 i32 i32) (result i32)`);
  }
  if (!Number.isInteger(m.constantsSize) || m.constantsSize < 0 || m.constantsSize >= U32)
    modErr(`bad constants size ${m.constantsSize}`);
  let prevEnd = 0;
  for (const d of [...m.data].sort((a, b) => a.offset - b.offset)) {
    const end = d.offset + d.bytes.length;
    if (!Number.isInteger(d.offset) || d.offset < CONSTANTS_BASE || end > m.constantsSize)
      modErr(`data segment at ${d.offset} (${d.bytes.length} bytes) is outside the constants region [${CONSTANTS_BASE}, ${m.constantsSize})`);
    else if (d.offset < prevEnd) modErr(`data segment at ${d.offset} overlaps the previous one`);
    prevEnd = Math.max(prevEnd, end);
  }
  for (const f of m.funcs) verifyFunc(m, funcs, f, errors);
  return errors;
}

interface LabelScope {
  readonly name: string;
  readonly loop: boolean;
  readonly type: ResultType;
  /** A `frame`'s label: labels outside it are not reachable from its body. */
  readonly frame?: boolean;
}

function verifyFunc(m: Module, funcs: ReadonlyMap<string, Func>, f: Func, errors: VerifyError[]): void {
  const vars = new Map<string, ValType>();
  for (const v of [...f.params, ...f.locals]) {
    if (!NAME.test(v.name)) errors.push({ func: f.name, path: "", message: `bad local name ${JSON.stringify(v.name)}`, context: "" });
    if (vars.has(v.name)) errors.push({ func: f.name, path: "", message: `duplicate local $${v.name}`, context: "" });
    vars.set(v.name, v.type);
  }
  const labels: LabelScope[] = [];
  const seenLabels = new Set<string>();
  const err = (path: string, e: Expr, message: string) =>
    errors.push({ func: f.name, path, message, context: printExprShort(e) });

  const checkSite = (path: string, e: Expr, s: number) => {
    if (!Number.isInteger(s) || s < 0 || s >= m.sites.length) err(path, e, `trap site ${s} does not exist (module has ${m.sites.length})`);
  };
  const findLabel = (path: string, e: Expr, name: string): LabelScope | undefined => {
    for (let i = labels.length - 1; i >= 0; i--) {
      const l = labels[i];
      if (l?.name === name) return l;
      if (l?.frame === true) {
        err(path, e, labels.slice(0, i).some((o) => o.name === name) ? `branch out of frame $${l.name} to $${name}` : `branch to label $${name} which is not in scope`);
        return undefined;
      }
    }
    err(path, e, `branch to label $${name} which is not in scope`);
    return undefined;
  };
  const operand = (e: Expr, want: ValType, path: string): void => {
    const t = check(e, path);
    if (t !== want) err(path, e, t === "unreachable" ? `a terminator cannot be an operand (expected ${want})` : `expected ${want}, got ${t}`);
  };
  const anyValue = (e: Expr, path: string): ValType | undefined => {
    const t = check(e, path);
    if (t === "none" || t === "unreachable") {
      err(path, e, `expected a value, got ${t}`);
      return undefined;
    }
    return t;
  };
  const checkBody = (list: readonly Expr[], want: ResultType, path: string, owner: Expr | null): void => {
    list.forEach((e, i) => {
      const p = `${path}[${i}]`;
      const t = check(e, p);
      if (i < list.length - 1) {
        if (t !== "none" && t !== "unreachable") err(p, e, `value of type ${t} is not used (drop it)`);
      } else if (t !== "unreachable" && t !== want) {
        err(p, e, want === "none" ? `value of type ${t} is not used (drop it)` : `body must end with a ${want}, got ${t}`);
      }
    });
    if (list.length === 0 && want !== "none") {
      if (owner === null) errors.push({ func: f.name, path, message: `empty body must end with a ${want}`, context: "" });
      else err(path, owner, `empty body must end with a ${want}`);
    }
  };
  const args = (es: readonly Expr[], params: readonly ValType[], path: string, e: Expr, what: string) => {
    if (es.length !== params.length) err(path, e, `${what} takes ${params.length} argument(s), got ${es.length}`);
    es.forEach((a, i) => {
      const want = params[i];
      if (want === undefined) check(a, `${path}.args[${i}]`);
      else operand(a, want, `${path}.args[${i}]`);
    });
  };
  const openLabel = (path: string, e: Expr, name: string, loop: boolean, type: ResultType, frame = false) => {
    if (!NAME.test(name)) err(path, e, `bad label name ${JSON.stringify(name)}`);
    if (seenLabels.has(name)) err(path, e, `label $${name} is used twice in the function`);
    seenLabels.add(name);
    labels.push({ name, loop, type, frame });
  };

  function check(e: Expr, path: string): ExprType {
    switch (e.kind) {
      case "i32.const":
        if (!Number.isInteger(e.value) || (e.value | 0) !== e.value) err(path, e, "i32.const value is not a signed 32-bit integer");
        return "i32";
      case "i64.const":
        if (BigInt.asIntN(64, e.value) !== e.value) err(path, e, "i64.const value is outside i64");
        return "i64";
      case "f64.const":
        if (BigInt.asUintN(64, e.bits) !== e.bits) err(path, e, "f64.const bits are not an unsigned 64-bit pattern");
        return "f64";
      case "local.get":
      case "local.set":
      case "local.tee": {
        const t = vars.get(e.name);
        if (t === undefined) {
          err(path, e, `unknown local $${e.name}`);
          if (e.kind !== "local.get") check(e.value, `${path}.value`);
          return e.kind === "local.set" ? "none" : "i32";
        }
        if (e.kind !== "local.get") operand(e.value, t, `${path}.value`);
        return e.kind === "local.set" ? "none" : t;
      }
      case "block":
      case "loop":
        openLabel(path, e, e.label, e.kind === "loop", e.type);
        checkBody(e.body, e.type, `${path}.body`, e);
        labels.pop();
        return e.type;
      case "frame":
        checkSite(path, e, e.site);
        openLabel(path, e, e.label, false, e.type, true);
        checkBody(e.body, e.type, `${path}.body`, e);
        labels.pop();
        return e.type;
      case "if":
        operand(e.cond, "i32", `${path}.cond`);
        checkBody(e.then, e.type, `${path}.then`, e);
        checkBody(e.else, e.type, `${path}.else`, e);
        return e.type;
      case "br": {
        const target = findLabel(path, e, e.label);
        const want: ResultType = target === undefined || target.loop ? "none" : target.type;
        if (e.value === undefined) {
          if (want !== "none") err(path, e, `br to $${e.label} needs a ${want} value`);
        } else if (want === "none") {
          err(path, e, `br to $${e.label} takes no value`);
          check(e.value, `${path}.value`);
        } else operand(e.value, want, `${path}.value`);
        return "unreachable";
      }
      case "br_if": {
        const target = findLabel(path, e, e.label);
        if (target !== undefined && !target.loop && target.type !== "none")
          err(path, e, `br_if cannot target the value block $${e.label}`);
        operand(e.cond, "i32", `${path}.cond`);
        return "none";
      }
      case "br_table":
        for (const l of [...e.labels, e.default]) {
          const target = findLabel(path, e, l);
          if (target !== undefined && !target.loop && target.type !== "none")
            err(path, e, `br_table cannot target the value block $${l}`);
        }
        operand(e.index, "i32", `${path}.index`);
        return "unreachable";
      case "return":
        if (labels.some((l) => l.frame === true)) err(path, e, "return inside a frame (branch to the frame's label instead)");
        if (e.value === undefined) {
          if (f.result !== "none") err(path, e, `return needs a ${f.result} value`);
        } else if (f.result === "none") {
          err(path, e, "return takes no value in a function without result");
          check(e.value, `${path}.value`);
        } else operand(e.value, f.result, `${path}.value`);
        return "unreachable";
      case "trap":
        if (!isRuntimeErrorKind(e.trap)) err(path, e, `unknown trap kind ${e.trap}`);
        checkSite(path, e, e.site);
        return "unreachable";
      case "unreachable":
        return "unreachable";
      case "drop":
        anyValue(e.value, `${path}.value`);
        return "none";
      case "select": {
        const t = anyValue(e.then, `${path}.then`);
        if (t !== undefined) operand(e.else, t, `${path}.else`);
        else check(e.else, `${path}.else`);
        operand(e.cond, "i32", `${path}.cond`);
        return t ?? "i32";
      }
      case "call": {
        checkSite(path, e, e.site);
        const callee = funcs.get(e.func);
        if (callee === undefined) {
          err(path, e, `call to unknown function $${e.func}`);
          e.args.forEach((a, i) => check(a, `${path}.args[${i}]`));
          return "none";
        }
        args(e.args, callee.params.map((p) => p.type), path, e, `$${e.func}`);
        return callee.result;
      }
      case "call_indirect":
        checkSite(path, e, e.site);
        args(e.args, e.sig.params, path, e, "call_indirect");
        operand(e.index, "i32", `${path}.index`);
        return e.sig.result;
      case "func.ref":
        if (!m.table.includes(e.func)) err(path, e, `$${e.func} is not in the function table`);
        return "i32";
      case "fuel":
        checkSite(path, e, e.site);
        if (!Number.isInteger(e.amount) || e.amount < 0 || e.amount >= 2 ** 31) err(path, e, "fuel amount must be an integer in [0, 2^31)");
        return "none";
      case "load":
        checkSite(path, e, e.site);
        if (!Number.isInteger(e.offset) || e.offset < 0 || e.offset >= U32) err(path, e, "offset must be a u32");
        operand(e.addr, "i32", `${path}.addr`);
        return LOAD_OP_INFO[e.op].type;
      case "store":
        checkSite(path, e, e.site);
        if (!Number.isInteger(e.offset) || e.offset < 0 || e.offset >= U32) err(path, e, "offset must be a u32");
        operand(e.addr, "i32", `${path}.addr`);
        operand(e.value, STORE_OP_INFO[e.op].type, `${path}.value`);
        return "none";
      case "memory.copy":
      case "memory.fill":
        checkSite(path, e, e.site);
        operand(e.dst, "i32", `${path}.dst`);
        if (e.kind === "memory.copy") operand(e.src, "i32", `${path}.src`);
        else operand(e.value, "i32", `${path}.value`);
        operand(e.len, "i32", `${path}.len`);
        return "none";
      case "alloc":
        checkSite(path, e, e.site);
        if (!Number.isInteger(e.align) || e.align < 1 || e.align > 4096 || (e.align & (e.align - 1)) !== 0)
          err(path, e, "align must be a power of two in [1, 4096]");
        operand(e.size, "i32", `${path}.size`);
        return "i32";
      case "state.get":
        return "i32";
      case "state.set":
        if (e.reg !== "scratch_ptr" && e.reg !== "output_ptr") err(path, e, `state register ${e.reg} is read-only`);
        operand(e.value, "i32", `${path}.value`);
        return "none";
      case "num": {
        if (!isNumOp(e.op)) {
          err(path, e, `unknown op ${opOf(e)}`);
          return "none";
        }
        const info = NUM_OP_INFO[e.op];
        if (info.traps.length > 0) {
          if (e.site === undefined) err(path, e, `${e.op} can trap and needs a site`);
          else checkSite(path, e, e.site);
        } else if (e.site !== undefined) err(path, e, `${e.op} cannot trap and takes no site`);
        args(e.args, info.operands, path, e, e.op);
        return info.result;
      }
      default:
        return unreachable(e);
    }
  }

  checkBody(f.body, f.result, "body", null);
}
