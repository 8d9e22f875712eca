; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/i32-rotate.ir (every function exported):
;   (module
;     (constants 8)
;     (export $rotl)
;     (export $rotr)
;     (func $rotl (param $a i32) (param $b i32) (result i32)
;       (i32.rotl (local.get $a) (local.get $b)))
;     (func $rotr (param $a i32) (param $b i32) (result i32)
;       (i32.rotr (local.get $a) (local.get $b))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.rotl(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %b = alloca i32, align 4
  store i32 %b.arg, i32* %b, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = load i32, i32* %a, align 4
  %1 = load i32, i32* %b, align 4
  %2 = call i32 @llvm.fshl.i32(i32 %0, i32 %0, i32 %1)
  ret i32 %2
}

define internal i32 @m0.rotr(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %b = alloca i32, align 4
  store i32 %b.arg, i32* %b, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = load i32, i32* %a, align 4
  %1 = load i32, i32* %b, align 4
  %2 = call i32 @llvm.fshr.i32(i32 %0, i32 %0, i32 %1)
  ret i32 %2
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.fshl.i32(i32, i32, i32) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.fshr.i32(i32, i32, i32) #0

define internal void @m0.rotl.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.rotl(i64* %regs, i8* %mem, i32 1, i32 %2, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %io, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.rotr.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.rotr(i64* %regs, i8* %mem, i32 1, i32 %2, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %io, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.rotl.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.rotr.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
