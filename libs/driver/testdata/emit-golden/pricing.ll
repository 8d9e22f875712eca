; From examples/pricing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/pricing.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (56):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.skip
;   @m0.codec.dec.string.3
;   @m0.codec.dec.int.4
;   @m0.rt.parse_eisel_lemire
;   @m0.rt.decimal_shr
;   @m0.rt.decimal_shl
;   @m0.rt.decimal_round
;   @m0.rt.parse_float_slow
;   @m0.rt.parse_float
;   @m0.codec.dec.float.5
;   @m0.codec.dec.fields.2
;   @m0.codec.dec.record.1
;   @m0.codec.dec.list.0
;   @m0.validate.LineItem
;   @m0.validate.List_LineItem_
;   @m0.codec.dec.fields.7
;   @m0.codec.dec.enum.6
;   @m0.main.args
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.1
;   @m0.codec.write_str
;   @m0.codec.enc.string.4
;   @m0.codec.enc.record.3
;   @m0.codec.enc.list.2
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.pred.LineItem.qty
;   @m0.pred.LineItem.unit_price
;   @m0.fn.money
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.ctlz.i64
;   declare @llvm.fabs.f64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.roundeven.f64
;   declare @llvm.fptosi.sat.i64.f64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.ssub.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 7 function(s):

define internal i32 @m0.validate.LineItem(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %3 = ptrtoint i8* %stack_probe to i64
  %unaligned = alloca i64, align 8
  %unaligned4 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i32, i32* %v, align 4
  %8 = zext i32 %7 to i64
  %9 = add i64 %8, 8
  %10 = add i64 %9, 8
  %11 = icmp ugt i64 %10, %arena_size
  br i1 %11, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %12 = getelementptr i8, i8* %mem, i64 %9
  %13 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %13, i8* %12, i64 8, i1 false)
  %14 = load i64, i64* %unaligned, align 8
  %15 = icmp uge i32 %depth, 1000
  br i1 %15, label %trap15.site0, label %ok2

trap17.site0:                                     ; preds = %join, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %16 = getelementptr i64, i64* %regs, i64 10
  %17 = load i64, i64* %16, align 8
  %18 = icmp ult i64 %3, %17
  br i1 %18, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok3, %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %19 = load i64, i64* %fuel, align 8
  %20 = getelementptr i64, i64* %regs, i64 0
  store i64 %19, i64* %20, align 8
  %21 = add i32 %depth, 1
  %22 = call i32 @m0.pred.LineItem.qty(i64* %regs, i8* %mem, i32 %21, i32 0, i64 %14)
  %23 = getelementptr i64, i64* %regs, i64 0
  %24 = load i64, i64* %23, align 8
  store i64 %24, i64* %fuel, align 8
  %25 = icmp eq i32 %22, 0
  %26 = zext i1 %25 to i32
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %then, label %else

trap253.site0:                                    ; preds = %ok5, %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %28 = load i64, i64* %fuel, align 8
  %29 = getelementptr i64, i64* %regs, i64 0
  store i64 %28, i64* %29, align 8
  ret i32 0

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %30 = load i32, i32* %v, align 4
  %31 = zext i32 %30 to i64
  %32 = add i64 %31, 16
  %33 = add i64 %32, 8
  %34 = icmp ugt i64 %33, %arena_size
  br i1 %34, label %trap17.site0, label %ok3

dead:                                             ; No predecessors!
  br label %join

ok3:                                              ; preds = %join
  %35 = getelementptr i8, i8* %mem, i64 %32
  %36 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %36, i8* %35, i64 8, i1 false)
  %37 = load i64, i64* %unaligned4, align 8
  %38 = bitcast i64 %37 to double
  %39 = icmp uge i32 %depth, 1000
  br i1 %39, label %trap15.site0, label %ok5

ok5:                                              ; preds = %ok3
  %40 = getelementptr i64, i64* %regs, i64 10
  %41 = load i64, i64* %40, align 8
  %42 = icmp ult i64 %3, %41
  br i1 %42, label %trap253.site0, label %stack_ok6

stack_ok6:                                        ; preds = %ok5
  %43 = load i64, i64* %fuel, align 8
  %44 = getelementptr i64, i64* %regs, i64 0
  store i64 %43, i64* %44, align 8
  %45 = add i32 %depth, 1
  %46 = call i32 @m0.pred.LineItem.unit_price(i64* %regs, i8* %mem, i32 %45, i32 0, double %38)
  %47 = getelementptr i64, i64* %regs, i64 0
  %48 = load i64, i64* %47, align 8
  store i64 %48, i64* %fuel, align 8
  %49 = icmp eq i32 %46, 0
  %50 = zext i1 %49 to i32
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %then7, label %else8

then7:                                            ; preds = %stack_ok6
  %52 = load i64, i64* %fuel, align 8
  %53 = getelementptr i64, i64* %regs, i64 0
  store i64 %52, i64* %53, align 8
  ret i32 0

else8:                                            ; preds = %stack_ok6
  br label %join9

join9:                                            ; preds = %else8, %dead10
  %54 = load i64, i64* %fuel, align 8
  %55 = getelementptr i64, i64* %regs, i64 0
  store i64 %54, i64* %55, align 8
  ret i32 1

dead10:                                           ; No predecessors!
  br label %join9
}

define internal i32 @m0.validate.List_LineItem_(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %3 = ptrtoint i8* %stack_probe to i64
  %unaligned = alloca i32, align 4
  %unaligned4 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i32, i32* %v, align 4
  %8 = zext i32 %7 to i64
  %9 = add i64 %8, 4
  %10 = icmp ugt i64 %9, %arena_size
  br i1 %10, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %loop1, %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %11 = getelementptr i8, i8* %mem, i64 %8
  %12 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %12, i8* %11, i64 4, i1 false)
  %13 = load i32, i32* %unaligned, align 4
  store i32 %13, i32* %n, align 4
  br label %loop1

trap17.site0:                                     ; preds = %cont, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

block0:                                           ; preds = %dead6, %ok2
  %14 = load i64, i64* %fuel, align 8
  %15 = getelementptr i64, i64* %regs, i64 0
  store i64 %14, i64* %15, align 8
  ret i32 1

loop1:                                            ; preds = %join, %ok1
  %16 = load i64, i64* %fuel, align 8
  %17 = icmp ult i64 %16, 1
  br i1 %17, label %trap14.site0, label %ok2

ok2:                                              ; preds = %loop1
  %18 = sub i64 %16, 1
  store i64 %18, i64* %fuel, align 8
  %19 = load i32, i32* %i, align 4
  %20 = load i32, i32* %n, align 4
  %21 = icmp uge i32 %19, %20
  %22 = zext i1 %21 to i32
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %block0, label %cont

cont:                                             ; preds = %ok2
  %24 = load i32, i32* %v, align 4
  %25 = load i32, i32* %i, align 4
  %26 = mul i32 %25, 4
  %27 = add i32 %24, %26
  %28 = zext i32 %27 to i64
  %29 = add i64 %28, 4
  %30 = add i64 %29, 4
  %31 = icmp ugt i64 %30, %arena_size
  br i1 %31, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %32 = getelementptr i8, i8* %mem, i64 %29
  %33 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %33, i8* %32, i64 4, i1 false)
  %34 = load i32, i32* %unaligned4, align 4
  %35 = icmp uge i32 %depth, 1000
  br i1 %35, label %trap15.site0, label %ok5

ok5:                                              ; preds = %ok3
  %36 = getelementptr i64, i64* %regs, i64 10
  %37 = load i64, i64* %36, align 8
  %38 = icmp ult i64 %3, %37
  br i1 %38, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok3
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok5
  %39 = load i64, i64* %fuel, align 8
  %40 = getelementptr i64, i64* %regs, i64 0
  store i64 %39, i64* %40, align 8
  %41 = add i32 %depth, 1
  %42 = call i32 @m0.validate.LineItem(i64* %regs, i8* %mem, i32 %41, i32 %34)
  %43 = getelementptr i64, i64* %regs, i64 0
  %44 = load i64, i64* %43, align 8
  store i64 %44, i64* %fuel, align 8
  %45 = icmp eq i32 %42, 0
  %46 = zext i1 %45 to i32
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %then, label %else

trap253.site0:                                    ; preds = %ok5
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %48 = load i64, i64* %fuel, align 8
  %49 = getelementptr i64, i64* %regs, i64 0
  store i64 %48, i64* %49, align 8
  ret i32 0

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %50 = load i32, i32* %i, align 4
  %51 = add i32 %50, 1
  store i32 %51, i32* %i, align 4
  br label %loop1

dead:                                             ; No predecessors!
  br label %join

dead6:                                            ; No predecessors!
  br label %block0
}

define internal i32 @m0.main.args(i64* %regs, i8* %mem, i32 %depth, i32 %input_offset.arg, i32 %input_len.arg) {
entry:
  %input_offset = alloca i32, align 4
  store i32 %input_offset.arg, i32* %input_offset, align 4
  %input_len = alloca i32, align 4
  store i32 %input_len.arg, i32* %input_len, align 4
  %args = alloca i32, align 4
  store i32 0, i32* %args, align 4
  %args_end = alloca i32, align 4
  store i32 0, i32* %args_end, align 4
  %args_pos = alloca i32, align 4
  store i32 0, i32* %args_pos, align 4
  %args_kp = alloca i32, align 4
  store i32 0, i32* %args_kp, align 4
  %args_klen = alloca i32, align 4
  store i32 0, i32* %args_klen, align 4
  %args_mark = alloca i32, align 4
  store i32 0, i32* %args_mark, align 4
  %args_c = alloca i32, align 4
  store i32 0, i32* %args_c, align 4
  %args_unexpected = alloca i32, align 4
  store i32 0, i32* %args_unexpected, align 4
  %arg0_at = alloca i32, align 4
  store i32 0, i32* %arg0_at, align 4
  %arg1_at = alloca i32, align 4
  store i32 0, i32* %arg1_at, align 4
  %arg2_at = alloca i32, align 4
  store i32 0, i32* %arg2_at, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %cell = alloca i32, align 4
  store i32 0, i32* %cell, align 4
  %arg = alloca i32, align 4
  store i32 0, i32* %arg, align 4
  %cell.1 = alloca i32, align 4
  store i32 0, i32* %cell.1, align 4
  %arg.1 = alloca i32, align 4
  store i32 0, i32* %arg.1, align 4
  %cell.2 = alloca i32, align 4
  store i32 0, i32* %cell.2, align 4
  %arg.2 = alloca i32, align 4
  store i32 0, i32* %arg.2, align 4
  %args_out = alloca i32, align 4
  store i32 0, i32* %args_out, align 4
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
  %stack_probe = alloca i8, align 1
  %10 = ptrtoint i8* %stack_probe to i64
  %result = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned42 = alloca i32, align 4
  %unaligned51 = alloca i32, align 4
  %unaligned53 = alloca i16, align 2
  %unaligned102 = alloca i32, align 4
  %unaligned121 = alloca i32, align 4
  %unaligned134 = alloca i32, align 4
  %unaligned141 = alloca i32, align 4
  %unaligned143 = alloca i32, align 4
  %unaligned145 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %input_offset, align 4
  store i32 %14, i32* %args, align 4
  %15 = load i32, i32* %args, align 4
  %16 = load i32, i32* %input_len, align 4
  %17 = add i32 %15, %16
  store i32 %17, i32* %args_end, align 4
  %18 = load i32, i32* %args, align 4
  %19 = load i32, i32* %args_end, align 4
  %20 = load i32, i32* %args, align 4
  %21 = sub i32 %19, %20
  %22 = icmp uge i32 %depth, 1000
  br i1 %22, label %trap15.site0, label %ok1

trap14.site0:                                     ; preds = %ws18, %ws16, %ws9, %ws7, %args4, %ws3, %ws1, %body
  %23 = load i64, i64* %lowStart, align 8
  %24 = getelementptr i64, i64* %regs, i64 6
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %lowEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 7
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %highEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 8
  store i64 %27, i64* %28, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %29 = getelementptr i64, i64* %regs, i64 10
  %30 = load i64, i64* %29, align 8
  %31 = icmp ult i64 %10, %30
  br i1 %31, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok126, %join124, %ok113, %join111, %ok94, %join92, %switch10, %ok26, %then23, %ok20, %ok
  %32 = load i64, i64* %lowStart, align 8
  %33 = getelementptr i64, i64* %regs, i64 6
  store i64 %32, i64* %33, align 8
  %34 = load i64, i64* %lowEnd, align 8
  %35 = getelementptr i64, i64* %regs, i64 7
  store i64 %34, i64* %35, align 8
  %36 = load i64, i64* %highEnd, align 8
  %37 = getelementptr i64, i64* %regs, i64 8
  store i64 %36, i64* %37, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok1
  %38 = load i64, i64* %fuel, align 8
  %39 = getelementptr i64, i64* %regs, i64 0
  store i64 %38, i64* %39, align 8
  %40 = load i64, i64* %lowStart, align 8
  %41 = getelementptr i64, i64* %regs, i64 6
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %lowEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 7
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 8
  store i64 %44, i64* %45, align 8
  %46 = add i32 %depth, 1
  %47 = call i32 @m0.codec.json_valid(i64* %regs, i8* %mem, i32 %46, i32 %18, i32 %21)
  %48 = getelementptr i64, i64* %regs, i64 0
  %49 = load i64, i64* %48, align 8
  store i64 %49, i64* %fuel, align 8
  %50 = getelementptr i64, i64* %regs, i64 6
  %51 = load i64, i64* %50, align 8
  store i64 %51, i64* %lowStart, align 8
  %52 = getelementptr i64, i64* %regs, i64 7
  %53 = load i64, i64* %52, align 8
  store i64 %53, i64* %lowEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 8
  %55 = load i64, i64* %54, align 8
  store i64 %55, i64* %highEnd, align 8
  %56 = icmp eq i32 %47, 0
  %57 = zext i1 %56 to i32
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %then, label %else

trap253.site0:                                    ; preds = %ok127, %ok114, %ok103, %ok95, %ok73, %ok27, %ok21, %ok1
  %59 = load i64, i64* %lowStart, align 8
  %60 = getelementptr i64, i64* %regs, i64 6
  store i64 %59, i64* %60, align 8
  %61 = load i64, i64* %lowEnd, align 8
  %62 = getelementptr i64, i64* %regs, i64 7
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %highEnd, align 8
  %64 = getelementptr i64, i64* %regs, i64 8
  store i64 %63, i64* %64, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  br label %trap11.site1

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %65 = load i32, i32* %args, align 4
  store i32 %65, i32* %args_pos, align 4
  br label %ws1

trap11.site1:                                     ; preds = %then7, %then
  %66 = load i64, i64* %lowStart, align 8
  %67 = getelementptr i64, i64* %regs, i64 6
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %lowEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 7
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %highEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 8
  store i64 %70, i64* %71, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 1)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ws_done0:                                         ; preds = %dead5, %ok3, %ok2
  %72 = load i32, i32* %args_pos, align 4
  %73 = zext i32 %72 to i64
  %74 = add i64 %73, 1
  %75 = icmp ugt i64 %74, %arena_size
  br i1 %75, label %trap17.site0, label %ok6

ws1:                                              ; preds = %cont4, %join
  %76 = load i64, i64* %fuel, align 8
  %77 = icmp ult i64 %76, 1
  br i1 %77, label %trap14.site0, label %ok2

ok2:                                              ; preds = %ws1
  %78 = sub i64 %76, 1
  store i64 %78, i64* %fuel, align 8
  %79 = load i32, i32* %args_pos, align 4
  %80 = load i32, i32* %args_end, align 4
  %81 = icmp uge i32 %79, %80
  %82 = zext i1 %81 to i32
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %ws_done0, label %cont

cont:                                             ; preds = %ok2
  %84 = load i32, i32* %args_pos, align 4
  %85 = zext i32 %84 to i64
  %86 = add i64 %85, 1
  %87 = icmp ugt i64 %86, %arena_size
  br i1 %87, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %88 = getelementptr i8, i8* %mem, i64 %85
  %89 = load i8, i8* %88, align 1
  %90 = zext i8 %89 to i32
  store i32 %90, i32* %ws, align 4
  %91 = load i32, i32* %ws, align 4
  %92 = icmp ule i32 %91, 32
  %93 = zext i1 %92 to i32
  %94 = icmp eq i32 %93, 0
  %95 = zext i1 %94 to i32
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %ws_done0, label %cont4

trap17.site0:                                     ; preds = %ok142, %ok140, %ok139, %join131, %join118, %join99, %cont85, %ws_done15, %cont76, %cont65, %cont60, %ok52, %ok50, %then47, %then38, %ok32, %then29, %ws_done2, %cont12, %ws_done0, %cont
  %97 = load i64, i64* %lowStart, align 8
  %98 = getelementptr i64, i64* %regs, i64 6
  store i64 %97, i64* %98, align 8
  %99 = load i64, i64* %lowEnd, align 8
  %100 = getelementptr i64, i64* %regs, i64 7
  store i64 %99, i64* %100, align 8
  %101 = load i64, i64* %highEnd, align 8
  %102 = getelementptr i64, i64* %regs, i64 8
  store i64 %101, i64* %102, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

cont4:                                            ; preds = %ok3
  %103 = load i32, i32* %args_pos, align 4
  %104 = add i32 %103, 1
  store i32 %104, i32* %args_pos, align 4
  br label %ws1

dead5:                                            ; No predecessors!
  br label %ws_done0

ok6:                                              ; preds = %ws_done0
  %105 = getelementptr i8, i8* %mem, i64 %73
  %106 = load i8, i8* %105, align 1
  %107 = zext i8 %106 to i32
  %108 = icmp eq i32 %107, 123
  %109 = zext i1 %108 to i32
  %110 = icmp eq i32 %109, 0
  %111 = zext i1 %110 to i32
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %then7, label %else8

then7:                                            ; preds = %ok6
  br label %trap11.site1

else8:                                            ; preds = %ok6
  br label %join9

join9:                                            ; preds = %else8, %dead10
  %113 = load i32, i32* %args_pos, align 4
  %114 = add i32 %113, 1
  store i32 %114, i32* %args_pos, align 4
  br label %ws3

dead10:                                           ; No predecessors!
  br label %join9

ws_done2:                                         ; preds = %dead15, %ok13, %ok11
  %115 = load i32, i32* %args_pos, align 4
  %116 = zext i32 %115 to i64
  %117 = add i64 %116, 1
  %118 = icmp ugt i64 %117, %arena_size
  br i1 %118, label %trap17.site0, label %ok16

ws3:                                              ; preds = %cont14, %join9
  %119 = load i64, i64* %fuel, align 8
  %120 = icmp ult i64 %119, 1
  br i1 %120, label %trap14.site0, label %ok11

ok11:                                             ; preds = %ws3
  %121 = sub i64 %119, 1
  store i64 %121, i64* %fuel, align 8
  %122 = load i32, i32* %args_pos, align 4
  %123 = load i32, i32* %args_end, align 4
  %124 = icmp uge i32 %122, %123
  %125 = zext i1 %124 to i32
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %ws_done2, label %cont12

cont12:                                           ; preds = %ok11
  %127 = load i32, i32* %args_pos, align 4
  %128 = zext i32 %127 to i64
  %129 = add i64 %128, 1
  %130 = icmp ugt i64 %129, %arena_size
  br i1 %130, label %trap17.site0, label %ok13

ok13:                                             ; preds = %cont12
  %131 = getelementptr i8, i8* %mem, i64 %128
  %132 = load i8, i8* %131, align 1
  %133 = zext i8 %132 to i32
  store i32 %133, i32* %ws, align 4
  %134 = load i32, i32* %ws, align 4
  %135 = icmp ule i32 %134, 32
  %136 = zext i1 %135 to i32
  %137 = icmp eq i32 %136, 0
  %138 = zext i1 %137 to i32
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %ws_done2, label %cont14

cont14:                                           ; preds = %ok13
  %140 = load i32, i32* %args_pos, align 4
  %141 = add i32 %140, 1
  store i32 %141, i32* %args_pos, align 4
  br label %ws3

dead15:                                           ; No predecessors!
  br label %ws_done2

ok16:                                             ; preds = %ws_done2
  %142 = getelementptr i8, i8* %mem, i64 %116
  %143 = load i8, i8* %142, align 1
  %144 = zext i8 %143 to i32
  %145 = icmp eq i32 %144, 125
  %146 = zext i1 %145 to i32
  %147 = icmp eq i32 %146, 0
  %148 = zext i1 %147 to i32
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %then17, label %else18

then17:                                           ; preds = %ok16
  br label %args4

else18:                                           ; preds = %ok16
  br label %join19

join19:                                           ; preds = %else18, %join83
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then90, label %else91

args4:                                            ; preds = %ws_done17, %then17
  %154 = load i64, i64* %fuel, align 8
  %155 = icmp ult i64 %154, 1
  br i1 %155, label %trap14.site0, label %ok20

ok20:                                             ; preds = %args4
  %156 = sub i64 %154, 1
  store i64 %156, i64* %fuel, align 8
  %157 = getelementptr i64, i64* %regs, i64 1
  %158 = load i64, i64* %157, align 8
  %159 = trunc i64 %158 to i32
  store i32 %159, i32* %args_mark, align 4
  %160 = load i32, i32* %args_pos, align 4
  %161 = add i32 %160, 1
  %162 = load i32, i32* %args_end, align 4
  %163 = icmp uge i32 %depth, 1000
  br i1 %163, label %trap15.site0, label %ok21

ok21:                                             ; preds = %ok20
  %164 = getelementptr i64, i64* %regs, i64 10
  %165 = load i64, i64* %164, align 8
  %166 = icmp ult i64 %10, %165
  br i1 %166, label %trap253.site0, label %stack_ok22

stack_ok22:                                       ; preds = %ok21
  %167 = load i64, i64* %fuel, align 8
  %168 = getelementptr i64, i64* %regs, i64 0
  store i64 %167, i64* %168, align 8
  %169 = load i64, i64* %lowStart, align 8
  %170 = getelementptr i64, i64* %regs, i64 6
  store i64 %169, i64* %170, align 8
  %171 = load i64, i64* %lowEnd, align 8
  %172 = getelementptr i64, i64* %regs, i64 7
  store i64 %171, i64* %172, align 8
  %173 = load i64, i64* %highEnd, align 8
  %174 = getelementptr i64, i64* %regs, i64 8
  store i64 %173, i64* %174, align 8
  %175 = add i32 %depth, 1
  %176 = call i32 @m0.codec.str_end(i64* %regs, i8* %mem, i32 %175, i32 %161, i32 %162)
  %177 = getelementptr i64, i64* %regs, i64 0
  %178 = load i64, i64* %177, align 8
  store i64 %178, i64* %fuel, align 8
  %179 = getelementptr i64, i64* %regs, i64 6
  %180 = load i64, i64* %179, align 8
  store i64 %180, i64* %lowStart, align 8
  %181 = getelementptr i64, i64* %regs, i64 7
  %182 = load i64, i64* %181, align 8
  store i64 %182, i64* %lowEnd, align 8
  %183 = getelementptr i64, i64* %regs, i64 8
  %184 = load i64, i64* %183, align 8
  store i64 %184, i64* %highEnd, align 8
  store i32 %176, i32* %kr, align 4
  %185 = load i32, i32* %kr, align 4
  %186 = and i32 %185, 2147483647
  store i32 %186, i32* %kq, align 4
  %187 = load i32, i32* %kr, align 4
  %188 = and i32 %187, -2147483648
  %189 = icmp ne i32 %188, 0
  br i1 %189, label %then23, label %else24

then23:                                           ; preds = %stack_ok22
  %190 = load i32, i32* %kq, align 4
  %191 = load i32, i32* %args_pos, align 4
  %192 = sub i32 %190, %191
  %193 = sub i32 %192, 1
  %194 = zext i32 %193 to i64
  %195 = getelementptr i64, i64* %regs, i64 1
  %196 = getelementptr i64, i64* %regs, i64 2
  %197 = load i64, i64* %195, align 8
  %198 = add i64 %197, 0
  %199 = and i64 %198, -1
  %200 = add i64 %199, %194
  %201 = load i64, i64* %196, align 8
  %202 = icmp ugt i64 %200, %201
  br i1 %202, label %trap15.site0, label %ok26

else24:                                           ; preds = %stack_ok22
  %203 = load i32, i32* %args_pos, align 4
  %204 = add i32 %203, 1
  store i32 %204, i32* %args_kp, align 4
  %205 = load i32, i32* %kq, align 4
  %206 = load i32, i32* %args_pos, align 4
  %207 = sub i32 %205, %206
  %208 = sub i32 %207, 1
  store i32 %208, i32* %args_klen, align 4
  br label %join25

join25:                                           ; preds = %else24, %stack_ok28
  %209 = load i32, i32* %kq, align 4
  %210 = add i32 %209, 1
  store i32 %210, i32* %args_pos, align 4
  %211 = load i32, i32* %args_klen, align 4
  %212 = icmp eq i32 %211, 5
  %213 = zext i1 %212 to i32
  %214 = icmp ne i32 %213, 0
  br i1 %214, label %then29, label %else30

ok26:                                             ; preds = %then23
  store i64 %200, i64* %195, align 8
  %215 = trunc i64 %199 to i32
  store i32 %215, i32* %args_kp, align 4
  %216 = load i32, i32* %args_pos, align 4
  %217 = add i32 %216, 1
  %218 = load i32, i32* %kq, align 4
  %219 = load i32, i32* %args_kp, align 4
  %220 = icmp uge i32 %depth, 1000
  br i1 %220, label %trap15.site0, label %ok27

ok27:                                             ; preds = %ok26
  %221 = getelementptr i64, i64* %regs, i64 10
  %222 = load i64, i64* %221, align 8
  %223 = icmp ult i64 %10, %222
  br i1 %223, label %trap253.site0, label %stack_ok28

stack_ok28:                                       ; preds = %ok27
  %224 = load i64, i64* %fuel, align 8
  %225 = getelementptr i64, i64* %regs, i64 0
  store i64 %224, i64* %225, align 8
  %226 = load i64, i64* %lowStart, align 8
  %227 = getelementptr i64, i64* %regs, i64 6
  store i64 %226, i64* %227, align 8
  %228 = load i64, i64* %lowEnd, align 8
  %229 = getelementptr i64, i64* %regs, i64 7
  store i64 %228, i64* %229, align 8
  %230 = load i64, i64* %highEnd, align 8
  %231 = getelementptr i64, i64* %regs, i64 8
  store i64 %230, i64* %231, align 8
  %232 = add i32 %depth, 1
  %233 = call i32 @m0.codec.str_unescape(i64* %regs, i8* %mem, i32 %232, i32 %217, i32 %218, i32 %219)
  %234 = getelementptr i64, i64* %regs, i64 0
  %235 = load i64, i64* %234, align 8
  store i64 %235, i64* %fuel, align 8
  %236 = getelementptr i64, i64* %regs, i64 6
  %237 = load i64, i64* %236, align 8
  store i64 %237, i64* %lowStart, align 8
  %238 = getelementptr i64, i64* %regs, i64 7
  %239 = load i64, i64* %238, align 8
  store i64 %239, i64* %lowEnd, align 8
  %240 = getelementptr i64, i64* %regs, i64 8
  %241 = load i64, i64* %240, align 8
  store i64 %241, i64* %highEnd, align 8
  %242 = load i32, i32* %args_kp, align 4
  %243 = sub i32 %233, %242
  store i32 %243, i32* %args_klen, align 4
  br label %join25

match5:                                           ; preds = %join49, %then55, %then43, %then34
  %244 = load i32, i32* %result, align 4
  store i32 %244, i32* %args_c, align 4
  %245 = load i32, i32* %args_mark, align 4
  %246 = zext i32 %245 to i64
  %247 = getelementptr i64, i64* %regs, i64 1
  store i64 %246, i64* %247, align 8
  br label %ws7

then29:                                           ; preds = %join25
  %248 = load i32, i32* %args_kp, align 4
  %249 = zext i32 %248 to i64
  %250 = add i64 %249, 4
  %251 = icmp ugt i64 %250, %arena_size
  br i1 %251, label %trap17.site0, label %ok32

else30:                                           ; preds = %join25
  br label %join31

join31:                                           ; preds = %else30, %join36
  %252 = load i32, i32* %args_klen, align 4
  %253 = icmp eq i32 %252, 4
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then38, label %else39

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %256, i64 4, i1 false)
  %258 = load i32, i32* %unaligned, align 4
  %259 = icmp eq i32 %258, 1835365481
  %260 = zext i1 %259 to i32
  %261 = load i32, i32* %args_kp, align 4
  %262 = zext i32 %261 to i64
  %263 = add i64 %262, 4
  %264 = add i64 %263, 1
  %265 = icmp ugt i64 %264, %arena_size
  br i1 %265, label %trap17.site0, label %ok33

ok33:                                             ; preds = %ok32
  %266 = getelementptr i8, i8* %mem, i64 %263
  %267 = load i8, i8* %266, align 1
  %268 = zext i8 %267 to i32
  %269 = icmp eq i32 %268, 115
  %270 = zext i1 %269 to i32
  %271 = and i32 %260, %270
  %272 = icmp ne i32 %271, 0
  br i1 %272, label %then34, label %else35

then34:                                           ; preds = %ok33
  store i32 0, i32* %result, align 4
  br label %match5

else35:                                           ; preds = %ok33
  br label %join36

join36:                                           ; preds = %else35, %dead37
  br label %join31

dead37:                                           ; No predecessors!
  br label %join36

then38:                                           ; preds = %join31
  %273 = load i32, i32* %args_kp, align 4
  %274 = zext i32 %273 to i64
  %275 = add i64 %274, 4
  %276 = icmp ugt i64 %275, %arena_size
  br i1 %276, label %trap17.site0, label %ok41

else39:                                           ; preds = %join31
  br label %join40

join40:                                           ; preds = %else39, %join45
  %277 = load i32, i32* %args_klen, align 4
  %278 = icmp eq i32 %277, 7
  %279 = zext i1 %278 to i32
  %280 = icmp ne i32 %279, 0
  br i1 %280, label %then47, label %else48

ok41:                                             ; preds = %then38
  %281 = getelementptr i8, i8* %mem, i64 %274
  %282 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %282, i8* %281, i64 4, i1 false)
  %283 = load i32, i32* %unaligned42, align 4
  %284 = icmp eq i32 %283, 1919248756
  %285 = zext i1 %284 to i32
  %286 = icmp ne i32 %285, 0
  br i1 %286, label %then43, label %else44

then43:                                           ; preds = %ok41
  store i32 1, i32* %result, align 4
  br label %match5

else44:                                           ; preds = %ok41
  br label %join45

join45:                                           ; preds = %else44, %dead46
  br label %join40

dead46:                                           ; No predecessors!
  br label %join45

then47:                                           ; preds = %join40
  %287 = load i32, i32* %args_kp, align 4
  %288 = zext i32 %287 to i64
  %289 = add i64 %288, 4
  %290 = icmp ugt i64 %289, %arena_size
  br i1 %290, label %trap17.site0, label %ok50

else48:                                           ; preds = %join40
  br label %join49

join49:                                           ; preds = %else48, %join57
  store i32 -1, i32* %result, align 4
  br label %match5

ok50:                                             ; preds = %then47
  %291 = getelementptr i8, i8* %mem, i64 %288
  %292 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %292, i8* %291, i64 4, i1 false)
  %293 = load i32, i32* %unaligned51, align 4
  %294 = icmp eq i32 %293, 1853189987
  %295 = zext i1 %294 to i32
  %296 = load i32, i32* %args_kp, align 4
  %297 = zext i32 %296 to i64
  %298 = add i64 %297, 4
  %299 = add i64 %298, 2
  %300 = icmp ugt i64 %299, %arena_size
  br i1 %300, label %trap17.site0, label %ok52

ok52:                                             ; preds = %ok50
  %301 = getelementptr i8, i8* %mem, i64 %298
  %302 = bitcast i16* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %302, i8* %301, i64 2, i1 false)
  %303 = load i16, i16* %unaligned53, align 2
  %304 = zext i16 %303 to i32
  %305 = icmp eq i32 %304, 29300
  %306 = zext i1 %305 to i32
  %307 = and i32 %295, %306
  %308 = load i32, i32* %args_kp, align 4
  %309 = zext i32 %308 to i64
  %310 = add i64 %309, 6
  %311 = add i64 %310, 1
  %312 = icmp ugt i64 %311, %arena_size
  br i1 %312, label %trap17.site0, label %ok54

ok54:                                             ; preds = %ok52
  %313 = getelementptr i8, i8* %mem, i64 %310
  %314 = load i8, i8* %313, align 1
  %315 = zext i8 %314 to i32
  %316 = icmp eq i32 %315, 121
  %317 = zext i1 %316 to i32
  %318 = and i32 %307, %317
  %319 = icmp ne i32 %318, 0
  br i1 %319, label %then55, label %else56

then55:                                           ; preds = %ok54
  store i32 2, i32* %result, align 4
  br label %match5

else56:                                           ; preds = %ok54
  br label %join57

join57:                                           ; preds = %else56, %dead58
  br label %join49

dead58:                                           ; No predecessors!
  br label %join57

ws_done6:                                         ; preds = %dead63, %ok61, %ok59
  %320 = load i32, i32* %args_pos, align 4
  %321 = add i32 %320, 1
  store i32 %321, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont62, %match5
  %322 = load i64, i64* %fuel, align 8
  %323 = icmp ult i64 %322, 1
  br i1 %323, label %trap14.site0, label %ok59

ok59:                                             ; preds = %ws7
  %324 = sub i64 %322, 1
  store i64 %324, i64* %fuel, align 8
  %325 = load i32, i32* %args_pos, align 4
  %326 = load i32, i32* %args_end, align 4
  %327 = icmp uge i32 %325, %326
  %328 = zext i1 %327 to i32
  %329 = icmp ne i32 %328, 0
  br i1 %329, label %ws_done6, label %cont60

cont60:                                           ; preds = %ok59
  %330 = load i32, i32* %args_pos, align 4
  %331 = zext i32 %330 to i64
  %332 = add i64 %331, 1
  %333 = icmp ugt i64 %332, %arena_size
  br i1 %333, label %trap17.site0, label %ok61

ok61:                                             ; preds = %cont60
  %334 = getelementptr i8, i8* %mem, i64 %331
  %335 = load i8, i8* %334, align 1
  %336 = zext i8 %335 to i32
  store i32 %336, i32* %ws, align 4
  %337 = load i32, i32* %ws, align 4
  %338 = icmp ule i32 %337, 32
  %339 = zext i1 %338 to i32
  %340 = icmp eq i32 %339, 0
  %341 = zext i1 %340 to i32
  %342 = icmp ne i32 %341, 0
  br i1 %342, label %ws_done6, label %cont62

cont62:                                           ; preds = %ok61
  %343 = load i32, i32* %args_pos, align 4
  %344 = add i32 %343, 1
  store i32 %344, i32* %args_pos, align 4
  br label %ws7

dead63:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead68, %ok66, %ok64
  %345 = load i32, i32* %args_c, align 4
  switch i32 %345, label %default11 [
    i32 0, label %case14
    i32 1, label %case13
    i32 2, label %case12
  ]

ws9:                                              ; preds = %cont67, %ws_done6
  %346 = load i64, i64* %fuel, align 8
  %347 = icmp ult i64 %346, 1
  br i1 %347, label %trap14.site0, label %ok64

ok64:                                             ; preds = %ws9
  %348 = sub i64 %346, 1
  store i64 %348, i64* %fuel, align 8
  %349 = load i32, i32* %args_pos, align 4
  %350 = load i32, i32* %args_end, align 4
  %351 = icmp uge i32 %349, %350
  %352 = zext i1 %351 to i32
  %353 = icmp ne i32 %352, 0
  br i1 %353, label %ws_done8, label %cont65

cont65:                                           ; preds = %ok64
  %354 = load i32, i32* %args_pos, align 4
  %355 = zext i32 %354 to i64
  %356 = add i64 %355, 1
  %357 = icmp ugt i64 %356, %arena_size
  br i1 %357, label %trap17.site0, label %ok66

ok66:                                             ; preds = %cont65
  %358 = getelementptr i8, i8* %mem, i64 %355
  %359 = load i8, i8* %358, align 1
  %360 = zext i8 %359 to i32
  store i32 %360, i32* %ws, align 4
  %361 = load i32, i32* %ws, align 4
  %362 = icmp ule i32 %361, 32
  %363 = zext i1 %362 to i32
  %364 = icmp eq i32 %363, 0
  %365 = zext i1 %364 to i32
  %366 = icmp ne i32 %365, 0
  br i1 %366, label %ws_done8, label %cont67

cont67:                                           ; preds = %ok66
  %367 = load i32, i32* %args_pos, align 4
  %368 = add i32 %367, 1
  store i32 %368, i32* %args_pos, align 4
  br label %ws9

dead68:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13, %case14
  %369 = load i32, i32* %args_pos, align 4
  %370 = load i32, i32* %args_end, align 4
  %371 = icmp uge i32 %depth, 1000
  br i1 %371, label %trap15.site0, label %ok73

default11:                                        ; preds = %dead72, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead71, %ws_done8
  %372 = load i32, i32* %args_pos, align 4
  store i32 %372, i32* %arg2_at, align 4
  br label %switch10

case13:                                           ; preds = %dead70, %ws_done8
  %373 = load i32, i32* %args_pos, align 4
  store i32 %373, i32* %arg1_at, align 4
  br label %switch10

case14:                                           ; preds = %dead69, %ws_done8
  %374 = load i32, i32* %args_pos, align 4
  store i32 %374, i32* %arg0_at, align 4
  br label %switch10

dead69:                                           ; No predecessors!
  br label %case14

dead70:                                           ; No predecessors!
  br label %case13

dead71:                                           ; No predecessors!
  br label %case12

dead72:                                           ; No predecessors!
  br label %default11

ok73:                                             ; preds = %switch10
  %375 = getelementptr i64, i64* %regs, i64 10
  %376 = load i64, i64* %375, align 8
  %377 = icmp ult i64 %10, %376
  br i1 %377, label %trap253.site0, label %stack_ok74

stack_ok74:                                       ; preds = %ok73
  %378 = load i64, i64* %fuel, align 8
  %379 = getelementptr i64, i64* %regs, i64 0
  store i64 %378, i64* %379, align 8
  %380 = load i64, i64* %lowStart, align 8
  %381 = getelementptr i64, i64* %regs, i64 6
  store i64 %380, i64* %381, align 8
  %382 = load i64, i64* %lowEnd, align 8
  %383 = getelementptr i64, i64* %regs, i64 7
  store i64 %382, i64* %383, align 8
  %384 = load i64, i64* %highEnd, align 8
  %385 = getelementptr i64, i64* %regs, i64 8
  store i64 %384, i64* %385, align 8
  %386 = add i32 %depth, 1
  %387 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %386, i32 %369, i32 %370)
  %388 = getelementptr i64, i64* %regs, i64 0
  %389 = load i64, i64* %388, align 8
  store i64 %389, i64* %fuel, align 8
  %390 = getelementptr i64, i64* %regs, i64 6
  %391 = load i64, i64* %390, align 8
  store i64 %391, i64* %lowStart, align 8
  %392 = getelementptr i64, i64* %regs, i64 7
  %393 = load i64, i64* %392, align 8
  store i64 %393, i64* %lowEnd, align 8
  %394 = getelementptr i64, i64* %regs, i64 8
  %395 = load i64, i64* %394, align 8
  store i64 %395, i64* %highEnd, align 8
  store i32 %387, i32* %args_pos, align 4
  br label %ws16

ws_done15:                                        ; preds = %dead79, %ok77, %ok75
  %396 = load i32, i32* %args_pos, align 4
  %397 = zext i32 %396 to i64
  %398 = add i64 %397, 1
  %399 = icmp ugt i64 %398, %arena_size
  br i1 %399, label %trap17.site0, label %ok80

ws16:                                             ; preds = %cont78, %stack_ok74
  %400 = load i64, i64* %fuel, align 8
  %401 = icmp ult i64 %400, 1
  br i1 %401, label %trap14.site0, label %ok75

ok75:                                             ; preds = %ws16
  %402 = sub i64 %400, 1
  store i64 %402, i64* %fuel, align 8
  %403 = load i32, i32* %args_pos, align 4
  %404 = load i32, i32* %args_end, align 4
  %405 = icmp uge i32 %403, %404
  %406 = zext i1 %405 to i32
  %407 = icmp ne i32 %406, 0
  br i1 %407, label %ws_done15, label %cont76

cont76:                                           ; preds = %ok75
  %408 = load i32, i32* %args_pos, align 4
  %409 = zext i32 %408 to i64
  %410 = add i64 %409, 1
  %411 = icmp ugt i64 %410, %arena_size
  br i1 %411, label %trap17.site0, label %ok77

ok77:                                             ; preds = %cont76
  %412 = getelementptr i8, i8* %mem, i64 %409
  %413 = load i8, i8* %412, align 1
  %414 = zext i8 %413 to i32
  store i32 %414, i32* %ws, align 4
  %415 = load i32, i32* %ws, align 4
  %416 = icmp ule i32 %415, 32
  %417 = zext i1 %416 to i32
  %418 = icmp eq i32 %417, 0
  %419 = zext i1 %418 to i32
  %420 = icmp ne i32 %419, 0
  br i1 %420, label %ws_done15, label %cont78

cont78:                                           ; preds = %ok77
  %421 = load i32, i32* %args_pos, align 4
  %422 = add i32 %421, 1
  store i32 %422, i32* %args_pos, align 4
  br label %ws16

dead79:                                           ; No predecessors!
  br label %ws_done15

ok80:                                             ; preds = %ws_done15
  %423 = getelementptr i8, i8* %mem, i64 %397
  %424 = load i8, i8* %423, align 1
  %425 = zext i8 %424 to i32
  store i32 %425, i32* %args_c, align 4
  %426 = load i32, i32* %args_pos, align 4
  %427 = add i32 %426, 1
  store i32 %427, i32* %args_pos, align 4
  %428 = load i32, i32* %args_c, align 4
  %429 = icmp eq i32 %428, 44
  %430 = zext i1 %429 to i32
  %431 = icmp ne i32 %430, 0
  br i1 %431, label %then81, label %else82

then81:                                           ; preds = %ok80
  br label %ws18

else82:                                           ; preds = %ok80
  br label %join83

join83:                                           ; preds = %else82, %dead89
  br label %join19

ws_done17:                                        ; preds = %dead88, %ok86, %ok84
  br label %args4

ws18:                                             ; preds = %cont87, %then81
  %432 = load i64, i64* %fuel, align 8
  %433 = icmp ult i64 %432, 1
  br i1 %433, label %trap14.site0, label %ok84

ok84:                                             ; preds = %ws18
  %434 = sub i64 %432, 1
  store i64 %434, i64* %fuel, align 8
  %435 = load i32, i32* %args_pos, align 4
  %436 = load i32, i32* %args_end, align 4
  %437 = icmp uge i32 %435, %436
  %438 = zext i1 %437 to i32
  %439 = icmp ne i32 %438, 0
  br i1 %439, label %ws_done17, label %cont85

cont85:                                           ; preds = %ok84
  %440 = load i32, i32* %args_pos, align 4
  %441 = zext i32 %440 to i64
  %442 = add i64 %441, 1
  %443 = icmp ugt i64 %442, %arena_size
  br i1 %443, label %trap17.site0, label %ok86

ok86:                                             ; preds = %cont85
  %444 = getelementptr i8, i8* %mem, i64 %441
  %445 = load i8, i8* %444, align 1
  %446 = zext i8 %445 to i32
  store i32 %446, i32* %ws, align 4
  %447 = load i32, i32* %ws, align 4
  %448 = icmp ule i32 %447, 32
  %449 = zext i1 %448 to i32
  %450 = icmp eq i32 %449, 0
  %451 = zext i1 %450 to i32
  %452 = icmp ne i32 %451, 0
  br i1 %452, label %ws_done17, label %cont87

cont87:                                           ; preds = %ok86
  %453 = load i32, i32* %args_pos, align 4
  %454 = add i32 %453, 1
  store i32 %454, i32* %args_pos, align 4
  br label %ws18

dead88:                                           ; No predecessors!
  br label %ws_done17

dead89:                                           ; No predecessors!
  br label %join83

then90:                                           ; preds = %join19
  br label %trap9.site2

else91:                                           ; preds = %join19
  br label %join92

join92:                                           ; preds = %else91, %dead93
  %455 = getelementptr i64, i64* %regs, i64 1
  %456 = getelementptr i64, i64* %regs, i64 2
  %457 = load i64, i64* %455, align 8
  %458 = add i64 %457, 3
  %459 = and i64 %458, -4
  %460 = add i64 %459, 4
  %461 = load i64, i64* %456, align 8
  %462 = icmp ugt i64 %460, %461
  br i1 %462, label %trap15.site0, label %ok94

trap9.site2:                                      ; preds = %then90
  %463 = load i64, i64* %lowStart, align 8
  %464 = getelementptr i64, i64* %regs, i64 6
  store i64 %463, i64* %464, align 8
  %465 = load i64, i64* %lowEnd, align 8
  %466 = getelementptr i64, i64* %regs, i64 7
  store i64 %465, i64* %466, align 8
  %467 = load i64, i64* %highEnd, align 8
  %468 = getelementptr i64, i64* %regs, i64 8
  store i64 %467, i64* %468, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead93:                                           ; No predecessors!
  br label %join92

ok94:                                             ; preds = %join92
  store i64 %460, i64* %455, align 8
  %469 = trunc i64 %459 to i32
  store i32 %469, i32* %cell, align 4
  %470 = load i32, i32* %arg0_at, align 4
  %471 = load i32, i32* %args_end, align 4
  %472 = load i32, i32* %cell, align 4
  %473 = icmp uge i32 %depth, 1000
  br i1 %473, label %trap15.site0, label %ok95

ok95:                                             ; preds = %ok94
  %474 = getelementptr i64, i64* %regs, i64 10
  %475 = load i64, i64* %474, align 8
  %476 = icmp ult i64 %10, %475
  br i1 %476, label %trap253.site0, label %stack_ok96

stack_ok96:                                       ; preds = %ok95
  %477 = load i64, i64* %fuel, align 8
  %478 = getelementptr i64, i64* %regs, i64 0
  store i64 %477, i64* %478, align 8
  %479 = load i64, i64* %lowStart, align 8
  %480 = getelementptr i64, i64* %regs, i64 6
  store i64 %479, i64* %480, align 8
  %481 = load i64, i64* %lowEnd, align 8
  %482 = getelementptr i64, i64* %regs, i64 7
  store i64 %481, i64* %482, align 8
  %483 = load i64, i64* %highEnd, align 8
  %484 = getelementptr i64, i64* %regs, i64 8
  store i64 %483, i64* %484, align 8
  %485 = add i32 %depth, 1
  %486 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %485, i32 %470, i32 %471, i32 %472)
  %487 = getelementptr i64, i64* %regs, i64 0
  %488 = load i64, i64* %487, align 8
  store i64 %488, i64* %fuel, align 8
  %489 = getelementptr i64, i64* %regs, i64 6
  %490 = load i64, i64* %489, align 8
  store i64 %490, i64* %lowStart, align 8
  %491 = getelementptr i64, i64* %regs, i64 7
  %492 = load i64, i64* %491, align 8
  store i64 %492, i64* %lowEnd, align 8
  %493 = getelementptr i64, i64* %regs, i64 8
  %494 = load i64, i64* %493, align 8
  store i64 %494, i64* %highEnd, align 8
  %495 = icmp slt i32 %486, 0
  %496 = zext i1 %495 to i32
  %497 = icmp ne i32 %496, 0
  br i1 %497, label %then97, label %else98

then97:                                           ; preds = %stack_ok96
  br label %trap11.site2

else98:                                           ; preds = %stack_ok96
  br label %join99

join99:                                           ; preds = %else98, %dead100
  %498 = load i32, i32* %cell, align 4
  %499 = zext i32 %498 to i64
  %500 = add i64 %499, 4
  %501 = icmp ugt i64 %500, %arena_size
  br i1 %501, label %trap17.site0, label %ok101

trap11.site2:                                     ; preds = %then105, %then97
  %502 = load i64, i64* %lowStart, align 8
  %503 = getelementptr i64, i64* %regs, i64 6
  store i64 %502, i64* %503, align 8
  %504 = load i64, i64* %lowEnd, align 8
  %505 = getelementptr i64, i64* %regs, i64 7
  store i64 %504, i64* %505, align 8
  %506 = load i64, i64* %highEnd, align 8
  %507 = getelementptr i64, i64* %regs, i64 8
  store i64 %506, i64* %507, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead100:                                          ; No predecessors!
  br label %join99

ok101:                                            ; preds = %join99
  %508 = getelementptr i8, i8* %mem, i64 %499
  %509 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %509, i8* %508, i64 4, i1 false)
  %510 = load i32, i32* %unaligned102, align 4
  store i32 %510, i32* %arg, align 4
  %511 = load i32, i32* %arg, align 4
  %512 = icmp uge i32 %depth, 1000
  br i1 %512, label %trap15.site2, label %ok103

ok103:                                            ; preds = %ok101
  %513 = getelementptr i64, i64* %regs, i64 10
  %514 = load i64, i64* %513, align 8
  %515 = icmp ult i64 %10, %514
  br i1 %515, label %trap253.site0, label %stack_ok104

trap15.site2:                                     ; preds = %ok101
  %516 = load i64, i64* %lowStart, align 8
  %517 = getelementptr i64, i64* %regs, i64 6
  store i64 %516, i64* %517, align 8
  %518 = load i64, i64* %lowEnd, align 8
  %519 = getelementptr i64, i64* %regs, i64 7
  store i64 %518, i64* %519, align 8
  %520 = load i64, i64* %highEnd, align 8
  %521 = getelementptr i64, i64* %regs, i64 8
  store i64 %520, i64* %521, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 2)
  unreachable

stack_ok104:                                      ; preds = %ok103
  %522 = load i64, i64* %fuel, align 8
  %523 = getelementptr i64, i64* %regs, i64 0
  store i64 %522, i64* %523, align 8
  %524 = load i64, i64* %lowStart, align 8
  %525 = getelementptr i64, i64* %regs, i64 6
  store i64 %524, i64* %525, align 8
  %526 = load i64, i64* %lowEnd, align 8
  %527 = getelementptr i64, i64* %regs, i64 7
  store i64 %526, i64* %527, align 8
  %528 = load i64, i64* %highEnd, align 8
  %529 = getelementptr i64, i64* %regs, i64 8
  store i64 %528, i64* %529, align 8
  %530 = add i32 %depth, 1
  %531 = call i32 @m0.validate.List_LineItem_(i64* %regs, i8* %mem, i32 %530, i32 %511)
  %532 = getelementptr i64, i64* %regs, i64 0
  %533 = load i64, i64* %532, align 8
  store i64 %533, i64* %fuel, align 8
  %534 = getelementptr i64, i64* %regs, i64 6
  %535 = load i64, i64* %534, align 8
  store i64 %535, i64* %lowStart, align 8
  %536 = getelementptr i64, i64* %regs, i64 7
  %537 = load i64, i64* %536, align 8
  store i64 %537, i64* %lowEnd, align 8
  %538 = getelementptr i64, i64* %regs, i64 8
  %539 = load i64, i64* %538, align 8
  store i64 %539, i64* %highEnd, align 8
  %540 = icmp eq i32 %531, 0
  %541 = zext i1 %540 to i32
  %542 = icmp ne i32 %541, 0
  br i1 %542, label %then105, label %else106

then105:                                          ; preds = %stack_ok104
  br label %trap11.site2

else106:                                          ; preds = %stack_ok104
  br label %join107

join107:                                          ; preds = %else106, %dead108
  %543 = load i32, i32* %arg1_at, align 4
  %544 = icmp eq i32 %543, 0
  %545 = zext i1 %544 to i32
  %546 = icmp ne i32 %545, 0
  br i1 %546, label %then109, label %else110

dead108:                                          ; No predecessors!
  br label %join107

then109:                                          ; preds = %join107
  br label %trap9.site3

else110:                                          ; preds = %join107
  br label %join111

join111:                                          ; preds = %else110, %dead112
  %547 = getelementptr i64, i64* %regs, i64 1
  %548 = getelementptr i64, i64* %regs, i64 2
  %549 = load i64, i64* %547, align 8
  %550 = add i64 %549, 3
  %551 = and i64 %550, -4
  %552 = add i64 %551, 4
  %553 = load i64, i64* %548, align 8
  %554 = icmp ugt i64 %552, %553
  br i1 %554, label %trap15.site0, label %ok113

trap9.site3:                                      ; preds = %then109
  %555 = load i64, i64* %lowStart, align 8
  %556 = getelementptr i64, i64* %regs, i64 6
  store i64 %555, i64* %556, align 8
  %557 = load i64, i64* %lowEnd, align 8
  %558 = getelementptr i64, i64* %regs, i64 7
  store i64 %557, i64* %558, align 8
  %559 = load i64, i64* %highEnd, align 8
  %560 = getelementptr i64, i64* %regs, i64 8
  store i64 %559, i64* %560, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead112:                                          ; No predecessors!
  br label %join111

ok113:                                            ; preds = %join111
  store i64 %552, i64* %547, align 8
  %561 = trunc i64 %551 to i32
  store i32 %561, i32* %cell.1, align 4
  %562 = load i32, i32* %arg1_at, align 4
  %563 = load i32, i32* %args_end, align 4
  %564 = load i32, i32* %cell.1, align 4
  %565 = icmp uge i32 %depth, 1000
  br i1 %565, label %trap15.site0, label %ok114

ok114:                                            ; preds = %ok113
  %566 = getelementptr i64, i64* %regs, i64 10
  %567 = load i64, i64* %566, align 8
  %568 = icmp ult i64 %10, %567
  br i1 %568, label %trap253.site0, label %stack_ok115

stack_ok115:                                      ; preds = %ok114
  %569 = load i64, i64* %fuel, align 8
  %570 = getelementptr i64, i64* %regs, i64 0
  store i64 %569, i64* %570, align 8
  %571 = load i64, i64* %lowStart, align 8
  %572 = getelementptr i64, i64* %regs, i64 6
  store i64 %571, i64* %572, align 8
  %573 = load i64, i64* %lowEnd, align 8
  %574 = getelementptr i64, i64* %regs, i64 7
  store i64 %573, i64* %574, align 8
  %575 = load i64, i64* %highEnd, align 8
  %576 = getelementptr i64, i64* %regs, i64 8
  store i64 %575, i64* %576, align 8
  %577 = add i32 %depth, 1
  %578 = call i32 @m0.codec.dec.enum.6(i64* %regs, i8* %mem, i32 %577, i32 %562, i32 %563, i32 %564)
  %579 = getelementptr i64, i64* %regs, i64 0
  %580 = load i64, i64* %579, align 8
  store i64 %580, i64* %fuel, align 8
  %581 = getelementptr i64, i64* %regs, i64 6
  %582 = load i64, i64* %581, align 8
  store i64 %582, i64* %lowStart, align 8
  %583 = getelementptr i64, i64* %regs, i64 7
  %584 = load i64, i64* %583, align 8
  store i64 %584, i64* %lowEnd, align 8
  %585 = getelementptr i64, i64* %regs, i64 8
  %586 = load i64, i64* %585, align 8
  store i64 %586, i64* %highEnd, align 8
  %587 = icmp slt i32 %578, 0
  %588 = zext i1 %587 to i32
  %589 = icmp ne i32 %588, 0
  br i1 %589, label %then116, label %else117

then116:                                          ; preds = %stack_ok115
  br label %trap11.site3

else117:                                          ; preds = %stack_ok115
  br label %join118

join118:                                          ; preds = %else117, %dead119
  %590 = load i32, i32* %cell.1, align 4
  %591 = zext i32 %590 to i64
  %592 = add i64 %591, 4
  %593 = icmp ugt i64 %592, %arena_size
  br i1 %593, label %trap17.site0, label %ok120

trap11.site3:                                     ; preds = %then116
  %594 = load i64, i64* %lowStart, align 8
  %595 = getelementptr i64, i64* %regs, i64 6
  store i64 %594, i64* %595, align 8
  %596 = load i64, i64* %lowEnd, align 8
  %597 = getelementptr i64, i64* %regs, i64 7
  store i64 %596, i64* %597, align 8
  %598 = load i64, i64* %highEnd, align 8
  %599 = getelementptr i64, i64* %regs, i64 8
  store i64 %598, i64* %599, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead119:                                          ; No predecessors!
  br label %join118

ok120:                                            ; preds = %join118
  %600 = getelementptr i8, i8* %mem, i64 %591
  %601 = bitcast i32* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %601, i8* %600, i64 4, i1 false)
  %602 = load i32, i32* %unaligned121, align 4
  store i32 %602, i32* %arg.1, align 4
  %603 = load i32, i32* %arg2_at, align 4
  %604 = icmp eq i32 %603, 0
  %605 = zext i1 %604 to i32
  %606 = icmp ne i32 %605, 0
  br i1 %606, label %then122, label %else123

then122:                                          ; preds = %ok120
  br label %trap9.site4

else123:                                          ; preds = %ok120
  br label %join124

join124:                                          ; preds = %else123, %dead125
  %607 = getelementptr i64, i64* %regs, i64 1
  %608 = getelementptr i64, i64* %regs, i64 2
  %609 = load i64, i64* %607, align 8
  %610 = add i64 %609, 3
  %611 = and i64 %610, -4
  %612 = add i64 %611, 4
  %613 = load i64, i64* %608, align 8
  %614 = icmp ugt i64 %612, %613
  br i1 %614, label %trap15.site0, label %ok126

trap9.site4:                                      ; preds = %then122
  %615 = load i64, i64* %lowStart, align 8
  %616 = getelementptr i64, i64* %regs, i64 6
  store i64 %615, i64* %616, align 8
  %617 = load i64, i64* %lowEnd, align 8
  %618 = getelementptr i64, i64* %regs, i64 7
  store i64 %617, i64* %618, align 8
  %619 = load i64, i64* %highEnd, align 8
  %620 = getelementptr i64, i64* %regs, i64 8
  store i64 %619, i64* %620, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 4)
  unreachable

dead125:                                          ; No predecessors!
  br label %join124

ok126:                                            ; preds = %join124
  store i64 %612, i64* %607, align 8
  %621 = trunc i64 %611 to i32
  store i32 %621, i32* %cell.2, align 4
  %622 = load i32, i32* %arg2_at, align 4
  %623 = load i32, i32* %args_end, align 4
  %624 = load i32, i32* %cell.2, align 4
  %625 = icmp uge i32 %depth, 1000
  br i1 %625, label %trap15.site0, label %ok127

ok127:                                            ; preds = %ok126
  %626 = getelementptr i64, i64* %regs, i64 10
  %627 = load i64, i64* %626, align 8
  %628 = icmp ult i64 %10, %627
  br i1 %628, label %trap253.site0, label %stack_ok128

stack_ok128:                                      ; preds = %ok127
  %629 = load i64, i64* %fuel, align 8
  %630 = getelementptr i64, i64* %regs, i64 0
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %lowStart, align 8
  %632 = getelementptr i64, i64* %regs, i64 6
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %lowEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 7
  store i64 %633, i64* %634, align 8
  %635 = load i64, i64* %highEnd, align 8
  %636 = getelementptr i64, i64* %regs, i64 8
  store i64 %635, i64* %636, align 8
  %637 = add i32 %depth, 1
  %638 = call i32 @m0.codec.dec.string.3(i64* %regs, i8* %mem, i32 %637, i32 %622, i32 %623, i32 %624)
  %639 = getelementptr i64, i64* %regs, i64 0
  %640 = load i64, i64* %639, align 8
  store i64 %640, i64* %fuel, align 8
  %641 = getelementptr i64, i64* %regs, i64 6
  %642 = load i64, i64* %641, align 8
  store i64 %642, i64* %lowStart, align 8
  %643 = getelementptr i64, i64* %regs, i64 7
  %644 = load i64, i64* %643, align 8
  store i64 %644, i64* %lowEnd, align 8
  %645 = getelementptr i64, i64* %regs, i64 8
  %646 = load i64, i64* %645, align 8
  store i64 %646, i64* %highEnd, align 8
  %647 = icmp slt i32 %638, 0
  %648 = zext i1 %647 to i32
  %649 = icmp ne i32 %648, 0
  br i1 %649, label %then129, label %else130

then129:                                          ; preds = %stack_ok128
  br label %trap11.site4

else130:                                          ; preds = %stack_ok128
  br label %join131

join131:                                          ; preds = %else130, %dead132
  %650 = load i32, i32* %cell.2, align 4
  %651 = zext i32 %650 to i64
  %652 = add i64 %651, 4
  %653 = icmp ugt i64 %652, %arena_size
  br i1 %653, label %trap17.site0, label %ok133

trap11.site4:                                     ; preds = %then129
  %654 = load i64, i64* %lowStart, align 8
  %655 = getelementptr i64, i64* %regs, i64 6
  store i64 %654, i64* %655, align 8
  %656 = load i64, i64* %lowEnd, align 8
  %657 = getelementptr i64, i64* %regs, i64 7
  store i64 %656, i64* %657, align 8
  %658 = load i64, i64* %highEnd, align 8
  %659 = getelementptr i64, i64* %regs, i64 8
  store i64 %658, i64* %659, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 4)
  unreachable

dead132:                                          ; No predecessors!
  br label %join131

ok133:                                            ; preds = %join131
  %660 = getelementptr i8, i8* %mem, i64 %651
  %661 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %661, i8* %660, i64 4, i1 false)
  %662 = load i32, i32* %unaligned134, align 4
  store i32 %662, i32* %arg.2, align 4
  %663 = load i32, i32* %args_unexpected, align 4
  %664 = icmp ne i32 %663, 0
  br i1 %664, label %then135, label %else136

then135:                                          ; preds = %ok133
  br label %trap10.site1

else136:                                          ; preds = %ok133
  br label %join137

join137:                                          ; preds = %else136, %dead138
  %665 = getelementptr i64, i64* %regs, i64 1
  %666 = getelementptr i64, i64* %regs, i64 2
  %667 = load i64, i64* %665, align 8
  %668 = add i64 %667, 7
  %669 = and i64 %668, -8
  %670 = add i64 %669, 24
  %671 = load i64, i64* %666, align 8
  %672 = icmp ugt i64 %670, %671
  br i1 %672, label %trap15.site1, label %ok139

trap10.site1:                                     ; preds = %then135
  %673 = load i64, i64* %lowStart, align 8
  %674 = getelementptr i64, i64* %regs, i64 6
  store i64 %673, i64* %674, align 8
  %675 = load i64, i64* %lowEnd, align 8
  %676 = getelementptr i64, i64* %regs, i64 7
  store i64 %675, i64* %676, align 8
  %677 = load i64, i64* %highEnd, align 8
  %678 = getelementptr i64, i64* %regs, i64 8
  store i64 %677, i64* %678, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead138:                                          ; No predecessors!
  br label %join137

ok139:                                            ; preds = %join137
  store i64 %670, i64* %665, align 8
  %679 = trunc i64 %669 to i32
  store i32 %679, i32* %args_out, align 4
  %680 = load i32, i32* %args_out, align 4
  %681 = load i32, i32* %arg, align 4
  %682 = zext i32 %680 to i64
  %683 = add i64 %682, 4
  %684 = icmp ugt i64 %683, %arena_size
  br i1 %684, label %trap17.site0, label %ok140

trap15.site1:                                     ; preds = %join137
  %685 = load i64, i64* %lowStart, align 8
  %686 = getelementptr i64, i64* %regs, i64 6
  store i64 %685, i64* %686, align 8
  %687 = load i64, i64* %lowEnd, align 8
  %688 = getelementptr i64, i64* %regs, i64 7
  store i64 %687, i64* %688, align 8
  %689 = load i64, i64* %highEnd, align 8
  %690 = getelementptr i64, i64* %regs, i64 8
  store i64 %689, i64* %690, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok140:                                            ; preds = %ok139
  %691 = getelementptr i8, i8* %mem, i64 %682
  %692 = icmp ult i64 %682, %scratch_start
  %693 = load i64, i64* %lowEnd, align 8
  %694 = load i64, i64* %highEnd, align 8
  %695 = call i64 @llvm.umax.i64(i64 %693, i64 %683)
  %696 = select i1 %692, i64 %695, i64 %693
  store i64 %696, i64* %lowEnd, align 8
  %697 = call i64 @llvm.umax.i64(i64 %694, i64 %683)
  %698 = select i1 %692, i64 %694, i64 %697
  store i64 %698, i64* %highEnd, align 8
  %699 = load i64, i64* %lowStart, align 8
  %700 = call i64 @llvm.umin.i64(i64 %699, i64 %682)
  store i64 %700, i64* %lowStart, align 8
  store i32 %681, i32* %unaligned141, align 4
  %701 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %691, i8* %701, i64 4, i1 false)
  %702 = load i32, i32* %args_out, align 4
  %703 = load i32, i32* %arg.1, align 4
  %704 = zext i32 %702 to i64
  %705 = add i64 %704, 8
  %706 = add i64 %705, 4
  %707 = icmp ugt i64 %706, %arena_size
  br i1 %707, label %trap17.site0, label %ok142

ok142:                                            ; preds = %ok140
  %708 = getelementptr i8, i8* %mem, i64 %705
  %709 = icmp ult i64 %705, %scratch_start
  %710 = load i64, i64* %lowEnd, align 8
  %711 = load i64, i64* %highEnd, align 8
  %712 = call i64 @llvm.umax.i64(i64 %710, i64 %706)
  %713 = select i1 %709, i64 %712, i64 %710
  store i64 %713, i64* %lowEnd, align 8
  %714 = call i64 @llvm.umax.i64(i64 %711, i64 %706)
  %715 = select i1 %709, i64 %711, i64 %714
  store i64 %715, i64* %highEnd, align 8
  %716 = load i64, i64* %lowStart, align 8
  %717 = call i64 @llvm.umin.i64(i64 %716, i64 %705)
  store i64 %717, i64* %lowStart, align 8
  store i32 %703, i32* %unaligned143, align 4
  %718 = bitcast i32* %unaligned143 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %708, i8* %718, i64 4, i1 false)
  %719 = load i32, i32* %args_out, align 4
  %720 = load i32, i32* %arg.2, align 4
  %721 = zext i32 %719 to i64
  %722 = add i64 %721, 16
  %723 = add i64 %722, 4
  %724 = icmp ugt i64 %723, %arena_size
  br i1 %724, label %trap17.site0, label %ok144

ok144:                                            ; preds = %ok142
  %725 = getelementptr i8, i8* %mem, i64 %722
  %726 = icmp ult i64 %722, %scratch_start
  %727 = load i64, i64* %lowEnd, align 8
  %728 = load i64, i64* %highEnd, align 8
  %729 = call i64 @llvm.umax.i64(i64 %727, i64 %723)
  %730 = select i1 %726, i64 %729, i64 %727
  store i64 %730, i64* %lowEnd, align 8
  %731 = call i64 @llvm.umax.i64(i64 %728, i64 %723)
  %732 = select i1 %726, i64 %728, i64 %731
  store i64 %732, i64* %highEnd, align 8
  %733 = load i64, i64* %lowStart, align 8
  %734 = call i64 @llvm.umin.i64(i64 %733, i64 %722)
  store i64 %734, i64* %lowStart, align 8
  store i32 %720, i32* %unaligned145, align 4
  %735 = bitcast i32* %unaligned145 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %725, i8* %735, i64 4, i1 false)
  %736 = load i32, i32* %args_out, align 4
  %737 = load i64, i64* %fuel, align 8
  %738 = getelementptr i64, i64* %regs, i64 0
  store i64 %737, i64* %738, align 8
  %739 = load i64, i64* %lowStart, align 8
  %740 = getelementptr i64, i64* %regs, i64 6
  store i64 %739, i64* %740, align 8
  %741 = load i64, i64* %lowEnd, align 8
  %742 = getelementptr i64, i64* %regs, i64 7
  store i64 %741, i64* %742, align 8
  %743 = load i64, i64* %highEnd, align 8
  %744 = getelementptr i64, i64* %regs, i64 8
  store i64 %743, i64* %744, align 8
  ret i32 %736
}

define internal i32 @m0.main(i64* %regs, i8* %mem, i32 %depth, i32 %input_offset.arg, i32 %input_len.arg, i32 %output_offset.arg, i32 %output_cap.arg) {
entry:
  %input_offset = alloca i32, align 4
  store i32 %input_offset.arg, i32* %input_offset, align 4
  %input_len = alloca i32, align 4
  store i32 %input_len.arg, i32* %input_len, align 4
  %output_offset = alloca i32, align 4
  store i32 %output_offset.arg, i32* %output_offset, align 4
  %output_cap = alloca i32, align 4
  store i32 %output_cap.arg, i32* %output_cap, align 4
  %args = alloca i32, align 4
  store i32 0, i32* %args, align 4
  %items = alloca i32, align 4
  store i32 0, i32* %items, align 4
  %tier = alloca i32, align 4
  store i32 0, i32* %tier, align 4
  %country = alloca i32, align 4
  store i32 0, i32* %country, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %discount_pct = alloca i64, align 8
  store i64 0, i64* %discount_pct, align 8
  %v = alloca i64, align 8
  store i64 0, i64* %v, align 8
  %lo = alloca i64, align 8
  store i64 0, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 0, i64* %hi, align 8
  %discount_pct.1 = alloca i64, align 8
  store i64 0, i64* %discount_pct.1, align 8
  %tax_rate = alloca double, align 8
  store double 0.000000e+00, double* %tax_rate, align 8
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x = alloca i32, align 4
  store i32 0, i32* %x, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %sku = alloca i32, align 4
  store i32 0, i32* %sku, align 4
  %cents = alloca i64, align 8
  store i64 0, i64* %cents, align 8
  %lines = alloca i32, align 4
  store i32 0, i32* %lines, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %i.1 = alloca i32, align 4
  store i32 0, i32* %i.1, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %sum = alloca i64, align 8
  store i64 0, i64* %sum, align 8
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i64, align 8
  store i64 0, i64* %x.2, align 8
  %item_count = alloca i64, align 8
  store i64 0, i64* %item_count, align 8
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %x.3 = alloca i32, align 4
  store i32 0, i32* %x.3, align 4
  %l = alloca i32, align 4
  store i32 0, i32* %l, align 4
  %xs.4 = alloca i32, align 4
  store i32 0, i32* %xs.4, align 4
  %sum.1 = alloca i64, align 8
  store i64 0, i64* %sum.1, align 8
  %n.4 = alloca i32, align 4
  store i32 0, i32* %n.4, align 4
  %k.4 = alloca i32, align 4
  store i32 0, i32* %k.4, align 4
  %x.4 = alloca i64, align 8
  store i64 0, i64* %x.4, align 8
  %subtotal_cents = alloca i64, align 8
  store i64 0, i64* %subtotal_cents, align 8
  %discount_cents = alloca i64, align 8
  store i64 0, i64* %discount_cents, align 8
  %tax_cents = alloca i64, align 8
  store i64 0, i64* %tax_cents, align 8
  %total_cents = alloca i64, align 8
  store i64 0, i64* %total_cents, align 8
  %part = alloca i64, align 8
  store i64 0, i64* %part, align 8
  %part.1 = alloca i32, align 4
  store i32 0, i32* %part.1, align 4
  %part.2 = alloca i32, align 4
  store i32 0, i32* %part.2, align 4
  %part.3 = alloca i64, align 8
  store i64 0, i64* %part.3, align 8
  %text = alloca i32, align 4
  store i32 0, i32* %text, align 4
  %cur = alloca i32, align 4
  store i32 0, i32* %cur, align 4
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %slen = alloca i32, align 4
  store i32 0, i32* %slen, align 4
  %s.1 = alloca i32, align 4
  store i32 0, i32* %s.1, align 4
  %slen.1 = alloca i32, align 4
  store i32 0, i32* %slen.1, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %summary = alloca i32, align 4
  store i32 0, i32* %summary, align 4
  %result = alloca i32, align 4
  store i32 0, i32* %result, align 4
  %json_start = alloca i32, align 4
  store i32 0, i32* %json_start, align 4
  %json_end = alloca i32, align 4
  store i32 0, i32* %json_end, align 4
  %result.1 = alloca i32, align 4
  store i32 0, i32* %result.1, align 4
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
  %stack_probe = alloca i8, align 1
  %10 = ptrtoint i8* %stack_probe to i64
  %unaligned = alloca i32, align 4
  %unaligned4 = alloca i32, align 4
  %unaligned6 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %result9 = alloca i64, align 8
  %result10 = alloca i64, align 8
  %unaligned22 = alloca i64, align 8
  %result23 = alloca i64, align 8
  %unaligned27 = alloca i64, align 8
  %result33 = alloca double, align 8
  %result39 = alloca double, align 8
  %unaligned41 = alloca i64, align 8
  %unaligned44 = alloca i32, align 4
  %unaligned46 = alloca i32, align 4
  %unaligned48 = alloca i32, align 4
  %result49 = alloca i32, align 4
  %unaligned51 = alloca i32, align 4
  %unaligned58 = alloca i32, align 4
  %unaligned61 = alloca i32, align 4
  %result62 = alloca i32, align 4
  %unaligned65 = alloca i32, align 4
  %unaligned67 = alloca i32, align 4
  %unaligned69 = alloca i64, align 8
  %unaligned71 = alloca i64, align 8
  %unaligned74 = alloca i64, align 8
  %unaligned76 = alloca i32, align 4
  %unaligned79 = alloca i32, align 4
  %unaligned81 = alloca i32, align 4
  %result82 = alloca i64, align 8
  %result83 = alloca i32, align 4
  %unaligned85 = alloca i32, align 4
  %unaligned92 = alloca i32, align 4
  %unaligned96 = alloca i32, align 4
  %unaligned98 = alloca i64, align 8
  %unaligned100 = alloca i64, align 8
  %unaligned103 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
  %unaligned109 = alloca i64, align 8
  %unaligned113 = alloca i64, align 8
  %result114 = alloca i64, align 8
  %result115 = alloca i32, align 4
  %unaligned117 = alloca i32, align 4
  %unaligned124 = alloca i32, align 4
  %unaligned128 = alloca i32, align 4
  %unaligned130 = alloca i64, align 8
  %unaligned132 = alloca i64, align 8
  %unaligned135 = alloca i32, align 4
  %unaligned137 = alloca i32, align 4
  %unaligned141 = alloca i64, align 8
  %unaligned145 = alloca i64, align 8
  %unaligned150 = alloca i64, align 8
  %unaligned153 = alloca i64, align 8
  %unaligned157 = alloca i64, align 8
  %result158 = alloca i32, align 4
  %unaligned168 = alloca i32, align 4
  %unaligned178 = alloca i32, align 4
  %unaligned184 = alloca i16, align 2
  %unaligned192 = alloca i16, align 2
  %unaligned200 = alloca i32, align 4
  %unaligned202 = alloca i16, align 2
  %unaligned204 = alloca i32, align 4
  %unaligned207 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %input_offset, align 4
  %15 = load i32, i32* %input_len, align 4
  %16 = icmp uge i32 %depth, 1000
  br i1 %16, label %trap15.site1, label %ok1

trap14.site0:                                     ; preds = %each53, %each49, %each44, %each40, %each24, %body
  %17 = load i64, i64* %lowStart, align 8
  %18 = getelementptr i64, i64* %regs, i64 6
  store i64 %17, i64* %18, align 8
  %19 = load i64, i64* %lowEnd, align 8
  %20 = getelementptr i64, i64* %regs, i64 7
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %highEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 8
  store i64 %21, i64* %22, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %23 = getelementptr i64, i64* %regs, i64 10
  %24 = load i64, i64* %23, align 8
  %25 = icmp ult i64 %10, %24
  br i1 %25, label %trap253.site0, label %stack_ok

trap15.site1:                                     ; preds = %ok
  %26 = load i64, i64* %lowStart, align 8
  %27 = getelementptr i64, i64* %regs, i64 6
  store i64 %26, i64* %27, align 8
  %28 = load i64, i64* %lowEnd, align 8
  %29 = getelementptr i64, i64* %regs, i64 7
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %highEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 8
  store i64 %30, i64* %31, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

stack_ok:                                         ; preds = %ok1
  %32 = load i64, i64* %fuel, align 8
  %33 = getelementptr i64, i64* %regs, i64 0
  store i64 %32, i64* %33, align 8
  %34 = load i64, i64* %lowStart, align 8
  %35 = getelementptr i64, i64* %regs, i64 6
  store i64 %34, i64* %35, align 8
  %36 = load i64, i64* %lowEnd, align 8
  %37 = getelementptr i64, i64* %regs, i64 7
  store i64 %36, i64* %37, align 8
  %38 = load i64, i64* %highEnd, align 8
  %39 = getelementptr i64, i64* %regs, i64 8
  store i64 %38, i64* %39, align 8
  %40 = add i32 %depth, 1
  %41 = call i32 @m0.main.args(i64* %regs, i8* %mem, i32 %40, i32 %14, i32 %15)
  %42 = getelementptr i64, i64* %regs, i64 0
  %43 = load i64, i64* %42, align 8
  store i64 %43, i64* %fuel, align 8
  %44 = getelementptr i64, i64* %regs, i64 6
  %45 = load i64, i64* %44, align 8
  store i64 %45, i64* %lowStart, align 8
  %46 = getelementptr i64, i64* %regs, i64 7
  %47 = load i64, i64* %46, align 8
  store i64 %47, i64* %lowEnd, align 8
  %48 = getelementptr i64, i64* %regs, i64 8
  %49 = load i64, i64* %48, align 8
  store i64 %49, i64* %highEnd, align 8
  store i32 %41, i32* %args, align 4
  %50 = load i32, i32* %args, align 4
  %51 = zext i32 %50 to i64
  %52 = add i64 %51, 4
  %53 = icmp ugt i64 %52, %arena_size
  br i1 %53, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok208, %ok193, %ok165, %ok159, %ok34, %ok28, %ok1
  %54 = load i64, i64* %lowStart, align 8
  %55 = getelementptr i64, i64* %regs, i64 6
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %lowEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 7
  store i64 %56, i64* %57, align 8
  %58 = load i64, i64* %highEnd, align 8
  %59 = getelementptr i64, i64* %regs, i64 8
  store i64 %58, i64* %59, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok2:                                              ; preds = %stack_ok
  %60 = getelementptr i8, i8* %mem, i64 %51
  %61 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %61, i8* %60, i64 4, i1 false)
  %62 = load i32, i32* %unaligned, align 4
  store i32 %62, i32* %items, align 4
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 4
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %e71, %ok201, %ok199, %join197, %join189, %join181, %ok176, %stack_ok166, %ok155, %ok151, %ok148, %e45, %cont139, %e46, %block48, %ok129, %cont126, %ok122, %ok112, %e36, %cont107, %e37, %block39, %ok97, %cont94, %ok90, %ok80, %e21, %block23, %e25, %ok72, %ok64, %cont, %ok56, %ok47, %ok45, %ok43, %ok42, %join32, %e1, %then18, %join15, %join, %ok8, %ok3, %ok2, %stack_ok
  %68 = load i64, i64* %lowStart, align 8
  %69 = getelementptr i64, i64* %regs, i64 6
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %lowEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 7
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %highEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 8
  store i64 %72, i64* %73, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %74 = getelementptr i8, i8* %mem, i64 %65
  %75 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %74, i64 4, i1 false)
  %76 = load i32, i32* %unaligned4, align 4
  store i32 %76, i32* %tier, align 4
  %77 = load i32, i32* %args, align 4
  %78 = zext i32 %77 to i64
  %79 = add i64 %78, 16
  %80 = add i64 %79, 4
  %81 = icmp ugt i64 %80, %arena_size
  br i1 %81, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %82 = getelementptr i8, i8* %mem, i64 %79
  %83 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %83, i8* %82, i64 4, i1 false)
  %84 = load i32, i32* %unaligned6, align 4
  store i32 %84, i32* %country, align 4
  %85 = getelementptr i64, i64* %regs, i64 1
  %86 = getelementptr i64, i64* %regs, i64 2
  %87 = load i64, i64* %85, align 8
  %88 = add i64 %87, 7
  %89 = and i64 %88, -8
  %90 = add i64 %89, 72
  %91 = load i64, i64* %86, align 8
  %92 = icmp ugt i64 %90, %91
  br i1 %92, label %trap15.site5, label %ok8

e0:                                               ; preds = %ok206
  %93 = load i32, i32* %result7, align 4
  store i32 %93, i32* %result, align 4
  %94 = load i32, i32* %result, align 4
  store i32 %94, i32* %result.1, align 4
  %95 = getelementptr i64, i64* %regs, i64 3
  %96 = load i64, i64* %95, align 8
  %97 = trunc i64 %96 to i32
  store i32 %97, i32* %json_start, align 4
  %98 = load i32, i32* %result.1, align 4
  %99 = load i32, i32* %json_start, align 4
  %100 = icmp uge i32 %depth, 1000
  br i1 %100, label %trap15.site0, label %ok208

ok8:                                              ; preds = %ok5
  store i64 %90, i64* %85, align 8
  %101 = trunc i64 %89 to i32
  store i32 %101, i32* %dict, align 4
  %102 = load i32, i32* %tier, align 4
  store i32 %102, i32* %scrut, align 4
  %103 = load i32, i32* %scrut, align 4
  %104 = zext i32 %103 to i64
  %105 = add i64 %104, 1
  %106 = icmp ugt i64 %105, %arena_size
  br i1 %106, label %trap17.site0, label %ok11

trap15.site5:                                     ; preds = %then214, %ok5
  %107 = load i64, i64* %lowStart, align 8
  %108 = getelementptr i64, i64* %regs, i64 6
  store i64 %107, i64* %108, align 8
  %109 = load i64, i64* %lowEnd, align 8
  %110 = getelementptr i64, i64* %regs, i64 7
  store i64 %109, i64* %110, align 8
  %111 = load i64, i64* %highEnd, align 8
  %112 = getelementptr i64, i64* %regs, i64 8
  store i64 %111, i64* %112, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

e1:                                               ; preds = %match3
  %113 = load i64, i64* %result9, align 8
  store i64 %113, i64* %discount_pct.1, align 8
  %114 = load i32, i32* %dict, align 4
  %115 = load i64, i64* %discount_pct.1, align 8
  %116 = zext i32 %114 to i64
  %117 = add i64 %116, 8
  %118 = icmp ugt i64 %117, %arena_size
  br i1 %118, label %trap17.site0, label %ok26

match3:                                           ; preds = %dead25, %e6, %then13, %then
  %119 = load i64, i64* %result10, align 8
  store i64 %119, i64* %result9, align 8
  br label %e1

ok11:                                             ; preds = %ok8
  %120 = getelementptr i8, i8* %mem, i64 %104
  %121 = load i8, i8* %120, align 1
  %122 = zext i8 %121 to i32
  %123 = icmp eq i32 %122, 0
  %124 = zext i1 %123 to i32
  %125 = icmp ne i32 %124, 0
  br i1 %125, label %then, label %else

then:                                             ; preds = %ok11
  store i64 0, i64* %result10, align 8
  br label %match3

else:                                             ; preds = %ok11
  br label %join

join:                                             ; preds = %else, %dead
  %126 = load i32, i32* %scrut, align 4
  %127 = zext i32 %126 to i64
  %128 = add i64 %127, 1
  %129 = icmp ugt i64 %128, %arena_size
  br i1 %129, label %trap17.site0, label %ok12

dead:                                             ; No predecessors!
  br label %join

ok12:                                             ; preds = %join
  %130 = getelementptr i8, i8* %mem, i64 %127
  %131 = load i8, i8* %130, align 1
  %132 = zext i8 %131 to i32
  %133 = icmp eq i32 %132, 1
  %134 = zext i1 %133 to i32
  %135 = icmp ne i32 %134, 0
  br i1 %135, label %then13, label %else14

then13:                                           ; preds = %ok12
  store i64 10, i64* %result10, align 8
  br label %match3

else14:                                           ; preds = %ok12
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %136 = load i32, i32* %scrut, align 4
  %137 = zext i32 %136 to i64
  %138 = add i64 %137, 1
  %139 = icmp ugt i64 %138, %arena_size
  br i1 %139, label %trap17.site0, label %ok17

dead16:                                           ; No predecessors!
  br label %join15

ok17:                                             ; preds = %join15
  %140 = getelementptr i8, i8* %mem, i64 %137
  %141 = load i8, i8* %140, align 1
  %142 = zext i8 %141 to i32
  %143 = icmp eq i32 %142, 2
  %144 = zext i1 %143 to i32
  %145 = icmp ne i32 %144, 0
  br i1 %145, label %then18, label %else19

then18:                                           ; preds = %ok17
  %146 = load i32, i32* %scrut, align 4
  %147 = zext i32 %146 to i64
  %148 = add i64 %147, 8
  %149 = add i64 %148, 8
  %150 = icmp ugt i64 %149, %arena_size
  br i1 %150, label %trap17.site0, label %ok21

else19:                                           ; preds = %ok17
  br label %join20

join20:                                           ; preds = %else19, %dead24
  br label %trap5.site7

ok21:                                             ; preds = %then18
  %151 = getelementptr i8, i8* %mem, i64 %148
  %152 = bitcast i64* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %152, i8* %151, i64 8, i1 false)
  %153 = load i64, i64* %unaligned22, align 8
  store i64 %153, i64* %discount_pct, align 8
  %154 = load i64, i64* %discount_pct, align 8
  store i64 %154, i64* %v, align 8
  store i64 0, i64* %lo, align 8
  store i64 50, i64* %hi, align 8
  %155 = load i64, i64* %lo, align 8
  %156 = load i64, i64* %hi, align 8
  %157 = load i64, i64* %v, align 8
  %158 = load i64, i64* %v, align 8
  %159 = load i64, i64* %hi, align 8
  %160 = icmp sgt i64 %158, %159
  %161 = zext i1 %160 to i32
  %162 = icmp ne i32 %161, 0
  %163 = select i1 %162, i64 %156, i64 %157
  %164 = load i64, i64* %v, align 8
  %165 = load i64, i64* %lo, align 8
  %166 = icmp slt i64 %164, %165
  %167 = zext i1 %166 to i32
  %168 = icmp ne i32 %167, 0
  %169 = select i1 %168, i64 %155, i64 %163
  store i64 %169, i64* %result23, align 8
  br label %e6

e6:                                               ; preds = %ok21
  %170 = load i64, i64* %result23, align 8
  store i64 %170, i64* %result10, align 8
  br label %match3

dead24:                                           ; No predecessors!
  br label %join20

trap5.site7:                                      ; preds = %join20
  %171 = load i64, i64* %lowStart, align 8
  %172 = getelementptr i64, i64* %regs, i64 6
  store i64 %171, i64* %172, align 8
  %173 = load i64, i64* %lowEnd, align 8
  %174 = getelementptr i64, i64* %regs, i64 7
  store i64 %173, i64* %174, align 8
  %175 = load i64, i64* %highEnd, align 8
  %176 = getelementptr i64, i64* %regs, i64 8
  store i64 %175, i64* %176, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 7)
  unreachable

dead25:                                           ; No predecessors!
  br label %match3

ok26:                                             ; preds = %e1
  %177 = getelementptr i8, i8* %mem, i64 %116
  %178 = icmp ult i64 %116, %scratch_start
  %179 = load i64, i64* %lowEnd, align 8
  %180 = load i64, i64* %highEnd, align 8
  %181 = call i64 @llvm.umax.i64(i64 %179, i64 %117)
  %182 = select i1 %178, i64 %181, i64 %179
  store i64 %182, i64* %lowEnd, align 8
  %183 = call i64 @llvm.umax.i64(i64 %180, i64 %117)
  %184 = select i1 %178, i64 %180, i64 %183
  store i64 %184, i64* %highEnd, align 8
  %185 = load i64, i64* %lowStart, align 8
  %186 = call i64 @llvm.umin.i64(i64 %185, i64 %116)
  store i64 %186, i64* %lowStart, align 8
  store i64 %115, i64* %unaligned27, align 8
  %187 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %177, i8* %187, i64 8, i1 false)
  %188 = load i32, i32* %country, align 4
  %189 = icmp uge i32 %depth, 1000
  br i1 %189, label %trap15.site0, label %ok28

ok28:                                             ; preds = %ok26
  %190 = getelementptr i64, i64* %regs, i64 10
  %191 = load i64, i64* %190, align 8
  %192 = icmp ult i64 %10, %191
  br i1 %192, label %trap253.site0, label %stack_ok29

trap15.site0:                                     ; preds = %e0, %else31, %ok26
  %193 = load i64, i64* %lowStart, align 8
  %194 = getelementptr i64, i64* %regs, i64 6
  store i64 %193, i64* %194, align 8
  %195 = load i64, i64* %lowEnd, align 8
  %196 = getelementptr i64, i64* %regs, i64 7
  store i64 %195, i64* %196, align 8
  %197 = load i64, i64* %highEnd, align 8
  %198 = getelementptr i64, i64* %regs, i64 8
  store i64 %197, i64* %198, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %199 = load i64, i64* %fuel, align 8
  %200 = getelementptr i64, i64* %regs, i64 0
  store i64 %199, i64* %200, align 8
  %201 = load i64, i64* %lowStart, align 8
  %202 = getelementptr i64, i64* %regs, i64 6
  store i64 %201, i64* %202, align 8
  %203 = load i64, i64* %lowEnd, align 8
  %204 = getelementptr i64, i64* %regs, i64 7
  store i64 %203, i64* %204, align 8
  %205 = load i64, i64* %highEnd, align 8
  %206 = getelementptr i64, i64* %regs, i64 8
  store i64 %205, i64* %206, align 8
  %207 = add i32 %depth, 1
  %208 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %207, i32 %188, i32 10880)
  %209 = getelementptr i64, i64* %regs, i64 0
  %210 = load i64, i64* %209, align 8
  store i64 %210, i64* %fuel, align 8
  %211 = getelementptr i64, i64* %regs, i64 6
  %212 = load i64, i64* %211, align 8
  store i64 %212, i64* %lowStart, align 8
  %213 = getelementptr i64, i64* %regs, i64 7
  %214 = load i64, i64* %213, align 8
  store i64 %214, i64* %lowEnd, align 8
  %215 = getelementptr i64, i64* %regs, i64 8
  %216 = load i64, i64* %215, align 8
  store i64 %216, i64* %highEnd, align 8
  %217 = icmp ne i32 %208, 0
  br i1 %217, label %then30, label %else31

then30:                                           ; preds = %stack_ok29
  store double 1.900000e-01, double* %result33, align 8
  br label %join32

else31:                                           ; preds = %stack_ok29
  %218 = load i32, i32* %country, align 4
  %219 = icmp uge i32 %depth, 1000
  br i1 %219, label %trap15.site0, label %ok34

join32:                                           ; preds = %join38, %then30
  %220 = load double, double* %result33, align 8
  store double %220, double* %tax_rate, align 8
  %221 = load i32, i32* %dict, align 4
  %222 = load double, double* %tax_rate, align 8
  %223 = zext i32 %221 to i64
  %224 = add i64 %223, 8
  %225 = add i64 %224, 8
  %226 = icmp ugt i64 %225, %arena_size
  br i1 %226, label %trap17.site0, label %ok40

ok34:                                             ; preds = %else31
  %227 = getelementptr i64, i64* %regs, i64 10
  %228 = load i64, i64* %227, align 8
  %229 = icmp ult i64 %10, %228
  br i1 %229, label %trap253.site0, label %stack_ok35

stack_ok35:                                       ; preds = %ok34
  %230 = load i64, i64* %fuel, align 8
  %231 = getelementptr i64, i64* %regs, i64 0
  store i64 %230, i64* %231, align 8
  %232 = load i64, i64* %lowStart, align 8
  %233 = getelementptr i64, i64* %regs, i64 6
  store i64 %232, i64* %233, align 8
  %234 = load i64, i64* %lowEnd, align 8
  %235 = getelementptr i64, i64* %regs, i64 7
  store i64 %234, i64* %235, align 8
  %236 = load i64, i64* %highEnd, align 8
  %237 = getelementptr i64, i64* %regs, i64 8
  store i64 %236, i64* %237, align 8
  %238 = add i32 %depth, 1
  %239 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %238, i32 %218, i32 10888)
  %240 = getelementptr i64, i64* %regs, i64 0
  %241 = load i64, i64* %240, align 8
  store i64 %241, i64* %fuel, align 8
  %242 = getelementptr i64, i64* %regs, i64 6
  %243 = load i64, i64* %242, align 8
  store i64 %243, i64* %lowStart, align 8
  %244 = getelementptr i64, i64* %regs, i64 7
  %245 = load i64, i64* %244, align 8
  store i64 %245, i64* %lowEnd, align 8
  %246 = getelementptr i64, i64* %regs, i64 8
  %247 = load i64, i64* %246, align 8
  store i64 %247, i64* %highEnd, align 8
  %248 = icmp ne i32 %239, 0
  br i1 %248, label %then36, label %else37

then36:                                           ; preds = %stack_ok35
  store double 2.000000e-01, double* %result39, align 8
  br label %join38

else37:                                           ; preds = %stack_ok35
  store double 0.000000e+00, double* %result39, align 8
  br label %join38

join38:                                           ; preds = %else37, %then36
  %249 = load double, double* %result39, align 8
  store double %249, double* %result33, align 8
  br label %join32

ok40:                                             ; preds = %join32
  %250 = getelementptr i8, i8* %mem, i64 %224
  %251 = icmp ult i64 %224, %scratch_start
  %252 = load i64, i64* %lowEnd, align 8
  %253 = load i64, i64* %highEnd, align 8
  %254 = call i64 @llvm.umax.i64(i64 %252, i64 %225)
  %255 = select i1 %251, i64 %254, i64 %252
  store i64 %255, i64* %lowEnd, align 8
  %256 = call i64 @llvm.umax.i64(i64 %253, i64 %225)
  %257 = select i1 %251, i64 %253, i64 %256
  store i64 %257, i64* %highEnd, align 8
  %258 = load i64, i64* %lowStart, align 8
  %259 = call i64 @llvm.umin.i64(i64 %258, i64 %224)
  store i64 %259, i64* %lowStart, align 8
  %260 = bitcast double %222 to i64
  %261 = and i64 %260, 9223372036854775807
  %262 = icmp ugt i64 %261, 9218868437227405312
  %263 = select i1 %262, i64 9221120237041090560, i64 %260
  store i64 %263, i64* %unaligned41, align 8
  %264 = bitcast i64* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %250, i8* %264, i64 8, i1 false)
  %265 = getelementptr i64, i64* %regs, i64 1
  %266 = getelementptr i64, i64* %regs, i64 2
  %267 = load i64, i64* %265, align 8
  %268 = add i64 %267, 3
  %269 = and i64 %268, -4
  %270 = add i64 %269, 8
  %271 = load i64, i64* %266, align 8
  %272 = icmp ugt i64 %270, %271
  br i1 %272, label %trap15.site10, label %ok42

ok42:                                             ; preds = %ok40
  store i64 %270, i64* %265, align 8
  %273 = trunc i64 %269 to i32
  store i32 %273, i32* %closure, align 4
  %274 = load i32, i32* %closure, align 4
  %275 = zext i32 %274 to i64
  %276 = add i64 %275, 4
  %277 = icmp ugt i64 %276, %arena_size
  br i1 %277, label %trap17.site0, label %ok43

trap15.site10:                                    ; preds = %ok40
  %278 = load i64, i64* %lowStart, align 8
  %279 = getelementptr i64, i64* %regs, i64 6
  store i64 %278, i64* %279, align 8
  %280 = load i64, i64* %lowEnd, align 8
  %281 = getelementptr i64, i64* %regs, i64 7
  store i64 %280, i64* %281, align 8
  %282 = load i64, i64* %highEnd, align 8
  %283 = getelementptr i64, i64* %regs, i64 8
  store i64 %282, i64* %283, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

ok43:                                             ; preds = %ok42
  %284 = getelementptr i8, i8* %mem, i64 %275
  %285 = icmp ult i64 %275, %scratch_start
  %286 = load i64, i64* %lowEnd, align 8
  %287 = load i64, i64* %highEnd, align 8
  %288 = call i64 @llvm.umax.i64(i64 %286, i64 %276)
  %289 = select i1 %285, i64 %288, i64 %286
  store i64 %289, i64* %lowEnd, align 8
  %290 = call i64 @llvm.umax.i64(i64 %287, i64 %276)
  %291 = select i1 %285, i64 %287, i64 %290
  store i64 %291, i64* %highEnd, align 8
  %292 = load i64, i64* %lowStart, align 8
  %293 = call i64 @llvm.umin.i64(i64 %292, i64 %275)
  store i64 %293, i64* %lowStart, align 8
  store i32 0, i32* %unaligned44, align 4
  %294 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %284, i8* %294, i64 4, i1 false)
  %295 = load i32, i32* %closure, align 4
  %296 = zext i32 %295 to i64
  %297 = add i64 %296, 4
  %298 = add i64 %297, 4
  %299 = icmp ugt i64 %298, %arena_size
  br i1 %299, label %trap17.site0, label %ok45

ok45:                                             ; preds = %ok43
  %300 = getelementptr i8, i8* %mem, i64 %297
  %301 = icmp ult i64 %297, %scratch_start
  %302 = load i64, i64* %lowEnd, align 8
  %303 = load i64, i64* %highEnd, align 8
  %304 = call i64 @llvm.umax.i64(i64 %302, i64 %298)
  %305 = select i1 %301, i64 %304, i64 %302
  store i64 %305, i64* %lowEnd, align 8
  %306 = call i64 @llvm.umax.i64(i64 %303, i64 %298)
  %307 = select i1 %301, i64 %303, i64 %306
  store i64 %307, i64* %highEnd, align 8
  %308 = load i64, i64* %lowStart, align 8
  %309 = call i64 @llvm.umin.i64(i64 %308, i64 %297)
  store i64 %309, i64* %lowStart, align 8
  store i32 0, i32* %unaligned46, align 4
  %310 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %300, i8* %310, i64 4, i1 false)
  %311 = load i32, i32* %dict, align 4
  %312 = load i32, i32* %closure, align 4
  %313 = zext i32 %311 to i64
  %314 = add i64 %313, 16
  %315 = add i64 %314, 4
  %316 = icmp ugt i64 %315, %arena_size
  br i1 %316, label %trap17.site0, label %ok47

ok47:                                             ; preds = %ok45
  %317 = getelementptr i8, i8* %mem, i64 %314
  %318 = icmp ult i64 %314, %scratch_start
  %319 = load i64, i64* %lowEnd, align 8
  %320 = load i64, i64* %highEnd, align 8
  %321 = call i64 @llvm.umax.i64(i64 %319, i64 %315)
  %322 = select i1 %318, i64 %321, i64 %319
  store i64 %322, i64* %lowEnd, align 8
  %323 = call i64 @llvm.umax.i64(i64 %320, i64 %315)
  %324 = select i1 %318, i64 %320, i64 %323
  store i64 %324, i64* %highEnd, align 8
  %325 = load i64, i64* %lowStart, align 8
  %326 = call i64 @llvm.umin.i64(i64 %325, i64 %314)
  store i64 %326, i64* %lowStart, align 8
  store i32 %312, i32* %unaligned48, align 4
  %327 = bitcast i32* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %317, i8* %327, i64 4, i1 false)
  %328 = load i32, i32* %items, align 4
  store i32 %328, i32* %xs, align 4
  %329 = load i32, i32* %xs, align 4
  %330 = zext i32 %329 to i64
  %331 = add i64 %330, 4
  %332 = icmp ugt i64 %331, %arena_size
  br i1 %332, label %trap17.site0, label %ok50

e21:                                              ; preds = %ok78
  %333 = load i32, i32* %result49, align 4
  store i32 %333, i32* %lines, align 4
  %334 = load i32, i32* %dict, align 4
  %335 = load i32, i32* %lines, align 4
  %336 = zext i32 %334 to i64
  %337 = add i64 %336, 20
  %338 = add i64 %337, 4
  %339 = icmp ugt i64 %338, %arena_size
  br i1 %339, label %trap17.site0, label %ok80

ok50:                                             ; preds = %ok47
  %340 = getelementptr i8, i8* %mem, i64 %330
  %341 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %341, i8* %340, i64 4, i1 false)
  %342 = load i32, i32* %unaligned51, align 4
  %343 = zext i32 %342 to i64
  %344 = mul i64 %343, 4
  %345 = add i64 4, %344
  store i64 %345, i64* %size, align 8
  %346 = load i64, i64* %size, align 8
  %347 = icmp ugt i64 %346, 2147483647
  %348 = zext i1 %347 to i32
  %349 = icmp ne i32 %348, 0
  br i1 %349, label %then52, label %else53

then52:                                           ; preds = %ok50
  br label %trap15.site11

else53:                                           ; preds = %ok50
  br label %join54

join54:                                           ; preds = %else53, %dead55
  %350 = load i64, i64* %size, align 8
  %351 = trunc i64 %350 to i32
  %352 = zext i32 %351 to i64
  %353 = getelementptr i64, i64* %regs, i64 1
  %354 = getelementptr i64, i64* %regs, i64 2
  %355 = load i64, i64* %353, align 8
  %356 = add i64 %355, 3
  %357 = and i64 %356, -4
  %358 = add i64 %357, %352
  %359 = load i64, i64* %354, align 8
  %360 = icmp ugt i64 %358, %359
  br i1 %360, label %trap15.site11, label %ok56

trap15.site11:                                    ; preds = %join54, %then52
  %361 = load i64, i64* %lowStart, align 8
  %362 = getelementptr i64, i64* %regs, i64 6
  store i64 %361, i64* %362, align 8
  %363 = load i64, i64* %lowEnd, align 8
  %364 = getelementptr i64, i64* %regs, i64 7
  store i64 %363, i64* %364, align 8
  %365 = load i64, i64* %highEnd, align 8
  %366 = getelementptr i64, i64* %regs, i64 8
  store i64 %365, i64* %366, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead55:                                           ; No predecessors!
  br label %join54

ok56:                                             ; preds = %join54
  store i64 %358, i64* %353, align 8
  %367 = trunc i64 %357 to i32
  store i32 %367, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %368 = load i32, i32* %xs, align 4
  %369 = zext i32 %368 to i64
  %370 = add i64 %369, 4
  %371 = icmp ugt i64 %370, %arena_size
  br i1 %371, label %trap17.site0, label %ok57

ok57:                                             ; preds = %ok56
  %372 = getelementptr i8, i8* %mem, i64 %369
  %373 = bitcast i32* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %373, i8* %372, i64 4, i1 false)
  %374 = load i32, i32* %unaligned58, align 4
  store i32 %374, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each24

block23:                                          ; preds = %dead77, %ok59
  %375 = load i32, i32* %list, align 4
  %376 = load i32, i32* %len, align 4
  %377 = zext i32 %375 to i64
  %378 = add i64 %377, 4
  %379 = icmp ugt i64 %378, %arena_size
  br i1 %379, label %trap17.site0, label %ok78

each24:                                           ; preds = %ok75, %ok57
  %380 = load i64, i64* %fuel, align 8
  %381 = icmp ult i64 %380, 1
  br i1 %381, label %trap14.site0, label %ok59

ok59:                                             ; preds = %each24
  %382 = sub i64 %380, 1
  store i64 %382, i64* %fuel, align 8
  %383 = load i32, i32* %k, align 4
  %384 = load i32, i32* %n, align 4
  %385 = icmp uge i32 %383, %384
  %386 = zext i1 %385 to i32
  %387 = icmp ne i32 %386, 0
  br i1 %387, label %block23, label %cont

cont:                                             ; preds = %ok59
  %388 = load i32, i32* %xs, align 4
  %389 = load i32, i32* %k, align 4
  %390 = mul i32 %389, 4
  %391 = add i32 %388, %390
  %392 = zext i32 %391 to i64
  %393 = add i64 %392, 4
  %394 = add i64 %393, 4
  %395 = icmp ugt i64 %394, %arena_size
  br i1 %395, label %trap17.site0, label %ok60

ok60:                                             ; preds = %cont
  %396 = getelementptr i8, i8* %mem, i64 %393
  %397 = bitcast i32* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %397, i8* %396, i64 4, i1 false)
  %398 = load i32, i32* %unaligned61, align 4
  store i32 %398, i32* %x, align 4
  %399 = load i32, i32* %x, align 4
  store i32 %399, i32* %i, align 4
  %400 = load i32, i32* %list, align 4
  %401 = load i32, i32* %len, align 4
  %402 = mul i32 %401, 4
  %403 = add i32 %400, %402
  %404 = getelementptr i64, i64* %regs, i64 1
  %405 = getelementptr i64, i64* %regs, i64 2
  %406 = load i64, i64* %404, align 8
  %407 = add i64 %406, 7
  %408 = and i64 %407, -8
  %409 = add i64 %408, 16
  %410 = load i64, i64* %405, align 8
  %411 = icmp ugt i64 %409, %410
  br i1 %411, label %trap15.site12, label %ok63

e25:                                              ; preds = %ok73
  %412 = load i32, i32* %result62, align 4
  %413 = zext i32 %403 to i64
  %414 = add i64 %413, 4
  %415 = add i64 %414, 4
  %416 = icmp ugt i64 %415, %arena_size
  br i1 %416, label %trap17.site0, label %ok75

ok63:                                             ; preds = %ok60
  store i64 %409, i64* %404, align 8
  %417 = trunc i64 %408 to i32
  store i32 %417, i32* %dict.1, align 4
  %418 = load i32, i32* %i, align 4
  %419 = zext i32 %418 to i64
  %420 = add i64 %419, 4
  %421 = icmp ugt i64 %420, %arena_size
  br i1 %421, label %trap17.site13, label %ok64

trap15.site12:                                    ; preds = %ok60
  %422 = load i64, i64* %lowStart, align 8
  %423 = getelementptr i64, i64* %regs, i64 6
  store i64 %422, i64* %423, align 8
  %424 = load i64, i64* %lowEnd, align 8
  %425 = getelementptr i64, i64* %regs, i64 7
  store i64 %424, i64* %425, align 8
  %426 = load i64, i64* %highEnd, align 8
  %427 = getelementptr i64, i64* %regs, i64 8
  store i64 %426, i64* %427, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

ok64:                                             ; preds = %ok63
  %428 = getelementptr i8, i8* %mem, i64 %419
  %429 = bitcast i32* %unaligned65 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %429, i8* %428, i64 4, i1 false)
  %430 = load i32, i32* %unaligned65, align 4
  store i32 %430, i32* %sku, align 4
  %431 = load i32, i32* %dict.1, align 4
  %432 = load i32, i32* %sku, align 4
  %433 = zext i32 %431 to i64
  %434 = add i64 %433, 4
  %435 = icmp ugt i64 %434, %arena_size
  br i1 %435, label %trap17.site0, label %ok66

trap17.site13:                                    ; preds = %ok63
  %436 = load i64, i64* %lowStart, align 8
  %437 = getelementptr i64, i64* %regs, i64 6
  store i64 %436, i64* %437, align 8
  %438 = load i64, i64* %lowEnd, align 8
  %439 = getelementptr i64, i64* %regs, i64 7
  store i64 %438, i64* %439, align 8
  %440 = load i64, i64* %highEnd, align 8
  %441 = getelementptr i64, i64* %regs, i64 8
  store i64 %440, i64* %441, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

ok66:                                             ; preds = %ok64
  %442 = getelementptr i8, i8* %mem, i64 %433
  %443 = icmp ult i64 %433, %scratch_start
  %444 = load i64, i64* %lowEnd, align 8
  %445 = load i64, i64* %highEnd, align 8
  %446 = call i64 @llvm.umax.i64(i64 %444, i64 %434)
  %447 = select i1 %443, i64 %446, i64 %444
  store i64 %447, i64* %lowEnd, align 8
  %448 = call i64 @llvm.umax.i64(i64 %445, i64 %434)
  %449 = select i1 %443, i64 %445, i64 %448
  store i64 %449, i64* %highEnd, align 8
  %450 = load i64, i64* %lowStart, align 8
  %451 = call i64 @llvm.umin.i64(i64 %450, i64 %433)
  store i64 %451, i64* %lowStart, align 8
  store i32 %432, i32* %unaligned67, align 4
  %452 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %442, i8* %452, i64 4, i1 false)
  %453 = load i32, i32* %i, align 4
  %454 = zext i32 %453 to i64
  %455 = add i64 %454, 16
  %456 = add i64 %455, 8
  %457 = icmp ugt i64 %456, %arena_size
  br i1 %457, label %trap17.site17, label %ok68

ok68:                                             ; preds = %ok66
  %458 = getelementptr i8, i8* %mem, i64 %455
  %459 = bitcast i64* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %459, i8* %458, i64 8, i1 false)
  %460 = load i64, i64* %unaligned69, align 8
  %461 = bitcast i64 %460 to double
  %462 = fmul double %461, 1.000000e+02
  %463 = call double @llvm.roundeven.f64(double %462)
  %464 = call i64 @llvm.fptosi.sat.i64.f64(double %463)
  %465 = load i32, i32* %i, align 4
  %466 = zext i32 %465 to i64
  %467 = add i64 %466, 8
  %468 = add i64 %467, 8
  %469 = icmp ugt i64 %468, %arena_size
  br i1 %469, label %trap17.site18, label %ok70

trap17.site17:                                    ; preds = %ok66
  %470 = load i64, i64* %lowStart, align 8
  %471 = getelementptr i64, i64* %regs, i64 6
  store i64 %470, i64* %471, align 8
  %472 = load i64, i64* %lowEnd, align 8
  %473 = getelementptr i64, i64* %regs, i64 7
  store i64 %472, i64* %473, align 8
  %474 = load i64, i64* %highEnd, align 8
  %475 = getelementptr i64, i64* %regs, i64 8
  store i64 %474, i64* %475, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok70:                                             ; preds = %ok68
  %476 = getelementptr i8, i8* %mem, i64 %467
  %477 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %477, i8* %476, i64 8, i1 false)
  %478 = load i64, i64* %unaligned71, align 8
  %479 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %464, i64 %478)
  %480 = extractvalue { i64, i1 } %479, 1
  br i1 %480, label %trap2.site14, label %ok72

trap17.site18:                                    ; preds = %ok68
  %481 = load i64, i64* %lowStart, align 8
  %482 = getelementptr i64, i64* %regs, i64 6
  store i64 %481, i64* %482, align 8
  %483 = load i64, i64* %lowEnd, align 8
  %484 = getelementptr i64, i64* %regs, i64 7
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %highEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 8
  store i64 %485, i64* %486, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok72:                                             ; preds = %ok70
  %487 = extractvalue { i64, i1 } %479, 0
  store i64 %487, i64* %cents, align 8
  %488 = load i32, i32* %dict.1, align 4
  %489 = load i64, i64* %cents, align 8
  %490 = zext i32 %488 to i64
  %491 = add i64 %490, 8
  %492 = add i64 %491, 8
  %493 = icmp ugt i64 %492, %arena_size
  br i1 %493, label %trap17.site0, label %ok73

trap2.site14:                                     ; preds = %ok70
  %494 = load i64, i64* %lowStart, align 8
  %495 = getelementptr i64, i64* %regs, i64 6
  store i64 %494, i64* %495, align 8
  %496 = load i64, i64* %lowEnd, align 8
  %497 = getelementptr i64, i64* %regs, i64 7
  store i64 %496, i64* %497, align 8
  %498 = load i64, i64* %highEnd, align 8
  %499 = getelementptr i64, i64* %regs, i64 8
  store i64 %498, i64* %499, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

ok73:                                             ; preds = %ok72
  %500 = getelementptr i8, i8* %mem, i64 %491
  %501 = icmp ult i64 %491, %scratch_start
  %502 = load i64, i64* %lowEnd, align 8
  %503 = load i64, i64* %highEnd, align 8
  %504 = call i64 @llvm.umax.i64(i64 %502, i64 %492)
  %505 = select i1 %501, i64 %504, i64 %502
  store i64 %505, i64* %lowEnd, align 8
  %506 = call i64 @llvm.umax.i64(i64 %503, i64 %492)
  %507 = select i1 %501, i64 %503, i64 %506
  store i64 %507, i64* %highEnd, align 8
  %508 = load i64, i64* %lowStart, align 8
  %509 = call i64 @llvm.umin.i64(i64 %508, i64 %491)
  store i64 %509, i64* %lowStart, align 8
  store i64 %489, i64* %unaligned74, align 8
  %510 = bitcast i64* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %500, i8* %510, i64 8, i1 false)
  %511 = load i32, i32* %dict.1, align 4
  store i32 %511, i32* %result62, align 4
  br label %e25

ok75:                                             ; preds = %e25
  %512 = getelementptr i8, i8* %mem, i64 %414
  %513 = icmp ult i64 %414, %scratch_start
  %514 = load i64, i64* %lowEnd, align 8
  %515 = load i64, i64* %highEnd, align 8
  %516 = call i64 @llvm.umax.i64(i64 %514, i64 %415)
  %517 = select i1 %513, i64 %516, i64 %514
  store i64 %517, i64* %lowEnd, align 8
  %518 = call i64 @llvm.umax.i64(i64 %515, i64 %415)
  %519 = select i1 %513, i64 %515, i64 %518
  store i64 %519, i64* %highEnd, align 8
  %520 = load i64, i64* %lowStart, align 8
  %521 = call i64 @llvm.umin.i64(i64 %520, i64 %414)
  store i64 %521, i64* %lowStart, align 8
  store i32 %412, i32* %unaligned76, align 4
  %522 = bitcast i32* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %512, i8* %522, i64 4, i1 false)
  %523 = load i32, i32* %len, align 4
  %524 = add i32 %523, 1
  store i32 %524, i32* %len, align 4
  %525 = load i32, i32* %k, align 4
  %526 = add i32 %525, 1
  store i32 %526, i32* %k, align 4
  br label %each24

dead77:                                           ; No predecessors!
  br label %block23

ok78:                                             ; preds = %block23
  %527 = getelementptr i8, i8* %mem, i64 %377
  %528 = icmp ult i64 %377, %scratch_start
  %529 = load i64, i64* %lowEnd, align 8
  %530 = load i64, i64* %highEnd, align 8
  %531 = call i64 @llvm.umax.i64(i64 %529, i64 %378)
  %532 = select i1 %528, i64 %531, i64 %529
  store i64 %532, i64* %lowEnd, align 8
  %533 = call i64 @llvm.umax.i64(i64 %530, i64 %378)
  %534 = select i1 %528, i64 %530, i64 %533
  store i64 %534, i64* %highEnd, align 8
  %535 = load i64, i64* %lowStart, align 8
  %536 = call i64 @llvm.umin.i64(i64 %535, i64 %377)
  store i64 %536, i64* %lowStart, align 8
  store i32 %376, i32* %unaligned79, align 4
  %537 = bitcast i32* %unaligned79 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %527, i8* %537, i64 4, i1 false)
  %538 = load i32, i32* %list, align 4
  store i32 %538, i32* %result49, align 4
  br label %e21

ok80:                                             ; preds = %e21
  %539 = getelementptr i8, i8* %mem, i64 %337
  %540 = icmp ult i64 %337, %scratch_start
  %541 = load i64, i64* %lowEnd, align 8
  %542 = load i64, i64* %highEnd, align 8
  %543 = call i64 @llvm.umax.i64(i64 %541, i64 %338)
  %544 = select i1 %540, i64 %543, i64 %541
  store i64 %544, i64* %lowEnd, align 8
  %545 = call i64 @llvm.umax.i64(i64 %542, i64 %338)
  %546 = select i1 %540, i64 %542, i64 %545
  store i64 %546, i64* %highEnd, align 8
  %547 = load i64, i64* %lowStart, align 8
  %548 = call i64 @llvm.umin.i64(i64 %547, i64 %337)
  store i64 %548, i64* %lowStart, align 8
  store i32 %335, i32* %unaligned81, align 4
  %549 = bitcast i32* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %539, i8* %549, i64 4, i1 false)
  %550 = load i32, i32* %items, align 4
  store i32 %550, i32* %xs.1, align 4
  %551 = load i32, i32* %xs.1, align 4
  %552 = zext i32 %551 to i64
  %553 = add i64 %552, 4
  %554 = icmp ugt i64 %553, %arena_size
  br i1 %554, label %trap17.site0, label %ok84

e36:                                              ; preds = %block43
  %555 = load i64, i64* %result82, align 8
  store i64 %555, i64* %item_count, align 8
  %556 = load i32, i32* %dict, align 4
  %557 = load i64, i64* %item_count, align 8
  %558 = zext i32 %556 to i64
  %559 = add i64 %558, 24
  %560 = add i64 %559, 8
  %561 = icmp ugt i64 %560, %arena_size
  br i1 %561, label %trap17.site0, label %ok112

e37:                                              ; preds = %ok102
  %562 = load i32, i32* %result83, align 4
  store i32 %562, i32* %xs.2, align 4
  store i64 0, i64* %sum, align 8
  %563 = load i32, i32* %xs.2, align 4
  %564 = zext i32 %563 to i64
  %565 = add i64 %564, 4
  %566 = icmp ugt i64 %565, %arena_size
  br i1 %566, label %trap17.site0, label %ok104

ok84:                                             ; preds = %ok80
  %567 = getelementptr i8, i8* %mem, i64 %552
  %568 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %568, i8* %567, i64 4, i1 false)
  %569 = load i32, i32* %unaligned85, align 4
  %570 = zext i32 %569 to i64
  %571 = mul i64 %570, 8
  %572 = add i64 8, %571
  store i64 %572, i64* %size.1, align 8
  %573 = load i64, i64* %size.1, align 8
  %574 = icmp ugt i64 %573, 2147483647
  %575 = zext i1 %574 to i32
  %576 = icmp ne i32 %575, 0
  br i1 %576, label %then86, label %else87

then86:                                           ; preds = %ok84
  br label %trap15.site20

else87:                                           ; preds = %ok84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %577 = load i64, i64* %size.1, align 8
  %578 = trunc i64 %577 to i32
  %579 = zext i32 %578 to i64
  %580 = getelementptr i64, i64* %regs, i64 1
  %581 = getelementptr i64, i64* %regs, i64 2
  %582 = load i64, i64* %580, align 8
  %583 = add i64 %582, 7
  %584 = and i64 %583, -8
  %585 = add i64 %584, %579
  %586 = load i64, i64* %581, align 8
  %587 = icmp ugt i64 %585, %586
  br i1 %587, label %trap15.site20, label %ok90

trap15.site20:                                    ; preds = %join88, %then86
  %588 = load i64, i64* %lowStart, align 8
  %589 = getelementptr i64, i64* %regs, i64 6
  store i64 %588, i64* %589, align 8
  %590 = load i64, i64* %lowEnd, align 8
  %591 = getelementptr i64, i64* %regs, i64 7
  store i64 %590, i64* %591, align 8
  %592 = load i64, i64* %highEnd, align 8
  %593 = getelementptr i64, i64* %regs, i64 8
  store i64 %592, i64* %593, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

ok90:                                             ; preds = %join88
  store i64 %585, i64* %580, align 8
  %594 = trunc i64 %584 to i32
  store i32 %594, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %595 = load i32, i32* %xs.1, align 4
  %596 = zext i32 %595 to i64
  %597 = add i64 %596, 4
  %598 = icmp ugt i64 %597, %arena_size
  br i1 %598, label %trap17.site0, label %ok91

ok91:                                             ; preds = %ok90
  %599 = getelementptr i8, i8* %mem, i64 %596
  %600 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %600, i8* %599, i64 4, i1 false)
  %601 = load i32, i32* %unaligned92, align 4
  store i32 %601, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each40

block39:                                          ; preds = %dead101, %ok93
  %602 = load i32, i32* %list.1, align 4
  %603 = load i32, i32* %len.1, align 4
  %604 = zext i32 %602 to i64
  %605 = add i64 %604, 4
  %606 = icmp ugt i64 %605, %arena_size
  br i1 %606, label %trap17.site0, label %ok102

each40:                                           ; preds = %ok99, %ok91
  %607 = load i64, i64* %fuel, align 8
  %608 = icmp ult i64 %607, 1
  br i1 %608, label %trap14.site0, label %ok93

ok93:                                             ; preds = %each40
  %609 = sub i64 %607, 1
  store i64 %609, i64* %fuel, align 8
  %610 = load i32, i32* %k.1, align 4
  %611 = load i32, i32* %n.1, align 4
  %612 = icmp uge i32 %610, %611
  %613 = zext i1 %612 to i32
  %614 = icmp ne i32 %613, 0
  br i1 %614, label %block39, label %cont94

cont94:                                           ; preds = %ok93
  %615 = load i32, i32* %xs.1, align 4
  %616 = load i32, i32* %k.1, align 4
  %617 = mul i32 %616, 4
  %618 = add i32 %615, %617
  %619 = zext i32 %618 to i64
  %620 = add i64 %619, 4
  %621 = add i64 %620, 4
  %622 = icmp ugt i64 %621, %arena_size
  br i1 %622, label %trap17.site0, label %ok95

ok95:                                             ; preds = %cont94
  %623 = getelementptr i8, i8* %mem, i64 %620
  %624 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %624, i8* %623, i64 4, i1 false)
  %625 = load i32, i32* %unaligned96, align 4
  store i32 %625, i32* %x.1, align 4
  %626 = load i32, i32* %x.1, align 4
  store i32 %626, i32* %i.1, align 4
  %627 = load i32, i32* %list.1, align 4
  %628 = load i32, i32* %len.1, align 4
  %629 = mul i32 %628, 8
  %630 = add i32 %627, %629
  %631 = load i32, i32* %i.1, align 4
  %632 = zext i32 %631 to i64
  %633 = add i64 %632, 8
  %634 = add i64 %633, 8
  %635 = icmp ugt i64 %634, %arena_size
  br i1 %635, label %trap17.site21, label %ok97

ok97:                                             ; preds = %ok95
  %636 = getelementptr i8, i8* %mem, i64 %633
  %637 = bitcast i64* %unaligned98 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %637, i8* %636, i64 8, i1 false)
  %638 = load i64, i64* %unaligned98, align 8
  %639 = zext i32 %630 to i64
  %640 = add i64 %639, 8
  %641 = add i64 %640, 8
  %642 = icmp ugt i64 %641, %arena_size
  br i1 %642, label %trap17.site0, label %ok99

trap17.site21:                                    ; preds = %ok95
  %643 = load i64, i64* %lowStart, align 8
  %644 = getelementptr i64, i64* %regs, i64 6
  store i64 %643, i64* %644, align 8
  %645 = load i64, i64* %lowEnd, align 8
  %646 = getelementptr i64, i64* %regs, i64 7
  store i64 %645, i64* %646, align 8
  %647 = load i64, i64* %highEnd, align 8
  %648 = getelementptr i64, i64* %regs, i64 8
  store i64 %647, i64* %648, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

ok99:                                             ; preds = %ok97
  %649 = getelementptr i8, i8* %mem, i64 %640
  %650 = icmp ult i64 %640, %scratch_start
  %651 = load i64, i64* %lowEnd, align 8
  %652 = load i64, i64* %highEnd, align 8
  %653 = call i64 @llvm.umax.i64(i64 %651, i64 %641)
  %654 = select i1 %650, i64 %653, i64 %651
  store i64 %654, i64* %lowEnd, align 8
  %655 = call i64 @llvm.umax.i64(i64 %652, i64 %641)
  %656 = select i1 %650, i64 %652, i64 %655
  store i64 %656, i64* %highEnd, align 8
  %657 = load i64, i64* %lowStart, align 8
  %658 = call i64 @llvm.umin.i64(i64 %657, i64 %640)
  store i64 %658, i64* %lowStart, align 8
  store i64 %638, i64* %unaligned100, align 8
  %659 = bitcast i64* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %649, i8* %659, i64 8, i1 false)
  %660 = load i32, i32* %len.1, align 4
  %661 = add i32 %660, 1
  store i32 %661, i32* %len.1, align 4
  %662 = load i32, i32* %k.1, align 4
  %663 = add i32 %662, 1
  store i32 %663, i32* %k.1, align 4
  br label %each40

dead101:                                          ; No predecessors!
  br label %block39

ok102:                                            ; preds = %block39
  %664 = getelementptr i8, i8* %mem, i64 %604
  %665 = icmp ult i64 %604, %scratch_start
  %666 = load i64, i64* %lowEnd, align 8
  %667 = load i64, i64* %highEnd, align 8
  %668 = call i64 @llvm.umax.i64(i64 %666, i64 %605)
  %669 = select i1 %665, i64 %668, i64 %666
  store i64 %669, i64* %lowEnd, align 8
  %670 = call i64 @llvm.umax.i64(i64 %667, i64 %605)
  %671 = select i1 %665, i64 %667, i64 %670
  store i64 %671, i64* %highEnd, align 8
  %672 = load i64, i64* %lowStart, align 8
  %673 = call i64 @llvm.umin.i64(i64 %672, i64 %604)
  store i64 %673, i64* %lowStart, align 8
  store i32 %603, i32* %unaligned103, align 4
  %674 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %664, i8* %674, i64 4, i1 false)
  %675 = load i32, i32* %list.1, align 4
  store i32 %675, i32* %result83, align 4
  br label %e37

ok104:                                            ; preds = %e37
  %676 = getelementptr i8, i8* %mem, i64 %564
  %677 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %677, i8* %676, i64 4, i1 false)
  %678 = load i32, i32* %unaligned105, align 4
  store i32 %678, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each44

block43:                                          ; preds = %dead111, %ok106
  %679 = load i64, i64* %sum, align 8
  store i64 %679, i64* %result82, align 8
  br label %e36

each44:                                           ; preds = %ok110, %ok104
  %680 = load i64, i64* %fuel, align 8
  %681 = icmp ult i64 %680, 1
  br i1 %681, label %trap14.site0, label %ok106

ok106:                                            ; preds = %each44
  %682 = sub i64 %680, 1
  store i64 %682, i64* %fuel, align 8
  %683 = load i32, i32* %k.2, align 4
  %684 = load i32, i32* %n.2, align 4
  %685 = icmp uge i32 %683, %684
  %686 = zext i1 %685 to i32
  %687 = icmp ne i32 %686, 0
  br i1 %687, label %block43, label %cont107

cont107:                                          ; preds = %ok106
  %688 = load i32, i32* %xs.2, align 4
  %689 = load i32, i32* %k.2, align 4
  %690 = mul i32 %689, 8
  %691 = add i32 %688, %690
  %692 = zext i32 %691 to i64
  %693 = add i64 %692, 8
  %694 = add i64 %693, 8
  %695 = icmp ugt i64 %694, %arena_size
  br i1 %695, label %trap17.site0, label %ok108

ok108:                                            ; preds = %cont107
  %696 = getelementptr i8, i8* %mem, i64 %693
  %697 = bitcast i64* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %697, i8* %696, i64 8, i1 false)
  %698 = load i64, i64* %unaligned109, align 8
  store i64 %698, i64* %x.2, align 8
  %699 = load i64, i64* %sum, align 8
  %700 = load i64, i64* %x.2, align 8
  %701 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %699, i64 %700)
  %702 = extractvalue { i64, i1 } %701, 1
  br i1 %702, label %trap2.site19, label %ok110

ok110:                                            ; preds = %ok108
  %703 = extractvalue { i64, i1 } %701, 0
  store i64 %703, i64* %sum, align 8
  %704 = load i32, i32* %k.2, align 4
  %705 = add i32 %704, 1
  store i32 %705, i32* %k.2, align 4
  br label %each44

trap2.site19:                                     ; preds = %ok108
  %706 = load i64, i64* %lowStart, align 8
  %707 = getelementptr i64, i64* %regs, i64 6
  store i64 %706, i64* %707, align 8
  %708 = load i64, i64* %lowEnd, align 8
  %709 = getelementptr i64, i64* %regs, i64 7
  store i64 %708, i64* %709, align 8
  %710 = load i64, i64* %highEnd, align 8
  %711 = getelementptr i64, i64* %regs, i64 8
  store i64 %710, i64* %711, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

dead111:                                          ; No predecessors!
  br label %block43

ok112:                                            ; preds = %e36
  %712 = getelementptr i8, i8* %mem, i64 %559
  %713 = icmp ult i64 %559, %scratch_start
  %714 = load i64, i64* %lowEnd, align 8
  %715 = load i64, i64* %highEnd, align 8
  %716 = call i64 @llvm.umax.i64(i64 %714, i64 %560)
  %717 = select i1 %713, i64 %716, i64 %714
  store i64 %717, i64* %lowEnd, align 8
  %718 = call i64 @llvm.umax.i64(i64 %715, i64 %560)
  %719 = select i1 %713, i64 %715, i64 %718
  store i64 %719, i64* %highEnd, align 8
  %720 = load i64, i64* %lowStart, align 8
  %721 = call i64 @llvm.umin.i64(i64 %720, i64 %559)
  store i64 %721, i64* %lowStart, align 8
  store i64 %557, i64* %unaligned113, align 8
  %722 = bitcast i64* %unaligned113 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %712, i8* %722, i64 8, i1 false)
  %723 = load i32, i32* %lines, align 4
  store i32 %723, i32* %xs.3, align 4
  %724 = load i32, i32* %xs.3, align 4
  %725 = zext i32 %724 to i64
  %726 = add i64 %725, 4
  %727 = icmp ugt i64 %726, %arena_size
  br i1 %727, label %trap17.site0, label %ok116

e45:                                              ; preds = %block52
  %728 = load i64, i64* %result114, align 8
  store i64 %728, i64* %subtotal_cents, align 8
  %729 = load i32, i32* %dict, align 4
  %730 = load i64, i64* %subtotal_cents, align 8
  %731 = zext i32 %729 to i64
  %732 = add i64 %731, 32
  %733 = add i64 %732, 8
  %734 = icmp ugt i64 %733, %arena_size
  br i1 %734, label %trap17.site0, label %ok144

e46:                                              ; preds = %ok134
  %735 = load i32, i32* %result115, align 4
  store i32 %735, i32* %xs.4, align 4
  store i64 0, i64* %sum.1, align 8
  %736 = load i32, i32* %xs.4, align 4
  %737 = zext i32 %736 to i64
  %738 = add i64 %737, 4
  %739 = icmp ugt i64 %738, %arena_size
  br i1 %739, label %trap17.site0, label %ok136

ok116:                                            ; preds = %ok112
  %740 = getelementptr i8, i8* %mem, i64 %725
  %741 = bitcast i32* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %741, i8* %740, i64 4, i1 false)
  %742 = load i32, i32* %unaligned117, align 4
  %743 = zext i32 %742 to i64
  %744 = mul i64 %743, 8
  %745 = add i64 8, %744
  store i64 %745, i64* %size.2, align 8
  %746 = load i64, i64* %size.2, align 8
  %747 = icmp ugt i64 %746, 2147483647
  %748 = zext i1 %747 to i32
  %749 = icmp ne i32 %748, 0
  br i1 %749, label %then118, label %else119

then118:                                          ; preds = %ok116
  br label %trap15.site23

else119:                                          ; preds = %ok116
  br label %join120

join120:                                          ; preds = %else119, %dead121
  %750 = load i64, i64* %size.2, align 8
  %751 = trunc i64 %750 to i32
  %752 = zext i32 %751 to i64
  %753 = getelementptr i64, i64* %regs, i64 1
  %754 = getelementptr i64, i64* %regs, i64 2
  %755 = load i64, i64* %753, align 8
  %756 = add i64 %755, 7
  %757 = and i64 %756, -8
  %758 = add i64 %757, %752
  %759 = load i64, i64* %754, align 8
  %760 = icmp ugt i64 %758, %759
  br i1 %760, label %trap15.site23, label %ok122

trap15.site23:                                    ; preds = %join120, %then118
  %761 = load i64, i64* %lowStart, align 8
  %762 = getelementptr i64, i64* %regs, i64 6
  store i64 %761, i64* %762, align 8
  %763 = load i64, i64* %lowEnd, align 8
  %764 = getelementptr i64, i64* %regs, i64 7
  store i64 %763, i64* %764, align 8
  %765 = load i64, i64* %highEnd, align 8
  %766 = getelementptr i64, i64* %regs, i64 8
  store i64 %765, i64* %766, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead121:                                          ; No predecessors!
  br label %join120

ok122:                                            ; preds = %join120
  store i64 %758, i64* %753, align 8
  %767 = trunc i64 %757 to i32
  store i32 %767, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %768 = load i32, i32* %xs.3, align 4
  %769 = zext i32 %768 to i64
  %770 = add i64 %769, 4
  %771 = icmp ugt i64 %770, %arena_size
  br i1 %771, label %trap17.site0, label %ok123

ok123:                                            ; preds = %ok122
  %772 = getelementptr i8, i8* %mem, i64 %769
  %773 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %773, i8* %772, i64 4, i1 false)
  %774 = load i32, i32* %unaligned124, align 4
  store i32 %774, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each49

block48:                                          ; preds = %dead133, %ok125
  %775 = load i32, i32* %list.2, align 4
  %776 = load i32, i32* %len.2, align 4
  %777 = zext i32 %775 to i64
  %778 = add i64 %777, 4
  %779 = icmp ugt i64 %778, %arena_size
  br i1 %779, label %trap17.site0, label %ok134

each49:                                           ; preds = %ok131, %ok123
  %780 = load i64, i64* %fuel, align 8
  %781 = icmp ult i64 %780, 1
  br i1 %781, label %trap14.site0, label %ok125

ok125:                                            ; preds = %each49
  %782 = sub i64 %780, 1
  store i64 %782, i64* %fuel, align 8
  %783 = load i32, i32* %k.3, align 4
  %784 = load i32, i32* %n.3, align 4
  %785 = icmp uge i32 %783, %784
  %786 = zext i1 %785 to i32
  %787 = icmp ne i32 %786, 0
  br i1 %787, label %block48, label %cont126

cont126:                                          ; preds = %ok125
  %788 = load i32, i32* %xs.3, align 4
  %789 = load i32, i32* %k.3, align 4
  %790 = mul i32 %789, 4
  %791 = add i32 %788, %790
  %792 = zext i32 %791 to i64
  %793 = add i64 %792, 4
  %794 = add i64 %793, 4
  %795 = icmp ugt i64 %794, %arena_size
  br i1 %795, label %trap17.site0, label %ok127

ok127:                                            ; preds = %cont126
  %796 = getelementptr i8, i8* %mem, i64 %793
  %797 = bitcast i32* %unaligned128 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %797, i8* %796, i64 4, i1 false)
  %798 = load i32, i32* %unaligned128, align 4
  store i32 %798, i32* %x.3, align 4
  %799 = load i32, i32* %x.3, align 4
  store i32 %799, i32* %l, align 4
  %800 = load i32, i32* %list.2, align 4
  %801 = load i32, i32* %len.2, align 4
  %802 = mul i32 %801, 8
  %803 = add i32 %800, %802
  %804 = load i32, i32* %l, align 4
  %805 = zext i32 %804 to i64
  %806 = add i64 %805, 8
  %807 = add i64 %806, 8
  %808 = icmp ugt i64 %807, %arena_size
  br i1 %808, label %trap17.site24, label %ok129

ok129:                                            ; preds = %ok127
  %809 = getelementptr i8, i8* %mem, i64 %806
  %810 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %810, i8* %809, i64 8, i1 false)
  %811 = load i64, i64* %unaligned130, align 8
  %812 = zext i32 %803 to i64
  %813 = add i64 %812, 8
  %814 = add i64 %813, 8
  %815 = icmp ugt i64 %814, %arena_size
  br i1 %815, label %trap17.site0, label %ok131

trap17.site24:                                    ; preds = %ok127
  %816 = load i64, i64* %lowStart, align 8
  %817 = getelementptr i64, i64* %regs, i64 6
  store i64 %816, i64* %817, align 8
  %818 = load i64, i64* %lowEnd, align 8
  %819 = getelementptr i64, i64* %regs, i64 7
  store i64 %818, i64* %819, align 8
  %820 = load i64, i64* %highEnd, align 8
  %821 = getelementptr i64, i64* %regs, i64 8
  store i64 %820, i64* %821, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 24)
  unreachable

ok131:                                            ; preds = %ok129
  %822 = getelementptr i8, i8* %mem, i64 %813
  %823 = icmp ult i64 %813, %scratch_start
  %824 = load i64, i64* %lowEnd, align 8
  %825 = load i64, i64* %highEnd, align 8
  %826 = call i64 @llvm.umax.i64(i64 %824, i64 %814)
  %827 = select i1 %823, i64 %826, i64 %824
  store i64 %827, i64* %lowEnd, align 8
  %828 = call i64 @llvm.umax.i64(i64 %825, i64 %814)
  %829 = select i1 %823, i64 %825, i64 %828
  store i64 %829, i64* %highEnd, align 8
  %830 = load i64, i64* %lowStart, align 8
  %831 = call i64 @llvm.umin.i64(i64 %830, i64 %813)
  store i64 %831, i64* %lowStart, align 8
  store i64 %811, i64* %unaligned132, align 8
  %832 = bitcast i64* %unaligned132 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %822, i8* %832, i64 8, i1 false)
  %833 = load i32, i32* %len.2, align 4
  %834 = add i32 %833, 1
  store i32 %834, i32* %len.2, align 4
  %835 = load i32, i32* %k.3, align 4
  %836 = add i32 %835, 1
  store i32 %836, i32* %k.3, align 4
  br label %each49

dead133:                                          ; No predecessors!
  br label %block48

ok134:                                            ; preds = %block48
  %837 = getelementptr i8, i8* %mem, i64 %777
  %838 = icmp ult i64 %777, %scratch_start
  %839 = load i64, i64* %lowEnd, align 8
  %840 = load i64, i64* %highEnd, align 8
  %841 = call i64 @llvm.umax.i64(i64 %839, i64 %778)
  %842 = select i1 %838, i64 %841, i64 %839
  store i64 %842, i64* %lowEnd, align 8
  %843 = call i64 @llvm.umax.i64(i64 %840, i64 %778)
  %844 = select i1 %838, i64 %840, i64 %843
  store i64 %844, i64* %highEnd, align 8
  %845 = load i64, i64* %lowStart, align 8
  %846 = call i64 @llvm.umin.i64(i64 %845, i64 %777)
  store i64 %846, i64* %lowStart, align 8
  store i32 %776, i32* %unaligned135, align 4
  %847 = bitcast i32* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %837, i8* %847, i64 4, i1 false)
  %848 = load i32, i32* %list.2, align 4
  store i32 %848, i32* %result115, align 4
  br label %e46

ok136:                                            ; preds = %e46
  %849 = getelementptr i8, i8* %mem, i64 %737
  %850 = bitcast i32* %unaligned137 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %850, i8* %849, i64 4, i1 false)
  %851 = load i32, i32* %unaligned137, align 4
  store i32 %851, i32* %n.4, align 4
  store i32 0, i32* %k.4, align 4
  br label %each53

block52:                                          ; preds = %dead143, %ok138
  %852 = load i64, i64* %sum.1, align 8
  store i64 %852, i64* %result114, align 8
  br label %e45

each53:                                           ; preds = %ok142, %ok136
  %853 = load i64, i64* %fuel, align 8
  %854 = icmp ult i64 %853, 1
  br i1 %854, label %trap14.site0, label %ok138

ok138:                                            ; preds = %each53
  %855 = sub i64 %853, 1
  store i64 %855, i64* %fuel, align 8
  %856 = load i32, i32* %k.4, align 4
  %857 = load i32, i32* %n.4, align 4
  %858 = icmp uge i32 %856, %857
  %859 = zext i1 %858 to i32
  %860 = icmp ne i32 %859, 0
  br i1 %860, label %block52, label %cont139

cont139:                                          ; preds = %ok138
  %861 = load i32, i32* %xs.4, align 4
  %862 = load i32, i32* %k.4, align 4
  %863 = mul i32 %862, 8
  %864 = add i32 %861, %863
  %865 = zext i32 %864 to i64
  %866 = add i64 %865, 8
  %867 = add i64 %866, 8
  %868 = icmp ugt i64 %867, %arena_size
  br i1 %868, label %trap17.site0, label %ok140

ok140:                                            ; preds = %cont139
  %869 = getelementptr i8, i8* %mem, i64 %866
  %870 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %870, i8* %869, i64 8, i1 false)
  %871 = load i64, i64* %unaligned141, align 8
  store i64 %871, i64* %x.4, align 8
  %872 = load i64, i64* %sum.1, align 8
  %873 = load i64, i64* %x.4, align 8
  %874 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %872, i64 %873)
  %875 = extractvalue { i64, i1 } %874, 1
  br i1 %875, label %trap2.site22, label %ok142

ok142:                                            ; preds = %ok140
  %876 = extractvalue { i64, i1 } %874, 0
  store i64 %876, i64* %sum.1, align 8
  %877 = load i32, i32* %k.4, align 4
  %878 = add i32 %877, 1
  store i32 %878, i32* %k.4, align 4
  br label %each53

trap2.site22:                                     ; preds = %ok140
  %879 = load i64, i64* %lowStart, align 8
  %880 = getelementptr i64, i64* %regs, i64 6
  store i64 %879, i64* %880, align 8
  %881 = load i64, i64* %lowEnd, align 8
  %882 = getelementptr i64, i64* %regs, i64 7
  store i64 %881, i64* %882, align 8
  %883 = load i64, i64* %highEnd, align 8
  %884 = getelementptr i64, i64* %regs, i64 8
  store i64 %883, i64* %884, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 22)
  unreachable

dead143:                                          ; No predecessors!
  br label %block52

ok144:                                            ; preds = %e45
  %885 = getelementptr i8, i8* %mem, i64 %732
  %886 = icmp ult i64 %732, %scratch_start
  %887 = load i64, i64* %lowEnd, align 8
  %888 = load i64, i64* %highEnd, align 8
  %889 = call i64 @llvm.umax.i64(i64 %887, i64 %733)
  %890 = select i1 %886, i64 %889, i64 %887
  store i64 %890, i64* %lowEnd, align 8
  %891 = call i64 @llvm.umax.i64(i64 %888, i64 %733)
  %892 = select i1 %886, i64 %888, i64 %891
  store i64 %892, i64* %highEnd, align 8
  %893 = load i64, i64* %lowStart, align 8
  %894 = call i64 @llvm.umin.i64(i64 %893, i64 %732)
  store i64 %894, i64* %lowStart, align 8
  store i64 %730, i64* %unaligned145, align 8
  %895 = bitcast i64* %unaligned145 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %885, i8* %895, i64 8, i1 false)
  %896 = load i64, i64* %subtotal_cents, align 8
  %897 = load i64, i64* %discount_pct.1, align 8
  %898 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %896, i64 %897)
  %899 = extractvalue { i64, i1 } %898, 1
  br i1 %899, label %trap2.site26, label %ok146

ok146:                                            ; preds = %ok144
  %900 = extractvalue { i64, i1 } %898, 0
  br i1 false, label %trap1.site25, label %ok147

trap2.site26:                                     ; preds = %ok144
  %901 = load i64, i64* %lowStart, align 8
  %902 = getelementptr i64, i64* %regs, i64 6
  store i64 %901, i64* %902, align 8
  %903 = load i64, i64* %lowEnd, align 8
  %904 = getelementptr i64, i64* %regs, i64 7
  store i64 %903, i64* %904, align 8
  %905 = load i64, i64* %highEnd, align 8
  %906 = getelementptr i64, i64* %regs, i64 8
  store i64 %905, i64* %906, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

ok147:                                            ; preds = %ok146
  %907 = icmp eq i64 %900, -9223372036854775808
  %908 = and i1 %907, false
  br i1 %908, label %trap2.site25, label %ok148

trap1.site25:                                     ; preds = %ok146
  %909 = load i64, i64* %lowStart, align 8
  %910 = getelementptr i64, i64* %regs, i64 6
  store i64 %909, i64* %910, align 8
  %911 = load i64, i64* %lowEnd, align 8
  %912 = getelementptr i64, i64* %regs, i64 7
  store i64 %911, i64* %912, align 8
  %913 = load i64, i64* %highEnd, align 8
  %914 = getelementptr i64, i64* %regs, i64 8
  store i64 %913, i64* %914, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 25)
  unreachable

ok148:                                            ; preds = %ok147
  %915 = sdiv i64 %900, 100
  store i64 %915, i64* %discount_cents, align 8
  %916 = load i32, i32* %dict, align 4
  %917 = load i64, i64* %discount_cents, align 8
  %918 = zext i32 %916 to i64
  %919 = add i64 %918, 40
  %920 = add i64 %919, 8
  %921 = icmp ugt i64 %920, %arena_size
  br i1 %921, label %trap17.site0, label %ok149

trap2.site25:                                     ; preds = %ok147
  %922 = load i64, i64* %lowStart, align 8
  %923 = getelementptr i64, i64* %regs, i64 6
  store i64 %922, i64* %923, align 8
  %924 = load i64, i64* %lowEnd, align 8
  %925 = getelementptr i64, i64* %regs, i64 7
  store i64 %924, i64* %925, align 8
  %926 = load i64, i64* %highEnd, align 8
  %927 = getelementptr i64, i64* %regs, i64 8
  store i64 %926, i64* %927, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 25)
  unreachable

ok149:                                            ; preds = %ok148
  %928 = getelementptr i8, i8* %mem, i64 %919
  %929 = icmp ult i64 %919, %scratch_start
  %930 = load i64, i64* %lowEnd, align 8
  %931 = load i64, i64* %highEnd, align 8
  %932 = call i64 @llvm.umax.i64(i64 %930, i64 %920)
  %933 = select i1 %929, i64 %932, i64 %930
  store i64 %933, i64* %lowEnd, align 8
  %934 = call i64 @llvm.umax.i64(i64 %931, i64 %920)
  %935 = select i1 %929, i64 %931, i64 %934
  store i64 %935, i64* %highEnd, align 8
  %936 = load i64, i64* %lowStart, align 8
  %937 = call i64 @llvm.umin.i64(i64 %936, i64 %919)
  store i64 %937, i64* %lowStart, align 8
  store i64 %917, i64* %unaligned150, align 8
  %938 = bitcast i64* %unaligned150 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %928, i8* %938, i64 8, i1 false)
  %939 = load i64, i64* %subtotal_cents, align 8
  %940 = load i64, i64* %discount_cents, align 8
  %941 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %939, i64 %940)
  %942 = extractvalue { i64, i1 } %941, 1
  br i1 %942, label %trap2.site29, label %ok151

ok151:                                            ; preds = %ok149
  %943 = extractvalue { i64, i1 } %941, 0
  %944 = sitofp i64 %943 to double
  %945 = load double, double* %tax_rate, align 8
  %946 = fmul double %944, %945
  %947 = call double @llvm.roundeven.f64(double %946)
  %948 = call i64 @llvm.fptosi.sat.i64.f64(double %947)
  store i64 %948, i64* %tax_cents, align 8
  %949 = load i32, i32* %dict, align 4
  %950 = load i64, i64* %tax_cents, align 8
  %951 = zext i32 %949 to i64
  %952 = add i64 %951, 48
  %953 = add i64 %952, 8
  %954 = icmp ugt i64 %953, %arena_size
  br i1 %954, label %trap17.site0, label %ok152

trap2.site29:                                     ; preds = %ok149
  %955 = load i64, i64* %lowStart, align 8
  %956 = getelementptr i64, i64* %regs, i64 6
  store i64 %955, i64* %956, align 8
  %957 = load i64, i64* %lowEnd, align 8
  %958 = getelementptr i64, i64* %regs, i64 7
  store i64 %957, i64* %958, align 8
  %959 = load i64, i64* %highEnd, align 8
  %960 = getelementptr i64, i64* %regs, i64 8
  store i64 %959, i64* %960, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 29)
  unreachable

ok152:                                            ; preds = %ok151
  %961 = getelementptr i8, i8* %mem, i64 %952
  %962 = icmp ult i64 %952, %scratch_start
  %963 = load i64, i64* %lowEnd, align 8
  %964 = load i64, i64* %highEnd, align 8
  %965 = call i64 @llvm.umax.i64(i64 %963, i64 %953)
  %966 = select i1 %962, i64 %965, i64 %963
  store i64 %966, i64* %lowEnd, align 8
  %967 = call i64 @llvm.umax.i64(i64 %964, i64 %953)
  %968 = select i1 %962, i64 %964, i64 %967
  store i64 %968, i64* %highEnd, align 8
  %969 = load i64, i64* %lowStart, align 8
  %970 = call i64 @llvm.umin.i64(i64 %969, i64 %952)
  store i64 %970, i64* %lowStart, align 8
  store i64 %950, i64* %unaligned153, align 8
  %971 = bitcast i64* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %961, i8* %971, i64 8, i1 false)
  %972 = load i64, i64* %subtotal_cents, align 8
  %973 = load i64, i64* %discount_cents, align 8
  %974 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %972, i64 %973)
  %975 = extractvalue { i64, i1 } %974, 1
  br i1 %975, label %trap2.site31, label %ok154

ok154:                                            ; preds = %ok152
  %976 = extractvalue { i64, i1 } %974, 0
  %977 = load i64, i64* %tax_cents, align 8
  %978 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %976, i64 %977)
  %979 = extractvalue { i64, i1 } %978, 1
  br i1 %979, label %trap2.site30, label %ok155

trap2.site31:                                     ; preds = %ok152
  %980 = load i64, i64* %lowStart, align 8
  %981 = getelementptr i64, i64* %regs, i64 6
  store i64 %980, i64* %981, align 8
  %982 = load i64, i64* %lowEnd, align 8
  %983 = getelementptr i64, i64* %regs, i64 7
  store i64 %982, i64* %983, align 8
  %984 = load i64, i64* %highEnd, align 8
  %985 = getelementptr i64, i64* %regs, i64 8
  store i64 %984, i64* %985, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 31)
  unreachable

ok155:                                            ; preds = %ok154
  %986 = extractvalue { i64, i1 } %978, 0
  store i64 %986, i64* %total_cents, align 8
  %987 = load i32, i32* %dict, align 4
  %988 = load i64, i64* %total_cents, align 8
  %989 = zext i32 %987 to i64
  %990 = add i64 %989, 56
  %991 = add i64 %990, 8
  %992 = icmp ugt i64 %991, %arena_size
  br i1 %992, label %trap17.site0, label %ok156

trap2.site30:                                     ; preds = %ok154
  %993 = load i64, i64* %lowStart, align 8
  %994 = getelementptr i64, i64* %regs, i64 6
  store i64 %993, i64* %994, align 8
  %995 = load i64, i64* %lowEnd, align 8
  %996 = getelementptr i64, i64* %regs, i64 7
  store i64 %995, i64* %996, align 8
  %997 = load i64, i64* %highEnd, align 8
  %998 = getelementptr i64, i64* %regs, i64 8
  store i64 %997, i64* %998, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 30)
  unreachable

ok156:                                            ; preds = %ok155
  %999 = getelementptr i8, i8* %mem, i64 %990
  %1000 = icmp ult i64 %990, %scratch_start
  %1001 = load i64, i64* %lowEnd, align 8
  %1002 = load i64, i64* %highEnd, align 8
  %1003 = call i64 @llvm.umax.i64(i64 %1001, i64 %991)
  %1004 = select i1 %1000, i64 %1003, i64 %1001
  store i64 %1004, i64* %lowEnd, align 8
  %1005 = call i64 @llvm.umax.i64(i64 %1002, i64 %991)
  %1006 = select i1 %1000, i64 %1002, i64 %1005
  store i64 %1006, i64* %highEnd, align 8
  %1007 = load i64, i64* %lowStart, align 8
  %1008 = call i64 @llvm.umin.i64(i64 %1007, i64 %990)
  store i64 %1008, i64* %lowStart, align 8
  store i64 %988, i64* %unaligned157, align 8
  %1009 = bitcast i64* %unaligned157 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %999, i8* %1009, i64 8, i1 false)
  %1010 = load i64, i64* %item_count, align 8
  store i64 %1010, i64* %part, align 8
  %1011 = load i32, i32* %country, align 4
  store i32 %1011, i32* %part.1, align 4
  %1012 = load i64, i64* %total_cents, align 8
  %1013 = icmp uge i32 %depth, 1000
  br i1 %1013, label %trap15.site32, label %ok159

e71:                                              ; preds = %ok205
  %1014 = load i32, i32* %result158, align 4
  store i32 %1014, i32* %summary, align 4
  %1015 = load i32, i32* %dict, align 4
  %1016 = load i32, i32* %summary, align 4
  %1017 = zext i32 %1015 to i64
  %1018 = add i64 %1017, 64
  %1019 = add i64 %1018, 4
  %1020 = icmp ugt i64 %1019, %arena_size
  br i1 %1020, label %trap17.site0, label %ok206

ok159:                                            ; preds = %ok156
  %1021 = getelementptr i64, i64* %regs, i64 10
  %1022 = load i64, i64* %1021, align 8
  %1023 = icmp ult i64 %10, %1022
  br i1 %1023, label %trap253.site0, label %stack_ok160

trap15.site32:                                    ; preds = %ok156
  %1024 = load i64, i64* %lowStart, align 8
  %1025 = getelementptr i64, i64* %regs, i64 6
  store i64 %1024, i64* %1025, align 8
  %1026 = load i64, i64* %lowEnd, align 8
  %1027 = getelementptr i64, i64* %regs, i64 7
  store i64 %1026, i64* %1027, align 8
  %1028 = load i64, i64* %highEnd, align 8
  %1029 = getelementptr i64, i64* %regs, i64 8
  store i64 %1028, i64* %1029, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 32)
  unreachable

stack_ok160:                                      ; preds = %ok159
  %1030 = load i64, i64* %fuel, align 8
  %1031 = getelementptr i64, i64* %regs, i64 0
  store i64 %1030, i64* %1031, align 8
  %1032 = load i64, i64* %lowStart, align 8
  %1033 = getelementptr i64, i64* %regs, i64 6
  store i64 %1032, i64* %1033, align 8
  %1034 = load i64, i64* %lowEnd, align 8
  %1035 = getelementptr i64, i64* %regs, i64 7
  store i64 %1034, i64* %1035, align 8
  %1036 = load i64, i64* %highEnd, align 8
  %1037 = getelementptr i64, i64* %regs, i64 8
  store i64 %1036, i64* %1037, align 8
  %1038 = add i32 %depth, 1
  %1039 = call i32 @m0.fn.money(i64* %regs, i8* %mem, i32 %1038, i32 0, i64 %1012)
  %1040 = getelementptr i64, i64* %regs, i64 0
  %1041 = load i64, i64* %1040, align 8
  store i64 %1041, i64* %fuel, align 8
  %1042 = getelementptr i64, i64* %regs, i64 6
  %1043 = load i64, i64* %1042, align 8
  store i64 %1043, i64* %lowStart, align 8
  %1044 = getelementptr i64, i64* %regs, i64 7
  %1045 = load i64, i64* %1044, align 8
  store i64 %1045, i64* %lowEnd, align 8
  %1046 = getelementptr i64, i64* %regs, i64 8
  %1047 = load i64, i64* %1046, align 8
  store i64 %1047, i64* %highEnd, align 8
  store i32 %1039, i32* %part.2, align 4
  %1048 = load i64, i64* %discount_pct.1, align 8
  store i64 %1048, i64* %part.3, align 8
  %1049 = getelementptr i64, i64* %regs, i64 1
  %1050 = load i64, i64* %1049, align 8
  %1051 = trunc i64 %1050 to i32
  %1052 = add i32 %1051, 3
  %1053 = and i32 %1052, -4
  store i32 %1053, i32* %text, align 4
  %1054 = load i32, i32* %text, align 4
  %1055 = add i32 %1054, 4
  store i32 %1055, i32* %cur, align 4
  %1056 = load i32, i32* %cur, align 4
  %1057 = add i32 %1056, 20
  %1058 = getelementptr i64, i64* %regs, i64 2
  %1059 = load i64, i64* %1058, align 8
  %1060 = trunc i64 %1059 to i32
  %1061 = icmp ugt i32 %1057, %1060
  %1062 = zext i1 %1061 to i32
  %1063 = icmp ne i32 %1062, 0
  br i1 %1063, label %then161, label %else162

then161:                                          ; preds = %stack_ok160
  br label %trap15.site33

else162:                                          ; preds = %stack_ok160
  br label %join163

join163:                                          ; preds = %else162, %dead164
  %1064 = load i32, i32* %cur, align 4
  %1065 = load i64, i64* %part, align 8
  %1066 = load i32, i32* %cur, align 4
  %1067 = icmp uge i32 %depth, 1000
  br i1 %1067, label %trap15.site33, label %ok165

trap15.site33:                                    ; preds = %ok203, %then195, %ok191, %then187, %then179, %then169, %join163, %then161
  %1068 = load i64, i64* %lowStart, align 8
  %1069 = getelementptr i64, i64* %regs, i64 6
  store i64 %1068, i64* %1069, align 8
  %1070 = load i64, i64* %lowEnd, align 8
  %1071 = getelementptr i64, i64* %regs, i64 7
  store i64 %1070, i64* %1071, align 8
  %1072 = load i64, i64* %highEnd, align 8
  %1073 = getelementptr i64, i64* %regs, i64 8
  store i64 %1072, i64* %1073, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 33)
  unreachable

dead164:                                          ; No predecessors!
  br label %join163

ok165:                                            ; preds = %join163
  %1074 = getelementptr i64, i64* %regs, i64 10
  %1075 = load i64, i64* %1074, align 8
  %1076 = icmp ult i64 %10, %1075
  br i1 %1076, label %trap253.site0, label %stack_ok166

stack_ok166:                                      ; preds = %ok165
  %1077 = load i64, i64* %fuel, align 8
  %1078 = getelementptr i64, i64* %regs, i64 0
  store i64 %1077, i64* %1078, align 8
  %1079 = load i64, i64* %lowStart, align 8
  %1080 = getelementptr i64, i64* %regs, i64 6
  store i64 %1079, i64* %1080, align 8
  %1081 = load i64, i64* %lowEnd, align 8
  %1082 = getelementptr i64, i64* %regs, i64 7
  store i64 %1081, i64* %1082, align 8
  %1083 = load i64, i64* %highEnd, align 8
  %1084 = getelementptr i64, i64* %regs, i64 8
  store i64 %1083, i64* %1084, align 8
  %1085 = add i32 %depth, 1
  %1086 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1085, i64 %1065, i32 %1066)
  %1087 = getelementptr i64, i64* %regs, i64 0
  %1088 = load i64, i64* %1087, align 8
  store i64 %1088, i64* %fuel, align 8
  %1089 = getelementptr i64, i64* %regs, i64 6
  %1090 = load i64, i64* %1089, align 8
  store i64 %1090, i64* %lowStart, align 8
  %1091 = getelementptr i64, i64* %regs, i64 7
  %1092 = load i64, i64* %1091, align 8
  store i64 %1092, i64* %lowEnd, align 8
  %1093 = getelementptr i64, i64* %regs, i64 8
  %1094 = load i64, i64* %1093, align 8
  store i64 %1094, i64* %highEnd, align 8
  %1095 = add i32 %1064, %1086
  store i32 %1095, i32* %cur, align 4
  %1096 = load i32, i32* %part.1, align 4
  store i32 %1096, i32* %s, align 4
  %1097 = load i32, i32* %s, align 4
  %1098 = zext i32 %1097 to i64
  %1099 = add i64 %1098, 4
  %1100 = icmp ugt i64 %1099, %arena_size
  br i1 %1100, label %trap17.site0, label %ok167

ok167:                                            ; preds = %stack_ok166
  %1101 = getelementptr i8, i8* %mem, i64 %1098
  %1102 = bitcast i32* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1102, i8* %1101, i64 4, i1 false)
  %1103 = load i32, i32* %unaligned168, align 4
  store i32 %1103, i32* %slen, align 4
  %1104 = load i32, i32* %cur, align 4
  %1105 = load i32, i32* %slen, align 4
  %1106 = add i32 10, %1105
  %1107 = add i32 %1104, %1106
  %1108 = getelementptr i64, i64* %regs, i64 2
  %1109 = load i64, i64* %1108, align 8
  %1110 = trunc i64 %1109 to i32
  %1111 = icmp ugt i32 %1107, %1110
  %1112 = zext i1 %1111 to i32
  %1113 = icmp ne i32 %1112, 0
  br i1 %1113, label %then169, label %else170

then169:                                          ; preds = %ok167
  br label %trap15.site33

else170:                                          ; preds = %ok167
  br label %join171

join171:                                          ; preds = %else170, %dead172
  %1114 = load i32, i32* %cur, align 4
  %1115 = add i32 %1114, 0
  %1116 = zext i32 %1115 to i64
  %1117 = add i64 %1116, 10
  %1118 = icmp ugt i64 %1117, %arena_size
  br i1 %1118, label %trap17.site33, label %ok173

dead172:                                          ; No predecessors!
  br label %join171

ok173:                                            ; preds = %join171
  %1119 = icmp ugt i64 11110, %arena_size
  br i1 %1119, label %trap17.site33, label %ok174

trap17.site33:                                    ; preds = %ok185, %ok183, %ok175, %ok174, %ok173, %join171
  %1120 = load i64, i64* %lowStart, align 8
  %1121 = getelementptr i64, i64* %regs, i64 6
  store i64 %1120, i64* %1121, align 8
  %1122 = load i64, i64* %lowEnd, align 8
  %1123 = getelementptr i64, i64* %regs, i64 7
  store i64 %1122, i64* %1123, align 8
  %1124 = load i64, i64* %highEnd, align 8
  %1125 = getelementptr i64, i64* %regs, i64 8
  store i64 %1124, i64* %1125, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 33)
  unreachable

ok174:                                            ; preds = %ok173
  %1126 = icmp ult i64 %1116, %scratch_start
  %1127 = load i64, i64* %lowEnd, align 8
  %1128 = load i64, i64* %highEnd, align 8
  %1129 = call i64 @llvm.umax.i64(i64 %1127, i64 %1117)
  %1130 = select i1 %1126, i64 %1129, i64 %1127
  store i64 %1130, i64* %lowEnd, align 8
  %1131 = call i64 @llvm.umax.i64(i64 %1128, i64 %1117)
  %1132 = select i1 %1126, i64 %1128, i64 %1131
  store i64 %1132, i64* %highEnd, align 8
  %1133 = load i64, i64* %lowStart, align 8
  %1134 = call i64 @llvm.umin.i64(i64 %1133, i64 %1116)
  store i64 %1134, i64* %lowStart, align 8
  %1135 = getelementptr i8, i8* %mem, i64 %1116
  %1136 = getelementptr i8, i8* %mem, i64 11100
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1135, i8* %1136, i64 10, i1 false)
  %1137 = load i32, i32* %cur, align 4
  %1138 = add i32 %1137, 10
  store i32 %1138, i32* %cur, align 4
  %1139 = load i32, i32* %cur, align 4
  %1140 = load i32, i32* %s, align 4
  %1141 = add i32 %1140, 4
  %1142 = load i32, i32* %slen, align 4
  %1143 = zext i32 %1142 to i64
  %1144 = zext i32 %1139 to i64
  %1145 = add i64 %1144, %1143
  %1146 = icmp ugt i64 %1145, %arena_size
  br i1 %1146, label %trap17.site33, label %ok175

ok175:                                            ; preds = %ok174
  %1147 = zext i32 %1141 to i64
  %1148 = add i64 %1147, %1143
  %1149 = icmp ugt i64 %1148, %arena_size
  br i1 %1149, label %trap17.site33, label %ok176

ok176:                                            ; preds = %ok175
  %1150 = icmp ult i64 %1144, %scratch_start
  %1151 = load i64, i64* %lowEnd, align 8
  %1152 = load i64, i64* %highEnd, align 8
  %1153 = call i64 @llvm.umax.i64(i64 %1151, i64 %1145)
  %1154 = select i1 %1150, i64 %1153, i64 %1151
  store i64 %1154, i64* %lowEnd, align 8
  %1155 = call i64 @llvm.umax.i64(i64 %1152, i64 %1145)
  %1156 = select i1 %1150, i64 %1152, i64 %1155
  store i64 %1156, i64* %highEnd, align 8
  %1157 = load i64, i64* %lowStart, align 8
  %1158 = call i64 @llvm.umin.i64(i64 %1157, i64 %1144)
  store i64 %1158, i64* %lowStart, align 8
  %1159 = getelementptr i8, i8* %mem, i64 %1144
  %1160 = getelementptr i8, i8* %mem, i64 %1147
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1159, i8* %1160, i64 %1143, i1 false)
  %1161 = load i32, i32* %cur, align 4
  %1162 = load i32, i32* %slen, align 4
  %1163 = add i32 %1161, %1162
  store i32 %1163, i32* %cur, align 4
  %1164 = load i32, i32* %part.2, align 4
  store i32 %1164, i32* %s.1, align 4
  %1165 = load i32, i32* %s.1, align 4
  %1166 = zext i32 %1165 to i64
  %1167 = add i64 %1166, 4
  %1168 = icmp ugt i64 %1167, %arena_size
  br i1 %1168, label %trap17.site0, label %ok177

ok177:                                            ; preds = %ok176
  %1169 = getelementptr i8, i8* %mem, i64 %1166
  %1170 = bitcast i32* %unaligned178 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1170, i8* %1169, i64 4, i1 false)
  %1171 = load i32, i32* %unaligned178, align 4
  store i32 %1171, i32* %slen.1, align 4
  %1172 = load i32, i32* %cur, align 4
  %1173 = load i32, i32* %slen.1, align 4
  %1174 = add i32 2, %1173
  %1175 = add i32 %1172, %1174
  %1176 = getelementptr i64, i64* %regs, i64 2
  %1177 = load i64, i64* %1176, align 8
  %1178 = trunc i64 %1177 to i32
  %1179 = icmp ugt i32 %1175, %1178
  %1180 = zext i1 %1179 to i32
  %1181 = icmp ne i32 %1180, 0
  br i1 %1181, label %then179, label %else180

then179:                                          ; preds = %ok177
  br label %trap15.site33

else180:                                          ; preds = %ok177
  br label %join181

join181:                                          ; preds = %else180, %dead182
  %1182 = load i32, i32* %cur, align 4
  %1183 = zext i32 %1182 to i64
  %1184 = add i64 %1183, 2
  %1185 = icmp ugt i64 %1184, %arena_size
  br i1 %1185, label %trap17.site0, label %ok183

dead182:                                          ; No predecessors!
  br label %join181

ok183:                                            ; preds = %join181
  %1186 = getelementptr i8, i8* %mem, i64 %1183
  %1187 = icmp ult i64 %1183, %scratch_start
  %1188 = load i64, i64* %lowEnd, align 8
  %1189 = load i64, i64* %highEnd, align 8
  %1190 = call i64 @llvm.umax.i64(i64 %1188, i64 %1184)
  %1191 = select i1 %1187, i64 %1190, i64 %1188
  store i64 %1191, i64* %lowEnd, align 8
  %1192 = call i64 @llvm.umax.i64(i64 %1189, i64 %1184)
  %1193 = select i1 %1187, i64 %1189, i64 %1192
  store i64 %1193, i64* %highEnd, align 8
  %1194 = load i64, i64* %lowStart, align 8
  %1195 = call i64 @llvm.umin.i64(i64 %1194, i64 %1183)
  store i64 %1195, i64* %lowStart, align 8
  store i16 8250, i16* %unaligned184, align 2
  %1196 = bitcast i16* %unaligned184 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1186, i8* %1196, i64 2, i1 false)
  %1197 = load i32, i32* %cur, align 4
  %1198 = add i32 %1197, 2
  store i32 %1198, i32* %cur, align 4
  %1199 = load i32, i32* %cur, align 4
  %1200 = load i32, i32* %s.1, align 4
  %1201 = add i32 %1200, 4
  %1202 = load i32, i32* %slen.1, align 4
  %1203 = zext i32 %1202 to i64
  %1204 = zext i32 %1199 to i64
  %1205 = add i64 %1204, %1203
  %1206 = icmp ugt i64 %1205, %arena_size
  br i1 %1206, label %trap17.site33, label %ok185

ok185:                                            ; preds = %ok183
  %1207 = zext i32 %1201 to i64
  %1208 = add i64 %1207, %1203
  %1209 = icmp ugt i64 %1208, %arena_size
  br i1 %1209, label %trap17.site33, label %ok186

ok186:                                            ; preds = %ok185
  %1210 = icmp ult i64 %1204, %scratch_start
  %1211 = load i64, i64* %lowEnd, align 8
  %1212 = load i64, i64* %highEnd, align 8
  %1213 = call i64 @llvm.umax.i64(i64 %1211, i64 %1205)
  %1214 = select i1 %1210, i64 %1213, i64 %1211
  store i64 %1214, i64* %lowEnd, align 8
  %1215 = call i64 @llvm.umax.i64(i64 %1212, i64 %1205)
  %1216 = select i1 %1210, i64 %1212, i64 %1215
  store i64 %1216, i64* %highEnd, align 8
  %1217 = load i64, i64* %lowStart, align 8
  %1218 = call i64 @llvm.umin.i64(i64 %1217, i64 %1204)
  store i64 %1218, i64* %lowStart, align 8
  %1219 = getelementptr i8, i8* %mem, i64 %1204
  %1220 = getelementptr i8, i8* %mem, i64 %1207
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1219, i8* %1220, i64 %1203, i1 false)
  %1221 = load i32, i32* %cur, align 4
  %1222 = load i32, i32* %slen.1, align 4
  %1223 = add i32 %1221, %1222
  store i32 %1223, i32* %cur, align 4
  %1224 = load i32, i32* %cur, align 4
  %1225 = add i32 %1224, 22
  %1226 = getelementptr i64, i64* %regs, i64 2
  %1227 = load i64, i64* %1226, align 8
  %1228 = trunc i64 %1227 to i32
  %1229 = icmp ugt i32 %1225, %1228
  %1230 = zext i1 %1229 to i32
  %1231 = icmp ne i32 %1230, 0
  br i1 %1231, label %then187, label %else188

then187:                                          ; preds = %ok186
  br label %trap15.site33

else188:                                          ; preds = %ok186
  br label %join189

join189:                                          ; preds = %else188, %dead190
  %1232 = load i32, i32* %cur, align 4
  %1233 = zext i32 %1232 to i64
  %1234 = add i64 %1233, 2
  %1235 = icmp ugt i64 %1234, %arena_size
  br i1 %1235, label %trap17.site0, label %ok191

dead190:                                          ; No predecessors!
  br label %join189

ok191:                                            ; preds = %join189
  %1236 = getelementptr i8, i8* %mem, i64 %1233
  %1237 = icmp ult i64 %1233, %scratch_start
  %1238 = load i64, i64* %lowEnd, align 8
  %1239 = load i64, i64* %highEnd, align 8
  %1240 = call i64 @llvm.umax.i64(i64 %1238, i64 %1234)
  %1241 = select i1 %1237, i64 %1240, i64 %1238
  store i64 %1241, i64* %lowEnd, align 8
  %1242 = call i64 @llvm.umax.i64(i64 %1239, i64 %1234)
  %1243 = select i1 %1237, i64 %1239, i64 %1242
  store i64 %1243, i64* %highEnd, align 8
  %1244 = load i64, i64* %lowStart, align 8
  %1245 = call i64 @llvm.umin.i64(i64 %1244, i64 %1233)
  store i64 %1245, i64* %lowStart, align 8
  store i16 10272, i16* %unaligned192, align 2
  %1246 = bitcast i16* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1236, i8* %1246, i64 2, i1 false)
  %1247 = load i32, i32* %cur, align 4
  %1248 = add i32 %1247, 2
  store i32 %1248, i32* %cur, align 4
  %1249 = load i32, i32* %cur, align 4
  %1250 = load i64, i64* %part.3, align 8
  %1251 = load i32, i32* %cur, align 4
  %1252 = icmp uge i32 %depth, 1000
  br i1 %1252, label %trap15.site33, label %ok193

ok193:                                            ; preds = %ok191
  %1253 = getelementptr i64, i64* %regs, i64 10
  %1254 = load i64, i64* %1253, align 8
  %1255 = icmp ult i64 %10, %1254
  br i1 %1255, label %trap253.site0, label %stack_ok194

stack_ok194:                                      ; preds = %ok193
  %1256 = load i64, i64* %fuel, align 8
  %1257 = getelementptr i64, i64* %regs, i64 0
  store i64 %1256, i64* %1257, align 8
  %1258 = load i64, i64* %lowStart, align 8
  %1259 = getelementptr i64, i64* %regs, i64 6
  store i64 %1258, i64* %1259, align 8
  %1260 = load i64, i64* %lowEnd, align 8
  %1261 = getelementptr i64, i64* %regs, i64 7
  store i64 %1260, i64* %1261, align 8
  %1262 = load i64, i64* %highEnd, align 8
  %1263 = getelementptr i64, i64* %regs, i64 8
  store i64 %1262, i64* %1263, align 8
  %1264 = add i32 %depth, 1
  %1265 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1264, i64 %1250, i32 %1251)
  %1266 = getelementptr i64, i64* %regs, i64 0
  %1267 = load i64, i64* %1266, align 8
  store i64 %1267, i64* %fuel, align 8
  %1268 = getelementptr i64, i64* %regs, i64 6
  %1269 = load i64, i64* %1268, align 8
  store i64 %1269, i64* %lowStart, align 8
  %1270 = getelementptr i64, i64* %regs, i64 7
  %1271 = load i64, i64* %1270, align 8
  store i64 %1271, i64* %lowEnd, align 8
  %1272 = getelementptr i64, i64* %regs, i64 8
  %1273 = load i64, i64* %1272, align 8
  store i64 %1273, i64* %highEnd, align 8
  %1274 = add i32 %1249, %1265
  store i32 %1274, i32* %cur, align 4
  %1275 = load i32, i32* %cur, align 4
  %1276 = add i32 %1275, 6
  %1277 = getelementptr i64, i64* %regs, i64 2
  %1278 = load i64, i64* %1277, align 8
  %1279 = trunc i64 %1278 to i32
  %1280 = icmp ugt i32 %1276, %1279
  %1281 = zext i1 %1280 to i32
  %1282 = icmp ne i32 %1281, 0
  br i1 %1282, label %then195, label %else196

then195:                                          ; preds = %stack_ok194
  br label %trap15.site33

else196:                                          ; preds = %stack_ok194
  br label %join197

join197:                                          ; preds = %else196, %dead198
  %1283 = load i32, i32* %cur, align 4
  %1284 = zext i32 %1283 to i64
  %1285 = add i64 %1284, 4
  %1286 = icmp ugt i64 %1285, %arena_size
  br i1 %1286, label %trap17.site0, label %ok199

dead198:                                          ; No predecessors!
  br label %join197

ok199:                                            ; preds = %join197
  %1287 = getelementptr i8, i8* %mem, i64 %1284
  %1288 = icmp ult i64 %1284, %scratch_start
  %1289 = load i64, i64* %lowEnd, align 8
  %1290 = load i64, i64* %highEnd, align 8
  %1291 = call i64 @llvm.umax.i64(i64 %1289, i64 %1285)
  %1292 = select i1 %1288, i64 %1291, i64 %1289
  store i64 %1292, i64* %lowEnd, align 8
  %1293 = call i64 @llvm.umax.i64(i64 %1290, i64 %1285)
  %1294 = select i1 %1288, i64 %1290, i64 %1293
  store i64 %1294, i64* %highEnd, align 8
  %1295 = load i64, i64* %lowStart, align 8
  %1296 = call i64 @llvm.umin.i64(i64 %1295, i64 %1284)
  store i64 %1296, i64* %lowStart, align 8
  store i32 1718558757, i32* %unaligned200, align 4
  %1297 = bitcast i32* %unaligned200 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1287, i8* %1297, i64 4, i1 false)
  %1298 = load i32, i32* %cur, align 4
  %1299 = zext i32 %1298 to i64
  %1300 = add i64 %1299, 4
  %1301 = add i64 %1300, 2
  %1302 = icmp ugt i64 %1301, %arena_size
  br i1 %1302, label %trap17.site0, label %ok201

ok201:                                            ; preds = %ok199
  %1303 = getelementptr i8, i8* %mem, i64 %1300
  %1304 = icmp ult i64 %1300, %scratch_start
  %1305 = load i64, i64* %lowEnd, align 8
  %1306 = load i64, i64* %highEnd, align 8
  %1307 = call i64 @llvm.umax.i64(i64 %1305, i64 %1301)
  %1308 = select i1 %1304, i64 %1307, i64 %1305
  store i64 %1308, i64* %lowEnd, align 8
  %1309 = call i64 @llvm.umax.i64(i64 %1306, i64 %1301)
  %1310 = select i1 %1304, i64 %1306, i64 %1309
  store i64 %1310, i64* %highEnd, align 8
  %1311 = load i64, i64* %lowStart, align 8
  %1312 = call i64 @llvm.umin.i64(i64 %1311, i64 %1300)
  store i64 %1312, i64* %lowStart, align 8
  store i16 10598, i16* %unaligned202, align 2
  %1313 = bitcast i16* %unaligned202 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1303, i8* %1313, i64 2, i1 false)
  %1314 = load i32, i32* %cur, align 4
  %1315 = add i32 %1314, 6
  store i32 %1315, i32* %cur, align 4
  %1316 = load i32, i32* %cur, align 4
  %1317 = load i32, i32* %text, align 4
  %1318 = sub i32 %1316, %1317
  %1319 = sub i32 %1318, 4
  store i32 %1319, i32* %len.3, align 4
  %1320 = load i32, i32* %text, align 4
  %1321 = load i32, i32* %len.3, align 4
  %1322 = zext i32 %1320 to i64
  %1323 = add i64 %1322, 4
  %1324 = icmp ugt i64 %1323, %arena_size
  br i1 %1324, label %trap17.site0, label %ok203

ok203:                                            ; preds = %ok201
  %1325 = getelementptr i8, i8* %mem, i64 %1322
  %1326 = icmp ult i64 %1322, %scratch_start
  %1327 = load i64, i64* %lowEnd, align 8
  %1328 = load i64, i64* %highEnd, align 8
  %1329 = call i64 @llvm.umax.i64(i64 %1327, i64 %1323)
  %1330 = select i1 %1326, i64 %1329, i64 %1327
  store i64 %1330, i64* %lowEnd, align 8
  %1331 = call i64 @llvm.umax.i64(i64 %1328, i64 %1323)
  %1332 = select i1 %1326, i64 %1328, i64 %1331
  store i64 %1332, i64* %highEnd, align 8
  %1333 = load i64, i64* %lowStart, align 8
  %1334 = call i64 @llvm.umin.i64(i64 %1333, i64 %1322)
  store i64 %1334, i64* %lowStart, align 8
  store i32 %1321, i32* %unaligned204, align 4
  %1335 = bitcast i32* %unaligned204 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1325, i8* %1335, i64 4, i1 false)
  %1336 = load i32, i32* %len.3, align 4
  %1337 = add i32 %1336, 4
  %1338 = zext i32 %1337 to i64
  %1339 = getelementptr i64, i64* %regs, i64 1
  %1340 = getelementptr i64, i64* %regs, i64 2
  %1341 = load i64, i64* %1339, align 8
  %1342 = add i64 %1341, 3
  %1343 = and i64 %1342, -4
  %1344 = add i64 %1343, %1338
  %1345 = load i64, i64* %1340, align 8
  %1346 = icmp ugt i64 %1344, %1345
  br i1 %1346, label %trap15.site33, label %ok205

ok205:                                            ; preds = %ok203
  store i64 %1344, i64* %1339, align 8
  %1347 = trunc i64 %1343 to i32
  store i32 %1347, i32* %result158, align 4
  br label %e71

ok206:                                            ; preds = %e71
  %1348 = getelementptr i8, i8* %mem, i64 %1018
  %1349 = icmp ult i64 %1018, %scratch_start
  %1350 = load i64, i64* %lowEnd, align 8
  %1351 = load i64, i64* %highEnd, align 8
  %1352 = call i64 @llvm.umax.i64(i64 %1350, i64 %1019)
  %1353 = select i1 %1349, i64 %1352, i64 %1350
  store i64 %1353, i64* %lowEnd, align 8
  %1354 = call i64 @llvm.umax.i64(i64 %1351, i64 %1019)
  %1355 = select i1 %1349, i64 %1351, i64 %1354
  store i64 %1355, i64* %highEnd, align 8
  %1356 = load i64, i64* %lowStart, align 8
  %1357 = call i64 @llvm.umin.i64(i64 %1356, i64 %1018)
  store i64 %1357, i64* %lowStart, align 8
  store i32 %1016, i32* %unaligned207, align 4
  %1358 = bitcast i32* %unaligned207 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1348, i8* %1358, i64 4, i1 false)
  %1359 = load i32, i32* %dict, align 4
  store i32 %1359, i32* %result7, align 4
  br label %e0

ok208:                                            ; preds = %e0
  %1360 = getelementptr i64, i64* %regs, i64 10
  %1361 = load i64, i64* %1360, align 8
  %1362 = icmp ult i64 %10, %1361
  br i1 %1362, label %trap253.site0, label %stack_ok209

stack_ok209:                                      ; preds = %ok208
  %1363 = load i64, i64* %fuel, align 8
  %1364 = getelementptr i64, i64* %regs, i64 0
  store i64 %1363, i64* %1364, align 8
  %1365 = load i64, i64* %lowStart, align 8
  %1366 = getelementptr i64, i64* %regs, i64 6
  store i64 %1365, i64* %1366, align 8
  %1367 = load i64, i64* %lowEnd, align 8
  %1368 = getelementptr i64, i64* %regs, i64 7
  store i64 %1367, i64* %1368, align 8
  %1369 = load i64, i64* %highEnd, align 8
  %1370 = getelementptr i64, i64* %regs, i64 8
  store i64 %1369, i64* %1370, align 8
  %1371 = add i32 %depth, 1
  %1372 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1371, i32 %98, i32 %99, i32 0)
  %1373 = getelementptr i64, i64* %regs, i64 0
  %1374 = load i64, i64* %1373, align 8
  store i64 %1374, i64* %fuel, align 8
  %1375 = getelementptr i64, i64* %regs, i64 6
  %1376 = load i64, i64* %1375, align 8
  store i64 %1376, i64* %lowStart, align 8
  %1377 = getelementptr i64, i64* %regs, i64 7
  %1378 = load i64, i64* %1377, align 8
  store i64 %1378, i64* %lowEnd, align 8
  %1379 = getelementptr i64, i64* %regs, i64 8
  %1380 = load i64, i64* %1379, align 8
  store i64 %1380, i64* %highEnd, align 8
  store i32 %1372, i32* %json_end, align 4
  %1381 = load i32, i32* %json_end, align 4
  %1382 = icmp eq i32 %1381, -2
  %1383 = zext i1 %1382 to i32
  %1384 = icmp ne i32 %1383, 0
  br i1 %1384, label %then210, label %else211

then210:                                          ; preds = %stack_ok209
  br label %trap16.site5

else211:                                          ; preds = %stack_ok209
  br label %join212

join212:                                          ; preds = %else211, %dead213
  %1385 = load i32, i32* %json_end, align 4
  %1386 = icmp eq i32 %1385, -1
  %1387 = zext i1 %1386 to i32
  %1388 = icmp ne i32 %1387, 0
  br i1 %1388, label %then214, label %else215

trap16.site5:                                     ; preds = %then210
  %1389 = load i64, i64* %lowStart, align 8
  %1390 = getelementptr i64, i64* %regs, i64 6
  store i64 %1389, i64* %1390, align 8
  %1391 = load i64, i64* %lowEnd, align 8
  %1392 = getelementptr i64, i64* %regs, i64 7
  store i64 %1391, i64* %1392, align 8
  %1393 = load i64, i64* %highEnd, align 8
  %1394 = getelementptr i64, i64* %regs, i64 8
  store i64 %1393, i64* %1394, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead213:                                          ; No predecessors!
  br label %join212

then214:                                          ; preds = %join212
  br label %trap15.site5

else215:                                          ; preds = %join212
  br label %join216

join216:                                          ; preds = %else215, %dead217
  %1395 = load i32, i32* %json_end, align 4
  %1396 = zext i32 %1395 to i64
  %1397 = getelementptr i64, i64* %regs, i64 3
  store i64 %1396, i64* %1397, align 8
  %1398 = load i32, i32* %json_end, align 4
  %1399 = load i32, i32* %json_start, align 4
  %1400 = sub i32 %1398, %1399
  %1401 = load i64, i64* %fuel, align 8
  %1402 = getelementptr i64, i64* %regs, i64 0
  store i64 %1401, i64* %1402, align 8
  %1403 = load i64, i64* %lowStart, align 8
  %1404 = getelementptr i64, i64* %regs, i64 6
  store i64 %1403, i64* %1404, align 8
  %1405 = load i64, i64* %lowEnd, align 8
  %1406 = getelementptr i64, i64* %regs, i64 7
  store i64 %1405, i64* %1406, align 8
  %1407 = load i64, i64* %highEnd, align 8
  %1408 = getelementptr i64, i64* %regs, i64 8
  store i64 %1407, i64* %1408, align 8
  ret i32 %1400

dead217:                                          ; No predecessors!
  br label %join216
}

define internal i32 @m0.pred.LineItem.qty(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %q.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %q = alloca i64, align 8
  store i64 %q.arg, i64* %q, align 8
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
  %5 = load i64, i64* %q, align 8
  %6 = icmp sgt i64 %5, 0
  %7 = zext i1 %6 to i32
  %8 = load i64, i64* %fuel, align 8
  %9 = getelementptr i64, i64* %regs, i64 0
  store i64 %8, i64* %9, align 8
  ret i32 %7

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable
}

define internal i32 @m0.pred.LineItem.unit_price(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, double %p.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %p = alloca double, align 8
  store double %p.arg, double* %p, align 8
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
  %5 = load double, double* %p, align 8
  %6 = fcmp oge double %5, 0.000000e+00
  %7 = zext i1 %6 to i32
  %8 = load i64, i64* %fuel, align 8
  %9 = getelementptr i64, i64* %regs, i64 0
  store i64 %8, i64* %9, align 8
  ret i32 %7

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable
}

define internal i32 @m0.fn.money(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %cents.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %cents = alloca i64, align 8
  store i64 %cents.arg, i64* %cents, align 8
  %part = alloca i64, align 8
  store i64 0, i64* %part, align 8
  %part.1 = alloca i32, align 4
  store i32 0, i32* %part.1, align 4
  %part.2 = alloca i64, align 8
  store i64 0, i64* %part.2, align 8
  %text = alloca i32, align 4
  store i32 0, i32* %text, align 4
  %cur = alloca i32, align 4
  store i32 0, i32* %cur, align 4
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %slen = alloca i32, align 4
  store i32 0, i32* %slen, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
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
  %stack_probe = alloca i8, align 1
  %10 = ptrtoint i8* %stack_probe to i64
  %result = alloca i32, align 4
  %result5 = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned27 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i64, i64* %cents, align 8
  br i1 false, label %trap1.site36, label %ok1

trap14.site0:                                     ; preds = %body
  %15 = load i64, i64* %lowStart, align 8
  %16 = getelementptr i64, i64* %regs, i64 6
  store i64 %15, i64* %16, align 8
  %17 = load i64, i64* %lowEnd, align 8
  %18 = getelementptr i64, i64* %regs, i64 7
  store i64 %17, i64* %18, align 8
  %19 = load i64, i64* %highEnd, align 8
  %20 = getelementptr i64, i64* %regs, i64 8
  store i64 %19, i64* %20, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e0:                                               ; preds = %ok28
  %21 = load i32, i32* %result, align 4
  %22 = load i64, i64* %fuel, align 8
  %23 = getelementptr i64, i64* %regs, i64 0
  store i64 %22, i64* %23, align 8
  %24 = load i64, i64* %lowStart, align 8
  %25 = getelementptr i64, i64* %regs, i64 6
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %lowEnd, align 8
  %27 = getelementptr i64, i64* %regs, i64 7
  store i64 %26, i64* %27, align 8
  %28 = load i64, i64* %highEnd, align 8
  %29 = getelementptr i64, i64* %regs, i64 8
  store i64 %28, i64* %29, align 8
  ret i32 %21

ok1:                                              ; preds = %ok
  %30 = icmp eq i64 %14, -9223372036854775808
  %31 = and i1 %30, false
  br i1 %31, label %trap2.site36, label %ok2

trap1.site36:                                     ; preds = %ok
  %32 = load i64, i64* %lowStart, align 8
  %33 = getelementptr i64, i64* %regs, i64 6
  store i64 %32, i64* %33, align 8
  %34 = load i64, i64* %lowEnd, align 8
  %35 = getelementptr i64, i64* %regs, i64 7
  store i64 %34, i64* %35, align 8
  %36 = load i64, i64* %highEnd, align 8
  %37 = getelementptr i64, i64* %regs, i64 8
  store i64 %36, i64* %37, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 36)
  unreachable

ok2:                                              ; preds = %ok1
  %38 = sdiv i64 %14, 100
  store i64 %38, i64* %part, align 8
  %39 = load i64, i64* %cents, align 8
  br i1 false, label %trap1.site38, label %ok3

trap2.site36:                                     ; preds = %ok1
  %40 = load i64, i64* %lowStart, align 8
  %41 = getelementptr i64, i64* %regs, i64 6
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %lowEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 7
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 8
  store i64 %44, i64* %45, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 36)
  unreachable

ok3:                                              ; preds = %ok2
  %46 = icmp eq i64 %39, -9223372036854775808
  %47 = and i1 %46, false
  br i1 %47, label %trap2.site38, label %ok4

trap1.site38:                                     ; preds = %ok2
  %48 = load i64, i64* %lowStart, align 8
  %49 = getelementptr i64, i64* %regs, i64 6
  store i64 %48, i64* %49, align 8
  %50 = load i64, i64* %lowEnd, align 8
  %51 = getelementptr i64, i64* %regs, i64 7
  store i64 %50, i64* %51, align 8
  %52 = load i64, i64* %highEnd, align 8
  %53 = getelementptr i64, i64* %regs, i64 8
  store i64 %52, i64* %53, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 38)
  unreachable

ok4:                                              ; preds = %ok3
  %54 = srem i64 %39, 100
  %55 = icmp slt i64 %54, 10
  %56 = zext i1 %55 to i32
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %then, label %else

trap2.site38:                                     ; preds = %ok3
  %58 = load i64, i64* %lowStart, align 8
  %59 = getelementptr i64, i64* %regs, i64 6
  store i64 %58, i64* %59, align 8
  %60 = load i64, i64* %lowEnd, align 8
  %61 = getelementptr i64, i64* %regs, i64 7
  store i64 %60, i64* %61, align 8
  %62 = load i64, i64* %highEnd, align 8
  %63 = getelementptr i64, i64* %regs, i64 8
  store i64 %62, i64* %63, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 38)
  unreachable

then:                                             ; preds = %ok4
  store i32 11536, i32* %result5, align 4
  br label %join

else:                                             ; preds = %ok4
  store i32 11544, i32* %result5, align 4
  br label %join

join:                                             ; preds = %else, %then
  %64 = load i32, i32* %result5, align 4
  store i32 %64, i32* %part.1, align 4
  %65 = load i64, i64* %cents, align 8
  br i1 false, label %trap1.site39, label %ok6

ok6:                                              ; preds = %join
  %66 = icmp eq i64 %65, -9223372036854775808
  %67 = and i1 %66, false
  br i1 %67, label %trap2.site39, label %ok7

trap1.site39:                                     ; preds = %join
  %68 = load i64, i64* %lowStart, align 8
  %69 = getelementptr i64, i64* %regs, i64 6
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %lowEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 7
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %highEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 8
  store i64 %72, i64* %73, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 39)
  unreachable

ok7:                                              ; preds = %ok6
  %74 = srem i64 %65, 100
  store i64 %74, i64* %part.2, align 8
  %75 = getelementptr i64, i64* %regs, i64 1
  %76 = load i64, i64* %75, align 8
  %77 = trunc i64 %76 to i32
  %78 = add i32 %77, 3
  %79 = and i32 %78, -4
  store i32 %79, i32* %text, align 4
  %80 = load i32, i32* %text, align 4
  %81 = add i32 %80, 4
  store i32 %81, i32* %cur, align 4
  %82 = load i32, i32* %cur, align 4
  %83 = add i32 %82, 20
  %84 = getelementptr i64, i64* %regs, i64 2
  %85 = load i64, i64* %84, align 8
  %86 = trunc i64 %85 to i32
  %87 = icmp ugt i32 %83, %86
  %88 = zext i1 %87 to i32
  %89 = icmp ne i32 %88, 0
  br i1 %89, label %then8, label %else9

trap2.site39:                                     ; preds = %ok6
  %90 = load i64, i64* %lowStart, align 8
  %91 = getelementptr i64, i64* %regs, i64 6
  store i64 %90, i64* %91, align 8
  %92 = load i64, i64* %lowEnd, align 8
  %93 = getelementptr i64, i64* %regs, i64 7
  store i64 %92, i64* %93, align 8
  %94 = load i64, i64* %highEnd, align 8
  %95 = getelementptr i64, i64* %regs, i64 8
  store i64 %94, i64* %95, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 39)
  unreachable

then8:                                            ; preds = %ok7
  br label %trap15.site40

else9:                                            ; preds = %ok7
  br label %join10

join10:                                           ; preds = %else9, %dead
  %96 = load i32, i32* %cur, align 4
  %97 = load i64, i64* %part, align 8
  %98 = load i32, i32* %cur, align 4
  %99 = icmp uge i32 %depth, 1000
  br i1 %99, label %trap15.site40, label %ok11

trap15.site40:                                    ; preds = %ok26, %join22, %then20, %then13, %join10, %then8
  %100 = load i64, i64* %lowStart, align 8
  %101 = getelementptr i64, i64* %regs, i64 6
  store i64 %100, i64* %101, align 8
  %102 = load i64, i64* %lowEnd, align 8
  %103 = getelementptr i64, i64* %regs, i64 7
  store i64 %102, i64* %103, align 8
  %104 = load i64, i64* %highEnd, align 8
  %105 = getelementptr i64, i64* %regs, i64 8
  store i64 %104, i64* %105, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 40)
  unreachable

dead:                                             ; No predecessors!
  br label %join10

ok11:                                             ; preds = %join10
  %106 = getelementptr i64, i64* %regs, i64 10
  %107 = load i64, i64* %106, align 8
  %108 = icmp ult i64 %10, %107
  br i1 %108, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %ok11
  %109 = load i64, i64* %fuel, align 8
  %110 = getelementptr i64, i64* %regs, i64 0
  store i64 %109, i64* %110, align 8
  %111 = load i64, i64* %lowStart, align 8
  %112 = getelementptr i64, i64* %regs, i64 6
  store i64 %111, i64* %112, align 8
  %113 = load i64, i64* %lowEnd, align 8
  %114 = getelementptr i64, i64* %regs, i64 7
  store i64 %113, i64* %114, align 8
  %115 = load i64, i64* %highEnd, align 8
  %116 = getelementptr i64, i64* %regs, i64 8
  store i64 %115, i64* %116, align 8
  %117 = add i32 %depth, 1
  %118 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %117, i64 %97, i32 %98)
  %119 = getelementptr i64, i64* %regs, i64 0
  %120 = load i64, i64* %119, align 8
  store i64 %120, i64* %fuel, align 8
  %121 = getelementptr i64, i64* %regs, i64 6
  %122 = load i64, i64* %121, align 8
  store i64 %122, i64* %lowStart, align 8
  %123 = getelementptr i64, i64* %regs, i64 7
  %124 = load i64, i64* %123, align 8
  store i64 %124, i64* %lowEnd, align 8
  %125 = getelementptr i64, i64* %regs, i64 8
  %126 = load i64, i64* %125, align 8
  store i64 %126, i64* %highEnd, align 8
  %127 = add i32 %96, %118
  store i32 %127, i32* %cur, align 4
  %128 = load i32, i32* %part.1, align 4
  store i32 %128, i32* %s, align 4
  %129 = load i32, i32* %s, align 4
  %130 = zext i32 %129 to i64
  %131 = add i64 %130, 4
  %132 = icmp ugt i64 %131, %arena_size
  br i1 %132, label %trap17.site0, label %ok12

trap253.site0:                                    ; preds = %ok24, %ok11
  %133 = load i64, i64* %lowStart, align 8
  %134 = getelementptr i64, i64* %regs, i64 6
  store i64 %133, i64* %134, align 8
  %135 = load i64, i64* %lowEnd, align 8
  %136 = getelementptr i64, i64* %regs, i64 7
  store i64 %135, i64* %136, align 8
  %137 = load i64, i64* %highEnd, align 8
  %138 = getelementptr i64, i64* %regs, i64 8
  store i64 %137, i64* %138, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok12:                                             ; preds = %stack_ok
  %139 = getelementptr i8, i8* %mem, i64 %130
  %140 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %140, i8* %139, i64 4, i1 false)
  %141 = load i32, i32* %unaligned, align 4
  store i32 %141, i32* %slen, align 4
  %142 = load i32, i32* %cur, align 4
  %143 = load i32, i32* %slen, align 4
  %144 = add i32 1, %143
  %145 = add i32 %142, %144
  %146 = getelementptr i64, i64* %regs, i64 2
  %147 = load i64, i64* %146, align 8
  %148 = trunc i64 %147 to i32
  %149 = icmp ugt i32 %145, %148
  %150 = zext i1 %149 to i32
  %151 = icmp ne i32 %150, 0
  br i1 %151, label %then13, label %else14

trap17.site0:                                     ; preds = %stack_ok25, %join15, %stack_ok
  %152 = load i64, i64* %lowStart, align 8
  %153 = getelementptr i64, i64* %regs, i64 6
  store i64 %152, i64* %153, align 8
  %154 = load i64, i64* %lowEnd, align 8
  %155 = getelementptr i64, i64* %regs, i64 7
  store i64 %154, i64* %155, align 8
  %156 = load i64, i64* %highEnd, align 8
  %157 = getelementptr i64, i64* %regs, i64 8
  store i64 %156, i64* %157, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then13:                                           ; preds = %ok12
  br label %trap15.site40

else14:                                           ; preds = %ok12
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %158 = load i32, i32* %cur, align 4
  %159 = zext i32 %158 to i64
  %160 = add i64 %159, 1
  %161 = icmp ugt i64 %160, %arena_size
  br i1 %161, label %trap17.site0, label %ok17

dead16:                                           ; No predecessors!
  br label %join15

ok17:                                             ; preds = %join15
  %162 = getelementptr i8, i8* %mem, i64 %159
  %163 = icmp ult i64 %159, %scratch_start
  %164 = load i64, i64* %lowEnd, align 8
  %165 = load i64, i64* %highEnd, align 8
  %166 = call i64 @llvm.umax.i64(i64 %164, i64 %160)
  %167 = select i1 %163, i64 %166, i64 %164
  store i64 %167, i64* %lowEnd, align 8
  %168 = call i64 @llvm.umax.i64(i64 %165, i64 %160)
  %169 = select i1 %163, i64 %165, i64 %168
  store i64 %169, i64* %highEnd, align 8
  %170 = load i64, i64* %lowStart, align 8
  %171 = call i64 @llvm.umin.i64(i64 %170, i64 %159)
  store i64 %171, i64* %lowStart, align 8
  store i8 46, i8* %162, align 1
  %172 = load i32, i32* %cur, align 4
  %173 = add i32 %172, 1
  store i32 %173, i32* %cur, align 4
  %174 = load i32, i32* %cur, align 4
  %175 = load i32, i32* %s, align 4
  %176 = add i32 %175, 4
  %177 = load i32, i32* %slen, align 4
  %178 = zext i32 %177 to i64
  %179 = zext i32 %174 to i64
  %180 = add i64 %179, %178
  %181 = icmp ugt i64 %180, %arena_size
  br i1 %181, label %trap17.site40, label %ok18

ok18:                                             ; preds = %ok17
  %182 = zext i32 %176 to i64
  %183 = add i64 %182, %178
  %184 = icmp ugt i64 %183, %arena_size
  br i1 %184, label %trap17.site40, label %ok19

trap17.site40:                                    ; preds = %ok18, %ok17
  %185 = load i64, i64* %lowStart, align 8
  %186 = getelementptr i64, i64* %regs, i64 6
  store i64 %185, i64* %186, align 8
  %187 = load i64, i64* %lowEnd, align 8
  %188 = getelementptr i64, i64* %regs, i64 7
  store i64 %187, i64* %188, align 8
  %189 = load i64, i64* %highEnd, align 8
  %190 = getelementptr i64, i64* %regs, i64 8
  store i64 %189, i64* %190, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 40)
  unreachable

ok19:                                             ; preds = %ok18
  %191 = icmp ult i64 %179, %scratch_start
  %192 = load i64, i64* %lowEnd, align 8
  %193 = load i64, i64* %highEnd, align 8
  %194 = call i64 @llvm.umax.i64(i64 %192, i64 %180)
  %195 = select i1 %191, i64 %194, i64 %192
  store i64 %195, i64* %lowEnd, align 8
  %196 = call i64 @llvm.umax.i64(i64 %193, i64 %180)
  %197 = select i1 %191, i64 %193, i64 %196
  store i64 %197, i64* %highEnd, align 8
  %198 = load i64, i64* %lowStart, align 8
  %199 = call i64 @llvm.umin.i64(i64 %198, i64 %179)
  store i64 %199, i64* %lowStart, align 8
  %200 = getelementptr i8, i8* %mem, i64 %179
  %201 = getelementptr i8, i8* %mem, i64 %182
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %200, i8* %201, i64 %178, i1 false)
  %202 = load i32, i32* %cur, align 4
  %203 = load i32, i32* %slen, align 4
  %204 = add i32 %202, %203
  store i32 %204, i32* %cur, align 4
  %205 = load i32, i32* %cur, align 4
  %206 = add i32 %205, 20
  %207 = getelementptr i64, i64* %regs, i64 2
  %208 = load i64, i64* %207, align 8
  %209 = trunc i64 %208 to i32
  %210 = icmp ugt i32 %206, %209
  %211 = zext i1 %210 to i32
  %212 = icmp ne i32 %211, 0
  br i1 %212, label %then20, label %else21

then20:                                           ; preds = %ok19
  br label %trap15.site40

else21:                                           ; preds = %ok19
  br label %join22

join22:                                           ; preds = %else21, %dead23
  %213 = load i32, i32* %cur, align 4
  %214 = load i64, i64* %part.2, align 8
  %215 = load i32, i32* %cur, align 4
  %216 = icmp uge i32 %depth, 1000
  br i1 %216, label %trap15.site40, label %ok24

dead23:                                           ; No predecessors!
  br label %join22

ok24:                                             ; preds = %join22
  %217 = getelementptr i64, i64* %regs, i64 10
  %218 = load i64, i64* %217, align 8
  %219 = icmp ult i64 %10, %218
  br i1 %219, label %trap253.site0, label %stack_ok25

stack_ok25:                                       ; preds = %ok24
  %220 = load i64, i64* %fuel, align 8
  %221 = getelementptr i64, i64* %regs, i64 0
  store i64 %220, i64* %221, align 8
  %222 = load i64, i64* %lowStart, align 8
  %223 = getelementptr i64, i64* %regs, i64 6
  store i64 %222, i64* %223, align 8
  %224 = load i64, i64* %lowEnd, align 8
  %225 = getelementptr i64, i64* %regs, i64 7
  store i64 %224, i64* %225, align 8
  %226 = load i64, i64* %highEnd, align 8
  %227 = getelementptr i64, i64* %regs, i64 8
  store i64 %226, i64* %227, align 8
  %228 = add i32 %depth, 1
  %229 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %228, i64 %214, i32 %215)
  %230 = getelementptr i64, i64* %regs, i64 0
  %231 = load i64, i64* %230, align 8
  store i64 %231, i64* %fuel, align 8
  %232 = getelementptr i64, i64* %regs, i64 6
  %233 = load i64, i64* %232, align 8
  store i64 %233, i64* %lowStart, align 8
  %234 = getelementptr i64, i64* %regs, i64 7
  %235 = load i64, i64* %234, align 8
  store i64 %235, i64* %lowEnd, align 8
  %236 = getelementptr i64, i64* %regs, i64 8
  %237 = load i64, i64* %236, align 8
  store i64 %237, i64* %highEnd, align 8
  %238 = add i32 %213, %229
  store i32 %238, i32* %cur, align 4
  %239 = load i32, i32* %cur, align 4
  %240 = load i32, i32* %text, align 4
  %241 = sub i32 %239, %240
  %242 = sub i32 %241, 4
  store i32 %242, i32* %len, align 4
  %243 = load i32, i32* %text, align 4
  %244 = load i32, i32* %len, align 4
  %245 = zext i32 %243 to i64
  %246 = add i64 %245, 4
  %247 = icmp ugt i64 %246, %arena_size
  br i1 %247, label %trap17.site0, label %ok26

ok26:                                             ; preds = %stack_ok25
  %248 = getelementptr i8, i8* %mem, i64 %245
  %249 = icmp ult i64 %245, %scratch_start
  %250 = load i64, i64* %lowEnd, align 8
  %251 = load i64, i64* %highEnd, align 8
  %252 = call i64 @llvm.umax.i64(i64 %250, i64 %246)
  %253 = select i1 %249, i64 %252, i64 %250
  store i64 %253, i64* %lowEnd, align 8
  %254 = call i64 @llvm.umax.i64(i64 %251, i64 %246)
  %255 = select i1 %249, i64 %251, i64 %254
  store i64 %255, i64* %highEnd, align 8
  %256 = load i64, i64* %lowStart, align 8
  %257 = call i64 @llvm.umin.i64(i64 %256, i64 %245)
  store i64 %257, i64* %lowStart, align 8
  store i32 %244, i32* %unaligned27, align 4
  %258 = bitcast i32* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %248, i8* %258, i64 4, i1 false)
  %259 = load i32, i32* %len, align 4
  %260 = add i32 %259, 4
  %261 = zext i32 %260 to i64
  %262 = getelementptr i64, i64* %regs, i64 1
  %263 = getelementptr i64, i64* %regs, i64 2
  %264 = load i64, i64* %262, align 8
  %265 = add i64 %264, 3
  %266 = and i64 %265, -4
  %267 = add i64 %266, %261
  %268 = load i64, i64* %263, align 8
  %269 = icmp ugt i64 %267, %268
  br i1 %269, label %trap15.site40, label %ok28

ok28:                                             ; preds = %ok26
  store i64 %267, i64* %262, align 8
  %270 = trunc i64 %266 to i32
  store i32 %270, i32* %result, align 4
  br label %e0
}
