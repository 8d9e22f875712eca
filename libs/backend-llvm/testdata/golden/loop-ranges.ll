; Regenerate: cd libs/backend-llvm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
; From libs/ir/testdata/run/loop-ranges.ir (every function exported):
;   (module
;     (constants 16)
;     (data 8 "\ff\ff\ff\ff\ff\ff\ff\ff")
;     (sites 5)
;     (export $fill)
;     (export $walk)
;     (export $fill_walk)
;     (export $count)
;     (func $fill (param $p i32) (param $lo i64) (param $hi i64) (param $bias i64) (result i32)
;       (local $len i32)
;       (local $i i64)
;       (fuel 1 site=0)
;       (local.set $i (local.get $lo))
;       (block $exit
;         (loop $next
;           (fuel 1 site=0)
;           (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))
;           (i64.store offset=8 site=1
;             (i32.add (local.get $p) (i32.mul (local.get $len) (i32.const 8)))
;             (i64.add_checked site=2 (local.get $i) (local.get $bias)))
;           (local.set $len (i32.add (local.get $len) (i32.const 1)))
;           (local.set $i (i64.add (local.get $i) (i64.const 1)))
;           (br $next)))
;       (local.get $len))
;     (func $walk (param $p i32) (param $k i32) (param $n i32) (result i64)
;       (local $acc i64)
;       (fuel 1 site=0)
;       (block $exit
;         (loop $next
;           (fuel 1 site=0)
;           (br_if $exit (i32.ge_u (local.get $k) (local.get $n)))
;           (local.set $acc
;             (i64.add_checked site=4
;               (local.get $acc)
;               (i64.load offset=8 site=3
;                 (i32.add (local.get $p) (i32.mul (local.get $k) (i32.const 8))))))
;           (local.set $k (i32.add (local.get $k) (i32.const 1)))
;           (br $next)))
;       (local.get $acc))
;     (func $fill_walk (param $p i32) (param $lo i64) (param $hi i64) (param $bias i64) (result i64)
;       (fuel 1 site=0)
;       (call $walk site=0
;         (local.get $p)
;         (i32.const 0)
;         (call $fill site=0 (local.get $p) (local.get $lo) (local.get $hi) (local.get $bias))))
;     (func $count (param $from i32) (param $to i32) (result i32)
;       (local $n i32)
;       (block $done
;         (loop $next
;           (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
;           (if
;             (i32.load8_u site=0 (local.get $from))
;             (then
;               (local.set $n (i32.add (local.get $n) (i32.const 1)))))
;           (local.set $from (i32.add (local.get $from) (i32.const 1)))
;           (br $next)))
;       (local.get $n)))
;

; ModuleID = 'tetra'
source_filename = "tetra"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @tetra_trap(i64*, i32, i32) cold noreturn nounwind

define internal i32 @m0.fill(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %p.arg, i64 %lo.arg, i64 %hi.arg, i64 %bias.arg) {
entry:
  %p = alloca i32, align 4
  store i32 %p.arg, i32* %p, align 4
  %lo = alloca i64, align 8
  store i64 %lo.arg, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 %hi.arg, i64* %hi, align 8
  %bias = alloca i64, align 8
  store i64 %bias.arg, i64* %bias, align 8
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %3 = getelementptr i64, i64* %regs, i64 9
  %scratch_start = load i64, i64* %3, align 8
  %lowStart = alloca i64, align 8
  %4 = getelementptr i64, i64* %regs, i64 6
  %5 = load i64, i64* %4, align 8
  store i64 %5, i64* %lowStart, align 8
  %lowEnd = alloca i64, align 8
  %6 = getelementptr i64, i64* %regs, i64 7
  %7 = load i64, i64* %6, align 8
  store i64 %7, i64* %lowEnd, align 8
  %highEnd = alloca i64, align 8
  %8 = getelementptr i64, i64* %regs, i64 8
  %9 = load i64, i64* %8, align 8
  store i64 %9, i64* %highEnd, align 8
  %unaligned = alloca i64, align 8
  %unaligned8 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %10 = load i64, i64* %fuel, align 8
  %11 = icmp ult i64 %10, 1
  br i1 %11, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %12 = sub i64 %10, 1
  store i64 %12, i64* %fuel, align 8
  %13 = load i64, i64* %lo, align 8
  store i64 %13, i64* %i, align 8
  %14 = load i64, i64* %i, align 8
  %15 = load i64, i64* %hi, align 8
  %16 = icmp sgt i64 %15, %14
  %17 = sub i64 %15, %14
  %18 = select i1 %16, i64 %17, i64 0
  %19 = load i64, i64* %fuel, align 8
  %20 = icmp ult i64 %18, %19
  %21 = icmp ne i64 %18, 0
  %22 = icmp ult i64 %18, 4294967296
  %23 = and i1 %21, %22
  %24 = and i1 %20, %23
  %25 = load i32, i32* %p, align 4
  %26 = zext i32 %25 to i64
  %27 = load i32, i32* %len, align 4
  %28 = zext i32 %27 to i64
  %29 = add i64 %28, %18
  %30 = sub i64 %29, 1
  %31 = mul i64 %30, 8
  %32 = add i64 %26, %31
  %33 = add i64 %32, 16
  %34 = icmp ult i64 %30, 4294967296
  %35 = icmp ule i64 %33, %arena_size
  %36 = and i1 %34, %35
  %37 = and i1 %24, %36
  %38 = mul i64 %28, 8
  %39 = add i64 %26, %38
  %40 = add i64 %39, 8
  %41 = call i1 @llvm.expect.i1(i1 %37, i1 true)
  br i1 %41, label %versioned.fast, label %versioned.slow

trap14.site0:                                     ; preds = %next3, %body
  %42 = load i64, i64* %lowStart, align 8
  %43 = getelementptr i64, i64* %regs, i64 6
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %lowEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 7
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %highEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 8
  store i64 %46, i64* %47, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

versioned.fast:                                   ; preds = %ok
  %48 = icmp ult i64 %40, %scratch_start
  %49 = load i64, i64* %lowStart, align 8
  %50 = call i64 @llvm.umin.i64(i64 %49, i64 %40)
  %51 = load i64, i64* %lowEnd, align 8
  %52 = load i64, i64* %highEnd, align 8
  %53 = call i64 @llvm.umax.i64(i64 %51, i64 %33)
  %54 = select i1 %48, i64 %53, i64 %51
  store i64 %54, i64* %lowEnd, align 8
  %55 = call i64 @llvm.umax.i64(i64 %52, i64 %33)
  %56 = select i1 %48, i64 %52, i64 %55
  store i64 %56, i64* %highEnd, align 8
  store i64 %50, i64* %lowStart, align 8
  %57 = add i64 %18, 1
  %58 = mul i64 %57, 1
  %59 = sub i64 %19, %58
  store i64 %59, i64* %fuel, align 8
  br label %next

versioned.slow:                                   ; preds = %ok
  br label %next3

versioned.join:                                   ; preds = %exit2, %exit
  %60 = load i32, i32* %len, align 4
  %61 = load i64, i64* %fuel, align 8
  %62 = getelementptr i64, i64* %regs, i64 0
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %lowStart, align 8
  %64 = getelementptr i64, i64* %regs, i64 6
  store i64 %63, i64* %64, align 8
  %65 = load i64, i64* %lowEnd, align 8
  %66 = getelementptr i64, i64* %regs, i64 7
  store i64 %65, i64* %66, align 8
  %67 = load i64, i64* %highEnd, align 8
  %68 = getelementptr i64, i64* %regs, i64 8
  store i64 %67, i64* %68, align 8
  ret i32 %60

exit:                                             ; preds = %dead, %next
  br label %versioned.join

next:                                             ; preds = %ok1, %versioned.fast
  %69 = load i64, i64* %i, align 8
  %70 = load i64, i64* %hi, align 8
  %71 = icmp sge i64 %69, %70
  %72 = zext i1 %71 to i32
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %exit, label %cont

cont:                                             ; preds = %next
  %74 = load i32, i32* %len, align 4
  %75 = zext i32 %74 to i64
  %76 = mul i64 %75, 8
  %77 = load i32, i32* %p, align 4
  %78 = zext i32 %77 to i64
  %79 = add i64 %78, %76
  %80 = add i64 %79, 8
  %81 = getelementptr i8, i8* %mem, i64 %80
  %82 = load i64, i64* %i, align 8
  %83 = load i64, i64* %bias, align 8
  %84 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %82, i64 %83)
  %85 = extractvalue { i64, i1 } %84, 1
  br i1 %85, label %trap2.site2, label %ok1

ok1:                                              ; preds = %cont
  %86 = extractvalue { i64, i1 } %84, 0
  store i64 %86, i64* %unaligned, align 8
  %87 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %81, i8* %87, i64 8, i1 false)
  %88 = load i32, i32* %len, align 4
  %89 = add i32 %88, 1
  store i32 %89, i32* %len, align 4
  %90 = load i64, i64* %i, align 8
  %91 = add i64 %90, 1
  store i64 %91, i64* %i, align 8
  br label %next

trap2.site2:                                      ; preds = %cont5, %cont
  %92 = load i64, i64* %lowStart, align 8
  %93 = getelementptr i64, i64* %regs, i64 6
  store i64 %92, i64* %93, align 8
  %94 = load i64, i64* %lowEnd, align 8
  %95 = getelementptr i64, i64* %regs, i64 7
  store i64 %94, i64* %95, align 8
  %96 = load i64, i64* %highEnd, align 8
  %97 = getelementptr i64, i64* %regs, i64 8
  store i64 %96, i64* %97, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 2)
  unreachable

dead:                                             ; No predecessors!
  br label %exit

exit2:                                            ; preds = %dead9, %ok4
  br label %versioned.join

next3:                                            ; preds = %write.ok, %versioned.slow
  %98 = load i64, i64* %fuel, align 8
  %99 = icmp ult i64 %98, 1
  br i1 %99, label %trap14.site0, label %ok4

ok4:                                              ; preds = %next3
  %100 = sub i64 %98, 1
  store i64 %100, i64* %fuel, align 8
  %101 = load i64, i64* %i, align 8
  %102 = load i64, i64* %hi, align 8
  %103 = icmp sge i64 %101, %102
  %104 = zext i1 %103 to i32
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %exit2, label %cont5

cont5:                                            ; preds = %ok4
  %106 = load i32, i32* %p, align 4
  %107 = load i32, i32* %len, align 4
  %108 = mul i32 %107, 8
  %109 = add i32 %106, %108
  %110 = load i64, i64* %i, align 8
  %111 = load i64, i64* %bias, align 8
  %112 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %110, i64 %111)
  %113 = extractvalue { i64, i1 } %112, 1
  br i1 %113, label %trap2.site2, label %ok6

ok6:                                              ; preds = %cont5
  %114 = extractvalue { i64, i1 } %112, 0
  %115 = zext i32 %109 to i64
  %116 = add i64 %115, 8
  %117 = add i64 %116, 8
  %118 = icmp uge i64 %116, %scratch_start
  %119 = load i64, i64* %highEnd, align 8
  %120 = icmp ule i64 %117, %119
  %121 = and i1 %118, %120
  %122 = call i1 @llvm.expect.i1(i1 %121, i1 true)
  br i1 %122, label %write.ok, label %write.low

write.low:                                        ; preds = %ok6
  %123 = load i64, i64* %lowStart, align 8
  %124 = icmp uge i64 %116, %123
  %125 = load i64, i64* %lowEnd, align 8
  %126 = icmp ule i64 %117, %125
  %127 = and i1 %124, %126
  %128 = call i1 @llvm.expect.i1(i1 %127, i1 true)
  br i1 %128, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %129 = icmp ugt i64 %117, %arena_size
  br i1 %129, label %trap17.site1, label %ok7

