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
;   @m0.codec.dec.string.3
;   @m0.codec.dec.int.4
;   @m0.rt.parse_eisel_lemire
;   @m0.rt.decimal_shr
;   @m0.rt.decimal_shl
;   @m0.rt.decimal_round
;   @m0.rt.parse_float_slow
;   @m0.rt.parse_float
;   @m0.codec.dec.float.5
;   @m0.codec.skip
;   @m0.codec.dec.fields.2
;   @m0.codec.dec.record.1
;   @m0.codec.dec.list.0
;   @m0.codec.dec.fields.7
;   @m0.codec.dec.enum.6
;   @m0.validate.LineItem
;   @m0.validate.List_LineItem_
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
  %4 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %4, align 8
  %unaligned = alloca i64, align 8
  %unaligned4 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %5 = load i64, i64* %fuel, align 8
  %6 = icmp ult i64 %5, 1
  br i1 %6, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %7 = sub i64 %5, 1
  store i64 %7, i64* %fuel, align 8
  %8 = load i32, i32* %v, align 4
  %9 = zext i32 %8 to i64
  %10 = add i64 %9, 8
  %11 = add i64 %10, 8
  %12 = icmp ugt i64 %11, %arena_size
  br i1 %12, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %13 = getelementptr i8, i8* %mem, i64 %10
  %14 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %14, i8* %13, i64 8, i1 false)
  %15 = load i64, i64* %unaligned, align 8
  %16 = icmp uge i32 %depth, 1000
  br i1 %16, label %trap15.site0, label %ok2

trap17.site0:                                     ; preds = %join, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %17 = icmp ult i64 %3, %stack_limit
  br i1 %17, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok3, %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %18 = load i64, i64* %fuel, align 8
  %19 = getelementptr i64, i64* %regs, i64 0
  store i64 %18, i64* %19, align 8
  %20 = add i32 %depth, 1
  %21 = call i32 @m0.pred.LineItem.qty(i64* %regs, i8* %mem, i32 %20, i32 0, i64 %15)
  %22 = getelementptr i64, i64* %regs, i64 0
  %23 = load i64, i64* %22, align 8
  store i64 %23, i64* %fuel, align 8
  %24 = icmp eq i32 %21, 0
  %25 = zext i1 %24 to i32
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %then, label %else

trap253.site0:                                    ; preds = %ok5, %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %27 = load i64, i64* %fuel, align 8
  %28 = getelementptr i64, i64* %regs, i64 0
  store i64 %27, i64* %28, align 8
  ret i32 0

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %29 = load i32, i32* %v, align 4
  %30 = zext i32 %29 to i64
  %31 = add i64 %30, 16
  %32 = add i64 %31, 8
  %33 = icmp ugt i64 %32, %arena_size
  br i1 %33, label %trap17.site0, label %ok3

dead:                                             ; No predecessors!
  br label %join

ok3:                                              ; preds = %join
  %34 = getelementptr i8, i8* %mem, i64 %31
  %35 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %35, i8* %34, i64 8, i1 false)
  %36 = load i64, i64* %unaligned4, align 8
  %37 = bitcast i64 %36 to double
  %38 = icmp uge i32 %depth, 1000
  br i1 %38, label %trap15.site0, label %ok5

ok5:                                              ; preds = %ok3
  %39 = icmp ult i64 %3, %stack_limit
  br i1 %39, label %trap253.site0, label %stack_ok6

stack_ok6:                                        ; preds = %ok5
  %40 = load i64, i64* %fuel, align 8
  %41 = getelementptr i64, i64* %regs, i64 0
  store i64 %40, i64* %41, align 8
  %42 = add i32 %depth, 1
  %43 = call i32 @m0.pred.LineItem.unit_price(i64* %regs, i8* %mem, i32 %42, i32 0, double %37)
  %44 = getelementptr i64, i64* %regs, i64 0
  %45 = load i64, i64* %44, align 8
  store i64 %45, i64* %fuel, align 8
  %46 = icmp eq i32 %43, 0
  %47 = zext i1 %46 to i32
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %then7, label %else8

then7:                                            ; preds = %stack_ok6
  %49 = load i64, i64* %fuel, align 8
  %50 = getelementptr i64, i64* %regs, i64 0
  store i64 %49, i64* %50, align 8
  ret i32 0

else8:                                            ; preds = %stack_ok6
  br label %join9

join9:                                            ; preds = %else8, %dead10
  %51 = load i64, i64* %fuel, align 8
  %52 = getelementptr i64, i64* %regs, i64 0
  store i64 %51, i64* %52, align 8
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
  %4 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %4, align 8
  %unaligned = alloca i32, align 4
  %unaligned4 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %5 = load i64, i64* %fuel, align 8
  %6 = icmp ult i64 %5, 1
  br i1 %6, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %7 = sub i64 %5, 1
  store i64 %7, i64* %fuel, align 8
  %8 = load i32, i32* %v, align 4
  %9 = zext i32 %8 to i64
  %10 = add i64 %9, 4
  %11 = icmp ugt i64 %10, %arena_size
  br i1 %11, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %loop1, %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %12 = getelementptr i8, i8* %mem, i64 %9
  %13 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %13, i8* %12, i64 4, i1 false)
  %14 = load i32, i32* %unaligned, align 4
  store i32 %14, i32* %n, align 4
  br label %loop1

trap17.site0:                                     ; preds = %cont, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

block0:                                           ; preds = %dead6, %ok2
  %15 = load i64, i64* %fuel, align 8
  %16 = getelementptr i64, i64* %regs, i64 0
  store i64 %15, i64* %16, align 8
  ret i32 1

loop1:                                            ; preds = %join, %ok1
  %17 = load i64, i64* %fuel, align 8
  %18 = icmp ult i64 %17, 1
  br i1 %18, label %trap14.site0, label %ok2

ok2:                                              ; preds = %loop1
  %19 = sub i64 %17, 1
  store i64 %19, i64* %fuel, align 8
  %20 = load i32, i32* %i, align 4
  %21 = load i32, i32* %n, align 4
  %22 = icmp uge i32 %20, %21
  %23 = zext i1 %22 to i32
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %block0, label %cont

cont:                                             ; preds = %ok2
  %25 = load i32, i32* %v, align 4
  %26 = load i32, i32* %i, align 4
  %27 = mul i32 %26, 4
  %28 = add i32 %25, %27
  %29 = zext i32 %28 to i64
  %30 = add i64 %29, 4
  %31 = add i64 %30, 4
  %32 = icmp ugt i64 %31, %arena_size
  br i1 %32, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %33 = getelementptr i8, i8* %mem, i64 %30
  %34 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %34, i8* %33, i64 4, i1 false)
  %35 = load i32, i32* %unaligned4, align 4
  %36 = icmp uge i32 %depth, 1000
  br i1 %36, label %trap15.site0, label %ok5

ok5:                                              ; preds = %ok3
  %37 = icmp ult i64 %3, %stack_limit
  br i1 %37, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok3
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok5
  %38 = load i64, i64* %fuel, align 8
  %39 = getelementptr i64, i64* %regs, i64 0
  store i64 %38, i64* %39, align 8
  %40 = add i32 %depth, 1
  %41 = call i32 @m0.validate.LineItem(i64* %regs, i8* %mem, i32 %40, i32 %35)
  %42 = getelementptr i64, i64* %regs, i64 0
  %43 = load i64, i64* %42, align 8
  store i64 %43, i64* %fuel, align 8
  %44 = icmp eq i32 %41, 0
  %45 = zext i1 %44 to i32
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %then, label %else

trap253.site0:                                    ; preds = %ok5
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %47 = load i64, i64* %fuel, align 8
  %48 = getelementptr i64, i64* %regs, i64 0
  store i64 %47, i64* %48, align 8
  ret i32 0

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %49 = load i32, i32* %i, align 4
  %50 = add i32 %49, 1
  store i32 %50, i32* %i, align 4
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
  %args_r = alloca i32, align 4
  store i32 0, i32* %args_r, align 4
  %arg0_cell = alloca i32, align 4
  store i32 0, i32* %arg0_cell, align 4
  %arg1_cell = alloca i32, align 4
  store i32 0, i32* %arg1_cell, align 4
  %arg2_cell = alloca i32, align 4
  store i32 0, i32* %arg2_cell, align 4
  %arg0_state = alloca i32, align 4
  store i32 0, i32* %arg0_state, align 4
  %arg1_state = alloca i32, align 4
  store i32 0, i32* %arg1_state, align 4
  %arg2_state = alloca i32, align 4
  store i32 0, i32* %arg2_state, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %arg = alloca i32, align 4
  store i32 0, i32* %arg, align 4
  %arg.1 = alloca i32, align 4
  store i32 0, i32* %arg.1, align 4
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
  %11 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %11, align 8
  %result = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned45 = alloca i32, align 4
  %unaligned54 = alloca i32, align 4
  %unaligned56 = alloca i16, align 2
  %unaligned123 = alloca i32, align 4
  %unaligned139 = alloca i32, align 4
  %unaligned149 = alloca i32, align 4
  %unaligned156 = alloca i32, align 4
  %unaligned161 = alloca i32, align 4
  %unaligned166 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = load i32, i32* %input_offset, align 4
  store i32 %15, i32* %args, align 4
  %16 = load i32, i32* %args, align 4
  %17 = load i32, i32* %input_len, align 4
  %18 = add i32 %16, %17
  store i32 %18, i32* %args_end, align 4
  %19 = load i32, i32* %args, align 4
  %20 = load i32, i32* %args_end, align 4
  %21 = load i32, i32* %args, align 4
  %22 = sub i32 %20, %21
  %23 = icmp uge i32 %depth, 1000
  br i1 %23, label %trap15.site0, label %ok1

trap14.site0:                                     ; preds = %ws18, %ws16, %ws9, %ws7, %args4, %ws3, %ws1, %body
  %24 = load i64, i64* %lowStart, align 8
  %25 = getelementptr i64, i64* %regs, i64 6
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %lowEnd, align 8
  %27 = getelementptr i64, i64* %regs, i64 7
  store i64 %26, i64* %27, align 8
  %28 = load i64, i64* %highEnd, align 8
  %29 = getelementptr i64, i64* %regs, i64 8
  store i64 %28, i64* %29, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %30 = icmp ult i64 %10, %stack_limit
  br i1 %30, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %default11, %then91, %case12, %then83, %case13, %then75, %case14, %ok29, %then26, %ok23, %ok12, %ok11, %join9, %ok
  %31 = load i64, i64* %lowStart, align 8
  %32 = getelementptr i64, i64* %regs, i64 6
  store i64 %31, i64* %32, align 8
  %33 = load i64, i64* %lowEnd, align 8
  %34 = getelementptr i64, i64* %regs, i64 7
  store i64 %33, i64* %34, align 8
  %35 = load i64, i64* %highEnd, align 8
  %36 = getelementptr i64, i64* %regs, i64 8
  store i64 %35, i64* %36, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok1
  %37 = load i64, i64* %fuel, align 8
  %38 = getelementptr i64, i64* %regs, i64 0
  store i64 %37, i64* %38, align 8
  %39 = load i64, i64* %lowStart, align 8
  %40 = getelementptr i64, i64* %regs, i64 6
  store i64 %39, i64* %40, align 8
  %41 = load i64, i64* %lowEnd, align 8
  %42 = getelementptr i64, i64* %regs, i64 7
  store i64 %41, i64* %42, align 8
  %43 = load i64, i64* %highEnd, align 8
  %44 = getelementptr i64, i64* %regs, i64 8
  store i64 %43, i64* %44, align 8
  %45 = add i32 %depth, 1
  %46 = call i32 @m0.codec.json_valid(i64* %regs, i8* %mem, i32 %45, i32 %19, i32 %22)
  %47 = getelementptr i64, i64* %regs, i64 0
  %48 = load i64, i64* %47, align 8
  store i64 %48, i64* %fuel, align 8
  %49 = getelementptr i64, i64* %regs, i64 6
  %50 = load i64, i64* %49, align 8
  store i64 %50, i64* %lowStart, align 8
  %51 = getelementptr i64, i64* %regs, i64 7
  %52 = load i64, i64* %51, align 8
  store i64 %52, i64* %lowEnd, align 8
  %53 = getelementptr i64, i64* %regs, i64 8
  %54 = load i64, i64* %53, align 8
  store i64 %54, i64* %highEnd, align 8
  %55 = icmp eq i32 %46, 0
  %56 = zext i1 %55 to i32
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %then, label %else

trap253.site0:                                    ; preds = %ok124, %ok97, %ok94, %ok89, %ok86, %ok81, %ok78, %ok73, %ok30, %ok24, %ok1
  %58 = load i64, i64* %lowStart, align 8
  %59 = getelementptr i64, i64* %regs, i64 6
  store i64 %58, i64* %59, align 8
  %60 = load i64, i64* %lowEnd, align 8
  %61 = getelementptr i64, i64* %regs, i64 7
  store i64 %60, i64* %61, align 8
  %62 = load i64, i64* %highEnd, align 8
  %63 = getelementptr i64, i64* %regs, i64 8
  store i64 %62, i64* %63, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  br label %trap11.site1

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %64 = load i32, i32* %args, align 4
  store i32 %64, i32* %args_pos, align 4
  br label %ws1

trap11.site1:                                     ; preds = %then7, %then
  %65 = load i64, i64* %lowStart, align 8
  %66 = getelementptr i64, i64* %regs, i64 6
  store i64 %65, i64* %66, align 8
  %67 = load i64, i64* %lowEnd, align 8
  %68 = getelementptr i64, i64* %regs, i64 7
  store i64 %67, i64* %68, align 8
  %69 = load i64, i64* %highEnd, align 8
  %70 = getelementptr i64, i64* %regs, i64 8
  store i64 %69, i64* %70, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 1)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ws_done0:                                         ; preds = %dead5, %ok3, %ok2
  %71 = load i32, i32* %args_pos, align 4
  %72 = zext i32 %71 to i64
  %73 = add i64 %72, 1
  %74 = icmp ugt i64 %73, %arena_size
  br i1 %74, label %trap17.site0, label %ok6

ws1:                                              ; preds = %cont4, %join
  %75 = load i64, i64* %fuel, align 8
  %76 = icmp ult i64 %75, 1
  br i1 %76, label %trap14.site0, label %ok2

ok2:                                              ; preds = %ws1
  %77 = sub i64 %75, 1
  store i64 %77, i64* %fuel, align 8
  %78 = load i32, i32* %args_pos, align 4
  %79 = load i32, i32* %args_end, align 4
  %80 = icmp uge i32 %78, %79
  %81 = zext i1 %80 to i32
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %ws_done0, label %cont

cont:                                             ; preds = %ok2
  %83 = load i32, i32* %args_pos, align 4
  %84 = zext i32 %83 to i64
  %85 = add i64 %84, 1
  %86 = icmp ugt i64 %85, %arena_size
  br i1 %86, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %87 = getelementptr i8, i8* %mem, i64 %84
  %88 = load i8, i8* %87, align 1
  %89 = zext i8 %88 to i32
  store i32 %89, i32* %ws, align 4
  %90 = load i32, i32* %ws, align 4
  %91 = icmp ule i32 %90, 32
  %92 = zext i1 %91 to i32
  %93 = icmp eq i32 %92, 0
  %94 = zext i1 %93 to i32
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %ws_done0, label %cont4

trap17.site0:                                     ; preds = %write.slow163, %write.slow158, %write.slow, %join146, %join136, %join120, %cont109, %ws_done15, %cont100, %cont68, %cont63, %ok55, %ok53, %then50, %then41, %ok35, %then32, %ws_done2, %cont15, %ws_done0, %cont
  %96 = load i64, i64* %lowStart, align 8
  %97 = getelementptr i64, i64* %regs, i64 6
  store i64 %96, i64* %97, align 8
  %98 = load i64, i64* %lowEnd, align 8
  %99 = getelementptr i64, i64* %regs, i64 7
  store i64 %98, i64* %99, align 8
  %100 = load i64, i64* %highEnd, align 8
  %101 = getelementptr i64, i64* %regs, i64 8
  store i64 %100, i64* %101, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

cont4:                                            ; preds = %ok3
  %102 = load i32, i32* %args_pos, align 4
  %103 = add i32 %102, 1
  store i32 %103, i32* %args_pos, align 4
  br label %ws1

dead5:                                            ; No predecessors!
  br label %ws_done0

ok6:                                              ; preds = %ws_done0
  %104 = getelementptr i8, i8* %mem, i64 %72
  %105 = load i8, i8* %104, align 1
  %106 = zext i8 %105 to i32
  %107 = icmp eq i32 %106, 123
  %108 = zext i1 %107 to i32
  %109 = icmp eq i32 %108, 0
  %110 = zext i1 %109 to i32
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %then7, label %else8

then7:                                            ; preds = %ok6
  br label %trap11.site1

else8:                                            ; preds = %ok6
  br label %join9

join9:                                            ; preds = %else8, %dead10
  %112 = getelementptr i64, i64* %regs, i64 1
  %113 = getelementptr i64, i64* %regs, i64 2
  %114 = load i64, i64* %112, align 8
  %115 = add i64 %114, 3
  %116 = and i64 %115, -4
  %117 = add i64 %116, 4
  %118 = load i64, i64* %113, align 8
  %119 = icmp ugt i64 %117, %118
  br i1 %119, label %trap15.site0, label %ok11

dead10:                                           ; No predecessors!
  br label %join9

ok11:                                             ; preds = %join9
  store i64 %117, i64* %112, align 8
  %120 = load i64, i64* %highEnd, align 8
  %121 = call i64 @llvm.umax.i64(i64 %120, i64 %117)
  store i64 %121, i64* %highEnd, align 8
  %122 = trunc i64 %116 to i32
  store i32 %122, i32* %arg0_cell, align 4
  %123 = getelementptr i64, i64* %regs, i64 1
  %124 = getelementptr i64, i64* %regs, i64 2
  %125 = load i64, i64* %123, align 8
  %126 = add i64 %125, 3
  %127 = and i64 %126, -4
  %128 = add i64 %127, 4
  %129 = load i64, i64* %124, align 8
  %130 = icmp ugt i64 %128, %129
  br i1 %130, label %trap15.site0, label %ok12

ok12:                                             ; preds = %ok11
  store i64 %128, i64* %123, align 8
  %131 = load i64, i64* %highEnd, align 8
  %132 = call i64 @llvm.umax.i64(i64 %131, i64 %128)
  store i64 %132, i64* %highEnd, align 8
  %133 = trunc i64 %127 to i32
  store i32 %133, i32* %arg1_cell, align 4
  %134 = getelementptr i64, i64* %regs, i64 1
  %135 = getelementptr i64, i64* %regs, i64 2
  %136 = load i64, i64* %134, align 8
  %137 = add i64 %136, 3
  %138 = and i64 %137, -4
  %139 = add i64 %138, 4
  %140 = load i64, i64* %135, align 8
  %141 = icmp ugt i64 %139, %140
  br i1 %141, label %trap15.site0, label %ok13

ok13:                                             ; preds = %ok12
  store i64 %139, i64* %134, align 8
  %142 = load i64, i64* %highEnd, align 8
  %143 = call i64 @llvm.umax.i64(i64 %142, i64 %139)
  store i64 %143, i64* %highEnd, align 8
  %144 = trunc i64 %138 to i32
  store i32 %144, i32* %arg2_cell, align 4
  %145 = load i32, i32* %args_pos, align 4
  %146 = add i32 %145, 1
  store i32 %146, i32* %args_pos, align 4
  br label %ws3

ws_done2:                                         ; preds = %dead18, %ok16, %ok14
  %147 = load i32, i32* %args_pos, align 4
  %148 = zext i32 %147 to i64
  %149 = add i64 %148, 1
  %150 = icmp ugt i64 %149, %arena_size
  br i1 %150, label %trap17.site0, label %ok19

ws3:                                              ; preds = %cont17, %ok13
  %151 = load i64, i64* %fuel, align 8
  %152 = icmp ult i64 %151, 1
  br i1 %152, label %trap14.site0, label %ok14

ok14:                                             ; preds = %ws3
  %153 = sub i64 %151, 1
  store i64 %153, i64* %fuel, align 8
  %154 = load i32, i32* %args_pos, align 4
  %155 = load i32, i32* %args_end, align 4
  %156 = icmp uge i32 %154, %155
  %157 = zext i1 %156 to i32
  %158 = icmp ne i32 %157, 0
  br i1 %158, label %ws_done2, label %cont15

cont15:                                           ; preds = %ok14
  %159 = load i32, i32* %args_pos, align 4
  %160 = zext i32 %159 to i64
  %161 = add i64 %160, 1
  %162 = icmp ugt i64 %161, %arena_size
  br i1 %162, label %trap17.site0, label %ok16

ok16:                                             ; preds = %cont15
  %163 = getelementptr i8, i8* %mem, i64 %160
  %164 = load i8, i8* %163, align 1
  %165 = zext i8 %164 to i32
  store i32 %165, i32* %ws, align 4
  %166 = load i32, i32* %ws, align 4
  %167 = icmp ule i32 %166, 32
  %168 = zext i1 %167 to i32
  %169 = icmp eq i32 %168, 0
  %170 = zext i1 %169 to i32
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %ws_done2, label %cont17

cont17:                                           ; preds = %ok16
  %172 = load i32, i32* %args_pos, align 4
  %173 = add i32 %172, 1
  store i32 %173, i32* %args_pos, align 4
  br label %ws3

dead18:                                           ; No predecessors!
  br label %ws_done2

ok19:                                             ; preds = %ws_done2
  %174 = getelementptr i8, i8* %mem, i64 %148
  %175 = load i8, i8* %174, align 1
  %176 = zext i8 %175 to i32
  %177 = icmp eq i32 %176, 125
  %178 = zext i1 %177 to i32
  %179 = icmp eq i32 %178, 0
  %180 = zext i1 %179 to i32
  %181 = icmp ne i32 %180, 0
  br i1 %181, label %then20, label %else21

then20:                                           ; preds = %ok19
  br label %args4

else21:                                           ; preds = %ok19
  br label %join22

join22:                                           ; preds = %else21, %join107
  %182 = load i32, i32* %arg0_state, align 4
  %183 = icmp eq i32 %182, 0
  %184 = zext i1 %183 to i32
  %185 = icmp ne i32 %184, 0
  br i1 %185, label %then114, label %else115

args4:                                            ; preds = %ws_done17, %then20
  %186 = load i64, i64* %fuel, align 8
  %187 = icmp ult i64 %186, 1
  br i1 %187, label %trap14.site0, label %ok23

ok23:                                             ; preds = %args4
  %188 = sub i64 %186, 1
  store i64 %188, i64* %fuel, align 8
  %189 = getelementptr i64, i64* %regs, i64 1
  %190 = load i64, i64* %189, align 8
  %191 = trunc i64 %190 to i32
  store i32 %191, i32* %args_mark, align 4
  %192 = load i32, i32* %args_pos, align 4
  %193 = add i32 %192, 1
  %194 = load i32, i32* %args_end, align 4
  %195 = icmp uge i32 %depth, 1000
  br i1 %195, label %trap15.site0, label %ok24

ok24:                                             ; preds = %ok23
  %196 = icmp ult i64 %10, %stack_limit
  br i1 %196, label %trap253.site0, label %stack_ok25

stack_ok25:                                       ; preds = %ok24
  %197 = load i64, i64* %fuel, align 8
  %198 = getelementptr i64, i64* %regs, i64 0
  store i64 %197, i64* %198, align 8
  %199 = load i64, i64* %lowStart, align 8
  %200 = getelementptr i64, i64* %regs, i64 6
  store i64 %199, i64* %200, align 8
  %201 = load i64, i64* %lowEnd, align 8
  %202 = getelementptr i64, i64* %regs, i64 7
  store i64 %201, i64* %202, align 8
  %203 = load i64, i64* %highEnd, align 8
  %204 = getelementptr i64, i64* %regs, i64 8
  store i64 %203, i64* %204, align 8
  %205 = add i32 %depth, 1
  %206 = call i32 @m0.codec.str_end(i64* %regs, i8* %mem, i32 %205, i32 %193, i32 %194)
  %207 = getelementptr i64, i64* %regs, i64 0
  %208 = load i64, i64* %207, align 8
  store i64 %208, i64* %fuel, align 8
  %209 = getelementptr i64, i64* %regs, i64 6
  %210 = load i64, i64* %209, align 8
  store i64 %210, i64* %lowStart, align 8
  %211 = getelementptr i64, i64* %regs, i64 7
  %212 = load i64, i64* %211, align 8
  store i64 %212, i64* %lowEnd, align 8
  %213 = getelementptr i64, i64* %regs, i64 8
  %214 = load i64, i64* %213, align 8
  store i64 %214, i64* %highEnd, align 8
  store i32 %206, i32* %kr, align 4
  %215 = load i32, i32* %kr, align 4
  %216 = and i32 %215, 2147483647
  store i32 %216, i32* %kq, align 4
  %217 = load i32, i32* %kr, align 4
  %218 = and i32 %217, -2147483648
  %219 = icmp ne i32 %218, 0
  br i1 %219, label %then26, label %else27

then26:                                           ; preds = %stack_ok25
  %220 = load i32, i32* %kq, align 4
  %221 = load i32, i32* %args_pos, align 4
  %222 = sub i32 %220, %221
  %223 = sub i32 %222, 1
  %224 = zext i32 %223 to i64
  %225 = getelementptr i64, i64* %regs, i64 1
  %226 = getelementptr i64, i64* %regs, i64 2
  %227 = load i64, i64* %225, align 8
  %228 = add i64 %227, 0
  %229 = and i64 %228, -1
  %230 = add i64 %229, %224
  %231 = load i64, i64* %226, align 8
  %232 = icmp ugt i64 %230, %231
  br i1 %232, label %trap15.site0, label %ok29

else27:                                           ; preds = %stack_ok25
  %233 = load i32, i32* %args_pos, align 4
  %234 = add i32 %233, 1
  store i32 %234, i32* %args_kp, align 4
  %235 = load i32, i32* %kq, align 4
  %236 = load i32, i32* %args_pos, align 4
  %237 = sub i32 %235, %236
  %238 = sub i32 %237, 1
  store i32 %238, i32* %args_klen, align 4
  br label %join28

join28:                                           ; preds = %else27, %stack_ok31
  %239 = load i32, i32* %kq, align 4
  %240 = add i32 %239, 1
  store i32 %240, i32* %args_pos, align 4
  %241 = load i32, i32* %args_klen, align 4
  %242 = icmp eq i32 %241, 5
  %243 = zext i1 %242 to i32
  %244 = icmp ne i32 %243, 0
  br i1 %244, label %then32, label %else33

ok29:                                             ; preds = %then26
  store i64 %230, i64* %225, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = call i64 @llvm.umax.i64(i64 %245, i64 %230)
  store i64 %246, i64* %highEnd, align 8
  %247 = trunc i64 %229 to i32
  store i32 %247, i32* %args_kp, align 4
  %248 = load i32, i32* %args_pos, align 4
  %249 = add i32 %248, 1
  %250 = load i32, i32* %kq, align 4
  %251 = load i32, i32* %args_kp, align 4
  %252 = icmp uge i32 %depth, 1000
  br i1 %252, label %trap15.site0, label %ok30

ok30:                                             ; preds = %ok29
  %253 = icmp ult i64 %10, %stack_limit
  br i1 %253, label %trap253.site0, label %stack_ok31

stack_ok31:                                       ; preds = %ok30
  %254 = load i64, i64* %fuel, align 8
  %255 = getelementptr i64, i64* %regs, i64 0
  store i64 %254, i64* %255, align 8
  %256 = load i64, i64* %lowStart, align 8
  %257 = getelementptr i64, i64* %regs, i64 6
  store i64 %256, i64* %257, align 8
  %258 = load i64, i64* %lowEnd, align 8
  %259 = getelementptr i64, i64* %regs, i64 7
  store i64 %258, i64* %259, align 8
  %260 = load i64, i64* %highEnd, align 8
  %261 = getelementptr i64, i64* %regs, i64 8
  store i64 %260, i64* %261, align 8
  %262 = add i32 %depth, 1
  %263 = call i32 @m0.codec.str_unescape(i64* %regs, i8* %mem, i32 %262, i32 %249, i32 %250, i32 %251)
  %264 = getelementptr i64, i64* %regs, i64 0
  %265 = load i64, i64* %264, align 8
  store i64 %265, i64* %fuel, align 8
  %266 = getelementptr i64, i64* %regs, i64 6
  %267 = load i64, i64* %266, align 8
  store i64 %267, i64* %lowStart, align 8
  %268 = getelementptr i64, i64* %regs, i64 7
  %269 = load i64, i64* %268, align 8
  store i64 %269, i64* %lowEnd, align 8
  %270 = getelementptr i64, i64* %regs, i64 8
  %271 = load i64, i64* %270, align 8
  store i64 %271, i64* %highEnd, align 8
  %272 = load i32, i32* %args_kp, align 4
  %273 = sub i32 %263, %272
  store i32 %273, i32* %args_klen, align 4
  br label %join28

match5:                                           ; preds = %join52, %then58, %then46, %then37
  %274 = load i32, i32* %result, align 4
  store i32 %274, i32* %args_c, align 4
  %275 = load i32, i32* %args_mark, align 4
  %276 = zext i32 %275 to i64
  %277 = getelementptr i64, i64* %regs, i64 1
  store i64 %276, i64* %277, align 8
  br label %ws7

then32:                                           ; preds = %join28
  %278 = load i32, i32* %args_kp, align 4
  %279 = zext i32 %278 to i64
  %280 = add i64 %279, 4
  %281 = icmp ugt i64 %280, %arena_size
  br i1 %281, label %trap17.site0, label %ok35

else33:                                           ; preds = %join28
  br label %join34

join34:                                           ; preds = %else33, %join39
  %282 = load i32, i32* %args_klen, align 4
  %283 = icmp eq i32 %282, 4
  %284 = zext i1 %283 to i32
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %then41, label %else42

ok35:                                             ; preds = %then32
  %286 = getelementptr i8, i8* %mem, i64 %279
  %287 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %287, i8* %286, i64 4, i1 false)
  %288 = load i32, i32* %unaligned, align 4
  %289 = icmp eq i32 %288, 1835365481
  %290 = zext i1 %289 to i32
  %291 = load i32, i32* %args_kp, align 4
  %292 = zext i32 %291 to i64
  %293 = add i64 %292, 4
  %294 = add i64 %293, 1
  %295 = icmp ugt i64 %294, %arena_size
  br i1 %295, label %trap17.site0, label %ok36

ok36:                                             ; preds = %ok35
  %296 = getelementptr i8, i8* %mem, i64 %293
  %297 = load i8, i8* %296, align 1
  %298 = zext i8 %297 to i32
  %299 = icmp eq i32 %298, 115
  %300 = zext i1 %299 to i32
  %301 = and i32 %290, %300
  %302 = icmp ne i32 %301, 0
  br i1 %302, label %then37, label %else38

