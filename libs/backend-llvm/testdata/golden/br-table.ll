; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/br-table.ir (every function exported):
;   (module
;     (constants 8)
;     (export $classify)
;     (func $classify (param $i i32) (result i32)
;       (block $default
;         (block $two
;           (block $one
;             (block $zero
;               (br_table $zero $one $two $default (local.get $i)))
;             (return (i32.const 100)))
;           (return (i32.const 101)))
;         (return (i32.const 102)))
;       (i32.const 999)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.classify(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %i.arg) {
entry:
  %i = alloca i32, align 4
  store i32 %i.arg, i32* %i, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = load i32, i32* %i, align 4
  switch i32 %0, label %default [
    i32 0, label %zero
    i32 1, label %one
    i32 2, label %two
  ]

default:                                          ; preds = %dead3, %body
  ret i32 999

two:                                              ; preds = %dead2, %body
  ret i32 102

one:                                              ; preds = %dead1, %body
  ret i32 101

zero:                                             ; preds = %dead, %body
  ret i32 100

dead:                                             ; No predecessors!
  br label %zero

dead1:                                            ; No predecessors!
  br label %one

dead2:                                            ; No predecessors!
  br label %two

dead3:                                            ; No predecessors!
  br label %default
}

define internal void @m0.classify.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.classify(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = sext i32 %3 to i64
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
  call void @m0.classify.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
