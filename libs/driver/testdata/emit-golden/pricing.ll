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
  %797 = load i64, i64* %lowEnd, align 8
  %798 = load i64, i64* %highEnd, align 8
  %799 = call i64 @llvm.umax.i64(i64 %797, i64 %768)
  %800 = select i1 %796, i64 %799, i64 %797
  store i64 %800, i64* %lowEnd, align 8
  %801 = call i64 @llvm.umax.i64(i64 %798, i64 %768)
  %802 = select i1 %796, i64 %798, i64 %801
  store i64 %802, i64* %highEnd, align 8
  %803 = load i64, i64* %lowStart, align 8
  %804 = call i64 @llvm.umin.i64(i64 %803, i64 %767)
  store i64 %804, i64* %lowStart, align 8
  br label %write.ok

write.low157:                                     ; preds = %write.ok
  %805 = load i64, i64* %lowStart, align 8
  %806 = icmp uge i64 %790, %805
  %807 = load i64, i64* %lowEnd, align 8
  %808 = icmp ule i64 %791, %807
  %809 = and i1 %806, %808
  br i1 %809, label %write.ok159, label %write.slow158

write.slow158:                                    ; preds = %write.low157
  %810 = icmp ugt i64 %791, %arena_size
  br i1 %810, label %trap17.site0, label %ok160

write.ok159:                                      ; preds = %ok160, %write.low157, %write.ok
  %811 = getelementptr i8, i8* %mem, i64 %790
  store i32 %788, i32* %unaligned161, align 4
  %812 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %811, i8* %812, i64 4, i1 false)
  %813 = load i32, i32* %args_out, align 4
  %814 = load i32, i32* %arg.2, align 4
  %815 = zext i32 %813 to i64
  %816 = add i64 %815, 16
  %817 = add i64 %816, 4
  %818 = icmp uge i64 %816, %scratch_start
  %819 = load i64, i64* %highEnd, align 8
  %820 = icmp ule i64 %817, %819
  %821 = and i1 %818, %820
  br i1 %821, label %write.ok164, label %write.low162

ok160:                                            ; preds = %write.slow158
  %822 = icmp ult i64 %790, %scratch_start
  %823 = load i64, i64* %lowEnd, align 8
  %824 = load i64, i64* %highEnd, align 8
  %825 = call i64 @llvm.umax.i64(i64 %823, i64 %791)
  %826 = select i1 %822, i64 %825, i64 %823
  store i64 %826, i64* %lowEnd, align 8
  %827 = call i64 @llvm.umax.i64(i64 %824, i64 %791)
  %828 = select i1 %822, i64 %824, i64 %827
  store i64 %828, i64* %highEnd, align 8
  %829 = load i64, i64* %lowStart, align 8
  %830 = call i64 @llvm.umin.i64(i64 %829, i64 %790)
  store i64 %830, i64* %lowStart, align 8
  br label %write.ok159

write.low162:                                     ; preds = %write.ok159
  %831 = load i64, i64* %lowStart, align 8
  %832 = icmp uge i64 %816, %831
  %833 = load i64, i64* %lowEnd, align 8
  %834 = icmp ule i64 %817, %833
  %835 = and i1 %832, %834
  br i1 %835, label %write.ok164, label %write.slow163

write.slow163:                                    ; preds = %write.low162
  %836 = icmp ugt i64 %817, %arena_size
  br i1 %836, label %trap17.site0, label %ok165

write.ok164:                                      ; preds = %ok165, %write.low162, %write.ok159
  %837 = getelementptr i8, i8* %mem, i64 %816
  store i32 %814, i32* %unaligned166, align 4
  %838 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %837, i8* %838, i64 4, i1 false)
  %839 = load i32, i32* %args_out, align 4
  %840 = load i64, i64* %fuel, align 8
  %841 = getelementptr i64, i64* %regs, i64 0
  store i64 %840, i64* %841, align 8
  %842 = load i64, i64* %lowStart, align 8
  %843 = getelementptr i64, i64* %regs, i64 6
  store i64 %842, i64* %843, align 8
  %844 = load i64, i64* %lowEnd, align 8
  %845 = getelementptr i64, i64* %regs, i64 7
  store i64 %844, i64* %845, align 8
  %846 = load i64, i64* %highEnd, align 8
  %847 = getelementptr i64, i64* %regs, i64 8
  store i64 %846, i64* %847, align 8
  ret i32 %839

ok165:                                            ; preds = %write.slow163
  %848 = icmp ult i64 %816, %scratch_start
  %849 = load i64, i64* %lowEnd, align 8
  %850 = load i64, i64* %highEnd, align 8
  %851 = call i64 @llvm.umax.i64(i64 %849, i64 %817)
  %852 = select i1 %848, i64 %851, i64 %849
  store i64 %852, i64* %lowEnd, align 8
  %853 = call i64 @llvm.umax.i64(i64 %850, i64 %817)
  %854 = select i1 %848, i64 %850, i64 %853
  store i64 %854, i64* %highEnd, align 8
  %855 = load i64, i64* %lowStart, align 8
  %856 = call i64 @llvm.umin.i64(i64 %855, i64 %816)
  store i64 %856, i64* %lowStart, align 8
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
  %192 = load i64, i64* %lowEnd, align 8
  %193 = load i64, i64* %highEnd, align 8
  %194 = call i64 @llvm.umax.i64(i64 %192, i64 %118)
  %195 = select i1 %191, i64 %194, i64 %192
  store i64 %195, i64* %lowEnd, align 8
  %196 = call i64 @llvm.umax.i64(i64 %193, i64 %118)
  %197 = select i1 %191, i64 %193, i64 %196
  store i64 %197, i64* %highEnd, align 8
  %198 = load i64, i64* %lowStart, align 8
  %199 = call i64 @llvm.umin.i64(i64 %198, i64 %117)
  store i64 %199, i64* %lowStart, align 8
  br label %write.ok

ok28:                                             ; preds = %write.ok
  %200 = icmp ult i64 %10, %stack_limit
  br i1 %200, label %trap253.site0, label %stack_ok29

trap15.site0:                                     ; preds = %e0, %else31, %write.ok
  %201 = load i64, i64* %lowStart, align 8
  %202 = getelementptr i64, i64* %regs, i64 6
  store i64 %201, i64* %202, align 8
  %203 = load i64, i64* %lowEnd, align 8
  %204 = getelementptr i64, i64* %regs, i64 7
  store i64 %203, i64* %204, align 8
  %205 = load i64, i64* %highEnd, align 8
  %206 = getelementptr i64, i64* %regs, i64 8
  store i64 %205, i64* %206, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %207 = load i64, i64* %fuel, align 8
  %208 = getelementptr i64, i64* %regs, i64 0
  store i64 %207, i64* %208, align 8
  %209 = load i64, i64* %lowStart, align 8
  %210 = getelementptr i64, i64* %regs, i64 6
  store i64 %209, i64* %210, align 8
  %211 = load i64, i64* %lowEnd, align 8
  %212 = getelementptr i64, i64* %regs, i64 7
  store i64 %211, i64* %212, align 8
  %213 = load i64, i64* %highEnd, align 8
  %214 = getelementptr i64, i64* %regs, i64 8
  store i64 %213, i64* %214, align 8
  %215 = add i32 %depth, 1
  %216 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %215, i32 %189, i32 10880)
  %217 = getelementptr i64, i64* %regs, i64 0
  %218 = load i64, i64* %217, align 8
  store i64 %218, i64* %fuel, align 8
  %219 = getelementptr i64, i64* %regs, i64 6
  %220 = load i64, i64* %219, align 8
  store i64 %220, i64* %lowStart, align 8
  %221 = getelementptr i64, i64* %regs, i64 7
  %222 = load i64, i64* %221, align 8
  store i64 %222, i64* %lowEnd, align 8
  %223 = getelementptr i64, i64* %regs, i64 8
  %224 = load i64, i64* %223, align 8
  store i64 %224, i64* %highEnd, align 8
  %225 = icmp ne i32 %216, 0
  br i1 %225, label %then30, label %else31

then30:                                           ; preds = %stack_ok29
  store double 1.900000e-01, double* %result33, align 8
  br label %join32

else31:                                           ; preds = %stack_ok29
  %226 = load i32, i32* %country, align 4
  %227 = icmp uge i32 %depth, 1000
  br i1 %227, label %trap15.site0, label %ok34

join32:                                           ; preds = %join38, %then30
  %228 = load double, double* %result33, align 8
  store double %228, double* %tax_rate, align 8
  %229 = load i32, i32* %dict, align 4
  %230 = load double, double* %tax_rate, align 8
  %231 = zext i32 %229 to i64
  %232 = add i64 %231, 8
  %233 = add i64 %232, 8
  %234 = icmp uge i64 %232, %scratch_start
  %235 = load i64, i64* %highEnd, align 8
  %236 = icmp ule i64 %233, %235
  %237 = and i1 %234, %236
  br i1 %237, label %write.ok42, label %write.low40

ok34:                                             ; preds = %else31
  %238 = icmp ult i64 %10, %stack_limit
  br i1 %238, label %trap253.site0, label %stack_ok35

stack_ok35:                                       ; preds = %ok34
  %239 = load i64, i64* %fuel, align 8
  %240 = getelementptr i64, i64* %regs, i64 0
  store i64 %239, i64* %240, align 8
  %241 = load i64, i64* %lowStart, align 8
  %242 = getelementptr i64, i64* %regs, i64 6
  store i64 %241, i64* %242, align 8
  %243 = load i64, i64* %lowEnd, align 8
  %244 = getelementptr i64, i64* %regs, i64 7
  store i64 %243, i64* %244, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = getelementptr i64, i64* %regs, i64 8
  store i64 %245, i64* %246, align 8
  %247 = add i32 %depth, 1
  %248 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %247, i32 %226, i32 10888)
  %249 = getelementptr i64, i64* %regs, i64 0
  %250 = load i64, i64* %249, align 8
  store i64 %250, i64* %fuel, align 8
  %251 = getelementptr i64, i64* %regs, i64 6
  %252 = load i64, i64* %251, align 8
  store i64 %252, i64* %lowStart, align 8
  %253 = getelementptr i64, i64* %regs, i64 7
  %254 = load i64, i64* %253, align 8
  store i64 %254, i64* %lowEnd, align 8
  %255 = getelementptr i64, i64* %regs, i64 8
  %256 = load i64, i64* %255, align 8
  store i64 %256, i64* %highEnd, align 8
  %257 = icmp ne i32 %248, 0
  br i1 %257, label %then36, label %else37

then36:                                           ; preds = %stack_ok35
  store double 2.000000e-01, double* %result39, align 8
  br label %join38

else37:                                           ; preds = %stack_ok35
  store double 0.000000e+00, double* %result39, align 8
  br label %join38

join38:                                           ; preds = %else37, %then36
  %258 = load double, double* %result39, align 8
  store double %258, double* %result33, align 8
  br label %join32

write.low40:                                      ; preds = %join32
  %259 = load i64, i64* %lowStart, align 8
  %260 = icmp uge i64 %232, %259
  %261 = load i64, i64* %lowEnd, align 8
  %262 = icmp ule i64 %233, %261
  %263 = and i1 %260, %262
  br i1 %263, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %264 = icmp ugt i64 %233, %arena_size
  br i1 %264, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %join32
  %265 = getelementptr i8, i8* %mem, i64 %232
  %266 = bitcast double %230 to i64
  %267 = and i64 %266, 9223372036854775807
  %268 = icmp ugt i64 %267, 9218868437227405312
  %269 = select i1 %268, i64 9221120237041090560, i64 %266
  store i64 %269, i64* %unaligned44, align 8
  %270 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %265, i8* %270, i64 8, i1 false)
  %271 = getelementptr i64, i64* %regs, i64 1
  %272 = getelementptr i64, i64* %regs, i64 2
  %273 = load i64, i64* %271, align 8
  %274 = add i64 %273, 3
  %275 = and i64 %274, -4
  %276 = add i64 %275, 8
  %277 = load i64, i64* %272, align 8
  %278 = icmp ugt i64 %276, %277
  br i1 %278, label %trap15.site10, label %ok45

ok43:                                             ; preds = %write.slow41
  %279 = icmp ult i64 %232, %scratch_start
  %280 = load i64, i64* %lowEnd, align 8
  %281 = load i64, i64* %highEnd, align 8
  %282 = call i64 @llvm.umax.i64(i64 %280, i64 %233)
  %283 = select i1 %279, i64 %282, i64 %280
  store i64 %283, i64* %lowEnd, align 8
  %284 = call i64 @llvm.umax.i64(i64 %281, i64 %233)
  %285 = select i1 %279, i64 %281, i64 %284
  store i64 %285, i64* %highEnd, align 8
  %286 = load i64, i64* %lowStart, align 8
  %287 = call i64 @llvm.umin.i64(i64 %286, i64 %232)
  store i64 %287, i64* %lowStart, align 8
  br label %write.ok42

ok45:                                             ; preds = %write.ok42
  store i64 %276, i64* %271, align 8
  %288 = load i64, i64* %highEnd, align 8
  %289 = call i64 @llvm.umax.i64(i64 %288, i64 %276)
  store i64 %289, i64* %highEnd, align 8
  %290 = trunc i64 %275 to i32
  store i32 %290, i32* %closure, align 4
  %291 = load i32, i32* %closure, align 4
  %292 = zext i32 %291 to i64
  %293 = add i64 %292, 4
  %294 = icmp uge i64 %292, %scratch_start
  %295 = load i64, i64* %highEnd, align 8
  %296 = icmp ule i64 %293, %295
  %297 = and i1 %294, %296
  br i1 %297, label %write.ok48, label %write.low46

trap15.site10:                                    ; preds = %write.ok42
  %298 = load i64, i64* %lowStart, align 8
  %299 = getelementptr i64, i64* %regs, i64 6
  store i64 %298, i64* %299, align 8
  %300 = load i64, i64* %lowEnd, align 8
  %301 = getelementptr i64, i64* %regs, i64 7
  store i64 %300, i64* %301, align 8
  %302 = load i64, i64* %highEnd, align 8
  %303 = getelementptr i64, i64* %regs, i64 8
  store i64 %302, i64* %303, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

write.low46:                                      ; preds = %ok45
  %304 = load i64, i64* %lowStart, align 8
  %305 = icmp uge i64 %292, %304
  %306 = load i64, i64* %lowEnd, align 8
  %307 = icmp ule i64 %293, %306
  %308 = and i1 %305, %307
  br i1 %308, label %write.ok48, label %write.slow47

write.slow47:                                     ; preds = %write.low46
  %309 = icmp ugt i64 %293, %arena_size
  br i1 %309, label %trap17.site0, label %ok49

write.ok48:                                       ; preds = %ok49, %write.low46, %ok45
  %310 = getelementptr i8, i8* %mem, i64 %292
  store i32 0, i32* %unaligned50, align 4
  %311 = bitcast i32* %unaligned50 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %310, i8* %311, i64 4, i1 false)
  %312 = load i32, i32* %closure, align 4
  %313 = zext i32 %312 to i64
  %314 = add i64 %313, 4
  %315 = add i64 %314, 4
  %316 = icmp uge i64 %314, %scratch_start
  %317 = load i64, i64* %highEnd, align 8
  %318 = icmp ule i64 %315, %317
  %319 = and i1 %316, %318
  br i1 %319, label %write.ok53, label %write.low51

ok49:                                             ; preds = %write.slow47
  %320 = icmp ult i64 %292, %scratch_start
  %321 = load i64, i64* %lowEnd, align 8
  %322 = load i64, i64* %highEnd, align 8
  %323 = call i64 @llvm.umax.i64(i64 %321, i64 %293)
  %324 = select i1 %320, i64 %323, i64 %321
  store i64 %324, i64* %lowEnd, align 8
  %325 = call i64 @llvm.umax.i64(i64 %322, i64 %293)
  %326 = select i1 %320, i64 %322, i64 %325
  store i64 %326, i64* %highEnd, align 8
  %327 = load i64, i64* %lowStart, align 8
  %328 = call i64 @llvm.umin.i64(i64 %327, i64 %292)
  store i64 %328, i64* %lowStart, align 8
  br label %write.ok48

write.low51:                                      ; preds = %write.ok48
  %329 = load i64, i64* %lowStart, align 8
  %330 = icmp uge i64 %314, %329
  %331 = load i64, i64* %lowEnd, align 8
  %332 = icmp ule i64 %315, %331
  %333 = and i1 %330, %332
  br i1 %333, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %334 = icmp ugt i64 %315, %arena_size
  br i1 %334, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %write.ok48
  %335 = getelementptr i8, i8* %mem, i64 %314
  store i32 0, i32* %unaligned55, align 4
  %336 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %335, i8* %336, i64 4, i1 false)
  %337 = load i32, i32* %dict, align 4
  %338 = load i32, i32* %closure, align 4
  %339 = zext i32 %337 to i64
  %340 = add i64 %339, 16
  %341 = add i64 %340, 4
  %342 = icmp uge i64 %340, %scratch_start
  %343 = load i64, i64* %highEnd, align 8
  %344 = icmp ule i64 %341, %343
  %345 = and i1 %342, %344
  br i1 %345, label %write.ok58, label %write.low56

ok54:                                             ; preds = %write.slow52
  %346 = icmp ult i64 %314, %scratch_start
  %347 = load i64, i64* %lowEnd, align 8
  %348 = load i64, i64* %highEnd, align 8
  %349 = call i64 @llvm.umax.i64(i64 %347, i64 %315)
  %350 = select i1 %346, i64 %349, i64 %347
  store i64 %350, i64* %lowEnd, align 8
  %351 = call i64 @llvm.umax.i64(i64 %348, i64 %315)
  %352 = select i1 %346, i64 %348, i64 %351
  store i64 %352, i64* %highEnd, align 8
  %353 = load i64, i64* %lowStart, align 8
  %354 = call i64 @llvm.umin.i64(i64 %353, i64 %314)
  store i64 %354, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %write.ok53
  %355 = load i64, i64* %lowStart, align 8
  %356 = icmp uge i64 %340, %355
  %357 = load i64, i64* %lowEnd, align 8
  %358 = icmp ule i64 %341, %357
  %359 = and i1 %356, %358
  br i1 %359, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %360 = icmp ugt i64 %341, %arena_size
  br i1 %360, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %write.ok53
  %361 = getelementptr i8, i8* %mem, i64 %340
  store i32 %338, i32* %unaligned60, align 4
  %362 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %361, i8* %362, i64 4, i1 false)
  %363 = load i32, i32* %items, align 4
  store i32 %363, i32* %xs, align 4
  %364 = load i32, i32* %xs, align 4
  %365 = zext i32 %364 to i64
  %366 = add i64 %365, 4
  %367 = icmp ugt i64 %366, %arena_size
  br i1 %367, label %trap17.site0, label %ok62

ok59:                                             ; preds = %write.slow57
  %368 = icmp ult i64 %340, %scratch_start
  %369 = load i64, i64* %lowEnd, align 8
  %370 = load i64, i64* %highEnd, align 8
  %371 = call i64 @llvm.umax.i64(i64 %369, i64 %341)
  %372 = select i1 %368, i64 %371, i64 %369
  store i64 %372, i64* %lowEnd, align 8
  %373 = call i64 @llvm.umax.i64(i64 %370, i64 %341)
  %374 = select i1 %368, i64 %370, i64 %373
  store i64 %374, i64* %highEnd, align 8
  %375 = load i64, i64* %lowStart, align 8
  %376 = call i64 @llvm.umin.i64(i64 %375, i64 %340)
  store i64 %376, i64* %lowStart, align 8
  br label %write.ok58

e21:                                              ; preds = %write.ok101
  %377 = load i32, i32* %result61, align 4
  store i32 %377, i32* %lines, align 4
  %378 = load i32, i32* %dict, align 4
  %379 = load i32, i32* %lines, align 4
  %380 = zext i32 %378 to i64
  %381 = add i64 %380, 20
  %382 = add i64 %381, 4
  %383 = icmp uge i64 %381, %scratch_start
  %384 = load i64, i64* %highEnd, align 8
  %385 = icmp ule i64 %382, %384
  %386 = and i1 %383, %385
  br i1 %386, label %write.ok106, label %write.low104

ok62:                                             ; preds = %write.ok58
  %387 = getelementptr i8, i8* %mem, i64 %365
  %388 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %388, i8* %387, i64 4, i1 false)
  %389 = load i32, i32* %unaligned63, align 4
  %390 = zext i32 %389 to i64
  %391 = mul i64 %390, 4
  %392 = add i64 4, %391
  store i64 %392, i64* %size, align 8
  %393 = load i64, i64* %size, align 8
  %394 = icmp ugt i64 %393, 2147483647
  %395 = zext i1 %394 to i32
  %396 = icmp ne i32 %395, 0
  br i1 %396, label %then64, label %else65

then64:                                           ; preds = %ok62
  br label %trap15.site11

else65:                                           ; preds = %ok62
  br label %join66

join66:                                           ; preds = %else65, %dead67
  %397 = load i64, i64* %size, align 8
  %398 = trunc i64 %397 to i32
  %399 = zext i32 %398 to i64
  %400 = getelementptr i64, i64* %regs, i64 1
  %401 = getelementptr i64, i64* %regs, i64 2
  %402 = load i64, i64* %400, align 8
  %403 = add i64 %402, 3
  %404 = and i64 %403, -4
  %405 = add i64 %404, %399
  %406 = load i64, i64* %401, align 8
  %407 = icmp ugt i64 %405, %406
  br i1 %407, label %trap15.site11, label %ok68

trap15.site11:                                    ; preds = %join66, %then64
  %408 = load i64, i64* %lowStart, align 8
  %409 = getelementptr i64, i64* %regs, i64 6
  store i64 %408, i64* %409, align 8
  %410 = load i64, i64* %lowEnd, align 8
  %411 = getelementptr i64, i64* %regs, i64 7
  store i64 %410, i64* %411, align 8
  %412 = load i64, i64* %highEnd, align 8
  %413 = getelementptr i64, i64* %regs, i64 8
  store i64 %412, i64* %413, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead67:                                           ; No predecessors!
  br label %join66

ok68:                                             ; preds = %join66
  store i64 %405, i64* %400, align 8
  %414 = load i64, i64* %highEnd, align 8
  %415 = call i64 @llvm.umax.i64(i64 %414, i64 %405)
  store i64 %415, i64* %highEnd, align 8
  %416 = trunc i64 %404 to i32
  store i32 %416, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %417 = load i32, i32* %xs, align 4
  %418 = zext i32 %417 to i64
  %419 = add i64 %418, 4
  %420 = icmp ugt i64 %419, %arena_size
  br i1 %420, label %trap17.site0, label %ok69

ok69:                                             ; preds = %ok68
  %421 = getelementptr i8, i8* %mem, i64 %418
  %422 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %422, i8* %421, i64 4, i1 false)
  %423 = load i32, i32* %unaligned70, align 4
  store i32 %423, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each24

block23:                                          ; preds = %dead98, %ok71
  %424 = load i32, i32* %list, align 4
  %425 = load i32, i32* %len, align 4
  %426 = zext i32 %424 to i64
  %427 = add i64 %426, 4
  %428 = icmp uge i64 %426, %scratch_start
  %429 = load i64, i64* %highEnd, align 8
  %430 = icmp ule i64 %427, %429
  %431 = and i1 %428, %430
  br i1 %431, label %write.ok101, label %write.low99

each24:                                           ; preds = %write.ok95, %ok69
  %432 = load i64, i64* %fuel, align 8
  %433 = icmp ult i64 %432, 1
  br i1 %433, label %trap14.site0, label %ok71

ok71:                                             ; preds = %each24
  %434 = sub i64 %432, 1
  store i64 %434, i64* %fuel, align 8
  %435 = load i32, i32* %k, align 4
  %436 = load i32, i32* %n, align 4
  %437 = icmp uge i32 %435, %436
  %438 = zext i1 %437 to i32
  %439 = icmp ne i32 %438, 0
  br i1 %439, label %block23, label %cont

cont:                                             ; preds = %ok71
  %440 = load i32, i32* %xs, align 4
  %441 = load i32, i32* %k, align 4
  %442 = mul i32 %441, 4
  %443 = add i32 %440, %442
  %444 = zext i32 %443 to i64
  %445 = add i64 %444, 4
  %446 = add i64 %445, 4
  %447 = icmp ugt i64 %446, %arena_size
  br i1 %447, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont
  %448 = getelementptr i8, i8* %mem, i64 %445
  %449 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %449, i8* %448, i64 4, i1 false)
  %450 = load i32, i32* %unaligned73, align 4
  store i32 %450, i32* %x, align 4
  %451 = load i32, i32* %x, align 4
  store i32 %451, i32* %i, align 4
  %452 = load i32, i32* %list, align 4
  %453 = load i32, i32* %len, align 4
  %454 = mul i32 %453, 4
  %455 = add i32 %452, %454
  %456 = getelementptr i64, i64* %regs, i64 1
  %457 = getelementptr i64, i64* %regs, i64 2
  %458 = load i64, i64* %456, align 8
  %459 = add i64 %458, 7
  %460 = and i64 %459, -8
  %461 = add i64 %460, 16
  %462 = load i64, i64* %457, align 8
  %463 = icmp ugt i64 %461, %462
  br i1 %463, label %trap15.site12, label %ok75

e25:                                              ; preds = %write.ok90
  %464 = load i32, i32* %result74, align 4
  %465 = zext i32 %455 to i64
  %466 = add i64 %465, 4
  %467 = add i64 %466, 4
  %468 = icmp uge i64 %466, %scratch_start
  %469 = load i64, i64* %highEnd, align 8
  %470 = icmp ule i64 %467, %469
  %471 = and i1 %468, %470
  br i1 %471, label %write.ok95, label %write.low93

ok75:                                             ; preds = %ok72
  store i64 %461, i64* %456, align 8
  %472 = load i64, i64* %highEnd, align 8
  %473 = call i64 @llvm.umax.i64(i64 %472, i64 %461)
  store i64 %473, i64* %highEnd, align 8
  %474 = trunc i64 %460 to i32
  store i32 %474, i32* %dict.1, align 4
  %475 = load i32, i32* %i, align 4
  %476 = zext i32 %475 to i64
  %477 = add i64 %476, 4
  %478 = icmp ugt i64 %477, %arena_size
  br i1 %478, label %trap17.site13, label %ok76

trap15.site12:                                    ; preds = %ok72
  %479 = load i64, i64* %lowStart, align 8
  %480 = getelementptr i64, i64* %regs, i64 6
  store i64 %479, i64* %480, align 8
  %481 = load i64, i64* %lowEnd, align 8
  %482 = getelementptr i64, i64* %regs, i64 7
  store i64 %481, i64* %482, align 8
  %483 = load i64, i64* %highEnd, align 8
  %484 = getelementptr i64, i64* %regs, i64 8
  store i64 %483, i64* %484, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

ok76:                                             ; preds = %ok75
  %485 = getelementptr i8, i8* %mem, i64 %476
  %486 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %486, i8* %485, i64 4, i1 false)
  %487 = load i32, i32* %unaligned77, align 4
  store i32 %487, i32* %sku, align 4
  %488 = load i32, i32* %dict.1, align 4
  %489 = load i32, i32* %sku, align 4
  %490 = zext i32 %488 to i64
  %491 = add i64 %490, 4
  %492 = icmp uge i64 %490, %scratch_start
  %493 = load i64, i64* %highEnd, align 8
  %494 = icmp ule i64 %491, %493
  %495 = and i1 %492, %494
  br i1 %495, label %write.ok80, label %write.low78

trap17.site13:                                    ; preds = %ok75
  %496 = load i64, i64* %lowStart, align 8
  %497 = getelementptr i64, i64* %regs, i64 6
  store i64 %496, i64* %497, align 8
  %498 = load i64, i64* %lowEnd, align 8
  %499 = getelementptr i64, i64* %regs, i64 7
  store i64 %498, i64* %499, align 8
  %500 = load i64, i64* %highEnd, align 8
  %501 = getelementptr i64, i64* %regs, i64 8
  store i64 %500, i64* %501, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

write.low78:                                      ; preds = %ok76
  %502 = load i64, i64* %lowStart, align 8
  %503 = icmp uge i64 %490, %502
  %504 = load i64, i64* %lowEnd, align 8
  %505 = icmp ule i64 %491, %504
  %506 = and i1 %503, %505
  br i1 %506, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %507 = icmp ugt i64 %491, %arena_size
  br i1 %507, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %ok76
  %508 = getelementptr i8, i8* %mem, i64 %490
  store i32 %489, i32* %unaligned82, align 4
  %509 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %508, i8* %509, i64 4, i1 false)
  %510 = load i32, i32* %i, align 4
  %511 = zext i32 %510 to i64
  %512 = add i64 %511, 16
  %513 = add i64 %512, 8
  %514 = icmp ugt i64 %513, %arena_size
  br i1 %514, label %trap17.site17, label %ok83

ok81:                                             ; preds = %write.slow79
  %515 = icmp ult i64 %490, %scratch_start
  %516 = load i64, i64* %lowEnd, align 8
  %517 = load i64, i64* %highEnd, align 8
  %518 = call i64 @llvm.umax.i64(i64 %516, i64 %491)
  %519 = select i1 %515, i64 %518, i64 %516
  store i64 %519, i64* %lowEnd, align 8
  %520 = call i64 @llvm.umax.i64(i64 %517, i64 %491)
  %521 = select i1 %515, i64 %517, i64 %520
  store i64 %521, i64* %highEnd, align 8
  %522 = load i64, i64* %lowStart, align 8
  %523 = call i64 @llvm.umin.i64(i64 %522, i64 %490)
  store i64 %523, i64* %lowStart, align 8
  br label %write.ok80

ok83:                                             ; preds = %write.ok80
  %524 = getelementptr i8, i8* %mem, i64 %512
  %525 = bitcast i64* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %525, i8* %524, i64 8, i1 false)
  %526 = load i64, i64* %unaligned84, align 8
  %527 = bitcast i64 %526 to double
  %528 = fmul double %527, 1.000000e+02
  %529 = call double @llvm.roundeven.f64(double %528)
  %530 = call i64 @llvm.fptosi.sat.i64.f64(double %529)
  %531 = load i32, i32* %i, align 4
  %532 = zext i32 %531 to i64
  %533 = add i64 %532, 8
  %534 = add i64 %533, 8
  %535 = icmp ugt i64 %534, %arena_size
  br i1 %535, label %trap17.site18, label %ok85

trap17.site17:                                    ; preds = %write.ok80
  %536 = load i64, i64* %lowStart, align 8
  %537 = getelementptr i64, i64* %regs, i64 6
  store i64 %536, i64* %537, align 8
  %538 = load i64, i64* %lowEnd, align 8
  %539 = getelementptr i64, i64* %regs, i64 7
  store i64 %538, i64* %539, align 8
  %540 = load i64, i64* %highEnd, align 8
  %541 = getelementptr i64, i64* %regs, i64 8
  store i64 %540, i64* %541, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok85:                                             ; preds = %ok83
  %542 = getelementptr i8, i8* %mem, i64 %533
  %543 = bitcast i64* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %543, i8* %542, i64 8, i1 false)
  %544 = load i64, i64* %unaligned86, align 8
  %545 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %530, i64 %544)
  %546 = extractvalue { i64, i1 } %545, 1
  br i1 %546, label %trap2.site14, label %ok87

trap17.site18:                                    ; preds = %ok83
  %547 = load i64, i64* %lowStart, align 8
  %548 = getelementptr i64, i64* %regs, i64 6
  store i64 %547, i64* %548, align 8
  %549 = load i64, i64* %lowEnd, align 8
  %550 = getelementptr i64, i64* %regs, i64 7
  store i64 %549, i64* %550, align 8
  %551 = load i64, i64* %highEnd, align 8
  %552 = getelementptr i64, i64* %regs, i64 8
  store i64 %551, i64* %552, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok87:                                             ; preds = %ok85
  %553 = extractvalue { i64, i1 } %545, 0
  store i64 %553, i64* %cents, align 8
  %554 = load i32, i32* %dict.1, align 4
  %555 = load i64, i64* %cents, align 8
  %556 = zext i32 %554 to i64
  %557 = add i64 %556, 8
  %558 = add i64 %557, 8
  %559 = icmp uge i64 %557, %scratch_start
  %560 = load i64, i64* %highEnd, align 8
  %561 = icmp ule i64 %558, %560
  %562 = and i1 %559, %561
  br i1 %562, label %write.ok90, label %write.low88

trap2.site14:                                     ; preds = %ok85
  %563 = load i64, i64* %lowStart, align 8
  %564 = getelementptr i64, i64* %regs, i64 6
  store i64 %563, i64* %564, align 8
  %565 = load i64, i64* %lowEnd, align 8
  %566 = getelementptr i64, i64* %regs, i64 7
  store i64 %565, i64* %566, align 8
  %567 = load i64, i64* %highEnd, align 8
  %568 = getelementptr i64, i64* %regs, i64 8
  store i64 %567, i64* %568, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low88:                                      ; preds = %ok87
  %569 = load i64, i64* %lowStart, align 8
  %570 = icmp uge i64 %557, %569
  %571 = load i64, i64* %lowEnd, align 8
  %572 = icmp ule i64 %558, %571
  %573 = and i1 %570, %572
  br i1 %573, label %write.ok90, label %write.slow89