then37:                                           ; preds = %ok36
  store i32 0, i32* %result, align 4
  br label %match5

else38:                                           ; preds = %ok36
  br label %join39

join39:                                           ; preds = %else38, %dead40
  br label %join34

dead40:                                           ; No predecessors!
  br label %join39

then41:                                           ; preds = %join34
  %303 = load i32, i32* %args_kp, align 4
  %304 = zext i32 %303 to i64
  %305 = add i64 %304, 4
  %306 = icmp ugt i64 %305, %arena_size
  br i1 %306, label %trap17.site0, label %ok44

else42:                                           ; preds = %join34
  br label %join43

join43:                                           ; preds = %else42, %join48
  %307 = load i32, i32* %args_klen, align 4
  %308 = icmp eq i32 %307, 7
  %309 = zext i1 %308 to i32
  %310 = icmp ne i32 %309, 0
  br i1 %310, label %then50, label %else51

ok44:                                             ; preds = %then41
  %311 = getelementptr i8, i8* %mem, i64 %304
  %312 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %312, i8* %311, i64 4, i1 false)
  %313 = load i32, i32* %unaligned45, align 4
  %314 = icmp eq i32 %313, 1919248756
  %315 = zext i1 %314 to i32
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %then46, label %else47

then46:                                           ; preds = %ok44
  store i32 1, i32* %result, align 4
  br label %match5

else47:                                           ; preds = %ok44
  br label %join48

join48:                                           ; preds = %else47, %dead49
  br label %join43

dead49:                                           ; No predecessors!
  br label %join48

then50:                                           ; preds = %join43
  %317 = load i32, i32* %args_kp, align 4
  %318 = zext i32 %317 to i64
  %319 = add i64 %318, 4
  %320 = icmp ugt i64 %319, %arena_size
  br i1 %320, label %trap17.site0, label %ok53

else51:                                           ; preds = %join43
  br label %join52

join52:                                           ; preds = %else51, %join60
  store i32 -1, i32* %result, align 4
  br label %match5

ok53:                                             ; preds = %then50
  %321 = getelementptr i8, i8* %mem, i64 %318
  %322 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %322, i8* %321, i64 4, i1 false)
  %323 = load i32, i32* %unaligned54, align 4
  %324 = icmp eq i32 %323, 1853189987
  %325 = zext i1 %324 to i32
  %326 = load i32, i32* %args_kp, align 4
  %327 = zext i32 %326 to i64
  %328 = add i64 %327, 4
  %329 = add i64 %328, 2
  %330 = icmp ugt i64 %329, %arena_size
  br i1 %330, label %trap17.site0, label %ok55

ok55:                                             ; preds = %ok53
  %331 = getelementptr i8, i8* %mem, i64 %328
  %332 = bitcast i16* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %332, i8* %331, i64 2, i1 false)
  %333 = load i16, i16* %unaligned56, align 2
  %334 = zext i16 %333 to i32
  %335 = icmp eq i32 %334, 29300
  %336 = zext i1 %335 to i32
  %337 = and i32 %325, %336
  %338 = load i32, i32* %args_kp, align 4
  %339 = zext i32 %338 to i64
  %340 = add i64 %339, 6
  %341 = add i64 %340, 1
  %342 = icmp ugt i64 %341, %arena_size
  br i1 %342, label %trap17.site0, label %ok57

ok57:                                             ; preds = %ok55
  %343 = getelementptr i8, i8* %mem, i64 %340
  %344 = load i8, i8* %343, align 1
  %345 = zext i8 %344 to i32
  %346 = icmp eq i32 %345, 121
  %347 = zext i1 %346 to i32
  %348 = and i32 %337, %347
  %349 = icmp ne i32 %348, 0
  br i1 %349, label %then58, label %else59

then58:                                           ; preds = %ok57
  store i32 2, i32* %result, align 4
  br label %match5

else59:                                           ; preds = %ok57
  br label %join60

join60:                                           ; preds = %else59, %dead61
  br label %join52

dead61:                                           ; No predecessors!
  br label %join60

ws_done6:                                         ; preds = %dead66, %ok64, %ok62
  %350 = load i32, i32* %args_pos, align 4
  %351 = add i32 %350, 1
  store i32 %351, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont65, %match5
  %352 = load i64, i64* %fuel, align 8
  %353 = icmp ult i64 %352, 1
  br i1 %353, label %trap14.site0, label %ok62

ok62:                                             ; preds = %ws7
  %354 = sub i64 %352, 1
  store i64 %354, i64* %fuel, align 8
  %355 = load i32, i32* %args_pos, align 4
  %356 = load i32, i32* %args_end, align 4
  %357 = icmp uge i32 %355, %356
  %358 = zext i1 %357 to i32
  %359 = icmp ne i32 %358, 0
  br i1 %359, label %ws_done6, label %cont63

cont63:                                           ; preds = %ok62
  %360 = load i32, i32* %args_pos, align 4
  %361 = zext i32 %360 to i64
  %362 = add i64 %361, 1
  %363 = icmp ugt i64 %362, %arena_size
  br i1 %363, label %trap17.site0, label %ok64

ok64:                                             ; preds = %cont63
  %364 = getelementptr i8, i8* %mem, i64 %361
  %365 = load i8, i8* %364, align 1
  %366 = zext i8 %365 to i32
  store i32 %366, i32* %ws, align 4
  %367 = load i32, i32* %ws, align 4
  %368 = icmp ule i32 %367, 32
  %369 = zext i1 %368 to i32
  %370 = icmp eq i32 %369, 0
  %371 = zext i1 %370 to i32
  %372 = icmp ne i32 %371, 0
  br i1 %372, label %ws_done6, label %cont65

cont65:                                           ; preds = %ok64
  %373 = load i32, i32* %args_pos, align 4
  %374 = add i32 %373, 1
  store i32 %374, i32* %args_pos, align 4
  br label %ws7

dead66:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead71, %ok69, %ok67
  %375 = load i32, i32* %args_c, align 4
  switch i32 %375, label %default11 [
    i32 0, label %case14
    i32 1, label %case13
    i32 2, label %case12
  ]

ws9:                                              ; preds = %cont70, %ws_done6
  %376 = load i64, i64* %fuel, align 8
  %377 = icmp ult i64 %376, 1
  br i1 %377, label %trap14.site0, label %ok67

ok67:                                             ; preds = %ws9
  %378 = sub i64 %376, 1
  store i64 %378, i64* %fuel, align 8
  %379 = load i32, i32* %args_pos, align 4
  %380 = load i32, i32* %args_end, align 4
  %381 = icmp uge i32 %379, %380
  %382 = zext i1 %381 to i32
  %383 = icmp ne i32 %382, 0
  br i1 %383, label %ws_done8, label %cont68

cont68:                                           ; preds = %ok67
  %384 = load i32, i32* %args_pos, align 4
  %385 = zext i32 %384 to i64
  %386 = add i64 %385, 1
  %387 = icmp ugt i64 %386, %arena_size
  br i1 %387, label %trap17.site0, label %ok69

ok69:                                             ; preds = %cont68
  %388 = getelementptr i8, i8* %mem, i64 %385
  %389 = load i8, i8* %388, align 1
  %390 = zext i8 %389 to i32
  store i32 %390, i32* %ws, align 4
  %391 = load i32, i32* %ws, align 4
  %392 = icmp ule i32 %391, 32
  %393 = zext i1 %392 to i32
  %394 = icmp eq i32 %393, 0
  %395 = zext i1 %394 to i32
  %396 = icmp ne i32 %395, 0
  br i1 %396, label %ws_done8, label %cont70

cont70:                                           ; preds = %ok69
  %397 = load i32, i32* %args_pos, align 4
  %398 = add i32 %397, 1
  store i32 %398, i32* %args_pos, align 4
  br label %ws9

dead71:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok98, %join93, %join85, %join77
  br label %ws16

default11:                                        ; preds = %dead96, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %399 = load i32, i32* %args_pos, align 4
  %400 = load i32, i32* %args_end, align 4
  %401 = icmp uge i32 %depth, 1000
  br i1 %401, label %trap15.site0, label %ok97

case12:                                           ; preds = %dead88, %ws_done8
  %402 = load i32, i32* %args_pos, align 4
  %403 = load i32, i32* %args_end, align 4
  %404 = load i32, i32* %arg2_cell, align 4
  %405 = icmp uge i32 %depth, 1000
  br i1 %405, label %trap15.site0, label %ok89

case13:                                           ; preds = %dead80, %ws_done8
  %406 = load i32, i32* %args_pos, align 4
  %407 = load i32, i32* %args_end, align 4
  %408 = load i32, i32* %arg1_cell, align 4
  %409 = icmp uge i32 %depth, 1000
  br i1 %409, label %trap15.site0, label %ok81

case14:                                           ; preds = %dead72, %ws_done8
  %410 = load i32, i32* %args_pos, align 4
  %411 = load i32, i32* %args_end, align 4
  %412 = load i32, i32* %arg0_cell, align 4
  %413 = icmp uge i32 %depth, 1000
  br i1 %413, label %trap15.site0, label %ok73

dead72:                                           ; No predecessors!
  br label %case14

ok73:                                             ; preds = %case14
  %414 = icmp ult i64 %10, %stack_limit
  br i1 %414, label %trap253.site0, label %stack_ok74

stack_ok74:                                       ; preds = %ok73
  %415 = load i64, i64* %fuel, align 8
  %416 = getelementptr i64, i64* %regs, i64 0
  store i64 %415, i64* %416, align 8
  %417 = load i64, i64* %lowStart, align 8
  %418 = getelementptr i64, i64* %regs, i64 6
  store i64 %417, i64* %418, align 8
  %419 = load i64, i64* %lowEnd, align 8
  %420 = getelementptr i64, i64* %regs, i64 7
  store i64 %419, i64* %420, align 8
  %421 = load i64, i64* %highEnd, align 8
  %422 = getelementptr i64, i64* %regs, i64 8
  store i64 %421, i64* %422, align 8
  %423 = add i32 %depth, 1
  %424 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %423, i32 %410, i32 %411, i32 %412)
  %425 = getelementptr i64, i64* %regs, i64 0
  %426 = load i64, i64* %425, align 8
  store i64 %426, i64* %fuel, align 8
  %427 = getelementptr i64, i64* %regs, i64 6
  %428 = load i64, i64* %427, align 8
  store i64 %428, i64* %lowStart, align 8
  %429 = getelementptr i64, i64* %regs, i64 7
  %430 = load i64, i64* %429, align 8
  store i64 %430, i64* %lowEnd, align 8
  %431 = getelementptr i64, i64* %regs, i64 8
  %432 = load i64, i64* %431, align 8
  store i64 %432, i64* %highEnd, align 8
  store i32 %424, i32* %args_r, align 4
  %433 = load i32, i32* %args_r, align 4
  %434 = icmp slt i32 %433, 0
  %435 = zext i1 %434 to i32
  %436 = icmp ne i32 %435, 0
  br i1 %436, label %then75, label %else76

then75:                                           ; preds = %stack_ok74
  store i32 2, i32* %arg0_state, align 4
  %437 = load i32, i32* %args_mark, align 4
  %438 = zext i32 %437 to i64
  %439 = getelementptr i64, i64* %regs, i64 1
  store i64 %438, i64* %439, align 8
  %440 = load i32, i32* %args_pos, align 4
  %441 = load i32, i32* %args_end, align 4
  %442 = icmp uge i32 %depth, 1000
  br i1 %442, label %trap15.site0, label %ok78

else76:                                           ; preds = %stack_ok74
  store i32 1, i32* %arg0_state, align 4
  %443 = load i32, i32* %args_r, align 4
  store i32 %443, i32* %args_pos, align 4
  br label %join77

join77:                                           ; preds = %else76, %stack_ok79
  br label %switch10

ok78:                                             ; preds = %then75
  %444 = icmp ult i64 %10, %stack_limit
  br i1 %444, label %trap253.site0, label %stack_ok79

stack_ok79:                                       ; preds = %ok78
  %445 = load i64, i64* %fuel, align 8
  %446 = getelementptr i64, i64* %regs, i64 0
  store i64 %445, i64* %446, align 8
  %447 = load i64, i64* %lowStart, align 8
  %448 = getelementptr i64, i64* %regs, i64 6
  store i64 %447, i64* %448, align 8
  %449 = load i64, i64* %lowEnd, align 8
  %450 = getelementptr i64, i64* %regs, i64 7
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %highEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 8
  store i64 %451, i64* %452, align 8
  %453 = add i32 %depth, 1
  %454 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %453, i32 %440, i32 %441)
  %455 = getelementptr i64, i64* %regs, i64 0
  %456 = load i64, i64* %455, align 8
  store i64 %456, i64* %fuel, align 8
  %457 = getelementptr i64, i64* %regs, i64 6
  %458 = load i64, i64* %457, align 8
  store i64 %458, i64* %lowStart, align 8
  %459 = getelementptr i64, i64* %regs, i64 7
  %460 = load i64, i64* %459, align 8
  store i64 %460, i64* %lowEnd, align 8
  %461 = getelementptr i64, i64* %regs, i64 8
  %462 = load i64, i64* %461, align 8
  store i64 %462, i64* %highEnd, align 8
  store i32 %454, i32* %args_pos, align 4
  br label %join77

dead80:                                           ; No predecessors!
  br label %case13

ok81:                                             ; preds = %case13
  %463 = icmp ult i64 %10, %stack_limit
  br i1 %463, label %trap253.site0, label %stack_ok82

stack_ok82:                                       ; preds = %ok81
  %464 = load i64, i64* %fuel, align 8
  %465 = getelementptr i64, i64* %regs, i64 0
  store i64 %464, i64* %465, align 8
  %466 = load i64, i64* %lowStart, align 8
  %467 = getelementptr i64, i64* %regs, i64 6
  store i64 %466, i64* %467, align 8
  %468 = load i64, i64* %lowEnd, align 8
  %469 = getelementptr i64, i64* %regs, i64 7
  store i64 %468, i64* %469, align 8
  %470 = load i64, i64* %highEnd, align 8
  %471 = getelementptr i64, i64* %regs, i64 8
  store i64 %470, i64* %471, align 8
  %472 = add i32 %depth, 1
  %473 = call i32 @m0.codec.dec.enum.6(i64* %regs, i8* %mem, i32 %472, i32 %406, i32 %407, i32 %408)
  %474 = getelementptr i64, i64* %regs, i64 0
  %475 = load i64, i64* %474, align 8
  store i64 %475, i64* %fuel, align 8
  %476 = getelementptr i64, i64* %regs, i64 6
  %477 = load i64, i64* %476, align 8
  store i64 %477, i64* %lowStart, align 8
  %478 = getelementptr i64, i64* %regs, i64 7
  %479 = load i64, i64* %478, align 8
  store i64 %479, i64* %lowEnd, align 8
  %480 = getelementptr i64, i64* %regs, i64 8
  %481 = load i64, i64* %480, align 8
  store i64 %481, i64* %highEnd, align 8
  store i32 %473, i32* %args_r, align 4
  %482 = load i32, i32* %args_r, align 4
  %483 = icmp slt i32 %482, 0
  %484 = zext i1 %483 to i32
  %485 = icmp ne i32 %484, 0
  br i1 %485, label %then83, label %else84

then83:                                           ; preds = %stack_ok82
  store i32 2, i32* %arg1_state, align 4
  %486 = load i32, i32* %args_mark, align 4
  %487 = zext i32 %486 to i64
  %488 = getelementptr i64, i64* %regs, i64 1
  store i64 %487, i64* %488, align 8
  %489 = load i32, i32* %args_pos, align 4
  %490 = load i32, i32* %args_end, align 4
  %491 = icmp uge i32 %depth, 1000
  br i1 %491, label %trap15.site0, label %ok86

else84:                                           ; preds = %stack_ok82
  store i32 1, i32* %arg1_state, align 4
  %492 = load i32, i32* %args_r, align 4
  store i32 %492, i32* %args_pos, align 4
  br label %join85

join85:                                           ; preds = %else84, %stack_ok87
  br label %switch10

ok86:                                             ; preds = %then83
  %493 = icmp ult i64 %10, %stack_limit
  br i1 %493, label %trap253.site0, label %stack_ok87

stack_ok87:                                       ; preds = %ok86
  %494 = load i64, i64* %fuel, align 8
  %495 = getelementptr i64, i64* %regs, i64 0
  store i64 %494, i64* %495, align 8
  %496 = load i64, i64* %lowStart, align 8
  %497 = getelementptr i64, i64* %regs, i64 6
  store i64 %496, i64* %497, align 8
  %498 = load i64, i64* %lowEnd, align 8
  %499 = getelementptr i64, i64* %regs, i64 7
  store i64 %498, i64* %499, align 8
  %500 = load i64, i64* %highEnd, align 8
  %501 = getelementptr i64, i64* %regs, i64 8
  store i64 %500, i64* %501, align 8
  %502 = add i32 %depth, 1
  %503 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %502, i32 %489, i32 %490)
  %504 = getelementptr i64, i64* %regs, i64 0
  %505 = load i64, i64* %504, align 8
  store i64 %505, i64* %fuel, align 8
  %506 = getelementptr i64, i64* %regs, i64 6
  %507 = load i64, i64* %506, align 8
  store i64 %507, i64* %lowStart, align 8
  %508 = getelementptr i64, i64* %regs, i64 7
  %509 = load i64, i64* %508, align 8
  store i64 %509, i64* %lowEnd, align 8
  %510 = getelementptr i64, i64* %regs, i64 8
  %511 = load i64, i64* %510, align 8
  store i64 %511, i64* %highEnd, align 8
  store i32 %503, i32* %args_pos, align 4
  br label %join85

dead88:                                           ; No predecessors!
  br label %case12

ok89:                                             ; preds = %case12
  %512 = icmp ult i64 %10, %stack_limit
  br i1 %512, label %trap253.site0, label %stack_ok90

stack_ok90:                                       ; preds = %ok89
  %513 = load i64, i64* %fuel, align 8
  %514 = getelementptr i64, i64* %regs, i64 0
  store i64 %513, i64* %514, align 8
  %515 = load i64, i64* %lowStart, align 8
  %516 = getelementptr i64, i64* %regs, i64 6
  store i64 %515, i64* %516, align 8
  %517 = load i64, i64* %lowEnd, align 8
  %518 = getelementptr i64, i64* %regs, i64 7
  store i64 %517, i64* %518, align 8
  %519 = load i64, i64* %highEnd, align 8
  %520 = getelementptr i64, i64* %regs, i64 8
  store i64 %519, i64* %520, align 8
  %521 = add i32 %depth, 1
  %522 = call i32 @m0.codec.dec.string.3(i64* %regs, i8* %mem, i32 %521, i32 %402, i32 %403, i32 %404)
  %523 = getelementptr i64, i64* %regs, i64 0
  %524 = load i64, i64* %523, align 8
  store i64 %524, i64* %fuel, align 8
  %525 = getelementptr i64, i64* %regs, i64 6
  %526 = load i64, i64* %525, align 8
  store i64 %526, i64* %lowStart, align 8
  %527 = getelementptr i64, i64* %regs, i64 7
  %528 = load i64, i64* %527, align 8
  store i64 %528, i64* %lowEnd, align 8
  %529 = getelementptr i64, i64* %regs, i64 8
  %530 = load i64, i64* %529, align 8
  store i64 %530, i64* %highEnd, align 8
  store i32 %522, i32* %args_r, align 4
  %531 = load i32, i32* %args_r, align 4
  %532 = icmp slt i32 %531, 0
  %533 = zext i1 %532 to i32
  %534 = icmp ne i32 %533, 0
  br i1 %534, label %then91, label %else92

then91:                                           ; preds = %stack_ok90
  store i32 2, i32* %arg2_state, align 4
  %535 = load i32, i32* %args_mark, align 4
  %536 = zext i32 %535 to i64
  %537 = getelementptr i64, i64* %regs, i64 1
  store i64 %536, i64* %537, align 8
  %538 = load i32, i32* %args_pos, align 4
  %539 = load i32, i32* %args_end, align 4
  %540 = icmp uge i32 %depth, 1000
  br i1 %540, label %trap15.site0, label %ok94

else92:                                           ; preds = %stack_ok90
  store i32 1, i32* %arg2_state, align 4
  %541 = load i32, i32* %args_r, align 4
  store i32 %541, i32* %args_pos, align 4
  br label %join93

join93:                                           ; preds = %else92, %stack_ok95
  br label %switch10

ok94:                                             ; preds = %then91
  %542 = icmp ult i64 %10, %stack_limit
  br i1 %542, label %trap253.site0, label %stack_ok95

stack_ok95:                                       ; preds = %ok94
  %543 = load i64, i64* %fuel, align 8
  %544 = getelementptr i64, i64* %regs, i64 0
  store i64 %543, i64* %544, align 8
  %545 = load i64, i64* %lowStart, align 8
  %546 = getelementptr i64, i64* %regs, i64 6
  store i64 %545, i64* %546, align 8
  %547 = load i64, i64* %lowEnd, align 8
  %548 = getelementptr i64, i64* %regs, i64 7
  store i64 %547, i64* %548, align 8
  %549 = load i64, i64* %highEnd, align 8
  %550 = getelementptr i64, i64* %regs, i64 8
  store i64 %549, i64* %550, align 8
  %551 = add i32 %depth, 1
  %552 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %551, i32 %538, i32 %539)
  %553 = getelementptr i64, i64* %regs, i64 0
  %554 = load i64, i64* %553, align 8
  store i64 %554, i64* %fuel, align 8
  %555 = getelementptr i64, i64* %regs, i64 6
  %556 = load i64, i64* %555, align 8
  store i64 %556, i64* %lowStart, align 8
  %557 = getelementptr i64, i64* %regs, i64 7
  %558 = load i64, i64* %557, align 8
  store i64 %558, i64* %lowEnd, align 8
  %559 = getelementptr i64, i64* %regs, i64 8
  %560 = load i64, i64* %559, align 8
  store i64 %560, i64* %highEnd, align 8
  store i32 %552, i32* %args_pos, align 4
  br label %join93

dead96:                                           ; No predecessors!
  br label %default11

ok97:                                             ; preds = %default11
  %561 = icmp ult i64 %10, %stack_limit
  br i1 %561, label %trap253.site0, label %stack_ok98

stack_ok98:                                       ; preds = %ok97
  %562 = load i64, i64* %fuel, align 8
  %563 = getelementptr i64, i64* %regs, i64 0
  store i64 %562, i64* %563, align 8
  %564 = load i64, i64* %lowStart, align 8
  %565 = getelementptr i64, i64* %regs, i64 6
  store i64 %564, i64* %565, align 8
  %566 = load i64, i64* %lowEnd, align 8
  %567 = getelementptr i64, i64* %regs, i64 7
  store i64 %566, i64* %567, align 8
  %568 = load i64, i64* %highEnd, align 8
  %569 = getelementptr i64, i64* %regs, i64 8
  store i64 %568, i64* %569, align 8
  %570 = add i32 %depth, 1
  %571 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %570, i32 %399, i32 %400)
  %572 = getelementptr i64, i64* %regs, i64 0
  %573 = load i64, i64* %572, align 8
  store i64 %573, i64* %fuel, align 8
  %574 = getelementptr i64, i64* %regs, i64 6
  %575 = load i64, i64* %574, align 8
  store i64 %575, i64* %lowStart, align 8
  %576 = getelementptr i64, i64* %regs, i64 7
  %577 = load i64, i64* %576, align 8
  store i64 %577, i64* %lowEnd, align 8
  %578 = getelementptr i64, i64* %regs, i64 8
  %579 = load i64, i64* %578, align 8
  store i64 %579, i64* %highEnd, align 8
  store i32 %571, i32* %args_pos, align 4
  br label %switch10

ws_done15:                                        ; preds = %dead103, %ok101, %ok99
  %580 = load i32, i32* %args_pos, align 4
  %581 = zext i32 %580 to i64
  %582 = add i64 %581, 1
  %583 = icmp ugt i64 %582, %arena_size
  br i1 %583, label %trap17.site0, label %ok104

ws16:                                             ; preds = %cont102, %switch10
  %584 = load i64, i64* %fuel, align 8
  %585 = icmp ult i64 %584, 1
  br i1 %585, label %trap14.site0, label %ok99

ok99:                                             ; preds = %ws16
  %586 = sub i64 %584, 1
  store i64 %586, i64* %fuel, align 8
  %587 = load i32, i32* %args_pos, align 4
  %588 = load i32, i32* %args_end, align 4
  %589 = icmp uge i32 %587, %588
  %590 = zext i1 %589 to i32
  %591 = icmp ne i32 %590, 0
  br i1 %591, label %ws_done15, label %cont100

cont100:                                          ; preds = %ok99
  %592 = load i32, i32* %args_pos, align 4
  %593 = zext i32 %592 to i64
  %594 = add i64 %593, 1
  %595 = icmp ugt i64 %594, %arena_size
  br i1 %595, label %trap17.site0, label %ok101

ok101:                                            ; preds = %cont100
  %596 = getelementptr i8, i8* %mem, i64 %593
  %597 = load i8, i8* %596, align 1
  %598 = zext i8 %597 to i32
  store i32 %598, i32* %ws, align 4
  %599 = load i32, i32* %ws, align 4
  %600 = icmp ule i32 %599, 32
  %601 = zext i1 %600 to i32
  %602 = icmp eq i32 %601, 0
  %603 = zext i1 %602 to i32
  %604 = icmp ne i32 %603, 0
  br i1 %604, label %ws_done15, label %cont102

cont102:                                          ; preds = %ok101
  %605 = load i32, i32* %args_pos, align 4
  %606 = add i32 %605, 1
  store i32 %606, i32* %args_pos, align 4
  br label %ws16

dead103:                                          ; No predecessors!
  br label %ws_done15

ok104:                                            ; preds = %ws_done15
  %607 = getelementptr i8, i8* %mem, i64 %581
  %608 = load i8, i8* %607, align 1
  %609 = zext i8 %608 to i32
  store i32 %609, i32* %args_c, align 4
  %610 = load i32, i32* %args_pos, align 4
  %611 = add i32 %610, 1
  store i32 %611, i32* %args_pos, align 4
  %612 = load i32, i32* %args_c, align 4
  %613 = icmp eq i32 %612, 44
  %614 = zext i1 %613 to i32
  %615 = icmp ne i32 %614, 0
  br i1 %615, label %then105, label %else106

then105:                                          ; preds = %ok104
  br label %ws18

else106:                                          ; preds = %ok104
  br label %join107

join107:                                          ; preds = %else106, %dead113
  br label %join22

ws_done17:                                        ; preds = %dead112, %ok110, %ok108
  br label %args4

ws18:                                             ; preds = %cont111, %then105
  %616 = load i64, i64* %fuel, align 8
  %617 = icmp ult i64 %616, 1
  br i1 %617, label %trap14.site0, label %ok108

ok108:                                            ; preds = %ws18
  %618 = sub i64 %616, 1
  store i64 %618, i64* %fuel, align 8
  %619 = load i32, i32* %args_pos, align 4
  %620 = load i32, i32* %args_end, align 4
  %621 = icmp uge i32 %619, %620
  %622 = zext i1 %621 to i32
  %623 = icmp ne i32 %622, 0
  br i1 %623, label %ws_done17, label %cont109

cont109:                                          ; preds = %ok108
  %624 = load i32, i32* %args_pos, align 4
  %625 = zext i32 %624 to i64
  %626 = add i64 %625, 1
  %627 = icmp ugt i64 %626, %arena_size
  br i1 %627, label %trap17.site0, label %ok110

ok110:                                            ; preds = %cont109
  %628 = getelementptr i8, i8* %mem, i64 %625
  %629 = load i8, i8* %628, align 1
  %630 = zext i8 %629 to i32
  store i32 %630, i32* %ws, align 4
  %631 = load i32, i32* %ws, align 4
  %632 = icmp ule i32 %631, 32
  %633 = zext i1 %632 to i32
  %634 = icmp eq i32 %633, 0
  %635 = zext i1 %634 to i32
  %636 = icmp ne i32 %635, 0
  br i1 %636, label %ws_done17, label %cont111

cont111:                                          ; preds = %ok110
  %637 = load i32, i32* %args_pos, align 4
  %638 = add i32 %637, 1
  store i32 %638, i32* %args_pos, align 4
  br label %ws18

dead112:                                          ; No predecessors!
  br label %ws_done17

dead113:                                          ; No predecessors!
  br label %join107

then114:                                          ; preds = %join22
  br label %trap9.site2

else115:                                          ; preds = %join22
  br label %join116

join116:                                          ; preds = %else115, %dead117
  %639 = load i32, i32* %arg0_state, align 4
  %640 = icmp eq i32 %639, 2
  %641 = zext i1 %640 to i32
  %642 = icmp ne i32 %641, 0
  br i1 %642, label %then118, label %else119

trap9.site2:                                      ; preds = %then114
  %643 = load i64, i64* %lowStart, align 8
  %644 = getelementptr i64, i64* %regs, i64 6
  store i64 %643, i64* %644, align 8
  %645 = load i64, i64* %lowEnd, align 8
  %646 = getelementptr i64, i64* %regs, i64 7
  store i64 %645, i64* %646, align 8
  %647 = load i64, i64* %highEnd, align 8
  %648 = getelementptr i64, i64* %regs, i64 8
  store i64 %647, i64* %648, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead117:                                          ; No predecessors!
  br label %join116

then118:                                          ; preds = %join116
  br label %trap11.site2

else119:                                          ; preds = %join116
  br label %join120

join120:                                          ; preds = %else119, %dead121
  %649 = load i32, i32* %arg0_cell, align 4
  %650 = zext i32 %649 to i64
  %651 = add i64 %650, 4
  %652 = icmp ugt i64 %651, %arena_size
  br i1 %652, label %trap17.site0, label %ok122

trap11.site2:                                     ; preds = %then126, %then118
  %653 = load i64, i64* %lowStart, align 8
  %654 = getelementptr i64, i64* %regs, i64 6
  store i64 %653, i64* %654, align 8
  %655 = load i64, i64* %lowEnd, align 8
  %656 = getelementptr i64, i64* %regs, i64 7
  store i64 %655, i64* %656, align 8
  %657 = load i64, i64* %highEnd, align 8
  %658 = getelementptr i64, i64* %regs, i64 8
  store i64 %657, i64* %658, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead121:                                          ; No predecessors!
  br label %join120

ok122:                                            ; preds = %join120
  %659 = getelementptr i8, i8* %mem, i64 %650
  %660 = bitcast i32* %unaligned123 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %660, i8* %659, i64 4, i1 false)
  %661 = load i32, i32* %unaligned123, align 4
  store i32 %661, i32* %arg, align 4
  %662 = load i32, i32* %arg, align 4
  %663 = icmp uge i32 %depth, 1000
  br i1 %663, label %trap15.site2, label %ok124

ok124:                                            ; preds = %ok122
  %664 = icmp ult i64 %10, %stack_limit
  br i1 %664, label %trap253.site0, label %stack_ok125

trap15.site2:                                     ; preds = %ok122
  %665 = load i64, i64* %lowStart, align 8
  %666 = getelementptr i64, i64* %regs, i64 6
  store i64 %665, i64* %666, align 8
  %667 = load i64, i64* %lowEnd, align 8
  %668 = getelementptr i64, i64* %regs, i64 7
  store i64 %667, i64* %668, align 8
  %669 = load i64, i64* %highEnd, align 8
  %670 = getelementptr i64, i64* %regs, i64 8
  store i64 %669, i64* %670, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 2)
  unreachable

stack_ok125:                                      ; preds = %ok124
  %671 = load i64, i64* %fuel, align 8
  %672 = getelementptr i64, i64* %regs, i64 0
  store i64 %671, i64* %672, align 8
  %673 = load i64, i64* %lowStart, align 8
  %674 = getelementptr i64, i64* %regs, i64 6
  store i64 %673, i64* %674, align 8
  %675 = load i64, i64* %lowEnd, align 8
  %676 = getelementptr i64, i64* %regs, i64 7
  store i64 %675, i64* %676, align 8
  %677 = load i64, i64* %highEnd, align 8
  %678 = getelementptr i64, i64* %regs, i64 8
  store i64 %677, i64* %678, align 8
  %679 = add i32 %depth, 1
  %680 = call i32 @m0.validate.List_LineItem_(i64* %regs, i8* %mem, i32 %679, i32 %662)
  %681 = getelementptr i64, i64* %regs, i64 0
  %682 = load i64, i64* %681, align 8
  store i64 %682, i64* %fuel, align 8
  %683 = getelementptr i64, i64* %regs, i64 6
  %684 = load i64, i64* %683, align 8
  store i64 %684, i64* %lowStart, align 8
  %685 = getelementptr i64, i64* %regs, i64 7
  %686 = load i64, i64* %685, align 8
  store i64 %686, i64* %lowEnd, align 8
  %687 = getelementptr i64, i64* %regs, i64 8
  %688 = load i64, i64* %687, align 8
  store i64 %688, i64* %highEnd, align 8
  %689 = icmp eq i32 %680, 0
  %690 = zext i1 %689 to i32
  %691 = icmp ne i32 %690, 0
  br i1 %691, label %then126, label %else127

then126:                                          ; preds = %stack_ok125
  br label %trap11.site2

else127:                                          ; preds = %stack_ok125
  br label %join128

join128:                                          ; preds = %else127, %dead129
  %692 = load i32, i32* %arg1_state, align 4
  %693 = icmp eq i32 %692, 0
  %694 = zext i1 %693 to i32
  %695 = icmp ne i32 %694, 0
  br i1 %695, label %then130, label %else131

dead129:                                          ; No predecessors!
  br label %join128

then130:                                          ; preds = %join128
  br label %trap9.site3

else131:                                          ; preds = %join128
  br label %join132

join132:                                          ; preds = %else131, %dead133
  %696 = load i32, i32* %arg1_state, align 4
  %697 = icmp eq i32 %696, 2
  %698 = zext i1 %697 to i32
  %699 = icmp ne i32 %698, 0
  br i1 %699, label %then134, label %else135

trap9.site3:                                      ; preds = %then130
  %700 = load i64, i64* %lowStart, align 8
  %701 = getelementptr i64, i64* %regs, i64 6
  store i64 %700, i64* %701, align 8
  %702 = load i64, i64* %lowEnd, align 8
  %703 = getelementptr i64, i64* %regs, i64 7
  store i64 %702, i64* %703, align 8
  %704 = load i64, i64* %highEnd, align 8
  %705 = getelementptr i64, i64* %regs, i64 8
  store i64 %704, i64* %705, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead133:                                          ; No predecessors!
  br label %join132

then134:                                          ; preds = %join132
  br label %trap11.site3

else135:                                          ; preds = %join132
  br label %join136

join136:                                          ; preds = %else135, %dead137
  %706 = load i32, i32* %arg1_cell, align 4
  %707 = zext i32 %706 to i64
  %708 = add i64 %707, 4
  %709 = icmp ugt i64 %708, %arena_size
  br i1 %709, label %trap17.site0, label %ok138

trap11.site3:                                     ; preds = %then134
  %710 = load i64, i64* %lowStart, align 8
  %711 = getelementptr i64, i64* %regs, i64 6
  store i64 %710, i64* %711, align 8
  %712 = load i64, i64* %lowEnd, align 8
  %713 = getelementptr i64, i64* %regs, i64 7
  store i64 %712, i64* %713, align 8
  %714 = load i64, i64* %highEnd, align 8
  %715 = getelementptr i64, i64* %regs, i64 8
  store i64 %714, i64* %715, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead137:                                          ; No predecessors!
  br label %join136

ok138:                                            ; preds = %join136
  %716 = getelementptr i8, i8* %mem, i64 %707
  %717 = bitcast i32* %unaligned139 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %717, i8* %716, i64 4, i1 false)
  %718 = load i32, i32* %unaligned139, align 4
  store i32 %718, i32* %arg.1, align 4
  %719 = load i32, i32* %arg2_state, align 4
  %720 = icmp eq i32 %719, 0
  %721 = zext i1 %720 to i32
  %722 = icmp ne i32 %721, 0
  br i1 %722, label %then140, label %else141

then140:                                          ; preds = %ok138
  br label %trap9.site4

else141:                                          ; preds = %ok138
  br label %join142

join142:                                          ; preds = %else141, %dead143
  %723 = load i32, i32* %arg2_state, align 4
  %724 = icmp eq i32 %723, 2
  %725 = zext i1 %724 to i32
  %726 = icmp ne i32 %725, 0
  br i1 %726, label %then144, label %else145

trap9.site4:                                      ; preds = %then140
  %727 = load i64, i64* %lowStart, align 8
  %728 = getelementptr i64, i64* %regs, i64 6
  store i64 %727, i64* %728, align 8
  %729 = load i64, i64* %lowEnd, align 8
  %730 = getelementptr i64, i64* %regs, i64 7
  store i64 %729, i64* %730, align 8
  %731 = load i64, i64* %highEnd, align 8
  %732 = getelementptr i64, i64* %regs, i64 8
  store i64 %731, i64* %732, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 4)
  unreachable

dead143:                                          ; No predecessors!
  br label %join142

then144:                                          ; preds = %join142
  br label %trap11.site4

else145:                                          ; preds = %join142
  br label %join146

join146:                                          ; preds = %else145, %dead147
  %733 = load i32, i32* %arg2_cell, align 4
  %734 = zext i32 %733 to i64
  %735 = add i64 %734, 4
  %736 = icmp ugt i64 %735, %arena_size
  br i1 %736, label %trap17.site0, label %ok148

trap11.site4:                                     ; preds = %then144
  %737 = load i64, i64* %lowStart, align 8
  %738 = getelementptr i64, i64* %regs, i64 6
  store i64 %737, i64* %738, align 8
  %739 = load i64, i64* %lowEnd, align 8
  %740 = getelementptr i64, i64* %regs, i64 7
  store i64 %739, i64* %740, align 8
  %741 = load i64, i64* %highEnd, align 8
  %742 = getelementptr i64, i64* %regs, i64 8
  store i64 %741, i64* %742, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 4)
  unreachable

dead147:                                          ; No predecessors!
  br label %join146

ok148:                                            ; preds = %join146
  %743 = getelementptr i8, i8* %mem, i64 %734
  %744 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %744, i8* %743, i64 4, i1 false)
  %745 = load i32, i32* %unaligned149, align 4
  store i32 %745, i32* %arg.2, align 4
  %746 = load i32, i32* %args_unexpected, align 4
  %747 = icmp ne i32 %746, 0
  br i1 %747, label %then150, label %else151

then150:                                          ; preds = %ok148
  br label %trap10.site1

else151:                                          ; preds = %ok148
  br label %join152

join152:                                          ; preds = %else151, %dead153
  %748 = getelementptr i64, i64* %regs, i64 1
  %749 = getelementptr i64, i64* %regs, i64 2
  %750 = load i64, i64* %748, align 8
  %751 = add i64 %750, 7
  %752 = and i64 %751, -8
  %753 = add i64 %752, 24
  %754 = load i64, i64* %749, align 8
  %755 = icmp ugt i64 %753, %754
  br i1 %755, label %trap15.site1, label %ok154

trap10.site1:                                     ; preds = %then150
  %756 = load i64, i64* %lowStart, align 8
  %757 = getelementptr i64, i64* %regs, i64 6
  store i64 %756, i64* %757, align 8
  %758 = load i64, i64* %lowEnd, align 8
  %759 = getelementptr i64, i64* %regs, i64 7
  store i64 %758, i64* %759, align 8
  %760 = load i64, i64* %highEnd, align 8
  %761 = getelementptr i64, i64* %regs, i64 8
  store i64 %760, i64* %761, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead153:                                          ; No predecessors!
  br label %join152

ok154:                                            ; preds = %join152
  store i64 %753, i64* %748, align 8
  %762 = load i64, i64* %highEnd, align 8
  %763 = call i64 @llvm.umax.i64(i64 %762, i64 %753)
  store i64 %763, i64* %highEnd, align 8
  %764 = trunc i64 %752 to i32
  store i32 %764, i32* %args_out, align 4
  %765 = load i32, i32* %args_out, align 4
  %766 = load i32, i32* %arg, align 4
  %767 = zext i32 %765 to i64
  %768 = add i64 %767, 4
  %769 = icmp uge i64 %767, %scratch_start
  %770 = load i64, i64* %highEnd, align 8
  %771 = icmp ule i64 %768, %770
  %772 = and i1 %769, %771
  br i1 %772, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join152
  %773 = load i64, i64* %lowStart, align 8
  %774 = getelementptr i64, i64* %regs, i64 6
  store i64 %773, i64* %774, align 8
  %775 = load i64, i64* %lowEnd, align 8
  %776 = getelementptr i64, i64* %regs, i64 7
  store i64 %775, i64* %776, align 8
  %777 = load i64, i64* %highEnd, align 8
  %778 = getelementptr i64, i64* %regs, i64 8
  store i64 %777, i64* %778, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok154
  %779 = load i64, i64* %lowStart, align 8
  %780 = icmp uge i64 %767, %779
  %781 = load i64, i64* %lowEnd, align 8
  %782 = icmp ule i64 %768, %781
  %783 = and i1 %780, %782
  br i1 %783, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %784 = icmp ugt i64 %768, %arena_size
  br i1 %784, label %trap17.site0, label %ok155

write.ok:                                         ; preds = %ok155, %write.low, %ok154
  %785 = getelementptr i8, i8* %mem, i64 %767
  store i32 %766, i32* %unaligned156, align 4
  %786 = bitcast i32* %unaligned156 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %785, i8* %786, i64 4, i1 false)
  %787 = load i32, i32* %args_out, align 4
  %788 = load i32, i32* %arg.1, align 4
  %789 = zext i32 %787 to i64
  %790 = add i64 %789, 8
  %791 = add i64 %790, 4
  %792 = icmp uge i64 %790, %scratch_start
  %793 = load i64, i64* %highEnd, align 8
  %794 = icmp ule i64 %791, %793
  %795 = and i1 %792, %794
  br i1 %795, label %write.ok159, label %write.low157

ok155:                                            ; preds = %write.slow
  %796 = icmp ult i64 %767, %scratch_start
  %797 = load i64, i64* %lowStart, align 8
  %798 = call i64 @llvm.umin.i64(i64 %797, i64 %767)
  %799 = load i64, i64* %lowEnd, align 8
  %800 = load i64, i64* %highEnd, align 8
  %801 = add i64 %768, 64
  %802 = sub i64 %768, %798
  %803 = lshr i64 %802, 4
  %804 = add i64 %801, %803
  %805 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %804)
  %806 = call i64 @llvm.umax.i64(i64 %799, i64 %805)
  %807 = select i1 %796, i64 %806, i64 %799
  store i64 %807, i64* %lowEnd, align 8
  %808 = add i64 %768, 64
  %809 = sub i64 %768, %scratch_start
  %810 = lshr i64 %809, 4
  %811 = add i64 %808, %810
  %812 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %811)
  %813 = call i64 @llvm.umax.i64(i64 %800, i64 %812)
  %814 = select i1 %796, i64 %800, i64 %813
  store i64 %814, i64* %highEnd, align 8
  store i64 %798, i64* %lowStart, align 8
  br label %write.ok

write.low157:                                     ; preds = %write.ok
  %815 = load i64, i64* %lowStart, align 8
  %816 = icmp uge i64 %790, %815
  %817 = load i64, i64* %lowEnd, align 8
  %818 = icmp ule i64 %791, %817
  %819 = and i1 %816, %818
  br i1 %819, label %write.ok159, label %write.slow158

write.slow158:                                    ; preds = %write.low157
  %820 = icmp ugt i64 %791, %arena_size
  br i1 %820, label %trap17.site0, label %ok160

write.ok159:                                      ; preds = %ok160, %write.low157, %write.ok
  %821 = getelementptr i8, i8* %mem, i64 %790
  store i32 %788, i32* %unaligned161, align 4
  %822 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %821, i8* %822, i64 4, i1 false)
  %823 = load i32, i32* %args_out, align 4
  %824 = load i32, i32* %arg.2, align 4
  %825 = zext i32 %823 to i64
  %826 = add i64 %825, 16
  %827 = add i64 %826, 4
  %828 = icmp uge i64 %826, %scratch_start
  %829 = load i64, i64* %highEnd, align 8
  %830 = icmp ule i64 %827, %829
  %831 = and i1 %828, %830
  br i1 %831, label %write.ok164, label %write.low162

ok160:                                            ; preds = %write.slow158
  %832 = icmp ult i64 %790, %scratch_start
  %833 = load i64, i64* %lowStart, align 8
  %834 = call i64 @llvm.umin.i64(i64 %833, i64 %790)
  %835 = load i64, i64* %lowEnd, align 8
  %836 = load i64, i64* %highEnd, align 8
  %837 = add i64 %791, 64
  %838 = sub i64 %791, %834
  %839 = lshr i64 %838, 4
  %840 = add i64 %837, %839
  %841 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %840)
  %842 = call i64 @llvm.umax.i64(i64 %835, i64 %841)
  %843 = select i1 %832, i64 %842, i64 %835
  store i64 %843, i64* %lowEnd, align 8
  %844 = add i64 %791, 64
  %845 = sub i64 %791, %scratch_start
  %846 = lshr i64 %845, 4
  %847 = add i64 %844, %846
  %848 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %847)
  %849 = call i64 @llvm.umax.i64(i64 %836, i64 %848)
  %850 = select i1 %832, i64 %836, i64 %849
  store i64 %850, i64* %highEnd, align 8
  store i64 %834, i64* %lowStart, align 8
  br label %write.ok159

write.low162:                                     ; preds = %write.ok159
  %851 = load i64, i64* %lowStart, align 8
  %852 = icmp uge i64 %826, %851
  %853 = load i64, i64* %lowEnd, align 8
  %854 = icmp ule i64 %827, %853
  %855 = and i1 %852, %854
  br i1 %855, label %write.ok164, label %write.slow163

write.slow163:                                    ; preds = %write.low162
  %856 = icmp ugt i64 %827, %arena_size
  br i1 %856, label %trap17.site0, label %ok165

write.ok164:                                      ; preds = %ok165, %write.low162, %write.ok159
  %857 = getelementptr i8, i8* %mem, i64 %826
  store i32 %824, i32* %unaligned166, align 4
  %858 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %857, i8* %858, i64 4, i1 false)
  %859 = load i32, i32* %args_out, align 4
  %860 = load i64, i64* %fuel, align 8
  %861 = getelementptr i64, i64* %regs, i64 0
  store i64 %860, i64* %861, align 8
  %862 = load i64, i64* %lowStart, align 8
  %863 = getelementptr i64, i64* %regs, i64 6
  store i64 %862, i64* %863, align 8
  %864 = load i64, i64* %lowEnd, align 8
  %865 = getelementptr i64, i64* %regs, i64 7
  store i64 %864, i64* %865, align 8
  %866 = load i64, i64* %highEnd, align 8
  %867 = getelementptr i64, i64* %regs, i64 8
  store i64 %866, i64* %867, align 8
  ret i32 %859

ok165:                                            ; preds = %write.slow163
  %868 = icmp ult i64 %826, %scratch_start
  %869 = load i64, i64* %lowStart, align 8
  %870 = call i64 @llvm.umin.i64(i64 %869, i64 %826)
  %871 = load i64, i64* %lowEnd, align 8
  %872 = load i64, i64* %highEnd, align 8
  %873 = add i64 %827, 64
  %874 = sub i64 %827, %870
  %875 = lshr i64 %874, 4
  %876 = add i64 %873, %875
  %877 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %876)
  %878 = call i64 @llvm.umax.i64(i64 %871, i64 %877)
  %879 = select i1 %868, i64 %878, i64 %871
  store i64 %879, i64* %lowEnd, align 8
  %880 = add i64 %827, 64
  %881 = sub i64 %827, %scratch_start
  %882 = lshr i64 %881, 4
  %883 = add i64 %880, %882
  %884 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %883)
  %885 = call i64 @llvm.umax.i64(i64 %872, i64 %884)
  %886 = select i1 %868, i64 %872, i64 %885
  store i64 %886, i64* %highEnd, align 8
  store i64 %870, i64* %lowStart, align 8
  br label %write.ok164
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
  %11 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %11, align 8
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
  %unaligned44 = alloca i64, align 8
  %unaligned50 = alloca i32, align 4
  %unaligned55 = alloca i32, align 4
  %unaligned60 = alloca i32, align 4
  %result61 = alloca i32, align 4
  %unaligned63 = alloca i32, align 4
  %unaligned70 = alloca i32, align 4
  %unaligned73 = alloca i32, align 4
  %result74 = alloca i32, align 4
  %unaligned77 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned84 = alloca i64, align 8
  %unaligned86 = alloca i64, align 8
  %unaligned92 = alloca i64, align 8
  %unaligned97 = alloca i32, align 4
  %unaligned103 = alloca i32, align 4
  %unaligned108 = alloca i32, align 4
  %result109 = alloca i64, align 8
  %result110 = alloca i32, align 4
  %unaligned112 = alloca i32, align 4
  %unaligned119 = alloca i32, align 4
  %unaligned123 = alloca i32, align 4
  %unaligned125 = alloca i64, align 8
  %unaligned130 = alloca i64, align 8
  %unaligned136 = alloca i32, align 4
  %unaligned138 = alloca i32, align 4
  %unaligned142 = alloca i64, align 8
  %unaligned149 = alloca i64, align 8
  %result150 = alloca i64, align 8
  %result151 = alloca i32, align 4
  %unaligned153 = alloca i32, align 4
  %unaligned160 = alloca i32, align 4
  %unaligned164 = alloca i32, align 4
  %unaligned166 = alloca i64, align 8
  %unaligned171 = alloca i64, align 8
  %unaligned177 = alloca i32, align 4
  %unaligned179 = alloca i32, align 4
  %unaligned183 = alloca i64, align 8
  %unaligned190 = alloca i64, align 8
  %unaligned198 = alloca i64, align 8
  %unaligned204 = alloca i64, align 8
  %unaligned211 = alloca i64, align 8
  %result212 = alloca i32, align 4
  %unaligned222 = alloca i32, align 4
  %unaligned238 = alloca i32, align 4
  %unaligned247 = alloca i16, align 2
  %unaligned261 = alloca i16, align 2
  %unaligned272 = alloca i32, align 4
  %unaligned277 = alloca i16, align 2
  %unaligned282 = alloca i32, align 4
  %unaligned288 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = load i32, i32* %input_offset, align 4
  %16 = load i32, i32* %input_len, align 4
  %17 = icmp uge i32 %depth, 1000
  br i1 %17, label %trap15.site1, label %ok1

trap14.site0:                                     ; preds = %each53, %each49, %each44, %each40, %each24, %body
  %18 = load i64, i64* %lowStart, align 8
  %19 = getelementptr i64, i64* %regs, i64 6
  store i64 %18, i64* %19, align 8
  %20 = load i64, i64* %lowEnd, align 8
  %21 = getelementptr i64, i64* %regs, i64 7
  store i64 %20, i64* %21, align 8
  %22 = load i64, i64* %highEnd, align 8
  %23 = getelementptr i64, i64* %regs, i64 8
  store i64 %22, i64* %23, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %24 = icmp ult i64 %10, %stack_limit
  br i1 %24, label %trap253.site0, label %stack_ok

trap15.site1:                                     ; preds = %ok
  %25 = load i64, i64* %lowStart, align 8
  %26 = getelementptr i64, i64* %regs, i64 6
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %lowEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 7
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %highEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 8
  store i64 %29, i64* %30, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

stack_ok:                                         ; preds = %ok1
  %31 = load i64, i64* %fuel, align 8
  %32 = getelementptr i64, i64* %regs, i64 0
  store i64 %31, i64* %32, align 8
  %33 = load i64, i64* %lowStart, align 8
  %34 = getelementptr i64, i64* %regs, i64 6
  store i64 %33, i64* %34, align 8
  %35 = load i64, i64* %lowEnd, align 8
  %36 = getelementptr i64, i64* %regs, i64 7
  store i64 %35, i64* %36, align 8
  %37 = load i64, i64* %highEnd, align 8
  %38 = getelementptr i64, i64* %regs, i64 8
  store i64 %37, i64* %38, align 8
  %39 = add i32 %depth, 1
  %40 = call i32 @m0.main.args(i64* %regs, i8* %mem, i32 %39, i32 %15, i32 %16)
  %41 = getelementptr i64, i64* %regs, i64 0
  %42 = load i64, i64* %41, align 8
  store i64 %42, i64* %fuel, align 8
  %43 = getelementptr i64, i64* %regs, i64 6
  %44 = load i64, i64* %43, align 8
  store i64 %44, i64* %lowStart, align 8
  %45 = getelementptr i64, i64* %regs, i64 7
  %46 = load i64, i64* %45, align 8
  store i64 %46, i64* %lowEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 8
  %48 = load i64, i64* %47, align 8
  store i64 %48, i64* %highEnd, align 8
  store i32 %40, i32* %args, align 4
  %49 = load i32, i32* %args, align 4
  %50 = zext i32 %49 to i64
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
  br i1 %52, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok289, %ok262, %ok219, %ok213, %ok34, %ok28, %ok1
  %53 = load i64, i64* %lowStart, align 8
  %54 = getelementptr i64, i64* %regs, i64 6
  store i64 %53, i64* %54, align 8
  %55 = load i64, i64* %lowEnd, align 8
  %56 = getelementptr i64, i64* %regs, i64 7
  store i64 %55, i64* %56, align 8
  %57 = load i64, i64* %highEnd, align 8
  %58 = getelementptr i64, i64* %regs, i64 8
  store i64 %57, i64* %58, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok2:                                              ; preds = %stack_ok
  %59 = getelementptr i8, i8* %mem, i64 %50
  %60 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %60, i8* %59, i64 4, i1 false)
  %61 = load i32, i32* %unaligned, align 4
  store i32 %61, i32* %items, align 4
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = add i64 %63, 8
  %65 = add i64 %64, 4
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow285, %write.slow279, %write.slow274, %write.slow269, %write.slow258, %write.slow244, %write.ok235, %stack_ok220, %write.slow208, %write.slow201, %write.slow195, %write.slow187, %cont181, %e46, %write.slow174, %write.slow168, %cont162, %ok158, %write.ok147, %write.slow146, %cont140, %e37, %write.slow133, %write.slow127, %cont121, %ok117, %write.ok106, %write.slow105, %write.slow100, %write.slow94, %write.slow89, %write.slow79, %cont, %ok68, %write.ok58, %write.slow57, %write.slow52, %write.slow47, %write.slow41, %write.slow, %then18, %join15, %join, %ok8, %ok3, %ok2, %stack_ok
  %67 = load i64, i64* %lowStart, align 8
  %68 = getelementptr i64, i64* %regs, i64 6
  store i64 %67, i64* %68, align 8
  %69 = load i64, i64* %lowEnd, align 8
  %70 = getelementptr i64, i64* %regs, i64 7
  store i64 %69, i64* %70, align 8
  %71 = load i64, i64* %highEnd, align 8
  %72 = getelementptr i64, i64* %regs, i64 8
  store i64 %71, i64* %72, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %73 = getelementptr i8, i8* %mem, i64 %64
  %74 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %74, i8* %73, i64 4, i1 false)
  %75 = load i32, i32* %unaligned4, align 4
  store i32 %75, i32* %tier, align 4
  %76 = load i32, i32* %args, align 4
  %77 = zext i32 %76 to i64
  %78 = add i64 %77, 16
  %79 = add i64 %78, 4
  %80 = icmp ugt i64 %79, %arena_size
  br i1 %80, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %81 = getelementptr i8, i8* %mem, i64 %78
  %82 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %82, i8* %81, i64 4, i1 false)
  %83 = load i32, i32* %unaligned6, align 4
  store i32 %83, i32* %country, align 4
  %84 = getelementptr i64, i64* %regs, i64 1
  %85 = getelementptr i64, i64* %regs, i64 2
  %86 = load i64, i64* %84, align 8
  %87 = add i64 %86, 7
  %88 = and i64 %87, -8
  %89 = add i64 %88, 72
  %90 = load i64, i64* %85, align 8
  %91 = icmp ugt i64 %89, %90
  br i1 %91, label %trap15.site5, label %ok8

e0:                                               ; preds = %write.ok286
  %92 = load i32, i32* %result7, align 4
  store i32 %92, i32* %result, align 4
  %93 = load i32, i32* %result, align 4
  store i32 %93, i32* %result.1, align 4
  %94 = getelementptr i64, i64* %regs, i64 3
  %95 = load i64, i64* %94, align 8
  %96 = trunc i64 %95 to i32
  store i32 %96, i32* %json_start, align 4
  %97 = load i32, i32* %result.1, align 4
  %98 = load i32, i32* %json_start, align 4
  %99 = icmp uge i32 %depth, 1000
  br i1 %99, label %trap15.site0, label %ok289

ok8:                                              ; preds = %ok5
  store i64 %89, i64* %84, align 8
  %100 = load i64, i64* %highEnd, align 8
  %101 = call i64 @llvm.umax.i64(i64 %100, i64 %89)
  store i64 %101, i64* %highEnd, align 8
  %102 = trunc i64 %88 to i32
  store i32 %102, i32* %dict, align 4
  %103 = load i32, i32* %tier, align 4
  store i32 %103, i32* %scrut, align 4
  %104 = load i32, i32* %scrut, align 4
  %105 = zext i32 %104 to i64
  %106 = add i64 %105, 1
  %107 = icmp ugt i64 %106, %arena_size
  br i1 %107, label %trap17.site0, label %ok11

trap15.site5:                                     ; preds = %then295, %ok5
  %108 = load i64, i64* %lowStart, align 8
  %109 = getelementptr i64, i64* %regs, i64 6
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %lowEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 7
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %highEnd, align 8
  %113 = getelementptr i64, i64* %regs, i64 8
  store i64 %112, i64* %113, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

e1:                                               ; preds = %match3
  %114 = load i64, i64* %result9, align 8
  store i64 %114, i64* %discount_pct.1, align 8
  %115 = load i32, i32* %dict, align 4
  %116 = load i64, i64* %discount_pct.1, align 8
  %117 = zext i32 %115 to i64
  %118 = add i64 %117, 8
  %119 = icmp uge i64 %117, %scratch_start
  %120 = load i64, i64* %highEnd, align 8
  %121 = icmp ule i64 %118, %120
  %122 = and i1 %119, %121
  br i1 %122, label %write.ok, label %write.low

match3:                                           ; preds = %dead25, %e6, %then13, %then
  %123 = load i64, i64* %result10, align 8
  store i64 %123, i64* %result9, align 8
  br label %e1

ok11:                                             ; preds = %ok8
  %124 = getelementptr i8, i8* %mem, i64 %105
  %125 = load i8, i8* %124, align 1
  %126 = zext i8 %125 to i32
  %127 = icmp eq i32 %126, 0
  %128 = zext i1 %127 to i32
  %129 = icmp ne i32 %128, 0
  br i1 %129, label %then, label %else

then:                                             ; preds = %ok11
  store i64 0, i64* %result10, align 8
  br label %match3

else:                                             ; preds = %ok11
  br label %join

join:                                             ; preds = %else, %dead
  %130 = load i32, i32* %scrut, align 4
  %131 = zext i32 %130 to i64
  %132 = add i64 %131, 1
  %133 = icmp ugt i64 %132, %arena_size
  br i1 %133, label %trap17.site0, label %ok12

dead:                                             ; No predecessors!
  br label %join

ok12:                                             ; preds = %join
  %134 = getelementptr i8, i8* %mem, i64 %131
  %135 = load i8, i8* %134, align 1
  %136 = zext i8 %135 to i32
  %137 = icmp eq i32 %136, 1
  %138 = zext i1 %137 to i32
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %then13, label %else14

then13:                                           ; preds = %ok12
  store i64 10, i64* %result10, align 8
  br label %match3

else14:                                           ; preds = %ok12
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %140 = load i32, i32* %scrut, align 4
  %141 = zext i32 %140 to i64
  %142 = add i64 %141, 1
  %143 = icmp ugt i64 %142, %arena_size
  br i1 %143, label %trap17.site0, label %ok17

dead16:                                           ; No predecessors!
  br label %join15

ok17:                                             ; preds = %join15
  %144 = getelementptr i8, i8* %mem, i64 %141
  %145 = load i8, i8* %144, align 1
  %146 = zext i8 %145 to i32
  %147 = icmp eq i32 %146, 2
  %148 = zext i1 %147 to i32
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %then18, label %else19

then18:                                           ; preds = %ok17
  %150 = load i32, i32* %scrut, align 4
  %151 = zext i32 %150 to i64
  %152 = add i64 %151, 8
  %153 = add i64 %152, 8
  %154 = icmp ugt i64 %153, %arena_size
  br i1 %154, label %trap17.site0, label %ok21

else19:                                           ; preds = %ok17
  br label %join20

join20:                                           ; preds = %else19, %dead24
  br label %trap5.site7

ok21:                                             ; preds = %then18
  %155 = getelementptr i8, i8* %mem, i64 %152
  %156 = bitcast i64* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %156, i8* %155, i64 8, i1 false)
  %157 = load i64, i64* %unaligned22, align 8
  store i64 %157, i64* %discount_pct, align 8
  %158 = load i64, i64* %discount_pct, align 8
  store i64 %158, i64* %v, align 8
  store i64 0, i64* %lo, align 8
  store i64 50, i64* %hi, align 8
  %159 = load i64, i64* %lo, align 8
  %160 = load i64, i64* %hi, align 8
  %161 = load i64, i64* %v, align 8
  %162 = load i64, i64* %v, align 8
  %163 = load i64, i64* %hi, align 8
  %164 = icmp sgt i64 %162, %163
  %165 = zext i1 %164 to i32
  %166 = icmp ne i32 %165, 0
  %167 = select i1 %166, i64 %160, i64 %161
  %168 = load i64, i64* %v, align 8
  %169 = load i64, i64* %lo, align 8
  %170 = icmp slt i64 %168, %169
  %171 = zext i1 %170 to i32
  %172 = icmp ne i32 %171, 0
  %173 = select i1 %172, i64 %159, i64 %167
  store i64 %173, i64* %result23, align 8
  br label %e6

e6:                                               ; preds = %ok21
  %174 = load i64, i64* %result23, align 8
  store i64 %174, i64* %result10, align 8
  br label %match3

dead24:                                           ; No predecessors!
  br label %join20

trap5.site7:                                      ; preds = %join20
  %175 = load i64, i64* %lowStart, align 8
  %176 = getelementptr i64, i64* %regs, i64 6
  store i64 %175, i64* %176, align 8
  %177 = load i64, i64* %lowEnd, align 8
  %178 = getelementptr i64, i64* %regs, i64 7
  store i64 %177, i64* %178, align 8
  %179 = load i64, i64* %highEnd, align 8
  %180 = getelementptr i64, i64* %regs, i64 8
  store i64 %179, i64* %180, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 7)
  unreachable

dead25:                                           ; No predecessors!
  br label %match3

write.low:                                        ; preds = %e1
  %181 = load i64, i64* %lowStart, align 8
  %182 = icmp uge i64 %117, %181
  %183 = load i64, i64* %lowEnd, align 8
  %184 = icmp ule i64 %118, %183
  %185 = and i1 %182, %184
  br i1 %185, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %186 = icmp ugt i64 %118, %arena_size
  br i1 %186, label %trap17.site0, label %ok26

write.ok:                                         ; preds = %ok26, %write.low, %e1
  %187 = getelementptr i8, i8* %mem, i64 %117
  store i64 %116, i64* %unaligned27, align 8
  %188 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %187, i8* %188, i64 8, i1 false)
  %189 = load i32, i32* %country, align 4
  %190 = icmp uge i32 %depth, 1000
  br i1 %190, label %trap15.site0, label %ok28

ok26:                                             ; preds = %write.slow
  %191 = icmp ult i64 %117, %scratch_start
  %192 = load i64, i64* %lowStart, align 8
  %193 = call i64 @llvm.umin.i64(i64 %192, i64 %117)
  %194 = load i64, i64* %lowEnd, align 8
  %195 = load i64, i64* %highEnd, align 8
  %196 = add i64 %118, 64
  %197 = sub i64 %118, %193
  %198 = lshr i64 %197, 4
  %199 = add i64 %196, %198
  %200 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %199)
  %201 = call i64 @llvm.umax.i64(i64 %194, i64 %200)
  %202 = select i1 %191, i64 %201, i64 %194
  store i64 %202, i64* %lowEnd, align 8
  %203 = add i64 %118, 64
  %204 = sub i64 %118, %scratch_start
  %205 = lshr i64 %204, 4
  %206 = add i64 %203, %205
  %207 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %206)
  %208 = call i64 @llvm.umax.i64(i64 %195, i64 %207)
  %209 = select i1 %191, i64 %195, i64 %208
  store i64 %209, i64* %highEnd, align 8
  store i64 %193, i64* %lowStart, align 8
  br label %write.ok

ok28:                                             ; preds = %write.ok
  %210 = icmp ult i64 %10, %stack_limit
  br i1 %210, label %trap253.site0, label %stack_ok29

trap15.site0:                                     ; preds = %e0, %else31, %write.ok
  %211 = load i64, i64* %lowStart, align 8
  %212 = getelementptr i64, i64* %regs, i64 6
  store i64 %211, i64* %212, align 8
  %213 = load i64, i64* %lowEnd, align 8
  %214 = getelementptr i64, i64* %regs, i64 7
  store i64 %213, i64* %214, align 8
  %215 = load i64, i64* %highEnd, align 8
  %216 = getelementptr i64, i64* %regs, i64 8
  store i64 %215, i64* %216, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %217 = load i64, i64* %fuel, align 8
  %218 = getelementptr i64, i64* %regs, i64 0
  store i64 %217, i64* %218, align 8
  %219 = load i64, i64* %lowStart, align 8
  %220 = getelementptr i64, i64* %regs, i64 6
  store i64 %219, i64* %220, align 8
  %221 = load i64, i64* %lowEnd, align 8
  %222 = getelementptr i64, i64* %regs, i64 7
  store i64 %221, i64* %222, align 8
  %223 = load i64, i64* %highEnd, align 8
  %224 = getelementptr i64, i64* %regs, i64 8
  store i64 %223, i64* %224, align 8
  %225 = add i32 %depth, 1
  %226 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %225, i32 %189, i32 10880)
  %227 = getelementptr i64, i64* %regs, i64 0
  %228 = load i64, i64* %227, align 8
  store i64 %228, i64* %fuel, align 8
  %229 = getelementptr i64, i64* %regs, i64 6
  %230 = load i64, i64* %229, align 8
  store i64 %230, i64* %lowStart, align 8
  %231 = getelementptr i64, i64* %regs, i64 7
  %232 = load i64, i64* %231, align 8
  store i64 %232, i64* %lowEnd, align 8
  %233 = getelementptr i64, i64* %regs, i64 8
  %234 = load i64, i64* %233, align 8
  store i64 %234, i64* %highEnd, align 8
  %235 = icmp ne i32 %226, 0
  br i1 %235, label %then30, label %else31

then30:                                           ; preds = %stack_ok29
  store double 1.900000e-01, double* %result33, align 8
  br label %join32

else31:                                           ; preds = %stack_ok29
  %236 = load i32, i32* %country, align 4
  %237 = icmp uge i32 %depth, 1000
  br i1 %237, label %trap15.site0, label %ok34

join32:                                           ; preds = %join38, %then30
  %238 = load double, double* %result33, align 8
  store double %238, double* %tax_rate, align 8
  %239 = load i32, i32* %dict, align 4
  %240 = load double, double* %tax_rate, align 8
  %241 = zext i32 %239 to i64
  %242 = add i64 %241, 8
  %243 = add i64 %242, 8
  %244 = icmp uge i64 %242, %scratch_start
  %245 = load i64, i64* %highEnd, align 8
  %246 = icmp ule i64 %243, %245
  %247 = and i1 %244, %246
  br i1 %247, label %write.ok42, label %write.low40

ok34:                                             ; preds = %else31
  %248 = icmp ult i64 %10, %stack_limit
  br i1 %248, label %trap253.site0, label %stack_ok35

stack_ok35:                                       ; preds = %ok34
  %249 = load i64, i64* %fuel, align 8
  %250 = getelementptr i64, i64* %regs, i64 0
  store i64 %249, i64* %250, align 8
  %251 = load i64, i64* %lowStart, align 8
  %252 = getelementptr i64, i64* %regs, i64 6
  store i64 %251, i64* %252, align 8
  %253 = load i64, i64* %lowEnd, align 8
  %254 = getelementptr i64, i64* %regs, i64 7
  store i64 %253, i64* %254, align 8
  %255 = load i64, i64* %highEnd, align 8
  %256 = getelementptr i64, i64* %regs, i64 8
  store i64 %255, i64* %256, align 8
  %257 = add i32 %depth, 1
  %258 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %257, i32 %236, i32 10888)
  %259 = getelementptr i64, i64* %regs, i64 0
  %260 = load i64, i64* %259, align 8
  store i64 %260, i64* %fuel, align 8
  %261 = getelementptr i64, i64* %regs, i64 6
  %262 = load i64, i64* %261, align 8
  store i64 %262, i64* %lowStart, align 8
  %263 = getelementptr i64, i64* %regs, i64 7
  %264 = load i64, i64* %263, align 8
  store i64 %264, i64* %lowEnd, align 8
  %265 = getelementptr i64, i64* %regs, i64 8
  %266 = load i64, i64* %265, align 8
  store i64 %266, i64* %highEnd, align 8
  %267 = icmp ne i32 %258, 0
  br i1 %267, label %then36, label %else37

then36:                                           ; preds = %stack_ok35
  store double 2.000000e-01, double* %result39, align 8
  br label %join38

else37:                                           ; preds = %stack_ok35
  store double 0.000000e+00, double* %result39, align 8
  br label %join38

join38:                                           ; preds = %else37, %then36
  %268 = load double, double* %result39, align 8
  store double %268, double* %result33, align 8
  br label %join32

write.low40:                                      ; preds = %join32
  %269 = load i64, i64* %lowStart, align 8
  %270 = icmp uge i64 %242, %269
  %271 = load i64, i64* %lowEnd, align 8
  %272 = icmp ule i64 %243, %271
  %273 = and i1 %270, %272
  br i1 %273, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %274 = icmp ugt i64 %243, %arena_size
  br i1 %274, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %join32
  %275 = getelementptr i8, i8* %mem, i64 %242
  %276 = bitcast double %240 to i64
  %277 = and i64 %276, 9223372036854775807
  %278 = icmp ugt i64 %277, 9218868437227405312
  %279 = select i1 %278, i64 9221120237041090560, i64 %276
  store i64 %279, i64* %unaligned44, align 8
  %280 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %275, i8* %280, i64 8, i1 false)
  %281 = getelementptr i64, i64* %regs, i64 1
  %282 = getelementptr i64, i64* %regs, i64 2
  %283 = load i64, i64* %281, align 8
  %284 = add i64 %283, 3
  %285 = and i64 %284, -4
  %286 = add i64 %285, 8
  %287 = load i64, i64* %282, align 8
  %288 = icmp ugt i64 %286, %287
  br i1 %288, label %trap15.site10, label %ok45

ok43:                                             ; preds = %write.slow41
  %289 = icmp ult i64 %242, %scratch_start
  %290 = load i64, i64* %lowStart, align 8
  %291 = call i64 @llvm.umin.i64(i64 %290, i64 %242)
  %292 = load i64, i64* %lowEnd, align 8
  %293 = load i64, i64* %highEnd, align 8
  %294 = add i64 %243, 64
  %295 = sub i64 %243, %291
  %296 = lshr i64 %295, 4
  %297 = add i64 %294, %296
  %298 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %297)
  %299 = call i64 @llvm.umax.i64(i64 %292, i64 %298)
  %300 = select i1 %289, i64 %299, i64 %292
  store i64 %300, i64* %lowEnd, align 8
  %301 = add i64 %243, 64
  %302 = sub i64 %243, %scratch_start
  %303 = lshr i64 %302, 4
  %304 = add i64 %301, %303
  %305 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %304)
  %306 = call i64 @llvm.umax.i64(i64 %293, i64 %305)
  %307 = select i1 %289, i64 %293, i64 %306
  store i64 %307, i64* %highEnd, align 8
  store i64 %291, i64* %lowStart, align 8
  br label %write.ok42

ok45:                                             ; preds = %write.ok42
  store i64 %286, i64* %281, align 8
  %308 = load i64, i64* %highEnd, align 8
  %309 = call i64 @llvm.umax.i64(i64 %308, i64 %286)
  store i64 %309, i64* %highEnd, align 8
  %310 = trunc i64 %285 to i32
  store i32 %310, i32* %closure, align 4
  %311 = load i32, i32* %closure, align 4
  %312 = zext i32 %311 to i64
  %313 = add i64 %312, 4
  %314 = icmp uge i64 %312, %scratch_start
  %315 = load i64, i64* %highEnd, align 8
  %316 = icmp ule i64 %313, %315
  %317 = and i1 %314, %316
  br i1 %317, label %write.ok48, label %write.low46

trap15.site10:                                    ; preds = %write.ok42
  %318 = load i64, i64* %lowStart, align 8
  %319 = getelementptr i64, i64* %regs, i64 6
  store i64 %318, i64* %319, align 8
  %320 = load i64, i64* %lowEnd, align 8
  %321 = getelementptr i64, i64* %regs, i64 7
  store i64 %320, i64* %321, align 8
  %322 = load i64, i64* %highEnd, align 8
  %323 = getelementptr i64, i64* %regs, i64 8
  store i64 %322, i64* %323, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

write.low46:                                      ; preds = %ok45
  %324 = load i64, i64* %lowStart, align 8
  %325 = icmp uge i64 %312, %324
  %326 = load i64, i64* %lowEnd, align 8
  %327 = icmp ule i64 %313, %326
  %328 = and i1 %325, %327
  br i1 %328, label %write.ok48, label %write.slow47

write.slow47:                                     ; preds = %write.low46
  %329 = icmp ugt i64 %313, %arena_size
  br i1 %329, label %trap17.site0, label %ok49

write.ok48:                                       ; preds = %ok49, %write.low46, %ok45
  %330 = getelementptr i8, i8* %mem, i64 %312
  store i32 0, i32* %unaligned50, align 4
  %331 = bitcast i32* %unaligned50 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %330, i8* %331, i64 4, i1 false)
  %332 = load i32, i32* %closure, align 4
  %333 = zext i32 %332 to i64
  %334 = add i64 %333, 4
  %335 = add i64 %334, 4
  %336 = icmp uge i64 %334, %scratch_start
  %337 = load i64, i64* %highEnd, align 8
  %338 = icmp ule i64 %335, %337
  %339 = and i1 %336, %338
  br i1 %339, label %write.ok53, label %write.low51

ok49:                                             ; preds = %write.slow47
  %340 = icmp ult i64 %312, %scratch_start
  %341 = load i64, i64* %lowStart, align 8
  %342 = call i64 @llvm.umin.i64(i64 %341, i64 %312)
  %343 = load i64, i64* %lowEnd, align 8
  %344 = load i64, i64* %highEnd, align 8
  %345 = add i64 %313, 64
  %346 = sub i64 %313, %342
  %347 = lshr i64 %346, 4
  %348 = add i64 %345, %347
  %349 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %348)
  %350 = call i64 @llvm.umax.i64(i64 %343, i64 %349)
  %351 = select i1 %340, i64 %350, i64 %343
  store i64 %351, i64* %lowEnd, align 8
  %352 = add i64 %313, 64
  %353 = sub i64 %313, %scratch_start
  %354 = lshr i64 %353, 4
  %355 = add i64 %352, %354
  %356 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %355)
  %357 = call i64 @llvm.umax.i64(i64 %344, i64 %356)
  %358 = select i1 %340, i64 %344, i64 %357
  store i64 %358, i64* %highEnd, align 8
  store i64 %342, i64* %lowStart, align 8
  br label %write.ok48

write.low51:                                      ; preds = %write.ok48
  %359 = load i64, i64* %lowStart, align 8
  %360 = icmp uge i64 %334, %359
  %361 = load i64, i64* %lowEnd, align 8
  %362 = icmp ule i64 %335, %361
  %363 = and i1 %360, %362
  br i1 %363, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %364 = icmp ugt i64 %335, %arena_size
  br i1 %364, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %write.ok48
  %365 = getelementptr i8, i8* %mem, i64 %334
  store i32 0, i32* %unaligned55, align 4
  %366 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %365, i8* %366, i64 4, i1 false)
  %367 = load i32, i32* %dict, align 4
  %368 = load i32, i32* %closure, align 4
  %369 = zext i32 %367 to i64
  %370 = add i64 %369, 16
  %371 = add i64 %370, 4
  %372 = icmp uge i64 %370, %scratch_start
  %373 = load i64, i64* %highEnd, align 8
  %374 = icmp ule i64 %371, %373
  %375 = and i1 %372, %374
  br i1 %375, label %write.ok58, label %write.low56

ok54:                                             ; preds = %write.slow52
  %376 = icmp ult i64 %334, %scratch_start
  %377 = load i64, i64* %lowStart, align 8
  %378 = call i64 @llvm.umin.i64(i64 %377, i64 %334)
  %379 = load i64, i64* %lowEnd, align 8
  %380 = load i64, i64* %highEnd, align 8
  %381 = add i64 %335, 64
  %382 = sub i64 %335, %378
  %383 = lshr i64 %382, 4
  %384 = add i64 %381, %383
  %385 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %384)
  %386 = call i64 @llvm.umax.i64(i64 %379, i64 %385)
  %387 = select i1 %376, i64 %386, i64 %379
  store i64 %387, i64* %lowEnd, align 8
  %388 = add i64 %335, 64
  %389 = sub i64 %335, %scratch_start
  %390 = lshr i64 %389, 4
  %391 = add i64 %388, %390
  %392 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %391)
  %393 = call i64 @llvm.umax.i64(i64 %380, i64 %392)
  %394 = select i1 %376, i64 %380, i64 %393
  store i64 %394, i64* %highEnd, align 8
  store i64 %378, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %write.ok53
  %395 = load i64, i64* %lowStart, align 8
  %396 = icmp uge i64 %370, %395
  %397 = load i64, i64* %lowEnd, align 8
  %398 = icmp ule i64 %371, %397
  %399 = and i1 %396, %398
  br i1 %399, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %400 = icmp ugt i64 %371, %arena_size
  br i1 %400, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %write.ok53
  %401 = getelementptr i8, i8* %mem, i64 %370
  store i32 %368, i32* %unaligned60, align 4
  %402 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %401, i8* %402, i64 4, i1 false)
  %403 = load i32, i32* %items, align 4
  store i32 %403, i32* %xs, align 4
  %404 = load i32, i32* %xs, align 4
  %405 = zext i32 %404 to i64
  %406 = add i64 %405, 4
  %407 = icmp ugt i64 %406, %arena_size
  br i1 %407, label %trap17.site0, label %ok62

ok59:                                             ; preds = %write.slow57
  %408 = icmp ult i64 %370, %scratch_start
  %409 = load i64, i64* %lowStart, align 8
  %410 = call i64 @llvm.umin.i64(i64 %409, i64 %370)
  %411 = load i64, i64* %lowEnd, align 8
  %412 = load i64, i64* %highEnd, align 8
  %413 = add i64 %371, 64
  %414 = sub i64 %371, %410
  %415 = lshr i64 %414, 4
  %416 = add i64 %413, %415
  %417 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %416)
  %418 = call i64 @llvm.umax.i64(i64 %411, i64 %417)
  %419 = select i1 %408, i64 %418, i64 %411
  store i64 %419, i64* %lowEnd, align 8
  %420 = add i64 %371, 64
  %421 = sub i64 %371, %scratch_start
  %422 = lshr i64 %421, 4
  %423 = add i64 %420, %422
  %424 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %423)
  %425 = call i64 @llvm.umax.i64(i64 %412, i64 %424)
  %426 = select i1 %408, i64 %412, i64 %425
  store i64 %426, i64* %highEnd, align 8
  store i64 %410, i64* %lowStart, align 8
  br label %write.ok58

e21:                                              ; preds = %write.ok101
  %427 = load i32, i32* %result61, align 4
  store i32 %427, i32* %lines, align 4
  %428 = load i32, i32* %dict, align 4
  %429 = load i32, i32* %lines, align 4
  %430 = zext i32 %428 to i64
  %431 = add i64 %430, 20
  %432 = add i64 %431, 4
  %433 = icmp uge i64 %431, %scratch_start
  %434 = load i64, i64* %highEnd, align 8
  %435 = icmp ule i64 %432, %434
  %436 = and i1 %433, %435
  br i1 %436, label %write.ok106, label %write.low104

ok62:                                             ; preds = %write.ok58
  %437 = getelementptr i8, i8* %mem, i64 %405
  %438 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %438, i8* %437, i64 4, i1 false)
  %439 = load i32, i32* %unaligned63, align 4
  %440 = zext i32 %439 to i64
  %441 = mul i64 %440, 4
  %442 = add i64 4, %441
  store i64 %442, i64* %size, align 8
  %443 = load i64, i64* %size, align 8
  %444 = icmp ugt i64 %443, 2147483647
  %445 = zext i1 %444 to i32
  %446 = icmp ne i32 %445, 0
  br i1 %446, label %then64, label %else65

then64:                                           ; preds = %ok62
  br label %trap15.site11

else65:                                           ; preds = %ok62
  br label %join66

join66:                                           ; preds = %else65, %dead67
  %447 = load i64, i64* %size, align 8
  %448 = trunc i64 %447 to i32
  %449 = zext i32 %448 to i64
  %450 = getelementptr i64, i64* %regs, i64 1
  %451 = getelementptr i64, i64* %regs, i64 2
  %452 = load i64, i64* %450, align 8
  %453 = add i64 %452, 3
  %454 = and i64 %453, -4
  %455 = add i64 %454, %449
  %456 = load i64, i64* %451, align 8
  %457 = icmp ugt i64 %455, %456
  br i1 %457, label %trap15.site11, label %ok68

trap15.site11:                                    ; preds = %join66, %then64
  %458 = load i64, i64* %lowStart, align 8
  %459 = getelementptr i64, i64* %regs, i64 6
  store i64 %458, i64* %459, align 8
  %460 = load i64, i64* %lowEnd, align 8
  %461 = getelementptr i64, i64* %regs, i64 7
  store i64 %460, i64* %461, align 8
  %462 = load i64, i64* %highEnd, align 8
  %463 = getelementptr i64, i64* %regs, i64 8
  store i64 %462, i64* %463, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead67:                                           ; No predecessors!
  br label %join66

ok68:                                             ; preds = %join66
  store i64 %455, i64* %450, align 8
  %464 = load i64, i64* %highEnd, align 8
  %465 = call i64 @llvm.umax.i64(i64 %464, i64 %455)
  store i64 %465, i64* %highEnd, align 8
  %466 = trunc i64 %454 to i32
  store i32 %466, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %467 = load i32, i32* %xs, align 4
  %468 = zext i32 %467 to i64
  %469 = add i64 %468, 4
  %470 = icmp ugt i64 %469, %arena_size
  br i1 %470, label %trap17.site0, label %ok69

ok69:                                             ; preds = %ok68
  %471 = getelementptr i8, i8* %mem, i64 %468
  %472 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %472, i8* %471, i64 4, i1 false)
  %473 = load i32, i32* %unaligned70, align 4
  store i32 %473, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each24

block23:                                          ; preds = %dead98, %ok71
  %474 = load i32, i32* %list, align 4
  %475 = load i32, i32* %len, align 4
  %476 = zext i32 %474 to i64
  %477 = add i64 %476, 4
  %478 = icmp uge i64 %476, %scratch_start
  %479 = load i64, i64* %highEnd, align 8
  %480 = icmp ule i64 %477, %479
  %481 = and i1 %478, %480
  br i1 %481, label %write.ok101, label %write.low99

each24:                                           ; preds = %write.ok95, %ok69
  %482 = load i64, i64* %fuel, align 8
  %483 = icmp ult i64 %482, 1
  br i1 %483, label %trap14.site0, label %ok71

ok71:                                             ; preds = %each24
  %484 = sub i64 %482, 1
  store i64 %484, i64* %fuel, align 8
  %485 = load i32, i32* %k, align 4
  %486 = load i32, i32* %n, align 4
  %487 = icmp uge i32 %485, %486
  %488 = zext i1 %487 to i32
  %489 = icmp ne i32 %488, 0
  br i1 %489, label %block23, label %cont

cont:                                             ; preds = %ok71
  %490 = load i32, i32* %xs, align 4
  %491 = load i32, i32* %k, align 4
  %492 = mul i32 %491, 4
  %493 = add i32 %490, %492
  %494 = zext i32 %493 to i64
  %495 = add i64 %494, 4
  %496 = add i64 %495, 4
  %497 = icmp ugt i64 %496, %arena_size
  br i1 %497, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont
  %498 = getelementptr i8, i8* %mem, i64 %495
  %499 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %499, i8* %498, i64 4, i1 false)
  %500 = load i32, i32* %unaligned73, align 4
  store i32 %500, i32* %x, align 4
  %501 = load i32, i32* %x, align 4
  store i32 %501, i32* %i, align 4
  %502 = load i32, i32* %list, align 4
  %503 = load i32, i32* %len, align 4
  %504 = mul i32 %503, 4
  %505 = add i32 %502, %504
  %506 = getelementptr i64, i64* %regs, i64 1
  %507 = getelementptr i64, i64* %regs, i64 2
  %508 = load i64, i64* %506, align 8
  %509 = add i64 %508, 7
  %510 = and i64 %509, -8
  %511 = add i64 %510, 16
  %512 = load i64, i64* %507, align 8
  %513 = icmp ugt i64 %511, %512
  br i1 %513, label %trap15.site12, label %ok75

e25:                                              ; preds = %write.ok90
  %514 = load i32, i32* %result74, align 4
  %515 = zext i32 %505 to i64
  %516 = add i64 %515, 4
  %517 = add i64 %516, 4
  %518 = icmp uge i64 %516, %scratch_start
  %519 = load i64, i64* %highEnd, align 8
  %520 = icmp ule i64 %517, %519
  %521 = and i1 %518, %520
  br i1 %521, label %write.ok95, label %write.low93

ok75:                                             ; preds = %ok72
  store i64 %511, i64* %506, align 8
  %522 = load i64, i64* %highEnd, align 8
  %523 = call i64 @llvm.umax.i64(i64 %522, i64 %511)
  store i64 %523, i64* %highEnd, align 8
  %524 = trunc i64 %510 to i32
  store i32 %524, i32* %dict.1, align 4
  %525 = load i32, i32* %i, align 4
  %526 = zext i32 %525 to i64
  %527 = add i64 %526, 4
  %528 = icmp ugt i64 %527, %arena_size
  br i1 %528, label %trap17.site13, label %ok76

trap15.site12:                                    ; preds = %ok72
  %529 = load i64, i64* %lowStart, align 8
  %530 = getelementptr i64, i64* %regs, i64 6
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %lowEnd, align 8
  %532 = getelementptr i64, i64* %regs, i64 7
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %highEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 8
  store i64 %533, i64* %534, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

ok76:                                             ; preds = %ok75
  %535 = getelementptr i8, i8* %mem, i64 %526
  %536 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %536, i8* %535, i64 4, i1 false)
  %537 = load i32, i32* %unaligned77, align 4
  store i32 %537, i32* %sku, align 4
  %538 = load i32, i32* %dict.1, align 4
  %539 = load i32, i32* %sku, align 4
  %540 = zext i32 %538 to i64
  %541 = add i64 %540, 4
  %542 = icmp uge i64 %540, %scratch_start
  %543 = load i64, i64* %highEnd, align 8
  %544 = icmp ule i64 %541, %543
  %545 = and i1 %542, %544
  br i1 %545, label %write.ok80, label %write.low78

trap17.site13:                                    ; preds = %ok75
  %546 = load i64, i64* %lowStart, align 8
  %547 = getelementptr i64, i64* %regs, i64 6
  store i64 %546, i64* %547, align 8
  %548 = load i64, i64* %lowEnd, align 8
  %549 = getelementptr i64, i64* %regs, i64 7
  store i64 %548, i64* %549, align 8
  %550 = load i64, i64* %highEnd, align 8
  %551 = getelementptr i64, i64* %regs, i64 8
  store i64 %550, i64* %551, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

write.low78:                                      ; preds = %ok76
  %552 = load i64, i64* %lowStart, align 8
  %553 = icmp uge i64 %540, %552
  %554 = load i64, i64* %lowEnd, align 8
  %555 = icmp ule i64 %541, %554
  %556 = and i1 %553, %555
  br i1 %556, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %557 = icmp ugt i64 %541, %arena_size
  br i1 %557, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %ok76
  %558 = getelementptr i8, i8* %mem, i64 %540
  store i32 %539, i32* %unaligned82, align 4
  %559 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %558, i8* %559, i64 4, i1 false)
  %560 = load i32, i32* %i, align 4
  %561 = zext i32 %560 to i64
  %562 = add i64 %561, 16
  %563 = add i64 %562, 8
  %564 = icmp ugt i64 %563, %arena_size
  br i1 %564, label %trap17.site17, label %ok83

ok81:                                             ; preds = %write.slow79
  %565 = icmp ult i64 %540, %scratch_start
  %566 = load i64, i64* %lowStart, align 8
  %567 = call i64 @llvm.umin.i64(i64 %566, i64 %540)
  %568 = load i64, i64* %lowEnd, align 8
  %569 = load i64, i64* %highEnd, align 8
  %570 = add i64 %541, 64
  %571 = sub i64 %541, %567
  %572 = lshr i64 %571, 4
  %573 = add i64 %570, %572
  %574 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %573)
  %575 = call i64 @llvm.umax.i64(i64 %568, i64 %574)
  %576 = select i1 %565, i64 %575, i64 %568
  store i64 %576, i64* %lowEnd, align 8
  %577 = add i64 %541, 64
  %578 = sub i64 %541, %scratch_start
  %579 = lshr i64 %578, 4
  %580 = add i64 %577, %579
  %581 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %580)
  %582 = call i64 @llvm.umax.i64(i64 %569, i64 %581)
  %583 = select i1 %565, i64 %569, i64 %582
  store i64 %583, i64* %highEnd, align 8
  store i64 %567, i64* %lowStart, align 8
  br label %write.ok80

ok83:                                             ; preds = %write.ok80
  %584 = getelementptr i8, i8* %mem, i64 %562
  %585 = bitcast i64* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %585, i8* %584, i64 8, i1 false)
  %586 = load i64, i64* %unaligned84, align 8
  %587 = bitcast i64 %586 to double
  %588 = fmul double %587, 1.000000e+02
  %589 = call double @llvm.roundeven.f64(double %588)
  %590 = call i64 @llvm.fptosi.sat.i64.f64(double %589)
  %591 = load i32, i32* %i, align 4
  %592 = zext i32 %591 to i64
  %593 = add i64 %592, 8
  %594 = add i64 %593, 8
  %595 = icmp ugt i64 %594, %arena_size
  br i1 %595, label %trap17.site18, label %ok85

trap17.site17:                                    ; preds = %write.ok80
  %596 = load i64, i64* %lowStart, align 8
  %597 = getelementptr i64, i64* %regs, i64 6
  store i64 %596, i64* %597, align 8
  %598 = load i64, i64* %lowEnd, align 8
  %599 = getelementptr i64, i64* %regs, i64 7
  store i64 %598, i64* %599, align 8
  %600 = load i64, i64* %highEnd, align 8
  %601 = getelementptr i64, i64* %regs, i64 8
  store i64 %600, i64* %601, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok85:                                             ; preds = %ok83
  %602 = getelementptr i8, i8* %mem, i64 %593
  %603 = bitcast i64* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %603, i8* %602, i64 8, i1 false)
  %604 = load i64, i64* %unaligned86, align 8
  %605 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %590, i64 %604)
  %606 = extractvalue { i64, i1 } %605, 1
  br i1 %606, label %trap2.site14, label %ok87

trap17.site18:                                    ; preds = %ok83
  %607 = load i64, i64* %lowStart, align 8
  %608 = getelementptr i64, i64* %regs, i64 6
  store i64 %607, i64* %608, align 8
  %609 = load i64, i64* %lowEnd, align 8
  %610 = getelementptr i64, i64* %regs, i64 7
  store i64 %609, i64* %610, align 8
  %611 = load i64, i64* %highEnd, align 8
  %612 = getelementptr i64, i64* %regs, i64 8
  store i64 %611, i64* %612, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok87:                                             ; preds = %ok85
  %613 = extractvalue { i64, i1 } %605, 0
  store i64 %613, i64* %cents, align 8
  %614 = load i32, i32* %dict.1, align 4
  %615 = load i64, i64* %cents, align 8
  %616 = zext i32 %614 to i64
  %617 = add i64 %616, 8
  %618 = add i64 %617, 8
  %619 = icmp uge i64 %617, %scratch_start
  %620 = load i64, i64* %highEnd, align 8
  %621 = icmp ule i64 %618, %620
  %622 = and i1 %619, %621
  br i1 %622, label %write.ok90, label %write.low88

trap2.site14:                                     ; preds = %ok85
  %623 = load i64, i64* %lowStart, align 8
  %624 = getelementptr i64, i64* %regs, i64 6
  store i64 %623, i64* %624, align 8
  %625 = load i64, i64* %lowEnd, align 8
  %626 = getelementptr i64, i64* %regs, i64 7
  store i64 %625, i64* %626, align 8
  %627 = load i64, i64* %highEnd, align 8
  %628 = getelementptr i64, i64* %regs, i64 8
  store i64 %627, i64* %628, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low88:                                      ; preds = %ok87
  %629 = load i64, i64* %lowStart, align 8
  %630 = icmp uge i64 %617, %629
  %631 = load i64, i64* %lowEnd, align 8
  %632 = icmp ule i64 %618, %631
  %633 = and i1 %630, %632
  br i1 %633, label %write.ok90, label %write.slow89

write.slow89:                                     ; preds = %write.low88
  %634 = icmp ugt i64 %618, %arena_size
  br i1 %634, label %trap17.site0, label %ok91

write.ok90:                                       ; preds = %ok91, %write.low88, %ok87
  %635 = getelementptr i8, i8* %mem, i64 %617
  store i64 %615, i64* %unaligned92, align 8
  %636 = bitcast i64* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %635, i8* %636, i64 8, i1 false)
  %637 = load i32, i32* %dict.1, align 4
  store i32 %637, i32* %result74, align 4
  br label %e25

ok91:                                             ; preds = %write.slow89
  %638 = icmp ult i64 %617, %scratch_start
  %639 = load i64, i64* %lowStart, align 8
  %640 = call i64 @llvm.umin.i64(i64 %639, i64 %617)
  %641 = load i64, i64* %lowEnd, align 8
  %642 = load i64, i64* %highEnd, align 8
  %643 = add i64 %618, 64
  %644 = sub i64 %618, %640
  %645 = lshr i64 %644, 4
  %646 = add i64 %643, %645
  %647 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %646)
  %648 = call i64 @llvm.umax.i64(i64 %641, i64 %647)
  %649 = select i1 %638, i64 %648, i64 %641
  store i64 %649, i64* %lowEnd, align 8
  %650 = add i64 %618, 64
  %651 = sub i64 %618, %scratch_start
  %652 = lshr i64 %651, 4
  %653 = add i64 %650, %652
  %654 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %653)
  %655 = call i64 @llvm.umax.i64(i64 %642, i64 %654)
  %656 = select i1 %638, i64 %642, i64 %655
  store i64 %656, i64* %highEnd, align 8
  store i64 %640, i64* %lowStart, align 8
  br label %write.ok90

write.low93:                                      ; preds = %e25
  %657 = load i64, i64* %lowStart, align 8
  %658 = icmp uge i64 %516, %657
  %659 = load i64, i64* %lowEnd, align 8
  %660 = icmp ule i64 %517, %659
  %661 = and i1 %658, %660
  br i1 %661, label %write.ok95, label %write.slow94

write.slow94:                                     ; preds = %write.low93
  %662 = icmp ugt i64 %517, %arena_size
  br i1 %662, label %trap17.site0, label %ok96

write.ok95:                                       ; preds = %ok96, %write.low93, %e25
  %663 = getelementptr i8, i8* %mem, i64 %516
  store i32 %514, i32* %unaligned97, align 4
  %664 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %663, i8* %664, i64 4, i1 false)
  %665 = load i32, i32* %len, align 4
  %666 = add i32 %665, 1
  store i32 %666, i32* %len, align 4
  %667 = load i32, i32* %k, align 4
  %668 = add i32 %667, 1
  store i32 %668, i32* %k, align 4
  br label %each24

ok96:                                             ; preds = %write.slow94
  %669 = icmp ult i64 %516, %scratch_start
  %670 = load i64, i64* %lowStart, align 8
  %671 = call i64 @llvm.umin.i64(i64 %670, i64 %516)
  %672 = load i64, i64* %lowEnd, align 8
  %673 = load i64, i64* %highEnd, align 8
  %674 = add i64 %517, 64
  %675 = sub i64 %517, %671
  %676 = lshr i64 %675, 4
  %677 = add i64 %674, %676
  %678 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %677)
  %679 = call i64 @llvm.umax.i64(i64 %672, i64 %678)
  %680 = select i1 %669, i64 %679, i64 %672
  store i64 %680, i64* %lowEnd, align 8
  %681 = add i64 %517, 64
  %682 = sub i64 %517, %scratch_start
  %683 = lshr i64 %682, 4
  %684 = add i64 %681, %683
  %685 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %684)
  %686 = call i64 @llvm.umax.i64(i64 %673, i64 %685)
  %687 = select i1 %669, i64 %673, i64 %686
  store i64 %687, i64* %highEnd, align 8
  store i64 %671, i64* %lowStart, align 8
  br label %write.ok95

dead98:                                           ; No predecessors!
  br label %block23

write.low99:                                      ; preds = %block23
  %688 = load i64, i64* %lowStart, align 8
  %689 = icmp uge i64 %476, %688
  %690 = load i64, i64* %lowEnd, align 8
  %691 = icmp ule i64 %477, %690
  %692 = and i1 %689, %691
  br i1 %692, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %693 = icmp ugt i64 %477, %arena_size
  br i1 %693, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %block23
  %694 = getelementptr i8, i8* %mem, i64 %476
  store i32 %475, i32* %unaligned103, align 4
  %695 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %694, i8* %695, i64 4, i1 false)
  %696 = load i32, i32* %list, align 4
  store i32 %696, i32* %result61, align 4
  br label %e21

ok102:                                            ; preds = %write.slow100
  %697 = icmp ult i64 %476, %scratch_start
  %698 = load i64, i64* %lowStart, align 8
  %699 = call i64 @llvm.umin.i64(i64 %698, i64 %476)
  %700 = load i64, i64* %lowEnd, align 8
  %701 = load i64, i64* %highEnd, align 8
  %702 = add i64 %477, 64
  %703 = sub i64 %477, %699
  %704 = lshr i64 %703, 4
  %705 = add i64 %702, %704
  %706 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %705)
  %707 = call i64 @llvm.umax.i64(i64 %700, i64 %706)
  %708 = select i1 %697, i64 %707, i64 %700
  store i64 %708, i64* %lowEnd, align 8
  %709 = add i64 %477, 64
  %710 = sub i64 %477, %scratch_start
  %711 = lshr i64 %710, 4
  %712 = add i64 %709, %711
  %713 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %712)
  %714 = call i64 @llvm.umax.i64(i64 %701, i64 %713)
  %715 = select i1 %697, i64 %701, i64 %714
  store i64 %715, i64* %highEnd, align 8
  store i64 %699, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %e21
  %716 = load i64, i64* %lowStart, align 8
  %717 = icmp uge i64 %431, %716
  %718 = load i64, i64* %lowEnd, align 8
  %719 = icmp ule i64 %432, %718
  %720 = and i1 %717, %719
  br i1 %720, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %721 = icmp ugt i64 %432, %arena_size
  br i1 %721, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e21
  %722 = getelementptr i8, i8* %mem, i64 %431
  store i32 %429, i32* %unaligned108, align 4
  %723 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %722, i8* %723, i64 4, i1 false)
  %724 = load i32, i32* %items, align 4
  store i32 %724, i32* %xs.1, align 4
  %725 = load i32, i32* %xs.1, align 4
  %726 = zext i32 %725 to i64
  %727 = add i64 %726, 4
  %728 = icmp ugt i64 %727, %arena_size
  br i1 %728, label %trap17.site0, label %ok111

ok107:                                            ; preds = %write.slow105
  %729 = icmp ult i64 %431, %scratch_start
  %730 = load i64, i64* %lowStart, align 8
  %731 = call i64 @llvm.umin.i64(i64 %730, i64 %431)
  %732 = load i64, i64* %lowEnd, align 8
  %733 = load i64, i64* %highEnd, align 8
  %734 = add i64 %432, 64
  %735 = sub i64 %432, %731
  %736 = lshr i64 %735, 4
  %737 = add i64 %734, %736
  %738 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %737)
  %739 = call i64 @llvm.umax.i64(i64 %732, i64 %738)
  %740 = select i1 %729, i64 %739, i64 %732
  store i64 %740, i64* %lowEnd, align 8
  %741 = add i64 %432, 64
  %742 = sub i64 %432, %scratch_start
  %743 = lshr i64 %742, 4
  %744 = add i64 %741, %743
  %745 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %744)
  %746 = call i64 @llvm.umax.i64(i64 %733, i64 %745)
  %747 = select i1 %729, i64 %733, i64 %746
  store i64 %747, i64* %highEnd, align 8
  store i64 %731, i64* %lowStart, align 8
  br label %write.ok106

e36:                                              ; preds = %block43
  %748 = load i64, i64* %result109, align 8
  store i64 %748, i64* %item_count, align 8
  %749 = load i32, i32* %dict, align 4
  %750 = load i64, i64* %item_count, align 8
  %751 = zext i32 %749 to i64
  %752 = add i64 %751, 24
  %753 = add i64 %752, 8
  %754 = icmp uge i64 %752, %scratch_start
  %755 = load i64, i64* %highEnd, align 8
  %756 = icmp ule i64 %753, %755
  %757 = and i1 %754, %756
  br i1 %757, label %write.ok147, label %write.low145

e37:                                              ; preds = %write.ok134
  %758 = load i32, i32* %result110, align 4
  store i32 %758, i32* %xs.2, align 4
  store i64 0, i64* %sum, align 8
  %759 = load i32, i32* %xs.2, align 4
  %760 = zext i32 %759 to i64
  %761 = add i64 %760, 4
  %762 = icmp ugt i64 %761, %arena_size
  br i1 %762, label %trap17.site0, label %ok137

ok111:                                            ; preds = %write.ok106
  %763 = getelementptr i8, i8* %mem, i64 %726
  %764 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %764, i8* %763, i64 4, i1 false)
  %765 = load i32, i32* %unaligned112, align 4
  %766 = zext i32 %765 to i64
  %767 = mul i64 %766, 8
  %768 = add i64 8, %767
  store i64 %768, i64* %size.1, align 8
  %769 = load i64, i64* %size.1, align 8
  %770 = icmp ugt i64 %769, 2147483647
  %771 = zext i1 %770 to i32
  %772 = icmp ne i32 %771, 0
  br i1 %772, label %then113, label %else114

then113:                                          ; preds = %ok111
  br label %trap15.site20

else114:                                          ; preds = %ok111
  br label %join115

join115:                                          ; preds = %else114, %dead116
  %773 = load i64, i64* %size.1, align 8
  %774 = trunc i64 %773 to i32
  %775 = zext i32 %774 to i64
  %776 = getelementptr i64, i64* %regs, i64 1
  %777 = getelementptr i64, i64* %regs, i64 2
  %778 = load i64, i64* %776, align 8
  %779 = add i64 %778, 7
  %780 = and i64 %779, -8
  %781 = add i64 %780, %775
  %782 = load i64, i64* %777, align 8
  %783 = icmp ugt i64 %781, %782
  br i1 %783, label %trap15.site20, label %ok117

trap15.site20:                                    ; preds = %join115, %then113
  %784 = load i64, i64* %lowStart, align 8
  %785 = getelementptr i64, i64* %regs, i64 6
  store i64 %784, i64* %785, align 8
  %786 = load i64, i64* %lowEnd, align 8
  %787 = getelementptr i64, i64* %regs, i64 7
  store i64 %786, i64* %787, align 8
  %788 = load i64, i64* %highEnd, align 8
  %789 = getelementptr i64, i64* %regs, i64 8
  store i64 %788, i64* %789, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

dead116:                                          ; No predecessors!
  br label %join115

ok117:                                            ; preds = %join115
  store i64 %781, i64* %776, align 8
  %790 = load i64, i64* %highEnd, align 8
  %791 = call i64 @llvm.umax.i64(i64 %790, i64 %781)
  store i64 %791, i64* %highEnd, align 8
  %792 = trunc i64 %780 to i32
  store i32 %792, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %793 = load i32, i32* %xs.1, align 4
  %794 = zext i32 %793 to i64
  %795 = add i64 %794, 4
  %796 = icmp ugt i64 %795, %arena_size
  br i1 %796, label %trap17.site0, label %ok118

ok118:                                            ; preds = %ok117
  %797 = getelementptr i8, i8* %mem, i64 %794
  %798 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %798, i8* %797, i64 4, i1 false)
  %799 = load i32, i32* %unaligned119, align 4
  store i32 %799, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each40

block39:                                          ; preds = %dead131, %ok120
  %800 = load i32, i32* %list.1, align 4
  %801 = load i32, i32* %len.1, align 4
  %802 = zext i32 %800 to i64
  %803 = add i64 %802, 4
  %804 = icmp uge i64 %802, %scratch_start
  %805 = load i64, i64* %highEnd, align 8
  %806 = icmp ule i64 %803, %805
  %807 = and i1 %804, %806
  br i1 %807, label %write.ok134, label %write.low132

each40:                                           ; preds = %write.ok128, %ok118
  %808 = load i64, i64* %fuel, align 8
  %809 = icmp ult i64 %808, 1
  br i1 %809, label %trap14.site0, label %ok120

ok120:                                            ; preds = %each40
  %810 = sub i64 %808, 1
  store i64 %810, i64* %fuel, align 8
  %811 = load i32, i32* %k.1, align 4
  %812 = load i32, i32* %n.1, align 4
  %813 = icmp uge i32 %811, %812
  %814 = zext i1 %813 to i32
  %815 = icmp ne i32 %814, 0
  br i1 %815, label %block39, label %cont121

cont121:                                          ; preds = %ok120
  %816 = load i32, i32* %xs.1, align 4
  %817 = load i32, i32* %k.1, align 4
  %818 = mul i32 %817, 4
  %819 = add i32 %816, %818
  %820 = zext i32 %819 to i64
  %821 = add i64 %820, 4
  %822 = add i64 %821, 4
  %823 = icmp ugt i64 %822, %arena_size
  br i1 %823, label %trap17.site0, label %ok122

ok122:                                            ; preds = %cont121
  %824 = getelementptr i8, i8* %mem, i64 %821
  %825 = bitcast i32* %unaligned123 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %825, i8* %824, i64 4, i1 false)
  %826 = load i32, i32* %unaligned123, align 4
  store i32 %826, i32* %x.1, align 4
  %827 = load i32, i32* %x.1, align 4
  store i32 %827, i32* %i.1, align 4
  %828 = load i32, i32* %list.1, align 4
  %829 = load i32, i32* %len.1, align 4
  %830 = mul i32 %829, 8
  %831 = add i32 %828, %830
  %832 = load i32, i32* %i.1, align 4
  %833 = zext i32 %832 to i64
  %834 = add i64 %833, 8
  %835 = add i64 %834, 8
  %836 = icmp ugt i64 %835, %arena_size
  br i1 %836, label %trap17.site21, label %ok124

ok124:                                            ; preds = %ok122
  %837 = getelementptr i8, i8* %mem, i64 %834
  %838 = bitcast i64* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %838, i8* %837, i64 8, i1 false)
  %839 = load i64, i64* %unaligned125, align 8
  %840 = zext i32 %831 to i64
  %841 = add i64 %840, 8
  %842 = add i64 %841, 8
  %843 = icmp uge i64 %841, %scratch_start
  %844 = load i64, i64* %highEnd, align 8
  %845 = icmp ule i64 %842, %844
  %846 = and i1 %843, %845
  br i1 %846, label %write.ok128, label %write.low126

trap17.site21:                                    ; preds = %ok122
  %847 = load i64, i64* %lowStart, align 8
  %848 = getelementptr i64, i64* %regs, i64 6
  store i64 %847, i64* %848, align 8
  %849 = load i64, i64* %lowEnd, align 8
  %850 = getelementptr i64, i64* %regs, i64 7
  store i64 %849, i64* %850, align 8
  %851 = load i64, i64* %highEnd, align 8
  %852 = getelementptr i64, i64* %regs, i64 8
  store i64 %851, i64* %852, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

write.low126:                                     ; preds = %ok124
  %853 = load i64, i64* %lowStart, align 8
  %854 = icmp uge i64 %841, %853
  %855 = load i64, i64* %lowEnd, align 8
  %856 = icmp ule i64 %842, %855
  %857 = and i1 %854, %856
  br i1 %857, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %858 = icmp ugt i64 %842, %arena_size
  br i1 %858, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %ok124
  %859 = getelementptr i8, i8* %mem, i64 %841
  store i64 %839, i64* %unaligned130, align 8
  %860 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %859, i8* %860, i64 8, i1 false)
  %861 = load i32, i32* %len.1, align 4
  %862 = add i32 %861, 1
  store i32 %862, i32* %len.1, align 4
  %863 = load i32, i32* %k.1, align 4
  %864 = add i32 %863, 1
  store i32 %864, i32* %k.1, align 4
  br label %each40

ok129:                                            ; preds = %write.slow127
  %865 = icmp ult i64 %841, %scratch_start
  %866 = load i64, i64* %lowStart, align 8
  %867 = call i64 @llvm.umin.i64(i64 %866, i64 %841)
  %868 = load i64, i64* %lowEnd, align 8
  %869 = load i64, i64* %highEnd, align 8
  %870 = add i64 %842, 64
  %871 = sub i64 %842, %867
  %872 = lshr i64 %871, 4
  %873 = add i64 %870, %872
  %874 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %873)
  %875 = call i64 @llvm.umax.i64(i64 %868, i64 %874)
  %876 = select i1 %865, i64 %875, i64 %868
  store i64 %876, i64* %lowEnd, align 8
  %877 = add i64 %842, 64
  %878 = sub i64 %842, %scratch_start
  %879 = lshr i64 %878, 4
  %880 = add i64 %877, %879
  %881 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %880)
  %882 = call i64 @llvm.umax.i64(i64 %869, i64 %881)
  %883 = select i1 %865, i64 %869, i64 %882
  store i64 %883, i64* %highEnd, align 8
  store i64 %867, i64* %lowStart, align 8
  br label %write.ok128

dead131:                                          ; No predecessors!
  br label %block39

write.low132:                                     ; preds = %block39
  %884 = load i64, i64* %lowStart, align 8
  %885 = icmp uge i64 %802, %884
  %886 = load i64, i64* %lowEnd, align 8
  %887 = icmp ule i64 %803, %886
  %888 = and i1 %885, %887
  br i1 %888, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %889 = icmp ugt i64 %803, %arena_size
  br i1 %889, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %block39
  %890 = getelementptr i8, i8* %mem, i64 %802
  store i32 %801, i32* %unaligned136, align 4
  %891 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %890, i8* %891, i64 4, i1 false)
  %892 = load i32, i32* %list.1, align 4
  store i32 %892, i32* %result110, align 4
  br label %e37

ok135:                                            ; preds = %write.slow133
  %893 = icmp ult i64 %802, %scratch_start
  %894 = load i64, i64* %lowStart, align 8
  %895 = call i64 @llvm.umin.i64(i64 %894, i64 %802)
  %896 = load i64, i64* %lowEnd, align 8
  %897 = load i64, i64* %highEnd, align 8
  %898 = add i64 %803, 64
  %899 = sub i64 %803, %895
  %900 = lshr i64 %899, 4
  %901 = add i64 %898, %900
  %902 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %901)
  %903 = call i64 @llvm.umax.i64(i64 %896, i64 %902)
  %904 = select i1 %893, i64 %903, i64 %896
  store i64 %904, i64* %lowEnd, align 8
  %905 = add i64 %803, 64
  %906 = sub i64 %803, %scratch_start
  %907 = lshr i64 %906, 4
  %908 = add i64 %905, %907
  %909 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %908)
  %910 = call i64 @llvm.umax.i64(i64 %897, i64 %909)
  %911 = select i1 %893, i64 %897, i64 %910
  store i64 %911, i64* %highEnd, align 8
  store i64 %895, i64* %lowStart, align 8
  br label %write.ok134

ok137:                                            ; preds = %e37
  %912 = getelementptr i8, i8* %mem, i64 %760
  %913 = bitcast i32* %unaligned138 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %913, i8* %912, i64 4, i1 false)
  %914 = load i32, i32* %unaligned138, align 4
  store i32 %914, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each44

block43:                                          ; preds = %dead144, %ok139
  %915 = load i64, i64* %sum, align 8
  store i64 %915, i64* %result109, align 8
  br label %e36

each44:                                           ; preds = %ok143, %ok137
  %916 = load i64, i64* %fuel, align 8
  %917 = icmp ult i64 %916, 1
  br i1 %917, label %trap14.site0, label %ok139

ok139:                                            ; preds = %each44
  %918 = sub i64 %916, 1
  store i64 %918, i64* %fuel, align 8
  %919 = load i32, i32* %k.2, align 4
  %920 = load i32, i32* %n.2, align 4
  %921 = icmp uge i32 %919, %920
  %922 = zext i1 %921 to i32
  %923 = icmp ne i32 %922, 0
  br i1 %923, label %block43, label %cont140

cont140:                                          ; preds = %ok139
  %924 = load i32, i32* %xs.2, align 4
  %925 = load i32, i32* %k.2, align 4
  %926 = mul i32 %925, 8
  %927 = add i32 %924, %926
  %928 = zext i32 %927 to i64
  %929 = add i64 %928, 8
  %930 = add i64 %929, 8
  %931 = icmp ugt i64 %930, %arena_size
  br i1 %931, label %trap17.site0, label %ok141

ok141:                                            ; preds = %cont140
  %932 = getelementptr i8, i8* %mem, i64 %929
  %933 = bitcast i64* %unaligned142 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %933, i8* %932, i64 8, i1 false)
  %934 = load i64, i64* %unaligned142, align 8
  store i64 %934, i64* %x.2, align 8
  %935 = load i64, i64* %sum, align 8
  %936 = load i64, i64* %x.2, align 8
  %937 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %935, i64 %936)
  %938 = extractvalue { i64, i1 } %937, 1
  br i1 %938, label %trap2.site19, label %ok143

ok143:                                            ; preds = %ok141
  %939 = extractvalue { i64, i1 } %937, 0
  store i64 %939, i64* %sum, align 8
  %940 = load i32, i32* %k.2, align 4
  %941 = add i32 %940, 1
  store i32 %941, i32* %k.2, align 4
  br label %each44

trap2.site19:                                     ; preds = %ok141
  %942 = load i64, i64* %lowStart, align 8
  %943 = getelementptr i64, i64* %regs, i64 6
  store i64 %942, i64* %943, align 8
  %944 = load i64, i64* %lowEnd, align 8
  %945 = getelementptr i64, i64* %regs, i64 7
  store i64 %944, i64* %945, align 8
  %946 = load i64, i64* %highEnd, align 8
  %947 = getelementptr i64, i64* %regs, i64 8
  store i64 %946, i64* %947, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

dead144:                                          ; No predecessors!
  br label %block43

write.low145:                                     ; preds = %e36
  %948 = load i64, i64* %lowStart, align 8
  %949 = icmp uge i64 %752, %948
  %950 = load i64, i64* %lowEnd, align 8
  %951 = icmp ule i64 %753, %950
  %952 = and i1 %949, %951
  br i1 %952, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %953 = icmp ugt i64 %753, %arena_size
  br i1 %953, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %e36
  %954 = getelementptr i8, i8* %mem, i64 %752
  store i64 %750, i64* %unaligned149, align 8
  %955 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %954, i8* %955, i64 8, i1 false)
  %956 = load i32, i32* %lines, align 4
  store i32 %956, i32* %xs.3, align 4
  %957 = load i32, i32* %xs.3, align 4
  %958 = zext i32 %957 to i64
  %959 = add i64 %958, 4
  %960 = icmp ugt i64 %959, %arena_size
  br i1 %960, label %trap17.site0, label %ok152

ok148:                                            ; preds = %write.slow146
  %961 = icmp ult i64 %752, %scratch_start
  %962 = load i64, i64* %lowStart, align 8
  %963 = call i64 @llvm.umin.i64(i64 %962, i64 %752)
  %964 = load i64, i64* %lowEnd, align 8
  %965 = load i64, i64* %highEnd, align 8
  %966 = add i64 %753, 64
  %967 = sub i64 %753, %963
  %968 = lshr i64 %967, 4
  %969 = add i64 %966, %968
  %970 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %969)
  %971 = call i64 @llvm.umax.i64(i64 %964, i64 %970)
  %972 = select i1 %961, i64 %971, i64 %964
  store i64 %972, i64* %lowEnd, align 8
  %973 = add i64 %753, 64
  %974 = sub i64 %753, %scratch_start
  %975 = lshr i64 %974, 4
  %976 = add i64 %973, %975
  %977 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %976)
  %978 = call i64 @llvm.umax.i64(i64 %965, i64 %977)
  %979 = select i1 %961, i64 %965, i64 %978
  store i64 %979, i64* %highEnd, align 8
  store i64 %963, i64* %lowStart, align 8
  br label %write.ok147

e45:                                              ; preds = %block52
  %980 = load i64, i64* %result150, align 8
  store i64 %980, i64* %subtotal_cents, align 8
  %981 = load i32, i32* %dict, align 4
  %982 = load i64, i64* %subtotal_cents, align 8
  %983 = zext i32 %981 to i64
  %984 = add i64 %983, 32
  %985 = add i64 %984, 8
  %986 = icmp uge i64 %984, %scratch_start
  %987 = load i64, i64* %highEnd, align 8
  %988 = icmp ule i64 %985, %987
  %989 = and i1 %986, %988
  br i1 %989, label %write.ok188, label %write.low186

e46:                                              ; preds = %write.ok175
  %990 = load i32, i32* %result151, align 4
  store i32 %990, i32* %xs.4, align 4
  store i64 0, i64* %sum.1, align 8
  %991 = load i32, i32* %xs.4, align 4
  %992 = zext i32 %991 to i64
  %993 = add i64 %992, 4
  %994 = icmp ugt i64 %993, %arena_size
  br i1 %994, label %trap17.site0, label %ok178

ok152:                                            ; preds = %write.ok147
  %995 = getelementptr i8, i8* %mem, i64 %958
  %996 = bitcast i32* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %996, i8* %995, i64 4, i1 false)
  %997 = load i32, i32* %unaligned153, align 4
  %998 = zext i32 %997 to i64
  %999 = mul i64 %998, 8
  %1000 = add i64 8, %999
  store i64 %1000, i64* %size.2, align 8
  %1001 = load i64, i64* %size.2, align 8
  %1002 = icmp ugt i64 %1001, 2147483647
  %1003 = zext i1 %1002 to i32
  %1004 = icmp ne i32 %1003, 0
  br i1 %1004, label %then154, label %else155

then154:                                          ; preds = %ok152
  br label %trap15.site23

else155:                                          ; preds = %ok152
  br label %join156

join156:                                          ; preds = %else155, %dead157
  %1005 = load i64, i64* %size.2, align 8
  %1006 = trunc i64 %1005 to i32
  %1007 = zext i32 %1006 to i64
  %1008 = getelementptr i64, i64* %regs, i64 1
  %1009 = getelementptr i64, i64* %regs, i64 2
  %1010 = load i64, i64* %1008, align 8
  %1011 = add i64 %1010, 7
  %1012 = and i64 %1011, -8
  %1013 = add i64 %1012, %1007
  %1014 = load i64, i64* %1009, align 8
  %1015 = icmp ugt i64 %1013, %1014
  br i1 %1015, label %trap15.site23, label %ok158

trap15.site23:                                    ; preds = %join156, %then154
  %1016 = load i64, i64* %lowStart, align 8
  %1017 = getelementptr i64, i64* %regs, i64 6
  store i64 %1016, i64* %1017, align 8
  %1018 = load i64, i64* %lowEnd, align 8
  %1019 = getelementptr i64, i64* %regs, i64 7
  store i64 %1018, i64* %1019, align 8
  %1020 = load i64, i64* %highEnd, align 8
  %1021 = getelementptr i64, i64* %regs, i64 8
  store i64 %1020, i64* %1021, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead157:                                          ; No predecessors!
  br label %join156

ok158:                                            ; preds = %join156
  store i64 %1013, i64* %1008, align 8
  %1022 = load i64, i64* %highEnd, align 8
  %1023 = call i64 @llvm.umax.i64(i64 %1022, i64 %1013)
  store i64 %1023, i64* %highEnd, align 8
  %1024 = trunc i64 %1012 to i32
  store i32 %1024, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1025 = load i32, i32* %xs.3, align 4
  %1026 = zext i32 %1025 to i64
  %1027 = add i64 %1026, 4
  %1028 = icmp ugt i64 %1027, %arena_size
  br i1 %1028, label %trap17.site0, label %ok159

ok159:                                            ; preds = %ok158
  %1029 = getelementptr i8, i8* %mem, i64 %1026
  %1030 = bitcast i32* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1030, i8* %1029, i64 4, i1 false)
  %1031 = load i32, i32* %unaligned160, align 4
  store i32 %1031, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each49

block48:                                          ; preds = %dead172, %ok161
  %1032 = load i32, i32* %list.2, align 4
  %1033 = load i32, i32* %len.2, align 4
  %1034 = zext i32 %1032 to i64
  %1035 = add i64 %1034, 4
  %1036 = icmp uge i64 %1034, %scratch_start
  %1037 = load i64, i64* %highEnd, align 8
  %1038 = icmp ule i64 %1035, %1037
  %1039 = and i1 %1036, %1038
  br i1 %1039, label %write.ok175, label %write.low173

each49:                                           ; preds = %write.ok169, %ok159
  %1040 = load i64, i64* %fuel, align 8
  %1041 = icmp ult i64 %1040, 1
  br i1 %1041, label %trap14.site0, label %ok161

ok161:                                            ; preds = %each49
  %1042 = sub i64 %1040, 1
  store i64 %1042, i64* %fuel, align 8
  %1043 = load i32, i32* %k.3, align 4
  %1044 = load i32, i32* %n.3, align 4
  %1045 = icmp uge i32 %1043, %1044
  %1046 = zext i1 %1045 to i32
  %1047 = icmp ne i32 %1046, 0
  br i1 %1047, label %block48, label %cont162

cont162:                                          ; preds = %ok161
  %1048 = load i32, i32* %xs.3, align 4
  %1049 = load i32, i32* %k.3, align 4
  %1050 = mul i32 %1049, 4
  %1051 = add i32 %1048, %1050
  %1052 = zext i32 %1051 to i64
  %1053 = add i64 %1052, 4
  %1054 = add i64 %1053, 4
  %1055 = icmp ugt i64 %1054, %arena_size
  br i1 %1055, label %trap17.site0, label %ok163

ok163:                                            ; preds = %cont162
  %1056 = getelementptr i8, i8* %mem, i64 %1053
  %1057 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1057, i8* %1056, i64 4, i1 false)
  %1058 = load i32, i32* %unaligned164, align 4
  store i32 %1058, i32* %x.3, align 4
  %1059 = load i32, i32* %x.3, align 4
  store i32 %1059, i32* %l, align 4
  %1060 = load i32, i32* %list.2, align 4
  %1061 = load i32, i32* %len.2, align 4
  %1062 = mul i32 %1061, 8
  %1063 = add i32 %1060, %1062
  %1064 = load i32, i32* %l, align 4
  %1065 = zext i32 %1064 to i64
  %1066 = add i64 %1065, 8
  %1067 = add i64 %1066, 8
  %1068 = icmp ugt i64 %1067, %arena_size
  br i1 %1068, label %trap17.site24, label %ok165

ok165:                                            ; preds = %ok163
  %1069 = getelementptr i8, i8* %mem, i64 %1066
  %1070 = bitcast i64* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1070, i8* %1069, i64 8, i1 false)
  %1071 = load i64, i64* %unaligned166, align 8
  %1072 = zext i32 %1063 to i64
  %1073 = add i64 %1072, 8
  %1074 = add i64 %1073, 8
  %1075 = icmp uge i64 %1073, %scratch_start
  %1076 = load i64, i64* %highEnd, align 8
  %1077 = icmp ule i64 %1074, %1076
  %1078 = and i1 %1075, %1077
  br i1 %1078, label %write.ok169, label %write.low167

trap17.site24:                                    ; preds = %ok163
  %1079 = load i64, i64* %lowStart, align 8
  %1080 = getelementptr i64, i64* %regs, i64 6
  store i64 %1079, i64* %1080, align 8
  %1081 = load i64, i64* %lowEnd, align 8
  %1082 = getelementptr i64, i64* %regs, i64 7
  store i64 %1081, i64* %1082, align 8
  %1083 = load i64, i64* %highEnd, align 8
  %1084 = getelementptr i64, i64* %regs, i64 8
  store i64 %1083, i64* %1084, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 24)
  unreachable

write.low167:                                     ; preds = %ok165
  %1085 = load i64, i64* %lowStart, align 8
  %1086 = icmp uge i64 %1073, %1085
  %1087 = load i64, i64* %lowEnd, align 8
  %1088 = icmp ule i64 %1074, %1087
  %1089 = and i1 %1086, %1088
  br i1 %1089, label %write.ok169, label %write.slow168

write.slow168:                                    ; preds = %write.low167
  %1090 = icmp ugt i64 %1074, %arena_size
  br i1 %1090, label %trap17.site0, label %ok170

write.ok169:                                      ; preds = %ok170, %write.low167, %ok165
  %1091 = getelementptr i8, i8* %mem, i64 %1073
  store i64 %1071, i64* %unaligned171, align 8
  %1092 = bitcast i64* %unaligned171 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1091, i8* %1092, i64 8, i1 false)
  %1093 = load i32, i32* %len.2, align 4
  %1094 = add i32 %1093, 1
  store i32 %1094, i32* %len.2, align 4
  %1095 = load i32, i32* %k.3, align 4
  %1096 = add i32 %1095, 1
  store i32 %1096, i32* %k.3, align 4
  br label %each49

ok170:                                            ; preds = %write.slow168
  %1097 = icmp ult i64 %1073, %scratch_start
  %1098 = load i64, i64* %lowStart, align 8
  %1099 = call i64 @llvm.umin.i64(i64 %1098, i64 %1073)
  %1100 = load i64, i64* %lowEnd, align 8
  %1101 = load i64, i64* %highEnd, align 8
  %1102 = add i64 %1074, 64
  %1103 = sub i64 %1074, %1099
  %1104 = lshr i64 %1103, 4
  %1105 = add i64 %1102, %1104
  %1106 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1105)
  %1107 = call i64 @llvm.umax.i64(i64 %1100, i64 %1106)
  %1108 = select i1 %1097, i64 %1107, i64 %1100
  store i64 %1108, i64* %lowEnd, align 8
  %1109 = add i64 %1074, 64
  %1110 = sub i64 %1074, %scratch_start
  %1111 = lshr i64 %1110, 4
  %1112 = add i64 %1109, %1111
  %1113 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1112)
  %1114 = call i64 @llvm.umax.i64(i64 %1101, i64 %1113)
  %1115 = select i1 %1097, i64 %1101, i64 %1114
  store i64 %1115, i64* %highEnd, align 8
  store i64 %1099, i64* %lowStart, align 8
  br label %write.ok169

dead172:                                          ; No predecessors!
  br label %block48

write.low173:                                     ; preds = %block48
  %1116 = load i64, i64* %lowStart, align 8
  %1117 = icmp uge i64 %1034, %1116
  %1118 = load i64, i64* %lowEnd, align 8
  %1119 = icmp ule i64 %1035, %1118
  %1120 = and i1 %1117, %1119
  br i1 %1120, label %write.ok175, label %write.slow174

write.slow174:                                    ; preds = %write.low173
  %1121 = icmp ugt i64 %1035, %arena_size
  br i1 %1121, label %trap17.site0, label %ok176

write.ok175:                                      ; preds = %ok176, %write.low173, %block48
  %1122 = getelementptr i8, i8* %mem, i64 %1034
  store i32 %1033, i32* %unaligned177, align 4
  %1123 = bitcast i32* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1122, i8* %1123, i64 4, i1 false)
  %1124 = load i32, i32* %list.2, align 4
  store i32 %1124, i32* %result151, align 4
  br label %e46

ok176:                                            ; preds = %write.slow174
  %1125 = icmp ult i64 %1034, %scratch_start
  %1126 = load i64, i64* %lowStart, align 8
  %1127 = call i64 @llvm.umin.i64(i64 %1126, i64 %1034)
  %1128 = load i64, i64* %lowEnd, align 8
  %1129 = load i64, i64* %highEnd, align 8
  %1130 = add i64 %1035, 64
  %1131 = sub i64 %1035, %1127
  %1132 = lshr i64 %1131, 4
  %1133 = add i64 %1130, %1132
  %1134 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1133)
  %1135 = call i64 @llvm.umax.i64(i64 %1128, i64 %1134)
  %1136 = select i1 %1125, i64 %1135, i64 %1128
  store i64 %1136, i64* %lowEnd, align 8
  %1137 = add i64 %1035, 64
  %1138 = sub i64 %1035, %scratch_start
  %1139 = lshr i64 %1138, 4
  %1140 = add i64 %1137, %1139
  %1141 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1140)
  %1142 = call i64 @llvm.umax.i64(i64 %1129, i64 %1141)
  %1143 = select i1 %1125, i64 %1129, i64 %1142
  store i64 %1143, i64* %highEnd, align 8
  store i64 %1127, i64* %lowStart, align 8
  br label %write.ok175

ok178:                                            ; preds = %e46
  %1144 = getelementptr i8, i8* %mem, i64 %992
  %1145 = bitcast i32* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1145, i8* %1144, i64 4, i1 false)
  %1146 = load i32, i32* %unaligned179, align 4
  store i32 %1146, i32* %n.4, align 4
  store i32 0, i32* %k.4, align 4
  br label %each53

block52:                                          ; preds = %dead185, %ok180
  %1147 = load i64, i64* %sum.1, align 8
  store i64 %1147, i64* %result150, align 8
  br label %e45

each53:                                           ; preds = %ok184, %ok178
  %1148 = load i64, i64* %fuel, align 8
  %1149 = icmp ult i64 %1148, 1
  br i1 %1149, label %trap14.site0, label %ok180

ok180:                                            ; preds = %each53
  %1150 = sub i64 %1148, 1
  store i64 %1150, i64* %fuel, align 8
  %1151 = load i32, i32* %k.4, align 4
  %1152 = load i32, i32* %n.4, align 4
  %1153 = icmp uge i32 %1151, %1152
  %1154 = zext i1 %1153 to i32
  %1155 = icmp ne i32 %1154, 0
  br i1 %1155, label %block52, label %cont181

cont181:                                          ; preds = %ok180
  %1156 = load i32, i32* %xs.4, align 4
  %1157 = load i32, i32* %k.4, align 4
  %1158 = mul i32 %1157, 8
  %1159 = add i32 %1156, %1158
  %1160 = zext i32 %1159 to i64
  %1161 = add i64 %1160, 8
  %1162 = add i64 %1161, 8
  %1163 = icmp ugt i64 %1162, %arena_size
  br i1 %1163, label %trap17.site0, label %ok182

ok182:                                            ; preds = %cont181
  %1164 = getelementptr i8, i8* %mem, i64 %1161
  %1165 = bitcast i64* %unaligned183 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1165, i8* %1164, i64 8, i1 false)
  %1166 = load i64, i64* %unaligned183, align 8
  store i64 %1166, i64* %x.4, align 8
  %1167 = load i64, i64* %sum.1, align 8
  %1168 = load i64, i64* %x.4, align 8
  %1169 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %1167, i64 %1168)
  %1170 = extractvalue { i64, i1 } %1169, 1
  br i1 %1170, label %trap2.site22, label %ok184

ok184:                                            ; preds = %ok182
  %1171 = extractvalue { i64, i1 } %1169, 0
  store i64 %1171, i64* %sum.1, align 8
  %1172 = load i32, i32* %k.4, align 4
  %1173 = add i32 %1172, 1
  store i32 %1173, i32* %k.4, align 4
  br label %each53

trap2.site22:                                     ; preds = %ok182
  %1174 = load i64, i64* %lowStart, align 8
  %1175 = getelementptr i64, i64* %regs, i64 6
  store i64 %1174, i64* %1175, align 8
  %1176 = load i64, i64* %lowEnd, align 8
  %1177 = getelementptr i64, i64* %regs, i64 7
  store i64 %1176, i64* %1177, align 8
  %1178 = load i64, i64* %highEnd, align 8
  %1179 = getelementptr i64, i64* %regs, i64 8
  store i64 %1178, i64* %1179, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 22)
  unreachable

dead185:                                          ; No predecessors!
  br label %block52

write.low186:                                     ; preds = %e45
  %1180 = load i64, i64* %lowStart, align 8
  %1181 = icmp uge i64 %984, %1180
  %1182 = load i64, i64* %lowEnd, align 8
  %1183 = icmp ule i64 %985, %1182
  %1184 = and i1 %1181, %1183
  br i1 %1184, label %write.ok188, label %write.slow187

write.slow187:                                    ; preds = %write.low186
  %1185 = icmp ugt i64 %985, %arena_size
  br i1 %1185, label %trap17.site0, label %ok189

write.ok188:                                      ; preds = %ok189, %write.low186, %e45
  %1186 = getelementptr i8, i8* %mem, i64 %984
  store i64 %982, i64* %unaligned190, align 8
  %1187 = bitcast i64* %unaligned190 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1186, i8* %1187, i64 8, i1 false)
  %1188 = load i64, i64* %subtotal_cents, align 8
  %1189 = load i64, i64* %discount_pct.1, align 8
  %1190 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1188, i64 %1189)
  %1191 = extractvalue { i64, i1 } %1190, 1
  br i1 %1191, label %trap2.site26, label %ok191

ok189:                                            ; preds = %write.slow187
  %1192 = icmp ult i64 %984, %scratch_start
  %1193 = load i64, i64* %lowStart, align 8
  %1194 = call i64 @llvm.umin.i64(i64 %1193, i64 %984)
  %1195 = load i64, i64* %lowEnd, align 8
  %1196 = load i64, i64* %highEnd, align 8
  %1197 = add i64 %985, 64
  %1198 = sub i64 %985, %1194
  %1199 = lshr i64 %1198, 4
  %1200 = add i64 %1197, %1199
  %1201 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1200)
  %1202 = call i64 @llvm.umax.i64(i64 %1195, i64 %1201)
  %1203 = select i1 %1192, i64 %1202, i64 %1195
  store i64 %1203, i64* %lowEnd, align 8
  %1204 = add i64 %985, 64
  %1205 = sub i64 %985, %scratch_start
  %1206 = lshr i64 %1205, 4
  %1207 = add i64 %1204, %1206
  %1208 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1207)
  %1209 = call i64 @llvm.umax.i64(i64 %1196, i64 %1208)
  %1210 = select i1 %1192, i64 %1196, i64 %1209
  store i64 %1210, i64* %highEnd, align 8
  store i64 %1194, i64* %lowStart, align 8
  br label %write.ok188

ok191:                                            ; preds = %write.ok188
  %1211 = extractvalue { i64, i1 } %1190, 0
  br i1 false, label %trap1.site25, label %ok192

trap2.site26:                                     ; preds = %write.ok188
  %1212 = load i64, i64* %lowStart, align 8
  %1213 = getelementptr i64, i64* %regs, i64 6
  store i64 %1212, i64* %1213, align 8
  %1214 = load i64, i64* %lowEnd, align 8
  %1215 = getelementptr i64, i64* %regs, i64 7
  store i64 %1214, i64* %1215, align 8
  %1216 = load i64, i64* %highEnd, align 8
  %1217 = getelementptr i64, i64* %regs, i64 8
  store i64 %1216, i64* %1217, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

ok192:                                            ; preds = %ok191
  %1218 = icmp eq i64 %1211, -9223372036854775808
  %1219 = and i1 %1218, false
  br i1 %1219, label %trap2.site25, label %ok193

trap1.site25:                                     ; preds = %ok191
  %1220 = load i64, i64* %lowStart, align 8
  %1221 = getelementptr i64, i64* %regs, i64 6
  store i64 %1220, i64* %1221, align 8
  %1222 = load i64, i64* %lowEnd, align 8
  %1223 = getelementptr i64, i64* %regs, i64 7
  store i64 %1222, i64* %1223, align 8
  %1224 = load i64, i64* %highEnd, align 8
  %1225 = getelementptr i64, i64* %regs, i64 8
  store i64 %1224, i64* %1225, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 25)
  unreachable

ok193:                                            ; preds = %ok192
  %1226 = sdiv i64 %1211, 100
  store i64 %1226, i64* %discount_cents, align 8
  %1227 = load i32, i32* %dict, align 4
  %1228 = load i64, i64* %discount_cents, align 8
  %1229 = zext i32 %1227 to i64
  %1230 = add i64 %1229, 40
  %1231 = add i64 %1230, 8
  %1232 = icmp uge i64 %1230, %scratch_start
  %1233 = load i64, i64* %highEnd, align 8
  %1234 = icmp ule i64 %1231, %1233
  %1235 = and i1 %1232, %1234
  br i1 %1235, label %write.ok196, label %write.low194

trap2.site25:                                     ; preds = %ok192
  %1236 = load i64, i64* %lowStart, align 8
  %1237 = getelementptr i64, i64* %regs, i64 6
  store i64 %1236, i64* %1237, align 8
  %1238 = load i64, i64* %lowEnd, align 8
  %1239 = getelementptr i64, i64* %regs, i64 7
  store i64 %1238, i64* %1239, align 8
  %1240 = load i64, i64* %highEnd, align 8
  %1241 = getelementptr i64, i64* %regs, i64 8
  store i64 %1240, i64* %1241, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 25)
  unreachable

write.low194:                                     ; preds = %ok193
  %1242 = load i64, i64* %lowStart, align 8
  %1243 = icmp uge i64 %1230, %1242
  %1244 = load i64, i64* %lowEnd, align 8
  %1245 = icmp ule i64 %1231, %1244
  %1246 = and i1 %1243, %1245
  br i1 %1246, label %write.ok196, label %write.slow195

write.slow195:                                    ; preds = %write.low194
  %1247 = icmp ugt i64 %1231, %arena_size
  br i1 %1247, label %trap17.site0, label %ok197

write.ok196:                                      ; preds = %ok197, %write.low194, %ok193
  %1248 = getelementptr i8, i8* %mem, i64 %1230
  store i64 %1228, i64* %unaligned198, align 8
  %1249 = bitcast i64* %unaligned198 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1248, i8* %1249, i64 8, i1 false)
  %1250 = load i64, i64* %subtotal_cents, align 8
  %1251 = load i64, i64* %discount_cents, align 8
  %1252 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %1250, i64 %1251)
  %1253 = extractvalue { i64, i1 } %1252, 1
  br i1 %1253, label %trap2.site29, label %ok199

ok197:                                            ; preds = %write.slow195
  %1254 = icmp ult i64 %1230, %scratch_start
  %1255 = load i64, i64* %lowStart, align 8
  %1256 = call i64 @llvm.umin.i64(i64 %1255, i64 %1230)
  %1257 = load i64, i64* %lowEnd, align 8
  %1258 = load i64, i64* %highEnd, align 8
  %1259 = add i64 %1231, 64
  %1260 = sub i64 %1231, %1256
  %1261 = lshr i64 %1260, 4
  %1262 = add i64 %1259, %1261
  %1263 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1262)
  %1264 = call i64 @llvm.umax.i64(i64 %1257, i64 %1263)
  %1265 = select i1 %1254, i64 %1264, i64 %1257
  store i64 %1265, i64* %lowEnd, align 8
  %1266 = add i64 %1231, 64
  %1267 = sub i64 %1231, %scratch_start
  %1268 = lshr i64 %1267, 4
  %1269 = add i64 %1266, %1268
  %1270 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1269)
  %1271 = call i64 @llvm.umax.i64(i64 %1258, i64 %1270)
  %1272 = select i1 %1254, i64 %1258, i64 %1271
  store i64 %1272, i64* %highEnd, align 8
  store i64 %1256, i64* %lowStart, align 8
  br label %write.ok196

ok199:                                            ; preds = %write.ok196
  %1273 = extractvalue { i64, i1 } %1252, 0
  %1274 = sitofp i64 %1273 to double
  %1275 = load double, double* %tax_rate, align 8
  %1276 = fmul double %1274, %1275
  %1277 = call double @llvm.roundeven.f64(double %1276)
  %1278 = call i64 @llvm.fptosi.sat.i64.f64(double %1277)
  store i64 %1278, i64* %tax_cents, align 8
  %1279 = load i32, i32* %dict, align 4
  %1280 = load i64, i64* %tax_cents, align 8
  %1281 = zext i32 %1279 to i64
  %1282 = add i64 %1281, 48
  %1283 = add i64 %1282, 8
  %1284 = icmp uge i64 %1282, %scratch_start
  %1285 = load i64, i64* %highEnd, align 8
  %1286 = icmp ule i64 %1283, %1285
  %1287 = and i1 %1284, %1286
  br i1 %1287, label %write.ok202, label %write.low200

trap2.site29:                                     ; preds = %write.ok196
  %1288 = load i64, i64* %lowStart, align 8
  %1289 = getelementptr i64, i64* %regs, i64 6
  store i64 %1288, i64* %1289, align 8
  %1290 = load i64, i64* %lowEnd, align 8
  %1291 = getelementptr i64, i64* %regs, i64 7
  store i64 %1290, i64* %1291, align 8
  %1292 = load i64, i64* %highEnd, align 8
  %1293 = getelementptr i64, i64* %regs, i64 8
  store i64 %1292, i64* %1293, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 29)
  unreachable

write.low200:                                     ; preds = %ok199
  %1294 = load i64, i64* %lowStart, align 8
  %1295 = icmp uge i64 %1282, %1294
  %1296 = load i64, i64* %lowEnd, align 8
  %1297 = icmp ule i64 %1283, %1296
  %1298 = and i1 %1295, %1297
  br i1 %1298, label %write.ok202, label %write.slow201

write.slow201:                                    ; preds = %write.low200
  %1299 = icmp ugt i64 %1283, %arena_size
  br i1 %1299, label %trap17.site0, label %ok203

write.ok202:                                      ; preds = %ok203, %write.low200, %ok199
  %1300 = getelementptr i8, i8* %mem, i64 %1282
  store i64 %1280, i64* %unaligned204, align 8
  %1301 = bitcast i64* %unaligned204 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1300, i8* %1301, i64 8, i1 false)
  %1302 = load i64, i64* %subtotal_cents, align 8
  %1303 = load i64, i64* %discount_cents, align 8
  %1304 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %1302, i64 %1303)
  %1305 = extractvalue { i64, i1 } %1304, 1
  br i1 %1305, label %trap2.site31, label %ok205

ok203:                                            ; preds = %write.slow201
  %1306 = icmp ult i64 %1282, %scratch_start
  %1307 = load i64, i64* %lowStart, align 8
  %1308 = call i64 @llvm.umin.i64(i64 %1307, i64 %1282)
  %1309 = load i64, i64* %lowEnd, align 8
  %1310 = load i64, i64* %highEnd, align 8
  %1311 = add i64 %1283, 64
  %1312 = sub i64 %1283, %1308
  %1313 = lshr i64 %1312, 4
  %1314 = add i64 %1311, %1313
  %1315 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1314)
  %1316 = call i64 @llvm.umax.i64(i64 %1309, i64 %1315)
  %1317 = select i1 %1306, i64 %1316, i64 %1309
  store i64 %1317, i64* %lowEnd, align 8
  %1318 = add i64 %1283, 64
  %1319 = sub i64 %1283, %scratch_start
  %1320 = lshr i64 %1319, 4
  %1321 = add i64 %1318, %1320
  %1322 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1321)
  %1323 = call i64 @llvm.umax.i64(i64 %1310, i64 %1322)
  %1324 = select i1 %1306, i64 %1310, i64 %1323
  store i64 %1324, i64* %highEnd, align 8
  store i64 %1308, i64* %lowStart, align 8
  br label %write.ok202

ok205:                                            ; preds = %write.ok202
  %1325 = extractvalue { i64, i1 } %1304, 0
  %1326 = load i64, i64* %tax_cents, align 8
  %1327 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %1325, i64 %1326)
  %1328 = extractvalue { i64, i1 } %1327, 1
  br i1 %1328, label %trap2.site30, label %ok206

trap2.site31:                                     ; preds = %write.ok202
  %1329 = load i64, i64* %lowStart, align 8
  %1330 = getelementptr i64, i64* %regs, i64 6
  store i64 %1329, i64* %1330, align 8
  %1331 = load i64, i64* %lowEnd, align 8
  %1332 = getelementptr i64, i64* %regs, i64 7
  store i64 %1331, i64* %1332, align 8
  %1333 = load i64, i64* %highEnd, align 8
  %1334 = getelementptr i64, i64* %regs, i64 8
  store i64 %1333, i64* %1334, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 31)
  unreachable

ok206:                                            ; preds = %ok205
  %1335 = extractvalue { i64, i1 } %1327, 0
  store i64 %1335, i64* %total_cents, align 8
  %1336 = load i32, i32* %dict, align 4
  %1337 = load i64, i64* %total_cents, align 8
  %1338 = zext i32 %1336 to i64
  %1339 = add i64 %1338, 56
  %1340 = add i64 %1339, 8
  %1341 = icmp uge i64 %1339, %scratch_start
  %1342 = load i64, i64* %highEnd, align 8
  %1343 = icmp ule i64 %1340, %1342
  %1344 = and i1 %1341, %1343
  br i1 %1344, label %write.ok209, label %write.low207

trap2.site30:                                     ; preds = %ok205
  %1345 = load i64, i64* %lowStart, align 8
  %1346 = getelementptr i64, i64* %regs, i64 6
  store i64 %1345, i64* %1346, align 8
  %1347 = load i64, i64* %lowEnd, align 8
  %1348 = getelementptr i64, i64* %regs, i64 7
  store i64 %1347, i64* %1348, align 8
  %1349 = load i64, i64* %highEnd, align 8
  %1350 = getelementptr i64, i64* %regs, i64 8
  store i64 %1349, i64* %1350, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 30)
  unreachable

write.low207:                                     ; preds = %ok206
  %1351 = load i64, i64* %lowStart, align 8
  %1352 = icmp uge i64 %1339, %1351
  %1353 = load i64, i64* %lowEnd, align 8
  %1354 = icmp ule i64 %1340, %1353
  %1355 = and i1 %1352, %1354
  br i1 %1355, label %write.ok209, label %write.slow208

write.slow208:                                    ; preds = %write.low207
  %1356 = icmp ugt i64 %1340, %arena_size
  br i1 %1356, label %trap17.site0, label %ok210

write.ok209:                                      ; preds = %ok210, %write.low207, %ok206
  %1357 = getelementptr i8, i8* %mem, i64 %1339
  store i64 %1337, i64* %unaligned211, align 8
  %1358 = bitcast i64* %unaligned211 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1357, i8* %1358, i64 8, i1 false)
  %1359 = load i64, i64* %item_count, align 8
  store i64 %1359, i64* %part, align 8
  %1360 = load i32, i32* %country, align 4
  store i32 %1360, i32* %part.1, align 4
  %1361 = load i64, i64* %total_cents, align 8
  %1362 = icmp uge i32 %depth, 1000
  br i1 %1362, label %trap15.site32, label %ok213

ok210:                                            ; preds = %write.slow208
  %1363 = icmp ult i64 %1339, %scratch_start
  %1364 = load i64, i64* %lowStart, align 8
  %1365 = call i64 @llvm.umin.i64(i64 %1364, i64 %1339)
  %1366 = load i64, i64* %lowEnd, align 8
  %1367 = load i64, i64* %highEnd, align 8
  %1368 = add i64 %1340, 64
  %1369 = sub i64 %1340, %1365
  %1370 = lshr i64 %1369, 4
  %1371 = add i64 %1368, %1370
  %1372 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1371)
  %1373 = call i64 @llvm.umax.i64(i64 %1366, i64 %1372)
  %1374 = select i1 %1363, i64 %1373, i64 %1366
  store i64 %1374, i64* %lowEnd, align 8
  %1375 = add i64 %1340, 64
  %1376 = sub i64 %1340, %scratch_start
  %1377 = lshr i64 %1376, 4
  %1378 = add i64 %1375, %1377
  %1379 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1378)
  %1380 = call i64 @llvm.umax.i64(i64 %1367, i64 %1379)
  %1381 = select i1 %1363, i64 %1367, i64 %1380
  store i64 %1381, i64* %highEnd, align 8
  store i64 %1365, i64* %lowStart, align 8
  br label %write.ok209

e71:                                              ; preds = %ok283
  %1382 = load i32, i32* %result212, align 4
  store i32 %1382, i32* %summary, align 4
  %1383 = load i32, i32* %dict, align 4
  %1384 = load i32, i32* %summary, align 4
  %1385 = zext i32 %1383 to i64
  %1386 = add i64 %1385, 64
  %1387 = add i64 %1386, 4
  %1388 = icmp uge i64 %1386, %scratch_start
  %1389 = load i64, i64* %highEnd, align 8
  %1390 = icmp ule i64 %1387, %1389
  %1391 = and i1 %1388, %1390
  br i1 %1391, label %write.ok286, label %write.low284

ok213:                                            ; preds = %write.ok209
  %1392 = icmp ult i64 %10, %stack_limit
  br i1 %1392, label %trap253.site0, label %stack_ok214

trap15.site32:                                    ; preds = %write.ok209
  %1393 = load i64, i64* %lowStart, align 8
  %1394 = getelementptr i64, i64* %regs, i64 6
  store i64 %1393, i64* %1394, align 8
  %1395 = load i64, i64* %lowEnd, align 8
  %1396 = getelementptr i64, i64* %regs, i64 7
  store i64 %1395, i64* %1396, align 8
  %1397 = load i64, i64* %highEnd, align 8
  %1398 = getelementptr i64, i64* %regs, i64 8
  store i64 %1397, i64* %1398, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 32)
  unreachable

stack_ok214:                                      ; preds = %ok213
  %1399 = load i64, i64* %fuel, align 8
  %1400 = getelementptr i64, i64* %regs, i64 0
  store i64 %1399, i64* %1400, align 8
  %1401 = load i64, i64* %lowStart, align 8
  %1402 = getelementptr i64, i64* %regs, i64 6
  store i64 %1401, i64* %1402, align 8
  %1403 = load i64, i64* %lowEnd, align 8
  %1404 = getelementptr i64, i64* %regs, i64 7
  store i64 %1403, i64* %1404, align 8
  %1405 = load i64, i64* %highEnd, align 8
  %1406 = getelementptr i64, i64* %regs, i64 8
  store i64 %1405, i64* %1406, align 8
  %1407 = add i32 %depth, 1
  %1408 = call i32 @m0.fn.money(i64* %regs, i8* %mem, i32 %1407, i32 0, i64 %1361)
  %1409 = getelementptr i64, i64* %regs, i64 0
  %1410 = load i64, i64* %1409, align 8
  store i64 %1410, i64* %fuel, align 8
  %1411 = getelementptr i64, i64* %regs, i64 6
  %1412 = load i64, i64* %1411, align 8
  store i64 %1412, i64* %lowStart, align 8
  %1413 = getelementptr i64, i64* %regs, i64 7
  %1414 = load i64, i64* %1413, align 8
  store i64 %1414, i64* %lowEnd, align 8
  %1415 = getelementptr i64, i64* %regs, i64 8
  %1416 = load i64, i64* %1415, align 8
  store i64 %1416, i64* %highEnd, align 8
  store i32 %1408, i32* %part.2, align 4
  %1417 = load i64, i64* %discount_pct.1, align 8
  store i64 %1417, i64* %part.3, align 8
  %1418 = getelementptr i64, i64* %regs, i64 1
  %1419 = load i64, i64* %1418, align 8
  %1420 = trunc i64 %1419 to i32
  %1421 = add i32 %1420, 3
  %1422 = and i32 %1421, -4
  store i32 %1422, i32* %text, align 4
  %1423 = load i32, i32* %text, align 4
  %1424 = add i32 %1423, 4
  store i32 %1424, i32* %cur, align 4
  %1425 = load i32, i32* %cur, align 4
  %1426 = add i32 %1425, 20
  %1427 = getelementptr i64, i64* %regs, i64 2
  %1428 = load i64, i64* %1427, align 8
  %1429 = trunc i64 %1428 to i32
  %1430 = icmp ugt i32 %1426, %1429
  %1431 = zext i1 %1430 to i32
  %1432 = icmp ne i32 %1431, 0
  br i1 %1432, label %then215, label %else216

then215:                                          ; preds = %stack_ok214
  br label %trap15.site33

else216:                                          ; preds = %stack_ok214
  br label %join217

join217:                                          ; preds = %else216, %dead218
  %1433 = load i32, i32* %cur, align 4
  %1434 = load i64, i64* %part, align 8
  %1435 = load i32, i32* %cur, align 4
  %1436 = icmp uge i32 %depth, 1000
  br i1 %1436, label %trap15.site33, label %ok219

