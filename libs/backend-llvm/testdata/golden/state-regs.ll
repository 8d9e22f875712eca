; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/state-regs.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 1)
;     (export $release)
;     (export $scratch_end)
;     (func $release (result i32)
;       (local $mark i32)
;       (local $a i32)
;       (local.set $mark (state.get scratch_ptr))
;       (local.set $a (alloc.scratch align=8 site=0 (i32.const 64)))
;       (state.set scratch_ptr (local.get $mark))
;       (i32.eq (alloc.scratch align=8 site=0 (i32.const 64)) (local.get $a)))
;     (func $scratch_end (result i32)
;       (state.get scratch_end)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.release(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
  %mark = alloca i32, align 4
  store i32 0, i32* %mark, align 4
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
  %9 = load i64, i64* %8, align 8
  %10 = trunc i64 %9 to i32
  store i32 %10, i32* %mark, align 4
  %11 = getelementptr i64, i64* %regs, i64 1
  %12 = getelementptr i64, i64* %regs, i64 2
  %13 = load i64, i64* %11, align 8
  %14 = add i64 %13, 7
  %15 = and i64 %14, -8
  %16 = add i64 %15, 64
  %17 = load i64, i64* %12, align 8
  %18 = icmp ugt i64 %16, %17
  br i1 %18, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %16, i64* %11, align 8
  %19 = load i64, i64* %highEnd, align 8
  %20 = call i64 @llvm.umax.i64(i64 %19, i64 %16)
  store i64 %20, i64* %highEnd, align 8
  %21 = trunc i64 %15 to i32
  store i32 %21, i32* %a, align 4
  %22 = load i32, i32* %mark, align 4
  %23 = zext i32 %22 to i64
  %24 = getelementptr i64, i64* %regs, i64 1
  store i64 %23, i64* %24, align 8
  %25 = getelementptr i64, i64* %regs, i64 1
  %26 = getelementptr i64, i64* %regs, i64 2
  %27 = load i64, i64* %25, align 8
  %28 = add i64 %27, 7
  %29 = and i64 %28, -8
  %30 = add i64 %29, 64
  %31 = load i64, i64* %26, align 8
  %32 = icmp ugt i64 %30, %31
  br i1 %32, label %trap15.site0, label %ok1

trap15.site0:                                     ; preds = %ok, %body
  %33 = load i64, i64* %lowStart, align 8
  %34 = getelementptr i64, i64* %regs, i64 6
  store i64 %33, i64* %34, align 8
  %35 = load i64, i64* %lowEnd, align 8
  %36 = getelementptr i64, i64* %regs, i64 7
  store i64 %35, i64* %36, align 8
  %37 = load i64, i64* %highEnd, align 8
  %38 = getelementptr i64, i64* %regs, i64 8
  store i64 %37, i64* %38, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  store i64 %30, i64* %25, align 8
  %39 = load i64, i64* %highEnd, align 8
  %40 = call i64 @llvm.umax.i64(i64 %39, i64 %30)
  store i64 %40, i64* %highEnd, align 8
  %41 = trunc i64 %29 to i32
  %42 = load i32, i32* %a, align 4
  %43 = icmp eq i32 %41, %42
  %44 = zext i1 %43 to i32
  %45 = load i64, i64* %lowStart, align 8
  %46 = getelementptr i64, i64* %regs, i64 6
  store i64 %45, i64* %46, align 8
  %47 = load i64, i64* %lowEnd, align 8
  %48 = getelementptr i64, i64* %regs, i64 7
  store i64 %47, i64* %48, align 8
  %49 = load i64, i64* %highEnd, align 8
  %50 = getelementptr i64, i64* %regs, i64 8
  store i64 %49, i64* %50, align 8
  ret i32 %44
}

define internal i32 @m0.scratch_end(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
  br label %body

body:                                             ; preds = %entry
  %0 = getelementptr i64, i64* %regs, i64 2
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  ret i32 %2
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

define internal void @m0.release.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i32 @m0.release(i64* %regs, i8* %mem, i32 1)
  %1 = sext i32 %0 to i64
  %2 = getelementptr i64, i64* %io, i64 12
  store i64 %1, i64* %2, align 8
  ret void
}

define internal void @m0.scratch_end.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i32 @m0.scratch_end(i64* %regs, i8* %mem, i32 1)
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
  call void @m0.release.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.scratch_end.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
