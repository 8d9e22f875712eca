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

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.aligned(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %1 = getelementptr i64, i64* %regs, i64 9
  %scratch_start = load i64, i64* %1, align 8
  %lowStart = alloca i64, align 8
  %2 = getelementptr i64, i64* %regs, i64 6
  %3 = load i64, i64* %2, align 8
  store i64 %3, i64* %lowStart, align 8
  %lowEnd = alloca i64, align 8
  %4 = getelementptr i64, i64* %regs, i64 7
  %5 = load i64, i64* %4, align 8
  store i64 %5, i64* %lowEnd, align 8
  %highEnd = alloca i64, align 8
  %6 = getelementptr i64, i64* %regs, i64 8
  %7 = load i64, i64* %6, align 8
  store i64 %7, i64* %highEnd, align 8
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 0
  %12 = and i64 %11, -1
  %13 = add i64 %12, 3
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  %19 = getelementptr i64, i64* %regs, i64 1
  %20 = getelementptr i64, i64* %regs, i64 2
  %21 = load i64, i64* %19, align 8
  %22 = add i64 %21, 7
  %23 = and i64 %22, -8
  %24 = add i64 %23, 8
  %25 = load i64, i64* %20, align 8
  %26 = icmp ugt i64 %24, %25
  br i1 %26, label %trap15.site0, label %ok1

trap15.site0:                                     ; preds = %ok, %body
  %27 = load i64, i64* %lowStart, align 8
  %28 = getelementptr i64, i64* %regs, i64 6
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %lowEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 7
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 8
  store i64 %31, i64* %32, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  store i64 %24, i64* %19, align 8
  %33 = load i64, i64* %highEnd, align 8
  %34 = call i64 @llvm.umax.i64(i64 %33, i64 %24)
  store i64 %34, i64* %highEnd, align 8
  %35 = trunc i64 %23 to i32
  %36 = and i32 %35, 7
  %37 = load i64, i64* %lowStart, align 8
  %38 = getelementptr i64, i64* %regs, i64 6
  store i64 %37, i64* %38, align 8
  %39 = load i64, i64* %lowEnd, align 8
  %40 = getelementptr i64, i64* %regs, i64 7
  store i64 %39, i64* %40, align 8
  %41 = load i64, i64* %highEnd, align 8
  %42 = getelementptr i64, i64* %regs, i64 8
  store i64 %41, i64* %42, align 8
  ret i32 %36
}

define internal i32 @m0.distance(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
  %a = alloca i32, align 4
  store i32 0, i32* %a, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %1 = getelementptr i64, i64* %regs, i64 9
  %scratch_start = load i64, i64* %1, align 8
  %lowStart = alloca i64, align 8
  %2 = getelementptr i64, i64* %regs, i64 6
  %3 = load i64, i64* %2, align 8
  store i64 %3, i64* %lowStart, align 8
  %lowEnd = alloca i64, align 8
  %4 = getelementptr i64, i64* %regs, i64 7
  %5 = load i64, i64* %4, align 8
  store i64 %5, i64* %lowEnd, align 8
  %highEnd = alloca i64, align 8
  %6 = getelementptr i64, i64* %regs, i64 8
  %7 = load i64, i64* %6, align 8
  store i64 %7, i64* %highEnd, align 8
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 7
  %12 = and i64 %11, -8
  %13 = add i64 %12, 9
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %a, align 4
  %19 = getelementptr i64, i64* %regs, i64 1
  %20 = getelementptr i64, i64* %regs, i64 2
  %21 = load i64, i64* %19, align 8
  %22 = add i64 %21, 7
  %23 = and i64 %22, -8
  %24 = add i64 %23, 1
  %25 = load i64, i64* %20, align 8
  %26 = icmp ugt i64 %24, %25
  br i1 %26, label %trap15.site0, label %ok1

trap15.site0:                                     ; preds = %ok, %body
  %27 = load i64, i64* %lowStart, align 8
  %28 = getelementptr i64, i64* %regs, i64 6
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %lowEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 7
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 8
  store i64 %31, i64* %32, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  store i64 %24, i64* %19, align 8
  %33 = load i64, i64* %highEnd, align 8
  %34 = call i64 @llvm.umax.i64(i64 %33, i64 %24)
  store i64 %34, i64* %highEnd, align 8
  %35 = trunc i64 %23 to i32
  %36 = load i32, i32* %a, align 4
  %37 = sub i32 %35, %36
  %38 = load i64, i64* %lowStart, align 8
  %39 = getelementptr i64, i64* %regs, i64 6
  store i64 %38, i64* %39, align 8
  %40 = load i64, i64* %lowEnd, align 8
  %41 = getelementptr i64, i64* %regs, i64 7
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %highEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 8
  store i64 %42, i64* %43, align 8
  ret i32 %37
}

