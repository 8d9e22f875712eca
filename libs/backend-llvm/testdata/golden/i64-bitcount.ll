; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/i64-bitcount.ir (every function exported):
;   (module
;     (constants 8)
;     (export $clz)
;     (export $ctz)
;     (export $popcnt)
;     (func $clz (param $a i64) (result i64)
;       (i64.clz (local.get $a)))
;     (func $ctz (param $a i64) (result i64)
;       (i64.ctz (local.get $a)))
;     (func $popcnt (param $a i64) (result i64)
;       (i64.popcnt (local.get $a))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i64 @m0.clz(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %a.arg) {
entry:
  %a = alloca i64, align 8
  store i64 %a.arg, i64* %a, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %a, align 8
  %1 = call i64 @llvm.ctlz.i64(i64 %0, i1 false)
  ret i64 %1
}

define internal i64 @m0.ctz(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %a.arg) {
entry:
  %a = alloca i64, align 8
  store i64 %a.arg, i64* %a, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %a, align 8
  %1 = call i64 @llvm.cttz.i64(i64 %0, i1 false)
  ret i64 %1
}

define internal i64 @m0.popcnt(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %a.arg) {
entry:
  %a = alloca i64, align 8
  store i64 %a.arg, i64* %a, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %a, align 8
  %1 = call i64 @llvm.ctpop.i64(i64 %0)
  ret i64 %1
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.cttz.i64(i64, i1 immarg) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.ctpop.i64(i64) #0

define internal void @m0.clz.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call i64 @m0.clz(i64* %regs, i8* %mem, i32 1, i64 %1)
  %3 = getelementptr i64, i64* %io, i64 12
  store i64 %2, i64* %3, align 8
  ret void
}

define internal void @m0.ctz.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call i64 @m0.ctz(i64* %regs, i8* %mem, i32 1, i64 %1)
  %3 = getelementptr i64, i64* %io, i64 12
  store i64 %2, i64* %3, align 8
  ret void
}

define internal void @m0.popcnt.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call i64 @m0.popcnt(i64* %regs, i8* %mem, i32 1, i64 %1)
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
  call void @m0.clz.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.ctz.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.popcnt.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
