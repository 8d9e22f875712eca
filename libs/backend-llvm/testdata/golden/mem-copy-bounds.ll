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

declare void @tetra_trap(i64*, i32, i32)

define internal void @m0.copy_src_oob(i64* %regs, i8* %mem, i32 %depth) {
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
  br i1 %12, label %write.ok, label %write.low

trap17.site1:                                     ; preds = %write.slow, %body
  %13 = load i64, i64* %lowStart, align 8
  %14 = getelementptr i64, i64* %regs, i64 6
  store i64 %13, i64* %14, align 8
  %15 = load i64, i64* %lowEnd, align 8
  %16 = getelementptr i64, i64* %regs, i64 7
  store i64 %15, i64* %16, align 8
  %17 = load i64, i64* %highEnd, align 8
  %18 = getelementptr i64, i64* %regs, i64 8
  store i64 %17, i64* %18, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

write.low:                                        ; preds = %ok
  %19 = load i64, i64* %lowStart, align 8
  %20 = icmp uge i64 64, %19
  %21 = load i64, i64* %lowEnd, align 8
  %22 = icmp ule i64 72, %21
  %23 = and i1 %20, %22
  br i1 %23, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %24 = icmp ugt i64 72, %arena_size
  br i1 %24, label %trap17.site1, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %25 = getelementptr i8, i8* %mem, i64 64
  %26 = getelementptr i8, i8* %mem, i64 4090
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %25, i8* %26, i64 8, i1 false)
  %27 = load i64, i64* %lowStart, align 8
  %28 = getelementptr i64, i64* %regs, i64 6
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %lowEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 7
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 8
  store i64 %31, i64* %32, align 8
  ret void

ok1:                                              ; preds = %write.slow
  %33 = icmp ult i64 64, %scratch_start
  %34 = load i64, i64* %lowStart, align 8
  %35 = call i64 @llvm.umin.i64(i64 %34, i64 64)
  %36 = load i64, i64* %lowEnd, align 8
  %37 = load i64, i64* %highEnd, align 8
  %38 = sub i64 72, %35
  %39 = lshr i64 %38, 4
  %40 = add i64 136, %39
  %41 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %40)
  %42 = call i64 @llvm.umax.i64(i64 %36, i64 %41)
  %43 = select i1 %33, i64 %42, i64 %36
  store i64 %43, i64* %lowEnd, align 8
  %44 = sub i64 72, %scratch_start
  %45 = lshr i64 %44, 4
  %46 = add i64 136, %45
  %47 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %46)
  %48 = call i64 @llvm.umax.i64(i64 %37, i64 %47)
  %49 = select i1 %33, i64 %37, i64 %48
  store i64 %49, i64* %highEnd, align 8
  store i64 %35, i64* %lowStart, align 8
  br label %write.ok
}

define internal void @m0.copy_dst_oob(i64* %regs, i8* %mem, i32 %depth) {
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
  br i1 %12, label %write.ok, label %write.low

trap17.site1:                                     ; preds = %write.slow, %body
  %13 = load i64, i64* %lowStart, align 8
  %14 = getelementptr i64, i64* %regs, i64 6
  store i64 %13, i64* %14, align 8
  %15 = load i64, i64* %lowEnd, align 8
  %16 = getelementptr i64, i64* %regs, i64 7
  store i64 %15, i64* %16, align 8
  %17 = load i64, i64* %highEnd, align 8
  %18 = getelementptr i64, i64* %regs, i64 8
  store i64 %17, i64* %18, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

write.low:                                        ; preds = %ok
  %19 = load i64, i64* %lowStart, align 8
  %20 = icmp uge i64 4090, %19
  %21 = load i64, i64* %lowEnd, align 8
  %22 = icmp ule i64 4098, %21
  %23 = and i1 %20, %22
  br i1 %23, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %24 = icmp ugt i64 4098, %arena_size
  br i1 %24, label %trap17.site1, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %25 = getelementptr i8, i8* %mem, i64 4090
  %26 = getelementptr i8, i8* %mem, i64 64
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %25, i8* %26, i64 8, i1 false)
  %27 = load i64, i64* %lowStart, align 8
  %28 = getelementptr i64, i64* %regs, i64 6
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %lowEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 7
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 8
  store i64 %31, i64* %32, align 8
  ret void

