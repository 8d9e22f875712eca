; From libs/driver/testdata/emit-golden/float-math.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/float-math.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
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
;   @m0.rt.parse_eisel_lemire
;   @m0.rt.decimal_shr
;   @m0.rt.decimal_shl
;   @m0.rt.decimal_round
;   @m0.rt.parse_float_slow
;   @m0.rt.parse_float
;   @m0.codec.dec.float.0
;   @m0.codec.skip
;   @m0.codec.dec.list.1
;   @m0.main.args
;   @m0.rt.fmod
;   @m0.rt.pow_positive
;   @m0.rt.pow
;   @m0.rt.mul_shift_64
;   @m0.rt.pow5_factor_at_least
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.f64_shortest
;   @m0.rt.float_json_write
;   @m0.codec.write_float
;   @m0.codec.enc.float.2
;   @m0.codec.enc.list.1
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.4
;   @m0.codec.enc.list.3
;   @m0.codec.enc.record.0
;   @m0.codec.nonfinite.float.1
;   @m0.codec.nonfinite.list.2
;   @m0.codec.nonfinite.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.ctlz.i64
;   declare @llvm.fabs.f64
;   declare @llvm.copysign.f64
;   declare @llvm.roundeven.f64
;   declare @llvm.fptosi.sat.i32.f64
;   declare @llvm.floor.f64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sqrt.f64
;   declare @llvm.fptosi.sat.i64.f64
;   declare @llvm.ceil.f64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 2 function(s):

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
  %arg = alloca double, align 8
  store double 0.000000e+00, double* %arg, align 8
  %arg.1 = alloca double, align 8
  store double 0.000000e+00, double* %arg.1, align 8
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
  %unaligned = alloca i16, align 2
  %unaligned117 = alloca i64, align 8
  %unaligned127 = alloca i64, align 8
  %unaligned137 = alloca i32, align 4
  %unaligned144 = alloca i64, align 8
  %unaligned149 = alloca i64, align 8
  %unaligned154 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %default11, %then85, %case12, %then77, %case13, %then69, %case14, %ok29, %then26, %ok23, %ok12, %ok11, %join9, %ok
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

trap253.site0:                                    ; preds = %ok91, %ok88, %ok83, %ok80, %ok75, %ok72, %ok67, %ok30, %ok24, %ok1
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

trap17.site0:                                     ; preds = %write.slow151, %write.slow146, %write.slow, %join134, %join124, %join114, %cont103, %ws_done15, %cont94, %cont62, %cont57, %then48, %then40, %then32, %ws_done2, %cont15, %ws_done0, %cont
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
  %115 = add i64 %114, 7
  %116 = and i64 %115, -8
  %117 = add i64 %116, 8
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
  %126 = add i64 %125, 7
  %127 = and i64 %126, -8
  %128 = add i64 %127, 8
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

join22:                                           ; preds = %else21, %join101
  %182 = load i32, i32* %arg0_state, align 4
  %183 = icmp eq i32 %182, 0
  %184 = zext i1 %183 to i32
  %185 = icmp ne i32 %184, 0
  br i1 %185, label %then108, label %else109

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
  %242 = icmp eq i32 %241, 1
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

match5:                                           ; preds = %join50, %then52, %then44, %then36
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
  %280 = sub i64 %arena_size, 1
  %281 = icmp sgt i64 %279, %280
  br i1 %281, label %trap17.site0, label %ok35

else33:                                           ; preds = %join28
  br label %join34

join34:                                           ; preds = %else33, %join38
  %282 = load i32, i32* %args_klen, align 4
  %283 = icmp eq i32 %282, 1
  %284 = zext i1 %283 to i32
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %then40, label %else41

ok35:                                             ; preds = %then32
  %286 = getelementptr i8, i8* %mem, i64 %279
  %287 = load i8, i8* %286, align 1
  %288 = zext i8 %287 to i32
  %289 = icmp eq i32 %288, 120
  %290 = zext i1 %289 to i32
  %291 = icmp ne i32 %290, 0
  br i1 %291, label %then36, label %else37

then36:                                           ; preds = %ok35
  store i32 0, i32* %result, align 4
  br label %match5

else37:                                           ; preds = %ok35
  br label %join38

join38:                                           ; preds = %else37, %dead39
  br label %join34

dead39:                                           ; No predecessors!
  br label %join38

then40:                                           ; preds = %join34
  %292 = load i32, i32* %args_kp, align 4
  %293 = zext i32 %292 to i64
  %294 = sub i64 %arena_size, 1
  %295 = icmp sgt i64 %293, %294
  br i1 %295, label %trap17.site0, label %ok43

else41:                                           ; preds = %join34
  br label %join42

join42:                                           ; preds = %else41, %join46
  %296 = load i32, i32* %args_klen, align 4
  %297 = icmp eq i32 %296, 2
  %298 = zext i1 %297 to i32
  %299 = icmp ne i32 %298, 0
  br i1 %299, label %then48, label %else49

ok43:                                             ; preds = %then40
  %300 = getelementptr i8, i8* %mem, i64 %293
  %301 = load i8, i8* %300, align 1
  %302 = zext i8 %301 to i32
  %303 = icmp eq i32 %302, 121
  %304 = zext i1 %303 to i32
  %305 = icmp ne i32 %304, 0
  br i1 %305, label %then44, label %else45

then44:                                           ; preds = %ok43
  store i32 1, i32* %result, align 4
  br label %match5

else45:                                           ; preds = %ok43
  br label %join46

join46:                                           ; preds = %else45, %dead47
  br label %join42

dead47:                                           ; No predecessors!
  br label %join46

then48:                                           ; preds = %join42
  %306 = load i32, i32* %args_kp, align 4
  %307 = zext i32 %306 to i64
  %308 = sub i64 %arena_size, 2
  %309 = icmp sgt i64 %307, %308
  br i1 %309, label %trap17.site0, label %ok51

else49:                                           ; preds = %join42
  br label %join50

join50:                                           ; preds = %else49, %join54
  store i32 -1, i32* %result, align 4
  br label %match5

ok51:                                             ; preds = %then48
  %310 = getelementptr i8, i8* %mem, i64 %307
  %311 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %311, i8* %310, i64 2, i1 false)
  %312 = load i16, i16* %unaligned, align 2
  %313 = zext i16 %312 to i32
  %314 = icmp eq i32 %313, 29560
  %315 = zext i1 %314 to i32
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %then52, label %else53

then52:                                           ; preds = %ok51
  store i32 2, i32* %result, align 4
  br label %match5

else53:                                           ; preds = %ok51
  br label %join54

join54:                                           ; preds = %else53, %dead55
  br label %join50

dead55:                                           ; No predecessors!
  br label %join54

ws_done6:                                         ; preds = %dead60, %ok58, %ok56
  %317 = load i32, i32* %args_pos, align 4
  %318 = add i32 %317, 1
  store i32 %318, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont59, %match5
  %319 = load i64, i64* %fuel, align 8
  %320 = icmp ult i64 %319, 1
  br i1 %320, label %trap14.site0, label %ok56

ok56:                                             ; preds = %ws7
  %321 = sub i64 %319, 1
  store i64 %321, i64* %fuel, align 8
  %322 = load i32, i32* %args_pos, align 4
  %323 = load i32, i32* %args_end, align 4
  %324 = icmp uge i32 %322, %323
  %325 = zext i1 %324 to i32
  %326 = icmp ne i32 %325, 0
  br i1 %326, label %ws_done6, label %cont57

cont57:                                           ; preds = %ok56
  %327 = load i32, i32* %args_pos, align 4
  %328 = zext i32 %327 to i64
  %329 = sub i64 %arena_size, 1
  %330 = icmp sgt i64 %328, %329
  br i1 %330, label %trap17.site0, label %ok58

ok58:                                             ; preds = %cont57
  %331 = getelementptr i8, i8* %mem, i64 %328
  %332 = load i8, i8* %331, align 1
  %333 = zext i8 %332 to i32
  store i32 %333, i32* %ws, align 4
  %334 = load i32, i32* %ws, align 4
  %335 = icmp ule i32 %334, 32
  %336 = zext i1 %335 to i32
  %337 = icmp eq i32 %336, 0
  %338 = zext i1 %337 to i32
  %339 = icmp ne i32 %338, 0
  br i1 %339, label %ws_done6, label %cont59

cont59:                                           ; preds = %ok58
  %340 = load i32, i32* %args_pos, align 4
  %341 = add i32 %340, 1
  store i32 %341, i32* %args_pos, align 4
  br label %ws7

dead60:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead65, %ok63, %ok61
  %342 = load i32, i32* %args_c, align 4
  switch i32 %342, label %default11 [
    i32 0, label %case14
    i32 1, label %case13
    i32 2, label %case12
  ]

ws9:                                              ; preds = %cont64, %ws_done6
  %343 = load i64, i64* %fuel, align 8
  %344 = icmp ult i64 %343, 1
  br i1 %344, label %trap14.site0, label %ok61

ok61:                                             ; preds = %ws9
  %345 = sub i64 %343, 1
  store i64 %345, i64* %fuel, align 8
  %346 = load i32, i32* %args_pos, align 4
  %347 = load i32, i32* %args_end, align 4
  %348 = icmp uge i32 %346, %347
  %349 = zext i1 %348 to i32
  %350 = icmp ne i32 %349, 0
  br i1 %350, label %ws_done8, label %cont62

cont62:                                           ; preds = %ok61
  %351 = load i32, i32* %args_pos, align 4
  %352 = zext i32 %351 to i64
  %353 = sub i64 %arena_size, 1
  %354 = icmp sgt i64 %352, %353
  br i1 %354, label %trap17.site0, label %ok63

ok63:                                             ; preds = %cont62
  %355 = getelementptr i8, i8* %mem, i64 %352
  %356 = load i8, i8* %355, align 1
  %357 = zext i8 %356 to i32
  store i32 %357, i32* %ws, align 4
  %358 = load i32, i32* %ws, align 4
  %359 = icmp ule i32 %358, 32
  %360 = zext i1 %359 to i32
  %361 = icmp eq i32 %360, 0
  %362 = zext i1 %361 to i32
  %363 = icmp ne i32 %362, 0
  br i1 %363, label %ws_done8, label %cont64

cont64:                                           ; preds = %ok63
  %364 = load i32, i32* %args_pos, align 4
  %365 = add i32 %364, 1
  store i32 %365, i32* %args_pos, align 4
  br label %ws9

dead65:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok92, %join87, %join79, %join71
  br label %ws16

default11:                                        ; preds = %dead90, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %366 = load i32, i32* %args_pos, align 4
  %367 = load i32, i32* %args_end, align 4
  %368 = icmp uge i32 %depth, 1000
  br i1 %368, label %trap15.site0, label %ok91

case12:                                           ; preds = %dead82, %ws_done8
  %369 = load i32, i32* %args_pos, align 4
  %370 = load i32, i32* %args_end, align 4
  %371 = load i32, i32* %arg2_cell, align 4
  %372 = icmp uge i32 %depth, 1000
  br i1 %372, label %trap15.site0, label %ok83

case13:                                           ; preds = %dead74, %ws_done8
  %373 = load i32, i32* %args_pos, align 4
  %374 = load i32, i32* %args_end, align 4
  %375 = load i32, i32* %arg1_cell, align 4
  %376 = icmp uge i32 %depth, 1000
  br i1 %376, label %trap15.site0, label %ok75

case14:                                           ; preds = %dead66, %ws_done8
  %377 = load i32, i32* %args_pos, align 4
  %378 = load i32, i32* %args_end, align 4
  %379 = load i32, i32* %arg0_cell, align 4
  %380 = icmp uge i32 %depth, 1000
  br i1 %380, label %trap15.site0, label %ok67

dead66:                                           ; No predecessors!
  br label %case14

ok67:                                             ; preds = %case14
  %381 = icmp ult i64 %10, %stack_limit
  br i1 %381, label %trap253.site0, label %stack_ok68

stack_ok68:                                       ; preds = %ok67
  %382 = load i64, i64* %fuel, align 8
  %383 = getelementptr i64, i64* %regs, i64 0
  store i64 %382, i64* %383, align 8
  %384 = load i64, i64* %lowStart, align 8
  %385 = getelementptr i64, i64* %regs, i64 6
  store i64 %384, i64* %385, align 8
  %386 = load i64, i64* %lowEnd, align 8
  %387 = getelementptr i64, i64* %regs, i64 7
  store i64 %386, i64* %387, align 8
  %388 = load i64, i64* %highEnd, align 8
  %389 = getelementptr i64, i64* %regs, i64 8
  store i64 %388, i64* %389, align 8
  %390 = add i32 %depth, 1
  %391 = call i32 @m0.codec.dec.float.0(i64* %regs, i8* %mem, i32 %390, i32 %377, i32 %378, i32 %379)
  %392 = getelementptr i64, i64* %regs, i64 0
  %393 = load i64, i64* %392, align 8
  store i64 %393, i64* %fuel, align 8
  %394 = getelementptr i64, i64* %regs, i64 6
  %395 = load i64, i64* %394, align 8
  store i64 %395, i64* %lowStart, align 8
  %396 = getelementptr i64, i64* %regs, i64 7
  %397 = load i64, i64* %396, align 8
  store i64 %397, i64* %lowEnd, align 8
  %398 = getelementptr i64, i64* %regs, i64 8
  %399 = load i64, i64* %398, align 8
  store i64 %399, i64* %highEnd, align 8
  store i32 %391, i32* %args_r, align 4
  %400 = load i32, i32* %args_r, align 4
  %401 = icmp slt i32 %400, 0
  %402 = zext i1 %401 to i32
  %403 = icmp ne i32 %402, 0
  br i1 %403, label %then69, label %else70

then69:                                           ; preds = %stack_ok68
  store i32 2, i32* %arg0_state, align 4
  %404 = load i32, i32* %args_mark, align 4
  %405 = zext i32 %404 to i64
  %406 = getelementptr i64, i64* %regs, i64 1
  store i64 %405, i64* %406, align 8
  %407 = load i32, i32* %args_pos, align 4
  %408 = load i32, i32* %args_end, align 4
  %409 = icmp uge i32 %depth, 1000
  br i1 %409, label %trap15.site0, label %ok72

else70:                                           ; preds = %stack_ok68
  store i32 1, i32* %arg0_state, align 4
  %410 = load i32, i32* %args_r, align 4
  store i32 %410, i32* %args_pos, align 4
  br label %join71

join71:                                           ; preds = %else70, %stack_ok73
  br label %switch10

ok72:                                             ; preds = %then69
  %411 = icmp ult i64 %10, %stack_limit
  br i1 %411, label %trap253.site0, label %stack_ok73

stack_ok73:                                       ; preds = %ok72
  %412 = load i64, i64* %fuel, align 8
  %413 = getelementptr i64, i64* %regs, i64 0
  store i64 %412, i64* %413, align 8
  %414 = load i64, i64* %lowStart, align 8
  %415 = getelementptr i64, i64* %regs, i64 6
  store i64 %414, i64* %415, align 8
  %416 = load i64, i64* %lowEnd, align 8
  %417 = getelementptr i64, i64* %regs, i64 7
  store i64 %416, i64* %417, align 8
  %418 = load i64, i64* %highEnd, align 8
  %419 = getelementptr i64, i64* %regs, i64 8
  store i64 %418, i64* %419, align 8
  %420 = add i32 %depth, 1
  %421 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %420, i32 %407, i32 %408)
  %422 = getelementptr i64, i64* %regs, i64 0
  %423 = load i64, i64* %422, align 8
  store i64 %423, i64* %fuel, align 8
  %424 = getelementptr i64, i64* %regs, i64 6
  %425 = load i64, i64* %424, align 8
  store i64 %425, i64* %lowStart, align 8
  %426 = getelementptr i64, i64* %regs, i64 7
  %427 = load i64, i64* %426, align 8
  store i64 %427, i64* %lowEnd, align 8
  %428 = getelementptr i64, i64* %regs, i64 8
  %429 = load i64, i64* %428, align 8
  store i64 %429, i64* %highEnd, align 8
  store i32 %421, i32* %args_pos, align 4
  br label %join71

dead74:                                           ; No predecessors!
  br label %case13

ok75:                                             ; preds = %case13
  %430 = icmp ult i64 %10, %stack_limit
  br i1 %430, label %trap253.site0, label %stack_ok76

stack_ok76:                                       ; preds = %ok75
  %431 = load i64, i64* %fuel, align 8
  %432 = getelementptr i64, i64* %regs, i64 0
  store i64 %431, i64* %432, align 8
  %433 = load i64, i64* %lowStart, align 8
  %434 = getelementptr i64, i64* %regs, i64 6
  store i64 %433, i64* %434, align 8
  %435 = load i64, i64* %lowEnd, align 8
  %436 = getelementptr i64, i64* %regs, i64 7
  store i64 %435, i64* %436, align 8
  %437 = load i64, i64* %highEnd, align 8
  %438 = getelementptr i64, i64* %regs, i64 8
  store i64 %437, i64* %438, align 8
  %439 = add i32 %depth, 1
  %440 = call i32 @m0.codec.dec.float.0(i64* %regs, i8* %mem, i32 %439, i32 %373, i32 %374, i32 %375)
  %441 = getelementptr i64, i64* %regs, i64 0
  %442 = load i64, i64* %441, align 8
  store i64 %442, i64* %fuel, align 8
  %443 = getelementptr i64, i64* %regs, i64 6
  %444 = load i64, i64* %443, align 8
  store i64 %444, i64* %lowStart, align 8
  %445 = getelementptr i64, i64* %regs, i64 7
  %446 = load i64, i64* %445, align 8
  store i64 %446, i64* %lowEnd, align 8
  %447 = getelementptr i64, i64* %regs, i64 8
  %448 = load i64, i64* %447, align 8
  store i64 %448, i64* %highEnd, align 8
  store i32 %440, i32* %args_r, align 4
  %449 = load i32, i32* %args_r, align 4
  %450 = icmp slt i32 %449, 0
  %451 = zext i1 %450 to i32
  %452 = icmp ne i32 %451, 0
  br i1 %452, label %then77, label %else78

then77:                                           ; preds = %stack_ok76
  store i32 2, i32* %arg1_state, align 4
  %453 = load i32, i32* %args_mark, align 4
  %454 = zext i32 %453 to i64
  %455 = getelementptr i64, i64* %regs, i64 1
  store i64 %454, i64* %455, align 8
  %456 = load i32, i32* %args_pos, align 4
  %457 = load i32, i32* %args_end, align 4
  %458 = icmp uge i32 %depth, 1000
  br i1 %458, label %trap15.site0, label %ok80

else78:                                           ; preds = %stack_ok76
  store i32 1, i32* %arg1_state, align 4
  %459 = load i32, i32* %args_r, align 4
  store i32 %459, i32* %args_pos, align 4
  br label %join79

join79:                                           ; preds = %else78, %stack_ok81
  br label %switch10

ok80:                                             ; preds = %then77
  %460 = icmp ult i64 %10, %stack_limit
  br i1 %460, label %trap253.site0, label %stack_ok81

stack_ok81:                                       ; preds = %ok80
  %461 = load i64, i64* %fuel, align 8
  %462 = getelementptr i64, i64* %regs, i64 0
  store i64 %461, i64* %462, align 8
  %463 = load i64, i64* %lowStart, align 8
  %464 = getelementptr i64, i64* %regs, i64 6
  store i64 %463, i64* %464, align 8
  %465 = load i64, i64* %lowEnd, align 8
  %466 = getelementptr i64, i64* %regs, i64 7
  store i64 %465, i64* %466, align 8
  %467 = load i64, i64* %highEnd, align 8
  %468 = getelementptr i64, i64* %regs, i64 8
  store i64 %467, i64* %468, align 8
  %469 = add i32 %depth, 1
  %470 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %469, i32 %456, i32 %457)
  %471 = getelementptr i64, i64* %regs, i64 0
  %472 = load i64, i64* %471, align 8
  store i64 %472, i64* %fuel, align 8
  %473 = getelementptr i64, i64* %regs, i64 6
  %474 = load i64, i64* %473, align 8
  store i64 %474, i64* %lowStart, align 8
  %475 = getelementptr i64, i64* %regs, i64 7
  %476 = load i64, i64* %475, align 8
  store i64 %476, i64* %lowEnd, align 8
  %477 = getelementptr i64, i64* %regs, i64 8
  %478 = load i64, i64* %477, align 8
  store i64 %478, i64* %highEnd, align 8
  store i32 %470, i32* %args_pos, align 4
  br label %join79

dead82:                                           ; No predecessors!
  br label %case12

ok83:                                             ; preds = %case12
  %479 = icmp ult i64 %10, %stack_limit
  br i1 %479, label %trap253.site0, label %stack_ok84

