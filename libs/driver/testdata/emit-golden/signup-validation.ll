; From examples/signup-validation.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/signup-validation.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (44):
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
;   @m0.codec.dec.fields.1
;   @m0.codec.dec.record.0
;   @m0.validate.Signup
;   @m0.main.args
;   @m0.rt.mem_chr
;   @m0.rt.mem_eq
;   @m0.rt.find_bytes
;   @m0.rt.str_split
;   @m0.rt.final_sigma
;   @m0.rt.str_lower
;   @m0.rt.str_eq
;   @m0.rt.str_concat
;   @m0.rt.str_ends_with
;   @m0.codec.enc.bool.1
;   @m0.codec.write_str
;   @m0.codec.enc.string.2
;   @m0.codec.enc.list.3
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.rt.str_find
;   @m0.rt.str_contains
;   @m0.pred.Signup.email
;   @m0.pred.Signup.age
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.cttz.i32
;   declare @llvm.memset.p0i8.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 5 function(s):

define internal i32 @m0.validate.Signup(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %v.arg) {
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

trap17.site0:                                     ; preds = %join, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %16 = icmp ult i64 %3, %stack_limit
  br i1 %16, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok3, %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %17 = load i64, i64* %fuel, align 8
  %18 = getelementptr i64, i64* %regs, i64 0
  store i64 %17, i64* %18, align 8
  %19 = add i32 %depth, 1
  %20 = call i32 @m0.pred.Signup.email(i64* %regs, i8* %mem, i32 %19, i32 0, i32 %14)
  %21 = getelementptr i64, i64* %regs, i64 0
  %22 = load i64, i64* %21, align 8
  store i64 %22, i64* %fuel, align 8
  %23 = icmp eq i32 %20, 0
  %24 = zext i1 %23 to i32
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %then, label %else

trap253.site0:                                    ; preds = %ok5, %ok2
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
  %41 = call i32 @m0.pred.Signup.age(i64* %regs, i8* %mem, i32 %40, i32 0, i64 %35)
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
  %49 = load i64, i64* %fuel, align 8
  %50 = getelementptr i64, i64* %regs, i64 0
  store i64 %49, i64* %50, align 8
  ret i32 1

dead10:                                           ; No predecessors!
  br label %join9
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
  %263 = icmp eq i32 %262, 115
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
  %490 = call i32 @m0.validate.Signup(i64* %regs, i8* %mem, i32 %489, i32 %472)
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
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %r = alloca i32, align 4
  store i32 0, i32* %r, align 4
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %handle = alloca i32, align 4
  store i32 0, i32* %handle, align 4
  %adult = alloca i32, align 4
  store i32 0, i32* %adult, align 4
  %greeting = alloca i32, align 4
  store i32 0, i32* %greeting, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %r.1 = alloca i32, align 4
  store i32 0, i32* %r.1, align 4
  %source = alloca i32, align 4
  store i32 0, i32* %source, align 4
  %item = alloca i32, align 4
  store i32 0, i32* %item, align 4
  %item.1 = alloca i32, align 4
  store i32 0, i32* %item.1, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x = alloca i32, align 4
  store i32 0, i32* %x, align 4
  %w = alloca i32, align 4
  store i32 0, i32* %w, align 4
  %warnings = alloca i32, align 4
  store i32 0, i32* %warnings, align 4
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
  %result5 = alloca i32, align 4
  %result6 = alloca i32, align 4
  %unaligned8 = alloca i32, align 4
  %unaligned12 = alloca i32, align 4
  %unaligned18 = alloca i32, align 4
  %unaligned22 = alloca i32, align 4
  %unaligned24 = alloca i64, align 8
  %unaligned30 = alloca i32, align 4
  %result36 = alloca i32, align 4
  %unaligned41 = alloca i32, align 4
  %result42 = alloca i32, align 4
  %unaligned44 = alloca i32, align 4
  %result45 = alloca i32, align 4
  %unaligned50 = alloca i32, align 4
  %unaligned63 = alloca i32, align 4
  %result64 = alloca i32, align 4
  %result65 = alloca i32, align 4
  %unaligned67 = alloca i64, align 8
  %result71 = alloca i32, align 4
  %unaligned73 = alloca i32, align 4
  %result79 = alloca i32, align 4
  %unaligned89 = alloca i32, align 4
  %unaligned94 = alloca i32, align 4
  %unaligned99 = alloca i32, align 4
  %unaligned101 = alloca i32, align 4
  %unaligned108 = alloca i32, align 4
  %unaligned109 = alloca i32, align 4
  %unaligned111 = alloca i32, align 4
  %unaligned119 = alloca i32, align 4
  %unaligned126 = alloca i32, align 4
  %unaligned128 = alloca i32, align 4
  %unaligned136 = alloca i32, align 4
  %unaligned142 = alloca i32, align 4
  %unaligned147 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each43122, %body
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

trap253.site0:                                    ; preds = %ok148, %ok74, %ok51, %ok31, %ok19, %ok9, %ok1
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
  store i32 %61, i32* %s, align 4
  %62 = getelementptr i64, i64* %regs, i64 1
  %63 = getelementptr i64, i64* %regs, i64 2
  %64 = load i64, i64* %62, align 8
  %65 = add i64 %64, 7
  %66 = and i64 %65, -8
  %67 = add i64 %66, 20
  %68 = load i64, i64* %63, align 8
  %69 = icmp ugt i64 %67, %68
  br i1 %69, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %write.slow144, %write.slow139, %write.slow133, %ok125, %cont124, %write.slow116, %cont, %ok106, %e27, %write.slow96, %write.slow91, %write.slow86, %write.slow60, %then46, %write.slow38, %write.slow26, %write.slow, %join15, %stack_ok
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

e0:                                               ; preds = %write.ok145
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
  br i1 %83, label %trap15.site0, label %ok148

ok4:                                              ; preds = %ok2
  store i64 %67, i64* %62, align 8
  %84 = load i64, i64* %highEnd, align 8
  %85 = call i64 @llvm.umax.i64(i64 %84, i64 %67)
  store i64 %85, i64* %highEnd, align 8
  %86 = trunc i64 %66 to i32
  store i32 %86, i32* %dict, align 4
  %87 = load i32, i32* %s, align 4
  %88 = zext i32 %87 to i64
  %89 = sub i64 %arena_size, 4
  %90 = icmp sgt i64 %88, %89
  br i1 %90, label %trap17.site7, label %ok7

trap15.site3:                                     ; preds = %then154, %ok2
  %91 = load i64, i64* %lowStart, align 8
  %92 = getelementptr i64, i64* %regs, i64 6
  store i64 %91, i64* %92, align 8
  %93 = load i64, i64* %lowEnd, align 8
  %94 = getelementptr i64, i64* %regs, i64 7
  store i64 %93, i64* %94, align 8
  %95 = load i64, i64* %highEnd, align 8
  %96 = getelementptr i64, i64* %regs, i64 8
  store i64 %95, i64* %96, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

e2:                                               ; preds = %ok17
  %97 = load i32, i32* %result5, align 4
  %98 = icmp uge i32 %depth, 1000
  br i1 %98, label %trap15.site4, label %ok19

e3:                                               ; preds = %join
  %99 = load i32, i32* %result6, align 4
  store i32 %99, i32* %xs, align 4
  store i64 0, i64* %i, align 8
  %100 = load i64, i64* %i, align 8
  %101 = load i32, i32* %xs, align 4
  %102 = zext i32 %101 to i64
  %103 = sub i64 %arena_size, 4
  %104 = icmp sgt i64 %102, %103
  br i1 %104, label %trap17.site5, label %ok11

ok7:                                              ; preds = %ok4
  %105 = getelementptr i8, i8* %mem, i64 %88
  %106 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %106, i8* %105, i64 4, i1 false)
  %107 = load i32, i32* %unaligned8, align 4
  %108 = icmp uge i32 %depth, 1000
  br i1 %108, label %trap15.site6, label %ok9

trap17.site7:                                     ; preds = %ok4
  %109 = load i64, i64* %lowStart, align 8
  %110 = getelementptr i64, i64* %regs, i64 6
  store i64 %109, i64* %110, align 8
  %111 = load i64, i64* %lowEnd, align 8
  %112 = getelementptr i64, i64* %regs, i64 7
  store i64 %111, i64* %112, align 8
  %113 = load i64, i64* %highEnd, align 8
  %114 = getelementptr i64, i64* %regs, i64 8
  store i64 %113, i64* %114, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

ok9:                                              ; preds = %ok7
  %115 = icmp ult i64 %10, %stack_limit
  br i1 %115, label %trap253.site0, label %stack_ok10

trap15.site6:                                     ; preds = %ok7
  %116 = load i64, i64* %lowStart, align 8
  %117 = getelementptr i64, i64* %regs, i64 6
  store i64 %116, i64* %117, align 8
  %118 = load i64, i64* %lowEnd, align 8
  %119 = getelementptr i64, i64* %regs, i64 7
  store i64 %118, i64* %119, align 8
  %120 = load i64, i64* %highEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 8
  store i64 %120, i64* %121, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok10:                                       ; preds = %ok9
  %122 = load i64, i64* %fuel, align 8
  %123 = getelementptr i64, i64* %regs, i64 0
  store i64 %122, i64* %123, align 8
  %124 = load i64, i64* %lowStart, align 8
  %125 = getelementptr i64, i64* %regs, i64 6
  store i64 %124, i64* %125, align 8
  %126 = load i64, i64* %lowEnd, align 8
  %127 = getelementptr i64, i64* %regs, i64 7
  store i64 %126, i64* %127, align 8
  %128 = load i64, i64* %highEnd, align 8
  %129 = getelementptr i64, i64* %regs, i64 8
  store i64 %128, i64* %129, align 8
  %130 = add i32 %depth, 1
  %131 = call i32 @m0.rt.str_split(i64* %regs, i8* %mem, i32 %130, i32 %107, i32 16)
  %132 = getelementptr i64, i64* %regs, i64 0
  %133 = load i64, i64* %132, align 8
  store i64 %133, i64* %fuel, align 8
  %134 = getelementptr i64, i64* %regs, i64 6
  %135 = load i64, i64* %134, align 8
  store i64 %135, i64* %lowStart, align 8
  %136 = getelementptr i64, i64* %regs, i64 7
  %137 = load i64, i64* %136, align 8
  store i64 %137, i64* %lowEnd, align 8
  %138 = getelementptr i64, i64* %regs, i64 8
  %139 = load i64, i64* %138, align 8
  store i64 %139, i64* %highEnd, align 8
  store i32 %131, i32* %r, align 4
  %140 = load i32, i32* %r, align 4
  %141 = icmp eq i32 %140, 0
  %142 = zext i1 %141 to i32
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %then, label %else

then:                                             ; preds = %stack_ok10
  br label %trap8.site6

else:                                             ; preds = %stack_ok10
  br label %join

join:                                             ; preds = %else, %dead
  %144 = load i32, i32* %r, align 4
  store i32 %144, i32* %result6, align 4
  br label %e3

trap8.site6:                                      ; preds = %then
  %145 = load i64, i64* %lowStart, align 8
  %146 = getelementptr i64, i64* %regs, i64 6
  store i64 %145, i64* %146, align 8
  %147 = load i64, i64* %lowEnd, align 8
  %148 = getelementptr i64, i64* %regs, i64 7
  store i64 %147, i64* %148, align 8
  %149 = load i64, i64* %highEnd, align 8
  %150 = getelementptr i64, i64* %regs, i64 8
  store i64 %149, i64* %150, align 8
  call void @tetra_trap(i64* %regs, i32 8, i32 6)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok11:                                             ; preds = %e3
  %151 = getelementptr i8, i8* %mem, i64 %102
  %152 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %152, i8* %151, i64 4, i1 false)
  %153 = load i32, i32* %unaligned12, align 4
  %154 = zext i32 %153 to i64
  %155 = icmp uge i64 %100, %154
  %156 = zext i1 %155 to i32
  %157 = icmp ne i32 %156, 0
  br i1 %157, label %then13, label %else14

trap17.site5:                                     ; preds = %e3
  %158 = load i64, i64* %lowStart, align 8
  %159 = getelementptr i64, i64* %regs, i64 6
  store i64 %158, i64* %159, align 8
  %160 = load i64, i64* %lowEnd, align 8
  %161 = getelementptr i64, i64* %regs, i64 7
  store i64 %160, i64* %161, align 8
  %162 = load i64, i64* %highEnd, align 8
  %163 = getelementptr i64, i64* %regs, i64 8
  store i64 %162, i64* %163, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

then13:                                           ; preds = %ok11
  br label %trap3.site5

else14:                                           ; preds = %ok11
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %164 = load i32, i32* %xs, align 4
  %165 = load i64, i64* %i, align 8
  %166 = trunc i64 %165 to i32
  %167 = mul i32 %166, 4
  %168 = add i32 %164, %167
  %169 = zext i32 %168 to i64
  %170 = sub i64 %arena_size, 8
  %171 = icmp sgt i64 %169, %170
  br i1 %171, label %trap17.site0, label %ok17

trap3.site5:                                      ; preds = %then13
  %172 = load i64, i64* %lowStart, align 8
  %173 = getelementptr i64, i64* %regs, i64 6
  store i64 %172, i64* %173, align 8
  %174 = load i64, i64* %lowEnd, align 8
  %175 = getelementptr i64, i64* %regs, i64 7
  store i64 %174, i64* %175, align 8
  %176 = load i64, i64* %highEnd, align 8
  %177 = getelementptr i64, i64* %regs, i64 8
  store i64 %176, i64* %177, align 8
  call void @tetra_trap(i64* %regs, i32 3, i32 5)
  unreachable

dead16:                                           ; No predecessors!
  br label %join15

ok17:                                             ; preds = %join15
  %178 = add i64 %169, 4
  %179 = getelementptr i8, i8* %mem, i64 %178
  %180 = bitcast i32* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %180, i8* %179, i64 4, i1 false)
  %181 = load i32, i32* %unaligned18, align 4
  store i32 %181, i32* %result5, align 4
  br label %e2

ok19:                                             ; preds = %e2
  %182 = icmp ult i64 %10, %stack_limit
  br i1 %182, label %trap253.site0, label %stack_ok20

trap15.site4:                                     ; preds = %e2
  %183 = load i64, i64* %lowStart, align 8
  %184 = getelementptr i64, i64* %regs, i64 6
  store i64 %183, i64* %184, align 8
  %185 = load i64, i64* %lowEnd, align 8
  %186 = getelementptr i64, i64* %regs, i64 7
  store i64 %185, i64* %186, align 8
  %187 = load i64, i64* %highEnd, align 8
  %188 = getelementptr i64, i64* %regs, i64 8
  store i64 %187, i64* %188, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

stack_ok20:                                       ; preds = %ok19
  %189 = load i64, i64* %fuel, align 8
  %190 = getelementptr i64, i64* %regs, i64 0
  store i64 %189, i64* %190, align 8
  %191 = load i64, i64* %lowStart, align 8
  %192 = getelementptr i64, i64* %regs, i64 6
  store i64 %191, i64* %192, align 8
  %193 = load i64, i64* %lowEnd, align 8
  %194 = getelementptr i64, i64* %regs, i64 7
  store i64 %193, i64* %194, align 8
  %195 = load i64, i64* %highEnd, align 8
  %196 = getelementptr i64, i64* %regs, i64 8
  store i64 %195, i64* %196, align 8
  %197 = add i32 %depth, 1
  %198 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %197, i32 %97)
  %199 = getelementptr i64, i64* %regs, i64 0
  %200 = load i64, i64* %199, align 8
  store i64 %200, i64* %fuel, align 8
  %201 = getelementptr i64, i64* %regs, i64 6
  %202 = load i64, i64* %201, align 8
  store i64 %202, i64* %lowStart, align 8
  %203 = getelementptr i64, i64* %regs, i64 7
  %204 = load i64, i64* %203, align 8
  store i64 %204, i64* %lowEnd, align 8
  %205 = getelementptr i64, i64* %regs, i64 8
  %206 = load i64, i64* %205, align 8
  store i64 %206, i64* %highEnd, align 8
  store i32 %198, i32* %handle, align 4
  %207 = load i32, i32* %dict, align 4
  %208 = load i32, i32* %handle, align 4
  %209 = zext i32 %207 to i64
  %210 = add i64 %209, 4
  %211 = icmp uge i64 %209, %scratch_start
  %212 = load i64, i64* %highEnd, align 8
  %213 = icmp ule i64 %210, %212
  %214 = and i1 %211, %213
  %215 = call i1 @llvm.expect.i1(i1 %214, i1 true)
  br i1 %215, label %write.ok, label %write.low

write.low:                                        ; preds = %stack_ok20
  %216 = load i64, i64* %lowStart, align 8
  %217 = icmp uge i64 %209, %216
  %218 = load i64, i64* %lowEnd, align 8
  %219 = icmp ule i64 %210, %218
  %220 = and i1 %217, %219
  %221 = call i1 @llvm.expect.i1(i1 %220, i1 true)
  br i1 %221, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %222 = icmp ugt i64 %210, %arena_size
  br i1 %222, label %trap17.site0, label %ok21

write.ok:                                         ; preds = %ok21, %write.low, %stack_ok20
  %223 = getelementptr i8, i8* %mem, i64 %209
  store i32 %208, i32* %unaligned22, align 4
  %224 = bitcast i32* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %223, i8* %224, i64 4, i1 false)
  %225 = load i32, i32* %s, align 4
  %226 = zext i32 %225 to i64
  %227 = sub i64 %arena_size, 16
  %228 = icmp sgt i64 %226, %227
  br i1 %228, label %trap17.site9, label %ok23

ok21:                                             ; preds = %write.slow
  %229 = icmp ult i64 %209, %scratch_start
  %230 = load i64, i64* %lowStart, align 8
  %231 = call i64 @llvm.umin.i64(i64 %230, i64 %209)
  %232 = load i64, i64* %lowEnd, align 8
  %233 = load i64, i64* %highEnd, align 8
  %234 = add i64 %210, 64
  %235 = sub i64 %210, %231
  %236 = lshr i64 %235, 4
  %237 = add i64 %234, %236
  %238 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %237)
  %239 = call i64 @llvm.umax.i64(i64 %232, i64 %238)
  %240 = select i1 %229, i64 %239, i64 %232
  store i64 %240, i64* %lowEnd, align 8
  %241 = add i64 %210, 64
  %242 = sub i64 %210, %scratch_start
  %243 = lshr i64 %242, 4
  %244 = add i64 %241, %243
  %245 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %244)
  %246 = call i64 @llvm.umax.i64(i64 %233, i64 %245)
  %247 = select i1 %229, i64 %233, i64 %246
  store i64 %247, i64* %highEnd, align 8
  store i64 %231, i64* %lowStart, align 8
  br label %write.ok

ok23:                                             ; preds = %write.ok
  %248 = add i64 %226, 8
  %249 = getelementptr i8, i8* %mem, i64 %248
  %250 = bitcast i64* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %250, i8* %249, i64 8, i1 false)
  %251 = load i64, i64* %unaligned24, align 8
  %252 = icmp sge i64 %251, 18
  %253 = zext i1 %252 to i32
  store i32 %253, i32* %adult, align 4
  %254 = load i32, i32* %dict, align 4
  %255 = load i32, i32* %adult, align 4
  %256 = zext i32 %254 to i64
  %257 = add i64 %256, 4
  %258 = add i64 %257, 1
  %259 = icmp uge i64 %257, %scratch_start
  %260 = load i64, i64* %highEnd, align 8
  %261 = icmp ule i64 %258, %260
  %262 = and i1 %259, %261
  %263 = call i1 @llvm.expect.i1(i1 %262, i1 true)
  br i1 %263, label %write.ok27, label %write.low25

