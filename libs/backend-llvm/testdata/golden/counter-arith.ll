; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/counter-arith.ir (every function exported):
;   (module
;     (constants 8)
;     (sites 4)
;     (export $mul3)
;     (export $offs)
;     (func $mul3 (param $lo i64) (param $hi i64) (result i64)
;       (local $i i64)
;       (local $i.1 i64)
;       (local $acc i64)
;       (fuel 1 site=0)
;       (local.set $i (local.get $lo))
;       (block $exit
;         (loop $next
;           (fuel 1 site=0)
;           (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))
;           (local.set $i.1 (local.get $i))
;           (local.set $acc
;             (i64.add (local.get $acc) (i64.mul_checked site=1 (local.get $i.1) (i64.const 3))))
;           (local.set $i (i64.add (local.get $i) (i64.const 1)))
;           (br $next)))
;       (local.get $acc))
;     (func $offs (param $lo i64) (param $hi i64) (result i64)
;       (local $i i64)
;       (local $acc i64)
;       (fuel 1 site=0)
;       (local.set $i (local.get $lo))
;       (block $exit
;         (loop $next
;           (fuel 1 site=0)
;           (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))
;           (local.set $acc
;             (i64.add (local.get $acc) (i64.sub_checked site=2 (local.get $i) (i64.const 5))))
;           (local.set $acc
;             (i64.add (local.get $acc) (i64.add_checked site=3 (local.get $i) (i64.const 100))))
;           (local.set $i (i64.add (local.get $i) (i64.const 1)))
;           (br $next)))
;       (local.get $acc)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i64 @m0.mul3(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %lo.arg, i64 %hi.arg) {
entry:
  %lo = alloca i64, align 8
  store i64 %lo.arg, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 %hi.arg, i64* %hi, align 8
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %i.1 = alloca i64, align 8
  store i64 0, i64* %i.1, align 8
  %acc = alloca i64, align 8
  store i64 0, i64* %acc, align 8
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
  %5 = load i64, i64* %lo, align 8
  store i64 %5, i64* %i, align 8
  %6 = load i64, i64* %i, align 8
  %7 = load i64, i64* %hi, align 8
  %8 = icmp sgt i64 %7, %6
  %9 = sub i64 %7, %6
  %10 = select i1 %8, i64 %9, i64 0
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %10, %11
  %13 = icmp sge i64 %6, -3074457345618258602
  %14 = and i1 true, %13
  %15 = icmp sle i64 %7, 3074457345618258603
  %16 = and i1 %14, %15
  %17 = icmp eq i64 %10, 0
  %18 = or i1 %17, %16
  %19 = and i1 %12, %18
  %20 = call i1 @llvm.expect.i1(i1 %19, i1 true)
  br i1 %20, label %versioned.fast, label %versioned.slow

trap14.site0:                                     ; preds = %next2, %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

versioned.fast:                                   ; preds = %ok
  %21 = add i64 %10, 1
  %22 = mul i64 %21, 1
  %23 = sub i64 %11, %22
  store i64 %23, i64* %fuel, align 8
  br label %next

versioned.slow:                                   ; preds = %ok
  br label %next2

versioned.join:                                   ; preds = %exit1, %exit
  %24 = load i64, i64* %acc, align 8
  %25 = load i64, i64* %fuel, align 8
  %26 = getelementptr i64, i64* %regs, i64 0
  store i64 %25, i64* %26, align 8
  ret i64 %24

exit:                                             ; preds = %dead, %next
  br label %versioned.join

next:                                             ; preds = %cont, %versioned.fast
  %27 = load i64, i64* %i, align 8
  %28 = load i64, i64* %hi, align 8
  %29 = icmp sge i64 %27, %28
  %30 = zext i1 %29 to i32
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %exit, label %cont

cont:                                             ; preds = %next
  %32 = load i64, i64* %i, align 8
  store i64 %32, i64* %i.1, align 8
  %33 = load i64, i64* %acc, align 8
  %34 = load i64, i64* %i.1, align 8
  %35 = mul i64 %34, 3
  %36 = add i64 %33, %35
  store i64 %36, i64* %acc, align 8
  %37 = load i64, i64* %i, align 8
  %38 = add i64 %37, 1
  store i64 %38, i64* %i, align 8
  br label %next

dead:                                             ; No predecessors!
  br label %exit

exit1:                                            ; preds = %dead6, %ok3
  br label %versioned.join

next2:                                            ; preds = %ok5, %versioned.slow
  %39 = load i64, i64* %fuel, align 8
  %40 = icmp ult i64 %39, 1
  br i1 %40, label %trap14.site0, label %ok3

ok3:                                              ; preds = %next2
  %41 = sub i64 %39, 1
  store i64 %41, i64* %fuel, align 8
  %42 = load i64, i64* %i, align 8
  %43 = load i64, i64* %hi, align 8
  %44 = icmp sge i64 %42, %43
  %45 = zext i1 %44 to i32
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %exit1, label %cont4

cont4:                                            ; preds = %ok3
  %47 = load i64, i64* %i, align 8
  store i64 %47, i64* %i.1, align 8
  %48 = load i64, i64* %acc, align 8
  %49 = load i64, i64* %i.1, align 8
  %50 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %49, i64 3)
  %51 = extractvalue { i64, i1 } %50, 1
  br i1 %51, label %trap2.site1, label %ok5

ok5:                                              ; preds = %cont4
  %52 = extractvalue { i64, i1 } %50, 0
  %53 = add i64 %48, %52
  store i64 %53, i64* %acc, align 8
  %54 = load i64, i64* %i, align 8
  %55 = add i64 %54, 1
  store i64 %55, i64* %i, align 8
  br label %next2

trap2.site1:                                      ; preds = %cont4
  call void @tetra_trap(i64* %regs, i32 2, i32 1)
  unreachable

dead6:                                            ; No predecessors!
  br label %exit1
}

define internal i64 @m0.offs(i64* noalias %regs, i8* noalias %mem, i32 %depth, i64 %lo.arg, i64 %hi.arg) {
entry:
  %lo = alloca i64, align 8
  store i64 %lo.arg, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 %hi.arg, i64* %hi, align 8
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %acc = alloca i64, align 8
  store i64 0, i64* %acc, align 8
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
  %5 = load i64, i64* %lo, align 8
  store i64 %5, i64* %i, align 8
  %6 = load i64, i64* %i, align 8
  %7 = load i64, i64* %hi, align 8
  %8 = icmp sgt i64 %7, %6
  %9 = sub i64 %7, %6
  %10 = select i1 %8, i64 %9, i64 0
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %10, %11
  %13 = icmp sge i64 %6, -9223372036854775803
  %14 = and i1 true, %13
  %15 = icmp sle i64 %7, 9223372036854775708
  %16 = and i1 %14, %15
  %17 = icmp eq i64 %10, 0
  %18 = or i1 %17, %16
  %19 = and i1 %12, %18
  %20 = call i1 @llvm.expect.i1(i1 %19, i1 true)
  br i1 %20, label %versioned.fast, label %versioned.slow

trap14.site0:                                     ; preds = %next2, %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

versioned.fast:                                   ; preds = %ok
  %21 = add i64 %10, 1
  %22 = mul i64 %21, 1
  %23 = sub i64 %11, %22
  store i64 %23, i64* %fuel, align 8
  br label %next

versioned.slow:                                   ; preds = %ok
  br label %next2

versioned.join:                                   ; preds = %exit1, %exit
  %24 = load i64, i64* %acc, align 8
  %25 = load i64, i64* %fuel, align 8
  %26 = getelementptr i64, i64* %regs, i64 0
  store i64 %25, i64* %26, align 8
  ret i64 %24

exit:                                             ; preds = %dead, %next
  br label %versioned.join

next:                                             ; preds = %cont, %versioned.fast
  %27 = load i64, i64* %i, align 8
  %28 = load i64, i64* %hi, align 8
  %29 = icmp sge i64 %27, %28
  %30 = zext i1 %29 to i32
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %exit, label %cont

cont:                                             ; preds = %next
  %32 = load i64, i64* %acc, align 8
  %33 = load i64, i64* %i, align 8
  %34 = sub i64 %33, 5
  %35 = add i64 %32, %34
  store i64 %35, i64* %acc, align 8
  %36 = load i64, i64* %acc, align 8
  %37 = load i64, i64* %i, align 8
  %38 = add i64 %37, 100
  %39 = add i64 %36, %38
  store i64 %39, i64* %acc, align 8
  %40 = load i64, i64* %i, align 8
  %41 = add i64 %40, 1
  store i64 %41, i64* %i, align 8
  br label %next

dead:                                             ; No predecessors!
  br label %exit

exit1:                                            ; preds = %dead7, %ok3
  br label %versioned.join

next2:                                            ; preds = %ok6, %versioned.slow
  %42 = load i64, i64* %fuel, align 8
  %43 = icmp ult i64 %42, 1
  br i1 %43, label %trap14.site0, label %ok3

ok3:                                              ; preds = %next2
  %44 = sub i64 %42, 1
  store i64 %44, i64* %fuel, align 8
  %45 = load i64, i64* %i, align 8
  %46 = load i64, i64* %hi, align 8
  %47 = icmp sge i64 %45, %46
  %48 = zext i1 %47 to i32
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %exit1, label %cont4

cont4:                                            ; preds = %ok3
  %50 = load i64, i64* %acc, align 8
  %51 = load i64, i64* %i, align 8
  %52 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %51, i64 5)
  %53 = extractvalue { i64, i1 } %52, 1
  br i1 %53, label %trap2.site2, label %ok5

