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

declare void @tetra_trap(i64*, i32, i32)

define internal i32 @m0.classify(i64* %regs, i8* %mem, i32 %depth, i32 %i.arg) {
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

define internal void @m0.classify.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.classify(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %0, i64* %1, i8* %2, i64* %3) {
entry:
  switch i32 %0, label %unknown [
    i32 0, label %thunk0
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.classify.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}