stack_ok84:                                       ; preds = %ok83
  %480 = load i64, i64* %fuel, align 8
  %481 = getelementptr i64, i64* %regs, i64 0
  store i64 %480, i64* %481, align 8
  %482 = load i64, i64* %lowStart, align 8
  %483 = getelementptr i64, i64* %regs, i64 6
  store i64 %482, i64* %483, align 8
  %484 = load i64, i64* %lowEnd, align 8
  %485 = getelementptr i64, i64* %regs, i64 7
  store i64 %484, i64* %485, align 8
  %486 = load i64, i64* %highEnd, align 8
  %487 = getelementptr i64, i64* %regs, i64 8
  store i64 %486, i64* %487, align 8
  %488 = add i32 %depth, 1
  %489 = call i32 @m0.codec.dec.list.1(i64* %regs, i8* %mem, i32 %488, i32 %369, i32 %370, i32 %371)
  %490 = getelementptr i64, i64* %regs, i64 0
  %491 = load i64, i64* %490, align 8
  store i64 %491, i64* %fuel, align 8
  %492 = getelementptr i64, i64* %regs, i64 6
  %493 = load i64, i64* %492, align 8
  store i64 %493, i64* %lowStart, align 8
  %494 = getelementptr i64, i64* %regs, i64 7
  %495 = load i64, i64* %494, align 8
  store i64 %495, i64* %lowEnd, align 8
  %496 = getelementptr i64, i64* %regs, i64 8
  %497 = load i64, i64* %496, align 8
  store i64 %497, i64* %highEnd, align 8
  store i32 %489, i32* %args_r, align 4
  %498 = load i32, i32* %args_r, align 4
  %499 = icmp slt i32 %498, 0
  %500 = zext i1 %499 to i32
  %501 = icmp ne i32 %500, 0
  br i1 %501, label %then85, label %else86

then85:                                           ; preds = %stack_ok84
  store i32 2, i32* %arg2_state, align 4
  %502 = load i32, i32* %args_mark, align 4
  %503 = zext i32 %502 to i64
  %504 = getelementptr i64, i64* %regs, i64 1
  store i64 %503, i64* %504, align 8
  %505 = load i32, i32* %args_pos, align 4
  %506 = load i32, i32* %args_end, align 4
  %507 = icmp uge i32 %depth, 1000
  br i1 %507, label %trap15.site0, label %ok88

else86:                                           ; preds = %stack_ok84
  store i32 1, i32* %arg2_state, align 4
  %508 = load i32, i32* %args_r, align 4
  store i32 %508, i32* %args_pos, align 4
  br label %join87

join87:                                           ; preds = %else86, %stack_ok89
  br label %switch10

ok88:                                             ; preds = %then85
  %509 = icmp ult i64 %10, %stack_limit
  br i1 %509, label %trap253.site0, label %stack_ok89

stack_ok89:                                       ; preds = %ok88
  %510 = load i64, i64* %fuel, align 8
  %511 = getelementptr i64, i64* %regs, i64 0
  store i64 %510, i64* %511, align 8
  %512 = load i64, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  store i64 %516, i64* %517, align 8
  %518 = add i32 %depth, 1
  %519 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %518, i32 %505, i32 %506)
  %520 = getelementptr i64, i64* %regs, i64 0
  %521 = load i64, i64* %520, align 8
  store i64 %521, i64* %fuel, align 8
  %522 = getelementptr i64, i64* %regs, i64 6
  %523 = load i64, i64* %522, align 8
  store i64 %523, i64* %lowStart, align 8
  %524 = getelementptr i64, i64* %regs, i64 7
  %525 = load i64, i64* %524, align 8
  store i64 %525, i64* %lowEnd, align 8
  %526 = getelementptr i64, i64* %regs, i64 8
  %527 = load i64, i64* %526, align 8
  store i64 %527, i64* %highEnd, align 8
  store i32 %519, i32* %args_pos, align 4
  br label %join87

dead90:                                           ; No predecessors!
  br label %default11

ok91:                                             ; preds = %default11
  %528 = icmp ult i64 %10, %stack_limit
  br i1 %528, label %trap253.site0, label %stack_ok92

stack_ok92:                                       ; preds = %ok91
  %529 = load i64, i64* %fuel, align 8
  %530 = getelementptr i64, i64* %regs, i64 0
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %lowStart, align 8
  %532 = getelementptr i64, i64* %regs, i64 6
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %lowEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 7
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %highEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 8
  store i64 %535, i64* %536, align 8
  %537 = add i32 %depth, 1
  %538 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %537, i32 %366, i32 %367)
  %539 = getelementptr i64, i64* %regs, i64 0
  %540 = load i64, i64* %539, align 8
  store i64 %540, i64* %fuel, align 8
  %541 = getelementptr i64, i64* %regs, i64 6
  %542 = load i64, i64* %541, align 8
  store i64 %542, i64* %lowStart, align 8
  %543 = getelementptr i64, i64* %regs, i64 7
  %544 = load i64, i64* %543, align 8
  store i64 %544, i64* %lowEnd, align 8
  %545 = getelementptr i64, i64* %regs, i64 8
  %546 = load i64, i64* %545, align 8
  store i64 %546, i64* %highEnd, align 8
  store i32 %538, i32* %args_pos, align 4
  br label %switch10

ws_done15:                                        ; preds = %dead97, %ok95, %ok93
  %547 = load i32, i32* %args_pos, align 4
  %548 = zext i32 %547 to i64
  %549 = sub i64 %arena_size, 1
  %550 = icmp sgt i64 %548, %549
  br i1 %550, label %trap17.site0, label %ok98

ws16:                                             ; preds = %cont96, %switch10
  %551 = load i64, i64* %fuel, align 8
  %552 = icmp ult i64 %551, 1
  br i1 %552, label %trap14.site0, label %ok93

ok93:                                             ; preds = %ws16
  %553 = sub i64 %551, 1
  store i64 %553, i64* %fuel, align 8
  %554 = load i32, i32* %args_pos, align 4
  %555 = load i32, i32* %args_end, align 4
  %556 = icmp uge i32 %554, %555
  %557 = zext i1 %556 to i32
  %558 = icmp ne i32 %557, 0
  br i1 %558, label %ws_done15, label %cont94

cont94:                                           ; preds = %ok93
  %559 = load i32, i32* %args_pos, align 4
  %560 = zext i32 %559 to i64
  %561 = sub i64 %arena_size, 1
  %562 = icmp sgt i64 %560, %561
  br i1 %562, label %trap17.site0, label %ok95

ok95:                                             ; preds = %cont94
  %563 = getelementptr i8, i8* %mem, i64 %560
  %564 = load i8, i8* %563, align 1
  %565 = zext i8 %564 to i32
  store i32 %565, i32* %ws, align 4
  %566 = load i32, i32* %ws, align 4
  %567 = icmp ule i32 %566, 32
  %568 = zext i1 %567 to i32
  %569 = icmp eq i32 %568, 0
  %570 = zext i1 %569 to i32
  %571 = icmp ne i32 %570, 0
  br i1 %571, label %ws_done15, label %cont96

cont96:                                           ; preds = %ok95
  %572 = load i32, i32* %args_pos, align 4
  %573 = add i32 %572, 1
  store i32 %573, i32* %args_pos, align 4
  br label %ws16

dead97:                                           ; No predecessors!
  br label %ws_done15

ok98:                                             ; preds = %ws_done15
  %574 = getelementptr i8, i8* %mem, i64 %548
  %575 = load i8, i8* %574, align 1
  %576 = zext i8 %575 to i32
  store i32 %576, i32* %args_c, align 4
  %577 = load i32, i32* %args_pos, align 4
  %578 = add i32 %577, 1
  store i32 %578, i32* %args_pos, align 4
  %579 = load i32, i32* %args_c, align 4
  %580 = icmp eq i32 %579, 44
  %581 = zext i1 %580 to i32
  %582 = icmp ne i32 %581, 0
  br i1 %582, label %then99, label %else100

then99:                                           ; preds = %ok98
  br label %ws18

else100:                                          ; preds = %ok98
  br label %join101

join101:                                          ; preds = %else100, %dead107
  br label %join22

ws_done17:                                        ; preds = %dead106, %ok104, %ok102
  br label %args4

ws18:                                             ; preds = %cont105, %then99
  %583 = load i64, i64* %fuel, align 8
  %584 = icmp ult i64 %583, 1
  br i1 %584, label %trap14.site0, label %ok102

ok102:                                            ; preds = %ws18
  %585 = sub i64 %583, 1
  store i64 %585, i64* %fuel, align 8
  %586 = load i32, i32* %args_pos, align 4
  %587 = load i32, i32* %args_end, align 4
  %588 = icmp uge i32 %586, %587
  %589 = zext i1 %588 to i32
  %590 = icmp ne i32 %589, 0
  br i1 %590, label %ws_done17, label %cont103

cont103:                                          ; preds = %ok102
  %591 = load i32, i32* %args_pos, align 4
  %592 = zext i32 %591 to i64
  %593 = sub i64 %arena_size, 1
  %594 = icmp sgt i64 %592, %593
  br i1 %594, label %trap17.site0, label %ok104

ok104:                                            ; preds = %cont103
  %595 = getelementptr i8, i8* %mem, i64 %592
  %596 = load i8, i8* %595, align 1
  %597 = zext i8 %596 to i32
  store i32 %597, i32* %ws, align 4
  %598 = load i32, i32* %ws, align 4
  %599 = icmp ule i32 %598, 32
  %600 = zext i1 %599 to i32
  %601 = icmp eq i32 %600, 0
  %602 = zext i1 %601 to i32
  %603 = icmp ne i32 %602, 0
  br i1 %603, label %ws_done17, label %cont105

cont105:                                          ; preds = %ok104
  %604 = load i32, i32* %args_pos, align 4
  %605 = add i32 %604, 1
  store i32 %605, i32* %args_pos, align 4
  br label %ws18

dead106:                                          ; No predecessors!
  br label %ws_done17

dead107:                                          ; No predecessors!
  br label %join101

then108:                                          ; preds = %join22
  br label %trap9.site2

else109:                                          ; preds = %join22
  br label %join110

join110:                                          ; preds = %else109, %dead111
  %606 = load i32, i32* %arg0_state, align 4
  %607 = icmp eq i32 %606, 2
  %608 = zext i1 %607 to i32
  %609 = icmp ne i32 %608, 0
  br i1 %609, label %then112, label %else113

trap9.site2:                                      ; preds = %then108
  %610 = load i64, i64* %lowStart, align 8
  %611 = getelementptr i64, i64* %regs, i64 6
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %lowEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 7
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %highEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 8
  store i64 %614, i64* %615, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead111:                                          ; No predecessors!
  br label %join110

then112:                                          ; preds = %join110
  br label %trap11.site2

else113:                                          ; preds = %join110
  br label %join114

join114:                                          ; preds = %else113, %dead115
  %616 = load i32, i32* %arg0_cell, align 4
  %617 = zext i32 %616 to i64
  %618 = sub i64 %arena_size, 8
  %619 = icmp sgt i64 %617, %618
  br i1 %619, label %trap17.site0, label %ok116

trap11.site2:                                     ; preds = %then112
  %620 = load i64, i64* %lowStart, align 8
  %621 = getelementptr i64, i64* %regs, i64 6
  store i64 %620, i64* %621, align 8
  %622 = load i64, i64* %lowEnd, align 8
  %623 = getelementptr i64, i64* %regs, i64 7
  store i64 %622, i64* %623, align 8
  %624 = load i64, i64* %highEnd, align 8
  %625 = getelementptr i64, i64* %regs, i64 8
  store i64 %624, i64* %625, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead115:                                          ; No predecessors!
  br label %join114

ok116:                                            ; preds = %join114
  %626 = getelementptr i8, i8* %mem, i64 %617
  %627 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %627, i8* %626, i64 8, i1 false)
  %628 = load i64, i64* %unaligned117, align 8
  %629 = bitcast i64 %628 to double
  store double %629, double* %arg, align 8
  %630 = load i32, i32* %arg1_state, align 4
  %631 = icmp eq i32 %630, 0
  %632 = zext i1 %631 to i32
  %633 = icmp ne i32 %632, 0
  br i1 %633, label %then118, label %else119

then118:                                          ; preds = %ok116
  br label %trap9.site3

else119:                                          ; preds = %ok116
  br label %join120

join120:                                          ; preds = %else119, %dead121
  %634 = load i32, i32* %arg1_state, align 4
  %635 = icmp eq i32 %634, 2
  %636 = zext i1 %635 to i32
  %637 = icmp ne i32 %636, 0
  br i1 %637, label %then122, label %else123

trap9.site3:                                      ; preds = %then118
  %638 = load i64, i64* %lowStart, align 8
  %639 = getelementptr i64, i64* %regs, i64 6
  store i64 %638, i64* %639, align 8
  %640 = load i64, i64* %lowEnd, align 8
  %641 = getelementptr i64, i64* %regs, i64 7
  store i64 %640, i64* %641, align 8
  %642 = load i64, i64* %highEnd, align 8
  %643 = getelementptr i64, i64* %regs, i64 8
  store i64 %642, i64* %643, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead121:                                          ; No predecessors!
  br label %join120

then122:                                          ; preds = %join120
  br label %trap11.site3

else123:                                          ; preds = %join120
  br label %join124

join124:                                          ; preds = %else123, %dead125
  %644 = load i32, i32* %arg1_cell, align 4
  %645 = zext i32 %644 to i64
  %646 = sub i64 %arena_size, 8
  %647 = icmp sgt i64 %645, %646
  br i1 %647, label %trap17.site0, label %ok126

trap11.site3:                                     ; preds = %then122
  %648 = load i64, i64* %lowStart, align 8
  %649 = getelementptr i64, i64* %regs, i64 6
  store i64 %648, i64* %649, align 8
  %650 = load i64, i64* %lowEnd, align 8
  %651 = getelementptr i64, i64* %regs, i64 7
  store i64 %650, i64* %651, align 8
  %652 = load i64, i64* %highEnd, align 8
  %653 = getelementptr i64, i64* %regs, i64 8
  store i64 %652, i64* %653, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead125:                                          ; No predecessors!
  br label %join124

ok126:                                            ; preds = %join124
  %654 = getelementptr i8, i8* %mem, i64 %645
  %655 = bitcast i64* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %655, i8* %654, i64 8, i1 false)
  %656 = load i64, i64* %unaligned127, align 8
  %657 = bitcast i64 %656 to double
  store double %657, double* %arg.1, align 8
  %658 = load i32, i32* %arg2_state, align 4
  %659 = icmp eq i32 %658, 0
  %660 = zext i1 %659 to i32
  %661 = icmp ne i32 %660, 0
  br i1 %661, label %then128, label %else129

then128:                                          ; preds = %ok126
  br label %trap9.site4

else129:                                          ; preds = %ok126
  br label %join130

join130:                                          ; preds = %else129, %dead131
  %662 = load i32, i32* %arg2_state, align 4
  %663 = icmp eq i32 %662, 2
  %664 = zext i1 %663 to i32
  %665 = icmp ne i32 %664, 0
  br i1 %665, label %then132, label %else133

trap9.site4:                                      ; preds = %then128
  %666 = load i64, i64* %lowStart, align 8
  %667 = getelementptr i64, i64* %regs, i64 6
  store i64 %666, i64* %667, align 8
  %668 = load i64, i64* %lowEnd, align 8
  %669 = getelementptr i64, i64* %regs, i64 7
  store i64 %668, i64* %669, align 8
  %670 = load i64, i64* %highEnd, align 8
  %671 = getelementptr i64, i64* %regs, i64 8
  store i64 %670, i64* %671, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 4)
  unreachable

dead131:                                          ; No predecessors!
  br label %join130

then132:                                          ; preds = %join130
  br label %trap11.site4

else133:                                          ; preds = %join130
  br label %join134

join134:                                          ; preds = %else133, %dead135
  %672 = load i32, i32* %arg2_cell, align 4
  %673 = zext i32 %672 to i64
  %674 = sub i64 %arena_size, 4
  %675 = icmp sgt i64 %673, %674
  br i1 %675, label %trap17.site0, label %ok136

trap11.site4:                                     ; preds = %then132
  %676 = load i64, i64* %lowStart, align 8
  %677 = getelementptr i64, i64* %regs, i64 6
  store i64 %676, i64* %677, align 8
  %678 = load i64, i64* %lowEnd, align 8
  %679 = getelementptr i64, i64* %regs, i64 7
  store i64 %678, i64* %679, align 8
  %680 = load i64, i64* %highEnd, align 8
  %681 = getelementptr i64, i64* %regs, i64 8
  store i64 %680, i64* %681, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 4)
  unreachable

dead135:                                          ; No predecessors!
  br label %join134

ok136:                                            ; preds = %join134
  %682 = getelementptr i8, i8* %mem, i64 %673
  %683 = bitcast i32* %unaligned137 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %683, i8* %682, i64 4, i1 false)
  %684 = load i32, i32* %unaligned137, align 4
  store i32 %684, i32* %arg.2, align 4
  %685 = load i32, i32* %args_unexpected, align 4
  %686 = icmp ne i32 %685, 0
  br i1 %686, label %then138, label %else139

then138:                                          ; preds = %ok136
  br label %trap10.site1

else139:                                          ; preds = %ok136
  br label %join140

join140:                                          ; preds = %else139, %dead141
  %687 = getelementptr i64, i64* %regs, i64 1
  %688 = getelementptr i64, i64* %regs, i64 2
  %689 = load i64, i64* %687, align 8
  %690 = add i64 %689, 7
  %691 = and i64 %690, -8
  %692 = add i64 %691, 24
  %693 = load i64, i64* %688, align 8
  %694 = icmp ugt i64 %692, %693
  br i1 %694, label %trap15.site1, label %ok142

trap10.site1:                                     ; preds = %then138
  %695 = load i64, i64* %lowStart, align 8
  %696 = getelementptr i64, i64* %regs, i64 6
  store i64 %695, i64* %696, align 8
  %697 = load i64, i64* %lowEnd, align 8
  %698 = getelementptr i64, i64* %regs, i64 7
  store i64 %697, i64* %698, align 8
  %699 = load i64, i64* %highEnd, align 8
  %700 = getelementptr i64, i64* %regs, i64 8
  store i64 %699, i64* %700, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead141:                                          ; No predecessors!
  br label %join140

ok142:                                            ; preds = %join140
  store i64 %692, i64* %687, align 8
  %701 = load i64, i64* %highEnd, align 8
  %702 = call i64 @llvm.umax.i64(i64 %701, i64 %692)
  store i64 %702, i64* %highEnd, align 8
  %703 = trunc i64 %691 to i32
  store i32 %703, i32* %args_out, align 4
  %704 = load i32, i32* %args_out, align 4
  %705 = load double, double* %arg, align 8
  %706 = zext i32 %704 to i64
  %707 = add i64 %706, 8
  %708 = icmp uge i64 %706, %scratch_start
  %709 = load i64, i64* %highEnd, align 8
  %710 = icmp ule i64 %707, %709
  %711 = and i1 %708, %710
  %712 = call i1 @llvm.expect.i1(i1 %711, i1 true)
  br i1 %712, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join140
  %713 = load i64, i64* %lowStart, align 8
  %714 = getelementptr i64, i64* %regs, i64 6
  store i64 %713, i64* %714, align 8
  %715 = load i64, i64* %lowEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 7
  store i64 %715, i64* %716, align 8
  %717 = load i64, i64* %highEnd, align 8
  %718 = getelementptr i64, i64* %regs, i64 8
  store i64 %717, i64* %718, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok142
  %719 = load i64, i64* %lowStart, align 8
  %720 = icmp uge i64 %706, %719
  %721 = load i64, i64* %lowEnd, align 8
  %722 = icmp ule i64 %707, %721
  %723 = and i1 %720, %722
  %724 = call i1 @llvm.expect.i1(i1 %723, i1 true)
  br i1 %724, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %725 = icmp ugt i64 %707, %arena_size
  br i1 %725, label %trap17.site0, label %ok143

write.ok:                                         ; preds = %ok143, %write.low, %ok142
  %726 = getelementptr i8, i8* %mem, i64 %706
  %727 = bitcast double %705 to i64
  %728 = and i64 %727, 9223372036854775807
  %729 = icmp ugt i64 %728, 9218868437227405312
  %730 = select i1 %729, i64 9221120237041090560, i64 %727
  store i64 %730, i64* %unaligned144, align 8
  %731 = bitcast i64* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %726, i8* %731, i64 8, i1 false)
  %732 = load i32, i32* %args_out, align 4
  %733 = load double, double* %arg.1, align 8
  %734 = zext i32 %732 to i64
  %735 = add i64 %734, 8
  %736 = add i64 %735, 8
  %737 = icmp uge i64 %735, %scratch_start
  %738 = load i64, i64* %highEnd, align 8
  %739 = icmp ule i64 %736, %738
  %740 = and i1 %737, %739
  %741 = call i1 @llvm.expect.i1(i1 %740, i1 true)
  br i1 %741, label %write.ok147, label %write.low145

ok143:                                            ; preds = %write.slow
  %742 = icmp ult i64 %706, %scratch_start
  %743 = load i64, i64* %lowStart, align 8
  %744 = call i64 @llvm.umin.i64(i64 %743, i64 %706)
  %745 = load i64, i64* %lowEnd, align 8
  %746 = load i64, i64* %highEnd, align 8
  %747 = add i64 %707, 64
  %748 = sub i64 %707, %744
  %749 = lshr i64 %748, 4
  %750 = add i64 %747, %749
  %751 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %750)
  %752 = call i64 @llvm.umax.i64(i64 %745, i64 %751)
  %753 = select i1 %742, i64 %752, i64 %745
  store i64 %753, i64* %lowEnd, align 8
  %754 = add i64 %707, 64
  %755 = sub i64 %707, %scratch_start
  %756 = lshr i64 %755, 4
  %757 = add i64 %754, %756
  %758 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %757)
  %759 = call i64 @llvm.umax.i64(i64 %746, i64 %758)
  %760 = select i1 %742, i64 %746, i64 %759
  store i64 %760, i64* %highEnd, align 8
  store i64 %744, i64* %lowStart, align 8
  br label %write.ok

write.low145:                                     ; preds = %write.ok
  %761 = load i64, i64* %lowStart, align 8
  %762 = icmp uge i64 %735, %761
  %763 = load i64, i64* %lowEnd, align 8
  %764 = icmp ule i64 %736, %763
  %765 = and i1 %762, %764
  %766 = call i1 @llvm.expect.i1(i1 %765, i1 true)
  br i1 %766, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %767 = icmp ugt i64 %736, %arena_size
  br i1 %767, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %write.ok
  %768 = getelementptr i8, i8* %mem, i64 %735
  %769 = bitcast double %733 to i64
  %770 = and i64 %769, 9223372036854775807
  %771 = icmp ugt i64 %770, 9218868437227405312
  %772 = select i1 %771, i64 9221120237041090560, i64 %769
  store i64 %772, i64* %unaligned149, align 8
  %773 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %768, i8* %773, i64 8, i1 false)
  %774 = load i32, i32* %args_out, align 4
  %775 = load i32, i32* %arg.2, align 4
  %776 = zext i32 %774 to i64
  %777 = add i64 %776, 16
  %778 = add i64 %777, 4
  %779 = icmp uge i64 %777, %scratch_start
  %780 = load i64, i64* %highEnd, align 8
  %781 = icmp ule i64 %778, %780
  %782 = and i1 %779, %781
  %783 = call i1 @llvm.expect.i1(i1 %782, i1 true)
  br i1 %783, label %write.ok152, label %write.low150

ok148:                                            ; preds = %write.slow146
  %784 = icmp ult i64 %735, %scratch_start
  %785 = load i64, i64* %lowStart, align 8
  %786 = call i64 @llvm.umin.i64(i64 %785, i64 %735)
  %787 = load i64, i64* %lowEnd, align 8
  %788 = load i64, i64* %highEnd, align 8
  %789 = add i64 %736, 64
  %790 = sub i64 %736, %786
  %791 = lshr i64 %790, 4
  %792 = add i64 %789, %791
  %793 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %792)
  %794 = call i64 @llvm.umax.i64(i64 %787, i64 %793)
  %795 = select i1 %784, i64 %794, i64 %787
  store i64 %795, i64* %lowEnd, align 8
  %796 = add i64 %736, 64
  %797 = sub i64 %736, %scratch_start
  %798 = lshr i64 %797, 4
  %799 = add i64 %796, %798
  %800 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %799)
  %801 = call i64 @llvm.umax.i64(i64 %788, i64 %800)
  %802 = select i1 %784, i64 %788, i64 %801
  store i64 %802, i64* %highEnd, align 8
  store i64 %786, i64* %lowStart, align 8
  br label %write.ok147

write.low150:                                     ; preds = %write.ok147
  %803 = load i64, i64* %lowStart, align 8
  %804 = icmp uge i64 %777, %803
  %805 = load i64, i64* %lowEnd, align 8
  %806 = icmp ule i64 %778, %805
  %807 = and i1 %804, %806
  %808 = call i1 @llvm.expect.i1(i1 %807, i1 true)
  br i1 %808, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %809 = icmp ugt i64 %778, %arena_size
  br i1 %809, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %write.ok147
  %810 = getelementptr i8, i8* %mem, i64 %777
  store i32 %775, i32* %unaligned154, align 4
  %811 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %810, i8* %811, i64 4, i1 false)
  %812 = load i32, i32* %args_out, align 4
  %813 = load i64, i64* %fuel, align 8
  %814 = getelementptr i64, i64* %regs, i64 0
  store i64 %813, i64* %814, align 8
  %815 = load i64, i64* %lowStart, align 8
  %816 = getelementptr i64, i64* %regs, i64 6
  store i64 %815, i64* %816, align 8
  %817 = load i64, i64* %lowEnd, align 8
  %818 = getelementptr i64, i64* %regs, i64 7
  store i64 %817, i64* %818, align 8
  %819 = load i64, i64* %highEnd, align 8
  %820 = getelementptr i64, i64* %regs, i64 8
  store i64 %819, i64* %820, align 8
  ret i32 %812

ok153:                                            ; preds = %write.slow151
  %821 = icmp ult i64 %777, %scratch_start
  %822 = load i64, i64* %lowStart, align 8
  %823 = call i64 @llvm.umin.i64(i64 %822, i64 %777)
  %824 = load i64, i64* %lowEnd, align 8
  %825 = load i64, i64* %highEnd, align 8
  %826 = add i64 %778, 64
  %827 = sub i64 %778, %823
  %828 = lshr i64 %827, 4
  %829 = add i64 %826, %828
  %830 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %829)
  %831 = call i64 @llvm.umax.i64(i64 %824, i64 %830)
  %832 = select i1 %821, i64 %831, i64 %824
  store i64 %832, i64* %lowEnd, align 8
  %833 = add i64 %778, 64
  %834 = sub i64 %778, %scratch_start
  %835 = lshr i64 %834, 4
  %836 = add i64 %833, %835
  %837 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %836)
  %838 = call i64 @llvm.umax.i64(i64 %825, i64 %837)
  %839 = select i1 %821, i64 %825, i64 %838
  store i64 %839, i64* %highEnd, align 8
  store i64 %823, i64* %lowStart, align 8
  br label %write.ok152
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
  %x = alloca double, align 8
  store double 0.000000e+00, double* %x, align 8
  %y = alloca double, align 8
  store double 0.000000e+00, double* %y, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %sum = alloca double, align 8
  store double 0.000000e+00, double* %sum, align 8
  %diff = alloca double, align 8
  store double 0.000000e+00, double* %diff, align 8
  %prod = alloca double, align 8
  store double 0.000000e+00, double* %prod, align 8
  %quot = alloca double, align 8
  store double 0.000000e+00, double* %quot, align 8
  %x.1 = alloca double, align 8
  store double 0.000000e+00, double* %x.1, align 8
  %y.1 = alloca double, align 8
  store double 0.000000e+00, double* %y.1, align 8
  %rem = alloca double, align 8
  store double 0.000000e+00, double* %rem, align 8
  %root = alloca double, align 8
  store double 0.000000e+00, double* %root, align 8
  %power = alloca double, align 8
  store double 0.000000e+00, double* %power, align 8
  %item = alloca i64, align 8
  store i64 0, i64* %item, align 8
  %item.1 = alloca i64, align 8
  store i64 0, i64* %item.1, align 8
  %item.2 = alloca i64, align 8
  store i64 0, i64* %item.2, align 8
  %item.3 = alloca i64, align 8
  store i64 0, i64* %item.3, align 8
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %rounded = alloca i32, align 4
  store i32 0, i32* %rounded, align 4
  %a = alloca double, align 8
  store double 0.000000e+00, double* %a, align 8
  %b = alloca double, align 8
  store double 0.000000e+00, double* %b, align 8
  %item.4 = alloca double, align 8
  store double 0.000000e+00, double* %item.4, align 8
  %a.1 = alloca double, align 8
  store double 0.000000e+00, double* %a.1, align 8
  %b.1 = alloca double, align 8
  store double 0.000000e+00, double* %b.1, align 8
  %item.5 = alloca double, align 8
  store double 0.000000e+00, double* %item.5, align 8
  %v = alloca double, align 8
  store double 0.000000e+00, double* %v, align 8
  %lo = alloca double, align 8
  store double 0.000000e+00, double* %lo, align 8
  %hi = alloca double, align 8
  store double 0.000000e+00, double* %hi, align 8
  %item.6 = alloca double, align 8
  store double 0.000000e+00, double* %item.6, align 8
  %item.7 = alloca double, align 8
  store double 0.000000e+00, double* %item.7, align 8
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %bounds = alloca i32, align 4
  store i32 0, i32* %bounds, align 4
  %mixed = alloca double, align 8
  store double 0.000000e+00, double* %mixed, align 8
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %sum.1 = alloca double, align 8
  store double 0.000000e+00, double* %sum.1, align 8
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x.2 = alloca double, align 8
  store double 0.000000e+00, double* %x.2, align 8
  %total = alloca double, align 8
  store double 0.000000e+00, double* %total, align 8
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %sum.2 = alloca double, align 8
  store double 0.000000e+00, double* %sum.2, align 8
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.3 = alloca double, align 8
  store double 0.000000e+00, double* %x.3, align 8
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %mean = alloca double, align 8
  store double 0.000000e+00, double* %mean, align 8
  %xs.4 = alloca i32, align 4
  store i32 0, i32* %xs.4, align 4
  %best = alloca double, align 8
  store double 0.000000e+00, double* %best, align 8
  %first = alloca i32, align 4
  store i32 0, i32* %first, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.4 = alloca double, align 8
  store double 0.000000e+00, double* %x.4, align 8
  %x.5 = alloca double, align 8
  store double 0.000000e+00, double* %x.5, align 8
  %largest = alloca double, align 8
  store double 0.000000e+00, double* %largest, align 8
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
  %unaligned = alloca i64, align 8
  %unaligned4 = alloca i64, align 8
  %unaligned6 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %unaligned10 = alloca i64, align 8
  %unaligned15 = alloca i64, align 8
  %unaligned20 = alloca i64, align 8
  %unaligned26 = alloca i64, align 8
  %result27 = alloca double, align 8
  %unaligned34 = alloca i64, align 8
  %unaligned39 = alloca i64, align 8
  %unaligned46 = alloca i64, align 8
  %result47 = alloca i32, align 4
  %unaligned57 = alloca i64, align 8
  %unaligned62 = alloca i64, align 8
  %unaligned67 = alloca i64, align 8
  %unaligned72 = alloca i64, align 8
  %unaligned77 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %result83 = alloca i32, align 4
  %result84 = alloca double, align 8
  %result85 = alloca double, align 8
  %result86 = alloca double, align 8
  %unaligned96 = alloca i64, align 8
  %unaligned101 = alloca i64, align 8
  %unaligned106 = alloca i64, align 8
  %unaligned111 = alloca i64, align 8
  %unaligned116 = alloca i32, align 4
  %unaligned121 = alloca i32, align 4
  %unaligned126 = alloca i64, align 8
  %result127 = alloca double, align 8
  %unaligned129 = alloca i32, align 4
  %unaligned130 = alloca i64, align 8
  %unaligned137 = alloca i64, align 8
  %unaligned143 = alloca i64, align 8
  %result144 = alloca double, align 8
  %unaligned146 = alloca i32, align 4
  %unaligned151 = alloca i64, align 8
  %unaligned158 = alloca i64, align 8
  %result160 = alloca i64, align 8
  %unaligned162 = alloca i32, align 4
  %unaligned168 = alloca i64, align 8
  %result169 = alloca double, align 8
  %unaligned171 = alloca i32, align 4
  %unaligned177 = alloca i32, align 4
  %unaligned182 = alloca i64, align 8
  %unaligned192 = alloca i64, align 8
  %unaligned201 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %each64188, %each57154, %each52133, %body
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
  %51 = sub i64 %arena_size, 8
  %52 = icmp sgt i64 %50, %51
  br i1 %52, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok211, %ok202, %ok40, %ok28, %ok1
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
  %60 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %60, i8* %59, i64 8, i1 false)
  %61 = load i64, i64* %unaligned, align 8
  %62 = bitcast i64 %61 to double
  store double %62, double* %x, align 8
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = sub i64 %arena_size, 16
  %66 = icmp sgt i64 %64, %65
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow198, %cont190, %join174, %write.ok166, %write.slow165, %e54, %cont156, %write.ok141, %write.slow140, %cont135, %write.ok124, %write.slow123, %write.slow118, %write.slow113, %write.slow108, %write.slow103, %write.slow98, %write.slow93, %write.slow79, %write.slow74, %write.slow69, %write.slow64, %write.slow59, %write.slow54, %write.slow43, %write.slow36, %write.slow31, %write.slow23, %write.slow17, %write.slow12, %write.slow, %ok3, %ok2, %stack_ok
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
  %73 = add i64 %64, 8
  %74 = getelementptr i8, i8* %mem, i64 %73
  %75 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %74, i64 8, i1 false)
  %76 = load i64, i64* %unaligned4, align 8
  %77 = bitcast i64 %76 to double
  store double %77, double* %y, align 8
  %78 = load i32, i32* %args, align 4
  %79 = zext i32 %78 to i64
  %80 = sub i64 %arena_size, 20
  %81 = icmp sgt i64 %79, %80
  br i1 %81, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %82 = add i64 %79, 16
  %83 = getelementptr i8, i8* %mem, i64 %82
  %84 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %84, i8* %83, i64 4, i1 false)
  %85 = load i32, i32* %unaligned6, align 4
  store i32 %85, i32* %xs, align 4
  %86 = getelementptr i64, i64* %regs, i64 1
  %87 = getelementptr i64, i64* %regs, i64 2
  %88 = load i64, i64* %86, align 8
  %89 = add i64 %88, 7
  %90 = and i64 %89, -8
  %91 = add i64 %90, 96
  %92 = load i64, i64* %87, align 8
  %93 = icmp ugt i64 %91, %92
  br i1 %93, label %trap15.site5, label %ok8

e0:                                               ; preds = %write.ok199
  %94 = load i32, i32* %result7, align 4
  store i32 %94, i32* %result, align 4
  %95 = load i32, i32* %result, align 4
  store i32 %95, i32* %result.1, align 4
  %96 = getelementptr i64, i64* %regs, i64 3
  %97 = load i64, i64* %96, align 8
  %98 = trunc i64 %97 to i32
  store i32 %98, i32* %json_start, align 4
  %99 = load i32, i32* %result.1, align 4
  %100 = load i32, i32* %json_start, align 4
  %101 = icmp uge i32 %depth, 1000
  br i1 %101, label %trap15.site0, label %ok202

ok8:                                              ; preds = %ok5
  store i64 %91, i64* %86, align 8
  %102 = load i64, i64* %highEnd, align 8
  %103 = call i64 @llvm.umax.i64(i64 %102, i64 %91)
  store i64 %103, i64* %highEnd, align 8
  %104 = trunc i64 %90 to i32
  store i32 %104, i32* %dict, align 4
  %105 = load double, double* %x, align 8
  %106 = load double, double* %y, align 8
  %107 = fadd double %105, %106
  store double %107, double* %sum, align 8
  %108 = load i32, i32* %dict, align 4
  %109 = load double, double* %sum, align 8
  %110 = zext i32 %108 to i64
  %111 = add i64 %110, 8
  %112 = icmp uge i64 %110, %scratch_start
  %113 = load i64, i64* %highEnd, align 8
  %114 = icmp ule i64 %111, %113
  %115 = and i1 %112, %114
  %116 = call i1 @llvm.expect.i1(i1 %115, i1 true)
  br i1 %116, label %write.ok, label %write.low

trap15.site5:                                     ; preds = %join215, %ok5
  %117 = load i64, i64* %lowStart, align 8
  %118 = getelementptr i64, i64* %regs, i64 6
  store i64 %117, i64* %118, align 8
  %119 = load i64, i64* %lowEnd, align 8
  %120 = getelementptr i64, i64* %regs, i64 7
  store i64 %119, i64* %120, align 8
  %121 = load i64, i64* %highEnd, align 8
  %122 = getelementptr i64, i64* %regs, i64 8
  store i64 %121, i64* %122, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low:                                        ; preds = %ok8
  %123 = load i64, i64* %lowStart, align 8
  %124 = icmp uge i64 %110, %123
  %125 = load i64, i64* %lowEnd, align 8
  %126 = icmp ule i64 %111, %125
  %127 = and i1 %124, %126
  %128 = call i1 @llvm.expect.i1(i1 %127, i1 true)
  br i1 %128, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %129 = icmp ugt i64 %111, %arena_size
  br i1 %129, label %trap17.site0, label %ok9

write.ok:                                         ; preds = %ok9, %write.low, %ok8
  %130 = getelementptr i8, i8* %mem, i64 %110
  %131 = bitcast double %109 to i64
  %132 = and i64 %131, 9223372036854775807
  %133 = icmp ugt i64 %132, 9218868437227405312
  %134 = select i1 %133, i64 9221120237041090560, i64 %131
  store i64 %134, i64* %unaligned10, align 8
  %135 = bitcast i64* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %130, i8* %135, i64 8, i1 false)
  %136 = load double, double* %x, align 8
  %137 = load double, double* %y, align 8
  %138 = fsub double %136, %137
  store double %138, double* %diff, align 8
  %139 = load i32, i32* %dict, align 4
  %140 = load double, double* %diff, align 8
  %141 = zext i32 %139 to i64
  %142 = add i64 %141, 8
  %143 = add i64 %142, 8
  %144 = icmp uge i64 %142, %scratch_start
  %145 = load i64, i64* %highEnd, align 8
  %146 = icmp ule i64 %143, %145
  %147 = and i1 %144, %146
  %148 = call i1 @llvm.expect.i1(i1 %147, i1 true)
  br i1 %148, label %write.ok13, label %write.low11

ok9:                                              ; preds = %write.slow
  %149 = icmp ult i64 %110, %scratch_start
  %150 = load i64, i64* %lowStart, align 8
  %151 = call i64 @llvm.umin.i64(i64 %150, i64 %110)
  %152 = load i64, i64* %lowEnd, align 8
  %153 = load i64, i64* %highEnd, align 8
  %154 = add i64 %111, 64
  %155 = sub i64 %111, %151
  %156 = lshr i64 %155, 4
  %157 = add i64 %154, %156
  %158 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %157)
  %159 = call i64 @llvm.umax.i64(i64 %152, i64 %158)
  %160 = select i1 %149, i64 %159, i64 %152
  store i64 %160, i64* %lowEnd, align 8
  %161 = add i64 %111, 64
  %162 = sub i64 %111, %scratch_start
  %163 = lshr i64 %162, 4
  %164 = add i64 %161, %163
  %165 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %164)
  %166 = call i64 @llvm.umax.i64(i64 %153, i64 %165)
  %167 = select i1 %149, i64 %153, i64 %166
  store i64 %167, i64* %highEnd, align 8
  store i64 %151, i64* %lowStart, align 8
  br label %write.ok

write.low11:                                      ; preds = %write.ok
  %168 = load i64, i64* %lowStart, align 8
  %169 = icmp uge i64 %142, %168
  %170 = load i64, i64* %lowEnd, align 8
  %171 = icmp ule i64 %143, %170
  %172 = and i1 %169, %171
  %173 = call i1 @llvm.expect.i1(i1 %172, i1 true)
  br i1 %173, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %174 = icmp ugt i64 %143, %arena_size
  br i1 %174, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok
  %175 = getelementptr i8, i8* %mem, i64 %142
  %176 = bitcast double %140 to i64
  %177 = and i64 %176, 9223372036854775807
  %178 = icmp ugt i64 %177, 9218868437227405312
  %179 = select i1 %178, i64 9221120237041090560, i64 %176
  store i64 %179, i64* %unaligned15, align 8
  %180 = bitcast i64* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %175, i8* %180, i64 8, i1 false)
  %181 = load double, double* %x, align 8
  %182 = load double, double* %y, align 8
  %183 = fmul double %181, %182
  store double %183, double* %prod, align 8
  %184 = load i32, i32* %dict, align 4
  %185 = load double, double* %prod, align 8
  %186 = zext i32 %184 to i64
  %187 = add i64 %186, 16
  %188 = add i64 %187, 8
  %189 = icmp uge i64 %187, %scratch_start
  %190 = load i64, i64* %highEnd, align 8
  %191 = icmp ule i64 %188, %190
  %192 = and i1 %189, %191
  %193 = call i1 @llvm.expect.i1(i1 %192, i1 true)
  br i1 %193, label %write.ok18, label %write.low16

