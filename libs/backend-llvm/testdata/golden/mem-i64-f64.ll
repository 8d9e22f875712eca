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
  br i1 %26, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
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

write.low:                                        ; preds = %ok
  %33 = load i64, i64* %lowStart, align 8
  %34 = icmp uge i64 %21, %33
  %35 = load i64, i64* %lowEnd, align 8
  %36 = icmp ule i64 %22, %35
  %37 = and i1 %34, %36
  br i1 %37, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %38 = icmp ugt i64 %22, %arena_size
  br i1 %38, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %39 = getelementptr i8, i8* %mem, i64 %21
  store i64 %20, i64* %unaligned, align 8
  %40 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %39, i8* %40, i64 8, i1 false)
  %41 = load i32, i32* %p, align 4
  %42 = zext i32 %41 to i64
  %43 = add i64 %42, 8
  %44 = icmp ugt i64 %43, %arena_size
  br i1 %44, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %45 = icmp ult i64 %21, %scratch_start
  %46 = load i64, i64* %lowStart, align 8
  %47 = call i64 @llvm.umin.i64(i64 %46, i64 %21)
  %48 = load i64, i64* %lowEnd, align 8
  %49 = load i64, i64* %highEnd, align 8
  %50 = add i64 %22, 64
  %51 = sub i64 %22, %47
  %52 = lshr i64 %51, 4
  %53 = add i64 %50, %52
  %54 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %53)
  %55 = call i64 @llvm.umax.i64(i64 %48, i64 %54)
  %56 = select i1 %45, i64 %55, i64 %48
  store i64 %56, i64* %lowEnd, align 8
  %57 = add i64 %22, 64
  %58 = sub i64 %22, %scratch_start
  %59 = lshr i64 %58, 4
  %60 = add i64 %57, %59
  %61 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %60)
  %62 = call i64 @llvm.umax.i64(i64 %49, i64 %61)
  %63 = select i1 %45, i64 %49, i64 %62
  store i64 %63, i64* %highEnd, align 8
  store i64 %47, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %64 = load i64, i64* %lowStart, align 8
  %65 = getelementptr i64, i64* %regs, i64 6
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %lowEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 7
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %highEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 8
  store i64 %68, i64* %69, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %70 = getelementptr i8, i8* %mem, i64 %42
  %71 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %71, i8* %70, i64 8, i1 false)
  %72 = load i64, i64* %unaligned3, align 8
  %73 = load i64, i64* %lowStart, align 8
  %74 = getelementptr i64, i64* %regs, i64 6
  store i64 %73, i64* %74, align 8
  %75 = load i64, i64* %lowEnd, align 8
  %76 = getelementptr i64, i64* %regs, i64 7
  store i64 %75, i64* %76, align 8
  %77 = load i64, i64* %highEnd, align 8
  %78 = getelementptr i64, i64* %regs, i64 8
  store i64 %77, i64* %78, align 8
  ret i64 %72
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
  br i1 %26, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
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