write.slow89:                                     ; preds = %write.low88
  %574 = icmp ugt i64 %558, %arena_size
  br i1 %574, label %trap17.site0, label %ok91

write.ok90:                                       ; preds = %ok91, %write.low88, %ok87
  %575 = getelementptr i8, i8* %mem, i64 %557
  store i64 %555, i64* %unaligned92, align 8
  %576 = bitcast i64* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %575, i8* %576, i64 8, i1 false)
  %577 = load i32, i32* %dict.1, align 4
  store i32 %577, i32* %result74, align 4
  br label %e25

ok91:                                             ; preds = %write.slow89
  %578 = icmp ult i64 %557, %scratch_start
  %579 = load i64, i64* %lowEnd, align 8
  %580 = load i64, i64* %highEnd, align 8
  %581 = call i64 @llvm.umax.i64(i64 %579, i64 %558)
  %582 = select i1 %578, i64 %581, i64 %579
  store i64 %582, i64* %lowEnd, align 8
  %583 = call i64 @llvm.umax.i64(i64 %580, i64 %558)
  %584 = select i1 %578, i64 %580, i64 %583
  store i64 %584, i64* %highEnd, align 8
  %585 = load i64, i64* %lowStart, align 8
  %586 = call i64 @llvm.umin.i64(i64 %585, i64 %557)
  store i64 %586, i64* %lowStart, align 8
  br label %write.ok90

write.low93:                                      ; preds = %e25
  %587 = load i64, i64* %lowStart, align 8
  %588 = icmp uge i64 %466, %587
  %589 = load i64, i64* %lowEnd, align 8
  %590 = icmp ule i64 %467, %589
  %591 = and i1 %588, %590
  br i1 %591, label %write.ok95, label %write.slow94

write.slow94:                                     ; preds = %write.low93
  %592 = icmp ugt i64 %467, %arena_size
  br i1 %592, label %trap17.site0, label %ok96

write.ok95:                                       ; preds = %ok96, %write.low93, %e25
  %593 = getelementptr i8, i8* %mem, i64 %466
  store i32 %464, i32* %unaligned97, align 4
  %594 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %593, i8* %594, i64 4, i1 false)
  %595 = load i32, i32* %len, align 4
  %596 = add i32 %595, 1
  store i32 %596, i32* %len, align 4
  %597 = load i32, i32* %k, align 4
  %598 = add i32 %597, 1
  store i32 %598, i32* %k, align 4
  br label %each24

ok96:                                             ; preds = %write.slow94
  %599 = icmp ult i64 %466, %scratch_start
  %600 = load i64, i64* %lowEnd, align 8
  %601 = load i64, i64* %highEnd, align 8
  %602 = call i64 @llvm.umax.i64(i64 %600, i64 %467)
  %603 = select i1 %599, i64 %602, i64 %600
  store i64 %603, i64* %lowEnd, align 8
  %604 = call i64 @llvm.umax.i64(i64 %601, i64 %467)
  %605 = select i1 %599, i64 %601, i64 %604
  store i64 %605, i64* %highEnd, align 8
  %606 = load i64, i64* %lowStart, align 8
  %607 = call i64 @llvm.umin.i64(i64 %606, i64 %466)
  store i64 %607, i64* %lowStart, align 8
  br label %write.ok95

dead98:                                           ; No predecessors!
  br label %block23

write.low99:                                      ; preds = %block23
  %608 = load i64, i64* %lowStart, align 8
  %609 = icmp uge i64 %426, %608
  %610 = load i64, i64* %lowEnd, align 8
  %611 = icmp ule i64 %427, %610
  %612 = and i1 %609, %611
  br i1 %612, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %613 = icmp ugt i64 %427, %arena_size
  br i1 %613, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %block23
  %614 = getelementptr i8, i8* %mem, i64 %426
  store i32 %425, i32* %unaligned103, align 4
  %615 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %614, i8* %615, i64 4, i1 false)
  %616 = load i32, i32* %list, align 4
  store i32 %616, i32* %result61, align 4
  br label %e21

ok102:                                            ; preds = %write.slow100
  %617 = icmp ult i64 %426, %scratch_start
  %618 = load i64, i64* %lowEnd, align 8
  %619 = load i64, i64* %highEnd, align 8
  %620 = call i64 @llvm.umax.i64(i64 %618, i64 %427)
  %621 = select i1 %617, i64 %620, i64 %618
  store i64 %621, i64* %lowEnd, align 8
  %622 = call i64 @llvm.umax.i64(i64 %619, i64 %427)
  %623 = select i1 %617, i64 %619, i64 %622
  store i64 %623, i64* %highEnd, align 8
  %624 = load i64, i64* %lowStart, align 8
  %625 = call i64 @llvm.umin.i64(i64 %624, i64 %426)
  store i64 %625, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %e21
  %626 = load i64, i64* %lowStart, align 8
  %627 = icmp uge i64 %381, %626
  %628 = load i64, i64* %lowEnd, align 8
  %629 = icmp ule i64 %382, %628
  %630 = and i1 %627, %629
  br i1 %630, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %631 = icmp ugt i64 %382, %arena_size
  br i1 %631, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e21
  %632 = getelementptr i8, i8* %mem, i64 %381
  store i32 %379, i32* %unaligned108, align 4
  %633 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %632, i8* %633, i64 4, i1 false)
  %634 = load i32, i32* %items, align 4
  store i32 %634, i32* %xs.1, align 4
  %635 = load i32, i32* %xs.1, align 4
  %636 = zext i32 %635 to i64
  %637 = add i64 %636, 4
  %638 = icmp ugt i64 %637, %arena_size
  br i1 %638, label %trap17.site0, label %ok111

ok107:                                            ; preds = %write.slow105
  %639 = icmp ult i64 %381, %scratch_start
  %640 = load i64, i64* %lowEnd, align 8
  %641 = load i64, i64* %highEnd, align 8
  %642 = call i64 @llvm.umax.i64(i64 %640, i64 %382)
  %643 = select i1 %639, i64 %642, i64 %640
  store i64 %643, i64* %lowEnd, align 8
  %644 = call i64 @llvm.umax.i64(i64 %641, i64 %382)
  %645 = select i1 %639, i64 %641, i64 %644
  store i64 %645, i64* %highEnd, align 8
  %646 = load i64, i64* %lowStart, align 8
  %647 = call i64 @llvm.umin.i64(i64 %646, i64 %381)
  store i64 %647, i64* %lowStart, align 8
  br label %write.ok106

e36:                                              ; preds = %block43
  %648 = load i64, i64* %result109, align 8
  store i64 %648, i64* %item_count, align 8
  %649 = load i32, i32* %dict, align 4
  %650 = load i64, i64* %item_count, align 8
  %651 = zext i32 %649 to i64
  %652 = add i64 %651, 24
  %653 = add i64 %652, 8
  %654 = icmp uge i64 %652, %scratch_start
  %655 = load i64, i64* %highEnd, align 8
  %656 = icmp ule i64 %653, %655
  %657 = and i1 %654, %656
  br i1 %657, label %write.ok147, label %write.low145

e37:                                              ; preds = %write.ok134
  %658 = load i32, i32* %result110, align 4
  store i32 %658, i32* %xs.2, align 4
  store i64 0, i64* %sum, align 8
  %659 = load i32, i32* %xs.2, align 4
  %660 = zext i32 %659 to i64
  %661 = add i64 %660, 4
  %662 = icmp ugt i64 %661, %arena_size
  br i1 %662, label %trap17.site0, label %ok137

ok111:                                            ; preds = %write.ok106
  %663 = getelementptr i8, i8* %mem, i64 %636
  %664 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %664, i8* %663, i64 4, i1 false)
  %665 = load i32, i32* %unaligned112, align 4
  %666 = zext i32 %665 to i64
  %667 = mul i64 %666, 8
  %668 = add i64 8, %667
  store i64 %668, i64* %size.1, align 8
  %669 = load i64, i64* %size.1, align 8
  %670 = icmp ugt i64 %669, 2147483647
  %671 = zext i1 %670 to i32
  %672 = icmp ne i32 %671, 0
  br i1 %672, label %then113, label %else114

then113:                                          ; preds = %ok111
  br label %trap15.site20

else114:                                          ; preds = %ok111
  br label %join115

join115:                                          ; preds = %else114, %dead116
  %673 = load i64, i64* %size.1, align 8
  %674 = trunc i64 %673 to i32
  %675 = zext i32 %674 to i64
  %676 = getelementptr i64, i64* %regs, i64 1
  %677 = getelementptr i64, i64* %regs, i64 2
  %678 = load i64, i64* %676, align 8
  %679 = add i64 %678, 7
  %680 = and i64 %679, -8
  %681 = add i64 %680, %675
  %682 = load i64, i64* %677, align 8
  %683 = icmp ugt i64 %681, %682
  br i1 %683, label %trap15.site20, label %ok117

trap15.site20:                                    ; preds = %join115, %then113
  %684 = load i64, i64* %lowStart, align 8
  %685 = getelementptr i64, i64* %regs, i64 6
  store i64 %684, i64* %685, align 8
  %686 = load i64, i64* %lowEnd, align 8
  %687 = getelementptr i64, i64* %regs, i64 7
  store i64 %686, i64* %687, align 8
  %688 = load i64, i64* %highEnd, align 8
  %689 = getelementptr i64, i64* %regs, i64 8
  store i64 %688, i64* %689, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

dead116:                                          ; No predecessors!
  br label %join115

ok117:                                            ; preds = %join115
  store i64 %681, i64* %676, align 8
  %690 = load i64, i64* %highEnd, align 8
  %691 = call i64 @llvm.umax.i64(i64 %690, i64 %681)
  store i64 %691, i64* %highEnd, align 8
  %692 = trunc i64 %680 to i32
  store i32 %692, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %693 = load i32, i32* %xs.1, align 4
  %694 = zext i32 %693 to i64
  %695 = add i64 %694, 4
  %696 = icmp ugt i64 %695, %arena_size
  br i1 %696, label %trap17.site0, label %ok118

ok118:                                            ; preds = %ok117
  %697 = getelementptr i8, i8* %mem, i64 %694
  %698 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %698, i8* %697, i64 4, i1 false)
  %699 = load i32, i32* %unaligned119, align 4
  store i32 %699, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each40

block39:                                          ; preds = %dead131, %ok120
  %700 = load i32, i32* %list.1, align 4
  %701 = load i32, i32* %len.1, align 4
  %702 = zext i32 %700 to i64
  %703 = add i64 %702, 4
  %704 = icmp uge i64 %702, %scratch_start
  %705 = load i64, i64* %highEnd, align 8
  %706 = icmp ule i64 %703, %705
  %707 = and i1 %704, %706
  br i1 %707, label %write.ok134, label %write.low132

each40:                                           ; preds = %write.ok128, %ok118
  %708 = load i64, i64* %fuel, align 8
  %709 = icmp ult i64 %708, 1
  br i1 %709, label %trap14.site0, label %ok120

ok120:                                            ; preds = %each40
  %710 = sub i64 %708, 1
  store i64 %710, i64* %fuel, align 8
  %711 = load i32, i32* %k.1, align 4
  %712 = load i32, i32* %n.1, align 4
  %713 = icmp uge i32 %711, %712
  %714 = zext i1 %713 to i32
  %715 = icmp ne i32 %714, 0
  br i1 %715, label %block39, label %cont121

cont121:                                          ; preds = %ok120
  %716 = load i32, i32* %xs.1, align 4
  %717 = load i32, i32* %k.1, align 4
  %718 = mul i32 %717, 4
  %719 = add i32 %716, %718
  %720 = zext i32 %719 to i64
  %721 = add i64 %720, 4
  %722 = add i64 %721, 4
  %723 = icmp ugt i64 %722, %arena_size
  br i1 %723, label %trap17.site0, label %ok122

ok122:                                            ; preds = %cont121
  %724 = getelementptr i8, i8* %mem, i64 %721
  %725 = bitcast i32* %unaligned123 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %725, i8* %724, i64 4, i1 false)
  %726 = load i32, i32* %unaligned123, align 4
  store i32 %726, i32* %x.1, align 4
  %727 = load i32, i32* %x.1, align 4
  store i32 %727, i32* %i.1, align 4
  %728 = load i32, i32* %list.1, align 4
  %729 = load i32, i32* %len.1, align 4
  %730 = mul i32 %729, 8
  %731 = add i32 %728, %730
  %732 = load i32, i32* %i.1, align 4
  %733 = zext i32 %732 to i64
  %734 = add i64 %733, 8
  %735 = add i64 %734, 8
  %736 = icmp ugt i64 %735, %arena_size
  br i1 %736, label %trap17.site21, label %ok124

ok124:                                            ; preds = %ok122
  %737 = getelementptr i8, i8* %mem, i64 %734
  %738 = bitcast i64* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %738, i8* %737, i64 8, i1 false)
  %739 = load i64, i64* %unaligned125, align 8
  %740 = zext i32 %731 to i64
  %741 = add i64 %740, 8
  %742 = add i64 %741, 8
  %743 = icmp uge i64 %741, %scratch_start
  %744 = load i64, i64* %highEnd, align 8
  %745 = icmp ule i64 %742, %744
  %746 = and i1 %743, %745
  br i1 %746, label %write.ok128, label %write.low126

trap17.site21:                                    ; preds = %ok122
  %747 = load i64, i64* %lowStart, align 8
  %748 = getelementptr i64, i64* %regs, i64 6
  store i64 %747, i64* %748, align 8
  %749 = load i64, i64* %lowEnd, align 8
  %750 = getelementptr i64, i64* %regs, i64 7
  store i64 %749, i64* %750, align 8
  %751 = load i64, i64* %highEnd, align 8
  %752 = getelementptr i64, i64* %regs, i64 8
  store i64 %751, i64* %752, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

write.low126:                                     ; preds = %ok124
  %753 = load i64, i64* %lowStart, align 8
  %754 = icmp uge i64 %741, %753
  %755 = load i64, i64* %lowEnd, align 8
  %756 = icmp ule i64 %742, %755
  %757 = and i1 %754, %756
  br i1 %757, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %758 = icmp ugt i64 %742, %arena_size
  br i1 %758, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %ok124
  %759 = getelementptr i8, i8* %mem, i64 %741
  store i64 %739, i64* %unaligned130, align 8
  %760 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %759, i8* %760, i64 8, i1 false)
  %761 = load i32, i32* %len.1, align 4
  %762 = add i32 %761, 1
  store i32 %762, i32* %len.1, align 4
  %763 = load i32, i32* %k.1, align 4
  %764 = add i32 %763, 1
  store i32 %764, i32* %k.1, align 4
  br label %each40

ok129:                                            ; preds = %write.slow127
  %765 = icmp ult i64 %741, %scratch_start
  %766 = load i64, i64* %lowEnd, align 8
  %767 = load i64, i64* %highEnd, align 8
  %768 = call i64 @llvm.umax.i64(i64 %766, i64 %742)
  %769 = select i1 %765, i64 %768, i64 %766
  store i64 %769, i64* %lowEnd, align 8
  %770 = call i64 @llvm.umax.i64(i64 %767, i64 %742)
  %771 = select i1 %765, i64 %767, i64 %770
  store i64 %771, i64* %highEnd, align 8
  %772 = load i64, i64* %lowStart, align 8
  %773 = call i64 @llvm.umin.i64(i64 %772, i64 %741)
  store i64 %773, i64* %lowStart, align 8
  br label %write.ok128

dead131:                                          ; No predecessors!
  br label %block39

write.low132:                                     ; preds = %block39
  %774 = load i64, i64* %lowStart, align 8
  %775 = icmp uge i64 %702, %774
  %776 = load i64, i64* %lowEnd, align 8
  %777 = icmp ule i64 %703, %776
  %778 = and i1 %775, %777
  br i1 %778, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %779 = icmp ugt i64 %703, %arena_size
  br i1 %779, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %block39
  %780 = getelementptr i8, i8* %mem, i64 %702
  store i32 %701, i32* %unaligned136, align 4
  %781 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %780, i8* %781, i64 4, i1 false)
  %782 = load i32, i32* %list.1, align 4
  store i32 %782, i32* %result110, align 4
  br label %e37