ok5:                                              ; preds = %cont4
  %54 = extractvalue { i64, i1 } %52, 0
  %55 = add i64 %50, %54
  store i64 %55, i64* %acc, align 8
  %56 = load i64, i64* %acc, align 8
  %57 = load i64, i64* %i, align 8
  %58 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %57, i64 100)
  %59 = extractvalue { i64, i1 } %58, 1
  br i1 %59, label %trap2.site3, label %ok6

trap2.site2:                                      ; preds = %cont4
  call void @tetra_trap(i64* %regs, i32 2, i32 2)
  unreachable

ok6:                                              ; preds = %ok5
  %60 = extractvalue { i64, i1 } %58, 0
  %61 = add i64 %56, %60
  store i64 %61, i64* %acc, align 8
  %62 = load i64, i64* %i, align 8
  %63 = add i64 %62, 1
  store i64 %63, i64* %i, align 8
  br label %next2

trap2.site3:                                      ; preds = %ok5
  call void @tetra_trap(i64* %regs, i32 2, i32 3)
  unreachable

dead7:                                            ; No predecessors!
  br label %exit1
}

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.ssub.with.overflow.i64(i64, i64) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #1

define internal void @m0.mul3.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = getelementptr i64, i64* %io, i64 21
  %3 = load i64, i64* %2, align 8
  %4 = call i64 @m0.mul3(i64* %regs, i8* %mem, i32 1, i64 %1, i64 %3)
  %5 = getelementptr i64, i64* %io, i64 12
  store i64 %4, i64* %5, align 8
  ret void
}

define internal void @m0.offs.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = getelementptr i64, i64* %io, i64 21
  %3 = load i64, i64* %2, align 8
  %4 = call i64 @m0.offs(i64* %regs, i8* %mem, i32 1, i64 %1, i64 %3)
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
  call void @m0.mul3.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.offs.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone willreturn }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
