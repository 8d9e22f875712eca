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

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i64 @m0.i64rt(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %v.arg) {
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
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %p, align 4
  %19 = load i32, i32* %p, align 4
  %20 = load i64, i64* %v, align 8
  %21 = zext i32 %19 to i64
  %22 = add i64 %21, 8
  %23 = icmp uge i64 %21, %scratch_start
  %24 = load i64, i64* %highEnd, align 8
  %25 = icmp ule i64 %22, %24
  %26 = and i1 %23, %25
  %27 = call i1 @llvm.expect.i1(i1 %26, i1 true)
  br i1 %27, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
  %28 = load i64, i64* %lowStart, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %lowEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 7
  store i64 %30, i64* %31, align 8
  %32 = load i64, i64* %highEnd, align 8
  %33 = getelementptr i64, i64* %regs, i64 8
  store i64 %32, i64* %33, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %34 = load i64, i64* %lowStart, align 8
  %35 = icmp uge i64 %21, %34
  %36 = load i64, i64* %lowEnd, align 8
  %37 = icmp ule i64 %22, %36
  %38 = and i1 %35, %37
  %39 = call i1 @llvm.expect.i1(i1 %38, i1 true)
  br i1 %39, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %40 = icmp ugt i64 %22, %arena_size
  br i1 %40, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %41 = getelementptr i8, i8* %mem, i64 %21
  store i64 %20, i64* %unaligned, align 8
  %42 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %41, i8* %42, i64 8, i1 false)
  %43 = load i32, i32* %p, align 4
  %44 = zext i32 %43 to i64
  %45 = sub i64 %arena_size, 8
  %46 = icmp sgt i64 %44, %45
  br i1 %46, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %47 = icmp ult i64 %21, %scratch_start
  %48 = load i64, i64* %lowStart, align 8
  %49 = call i64 @llvm.umin.i64(i64 %48, i64 %21)
  %50 = load i64, i64* %lowEnd, align 8
  %51 = load i64, i64* %highEnd, align 8
  %52 = add i64 %22, 64
  %53 = sub i64 %22, %49
  %54 = lshr i64 %53, 4
  %55 = add i64 %52, %54
  %56 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %55)
  %57 = call i64 @llvm.umax.i64(i64 %50, i64 %56)
  %58 = select i1 %47, i64 %57, i64 %50
  store i64 %58, i64* %lowEnd, align 8
  %59 = add i64 %22, 64
  %60 = sub i64 %22, %scratch_start
  %61 = lshr i64 %60, 4
  %62 = add i64 %59, %61
  %63 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %62)
  %64 = call i64 @llvm.umax.i64(i64 %51, i64 %63)
  %65 = select i1 %47, i64 %51, i64 %64
  store i64 %65, i64* %highEnd, align 8
  store i64 %49, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %66 = load i64, i64* %lowStart, align 8
  %67 = getelementptr i64, i64* %regs, i64 6
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %lowEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 7
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %highEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 8
  store i64 %70, i64* %71, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %72 = getelementptr i8, i8* %mem, i64 %44
  %73 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %73, i8* %72, i64 8, i1 false)
  %74 = load i64, i64* %unaligned3, align 8
  %75 = load i64, i64* %lowStart, align 8
  %76 = getelementptr i64, i64* %regs, i64 6
  store i64 %75, i64* %76, align 8
  %77 = load i64, i64* %lowEnd, align 8
  %78 = getelementptr i64, i64* %regs, i64 7
  store i64 %77, i64* %78, align 8
  %79 = load i64, i64* %highEnd, align 8
  %80 = getelementptr i64, i64* %regs, i64 8
  store i64 %79, i64* %80, align 8
  ret i64 %74
}