trap17.site9:                                     ; preds = %write.ok
  %264 = load i64, i64* %lowStart, align 8
  %265 = getelementptr i64, i64* %regs, i64 6
  store i64 %264, i64* %265, align 8
  %266 = load i64, i64* %lowEnd, align 8
  %267 = getelementptr i64, i64* %regs, i64 7
  store i64 %266, i64* %267, align 8
  %268 = load i64, i64* %highEnd, align 8
  %269 = getelementptr i64, i64* %regs, i64 8
  store i64 %268, i64* %269, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

write.low25:                                      ; preds = %ok23
  %270 = load i64, i64* %lowStart, align 8
  %271 = icmp uge i64 %257, %270
  %272 = load i64, i64* %lowEnd, align 8
  %273 = icmp ule i64 %258, %272
  %274 = and i1 %271, %273
  %275 = call i1 @llvm.expect.i1(i1 %274, i1 true)
  br i1 %275, label %write.ok27, label %write.slow26

write.slow26:                                     ; preds = %write.low25
  %276 = icmp ugt i64 %258, %arena_size
  br i1 %276, label %trap17.site0, label %ok28

write.ok27:                                       ; preds = %ok28, %write.low25, %ok23
  %277 = getelementptr i8, i8* %mem, i64 %257
  %278 = trunc i32 %255 to i8
  store i8 %278, i8* %277, align 1
  %279 = load i32, i32* %s, align 4
  %280 = zext i32 %279 to i64
  %281 = sub i64 %arena_size, 20
  %282 = icmp sgt i64 %280, %281
  br i1 %282, label %trap17.site11, label %ok29

ok28:                                             ; preds = %write.slow26
  %283 = icmp ult i64 %257, %scratch_start
  %284 = load i64, i64* %lowStart, align 8
  %285 = call i64 @llvm.umin.i64(i64 %284, i64 %257)
  %286 = load i64, i64* %lowEnd, align 8
  %287 = load i64, i64* %highEnd, align 8
  %288 = add i64 %258, 64
  %289 = sub i64 %258, %285
  %290 = lshr i64 %289, 4
  %291 = add i64 %288, %290
  %292 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %291)
  %293 = call i64 @llvm.umax.i64(i64 %286, i64 %292)
  %294 = select i1 %283, i64 %293, i64 %286
  store i64 %294, i64* %lowEnd, align 8
  %295 = add i64 %258, 64
  %296 = sub i64 %258, %scratch_start
  %297 = lshr i64 %296, 4
  %298 = add i64 %295, %297
  %299 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %298)
  %300 = call i64 @llvm.umax.i64(i64 %287, i64 %299)
  %301 = select i1 %283, i64 %287, i64 %300
  store i64 %301, i64* %highEnd, align 8
  store i64 %285, i64* %lowStart, align 8
  br label %write.ok27

ok29:                                             ; preds = %write.ok27
  %302 = add i64 %280, 16
  %303 = getelementptr i8, i8* %mem, i64 %302
  %304 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %304, i8* %303, i64 4, i1 false)
  %305 = load i32, i32* %unaligned30, align 4
  %306 = icmp uge i32 %depth, 1000
  br i1 %306, label %trap15.site0, label %ok31

trap17.site11:                                    ; preds = %write.ok27
  %307 = load i64, i64* %lowStart, align 8
  %308 = getelementptr i64, i64* %regs, i64 6
  store i64 %307, i64* %308, align 8
  %309 = load i64, i64* %lowEnd, align 8
  %310 = getelementptr i64, i64* %regs, i64 7
  store i64 %309, i64* %310, align 8
  %311 = load i64, i64* %highEnd, align 8
  %312 = getelementptr i64, i64* %regs, i64 8
  store i64 %311, i64* %312, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 11)
  unreachable

ok31:                                             ; preds = %ok29
  %313 = icmp ult i64 %10, %stack_limit
  br i1 %313, label %trap253.site0, label %stack_ok32

trap15.site0:                                     ; preds = %e0, %ok29
  %314 = load i64, i64* %lowStart, align 8
  %315 = getelementptr i64, i64* %regs, i64 6
  store i64 %314, i64* %315, align 8
  %316 = load i64, i64* %lowEnd, align 8
  %317 = getelementptr i64, i64* %regs, i64 7
  store i64 %316, i64* %317, align 8
  %318 = load i64, i64* %highEnd, align 8
  %319 = getelementptr i64, i64* %regs, i64 8
  store i64 %318, i64* %319, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok32:                                       ; preds = %ok31
  %320 = load i64, i64* %fuel, align 8
  %321 = getelementptr i64, i64* %regs, i64 0
  store i64 %320, i64* %321, align 8
  %322 = load i64, i64* %lowStart, align 8
  %323 = getelementptr i64, i64* %regs, i64 6
  store i64 %322, i64* %323, align 8
  %324 = load i64, i64* %lowEnd, align 8
  %325 = getelementptr i64, i64* %regs, i64 7
  store i64 %324, i64* %325, align 8
  %326 = load i64, i64* %highEnd, align 8
  %327 = getelementptr i64, i64* %regs, i64 8
  store i64 %326, i64* %327, align 8
  %328 = add i32 %depth, 1
  %329 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %328, i32 %305, i32 8340)
  %330 = getelementptr i64, i64* %regs, i64 0
  %331 = load i64, i64* %330, align 8
  store i64 %331, i64* %fuel, align 8
  %332 = getelementptr i64, i64* %regs, i64 6
  %333 = load i64, i64* %332, align 8
  store i64 %333, i64* %lowStart, align 8
  %334 = getelementptr i64, i64* %regs, i64 7
  %335 = load i64, i64* %334, align 8
  store i64 %335, i64* %lowEnd, align 8
  %336 = getelementptr i64, i64* %regs, i64 8
  %337 = load i64, i64* %336, align 8
  store i64 %337, i64* %highEnd, align 8
  %338 = icmp ne i32 %329, 0
  br i1 %338, label %then33, label %else34

then33:                                           ; preds = %stack_ok32
  store i32 8348, i32* %result36, align 4
  br label %join35

else34:                                           ; preds = %stack_ok32
  store i32 8360, i32* %result36, align 4
  br label %join35

join35:                                           ; preds = %else34, %then33
  %339 = load i32, i32* %result36, align 4
  store i32 %339, i32* %greeting, align 4
  %340 = load i32, i32* %dict, align 4
  %341 = load i32, i32* %greeting, align 4
  %342 = zext i32 %340 to i64
  %343 = add i64 %342, 8
  %344 = add i64 %343, 4
  %345 = icmp uge i64 %343, %scratch_start
  %346 = load i64, i64* %highEnd, align 8
  %347 = icmp ule i64 %344, %346
  %348 = and i1 %345, %347
  %349 = call i1 @llvm.expect.i1(i1 %348, i1 true)
  br i1 %349, label %write.ok39, label %write.low37

write.low37:                                      ; preds = %join35
  %350 = load i64, i64* %lowStart, align 8
  %351 = icmp uge i64 %343, %350
  %352 = load i64, i64* %lowEnd, align 8
  %353 = icmp ule i64 %344, %352
  %354 = and i1 %351, %353
  %355 = call i1 @llvm.expect.i1(i1 %354, i1 true)
  br i1 %355, label %write.ok39, label %write.slow38

write.slow38:                                     ; preds = %write.low37
  %356 = icmp ugt i64 %344, %arena_size
  br i1 %356, label %trap17.site0, label %ok40

write.ok39:                                       ; preds = %ok40, %write.low37, %join35
  %357 = getelementptr i8, i8* %mem, i64 %343
  store i32 %341, i32* %unaligned41, align 4
  %358 = bitcast i32* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %357, i8* %358, i64 4, i1 false)
  %359 = load i32, i32* %s, align 4
  %360 = zext i32 %359 to i64
  %361 = sub i64 %arena_size, 24
  %362 = icmp sgt i64 %360, %361
  br i1 %362, label %trap17.site12, label %ok43

ok40:                                             ; preds = %write.slow38
  %363 = icmp ult i64 %343, %scratch_start
  %364 = load i64, i64* %lowStart, align 8
  %365 = call i64 @llvm.umin.i64(i64 %364, i64 %343)
  %366 = load i64, i64* %lowEnd, align 8
  %367 = load i64, i64* %highEnd, align 8
  %368 = add i64 %344, 64
  %369 = sub i64 %344, %365
  %370 = lshr i64 %369, 4
  %371 = add i64 %368, %370
  %372 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %371)
  %373 = call i64 @llvm.umax.i64(i64 %366, i64 %372)
  %374 = select i1 %363, i64 %373, i64 %366
  store i64 %374, i64* %lowEnd, align 8
  %375 = add i64 %344, 64
  %376 = sub i64 %344, %scratch_start
  %377 = lshr i64 %376, 4
  %378 = add i64 %375, %377
  %379 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %378)
  %380 = call i64 @llvm.umax.i64(i64 %367, i64 %379)
  %381 = select i1 %363, i64 %367, i64 %380
  store i64 %381, i64* %highEnd, align 8
  store i64 %365, i64* %lowStart, align 8
  br label %write.ok39

e19:                                              ; preds = %match22
  %382 = load i32, i32* %result42, align 4
  store i32 %382, i32* %source, align 4
  %383 = load i32, i32* %dict, align 4
  %384 = load i32, i32* %source, align 4
  %385 = zext i32 %383 to i64
  %386 = add i64 %385, 12
  %387 = add i64 %386, 4
  %388 = icmp uge i64 %386, %scratch_start
  %389 = load i64, i64* %highEnd, align 8
  %390 = icmp ule i64 %387, %389
  %391 = and i1 %388, %390
  %392 = call i1 @llvm.expect.i1(i1 %391, i1 true)
  br i1 %392, label %write.ok61, label %write.low59

ok43:                                             ; preds = %write.ok39
  %393 = add i64 %360, 20
  %394 = getelementptr i8, i8* %mem, i64 %393
  %395 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %395, i8* %394, i64 4, i1 false)
  %396 = load i32, i32* %unaligned44, align 4
  store i32 %396, i32* %scrut, align 4
  %397 = load i32, i32* %scrut, align 4
  %398 = icmp ne i32 %397, 0
  %399 = zext i1 %398 to i32
  %400 = icmp ne i32 %399, 0
  br i1 %400, label %then46, label %else47

trap17.site12:                                    ; preds = %write.ok39
  %401 = load i64, i64* %lowStart, align 8
  %402 = getelementptr i64, i64* %regs, i64 6
  store i64 %401, i64* %402, align 8
  %403 = load i64, i64* %lowEnd, align 8
  %404 = getelementptr i64, i64* %regs, i64 7
  store i64 %403, i64* %404, align 8
  %405 = load i64, i64* %highEnd, align 8
  %406 = getelementptr i64, i64* %regs, i64 8
  store i64 %405, i64* %406, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

match22:                                          ; preds = %dead58, %then54, %stack_ok52
  %407 = load i32, i32* %result45, align 4
  store i32 %407, i32* %result42, align 4
  br label %e19

then46:                                           ; preds = %ok43
  %408 = load i32, i32* %scrut, align 4
  %409 = zext i32 %408 to i64
  %410 = sub i64 %arena_size, 4
  %411 = icmp sgt i64 %409, %410
  br i1 %411, label %trap17.site0, label %ok49

else47:                                           ; preds = %ok43
  br label %join48

join48:                                           ; preds = %else47, %dead53
  %412 = load i32, i32* %scrut, align 4
  %413 = icmp eq i32 %412, 0
  %414 = zext i1 %413 to i32
  %415 = icmp ne i32 %414, 0
  br i1 %415, label %then54, label %else55

ok49:                                             ; preds = %then46
  %416 = getelementptr i8, i8* %mem, i64 %409
  %417 = bitcast i32* %unaligned50 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %417, i8* %416, i64 4, i1 false)
  %418 = load i32, i32* %unaligned50, align 4
  store i32 %418, i32* %r.1, align 4
  %419 = load i32, i32* %r.1, align 4
  %420 = icmp uge i32 %depth, 1000
  br i1 %420, label %trap15.site13, label %ok51

ok51:                                             ; preds = %ok49
  %421 = icmp ult i64 %10, %stack_limit
  br i1 %421, label %trap253.site0, label %stack_ok52

trap15.site13:                                    ; preds = %ok49
  %422 = load i64, i64* %lowStart, align 8
  %423 = getelementptr i64, i64* %regs, i64 6
  store i64 %422, i64* %423, align 8
  %424 = load i64, i64* %lowEnd, align 8
  %425 = getelementptr i64, i64* %regs, i64 7
  store i64 %424, i64* %425, align 8
  %426 = load i64, i64* %highEnd, align 8
  %427 = getelementptr i64, i64* %regs, i64 8
  store i64 %426, i64* %427, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

stack_ok52:                                       ; preds = %ok51
  %428 = load i64, i64* %fuel, align 8
  %429 = getelementptr i64, i64* %regs, i64 0
  store i64 %428, i64* %429, align 8
  %430 = load i64, i64* %lowStart, align 8
  %431 = getelementptr i64, i64* %regs, i64 6
  store i64 %430, i64* %431, align 8
  %432 = load i64, i64* %lowEnd, align 8
  %433 = getelementptr i64, i64* %regs, i64 7
  store i64 %432, i64* %433, align 8
  %434 = load i64, i64* %highEnd, align 8
  %435 = getelementptr i64, i64* %regs, i64 8
  store i64 %434, i64* %435, align 8
  %436 = add i32 %depth, 1
  %437 = call i32 @m0.rt.str_concat(i64* %regs, i8* %mem, i32 %436, i32 8372, i32 %419)
  %438 = getelementptr i64, i64* %regs, i64 0
  %439 = load i64, i64* %438, align 8
  store i64 %439, i64* %fuel, align 8
  %440 = getelementptr i64, i64* %regs, i64 6
  %441 = load i64, i64* %440, align 8
  store i64 %441, i64* %lowStart, align 8
  %442 = getelementptr i64, i64* %regs, i64 7
  %443 = load i64, i64* %442, align 8
  store i64 %443, i64* %lowEnd, align 8
  %444 = getelementptr i64, i64* %regs, i64 8
  %445 = load i64, i64* %444, align 8
  store i64 %445, i64* %highEnd, align 8
  store i32 %437, i32* %result45, align 4
  br label %match22

dead53:                                           ; No predecessors!
  br label %join48

then54:                                           ; preds = %join48
  store i32 8380, i32* %result45, align 4
  br label %match22

else55:                                           ; preds = %join48
  br label %join56

join56:                                           ; preds = %else55, %dead57
  br label %trap5.site14

dead57:                                           ; No predecessors!
  br label %join56

trap5.site14:                                     ; preds = %join56
  %446 = load i64, i64* %lowStart, align 8
  %447 = getelementptr i64, i64* %regs, i64 6
  store i64 %446, i64* %447, align 8
  %448 = load i64, i64* %lowEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 7
  store i64 %448, i64* %449, align 8
  %450 = load i64, i64* %highEnd, align 8
  %451 = getelementptr i64, i64* %regs, i64 8
  store i64 %450, i64* %451, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 14)
  unreachable

dead58:                                           ; No predecessors!
  br label %match22

write.low59:                                      ; preds = %e19
  %452 = load i64, i64* %lowStart, align 8
  %453 = icmp uge i64 %386, %452
  %454 = load i64, i64* %lowEnd, align 8
  %455 = icmp ule i64 %387, %454
  %456 = and i1 %453, %455
  %457 = call i1 @llvm.expect.i1(i1 %456, i1 true)
  br i1 %457, label %write.ok61, label %write.slow60

write.slow60:                                     ; preds = %write.low59
  %458 = icmp ugt i64 %387, %arena_size
  br i1 %458, label %trap17.site0, label %ok62

write.ok61:                                       ; preds = %ok62, %write.low59, %e19
  %459 = getelementptr i8, i8* %mem, i64 %386
  store i32 %384, i32* %unaligned63, align 4
  %460 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %459, i8* %460, i64 4, i1 false)
  %461 = load i32, i32* %s, align 4
  %462 = zext i32 %461 to i64
  %463 = sub i64 %arena_size, 16
  %464 = icmp sgt i64 %462, %463
  br i1 %464, label %trap17.site17, label %ok66

ok62:                                             ; preds = %write.slow60
  %465 = icmp ult i64 %386, %scratch_start
  %466 = load i64, i64* %lowStart, align 8
  %467 = call i64 @llvm.umin.i64(i64 %466, i64 %386)
  %468 = load i64, i64* %lowEnd, align 8
  %469 = load i64, i64* %highEnd, align 8
  %470 = add i64 %387, 64
  %471 = sub i64 %387, %467
  %472 = lshr i64 %471, 4
  %473 = add i64 %470, %472
  %474 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %473)
  %475 = call i64 @llvm.umax.i64(i64 %468, i64 %474)
  %476 = select i1 %465, i64 %475, i64 %468
  store i64 %476, i64* %lowEnd, align 8
  %477 = add i64 %387, 64
  %478 = sub i64 %387, %scratch_start
  %479 = lshr i64 %478, 4
  %480 = add i64 %477, %479
  %481 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %480)
  %482 = call i64 @llvm.umax.i64(i64 %469, i64 %481)
  %483 = select i1 %465, i64 %469, i64 %482
  store i64 %483, i64* %highEnd, align 8
  store i64 %467, i64* %lowStart, align 8
  br label %write.ok61

e26:                                              ; preds = %write.ok140
  %484 = load i32, i32* %result64, align 4
  store i32 %484, i32* %warnings, align 4
  %485 = load i32, i32* %dict, align 4
  %486 = load i32, i32* %warnings, align 4
  %487 = zext i32 %485 to i64
  %488 = add i64 %487, 16
  %489 = add i64 %488, 4
  %490 = icmp uge i64 %488, %scratch_start
  %491 = load i64, i64* %highEnd, align 8
  %492 = icmp ule i64 %489, %491
  %493 = and i1 %490, %492
  %494 = call i1 @llvm.expect.i1(i1 %493, i1 true)
  br i1 %494, label %write.ok145, label %write.low143

e27:                                              ; preds = %write.ok97
  %495 = load i32, i32* %result65, align 4
  store i32 %495, i32* %xs.1, align 4
  %496 = load i32, i32* %xs.1, align 4
  %497 = zext i32 %496 to i64
  %498 = sub i64 %arena_size, 4
  %499 = icmp sgt i64 %497, %498
  br i1 %499, label %trap17.site0, label %ok100

ok66:                                             ; preds = %write.ok61
  %500 = add i64 %462, 8
  %501 = getelementptr i8, i8* %mem, i64 %500
  %502 = bitcast i64* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %502, i8* %501, i64 8, i1 false)
  %503 = load i64, i64* %unaligned67, align 8
  %504 = icmp slt i64 %503, 18
  %505 = zext i1 %504 to i32
  %506 = icmp ne i32 %505, 0
  br i1 %506, label %then68, label %else69

trap17.site17:                                    ; preds = %write.ok61
  %507 = load i64, i64* %lowStart, align 8
  %508 = getelementptr i64, i64* %regs, i64 6
  store i64 %507, i64* %508, align 8
  %509 = load i64, i64* %lowEnd, align 8
  %510 = getelementptr i64, i64* %regs, i64 7
  store i64 %509, i64* %510, align 8
  %511 = load i64, i64* %highEnd, align 8
  %512 = getelementptr i64, i64* %regs, i64 8
  store i64 %511, i64* %512, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

then68:                                           ; preds = %ok66
  store i32 8392, i32* %result71, align 4
  br label %join70

else69:                                           ; preds = %ok66
  store i32 8404, i32* %result71, align 4
  br label %join70

join70:                                           ; preds = %else69, %then68
  %513 = load i32, i32* %result71, align 4
  store i32 %513, i32* %item, align 4
  %514 = load i32, i32* %s, align 4
  %515 = zext i32 %514 to i64
  %516 = sub i64 %arena_size, 4
  %517 = icmp sgt i64 %515, %516
  br i1 %517, label %trap17.site19, label %ok72

ok72:                                             ; preds = %join70
  %518 = getelementptr i8, i8* %mem, i64 %515
  %519 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %519, i8* %518, i64 4, i1 false)
  %520 = load i32, i32* %unaligned73, align 4
  %521 = icmp uge i32 %depth, 1000
  br i1 %521, label %trap15.site18, label %ok74

trap17.site19:                                    ; preds = %join70
  %522 = load i64, i64* %lowStart, align 8
  %523 = getelementptr i64, i64* %regs, i64 6
  store i64 %522, i64* %523, align 8
  %524 = load i64, i64* %lowEnd, align 8
  %525 = getelementptr i64, i64* %regs, i64 7
  store i64 %524, i64* %525, align 8
  %526 = load i64, i64* %highEnd, align 8
  %527 = getelementptr i64, i64* %regs, i64 8
  store i64 %526, i64* %527, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 19)
  unreachable

ok74:                                             ; preds = %ok72
  %528 = icmp ult i64 %10, %stack_limit
  br i1 %528, label %trap253.site0, label %stack_ok75

trap15.site18:                                    ; preds = %ok72
  %529 = load i64, i64* %lowStart, align 8
  %530 = getelementptr i64, i64* %regs, i64 6
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %lowEnd, align 8
  %532 = getelementptr i64, i64* %regs, i64 7
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %highEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 8
  store i64 %533, i64* %534, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

stack_ok75:                                       ; preds = %ok74
  %535 = load i64, i64* %fuel, align 8
  %536 = getelementptr i64, i64* %regs, i64 0
  store i64 %535, i64* %536, align 8
  %537 = load i64, i64* %lowStart, align 8
  %538 = getelementptr i64, i64* %regs, i64 6
  store i64 %537, i64* %538, align 8
  %539 = load i64, i64* %lowEnd, align 8
  %540 = getelementptr i64, i64* %regs, i64 7
  store i64 %539, i64* %540, align 8
  %541 = load i64, i64* %highEnd, align 8
  %542 = getelementptr i64, i64* %regs, i64 8
  store i64 %541, i64* %542, align 8
  %543 = add i32 %depth, 1
  %544 = call i32 @m0.rt.str_ends_with(i64* %regs, i8* %mem, i32 %543, i32 %520, i32 8408)
  %545 = getelementptr i64, i64* %regs, i64 0
  %546 = load i64, i64* %545, align 8
  store i64 %546, i64* %fuel, align 8
  %547 = getelementptr i64, i64* %regs, i64 6
  %548 = load i64, i64* %547, align 8
  store i64 %548, i64* %lowStart, align 8
  %549 = getelementptr i64, i64* %regs, i64 7
  %550 = load i64, i64* %549, align 8
  store i64 %550, i64* %lowEnd, align 8
  %551 = getelementptr i64, i64* %regs, i64 8
  %552 = load i64, i64* %551, align 8
  store i64 %552, i64* %highEnd, align 8
  %553 = icmp ne i32 %544, 0
  br i1 %553, label %then76, label %else77

then76:                                           ; preds = %stack_ok75
  store i32 8420, i32* %result79, align 4
  br label %join78

else77:                                           ; preds = %stack_ok75
  store i32 8404, i32* %result79, align 4
  br label %join78

join78:                                           ; preds = %else77, %then76
  %554 = load i32, i32* %result79, align 4
  store i32 %554, i32* %item.1, align 4
  store i64 12, i64* %size, align 8
  %555 = load i64, i64* %size, align 8
  %556 = icmp ugt i64 %555, 2147483647
  %557 = zext i1 %556 to i32
  %558 = icmp ne i32 %557, 0
  br i1 %558, label %then80, label %else81

then80:                                           ; preds = %join78
  br label %trap15.site15

else81:                                           ; preds = %join78
  br label %join82

join82:                                           ; preds = %else81, %dead83
  %559 = load i64, i64* %size, align 8
  %560 = trunc i64 %559 to i32
  %561 = zext i32 %560 to i64
  %562 = getelementptr i64, i64* %regs, i64 1
  %563 = getelementptr i64, i64* %regs, i64 2
  %564 = load i64, i64* %562, align 8
  %565 = add i64 %564, 3
  %566 = and i64 %565, -4
  %567 = add i64 %566, %561
  %568 = load i64, i64* %563, align 8
  %569 = icmp ugt i64 %567, %568
  br i1 %569, label %trap15.site15, label %ok84

trap15.site15:                                    ; preds = %join82, %then80
  %570 = load i64, i64* %lowStart, align 8
  %571 = getelementptr i64, i64* %regs, i64 6
  store i64 %570, i64* %571, align 8
  %572 = load i64, i64* %lowEnd, align 8
  %573 = getelementptr i64, i64* %regs, i64 7
  store i64 %572, i64* %573, align 8
  %574 = load i64, i64* %highEnd, align 8
  %575 = getelementptr i64, i64* %regs, i64 8
  store i64 %574, i64* %575, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead83:                                           ; No predecessors!
  br label %join82

ok84:                                             ; preds = %join82
  store i64 %567, i64* %562, align 8
  %576 = load i64, i64* %highEnd, align 8
  %577 = call i64 @llvm.umax.i64(i64 %576, i64 %567)
  store i64 %577, i64* %highEnd, align 8
  %578 = trunc i64 %566 to i32
  store i32 %578, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %579 = load i32, i32* %list, align 4
  %580 = add i32 %579, 4
  %581 = load i32, i32* %len, align 4
  %582 = mul i32 %581, 4
  %583 = add i32 %580, %582
  %584 = load i32, i32* %item, align 4
  %585 = zext i32 %583 to i64
  %586 = add i64 %585, 4
  %587 = icmp uge i64 %585, %scratch_start
  %588 = load i64, i64* %highEnd, align 8
  %589 = icmp ule i64 %586, %588
  %590 = and i1 %587, %589
  %591 = call i1 @llvm.expect.i1(i1 %590, i1 true)
  br i1 %591, label %write.ok87, label %write.low85

write.low85:                                      ; preds = %ok84
  %592 = load i64, i64* %lowStart, align 8
  %593 = icmp uge i64 %585, %592
  %594 = load i64, i64* %lowEnd, align 8
  %595 = icmp ule i64 %586, %594
  %596 = and i1 %593, %595
  %597 = call i1 @llvm.expect.i1(i1 %596, i1 true)
  br i1 %597, label %write.ok87, label %write.slow86

write.slow86:                                     ; preds = %write.low85
  %598 = icmp ugt i64 %586, %arena_size
  br i1 %598, label %trap17.site0, label %ok88

write.ok87:                                       ; preds = %ok88, %write.low85, %ok84
  %599 = getelementptr i8, i8* %mem, i64 %585
  store i32 %584, i32* %unaligned89, align 4
  %600 = bitcast i32* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %599, i8* %600, i64 4, i1 false)
  %601 = load i32, i32* %len, align 4
  %602 = add i32 %601, 1
  store i32 %602, i32* %len, align 4
  %603 = load i32, i32* %list, align 4
  %604 = add i32 %603, 4
  %605 = load i32, i32* %len, align 4
  %606 = mul i32 %605, 4
  %607 = add i32 %604, %606
  %608 = load i32, i32* %item.1, align 4
  %609 = zext i32 %607 to i64
  %610 = add i64 %609, 4
  %611 = icmp uge i64 %609, %scratch_start
  %612 = load i64, i64* %highEnd, align 8
  %613 = icmp ule i64 %610, %612
  %614 = and i1 %611, %613
  %615 = call i1 @llvm.expect.i1(i1 %614, i1 true)
  br i1 %615, label %write.ok92, label %write.low90

ok88:                                             ; preds = %write.slow86
  %616 = icmp ult i64 %585, %scratch_start
  %617 = load i64, i64* %lowStart, align 8
  %618 = call i64 @llvm.umin.i64(i64 %617, i64 %585)
  %619 = load i64, i64* %lowEnd, align 8
  %620 = load i64, i64* %highEnd, align 8
  %621 = add i64 %586, 64
  %622 = sub i64 %586, %618
  %623 = lshr i64 %622, 4
  %624 = add i64 %621, %623
  %625 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %624)
  %626 = call i64 @llvm.umax.i64(i64 %619, i64 %625)
  %627 = select i1 %616, i64 %626, i64 %619
  store i64 %627, i64* %lowEnd, align 8
  %628 = add i64 %586, 64
  %629 = sub i64 %586, %scratch_start
  %630 = lshr i64 %629, 4
  %631 = add i64 %628, %630
  %632 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %631)
  %633 = call i64 @llvm.umax.i64(i64 %620, i64 %632)
  %634 = select i1 %616, i64 %620, i64 %633
  store i64 %634, i64* %highEnd, align 8
  store i64 %618, i64* %lowStart, align 8
  br label %write.ok87

write.low90:                                      ; preds = %write.ok87
  %635 = load i64, i64* %lowStart, align 8
  %636 = icmp uge i64 %609, %635
  %637 = load i64, i64* %lowEnd, align 8
  %638 = icmp ule i64 %610, %637
  %639 = and i1 %636, %638
  %640 = call i1 @llvm.expect.i1(i1 %639, i1 true)
  br i1 %640, label %write.ok92, label %write.slow91

write.slow91:                                     ; preds = %write.low90
  %641 = icmp ugt i64 %610, %arena_size
  br i1 %641, label %trap17.site0, label %ok93

write.ok92:                                       ; preds = %ok93, %write.low90, %write.ok87
  %642 = getelementptr i8, i8* %mem, i64 %609
  store i32 %608, i32* %unaligned94, align 4
  %643 = bitcast i32* %unaligned94 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %642, i8* %643, i64 4, i1 false)
  %644 = load i32, i32* %len, align 4
  %645 = add i32 %644, 1
  store i32 %645, i32* %len, align 4
  %646 = load i32, i32* %list, align 4
  %647 = load i32, i32* %len, align 4
  %648 = zext i32 %646 to i64
  %649 = add i64 %648, 4
  %650 = icmp uge i64 %648, %scratch_start
  %651 = load i64, i64* %highEnd, align 8
  %652 = icmp ule i64 %649, %651
  %653 = and i1 %650, %652
  %654 = call i1 @llvm.expect.i1(i1 %653, i1 true)
  br i1 %654, label %write.ok97, label %write.low95

ok93:                                             ; preds = %write.slow91
  %655 = icmp ult i64 %609, %scratch_start
  %656 = load i64, i64* %lowStart, align 8
  %657 = call i64 @llvm.umin.i64(i64 %656, i64 %609)
  %658 = load i64, i64* %lowEnd, align 8
  %659 = load i64, i64* %highEnd, align 8
  %660 = add i64 %610, 64
  %661 = sub i64 %610, %657
  %662 = lshr i64 %661, 4
  %663 = add i64 %660, %662
  %664 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %663)
  %665 = call i64 @llvm.umax.i64(i64 %658, i64 %664)
  %666 = select i1 %655, i64 %665, i64 %658
  store i64 %666, i64* %lowEnd, align 8
  %667 = add i64 %610, 64
  %668 = sub i64 %610, %scratch_start
  %669 = lshr i64 %668, 4
  %670 = add i64 %667, %669
  %671 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %670)
  %672 = call i64 @llvm.umax.i64(i64 %659, i64 %671)
  %673 = select i1 %655, i64 %659, i64 %672
  store i64 %673, i64* %highEnd, align 8
  store i64 %657, i64* %lowStart, align 8
  br label %write.ok92

write.low95:                                      ; preds = %write.ok92
  %674 = load i64, i64* %lowStart, align 8
  %675 = icmp uge i64 %648, %674
  %676 = load i64, i64* %lowEnd, align 8
  %677 = icmp ule i64 %649, %676
  %678 = and i1 %675, %677
  %679 = call i1 @llvm.expect.i1(i1 %678, i1 true)
  br i1 %679, label %write.ok97, label %write.slow96

write.slow96:                                     ; preds = %write.low95
  %680 = icmp ugt i64 %649, %arena_size
  br i1 %680, label %trap17.site0, label %ok98

write.ok97:                                       ; preds = %ok98, %write.low95, %write.ok92
  %681 = getelementptr i8, i8* %mem, i64 %648
  store i32 %647, i32* %unaligned99, align 4
  %682 = bitcast i32* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %681, i8* %682, i64 4, i1 false)
  %683 = load i32, i32* %list, align 4
  store i32 %683, i32* %result65, align 4
  br label %e27

ok98:                                             ; preds = %write.slow96
  %684 = icmp ult i64 %648, %scratch_start
  %685 = load i64, i64* %lowStart, align 8
  %686 = call i64 @llvm.umin.i64(i64 %685, i64 %648)
  %687 = load i64, i64* %lowEnd, align 8
  %688 = load i64, i64* %highEnd, align 8
  %689 = add i64 %649, 64
  %690 = sub i64 %649, %686
  %691 = lshr i64 %690, 4
  %692 = add i64 %689, %691
  %693 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %692)
  %694 = call i64 @llvm.umax.i64(i64 %687, i64 %693)
  %695 = select i1 %684, i64 %694, i64 %687
  store i64 %695, i64* %lowEnd, align 8
  %696 = add i64 %649, 64
  %697 = sub i64 %649, %scratch_start
  %698 = lshr i64 %697, 4
  %699 = add i64 %696, %698
  %700 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %699)
  %701 = call i64 @llvm.umax.i64(i64 %688, i64 %700)
  %702 = select i1 %684, i64 %688, i64 %701
  store i64 %702, i64* %highEnd, align 8
  store i64 %686, i64* %lowStart, align 8
  br label %write.ok97

ok100:                                            ; preds = %e27
  %703 = getelementptr i8, i8* %mem, i64 %497
  %704 = bitcast i32* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %704, i8* %703, i64 4, i1 false)
  %705 = load i32, i32* %unaligned101, align 4
  %706 = zext i32 %705 to i64
  %707 = mul i64 %706, 4
  %708 = add i64 4, %707
  store i64 %708, i64* %size.1, align 8
  %709 = load i64, i64* %size.1, align 8
  %710 = icmp ugt i64 %709, 2147483647
  %711 = zext i1 %710 to i32
  %712 = icmp ne i32 %711, 0
  br i1 %712, label %then102, label %else103

then102:                                          ; preds = %ok100
  br label %trap15.site20

else103:                                          ; preds = %ok100
  br label %join104

join104:                                          ; preds = %else103, %dead105
  %713 = load i64, i64* %size.1, align 8
  %714 = trunc i64 %713 to i32
  %715 = zext i32 %714 to i64
  %716 = getelementptr i64, i64* %regs, i64 1
  %717 = getelementptr i64, i64* %regs, i64 2
  %718 = load i64, i64* %716, align 8
  %719 = add i64 %718, 3
  %720 = and i64 %719, -4
  %721 = add i64 %720, %715
  %722 = load i64, i64* %717, align 8
  %723 = icmp ugt i64 %721, %722
  br i1 %723, label %trap15.site20, label %ok106

trap15.site20:                                    ; preds = %join104, %then102
  %724 = load i64, i64* %lowStart, align 8
  %725 = getelementptr i64, i64* %regs, i64 6
  store i64 %724, i64* %725, align 8
  %726 = load i64, i64* %lowEnd, align 8
  %727 = getelementptr i64, i64* %regs, i64 7
  store i64 %726, i64* %727, align 8
  %728 = load i64, i64* %highEnd, align 8
  %729 = getelementptr i64, i64* %regs, i64 8
  store i64 %728, i64* %729, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

dead105:                                          ; No predecessors!
  br label %join104

ok106:                                            ; preds = %join104
  store i64 %721, i64* %716, align 8
  %730 = load i64, i64* %highEnd, align 8
  %731 = call i64 @llvm.umax.i64(i64 %730, i64 %721)
  store i64 %731, i64* %highEnd, align 8
  %732 = trunc i64 %720 to i32
  store i32 %732, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %733 = load i32, i32* %xs.1, align 4
  %734 = zext i32 %733 to i64
  %735 = sub i64 %arena_size, 4
  %736 = icmp sgt i64 %734, %735
  br i1 %736, label %trap17.site0, label %ok107

ok107:                                            ; preds = %ok106
  %737 = getelementptr i8, i8* %mem, i64 %734
  %738 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %738, i8* %737, i64 4, i1 false)
  %739 = load i32, i32* %unaligned108, align 4
  store i32 %739, i32* %n, align 4
  store i32 0, i32* %k, align 4
  %740 = load i32, i32* %k, align 4
  %741 = load i32, i32* %n, align 4
  %742 = icmp ugt i32 %741, %740
  %743 = sub i32 %741, %740
  %744 = select i1 %742, i32 %743, i32 0
  %745 = zext i32 %744 to i64
  %746 = load i64, i64* %fuel, align 8
  %747 = icmp ult i64 %745, %746
  %748 = icmp ne i64 %745, 0
  %749 = icmp ult i64 %745, 4294967296
  %750 = and i1 %748, %749
  %751 = and i1 %747, %750
  %752 = load i32, i32* %xs.1, align 4
  %753 = zext i32 %752 to i64
  %754 = load i32, i32* %k, align 4
  %755 = zext i32 %754 to i64
  %756 = add i64 %755, %745
  %757 = sub i64 %756, 1
  %758 = mul i64 %757, 4
  %759 = add i64 %753, %758
  %760 = add i64 %759, 8
  %761 = icmp ult i64 %757, 4294967296
  %762 = icmp ule i64 %760, %arena_size
  %763 = and i1 %761, %762
  %764 = and i1 %751, %763
  %765 = call i1 @llvm.expect.i1(i1 %764, i1 true)
  br i1 %765, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok107
  %766 = add i64 %745, 1
  %767 = mul i64 %766, 1
  %768 = sub i64 %746, %767
  store i64 %768, i64* %fuel, align 8
  br label %each43

versioned.slow:                                   ; preds = %ok107
  br label %each43122

versioned.join:                                   ; preds = %block42121, %block42
  %769 = load i32, i32* %list.1, align 4
  %770 = load i32, i32* %len.1, align 4
  %771 = zext i32 %769 to i64
  %772 = add i64 %771, 4
  %773 = icmp uge i64 %771, %scratch_start
  %774 = load i64, i64* %highEnd, align 8
  %775 = icmp ule i64 %772, %774
  %776 = and i1 %773, %775
  %777 = call i1 @llvm.expect.i1(i1 %776, i1 true)
  br i1 %777, label %write.ok140, label %write.low138

block42:                                          ; preds = %dead120, %each43
  br label %versioned.join

each43:                                           ; preds = %join114, %versioned.fast
  %778 = load i32, i32* %k, align 4
  %779 = load i32, i32* %n, align 4
  %780 = icmp uge i32 %778, %779
  %781 = zext i1 %780 to i32
  %782 = icmp ne i32 %781, 0
  br i1 %782, label %block42, label %cont

cont:                                             ; preds = %each43
  %783 = load i32, i32* %k, align 4
  %784 = zext i32 %783 to i64
  %785 = mul i64 %784, 4
  %786 = load i32, i32* %xs.1, align 4
  %787 = zext i32 %786 to i64
  %788 = add i64 %787, %785
  %789 = add i64 %788, 4
  %790 = getelementptr i8, i8* %mem, i64 %789
  %791 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %791, i8* %790, i64 4, i1 false)
  %792 = load i32, i32* %unaligned109, align 4
  store i32 %792, i32* %x, align 4
  %793 = load i32, i32* %x, align 4
  store i32 %793, i32* %w, align 4
  %794 = load i32, i32* %w, align 4
  %795 = zext i32 %794 to i64
  %796 = sub i64 %arena_size, 4
  %797 = icmp sgt i64 %795, %796
  br i1 %797, label %trap17.site0, label %ok110

ok110:                                            ; preds = %cont
  %798 = getelementptr i8, i8* %mem, i64 %795
  %799 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %799, i8* %798, i64 4, i1 false)
  %800 = load i32, i32* %unaligned111, align 4
  %801 = icmp eq i32 %800, 0
  %802 = zext i1 %801 to i32
  %803 = icmp eq i32 %802, 0
  %804 = zext i1 %803 to i32
  %805 = icmp ne i32 %804, 0
  br i1 %805, label %then112, label %else113

then112:                                          ; preds = %ok110
  %806 = load i32, i32* %list.1, align 4
  %807 = load i32, i32* %len.1, align 4
  %808 = mul i32 %807, 4
  %809 = add i32 %806, %808
  %810 = load i32, i32* %w, align 4
  %811 = zext i32 %809 to i64
  %812 = add i64 %811, 4
  %813 = add i64 %812, 4
  %814 = icmp uge i64 %812, %scratch_start
  %815 = load i64, i64* %highEnd, align 8
  %816 = icmp ule i64 %813, %815
  %817 = and i1 %814, %816
  %818 = call i1 @llvm.expect.i1(i1 %817, i1 true)
  br i1 %818, label %write.ok117, label %write.low115

else113:                                          ; preds = %ok110
  br label %join114

join114:                                          ; preds = %else113, %write.ok117
  %819 = load i32, i32* %k, align 4
  %820 = add i32 %819, 1
  store i32 %820, i32* %k, align 4
  br label %each43

write.low115:                                     ; preds = %then112
  %821 = load i64, i64* %lowStart, align 8
  %822 = icmp uge i64 %812, %821
  %823 = load i64, i64* %lowEnd, align 8
  %824 = icmp ule i64 %813, %823
  %825 = and i1 %822, %824
  %826 = call i1 @llvm.expect.i1(i1 %825, i1 true)
  br i1 %826, label %write.ok117, label %write.slow116

write.slow116:                                    ; preds = %write.low115
  %827 = icmp ugt i64 %813, %arena_size
  br i1 %827, label %trap17.site0, label %ok118

write.ok117:                                      ; preds = %ok118, %write.low115, %then112
  %828 = getelementptr i8, i8* %mem, i64 %812
  store i32 %810, i32* %unaligned119, align 4
  %829 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %828, i8* %829, i64 4, i1 false)
  %830 = load i32, i32* %len.1, align 4
  %831 = add i32 %830, 1
  store i32 %831, i32* %len.1, align 4
  br label %join114

ok118:                                            ; preds = %write.slow116
  %832 = icmp ult i64 %812, %scratch_start
  %833 = load i64, i64* %lowStart, align 8
  %834 = call i64 @llvm.umin.i64(i64 %833, i64 %812)
  %835 = load i64, i64* %lowEnd, align 8
  %836 = load i64, i64* %highEnd, align 8
  %837 = add i64 %813, 64
  %838 = sub i64 %813, %834
  %839 = lshr i64 %838, 4
  %840 = add i64 %837, %839
  %841 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %840)
  %842 = call i64 @llvm.umax.i64(i64 %835, i64 %841)
  %843 = select i1 %832, i64 %842, i64 %835
  store i64 %843, i64* %lowEnd, align 8
  %844 = add i64 %813, 64
  %845 = sub i64 %813, %scratch_start
  %846 = lshr i64 %845, 4
  %847 = add i64 %844, %846
  %848 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %847)
  %849 = call i64 @llvm.umax.i64(i64 %836, i64 %848)
  %850 = select i1 %832, i64 %836, i64 %849
  store i64 %850, i64* %highEnd, align 8
  store i64 %834, i64* %lowStart, align 8
  br label %write.ok117

dead120:                                          ; No predecessors!
  br label %block42

block42121:                                       ; preds = %dead137, %ok123
  br label %versioned.join

each43122:                                        ; preds = %join131, %versioned.slow
  %851 = load i64, i64* %fuel, align 8
  %852 = icmp ult i64 %851, 1
  br i1 %852, label %trap14.site0, label %ok123

ok123:                                            ; preds = %each43122
  %853 = sub i64 %851, 1
  store i64 %853, i64* %fuel, align 8
  %854 = load i32, i32* %k, align 4
  %855 = load i32, i32* %n, align 4
  %856 = icmp uge i32 %854, %855
  %857 = zext i1 %856 to i32
  %858 = icmp ne i32 %857, 0
  br i1 %858, label %block42121, label %cont124

cont124:                                          ; preds = %ok123
  %859 = load i32, i32* %xs.1, align 4
  %860 = load i32, i32* %k, align 4
  %861 = mul i32 %860, 4
  %862 = add i32 %859, %861
  %863 = zext i32 %862 to i64
  %864 = sub i64 %arena_size, 8
  %865 = icmp sgt i64 %863, %864
  br i1 %865, label %trap17.site0, label %ok125

ok125:                                            ; preds = %cont124
  %866 = add i64 %863, 4
  %867 = getelementptr i8, i8* %mem, i64 %866
  %868 = bitcast i32* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %868, i8* %867, i64 4, i1 false)
  %869 = load i32, i32* %unaligned126, align 4
  store i32 %869, i32* %x, align 4
  %870 = load i32, i32* %x, align 4
  store i32 %870, i32* %w, align 4
  %871 = load i32, i32* %w, align 4
  %872 = zext i32 %871 to i64
  %873 = sub i64 %arena_size, 4
  %874 = icmp sgt i64 %872, %873
  br i1 %874, label %trap17.site0, label %ok127

ok127:                                            ; preds = %ok125
  %875 = getelementptr i8, i8* %mem, i64 %872
  %876 = bitcast i32* %unaligned128 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %876, i8* %875, i64 4, i1 false)
  %877 = load i32, i32* %unaligned128, align 4
  %878 = icmp eq i32 %877, 0
  %879 = zext i1 %878 to i32
  %880 = icmp eq i32 %879, 0
  %881 = zext i1 %880 to i32
  %882 = icmp ne i32 %881, 0
  br i1 %882, label %then129, label %else130

then129:                                          ; preds = %ok127
  %883 = load i32, i32* %list.1, align 4
  %884 = load i32, i32* %len.1, align 4
  %885 = mul i32 %884, 4
  %886 = add i32 %883, %885
  %887 = load i32, i32* %w, align 4
  %888 = zext i32 %886 to i64
  %889 = add i64 %888, 4
  %890 = add i64 %889, 4
  %891 = icmp uge i64 %889, %scratch_start
  %892 = load i64, i64* %highEnd, align 8
  %893 = icmp ule i64 %890, %892
  %894 = and i1 %891, %893
  %895 = call i1 @llvm.expect.i1(i1 %894, i1 true)
  br i1 %895, label %write.ok134, label %write.low132

else130:                                          ; preds = %ok127
  br label %join131

join131:                                          ; preds = %else130, %write.ok134
  %896 = load i32, i32* %k, align 4
  %897 = add i32 %896, 1
  store i32 %897, i32* %k, align 4
  br label %each43122

write.low132:                                     ; preds = %then129
  %898 = load i64, i64* %lowStart, align 8
  %899 = icmp uge i64 %889, %898
  %900 = load i64, i64* %lowEnd, align 8
  %901 = icmp ule i64 %890, %900
  %902 = and i1 %899, %901
  %903 = call i1 @llvm.expect.i1(i1 %902, i1 true)
  br i1 %903, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %904 = icmp ugt i64 %890, %arena_size
  br i1 %904, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %then129
  %905 = getelementptr i8, i8* %mem, i64 %889
  store i32 %887, i32* %unaligned136, align 4
  %906 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %905, i8* %906, i64 4, i1 false)
  %907 = load i32, i32* %len.1, align 4
  %908 = add i32 %907, 1
  store i32 %908, i32* %len.1, align 4
  br label %join131

ok135:                                            ; preds = %write.slow133
  %909 = icmp ult i64 %889, %scratch_start
  %910 = load i64, i64* %lowStart, align 8
  %911 = call i64 @llvm.umin.i64(i64 %910, i64 %889)
  %912 = load i64, i64* %lowEnd, align 8
  %913 = load i64, i64* %highEnd, align 8
  %914 = add i64 %890, 64
  %915 = sub i64 %890, %911
  %916 = lshr i64 %915, 4
  %917 = add i64 %914, %916
  %918 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %917)
  %919 = call i64 @llvm.umax.i64(i64 %912, i64 %918)
  %920 = select i1 %909, i64 %919, i64 %912
  store i64 %920, i64* %lowEnd, align 8
  %921 = add i64 %890, 64
  %922 = sub i64 %890, %scratch_start
  %923 = lshr i64 %922, 4
  %924 = add i64 %921, %923
  %925 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %924)
  %926 = call i64 @llvm.umax.i64(i64 %913, i64 %925)
  %927 = select i1 %909, i64 %913, i64 %926
  store i64 %927, i64* %highEnd, align 8
  store i64 %911, i64* %lowStart, align 8
  br label %write.ok134

dead137:                                          ; No predecessors!
  br label %block42121

write.low138:                                     ; preds = %versioned.join
  %928 = load i64, i64* %lowStart, align 8
  %929 = icmp uge i64 %771, %928
  %930 = load i64, i64* %lowEnd, align 8
  %931 = icmp ule i64 %772, %930
  %932 = and i1 %929, %931
  %933 = call i1 @llvm.expect.i1(i1 %932, i1 true)
  br i1 %933, label %write.ok140, label %write.slow139

write.slow139:                                    ; preds = %write.low138
  %934 = icmp ugt i64 %772, %arena_size
  br i1 %934, label %trap17.site0, label %ok141

write.ok140:                                      ; preds = %ok141, %write.low138, %versioned.join
  %935 = getelementptr i8, i8* %mem, i64 %771
  store i32 %770, i32* %unaligned142, align 4
  %936 = bitcast i32* %unaligned142 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %935, i8* %936, i64 4, i1 false)
  %937 = load i32, i32* %list.1, align 4
  store i32 %937, i32* %result64, align 4
  br label %e26

ok141:                                            ; preds = %write.slow139
  %938 = icmp ult i64 %771, %scratch_start
  %939 = load i64, i64* %lowStart, align 8
  %940 = call i64 @llvm.umin.i64(i64 %939, i64 %771)
  %941 = load i64, i64* %lowEnd, align 8
  %942 = load i64, i64* %highEnd, align 8
  %943 = add i64 %772, 64
  %944 = sub i64 %772, %940
  %945 = lshr i64 %944, 4
  %946 = add i64 %943, %945
  %947 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %946)
  %948 = call i64 @llvm.umax.i64(i64 %941, i64 %947)
  %949 = select i1 %938, i64 %948, i64 %941
  store i64 %949, i64* %lowEnd, align 8
  %950 = add i64 %772, 64
  %951 = sub i64 %772, %scratch_start
  %952 = lshr i64 %951, 4
  %953 = add i64 %950, %952
  %954 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %953)
  %955 = call i64 @llvm.umax.i64(i64 %942, i64 %954)
  %956 = select i1 %938, i64 %942, i64 %955
  store i64 %956, i64* %highEnd, align 8
  store i64 %940, i64* %lowStart, align 8
  br label %write.ok140

write.low143:                                     ; preds = %e26
  %957 = load i64, i64* %lowStart, align 8
  %958 = icmp uge i64 %488, %957
  %959 = load i64, i64* %lowEnd, align 8
  %960 = icmp ule i64 %489, %959
  %961 = and i1 %958, %960
  %962 = call i1 @llvm.expect.i1(i1 %961, i1 true)
  br i1 %962, label %write.ok145, label %write.slow144

write.slow144:                                    ; preds = %write.low143
  %963 = icmp ugt i64 %489, %arena_size
  br i1 %963, label %trap17.site0, label %ok146

write.ok145:                                      ; preds = %ok146, %write.low143, %e26
  %964 = getelementptr i8, i8* %mem, i64 %488
  store i32 %486, i32* %unaligned147, align 4
  %965 = bitcast i32* %unaligned147 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %964, i8* %965, i64 4, i1 false)
  %966 = load i32, i32* %dict, align 4
  store i32 %966, i32* %result3, align 4
  br label %e0

ok146:                                            ; preds = %write.slow144
  %967 = icmp ult i64 %488, %scratch_start
  %968 = load i64, i64* %lowStart, align 8
  %969 = call i64 @llvm.umin.i64(i64 %968, i64 %488)
  %970 = load i64, i64* %lowEnd, align 8
  %971 = load i64, i64* %highEnd, align 8
  %972 = add i64 %489, 64
  %973 = sub i64 %489, %969
  %974 = lshr i64 %973, 4
  %975 = add i64 %972, %974
  %976 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %975)
  %977 = call i64 @llvm.umax.i64(i64 %970, i64 %976)
  %978 = select i1 %967, i64 %977, i64 %970
  store i64 %978, i64* %lowEnd, align 8
  %979 = add i64 %489, 64
  %980 = sub i64 %489, %scratch_start
  %981 = lshr i64 %980, 4
  %982 = add i64 %979, %981
  %983 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %982)
  %984 = call i64 @llvm.umax.i64(i64 %971, i64 %983)
  %985 = select i1 %967, i64 %971, i64 %984
  store i64 %985, i64* %highEnd, align 8
  store i64 %969, i64* %lowStart, align 8
  br label %write.ok145

ok148:                                            ; preds = %e0
  %986 = icmp ult i64 %10, %stack_limit
  br i1 %986, label %trap253.site0, label %stack_ok149

stack_ok149:                                      ; preds = %ok148
  %987 = load i64, i64* %fuel, align 8
  %988 = getelementptr i64, i64* %regs, i64 0
  store i64 %987, i64* %988, align 8
  %989 = load i64, i64* %lowStart, align 8
  %990 = getelementptr i64, i64* %regs, i64 6
  store i64 %989, i64* %990, align 8
  %991 = load i64, i64* %lowEnd, align 8
  %992 = getelementptr i64, i64* %regs, i64 7
  store i64 %991, i64* %992, align 8
  %993 = load i64, i64* %highEnd, align 8
  %994 = getelementptr i64, i64* %regs, i64 8
  store i64 %993, i64* %994, align 8
  %995 = add i32 %depth, 1
  %996 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %995, i32 %81, i32 %82, i32 0)
  %997 = getelementptr i64, i64* %regs, i64 0
  %998 = load i64, i64* %997, align 8
  store i64 %998, i64* %fuel, align 8
  %999 = getelementptr i64, i64* %regs, i64 6
  %1000 = load i64, i64* %999, align 8
  store i64 %1000, i64* %lowStart, align 8
  %1001 = getelementptr i64, i64* %regs, i64 7
  %1002 = load i64, i64* %1001, align 8
  store i64 %1002, i64* %lowEnd, align 8
  %1003 = getelementptr i64, i64* %regs, i64 8
  %1004 = load i64, i64* %1003, align 8
  store i64 %1004, i64* %highEnd, align 8
  store i32 %996, i32* %json_end, align 4
  %1005 = load i32, i32* %json_end, align 4
  %1006 = icmp eq i32 %1005, -2
  %1007 = zext i1 %1006 to i32
  %1008 = icmp ne i32 %1007, 0
  br i1 %1008, label %then150, label %else151

then150:                                          ; preds = %stack_ok149
  br label %trap16.site3

else151:                                          ; preds = %stack_ok149
  br label %join152

join152:                                          ; preds = %else151, %dead153
  %1009 = load i32, i32* %json_end, align 4
  %1010 = icmp eq i32 %1009, -1
  %1011 = zext i1 %1010 to i32
  %1012 = icmp ne i32 %1011, 0
  br i1 %1012, label %then154, label %else155

trap16.site3:                                     ; preds = %then150
  %1013 = load i64, i64* %lowStart, align 8
  %1014 = getelementptr i64, i64* %regs, i64 6
  store i64 %1013, i64* %1014, align 8
  %1015 = load i64, i64* %lowEnd, align 8
  %1016 = getelementptr i64, i64* %regs, i64 7
  store i64 %1015, i64* %1016, align 8
  %1017 = load i64, i64* %highEnd, align 8
  %1018 = getelementptr i64, i64* %regs, i64 8
  store i64 %1017, i64* %1018, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead153:                                          ; No predecessors!
  br label %join152

then154:                                          ; preds = %join152
  br label %trap15.site3

else155:                                          ; preds = %join152
  br label %join156

join156:                                          ; preds = %else155, %dead157
  %1019 = load i32, i32* %json_end, align 4
  %1020 = zext i32 %1019 to i64
  %1021 = getelementptr i64, i64* %regs, i64 3
  store i64 %1020, i64* %1021, align 8
  %1022 = load i32, i32* %json_end, align 4
  %1023 = load i32, i32* %json_start, align 4
  %1024 = sub i32 %1022, %1023
  %1025 = load i64, i64* %fuel, align 8
  %1026 = getelementptr i64, i64* %regs, i64 0
  store i64 %1025, i64* %1026, align 8
  %1027 = load i64, i64* %lowStart, align 8
  %1028 = getelementptr i64, i64* %regs, i64 6
  store i64 %1027, i64* %1028, align 8
  %1029 = load i64, i64* %lowEnd, align 8
  %1030 = getelementptr i64, i64* %regs, i64 7
  store i64 %1029, i64* %1030, align 8
  %1031 = load i64, i64* %highEnd, align 8
  %1032 = getelementptr i64, i64* %regs, i64 8
  store i64 %1031, i64* %1032, align 8
  ret i32 %1024

dead157:                                          ; No predecessors!
  br label %join156
}

define internal i32 @m0.pred.Signup.email(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i32 %e.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %e = alloca i32, align 4
  store i32 %e.arg, i32* %e, align 4
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
  %7 = load i32, i32* %e, align 4
  %8 = icmp uge i32 %depth, 1000
  br i1 %8, label %trap15.site22, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %9 = icmp ult i64 %2, %stack_limit
  br i1 %9, label %trap253.site0, label %stack_ok

trap15.site22:                                    ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

stack_ok:                                         ; preds = %ok1
  %10 = load i64, i64* %fuel, align 8
  %11 = getelementptr i64, i64* %regs, i64 0
  store i64 %10, i64* %11, align 8
  %12 = add i32 %depth, 1
  %13 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %12, i32 %7, i32 16)
  %14 = getelementptr i64, i64* %regs, i64 0
  %15 = load i64, i64* %14, align 8
  store i64 %15, i64* %fuel, align 8
  %16 = load i64, i64* %fuel, align 8
  %17 = getelementptr i64, i64* %regs, i64 0
  store i64 %16, i64* %17, align 8
  ret i32 %13

trap253.site0:                                    ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i32 @m0.pred.Signup.age(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %a.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %a = alloca i64, align 8
  store i64 %a.arg, i64* %a, align 8
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
  %5 = load i64, i64* %a, align 8
  %6 = icmp sge i64 %5, 13
  %7 = zext i1 %6 to i32
  %8 = load i64, i64* %fuel, align 8
  %9 = getelementptr i64, i64* %regs, i64 0
  store i64 %8, i64* %9, align 8
  ret i32 %7

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable
}
