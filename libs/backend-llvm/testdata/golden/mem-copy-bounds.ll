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
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = icmp ugt i64 72, %arena_size
  br i1 %3, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %4 = icmp ugt i64 4098, %arena_size
  br i1 %4, label %trap17.site1, label %ok1

trap17.site1:                                     ; preds = %ok, %body
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

ok1:                                              ; preds = %ok
  %5 = load i64, i64* %written, align 8
  %6 = call i64 @llvm.umax.i64(i64 %5, i64 72)
  store i64 %6, i64* %written, align 8
  %7 = getelementptr i8, i8* %mem, i64 64
  %8 = getelementptr i8, i8* %mem, i64 4090
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %7, i8* %8, i64 8, i1 false)
  %9 = load i64, i64* %written, align 8
  %10 = getelementptr i64, i64* %regs, i64 6
  store i64 %9, i64* %10, align 8
  ret void
}

define internal void @m0.copy_dst_oob(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = icmp ugt i64 4098, %arena_size
  br i1 %3, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %4 = icmp ugt i64 72, %arena_size
  br i1 %4, label %trap17.site1, label %ok1

trap17.site1:                                     ; preds = %ok, %body
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

ok1:                                              ; preds = %ok
  %5 = load i64, i64* %written, align 8
  %6 = call i64 @llvm.umax.i64(i64 %5, i64 4098)
  store i64 %6, i64* %written, align 8
  %7 = getelementptr i8, i8* %mem, i64 4090
  %8 = getelementptr i8, i8* %mem, i64 64
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %7, i8* %8, i64 8, i1 false)
  %9 = load i64, i64* %written, align 8
  %10 = getelementptr i64, i64* %regs, i64 6
  store i64 %9, i64* %10, align 8
  ret void
}

define internal void @m0.fill_oob(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = icmp ugt i64 4097, %arena_size
  br i1 %3, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %4 = load i64, i64* %written, align 8
  %5 = call i64 @llvm.umax.i64(i64 %4, i64 4097)
  store i64 %5, i64* %written, align 8
  %6 = getelementptr i8, i8* %mem, i64 4095
  call void @llvm.memset.p0i8.i64(i8* %6, i8 1, i64 2, i1 false)
  %7 = load i64, i64* %written, align 8
  %8 = getelementptr i64, i64* %regs, i64 6
  store i64 %7, i64* %8, align 8
  ret void

trap17.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal void @m0.fill_huge(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = icmp ugt i64 4294967311, %arena_size
  br i1 %3, label %trap17.site1, label %ok

ok:                                               ; preds = %body
  %4 = load i64, i64* %written, align 8
  %5 = call i64 @llvm.umax.i64(i64 %4, i64 4294967311)
  store i64 %5, i64* %written, align 8
  %6 = getelementptr i8, i8* %mem, i64 16
  call void @llvm.memset.p0i8.i64(i8* %6, i8 1, i64 4294967295, i1 false)
  %7 = load i64, i64* %written, align 8
  %8 = getelementptr i64, i64* %regs, i64 6
  store i64 %7, i64* %8, align 8
  ret void

trap17.site1:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable
}

define internal i32 @m0.untouched(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %written = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 6
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %written, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = icmp ugt i64 4090, %arena_size
  br i1 %3, label %trap17.site0, label %ok

b:                                                ; preds = %ok
  %4 = icmp ugt i64 4091, %arena_size
  br i1 %4, label %trap17.site0, label %ok1

ok:                                               ; preds = %body
  %5 = load i64, i64* %written, align 8
  %6 = call i64 @llvm.umax.i64(i64 %5, i64 4090)
  store i64 %6, i64* %written, align 8
  %7 = getelementptr i8, i8* %mem, i64 4090
  call void @llvm.memset.p0i8.i64(i8* %7, i8 0, i64 0, i1 false)
  br label %b

trap17.site0:                                     ; preds = %b, %body
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok1:                                              ; preds = %b
  %8 = getelementptr i8, i8* %mem, i64 4090
  %9 = load i8, i8* %8, align 1
  %10 = zext i8 %9 to i32
  %11 = load i64, i64* %written, align 8
  %12 = getelementptr i64, i64* %regs, i64 6
  store i64 %11, i64* %12, align 8
  ret i32 %10
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #0

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
  %5 = getelementptr i64, i64* %2, i64 9
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