trap15.site33:                                    ; preds = %write.ok280, %then264, %write.ok259, %then253, %then239, %then223, %join217, %then215
  %1437 = load i64, i64* %lowStart, align 8
  %1438 = getelementptr i64, i64* %regs, i64 6
  store i64 %1437, i64* %1438, align 8
  %1439 = load i64, i64* %lowEnd, align 8
  %1440 = getelementptr i64, i64* %regs, i64 7
  store i64 %1439, i64* %1440, align 8
  %1441 = load i64, i64* %highEnd, align 8
  %1442 = getelementptr i64, i64* %regs, i64 8
  store i64 %1441, i64* %1442, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 33)
  unreachable

dead218:                                          ; No predecessors!
  br label %join217

ok219:                                            ; preds = %join217
  %1443 = icmp ult i64 %10, %stack_limit
  br i1 %1443, label %trap253.site0, label %stack_ok220

stack_ok220:                                      ; preds = %ok219
  %1444 = load i64, i64* %fuel, align 8
  %1445 = getelementptr i64, i64* %regs, i64 0
  store i64 %1444, i64* %1445, align 8
  %1446 = load i64, i64* %lowStart, align 8
  %1447 = getelementptr i64, i64* %regs, i64 6
  store i64 %1446, i64* %1447, align 8
  %1448 = load i64, i64* %lowEnd, align 8
  %1449 = getelementptr i64, i64* %regs, i64 7
  store i64 %1448, i64* %1449, align 8
  %1450 = load i64, i64* %highEnd, align 8
  %1451 = getelementptr i64, i64* %regs, i64 8
  store i64 %1450, i64* %1451, align 8
  %1452 = add i32 %depth, 1
  %1453 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1452, i64 %1434, i32 %1435)
  %1454 = getelementptr i64, i64* %regs, i64 0
  %1455 = load i64, i64* %1454, align 8
  store i64 %1455, i64* %fuel, align 8
  %1456 = getelementptr i64, i64* %regs, i64 6
  %1457 = load i64, i64* %1456, align 8
  store i64 %1457, i64* %lowStart, align 8
  %1458 = getelementptr i64, i64* %regs, i64 7
  %1459 = load i64, i64* %1458, align 8
  store i64 %1459, i64* %lowEnd, align 8
  %1460 = getelementptr i64, i64* %regs, i64 8
  %1461 = load i64, i64* %1460, align 8
  store i64 %1461, i64* %highEnd, align 8
  %1462 = add i32 %1433, %1453
  store i32 %1462, i32* %cur, align 4
  %1463 = load i32, i32* %part.1, align 4
  store i32 %1463, i32* %s, align 4
  %1464 = load i32, i32* %s, align 4
  %1465 = zext i32 %1464 to i64
  %1466 = add i64 %1465, 4
  %1467 = icmp ugt i64 %1466, %arena_size
  br i1 %1467, label %trap17.site0, label %ok221

ok221:                                            ; preds = %stack_ok220
  %1468 = getelementptr i8, i8* %mem, i64 %1465
  %1469 = bitcast i32* %unaligned222 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1469, i8* %1468, i64 4, i1 false)
  %1470 = load i32, i32* %unaligned222, align 4
  store i32 %1470, i32* %slen, align 4
  %1471 = load i32, i32* %cur, align 4
  %1472 = load i32, i32* %slen, align 4
  %1473 = add i32 10, %1472
  %1474 = add i32 %1471, %1473
  %1475 = getelementptr i64, i64* %regs, i64 2
  %1476 = load i64, i64* %1475, align 8
  %1477 = trunc i64 %1476 to i32
  %1478 = icmp ugt i32 %1474, %1477
  %1479 = zext i1 %1478 to i32
  %1480 = icmp ne i32 %1479, 0
  br i1 %1480, label %then223, label %else224

then223:                                          ; preds = %ok221
  br label %trap15.site33

else224:                                          ; preds = %ok221
  br label %join225

join225:                                          ; preds = %else224, %dead226
  %1481 = load i32, i32* %cur, align 4
  %1482 = add i32 %1481, 0
  %1483 = icmp ugt i64 11110, %arena_size
  br i1 %1483, label %trap17.site33, label %ok227

dead226:                                          ; No predecessors!
  br label %join225

ok227:                                            ; preds = %join225
  %1484 = zext i32 %1482 to i64
  %1485 = add i64 %1484, 10
  %1486 = icmp uge i64 %1484, %scratch_start
  %1487 = load i64, i64* %highEnd, align 8
  %1488 = icmp ule i64 %1485, %1487
  %1489 = and i1 %1486, %1488
  br i1 %1489, label %write.ok230, label %write.low228

trap17.site33:                                    ; preds = %write.slow250, %write.ok245, %write.slow234, %write.ok230, %write.slow229, %join225
  %1490 = load i64, i64* %lowStart, align 8
  %1491 = getelementptr i64, i64* %regs, i64 6
  store i64 %1490, i64* %1491, align 8
  %1492 = load i64, i64* %lowEnd, align 8
  %1493 = getelementptr i64, i64* %regs, i64 7
  store i64 %1492, i64* %1493, align 8
  %1494 = load i64, i64* %highEnd, align 8
  %1495 = getelementptr i64, i64* %regs, i64 8
  store i64 %1494, i64* %1495, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 33)
  unreachable

write.low228:                                     ; preds = %ok227
  %1496 = load i64, i64* %lowStart, align 8
  %1497 = icmp uge i64 %1484, %1496
  %1498 = load i64, i64* %lowEnd, align 8
  %1499 = icmp ule i64 %1485, %1498
  %1500 = and i1 %1497, %1499
  br i1 %1500, label %write.ok230, label %write.slow229

write.slow229:                                    ; preds = %write.low228
  %1501 = icmp ugt i64 %1485, %arena_size
  br i1 %1501, label %trap17.site33, label %ok231

write.ok230:                                      ; preds = %ok231, %write.low228, %ok227
  %1502 = getelementptr i8, i8* %mem, i64 %1484
  %1503 = getelementptr i8, i8* %mem, i64 11100
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1502, i8* %1503, i64 10, i1 false)
  %1504 = load i32, i32* %cur, align 4
  %1505 = add i32 %1504, 10
  store i32 %1505, i32* %cur, align 4
  %1506 = load i32, i32* %cur, align 4
  %1507 = load i32, i32* %s, align 4
  %1508 = add i32 %1507, 4
  %1509 = load i32, i32* %slen, align 4
  %1510 = zext i32 %1509 to i64
  %1511 = zext i32 %1508 to i64
  %1512 = add i64 %1511, %1510
  %1513 = icmp ugt i64 %1512, %arena_size
  br i1 %1513, label %trap17.site33, label %ok232

ok231:                                            ; preds = %write.slow229
  %1514 = icmp ult i64 %1484, %scratch_start
  %1515 = load i64, i64* %lowStart, align 8
  %1516 = call i64 @llvm.umin.i64(i64 %1515, i64 %1484)
  %1517 = load i64, i64* %lowEnd, align 8
  %1518 = load i64, i64* %highEnd, align 8
  %1519 = add i64 %1485, 64
  %1520 = sub i64 %1485, %1516
  %1521 = lshr i64 %1520, 4
  %1522 = add i64 %1519, %1521
  %1523 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1522)
  %1524 = call i64 @llvm.umax.i64(i64 %1517, i64 %1523)
  %1525 = select i1 %1514, i64 %1524, i64 %1517
  store i64 %1525, i64* %lowEnd, align 8
  %1526 = add i64 %1485, 64
  %1527 = sub i64 %1485, %scratch_start
  %1528 = lshr i64 %1527, 4
  %1529 = add i64 %1526, %1528
  %1530 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1529)
  %1531 = call i64 @llvm.umax.i64(i64 %1518, i64 %1530)
  %1532 = select i1 %1514, i64 %1518, i64 %1531
  store i64 %1532, i64* %highEnd, align 8
  store i64 %1516, i64* %lowStart, align 8
  br label %write.ok230

ok232:                                            ; preds = %write.ok230
  %1533 = zext i32 %1506 to i64
  %1534 = add i64 %1533, %1510
  %1535 = icmp uge i64 %1533, %scratch_start
  %1536 = load i64, i64* %highEnd, align 8
  %1537 = icmp ule i64 %1534, %1536
  %1538 = and i1 %1535, %1537
  br i1 %1538, label %write.ok235, label %write.low233

write.low233:                                     ; preds = %ok232
  %1539 = load i64, i64* %lowStart, align 8
  %1540 = icmp uge i64 %1533, %1539
  %1541 = load i64, i64* %lowEnd, align 8
  %1542 = icmp ule i64 %1534, %1541
  %1543 = and i1 %1540, %1542
  br i1 %1543, label %write.ok235, label %write.slow234

write.slow234:                                    ; preds = %write.low233
  %1544 = icmp ugt i64 %1534, %arena_size
  br i1 %1544, label %trap17.site33, label %ok236

write.ok235:                                      ; preds = %ok236, %write.low233, %ok232
  %1545 = getelementptr i8, i8* %mem, i64 %1533
  %1546 = getelementptr i8, i8* %mem, i64 %1511
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1545, i8* %1546, i64 %1510, i1 false)
  %1547 = load i32, i32* %cur, align 4
  %1548 = load i32, i32* %slen, align 4
  %1549 = add i32 %1547, %1548
  store i32 %1549, i32* %cur, align 4
  %1550 = load i32, i32* %part.2, align 4
  store i32 %1550, i32* %s.1, align 4
  %1551 = load i32, i32* %s.1, align 4
  %1552 = zext i32 %1551 to i64
  %1553 = add i64 %1552, 4
  %1554 = icmp ugt i64 %1553, %arena_size
  br i1 %1554, label %trap17.site0, label %ok237

ok236:                                            ; preds = %write.slow234
  %1555 = icmp ult i64 %1533, %scratch_start
  %1556 = load i64, i64* %lowStart, align 8
  %1557 = call i64 @llvm.umin.i64(i64 %1556, i64 %1533)
  %1558 = load i64, i64* %lowEnd, align 8
  %1559 = load i64, i64* %highEnd, align 8
  %1560 = add i64 %1534, 64
  %1561 = sub i64 %1534, %1557
  %1562 = lshr i64 %1561, 4
  %1563 = add i64 %1560, %1562
  %1564 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1563)
  %1565 = call i64 @llvm.umax.i64(i64 %1558, i64 %1564)
  %1566 = select i1 %1555, i64 %1565, i64 %1558
  store i64 %1566, i64* %lowEnd, align 8
  %1567 = add i64 %1534, 64
  %1568 = sub i64 %1534, %scratch_start
  %1569 = lshr i64 %1568, 4
  %1570 = add i64 %1567, %1569
  %1571 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1570)
  %1572 = call i64 @llvm.umax.i64(i64 %1559, i64 %1571)
  %1573 = select i1 %1555, i64 %1559, i64 %1572
  store i64 %1573, i64* %highEnd, align 8
  store i64 %1557, i64* %lowStart, align 8
  br label %write.ok235

ok237:                                            ; preds = %write.ok235
  %1574 = getelementptr i8, i8* %mem, i64 %1552
  %1575 = bitcast i32* %unaligned238 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1575, i8* %1574, i64 4, i1 false)
  %1576 = load i32, i32* %unaligned238, align 4
  store i32 %1576, i32* %slen.1, align 4
  %1577 = load i32, i32* %cur, align 4
  %1578 = load i32, i32* %slen.1, align 4
  %1579 = add i32 2, %1578
  %1580 = add i32 %1577, %1579
  %1581 = getelementptr i64, i64* %regs, i64 2
  %1582 = load i64, i64* %1581, align 8
  %1583 = trunc i64 %1582 to i32
  %1584 = icmp ugt i32 %1580, %1583
  %1585 = zext i1 %1584 to i32
  %1586 = icmp ne i32 %1585, 0
  br i1 %1586, label %then239, label %else240

then239:                                          ; preds = %ok237
  br label %trap15.site33

else240:                                          ; preds = %ok237
  br label %join241

join241:                                          ; preds = %else240, %dead242
  %1587 = load i32, i32* %cur, align 4
  %1588 = zext i32 %1587 to i64
  %1589 = add i64 %1588, 2
  %1590 = icmp uge i64 %1588, %scratch_start
  %1591 = load i64, i64* %highEnd, align 8
  %1592 = icmp ule i64 %1589, %1591
  %1593 = and i1 %1590, %1592
  br i1 %1593, label %write.ok245, label %write.low243

dead242:                                          ; No predecessors!
  br label %join241

write.low243:                                     ; preds = %join241
  %1594 = load i64, i64* %lowStart, align 8
  %1595 = icmp uge i64 %1588, %1594
  %1596 = load i64, i64* %lowEnd, align 8
  %1597 = icmp ule i64 %1589, %1596
  %1598 = and i1 %1595, %1597
  br i1 %1598, label %write.ok245, label %write.slow244

write.slow244:                                    ; preds = %write.low243
  %1599 = icmp ugt i64 %1589, %arena_size
  br i1 %1599, label %trap17.site0, label %ok246

write.ok245:                                      ; preds = %ok246, %write.low243, %join241
  %1600 = getelementptr i8, i8* %mem, i64 %1588
  store i16 8250, i16* %unaligned247, align 2
  %1601 = bitcast i16* %unaligned247 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1600, i8* %1601, i64 2, i1 false)
  %1602 = load i32, i32* %cur, align 4
  %1603 = add i32 %1602, 2
  store i32 %1603, i32* %cur, align 4
  %1604 = load i32, i32* %cur, align 4
  %1605 = load i32, i32* %s.1, align 4
  %1606 = add i32 %1605, 4
  %1607 = load i32, i32* %slen.1, align 4
  %1608 = zext i32 %1607 to i64
  %1609 = zext i32 %1606 to i64
  %1610 = add i64 %1609, %1608
  %1611 = icmp ugt i64 %1610, %arena_size
  br i1 %1611, label %trap17.site33, label %ok248

ok246:                                            ; preds = %write.slow244
  %1612 = icmp ult i64 %1588, %scratch_start
  %1613 = load i64, i64* %lowStart, align 8
  %1614 = call i64 @llvm.umin.i64(i64 %1613, i64 %1588)
  %1615 = load i64, i64* %lowEnd, align 8
  %1616 = load i64, i64* %highEnd, align 8
  %1617 = add i64 %1589, 64
  %1618 = sub i64 %1589, %1614
  %1619 = lshr i64 %1618, 4
  %1620 = add i64 %1617, %1619
  %1621 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1620)
  %1622 = call i64 @llvm.umax.i64(i64 %1615, i64 %1621)
  %1623 = select i1 %1612, i64 %1622, i64 %1615
  store i64 %1623, i64* %lowEnd, align 8
  %1624 = add i64 %1589, 64
  %1625 = sub i64 %1589, %scratch_start
  %1626 = lshr i64 %1625, 4
  %1627 = add i64 %1624, %1626
  %1628 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1627)
  %1629 = call i64 @llvm.umax.i64(i64 %1616, i64 %1628)
  %1630 = select i1 %1612, i64 %1616, i64 %1629
  store i64 %1630, i64* %highEnd, align 8
  store i64 %1614, i64* %lowStart, align 8
  br label %write.ok245

ok248:                                            ; preds = %write.ok245
  %1631 = zext i32 %1604 to i64
  %1632 = add i64 %1631, %1608
  %1633 = icmp uge i64 %1631, %scratch_start
  %1634 = load i64, i64* %highEnd, align 8
  %1635 = icmp ule i64 %1632, %1634
  %1636 = and i1 %1633, %1635
  br i1 %1636, label %write.ok251, label %write.low249

write.low249:                                     ; preds = %ok248
  %1637 = load i64, i64* %lowStart, align 8
  %1638 = icmp uge i64 %1631, %1637
  %1639 = load i64, i64* %lowEnd, align 8
  %1640 = icmp ule i64 %1632, %1639
  %1641 = and i1 %1638, %1640
  br i1 %1641, label %write.ok251, label %write.slow250

write.slow250:                                    ; preds = %write.low249
  %1642 = icmp ugt i64 %1632, %arena_size
  br i1 %1642, label %trap17.site33, label %ok252

write.ok251:                                      ; preds = %ok252, %write.low249, %ok248
  %1643 = getelementptr i8, i8* %mem, i64 %1631
  %1644 = getelementptr i8, i8* %mem, i64 %1609
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1643, i8* %1644, i64 %1608, i1 false)
  %1645 = load i32, i32* %cur, align 4
  %1646 = load i32, i32* %slen.1, align 4
  %1647 = add i32 %1645, %1646
  store i32 %1647, i32* %cur, align 4
  %1648 = load i32, i32* %cur, align 4
  %1649 = add i32 %1648, 22
  %1650 = getelementptr i64, i64* %regs, i64 2
  %1651 = load i64, i64* %1650, align 8
  %1652 = trunc i64 %1651 to i32
  %1653 = icmp ugt i32 %1649, %1652
  %1654 = zext i1 %1653 to i32
  %1655 = icmp ne i32 %1654, 0
  br i1 %1655, label %then253, label %else254

ok252:                                            ; preds = %write.slow250
  %1656 = icmp ult i64 %1631, %scratch_start
  %1657 = load i64, i64* %lowStart, align 8
  %1658 = call i64 @llvm.umin.i64(i64 %1657, i64 %1631)
  %1659 = load i64, i64* %lowEnd, align 8
  %1660 = load i64, i64* %highEnd, align 8
  %1661 = add i64 %1632, 64
  %1662 = sub i64 %1632, %1658
  %1663 = lshr i64 %1662, 4
  %1664 = add i64 %1661, %1663
  %1665 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1664)
  %1666 = call i64 @llvm.umax.i64(i64 %1659, i64 %1665)
  %1667 = select i1 %1656, i64 %1666, i64 %1659
  store i64 %1667, i64* %lowEnd, align 8
  %1668 = add i64 %1632, 64
  %1669 = sub i64 %1632, %scratch_start
  %1670 = lshr i64 %1669, 4
  %1671 = add i64 %1668, %1670
  %1672 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1671)
  %1673 = call i64 @llvm.umax.i64(i64 %1660, i64 %1672)
  %1674 = select i1 %1656, i64 %1660, i64 %1673
  store i64 %1674, i64* %highEnd, align 8
  store i64 %1658, i64* %lowStart, align 8
  br label %write.ok251

then253:                                          ; preds = %write.ok251
  br label %trap15.site33

else254:                                          ; preds = %write.ok251
  br label %join255

join255:                                          ; preds = %else254, %dead256
  %1675 = load i32, i32* %cur, align 4
  %1676 = zext i32 %1675 to i64
  %1677 = add i64 %1676, 2
  %1678 = icmp uge i64 %1676, %scratch_start
  %1679 = load i64, i64* %highEnd, align 8
  %1680 = icmp ule i64 %1677, %1679
  %1681 = and i1 %1678, %1680
  br i1 %1681, label %write.ok259, label %write.low257

dead256:                                          ; No predecessors!
  br label %join255

write.low257:                                     ; preds = %join255
  %1682 = load i64, i64* %lowStart, align 8
  %1683 = icmp uge i64 %1676, %1682
  %1684 = load i64, i64* %lowEnd, align 8
  %1685 = icmp ule i64 %1677, %1684
  %1686 = and i1 %1683, %1685
  br i1 %1686, label %write.ok259, label %write.slow258

write.slow258:                                    ; preds = %write.low257
  %1687 = icmp ugt i64 %1677, %arena_size
  br i1 %1687, label %trap17.site0, label %ok260

write.ok259:                                      ; preds = %ok260, %write.low257, %join255
  %1688 = getelementptr i8, i8* %mem, i64 %1676
  store i16 10272, i16* %unaligned261, align 2
  %1689 = bitcast i16* %unaligned261 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1688, i8* %1689, i64 2, i1 false)
  %1690 = load i32, i32* %cur, align 4
  %1691 = add i32 %1690, 2
  store i32 %1691, i32* %cur, align 4
  %1692 = load i32, i32* %cur, align 4
  %1693 = load i64, i64* %part.3, align 8
  %1694 = load i32, i32* %cur, align 4
  %1695 = icmp uge i32 %depth, 1000
  br i1 %1695, label %trap15.site33, label %ok262

ok260:                                            ; preds = %write.slow258
  %1696 = icmp ult i64 %1676, %scratch_start
  %1697 = load i64, i64* %lowStart, align 8
  %1698 = call i64 @llvm.umin.i64(i64 %1697, i64 %1676)
  %1699 = load i64, i64* %lowEnd, align 8
  %1700 = load i64, i64* %highEnd, align 8
  %1701 = add i64 %1677, 64
  %1702 = sub i64 %1677, %1698
  %1703 = lshr i64 %1702, 4
  %1704 = add i64 %1701, %1703
  %1705 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1704)
  %1706 = call i64 @llvm.umax.i64(i64 %1699, i64 %1705)
  %1707 = select i1 %1696, i64 %1706, i64 %1699
  store i64 %1707, i64* %lowEnd, align 8
  %1708 = add i64 %1677, 64
  %1709 = sub i64 %1677, %scratch_start
  %1710 = lshr i64 %1709, 4
  %1711 = add i64 %1708, %1710
  %1712 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1711)
  %1713 = call i64 @llvm.umax.i64(i64 %1700, i64 %1712)
  %1714 = select i1 %1696, i64 %1700, i64 %1713
  store i64 %1714, i64* %highEnd, align 8
  store i64 %1698, i64* %lowStart, align 8
  br label %write.ok259

ok262:                                            ; preds = %write.ok259
  %1715 = icmp ult i64 %10, %stack_limit
  br i1 %1715, label %trap253.site0, label %stack_ok263

stack_ok263:                                      ; preds = %ok262
  %1716 = load i64, i64* %fuel, align 8
  %1717 = getelementptr i64, i64* %regs, i64 0
  store i64 %1716, i64* %1717, align 8
  %1718 = load i64, i64* %lowStart, align 8
  %1719 = getelementptr i64, i64* %regs, i64 6
  store i64 %1718, i64* %1719, align 8
  %1720 = load i64, i64* %lowEnd, align 8
  %1721 = getelementptr i64, i64* %regs, i64 7
  store i64 %1720, i64* %1721, align 8
  %1722 = load i64, i64* %highEnd, align 8
  %1723 = getelementptr i64, i64* %regs, i64 8
  store i64 %1722, i64* %1723, align 8
  %1724 = add i32 %depth, 1
  %1725 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1724, i64 %1693, i32 %1694)
  %1726 = getelementptr i64, i64* %regs, i64 0
  %1727 = load i64, i64* %1726, align 8
  store i64 %1727, i64* %fuel, align 8
  %1728 = getelementptr i64, i64* %regs, i64 6
  %1729 = load i64, i64* %1728, align 8
  store i64 %1729, i64* %lowStart, align 8
  %1730 = getelementptr i64, i64* %regs, i64 7
  %1731 = load i64, i64* %1730, align 8
  store i64 %1731, i64* %lowEnd, align 8
  %1732 = getelementptr i64, i64* %regs, i64 8
  %1733 = load i64, i64* %1732, align 8
  store i64 %1733, i64* %highEnd, align 8
  %1734 = add i32 %1692, %1725
  store i32 %1734, i32* %cur, align 4
  %1735 = load i32, i32* %cur, align 4
  %1736 = add i32 %1735, 6
  %1737 = getelementptr i64, i64* %regs, i64 2
  %1738 = load i64, i64* %1737, align 8
  %1739 = trunc i64 %1738 to i32
  %1740 = icmp ugt i32 %1736, %1739
  %1741 = zext i1 %1740 to i32
  %1742 = icmp ne i32 %1741, 0
  br i1 %1742, label %then264, label %else265

then264:                                          ; preds = %stack_ok263
  br label %trap15.site33

else265:                                          ; preds = %stack_ok263
  br label %join266

join266:                                          ; preds = %else265, %dead267
  %1743 = load i32, i32* %cur, align 4
  %1744 = zext i32 %1743 to i64
  %1745 = add i64 %1744, 4
  %1746 = icmp uge i64 %1744, %scratch_start
  %1747 = load i64, i64* %highEnd, align 8
  %1748 = icmp ule i64 %1745, %1747
  %1749 = and i1 %1746, %1748
  br i1 %1749, label %write.ok270, label %write.low268

dead267:                                          ; No predecessors!
  br label %join266

write.low268:                                     ; preds = %join266
  %1750 = load i64, i64* %lowStart, align 8
  %1751 = icmp uge i64 %1744, %1750
  %1752 = load i64, i64* %lowEnd, align 8
  %1753 = icmp ule i64 %1745, %1752
  %1754 = and i1 %1751, %1753
  br i1 %1754, label %write.ok270, label %write.slow269

write.slow269:                                    ; preds = %write.low268
  %1755 = icmp ugt i64 %1745, %arena_size
  br i1 %1755, label %trap17.site0, label %ok271

write.ok270:                                      ; preds = %ok271, %write.low268, %join266
  %1756 = getelementptr i8, i8* %mem, i64 %1744
  store i32 1718558757, i32* %unaligned272, align 4
  %1757 = bitcast i32* %unaligned272 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1756, i8* %1757, i64 4, i1 false)
  %1758 = load i32, i32* %cur, align 4
  %1759 = zext i32 %1758 to i64
  %1760 = add i64 %1759, 4
  %1761 = add i64 %1760, 2
  %1762 = icmp uge i64 %1760, %scratch_start
  %1763 = load i64, i64* %highEnd, align 8
  %1764 = icmp ule i64 %1761, %1763
  %1765 = and i1 %1762, %1764
  br i1 %1765, label %write.ok275, label %write.low273

ok271:                                            ; preds = %write.slow269
  %1766 = icmp ult i64 %1744, %scratch_start
  %1767 = load i64, i64* %lowStart, align 8
  %1768 = call i64 @llvm.umin.i64(i64 %1767, i64 %1744)
  %1769 = load i64, i64* %lowEnd, align 8
  %1770 = load i64, i64* %highEnd, align 8
  %1771 = add i64 %1745, 64
  %1772 = sub i64 %1745, %1768
  %1773 = lshr i64 %1772, 4
  %1774 = add i64 %1771, %1773
  %1775 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1774)
  %1776 = call i64 @llvm.umax.i64(i64 %1769, i64 %1775)
  %1777 = select i1 %1766, i64 %1776, i64 %1769
  store i64 %1777, i64* %lowEnd, align 8
  %1778 = add i64 %1745, 64
  %1779 = sub i64 %1745, %scratch_start
  %1780 = lshr i64 %1779, 4
  %1781 = add i64 %1778, %1780
  %1782 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1781)
  %1783 = call i64 @llvm.umax.i64(i64 %1770, i64 %1782)
  %1784 = select i1 %1766, i64 %1770, i64 %1783
  store i64 %1784, i64* %highEnd, align 8
  store i64 %1768, i64* %lowStart, align 8
  br label %write.ok270

write.low273:                                     ; preds = %write.ok270
  %1785 = load i64, i64* %lowStart, align 8
  %1786 = icmp uge i64 %1760, %1785
  %1787 = load i64, i64* %lowEnd, align 8
  %1788 = icmp ule i64 %1761, %1787
  %1789 = and i1 %1786, %1788
  br i1 %1789, label %write.ok275, label %write.slow274

write.slow274:                                    ; preds = %write.low273
  %1790 = icmp ugt i64 %1761, %arena_size
  br i1 %1790, label %trap17.site0, label %ok276

write.ok275:                                      ; preds = %ok276, %write.low273, %write.ok270
  %1791 = getelementptr i8, i8* %mem, i64 %1760
  store i16 10598, i16* %unaligned277, align 2
  %1792 = bitcast i16* %unaligned277 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1791, i8* %1792, i64 2, i1 false)
  %1793 = load i32, i32* %cur, align 4
  %1794 = add i32 %1793, 6
  store i32 %1794, i32* %cur, align 4
  %1795 = load i32, i32* %cur, align 4
  %1796 = load i32, i32* %text, align 4
  %1797 = sub i32 %1795, %1796
  %1798 = sub i32 %1797, 4
  store i32 %1798, i32* %len.3, align 4
  %1799 = load i32, i32* %text, align 4
  %1800 = load i32, i32* %len.3, align 4
  %1801 = zext i32 %1799 to i64
  %1802 = add i64 %1801, 4
  %1803 = icmp uge i64 %1801, %scratch_start
  %1804 = load i64, i64* %highEnd, align 8
  %1805 = icmp ule i64 %1802, %1804
  %1806 = and i1 %1803, %1805
  br i1 %1806, label %write.ok280, label %write.low278

ok276:                                            ; preds = %write.slow274
  %1807 = icmp ult i64 %1760, %scratch_start
  %1808 = load i64, i64* %lowStart, align 8
  %1809 = call i64 @llvm.umin.i64(i64 %1808, i64 %1760)
  %1810 = load i64, i64* %lowEnd, align 8
  %1811 = load i64, i64* %highEnd, align 8
  %1812 = add i64 %1761, 64
  %1813 = sub i64 %1761, %1809
  %1814 = lshr i64 %1813, 4
  %1815 = add i64 %1812, %1814
  %1816 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1815)
  %1817 = call i64 @llvm.umax.i64(i64 %1810, i64 %1816)
  %1818 = select i1 %1807, i64 %1817, i64 %1810
  store i64 %1818, i64* %lowEnd, align 8
  %1819 = add i64 %1761, 64
  %1820 = sub i64 %1761, %scratch_start
  %1821 = lshr i64 %1820, 4
  %1822 = add i64 %1819, %1821
  %1823 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1822)
  %1824 = call i64 @llvm.umax.i64(i64 %1811, i64 %1823)
  %1825 = select i1 %1807, i64 %1811, i64 %1824
  store i64 %1825, i64* %highEnd, align 8
  store i64 %1809, i64* %lowStart, align 8
  br label %write.ok275

write.low278:                                     ; preds = %write.ok275
  %1826 = load i64, i64* %lowStart, align 8
  %1827 = icmp uge i64 %1801, %1826
  %1828 = load i64, i64* %lowEnd, align 8
  %1829 = icmp ule i64 %1802, %1828
  %1830 = and i1 %1827, %1829
  br i1 %1830, label %write.ok280, label %write.slow279

write.slow279:                                    ; preds = %write.low278
  %1831 = icmp ugt i64 %1802, %arena_size
  br i1 %1831, label %trap17.site0, label %ok281

write.ok280:                                      ; preds = %ok281, %write.low278, %write.ok275
  %1832 = getelementptr i8, i8* %mem, i64 %1801
  store i32 %1800, i32* %unaligned282, align 4
  %1833 = bitcast i32* %unaligned282 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1832, i8* %1833, i64 4, i1 false)
  %1834 = load i32, i32* %len.3, align 4
  %1835 = add i32 %1834, 4
  %1836 = zext i32 %1835 to i64
  %1837 = getelementptr i64, i64* %regs, i64 1
  %1838 = getelementptr i64, i64* %regs, i64 2
  %1839 = load i64, i64* %1837, align 8
  %1840 = add i64 %1839, 3
  %1841 = and i64 %1840, -4
  %1842 = add i64 %1841, %1836
  %1843 = load i64, i64* %1838, align 8
  %1844 = icmp ugt i64 %1842, %1843
  br i1 %1844, label %trap15.site33, label %ok283