write.ok:                                         ; preds = %ok7, %write.low, %ok6
  %130 = getelementptr i8, i8* %mem, i64 %116
  store i64 %114, i64* %unaligned8, align 8
  %131 = bitcast i64* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %130, i8* %131, i64 8, i1 false)
  %132 = load i32, i32* %len, align 4
  %133 = add i32 %132, 1
  store i32 %133, i32* %len, align 4
  %134 = load i64, i64* %i, align 8
  %135 = add i64 %134, 1
  store i64 %135, i64* %i, align 8
  br label %next3

ok7:                                              ; preds = %write.slow
  %136 = icmp ult i64 %116, %scratch_start
  %137 = load i64, i64* %lowStart, align 8
  %138 = call i64 @llvm.umin.i64(i64 %137, i64 %116)
  %139 = load i64, i64* %lowEnd, align 8
  %140 = load i64, i64* %highEnd, align 8
  %141 = add i64 %117, 64
  %142 = sub i64 %117, %138
  %143 = lshr i64 %142, 4
  %144 = add i64 %141, %143
  %145 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %144)
  %146 = call i64 @llvm.umax.i64(i64 %139, i64 %145)
  %147 = select i1 %136, i64 %146, i64 %139
  store i64 %147, i64* %lowEnd, align 8
  %148 = add i64 %117, 64
  %149 = sub i64 %117, %scratch_start
  %150 = lshr i64 %149, 4
  %151 = add i64 %148, %150
  %152 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %151)
  %153 = call i64 @llvm.umax.i64(i64 %140, i64 %152)
  %154 = select i1 %136, i64 %140, i64 %153
  store i64 %154, i64* %highEnd, align 8
  store i64 %138, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %155 = load i64, i64* %lowStart, align 8
  %156 = getelementptr i64, i64* %regs, i64 6
  store i64 %155, i64* %156, align 8
  %157 = load i64, i64* %lowEnd, align 8
  %158 = getelementptr i64, i64* %regs, i64 7
  store i64 %157, i64* %158, align 8
  %159 = load i64, i64* %highEnd, align 8
  %160 = getelementptr i64, i64* %regs, i64 8
  store i64 %159, i64* %160, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

dead9:                                            ; No predecessors!
  br label %exit2
}

