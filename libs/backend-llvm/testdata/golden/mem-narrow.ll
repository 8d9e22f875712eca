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
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %p, align 4
  %19 = load i32, i32* %p, align 4
  %20 = load i32, i32* %v, align 4
  %21 = zext i32 %19 to i64
  %22 = add i64 %21, 1
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
  %40 = trunc i32 %20 to i8
  store i8 %40, i8* %39, align 1
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
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %p, align 4
  %19 = load i32, i32* %p, align 4
  %20 = load i32, i32* %v, align 4
  %21 = zext i32 %19 to i64
  %22 = add i64 %21, 1
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
  %40 = trunc i32 %20 to i8
  store i8 %40, i8* %39, align 1
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
  %72 = sext i8 %71 to i32
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
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %p, align 4
  %19 = load i32, i32* %p, align 4
  %20 = load i32, i32* %v, align 4
  %21 = zext i32 %19 to i64
  %22 = add i64 %21, 2
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
  %40 = trunc i32 %20 to i16
  store i16 %40, i16* %unaligned, align 2
  %41 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %39, i8* %41, i64 2, i1 false)
  %42 = load i32, i32* %p, align 4
  %43 = zext i32 %42 to i64
  %44 = add i64 %43, 2
  %45 = icmp ugt i64 %44, %arena_size
  br i1 %45, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %46 = icmp ult i64 %21, %scratch_start
  %47 = load i64, i64* %lowStart, align 8
  %48 = call i64 @llvm.umin.i64(i64 %47, i64 %21)
  %49 = load i64, i64* %lowEnd, align 8
  %50 = load i64, i64* %highEnd, align 8
  %51 = add i64 %22, 64
  %52 = sub i64 %22, %48
  %53 = lshr i64 %52, 4
  %54 = add i64 %51, %53
  %55 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %54)
  %56 = call i64 @llvm.umax.i64(i64 %49, i64 %55)
  %57 = select i1 %46, i64 %56, i64 %49
  store i64 %57, i64* %lowEnd, align 8
  %58 = add i64 %22, 64
  %59 = sub i64 %22, %scratch_start
  %60 = lshr i64 %59, 4
  %61 = add i64 %58, %60
  %62 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %61)
  %63 = call i64 @llvm.umax.i64(i64 %50, i64 %62)
  %64 = select i1 %46, i64 %50, i64 %63
  store i64 %64, i64* %highEnd, align 8
  store i64 %48, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %65 = load i64, i64* %lowStart, align 8
  %66 = getelementptr i64, i64* %regs, i64 6
  store i64 %65, i64* %66, align 8
  %67 = load i64, i64* %lowEnd, align 8
  %68 = getelementptr i64, i64* %regs, i64 7
  store i64 %67, i64* %68, align 8
  %69 = load i64, i64* %highEnd, align 8
  %70 = getelementptr i64, i64* %regs, i64 8
  store i64 %69, i64* %70, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %71 = getelementptr i8, i8* %mem, i64 %43
  %72 = bitcast i16* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %72, i8* %71, i64 2, i1 false)
  %73 = load i16, i16* %unaligned3, align 2
  %74 = zext i16 %73 to i32
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
  %16 = load i64, i64* %highEnd, align 8
  %17 = call i64 @llvm.umax.i64(i64 %16, i64 %13)
  store i64 %17, i64* %highEnd, align 8
  %18 = trunc i64 %12 to i32
  store i32 %18, i32* %p, align 4
  %19 = load i32, i32* %p, align 4
  %20 = load i32, i32* %v, align 4
  %21 = zext i32 %19 to i64
  %22 = add i64 %21, 2
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
  %40 = trunc i32 %20 to i16
  store i16 %40, i16* %unaligned, align 2
  %41 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %39, i8* %41, i64 2, i1 false)
  %42 = load i32, i32* %p, align 4
  %43 = zext i32 %42 to i64
  %44 = add i64 %43, 2
  %45 = icmp ugt i64 %44, %arena_size
  br i1 %45, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %46 = icmp ult i64 %21, %scratch_start
  %47 = load i64, i64* %lowStart, align 8
  %48 = call i64 @llvm.umin.i64(i64 %47, i64 %21)
  %49 = load i64, i64* %lowEnd, align 8
  %50 = load i64, i64* %highEnd, align 8
  %51 = add i64 %22, 64
  %52 = sub i64 %22, %48
  %53 = lshr i64 %52, 4
  %54 = add i64 %51, %53
  %55 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %54)
  %56 = call i64 @llvm.umax.i64(i64 %49, i64 %55)
  %57 = select i1 %46, i64 %56, i64 %49
  store i64 %57, i64* %lowEnd, align 8
  %58 = add i64 %22, 64
  %59 = sub i64 %22, %scratch_start
  %60 = lshr i64 %59, 4
  %61 = add i64 %58, %60
  %62 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %61)
  %63 = call i64 @llvm.umax.i64(i64 %50, i64 %62)
  %64 = select i1 %46, i64 %50, i64 %63
  store i64 %64, i64* %highEnd, align 8
  store i64 %48, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.ok, %write.slow
  %65 = load i64, i64* %lowStart, align 8
  %66 = getelementptr i64, i64* %regs, i64 6
  store i64 %65, i64* %66, align 8
  %67 = load i64, i64* %lowEnd, align 8
  %68 = getelementptr i64, i64* %regs, i64 7
  store i64 %67, i64* %68, align 8
  %69 = load i64, i64* %highEnd, align 8
  %70 = getelementptr i64, i64* %regs, i64 8
  store i64 %69, i64* %70, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %71 = getelementptr i8, i8* %mem, i64 %43
  %72 = bitcast i16* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %72, i8* %71, i64 2, i1 false)
  %73 = load i16, i16* %unaligned3, align 2
  %74 = sext i16 %73 to i32
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