write.low:                                        ; preds = %ok
  %33 = load i64, i64* %lowStart, align 8
  %34 = icmp uge i64 %21, %33
  %35 = load i64, i64* %lowEnd, align 8
  %36 = icmp ule i64 %22, %35
  %37 = and i1 %34, %36
  br i1 %37, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %38 = icmp ugt i64 %22, %arena_size
  br i1 %38, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %39 = getelementptr i8, i8* %mem, i64 %21
  store i64 %20, i64* %unaligned, align 8
  %40 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %39, i8* %40, i64 8, i1 false)
  %41 = load i32, i32* %p, align 4
  %42 = zext i32 %41 to i64
  %43 = add i64 %42, 1
  %44 = icmp ugt i64 %43, %arena_size
  br i1 %44, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %45 = icmp ult i64 %21, %scratch_start
  %46 = load i64, i64* %lowStart, align 8
  %47 = call i64 @llvm.umin.i64(i64 %46, i64 %21)
  %48 = load i64, i64* %lowEnd, align 8
  %49 = load i64, i64* %highEnd, align 8
  %50 = add i64 %22, 64
  %51 = sub i64 %22, %47
  %52 = lshr i64 %51, 4
  %53 = add i64 %50, %52
  %54 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %53)
  %55 = call i64 @llvm.umax.i64(i64 %48, i64 %54)
  %56 = select i1 %45, i64 %55, i64 %48
  store i64 %56, i64* %lowEnd, align 8
  %57 = add i64 %22, 64
  %58 = sub i64 %22, %scratch_start
  %59 = lshr i64 %58, 4
  %60 = add i64 %57, %59
  %61 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %60)
  %62 = call i64 @llvm.umax.i64(i64 %49, i64 %61)
  %63 = select i1 %45, i64 %49, i64 %62
  store i64 %63, i64* %highEnd, align 8
  store i64 %47, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %64 = load i64, i64* %lowStart, align 8
  %65 = getelementptr i64, i64* %regs, i64 6
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %lowEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 7
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %highEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 8
  store i64 %68, i64* %69, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %70 = getelementptr i8, i8* %mem, i64 %42
  %71 = load i8, i8* %70, align 1
  %72 = zext i8 %71 to i32
  %73 = load i64, i64* %lowStart, align 8
  %74 = getelementptr i64, i64* %regs, i64 6
  store i64 %73, i64* %74, align 8
  %75 = load i64, i64* %lowEnd, align 8
  %76 = getelementptr i64, i64* %regs, i64 7
  store i64 %75, i64* %76, align 8
  %77 = load i64, i64* %highEnd, align 8
  %78 = getelementptr i64, i64* %regs, i64 8
  store i64 %77, i64* %78, align 8
  ret i32 %72
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
  br i1 %26, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
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

write.low:                                        ; preds = %ok
  %33 = load i64, i64* %lowStart, align 8
  %34 = icmp uge i64 %21, %33
  %35 = load i64, i64* %lowEnd, align 8
  %36 = icmp ule i64 %22, %35
  %37 = and i1 %34, %36
  br i1 %37, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %38 = icmp ugt i64 %22, %arena_size
  br i1 %38, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %39 = getelementptr i8, i8* %mem, i64 %21
  %40 = bitcast double %20 to i64
  %41 = and i64 %40, 9223372036854775807
  %42 = icmp ugt i64 %41, 9218868437227405312
  %43 = select i1 %42, i64 9221120237041090560, i64 %40
  store i64 %43, i64* %unaligned, align 8
  %44 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %39, i8* %44, i64 8, i1 false)
  %45 = load i32, i32* %p, align 4
  %46 = zext i32 %45 to i64
  %47 = add i64 %46, 8
  %48 = icmp ugt i64 %47, %arena_size
  br i1 %48, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %49 = icmp ult i64 %21, %scratch_start
  %50 = load i64, i64* %lowStart, align 8
  %51 = call i64 @llvm.umin.i64(i64 %50, i64 %21)
  %52 = load i64, i64* %lowEnd, align 8
  %53 = load i64, i64* %highEnd, align 8
  %54 = add i64 %22, 64
  %55 = sub i64 %22, %51
  %56 = lshr i64 %55, 4
  %57 = add i64 %54, %56
  %58 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %57)
  %59 = call i64 @llvm.umax.i64(i64 %52, i64 %58)
  %60 = select i1 %49, i64 %59, i64 %52
  store i64 %60, i64* %lowEnd, align 8
  %61 = add i64 %22, 64
  %62 = sub i64 %22, %scratch_start
  %63 = lshr i64 %62, 4
  %64 = add i64 %61, %63
  %65 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %64)
  %66 = call i64 @llvm.umax.i64(i64 %53, i64 %65)
  %67 = select i1 %49, i64 %53, i64 %66
  store i64 %67, i64* %highEnd, align 8
  store i64 %51, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %68 = load i64, i64* %lowStart, align 8
  %69 = getelementptr i64, i64* %regs, i64 6
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %lowEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 7
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %highEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 8
  store i64 %72, i64* %73, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %74 = getelementptr i8, i8* %mem, i64 %46
  %75 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %74, i64 8, i1 false)
  %76 = load i64, i64* %unaligned3, align 8
  %77 = bitcast i64 %76 to double
  %78 = load i64, i64* %lowStart, align 8
  %79 = getelementptr i64, i64* %regs, i64 6
  store i64 %78, i64* %79, align 8
  %80 = load i64, i64* %lowEnd, align 8
  %81 = getelementptr i64, i64* %regs, i64 7
  store i64 %80, i64* %81, align 8
  %82 = load i64, i64* %highEnd, align 8
  %83 = getelementptr i64, i64* %regs, i64 8
  store i64 %82, i64* %83, align 8
  ret double %77
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
  br i1 %26, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
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