define internal i64 @m0.walk(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %p.arg, i32 %k.arg, i32 %n.arg) {
entry:
  %p = alloca i32, align 4
  store i32 %p.arg, i32* %p, align 4
  %k = alloca i32, align 4
  store i32 %k.arg, i32* %k, align 4
  %n = alloca i32, align 4
  store i32 %n.arg, i32* %n, align 4
  %acc = alloca i64, align 8
  store i64 0, i64* %acc, align 8
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %unaligned = alloca i64, align 8
  %unaligned7 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %k, align 4
  %7 = load i32, i32* %n, align 4
  %8 = icmp ugt i32 %7, %6
  %9 = sub i32 %7, %6
  %10 = select i1 %8, i32 %9, i32 0
  %11 = zext i32 %10 to i64
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %11, %12
  %14 = icmp ne i64 %11, 0
  %15 = icmp ult i64 %11, 4294967296
  %16 = and i1 %14, %15
  %17 = and i1 %13, %16
  %18 = load i32, i32* %p, align 4
  %19 = zext i32 %18 to i64
  %20 = load i32, i32* %k, align 4
  %21 = zext i32 %20 to i64
  %22 = add i64 %21, %11
  %23 = sub i64 %22, 1
  %24 = mul i64 %23, 8
  %25 = add i64 %19, %24
  %26 = add i64 %25, 16
  %27 = icmp ult i64 %23, 4294967296
  %28 = icmp ule i64 %26, %arena_size
  %29 = and i1 %27, %28
  %30 = and i1 %17, %29
  %31 = call i1 @llvm.expect.i1(i1 %30, i1 true)
  br i1 %31, label %versioned.fast, label %versioned.slow

trap14.site0:                                     ; preds = %next3, %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

versioned.fast:                                   ; preds = %ok
  %32 = add i64 %11, 1
  %33 = mul i64 %32, 1
  %34 = sub i64 %12, %33
  store i64 %34, i64* %fuel, align 8
  br label %next

versioned.slow:                                   ; preds = %ok
  br label %next3

versioned.join:                                   ; preds = %exit2, %exit
  %35 = load i64, i64* %acc, align 8
  %36 = load i64, i64* %fuel, align 8
  %37 = getelementptr i64, i64* %regs, i64 0
  store i64 %36, i64* %37, align 8
  ret i64 %35

exit:                                             ; preds = %dead, %next
  br label %versioned.join

next:                                             ; preds = %ok1, %versioned.fast
  %38 = load i32, i32* %k, align 4
  %39 = load i32, i32* %n, align 4
  %40 = icmp uge i32 %38, %39
  %41 = zext i1 %40 to i32
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %exit, label %cont

cont:                                             ; preds = %next
  %43 = load i64, i64* %acc, align 8
  %44 = load i32, i32* %k, align 4
  %45 = zext i32 %44 to i64
  %46 = mul i64 %45, 8
  %47 = load i32, i32* %p, align 4
  %48 = zext i32 %47 to i64
  %49 = add i64 %48, %46
  %50 = add i64 %49, 8
  %51 = getelementptr i8, i8* %mem, i64 %50
  %52 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %52, i8* %51, i64 8, i1 false)
  %53 = load i64, i64* %unaligned, align 8
  %54 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %43, i64 %53)
  %55 = extractvalue { i64, i1 } %54, 1
  br i1 %55, label %trap2.site4, label %ok1

ok1:                                              ; preds = %cont
  %56 = extractvalue { i64, i1 } %54, 0
  store i64 %56, i64* %acc, align 8
  %57 = load i32, i32* %k, align 4
  %58 = add i32 %57, 1
  store i32 %58, i32* %k, align 4
  br label %next

trap2.site4:                                      ; preds = %ok6, %cont
  call void @tetra_trap(i64* %regs, i32 2, i32 4)
  unreachable

dead:                                             ; No predecessors!
  br label %exit

exit2:                                            ; preds = %dead9, %ok4
  br label %versioned.join

next3:                                            ; preds = %ok8, %versioned.slow
  %59 = load i64, i64* %fuel, align 8
  %60 = icmp ult i64 %59, 1
  br i1 %60, label %trap14.site0, label %ok4

ok4:                                              ; preds = %next3
  %61 = sub i64 %59, 1
  store i64 %61, i64* %fuel, align 8
  %62 = load i32, i32* %k, align 4
  %63 = load i32, i32* %n, align 4
  %64 = icmp uge i32 %62, %63
  %65 = zext i1 %64 to i32
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %exit2, label %cont5

cont5:                                            ; preds = %ok4
  %67 = load i64, i64* %acc, align 8
  %68 = load i32, i32* %p, align 4
  %69 = load i32, i32* %k, align 4
  %70 = mul i32 %69, 8
  %71 = add i32 %68, %70
  %72 = zext i32 %71 to i64
  %73 = sub i64 %arena_size, 16
  %74 = icmp sgt i64 %72, %73
  br i1 %74, label %trap17.site3, label %ok6

ok6:                                              ; preds = %cont5
  %75 = add i64 %72, 8
  %76 = getelementptr i8, i8* %mem, i64 %75
  %77 = bitcast i64* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %77, i8* %76, i64 8, i1 false)
  %78 = load i64, i64* %unaligned7, align 8
  %79 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %67, i64 %78)
  %80 = extractvalue { i64, i1 } %79, 1
  br i1 %80, label %trap2.site4, label %ok8

