; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/alloc-scratch.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 1)
;     (export $aligned)
;     (export $distance)
;     (export $first_is_scratch_start)
;     (func $aligned (result i32)
;       (drop (alloc.scratch align=1 site=0 (i32.const 3)))
;       (i32.and (alloc.scratch align=8 site=0 (i32.const 8)) (i32.const 7)))
;     (func $distance (result i32)
;       (local $a i32)
;       (local.set $a (alloc.scratch align=8 site=0 (i32.const 9)))
;       (i32.sub (alloc.scratch align=8 site=0 (i32.const 1)) (local.get $a)))
;     (func $first_is_scratch_start (result i32)
;       (local $start i32)
;       (local.set $start (state.get scratch_ptr))
;       (i32.eq (alloc.scratch align=1 site=0 (i32.const 1)) (local.get $start))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32)

define internal i32 @m0.aligned(i64* %regs, i8* %mem, i32 %depth) {
entry:
  br label %body

body:                                             ; preds = %entry
  %0 = getelementptr i64, i64* %regs, i64 1
  %1 = getelementptr i64, i64* %regs, i64 2
  %2 = load i64, i64* %0, align 8
  %3 = add i64 %2, 0
  %4 = and i64 %3, -1
  %5 = add i64 %4, 3
  %6 = load i64, i64* %1, align 8
  %7 = icmp ugt i64 %5, %6
  br i1 %7, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %5, i64* %0, align 8
  %8 = trunc i64 %4 to i32
  %9 = getelementptr i64, i64* %regs, i64 1
  %10 = getelementptr i64, i64* %regs, i64 2
  %11 = load i64, i64* %9, align 8
  %12 = add i64 %11, 7
  %13 = and i64 %12, -8
  %14 = add i64 %13, 8
  %15 = load i64, i64* %10, align 8
  %16 = icmp ugt i64 %14, %15
  br i1 %16, label %trap15.site0, label %ok1

trap15.site0:                                     ; preds = %ok, %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  store i64 %14, i64* %9, align 8
  %17 = trunc i64 %13 to i32
  %18 = and i32 %17, 7
  ret i32 %18
}

define internal i32 @m0.distance(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %a = alloca i32, align 4
  store i32 0, i32* %a, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = getelementptr i64, i64* %regs, i64 1
  %1 = getelementptr i64, i64* %regs, i64 2
  %2 = load i64, i64* %0, align 8
  %3 = add i64 %2, 7
  %4 = and i64 %3, -8
  %5 = add i64 %4, 9
  %6 = load i64, i64* %1, align 8
  %7 = icmp ugt i64 %5, %6
  br i1 %7, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %5, i64* %0, align 8
  %8 = trunc i64 %4 to i32
  store i32 %8, i32* %a, align 4
  %9 = getelementptr i64, i64* %regs, i64 1
  %10 = getelementptr i64, i64* %regs, i64 2
  %11 = load i64, i64* %9, align 8
  %12 = add i64 %11, 7
  %13 = and i64 %12, -8
  %14 = add i64 %13, 1
  %15 = load i64, i64* %10, align 8
  %16 = icmp ugt i64 %14, %15
  br i1 %16, label %trap15.site0, label %ok1

trap15.site0:                                     ; preds = %ok, %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  store i64 %14, i64* %9, align 8
  %17 = trunc i64 %13 to i32
  %18 = load i32, i32* %a, align 4
  %19 = sub i32 %17, %18
  ret i32 %19
}

define internal i32 @m0.first_is_scratch_start(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %start = alloca i32, align 4
  store i32 0, i32* %start, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = getelementptr i64, i64* %regs, i64 1
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  store i32 %2, i32* %start, align 4
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 0
  %7 = and i64 %6, -1
  %8 = add i64 %7, 1
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  %12 = load i32, i32* %start, align 4
  %13 = icmp eq i32 %11, %12
  %14 = zext i1 %13 to i32
  ret i32 %14

trap15.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable
}

define internal void @m0.aligned.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i32 @m0.aligned(i64* %0, i8* %1, i32 1)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %2, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.distance.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i32 @m0.distance(i64* %0, i8* %1, i32 1)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %2, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.first_is_scratch_start.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i32 @m0.first_is_scratch_start(i64* %0, i8* %1, i32 1)
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
    i32 2, label %thunk2
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.aligned.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.distance.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.first_is_scratch_start.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}
