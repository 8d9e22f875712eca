; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/mem-fill.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 1)
;     (export $fill)
;     (func $fill (param $v i32) (result i32)
;       (local $p i32)
;       (local.set $p (alloc.scratch align=4 site=0 (i32.const 8)))
;       (memory.fill site=0 (local.get $p) (local.get $v) (i32.const 4))
;       (i32.load site=0 (local.get $p))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.fill(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %v.arg) {
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
  %unaligned = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %8 = getelementptr i64, i64* %regs, i64 1
  %9 = getelementptr i64, i64* %regs, i64 2
  %10 = load i64, i64* %8, align 8
  %11 = add i64 %10, 3
  %12 = and i64 %11, -4
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
  %20 = load i32, i32* %v, align 4
  %21 = trunc i32 %20 to i8
  %22 = zext i32 %19 to i64
  %23 = add i64 %22, 4
  %24 = icmp uge i64 %22, %scratch_start
  %25 = load i64, i64* %highEnd, align 8
  %26 = icmp ule i64 %23, %25
  %27 = and i1 %24, %26
  %28 = call i1 @llvm.expect.i1(i1 %27, i1 true)
  br i1 %28, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %body
  %29 = load i64, i64* %lowStart, align 8
  %30 = getelementptr i64, i64* %regs, i64 6
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %lowEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 7
  store i64 %31, i64* %32, align 8
  %33 = load i64, i64* %highEnd, align 8
  %34 = getelementptr i64, i64* %regs, i64 8
  store i64 %33, i64* %34, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %35 = load i64, i64* %lowStart, align 8
  %36 = icmp uge i64 %22, %35
  %37 = load i64, i64* %lowEnd, align 8
  %38 = icmp ule i64 %23, %37
  %39 = and i1 %36, %38
  %40 = call i1 @llvm.expect.i1(i1 %39, i1 true)
  br i1 %40, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %41 = icmp ugt i64 %23, %arena_size
  br i1 %41, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %42 = getelementptr i8, i8* %mem, i64 %22
  call void @llvm.memset.p0i8.i64(i8* %42, i8 %21, i64 4, i1 false)
  %43 = load i32, i32* %p, align 4
  %44 = zext i32 %43 to i64
  %45 = sub i64 %arena_size, 4
  %46 = icmp sgt i64 %44, %45
  br i1 %46, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %47 = icmp ult i64 %22, %scratch_start
  %48 = load i64, i64* %lowStart, align 8
  %49 = call i64 @llvm.umin.i64(i64 %48, i64 %22)
  %50 = load i64, i64* %lowEnd, align 8
  %51 = load i64, i64* %highEnd, align 8
  %52 = add i64 %23, 64
  %53 = sub i64 %23, %49
  %54 = lshr i64 %53, 4
  %55 = add i64 %52, %54
  %56 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %55)
  %57 = call i64 @llvm.umax.i64(i64 %50, i64 %56)
  %58 = select i1 %47, i64 %57, i64 %50
  store i64 %58, i64* %lowEnd, align 8
  %59 = add i64 %23, 64
  %60 = sub i64 %23, %scratch_start
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
  %73 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %73, i8* %72, i64 4, i1 false)
  %74 = load i32, i32* %unaligned, align 4
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

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

define internal void @m0.fill.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.fill(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
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
  call void @m0.fill.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { nofree nosync nounwind readnone willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }
