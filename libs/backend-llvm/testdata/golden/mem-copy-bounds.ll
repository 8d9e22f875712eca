; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/mem-copy-bounds.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 2)
;     (export $copy_src_oob)
;     (export $copy_dst_oob)
;     (export $fill_oob)
;     (export $fill_huge)
;     (export $untouched)
;     (func $copy_src_oob
;       (memory.copy site=1 (i32.const 64) (i32.const 4090) (i32.const 8)))
;     (func $copy_dst_oob
;       (memory.copy site=1 (i32.const 4090) (i32.const 64) (i32.const 8)))
;     (func $fill_oob
;       (memory.fill site=1 (i32.const 4095) (i32.const 1) (i32.const 2)))
;     (func $fill_huge
;       (memory.fill site=1 (i32.const 16) (i32.const 1) (i32.const -1)))
;     (func $untouched (result i32)
;       (block $b
;         (memory.fill site=0 (i32.const 4090) (i32.const 0) (i32.const 0)))
;       (i32.load8_u site=0 (i32.const 4090))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal void @m0.copy_src_oob(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
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
  %8 = icmp ugt i64 4098, %arena_size
  br i1 %8, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %9 = icmp uge i64 64, %scratch_start
  %10 = load i64, i64* %highEnd, align 8
  %11 = icmp ule i64 72, %10
  %12 = and i1 %9, %11
  %13 = call i1 @llvm.expect.i1(i1 %12, i1 true)
  br i1 %13, label %write.ok, label %write.low

trap17.site1:                                     ; preds = %write.slow, %body
  %14 = load i64, i64* %lowStart, align 8
  %15 = getelementptr i64, i64* %regs, i64 6
  store i64 %14, i64* %15, align 8
  %16 = load i64, i64* %lowEnd, align 8
  %17 = getelementptr i64, i64* %regs, i64 7
  store i64 %16, i64* %17, align 8
  %18 = load i64, i64* %highEnd, align 8
  %19 = getelementptr i64, i64* %regs, i64 8
  store i64 %18, i64* %19, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

write.low:                                        ; preds = %ok
  %20 = load i64, i64* %lowStart, align 8
  %21 = icmp uge i64 64, %20
  %22 = load i64, i64* %lowEnd, align 8
  %23 = icmp ule i64 72, %22
  %24 = and i1 %21, %23
  %25 = call i1 @llvm.expect.i1(i1 %24, i1 true)
  br i1 %25, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %26 = icmp ugt i64 72, %arena_size
  br i1 %26, label %trap17.site1, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %27 = getelementptr i8, i8* %mem, i64 64
  %28 = getelementptr i8, i8* %mem, i64 4090
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %27, i8* %28, i64 8, i1 false)
  %29 = load i64, i64* %lowStart, align 8
  %30 = getelementptr i64, i64* %regs, i64 6
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %lowEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 7
  store i64 %31, i64* %32, align 8
  %33 = load i64, i64* %highEnd, align 8
  %34 = getelementptr i64, i64* %regs, i64 8
  store i64 %33, i64* %34, align 8
  ret void

ok1:                                              ; preds = %write.slow
  %35 = icmp ult i64 64, %scratch_start
  %36 = load i64, i64* %lowStart, align 8
  %37 = call i64 @llvm.umin.i64(i64 %36, i64 64)
  %38 = load i64, i64* %lowEnd, align 8
  %39 = load i64, i64* %highEnd, align 8
  %40 = sub i64 72, %37
  %41 = lshr i64 %40, 4
  %42 = add i64 136, %41
  %43 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %42)
  %44 = call i64 @llvm.umax.i64(i64 %38, i64 %43)
  %45 = select i1 %35, i64 %44, i64 %38
  store i64 %45, i64* %lowEnd, align 8
  %46 = sub i64 72, %scratch_start
  %47 = lshr i64 %46, 4
  %48 = add i64 136, %47
  %49 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %48)
  %50 = call i64 @llvm.umax.i64(i64 %39, i64 %49)
  %51 = select i1 %35, i64 %39, i64 %50
  store i64 %51, i64* %highEnd, align 8
  store i64 %37, i64* %lowStart, align 8
  br label %write.ok
}

define internal void @m0.copy_dst_oob(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
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
  %8 = icmp ugt i64 72, %arena_size
  br i1 %8, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %9 = icmp uge i64 4090, %scratch_start
  %10 = load i64, i64* %highEnd, align 8
  %11 = icmp ule i64 4098, %10
  %12 = and i1 %9, %11
  %13 = call i1 @llvm.expect.i1(i1 %12, i1 true)
  br i1 %13, label %write.ok, label %write.low

trap17.site1:                                     ; preds = %write.slow, %body
  %14 = load i64, i64* %lowStart, align 8
  %15 = getelementptr i64, i64* %regs, i64 6
  store i64 %14, i64* %15, align 8
  %16 = load i64, i64* %lowEnd, align 8
  %17 = getelementptr i64, i64* %regs, i64 7
  store i64 %16, i64* %17, align 8
  %18 = load i64, i64* %highEnd, align 8
  %19 = getelementptr i64, i64* %regs, i64 8
  store i64 %18, i64* %19, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

write.low:                                        ; preds = %ok
  %20 = load i64, i64* %lowStart, align 8
  %21 = icmp uge i64 4090, %20
  %22 = load i64, i64* %lowEnd, align 8
  %23 = icmp ule i64 4098, %22
  %24 = and i1 %21, %23
  %25 = call i1 @llvm.expect.i1(i1 %24, i1 true)
  br i1 %25, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %26 = icmp ugt i64 4098, %arena_size
  br i1 %26, label %trap17.site1, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %27 = getelementptr i8, i8* %mem, i64 4090
  %28 = getelementptr i8, i8* %mem, i64 64
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %27, i8* %28, i64 8, i1 false)
  %29 = load i64, i64* %lowStart, align 8
  %30 = getelementptr i64, i64* %regs, i64 6
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %lowEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 7
  store i64 %31, i64* %32, align 8
  %33 = load i64, i64* %highEnd, align 8
  %34 = getelementptr i64, i64* %regs, i64 8
  store i64 %33, i64* %34, align 8
  ret void

ok1:                                              ; preds = %write.slow
  %35 = icmp ult i64 4090, %scratch_start
  %36 = load i64, i64* %lowStart, align 8
  %37 = call i64 @llvm.umin.i64(i64 %36, i64 4090)
  %38 = load i64, i64* %lowEnd, align 8
  %39 = load i64, i64* %highEnd, align 8
  %40 = sub i64 4098, %37
  %41 = lshr i64 %40, 4
  %42 = add i64 4162, %41
  %43 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %42)
  %44 = call i64 @llvm.umax.i64(i64 %38, i64 %43)
  %45 = select i1 %35, i64 %44, i64 %38
  store i64 %45, i64* %lowEnd, align 8
  %46 = sub i64 4098, %scratch_start
  %47 = lshr i64 %46, 4
  %48 = add i64 4162, %47
  %49 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %48)
  %50 = call i64 @llvm.umax.i64(i64 %39, i64 %49)
  %51 = select i1 %35, i64 %39, i64 %50
  store i64 %51, i64* %highEnd, align 8
  store i64 %37, i64* %lowStart, align 8
  br label %write.ok
}

