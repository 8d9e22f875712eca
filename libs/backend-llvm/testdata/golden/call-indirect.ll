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

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i64 @m0.inc(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %x.arg) {
entry:
  %x = alloca i64, align 8
  store i64 %x.arg, i64* %x, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %x, align 8
  %1 = add i64 %0, 1
  ret i64 %1
}

define internal i64 @m0.dbl(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %x.arg) {
entry:
  %x = alloca i64, align 8
  store i64 %x.arg, i64* %x, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i64, i64* %x, align 8
  %1 = mul i64 %0, 2
  ret i64 %1
}

define internal i32 @m0.other(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %x.arg) {
entry:
  %x = alloca i32, align 4
  store i32 %x.arg, i32* %x, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = load i32, i32* %x, align 4
  ret i32 %0
}

define internal i64 @m0.apply(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %f.arg, i64 %x.arg) {
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

define internal i32 @m0.index(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
  br label %body

body:                                             ; preds = %entry
  ret i32 1
}

define internal i64 @m0.wrong_sig(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
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

define internal i64 @m0.call_indirect.i64-i64(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %site, i32 %index, i64 %0) {
entry:
  switch i32 %index, label %fault [
    i32 0, label %case0
    i32 1, label %case1
  ]

fault:                                            ; preds = %entry
  call void @tetra_trap(i64* %regs, i32 17, i32 %site)
  unreachable

too_deep:                                         ; preds = %case1, %case0
  call void @tetra_trap(i64* %regs, i32 15, i32 %site)
  unreachable

case0:                                            ; preds = %entry
  %1 = icmp uge i32 %depth, 1000
  br i1 %1, label %too_deep, label %call0

call0:                                            ; preds = %case0
  %2 = add i32 %depth, 1
  %3 = call i64 @m0.inc(i64* %regs, i8* %mem, i32 %2, i64 %0)
  ret i64 %3

case1:                                            ; preds = %entry
  %4 = icmp uge i32 %depth, 1000
  br i1 %4, label %too_deep, label %call1

call1:                                            ; preds = %case1
  %5 = add i32 %depth, 1
  %6 = call i64 @m0.dbl(i64* %regs, i8* %mem, i32 %5, i64 %0)
  ret i64 %6
}

define internal void @m0.inc.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call i64 @m0.inc(i64* %regs, i8* %mem, i32 1, i64 %1)
  %3 = getelementptr i64, i64* %io, i64 12
  store i64 %2, i64* %3, align 8
  ret void
}

define internal void @m0.dbl.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call i64 @m0.dbl(i64* %regs, i8* %mem, i32 1, i64 %1)
  %3 = getelementptr i64, i64* %io, i64 12
  store i64 %2, i64* %3, align 8
  ret void
}

define internal void @m0.other.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.other(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.apply.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = call i64 @m0.apply(i64* %regs, i8* %mem, i32 1, i32 %2, i64 %4)
  %6 = getelementptr i64, i64* %io, i64 12
  store i64 %5, i64* %6, align 8
  ret void
}

define internal void @m0.index.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i32 @m0.index(i64* %regs, i8* %mem, i32 1)
  %1 = sext i32 %0 to i64
  %2 = getelementptr i64, i64* %io, i64 12
  store i64 %1, i64* %2, align 8
  ret void
}

define internal void @m0.wrong_sig.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i64 @m0.wrong_sig(i64* %regs, i8* %mem, i32 1)
  %1 = getelementptr i64, i64* %io, i64 12
  store i64 %0, i64* %1, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
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
  call void @m0.inc.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.dbl.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.other.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.apply.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk4:                                           ; preds = %entry
  call void @m0.index.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk5:                                           ; preds = %entry
  call void @m0.wrong_sig.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