write.low:                                        ; preds = %ok
  %33 = load i64, i64* %lowStart, align 8
  %34 = icmp uge i64 %21, %33
  %35 = load i64, i64* %lowEnd, align 8
  %36 = icmp ule i64 %22, %35
  %37 = and i1 %34, %36
  br i1 %37, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %38 = icmp ugt i64 %22, %arena_size
  br i1 %38, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %39 = getelementptr i8, i8* %mem, i64 %21
  %40 = bitcast double %20 to i64
  %41 = and i64 %40, 9223372036854775807
  %42 = icmp ugt i64 %41, 9218868437227405312
  %43 = select i1 %42, i64 9221120237041090560, i64 %40
  store i64 %43, i64* %unaligned, align 8
  %44 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %39, i8* %44, i64 8, i1 false)
  %45 = load i32, i32* %p, align 4
  %46 = zext i32 %45 to i64
  %47 = add i64 %46, 8
  %48 = icmp ugt i64 %47, %arena_size
  br i1 %48, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %49 = icmp ult i64 %21, %scratch_start
  %50 = load i64, i64* %lowStart, align 8
  %51 = call i64 @llvm.umin.i64(i64 %50, i64 %21)
  %52 = load i64, i64* %lowEnd, align 8
  %53 = load i64, i64* %highEnd, align 8
  %54 = add i64 %22, 64
  %55 = sub i64 %22, %51
  %56 = lshr i64 %55, 4
  %57 = add i64 %54, %56
  %58 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %57)
  %59 = call i64 @llvm.umax.i64(i64 %52, i64 %58)
  %60 = select i1 %49, i64 %59, i64 %52
  store i64 %60, i64* %lowEnd, align 8
  %61 = add i64 %22, 64
  %62 = sub i64 %22, %scratch_start
  %63 = lshr i64 %62, 4
  %64 = add i64 %61, %63
  %65 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %64)
  %66 = call i64 @llvm.umax.i64(i64 %53, i64 %65)
  %67 = select i1 %49, i64 %53, i64 %66
  store i64 %67, i64* %highEnd, align 8
  store i64 %51, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %68 = load i64, i64* %lowStart, align 8
  %69 = getelementptr i64, i64* %regs, i64 6
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %lowEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 7
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %highEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 8
  store i64 %72, i64* %73, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %74 = getelementptr i8, i8* %mem, i64 %46
  %75 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %74, i64 8, i1 false)
  %76 = load i64, i64* %unaligned3, align 8
  %77 = load i64, i64* %lowStart, align 8
  %78 = getelementptr i64, i64* %regs, i64 6
  store i64 %77, i64* %78, align 8
  %79 = load i64, i64* %lowEnd, align 8
  %80 = getelementptr i64, i64* %regs, i64 7
  store i64 %79, i64* %80, align 8
  %81 = load i64, i64* %highEnd, align 8
  %82 = getelementptr i64, i64* %regs, i64 8
  store i64 %81, i64* %82, align 8
  ret i64 %76
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
