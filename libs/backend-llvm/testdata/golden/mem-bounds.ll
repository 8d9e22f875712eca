; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/mem-bounds.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 2)
;     (export $load_at)
;     (export $load_off)
;     (export $store_at)
;     (export $byte_at)
;     (func $load_at (param $a i32) (result i32)
;       (i32.load site=1 (local.get $a)))
;     (func $load_off (param $a i32) (result i32)
;       (i32.load offset=8 site=1 (local.get $a)))
;     (func $store_at (param $a i32)
;       (i64.store site=1 (local.get $a) (i64.const 1)))
;     (func $byte_at (param $a i32) (result i32)
;       (i32.load8_u site=1 (local.get $a))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32)

define internal i32 @m0.load_at(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %unaligned = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %1 = load i32, i32* %a, align 4
  %2 = zext i32 %1 to i64
  %3 = add i64 %2, 4
  %4 = icmp ugt i64 %3, %arena_size
  br i1 %4, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %5 = getelementptr i8, i8* %mem, i64 %2
  %6 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %6, i8* %5, i64 4, i1 false)
  %7 = load i32, i32* %unaligned, align 4
  ret i32 %7

trap17.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal i32 @m0.load_off(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %unaligned = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %1 = load i32, i32* %a, align 4
  %2 = zext i32 %1 to i64
  %3 = add i64 %2, 8
  %4 = add i64 %3, 4
  %5 = icmp ugt i64 %4, %arena_size
  br i1 %5, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %6 = getelementptr i8, i8* %mem, i64 %3
  %7 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %7, i8* %6, i64 4, i1 false)
  %8 = load i32, i32* %unaligned, align 4
  ret i32 %8

trap17.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal void @m0.store_at(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
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
  %8 = load i32, i32* %a, align 4
  %9 = zext i32 %8 to i64
  %10 = add i64 %9, 8
  %11 = icmp uge i64 %9, %scratch_start
  %12 = load i64, i64* %highEnd, align 8
  %13 = icmp ule i64 %10, %12
  %14 = and i1 %11, %13
  br i1 %14, label %write.ok, label %write.low

write.low:                                        ; preds = %body
  %15 = load i64, i64* %lowStart, align 8
  %16 = icmp uge i64 %9, %15
  %17 = load i64, i64* %lowEnd, align 8
  %18 = icmp ule i64 %10, %17
  %19 = and i1 %16, %18
  br i1 %19, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %20 = icmp ugt i64 %10, %arena_size
  br i1 %20, label %trap17.site1, label %ok

write.ok:                                         ; preds = %ok, %write.low, %body
  %21 = getelementptr i8, i8* %mem, i64 %9
  store i64 1, i64* %unaligned, align 8
  %22 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %21, i8* %22, i64 8, i1 false)
  %23 = load i64, i64* %lowStart, align 8
  %24 = getelementptr i64, i64* %regs, i64 6
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %lowEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 7
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %highEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 8
  store i64 %27, i64* %28, align 8
  ret void

ok:                                               ; preds = %write.slow
  %29 = icmp ult i64 %9, %scratch_start
  %30 = load i64, i64* %lowStart, align 8
  %31 = call i64 @llvm.umin.i64(i64 %30, i64 %9)
  %32 = load i64, i64* %lowEnd, align 8
  %33 = load i64, i64* %highEnd, align 8
  %34 = add i64 %10, 64
  %35 = sub i64 %10, %31
  %36 = lshr i64 %35, 4
  %37 = add i64 %34, %36
  %38 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %37)
  %39 = call i64 @llvm.umax.i64(i64 %32, i64 %38)
  %40 = select i1 %29, i64 %39, i64 %32
  store i64 %40, i64* %lowEnd, align 8
  %41 = add i64 %10, 64
  %42 = sub i64 %10, %scratch_start
  %43 = lshr i64 %42, 4
  %44 = add i64 %41, %43
  %45 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %44)
  %46 = call i64 @llvm.umax.i64(i64 %33, i64 %45)
  %47 = select i1 %29, i64 %33, i64 %46
  store i64 %47, i64* %highEnd, align 8
  store i64 %31, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %48 = load i64, i64* %lowStart, align 8
  %49 = getelementptr i64, i64* %regs, i64 6
  store i64 %48, i64* %49, align 8
  %50 = load i64, i64* %lowEnd, align 8
  %51 = getelementptr i64, i64* %regs, i64 7
  store i64 %50, i64* %51, align 8
  %52 = load i64, i64* %highEnd, align 8
  %53 = getelementptr i64, i64* %regs, i64 8
  store i64 %52, i64* %53, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal i32 @m0.byte_at(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  br label %body

body:                                             ; preds = %entry
  %1 = load i32, i32* %a, align 4
  %2 = zext i32 %1 to i64
  %3 = add i64 %2, 1
  %4 = icmp ugt i64 %3, %arena_size
  br i1 %4, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %5 = getelementptr i8, i8* %mem, i64 %2
  %6 = load i8, i8* %5, align 1
  %7 = zext i8 %6 to i32
  ret i32 %7

trap17.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #1

define internal void @m0.load_at.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.load_at(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.load_off.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.load_off(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define internal void @m0.store_at.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  call void @m0.store_at(i64* %0, i8* %1, i32 1, i32 %5)
  ret void
}

define internal void @m0.byte_at.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 20
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.byte_at(i64* %0, i8* %1, i32 1, i32 %5)
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
  call void @m0.load_at.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.load_off.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.store_at.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.byte_at.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}

attributes #0 = { argmemonly nofree nounwind willreturn }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
