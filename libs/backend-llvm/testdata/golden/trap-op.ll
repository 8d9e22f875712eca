; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/trap-op.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 3)
;     (export $check)
;     (export $mismatch)
;     (func $check (param $ok i32) (result i32)
;       (if
;         (i32.eqz (local.get $ok))
;         (then
;           (trap IndexOutOfBounds site=1)))
;       (local.get $ok))
;     (func $mismatch (result i64)
;       (trap TypeMismatch site=2)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.check(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %ok.arg) {
entry:
  %ok = alloca i32, align 4
  store i32 %ok.arg, i32* %ok, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = load i32, i32* %ok, align 4
  %1 = icmp eq i32 %0, 0
  %2 = zext i1 %1 to i32
  %3 = icmp ne i32 %2, 0
  br i1 %3, label %then, label %else

then:                                             ; preds = %body
  br label %trap3.site1

else:                                             ; preds = %body
  br label %join

join:                                             ; preds = %else, %dead
  %4 = load i32, i32* %ok, align 4
  ret i32 %4

trap3.site1:                                      ; preds = %then
  call void @tetra_trap(i64* %regs, i32 3, i32 1)
  unreachable

dead:                                             ; No predecessors!
  br label %join
}

define internal i64 @m0.mismatch(i64* noalias %regs, i8* noalias %mem, i32 %depth) {
entry:
  br label %body

body:                                             ; preds = %entry
  br label %trap5.site2

trap5.site2:                                      ; preds = %body
  call void @tetra_trap(i64* %regs, i32 5, i32 2)
  unreachable

dead:                                             ; No predecessors!
  unreachable
}

define internal void @m0.check.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.check(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = sext i32 %3 to i64
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.mismatch.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = call i64 @m0.mismatch(i64* %regs, i8* %mem, i32 1)
  %1 = getelementptr i64, i64* %io, i64 12
  store i64 %0, i64* %1, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.check.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.mismatch.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