define internal void @m0.fill_oob(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
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
  %8 = icmp uge i64 4095, %scratch_start
  %9 = load i64, i64* %highEnd, align 8
  %10 = icmp ule i64 4097, %9
  %11 = and i1 %8, %10
  %12 = call i1 @llvm.expect.i1(i1 %11, i1 true)
  br i1 %12, label %write.ok, label %write.low

write.low:                                        ; preds = %body
  %13 = load i64, i64* %lowStart, align 8
  %14 = icmp uge i64 4095, %13
  %15 = load i64, i64* %lowEnd, align 8
  %16 = icmp ule i64 4097, %15
  %17 = and i1 %14, %16
  %18 = call i1 @llvm.expect.i1(i1 %17, i1 true)
  br i1 %18, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %19 = icmp ugt i64 4097, %arena_size
  br i1 %19, label %trap17.site1, label %ok

write.ok:                                         ; preds = %ok, %write.low, %body
  %20 = getelementptr i8, i8* %mem, i64 4095
  call void @llvm.memset.p0i8.i64(i8* %20, i8 1, i64 2, i1 false)
  %21 = load i64, i64* %lowStart, align 8
  %22 = getelementptr i64, i64* %regs, i64 6
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %lowEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 7
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %highEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 8
  store i64 %25, i64* %26, align 8
  ret void

ok:                                               ; preds = %write.slow
  %27 = icmp ult i64 4095, %scratch_start
  %28 = load i64, i64* %lowStart, align 8
  %29 = call i64 @llvm.umin.i64(i64 %28, i64 4095)
  %30 = load i64, i64* %lowEnd, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = sub i64 4097, %29
  %33 = lshr i64 %32, 4
  %34 = add i64 4161, %33
  %35 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %34)
  %36 = call i64 @llvm.umax.i64(i64 %30, i64 %35)
  %37 = select i1 %27, i64 %36, i64 %30
  store i64 %37, i64* %lowEnd, align 8
  %38 = sub i64 4097, %scratch_start
  %39 = lshr i64 %38, 4
  %40 = add i64 4161, %39
  %41 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %40)
  %42 = call i64 @llvm.umax.i64(i64 %31, i64 %41)
  %43 = select i1 %27, i64 %31, i64 %42
  store i64 %43, i64* %highEnd, align 8
  store i64 %29, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %44 = load i64, i64* %lowStart, align 8
  %45 = getelementptr i64, i64* %regs, i64 6
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %lowEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 7
  store i64 %46, i64* %47, align 8
  %48 = load i64, i64* %highEnd, align 8
  %49 = getelementptr i64, i64* %regs, i64 8
  store i64 %48, i64* %49, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal void @m0.fill_huge(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
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
  %8 = icmp uge i64 16, %scratch_start
  %9 = load i64, i64* %highEnd, align 8
  %10 = icmp ule i64 4294967311, %9
  %11 = and i1 %8, %10
  %12 = call i1 @llvm.expect.i1(i1 %11, i1 true)
  br i1 %12, label %write.ok, label %write.low

write.low:                                        ; preds = %body
  %13 = load i64, i64* %lowStart, align 8
  %14 = icmp uge i64 16, %13
  %15 = load i64, i64* %lowEnd, align 8
  %16 = icmp ule i64 4294967311, %15
  %17 = and i1 %14, %16
  %18 = call i1 @llvm.expect.i1(i1 %17, i1 true)
  br i1 %18, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %19 = icmp ugt i64 4294967311, %arena_size
  br i1 %19, label %trap17.site1, label %ok

write.ok:                                         ; preds = %ok, %write.low, %body
  %20 = getelementptr i8, i8* %mem, i64 16
  call void @llvm.memset.p0i8.i64(i8* %20, i8 1, i64 4294967295, i1 false)
  %21 = load i64, i64* %lowStart, align 8
  %22 = getelementptr i64, i64* %regs, i64 6
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %lowEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 7
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %highEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 8
  store i64 %25, i64* %26, align 8
  ret void

ok:                                               ; preds = %write.slow
  %27 = icmp ult i64 16, %scratch_start
  %28 = load i64, i64* %lowStart, align 8
  %29 = call i64 @llvm.umin.i64(i64 %28, i64 16)
  %30 = load i64, i64* %lowEnd, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = sub i64 4294967311, %29
  %33 = lshr i64 %32, 4
  %34 = add i64 4294967375, %33
  %35 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %34)
  %36 = call i64 @llvm.umax.i64(i64 %30, i64 %35)
  %37 = select i1 %27, i64 %36, i64 %30
  store i64 %37, i64* %lowEnd, align 8
  %38 = sub i64 4294967311, %scratch_start
  %39 = lshr i64 %38, 4
  %40 = add i64 4294967375, %39
  %41 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %40)
  %42 = call i64 @llvm.umax.i64(i64 %31, i64 %41)
  %43 = select i1 %27, i64 %31, i64 %42
  store i64 %43, i64* %highEnd, align 8
  store i64 %29, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %44 = load i64, i64* %lowStart, align 8
  %45 = getelementptr i64, i64* %regs, i64 6
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %lowEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 7
  store i64 %46, i64* %47, align 8
  %48 = load i64, i64* %highEnd, align 8
  %49 = getelementptr i64, i64* %regs, i64 8
  store i64 %48, i64* %49, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal i32 @m0.untouched(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
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
  %8 = icmp uge i64 4090, %scratch_start
  %9 = load i64, i64* %highEnd, align 8
  %10 = icmp ule i64 4090, %9
  %11 = and i1 %8, %10
  %12 = call i1 @llvm.expect.i1(i1 %11, i1 true)
  br i1 %12, label %write.ok, label %write.low

b:                                                ; preds = %write.ok
  %13 = sub i64 %arena_size, 1
  %14 = icmp sgt i64 4090, %13
  br i1 %14, label %trap17.site0, label %ok1

write.low:                                        ; preds = %body
  %15 = load i64, i64* %lowStart, align 8
  %16 = icmp uge i64 4090, %15
  %17 = load i64, i64* %lowEnd, align 8
  %18 = icmp ule i64 4090, %17
  %19 = and i1 %16, %18
  %20 = call i1 @llvm.expect.i1(i1 %19, i1 true)
  br i1 %20, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %21 = icmp ugt i64 4090, %arena_size
  br i1 %21, label %trap17.site0, label %ok

write.ok:                                         ; preds = %ok, %write.low, %body
  %22 = getelementptr i8, i8* %mem, i64 4090
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 0, i1 false)
  br label %b

