; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/mem-narrow.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 1)
;     (export $l8u)
;     (export $l8s)
;     (export $l16u)
;     (export $l16s)
;     (func $l8u (param $v i32) (result i32)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=1 site=0 (i32.const 1)))
;       (i32.store8 site=0 (local.get $p) (local.get $v))
;       (i32.load8_u site=0 (local.get $p)))
;     (func $l8s (param $v i32) (result i32)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=1 site=0 (i32.const 1)))
;       (i32.store8 site=0 (local.get $p) (local.get $v))
;       (i32.load8_s site=0 (local.get $p)))
;     (func $l16u (param $v i32) (result i32)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=2 site=0 (i32.const 2)))
;       (i32.store16 site=0 (local.get $p) (local.get $v))
;       (i32.load16_u site=0 (local.get $p)))
;     (func $l16s (param $v i32) (result i32)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=2 site=0 (i32.const 2)))
;       (i32.store16 site=0 (local.get $p) (local.get $v))
;       (i32.load16_s site=0 (local.get $p))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32)

define internal i32 @m0.l8u(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
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
  %13 = add i64 %12, 1
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = trunc i64 %12 to i32
  store i32 %16, i32* %p, align 4
  %17 = load i32, i32* %p, align 4
  %18 = load i32, i32* %v, align 4
  %19 = zext i32 %17 to i64
  %20 = add i64 %19, 1
  %21 = icmp ugt i64 %20, %arena_size
  br i1 %21, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  %22 = load i64, i64* %lowStart, align 8
  %23 = getelementptr i64, i64* %regs, i64 6
  store i64 %22, i64* %23, align 8
  %24 = load i64, i64* %lowEnd, align 8
  %25 = getelementptr i64, i64* %regs, i64 7
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %highEnd, align 8
  %27 = getelementptr i64, i64* %regs, i64 8
  store i64 %26, i64* %27, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %28 = getelementptr i8, i8* %mem, i64 %19
  %29 = icmp ult i64 %19, %scratch_start
  %30 = load i64, i64* %lowEnd, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = call i64 @llvm.umax.i64(i64 %30, i64 %20)
  %33 = select i1 %29, i64 %32, i64 %30
  store i64 %33, i64* %lowEnd, align 8
  %34 = call i64 @llvm.umax.i64(i64 %31, i64 %20)
  %35 = select i1 %29, i64 %31, i64 %34
  store i64 %35, i64* %highEnd, align 8
  %36 = load i64, i64* %lowStart, align 8
  %37 = call i64 @llvm.umin.i64(i64 %36, i64 %19)
  store i64 %37, i64* %lowStart, align 8
  %38 = trunc i32 %18 to i8
  store i8 %38, i8* %28, align 1
  %39 = load i32, i32* %p, align 4
  %40 = zext i32 %39 to i64
  %41 = add i64 %40, 1
  %42 = icmp ugt i64 %41, %arena_size
  br i1 %42, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  %43 = load i64, i64* %lowStart, align 8
  %44 = getelementptr i64, i64* %regs, i64 6
  store i64 %43, i64* %44, align 8
  %45 = load i64, i64* %lowEnd, align 8
  %46 = getelementptr i64, i64* %regs, i64 7
  store i64 %45, i64* %46, align 8
  %47 = load i64, i64* %highEnd, align 8
  %48 = getelementptr i64, i64* %regs, i64 8
  store i64 %47, i64* %48, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %49 = getelementptr i8, i8* %mem, i64 %40
  %50 = load i8, i8* %49, align 1
  %51 = zext i8 %50 to i32
  %52 = load i64, i64* %lowStart, align 8
  %53 = getelementptr i64, i64* %regs, i64 6
  store i64 %52, i64* %53, align 8
  %54 = load i64, i64* %lowEnd, align 8
  %55 = getelementptr i64, i64* %regs, i64 7
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %highEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 8
  store i64 %56, i64* %57, align 8
  ret i32 %51
}

define internal i32 @m0.l8s(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
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
  %13 = add i64 %12, 1
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = trunc i64 %12 to i32
  store i32 %16, i32* %p, align 4
  %17 = load i32, i32* %p, align 4
  %18 = load i32, i32* %v, align 4
  %19 = zext i32 %17 to i64
  %20 = add i64 %19, 1
  %21 = icmp ugt i64 %20, %arena_size
  br i1 %21, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  %22 = load i64, i64* %lowStart, align 8
  %23 = getelementptr i64, i64* %regs, i64 6
  store i64 %22, i64* %23, align 8
  %24 = load i64, i64* %lowEnd, align 8
  %25 = getelementptr i64, i64* %regs, i64 7
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %highEnd, align 8
  %27 = getelementptr i64, i64* %regs, i64 8
  store i64 %26, i64* %27, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %28 = getelementptr i8, i8* %mem, i64 %19
  %29 = icmp ult i64 %19, %scratch_start
  %30 = load i64, i64* %lowEnd, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = call i64 @llvm.umax.i64(i64 %30, i64 %20)
  %33 = select i1 %29, i64 %32, i64 %30
  store i64 %33, i64* %lowEnd, align 8
  %34 = call i64 @llvm.umax.i64(i64 %31, i64 %20)
  %35 = select i1 %29, i64 %31, i64 %34
  store i64 %35, i64* %highEnd, align 8
  %36 = load i64, i64* %lowStart, align 8
  %37 = call i64 @llvm.umin.i64(i64 %36, i64 %19)
  store i64 %37, i64* %lowStart, align 8
  %38 = trunc i32 %18 to i8
  store i8 %38, i8* %28, align 1
  %39 = load i32, i32* %p, align 4
  %40 = zext i32 %39 to i64
  %41 = add i64 %40, 1
  %42 = icmp ugt i64 %41, %arena_size
  br i1 %42, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  %43 = load i64, i64* %lowStart, align 8
  %44 = getelementptr i64, i64* %regs, i64 6
  store i64 %43, i64* %44, align 8
  %45 = load i64, i64* %lowEnd, align 8
  %46 = getelementptr i64, i64* %regs, i64 7
  store i64 %45, i64* %46, align 8
  %47 = load i64, i64* %highEnd, align 8
  %48 = getelementptr i64, i64* %regs, i64 8
  store i64 %47, i64* %48, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %49 = getelementptr i8, i8* %mem, i64 %40
  %50 = load i8, i8* %49, align 1
  %51 = sext i8 %50 to i32
  %52 = load i64, i64* %lowStart, align 8
  %53 = getelementptr i64, i64* %regs, i64 6
  store i64 %52, i64* %53, align 8
  %54 = load i64, i64* %lowEnd, align 8
  %55 = getelementptr i64, i64* %regs, i64 7
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %highEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 8
  store i64 %56, i64* %57, align 8
  ret i32 %51
}

define internal i32 @m0.l16u(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
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
  %unaligned = alloca i16, align 2
  %unaligned3 = alloca i16, align 2
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 1
  %12 = and i64 %11, -2
  %13 = add i64 %12, 2
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = trunc i64 %12 to i32
  store i32 %16, i32* %p, align 4
  %17 = load i32, i32* %p, align 4
  %18 = load i32, i32* %v, align 4
  %19 = zext i32 %17 to i64
  %20 = add i64 %19, 2
  %21 = icmp ugt i64 %20, %arena_size
  br i1 %21, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  %22 = load i64, i64* %lowStart, align 8
  %23 = getelementptr i64, i64* %regs, i64 6
  store i64 %22, i64* %23, align 8
  %24 = load i64, i64* %lowEnd, align 8
  %25 = getelementptr i64, i64* %regs, i64 7
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %highEnd, align 8
  %27 = getelementptr i64, i64* %regs, i64 8
  store i64 %26, i64* %27, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %28 = getelementptr i8, i8* %mem, i64 %19
  %29 = icmp ult i64 %19, %scratch_start
  %30 = load i64, i64* %lowEnd, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = call i64 @llvm.umax.i64(i64 %30, i64 %20)
  %33 = select i1 %29, i64 %32, i64 %30
  store i64 %33, i64* %lowEnd, align 8
  %34 = call i64 @llvm.umax.i64(i64 %31, i64 %20)
  %35 = select i1 %29, i64 %31, i64 %34
  store i64 %35, i64* %highEnd, align 8
  %36 = load i64, i64* %lowStart, align 8
  %37 = call i64 @llvm.umin.i64(i64 %36, i64 %19)
  store i64 %37, i64* %lowStart, align 8
  %38 = trunc i32 %18 to i16
  store i16 %38, i16* %unaligned, align 2
  %39 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %28, i8* %39, i64 2, i1 false)
  %40 = load i32, i32* %p, align 4
  %41 = zext i32 %40 to i64
  %42 = add i64 %41, 2
  %43 = icmp ugt i64 %42, %arena_size
  br i1 %43, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  %44 = load i64, i64* %lowStart, align 8
  %45 = getelementptr i64, i64* %regs, i64 6
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %lowEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 7
  store i64 %46, i64* %47, align 8
  %48 = load i64, i64* %highEnd, align 8
  %49 = getelementptr i64, i64* %regs, i64 8
  store i64 %48, i64* %49, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %50 = getelementptr i8, i8* %mem, i64 %41
  %51 = bitcast i16* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %51, i8* %50, i64 2, i1 false)
  %52 = load i16, i16* %unaligned3, align 2
  %53 = zext i16 %52 to i32
  %54 = load i64, i64* %lowStart, align 8
  %55 = getelementptr i64, i64* %regs, i64 6
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %lowEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 7
  store i64 %56, i64* %57, align 8
  %58 = load i64, i64* %highEnd, align 8
  %59 = getelementptr i64, i64* %regs, i64 8
  store i64 %58, i64* %59, align 8
  ret i32 %53
}

define internal i32 @m0.l16s(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
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
  %unaligned = alloca i16, align 2
  %unaligned3 = alloca i16, align 2
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 1
  %12 = and i64 %11, -2
  %13 = add i64 %12, 2
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = trunc i64 %12 to i32
  store i32 %16, i32* %p, align 4
  %17 = load i32, i32* %p, align 4
  %18 = load i32, i32* %v, align 4
  %19 = zext i32 %17 to i64
  %20 = add i64 %19, 2
  %21 = icmp ugt i64 %20, %arena_size
  br i1 %21, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  %22 = load i64, i64* %lowStart, align 8
  %23 = getelementptr i64, i64* %regs, i64 6
  store i64 %22, i64* %23, align 8
  %24 = load i64, i64* %lowEnd, align 8
  %25 = getelementptr i64, i64* %regs, i64 7
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %highEnd, align 8
  %27 = getelementptr i64, i64* %regs, i64 8
  store i64 %26, i64* %27, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %28 = getelementptr i8, i8* %mem, i64 %19
  %29 = icmp ult i64 %19, %scratch_start
  %30 = load i64, i64* %lowEnd, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = call i64 @llvm.umax.i64(i64 %30, i64 %20)
  %33 = select i1 %29, i64 %32, i64 %30
  store i64 %33, i64* %lowEnd, align 8
  %34 = call i64 @llvm.umax.i64(i64 %31, i64 %20)
  %35 = select i1 %29, i64 %31, i64 %34
  store i64 %35, i64* %highEnd, align 8
  %36 = load i64, i64* %lowStart, align 8
  %37 = call i64 @llvm.umin.i64(i64 %36, i64 %19)
  store i64 %37, i64* %lowStart, align 8
  %38 = trunc i32 %18 to i16
  store i16 %38, i16* %unaligned, align 2
  %39 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %28, i8* %39, i64 2, i1 false)
  %40 = load i32, i32* %p, align 4
  %41 = zext i32 %40 to i64
  %42 = add i64 %41, 2
  %43 = icmp ugt i64 %42, %arena_size
  br i1 %43, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  %44 = load i64, i64* %lowStart, align 8
  %45 = getelementptr i64, i64* %regs, i64 6
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %lowEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 7
  store i64 %46, i64* %47, align 8
  %48 = load i64, i64* %highEnd, align 8
  %49 = getelementptr i64, i64* %regs, i64 8
  store i64 %48, i64* %49, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %50 = getelementptr i8, i8* %mem, i64 %41
  %51 = bitcast i16* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %51, i8* %50, i64 2, i1 false)
  %52 = load i16, i16* %unaligned3, align 2
  %53 = sext i16 %52 to i32
  %54 = load i64, i64* %lowStart, align 8
  %55 = getelementptr i64, i64* %regs, i64 6
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %lowEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 7
  store i64 %56, i64* %57, align 8
  %58 = load i64, i64* %highEnd, align 8
  %59 = getelementptr i64, i64* %regs, i64 8
  store i64 %58, i64* %59, align 8
  ret i32 %53
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

define internal void @m0.l8u.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.l8u(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.l8s.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.l8s(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.l16u.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.l16u(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.l16s.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.l16s(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %0, i64* %1, i8* %2, i64* %3) {
entry:
  switch i32 %0, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
    i32 2, label %thunk2
    i32 3, label %thunk3
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.l8u.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.l8s.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.l16u.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.l16s.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { argmemonly nofree nounwind willreturn }
