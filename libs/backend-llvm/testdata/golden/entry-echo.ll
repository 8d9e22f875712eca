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

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.main(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %in.arg, i32 %len.arg, i32 %out.arg, i32 %cap.arg) {
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
  %8 = load i32, i32* %len, align 4
  %9 = zext i32 %8 to i64
  %10 = getelementptr i64, i64* %regs, i64 3
  %11 = getelementptr i64, i64* %regs, i64 4
  %12 = load i64, i64* %10, align 8
  %13 = add i64 %12, 0
  %14 = and i64 %13, -1
  %15 = add i64 %14, %9
  %16 = load i64, i64* %11, align 8
  %17 = icmp ugt i64 %15, %16
  br i1 %17, label %trap15.site1, label %ok

ok:                                               ; preds = %body
  store i64 %15, i64* %10, align 8
  %18 = load i64, i64* %lowEnd, align 8
  %19 = call i64 @llvm.umax.i64(i64 %18, i64 %15)
  store i64 %19, i64* %lowEnd, align 8
  %20 = trunc i64 %14 to i32
  store i32 %20, i32* %p, align 4
  %21 = load i32, i32* %p, align 4
  %22 = load i32, i32* %in, align 4
  %23 = load i32, i32* %len, align 4
  %24 = zext i32 %23 to i64
  %25 = zext i32 %22 to i64
  %26 = add i64 %25, %24
  %27 = icmp ugt i64 %26, %arena_size
  br i1 %27, label %trap17.site1, label %ok1

trap15.site1:                                     ; preds = %body
  %28 = load i64, i64* %lowStart, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %lowEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 7
  store i64 %30, i64* %31, align 8
  %32 = load i64, i64* %highEnd, align 8
  %33 = getelementptr i64, i64* %regs, i64 8
  store i64 %32, i64* %33, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok1:                                              ; preds = %ok
  %34 = zext i32 %21 to i64
  %35 = add i64 %34, %24
  %36 = icmp uge i64 %34, %scratch_start
  %37 = load i64, i64* %highEnd, align 8
  %38 = icmp ule i64 %35, %37
  %39 = and i1 %36, %38
  %40 = call i1 @llvm.expect.i1(i1 %39, i1 true)
  br i1 %40, label %write.ok, label %write.low

trap17.site1:                                     ; preds = %write.slow, %ok
  %41 = load i64, i64* %lowStart, align 8
  %42 = getelementptr i64, i64* %regs, i64 6
  store i64 %41, i64* %42, align 8
  %43 = load i64, i64* %lowEnd, align 8
  %44 = getelementptr i64, i64* %regs, i64 7
  store i64 %43, i64* %44, align 8
  %45 = load i64, i64* %highEnd, align 8
  %46 = getelementptr i64, i64* %regs, i64 8
  store i64 %45, i64* %46, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

write.low:                                        ; preds = %ok1
  %47 = load i64, i64* %lowStart, align 8
  %48 = icmp uge i64 %34, %47
  %49 = load i64, i64* %lowEnd, align 8
  %50 = icmp ule i64 %35, %49
  %51 = and i1 %48, %50
  %52 = call i1 @llvm.expect.i1(i1 %51, i1 true)
  br i1 %52, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %53 = icmp ugt i64 %35, %arena_size
  br i1 %53, label %trap17.site1, label %ok2

write.ok:                                         ; preds = %ok2, %write.low, %ok1
  %54 = getelementptr i8, i8* %mem, i64 %34
  %55 = getelementptr i8, i8* %mem, i64 %25
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %54, i8* %55, i64 %24, i1 false)
  %56 = load i32, i32* %len, align 4
  %57 = load i64, i64* %lowStart, align 8
  %58 = getelementptr i64, i64* %regs, i64 6
  store i64 %57, i64* %58, align 8
  %59 = load i64, i64* %lowEnd, align 8
  %60 = getelementptr i64, i64* %regs, i64 7
  store i64 %59, i64* %60, align 8
  %61 = load i64, i64* %highEnd, align 8
  %62 = getelementptr i64, i64* %regs, i64 8
  store i64 %61, i64* %62, align 8
  ret i32 %56

ok2:                                              ; preds = %write.slow
  %63 = icmp ult i64 %34, %scratch_start
  %64 = load i64, i64* %lowStart, align 8
  %65 = call i64 @llvm.umin.i64(i64 %64, i64 %34)
  %66 = load i64, i64* %lowEnd, align 8
  %67 = load i64, i64* %highEnd, align 8
  %68 = add i64 %35, 64
  %69 = sub i64 %35, %65
  %70 = lshr i64 %69, 4
  %71 = add i64 %68, %70
  %72 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %71)
  %73 = call i64 @llvm.umax.i64(i64 %66, i64 %72)
  %74 = select i1 %63, i64 %73, i64 %66
  store i64 %74, i64* %lowEnd, align 8
  %75 = add i64 %35, 64
  %76 = sub i64 %35, %scratch_start
  %77 = lshr i64 %76, 4
  %78 = add i64 %75, %77
  %79 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %78)
  %80 = call i64 @llvm.umax.i64(i64 %67, i64 %79)
  %81 = select i1 %63, i64 %67, i64 %80
  store i64 %81, i64* %highEnd, align 8
  store i64 %65, i64* %lowStart, align 8
  br label %write.ok
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memmove.p0i8.p0i8.i64(i8* nocapture writeonly, i8* nocapture readonly, i64, i1 immarg) #2

define internal void @m0.main.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = getelementptr i64, i64* %io, i64 22
  %7 = load i64, i64* %6, align 8
  %8 = trunc i64 %7 to i32
  %9 = getelementptr i64, i64* %io, i64 23
  %10 = load i64, i64* %9, align 8
  %11 = trunc i64 %10 to i32
  %12 = call i32 @m0.main(i64* %regs, i8* %mem, i32 1, i32 %2, i32 %5, i32 %8, i32 %11)
  %13 = sext i32 %12 to i64
  %14 = getelementptr i64, i64* %io, i64 12
  store i64 %13, i64* %14, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
    i32 0, label %thunk0
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.main.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { nofree nosync nounwind readnone willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }
