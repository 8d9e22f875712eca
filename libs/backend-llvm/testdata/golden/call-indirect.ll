; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/call-indirect.ir (every function exported):
;   (module
;     (constants 8)
;     (table $inc $dbl $other)
;     (sites 2)
;     (export $inc)
;     (export $dbl)
;     (export $other)
;     (export $apply)
;     (export $index)
;     (export $wrong_sig)
;     (func $inc (param $x i64) (result i64)
;       (i64.add (local.get $x) (i64.const 1)))
;     (func $dbl (param $x i64) (result i64)
;       (i64.mul (local.get $x) (i64.const 2)))
;     (func $other (param $x i32) (result i32)
;       (local.get $x))
;     (func $apply (param $f i32) (param $x i64) (result i64)
;       (call_indirect (param i64) (result i64) site=1 (local.get $x) (local.get $f)))
;     (func $index (result i32)
;       (func.ref $dbl))
;     (func $wrong_sig (result i64)
;       (call_indirect (param i64) (result i64) site=1 (i64.const 1) (func.ref $other))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32)

define internal i64 @m0.inc(i64* %regs, i8* %mem, i32 %depth, i64 %x.arg) {
entry:
  %x = alloca i64, align 8
  store i64 %x.arg, i64* %x, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %x, align 8
  %1 = add i64 %0, 1
  ret i64 %1
}

define internal i64 @m0.dbl(i64* %regs, i8* %mem, i32 %depth, i64 %x.arg) {
entry:
  %x = alloca i64, align 8
  store i64 %x.arg, i64* %x, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %x, align 8
  %1 = mul i64 %0, 2
  ret i64 %1
}

define internal i32 @m0.other(i64* %regs, i8* %mem, i32 %depth, i32 %x.arg) {
entry:
  %x = alloca i32, align 4
  store i32 %x.arg, i32* %x, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = load i32, i32* %x, align 4
  ret i32 %0
}

define internal i64 @m0.apply(i64* %regs, i8* %mem, i32 %depth, i32 %f.arg, i64 %x.arg) {
entry:
  %f = alloca i32, align 4
  store i32 %f.arg, i32* %f, align 4
  %x = alloca i64, align 8
  store i64 %x.arg, i64* %x, align 8
  %stack_probe = alloca i8, align 1
  %0 = ptrtoint i8* %stack_probe to i64
  %1 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %1, align 8
  br label %body

body:                                             ; preds = %entry
  %2 = load i64, i64* %x, align 8
  %3 = load i32, i32* %f, align 4
  %4 = icmp ult i64 %0, %stack_limit
  br i1 %4, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %body
  %5 = call i64 @m0.call_indirect.i64-i64(i64* %regs, i8* %mem, i32 %depth, i32 1, i32 %3, i64 %2)
  ret i64 %5

trap253.site0:                                    ; preds = %body
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i32 @m0.index(i64* %regs, i8* %mem, i32 %depth) {
entry:
  br label %body

body:                                             ; preds = %entry
  ret i32 1
}

define internal i64 @m0.wrong_sig(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %stack_probe = alloca i8, align 1
  %0 = ptrtoint i8* %stack_probe to i64
  %1 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %1, align 8
  br label %body

body:                                             ; preds = %entry
  %2 = icmp ult i64 %0, %stack_limit
  br i1 %2, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %body
  %3 = call i64 @m0.call_indirect.i64-i64(i64* %regs, i8* %mem, i32 %depth, i32 1, i32 2, i64 1)
  ret i64 %3

trap253.site0:                                    ; preds = %body
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i64 @m0.call_indirect.i64-i64(i64* %0, i8* %1, i32 %2, i32 %3, i32 %4, i64 %5) {
entry:
  switch i32 %4, label %fault [
    i32 0, label %case0
    i32 1, label %case1
  ]

fault:                                            ; preds = %entry
  call void @tetra_trap(i64* %0, i32 17, i32 %3)
  unreachable

too_deep:                                         ; preds = %case1, %case0
  call void @tetra_trap(i64* %0, i32 15, i32 %3)
  unreachable

case0:                                            ; preds = %entry
  %6 = icmp uge i32 %2, 1000
  br i1 %6, label %too_deep, label %call0

call0:                                            ; preds = %case0
  %7 = add i32 %2, 1
  %8 = call i64 @m0.inc(i64* %0, i8* %1, i32 %7, i64 %5)
  ret i64 %8

case1:                                            ; preds = %entry
  %9 = icmp uge i32 %2, 1000
  br i1 %9, label %too_deep, label %call1

call1:                                            ; preds = %case1
  %10 = add i32 %2, 1
  %11 = call i64 @m0.dbl(i64* %0, i8* %1, i32 %10, i64 %5)
  ret i64 %11
}

define internal void @m0.inc.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = call i64 @m0.inc(i64* %0, i8* %1, i32 1, i64 %4)
  %6 = getelementptr i64, i64* %2, i64 12
  store i64 %5, i64* %6, align 8
  ret void
}

define internal void @m0.dbl.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = call i64 @m0.dbl(i64* %0, i8* %1, i32 1, i64 %4)
  %6 = getelementptr i64, i64* %2, i64 12
  store i64 %5, i64* %6, align 8
  ret void
}

define internal void @m0.other.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.other(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.apply.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = getelementptr i64, i64* %2, i64 21
  %7 = load i64, i64* %6, align 8
  %8 = call i64 @m0.apply(i64* %0, i8* %1, i32 1, i32 %5, i64 %7)
  %9 = getelementptr i64, i64* %2, i64 12
  store i64 %8, i64* %9, align 8
  ret void
}

define internal void @m0.index.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i32 @m0.index(i64* %0, i8* %1, i32 1)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %2, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.wrong_sig.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i64 @m0.wrong_sig(i64* %0, i8* %1, i32 1)
  %4 = getelementptr i64, i64* %2, i64 12
  store i64 %3, i64* %4, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %0, i64* %1, i8* %2, i64* %3) {
entry:
  switch i32 %0, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
    i32 2, label %thunk2
    i32 3, label %thunk3
    i32 4, label %thunk4
    i32 5, label %thunk5
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.inc.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.dbl.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.other.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.apply.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk4:                                           ; preds = %entry
  call void @m0.index.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk5:                                           ; preds = %entry
  call void @m0.wrong_sig.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}