ok135:                                            ; preds = %write.slow133
  %783 = icmp ult i64 %702, %scratch_start
  %784 = load i64, i64* %lowEnd, align 8
  %785 = load i64, i64* %highEnd, align 8
  %786 = call i64 @llvm.umax.i64(i64 %784, i64 %703)
  %787 = select i1 %783, i64 %786, i64 %784
  store i64 %787, i64* %lowEnd, align 8
  %788 = call i64 @llvm.umax.i64(i64 %785, i64 %703)
  %789 = select i1 %783, i64 %785, i64 %788
  store i64 %789, i64* %highEnd, align 8
  %790 = load i64, i64* %lowStart, align 8
  %791 = call i64 @llvm.umin.i64(i64 %790, i64 %702)
  store i64 %791, i64* %lowStart, align 8
  br label %write.ok134

ok137:                                            ; preds = %e37
  %792 = getelementptr i8, i8* %mem, i64 %660
  %793 = bitcast i32* %unaligned138 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %793, i8* %792, i64 4, i1 false)
  %794 = load i32, i32* %unaligned138, align 4
  store i32 %794, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each44

block43:                                          ; preds = %dead144, %ok139
  %795 = load i64, i64* %sum, align 8
  store i64 %795, i64* %result109, align 8
  br label %e36

each44:                                           ; preds = %ok143, %ok137
  %796 = load i64, i64* %fuel, align 8
  %797 = icmp ult i64 %796, 1
  br i1 %797, label %trap14.site0, label %ok139

ok139:                                            ; preds = %each44
  %798 = sub i64 %796, 1
  store i64 %798, i64* %fuel, align 8
  %799 = load i32, i32* %k.2, align 4
  %800 = load i32, i32* %n.2, align 4
  %801 = icmp uge i32 %799, %800
  %802 = zext i1 %801 to i32
  %803 = icmp ne i32 %802, 0
  br i1 %803, label %block43, label %cont140

cont140:                                          ; preds = %ok139
  %804 = load i32, i32* %xs.2, align 4
  %805 = load i32, i32* %k.2, align 4
  %806 = mul i32 %805, 8
  %807 = add i32 %804, %806
  %808 = zext i32 %807 to i64
  %809 = add i64 %808, 8
  %810 = add i64 %809, 8
  %811 = icmp ugt i64 %810, %arena_size
  br i1 %811, label %trap17.site0, label %ok141

ok141:                                            ; preds = %cont140
  %812 = getelementptr i8, i8* %mem, i64 %809
  %813 = bitcast i64* %unaligned142 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %813, i8* %812, i64 8, i1 false)
  %814 = load i64, i64* %unaligned142, align 8
  store i64 %814, i64* %x.2, align 8
  %815 = load i64, i64* %sum, align 8
  %816 = load i64, i64* %x.2, align 8
  %817 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %815, i64 %816)
  %818 = extractvalue { i64, i1 } %817, 1
  br i1 %818, label %trap2.site19, label %ok143

ok143:                                            ; preds = %ok141
  %819 = extractvalue { i64, i1 } %817, 0
  store i64 %819, i64* %sum, align 8
  %820 = load i32, i32* %k.2, align 4
  %821 = add i32 %820, 1
  store i32 %821, i32* %k.2, align 4
  br label %each44

trap2.site19:                                     ; preds = %ok141
  %822 = load i64, i64* %lowStart, align 8
  %823 = getelementptr i64, i64* %regs, i64 6
  store i64 %822, i64* %823, align 8
  %824 = load i64, i64* %lowEnd, align 8
  %825 = getelementptr i64, i64* %regs, i64 7
  store i64 %824, i64* %825, align 8
  %826 = load i64, i64* %highEnd, align 8
  %827 = getelementptr i64, i64* %regs, i64 8
  store i64 %826, i64* %827, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

dead144:                                          ; No predecessors!
  br label %block43

write.low145:                                     ; preds = %e36
  %828 = load i64, i64* %lowStart, align 8
  %829 = icmp uge i64 %652, %828
  %830 = load i64, i64* %lowEnd, align 8
  %831 = icmp ule i64 %653, %830
  %832 = and i1 %829, %831
  br i1 %832, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %833 = icmp ugt i64 %653, %arena_size
  br i1 %833, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %e36
  %834 = getelementptr i8, i8* %mem, i64 %652
  store i64 %650, i64* %unaligned149, align 8
  %835 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %834, i8* %835, i64 8, i1 false)
  %836 = load i32, i32* %lines, align 4
  store i32 %836, i32* %xs.3, align 4
  %837 = load i32, i32* %xs.3, align 4
  %838 = zext i32 %837 to i64
  %839 = add i64 %838, 4
  %840 = icmp ugt i64 %839, %arena_size
  br i1 %840, label %trap17.site0, label %ok152

ok148:                                            ; preds = %write.slow146
  %841 = icmp ult i64 %652, %scratch_start
  %842 = load i64, i64* %lowEnd, align 8
  %843 = load i64, i64* %highEnd, align 8
  %844 = call i64 @llvm.umax.i64(i64 %842, i64 %653)
  %845 = select i1 %841, i64 %844, i64 %842
  store i64 %845, i64* %lowEnd, align 8
  %846 = call i64 @llvm.umax.i64(i64 %843, i64 %653)
  %847 = select i1 %841, i64 %843, i64 %846
  store i64 %847, i64* %highEnd, align 8
  %848 = load i64, i64* %lowStart, align 8
  %849 = call i64 @llvm.umin.i64(i64 %848, i64 %652)
  store i64 %849, i64* %lowStart, align 8
  br label %write.ok147

e45:                                              ; preds = %block52
  %850 = load i64, i64* %result150, align 8
  store i64 %850, i64* %subtotal_cents, align 8
  %851 = load i32, i32* %dict, align 4
  %852 = load i64, i64* %subtotal_cents, align 8
  %853 = zext i32 %851 to i64
  %854 = add i64 %853, 32
  %855 = add i64 %854, 8
  %856 = icmp uge i64 %854, %scratch_start
  %857 = load i64, i64* %highEnd, align 8
  %858 = icmp ule i64 %855, %857
  %859 = and i1 %856, %858
  br i1 %859, label %write.ok188, label %write.low186

e46:                                              ; preds = %write.ok175
  %860 = load i32, i32* %result151, align 4
  store i32 %860, i32* %xs.4, align 4
  store i64 0, i64* %sum.1, align 8
  %861 = load i32, i32* %xs.4, align 4
  %862 = zext i32 %861 to i64
  %863 = add i64 %862, 4
  %864 = icmp ugt i64 %863, %arena_size
  br i1 %864, label %trap17.site0, label %ok178

ok152:                                            ; preds = %write.ok147
  %865 = getelementptr i8, i8* %mem, i64 %838
  %866 = bitcast i32* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %866, i8* %865, i64 4, i1 false)
  %867 = load i32, i32* %unaligned153, align 4
  %868 = zext i32 %867 to i64
  %869 = mul i64 %868, 8
  %870 = add i64 8, %869
  store i64 %870, i64* %size.2, align 8
  %871 = load i64, i64* %size.2, align 8
  %872 = icmp ugt i64 %871, 2147483647
  %873 = zext i1 %872 to i32
  %874 = icmp ne i32 %873, 0
  br i1 %874, label %then154, label %else155

then154:                                          ; preds = %ok152
  br label %trap15.site23

else155:                                          ; preds = %ok152
  br label %join156

join156:                                          ; preds = %else155, %dead157
  %875 = load i64, i64* %size.2, align 8
  %876 = trunc i64 %875 to i32
  %877 = zext i32 %876 to i64
  %878 = getelementptr i64, i64* %regs, i64 1
  %879 = getelementptr i64, i64* %regs, i64 2
  %880 = load i64, i64* %878, align 8
  %881 = add i64 %880, 7
  %882 = and i64 %881, -8
  %883 = add i64 %882, %877
  %884 = load i64, i64* %879, align 8
  %885 = icmp ugt i64 %883, %884
  br i1 %885, label %trap15.site23, label %ok158

trap15.site23:                                    ; preds = %join156, %then154
  %886 = load i64, i64* %lowStart, align 8
  %887 = getelementptr i64, i64* %regs, i64 6
  store i64 %886, i64* %887, align 8
  %888 = load i64, i64* %lowEnd, align 8
  %889 = getelementptr i64, i64* %regs, i64 7
  store i64 %888, i64* %889, align 8
  %890 = load i64, i64* %highEnd, align 8
  %891 = getelementptr i64, i64* %regs, i64 8
  store i64 %890, i64* %891, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead157:                                          ; No predecessors!
  br label %join156

ok158:                                            ; preds = %join156
  store i64 %883, i64* %878, align 8
  %892 = load i64, i64* %highEnd, align 8
  %893 = call i64 @llvm.umax.i64(i64 %892, i64 %883)
  store i64 %893, i64* %highEnd, align 8
  %894 = trunc i64 %882 to i32
  store i32 %894, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %895 = load i32, i32* %xs.3, align 4
  %896 = zext i32 %895 to i64
  %897 = add i64 %896, 4
  %898 = icmp ugt i64 %897, %arena_size
  br i1 %898, label %trap17.site0, label %ok159

ok159:                                            ; preds = %ok158
  %899 = getelementptr i8, i8* %mem, i64 %896
  %900 = bitcast i32* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %900, i8* %899, i64 4, i1 false)
  %901 = load i32, i32* %unaligned160, align 4
  store i32 %901, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each49

block48:                                          ; preds = %dead172, %ok161
  %902 = load i32, i32* %list.2, align 4
  %903 = load i32, i32* %len.2, align 4
  %904 = zext i32 %902 to i64
  %905 = add i64 %904, 4
  %906 = icmp uge i64 %904, %scratch_start
  %907 = load i64, i64* %highEnd, align 8
  %908 = icmp ule i64 %905, %907
  %909 = and i1 %906, %908
  br i1 %909, label %write.ok175, label %write.low173

each49:                                           ; preds = %write.ok169, %ok159
  %910 = load i64, i64* %fuel, align 8
  %911 = icmp ult i64 %910, 1
  br i1 %911, label %trap14.site0, label %ok161

ok161:                                            ; preds = %each49
  %912 = sub i64 %910, 1
  store i64 %912, i64* %fuel, align 8
  %913 = load i32, i32* %k.3, align 4
  %914 = load i32, i32* %n.3, align 4
  %915 = icmp uge i32 %913, %914
  %916 = zext i1 %915 to i32
  %917 = icmp ne i32 %916, 0
  br i1 %917, label %block48, label %cont162

cont162:                                          ; preds = %ok161
  %918 = load i32, i32* %xs.3, align 4
  %919 = load i32, i32* %k.3, align 4
  %920 = mul i32 %919, 4
  %921 = add i32 %918, %920
  %922 = zext i32 %921 to i64
  %923 = add i64 %922, 4
  %924 = add i64 %923, 4
  %925 = icmp ugt i64 %924, %arena_size
  br i1 %925, label %trap17.site0, label %ok163

ok163:                                            ; preds = %cont162
  %926 = getelementptr i8, i8* %mem, i64 %923
  %927 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %927, i8* %926, i64 4, i1 false)
  %928 = load i32, i32* %unaligned164, align 4
  store i32 %928, i32* %x.3, align 4
  %929 = load i32, i32* %x.3, align 4
  store i32 %929, i32* %l, align 4
  %930 = load i32, i32* %list.2, align 4
  %931 = load i32, i32* %len.2, align 4
  %932 = mul i32 %931, 8
  %933 = add i32 %930, %932
  %934 = load i32, i32* %l, align 4
  %935 = zext i32 %934 to i64
  %936 = add i64 %935, 8
  %937 = add i64 %936, 8
  %938 = icmp ugt i64 %937, %arena_size
  br i1 %938, label %trap17.site24, label %ok165

ok165:                                            ; preds = %ok163
  %939 = getelementptr i8, i8* %mem, i64 %936
  %940 = bitcast i64* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %940, i8* %939, i64 8, i1 false)
  %941 = load i64, i64* %unaligned166, align 8
  %942 = zext i32 %933 to i64
  %943 = add i64 %942, 8
  %944 = add i64 %943, 8
  %945 = icmp uge i64 %943, %scratch_start
  %946 = load i64, i64* %highEnd, align 8
  %947 = icmp ule i64 %944, %946
  %948 = and i1 %945, %947
  br i1 %948, label %write.ok169, label %write.low167

trap17.site24:                                    ; preds = %ok163
  %949 = load i64, i64* %lowStart, align 8
  %950 = getelementptr i64, i64* %regs, i64 6
  store i64 %949, i64* %950, align 8
  %951 = load i64, i64* %lowEnd, align 8
  %952 = getelementptr i64, i64* %regs, i64 7
  store i64 %951, i64* %952, align 8
  %953 = load i64, i64* %highEnd, align 8
  %954 = getelementptr i64, i64* %regs, i64 8
  store i64 %953, i64* %954, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 24)
  unreachable

write.low167:                                     ; preds = %ok165
  %955 = load i64, i64* %lowStart, align 8
  %956 = icmp uge i64 %943, %955
  %957 = load i64, i64* %lowEnd, align 8
  %958 = icmp ule i64 %944, %957
  %959 = and i1 %956, %958
  br i1 %959, label %write.ok169, label %write.slow168

write.slow168:                                    ; preds = %write.low167
  %960 = icmp ugt i64 %944, %arena_size
  br i1 %960, label %trap17.site0, label %ok170

write.ok169:                                      ; preds = %ok170, %write.low167, %ok165
  %961 = getelementptr i8, i8* %mem, i64 %943
  store i64 %941, i64* %unaligned171, align 8
  %962 = bitcast i64* %unaligned171 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %961, i8* %962, i64 8, i1 false)
  %963 = load i32, i32* %len.2, align 4
  %964 = add i32 %963, 1
  store i32 %964, i32* %len.2, align 4
  %965 = load i32, i32* %k.3, align 4
  %966 = add i32 %965, 1
  store i32 %966, i32* %k.3, align 4
  br label %each49

ok170:                                            ; preds = %write.slow168
  %967 = icmp ult i64 %943, %scratch_start
  %968 = load i64, i64* %lowEnd, align 8
  %969 = load i64, i64* %highEnd, align 8
  %970 = call i64 @llvm.umax.i64(i64 %968, i64 %944)
  %971 = select i1 %967, i64 %970, i64 %968
  store i64 %971, i64* %lowEnd, align 8
  %972 = call i64 @llvm.umax.i64(i64 %969, i64 %944)
  %973 = select i1 %967, i64 %969, i64 %972
  store i64 %973, i64* %highEnd, align 8
  %974 = load i64, i64* %lowStart, align 8
  %975 = call i64 @llvm.umin.i64(i64 %974, i64 %943)
  store i64 %975, i64* %lowStart, align 8
  br label %write.ok169

dead172:                                          ; No predecessors!
  br label %block48

write.low173:                                     ; preds = %block48
  %976 = load i64, i64* %lowStart, align 8
  %977 = icmp uge i64 %904, %976
  %978 = load i64, i64* %lowEnd, align 8
  %979 = icmp ule i64 %905, %978
  %980 = and i1 %977, %979
  br i1 %980, label %write.ok175, label %write.slow174

write.slow174:                                    ; preds = %write.low173
  %981 = icmp ugt i64 %905, %arena_size
  br i1 %981, label %trap17.site0, label %ok176

write.ok175:                                      ; preds = %ok176, %write.low173, %block48
  %982 = getelementptr i8, i8* %mem, i64 %904
  store i32 %903, i32* %unaligned177, align 4
  %983 = bitcast i32* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %982, i8* %983, i64 4, i1 false)
  %984 = load i32, i32* %list.2, align 4
  store i32 %984, i32* %result151, align 4
  br label %e46

ok176:                                            ; preds = %write.slow174
  %985 = icmp ult i64 %904, %scratch_start
  %986 = load i64, i64* %lowEnd, align 8
  %987 = load i64, i64* %highEnd, align 8
  %988 = call i64 @llvm.umax.i64(i64 %986, i64 %905)
  %989 = select i1 %985, i64 %988, i64 %986
  store i64 %989, i64* %lowEnd, align 8
  %990 = call i64 @llvm.umax.i64(i64 %987, i64 %905)
  %991 = select i1 %985, i64 %987, i64 %990
  store i64 %991, i64* %highEnd, align 8
  %992 = load i64, i64* %lowStart, align 8
  %993 = call i64 @llvm.umin.i64(i64 %992, i64 %904)
  store i64 %993, i64* %lowStart, align 8
  br label %write.ok175

ok178:                                            ; preds = %e46
  %994 = getelementptr i8, i8* %mem, i64 %862
  %995 = bitcast i32* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %995, i8* %994, i64 4, i1 false)
  %996 = load i32, i32* %unaligned179, align 4
  store i32 %996, i32* %n.4, align 4
  store i32 0, i32* %k.4, align 4
  br label %each53

