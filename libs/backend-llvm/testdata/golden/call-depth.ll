; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/call-depth.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 2)
;     (export $down)
;     (export $forever)
;     (func $down (param $n i32) (result i32)
;       (if (result i32)
;         (i32.eqz (local.get $n))
;         (then
;           (i32.const 0))
;         (else
;           (call $down site=1 (i32.sub (local.get $n) (i32.const 1))))))
;     (func $forever (result i32)
;       (call $forever site=1)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.down(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %n.arg) {
entry:
  %n = alloca i32, align 4
  store i32 %n.arg, i32* %n, align 4
  %stack_probe = alloca i8, align 1
  %0 = ptrtoint i8* %stack_probe to i64
  %1 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %1, align 8
  %result = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %2 = load i32, i32* %n, align 4
  %3 = icmp eq i32 %2, 0
  %4 = zext i1 %3 to i32
  %5 = icmp ne i32 %4, 0
  br i1 %5, label %then, label %else

then:                                             ; preds = %body
  store i32 0, i32* %result, align 4
  br label %join

else:                                             ; preds = %body
  %6 = load i32, i32* %n, align 4
  %7 = sub i32 %6, 1
  %8 = icmp uge i32 %depth, 1000
  br i1 %8, label %trap15.site1, label %ok

join:                                             ; preds = %stack_ok, %then
  %9 = load i32, i32* %result, align 4
  ret i32 %9

ok:                                               ; preds = %else
  %10 = icmp ult i64 %0, %stack_limit
  br i1 %10, label %trap253.site0, label %stack_ok

trap15.site1:                                     ; preds = %else
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

stack_ok:                                         ; preds = %ok
  %11 = add i32 %depth, 1
  %12 = call i32 @m0.down(i64* %regs, i8* %mem, i32 %11, i32 %7)
  store i32 %12, i32* %result, align 4
  br label %join

trap253.site0:                                    ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i32 @m0.forever(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
  %stack_probe = alloca i8, align 1
  %0 = ptrtoint i8* %stack_probe to i64
  %1 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %1, align 8
  br label %body

body:                                             ; preds = %entry
  %2 = icmp uge i32 %depth, 1000
  br i1 %2, label %trap15.site1, label %ok

ok:                                               ; preds = %body
  %3 = icmp ult i64 %0, %stack_limit
  br i1 %3, label %trap253.site0, label %stack_ok

trap15.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

stack_ok:                                         ; preds = %ok
  %4 = add i32 %depth, 1
  %5 = call i32 @m0.forever(i64* %regs, i8* %mem, i32 %4)
  ret i32 %5

trap253.site0:                                    ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal void @m0.down.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.down(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.forever.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i32 @m0.forever(i64* %regs, i8* %mem, i32 1)
  %1 = sext i32 %0 to i64
  %2 = getelementptr i64, i64* %io, i64 12
  store i64 %1, i64* %2, align 8
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
  call void @m0.down.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.forever.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