define internal i32 @m0.i64lo(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %v.arg) {
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
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %p, align 4
  %19 = load i32, i32* %p, align 4
  %20 = load i64, i64* %v, align 8
  %21 = zext i32 %19 to i64
  %22 = add i64 %21, 8
  %23 = icmp uge i64 %21, %scratch_start
  %24 = load i64, i64* %highEnd, align 8
  %25 = icmp ule i64 %22, %24
  %26 = and i1 %23, %25
  %27 = call i1 @llvm.expect.i1(i1 %26, i1 true)
  br i1 %27, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
  %28 = load i64, i64* %lowStart, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %lowEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 7
  store i64 %30, i64* %31, align 8
  %32 = load i64, i64* %highEnd, align 8
  %33 = getelementptr i64, i64* %regs, i64 8
  store i64 %32, i64* %33, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %34 = load i64, i64* %lowStart, align 8
  %35 = icmp uge i64 %21, %34
  %36 = load i64, i64* %lowEnd, align 8
  %37 = icmp ule i64 %22, %36
  %38 = and i1 %35, %37
  %39 = call i1 @llvm.expect.i1(i1 %38, i1 true)
  br i1 %39, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %40 = icmp ugt i64 %22, %arena_size
  br i1 %40, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %41 = getelementptr i8, i8* %mem, i64 %21
  store i64 %20, i64* %unaligned, align 8
  %42 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %41, i8* %42, i64 8, i1 false)
  %43 = load i32, i32* %p, align 4
  %44 = zext i32 %43 to i64
  %45 = sub i64 %arena_size, 1
  %46 = icmp sgt i64 %44, %45
  br i1 %46, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %47 = icmp ult i64 %21, %scratch_start
  %48 = load i64, i64* %lowStart, align 8
  %49 = call i64 @llvm.umin.i64(i64 %48, i64 %21)
  %50 = load i64, i64* %lowEnd, align 8
  %51 = load i64, i64* %highEnd, align 8
  %52 = add i64 %22, 64
  %53 = sub i64 %22, %49
  %54 = lshr i64 %53, 4
  %55 = add i64 %52, %54
  %56 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %55)
  %57 = call i64 @llvm.umax.i64(i64 %50, i64 %56)
  %58 = select i1 %47, i64 %57, i64 %50
  store i64 %58, i64* %lowEnd, align 8
  %59 = add i64 %22, 64
  %60 = sub i64 %22, %scratch_start
  %61 = lshr i64 %60, 4
  %62 = add i64 %59, %61
  %63 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %62)
  %64 = call i64 @llvm.umax.i64(i64 %51, i64 %63)
  %65 = select i1 %47, i64 %51, i64 %64
  store i64 %65, i64* %highEnd, align 8
  store i64 %49, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %66 = load i64, i64* %lowStart, align 8
  %67 = getelementptr i64, i64* %regs, i64 6
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %lowEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 7
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %highEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 8
  store i64 %70, i64* %71, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %72 = getelementptr i8, i8* %mem, i64 %44
  %73 = load i8, i8* %72, align 1
  %74 = zext i8 %73 to i32
  %75 = load i64, i64* %lowStart, align 8
  %76 = getelementptr i64, i64* %regs, i64 6
  store i64 %75, i64* %76, align 8
  %77 = load i64, i64* %lowEnd, align 8
  %78 = getelementptr i64, i64* %regs, i64 7
  store i64 %77, i64* %78, align 8
  %79 = load i64, i64* %highEnd, align 8
  %80 = getelementptr i64, i64* %regs, i64 8
  store i64 %79, i64* %80, align 8
  ret i32 %74
}

