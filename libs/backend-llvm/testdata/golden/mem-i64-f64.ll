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
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 7
  %7 = and i64 %6, -8
  %8 = add i64 %7, 8
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load i64, i64* %v, align 8
  %14 = zext i32 %12 to i64
  %15 = add i64 %14, 8
  %16 = icmp ugt i64 %15, %arena_size
  br i1 %16, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %17 = getelementptr i8, i8* %mem, i64 %14
  %18 = load i64, i64* %written, align 8
  %19 = call i64 @llvm.umax.i64(i64 %18, i64 %15)
  store i64 %19, i64* %written, align 8
  store i64 %13, i64* %unaligned, align 8
  %20 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %17, i8* %20, i64 8, i1 false)
  %21 = load i32, i32* %p, align 4
  %22 = zext i32 %21 to i64
  %23 = add i64 %22, 8
  %24 = icmp ugt i64 %23, %arena_size
  br i1 %24, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %25 = getelementptr i8, i8* %mem, i64 %22
  %26 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %26, i8* %25, i64 8, i1 false)
  %27 = load i64, i64* %unaligned3, align 8
  %28 = load i64, i64* %written, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  ret i64 %27
}

define internal i32 @m0.i64lo(i64* %regs, i8* %mem, i32 %depth, i64 %v.arg) {
entry:
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  %unaligned = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 7
  %7 = and i64 %6, -8
  %8 = add i64 %7, 8
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load i64, i64* %v, align 8
  %14 = zext i32 %12 to i64
  %15 = add i64 %14, 8
  %16 = icmp ugt i64 %15, %arena_size
  br i1 %16, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %17 = getelementptr i8, i8* %mem, i64 %14
  %18 = load i64, i64* %written, align 8
  %19 = call i64 @llvm.umax.i64(i64 %18, i64 %15)
  store i64 %19, i64* %written, align 8
  store i64 %13, i64* %unaligned, align 8
  %20 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %17, i8* %20, i64 8, i1 false)
  %21 = load i32, i32* %p, align 4
  %22 = zext i32 %21 to i64
  %23 = add i64 %22, 1
  %24 = icmp ugt i64 %23, %arena_size
  br i1 %24, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %25 = getelementptr i8, i8* %mem, i64 %22
  %26 = load i8, i8* %25, align 1
  %27 = zext i8 %26 to i32
  %28 = load i64, i64* %written, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  ret i32 %27
}

define internal double @m0.f64rt(i64* %regs, i8* %mem, i32 %depth, double %v.arg) {
entry:
  %v = alloca double, align 8
  store double %v.arg, double* %v, align 8
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 7
  %7 = and i64 %6, -8
  %8 = add i64 %7, 8
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load double, double* %v, align 8
  %14 = zext i32 %12 to i64
  %15 = add i64 %14, 8
  %16 = icmp ugt i64 %15, %arena_size
  br i1 %16, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %17 = getelementptr i8, i8* %mem, i64 %14
  %18 = load i64, i64* %written, align 8
  %19 = call i64 @llvm.umax.i64(i64 %18, i64 %15)
  store i64 %19, i64* %written, align 8
  %20 = bitcast double %13 to i64
  %21 = and i64 %20, 9223372036854775807
  %22 = icmp ugt i64 %21, 9218868437227405312
  %23 = select i1 %22, i64 9221120237041090560, i64 %20
  store i64 %23, i64* %unaligned, align 8
  %24 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %17, i8* %24, i64 8, i1 false)
  %25 = load i32, i32* %p, align 4
  %26 = zext i32 %25 to i64
  %27 = add i64 %26, 8
  %28 = icmp ugt i64 %27, %arena_size
  br i1 %28, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %29 = getelementptr i8, i8* %mem, i64 %26
  %30 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %30, i8* %29, i64 8, i1 false)
  %31 = load i64, i64* %unaligned3, align 8
  %32 = bitcast i64 %31 to double
  %33 = load i64, i64* %written, align 8
  %34 = getelementptr i64, i64* %regs, i64 6
  store i64 %33, i64* %34, align 8
  ret double %32
}

define internal i64 @m0.nanbits(i64* %regs, i8* %mem, i32 %depth, double %v.arg) {
entry:
  %v = alloca double, align 8
  store double %v.arg, double* %v, align 8
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 7
  %7 = and i64 %6, -8
  %8 = add i64 %7, 8
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load double, double* %v, align 8
  %14 = zext i32 %12 to i64
  %15 = add i64 %14, 8
  %16 = icmp ugt i64 %15, %arena_size
  br i1 %16, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %17 = getelementptr i8, i8* %mem, i64 %14
  %18 = load i64, i64* %written, align 8
  %19 = call i64 @llvm.umax.i64(i64 %18, i64 %15)
  store i64 %19, i64* %written, align 8
  %20 = bitcast double %13 to i64
  %21 = and i64 %20, 9223372036854775807
  %22 = icmp ugt i64 %21, 9218868437227405312
  %23 = select i1 %22, i64 9221120237041090560, i64 %20
  store i64 %23, i64* %unaligned, align 8
  %24 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %17, i8* %24, i64 8, i1 false)
  %25 = load i32, i32* %p, align 4
  %26 = zext i32 %25 to i64
  %27 = add i64 %26, 8
  %28 = icmp ugt i64 %27, %arena_size
  br i1 %28, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %29 = getelementptr i8, i8* %mem, i64 %26
  %30 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %30, i8* %29, i64 8, i1 false)
  %31 = load i64, i64* %unaligned3, align 8
  %32 = load i64, i64* %written, align 8
  %33 = getelementptr i64, i64* %regs, i64 6
  store i64 %32, i64* %33, align 8
  ret i64 %31
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

define internal void @m0.i64rt.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = call i64 @m0.i64rt(i64* %0, i8* %1, i32 1, i64 %4)
  %6 = getelementptr i64, i64* %2, i64 9
  store i64 %5, i64* %6, align 8
  ret void
}

define internal void @m0.i64lo.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = call i32 @m0.i64lo(i64* %0, i8* %1, i32 1, i64 %4)
  %6 = sext i32 %5 to i64
  %7 = getelementptr i64, i64* %2, i64 9
  store i64 %6, i64* %7, align 8
  ret void
}

define internal void @m0.f64rt.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = bitcast i64 %4 to double
  %6 = call double @m0.f64rt(i64* %0, i8* %1, i32 1, double %5)
  %7 = bitcast double %6 to i64
  %8 = getelementptr i64, i64* %2, i64 9
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.nanbits.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = bitcast i64 %4 to double
  %6 = call i64 @m0.nanbits(i64* %0, i8* %1, i32 1, double %5)
  %7 = getelementptr i64, i64* %2, i64 9
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
