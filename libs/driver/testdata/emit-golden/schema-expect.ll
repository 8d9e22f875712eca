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
;   @m0.codec.skip
;   @m0.codec.dec.string.2
;   @m0.codec.dec.int.3
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
  %unaligned = alloca i32, align 4
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

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %11 = getelementptr i8, i8* %mem, i64 %8
  %12 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %12, i8* %11, i64 4, i1 false)
  %13 = load i32, i32* %unaligned, align 4
  %14 = icmp uge i32 %depth, 1000
  br i1 %14, label %trap15.site0, label %ok2

trap17.site0:                                     ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %15 = getelementptr i64, i64* %regs, i64 10
  %16 = load i64, i64* %15, align 8
  %17 = icmp ult i64 %3, %16
  br i1 %17, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %18 = load i64, i64* %fuel, align 8
  %19 = getelementptr i64, i64* %regs, i64 0
  store i64 %18, i64* %19, align 8
  %20 = add i32 %depth, 1
  %21 = call i32 @m0.pred.Address.zip(i64* %regs, i8* %mem, i32 %20, i32 0, i32 %13)
  %22 = getelementptr i64, i64* %regs, i64 0
  %23 = load i64, i64* %22, align 8
  store i64 %23, i64* %fuel, align 8
  %24 = icmp eq i32 %21, 0
  %25 = zext i1 %24 to i32
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %then, label %else

trap253.site0:                                    ; preds = %ok2
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
  %29 = load i64, i64* %fuel, align 8
  %30 = getelementptr i64, i64* %regs, i64 0
  store i64 %29, i64* %30, align 8
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
  %unaligned = alloca i32, align 4
  %unaligned4 = alloca i64, align 8
  %unaligned12 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %11 = getelementptr i8, i8* %mem, i64 %8
  %12 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %12, i8* %11, i64 4, i1 false)
  %13 = load i32, i32* %unaligned, align 4
  %14 = icmp uge i32 %depth, 1000
  br i1 %14, label %trap15.site0, label %ok2

trap17.site0:                                     ; preds = %join9, %join, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %15 = getelementptr i64, i64* %regs, i64 10
  %16 = load i64, i64* %15, align 8
  %17 = icmp ult i64 %3, %16
  br i1 %17, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok11, %ok3, %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %18 = load i64, i64* %fuel, align 8
  %19 = getelementptr i64, i64* %regs, i64 0
  store i64 %18, i64* %19, align 8
  %20 = add i32 %depth, 1
  %21 = call i32 @m0.pred.Customer.name(i64* %regs, i8* %mem, i32 %20, i32 0, i32 %13)
  %22 = getelementptr i64, i64* %regs, i64 0
  %23 = load i64, i64* %22, align 8
  store i64 %23, i64* %fuel, align 8
  %24 = icmp eq i32 %21, 0
  %25 = zext i1 %24 to i32
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %then, label %else

trap253.site0:                                    ; preds = %ok13, %ok5, %ok2
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
  %31 = add i64 %30, 8
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
  %37 = icmp uge i32 %depth, 1000
  br i1 %37, label %trap15.site0, label %ok5

ok5:                                              ; preds = %ok3
  %38 = getelementptr i64, i64* %regs, i64 10
  %39 = load i64, i64* %38, align 8
  %40 = icmp ult i64 %3, %39
  br i1 %40, label %trap253.site0, label %stack_ok6

stack_ok6:                                        ; preds = %ok5
  %41 = load i64, i64* %fuel, align 8
  %42 = getelementptr i64, i64* %regs, i64 0
  store i64 %41, i64* %42, align 8
  %43 = add i32 %depth, 1
  %44 = call i32 @m0.pred.Customer.age(i64* %regs, i8* %mem, i32 %43, i32 0, i64 %36)
  %45 = getelementptr i64, i64* %regs, i64 0
  %46 = load i64, i64* %45, align 8
  store i64 %46, i64* %fuel, align 8
  %47 = icmp eq i32 %44, 0
  %48 = zext i1 %47 to i32
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %then7, label %else8

then7:                                            ; preds = %stack_ok6
  %50 = load i64, i64* %fuel, align 8
  %51 = getelementptr i64, i64* %regs, i64 0
  store i64 %50, i64* %51, align 8
  ret i32 0

else8:                                            ; preds = %stack_ok6
  br label %join9

join9:                                            ; preds = %else8, %dead10
  %52 = load i32, i32* %v, align 4
  %53 = zext i32 %52 to i64
  %54 = add i64 %53, 28
  %55 = add i64 %54, 4
  %56 = icmp ugt i64 %55, %arena_size
  br i1 %56, label %trap17.site0, label %ok11

dead10:                                           ; No predecessors!
  br label %join9

ok11:                                             ; preds = %join9
  %57 = getelementptr i8, i8* %mem, i64 %54
  %58 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %58, i8* %57, i64 4, i1 false)
  %59 = load i32, i32* %unaligned12, align 4
  %60 = icmp uge i32 %depth, 1000
  br i1 %60, label %trap15.site0, label %ok13

ok13:                                             ; preds = %ok11
  %61 = getelementptr i64, i64* %regs, i64 10
  %62 = load i64, i64* %61, align 8
  %63 = icmp ult i64 %3, %62
  br i1 %63, label %trap253.site0, label %stack_ok14

stack_ok14:                                       ; preds = %ok13
  %64 = load i64, i64* %fuel, align 8
  %65 = getelementptr i64, i64* %regs, i64 0
  store i64 %64, i64* %65, align 8
  %66 = add i32 %depth, 1
  %67 = call i32 @m0.validate.Address(i64* %regs, i8* %mem, i32 %66, i32 %59)
  %68 = getelementptr i64, i64* %regs, i64 0
  %69 = load i64, i64* %68, align 8
  store i64 %69, i64* %fuel, align 8
  %70 = icmp eq i32 %67, 0
  %71 = zext i1 %70 to i32
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %then15, label %else16

then15:                                           ; preds = %stack_ok14
  %73 = load i64, i64* %fuel, align 8
  %74 = getelementptr i64, i64* %regs, i64 0
  store i64 %73, i64* %74, align 8
  ret i32 0

else16:                                           ; preds = %stack_ok14
  br label %join17

join17:                                           ; preds = %else16, %dead18
  %75 = load i64, i64* %fuel, align 8
  %76 = getelementptr i64, i64* %regs, i64 0
  store i64 %75, i64* %76, align 8
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
  %arg0_at = alloca i32, align 4
  store i32 0, i32* %arg0_at, align 4
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
  %unaligned90 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %ws16, %ws14, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %ok70, %join68, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok78, %ok71, %ok49, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok88, %join75, %cont61, %ws_done13, %cont52, %cont43, %cont38, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join59
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then66, label %else67

args4:                                            ; preds = %ws_done15, %then17
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
  %212 = icmp eq i32 %211, 1
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

match5:                                           ; preds = %join31, %then33
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
  %250 = add i64 %249, 1
  %251 = icmp ugt i64 %250, %arena_size
  br i1 %251, label %trap17.site0, label %ok32

else30:                                           ; preds = %join25
  br label %join31

join31:                                           ; preds = %else30, %join35
  store i32 -1, i32* %result, align 4
  br label %match5

ok32:                                             ; preds = %then29
  %252 = getelementptr i8, i8* %mem, i64 %249
  %253 = load i8, i8* %252, align 1
  %254 = zext i8 %253 to i32
  %255 = icmp eq i32 %254, 99
  %256 = zext i1 %255 to i32
  %257 = icmp ne i32 %256, 0
  br i1 %257, label %then33, label %else34

then33:                                           ; preds = %ok32
  store i32 0, i32* %result, align 4
  br label %match5

else34:                                           ; preds = %ok32
  br label %join35

join35:                                           ; preds = %else34, %dead36
  br label %join31

dead36:                                           ; No predecessors!
  br label %join35

ws_done6:                                         ; preds = %dead41, %ok39, %ok37
  %258 = load i32, i32* %args_pos, align 4
  %259 = add i32 %258, 1
  store i32 %259, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont40, %match5
  %260 = load i64, i64* %fuel, align 8
  %261 = icmp ult i64 %260, 1
  br i1 %261, label %trap14.site0, label %ok37

ok37:                                             ; preds = %ws7
  %262 = sub i64 %260, 1
  store i64 %262, i64* %fuel, align 8
  %263 = load i32, i32* %args_pos, align 4
  %264 = load i32, i32* %args_end, align 4
  %265 = icmp uge i32 %263, %264
  %266 = zext i1 %265 to i32
  %267 = icmp ne i32 %266, 0
  br i1 %267, label %ws_done6, label %cont38

cont38:                                           ; preds = %ok37
  %268 = load i32, i32* %args_pos, align 4
  %269 = zext i32 %268 to i64
  %270 = add i64 %269, 1
  %271 = icmp ugt i64 %270, %arena_size
  br i1 %271, label %trap17.site0, label %ok39

ok39:                                             ; preds = %cont38
  %272 = getelementptr i8, i8* %mem, i64 %269
  %273 = load i8, i8* %272, align 1
  %274 = zext i8 %273 to i32
  store i32 %274, i32* %ws, align 4
  %275 = load i32, i32* %ws, align 4
  %276 = icmp ule i32 %275, 32
  %277 = zext i1 %276 to i32
  %278 = icmp eq i32 %277, 0
  %279 = zext i1 %278 to i32
  %280 = icmp ne i32 %279, 0
  br i1 %280, label %ws_done6, label %cont40

cont40:                                           ; preds = %ok39
  %281 = load i32, i32* %args_pos, align 4
  %282 = add i32 %281, 1
  store i32 %282, i32* %args_pos, align 4
  br label %ws7

dead41:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead46, %ok44, %ok42
  %283 = load i32, i32* %args_c, align 4
  switch i32 %283, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont45, %ws_done6
  %284 = load i64, i64* %fuel, align 8
  %285 = icmp ult i64 %284, 1
  br i1 %285, label %trap14.site0, label %ok42

ok42:                                             ; preds = %ws9
  %286 = sub i64 %284, 1
  store i64 %286, i64* %fuel, align 8
  %287 = load i32, i32* %args_pos, align 4
  %288 = load i32, i32* %args_end, align 4
  %289 = icmp uge i32 %287, %288
  %290 = zext i1 %289 to i32
  %291 = icmp ne i32 %290, 0
  br i1 %291, label %ws_done8, label %cont43

