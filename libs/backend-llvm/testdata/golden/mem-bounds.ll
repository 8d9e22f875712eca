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

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.load_at(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg) {
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
  %3 = sub i64 %arena_size, 4
  %4 = icmp sgt i64 %2, %3
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

define internal i32 @m0.load_off(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg) {
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
  %3 = sub i64 %arena_size, 12
  %4 = icmp sgt i64 %2, %3
  br i1 %4, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %5 = add i64 %2, 8
  %6 = getelementptr i8, i8* %mem, i64 %5
  %7 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %7, i8* %6, i64 4, i1 false)
  %8 = load i32, i32* %unaligned, align 4
  ret i32 %8

trap17.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal void @m0.store_at(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg) {
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
  %15 = call i1 @llvm.expect.i1(i1 %14, i1 true)
  br i1 %15, label %write.ok, label %write.low

write.low:                                        ; preds = %body
  %16 = load i64, i64* %lowStart, align 8
  %17 = icmp uge i64 %9, %16
  %18 = load i64, i64* %lowEnd, align 8
  %19 = icmp ule i64 %10, %18
  %20 = and i1 %17, %19
  %21 = call i1 @llvm.expect.i1(i1 %20, i1 true)
  br i1 %21, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %22 = icmp ugt i64 %10, %arena_size
  br i1 %22, label %trap17.site1, label %ok

write.ok:                                         ; preds = %ok, %write.low, %body
  %23 = getelementptr i8, i8* %mem, i64 %9
  store i64 1, i64* %unaligned, align 8
  %24 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %23, i8* %24, i64 8, i1 false)
  %25 = load i64, i64* %lowStart, align 8
  %26 = getelementptr i64, i64* %regs, i64 6
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %lowEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 7
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %highEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 8
  store i64 %29, i64* %30, align 8
  ret void

ok:                                               ; preds = %write.slow
  %31 = icmp ult i64 %9, %scratch_start
  %32 = load i64, i64* %lowStart, align 8
  %33 = call i64 @llvm.umin.i64(i64 %32, i64 %9)
  %34 = load i64, i64* %lowEnd, align 8
  %35 = load i64, i64* %highEnd, align 8
  %36 = add i64 %10, 64
  %37 = sub i64 %10, %33
  %38 = lshr i64 %37, 4
  %39 = add i64 %36, %38
  %40 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %39)
  %41 = call i64 @llvm.umax.i64(i64 %34, i64 %40)
  %42 = select i1 %31, i64 %41, i64 %34
  store i64 %42, i64* %lowEnd, align 8
  %43 = add i64 %10, 64
  %44 = sub i64 %10, %scratch_start
  %45 = lshr i64 %44, 4
  %46 = add i64 %43, %45
  %47 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %46)
  %48 = call i64 @llvm.umax.i64(i64 %35, i64 %47)
  %49 = select i1 %31, i64 %35, i64 %48
  store i64 %49, i64* %highEnd, align 8
  store i64 %33, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %50 = load i64, i64* %lowStart, align 8
  %51 = getelementptr i64, i64* %regs, i64 6
  store i64 %50, i64* %51, align 8
  %52 = load i64, i64* %lowEnd, align 8
  %53 = getelementptr i64, i64* %regs, i64 7
  store i64 %52, i64* %53, align 8
  %54 = load i64, i64* %highEnd, align 8
  %55 = getelementptr i64, i64* %regs, i64 8
  store i64 %54, i64* %55, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal i32 @m0.byte_at(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  br label %body

body:                                             ; preds = %entry
  %1 = load i32, i32* %a, align 4
  %2 = zext i32 %1 to i64
  %3 = sub i64 %arena_size, 1
  %4 = icmp sgt i64 %2, %3
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

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #2

define internal void @m0.load_at.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.load_at(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.load_off.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.load_off(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.store_at.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  call void @m0.store_at(i64* %regs, i8* %mem, i32 1, i32 %2)
  ret void
}

define internal void @m0.byte_at.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.byte_at(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
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
  call void @m0.load_at.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.load_off.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.store_at.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.byte_at.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { argmemonly nofree nounwind willreturn }
attributes #1 = { nofree nosync nounwind readnone willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
