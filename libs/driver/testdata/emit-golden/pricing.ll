; From examples/pricing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/pricing.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (57):
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
;   declare @llvm.expect.i1
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

define internal i32 @m0.validate.LineItem(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %v.arg) {
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
  %10 = sub i64 %arena_size, 16
  %11 = icmp sgt i64 %9, %10
  br i1 %11, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %12 = add i64 %9, 8
  %13 = getelementptr i8, i8* %mem, i64 %12
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
  %31 = sub i64 %arena_size, 24
  %32 = icmp sgt i64 %30, %31
  br i1 %32, label %trap17.site0, label %ok3

dead:                                             ; No predecessors!
  br label %join

ok3:                                              ; preds = %join
  %33 = add i64 %30, 16
  %34 = getelementptr i8, i8* %mem, i64 %33
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

define internal i32 @m0.validate.List_LineItem_(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %v.arg) {
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
  %10 = sub i64 %arena_size, 4
  %11 = icmp sgt i64 %9, %10
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
  %30 = sub i64 %arena_size, 8
  %31 = icmp sgt i64 %29, %30
  br i1 %31, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %32 = add i64 %29, 4
  %33 = getelementptr i8, i8* %mem, i64 %32
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

define internal i32 @m0.main.args(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %input_offset.arg, i32 %input_len.arg) {
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
  %73 = sub i64 %arena_size, 1
  %74 = icmp sgt i64 %72, %73
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
  %85 = sub i64 %arena_size, 1
  %86 = icmp sgt i64 %84, %85
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
  %149 = sub i64 %arena_size, 1
  %150 = icmp sgt i64 %148, %149
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
  %161 = sub i64 %arena_size, 1
  %162 = icmp sgt i64 %160, %161
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
  %280 = sub i64 %arena_size, 4
  %281 = icmp sgt i64 %279, %280
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
  %293 = sub i64 %arena_size, 5
  %294 = icmp sgt i64 %292, %293
  br i1 %294, label %trap17.site0, label %ok36

ok36:                                             ; preds = %ok35
  %295 = add i64 %292, 4
  %296 = getelementptr i8, i8* %mem, i64 %295
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
  %305 = sub i64 %arena_size, 4
  %306 = icmp sgt i64 %304, %305
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
  %319 = sub i64 %arena_size, 4
  %320 = icmp sgt i64 %318, %319
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
  %328 = sub i64 %arena_size, 6
  %329 = icmp sgt i64 %327, %328
  br i1 %329, label %trap17.site0, label %ok55

ok55:                                             ; preds = %ok53
  %330 = add i64 %327, 4
  %331 = getelementptr i8, i8* %mem, i64 %330
  %332 = bitcast i16* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %332, i8* %331, i64 2, i1 false)
  %333 = load i16, i16* %unaligned56, align 2
  %334 = zext i16 %333 to i32
  %335 = icmp eq i32 %334, 29300
  %336 = zext i1 %335 to i32
  %337 = and i32 %325, %336
  %338 = load i32, i32* %args_kp, align 4
  %339 = zext i32 %338 to i64
  %340 = sub i64 %arena_size, 7
  %341 = icmp sgt i64 %339, %340
  br i1 %341, label %trap17.site0, label %ok57

ok57:                                             ; preds = %ok55
  %342 = add i64 %339, 6
  %343 = getelementptr i8, i8* %mem, i64 %342
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
  %362 = sub i64 %arena_size, 1
  %363 = icmp sgt i64 %361, %362
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
  %386 = sub i64 %arena_size, 1
  %387 = icmp sgt i64 %385, %386
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
  %582 = sub i64 %arena_size, 1
  %583 = icmp sgt i64 %581, %582
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
  %594 = sub i64 %arena_size, 1
  %595 = icmp sgt i64 %593, %594
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
  %626 = sub i64 %arena_size, 1
  %627 = icmp sgt i64 %625, %626
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
  %651 = sub i64 %arena_size, 4
  %652 = icmp sgt i64 %650, %651
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
  %708 = sub i64 %arena_size, 4
  %709 = icmp sgt i64 %707, %708
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
  %735 = sub i64 %arena_size, 4
  %736 = icmp sgt i64 %734, %735
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
  %773 = call i1 @llvm.expect.i1(i1 %772, i1 true)
  br i1 %773, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join152
  %774 = load i64, i64* %lowStart, align 8
  %775 = getelementptr i64, i64* %regs, i64 6
  store i64 %774, i64* %775, align 8
  %776 = load i64, i64* %lowEnd, align 8
  %777 = getelementptr i64, i64* %regs, i64 7
  store i64 %776, i64* %777, align 8
  %778 = load i64, i64* %highEnd, align 8
  %779 = getelementptr i64, i64* %regs, i64 8
  store i64 %778, i64* %779, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok154
  %780 = load i64, i64* %lowStart, align 8
  %781 = icmp uge i64 %767, %780
  %782 = load i64, i64* %lowEnd, align 8
  %783 = icmp ule i64 %768, %782
  %784 = and i1 %781, %783
  %785 = call i1 @llvm.expect.i1(i1 %784, i1 true)
  br i1 %785, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %786 = icmp ugt i64 %768, %arena_size
  br i1 %786, label %trap17.site0, label %ok155

write.ok:                                         ; preds = %ok155, %write.low, %ok154
  %787 = getelementptr i8, i8* %mem, i64 %767
  store i32 %766, i32* %unaligned156, align 4
  %788 = bitcast i32* %unaligned156 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %787, i8* %788, i64 4, i1 false)
  %789 = load i32, i32* %args_out, align 4
  %790 = load i32, i32* %arg.1, align 4
  %791 = zext i32 %789 to i64
  %792 = add i64 %791, 8
  %793 = add i64 %792, 4
  %794 = icmp uge i64 %792, %scratch_start
  %795 = load i64, i64* %highEnd, align 8
  %796 = icmp ule i64 %793, %795
  %797 = and i1 %794, %796
  %798 = call i1 @llvm.expect.i1(i1 %797, i1 true)
  br i1 %798, label %write.ok159, label %write.low157

ok155:                                            ; preds = %write.slow
  %799 = icmp ult i64 %767, %scratch_start
  %800 = load i64, i64* %lowStart, align 8
  %801 = call i64 @llvm.umin.i64(i64 %800, i64 %767)
  %802 = load i64, i64* %lowEnd, align 8
  %803 = load i64, i64* %highEnd, align 8
  %804 = add i64 %768, 64
  %805 = sub i64 %768, %801
  %806 = lshr i64 %805, 4
  %807 = add i64 %804, %806
  %808 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %807)
  %809 = call i64 @llvm.umax.i64(i64 %802, i64 %808)
  %810 = select i1 %799, i64 %809, i64 %802
  store i64 %810, i64* %lowEnd, align 8
  %811 = add i64 %768, 64
  %812 = sub i64 %768, %scratch_start
  %813 = lshr i64 %812, 4
  %814 = add i64 %811, %813
  %815 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %814)
  %816 = call i64 @llvm.umax.i64(i64 %803, i64 %815)
  %817 = select i1 %799, i64 %803, i64 %816
  store i64 %817, i64* %highEnd, align 8
  store i64 %801, i64* %lowStart, align 8
  br label %write.ok

write.low157:                                     ; preds = %write.ok
  %818 = load i64, i64* %lowStart, align 8
  %819 = icmp uge i64 %792, %818
  %820 = load i64, i64* %lowEnd, align 8
  %821 = icmp ule i64 %793, %820
  %822 = and i1 %819, %821
  %823 = call i1 @llvm.expect.i1(i1 %822, i1 true)
  br i1 %823, label %write.ok159, label %write.slow158

write.slow158:                                    ; preds = %write.low157
  %824 = icmp ugt i64 %793, %arena_size
  br i1 %824, label %trap17.site0, label %ok160

write.ok159:                                      ; preds = %ok160, %write.low157, %write.ok
  %825 = getelementptr i8, i8* %mem, i64 %792
  store i32 %790, i32* %unaligned161, align 4
  %826 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %825, i8* %826, i64 4, i1 false)
  %827 = load i32, i32* %args_out, align 4
  %828 = load i32, i32* %arg.2, align 4
  %829 = zext i32 %827 to i64
  %830 = add i64 %829, 16
  %831 = add i64 %830, 4
  %832 = icmp uge i64 %830, %scratch_start
  %833 = load i64, i64* %highEnd, align 8
  %834 = icmp ule i64 %831, %833
  %835 = and i1 %832, %834
  %836 = call i1 @llvm.expect.i1(i1 %835, i1 true)
  br i1 %836, label %write.ok164, label %write.low162

ok160:                                            ; preds = %write.slow158
  %837 = icmp ult i64 %792, %scratch_start
  %838 = load i64, i64* %lowStart, align 8
  %839 = call i64 @llvm.umin.i64(i64 %838, i64 %792)
  %840 = load i64, i64* %lowEnd, align 8
  %841 = load i64, i64* %highEnd, align 8
  %842 = add i64 %793, 64
  %843 = sub i64 %793, %839
  %844 = lshr i64 %843, 4
  %845 = add i64 %842, %844
  %846 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %845)
  %847 = call i64 @llvm.umax.i64(i64 %840, i64 %846)
  %848 = select i1 %837, i64 %847, i64 %840
  store i64 %848, i64* %lowEnd, align 8
  %849 = add i64 %793, 64
  %850 = sub i64 %793, %scratch_start
  %851 = lshr i64 %850, 4
  %852 = add i64 %849, %851
  %853 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %852)
  %854 = call i64 @llvm.umax.i64(i64 %841, i64 %853)
  %855 = select i1 %837, i64 %841, i64 %854
  store i64 %855, i64* %highEnd, align 8
  store i64 %839, i64* %lowStart, align 8
  br label %write.ok159

write.low162:                                     ; preds = %write.ok159
  %856 = load i64, i64* %lowStart, align 8
  %857 = icmp uge i64 %830, %856
  %858 = load i64, i64* %lowEnd, align 8
  %859 = icmp ule i64 %831, %858
  %860 = and i1 %857, %859
  %861 = call i1 @llvm.expect.i1(i1 %860, i1 true)
  br i1 %861, label %write.ok164, label %write.slow163

write.slow163:                                    ; preds = %write.low162
  %862 = icmp ugt i64 %831, %arena_size
  br i1 %862, label %trap17.site0, label %ok165

write.ok164:                                      ; preds = %ok165, %write.low162, %write.ok159
  %863 = getelementptr i8, i8* %mem, i64 %830
  store i32 %828, i32* %unaligned166, align 4
  %864 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %863, i8* %864, i64 4, i1 false)
  %865 = load i32, i32* %args_out, align 4
  %866 = load i64, i64* %fuel, align 8
  %867 = getelementptr i64, i64* %regs, i64 0
  store i64 %866, i64* %867, align 8
  %868 = load i64, i64* %lowStart, align 8
  %869 = getelementptr i64, i64* %regs, i64 6
  store i64 %868, i64* %869, align 8
  %870 = load i64, i64* %lowEnd, align 8
  %871 = getelementptr i64, i64* %regs, i64 7
  store i64 %870, i64* %871, align 8
  %872 = load i64, i64* %highEnd, align 8
  %873 = getelementptr i64, i64* %regs, i64 8
  store i64 %872, i64* %873, align 8
  ret i32 %865

ok165:                                            ; preds = %write.slow163
  %874 = icmp ult i64 %830, %scratch_start
  %875 = load i64, i64* %lowStart, align 8
  %876 = call i64 @llvm.umin.i64(i64 %875, i64 %830)
  %877 = load i64, i64* %lowEnd, align 8
  %878 = load i64, i64* %highEnd, align 8
  %879 = add i64 %831, 64
  %880 = sub i64 %831, %876
  %881 = lshr i64 %880, 4
  %882 = add i64 %879, %881
  %883 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %882)
  %884 = call i64 @llvm.umax.i64(i64 %877, i64 %883)
  %885 = select i1 %874, i64 %884, i64 %877
  store i64 %885, i64* %lowEnd, align 8
  %886 = add i64 %831, 64
  %887 = sub i64 %831, %scratch_start
  %888 = lshr i64 %887, 4
  %889 = add i64 %886, %888
  %890 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %889)
  %891 = call i64 @llvm.umax.i64(i64 %878, i64 %890)
  %892 = select i1 %874, i64 %878, i64 %891
  store i64 %892, i64* %highEnd, align 8
  store i64 %876, i64* %lowStart, align 8
  br label %write.ok164
}

define internal i32 @m0.main(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %input_offset.arg, i32 %input_len.arg, i32 %output_offset.arg, i32 %output_cap.arg) {
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
  %sum = alloca i64, align 8
  store i64 0, i64* %sum, align 8
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %i.1 = alloca i32, align 4
  store i32 0, i32* %i.1, align 4
  %y = alloca i64, align 8
  store i64 0, i64* %y, align 8
  %item_count = alloca i64, align 8
  store i64 0, i64* %item_count, align 8
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %sum.1 = alloca i64, align 8
  store i64 0, i64* %sum.1, align 8
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i32, align 4
  store i32 0, i32* %x.2, align 4
  %l = alloca i32, align 4
  store i32 0, i32* %l, align 4
  %y.1 = alloca i64, align 8
  store i64 0, i64* %y.1, align 8
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
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
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
  %unaligned111 = alloca i32, align 4
  %unaligned115 = alloca i32, align 4
  %unaligned117 = alloca i64, align 8
  %unaligned124 = alloca i64, align 8
  %result125 = alloca i64, align 8
  %unaligned127 = alloca i32, align 4
  %unaligned131 = alloca i32, align 4
  %unaligned133 = alloca i64, align 8
  %unaligned140 = alloca i64, align 8
  %unaligned148 = alloca i64, align 8
  %unaligned154 = alloca i64, align 8
  %unaligned161 = alloca i64, align 8
  %result162 = alloca i32, align 4
  %unaligned172 = alloca i32, align 4
  %unaligned188 = alloca i32, align 4
  %unaligned197 = alloca i16, align 2
  %unaligned211 = alloca i16, align 2
  %unaligned222 = alloca i32, align 4
  %unaligned227 = alloca i16, align 2
  %unaligned232 = alloca i32, align 4
  %unaligned238 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each45, %each39, %each24, %body
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
  %51 = sub i64 %arena_size, 4
  %52 = icmp sgt i64 %50, %51
  br i1 %52, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok239, %ok212, %ok169, %ok163, %ok34, %ok28, %ok1
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
  %64 = sub i64 %arena_size, 12
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow235, %write.slow229, %write.slow224, %write.slow219, %write.slow208, %write.slow194, %write.ok185, %stack_ok170, %write.slow158, %write.slow151, %write.slow145, %write.slow137, %cont129, %write.ok122, %write.slow121, %cont113, %write.ok106, %write.slow105, %write.slow100, %write.slow94, %write.slow89, %write.slow79, %cont, %ok68, %write.ok58, %write.slow57, %write.slow52, %write.slow47, %write.slow41, %write.slow, %then18, %join15, %join, %ok8, %ok3, %ok2, %stack_ok
  %66 = load i64, i64* %lowStart, align 8
  %67 = getelementptr i64, i64* %regs, i64 6
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %lowEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 7
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %highEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 8
  store i64 %70, i64* %71, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %72 = add i64 %63, 8
  %73 = getelementptr i8, i8* %mem, i64 %72
  %74 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %74, i8* %73, i64 4, i1 false)
  %75 = load i32, i32* %unaligned4, align 4
  store i32 %75, i32* %tier, align 4
  %76 = load i32, i32* %args, align 4
  %77 = zext i32 %76 to i64
  %78 = sub i64 %arena_size, 20
  %79 = icmp sgt i64 %77, %78
  br i1 %79, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %80 = add i64 %77, 16
  %81 = getelementptr i8, i8* %mem, i64 %80
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

e0:                                               ; preds = %write.ok236
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
  br i1 %99, label %trap15.site0, label %ok239

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
  %106 = sub i64 %arena_size, 1
  %107 = icmp sgt i64 %105, %106
  br i1 %107, label %trap17.site0, label %ok11

trap15.site5:                                     ; preds = %then245, %ok5
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
  %123 = call i1 @llvm.expect.i1(i1 %122, i1 true)
  br i1 %123, label %write.ok, label %write.low

match3:                                           ; preds = %dead25, %e6, %then13, %then
  %124 = load i64, i64* %result10, align 8
  store i64 %124, i64* %result9, align 8
  br label %e1

ok11:                                             ; preds = %ok8
  %125 = getelementptr i8, i8* %mem, i64 %105
  %126 = load i8, i8* %125, align 1
  %127 = zext i8 %126 to i32
  %128 = icmp eq i32 %127, 0
  %129 = zext i1 %128 to i32
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %then, label %else

then:                                             ; preds = %ok11
  store i64 0, i64* %result10, align 8
  br label %match3

else:                                             ; preds = %ok11
  br label %join

join:                                             ; preds = %else, %dead
  %131 = load i32, i32* %scrut, align 4
  %132 = zext i32 %131 to i64
  %133 = sub i64 %arena_size, 1
  %134 = icmp sgt i64 %132, %133
  br i1 %134, label %trap17.site0, label %ok12

dead:                                             ; No predecessors!
  br label %join

ok12:                                             ; preds = %join
  %135 = getelementptr i8, i8* %mem, i64 %132
  %136 = load i8, i8* %135, align 1
  %137 = zext i8 %136 to i32
  %138 = icmp eq i32 %137, 1
  %139 = zext i1 %138 to i32
  %140 = icmp ne i32 %139, 0
  br i1 %140, label %then13, label %else14

then13:                                           ; preds = %ok12
  store i64 10, i64* %result10, align 8
  br label %match3

else14:                                           ; preds = %ok12
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %141 = load i32, i32* %scrut, align 4
  %142 = zext i32 %141 to i64
  %143 = sub i64 %arena_size, 1
  %144 = icmp sgt i64 %142, %143
  br i1 %144, label %trap17.site0, label %ok17

dead16:                                           ; No predecessors!
  br label %join15

ok17:                                             ; preds = %join15
  %145 = getelementptr i8, i8* %mem, i64 %142
  %146 = load i8, i8* %145, align 1
  %147 = zext i8 %146 to i32
  %148 = icmp eq i32 %147, 2
  %149 = zext i1 %148 to i32
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %then18, label %else19

