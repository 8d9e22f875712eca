; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/block-value.ir (every function exported):
;   (module
;     (constants 8)
;     (export $pick)
;     (export $nested)
;     (func $pick (param $c i32) (result i64)
;       (block $out (result i64)
;         (if
;           (local.get $c)
;           (then
;             (br $out (i64.const 20))))
;         (i64.const 10)))
;     (func $nested (param $c i32) (result i32)
;       (i32.add
;         (i32.const 1)
;         (block $b (result i32)
;           (block $inner
;             (br_if $inner (i32.eqz (local.get $c)))
;             (br $b (i32.const 6)))
;           (i32.const 7)))))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i64 @m0.pick(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %c.arg) {
entry:
  %c = alloca i32, align 4
  store i32 %c.arg, i32* %c, align 4
  %result = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %0 = load i32, i32* %c, align 4
  %1 = icmp ne i32 %0, 0
  br i1 %1, label %then, label %else

out:                                              ; preds = %join, %then
  %2 = load i64, i64* %result, align 8
  ret i64 %2

then:                                             ; preds = %body
  store i64 20, i64* %result, align 8
  br label %out

else:                                             ; preds = %body
  br label %join

join:                                             ; preds = %else, %dead
  store i64 10, i64* %result, align 8
  br label %out

dead:                                             ; No predecessors!
  br label %join
}

define internal i32 @m0.nested(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %c.arg) {
entry:
  %c = alloca i32, align 4
  store i32 %c.arg, i32* %c, align 4
  %result = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %0 = load i32, i32* %c, align 4
  %1 = icmp eq i32 %0, 0
  %2 = zext i1 %1 to i32
  %3 = icmp ne i32 %2, 0
  br i1 %3, label %inner, label %cont

b:                                                ; preds = %inner, %cont
  %4 = load i32, i32* %result, align 4
  %5 = add i32 1, %4
  ret i32 %5

inner:                                            ; preds = %dead, %body
  store i32 7, i32* %result, align 4
  br label %b

cont:                                             ; preds = %body
  store i32 6, i32* %result, align 4
  br label %b

dead:                                             ; No predecessors!
  br label %inner
}

define internal void @m0.pick.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i64 @m0.pick(i64* %regs, i8* %mem, i32 1, i32 %2)
  %4 = getelementptr i64, i64* %io, i64 12
  store i64 %3, i64* %4, align 8
  ret void
}

define internal void @m0.nested.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.nested(i64* %regs, i8* %mem, i32 1, i32 %2)
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
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.pick.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.nested.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
