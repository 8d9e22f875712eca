// Attributes llvm-bindings 0.4.2 cannot set (it has no attribute API), added to
// the printed module before opt reads it (build.ts feeds opt text, not bitcode):
//
//   define internal i32 @m0.f(i64* %regs, i8* %mem, ...)
//     → define internal i32 @m0.f(i64* noalias %regs, i8* noalias %mem, ...)
//   declare void @tetra_trap(i64*, i32, i32) → ... cold noreturn nounwind
//
// `noalias` is sound: `regs` points at the runtime-state words in the C frame
// (runtime-c.ts `tetra_frame`), `mem` at the arena mapping, and generated code
// reaches each only through its own pointer (callees get the same pointers).
// It lets LLVM keep the arena size, the scratch start and the marks in
// registers across arena stores and drop the dead write-backs of inlined
// calls. `cold` on the trap makes every trap path cold for block placement and
// the register allocator, which then spills around it, not in the hot loop.
// Every function with a `%regs`/`%mem` pair (IR functions, call_indirect
// dispatchers, thunks, tetra_dispatch) names them so (unit.ts).
// `alwaysinline` goes on the definitions inline.ts picks (straight-line
// runtime functions).
const REGS_MEM = /^(define (?:internal )?[^@\n]*@[^(\n]*\((?:i32 %fn, )?)i64\* %regs, i8\* %mem\b/gm;
const TRAP_DECL = /^declare void @tetra_trap\(i64\*, i32, i32\)$/m;

const DEFINE = /^(define internal [^@\n]*@)([^(\n]+)(\(.*\))( \{)$/gm;

export function withAttributes(ll: string, alwaysInline: ReadonlySet<string> = new Set()): string {
  const marked = ll.replace(REGS_MEM, "$1i64* noalias %regs, i8* noalias %mem").replace(TRAP_DECL, "$& cold noreturn nounwind");
  if (alwaysInline.size === 0) return marked;
  return marked.replace(DEFINE, (line, head: string, name: string, params: string, open: string) =>
    alwaysInline.has(name) ? `${head}${name}${params} alwaysinline${open}` : line,
  );
}