ok1:                                              ; preds = %write.slow
  %33 = icmp ult i64 4090, %scratch_start
  %34 = load i64, i64* %lowStart, align 8
  %35 = call i64 @llvm.umin.i64(i64 %34, i64 4090)
  %36 = load i64, i64* %lowEnd, align 8
  %37 = load i64, i64* %highEnd, align 8
  %38 = sub i64 4098, %35
  %39 = lshr i64 %38, 4
  %40 = add i64 4162, %39
  %41 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %40)
  %42 = call i64 @llvm.umax.i64(i64 %36, i64 %41)
  %43 = select i1 %33, i64 %42, i64 %36
  store i64 %43, i64* %lowEnd, align 8
  %44 = sub i64 4098, %scratch_start
  %45 = lshr i64 %44, 4
  %46 = add i64 4162, %45
  %47 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %46)
  %48 = call i64 @llvm.umax.i64(i64 %37, i64 %47)
  %49 = select i1 %33, i64 %37, i64 %48
  store i64 %49, i64* %highEnd, align 8
  store i64 %35, i64* %lowStart, align 8
  br label %write.ok
}

define internal void @m0.fill_oob(i64* %regs, i8* %mem, i32 %depth) {
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
  br i1 %11, label %write.ok, label %write.low

write.low:                                        ; preds = %body
  %12 = load i64, i64* %lowStart, align 8
  %13 = icmp uge i64 4095, %12
  %14 = load i64, i64* %lowEnd, align 8
  %15 = icmp ule i64 4097, %14
  %16 = and i1 %13, %15
  br i1 %16, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %17 = icmp ugt i64 4097, %arena_size
  br i1 %17, label %trap17.site1, label %ok

write.ok:                                         ; preds = %ok, %write.low, %body
  %18 = getelementptr i8, i8* %mem, i64 4095
  call void @llvm.memset.p0i8.i64(i8* %18, i8 1, i64 2, i1 false)
  %19 = load i64, i64* %lowStart, align 8
  %20 = getelementptr i64, i64* %regs, i64 6
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %lowEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 7
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %highEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 8
  store i64 %23, i64* %24, align 8
  ret void

ok:                                               ; preds = %write.slow
  %25 = icmp ult i64 4095, %scratch_start
  %26 = load i64, i64* %lowStart, align 8
  %27 = call i64 @llvm.umin.i64(i64 %26, i64 4095)
  %28 = load i64, i64* %lowEnd, align 8
  %29 = load i64, i64* %highEnd, align 8
  %30 = sub i64 4097, %27
  %31 = lshr i64 %30, 4
  %32 = add i64 4161, %31
  %33 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %32)
  %34 = call i64 @llvm.umax.i64(i64 %28, i64 %33)
  %35 = select i1 %25, i64 %34, i64 %28
  store i64 %35, i64* %lowEnd, align 8
  %36 = sub i64 4097, %scratch_start
  %37 = lshr i64 %36, 4
  %38 = add i64 4161, %37
  %39 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %38)
  %40 = call i64 @llvm.umax.i64(i64 %29, i64 %39)
  %41 = select i1 %25, i64 %29, i64 %40
  store i64 %41, i64* %highEnd, align 8
  store i64 %27, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %42 = load i64, i64* %lowStart, align 8
  %43 = getelementptr i64, i64* %regs, i64 6
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %lowEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 7
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %highEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 8
  store i64 %46, i64* %47, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal void @m0.fill_huge(i64* %regs, i8* %mem, i32 %depth) {
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
  br i1 %11, label %write.ok, label %write.low

write.low:                                        ; preds = %body
  %12 = load i64, i64* %lowStart, align 8
  %13 = icmp uge i64 16, %12
  %14 = load i64, i64* %lowEnd, align 8
  %15 = icmp ule i64 4294967311, %14
  %16 = and i1 %13, %15
  br i1 %16, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %17 = icmp ugt i64 4294967311, %arena_size
  br i1 %17, label %trap17.site1, label %ok

write.ok:                                         ; preds = %ok, %write.low, %body
  %18 = getelementptr i8, i8* %mem, i64 16
  call void @llvm.memset.p0i8.i64(i8* %18, i8 1, i64 4294967295, i1 false)
  %19 = load i64, i64* %lowStart, align 8
  %20 = getelementptr i64, i64* %regs, i64 6
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %lowEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 7
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %highEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 8
  store i64 %23, i64* %24, align 8
  ret void

ok:                                               ; preds = %write.slow
  %25 = icmp ult i64 16, %scratch_start
  %26 = load i64, i64* %lowStart, align 8
  %27 = call i64 @llvm.umin.i64(i64 %26, i64 16)
  %28 = load i64, i64* %lowEnd, align 8
  %29 = load i64, i64* %highEnd, align 8
  %30 = sub i64 4294967311, %27
  %31 = lshr i64 %30, 4
  %32 = add i64 4294967375, %31
  %33 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %32)
  %34 = call i64 @llvm.umax.i64(i64 %28, i64 %33)
  %35 = select i1 %25, i64 %34, i64 %28
  store i64 %35, i64* %lowEnd, align 8
  %36 = sub i64 4294967311, %scratch_start
  %37 = lshr i64 %36, 4
  %38 = add i64 4294967375, %37
  %39 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %38)
  %40 = call i64 @llvm.umax.i64(i64 %29, i64 %39)
  %41 = select i1 %25, i64 %29, i64 %40
  store i64 %41, i64* %highEnd, align 8
  store i64 %27, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %42 = load i64, i64* %lowStart, align 8
  %43 = getelementptr i64, i64* %regs, i64 6
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %lowEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 7
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %highEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 8
  store i64 %46, i64* %47, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal i32 @m0.untouched(i64* %regs, i8* %mem, i32 %depth) {
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
  br i1 %11, label %write.ok, label %write.low

b:                                                ; preds = %write.ok
  %12 = icmp ugt i64 4091, %arena_size
  br i1 %12, label %trap17.site0, label %ok1

write.low:                                        ; preds = %body
  %13 = load i64, i64* %lowStart, align 8
  %14 = icmp uge i64 4090, %13
  %15 = load i64, i64* %lowEnd, align 8
  %16 = icmp ule i64 4090, %15
  %17 = and i1 %14, %16
  br i1 %17, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %18 = icmp ugt i64 4090, %arena_size
  br i1 %18, label %trap17.site0, label %ok

write.ok:                                         ; preds = %ok, %write.low, %body
  %19 = getelementptr i8, i8* %mem, i64 4090
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 0, i1 false)
  br label %b

