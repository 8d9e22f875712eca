; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/state-regs.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 1)
;     (export $release)
;     (export $scratch_end)
;     (func $release (result i32)
;       (local $mark i32)
;       (local $a i32)
;       (local.set $mark (state.get scratch_ptr))
;       (local.set $a (alloc.scratch align=8 site=0 (i32.const 64)))
;       (state.set scratch_ptr (local.get $mark))
;       (i32.eq (alloc.scratch align=8 site=0 (i32.const 64)) (local.get $a)))
;     (func $scratch_end (result i32)
;       (state.get scratch_end)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32)

define internal i32 @m0.release(i64* %regs, i8* %mem, i32 %depth) {
entry:
  %mark = alloca i32, align 4
  store i32 0, i32* %mark, align 4
  %a = alloca i32, align 4
  store i32 0, i32* %a, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = getelementptr i64, i64* %regs, i64 1
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  store i32 %2, i32* %mark, align 4
  %3 = getelementptr i64, i64* %regs, i64 1
  %4 = getelementptr i64, i64* %regs, i64 2
  %5 = load i64, i64* %3, align 8
  %6 = add i64 %5, 7
  %7 = and i64 %6, -8
  %8 = add i64 %7, 64
  %9 = load i64, i64* %4, align 8
  %10 = icmp ugt i64 %8, %9
  br i1 %10, label %trap15.site0, label %ok

ok:                                               ; preds = %body
  store i64 %8, i64* %3, align 8
  %11 = trunc i64 %7 to i32
  store i32 %11, i32* %a, align 4
  %12 = load i32, i32* %mark, align 4
  %13 = zext i32 %12 to i64
  %14 = getelementptr i64, i64* %regs, i64 1
  store i64 %13, i64* %14, align 8
  %15 = getelementptr i64, i64* %regs, i64 1
  %16 = getelementptr i64, i64* %regs, i64 2
  %17 = load i64, i64* %15, align 8
  %18 = add i64 %17, 7
  %19 = and i64 %18, -8
  %20 = add i64 %19, 64
  %21 = load i64, i64* %16, align 8
  %22 = icmp ugt i64 %20, %21
  br i1 %22, label %trap15.site0, label %ok1

trap15.site0:                                     ; preds = %ok, %body
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  store i64 %20, i64* %15, align 8
  %23 = trunc i64 %19 to i32
  %24 = load i32, i32* %a, align 4
  %25 = icmp eq i32 %23, %24
  %26 = zext i1 %25 to i32
  ret i32 %26
}

define internal i32 @m0.scratch_end(i64* %regs, i8* %mem, i32 %depth) {
entry:
  br label %body

body:                                             ; preds = %entry
  %0 = getelementptr i64, i64* %regs, i64 2
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  ret i32 %2
}

define internal void @m0.release.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i32 @m0.release(i64* %0, i8* %1, i32 1)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %2, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.scratch_end.thunk(i64* %0, i8* %1, i64* %2) {
entry:
  %3 = call i32 @m0.scratch_end(i64* %0, i8* %1, i32 1)
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
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.release.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.scratch_end.thunk(i64* %1, i8* %2, i64* %3)
  ret i32 0
}