define internal i32 @m0.first_is_scratch_start(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
  %start = alloca i32, align 4
  store i32 0, i32* %start, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %1 = getelementptr i64, i64* %regs, i64 9
  %scratch_start = load i64, i64* %1, align 8
  %lowStart = alloca i64, align 8
  %2 = getelementptr i64, i64* %regs, i64 6
  %3 = load i64, i64* %2, align 8
  store i64 %3, i64* %lowStart, align 8
  %lowEnd = alloca i64, align 8
  %4 = getelementptr i64, i64* %regs, i64 7
  %5 = load i64, i64* %4, align 8
  store i64 %5, i64* %lowEnd, align 8
  %highEnd = alloca i64, align 8
  %6 = getelementptr i64, i64* %regs, i64 8
  %7 = load i64, i64* %6, align 8
  store i64 %7, i64* %highEnd, align 8
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = load i64, i64* %8, align 8
  %10 = trunc i64 %9 to i32
  store i32 %10, i32* %start, align 4
  %11 = getelementptr i64, i64* %regs, i64 1
  %12 = getelementptr i64, i64* %regs, i64 2
  %13 = load i64, i64* %11, align 8
  %14 = add i64 %13, 0
  %15 = and i64 %14, -1
  %16 = add i64 %15, 1
  %17 = load i64, i64* %12, align 8
  %18 = icmp ugt i64 %16, %17
  br i1 %18, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %16, i64* %11, align 8
  %19 = load i64, i64* %highEnd, align 8
  %20 = call i64 @llvm.umax.i64(i64 %19, i64 %16)
  store i64 %20, i64* %highEnd, align 8
  %21 = trunc i64 %15 to i32
  %22 = load i32, i32* %start, align 4
  %23 = icmp eq i32 %21, %22
  %24 = zext i1 %23 to i32
  %25 = load i64, i64* %lowStart, align 8
  %26 = getelementptr i64, i64* %regs, i64 6
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %lowEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 7
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %highEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 8
  store i64 %29, i64* %30, align 8
  ret i32 %24

trap15.site0:                                     ; preds = %body
  %31 = load i64, i64* %lowStart, align 8
  %32 = getelementptr i64, i64* %regs, i64 6
  store i64 %31, i64* %32, align 8
  %33 = load i64, i64* %lowEnd, align 8
  %34 = getelementptr i64, i64* %regs, i64 7
  store i64 %33, i64* %34, align 8
  %35 = load i64, i64* %highEnd, align 8
  %36 = getelementptr i64, i64* %regs, i64 8
  store i64 %35, i64* %36, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

define internal void @m0.aligned.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i32 @m0.aligned(i64* %regs, i8* %mem, i32 1)
  %1 = sext i32 %0 to i64
  %2 = getelementptr i64, i64* %io, i64 12
  store i64 %1, i64* %2, align 8
  ret void
}

define internal void @m0.distance.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i32 @m0.distance(i64* %regs, i8* %mem, i32 1)
  %1 = sext i32 %0 to i64
  %2 = getelementptr i64, i64* %io, i64 12
  store i64 %1, i64* %2, align 8
  ret void
}

define internal void @m0.first_is_scratch_start.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i32 @m0.first_is_scratch_start(i64* %regs, i8* %mem, i32 1)
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
    i32 2, label %thunk2
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.aligned.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.distance.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.first_is_scratch_start.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
