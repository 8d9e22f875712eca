; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/i64-add-checked.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 2)
;     (export $add)
;     (func $add (param $a i64) (param $b i64) (result i64)
;       (i64.add_checked site=1 (local.get $a) (local.get $b))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i64 @m0.add(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %a.arg, i64 %b.arg) {
entry:
  %a = alloca i64, align 8
  store i64 %a.arg, i64* %a, align 8
  %b = alloca i64, align 8
  store i64 %b.arg, i64* %b, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %a, align 8
  %1 = load i64, i64* %b, align 8
  %2 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %0, i64 %1)
  %3 = extractvalue { i64, i1 } %2, 1
  br i1 %3, label %trap2.site1, label %ok

ok:                                               ; preds = %body
  %4 = extractvalue { i64, i1 } %2, 0
  ret i64 %4

trap2.site1:                                      ; preds = %body
  call void @tetra_trap(i64* %regs, i32 2, i32 1)
  unreachable
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #0

define internal void @m0.add.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = getelementptr i64, i64* %io, i64 21
  %3 = load i64, i64* %2, align 8
  %4 = call i64 @m0.add(i64* %regs, i8* %mem, i32 1, i64 %1, i64 %3)
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
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
  call void @m0.add.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
