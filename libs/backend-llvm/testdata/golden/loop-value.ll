; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/loop-value.ir (every function exported):
;   (module
;     (constants 8)
;     (export $count)
;     (func $count (param $n i32) (result i32)
;       (local $i i32)
;       (loop $l (result i32)
;         (local.set $i (i32.add (local.get $i) (i32.const 1)))
;         (br_if $l (i32.lt_s (local.get $i) (local.get $n)))
;         (local.get $i))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.count(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %n.arg) {
entry:
  %n = alloca i32, align 4
  store i32 %n.arg, i32* %n, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  br label %body

body:                                             ; preds = %entry
  br label %l

l:                                                ; preds = %l, %body
  %0 = load i32, i32* %i, align 4
  %1 = add i32 %0, 1
  store i32 %1, i32* %i, align 4
  %2 = load i32, i32* %i, align 4
  %3 = load i32, i32* %n, align 4
  %4 = icmp slt i32 %2, %3
  %5 = zext i1 %4 to i32
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %l, label %cont

cont:                                             ; preds = %l
  %7 = load i32, i32* %i, align 4
  ret i32 %7
}

define internal void @m0.count.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.count(i64* %regs, i8* %mem, i32 1, i32 %2)
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
  call void @m0.count.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