cont43:                                           ; preds = %ok42
  %292 = load i32, i32* %args_pos, align 4
  %293 = zext i32 %292 to i64
  %294 = add i64 %293, 1
  %295 = icmp ugt i64 %294, %arena_size
  br i1 %295, label %trap17.site0, label %ok44

ok44:                                             ; preds = %cont43
  %296 = getelementptr i8, i8* %mem, i64 %293
  %297 = load i8, i8* %296, align 1
  %298 = zext i8 %297 to i32
  store i32 %298, i32* %ws, align 4
  %299 = load i32, i32* %ws, align 4
  %300 = icmp ule i32 %299, 32
  %301 = zext i1 %300 to i32
  %302 = icmp eq i32 %301, 0
  %303 = zext i1 %302 to i32
  %304 = icmp ne i32 %303, 0
  br i1 %304, label %ws_done8, label %cont45

cont45:                                           ; preds = %ok44
  %305 = load i32, i32* %args_pos, align 4
  %306 = add i32 %305, 1
  store i32 %306, i32* %args_pos, align 4
  br label %ws9

dead46:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12
  %307 = load i32, i32* %args_pos, align 4
  %308 = load i32, i32* %args_end, align 4
  %309 = icmp uge i32 %depth, 1000
  br i1 %309, label %trap15.site0, label %ok49

default11:                                        ; preds = %dead48, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead47, %ws_done8
  %310 = load i32, i32* %args_pos, align 4
  store i32 %310, i32* %arg0_at, align 4
  br label %switch10

dead47:                                           ; No predecessors!
  br label %case12

dead48:                                           ; No predecessors!
  br label %default11

ok49:                                             ; preds = %switch10
  %311 = getelementptr i64, i64* %regs, i64 10
  %312 = load i64, i64* %311, align 8
  %313 = icmp ult i64 %10, %312
  br i1 %313, label %trap253.site0, label %stack_ok50

stack_ok50:                                       ; preds = %ok49
  %314 = load i64, i64* %fuel, align 8
  %315 = getelementptr i64, i64* %regs, i64 0
  store i64 %314, i64* %315, align 8
  %316 = load i64, i64* %lowStart, align 8
  %317 = getelementptr i64, i64* %regs, i64 6
  store i64 %316, i64* %317, align 8
  %318 = load i64, i64* %lowEnd, align 8
  %319 = getelementptr i64, i64* %regs, i64 7
  store i64 %318, i64* %319, align 8
  %320 = load i64, i64* %highEnd, align 8
  %321 = getelementptr i64, i64* %regs, i64 8
  store i64 %320, i64* %321, align 8
  %322 = add i32 %depth, 1
  %323 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %322, i32 %307, i32 %308)
  %324 = getelementptr i64, i64* %regs, i64 0
  %325 = load i64, i64* %324, align 8
  store i64 %325, i64* %fuel, align 8
  %326 = getelementptr i64, i64* %regs, i64 6
  %327 = load i64, i64* %326, align 8
  store i64 %327, i64* %lowStart, align 8
  %328 = getelementptr i64, i64* %regs, i64 7
  %329 = load i64, i64* %328, align 8
  store i64 %329, i64* %lowEnd, align 8
  %330 = getelementptr i64, i64* %regs, i64 8
  %331 = load i64, i64* %330, align 8
  store i64 %331, i64* %highEnd, align 8
  store i32 %323, i32* %args_pos, align 4
  br label %ws14

ws_done13:                                        ; preds = %dead55, %ok53, %ok51
  %332 = load i32, i32* %args_pos, align 4
  %333 = zext i32 %332 to i64
  %334 = add i64 %333, 1
  %335 = icmp ugt i64 %334, %arena_size
  br i1 %335, label %trap17.site0, label %ok56

ws14:                                             ; preds = %cont54, %stack_ok50
  %336 = load i64, i64* %fuel, align 8
  %337 = icmp ult i64 %336, 1
  br i1 %337, label %trap14.site0, label %ok51

ok51:                                             ; preds = %ws14
  %338 = sub i64 %336, 1
  store i64 %338, i64* %fuel, align 8
  %339 = load i32, i32* %args_pos, align 4
  %340 = load i32, i32* %args_end, align 4
  %341 = icmp uge i32 %339, %340
  %342 = zext i1 %341 to i32
  %343 = icmp ne i32 %342, 0
  br i1 %343, label %ws_done13, label %cont52

cont52:                                           ; preds = %ok51
  %344 = load i32, i32* %args_pos, align 4
  %345 = zext i32 %344 to i64
  %346 = add i64 %345, 1
  %347 = icmp ugt i64 %346, %arena_size
  br i1 %347, label %trap17.site0, label %ok53

ok53:                                             ; preds = %cont52
  %348 = getelementptr i8, i8* %mem, i64 %345
  %349 = load i8, i8* %348, align 1
  %350 = zext i8 %349 to i32
  store i32 %350, i32* %ws, align 4
  %351 = load i32, i32* %ws, align 4
  %352 = icmp ule i32 %351, 32
  %353 = zext i1 %352 to i32
  %354 = icmp eq i32 %353, 0
  %355 = zext i1 %354 to i32
  %356 = icmp ne i32 %355, 0
  br i1 %356, label %ws_done13, label %cont54

cont54:                                           ; preds = %ok53
  %357 = load i32, i32* %args_pos, align 4
  %358 = add i32 %357, 1
  store i32 %358, i32* %args_pos, align 4
  br label %ws14

dead55:                                           ; No predecessors!
  br label %ws_done13

ok56:                                             ; preds = %ws_done13
  %359 = getelementptr i8, i8* %mem, i64 %333
  %360 = load i8, i8* %359, align 1
  %361 = zext i8 %360 to i32
  store i32 %361, i32* %args_c, align 4
  %362 = load i32, i32* %args_pos, align 4
  %363 = add i32 %362, 1
  store i32 %363, i32* %args_pos, align 4
  %364 = load i32, i32* %args_c, align 4
  %365 = icmp eq i32 %364, 44
  %366 = zext i1 %365 to i32
  %367 = icmp ne i32 %366, 0
  br i1 %367, label %then57, label %else58

then57:                                           ; preds = %ok56
  br label %ws16

else58:                                           ; preds = %ok56
  br label %join59

join59:                                           ; preds = %else58, %dead65
  br label %join19

ws_done15:                                        ; preds = %dead64, %ok62, %ok60
  br label %args4

ws16:                                             ; preds = %cont63, %then57
  %368 = load i64, i64* %fuel, align 8
  %369 = icmp ult i64 %368, 1
  br i1 %369, label %trap14.site0, label %ok60

ok60:                                             ; preds = %ws16
  %370 = sub i64 %368, 1
  store i64 %370, i64* %fuel, align 8
  %371 = load i32, i32* %args_pos, align 4
  %372 = load i32, i32* %args_end, align 4
  %373 = icmp uge i32 %371, %372
  %374 = zext i1 %373 to i32
  %375 = icmp ne i32 %374, 0
  br i1 %375, label %ws_done15, label %cont61

cont61:                                           ; preds = %ok60
  %376 = load i32, i32* %args_pos, align 4
  %377 = zext i32 %376 to i64
  %378 = add i64 %377, 1
  %379 = icmp ugt i64 %378, %arena_size
  br i1 %379, label %trap17.site0, label %ok62

ok62:                                             ; preds = %cont61
  %380 = getelementptr i8, i8* %mem, i64 %377
  %381 = load i8, i8* %380, align 1
  %382 = zext i8 %381 to i32
  store i32 %382, i32* %ws, align 4
  %383 = load i32, i32* %ws, align 4
  %384 = icmp ule i32 %383, 32
  %385 = zext i1 %384 to i32
  %386 = icmp eq i32 %385, 0
  %387 = zext i1 %386 to i32
  %388 = icmp ne i32 %387, 0
  br i1 %388, label %ws_done15, label %cont63

cont63:                                           ; preds = %ok62
  %389 = load i32, i32* %args_pos, align 4
  %390 = add i32 %389, 1
  store i32 %390, i32* %args_pos, align 4
  br label %ws16

dead64:                                           ; No predecessors!
  br label %ws_done15

dead65:                                           ; No predecessors!
  br label %join59

then66:                                           ; preds = %join19
  br label %trap9.site2

else67:                                           ; preds = %join19
  br label %join68

join68:                                           ; preds = %else67, %dead69
  %391 = getelementptr i64, i64* %regs, i64 1
  %392 = getelementptr i64, i64* %regs, i64 2
  %393 = load i64, i64* %391, align 8
  %394 = add i64 %393, 3
  %395 = and i64 %394, -4
  %396 = add i64 %395, 4
  %397 = load i64, i64* %392, align 8
  %398 = icmp ugt i64 %396, %397
  br i1 %398, label %trap15.site0, label %ok70

trap9.site2:                                      ; preds = %then66
  %399 = load i64, i64* %lowStart, align 8
  %400 = getelementptr i64, i64* %regs, i64 6
  store i64 %399, i64* %400, align 8
  %401 = load i64, i64* %lowEnd, align 8
  %402 = getelementptr i64, i64* %regs, i64 7
  store i64 %401, i64* %402, align 8
  %403 = load i64, i64* %highEnd, align 8
  %404 = getelementptr i64, i64* %regs, i64 8
  store i64 %403, i64* %404, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead69:                                           ; No predecessors!
  br label %join68

ok70:                                             ; preds = %join68
  store i64 %396, i64* %391, align 8
  %405 = trunc i64 %395 to i32
  store i32 %405, i32* %cell, align 4
  %406 = load i32, i32* %arg0_at, align 4
  %407 = load i32, i32* %args_end, align 4
  %408 = load i32, i32* %cell, align 4
  %409 = icmp uge i32 %depth, 1000
  br i1 %409, label %trap15.site0, label %ok71

ok71:                                             ; preds = %ok70
  %410 = getelementptr i64, i64* %regs, i64 10
  %411 = load i64, i64* %410, align 8
  %412 = icmp ult i64 %10, %411
  br i1 %412, label %trap253.site0, label %stack_ok72

stack_ok72:                                       ; preds = %ok71
  %413 = load i64, i64* %fuel, align 8
  %414 = getelementptr i64, i64* %regs, i64 0
  store i64 %413, i64* %414, align 8
  %415 = load i64, i64* %lowStart, align 8
  %416 = getelementptr i64, i64* %regs, i64 6
  store i64 %415, i64* %416, align 8
  %417 = load i64, i64* %lowEnd, align 8
  %418 = getelementptr i64, i64* %regs, i64 7
  store i64 %417, i64* %418, align 8
  %419 = load i64, i64* %highEnd, align 8
  %420 = getelementptr i64, i64* %regs, i64 8
  store i64 %419, i64* %420, align 8
  %421 = add i32 %depth, 1
  %422 = call i32 @m0.codec.dec.record.0(i64* %regs, i8* %mem, i32 %421, i32 %406, i32 %407, i32 %408)
  %423 = getelementptr i64, i64* %regs, i64 0
  %424 = load i64, i64* %423, align 8
  store i64 %424, i64* %fuel, align 8
  %425 = getelementptr i64, i64* %regs, i64 6
  %426 = load i64, i64* %425, align 8
  store i64 %426, i64* %lowStart, align 8
  %427 = getelementptr i64, i64* %regs, i64 7
  %428 = load i64, i64* %427, align 8
  store i64 %428, i64* %lowEnd, align 8
  %429 = getelementptr i64, i64* %regs, i64 8
  %430 = load i64, i64* %429, align 8
  store i64 %430, i64* %highEnd, align 8
  %431 = icmp slt i32 %422, 0
  %432 = zext i1 %431 to i32
  %433 = icmp ne i32 %432, 0
  br i1 %433, label %then73, label %else74

then73:                                           ; preds = %stack_ok72
  br label %trap11.site2

else74:                                           ; preds = %stack_ok72
  br label %join75

join75:                                           ; preds = %else74, %dead76
  %434 = load i32, i32* %cell, align 4
  %435 = zext i32 %434 to i64
  %436 = add i64 %435, 4
  %437 = icmp ugt i64 %436, %arena_size
  br i1 %437, label %trap17.site0, label %ok77

trap11.site2:                                     ; preds = %then80, %then73
  %438 = load i64, i64* %lowStart, align 8
  %439 = getelementptr i64, i64* %regs, i64 6
  store i64 %438, i64* %439, align 8
  %440 = load i64, i64* %lowEnd, align 8
  %441 = getelementptr i64, i64* %regs, i64 7
  store i64 %440, i64* %441, align 8
  %442 = load i64, i64* %highEnd, align 8
  %443 = getelementptr i64, i64* %regs, i64 8
  store i64 %442, i64* %443, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead76:                                           ; No predecessors!
  br label %join75

ok77:                                             ; preds = %join75
  %444 = getelementptr i8, i8* %mem, i64 %435
  %445 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %445, i8* %444, i64 4, i1 false)
  %446 = load i32, i32* %unaligned, align 4
  store i32 %446, i32* %arg, align 4
  %447 = load i32, i32* %arg, align 4
  %448 = icmp uge i32 %depth, 1000
  br i1 %448, label %trap15.site2, label %ok78

ok78:                                             ; preds = %ok77
  %449 = getelementptr i64, i64* %regs, i64 10
  %450 = load i64, i64* %449, align 8
  %451 = icmp ult i64 %10, %450
  br i1 %451, label %trap253.site0, label %stack_ok79

trap15.site2:                                     ; preds = %ok77
  %452 = load i64, i64* %lowStart, align 8
  %453 = getelementptr i64, i64* %regs, i64 6
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %lowEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 7
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %highEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 8
  store i64 %456, i64* %457, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 2)
  unreachable

stack_ok79:                                       ; preds = %ok78
  %458 = load i64, i64* %fuel, align 8
  %459 = getelementptr i64, i64* %regs, i64 0
  store i64 %458, i64* %459, align 8
  %460 = load i64, i64* %lowStart, align 8
  %461 = getelementptr i64, i64* %regs, i64 6
  store i64 %460, i64* %461, align 8
  %462 = load i64, i64* %lowEnd, align 8
  %463 = getelementptr i64, i64* %regs, i64 7
  store i64 %462, i64* %463, align 8
  %464 = load i64, i64* %highEnd, align 8
  %465 = getelementptr i64, i64* %regs, i64 8
  store i64 %464, i64* %465, align 8
  %466 = add i32 %depth, 1
  %467 = call i32 @m0.validate.Customer(i64* %regs, i8* %mem, i32 %466, i32 %447)
  %468 = getelementptr i64, i64* %regs, i64 0
  %469 = load i64, i64* %468, align 8
  store i64 %469, i64* %fuel, align 8
  %470 = getelementptr i64, i64* %regs, i64 6
  %471 = load i64, i64* %470, align 8
  store i64 %471, i64* %lowStart, align 8
  %472 = getelementptr i64, i64* %regs, i64 7
  %473 = load i64, i64* %472, align 8
  store i64 %473, i64* %lowEnd, align 8
  %474 = getelementptr i64, i64* %regs, i64 8
  %475 = load i64, i64* %474, align 8
  store i64 %475, i64* %highEnd, align 8
  %476 = icmp eq i32 %467, 0
  %477 = zext i1 %476 to i32
  %478 = icmp ne i32 %477, 0
  br i1 %478, label %then80, label %else81

then80:                                           ; preds = %stack_ok79
  br label %trap11.site2

else81:                                           ; preds = %stack_ok79
  br label %join82

join82:                                           ; preds = %else81, %dead83
  %479 = load i32, i32* %args_unexpected, align 4
  %480 = icmp ne i32 %479, 0
  br i1 %480, label %then84, label %else85

dead83:                                           ; No predecessors!
  br label %join82

then84:                                           ; preds = %join82
  br label %trap10.site1

else85:                                           ; preds = %join82
  br label %join86

join86:                                           ; preds = %else85, %dead87
  %481 = getelementptr i64, i64* %regs, i64 1
  %482 = getelementptr i64, i64* %regs, i64 2
  %483 = load i64, i64* %481, align 8
  %484 = add i64 %483, 7
  %485 = and i64 %484, -8
  %486 = add i64 %485, 8
  %487 = load i64, i64* %482, align 8
  %488 = icmp ugt i64 %486, %487
  br i1 %488, label %trap15.site1, label %ok88

trap10.site1:                                     ; preds = %then84
  %489 = load i64, i64* %lowStart, align 8
  %490 = getelementptr i64, i64* %regs, i64 6
  store i64 %489, i64* %490, align 8
  %491 = load i64, i64* %lowEnd, align 8
  %492 = getelementptr i64, i64* %regs, i64 7
  store i64 %491, i64* %492, align 8
  %493 = load i64, i64* %highEnd, align 8
  %494 = getelementptr i64, i64* %regs, i64 8
  store i64 %493, i64* %494, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead87:                                           ; No predecessors!
  br label %join86

ok88:                                             ; preds = %join86
  store i64 %486, i64* %481, align 8
  %495 = trunc i64 %485 to i32
  store i32 %495, i32* %args_out, align 4
  %496 = load i32, i32* %args_out, align 4
  %497 = load i32, i32* %arg, align 4
  %498 = zext i32 %496 to i64
  %499 = add i64 %498, 4
  %500 = icmp ugt i64 %499, %arena_size
  br i1 %500, label %trap17.site0, label %ok89

trap15.site1:                                     ; preds = %join86
  %501 = load i64, i64* %lowStart, align 8
  %502 = getelementptr i64, i64* %regs, i64 6
  store i64 %501, i64* %502, align 8
  %503 = load i64, i64* %lowEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 7
  store i64 %503, i64* %504, align 8
  %505 = load i64, i64* %highEnd, align 8
  %506 = getelementptr i64, i64* %regs, i64 8
  store i64 %505, i64* %506, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok89:                                             ; preds = %ok88
  %507 = getelementptr i8, i8* %mem, i64 %498
  %508 = icmp ult i64 %498, %scratch_start
  %509 = load i64, i64* %lowEnd, align 8
  %510 = load i64, i64* %highEnd, align 8
  %511 = call i64 @llvm.umax.i64(i64 %509, i64 %499)
  %512 = select i1 %508, i64 %511, i64 %509
  store i64 %512, i64* %lowEnd, align 8
  %513 = call i64 @llvm.umax.i64(i64 %510, i64 %499)
  %514 = select i1 %508, i64 %510, i64 %513
  store i64 %514, i64* %highEnd, align 8
  %515 = load i64, i64* %lowStart, align 8
  %516 = call i64 @llvm.umin.i64(i64 %515, i64 %498)
  store i64 %516, i64* %lowStart, align 8
  store i32 %497, i32* %unaligned90, align 4
  %517 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %507, i8* %517, i64 4, i1 false)
  %518 = load i32, i32* %args_out, align 4
  %519 = load i64, i64* %fuel, align 8
  %520 = getelementptr i64, i64* %regs, i64 0
  store i64 %519, i64* %520, align 8
  %521 = load i64, i64* %lowStart, align 8
  %522 = getelementptr i64, i64* %regs, i64 6
  store i64 %521, i64* %522, align 8
  %523 = load i64, i64* %lowEnd, align 8
  %524 = getelementptr i64, i64* %regs, i64 7
  store i64 %523, i64* %524, align 8
  %525 = load i64, i64* %highEnd, align 8
  %526 = getelementptr i64, i64* %regs, i64 8
  store i64 %525, i64* %526, align 8
  ret i32 %518
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
  %unaligned = alloca i32, align 4
  %unaligned3 = alloca i32, align 4
  %unaligned6 = alloca i32, align 4
  %unaligned8 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %v, align 4
  %15 = zext i32 %14 to i64
  %16 = add i64 %15, 4
  %17 = icmp ugt i64 %16, %arena_size
  br i1 %17, label %trap17.site0, label %ok1

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
  %24 = getelementptr i8, i8* %mem, i64 %15
  %25 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %25, i8* %24, i64 4, i1 false)
  %26 = load i32, i32* %unaligned, align 4
  store i32 %26, i32* %f.zip, align 4
  %27 = load i32, i32* %v, align 4
  %28 = zext i32 %27 to i64
  %29 = add i64 %28, 4
  %30 = add i64 %29, 4
  %31 = icmp ugt i64 %30, %arena_size
  br i1 %31, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok5, %ok4, %ok1, %ok
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
  %38 = getelementptr i8, i8* %mem, i64 %29
  %39 = bitcast i32* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %39, i8* %38, i64 4, i1 false)
  %40 = load i32, i32* %unaligned3, align 4
  store i32 %40, i32* %f.city, align 4
  %41 = getelementptr i64, i64* %regs, i64 1
  %42 = getelementptr i64, i64* %regs, i64 2
  %43 = load i64, i64* %41, align 8
  %44 = add i64 %43, 3
  %45 = and i64 %44, -4
  %46 = add i64 %45, 8
  %47 = load i64, i64* %42, align 8
  %48 = icmp ugt i64 %46, %47
  br i1 %48, label %trap15.site0, label %ok4

ok4:                                              ; preds = %ok2
  store i64 %46, i64* %41, align 8
  %49 = trunc i64 %45 to i32
  store i32 %49, i32* %out, align 4
  %50 = load i32, i32* %out, align 4
  %51 = load i32, i32* %f.zip, align 4
  %52 = zext i32 %50 to i64
  %53 = add i64 %52, 4
  %54 = icmp ugt i64 %53, %arena_size
  br i1 %54, label %trap17.site0, label %ok5

trap15.site0:                                     ; preds = %ok7, %ok2
  %55 = load i64, i64* %lowStart, align 8
  %56 = getelementptr i64, i64* %regs, i64 6
  store i64 %55, i64* %56, align 8
  %57 = load i64, i64* %lowEnd, align 8
  %58 = getelementptr i64, i64* %regs, i64 7
  store i64 %57, i64* %58, align 8
  %59 = load i64, i64* %highEnd, align 8
  %60 = getelementptr i64, i64* %regs, i64 8
  store i64 %59, i64* %60, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

ok5:                                              ; preds = %ok4
  %61 = getelementptr i8, i8* %mem, i64 %52
  %62 = icmp ult i64 %52, %scratch_start
  %63 = load i64, i64* %lowEnd, align 8
  %64 = load i64, i64* %highEnd, align 8
  %65 = call i64 @llvm.umax.i64(i64 %63, i64 %53)
  %66 = select i1 %62, i64 %65, i64 %63
  store i64 %66, i64* %lowEnd, align 8
  %67 = call i64 @llvm.umax.i64(i64 %64, i64 %53)
  %68 = select i1 %62, i64 %64, i64 %67
  store i64 %68, i64* %highEnd, align 8
  %69 = load i64, i64* %lowStart, align 8
  %70 = call i64 @llvm.umin.i64(i64 %69, i64 %52)
  store i64 %70, i64* %lowStart, align 8
  store i32 %51, i32* %unaligned6, align 4
  %71 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %61, i8* %71, i64 4, i1 false)
  %72 = load i32, i32* %out, align 4
  %73 = load i32, i32* %f.city, align 4
  %74 = zext i32 %72 to i64
  %75 = add i64 %74, 4
  %76 = add i64 %75, 4
  %77 = icmp ugt i64 %76, %arena_size
  br i1 %77, label %trap17.site0, label %ok7

ok7:                                              ; preds = %ok5
  %78 = getelementptr i8, i8* %mem, i64 %75
  %79 = icmp ult i64 %75, %scratch_start
  %80 = load i64, i64* %lowEnd, align 8
  %81 = load i64, i64* %highEnd, align 8
  %82 = call i64 @llvm.umax.i64(i64 %80, i64 %76)
  %83 = select i1 %79, i64 %82, i64 %80
  store i64 %83, i64* %lowEnd, align 8
  %84 = call i64 @llvm.umax.i64(i64 %81, i64 %76)
  %85 = select i1 %79, i64 %81, i64 %84
  store i64 %85, i64* %highEnd, align 8
  %86 = load i64, i64* %lowStart, align 8
  %87 = call i64 @llvm.umin.i64(i64 %86, i64 %75)
  store i64 %87, i64* %lowStart, align 8
  store i32 %73, i32* %unaligned8, align 4
  %88 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %78, i8* %88, i64 4, i1 false)
  %89 = load i32, i32* %f.zip, align 4
  %90 = icmp uge i32 %depth, 1000
  br i1 %90, label %trap15.site0, label %ok9

ok9:                                              ; preds = %ok7
  %91 = getelementptr i64, i64* %regs, i64 10
  %92 = load i64, i64* %91, align 8
  %93 = icmp ult i64 %10, %92
  br i1 %93, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %ok9
  %94 = load i64, i64* %fuel, align 8
  %95 = getelementptr i64, i64* %regs, i64 0
  store i64 %94, i64* %95, align 8
  %96 = load i64, i64* %lowStart, align 8
  %97 = getelementptr i64, i64* %regs, i64 6
  store i64 %96, i64* %97, align 8
  %98 = load i64, i64* %lowEnd, align 8
  %99 = getelementptr i64, i64* %regs, i64 7
  store i64 %98, i64* %99, align 8
  %100 = load i64, i64* %highEnd, align 8
  %101 = getelementptr i64, i64* %regs, i64 8
  store i64 %100, i64* %101, align 8
  %102 = add i32 %depth, 1
  %103 = call i32 @m0.pred.Address.zip(i64* %regs, i8* %mem, i32 %102, i32 0, i32 %89)
  %104 = getelementptr i64, i64* %regs, i64 0
  %105 = load i64, i64* %104, align 8
  store i64 %105, i64* %fuel, align 8
  %106 = getelementptr i64, i64* %regs, i64 6
  %107 = load i64, i64* %106, align 8
  store i64 %107, i64* %lowStart, align 8
  %108 = getelementptr i64, i64* %regs, i64 7
  %109 = load i64, i64* %108, align 8
  store i64 %109, i64* %lowEnd, align 8
  %110 = getelementptr i64, i64* %regs, i64 8
  %111 = load i64, i64* %110, align 8
  store i64 %111, i64* %highEnd, align 8
  %112 = icmp eq i32 %103, 0
  %113 = zext i1 %112 to i32
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %then, label %else

trap253.site0:                                    ; preds = %ok9
  %115 = load i64, i64* %lowStart, align 8
  %116 = getelementptr i64, i64* %regs, i64 6
  store i64 %115, i64* %116, align 8
  %117 = load i64, i64* %lowEnd, align 8
  %118 = getelementptr i64, i64* %regs, i64 7
  store i64 %117, i64* %118, align 8
  %119 = load i64, i64* %highEnd, align 8
  %120 = getelementptr i64, i64* %regs, i64 8
  store i64 %119, i64* %120, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %121 = load i64, i64* %fuel, align 8
  %122 = getelementptr i64, i64* %regs, i64 0
  store i64 %121, i64* %122, align 8
  %123 = load i64, i64* %lowStart, align 8
  %124 = getelementptr i64, i64* %regs, i64 6
  store i64 %123, i64* %124, align 8
  %125 = load i64, i64* %lowEnd, align 8
  %126 = getelementptr i64, i64* %regs, i64 7
  store i64 %125, i64* %126, align 8
  %127 = load i64, i64* %highEnd, align 8
  %128 = getelementptr i64, i64* %regs, i64 8
  store i64 %127, i64* %128, align 8
  ret i32 -1

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %129 = load i32, i32* %out, align 4
  %130 = load i64, i64* %fuel, align 8
  %131 = getelementptr i64, i64* %regs, i64 0
  store i64 %130, i64* %131, align 8
  %132 = load i64, i64* %lowStart, align 8
  %133 = getelementptr i64, i64* %regs, i64 6
  store i64 %132, i64* %133, align 8
  %134 = load i64, i64* %lowEnd, align 8
  %135 = getelementptr i64, i64* %regs, i64 7
  store i64 %134, i64* %135, align 8
  %136 = load i64, i64* %highEnd, align 8
  %137 = getelementptr i64, i64* %regs, i64 8
  store i64 %136, i64* %137, align 8
  ret i32 %129

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
  %unaligned = alloca i32, align 4
  %result3 = alloca i32, align 4
  %unaligned7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %result12 = alloca i32, align 4
  %result13 = alloca i32, align 4
  %unaligned16 = alloca i32, align 4
  %unaligned18 = alloca i32, align 4
  %unaligned22 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %unaligned28 = alloca i64, align 8
  %unaligned30 = alloca i64, align 8
  %unaligned32 = alloca i32, align 4
  %unaligned34 = alloca i32, align 4
  %unaligned36 = alloca i32, align 4
  %unaligned41 = alloca i32, align 4
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

trap253.site0:                                    ; preds = %ok42, %ok37, %ok23, %ok19, %ok1
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
  store i32 %62, i32* %c, align 4
  %63 = getelementptr i64, i64* %regs, i64 1
  %64 = getelementptr i64, i64* %regs, i64 2
  %65 = load i64, i64* %63, align 8
  %66 = add i64 %65, 7
  %67 = and i64 %66, -8
  %68 = add i64 %67, 32
  %69 = load i64, i64* %64, align 8
  %70 = icmp ugt i64 %68, %69
  br i1 %70, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %ok39, %stack_ok38, %ok27, %stack_ok24, %e1, %ok15, %ok14, %ok8, %ok6, %ok5, %stack_ok
  %71 = load i64, i64* %lowStart, align 8
  %72 = getelementptr i64, i64* %regs, i64 6
  store i64 %71, i64* %72, align 8
  %73 = load i64, i64* %lowEnd, align 8
  %74 = getelementptr i64, i64* %regs, i64 7
  store i64 %73, i64* %74, align 8
  %75 = load i64, i64* %highEnd, align 8
  %76 = getelementptr i64, i64* %regs, i64 8
  store i64 %75, i64* %76, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

e0:                                               ; preds = %ok40
  %77 = load i32, i32* %result3, align 4
  store i32 %77, i32* %result, align 4
  %78 = load i32, i32* %result, align 4
  store i32 %78, i32* %result.1, align 4
  %79 = getelementptr i64, i64* %regs, i64 3
  %80 = load i64, i64* %79, align 8
  %81 = trunc i64 %80 to i32
  store i32 %81, i32* %json_start, align 4
  %82 = load i32, i32* %result.1, align 4
  %83 = load i32, i32* %json_start, align 4
  %84 = icmp uge i32 %depth, 1000
  br i1 %84, label %trap15.site0, label %ok42

ok4:                                              ; preds = %ok2
  store i64 %68, i64* %63, align 8
  %85 = trunc i64 %67 to i32
  store i32 %85, i32* %dict, align 4
  %86 = getelementptr i64, i64* %regs, i64 1
  %87 = getelementptr i64, i64* %regs, i64 2
  %88 = load i64, i64* %86, align 8
  %89 = add i64 %88, 3
  %90 = and i64 %89, -4
  %91 = add i64 %90, 8
  %92 = load i64, i64* %87, align 8
  %93 = icmp ugt i64 %91, %92
  br i1 %93, label %trap15.site4, label %ok5

trap15.site3:                                     ; preds = %then48, %ok2
  %94 = load i64, i64* %lowStart, align 8
  %95 = getelementptr i64, i64* %regs, i64 6
  store i64 %94, i64* %95, align 8
  %96 = load i64, i64* %lowEnd, align 8
  %97 = getelementptr i64, i64* %regs, i64 7
  store i64 %96, i64* %97, align 8
  %98 = load i64, i64* %highEnd, align 8
  %99 = getelementptr i64, i64* %regs, i64 8
  store i64 %98, i64* %99, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

ok5:                                              ; preds = %ok4
  store i64 %91, i64* %86, align 8
  %100 = trunc i64 %90 to i32
  store i32 %100, i32* %closure, align 4
  %101 = load i32, i32* %closure, align 4
  %102 = zext i32 %101 to i64
  %103 = add i64 %102, 4
  %104 = icmp ugt i64 %103, %arena_size
  br i1 %104, label %trap17.site0, label %ok6

trap15.site4:                                     ; preds = %ok4
  %105 = load i64, i64* %lowStart, align 8
  %106 = getelementptr i64, i64* %regs, i64 6
  store i64 %105, i64* %106, align 8
  %107 = load i64, i64* %lowEnd, align 8
  %108 = getelementptr i64, i64* %regs, i64 7
  store i64 %107, i64* %108, align 8
  %109 = load i64, i64* %highEnd, align 8
  %110 = getelementptr i64, i64* %regs, i64 8
  store i64 %109, i64* %110, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

ok6:                                              ; preds = %ok5
  %111 = getelementptr i8, i8* %mem, i64 %102
  %112 = icmp ult i64 %102, %scratch_start
  %113 = load i64, i64* %lowEnd, align 8
  %114 = load i64, i64* %highEnd, align 8
  %115 = call i64 @llvm.umax.i64(i64 %113, i64 %103)
  %116 = select i1 %112, i64 %115, i64 %113
  store i64 %116, i64* %lowEnd, align 8
  %117 = call i64 @llvm.umax.i64(i64 %114, i64 %103)
  %118 = select i1 %112, i64 %114, i64 %117
  store i64 %118, i64* %highEnd, align 8
  %119 = load i64, i64* %lowStart, align 8
  %120 = call i64 @llvm.umin.i64(i64 %119, i64 %102)
  store i64 %120, i64* %lowStart, align 8
  store i32 0, i32* %unaligned7, align 4
  %121 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %111, i8* %121, i64 4, i1 false)
  %122 = load i32, i32* %closure, align 4
  %123 = zext i32 %122 to i64
  %124 = add i64 %123, 4
  %125 = add i64 %124, 4
  %126 = icmp ugt i64 %125, %arena_size
  br i1 %126, label %trap17.site0, label %ok8

ok8:                                              ; preds = %ok6
  %127 = getelementptr i8, i8* %mem, i64 %124
  %128 = icmp ult i64 %124, %scratch_start
  %129 = load i64, i64* %lowEnd, align 8
  %130 = load i64, i64* %highEnd, align 8
  %131 = call i64 @llvm.umax.i64(i64 %129, i64 %125)
  %132 = select i1 %128, i64 %131, i64 %129
  store i64 %132, i64* %lowEnd, align 8
  %133 = call i64 @llvm.umax.i64(i64 %130, i64 %125)
  %134 = select i1 %128, i64 %130, i64 %133
  store i64 %134, i64* %highEnd, align 8
  %135 = load i64, i64* %lowStart, align 8
  %136 = call i64 @llvm.umin.i64(i64 %135, i64 %124)
  store i64 %136, i64* %lowStart, align 8
  store i32 0, i32* %unaligned9, align 4
  %137 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %127, i8* %137, i64 4, i1 false)
  %138 = load i32, i32* %dict, align 4
  %139 = load i32, i32* %closure, align 4
  %140 = zext i32 %138 to i64
  %141 = add i64 %140, 4
  %142 = icmp ugt i64 %141, %arena_size
  br i1 %142, label %trap17.site0, label %ok10

ok10:                                             ; preds = %ok8
  %143 = getelementptr i8, i8* %mem, i64 %140
  %144 = icmp ult i64 %140, %scratch_start
  %145 = load i64, i64* %lowEnd, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = call i64 @llvm.umax.i64(i64 %145, i64 %141)
  %148 = select i1 %144, i64 %147, i64 %145
  store i64 %148, i64* %lowEnd, align 8
  %149 = call i64 @llvm.umax.i64(i64 %146, i64 %141)
  %150 = select i1 %144, i64 %146, i64 %149
  store i64 %150, i64* %highEnd, align 8
  %151 = load i64, i64* %lowStart, align 8
  %152 = call i64 @llvm.umin.i64(i64 %151, i64 %140)
  store i64 %152, i64* %lowStart, align 8
  store i32 %139, i32* %unaligned11, align 4
  %153 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %143, i8* %153, i64 4, i1 false)
  %154 = getelementptr i64, i64* %regs, i64 1
  %155 = getelementptr i64, i64* %regs, i64 2
  %156 = load i64, i64* %154, align 8
  %157 = add i64 %156, 7
  %158 = and i64 %157, -8
  %159 = add i64 %158, 8
  %160 = load i64, i64* %155, align 8
  %161 = icmp ugt i64 %159, %160
  br i1 %161, label %trap15.site5, label %ok14

e1:                                               ; preds = %join
  %162 = load i32, i32* %result12, align 4
  store i32 %162, i32* %home, align 4
  %163 = load i32, i32* %dict, align 4
  %164 = load i32, i32* %home, align 4
  %165 = zext i32 %163 to i64
  %166 = add i64 %165, 4
  %167 = add i64 %166, 4
  %168 = icmp ugt i64 %167, %arena_size
  br i1 %168, label %trap17.site0, label %ok21

e2:                                               ; preds = %ok17
  %169 = load i32, i32* %result13, align 4
  %170 = icmp uge i32 %depth, 1000
  br i1 %170, label %trap15.site5, label %ok19

ok14:                                             ; preds = %ok10
  store i64 %159, i64* %154, align 8
  %171 = trunc i64 %158 to i32
  store i32 %171, i32* %dict.1, align 4
  store i32 8, i32* %zip, align 4
  %172 = load i32, i32* %dict.1, align 4
  %173 = load i32, i32* %zip, align 4
  %174 = zext i32 %172 to i64
  %175 = add i64 %174, 4
  %176 = icmp ugt i64 %175, %arena_size
  br i1 %176, label %trap17.site0, label %ok15

trap15.site5:                                     ; preds = %e2, %ok10
  %177 = load i64, i64* %lowStart, align 8
  %178 = getelementptr i64, i64* %regs, i64 6
  store i64 %177, i64* %178, align 8
  %179 = load i64, i64* %lowEnd, align 8
  %180 = getelementptr i64, i64* %regs, i64 7
  store i64 %179, i64* %180, align 8
  %181 = load i64, i64* %highEnd, align 8
  %182 = getelementptr i64, i64* %regs, i64 8
  store i64 %181, i64* %182, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

ok15:                                             ; preds = %ok14
  %183 = getelementptr i8, i8* %mem, i64 %174
  %184 = icmp ult i64 %174, %scratch_start
  %185 = load i64, i64* %lowEnd, align 8
  %186 = load i64, i64* %highEnd, align 8
  %187 = call i64 @llvm.umax.i64(i64 %185, i64 %175)
  %188 = select i1 %184, i64 %187, i64 %185
  store i64 %188, i64* %lowEnd, align 8
  %189 = call i64 @llvm.umax.i64(i64 %186, i64 %175)
  %190 = select i1 %184, i64 %186, i64 %189
  store i64 %190, i64* %highEnd, align 8
  %191 = load i64, i64* %lowStart, align 8
  %192 = call i64 @llvm.umin.i64(i64 %191, i64 %174)
  store i64 %192, i64* %lowStart, align 8
  store i32 %173, i32* %unaligned16, align 4
  %193 = bitcast i32* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %183, i8* %193, i64 4, i1 false)
  store i32 20, i32* %city, align 4
  %194 = load i32, i32* %dict.1, align 4
  %195 = load i32, i32* %city, align 4
  %196 = zext i32 %194 to i64
  %197 = add i64 %196, 4
  %198 = add i64 %197, 4
  %199 = icmp ugt i64 %198, %arena_size
  br i1 %199, label %trap17.site0, label %ok17

ok17:                                             ; preds = %ok15
  %200 = getelementptr i8, i8* %mem, i64 %197
  %201 = icmp ult i64 %197, %scratch_start
  %202 = load i64, i64* %lowEnd, align 8
  %203 = load i64, i64* %highEnd, align 8
  %204 = call i64 @llvm.umax.i64(i64 %202, i64 %198)
  %205 = select i1 %201, i64 %204, i64 %202
  store i64 %205, i64* %lowEnd, align 8
  %206 = call i64 @llvm.umax.i64(i64 %203, i64 %198)
  %207 = select i1 %201, i64 %203, i64 %206
  store i64 %207, i64* %highEnd, align 8
  %208 = load i64, i64* %lowStart, align 8
  %209 = call i64 @llvm.umin.i64(i64 %208, i64 %197)
  store i64 %209, i64* %lowStart, align 8
  store i32 %195, i32* %unaligned18, align 4
  %210 = bitcast i32* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %200, i8* %210, i64 4, i1 false)
  %211 = load i32, i32* %dict.1, align 4
  store i32 %211, i32* %result13, align 4
  br label %e2

ok19:                                             ; preds = %e2
  %212 = getelementptr i64, i64* %regs, i64 10
  %213 = load i64, i64* %212, align 8
  %214 = icmp ult i64 %10, %213
  br i1 %214, label %trap253.site0, label %stack_ok20

stack_ok20:                                       ; preds = %ok19
  %215 = load i64, i64* %fuel, align 8
  %216 = getelementptr i64, i64* %regs, i64 0
  store i64 %215, i64* %216, align 8
  %217 = load i64, i64* %lowStart, align 8
  %218 = getelementptr i64, i64* %regs, i64 6
  store i64 %217, i64* %218, align 8
  %219 = load i64, i64* %lowEnd, align 8
  %220 = getelementptr i64, i64* %regs, i64 7
  store i64 %219, i64* %220, align 8
  %221 = load i64, i64* %highEnd, align 8
  %222 = getelementptr i64, i64* %regs, i64 8
  store i64 %221, i64* %222, align 8
  %223 = add i32 %depth, 1
  %224 = call i32 @m0.conv.Address(i64* %regs, i8* %mem, i32 %223, i32 %169)
  %225 = getelementptr i64, i64* %regs, i64 0
  %226 = load i64, i64* %225, align 8
  store i64 %226, i64* %fuel, align 8
  %227 = getelementptr i64, i64* %regs, i64 6
  %228 = load i64, i64* %227, align 8
  store i64 %228, i64* %lowStart, align 8
  %229 = getelementptr i64, i64* %regs, i64 7
  %230 = load i64, i64* %229, align 8
  store i64 %230, i64* %lowEnd, align 8
  %231 = getelementptr i64, i64* %regs, i64 8
  %232 = load i64, i64* %231, align 8
  store i64 %232, i64* %highEnd, align 8
  store i32 %224, i32* %conv, align 4
  %233 = load i32, i32* %conv, align 4
  %234 = icmp eq i32 %233, -1
  %235 = zext i1 %234 to i32
  %236 = icmp ne i32 %235, 0
  br i1 %236, label %then, label %else

then:                                             ; preds = %stack_ok20
  br label %trap5.site5

else:                                             ; preds = %stack_ok20
  br label %join

join:                                             ; preds = %else, %dead
  %237 = load i32, i32* %conv, align 4
  store i32 %237, i32* %result12, align 4
  br label %e1

trap5.site5:                                      ; preds = %then
  %238 = load i64, i64* %lowStart, align 8
  %239 = getelementptr i64, i64* %regs, i64 6
  store i64 %238, i64* %239, align 8
  %240 = load i64, i64* %lowEnd, align 8
  %241 = getelementptr i64, i64* %regs, i64 7
  store i64 %240, i64* %241, align 8
  %242 = load i64, i64* %highEnd, align 8
  %243 = getelementptr i64, i64* %regs, i64 8
  store i64 %242, i64* %243, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok21:                                             ; preds = %e1
  %244 = getelementptr i8, i8* %mem, i64 %166
  %245 = icmp ult i64 %166, %scratch_start
  %246 = load i64, i64* %lowEnd, align 8
  %247 = load i64, i64* %highEnd, align 8
  %248 = call i64 @llvm.umax.i64(i64 %246, i64 %167)
  %249 = select i1 %245, i64 %248, i64 %246
  store i64 %249, i64* %lowEnd, align 8
  %250 = call i64 @llvm.umax.i64(i64 %247, i64 %167)
  %251 = select i1 %245, i64 %247, i64 %250
  store i64 %251, i64* %highEnd, align 8
  %252 = load i64, i64* %lowStart, align 8
  %253 = call i64 @llvm.umin.i64(i64 %252, i64 %166)
  store i64 %253, i64* %lowStart, align 8
  store i32 %164, i32* %unaligned22, align 4
  %254 = bitcast i32* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %244, i8* %254, i64 4, i1 false)
  %255 = load i32, i32* %c, align 4
  %256 = icmp uge i32 %depth, 1000
  br i1 %256, label %trap15.site6, label %ok23

ok23:                                             ; preds = %ok21
  %257 = getelementptr i64, i64* %regs, i64 10
  %258 = load i64, i64* %257, align 8
  %259 = icmp ult i64 %10, %258
  br i1 %259, label %trap253.site0, label %stack_ok24

trap15.site6:                                     ; preds = %ok21
  %260 = load i64, i64* %lowStart, align 8
  %261 = getelementptr i64, i64* %regs, i64 6
  store i64 %260, i64* %261, align 8
  %262 = load i64, i64* %lowEnd, align 8
  %263 = getelementptr i64, i64* %regs, i64 7
  store i64 %262, i64* %263, align 8
  %264 = load i64, i64* %highEnd, align 8
  %265 = getelementptr i64, i64* %regs, i64 8
  store i64 %264, i64* %265, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok24:                                       ; preds = %ok23
  %266 = load i64, i64* %fuel, align 8
  %267 = getelementptr i64, i64* %regs, i64 0
  store i64 %266, i64* %267, align 8
  %268 = load i64, i64* %lowStart, align 8
  %269 = getelementptr i64, i64* %regs, i64 6
  store i64 %268, i64* %269, align 8
  %270 = load i64, i64* %lowEnd, align 8
  %271 = getelementptr i64, i64* %regs, i64 7
  store i64 %270, i64* %271, align 8
  %272 = load i64, i64* %highEnd, align 8
  %273 = getelementptr i64, i64* %regs, i64 8
  store i64 %272, i64* %273, align 8
  %274 = add i32 %depth, 1
  %275 = call i32 @m0.fn.label(i64* %regs, i8* %mem, i32 %274, i32 0, i32 %255)
  %276 = getelementptr i64, i64* %regs, i64 0
  %277 = load i64, i64* %276, align 8
  store i64 %277, i64* %fuel, align 8
  %278 = getelementptr i64, i64* %regs, i64 6
  %279 = load i64, i64* %278, align 8
  store i64 %279, i64* %lowStart, align 8
  %280 = getelementptr i64, i64* %regs, i64 7
  %281 = load i64, i64* %280, align 8
  store i64 %281, i64* %lowEnd, align 8
  %282 = getelementptr i64, i64* %regs, i64 8
  %283 = load i64, i64* %282, align 8
  store i64 %283, i64* %highEnd, align 8
  store i32 %275, i32* %who, align 4
  %284 = load i32, i32* %dict, align 4
  %285 = load i32, i32* %who, align 4
  %286 = zext i32 %284 to i64
  %287 = add i64 %286, 8
  %288 = add i64 %287, 4
  %289 = icmp ugt i64 %288, %arena_size
  br i1 %289, label %trap17.site0, label %ok25

ok25:                                             ; preds = %stack_ok24
  %290 = getelementptr i8, i8* %mem, i64 %287
  %291 = icmp ult i64 %287, %scratch_start
  %292 = load i64, i64* %lowEnd, align 8
  %293 = load i64, i64* %highEnd, align 8
  %294 = call i64 @llvm.umax.i64(i64 %292, i64 %288)
  %295 = select i1 %291, i64 %294, i64 %292
  store i64 %295, i64* %lowEnd, align 8
  %296 = call i64 @llvm.umax.i64(i64 %293, i64 %288)
  %297 = select i1 %291, i64 %293, i64 %296
  store i64 %297, i64* %highEnd, align 8
  %298 = load i64, i64* %lowStart, align 8
  %299 = call i64 @llvm.umin.i64(i64 %298, i64 %287)
  store i64 %299, i64* %lowStart, align 8
  store i32 %285, i32* %unaligned26, align 4
  %300 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %290, i8* %300, i64 4, i1 false)
  %301 = load i32, i32* %c, align 4
  %302 = zext i32 %301 to i64
  %303 = add i64 %302, 16
  %304 = add i64 %303, 8
  %305 = icmp ugt i64 %304, %arena_size
  br i1 %305, label %trap17.site7, label %ok27

ok27:                                             ; preds = %ok25
  %306 = getelementptr i8, i8* %mem, i64 %303
  %307 = bitcast i64* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %307, i8* %306, i64 8, i1 false)
  %308 = load i64, i64* %unaligned28, align 8
  store i64 %308, i64* %credit, align 8
  %309 = load i32, i32* %dict, align 4
  %310 = load i64, i64* %credit, align 8
  %311 = zext i32 %309 to i64
  %312 = add i64 %311, 16
  %313 = add i64 %312, 8
  %314 = icmp ugt i64 %313, %arena_size
  br i1 %314, label %trap17.site0, label %ok29

trap17.site7:                                     ; preds = %ok25
  %315 = load i64, i64* %lowStart, align 8
  %316 = getelementptr i64, i64* %regs, i64 6
  store i64 %315, i64* %316, align 8
  %317 = load i64, i64* %lowEnd, align 8
  %318 = getelementptr i64, i64* %regs, i64 7
  store i64 %317, i64* %318, align 8
  %319 = load i64, i64* %highEnd, align 8
  %320 = getelementptr i64, i64* %regs, i64 8
  store i64 %319, i64* %320, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

ok29:                                             ; preds = %ok27
  %321 = getelementptr i8, i8* %mem, i64 %312
  %322 = icmp ult i64 %312, %scratch_start
  %323 = load i64, i64* %lowEnd, align 8
  %324 = load i64, i64* %highEnd, align 8
  %325 = call i64 @llvm.umax.i64(i64 %323, i64 %313)
  %326 = select i1 %322, i64 %325, i64 %323
  store i64 %326, i64* %lowEnd, align 8
  %327 = call i64 @llvm.umax.i64(i64 %324, i64 %313)
  %328 = select i1 %322, i64 %324, i64 %327
  store i64 %328, i64* %highEnd, align 8
  %329 = load i64, i64* %lowStart, align 8
  %330 = call i64 @llvm.umin.i64(i64 %329, i64 %312)
  store i64 %330, i64* %lowStart, align 8
  store i64 %310, i64* %unaligned30, align 8
  %331 = bitcast i64* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %321, i8* %331, i64 8, i1 false)
  %332 = load i32, i32* %c, align 4
  %333 = zext i32 %332 to i64
  %334 = add i64 %333, 28
  %335 = add i64 %334, 4
  %336 = icmp ugt i64 %335, %arena_size
  br i1 %336, label %trap17.site10, label %ok31

ok31:                                             ; preds = %ok29
  %337 = getelementptr i8, i8* %mem, i64 %334
  %338 = bitcast i32* %unaligned32 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %338, i8* %337, i64 4, i1 false)
  %339 = load i32, i32* %unaligned32, align 4
  %340 = zext i32 %339 to i64
  %341 = add i64 %340, 4
  %342 = add i64 %341, 4
  %343 = icmp ugt i64 %342, %arena_size
  br i1 %343, label %trap17.site9, label %ok33

trap17.site10:                                    ; preds = %ok29
  %344 = load i64, i64* %lowStart, align 8
  %345 = getelementptr i64, i64* %regs, i64 6
  store i64 %344, i64* %345, align 8
  %346 = load i64, i64* %lowEnd, align 8
  %347 = getelementptr i64, i64* %regs, i64 7
  store i64 %346, i64* %347, align 8
  %348 = load i64, i64* %highEnd, align 8
  %349 = getelementptr i64, i64* %regs, i64 8
  store i64 %348, i64* %349, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

ok33:                                             ; preds = %ok31
  %350 = getelementptr i8, i8* %mem, i64 %341
  %351 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %351, i8* %350, i64 4, i1 false)
  %352 = load i32, i32* %unaligned34, align 4
  %353 = load i32, i32* %home, align 4
  %354 = zext i32 %353 to i64
  %355 = add i64 %354, 4
  %356 = add i64 %355, 4
  %357 = icmp ugt i64 %356, %arena_size
  br i1 %357, label %trap17.site11, label %ok35

trap17.site9:                                     ; preds = %ok31
  %358 = load i64, i64* %lowStart, align 8
  %359 = getelementptr i64, i64* %regs, i64 6
  store i64 %358, i64* %359, align 8
  %360 = load i64, i64* %lowEnd, align 8
  %361 = getelementptr i64, i64* %regs, i64 7
  store i64 %360, i64* %361, align 8
  %362 = load i64, i64* %highEnd, align 8
  %363 = getelementptr i64, i64* %regs, i64 8
  store i64 %362, i64* %363, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

ok35:                                             ; preds = %ok33
  %364 = getelementptr i8, i8* %mem, i64 %355
  %365 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %365, i8* %364, i64 4, i1 false)
  %366 = load i32, i32* %unaligned36, align 4
  %367 = icmp uge i32 %depth, 1000
  br i1 %367, label %trap15.site0, label %ok37

trap17.site11:                                    ; preds = %ok33
  %368 = load i64, i64* %lowStart, align 8
  %369 = getelementptr i64, i64* %regs, i64 6
  store i64 %368, i64* %369, align 8
  %370 = load i64, i64* %lowEnd, align 8
  %371 = getelementptr i64, i64* %regs, i64 7
  store i64 %370, i64* %371, align 8
  %372 = load i64, i64* %highEnd, align 8
  %373 = getelementptr i64, i64* %regs, i64 8
  store i64 %372, i64* %373, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 11)
  unreachable

ok37:                                             ; preds = %ok35
  %374 = getelementptr i64, i64* %regs, i64 10
  %375 = load i64, i64* %374, align 8
  %376 = icmp ult i64 %10, %375
  br i1 %376, label %trap253.site0, label %stack_ok38

trap15.site0:                                     ; preds = %e0, %ok35
  %377 = load i64, i64* %lowStart, align 8
  %378 = getelementptr i64, i64* %regs, i64 6
  store i64 %377, i64* %378, align 8
  %379 = load i64, i64* %lowEnd, align 8
  %380 = getelementptr i64, i64* %regs, i64 7
  store i64 %379, i64* %380, align 8
  %381 = load i64, i64* %highEnd, align 8
  %382 = getelementptr i64, i64* %regs, i64 8
  store i64 %381, i64* %382, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok38:                                       ; preds = %ok37
  %383 = load i64, i64* %fuel, align 8
  %384 = getelementptr i64, i64* %regs, i64 0
  store i64 %383, i64* %384, align 8
  %385 = load i64, i64* %lowStart, align 8
  %386 = getelementptr i64, i64* %regs, i64 6
  store i64 %385, i64* %386, align 8
  %387 = load i64, i64* %lowEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 7
  store i64 %387, i64* %388, align 8
  %389 = load i64, i64* %highEnd, align 8
  %390 = getelementptr i64, i64* %regs, i64 8
  store i64 %389, i64* %390, align 8
  %391 = add i32 %depth, 1
  %392 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %391, i32 %352, i32 %366)
  %393 = getelementptr i64, i64* %regs, i64 0
  %394 = load i64, i64* %393, align 8
  store i64 %394, i64* %fuel, align 8
  %395 = getelementptr i64, i64* %regs, i64 6
  %396 = load i64, i64* %395, align 8
  store i64 %396, i64* %lowStart, align 8
  %397 = getelementptr i64, i64* %regs, i64 7
  %398 = load i64, i64* %397, align 8
  store i64 %398, i64* %lowEnd, align 8
  %399 = getelementptr i64, i64* %regs, i64 8
  %400 = load i64, i64* %399, align 8
  store i64 %400, i64* %highEnd, align 8
  store i32 %392, i32* %same_city, align 4
  %401 = load i32, i32* %dict, align 4
  %402 = load i32, i32* %same_city, align 4
  %403 = zext i32 %401 to i64
  %404 = add i64 %403, 24
  %405 = add i64 %404, 1
  %406 = icmp ugt i64 %405, %arena_size
  br i1 %406, label %trap17.site0, label %ok39

ok39:                                             ; preds = %stack_ok38
  %407 = getelementptr i8, i8* %mem, i64 %404
  %408 = icmp ult i64 %404, %scratch_start
  %409 = load i64, i64* %lowEnd, align 8
  %410 = load i64, i64* %highEnd, align 8
  %411 = call i64 @llvm.umax.i64(i64 %409, i64 %405)
  %412 = select i1 %408, i64 %411, i64 %409
  store i64 %412, i64* %lowEnd, align 8
  %413 = call i64 @llvm.umax.i64(i64 %410, i64 %405)
  %414 = select i1 %408, i64 %410, i64 %413
  store i64 %414, i64* %highEnd, align 8
  %415 = load i64, i64* %lowStart, align 8
  %416 = call i64 @llvm.umin.i64(i64 %415, i64 %404)
  store i64 %416, i64* %lowStart, align 8
  %417 = trunc i32 %402 to i8
  store i8 %417, i8* %407, align 1
  %418 = load i32, i32* %c, align 4
  store i32 %418, i32* %copy, align 4
  %419 = load i32, i32* %dict, align 4
  %420 = load i32, i32* %copy, align 4
  %421 = zext i32 %419 to i64
  %422 = add i64 %421, 28
  %423 = add i64 %422, 4
  %424 = icmp ugt i64 %423, %arena_size
  br i1 %424, label %trap17.site0, label %ok40

ok40:                                             ; preds = %ok39
  %425 = getelementptr i8, i8* %mem, i64 %422
  %426 = icmp ult i64 %422, %scratch_start
  %427 = load i64, i64* %lowEnd, align 8
  %428 = load i64, i64* %highEnd, align 8
  %429 = call i64 @llvm.umax.i64(i64 %427, i64 %423)
  %430 = select i1 %426, i64 %429, i64 %427
  store i64 %430, i64* %lowEnd, align 8
  %431 = call i64 @llvm.umax.i64(i64 %428, i64 %423)
  %432 = select i1 %426, i64 %428, i64 %431
  store i64 %432, i64* %highEnd, align 8
  %433 = load i64, i64* %lowStart, align 8
  %434 = call i64 @llvm.umin.i64(i64 %433, i64 %422)
  store i64 %434, i64* %lowStart, align 8
  store i32 %420, i32* %unaligned41, align 4
  %435 = bitcast i32* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %425, i8* %435, i64 4, i1 false)
  %436 = load i32, i32* %dict, align 4
  store i32 %436, i32* %result3, align 4
  br label %e0

ok42:                                             ; preds = %e0
  %437 = getelementptr i64, i64* %regs, i64 10
  %438 = load i64, i64* %437, align 8
  %439 = icmp ult i64 %10, %438
  br i1 %439, label %trap253.site0, label %stack_ok43

stack_ok43:                                       ; preds = %ok42
  %440 = load i64, i64* %fuel, align 8
  %441 = getelementptr i64, i64* %regs, i64 0
  store i64 %440, i64* %441, align 8
  %442 = load i64, i64* %lowStart, align 8
  %443 = getelementptr i64, i64* %regs, i64 6
  store i64 %442, i64* %443, align 8
  %444 = load i64, i64* %lowEnd, align 8
  %445 = getelementptr i64, i64* %regs, i64 7
  store i64 %444, i64* %445, align 8
  %446 = load i64, i64* %highEnd, align 8
  %447 = getelementptr i64, i64* %regs, i64 8
  store i64 %446, i64* %447, align 8
  %448 = add i32 %depth, 1
  %449 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %448, i32 %82, i32 %83, i32 0)
  %450 = getelementptr i64, i64* %regs, i64 0
  %451 = load i64, i64* %450, align 8
  store i64 %451, i64* %fuel, align 8
  %452 = getelementptr i64, i64* %regs, i64 6
  %453 = load i64, i64* %452, align 8
  store i64 %453, i64* %lowStart, align 8
  %454 = getelementptr i64, i64* %regs, i64 7
  %455 = load i64, i64* %454, align 8
  store i64 %455, i64* %lowEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 8
  %457 = load i64, i64* %456, align 8
  store i64 %457, i64* %highEnd, align 8
  store i32 %449, i32* %json_end, align 4
  %458 = load i32, i32* %json_end, align 4
  %459 = icmp eq i32 %458, -2
  %460 = zext i1 %459 to i32
  %461 = icmp ne i32 %460, 0
  br i1 %461, label %then44, label %else45

then44:                                           ; preds = %stack_ok43
  br label %trap16.site3

else45:                                           ; preds = %stack_ok43
  br label %join46

join46:                                           ; preds = %else45, %dead47
  %462 = load i32, i32* %json_end, align 4
  %463 = icmp eq i32 %462, -1
  %464 = zext i1 %463 to i32
  %465 = icmp ne i32 %464, 0
  br i1 %465, label %then48, label %else49

trap16.site3:                                     ; preds = %then44
  %466 = load i64, i64* %lowStart, align 8
  %467 = getelementptr i64, i64* %regs, i64 6
  store i64 %466, i64* %467, align 8
  %468 = load i64, i64* %lowEnd, align 8
  %469 = getelementptr i64, i64* %regs, i64 7
  store i64 %468, i64* %469, align 8
  %470 = load i64, i64* %highEnd, align 8
  %471 = getelementptr i64, i64* %regs, i64 8
  store i64 %470, i64* %471, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead47:                                           ; No predecessors!
  br label %join46

then48:                                           ; preds = %join46
  br label %trap15.site3

else49:                                           ; preds = %join46
  br label %join50

join50:                                           ; preds = %else49, %dead51
  %472 = load i32, i32* %json_end, align 4
  %473 = zext i32 %472 to i64
  %474 = getelementptr i64, i64* %regs, i64 3
  store i64 %473, i64* %474, align 8
  %475 = load i32, i32* %json_end, align 4
  %476 = load i32, i32* %json_start, align 4
  %477 = sub i32 %475, %476
  %478 = load i64, i64* %fuel, align 8
  %479 = getelementptr i64, i64* %regs, i64 0
  store i64 %478, i64* %479, align 8
  %480 = load i64, i64* %lowStart, align 8
  %481 = getelementptr i64, i64* %regs, i64 6
  store i64 %480, i64* %481, align 8
  %482 = load i64, i64* %lowEnd, align 8
  %483 = getelementptr i64, i64* %regs, i64 7
  store i64 %482, i64* %483, align 8
  %484 = load i64, i64* %highEnd, align 8
  %485 = getelementptr i64, i64* %regs, i64 8
  store i64 %484, i64* %485, align 8
  ret i32 %477

dead51:                                           ; No predecessors!
  br label %join50
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
  %unaligned17 = alloca i16, align 2
  %unaligned26 = alloca i32, align 4
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

e0:                                               ; preds = %ok27
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

trap17.site0:                                     ; preds = %ok24, %join22, %join14, %ok9, %ok4
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
  %103 = zext i32 %98 to i64
  %104 = add i64 %103, %102
  %105 = icmp ugt i64 %104, %arena_size
  br i1 %105, label %trap17.site18, label %ok8

trap15.site18:                                    ; preds = %ok25, %then20, %then12, %then
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
  %112 = zext i32 %100 to i64
  %113 = add i64 %112, %102
  %114 = icmp ugt i64 %113, %arena_size
  br i1 %114, label %trap17.site18, label %ok9

trap17.site18:                                    ; preds = %ok18, %ok16, %ok8, %join
  %115 = load i64, i64* %lowStart, align 8
  %116 = getelementptr i64, i64* %regs, i64 6
  store i64 %115, i64* %116, align 8
  %117 = load i64, i64* %lowEnd, align 8
  %118 = getelementptr i64, i64* %regs, i64 7
  store i64 %117, i64* %118, align 8
  %119 = load i64, i64* %highEnd, align 8
  %120 = getelementptr i64, i64* %regs, i64 8
  store i64 %119, i64* %120, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok9:                                              ; preds = %ok8
  %121 = icmp ult i64 %103, %scratch_start
  %122 = load i64, i64* %lowEnd, align 8
  %123 = load i64, i64* %highEnd, align 8
  %124 = call i64 @llvm.umax.i64(i64 %122, i64 %104)
  %125 = select i1 %121, i64 %124, i64 %122
  store i64 %125, i64* %lowEnd, align 8
  %126 = call i64 @llvm.umax.i64(i64 %123, i64 %104)
  %127 = select i1 %121, i64 %123, i64 %126
  store i64 %127, i64* %highEnd, align 8
  %128 = load i64, i64* %lowStart, align 8
  %129 = call i64 @llvm.umin.i64(i64 %128, i64 %103)
  store i64 %129, i64* %lowStart, align 8
  %130 = getelementptr i8, i8* %mem, i64 %103
  %131 = getelementptr i8, i8* %mem, i64 %112
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

ok10:                                             ; preds = %ok9
  %140 = getelementptr i8, i8* %mem, i64 %137
  %141 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %141, i8* %140, i64 4, i1 false)
  %142 = load i32, i32* %unaligned11, align 4
  store i32 %142, i32* %slen.1, align 4
  %143 = load i32, i32* %cur, align 4
  %144 = load i32, i32* %slen.1, align 4
  %145 = add i32 2, %144
  %146 = add i32 %143, %145
  %147 = getelementptr i64, i64* %regs, i64 2
  %148 = load i64, i64* %147, align 8
  %149 = trunc i64 %148 to i32
  %150 = icmp ugt i32 %146, %149
  %151 = zext i1 %150 to i32
  %152 = icmp ne i32 %151, 0
  br i1 %152, label %then12, label %else13

then12:                                           ; preds = %ok10
  br label %trap15.site18

else13:                                           ; preds = %ok10
  br label %join14

join14:                                           ; preds = %else13, %dead15
  %153 = load i32, i32* %cur, align 4
  %154 = zext i32 %153 to i64
  %155 = add i64 %154, 2
  %156 = icmp ugt i64 %155, %arena_size
  br i1 %156, label %trap17.site0, label %ok16

dead15:                                           ; No predecessors!
  br label %join14

ok16:                                             ; preds = %join14
  %157 = getelementptr i8, i8* %mem, i64 %154
  %158 = icmp ult i64 %154, %scratch_start
  %159 = load i64, i64* %lowEnd, align 8
  %160 = load i64, i64* %highEnd, align 8
  %161 = call i64 @llvm.umax.i64(i64 %159, i64 %155)
  %162 = select i1 %158, i64 %161, i64 %159
  store i64 %162, i64* %lowEnd, align 8
  %163 = call i64 @llvm.umax.i64(i64 %160, i64 %155)
  %164 = select i1 %158, i64 %160, i64 %163
  store i64 %164, i64* %highEnd, align 8
  %165 = load i64, i64* %lowStart, align 8
  %166 = call i64 @llvm.umin.i64(i64 %165, i64 %154)
  store i64 %166, i64* %lowStart, align 8
  store i16 10272, i16* %unaligned17, align 2
  %167 = bitcast i16* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %157, i8* %167, i64 2, i1 false)
  %168 = load i32, i32* %cur, align 4
  %169 = add i32 %168, 2
  store i32 %169, i32* %cur, align 4
  %170 = load i32, i32* %cur, align 4
  %171 = load i32, i32* %s.1, align 4
  %172 = add i32 %171, 4
  %173 = load i32, i32* %slen.1, align 4
  %174 = zext i32 %173 to i64
  %175 = zext i32 %170 to i64
  %176 = add i64 %175, %174
  %177 = icmp ugt i64 %176, %arena_size
  br i1 %177, label %trap17.site18, label %ok18

ok18:                                             ; preds = %ok16
  %178 = zext i32 %172 to i64
  %179 = add i64 %178, %174
  %180 = icmp ugt i64 %179, %arena_size
  br i1 %180, label %trap17.site18, label %ok19

ok19:                                             ; preds = %ok18
  %181 = icmp ult i64 %175, %scratch_start
  %182 = load i64, i64* %lowEnd, align 8
  %183 = load i64, i64* %highEnd, align 8
  %184 = call i64 @llvm.umax.i64(i64 %182, i64 %176)
  %185 = select i1 %181, i64 %184, i64 %182
  store i64 %185, i64* %lowEnd, align 8
  %186 = call i64 @llvm.umax.i64(i64 %183, i64 %176)
  %187 = select i1 %181, i64 %183, i64 %186
  store i64 %187, i64* %highEnd, align 8
  %188 = load i64, i64* %lowStart, align 8
  %189 = call i64 @llvm.umin.i64(i64 %188, i64 %175)
  store i64 %189, i64* %lowStart, align 8
  %190 = getelementptr i8, i8* %mem, i64 %175
  %191 = getelementptr i8, i8* %mem, i64 %178
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %190, i8* %191, i64 %174, i1 false)
  %192 = load i32, i32* %cur, align 4
  %193 = load i32, i32* %slen.1, align 4
  %194 = add i32 %192, %193
  store i32 %194, i32* %cur, align 4
  %195 = load i32, i32* %cur, align 4
  %196 = add i32 %195, 1
  %197 = getelementptr i64, i64* %regs, i64 2
  %198 = load i64, i64* %197, align 8
  %199 = trunc i64 %198 to i32
  %200 = icmp ugt i32 %196, %199
  %201 = zext i1 %200 to i32
  %202 = icmp ne i32 %201, 0
  br i1 %202, label %then20, label %else21

then20:                                           ; preds = %ok19
  br label %trap15.site18

else21:                                           ; preds = %ok19
  br label %join22

join22:                                           ; preds = %else21, %dead23
  %203 = load i32, i32* %cur, align 4
  %204 = zext i32 %203 to i64
  %205 = add i64 %204, 1
  %206 = icmp ugt i64 %205, %arena_size
  br i1 %206, label %trap17.site0, label %ok24

dead23:                                           ; No predecessors!
  br label %join22

ok24:                                             ; preds = %join22
  %207 = getelementptr i8, i8* %mem, i64 %204
  %208 = icmp ult i64 %204, %scratch_start
  %209 = load i64, i64* %lowEnd, align 8
  %210 = load i64, i64* %highEnd, align 8
  %211 = call i64 @llvm.umax.i64(i64 %209, i64 %205)
  %212 = select i1 %208, i64 %211, i64 %209
  store i64 %212, i64* %lowEnd, align 8
  %213 = call i64 @llvm.umax.i64(i64 %210, i64 %205)
  %214 = select i1 %208, i64 %210, i64 %213
  store i64 %214, i64* %highEnd, align 8
  %215 = load i64, i64* %lowStart, align 8
  %216 = call i64 @llvm.umin.i64(i64 %215, i64 %204)
  store i64 %216, i64* %lowStart, align 8
  store i8 41, i8* %207, align 1
  %217 = load i32, i32* %cur, align 4
  %218 = add i32 %217, 1
  store i32 %218, i32* %cur, align 4
  %219 = load i32, i32* %cur, align 4
  %220 = load i32, i32* %text, align 4
  %221 = sub i32 %219, %220
  %222 = sub i32 %221, 4
  store i32 %222, i32* %len, align 4
  %223 = load i32, i32* %text, align 4
  %224 = load i32, i32* %len, align 4
  %225 = zext i32 %223 to i64
  %226 = add i64 %225, 4
  %227 = icmp ugt i64 %226, %arena_size
  br i1 %227, label %trap17.site0, label %ok25

ok25:                                             ; preds = %ok24
  %228 = getelementptr i8, i8* %mem, i64 %225
  %229 = icmp ult i64 %225, %scratch_start
  %230 = load i64, i64* %lowEnd, align 8
  %231 = load i64, i64* %highEnd, align 8
  %232 = call i64 @llvm.umax.i64(i64 %230, i64 %226)
  %233 = select i1 %229, i64 %232, i64 %230
  store i64 %233, i64* %lowEnd, align 8
  %234 = call i64 @llvm.umax.i64(i64 %231, i64 %226)
  %235 = select i1 %229, i64 %231, i64 %234
  store i64 %235, i64* %highEnd, align 8
  %236 = load i64, i64* %lowStart, align 8
  %237 = call i64 @llvm.umin.i64(i64 %236, i64 %225)
  store i64 %237, i64* %lowStart, align 8
  store i32 %224, i32* %unaligned26, align 4
  %238 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %228, i8* %238, i64 4, i1 false)
  %239 = load i32, i32* %len, align 4
  %240 = add i32 %239, 4
  %241 = zext i32 %240 to i64
  %242 = getelementptr i64, i64* %regs, i64 1
  %243 = getelementptr i64, i64* %regs, i64 2
  %244 = load i64, i64* %242, align 8
  %245 = add i64 %244, 3
  %246 = and i64 %245, -4
  %247 = add i64 %246, %241
  %248 = load i64, i64* %243, align 8
  %249 = icmp ugt i64 %247, %248
  br i1 %249, label %trap15.site18, label %ok27

ok27:                                             ; preds = %ok25
  store i64 %247, i64* %242, align 8
  %250 = trunc i64 %246 to i32
  store i32 %250, i32* %result, align 4
  br label %e0
}