trap17.site3:                                     ; preds = %cont5
  call void @tetra_trap(i64* %regs, i32 17, i32 3)
  unreachable

ok8:                                              ; preds = %ok6
  %81 = extractvalue { i64, i1 } %79, 0
  store i64 %81, i64* %acc, align 8
  %82 = load i32, i32* %k, align 4
  %83 = add i32 %82, 1
  store i32 %83, i32* %k, align 4
  br label %next3

dead9:                                            ; No predecessors!
  br label %exit2
}

define internal i64 @m0.fill_walk(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %p.arg, i64 %lo.arg, i64 %hi.arg, i64 %bias.arg) {
entry:
  %p = alloca i32, align 4
  store i32 %p.arg, i32* %p, align 4
  %lo = alloca i64, align 8
  store i64 %lo.arg, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 %hi.arg, i64* %hi, align 8
  %bias = alloca i64, align 8
  store i64 %bias.arg, i64* %bias, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %2 = ptrtoint i8* %stack_probe to i64
  %3 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %3, align 8
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i32, i32* %p, align 4
  %8 = load i32, i32* %p, align 4
  %9 = load i64, i64* %lo, align 8
  %10 = load i64, i64* %hi, align 8
  %11 = load i64, i64* %bias, align 8
  %12 = icmp uge i32 %depth, 1000
  br i1 %12, label %trap15.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %13 = icmp ult i64 %2, %stack_limit
  br i1 %13, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %stack_ok, %ok
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok1
  %14 = load i64, i64* %fuel, align 8
  %15 = getelementptr i64, i64* %regs, i64 0
  store i64 %14, i64* %15, align 8
  %16 = add i32 %depth, 1
  %17 = call i32 @m0.fill(i64* %regs, i8* %mem, i32 %16, i32 %8, i64 %9, i64 %10, i64 %11)
  %18 = getelementptr i64, i64* %regs, i64 0
  %19 = load i64, i64* %18, align 8
  store i64 %19, i64* %fuel, align 8
  %20 = icmp uge i32 %depth, 1000
  br i1 %20, label %trap15.site0, label %ok2

trap253.site0:                                    ; preds = %ok2, %ok1
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok2:                                              ; preds = %stack_ok
  %21 = icmp ult i64 %2, %stack_limit
  br i1 %21, label %trap253.site0, label %stack_ok3

stack_ok3:                                        ; preds = %ok2
  %22 = load i64, i64* %fuel, align 8
  %23 = getelementptr i64, i64* %regs, i64 0
  store i64 %22, i64* %23, align 8
  %24 = add i32 %depth, 1
  %25 = call i64 @m0.walk(i64* %regs, i8* %mem, i32 %24, i32 %7, i32 0, i32 %17)
  %26 = getelementptr i64, i64* %regs, i64 0
  %27 = load i64, i64* %26, align 8
  store i64 %27, i64* %fuel, align 8
  %28 = load i64, i64* %fuel, align 8
  %29 = getelementptr i64, i64* %regs, i64 0
  store i64 %28, i64* %29, align 8
  ret i64 %25
}

