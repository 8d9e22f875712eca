; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/f64-sign.ir (every function exported):
;   (module
;     (constants 8)
;     (export $abs)
;     (export $neg)
;     (export $copysign)
;     (func $abs (param $a f64) (result f64)
;       (f64.abs (local.get $a)))
;     (func $neg (param $a f64) (result f64)
;       (f64.neg (local.get $a)))
;     (func $copysign (param $a f64) (param $b f64) (result f64)
;       (f64.copysign (local.get $a) (local.get $b))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal double @m0.abs(i64* noalias %regs, i8* noalias %mem, i32 %depth, double %a.arg) {
entry:
  %a = alloca double, align 8
  store double %a.arg, double* %a, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load double, double* %a, align 8
  %1 = call double @llvm.fabs.f64(double %0)
  ret double %1
}

define internal double @m0.neg(i64* noalias %regs, i8* noalias %mem, i32 %depth, double %a.arg) {
entry:
  %a = alloca double, align 8
  store double %a.arg, double* %a, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load double, double* %a, align 8
  %1 = fneg double %0
  ret double %1
}

define internal double @m0.copysign(i64* noalias %regs, i8* noalias %mem, i32 %depth, double %a.arg, double %b.arg) {
entry:
  %a = alloca double, align 8
  store double %a.arg, double* %a, align 8
  %b = alloca double, align 8
  store double %b.arg, double* %b, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load double, double* %a, align 8
  %1 = load double, double* %b, align 8
  %2 = call double @llvm.copysign.f64(double %0, double %1)
  ret double %2
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fabs.f64(double) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.copysign.f64(double, double) #0

define internal void @m0.abs.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = bitcast i64 %1 to double
  %3 = call double @m0.abs(i64* %regs, i8* %mem, i32 1, double %2)
  %4 = bitcast double %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.neg.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = bitcast i64 %1 to double
  %3 = call double @m0.neg(i64* %regs, i8* %mem, i32 1, double %2)
  %4 = bitcast double %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.copysign.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = bitcast i64 %1 to double
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = bitcast i64 %4 to double
  %6 = call double @m0.copysign(i64* %regs, i8* %mem, i32 1, double %2, double %5)
  %7 = bitcast double %6 to i64
  %8 = getelementptr i64, i64* %io, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
    i32 2, label %thunk2
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.abs.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.neg.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.copysign.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