ok:                                               ; preds = %write.slow
  %20 = icmp ult i64 4090, %scratch_start
  %21 = load i64, i64* %lowStart, align 8
  %22 = call i64 @llvm.umin.i64(i64 %21, i64 4090)
  %23 = load i64, i64* %lowEnd, align 8
  %24 = load i64, i64* %highEnd, align 8
  %25 = sub i64 4090, %22
  %26 = lshr i64 %25, 4
  %27 = add i64 4154, %26
  %28 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %27)
  %29 = call i64 @llvm.umax.i64(i64 %23, i64 %28)
  %30 = select i1 %20, i64 %29, i64 %23
  store i64 %30, i64* %lowEnd, align 8
  %31 = sub i64 4090, %scratch_start
  %32 = lshr i64 %31, 4
  %33 = add i64 4154, %32
  %34 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %33)
  %35 = call i64 @llvm.umax.i64(i64 %24, i64 %34)
  %36 = select i1 %20, i64 %24, i64 %35
  store i64 %36, i64* %highEnd, align 8
  store i64 %22, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %b, %write.slow
  %37 = load i64, i64* %lowStart, align 8
  %38 = getelementptr i64, i64* %regs, i64 6
  store i64 %37, i64* %38, align 8
  %39 = load i64, i64* %lowEnd, align 8
  %40 = getelementptr i64, i64* %regs, i64 7
  store i64 %39, i64* %40, align 8
  %41 = load i64, i64* %highEnd, align 8
  %42 = getelementptr i64, i64* %regs, i64 8
  store i64 %41, i64* %42, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok1:                                              ; preds = %b
  %43 = getelementptr i8, i8* %mem, i64 4090
  %44 = load i8, i8* %43, align 1
  %45 = zext i8 %44 to i32
  %46 = load i64, i64* %lowStart, align 8
  %47 = getelementptr i64, i64* %regs, i64 6
  store i64 %46, i64* %47, align 8
  %48 = load i64, i64* %lowEnd, align 8
  %49 = getelementptr i64, i64* %regs, i64 7
  store i64 %48, i64* %49, align 8
  %50 = load i64, i64* %highEnd, align 8
  %51 = getelementptr i64, i64* %regs, i64 8
  store i64 %50, i64* %51, align 8
  ret i32 %45
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #0

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memmove.p0i8.p0i8.i64(i8* nocapture writeonly, i8* nocapture readonly, i64, i1 immarg) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

define internal void @m0.copy_src_oob.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  call void @m0.copy_src_oob(i64* %0, i8* %1, i32 1)
  ret void
}

define internal void @m0.copy_dst_oob.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  call void @m0.copy_dst_oob(i64* %0, i8* %1, i32 1)
  ret void
}

define internal void @m0.fill_oob.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  call void @m0.fill_oob(i64* %0, i8* %1, i32 1)
  ret void
}

define internal void @m0.fill_huge.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  call void @m0.fill_huge(i64* %0, i8* %1, i32 1)
  ret void
}

define internal void @m0.untouched.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i32 @m0.untouched(i64* %0, i8* %1, i32 1)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %2, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %0, i64* %1, i8* %2, i64* %3) {
entry:
  switch i32 %0, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
    i32 2, label %thunk2
    i32 3, label %thunk3
    i32 4, label %thunk4
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.copy_src_oob.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.copy_dst_oob.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.fill_oob.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.fill_huge.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk4:                                           ; preds = %entry
  call void @m0.untouched.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
