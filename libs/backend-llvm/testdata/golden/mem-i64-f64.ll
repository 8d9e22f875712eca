; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/mem-i64-f64.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 1)
;     (export $i64rt)
;     (export $i64lo)
;     (export $f64rt)
;     (export $nanbits)
;     (func $i64rt (param $v i64) (result i64)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=8 site=0 (i32.const 8)))
;       (i64.store site=0 (local.get $p) (local.get $v))
;       (i64.load site=0 (local.get $p)))
;     (func $i64lo (param $v i64) (result i32)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=8 site=0 (i32.const 8)))
;       (i64.store site=0 (local.get $p) (local.get $v))
;       (i32.load8_u site=0 (local.get $p)))
;     (func $f64rt (param $v f64) (result f64)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=8 site=0 (i32.const 8)))
;       (f64.store site=0 (local.get $p) (local.get $v))
;       (f64.load site=0 (local.get $p)))
;     (func $nanbits (param $v f64) (result i64)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=8 site=0 (i32.const 8)))
;       (f64.store site=0 (local.get $p) (local.get $v))
;       (i64.load site=0 (local.get $p))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32)

define internal i64 @m0.i64rt(i64* %regs, i8* %mem, i32 %depth, i64 %v.arg) {
entry:
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
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
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 7
  %12 = and i64 %11, -8
  %13 = add i64 %12, 8
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = trunc i64 %12 to i32
  store i32 %16, i32* %p, align 4
  %17 = load i32, i32* %p, align 4
  %18 = load i64, i64* %v, align 8
  %19 = zext i32 %17 to i64
  %20 = add i64 %19, 8
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
  store i64 %18, i64* %unaligned, align 8
  %38 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %28, i8* %38, i64 8, i1 false)
  %39 = load i32, i32* %p, align 4
  %40 = zext i32 %39 to i64
  %41 = add i64 %40, 8
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
  %50 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %50, i8* %49, i64 8, i1 false)
  %51 = load i64, i64* %unaligned3, align 8
  %52 = load i64, i64* %lowStart, align 8
  %53 = getelementptr i64, i64* %regs, i64 6
  store i64 %52, i64* %53, align 8
  %54 = load i64, i64* %lowEnd, align 8
  %55 = getelementptr i64, i64* %regs, i64 7
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %highEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 8
  store i64 %56, i64* %57, align 8
  ret i64 %51
}

define internal i32 @m0.i64lo(i64* %regs, i8* %mem, i32 %depth, i64 %v.arg) {
entry:
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
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
  %unaligned = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 7
  %12 = and i64 %11, -8
  %13 = add i64 %12, 8
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = trunc i64 %12 to i32
  store i32 %16, i32* %p, align 4
  %17 = load i32, i32* %p, align 4
  %18 = load i64, i64* %v, align 8
  %19 = zext i32 %17 to i64
  %20 = add i64 %19, 8
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
  store i64 %18, i64* %unaligned, align 8
  %38 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %28, i8* %38, i64 8, i1 false)
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

define internal double @m0.f64rt(i64* %regs, i8* %mem, i32 %depth, double %v.arg) {
entry:
  %v = alloca double, align 8
  store double %v.arg, double* %v, align 8
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
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 7
  %12 = and i64 %11, -8
  %13 = add i64 %12, 8
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = trunc i64 %12 to i32
  store i32 %16, i32* %p, align 4
  %17 = load i32, i32* %p, align 4
  %18 = load double, double* %v, align 8
  %19 = zext i32 %17 to i64
  %20 = add i64 %19, 8
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
  %38 = bitcast double %18 to i64
  %39 = and i64 %38, 9223372036854775807
  %40 = icmp ugt i64 %39, 9218868437227405312
  %41 = select i1 %40, i64 9221120237041090560, i64 %38
  store i64 %41, i64* %unaligned, align 8
  %42 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %28, i8* %42, i64 8, i1 false)
  %43 = load i32, i32* %p, align 4
  %44 = zext i32 %43 to i64
  %45 = add i64 %44, 8
  %46 = icmp ugt i64 %45, %arena_size
  br i1 %46, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  %47 = load i64, i64* %lowStart, align 8
  %48 = getelementptr i64, i64* %regs, i64 6
  store i64 %47, i64* %48, align 8
  %49 = load i64, i64* %lowEnd, align 8
  %50 = getelementptr i64, i64* %regs, i64 7
  store i64 %49, i64* %50, align 8
  %51 = load i64, i64* %highEnd, align 8
  %52 = getelementptr i64, i64* %regs, i64 8
  store i64 %51, i64* %52, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %53 = getelementptr i8, i8* %mem, i64 %44
  %54 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %54, i8* %53, i64 8, i1 false)
  %55 = load i64, i64* %unaligned3, align 8
  %56 = bitcast i64 %55 to double
  %57 = load i64, i64* %lowStart, align 8
  %58 = getelementptr i64, i64* %regs, i64 6
  store i64 %57, i64* %58, align 8
  %59 = load i64, i64* %lowEnd, align 8
  %60 = getelementptr i64, i64* %regs, i64 7
  store i64 %59, i64* %60, align 8
  %61 = load i64, i64* %highEnd, align 8
  %62 = getelementptr i64, i64* %regs, i64 8
  store i64 %61, i64* %62, align 8
  ret double %56
}

