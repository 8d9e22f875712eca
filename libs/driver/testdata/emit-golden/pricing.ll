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
  %unaligned113 = alloca i32, align 4
  %unaligned115 = alloca i64, align 8
  %unaligned123 = alloca i32, align 4
  %unaligned125 = alloca i64, align 8
  %unaligned132 = alloca i64, align 8
  %result133 = alloca i64, align 8
  %unaligned135 = alloca i32, align 4
  %unaligned140 = alloca i32, align 4
  %unaligned142 = alloca i64, align 8
  %unaligned150 = alloca i32, align 4
  %unaligned152 = alloca i64, align 8
  %unaligned159 = alloca i64, align 8
  %unaligned167 = alloca i64, align 8
  %unaligned173 = alloca i64, align 8
  %unaligned180 = alloca i64, align 8
  %result181 = alloca i32, align 4
  %unaligned191 = alloca i32, align 4
  %unaligned207 = alloca i32, align 4
  %unaligned216 = alloca i16, align 2
  %unaligned230 = alloca i16, align 2
  %unaligned241 = alloca i32, align 4
  %unaligned246 = alloca i16, align 2
  %unaligned251 = alloca i32, align 4
  %unaligned257 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each45146, %each39119, %each24, %body
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

trap253.site0:                                    ; preds = %ok258, %ok231, %ok188, %ok182, %ok34, %ok28, %ok1
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

trap17.site0:                                     ; preds = %write.slow254, %write.slow248, %write.slow243, %write.slow238, %write.slow227, %write.slow213, %write.ok204, %stack_ok189, %write.slow177, %write.slow170, %write.slow164, %write.slow156, %cont148, %write.ok130, %write.slow129, %cont121, %write.ok106, %write.slow105, %write.slow100, %write.slow94, %write.slow89, %write.slow79, %cont, %ok68, %write.ok58, %write.slow57, %write.slow52, %write.slow47, %write.slow41, %write.slow, %then18, %join15, %join, %ok8, %ok3, %ok2, %stack_ok
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

e0:                                               ; preds = %write.ok255
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
  br i1 %99, label %trap15.site0, label %ok258

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

trap15.site5:                                     ; preds = %then264, %ok5
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

e36:                                              ; preds = %versioned.join
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
  br i1 %778, label %write.ok130, label %write.low128

ok110:                                            ; preds = %write.ok106
  %779 = getelementptr i8, i8* %mem, i64 %746
  %780 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %780, i8* %779, i64 4, i1 false)
  %781 = load i32, i32* %unaligned111, align 4
  store i32 %781, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  %782 = load i32, i32* %k.1, align 4
  %783 = load i32, i32* %n.1, align 4
  %784 = icmp ugt i32 %783, %782
  %785 = sub i32 %783, %782
  %786 = select i1 %784, i32 %785, i32 0
  %787 = zext i32 %786 to i64
  %788 = load i64, i64* %fuel, align 8
  %789 = icmp ult i64 %787, %788
  %790 = icmp ne i64 %787, 0
  %791 = icmp ult i64 %787, 4294967296
  %792 = and i1 %790, %791
  %793 = and i1 %789, %792
  %794 = load i32, i32* %xs.1, align 4
  %795 = zext i32 %794 to i64
  %796 = load i32, i32* %k.1, align 4
  %797 = zext i32 %796 to i64
  %798 = add i64 %797, %787
  %799 = sub i64 %798, 1
  %800 = mul i64 %799, 4
  %801 = add i64 %795, %800
  %802 = add i64 %801, 8
  %803 = icmp ult i64 %799, 4294967296
  %804 = icmp ule i64 %802, %arena_size
  %805 = and i1 %803, %804
  %806 = and i1 %793, %805
  %807 = call i1 @llvm.expect.i1(i1 %806, i1 true)
  br i1 %807, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok110
  %808 = add i64 %787, 1
  %809 = mul i64 %808, 1
  %810 = sub i64 %788, %809
  store i64 %810, i64* %fuel, align 8
  br label %each39

versioned.slow:                                   ; preds = %ok110
  br label %each39119

versioned.join:                                   ; preds = %block38118, %block38
  %811 = load i64, i64* %sum, align 8
  store i64 %811, i64* %result109, align 8
  br label %e36

block38:                                          ; preds = %dead117, %each39
  br label %versioned.join

each39:                                           ; preds = %ok116, %versioned.fast
  %812 = load i32, i32* %k.1, align 4
  %813 = load i32, i32* %n.1, align 4
  %814 = icmp uge i32 %812, %813
  %815 = zext i1 %814 to i32
  %816 = icmp ne i32 %815, 0
  br i1 %816, label %block38, label %cont112

cont112:                                          ; preds = %each39
  %817 = load i32, i32* %k.1, align 4
  %818 = zext i32 %817 to i64
  %819 = mul i64 %818, 4
  %820 = load i32, i32* %xs.1, align 4
  %821 = zext i32 %820 to i64
  %822 = add i64 %821, %819
  %823 = add i64 %822, 4
  %824 = getelementptr i8, i8* %mem, i64 %823
  %825 = bitcast i32* %unaligned113 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %825, i8* %824, i64 4, i1 false)
  %826 = load i32, i32* %unaligned113, align 4
  store i32 %826, i32* %x.1, align 4
  %827 = load i32, i32* %x.1, align 4
  store i32 %827, i32* %i.1, align 4
  %828 = load i32, i32* %i.1, align 4
  %829 = zext i32 %828 to i64
  %830 = sub i64 %arena_size, 16
  %831 = icmp sgt i64 %829, %830
  br i1 %831, label %trap17.site21, label %ok114

ok114:                                            ; preds = %cont112
  %832 = add i64 %829, 8
  %833 = getelementptr i8, i8* %mem, i64 %832
  %834 = bitcast i64* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %834, i8* %833, i64 8, i1 false)
  %835 = load i64, i64* %unaligned115, align 8
  store i64 %835, i64* %y, align 8
  %836 = load i64, i64* %sum, align 8
  %837 = load i64, i64* %y, align 8
  %838 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %836, i64 %837)
  %839 = extractvalue { i64, i1 } %838, 1
  br i1 %839, label %trap2.site19, label %ok116

trap17.site21:                                    ; preds = %ok122, %cont112
  %840 = load i64, i64* %lowStart, align 8
  %841 = getelementptr i64, i64* %regs, i64 6
  store i64 %840, i64* %841, align 8
  %842 = load i64, i64* %lowEnd, align 8
  %843 = getelementptr i64, i64* %regs, i64 7
  store i64 %842, i64* %843, align 8
  %844 = load i64, i64* %highEnd, align 8
  %845 = getelementptr i64, i64* %regs, i64 8
  store i64 %844, i64* %845, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

ok116:                                            ; preds = %ok114
  %846 = extractvalue { i64, i1 } %838, 0
  store i64 %846, i64* %sum, align 8
  %847 = load i32, i32* %k.1, align 4
  %848 = add i32 %847, 1
  store i32 %848, i32* %k.1, align 4
  br label %each39

trap2.site19:                                     ; preds = %ok124, %ok114
  %849 = load i64, i64* %lowStart, align 8
  %850 = getelementptr i64, i64* %regs, i64 6
  store i64 %849, i64* %850, align 8
  %851 = load i64, i64* %lowEnd, align 8
  %852 = getelementptr i64, i64* %regs, i64 7
  store i64 %851, i64* %852, align 8
  %853 = load i64, i64* %highEnd, align 8
  %854 = getelementptr i64, i64* %regs, i64 8
  store i64 %853, i64* %854, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

dead117:                                          ; No predecessors!
  br label %block38

block38118:                                       ; preds = %dead127, %ok120
  br label %versioned.join

each39119:                                        ; preds = %ok126, %versioned.slow
  %855 = load i64, i64* %fuel, align 8
  %856 = icmp ult i64 %855, 1
  br i1 %856, label %trap14.site0, label %ok120

ok120:                                            ; preds = %each39119
  %857 = sub i64 %855, 1
  store i64 %857, i64* %fuel, align 8
  %858 = load i32, i32* %k.1, align 4
  %859 = load i32, i32* %n.1, align 4
  %860 = icmp uge i32 %858, %859
  %861 = zext i1 %860 to i32
  %862 = icmp ne i32 %861, 0
  br i1 %862, label %block38118, label %cont121

cont121:                                          ; preds = %ok120
  %863 = load i32, i32* %xs.1, align 4
  %864 = load i32, i32* %k.1, align 4
  %865 = mul i32 %864, 4
  %866 = add i32 %863, %865
  %867 = zext i32 %866 to i64
  %868 = sub i64 %arena_size, 8
  %869 = icmp sgt i64 %867, %868
  br i1 %869, label %trap17.site0, label %ok122

ok122:                                            ; preds = %cont121
  %870 = add i64 %867, 4
  %871 = getelementptr i8, i8* %mem, i64 %870
  %872 = bitcast i32* %unaligned123 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %872, i8* %871, i64 4, i1 false)
  %873 = load i32, i32* %unaligned123, align 4
  store i32 %873, i32* %x.1, align 4
  %874 = load i32, i32* %x.1, align 4
  store i32 %874, i32* %i.1, align 4
  %875 = load i32, i32* %i.1, align 4
  %876 = zext i32 %875 to i64
  %877 = sub i64 %arena_size, 16
  %878 = icmp sgt i64 %876, %877
  br i1 %878, label %trap17.site21, label %ok124

ok124:                                            ; preds = %ok122
  %879 = add i64 %876, 8
  %880 = getelementptr i8, i8* %mem, i64 %879
  %881 = bitcast i64* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %881, i8* %880, i64 8, i1 false)
  %882 = load i64, i64* %unaligned125, align 8
  store i64 %882, i64* %y, align 8
  %883 = load i64, i64* %sum, align 8
  %884 = load i64, i64* %y, align 8
  %885 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %883, i64 %884)
  %886 = extractvalue { i64, i1 } %885, 1
  br i1 %886, label %trap2.site19, label %ok126

ok126:                                            ; preds = %ok124
  %887 = extractvalue { i64, i1 } %885, 0
  store i64 %887, i64* %sum, align 8
  %888 = load i32, i32* %k.1, align 4
  %889 = add i32 %888, 1
  store i32 %889, i32* %k.1, align 4
  br label %each39119

dead127:                                          ; No predecessors!
  br label %block38118

write.low128:                                     ; preds = %e36
  %890 = load i64, i64* %lowStart, align 8
  %891 = icmp uge i64 %772, %890
  %892 = load i64, i64* %lowEnd, align 8
  %893 = icmp ule i64 %773, %892
  %894 = and i1 %891, %893
  %895 = call i1 @llvm.expect.i1(i1 %894, i1 true)
  br i1 %895, label %write.ok130, label %write.slow129

write.slow129:                                    ; preds = %write.low128
  %896 = icmp ugt i64 %773, %arena_size
  br i1 %896, label %trap17.site0, label %ok131

write.ok130:                                      ; preds = %ok131, %write.low128, %e36
  %897 = getelementptr i8, i8* %mem, i64 %772
  store i64 %770, i64* %unaligned132, align 8
  %898 = bitcast i64* %unaligned132 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %897, i8* %898, i64 8, i1 false)
  %899 = load i32, i32* %lines, align 4
  store i32 %899, i32* %xs.2, align 4
  store i64 0, i64* %sum.1, align 8
  %900 = load i32, i32* %xs.2, align 4
  %901 = zext i32 %900 to i64
  %902 = sub i64 %arena_size, 4
  %903 = icmp sgt i64 %901, %902
  br i1 %903, label %trap17.site0, label %ok134

ok131:                                            ; preds = %write.slow129
  %904 = icmp ult i64 %772, %scratch_start
  %905 = load i64, i64* %lowStart, align 8
  %906 = call i64 @llvm.umin.i64(i64 %905, i64 %772)
  %907 = load i64, i64* %lowEnd, align 8
  %908 = load i64, i64* %highEnd, align 8
  %909 = add i64 %773, 64
  %910 = sub i64 %773, %906
  %911 = lshr i64 %910, 4
  %912 = add i64 %909, %911
  %913 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %912)
  %914 = call i64 @llvm.umax.i64(i64 %907, i64 %913)
  %915 = select i1 %904, i64 %914, i64 %907
  store i64 %915, i64* %lowEnd, align 8
  %916 = add i64 %773, 64
  %917 = sub i64 %773, %scratch_start
  %918 = lshr i64 %917, 4
  %919 = add i64 %916, %918
  %920 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %919)
  %921 = call i64 @llvm.umax.i64(i64 %908, i64 %920)
  %922 = select i1 %904, i64 %908, i64 %921
  store i64 %922, i64* %highEnd, align 8
  store i64 %906, i64* %lowStart, align 8
  br label %write.ok130

e42:                                              ; preds = %versioned.join138
  %923 = load i64, i64* %result133, align 8
  store i64 %923, i64* %subtotal_cents, align 8
  %924 = load i32, i32* %dict, align 4
  %925 = load i64, i64* %subtotal_cents, align 8
  %926 = zext i32 %924 to i64
  %927 = add i64 %926, 32
  %928 = add i64 %927, 8
  %929 = icmp uge i64 %927, %scratch_start
  %930 = load i64, i64* %highEnd, align 8
  %931 = icmp ule i64 %928, %930
  %932 = and i1 %929, %931
  %933 = call i1 @llvm.expect.i1(i1 %932, i1 true)
  br i1 %933, label %write.ok157, label %write.low155

ok134:                                            ; preds = %write.ok130
  %934 = getelementptr i8, i8* %mem, i64 %901
  %935 = bitcast i32* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %935, i8* %934, i64 4, i1 false)
  %936 = load i32, i32* %unaligned135, align 4
  store i32 %936, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  %937 = load i32, i32* %k.2, align 4
  %938 = load i32, i32* %n.2, align 4
  %939 = icmp ugt i32 %938, %937
  %940 = sub i32 %938, %937
  %941 = select i1 %939, i32 %940, i32 0
  %942 = zext i32 %941 to i64
  %943 = load i64, i64* %fuel, align 8
  %944 = icmp ult i64 %942, %943
  %945 = icmp ne i64 %942, 0
  %946 = icmp ult i64 %942, 4294967296
  %947 = and i1 %945, %946
  %948 = and i1 %944, %947
  %949 = load i32, i32* %xs.2, align 4
  %950 = zext i32 %949 to i64
  %951 = load i32, i32* %k.2, align 4
  %952 = zext i32 %951 to i64
  %953 = add i64 %952, %942
  %954 = sub i64 %953, 1
  %955 = mul i64 %954, 4
  %956 = add i64 %950, %955
  %957 = add i64 %956, 8
  %958 = icmp ult i64 %954, 4294967296
  %959 = icmp ule i64 %957, %arena_size
  %960 = and i1 %958, %959
  %961 = and i1 %948, %960
  %962 = call i1 @llvm.expect.i1(i1 %961, i1 true)
  br i1 %962, label %versioned.fast136, label %versioned.slow137

versioned.fast136:                                ; preds = %ok134
  %963 = add i64 %942, 1
  %964 = mul i64 %963, 1
  %965 = sub i64 %943, %964
  store i64 %965, i64* %fuel, align 8
  br label %each45

versioned.slow137:                                ; preds = %ok134
  br label %each45146

versioned.join138:                                ; preds = %block44145, %block44
  %966 = load i64, i64* %sum.1, align 8
  store i64 %966, i64* %result133, align 8
  br label %e42

block44:                                          ; preds = %dead144, %each45
  br label %versioned.join138

each45:                                           ; preds = %ok143, %versioned.fast136
  %967 = load i32, i32* %k.2, align 4
  %968 = load i32, i32* %n.2, align 4
  %969 = icmp uge i32 %967, %968
  %970 = zext i1 %969 to i32
  %971 = icmp ne i32 %970, 0
  br i1 %971, label %block44, label %cont139

cont139:                                          ; preds = %each45
  %972 = load i32, i32* %k.2, align 4
  %973 = zext i32 %972 to i64
  %974 = mul i64 %973, 4
  %975 = load i32, i32* %xs.2, align 4
  %976 = zext i32 %975 to i64
  %977 = add i64 %976, %974
  %978 = add i64 %977, 4
  %979 = getelementptr i8, i8* %mem, i64 %978
  %980 = bitcast i32* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %980, i8* %979, i64 4, i1 false)
  %981 = load i32, i32* %unaligned140, align 4
  store i32 %981, i32* %x.2, align 4
  %982 = load i32, i32* %x.2, align 4
  store i32 %982, i32* %l, align 4
  %983 = load i32, i32* %l, align 4
  %984 = zext i32 %983 to i64
  %985 = sub i64 %arena_size, 16
  %986 = icmp sgt i64 %984, %985
  br i1 %986, label %trap17.site24, label %ok141

ok141:                                            ; preds = %cont139
  %987 = add i64 %984, 8
  %988 = getelementptr i8, i8* %mem, i64 %987
  %989 = bitcast i64* %unaligned142 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %989, i8* %988, i64 8, i1 false)
  %990 = load i64, i64* %unaligned142, align 8
  store i64 %990, i64* %y.1, align 8
  %991 = load i64, i64* %sum.1, align 8
  %992 = load i64, i64* %y.1, align 8
  %993 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %991, i64 %992)
  %994 = extractvalue { i64, i1 } %993, 1
  br i1 %994, label %trap2.site22, label %ok143

trap17.site24:                                    ; preds = %ok149, %cont139
  %995 = load i64, i64* %lowStart, align 8
  %996 = getelementptr i64, i64* %regs, i64 6
  store i64 %995, i64* %996, align 8
  %997 = load i64, i64* %lowEnd, align 8
  %998 = getelementptr i64, i64* %regs, i64 7
  store i64 %997, i64* %998, align 8
  %999 = load i64, i64* %highEnd, align 8
  %1000 = getelementptr i64, i64* %regs, i64 8
  store i64 %999, i64* %1000, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 24)
  unreachable

ok143:                                            ; preds = %ok141
  %1001 = extractvalue { i64, i1 } %993, 0
  store i64 %1001, i64* %sum.1, align 8
  %1002 = load i32, i32* %k.2, align 4
  %1003 = add i32 %1002, 1
  store i32 %1003, i32* %k.2, align 4
  br label %each45

trap2.site22:                                     ; preds = %ok151, %ok141
  %1004 = load i64, i64* %lowStart, align 8
  %1005 = getelementptr i64, i64* %regs, i64 6
  store i64 %1004, i64* %1005, align 8
  %1006 = load i64, i64* %lowEnd, align 8
  %1007 = getelementptr i64, i64* %regs, i64 7
  store i64 %1006, i64* %1007, align 8
  %1008 = load i64, i64* %highEnd, align 8
  %1009 = getelementptr i64, i64* %regs, i64 8
  store i64 %1008, i64* %1009, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 22)
  unreachable

dead144:                                          ; No predecessors!
  br label %block44

block44145:                                       ; preds = %dead154, %ok147
  br label %versioned.join138

each45146:                                        ; preds = %ok153, %versioned.slow137
  %1010 = load i64, i64* %fuel, align 8
  %1011 = icmp ult i64 %1010, 1
  br i1 %1011, label %trap14.site0, label %ok147

ok147:                                            ; preds = %each45146
  %1012 = sub i64 %1010, 1
  store i64 %1012, i64* %fuel, align 8
  %1013 = load i32, i32* %k.2, align 4
  %1014 = load i32, i32* %n.2, align 4
  %1015 = icmp uge i32 %1013, %1014
  %1016 = zext i1 %1015 to i32
  %1017 = icmp ne i32 %1016, 0
  br i1 %1017, label %block44145, label %cont148

cont148:                                          ; preds = %ok147
  %1018 = load i32, i32* %xs.2, align 4
  %1019 = load i32, i32* %k.2, align 4
  %1020 = mul i32 %1019, 4
  %1021 = add i32 %1018, %1020
  %1022 = zext i32 %1021 to i64
  %1023 = sub i64 %arena_size, 8
  %1024 = icmp sgt i64 %1022, %1023
  br i1 %1024, label %trap17.site0, label %ok149

ok149:                                            ; preds = %cont148
  %1025 = add i64 %1022, 4
  %1026 = getelementptr i8, i8* %mem, i64 %1025
  %1027 = bitcast i32* %unaligned150 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1027, i8* %1026, i64 4, i1 false)
  %1028 = load i32, i32* %unaligned150, align 4
  store i32 %1028, i32* %x.2, align 4
  %1029 = load i32, i32* %x.2, align 4
  store i32 %1029, i32* %l, align 4
  %1030 = load i32, i32* %l, align 4
  %1031 = zext i32 %1030 to i64
  %1032 = sub i64 %arena_size, 16
  %1033 = icmp sgt i64 %1031, %1032
  br i1 %1033, label %trap17.site24, label %ok151

ok151:                                            ; preds = %ok149
  %1034 = add i64 %1031, 8
  %1035 = getelementptr i8, i8* %mem, i64 %1034
  %1036 = bitcast i64* %unaligned152 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1036, i8* %1035, i64 8, i1 false)
  %1037 = load i64, i64* %unaligned152, align 8
  store i64 %1037, i64* %y.1, align 8
  %1038 = load i64, i64* %sum.1, align 8
  %1039 = load i64, i64* %y.1, align 8
  %1040 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %1038, i64 %1039)
  %1041 = extractvalue { i64, i1 } %1040, 1
  br i1 %1041, label %trap2.site22, label %ok153

ok153:                                            ; preds = %ok151
  %1042 = extractvalue { i64, i1 } %1040, 0
  store i64 %1042, i64* %sum.1, align 8
  %1043 = load i32, i32* %k.2, align 4
  %1044 = add i32 %1043, 1
  store i32 %1044, i32* %k.2, align 4
  br label %each45146

dead154:                                          ; No predecessors!
  br label %block44145

write.low155:                                     ; preds = %e42
  %1045 = load i64, i64* %lowStart, align 8
  %1046 = icmp uge i64 %927, %1045
  %1047 = load i64, i64* %lowEnd, align 8
  %1048 = icmp ule i64 %928, %1047
  %1049 = and i1 %1046, %1048
  %1050 = call i1 @llvm.expect.i1(i1 %1049, i1 true)
  br i1 %1050, label %write.ok157, label %write.slow156

write.slow156:                                    ; preds = %write.low155
  %1051 = icmp ugt i64 %928, %arena_size
  br i1 %1051, label %trap17.site0, label %ok158

write.ok157:                                      ; preds = %ok158, %write.low155, %e42
  %1052 = getelementptr i8, i8* %mem, i64 %927
  store i64 %925, i64* %unaligned159, align 8
  %1053 = bitcast i64* %unaligned159 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1052, i8* %1053, i64 8, i1 false)
  %1054 = load i64, i64* %subtotal_cents, align 8
  %1055 = load i64, i64* %discount_pct.1, align 8
  %1056 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1054, i64 %1055)
  %1057 = extractvalue { i64, i1 } %1056, 1
  br i1 %1057, label %trap2.site26, label %ok160

ok158:                                            ; preds = %write.slow156
  %1058 = icmp ult i64 %927, %scratch_start
  %1059 = load i64, i64* %lowStart, align 8
  %1060 = call i64 @llvm.umin.i64(i64 %1059, i64 %927)
  %1061 = load i64, i64* %lowEnd, align 8
  %1062 = load i64, i64* %highEnd, align 8
  %1063 = add i64 %928, 64
  %1064 = sub i64 %928, %1060
  %1065 = lshr i64 %1064, 4
  %1066 = add i64 %1063, %1065
  %1067 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1066)
  %1068 = call i64 @llvm.umax.i64(i64 %1061, i64 %1067)
  %1069 = select i1 %1058, i64 %1068, i64 %1061
  store i64 %1069, i64* %lowEnd, align 8
  %1070 = add i64 %928, 64
  %1071 = sub i64 %928, %scratch_start
  %1072 = lshr i64 %1071, 4
  %1073 = add i64 %1070, %1072
  %1074 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1073)
  %1075 = call i64 @llvm.umax.i64(i64 %1062, i64 %1074)
  %1076 = select i1 %1058, i64 %1062, i64 %1075
  store i64 %1076, i64* %highEnd, align 8
  store i64 %1060, i64* %lowStart, align 8
  br label %write.ok157

ok160:                                            ; preds = %write.ok157
  %1077 = extractvalue { i64, i1 } %1056, 0
  br i1 false, label %trap1.site25, label %ok161

trap2.site26:                                     ; preds = %write.ok157
  %1078 = load i64, i64* %lowStart, align 8
  %1079 = getelementptr i64, i64* %regs, i64 6
  store i64 %1078, i64* %1079, align 8
  %1080 = load i64, i64* %lowEnd, align 8
  %1081 = getelementptr i64, i64* %regs, i64 7
  store i64 %1080, i64* %1081, align 8
  %1082 = load i64, i64* %highEnd, align 8
  %1083 = getelementptr i64, i64* %regs, i64 8
  store i64 %1082, i64* %1083, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

ok161:                                            ; preds = %ok160
  %1084 = icmp eq i64 %1077, -9223372036854775808
  %1085 = and i1 %1084, false
  br i1 %1085, label %trap2.site25, label %ok162

trap1.site25:                                     ; preds = %ok160
  %1086 = load i64, i64* %lowStart, align 8
  %1087 = getelementptr i64, i64* %regs, i64 6
  store i64 %1086, i64* %1087, align 8
  %1088 = load i64, i64* %lowEnd, align 8
  %1089 = getelementptr i64, i64* %regs, i64 7
  store i64 %1088, i64* %1089, align 8
  %1090 = load i64, i64* %highEnd, align 8
  %1091 = getelementptr i64, i64* %regs, i64 8
  store i64 %1090, i64* %1091, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 25)
  unreachable

ok162:                                            ; preds = %ok161
  %1092 = sdiv i64 %1077, 100
  store i64 %1092, i64* %discount_cents, align 8
  %1093 = load i32, i32* %dict, align 4
  %1094 = load i64, i64* %discount_cents, align 8
  %1095 = zext i32 %1093 to i64
  %1096 = add i64 %1095, 40
  %1097 = add i64 %1096, 8
  %1098 = icmp uge i64 %1096, %scratch_start
  %1099 = load i64, i64* %highEnd, align 8
  %1100 = icmp ule i64 %1097, %1099
  %1101 = and i1 %1098, %1100
  %1102 = call i1 @llvm.expect.i1(i1 %1101, i1 true)
  br i1 %1102, label %write.ok165, label %write.low163

trap2.site25:                                     ; preds = %ok161
  %1103 = load i64, i64* %lowStart, align 8
  %1104 = getelementptr i64, i64* %regs, i64 6
  store i64 %1103, i64* %1104, align 8
  %1105 = load i64, i64* %lowEnd, align 8
  %1106 = getelementptr i64, i64* %regs, i64 7
  store i64 %1105, i64* %1106, align 8
  %1107 = load i64, i64* %highEnd, align 8
  %1108 = getelementptr i64, i64* %regs, i64 8
  store i64 %1107, i64* %1108, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 25)
  unreachable

write.low163:                                     ; preds = %ok162
  %1109 = load i64, i64* %lowStart, align 8
  %1110 = icmp uge i64 %1096, %1109
  %1111 = load i64, i64* %lowEnd, align 8
  %1112 = icmp ule i64 %1097, %1111
  %1113 = and i1 %1110, %1112
  %1114 = call i1 @llvm.expect.i1(i1 %1113, i1 true)
  br i1 %1114, label %write.ok165, label %write.slow164

write.slow164:                                    ; preds = %write.low163
  %1115 = icmp ugt i64 %1097, %arena_size
  br i1 %1115, label %trap17.site0, label %ok166

write.ok165:                                      ; preds = %ok166, %write.low163, %ok162
  %1116 = getelementptr i8, i8* %mem, i64 %1096
  store i64 %1094, i64* %unaligned167, align 8
  %1117 = bitcast i64* %unaligned167 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1116, i8* %1117, i64 8, i1 false)
  %1118 = load i64, i64* %subtotal_cents, align 8
  %1119 = load i64, i64* %discount_cents, align 8
  %1120 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %1118, i64 %1119)
  %1121 = extractvalue { i64, i1 } %1120, 1
  br i1 %1121, label %trap2.site29, label %ok168

ok166:                                            ; preds = %write.slow164
  %1122 = icmp ult i64 %1096, %scratch_start
  %1123 = load i64, i64* %lowStart, align 8
  %1124 = call i64 @llvm.umin.i64(i64 %1123, i64 %1096)
  %1125 = load i64, i64* %lowEnd, align 8
  %1126 = load i64, i64* %highEnd, align 8
  %1127 = add i64 %1097, 64
  %1128 = sub i64 %1097, %1124
  %1129 = lshr i64 %1128, 4
  %1130 = add i64 %1127, %1129
  %1131 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1130)
  %1132 = call i64 @llvm.umax.i64(i64 %1125, i64 %1131)
  %1133 = select i1 %1122, i64 %1132, i64 %1125
  store i64 %1133, i64* %lowEnd, align 8
  %1134 = add i64 %1097, 64
  %1135 = sub i64 %1097, %scratch_start
  %1136 = lshr i64 %1135, 4
  %1137 = add i64 %1134, %1136
  %1138 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1137)
  %1139 = call i64 @llvm.umax.i64(i64 %1126, i64 %1138)
  %1140 = select i1 %1122, i64 %1126, i64 %1139
  store i64 %1140, i64* %highEnd, align 8
  store i64 %1124, i64* %lowStart, align 8
  br label %write.ok165

ok168:                                            ; preds = %write.ok165
  %1141 = extractvalue { i64, i1 } %1120, 0
  %1142 = sitofp i64 %1141 to double
  %1143 = load double, double* %tax_rate, align 8
  %1144 = fmul double %1142, %1143
  %1145 = call double @llvm.roundeven.f64(double %1144)
  %1146 = call i64 @llvm.fptosi.sat.i64.f64(double %1145)
  store i64 %1146, i64* %tax_cents, align 8
  %1147 = load i32, i32* %dict, align 4
  %1148 = load i64, i64* %tax_cents, align 8
  %1149 = zext i32 %1147 to i64
  %1150 = add i64 %1149, 48
  %1151 = add i64 %1150, 8
  %1152 = icmp uge i64 %1150, %scratch_start
  %1153 = load i64, i64* %highEnd, align 8
  %1154 = icmp ule i64 %1151, %1153
  %1155 = and i1 %1152, %1154
  %1156 = call i1 @llvm.expect.i1(i1 %1155, i1 true)
  br i1 %1156, label %write.ok171, label %write.low169

trap2.site29:                                     ; preds = %write.ok165
  %1157 = load i64, i64* %lowStart, align 8
  %1158 = getelementptr i64, i64* %regs, i64 6
  store i64 %1157, i64* %1158, align 8
  %1159 = load i64, i64* %lowEnd, align 8
  %1160 = getelementptr i64, i64* %regs, i64 7
  store i64 %1159, i64* %1160, align 8
  %1161 = load i64, i64* %highEnd, align 8
  %1162 = getelementptr i64, i64* %regs, i64 8
  store i64 %1161, i64* %1162, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 29)
  unreachable

write.low169:                                     ; preds = %ok168
  %1163 = load i64, i64* %lowStart, align 8
  %1164 = icmp uge i64 %1150, %1163
  %1165 = load i64, i64* %lowEnd, align 8
  %1166 = icmp ule i64 %1151, %1165
  %1167 = and i1 %1164, %1166
  %1168 = call i1 @llvm.expect.i1(i1 %1167, i1 true)
  br i1 %1168, label %write.ok171, label %write.slow170

write.slow170:                                    ; preds = %write.low169
  %1169 = icmp ugt i64 %1151, %arena_size
  br i1 %1169, label %trap17.site0, label %ok172

write.ok171:                                      ; preds = %ok172, %write.low169, %ok168
  %1170 = getelementptr i8, i8* %mem, i64 %1150
  store i64 %1148, i64* %unaligned173, align 8
  %1171 = bitcast i64* %unaligned173 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1170, i8* %1171, i64 8, i1 false)
  %1172 = load i64, i64* %subtotal_cents, align 8
  %1173 = load i64, i64* %discount_cents, align 8
  %1174 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %1172, i64 %1173)
  %1175 = extractvalue { i64, i1 } %1174, 1
  br i1 %1175, label %trap2.site31, label %ok174

ok172:                                            ; preds = %write.slow170
  %1176 = icmp ult i64 %1150, %scratch_start
  %1177 = load i64, i64* %lowStart, align 8
  %1178 = call i64 @llvm.umin.i64(i64 %1177, i64 %1150)
  %1179 = load i64, i64* %lowEnd, align 8
  %1180 = load i64, i64* %highEnd, align 8
  %1181 = add i64 %1151, 64
  %1182 = sub i64 %1151, %1178
  %1183 = lshr i64 %1182, 4
  %1184 = add i64 %1181, %1183
  %1185 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1184)
  %1186 = call i64 @llvm.umax.i64(i64 %1179, i64 %1185)
  %1187 = select i1 %1176, i64 %1186, i64 %1179
  store i64 %1187, i64* %lowEnd, align 8
  %1188 = add i64 %1151, 64
  %1189 = sub i64 %1151, %scratch_start
  %1190 = lshr i64 %1189, 4
  %1191 = add i64 %1188, %1190
  %1192 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1191)
  %1193 = call i64 @llvm.umax.i64(i64 %1180, i64 %1192)
  %1194 = select i1 %1176, i64 %1180, i64 %1193
  store i64 %1194, i64* %highEnd, align 8
  store i64 %1178, i64* %lowStart, align 8
  br label %write.ok171

ok174:                                            ; preds = %write.ok171
  %1195 = extractvalue { i64, i1 } %1174, 0
  %1196 = load i64, i64* %tax_cents, align 8
  %1197 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %1195, i64 %1196)
  %1198 = extractvalue { i64, i1 } %1197, 1
  br i1 %1198, label %trap2.site30, label %ok175

trap2.site31:                                     ; preds = %write.ok171
  %1199 = load i64, i64* %lowStart, align 8
  %1200 = getelementptr i64, i64* %regs, i64 6
  store i64 %1199, i64* %1200, align 8
  %1201 = load i64, i64* %lowEnd, align 8
  %1202 = getelementptr i64, i64* %regs, i64 7
  store i64 %1201, i64* %1202, align 8
  %1203 = load i64, i64* %highEnd, align 8
  %1204 = getelementptr i64, i64* %regs, i64 8
  store i64 %1203, i64* %1204, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 31)
  unreachable

ok175:                                            ; preds = %ok174
  %1205 = extractvalue { i64, i1 } %1197, 0
  store i64 %1205, i64* %total_cents, align 8
  %1206 = load i32, i32* %dict, align 4
  %1207 = load i64, i64* %total_cents, align 8
  %1208 = zext i32 %1206 to i64
  %1209 = add i64 %1208, 56
  %1210 = add i64 %1209, 8
  %1211 = icmp uge i64 %1209, %scratch_start
  %1212 = load i64, i64* %highEnd, align 8
  %1213 = icmp ule i64 %1210, %1212
  %1214 = and i1 %1211, %1213
  %1215 = call i1 @llvm.expect.i1(i1 %1214, i1 true)
  br i1 %1215, label %write.ok178, label %write.low176

trap2.site30:                                     ; preds = %ok174
  %1216 = load i64, i64* %lowStart, align 8
  %1217 = getelementptr i64, i64* %regs, i64 6
  store i64 %1216, i64* %1217, align 8
  %1218 = load i64, i64* %lowEnd, align 8
  %1219 = getelementptr i64, i64* %regs, i64 7
  store i64 %1218, i64* %1219, align 8
  %1220 = load i64, i64* %highEnd, align 8
  %1221 = getelementptr i64, i64* %regs, i64 8
  store i64 %1220, i64* %1221, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 30)
  unreachable

write.low176:                                     ; preds = %ok175
  %1222 = load i64, i64* %lowStart, align 8
  %1223 = icmp uge i64 %1209, %1222
  %1224 = load i64, i64* %lowEnd, align 8
  %1225 = icmp ule i64 %1210, %1224
  %1226 = and i1 %1223, %1225
  %1227 = call i1 @llvm.expect.i1(i1 %1226, i1 true)
  br i1 %1227, label %write.ok178, label %write.slow177

write.slow177:                                    ; preds = %write.low176
  %1228 = icmp ugt i64 %1210, %arena_size
  br i1 %1228, label %trap17.site0, label %ok179

write.ok178:                                      ; preds = %ok179, %write.low176, %ok175
  %1229 = getelementptr i8, i8* %mem, i64 %1209
  store i64 %1207, i64* %unaligned180, align 8
  %1230 = bitcast i64* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1229, i8* %1230, i64 8, i1 false)
  %1231 = load i64, i64* %item_count, align 8
  store i64 %1231, i64* %part, align 8
  %1232 = load i32, i32* %country, align 4
  store i32 %1232, i32* %part.1, align 4
  %1233 = load i64, i64* %total_cents, align 8
  %1234 = icmp uge i32 %depth, 1000
  br i1 %1234, label %trap15.site32, label %ok182

ok179:                                            ; preds = %write.slow177
  %1235 = icmp ult i64 %1209, %scratch_start
  %1236 = load i64, i64* %lowStart, align 8
  %1237 = call i64 @llvm.umin.i64(i64 %1236, i64 %1209)
  %1238 = load i64, i64* %lowEnd, align 8
  %1239 = load i64, i64* %highEnd, align 8
  %1240 = add i64 %1210, 64
  %1241 = sub i64 %1210, %1237
  %1242 = lshr i64 %1241, 4
  %1243 = add i64 %1240, %1242
  %1244 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1243)
  %1245 = call i64 @llvm.umax.i64(i64 %1238, i64 %1244)
  %1246 = select i1 %1235, i64 %1245, i64 %1238
  store i64 %1246, i64* %lowEnd, align 8
  %1247 = add i64 %1210, 64
  %1248 = sub i64 %1210, %scratch_start
  %1249 = lshr i64 %1248, 4
  %1250 = add i64 %1247, %1249
  %1251 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1250)
  %1252 = call i64 @llvm.umax.i64(i64 %1239, i64 %1251)
  %1253 = select i1 %1235, i64 %1239, i64 %1252
  store i64 %1253, i64* %highEnd, align 8
  store i64 %1237, i64* %lowStart, align 8
  br label %write.ok178

e65:                                              ; preds = %ok252
  %1254 = load i32, i32* %result181, align 4
  store i32 %1254, i32* %summary, align 4
  %1255 = load i32, i32* %dict, align 4
  %1256 = load i32, i32* %summary, align 4
  %1257 = zext i32 %1255 to i64
  %1258 = add i64 %1257, 64
  %1259 = add i64 %1258, 4
  %1260 = icmp uge i64 %1258, %scratch_start
  %1261 = load i64, i64* %highEnd, align 8
  %1262 = icmp ule i64 %1259, %1261
  %1263 = and i1 %1260, %1262
  %1264 = call i1 @llvm.expect.i1(i1 %1263, i1 true)
  br i1 %1264, label %write.ok255, label %write.low253

ok182:                                            ; preds = %write.ok178
  %1265 = icmp ult i64 %10, %stack_limit
  br i1 %1265, label %trap253.site0, label %stack_ok183

trap15.site32:                                    ; preds = %write.ok178
  %1266 = load i64, i64* %lowStart, align 8
  %1267 = getelementptr i64, i64* %regs, i64 6
  store i64 %1266, i64* %1267, align 8
  %1268 = load i64, i64* %lowEnd, align 8
  %1269 = getelementptr i64, i64* %regs, i64 7
  store i64 %1268, i64* %1269, align 8
  %1270 = load i64, i64* %highEnd, align 8
  %1271 = getelementptr i64, i64* %regs, i64 8
  store i64 %1270, i64* %1271, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 32)
  unreachable

stack_ok183:                                      ; preds = %ok182
  %1272 = load i64, i64* %fuel, align 8
  %1273 = getelementptr i64, i64* %regs, i64 0
  store i64 %1272, i64* %1273, align 8
  %1274 = load i64, i64* %lowStart, align 8
  %1275 = getelementptr i64, i64* %regs, i64 6
  store i64 %1274, i64* %1275, align 8
  %1276 = load i64, i64* %lowEnd, align 8
  %1277 = getelementptr i64, i64* %regs, i64 7
  store i64 %1276, i64* %1277, align 8
  %1278 = load i64, i64* %highEnd, align 8
  %1279 = getelementptr i64, i64* %regs, i64 8
  store i64 %1278, i64* %1279, align 8
  %1280 = add i32 %depth, 1
  %1281 = call i32 @m0.fn.money(i64* %regs, i8* %mem, i32 %1280, i32 0, i64 %1233)
  %1282 = getelementptr i64, i64* %regs, i64 0
  %1283 = load i64, i64* %1282, align 8
  store i64 %1283, i64* %fuel, align 8
  %1284 = getelementptr i64, i64* %regs, i64 6
  %1285 = load i64, i64* %1284, align 8
  store i64 %1285, i64* %lowStart, align 8
  %1286 = getelementptr i64, i64* %regs, i64 7
  %1287 = load i64, i64* %1286, align 8
  store i64 %1287, i64* %lowEnd, align 8
  %1288 = getelementptr i64, i64* %regs, i64 8
  %1289 = load i64, i64* %1288, align 8
  store i64 %1289, i64* %highEnd, align 8
  store i32 %1281, i32* %part.2, align 4
  %1290 = load i64, i64* %discount_pct.1, align 8
  store i64 %1290, i64* %part.3, align 8
  %1291 = getelementptr i64, i64* %regs, i64 1
  %1292 = load i64, i64* %1291, align 8
  %1293 = trunc i64 %1292 to i32
  %1294 = add i32 %1293, 3
  %1295 = and i32 %1294, -4
  store i32 %1295, i32* %text, align 4
  %1296 = load i32, i32* %text, align 4
  %1297 = add i32 %1296, 4
  store i32 %1297, i32* %cur, align 4
  %1298 = load i32, i32* %cur, align 4
  %1299 = add i32 %1298, 20
  %1300 = getelementptr i64, i64* %regs, i64 2
  %1301 = load i64, i64* %1300, align 8
  %1302 = trunc i64 %1301 to i32
  %1303 = icmp ugt i32 %1299, %1302
  %1304 = zext i1 %1303 to i32
  %1305 = icmp ne i32 %1304, 0
  br i1 %1305, label %then184, label %else185

then184:                                          ; preds = %stack_ok183
  br label %trap15.site33

else185:                                          ; preds = %stack_ok183
  br label %join186

join186:                                          ; preds = %else185, %dead187
  %1306 = load i32, i32* %cur, align 4
  %1307 = load i64, i64* %part, align 8
  %1308 = load i32, i32* %cur, align 4
  %1309 = icmp uge i32 %depth, 1000
  br i1 %1309, label %trap15.site33, label %ok188

trap15.site33:                                    ; preds = %write.ok249, %then233, %write.ok228, %then222, %then208, %then192, %join186, %then184
  %1310 = load i64, i64* %lowStart, align 8
  %1311 = getelementptr i64, i64* %regs, i64 6
  store i64 %1310, i64* %1311, align 8
  %1312 = load i64, i64* %lowEnd, align 8
  %1313 = getelementptr i64, i64* %regs, i64 7
  store i64 %1312, i64* %1313, align 8
  %1314 = load i64, i64* %highEnd, align 8
  %1315 = getelementptr i64, i64* %regs, i64 8
  store i64 %1314, i64* %1315, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 33)
  unreachable

dead187:                                          ; No predecessors!
  br label %join186

ok188:                                            ; preds = %join186
  %1316 = icmp ult i64 %10, %stack_limit
  br i1 %1316, label %trap253.site0, label %stack_ok189

stack_ok189:                                      ; preds = %ok188
  %1317 = load i64, i64* %fuel, align 8
  %1318 = getelementptr i64, i64* %regs, i64 0
  store i64 %1317, i64* %1318, align 8
  %1319 = load i64, i64* %lowStart, align 8
  %1320 = getelementptr i64, i64* %regs, i64 6
  store i64 %1319, i64* %1320, align 8
  %1321 = load i64, i64* %lowEnd, align 8
  %1322 = getelementptr i64, i64* %regs, i64 7
  store i64 %1321, i64* %1322, align 8
  %1323 = load i64, i64* %highEnd, align 8
  %1324 = getelementptr i64, i64* %regs, i64 8
  store i64 %1323, i64* %1324, align 8
  %1325 = add i32 %depth, 1
  %1326 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1325, i64 %1307, i32 %1308)
  %1327 = getelementptr i64, i64* %regs, i64 0
  %1328 = load i64, i64* %1327, align 8
  store i64 %1328, i64* %fuel, align 8
  %1329 = getelementptr i64, i64* %regs, i64 6
  %1330 = load i64, i64* %1329, align 8
  store i64 %1330, i64* %lowStart, align 8
  %1331 = getelementptr i64, i64* %regs, i64 7
  %1332 = load i64, i64* %1331, align 8
  store i64 %1332, i64* %lowEnd, align 8
  %1333 = getelementptr i64, i64* %regs, i64 8
  %1334 = load i64, i64* %1333, align 8
  store i64 %1334, i64* %highEnd, align 8
  %1335 = add i32 %1306, %1326
  store i32 %1335, i32* %cur, align 4
  %1336 = load i32, i32* %part.1, align 4
  store i32 %1336, i32* %s, align 4
  %1337 = load i32, i32* %s, align 4
  %1338 = zext i32 %1337 to i64
  %1339 = sub i64 %arena_size, 4
  %1340 = icmp sgt i64 %1338, %1339
  br i1 %1340, label %trap17.site0, label %ok190

ok190:                                            ; preds = %stack_ok189
  %1341 = getelementptr i8, i8* %mem, i64 %1338
  %1342 = bitcast i32* %unaligned191 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1342, i8* %1341, i64 4, i1 false)
  %1343 = load i32, i32* %unaligned191, align 4
  store i32 %1343, i32* %slen, align 4
  %1344 = load i32, i32* %cur, align 4
  %1345 = load i32, i32* %slen, align 4
  %1346 = add i32 10, %1345
  %1347 = add i32 %1344, %1346
  %1348 = getelementptr i64, i64* %regs, i64 2
  %1349 = load i64, i64* %1348, align 8
  %1350 = trunc i64 %1349 to i32
  %1351 = icmp ugt i32 %1347, %1350
  %1352 = zext i1 %1351 to i32
  %1353 = icmp ne i32 %1352, 0
  br i1 %1353, label %then192, label %else193

then192:                                          ; preds = %ok190
  br label %trap15.site33

else193:                                          ; preds = %ok190
  br label %join194

join194:                                          ; preds = %else193, %dead195
  %1354 = load i32, i32* %cur, align 4
  %1355 = add i32 %1354, 0
  %1356 = icmp ugt i64 11110, %arena_size
  br i1 %1356, label %trap17.site33, label %ok196

dead195:                                          ; No predecessors!
  br label %join194

ok196:                                            ; preds = %join194
  %1357 = zext i32 %1355 to i64
  %1358 = add i64 %1357, 10
  %1359 = icmp uge i64 %1357, %scratch_start
  %1360 = load i64, i64* %highEnd, align 8
  %1361 = icmp ule i64 %1358, %1360
  %1362 = and i1 %1359, %1361
  %1363 = call i1 @llvm.expect.i1(i1 %1362, i1 true)
  br i1 %1363, label %write.ok199, label %write.low197

trap17.site33:                                    ; preds = %write.slow219, %write.ok214, %write.slow203, %write.ok199, %write.slow198, %join194
  %1364 = load i64, i64* %lowStart, align 8
  %1365 = getelementptr i64, i64* %regs, i64 6
  store i64 %1364, i64* %1365, align 8
  %1366 = load i64, i64* %lowEnd, align 8
  %1367 = getelementptr i64, i64* %regs, i64 7
  store i64 %1366, i64* %1367, align 8
  %1368 = load i64, i64* %highEnd, align 8
  %1369 = getelementptr i64, i64* %regs, i64 8
  store i64 %1368, i64* %1369, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 33)
  unreachable

write.low197:                                     ; preds = %ok196
  %1370 = load i64, i64* %lowStart, align 8
  %1371 = icmp uge i64 %1357, %1370
  %1372 = load i64, i64* %lowEnd, align 8
  %1373 = icmp ule i64 %1358, %1372
  %1374 = and i1 %1371, %1373
  %1375 = call i1 @llvm.expect.i1(i1 %1374, i1 true)
  br i1 %1375, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1376 = icmp ugt i64 %1358, %arena_size
  br i1 %1376, label %trap17.site33, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %ok196
  %1377 = getelementptr i8, i8* %mem, i64 %1357
  %1378 = getelementptr i8, i8* %mem, i64 11100
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1377, i8* %1378, i64 10, i1 false)
  %1379 = load i32, i32* %cur, align 4
  %1380 = add i32 %1379, 10
  store i32 %1380, i32* %cur, align 4
  %1381 = load i32, i32* %cur, align 4
  %1382 = load i32, i32* %s, align 4
  %1383 = add i32 %1382, 4
  %1384 = load i32, i32* %slen, align 4
  %1385 = zext i32 %1384 to i64
  %1386 = zext i32 %1383 to i64
  %1387 = add i64 %1386, %1385
  %1388 = icmp ugt i64 %1387, %arena_size
  br i1 %1388, label %trap17.site33, label %ok201

ok200:                                            ; preds = %write.slow198
  %1389 = icmp ult i64 %1357, %scratch_start
  %1390 = load i64, i64* %lowStart, align 8
  %1391 = call i64 @llvm.umin.i64(i64 %1390, i64 %1357)
  %1392 = load i64, i64* %lowEnd, align 8
  %1393 = load i64, i64* %highEnd, align 8
  %1394 = add i64 %1358, 64
  %1395 = sub i64 %1358, %1391
  %1396 = lshr i64 %1395, 4
  %1397 = add i64 %1394, %1396
  %1398 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1397)
  %1399 = call i64 @llvm.umax.i64(i64 %1392, i64 %1398)
  %1400 = select i1 %1389, i64 %1399, i64 %1392
  store i64 %1400, i64* %lowEnd, align 8
  %1401 = add i64 %1358, 64
  %1402 = sub i64 %1358, %scratch_start
  %1403 = lshr i64 %1402, 4
  %1404 = add i64 %1401, %1403
  %1405 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1404)
  %1406 = call i64 @llvm.umax.i64(i64 %1393, i64 %1405)
  %1407 = select i1 %1389, i64 %1393, i64 %1406
  store i64 %1407, i64* %highEnd, align 8
  store i64 %1391, i64* %lowStart, align 8
  br label %write.ok199

ok201:                                            ; preds = %write.ok199
  %1408 = zext i32 %1381 to i64
  %1409 = add i64 %1408, %1385
  %1410 = icmp uge i64 %1408, %scratch_start
  %1411 = load i64, i64* %highEnd, align 8
  %1412 = icmp ule i64 %1409, %1411
  %1413 = and i1 %1410, %1412
  %1414 = call i1 @llvm.expect.i1(i1 %1413, i1 true)
  br i1 %1414, label %write.ok204, label %write.low202

write.low202:                                     ; preds = %ok201
  %1415 = load i64, i64* %lowStart, align 8
  %1416 = icmp uge i64 %1408, %1415
  %1417 = load i64, i64* %lowEnd, align 8
  %1418 = icmp ule i64 %1409, %1417
  %1419 = and i1 %1416, %1418
  %1420 = call i1 @llvm.expect.i1(i1 %1419, i1 true)
  br i1 %1420, label %write.ok204, label %write.slow203

write.slow203:                                    ; preds = %write.low202
  %1421 = icmp ugt i64 %1409, %arena_size
  br i1 %1421, label %trap17.site33, label %ok205

write.ok204:                                      ; preds = %ok205, %write.low202, %ok201
  %1422 = getelementptr i8, i8* %mem, i64 %1408
  %1423 = getelementptr i8, i8* %mem, i64 %1386
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1422, i8* %1423, i64 %1385, i1 false)
  %1424 = load i32, i32* %cur, align 4
  %1425 = load i32, i32* %slen, align 4
  %1426 = add i32 %1424, %1425
  store i32 %1426, i32* %cur, align 4
  %1427 = load i32, i32* %part.2, align 4
  store i32 %1427, i32* %s.1, align 4
  %1428 = load i32, i32* %s.1, align 4
  %1429 = zext i32 %1428 to i64
  %1430 = sub i64 %arena_size, 4
  %1431 = icmp sgt i64 %1429, %1430
  br i1 %1431, label %trap17.site0, label %ok206

ok205:                                            ; preds = %write.slow203
  %1432 = icmp ult i64 %1408, %scratch_start
  %1433 = load i64, i64* %lowStart, align 8
  %1434 = call i64 @llvm.umin.i64(i64 %1433, i64 %1408)
  %1435 = load i64, i64* %lowEnd, align 8
  %1436 = load i64, i64* %highEnd, align 8
  %1437 = add i64 %1409, 64
  %1438 = sub i64 %1409, %1434
  %1439 = lshr i64 %1438, 4
  %1440 = add i64 %1437, %1439
  %1441 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1440)
  %1442 = call i64 @llvm.umax.i64(i64 %1435, i64 %1441)
  %1443 = select i1 %1432, i64 %1442, i64 %1435
  store i64 %1443, i64* %lowEnd, align 8
  %1444 = add i64 %1409, 64
  %1445 = sub i64 %1409, %scratch_start
  %1446 = lshr i64 %1445, 4
  %1447 = add i64 %1444, %1446
  %1448 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1447)
  %1449 = call i64 @llvm.umax.i64(i64 %1436, i64 %1448)
  %1450 = select i1 %1432, i64 %1436, i64 %1449
  store i64 %1450, i64* %highEnd, align 8
  store i64 %1434, i64* %lowStart, align 8
  br label %write.ok204

ok206:                                            ; preds = %write.ok204
  %1451 = getelementptr i8, i8* %mem, i64 %1429
  %1452 = bitcast i32* %unaligned207 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1452, i8* %1451, i64 4, i1 false)
  %1453 = load i32, i32* %unaligned207, align 4
  store i32 %1453, i32* %slen.1, align 4
  %1454 = load i32, i32* %cur, align 4
  %1455 = load i32, i32* %slen.1, align 4
  %1456 = add i32 2, %1455
  %1457 = add i32 %1454, %1456
  %1458 = getelementptr i64, i64* %regs, i64 2
  %1459 = load i64, i64* %1458, align 8
  %1460 = trunc i64 %1459 to i32
  %1461 = icmp ugt i32 %1457, %1460
  %1462 = zext i1 %1461 to i32
  %1463 = icmp ne i32 %1462, 0
  br i1 %1463, label %then208, label %else209

then208:                                          ; preds = %ok206
  br label %trap15.site33

else209:                                          ; preds = %ok206
  br label %join210

join210:                                          ; preds = %else209, %dead211
  %1464 = load i32, i32* %cur, align 4
  %1465 = zext i32 %1464 to i64
  %1466 = add i64 %1465, 2
  %1467 = icmp uge i64 %1465, %scratch_start
  %1468 = load i64, i64* %highEnd, align 8
  %1469 = icmp ule i64 %1466, %1468
  %1470 = and i1 %1467, %1469
  %1471 = call i1 @llvm.expect.i1(i1 %1470, i1 true)
  br i1 %1471, label %write.ok214, label %write.low212

dead211:                                          ; No predecessors!
  br label %join210

write.low212:                                     ; preds = %join210
  %1472 = load i64, i64* %lowStart, align 8
  %1473 = icmp uge i64 %1465, %1472
  %1474 = load i64, i64* %lowEnd, align 8
  %1475 = icmp ule i64 %1466, %1474
  %1476 = and i1 %1473, %1475
  %1477 = call i1 @llvm.expect.i1(i1 %1476, i1 true)
  br i1 %1477, label %write.ok214, label %write.slow213

write.slow213:                                    ; preds = %write.low212
  %1478 = icmp ugt i64 %1466, %arena_size
  br i1 %1478, label %trap17.site0, label %ok215

write.ok214:                                      ; preds = %ok215, %write.low212, %join210
  %1479 = getelementptr i8, i8* %mem, i64 %1465
  store i16 8250, i16* %unaligned216, align 2
  %1480 = bitcast i16* %unaligned216 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1479, i8* %1480, i64 2, i1 false)
  %1481 = load i32, i32* %cur, align 4
  %1482 = add i32 %1481, 2
  store i32 %1482, i32* %cur, align 4
  %1483 = load i32, i32* %cur, align 4
  %1484 = load i32, i32* %s.1, align 4
  %1485 = add i32 %1484, 4
  %1486 = load i32, i32* %slen.1, align 4
  %1487 = zext i32 %1486 to i64
  %1488 = zext i32 %1485 to i64
  %1489 = add i64 %1488, %1487
  %1490 = icmp ugt i64 %1489, %arena_size
  br i1 %1490, label %trap17.site33, label %ok217

ok215:                                            ; preds = %write.slow213
  %1491 = icmp ult i64 %1465, %scratch_start
  %1492 = load i64, i64* %lowStart, align 8
  %1493 = call i64 @llvm.umin.i64(i64 %1492, i64 %1465)
  %1494 = load i64, i64* %lowEnd, align 8
  %1495 = load i64, i64* %highEnd, align 8
  %1496 = add i64 %1466, 64
  %1497 = sub i64 %1466, %1493
  %1498 = lshr i64 %1497, 4
  %1499 = add i64 %1496, %1498
  %1500 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1499)
  %1501 = call i64 @llvm.umax.i64(i64 %1494, i64 %1500)
  %1502 = select i1 %1491, i64 %1501, i64 %1494
  store i64 %1502, i64* %lowEnd, align 8
  %1503 = add i64 %1466, 64
  %1504 = sub i64 %1466, %scratch_start
  %1505 = lshr i64 %1504, 4
  %1506 = add i64 %1503, %1505
  %1507 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1506)
  %1508 = call i64 @llvm.umax.i64(i64 %1495, i64 %1507)
  %1509 = select i1 %1491, i64 %1495, i64 %1508
  store i64 %1509, i64* %highEnd, align 8
  store i64 %1493, i64* %lowStart, align 8
  br label %write.ok214

ok217:                                            ; preds = %write.ok214
  %1510 = zext i32 %1483 to i64
  %1511 = add i64 %1510, %1487
  %1512 = icmp uge i64 %1510, %scratch_start
  %1513 = load i64, i64* %highEnd, align 8
  %1514 = icmp ule i64 %1511, %1513
  %1515 = and i1 %1512, %1514
  %1516 = call i1 @llvm.expect.i1(i1 %1515, i1 true)
  br i1 %1516, label %write.ok220, label %write.low218

write.low218:                                     ; preds = %ok217
  %1517 = load i64, i64* %lowStart, align 8
  %1518 = icmp uge i64 %1510, %1517
  %1519 = load i64, i64* %lowEnd, align 8
  %1520 = icmp ule i64 %1511, %1519
  %1521 = and i1 %1518, %1520
  %1522 = call i1 @llvm.expect.i1(i1 %1521, i1 true)
  br i1 %1522, label %write.ok220, label %write.slow219

write.slow219:                                    ; preds = %write.low218
  %1523 = icmp ugt i64 %1511, %arena_size
  br i1 %1523, label %trap17.site33, label %ok221

write.ok220:                                      ; preds = %ok221, %write.low218, %ok217
  %1524 = getelementptr i8, i8* %mem, i64 %1510
  %1525 = getelementptr i8, i8* %mem, i64 %1488
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1524, i8* %1525, i64 %1487, i1 false)
  %1526 = load i32, i32* %cur, align 4
  %1527 = load i32, i32* %slen.1, align 4
  %1528 = add i32 %1526, %1527
  store i32 %1528, i32* %cur, align 4
  %1529 = load i32, i32* %cur, align 4
  %1530 = add i32 %1529, 22
  %1531 = getelementptr i64, i64* %regs, i64 2
  %1532 = load i64, i64* %1531, align 8
  %1533 = trunc i64 %1532 to i32
  %1534 = icmp ugt i32 %1530, %1533
  %1535 = zext i1 %1534 to i32
  %1536 = icmp ne i32 %1535, 0
  br i1 %1536, label %then222, label %else223

ok221:                                            ; preds = %write.slow219
  %1537 = icmp ult i64 %1510, %scratch_start
  %1538 = load i64, i64* %lowStart, align 8
  %1539 = call i64 @llvm.umin.i64(i64 %1538, i64 %1510)
  %1540 = load i64, i64* %lowEnd, align 8
  %1541 = load i64, i64* %highEnd, align 8
  %1542 = add i64 %1511, 64
  %1543 = sub i64 %1511, %1539
  %1544 = lshr i64 %1543, 4
  %1545 = add i64 %1542, %1544
  %1546 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1545)
  %1547 = call i64 @llvm.umax.i64(i64 %1540, i64 %1546)
  %1548 = select i1 %1537, i64 %1547, i64 %1540
  store i64 %1548, i64* %lowEnd, align 8
  %1549 = add i64 %1511, 64
  %1550 = sub i64 %1511, %scratch_start
  %1551 = lshr i64 %1550, 4
  %1552 = add i64 %1549, %1551
  %1553 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1552)
  %1554 = call i64 @llvm.umax.i64(i64 %1541, i64 %1553)
  %1555 = select i1 %1537, i64 %1541, i64 %1554
  store i64 %1555, i64* %highEnd, align 8
  store i64 %1539, i64* %lowStart, align 8
  br label %write.ok220

then222:                                          ; preds = %write.ok220
  br label %trap15.site33

else223:                                          ; preds = %write.ok220
  br label %join224

join224:                                          ; preds = %else223, %dead225
  %1556 = load i32, i32* %cur, align 4
  %1557 = zext i32 %1556 to i64
  %1558 = add i64 %1557, 2
  %1559 = icmp uge i64 %1557, %scratch_start
  %1560 = load i64, i64* %highEnd, align 8
  %1561 = icmp ule i64 %1558, %1560
  %1562 = and i1 %1559, %1561
  %1563 = call i1 @llvm.expect.i1(i1 %1562, i1 true)
  br i1 %1563, label %write.ok228, label %write.low226

dead225:                                          ; No predecessors!
  br label %join224

write.low226:                                     ; preds = %join224
  %1564 = load i64, i64* %lowStart, align 8
  %1565 = icmp uge i64 %1557, %1564
  %1566 = load i64, i64* %lowEnd, align 8
  %1567 = icmp ule i64 %1558, %1566
  %1568 = and i1 %1565, %1567
  %1569 = call i1 @llvm.expect.i1(i1 %1568, i1 true)
  br i1 %1569, label %write.ok228, label %write.slow227

write.slow227:                                    ; preds = %write.low226
  %1570 = icmp ugt i64 %1558, %arena_size
  br i1 %1570, label %trap17.site0, label %ok229

write.ok228:                                      ; preds = %ok229, %write.low226, %join224
  %1571 = getelementptr i8, i8* %mem, i64 %1557
  store i16 10272, i16* %unaligned230, align 2
  %1572 = bitcast i16* %unaligned230 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1571, i8* %1572, i64 2, i1 false)
  %1573 = load i32, i32* %cur, align 4
  %1574 = add i32 %1573, 2
  store i32 %1574, i32* %cur, align 4
  %1575 = load i32, i32* %cur, align 4
  %1576 = load i64, i64* %part.3, align 8
  %1577 = load i32, i32* %cur, align 4
  %1578 = icmp uge i32 %depth, 1000
  br i1 %1578, label %trap15.site33, label %ok231

ok229:                                            ; preds = %write.slow227
  %1579 = icmp ult i64 %1557, %scratch_start
  %1580 = load i64, i64* %lowStart, align 8
  %1581 = call i64 @llvm.umin.i64(i64 %1580, i64 %1557)
  %1582 = load i64, i64* %lowEnd, align 8
  %1583 = load i64, i64* %highEnd, align 8
  %1584 = add i64 %1558, 64
  %1585 = sub i64 %1558, %1581
  %1586 = lshr i64 %1585, 4
  %1587 = add i64 %1584, %1586
  %1588 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1587)
  %1589 = call i64 @llvm.umax.i64(i64 %1582, i64 %1588)
  %1590 = select i1 %1579, i64 %1589, i64 %1582
  store i64 %1590, i64* %lowEnd, align 8
  %1591 = add i64 %1558, 64
  %1592 = sub i64 %1558, %scratch_start
  %1593 = lshr i64 %1592, 4
  %1594 = add i64 %1591, %1593
  %1595 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1594)
  %1596 = call i64 @llvm.umax.i64(i64 %1583, i64 %1595)
  %1597 = select i1 %1579, i64 %1583, i64 %1596
  store i64 %1597, i64* %highEnd, align 8
  store i64 %1581, i64* %lowStart, align 8
  br label %write.ok228

ok231:                                            ; preds = %write.ok228
  %1598 = icmp ult i64 %10, %stack_limit
  br i1 %1598, label %trap253.site0, label %stack_ok232

stack_ok232:                                      ; preds = %ok231
  %1599 = load i64, i64* %fuel, align 8
  %1600 = getelementptr i64, i64* %regs, i64 0
  store i64 %1599, i64* %1600, align 8
  %1601 = load i64, i64* %lowStart, align 8
  %1602 = getelementptr i64, i64* %regs, i64 6
  store i64 %1601, i64* %1602, align 8
  %1603 = load i64, i64* %lowEnd, align 8
  %1604 = getelementptr i64, i64* %regs, i64 7
  store i64 %1603, i64* %1604, align 8
  %1605 = load i64, i64* %highEnd, align 8
  %1606 = getelementptr i64, i64* %regs, i64 8
  store i64 %1605, i64* %1606, align 8
  %1607 = add i32 %depth, 1
  %1608 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1607, i64 %1576, i32 %1577)
  %1609 = getelementptr i64, i64* %regs, i64 0
  %1610 = load i64, i64* %1609, align 8
  store i64 %1610, i64* %fuel, align 8
  %1611 = getelementptr i64, i64* %regs, i64 6
  %1612 = load i64, i64* %1611, align 8
  store i64 %1612, i64* %lowStart, align 8
  %1613 = getelementptr i64, i64* %regs, i64 7
  %1614 = load i64, i64* %1613, align 8
  store i64 %1614, i64* %lowEnd, align 8
  %1615 = getelementptr i64, i64* %regs, i64 8
  %1616 = load i64, i64* %1615, align 8
  store i64 %1616, i64* %highEnd, align 8
  %1617 = add i32 %1575, %1608
  store i32 %1617, i32* %cur, align 4
  %1618 = load i32, i32* %cur, align 4
  %1619 = add i32 %1618, 6
  %1620 = getelementptr i64, i64* %regs, i64 2
  %1621 = load i64, i64* %1620, align 8
  %1622 = trunc i64 %1621 to i32
  %1623 = icmp ugt i32 %1619, %1622
  %1624 = zext i1 %1623 to i32
  %1625 = icmp ne i32 %1624, 0
  br i1 %1625, label %then233, label %else234

then233:                                          ; preds = %stack_ok232
  br label %trap15.site33

else234:                                          ; preds = %stack_ok232
  br label %join235

join235:                                          ; preds = %else234, %dead236
  %1626 = load i32, i32* %cur, align 4
  %1627 = zext i32 %1626 to i64
  %1628 = add i64 %1627, 4
  %1629 = icmp uge i64 %1627, %scratch_start
  %1630 = load i64, i64* %highEnd, align 8
  %1631 = icmp ule i64 %1628, %1630
  %1632 = and i1 %1629, %1631
  %1633 = call i1 @llvm.expect.i1(i1 %1632, i1 true)
  br i1 %1633, label %write.ok239, label %write.low237

dead236:                                          ; No predecessors!
  br label %join235

write.low237:                                     ; preds = %join235
  %1634 = load i64, i64* %lowStart, align 8
  %1635 = icmp uge i64 %1627, %1634
  %1636 = load i64, i64* %lowEnd, align 8
  %1637 = icmp ule i64 %1628, %1636
  %1638 = and i1 %1635, %1637
  %1639 = call i1 @llvm.expect.i1(i1 %1638, i1 true)
  br i1 %1639, label %write.ok239, label %write.slow238

write.slow238:                                    ; preds = %write.low237
  %1640 = icmp ugt i64 %1628, %arena_size
  br i1 %1640, label %trap17.site0, label %ok240

write.ok239:                                      ; preds = %ok240, %write.low237, %join235
  %1641 = getelementptr i8, i8* %mem, i64 %1627
  store i32 1718558757, i32* %unaligned241, align 4
  %1642 = bitcast i32* %unaligned241 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1641, i8* %1642, i64 4, i1 false)
  %1643 = load i32, i32* %cur, align 4
  %1644 = zext i32 %1643 to i64
  %1645 = add i64 %1644, 4
  %1646 = add i64 %1645, 2
  %1647 = icmp uge i64 %1645, %scratch_start
  %1648 = load i64, i64* %highEnd, align 8
  %1649 = icmp ule i64 %1646, %1648
  %1650 = and i1 %1647, %1649
  %1651 = call i1 @llvm.expect.i1(i1 %1650, i1 true)
  br i1 %1651, label %write.ok244, label %write.low242

ok240:                                            ; preds = %write.slow238
  %1652 = icmp ult i64 %1627, %scratch_start
  %1653 = load i64, i64* %lowStart, align 8
  %1654 = call i64 @llvm.umin.i64(i64 %1653, i64 %1627)
  %1655 = load i64, i64* %lowEnd, align 8
  %1656 = load i64, i64* %highEnd, align 8
  %1657 = add i64 %1628, 64
  %1658 = sub i64 %1628, %1654
  %1659 = lshr i64 %1658, 4
  %1660 = add i64 %1657, %1659
  %1661 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1660)
  %1662 = call i64 @llvm.umax.i64(i64 %1655, i64 %1661)
  %1663 = select i1 %1652, i64 %1662, i64 %1655
  store i64 %1663, i64* %lowEnd, align 8
  %1664 = add i64 %1628, 64
  %1665 = sub i64 %1628, %scratch_start
  %1666 = lshr i64 %1665, 4
  %1667 = add i64 %1664, %1666
  %1668 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1667)
  %1669 = call i64 @llvm.umax.i64(i64 %1656, i64 %1668)
  %1670 = select i1 %1652, i64 %1656, i64 %1669
  store i64 %1670, i64* %highEnd, align 8
  store i64 %1654, i64* %lowStart, align 8
  br label %write.ok239

write.low242:                                     ; preds = %write.ok239
  %1671 = load i64, i64* %lowStart, align 8
  %1672 = icmp uge i64 %1645, %1671
  %1673 = load i64, i64* %lowEnd, align 8
  %1674 = icmp ule i64 %1646, %1673
  %1675 = and i1 %1672, %1674
  %1676 = call i1 @llvm.expect.i1(i1 %1675, i1 true)
  br i1 %1676, label %write.ok244, label %write.slow243

write.slow243:                                    ; preds = %write.low242
  %1677 = icmp ugt i64 %1646, %arena_size
  br i1 %1677, label %trap17.site0, label %ok245

write.ok244:                                      ; preds = %ok245, %write.low242, %write.ok239
  %1678 = getelementptr i8, i8* %mem, i64 %1645
  store i16 10598, i16* %unaligned246, align 2
  %1679 = bitcast i16* %unaligned246 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1678, i8* %1679, i64 2, i1 false)
  %1680 = load i32, i32* %cur, align 4
  %1681 = add i32 %1680, 6
  store i32 %1681, i32* %cur, align 4
  %1682 = load i32, i32* %cur, align 4
  %1683 = load i32, i32* %text, align 4
  %1684 = sub i32 %1682, %1683
  %1685 = sub i32 %1684, 4
  store i32 %1685, i32* %len.1, align 4
  %1686 = load i32, i32* %text, align 4
  %1687 = load i32, i32* %len.1, align 4
  %1688 = zext i32 %1686 to i64
  %1689 = add i64 %1688, 4
  %1690 = icmp uge i64 %1688, %scratch_start
  %1691 = load i64, i64* %highEnd, align 8
  %1692 = icmp ule i64 %1689, %1691
  %1693 = and i1 %1690, %1692
  %1694 = call i1 @llvm.expect.i1(i1 %1693, i1 true)
  br i1 %1694, label %write.ok249, label %write.low247

ok245:                                            ; preds = %write.slow243
  %1695 = icmp ult i64 %1645, %scratch_start
  %1696 = load i64, i64* %lowStart, align 8
  %1697 = call i64 @llvm.umin.i64(i64 %1696, i64 %1645)
  %1698 = load i64, i64* %lowEnd, align 8
  %1699 = load i64, i64* %highEnd, align 8
  %1700 = add i64 %1646, 64
  %1701 = sub i64 %1646, %1697
  %1702 = lshr i64 %1701, 4
  %1703 = add i64 %1700, %1702
  %1704 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1703)
  %1705 = call i64 @llvm.umax.i64(i64 %1698, i64 %1704)
  %1706 = select i1 %1695, i64 %1705, i64 %1698
  store i64 %1706, i64* %lowEnd, align 8
  %1707 = add i64 %1646, 64
  %1708 = sub i64 %1646, %scratch_start
  %1709 = lshr i64 %1708, 4
  %1710 = add i64 %1707, %1709
  %1711 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1710)
  %1712 = call i64 @llvm.umax.i64(i64 %1699, i64 %1711)
  %1713 = select i1 %1695, i64 %1699, i64 %1712
  store i64 %1713, i64* %highEnd, align 8
  store i64 %1697, i64* %lowStart, align 8
  br label %write.ok244

write.low247:                                     ; preds = %write.ok244
  %1714 = load i64, i64* %lowStart, align 8
  %1715 = icmp uge i64 %1688, %1714
  %1716 = load i64, i64* %lowEnd, align 8
  %1717 = icmp ule i64 %1689, %1716
  %1718 = and i1 %1715, %1717
  %1719 = call i1 @llvm.expect.i1(i1 %1718, i1 true)
  br i1 %1719, label %write.ok249, label %write.slow248

write.slow248:                                    ; preds = %write.low247
  %1720 = icmp ugt i64 %1689, %arena_size
  br i1 %1720, label %trap17.site0, label %ok250

write.ok249:                                      ; preds = %ok250, %write.low247, %write.ok244
  %1721 = getelementptr i8, i8* %mem, i64 %1688
  store i32 %1687, i32* %unaligned251, align 4
  %1722 = bitcast i32* %unaligned251 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1721, i8* %1722, i64 4, i1 false)
  %1723 = load i32, i32* %len.1, align 4
  %1724 = add i32 %1723, 4
  %1725 = zext i32 %1724 to i64
  %1726 = getelementptr i64, i64* %regs, i64 1
  %1727 = getelementptr i64, i64* %regs, i64 2
  %1728 = load i64, i64* %1726, align 8
  %1729 = add i64 %1728, 3
  %1730 = and i64 %1729, -4
  %1731 = add i64 %1730, %1725
  %1732 = load i64, i64* %1727, align 8
  %1733 = icmp ugt i64 %1731, %1732
  br i1 %1733, label %trap15.site33, label %ok252

ok250:                                            ; preds = %write.slow248
  %1734 = icmp ult i64 %1688, %scratch_start
  %1735 = load i64, i64* %lowStart, align 8
  %1736 = call i64 @llvm.umin.i64(i64 %1735, i64 %1688)
  %1737 = load i64, i64* %lowEnd, align 8
  %1738 = load i64, i64* %highEnd, align 8
  %1739 = add i64 %1689, 64
  %1740 = sub i64 %1689, %1736
  %1741 = lshr i64 %1740, 4
  %1742 = add i64 %1739, %1741
  %1743 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1742)
  %1744 = call i64 @llvm.umax.i64(i64 %1737, i64 %1743)
  %1745 = select i1 %1734, i64 %1744, i64 %1737
  store i64 %1745, i64* %lowEnd, align 8
  %1746 = add i64 %1689, 64
  %1747 = sub i64 %1689, %scratch_start
  %1748 = lshr i64 %1747, 4
  %1749 = add i64 %1746, %1748
  %1750 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1749)
  %1751 = call i64 @llvm.umax.i64(i64 %1738, i64 %1750)
  %1752 = select i1 %1734, i64 %1738, i64 %1751
  store i64 %1752, i64* %highEnd, align 8
  store i64 %1736, i64* %lowStart, align 8
  br label %write.ok249

ok252:                                            ; preds = %write.ok249
  store i64 %1731, i64* %1726, align 8
  %1753 = load i64, i64* %highEnd, align 8
  %1754 = call i64 @llvm.umax.i64(i64 %1753, i64 %1731)
  store i64 %1754, i64* %highEnd, align 8
  %1755 = trunc i64 %1730 to i32
  store i32 %1755, i32* %result181, align 4
  br label %e65

write.low253:                                     ; preds = %e65
  %1756 = load i64, i64* %lowStart, align 8
  %1757 = icmp uge i64 %1258, %1756
  %1758 = load i64, i64* %lowEnd, align 8
  %1759 = icmp ule i64 %1259, %1758
  %1760 = and i1 %1757, %1759
  %1761 = call i1 @llvm.expect.i1(i1 %1760, i1 true)
  br i1 %1761, label %write.ok255, label %write.slow254

write.slow254:                                    ; preds = %write.low253
  %1762 = icmp ugt i64 %1259, %arena_size
  br i1 %1762, label %trap17.site0, label %ok256

write.ok255:                                      ; preds = %ok256, %write.low253, %e65
  %1763 = getelementptr i8, i8* %mem, i64 %1258
  store i32 %1256, i32* %unaligned257, align 4
  %1764 = bitcast i32* %unaligned257 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1763, i8* %1764, i64 4, i1 false)
  %1765 = load i32, i32* %dict, align 4
  store i32 %1765, i32* %result7, align 4
  br label %e0

ok256:                                            ; preds = %write.slow254
  %1766 = icmp ult i64 %1258, %scratch_start
  %1767 = load i64, i64* %lowStart, align 8
  %1768 = call i64 @llvm.umin.i64(i64 %1767, i64 %1258)
  %1769 = load i64, i64* %lowEnd, align 8
  %1770 = load i64, i64* %highEnd, align 8
  %1771 = add i64 %1259, 64
  %1772 = sub i64 %1259, %1768
  %1773 = lshr i64 %1772, 4
  %1774 = add i64 %1771, %1773
  %1775 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1774)
  %1776 = call i64 @llvm.umax.i64(i64 %1769, i64 %1775)
  %1777 = select i1 %1766, i64 %1776, i64 %1769
  store i64 %1777, i64* %lowEnd, align 8
  %1778 = add i64 %1259, 64
  %1779 = sub i64 %1259, %scratch_start
  %1780 = lshr i64 %1779, 4
  %1781 = add i64 %1778, %1780
  %1782 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1781)
  %1783 = call i64 @llvm.umax.i64(i64 %1770, i64 %1782)
  %1784 = select i1 %1766, i64 %1770, i64 %1783
  store i64 %1784, i64* %highEnd, align 8
  store i64 %1768, i64* %lowStart, align 8
  br label %write.ok255

ok258:                                            ; preds = %e0
  %1785 = icmp ult i64 %10, %stack_limit
  br i1 %1785, label %trap253.site0, label %stack_ok259

stack_ok259:                                      ; preds = %ok258
  %1786 = load i64, i64* %fuel, align 8
  %1787 = getelementptr i64, i64* %regs, i64 0
  store i64 %1786, i64* %1787, align 8
  %1788 = load i64, i64* %lowStart, align 8
  %1789 = getelementptr i64, i64* %regs, i64 6
  store i64 %1788, i64* %1789, align 8
  %1790 = load i64, i64* %lowEnd, align 8
  %1791 = getelementptr i64, i64* %regs, i64 7
  store i64 %1790, i64* %1791, align 8
  %1792 = load i64, i64* %highEnd, align 8
  %1793 = getelementptr i64, i64* %regs, i64 8
  store i64 %1792, i64* %1793, align 8
  %1794 = add i32 %depth, 1
  %1795 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1794, i32 %97, i32 %98, i32 0)
  %1796 = getelementptr i64, i64* %regs, i64 0
  %1797 = load i64, i64* %1796, align 8
  store i64 %1797, i64* %fuel, align 8
  %1798 = getelementptr i64, i64* %regs, i64 6
  %1799 = load i64, i64* %1798, align 8
  store i64 %1799, i64* %lowStart, align 8
  %1800 = getelementptr i64, i64* %regs, i64 7
  %1801 = load i64, i64* %1800, align 8
  store i64 %1801, i64* %lowEnd, align 8
  %1802 = getelementptr i64, i64* %regs, i64 8
  %1803 = load i64, i64* %1802, align 8
  store i64 %1803, i64* %highEnd, align 8
  store i32 %1795, i32* %json_end, align 4
  %1804 = load i32, i32* %json_end, align 4
  %1805 = icmp eq i32 %1804, -2
  %1806 = zext i1 %1805 to i32
  %1807 = icmp ne i32 %1806, 0
  br i1 %1807, label %then260, label %else261

then260:                                          ; preds = %stack_ok259
  br label %trap16.site5

else261:                                          ; preds = %stack_ok259
  br label %join262

join262:                                          ; preds = %else261, %dead263
  %1808 = load i32, i32* %json_end, align 4
  %1809 = icmp eq i32 %1808, -1
  %1810 = zext i1 %1809 to i32
  %1811 = icmp ne i32 %1810, 0
  br i1 %1811, label %then264, label %else265

trap16.site5:                                     ; preds = %then260
  %1812 = load i64, i64* %lowStart, align 8
  %1813 = getelementptr i64, i64* %regs, i64 6
  store i64 %1812, i64* %1813, align 8
  %1814 = load i64, i64* %lowEnd, align 8
  %1815 = getelementptr i64, i64* %regs, i64 7
  store i64 %1814, i64* %1815, align 8
  %1816 = load i64, i64* %highEnd, align 8
  %1817 = getelementptr i64, i64* %regs, i64 8
  store i64 %1816, i64* %1817, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead263:                                          ; No predecessors!
  br label %join262

then264:                                          ; preds = %join262
  br label %trap15.site5

else265:                                          ; preds = %join262
  br label %join266

join266:                                          ; preds = %else265, %dead267
  %1818 = load i32, i32* %json_end, align 4
  %1819 = zext i32 %1818 to i64
  %1820 = getelementptr i64, i64* %regs, i64 3
  store i64 %1819, i64* %1820, align 8
  %1821 = load i32, i32* %json_end, align 4
  %1822 = load i32, i32* %json_start, align 4
  %1823 = sub i32 %1821, %1822
  %1824 = load i64, i64* %fuel, align 8
  %1825 = getelementptr i64, i64* %regs, i64 0
  store i64 %1824, i64* %1825, align 8
  %1826 = load i64, i64* %lowStart, align 8
  %1827 = getelementptr i64, i64* %regs, i64 6
  store i64 %1826, i64* %1827, align 8
  %1828 = load i64, i64* %lowEnd, align 8
  %1829 = getelementptr i64, i64* %regs, i64 7
  store i64 %1828, i64* %1829, align 8
  %1830 = load i64, i64* %highEnd, align 8
  %1831 = getelementptr i64, i64* %regs, i64 8
  store i64 %1830, i64* %1831, align 8
  ret i32 %1823

dead267:                                          ; No predecessors!
  br label %join266
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