ok:                                               ; preds = %write.slow
  %23 = icmp ult i64 4090, %scratch_start
  %24 = load i64, i64* %lowStart, align 8
  %25 = call i64 @llvm.umin.i64(i64 %24, i64 4090)
  %26 = load i64, i64* %lowEnd, align 8
  %27 = load i64, i64* %highEnd, align 8
  %28 = sub i64 4090, %25
  %29 = lshr i64 %28, 4
  %30 = add i64 4154, %29
  %31 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %30)
  %32 = call i64 @llvm.umax.i64(i64 %26, i64 %31)
  %33 = select i1 %23, i64 %32, i64 %26
  store i64 %33, i64* %lowEnd, align 8
  %34 = sub i64 4090, %scratch_start
  %35 = lshr i64 %34, 4
  %36 = add i64 4154, %35
  %37 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %36)
  %38 = call i64 @llvm.umax.i64(i64 %27, i64 %37)
  %39 = select i1 %23, i64 %27, i64 %38
  store i64 %39, i64* %highEnd, align 8
  store i64 %25, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %b, %write.slow
  %40 = load i64, i64* %lowStart, align 8
  %41 = getelementptr i64, i64* %regs, i64 6
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %lowEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 7
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 8
  store i64 %44, i64* %45, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok1:                                              ; preds = %b
  %46 = getelementptr i8, i8* %mem, i64 4090
  %47 = load i8, i8* %46, align 1
  %48 = zext i8 %47 to i32
  %49 = load i64, i64* %lowStart, align 8
  %50 = getelementptr i64, i64* %regs, i64 6
  store i64 %49, i64* %50, align 8
  %51 = load i64, i64* %lowEnd, align 8
  %52 = getelementptr i64, i64* %regs, i64 7
  store i64 %51, i64* %52, align 8
  %53 = load i64, i64* %highEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 8
  store i64 %53, i64* %54, align 8
  ret i32 %48
}

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memmove.p0i8.p0i8.i64(i8* nocapture writeonly, i8* nocapture readonly, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

define internal void @m0.copy_src_oob.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  call void @m0.copy_src_oob(i64* %regs, i8* %mem, i32 1)
  ret void
}

define internal void @m0.copy_dst_oob.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  call void @m0.copy_dst_oob(i64* %regs, i8* %mem, i32 1)
  ret void
}

define internal void @m0.fill_oob.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  call void @m0.fill_oob(i64* %regs, i8* %mem, i32 1)
  ret void
}

define internal void @m0.fill_huge.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  call void @m0.fill_huge(i64* %regs, i8* %mem, i32 1)
  ret void
}

define internal void @m0.untouched.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i32 @m0.untouched(i64* %regs, i8* %mem, i32 1)
  %1 = sext i32 %0 to i64
  %2 = getelementptr i64, i64* %io, i64 12
  store i64 %1, i64* %2, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
    i32 2, label %thunk2
    i32 3, label %thunk3
    i32 4, label %thunk4
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.copy_src_oob.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.copy_dst_oob.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.fill_oob.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.fill_huge.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk4:                                           ; preds = %entry
  call void @m0.untouched.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone willreturn }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
