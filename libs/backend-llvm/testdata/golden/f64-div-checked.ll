; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/f64-div-checked.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 3)
;     (export $div)
;     (func $div (param $a f64) (param $b f64) (result f64)
;       (f64.div_checked site=2 (local.get $a) (local.get $b))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal double @m0.div(i64* noalias %regs, i8* noalias %mem, i32 %depth, double %a.arg, double %b.arg) {
entry:
  %a = alloca double, align 8
  store double %a.arg, double* %a, align 8
  %b = alloca double, align 8
  store double %b.arg, double* %b, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load double, double* %a, align 8
  %1 = load double, double* %b, align 8
  %2 = fcmp oeq double %1, 0.000000e+00
  br i1 %2, label %trap1.site2, label %ok

ok:                                               ; preds = %body
  %3 = fdiv double %0, %1
  ret double %3

trap1.site2:                                      ; preds = %body
  call void @tetra_trap(i64* %regs, i32 1, i32 2)
  unreachable
}

define internal void @m0.div.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = bitcast i64 %1 to double
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = bitcast i64 %4 to double
  %6 = call double @m0.div(i64* %regs, i8* %mem, i32 1, double %2, double %5)
  %7 = bitcast double %6 to i64
  %8 = getelementptr i64, i64* %io, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
    i32 0, label %thunk0
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.div.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
