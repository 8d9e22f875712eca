; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/entry-echo.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 2)
;     (export $main)
;     (entry $main)
;     (func $main (param $in i32) (param $len i32) (param $out i32) (param $cap i32) (result i32)
;       (local $p i32)
;       (local.set $p (alloc.output align=1 site=1 (local.get $len)))
;       (memory.copy site=1 (local.get $p) (local.get $in) (local.get $len))
;       (local.get $len)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32)

define internal i32 @m0.main(i64* %regs, i8* %mem, i32 %depth, i32 %in.arg, i32 %len.arg, i32 %out.arg, i32 %cap.arg) {
entry:
  %in = alloca i32, align 4
  store i32 %in.arg, i32* %in, align 4
  %len = alloca i32, align 4
  store i32 %len.arg, i32* %len, align 4
  %out = alloca i32, align 4
  store i32 %out.arg, i32* %out, align 4
  %cap = alloca i32, align 4
  store i32 %cap.arg, i32* %cap, align 4
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i32, i32* %len, align 4
  %4 = zext i32 %3 to i64
  %5 = getelementptr i64, i64* %regs, i64 3
  %6 = getelementptr i64, i64* %regs, i64 4
  %7 = load i64, i64* %5, align 8
  %8 = add i64 %7, 0
  %9 = and i64 %8, -1
  %10 = add i64 %9, %4
  %11 = load i64, i64* %6, align 8
  %12 = icmp ugt i64 %10, %11
  br i1 %12, label %trap15.site1, label %ok

ok:                                               ; preds = %body
  store i64 %10, i64* %5, align 8
  %13 = trunc i64 %9 to i32
  store i32 %13, i32* %p, align 4
  %14 = load i32, i32* %p, align 4
  %15 = load i32, i32* %in, align 4
  %16 = load i32, i32* %len, align 4
  %17 = zext i32 %16 to i64
  %18 = zext i32 %14 to i64
  %19 = add i64 %18, %17
  %20 = icmp ugt i64 %19, %arena_size
  br i1 %20, label %trap17.site1, label %ok1

trap15.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok1:                                              ; preds = %ok
  %21 = zext i32 %15 to i64
  %22 = add i64 %21, %17
  %23 = icmp ugt i64 %22, %arena_size
  br i1 %23, label %trap17.site1, label %ok2

trap17.site1:                                     ; preds = %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

ok2:                                              ; preds = %ok1
  %24 = load i64, i64* %written, align 8
  %25 = call i64 @llvm.umax.i64(i64 %24, i64 %19)
  store i64 %25, i64* %written, align 8
  %26 = getelementptr i8, i8* %mem, i64 %18
  %27 = getelementptr i8, i8* %mem, i64 %21
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %26, i8* %27, i64 %17, i1 false)
  %28 = load i32, i32* %len, align 4
  %29 = load i64, i64* %written, align 8
  %30 = getelementptr i64, i64* %regs, i64 6
  store i64 %29, i64* %30, align 8
  ret i32 %28
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memmove.p0i8.p0i8.i64(i8* nocapture writeonly, i8* nocapture readonly, i64, i1 immarg) #1

define internal void @m0.main.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = getelementptr i64, i64* %2, i64 17
  %7 = load i64, i64* %6, align 8
  %8 = trunc i64 %7 to i32
  %9 = getelementptr i64, i64* %2, i64 18
  %10 = load i64, i64* %9, align 8
  %11 = trunc i64 %10 to i32
  %12 = getelementptr i64, i64* %2, i64 19
  %13 = load i64, i64* %12, align 8
  %14 = trunc i64 %13 to i32
  %15 = call i32 @m0.main(i64* %0, i8* %1, i32 1, i32 %5, i32 %8, i32 %11, i32 %14)
  %16 = sext i32 %15 to i64
  %17 = getelementptr i64, i64* %2, i64 9
  store i64 %16, i64* %17, align 8
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
  call void @m0.main.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { argmemonly nofree nounwind willreturn }
