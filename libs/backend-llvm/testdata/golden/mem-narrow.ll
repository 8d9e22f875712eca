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
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  br label %body

body:                                             ; preds = %entry
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
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load i32, i32* %v, align 4
  %14 = zext i32 %12 to i64
  %15 = add i64 %14, 1
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
  %20 = trunc i32 %13 to i8
  store i8 %20, i8* %17, align 1
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

define internal i32 @m0.l8s(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
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
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load i32, i32* %v, align 4
  %14 = zext i32 %12 to i64
  %15 = add i64 %14, 1
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
  %20 = trunc i32 %13 to i8
  store i8 %20, i8* %17, align 1
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
  %27 = sext i8 %26 to i32
  %28 = load i64, i64* %written, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  ret i32 %27
}

define internal i32 @m0.l16u(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  %unaligned = alloca i16, align 2
  %unaligned3 = alloca i16, align 2
  br label %body

body:                                             ; preds = %entry
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 1
  %7 = and i64 %6, -2
  %8 = add i64 %7, 2
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load i32, i32* %v, align 4
  %14 = zext i32 %12 to i64
  %15 = add i64 %14, 2
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
  %20 = trunc i32 %13 to i16
  store i16 %20, i16* %unaligned, align 2
  %21 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %17, i8* %21, i64 2, i1 false)
  %22 = load i32, i32* %p, align 4
  %23 = zext i32 %22 to i64
  %24 = add i64 %23, 2
  %25 = icmp ugt i64 %24, %arena_size
  br i1 %25, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %26 = getelementptr i8, i8* %mem, i64 %23
  %27 = bitcast i16* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %27, i8* %26, i64 2, i1 false)
  %28 = load i16, i16* %unaligned3, align 2
  %29 = zext i16 %28 to i32
  %30 = load i64, i64* %written, align 8
  %31 = getelementptr i64, i64* %regs, i64 6
  store i64 %30, i64* %31, align 8
  ret i32 %29
}

define internal i32 @m0.l16s(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %p = alloca i32, align 4
  store i32 0, i32* %p, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  %unaligned = alloca i16, align 2
  %unaligned3 = alloca i16, align 2
  br label %body

body:                                             ; preds = %entry
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 1
  %7 = and i64 %6, -2
  %8 = add i64 %7, 2
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load i32, i32* %v, align 4
  %14 = zext i32 %12 to i64
  %15 = add i64 %14, 2
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
  %20 = trunc i32 %13 to i16
  store i16 %20, i16* %unaligned, align 2
  %21 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %17, i8* %21, i64 2, i1 false)
  %22 = load i32, i32* %p, align 4
  %23 = zext i32 %22 to i64
  %24 = add i64 %23, 2
  %25 = icmp ugt i64 %24, %arena_size
  br i1 %25, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %26 = getelementptr i8, i8* %mem, i64 %23
  %27 = bitcast i16* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %27, i8* %26, i64 2, i1 false)
  %28 = load i16, i16* %unaligned3, align 2
  %29 = sext i16 %28 to i32
  %30 = load i64, i64* %written, align 8
  %31 = getelementptr i64, i64* %regs, i64 6
  store i64 %30, i64* %31, align 8
  ret i32 %29
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

define internal void @m0.l8u.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.l8u(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 9
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.l8s.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.l8s(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 9
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.l16u.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.l16u(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 9
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.l16s.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.l16s(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 9
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
