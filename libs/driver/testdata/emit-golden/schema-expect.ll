; From libs/driver/testdata/emit-golden/schema-expect.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/schema-expect.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (46):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.dec.string.2
;   @m0.codec.dec.int.3
;   @m0.codec.skip
;   @m0.codec.dec.option.4
;   @m0.codec.dec.fields.6
;   @m0.codec.dec.record.5
;   @m0.codec.dec.fields.1
;   @m0.codec.dec.record.0
;   @m0.validate.Address
;   @m0.validate.Customer
;   @m0.main.args
;   @m0.conv.Address
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.codec.write_str
;   @m0.codec.enc.string.3
;   @m0.codec.enc.record.2
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.4
;   @m0.codec.enc.option.5
;   @m0.codec.enc.record.1
;   @m0.codec.enc.bool.6
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.pred.Customer.name
;   @m0.pred.Customer.age
;   @m0.pred.Address.zip
;   @m0.fn.label
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 9 function(s):

define internal i32 @m0.validate.Address(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
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
  %unaligned = alloca i32, align 4
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

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %12 = getelementptr i8, i8* %mem, i64 %9
  %13 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %13, i8* %12, i64 4, i1 false)
  %14 = load i32, i32* %unaligned, align 4
  %15 = icmp uge i32 %depth, 1000
  br i1 %15, label %trap15.site0, label %ok2

trap17.site0:                                     ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %16 = icmp ult i64 %3, %stack_limit
  br i1 %16, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %17 = load i64, i64* %fuel, align 8
  %18 = getelementptr i64, i64* %regs, i64 0
  store i64 %17, i64* %18, align 8
  %19 = add i32 %depth, 1
  %20 = call i32 @m0.pred.Address.zip(i64* %regs, i8* %mem, i32 %19, i32 0, i32 %14)
  %21 = getelementptr i64, i64* %regs, i64 0
  %22 = load i64, i64* %21, align 8
  store i64 %22, i64* %fuel, align 8
  %23 = icmp eq i32 %20, 0
  %24 = zext i1 %23 to i32
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %then, label %else

trap253.site0:                                    ; preds = %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %26 = load i64, i64* %fuel, align 8
  %27 = getelementptr i64, i64* %regs, i64 0
  store i64 %26, i64* %27, align 8
  ret i32 0

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %28 = load i64, i64* %fuel, align 8
  %29 = getelementptr i64, i64* %regs, i64 0
  store i64 %28, i64* %29, align 8
  ret i32 1

dead:                                             ; No predecessors!
  br label %join
}

define internal i32 @m0.validate.Customer(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
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
  %unaligned = alloca i32, align 4
  %unaligned4 = alloca i64, align 8
  %unaligned12 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %12 = getelementptr i8, i8* %mem, i64 %9
  %13 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %13, i8* %12, i64 4, i1 false)
  %14 = load i32, i32* %unaligned, align 4
  %15 = icmp uge i32 %depth, 1000
  br i1 %15, label %trap15.site0, label %ok2

trap17.site0:                                     ; preds = %join9, %join, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %16 = icmp ult i64 %3, %stack_limit
  br i1 %16, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok11, %ok3, %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %17 = load i64, i64* %fuel, align 8
  %18 = getelementptr i64, i64* %regs, i64 0
  store i64 %17, i64* %18, align 8
  %19 = add i32 %depth, 1
  %20 = call i32 @m0.pred.Customer.name(i64* %regs, i8* %mem, i32 %19, i32 0, i32 %14)
  %21 = getelementptr i64, i64* %regs, i64 0
  %22 = load i64, i64* %21, align 8
  store i64 %22, i64* %fuel, align 8
  %23 = icmp eq i32 %20, 0
  %24 = zext i1 %23 to i32
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %then, label %else

trap253.site0:                                    ; preds = %ok13, %ok5, %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %26 = load i64, i64* %fuel, align 8
  %27 = getelementptr i64, i64* %regs, i64 0
  store i64 %26, i64* %27, align 8
  ret i32 0

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %28 = load i32, i32* %v, align 4
  %29 = zext i32 %28 to i64
  %30 = add i64 %29, 8
  %31 = add i64 %30, 8
  %32 = icmp ugt i64 %31, %arena_size
  br i1 %32, label %trap17.site0, label %ok3

dead:                                             ; No predecessors!
  br label %join

ok3:                                              ; preds = %join
  %33 = getelementptr i8, i8* %mem, i64 %30
  %34 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %34, i8* %33, i64 8, i1 false)
  %35 = load i64, i64* %unaligned4, align 8
  %36 = icmp uge i32 %depth, 1000
  br i1 %36, label %trap15.site0, label %ok5

ok5:                                              ; preds = %ok3
  %37 = icmp ult i64 %3, %stack_limit
  br i1 %37, label %trap253.site0, label %stack_ok6

stack_ok6:                                        ; preds = %ok5
  %38 = load i64, i64* %fuel, align 8
  %39 = getelementptr i64, i64* %regs, i64 0
  store i64 %38, i64* %39, align 8
  %40 = add i32 %depth, 1
  %41 = call i32 @m0.pred.Customer.age(i64* %regs, i8* %mem, i32 %40, i32 0, i64 %35)
  %42 = getelementptr i64, i64* %regs, i64 0
  %43 = load i64, i64* %42, align 8
  store i64 %43, i64* %fuel, align 8
  %44 = icmp eq i32 %41, 0
  %45 = zext i1 %44 to i32
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %then7, label %else8

then7:                                            ; preds = %stack_ok6
  %47 = load i64, i64* %fuel, align 8
  %48 = getelementptr i64, i64* %regs, i64 0
  store i64 %47, i64* %48, align 8
  ret i32 0

else8:                                            ; preds = %stack_ok6
  br label %join9

join9:                                            ; preds = %else8, %dead10
  %49 = load i32, i32* %v, align 4
  %50 = zext i32 %49 to i64
  %51 = add i64 %50, 28
  %52 = add i64 %51, 4
  %53 = icmp ugt i64 %52, %arena_size
  br i1 %53, label %trap17.site0, label %ok11

dead10:                                           ; No predecessors!
  br label %join9

ok11:                                             ; preds = %join9
  %54 = getelementptr i8, i8* %mem, i64 %51
  %55 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %55, i8* %54, i64 4, i1 false)
  %56 = load i32, i32* %unaligned12, align 4
  %57 = icmp uge i32 %depth, 1000
  br i1 %57, label %trap15.site0, label %ok13

ok13:                                             ; preds = %ok11
  %58 = icmp ult i64 %3, %stack_limit
  br i1 %58, label %trap253.site0, label %stack_ok14

stack_ok14:                                       ; preds = %ok13
  %59 = load i64, i64* %fuel, align 8
  %60 = getelementptr i64, i64* %regs, i64 0
  store i64 %59, i64* %60, align 8
  %61 = add i32 %depth, 1
  %62 = call i32 @m0.validate.Address(i64* %regs, i8* %mem, i32 %61, i32 %56)
  %63 = getelementptr i64, i64* %regs, i64 0
  %64 = load i64, i64* %63, align 8
  store i64 %64, i64* %fuel, align 8
  %65 = icmp eq i32 %62, 0
  %66 = zext i1 %65 to i32
  %67 = icmp ne i32 %66, 0
  br i1 %67, label %then15, label %else16

then15:                                           ; preds = %stack_ok14
  %68 = load i64, i64* %fuel, align 8
  %69 = getelementptr i64, i64* %regs, i64 0
  store i64 %68, i64* %69, align 8
  ret i32 0

else16:                                           ; preds = %stack_ok14
  br label %join17

join17:                                           ; preds = %else16, %dead18
  %70 = load i64, i64* %fuel, align 8
  %71 = getelementptr i64, i64* %regs, i64 0
  store i64 %70, i64* %71, align 8
  ret i32 1

dead18:                                           ; No predecessors!
  br label %join17
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
  %arg0_state = alloca i32, align 4
  store i32 0, i32* %arg0_state, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %arg = alloca i32, align 4
  store i32 0, i32* %arg, align 4
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
  %unaligned95 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %ws16, %ws14, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %default11, %then51, %case12, %ok27, %then24, %ok21, %join9, %ok
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

trap253.site0:                                    ; preds = %ok83, %ok57, %ok54, %ok49, %ok28, %ok22, %ok1
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

trap17.site0:                                     ; preds = %write.slow, %join80, %cont69, %ws_done13, %cont60, %cont44, %cont39, %then30, %ws_done2, %cont13, %ws_done0, %cont
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
  %123 = load i32, i32* %args_pos, align 4
  %124 = add i32 %123, 1
  store i32 %124, i32* %args_pos, align 4
  br label %ws3

ws_done2:                                         ; preds = %dead16, %ok14, %ok12
  %125 = load i32, i32* %args_pos, align 4
  %126 = zext i32 %125 to i64
  %127 = add i64 %126, 1
  %128 = icmp ugt i64 %127, %arena_size
  br i1 %128, label %trap17.site0, label %ok17

ws3:                                              ; preds = %cont15, %ok11
  %129 = load i64, i64* %fuel, align 8
  %130 = icmp ult i64 %129, 1
  br i1 %130, label %trap14.site0, label %ok12

ok12:                                             ; preds = %ws3
  %131 = sub i64 %129, 1
  store i64 %131, i64* %fuel, align 8
  %132 = load i32, i32* %args_pos, align 4
  %133 = load i32, i32* %args_end, align 4
  %134 = icmp uge i32 %132, %133
  %135 = zext i1 %134 to i32
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %ws_done2, label %cont13

cont13:                                           ; preds = %ok12
  %137 = load i32, i32* %args_pos, align 4
  %138 = zext i32 %137 to i64
  %139 = add i64 %138, 1
  %140 = icmp ugt i64 %139, %arena_size
  br i1 %140, label %trap17.site0, label %ok14

ok14:                                             ; preds = %cont13
  %141 = getelementptr i8, i8* %mem, i64 %138
  %142 = load i8, i8* %141, align 1
  %143 = zext i8 %142 to i32
  store i32 %143, i32* %ws, align 4
  %144 = load i32, i32* %ws, align 4
  %145 = icmp ule i32 %144, 32
  %146 = zext i1 %145 to i32
  %147 = icmp eq i32 %146, 0
  %148 = zext i1 %147 to i32
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %ws_done2, label %cont15

cont15:                                           ; preds = %ok14
  %150 = load i32, i32* %args_pos, align 4
  %151 = add i32 %150, 1
  store i32 %151, i32* %args_pos, align 4
  br label %ws3

dead16:                                           ; No predecessors!
  br label %ws_done2

ok17:                                             ; preds = %ws_done2
  %152 = getelementptr i8, i8* %mem, i64 %126
  %153 = load i8, i8* %152, align 1
  %154 = zext i8 %153 to i32
  %155 = icmp eq i32 %154, 125
  %156 = zext i1 %155 to i32
  %157 = icmp eq i32 %156, 0
  %158 = zext i1 %157 to i32
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %then18, label %else19

then18:                                           ; preds = %ok17
  br label %args4

else19:                                           ; preds = %ok17
  br label %join20

join20:                                           ; preds = %else19, %join67
  %160 = load i32, i32* %arg0_state, align 4
  %161 = icmp eq i32 %160, 0
  %162 = zext i1 %161 to i32
  %163 = icmp ne i32 %162, 0
  br i1 %163, label %then74, label %else75

args4:                                            ; preds = %ws_done15, %then18
  %164 = load i64, i64* %fuel, align 8
  %165 = icmp ult i64 %164, 1
  br i1 %165, label %trap14.site0, label %ok21

ok21:                                             ; preds = %args4
  %166 = sub i64 %164, 1
  store i64 %166, i64* %fuel, align 8
  %167 = getelementptr i64, i64* %regs, i64 1
  %168 = load i64, i64* %167, align 8
  %169 = trunc i64 %168 to i32
  store i32 %169, i32* %args_mark, align 4
  %170 = load i32, i32* %args_pos, align 4
  %171 = add i32 %170, 1
  %172 = load i32, i32* %args_end, align 4
  %173 = icmp uge i32 %depth, 1000
  br i1 %173, label %trap15.site0, label %ok22

ok22:                                             ; preds = %ok21
  %174 = icmp ult i64 %10, %stack_limit
  br i1 %174, label %trap253.site0, label %stack_ok23

stack_ok23:                                       ; preds = %ok22
  %175 = load i64, i64* %fuel, align 8
  %176 = getelementptr i64, i64* %regs, i64 0
  store i64 %175, i64* %176, align 8
  %177 = load i64, i64* %lowStart, align 8
  %178 = getelementptr i64, i64* %regs, i64 6
  store i64 %177, i64* %178, align 8
  %179 = load i64, i64* %lowEnd, align 8
  %180 = getelementptr i64, i64* %regs, i64 7
  store i64 %179, i64* %180, align 8
  %181 = load i64, i64* %highEnd, align 8
  %182 = getelementptr i64, i64* %regs, i64 8
  store i64 %181, i64* %182, align 8
  %183 = add i32 %depth, 1
  %184 = call i32 @m0.codec.str_end(i64* %regs, i8* %mem, i32 %183, i32 %171, i32 %172)
  %185 = getelementptr i64, i64* %regs, i64 0
  %186 = load i64, i64* %185, align 8
  store i64 %186, i64* %fuel, align 8
  %187 = getelementptr i64, i64* %regs, i64 6
  %188 = load i64, i64* %187, align 8
  store i64 %188, i64* %lowStart, align 8
  %189 = getelementptr i64, i64* %regs, i64 7
  %190 = load i64, i64* %189, align 8
  store i64 %190, i64* %lowEnd, align 8
  %191 = getelementptr i64, i64* %regs, i64 8
  %192 = load i64, i64* %191, align 8
  store i64 %192, i64* %highEnd, align 8
  store i32 %184, i32* %kr, align 4
  %193 = load i32, i32* %kr, align 4
  %194 = and i32 %193, 2147483647
  store i32 %194, i32* %kq, align 4
  %195 = load i32, i32* %kr, align 4
  %196 = and i32 %195, -2147483648
  %197 = icmp ne i32 %196, 0
  br i1 %197, label %then24, label %else25

then24:                                           ; preds = %stack_ok23
  %198 = load i32, i32* %kq, align 4
  %199 = load i32, i32* %args_pos, align 4
  %200 = sub i32 %198, %199
  %201 = sub i32 %200, 1
  %202 = zext i32 %201 to i64
  %203 = getelementptr i64, i64* %regs, i64 1
  %204 = getelementptr i64, i64* %regs, i64 2
  %205 = load i64, i64* %203, align 8
  %206 = add i64 %205, 0
  %207 = and i64 %206, -1
  %208 = add i64 %207, %202
  %209 = load i64, i64* %204, align 8
  %210 = icmp ugt i64 %208, %209
  br i1 %210, label %trap15.site0, label %ok27

else25:                                           ; preds = %stack_ok23
  %211 = load i32, i32* %args_pos, align 4
  %212 = add i32 %211, 1
  store i32 %212, i32* %args_kp, align 4
  %213 = load i32, i32* %kq, align 4
  %214 = load i32, i32* %args_pos, align 4
  %215 = sub i32 %213, %214
  %216 = sub i32 %215, 1
  store i32 %216, i32* %args_klen, align 4
  br label %join26

join26:                                           ; preds = %else25, %stack_ok29
  %217 = load i32, i32* %kq, align 4
  %218 = add i32 %217, 1
  store i32 %218, i32* %args_pos, align 4
  %219 = load i32, i32* %args_klen, align 4
  %220 = icmp eq i32 %219, 1
  %221 = zext i1 %220 to i32
  %222 = icmp ne i32 %221, 0
  br i1 %222, label %then30, label %else31

ok27:                                             ; preds = %then24
  store i64 %208, i64* %203, align 8
  %223 = load i64, i64* %highEnd, align 8
  %224 = call i64 @llvm.umax.i64(i64 %223, i64 %208)
  store i64 %224, i64* %highEnd, align 8
  %225 = trunc i64 %207 to i32
  store i32 %225, i32* %args_kp, align 4
  %226 = load i32, i32* %args_pos, align 4
  %227 = add i32 %226, 1
  %228 = load i32, i32* %kq, align 4
  %229 = load i32, i32* %args_kp, align 4
  %230 = icmp uge i32 %depth, 1000
  br i1 %230, label %trap15.site0, label %ok28

ok28:                                             ; preds = %ok27
  %231 = icmp ult i64 %10, %stack_limit
  br i1 %231, label %trap253.site0, label %stack_ok29

stack_ok29:                                       ; preds = %ok28
  %232 = load i64, i64* %fuel, align 8
  %233 = getelementptr i64, i64* %regs, i64 0
  store i64 %232, i64* %233, align 8
  %234 = load i64, i64* %lowStart, align 8
  %235 = getelementptr i64, i64* %regs, i64 6
  store i64 %234, i64* %235, align 8
  %236 = load i64, i64* %lowEnd, align 8
  %237 = getelementptr i64, i64* %regs, i64 7
  store i64 %236, i64* %237, align 8
  %238 = load i64, i64* %highEnd, align 8
  %239 = getelementptr i64, i64* %regs, i64 8
  store i64 %238, i64* %239, align 8
  %240 = add i32 %depth, 1
  %241 = call i32 @m0.codec.str_unescape(i64* %regs, i8* %mem, i32 %240, i32 %227, i32 %228, i32 %229)
  %242 = getelementptr i64, i64* %regs, i64 0
  %243 = load i64, i64* %242, align 8
  store i64 %243, i64* %fuel, align 8
  %244 = getelementptr i64, i64* %regs, i64 6
  %245 = load i64, i64* %244, align 8
  store i64 %245, i64* %lowStart, align 8
  %246 = getelementptr i64, i64* %regs, i64 7
  %247 = load i64, i64* %246, align 8
  store i64 %247, i64* %lowEnd, align 8
  %248 = getelementptr i64, i64* %regs, i64 8
  %249 = load i64, i64* %248, align 8
  store i64 %249, i64* %highEnd, align 8
  %250 = load i32, i32* %args_kp, align 4
  %251 = sub i32 %241, %250
  store i32 %251, i32* %args_klen, align 4
  br label %join26

match5:                                           ; preds = %join32, %then34
  %252 = load i32, i32* %result, align 4
  store i32 %252, i32* %args_c, align 4
  %253 = load i32, i32* %args_mark, align 4
  %254 = zext i32 %253 to i64
  %255 = getelementptr i64, i64* %regs, i64 1
  store i64 %254, i64* %255, align 8
  br label %ws7

then30:                                           ; preds = %join26
  %256 = load i32, i32* %args_kp, align 4
  %257 = zext i32 %256 to i64
  %258 = add i64 %257, 1
  %259 = icmp ugt i64 %258, %arena_size
  br i1 %259, label %trap17.site0, label %ok33

else31:                                           ; preds = %join26
  br label %join32

join32:                                           ; preds = %else31, %join36
  store i32 -1, i32* %result, align 4
  br label %match5

ok33:                                             ; preds = %then30
  %260 = getelementptr i8, i8* %mem, i64 %257
  %261 = load i8, i8* %260, align 1
  %262 = zext i8 %261 to i32
  %263 = icmp eq i32 %262, 99
  %264 = zext i1 %263 to i32
  %265 = icmp ne i32 %264, 0
  br i1 %265, label %then34, label %else35

then34:                                           ; preds = %ok33
  store i32 0, i32* %result, align 4
  br label %match5

else35:                                           ; preds = %ok33
  br label %join36

join36:                                           ; preds = %else35, %dead37
  br label %join32

dead37:                                           ; No predecessors!
  br label %join36

ws_done6:                                         ; preds = %dead42, %ok40, %ok38
  %266 = load i32, i32* %args_pos, align 4
  %267 = add i32 %266, 1
  store i32 %267, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont41, %match5
  %268 = load i64, i64* %fuel, align 8
  %269 = icmp ult i64 %268, 1
  br i1 %269, label %trap14.site0, label %ok38

ok38:                                             ; preds = %ws7
  %270 = sub i64 %268, 1
  store i64 %270, i64* %fuel, align 8
  %271 = load i32, i32* %args_pos, align 4
  %272 = load i32, i32* %args_end, align 4
  %273 = icmp uge i32 %271, %272
  %274 = zext i1 %273 to i32
  %275 = icmp ne i32 %274, 0
  br i1 %275, label %ws_done6, label %cont39

cont39:                                           ; preds = %ok38
  %276 = load i32, i32* %args_pos, align 4
  %277 = zext i32 %276 to i64
  %278 = add i64 %277, 1
  %279 = icmp ugt i64 %278, %arena_size
  br i1 %279, label %trap17.site0, label %ok40

ok40:                                             ; preds = %cont39
  %280 = getelementptr i8, i8* %mem, i64 %277
  %281 = load i8, i8* %280, align 1
  %282 = zext i8 %281 to i32
  store i32 %282, i32* %ws, align 4
  %283 = load i32, i32* %ws, align 4
  %284 = icmp ule i32 %283, 32
  %285 = zext i1 %284 to i32
  %286 = icmp eq i32 %285, 0
  %287 = zext i1 %286 to i32
  %288 = icmp ne i32 %287, 0
  br i1 %288, label %ws_done6, label %cont41

cont41:                                           ; preds = %ok40
  %289 = load i32, i32* %args_pos, align 4
  %290 = add i32 %289, 1
  store i32 %290, i32* %args_pos, align 4
  br label %ws7

dead42:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead47, %ok45, %ok43
  %291 = load i32, i32* %args_c, align 4
  switch i32 %291, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont46, %ws_done6
  %292 = load i64, i64* %fuel, align 8
  %293 = icmp ult i64 %292, 1
  br i1 %293, label %trap14.site0, label %ok43

ok43:                                             ; preds = %ws9
  %294 = sub i64 %292, 1
  store i64 %294, i64* %fuel, align 8
  %295 = load i32, i32* %args_pos, align 4
  %296 = load i32, i32* %args_end, align 4
  %297 = icmp uge i32 %295, %296
  %298 = zext i1 %297 to i32
  %299 = icmp ne i32 %298, 0
  br i1 %299, label %ws_done8, label %cont44

cont44:                                           ; preds = %ok43
  %300 = load i32, i32* %args_pos, align 4
  %301 = zext i32 %300 to i64
  %302 = add i64 %301, 1
  %303 = icmp ugt i64 %302, %arena_size
  br i1 %303, label %trap17.site0, label %ok45

ok45:                                             ; preds = %cont44
  %304 = getelementptr i8, i8* %mem, i64 %301
  %305 = load i8, i8* %304, align 1
  %306 = zext i8 %305 to i32
  store i32 %306, i32* %ws, align 4
  %307 = load i32, i32* %ws, align 4
  %308 = icmp ule i32 %307, 32
  %309 = zext i1 %308 to i32
  %310 = icmp eq i32 %309, 0
  %311 = zext i1 %310 to i32
  %312 = icmp ne i32 %311, 0
  br i1 %312, label %ws_done8, label %cont46

cont46:                                           ; preds = %ok45
  %313 = load i32, i32* %args_pos, align 4
  %314 = add i32 %313, 1
  store i32 %314, i32* %args_pos, align 4
  br label %ws9

dead47:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok58, %join53
  br label %ws14

default11:                                        ; preds = %dead56, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %315 = load i32, i32* %args_pos, align 4
  %316 = load i32, i32* %args_end, align 4
  %317 = icmp uge i32 %depth, 1000
  br i1 %317, label %trap15.site0, label %ok57

case12:                                           ; preds = %dead48, %ws_done8
  %318 = load i32, i32* %args_pos, align 4
  %319 = load i32, i32* %args_end, align 4
  %320 = load i32, i32* %arg0_cell, align 4
  %321 = icmp uge i32 %depth, 1000
  br i1 %321, label %trap15.site0, label %ok49

dead48:                                           ; No predecessors!
  br label %case12

ok49:                                             ; preds = %case12
  %322 = icmp ult i64 %10, %stack_limit
  br i1 %322, label %trap253.site0, label %stack_ok50

stack_ok50:                                       ; preds = %ok49
  %323 = load i64, i64* %fuel, align 8
  %324 = getelementptr i64, i64* %regs, i64 0
  store i64 %323, i64* %324, align 8
  %325 = load i64, i64* %lowStart, align 8
  %326 = getelementptr i64, i64* %regs, i64 6
  store i64 %325, i64* %326, align 8
  %327 = load i64, i64* %lowEnd, align 8
  %328 = getelementptr i64, i64* %regs, i64 7
  store i64 %327, i64* %328, align 8
  %329 = load i64, i64* %highEnd, align 8
  %330 = getelementptr i64, i64* %regs, i64 8
  store i64 %329, i64* %330, align 8
  %331 = add i32 %depth, 1
  %332 = call i32 @m0.codec.dec.record.0(i64* %regs, i8* %mem, i32 %331, i32 %318, i32 %319, i32 %320)
  %333 = getelementptr i64, i64* %regs, i64 0
  %334 = load i64, i64* %333, align 8
  store i64 %334, i64* %fuel, align 8
  %335 = getelementptr i64, i64* %regs, i64 6
  %336 = load i64, i64* %335, align 8
  store i64 %336, i64* %lowStart, align 8
  %337 = getelementptr i64, i64* %regs, i64 7
  %338 = load i64, i64* %337, align 8
  store i64 %338, i64* %lowEnd, align 8
  %339 = getelementptr i64, i64* %regs, i64 8
  %340 = load i64, i64* %339, align 8
  store i64 %340, i64* %highEnd, align 8
  store i32 %332, i32* %args_r, align 4
  %341 = load i32, i32* %args_r, align 4
  %342 = icmp slt i32 %341, 0
  %343 = zext i1 %342 to i32
  %344 = icmp ne i32 %343, 0
  br i1 %344, label %then51, label %else52

then51:                                           ; preds = %stack_ok50
  store i32 2, i32* %arg0_state, align 4
  %345 = load i32, i32* %args_mark, align 4
  %346 = zext i32 %345 to i64
  %347 = getelementptr i64, i64* %regs, i64 1
  store i64 %346, i64* %347, align 8
  %348 = load i32, i32* %args_pos, align 4
  %349 = load i32, i32* %args_end, align 4
  %350 = icmp uge i32 %depth, 1000
  br i1 %350, label %trap15.site0, label %ok54

else52:                                           ; preds = %stack_ok50
  store i32 1, i32* %arg0_state, align 4
  %351 = load i32, i32* %args_r, align 4
  store i32 %351, i32* %args_pos, align 4
  br label %join53

join53:                                           ; preds = %else52, %stack_ok55
  br label %switch10

ok54:                                             ; preds = %then51
  %352 = icmp ult i64 %10, %stack_limit
  br i1 %352, label %trap253.site0, label %stack_ok55

stack_ok55:                                       ; preds = %ok54
  %353 = load i64, i64* %fuel, align 8
  %354 = getelementptr i64, i64* %regs, i64 0
  store i64 %353, i64* %354, align 8
  %355 = load i64, i64* %lowStart, align 8
  %356 = getelementptr i64, i64* %regs, i64 6
  store i64 %355, i64* %356, align 8
  %357 = load i64, i64* %lowEnd, align 8
  %358 = getelementptr i64, i64* %regs, i64 7
  store i64 %357, i64* %358, align 8
  %359 = load i64, i64* %highEnd, align 8
  %360 = getelementptr i64, i64* %regs, i64 8
  store i64 %359, i64* %360, align 8
  %361 = add i32 %depth, 1
  %362 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %361, i32 %348, i32 %349)
  %363 = getelementptr i64, i64* %regs, i64 0
  %364 = load i64, i64* %363, align 8
  store i64 %364, i64* %fuel, align 8
  %365 = getelementptr i64, i64* %regs, i64 6
  %366 = load i64, i64* %365, align 8
  store i64 %366, i64* %lowStart, align 8
  %367 = getelementptr i64, i64* %regs, i64 7
  %368 = load i64, i64* %367, align 8
  store i64 %368, i64* %lowEnd, align 8
  %369 = getelementptr i64, i64* %regs, i64 8
  %370 = load i64, i64* %369, align 8
  store i64 %370, i64* %highEnd, align 8
  store i32 %362, i32* %args_pos, align 4
  br label %join53

dead56:                                           ; No predecessors!
  br label %default11

ok57:                                             ; preds = %default11
  %371 = icmp ult i64 %10, %stack_limit
  br i1 %371, label %trap253.site0, label %stack_ok58

stack_ok58:                                       ; preds = %ok57
  %372 = load i64, i64* %fuel, align 8
  %373 = getelementptr i64, i64* %regs, i64 0
  store i64 %372, i64* %373, align 8
  %374 = load i64, i64* %lowStart, align 8
  %375 = getelementptr i64, i64* %regs, i64 6
  store i64 %374, i64* %375, align 8
  %376 = load i64, i64* %lowEnd, align 8
  %377 = getelementptr i64, i64* %regs, i64 7
  store i64 %376, i64* %377, align 8
  %378 = load i64, i64* %highEnd, align 8
  %379 = getelementptr i64, i64* %regs, i64 8
  store i64 %378, i64* %379, align 8
  %380 = add i32 %depth, 1
  %381 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %380, i32 %315, i32 %316)
  %382 = getelementptr i64, i64* %regs, i64 0
  %383 = load i64, i64* %382, align 8
  store i64 %383, i64* %fuel, align 8
  %384 = getelementptr i64, i64* %regs, i64 6
  %385 = load i64, i64* %384, align 8
  store i64 %385, i64* %lowStart, align 8
  %386 = getelementptr i64, i64* %regs, i64 7
  %387 = load i64, i64* %386, align 8
  store i64 %387, i64* %lowEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 8
  %389 = load i64, i64* %388, align 8
  store i64 %389, i64* %highEnd, align 8
  store i32 %381, i32* %args_pos, align 4
  br label %switch10

ws_done13:                                        ; preds = %dead63, %ok61, %ok59
  %390 = load i32, i32* %args_pos, align 4
  %391 = zext i32 %390 to i64
  %392 = add i64 %391, 1
  %393 = icmp ugt i64 %392, %arena_size
  br i1 %393, label %trap17.site0, label %ok64

ws14:                                             ; preds = %cont62, %switch10
  %394 = load i64, i64* %fuel, align 8
  %395 = icmp ult i64 %394, 1
  br i1 %395, label %trap14.site0, label %ok59

ok59:                                             ; preds = %ws14
  %396 = sub i64 %394, 1
  store i64 %396, i64* %fuel, align 8
  %397 = load i32, i32* %args_pos, align 4
  %398 = load i32, i32* %args_end, align 4
  %399 = icmp uge i32 %397, %398
  %400 = zext i1 %399 to i32
  %401 = icmp ne i32 %400, 0
  br i1 %401, label %ws_done13, label %cont60

cont60:                                           ; preds = %ok59
  %402 = load i32, i32* %args_pos, align 4
  %403 = zext i32 %402 to i64
  %404 = add i64 %403, 1
  %405 = icmp ugt i64 %404, %arena_size
  br i1 %405, label %trap17.site0, label %ok61

ok61:                                             ; preds = %cont60
  %406 = getelementptr i8, i8* %mem, i64 %403
  %407 = load i8, i8* %406, align 1
  %408 = zext i8 %407 to i32
  store i32 %408, i32* %ws, align 4
  %409 = load i32, i32* %ws, align 4
  %410 = icmp ule i32 %409, 32
  %411 = zext i1 %410 to i32
  %412 = icmp eq i32 %411, 0
  %413 = zext i1 %412 to i32
  %414 = icmp ne i32 %413, 0
  br i1 %414, label %ws_done13, label %cont62

cont62:                                           ; preds = %ok61
  %415 = load i32, i32* %args_pos, align 4
  %416 = add i32 %415, 1
  store i32 %416, i32* %args_pos, align 4
  br label %ws14

dead63:                                           ; No predecessors!
  br label %ws_done13

ok64:                                             ; preds = %ws_done13
  %417 = getelementptr i8, i8* %mem, i64 %391
  %418 = load i8, i8* %417, align 1
  %419 = zext i8 %418 to i32
  store i32 %419, i32* %args_c, align 4
  %420 = load i32, i32* %args_pos, align 4
  %421 = add i32 %420, 1
  store i32 %421, i32* %args_pos, align 4
  %422 = load i32, i32* %args_c, align 4
  %423 = icmp eq i32 %422, 44
  %424 = zext i1 %423 to i32
  %425 = icmp ne i32 %424, 0
  br i1 %425, label %then65, label %else66

then65:                                           ; preds = %ok64
  br label %ws16

else66:                                           ; preds = %ok64
  br label %join67

join67:                                           ; preds = %else66, %dead73
  br label %join20

ws_done15:                                        ; preds = %dead72, %ok70, %ok68
  br label %args4

ws16:                                             ; preds = %cont71, %then65
  %426 = load i64, i64* %fuel, align 8
  %427 = icmp ult i64 %426, 1
  br i1 %427, label %trap14.site0, label %ok68

ok68:                                             ; preds = %ws16
  %428 = sub i64 %426, 1
  store i64 %428, i64* %fuel, align 8
  %429 = load i32, i32* %args_pos, align 4
  %430 = load i32, i32* %args_end, align 4
  %431 = icmp uge i32 %429, %430
  %432 = zext i1 %431 to i32
  %433 = icmp ne i32 %432, 0
  br i1 %433, label %ws_done15, label %cont69

cont69:                                           ; preds = %ok68
  %434 = load i32, i32* %args_pos, align 4
  %435 = zext i32 %434 to i64
  %436 = add i64 %435, 1
  %437 = icmp ugt i64 %436, %arena_size
  br i1 %437, label %trap17.site0, label %ok70

ok70:                                             ; preds = %cont69
  %438 = getelementptr i8, i8* %mem, i64 %435
  %439 = load i8, i8* %438, align 1
  %440 = zext i8 %439 to i32
  store i32 %440, i32* %ws, align 4
  %441 = load i32, i32* %ws, align 4
  %442 = icmp ule i32 %441, 32
  %443 = zext i1 %442 to i32
  %444 = icmp eq i32 %443, 0
  %445 = zext i1 %444 to i32
  %446 = icmp ne i32 %445, 0
  br i1 %446, label %ws_done15, label %cont71

cont71:                                           ; preds = %ok70
  %447 = load i32, i32* %args_pos, align 4
  %448 = add i32 %447, 1
  store i32 %448, i32* %args_pos, align 4
  br label %ws16

dead72:                                           ; No predecessors!
  br label %ws_done15

dead73:                                           ; No predecessors!
  br label %join67

then74:                                           ; preds = %join20
  br label %trap9.site2

else75:                                           ; preds = %join20
  br label %join76

join76:                                           ; preds = %else75, %dead77
  %449 = load i32, i32* %arg0_state, align 4
  %450 = icmp eq i32 %449, 2
  %451 = zext i1 %450 to i32
  %452 = icmp ne i32 %451, 0
  br i1 %452, label %then78, label %else79

trap9.site2:                                      ; preds = %then74
  %453 = load i64, i64* %lowStart, align 8
  %454 = getelementptr i64, i64* %regs, i64 6
  store i64 %453, i64* %454, align 8
  %455 = load i64, i64* %lowEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 7
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %highEnd, align 8
  %458 = getelementptr i64, i64* %regs, i64 8
  store i64 %457, i64* %458, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead77:                                           ; No predecessors!
  br label %join76

then78:                                           ; preds = %join76
  br label %trap11.site2

else79:                                           ; preds = %join76
  br label %join80

join80:                                           ; preds = %else79, %dead81
  %459 = load i32, i32* %arg0_cell, align 4
  %460 = zext i32 %459 to i64
  %461 = add i64 %460, 4
  %462 = icmp ugt i64 %461, %arena_size
  br i1 %462, label %trap17.site0, label %ok82

trap11.site2:                                     ; preds = %then85, %then78
  %463 = load i64, i64* %lowStart, align 8
  %464 = getelementptr i64, i64* %regs, i64 6
  store i64 %463, i64* %464, align 8
  %465 = load i64, i64* %lowEnd, align 8
  %466 = getelementptr i64, i64* %regs, i64 7
  store i64 %465, i64* %466, align 8
  %467 = load i64, i64* %highEnd, align 8
  %468 = getelementptr i64, i64* %regs, i64 8
  store i64 %467, i64* %468, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead81:                                           ; No predecessors!
  br label %join80

ok82:                                             ; preds = %join80
  %469 = getelementptr i8, i8* %mem, i64 %460
  %470 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %470, i8* %469, i64 4, i1 false)
  %471 = load i32, i32* %unaligned, align 4
  store i32 %471, i32* %arg, align 4
  %472 = load i32, i32* %arg, align 4
  %473 = icmp uge i32 %depth, 1000
  br i1 %473, label %trap15.site2, label %ok83

ok83:                                             ; preds = %ok82
  %474 = icmp ult i64 %10, %stack_limit
  br i1 %474, label %trap253.site0, label %stack_ok84

trap15.site2:                                     ; preds = %ok82
  %475 = load i64, i64* %lowStart, align 8
  %476 = getelementptr i64, i64* %regs, i64 6
  store i64 %475, i64* %476, align 8
  %477 = load i64, i64* %lowEnd, align 8
  %478 = getelementptr i64, i64* %regs, i64 7
  store i64 %477, i64* %478, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = getelementptr i64, i64* %regs, i64 8
  store i64 %479, i64* %480, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 2)
  unreachable

stack_ok84:                                       ; preds = %ok83
  %481 = load i64, i64* %fuel, align 8
  %482 = getelementptr i64, i64* %regs, i64 0
  store i64 %481, i64* %482, align 8
  %483 = load i64, i64* %lowStart, align 8
  %484 = getelementptr i64, i64* %regs, i64 6
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %lowEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 7
  store i64 %485, i64* %486, align 8
  %487 = load i64, i64* %highEnd, align 8
  %488 = getelementptr i64, i64* %regs, i64 8
  store i64 %487, i64* %488, align 8
  %489 = add i32 %depth, 1
  %490 = call i32 @m0.validate.Customer(i64* %regs, i8* %mem, i32 %489, i32 %472)
  %491 = getelementptr i64, i64* %regs, i64 0
  %492 = load i64, i64* %491, align 8
  store i64 %492, i64* %fuel, align 8
  %493 = getelementptr i64, i64* %regs, i64 6
  %494 = load i64, i64* %493, align 8
  store i64 %494, i64* %lowStart, align 8
  %495 = getelementptr i64, i64* %regs, i64 7
  %496 = load i64, i64* %495, align 8
  store i64 %496, i64* %lowEnd, align 8
  %497 = getelementptr i64, i64* %regs, i64 8
  %498 = load i64, i64* %497, align 8
  store i64 %498, i64* %highEnd, align 8
  %499 = icmp eq i32 %490, 0
  %500 = zext i1 %499 to i32
  %501 = icmp ne i32 %500, 0
  br i1 %501, label %then85, label %else86

then85:                                           ; preds = %stack_ok84
  br label %trap11.site2

else86:                                           ; preds = %stack_ok84
  br label %join87

join87:                                           ; preds = %else86, %dead88
  %502 = load i32, i32* %args_unexpected, align 4
  %503 = icmp ne i32 %502, 0
  br i1 %503, label %then89, label %else90

dead88:                                           ; No predecessors!
  br label %join87

then89:                                           ; preds = %join87
  br label %trap10.site1

else90:                                           ; preds = %join87
  br label %join91

join91:                                           ; preds = %else90, %dead92
  %504 = getelementptr i64, i64* %regs, i64 1
  %505 = getelementptr i64, i64* %regs, i64 2
  %506 = load i64, i64* %504, align 8
  %507 = add i64 %506, 7
  %508 = and i64 %507, -8
  %509 = add i64 %508, 8
  %510 = load i64, i64* %505, align 8
  %511 = icmp ugt i64 %509, %510
  br i1 %511, label %trap15.site1, label %ok93

trap10.site1:                                     ; preds = %then89
  %512 = load i64, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  store i64 %516, i64* %517, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead92:                                           ; No predecessors!
  br label %join91

ok93:                                             ; preds = %join91
  store i64 %509, i64* %504, align 8
  %518 = load i64, i64* %highEnd, align 8
  %519 = call i64 @llvm.umax.i64(i64 %518, i64 %509)
  store i64 %519, i64* %highEnd, align 8
  %520 = trunc i64 %508 to i32
  store i32 %520, i32* %args_out, align 4
  %521 = load i32, i32* %args_out, align 4
  %522 = load i32, i32* %arg, align 4
  %523 = zext i32 %521 to i64
  %524 = add i64 %523, 4
  %525 = icmp uge i64 %523, %scratch_start
  %526 = load i64, i64* %highEnd, align 8
  %527 = icmp ule i64 %524, %526
  %528 = and i1 %525, %527
  br i1 %528, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join91
  %529 = load i64, i64* %lowStart, align 8
  %530 = getelementptr i64, i64* %regs, i64 6
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %lowEnd, align 8
  %532 = getelementptr i64, i64* %regs, i64 7
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %highEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 8
  store i64 %533, i64* %534, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok93
  %535 = load i64, i64* %lowStart, align 8
  %536 = icmp uge i64 %523, %535
  %537 = load i64, i64* %lowEnd, align 8
  %538 = icmp ule i64 %524, %537
  %539 = and i1 %536, %538
  br i1 %539, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %540 = icmp ugt i64 %524, %arena_size
  br i1 %540, label %trap17.site0, label %ok94

write.ok:                                         ; preds = %ok94, %write.low, %ok93
  %541 = getelementptr i8, i8* %mem, i64 %523
  store i32 %522, i32* %unaligned95, align 4
  %542 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %541, i8* %542, i64 4, i1 false)
  %543 = load i32, i32* %args_out, align 4
  %544 = load i64, i64* %fuel, align 8
  %545 = getelementptr i64, i64* %regs, i64 0
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %lowStart, align 8
  %547 = getelementptr i64, i64* %regs, i64 6
  store i64 %546, i64* %547, align 8
  %548 = load i64, i64* %lowEnd, align 8
  %549 = getelementptr i64, i64* %regs, i64 7
  store i64 %548, i64* %549, align 8
  %550 = load i64, i64* %highEnd, align 8
  %551 = getelementptr i64, i64* %regs, i64 8
  store i64 %550, i64* %551, align 8
  ret i32 %543

ok94:                                             ; preds = %write.slow
  %552 = icmp ult i64 %523, %scratch_start
  %553 = load i64, i64* %lowStart, align 8
  %554 = call i64 @llvm.umin.i64(i64 %553, i64 %523)
  %555 = load i64, i64* %lowEnd, align 8
  %556 = load i64, i64* %highEnd, align 8
  %557 = add i64 %524, 64
  %558 = sub i64 %524, %554
  %559 = lshr i64 %558, 4
  %560 = add i64 %557, %559
  %561 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %560)
  %562 = call i64 @llvm.umax.i64(i64 %555, i64 %561)
  %563 = select i1 %552, i64 %562, i64 %555
  store i64 %563, i64* %lowEnd, align 8
  %564 = add i64 %524, 64
  %565 = sub i64 %524, %scratch_start
  %566 = lshr i64 %565, 4
  %567 = add i64 %564, %566
  %568 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %567)
  %569 = call i64 @llvm.umax.i64(i64 %556, i64 %568)
  %570 = select i1 %552, i64 %556, i64 %569
  store i64 %570, i64* %highEnd, align 8
  store i64 %554, i64* %lowStart, align 8
  br label %write.ok
}

define internal i32 @m0.conv.Address(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
entry:
  %v = alloca i32, align 4
  store i32 %v.arg, i32* %v, align 4
  %out = alloca i32, align 4
  store i32 0, i32* %out, align 4
  %f.zip = alloca i32, align 4
  store i32 0, i32* %f.zip, align 4
  %f.city = alloca i32, align 4
  store i32 0, i32* %f.city, align 4
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
  %unaligned3 = alloca i32, align 4
  %unaligned6 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = load i32, i32* %v, align 4
  %16 = zext i32 %15 to i64
  %17 = add i64 %16, 4
  %18 = icmp ugt i64 %17, %arena_size
  br i1 %18, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  %19 = load i64, i64* %lowStart, align 8
  %20 = getelementptr i64, i64* %regs, i64 6
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %lowEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 7
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %highEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 8
  store i64 %23, i64* %24, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %25 = getelementptr i8, i8* %mem, i64 %16
  %26 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %26, i8* %25, i64 4, i1 false)
  %27 = load i32, i32* %unaligned, align 4
  store i32 %27, i32* %f.zip, align 4
  %28 = load i32, i32* %v, align 4
  %29 = zext i32 %28 to i64
  %30 = add i64 %29, 4
  %31 = add i64 %30, 4
  %32 = icmp ugt i64 %31, %arena_size
  br i1 %32, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %write.slow8, %write.slow, %ok1, %ok
  %33 = load i64, i64* %lowStart, align 8
  %34 = getelementptr i64, i64* %regs, i64 6
  store i64 %33, i64* %34, align 8
  %35 = load i64, i64* %lowEnd, align 8
  %36 = getelementptr i64, i64* %regs, i64 7
  store i64 %35, i64* %36, align 8
  %37 = load i64, i64* %highEnd, align 8
  %38 = getelementptr i64, i64* %regs, i64 8
  store i64 %37, i64* %38, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %39 = getelementptr i8, i8* %mem, i64 %30
  %40 = bitcast i32* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %40, i8* %39, i64 4, i1 false)
  %41 = load i32, i32* %unaligned3, align 4
  store i32 %41, i32* %f.city, align 4
  %42 = getelementptr i64, i64* %regs, i64 1
  %43 = getelementptr i64, i64* %regs, i64 2
  %44 = load i64, i64* %42, align 8
  %45 = add i64 %44, 3
  %46 = and i64 %45, -4
  %47 = add i64 %46, 8
  %48 = load i64, i64* %43, align 8
  %49 = icmp ugt i64 %47, %48
  br i1 %49, label %trap15.site0, label %ok4

ok4:                                              ; preds = %ok2
  store i64 %47, i64* %42, align 8
  %50 = load i64, i64* %highEnd, align 8
  %51 = call i64 @llvm.umax.i64(i64 %50, i64 %47)
  store i64 %51, i64* %highEnd, align 8
  %52 = trunc i64 %46 to i32
  store i32 %52, i32* %out, align 4
  %53 = load i32, i32* %out, align 4
  %54 = load i32, i32* %f.zip, align 4
  %55 = zext i32 %53 to i64
  %56 = add i64 %55, 4
  %57 = icmp uge i64 %55, %scratch_start
  %58 = load i64, i64* %highEnd, align 8
  %59 = icmp ule i64 %56, %58
  %60 = and i1 %57, %59
  br i1 %60, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %write.ok9, %ok2
  %61 = load i64, i64* %lowStart, align 8
  %62 = getelementptr i64, i64* %regs, i64 6
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %lowEnd, align 8
  %64 = getelementptr i64, i64* %regs, i64 7
  store i64 %63, i64* %64, align 8
  %65 = load i64, i64* %highEnd, align 8
  %66 = getelementptr i64, i64* %regs, i64 8
  store i64 %65, i64* %66, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

write.low:                                        ; preds = %ok4
  %67 = load i64, i64* %lowStart, align 8
  %68 = icmp uge i64 %55, %67
  %69 = load i64, i64* %lowEnd, align 8
  %70 = icmp ule i64 %56, %69
  %71 = and i1 %68, %70
  br i1 %71, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %72 = icmp ugt i64 %56, %arena_size
  br i1 %72, label %trap17.site0, label %ok5

write.ok:                                         ; preds = %ok5, %write.low, %ok4
  %73 = getelementptr i8, i8* %mem, i64 %55
  store i32 %54, i32* %unaligned6, align 4
  %74 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %73, i8* %74, i64 4, i1 false)
  %75 = load i32, i32* %out, align 4
  %76 = load i32, i32* %f.city, align 4
  %77 = zext i32 %75 to i64
  %78 = add i64 %77, 4
  %79 = add i64 %78, 4
  %80 = icmp uge i64 %78, %scratch_start
  %81 = load i64, i64* %highEnd, align 8
  %82 = icmp ule i64 %79, %81
  %83 = and i1 %80, %82
  br i1 %83, label %write.ok9, label %write.low7

ok5:                                              ; preds = %write.slow
  %84 = icmp ult i64 %55, %scratch_start
  %85 = load i64, i64* %lowStart, align 8
  %86 = call i64 @llvm.umin.i64(i64 %85, i64 %55)
  %87 = load i64, i64* %lowEnd, align 8
  %88 = load i64, i64* %highEnd, align 8
  %89 = add i64 %56, 64
  %90 = sub i64 %56, %86
  %91 = lshr i64 %90, 4
  %92 = add i64 %89, %91
  %93 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %92)
  %94 = call i64 @llvm.umax.i64(i64 %87, i64 %93)
  %95 = select i1 %84, i64 %94, i64 %87
  store i64 %95, i64* %lowEnd, align 8
  %96 = add i64 %56, 64
  %97 = sub i64 %56, %scratch_start
  %98 = lshr i64 %97, 4
  %99 = add i64 %96, %98
  %100 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %99)
  %101 = call i64 @llvm.umax.i64(i64 %88, i64 %100)
  %102 = select i1 %84, i64 %88, i64 %101
  store i64 %102, i64* %highEnd, align 8
  store i64 %86, i64* %lowStart, align 8
  br label %write.ok

write.low7:                                       ; preds = %write.ok
  %103 = load i64, i64* %lowStart, align 8
  %104 = icmp uge i64 %78, %103
  %105 = load i64, i64* %lowEnd, align 8
  %106 = icmp ule i64 %79, %105
  %107 = and i1 %104, %106
  br i1 %107, label %write.ok9, label %write.slow8

write.slow8:                                      ; preds = %write.low7
  %108 = icmp ugt i64 %79, %arena_size
  br i1 %108, label %trap17.site0, label %ok10

write.ok9:                                        ; preds = %ok10, %write.low7, %write.ok
  %109 = getelementptr i8, i8* %mem, i64 %78
  store i32 %76, i32* %unaligned11, align 4
  %110 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %109, i8* %110, i64 4, i1 false)
  %111 = load i32, i32* %f.zip, align 4
  %112 = icmp uge i32 %depth, 1000
  br i1 %112, label %trap15.site0, label %ok12

ok10:                                             ; preds = %write.slow8
  %113 = icmp ult i64 %78, %scratch_start
  %114 = load i64, i64* %lowStart, align 8
  %115 = call i64 @llvm.umin.i64(i64 %114, i64 %78)
  %116 = load i64, i64* %lowEnd, align 8
  %117 = load i64, i64* %highEnd, align 8
  %118 = add i64 %79, 64
  %119 = sub i64 %79, %115
  %120 = lshr i64 %119, 4
  %121 = add i64 %118, %120
  %122 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %121)
  %123 = call i64 @llvm.umax.i64(i64 %116, i64 %122)
  %124 = select i1 %113, i64 %123, i64 %116
  store i64 %124, i64* %lowEnd, align 8
  %125 = add i64 %79, 64
  %126 = sub i64 %79, %scratch_start
  %127 = lshr i64 %126, 4
  %128 = add i64 %125, %127
  %129 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %128)
  %130 = call i64 @llvm.umax.i64(i64 %117, i64 %129)
  %131 = select i1 %113, i64 %117, i64 %130
  store i64 %131, i64* %highEnd, align 8
  store i64 %115, i64* %lowStart, align 8
  br label %write.ok9

ok12:                                             ; preds = %write.ok9
  %132 = icmp ult i64 %10, %stack_limit
  br i1 %132, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %ok12
  %133 = load i64, i64* %fuel, align 8
  %134 = getelementptr i64, i64* %regs, i64 0
  store i64 %133, i64* %134, align 8
  %135 = load i64, i64* %lowStart, align 8
  %136 = getelementptr i64, i64* %regs, i64 6
  store i64 %135, i64* %136, align 8
  %137 = load i64, i64* %lowEnd, align 8
  %138 = getelementptr i64, i64* %regs, i64 7
  store i64 %137, i64* %138, align 8
  %139 = load i64, i64* %highEnd, align 8
  %140 = getelementptr i64, i64* %regs, i64 8
  store i64 %139, i64* %140, align 8
  %141 = add i32 %depth, 1
  %142 = call i32 @m0.pred.Address.zip(i64* %regs, i8* %mem, i32 %141, i32 0, i32 %111)
  %143 = getelementptr i64, i64* %regs, i64 0
  %144 = load i64, i64* %143, align 8
  store i64 %144, i64* %fuel, align 8
  %145 = getelementptr i64, i64* %regs, i64 6
  %146 = load i64, i64* %145, align 8
  store i64 %146, i64* %lowStart, align 8
  %147 = getelementptr i64, i64* %regs, i64 7
  %148 = load i64, i64* %147, align 8
  store i64 %148, i64* %lowEnd, align 8
  %149 = getelementptr i64, i64* %regs, i64 8
  %150 = load i64, i64* %149, align 8
  store i64 %150, i64* %highEnd, align 8
  %151 = icmp eq i32 %142, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then, label %else

trap253.site0:                                    ; preds = %ok12
  %154 = load i64, i64* %lowStart, align 8
  %155 = getelementptr i64, i64* %regs, i64 6
  store i64 %154, i64* %155, align 8
  %156 = load i64, i64* %lowEnd, align 8
  %157 = getelementptr i64, i64* %regs, i64 7
  store i64 %156, i64* %157, align 8
  %158 = load i64, i64* %highEnd, align 8
  %159 = getelementptr i64, i64* %regs, i64 8
  store i64 %158, i64* %159, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %160 = load i64, i64* %fuel, align 8
  %161 = getelementptr i64, i64* %regs, i64 0
  store i64 %160, i64* %161, align 8
  %162 = load i64, i64* %lowStart, align 8
  %163 = getelementptr i64, i64* %regs, i64 6
  store i64 %162, i64* %163, align 8
  %164 = load i64, i64* %lowEnd, align 8
  %165 = getelementptr i64, i64* %regs, i64 7
  store i64 %164, i64* %165, align 8
  %166 = load i64, i64* %highEnd, align 8
  %167 = getelementptr i64, i64* %regs, i64 8
  store i64 %166, i64* %167, align 8
  ret i32 -1

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %168 = load i32, i32* %out, align 4
  %169 = load i64, i64* %fuel, align 8
  %170 = getelementptr i64, i64* %regs, i64 0
  store i64 %169, i64* %170, align 8
  %171 = load i64, i64* %lowStart, align 8
  %172 = getelementptr i64, i64* %regs, i64 6
  store i64 %171, i64* %172, align 8
  %173 = load i64, i64* %lowEnd, align 8
  %174 = getelementptr i64, i64* %regs, i64 7
  store i64 %173, i64* %174, align 8
  %175 = load i64, i64* %highEnd, align 8
  %176 = getelementptr i64, i64* %regs, i64 8
  store i64 %175, i64* %176, align 8
  ret i32 %168

dead:                                             ; No predecessors!
  br label %join
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
  %c = alloca i32, align 4
  store i32 0, i32* %c, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %zip = alloca i32, align 4
  store i32 0, i32* %zip, align 4
  %city = alloca i32, align 4
  store i32 0, i32* %city, align 4
  %conv = alloca i32, align 4
  store i32 0, i32* %conv, align 4
  %home = alloca i32, align 4
  store i32 0, i32* %home, align 4
  %who = alloca i32, align 4
  store i32 0, i32* %who, align 4
  %credit = alloca i64, align 8
  store i64 0, i64* %credit, align 8
  %same_city = alloca i32, align 4
  store i32 0, i32* %same_city, align 4
  %copy = alloca i32, align 4
  store i32 0, i32* %copy, align 4
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
  %result3 = alloca i32, align 4
  %unaligned7 = alloca i32, align 4
  %unaligned12 = alloca i32, align 4
  %unaligned17 = alloca i32, align 4
  %result18 = alloca i32, align 4
  %result19 = alloca i32, align 4
  %unaligned25 = alloca i32, align 4
  %unaligned30 = alloca i32, align 4
  %unaligned37 = alloca i32, align 4
  %unaligned44 = alloca i32, align 4
  %unaligned46 = alloca i64, align 8
  %unaligned51 = alloca i64, align 8
  %unaligned53 = alloca i32, align 4
  %unaligned55 = alloca i32, align 4
  %unaligned57 = alloca i32, align 4
  %unaligned68 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %body
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

trap253.site0:                                    ; preds = %ok69, %ok58, %ok38, %ok31, %ok1
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
  store i32 %61, i32* %c, align 4
  %62 = getelementptr i64, i64* %regs, i64 1
  %63 = getelementptr i64, i64* %regs, i64 2
  %64 = load i64, i64* %62, align 8
  %65 = add i64 %64, 7
  %66 = and i64 %65, -8
  %67 = add i64 %66, 32
  %68 = load i64, i64* %63, align 8
  %69 = icmp ugt i64 %67, %68
  br i1 %69, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %write.slow65, %write.slow61, %write.slow48, %write.slow41, %write.slow34, %write.slow27, %write.slow22, %write.slow14, %write.slow9, %write.slow, %stack_ok
  %70 = load i64, i64* %lowStart, align 8
  %71 = getelementptr i64, i64* %regs, i64 6
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %lowEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 7
  store i64 %72, i64* %73, align 8
  %74 = load i64, i64* %highEnd, align 8
  %75 = getelementptr i64, i64* %regs, i64 8
  store i64 %74, i64* %75, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

e0:                                               ; preds = %write.ok66
  %76 = load i32, i32* %result3, align 4
  store i32 %76, i32* %result, align 4
  %77 = load i32, i32* %result, align 4
  store i32 %77, i32* %result.1, align 4
  %78 = getelementptr i64, i64* %regs, i64 3
  %79 = load i64, i64* %78, align 8
  %80 = trunc i64 %79 to i32
  store i32 %80, i32* %json_start, align 4
  %81 = load i32, i32* %result.1, align 4
  %82 = load i32, i32* %json_start, align 4
  %83 = icmp uge i32 %depth, 1000
  br i1 %83, label %trap15.site0, label %ok69

ok4:                                              ; preds = %ok2
  store i64 %67, i64* %62, align 8
  %84 = load i64, i64* %highEnd, align 8
  %85 = call i64 @llvm.umax.i64(i64 %84, i64 %67)
  store i64 %85, i64* %highEnd, align 8
  %86 = trunc i64 %66 to i32
  store i32 %86, i32* %dict, align 4
  %87 = getelementptr i64, i64* %regs, i64 1
  %88 = getelementptr i64, i64* %regs, i64 2
  %89 = load i64, i64* %87, align 8
  %90 = add i64 %89, 3
  %91 = and i64 %90, -4
  %92 = add i64 %91, 8
  %93 = load i64, i64* %88, align 8
  %94 = icmp ugt i64 %92, %93
  br i1 %94, label %trap15.site4, label %ok5

trap15.site3:                                     ; preds = %then75, %ok2
  %95 = load i64, i64* %lowStart, align 8
  %96 = getelementptr i64, i64* %regs, i64 6
  store i64 %95, i64* %96, align 8
  %97 = load i64, i64* %lowEnd, align 8
  %98 = getelementptr i64, i64* %regs, i64 7
  store i64 %97, i64* %98, align 8
  %99 = load i64, i64* %highEnd, align 8
  %100 = getelementptr i64, i64* %regs, i64 8
  store i64 %99, i64* %100, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

ok5:                                              ; preds = %ok4
  store i64 %92, i64* %87, align 8
  %101 = load i64, i64* %highEnd, align 8
  %102 = call i64 @llvm.umax.i64(i64 %101, i64 %92)
  store i64 %102, i64* %highEnd, align 8
  %103 = trunc i64 %91 to i32
  store i32 %103, i32* %closure, align 4
  %104 = load i32, i32* %closure, align 4
  %105 = zext i32 %104 to i64
  %106 = add i64 %105, 4
  %107 = icmp uge i64 %105, %scratch_start
  %108 = load i64, i64* %highEnd, align 8
  %109 = icmp ule i64 %106, %108
  %110 = and i1 %107, %109
  br i1 %110, label %write.ok, label %write.low

trap15.site4:                                     ; preds = %ok4
  %111 = load i64, i64* %lowStart, align 8
  %112 = getelementptr i64, i64* %regs, i64 6
  store i64 %111, i64* %112, align 8
  %113 = load i64, i64* %lowEnd, align 8
  %114 = getelementptr i64, i64* %regs, i64 7
  store i64 %113, i64* %114, align 8
  %115 = load i64, i64* %highEnd, align 8
  %116 = getelementptr i64, i64* %regs, i64 8
  store i64 %115, i64* %116, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

write.low:                                        ; preds = %ok5
  %117 = load i64, i64* %lowStart, align 8
  %118 = icmp uge i64 %105, %117
  %119 = load i64, i64* %lowEnd, align 8
  %120 = icmp ule i64 %106, %119
  %121 = and i1 %118, %120
  br i1 %121, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %122 = icmp ugt i64 %106, %arena_size
  br i1 %122, label %trap17.site0, label %ok6

write.ok:                                         ; preds = %ok6, %write.low, %ok5
  %123 = getelementptr i8, i8* %mem, i64 %105
  store i32 0, i32* %unaligned7, align 4
  %124 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %123, i8* %124, i64 4, i1 false)
  %125 = load i32, i32* %closure, align 4
  %126 = zext i32 %125 to i64
  %127 = add i64 %126, 4
  %128 = add i64 %127, 4
  %129 = icmp uge i64 %127, %scratch_start
  %130 = load i64, i64* %highEnd, align 8
  %131 = icmp ule i64 %128, %130
  %132 = and i1 %129, %131
  br i1 %132, label %write.ok10, label %write.low8

ok6:                                              ; preds = %write.slow
  %133 = icmp ult i64 %105, %scratch_start
  %134 = load i64, i64* %lowStart, align 8
  %135 = call i64 @llvm.umin.i64(i64 %134, i64 %105)
  %136 = load i64, i64* %lowEnd, align 8
  %137 = load i64, i64* %highEnd, align 8
  %138 = add i64 %106, 64
  %139 = sub i64 %106, %135
  %140 = lshr i64 %139, 4
  %141 = add i64 %138, %140
  %142 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %141)
  %143 = call i64 @llvm.umax.i64(i64 %136, i64 %142)
  %144 = select i1 %133, i64 %143, i64 %136
  store i64 %144, i64* %lowEnd, align 8
  %145 = add i64 %106, 64
  %146 = sub i64 %106, %scratch_start
  %147 = lshr i64 %146, 4
  %148 = add i64 %145, %147
  %149 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %148)
  %150 = call i64 @llvm.umax.i64(i64 %137, i64 %149)
  %151 = select i1 %133, i64 %137, i64 %150
  store i64 %151, i64* %highEnd, align 8
  store i64 %135, i64* %lowStart, align 8
  br label %write.ok

write.low8:                                       ; preds = %write.ok
  %152 = load i64, i64* %lowStart, align 8
  %153 = icmp uge i64 %127, %152
  %154 = load i64, i64* %lowEnd, align 8
  %155 = icmp ule i64 %128, %154
  %156 = and i1 %153, %155
  br i1 %156, label %write.ok10, label %write.slow9

write.slow9:                                      ; preds = %write.low8
  %157 = icmp ugt i64 %128, %arena_size
  br i1 %157, label %trap17.site0, label %ok11

write.ok10:                                       ; preds = %ok11, %write.low8, %write.ok
  %158 = getelementptr i8, i8* %mem, i64 %127
  store i32 0, i32* %unaligned12, align 4
  %159 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %158, i8* %159, i64 4, i1 false)
  %160 = load i32, i32* %dict, align 4
  %161 = load i32, i32* %closure, align 4
  %162 = zext i32 %160 to i64
  %163 = add i64 %162, 4
  %164 = icmp uge i64 %162, %scratch_start
  %165 = load i64, i64* %highEnd, align 8
  %166 = icmp ule i64 %163, %165
  %167 = and i1 %164, %166
  br i1 %167, label %write.ok15, label %write.low13

ok11:                                             ; preds = %write.slow9
  %168 = icmp ult i64 %127, %scratch_start
  %169 = load i64, i64* %lowStart, align 8
  %170 = call i64 @llvm.umin.i64(i64 %169, i64 %127)
  %171 = load i64, i64* %lowEnd, align 8
  %172 = load i64, i64* %highEnd, align 8
  %173 = add i64 %128, 64
  %174 = sub i64 %128, %170
  %175 = lshr i64 %174, 4
  %176 = add i64 %173, %175
  %177 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %176)
  %178 = call i64 @llvm.umax.i64(i64 %171, i64 %177)
  %179 = select i1 %168, i64 %178, i64 %171
  store i64 %179, i64* %lowEnd, align 8
  %180 = add i64 %128, 64
  %181 = sub i64 %128, %scratch_start
  %182 = lshr i64 %181, 4
  %183 = add i64 %180, %182
  %184 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %183)
  %185 = call i64 @llvm.umax.i64(i64 %172, i64 %184)
  %186 = select i1 %168, i64 %172, i64 %185
  store i64 %186, i64* %highEnd, align 8
  store i64 %170, i64* %lowStart, align 8
  br label %write.ok10

write.low13:                                      ; preds = %write.ok10
  %187 = load i64, i64* %lowStart, align 8
  %188 = icmp uge i64 %162, %187
  %189 = load i64, i64* %lowEnd, align 8
  %190 = icmp ule i64 %163, %189
  %191 = and i1 %188, %190
  br i1 %191, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %192 = icmp ugt i64 %163, %arena_size
  br i1 %192, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %write.ok10
  %193 = getelementptr i8, i8* %mem, i64 %162
  store i32 %161, i32* %unaligned17, align 4
  %194 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %193, i8* %194, i64 4, i1 false)
  %195 = getelementptr i64, i64* %regs, i64 1
  %196 = getelementptr i64, i64* %regs, i64 2
  %197 = load i64, i64* %195, align 8
  %198 = add i64 %197, 7
  %199 = and i64 %198, -8
  %200 = add i64 %199, 8
  %201 = load i64, i64* %196, align 8
  %202 = icmp ugt i64 %200, %201
  br i1 %202, label %trap15.site5, label %ok20

ok16:                                             ; preds = %write.slow14
  %203 = icmp ult i64 %162, %scratch_start
  %204 = load i64, i64* %lowStart, align 8
  %205 = call i64 @llvm.umin.i64(i64 %204, i64 %162)
  %206 = load i64, i64* %lowEnd, align 8
  %207 = load i64, i64* %highEnd, align 8
  %208 = add i64 %163, 64
  %209 = sub i64 %163, %205
  %210 = lshr i64 %209, 4
  %211 = add i64 %208, %210
  %212 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %211)
  %213 = call i64 @llvm.umax.i64(i64 %206, i64 %212)
  %214 = select i1 %203, i64 %213, i64 %206
  store i64 %214, i64* %lowEnd, align 8
  %215 = add i64 %163, 64
  %216 = sub i64 %163, %scratch_start
  %217 = lshr i64 %216, 4
  %218 = add i64 %215, %217
  %219 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %218)
  %220 = call i64 @llvm.umax.i64(i64 %207, i64 %219)
  %221 = select i1 %203, i64 %207, i64 %220
  store i64 %221, i64* %highEnd, align 8
  store i64 %205, i64* %lowStart, align 8
  br label %write.ok15

e1:                                               ; preds = %join
  %222 = load i32, i32* %result18, align 4
  store i32 %222, i32* %home, align 4
  %223 = load i32, i32* %dict, align 4
  %224 = load i32, i32* %home, align 4
  %225 = zext i32 %223 to i64
  %226 = add i64 %225, 4
  %227 = add i64 %226, 4
  %228 = icmp uge i64 %226, %scratch_start
  %229 = load i64, i64* %highEnd, align 8
  %230 = icmp ule i64 %227, %229
  %231 = and i1 %228, %230
  br i1 %231, label %write.ok35, label %write.low33

e2:                                               ; preds = %write.ok28
  %232 = load i32, i32* %result19, align 4
  %233 = icmp uge i32 %depth, 1000
  br i1 %233, label %trap15.site5, label %ok31

ok20:                                             ; preds = %write.ok15
  store i64 %200, i64* %195, align 8
  %234 = load i64, i64* %highEnd, align 8
  %235 = call i64 @llvm.umax.i64(i64 %234, i64 %200)
  store i64 %235, i64* %highEnd, align 8
  %236 = trunc i64 %199 to i32
  store i32 %236, i32* %dict.1, align 4
  store i32 8, i32* %zip, align 4
  %237 = load i32, i32* %dict.1, align 4
  %238 = load i32, i32* %zip, align 4
  %239 = zext i32 %237 to i64
  %240 = add i64 %239, 4
  %241 = icmp uge i64 %239, %scratch_start
  %242 = load i64, i64* %highEnd, align 8
  %243 = icmp ule i64 %240, %242
  %244 = and i1 %241, %243
  br i1 %244, label %write.ok23, label %write.low21

trap15.site5:                                     ; preds = %e2, %write.ok15
  %245 = load i64, i64* %lowStart, align 8
  %246 = getelementptr i64, i64* %regs, i64 6
  store i64 %245, i64* %246, align 8
  %247 = load i64, i64* %lowEnd, align 8
  %248 = getelementptr i64, i64* %regs, i64 7
  store i64 %247, i64* %248, align 8
  %249 = load i64, i64* %highEnd, align 8
  %250 = getelementptr i64, i64* %regs, i64 8
  store i64 %249, i64* %250, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low21:                                      ; preds = %ok20
  %251 = load i64, i64* %lowStart, align 8
  %252 = icmp uge i64 %239, %251
  %253 = load i64, i64* %lowEnd, align 8
  %254 = icmp ule i64 %240, %253
  %255 = and i1 %252, %254
  br i1 %255, label %write.ok23, label %write.slow22

write.slow22:                                     ; preds = %write.low21
  %256 = icmp ugt i64 %240, %arena_size
  br i1 %256, label %trap17.site0, label %ok24

write.ok23:                                       ; preds = %ok24, %write.low21, %ok20
  %257 = getelementptr i8, i8* %mem, i64 %239
  store i32 %238, i32* %unaligned25, align 4
  %258 = bitcast i32* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %258, i64 4, i1 false)
  store i32 20, i32* %city, align 4
  %259 = load i32, i32* %dict.1, align 4
  %260 = load i32, i32* %city, align 4
  %261 = zext i32 %259 to i64
  %262 = add i64 %261, 4
  %263 = add i64 %262, 4
  %264 = icmp uge i64 %262, %scratch_start
  %265 = load i64, i64* %highEnd, align 8
  %266 = icmp ule i64 %263, %265
  %267 = and i1 %264, %266
  br i1 %267, label %write.ok28, label %write.low26

ok24:                                             ; preds = %write.slow22
  %268 = icmp ult i64 %239, %scratch_start
  %269 = load i64, i64* %lowStart, align 8
  %270 = call i64 @llvm.umin.i64(i64 %269, i64 %239)
  %271 = load i64, i64* %lowEnd, align 8
  %272 = load i64, i64* %highEnd, align 8
  %273 = add i64 %240, 64
  %274 = sub i64 %240, %270
  %275 = lshr i64 %274, 4
  %276 = add i64 %273, %275
  %277 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %276)
  %278 = call i64 @llvm.umax.i64(i64 %271, i64 %277)
  %279 = select i1 %268, i64 %278, i64 %271
  store i64 %279, i64* %lowEnd, align 8
  %280 = add i64 %240, 64
  %281 = sub i64 %240, %scratch_start
  %282 = lshr i64 %281, 4
  %283 = add i64 %280, %282
  %284 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %283)
  %285 = call i64 @llvm.umax.i64(i64 %272, i64 %284)
  %286 = select i1 %268, i64 %272, i64 %285
  store i64 %286, i64* %highEnd, align 8
  store i64 %270, i64* %lowStart, align 8
  br label %write.ok23

write.low26:                                      ; preds = %write.ok23
  %287 = load i64, i64* %lowStart, align 8
  %288 = icmp uge i64 %262, %287
  %289 = load i64, i64* %lowEnd, align 8
  %290 = icmp ule i64 %263, %289
  %291 = and i1 %288, %290
  br i1 %291, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %292 = icmp ugt i64 %263, %arena_size
  br i1 %292, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %write.ok23
  %293 = getelementptr i8, i8* %mem, i64 %262
  store i32 %260, i32* %unaligned30, align 4
  %294 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %293, i8* %294, i64 4, i1 false)
  %295 = load i32, i32* %dict.1, align 4
  store i32 %295, i32* %result19, align 4
  br label %e2

ok29:                                             ; preds = %write.slow27
  %296 = icmp ult i64 %262, %scratch_start
  %297 = load i64, i64* %lowStart, align 8
  %298 = call i64 @llvm.umin.i64(i64 %297, i64 %262)
  %299 = load i64, i64* %lowEnd, align 8
  %300 = load i64, i64* %highEnd, align 8
  %301 = add i64 %263, 64
  %302 = sub i64 %263, %298
  %303 = lshr i64 %302, 4
  %304 = add i64 %301, %303
  %305 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %304)
  %306 = call i64 @llvm.umax.i64(i64 %299, i64 %305)
  %307 = select i1 %296, i64 %306, i64 %299
  store i64 %307, i64* %lowEnd, align 8
  %308 = add i64 %263, 64
  %309 = sub i64 %263, %scratch_start
  %310 = lshr i64 %309, 4
  %311 = add i64 %308, %310
  %312 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %311)
  %313 = call i64 @llvm.umax.i64(i64 %300, i64 %312)
  %314 = select i1 %296, i64 %300, i64 %313
  store i64 %314, i64* %highEnd, align 8
  store i64 %298, i64* %lowStart, align 8
  br label %write.ok28

ok31:                                             ; preds = %e2
  %315 = icmp ult i64 %10, %stack_limit
  br i1 %315, label %trap253.site0, label %stack_ok32

stack_ok32:                                       ; preds = %ok31
  %316 = load i64, i64* %fuel, align 8
  %317 = getelementptr i64, i64* %regs, i64 0
  store i64 %316, i64* %317, align 8
  %318 = load i64, i64* %lowStart, align 8
  %319 = getelementptr i64, i64* %regs, i64 6
  store i64 %318, i64* %319, align 8
  %320 = load i64, i64* %lowEnd, align 8
  %321 = getelementptr i64, i64* %regs, i64 7
  store i64 %320, i64* %321, align 8
  %322 = load i64, i64* %highEnd, align 8
  %323 = getelementptr i64, i64* %regs, i64 8
  store i64 %322, i64* %323, align 8
  %324 = add i32 %depth, 1
  %325 = call i32 @m0.conv.Address(i64* %regs, i8* %mem, i32 %324, i32 %232)
  %326 = getelementptr i64, i64* %regs, i64 0
  %327 = load i64, i64* %326, align 8
  store i64 %327, i64* %fuel, align 8
  %328 = getelementptr i64, i64* %regs, i64 6
  %329 = load i64, i64* %328, align 8
  store i64 %329, i64* %lowStart, align 8
  %330 = getelementptr i64, i64* %regs, i64 7
  %331 = load i64, i64* %330, align 8
  store i64 %331, i64* %lowEnd, align 8
  %332 = getelementptr i64, i64* %regs, i64 8
  %333 = load i64, i64* %332, align 8
  store i64 %333, i64* %highEnd, align 8
  store i32 %325, i32* %conv, align 4
  %334 = load i32, i32* %conv, align 4
  %335 = icmp eq i32 %334, -1
  %336 = zext i1 %335 to i32
  %337 = icmp ne i32 %336, 0
  br i1 %337, label %then, label %else

then:                                             ; preds = %stack_ok32
  br label %trap5.site5

else:                                             ; preds = %stack_ok32
  br label %join

join:                                             ; preds = %else, %dead
  %338 = load i32, i32* %conv, align 4
  store i32 %338, i32* %result18, align 4
  br label %e1

trap5.site5:                                      ; preds = %then
  %339 = load i64, i64* %lowStart, align 8
  %340 = getelementptr i64, i64* %regs, i64 6
  store i64 %339, i64* %340, align 8
  %341 = load i64, i64* %lowEnd, align 8
  %342 = getelementptr i64, i64* %regs, i64 7
  store i64 %341, i64* %342, align 8
  %343 = load i64, i64* %highEnd, align 8
  %344 = getelementptr i64, i64* %regs, i64 8
  store i64 %343, i64* %344, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

write.low33:                                      ; preds = %e1
  %345 = load i64, i64* %lowStart, align 8
  %346 = icmp uge i64 %226, %345
  %347 = load i64, i64* %lowEnd, align 8
  %348 = icmp ule i64 %227, %347
  %349 = and i1 %346, %348
  br i1 %349, label %write.ok35, label %write.slow34

write.slow34:                                     ; preds = %write.low33
  %350 = icmp ugt i64 %227, %arena_size
  br i1 %350, label %trap17.site0, label %ok36

write.ok35:                                       ; preds = %ok36, %write.low33, %e1
  %351 = getelementptr i8, i8* %mem, i64 %226
  store i32 %224, i32* %unaligned37, align 4
  %352 = bitcast i32* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %351, i8* %352, i64 4, i1 false)
  %353 = load i32, i32* %c, align 4
  %354 = icmp uge i32 %depth, 1000
  br i1 %354, label %trap15.site6, label %ok38

ok36:                                             ; preds = %write.slow34
  %355 = icmp ult i64 %226, %scratch_start
  %356 = load i64, i64* %lowStart, align 8
  %357 = call i64 @llvm.umin.i64(i64 %356, i64 %226)
  %358 = load i64, i64* %lowEnd, align 8
  %359 = load i64, i64* %highEnd, align 8
  %360 = add i64 %227, 64
  %361 = sub i64 %227, %357
  %362 = lshr i64 %361, 4
  %363 = add i64 %360, %362
  %364 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %363)
  %365 = call i64 @llvm.umax.i64(i64 %358, i64 %364)
  %366 = select i1 %355, i64 %365, i64 %358
  store i64 %366, i64* %lowEnd, align 8
  %367 = add i64 %227, 64
  %368 = sub i64 %227, %scratch_start
  %369 = lshr i64 %368, 4
  %370 = add i64 %367, %369
  %371 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %370)
  %372 = call i64 @llvm.umax.i64(i64 %359, i64 %371)
  %373 = select i1 %355, i64 %359, i64 %372
  store i64 %373, i64* %highEnd, align 8
  store i64 %357, i64* %lowStart, align 8
  br label %write.ok35

ok38:                                             ; preds = %write.ok35
  %374 = icmp ult i64 %10, %stack_limit
  br i1 %374, label %trap253.site0, label %stack_ok39

trap15.site6:                                     ; preds = %write.ok35
  %375 = load i64, i64* %lowStart, align 8
  %376 = getelementptr i64, i64* %regs, i64 6
  store i64 %375, i64* %376, align 8
  %377 = load i64, i64* %lowEnd, align 8
  %378 = getelementptr i64, i64* %regs, i64 7
  store i64 %377, i64* %378, align 8
  %379 = load i64, i64* %highEnd, align 8
  %380 = getelementptr i64, i64* %regs, i64 8
  store i64 %379, i64* %380, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok39:                                       ; preds = %ok38
  %381 = load i64, i64* %fuel, align 8
  %382 = getelementptr i64, i64* %regs, i64 0
  store i64 %381, i64* %382, align 8
  %383 = load i64, i64* %lowStart, align 8
  %384 = getelementptr i64, i64* %regs, i64 6
  store i64 %383, i64* %384, align 8
  %385 = load i64, i64* %lowEnd, align 8
  %386 = getelementptr i64, i64* %regs, i64 7
  store i64 %385, i64* %386, align 8
  %387 = load i64, i64* %highEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 8
  store i64 %387, i64* %388, align 8
  %389 = add i32 %depth, 1
  %390 = call i32 @m0.fn.label(i64* %regs, i8* %mem, i32 %389, i32 0, i32 %353)
  %391 = getelementptr i64, i64* %regs, i64 0
  %392 = load i64, i64* %391, align 8
  store i64 %392, i64* %fuel, align 8
  %393 = getelementptr i64, i64* %regs, i64 6
  %394 = load i64, i64* %393, align 8
  store i64 %394, i64* %lowStart, align 8
  %395 = getelementptr i64, i64* %regs, i64 7
  %396 = load i64, i64* %395, align 8
  store i64 %396, i64* %lowEnd, align 8
  %397 = getelementptr i64, i64* %regs, i64 8
  %398 = load i64, i64* %397, align 8
  store i64 %398, i64* %highEnd, align 8
  store i32 %390, i32* %who, align 4
  %399 = load i32, i32* %dict, align 4
  %400 = load i32, i32* %who, align 4
  %401 = zext i32 %399 to i64
  %402 = add i64 %401, 8
  %403 = add i64 %402, 4
  %404 = icmp uge i64 %402, %scratch_start
  %405 = load i64, i64* %highEnd, align 8
  %406 = icmp ule i64 %403, %405
  %407 = and i1 %404, %406
  br i1 %407, label %write.ok42, label %write.low40

write.low40:                                      ; preds = %stack_ok39
  %408 = load i64, i64* %lowStart, align 8
  %409 = icmp uge i64 %402, %408
  %410 = load i64, i64* %lowEnd, align 8
  %411 = icmp ule i64 %403, %410
  %412 = and i1 %409, %411
  br i1 %412, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %413 = icmp ugt i64 %403, %arena_size
  br i1 %413, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %stack_ok39
  %414 = getelementptr i8, i8* %mem, i64 %402
  store i32 %400, i32* %unaligned44, align 4
  %415 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %414, i8* %415, i64 4, i1 false)
  %416 = load i32, i32* %c, align 4
  %417 = zext i32 %416 to i64
  %418 = add i64 %417, 16
  %419 = add i64 %418, 8
  %420 = icmp ugt i64 %419, %arena_size
  br i1 %420, label %trap17.site7, label %ok45

ok43:                                             ; preds = %write.slow41
  %421 = icmp ult i64 %402, %scratch_start
  %422 = load i64, i64* %lowStart, align 8
  %423 = call i64 @llvm.umin.i64(i64 %422, i64 %402)
  %424 = load i64, i64* %lowEnd, align 8
  %425 = load i64, i64* %highEnd, align 8
  %426 = add i64 %403, 64
  %427 = sub i64 %403, %423
  %428 = lshr i64 %427, 4
  %429 = add i64 %426, %428
  %430 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %429)
  %431 = call i64 @llvm.umax.i64(i64 %424, i64 %430)
  %432 = select i1 %421, i64 %431, i64 %424
  store i64 %432, i64* %lowEnd, align 8
  %433 = add i64 %403, 64
  %434 = sub i64 %403, %scratch_start
  %435 = lshr i64 %434, 4
  %436 = add i64 %433, %435
  %437 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %436)
  %438 = call i64 @llvm.umax.i64(i64 %425, i64 %437)
  %439 = select i1 %421, i64 %425, i64 %438
  store i64 %439, i64* %highEnd, align 8
  store i64 %423, i64* %lowStart, align 8
  br label %write.ok42

ok45:                                             ; preds = %write.ok42
  %440 = getelementptr i8, i8* %mem, i64 %418
  %441 = bitcast i64* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %441, i8* %440, i64 8, i1 false)
  %442 = load i64, i64* %unaligned46, align 8
  store i64 %442, i64* %credit, align 8
  %443 = load i32, i32* %dict, align 4
  %444 = load i64, i64* %credit, align 8
  %445 = zext i32 %443 to i64
  %446 = add i64 %445, 16
  %447 = add i64 %446, 8
  %448 = icmp uge i64 %446, %scratch_start
  %449 = load i64, i64* %highEnd, align 8
  %450 = icmp ule i64 %447, %449
  %451 = and i1 %448, %450
  br i1 %451, label %write.ok49, label %write.low47

trap17.site7:                                     ; preds = %write.ok42
  %452 = load i64, i64* %lowStart, align 8
  %453 = getelementptr i64, i64* %regs, i64 6
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %lowEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 7
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %highEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 8
  store i64 %456, i64* %457, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

write.low47:                                      ; preds = %ok45
  %458 = load i64, i64* %lowStart, align 8
  %459 = icmp uge i64 %446, %458
  %460 = load i64, i64* %lowEnd, align 8
  %461 = icmp ule i64 %447, %460
  %462 = and i1 %459, %461
  br i1 %462, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %463 = icmp ugt i64 %447, %arena_size
  br i1 %463, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %ok45
  %464 = getelementptr i8, i8* %mem, i64 %446
  store i64 %444, i64* %unaligned51, align 8
  %465 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %464, i8* %465, i64 8, i1 false)
  %466 = load i32, i32* %c, align 4
  %467 = zext i32 %466 to i64
  %468 = add i64 %467, 28
  %469 = add i64 %468, 4
  %470 = icmp ugt i64 %469, %arena_size
  br i1 %470, label %trap17.site10, label %ok52

ok50:                                             ; preds = %write.slow48
  %471 = icmp ult i64 %446, %scratch_start
  %472 = load i64, i64* %lowStart, align 8
  %473 = call i64 @llvm.umin.i64(i64 %472, i64 %446)
  %474 = load i64, i64* %lowEnd, align 8
  %475 = load i64, i64* %highEnd, align 8
  %476 = add i64 %447, 64
  %477 = sub i64 %447, %473
  %478 = lshr i64 %477, 4
  %479 = add i64 %476, %478
  %480 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %479)
  %481 = call i64 @llvm.umax.i64(i64 %474, i64 %480)
  %482 = select i1 %471, i64 %481, i64 %474
  store i64 %482, i64* %lowEnd, align 8
  %483 = add i64 %447, 64
  %484 = sub i64 %447, %scratch_start
  %485 = lshr i64 %484, 4
  %486 = add i64 %483, %485
  %487 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %486)
  %488 = call i64 @llvm.umax.i64(i64 %475, i64 %487)
  %489 = select i1 %471, i64 %475, i64 %488
  store i64 %489, i64* %highEnd, align 8
  store i64 %473, i64* %lowStart, align 8
  br label %write.ok49

ok52:                                             ; preds = %write.ok49
  %490 = getelementptr i8, i8* %mem, i64 %468
  %491 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %491, i8* %490, i64 4, i1 false)
  %492 = load i32, i32* %unaligned53, align 4
  %493 = zext i32 %492 to i64
  %494 = add i64 %493, 4
  %495 = add i64 %494, 4
  %496 = icmp ugt i64 %495, %arena_size
  br i1 %496, label %trap17.site9, label %ok54

trap17.site10:                                    ; preds = %write.ok49
  %497 = load i64, i64* %lowStart, align 8
  %498 = getelementptr i64, i64* %regs, i64 6
  store i64 %497, i64* %498, align 8
  %499 = load i64, i64* %lowEnd, align 8
  %500 = getelementptr i64, i64* %regs, i64 7
  store i64 %499, i64* %500, align 8
  %501 = load i64, i64* %highEnd, align 8
  %502 = getelementptr i64, i64* %regs, i64 8
  store i64 %501, i64* %502, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

ok54:                                             ; preds = %ok52
  %503 = getelementptr i8, i8* %mem, i64 %494
  %504 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %504, i8* %503, i64 4, i1 false)
  %505 = load i32, i32* %unaligned55, align 4
  %506 = load i32, i32* %home, align 4
  %507 = zext i32 %506 to i64
  %508 = add i64 %507, 4
  %509 = add i64 %508, 4
  %510 = icmp ugt i64 %509, %arena_size
  br i1 %510, label %trap17.site11, label %ok56

trap17.site9:                                     ; preds = %ok52
  %511 = load i64, i64* %lowStart, align 8
  %512 = getelementptr i64, i64* %regs, i64 6
  store i64 %511, i64* %512, align 8
  %513 = load i64, i64* %lowEnd, align 8
  %514 = getelementptr i64, i64* %regs, i64 7
  store i64 %513, i64* %514, align 8
  %515 = load i64, i64* %highEnd, align 8
  %516 = getelementptr i64, i64* %regs, i64 8
  store i64 %515, i64* %516, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

ok56:                                             ; preds = %ok54
  %517 = getelementptr i8, i8* %mem, i64 %508
  %518 = bitcast i32* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %518, i8* %517, i64 4, i1 false)
  %519 = load i32, i32* %unaligned57, align 4
  %520 = icmp uge i32 %depth, 1000
  br i1 %520, label %trap15.site0, label %ok58

trap17.site11:                                    ; preds = %ok54
  %521 = load i64, i64* %lowStart, align 8
  %522 = getelementptr i64, i64* %regs, i64 6
  store i64 %521, i64* %522, align 8
  %523 = load i64, i64* %lowEnd, align 8
  %524 = getelementptr i64, i64* %regs, i64 7
  store i64 %523, i64* %524, align 8
  %525 = load i64, i64* %highEnd, align 8
  %526 = getelementptr i64, i64* %regs, i64 8
  store i64 %525, i64* %526, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 11)
  unreachable

ok58:                                             ; preds = %ok56
  %527 = icmp ult i64 %10, %stack_limit
  br i1 %527, label %trap253.site0, label %stack_ok59

trap15.site0:                                     ; preds = %e0, %ok56
  %528 = load i64, i64* %lowStart, align 8
  %529 = getelementptr i64, i64* %regs, i64 6
  store i64 %528, i64* %529, align 8
  %530 = load i64, i64* %lowEnd, align 8
  %531 = getelementptr i64, i64* %regs, i64 7
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %highEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 8
  store i64 %532, i64* %533, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok59:                                       ; preds = %ok58
  %534 = load i64, i64* %fuel, align 8
  %535 = getelementptr i64, i64* %regs, i64 0
  store i64 %534, i64* %535, align 8
  %536 = load i64, i64* %lowStart, align 8
  %537 = getelementptr i64, i64* %regs, i64 6
  store i64 %536, i64* %537, align 8
  %538 = load i64, i64* %lowEnd, align 8
  %539 = getelementptr i64, i64* %regs, i64 7
  store i64 %538, i64* %539, align 8
  %540 = load i64, i64* %highEnd, align 8
  %541 = getelementptr i64, i64* %regs, i64 8
  store i64 %540, i64* %541, align 8
  %542 = add i32 %depth, 1
  %543 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %542, i32 %505, i32 %519)
  %544 = getelementptr i64, i64* %regs, i64 0
  %545 = load i64, i64* %544, align 8
  store i64 %545, i64* %fuel, align 8
  %546 = getelementptr i64, i64* %regs, i64 6
  %547 = load i64, i64* %546, align 8
  store i64 %547, i64* %lowStart, align 8
  %548 = getelementptr i64, i64* %regs, i64 7
  %549 = load i64, i64* %548, align 8
  store i64 %549, i64* %lowEnd, align 8
  %550 = getelementptr i64, i64* %regs, i64 8
  %551 = load i64, i64* %550, align 8
  store i64 %551, i64* %highEnd, align 8
  store i32 %543, i32* %same_city, align 4
  %552 = load i32, i32* %dict, align 4
  %553 = load i32, i32* %same_city, align 4
  %554 = zext i32 %552 to i64
  %555 = add i64 %554, 24
  %556 = add i64 %555, 1
  %557 = icmp uge i64 %555, %scratch_start
  %558 = load i64, i64* %highEnd, align 8
  %559 = icmp ule i64 %556, %558
  %560 = and i1 %557, %559
  br i1 %560, label %write.ok62, label %write.low60

write.low60:                                      ; preds = %stack_ok59
  %561 = load i64, i64* %lowStart, align 8
  %562 = icmp uge i64 %555, %561
  %563 = load i64, i64* %lowEnd, align 8
  %564 = icmp ule i64 %556, %563
  %565 = and i1 %562, %564
  br i1 %565, label %write.ok62, label %write.slow61

write.slow61:                                     ; preds = %write.low60
  %566 = icmp ugt i64 %556, %arena_size
  br i1 %566, label %trap17.site0, label %ok63

write.ok62:                                       ; preds = %ok63, %write.low60, %stack_ok59
  %567 = getelementptr i8, i8* %mem, i64 %555
  %568 = trunc i32 %553 to i8
  store i8 %568, i8* %567, align 1
  %569 = load i32, i32* %c, align 4
  store i32 %569, i32* %copy, align 4
  %570 = load i32, i32* %dict, align 4
  %571 = load i32, i32* %copy, align 4
  %572 = zext i32 %570 to i64
  %573 = add i64 %572, 28
  %574 = add i64 %573, 4
  %575 = icmp uge i64 %573, %scratch_start
  %576 = load i64, i64* %highEnd, align 8
  %577 = icmp ule i64 %574, %576
  %578 = and i1 %575, %577
  br i1 %578, label %write.ok66, label %write.low64

ok63:                                             ; preds = %write.slow61
  %579 = icmp ult i64 %555, %scratch_start
  %580 = load i64, i64* %lowStart, align 8
  %581 = call i64 @llvm.umin.i64(i64 %580, i64 %555)
  %582 = load i64, i64* %lowEnd, align 8
  %583 = load i64, i64* %highEnd, align 8
  %584 = add i64 %556, 64
  %585 = sub i64 %556, %581
  %586 = lshr i64 %585, 4
  %587 = add i64 %584, %586
  %588 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %587)
  %589 = call i64 @llvm.umax.i64(i64 %582, i64 %588)
  %590 = select i1 %579, i64 %589, i64 %582
  store i64 %590, i64* %lowEnd, align 8
  %591 = add i64 %556, 64
  %592 = sub i64 %556, %scratch_start
  %593 = lshr i64 %592, 4
  %594 = add i64 %591, %593
  %595 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %594)
  %596 = call i64 @llvm.umax.i64(i64 %583, i64 %595)
  %597 = select i1 %579, i64 %583, i64 %596
  store i64 %597, i64* %highEnd, align 8
  store i64 %581, i64* %lowStart, align 8
  br label %write.ok62

write.low64:                                      ; preds = %write.ok62
  %598 = load i64, i64* %lowStart, align 8
  %599 = icmp uge i64 %573, %598
  %600 = load i64, i64* %lowEnd, align 8
  %601 = icmp ule i64 %574, %600
  %602 = and i1 %599, %601
  br i1 %602, label %write.ok66, label %write.slow65

write.slow65:                                     ; preds = %write.low64
  %603 = icmp ugt i64 %574, %arena_size
  br i1 %603, label %trap17.site0, label %ok67

write.ok66:                                       ; preds = %ok67, %write.low64, %write.ok62
  %604 = getelementptr i8, i8* %mem, i64 %573
  store i32 %571, i32* %unaligned68, align 4
  %605 = bitcast i32* %unaligned68 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %604, i8* %605, i64 4, i1 false)
  %606 = load i32, i32* %dict, align 4
  store i32 %606, i32* %result3, align 4
  br label %e0

ok67:                                             ; preds = %write.slow65
  %607 = icmp ult i64 %573, %scratch_start
  %608 = load i64, i64* %lowStart, align 8
  %609 = call i64 @llvm.umin.i64(i64 %608, i64 %573)
  %610 = load i64, i64* %lowEnd, align 8
  %611 = load i64, i64* %highEnd, align 8
  %612 = add i64 %574, 64
  %613 = sub i64 %574, %609
  %614 = lshr i64 %613, 4
  %615 = add i64 %612, %614
  %616 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %615)
  %617 = call i64 @llvm.umax.i64(i64 %610, i64 %616)
  %618 = select i1 %607, i64 %617, i64 %610
  store i64 %618, i64* %lowEnd, align 8
  %619 = add i64 %574, 64
  %620 = sub i64 %574, %scratch_start
  %621 = lshr i64 %620, 4
  %622 = add i64 %619, %621
  %623 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %622)
  %624 = call i64 @llvm.umax.i64(i64 %611, i64 %623)
  %625 = select i1 %607, i64 %611, i64 %624
  store i64 %625, i64* %highEnd, align 8
  store i64 %609, i64* %lowStart, align 8
  br label %write.ok66

ok69:                                             ; preds = %e0
  %626 = icmp ult i64 %10, %stack_limit
  br i1 %626, label %trap253.site0, label %stack_ok70

stack_ok70:                                       ; preds = %ok69
  %627 = load i64, i64* %fuel, align 8
  %628 = getelementptr i64, i64* %regs, i64 0
  store i64 %627, i64* %628, align 8
  %629 = load i64, i64* %lowStart, align 8
  %630 = getelementptr i64, i64* %regs, i64 6
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %lowEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 7
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 8
  store i64 %633, i64* %634, align 8
  %635 = add i32 %depth, 1
  %636 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %635, i32 %81, i32 %82, i32 0)
  %637 = getelementptr i64, i64* %regs, i64 0
  %638 = load i64, i64* %637, align 8
  store i64 %638, i64* %fuel, align 8
  %639 = getelementptr i64, i64* %regs, i64 6
  %640 = load i64, i64* %639, align 8
  store i64 %640, i64* %lowStart, align 8
  %641 = getelementptr i64, i64* %regs, i64 7
  %642 = load i64, i64* %641, align 8
  store i64 %642, i64* %lowEnd, align 8
  %643 = getelementptr i64, i64* %regs, i64 8
  %644 = load i64, i64* %643, align 8
  store i64 %644, i64* %highEnd, align 8
  store i32 %636, i32* %json_end, align 4
  %645 = load i32, i32* %json_end, align 4
  %646 = icmp eq i32 %645, -2
  %647 = zext i1 %646 to i32
  %648 = icmp ne i32 %647, 0
  br i1 %648, label %then71, label %else72

then71:                                           ; preds = %stack_ok70
  br label %trap16.site3

else72:                                           ; preds = %stack_ok70
  br label %join73

join73:                                           ; preds = %else72, %dead74
  %649 = load i32, i32* %json_end, align 4
  %650 = icmp eq i32 %649, -1
  %651 = zext i1 %650 to i32
  %652 = icmp ne i32 %651, 0
  br i1 %652, label %then75, label %else76

trap16.site3:                                     ; preds = %then71
  %653 = load i64, i64* %lowStart, align 8
  %654 = getelementptr i64, i64* %regs, i64 6
  store i64 %653, i64* %654, align 8
  %655 = load i64, i64* %lowEnd, align 8
  %656 = getelementptr i64, i64* %regs, i64 7
  store i64 %655, i64* %656, align 8
  %657 = load i64, i64* %highEnd, align 8
  %658 = getelementptr i64, i64* %regs, i64 8
  store i64 %657, i64* %658, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead74:                                           ; No predecessors!
  br label %join73

then75:                                           ; preds = %join73
  br label %trap15.site3

else76:                                           ; preds = %join73
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %659 = load i32, i32* %json_end, align 4
  %660 = zext i32 %659 to i64
  %661 = getelementptr i64, i64* %regs, i64 3
  store i64 %660, i64* %661, align 8
  %662 = load i32, i32* %json_end, align 4
  %663 = load i32, i32* %json_start, align 4
  %664 = sub i32 %662, %663
  %665 = load i64, i64* %fuel, align 8
  %666 = getelementptr i64, i64* %regs, i64 0
  store i64 %665, i64* %666, align 8
  %667 = load i64, i64* %lowStart, align 8
  %668 = getelementptr i64, i64* %regs, i64 6
  store i64 %667, i64* %668, align 8
  %669 = load i64, i64* %lowEnd, align 8
  %670 = getelementptr i64, i64* %regs, i64 7
  store i64 %669, i64* %670, align 8
  %671 = load i64, i64* %highEnd, align 8
  %672 = getelementptr i64, i64* %regs, i64 8
  store i64 %671, i64* %672, align 8
  ret i32 %664

dead78:                                           ; No predecessors!
  br label %join77
}

define internal i32 @m0.pred.Customer.name(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %n.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %n = alloca i32, align 4
  store i32 %n.arg, i32* %n, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %unaligned = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %n, align 4
  %7 = zext i32 %6 to i64
  %8 = add i64 %7, 4
  %9 = icmp ugt i64 %8, %arena_size
  br i1 %9, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %10 = getelementptr i8, i8* %mem, i64 %7
  %11 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %11, i8* %10, i64 4, i1 false)
  %12 = load i32, i32* %unaligned, align 4
  %13 = icmp eq i32 %12, 0
  %14 = zext i1 %13 to i32
  %15 = icmp eq i32 %14, 0
  %16 = zext i1 %15 to i32
  %17 = load i64, i64* %fuel, align 8
  %18 = getelementptr i64, i64* %regs, i64 0
  store i64 %17, i64* %18, align 8
  ret i32 %16

trap17.site0:                                     ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable
}

define internal i32 @m0.pred.Customer.age(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %a.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %a = alloca i64, align 8
  store i64 %a.arg, i64* %a, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  %result = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %2 = load i64, i64* %fuel, align 8
  %3 = icmp ult i64 %2, 1
  br i1 %3, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %4 = sub i64 %2, 1
  store i64 %4, i64* %fuel, align 8
  %5 = load i64, i64* %a, align 8
  %6 = icmp sge i64 %5, 0
  %7 = zext i1 %6 to i32
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %9 = load i64, i64* %a, align 8
  %10 = icmp sle i64 %9, 150
  %11 = zext i1 %10 to i32
  store i32 %11, i32* %result, align 4
  br label %join

else:                                             ; preds = %ok
  store i32 0, i32* %result, align 4
  br label %join

join:                                             ; preds = %else, %then
  %12 = load i32, i32* %result, align 4
  %13 = load i64, i64* %fuel, align 8
  %14 = getelementptr i64, i64* %regs, i64 0
  store i64 %13, i64* %14, align 8
  ret i32 %12
}

define internal i32 @m0.pred.Address.zip(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %z.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %z = alloca i32, align 4
  store i32 %z.arg, i32* %z, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %unaligned = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %z, align 4
  %7 = zext i32 %6 to i64
  %8 = add i64 %7, 4
  %9 = icmp ugt i64 %8, %arena_size
  br i1 %9, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %10 = getelementptr i8, i8* %mem, i64 %7
  %11 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %11, i8* %10, i64 4, i1 false)
  %12 = load i32, i32* %unaligned, align 4
  %13 = zext i32 %12 to i64
  %14 = icmp eq i64 %13, 5
  %15 = zext i1 %14 to i32
  %16 = load i64, i64* %fuel, align 8
  %17 = getelementptr i64, i64* %regs, i64 0
  store i64 %16, i64* %17, align 8
  ret i32 %15

trap17.site0:                                     ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable
}

define internal i32 @m0.fn.label(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %x.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %x = alloca i32, align 4
  store i32 %x.arg, i32* %x, align 4
  %part = alloca i32, align 4
  store i32 0, i32* %part, align 4
  %part.1 = alloca i32, align 4
  store i32 0, i32* %part.1, align 4
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
  %result = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned3 = alloca i32, align 4
  %unaligned5 = alloca i32, align 4
  %unaligned7 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %unaligned20 = alloca i16, align 2
  %unaligned38 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %10 = load i64, i64* %fuel, align 8
  %11 = icmp ult i64 %10, 1
  br i1 %11, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %12 = sub i64 %10, 1
  store i64 %12, i64* %fuel, align 8
  %13 = load i32, i32* %x, align 4
  %14 = zext i32 %13 to i64
  %15 = add i64 %14, 4
  %16 = icmp ugt i64 %15, %arena_size
  br i1 %16, label %trap17.site19, label %ok1

trap14.site0:                                     ; preds = %body
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

e0:                                               ; preds = %ok39
  %23 = load i32, i32* %result, align 4
  %24 = load i64, i64* %fuel, align 8
  %25 = getelementptr i64, i64* %regs, i64 0
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %lowStart, align 8
  %27 = getelementptr i64, i64* %regs, i64 6
  store i64 %26, i64* %27, align 8
  %28 = load i64, i64* %lowEnd, align 8
  %29 = getelementptr i64, i64* %regs, i64 7
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %highEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 8
  store i64 %30, i64* %31, align 8
  ret i32 %23

ok1:                                              ; preds = %ok
  %32 = getelementptr i8, i8* %mem, i64 %14
  %33 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %33, i8* %32, i64 4, i1 false)
  %34 = load i32, i32* %unaligned, align 4
  store i32 %34, i32* %part, align 4
  %35 = load i32, i32* %x, align 4
  %36 = zext i32 %35 to i64
  %37 = add i64 %36, 28
  %38 = add i64 %37, 4
  %39 = icmp ugt i64 %38, %arena_size
  br i1 %39, label %trap17.site21, label %ok2

trap17.site19:                                    ; preds = %ok
  %40 = load i64, i64* %lowStart, align 8
  %41 = getelementptr i64, i64* %regs, i64 6
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %lowEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 7
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 8
  store i64 %44, i64* %45, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 19)
  unreachable

ok2:                                              ; preds = %ok1
  %46 = getelementptr i8, i8* %mem, i64 %37
  %47 = bitcast i32* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %47, i8* %46, i64 4, i1 false)
  %48 = load i32, i32* %unaligned3, align 4
  %49 = zext i32 %48 to i64
  %50 = add i64 %49, 4
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
  br i1 %52, label %trap17.site20, label %ok4

trap17.site21:                                    ; preds = %ok1
  %53 = load i64, i64* %lowStart, align 8
  %54 = getelementptr i64, i64* %regs, i64 6
  store i64 %53, i64* %54, align 8
  %55 = load i64, i64* %lowEnd, align 8
  %56 = getelementptr i64, i64* %regs, i64 7
  store i64 %55, i64* %56, align 8
  %57 = load i64, i64* %highEnd, align 8
  %58 = getelementptr i64, i64* %regs, i64 8
  store i64 %57, i64* %58, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

ok4:                                              ; preds = %ok2
  %59 = getelementptr i8, i8* %mem, i64 %50
  %60 = bitcast i32* %unaligned5 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %60, i8* %59, i64 4, i1 false)
  %61 = load i32, i32* %unaligned5, align 4
  store i32 %61, i32* %part.1, align 4
  %62 = getelementptr i64, i64* %regs, i64 1
  %63 = load i64, i64* %62, align 8
  %64 = trunc i64 %63 to i32
  %65 = add i32 %64, 3
  %66 = and i32 %65, -4
  store i32 %66, i32* %text, align 4
  %67 = load i32, i32* %text, align 4
  %68 = add i32 %67, 4
  store i32 %68, i32* %cur, align 4
  %69 = load i32, i32* %part, align 4
  store i32 %69, i32* %s, align 4
  %70 = load i32, i32* %s, align 4
  %71 = zext i32 %70 to i64
  %72 = add i64 %71, 4
  %73 = icmp ugt i64 %72, %arena_size
  br i1 %73, label %trap17.site0, label %ok6

trap17.site20:                                    ; preds = %ok2
  %74 = load i64, i64* %lowStart, align 8
  %75 = getelementptr i64, i64* %regs, i64 6
  store i64 %74, i64* %75, align 8
  %76 = load i64, i64* %lowEnd, align 8
  %77 = getelementptr i64, i64* %regs, i64 7
  store i64 %76, i64* %77, align 8
  %78 = load i64, i64* %highEnd, align 8
  %79 = getelementptr i64, i64* %regs, i64 8
  store i64 %78, i64* %79, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 20)
  unreachable

ok6:                                              ; preds = %ok4
  %80 = getelementptr i8, i8* %mem, i64 %71
  %81 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %81, i8* %80, i64 4, i1 false)
  %82 = load i32, i32* %unaligned7, align 4
  store i32 %82, i32* %slen, align 4
  %83 = load i32, i32* %cur, align 4
  %84 = load i32, i32* %slen, align 4
  %85 = add i32 %83, %84
  %86 = getelementptr i64, i64* %regs, i64 2
  %87 = load i64, i64* %86, align 8
  %88 = trunc i64 %87 to i32
  %89 = icmp ugt i32 %85, %88
  %90 = zext i1 %89 to i32
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %then, label %else

trap17.site0:                                     ; preds = %write.slow35, %write.slow31, %write.slow17, %write.ok, %ok4
  %92 = load i64, i64* %lowStart, align 8
  %93 = getelementptr i64, i64* %regs, i64 6
  store i64 %92, i64* %93, align 8
  %94 = load i64, i64* %lowEnd, align 8
  %95 = getelementptr i64, i64* %regs, i64 7
  store i64 %94, i64* %95, align 8
  %96 = load i64, i64* %highEnd, align 8
  %97 = getelementptr i64, i64* %regs, i64 8
  store i64 %96, i64* %97, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok6
  br label %trap15.site18

else:                                             ; preds = %ok6
  br label %join

join:                                             ; preds = %else, %dead
  %98 = load i32, i32* %cur, align 4
  %99 = load i32, i32* %s, align 4
  %100 = add i32 %99, 4
  %101 = load i32, i32* %slen, align 4
  %102 = zext i32 %101 to i64
  %103 = zext i32 %100 to i64
  %104 = add i64 %103, %102
  %105 = icmp ugt i64 %104, %arena_size
  br i1 %105, label %trap17.site18, label %ok8

trap15.site18:                                    ; preds = %write.ok36, %then26, %then12, %then
  %106 = load i64, i64* %lowStart, align 8
  %107 = getelementptr i64, i64* %regs, i64 6
  store i64 %106, i64* %107, align 8
  %108 = load i64, i64* %lowEnd, align 8
  %109 = getelementptr i64, i64* %regs, i64 7
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %highEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 8
  store i64 %110, i64* %111, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok8:                                              ; preds = %join
  %112 = zext i32 %98 to i64
  %113 = add i64 %112, %102
  %114 = icmp uge i64 %112, %scratch_start
  %115 = load i64, i64* %highEnd, align 8
  %116 = icmp ule i64 %113, %115
  %117 = and i1 %114, %116
  br i1 %117, label %write.ok, label %write.low

trap17.site18:                                    ; preds = %write.slow23, %write.ok18, %write.slow, %join
  %118 = load i64, i64* %lowStart, align 8
  %119 = getelementptr i64, i64* %regs, i64 6
  store i64 %118, i64* %119, align 8
  %120 = load i64, i64* %lowEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 7
  store i64 %120, i64* %121, align 8
  %122 = load i64, i64* %highEnd, align 8
  %123 = getelementptr i64, i64* %regs, i64 8
  store i64 %122, i64* %123, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

write.low:                                        ; preds = %ok8
  %124 = load i64, i64* %lowStart, align 8
  %125 = icmp uge i64 %112, %124
  %126 = load i64, i64* %lowEnd, align 8
  %127 = icmp ule i64 %113, %126
  %128 = and i1 %125, %127
  br i1 %128, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %129 = icmp ugt i64 %113, %arena_size
  br i1 %129, label %trap17.site18, label %ok9

write.ok:                                         ; preds = %ok9, %write.low, %ok8
  %130 = getelementptr i8, i8* %mem, i64 %112
  %131 = getelementptr i8, i8* %mem, i64 %103
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %130, i8* %131, i64 %102, i1 false)
  %132 = load i32, i32* %cur, align 4
  %133 = load i32, i32* %slen, align 4
  %134 = add i32 %132, %133
  store i32 %134, i32* %cur, align 4
  %135 = load i32, i32* %part.1, align 4
  store i32 %135, i32* %s.1, align 4
  %136 = load i32, i32* %s.1, align 4
  %137 = zext i32 %136 to i64
  %138 = add i64 %137, 4
  %139 = icmp ugt i64 %138, %arena_size
  br i1 %139, label %trap17.site0, label %ok10

ok9:                                              ; preds = %write.slow
  %140 = icmp ult i64 %112, %scratch_start
  %141 = load i64, i64* %lowStart, align 8
  %142 = call i64 @llvm.umin.i64(i64 %141, i64 %112)
  %143 = load i64, i64* %lowEnd, align 8
  %144 = load i64, i64* %highEnd, align 8
  %145 = add i64 %113, 64
  %146 = sub i64 %113, %142
  %147 = lshr i64 %146, 4
  %148 = add i64 %145, %147
  %149 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %148)
  %150 = call i64 @llvm.umax.i64(i64 %143, i64 %149)
  %151 = select i1 %140, i64 %150, i64 %143
  store i64 %151, i64* %lowEnd, align 8
  %152 = add i64 %113, 64
  %153 = sub i64 %113, %scratch_start
  %154 = lshr i64 %153, 4
  %155 = add i64 %152, %154
  %156 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %155)
  %157 = call i64 @llvm.umax.i64(i64 %144, i64 %156)
  %158 = select i1 %140, i64 %144, i64 %157
  store i64 %158, i64* %highEnd, align 8
  store i64 %142, i64* %lowStart, align 8
  br label %write.ok

ok10:                                             ; preds = %write.ok
  %159 = getelementptr i8, i8* %mem, i64 %137
  %160 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %160, i8* %159, i64 4, i1 false)
  %161 = load i32, i32* %unaligned11, align 4
  store i32 %161, i32* %slen.1, align 4
  %162 = load i32, i32* %cur, align 4
  %163 = load i32, i32* %slen.1, align 4
  %164 = add i32 2, %163
  %165 = add i32 %162, %164
  %166 = getelementptr i64, i64* %regs, i64 2
  %167 = load i64, i64* %166, align 8
  %168 = trunc i64 %167 to i32
  %169 = icmp ugt i32 %165, %168
  %170 = zext i1 %169 to i32
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %then12, label %else13

then12:                                           ; preds = %ok10
  br label %trap15.site18

else13:                                           ; preds = %ok10
  br label %join14

join14:                                           ; preds = %else13, %dead15
  %172 = load i32, i32* %cur, align 4
  %173 = zext i32 %172 to i64
  %174 = add i64 %173, 2
  %175 = icmp uge i64 %173, %scratch_start
  %176 = load i64, i64* %highEnd, align 8
  %177 = icmp ule i64 %174, %176
  %178 = and i1 %175, %177
  br i1 %178, label %write.ok18, label %write.low16

dead15:                                           ; No predecessors!
  br label %join14

write.low16:                                      ; preds = %join14
  %179 = load i64, i64* %lowStart, align 8
  %180 = icmp uge i64 %173, %179
  %181 = load i64, i64* %lowEnd, align 8
  %182 = icmp ule i64 %174, %181
  %183 = and i1 %180, %182
  br i1 %183, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %184 = icmp ugt i64 %174, %arena_size
  br i1 %184, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %join14
  %185 = getelementptr i8, i8* %mem, i64 %173
  store i16 10272, i16* %unaligned20, align 2
  %186 = bitcast i16* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %185, i8* %186, i64 2, i1 false)
  %187 = load i32, i32* %cur, align 4
  %188 = add i32 %187, 2
  store i32 %188, i32* %cur, align 4
  %189 = load i32, i32* %cur, align 4
  %190 = load i32, i32* %s.1, align 4
  %191 = add i32 %190, 4
  %192 = load i32, i32* %slen.1, align 4
  %193 = zext i32 %192 to i64
  %194 = zext i32 %191 to i64
  %195 = add i64 %194, %193
  %196 = icmp ugt i64 %195, %arena_size
  br i1 %196, label %trap17.site18, label %ok21

ok19:                                             ; preds = %write.slow17
  %197 = icmp ult i64 %173, %scratch_start
  %198 = load i64, i64* %lowStart, align 8
  %199 = call i64 @llvm.umin.i64(i64 %198, i64 %173)
  %200 = load i64, i64* %lowEnd, align 8
  %201 = load i64, i64* %highEnd, align 8
  %202 = add i64 %174, 64
  %203 = sub i64 %174, %199
  %204 = lshr i64 %203, 4
  %205 = add i64 %202, %204
  %206 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %205)
  %207 = call i64 @llvm.umax.i64(i64 %200, i64 %206)
  %208 = select i1 %197, i64 %207, i64 %200
  store i64 %208, i64* %lowEnd, align 8
  %209 = add i64 %174, 64
  %210 = sub i64 %174, %scratch_start
  %211 = lshr i64 %210, 4
  %212 = add i64 %209, %211
  %213 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %212)
  %214 = call i64 @llvm.umax.i64(i64 %201, i64 %213)
  %215 = select i1 %197, i64 %201, i64 %214
  store i64 %215, i64* %highEnd, align 8
  store i64 %199, i64* %lowStart, align 8
  br label %write.ok18

ok21:                                             ; preds = %write.ok18
  %216 = zext i32 %189 to i64
  %217 = add i64 %216, %193
  %218 = icmp uge i64 %216, %scratch_start
  %219 = load i64, i64* %highEnd, align 8
  %220 = icmp ule i64 %217, %219
  %221 = and i1 %218, %220
  br i1 %221, label %write.ok24, label %write.low22

write.low22:                                      ; preds = %ok21
  %222 = load i64, i64* %lowStart, align 8
  %223 = icmp uge i64 %216, %222
  %224 = load i64, i64* %lowEnd, align 8
  %225 = icmp ule i64 %217, %224
  %226 = and i1 %223, %225
  br i1 %226, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %227 = icmp ugt i64 %217, %arena_size
  br i1 %227, label %trap17.site18, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok21
  %228 = getelementptr i8, i8* %mem, i64 %216
  %229 = getelementptr i8, i8* %mem, i64 %194
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %228, i8* %229, i64 %193, i1 false)
  %230 = load i32, i32* %cur, align 4
  %231 = load i32, i32* %slen.1, align 4
  %232 = add i32 %230, %231
  store i32 %232, i32* %cur, align 4
  %233 = load i32, i32* %cur, align 4
  %234 = add i32 %233, 1
  %235 = getelementptr i64, i64* %regs, i64 2
  %236 = load i64, i64* %235, align 8
  %237 = trunc i64 %236 to i32
  %238 = icmp ugt i32 %234, %237
  %239 = zext i1 %238 to i32
  %240 = icmp ne i32 %239, 0
  br i1 %240, label %then26, label %else27

ok25:                                             ; preds = %write.slow23
  %241 = icmp ult i64 %216, %scratch_start
  %242 = load i64, i64* %lowStart, align 8
  %243 = call i64 @llvm.umin.i64(i64 %242, i64 %216)
  %244 = load i64, i64* %lowEnd, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = add i64 %217, 64
  %247 = sub i64 %217, %243
  %248 = lshr i64 %247, 4
  %249 = add i64 %246, %248
  %250 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %249)
  %251 = call i64 @llvm.umax.i64(i64 %244, i64 %250)
  %252 = select i1 %241, i64 %251, i64 %244
  store i64 %252, i64* %lowEnd, align 8
  %253 = add i64 %217, 64
  %254 = sub i64 %217, %scratch_start
  %255 = lshr i64 %254, 4
  %256 = add i64 %253, %255
  %257 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %256)
  %258 = call i64 @llvm.umax.i64(i64 %245, i64 %257)
  %259 = select i1 %241, i64 %245, i64 %258
  store i64 %259, i64* %highEnd, align 8
  store i64 %243, i64* %lowStart, align 8
  br label %write.ok24

then26:                                           ; preds = %write.ok24
  br label %trap15.site18

else27:                                           ; preds = %write.ok24
  br label %join28

join28:                                           ; preds = %else27, %dead29
  %260 = load i32, i32* %cur, align 4
  %261 = zext i32 %260 to i64
  %262 = add i64 %261, 1
  %263 = icmp uge i64 %261, %scratch_start
  %264 = load i64, i64* %highEnd, align 8
  %265 = icmp ule i64 %262, %264
  %266 = and i1 %263, %265
  br i1 %266, label %write.ok32, label %write.low30

dead29:                                           ; No predecessors!
  br label %join28

write.low30:                                      ; preds = %join28
  %267 = load i64, i64* %lowStart, align 8
  %268 = icmp uge i64 %261, %267
  %269 = load i64, i64* %lowEnd, align 8
  %270 = icmp ule i64 %262, %269
  %271 = and i1 %268, %270
  br i1 %271, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %272 = icmp ugt i64 %262, %arena_size
  br i1 %272, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %join28
  %273 = getelementptr i8, i8* %mem, i64 %261
  store i8 41, i8* %273, align 1
  %274 = load i32, i32* %cur, align 4
  %275 = add i32 %274, 1
  store i32 %275, i32* %cur, align 4
  %276 = load i32, i32* %cur, align 4
  %277 = load i32, i32* %text, align 4
  %278 = sub i32 %276, %277
  %279 = sub i32 %278, 4
  store i32 %279, i32* %len, align 4
  %280 = load i32, i32* %text, align 4
  %281 = load i32, i32* %len, align 4
  %282 = zext i32 %280 to i64
  %283 = add i64 %282, 4
  %284 = icmp uge i64 %282, %scratch_start
  %285 = load i64, i64* %highEnd, align 8
  %286 = icmp ule i64 %283, %285
  %287 = and i1 %284, %286
  br i1 %287, label %write.ok36, label %write.low34

ok33:                                             ; preds = %write.slow31
  %288 = icmp ult i64 %261, %scratch_start
  %289 = load i64, i64* %lowStart, align 8
  %290 = call i64 @llvm.umin.i64(i64 %289, i64 %261)
  %291 = load i64, i64* %lowEnd, align 8
  %292 = load i64, i64* %highEnd, align 8
  %293 = add i64 %262, 64
  %294 = sub i64 %262, %290
  %295 = lshr i64 %294, 4
  %296 = add i64 %293, %295
  %297 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %296)
  %298 = call i64 @llvm.umax.i64(i64 %291, i64 %297)
  %299 = select i1 %288, i64 %298, i64 %291
  store i64 %299, i64* %lowEnd, align 8
  %300 = add i64 %262, 64
  %301 = sub i64 %262, %scratch_start
  %302 = lshr i64 %301, 4
  %303 = add i64 %300, %302
  %304 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %303)
  %305 = call i64 @llvm.umax.i64(i64 %292, i64 %304)
  %306 = select i1 %288, i64 %292, i64 %305
  store i64 %306, i64* %highEnd, align 8
  store i64 %290, i64* %lowStart, align 8
  br label %write.ok32

write.low34:                                      ; preds = %write.ok32
  %307 = load i64, i64* %lowStart, align 8
  %308 = icmp uge i64 %282, %307
  %309 = load i64, i64* %lowEnd, align 8
  %310 = icmp ule i64 %283, %309
  %311 = and i1 %308, %310
  br i1 %311, label %write.ok36, label %write.slow35

write.slow35:                                     ; preds = %write.low34
  %312 = icmp ugt i64 %283, %arena_size
  br i1 %312, label %trap17.site0, label %ok37

write.ok36:                                       ; preds = %ok37, %write.low34, %write.ok32
  %313 = getelementptr i8, i8* %mem, i64 %282
  store i32 %281, i32* %unaligned38, align 4
  %314 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %313, i8* %314, i64 4, i1 false)
  %315 = load i32, i32* %len, align 4
  %316 = add i32 %315, 4
  %317 = zext i32 %316 to i64
  %318 = getelementptr i64, i64* %regs, i64 1
  %319 = getelementptr i64, i64* %regs, i64 2
  %320 = load i64, i64* %318, align 8
  %321 = add i64 %320, 3
  %322 = and i64 %321, -4
  %323 = add i64 %322, %317
  %324 = load i64, i64* %319, align 8
  %325 = icmp ugt i64 %323, %324
  br i1 %325, label %trap15.site18, label %ok39

ok37:                                             ; preds = %write.slow35
  %326 = icmp ult i64 %282, %scratch_start
  %327 = load i64, i64* %lowStart, align 8
  %328 = call i64 @llvm.umin.i64(i64 %327, i64 %282)
  %329 = load i64, i64* %lowEnd, align 8
  %330 = load i64, i64* %highEnd, align 8
  %331 = add i64 %283, 64
  %332 = sub i64 %283, %328
  %333 = lshr i64 %332, 4
  %334 = add i64 %331, %333
  %335 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %334)
  %336 = call i64 @llvm.umax.i64(i64 %329, i64 %335)
  %337 = select i1 %326, i64 %336, i64 %329
  store i64 %337, i64* %lowEnd, align 8
  %338 = add i64 %283, 64
  %339 = sub i64 %283, %scratch_start
  %340 = lshr i64 %339, 4
  %341 = add i64 %338, %340
  %342 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %341)
  %343 = call i64 @llvm.umax.i64(i64 %330, i64 %342)
  %344 = select i1 %326, i64 %330, i64 %343
  store i64 %344, i64* %highEnd, align 8
  store i64 %328, i64* %lowStart, align 8
  br label %write.ok36

ok39:                                             ; preds = %write.ok36
  store i64 %323, i64* %318, align 8
  %345 = load i64, i64* %highEnd, align 8
  %346 = call i64 @llvm.umax.i64(i64 %345, i64 %323)
  store i64 %346, i64* %highEnd, align 8
  %347 = trunc i64 %322 to i32
  store i32 %347, i32* %result, align 4
  br label %e0
}