block52:                                          ; preds = %dead185, %ok180
  %997 = load i64, i64* %sum.1, align 8
  store i64 %997, i64* %result150, align 8
  br label %e45

each53:                                           ; preds = %ok184, %ok178
  %998 = load i64, i64* %fuel, align 8
  %999 = icmp ult i64 %998, 1
  br i1 %999, label %trap14.site0, label %ok180

ok180:                                            ; preds = %each53
  %1000 = sub i64 %998, 1
  store i64 %1000, i64* %fuel, align 8
  %1001 = load i32, i32* %k.4, align 4
  %1002 = load i32, i32* %n.4, align 4
  %1003 = icmp uge i32 %1001, %1002
  %1004 = zext i1 %1003 to i32
  %1005 = icmp ne i32 %1004, 0
  br i1 %1005, label %block52, label %cont181

cont181:                                          ; preds = %ok180
  %1006 = load i32, i32* %xs.4, align 4
  %1007 = load i32, i32* %k.4, align 4
  %1008 = mul i32 %1007, 8
  %1009 = add i32 %1006, %1008
  %1010 = zext i32 %1009 to i64
  %1011 = add i64 %1010, 8
  %1012 = add i64 %1011, 8
  %1013 = icmp ugt i64 %1012, %arena_size
  br i1 %1013, label %trap17.site0, label %ok182

ok182:                                            ; preds = %cont181
  %1014 = getelementptr i8, i8* %mem, i64 %1011
  %1015 = bitcast i64* %unaligned183 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1015, i8* %1014, i64 8, i1 false)
  %1016 = load i64, i64* %unaligned183, align 8
  store i64 %1016, i64* %x.4, align 8
  %1017 = load i64, i64* %sum.1, align 8
  %1018 = load i64, i64* %x.4, align 8
  %1019 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %1017, i64 %1018)
  %1020 = extractvalue { i64, i1 } %1019, 1
  br i1 %1020, label %trap2.site22, label %ok184

ok184:                                            ; preds = %ok182
  %1021 = extractvalue { i64, i1 } %1019, 0
  store i64 %1021, i64* %sum.1, align 8
  %1022 = load i32, i32* %k.4, align 4
  %1023 = add i32 %1022, 1
  store i32 %1023, i32* %k.4, align 4
  br label %each53

trap2.site22:                                     ; preds = %ok182
  %1024 = load i64, i64* %lowStart, align 8
  %1025 = getelementptr i64, i64* %regs, i64 6
  store i64 %1024, i64* %1025, align 8
  %1026 = load i64, i64* %lowEnd, align 8
  %1027 = getelementptr i64, i64* %regs, i64 7
  store i64 %1026, i64* %1027, align 8
  %1028 = load i64, i64* %highEnd, align 8
  %1029 = getelementptr i64, i64* %regs, i64 8
  store i64 %1028, i64* %1029, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 22)
  unreachable

dead185:                                          ; No predecessors!
  br label %block52

write.low186:                                     ; preds = %e45
  %1030 = load i64, i64* %lowStart, align 8
  %1031 = icmp uge i64 %854, %1030
  %1032 = load i64, i64* %lowEnd, align 8
  %1033 = icmp ule i64 %855, %1032
  %1034 = and i1 %1031, %1033
  br i1 %1034, label %write.ok188, label %write.slow187

write.slow187:                                    ; preds = %write.low186
  %1035 = icmp ugt i64 %855, %arena_size
  br i1 %1035, label %trap17.site0, label %ok189

write.ok188:                                      ; preds = %ok189, %write.low186, %e45
  %1036 = getelementptr i8, i8* %mem, i64 %854
  store i64 %852, i64* %unaligned190, align 8
  %1037 = bitcast i64* %unaligned190 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1036, i8* %1037, i64 8, i1 false)
  %1038 = load i64, i64* %subtotal_cents, align 8
  %1039 = load i64, i64* %discount_pct.1, align 8
  %1040 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1038, i64 %1039)
  %1041 = extractvalue { i64, i1 } %1040, 1
  br i1 %1041, label %trap2.site26, label %ok191

ok189:                                            ; preds = %write.slow187
  %1042 = icmp ult i64 %854, %scratch_start
  %1043 = load i64, i64* %lowEnd, align 8
  %1044 = load i64, i64* %highEnd, align 8
  %1045 = call i64 @llvm.umax.i64(i64 %1043, i64 %855)
  %1046 = select i1 %1042, i64 %1045, i64 %1043
  store i64 %1046, i64* %lowEnd, align 8
  %1047 = call i64 @llvm.umax.i64(i64 %1044, i64 %855)
  %1048 = select i1 %1042, i64 %1044, i64 %1047
  store i64 %1048, i64* %highEnd, align 8
  %1049 = load i64, i64* %lowStart, align 8
  %1050 = call i64 @llvm.umin.i64(i64 %1049, i64 %854)
  store i64 %1050, i64* %lowStart, align 8
  br label %write.ok188

ok191:                                            ; preds = %write.ok188
  %1051 = extractvalue { i64, i1 } %1040, 0
  br i1 false, label %trap1.site25, label %ok192

trap2.site26:                                     ; preds = %write.ok188
  %1052 = load i64, i64* %lowStart, align 8
  %1053 = getelementptr i64, i64* %regs, i64 6
  store i64 %1052, i64* %1053, align 8
  %1054 = load i64, i64* %lowEnd, align 8
  %1055 = getelementptr i64, i64* %regs, i64 7
  store i64 %1054, i64* %1055, align 8
  %1056 = load i64, i64* %highEnd, align 8
  %1057 = getelementptr i64, i64* %regs, i64 8
  store i64 %1056, i64* %1057, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

ok192:                                            ; preds = %ok191
  %1058 = icmp eq i64 %1051, -9223372036854775808
  %1059 = and i1 %1058, false
  br i1 %1059, label %trap2.site25, label %ok193

trap1.site25:                                     ; preds = %ok191
  %1060 = load i64, i64* %lowStart, align 8
  %1061 = getelementptr i64, i64* %regs, i64 6
  store i64 %1060, i64* %1061, align 8
  %1062 = load i64, i64* %lowEnd, align 8
  %1063 = getelementptr i64, i64* %regs, i64 7
  store i64 %1062, i64* %1063, align 8
  %1064 = load i64, i64* %highEnd, align 8
  %1065 = getelementptr i64, i64* %regs, i64 8
  store i64 %1064, i64* %1065, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 25)
  unreachable

ok193:                                            ; preds = %ok192
  %1066 = sdiv i64 %1051, 100
  store i64 %1066, i64* %discount_cents, align 8
  %1067 = load i32, i32* %dict, align 4
  %1068 = load i64, i64* %discount_cents, align 8
  %1069 = zext i32 %1067 to i64
  %1070 = add i64 %1069, 40
  %1071 = add i64 %1070, 8
  %1072 = icmp uge i64 %1070, %scratch_start
  %1073 = load i64, i64* %highEnd, align 8
  %1074 = icmp ule i64 %1071, %1073
  %1075 = and i1 %1072, %1074
  br i1 %1075, label %write.ok196, label %write.low194

trap2.site25:                                     ; preds = %ok192
  %1076 = load i64, i64* %lowStart, align 8
  %1077 = getelementptr i64, i64* %regs, i64 6
  store i64 %1076, i64* %1077, align 8
  %1078 = load i64, i64* %lowEnd, align 8
  %1079 = getelementptr i64, i64* %regs, i64 7
  store i64 %1078, i64* %1079, align 8
  %1080 = load i64, i64* %highEnd, align 8
  %1081 = getelementptr i64, i64* %regs, i64 8
  store i64 %1080, i64* %1081, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 25)
  unreachable

write.low194:                                     ; preds = %ok193
  %1082 = load i64, i64* %lowStart, align 8
  %1083 = icmp uge i64 %1070, %1082
  %1084 = load i64, i64* %lowEnd, align 8
  %1085 = icmp ule i64 %1071, %1084
  %1086 = and i1 %1083, %1085
  br i1 %1086, label %write.ok196, label %write.slow195

write.slow195:                                    ; preds = %write.low194
  %1087 = icmp ugt i64 %1071, %arena_size
  br i1 %1087, label %trap17.site0, label %ok197

write.ok196:                                      ; preds = %ok197, %write.low194, %ok193
  %1088 = getelementptr i8, i8* %mem, i64 %1070
  store i64 %1068, i64* %unaligned198, align 8
  %1089 = bitcast i64* %unaligned198 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1088, i8* %1089, i64 8, i1 false)
  %1090 = load i64, i64* %subtotal_cents, align 8
  %1091 = load i64, i64* %discount_cents, align 8
  %1092 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %1090, i64 %1091)
  %1093 = extractvalue { i64, i1 } %1092, 1
  br i1 %1093, label %trap2.site29, label %ok199

ok197:                                            ; preds = %write.slow195
  %1094 = icmp ult i64 %1070, %scratch_start
  %1095 = load i64, i64* %lowEnd, align 8
  %1096 = load i64, i64* %highEnd, align 8
  %1097 = call i64 @llvm.umax.i64(i64 %1095, i64 %1071)
  %1098 = select i1 %1094, i64 %1097, i64 %1095
  store i64 %1098, i64* %lowEnd, align 8
  %1099 = call i64 @llvm.umax.i64(i64 %1096, i64 %1071)
  %1100 = select i1 %1094, i64 %1096, i64 %1099
  store i64 %1100, i64* %highEnd, align 8
  %1101 = load i64, i64* %lowStart, align 8
  %1102 = call i64 @llvm.umin.i64(i64 %1101, i64 %1070)
  store i64 %1102, i64* %lowStart, align 8
  br label %write.ok196

ok199:                                            ; preds = %write.ok196
  %1103 = extractvalue { i64, i1 } %1092, 0
  %1104 = sitofp i64 %1103 to double
  %1105 = load double, double* %tax_rate, align 8
  %1106 = fmul double %1104, %1105
  %1107 = call double @llvm.roundeven.f64(double %1106)
  %1108 = call i64 @llvm.fptosi.sat.i64.f64(double %1107)
  store i64 %1108, i64* %tax_cents, align 8
  %1109 = load i32, i32* %dict, align 4
  %1110 = load i64, i64* %tax_cents, align 8
  %1111 = zext i32 %1109 to i64
  %1112 = add i64 %1111, 48
  %1113 = add i64 %1112, 8
  %1114 = icmp uge i64 %1112, %scratch_start
  %1115 = load i64, i64* %highEnd, align 8
  %1116 = icmp ule i64 %1113, %1115
  %1117 = and i1 %1114, %1116
  br i1 %1117, label %write.ok202, label %write.low200

trap2.site29:                                     ; preds = %write.ok196
  %1118 = load i64, i64* %lowStart, align 8
  %1119 = getelementptr i64, i64* %regs, i64 6
  store i64 %1118, i64* %1119, align 8
  %1120 = load i64, i64* %lowEnd, align 8
  %1121 = getelementptr i64, i64* %regs, i64 7
  store i64 %1120, i64* %1121, align 8
  %1122 = load i64, i64* %highEnd, align 8
  %1123 = getelementptr i64, i64* %regs, i64 8
  store i64 %1122, i64* %1123, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 29)
  unreachable

write.low200:                                     ; preds = %ok199
  %1124 = load i64, i64* %lowStart, align 8
  %1125 = icmp uge i64 %1112, %1124
  %1126 = load i64, i64* %lowEnd, align 8
  %1127 = icmp ule i64 %1113, %1126
  %1128 = and i1 %1125, %1127
  br i1 %1128, label %write.ok202, label %write.slow201

write.slow201:                                    ; preds = %write.low200
  %1129 = icmp ugt i64 %1113, %arena_size
  br i1 %1129, label %trap17.site0, label %ok203

write.ok202:                                      ; preds = %ok203, %write.low200, %ok199
  %1130 = getelementptr i8, i8* %mem, i64 %1112
  store i64 %1110, i64* %unaligned204, align 8
  %1131 = bitcast i64* %unaligned204 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1130, i8* %1131, i64 8, i1 false)
  %1132 = load i64, i64* %subtotal_cents, align 8
  %1133 = load i64, i64* %discount_cents, align 8
  %1134 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %1132, i64 %1133)
  %1135 = extractvalue { i64, i1 } %1134, 1
  br i1 %1135, label %trap2.site31, label %ok205

ok203:                                            ; preds = %write.slow201
  %1136 = icmp ult i64 %1112, %scratch_start
  %1137 = load i64, i64* %lowEnd, align 8
  %1138 = load i64, i64* %highEnd, align 8
  %1139 = call i64 @llvm.umax.i64(i64 %1137, i64 %1113)
  %1140 = select i1 %1136, i64 %1139, i64 %1137
  store i64 %1140, i64* %lowEnd, align 8
  %1141 = call i64 @llvm.umax.i64(i64 %1138, i64 %1113)
  %1142 = select i1 %1136, i64 %1138, i64 %1141
  store i64 %1142, i64* %highEnd, align 8
  %1143 = load i64, i64* %lowStart, align 8
  %1144 = call i64 @llvm.umin.i64(i64 %1143, i64 %1112)
  store i64 %1144, i64* %lowStart, align 8
  br label %write.ok202

ok205:                                            ; preds = %write.ok202
  %1145 = extractvalue { i64, i1 } %1134, 0
  %1146 = load i64, i64* %tax_cents, align 8
  %1147 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %1145, i64 %1146)
  %1148 = extractvalue { i64, i1 } %1147, 1
  br i1 %1148, label %trap2.site30, label %ok206

trap2.site31:                                     ; preds = %write.ok202
  %1149 = load i64, i64* %lowStart, align 8
  %1150 = getelementptr i64, i64* %regs, i64 6
  store i64 %1149, i64* %1150, align 8
  %1151 = load i64, i64* %lowEnd, align 8
  %1152 = getelementptr i64, i64* %regs, i64 7
  store i64 %1151, i64* %1152, align 8
  %1153 = load i64, i64* %highEnd, align 8
  %1154 = getelementptr i64, i64* %regs, i64 8
  store i64 %1153, i64* %1154, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 31)
  unreachable

ok206:                                            ; preds = %ok205
  %1155 = extractvalue { i64, i1 } %1147, 0
  store i64 %1155, i64* %total_cents, align 8
  %1156 = load i32, i32* %dict, align 4
  %1157 = load i64, i64* %total_cents, align 8
  %1158 = zext i32 %1156 to i64
  %1159 = add i64 %1158, 56
  %1160 = add i64 %1159, 8
  %1161 = icmp uge i64 %1159, %scratch_start
  %1162 = load i64, i64* %highEnd, align 8
  %1163 = icmp ule i64 %1160, %1162
  %1164 = and i1 %1161, %1163
  br i1 %1164, label %write.ok209, label %write.low207

trap2.site30:                                     ; preds = %ok205
  %1165 = load i64, i64* %lowStart, align 8
  %1166 = getelementptr i64, i64* %regs, i64 6
  store i64 %1165, i64* %1166, align 8
  %1167 = load i64, i64* %lowEnd, align 8
  %1168 = getelementptr i64, i64* %regs, i64 7
  store i64 %1167, i64* %1168, align 8
  %1169 = load i64, i64* %highEnd, align 8
  %1170 = getelementptr i64, i64* %regs, i64 8
  store i64 %1169, i64* %1170, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 30)
  unreachable

write.low207:                                     ; preds = %ok206
  %1171 = load i64, i64* %lowStart, align 8
  %1172 = icmp uge i64 %1159, %1171
  %1173 = load i64, i64* %lowEnd, align 8
  %1174 = icmp ule i64 %1160, %1173
  %1175 = and i1 %1172, %1174
  br i1 %1175, label %write.ok209, label %write.slow208

write.slow208:                                    ; preds = %write.low207
  %1176 = icmp ugt i64 %1160, %arena_size
  br i1 %1176, label %trap17.site0, label %ok210

write.ok209:                                      ; preds = %ok210, %write.low207, %ok206
  %1177 = getelementptr i8, i8* %mem, i64 %1159
  store i64 %1157, i64* %unaligned211, align 8
  %1178 = bitcast i64* %unaligned211 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1177, i8* %1178, i64 8, i1 false)
  %1179 = load i64, i64* %item_count, align 8
  store i64 %1179, i64* %part, align 8
  %1180 = load i32, i32* %country, align 4
  store i32 %1180, i32* %part.1, align 4
  %1181 = load i64, i64* %total_cents, align 8
  %1182 = icmp uge i32 %depth, 1000
  br i1 %1182, label %trap15.site32, label %ok213

ok210:                                            ; preds = %write.slow208
  %1183 = icmp ult i64 %1159, %scratch_start
  %1184 = load i64, i64* %lowEnd, align 8
  %1185 = load i64, i64* %highEnd, align 8
  %1186 = call i64 @llvm.umax.i64(i64 %1184, i64 %1160)
  %1187 = select i1 %1183, i64 %1186, i64 %1184
  store i64 %1187, i64* %lowEnd, align 8
  %1188 = call i64 @llvm.umax.i64(i64 %1185, i64 %1160)
  %1189 = select i1 %1183, i64 %1185, i64 %1188
  store i64 %1189, i64* %highEnd, align 8
  %1190 = load i64, i64* %lowStart, align 8
  %1191 = call i64 @llvm.umin.i64(i64 %1190, i64 %1159)
  store i64 %1191, i64* %lowStart, align 8
  br label %write.ok209

e71:                                              ; preds = %ok283
  %1192 = load i32, i32* %result212, align 4
  store i32 %1192, i32* %summary, align 4
  %1193 = load i32, i32* %dict, align 4
  %1194 = load i32, i32* %summary, align 4
  %1195 = zext i32 %1193 to i64
  %1196 = add i64 %1195, 64
  %1197 = add i64 %1196, 4
  %1198 = icmp uge i64 %1196, %scratch_start
  %1199 = load i64, i64* %highEnd, align 8
  %1200 = icmp ule i64 %1197, %1199
  %1201 = and i1 %1198, %1200
  br i1 %1201, label %write.ok286, label %write.low284

ok213:                                            ; preds = %write.ok209
  %1202 = icmp ult i64 %10, %stack_limit
  br i1 %1202, label %trap253.site0, label %stack_ok214

trap15.site32:                                    ; preds = %write.ok209
  %1203 = load i64, i64* %lowStart, align 8
  %1204 = getelementptr i64, i64* %regs, i64 6
  store i64 %1203, i64* %1204, align 8
  %1205 = load i64, i64* %lowEnd, align 8
  %1206 = getelementptr i64, i64* %regs, i64 7
  store i64 %1205, i64* %1206, align 8
  %1207 = load i64, i64* %highEnd, align 8
  %1208 = getelementptr i64, i64* %regs, i64 8
  store i64 %1207, i64* %1208, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 32)
  unreachable

stack_ok214:                                      ; preds = %ok213
  %1209 = load i64, i64* %fuel, align 8
  %1210 = getelementptr i64, i64* %regs, i64 0
  store i64 %1209, i64* %1210, align 8
  %1211 = load i64, i64* %lowStart, align 8
  %1212 = getelementptr i64, i64* %regs, i64 6
  store i64 %1211, i64* %1212, align 8
  %1213 = load i64, i64* %lowEnd, align 8
  %1214 = getelementptr i64, i64* %regs, i64 7
  store i64 %1213, i64* %1214, align 8
  %1215 = load i64, i64* %highEnd, align 8
  %1216 = getelementptr i64, i64* %regs, i64 8
  store i64 %1215, i64* %1216, align 8
  %1217 = add i32 %depth, 1
  %1218 = call i32 @m0.fn.money(i64* %regs, i8* %mem, i32 %1217, i32 0, i64 %1181)
  %1219 = getelementptr i64, i64* %regs, i64 0
  %1220 = load i64, i64* %1219, align 8
  store i64 %1220, i64* %fuel, align 8
  %1221 = getelementptr i64, i64* %regs, i64 6
  %1222 = load i64, i64* %1221, align 8
  store i64 %1222, i64* %lowStart, align 8
  %1223 = getelementptr i64, i64* %regs, i64 7
  %1224 = load i64, i64* %1223, align 8
  store i64 %1224, i64* %lowEnd, align 8
  %1225 = getelementptr i64, i64* %regs, i64 8
  %1226 = load i64, i64* %1225, align 8
  store i64 %1226, i64* %highEnd, align 8
  store i32 %1218, i32* %part.2, align 4
  %1227 = load i64, i64* %discount_pct.1, align 8
  store i64 %1227, i64* %part.3, align 8
  %1228 = getelementptr i64, i64* %regs, i64 1
  %1229 = load i64, i64* %1228, align 8
  %1230 = trunc i64 %1229 to i32
  %1231 = add i32 %1230, 3
  %1232 = and i32 %1231, -4
  store i32 %1232, i32* %text, align 4
  %1233 = load i32, i32* %text, align 4
  %1234 = add i32 %1233, 4
  store i32 %1234, i32* %cur, align 4
  %1235 = load i32, i32* %cur, align 4
  %1236 = add i32 %1235, 20
  %1237 = getelementptr i64, i64* %regs, i64 2
  %1238 = load i64, i64* %1237, align 8
  %1239 = trunc i64 %1238 to i32
  %1240 = icmp ugt i32 %1236, %1239
  %1241 = zext i1 %1240 to i32
  %1242 = icmp ne i32 %1241, 0
  br i1 %1242, label %then215, label %else216

then215:                                          ; preds = %stack_ok214
  br label %trap15.site33

else216:                                          ; preds = %stack_ok214
  br label %join217

join217:                                          ; preds = %else216, %dead218
  %1243 = load i32, i32* %cur, align 4
  %1244 = load i64, i64* %part, align 8
  %1245 = load i32, i32* %cur, align 4
  %1246 = icmp uge i32 %depth, 1000
  br i1 %1246, label %trap15.site33, label %ok219

trap15.site33:                                    ; preds = %write.ok280, %then264, %write.ok259, %then253, %then239, %then223, %join217, %then215
  %1247 = load i64, i64* %lowStart, align 8
  %1248 = getelementptr i64, i64* %regs, i64 6
  store i64 %1247, i64* %1248, align 8
  %1249 = load i64, i64* %lowEnd, align 8
  %1250 = getelementptr i64, i64* %regs, i64 7
  store i64 %1249, i64* %1250, align 8
  %1251 = load i64, i64* %highEnd, align 8
  %1252 = getelementptr i64, i64* %regs, i64 8
  store i64 %1251, i64* %1252, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 33)
  unreachable

dead218:                                          ; No predecessors!
  br label %join217

ok219:                                            ; preds = %join217
  %1253 = icmp ult i64 %10, %stack_limit
  br i1 %1253, label %trap253.site0, label %stack_ok220

stack_ok220:                                      ; preds = %ok219
  %1254 = load i64, i64* %fuel, align 8
  %1255 = getelementptr i64, i64* %regs, i64 0
  store i64 %1254, i64* %1255, align 8
  %1256 = load i64, i64* %lowStart, align 8
  %1257 = getelementptr i64, i64* %regs, i64 6
  store i64 %1256, i64* %1257, align 8
  %1258 = load i64, i64* %lowEnd, align 8
  %1259 = getelementptr i64, i64* %regs, i64 7
  store i64 %1258, i64* %1259, align 8
  %1260 = load i64, i64* %highEnd, align 8
  %1261 = getelementptr i64, i64* %regs, i64 8
  store i64 %1260, i64* %1261, align 8
  %1262 = add i32 %depth, 1
  %1263 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1262, i64 %1244, i32 %1245)
  %1264 = getelementptr i64, i64* %regs, i64 0
  %1265 = load i64, i64* %1264, align 8
  store i64 %1265, i64* %fuel, align 8
  %1266 = getelementptr i64, i64* %regs, i64 6
  %1267 = load i64, i64* %1266, align 8
  store i64 %1267, i64* %lowStart, align 8
  %1268 = getelementptr i64, i64* %regs, i64 7
  %1269 = load i64, i64* %1268, align 8
  store i64 %1269, i64* %lowEnd, align 8
  %1270 = getelementptr i64, i64* %regs, i64 8
  %1271 = load i64, i64* %1270, align 8
  store i64 %1271, i64* %highEnd, align 8
  %1272 = add i32 %1243, %1263
  store i32 %1272, i32* %cur, align 4
  %1273 = load i32, i32* %part.1, align 4
  store i32 %1273, i32* %s, align 4
  %1274 = load i32, i32* %s, align 4
  %1275 = zext i32 %1274 to i64
  %1276 = add i64 %1275, 4
  %1277 = icmp ugt i64 %1276, %arena_size
  br i1 %1277, label %trap17.site0, label %ok221

ok221:                                            ; preds = %stack_ok220
  %1278 = getelementptr i8, i8* %mem, i64 %1275
  %1279 = bitcast i32* %unaligned222 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1279, i8* %1278, i64 4, i1 false)
  %1280 = load i32, i32* %unaligned222, align 4
  store i32 %1280, i32* %slen, align 4
  %1281 = load i32, i32* %cur, align 4
  %1282 = load i32, i32* %slen, align 4
  %1283 = add i32 10, %1282
  %1284 = add i32 %1281, %1283
  %1285 = getelementptr i64, i64* %regs, i64 2
  %1286 = load i64, i64* %1285, align 8
  %1287 = trunc i64 %1286 to i32
  %1288 = icmp ugt i32 %1284, %1287
  %1289 = zext i1 %1288 to i32
  %1290 = icmp ne i32 %1289, 0
  br i1 %1290, label %then223, label %else224

then223:                                          ; preds = %ok221
  br label %trap15.site33

else224:                                          ; preds = %ok221
  br label %join225

join225:                                          ; preds = %else224, %dead226
  %1291 = load i32, i32* %cur, align 4
  %1292 = add i32 %1291, 0
  %1293 = icmp ugt i64 11110, %arena_size
  br i1 %1293, label %trap17.site33, label %ok227

dead226:                                          ; No predecessors!
  br label %join225

ok227:                                            ; preds = %join225
  %1294 = zext i32 %1292 to i64
  %1295 = add i64 %1294, 10
  %1296 = icmp uge i64 %1294, %scratch_start
  %1297 = load i64, i64* %highEnd, align 8
  %1298 = icmp ule i64 %1295, %1297
  %1299 = and i1 %1296, %1298
  br i1 %1299, label %write.ok230, label %write.low228

trap17.site33:                                    ; preds = %write.slow250, %write.ok245, %write.slow234, %write.ok230, %write.slow229, %join225
  %1300 = load i64, i64* %lowStart, align 8
  %1301 = getelementptr i64, i64* %regs, i64 6
  store i64 %1300, i64* %1301, align 8
  %1302 = load i64, i64* %lowEnd, align 8
  %1303 = getelementptr i64, i64* %regs, i64 7
  store i64 %1302, i64* %1303, align 8
  %1304 = load i64, i64* %highEnd, align 8
  %1305 = getelementptr i64, i64* %regs, i64 8
  store i64 %1304, i64* %1305, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 33)
  unreachable

write.low228:                                     ; preds = %ok227
  %1306 = load i64, i64* %lowStart, align 8
  %1307 = icmp uge i64 %1294, %1306
  %1308 = load i64, i64* %lowEnd, align 8
  %1309 = icmp ule i64 %1295, %1308
  %1310 = and i1 %1307, %1309
  br i1 %1310, label %write.ok230, label %write.slow229

write.slow229:                                    ; preds = %write.low228
  %1311 = icmp ugt i64 %1295, %arena_size
  br i1 %1311, label %trap17.site33, label %ok231

write.ok230:                                      ; preds = %ok231, %write.low228, %ok227
  %1312 = getelementptr i8, i8* %mem, i64 %1294
  %1313 = getelementptr i8, i8* %mem, i64 11100
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1312, i8* %1313, i64 10, i1 false)
  %1314 = load i32, i32* %cur, align 4
  %1315 = add i32 %1314, 10
  store i32 %1315, i32* %cur, align 4
  %1316 = load i32, i32* %cur, align 4
  %1317 = load i32, i32* %s, align 4
  %1318 = add i32 %1317, 4
  %1319 = load i32, i32* %slen, align 4
  %1320 = zext i32 %1319 to i64
  %1321 = zext i32 %1318 to i64
  %1322 = add i64 %1321, %1320
  %1323 = icmp ugt i64 %1322, %arena_size
  br i1 %1323, label %trap17.site33, label %ok232

ok231:                                            ; preds = %write.slow229
  %1324 = icmp ult i64 %1294, %scratch_start
  %1325 = load i64, i64* %lowEnd, align 8
  %1326 = load i64, i64* %highEnd, align 8
  %1327 = call i64 @llvm.umax.i64(i64 %1325, i64 %1295)
  %1328 = select i1 %1324, i64 %1327, i64 %1325
  store i64 %1328, i64* %lowEnd, align 8
  %1329 = call i64 @llvm.umax.i64(i64 %1326, i64 %1295)
  %1330 = select i1 %1324, i64 %1326, i64 %1329
  store i64 %1330, i64* %highEnd, align 8
  %1331 = load i64, i64* %lowStart, align 8
  %1332 = call i64 @llvm.umin.i64(i64 %1331, i64 %1294)
  store i64 %1332, i64* %lowStart, align 8
  br label %write.ok230

ok232:                                            ; preds = %write.ok230
  %1333 = zext i32 %1316 to i64
  %1334 = add i64 %1333, %1320
  %1335 = icmp uge i64 %1333, %scratch_start
  %1336 = load i64, i64* %highEnd, align 8
  %1337 = icmp ule i64 %1334, %1336
  %1338 = and i1 %1335, %1337
  br i1 %1338, label %write.ok235, label %write.low233

write.low233:                                     ; preds = %ok232
  %1339 = load i64, i64* %lowStart, align 8
  %1340 = icmp uge i64 %1333, %1339
  %1341 = load i64, i64* %lowEnd, align 8
  %1342 = icmp ule i64 %1334, %1341
  %1343 = and i1 %1340, %1342
  br i1 %1343, label %write.ok235, label %write.slow234

write.slow234:                                    ; preds = %write.low233
  %1344 = icmp ugt i64 %1334, %arena_size
  br i1 %1344, label %trap17.site33, label %ok236

write.ok235:                                      ; preds = %ok236, %write.low233, %ok232
  %1345 = getelementptr i8, i8* %mem, i64 %1333
  %1346 = getelementptr i8, i8* %mem, i64 %1321
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1345, i8* %1346, i64 %1320, i1 false)
  %1347 = load i32, i32* %cur, align 4
  %1348 = load i32, i32* %slen, align 4
  %1349 = add i32 %1347, %1348
  store i32 %1349, i32* %cur, align 4
  %1350 = load i32, i32* %part.2, align 4
  store i32 %1350, i32* %s.1, align 4
  %1351 = load i32, i32* %s.1, align 4
  %1352 = zext i32 %1351 to i64
  %1353 = add i64 %1352, 4
  %1354 = icmp ugt i64 %1353, %arena_size
  br i1 %1354, label %trap17.site0, label %ok237

ok236:                                            ; preds = %write.slow234
  %1355 = icmp ult i64 %1333, %scratch_start
  %1356 = load i64, i64* %lowEnd, align 8
  %1357 = load i64, i64* %highEnd, align 8
  %1358 = call i64 @llvm.umax.i64(i64 %1356, i64 %1334)
  %1359 = select i1 %1355, i64 %1358, i64 %1356
  store i64 %1359, i64* %lowEnd, align 8
  %1360 = call i64 @llvm.umax.i64(i64 %1357, i64 %1334)
  %1361 = select i1 %1355, i64 %1357, i64 %1360
  store i64 %1361, i64* %highEnd, align 8
  %1362 = load i64, i64* %lowStart, align 8
  %1363 = call i64 @llvm.umin.i64(i64 %1362, i64 %1333)
  store i64 %1363, i64* %lowStart, align 8
  br label %write.ok235

ok237:                                            ; preds = %write.ok235
  %1364 = getelementptr i8, i8* %mem, i64 %1352
  %1365 = bitcast i32* %unaligned238 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1365, i8* %1364, i64 4, i1 false)
  %1366 = load i32, i32* %unaligned238, align 4
  store i32 %1366, i32* %slen.1, align 4
  %1367 = load i32, i32* %cur, align 4
  %1368 = load i32, i32* %slen.1, align 4
  %1369 = add i32 2, %1368
  %1370 = add i32 %1367, %1369
  %1371 = getelementptr i64, i64* %regs, i64 2
  %1372 = load i64, i64* %1371, align 8
  %1373 = trunc i64 %1372 to i32
  %1374 = icmp ugt i32 %1370, %1373
  %1375 = zext i1 %1374 to i32
  %1376 = icmp ne i32 %1375, 0
  br i1 %1376, label %then239, label %else240

then239:                                          ; preds = %ok237
  br label %trap15.site33

else240:                                          ; preds = %ok237
  br label %join241

join241:                                          ; preds = %else240, %dead242
  %1377 = load i32, i32* %cur, align 4
  %1378 = zext i32 %1377 to i64
  %1379 = add i64 %1378, 2
  %1380 = icmp uge i64 %1378, %scratch_start
  %1381 = load i64, i64* %highEnd, align 8
  %1382 = icmp ule i64 %1379, %1381
  %1383 = and i1 %1380, %1382
  br i1 %1383, label %write.ok245, label %write.low243

dead242:                                          ; No predecessors!
  br label %join241

write.low243:                                     ; preds = %join241
  %1384 = load i64, i64* %lowStart, align 8
  %1385 = icmp uge i64 %1378, %1384
  %1386 = load i64, i64* %lowEnd, align 8
  %1387 = icmp ule i64 %1379, %1386
  %1388 = and i1 %1385, %1387
  br i1 %1388, label %write.ok245, label %write.slow244

write.slow244:                                    ; preds = %write.low243
  %1389 = icmp ugt i64 %1379, %arena_size
  br i1 %1389, label %trap17.site0, label %ok246

write.ok245:                                      ; preds = %ok246, %write.low243, %join241
  %1390 = getelementptr i8, i8* %mem, i64 %1378
  store i16 8250, i16* %unaligned247, align 2
  %1391 = bitcast i16* %unaligned247 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1390, i8* %1391, i64 2, i1 false)
  %1392 = load i32, i32* %cur, align 4
  %1393 = add i32 %1392, 2
  store i32 %1393, i32* %cur, align 4
  %1394 = load i32, i32* %cur, align 4
  %1395 = load i32, i32* %s.1, align 4
  %1396 = add i32 %1395, 4
  %1397 = load i32, i32* %slen.1, align 4
  %1398 = zext i32 %1397 to i64
  %1399 = zext i32 %1396 to i64
  %1400 = add i64 %1399, %1398
  %1401 = icmp ugt i64 %1400, %arena_size
  br i1 %1401, label %trap17.site33, label %ok248

ok246:                                            ; preds = %write.slow244
  %1402 = icmp ult i64 %1378, %scratch_start
  %1403 = load i64, i64* %lowEnd, align 8
  %1404 = load i64, i64* %highEnd, align 8
  %1405 = call i64 @llvm.umax.i64(i64 %1403, i64 %1379)
  %1406 = select i1 %1402, i64 %1405, i64 %1403
  store i64 %1406, i64* %lowEnd, align 8
  %1407 = call i64 @llvm.umax.i64(i64 %1404, i64 %1379)
  %1408 = select i1 %1402, i64 %1404, i64 %1407
  store i64 %1408, i64* %highEnd, align 8
  %1409 = load i64, i64* %lowStart, align 8
  %1410 = call i64 @llvm.umin.i64(i64 %1409, i64 %1378)
  store i64 %1410, i64* %lowStart, align 8
  br label %write.ok245

ok248:                                            ; preds = %write.ok245
  %1411 = zext i32 %1394 to i64
  %1412 = add i64 %1411, %1398
  %1413 = icmp uge i64 %1411, %scratch_start
  %1414 = load i64, i64* %highEnd, align 8
  %1415 = icmp ule i64 %1412, %1414
  %1416 = and i1 %1413, %1415
  br i1 %1416, label %write.ok251, label %write.low249

write.low249:                                     ; preds = %ok248
  %1417 = load i64, i64* %lowStart, align 8
  %1418 = icmp uge i64 %1411, %1417
  %1419 = load i64, i64* %lowEnd, align 8
  %1420 = icmp ule i64 %1412, %1419
  %1421 = and i1 %1418, %1420
  br i1 %1421, label %write.ok251, label %write.slow250

write.slow250:                                    ; preds = %write.low249
  %1422 = icmp ugt i64 %1412, %arena_size
  br i1 %1422, label %trap17.site33, label %ok252

write.ok251:                                      ; preds = %ok252, %write.low249, %ok248
  %1423 = getelementptr i8, i8* %mem, i64 %1411
  %1424 = getelementptr i8, i8* %mem, i64 %1399
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1423, i8* %1424, i64 %1398, i1 false)
  %1425 = load i32, i32* %cur, align 4
  %1426 = load i32, i32* %slen.1, align 4
  %1427 = add i32 %1425, %1426
  store i32 %1427, i32* %cur, align 4
  %1428 = load i32, i32* %cur, align 4
  %1429 = add i32 %1428, 22
  %1430 = getelementptr i64, i64* %regs, i64 2
  %1431 = load i64, i64* %1430, align 8
  %1432 = trunc i64 %1431 to i32
  %1433 = icmp ugt i32 %1429, %1432
  %1434 = zext i1 %1433 to i32
  %1435 = icmp ne i32 %1434, 0
  br i1 %1435, label %then253, label %else254

ok252:                                            ; preds = %write.slow250
  %1436 = icmp ult i64 %1411, %scratch_start
  %1437 = load i64, i64* %lowEnd, align 8
  %1438 = load i64, i64* %highEnd, align 8
  %1439 = call i64 @llvm.umax.i64(i64 %1437, i64 %1412)
  %1440 = select i1 %1436, i64 %1439, i64 %1437
  store i64 %1440, i64* %lowEnd, align 8
  %1441 = call i64 @llvm.umax.i64(i64 %1438, i64 %1412)
  %1442 = select i1 %1436, i64 %1438, i64 %1441
  store i64 %1442, i64* %highEnd, align 8
  %1443 = load i64, i64* %lowStart, align 8
  %1444 = call i64 @llvm.umin.i64(i64 %1443, i64 %1411)
  store i64 %1444, i64* %lowStart, align 8
  br label %write.ok251

then253:                                          ; preds = %write.ok251
  br label %trap15.site33

else254:                                          ; preds = %write.ok251
  br label %join255

join255:                                          ; preds = %else254, %dead256
  %1445 = load i32, i32* %cur, align 4
  %1446 = zext i32 %1445 to i64
  %1447 = add i64 %1446, 2
  %1448 = icmp uge i64 %1446, %scratch_start
  %1449 = load i64, i64* %highEnd, align 8
  %1450 = icmp ule i64 %1447, %1449
  %1451 = and i1 %1448, %1450
  br i1 %1451, label %write.ok259, label %write.low257

dead256:                                          ; No predecessors!
  br label %join255

write.low257:                                     ; preds = %join255
  %1452 = load i64, i64* %lowStart, align 8
  %1453 = icmp uge i64 %1446, %1452
  %1454 = load i64, i64* %lowEnd, align 8
  %1455 = icmp ule i64 %1447, %1454
  %1456 = and i1 %1453, %1455
  br i1 %1456, label %write.ok259, label %write.slow258

write.slow258:                                    ; preds = %write.low257
  %1457 = icmp ugt i64 %1447, %arena_size
  br i1 %1457, label %trap17.site0, label %ok260

write.ok259:                                      ; preds = %ok260, %write.low257, %join255
  %1458 = getelementptr i8, i8* %mem, i64 %1446
  store i16 10272, i16* %unaligned261, align 2
  %1459 = bitcast i16* %unaligned261 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1458, i8* %1459, i64 2, i1 false)
  %1460 = load i32, i32* %cur, align 4
  %1461 = add i32 %1460, 2
  store i32 %1461, i32* %cur, align 4
  %1462 = load i32, i32* %cur, align 4
  %1463 = load i64, i64* %part.3, align 8
  %1464 = load i32, i32* %cur, align 4
  %1465 = icmp uge i32 %depth, 1000
  br i1 %1465, label %trap15.site33, label %ok262

ok260:                                            ; preds = %write.slow258
  %1466 = icmp ult i64 %1446, %scratch_start
  %1467 = load i64, i64* %lowEnd, align 8
  %1468 = load i64, i64* %highEnd, align 8
  %1469 = call i64 @llvm.umax.i64(i64 %1467, i64 %1447)
  %1470 = select i1 %1466, i64 %1469, i64 %1467
  store i64 %1470, i64* %lowEnd, align 8
  %1471 = call i64 @llvm.umax.i64(i64 %1468, i64 %1447)
  %1472 = select i1 %1466, i64 %1468, i64 %1471
  store i64 %1472, i64* %highEnd, align 8
  %1473 = load i64, i64* %lowStart, align 8
  %1474 = call i64 @llvm.umin.i64(i64 %1473, i64 %1446)
  store i64 %1474, i64* %lowStart, align 8
  br label %write.ok259

ok262:                                            ; preds = %write.ok259
  %1475 = icmp ult i64 %10, %stack_limit
  br i1 %1475, label %trap253.site0, label %stack_ok263

stack_ok263:                                      ; preds = %ok262
  %1476 = load i64, i64* %fuel, align 8
  %1477 = getelementptr i64, i64* %regs, i64 0
  store i64 %1476, i64* %1477, align 8
  %1478 = load i64, i64* %lowStart, align 8
  %1479 = getelementptr i64, i64* %regs, i64 6
  store i64 %1478, i64* %1479, align 8
  %1480 = load i64, i64* %lowEnd, align 8
  %1481 = getelementptr i64, i64* %regs, i64 7
  store i64 %1480, i64* %1481, align 8
  %1482 = load i64, i64* %highEnd, align 8
  %1483 = getelementptr i64, i64* %regs, i64 8
  store i64 %1482, i64* %1483, align 8
  %1484 = add i32 %depth, 1
  %1485 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1484, i64 %1463, i32 %1464)
  %1486 = getelementptr i64, i64* %regs, i64 0
  %1487 = load i64, i64* %1486, align 8
  store i64 %1487, i64* %fuel, align 8
  %1488 = getelementptr i64, i64* %regs, i64 6
  %1489 = load i64, i64* %1488, align 8
  store i64 %1489, i64* %lowStart, align 8
  %1490 = getelementptr i64, i64* %regs, i64 7
  %1491 = load i64, i64* %1490, align 8
  store i64 %1491, i64* %lowEnd, align 8
  %1492 = getelementptr i64, i64* %regs, i64 8
  %1493 = load i64, i64* %1492, align 8
  store i64 %1493, i64* %highEnd, align 8
  %1494 = add i32 %1462, %1485
  store i32 %1494, i32* %cur, align 4
  %1495 = load i32, i32* %cur, align 4
  %1496 = add i32 %1495, 6
  %1497 = getelementptr i64, i64* %regs, i64 2
  %1498 = load i64, i64* %1497, align 8
  %1499 = trunc i64 %1498 to i32
  %1500 = icmp ugt i32 %1496, %1499
  %1501 = zext i1 %1500 to i32
  %1502 = icmp ne i32 %1501, 0
  br i1 %1502, label %then264, label %else265

then264:                                          ; preds = %stack_ok263
  br label %trap15.site33

else265:                                          ; preds = %stack_ok263
  br label %join266

join266:                                          ; preds = %else265, %dead267
  %1503 = load i32, i32* %cur, align 4
  %1504 = zext i32 %1503 to i64
  %1505 = add i64 %1504, 4
  %1506 = icmp uge i64 %1504, %scratch_start
  %1507 = load i64, i64* %highEnd, align 8
  %1508 = icmp ule i64 %1505, %1507
  %1509 = and i1 %1506, %1508
  br i1 %1509, label %write.ok270, label %write.low268

dead267:                                          ; No predecessors!
  br label %join266

write.low268:                                     ; preds = %join266
  %1510 = load i64, i64* %lowStart, align 8
  %1511 = icmp uge i64 %1504, %1510
  %1512 = load i64, i64* %lowEnd, align 8
  %1513 = icmp ule i64 %1505, %1512
  %1514 = and i1 %1511, %1513
  br i1 %1514, label %write.ok270, label %write.slow269

write.slow269:                                    ; preds = %write.low268
  %1515 = icmp ugt i64 %1505, %arena_size
  br i1 %1515, label %trap17.site0, label %ok271

write.ok270:                                      ; preds = %ok271, %write.low268, %join266
  %1516 = getelementptr i8, i8* %mem, i64 %1504
  store i32 1718558757, i32* %unaligned272, align 4
  %1517 = bitcast i32* %unaligned272 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1516, i8* %1517, i64 4, i1 false)
  %1518 = load i32, i32* %cur, align 4
  %1519 = zext i32 %1518 to i64
  %1520 = add i64 %1519, 4
  %1521 = add i64 %1520, 2
  %1522 = icmp uge i64 %1520, %scratch_start
  %1523 = load i64, i64* %highEnd, align 8
  %1524 = icmp ule i64 %1521, %1523
  %1525 = and i1 %1522, %1524
  br i1 %1525, label %write.ok275, label %write.low273

ok271:                                            ; preds = %write.slow269
  %1526 = icmp ult i64 %1504, %scratch_start
  %1527 = load i64, i64* %lowEnd, align 8
  %1528 = load i64, i64* %highEnd, align 8
  %1529 = call i64 @llvm.umax.i64(i64 %1527, i64 %1505)
  %1530 = select i1 %1526, i64 %1529, i64 %1527
  store i64 %1530, i64* %lowEnd, align 8
  %1531 = call i64 @llvm.umax.i64(i64 %1528, i64 %1505)
  %1532 = select i1 %1526, i64 %1528, i64 %1531
  store i64 %1532, i64* %highEnd, align 8
  %1533 = load i64, i64* %lowStart, align 8
  %1534 = call i64 @llvm.umin.i64(i64 %1533, i64 %1504)
  store i64 %1534, i64* %lowStart, align 8
  br label %write.ok270

write.low273:                                     ; preds = %write.ok270
  %1535 = load i64, i64* %lowStart, align 8
  %1536 = icmp uge i64 %1520, %1535
  %1537 = load i64, i64* %lowEnd, align 8
  %1538 = icmp ule i64 %1521, %1537
  %1539 = and i1 %1536, %1538
  br i1 %1539, label %write.ok275, label %write.slow274

write.slow274:                                    ; preds = %write.low273
  %1540 = icmp ugt i64 %1521, %arena_size
  br i1 %1540, label %trap17.site0, label %ok276

write.ok275:                                      ; preds = %ok276, %write.low273, %write.ok270
  %1541 = getelementptr i8, i8* %mem, i64 %1520
  store i16 10598, i16* %unaligned277, align 2
  %1542 = bitcast i16* %unaligned277 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1541, i8* %1542, i64 2, i1 false)
  %1543 = load i32, i32* %cur, align 4
  %1544 = add i32 %1543, 6
  store i32 %1544, i32* %cur, align 4
  %1545 = load i32, i32* %cur, align 4
  %1546 = load i32, i32* %text, align 4
  %1547 = sub i32 %1545, %1546
  %1548 = sub i32 %1547, 4
  store i32 %1548, i32* %len.3, align 4
  %1549 = load i32, i32* %text, align 4
  %1550 = load i32, i32* %len.3, align 4
  %1551 = zext i32 %1549 to i64
  %1552 = add i64 %1551, 4
  %1553 = icmp uge i64 %1551, %scratch_start
  %1554 = load i64, i64* %highEnd, align 8
  %1555 = icmp ule i64 %1552, %1554
  %1556 = and i1 %1553, %1555
  br i1 %1556, label %write.ok280, label %write.low278

ok276:                                            ; preds = %write.slow274
  %1557 = icmp ult i64 %1520, %scratch_start
  %1558 = load i64, i64* %lowEnd, align 8
  %1559 = load i64, i64* %highEnd, align 8
  %1560 = call i64 @llvm.umax.i64(i64 %1558, i64 %1521)
  %1561 = select i1 %1557, i64 %1560, i64 %1558
  store i64 %1561, i64* %lowEnd, align 8
  %1562 = call i64 @llvm.umax.i64(i64 %1559, i64 %1521)
  %1563 = select i1 %1557, i64 %1559, i64 %1562
  store i64 %1563, i64* %highEnd, align 8
  %1564 = load i64, i64* %lowStart, align 8
  %1565 = call i64 @llvm.umin.i64(i64 %1564, i64 %1520)
  store i64 %1565, i64* %lowStart, align 8
  br label %write.ok275

write.low278:                                     ; preds = %write.ok275
  %1566 = load i64, i64* %lowStart, align 8
  %1567 = icmp uge i64 %1551, %1566
  %1568 = load i64, i64* %lowEnd, align 8
  %1569 = icmp ule i64 %1552, %1568
  %1570 = and i1 %1567, %1569
  br i1 %1570, label %write.ok280, label %write.slow279

write.slow279:                                    ; preds = %write.low278
  %1571 = icmp ugt i64 %1552, %arena_size
  br i1 %1571, label %trap17.site0, label %ok281

write.ok280:                                      ; preds = %ok281, %write.low278, %write.ok275
  %1572 = getelementptr i8, i8* %mem, i64 %1551
  store i32 %1550, i32* %unaligned282, align 4
  %1573 = bitcast i32* %unaligned282 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1572, i8* %1573, i64 4, i1 false)
  %1574 = load i32, i32* %len.3, align 4
  %1575 = add i32 %1574, 4
  %1576 = zext i32 %1575 to i64
  %1577 = getelementptr i64, i64* %regs, i64 1
  %1578 = getelementptr i64, i64* %regs, i64 2
  %1579 = load i64, i64* %1577, align 8
  %1580 = add i64 %1579, 3
  %1581 = and i64 %1580, -4
  %1582 = add i64 %1581, %1576
  %1583 = load i64, i64* %1578, align 8
  %1584 = icmp ugt i64 %1582, %1583
  br i1 %1584, label %trap15.site33, label %ok283

ok281:                                            ; preds = %write.slow279
  %1585 = icmp ult i64 %1551, %scratch_start
  %1586 = load i64, i64* %lowEnd, align 8
  %1587 = load i64, i64* %highEnd, align 8
  %1588 = call i64 @llvm.umax.i64(i64 %1586, i64 %1552)
  %1589 = select i1 %1585, i64 %1588, i64 %1586
  store i64 %1589, i64* %lowEnd, align 8
  %1590 = call i64 @llvm.umax.i64(i64 %1587, i64 %1552)
  %1591 = select i1 %1585, i64 %1587, i64 %1590
  store i64 %1591, i64* %highEnd, align 8
  %1592 = load i64, i64* %lowStart, align 8
  %1593 = call i64 @llvm.umin.i64(i64 %1592, i64 %1551)
  store i64 %1593, i64* %lowStart, align 8
  br label %write.ok280

ok283:                                            ; preds = %write.ok280
  store i64 %1582, i64* %1577, align 8
  %1594 = load i64, i64* %highEnd, align 8
  %1595 = call i64 @llvm.umax.i64(i64 %1594, i64 %1582)
  store i64 %1595, i64* %highEnd, align 8
  %1596 = trunc i64 %1581 to i32
  store i32 %1596, i32* %result212, align 4
  br label %e71

write.low284:                                     ; preds = %e71
  %1597 = load i64, i64* %lowStart, align 8
  %1598 = icmp uge i64 %1196, %1597
  %1599 = load i64, i64* %lowEnd, align 8
  %1600 = icmp ule i64 %1197, %1599
  %1601 = and i1 %1598, %1600
  br i1 %1601, label %write.ok286, label %write.slow285

write.slow285:                                    ; preds = %write.low284
  %1602 = icmp ugt i64 %1197, %arena_size
  br i1 %1602, label %trap17.site0, label %ok287

write.ok286:                                      ; preds = %ok287, %write.low284, %e71
  %1603 = getelementptr i8, i8* %mem, i64 %1196
  store i32 %1194, i32* %unaligned288, align 4
  %1604 = bitcast i32* %unaligned288 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1603, i8* %1604, i64 4, i1 false)
  %1605 = load i32, i32* %dict, align 4
  store i32 %1605, i32* %result7, align 4
  br label %e0

ok287:                                            ; preds = %write.slow285
  %1606 = icmp ult i64 %1196, %scratch_start
  %1607 = load i64, i64* %lowEnd, align 8
  %1608 = load i64, i64* %highEnd, align 8
  %1609 = call i64 @llvm.umax.i64(i64 %1607, i64 %1197)
  %1610 = select i1 %1606, i64 %1609, i64 %1607
  store i64 %1610, i64* %lowEnd, align 8
  %1611 = call i64 @llvm.umax.i64(i64 %1608, i64 %1197)
  %1612 = select i1 %1606, i64 %1608, i64 %1611
  store i64 %1612, i64* %highEnd, align 8
  %1613 = load i64, i64* %lowStart, align 8
  %1614 = call i64 @llvm.umin.i64(i64 %1613, i64 %1196)
  store i64 %1614, i64* %lowStart, align 8
  br label %write.ok286

ok289:                                            ; preds = %e0
  %1615 = icmp ult i64 %10, %stack_limit
  br i1 %1615, label %trap253.site0, label %stack_ok290

stack_ok290:                                      ; preds = %ok289
  %1616 = load i64, i64* %fuel, align 8
  %1617 = getelementptr i64, i64* %regs, i64 0
  store i64 %1616, i64* %1617, align 8
  %1618 = load i64, i64* %lowStart, align 8
  %1619 = getelementptr i64, i64* %regs, i64 6
  store i64 %1618, i64* %1619, align 8
  %1620 = load i64, i64* %lowEnd, align 8
  %1621 = getelementptr i64, i64* %regs, i64 7
  store i64 %1620, i64* %1621, align 8
  %1622 = load i64, i64* %highEnd, align 8
  %1623 = getelementptr i64, i64* %regs, i64 8
  store i64 %1622, i64* %1623, align 8
  %1624 = add i32 %depth, 1
  %1625 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1624, i32 %97, i32 %98, i32 0)
  %1626 = getelementptr i64, i64* %regs, i64 0
  %1627 = load i64, i64* %1626, align 8
  store i64 %1627, i64* %fuel, align 8
  %1628 = getelementptr i64, i64* %regs, i64 6
  %1629 = load i64, i64* %1628, align 8
  store i64 %1629, i64* %lowStart, align 8
  %1630 = getelementptr i64, i64* %regs, i64 7
  %1631 = load i64, i64* %1630, align 8
  store i64 %1631, i64* %lowEnd, align 8
  %1632 = getelementptr i64, i64* %regs, i64 8
  %1633 = load i64, i64* %1632, align 8
  store i64 %1633, i64* %highEnd, align 8
  store i32 %1625, i32* %json_end, align 4
  %1634 = load i32, i32* %json_end, align 4
  %1635 = icmp eq i32 %1634, -2
  %1636 = zext i1 %1635 to i32
  %1637 = icmp ne i32 %1636, 0
  br i1 %1637, label %then291, label %else292

then291:                                          ; preds = %stack_ok290
  br label %trap16.site5

else292:                                          ; preds = %stack_ok290
  br label %join293

join293:                                          ; preds = %else292, %dead294
  %1638 = load i32, i32* %json_end, align 4
  %1639 = icmp eq i32 %1638, -1
  %1640 = zext i1 %1639 to i32
  %1641 = icmp ne i32 %1640, 0
  br i1 %1641, label %then295, label %else296

trap16.site5:                                     ; preds = %then291
  %1642 = load i64, i64* %lowStart, align 8
  %1643 = getelementptr i64, i64* %regs, i64 6
  store i64 %1642, i64* %1643, align 8
  %1644 = load i64, i64* %lowEnd, align 8
  %1645 = getelementptr i64, i64* %regs, i64 7
  store i64 %1644, i64* %1645, align 8
  %1646 = load i64, i64* %highEnd, align 8
  %1647 = getelementptr i64, i64* %regs, i64 8
  store i64 %1646, i64* %1647, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead294:                                          ; No predecessors!
  br label %join293

then295:                                          ; preds = %join293
  br label %trap15.site5

else296:                                          ; preds = %join293
  br label %join297

join297:                                          ; preds = %else296, %dead298
  %1648 = load i32, i32* %json_end, align 4
  %1649 = zext i32 %1648 to i64
  %1650 = getelementptr i64, i64* %regs, i64 3
  store i64 %1649, i64* %1650, align 8
  %1651 = load i32, i32* %json_end, align 4
  %1652 = load i32, i32* %json_start, align 4
  %1653 = sub i32 %1651, %1652
  %1654 = load i64, i64* %fuel, align 8
  %1655 = getelementptr i64, i64* %regs, i64 0
  store i64 %1654, i64* %1655, align 8
  %1656 = load i64, i64* %lowStart, align 8
  %1657 = getelementptr i64, i64* %regs, i64 6
  store i64 %1656, i64* %1657, align 8
  %1658 = load i64, i64* %lowEnd, align 8
  %1659 = getelementptr i64, i64* %regs, i64 7
  store i64 %1658, i64* %1659, align 8
  %1660 = load i64, i64* %highEnd, align 8
  %1661 = getelementptr i64, i64* %regs, i64 8
  store i64 %1660, i64* %1661, align 8
  ret i32 %1653

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
  %182 = load i64, i64* %lowEnd, align 8
  %183 = load i64, i64* %highEnd, align 8
  %184 = call i64 @llvm.umax.i64(i64 %182, i64 %159)
  %185 = select i1 %181, i64 %184, i64 %182
  store i64 %185, i64* %lowEnd, align 8
  %186 = call i64 @llvm.umax.i64(i64 %183, i64 %159)
  %187 = select i1 %181, i64 %183, i64 %186
  store i64 %187, i64* %highEnd, align 8
  %188 = load i64, i64* %lowStart, align 8
  %189 = call i64 @llvm.umin.i64(i64 %188, i64 %158)
  store i64 %189, i64* %lowStart, align 8
  br label %write.ok

ok18:                                             ; preds = %write.ok
  %190 = zext i32 %173 to i64
  %191 = add i64 %190, %177
  %192 = icmp uge i64 %190, %scratch_start
  %193 = load i64, i64* %highEnd, align 8
  %194 = icmp ule i64 %191, %193
  %195 = and i1 %192, %194
  br i1 %195, label %write.ok21, label %write.low19

trap17.site40:                                    ; preds = %write.slow20, %write.ok
  %196 = load i64, i64* %lowStart, align 8
  %197 = getelementptr i64, i64* %regs, i64 6
  store i64 %196, i64* %197, align 8
  %198 = load i64, i64* %lowEnd, align 8
  %199 = getelementptr i64, i64* %regs, i64 7
  store i64 %198, i64* %199, align 8
  %200 = load i64, i64* %highEnd, align 8
  %201 = getelementptr i64, i64* %regs, i64 8
  store i64 %200, i64* %201, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 40)
  unreachable

write.low19:                                      ; preds = %ok18
  %202 = load i64, i64* %lowStart, align 8
  %203 = icmp uge i64 %190, %202
  %204 = load i64, i64* %lowEnd, align 8
  %205 = icmp ule i64 %191, %204
  %206 = and i1 %203, %205
  br i1 %206, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %207 = icmp ugt i64 %191, %arena_size
  br i1 %207, label %trap17.site40, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %208 = getelementptr i8, i8* %mem, i64 %190
  %209 = getelementptr i8, i8* %mem, i64 %178
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %208, i8* %209, i64 %177, i1 false)
  %210 = load i32, i32* %cur, align 4
  %211 = load i32, i32* %slen, align 4
  %212 = add i32 %210, %211
  store i32 %212, i32* %cur, align 4
  %213 = load i32, i32* %cur, align 4
  %214 = add i32 %213, 20
  %215 = getelementptr i64, i64* %regs, i64 2
  %216 = load i64, i64* %215, align 8
  %217 = trunc i64 %216 to i32
  %218 = icmp ugt i32 %214, %217
  %219 = zext i1 %218 to i32
  %220 = icmp ne i32 %219, 0
  br i1 %220, label %then23, label %else24

ok22:                                             ; preds = %write.slow20
  %221 = icmp ult i64 %190, %scratch_start
  %222 = load i64, i64* %lowEnd, align 8
  %223 = load i64, i64* %highEnd, align 8
  %224 = call i64 @llvm.umax.i64(i64 %222, i64 %191)
  %225 = select i1 %221, i64 %224, i64 %222
  store i64 %225, i64* %lowEnd, align 8
  %226 = call i64 @llvm.umax.i64(i64 %223, i64 %191)
  %227 = select i1 %221, i64 %223, i64 %226
  store i64 %227, i64* %highEnd, align 8
  %228 = load i64, i64* %lowStart, align 8
  %229 = call i64 @llvm.umin.i64(i64 %228, i64 %190)
  store i64 %229, i64* %lowStart, align 8
  br label %write.ok21

then23:                                           ; preds = %write.ok21
  br label %trap15.site40

else24:                                           ; preds = %write.ok21
  br label %join25

join25:                                           ; preds = %else24, %dead26
  %230 = load i32, i32* %cur, align 4
  %231 = load i64, i64* %part.2, align 8
  %232 = load i32, i32* %cur, align 4
  %233 = icmp uge i32 %depth, 1000
  br i1 %233, label %trap15.site40, label %ok27

dead26:                                           ; No predecessors!
  br label %join25

ok27:                                             ; preds = %join25
  %234 = icmp ult i64 %10, %stack_limit
  br i1 %234, label %trap253.site0, label %stack_ok28

stack_ok28:                                       ; preds = %ok27
  %235 = load i64, i64* %fuel, align 8
  %236 = getelementptr i64, i64* %regs, i64 0
  store i64 %235, i64* %236, align 8
  %237 = load i64, i64* %lowStart, align 8
  %238 = getelementptr i64, i64* %regs, i64 6
  store i64 %237, i64* %238, align 8
  %239 = load i64, i64* %lowEnd, align 8
  %240 = getelementptr i64, i64* %regs, i64 7
  store i64 %239, i64* %240, align 8
  %241 = load i64, i64* %highEnd, align 8
  %242 = getelementptr i64, i64* %regs, i64 8
  store i64 %241, i64* %242, align 8
  %243 = add i32 %depth, 1
  %244 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %243, i64 %231, i32 %232)
  %245 = getelementptr i64, i64* %regs, i64 0
  %246 = load i64, i64* %245, align 8
  store i64 %246, i64* %fuel, align 8
  %247 = getelementptr i64, i64* %regs, i64 6
  %248 = load i64, i64* %247, align 8
  store i64 %248, i64* %lowStart, align 8
  %249 = getelementptr i64, i64* %regs, i64 7
  %250 = load i64, i64* %249, align 8
  store i64 %250, i64* %lowEnd, align 8
  %251 = getelementptr i64, i64* %regs, i64 8
  %252 = load i64, i64* %251, align 8
  store i64 %252, i64* %highEnd, align 8
  %253 = add i32 %230, %244
  store i32 %253, i32* %cur, align 4
  %254 = load i32, i32* %cur, align 4
  %255 = load i32, i32* %text, align 4
  %256 = sub i32 %254, %255
  %257 = sub i32 %256, 4
  store i32 %257, i32* %len, align 4
  %258 = load i32, i32* %text, align 4
  %259 = load i32, i32* %len, align 4
  %260 = zext i32 %258 to i64
  %261 = add i64 %260, 4
  %262 = icmp uge i64 %260, %scratch_start
  %263 = load i64, i64* %highEnd, align 8
  %264 = icmp ule i64 %261, %263
  %265 = and i1 %262, %264
  br i1 %265, label %write.ok31, label %write.low29

write.low29:                                      ; preds = %stack_ok28
  %266 = load i64, i64* %lowStart, align 8
  %267 = icmp uge i64 %260, %266
  %268 = load i64, i64* %lowEnd, align 8
  %269 = icmp ule i64 %261, %268
  %270 = and i1 %267, %269
  br i1 %270, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %271 = icmp ugt i64 %261, %arena_size
  br i1 %271, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %stack_ok28
  %272 = getelementptr i8, i8* %mem, i64 %260
  store i32 %259, i32* %unaligned33, align 4
  %273 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %272, i8* %273, i64 4, i1 false)
  %274 = load i32, i32* %len, align 4
  %275 = add i32 %274, 4
  %276 = zext i32 %275 to i64
  %277 = getelementptr i64, i64* %regs, i64 1
  %278 = getelementptr i64, i64* %regs, i64 2
  %279 = load i64, i64* %277, align 8
  %280 = add i64 %279, 3
  %281 = and i64 %280, -4
  %282 = add i64 %281, %276
  %283 = load i64, i64* %278, align 8
  %284 = icmp ugt i64 %282, %283
  br i1 %284, label %trap15.site40, label %ok34

ok32:                                             ; preds = %write.slow30
  %285 = icmp ult i64 %260, %scratch_start
  %286 = load i64, i64* %lowEnd, align 8
  %287 = load i64, i64* %highEnd, align 8
  %288 = call i64 @llvm.umax.i64(i64 %286, i64 %261)
  %289 = select i1 %285, i64 %288, i64 %286
  store i64 %289, i64* %lowEnd, align 8
  %290 = call i64 @llvm.umax.i64(i64 %287, i64 %261)
  %291 = select i1 %285, i64 %287, i64 %290
  store i64 %291, i64* %highEnd, align 8
  %292 = load i64, i64* %lowStart, align 8
  %293 = call i64 @llvm.umin.i64(i64 %292, i64 %260)
  store i64 %293, i64* %lowStart, align 8
  br label %write.ok31

ok34:                                             ; preds = %write.ok31
  store i64 %282, i64* %277, align 8
  %294 = load i64, i64* %highEnd, align 8
  %295 = call i64 @llvm.umax.i64(i64 %294, i64 %282)
  store i64 %295, i64* %highEnd, align 8
  %296 = trunc i64 %281 to i32
  store i32 %296, i32* %result, align 4
  br label %e0
}
