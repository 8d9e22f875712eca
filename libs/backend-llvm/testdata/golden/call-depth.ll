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

declare void @tetra_trap(i64*, i32, i32)

define internal i32 @m0.down(i64* %regs, i8* %mem, i32 %depth, i32 %n.arg) {
entry:
  %n = alloca i32, align 4
  store i32 %n.arg, i32* %n, align 4
  %stack_probe = alloca i8, align 1
  %0 = ptrtoint i8* %stack_probe to i64
  %result = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %1 = load i32, i32* %n, align 4
  %2 = icmp eq i32 %1, 0
  %3 = zext i1 %2 to i32
  %4 = icmp ne i32 %3, 0
  br i1 %4, label %then, label %else

then:                                             ; preds = %body
  store i32 0, i32* %result, align 4
  br label %join

else:                                             ; preds = %body
  %5 = load i32, i32* %n, align 4
  %6 = sub i32 %5, 1
  %7 = icmp uge i32 %depth, 1000
  br i1 %7, label %trap15.site1, label %ok

join:                                             ; preds = %stack_ok, %then
  %8 = load i32, i32* %result, align 4
  ret i32 %8

ok:                                               ; preds = %else
  %9 = getelementptr i64, i64* %regs, i64 10
  %10 = load i64, i64* %9, align 8
  %11 = icmp ult i64 %0, %10
  br i1 %11, label %trap253.site0, label %stack_ok

trap15.site1:                                     ; preds = %else
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

stack_ok:                                         ; preds = %ok
  %12 = add i32 %depth, 1
  %13 = call i32 @m0.down(i64* %regs, i8* %mem, i32 %12, i32 %6)
  store i32 %13, i32* %result, align 4
  br label %join

trap253.site0:                                    ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i32 @m0.forever(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %stack_probe = alloca i8, align 1
  %0 = ptrtoint i8* %stack_probe to i64
  br label %body

body:                                             ; preds = %entry
  %1 = icmp uge i32 %depth, 1000
  br i1 %1, label %trap15.site1, label %ok

ok:                                               ; preds = %body
  %2 = getelementptr i64, i64* %regs, i64 10
  %3 = load i64, i64* %2, align 8
  %4 = icmp ult i64 %0, %3
  br i1 %4, label %trap253.site0, label %stack_ok

trap15.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

stack_ok:                                         ; preds = %ok
  %5 = add i32 %depth, 1
  %6 = call i32 @m0.forever(i64* %regs, i8* %mem, i32 %5)
  ret i32 %6

trap253.site0:                                    ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal void @m0.down.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.down(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.forever.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i32 @m0.forever(i64* %0, i8* %1, i32 1)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %2, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %0, i64* %1, i8* %2, i64* %3) {
entry:
  switch i32 %0, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.down.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.forever.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}
