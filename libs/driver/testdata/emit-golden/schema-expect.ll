; From libs/driver/testdata/emit-golden/schema-expect.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/schema-expect.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (47):
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
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 9 function(s):

define internal i32 @m0.validate.Address(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %v.arg) {
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
  %10 = sub i64 %arena_size, 4
  %11 = icmp sgt i64 %9, %10
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

define internal i32 @m0.validate.Customer(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %v.arg) {
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
  %10 = sub i64 %arena_size, 4
  %11 = icmp sgt i64 %9, %10
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
  %30 = sub i64 %arena_size, 16
  %31 = icmp sgt i64 %29, %30
  br i1 %31, label %trap17.site0, label %ok3

dead:                                             ; No predecessors!
  br label %join

ok3:                                              ; preds = %join
  %32 = add i64 %29, 8
  %33 = getelementptr i8, i8* %mem, i64 %32
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
  %51 = sub i64 %arena_size, 32
  %52 = icmp sgt i64 %50, %51
  br i1 %52, label %trap17.site0, label %ok11

dead10:                                           ; No predecessors!
  br label %join9

ok11:                                             ; preds = %join9
  %53 = add i64 %50, 28
  %54 = getelementptr i8, i8* %mem, i64 %53
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
  %127 = sub i64 %arena_size, 1
  %128 = icmp sgt i64 %126, %127
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
  %139 = sub i64 %arena_size, 1
  %140 = icmp sgt i64 %138, %139
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
  %258 = sub i64 %arena_size, 1
  %259 = icmp sgt i64 %257, %258
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
  %278 = sub i64 %arena_size, 1
  %279 = icmp sgt i64 %277, %278
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
  %302 = sub i64 %arena_size, 1
  %303 = icmp sgt i64 %301, %302
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
  %392 = sub i64 %arena_size, 1
  %393 = icmp sgt i64 %391, %392
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
  %404 = sub i64 %arena_size, 1
  %405 = icmp sgt i64 %403, %404
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
  %436 = sub i64 %arena_size, 1
  %437 = icmp sgt i64 %435, %436
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
  %461 = sub i64 %arena_size, 4
  %462 = icmp sgt i64 %460, %461
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
  %529 = call i1 @llvm.expect.i1(i1 %528, i1 true)
  br i1 %529, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join91
  %530 = load i64, i64* %lowStart, align 8
  %531 = getelementptr i64, i64* %regs, i64 6
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %lowEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 7
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 8
  store i64 %534, i64* %535, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok93
  %536 = load i64, i64* %lowStart, align 8
  %537 = icmp uge i64 %523, %536
  %538 = load i64, i64* %lowEnd, align 8
  %539 = icmp ule i64 %524, %538
  %540 = and i1 %537, %539
  %541 = call i1 @llvm.expect.i1(i1 %540, i1 true)
  br i1 %541, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %542 = icmp ugt i64 %524, %arena_size
  br i1 %542, label %trap17.site0, label %ok94

write.ok:                                         ; preds = %ok94, %write.low, %ok93
  %543 = getelementptr i8, i8* %mem, i64 %523
  store i32 %522, i32* %unaligned95, align 4
  %544 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %543, i8* %544, i64 4, i1 false)
  %545 = load i32, i32* %args_out, align 4
  %546 = load i64, i64* %fuel, align 8
  %547 = getelementptr i64, i64* %regs, i64 0
  store i64 %546, i64* %547, align 8
  %548 = load i64, i64* %lowStart, align 8
  %549 = getelementptr i64, i64* %regs, i64 6
  store i64 %548, i64* %549, align 8
  %550 = load i64, i64* %lowEnd, align 8
  %551 = getelementptr i64, i64* %regs, i64 7
  store i64 %550, i64* %551, align 8
  %552 = load i64, i64* %highEnd, align 8
  %553 = getelementptr i64, i64* %regs, i64 8
  store i64 %552, i64* %553, align 8
  ret i32 %545

ok94:                                             ; preds = %write.slow
  %554 = icmp ult i64 %523, %scratch_start
  %555 = load i64, i64* %lowStart, align 8
  %556 = call i64 @llvm.umin.i64(i64 %555, i64 %523)
  %557 = load i64, i64* %lowEnd, align 8
  %558 = load i64, i64* %highEnd, align 8
  %559 = add i64 %524, 64
  %560 = sub i64 %524, %556
  %561 = lshr i64 %560, 4
  %562 = add i64 %559, %561
  %563 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %562)
  %564 = call i64 @llvm.umax.i64(i64 %557, i64 %563)
  %565 = select i1 %554, i64 %564, i64 %557
  store i64 %565, i64* %lowEnd, align 8
  %566 = add i64 %524, 64
  %567 = sub i64 %524, %scratch_start
  %568 = lshr i64 %567, 4
  %569 = add i64 %566, %568
  %570 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %569)
  %571 = call i64 @llvm.umax.i64(i64 %558, i64 %570)
  %572 = select i1 %554, i64 %558, i64 %571
  store i64 %572, i64* %highEnd, align 8
  store i64 %556, i64* %lowStart, align 8
  br label %write.ok
}

define internal i32 @m0.conv.Address(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %v.arg) {
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
  %17 = sub i64 %arena_size, 4
  %18 = icmp sgt i64 %16, %17
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
  %30 = sub i64 %arena_size, 8
  %31 = icmp sgt i64 %29, %30
  br i1 %31, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %write.slow8, %write.slow, %ok1, %ok
  %32 = load i64, i64* %lowStart, align 8
  %33 = getelementptr i64, i64* %regs, i64 6
  store i64 %32, i64* %33, align 8
  %34 = load i64, i64* %lowEnd, align 8
  %35 = getelementptr i64, i64* %regs, i64 7
  store i64 %34, i64* %35, align 8
  %36 = load i64, i64* %highEnd, align 8
  %37 = getelementptr i64, i64* %regs, i64 8
  store i64 %36, i64* %37, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %38 = add i64 %29, 4
  %39 = getelementptr i8, i8* %mem, i64 %38
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
  %61 = call i1 @llvm.expect.i1(i1 %60, i1 true)
  br i1 %61, label %write.ok, label %write.low

trap15.site0:                                     ; preds = %write.ok9, %ok2
  %62 = load i64, i64* %lowStart, align 8
  %63 = getelementptr i64, i64* %regs, i64 6
  store i64 %62, i64* %63, align 8
  %64 = load i64, i64* %lowEnd, align 8
  %65 = getelementptr i64, i64* %regs, i64 7
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %highEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 8
  store i64 %66, i64* %67, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

write.low:                                        ; preds = %ok4
  %68 = load i64, i64* %lowStart, align 8
  %69 = icmp uge i64 %55, %68
  %70 = load i64, i64* %lowEnd, align 8
  %71 = icmp ule i64 %56, %70
  %72 = and i1 %69, %71
  %73 = call i1 @llvm.expect.i1(i1 %72, i1 true)
  br i1 %73, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %74 = icmp ugt i64 %56, %arena_size
  br i1 %74, label %trap17.site0, label %ok5

write.ok:                                         ; preds = %ok5, %write.low, %ok4
  %75 = getelementptr i8, i8* %mem, i64 %55
  store i32 %54, i32* %unaligned6, align 4
  %76 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %76, i64 4, i1 false)
  %77 = load i32, i32* %out, align 4
  %78 = load i32, i32* %f.city, align 4
  %79 = zext i32 %77 to i64
  %80 = add i64 %79, 4
  %81 = add i64 %80, 4
  %82 = icmp uge i64 %80, %scratch_start
  %83 = load i64, i64* %highEnd, align 8
  %84 = icmp ule i64 %81, %83
  %85 = and i1 %82, %84
  %86 = call i1 @llvm.expect.i1(i1 %85, i1 true)
  br i1 %86, label %write.ok9, label %write.low7

ok5:                                              ; preds = %write.slow
  %87 = icmp ult i64 %55, %scratch_start
  %88 = load i64, i64* %lowStart, align 8
  %89 = call i64 @llvm.umin.i64(i64 %88, i64 %55)
  %90 = load i64, i64* %lowEnd, align 8
  %91 = load i64, i64* %highEnd, align 8
  %92 = add i64 %56, 64
  %93 = sub i64 %56, %89
  %94 = lshr i64 %93, 4
  %95 = add i64 %92, %94
  %96 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %95)
  %97 = call i64 @llvm.umax.i64(i64 %90, i64 %96)
  %98 = select i1 %87, i64 %97, i64 %90
  store i64 %98, i64* %lowEnd, align 8
  %99 = add i64 %56, 64
  %100 = sub i64 %56, %scratch_start
  %101 = lshr i64 %100, 4
  %102 = add i64 %99, %101
  %103 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %102)
  %104 = call i64 @llvm.umax.i64(i64 %91, i64 %103)
  %105 = select i1 %87, i64 %91, i64 %104
  store i64 %105, i64* %highEnd, align 8
  store i64 %89, i64* %lowStart, align 8
  br label %write.ok

write.low7:                                       ; preds = %write.ok
  %106 = load i64, i64* %lowStart, align 8
  %107 = icmp uge i64 %80, %106
  %108 = load i64, i64* %lowEnd, align 8
  %109 = icmp ule i64 %81, %108
  %110 = and i1 %107, %109
  %111 = call i1 @llvm.expect.i1(i1 %110, i1 true)
  br i1 %111, label %write.ok9, label %write.slow8

write.slow8:                                      ; preds = %write.low7
  %112 = icmp ugt i64 %81, %arena_size
  br i1 %112, label %trap17.site0, label %ok10

write.ok9:                                        ; preds = %ok10, %write.low7, %write.ok
  %113 = getelementptr i8, i8* %mem, i64 %80
  store i32 %78, i32* %unaligned11, align 4
  %114 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %113, i8* %114, i64 4, i1 false)
  %115 = load i32, i32* %f.zip, align 4
  %116 = icmp uge i32 %depth, 1000
  br i1 %116, label %trap15.site0, label %ok12

ok10:                                             ; preds = %write.slow8
  %117 = icmp ult i64 %80, %scratch_start
  %118 = load i64, i64* %lowStart, align 8
  %119 = call i64 @llvm.umin.i64(i64 %118, i64 %80)
  %120 = load i64, i64* %lowEnd, align 8
  %121 = load i64, i64* %highEnd, align 8
  %122 = add i64 %81, 64
  %123 = sub i64 %81, %119
  %124 = lshr i64 %123, 4
  %125 = add i64 %122, %124
  %126 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %125)
  %127 = call i64 @llvm.umax.i64(i64 %120, i64 %126)
  %128 = select i1 %117, i64 %127, i64 %120
  store i64 %128, i64* %lowEnd, align 8
  %129 = add i64 %81, 64
  %130 = sub i64 %81, %scratch_start
  %131 = lshr i64 %130, 4
  %132 = add i64 %129, %131
  %133 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %132)
  %134 = call i64 @llvm.umax.i64(i64 %121, i64 %133)
  %135 = select i1 %117, i64 %121, i64 %134
  store i64 %135, i64* %highEnd, align 8
  store i64 %119, i64* %lowStart, align 8
  br label %write.ok9

ok12:                                             ; preds = %write.ok9
  %136 = icmp ult i64 %10, %stack_limit
  br i1 %136, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %ok12
  %137 = load i64, i64* %fuel, align 8
  %138 = getelementptr i64, i64* %regs, i64 0
  store i64 %137, i64* %138, align 8
  %139 = load i64, i64* %lowStart, align 8
  %140 = getelementptr i64, i64* %regs, i64 6
  store i64 %139, i64* %140, align 8
  %141 = load i64, i64* %lowEnd, align 8
  %142 = getelementptr i64, i64* %regs, i64 7
  store i64 %141, i64* %142, align 8
  %143 = load i64, i64* %highEnd, align 8
  %144 = getelementptr i64, i64* %regs, i64 8
  store i64 %143, i64* %144, align 8
  %145 = add i32 %depth, 1
  %146 = call i32 @m0.pred.Address.zip(i64* %regs, i8* %mem, i32 %145, i32 0, i32 %115)
  %147 = getelementptr i64, i64* %regs, i64 0
  %148 = load i64, i64* %147, align 8
  store i64 %148, i64* %fuel, align 8
  %149 = getelementptr i64, i64* %regs, i64 6
  %150 = load i64, i64* %149, align 8
  store i64 %150, i64* %lowStart, align 8
  %151 = getelementptr i64, i64* %regs, i64 7
  %152 = load i64, i64* %151, align 8
  store i64 %152, i64* %lowEnd, align 8
  %153 = getelementptr i64, i64* %regs, i64 8
  %154 = load i64, i64* %153, align 8
  store i64 %154, i64* %highEnd, align 8
  %155 = icmp eq i32 %146, 0
  %156 = zext i1 %155 to i32
  %157 = icmp ne i32 %156, 0
  br i1 %157, label %then, label %else

trap253.site0:                                    ; preds = %ok12
  %158 = load i64, i64* %lowStart, align 8
  %159 = getelementptr i64, i64* %regs, i64 6
  store i64 %158, i64* %159, align 8
  %160 = load i64, i64* %lowEnd, align 8
  %161 = getelementptr i64, i64* %regs, i64 7
  store i64 %160, i64* %161, align 8
  %162 = load i64, i64* %highEnd, align 8
  %163 = getelementptr i64, i64* %regs, i64 8
  store i64 %162, i64* %163, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %164 = load i64, i64* %fuel, align 8
  %165 = getelementptr i64, i64* %regs, i64 0
  store i64 %164, i64* %165, align 8
  %166 = load i64, i64* %lowStart, align 8
  %167 = getelementptr i64, i64* %regs, i64 6
  store i64 %166, i64* %167, align 8
  %168 = load i64, i64* %lowEnd, align 8
  %169 = getelementptr i64, i64* %regs, i64 7
  store i64 %168, i64* %169, align 8
  %170 = load i64, i64* %highEnd, align 8
  %171 = getelementptr i64, i64* %regs, i64 8
  store i64 %170, i64* %171, align 8
  ret i32 -1

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %172 = load i32, i32* %out, align 4
  %173 = load i64, i64* %fuel, align 8
  %174 = getelementptr i64, i64* %regs, i64 0
  store i64 %173, i64* %174, align 8
  %175 = load i64, i64* %lowStart, align 8
  %176 = getelementptr i64, i64* %regs, i64 6
  store i64 %175, i64* %176, align 8
  %177 = load i64, i64* %lowEnd, align 8
  %178 = getelementptr i64, i64* %regs, i64 7
  store i64 %177, i64* %178, align 8
  %179 = load i64, i64* %highEnd, align 8
  %180 = getelementptr i64, i64* %regs, i64 8
  store i64 %179, i64* %180, align 8
  ret i32 %172

dead:                                             ; No predecessors!
  br label %join
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
  %51 = sub i64 %arena_size, 4
  %52 = icmp sgt i64 %50, %51
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
  %111 = call i1 @llvm.expect.i1(i1 %110, i1 true)
  br i1 %111, label %write.ok, label %write.low

trap15.site4:                                     ; preds = %ok4
  %112 = load i64, i64* %lowStart, align 8
  %113 = getelementptr i64, i64* %regs, i64 6
  store i64 %112, i64* %113, align 8
  %114 = load i64, i64* %lowEnd, align 8
  %115 = getelementptr i64, i64* %regs, i64 7
  store i64 %114, i64* %115, align 8
  %116 = load i64, i64* %highEnd, align 8
  %117 = getelementptr i64, i64* %regs, i64 8
  store i64 %116, i64* %117, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

write.low:                                        ; preds = %ok5
  %118 = load i64, i64* %lowStart, align 8
  %119 = icmp uge i64 %105, %118
  %120 = load i64, i64* %lowEnd, align 8
  %121 = icmp ule i64 %106, %120
  %122 = and i1 %119, %121
  %123 = call i1 @llvm.expect.i1(i1 %122, i1 true)
  br i1 %123, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %124 = icmp ugt i64 %106, %arena_size
  br i1 %124, label %trap17.site0, label %ok6

write.ok:                                         ; preds = %ok6, %write.low, %ok5
  %125 = getelementptr i8, i8* %mem, i64 %105
  store i32 0, i32* %unaligned7, align 4
  %126 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %125, i8* %126, i64 4, i1 false)
  %127 = load i32, i32* %closure, align 4
  %128 = zext i32 %127 to i64
  %129 = add i64 %128, 4
  %130 = add i64 %129, 4
  %131 = icmp uge i64 %129, %scratch_start
  %132 = load i64, i64* %highEnd, align 8
  %133 = icmp ule i64 %130, %132
  %134 = and i1 %131, %133
  %135 = call i1 @llvm.expect.i1(i1 %134, i1 true)
  br i1 %135, label %write.ok10, label %write.low8

ok6:                                              ; preds = %write.slow
  %136 = icmp ult i64 %105, %scratch_start
  %137 = load i64, i64* %lowStart, align 8
  %138 = call i64 @llvm.umin.i64(i64 %137, i64 %105)
  %139 = load i64, i64* %lowEnd, align 8
  %140 = load i64, i64* %highEnd, align 8
  %141 = add i64 %106, 64
  %142 = sub i64 %106, %138
  %143 = lshr i64 %142, 4
  %144 = add i64 %141, %143
  %145 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %144)
  %146 = call i64 @llvm.umax.i64(i64 %139, i64 %145)
  %147 = select i1 %136, i64 %146, i64 %139
  store i64 %147, i64* %lowEnd, align 8
  %148 = add i64 %106, 64
  %149 = sub i64 %106, %scratch_start
  %150 = lshr i64 %149, 4
  %151 = add i64 %148, %150
  %152 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %151)
  %153 = call i64 @llvm.umax.i64(i64 %140, i64 %152)
  %154 = select i1 %136, i64 %140, i64 %153
  store i64 %154, i64* %highEnd, align 8
  store i64 %138, i64* %lowStart, align 8
  br label %write.ok

write.low8:                                       ; preds = %write.ok
  %155 = load i64, i64* %lowStart, align 8
  %156 = icmp uge i64 %129, %155
  %157 = load i64, i64* %lowEnd, align 8
  %158 = icmp ule i64 %130, %157
  %159 = and i1 %156, %158
  %160 = call i1 @llvm.expect.i1(i1 %159, i1 true)
  br i1 %160, label %write.ok10, label %write.slow9

write.slow9:                                      ; preds = %write.low8
  %161 = icmp ugt i64 %130, %arena_size
  br i1 %161, label %trap17.site0, label %ok11

write.ok10:                                       ; preds = %ok11, %write.low8, %write.ok
  %162 = getelementptr i8, i8* %mem, i64 %129
  store i32 0, i32* %unaligned12, align 4
  %163 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %162, i8* %163, i64 4, i1 false)
  %164 = load i32, i32* %dict, align 4
  %165 = load i32, i32* %closure, align 4
  %166 = zext i32 %164 to i64
  %167 = add i64 %166, 4
  %168 = icmp uge i64 %166, %scratch_start
  %169 = load i64, i64* %highEnd, align 8
  %170 = icmp ule i64 %167, %169
  %171 = and i1 %168, %170
  %172 = call i1 @llvm.expect.i1(i1 %171, i1 true)
  br i1 %172, label %write.ok15, label %write.low13

ok11:                                             ; preds = %write.slow9
  %173 = icmp ult i64 %129, %scratch_start
  %174 = load i64, i64* %lowStart, align 8
  %175 = call i64 @llvm.umin.i64(i64 %174, i64 %129)
  %176 = load i64, i64* %lowEnd, align 8
  %177 = load i64, i64* %highEnd, align 8
  %178 = add i64 %130, 64
  %179 = sub i64 %130, %175
  %180 = lshr i64 %179, 4
  %181 = add i64 %178, %180
  %182 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %181)
  %183 = call i64 @llvm.umax.i64(i64 %176, i64 %182)
  %184 = select i1 %173, i64 %183, i64 %176
  store i64 %184, i64* %lowEnd, align 8
  %185 = add i64 %130, 64
  %186 = sub i64 %130, %scratch_start
  %187 = lshr i64 %186, 4
  %188 = add i64 %185, %187
  %189 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %188)
  %190 = call i64 @llvm.umax.i64(i64 %177, i64 %189)
  %191 = select i1 %173, i64 %177, i64 %190
  store i64 %191, i64* %highEnd, align 8
  store i64 %175, i64* %lowStart, align 8
  br label %write.ok10

write.low13:                                      ; preds = %write.ok10
  %192 = load i64, i64* %lowStart, align 8
  %193 = icmp uge i64 %166, %192
  %194 = load i64, i64* %lowEnd, align 8
  %195 = icmp ule i64 %167, %194
  %196 = and i1 %193, %195
  %197 = call i1 @llvm.expect.i1(i1 %196, i1 true)
  br i1 %197, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %198 = icmp ugt i64 %167, %arena_size
  br i1 %198, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %write.ok10
  %199 = getelementptr i8, i8* %mem, i64 %166
  store i32 %165, i32* %unaligned17, align 4
  %200 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %199, i8* %200, i64 4, i1 false)
  %201 = getelementptr i64, i64* %regs, i64 1
  %202 = getelementptr i64, i64* %regs, i64 2
  %203 = load i64, i64* %201, align 8
  %204 = add i64 %203, 7
  %205 = and i64 %204, -8
  %206 = add i64 %205, 8
  %207 = load i64, i64* %202, align 8
  %208 = icmp ugt i64 %206, %207
  br i1 %208, label %trap15.site5, label %ok20

ok16:                                             ; preds = %write.slow14
  %209 = icmp ult i64 %166, %scratch_start
  %210 = load i64, i64* %lowStart, align 8
  %211 = call i64 @llvm.umin.i64(i64 %210, i64 %166)
  %212 = load i64, i64* %lowEnd, align 8
  %213 = load i64, i64* %highEnd, align 8
  %214 = add i64 %167, 64
  %215 = sub i64 %167, %211
  %216 = lshr i64 %215, 4
  %217 = add i64 %214, %216
  %218 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %217)
  %219 = call i64 @llvm.umax.i64(i64 %212, i64 %218)
  %220 = select i1 %209, i64 %219, i64 %212
  store i64 %220, i64* %lowEnd, align 8
  %221 = add i64 %167, 64
  %222 = sub i64 %167, %scratch_start
  %223 = lshr i64 %222, 4
  %224 = add i64 %221, %223
  %225 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %224)
  %226 = call i64 @llvm.umax.i64(i64 %213, i64 %225)
  %227 = select i1 %209, i64 %213, i64 %226
  store i64 %227, i64* %highEnd, align 8
  store i64 %211, i64* %lowStart, align 8
  br label %write.ok15

e1:                                               ; preds = %join
  %228 = load i32, i32* %result18, align 4
  store i32 %228, i32* %home, align 4
  %229 = load i32, i32* %dict, align 4
  %230 = load i32, i32* %home, align 4
  %231 = zext i32 %229 to i64
  %232 = add i64 %231, 4
  %233 = add i64 %232, 4
  %234 = icmp uge i64 %232, %scratch_start
  %235 = load i64, i64* %highEnd, align 8
  %236 = icmp ule i64 %233, %235
  %237 = and i1 %234, %236
  %238 = call i1 @llvm.expect.i1(i1 %237, i1 true)
  br i1 %238, label %write.ok35, label %write.low33

e2:                                               ; preds = %write.ok28
  %239 = load i32, i32* %result19, align 4
  %240 = icmp uge i32 %depth, 1000
  br i1 %240, label %trap15.site5, label %ok31

ok20:                                             ; preds = %write.ok15
  store i64 %206, i64* %201, align 8
  %241 = load i64, i64* %highEnd, align 8
  %242 = call i64 @llvm.umax.i64(i64 %241, i64 %206)
  store i64 %242, i64* %highEnd, align 8
  %243 = trunc i64 %205 to i32
  store i32 %243, i32* %dict.1, align 4
  store i32 8, i32* %zip, align 4
  %244 = load i32, i32* %dict.1, align 4
  %245 = load i32, i32* %zip, align 4
  %246 = zext i32 %244 to i64
  %247 = add i64 %246, 4
  %248 = icmp uge i64 %246, %scratch_start
  %249 = load i64, i64* %highEnd, align 8
  %250 = icmp ule i64 %247, %249
  %251 = and i1 %248, %250
  %252 = call i1 @llvm.expect.i1(i1 %251, i1 true)
  br i1 %252, label %write.ok23, label %write.low21

trap15.site5:                                     ; preds = %e2, %write.ok15
  %253 = load i64, i64* %lowStart, align 8
  %254 = getelementptr i64, i64* %regs, i64 6
  store i64 %253, i64* %254, align 8
  %255 = load i64, i64* %lowEnd, align 8
  %256 = getelementptr i64, i64* %regs, i64 7
  store i64 %255, i64* %256, align 8
  %257 = load i64, i64* %highEnd, align 8
  %258 = getelementptr i64, i64* %regs, i64 8
  store i64 %257, i64* %258, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low21:                                      ; preds = %ok20
  %259 = load i64, i64* %lowStart, align 8
  %260 = icmp uge i64 %246, %259
  %261 = load i64, i64* %lowEnd, align 8
  %262 = icmp ule i64 %247, %261
  %263 = and i1 %260, %262
  %264 = call i1 @llvm.expect.i1(i1 %263, i1 true)
  br i1 %264, label %write.ok23, label %write.slow22

write.slow22:                                     ; preds = %write.low21
  %265 = icmp ugt i64 %247, %arena_size
  br i1 %265, label %trap17.site0, label %ok24

write.ok23:                                       ; preds = %ok24, %write.low21, %ok20
  %266 = getelementptr i8, i8* %mem, i64 %246
  store i32 %245, i32* %unaligned25, align 4
  %267 = bitcast i32* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %266, i8* %267, i64 4, i1 false)
  store i32 20, i32* %city, align 4
  %268 = load i32, i32* %dict.1, align 4
  %269 = load i32, i32* %city, align 4
  %270 = zext i32 %268 to i64
  %271 = add i64 %270, 4
  %272 = add i64 %271, 4
  %273 = icmp uge i64 %271, %scratch_start
  %274 = load i64, i64* %highEnd, align 8
  %275 = icmp ule i64 %272, %274
  %276 = and i1 %273, %275
  %277 = call i1 @llvm.expect.i1(i1 %276, i1 true)
  br i1 %277, label %write.ok28, label %write.low26

ok24:                                             ; preds = %write.slow22
  %278 = icmp ult i64 %246, %scratch_start
  %279 = load i64, i64* %lowStart, align 8
  %280 = call i64 @llvm.umin.i64(i64 %279, i64 %246)
  %281 = load i64, i64* %lowEnd, align 8
  %282 = load i64, i64* %highEnd, align 8
  %283 = add i64 %247, 64
  %284 = sub i64 %247, %280
  %285 = lshr i64 %284, 4
  %286 = add i64 %283, %285
  %287 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %286)
  %288 = call i64 @llvm.umax.i64(i64 %281, i64 %287)
  %289 = select i1 %278, i64 %288, i64 %281
  store i64 %289, i64* %lowEnd, align 8
  %290 = add i64 %247, 64
  %291 = sub i64 %247, %scratch_start
  %292 = lshr i64 %291, 4
  %293 = add i64 %290, %292
  %294 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %293)
  %295 = call i64 @llvm.umax.i64(i64 %282, i64 %294)
  %296 = select i1 %278, i64 %282, i64 %295
  store i64 %296, i64* %highEnd, align 8
  store i64 %280, i64* %lowStart, align 8
  br label %write.ok23

write.low26:                                      ; preds = %write.ok23
  %297 = load i64, i64* %lowStart, align 8
  %298 = icmp uge i64 %271, %297
  %299 = load i64, i64* %lowEnd, align 8
  %300 = icmp ule i64 %272, %299
  %301 = and i1 %298, %300
  %302 = call i1 @llvm.expect.i1(i1 %301, i1 true)
  br i1 %302, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %303 = icmp ugt i64 %272, %arena_size
  br i1 %303, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %write.ok23
  %304 = getelementptr i8, i8* %mem, i64 %271
  store i32 %269, i32* %unaligned30, align 4
  %305 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %304, i8* %305, i64 4, i1 false)
  %306 = load i32, i32* %dict.1, align 4
  store i32 %306, i32* %result19, align 4
  br label %e2

ok29:                                             ; preds = %write.slow27
  %307 = icmp ult i64 %271, %scratch_start
  %308 = load i64, i64* %lowStart, align 8
  %309 = call i64 @llvm.umin.i64(i64 %308, i64 %271)
  %310 = load i64, i64* %lowEnd, align 8
  %311 = load i64, i64* %highEnd, align 8
  %312 = add i64 %272, 64
  %313 = sub i64 %272, %309
  %314 = lshr i64 %313, 4
  %315 = add i64 %312, %314
  %316 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %315)
  %317 = call i64 @llvm.umax.i64(i64 %310, i64 %316)
  %318 = select i1 %307, i64 %317, i64 %310
  store i64 %318, i64* %lowEnd, align 8
  %319 = add i64 %272, 64
  %320 = sub i64 %272, %scratch_start
  %321 = lshr i64 %320, 4
  %322 = add i64 %319, %321
  %323 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %322)
  %324 = call i64 @llvm.umax.i64(i64 %311, i64 %323)
  %325 = select i1 %307, i64 %311, i64 %324
  store i64 %325, i64* %highEnd, align 8
  store i64 %309, i64* %lowStart, align 8
  br label %write.ok28

ok31:                                             ; preds = %e2
  %326 = icmp ult i64 %10, %stack_limit
  br i1 %326, label %trap253.site0, label %stack_ok32

stack_ok32:                                       ; preds = %ok31
  %327 = load i64, i64* %fuel, align 8
  %328 = getelementptr i64, i64* %regs, i64 0
  store i64 %327, i64* %328, align 8
  %329 = load i64, i64* %lowStart, align 8
  %330 = getelementptr i64, i64* %regs, i64 6
  store i64 %329, i64* %330, align 8
  %331 = load i64, i64* %lowEnd, align 8
  %332 = getelementptr i64, i64* %regs, i64 7
  store i64 %331, i64* %332, align 8
  %333 = load i64, i64* %highEnd, align 8
  %334 = getelementptr i64, i64* %regs, i64 8
  store i64 %333, i64* %334, align 8
  %335 = add i32 %depth, 1
  %336 = call i32 @m0.conv.Address(i64* %regs, i8* %mem, i32 %335, i32 %239)
  %337 = getelementptr i64, i64* %regs, i64 0
  %338 = load i64, i64* %337, align 8
  store i64 %338, i64* %fuel, align 8
  %339 = getelementptr i64, i64* %regs, i64 6
  %340 = load i64, i64* %339, align 8
  store i64 %340, i64* %lowStart, align 8
  %341 = getelementptr i64, i64* %regs, i64 7
  %342 = load i64, i64* %341, align 8
  store i64 %342, i64* %lowEnd, align 8
  %343 = getelementptr i64, i64* %regs, i64 8
  %344 = load i64, i64* %343, align 8
  store i64 %344, i64* %highEnd, align 8
  store i32 %336, i32* %conv, align 4
  %345 = load i32, i32* %conv, align 4
  %346 = icmp eq i32 %345, -1
  %347 = zext i1 %346 to i32
  %348 = icmp ne i32 %347, 0
  br i1 %348, label %then, label %else

then:                                             ; preds = %stack_ok32
  br label %trap5.site5

else:                                             ; preds = %stack_ok32
  br label %join

join:                                             ; preds = %else, %dead
  %349 = load i32, i32* %conv, align 4
  store i32 %349, i32* %result18, align 4
  br label %e1

trap5.site5:                                      ; preds = %then
  %350 = load i64, i64* %lowStart, align 8
  %351 = getelementptr i64, i64* %regs, i64 6
  store i64 %350, i64* %351, align 8
  %352 = load i64, i64* %lowEnd, align 8
  %353 = getelementptr i64, i64* %regs, i64 7
  store i64 %352, i64* %353, align 8
  %354 = load i64, i64* %highEnd, align 8
  %355 = getelementptr i64, i64* %regs, i64 8
  store i64 %354, i64* %355, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

write.low33:                                      ; preds = %e1
  %356 = load i64, i64* %lowStart, align 8
  %357 = icmp uge i64 %232, %356
  %358 = load i64, i64* %lowEnd, align 8
  %359 = icmp ule i64 %233, %358
  %360 = and i1 %357, %359
  %361 = call i1 @llvm.expect.i1(i1 %360, i1 true)
  br i1 %361, label %write.ok35, label %write.slow34

write.slow34:                                     ; preds = %write.low33
  %362 = icmp ugt i64 %233, %arena_size
  br i1 %362, label %trap17.site0, label %ok36

write.ok35:                                       ; preds = %ok36, %write.low33, %e1
  %363 = getelementptr i8, i8* %mem, i64 %232
  store i32 %230, i32* %unaligned37, align 4
  %364 = bitcast i32* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %363, i8* %364, i64 4, i1 false)
  %365 = load i32, i32* %c, align 4
  %366 = icmp uge i32 %depth, 1000
  br i1 %366, label %trap15.site6, label %ok38

ok36:                                             ; preds = %write.slow34
  %367 = icmp ult i64 %232, %scratch_start
  %368 = load i64, i64* %lowStart, align 8
  %369 = call i64 @llvm.umin.i64(i64 %368, i64 %232)
  %370 = load i64, i64* %lowEnd, align 8
  %371 = load i64, i64* %highEnd, align 8
  %372 = add i64 %233, 64
  %373 = sub i64 %233, %369
  %374 = lshr i64 %373, 4
  %375 = add i64 %372, %374
  %376 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %375)
  %377 = call i64 @llvm.umax.i64(i64 %370, i64 %376)
  %378 = select i1 %367, i64 %377, i64 %370
  store i64 %378, i64* %lowEnd, align 8
  %379 = add i64 %233, 64
  %380 = sub i64 %233, %scratch_start
  %381 = lshr i64 %380, 4
  %382 = add i64 %379, %381
  %383 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %382)
  %384 = call i64 @llvm.umax.i64(i64 %371, i64 %383)
  %385 = select i1 %367, i64 %371, i64 %384
  store i64 %385, i64* %highEnd, align 8
  store i64 %369, i64* %lowStart, align 8
  br label %write.ok35

ok38:                                             ; preds = %write.ok35
  %386 = icmp ult i64 %10, %stack_limit
  br i1 %386, label %trap253.site0, label %stack_ok39

trap15.site6:                                     ; preds = %write.ok35
  %387 = load i64, i64* %lowStart, align 8
  %388 = getelementptr i64, i64* %regs, i64 6
  store i64 %387, i64* %388, align 8
  %389 = load i64, i64* %lowEnd, align 8
  %390 = getelementptr i64, i64* %regs, i64 7
  store i64 %389, i64* %390, align 8
  %391 = load i64, i64* %highEnd, align 8
  %392 = getelementptr i64, i64* %regs, i64 8
  store i64 %391, i64* %392, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok39:                                       ; preds = %ok38
  %393 = load i64, i64* %fuel, align 8
  %394 = getelementptr i64, i64* %regs, i64 0
  store i64 %393, i64* %394, align 8
  %395 = load i64, i64* %lowStart, align 8
  %396 = getelementptr i64, i64* %regs, i64 6
  store i64 %395, i64* %396, align 8
  %397 = load i64, i64* %lowEnd, align 8
  %398 = getelementptr i64, i64* %regs, i64 7
  store i64 %397, i64* %398, align 8
  %399 = load i64, i64* %highEnd, align 8
  %400 = getelementptr i64, i64* %regs, i64 8
  store i64 %399, i64* %400, align 8
  %401 = add i32 %depth, 1
  %402 = call i32 @m0.fn.label(i64* %regs, i8* %mem, i32 %401, i32 0, i32 %365)
  %403 = getelementptr i64, i64* %regs, i64 0
  %404 = load i64, i64* %403, align 8
  store i64 %404, i64* %fuel, align 8
  %405 = getelementptr i64, i64* %regs, i64 6
  %406 = load i64, i64* %405, align 8
  store i64 %406, i64* %lowStart, align 8
  %407 = getelementptr i64, i64* %regs, i64 7
  %408 = load i64, i64* %407, align 8
  store i64 %408, i64* %lowEnd, align 8
  %409 = getelementptr i64, i64* %regs, i64 8
  %410 = load i64, i64* %409, align 8
  store i64 %410, i64* %highEnd, align 8
  store i32 %402, i32* %who, align 4
  %411 = load i32, i32* %dict, align 4
  %412 = load i32, i32* %who, align 4
  %413 = zext i32 %411 to i64
  %414 = add i64 %413, 8
  %415 = add i64 %414, 4
  %416 = icmp uge i64 %414, %scratch_start
  %417 = load i64, i64* %highEnd, align 8
  %418 = icmp ule i64 %415, %417
  %419 = and i1 %416, %418
  %420 = call i1 @llvm.expect.i1(i1 %419, i1 true)
  br i1 %420, label %write.ok42, label %write.low40

write.low40:                                      ; preds = %stack_ok39
  %421 = load i64, i64* %lowStart, align 8
  %422 = icmp uge i64 %414, %421
  %423 = load i64, i64* %lowEnd, align 8
  %424 = icmp ule i64 %415, %423
  %425 = and i1 %422, %424
  %426 = call i1 @llvm.expect.i1(i1 %425, i1 true)
  br i1 %426, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %427 = icmp ugt i64 %415, %arena_size
  br i1 %427, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %stack_ok39
  %428 = getelementptr i8, i8* %mem, i64 %414
  store i32 %412, i32* %unaligned44, align 4
  %429 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %428, i8* %429, i64 4, i1 false)
  %430 = load i32, i32* %c, align 4
  %431 = zext i32 %430 to i64
  %432 = sub i64 %arena_size, 24
  %433 = icmp sgt i64 %431, %432
  br i1 %433, label %trap17.site7, label %ok45

ok43:                                             ; preds = %write.slow41
  %434 = icmp ult i64 %414, %scratch_start
  %435 = load i64, i64* %lowStart, align 8
  %436 = call i64 @llvm.umin.i64(i64 %435, i64 %414)
  %437 = load i64, i64* %lowEnd, align 8
  %438 = load i64, i64* %highEnd, align 8
  %439 = add i64 %415, 64
  %440 = sub i64 %415, %436
  %441 = lshr i64 %440, 4
  %442 = add i64 %439, %441
  %443 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %442)
  %444 = call i64 @llvm.umax.i64(i64 %437, i64 %443)
  %445 = select i1 %434, i64 %444, i64 %437
  store i64 %445, i64* %lowEnd, align 8
  %446 = add i64 %415, 64
  %447 = sub i64 %415, %scratch_start
  %448 = lshr i64 %447, 4
  %449 = add i64 %446, %448
  %450 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %449)
  %451 = call i64 @llvm.umax.i64(i64 %438, i64 %450)
  %452 = select i1 %434, i64 %438, i64 %451
  store i64 %452, i64* %highEnd, align 8
  store i64 %436, i64* %lowStart, align 8
  br label %write.ok42

ok45:                                             ; preds = %write.ok42
  %453 = add i64 %431, 16
  %454 = getelementptr i8, i8* %mem, i64 %453
  %455 = bitcast i64* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %455, i8* %454, i64 8, i1 false)
  %456 = load i64, i64* %unaligned46, align 8
  store i64 %456, i64* %credit, align 8
  %457 = load i32, i32* %dict, align 4
  %458 = load i64, i64* %credit, align 8
  %459 = zext i32 %457 to i64
  %460 = add i64 %459, 16
  %461 = add i64 %460, 8
  %462 = icmp uge i64 %460, %scratch_start
  %463 = load i64, i64* %highEnd, align 8
  %464 = icmp ule i64 %461, %463
  %465 = and i1 %462, %464
  %466 = call i1 @llvm.expect.i1(i1 %465, i1 true)
  br i1 %466, label %write.ok49, label %write.low47

trap17.site7:                                     ; preds = %write.ok42
  %467 = load i64, i64* %lowStart, align 8
  %468 = getelementptr i64, i64* %regs, i64 6
  store i64 %467, i64* %468, align 8
  %469 = load i64, i64* %lowEnd, align 8
  %470 = getelementptr i64, i64* %regs, i64 7
  store i64 %469, i64* %470, align 8
  %471 = load i64, i64* %highEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 8
  store i64 %471, i64* %472, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

write.low47:                                      ; preds = %ok45
  %473 = load i64, i64* %lowStart, align 8
  %474 = icmp uge i64 %460, %473
  %475 = load i64, i64* %lowEnd, align 8
  %476 = icmp ule i64 %461, %475
  %477 = and i1 %474, %476
  %478 = call i1 @llvm.expect.i1(i1 %477, i1 true)
  br i1 %478, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %479 = icmp ugt i64 %461, %arena_size
  br i1 %479, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %ok45
  %480 = getelementptr i8, i8* %mem, i64 %460
  store i64 %458, i64* %unaligned51, align 8
  %481 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %480, i8* %481, i64 8, i1 false)
  %482 = load i32, i32* %c, align 4
  %483 = zext i32 %482 to i64
  %484 = sub i64 %arena_size, 32
  %485 = icmp sgt i64 %483, %484
  br i1 %485, label %trap17.site10, label %ok52

ok50:                                             ; preds = %write.slow48
  %486 = icmp ult i64 %460, %scratch_start
  %487 = load i64, i64* %lowStart, align 8
  %488 = call i64 @llvm.umin.i64(i64 %487, i64 %460)
  %489 = load i64, i64* %lowEnd, align 8
  %490 = load i64, i64* %highEnd, align 8
  %491 = add i64 %461, 64
  %492 = sub i64 %461, %488
  %493 = lshr i64 %492, 4
  %494 = add i64 %491, %493
  %495 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %494)
  %496 = call i64 @llvm.umax.i64(i64 %489, i64 %495)
  %497 = select i1 %486, i64 %496, i64 %489
  store i64 %497, i64* %lowEnd, align 8
  %498 = add i64 %461, 64
  %499 = sub i64 %461, %scratch_start
  %500 = lshr i64 %499, 4
  %501 = add i64 %498, %500
  %502 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %501)
  %503 = call i64 @llvm.umax.i64(i64 %490, i64 %502)
  %504 = select i1 %486, i64 %490, i64 %503
  store i64 %504, i64* %highEnd, align 8
  store i64 %488, i64* %lowStart, align 8
  br label %write.ok49

ok52:                                             ; preds = %write.ok49
  %505 = add i64 %483, 28
  %506 = getelementptr i8, i8* %mem, i64 %505
  %507 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %507, i8* %506, i64 4, i1 false)
  %508 = load i32, i32* %unaligned53, align 4
  %509 = zext i32 %508 to i64
  %510 = sub i64 %arena_size, 8
  %511 = icmp sgt i64 %509, %510
  br i1 %511, label %trap17.site9, label %ok54

trap17.site10:                                    ; preds = %write.ok49
  %512 = load i64, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  store i64 %516, i64* %517, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

ok54:                                             ; preds = %ok52
  %518 = add i64 %509, 4
  %519 = getelementptr i8, i8* %mem, i64 %518
  %520 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %520, i8* %519, i64 4, i1 false)
  %521 = load i32, i32* %unaligned55, align 4
  %522 = load i32, i32* %home, align 4
  %523 = zext i32 %522 to i64
  %524 = sub i64 %arena_size, 8
  %525 = icmp sgt i64 %523, %524
  br i1 %525, label %trap17.site11, label %ok56

trap17.site9:                                     ; preds = %ok52
  %526 = load i64, i64* %lowStart, align 8
  %527 = getelementptr i64, i64* %regs, i64 6
  store i64 %526, i64* %527, align 8
  %528 = load i64, i64* %lowEnd, align 8
  %529 = getelementptr i64, i64* %regs, i64 7
  store i64 %528, i64* %529, align 8
  %530 = load i64, i64* %highEnd, align 8
  %531 = getelementptr i64, i64* %regs, i64 8
  store i64 %530, i64* %531, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

ok56:                                             ; preds = %ok54
  %532 = add i64 %523, 4
  %533 = getelementptr i8, i8* %mem, i64 %532
  %534 = bitcast i32* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %534, i8* %533, i64 4, i1 false)
  %535 = load i32, i32* %unaligned57, align 4
  %536 = icmp uge i32 %depth, 1000
  br i1 %536, label %trap15.site0, label %ok58

trap17.site11:                                    ; preds = %ok54
  %537 = load i64, i64* %lowStart, align 8
  %538 = getelementptr i64, i64* %regs, i64 6
  store i64 %537, i64* %538, align 8
  %539 = load i64, i64* %lowEnd, align 8
  %540 = getelementptr i64, i64* %regs, i64 7
  store i64 %539, i64* %540, align 8
  %541 = load i64, i64* %highEnd, align 8
  %542 = getelementptr i64, i64* %regs, i64 8
  store i64 %541, i64* %542, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 11)
  unreachable

ok58:                                             ; preds = %ok56
  %543 = icmp ult i64 %10, %stack_limit
  br i1 %543, label %trap253.site0, label %stack_ok59

trap15.site0:                                     ; preds = %e0, %ok56
  %544 = load i64, i64* %lowStart, align 8
  %545 = getelementptr i64, i64* %regs, i64 6
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %lowEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 7
  store i64 %546, i64* %547, align 8
  %548 = load i64, i64* %highEnd, align 8
  %549 = getelementptr i64, i64* %regs, i64 8
  store i64 %548, i64* %549, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok59:                                       ; preds = %ok58
  %550 = load i64, i64* %fuel, align 8
  %551 = getelementptr i64, i64* %regs, i64 0
  store i64 %550, i64* %551, align 8
  %552 = load i64, i64* %lowStart, align 8
  %553 = getelementptr i64, i64* %regs, i64 6
  store i64 %552, i64* %553, align 8
  %554 = load i64, i64* %lowEnd, align 8
  %555 = getelementptr i64, i64* %regs, i64 7
  store i64 %554, i64* %555, align 8
  %556 = load i64, i64* %highEnd, align 8
  %557 = getelementptr i64, i64* %regs, i64 8
  store i64 %556, i64* %557, align 8
  %558 = add i32 %depth, 1
  %559 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %558, i32 %521, i32 %535)
  %560 = getelementptr i64, i64* %regs, i64 0
  %561 = load i64, i64* %560, align 8
  store i64 %561, i64* %fuel, align 8
  %562 = getelementptr i64, i64* %regs, i64 6
  %563 = load i64, i64* %562, align 8
  store i64 %563, i64* %lowStart, align 8
  %564 = getelementptr i64, i64* %regs, i64 7
  %565 = load i64, i64* %564, align 8
  store i64 %565, i64* %lowEnd, align 8
  %566 = getelementptr i64, i64* %regs, i64 8
  %567 = load i64, i64* %566, align 8
  store i64 %567, i64* %highEnd, align 8
  store i32 %559, i32* %same_city, align 4
  %568 = load i32, i32* %dict, align 4
  %569 = load i32, i32* %same_city, align 4
  %570 = zext i32 %568 to i64
  %571 = add i64 %570, 24
  %572 = add i64 %571, 1
  %573 = icmp uge i64 %571, %scratch_start
  %574 = load i64, i64* %highEnd, align 8
  %575 = icmp ule i64 %572, %574
  %576 = and i1 %573, %575
  %577 = call i1 @llvm.expect.i1(i1 %576, i1 true)
  br i1 %577, label %write.ok62, label %write.low60

write.low60:                                      ; preds = %stack_ok59
  %578 = load i64, i64* %lowStart, align 8
  %579 = icmp uge i64 %571, %578
  %580 = load i64, i64* %lowEnd, align 8
  %581 = icmp ule i64 %572, %580
  %582 = and i1 %579, %581
  %583 = call i1 @llvm.expect.i1(i1 %582, i1 true)
  br i1 %583, label %write.ok62, label %write.slow61

write.slow61:                                     ; preds = %write.low60
  %584 = icmp ugt i64 %572, %arena_size
  br i1 %584, label %trap17.site0, label %ok63

write.ok62:                                       ; preds = %ok63, %write.low60, %stack_ok59
  %585 = getelementptr i8, i8* %mem, i64 %571
  %586 = trunc i32 %569 to i8
  store i8 %586, i8* %585, align 1
  %587 = load i32, i32* %c, align 4
  store i32 %587, i32* %copy, align 4
  %588 = load i32, i32* %dict, align 4
  %589 = load i32, i32* %copy, align 4
  %590 = zext i32 %588 to i64
  %591 = add i64 %590, 28
  %592 = add i64 %591, 4
  %593 = icmp uge i64 %591, %scratch_start
  %594 = load i64, i64* %highEnd, align 8
  %595 = icmp ule i64 %592, %594
  %596 = and i1 %593, %595
  %597 = call i1 @llvm.expect.i1(i1 %596, i1 true)
  br i1 %597, label %write.ok66, label %write.low64

ok63:                                             ; preds = %write.slow61
  %598 = icmp ult i64 %571, %scratch_start
  %599 = load i64, i64* %lowStart, align 8
  %600 = call i64 @llvm.umin.i64(i64 %599, i64 %571)
  %601 = load i64, i64* %lowEnd, align 8
  %602 = load i64, i64* %highEnd, align 8
  %603 = add i64 %572, 64
  %604 = sub i64 %572, %600
  %605 = lshr i64 %604, 4
  %606 = add i64 %603, %605
  %607 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %606)
  %608 = call i64 @llvm.umax.i64(i64 %601, i64 %607)
  %609 = select i1 %598, i64 %608, i64 %601
  store i64 %609, i64* %lowEnd, align 8
  %610 = add i64 %572, 64
  %611 = sub i64 %572, %scratch_start
  %612 = lshr i64 %611, 4
  %613 = add i64 %610, %612
  %614 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %613)
  %615 = call i64 @llvm.umax.i64(i64 %602, i64 %614)
  %616 = select i1 %598, i64 %602, i64 %615
  store i64 %616, i64* %highEnd, align 8
  store i64 %600, i64* %lowStart, align 8
  br label %write.ok62

write.low64:                                      ; preds = %write.ok62
  %617 = load i64, i64* %lowStart, align 8
  %618 = icmp uge i64 %591, %617
  %619 = load i64, i64* %lowEnd, align 8
  %620 = icmp ule i64 %592, %619
  %621 = and i1 %618, %620
  %622 = call i1 @llvm.expect.i1(i1 %621, i1 true)
  br i1 %622, label %write.ok66, label %write.slow65

write.slow65:                                     ; preds = %write.low64
  %623 = icmp ugt i64 %592, %arena_size
  br i1 %623, label %trap17.site0, label %ok67

write.ok66:                                       ; preds = %ok67, %write.low64, %write.ok62
  %624 = getelementptr i8, i8* %mem, i64 %591
  store i32 %589, i32* %unaligned68, align 4
  %625 = bitcast i32* %unaligned68 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %624, i8* %625, i64 4, i1 false)
  %626 = load i32, i32* %dict, align 4
  store i32 %626, i32* %result3, align 4
  br label %e0

ok67:                                             ; preds = %write.slow65
  %627 = icmp ult i64 %591, %scratch_start
  %628 = load i64, i64* %lowStart, align 8
  %629 = call i64 @llvm.umin.i64(i64 %628, i64 %591)
  %630 = load i64, i64* %lowEnd, align 8
  %631 = load i64, i64* %highEnd, align 8
  %632 = add i64 %592, 64
  %633 = sub i64 %592, %629
  %634 = lshr i64 %633, 4
  %635 = add i64 %632, %634
  %636 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %635)
  %637 = call i64 @llvm.umax.i64(i64 %630, i64 %636)
  %638 = select i1 %627, i64 %637, i64 %630
  store i64 %638, i64* %lowEnd, align 8
  %639 = add i64 %592, 64
  %640 = sub i64 %592, %scratch_start
  %641 = lshr i64 %640, 4
  %642 = add i64 %639, %641
  %643 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %642)
  %644 = call i64 @llvm.umax.i64(i64 %631, i64 %643)
  %645 = select i1 %627, i64 %631, i64 %644
  store i64 %645, i64* %highEnd, align 8
  store i64 %629, i64* %lowStart, align 8
  br label %write.ok66

ok69:                                             ; preds = %e0
  %646 = icmp ult i64 %10, %stack_limit
  br i1 %646, label %trap253.site0, label %stack_ok70

stack_ok70:                                       ; preds = %ok69
  %647 = load i64, i64* %fuel, align 8
  %648 = getelementptr i64, i64* %regs, i64 0
  store i64 %647, i64* %648, align 8
  %649 = load i64, i64* %lowStart, align 8
  %650 = getelementptr i64, i64* %regs, i64 6
  store i64 %649, i64* %650, align 8
  %651 = load i64, i64* %lowEnd, align 8
  %652 = getelementptr i64, i64* %regs, i64 7
  store i64 %651, i64* %652, align 8
  %653 = load i64, i64* %highEnd, align 8
  %654 = getelementptr i64, i64* %regs, i64 8
  store i64 %653, i64* %654, align 8
  %655 = add i32 %depth, 1
  %656 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %655, i32 %81, i32 %82, i32 0)
  %657 = getelementptr i64, i64* %regs, i64 0
  %658 = load i64, i64* %657, align 8
  store i64 %658, i64* %fuel, align 8
  %659 = getelementptr i64, i64* %regs, i64 6
  %660 = load i64, i64* %659, align 8
  store i64 %660, i64* %lowStart, align 8
  %661 = getelementptr i64, i64* %regs, i64 7
  %662 = load i64, i64* %661, align 8
  store i64 %662, i64* %lowEnd, align 8
  %663 = getelementptr i64, i64* %regs, i64 8
  %664 = load i64, i64* %663, align 8
  store i64 %664, i64* %highEnd, align 8
  store i32 %656, i32* %json_end, align 4
  %665 = load i32, i32* %json_end, align 4
  %666 = icmp eq i32 %665, -2
  %667 = zext i1 %666 to i32
  %668 = icmp ne i32 %667, 0
  br i1 %668, label %then71, label %else72

then71:                                           ; preds = %stack_ok70
  br label %trap16.site3

else72:                                           ; preds = %stack_ok70
  br label %join73

join73:                                           ; preds = %else72, %dead74
  %669 = load i32, i32* %json_end, align 4
  %670 = icmp eq i32 %669, -1
  %671 = zext i1 %670 to i32
  %672 = icmp ne i32 %671, 0
  br i1 %672, label %then75, label %else76

trap16.site3:                                     ; preds = %then71
  %673 = load i64, i64* %lowStart, align 8
  %674 = getelementptr i64, i64* %regs, i64 6
  store i64 %673, i64* %674, align 8
  %675 = load i64, i64* %lowEnd, align 8
  %676 = getelementptr i64, i64* %regs, i64 7
  store i64 %675, i64* %676, align 8
  %677 = load i64, i64* %highEnd, align 8
  %678 = getelementptr i64, i64* %regs, i64 8
  store i64 %677, i64* %678, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead74:                                           ; No predecessors!
  br label %join73

then75:                                           ; preds = %join73
  br label %trap15.site3

else76:                                           ; preds = %join73
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %679 = load i32, i32* %json_end, align 4
  %680 = zext i32 %679 to i64
  %681 = getelementptr i64, i64* %regs, i64 3
  store i64 %680, i64* %681, align 8
  %682 = load i32, i32* %json_end, align 4
  %683 = load i32, i32* %json_start, align 4
  %684 = sub i32 %682, %683
  %685 = load i64, i64* %fuel, align 8
  %686 = getelementptr i64, i64* %regs, i64 0
  store i64 %685, i64* %686, align 8
  %687 = load i64, i64* %lowStart, align 8
  %688 = getelementptr i64, i64* %regs, i64 6
  store i64 %687, i64* %688, align 8
  %689 = load i64, i64* %lowEnd, align 8
  %690 = getelementptr i64, i64* %regs, i64 7
  store i64 %689, i64* %690, align 8
  %691 = load i64, i64* %highEnd, align 8
  %692 = getelementptr i64, i64* %regs, i64 8
  store i64 %691, i64* %692, align 8
  ret i32 %684

dead78:                                           ; No predecessors!
  br label %join77
}

define internal i32 @m0.pred.Customer.name(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i32 %n.arg) {
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
  %8 = sub i64 %arena_size, 4
  %9 = icmp sgt i64 %7, %8
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

define internal i32 @m0.pred.Customer.age(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %a.arg) {
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

define internal i32 @m0.pred.Address.zip(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i32 %z.arg) {
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
  %8 = sub i64 %arena_size, 4
  %9 = icmp sgt i64 %7, %8
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

define internal i32 @m0.fn.label(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i32 %x.arg) {
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
  %15 = sub i64 %arena_size, 4
  %16 = icmp sgt i64 %14, %15
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
  %37 = sub i64 %arena_size, 32
  %38 = icmp sgt i64 %36, %37
  br i1 %38, label %trap17.site21, label %ok2

trap17.site19:                                    ; preds = %ok
  %39 = load i64, i64* %lowStart, align 8
  %40 = getelementptr i64, i64* %regs, i64 6
  store i64 %39, i64* %40, align 8
  %41 = load i64, i64* %lowEnd, align 8
  %42 = getelementptr i64, i64* %regs, i64 7
  store i64 %41, i64* %42, align 8
  %43 = load i64, i64* %highEnd, align 8
  %44 = getelementptr i64, i64* %regs, i64 8
  store i64 %43, i64* %44, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 19)
  unreachable

ok2:                                              ; preds = %ok1
  %45 = add i64 %36, 28
  %46 = getelementptr i8, i8* %mem, i64 %45
  %47 = bitcast i32* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %47, i8* %46, i64 4, i1 false)
  %48 = load i32, i32* %unaligned3, align 4
  %49 = zext i32 %48 to i64
  %50 = sub i64 %arena_size, 8
  %51 = icmp sgt i64 %49, %50
  br i1 %51, label %trap17.site20, label %ok4

trap17.site21:                                    ; preds = %ok1
  %52 = load i64, i64* %lowStart, align 8
  %53 = getelementptr i64, i64* %regs, i64 6
  store i64 %52, i64* %53, align 8
  %54 = load i64, i64* %lowEnd, align 8
  %55 = getelementptr i64, i64* %regs, i64 7
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %highEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 8
  store i64 %56, i64* %57, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

ok4:                                              ; preds = %ok2
  %58 = add i64 %49, 4
  %59 = getelementptr i8, i8* %mem, i64 %58
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
  %72 = sub i64 %arena_size, 4
  %73 = icmp sgt i64 %71, %72
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
  %118 = call i1 @llvm.expect.i1(i1 %117, i1 true)
  br i1 %118, label %write.ok, label %write.low

trap17.site18:                                    ; preds = %write.slow23, %write.ok18, %write.slow, %join
  %119 = load i64, i64* %lowStart, align 8
  %120 = getelementptr i64, i64* %regs, i64 6
  store i64 %119, i64* %120, align 8
  %121 = load i64, i64* %lowEnd, align 8
  %122 = getelementptr i64, i64* %regs, i64 7
  store i64 %121, i64* %122, align 8
  %123 = load i64, i64* %highEnd, align 8
  %124 = getelementptr i64, i64* %regs, i64 8
  store i64 %123, i64* %124, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

write.low:                                        ; preds = %ok8
  %125 = load i64, i64* %lowStart, align 8
  %126 = icmp uge i64 %112, %125
  %127 = load i64, i64* %lowEnd, align 8
  %128 = icmp ule i64 %113, %127
  %129 = and i1 %126, %128
  %130 = call i1 @llvm.expect.i1(i1 %129, i1 true)
  br i1 %130, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %131 = icmp ugt i64 %113, %arena_size
  br i1 %131, label %trap17.site18, label %ok9

write.ok:                                         ; preds = %ok9, %write.low, %ok8
  %132 = getelementptr i8, i8* %mem, i64 %112
  %133 = getelementptr i8, i8* %mem, i64 %103
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %132, i8* %133, i64 %102, i1 false)
  %134 = load i32, i32* %cur, align 4
  %135 = load i32, i32* %slen, align 4
  %136 = add i32 %134, %135
  store i32 %136, i32* %cur, align 4
  %137 = load i32, i32* %part.1, align 4
  store i32 %137, i32* %s.1, align 4
  %138 = load i32, i32* %s.1, align 4
  %139 = zext i32 %138 to i64
  %140 = sub i64 %arena_size, 4
  %141 = icmp sgt i64 %139, %140
  br i1 %141, label %trap17.site0, label %ok10

ok9:                                              ; preds = %write.slow
  %142 = icmp ult i64 %112, %scratch_start
  %143 = load i64, i64* %lowStart, align 8
  %144 = call i64 @llvm.umin.i64(i64 %143, i64 %112)
  %145 = load i64, i64* %lowEnd, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = add i64 %113, 64
  %148 = sub i64 %113, %144
  %149 = lshr i64 %148, 4
  %150 = add i64 %147, %149
  %151 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %150)
  %152 = call i64 @llvm.umax.i64(i64 %145, i64 %151)
  %153 = select i1 %142, i64 %152, i64 %145
  store i64 %153, i64* %lowEnd, align 8
  %154 = add i64 %113, 64
  %155 = sub i64 %113, %scratch_start
  %156 = lshr i64 %155, 4
  %157 = add i64 %154, %156
  %158 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %157)
  %159 = call i64 @llvm.umax.i64(i64 %146, i64 %158)
  %160 = select i1 %142, i64 %146, i64 %159
  store i64 %160, i64* %highEnd, align 8
  store i64 %144, i64* %lowStart, align 8
  br label %write.ok

ok10:                                             ; preds = %write.ok
  %161 = getelementptr i8, i8* %mem, i64 %139
  %162 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %162, i8* %161, i64 4, i1 false)
  %163 = load i32, i32* %unaligned11, align 4
  store i32 %163, i32* %slen.1, align 4
  %164 = load i32, i32* %cur, align 4
  %165 = load i32, i32* %slen.1, align 4
  %166 = add i32 2, %165
  %167 = add i32 %164, %166
  %168 = getelementptr i64, i64* %regs, i64 2
  %169 = load i64, i64* %168, align 8
  %170 = trunc i64 %169 to i32
  %171 = icmp ugt i32 %167, %170
  %172 = zext i1 %171 to i32
  %173 = icmp ne i32 %172, 0
  br i1 %173, label %then12, label %else13

then12:                                           ; preds = %ok10
  br label %trap15.site18

else13:                                           ; preds = %ok10
  br label %join14

join14:                                           ; preds = %else13, %dead15
  %174 = load i32, i32* %cur, align 4
  %175 = zext i32 %174 to i64
  %176 = add i64 %175, 2
  %177 = icmp uge i64 %175, %scratch_start
  %178 = load i64, i64* %highEnd, align 8
  %179 = icmp ule i64 %176, %178
  %180 = and i1 %177, %179
  %181 = call i1 @llvm.expect.i1(i1 %180, i1 true)
  br i1 %181, label %write.ok18, label %write.low16

dead15:                                           ; No predecessors!
  br label %join14

write.low16:                                      ; preds = %join14
  %182 = load i64, i64* %lowStart, align 8
  %183 = icmp uge i64 %175, %182
  %184 = load i64, i64* %lowEnd, align 8
  %185 = icmp ule i64 %176, %184
  %186 = and i1 %183, %185
  %187 = call i1 @llvm.expect.i1(i1 %186, i1 true)
  br i1 %187, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %188 = icmp ugt i64 %176, %arena_size
  br i1 %188, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %join14
  %189 = getelementptr i8, i8* %mem, i64 %175
  store i16 10272, i16* %unaligned20, align 2
  %190 = bitcast i16* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %189, i8* %190, i64 2, i1 false)
  %191 = load i32, i32* %cur, align 4
  %192 = add i32 %191, 2
  store i32 %192, i32* %cur, align 4
  %193 = load i32, i32* %cur, align 4
  %194 = load i32, i32* %s.1, align 4
  %195 = add i32 %194, 4
  %196 = load i32, i32* %slen.1, align 4
  %197 = zext i32 %196 to i64
  %198 = zext i32 %195 to i64
  %199 = add i64 %198, %197
  %200 = icmp ugt i64 %199, %arena_size
  br i1 %200, label %trap17.site18, label %ok21

ok19:                                             ; preds = %write.slow17
  %201 = icmp ult i64 %175, %scratch_start
  %202 = load i64, i64* %lowStart, align 8
  %203 = call i64 @llvm.umin.i64(i64 %202, i64 %175)
  %204 = load i64, i64* %lowEnd, align 8
  %205 = load i64, i64* %highEnd, align 8
  %206 = add i64 %176, 64
  %207 = sub i64 %176, %203
  %208 = lshr i64 %207, 4
  %209 = add i64 %206, %208
  %210 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %209)
  %211 = call i64 @llvm.umax.i64(i64 %204, i64 %210)
  %212 = select i1 %201, i64 %211, i64 %204
  store i64 %212, i64* %lowEnd, align 8
  %213 = add i64 %176, 64
  %214 = sub i64 %176, %scratch_start
  %215 = lshr i64 %214, 4
  %216 = add i64 %213, %215
  %217 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %216)
  %218 = call i64 @llvm.umax.i64(i64 %205, i64 %217)
  %219 = select i1 %201, i64 %205, i64 %218
  store i64 %219, i64* %highEnd, align 8
  store i64 %203, i64* %lowStart, align 8
  br label %write.ok18

ok21:                                             ; preds = %write.ok18
  %220 = zext i32 %193 to i64
  %221 = add i64 %220, %197
  %222 = icmp uge i64 %220, %scratch_start
  %223 = load i64, i64* %highEnd, align 8
  %224 = icmp ule i64 %221, %223
  %225 = and i1 %222, %224
  %226 = call i1 @llvm.expect.i1(i1 %225, i1 true)
  br i1 %226, label %write.ok24, label %write.low22

write.low22:                                      ; preds = %ok21
  %227 = load i64, i64* %lowStart, align 8
  %228 = icmp uge i64 %220, %227
  %229 = load i64, i64* %lowEnd, align 8
  %230 = icmp ule i64 %221, %229
  %231 = and i1 %228, %230
  %232 = call i1 @llvm.expect.i1(i1 %231, i1 true)
  br i1 %232, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %233 = icmp ugt i64 %221, %arena_size
  br i1 %233, label %trap17.site18, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok21
  %234 = getelementptr i8, i8* %mem, i64 %220
  %235 = getelementptr i8, i8* %mem, i64 %198
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %234, i8* %235, i64 %197, i1 false)
  %236 = load i32, i32* %cur, align 4
  %237 = load i32, i32* %slen.1, align 4
  %238 = add i32 %236, %237
  store i32 %238, i32* %cur, align 4
  %239 = load i32, i32* %cur, align 4
  %240 = add i32 %239, 1
  %241 = getelementptr i64, i64* %regs, i64 2
  %242 = load i64, i64* %241, align 8
  %243 = trunc i64 %242 to i32
  %244 = icmp ugt i32 %240, %243
  %245 = zext i1 %244 to i32
  %246 = icmp ne i32 %245, 0
  br i1 %246, label %then26, label %else27

ok25:                                             ; preds = %write.slow23
  %247 = icmp ult i64 %220, %scratch_start
  %248 = load i64, i64* %lowStart, align 8
  %249 = call i64 @llvm.umin.i64(i64 %248, i64 %220)
  %250 = load i64, i64* %lowEnd, align 8
  %251 = load i64, i64* %highEnd, align 8
  %252 = add i64 %221, 64
  %253 = sub i64 %221, %249
  %254 = lshr i64 %253, 4
  %255 = add i64 %252, %254
  %256 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %255)
  %257 = call i64 @llvm.umax.i64(i64 %250, i64 %256)
  %258 = select i1 %247, i64 %257, i64 %250
  store i64 %258, i64* %lowEnd, align 8
  %259 = add i64 %221, 64
  %260 = sub i64 %221, %scratch_start
  %261 = lshr i64 %260, 4
  %262 = add i64 %259, %261
  %263 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %262)
  %264 = call i64 @llvm.umax.i64(i64 %251, i64 %263)
  %265 = select i1 %247, i64 %251, i64 %264
  store i64 %265, i64* %highEnd, align 8
  store i64 %249, i64* %lowStart, align 8
  br label %write.ok24

then26:                                           ; preds = %write.ok24
  br label %trap15.site18

else27:                                           ; preds = %write.ok24
  br label %join28

join28:                                           ; preds = %else27, %dead29
  %266 = load i32, i32* %cur, align 4
  %267 = zext i32 %266 to i64
  %268 = add i64 %267, 1
  %269 = icmp uge i64 %267, %scratch_start
  %270 = load i64, i64* %highEnd, align 8
  %271 = icmp ule i64 %268, %270
  %272 = and i1 %269, %271
  %273 = call i1 @llvm.expect.i1(i1 %272, i1 true)
  br i1 %273, label %write.ok32, label %write.low30

dead29:                                           ; No predecessors!
  br label %join28

write.low30:                                      ; preds = %join28
  %274 = load i64, i64* %lowStart, align 8
  %275 = icmp uge i64 %267, %274
  %276 = load i64, i64* %lowEnd, align 8
  %277 = icmp ule i64 %268, %276
  %278 = and i1 %275, %277
  %279 = call i1 @llvm.expect.i1(i1 %278, i1 true)
  br i1 %279, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %280 = icmp ugt i64 %268, %arena_size
  br i1 %280, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %join28
  %281 = getelementptr i8, i8* %mem, i64 %267
  store i8 41, i8* %281, align 1
  %282 = load i32, i32* %cur, align 4
  %283 = add i32 %282, 1
  store i32 %283, i32* %cur, align 4
  %284 = load i32, i32* %cur, align 4
  %285 = load i32, i32* %text, align 4
  %286 = sub i32 %284, %285
  %287 = sub i32 %286, 4
  store i32 %287, i32* %len, align 4
  %288 = load i32, i32* %text, align 4
  %289 = load i32, i32* %len, align 4
  %290 = zext i32 %288 to i64
  %291 = add i64 %290, 4
  %292 = icmp uge i64 %290, %scratch_start
  %293 = load i64, i64* %highEnd, align 8
  %294 = icmp ule i64 %291, %293
  %295 = and i1 %292, %294
  %296 = call i1 @llvm.expect.i1(i1 %295, i1 true)
  br i1 %296, label %write.ok36, label %write.low34

ok33:                                             ; preds = %write.slow31
  %297 = icmp ult i64 %267, %scratch_start
  %298 = load i64, i64* %lowStart, align 8
  %299 = call i64 @llvm.umin.i64(i64 %298, i64 %267)
  %300 = load i64, i64* %lowEnd, align 8
  %301 = load i64, i64* %highEnd, align 8
  %302 = add i64 %268, 64
  %303 = sub i64 %268, %299
  %304 = lshr i64 %303, 4
  %305 = add i64 %302, %304
  %306 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %305)
  %307 = call i64 @llvm.umax.i64(i64 %300, i64 %306)
  %308 = select i1 %297, i64 %307, i64 %300
  store i64 %308, i64* %lowEnd, align 8
  %309 = add i64 %268, 64
  %310 = sub i64 %268, %scratch_start
  %311 = lshr i64 %310, 4
  %312 = add i64 %309, %311
  %313 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %312)
  %314 = call i64 @llvm.umax.i64(i64 %301, i64 %313)
  %315 = select i1 %297, i64 %301, i64 %314
  store i64 %315, i64* %highEnd, align 8
  store i64 %299, i64* %lowStart, align 8
  br label %write.ok32

write.low34:                                      ; preds = %write.ok32
  %316 = load i64, i64* %lowStart, align 8
  %317 = icmp uge i64 %290, %316
  %318 = load i64, i64* %lowEnd, align 8
  %319 = icmp ule i64 %291, %318
  %320 = and i1 %317, %319
  %321 = call i1 @llvm.expect.i1(i1 %320, i1 true)
  br i1 %321, label %write.ok36, label %write.slow35

write.slow35:                                     ; preds = %write.low34
  %322 = icmp ugt i64 %291, %arena_size
  br i1 %322, label %trap17.site0, label %ok37

write.ok36:                                       ; preds = %ok37, %write.low34, %write.ok32
  %323 = getelementptr i8, i8* %mem, i64 %290
  store i32 %289, i32* %unaligned38, align 4
  %324 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %323, i8* %324, i64 4, i1 false)
  %325 = load i32, i32* %len, align 4
  %326 = add i32 %325, 4
  %327 = zext i32 %326 to i64
  %328 = getelementptr i64, i64* %regs, i64 1
  %329 = getelementptr i64, i64* %regs, i64 2
  %330 = load i64, i64* %328, align 8
  %331 = add i64 %330, 3
  %332 = and i64 %331, -4
  %333 = add i64 %332, %327
  %334 = load i64, i64* %329, align 8
  %335 = icmp ugt i64 %333, %334
  br i1 %335, label %trap15.site18, label %ok39

ok37:                                             ; preds = %write.slow35
  %336 = icmp ult i64 %290, %scratch_start
  %337 = load i64, i64* %lowStart, align 8
  %338 = call i64 @llvm.umin.i64(i64 %337, i64 %290)
  %339 = load i64, i64* %lowEnd, align 8
  %340 = load i64, i64* %highEnd, align 8
  %341 = add i64 %291, 64
  %342 = sub i64 %291, %338
  %343 = lshr i64 %342, 4
  %344 = add i64 %341, %343
  %345 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %344)
  %346 = call i64 @llvm.umax.i64(i64 %339, i64 %345)
  %347 = select i1 %336, i64 %346, i64 %339
  store i64 %347, i64* %lowEnd, align 8
  %348 = add i64 %291, 64
  %349 = sub i64 %291, %scratch_start
  %350 = lshr i64 %349, 4
  %351 = add i64 %348, %350
  %352 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %351)
  %353 = call i64 @llvm.umax.i64(i64 %340, i64 %352)
  %354 = select i1 %336, i64 %340, i64 %353
  store i64 %354, i64* %highEnd, align 8
  store i64 %338, i64* %lowStart, align 8
  br label %write.ok36

ok39:                                             ; preds = %write.ok36
  store i64 %333, i64* %328, align 8
  %355 = load i64, i64* %highEnd, align 8
  %356 = call i64 @llvm.umax.i64(i64 %355, i64 %333)
  store i64 %356, i64* %highEnd, align 8
  %357 = trunc i64 %332 to i32
  store i32 %357, i32* %result, align 4
  br label %e0
}
