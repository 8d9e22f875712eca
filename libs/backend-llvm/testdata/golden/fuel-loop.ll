; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/fuel-loop.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 1)
;     (export $spin)
;     (func $spin (param $n i32) (result i32)
;       (local $i i32)
;       (fuel 1 site=0)
;       (block $done
;         (loop $l
;           (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
;           (fuel 1 site=0)
;           (local.set $i (i32.add (local.get $i) (i32.const 1)))
;           (br $l)))
;       (local.get $i)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.spin(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %n.arg) {
entry:
  %n = alloca i32, align 4
  store i32 %n.arg, i32* %n, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  br label %body

body:                                             ; preds = %entry
  %2 = load i64, i64* %fuel, align 8
  %3 = icmp ult i64 %2, 1
  br i1 %3, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %4 = sub i64 %2, 1
  store i64 %4, i64* %fuel, align 8
  br label %l

trap14.site0:                                     ; preds = %cont, %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

done:                                             ; preds = %dead, %l
  %5 = load i32, i32* %i, align 4
  %6 = load i64, i64* %fuel, align 8
  %7 = getelementptr i64, i64* %regs, i64 0
  store i64 %6, i64* %7, align 8
  ret i32 %5

l:                                                ; preds = %ok1, %ok
  %8 = load i32, i32* %i, align 4
  %9 = load i32, i32* %n, align 4
  %10 = icmp sge i32 %8, %9
  %11 = zext i1 %10 to i32
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %done, label %cont

cont:                                             ; preds = %l
  %13 = load i64, i64* %fuel, align 8
  %14 = icmp ult i64 %13, 1
  br i1 %14, label %trap14.site0, label %ok1

ok1:                                              ; preds = %cont
  %15 = sub i64 %13, 1
  store i64 %15, i64* %fuel, align 8
  %16 = load i32, i32* %i, align 4
  %17 = add i32 %16, 1
  store i32 %17, i32* %i, align 4
  br label %l

dead:                                             ; No predecessors!
  br label %done
}

define internal void @m0.spin.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = call i32 @m0.spin(i64* %regs, i8* %mem, i32 1, i32 %2)
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
  call void @m0.spin.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}