ok281:                                            ; preds = %write.slow279
  %1845 = icmp ult i64 %1801, %scratch_start
  %1846 = load i64, i64* %lowStart, align 8
  %1847 = call i64 @llvm.umin.i64(i64 %1846, i64 %1801)
  %1848 = load i64, i64* %lowEnd, align 8
  %1849 = load i64, i64* %highEnd, align 8
  %1850 = add i64 %1802, 64
  %1851 = sub i64 %1802, %1847
  %1852 = lshr i64 %1851, 4
  %1853 = add i64 %1850, %1852
  %1854 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1853)
  %1855 = call i64 @llvm.umax.i64(i64 %1848, i64 %1854)
  %1856 = select i1 %1845, i64 %1855, i64 %1848
  store i64 %1856, i64* %lowEnd, align 8
  %1857 = add i64 %1802, 64
  %1858 = sub i64 %1802, %scratch_start
  %1859 = lshr i64 %1858, 4
  %1860 = add i64 %1857, %1859
  %1861 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1860)
  %1862 = call i64 @llvm.umax.i64(i64 %1849, i64 %1861)
  %1863 = select i1 %1845, i64 %1849, i64 %1862
  store i64 %1863, i64* %highEnd, align 8
  store i64 %1847, i64* %lowStart, align 8
  br label %write.ok280

ok283:                                            ; preds = %write.ok280
  store i64 %1842, i64* %1837, align 8
  %1864 = load i64, i64* %highEnd, align 8
  %1865 = call i64 @llvm.umax.i64(i64 %1864, i64 %1842)
  store i64 %1865, i64* %highEnd, align 8
  %1866 = trunc i64 %1841 to i32
  store i32 %1866, i32* %result212, align 4
  br label %e71

write.low284:                                     ; preds = %e71
  %1867 = load i64, i64* %lowStart, align 8
  %1868 = icmp uge i64 %1386, %1867
  %1869 = load i64, i64* %lowEnd, align 8
  %1870 = icmp ule i64 %1387, %1869
  %1871 = and i1 %1868, %1870
  br i1 %1871, label %write.ok286, label %write.slow285

write.slow285:                                    ; preds = %write.low284
  %1872 = icmp ugt i64 %1387, %arena_size
  br i1 %1872, label %trap17.site0, label %ok287

write.ok286:                                      ; preds = %ok287, %write.low284, %e71
  %1873 = getelementptr i8, i8* %mem, i64 %1386
  store i32 %1384, i32* %unaligned288, align 4
  %1874 = bitcast i32* %unaligned288 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1873, i8* %1874, i64 4, i1 false)
  %1875 = load i32, i32* %dict, align 4
  store i32 %1875, i32* %result7, align 4
  br label %e0

ok287:                                            ; preds = %write.slow285
  %1876 = icmp ult i64 %1386, %scratch_start
  %1877 = load i64, i64* %lowStart, align 8
  %1878 = call i64 @llvm.umin.i64(i64 %1877, i64 %1386)
  %1879 = load i64, i64* %lowEnd, align 8
  %1880 = load i64, i64* %highEnd, align 8
  %1881 = add i64 %1387, 64
  %1882 = sub i64 %1387, %1878
  %1883 = lshr i64 %1882, 4
  %1884 = add i64 %1881, %1883
  %1885 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1884)
  %1886 = call i64 @llvm.umax.i64(i64 %1879, i64 %1885)
  %1887 = select i1 %1876, i64 %1886, i64 %1879
  store i64 %1887, i64* %lowEnd, align 8
  %1888 = add i64 %1387, 64
  %1889 = sub i64 %1387, %scratch_start
  %1890 = lshr i64 %1889, 4
  %1891 = add i64 %1888, %1890
  %1892 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1891)
  %1893 = call i64 @llvm.umax.i64(i64 %1880, i64 %1892)
  %1894 = select i1 %1876, i64 %1880, i64 %1893
  store i64 %1894, i64* %highEnd, align 8
  store i64 %1878, i64* %lowStart, align 8
  br label %write.ok286

ok289:                                            ; preds = %e0
  %1895 = icmp ult i64 %10, %stack_limit
  br i1 %1895, label %trap253.site0, label %stack_ok290

stack_ok290:                                      ; preds = %ok289
  %1896 = load i64, i64* %fuel, align 8
  %1897 = getelementptr i64, i64* %regs, i64 0
  store i64 %1896, i64* %1897, align 8
  %1898 = load i64, i64* %lowStart, align 8
  %1899 = getelementptr i64, i64* %regs, i64 6
  store i64 %1898, i64* %1899, align 8
  %1900 = load i64, i64* %lowEnd, align 8
  %1901 = getelementptr i64, i64* %regs, i64 7
  store i64 %1900, i64* %1901, align 8
  %1902 = load i64, i64* %highEnd, align 8
  %1903 = getelementptr i64, i64* %regs, i64 8
  store i64 %1902, i64* %1903, align 8
  %1904 = add i32 %depth, 1
  %1905 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1904, i32 %97, i32 %98, i32 0)
  %1906 = getelementptr i64, i64* %regs, i64 0
  %1907 = load i64, i64* %1906, align 8
  store i64 %1907, i64* %fuel, align 8
  %1908 = getelementptr i64, i64* %regs, i64 6
  %1909 = load i64, i64* %1908, align 8
  store i64 %1909, i64* %lowStart, align 8
  %1910 = getelementptr i64, i64* %regs, i64 7
  %1911 = load i64, i64* %1910, align 8
  store i64 %1911, i64* %lowEnd, align 8
  %1912 = getelementptr i64, i64* %regs, i64 8
  %1913 = load i64, i64* %1912, align 8
  store i64 %1913, i64* %highEnd, align 8
  store i32 %1905, i32* %json_end, align 4
  %1914 = load i32, i32* %json_end, align 4
  %1915 = icmp eq i32 %1914, -2
  %1916 = zext i1 %1915 to i32
  %1917 = icmp ne i32 %1916, 0
  br i1 %1917, label %then291, label %else292

then291:                                          ; preds = %stack_ok290
  br label %trap16.site5

else292:                                          ; preds = %stack_ok290
  br label %join293

join293:                                          ; preds = %else292, %dead294
  %1918 = load i32, i32* %json_end, align 4
  %1919 = icmp eq i32 %1918, -1
  %1920 = zext i1 %1919 to i32
  %1921 = icmp ne i32 %1920, 0
  br i1 %1921, label %then295, label %else296

trap16.site5:                                     ; preds = %then291
  %1922 = load i64, i64* %lowStart, align 8
  %1923 = getelementptr i64, i64* %regs, i64 6
  store i64 %1922, i64* %1923, align 8
  %1924 = load i64, i64* %lowEnd, align 8
  %1925 = getelementptr i64, i64* %regs, i64 7
  store i64 %1924, i64* %1925, align 8
  %1926 = load i64, i64* %highEnd, align 8
  %1927 = getelementptr i64, i64* %regs, i64 8
  store i64 %1926, i64* %1927, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead294:                                          ; No predecessors!
  br label %join293

then295:                                          ; preds = %join293
  br label %trap15.site5

else296:                                          ; preds = %join293
  br label %join297

join297:                                          ; preds = %else296, %dead298
  %1928 = load i32, i32* %json_end, align 4
  %1929 = zext i32 %1928 to i64
  %1930 = getelementptr i64, i64* %regs, i64 3
  store i64 %1929, i64* %1930, align 8
  %1931 = load i32, i32* %json_end, align 4
  %1932 = load i32, i32* %json_start, align 4
  %1933 = sub i32 %1931, %1932
  %1934 = load i64, i64* %fuel, align 8
  %1935 = getelementptr i64, i64* %regs, i64 0
  store i64 %1934, i64* %1935, align 8
  %1936 = load i64, i64* %lowStart, align 8
  %1937 = getelementptr i64, i64* %regs, i64 6
  store i64 %1936, i64* %1937, align 8
  %1938 = load i64, i64* %lowEnd, align 8
  %1939 = getelementptr i64, i64* %regs, i64 7
  store i64 %1938, i64* %1939, align 8
  %1940 = load i64, i64* %highEnd, align 8
  %1941 = getelementptr i64, i64* %regs, i64 8
  store i64 %1940, i64* %1941, align 8
  ret i32 %1933

dead298:                                          ; No predecessors!
  br label %join297
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
  %11 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %11, align 8
  %result = alloca i32, align 4
  %result5 = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned33 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = load i64, i64* %cents, align 8
  br i1 false, label %trap1.site36, label %ok1

trap14.site0:                                     ; preds = %body
  %16 = load i64, i64* %lowStart, align 8
  %17 = getelementptr i64, i64* %regs, i64 6
  store i64 %16, i64* %17, align 8
  %18 = load i64, i64* %lowEnd, align 8
  %19 = getelementptr i64, i64* %regs, i64 7
  store i64 %18, i64* %19, align 8
  %20 = load i64, i64* %highEnd, align 8
  %21 = getelementptr i64, i64* %regs, i64 8
  store i64 %20, i64* %21, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e0:                                               ; preds = %ok34
  %22 = load i32, i32* %result, align 4
  %23 = load i64, i64* %fuel, align 8
  %24 = getelementptr i64, i64* %regs, i64 0
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %lowStart, align 8
  %26 = getelementptr i64, i64* %regs, i64 6
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %lowEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 7
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %highEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 8
  store i64 %29, i64* %30, align 8
  ret i32 %22

ok1:                                              ; preds = %ok
  %31 = icmp eq i64 %15, -9223372036854775808
  %32 = and i1 %31, false
  br i1 %32, label %trap2.site36, label %ok2

trap1.site36:                                     ; preds = %ok
  %33 = load i64, i64* %lowStart, align 8
  %34 = getelementptr i64, i64* %regs, i64 6
  store i64 %33, i64* %34, align 8
  %35 = load i64, i64* %lowEnd, align 8
  %36 = getelementptr i64, i64* %regs, i64 7
  store i64 %35, i64* %36, align 8
  %37 = load i64, i64* %highEnd, align 8
  %38 = getelementptr i64, i64* %regs, i64 8
  store i64 %37, i64* %38, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 36)
  unreachable

ok2:                                              ; preds = %ok1
  %39 = sdiv i64 %15, 100
  store i64 %39, i64* %part, align 8
  %40 = load i64, i64* %cents, align 8
  br i1 false, label %trap1.site38, label %ok3

trap2.site36:                                     ; preds = %ok1
  %41 = load i64, i64* %lowStart, align 8
  %42 = getelementptr i64, i64* %regs, i64 6
  store i64 %41, i64* %42, align 8
  %43 = load i64, i64* %lowEnd, align 8
  %44 = getelementptr i64, i64* %regs, i64 7
  store i64 %43, i64* %44, align 8
  %45 = load i64, i64* %highEnd, align 8
  %46 = getelementptr i64, i64* %regs, i64 8
  store i64 %45, i64* %46, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 36)
  unreachable

ok3:                                              ; preds = %ok2
  %47 = icmp eq i64 %40, -9223372036854775808
  %48 = and i1 %47, false
  br i1 %48, label %trap2.site38, label %ok4

trap1.site38:                                     ; preds = %ok2
  %49 = load i64, i64* %lowStart, align 8
  %50 = getelementptr i64, i64* %regs, i64 6
  store i64 %49, i64* %50, align 8
  %51 = load i64, i64* %lowEnd, align 8
  %52 = getelementptr i64, i64* %regs, i64 7
  store i64 %51, i64* %52, align 8
  %53 = load i64, i64* %highEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 8
  store i64 %53, i64* %54, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 38)
  unreachable

ok4:                                              ; preds = %ok3
  %55 = srem i64 %40, 100
  %56 = icmp slt i64 %55, 10
  %57 = zext i1 %56 to i32
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %then, label %else

trap2.site38:                                     ; preds = %ok3
  %59 = load i64, i64* %lowStart, align 8
  %60 = getelementptr i64, i64* %regs, i64 6
  store i64 %59, i64* %60, align 8
  %61 = load i64, i64* %lowEnd, align 8
  %62 = getelementptr i64, i64* %regs, i64 7
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %highEnd, align 8
  %64 = getelementptr i64, i64* %regs, i64 8
  store i64 %63, i64* %64, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 38)
  unreachable

then:                                             ; preds = %ok4
  store i32 11536, i32* %result5, align 4
  br label %join

else:                                             ; preds = %ok4
  store i32 11544, i32* %result5, align 4
  br label %join

join:                                             ; preds = %else, %then
  %65 = load i32, i32* %result5, align 4
  store i32 %65, i32* %part.1, align 4
  %66 = load i64, i64* %cents, align 8
  br i1 false, label %trap1.site39, label %ok6

ok6:                                              ; preds = %join
  %67 = icmp eq i64 %66, -9223372036854775808
  %68 = and i1 %67, false
  br i1 %68, label %trap2.site39, label %ok7

trap1.site39:                                     ; preds = %join
  %69 = load i64, i64* %lowStart, align 8
  %70 = getelementptr i64, i64* %regs, i64 6
  store i64 %69, i64* %70, align 8
  %71 = load i64, i64* %lowEnd, align 8
  %72 = getelementptr i64, i64* %regs, i64 7
  store i64 %71, i64* %72, align 8
  %73 = load i64, i64* %highEnd, align 8
  %74 = getelementptr i64, i64* %regs, i64 8
  store i64 %73, i64* %74, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 39)
  unreachable

ok7:                                              ; preds = %ok6
  %75 = srem i64 %66, 100
  store i64 %75, i64* %part.2, align 8
  %76 = getelementptr i64, i64* %regs, i64 1
  %77 = load i64, i64* %76, align 8
  %78 = trunc i64 %77 to i32
  %79 = add i32 %78, 3
  %80 = and i32 %79, -4
  store i32 %80, i32* %text, align 4
  %81 = load i32, i32* %text, align 4
  %82 = add i32 %81, 4
  store i32 %82, i32* %cur, align 4
  %83 = load i32, i32* %cur, align 4
  %84 = add i32 %83, 20
  %85 = getelementptr i64, i64* %regs, i64 2
  %86 = load i64, i64* %85, align 8
  %87 = trunc i64 %86 to i32
  %88 = icmp ugt i32 %84, %87
  %89 = zext i1 %88 to i32
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %then8, label %else9

trap2.site39:                                     ; preds = %ok6
  %91 = load i64, i64* %lowStart, align 8
  %92 = getelementptr i64, i64* %regs, i64 6
  store i64 %91, i64* %92, align 8
  %93 = load i64, i64* %lowEnd, align 8
  %94 = getelementptr i64, i64* %regs, i64 7
  store i64 %93, i64* %94, align 8
  %95 = load i64, i64* %highEnd, align 8
  %96 = getelementptr i64, i64* %regs, i64 8
  store i64 %95, i64* %96, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 39)
  unreachable

then8:                                            ; preds = %ok7
  br label %trap15.site40

else9:                                            ; preds = %ok7
  br label %join10

join10:                                           ; preds = %else9, %dead
  %97 = load i32, i32* %cur, align 4
  %98 = load i64, i64* %part, align 8
  %99 = load i32, i32* %cur, align 4
  %100 = icmp uge i32 %depth, 1000
  br i1 %100, label %trap15.site40, label %ok11

trap15.site40:                                    ; preds = %write.ok31, %join25, %then23, %then13, %join10, %then8
  %101 = load i64, i64* %lowStart, align 8
  %102 = getelementptr i64, i64* %regs, i64 6
  store i64 %101, i64* %102, align 8
  %103 = load i64, i64* %lowEnd, align 8
  %104 = getelementptr i64, i64* %regs, i64 7
  store i64 %103, i64* %104, align 8
  %105 = load i64, i64* %highEnd, align 8
  %106 = getelementptr i64, i64* %regs, i64 8
  store i64 %105, i64* %106, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 40)
  unreachable

dead:                                             ; No predecessors!
  br label %join10

ok11:                                             ; preds = %join10
  %107 = icmp ult i64 %10, %stack_limit
  br i1 %107, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %ok11
  %108 = load i64, i64* %fuel, align 8
  %109 = getelementptr i64, i64* %regs, i64 0
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %lowStart, align 8
  %111 = getelementptr i64, i64* %regs, i64 6
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %lowEnd, align 8
  %113 = getelementptr i64, i64* %regs, i64 7
  store i64 %112, i64* %113, align 8
  %114 = load i64, i64* %highEnd, align 8
  %115 = getelementptr i64, i64* %regs, i64 8
  store i64 %114, i64* %115, align 8
  %116 = add i32 %depth, 1
  %117 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %116, i64 %98, i32 %99)
  %118 = getelementptr i64, i64* %regs, i64 0
  %119 = load i64, i64* %118, align 8
  store i64 %119, i64* %fuel, align 8
  %120 = getelementptr i64, i64* %regs, i64 6
  %121 = load i64, i64* %120, align 8
  store i64 %121, i64* %lowStart, align 8
  %122 = getelementptr i64, i64* %regs, i64 7
  %123 = load i64, i64* %122, align 8
  store i64 %123, i64* %lowEnd, align 8
  %124 = getelementptr i64, i64* %regs, i64 8
  %125 = load i64, i64* %124, align 8
  store i64 %125, i64* %highEnd, align 8
  %126 = add i32 %97, %117
  store i32 %126, i32* %cur, align 4
  %127 = load i32, i32* %part.1, align 4
  store i32 %127, i32* %s, align 4
  %128 = load i32, i32* %s, align 4
  %129 = zext i32 %128 to i64
  %130 = add i64 %129, 4
  %131 = icmp ugt i64 %130, %arena_size
  br i1 %131, label %trap17.site0, label %ok12

trap253.site0:                                    ; preds = %ok27, %ok11
  %132 = load i64, i64* %lowStart, align 8
  %133 = getelementptr i64, i64* %regs, i64 6
  store i64 %132, i64* %133, align 8
  %134 = load i64, i64* %lowEnd, align 8
  %135 = getelementptr i64, i64* %regs, i64 7
  store i64 %134, i64* %135, align 8
  %136 = load i64, i64* %highEnd, align 8
  %137 = getelementptr i64, i64* %regs, i64 8
  store i64 %136, i64* %137, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok12:                                             ; preds = %stack_ok
  %138 = getelementptr i8, i8* %mem, i64 %129
  %139 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %139, i8* %138, i64 4, i1 false)
  %140 = load i32, i32* %unaligned, align 4
  store i32 %140, i32* %slen, align 4
  %141 = load i32, i32* %cur, align 4
  %142 = load i32, i32* %slen, align 4
  %143 = add i32 1, %142
  %144 = add i32 %141, %143
  %145 = getelementptr i64, i64* %regs, i64 2
  %146 = load i64, i64* %145, align 8
  %147 = trunc i64 %146 to i32
  %148 = icmp ugt i32 %144, %147
  %149 = zext i1 %148 to i32
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %then13, label %else14

trap17.site0:                                     ; preds = %write.slow30, %write.slow, %stack_ok
  %151 = load i64, i64* %lowStart, align 8
  %152 = getelementptr i64, i64* %regs, i64 6
  store i64 %151, i64* %152, align 8
  %153 = load i64, i64* %lowEnd, align 8
  %154 = getelementptr i64, i64* %regs, i64 7
  store i64 %153, i64* %154, align 8
  %155 = load i64, i64* %highEnd, align 8
  %156 = getelementptr i64, i64* %regs, i64 8
  store i64 %155, i64* %156, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then13:                                           ; preds = %ok12
  br label %trap15.site40

else14:                                           ; preds = %ok12
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %157 = load i32, i32* %cur, align 4
  %158 = zext i32 %157 to i64
  %159 = add i64 %158, 1
  %160 = icmp uge i64 %158, %scratch_start
  %161 = load i64, i64* %highEnd, align 8
  %162 = icmp ule i64 %159, %161
  %163 = and i1 %160, %162
  br i1 %163, label %write.ok, label %write.low

dead16:                                           ; No predecessors!
  br label %join15

write.low:                                        ; preds = %join15
  %164 = load i64, i64* %lowStart, align 8
  %165 = icmp uge i64 %158, %164
  %166 = load i64, i64* %lowEnd, align 8
  %167 = icmp ule i64 %159, %166
  %168 = and i1 %165, %167
  br i1 %168, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %169 = icmp ugt i64 %159, %arena_size
  br i1 %169, label %trap17.site0, label %ok17

write.ok:                                         ; preds = %ok17, %write.low, %join15
  %170 = getelementptr i8, i8* %mem, i64 %158
  store i8 46, i8* %170, align 1
  %171 = load i32, i32* %cur, align 4
  %172 = add i32 %171, 1
  store i32 %172, i32* %cur, align 4
  %173 = load i32, i32* %cur, align 4
  %174 = load i32, i32* %s, align 4
  %175 = add i32 %174, 4
  %176 = load i32, i32* %slen, align 4
  %177 = zext i32 %176 to i64
  %178 = zext i32 %175 to i64
  %179 = add i64 %178, %177
  %180 = icmp ugt i64 %179, %arena_size
  br i1 %180, label %trap17.site40, label %ok18

ok17:                                             ; preds = %write.slow
  %181 = icmp ult i64 %158, %scratch_start
  %182 = load i64, i64* %lowStart, align 8
  %183 = call i64 @llvm.umin.i64(i64 %182, i64 %158)
  %184 = load i64, i64* %lowEnd, align 8
  %185 = load i64, i64* %highEnd, align 8
  %186 = add i64 %159, 64
  %187 = sub i64 %159, %183
  %188 = lshr i64 %187, 4
  %189 = add i64 %186, %188
  %190 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %189)
  %191 = call i64 @llvm.umax.i64(i64 %184, i64 %190)
  %192 = select i1 %181, i64 %191, i64 %184
  store i64 %192, i64* %lowEnd, align 8
  %193 = add i64 %159, 64
  %194 = sub i64 %159, %scratch_start
  %195 = lshr i64 %194, 4
  %196 = add i64 %193, %195
  %197 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %196)
  %198 = call i64 @llvm.umax.i64(i64 %185, i64 %197)
  %199 = select i1 %181, i64 %185, i64 %198
  store i64 %199, i64* %highEnd, align 8
  store i64 %183, i64* %lowStart, align 8
  br label %write.ok

ok18:                                             ; preds = %write.ok
  %200 = zext i32 %173 to i64
  %201 = add i64 %200, %177
  %202 = icmp uge i64 %200, %scratch_start
  %203 = load i64, i64* %highEnd, align 8
  %204 = icmp ule i64 %201, %203
  %205 = and i1 %202, %204
  br i1 %205, label %write.ok21, label %write.low19

trap17.site40:                                    ; preds = %write.slow20, %write.ok
  %206 = load i64, i64* %lowStart, align 8
  %207 = getelementptr i64, i64* %regs, i64 6
  store i64 %206, i64* %207, align 8
  %208 = load i64, i64* %lowEnd, align 8
  %209 = getelementptr i64, i64* %regs, i64 7
  store i64 %208, i64* %209, align 8
  %210 = load i64, i64* %highEnd, align 8
  %211 = getelementptr i64, i64* %regs, i64 8
  store i64 %210, i64* %211, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 40)
  unreachable

write.low19:                                      ; preds = %ok18
  %212 = load i64, i64* %lowStart, align 8
  %213 = icmp uge i64 %200, %212
  %214 = load i64, i64* %lowEnd, align 8
  %215 = icmp ule i64 %201, %214
  %216 = and i1 %213, %215
  br i1 %216, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %217 = icmp ugt i64 %201, %arena_size
  br i1 %217, label %trap17.site40, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %218 = getelementptr i8, i8* %mem, i64 %200
  %219 = getelementptr i8, i8* %mem, i64 %178
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %218, i8* %219, i64 %177, i1 false)
  %220 = load i32, i32* %cur, align 4
  %221 = load i32, i32* %slen, align 4
  %222 = add i32 %220, %221
  store i32 %222, i32* %cur, align 4
  %223 = load i32, i32* %cur, align 4
  %224 = add i32 %223, 20
  %225 = getelementptr i64, i64* %regs, i64 2
  %226 = load i64, i64* %225, align 8
  %227 = trunc i64 %226 to i32
  %228 = icmp ugt i32 %224, %227
  %229 = zext i1 %228 to i32
  %230 = icmp ne i32 %229, 0
  br i1 %230, label %then23, label %else24

ok22:                                             ; preds = %write.slow20
  %231 = icmp ult i64 %200, %scratch_start
  %232 = load i64, i64* %lowStart, align 8
  %233 = call i64 @llvm.umin.i64(i64 %232, i64 %200)
  %234 = load i64, i64* %lowEnd, align 8
  %235 = load i64, i64* %highEnd, align 8
  %236 = add i64 %201, 64
  %237 = sub i64 %201, %233
  %238 = lshr i64 %237, 4
  %239 = add i64 %236, %238
  %240 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %239)
  %241 = call i64 @llvm.umax.i64(i64 %234, i64 %240)
  %242 = select i1 %231, i64 %241, i64 %234
  store i64 %242, i64* %lowEnd, align 8
  %243 = add i64 %201, 64
  %244 = sub i64 %201, %scratch_start
  %245 = lshr i64 %244, 4
  %246 = add i64 %243, %245
  %247 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %246)
  %248 = call i64 @llvm.umax.i64(i64 %235, i64 %247)
  %249 = select i1 %231, i64 %235, i64 %248
  store i64 %249, i64* %highEnd, align 8
  store i64 %233, i64* %lowStart, align 8
  br label %write.ok21

then23:                                           ; preds = %write.ok21
  br label %trap15.site40

else24:                                           ; preds = %write.ok21
  br label %join25

join25:                                           ; preds = %else24, %dead26
  %250 = load i32, i32* %cur, align 4
  %251 = load i64, i64* %part.2, align 8
  %252 = load i32, i32* %cur, align 4
  %253 = icmp uge i32 %depth, 1000
  br i1 %253, label %trap15.site40, label %ok27

dead26:                                           ; No predecessors!
  br label %join25

ok27:                                             ; preds = %join25
  %254 = icmp ult i64 %10, %stack_limit
  br i1 %254, label %trap253.site0, label %stack_ok28

stack_ok28:                                       ; preds = %ok27
  %255 = load i64, i64* %fuel, align 8
  %256 = getelementptr i64, i64* %regs, i64 0
  store i64 %255, i64* %256, align 8
  %257 = load i64, i64* %lowStart, align 8
  %258 = getelementptr i64, i64* %regs, i64 6
  store i64 %257, i64* %258, align 8
  %259 = load i64, i64* %lowEnd, align 8
  %260 = getelementptr i64, i64* %regs, i64 7
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %highEnd, align 8
  %262 = getelementptr i64, i64* %regs, i64 8
  store i64 %261, i64* %262, align 8
  %263 = add i32 %depth, 1
  %264 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %263, i64 %251, i32 %252)
  %265 = getelementptr i64, i64* %regs, i64 0
  %266 = load i64, i64* %265, align 8
  store i64 %266, i64* %fuel, align 8
  %267 = getelementptr i64, i64* %regs, i64 6
  %268 = load i64, i64* %267, align 8
  store i64 %268, i64* %lowStart, align 8
  %269 = getelementptr i64, i64* %regs, i64 7
  %270 = load i64, i64* %269, align 8
  store i64 %270, i64* %lowEnd, align 8
  %271 = getelementptr i64, i64* %regs, i64 8
  %272 = load i64, i64* %271, align 8
  store i64 %272, i64* %highEnd, align 8
  %273 = add i32 %250, %264
  store i32 %273, i32* %cur, align 4
  %274 = load i32, i32* %cur, align 4
  %275 = load i32, i32* %text, align 4
  %276 = sub i32 %274, %275
  %277 = sub i32 %276, 4
  store i32 %277, i32* %len, align 4
  %278 = load i32, i32* %text, align 4
  %279 = load i32, i32* %len, align 4
  %280 = zext i32 %278 to i64
  %281 = add i64 %280, 4
  %282 = icmp uge i64 %280, %scratch_start
  %283 = load i64, i64* %highEnd, align 8
  %284 = icmp ule i64 %281, %283
  %285 = and i1 %282, %284
  br i1 %285, label %write.ok31, label %write.low29

write.low29:                                      ; preds = %stack_ok28
  %286 = load i64, i64* %lowStart, align 8
  %287 = icmp uge i64 %280, %286
  %288 = load i64, i64* %lowEnd, align 8
  %289 = icmp ule i64 %281, %288
  %290 = and i1 %287, %289
  br i1 %290, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %291 = icmp ugt i64 %281, %arena_size
  br i1 %291, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %stack_ok28
  %292 = getelementptr i8, i8* %mem, i64 %280
  store i32 %279, i32* %unaligned33, align 4
  %293 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %292, i8* %293, i64 4, i1 false)
  %294 = load i32, i32* %len, align 4
  %295 = add i32 %294, 4
  %296 = zext i32 %295 to i64
  %297 = getelementptr i64, i64* %regs, i64 1
  %298 = getelementptr i64, i64* %regs, i64 2
  %299 = load i64, i64* %297, align 8
  %300 = add i64 %299, 3
  %301 = and i64 %300, -4
  %302 = add i64 %301, %296
  %303 = load i64, i64* %298, align 8
  %304 = icmp ugt i64 %302, %303
  br i1 %304, label %trap15.site40, label %ok34

ok32:                                             ; preds = %write.slow30
  %305 = icmp ult i64 %280, %scratch_start
  %306 = load i64, i64* %lowStart, align 8
  %307 = call i64 @llvm.umin.i64(i64 %306, i64 %280)
  %308 = load i64, i64* %lowEnd, align 8
  %309 = load i64, i64* %highEnd, align 8
  %310 = add i64 %281, 64
  %311 = sub i64 %281, %307
  %312 = lshr i64 %311, 4
  %313 = add i64 %310, %312
  %314 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %313)
  %315 = call i64 @llvm.umax.i64(i64 %308, i64 %314)
  %316 = select i1 %305, i64 %315, i64 %308
  store i64 %316, i64* %lowEnd, align 8
  %317 = add i64 %281, 64
  %318 = sub i64 %281, %scratch_start
  %319 = lshr i64 %318, 4
  %320 = add i64 %317, %319
  %321 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %320)
  %322 = call i64 @llvm.umax.i64(i64 %309, i64 %321)
  %323 = select i1 %305, i64 %309, i64 %322
  store i64 %323, i64* %highEnd, align 8
  store i64 %307, i64* %lowStart, align 8
  br label %write.ok31

ok34:                                             ; preds = %write.ok31
  store i64 %302, i64* %297, align 8
  %324 = load i64, i64* %highEnd, align 8
  %325 = call i64 @llvm.umax.i64(i64 %324, i64 %302)
  store i64 %325, i64* %highEnd, align 8
  %326 = trunc i64 %301 to i32
  store i32 %326, i32* %result, align 4
  br label %e0
}