define internal double @m0.f64rt(i64* noalias %regs, i8* noalias %mem, i32 %depth, double %v.arg) {
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
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %p, align 4
  %19 = load i32, i32* %p, align 4
  %20 = load double, double* %v, align 8
  %21 = zext i32 %19 to i64
  %22 = add i64 %21, 8
  %23 = icmp uge i64 %21, %scratch_start
  %24 = load i64, i64* %highEnd, align 8
  %25 = icmp ule i64 %22, %24
  %26 = and i1 %23, %25
  %27 = call i1 @llvm.expect.i1(i1 %26, i1 true)
  br i1 %27, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
  %28 = load i64, i64* %lowStart, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %lowEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 7
  store i64 %30, i64* %31, align 8
  %32 = load i64, i64* %highEnd, align 8
  %33 = getelementptr i64, i64* %regs, i64 8
  store i64 %32, i64* %33, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %34 = load i64, i64* %lowStart, align 8
  %35 = icmp uge i64 %21, %34
  %36 = load i64, i64* %lowEnd, align 8
  %37 = icmp ule i64 %22, %36
  %38 = and i1 %35, %37
  %39 = call i1 @llvm.expect.i1(i1 %38, i1 true)
  br i1 %39, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %40 = icmp ugt i64 %22, %arena_size
  br i1 %40, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %41 = getelementptr i8, i8* %mem, i64 %21
  %42 = bitcast double %20 to i64
  %43 = and i64 %42, 9223372036854775807
  %44 = icmp ugt i64 %43, 9218868437227405312
  %45 = select i1 %44, i64 9221120237041090560, i64 %42
  store i64 %45, i64* %unaligned, align 8
  %46 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %41, i8* %46, i64 8, i1 false)
  %47 = load i32, i32* %p, align 4
  %48 = zext i32 %47 to i64
  %49 = sub i64 %arena_size, 8
  %50 = icmp sgt i64 %48, %49
  br i1 %50, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %51 = icmp ult i64 %21, %scratch_start
  %52 = load i64, i64* %lowStart, align 8
  %53 = call i64 @llvm.umin.i64(i64 %52, i64 %21)
  %54 = load i64, i64* %lowEnd, align 8
  %55 = load i64, i64* %highEnd, align 8
  %56 = add i64 %22, 64
  %57 = sub i64 %22, %53
  %58 = lshr i64 %57, 4
  %59 = add i64 %56, %58
  %60 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %59)
  %61 = call i64 @llvm.umax.i64(i64 %54, i64 %60)
  %62 = select i1 %51, i64 %61, i64 %54
  store i64 %62, i64* %lowEnd, align 8
  %63 = add i64 %22, 64
  %64 = sub i64 %22, %scratch_start
  %65 = lshr i64 %64, 4
  %66 = add i64 %63, %65
  %67 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %66)
  %68 = call i64 @llvm.umax.i64(i64 %55, i64 %67)
  %69 = select i1 %51, i64 %55, i64 %68
  store i64 %69, i64* %highEnd, align 8
  store i64 %53, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %70 = load i64, i64* %lowStart, align 8
  %71 = getelementptr i64, i64* %regs, i64 6
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %lowEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 7
  store i64 %72, i64* %73, align 8
  %74 = load i64, i64* %highEnd, align 8
  %75 = getelementptr i64, i64* %regs, i64 8
  store i64 %74, i64* %75, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %76 = getelementptr i8, i8* %mem, i64 %48
  %77 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %77, i8* %76, i64 8, i1 false)
  %78 = load i64, i64* %unaligned3, align 8
  %79 = bitcast i64 %78 to double
  %80 = load i64, i64* %lowStart, align 8
  %81 = getelementptr i64, i64* %regs, i64 6
  store i64 %80, i64* %81, align 8
  %82 = load i64, i64* %lowEnd, align 8
  %83 = getelementptr i64, i64* %regs, i64 7
  store i64 %82, i64* %83, align 8
  %84 = load i64, i64* %highEnd, align 8
  %85 = getelementptr i64, i64* %regs, i64 8
  store i64 %84, i64* %85, align 8
  ret double %79
}