then18:                                           ; preds = %ok17
  %151 = load i32, i32* %scrut, align 4
  %152 = zext i32 %151 to i64
  %153 = sub i64 %arena_size, 16
  %154 = icmp sgt i64 %152, %153
  br i1 %154, label %trap17.site0, label %ok21

else19:                                           ; preds = %ok17
  br label %join20

join20:                                           ; preds = %else19, %dead24
  br label %trap5.site7

ok21:                                             ; preds = %then18
  %155 = add i64 %152, 8
  %156 = getelementptr i8, i8* %mem, i64 %155
  %157 = bitcast i64* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %157, i8* %156, i64 8, i1 false)
  %158 = load i64, i64* %unaligned22, align 8
  store i64 %158, i64* %discount_pct, align 8
  %159 = load i64, i64* %discount_pct, align 8
  store i64 %159, i64* %v, align 8
  store i64 0, i64* %lo, align 8
  store i64 50, i64* %hi, align 8
  %160 = load i64, i64* %lo, align 8
  %161 = load i64, i64* %hi, align 8
  %162 = load i64, i64* %v, align 8
  %163 = load i64, i64* %v, align 8
  %164 = load i64, i64* %hi, align 8
  %165 = icmp sgt i64 %163, %164
  %166 = zext i1 %165 to i32
  %167 = icmp ne i32 %166, 0
  %168 = select i1 %167, i64 %161, i64 %162
  %169 = load i64, i64* %v, align 8
  %170 = load i64, i64* %lo, align 8
  %171 = icmp slt i64 %169, %170
  %172 = zext i1 %171 to i32
  %173 = icmp ne i32 %172, 0
  %174 = select i1 %173, i64 %160, i64 %168
  store i64 %174, i64* %result23, align 8
  br label %e6

e6:                                               ; preds = %ok21
  %175 = load i64, i64* %result23, align 8
  store i64 %175, i64* %result10, align 8
  br label %match3

dead24:                                           ; No predecessors!
  br label %join20

trap5.site7:                                      ; preds = %join20
  %176 = load i64, i64* %lowStart, align 8
  %177 = getelementptr i64, i64* %regs, i64 6
  store i64 %176, i64* %177, align 8
  %178 = load i64, i64* %lowEnd, align 8
  %179 = getelementptr i64, i64* %regs, i64 7
  store i64 %178, i64* %179, align 8
  %180 = load i64, i64* %highEnd, align 8
  %181 = getelementptr i64, i64* %regs, i64 8
  store i64 %180, i64* %181, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 7)
  unreachable

dead25:                                           ; No predecessors!
  br label %match3

write.low:                                        ; preds = %e1
  %182 = load i64, i64* %lowStart, align 8
  %183 = icmp uge i64 %117, %182
  %184 = load i64, i64* %lowEnd, align 8
  %185 = icmp ule i64 %118, %184
  %186 = and i1 %183, %185
  %187 = call i1 @llvm.expect.i1(i1 %186, i1 true)
  br i1 %187, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %188 = icmp ugt i64 %118, %arena_size
  br i1 %188, label %trap17.site0, label %ok26

write.ok:                                         ; preds = %ok26, %write.low, %e1
  %189 = getelementptr i8, i8* %mem, i64 %117
  store i64 %116, i64* %unaligned27, align 8
  %190 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %189, i8* %190, i64 8, i1 false)
  %191 = load i32, i32* %country, align 4
  %192 = icmp uge i32 %depth, 1000
  br i1 %192, label %trap15.site0, label %ok28

ok26:                                             ; preds = %write.slow
  %193 = icmp ult i64 %117, %scratch_start
  %194 = load i64, i64* %lowStart, align 8
  %195 = call i64 @llvm.umin.i64(i64 %194, i64 %117)
  %196 = load i64, i64* %lowEnd, align 8
  %197 = load i64, i64* %highEnd, align 8
  %198 = add i64 %118, 64
  %199 = sub i64 %118, %195
  %200 = lshr i64 %199, 4
  %201 = add i64 %198, %200
  %202 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %201)
  %203 = call i64 @llvm.umax.i64(i64 %196, i64 %202)
  %204 = select i1 %193, i64 %203, i64 %196
  store i64 %204, i64* %lowEnd, align 8
  %205 = add i64 %118, 64
  %206 = sub i64 %118, %scratch_start
  %207 = lshr i64 %206, 4
  %208 = add i64 %205, %207
  %209 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %208)
  %210 = call i64 @llvm.umax.i64(i64 %197, i64 %209)
  %211 = select i1 %193, i64 %197, i64 %210
  store i64 %211, i64* %highEnd, align 8
  store i64 %195, i64* %lowStart, align 8
  br label %write.ok

ok28:                                             ; preds = %write.ok
  %212 = icmp ult i64 %10, %stack_limit
  br i1 %212, label %trap253.site0, label %stack_ok29

trap15.site0:                                     ; preds = %e0, %else31, %write.ok
  %213 = load i64, i64* %lowStart, align 8
  %214 = getelementptr i64, i64* %regs, i64 6
  store i64 %213, i64* %214, align 8
  %215 = load i64, i64* %lowEnd, align 8
  %216 = getelementptr i64, i64* %regs, i64 7
  store i64 %215, i64* %216, align 8
  %217 = load i64, i64* %highEnd, align 8
  %218 = getelementptr i64, i64* %regs, i64 8
  store i64 %217, i64* %218, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %219 = load i64, i64* %fuel, align 8
  %220 = getelementptr i64, i64* %regs, i64 0
  store i64 %219, i64* %220, align 8
  %221 = load i64, i64* %lowStart, align 8
  %222 = getelementptr i64, i64* %regs, i64 6
  store i64 %221, i64* %222, align 8
  %223 = load i64, i64* %lowEnd, align 8
  %224 = getelementptr i64, i64* %regs, i64 7
  store i64 %223, i64* %224, align 8
  %225 = load i64, i64* %highEnd, align 8
  %226 = getelementptr i64, i64* %regs, i64 8
  store i64 %225, i64* %226, align 8
  %227 = add i32 %depth, 1
  %228 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %227, i32 %191, i32 10880)
  %229 = getelementptr i64, i64* %regs, i64 0
  %230 = load i64, i64* %229, align 8
  store i64 %230, i64* %fuel, align 8
  %231 = getelementptr i64, i64* %regs, i64 6
  %232 = load i64, i64* %231, align 8
  store i64 %232, i64* %lowStart, align 8
  %233 = getelementptr i64, i64* %regs, i64 7
  %234 = load i64, i64* %233, align 8
  store i64 %234, i64* %lowEnd, align 8
  %235 = getelementptr i64, i64* %regs, i64 8
  %236 = load i64, i64* %235, align 8
  store i64 %236, i64* %highEnd, align 8
  %237 = icmp ne i32 %228, 0
  br i1 %237, label %then30, label %else31

then30:                                           ; preds = %stack_ok29
  store double 1.900000e-01, double* %result33, align 8
  br label %join32

else31:                                           ; preds = %stack_ok29
  %238 = load i32, i32* %country, align 4
  %239 = icmp uge i32 %depth, 1000
  br i1 %239, label %trap15.site0, label %ok34

join32:                                           ; preds = %join38, %then30
  %240 = load double, double* %result33, align 8
  store double %240, double* %tax_rate, align 8
  %241 = load i32, i32* %dict, align 4
  %242 = load double, double* %tax_rate, align 8
  %243 = zext i32 %241 to i64
  %244 = add i64 %243, 8
  %245 = add i64 %244, 8
  %246 = icmp uge i64 %244, %scratch_start
  %247 = load i64, i64* %highEnd, align 8
  %248 = icmp ule i64 %245, %247
  %249 = and i1 %246, %248
  %250 = call i1 @llvm.expect.i1(i1 %249, i1 true)
  br i1 %250, label %write.ok42, label %write.low40

ok34:                                             ; preds = %else31
  %251 = icmp ult i64 %10, %stack_limit
  br i1 %251, label %trap253.site0, label %stack_ok35

stack_ok35:                                       ; preds = %ok34
  %252 = load i64, i64* %fuel, align 8
  %253 = getelementptr i64, i64* %regs, i64 0
  store i64 %252, i64* %253, align 8
  %254 = load i64, i64* %lowStart, align 8
  %255 = getelementptr i64, i64* %regs, i64 6
  store i64 %254, i64* %255, align 8
  %256 = load i64, i64* %lowEnd, align 8
  %257 = getelementptr i64, i64* %regs, i64 7
  store i64 %256, i64* %257, align 8
  %258 = load i64, i64* %highEnd, align 8
  %259 = getelementptr i64, i64* %regs, i64 8
  store i64 %258, i64* %259, align 8
  %260 = add i32 %depth, 1
  %261 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %260, i32 %238, i32 10888)
  %262 = getelementptr i64, i64* %regs, i64 0
  %263 = load i64, i64* %262, align 8
  store i64 %263, i64* %fuel, align 8
  %264 = getelementptr i64, i64* %regs, i64 6
  %265 = load i64, i64* %264, align 8
  store i64 %265, i64* %lowStart, align 8
  %266 = getelementptr i64, i64* %regs, i64 7
  %267 = load i64, i64* %266, align 8
  store i64 %267, i64* %lowEnd, align 8
  %268 = getelementptr i64, i64* %regs, i64 8
  %269 = load i64, i64* %268, align 8
  store i64 %269, i64* %highEnd, align 8
  %270 = icmp ne i32 %261, 0
  br i1 %270, label %then36, label %else37

then36:                                           ; preds = %stack_ok35
  store double 2.000000e-01, double* %result39, align 8
  br label %join38

else37:                                           ; preds = %stack_ok35
  store double 0.000000e+00, double* %result39, align 8
  br label %join38

join38:                                           ; preds = %else37, %then36
  %271 = load double, double* %result39, align 8
  store double %271, double* %result33, align 8
  br label %join32

write.low40:                                      ; preds = %join32
  %272 = load i64, i64* %lowStart, align 8
  %273 = icmp uge i64 %244, %272
  %274 = load i64, i64* %lowEnd, align 8
  %275 = icmp ule i64 %245, %274
  %276 = and i1 %273, %275
  %277 = call i1 @llvm.expect.i1(i1 %276, i1 true)
  br i1 %277, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %278 = icmp ugt i64 %245, %arena_size
  br i1 %278, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %join32
  %279 = getelementptr i8, i8* %mem, i64 %244
  %280 = bitcast double %242 to i64
  %281 = and i64 %280, 9223372036854775807
  %282 = icmp ugt i64 %281, 9218868437227405312
  %283 = select i1 %282, i64 9221120237041090560, i64 %280
  store i64 %283, i64* %unaligned44, align 8
  %284 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %279, i8* %284, i64 8, i1 false)
  %285 = getelementptr i64, i64* %regs, i64 1
  %286 = getelementptr i64, i64* %regs, i64 2
  %287 = load i64, i64* %285, align 8
  %288 = add i64 %287, 3
  %289 = and i64 %288, -4
  %290 = add i64 %289, 8
  %291 = load i64, i64* %286, align 8
  %292 = icmp ugt i64 %290, %291
  br i1 %292, label %trap15.site10, label %ok45

ok43:                                             ; preds = %write.slow41
  %293 = icmp ult i64 %244, %scratch_start
  %294 = load i64, i64* %lowStart, align 8
  %295 = call i64 @llvm.umin.i64(i64 %294, i64 %244)
  %296 = load i64, i64* %lowEnd, align 8
  %297 = load i64, i64* %highEnd, align 8
  %298 = add i64 %245, 64
  %299 = sub i64 %245, %295
  %300 = lshr i64 %299, 4
  %301 = add i64 %298, %300
  %302 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %301)
  %303 = call i64 @llvm.umax.i64(i64 %296, i64 %302)
  %304 = select i1 %293, i64 %303, i64 %296
  store i64 %304, i64* %lowEnd, align 8
  %305 = add i64 %245, 64
  %306 = sub i64 %245, %scratch_start
  %307 = lshr i64 %306, 4
  %308 = add i64 %305, %307
  %309 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %308)
  %310 = call i64 @llvm.umax.i64(i64 %297, i64 %309)
  %311 = select i1 %293, i64 %297, i64 %310
  store i64 %311, i64* %highEnd, align 8
  store i64 %295, i64* %lowStart, align 8
  br label %write.ok42

ok45:                                             ; preds = %write.ok42
  store i64 %290, i64* %285, align 8
  %312 = load i64, i64* %highEnd, align 8
  %313 = call i64 @llvm.umax.i64(i64 %312, i64 %290)
  store i64 %313, i64* %highEnd, align 8
  %314 = trunc i64 %289 to i32
  store i32 %314, i32* %closure, align 4
  %315 = load i32, i32* %closure, align 4
  %316 = zext i32 %315 to i64
  %317 = add i64 %316, 4
  %318 = icmp uge i64 %316, %scratch_start
  %319 = load i64, i64* %highEnd, align 8
  %320 = icmp ule i64 %317, %319
  %321 = and i1 %318, %320
  %322 = call i1 @llvm.expect.i1(i1 %321, i1 true)
  br i1 %322, label %write.ok48, label %write.low46

trap15.site10:                                    ; preds = %write.ok42
  %323 = load i64, i64* %lowStart, align 8
  %324 = getelementptr i64, i64* %regs, i64 6
  store i64 %323, i64* %324, align 8
  %325 = load i64, i64* %lowEnd, align 8
  %326 = getelementptr i64, i64* %regs, i64 7
  store i64 %325, i64* %326, align 8
  %327 = load i64, i64* %highEnd, align 8
  %328 = getelementptr i64, i64* %regs, i64 8
  store i64 %327, i64* %328, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

write.low46:                                      ; preds = %ok45
  %329 = load i64, i64* %lowStart, align 8
  %330 = icmp uge i64 %316, %329
  %331 = load i64, i64* %lowEnd, align 8
  %332 = icmp ule i64 %317, %331
  %333 = and i1 %330, %332
  %334 = call i1 @llvm.expect.i1(i1 %333, i1 true)
  br i1 %334, label %write.ok48, label %write.slow47

write.slow47:                                     ; preds = %write.low46
  %335 = icmp ugt i64 %317, %arena_size
  br i1 %335, label %trap17.site0, label %ok49

write.ok48:                                       ; preds = %ok49, %write.low46, %ok45
  %336 = getelementptr i8, i8* %mem, i64 %316
  store i32 0, i32* %unaligned50, align 4
  %337 = bitcast i32* %unaligned50 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %336, i8* %337, i64 4, i1 false)
  %338 = load i32, i32* %closure, align 4
  %339 = zext i32 %338 to i64
  %340 = add i64 %339, 4
  %341 = add i64 %340, 4
  %342 = icmp uge i64 %340, %scratch_start
  %343 = load i64, i64* %highEnd, align 8
  %344 = icmp ule i64 %341, %343
  %345 = and i1 %342, %344
  %346 = call i1 @llvm.expect.i1(i1 %345, i1 true)
  br i1 %346, label %write.ok53, label %write.low51

ok49:                                             ; preds = %write.slow47
  %347 = icmp ult i64 %316, %scratch_start
  %348 = load i64, i64* %lowStart, align 8
  %349 = call i64 @llvm.umin.i64(i64 %348, i64 %316)
  %350 = load i64, i64* %lowEnd, align 8
  %351 = load i64, i64* %highEnd, align 8
  %352 = add i64 %317, 64
  %353 = sub i64 %317, %349
  %354 = lshr i64 %353, 4
  %355 = add i64 %352, %354
  %356 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %355)
  %357 = call i64 @llvm.umax.i64(i64 %350, i64 %356)
  %358 = select i1 %347, i64 %357, i64 %350
  store i64 %358, i64* %lowEnd, align 8
  %359 = add i64 %317, 64
  %360 = sub i64 %317, %scratch_start
  %361 = lshr i64 %360, 4
  %362 = add i64 %359, %361
  %363 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %362)
  %364 = call i64 @llvm.umax.i64(i64 %351, i64 %363)
  %365 = select i1 %347, i64 %351, i64 %364
  store i64 %365, i64* %highEnd, align 8
  store i64 %349, i64* %lowStart, align 8
  br label %write.ok48

write.low51:                                      ; preds = %write.ok48
  %366 = load i64, i64* %lowStart, align 8
  %367 = icmp uge i64 %340, %366
  %368 = load i64, i64* %lowEnd, align 8
  %369 = icmp ule i64 %341, %368
  %370 = and i1 %367, %369
  %371 = call i1 @llvm.expect.i1(i1 %370, i1 true)
  br i1 %371, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %372 = icmp ugt i64 %341, %arena_size
  br i1 %372, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %write.ok48
  %373 = getelementptr i8, i8* %mem, i64 %340
  store i32 0, i32* %unaligned55, align 4
  %374 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %373, i8* %374, i64 4, i1 false)
  %375 = load i32, i32* %dict, align 4
  %376 = load i32, i32* %closure, align 4
  %377 = zext i32 %375 to i64
  %378 = add i64 %377, 16
  %379 = add i64 %378, 4
  %380 = icmp uge i64 %378, %scratch_start
  %381 = load i64, i64* %highEnd, align 8
  %382 = icmp ule i64 %379, %381
  %383 = and i1 %380, %382
  %384 = call i1 @llvm.expect.i1(i1 %383, i1 true)
  br i1 %384, label %write.ok58, label %write.low56

ok54:                                             ; preds = %write.slow52
  %385 = icmp ult i64 %340, %scratch_start
  %386 = load i64, i64* %lowStart, align 8
  %387 = call i64 @llvm.umin.i64(i64 %386, i64 %340)
  %388 = load i64, i64* %lowEnd, align 8
  %389 = load i64, i64* %highEnd, align 8
  %390 = add i64 %341, 64
  %391 = sub i64 %341, %387
  %392 = lshr i64 %391, 4
  %393 = add i64 %390, %392
  %394 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %393)
  %395 = call i64 @llvm.umax.i64(i64 %388, i64 %394)
  %396 = select i1 %385, i64 %395, i64 %388
  store i64 %396, i64* %lowEnd, align 8
  %397 = add i64 %341, 64
  %398 = sub i64 %341, %scratch_start
  %399 = lshr i64 %398, 4
  %400 = add i64 %397, %399
  %401 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %400)
  %402 = call i64 @llvm.umax.i64(i64 %389, i64 %401)
  %403 = select i1 %385, i64 %389, i64 %402
  store i64 %403, i64* %highEnd, align 8
  store i64 %387, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %write.ok53
  %404 = load i64, i64* %lowStart, align 8
  %405 = icmp uge i64 %378, %404
  %406 = load i64, i64* %lowEnd, align 8
  %407 = icmp ule i64 %379, %406
  %408 = and i1 %405, %407
  %409 = call i1 @llvm.expect.i1(i1 %408, i1 true)
  br i1 %409, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %410 = icmp ugt i64 %379, %arena_size
  br i1 %410, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %write.ok53
  %411 = getelementptr i8, i8* %mem, i64 %378
  store i32 %376, i32* %unaligned60, align 4
  %412 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %411, i8* %412, i64 4, i1 false)
  %413 = load i32, i32* %items, align 4
  store i32 %413, i32* %xs, align 4
  %414 = load i32, i32* %xs, align 4
  %415 = zext i32 %414 to i64
  %416 = sub i64 %arena_size, 4
  %417 = icmp sgt i64 %415, %416
  br i1 %417, label %trap17.site0, label %ok62

ok59:                                             ; preds = %write.slow57
  %418 = icmp ult i64 %378, %scratch_start
  %419 = load i64, i64* %lowStart, align 8
  %420 = call i64 @llvm.umin.i64(i64 %419, i64 %378)
  %421 = load i64, i64* %lowEnd, align 8
  %422 = load i64, i64* %highEnd, align 8
  %423 = add i64 %379, 64
  %424 = sub i64 %379, %420
  %425 = lshr i64 %424, 4
  %426 = add i64 %423, %425
  %427 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %426)
  %428 = call i64 @llvm.umax.i64(i64 %421, i64 %427)
  %429 = select i1 %418, i64 %428, i64 %421
  store i64 %429, i64* %lowEnd, align 8
  %430 = add i64 %379, 64
  %431 = sub i64 %379, %scratch_start
  %432 = lshr i64 %431, 4
  %433 = add i64 %430, %432
  %434 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %433)
  %435 = call i64 @llvm.umax.i64(i64 %422, i64 %434)
  %436 = select i1 %418, i64 %422, i64 %435
  store i64 %436, i64* %highEnd, align 8
  store i64 %420, i64* %lowStart, align 8
  br label %write.ok58

e21:                                              ; preds = %write.ok101
  %437 = load i32, i32* %result61, align 4
  store i32 %437, i32* %lines, align 4
  %438 = load i32, i32* %dict, align 4
  %439 = load i32, i32* %lines, align 4
  %440 = zext i32 %438 to i64
  %441 = add i64 %440, 20
  %442 = add i64 %441, 4
  %443 = icmp uge i64 %441, %scratch_start
  %444 = load i64, i64* %highEnd, align 8
  %445 = icmp ule i64 %442, %444
  %446 = and i1 %443, %445
  %447 = call i1 @llvm.expect.i1(i1 %446, i1 true)
  br i1 %447, label %write.ok106, label %write.low104

ok62:                                             ; preds = %write.ok58
  %448 = getelementptr i8, i8* %mem, i64 %415
  %449 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %449, i8* %448, i64 4, i1 false)
  %450 = load i32, i32* %unaligned63, align 4
  %451 = zext i32 %450 to i64
  %452 = mul i64 %451, 4
  %453 = add i64 4, %452
  store i64 %453, i64* %size, align 8
  %454 = load i64, i64* %size, align 8
  %455 = icmp ugt i64 %454, 2147483647
  %456 = zext i1 %455 to i32
  %457 = icmp ne i32 %456, 0
  br i1 %457, label %then64, label %else65

then64:                                           ; preds = %ok62
  br label %trap15.site11

else65:                                           ; preds = %ok62
  br label %join66

join66:                                           ; preds = %else65, %dead67
  %458 = load i64, i64* %size, align 8
  %459 = trunc i64 %458 to i32
  %460 = zext i32 %459 to i64
  %461 = getelementptr i64, i64* %regs, i64 1
  %462 = getelementptr i64, i64* %regs, i64 2
  %463 = load i64, i64* %461, align 8
  %464 = add i64 %463, 3
  %465 = and i64 %464, -4
  %466 = add i64 %465, %460
  %467 = load i64, i64* %462, align 8
  %468 = icmp ugt i64 %466, %467
  br i1 %468, label %trap15.site11, label %ok68

trap15.site11:                                    ; preds = %join66, %then64
  %469 = load i64, i64* %lowStart, align 8
  %470 = getelementptr i64, i64* %regs, i64 6
  store i64 %469, i64* %470, align 8
  %471 = load i64, i64* %lowEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 7
  store i64 %471, i64* %472, align 8
  %473 = load i64, i64* %highEnd, align 8
  %474 = getelementptr i64, i64* %regs, i64 8
  store i64 %473, i64* %474, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead67:                                           ; No predecessors!
  br label %join66

ok68:                                             ; preds = %join66
  store i64 %466, i64* %461, align 8
  %475 = load i64, i64* %highEnd, align 8
  %476 = call i64 @llvm.umax.i64(i64 %475, i64 %466)
  store i64 %476, i64* %highEnd, align 8
  %477 = trunc i64 %465 to i32
  store i32 %477, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %478 = load i32, i32* %xs, align 4
  %479 = zext i32 %478 to i64
  %480 = sub i64 %arena_size, 4
  %481 = icmp sgt i64 %479, %480
  br i1 %481, label %trap17.site0, label %ok69

ok69:                                             ; preds = %ok68
  %482 = getelementptr i8, i8* %mem, i64 %479
  %483 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %483, i8* %482, i64 4, i1 false)
  %484 = load i32, i32* %unaligned70, align 4
  store i32 %484, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each24

block23:                                          ; preds = %dead98, %ok71
  %485 = load i32, i32* %list, align 4
  %486 = load i32, i32* %len, align 4
  %487 = zext i32 %485 to i64
  %488 = add i64 %487, 4
  %489 = icmp uge i64 %487, %scratch_start
  %490 = load i64, i64* %highEnd, align 8
  %491 = icmp ule i64 %488, %490
  %492 = and i1 %489, %491
  %493 = call i1 @llvm.expect.i1(i1 %492, i1 true)
  br i1 %493, label %write.ok101, label %write.low99

each24:                                           ; preds = %write.ok95, %ok69
  %494 = load i64, i64* %fuel, align 8
  %495 = icmp ult i64 %494, 1
  br i1 %495, label %trap14.site0, label %ok71

ok71:                                             ; preds = %each24
  %496 = sub i64 %494, 1
  store i64 %496, i64* %fuel, align 8
  %497 = load i32, i32* %k, align 4
  %498 = load i32, i32* %n, align 4
  %499 = icmp uge i32 %497, %498
  %500 = zext i1 %499 to i32
  %501 = icmp ne i32 %500, 0
  br i1 %501, label %block23, label %cont

cont:                                             ; preds = %ok71
  %502 = load i32, i32* %xs, align 4
  %503 = load i32, i32* %k, align 4
  %504 = mul i32 %503, 4
  %505 = add i32 %502, %504
  %506 = zext i32 %505 to i64
  %507 = sub i64 %arena_size, 8
  %508 = icmp sgt i64 %506, %507
  br i1 %508, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont
  %509 = add i64 %506, 4
  %510 = getelementptr i8, i8* %mem, i64 %509
  %511 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %511, i8* %510, i64 4, i1 false)
  %512 = load i32, i32* %unaligned73, align 4
  store i32 %512, i32* %x, align 4
  %513 = load i32, i32* %x, align 4
  store i32 %513, i32* %i, align 4
  %514 = load i32, i32* %list, align 4
  %515 = load i32, i32* %len, align 4
  %516 = mul i32 %515, 4
  %517 = add i32 %514, %516
  %518 = getelementptr i64, i64* %regs, i64 1
  %519 = getelementptr i64, i64* %regs, i64 2
  %520 = load i64, i64* %518, align 8
  %521 = add i64 %520, 7
  %522 = and i64 %521, -8
  %523 = add i64 %522, 16
  %524 = load i64, i64* %519, align 8
  %525 = icmp ugt i64 %523, %524
  br i1 %525, label %trap15.site12, label %ok75

e25:                                              ; preds = %write.ok90
  %526 = load i32, i32* %result74, align 4
  %527 = zext i32 %517 to i64
  %528 = add i64 %527, 4
  %529 = add i64 %528, 4
  %530 = icmp uge i64 %528, %scratch_start
  %531 = load i64, i64* %highEnd, align 8
  %532 = icmp ule i64 %529, %531
  %533 = and i1 %530, %532
  %534 = call i1 @llvm.expect.i1(i1 %533, i1 true)
  br i1 %534, label %write.ok95, label %write.low93

ok75:                                             ; preds = %ok72
  store i64 %523, i64* %518, align 8
  %535 = load i64, i64* %highEnd, align 8
  %536 = call i64 @llvm.umax.i64(i64 %535, i64 %523)
  store i64 %536, i64* %highEnd, align 8
  %537 = trunc i64 %522 to i32
  store i32 %537, i32* %dict.1, align 4
  %538 = load i32, i32* %i, align 4
  %539 = zext i32 %538 to i64
  %540 = sub i64 %arena_size, 4
  %541 = icmp sgt i64 %539, %540
  br i1 %541, label %trap17.site13, label %ok76

trap15.site12:                                    ; preds = %ok72
  %542 = load i64, i64* %lowStart, align 8
  %543 = getelementptr i64, i64* %regs, i64 6
  store i64 %542, i64* %543, align 8
  %544 = load i64, i64* %lowEnd, align 8
  %545 = getelementptr i64, i64* %regs, i64 7
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %highEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 8
  store i64 %546, i64* %547, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

ok76:                                             ; preds = %ok75
  %548 = getelementptr i8, i8* %mem, i64 %539
  %549 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %549, i8* %548, i64 4, i1 false)
  %550 = load i32, i32* %unaligned77, align 4
  store i32 %550, i32* %sku, align 4
  %551 = load i32, i32* %dict.1, align 4
  %552 = load i32, i32* %sku, align 4
  %553 = zext i32 %551 to i64
  %554 = add i64 %553, 4
  %555 = icmp uge i64 %553, %scratch_start
  %556 = load i64, i64* %highEnd, align 8
  %557 = icmp ule i64 %554, %556
  %558 = and i1 %555, %557
  %559 = call i1 @llvm.expect.i1(i1 %558, i1 true)
  br i1 %559, label %write.ok80, label %write.low78

trap17.site13:                                    ; preds = %ok75
  %560 = load i64, i64* %lowStart, align 8
  %561 = getelementptr i64, i64* %regs, i64 6
  store i64 %560, i64* %561, align 8
  %562 = load i64, i64* %lowEnd, align 8
  %563 = getelementptr i64, i64* %regs, i64 7
  store i64 %562, i64* %563, align 8
  %564 = load i64, i64* %highEnd, align 8
  %565 = getelementptr i64, i64* %regs, i64 8
  store i64 %564, i64* %565, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

write.low78:                                      ; preds = %ok76
  %566 = load i64, i64* %lowStart, align 8
  %567 = icmp uge i64 %553, %566
  %568 = load i64, i64* %lowEnd, align 8
  %569 = icmp ule i64 %554, %568
  %570 = and i1 %567, %569
  %571 = call i1 @llvm.expect.i1(i1 %570, i1 true)
  br i1 %571, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %572 = icmp ugt i64 %554, %arena_size
  br i1 %572, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %ok76
  %573 = getelementptr i8, i8* %mem, i64 %553
  store i32 %552, i32* %unaligned82, align 4
  %574 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %573, i8* %574, i64 4, i1 false)
  %575 = load i32, i32* %i, align 4
  %576 = zext i32 %575 to i64
  %577 = sub i64 %arena_size, 24
  %578 = icmp sgt i64 %576, %577
  br i1 %578, label %trap17.site17, label %ok83

ok81:                                             ; preds = %write.slow79
  %579 = icmp ult i64 %553, %scratch_start
  %580 = load i64, i64* %lowStart, align 8
  %581 = call i64 @llvm.umin.i64(i64 %580, i64 %553)
  %582 = load i64, i64* %lowEnd, align 8
  %583 = load i64, i64* %highEnd, align 8
  %584 = add i64 %554, 64
  %585 = sub i64 %554, %581
  %586 = lshr i64 %585, 4
  %587 = add i64 %584, %586
  %588 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %587)
  %589 = call i64 @llvm.umax.i64(i64 %582, i64 %588)
  %590 = select i1 %579, i64 %589, i64 %582
  store i64 %590, i64* %lowEnd, align 8
  %591 = add i64 %554, 64
  %592 = sub i64 %554, %scratch_start
  %593 = lshr i64 %592, 4
  %594 = add i64 %591, %593
  %595 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %594)
  %596 = call i64 @llvm.umax.i64(i64 %583, i64 %595)
  %597 = select i1 %579, i64 %583, i64 %596
  store i64 %597, i64* %highEnd, align 8
  store i64 %581, i64* %lowStart, align 8
  br label %write.ok80

ok83:                                             ; preds = %write.ok80
  %598 = add i64 %576, 16
  %599 = getelementptr i8, i8* %mem, i64 %598
  %600 = bitcast i64* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %600, i8* %599, i64 8, i1 false)
  %601 = load i64, i64* %unaligned84, align 8
  %602 = bitcast i64 %601 to double
  %603 = fmul double %602, 1.000000e+02
  %604 = call double @llvm.roundeven.f64(double %603)
  %605 = call i64 @llvm.fptosi.sat.i64.f64(double %604)
  %606 = load i32, i32* %i, align 4
  %607 = zext i32 %606 to i64
  %608 = sub i64 %arena_size, 16
  %609 = icmp sgt i64 %607, %608
  br i1 %609, label %trap17.site18, label %ok85

trap17.site17:                                    ; preds = %write.ok80
  %610 = load i64, i64* %lowStart, align 8
  %611 = getelementptr i64, i64* %regs, i64 6
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %lowEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 7
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %highEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 8
  store i64 %614, i64* %615, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok85:                                             ; preds = %ok83
  %616 = add i64 %607, 8
  %617 = getelementptr i8, i8* %mem, i64 %616
  %618 = bitcast i64* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %618, i8* %617, i64 8, i1 false)
  %619 = load i64, i64* %unaligned86, align 8
  %620 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %605, i64 %619)
  %621 = extractvalue { i64, i1 } %620, 1
  br i1 %621, label %trap2.site14, label %ok87

trap17.site18:                                    ; preds = %ok83
  %622 = load i64, i64* %lowStart, align 8
  %623 = getelementptr i64, i64* %regs, i64 6
  store i64 %622, i64* %623, align 8
  %624 = load i64, i64* %lowEnd, align 8
  %625 = getelementptr i64, i64* %regs, i64 7
  store i64 %624, i64* %625, align 8
  %626 = load i64, i64* %highEnd, align 8
  %627 = getelementptr i64, i64* %regs, i64 8
  store i64 %626, i64* %627, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok87:                                             ; preds = %ok85
  %628 = extractvalue { i64, i1 } %620, 0
  store i64 %628, i64* %cents, align 8
  %629 = load i32, i32* %dict.1, align 4
  %630 = load i64, i64* %cents, align 8
  %631 = zext i32 %629 to i64
  %632 = add i64 %631, 8
  %633 = add i64 %632, 8
  %634 = icmp uge i64 %632, %scratch_start
  %635 = load i64, i64* %highEnd, align 8
  %636 = icmp ule i64 %633, %635
  %637 = and i1 %634, %636
  %638 = call i1 @llvm.expect.i1(i1 %637, i1 true)
  br i1 %638, label %write.ok90, label %write.low88

trap2.site14:                                     ; preds = %ok85
  %639 = load i64, i64* %lowStart, align 8
  %640 = getelementptr i64, i64* %regs, i64 6
  store i64 %639, i64* %640, align 8
  %641 = load i64, i64* %lowEnd, align 8
  %642 = getelementptr i64, i64* %regs, i64 7
  store i64 %641, i64* %642, align 8
  %643 = load i64, i64* %highEnd, align 8
  %644 = getelementptr i64, i64* %regs, i64 8
  store i64 %643, i64* %644, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low88:                                      ; preds = %ok87
  %645 = load i64, i64* %lowStart, align 8
  %646 = icmp uge i64 %632, %645
  %647 = load i64, i64* %lowEnd, align 8
  %648 = icmp ule i64 %633, %647
  %649 = and i1 %646, %648
  %650 = call i1 @llvm.expect.i1(i1 %649, i1 true)
  br i1 %650, label %write.ok90, label %write.slow89

write.slow89:                                     ; preds = %write.low88
  %651 = icmp ugt i64 %633, %arena_size
  br i1 %651, label %trap17.site0, label %ok91

write.ok90:                                       ; preds = %ok91, %write.low88, %ok87
  %652 = getelementptr i8, i8* %mem, i64 %632
  store i64 %630, i64* %unaligned92, align 8
  %653 = bitcast i64* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %652, i8* %653, i64 8, i1 false)
  %654 = load i32, i32* %dict.1, align 4
  store i32 %654, i32* %result74, align 4
  br label %e25

ok91:                                             ; preds = %write.slow89
  %655 = icmp ult i64 %632, %scratch_start
  %656 = load i64, i64* %lowStart, align 8
  %657 = call i64 @llvm.umin.i64(i64 %656, i64 %632)
  %658 = load i64, i64* %lowEnd, align 8
  %659 = load i64, i64* %highEnd, align 8
  %660 = add i64 %633, 64
  %661 = sub i64 %633, %657
  %662 = lshr i64 %661, 4
  %663 = add i64 %660, %662
  %664 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %663)
  %665 = call i64 @llvm.umax.i64(i64 %658, i64 %664)
  %666 = select i1 %655, i64 %665, i64 %658
  store i64 %666, i64* %lowEnd, align 8
  %667 = add i64 %633, 64
  %668 = sub i64 %633, %scratch_start
  %669 = lshr i64 %668, 4
  %670 = add i64 %667, %669
  %671 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %670)
  %672 = call i64 @llvm.umax.i64(i64 %659, i64 %671)
  %673 = select i1 %655, i64 %659, i64 %672
  store i64 %673, i64* %highEnd, align 8
  store i64 %657, i64* %lowStart, align 8
  br label %write.ok90

write.low93:                                      ; preds = %e25
  %674 = load i64, i64* %lowStart, align 8
  %675 = icmp uge i64 %528, %674
  %676 = load i64, i64* %lowEnd, align 8
  %677 = icmp ule i64 %529, %676
  %678 = and i1 %675, %677
  %679 = call i1 @llvm.expect.i1(i1 %678, i1 true)
  br i1 %679, label %write.ok95, label %write.slow94

write.slow94:                                     ; preds = %write.low93
  %680 = icmp ugt i64 %529, %arena_size
  br i1 %680, label %trap17.site0, label %ok96

write.ok95:                                       ; preds = %ok96, %write.low93, %e25
  %681 = getelementptr i8, i8* %mem, i64 %528
  store i32 %526, i32* %unaligned97, align 4
  %682 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %681, i8* %682, i64 4, i1 false)
  %683 = load i32, i32* %len, align 4
  %684 = add i32 %683, 1
  store i32 %684, i32* %len, align 4
  %685 = load i32, i32* %k, align 4
  %686 = add i32 %685, 1
  store i32 %686, i32* %k, align 4
  br label %each24

ok96:                                             ; preds = %write.slow94
  %687 = icmp ult i64 %528, %scratch_start
  %688 = load i64, i64* %lowStart, align 8
  %689 = call i64 @llvm.umin.i64(i64 %688, i64 %528)
  %690 = load i64, i64* %lowEnd, align 8
  %691 = load i64, i64* %highEnd, align 8
  %692 = add i64 %529, 64
  %693 = sub i64 %529, %689
  %694 = lshr i64 %693, 4
  %695 = add i64 %692, %694
  %696 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %695)
  %697 = call i64 @llvm.umax.i64(i64 %690, i64 %696)
  %698 = select i1 %687, i64 %697, i64 %690
  store i64 %698, i64* %lowEnd, align 8
  %699 = add i64 %529, 64
  %700 = sub i64 %529, %scratch_start
  %701 = lshr i64 %700, 4
  %702 = add i64 %699, %701
  %703 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %702)
  %704 = call i64 @llvm.umax.i64(i64 %691, i64 %703)
  %705 = select i1 %687, i64 %691, i64 %704
  store i64 %705, i64* %highEnd, align 8
  store i64 %689, i64* %lowStart, align 8
  br label %write.ok95

dead98:                                           ; No predecessors!
  br label %block23

write.low99:                                      ; preds = %block23
  %706 = load i64, i64* %lowStart, align 8
  %707 = icmp uge i64 %487, %706
  %708 = load i64, i64* %lowEnd, align 8
  %709 = icmp ule i64 %488, %708
  %710 = and i1 %707, %709
  %711 = call i1 @llvm.expect.i1(i1 %710, i1 true)
  br i1 %711, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %712 = icmp ugt i64 %488, %arena_size
  br i1 %712, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %block23
  %713 = getelementptr i8, i8* %mem, i64 %487
  store i32 %486, i32* %unaligned103, align 4
  %714 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %713, i8* %714, i64 4, i1 false)
  %715 = load i32, i32* %list, align 4
  store i32 %715, i32* %result61, align 4
  br label %e21

ok102:                                            ; preds = %write.slow100
  %716 = icmp ult i64 %487, %scratch_start
  %717 = load i64, i64* %lowStart, align 8
  %718 = call i64 @llvm.umin.i64(i64 %717, i64 %487)
  %719 = load i64, i64* %lowEnd, align 8
  %720 = load i64, i64* %highEnd, align 8
  %721 = add i64 %488, 64
  %722 = sub i64 %488, %718
  %723 = lshr i64 %722, 4
  %724 = add i64 %721, %723
  %725 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %724)
  %726 = call i64 @llvm.umax.i64(i64 %719, i64 %725)
  %727 = select i1 %716, i64 %726, i64 %719
  store i64 %727, i64* %lowEnd, align 8
  %728 = add i64 %488, 64
  %729 = sub i64 %488, %scratch_start
  %730 = lshr i64 %729, 4
  %731 = add i64 %728, %730
  %732 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %731)
  %733 = call i64 @llvm.umax.i64(i64 %720, i64 %732)
  %734 = select i1 %716, i64 %720, i64 %733
  store i64 %734, i64* %highEnd, align 8
  store i64 %718, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %e21
  %735 = load i64, i64* %lowStart, align 8
  %736 = icmp uge i64 %441, %735
  %737 = load i64, i64* %lowEnd, align 8
  %738 = icmp ule i64 %442, %737
  %739 = and i1 %736, %738
  %740 = call i1 @llvm.expect.i1(i1 %739, i1 true)
  br i1 %740, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %741 = icmp ugt i64 %442, %arena_size
  br i1 %741, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e21
  %742 = getelementptr i8, i8* %mem, i64 %441
  store i32 %439, i32* %unaligned108, align 4
  %743 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %742, i8* %743, i64 4, i1 false)
  %744 = load i32, i32* %items, align 4
  store i32 %744, i32* %xs.1, align 4
  store i64 0, i64* %sum, align 8
  %745 = load i32, i32* %xs.1, align 4
  %746 = zext i32 %745 to i64
  %747 = sub i64 %arena_size, 4
  %748 = icmp sgt i64 %746, %747
  br i1 %748, label %trap17.site0, label %ok110

ok107:                                            ; preds = %write.slow105
  %749 = icmp ult i64 %441, %scratch_start
  %750 = load i64, i64* %lowStart, align 8
  %751 = call i64 @llvm.umin.i64(i64 %750, i64 %441)
  %752 = load i64, i64* %lowEnd, align 8
  %753 = load i64, i64* %highEnd, align 8
  %754 = add i64 %442, 64
  %755 = sub i64 %442, %751
  %756 = lshr i64 %755, 4
  %757 = add i64 %754, %756
  %758 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %757)
  %759 = call i64 @llvm.umax.i64(i64 %752, i64 %758)
  %760 = select i1 %749, i64 %759, i64 %752
  store i64 %760, i64* %lowEnd, align 8
  %761 = add i64 %442, 64
  %762 = sub i64 %442, %scratch_start
  %763 = lshr i64 %762, 4
  %764 = add i64 %761, %763
  %765 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %764)
  %766 = call i64 @llvm.umax.i64(i64 %753, i64 %765)
  %767 = select i1 %749, i64 %753, i64 %766
  store i64 %767, i64* %highEnd, align 8
  store i64 %751, i64* %lowStart, align 8
  br label %write.ok106

e36:                                              ; preds = %block38
  %768 = load i64, i64* %result109, align 8
  store i64 %768, i64* %item_count, align 8
  %769 = load i32, i32* %dict, align 4
  %770 = load i64, i64* %item_count, align 8
  %771 = zext i32 %769 to i64
  %772 = add i64 %771, 24
  %773 = add i64 %772, 8
  %774 = icmp uge i64 %772, %scratch_start
  %775 = load i64, i64* %highEnd, align 8
  %776 = icmp ule i64 %773, %775
  %777 = and i1 %774, %776
  %778 = call i1 @llvm.expect.i1(i1 %777, i1 true)
  br i1 %778, label %write.ok122, label %write.low120

ok110:                                            ; preds = %write.ok106
  %779 = getelementptr i8, i8* %mem, i64 %746
  %780 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %780, i8* %779, i64 4, i1 false)
  %781 = load i32, i32* %unaligned111, align 4
  store i32 %781, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each39

block38:                                          ; preds = %dead119, %ok112
  %782 = load i64, i64* %sum, align 8
  store i64 %782, i64* %result109, align 8
  br label %e36

each39:                                           ; preds = %ok118, %ok110
  %783 = load i64, i64* %fuel, align 8
  %784 = icmp ult i64 %783, 1
  br i1 %784, label %trap14.site0, label %ok112

ok112:                                            ; preds = %each39
  %785 = sub i64 %783, 1
  store i64 %785, i64* %fuel, align 8
  %786 = load i32, i32* %k.1, align 4
  %787 = load i32, i32* %n.1, align 4
  %788 = icmp uge i32 %786, %787
  %789 = zext i1 %788 to i32
  %790 = icmp ne i32 %789, 0
  br i1 %790, label %block38, label %cont113

cont113:                                          ; preds = %ok112
  %791 = load i32, i32* %xs.1, align 4
  %792 = load i32, i32* %k.1, align 4
  %793 = mul i32 %792, 4
  %794 = add i32 %791, %793
  %795 = zext i32 %794 to i64
  %796 = sub i64 %arena_size, 8
  %797 = icmp sgt i64 %795, %796
  br i1 %797, label %trap17.site0, label %ok114

ok114:                                            ; preds = %cont113
  %798 = add i64 %795, 4
  %799 = getelementptr i8, i8* %mem, i64 %798
  %800 = bitcast i32* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %800, i8* %799, i64 4, i1 false)
  %801 = load i32, i32* %unaligned115, align 4
  store i32 %801, i32* %x.1, align 4
  %802 = load i32, i32* %x.1, align 4
  store i32 %802, i32* %i.1, align 4
  %803 = load i32, i32* %i.1, align 4
  %804 = zext i32 %803 to i64
  %805 = sub i64 %arena_size, 16
  %806 = icmp sgt i64 %804, %805
  br i1 %806, label %trap17.site21, label %ok116

ok116:                                            ; preds = %ok114
  %807 = add i64 %804, 8
  %808 = getelementptr i8, i8* %mem, i64 %807
  %809 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %809, i8* %808, i64 8, i1 false)
  %810 = load i64, i64* %unaligned117, align 8
  store i64 %810, i64* %y, align 8
  %811 = load i64, i64* %sum, align 8
  %812 = load i64, i64* %y, align 8
  %813 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %811, i64 %812)
  %814 = extractvalue { i64, i1 } %813, 1
  br i1 %814, label %trap2.site19, label %ok118

trap17.site21:                                    ; preds = %ok114
  %815 = load i64, i64* %lowStart, align 8
  %816 = getelementptr i64, i64* %regs, i64 6
  store i64 %815, i64* %816, align 8
  %817 = load i64, i64* %lowEnd, align 8
  %818 = getelementptr i64, i64* %regs, i64 7
  store i64 %817, i64* %818, align 8
  %819 = load i64, i64* %highEnd, align 8
  %820 = getelementptr i64, i64* %regs, i64 8
  store i64 %819, i64* %820, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

ok118:                                            ; preds = %ok116
  %821 = extractvalue { i64, i1 } %813, 0
  store i64 %821, i64* %sum, align 8
  %822 = load i32, i32* %k.1, align 4
  %823 = add i32 %822, 1
  store i32 %823, i32* %k.1, align 4
  br label %each39

trap2.site19:                                     ; preds = %ok116
  %824 = load i64, i64* %lowStart, align 8
  %825 = getelementptr i64, i64* %regs, i64 6
  store i64 %824, i64* %825, align 8
  %826 = load i64, i64* %lowEnd, align 8
  %827 = getelementptr i64, i64* %regs, i64 7
  store i64 %826, i64* %827, align 8
  %828 = load i64, i64* %highEnd, align 8
  %829 = getelementptr i64, i64* %regs, i64 8
  store i64 %828, i64* %829, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

dead119:                                          ; No predecessors!
  br label %block38

write.low120:                                     ; preds = %e36
  %830 = load i64, i64* %lowStart, align 8
  %831 = icmp uge i64 %772, %830
  %832 = load i64, i64* %lowEnd, align 8
  %833 = icmp ule i64 %773, %832
  %834 = and i1 %831, %833
  %835 = call i1 @llvm.expect.i1(i1 %834, i1 true)
  br i1 %835, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %836 = icmp ugt i64 %773, %arena_size
  br i1 %836, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %e36
  %837 = getelementptr i8, i8* %mem, i64 %772
  store i64 %770, i64* %unaligned124, align 8
  %838 = bitcast i64* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %837, i8* %838, i64 8, i1 false)
  %839 = load i32, i32* %lines, align 4
  store i32 %839, i32* %xs.2, align 4
  store i64 0, i64* %sum.1, align 8
  %840 = load i32, i32* %xs.2, align 4
  %841 = zext i32 %840 to i64
  %842 = sub i64 %arena_size, 4
  %843 = icmp sgt i64 %841, %842
  br i1 %843, label %trap17.site0, label %ok126

ok123:                                            ; preds = %write.slow121
  %844 = icmp ult i64 %772, %scratch_start
  %845 = load i64, i64* %lowStart, align 8
  %846 = call i64 @llvm.umin.i64(i64 %845, i64 %772)
  %847 = load i64, i64* %lowEnd, align 8
  %848 = load i64, i64* %highEnd, align 8
  %849 = add i64 %773, 64
  %850 = sub i64 %773, %846
  %851 = lshr i64 %850, 4
  %852 = add i64 %849, %851
  %853 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %852)
  %854 = call i64 @llvm.umax.i64(i64 %847, i64 %853)
  %855 = select i1 %844, i64 %854, i64 %847
  store i64 %855, i64* %lowEnd, align 8
  %856 = add i64 %773, 64
  %857 = sub i64 %773, %scratch_start
  %858 = lshr i64 %857, 4
  %859 = add i64 %856, %858
  %860 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %859)
  %861 = call i64 @llvm.umax.i64(i64 %848, i64 %860)
  %862 = select i1 %844, i64 %848, i64 %861
  store i64 %862, i64* %highEnd, align 8
  store i64 %846, i64* %lowStart, align 8
  br label %write.ok122

e42:                                              ; preds = %block44
  %863 = load i64, i64* %result125, align 8
  store i64 %863, i64* %subtotal_cents, align 8
  %864 = load i32, i32* %dict, align 4
  %865 = load i64, i64* %subtotal_cents, align 8
  %866 = zext i32 %864 to i64
  %867 = add i64 %866, 32
  %868 = add i64 %867, 8
  %869 = icmp uge i64 %867, %scratch_start
  %870 = load i64, i64* %highEnd, align 8
  %871 = icmp ule i64 %868, %870
  %872 = and i1 %869, %871
  %873 = call i1 @llvm.expect.i1(i1 %872, i1 true)
  br i1 %873, label %write.ok138, label %write.low136

ok126:                                            ; preds = %write.ok122
  %874 = getelementptr i8, i8* %mem, i64 %841
  %875 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %875, i8* %874, i64 4, i1 false)
  %876 = load i32, i32* %unaligned127, align 4
  store i32 %876, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each45

block44:                                          ; preds = %dead135, %ok128
  %877 = load i64, i64* %sum.1, align 8
  store i64 %877, i64* %result125, align 8
  br label %e42

each45:                                           ; preds = %ok134, %ok126
  %878 = load i64, i64* %fuel, align 8
  %879 = icmp ult i64 %878, 1
  br i1 %879, label %trap14.site0, label %ok128

ok128:                                            ; preds = %each45
  %880 = sub i64 %878, 1
  store i64 %880, i64* %fuel, align 8
  %881 = load i32, i32* %k.2, align 4
  %882 = load i32, i32* %n.2, align 4
  %883 = icmp uge i32 %881, %882
  %884 = zext i1 %883 to i32
  %885 = icmp ne i32 %884, 0
  br i1 %885, label %block44, label %cont129

cont129:                                          ; preds = %ok128
  %886 = load i32, i32* %xs.2, align 4
  %887 = load i32, i32* %k.2, align 4
  %888 = mul i32 %887, 4
  %889 = add i32 %886, %888
  %890 = zext i32 %889 to i64
  %891 = sub i64 %arena_size, 8
  %892 = icmp sgt i64 %890, %891
  br i1 %892, label %trap17.site0, label %ok130

ok130:                                            ; preds = %cont129
  %893 = add i64 %890, 4
  %894 = getelementptr i8, i8* %mem, i64 %893
  %895 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %895, i8* %894, i64 4, i1 false)
  %896 = load i32, i32* %unaligned131, align 4
  store i32 %896, i32* %x.2, align 4
  %897 = load i32, i32* %x.2, align 4
  store i32 %897, i32* %l, align 4
  %898 = load i32, i32* %l, align 4
  %899 = zext i32 %898 to i64
  %900 = sub i64 %arena_size, 16
  %901 = icmp sgt i64 %899, %900
  br i1 %901, label %trap17.site24, label %ok132

ok132:                                            ; preds = %ok130
  %902 = add i64 %899, 8
  %903 = getelementptr i8, i8* %mem, i64 %902
  %904 = bitcast i64* %unaligned133 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %904, i8* %903, i64 8, i1 false)
  %905 = load i64, i64* %unaligned133, align 8
  store i64 %905, i64* %y.1, align 8
  %906 = load i64, i64* %sum.1, align 8
  %907 = load i64, i64* %y.1, align 8
  %908 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %906, i64 %907)
  %909 = extractvalue { i64, i1 } %908, 1
  br i1 %909, label %trap2.site22, label %ok134

trap17.site24:                                    ; preds = %ok130
  %910 = load i64, i64* %lowStart, align 8
  %911 = getelementptr i64, i64* %regs, i64 6
  store i64 %910, i64* %911, align 8
  %912 = load i64, i64* %lowEnd, align 8
  %913 = getelementptr i64, i64* %regs, i64 7
  store i64 %912, i64* %913, align 8
  %914 = load i64, i64* %highEnd, align 8
  %915 = getelementptr i64, i64* %regs, i64 8
  store i64 %914, i64* %915, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 24)
  unreachable

ok134:                                            ; preds = %ok132
  %916 = extractvalue { i64, i1 } %908, 0
  store i64 %916, i64* %sum.1, align 8
  %917 = load i32, i32* %k.2, align 4
  %918 = add i32 %917, 1
  store i32 %918, i32* %k.2, align 4
  br label %each45

trap2.site22:                                     ; preds = %ok132
  %919 = load i64, i64* %lowStart, align 8
  %920 = getelementptr i64, i64* %regs, i64 6
  store i64 %919, i64* %920, align 8
  %921 = load i64, i64* %lowEnd, align 8
  %922 = getelementptr i64, i64* %regs, i64 7
  store i64 %921, i64* %922, align 8
  %923 = load i64, i64* %highEnd, align 8
  %924 = getelementptr i64, i64* %regs, i64 8
  store i64 %923, i64* %924, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 22)
  unreachable

dead135:                                          ; No predecessors!
  br label %block44

write.low136:                                     ; preds = %e42
  %925 = load i64, i64* %lowStart, align 8
  %926 = icmp uge i64 %867, %925
  %927 = load i64, i64* %lowEnd, align 8
  %928 = icmp ule i64 %868, %927
  %929 = and i1 %926, %928
  %930 = call i1 @llvm.expect.i1(i1 %929, i1 true)
  br i1 %930, label %write.ok138, label %write.slow137

write.slow137:                                    ; preds = %write.low136
  %931 = icmp ugt i64 %868, %arena_size
  br i1 %931, label %trap17.site0, label %ok139

write.ok138:                                      ; preds = %ok139, %write.low136, %e42
  %932 = getelementptr i8, i8* %mem, i64 %867
  store i64 %865, i64* %unaligned140, align 8
  %933 = bitcast i64* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %932, i8* %933, i64 8, i1 false)
  %934 = load i64, i64* %subtotal_cents, align 8
  %935 = load i64, i64* %discount_pct.1, align 8
  %936 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %934, i64 %935)
  %937 = extractvalue { i64, i1 } %936, 1
  br i1 %937, label %trap2.site26, label %ok141

ok139:                                            ; preds = %write.slow137
  %938 = icmp ult i64 %867, %scratch_start
  %939 = load i64, i64* %lowStart, align 8
  %940 = call i64 @llvm.umin.i64(i64 %939, i64 %867)
  %941 = load i64, i64* %lowEnd, align 8
  %942 = load i64, i64* %highEnd, align 8
  %943 = add i64 %868, 64
  %944 = sub i64 %868, %940
  %945 = lshr i64 %944, 4
  %946 = add i64 %943, %945
  %947 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %946)
  %948 = call i64 @llvm.umax.i64(i64 %941, i64 %947)
  %949 = select i1 %938, i64 %948, i64 %941
  store i64 %949, i64* %lowEnd, align 8
  %950 = add i64 %868, 64
  %951 = sub i64 %868, %scratch_start
  %952 = lshr i64 %951, 4
  %953 = add i64 %950, %952
  %954 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %953)
  %955 = call i64 @llvm.umax.i64(i64 %942, i64 %954)
  %956 = select i1 %938, i64 %942, i64 %955
  store i64 %956, i64* %highEnd, align 8
  store i64 %940, i64* %lowStart, align 8
  br label %write.ok138

ok141:                                            ; preds = %write.ok138
  %957 = extractvalue { i64, i1 } %936, 0
  br i1 false, label %trap1.site25, label %ok142

trap2.site26:                                     ; preds = %write.ok138
  %958 = load i64, i64* %lowStart, align 8
  %959 = getelementptr i64, i64* %regs, i64 6
  store i64 %958, i64* %959, align 8
  %960 = load i64, i64* %lowEnd, align 8
  %961 = getelementptr i64, i64* %regs, i64 7
  store i64 %960, i64* %961, align 8
  %962 = load i64, i64* %highEnd, align 8
  %963 = getelementptr i64, i64* %regs, i64 8
  store i64 %962, i64* %963, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

ok142:                                            ; preds = %ok141
  %964 = icmp eq i64 %957, -9223372036854775808
  %965 = and i1 %964, false
  br i1 %965, label %trap2.site25, label %ok143

trap1.site25:                                     ; preds = %ok141
  %966 = load i64, i64* %lowStart, align 8
  %967 = getelementptr i64, i64* %regs, i64 6
  store i64 %966, i64* %967, align 8
  %968 = load i64, i64* %lowEnd, align 8
  %969 = getelementptr i64, i64* %regs, i64 7
  store i64 %968, i64* %969, align 8
  %970 = load i64, i64* %highEnd, align 8
  %971 = getelementptr i64, i64* %regs, i64 8
  store i64 %970, i64* %971, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 25)
  unreachable

ok143:                                            ; preds = %ok142
  %972 = sdiv i64 %957, 100
  store i64 %972, i64* %discount_cents, align 8
  %973 = load i32, i32* %dict, align 4
  %974 = load i64, i64* %discount_cents, align 8
  %975 = zext i32 %973 to i64
  %976 = add i64 %975, 40
  %977 = add i64 %976, 8
  %978 = icmp uge i64 %976, %scratch_start
  %979 = load i64, i64* %highEnd, align 8
  %980 = icmp ule i64 %977, %979
  %981 = and i1 %978, %980
  %982 = call i1 @llvm.expect.i1(i1 %981, i1 true)
  br i1 %982, label %write.ok146, label %write.low144

trap2.site25:                                     ; preds = %ok142
  %983 = load i64, i64* %lowStart, align 8
  %984 = getelementptr i64, i64* %regs, i64 6
  store i64 %983, i64* %984, align 8
  %985 = load i64, i64* %lowEnd, align 8
  %986 = getelementptr i64, i64* %regs, i64 7
  store i64 %985, i64* %986, align 8
  %987 = load i64, i64* %highEnd, align 8
  %988 = getelementptr i64, i64* %regs, i64 8
  store i64 %987, i64* %988, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 25)
  unreachable

write.low144:                                     ; preds = %ok143
  %989 = load i64, i64* %lowStart, align 8
  %990 = icmp uge i64 %976, %989
  %991 = load i64, i64* %lowEnd, align 8
  %992 = icmp ule i64 %977, %991
  %993 = and i1 %990, %992
  %994 = call i1 @llvm.expect.i1(i1 %993, i1 true)
  br i1 %994, label %write.ok146, label %write.slow145

write.slow145:                                    ; preds = %write.low144
  %995 = icmp ugt i64 %977, %arena_size
  br i1 %995, label %trap17.site0, label %ok147

write.ok146:                                      ; preds = %ok147, %write.low144, %ok143
  %996 = getelementptr i8, i8* %mem, i64 %976
  store i64 %974, i64* %unaligned148, align 8
  %997 = bitcast i64* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %996, i8* %997, i64 8, i1 false)
  %998 = load i64, i64* %subtotal_cents, align 8
  %999 = load i64, i64* %discount_cents, align 8
  %1000 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %998, i64 %999)
  %1001 = extractvalue { i64, i1 } %1000, 1
  br i1 %1001, label %trap2.site29, label %ok149

ok147:                                            ; preds = %write.slow145
  %1002 = icmp ult i64 %976, %scratch_start
  %1003 = load i64, i64* %lowStart, align 8
  %1004 = call i64 @llvm.umin.i64(i64 %1003, i64 %976)
  %1005 = load i64, i64* %lowEnd, align 8
  %1006 = load i64, i64* %highEnd, align 8
  %1007 = add i64 %977, 64
  %1008 = sub i64 %977, %1004
  %1009 = lshr i64 %1008, 4
  %1010 = add i64 %1007, %1009
  %1011 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1010)
  %1012 = call i64 @llvm.umax.i64(i64 %1005, i64 %1011)
  %1013 = select i1 %1002, i64 %1012, i64 %1005
  store i64 %1013, i64* %lowEnd, align 8
  %1014 = add i64 %977, 64
  %1015 = sub i64 %977, %scratch_start
  %1016 = lshr i64 %1015, 4
  %1017 = add i64 %1014, %1016
  %1018 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1017)
  %1019 = call i64 @llvm.umax.i64(i64 %1006, i64 %1018)
  %1020 = select i1 %1002, i64 %1006, i64 %1019
  store i64 %1020, i64* %highEnd, align 8
  store i64 %1004, i64* %lowStart, align 8
  br label %write.ok146

ok149:                                            ; preds = %write.ok146
  %1021 = extractvalue { i64, i1 } %1000, 0
  %1022 = sitofp i64 %1021 to double
  %1023 = load double, double* %tax_rate, align 8
  %1024 = fmul double %1022, %1023
  %1025 = call double @llvm.roundeven.f64(double %1024)
  %1026 = call i64 @llvm.fptosi.sat.i64.f64(double %1025)
  store i64 %1026, i64* %tax_cents, align 8
  %1027 = load i32, i32* %dict, align 4
  %1028 = load i64, i64* %tax_cents, align 8
  %1029 = zext i32 %1027 to i64
  %1030 = add i64 %1029, 48
  %1031 = add i64 %1030, 8
  %1032 = icmp uge i64 %1030, %scratch_start
  %1033 = load i64, i64* %highEnd, align 8
  %1034 = icmp ule i64 %1031, %1033
  %1035 = and i1 %1032, %1034
  %1036 = call i1 @llvm.expect.i1(i1 %1035, i1 true)
  br i1 %1036, label %write.ok152, label %write.low150

trap2.site29:                                     ; preds = %write.ok146
  %1037 = load i64, i64* %lowStart, align 8
  %1038 = getelementptr i64, i64* %regs, i64 6
  store i64 %1037, i64* %1038, align 8
  %1039 = load i64, i64* %lowEnd, align 8
  %1040 = getelementptr i64, i64* %regs, i64 7
  store i64 %1039, i64* %1040, align 8
  %1041 = load i64, i64* %highEnd, align 8
  %1042 = getelementptr i64, i64* %regs, i64 8
  store i64 %1041, i64* %1042, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 29)
  unreachable

write.low150:                                     ; preds = %ok149
  %1043 = load i64, i64* %lowStart, align 8
  %1044 = icmp uge i64 %1030, %1043
  %1045 = load i64, i64* %lowEnd, align 8
  %1046 = icmp ule i64 %1031, %1045
  %1047 = and i1 %1044, %1046
  %1048 = call i1 @llvm.expect.i1(i1 %1047, i1 true)
  br i1 %1048, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %1049 = icmp ugt i64 %1031, %arena_size
  br i1 %1049, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %ok149
  %1050 = getelementptr i8, i8* %mem, i64 %1030
  store i64 %1028, i64* %unaligned154, align 8
  %1051 = bitcast i64* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1050, i8* %1051, i64 8, i1 false)
  %1052 = load i64, i64* %subtotal_cents, align 8
  %1053 = load i64, i64* %discount_cents, align 8
  %1054 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %1052, i64 %1053)
  %1055 = extractvalue { i64, i1 } %1054, 1
  br i1 %1055, label %trap2.site31, label %ok155

ok153:                                            ; preds = %write.slow151
  %1056 = icmp ult i64 %1030, %scratch_start
  %1057 = load i64, i64* %lowStart, align 8
  %1058 = call i64 @llvm.umin.i64(i64 %1057, i64 %1030)
  %1059 = load i64, i64* %lowEnd, align 8
  %1060 = load i64, i64* %highEnd, align 8
  %1061 = add i64 %1031, 64
  %1062 = sub i64 %1031, %1058
  %1063 = lshr i64 %1062, 4
  %1064 = add i64 %1061, %1063
  %1065 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1064)
  %1066 = call i64 @llvm.umax.i64(i64 %1059, i64 %1065)
  %1067 = select i1 %1056, i64 %1066, i64 %1059
  store i64 %1067, i64* %lowEnd, align 8
  %1068 = add i64 %1031, 64
  %1069 = sub i64 %1031, %scratch_start
  %1070 = lshr i64 %1069, 4
  %1071 = add i64 %1068, %1070
  %1072 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1071)
  %1073 = call i64 @llvm.umax.i64(i64 %1060, i64 %1072)
  %1074 = select i1 %1056, i64 %1060, i64 %1073
  store i64 %1074, i64* %highEnd, align 8
  store i64 %1058, i64* %lowStart, align 8
  br label %write.ok152

ok155:                                            ; preds = %write.ok152
  %1075 = extractvalue { i64, i1 } %1054, 0
  %1076 = load i64, i64* %tax_cents, align 8
  %1077 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %1075, i64 %1076)
  %1078 = extractvalue { i64, i1 } %1077, 1
  br i1 %1078, label %trap2.site30, label %ok156

trap2.site31:                                     ; preds = %write.ok152
  %1079 = load i64, i64* %lowStart, align 8
  %1080 = getelementptr i64, i64* %regs, i64 6
  store i64 %1079, i64* %1080, align 8
  %1081 = load i64, i64* %lowEnd, align 8
  %1082 = getelementptr i64, i64* %regs, i64 7
  store i64 %1081, i64* %1082, align 8
  %1083 = load i64, i64* %highEnd, align 8
  %1084 = getelementptr i64, i64* %regs, i64 8
  store i64 %1083, i64* %1084, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 31)
  unreachable

ok156:                                            ; preds = %ok155
  %1085 = extractvalue { i64, i1 } %1077, 0
  store i64 %1085, i64* %total_cents, align 8
  %1086 = load i32, i32* %dict, align 4
  %1087 = load i64, i64* %total_cents, align 8
  %1088 = zext i32 %1086 to i64
  %1089 = add i64 %1088, 56
  %1090 = add i64 %1089, 8
  %1091 = icmp uge i64 %1089, %scratch_start
  %1092 = load i64, i64* %highEnd, align 8
  %1093 = icmp ule i64 %1090, %1092
  %1094 = and i1 %1091, %1093
  %1095 = call i1 @llvm.expect.i1(i1 %1094, i1 true)
  br i1 %1095, label %write.ok159, label %write.low157

trap2.site30:                                     ; preds = %ok155
  %1096 = load i64, i64* %lowStart, align 8
  %1097 = getelementptr i64, i64* %regs, i64 6
  store i64 %1096, i64* %1097, align 8
  %1098 = load i64, i64* %lowEnd, align 8
  %1099 = getelementptr i64, i64* %regs, i64 7
  store i64 %1098, i64* %1099, align 8
  %1100 = load i64, i64* %highEnd, align 8
  %1101 = getelementptr i64, i64* %regs, i64 8
  store i64 %1100, i64* %1101, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 30)
  unreachable

write.low157:                                     ; preds = %ok156
  %1102 = load i64, i64* %lowStart, align 8
  %1103 = icmp uge i64 %1089, %1102
  %1104 = load i64, i64* %lowEnd, align 8
  %1105 = icmp ule i64 %1090, %1104
  %1106 = and i1 %1103, %1105
  %1107 = call i1 @llvm.expect.i1(i1 %1106, i1 true)
  br i1 %1107, label %write.ok159, label %write.slow158

write.slow158:                                    ; preds = %write.low157
  %1108 = icmp ugt i64 %1090, %arena_size
  br i1 %1108, label %trap17.site0, label %ok160

write.ok159:                                      ; preds = %ok160, %write.low157, %ok156
  %1109 = getelementptr i8, i8* %mem, i64 %1089
  store i64 %1087, i64* %unaligned161, align 8
  %1110 = bitcast i64* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1109, i8* %1110, i64 8, i1 false)
  %1111 = load i64, i64* %item_count, align 8
  store i64 %1111, i64* %part, align 8
  %1112 = load i32, i32* %country, align 4
  store i32 %1112, i32* %part.1, align 4
  %1113 = load i64, i64* %total_cents, align 8
  %1114 = icmp uge i32 %depth, 1000
  br i1 %1114, label %trap15.site32, label %ok163

ok160:                                            ; preds = %write.slow158
  %1115 = icmp ult i64 %1089, %scratch_start
  %1116 = load i64, i64* %lowStart, align 8
  %1117 = call i64 @llvm.umin.i64(i64 %1116, i64 %1089)
  %1118 = load i64, i64* %lowEnd, align 8
  %1119 = load i64, i64* %highEnd, align 8
  %1120 = add i64 %1090, 64
  %1121 = sub i64 %1090, %1117
  %1122 = lshr i64 %1121, 4
  %1123 = add i64 %1120, %1122
  %1124 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1123)
  %1125 = call i64 @llvm.umax.i64(i64 %1118, i64 %1124)
  %1126 = select i1 %1115, i64 %1125, i64 %1118
  store i64 %1126, i64* %lowEnd, align 8
  %1127 = add i64 %1090, 64
  %1128 = sub i64 %1090, %scratch_start
  %1129 = lshr i64 %1128, 4
  %1130 = add i64 %1127, %1129
  %1131 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1130)
  %1132 = call i64 @llvm.umax.i64(i64 %1119, i64 %1131)
  %1133 = select i1 %1115, i64 %1119, i64 %1132
  store i64 %1133, i64* %highEnd, align 8
  store i64 %1117, i64* %lowStart, align 8
  br label %write.ok159

e65:                                              ; preds = %ok233
  %1134 = load i32, i32* %result162, align 4
  store i32 %1134, i32* %summary, align 4
  %1135 = load i32, i32* %dict, align 4
  %1136 = load i32, i32* %summary, align 4
  %1137 = zext i32 %1135 to i64
  %1138 = add i64 %1137, 64
  %1139 = add i64 %1138, 4
  %1140 = icmp uge i64 %1138, %scratch_start
  %1141 = load i64, i64* %highEnd, align 8
  %1142 = icmp ule i64 %1139, %1141
  %1143 = and i1 %1140, %1142
  %1144 = call i1 @llvm.expect.i1(i1 %1143, i1 true)
  br i1 %1144, label %write.ok236, label %write.low234

ok163:                                            ; preds = %write.ok159
  %1145 = icmp ult i64 %10, %stack_limit
  br i1 %1145, label %trap253.site0, label %stack_ok164

trap15.site32:                                    ; preds = %write.ok159
  %1146 = load i64, i64* %lowStart, align 8
  %1147 = getelementptr i64, i64* %regs, i64 6
  store i64 %1146, i64* %1147, align 8
  %1148 = load i64, i64* %lowEnd, align 8
  %1149 = getelementptr i64, i64* %regs, i64 7
  store i64 %1148, i64* %1149, align 8
  %1150 = load i64, i64* %highEnd, align 8
  %1151 = getelementptr i64, i64* %regs, i64 8
  store i64 %1150, i64* %1151, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 32)
  unreachable

stack_ok164:                                      ; preds = %ok163
  %1152 = load i64, i64* %fuel, align 8
  %1153 = getelementptr i64, i64* %regs, i64 0
  store i64 %1152, i64* %1153, align 8
  %1154 = load i64, i64* %lowStart, align 8
  %1155 = getelementptr i64, i64* %regs, i64 6
  store i64 %1154, i64* %1155, align 8
  %1156 = load i64, i64* %lowEnd, align 8
  %1157 = getelementptr i64, i64* %regs, i64 7
  store i64 %1156, i64* %1157, align 8
  %1158 = load i64, i64* %highEnd, align 8
  %1159 = getelementptr i64, i64* %regs, i64 8
  store i64 %1158, i64* %1159, align 8
  %1160 = add i32 %depth, 1
  %1161 = call i32 @m0.fn.money(i64* %regs, i8* %mem, i32 %1160, i32 0, i64 %1113)
  %1162 = getelementptr i64, i64* %regs, i64 0
  %1163 = load i64, i64* %1162, align 8
  store i64 %1163, i64* %fuel, align 8
  %1164 = getelementptr i64, i64* %regs, i64 6
  %1165 = load i64, i64* %1164, align 8
  store i64 %1165, i64* %lowStart, align 8
  %1166 = getelementptr i64, i64* %regs, i64 7
  %1167 = load i64, i64* %1166, align 8
  store i64 %1167, i64* %lowEnd, align 8
  %1168 = getelementptr i64, i64* %regs, i64 8
  %1169 = load i64, i64* %1168, align 8
  store i64 %1169, i64* %highEnd, align 8
  store i32 %1161, i32* %part.2, align 4
  %1170 = load i64, i64* %discount_pct.1, align 8
  store i64 %1170, i64* %part.3, align 8
  %1171 = getelementptr i64, i64* %regs, i64 1
  %1172 = load i64, i64* %1171, align 8
  %1173 = trunc i64 %1172 to i32
  %1174 = add i32 %1173, 3
  %1175 = and i32 %1174, -4
  store i32 %1175, i32* %text, align 4
  %1176 = load i32, i32* %text, align 4
  %1177 = add i32 %1176, 4
  store i32 %1177, i32* %cur, align 4
  %1178 = load i32, i32* %cur, align 4
  %1179 = add i32 %1178, 20
  %1180 = getelementptr i64, i64* %regs, i64 2
  %1181 = load i64, i64* %1180, align 8
  %1182 = trunc i64 %1181 to i32
  %1183 = icmp ugt i32 %1179, %1182
  %1184 = zext i1 %1183 to i32
  %1185 = icmp ne i32 %1184, 0
  br i1 %1185, label %then165, label %else166

then165:                                          ; preds = %stack_ok164
  br label %trap15.site33

else166:                                          ; preds = %stack_ok164
  br label %join167

join167:                                          ; preds = %else166, %dead168
  %1186 = load i32, i32* %cur, align 4
  %1187 = load i64, i64* %part, align 8
  %1188 = load i32, i32* %cur, align 4
  %1189 = icmp uge i32 %depth, 1000
  br i1 %1189, label %trap15.site33, label %ok169

trap15.site33:                                    ; preds = %write.ok230, %then214, %write.ok209, %then203, %then189, %then173, %join167, %then165
  %1190 = load i64, i64* %lowStart, align 8
  %1191 = getelementptr i64, i64* %regs, i64 6
  store i64 %1190, i64* %1191, align 8
  %1192 = load i64, i64* %lowEnd, align 8
  %1193 = getelementptr i64, i64* %regs, i64 7
  store i64 %1192, i64* %1193, align 8
  %1194 = load i64, i64* %highEnd, align 8
  %1195 = getelementptr i64, i64* %regs, i64 8
  store i64 %1194, i64* %1195, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 33)
  unreachable

dead168:                                          ; No predecessors!
  br label %join167

ok169:                                            ; preds = %join167
  %1196 = icmp ult i64 %10, %stack_limit
  br i1 %1196, label %trap253.site0, label %stack_ok170

stack_ok170:                                      ; preds = %ok169
  %1197 = load i64, i64* %fuel, align 8
  %1198 = getelementptr i64, i64* %regs, i64 0
  store i64 %1197, i64* %1198, align 8
  %1199 = load i64, i64* %lowStart, align 8
  %1200 = getelementptr i64, i64* %regs, i64 6
  store i64 %1199, i64* %1200, align 8
  %1201 = load i64, i64* %lowEnd, align 8
  %1202 = getelementptr i64, i64* %regs, i64 7
  store i64 %1201, i64* %1202, align 8
  %1203 = load i64, i64* %highEnd, align 8
  %1204 = getelementptr i64, i64* %regs, i64 8
  store i64 %1203, i64* %1204, align 8
  %1205 = add i32 %depth, 1
  %1206 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1205, i64 %1187, i32 %1188)
  %1207 = getelementptr i64, i64* %regs, i64 0
  %1208 = load i64, i64* %1207, align 8
  store i64 %1208, i64* %fuel, align 8
  %1209 = getelementptr i64, i64* %regs, i64 6
  %1210 = load i64, i64* %1209, align 8
  store i64 %1210, i64* %lowStart, align 8
  %1211 = getelementptr i64, i64* %regs, i64 7
  %1212 = load i64, i64* %1211, align 8
  store i64 %1212, i64* %lowEnd, align 8
  %1213 = getelementptr i64, i64* %regs, i64 8
  %1214 = load i64, i64* %1213, align 8
  store i64 %1214, i64* %highEnd, align 8
  %1215 = add i32 %1186, %1206
  store i32 %1215, i32* %cur, align 4
  %1216 = load i32, i32* %part.1, align 4
  store i32 %1216, i32* %s, align 4
  %1217 = load i32, i32* %s, align 4
  %1218 = zext i32 %1217 to i64
  %1219 = sub i64 %arena_size, 4
  %1220 = icmp sgt i64 %1218, %1219
  br i1 %1220, label %trap17.site0, label %ok171

ok171:                                            ; preds = %stack_ok170
  %1221 = getelementptr i8, i8* %mem, i64 %1218
  %1222 = bitcast i32* %unaligned172 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1222, i8* %1221, i64 4, i1 false)
  %1223 = load i32, i32* %unaligned172, align 4
  store i32 %1223, i32* %slen, align 4
  %1224 = load i32, i32* %cur, align 4
  %1225 = load i32, i32* %slen, align 4
  %1226 = add i32 10, %1225
  %1227 = add i32 %1224, %1226
  %1228 = getelementptr i64, i64* %regs, i64 2
  %1229 = load i64, i64* %1228, align 8
  %1230 = trunc i64 %1229 to i32
  %1231 = icmp ugt i32 %1227, %1230
  %1232 = zext i1 %1231 to i32
  %1233 = icmp ne i32 %1232, 0
  br i1 %1233, label %then173, label %else174

then173:                                          ; preds = %ok171
  br label %trap15.site33

else174:                                          ; preds = %ok171
  br label %join175

join175:                                          ; preds = %else174, %dead176
  %1234 = load i32, i32* %cur, align 4
  %1235 = add i32 %1234, 0
  %1236 = icmp ugt i64 11110, %arena_size
  br i1 %1236, label %trap17.site33, label %ok177

dead176:                                          ; No predecessors!
  br label %join175

ok177:                                            ; preds = %join175
  %1237 = zext i32 %1235 to i64
  %1238 = add i64 %1237, 10
  %1239 = icmp uge i64 %1237, %scratch_start
  %1240 = load i64, i64* %highEnd, align 8
  %1241 = icmp ule i64 %1238, %1240
  %1242 = and i1 %1239, %1241
  %1243 = call i1 @llvm.expect.i1(i1 %1242, i1 true)
  br i1 %1243, label %write.ok180, label %write.low178

trap17.site33:                                    ; preds = %write.slow200, %write.ok195, %write.slow184, %write.ok180, %write.slow179, %join175
  %1244 = load i64, i64* %lowStart, align 8
  %1245 = getelementptr i64, i64* %regs, i64 6
  store i64 %1244, i64* %1245, align 8
  %1246 = load i64, i64* %lowEnd, align 8
  %1247 = getelementptr i64, i64* %regs, i64 7
  store i64 %1246, i64* %1247, align 8
  %1248 = load i64, i64* %highEnd, align 8
  %1249 = getelementptr i64, i64* %regs, i64 8
  store i64 %1248, i64* %1249, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 33)
  unreachable

write.low178:                                     ; preds = %ok177
  %1250 = load i64, i64* %lowStart, align 8
  %1251 = icmp uge i64 %1237, %1250
  %1252 = load i64, i64* %lowEnd, align 8
  %1253 = icmp ule i64 %1238, %1252
  %1254 = and i1 %1251, %1253
  %1255 = call i1 @llvm.expect.i1(i1 %1254, i1 true)
  br i1 %1255, label %write.ok180, label %write.slow179

write.slow179:                                    ; preds = %write.low178
  %1256 = icmp ugt i64 %1238, %arena_size
  br i1 %1256, label %trap17.site33, label %ok181

write.ok180:                                      ; preds = %ok181, %write.low178, %ok177
  %1257 = getelementptr i8, i8* %mem, i64 %1237
  %1258 = getelementptr i8, i8* %mem, i64 11100
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1257, i8* %1258, i64 10, i1 false)
  %1259 = load i32, i32* %cur, align 4
  %1260 = add i32 %1259, 10
  store i32 %1260, i32* %cur, align 4
  %1261 = load i32, i32* %cur, align 4
  %1262 = load i32, i32* %s, align 4
  %1263 = add i32 %1262, 4
  %1264 = load i32, i32* %slen, align 4
  %1265 = zext i32 %1264 to i64
  %1266 = zext i32 %1263 to i64
  %1267 = add i64 %1266, %1265
  %1268 = icmp ugt i64 %1267, %arena_size
  br i1 %1268, label %trap17.site33, label %ok182

ok181:                                            ; preds = %write.slow179
  %1269 = icmp ult i64 %1237, %scratch_start
  %1270 = load i64, i64* %lowStart, align 8
  %1271 = call i64 @llvm.umin.i64(i64 %1270, i64 %1237)
  %1272 = load i64, i64* %lowEnd, align 8
  %1273 = load i64, i64* %highEnd, align 8
  %1274 = add i64 %1238, 64
  %1275 = sub i64 %1238, %1271
  %1276 = lshr i64 %1275, 4
  %1277 = add i64 %1274, %1276
  %1278 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1277)
  %1279 = call i64 @llvm.umax.i64(i64 %1272, i64 %1278)
  %1280 = select i1 %1269, i64 %1279, i64 %1272
  store i64 %1280, i64* %lowEnd, align 8
  %1281 = add i64 %1238, 64
  %1282 = sub i64 %1238, %scratch_start
  %1283 = lshr i64 %1282, 4
  %1284 = add i64 %1281, %1283
  %1285 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1284)
  %1286 = call i64 @llvm.umax.i64(i64 %1273, i64 %1285)
  %1287 = select i1 %1269, i64 %1273, i64 %1286
  store i64 %1287, i64* %highEnd, align 8
  store i64 %1271, i64* %lowStart, align 8
  br label %write.ok180

ok182:                                            ; preds = %write.ok180
  %1288 = zext i32 %1261 to i64
  %1289 = add i64 %1288, %1265
  %1290 = icmp uge i64 %1288, %scratch_start
  %1291 = load i64, i64* %highEnd, align 8
  %1292 = icmp ule i64 %1289, %1291
  %1293 = and i1 %1290, %1292
  %1294 = call i1 @llvm.expect.i1(i1 %1293, i1 true)
  br i1 %1294, label %write.ok185, label %write.low183

write.low183:                                     ; preds = %ok182
  %1295 = load i64, i64* %lowStart, align 8
  %1296 = icmp uge i64 %1288, %1295
  %1297 = load i64, i64* %lowEnd, align 8
  %1298 = icmp ule i64 %1289, %1297
  %1299 = and i1 %1296, %1298
  %1300 = call i1 @llvm.expect.i1(i1 %1299, i1 true)
  br i1 %1300, label %write.ok185, label %write.slow184

write.slow184:                                    ; preds = %write.low183
  %1301 = icmp ugt i64 %1289, %arena_size
  br i1 %1301, label %trap17.site33, label %ok186

write.ok185:                                      ; preds = %ok186, %write.low183, %ok182
  %1302 = getelementptr i8, i8* %mem, i64 %1288
  %1303 = getelementptr i8, i8* %mem, i64 %1266
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1302, i8* %1303, i64 %1265, i1 false)
  %1304 = load i32, i32* %cur, align 4
  %1305 = load i32, i32* %slen, align 4
  %1306 = add i32 %1304, %1305
  store i32 %1306, i32* %cur, align 4
  %1307 = load i32, i32* %part.2, align 4
  store i32 %1307, i32* %s.1, align 4
  %1308 = load i32, i32* %s.1, align 4
  %1309 = zext i32 %1308 to i64
  %1310 = sub i64 %arena_size, 4
  %1311 = icmp sgt i64 %1309, %1310
  br i1 %1311, label %trap17.site0, label %ok187

ok186:                                            ; preds = %write.slow184
  %1312 = icmp ult i64 %1288, %scratch_start
  %1313 = load i64, i64* %lowStart, align 8
  %1314 = call i64 @llvm.umin.i64(i64 %1313, i64 %1288)
  %1315 = load i64, i64* %lowEnd, align 8
  %1316 = load i64, i64* %highEnd, align 8
  %1317 = add i64 %1289, 64
  %1318 = sub i64 %1289, %1314
  %1319 = lshr i64 %1318, 4
  %1320 = add i64 %1317, %1319
  %1321 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1320)
  %1322 = call i64 @llvm.umax.i64(i64 %1315, i64 %1321)
  %1323 = select i1 %1312, i64 %1322, i64 %1315
  store i64 %1323, i64* %lowEnd, align 8
  %1324 = add i64 %1289, 64
  %1325 = sub i64 %1289, %scratch_start
  %1326 = lshr i64 %1325, 4
  %1327 = add i64 %1324, %1326
  %1328 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1327)
  %1329 = call i64 @llvm.umax.i64(i64 %1316, i64 %1328)
  %1330 = select i1 %1312, i64 %1316, i64 %1329
  store i64 %1330, i64* %highEnd, align 8
  store i64 %1314, i64* %lowStart, align 8
  br label %write.ok185

ok187:                                            ; preds = %write.ok185
  %1331 = getelementptr i8, i8* %mem, i64 %1309
  %1332 = bitcast i32* %unaligned188 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1332, i8* %1331, i64 4, i1 false)
  %1333 = load i32, i32* %unaligned188, align 4
  store i32 %1333, i32* %slen.1, align 4
  %1334 = load i32, i32* %cur, align 4
  %1335 = load i32, i32* %slen.1, align 4
  %1336 = add i32 2, %1335
  %1337 = add i32 %1334, %1336
  %1338 = getelementptr i64, i64* %regs, i64 2
  %1339 = load i64, i64* %1338, align 8
  %1340 = trunc i64 %1339 to i32
  %1341 = icmp ugt i32 %1337, %1340
  %1342 = zext i1 %1341 to i32
  %1343 = icmp ne i32 %1342, 0
  br i1 %1343, label %then189, label %else190

then189:                                          ; preds = %ok187
  br label %trap15.site33

else190:                                          ; preds = %ok187
  br label %join191

join191:                                          ; preds = %else190, %dead192
  %1344 = load i32, i32* %cur, align 4
  %1345 = zext i32 %1344 to i64
  %1346 = add i64 %1345, 2
  %1347 = icmp uge i64 %1345, %scratch_start
  %1348 = load i64, i64* %highEnd, align 8
  %1349 = icmp ule i64 %1346, %1348
  %1350 = and i1 %1347, %1349
  %1351 = call i1 @llvm.expect.i1(i1 %1350, i1 true)
  br i1 %1351, label %write.ok195, label %write.low193

dead192:                                          ; No predecessors!
  br label %join191

write.low193:                                     ; preds = %join191
  %1352 = load i64, i64* %lowStart, align 8
  %1353 = icmp uge i64 %1345, %1352
  %1354 = load i64, i64* %lowEnd, align 8
  %1355 = icmp ule i64 %1346, %1354
  %1356 = and i1 %1353, %1355
  %1357 = call i1 @llvm.expect.i1(i1 %1356, i1 true)
  br i1 %1357, label %write.ok195, label %write.slow194

write.slow194:                                    ; preds = %write.low193
  %1358 = icmp ugt i64 %1346, %arena_size
  br i1 %1358, label %trap17.site0, label %ok196

write.ok195:                                      ; preds = %ok196, %write.low193, %join191
  %1359 = getelementptr i8, i8* %mem, i64 %1345
  store i16 8250, i16* %unaligned197, align 2
  %1360 = bitcast i16* %unaligned197 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1359, i8* %1360, i64 2, i1 false)
  %1361 = load i32, i32* %cur, align 4
  %1362 = add i32 %1361, 2
  store i32 %1362, i32* %cur, align 4
  %1363 = load i32, i32* %cur, align 4
  %1364 = load i32, i32* %s.1, align 4
  %1365 = add i32 %1364, 4
  %1366 = load i32, i32* %slen.1, align 4
  %1367 = zext i32 %1366 to i64
  %1368 = zext i32 %1365 to i64
  %1369 = add i64 %1368, %1367
  %1370 = icmp ugt i64 %1369, %arena_size
  br i1 %1370, label %trap17.site33, label %ok198

ok196:                                            ; preds = %write.slow194
  %1371 = icmp ult i64 %1345, %scratch_start
  %1372 = load i64, i64* %lowStart, align 8
  %1373 = call i64 @llvm.umin.i64(i64 %1372, i64 %1345)
  %1374 = load i64, i64* %lowEnd, align 8
  %1375 = load i64, i64* %highEnd, align 8
  %1376 = add i64 %1346, 64
  %1377 = sub i64 %1346, %1373
  %1378 = lshr i64 %1377, 4
  %1379 = add i64 %1376, %1378
  %1380 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1379)
  %1381 = call i64 @llvm.umax.i64(i64 %1374, i64 %1380)
  %1382 = select i1 %1371, i64 %1381, i64 %1374
  store i64 %1382, i64* %lowEnd, align 8
  %1383 = add i64 %1346, 64
  %1384 = sub i64 %1346, %scratch_start
  %1385 = lshr i64 %1384, 4
  %1386 = add i64 %1383, %1385
  %1387 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1386)
  %1388 = call i64 @llvm.umax.i64(i64 %1375, i64 %1387)
  %1389 = select i1 %1371, i64 %1375, i64 %1388
  store i64 %1389, i64* %highEnd, align 8
  store i64 %1373, i64* %lowStart, align 8
  br label %write.ok195

ok198:                                            ; preds = %write.ok195
  %1390 = zext i32 %1363 to i64
  %1391 = add i64 %1390, %1367
  %1392 = icmp uge i64 %1390, %scratch_start
  %1393 = load i64, i64* %highEnd, align 8
  %1394 = icmp ule i64 %1391, %1393
  %1395 = and i1 %1392, %1394
  %1396 = call i1 @llvm.expect.i1(i1 %1395, i1 true)
  br i1 %1396, label %write.ok201, label %write.low199

write.low199:                                     ; preds = %ok198
  %1397 = load i64, i64* %lowStart, align 8
  %1398 = icmp uge i64 %1390, %1397
  %1399 = load i64, i64* %lowEnd, align 8
  %1400 = icmp ule i64 %1391, %1399
  %1401 = and i1 %1398, %1400
  %1402 = call i1 @llvm.expect.i1(i1 %1401, i1 true)
  br i1 %1402, label %write.ok201, label %write.slow200

write.slow200:                                    ; preds = %write.low199
  %1403 = icmp ugt i64 %1391, %arena_size
  br i1 %1403, label %trap17.site33, label %ok202

write.ok201:                                      ; preds = %ok202, %write.low199, %ok198
  %1404 = getelementptr i8, i8* %mem, i64 %1390
  %1405 = getelementptr i8, i8* %mem, i64 %1368
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1404, i8* %1405, i64 %1367, i1 false)
  %1406 = load i32, i32* %cur, align 4
  %1407 = load i32, i32* %slen.1, align 4
  %1408 = add i32 %1406, %1407
  store i32 %1408, i32* %cur, align 4
  %1409 = load i32, i32* %cur, align 4
  %1410 = add i32 %1409, 22
  %1411 = getelementptr i64, i64* %regs, i64 2
  %1412 = load i64, i64* %1411, align 8
  %1413 = trunc i64 %1412 to i32
  %1414 = icmp ugt i32 %1410, %1413
  %1415 = zext i1 %1414 to i32
  %1416 = icmp ne i32 %1415, 0
  br i1 %1416, label %then203, label %else204

ok202:                                            ; preds = %write.slow200
  %1417 = icmp ult i64 %1390, %scratch_start
  %1418 = load i64, i64* %lowStart, align 8
  %1419 = call i64 @llvm.umin.i64(i64 %1418, i64 %1390)
  %1420 = load i64, i64* %lowEnd, align 8
  %1421 = load i64, i64* %highEnd, align 8
  %1422 = add i64 %1391, 64
  %1423 = sub i64 %1391, %1419
  %1424 = lshr i64 %1423, 4
  %1425 = add i64 %1422, %1424
  %1426 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1425)
  %1427 = call i64 @llvm.umax.i64(i64 %1420, i64 %1426)
  %1428 = select i1 %1417, i64 %1427, i64 %1420
  store i64 %1428, i64* %lowEnd, align 8
  %1429 = add i64 %1391, 64
  %1430 = sub i64 %1391, %scratch_start
  %1431 = lshr i64 %1430, 4
  %1432 = add i64 %1429, %1431
  %1433 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1432)
  %1434 = call i64 @llvm.umax.i64(i64 %1421, i64 %1433)
  %1435 = select i1 %1417, i64 %1421, i64 %1434
  store i64 %1435, i64* %highEnd, align 8
  store i64 %1419, i64* %lowStart, align 8
  br label %write.ok201

then203:                                          ; preds = %write.ok201
  br label %trap15.site33

else204:                                          ; preds = %write.ok201
  br label %join205

join205:                                          ; preds = %else204, %dead206
  %1436 = load i32, i32* %cur, align 4
  %1437 = zext i32 %1436 to i64
  %1438 = add i64 %1437, 2
  %1439 = icmp uge i64 %1437, %scratch_start
  %1440 = load i64, i64* %highEnd, align 8
  %1441 = icmp ule i64 %1438, %1440
  %1442 = and i1 %1439, %1441
  %1443 = call i1 @llvm.expect.i1(i1 %1442, i1 true)
  br i1 %1443, label %write.ok209, label %write.low207

dead206:                                          ; No predecessors!
  br label %join205

write.low207:                                     ; preds = %join205
  %1444 = load i64, i64* %lowStart, align 8
  %1445 = icmp uge i64 %1437, %1444
  %1446 = load i64, i64* %lowEnd, align 8
  %1447 = icmp ule i64 %1438, %1446
  %1448 = and i1 %1445, %1447
  %1449 = call i1 @llvm.expect.i1(i1 %1448, i1 true)
  br i1 %1449, label %write.ok209, label %write.slow208

write.slow208:                                    ; preds = %write.low207
  %1450 = icmp ugt i64 %1438, %arena_size
  br i1 %1450, label %trap17.site0, label %ok210

write.ok209:                                      ; preds = %ok210, %write.low207, %join205
  %1451 = getelementptr i8, i8* %mem, i64 %1437
  store i16 10272, i16* %unaligned211, align 2
  %1452 = bitcast i16* %unaligned211 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1451, i8* %1452, i64 2, i1 false)
  %1453 = load i32, i32* %cur, align 4
  %1454 = add i32 %1453, 2
  store i32 %1454, i32* %cur, align 4
  %1455 = load i32, i32* %cur, align 4
  %1456 = load i64, i64* %part.3, align 8
  %1457 = load i32, i32* %cur, align 4
  %1458 = icmp uge i32 %depth, 1000
  br i1 %1458, label %trap15.site33, label %ok212

ok210:                                            ; preds = %write.slow208
  %1459 = icmp ult i64 %1437, %scratch_start
  %1460 = load i64, i64* %lowStart, align 8
  %1461 = call i64 @llvm.umin.i64(i64 %1460, i64 %1437)
  %1462 = load i64, i64* %lowEnd, align 8
  %1463 = load i64, i64* %highEnd, align 8
  %1464 = add i64 %1438, 64
  %1465 = sub i64 %1438, %1461
  %1466 = lshr i64 %1465, 4
  %1467 = add i64 %1464, %1466
  %1468 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1467)
  %1469 = call i64 @llvm.umax.i64(i64 %1462, i64 %1468)
  %1470 = select i1 %1459, i64 %1469, i64 %1462
  store i64 %1470, i64* %lowEnd, align 8
  %1471 = add i64 %1438, 64
  %1472 = sub i64 %1438, %scratch_start
  %1473 = lshr i64 %1472, 4
  %1474 = add i64 %1471, %1473
  %1475 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1474)
  %1476 = call i64 @llvm.umax.i64(i64 %1463, i64 %1475)
  %1477 = select i1 %1459, i64 %1463, i64 %1476
  store i64 %1477, i64* %highEnd, align 8
  store i64 %1461, i64* %lowStart, align 8
  br label %write.ok209

ok212:                                            ; preds = %write.ok209
  %1478 = icmp ult i64 %10, %stack_limit
  br i1 %1478, label %trap253.site0, label %stack_ok213

stack_ok213:                                      ; preds = %ok212
  %1479 = load i64, i64* %fuel, align 8
  %1480 = getelementptr i64, i64* %regs, i64 0
  store i64 %1479, i64* %1480, align 8
  %1481 = load i64, i64* %lowStart, align 8
  %1482 = getelementptr i64, i64* %regs, i64 6
  store i64 %1481, i64* %1482, align 8
  %1483 = load i64, i64* %lowEnd, align 8
  %1484 = getelementptr i64, i64* %regs, i64 7
  store i64 %1483, i64* %1484, align 8
  %1485 = load i64, i64* %highEnd, align 8
  %1486 = getelementptr i64, i64* %regs, i64 8
  store i64 %1485, i64* %1486, align 8
  %1487 = add i32 %depth, 1
  %1488 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1487, i64 %1456, i32 %1457)
  %1489 = getelementptr i64, i64* %regs, i64 0
  %1490 = load i64, i64* %1489, align 8
  store i64 %1490, i64* %fuel, align 8
  %1491 = getelementptr i64, i64* %regs, i64 6
  %1492 = load i64, i64* %1491, align 8
  store i64 %1492, i64* %lowStart, align 8
  %1493 = getelementptr i64, i64* %regs, i64 7
  %1494 = load i64, i64* %1493, align 8
  store i64 %1494, i64* %lowEnd, align 8
  %1495 = getelementptr i64, i64* %regs, i64 8
  %1496 = load i64, i64* %1495, align 8
  store i64 %1496, i64* %highEnd, align 8
  %1497 = add i32 %1455, %1488
  store i32 %1497, i32* %cur, align 4
  %1498 = load i32, i32* %cur, align 4
  %1499 = add i32 %1498, 6
  %1500 = getelementptr i64, i64* %regs, i64 2
  %1501 = load i64, i64* %1500, align 8
  %1502 = trunc i64 %1501 to i32
  %1503 = icmp ugt i32 %1499, %1502
  %1504 = zext i1 %1503 to i32
  %1505 = icmp ne i32 %1504, 0
  br i1 %1505, label %then214, label %else215

then214:                                          ; preds = %stack_ok213
  br label %trap15.site33

else215:                                          ; preds = %stack_ok213
  br label %join216

join216:                                          ; preds = %else215, %dead217
  %1506 = load i32, i32* %cur, align 4
  %1507 = zext i32 %1506 to i64
  %1508 = add i64 %1507, 4
  %1509 = icmp uge i64 %1507, %scratch_start
  %1510 = load i64, i64* %highEnd, align 8
  %1511 = icmp ule i64 %1508, %1510
  %1512 = and i1 %1509, %1511
  %1513 = call i1 @llvm.expect.i1(i1 %1512, i1 true)
  br i1 %1513, label %write.ok220, label %write.low218

dead217:                                          ; No predecessors!
  br label %join216

write.low218:                                     ; preds = %join216
  %1514 = load i64, i64* %lowStart, align 8
  %1515 = icmp uge i64 %1507, %1514
  %1516 = load i64, i64* %lowEnd, align 8
  %1517 = icmp ule i64 %1508, %1516
  %1518 = and i1 %1515, %1517
  %1519 = call i1 @llvm.expect.i1(i1 %1518, i1 true)
  br i1 %1519, label %write.ok220, label %write.slow219

write.slow219:                                    ; preds = %write.low218
  %1520 = icmp ugt i64 %1508, %arena_size
  br i1 %1520, label %trap17.site0, label %ok221

write.ok220:                                      ; preds = %ok221, %write.low218, %join216
  %1521 = getelementptr i8, i8* %mem, i64 %1507
  store i32 1718558757, i32* %unaligned222, align 4
  %1522 = bitcast i32* %unaligned222 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1521, i8* %1522, i64 4, i1 false)
  %1523 = load i32, i32* %cur, align 4
  %1524 = zext i32 %1523 to i64
  %1525 = add i64 %1524, 4
  %1526 = add i64 %1525, 2
  %1527 = icmp uge i64 %1525, %scratch_start
  %1528 = load i64, i64* %highEnd, align 8
  %1529 = icmp ule i64 %1526, %1528
  %1530 = and i1 %1527, %1529
  %1531 = call i1 @llvm.expect.i1(i1 %1530, i1 true)
  br i1 %1531, label %write.ok225, label %write.low223

ok221:                                            ; preds = %write.slow219
  %1532 = icmp ult i64 %1507, %scratch_start
  %1533 = load i64, i64* %lowStart, align 8
  %1534 = call i64 @llvm.umin.i64(i64 %1533, i64 %1507)
  %1535 = load i64, i64* %lowEnd, align 8
  %1536 = load i64, i64* %highEnd, align 8
  %1537 = add i64 %1508, 64
  %1538 = sub i64 %1508, %1534
  %1539 = lshr i64 %1538, 4
  %1540 = add i64 %1537, %1539
  %1541 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1540)
  %1542 = call i64 @llvm.umax.i64(i64 %1535, i64 %1541)
  %1543 = select i1 %1532, i64 %1542, i64 %1535
  store i64 %1543, i64* %lowEnd, align 8
  %1544 = add i64 %1508, 64
  %1545 = sub i64 %1508, %scratch_start
  %1546 = lshr i64 %1545, 4
  %1547 = add i64 %1544, %1546
  %1548 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1547)
  %1549 = call i64 @llvm.umax.i64(i64 %1536, i64 %1548)
  %1550 = select i1 %1532, i64 %1536, i64 %1549
  store i64 %1550, i64* %highEnd, align 8
  store i64 %1534, i64* %lowStart, align 8
  br label %write.ok220

write.low223:                                     ; preds = %write.ok220
  %1551 = load i64, i64* %lowStart, align 8
  %1552 = icmp uge i64 %1525, %1551
  %1553 = load i64, i64* %lowEnd, align 8
  %1554 = icmp ule i64 %1526, %1553
  %1555 = and i1 %1552, %1554
  %1556 = call i1 @llvm.expect.i1(i1 %1555, i1 true)
  br i1 %1556, label %write.ok225, label %write.slow224

write.slow224:                                    ; preds = %write.low223
  %1557 = icmp ugt i64 %1526, %arena_size
  br i1 %1557, label %trap17.site0, label %ok226

write.ok225:                                      ; preds = %ok226, %write.low223, %write.ok220
  %1558 = getelementptr i8, i8* %mem, i64 %1525
  store i16 10598, i16* %unaligned227, align 2
  %1559 = bitcast i16* %unaligned227 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1558, i8* %1559, i64 2, i1 false)
  %1560 = load i32, i32* %cur, align 4
  %1561 = add i32 %1560, 6
  store i32 %1561, i32* %cur, align 4
  %1562 = load i32, i32* %cur, align 4
  %1563 = load i32, i32* %text, align 4
  %1564 = sub i32 %1562, %1563
  %1565 = sub i32 %1564, 4
  store i32 %1565, i32* %len.1, align 4
  %1566 = load i32, i32* %text, align 4
  %1567 = load i32, i32* %len.1, align 4
  %1568 = zext i32 %1566 to i64
  %1569 = add i64 %1568, 4
  %1570 = icmp uge i64 %1568, %scratch_start
  %1571 = load i64, i64* %highEnd, align 8
  %1572 = icmp ule i64 %1569, %1571
  %1573 = and i1 %1570, %1572
  %1574 = call i1 @llvm.expect.i1(i1 %1573, i1 true)
  br i1 %1574, label %write.ok230, label %write.low228

ok226:                                            ; preds = %write.slow224
  %1575 = icmp ult i64 %1525, %scratch_start
  %1576 = load i64, i64* %lowStart, align 8
  %1577 = call i64 @llvm.umin.i64(i64 %1576, i64 %1525)
  %1578 = load i64, i64* %lowEnd, align 8
  %1579 = load i64, i64* %highEnd, align 8
  %1580 = add i64 %1526, 64
  %1581 = sub i64 %1526, %1577
  %1582 = lshr i64 %1581, 4
  %1583 = add i64 %1580, %1582
  %1584 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1583)
  %1585 = call i64 @llvm.umax.i64(i64 %1578, i64 %1584)
  %1586 = select i1 %1575, i64 %1585, i64 %1578
  store i64 %1586, i64* %lowEnd, align 8
  %1587 = add i64 %1526, 64
  %1588 = sub i64 %1526, %scratch_start
  %1589 = lshr i64 %1588, 4
  %1590 = add i64 %1587, %1589
  %1591 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1590)
  %1592 = call i64 @llvm.umax.i64(i64 %1579, i64 %1591)
  %1593 = select i1 %1575, i64 %1579, i64 %1592
  store i64 %1593, i64* %highEnd, align 8
  store i64 %1577, i64* %lowStart, align 8
  br label %write.ok225

write.low228:                                     ; preds = %write.ok225
  %1594 = load i64, i64* %lowStart, align 8
  %1595 = icmp uge i64 %1568, %1594
  %1596 = load i64, i64* %lowEnd, align 8
  %1597 = icmp ule i64 %1569, %1596
  %1598 = and i1 %1595, %1597
  %1599 = call i1 @llvm.expect.i1(i1 %1598, i1 true)
  br i1 %1599, label %write.ok230, label %write.slow229

write.slow229:                                    ; preds = %write.low228
  %1600 = icmp ugt i64 %1569, %arena_size
  br i1 %1600, label %trap17.site0, label %ok231

write.ok230:                                      ; preds = %ok231, %write.low228, %write.ok225
  %1601 = getelementptr i8, i8* %mem, i64 %1568
  store i32 %1567, i32* %unaligned232, align 4
  %1602 = bitcast i32* %unaligned232 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1601, i8* %1602, i64 4, i1 false)
  %1603 = load i32, i32* %len.1, align 4
  %1604 = add i32 %1603, 4
  %1605 = zext i32 %1604 to i64
  %1606 = getelementptr i64, i64* %regs, i64 1
  %1607 = getelementptr i64, i64* %regs, i64 2
  %1608 = load i64, i64* %1606, align 8
  %1609 = add i64 %1608, 3
  %1610 = and i64 %1609, -4
  %1611 = add i64 %1610, %1605
  %1612 = load i64, i64* %1607, align 8
  %1613 = icmp ugt i64 %1611, %1612
  br i1 %1613, label %trap15.site33, label %ok233

ok231:                                            ; preds = %write.slow229
  %1614 = icmp ult i64 %1568, %scratch_start
  %1615 = load i64, i64* %lowStart, align 8
  %1616 = call i64 @llvm.umin.i64(i64 %1615, i64 %1568)
  %1617 = load i64, i64* %lowEnd, align 8
  %1618 = load i64, i64* %highEnd, align 8
  %1619 = add i64 %1569, 64
  %1620 = sub i64 %1569, %1616
  %1621 = lshr i64 %1620, 4
  %1622 = add i64 %1619, %1621
  %1623 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1622)
  %1624 = call i64 @llvm.umax.i64(i64 %1617, i64 %1623)
  %1625 = select i1 %1614, i64 %1624, i64 %1617
  store i64 %1625, i64* %lowEnd, align 8
  %1626 = add i64 %1569, 64
  %1627 = sub i64 %1569, %scratch_start
  %1628 = lshr i64 %1627, 4
  %1629 = add i64 %1626, %1628
  %1630 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1629)
  %1631 = call i64 @llvm.umax.i64(i64 %1618, i64 %1630)
  %1632 = select i1 %1614, i64 %1618, i64 %1631
  store i64 %1632, i64* %highEnd, align 8
  store i64 %1616, i64* %lowStart, align 8
  br label %write.ok230

ok233:                                            ; preds = %write.ok230
  store i64 %1611, i64* %1606, align 8
  %1633 = load i64, i64* %highEnd, align 8
  %1634 = call i64 @llvm.umax.i64(i64 %1633, i64 %1611)
  store i64 %1634, i64* %highEnd, align 8
  %1635 = trunc i64 %1610 to i32
  store i32 %1635, i32* %result162, align 4
  br label %e65

write.low234:                                     ; preds = %e65
  %1636 = load i64, i64* %lowStart, align 8
  %1637 = icmp uge i64 %1138, %1636
  %1638 = load i64, i64* %lowEnd, align 8
  %1639 = icmp ule i64 %1139, %1638
  %1640 = and i1 %1637, %1639
  %1641 = call i1 @llvm.expect.i1(i1 %1640, i1 true)
  br i1 %1641, label %write.ok236, label %write.slow235

write.slow235:                                    ; preds = %write.low234
  %1642 = icmp ugt i64 %1139, %arena_size
  br i1 %1642, label %trap17.site0, label %ok237

write.ok236:                                      ; preds = %ok237, %write.low234, %e65
  %1643 = getelementptr i8, i8* %mem, i64 %1138
  store i32 %1136, i32* %unaligned238, align 4
  %1644 = bitcast i32* %unaligned238 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1643, i8* %1644, i64 4, i1 false)
  %1645 = load i32, i32* %dict, align 4
  store i32 %1645, i32* %result7, align 4
  br label %e0

ok237:                                            ; preds = %write.slow235
  %1646 = icmp ult i64 %1138, %scratch_start
  %1647 = load i64, i64* %lowStart, align 8
  %1648 = call i64 @llvm.umin.i64(i64 %1647, i64 %1138)
  %1649 = load i64, i64* %lowEnd, align 8
  %1650 = load i64, i64* %highEnd, align 8
  %1651 = add i64 %1139, 64
  %1652 = sub i64 %1139, %1648
  %1653 = lshr i64 %1652, 4
  %1654 = add i64 %1651, %1653
  %1655 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1654)
  %1656 = call i64 @llvm.umax.i64(i64 %1649, i64 %1655)
  %1657 = select i1 %1646, i64 %1656, i64 %1649
  store i64 %1657, i64* %lowEnd, align 8
  %1658 = add i64 %1139, 64
  %1659 = sub i64 %1139, %scratch_start
  %1660 = lshr i64 %1659, 4
  %1661 = add i64 %1658, %1660
  %1662 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1661)
  %1663 = call i64 @llvm.umax.i64(i64 %1650, i64 %1662)
  %1664 = select i1 %1646, i64 %1650, i64 %1663
  store i64 %1664, i64* %highEnd, align 8
  store i64 %1648, i64* %lowStart, align 8
  br label %write.ok236

ok239:                                            ; preds = %e0
  %1665 = icmp ult i64 %10, %stack_limit
  br i1 %1665, label %trap253.site0, label %stack_ok240

stack_ok240:                                      ; preds = %ok239
  %1666 = load i64, i64* %fuel, align 8
  %1667 = getelementptr i64, i64* %regs, i64 0
  store i64 %1666, i64* %1667, align 8
  %1668 = load i64, i64* %lowStart, align 8
  %1669 = getelementptr i64, i64* %regs, i64 6
  store i64 %1668, i64* %1669, align 8
  %1670 = load i64, i64* %lowEnd, align 8
  %1671 = getelementptr i64, i64* %regs, i64 7
  store i64 %1670, i64* %1671, align 8
  %1672 = load i64, i64* %highEnd, align 8
  %1673 = getelementptr i64, i64* %regs, i64 8
  store i64 %1672, i64* %1673, align 8
  %1674 = add i32 %depth, 1
  %1675 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1674, i32 %97, i32 %98, i32 0)
  %1676 = getelementptr i64, i64* %regs, i64 0
  %1677 = load i64, i64* %1676, align 8
  store i64 %1677, i64* %fuel, align 8
  %1678 = getelementptr i64, i64* %regs, i64 6
  %1679 = load i64, i64* %1678, align 8
  store i64 %1679, i64* %lowStart, align 8
  %1680 = getelementptr i64, i64* %regs, i64 7
  %1681 = load i64, i64* %1680, align 8
  store i64 %1681, i64* %lowEnd, align 8
  %1682 = getelementptr i64, i64* %regs, i64 8
  %1683 = load i64, i64* %1682, align 8
  store i64 %1683, i64* %highEnd, align 8
  store i32 %1675, i32* %json_end, align 4
  %1684 = load i32, i32* %json_end, align 4
  %1685 = icmp eq i32 %1684, -2
  %1686 = zext i1 %1685 to i32
  %1687 = icmp ne i32 %1686, 0
  br i1 %1687, label %then241, label %else242

then241:                                          ; preds = %stack_ok240
  br label %trap16.site5

else242:                                          ; preds = %stack_ok240
  br label %join243

join243:                                          ; preds = %else242, %dead244
  %1688 = load i32, i32* %json_end, align 4
  %1689 = icmp eq i32 %1688, -1
  %1690 = zext i1 %1689 to i32
  %1691 = icmp ne i32 %1690, 0
  br i1 %1691, label %then245, label %else246

trap16.site5:                                     ; preds = %then241
  %1692 = load i64, i64* %lowStart, align 8
  %1693 = getelementptr i64, i64* %regs, i64 6
  store i64 %1692, i64* %1693, align 8
  %1694 = load i64, i64* %lowEnd, align 8
  %1695 = getelementptr i64, i64* %regs, i64 7
  store i64 %1694, i64* %1695, align 8
  %1696 = load i64, i64* %highEnd, align 8
  %1697 = getelementptr i64, i64* %regs, i64 8
  store i64 %1696, i64* %1697, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead244:                                          ; No predecessors!
  br label %join243

then245:                                          ; preds = %join243
  br label %trap15.site5

else246:                                          ; preds = %join243
  br label %join247

join247:                                          ; preds = %else246, %dead248
  %1698 = load i32, i32* %json_end, align 4
  %1699 = zext i32 %1698 to i64
  %1700 = getelementptr i64, i64* %regs, i64 3
  store i64 %1699, i64* %1700, align 8
  %1701 = load i32, i32* %json_end, align 4
  %1702 = load i32, i32* %json_start, align 4
  %1703 = sub i32 %1701, %1702
  %1704 = load i64, i64* %fuel, align 8
  %1705 = getelementptr i64, i64* %regs, i64 0
  store i64 %1704, i64* %1705, align 8
  %1706 = load i64, i64* %lowStart, align 8
  %1707 = getelementptr i64, i64* %regs, i64 6
  store i64 %1706, i64* %1707, align 8
  %1708 = load i64, i64* %lowEnd, align 8
  %1709 = getelementptr i64, i64* %regs, i64 7
  store i64 %1708, i64* %1709, align 8
  %1710 = load i64, i64* %highEnd, align 8
  %1711 = getelementptr i64, i64* %regs, i64 8
  store i64 %1710, i64* %1711, align 8
  ret i32 %1703

dead248:                                          ; No predecessors!
  br label %join247
}

define internal i32 @m0.pred.LineItem.qty(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %q.arg) {
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

define internal i32 @m0.pred.LineItem.unit_price(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, double %p.arg) {
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

define internal i32 @m0.fn.money(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %cents.arg) {
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
  %130 = sub i64 %arena_size, 4
  %131 = icmp sgt i64 %129, %130
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
  %164 = call i1 @llvm.expect.i1(i1 %163, i1 true)
  br i1 %164, label %write.ok, label %write.low

dead16:                                           ; No predecessors!
  br label %join15

write.low:                                        ; preds = %join15
  %165 = load i64, i64* %lowStart, align 8
  %166 = icmp uge i64 %158, %165
  %167 = load i64, i64* %lowEnd, align 8
  %168 = icmp ule i64 %159, %167
  %169 = and i1 %166, %168
  %170 = call i1 @llvm.expect.i1(i1 %169, i1 true)
  br i1 %170, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %171 = icmp ugt i64 %159, %arena_size
  br i1 %171, label %trap17.site0, label %ok17

write.ok:                                         ; preds = %ok17, %write.low, %join15
  %172 = getelementptr i8, i8* %mem, i64 %158
  store i8 46, i8* %172, align 1
  %173 = load i32, i32* %cur, align 4
  %174 = add i32 %173, 1
  store i32 %174, i32* %cur, align 4
  %175 = load i32, i32* %cur, align 4
  %176 = load i32, i32* %s, align 4
  %177 = add i32 %176, 4
  %178 = load i32, i32* %slen, align 4
  %179 = zext i32 %178 to i64
  %180 = zext i32 %177 to i64
  %181 = add i64 %180, %179
  %182 = icmp ugt i64 %181, %arena_size
  br i1 %182, label %trap17.site40, label %ok18

ok17:                                             ; preds = %write.slow
  %183 = icmp ult i64 %158, %scratch_start
  %184 = load i64, i64* %lowStart, align 8
  %185 = call i64 @llvm.umin.i64(i64 %184, i64 %158)
  %186 = load i64, i64* %lowEnd, align 8
  %187 = load i64, i64* %highEnd, align 8
  %188 = add i64 %159, 64
  %189 = sub i64 %159, %185
  %190 = lshr i64 %189, 4
  %191 = add i64 %188, %190
  %192 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %191)
  %193 = call i64 @llvm.umax.i64(i64 %186, i64 %192)
  %194 = select i1 %183, i64 %193, i64 %186
  store i64 %194, i64* %lowEnd, align 8
  %195 = add i64 %159, 64
  %196 = sub i64 %159, %scratch_start
  %197 = lshr i64 %196, 4
  %198 = add i64 %195, %197
  %199 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %198)
  %200 = call i64 @llvm.umax.i64(i64 %187, i64 %199)
  %201 = select i1 %183, i64 %187, i64 %200
  store i64 %201, i64* %highEnd, align 8
  store i64 %185, i64* %lowStart, align 8
  br label %write.ok

ok18:                                             ; preds = %write.ok
  %202 = zext i32 %175 to i64
  %203 = add i64 %202, %179
  %204 = icmp uge i64 %202, %scratch_start
  %205 = load i64, i64* %highEnd, align 8
  %206 = icmp ule i64 %203, %205
  %207 = and i1 %204, %206
  %208 = call i1 @llvm.expect.i1(i1 %207, i1 true)
  br i1 %208, label %write.ok21, label %write.low19

trap17.site40:                                    ; preds = %write.slow20, %write.ok
  %209 = load i64, i64* %lowStart, align 8
  %210 = getelementptr i64, i64* %regs, i64 6
  store i64 %209, i64* %210, align 8
  %211 = load i64, i64* %lowEnd, align 8
  %212 = getelementptr i64, i64* %regs, i64 7
  store i64 %211, i64* %212, align 8
  %213 = load i64, i64* %highEnd, align 8
  %214 = getelementptr i64, i64* %regs, i64 8
  store i64 %213, i64* %214, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 40)
  unreachable

write.low19:                                      ; preds = %ok18
  %215 = load i64, i64* %lowStart, align 8
  %216 = icmp uge i64 %202, %215
  %217 = load i64, i64* %lowEnd, align 8
  %218 = icmp ule i64 %203, %217
  %219 = and i1 %216, %218
  %220 = call i1 @llvm.expect.i1(i1 %219, i1 true)
  br i1 %220, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %221 = icmp ugt i64 %203, %arena_size
  br i1 %221, label %trap17.site40, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %222 = getelementptr i8, i8* %mem, i64 %202
  %223 = getelementptr i8, i8* %mem, i64 %180
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %222, i8* %223, i64 %179, i1 false)
  %224 = load i32, i32* %cur, align 4
  %225 = load i32, i32* %slen, align 4
  %226 = add i32 %224, %225
  store i32 %226, i32* %cur, align 4
  %227 = load i32, i32* %cur, align 4
  %228 = add i32 %227, 20
  %229 = getelementptr i64, i64* %regs, i64 2
  %230 = load i64, i64* %229, align 8
  %231 = trunc i64 %230 to i32
  %232 = icmp ugt i32 %228, %231
  %233 = zext i1 %232 to i32
  %234 = icmp ne i32 %233, 0
  br i1 %234, label %then23, label %else24

ok22:                                             ; preds = %write.slow20
  %235 = icmp ult i64 %202, %scratch_start
  %236 = load i64, i64* %lowStart, align 8
  %237 = call i64 @llvm.umin.i64(i64 %236, i64 %202)
  %238 = load i64, i64* %lowEnd, align 8
  %239 = load i64, i64* %highEnd, align 8
  %240 = add i64 %203, 64
  %241 = sub i64 %203, %237
  %242 = lshr i64 %241, 4
  %243 = add i64 %240, %242
  %244 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %243)
  %245 = call i64 @llvm.umax.i64(i64 %238, i64 %244)
  %246 = select i1 %235, i64 %245, i64 %238
  store i64 %246, i64* %lowEnd, align 8
  %247 = add i64 %203, 64
  %248 = sub i64 %203, %scratch_start
  %249 = lshr i64 %248, 4
  %250 = add i64 %247, %249
  %251 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %250)
  %252 = call i64 @llvm.umax.i64(i64 %239, i64 %251)
  %253 = select i1 %235, i64 %239, i64 %252
  store i64 %253, i64* %highEnd, align 8
  store i64 %237, i64* %lowStart, align 8
  br label %write.ok21

then23:                                           ; preds = %write.ok21
  br label %trap15.site40

else24:                                           ; preds = %write.ok21
  br label %join25

join25:                                           ; preds = %else24, %dead26
  %254 = load i32, i32* %cur, align 4
  %255 = load i64, i64* %part.2, align 8
  %256 = load i32, i32* %cur, align 4
  %257 = icmp uge i32 %depth, 1000
  br i1 %257, label %trap15.site40, label %ok27

dead26:                                           ; No predecessors!
  br label %join25

ok27:                                             ; preds = %join25
  %258 = icmp ult i64 %10, %stack_limit
  br i1 %258, label %trap253.site0, label %stack_ok28

stack_ok28:                                       ; preds = %ok27
  %259 = load i64, i64* %fuel, align 8
  %260 = getelementptr i64, i64* %regs, i64 0
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %lowStart, align 8
  %262 = getelementptr i64, i64* %regs, i64 6
  store i64 %261, i64* %262, align 8
  %263 = load i64, i64* %lowEnd, align 8
  %264 = getelementptr i64, i64* %regs, i64 7
  store i64 %263, i64* %264, align 8
  %265 = load i64, i64* %highEnd, align 8
  %266 = getelementptr i64, i64* %regs, i64 8
  store i64 %265, i64* %266, align 8
  %267 = add i32 %depth, 1
  %268 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %267, i64 %255, i32 %256)
  %269 = getelementptr i64, i64* %regs, i64 0
  %270 = load i64, i64* %269, align 8
  store i64 %270, i64* %fuel, align 8
  %271 = getelementptr i64, i64* %regs, i64 6
  %272 = load i64, i64* %271, align 8
  store i64 %272, i64* %lowStart, align 8
  %273 = getelementptr i64, i64* %regs, i64 7
  %274 = load i64, i64* %273, align 8
  store i64 %274, i64* %lowEnd, align 8
  %275 = getelementptr i64, i64* %regs, i64 8
  %276 = load i64, i64* %275, align 8
  store i64 %276, i64* %highEnd, align 8
  %277 = add i32 %254, %268
  store i32 %277, i32* %cur, align 4
  %278 = load i32, i32* %cur, align 4
  %279 = load i32, i32* %text, align 4
  %280 = sub i32 %278, %279
  %281 = sub i32 %280, 4
  store i32 %281, i32* %len, align 4
  %282 = load i32, i32* %text, align 4
  %283 = load i32, i32* %len, align 4
  %284 = zext i32 %282 to i64
  %285 = add i64 %284, 4
  %286 = icmp uge i64 %284, %scratch_start
  %287 = load i64, i64* %highEnd, align 8
  %288 = icmp ule i64 %285, %287
  %289 = and i1 %286, %288
  %290 = call i1 @llvm.expect.i1(i1 %289, i1 true)
  br i1 %290, label %write.ok31, label %write.low29

write.low29:                                      ; preds = %stack_ok28
  %291 = load i64, i64* %lowStart, align 8
  %292 = icmp uge i64 %284, %291
  %293 = load i64, i64* %lowEnd, align 8
  %294 = icmp ule i64 %285, %293
  %295 = and i1 %292, %294
  %296 = call i1 @llvm.expect.i1(i1 %295, i1 true)
  br i1 %296, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %297 = icmp ugt i64 %285, %arena_size
  br i1 %297, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %stack_ok28
  %298 = getelementptr i8, i8* %mem, i64 %284
  store i32 %283, i32* %unaligned33, align 4
  %299 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %298, i8* %299, i64 4, i1 false)
  %300 = load i32, i32* %len, align 4
  %301 = add i32 %300, 4
  %302 = zext i32 %301 to i64
  %303 = getelementptr i64, i64* %regs, i64 1
  %304 = getelementptr i64, i64* %regs, i64 2
  %305 = load i64, i64* %303, align 8
  %306 = add i64 %305, 3
  %307 = and i64 %306, -4
  %308 = add i64 %307, %302
  %309 = load i64, i64* %304, align 8
  %310 = icmp ugt i64 %308, %309
  br i1 %310, label %trap15.site40, label %ok34

ok32:                                             ; preds = %write.slow30
  %311 = icmp ult i64 %284, %scratch_start
  %312 = load i64, i64* %lowStart, align 8
  %313 = call i64 @llvm.umin.i64(i64 %312, i64 %284)
  %314 = load i64, i64* %lowEnd, align 8
  %315 = load i64, i64* %highEnd, align 8
  %316 = add i64 %285, 64
  %317 = sub i64 %285, %313
  %318 = lshr i64 %317, 4
  %319 = add i64 %316, %318
  %320 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %319)
  %321 = call i64 @llvm.umax.i64(i64 %314, i64 %320)
  %322 = select i1 %311, i64 %321, i64 %314
  store i64 %322, i64* %lowEnd, align 8
  %323 = add i64 %285, 64
  %324 = sub i64 %285, %scratch_start
  %325 = lshr i64 %324, 4
  %326 = add i64 %323, %325
  %327 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %326)
  %328 = call i64 @llvm.umax.i64(i64 %315, i64 %327)
  %329 = select i1 %311, i64 %315, i64 %328
  store i64 %329, i64* %highEnd, align 8
  store i64 %313, i64* %lowStart, align 8
  br label %write.ok31

ok34:                                             ; preds = %write.ok31
  store i64 %308, i64* %303, align 8
  %330 = load i64, i64* %highEnd, align 8
  %331 = call i64 @llvm.umax.i64(i64 %330, i64 %308)
  store i64 %331, i64* %highEnd, align 8
  %332 = trunc i64 %307 to i32
  store i32 %332, i32* %result, align 4
  br label %e0
}