define internal i32 @m0.count(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %from.arg, i32 %to.arg) {
entry:
  %from = alloca i32, align 4
  store i32 %from.arg, i32* %from, align 4
  %to = alloca i32, align 4
  store i32 %to.arg, i32* %to, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  br label %body

body:                                             ; preds = %entry
  br label %next

done:                                             ; preds = %dead, %next
  %1 = load i32, i32* %n, align 4
  ret i32 %1

next:                                             ; preds = %join, %body
  %2 = load i32, i32* %from, align 4
  %3 = load i32, i32* %to, align 4
  %4 = icmp uge i32 %2, %3
  %5 = zext i1 %4 to i32
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %done, label %cont

cont:                                             ; preds = %next
  %7 = load i32, i32* %from, align 4
  %8 = zext i32 %7 to i64
  %9 = sub i64 %arena_size, 1
  %10 = icmp sgt i64 %8, %9
  br i1 %10, label %trap17.site0, label %ok

ok:                                               ; preds = %cont
  %11 = getelementptr i8, i8* %mem, i64 %8
  %12 = load i8, i8* %11, align 1
  %13 = zext i8 %12 to i32
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %then, label %else

trap17.site0:                                     ; preds = %cont
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok
  %15 = load i32, i32* %n, align 4
  %16 = add i32 %15, 1
  store i32 %16, i32* %n, align 4
  br label %join

else:                                             ; preds = %ok
  br label %join

join:                                             ; preds = %else, %then
  %17 = load i32, i32* %from, align 4
  %18 = add i32 %17, 1
  store i32 %18, i32* %from, align 4
  br label %next

dead:                                             ; No predecessors!
  br label %done
}

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i1 @llvm.expect.i1(i1, i1) #0

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umax.i64(i64, i64) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

define internal void @m0.fill.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = getelementptr i64, i64* %io, i64 22
  %6 = load i64, i64* %5, align 8
  %7 = getelementptr i64, i64* %io, i64 23
  %8 = load i64, i64* %7, align 8
  %9 = call i32 @m0.fill(i64* %regs, i8* %mem, i32 1, i32 %2, i64 %4, i64 %6, i64 %8)
  %10 = sext i32 %9 to i64
  %11 = getelementptr i64, i64* %io, i64 12
  store i64 %10, i64* %11, align 8
  ret void
}

define internal void @m0.walk.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = getelementptr i64, i64* %io, i64 22
  %7 = load i64, i64* %6, align 8
  %8 = trunc i64 %7 to i32
  %9 = call i64 @m0.walk(i64* %regs, i8* %mem, i32 1, i32 %2, i32 %5, i32 %8)
  %10 = getelementptr i64, i64* %io, i64 12
  store i64 %9, i64* %10, align 8
  ret void
}

define internal void @m0.fill_walk.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = getelementptr i64, i64* %io, i64 22
  %6 = load i64, i64* %5, align 8
  %7 = getelementptr i64, i64* %io, i64 23
  %8 = load i64, i64* %7, align 8
  %9 = call i64 @m0.fill_walk(i64* %regs, i8* %mem, i32 1, i32 %2, i64 %4, i64 %6, i64 %8)
  %10 = getelementptr i64, i64* %io, i64 12
  store i64 %9, i64* %10, align 8
  ret void
}

define internal void @m0.count.thunk(i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  %0 = getelementptr i64, i64* %io, i64 20
  %1 = load i64, i64* %0, align 8
  %2 = trunc i64 %1 to i32
  %3 = getelementptr i64, i64* %io, i64 21
  %4 = load i64, i64* %3, align 8
  %5 = trunc i64 %4 to i32
  %6 = call i32 @m0.count(i64* %regs, i8* %mem, i32 1, i32 %2, i32 %5)
  %7 = sext i32 %6 to i64
  %8 = getelementptr i64, i64* %io, i64 12
  store i64 %7, i64* %8, align 8
  ret void
}

define i32 @tetra_dispatch(i32 %fn, i64* noalias %regs, i8* noalias %mem, i64* %io) {
entry:
  switch i32 %fn, label %unknown [
    i32 0, label %thunk0
    i32 1, label %thunk1
    i32 2, label %thunk2
    i32 3, label %thunk3
  ]

unknown:                                          ; preds = %entry
  ret i32 1

thunk0:                                           ; preds = %entry
  call void @m0.fill.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk1:                                           ; preds = %entry
  call void @m0.walk.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk2:                                           ; preds = %entry
  call void @m0.fill_walk.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0

thunk3:                                           ; preds = %entry
  call void @m0.count.thunk(i64* %regs, i8* %mem, i64* %io)
  ret i32 0
}

attributes #0 = { nofree nosync nounwind readnone willreturn }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }
