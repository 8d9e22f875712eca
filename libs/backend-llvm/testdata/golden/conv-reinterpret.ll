; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/conv-reinterpret.ir (every function exported):
;   (module
;     (constants 8)
;     (export $bits)
;     (export $from)
;     (export $roundtrip)
;     (func $bits (param $a f64) (result i64)
;       (i64.reinterpret_f64 (local.get $a)))
;     (func $from (param $a i64) (result f64)
;       (f64.reinterpret_i64 (local.get $a)))
;     (func $roundtrip (param $a i64) (result i64)
;       (i64.reinterpret_f64 (f64.reinterpret_i64 (local.get $a)))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i64 @m0.bits(i64* noalias %regs, i8* noalias %mem, i32 %depth, double %a.arg) {
entry:
  %a = alloca double, align 8
  store double %a.arg, double* %a, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load double, double* %a, align 8
  %1 = bitcast double %0 to i64
  %2 = and i64 %1, 9223372036854775807
  %3 = icmp ugt i64 %2, 9218868437227405312
  %4 = select i1 %3, i64 9221120237041090560, i64 %1
  ret i64 %4
}

define internal double @m0.from(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %a.arg) {
entry:
  %a = alloca i64, align 8
  store i64 %a.arg, i64* %a, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %a, align 8
  %1 = bitcast i64 %0 to double
  ret double %1
}

define internal i64 @m0.roundtrip(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %a.arg) {
entry:
  %a = alloca i64, align 8
  store i64 %a.arg, i64* %a, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %a, align 8
  %1 = bitcast i64 %0 to double
  %2 = bitcast double %1 to i64
  %3 = and i64 %2, 9223372036854775807
  %4 = icmp ugt i64 %3, 9218868437227405312
  %5 = select i1 %4, i64 9221120237041090560, i64 %2
  ret i64 %5
}

define internal void @m0.bits.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = bitcast i64 %1 to double
  %3 = call i64 @m0.bits(i64* %regs, i8* %mem, i32 1, double %2)
  %4 = getelementptr i64, i64* %io, i64 12
  store i64 %3, i64* %4, align 8
  ret void
}

define internal void @m0.from.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call double @m0.from(i64* %regs, i8* %mem, i32 1, i64 %1)
  %3 = bitcast double %2 to i64
  %4 = getelementptr i64, i64* %io, i64 12
  store i64 %3, i64* %4, align 8
  ret void
}

define internal void @m0.roundtrip.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call i64 @m0.roundtrip(i64* %regs, i8* %mem, i32 1, i64 %1)
  %3 = getelementptr i64, i64* %io, i64 12
  store i64 %2, i64* %3, align 8
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
  call void @m0.bits.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.from.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.roundtrip.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
