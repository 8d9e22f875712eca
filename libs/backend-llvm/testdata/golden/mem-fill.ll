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

declare void @tetra_trap(i64*, i32, i32)

define internal i32 @m0.fill(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
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
  %unaligned = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 3
  %7 = and i64 %6, -4
  %8 = add i64 %7, 8
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  store i32 %11, i32* %p, align 4
  %12 = load i32, i32* %p, align 4
  %13 = load i32, i32* %v, align 4
  %14 = trunc i32 %13 to i8
  %15 = zext i32 %12 to i64
  %16 = add i64 %15, 4
  %17 = icmp ugt i64 %16, %arena_size
  br i1 %17, label %trap17.site0, label %ok1

trap15.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %18 = load i64, i64* %written, align 8
  %19 = call i64 @llvm.umax.i64(i64 %18, i64 %16)
  store i64 %19, i64* %written, align 8
  %20 = getelementptr i8, i8* %mem, i64 %15
  call void @llvm.memset.p0i8.i64(i8* %20, i8 %14, i64 4, i1 false)
  %21 = load i32, i32* %p, align 4
  %22 = zext i32 %21 to i64
  %23 = add i64 %22, 4
  %24 = icmp ugt i64 %23, %arena_size
  br i1 %24, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %25 = getelementptr i8, i8* %mem, i64 %22
  %26 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %26, i8* %25, i64 4, i1 false)
  %27 = load i32, i32* %unaligned, align 4
  %28 = load i64, i64* %written, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  ret i32 %27
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

define internal void @m0.fill.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = getelementptr i64, i64* %2, i64 16
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.fill(i64* %0, i8* %1, i32 1, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %2, i64 9
  store i64 %7, i64* %8, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %0, i64* %1, i8* %2, i64* %3) {
entry:
  switch i32 %0, label %unknown [
    i32 0, label %thunk0
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.fill.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly nofree nounwind willreturn }