define internal i64 @m0.nanbits(i64* %regs, i8* %mem, i32 %depth, double %v.arg) {
entry:
  %v = alloca double, align 8
  store double %v.arg, double* %v, align 8
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
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 7
  %12 = and i64 %11, -8
  %13 = add i64 %12, 8
  %14 = load i64, i64* %9, align 8
  %15 = icmp ugt i64 %13, %14
  br i1 %15, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %13, i64* %8, align 8
  %16 = trunc i64 %12 to i32
  store i32 %16, i32* %p, align 4
  %17 = load i32, i32* %p, align 4
  %18 = load double, double* %v, align 8
  %19 = zext i32 %17 to i64
  %20 = add i64 %19, 8
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
  %38 = bitcast double %18 to i64
  %39 = and i64 %38, 9223372036854775807
  %40 = icmp ugt i64 %39, 9218868437227405312
  %41 = select i1 %40, i64 9221120237041090560, i64 %38
  store i64 %41, i64* %unaligned, align 8
  %42 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %28, i8* %42, i64 8, i1 false)
  %43 = load i32, i32* %p, align 4
  %44 = zext i32 %43 to i64
  %45 = add i64 %44, 8
  %46 = icmp ugt i64 %45, %arena_size
  br i1 %46, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  %47 = load i64, i64* %lowStart, align 8
  %48 = getelementptr i64, i64* %regs, i64 6
  store i64 %47, i64* %48, align 8
  %49 = load i64, i64* %lowEnd, align 8
  %50 = getelementptr i64, i64* %regs, i64 7
  store i64 %49, i64* %50, align 8
  %51 = load i64, i64* %highEnd, align 8
  %52 = getelementptr i64, i64* %regs, i64 8
  store i64 %51, i64* %52, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %53 = getelementptr i8, i8* %mem, i64 %44
  %54 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %54, i8* %53, i64 8, i1 false)
  %55 = load i64, i64* %unaligned3, align 8
  %56 = load i64, i64* %lowStart, align 8
  %57 = getelementptr i64, i64* %regs, i64 6
  store i64 %56, i64* %57, align 8
  %58 = load i64, i64* %lowEnd, align 8
  %59 = getelementptr i64, i64* %regs, i64 7
  store i64 %58, i64* %59, align 8
  %60 = load i64, i64* %highEnd, align 8
  %61 = getelementptr i64, i64* %regs, i64 8
  store i64 %60, i64* %61, align 8
  ret i64 %55
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

define internal void @m0.i64rt.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = call i64 @m0.i64rt(i64* %0, i8* %1, i32 1, i64 %4)
  %6 = getelementptr i64, i64* %2, i64 12
  store i64 %5, i64* %6, align 8
  ret void
}

define internal void @m0.i64lo.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = call i32 @m0.i64lo(i64* %0, i8* %1, i32 1, i64 %4)
  %6 = sext i32 %5 to i64
  %7 = getelementptr i64, i64* %2, i64 12
  store i64 %6, i64* %7, align 8
  ret void
}

define internal void @m0.f64rt.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = bitcast i64 %4 to double
  %6 = call double @m0.f64rt(i64* %0, i8* %1, i32 1, double %5)
  %7 = bitcast double %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.nanbits.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = bitcast i64 %4 to double
  %6 = call i64 @m0.nanbits(i64* %0, i8* %1, i32 1, double %5)
  %7 = getelementptr i64, i64* %2, i64 12
  store i64 %6, i64* %7, align 8
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
  call void @m0.i64rt.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.i64lo.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.f64rt.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.nanbits.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { argmemonly nofree nounwind willreturn }