define internal i64 @m0.nanbits(i64* noalias %regs, i8* noalias %mem, i32 %depth, double %v.arg) {
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
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %p, align 4
  %19 = load i32, i32* %p, align 4
  %20 = load double, double* %v, align 8
  %21 = zext i32 %19 to i64
  %22 = add i64 %21, 8
  %23 = icmp uge i64 %21, %scratch_start
  %24 = load i64, i64* %highEnd, align 8
  %25 = icmp ule i64 %22, %24
  %26 = and i1 %23, %25
  %27 = call i1 @llvm.expect.i1(i1 %26, i1 true)
  br i1 %27, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
  %28 = load i64, i64* %lowStart, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %lowEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 7
  store i64 %30, i64* %31, align 8
  %32 = load i64, i64* %highEnd, align 8
  %33 = getelementptr i64, i64* %regs, i64 8
  store i64 %32, i64* %33, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %34 = load i64, i64* %lowStart, align 8
  %35 = icmp uge i64 %21, %34
  %36 = load i64, i64* %lowEnd, align 8
  %37 = icmp ule i64 %22, %36
  %38 = and i1 %35, %37
  %39 = call i1 @llvm.expect.i1(i1 %38, i1 true)
  br i1 %39, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %40 = icmp ugt i64 %22, %arena_size
  br i1 %40, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %41 = getelementptr i8, i8* %mem, i64 %21
  %42 = bitcast double %20 to i64
  %43 = and i64 %42, 9223372036854775807
  %44 = icmp ugt i64 %43, 9218868437227405312
  %45 = select i1 %44, i64 9221120237041090560, i64 %42
  store i64 %45, i64* %unaligned, align 8
  %46 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %41, i8* %46, i64 8, i1 false)
  %47 = load i32, i32* %p, align 4
  %48 = zext i32 %47 to i64
  %49 = sub i64 %arena_size, 8
  %50 = icmp sgt i64 %48, %49
  br i1 %50, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %51 = icmp ult i64 %21, %scratch_start
  %52 = load i64, i64* %lowStart, align 8
  %53 = call i64 @llvm.umin.i64(i64 %52, i64 %21)
  %54 = load i64, i64* %lowEnd, align 8
  %55 = load i64, i64* %highEnd, align 8
  %56 = add i64 %22, 64
  %57 = sub i64 %22, %53
  %58 = lshr i64 %57, 4
  %59 = add i64 %56, %58
  %60 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %59)
  %61 = call i64 @llvm.umax.i64(i64 %54, i64 %60)
  %62 = select i1 %51, i64 %61, i64 %54
  store i64 %62, i64* %lowEnd, align 8
  %63 = add i64 %22, 64
  %64 = sub i64 %22, %scratch_start
  %65 = lshr i64 %64, 4
  %66 = add i64 %63, %65
  %67 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %66)
  %68 = call i64 @llvm.umax.i64(i64 %55, i64 %67)
  %69 = select i1 %51, i64 %55, i64 %68
  store i64 %69, i64* %highEnd, align 8
  store i64 %53, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %70 = load i64, i64* %lowStart, align 8
  %71 = getelementptr i64, i64* %regs, i64 6
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %lowEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 7
  store i64 %72, i64* %73, align 8
  %74 = load i64, i64* %highEnd, align 8
  %75 = getelementptr i64, i64* %regs, i64 8
  store i64 %74, i64* %75, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %76 = getelementptr i8, i8* %mem, i64 %48
  %77 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %77, i8* %76, i64 8, i1 false)
  %78 = load i64, i64* %unaligned3, align 8
  %79 = load i64, i64* %lowStart, align 8
  %80 = getelementptr i64, i64* %regs, i64 6
  store i64 %79, i64* %80, align 8
  %81 = load i64, i64* %lowEnd, align 8
  %82 = getelementptr i64, i64* %regs, i64 7
  store i64 %81, i64* %82, align 8
  %83 = load i64, i64* %highEnd, align 8
  %84 = getelementptr i64, i64* %regs, i64 8
  store i64 %83, i64* %84, align 8
  ret i64 %78
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

define internal void @m0.i64rt.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call i64 @m0.i64rt(i64* %regs, i8* %mem, i32 1, i64 %1)
  %3 = getelementptr i64, i64* %io, i64 12
  store i64 %2, i64* %3, align 8
  ret void
}

define internal void @m0.i64lo.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = call i32 @m0.i64lo(i64* %regs, i8* %mem, i32 1, i64 %1)
  %3 = sext i32 %2 to i64
  %4 = getelementptr i64, i64* %io, i64 12
  store i64 %3, i64* %4, align 8
  ret void
}

define internal void @m0.f64rt.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = bitcast i64 %1 to double
  %3 = call double @m0.f64rt(i64* %regs, i8* %mem, i32 1, double %2)
  %4 = bitcast double %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.nanbits.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = bitcast i64 %1 to double
  %3 = call i64 @m0.nanbits(i64* %regs, i8* %mem, i32 1, double %2)
  %4 = getelementptr i64, i64* %io, i64 12
  store i64 %3, i64* %4, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
    i32 2, label %thunk2
    i32 3, label %thunk3
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.i64rt.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.i64lo.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.f64rt.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.nanbits.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { nofree nosync nounwind readnone willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }
