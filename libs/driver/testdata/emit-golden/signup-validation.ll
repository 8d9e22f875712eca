; From examples/signup-validation.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/signup-validation.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (43):
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.cttz.i32
;   declare @llvm.memset.p0i8.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 5 function(s):

define internal i32 @m0.validate.Signup(i64* %regs, i8* %mem, i32 %depth, i32 %v.arg) {
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

trap17.site0:                                     ; preds = %join, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %15 = getelementptr i64, i64* %regs, i64 10
  %16 = load i64, i64* %15, align 8
  %17 = icmp ult i64 %3, %16
  br i1 %17, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok3, %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %18 = load i64, i64* %fuel, align 8
  %19 = getelementptr i64, i64* %regs, i64 0
  store i64 %18, i64* %19, align 8
  %20 = add i32 %depth, 1
  %21 = call i32 @m0.pred.Signup.email(i64* %regs, i8* %mem, i32 %20, i32 0, i32 %13)
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
  %44 = call i32 @m0.pred.Signup.age(i64* %regs, i8* %mem, i32 %43, i32 0, i64 %36)
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
  %52 = load i64, i64* %fuel, align 8
  %53 = getelementptr i64, i64* %regs, i64 0
  store i64 %52, i64* %53, align 8
  ret i32 1

dead10:                                           ; No predecessors!
  br label %join9
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
  %255 = icmp eq i32 %254, 115
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
  %467 = call i32 @m0.validate.Signup(i64* %regs, i8* %mem, i32 %466, i32 %447)
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
  %unaligned = alloca i32, align 4
  %result3 = alloca i32, align 4
  %result5 = alloca i32, align 4
  %result6 = alloca i32, align 4
  %unaligned8 = alloca i32, align 4
  %unaligned12 = alloca i32, align 4
  %unaligned18 = alloca i32, align 4
  %unaligned22 = alloca i32, align 4
  %unaligned24 = alloca i64, align 8
  %unaligned27 = alloca i32, align 4
  %result33 = alloca i32, align 4
  %unaligned35 = alloca i32, align 4
  %result36 = alloca i32, align 4
  %unaligned38 = alloca i32, align 4
  %result39 = alloca i32, align 4
  %unaligned44 = alloca i32, align 4
  %unaligned54 = alloca i32, align 4
  %result55 = alloca i32, align 4
  %result56 = alloca i32, align 4
  %unaligned58 = alloca i64, align 8
  %result62 = alloca i32, align 4
  %unaligned64 = alloca i32, align 4
  %result70 = alloca i32, align 4
  %unaligned77 = alloca i32, align 4
  %unaligned79 = alloca i32, align 4
  %unaligned81 = alloca i32, align 4
  %unaligned83 = alloca i32, align 4
  %unaligned90 = alloca i32, align 4
  %unaligned93 = alloca i32, align 4
  %unaligned95 = alloca i32, align 4
  %unaligned100 = alloca i32, align 4
  %unaligned103 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each43, %body
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

trap253.site0:                                    ; preds = %ok106, %ok65, %ok45, %ok28, %ok19, %ok9, %ok1
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
  store i32 %62, i32* %s, align 4
  %63 = getelementptr i64, i64* %regs, i64 1
  %64 = getelementptr i64, i64* %regs, i64 2
  %65 = load i64, i64* %63, align 8
  %66 = add i64 %65, 7
  %67 = and i64 %66, -8
  %68 = add i64 %67, 20
  %69 = load i64, i64* %64, align 8
  %70 = icmp ugt i64 %68, %69
  br i1 %70, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %e26, %block42, %then96, %ok92, %cont, %ok88, %e27, %ok78, %ok76, %ok75, %e19, %then40, %join32, %ok23, %stack_ok20, %join15, %stack_ok
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

e0:                                               ; preds = %ok104
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
  br i1 %84, label %trap15.site0, label %ok106

ok4:                                              ; preds = %ok2
  store i64 %68, i64* %63, align 8
  %85 = trunc i64 %67 to i32
  store i32 %85, i32* %dict, align 4
  %86 = load i32, i32* %s, align 4
  %87 = zext i32 %86 to i64
  %88 = add i64 %87, 4
  %89 = icmp ugt i64 %88, %arena_size
  br i1 %89, label %trap17.site7, label %ok7

trap15.site3:                                     ; preds = %then112, %ok2
  %90 = load i64, i64* %lowStart, align 8
  %91 = getelementptr i64, i64* %regs, i64 6
  store i64 %90, i64* %91, align 8
  %92 = load i64, i64* %lowEnd, align 8
  %93 = getelementptr i64, i64* %regs, i64 7
  store i64 %92, i64* %93, align 8
  %94 = load i64, i64* %highEnd, align 8
  %95 = getelementptr i64, i64* %regs, i64 8
  store i64 %94, i64* %95, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

e2:                                               ; preds = %ok17
  %96 = load i32, i32* %result5, align 4
  %97 = icmp uge i32 %depth, 1000
  br i1 %97, label %trap15.site4, label %ok19

e3:                                               ; preds = %join
  %98 = load i32, i32* %result6, align 4
  store i32 %98, i32* %xs, align 4
  store i64 0, i64* %i, align 8
  %99 = load i64, i64* %i, align 8
  %100 = load i32, i32* %xs, align 4
  %101 = zext i32 %100 to i64
  %102 = add i64 %101, 4
  %103 = icmp ugt i64 %102, %arena_size
  br i1 %103, label %trap17.site5, label %ok11

ok7:                                              ; preds = %ok4
  %104 = getelementptr i8, i8* %mem, i64 %87
  %105 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %105, i8* %104, i64 4, i1 false)
  %106 = load i32, i32* %unaligned8, align 4
  %107 = icmp uge i32 %depth, 1000
  br i1 %107, label %trap15.site6, label %ok9

trap17.site7:                                     ; preds = %ok4
  %108 = load i64, i64* %lowStart, align 8
  %109 = getelementptr i64, i64* %regs, i64 6
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %lowEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 7
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %highEnd, align 8
  %113 = getelementptr i64, i64* %regs, i64 8
  store i64 %112, i64* %113, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

ok9:                                              ; preds = %ok7
  %114 = getelementptr i64, i64* %regs, i64 10
  %115 = load i64, i64* %114, align 8
  %116 = icmp ult i64 %10, %115
  br i1 %116, label %trap253.site0, label %stack_ok10

trap15.site6:                                     ; preds = %ok7
  %117 = load i64, i64* %lowStart, align 8
  %118 = getelementptr i64, i64* %regs, i64 6
  store i64 %117, i64* %118, align 8
  %119 = load i64, i64* %lowEnd, align 8
  %120 = getelementptr i64, i64* %regs, i64 7
  store i64 %119, i64* %120, align 8
  %121 = load i64, i64* %highEnd, align 8
  %122 = getelementptr i64, i64* %regs, i64 8
  store i64 %121, i64* %122, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok10:                                       ; preds = %ok9
  %123 = load i64, i64* %fuel, align 8
  %124 = getelementptr i64, i64* %regs, i64 0
  store i64 %123, i64* %124, align 8
  %125 = load i64, i64* %lowStart, align 8
  %126 = getelementptr i64, i64* %regs, i64 6
  store i64 %125, i64* %126, align 8
  %127 = load i64, i64* %lowEnd, align 8
  %128 = getelementptr i64, i64* %regs, i64 7
  store i64 %127, i64* %128, align 8
  %129 = load i64, i64* %highEnd, align 8
  %130 = getelementptr i64, i64* %regs, i64 8
  store i64 %129, i64* %130, align 8
  %131 = add i32 %depth, 1
  %132 = call i32 @m0.rt.str_split(i64* %regs, i8* %mem, i32 %131, i32 %106, i32 16)
  %133 = getelementptr i64, i64* %regs, i64 0
  %134 = load i64, i64* %133, align 8
  store i64 %134, i64* %fuel, align 8
  %135 = getelementptr i64, i64* %regs, i64 6
  %136 = load i64, i64* %135, align 8
  store i64 %136, i64* %lowStart, align 8
  %137 = getelementptr i64, i64* %regs, i64 7
  %138 = load i64, i64* %137, align 8
  store i64 %138, i64* %lowEnd, align 8
  %139 = getelementptr i64, i64* %regs, i64 8
  %140 = load i64, i64* %139, align 8
  store i64 %140, i64* %highEnd, align 8
  store i32 %132, i32* %r, align 4
  %141 = load i32, i32* %r, align 4
  %142 = icmp eq i32 %141, 0
  %143 = zext i1 %142 to i32
  %144 = icmp ne i32 %143, 0
  br i1 %144, label %then, label %else

then:                                             ; preds = %stack_ok10
  br label %trap8.site6

else:                                             ; preds = %stack_ok10
  br label %join

join:                                             ; preds = %else, %dead
  %145 = load i32, i32* %r, align 4
  store i32 %145, i32* %result6, align 4
  br label %e3

trap8.site6:                                      ; preds = %then
  %146 = load i64, i64* %lowStart, align 8
  %147 = getelementptr i64, i64* %regs, i64 6
  store i64 %146, i64* %147, align 8
  %148 = load i64, i64* %lowEnd, align 8
  %149 = getelementptr i64, i64* %regs, i64 7
  store i64 %148, i64* %149, align 8
  %150 = load i64, i64* %highEnd, align 8
  %151 = getelementptr i64, i64* %regs, i64 8
  store i64 %150, i64* %151, align 8
  call void @tetra_trap(i64* %regs, i32 8, i32 6)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok11:                                             ; preds = %e3
  %152 = getelementptr i8, i8* %mem, i64 %101
  %153 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %153, i8* %152, i64 4, i1 false)
  %154 = load i32, i32* %unaligned12, align 4
  %155 = zext i32 %154 to i64
  %156 = icmp uge i64 %99, %155
  %157 = zext i1 %156 to i32
  %158 = icmp ne i32 %157, 0
  br i1 %158, label %then13, label %else14

trap17.site5:                                     ; preds = %e3
  %159 = load i64, i64* %lowStart, align 8
  %160 = getelementptr i64, i64* %regs, i64 6
  store i64 %159, i64* %160, align 8
  %161 = load i64, i64* %lowEnd, align 8
  %162 = getelementptr i64, i64* %regs, i64 7
  store i64 %161, i64* %162, align 8
  %163 = load i64, i64* %highEnd, align 8
  %164 = getelementptr i64, i64* %regs, i64 8
  store i64 %163, i64* %164, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

then13:                                           ; preds = %ok11
  br label %trap3.site5

else14:                                           ; preds = %ok11
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %165 = load i32, i32* %xs, align 4
  %166 = load i64, i64* %i, align 8
  %167 = trunc i64 %166 to i32
  %168 = mul i32 %167, 4
  %169 = add i32 %165, %168
  %170 = zext i32 %169 to i64
  %171 = add i64 %170, 4
  %172 = add i64 %171, 4
  %173 = icmp ugt i64 %172, %arena_size
  br i1 %173, label %trap17.site0, label %ok17

trap3.site5:                                      ; preds = %then13
  %174 = load i64, i64* %lowStart, align 8
  %175 = getelementptr i64, i64* %regs, i64 6
  store i64 %174, i64* %175, align 8
  %176 = load i64, i64* %lowEnd, align 8
  %177 = getelementptr i64, i64* %regs, i64 7
  store i64 %176, i64* %177, align 8
  %178 = load i64, i64* %highEnd, align 8
  %179 = getelementptr i64, i64* %regs, i64 8
  store i64 %178, i64* %179, align 8
  call void @tetra_trap(i64* %regs, i32 3, i32 5)
  unreachable

dead16:                                           ; No predecessors!
  br label %join15

ok17:                                             ; preds = %join15
  %180 = getelementptr i8, i8* %mem, i64 %171
  %181 = bitcast i32* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %181, i8* %180, i64 4, i1 false)
  %182 = load i32, i32* %unaligned18, align 4
  store i32 %182, i32* %result5, align 4
  br label %e2

ok19:                                             ; preds = %e2
  %183 = getelementptr i64, i64* %regs, i64 10
  %184 = load i64, i64* %183, align 8
  %185 = icmp ult i64 %10, %184
  br i1 %185, label %trap253.site0, label %stack_ok20

trap15.site4:                                     ; preds = %e2
  %186 = load i64, i64* %lowStart, align 8
  %187 = getelementptr i64, i64* %regs, i64 6
  store i64 %186, i64* %187, align 8
  %188 = load i64, i64* %lowEnd, align 8
  %189 = getelementptr i64, i64* %regs, i64 7
  store i64 %188, i64* %189, align 8
  %190 = load i64, i64* %highEnd, align 8
  %191 = getelementptr i64, i64* %regs, i64 8
  store i64 %190, i64* %191, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

stack_ok20:                                       ; preds = %ok19
  %192 = load i64, i64* %fuel, align 8
  %193 = getelementptr i64, i64* %regs, i64 0
  store i64 %192, i64* %193, align 8
  %194 = load i64, i64* %lowStart, align 8
  %195 = getelementptr i64, i64* %regs, i64 6
  store i64 %194, i64* %195, align 8
  %196 = load i64, i64* %lowEnd, align 8
  %197 = getelementptr i64, i64* %regs, i64 7
  store i64 %196, i64* %197, align 8
  %198 = load i64, i64* %highEnd, align 8
  %199 = getelementptr i64, i64* %regs, i64 8
  store i64 %198, i64* %199, align 8
  %200 = add i32 %depth, 1
  %201 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %200, i32 %96)
  %202 = getelementptr i64, i64* %regs, i64 0
  %203 = load i64, i64* %202, align 8
  store i64 %203, i64* %fuel, align 8
  %204 = getelementptr i64, i64* %regs, i64 6
  %205 = load i64, i64* %204, align 8
  store i64 %205, i64* %lowStart, align 8
  %206 = getelementptr i64, i64* %regs, i64 7
  %207 = load i64, i64* %206, align 8
  store i64 %207, i64* %lowEnd, align 8
  %208 = getelementptr i64, i64* %regs, i64 8
  %209 = load i64, i64* %208, align 8
  store i64 %209, i64* %highEnd, align 8
  store i32 %201, i32* %handle, align 4
  %210 = load i32, i32* %dict, align 4
  %211 = load i32, i32* %handle, align 4
  %212 = zext i32 %210 to i64
  %213 = add i64 %212, 4
  %214 = icmp ugt i64 %213, %arena_size
  br i1 %214, label %trap17.site0, label %ok21

ok21:                                             ; preds = %stack_ok20
  %215 = getelementptr i8, i8* %mem, i64 %212
  %216 = icmp ult i64 %212, %scratch_start
  %217 = load i64, i64* %lowEnd, align 8
  %218 = load i64, i64* %highEnd, align 8
  %219 = call i64 @llvm.umax.i64(i64 %217, i64 %213)
  %220 = select i1 %216, i64 %219, i64 %217
  store i64 %220, i64* %lowEnd, align 8
  %221 = call i64 @llvm.umax.i64(i64 %218, i64 %213)
  %222 = select i1 %216, i64 %218, i64 %221
  store i64 %222, i64* %highEnd, align 8
  %223 = load i64, i64* %lowStart, align 8
  %224 = call i64 @llvm.umin.i64(i64 %223, i64 %212)
  store i64 %224, i64* %lowStart, align 8
  store i32 %211, i32* %unaligned22, align 4
  %225 = bitcast i32* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %215, i8* %225, i64 4, i1 false)
  %226 = load i32, i32* %s, align 4
  %227 = zext i32 %226 to i64
  %228 = add i64 %227, 8
  %229 = add i64 %228, 8
  %230 = icmp ugt i64 %229, %arena_size
  br i1 %230, label %trap17.site9, label %ok23

ok23:                                             ; preds = %ok21
  %231 = getelementptr i8, i8* %mem, i64 %228
  %232 = bitcast i64* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %232, i8* %231, i64 8, i1 false)
  %233 = load i64, i64* %unaligned24, align 8
  %234 = icmp sge i64 %233, 18
  %235 = zext i1 %234 to i32
  store i32 %235, i32* %adult, align 4
  %236 = load i32, i32* %dict, align 4
  %237 = load i32, i32* %adult, align 4
  %238 = zext i32 %236 to i64
  %239 = add i64 %238, 4
  %240 = add i64 %239, 1
  %241 = icmp ugt i64 %240, %arena_size
  br i1 %241, label %trap17.site0, label %ok25

trap17.site9:                                     ; preds = %ok21
  %242 = load i64, i64* %lowStart, align 8
  %243 = getelementptr i64, i64* %regs, i64 6
  store i64 %242, i64* %243, align 8
  %244 = load i64, i64* %lowEnd, align 8
  %245 = getelementptr i64, i64* %regs, i64 7
  store i64 %244, i64* %245, align 8
  %246 = load i64, i64* %highEnd, align 8
  %247 = getelementptr i64, i64* %regs, i64 8
  store i64 %246, i64* %247, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

ok25:                                             ; preds = %ok23
  %248 = getelementptr i8, i8* %mem, i64 %239
  %249 = icmp ult i64 %239, %scratch_start
  %250 = load i64, i64* %lowEnd, align 8
  %251 = load i64, i64* %highEnd, align 8
  %252 = call i64 @llvm.umax.i64(i64 %250, i64 %240)
  %253 = select i1 %249, i64 %252, i64 %250
  store i64 %253, i64* %lowEnd, align 8
  %254 = call i64 @llvm.umax.i64(i64 %251, i64 %240)
  %255 = select i1 %249, i64 %251, i64 %254
  store i64 %255, i64* %highEnd, align 8
  %256 = load i64, i64* %lowStart, align 8
  %257 = call i64 @llvm.umin.i64(i64 %256, i64 %239)
  store i64 %257, i64* %lowStart, align 8
  %258 = trunc i32 %237 to i8
  store i8 %258, i8* %248, align 1
  %259 = load i32, i32* %s, align 4
  %260 = zext i32 %259 to i64
  %261 = add i64 %260, 16
  %262 = add i64 %261, 4
  %263 = icmp ugt i64 %262, %arena_size
  br i1 %263, label %trap17.site11, label %ok26

ok26:                                             ; preds = %ok25
  %264 = getelementptr i8, i8* %mem, i64 %261
  %265 = bitcast i32* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %265, i8* %264, i64 4, i1 false)
  %266 = load i32, i32* %unaligned27, align 4
  %267 = icmp uge i32 %depth, 1000
  br i1 %267, label %trap15.site0, label %ok28

trap17.site11:                                    ; preds = %ok25
  %268 = load i64, i64* %lowStart, align 8
  %269 = getelementptr i64, i64* %regs, i64 6
  store i64 %268, i64* %269, align 8
  %270 = load i64, i64* %lowEnd, align 8
  %271 = getelementptr i64, i64* %regs, i64 7
  store i64 %270, i64* %271, align 8
  %272 = load i64, i64* %highEnd, align 8
  %273 = getelementptr i64, i64* %regs, i64 8
  store i64 %272, i64* %273, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 11)
  unreachable

ok28:                                             ; preds = %ok26
  %274 = getelementptr i64, i64* %regs, i64 10
  %275 = load i64, i64* %274, align 8
  %276 = icmp ult i64 %10, %275
  br i1 %276, label %trap253.site0, label %stack_ok29

trap15.site0:                                     ; preds = %e0, %ok26
  %277 = load i64, i64* %lowStart, align 8
  %278 = getelementptr i64, i64* %regs, i64 6
  store i64 %277, i64* %278, align 8
  %279 = load i64, i64* %lowEnd, align 8
  %280 = getelementptr i64, i64* %regs, i64 7
  store i64 %279, i64* %280, align 8
  %281 = load i64, i64* %highEnd, align 8
  %282 = getelementptr i64, i64* %regs, i64 8
  store i64 %281, i64* %282, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %283 = load i64, i64* %fuel, align 8
  %284 = getelementptr i64, i64* %regs, i64 0
  store i64 %283, i64* %284, align 8
  %285 = load i64, i64* %lowStart, align 8
  %286 = getelementptr i64, i64* %regs, i64 6
  store i64 %285, i64* %286, align 8
  %287 = load i64, i64* %lowEnd, align 8
  %288 = getelementptr i64, i64* %regs, i64 7
  store i64 %287, i64* %288, align 8
  %289 = load i64, i64* %highEnd, align 8
  %290 = getelementptr i64, i64* %regs, i64 8
  store i64 %289, i64* %290, align 8
  %291 = add i32 %depth, 1
  %292 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %291, i32 %266, i32 8340)
  %293 = getelementptr i64, i64* %regs, i64 0
  %294 = load i64, i64* %293, align 8
  store i64 %294, i64* %fuel, align 8
  %295 = getelementptr i64, i64* %regs, i64 6
  %296 = load i64, i64* %295, align 8
  store i64 %296, i64* %lowStart, align 8
  %297 = getelementptr i64, i64* %regs, i64 7
  %298 = load i64, i64* %297, align 8
  store i64 %298, i64* %lowEnd, align 8
  %299 = getelementptr i64, i64* %regs, i64 8
  %300 = load i64, i64* %299, align 8
  store i64 %300, i64* %highEnd, align 8
  %301 = icmp ne i32 %292, 0
  br i1 %301, label %then30, label %else31

then30:                                           ; preds = %stack_ok29
  store i32 8348, i32* %result33, align 4
  br label %join32

else31:                                           ; preds = %stack_ok29
  store i32 8360, i32* %result33, align 4
  br label %join32

join32:                                           ; preds = %else31, %then30
  %302 = load i32, i32* %result33, align 4
  store i32 %302, i32* %greeting, align 4
  %303 = load i32, i32* %dict, align 4
  %304 = load i32, i32* %greeting, align 4
  %305 = zext i32 %303 to i64
  %306 = add i64 %305, 8
  %307 = add i64 %306, 4
  %308 = icmp ugt i64 %307, %arena_size
  br i1 %308, label %trap17.site0, label %ok34

ok34:                                             ; preds = %join32
  %309 = getelementptr i8, i8* %mem, i64 %306
  %310 = icmp ult i64 %306, %scratch_start
  %311 = load i64, i64* %lowEnd, align 8
  %312 = load i64, i64* %highEnd, align 8
  %313 = call i64 @llvm.umax.i64(i64 %311, i64 %307)
  %314 = select i1 %310, i64 %313, i64 %311
  store i64 %314, i64* %lowEnd, align 8
  %315 = call i64 @llvm.umax.i64(i64 %312, i64 %307)
  %316 = select i1 %310, i64 %312, i64 %315
  store i64 %316, i64* %highEnd, align 8
  %317 = load i64, i64* %lowStart, align 8
  %318 = call i64 @llvm.umin.i64(i64 %317, i64 %306)
  store i64 %318, i64* %lowStart, align 8
  store i32 %304, i32* %unaligned35, align 4
  %319 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %309, i8* %319, i64 4, i1 false)
  %320 = load i32, i32* %s, align 4
  %321 = zext i32 %320 to i64
  %322 = add i64 %321, 20
  %323 = add i64 %322, 4
  %324 = icmp ugt i64 %323, %arena_size
  br i1 %324, label %trap17.site12, label %ok37

e19:                                              ; preds = %match22
  %325 = load i32, i32* %result36, align 4
  store i32 %325, i32* %source, align 4
  %326 = load i32, i32* %dict, align 4
  %327 = load i32, i32* %source, align 4
  %328 = zext i32 %326 to i64
  %329 = add i64 %328, 12
  %330 = add i64 %329, 4
  %331 = icmp ugt i64 %330, %arena_size
  br i1 %331, label %trap17.site0, label %ok53

ok37:                                             ; preds = %ok34
  %332 = getelementptr i8, i8* %mem, i64 %322
  %333 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %333, i8* %332, i64 4, i1 false)
  %334 = load i32, i32* %unaligned38, align 4
  store i32 %334, i32* %scrut, align 4
  %335 = load i32, i32* %scrut, align 4
  %336 = icmp ne i32 %335, 0
  %337 = zext i1 %336 to i32
  %338 = icmp ne i32 %337, 0
  br i1 %338, label %then40, label %else41

trap17.site12:                                    ; preds = %ok34
  %339 = load i64, i64* %lowStart, align 8
  %340 = getelementptr i64, i64* %regs, i64 6
  store i64 %339, i64* %340, align 8
  %341 = load i64, i64* %lowEnd, align 8
  %342 = getelementptr i64, i64* %regs, i64 7
  store i64 %341, i64* %342, align 8
  %343 = load i64, i64* %highEnd, align 8
  %344 = getelementptr i64, i64* %regs, i64 8
  store i64 %343, i64* %344, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

match22:                                          ; preds = %dead52, %then48, %stack_ok46
  %345 = load i32, i32* %result39, align 4
  store i32 %345, i32* %result36, align 4
  br label %e19

then40:                                           ; preds = %ok37
  %346 = load i32, i32* %scrut, align 4
  %347 = zext i32 %346 to i64
  %348 = add i64 %347, 4
  %349 = icmp ugt i64 %348, %arena_size
  br i1 %349, label %trap17.site0, label %ok43

else41:                                           ; preds = %ok37
  br label %join42

join42:                                           ; preds = %else41, %dead47
  %350 = load i32, i32* %scrut, align 4
  %351 = icmp eq i32 %350, 0
  %352 = zext i1 %351 to i32
  %353 = icmp ne i32 %352, 0
  br i1 %353, label %then48, label %else49

ok43:                                             ; preds = %then40
  %354 = getelementptr i8, i8* %mem, i64 %347
  %355 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %355, i8* %354, i64 4, i1 false)
  %356 = load i32, i32* %unaligned44, align 4
  store i32 %356, i32* %r.1, align 4
  %357 = load i32, i32* %r.1, align 4
  %358 = icmp uge i32 %depth, 1000
  br i1 %358, label %trap15.site13, label %ok45

ok45:                                             ; preds = %ok43
  %359 = getelementptr i64, i64* %regs, i64 10
  %360 = load i64, i64* %359, align 8
  %361 = icmp ult i64 %10, %360
  br i1 %361, label %trap253.site0, label %stack_ok46

trap15.site13:                                    ; preds = %ok43
  %362 = load i64, i64* %lowStart, align 8
  %363 = getelementptr i64, i64* %regs, i64 6
  store i64 %362, i64* %363, align 8
  %364 = load i64, i64* %lowEnd, align 8
  %365 = getelementptr i64, i64* %regs, i64 7
  store i64 %364, i64* %365, align 8
  %366 = load i64, i64* %highEnd, align 8
  %367 = getelementptr i64, i64* %regs, i64 8
  store i64 %366, i64* %367, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

stack_ok46:                                       ; preds = %ok45
  %368 = load i64, i64* %fuel, align 8
  %369 = getelementptr i64, i64* %regs, i64 0
  store i64 %368, i64* %369, align 8
  %370 = load i64, i64* %lowStart, align 8
  %371 = getelementptr i64, i64* %regs, i64 6
  store i64 %370, i64* %371, align 8
  %372 = load i64, i64* %lowEnd, align 8
  %373 = getelementptr i64, i64* %regs, i64 7
  store i64 %372, i64* %373, align 8
  %374 = load i64, i64* %highEnd, align 8
  %375 = getelementptr i64, i64* %regs, i64 8
  store i64 %374, i64* %375, align 8
  %376 = add i32 %depth, 1
  %377 = call i32 @m0.rt.str_concat(i64* %regs, i8* %mem, i32 %376, i32 8372, i32 %357)
  %378 = getelementptr i64, i64* %regs, i64 0
  %379 = load i64, i64* %378, align 8
  store i64 %379, i64* %fuel, align 8
  %380 = getelementptr i64, i64* %regs, i64 6
  %381 = load i64, i64* %380, align 8
  store i64 %381, i64* %lowStart, align 8
  %382 = getelementptr i64, i64* %regs, i64 7
  %383 = load i64, i64* %382, align 8
  store i64 %383, i64* %lowEnd, align 8
  %384 = getelementptr i64, i64* %regs, i64 8
  %385 = load i64, i64* %384, align 8
  store i64 %385, i64* %highEnd, align 8
  store i32 %377, i32* %result39, align 4
  br label %match22

dead47:                                           ; No predecessors!
  br label %join42

then48:                                           ; preds = %join42
  store i32 8380, i32* %result39, align 4
  br label %match22

else49:                                           ; preds = %join42
  br label %join50

join50:                                           ; preds = %else49, %dead51
  br label %trap5.site14

dead51:                                           ; No predecessors!
  br label %join50

trap5.site14:                                     ; preds = %join50
  %386 = load i64, i64* %lowStart, align 8
  %387 = getelementptr i64, i64* %regs, i64 6
  store i64 %386, i64* %387, align 8
  %388 = load i64, i64* %lowEnd, align 8
  %389 = getelementptr i64, i64* %regs, i64 7
  store i64 %388, i64* %389, align 8
  %390 = load i64, i64* %highEnd, align 8
  %391 = getelementptr i64, i64* %regs, i64 8
  store i64 %390, i64* %391, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 14)
  unreachable

dead52:                                           ; No predecessors!
  br label %match22

ok53:                                             ; preds = %e19
  %392 = getelementptr i8, i8* %mem, i64 %329
  %393 = icmp ult i64 %329, %scratch_start
  %394 = load i64, i64* %lowEnd, align 8
  %395 = load i64, i64* %highEnd, align 8
  %396 = call i64 @llvm.umax.i64(i64 %394, i64 %330)
  %397 = select i1 %393, i64 %396, i64 %394
  store i64 %397, i64* %lowEnd, align 8
  %398 = call i64 @llvm.umax.i64(i64 %395, i64 %330)
  %399 = select i1 %393, i64 %395, i64 %398
  store i64 %399, i64* %highEnd, align 8
  %400 = load i64, i64* %lowStart, align 8
  %401 = call i64 @llvm.umin.i64(i64 %400, i64 %329)
  store i64 %401, i64* %lowStart, align 8
  store i32 %327, i32* %unaligned54, align 4
  %402 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %392, i8* %402, i64 4, i1 false)
  %403 = load i32, i32* %s, align 4
  %404 = zext i32 %403 to i64
  %405 = add i64 %404, 8
  %406 = add i64 %405, 8
  %407 = icmp ugt i64 %406, %arena_size
  br i1 %407, label %trap17.site17, label %ok57

e26:                                              ; preds = %ok102
  %408 = load i32, i32* %result55, align 4
  store i32 %408, i32* %warnings, align 4
  %409 = load i32, i32* %dict, align 4
  %410 = load i32, i32* %warnings, align 4
  %411 = zext i32 %409 to i64
  %412 = add i64 %411, 16
  %413 = add i64 %412, 4
  %414 = icmp ugt i64 %413, %arena_size
  br i1 %414, label %trap17.site0, label %ok104

e27:                                              ; preds = %ok80
  %415 = load i32, i32* %result56, align 4
  store i32 %415, i32* %xs.1, align 4
  %416 = load i32, i32* %xs.1, align 4
  %417 = zext i32 %416 to i64
  %418 = add i64 %417, 4
  %419 = icmp ugt i64 %418, %arena_size
  br i1 %419, label %trap17.site0, label %ok82

ok57:                                             ; preds = %ok53
  %420 = getelementptr i8, i8* %mem, i64 %405
  %421 = bitcast i64* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %421, i8* %420, i64 8, i1 false)
  %422 = load i64, i64* %unaligned58, align 8
  %423 = icmp slt i64 %422, 18
  %424 = zext i1 %423 to i32
  %425 = icmp ne i32 %424, 0
  br i1 %425, label %then59, label %else60

trap17.site17:                                    ; preds = %ok53
  %426 = load i64, i64* %lowStart, align 8
  %427 = getelementptr i64, i64* %regs, i64 6
  store i64 %426, i64* %427, align 8
  %428 = load i64, i64* %lowEnd, align 8
  %429 = getelementptr i64, i64* %regs, i64 7
  store i64 %428, i64* %429, align 8
  %430 = load i64, i64* %highEnd, align 8
  %431 = getelementptr i64, i64* %regs, i64 8
  store i64 %430, i64* %431, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

then59:                                           ; preds = %ok57
  store i32 8392, i32* %result62, align 4
  br label %join61

else60:                                           ; preds = %ok57
  store i32 8404, i32* %result62, align 4
  br label %join61

join61:                                           ; preds = %else60, %then59
  %432 = load i32, i32* %result62, align 4
  store i32 %432, i32* %item, align 4
  %433 = load i32, i32* %s, align 4
  %434 = zext i32 %433 to i64
  %435 = add i64 %434, 4
  %436 = icmp ugt i64 %435, %arena_size
  br i1 %436, label %trap17.site19, label %ok63

ok63:                                             ; preds = %join61
  %437 = getelementptr i8, i8* %mem, i64 %434
  %438 = bitcast i32* %unaligned64 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %438, i8* %437, i64 4, i1 false)
  %439 = load i32, i32* %unaligned64, align 4
  %440 = icmp uge i32 %depth, 1000
  br i1 %440, label %trap15.site18, label %ok65

trap17.site19:                                    ; preds = %join61
  %441 = load i64, i64* %lowStart, align 8
  %442 = getelementptr i64, i64* %regs, i64 6
  store i64 %441, i64* %442, align 8
  %443 = load i64, i64* %lowEnd, align 8
  %444 = getelementptr i64, i64* %regs, i64 7
  store i64 %443, i64* %444, align 8
  %445 = load i64, i64* %highEnd, align 8
  %446 = getelementptr i64, i64* %regs, i64 8
  store i64 %445, i64* %446, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 19)
  unreachable

ok65:                                             ; preds = %ok63
  %447 = getelementptr i64, i64* %regs, i64 10
  %448 = load i64, i64* %447, align 8
  %449 = icmp ult i64 %10, %448
  br i1 %449, label %trap253.site0, label %stack_ok66

trap15.site18:                                    ; preds = %ok63
  %450 = load i64, i64* %lowStart, align 8
  %451 = getelementptr i64, i64* %regs, i64 6
  store i64 %450, i64* %451, align 8
  %452 = load i64, i64* %lowEnd, align 8
  %453 = getelementptr i64, i64* %regs, i64 7
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %highEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 8
  store i64 %454, i64* %455, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

stack_ok66:                                       ; preds = %ok65
  %456 = load i64, i64* %fuel, align 8
  %457 = getelementptr i64, i64* %regs, i64 0
  store i64 %456, i64* %457, align 8
  %458 = load i64, i64* %lowStart, align 8
  %459 = getelementptr i64, i64* %regs, i64 6
  store i64 %458, i64* %459, align 8
  %460 = load i64, i64* %lowEnd, align 8
  %461 = getelementptr i64, i64* %regs, i64 7
  store i64 %460, i64* %461, align 8
  %462 = load i64, i64* %highEnd, align 8
  %463 = getelementptr i64, i64* %regs, i64 8
  store i64 %462, i64* %463, align 8
  %464 = add i32 %depth, 1
  %465 = call i32 @m0.rt.str_ends_with(i64* %regs, i8* %mem, i32 %464, i32 %439, i32 8408)
  %466 = getelementptr i64, i64* %regs, i64 0
  %467 = load i64, i64* %466, align 8
  store i64 %467, i64* %fuel, align 8
  %468 = getelementptr i64, i64* %regs, i64 6
  %469 = load i64, i64* %468, align 8
  store i64 %469, i64* %lowStart, align 8
  %470 = getelementptr i64, i64* %regs, i64 7
  %471 = load i64, i64* %470, align 8
  store i64 %471, i64* %lowEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 8
  %473 = load i64, i64* %472, align 8
  store i64 %473, i64* %highEnd, align 8
  %474 = icmp ne i32 %465, 0
  br i1 %474, label %then67, label %else68

then67:                                           ; preds = %stack_ok66
  store i32 8420, i32* %result70, align 4
  br label %join69

else68:                                           ; preds = %stack_ok66
  store i32 8404, i32* %result70, align 4
  br label %join69

join69:                                           ; preds = %else68, %then67
  %475 = load i32, i32* %result70, align 4
  store i32 %475, i32* %item.1, align 4
  store i64 12, i64* %size, align 8
  %476 = load i64, i64* %size, align 8
  %477 = icmp ugt i64 %476, 2147483647
  %478 = zext i1 %477 to i32
  %479 = icmp ne i32 %478, 0
  br i1 %479, label %then71, label %else72

then71:                                           ; preds = %join69
  br label %trap15.site15

else72:                                           ; preds = %join69
  br label %join73

join73:                                           ; preds = %else72, %dead74
  %480 = load i64, i64* %size, align 8
  %481 = trunc i64 %480 to i32
  %482 = zext i32 %481 to i64
  %483 = getelementptr i64, i64* %regs, i64 1
  %484 = getelementptr i64, i64* %regs, i64 2
  %485 = load i64, i64* %483, align 8
  %486 = add i64 %485, 3
  %487 = and i64 %486, -4
  %488 = add i64 %487, %482
  %489 = load i64, i64* %484, align 8
  %490 = icmp ugt i64 %488, %489
  br i1 %490, label %trap15.site15, label %ok75

trap15.site15:                                    ; preds = %join73, %then71
  %491 = load i64, i64* %lowStart, align 8
  %492 = getelementptr i64, i64* %regs, i64 6
  store i64 %491, i64* %492, align 8
  %493 = load i64, i64* %lowEnd, align 8
  %494 = getelementptr i64, i64* %regs, i64 7
  store i64 %493, i64* %494, align 8
  %495 = load i64, i64* %highEnd, align 8
  %496 = getelementptr i64, i64* %regs, i64 8
  store i64 %495, i64* %496, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead74:                                           ; No predecessors!
  br label %join73

ok75:                                             ; preds = %join73
  store i64 %488, i64* %483, align 8
  %497 = trunc i64 %487 to i32
  store i32 %497, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %498 = load i32, i32* %list, align 4
  %499 = add i32 %498, 4
  %500 = load i32, i32* %len, align 4
  %501 = mul i32 %500, 4
  %502 = add i32 %499, %501
  %503 = load i32, i32* %item, align 4
  %504 = zext i32 %502 to i64
  %505 = add i64 %504, 4
  %506 = icmp ugt i64 %505, %arena_size
  br i1 %506, label %trap17.site0, label %ok76

ok76:                                             ; preds = %ok75
  %507 = getelementptr i8, i8* %mem, i64 %504
  %508 = icmp ult i64 %504, %scratch_start
  %509 = load i64, i64* %lowEnd, align 8
  %510 = load i64, i64* %highEnd, align 8
  %511 = call i64 @llvm.umax.i64(i64 %509, i64 %505)
  %512 = select i1 %508, i64 %511, i64 %509
  store i64 %512, i64* %lowEnd, align 8
  %513 = call i64 @llvm.umax.i64(i64 %510, i64 %505)
  %514 = select i1 %508, i64 %510, i64 %513
  store i64 %514, i64* %highEnd, align 8
  %515 = load i64, i64* %lowStart, align 8
  %516 = call i64 @llvm.umin.i64(i64 %515, i64 %504)
  store i64 %516, i64* %lowStart, align 8
  store i32 %503, i32* %unaligned77, align 4
  %517 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %507, i8* %517, i64 4, i1 false)
  %518 = load i32, i32* %len, align 4
  %519 = add i32 %518, 1
  store i32 %519, i32* %len, align 4
  %520 = load i32, i32* %list, align 4
  %521 = add i32 %520, 4
  %522 = load i32, i32* %len, align 4
  %523 = mul i32 %522, 4
  %524 = add i32 %521, %523
  %525 = load i32, i32* %item.1, align 4
  %526 = zext i32 %524 to i64
  %527 = add i64 %526, 4
  %528 = icmp ugt i64 %527, %arena_size
  br i1 %528, label %trap17.site0, label %ok78

ok78:                                             ; preds = %ok76
  %529 = getelementptr i8, i8* %mem, i64 %526
  %530 = icmp ult i64 %526, %scratch_start
  %531 = load i64, i64* %lowEnd, align 8
  %532 = load i64, i64* %highEnd, align 8
  %533 = call i64 @llvm.umax.i64(i64 %531, i64 %527)
  %534 = select i1 %530, i64 %533, i64 %531
  store i64 %534, i64* %lowEnd, align 8
  %535 = call i64 @llvm.umax.i64(i64 %532, i64 %527)
  %536 = select i1 %530, i64 %532, i64 %535
  store i64 %536, i64* %highEnd, align 8
  %537 = load i64, i64* %lowStart, align 8
  %538 = call i64 @llvm.umin.i64(i64 %537, i64 %526)
  store i64 %538, i64* %lowStart, align 8
  store i32 %525, i32* %unaligned79, align 4
  %539 = bitcast i32* %unaligned79 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %529, i8* %539, i64 4, i1 false)
  %540 = load i32, i32* %len, align 4
  %541 = add i32 %540, 1
  store i32 %541, i32* %len, align 4
  %542 = load i32, i32* %list, align 4
  %543 = load i32, i32* %len, align 4
  %544 = zext i32 %542 to i64
  %545 = add i64 %544, 4
  %546 = icmp ugt i64 %545, %arena_size
  br i1 %546, label %trap17.site0, label %ok80

ok80:                                             ; preds = %ok78
  %547 = getelementptr i8, i8* %mem, i64 %544
  %548 = icmp ult i64 %544, %scratch_start
  %549 = load i64, i64* %lowEnd, align 8
  %550 = load i64, i64* %highEnd, align 8
  %551 = call i64 @llvm.umax.i64(i64 %549, i64 %545)
  %552 = select i1 %548, i64 %551, i64 %549
  store i64 %552, i64* %lowEnd, align 8
  %553 = call i64 @llvm.umax.i64(i64 %550, i64 %545)
  %554 = select i1 %548, i64 %550, i64 %553
  store i64 %554, i64* %highEnd, align 8
  %555 = load i64, i64* %lowStart, align 8
  %556 = call i64 @llvm.umin.i64(i64 %555, i64 %544)
  store i64 %556, i64* %lowStart, align 8
  store i32 %543, i32* %unaligned81, align 4
  %557 = bitcast i32* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %547, i8* %557, i64 4, i1 false)
  %558 = load i32, i32* %list, align 4
  store i32 %558, i32* %result56, align 4
  br label %e27

ok82:                                             ; preds = %e27
  %559 = getelementptr i8, i8* %mem, i64 %417
  %560 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %560, i8* %559, i64 4, i1 false)
  %561 = load i32, i32* %unaligned83, align 4
  %562 = zext i32 %561 to i64
  %563 = mul i64 %562, 4
  %564 = add i64 4, %563
  store i64 %564, i64* %size.1, align 8
  %565 = load i64, i64* %size.1, align 8
  %566 = icmp ugt i64 %565, 2147483647
  %567 = zext i1 %566 to i32
  %568 = icmp ne i32 %567, 0
  br i1 %568, label %then84, label %else85

then84:                                           ; preds = %ok82
  br label %trap15.site20

else85:                                           ; preds = %ok82
  br label %join86

join86:                                           ; preds = %else85, %dead87
  %569 = load i64, i64* %size.1, align 8
  %570 = trunc i64 %569 to i32
  %571 = zext i32 %570 to i64
  %572 = getelementptr i64, i64* %regs, i64 1
  %573 = getelementptr i64, i64* %regs, i64 2
  %574 = load i64, i64* %572, align 8
  %575 = add i64 %574, 3
  %576 = and i64 %575, -4
  %577 = add i64 %576, %571
  %578 = load i64, i64* %573, align 8
  %579 = icmp ugt i64 %577, %578
  br i1 %579, label %trap15.site20, label %ok88

trap15.site20:                                    ; preds = %join86, %then84
  %580 = load i64, i64* %lowStart, align 8
  %581 = getelementptr i64, i64* %regs, i64 6
  store i64 %580, i64* %581, align 8
  %582 = load i64, i64* %lowEnd, align 8
  %583 = getelementptr i64, i64* %regs, i64 7
  store i64 %582, i64* %583, align 8
  %584 = load i64, i64* %highEnd, align 8
  %585 = getelementptr i64, i64* %regs, i64 8
  store i64 %584, i64* %585, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

dead87:                                           ; No predecessors!
  br label %join86

ok88:                                             ; preds = %join86
  store i64 %577, i64* %572, align 8
  %586 = trunc i64 %576 to i32
  store i32 %586, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %587 = load i32, i32* %xs.1, align 4
  %588 = zext i32 %587 to i64
  %589 = add i64 %588, 4
  %590 = icmp ugt i64 %589, %arena_size
  br i1 %590, label %trap17.site0, label %ok89

ok89:                                             ; preds = %ok88
  %591 = getelementptr i8, i8* %mem, i64 %588
  %592 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %592, i8* %591, i64 4, i1 false)
  %593 = load i32, i32* %unaligned90, align 4
  store i32 %593, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each43

block42:                                          ; preds = %dead101, %ok91
  %594 = load i32, i32* %list.1, align 4
  %595 = load i32, i32* %len.1, align 4
  %596 = zext i32 %594 to i64
  %597 = add i64 %596, 4
  %598 = icmp ugt i64 %597, %arena_size
  br i1 %598, label %trap17.site0, label %ok102

each43:                                           ; preds = %join98, %ok89
  %599 = load i64, i64* %fuel, align 8
  %600 = icmp ult i64 %599, 1
  br i1 %600, label %trap14.site0, label %ok91

ok91:                                             ; preds = %each43
  %601 = sub i64 %599, 1
  store i64 %601, i64* %fuel, align 8
  %602 = load i32, i32* %k, align 4
  %603 = load i32, i32* %n, align 4
  %604 = icmp uge i32 %602, %603
  %605 = zext i1 %604 to i32
  %606 = icmp ne i32 %605, 0
  br i1 %606, label %block42, label %cont

cont:                                             ; preds = %ok91
  %607 = load i32, i32* %xs.1, align 4
  %608 = load i32, i32* %k, align 4
  %609 = mul i32 %608, 4
  %610 = add i32 %607, %609
  %611 = zext i32 %610 to i64
  %612 = add i64 %611, 4
  %613 = add i64 %612, 4
  %614 = icmp ugt i64 %613, %arena_size
  br i1 %614, label %trap17.site0, label %ok92

ok92:                                             ; preds = %cont
  %615 = getelementptr i8, i8* %mem, i64 %612
  %616 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %616, i8* %615, i64 4, i1 false)
  %617 = load i32, i32* %unaligned93, align 4
  store i32 %617, i32* %x, align 4
  %618 = load i32, i32* %x, align 4
  store i32 %618, i32* %w, align 4
  %619 = load i32, i32* %w, align 4
  %620 = zext i32 %619 to i64
  %621 = add i64 %620, 4
  %622 = icmp ugt i64 %621, %arena_size
  br i1 %622, label %trap17.site0, label %ok94

ok94:                                             ; preds = %ok92
  %623 = getelementptr i8, i8* %mem, i64 %620
  %624 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %624, i8* %623, i64 4, i1 false)
  %625 = load i32, i32* %unaligned95, align 4
  %626 = icmp eq i32 %625, 0
  %627 = zext i1 %626 to i32
  %628 = icmp eq i32 %627, 0
  %629 = zext i1 %628 to i32
  %630 = icmp ne i32 %629, 0
  br i1 %630, label %then96, label %else97

then96:                                           ; preds = %ok94
  %631 = load i32, i32* %list.1, align 4
  %632 = load i32, i32* %len.1, align 4
  %633 = mul i32 %632, 4
  %634 = add i32 %631, %633
  %635 = load i32, i32* %w, align 4
  %636 = zext i32 %634 to i64
  %637 = add i64 %636, 4
  %638 = add i64 %637, 4
  %639 = icmp ugt i64 %638, %arena_size
  br i1 %639, label %trap17.site0, label %ok99

else97:                                           ; preds = %ok94
  br label %join98

join98:                                           ; preds = %else97, %ok99
  %640 = load i32, i32* %k, align 4
  %641 = add i32 %640, 1
  store i32 %641, i32* %k, align 4
  br label %each43

ok99:                                             ; preds = %then96
  %642 = getelementptr i8, i8* %mem, i64 %637
  %643 = icmp ult i64 %637, %scratch_start
  %644 = load i64, i64* %lowEnd, align 8
  %645 = load i64, i64* %highEnd, align 8
  %646 = call i64 @llvm.umax.i64(i64 %644, i64 %638)
  %647 = select i1 %643, i64 %646, i64 %644
  store i64 %647, i64* %lowEnd, align 8
  %648 = call i64 @llvm.umax.i64(i64 %645, i64 %638)
  %649 = select i1 %643, i64 %645, i64 %648
  store i64 %649, i64* %highEnd, align 8
  %650 = load i64, i64* %lowStart, align 8
  %651 = call i64 @llvm.umin.i64(i64 %650, i64 %637)
  store i64 %651, i64* %lowStart, align 8
  store i32 %635, i32* %unaligned100, align 4
  %652 = bitcast i32* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %642, i8* %652, i64 4, i1 false)
  %653 = load i32, i32* %len.1, align 4
  %654 = add i32 %653, 1
  store i32 %654, i32* %len.1, align 4
  br label %join98

dead101:                                          ; No predecessors!
  br label %block42

ok102:                                            ; preds = %block42
  %655 = getelementptr i8, i8* %mem, i64 %596
  %656 = icmp ult i64 %596, %scratch_start
  %657 = load i64, i64* %lowEnd, align 8
  %658 = load i64, i64* %highEnd, align 8
  %659 = call i64 @llvm.umax.i64(i64 %657, i64 %597)
  %660 = select i1 %656, i64 %659, i64 %657
  store i64 %660, i64* %lowEnd, align 8
  %661 = call i64 @llvm.umax.i64(i64 %658, i64 %597)
  %662 = select i1 %656, i64 %658, i64 %661
  store i64 %662, i64* %highEnd, align 8
  %663 = load i64, i64* %lowStart, align 8
  %664 = call i64 @llvm.umin.i64(i64 %663, i64 %596)
  store i64 %664, i64* %lowStart, align 8
  store i32 %595, i32* %unaligned103, align 4
  %665 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %655, i8* %665, i64 4, i1 false)
  %666 = load i32, i32* %list.1, align 4
  store i32 %666, i32* %result55, align 4
  br label %e26

ok104:                                            ; preds = %e26
  %667 = getelementptr i8, i8* %mem, i64 %412
  %668 = icmp ult i64 %412, %scratch_start
  %669 = load i64, i64* %lowEnd, align 8
  %670 = load i64, i64* %highEnd, align 8
  %671 = call i64 @llvm.umax.i64(i64 %669, i64 %413)
  %672 = select i1 %668, i64 %671, i64 %669
  store i64 %672, i64* %lowEnd, align 8
  %673 = call i64 @llvm.umax.i64(i64 %670, i64 %413)
  %674 = select i1 %668, i64 %670, i64 %673
  store i64 %674, i64* %highEnd, align 8
  %675 = load i64, i64* %lowStart, align 8
  %676 = call i64 @llvm.umin.i64(i64 %675, i64 %412)
  store i64 %676, i64* %lowStart, align 8
  store i32 %410, i32* %unaligned105, align 4
  %677 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %667, i8* %677, i64 4, i1 false)
  %678 = load i32, i32* %dict, align 4
  store i32 %678, i32* %result3, align 4
  br label %e0

ok106:                                            ; preds = %e0
  %679 = getelementptr i64, i64* %regs, i64 10
  %680 = load i64, i64* %679, align 8
  %681 = icmp ult i64 %10, %680
  br i1 %681, label %trap253.site0, label %stack_ok107

stack_ok107:                                      ; preds = %ok106
  %682 = load i64, i64* %fuel, align 8
  %683 = getelementptr i64, i64* %regs, i64 0
  store i64 %682, i64* %683, align 8
  %684 = load i64, i64* %lowStart, align 8
  %685 = getelementptr i64, i64* %regs, i64 6
  store i64 %684, i64* %685, align 8
  %686 = load i64, i64* %lowEnd, align 8
  %687 = getelementptr i64, i64* %regs, i64 7
  store i64 %686, i64* %687, align 8
  %688 = load i64, i64* %highEnd, align 8
  %689 = getelementptr i64, i64* %regs, i64 8
  store i64 %688, i64* %689, align 8
  %690 = add i32 %depth, 1
  %691 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %690, i32 %82, i32 %83, i32 0)
  %692 = getelementptr i64, i64* %regs, i64 0
  %693 = load i64, i64* %692, align 8
  store i64 %693, i64* %fuel, align 8
  %694 = getelementptr i64, i64* %regs, i64 6
  %695 = load i64, i64* %694, align 8
  store i64 %695, i64* %lowStart, align 8
  %696 = getelementptr i64, i64* %regs, i64 7
  %697 = load i64, i64* %696, align 8
  store i64 %697, i64* %lowEnd, align 8
  %698 = getelementptr i64, i64* %regs, i64 8
  %699 = load i64, i64* %698, align 8
  store i64 %699, i64* %highEnd, align 8
  store i32 %691, i32* %json_end, align 4
  %700 = load i32, i32* %json_end, align 4
  %701 = icmp eq i32 %700, -2
  %702 = zext i1 %701 to i32
  %703 = icmp ne i32 %702, 0
  br i1 %703, label %then108, label %else109

then108:                                          ; preds = %stack_ok107
  br label %trap16.site3

else109:                                          ; preds = %stack_ok107
  br label %join110

join110:                                          ; preds = %else109, %dead111
  %704 = load i32, i32* %json_end, align 4
  %705 = icmp eq i32 %704, -1
  %706 = zext i1 %705 to i32
  %707 = icmp ne i32 %706, 0
  br i1 %707, label %then112, label %else113

trap16.site3:                                     ; preds = %then108
  %708 = load i64, i64* %lowStart, align 8
  %709 = getelementptr i64, i64* %regs, i64 6
  store i64 %708, i64* %709, align 8
  %710 = load i64, i64* %lowEnd, align 8
  %711 = getelementptr i64, i64* %regs, i64 7
  store i64 %710, i64* %711, align 8
  %712 = load i64, i64* %highEnd, align 8
  %713 = getelementptr i64, i64* %regs, i64 8
  store i64 %712, i64* %713, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead111:                                          ; No predecessors!
  br label %join110

then112:                                          ; preds = %join110
  br label %trap15.site3

else113:                                          ; preds = %join110
  br label %join114

join114:                                          ; preds = %else113, %dead115
  %714 = load i32, i32* %json_end, align 4
  %715 = zext i32 %714 to i64
  %716 = getelementptr i64, i64* %regs, i64 3
  store i64 %715, i64* %716, align 8
  %717 = load i32, i32* %json_end, align 4
  %718 = load i32, i32* %json_start, align 4
  %719 = sub i32 %717, %718
  %720 = load i64, i64* %fuel, align 8
  %721 = getelementptr i64, i64* %regs, i64 0
  store i64 %720, i64* %721, align 8
  %722 = load i64, i64* %lowStart, align 8
  %723 = getelementptr i64, i64* %regs, i64 6
  store i64 %722, i64* %723, align 8
  %724 = load i64, i64* %lowEnd, align 8
  %725 = getelementptr i64, i64* %regs, i64 7
  store i64 %724, i64* %725, align 8
  %726 = load i64, i64* %highEnd, align 8
  %727 = getelementptr i64, i64* %regs, i64 8
  store i64 %726, i64* %727, align 8
  ret i32 %719

dead115:                                          ; No predecessors!
  br label %join114
}

define internal i32 @m0.pred.Signup.email(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %e.arg) {
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
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %e, align 4
  %7 = icmp uge i32 %depth, 1000
  br i1 %7, label %trap15.site22, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %8 = getelementptr i64, i64* %regs, i64 10
  %9 = load i64, i64* %8, align 8
  %10 = icmp ult i64 %2, %9
  br i1 %10, label %trap253.site0, label %stack_ok

trap15.site22:                                    ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

stack_ok:                                         ; preds = %ok1
  %11 = load i64, i64* %fuel, align 8
  %12 = getelementptr i64, i64* %regs, i64 0
  store i64 %11, i64* %12, align 8
  %13 = add i32 %depth, 1
  %14 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %13, i32 %6, i32 16)
  %15 = getelementptr i64, i64* %regs, i64 0
  %16 = load i64, i64* %15, align 8
  store i64 %16, i64* %fuel, align 8
  %17 = load i64, i64* %fuel, align 8
  %18 = getelementptr i64, i64* %regs, i64 0
  store i64 %17, i64* %18, align 8
  ret i32 %14

trap253.site0:                                    ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i32 @m0.pred.Signup.age(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %a.arg) {
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