ok14:                                             ; preds = %write.slow12
  %194 = icmp ult i64 %142, %scratch_start
  %195 = load i64, i64* %lowStart, align 8
  %196 = call i64 @llvm.umin.i64(i64 %195, i64 %142)
  %197 = load i64, i64* %lowEnd, align 8
  %198 = load i64, i64* %highEnd, align 8
  %199 = add i64 %143, 64
  %200 = sub i64 %143, %196
  %201 = lshr i64 %200, 4
  %202 = add i64 %199, %201
  %203 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %202)
  %204 = call i64 @llvm.umax.i64(i64 %197, i64 %203)
  %205 = select i1 %194, i64 %204, i64 %197
  store i64 %205, i64* %lowEnd, align 8
  %206 = add i64 %143, 64
  %207 = sub i64 %143, %scratch_start
  %208 = lshr i64 %207, 4
  %209 = add i64 %206, %208
  %210 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %209)
  %211 = call i64 @llvm.umax.i64(i64 %198, i64 %210)
  %212 = select i1 %194, i64 %198, i64 %211
  store i64 %212, i64* %highEnd, align 8
  store i64 %196, i64* %lowStart, align 8
  br label %write.ok13

write.low16:                                      ; preds = %write.ok13
  %213 = load i64, i64* %lowStart, align 8
  %214 = icmp uge i64 %187, %213
  %215 = load i64, i64* %lowEnd, align 8
  %216 = icmp ule i64 %188, %215
  %217 = and i1 %214, %216
  %218 = call i1 @llvm.expect.i1(i1 %217, i1 true)
  br i1 %218, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %219 = icmp ugt i64 %188, %arena_size
  br i1 %219, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %write.ok13
  %220 = getelementptr i8, i8* %mem, i64 %187
  %221 = bitcast double %185 to i64
  %222 = and i64 %221, 9223372036854775807
  %223 = icmp ugt i64 %222, 9218868437227405312
  %224 = select i1 %223, i64 9221120237041090560, i64 %221
  store i64 %224, i64* %unaligned20, align 8
  %225 = bitcast i64* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %220, i8* %225, i64 8, i1 false)
  %226 = load double, double* %x, align 8
  %227 = load double, double* %y, align 8
  %228 = fcmp oeq double %227, 0.000000e+00
  br i1 %228, label %trap1.site9, label %ok21

ok19:                                             ; preds = %write.slow17
  %229 = icmp ult i64 %187, %scratch_start
  %230 = load i64, i64* %lowStart, align 8
  %231 = call i64 @llvm.umin.i64(i64 %230, i64 %187)
  %232 = load i64, i64* %lowEnd, align 8
  %233 = load i64, i64* %highEnd, align 8
  %234 = add i64 %188, 64
  %235 = sub i64 %188, %231
  %236 = lshr i64 %235, 4
  %237 = add i64 %234, %236
  %238 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %237)
  %239 = call i64 @llvm.umax.i64(i64 %232, i64 %238)
  %240 = select i1 %229, i64 %239, i64 %232
  store i64 %240, i64* %lowEnd, align 8
  %241 = add i64 %188, 64
  %242 = sub i64 %188, %scratch_start
  %243 = lshr i64 %242, 4
  %244 = add i64 %241, %243
  %245 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %244)
  %246 = call i64 @llvm.umax.i64(i64 %233, i64 %245)
  %247 = select i1 %229, i64 %233, i64 %246
  store i64 %247, i64* %highEnd, align 8
  store i64 %231, i64* %lowStart, align 8
  br label %write.ok18

ok21:                                             ; preds = %write.ok18
  %248 = fdiv double %226, %227
  store double %248, double* %quot, align 8
  %249 = load i32, i32* %dict, align 4
  %250 = load double, double* %quot, align 8
  %251 = zext i32 %249 to i64
  %252 = add i64 %251, 24
  %253 = add i64 %252, 8
  %254 = icmp uge i64 %252, %scratch_start
  %255 = load i64, i64* %highEnd, align 8
  %256 = icmp ule i64 %253, %255
  %257 = and i1 %254, %256
  %258 = call i1 @llvm.expect.i1(i1 %257, i1 true)
  br i1 %258, label %write.ok24, label %write.low22

trap1.site9:                                      ; preds = %write.ok18
  %259 = load i64, i64* %lowStart, align 8
  %260 = getelementptr i64, i64* %regs, i64 6
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %lowEnd, align 8
  %262 = getelementptr i64, i64* %regs, i64 7
  store i64 %261, i64* %262, align 8
  %263 = load i64, i64* %highEnd, align 8
  %264 = getelementptr i64, i64* %regs, i64 8
  store i64 %263, i64* %264, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

write.low22:                                      ; preds = %ok21
  %265 = load i64, i64* %lowStart, align 8
  %266 = icmp uge i64 %252, %265
  %267 = load i64, i64* %lowEnd, align 8
  %268 = icmp ule i64 %253, %267
  %269 = and i1 %266, %268
  %270 = call i1 @llvm.expect.i1(i1 %269, i1 true)
  br i1 %270, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %271 = icmp ugt i64 %253, %arena_size
  br i1 %271, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok21
  %272 = getelementptr i8, i8* %mem, i64 %252
  %273 = bitcast double %250 to i64
  %274 = and i64 %273, 9223372036854775807
  %275 = icmp ugt i64 %274, 9218868437227405312
  %276 = select i1 %275, i64 9221120237041090560, i64 %273
  store i64 %276, i64* %unaligned26, align 8
  %277 = bitcast i64* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %272, i8* %277, i64 8, i1 false)
  %278 = load double, double* %x, align 8
  store double %278, double* %x.1, align 8
  %279 = load double, double* %y, align 8
  store double %279, double* %y.1, align 8
  %280 = load double, double* %y.1, align 8
  %281 = fcmp oeq double %280, 0.000000e+00
  %282 = zext i1 %281 to i32
  %283 = icmp ne i32 %282, 0
  br i1 %283, label %then, label %else

ok25:                                             ; preds = %write.slow23
  %284 = icmp ult i64 %252, %scratch_start
  %285 = load i64, i64* %lowStart, align 8
  %286 = call i64 @llvm.umin.i64(i64 %285, i64 %252)
  %287 = load i64, i64* %lowEnd, align 8
  %288 = load i64, i64* %highEnd, align 8
  %289 = add i64 %253, 64
  %290 = sub i64 %253, %286
  %291 = lshr i64 %290, 4
  %292 = add i64 %289, %291
  %293 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %292)
  %294 = call i64 @llvm.umax.i64(i64 %287, i64 %293)
  %295 = select i1 %284, i64 %294, i64 %287
  store i64 %295, i64* %lowEnd, align 8
  %296 = add i64 %253, 64
  %297 = sub i64 %253, %scratch_start
  %298 = lshr i64 %297, 4
  %299 = add i64 %296, %298
  %300 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %299)
  %301 = call i64 @llvm.umax.i64(i64 %288, i64 %300)
  %302 = select i1 %284, i64 %288, i64 %301
  store i64 %302, i64* %highEnd, align 8
  store i64 %286, i64* %lowStart, align 8
  br label %write.ok24

e13:                                              ; preds = %stack_ok29
  %303 = load double, double* %result27, align 8
  store double %303, double* %rem, align 8
  %304 = load i32, i32* %dict, align 4
  %305 = load double, double* %rem, align 8
  %306 = zext i32 %304 to i64
  %307 = add i64 %306, 32
  %308 = add i64 %307, 8
  %309 = icmp uge i64 %307, %scratch_start
  %310 = load i64, i64* %highEnd, align 8
  %311 = icmp ule i64 %308, %310
  %312 = and i1 %309, %311
  %313 = call i1 @llvm.expect.i1(i1 %312, i1 true)
  br i1 %313, label %write.ok32, label %write.low30

then:                                             ; preds = %write.ok24
  br label %trap1.site10

else:                                             ; preds = %write.ok24
  br label %join

join:                                             ; preds = %else, %dead
  %314 = load double, double* %x.1, align 8
  %315 = load double, double* %y.1, align 8
  %316 = icmp uge i32 %depth, 1000
  br i1 %316, label %trap15.site10, label %ok28

trap1.site10:                                     ; preds = %then
  %317 = load i64, i64* %lowStart, align 8
  %318 = getelementptr i64, i64* %regs, i64 6
  store i64 %317, i64* %318, align 8
  %319 = load i64, i64* %lowEnd, align 8
  %320 = getelementptr i64, i64* %regs, i64 7
  store i64 %319, i64* %320, align 8
  %321 = load i64, i64* %highEnd, align 8
  %322 = getelementptr i64, i64* %regs, i64 8
  store i64 %321, i64* %322, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok28:                                             ; preds = %join
  %323 = icmp ult i64 %10, %stack_limit
  br i1 %323, label %trap253.site0, label %stack_ok29

trap15.site10:                                    ; preds = %join
  %324 = load i64, i64* %lowStart, align 8
  %325 = getelementptr i64, i64* %regs, i64 6
  store i64 %324, i64* %325, align 8
  %326 = load i64, i64* %lowEnd, align 8
  %327 = getelementptr i64, i64* %regs, i64 7
  store i64 %326, i64* %327, align 8
  %328 = load i64, i64* %highEnd, align 8
  %329 = getelementptr i64, i64* %regs, i64 8
  store i64 %328, i64* %329, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %330 = load i64, i64* %fuel, align 8
  %331 = getelementptr i64, i64* %regs, i64 0
  store i64 %330, i64* %331, align 8
  %332 = load i64, i64* %lowStart, align 8
  %333 = getelementptr i64, i64* %regs, i64 6
  store i64 %332, i64* %333, align 8
  %334 = load i64, i64* %lowEnd, align 8
  %335 = getelementptr i64, i64* %regs, i64 7
  store i64 %334, i64* %335, align 8
  %336 = load i64, i64* %highEnd, align 8
  %337 = getelementptr i64, i64* %regs, i64 8
  store i64 %336, i64* %337, align 8
  %338 = add i32 %depth, 1
  %339 = call double @m0.rt.fmod(i64* %regs, i8* %mem, i32 %338, double %314, double %315)
  %340 = getelementptr i64, i64* %regs, i64 0
  %341 = load i64, i64* %340, align 8
  store i64 %341, i64* %fuel, align 8
  %342 = getelementptr i64, i64* %regs, i64 6
  %343 = load i64, i64* %342, align 8
  store i64 %343, i64* %lowStart, align 8
  %344 = getelementptr i64, i64* %regs, i64 7
  %345 = load i64, i64* %344, align 8
  store i64 %345, i64* %lowEnd, align 8
  %346 = getelementptr i64, i64* %regs, i64 8
  %347 = load i64, i64* %346, align 8
  store i64 %347, i64* %highEnd, align 8
  store double %339, double* %result27, align 8
  br label %e13

write.low30:                                      ; preds = %e13
  %348 = load i64, i64* %lowStart, align 8
  %349 = icmp uge i64 %307, %348
  %350 = load i64, i64* %lowEnd, align 8
  %351 = icmp ule i64 %308, %350
  %352 = and i1 %349, %351
  %353 = call i1 @llvm.expect.i1(i1 %352, i1 true)
  br i1 %353, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %354 = icmp ugt i64 %308, %arena_size
  br i1 %354, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %e13
  %355 = getelementptr i8, i8* %mem, i64 %307
  %356 = bitcast double %305 to i64
  %357 = and i64 %356, 9223372036854775807
  %358 = icmp ugt i64 %357, 9218868437227405312
  %359 = select i1 %358, i64 9221120237041090560, i64 %356
  store i64 %359, i64* %unaligned34, align 8
  %360 = bitcast i64* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %355, i8* %360, i64 8, i1 false)
  %361 = load double, double* %x, align 8
  %362 = call double @llvm.sqrt.f64(double %361)
  store double %362, double* %root, align 8
  %363 = load i32, i32* %dict, align 4
  %364 = load double, double* %root, align 8
  %365 = zext i32 %363 to i64
  %366 = add i64 %365, 40
  %367 = add i64 %366, 8
  %368 = icmp uge i64 %366, %scratch_start
  %369 = load i64, i64* %highEnd, align 8
  %370 = icmp ule i64 %367, %369
  %371 = and i1 %368, %370
  %372 = call i1 @llvm.expect.i1(i1 %371, i1 true)
  br i1 %372, label %write.ok37, label %write.low35

ok33:                                             ; preds = %write.slow31
  %373 = icmp ult i64 %307, %scratch_start
  %374 = load i64, i64* %lowStart, align 8
  %375 = call i64 @llvm.umin.i64(i64 %374, i64 %307)
  %376 = load i64, i64* %lowEnd, align 8
  %377 = load i64, i64* %highEnd, align 8
  %378 = add i64 %308, 64
  %379 = sub i64 %308, %375
  %380 = lshr i64 %379, 4
  %381 = add i64 %378, %380
  %382 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %381)
  %383 = call i64 @llvm.umax.i64(i64 %376, i64 %382)
  %384 = select i1 %373, i64 %383, i64 %376
  store i64 %384, i64* %lowEnd, align 8
  %385 = add i64 %308, 64
  %386 = sub i64 %308, %scratch_start
  %387 = lshr i64 %386, 4
  %388 = add i64 %385, %387
  %389 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %388)
  %390 = call i64 @llvm.umax.i64(i64 %377, i64 %389)
  %391 = select i1 %373, i64 %377, i64 %390
  store i64 %391, i64* %highEnd, align 8
  store i64 %375, i64* %lowStart, align 8
  br label %write.ok32

write.low35:                                      ; preds = %write.ok32
  %392 = load i64, i64* %lowStart, align 8
  %393 = icmp uge i64 %366, %392
  %394 = load i64, i64* %lowEnd, align 8
  %395 = icmp ule i64 %367, %394
  %396 = and i1 %393, %395
  %397 = call i1 @llvm.expect.i1(i1 %396, i1 true)
  br i1 %397, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %398 = icmp ugt i64 %367, %arena_size
  br i1 %398, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %write.ok32
  %399 = getelementptr i8, i8* %mem, i64 %366
  %400 = bitcast double %364 to i64
  %401 = and i64 %400, 9223372036854775807
  %402 = icmp ugt i64 %401, 9218868437227405312
  %403 = select i1 %402, i64 9221120237041090560, i64 %400
  store i64 %403, i64* %unaligned39, align 8
  %404 = bitcast i64* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %399, i8* %404, i64 8, i1 false)
  %405 = load double, double* %x, align 8
  %406 = icmp uge i32 %depth, 1000
  br i1 %406, label %trap15.site12, label %ok40

ok38:                                             ; preds = %write.slow36
  %407 = icmp ult i64 %366, %scratch_start
  %408 = load i64, i64* %lowStart, align 8
  %409 = call i64 @llvm.umin.i64(i64 %408, i64 %366)
  %410 = load i64, i64* %lowEnd, align 8
  %411 = load i64, i64* %highEnd, align 8
  %412 = add i64 %367, 64
  %413 = sub i64 %367, %409
  %414 = lshr i64 %413, 4
  %415 = add i64 %412, %414
  %416 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %415)
  %417 = call i64 @llvm.umax.i64(i64 %410, i64 %416)
  %418 = select i1 %407, i64 %417, i64 %410
  store i64 %418, i64* %lowEnd, align 8
  %419 = add i64 %367, 64
  %420 = sub i64 %367, %scratch_start
  %421 = lshr i64 %420, 4
  %422 = add i64 %419, %421
  %423 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %422)
  %424 = call i64 @llvm.umax.i64(i64 %411, i64 %423)
  %425 = select i1 %407, i64 %411, i64 %424
  store i64 %425, i64* %highEnd, align 8
  store i64 %409, i64* %lowStart, align 8
  br label %write.ok37

ok40:                                             ; preds = %write.ok37
  %426 = icmp ult i64 %10, %stack_limit
  br i1 %426, label %trap253.site0, label %stack_ok41

trap15.site12:                                    ; preds = %write.ok37
  %427 = load i64, i64* %lowStart, align 8
  %428 = getelementptr i64, i64* %regs, i64 6
  store i64 %427, i64* %428, align 8
  %429 = load i64, i64* %lowEnd, align 8
  %430 = getelementptr i64, i64* %regs, i64 7
  store i64 %429, i64* %430, align 8
  %431 = load i64, i64* %highEnd, align 8
  %432 = getelementptr i64, i64* %regs, i64 8
  store i64 %431, i64* %432, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok41:                                       ; preds = %ok40
  %433 = load i64, i64* %fuel, align 8
  %434 = getelementptr i64, i64* %regs, i64 0
  store i64 %433, i64* %434, align 8
  %435 = load i64, i64* %lowStart, align 8
  %436 = getelementptr i64, i64* %regs, i64 6
  store i64 %435, i64* %436, align 8
  %437 = load i64, i64* %lowEnd, align 8
  %438 = getelementptr i64, i64* %regs, i64 7
  store i64 %437, i64* %438, align 8
  %439 = load i64, i64* %highEnd, align 8
  %440 = getelementptr i64, i64* %regs, i64 8
  store i64 %439, i64* %440, align 8
  %441 = add i32 %depth, 1
  %442 = call double @m0.rt.pow(i64* %regs, i8* %mem, i32 %441, double %405, double 2.000000e+00)
  %443 = getelementptr i64, i64* %regs, i64 0
  %444 = load i64, i64* %443, align 8
  store i64 %444, i64* %fuel, align 8
  %445 = getelementptr i64, i64* %regs, i64 6
  %446 = load i64, i64* %445, align 8
  store i64 %446, i64* %lowStart, align 8
  %447 = getelementptr i64, i64* %regs, i64 7
  %448 = load i64, i64* %447, align 8
  store i64 %448, i64* %lowEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 8
  %450 = load i64, i64* %449, align 8
  store i64 %450, i64* %highEnd, align 8
  store double %442, double* %power, align 8
  %451 = load i32, i32* %dict, align 4
  %452 = load double, double* %power, align 8
  %453 = zext i32 %451 to i64
  %454 = add i64 %453, 48
  %455 = add i64 %454, 8
  %456 = icmp uge i64 %454, %scratch_start
  %457 = load i64, i64* %highEnd, align 8
  %458 = icmp ule i64 %455, %457
  %459 = and i1 %456, %458
  %460 = call i1 @llvm.expect.i1(i1 %459, i1 true)
  br i1 %460, label %write.ok44, label %write.low42

write.low42:                                      ; preds = %stack_ok41
  %461 = load i64, i64* %lowStart, align 8
  %462 = icmp uge i64 %454, %461
  %463 = load i64, i64* %lowEnd, align 8
  %464 = icmp ule i64 %455, %463
  %465 = and i1 %462, %464
  %466 = call i1 @llvm.expect.i1(i1 %465, i1 true)
  br i1 %466, label %write.ok44, label %write.slow43

write.slow43:                                     ; preds = %write.low42
  %467 = icmp ugt i64 %455, %arena_size
  br i1 %467, label %trap17.site0, label %ok45

write.ok44:                                       ; preds = %ok45, %write.low42, %stack_ok41
  %468 = getelementptr i8, i8* %mem, i64 %454
  %469 = bitcast double %452 to i64
  %470 = and i64 %469, 9223372036854775807
  %471 = icmp ugt i64 %470, 9218868437227405312
  %472 = select i1 %471, i64 9221120237041090560, i64 %469
  store i64 %472, i64* %unaligned46, align 8
  %473 = bitcast i64* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %468, i8* %473, i64 8, i1 false)
  %474 = load double, double* %x, align 8
  %475 = call double @llvm.floor.f64(double %474)
  %476 = call i64 @llvm.fptosi.sat.i64.f64(double %475)
  store i64 %476, i64* %item, align 8
  %477 = load double, double* %x, align 8
  %478 = call double @llvm.ceil.f64(double %477)
  %479 = call i64 @llvm.fptosi.sat.i64.f64(double %478)
  store i64 %479, i64* %item.1, align 8
  %480 = load double, double* %x, align 8
  %481 = call double @llvm.roundeven.f64(double %480)
  %482 = call i64 @llvm.fptosi.sat.i64.f64(double %481)
  store i64 %482, i64* %item.2, align 8
  store i64 -2, i64* %item.3, align 8
  store i64 40, i64* %size, align 8
  %483 = load i64, i64* %size, align 8
  %484 = icmp ugt i64 %483, 2147483647
  %485 = zext i1 %484 to i32
  %486 = icmp ne i32 %485, 0
  br i1 %486, label %then48, label %else49

ok45:                                             ; preds = %write.slow43
  %487 = icmp ult i64 %454, %scratch_start
  %488 = load i64, i64* %lowStart, align 8
  %489 = call i64 @llvm.umin.i64(i64 %488, i64 %454)
  %490 = load i64, i64* %lowEnd, align 8
  %491 = load i64, i64* %highEnd, align 8
  %492 = add i64 %455, 64
  %493 = sub i64 %455, %489
  %494 = lshr i64 %493, 4
  %495 = add i64 %492, %494
  %496 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %495)
  %497 = call i64 @llvm.umax.i64(i64 %490, i64 %496)
  %498 = select i1 %487, i64 %497, i64 %490
  store i64 %498, i64* %lowEnd, align 8
  %499 = add i64 %455, 64
  %500 = sub i64 %455, %scratch_start
  %501 = lshr i64 %500, 4
  %502 = add i64 %499, %501
  %503 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %502)
  %504 = call i64 @llvm.umax.i64(i64 %491, i64 %503)
  %505 = select i1 %487, i64 %491, i64 %504
  store i64 %505, i64* %highEnd, align 8
  store i64 %489, i64* %lowStart, align 8
  br label %write.ok44

e21:                                              ; preds = %write.ok75
  %506 = load i32, i32* %result47, align 4
  store i32 %506, i32* %rounded, align 4
  %507 = load i32, i32* %dict, align 4
  %508 = load i32, i32* %rounded, align 4
  %509 = zext i32 %507 to i64
  %510 = add i64 %509, 56
  %511 = add i64 %510, 4
  %512 = icmp uge i64 %510, %scratch_start
  %513 = load i64, i64* %highEnd, align 8
  %514 = icmp ule i64 %511, %513
  %515 = and i1 %512, %514
  %516 = call i1 @llvm.expect.i1(i1 %515, i1 true)
  br i1 %516, label %write.ok80, label %write.low78

then48:                                           ; preds = %write.ok44
  br label %trap15.site13

else49:                                           ; preds = %write.ok44
  br label %join50

join50:                                           ; preds = %else49, %dead51
  %517 = load i64, i64* %size, align 8
  %518 = trunc i64 %517 to i32
  %519 = zext i32 %518 to i64
  %520 = getelementptr i64, i64* %regs, i64 1
  %521 = getelementptr i64, i64* %regs, i64 2
  %522 = load i64, i64* %520, align 8
  %523 = add i64 %522, 7
  %524 = and i64 %523, -8
  %525 = add i64 %524, %519
  %526 = load i64, i64* %521, align 8
  %527 = icmp ugt i64 %525, %526
  br i1 %527, label %trap15.site13, label %ok52

trap15.site13:                                    ; preds = %join50, %then48
  %528 = load i64, i64* %lowStart, align 8
  %529 = getelementptr i64, i64* %regs, i64 6
  store i64 %528, i64* %529, align 8
  %530 = load i64, i64* %lowEnd, align 8
  %531 = getelementptr i64, i64* %regs, i64 7
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %highEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 8
  store i64 %532, i64* %533, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead51:                                           ; No predecessors!
  br label %join50

ok52:                                             ; preds = %join50
  store i64 %525, i64* %520, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = call i64 @llvm.umax.i64(i64 %534, i64 %525)
  store i64 %535, i64* %highEnd, align 8
  %536 = trunc i64 %524 to i32
  store i32 %536, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %537 = load i32, i32* %list, align 4
  %538 = add i32 %537, 8
  %539 = load i32, i32* %len, align 4
  %540 = mul i32 %539, 8
  %541 = add i32 %538, %540
  %542 = load i64, i64* %item, align 8
  %543 = zext i32 %541 to i64
  %544 = add i64 %543, 8
  %545 = icmp uge i64 %543, %scratch_start
  %546 = load i64, i64* %highEnd, align 8
  %547 = icmp ule i64 %544, %546
  %548 = and i1 %545, %547
  %549 = call i1 @llvm.expect.i1(i1 %548, i1 true)
  br i1 %549, label %write.ok55, label %write.low53

write.low53:                                      ; preds = %ok52
  %550 = load i64, i64* %lowStart, align 8
  %551 = icmp uge i64 %543, %550
  %552 = load i64, i64* %lowEnd, align 8
  %553 = icmp ule i64 %544, %552
  %554 = and i1 %551, %553
  %555 = call i1 @llvm.expect.i1(i1 %554, i1 true)
  br i1 %555, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %556 = icmp ugt i64 %544, %arena_size
  br i1 %556, label %trap17.site0, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %557 = getelementptr i8, i8* %mem, i64 %543
  store i64 %542, i64* %unaligned57, align 8
  %558 = bitcast i64* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %557, i8* %558, i64 8, i1 false)
  %559 = load i32, i32* %len, align 4
  %560 = add i32 %559, 1
  store i32 %560, i32* %len, align 4
  %561 = load i32, i32* %list, align 4
  %562 = add i32 %561, 8
  %563 = load i32, i32* %len, align 4
  %564 = mul i32 %563, 8
  %565 = add i32 %562, %564
  %566 = load i64, i64* %item.1, align 8
  %567 = zext i32 %565 to i64
  %568 = add i64 %567, 8
  %569 = icmp uge i64 %567, %scratch_start
  %570 = load i64, i64* %highEnd, align 8
  %571 = icmp ule i64 %568, %570
  %572 = and i1 %569, %571
  %573 = call i1 @llvm.expect.i1(i1 %572, i1 true)
  br i1 %573, label %write.ok60, label %write.low58

ok56:                                             ; preds = %write.slow54
  %574 = icmp ult i64 %543, %scratch_start
  %575 = load i64, i64* %lowStart, align 8
  %576 = call i64 @llvm.umin.i64(i64 %575, i64 %543)
  %577 = load i64, i64* %lowEnd, align 8
  %578 = load i64, i64* %highEnd, align 8
  %579 = add i64 %544, 64
  %580 = sub i64 %544, %576
  %581 = lshr i64 %580, 4
  %582 = add i64 %579, %581
  %583 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %582)
  %584 = call i64 @llvm.umax.i64(i64 %577, i64 %583)
  %585 = select i1 %574, i64 %584, i64 %577
  store i64 %585, i64* %lowEnd, align 8
  %586 = add i64 %544, 64
  %587 = sub i64 %544, %scratch_start
  %588 = lshr i64 %587, 4
  %589 = add i64 %586, %588
  %590 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %589)
  %591 = call i64 @llvm.umax.i64(i64 %578, i64 %590)
  %592 = select i1 %574, i64 %578, i64 %591
  store i64 %592, i64* %highEnd, align 8
  store i64 %576, i64* %lowStart, align 8
  br label %write.ok55

write.low58:                                      ; preds = %write.ok55
  %593 = load i64, i64* %lowStart, align 8
  %594 = icmp uge i64 %567, %593
  %595 = load i64, i64* %lowEnd, align 8
  %596 = icmp ule i64 %568, %595
  %597 = and i1 %594, %596
  %598 = call i1 @llvm.expect.i1(i1 %597, i1 true)
  br i1 %598, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %599 = icmp ugt i64 %568, %arena_size
  br i1 %599, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %write.ok55
  %600 = getelementptr i8, i8* %mem, i64 %567
  store i64 %566, i64* %unaligned62, align 8
  %601 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %600, i8* %601, i64 8, i1 false)
  %602 = load i32, i32* %len, align 4
  %603 = add i32 %602, 1
  store i32 %603, i32* %len, align 4
  %604 = load i32, i32* %list, align 4
  %605 = add i32 %604, 8
  %606 = load i32, i32* %len, align 4
  %607 = mul i32 %606, 8
  %608 = add i32 %605, %607
  %609 = load i64, i64* %item.2, align 8
  %610 = zext i32 %608 to i64
  %611 = add i64 %610, 8
  %612 = icmp uge i64 %610, %scratch_start
  %613 = load i64, i64* %highEnd, align 8
  %614 = icmp ule i64 %611, %613
  %615 = and i1 %612, %614
  %616 = call i1 @llvm.expect.i1(i1 %615, i1 true)
  br i1 %616, label %write.ok65, label %write.low63

ok61:                                             ; preds = %write.slow59
  %617 = icmp ult i64 %567, %scratch_start
  %618 = load i64, i64* %lowStart, align 8
  %619 = call i64 @llvm.umin.i64(i64 %618, i64 %567)
  %620 = load i64, i64* %lowEnd, align 8
  %621 = load i64, i64* %highEnd, align 8
  %622 = add i64 %568, 64
  %623 = sub i64 %568, %619
  %624 = lshr i64 %623, 4
  %625 = add i64 %622, %624
  %626 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %625)
  %627 = call i64 @llvm.umax.i64(i64 %620, i64 %626)
  %628 = select i1 %617, i64 %627, i64 %620
  store i64 %628, i64* %lowEnd, align 8
  %629 = add i64 %568, 64
  %630 = sub i64 %568, %scratch_start
  %631 = lshr i64 %630, 4
  %632 = add i64 %629, %631
  %633 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %632)
  %634 = call i64 @llvm.umax.i64(i64 %621, i64 %633)
  %635 = select i1 %617, i64 %621, i64 %634
  store i64 %635, i64* %highEnd, align 8
  store i64 %619, i64* %lowStart, align 8
  br label %write.ok60

write.low63:                                      ; preds = %write.ok60
  %636 = load i64, i64* %lowStart, align 8
  %637 = icmp uge i64 %610, %636
  %638 = load i64, i64* %lowEnd, align 8
  %639 = icmp ule i64 %611, %638
  %640 = and i1 %637, %639
  %641 = call i1 @llvm.expect.i1(i1 %640, i1 true)
  br i1 %641, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %642 = icmp ugt i64 %611, %arena_size
  br i1 %642, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %write.ok60
  %643 = getelementptr i8, i8* %mem, i64 %610
  store i64 %609, i64* %unaligned67, align 8
  %644 = bitcast i64* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %643, i8* %644, i64 8, i1 false)
  %645 = load i32, i32* %len, align 4
  %646 = add i32 %645, 1
  store i32 %646, i32* %len, align 4
  %647 = load i32, i32* %list, align 4
  %648 = add i32 %647, 8
  %649 = load i32, i32* %len, align 4
  %650 = mul i32 %649, 8
  %651 = add i32 %648, %650
  %652 = load i64, i64* %item.3, align 8
  %653 = zext i32 %651 to i64
  %654 = add i64 %653, 8
  %655 = icmp uge i64 %653, %scratch_start
  %656 = load i64, i64* %highEnd, align 8
  %657 = icmp ule i64 %654, %656
  %658 = and i1 %655, %657
  %659 = call i1 @llvm.expect.i1(i1 %658, i1 true)
  br i1 %659, label %write.ok70, label %write.low68

ok66:                                             ; preds = %write.slow64
  %660 = icmp ult i64 %610, %scratch_start
  %661 = load i64, i64* %lowStart, align 8
  %662 = call i64 @llvm.umin.i64(i64 %661, i64 %610)
  %663 = load i64, i64* %lowEnd, align 8
  %664 = load i64, i64* %highEnd, align 8
  %665 = add i64 %611, 64
  %666 = sub i64 %611, %662
  %667 = lshr i64 %666, 4
  %668 = add i64 %665, %667
  %669 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %668)
  %670 = call i64 @llvm.umax.i64(i64 %663, i64 %669)
  %671 = select i1 %660, i64 %670, i64 %663
  store i64 %671, i64* %lowEnd, align 8
  %672 = add i64 %611, 64
  %673 = sub i64 %611, %scratch_start
  %674 = lshr i64 %673, 4
  %675 = add i64 %672, %674
  %676 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %675)
  %677 = call i64 @llvm.umax.i64(i64 %664, i64 %676)
  %678 = select i1 %660, i64 %664, i64 %677
  store i64 %678, i64* %highEnd, align 8
  store i64 %662, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %write.ok65
  %679 = load i64, i64* %lowStart, align 8
  %680 = icmp uge i64 %653, %679
  %681 = load i64, i64* %lowEnd, align 8
  %682 = icmp ule i64 %654, %681
  %683 = and i1 %680, %682
  %684 = call i1 @llvm.expect.i1(i1 %683, i1 true)
  br i1 %684, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %685 = icmp ugt i64 %654, %arena_size
  br i1 %685, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %write.ok65
  %686 = getelementptr i8, i8* %mem, i64 %653
  store i64 %652, i64* %unaligned72, align 8
  %687 = bitcast i64* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %686, i8* %687, i64 8, i1 false)
  %688 = load i32, i32* %len, align 4
  %689 = add i32 %688, 1
  store i32 %689, i32* %len, align 4
  %690 = load i32, i32* %list, align 4
  %691 = load i32, i32* %len, align 4
  %692 = zext i32 %690 to i64
  %693 = add i64 %692, 4
  %694 = icmp uge i64 %692, %scratch_start
  %695 = load i64, i64* %highEnd, align 8
  %696 = icmp ule i64 %693, %695
  %697 = and i1 %694, %696
  %698 = call i1 @llvm.expect.i1(i1 %697, i1 true)
  br i1 %698, label %write.ok75, label %write.low73

ok71:                                             ; preds = %write.slow69
  %699 = icmp ult i64 %653, %scratch_start
  %700 = load i64, i64* %lowStart, align 8
  %701 = call i64 @llvm.umin.i64(i64 %700, i64 %653)
  %702 = load i64, i64* %lowEnd, align 8
  %703 = load i64, i64* %highEnd, align 8
  %704 = add i64 %654, 64
  %705 = sub i64 %654, %701
  %706 = lshr i64 %705, 4
  %707 = add i64 %704, %706
  %708 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %707)
  %709 = call i64 @llvm.umax.i64(i64 %702, i64 %708)
  %710 = select i1 %699, i64 %709, i64 %702
  store i64 %710, i64* %lowEnd, align 8
  %711 = add i64 %654, 64
  %712 = sub i64 %654, %scratch_start
  %713 = lshr i64 %712, 4
  %714 = add i64 %711, %713
  %715 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %714)
  %716 = call i64 @llvm.umax.i64(i64 %703, i64 %715)
  %717 = select i1 %699, i64 %703, i64 %716
  store i64 %717, i64* %highEnd, align 8
  store i64 %701, i64* %lowStart, align 8
  br label %write.ok70

write.low73:                                      ; preds = %write.ok70
  %718 = load i64, i64* %lowStart, align 8
  %719 = icmp uge i64 %692, %718
  %720 = load i64, i64* %lowEnd, align 8
  %721 = icmp ule i64 %693, %720
  %722 = and i1 %719, %721
  %723 = call i1 @llvm.expect.i1(i1 %722, i1 true)
  br i1 %723, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %724 = icmp ugt i64 %693, %arena_size
  br i1 %724, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %write.ok70
  %725 = getelementptr i8, i8* %mem, i64 %692
  store i32 %691, i32* %unaligned77, align 4
  %726 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %725, i8* %726, i64 4, i1 false)
  %727 = load i32, i32* %list, align 4
  store i32 %727, i32* %result47, align 4
  br label %e21

ok76:                                             ; preds = %write.slow74
  %728 = icmp ult i64 %692, %scratch_start
  %729 = load i64, i64* %lowStart, align 8
  %730 = call i64 @llvm.umin.i64(i64 %729, i64 %692)
  %731 = load i64, i64* %lowEnd, align 8
  %732 = load i64, i64* %highEnd, align 8
  %733 = add i64 %693, 64
  %734 = sub i64 %693, %730
  %735 = lshr i64 %734, 4
  %736 = add i64 %733, %735
  %737 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %736)
  %738 = call i64 @llvm.umax.i64(i64 %731, i64 %737)
  %739 = select i1 %728, i64 %738, i64 %731
  store i64 %739, i64* %lowEnd, align 8
  %740 = add i64 %693, 64
  %741 = sub i64 %693, %scratch_start
  %742 = lshr i64 %741, 4
  %743 = add i64 %740, %742
  %744 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %743)
  %745 = call i64 @llvm.umax.i64(i64 %732, i64 %744)
  %746 = select i1 %728, i64 %732, i64 %745
  store i64 %746, i64* %highEnd, align 8
  store i64 %730, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %e21
  %747 = load i64, i64* %lowStart, align 8
  %748 = icmp uge i64 %510, %747
  %749 = load i64, i64* %lowEnd, align 8
  %750 = icmp ule i64 %511, %749
  %751 = and i1 %748, %750
  %752 = call i1 @llvm.expect.i1(i1 %751, i1 true)
  br i1 %752, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %753 = icmp ugt i64 %511, %arena_size
  br i1 %753, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e21
  %754 = getelementptr i8, i8* %mem, i64 %510
  store i32 %508, i32* %unaligned82, align 4
  %755 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %754, i8* %755, i64 4, i1 false)
  %756 = load double, double* %x, align 8
  store double %756, double* %a, align 8
  %757 = load double, double* %y, align 8
  store double %757, double* %b, align 8
  %758 = load double, double* %a, align 8
  %759 = load double, double* %b, align 8
  %760 = load double, double* %a, align 8
  %761 = load double, double* %b, align 8
  %762 = fcmp olt double %760, %761
  %763 = zext i1 %762 to i32
  %764 = icmp ne i32 %763, 0
  %765 = select i1 %764, double %758, double %759
  store double %765, double* %result84, align 8
  br label %e31

ok81:                                             ; preds = %write.slow79
  %766 = icmp ult i64 %510, %scratch_start
  %767 = load i64, i64* %lowStart, align 8
  %768 = call i64 @llvm.umin.i64(i64 %767, i64 %510)
  %769 = load i64, i64* %lowEnd, align 8
  %770 = load i64, i64* %highEnd, align 8
  %771 = add i64 %511, 64
  %772 = sub i64 %511, %768
  %773 = lshr i64 %772, 4
  %774 = add i64 %771, %773
  %775 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %774)
  %776 = call i64 @llvm.umax.i64(i64 %769, i64 %775)
  %777 = select i1 %766, i64 %776, i64 %769
  store i64 %777, i64* %lowEnd, align 8
  %778 = add i64 %511, 64
  %779 = sub i64 %511, %scratch_start
  %780 = lshr i64 %779, 4
  %781 = add i64 %778, %780
  %782 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %781)
  %783 = call i64 @llvm.umax.i64(i64 %770, i64 %782)
  %784 = select i1 %766, i64 %770, i64 %783
  store i64 %784, i64* %highEnd, align 8
  store i64 %768, i64* %lowStart, align 8
  br label %write.ok80

e30:                                              ; preds = %write.ok114
  %785 = load i32, i32* %result83, align 4
  store i32 %785, i32* %bounds, align 4
  %786 = load i32, i32* %dict, align 4
  %787 = load i32, i32* %bounds, align 4
  %788 = zext i32 %786 to i64
  %789 = add i64 %788, 60
  %790 = add i64 %789, 4
  %791 = icmp uge i64 %789, %scratch_start
  %792 = load i64, i64* %highEnd, align 8
  %793 = icmp ule i64 %790, %792
  %794 = and i1 %791, %793
  %795 = call i1 @llvm.expect.i1(i1 %794, i1 true)
  br i1 %795, label %write.ok119, label %write.low117

e31:                                              ; preds = %write.ok80
  %796 = load double, double* %result84, align 8
  store double %796, double* %item.4, align 8
  %797 = load double, double* %x, align 8
  store double %797, double* %a.1, align 8
  %798 = load double, double* %y, align 8
  store double %798, double* %b.1, align 8
  %799 = load double, double* %a.1, align 8
  %800 = load double, double* %b.1, align 8
  %801 = load double, double* %a.1, align 8
  %802 = load double, double* %b.1, align 8
  %803 = fcmp ogt double %801, %802
  %804 = zext i1 %803 to i32
  %805 = icmp ne i32 %804, 0
  %806 = select i1 %805, double %799, double %800
  store double %806, double* %result85, align 8
  br label %e34

e34:                                              ; preds = %e31
  %807 = load double, double* %result85, align 8
  store double %807, double* %item.5, align 8
  %808 = load double, double* %x, align 8
  store double %808, double* %v, align 8
  store double 0.000000e+00, double* %lo, align 8
  store double 1.000000e+00, double* %hi, align 8
  %809 = load double, double* %lo, align 8
  %810 = load double, double* %hi, align 8
  %811 = load double, double* %v, align 8
  %812 = load double, double* %v, align 8
  %813 = load double, double* %hi, align 8
  %814 = fcmp ogt double %812, %813
  %815 = zext i1 %814 to i32
  %816 = icmp ne i32 %815, 0
  %817 = select i1 %816, double %810, double %811
  %818 = load double, double* %v, align 8
  %819 = load double, double* %lo, align 8
  %820 = fcmp olt double %818, %819
  %821 = zext i1 %820 to i32
  %822 = icmp ne i32 %821, 0
  %823 = select i1 %822, double %809, double %817
  store double %823, double* %result86, align 8
  br label %e37

e37:                                              ; preds = %e34
  %824 = load double, double* %result86, align 8
  store double %824, double* %item.6, align 8
  %825 = load double, double* %y, align 8
  %826 = fneg double %825
  %827 = call double @llvm.fabs.f64(double %826)
  store double %827, double* %item.7, align 8
  store i64 40, i64* %size.1, align 8
  %828 = load i64, i64* %size.1, align 8
  %829 = icmp ugt i64 %828, 2147483647
  %830 = zext i1 %829 to i32
  %831 = icmp ne i32 %830, 0
  br i1 %831, label %then87, label %else88

then87:                                           ; preds = %e37
  br label %trap15.site18

else88:                                           ; preds = %e37
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %832 = load i64, i64* %size.1, align 8
  %833 = trunc i64 %832 to i32
  %834 = zext i32 %833 to i64
  %835 = getelementptr i64, i64* %regs, i64 1
  %836 = getelementptr i64, i64* %regs, i64 2
  %837 = load i64, i64* %835, align 8
  %838 = add i64 %837, 7
  %839 = and i64 %838, -8
  %840 = add i64 %839, %834
  %841 = load i64, i64* %836, align 8
  %842 = icmp ugt i64 %840, %841
  br i1 %842, label %trap15.site18, label %ok91

trap15.site18:                                    ; preds = %join89, %then87
  %843 = load i64, i64* %lowStart, align 8
  %844 = getelementptr i64, i64* %regs, i64 6
  store i64 %843, i64* %844, align 8
  %845 = load i64, i64* %lowEnd, align 8
  %846 = getelementptr i64, i64* %regs, i64 7
  store i64 %845, i64* %846, align 8
  %847 = load i64, i64* %highEnd, align 8
  %848 = getelementptr i64, i64* %regs, i64 8
  store i64 %847, i64* %848, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

ok91:                                             ; preds = %join89
  store i64 %840, i64* %835, align 8
  %849 = load i64, i64* %highEnd, align 8
  %850 = call i64 @llvm.umax.i64(i64 %849, i64 %840)
  store i64 %850, i64* %highEnd, align 8
  %851 = trunc i64 %839 to i32
  store i32 %851, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %852 = load i32, i32* %list.1, align 4
  %853 = add i32 %852, 8
  %854 = load i32, i32* %len.1, align 4
  %855 = mul i32 %854, 8
  %856 = add i32 %853, %855
  %857 = load double, double* %item.4, align 8
  %858 = zext i32 %856 to i64
  %859 = add i64 %858, 8
  %860 = icmp uge i64 %858, %scratch_start
  %861 = load i64, i64* %highEnd, align 8
  %862 = icmp ule i64 %859, %861
  %863 = and i1 %860, %862
  %864 = call i1 @llvm.expect.i1(i1 %863, i1 true)
  br i1 %864, label %write.ok94, label %write.low92

write.low92:                                      ; preds = %ok91
  %865 = load i64, i64* %lowStart, align 8
  %866 = icmp uge i64 %858, %865
  %867 = load i64, i64* %lowEnd, align 8
  %868 = icmp ule i64 %859, %867
  %869 = and i1 %866, %868
  %870 = call i1 @llvm.expect.i1(i1 %869, i1 true)
  br i1 %870, label %write.ok94, label %write.slow93

write.slow93:                                     ; preds = %write.low92
  %871 = icmp ugt i64 %859, %arena_size
  br i1 %871, label %trap17.site0, label %ok95

write.ok94:                                       ; preds = %ok95, %write.low92, %ok91
  %872 = getelementptr i8, i8* %mem, i64 %858
  %873 = bitcast double %857 to i64
  %874 = and i64 %873, 9223372036854775807
  %875 = icmp ugt i64 %874, 9218868437227405312
  %876 = select i1 %875, i64 9221120237041090560, i64 %873
  store i64 %876, i64* %unaligned96, align 8
  %877 = bitcast i64* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %872, i8* %877, i64 8, i1 false)
  %878 = load i32, i32* %len.1, align 4
  %879 = add i32 %878, 1
  store i32 %879, i32* %len.1, align 4
  %880 = load i32, i32* %list.1, align 4
  %881 = add i32 %880, 8
  %882 = load i32, i32* %len.1, align 4
  %883 = mul i32 %882, 8
  %884 = add i32 %881, %883
  %885 = load double, double* %item.5, align 8
  %886 = zext i32 %884 to i64
  %887 = add i64 %886, 8
  %888 = icmp uge i64 %886, %scratch_start
  %889 = load i64, i64* %highEnd, align 8
  %890 = icmp ule i64 %887, %889
  %891 = and i1 %888, %890
  %892 = call i1 @llvm.expect.i1(i1 %891, i1 true)
  br i1 %892, label %write.ok99, label %write.low97

ok95:                                             ; preds = %write.slow93
  %893 = icmp ult i64 %858, %scratch_start
  %894 = load i64, i64* %lowStart, align 8
  %895 = call i64 @llvm.umin.i64(i64 %894, i64 %858)
  %896 = load i64, i64* %lowEnd, align 8
  %897 = load i64, i64* %highEnd, align 8
  %898 = add i64 %859, 64
  %899 = sub i64 %859, %895
  %900 = lshr i64 %899, 4
  %901 = add i64 %898, %900
  %902 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %901)
  %903 = call i64 @llvm.umax.i64(i64 %896, i64 %902)
  %904 = select i1 %893, i64 %903, i64 %896
  store i64 %904, i64* %lowEnd, align 8
  %905 = add i64 %859, 64
  %906 = sub i64 %859, %scratch_start
  %907 = lshr i64 %906, 4
  %908 = add i64 %905, %907
  %909 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %908)
  %910 = call i64 @llvm.umax.i64(i64 %897, i64 %909)
  %911 = select i1 %893, i64 %897, i64 %910
  store i64 %911, i64* %highEnd, align 8
  store i64 %895, i64* %lowStart, align 8
  br label %write.ok94

write.low97:                                      ; preds = %write.ok94
  %912 = load i64, i64* %lowStart, align 8
  %913 = icmp uge i64 %886, %912
  %914 = load i64, i64* %lowEnd, align 8
  %915 = icmp ule i64 %887, %914
  %916 = and i1 %913, %915
  %917 = call i1 @llvm.expect.i1(i1 %916, i1 true)
  br i1 %917, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %918 = icmp ugt i64 %887, %arena_size
  br i1 %918, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %write.ok94
  %919 = getelementptr i8, i8* %mem, i64 %886
  %920 = bitcast double %885 to i64
  %921 = and i64 %920, 9223372036854775807
  %922 = icmp ugt i64 %921, 9218868437227405312
  %923 = select i1 %922, i64 9221120237041090560, i64 %920
  store i64 %923, i64* %unaligned101, align 8
  %924 = bitcast i64* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %919, i8* %924, i64 8, i1 false)
  %925 = load i32, i32* %len.1, align 4
  %926 = add i32 %925, 1
  store i32 %926, i32* %len.1, align 4
  %927 = load i32, i32* %list.1, align 4
  %928 = add i32 %927, 8
  %929 = load i32, i32* %len.1, align 4
  %930 = mul i32 %929, 8
  %931 = add i32 %928, %930
  %932 = load double, double* %item.6, align 8
  %933 = zext i32 %931 to i64
  %934 = add i64 %933, 8
  %935 = icmp uge i64 %933, %scratch_start
  %936 = load i64, i64* %highEnd, align 8
  %937 = icmp ule i64 %934, %936
  %938 = and i1 %935, %937
  %939 = call i1 @llvm.expect.i1(i1 %938, i1 true)
  br i1 %939, label %write.ok104, label %write.low102

ok100:                                            ; preds = %write.slow98
  %940 = icmp ult i64 %886, %scratch_start
  %941 = load i64, i64* %lowStart, align 8
  %942 = call i64 @llvm.umin.i64(i64 %941, i64 %886)
  %943 = load i64, i64* %lowEnd, align 8
  %944 = load i64, i64* %highEnd, align 8
  %945 = add i64 %887, 64
  %946 = sub i64 %887, %942
  %947 = lshr i64 %946, 4
  %948 = add i64 %945, %947
  %949 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %948)
  %950 = call i64 @llvm.umax.i64(i64 %943, i64 %949)
  %951 = select i1 %940, i64 %950, i64 %943
  store i64 %951, i64* %lowEnd, align 8
  %952 = add i64 %887, 64
  %953 = sub i64 %887, %scratch_start
  %954 = lshr i64 %953, 4
  %955 = add i64 %952, %954
  %956 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %955)
  %957 = call i64 @llvm.umax.i64(i64 %944, i64 %956)
  %958 = select i1 %940, i64 %944, i64 %957
  store i64 %958, i64* %highEnd, align 8
  store i64 %942, i64* %lowStart, align 8
  br label %write.ok99

write.low102:                                     ; preds = %write.ok99
  %959 = load i64, i64* %lowStart, align 8
  %960 = icmp uge i64 %933, %959
  %961 = load i64, i64* %lowEnd, align 8
  %962 = icmp ule i64 %934, %961
  %963 = and i1 %960, %962
  %964 = call i1 @llvm.expect.i1(i1 %963, i1 true)
  br i1 %964, label %write.ok104, label %write.slow103

write.slow103:                                    ; preds = %write.low102
  %965 = icmp ugt i64 %934, %arena_size
  br i1 %965, label %trap17.site0, label %ok105

write.ok104:                                      ; preds = %ok105, %write.low102, %write.ok99
  %966 = getelementptr i8, i8* %mem, i64 %933
  %967 = bitcast double %932 to i64
  %968 = and i64 %967, 9223372036854775807
  %969 = icmp ugt i64 %968, 9218868437227405312
  %970 = select i1 %969, i64 9221120237041090560, i64 %967
  store i64 %970, i64* %unaligned106, align 8
  %971 = bitcast i64* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %966, i8* %971, i64 8, i1 false)
  %972 = load i32, i32* %len.1, align 4
  %973 = add i32 %972, 1
  store i32 %973, i32* %len.1, align 4
  %974 = load i32, i32* %list.1, align 4
  %975 = add i32 %974, 8
  %976 = load i32, i32* %len.1, align 4
  %977 = mul i32 %976, 8
  %978 = add i32 %975, %977
  %979 = load double, double* %item.7, align 8
  %980 = zext i32 %978 to i64
  %981 = add i64 %980, 8
  %982 = icmp uge i64 %980, %scratch_start
  %983 = load i64, i64* %highEnd, align 8
  %984 = icmp ule i64 %981, %983
  %985 = and i1 %982, %984
  %986 = call i1 @llvm.expect.i1(i1 %985, i1 true)
  br i1 %986, label %write.ok109, label %write.low107

ok105:                                            ; preds = %write.slow103
  %987 = icmp ult i64 %933, %scratch_start
  %988 = load i64, i64* %lowStart, align 8
  %989 = call i64 @llvm.umin.i64(i64 %988, i64 %933)
  %990 = load i64, i64* %lowEnd, align 8
  %991 = load i64, i64* %highEnd, align 8
  %992 = add i64 %934, 64
  %993 = sub i64 %934, %989
  %994 = lshr i64 %993, 4
  %995 = add i64 %992, %994
  %996 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %995)
  %997 = call i64 @llvm.umax.i64(i64 %990, i64 %996)
  %998 = select i1 %987, i64 %997, i64 %990
  store i64 %998, i64* %lowEnd, align 8
  %999 = add i64 %934, 64
  %1000 = sub i64 %934, %scratch_start
  %1001 = lshr i64 %1000, 4
  %1002 = add i64 %999, %1001
  %1003 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1002)
  %1004 = call i64 @llvm.umax.i64(i64 %991, i64 %1003)
  %1005 = select i1 %987, i64 %991, i64 %1004
  store i64 %1005, i64* %highEnd, align 8
  store i64 %989, i64* %lowStart, align 8
  br label %write.ok104

write.low107:                                     ; preds = %write.ok104
  %1006 = load i64, i64* %lowStart, align 8
  %1007 = icmp uge i64 %980, %1006
  %1008 = load i64, i64* %lowEnd, align 8
  %1009 = icmp ule i64 %981, %1008
  %1010 = and i1 %1007, %1009
  %1011 = call i1 @llvm.expect.i1(i1 %1010, i1 true)
  br i1 %1011, label %write.ok109, label %write.slow108

write.slow108:                                    ; preds = %write.low107
  %1012 = icmp ugt i64 %981, %arena_size
  br i1 %1012, label %trap17.site0, label %ok110

write.ok109:                                      ; preds = %ok110, %write.low107, %write.ok104
  %1013 = getelementptr i8, i8* %mem, i64 %980
  %1014 = bitcast double %979 to i64
  %1015 = and i64 %1014, 9223372036854775807
  %1016 = icmp ugt i64 %1015, 9218868437227405312
  %1017 = select i1 %1016, i64 9221120237041090560, i64 %1014
  store i64 %1017, i64* %unaligned111, align 8
  %1018 = bitcast i64* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1013, i8* %1018, i64 8, i1 false)
  %1019 = load i32, i32* %len.1, align 4
  %1020 = add i32 %1019, 1
  store i32 %1020, i32* %len.1, align 4
  %1021 = load i32, i32* %list.1, align 4
  %1022 = load i32, i32* %len.1, align 4
  %1023 = zext i32 %1021 to i64
  %1024 = add i64 %1023, 4
  %1025 = icmp uge i64 %1023, %scratch_start
  %1026 = load i64, i64* %highEnd, align 8
  %1027 = icmp ule i64 %1024, %1026
  %1028 = and i1 %1025, %1027
  %1029 = call i1 @llvm.expect.i1(i1 %1028, i1 true)
  br i1 %1029, label %write.ok114, label %write.low112

ok110:                                            ; preds = %write.slow108
  %1030 = icmp ult i64 %980, %scratch_start
  %1031 = load i64, i64* %lowStart, align 8
  %1032 = call i64 @llvm.umin.i64(i64 %1031, i64 %980)
  %1033 = load i64, i64* %lowEnd, align 8
  %1034 = load i64, i64* %highEnd, align 8
  %1035 = add i64 %981, 64
  %1036 = sub i64 %981, %1032
  %1037 = lshr i64 %1036, 4
  %1038 = add i64 %1035, %1037
  %1039 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1038)
  %1040 = call i64 @llvm.umax.i64(i64 %1033, i64 %1039)
  %1041 = select i1 %1030, i64 %1040, i64 %1033
  store i64 %1041, i64* %lowEnd, align 8
  %1042 = add i64 %981, 64
  %1043 = sub i64 %981, %scratch_start
  %1044 = lshr i64 %1043, 4
  %1045 = add i64 %1042, %1044
  %1046 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1045)
  %1047 = call i64 @llvm.umax.i64(i64 %1034, i64 %1046)
  %1048 = select i1 %1030, i64 %1034, i64 %1047
  store i64 %1048, i64* %highEnd, align 8
  store i64 %1032, i64* %lowStart, align 8
  br label %write.ok109

write.low112:                                     ; preds = %write.ok109
  %1049 = load i64, i64* %lowStart, align 8
  %1050 = icmp uge i64 %1023, %1049
  %1051 = load i64, i64* %lowEnd, align 8
  %1052 = icmp ule i64 %1024, %1051
  %1053 = and i1 %1050, %1052
  %1054 = call i1 @llvm.expect.i1(i1 %1053, i1 true)
  br i1 %1054, label %write.ok114, label %write.slow113

write.slow113:                                    ; preds = %write.low112
  %1055 = icmp ugt i64 %1024, %arena_size
  br i1 %1055, label %trap17.site0, label %ok115

write.ok114:                                      ; preds = %ok115, %write.low112, %write.ok109
  %1056 = getelementptr i8, i8* %mem, i64 %1023
  store i32 %1022, i32* %unaligned116, align 4
  %1057 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1056, i8* %1057, i64 4, i1 false)
  %1058 = load i32, i32* %list.1, align 4
  store i32 %1058, i32* %result83, align 4
  br label %e30

ok115:                                            ; preds = %write.slow113
  %1059 = icmp ult i64 %1023, %scratch_start
  %1060 = load i64, i64* %lowStart, align 8
  %1061 = call i64 @llvm.umin.i64(i64 %1060, i64 %1023)
  %1062 = load i64, i64* %lowEnd, align 8
  %1063 = load i64, i64* %highEnd, align 8
  %1064 = add i64 %1024, 64
  %1065 = sub i64 %1024, %1061
  %1066 = lshr i64 %1065, 4
  %1067 = add i64 %1064, %1066
  %1068 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1067)
  %1069 = call i64 @llvm.umax.i64(i64 %1062, i64 %1068)
  %1070 = select i1 %1059, i64 %1069, i64 %1062
  store i64 %1070, i64* %lowEnd, align 8
  %1071 = add i64 %1024, 64
  %1072 = sub i64 %1024, %scratch_start
  %1073 = lshr i64 %1072, 4
  %1074 = add i64 %1071, %1073
  %1075 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1074)
  %1076 = call i64 @llvm.umax.i64(i64 %1063, i64 %1075)
  %1077 = select i1 %1059, i64 %1063, i64 %1076
  store i64 %1077, i64* %highEnd, align 8
  store i64 %1061, i64* %lowStart, align 8
  br label %write.ok114

write.low117:                                     ; preds = %e30
  %1078 = load i64, i64* %lowStart, align 8
  %1079 = icmp uge i64 %789, %1078
  %1080 = load i64, i64* %lowEnd, align 8
  %1081 = icmp ule i64 %790, %1080
  %1082 = and i1 %1079, %1081
  %1083 = call i1 @llvm.expect.i1(i1 %1082, i1 true)
  br i1 %1083, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %1084 = icmp ugt i64 %790, %arena_size
  br i1 %1084, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %e30
  %1085 = getelementptr i8, i8* %mem, i64 %789
  store i32 %787, i32* %unaligned121, align 4
  %1086 = bitcast i32* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1085, i8* %1086, i64 4, i1 false)
  %1087 = load double, double* %x, align 8
  %1088 = fmul double %1087, 2.000000e+00
  %1089 = fadd double %1088, 5.000000e-01
  store double %1089, double* %mixed, align 8
  %1090 = load i32, i32* %dict, align 4
  %1091 = load double, double* %mixed, align 8
  %1092 = zext i32 %1090 to i64
  %1093 = add i64 %1092, 64
  %1094 = add i64 %1093, 8
  %1095 = icmp uge i64 %1093, %scratch_start
  %1096 = load i64, i64* %highEnd, align 8
  %1097 = icmp ule i64 %1094, %1096
  %1098 = and i1 %1095, %1097
  %1099 = call i1 @llvm.expect.i1(i1 %1098, i1 true)
  br i1 %1099, label %write.ok124, label %write.low122

ok120:                                            ; preds = %write.slow118
  %1100 = icmp ult i64 %789, %scratch_start
  %1101 = load i64, i64* %lowStart, align 8
  %1102 = call i64 @llvm.umin.i64(i64 %1101, i64 %789)
  %1103 = load i64, i64* %lowEnd, align 8
  %1104 = load i64, i64* %highEnd, align 8
  %1105 = add i64 %790, 64
  %1106 = sub i64 %790, %1102
  %1107 = lshr i64 %1106, 4
  %1108 = add i64 %1105, %1107
  %1109 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1108)
  %1110 = call i64 @llvm.umax.i64(i64 %1103, i64 %1109)
  %1111 = select i1 %1100, i64 %1110, i64 %1103
  store i64 %1111, i64* %lowEnd, align 8
  %1112 = add i64 %790, 64
  %1113 = sub i64 %790, %scratch_start
  %1114 = lshr i64 %1113, 4
  %1115 = add i64 %1112, %1114
  %1116 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1115)
  %1117 = call i64 @llvm.umax.i64(i64 %1104, i64 %1116)
  %1118 = select i1 %1100, i64 %1104, i64 %1117
  store i64 %1118, i64* %highEnd, align 8
  store i64 %1102, i64* %lowStart, align 8
  br label %write.ok119

write.low122:                                     ; preds = %write.ok119
  %1119 = load i64, i64* %lowStart, align 8
  %1120 = icmp uge i64 %1093, %1119
  %1121 = load i64, i64* %lowEnd, align 8
  %1122 = icmp ule i64 %1094, %1121
  %1123 = and i1 %1120, %1122
  %1124 = call i1 @llvm.expect.i1(i1 %1123, i1 true)
  br i1 %1124, label %write.ok124, label %write.slow123

write.slow123:                                    ; preds = %write.low122
  %1125 = icmp ugt i64 %1094, %arena_size
  br i1 %1125, label %trap17.site0, label %ok125

write.ok124:                                      ; preds = %ok125, %write.low122, %write.ok119
  %1126 = getelementptr i8, i8* %mem, i64 %1093
  %1127 = bitcast double %1091 to i64
  %1128 = and i64 %1127, 9223372036854775807
  %1129 = icmp ugt i64 %1128, 9218868437227405312
  %1130 = select i1 %1129, i64 9221120237041090560, i64 %1127
  store i64 %1130, i64* %unaligned126, align 8
  %1131 = bitcast i64* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1126, i8* %1131, i64 8, i1 false)
  %1132 = load i32, i32* %xs, align 4
  store i32 %1132, i32* %xs.1, align 4
  store double 0.000000e+00, double* %sum.1, align 8
  %1133 = load i32, i32* %xs.1, align 4
  %1134 = zext i32 %1133 to i64
  %1135 = sub i64 %arena_size, 4
  %1136 = icmp sgt i64 %1134, %1135
  br i1 %1136, label %trap17.site0, label %ok128

ok125:                                            ; preds = %write.slow123
  %1137 = icmp ult i64 %1093, %scratch_start
  %1138 = load i64, i64* %lowStart, align 8
  %1139 = call i64 @llvm.umin.i64(i64 %1138, i64 %1093)
  %1140 = load i64, i64* %lowEnd, align 8
  %1141 = load i64, i64* %highEnd, align 8
  %1142 = add i64 %1094, 64
  %1143 = sub i64 %1094, %1139
  %1144 = lshr i64 %1143, 4
  %1145 = add i64 %1142, %1144
  %1146 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1145)
  %1147 = call i64 @llvm.umax.i64(i64 %1140, i64 %1146)
  %1148 = select i1 %1137, i64 %1147, i64 %1140
  store i64 %1148, i64* %lowEnd, align 8
  %1149 = add i64 %1094, 64
  %1150 = sub i64 %1094, %scratch_start
  %1151 = lshr i64 %1150, 4
  %1152 = add i64 %1149, %1151
  %1153 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1152)
  %1154 = call i64 @llvm.umax.i64(i64 %1141, i64 %1153)
  %1155 = select i1 %1137, i64 %1141, i64 %1154
  store i64 %1155, i64* %highEnd, align 8
  store i64 %1139, i64* %lowStart, align 8
  br label %write.ok124

e49:                                              ; preds = %versioned.join
  %1156 = load double, double* %result127, align 8
  store double %1156, double* %total, align 8
  %1157 = load i32, i32* %dict, align 4
  %1158 = load double, double* %total, align 8
  %1159 = zext i32 %1157 to i64
  %1160 = add i64 %1159, 72
  %1161 = add i64 %1160, 8
  %1162 = icmp uge i64 %1160, %scratch_start
  %1163 = load i64, i64* %highEnd, align 8
  %1164 = icmp ule i64 %1161, %1163
  %1165 = and i1 %1162, %1164
  %1166 = call i1 @llvm.expect.i1(i1 %1165, i1 true)
  br i1 %1166, label %write.ok141, label %write.low139

ok128:                                            ; preds = %write.ok124
  %1167 = getelementptr i8, i8* %mem, i64 %1134
  %1168 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1168, i8* %1167, i64 4, i1 false)
  %1169 = load i32, i32* %unaligned129, align 4
  store i32 %1169, i32* %n, align 4
  store i32 0, i32* %k, align 4
  %1170 = load i32, i32* %k, align 4
  %1171 = load i32, i32* %n, align 4
  %1172 = icmp ugt i32 %1171, %1170
  %1173 = sub i32 %1171, %1170
  %1174 = select i1 %1172, i32 %1173, i32 0
  %1175 = zext i32 %1174 to i64
  %1176 = load i64, i64* %fuel, align 8
  %1177 = icmp ult i64 %1175, %1176
  %1178 = icmp ne i64 %1175, 0
  %1179 = icmp ult i64 %1175, 4294967296
  %1180 = and i1 %1178, %1179
  %1181 = and i1 %1177, %1180
  %1182 = load i32, i32* %xs.1, align 4
  %1183 = zext i32 %1182 to i64
  %1184 = load i32, i32* %k, align 4
  %1185 = zext i32 %1184 to i64
  %1186 = add i64 %1185, %1175
  %1187 = sub i64 %1186, 1
  %1188 = mul i64 %1187, 8
  %1189 = add i64 %1183, %1188
  %1190 = add i64 %1189, 16
  %1191 = icmp ult i64 %1187, 4294967296
  %1192 = icmp ule i64 %1190, %arena_size
  %1193 = and i1 %1191, %1192
  %1194 = and i1 %1181, %1193
  %1195 = call i1 @llvm.expect.i1(i1 %1194, i1 true)
  br i1 %1195, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok128
  %1196 = add i64 %1175, 1
  %1197 = mul i64 %1196, 1
  %1198 = sub i64 %1176, %1197
  store i64 %1198, i64* %fuel, align 8
  br label %each52

versioned.slow:                                   ; preds = %ok128
  br label %each52133

versioned.join:                                   ; preds = %block51132, %block51
  %1199 = load double, double* %sum.1, align 8
  store double %1199, double* %result127, align 8
  br label %e49

block51:                                          ; preds = %dead131, %each52
  br label %versioned.join

each52:                                           ; preds = %cont, %versioned.fast
  %1200 = load i32, i32* %k, align 4
  %1201 = load i32, i32* %n, align 4
  %1202 = icmp uge i32 %1200, %1201
  %1203 = zext i1 %1202 to i32
  %1204 = icmp ne i32 %1203, 0
  br i1 %1204, label %block51, label %cont

cont:                                             ; preds = %each52
  %1205 = load i32, i32* %k, align 4
  %1206 = zext i32 %1205 to i64
  %1207 = mul i64 %1206, 8
  %1208 = load i32, i32* %xs.1, align 4
  %1209 = zext i32 %1208 to i64
  %1210 = add i64 %1209, %1207
  %1211 = add i64 %1210, 8
  %1212 = getelementptr i8, i8* %mem, i64 %1211
  %1213 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1213, i8* %1212, i64 8, i1 false)
  %1214 = load i64, i64* %unaligned130, align 8
  %1215 = bitcast i64 %1214 to double
  store double %1215, double* %x.2, align 8
  %1216 = load double, double* %sum.1, align 8
  %1217 = load double, double* %x.2, align 8
  %1218 = fadd double %1216, %1217
  store double %1218, double* %sum.1, align 8
  %1219 = load i32, i32* %k, align 4
  %1220 = add i32 %1219, 1
  store i32 %1220, i32* %k, align 4
  br label %each52

dead131:                                          ; No predecessors!
  br label %block51

block51132:                                       ; preds = %dead138, %ok134
  br label %versioned.join

each52133:                                        ; preds = %ok136, %versioned.slow
  %1221 = load i64, i64* %fuel, align 8
  %1222 = icmp ult i64 %1221, 1
  br i1 %1222, label %trap14.site0, label %ok134

ok134:                                            ; preds = %each52133
  %1223 = sub i64 %1221, 1
  store i64 %1223, i64* %fuel, align 8
  %1224 = load i32, i32* %k, align 4
  %1225 = load i32, i32* %n, align 4
  %1226 = icmp uge i32 %1224, %1225
  %1227 = zext i1 %1226 to i32
  %1228 = icmp ne i32 %1227, 0
  br i1 %1228, label %block51132, label %cont135

cont135:                                          ; preds = %ok134
  %1229 = load i32, i32* %xs.1, align 4
  %1230 = load i32, i32* %k, align 4
  %1231 = mul i32 %1230, 8
  %1232 = add i32 %1229, %1231
  %1233 = zext i32 %1232 to i64
  %1234 = sub i64 %arena_size, 16
  %1235 = icmp sgt i64 %1233, %1234
  br i1 %1235, label %trap17.site0, label %ok136

ok136:                                            ; preds = %cont135
  %1236 = add i64 %1233, 8
  %1237 = getelementptr i8, i8* %mem, i64 %1236
  %1238 = bitcast i64* %unaligned137 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1238, i8* %1237, i64 8, i1 false)
  %1239 = load i64, i64* %unaligned137, align 8
  %1240 = bitcast i64 %1239 to double
  store double %1240, double* %x.2, align 8
  %1241 = load double, double* %sum.1, align 8
  %1242 = load double, double* %x.2, align 8
  %1243 = fadd double %1241, %1242
  store double %1243, double* %sum.1, align 8
  %1244 = load i32, i32* %k, align 4
  %1245 = add i32 %1244, 1
  store i32 %1245, i32* %k, align 4
  br label %each52133

dead138:                                          ; No predecessors!
  br label %block51132

write.low139:                                     ; preds = %e49
  %1246 = load i64, i64* %lowStart, align 8
  %1247 = icmp uge i64 %1160, %1246
  %1248 = load i64, i64* %lowEnd, align 8
  %1249 = icmp ule i64 %1161, %1248
  %1250 = and i1 %1247, %1249
  %1251 = call i1 @llvm.expect.i1(i1 %1250, i1 true)
  br i1 %1251, label %write.ok141, label %write.slow140

write.slow140:                                    ; preds = %write.low139
  %1252 = icmp ugt i64 %1161, %arena_size
  br i1 %1252, label %trap17.site0, label %ok142

write.ok141:                                      ; preds = %ok142, %write.low139, %e49
  %1253 = getelementptr i8, i8* %mem, i64 %1160
  %1254 = bitcast double %1158 to i64
  %1255 = and i64 %1254, 9223372036854775807
  %1256 = icmp ugt i64 %1255, 9218868437227405312
  %1257 = select i1 %1256, i64 9221120237041090560, i64 %1254
  store i64 %1257, i64* %unaligned143, align 8
  %1258 = bitcast i64* %unaligned143 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1253, i8* %1258, i64 8, i1 false)
  %1259 = load i32, i32* %xs, align 4
  store i32 %1259, i32* %xs.2, align 4
  store double 0.000000e+00, double* %sum.2, align 8
  %1260 = load i32, i32* %xs.2, align 4
  %1261 = zext i32 %1260 to i64
  %1262 = sub i64 %arena_size, 4
  %1263 = icmp sgt i64 %1261, %1262
  br i1 %1263, label %trap17.site0, label %ok145

ok142:                                            ; preds = %write.slow140
  %1264 = icmp ult i64 %1160, %scratch_start
  %1265 = load i64, i64* %lowStart, align 8
  %1266 = call i64 @llvm.umin.i64(i64 %1265, i64 %1160)
  %1267 = load i64, i64* %lowEnd, align 8
  %1268 = load i64, i64* %highEnd, align 8
  %1269 = add i64 %1161, 64
  %1270 = sub i64 %1161, %1266
  %1271 = lshr i64 %1270, 4
  %1272 = add i64 %1269, %1271
  %1273 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1272)
  %1274 = call i64 @llvm.umax.i64(i64 %1267, i64 %1273)
  %1275 = select i1 %1264, i64 %1274, i64 %1267
  store i64 %1275, i64* %lowEnd, align 8
  %1276 = add i64 %1161, 64
  %1277 = sub i64 %1161, %scratch_start
  %1278 = lshr i64 %1277, 4
  %1279 = add i64 %1276, %1278
  %1280 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1279)
  %1281 = call i64 @llvm.umax.i64(i64 %1268, i64 %1280)
  %1282 = select i1 %1264, i64 %1268, i64 %1281
  store i64 %1282, i64* %highEnd, align 8
  store i64 %1266, i64* %lowStart, align 8
  br label %write.ok141

e54:                                              ; preds = %versioned.join149
  %1283 = load double, double* %result144, align 8
  %1284 = load i32, i32* %xs, align 4
  store i32 %1284, i32* %xs.3, align 4
  %1285 = load i32, i32* %xs.3, align 4
  %1286 = zext i32 %1285 to i64
  %1287 = sub i64 %arena_size, 4
  %1288 = icmp sgt i64 %1286, %1287
  br i1 %1288, label %trap17.site0, label %ok161

ok145:                                            ; preds = %write.ok141
  %1289 = getelementptr i8, i8* %mem, i64 %1261
  %1290 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1290, i8* %1289, i64 4, i1 false)
  %1291 = load i32, i32* %unaligned146, align 4
  store i32 %1291, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  %1292 = load i32, i32* %k.1, align 4
  %1293 = load i32, i32* %n.1, align 4
  %1294 = icmp ugt i32 %1293, %1292
  %1295 = sub i32 %1293, %1292
  %1296 = select i1 %1294, i32 %1295, i32 0
  %1297 = zext i32 %1296 to i64
  %1298 = load i64, i64* %fuel, align 8
  %1299 = icmp ult i64 %1297, %1298
  %1300 = icmp ne i64 %1297, 0
  %1301 = icmp ult i64 %1297, 4294967296
  %1302 = and i1 %1300, %1301
  %1303 = and i1 %1299, %1302
  %1304 = load i32, i32* %xs.2, align 4
  %1305 = zext i32 %1304 to i64
  %1306 = load i32, i32* %k.1, align 4
  %1307 = zext i32 %1306 to i64
  %1308 = add i64 %1307, %1297
  %1309 = sub i64 %1308, 1
  %1310 = mul i64 %1309, 8
  %1311 = add i64 %1305, %1310
  %1312 = add i64 %1311, 16
  %1313 = icmp ult i64 %1309, 4294967296
  %1314 = icmp ule i64 %1312, %arena_size
  %1315 = and i1 %1313, %1314
  %1316 = and i1 %1303, %1315
  %1317 = call i1 @llvm.expect.i1(i1 %1316, i1 true)
  br i1 %1317, label %versioned.fast147, label %versioned.slow148

versioned.fast147:                                ; preds = %ok145
  %1318 = add i64 %1297, 1
  %1319 = mul i64 %1318, 1
  %1320 = sub i64 %1298, %1319
  store i64 %1320, i64* %fuel, align 8
  br label %each57

versioned.slow148:                                ; preds = %ok145
  br label %each57154

versioned.join149:                                ; preds = %block56153, %block56
  %1321 = load double, double* %sum.2, align 8
  store double %1321, double* %result144, align 8
  br label %e54

block56:                                          ; preds = %dead152, %each57
  br label %versioned.join149

each57:                                           ; preds = %cont150, %versioned.fast147
  %1322 = load i32, i32* %k.1, align 4
  %1323 = load i32, i32* %n.1, align 4
  %1324 = icmp uge i32 %1322, %1323
  %1325 = zext i1 %1324 to i32
  %1326 = icmp ne i32 %1325, 0
  br i1 %1326, label %block56, label %cont150

cont150:                                          ; preds = %each57
  %1327 = load i32, i32* %k.1, align 4
  %1328 = zext i32 %1327 to i64
  %1329 = mul i64 %1328, 8
  %1330 = load i32, i32* %xs.2, align 4
  %1331 = zext i32 %1330 to i64
  %1332 = add i64 %1331, %1329
  %1333 = add i64 %1332, 8
  %1334 = getelementptr i8, i8* %mem, i64 %1333
  %1335 = bitcast i64* %unaligned151 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1335, i8* %1334, i64 8, i1 false)
  %1336 = load i64, i64* %unaligned151, align 8
  %1337 = bitcast i64 %1336 to double
  store double %1337, double* %x.3, align 8
  %1338 = load double, double* %sum.2, align 8
  %1339 = load double, double* %x.3, align 8
  %1340 = fadd double %1338, %1339
  store double %1340, double* %sum.2, align 8
  %1341 = load i32, i32* %k.1, align 4
  %1342 = add i32 %1341, 1
  store i32 %1342, i32* %k.1, align 4
  br label %each57

dead152:                                          ; No predecessors!
  br label %block56

block56153:                                       ; preds = %dead159, %ok155
  br label %versioned.join149

each57154:                                        ; preds = %ok157, %versioned.slow148
  %1343 = load i64, i64* %fuel, align 8
  %1344 = icmp ult i64 %1343, 1
  br i1 %1344, label %trap14.site0, label %ok155

ok155:                                            ; preds = %each57154
  %1345 = sub i64 %1343, 1
  store i64 %1345, i64* %fuel, align 8
  %1346 = load i32, i32* %k.1, align 4
  %1347 = load i32, i32* %n.1, align 4
  %1348 = icmp uge i32 %1346, %1347
  %1349 = zext i1 %1348 to i32
  %1350 = icmp ne i32 %1349, 0
  br i1 %1350, label %block56153, label %cont156

cont156:                                          ; preds = %ok155
  %1351 = load i32, i32* %xs.2, align 4
  %1352 = load i32, i32* %k.1, align 4
  %1353 = mul i32 %1352, 8
  %1354 = add i32 %1351, %1353
  %1355 = zext i32 %1354 to i64
  %1356 = sub i64 %arena_size, 16
  %1357 = icmp sgt i64 %1355, %1356
  br i1 %1357, label %trap17.site0, label %ok157

ok157:                                            ; preds = %cont156
  %1358 = add i64 %1355, 8
  %1359 = getelementptr i8, i8* %mem, i64 %1358
  %1360 = bitcast i64* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1360, i8* %1359, i64 8, i1 false)
  %1361 = load i64, i64* %unaligned158, align 8
  %1362 = bitcast i64 %1361 to double
  store double %1362, double* %x.3, align 8
  %1363 = load double, double* %sum.2, align 8
  %1364 = load double, double* %x.3, align 8
  %1365 = fadd double %1363, %1364
  store double %1365, double* %sum.2, align 8
  %1366 = load i32, i32* %k.1, align 4
  %1367 = add i32 %1366, 1
  store i32 %1367, i32* %k.1, align 4
  br label %each57154

dead159:                                          ; No predecessors!
  br label %block56153

e59:                                              ; preds = %ok161
  %1368 = load i64, i64* %result160, align 8
  %1369 = sitofp i64 %1368 to double
  %1370 = fcmp oeq double %1369, 0.000000e+00
  br i1 %1370, label %trap1.site26, label %ok163

ok161:                                            ; preds = %e54
  %1371 = getelementptr i8, i8* %mem, i64 %1286
  %1372 = bitcast i32* %unaligned162 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1372, i8* %1371, i64 4, i1 false)
  %1373 = load i32, i32* %unaligned162, align 4
  %1374 = zext i32 %1373 to i64
  store i64 %1374, i64* %result160, align 8
  br label %e59

ok163:                                            ; preds = %e59
  %1375 = fdiv double %1283, %1369
  store double %1375, double* %mean, align 8
  %1376 = load i32, i32* %dict, align 4
  %1377 = load double, double* %mean, align 8
  %1378 = zext i32 %1376 to i64
  %1379 = add i64 %1378, 80
  %1380 = add i64 %1379, 8
  %1381 = icmp uge i64 %1379, %scratch_start
  %1382 = load i64, i64* %highEnd, align 8
  %1383 = icmp ule i64 %1380, %1382
  %1384 = and i1 %1381, %1383
  %1385 = call i1 @llvm.expect.i1(i1 %1384, i1 true)
  br i1 %1385, label %write.ok166, label %write.low164

trap1.site26:                                     ; preds = %e59
  %1386 = load i64, i64* %lowStart, align 8
  %1387 = getelementptr i64, i64* %regs, i64 6
  store i64 %1386, i64* %1387, align 8
  %1388 = load i64, i64* %lowEnd, align 8
  %1389 = getelementptr i64, i64* %regs, i64 7
  store i64 %1388, i64* %1389, align 8
  %1390 = load i64, i64* %highEnd, align 8
  %1391 = getelementptr i64, i64* %regs, i64 8
  store i64 %1390, i64* %1391, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 26)
  unreachable

write.low164:                                     ; preds = %ok163
  %1392 = load i64, i64* %lowStart, align 8
  %1393 = icmp uge i64 %1379, %1392
  %1394 = load i64, i64* %lowEnd, align 8
  %1395 = icmp ule i64 %1380, %1394
  %1396 = and i1 %1393, %1395
  %1397 = call i1 @llvm.expect.i1(i1 %1396, i1 true)
  br i1 %1397, label %write.ok166, label %write.slow165

write.slow165:                                    ; preds = %write.low164
  %1398 = icmp ugt i64 %1380, %arena_size
  br i1 %1398, label %trap17.site0, label %ok167

write.ok166:                                      ; preds = %ok167, %write.low164, %ok163
  %1399 = getelementptr i8, i8* %mem, i64 %1379
  %1400 = bitcast double %1377 to i64
  %1401 = and i64 %1400, 9223372036854775807
  %1402 = icmp ugt i64 %1401, 9218868437227405312
  %1403 = select i1 %1402, i64 9221120237041090560, i64 %1400
  store i64 %1403, i64* %unaligned168, align 8
  %1404 = bitcast i64* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1399, i8* %1404, i64 8, i1 false)
  %1405 = load i32, i32* %xs, align 4
  store i32 %1405, i32* %xs.4, align 4
  %1406 = load i32, i32* %xs.4, align 4
  %1407 = zext i32 %1406 to i64
  %1408 = sub i64 %arena_size, 4
  %1409 = icmp sgt i64 %1407, %1408
  br i1 %1409, label %trap17.site0, label %ok170

ok167:                                            ; preds = %write.slow165
  %1410 = icmp ult i64 %1379, %scratch_start
  %1411 = load i64, i64* %lowStart, align 8
  %1412 = call i64 @llvm.umin.i64(i64 %1411, i64 %1379)
  %1413 = load i64, i64* %lowEnd, align 8
  %1414 = load i64, i64* %highEnd, align 8
  %1415 = add i64 %1380, 64
  %1416 = sub i64 %1380, %1412
  %1417 = lshr i64 %1416, 4
  %1418 = add i64 %1415, %1417
  %1419 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1418)
  %1420 = call i64 @llvm.umax.i64(i64 %1413, i64 %1419)
  %1421 = select i1 %1410, i64 %1420, i64 %1413
  store i64 %1421, i64* %lowEnd, align 8
  %1422 = add i64 %1380, 64
  %1423 = sub i64 %1380, %scratch_start
  %1424 = lshr i64 %1423, 4
  %1425 = add i64 %1422, %1424
  %1426 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1425)
  %1427 = call i64 @llvm.umax.i64(i64 %1414, i64 %1426)
  %1428 = select i1 %1410, i64 %1414, i64 %1427
  store i64 %1428, i64* %highEnd, align 8
  store i64 %1412, i64* %lowStart, align 8
  br label %write.ok166

e61:                                              ; preds = %versioned.join180
  %1429 = load double, double* %result169, align 8
  store double %1429, double* %largest, align 8
  %1430 = load i32, i32* %dict, align 4
  %1431 = load double, double* %largest, align 8
  %1432 = zext i32 %1430 to i64
  %1433 = add i64 %1432, 88
  %1434 = add i64 %1433, 8
  %1435 = icmp uge i64 %1433, %scratch_start
  %1436 = load i64, i64* %highEnd, align 8
  %1437 = icmp ule i64 %1434, %1436
  %1438 = and i1 %1435, %1437
  %1439 = call i1 @llvm.expect.i1(i1 %1438, i1 true)
  br i1 %1439, label %write.ok199, label %write.low197

ok170:                                            ; preds = %write.ok166
  %1440 = getelementptr i8, i8* %mem, i64 %1407
  %1441 = bitcast i32* %unaligned171 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1441, i8* %1440, i64 4, i1 false)
  %1442 = load i32, i32* %unaligned171, align 4
  %1443 = icmp eq i32 %1442, 0
  %1444 = zext i1 %1443 to i32
  %1445 = icmp ne i32 %1444, 0
  br i1 %1445, label %then172, label %else173

then172:                                          ; preds = %ok170
  br label %trap4.site29

else173:                                          ; preds = %ok170
  br label %join174

join174:                                          ; preds = %else173, %dead175
  store i32 1, i32* %first, align 4
  %1446 = load i32, i32* %xs.4, align 4
  %1447 = zext i32 %1446 to i64
  %1448 = sub i64 %arena_size, 4
  %1449 = icmp sgt i64 %1447, %1448
  br i1 %1449, label %trap17.site0, label %ok176

trap4.site29:                                     ; preds = %then172
  %1450 = load i64, i64* %lowStart, align 8
  %1451 = getelementptr i64, i64* %regs, i64 6
  store i64 %1450, i64* %1451, align 8
  %1452 = load i64, i64* %lowEnd, align 8
  %1453 = getelementptr i64, i64* %regs, i64 7
  store i64 %1452, i64* %1453, align 8
  %1454 = load i64, i64* %highEnd, align 8
  %1455 = getelementptr i64, i64* %regs, i64 8
  store i64 %1454, i64* %1455, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 29)
  unreachable

dead175:                                          ; No predecessors!
  br label %join174

ok176:                                            ; preds = %join174
  %1456 = getelementptr i8, i8* %mem, i64 %1447
  %1457 = bitcast i32* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1457, i8* %1456, i64 4, i1 false)
  %1458 = load i32, i32* %unaligned177, align 4
  store i32 %1458, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  %1459 = load i32, i32* %k.2, align 4
  %1460 = load i32, i32* %n.2, align 4
  %1461 = icmp ugt i32 %1460, %1459
  %1462 = sub i32 %1460, %1459
  %1463 = select i1 %1461, i32 %1462, i32 0
  %1464 = zext i32 %1463 to i64
  %1465 = load i64, i64* %fuel, align 8
  %1466 = icmp ult i64 %1464, %1465
  %1467 = icmp ne i64 %1464, 0
  %1468 = icmp ult i64 %1464, 4294967296
  %1469 = and i1 %1467, %1468
  %1470 = and i1 %1466, %1469
  %1471 = load i32, i32* %xs.4, align 4
  %1472 = zext i32 %1471 to i64
  %1473 = load i32, i32* %k.2, align 4
  %1474 = zext i32 %1473 to i64
  %1475 = add i64 %1474, %1464
  %1476 = sub i64 %1475, 1
  %1477 = mul i64 %1476, 8
  %1478 = add i64 %1472, %1477
  %1479 = add i64 %1478, 16
  %1480 = icmp ult i64 %1476, 4294967296
  %1481 = icmp ule i64 %1479, %arena_size
  %1482 = and i1 %1480, %1481
  %1483 = and i1 %1470, %1482
  %1484 = call i1 @llvm.expect.i1(i1 %1483, i1 true)
  br i1 %1484, label %versioned.fast178, label %versioned.slow179

versioned.fast178:                                ; preds = %ok176
  %1485 = add i64 %1464, 1
  %1486 = mul i64 %1485, 1
  %1487 = sub i64 %1465, %1486
  store i64 %1487, i64* %fuel, align 8
  br label %each64

versioned.slow179:                                ; preds = %ok176
  br label %each64188

versioned.join180:                                ; preds = %block63187, %block63
  %1488 = load double, double* %best, align 8
  store double %1488, double* %result169, align 8
  br label %e61

block63:                                          ; preds = %dead186, %each64
  br label %versioned.join180

each64:                                           ; preds = %join185, %versioned.fast178
  %1489 = load i32, i32* %k.2, align 4
  %1490 = load i32, i32* %n.2, align 4
  %1491 = icmp uge i32 %1489, %1490
  %1492 = zext i1 %1491 to i32
  %1493 = icmp ne i32 %1492, 0
  br i1 %1493, label %block63, label %cont181

cont181:                                          ; preds = %each64
  %1494 = load i32, i32* %k.2, align 4
  %1495 = zext i32 %1494 to i64
  %1496 = mul i64 %1495, 8
  %1497 = load i32, i32* %xs.4, align 4
  %1498 = zext i32 %1497 to i64
  %1499 = add i64 %1498, %1496
  %1500 = add i64 %1499, 8
  %1501 = getelementptr i8, i8* %mem, i64 %1500
  %1502 = bitcast i64* %unaligned182 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1502, i8* %1501, i64 8, i1 false)
  %1503 = load i64, i64* %unaligned182, align 8
  %1504 = bitcast i64 %1503 to double
  store double %1504, double* %x.4, align 8
  %1505 = load double, double* %x.4, align 8
  store double %1505, double* %x.5, align 8
  %1506 = load i32, i32* %first, align 4
  %1507 = load double, double* %x.5, align 8
  %1508 = load double, double* %best, align 8
  %1509 = fcmp ogt double %1507, %1508
  %1510 = zext i1 %1509 to i32
  %1511 = or i32 %1506, %1510
  %1512 = icmp ne i32 %1511, 0
  br i1 %1512, label %then183, label %else184

then183:                                          ; preds = %cont181
  %1513 = load double, double* %x.5, align 8
  store double %1513, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join185

else184:                                          ; preds = %cont181
  br label %join185

join185:                                          ; preds = %else184, %then183
  %1514 = load i32, i32* %k.2, align 4
  %1515 = add i32 %1514, 1
  store i32 %1515, i32* %k.2, align 4
  br label %each64

dead186:                                          ; No predecessors!
  br label %block63

block63187:                                       ; preds = %dead196, %ok189
  br label %versioned.join180

each64188:                                        ; preds = %join195, %versioned.slow179
  %1516 = load i64, i64* %fuel, align 8
  %1517 = icmp ult i64 %1516, 1
  br i1 %1517, label %trap14.site0, label %ok189

ok189:                                            ; preds = %each64188
  %1518 = sub i64 %1516, 1
  store i64 %1518, i64* %fuel, align 8
  %1519 = load i32, i32* %k.2, align 4
  %1520 = load i32, i32* %n.2, align 4
  %1521 = icmp uge i32 %1519, %1520
  %1522 = zext i1 %1521 to i32
  %1523 = icmp ne i32 %1522, 0
  br i1 %1523, label %block63187, label %cont190

cont190:                                          ; preds = %ok189
  %1524 = load i32, i32* %xs.4, align 4
  %1525 = load i32, i32* %k.2, align 4
  %1526 = mul i32 %1525, 8
  %1527 = add i32 %1524, %1526
  %1528 = zext i32 %1527 to i64
  %1529 = sub i64 %arena_size, 16
  %1530 = icmp sgt i64 %1528, %1529
  br i1 %1530, label %trap17.site0, label %ok191

ok191:                                            ; preds = %cont190
  %1531 = add i64 %1528, 8
  %1532 = getelementptr i8, i8* %mem, i64 %1531
  %1533 = bitcast i64* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1533, i8* %1532, i64 8, i1 false)
  %1534 = load i64, i64* %unaligned192, align 8
  %1535 = bitcast i64 %1534 to double
  store double %1535, double* %x.4, align 8
  %1536 = load double, double* %x.4, align 8
  store double %1536, double* %x.5, align 8
  %1537 = load i32, i32* %first, align 4
  %1538 = load double, double* %x.5, align 8
  %1539 = load double, double* %best, align 8
  %1540 = fcmp ogt double %1538, %1539
  %1541 = zext i1 %1540 to i32
  %1542 = or i32 %1537, %1541
  %1543 = icmp ne i32 %1542, 0
  br i1 %1543, label %then193, label %else194

then193:                                          ; preds = %ok191
  %1544 = load double, double* %x.5, align 8
  store double %1544, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join195

else194:                                          ; preds = %ok191
  br label %join195

join195:                                          ; preds = %else194, %then193
  %1545 = load i32, i32* %k.2, align 4
  %1546 = add i32 %1545, 1
  store i32 %1546, i32* %k.2, align 4
  br label %each64188

dead196:                                          ; No predecessors!
  br label %block63187

write.low197:                                     ; preds = %e61
  %1547 = load i64, i64* %lowStart, align 8
  %1548 = icmp uge i64 %1433, %1547
  %1549 = load i64, i64* %lowEnd, align 8
  %1550 = icmp ule i64 %1434, %1549
  %1551 = and i1 %1548, %1550
  %1552 = call i1 @llvm.expect.i1(i1 %1551, i1 true)
  br i1 %1552, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1553 = icmp ugt i64 %1434, %arena_size
  br i1 %1553, label %trap17.site0, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %e61
  %1554 = getelementptr i8, i8* %mem, i64 %1433
  %1555 = bitcast double %1431 to i64
  %1556 = and i64 %1555, 9223372036854775807
  %1557 = icmp ugt i64 %1556, 9218868437227405312
  %1558 = select i1 %1557, i64 9221120237041090560, i64 %1555
  store i64 %1558, i64* %unaligned201, align 8
  %1559 = bitcast i64* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1554, i8* %1559, i64 8, i1 false)
  %1560 = load i32, i32* %dict, align 4
  store i32 %1560, i32* %result7, align 4
  br label %e0

ok200:                                            ; preds = %write.slow198
  %1561 = icmp ult i64 %1433, %scratch_start
  %1562 = load i64, i64* %lowStart, align 8
  %1563 = call i64 @llvm.umin.i64(i64 %1562, i64 %1433)
  %1564 = load i64, i64* %lowEnd, align 8
  %1565 = load i64, i64* %highEnd, align 8
  %1566 = add i64 %1434, 64
  %1567 = sub i64 %1434, %1563
  %1568 = lshr i64 %1567, 4
  %1569 = add i64 %1566, %1568
  %1570 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1569)
  %1571 = call i64 @llvm.umax.i64(i64 %1564, i64 %1570)
  %1572 = select i1 %1561, i64 %1571, i64 %1564
  store i64 %1572, i64* %lowEnd, align 8
  %1573 = add i64 %1434, 64
  %1574 = sub i64 %1434, %scratch_start
  %1575 = lshr i64 %1574, 4
  %1576 = add i64 %1573, %1575
  %1577 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1576)
  %1578 = call i64 @llvm.umax.i64(i64 %1565, i64 %1577)
  %1579 = select i1 %1561, i64 %1565, i64 %1578
  store i64 %1579, i64* %highEnd, align 8
  store i64 %1563, i64* %lowStart, align 8
  br label %write.ok199

ok202:                                            ; preds = %e0
  %1580 = icmp ult i64 %10, %stack_limit
  br i1 %1580, label %trap253.site0, label %stack_ok203

trap15.site0:                                     ; preds = %then208, %e0
  %1581 = load i64, i64* %lowStart, align 8
  %1582 = getelementptr i64, i64* %regs, i64 6
  store i64 %1581, i64* %1582, align 8
  %1583 = load i64, i64* %lowEnd, align 8
  %1584 = getelementptr i64, i64* %regs, i64 7
  store i64 %1583, i64* %1584, align 8
  %1585 = load i64, i64* %highEnd, align 8
  %1586 = getelementptr i64, i64* %regs, i64 8
  store i64 %1585, i64* %1586, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok203:                                      ; preds = %ok202
  %1587 = load i64, i64* %fuel, align 8
  %1588 = getelementptr i64, i64* %regs, i64 0
  store i64 %1587, i64* %1588, align 8
  %1589 = load i64, i64* %lowStart, align 8
  %1590 = getelementptr i64, i64* %regs, i64 6
  store i64 %1589, i64* %1590, align 8
  %1591 = load i64, i64* %lowEnd, align 8
  %1592 = getelementptr i64, i64* %regs, i64 7
  store i64 %1591, i64* %1592, align 8
  %1593 = load i64, i64* %highEnd, align 8
  %1594 = getelementptr i64, i64* %regs, i64 8
  store i64 %1593, i64* %1594, align 8
  %1595 = add i32 %depth, 1
  %1596 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1595, i32 %99, i32 %100, i32 0)
  %1597 = getelementptr i64, i64* %regs, i64 0
  %1598 = load i64, i64* %1597, align 8
  store i64 %1598, i64* %fuel, align 8
  %1599 = getelementptr i64, i64* %regs, i64 6
  %1600 = load i64, i64* %1599, align 8
  store i64 %1600, i64* %lowStart, align 8
  %1601 = getelementptr i64, i64* %regs, i64 7
  %1602 = load i64, i64* %1601, align 8
  store i64 %1602, i64* %lowEnd, align 8
  %1603 = getelementptr i64, i64* %regs, i64 8
  %1604 = load i64, i64* %1603, align 8
  store i64 %1604, i64* %highEnd, align 8
  store i32 %1596, i32* %json_end, align 4
  %1605 = load i32, i32* %json_end, align 4
  %1606 = icmp eq i32 %1605, -2
  %1607 = zext i1 %1606 to i32
  %1608 = icmp ne i32 %1607, 0
  br i1 %1608, label %then204, label %else205

then204:                                          ; preds = %stack_ok203
  br label %trap16.site5

else205:                                          ; preds = %stack_ok203
  br label %join206

join206:                                          ; preds = %else205, %dead207
  %1609 = load i32, i32* %json_end, align 4
  %1610 = icmp eq i32 %1609, -1
  %1611 = zext i1 %1610 to i32
  %1612 = icmp ne i32 %1611, 0
  br i1 %1612, label %then208, label %else209

trap16.site5:                                     ; preds = %then213, %then204
  %1613 = load i64, i64* %lowStart, align 8
  %1614 = getelementptr i64, i64* %regs, i64 6
  store i64 %1613, i64* %1614, align 8
  %1615 = load i64, i64* %lowEnd, align 8
  %1616 = getelementptr i64, i64* %regs, i64 7
  store i64 %1615, i64* %1616, align 8
  %1617 = load i64, i64* %highEnd, align 8
  %1618 = getelementptr i64, i64* %regs, i64 8
  store i64 %1617, i64* %1618, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead207:                                          ; No predecessors!
  br label %join206

then208:                                          ; preds = %join206
  %1619 = load i32, i32* %result.1, align 4
  %1620 = icmp uge i32 %depth, 1000
  br i1 %1620, label %trap15.site0, label %ok211

else209:                                          ; preds = %join206
  br label %join210

join210:                                          ; preds = %else209, %dead217
  %1621 = load i32, i32* %json_end, align 4
  %1622 = zext i32 %1621 to i64
  %1623 = getelementptr i64, i64* %regs, i64 3
  store i64 %1622, i64* %1623, align 8
  %1624 = load i32, i32* %json_end, align 4
  %1625 = load i32, i32* %json_start, align 4
  %1626 = sub i32 %1624, %1625
  %1627 = load i64, i64* %fuel, align 8
  %1628 = getelementptr i64, i64* %regs, i64 0
  store i64 %1627, i64* %1628, align 8
  %1629 = load i64, i64* %lowStart, align 8
  %1630 = getelementptr i64, i64* %regs, i64 6
  store i64 %1629, i64* %1630, align 8
  %1631 = load i64, i64* %lowEnd, align 8
  %1632 = getelementptr i64, i64* %regs, i64 7
  store i64 %1631, i64* %1632, align 8
  %1633 = load i64, i64* %highEnd, align 8
  %1634 = getelementptr i64, i64* %regs, i64 8
  store i64 %1633, i64* %1634, align 8
  ret i32 %1626

ok211:                                            ; preds = %then208
  %1635 = icmp ult i64 %10, %stack_limit
  br i1 %1635, label %trap253.site0, label %stack_ok212

stack_ok212:                                      ; preds = %ok211
  %1636 = load i64, i64* %fuel, align 8
  %1637 = getelementptr i64, i64* %regs, i64 0
  store i64 %1636, i64* %1637, align 8
  %1638 = load i64, i64* %lowStart, align 8
  %1639 = getelementptr i64, i64* %regs, i64 6
  store i64 %1638, i64* %1639, align 8
  %1640 = load i64, i64* %lowEnd, align 8
  %1641 = getelementptr i64, i64* %regs, i64 7
  store i64 %1640, i64* %1641, align 8
  %1642 = load i64, i64* %highEnd, align 8
  %1643 = getelementptr i64, i64* %regs, i64 8
  store i64 %1642, i64* %1643, align 8
  %1644 = add i32 %depth, 1
  %1645 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1644, i32 %1619)
  %1646 = getelementptr i64, i64* %regs, i64 0
  %1647 = load i64, i64* %1646, align 8
  store i64 %1647, i64* %fuel, align 8
  %1648 = getelementptr i64, i64* %regs, i64 6
  %1649 = load i64, i64* %1648, align 8
  store i64 %1649, i64* %lowStart, align 8
  %1650 = getelementptr i64, i64* %regs, i64 7
  %1651 = load i64, i64* %1650, align 8
  store i64 %1651, i64* %lowEnd, align 8
  %1652 = getelementptr i64, i64* %regs, i64 8
  %1653 = load i64, i64* %1652, align 8
  store i64 %1653, i64* %highEnd, align 8
  %1654 = icmp ne i32 %1645, 0
  br i1 %1654, label %then213, label %else214

then213:                                          ; preds = %stack_ok212
  br label %trap16.site5

else214:                                          ; preds = %stack_ok212
  br label %join215

join215:                                          ; preds = %else214, %dead216
  br label %trap15.site5

dead216:                                          ; No predecessors!
  br label %join215

dead217:                                          ; No predecessors!
  br label %join210
}
