; From libs/driver/testdata/emit-golden/float-math.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/float-math.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (55):
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
  %280 = add i64 %279, 1
  %281 = icmp ugt i64 %280, %arena_size
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
  %294 = add i64 %293, 1
  %295 = icmp ugt i64 %294, %arena_size
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
  %308 = add i64 %307, 2
  %309 = icmp ugt i64 %308, %arena_size
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
  %329 = add i64 %328, 1
  %330 = icmp ugt i64 %329, %arena_size
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
  %353 = add i64 %352, 1
  %354 = icmp ugt i64 %353, %arena_size
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
  %549 = add i64 %548, 1
  %550 = icmp ugt i64 %549, %arena_size
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
  %561 = add i64 %560, 1
  %562 = icmp ugt i64 %561, %arena_size
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
  %593 = add i64 %592, 1
  %594 = icmp ugt i64 %593, %arena_size
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
  %618 = add i64 %617, 8
  %619 = icmp ugt i64 %618, %arena_size
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
  %646 = add i64 %645, 8
  %647 = icmp ugt i64 %646, %arena_size
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
  %674 = add i64 %673, 4
  %675 = icmp ugt i64 %674, %arena_size
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
  br i1 %711, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join140
  %712 = load i64, i64* %lowStart, align 8
  %713 = getelementptr i64, i64* %regs, i64 6
  store i64 %712, i64* %713, align 8
  %714 = load i64, i64* %lowEnd, align 8
  %715 = getelementptr i64, i64* %regs, i64 7
  store i64 %714, i64* %715, align 8
  %716 = load i64, i64* %highEnd, align 8
  %717 = getelementptr i64, i64* %regs, i64 8
  store i64 %716, i64* %717, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok142
  %718 = load i64, i64* %lowStart, align 8
  %719 = icmp uge i64 %706, %718
  %720 = load i64, i64* %lowEnd, align 8
  %721 = icmp ule i64 %707, %720
  %722 = and i1 %719, %721
  br i1 %722, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %723 = icmp ugt i64 %707, %arena_size
  br i1 %723, label %trap17.site0, label %ok143

write.ok:                                         ; preds = %ok143, %write.low, %ok142
  %724 = getelementptr i8, i8* %mem, i64 %706
  %725 = bitcast double %705 to i64
  %726 = and i64 %725, 9223372036854775807
  %727 = icmp ugt i64 %726, 9218868437227405312
  %728 = select i1 %727, i64 9221120237041090560, i64 %725
  store i64 %728, i64* %unaligned144, align 8
  %729 = bitcast i64* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %724, i8* %729, i64 8, i1 false)
  %730 = load i32, i32* %args_out, align 4
  %731 = load double, double* %arg.1, align 8
  %732 = zext i32 %730 to i64
  %733 = add i64 %732, 8
  %734 = add i64 %733, 8
  %735 = icmp uge i64 %733, %scratch_start
  %736 = load i64, i64* %highEnd, align 8
  %737 = icmp ule i64 %734, %736
  %738 = and i1 %735, %737
  br i1 %738, label %write.ok147, label %write.low145

ok143:                                            ; preds = %write.slow
  %739 = icmp ult i64 %706, %scratch_start
  %740 = load i64, i64* %lowEnd, align 8
  %741 = load i64, i64* %highEnd, align 8
  %742 = call i64 @llvm.umax.i64(i64 %740, i64 %707)
  %743 = select i1 %739, i64 %742, i64 %740
  store i64 %743, i64* %lowEnd, align 8
  %744 = call i64 @llvm.umax.i64(i64 %741, i64 %707)
  %745 = select i1 %739, i64 %741, i64 %744
  store i64 %745, i64* %highEnd, align 8
  %746 = load i64, i64* %lowStart, align 8
  %747 = call i64 @llvm.umin.i64(i64 %746, i64 %706)
  store i64 %747, i64* %lowStart, align 8
  br label %write.ok

write.low145:                                     ; preds = %write.ok
  %748 = load i64, i64* %lowStart, align 8
  %749 = icmp uge i64 %733, %748
  %750 = load i64, i64* %lowEnd, align 8
  %751 = icmp ule i64 %734, %750
  %752 = and i1 %749, %751
  br i1 %752, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %753 = icmp ugt i64 %734, %arena_size
  br i1 %753, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %write.ok
  %754 = getelementptr i8, i8* %mem, i64 %733
  %755 = bitcast double %731 to i64
  %756 = and i64 %755, 9223372036854775807
  %757 = icmp ugt i64 %756, 9218868437227405312
  %758 = select i1 %757, i64 9221120237041090560, i64 %755
  store i64 %758, i64* %unaligned149, align 8
  %759 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %754, i8* %759, i64 8, i1 false)
  %760 = load i32, i32* %args_out, align 4
  %761 = load i32, i32* %arg.2, align 4
  %762 = zext i32 %760 to i64
  %763 = add i64 %762, 16
  %764 = add i64 %763, 4
  %765 = icmp uge i64 %763, %scratch_start
  %766 = load i64, i64* %highEnd, align 8
  %767 = icmp ule i64 %764, %766
  %768 = and i1 %765, %767
  br i1 %768, label %write.ok152, label %write.low150

ok148:                                            ; preds = %write.slow146
  %769 = icmp ult i64 %733, %scratch_start
  %770 = load i64, i64* %lowEnd, align 8
  %771 = load i64, i64* %highEnd, align 8
  %772 = call i64 @llvm.umax.i64(i64 %770, i64 %734)
  %773 = select i1 %769, i64 %772, i64 %770
  store i64 %773, i64* %lowEnd, align 8
  %774 = call i64 @llvm.umax.i64(i64 %771, i64 %734)
  %775 = select i1 %769, i64 %771, i64 %774
  store i64 %775, i64* %highEnd, align 8
  %776 = load i64, i64* %lowStart, align 8
  %777 = call i64 @llvm.umin.i64(i64 %776, i64 %733)
  store i64 %777, i64* %lowStart, align 8
  br label %write.ok147

write.low150:                                     ; preds = %write.ok147
  %778 = load i64, i64* %lowStart, align 8
  %779 = icmp uge i64 %763, %778
  %780 = load i64, i64* %lowEnd, align 8
  %781 = icmp ule i64 %764, %780
  %782 = and i1 %779, %781
  br i1 %782, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %783 = icmp ugt i64 %764, %arena_size
  br i1 %783, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %write.ok147
  %784 = getelementptr i8, i8* %mem, i64 %763
  store i32 %761, i32* %unaligned154, align 4
  %785 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %784, i8* %785, i64 4, i1 false)
  %786 = load i32, i32* %args_out, align 4
  %787 = load i64, i64* %fuel, align 8
  %788 = getelementptr i64, i64* %regs, i64 0
  store i64 %787, i64* %788, align 8
  %789 = load i64, i64* %lowStart, align 8
  %790 = getelementptr i64, i64* %regs, i64 6
  store i64 %789, i64* %790, align 8
  %791 = load i64, i64* %lowEnd, align 8
  %792 = getelementptr i64, i64* %regs, i64 7
  store i64 %791, i64* %792, align 8
  %793 = load i64, i64* %highEnd, align 8
  %794 = getelementptr i64, i64* %regs, i64 8
  store i64 %793, i64* %794, align 8
  ret i32 %786

ok153:                                            ; preds = %write.slow151
  %795 = icmp ult i64 %763, %scratch_start
  %796 = load i64, i64* %lowEnd, align 8
  %797 = load i64, i64* %highEnd, align 8
  %798 = call i64 @llvm.umax.i64(i64 %796, i64 %764)
  %799 = select i1 %795, i64 %798, i64 %796
  store i64 %799, i64* %lowEnd, align 8
  %800 = call i64 @llvm.umax.i64(i64 %797, i64 %764)
  %801 = select i1 %795, i64 %797, i64 %800
  store i64 %801, i64* %highEnd, align 8
  %802 = load i64, i64* %lowStart, align 8
  %803 = call i64 @llvm.umin.i64(i64 %802, i64 %763)
  store i64 %803, i64* %lowStart, align 8
  br label %write.ok152
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
  %unaligned132 = alloca i64, align 8
  %unaligned138 = alloca i64, align 8
  %result139 = alloca double, align 8
  %unaligned141 = alloca i32, align 4
  %unaligned145 = alloca i64, align 8
  %result147 = alloca i64, align 8
  %unaligned149 = alloca i32, align 4
  %unaligned155 = alloca i64, align 8
  %result156 = alloca double, align 8
  %unaligned158 = alloca i32, align 4
  %unaligned164 = alloca i32, align 4
  %unaligned168 = alloca i64, align 8
  %unaligned177 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %each64, %each57, %each52, %body
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
  %51 = add i64 %50, 8
  %52 = icmp ugt i64 %51, %arena_size
  br i1 %52, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok187, %ok178, %ok40, %ok28, %ok1
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
  %65 = add i64 %64, 8
  %66 = add i64 %65, 8
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow174, %cont166, %join161, %write.ok153, %write.slow152, %e54, %cont143, %write.ok136, %write.slow135, %cont, %write.ok124, %write.slow123, %write.slow118, %write.slow113, %write.slow108, %write.slow103, %write.slow98, %write.slow93, %write.slow79, %write.slow74, %write.slow69, %write.slow64, %write.slow59, %write.slow54, %write.slow43, %write.slow36, %write.slow31, %write.slow23, %write.slow17, %write.slow12, %write.slow, %ok3, %ok2, %stack_ok
  %68 = load i64, i64* %lowStart, align 8
  %69 = getelementptr i64, i64* %regs, i64 6
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %lowEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 7
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %highEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 8
  store i64 %72, i64* %73, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %74 = getelementptr i8, i8* %mem, i64 %65
  %75 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %74, i64 8, i1 false)
  %76 = load i64, i64* %unaligned4, align 8
  %77 = bitcast i64 %76 to double
  store double %77, double* %y, align 8
  %78 = load i32, i32* %args, align 4
  %79 = zext i32 %78 to i64
  %80 = add i64 %79, 16
  %81 = add i64 %80, 4
  %82 = icmp ugt i64 %81, %arena_size
  br i1 %82, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %83 = getelementptr i8, i8* %mem, i64 %80
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

e0:                                               ; preds = %write.ok175
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
  br i1 %101, label %trap15.site0, label %ok178

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
  br i1 %115, label %write.ok, label %write.low

trap15.site5:                                     ; preds = %join191, %ok5
  %116 = load i64, i64* %lowStart, align 8
  %117 = getelementptr i64, i64* %regs, i64 6
  store i64 %116, i64* %117, align 8
  %118 = load i64, i64* %lowEnd, align 8
  %119 = getelementptr i64, i64* %regs, i64 7
  store i64 %118, i64* %119, align 8
  %120 = load i64, i64* %highEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 8
  store i64 %120, i64* %121, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low:                                        ; preds = %ok8
  %122 = load i64, i64* %lowStart, align 8
  %123 = icmp uge i64 %110, %122
  %124 = load i64, i64* %lowEnd, align 8
  %125 = icmp ule i64 %111, %124
  %126 = and i1 %123, %125
  br i1 %126, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %127 = icmp ugt i64 %111, %arena_size
  br i1 %127, label %trap17.site0, label %ok9

write.ok:                                         ; preds = %ok9, %write.low, %ok8
  %128 = getelementptr i8, i8* %mem, i64 %110
  %129 = bitcast double %109 to i64
  %130 = and i64 %129, 9223372036854775807
  %131 = icmp ugt i64 %130, 9218868437227405312
  %132 = select i1 %131, i64 9221120237041090560, i64 %129
  store i64 %132, i64* %unaligned10, align 8
  %133 = bitcast i64* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %128, i8* %133, i64 8, i1 false)
  %134 = load double, double* %x, align 8
  %135 = load double, double* %y, align 8
  %136 = fsub double %134, %135
  store double %136, double* %diff, align 8
  %137 = load i32, i32* %dict, align 4
  %138 = load double, double* %diff, align 8
  %139 = zext i32 %137 to i64
  %140 = add i64 %139, 8
  %141 = add i64 %140, 8
  %142 = icmp uge i64 %140, %scratch_start
  %143 = load i64, i64* %highEnd, align 8
  %144 = icmp ule i64 %141, %143
  %145 = and i1 %142, %144
  br i1 %145, label %write.ok13, label %write.low11

ok9:                                              ; preds = %write.slow
  %146 = icmp ult i64 %110, %scratch_start
  %147 = load i64, i64* %lowEnd, align 8
  %148 = load i64, i64* %highEnd, align 8
  %149 = call i64 @llvm.umax.i64(i64 %147, i64 %111)
  %150 = select i1 %146, i64 %149, i64 %147
  store i64 %150, i64* %lowEnd, align 8
  %151 = call i64 @llvm.umax.i64(i64 %148, i64 %111)
  %152 = select i1 %146, i64 %148, i64 %151
  store i64 %152, i64* %highEnd, align 8
  %153 = load i64, i64* %lowStart, align 8
  %154 = call i64 @llvm.umin.i64(i64 %153, i64 %110)
  store i64 %154, i64* %lowStart, align 8
  br label %write.ok

write.low11:                                      ; preds = %write.ok
  %155 = load i64, i64* %lowStart, align 8
  %156 = icmp uge i64 %140, %155
  %157 = load i64, i64* %lowEnd, align 8
  %158 = icmp ule i64 %141, %157
  %159 = and i1 %156, %158
  br i1 %159, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %160 = icmp ugt i64 %141, %arena_size
  br i1 %160, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok
  %161 = getelementptr i8, i8* %mem, i64 %140
  %162 = bitcast double %138 to i64
  %163 = and i64 %162, 9223372036854775807
  %164 = icmp ugt i64 %163, 9218868437227405312
  %165 = select i1 %164, i64 9221120237041090560, i64 %162
  store i64 %165, i64* %unaligned15, align 8
  %166 = bitcast i64* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %161, i8* %166, i64 8, i1 false)
  %167 = load double, double* %x, align 8
  %168 = load double, double* %y, align 8
  %169 = fmul double %167, %168
  store double %169, double* %prod, align 8
  %170 = load i32, i32* %dict, align 4
  %171 = load double, double* %prod, align 8
  %172 = zext i32 %170 to i64
  %173 = add i64 %172, 16
  %174 = add i64 %173, 8
  %175 = icmp uge i64 %173, %scratch_start
  %176 = load i64, i64* %highEnd, align 8
  %177 = icmp ule i64 %174, %176
  %178 = and i1 %175, %177
  br i1 %178, label %write.ok18, label %write.low16

ok14:                                             ; preds = %write.slow12
  %179 = icmp ult i64 %140, %scratch_start
  %180 = load i64, i64* %lowEnd, align 8
  %181 = load i64, i64* %highEnd, align 8
  %182 = call i64 @llvm.umax.i64(i64 %180, i64 %141)
  %183 = select i1 %179, i64 %182, i64 %180
  store i64 %183, i64* %lowEnd, align 8
  %184 = call i64 @llvm.umax.i64(i64 %181, i64 %141)
  %185 = select i1 %179, i64 %181, i64 %184
  store i64 %185, i64* %highEnd, align 8
  %186 = load i64, i64* %lowStart, align 8
  %187 = call i64 @llvm.umin.i64(i64 %186, i64 %140)
  store i64 %187, i64* %lowStart, align 8
  br label %write.ok13

write.low16:                                      ; preds = %write.ok13
  %188 = load i64, i64* %lowStart, align 8
  %189 = icmp uge i64 %173, %188
  %190 = load i64, i64* %lowEnd, align 8
  %191 = icmp ule i64 %174, %190
  %192 = and i1 %189, %191
  br i1 %192, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %193 = icmp ugt i64 %174, %arena_size
  br i1 %193, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %write.ok13
  %194 = getelementptr i8, i8* %mem, i64 %173
  %195 = bitcast double %171 to i64
  %196 = and i64 %195, 9223372036854775807
  %197 = icmp ugt i64 %196, 9218868437227405312
  %198 = select i1 %197, i64 9221120237041090560, i64 %195
  store i64 %198, i64* %unaligned20, align 8
  %199 = bitcast i64* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %194, i8* %199, i64 8, i1 false)
  %200 = load double, double* %x, align 8
  %201 = load double, double* %y, align 8
  %202 = fcmp oeq double %201, 0.000000e+00
  br i1 %202, label %trap1.site9, label %ok21

ok19:                                             ; preds = %write.slow17
  %203 = icmp ult i64 %173, %scratch_start
  %204 = load i64, i64* %lowEnd, align 8
  %205 = load i64, i64* %highEnd, align 8
  %206 = call i64 @llvm.umax.i64(i64 %204, i64 %174)
  %207 = select i1 %203, i64 %206, i64 %204
  store i64 %207, i64* %lowEnd, align 8
  %208 = call i64 @llvm.umax.i64(i64 %205, i64 %174)
  %209 = select i1 %203, i64 %205, i64 %208
  store i64 %209, i64* %highEnd, align 8
  %210 = load i64, i64* %lowStart, align 8
  %211 = call i64 @llvm.umin.i64(i64 %210, i64 %173)
  store i64 %211, i64* %lowStart, align 8
  br label %write.ok18

ok21:                                             ; preds = %write.ok18
  %212 = fdiv double %200, %201
  store double %212, double* %quot, align 8
  %213 = load i32, i32* %dict, align 4
  %214 = load double, double* %quot, align 8
  %215 = zext i32 %213 to i64
  %216 = add i64 %215, 24
  %217 = add i64 %216, 8
  %218 = icmp uge i64 %216, %scratch_start
  %219 = load i64, i64* %highEnd, align 8
  %220 = icmp ule i64 %217, %219
  %221 = and i1 %218, %220
  br i1 %221, label %write.ok24, label %write.low22

trap1.site9:                                      ; preds = %write.ok18
  %222 = load i64, i64* %lowStart, align 8
  %223 = getelementptr i64, i64* %regs, i64 6
  store i64 %222, i64* %223, align 8
  %224 = load i64, i64* %lowEnd, align 8
  %225 = getelementptr i64, i64* %regs, i64 7
  store i64 %224, i64* %225, align 8
  %226 = load i64, i64* %highEnd, align 8
  %227 = getelementptr i64, i64* %regs, i64 8
  store i64 %226, i64* %227, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

write.low22:                                      ; preds = %ok21
  %228 = load i64, i64* %lowStart, align 8
  %229 = icmp uge i64 %216, %228
  %230 = load i64, i64* %lowEnd, align 8
  %231 = icmp ule i64 %217, %230
  %232 = and i1 %229, %231
  br i1 %232, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %233 = icmp ugt i64 %217, %arena_size
  br i1 %233, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok21
  %234 = getelementptr i8, i8* %mem, i64 %216
  %235 = bitcast double %214 to i64
  %236 = and i64 %235, 9223372036854775807
  %237 = icmp ugt i64 %236, 9218868437227405312
  %238 = select i1 %237, i64 9221120237041090560, i64 %235
  store i64 %238, i64* %unaligned26, align 8
  %239 = bitcast i64* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %234, i8* %239, i64 8, i1 false)
  %240 = load double, double* %x, align 8
  store double %240, double* %x.1, align 8
  %241 = load double, double* %y, align 8
  store double %241, double* %y.1, align 8
  %242 = load double, double* %y.1, align 8
  %243 = fcmp oeq double %242, 0.000000e+00
  %244 = zext i1 %243 to i32
  %245 = icmp ne i32 %244, 0
  br i1 %245, label %then, label %else

ok25:                                             ; preds = %write.slow23
  %246 = icmp ult i64 %216, %scratch_start
  %247 = load i64, i64* %lowEnd, align 8
  %248 = load i64, i64* %highEnd, align 8
  %249 = call i64 @llvm.umax.i64(i64 %247, i64 %217)
  %250 = select i1 %246, i64 %249, i64 %247
  store i64 %250, i64* %lowEnd, align 8
  %251 = call i64 @llvm.umax.i64(i64 %248, i64 %217)
  %252 = select i1 %246, i64 %248, i64 %251
  store i64 %252, i64* %highEnd, align 8
  %253 = load i64, i64* %lowStart, align 8
  %254 = call i64 @llvm.umin.i64(i64 %253, i64 %216)
  store i64 %254, i64* %lowStart, align 8
  br label %write.ok24

e13:                                              ; preds = %stack_ok29
  %255 = load double, double* %result27, align 8
  store double %255, double* %rem, align 8
  %256 = load i32, i32* %dict, align 4
  %257 = load double, double* %rem, align 8
  %258 = zext i32 %256 to i64
  %259 = add i64 %258, 32
  %260 = add i64 %259, 8
  %261 = icmp uge i64 %259, %scratch_start
  %262 = load i64, i64* %highEnd, align 8
  %263 = icmp ule i64 %260, %262
  %264 = and i1 %261, %263
  br i1 %264, label %write.ok32, label %write.low30

then:                                             ; preds = %write.ok24
  br label %trap1.site10

else:                                             ; preds = %write.ok24
  br label %join

join:                                             ; preds = %else, %dead
  %265 = load double, double* %x.1, align 8
  %266 = load double, double* %y.1, align 8
  %267 = icmp uge i32 %depth, 1000
  br i1 %267, label %trap15.site10, label %ok28

trap1.site10:                                     ; preds = %then
  %268 = load i64, i64* %lowStart, align 8
  %269 = getelementptr i64, i64* %regs, i64 6
  store i64 %268, i64* %269, align 8
  %270 = load i64, i64* %lowEnd, align 8
  %271 = getelementptr i64, i64* %regs, i64 7
  store i64 %270, i64* %271, align 8
  %272 = load i64, i64* %highEnd, align 8
  %273 = getelementptr i64, i64* %regs, i64 8
  store i64 %272, i64* %273, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok28:                                             ; preds = %join
  %274 = icmp ult i64 %10, %stack_limit
  br i1 %274, label %trap253.site0, label %stack_ok29

trap15.site10:                                    ; preds = %join
  %275 = load i64, i64* %lowStart, align 8
  %276 = getelementptr i64, i64* %regs, i64 6
  store i64 %275, i64* %276, align 8
  %277 = load i64, i64* %lowEnd, align 8
  %278 = getelementptr i64, i64* %regs, i64 7
  store i64 %277, i64* %278, align 8
  %279 = load i64, i64* %highEnd, align 8
  %280 = getelementptr i64, i64* %regs, i64 8
  store i64 %279, i64* %280, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %281 = load i64, i64* %fuel, align 8
  %282 = getelementptr i64, i64* %regs, i64 0
  store i64 %281, i64* %282, align 8
  %283 = load i64, i64* %lowStart, align 8
  %284 = getelementptr i64, i64* %regs, i64 6
  store i64 %283, i64* %284, align 8
  %285 = load i64, i64* %lowEnd, align 8
  %286 = getelementptr i64, i64* %regs, i64 7
  store i64 %285, i64* %286, align 8
  %287 = load i64, i64* %highEnd, align 8
  %288 = getelementptr i64, i64* %regs, i64 8
  store i64 %287, i64* %288, align 8
  %289 = add i32 %depth, 1
  %290 = call double @m0.rt.fmod(i64* %regs, i8* %mem, i32 %289, double %265, double %266)
  %291 = getelementptr i64, i64* %regs, i64 0
  %292 = load i64, i64* %291, align 8
  store i64 %292, i64* %fuel, align 8
  %293 = getelementptr i64, i64* %regs, i64 6
  %294 = load i64, i64* %293, align 8
  store i64 %294, i64* %lowStart, align 8
  %295 = getelementptr i64, i64* %regs, i64 7
  %296 = load i64, i64* %295, align 8
  store i64 %296, i64* %lowEnd, align 8
  %297 = getelementptr i64, i64* %regs, i64 8
  %298 = load i64, i64* %297, align 8
  store i64 %298, i64* %highEnd, align 8
  store double %290, double* %result27, align 8
  br label %e13

write.low30:                                      ; preds = %e13
  %299 = load i64, i64* %lowStart, align 8
  %300 = icmp uge i64 %259, %299
  %301 = load i64, i64* %lowEnd, align 8
  %302 = icmp ule i64 %260, %301
  %303 = and i1 %300, %302
  br i1 %303, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %304 = icmp ugt i64 %260, %arena_size
  br i1 %304, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %e13
  %305 = getelementptr i8, i8* %mem, i64 %259
  %306 = bitcast double %257 to i64
  %307 = and i64 %306, 9223372036854775807
  %308 = icmp ugt i64 %307, 9218868437227405312
  %309 = select i1 %308, i64 9221120237041090560, i64 %306
  store i64 %309, i64* %unaligned34, align 8
  %310 = bitcast i64* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %305, i8* %310, i64 8, i1 false)
  %311 = load double, double* %x, align 8
  %312 = call double @llvm.sqrt.f64(double %311)
  store double %312, double* %root, align 8
  %313 = load i32, i32* %dict, align 4
  %314 = load double, double* %root, align 8
  %315 = zext i32 %313 to i64
  %316 = add i64 %315, 40
  %317 = add i64 %316, 8
  %318 = icmp uge i64 %316, %scratch_start
  %319 = load i64, i64* %highEnd, align 8
  %320 = icmp ule i64 %317, %319
  %321 = and i1 %318, %320
  br i1 %321, label %write.ok37, label %write.low35

ok33:                                             ; preds = %write.slow31
  %322 = icmp ult i64 %259, %scratch_start
  %323 = load i64, i64* %lowEnd, align 8
  %324 = load i64, i64* %highEnd, align 8
  %325 = call i64 @llvm.umax.i64(i64 %323, i64 %260)
  %326 = select i1 %322, i64 %325, i64 %323
  store i64 %326, i64* %lowEnd, align 8
  %327 = call i64 @llvm.umax.i64(i64 %324, i64 %260)
  %328 = select i1 %322, i64 %324, i64 %327
  store i64 %328, i64* %highEnd, align 8
  %329 = load i64, i64* %lowStart, align 8
  %330 = call i64 @llvm.umin.i64(i64 %329, i64 %259)
  store i64 %330, i64* %lowStart, align 8
  br label %write.ok32

write.low35:                                      ; preds = %write.ok32
  %331 = load i64, i64* %lowStart, align 8
  %332 = icmp uge i64 %316, %331
  %333 = load i64, i64* %lowEnd, align 8
  %334 = icmp ule i64 %317, %333
  %335 = and i1 %332, %334
  br i1 %335, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %336 = icmp ugt i64 %317, %arena_size
  br i1 %336, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %write.ok32
  %337 = getelementptr i8, i8* %mem, i64 %316
  %338 = bitcast double %314 to i64
  %339 = and i64 %338, 9223372036854775807
  %340 = icmp ugt i64 %339, 9218868437227405312
  %341 = select i1 %340, i64 9221120237041090560, i64 %338
  store i64 %341, i64* %unaligned39, align 8
  %342 = bitcast i64* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %337, i8* %342, i64 8, i1 false)
  %343 = load double, double* %x, align 8
  %344 = icmp uge i32 %depth, 1000
  br i1 %344, label %trap15.site12, label %ok40

ok38:                                             ; preds = %write.slow36
  %345 = icmp ult i64 %316, %scratch_start
  %346 = load i64, i64* %lowEnd, align 8
  %347 = load i64, i64* %highEnd, align 8
  %348 = call i64 @llvm.umax.i64(i64 %346, i64 %317)
  %349 = select i1 %345, i64 %348, i64 %346
  store i64 %349, i64* %lowEnd, align 8
  %350 = call i64 @llvm.umax.i64(i64 %347, i64 %317)
  %351 = select i1 %345, i64 %347, i64 %350
  store i64 %351, i64* %highEnd, align 8
  %352 = load i64, i64* %lowStart, align 8
  %353 = call i64 @llvm.umin.i64(i64 %352, i64 %316)
  store i64 %353, i64* %lowStart, align 8
  br label %write.ok37

ok40:                                             ; preds = %write.ok37
  %354 = icmp ult i64 %10, %stack_limit
  br i1 %354, label %trap253.site0, label %stack_ok41

trap15.site12:                                    ; preds = %write.ok37
  %355 = load i64, i64* %lowStart, align 8
  %356 = getelementptr i64, i64* %regs, i64 6
  store i64 %355, i64* %356, align 8
  %357 = load i64, i64* %lowEnd, align 8
  %358 = getelementptr i64, i64* %regs, i64 7
  store i64 %357, i64* %358, align 8
  %359 = load i64, i64* %highEnd, align 8
  %360 = getelementptr i64, i64* %regs, i64 8
  store i64 %359, i64* %360, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok41:                                       ; preds = %ok40
  %361 = load i64, i64* %fuel, align 8
  %362 = getelementptr i64, i64* %regs, i64 0
  store i64 %361, i64* %362, align 8
  %363 = load i64, i64* %lowStart, align 8
  %364 = getelementptr i64, i64* %regs, i64 6
  store i64 %363, i64* %364, align 8
  %365 = load i64, i64* %lowEnd, align 8
  %366 = getelementptr i64, i64* %regs, i64 7
  store i64 %365, i64* %366, align 8
  %367 = load i64, i64* %highEnd, align 8
  %368 = getelementptr i64, i64* %regs, i64 8
  store i64 %367, i64* %368, align 8
  %369 = add i32 %depth, 1
  %370 = call double @m0.rt.pow(i64* %regs, i8* %mem, i32 %369, double %343, double 2.000000e+00)
  %371 = getelementptr i64, i64* %regs, i64 0
  %372 = load i64, i64* %371, align 8
  store i64 %372, i64* %fuel, align 8
  %373 = getelementptr i64, i64* %regs, i64 6
  %374 = load i64, i64* %373, align 8
  store i64 %374, i64* %lowStart, align 8
  %375 = getelementptr i64, i64* %regs, i64 7
  %376 = load i64, i64* %375, align 8
  store i64 %376, i64* %lowEnd, align 8
  %377 = getelementptr i64, i64* %regs, i64 8
  %378 = load i64, i64* %377, align 8
  store i64 %378, i64* %highEnd, align 8
  store double %370, double* %power, align 8
  %379 = load i32, i32* %dict, align 4
  %380 = load double, double* %power, align 8
  %381 = zext i32 %379 to i64
  %382 = add i64 %381, 48
  %383 = add i64 %382, 8
  %384 = icmp uge i64 %382, %scratch_start
  %385 = load i64, i64* %highEnd, align 8
  %386 = icmp ule i64 %383, %385
  %387 = and i1 %384, %386
  br i1 %387, label %write.ok44, label %write.low42

write.low42:                                      ; preds = %stack_ok41
  %388 = load i64, i64* %lowStart, align 8
  %389 = icmp uge i64 %382, %388
  %390 = load i64, i64* %lowEnd, align 8
  %391 = icmp ule i64 %383, %390
  %392 = and i1 %389, %391
  br i1 %392, label %write.ok44, label %write.slow43

write.slow43:                                     ; preds = %write.low42
  %393 = icmp ugt i64 %383, %arena_size
  br i1 %393, label %trap17.site0, label %ok45

write.ok44:                                       ; preds = %ok45, %write.low42, %stack_ok41
  %394 = getelementptr i8, i8* %mem, i64 %382
  %395 = bitcast double %380 to i64
  %396 = and i64 %395, 9223372036854775807
  %397 = icmp ugt i64 %396, 9218868437227405312
  %398 = select i1 %397, i64 9221120237041090560, i64 %395
  store i64 %398, i64* %unaligned46, align 8
  %399 = bitcast i64* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %394, i8* %399, i64 8, i1 false)
  %400 = load double, double* %x, align 8
  %401 = call double @llvm.floor.f64(double %400)
  %402 = call i64 @llvm.fptosi.sat.i64.f64(double %401)
  store i64 %402, i64* %item, align 8
  %403 = load double, double* %x, align 8
  %404 = call double @llvm.ceil.f64(double %403)
  %405 = call i64 @llvm.fptosi.sat.i64.f64(double %404)
  store i64 %405, i64* %item.1, align 8
  %406 = load double, double* %x, align 8
  %407 = call double @llvm.roundeven.f64(double %406)
  %408 = call i64 @llvm.fptosi.sat.i64.f64(double %407)
  store i64 %408, i64* %item.2, align 8
  store i64 -2, i64* %item.3, align 8
  store i64 40, i64* %size, align 8
  %409 = load i64, i64* %size, align 8
  %410 = icmp ugt i64 %409, 2147483647
  %411 = zext i1 %410 to i32
  %412 = icmp ne i32 %411, 0
  br i1 %412, label %then48, label %else49

ok45:                                             ; preds = %write.slow43
  %413 = icmp ult i64 %382, %scratch_start
  %414 = load i64, i64* %lowEnd, align 8
  %415 = load i64, i64* %highEnd, align 8
  %416 = call i64 @llvm.umax.i64(i64 %414, i64 %383)
  %417 = select i1 %413, i64 %416, i64 %414
  store i64 %417, i64* %lowEnd, align 8
  %418 = call i64 @llvm.umax.i64(i64 %415, i64 %383)
  %419 = select i1 %413, i64 %415, i64 %418
  store i64 %419, i64* %highEnd, align 8
  %420 = load i64, i64* %lowStart, align 8
  %421 = call i64 @llvm.umin.i64(i64 %420, i64 %382)
  store i64 %421, i64* %lowStart, align 8
  br label %write.ok44

e21:                                              ; preds = %write.ok75
  %422 = load i32, i32* %result47, align 4
  store i32 %422, i32* %rounded, align 4
  %423 = load i32, i32* %dict, align 4
  %424 = load i32, i32* %rounded, align 4
  %425 = zext i32 %423 to i64
  %426 = add i64 %425, 56
  %427 = add i64 %426, 4
  %428 = icmp uge i64 %426, %scratch_start
  %429 = load i64, i64* %highEnd, align 8
  %430 = icmp ule i64 %427, %429
  %431 = and i1 %428, %430
  br i1 %431, label %write.ok80, label %write.low78

then48:                                           ; preds = %write.ok44
  br label %trap15.site13

else49:                                           ; preds = %write.ok44
  br label %join50

join50:                                           ; preds = %else49, %dead51
  %432 = load i64, i64* %size, align 8
  %433 = trunc i64 %432 to i32
  %434 = zext i32 %433 to i64
  %435 = getelementptr i64, i64* %regs, i64 1
  %436 = getelementptr i64, i64* %regs, i64 2
  %437 = load i64, i64* %435, align 8
  %438 = add i64 %437, 7
  %439 = and i64 %438, -8
  %440 = add i64 %439, %434
  %441 = load i64, i64* %436, align 8
  %442 = icmp ugt i64 %440, %441
  br i1 %442, label %trap15.site13, label %ok52

trap15.site13:                                    ; preds = %join50, %then48
  %443 = load i64, i64* %lowStart, align 8
  %444 = getelementptr i64, i64* %regs, i64 6
  store i64 %443, i64* %444, align 8
  %445 = load i64, i64* %lowEnd, align 8
  %446 = getelementptr i64, i64* %regs, i64 7
  store i64 %445, i64* %446, align 8
  %447 = load i64, i64* %highEnd, align 8
  %448 = getelementptr i64, i64* %regs, i64 8
  store i64 %447, i64* %448, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead51:                                           ; No predecessors!
  br label %join50

ok52:                                             ; preds = %join50
  store i64 %440, i64* %435, align 8
  %449 = load i64, i64* %highEnd, align 8
  %450 = call i64 @llvm.umax.i64(i64 %449, i64 %440)
  store i64 %450, i64* %highEnd, align 8
  %451 = trunc i64 %439 to i32
  store i32 %451, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %452 = load i32, i32* %list, align 4
  %453 = add i32 %452, 8
  %454 = load i32, i32* %len, align 4
  %455 = mul i32 %454, 8
  %456 = add i32 %453, %455
  %457 = load i64, i64* %item, align 8
  %458 = zext i32 %456 to i64
  %459 = add i64 %458, 8
  %460 = icmp uge i64 %458, %scratch_start
  %461 = load i64, i64* %highEnd, align 8
  %462 = icmp ule i64 %459, %461
  %463 = and i1 %460, %462
  br i1 %463, label %write.ok55, label %write.low53

write.low53:                                      ; preds = %ok52
  %464 = load i64, i64* %lowStart, align 8
  %465 = icmp uge i64 %458, %464
  %466 = load i64, i64* %lowEnd, align 8
  %467 = icmp ule i64 %459, %466
  %468 = and i1 %465, %467
  br i1 %468, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %469 = icmp ugt i64 %459, %arena_size
  br i1 %469, label %trap17.site0, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %470 = getelementptr i8, i8* %mem, i64 %458
  store i64 %457, i64* %unaligned57, align 8
  %471 = bitcast i64* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %470, i8* %471, i64 8, i1 false)
  %472 = load i32, i32* %len, align 4
  %473 = add i32 %472, 1
  store i32 %473, i32* %len, align 4
  %474 = load i32, i32* %list, align 4
  %475 = add i32 %474, 8
  %476 = load i32, i32* %len, align 4
  %477 = mul i32 %476, 8
  %478 = add i32 %475, %477
  %479 = load i64, i64* %item.1, align 8
  %480 = zext i32 %478 to i64
  %481 = add i64 %480, 8
  %482 = icmp uge i64 %480, %scratch_start
  %483 = load i64, i64* %highEnd, align 8
  %484 = icmp ule i64 %481, %483
  %485 = and i1 %482, %484
  br i1 %485, label %write.ok60, label %write.low58

ok56:                                             ; preds = %write.slow54
  %486 = icmp ult i64 %458, %scratch_start
  %487 = load i64, i64* %lowEnd, align 8
  %488 = load i64, i64* %highEnd, align 8
  %489 = call i64 @llvm.umax.i64(i64 %487, i64 %459)
  %490 = select i1 %486, i64 %489, i64 %487
  store i64 %490, i64* %lowEnd, align 8
  %491 = call i64 @llvm.umax.i64(i64 %488, i64 %459)
  %492 = select i1 %486, i64 %488, i64 %491
  store i64 %492, i64* %highEnd, align 8
  %493 = load i64, i64* %lowStart, align 8
  %494 = call i64 @llvm.umin.i64(i64 %493, i64 %458)
  store i64 %494, i64* %lowStart, align 8
  br label %write.ok55

write.low58:                                      ; preds = %write.ok55
  %495 = load i64, i64* %lowStart, align 8
  %496 = icmp uge i64 %480, %495
  %497 = load i64, i64* %lowEnd, align 8
  %498 = icmp ule i64 %481, %497
  %499 = and i1 %496, %498
  br i1 %499, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %500 = icmp ugt i64 %481, %arena_size
  br i1 %500, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %write.ok55
  %501 = getelementptr i8, i8* %mem, i64 %480
  store i64 %479, i64* %unaligned62, align 8
  %502 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %501, i8* %502, i64 8, i1 false)
  %503 = load i32, i32* %len, align 4
  %504 = add i32 %503, 1
  store i32 %504, i32* %len, align 4
  %505 = load i32, i32* %list, align 4
  %506 = add i32 %505, 8
  %507 = load i32, i32* %len, align 4
  %508 = mul i32 %507, 8
  %509 = add i32 %506, %508
  %510 = load i64, i64* %item.2, align 8
  %511 = zext i32 %509 to i64
  %512 = add i64 %511, 8
  %513 = icmp uge i64 %511, %scratch_start
  %514 = load i64, i64* %highEnd, align 8
  %515 = icmp ule i64 %512, %514
  %516 = and i1 %513, %515
  br i1 %516, label %write.ok65, label %write.low63

ok61:                                             ; preds = %write.slow59
  %517 = icmp ult i64 %480, %scratch_start
  %518 = load i64, i64* %lowEnd, align 8
  %519 = load i64, i64* %highEnd, align 8
  %520 = call i64 @llvm.umax.i64(i64 %518, i64 %481)
  %521 = select i1 %517, i64 %520, i64 %518
  store i64 %521, i64* %lowEnd, align 8
  %522 = call i64 @llvm.umax.i64(i64 %519, i64 %481)
  %523 = select i1 %517, i64 %519, i64 %522
  store i64 %523, i64* %highEnd, align 8
  %524 = load i64, i64* %lowStart, align 8
  %525 = call i64 @llvm.umin.i64(i64 %524, i64 %480)
  store i64 %525, i64* %lowStart, align 8
  br label %write.ok60

write.low63:                                      ; preds = %write.ok60
  %526 = load i64, i64* %lowStart, align 8
  %527 = icmp uge i64 %511, %526
  %528 = load i64, i64* %lowEnd, align 8
  %529 = icmp ule i64 %512, %528
  %530 = and i1 %527, %529
  br i1 %530, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %531 = icmp ugt i64 %512, %arena_size
  br i1 %531, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %write.ok60
  %532 = getelementptr i8, i8* %mem, i64 %511
  store i64 %510, i64* %unaligned67, align 8
  %533 = bitcast i64* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %532, i8* %533, i64 8, i1 false)
  %534 = load i32, i32* %len, align 4
  %535 = add i32 %534, 1
  store i32 %535, i32* %len, align 4
  %536 = load i32, i32* %list, align 4
  %537 = add i32 %536, 8
  %538 = load i32, i32* %len, align 4
  %539 = mul i32 %538, 8
  %540 = add i32 %537, %539
  %541 = load i64, i64* %item.3, align 8
  %542 = zext i32 %540 to i64
  %543 = add i64 %542, 8
  %544 = icmp uge i64 %542, %scratch_start
  %545 = load i64, i64* %highEnd, align 8
  %546 = icmp ule i64 %543, %545
  %547 = and i1 %544, %546
  br i1 %547, label %write.ok70, label %write.low68

ok66:                                             ; preds = %write.slow64
  %548 = icmp ult i64 %511, %scratch_start
  %549 = load i64, i64* %lowEnd, align 8
  %550 = load i64, i64* %highEnd, align 8
  %551 = call i64 @llvm.umax.i64(i64 %549, i64 %512)
  %552 = select i1 %548, i64 %551, i64 %549
  store i64 %552, i64* %lowEnd, align 8
  %553 = call i64 @llvm.umax.i64(i64 %550, i64 %512)
  %554 = select i1 %548, i64 %550, i64 %553
  store i64 %554, i64* %highEnd, align 8
  %555 = load i64, i64* %lowStart, align 8
  %556 = call i64 @llvm.umin.i64(i64 %555, i64 %511)
  store i64 %556, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %write.ok65
  %557 = load i64, i64* %lowStart, align 8
  %558 = icmp uge i64 %542, %557
  %559 = load i64, i64* %lowEnd, align 8
  %560 = icmp ule i64 %543, %559
  %561 = and i1 %558, %560
  br i1 %561, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %562 = icmp ugt i64 %543, %arena_size
  br i1 %562, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %write.ok65
  %563 = getelementptr i8, i8* %mem, i64 %542
  store i64 %541, i64* %unaligned72, align 8
  %564 = bitcast i64* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %563, i8* %564, i64 8, i1 false)
  %565 = load i32, i32* %len, align 4
  %566 = add i32 %565, 1
  store i32 %566, i32* %len, align 4
  %567 = load i32, i32* %list, align 4
  %568 = load i32, i32* %len, align 4
  %569 = zext i32 %567 to i64
  %570 = add i64 %569, 4
  %571 = icmp uge i64 %569, %scratch_start
  %572 = load i64, i64* %highEnd, align 8
  %573 = icmp ule i64 %570, %572
  %574 = and i1 %571, %573
  br i1 %574, label %write.ok75, label %write.low73

ok71:                                             ; preds = %write.slow69
  %575 = icmp ult i64 %542, %scratch_start
  %576 = load i64, i64* %lowEnd, align 8
  %577 = load i64, i64* %highEnd, align 8
  %578 = call i64 @llvm.umax.i64(i64 %576, i64 %543)
  %579 = select i1 %575, i64 %578, i64 %576
  store i64 %579, i64* %lowEnd, align 8
  %580 = call i64 @llvm.umax.i64(i64 %577, i64 %543)
  %581 = select i1 %575, i64 %577, i64 %580
  store i64 %581, i64* %highEnd, align 8
  %582 = load i64, i64* %lowStart, align 8
  %583 = call i64 @llvm.umin.i64(i64 %582, i64 %542)
  store i64 %583, i64* %lowStart, align 8
  br label %write.ok70

write.low73:                                      ; preds = %write.ok70
  %584 = load i64, i64* %lowStart, align 8
  %585 = icmp uge i64 %569, %584
  %586 = load i64, i64* %lowEnd, align 8
  %587 = icmp ule i64 %570, %586
  %588 = and i1 %585, %587
  br i1 %588, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %589 = icmp ugt i64 %570, %arena_size
  br i1 %589, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %write.ok70
  %590 = getelementptr i8, i8* %mem, i64 %569
  store i32 %568, i32* %unaligned77, align 4
  %591 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %590, i8* %591, i64 4, i1 false)
  %592 = load i32, i32* %list, align 4
  store i32 %592, i32* %result47, align 4
  br label %e21

ok76:                                             ; preds = %write.slow74
  %593 = icmp ult i64 %569, %scratch_start
  %594 = load i64, i64* %lowEnd, align 8
  %595 = load i64, i64* %highEnd, align 8
  %596 = call i64 @llvm.umax.i64(i64 %594, i64 %570)
  %597 = select i1 %593, i64 %596, i64 %594
  store i64 %597, i64* %lowEnd, align 8
  %598 = call i64 @llvm.umax.i64(i64 %595, i64 %570)
  %599 = select i1 %593, i64 %595, i64 %598
  store i64 %599, i64* %highEnd, align 8
  %600 = load i64, i64* %lowStart, align 8
  %601 = call i64 @llvm.umin.i64(i64 %600, i64 %569)
  store i64 %601, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %e21
  %602 = load i64, i64* %lowStart, align 8
  %603 = icmp uge i64 %426, %602
  %604 = load i64, i64* %lowEnd, align 8
  %605 = icmp ule i64 %427, %604
  %606 = and i1 %603, %605
  br i1 %606, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %607 = icmp ugt i64 %427, %arena_size
  br i1 %607, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e21
  %608 = getelementptr i8, i8* %mem, i64 %426
  store i32 %424, i32* %unaligned82, align 4
  %609 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %608, i8* %609, i64 4, i1 false)
  %610 = load double, double* %x, align 8
  store double %610, double* %a, align 8
  %611 = load double, double* %y, align 8
  store double %611, double* %b, align 8
  %612 = load double, double* %a, align 8
  %613 = load double, double* %b, align 8
  %614 = load double, double* %a, align 8
  %615 = load double, double* %b, align 8
  %616 = fcmp olt double %614, %615
  %617 = zext i1 %616 to i32
  %618 = icmp ne i32 %617, 0
  %619 = select i1 %618, double %612, double %613
  store double %619, double* %result84, align 8
  br label %e31

ok81:                                             ; preds = %write.slow79
  %620 = icmp ult i64 %426, %scratch_start
  %621 = load i64, i64* %lowEnd, align 8
  %622 = load i64, i64* %highEnd, align 8
  %623 = call i64 @llvm.umax.i64(i64 %621, i64 %427)
  %624 = select i1 %620, i64 %623, i64 %621
  store i64 %624, i64* %lowEnd, align 8
  %625 = call i64 @llvm.umax.i64(i64 %622, i64 %427)
  %626 = select i1 %620, i64 %622, i64 %625
  store i64 %626, i64* %highEnd, align 8
  %627 = load i64, i64* %lowStart, align 8
  %628 = call i64 @llvm.umin.i64(i64 %627, i64 %426)
  store i64 %628, i64* %lowStart, align 8
  br label %write.ok80

e30:                                              ; preds = %write.ok114
  %629 = load i32, i32* %result83, align 4
  store i32 %629, i32* %bounds, align 4
  %630 = load i32, i32* %dict, align 4
  %631 = load i32, i32* %bounds, align 4
  %632 = zext i32 %630 to i64
  %633 = add i64 %632, 60
  %634 = add i64 %633, 4
  %635 = icmp uge i64 %633, %scratch_start
  %636 = load i64, i64* %highEnd, align 8
  %637 = icmp ule i64 %634, %636
  %638 = and i1 %635, %637
  br i1 %638, label %write.ok119, label %write.low117

e31:                                              ; preds = %write.ok80
  %639 = load double, double* %result84, align 8
  store double %639, double* %item.4, align 8
  %640 = load double, double* %x, align 8
  store double %640, double* %a.1, align 8
  %641 = load double, double* %y, align 8
  store double %641, double* %b.1, align 8
  %642 = load double, double* %a.1, align 8
  %643 = load double, double* %b.1, align 8
  %644 = load double, double* %a.1, align 8
  %645 = load double, double* %b.1, align 8
  %646 = fcmp ogt double %644, %645
  %647 = zext i1 %646 to i32
  %648 = icmp ne i32 %647, 0
  %649 = select i1 %648, double %642, double %643
  store double %649, double* %result85, align 8
  br label %e34

e34:                                              ; preds = %e31
  %650 = load double, double* %result85, align 8
  store double %650, double* %item.5, align 8
  %651 = load double, double* %x, align 8
  store double %651, double* %v, align 8
  store double 0.000000e+00, double* %lo, align 8
  store double 1.000000e+00, double* %hi, align 8
  %652 = load double, double* %lo, align 8
  %653 = load double, double* %hi, align 8
  %654 = load double, double* %v, align 8
  %655 = load double, double* %v, align 8
  %656 = load double, double* %hi, align 8
  %657 = fcmp ogt double %655, %656
  %658 = zext i1 %657 to i32
  %659 = icmp ne i32 %658, 0
  %660 = select i1 %659, double %653, double %654
  %661 = load double, double* %v, align 8
  %662 = load double, double* %lo, align 8
  %663 = fcmp olt double %661, %662
  %664 = zext i1 %663 to i32
  %665 = icmp ne i32 %664, 0
  %666 = select i1 %665, double %652, double %660
  store double %666, double* %result86, align 8
  br label %e37

e37:                                              ; preds = %e34
  %667 = load double, double* %result86, align 8
  store double %667, double* %item.6, align 8
  %668 = load double, double* %y, align 8
  %669 = fneg double %668
  %670 = call double @llvm.fabs.f64(double %669)
  store double %670, double* %item.7, align 8
  store i64 40, i64* %size.1, align 8
  %671 = load i64, i64* %size.1, align 8
  %672 = icmp ugt i64 %671, 2147483647
  %673 = zext i1 %672 to i32
  %674 = icmp ne i32 %673, 0
  br i1 %674, label %then87, label %else88

then87:                                           ; preds = %e37
  br label %trap15.site18

else88:                                           ; preds = %e37
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %675 = load i64, i64* %size.1, align 8
  %676 = trunc i64 %675 to i32
  %677 = zext i32 %676 to i64
  %678 = getelementptr i64, i64* %regs, i64 1
  %679 = getelementptr i64, i64* %regs, i64 2
  %680 = load i64, i64* %678, align 8
  %681 = add i64 %680, 7
  %682 = and i64 %681, -8
  %683 = add i64 %682, %677
  %684 = load i64, i64* %679, align 8
  %685 = icmp ugt i64 %683, %684
  br i1 %685, label %trap15.site18, label %ok91

trap15.site18:                                    ; preds = %join89, %then87
  %686 = load i64, i64* %lowStart, align 8
  %687 = getelementptr i64, i64* %regs, i64 6
  store i64 %686, i64* %687, align 8
  %688 = load i64, i64* %lowEnd, align 8
  %689 = getelementptr i64, i64* %regs, i64 7
  store i64 %688, i64* %689, align 8
  %690 = load i64, i64* %highEnd, align 8
  %691 = getelementptr i64, i64* %regs, i64 8
  store i64 %690, i64* %691, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

ok91:                                             ; preds = %join89
  store i64 %683, i64* %678, align 8
  %692 = load i64, i64* %highEnd, align 8
  %693 = call i64 @llvm.umax.i64(i64 %692, i64 %683)
  store i64 %693, i64* %highEnd, align 8
  %694 = trunc i64 %682 to i32
  store i32 %694, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %695 = load i32, i32* %list.1, align 4
  %696 = add i32 %695, 8
  %697 = load i32, i32* %len.1, align 4
  %698 = mul i32 %697, 8
  %699 = add i32 %696, %698
  %700 = load double, double* %item.4, align 8
  %701 = zext i32 %699 to i64
  %702 = add i64 %701, 8
  %703 = icmp uge i64 %701, %scratch_start
  %704 = load i64, i64* %highEnd, align 8
  %705 = icmp ule i64 %702, %704
  %706 = and i1 %703, %705
  br i1 %706, label %write.ok94, label %write.low92

write.low92:                                      ; preds = %ok91
  %707 = load i64, i64* %lowStart, align 8
  %708 = icmp uge i64 %701, %707
  %709 = load i64, i64* %lowEnd, align 8
  %710 = icmp ule i64 %702, %709
  %711 = and i1 %708, %710
  br i1 %711, label %write.ok94, label %write.slow93

write.slow93:                                     ; preds = %write.low92
  %712 = icmp ugt i64 %702, %arena_size
  br i1 %712, label %trap17.site0, label %ok95

write.ok94:                                       ; preds = %ok95, %write.low92, %ok91
  %713 = getelementptr i8, i8* %mem, i64 %701
  %714 = bitcast double %700 to i64
  %715 = and i64 %714, 9223372036854775807
  %716 = icmp ugt i64 %715, 9218868437227405312
  %717 = select i1 %716, i64 9221120237041090560, i64 %714
  store i64 %717, i64* %unaligned96, align 8
  %718 = bitcast i64* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %713, i8* %718, i64 8, i1 false)
  %719 = load i32, i32* %len.1, align 4
  %720 = add i32 %719, 1
  store i32 %720, i32* %len.1, align 4
  %721 = load i32, i32* %list.1, align 4
  %722 = add i32 %721, 8
  %723 = load i32, i32* %len.1, align 4
  %724 = mul i32 %723, 8
  %725 = add i32 %722, %724
  %726 = load double, double* %item.5, align 8
  %727 = zext i32 %725 to i64
  %728 = add i64 %727, 8
  %729 = icmp uge i64 %727, %scratch_start
  %730 = load i64, i64* %highEnd, align 8
  %731 = icmp ule i64 %728, %730
  %732 = and i1 %729, %731
  br i1 %732, label %write.ok99, label %write.low97

ok95:                                             ; preds = %write.slow93
  %733 = icmp ult i64 %701, %scratch_start
  %734 = load i64, i64* %lowEnd, align 8
  %735 = load i64, i64* %highEnd, align 8
  %736 = call i64 @llvm.umax.i64(i64 %734, i64 %702)
  %737 = select i1 %733, i64 %736, i64 %734
  store i64 %737, i64* %lowEnd, align 8
  %738 = call i64 @llvm.umax.i64(i64 %735, i64 %702)
  %739 = select i1 %733, i64 %735, i64 %738
  store i64 %739, i64* %highEnd, align 8
  %740 = load i64, i64* %lowStart, align 8
  %741 = call i64 @llvm.umin.i64(i64 %740, i64 %701)
  store i64 %741, i64* %lowStart, align 8
  br label %write.ok94

write.low97:                                      ; preds = %write.ok94
  %742 = load i64, i64* %lowStart, align 8
  %743 = icmp uge i64 %727, %742
  %744 = load i64, i64* %lowEnd, align 8
  %745 = icmp ule i64 %728, %744
  %746 = and i1 %743, %745
  br i1 %746, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %747 = icmp ugt i64 %728, %arena_size
  br i1 %747, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %write.ok94
  %748 = getelementptr i8, i8* %mem, i64 %727
  %749 = bitcast double %726 to i64
  %750 = and i64 %749, 9223372036854775807
  %751 = icmp ugt i64 %750, 9218868437227405312
  %752 = select i1 %751, i64 9221120237041090560, i64 %749
  store i64 %752, i64* %unaligned101, align 8
  %753 = bitcast i64* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %748, i8* %753, i64 8, i1 false)
  %754 = load i32, i32* %len.1, align 4
  %755 = add i32 %754, 1
  store i32 %755, i32* %len.1, align 4
  %756 = load i32, i32* %list.1, align 4
  %757 = add i32 %756, 8
  %758 = load i32, i32* %len.1, align 4
  %759 = mul i32 %758, 8
  %760 = add i32 %757, %759
  %761 = load double, double* %item.6, align 8
  %762 = zext i32 %760 to i64
  %763 = add i64 %762, 8
  %764 = icmp uge i64 %762, %scratch_start
  %765 = load i64, i64* %highEnd, align 8
  %766 = icmp ule i64 %763, %765
  %767 = and i1 %764, %766
  br i1 %767, label %write.ok104, label %write.low102

ok100:                                            ; preds = %write.slow98
  %768 = icmp ult i64 %727, %scratch_start
  %769 = load i64, i64* %lowEnd, align 8
  %770 = load i64, i64* %highEnd, align 8
  %771 = call i64 @llvm.umax.i64(i64 %769, i64 %728)
  %772 = select i1 %768, i64 %771, i64 %769
  store i64 %772, i64* %lowEnd, align 8
  %773 = call i64 @llvm.umax.i64(i64 %770, i64 %728)
  %774 = select i1 %768, i64 %770, i64 %773
  store i64 %774, i64* %highEnd, align 8
  %775 = load i64, i64* %lowStart, align 8
  %776 = call i64 @llvm.umin.i64(i64 %775, i64 %727)
  store i64 %776, i64* %lowStart, align 8
  br label %write.ok99

write.low102:                                     ; preds = %write.ok99
  %777 = load i64, i64* %lowStart, align 8
  %778 = icmp uge i64 %762, %777
  %779 = load i64, i64* %lowEnd, align 8
  %780 = icmp ule i64 %763, %779
  %781 = and i1 %778, %780
  br i1 %781, label %write.ok104, label %write.slow103

write.slow103:                                    ; preds = %write.low102
  %782 = icmp ugt i64 %763, %arena_size
  br i1 %782, label %trap17.site0, label %ok105

write.ok104:                                      ; preds = %ok105, %write.low102, %write.ok99
  %783 = getelementptr i8, i8* %mem, i64 %762
  %784 = bitcast double %761 to i64
  %785 = and i64 %784, 9223372036854775807
  %786 = icmp ugt i64 %785, 9218868437227405312
  %787 = select i1 %786, i64 9221120237041090560, i64 %784
  store i64 %787, i64* %unaligned106, align 8
  %788 = bitcast i64* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %783, i8* %788, i64 8, i1 false)
  %789 = load i32, i32* %len.1, align 4
  %790 = add i32 %789, 1
  store i32 %790, i32* %len.1, align 4
  %791 = load i32, i32* %list.1, align 4
  %792 = add i32 %791, 8
  %793 = load i32, i32* %len.1, align 4
  %794 = mul i32 %793, 8
  %795 = add i32 %792, %794
  %796 = load double, double* %item.7, align 8
  %797 = zext i32 %795 to i64
  %798 = add i64 %797, 8
  %799 = icmp uge i64 %797, %scratch_start
  %800 = load i64, i64* %highEnd, align 8
  %801 = icmp ule i64 %798, %800
  %802 = and i1 %799, %801
  br i1 %802, label %write.ok109, label %write.low107

ok105:                                            ; preds = %write.slow103
  %803 = icmp ult i64 %762, %scratch_start
  %804 = load i64, i64* %lowEnd, align 8
  %805 = load i64, i64* %highEnd, align 8
  %806 = call i64 @llvm.umax.i64(i64 %804, i64 %763)
  %807 = select i1 %803, i64 %806, i64 %804
  store i64 %807, i64* %lowEnd, align 8
  %808 = call i64 @llvm.umax.i64(i64 %805, i64 %763)
  %809 = select i1 %803, i64 %805, i64 %808
  store i64 %809, i64* %highEnd, align 8
  %810 = load i64, i64* %lowStart, align 8
  %811 = call i64 @llvm.umin.i64(i64 %810, i64 %762)
  store i64 %811, i64* %lowStart, align 8
  br label %write.ok104

write.low107:                                     ; preds = %write.ok104
  %812 = load i64, i64* %lowStart, align 8
  %813 = icmp uge i64 %797, %812
  %814 = load i64, i64* %lowEnd, align 8
  %815 = icmp ule i64 %798, %814
  %816 = and i1 %813, %815
  br i1 %816, label %write.ok109, label %write.slow108

write.slow108:                                    ; preds = %write.low107
  %817 = icmp ugt i64 %798, %arena_size
  br i1 %817, label %trap17.site0, label %ok110

write.ok109:                                      ; preds = %ok110, %write.low107, %write.ok104
  %818 = getelementptr i8, i8* %mem, i64 %797
  %819 = bitcast double %796 to i64
  %820 = and i64 %819, 9223372036854775807
  %821 = icmp ugt i64 %820, 9218868437227405312
  %822 = select i1 %821, i64 9221120237041090560, i64 %819
  store i64 %822, i64* %unaligned111, align 8
  %823 = bitcast i64* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %818, i8* %823, i64 8, i1 false)
  %824 = load i32, i32* %len.1, align 4
  %825 = add i32 %824, 1
  store i32 %825, i32* %len.1, align 4
  %826 = load i32, i32* %list.1, align 4
  %827 = load i32, i32* %len.1, align 4
  %828 = zext i32 %826 to i64
  %829 = add i64 %828, 4
  %830 = icmp uge i64 %828, %scratch_start
  %831 = load i64, i64* %highEnd, align 8
  %832 = icmp ule i64 %829, %831
  %833 = and i1 %830, %832
  br i1 %833, label %write.ok114, label %write.low112

ok110:                                            ; preds = %write.slow108
  %834 = icmp ult i64 %797, %scratch_start
  %835 = load i64, i64* %lowEnd, align 8
  %836 = load i64, i64* %highEnd, align 8
  %837 = call i64 @llvm.umax.i64(i64 %835, i64 %798)
  %838 = select i1 %834, i64 %837, i64 %835
  store i64 %838, i64* %lowEnd, align 8
  %839 = call i64 @llvm.umax.i64(i64 %836, i64 %798)
  %840 = select i1 %834, i64 %836, i64 %839
  store i64 %840, i64* %highEnd, align 8
  %841 = load i64, i64* %lowStart, align 8
  %842 = call i64 @llvm.umin.i64(i64 %841, i64 %797)
  store i64 %842, i64* %lowStart, align 8
  br label %write.ok109

write.low112:                                     ; preds = %write.ok109
  %843 = load i64, i64* %lowStart, align 8
  %844 = icmp uge i64 %828, %843
  %845 = load i64, i64* %lowEnd, align 8
  %846 = icmp ule i64 %829, %845
  %847 = and i1 %844, %846
  br i1 %847, label %write.ok114, label %write.slow113

write.slow113:                                    ; preds = %write.low112
  %848 = icmp ugt i64 %829, %arena_size
  br i1 %848, label %trap17.site0, label %ok115

write.ok114:                                      ; preds = %ok115, %write.low112, %write.ok109
  %849 = getelementptr i8, i8* %mem, i64 %828
  store i32 %827, i32* %unaligned116, align 4
  %850 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %849, i8* %850, i64 4, i1 false)
  %851 = load i32, i32* %list.1, align 4
  store i32 %851, i32* %result83, align 4
  br label %e30

ok115:                                            ; preds = %write.slow113
  %852 = icmp ult i64 %828, %scratch_start
  %853 = load i64, i64* %lowEnd, align 8
  %854 = load i64, i64* %highEnd, align 8
  %855 = call i64 @llvm.umax.i64(i64 %853, i64 %829)
  %856 = select i1 %852, i64 %855, i64 %853
  store i64 %856, i64* %lowEnd, align 8
  %857 = call i64 @llvm.umax.i64(i64 %854, i64 %829)
  %858 = select i1 %852, i64 %854, i64 %857
  store i64 %858, i64* %highEnd, align 8
  %859 = load i64, i64* %lowStart, align 8
  %860 = call i64 @llvm.umin.i64(i64 %859, i64 %828)
  store i64 %860, i64* %lowStart, align 8
  br label %write.ok114

write.low117:                                     ; preds = %e30
  %861 = load i64, i64* %lowStart, align 8
  %862 = icmp uge i64 %633, %861
  %863 = load i64, i64* %lowEnd, align 8
  %864 = icmp ule i64 %634, %863
  %865 = and i1 %862, %864
  br i1 %865, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %866 = icmp ugt i64 %634, %arena_size
  br i1 %866, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %e30
  %867 = getelementptr i8, i8* %mem, i64 %633
  store i32 %631, i32* %unaligned121, align 4
  %868 = bitcast i32* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %867, i8* %868, i64 4, i1 false)
  %869 = load double, double* %x, align 8
  %870 = fmul double %869, 2.000000e+00
  %871 = fadd double %870, 5.000000e-01
  store double %871, double* %mixed, align 8
  %872 = load i32, i32* %dict, align 4
  %873 = load double, double* %mixed, align 8
  %874 = zext i32 %872 to i64
  %875 = add i64 %874, 64
  %876 = add i64 %875, 8
  %877 = icmp uge i64 %875, %scratch_start
  %878 = load i64, i64* %highEnd, align 8
  %879 = icmp ule i64 %876, %878
  %880 = and i1 %877, %879
  br i1 %880, label %write.ok124, label %write.low122

ok120:                                            ; preds = %write.slow118
  %881 = icmp ult i64 %633, %scratch_start
  %882 = load i64, i64* %lowEnd, align 8
  %883 = load i64, i64* %highEnd, align 8
  %884 = call i64 @llvm.umax.i64(i64 %882, i64 %634)
  %885 = select i1 %881, i64 %884, i64 %882
  store i64 %885, i64* %lowEnd, align 8
  %886 = call i64 @llvm.umax.i64(i64 %883, i64 %634)
  %887 = select i1 %881, i64 %883, i64 %886
  store i64 %887, i64* %highEnd, align 8
  %888 = load i64, i64* %lowStart, align 8
  %889 = call i64 @llvm.umin.i64(i64 %888, i64 %633)
  store i64 %889, i64* %lowStart, align 8
  br label %write.ok119

write.low122:                                     ; preds = %write.ok119
  %890 = load i64, i64* %lowStart, align 8
  %891 = icmp uge i64 %875, %890
  %892 = load i64, i64* %lowEnd, align 8
  %893 = icmp ule i64 %876, %892
  %894 = and i1 %891, %893
  br i1 %894, label %write.ok124, label %write.slow123

write.slow123:                                    ; preds = %write.low122
  %895 = icmp ugt i64 %876, %arena_size
  br i1 %895, label %trap17.site0, label %ok125

write.ok124:                                      ; preds = %ok125, %write.low122, %write.ok119
  %896 = getelementptr i8, i8* %mem, i64 %875
  %897 = bitcast double %873 to i64
  %898 = and i64 %897, 9223372036854775807
  %899 = icmp ugt i64 %898, 9218868437227405312
  %900 = select i1 %899, i64 9221120237041090560, i64 %897
  store i64 %900, i64* %unaligned126, align 8
  %901 = bitcast i64* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %896, i8* %901, i64 8, i1 false)
  %902 = load i32, i32* %xs, align 4
  store i32 %902, i32* %xs.1, align 4
  store double 0.000000e+00, double* %sum.1, align 8
  %903 = load i32, i32* %xs.1, align 4
  %904 = zext i32 %903 to i64
  %905 = add i64 %904, 4
  %906 = icmp ugt i64 %905, %arena_size
  br i1 %906, label %trap17.site0, label %ok128

ok125:                                            ; preds = %write.slow123
  %907 = icmp ult i64 %875, %scratch_start
  %908 = load i64, i64* %lowEnd, align 8
  %909 = load i64, i64* %highEnd, align 8
  %910 = call i64 @llvm.umax.i64(i64 %908, i64 %876)
  %911 = select i1 %907, i64 %910, i64 %908
  store i64 %911, i64* %lowEnd, align 8
  %912 = call i64 @llvm.umax.i64(i64 %909, i64 %876)
  %913 = select i1 %907, i64 %909, i64 %912
  store i64 %913, i64* %highEnd, align 8
  %914 = load i64, i64* %lowStart, align 8
  %915 = call i64 @llvm.umin.i64(i64 %914, i64 %875)
  store i64 %915, i64* %lowStart, align 8
  br label %write.ok124

e49:                                              ; preds = %block51
  %916 = load double, double* %result127, align 8
  store double %916, double* %total, align 8
  %917 = load i32, i32* %dict, align 4
  %918 = load double, double* %total, align 8
  %919 = zext i32 %917 to i64
  %920 = add i64 %919, 72
  %921 = add i64 %920, 8
  %922 = icmp uge i64 %920, %scratch_start
  %923 = load i64, i64* %highEnd, align 8
  %924 = icmp ule i64 %921, %923
  %925 = and i1 %922, %924
  br i1 %925, label %write.ok136, label %write.low134

ok128:                                            ; preds = %write.ok124
  %926 = getelementptr i8, i8* %mem, i64 %904
  %927 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %927, i8* %926, i64 4, i1 false)
  %928 = load i32, i32* %unaligned129, align 4
  store i32 %928, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each52

block51:                                          ; preds = %dead133, %ok130
  %929 = load double, double* %sum.1, align 8
  store double %929, double* %result127, align 8
  br label %e49

each52:                                           ; preds = %ok131, %ok128
  %930 = load i64, i64* %fuel, align 8
  %931 = icmp ult i64 %930, 1
  br i1 %931, label %trap14.site0, label %ok130

ok130:                                            ; preds = %each52
  %932 = sub i64 %930, 1
  store i64 %932, i64* %fuel, align 8
  %933 = load i32, i32* %k, align 4
  %934 = load i32, i32* %n, align 4
  %935 = icmp uge i32 %933, %934
  %936 = zext i1 %935 to i32
  %937 = icmp ne i32 %936, 0
  br i1 %937, label %block51, label %cont

cont:                                             ; preds = %ok130
  %938 = load i32, i32* %xs.1, align 4
  %939 = load i32, i32* %k, align 4
  %940 = mul i32 %939, 8
  %941 = add i32 %938, %940
  %942 = zext i32 %941 to i64
  %943 = add i64 %942, 8
  %944 = add i64 %943, 8
  %945 = icmp ugt i64 %944, %arena_size
  br i1 %945, label %trap17.site0, label %ok131

ok131:                                            ; preds = %cont
  %946 = getelementptr i8, i8* %mem, i64 %943
  %947 = bitcast i64* %unaligned132 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %947, i8* %946, i64 8, i1 false)
  %948 = load i64, i64* %unaligned132, align 8
  %949 = bitcast i64 %948 to double
  store double %949, double* %x.2, align 8
  %950 = load double, double* %sum.1, align 8
  %951 = load double, double* %x.2, align 8
  %952 = fadd double %950, %951
  store double %952, double* %sum.1, align 8
  %953 = load i32, i32* %k, align 4
  %954 = add i32 %953, 1
  store i32 %954, i32* %k, align 4
  br label %each52

dead133:                                          ; No predecessors!
  br label %block51

write.low134:                                     ; preds = %e49
  %955 = load i64, i64* %lowStart, align 8
  %956 = icmp uge i64 %920, %955
  %957 = load i64, i64* %lowEnd, align 8
  %958 = icmp ule i64 %921, %957
  %959 = and i1 %956, %958
  br i1 %959, label %write.ok136, label %write.slow135

write.slow135:                                    ; preds = %write.low134
  %960 = icmp ugt i64 %921, %arena_size
  br i1 %960, label %trap17.site0, label %ok137

write.ok136:                                      ; preds = %ok137, %write.low134, %e49
  %961 = getelementptr i8, i8* %mem, i64 %920
  %962 = bitcast double %918 to i64
  %963 = and i64 %962, 9223372036854775807
  %964 = icmp ugt i64 %963, 9218868437227405312
  %965 = select i1 %964, i64 9221120237041090560, i64 %962
  store i64 %965, i64* %unaligned138, align 8
  %966 = bitcast i64* %unaligned138 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %961, i8* %966, i64 8, i1 false)
  %967 = load i32, i32* %xs, align 4
  store i32 %967, i32* %xs.2, align 4
  store double 0.000000e+00, double* %sum.2, align 8
  %968 = load i32, i32* %xs.2, align 4
  %969 = zext i32 %968 to i64
  %970 = add i64 %969, 4
  %971 = icmp ugt i64 %970, %arena_size
  br i1 %971, label %trap17.site0, label %ok140

ok137:                                            ; preds = %write.slow135
  %972 = icmp ult i64 %920, %scratch_start
  %973 = load i64, i64* %lowEnd, align 8
  %974 = load i64, i64* %highEnd, align 8
  %975 = call i64 @llvm.umax.i64(i64 %973, i64 %921)
  %976 = select i1 %972, i64 %975, i64 %973
  store i64 %976, i64* %lowEnd, align 8
  %977 = call i64 @llvm.umax.i64(i64 %974, i64 %921)
  %978 = select i1 %972, i64 %974, i64 %977
  store i64 %978, i64* %highEnd, align 8
  %979 = load i64, i64* %lowStart, align 8
  %980 = call i64 @llvm.umin.i64(i64 %979, i64 %920)
  store i64 %980, i64* %lowStart, align 8
  br label %write.ok136

e54:                                              ; preds = %block56
  %981 = load double, double* %result139, align 8
  %982 = load i32, i32* %xs, align 4
  store i32 %982, i32* %xs.3, align 4
  %983 = load i32, i32* %xs.3, align 4
  %984 = zext i32 %983 to i64
  %985 = add i64 %984, 4
  %986 = icmp ugt i64 %985, %arena_size
  br i1 %986, label %trap17.site0, label %ok148

ok140:                                            ; preds = %write.ok136
  %987 = getelementptr i8, i8* %mem, i64 %969
  %988 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %988, i8* %987, i64 4, i1 false)
  %989 = load i32, i32* %unaligned141, align 4
  store i32 %989, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each57

block56:                                          ; preds = %dead146, %ok142
  %990 = load double, double* %sum.2, align 8
  store double %990, double* %result139, align 8
  br label %e54

each57:                                           ; preds = %ok144, %ok140
  %991 = load i64, i64* %fuel, align 8
  %992 = icmp ult i64 %991, 1
  br i1 %992, label %trap14.site0, label %ok142

ok142:                                            ; preds = %each57
  %993 = sub i64 %991, 1
  store i64 %993, i64* %fuel, align 8
  %994 = load i32, i32* %k.1, align 4
  %995 = load i32, i32* %n.1, align 4
  %996 = icmp uge i32 %994, %995
  %997 = zext i1 %996 to i32
  %998 = icmp ne i32 %997, 0
  br i1 %998, label %block56, label %cont143

cont143:                                          ; preds = %ok142
  %999 = load i32, i32* %xs.2, align 4
  %1000 = load i32, i32* %k.1, align 4
  %1001 = mul i32 %1000, 8
  %1002 = add i32 %999, %1001
  %1003 = zext i32 %1002 to i64
  %1004 = add i64 %1003, 8
  %1005 = add i64 %1004, 8
  %1006 = icmp ugt i64 %1005, %arena_size
  br i1 %1006, label %trap17.site0, label %ok144

ok144:                                            ; preds = %cont143
  %1007 = getelementptr i8, i8* %mem, i64 %1004
  %1008 = bitcast i64* %unaligned145 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1008, i8* %1007, i64 8, i1 false)
  %1009 = load i64, i64* %unaligned145, align 8
  %1010 = bitcast i64 %1009 to double
  store double %1010, double* %x.3, align 8
  %1011 = load double, double* %sum.2, align 8
  %1012 = load double, double* %x.3, align 8
  %1013 = fadd double %1011, %1012
  store double %1013, double* %sum.2, align 8
  %1014 = load i32, i32* %k.1, align 4
  %1015 = add i32 %1014, 1
  store i32 %1015, i32* %k.1, align 4
  br label %each57

dead146:                                          ; No predecessors!
  br label %block56

e59:                                              ; preds = %ok148
  %1016 = load i64, i64* %result147, align 8
  %1017 = sitofp i64 %1016 to double
  %1018 = fcmp oeq double %1017, 0.000000e+00
  br i1 %1018, label %trap1.site26, label %ok150

ok148:                                            ; preds = %e54
  %1019 = getelementptr i8, i8* %mem, i64 %984
  %1020 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1020, i8* %1019, i64 4, i1 false)
  %1021 = load i32, i32* %unaligned149, align 4
  %1022 = zext i32 %1021 to i64
  store i64 %1022, i64* %result147, align 8
  br label %e59

ok150:                                            ; preds = %e59
  %1023 = fdiv double %981, %1017
  store double %1023, double* %mean, align 8
  %1024 = load i32, i32* %dict, align 4
  %1025 = load double, double* %mean, align 8
  %1026 = zext i32 %1024 to i64
  %1027 = add i64 %1026, 80
  %1028 = add i64 %1027, 8
  %1029 = icmp uge i64 %1027, %scratch_start
  %1030 = load i64, i64* %highEnd, align 8
  %1031 = icmp ule i64 %1028, %1030
  %1032 = and i1 %1029, %1031
  br i1 %1032, label %write.ok153, label %write.low151

trap1.site26:                                     ; preds = %e59
  %1033 = load i64, i64* %lowStart, align 8
  %1034 = getelementptr i64, i64* %regs, i64 6
  store i64 %1033, i64* %1034, align 8
  %1035 = load i64, i64* %lowEnd, align 8
  %1036 = getelementptr i64, i64* %regs, i64 7
  store i64 %1035, i64* %1036, align 8
  %1037 = load i64, i64* %highEnd, align 8
  %1038 = getelementptr i64, i64* %regs, i64 8
  store i64 %1037, i64* %1038, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 26)
  unreachable

write.low151:                                     ; preds = %ok150
  %1039 = load i64, i64* %lowStart, align 8
  %1040 = icmp uge i64 %1027, %1039
  %1041 = load i64, i64* %lowEnd, align 8
  %1042 = icmp ule i64 %1028, %1041
  %1043 = and i1 %1040, %1042
  br i1 %1043, label %write.ok153, label %write.slow152

write.slow152:                                    ; preds = %write.low151
  %1044 = icmp ugt i64 %1028, %arena_size
  br i1 %1044, label %trap17.site0, label %ok154

write.ok153:                                      ; preds = %ok154, %write.low151, %ok150
  %1045 = getelementptr i8, i8* %mem, i64 %1027
  %1046 = bitcast double %1025 to i64
  %1047 = and i64 %1046, 9223372036854775807
  %1048 = icmp ugt i64 %1047, 9218868437227405312
  %1049 = select i1 %1048, i64 9221120237041090560, i64 %1046
  store i64 %1049, i64* %unaligned155, align 8
  %1050 = bitcast i64* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1045, i8* %1050, i64 8, i1 false)
  %1051 = load i32, i32* %xs, align 4
  store i32 %1051, i32* %xs.4, align 4
  %1052 = load i32, i32* %xs.4, align 4
  %1053 = zext i32 %1052 to i64
  %1054 = add i64 %1053, 4
  %1055 = icmp ugt i64 %1054, %arena_size
  br i1 %1055, label %trap17.site0, label %ok157

ok154:                                            ; preds = %write.slow152
  %1056 = icmp ult i64 %1027, %scratch_start
  %1057 = load i64, i64* %lowEnd, align 8
  %1058 = load i64, i64* %highEnd, align 8
  %1059 = call i64 @llvm.umax.i64(i64 %1057, i64 %1028)
  %1060 = select i1 %1056, i64 %1059, i64 %1057
  store i64 %1060, i64* %lowEnd, align 8
  %1061 = call i64 @llvm.umax.i64(i64 %1058, i64 %1028)
  %1062 = select i1 %1056, i64 %1058, i64 %1061
  store i64 %1062, i64* %highEnd, align 8
  %1063 = load i64, i64* %lowStart, align 8
  %1064 = call i64 @llvm.umin.i64(i64 %1063, i64 %1027)
  store i64 %1064, i64* %lowStart, align 8
  br label %write.ok153

e61:                                              ; preds = %block63
  %1065 = load double, double* %result156, align 8
  store double %1065, double* %largest, align 8
  %1066 = load i32, i32* %dict, align 4
  %1067 = load double, double* %largest, align 8
  %1068 = zext i32 %1066 to i64
  %1069 = add i64 %1068, 88
  %1070 = add i64 %1069, 8
  %1071 = icmp uge i64 %1069, %scratch_start
  %1072 = load i64, i64* %highEnd, align 8
  %1073 = icmp ule i64 %1070, %1072
  %1074 = and i1 %1071, %1073
  br i1 %1074, label %write.ok175, label %write.low173

ok157:                                            ; preds = %write.ok153
  %1075 = getelementptr i8, i8* %mem, i64 %1053
  %1076 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1076, i8* %1075, i64 4, i1 false)
  %1077 = load i32, i32* %unaligned158, align 4
  %1078 = icmp eq i32 %1077, 0
  %1079 = zext i1 %1078 to i32
  %1080 = icmp ne i32 %1079, 0
  br i1 %1080, label %then159, label %else160

then159:                                          ; preds = %ok157
  br label %trap4.site29

else160:                                          ; preds = %ok157
  br label %join161

join161:                                          ; preds = %else160, %dead162
  store i32 1, i32* %first, align 4
  %1081 = load i32, i32* %xs.4, align 4
  %1082 = zext i32 %1081 to i64
  %1083 = add i64 %1082, 4
  %1084 = icmp ugt i64 %1083, %arena_size
  br i1 %1084, label %trap17.site0, label %ok163

trap4.site29:                                     ; preds = %then159
  %1085 = load i64, i64* %lowStart, align 8
  %1086 = getelementptr i64, i64* %regs, i64 6
  store i64 %1085, i64* %1086, align 8
  %1087 = load i64, i64* %lowEnd, align 8
  %1088 = getelementptr i64, i64* %regs, i64 7
  store i64 %1087, i64* %1088, align 8
  %1089 = load i64, i64* %highEnd, align 8
  %1090 = getelementptr i64, i64* %regs, i64 8
  store i64 %1089, i64* %1090, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 29)
  unreachable

dead162:                                          ; No predecessors!
  br label %join161

ok163:                                            ; preds = %join161
  %1091 = getelementptr i8, i8* %mem, i64 %1082
  %1092 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1092, i8* %1091, i64 4, i1 false)
  %1093 = load i32, i32* %unaligned164, align 4
  store i32 %1093, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each64

block63:                                          ; preds = %dead172, %ok165
  %1094 = load double, double* %best, align 8
  store double %1094, double* %result156, align 8
  br label %e61

each64:                                           ; preds = %join171, %ok163
  %1095 = load i64, i64* %fuel, align 8
  %1096 = icmp ult i64 %1095, 1
  br i1 %1096, label %trap14.site0, label %ok165

ok165:                                            ; preds = %each64
  %1097 = sub i64 %1095, 1
  store i64 %1097, i64* %fuel, align 8
  %1098 = load i32, i32* %k.2, align 4
  %1099 = load i32, i32* %n.2, align 4
  %1100 = icmp uge i32 %1098, %1099
  %1101 = zext i1 %1100 to i32
  %1102 = icmp ne i32 %1101, 0
  br i1 %1102, label %block63, label %cont166

cont166:                                          ; preds = %ok165
  %1103 = load i32, i32* %xs.4, align 4
  %1104 = load i32, i32* %k.2, align 4
  %1105 = mul i32 %1104, 8
  %1106 = add i32 %1103, %1105
  %1107 = zext i32 %1106 to i64
  %1108 = add i64 %1107, 8
  %1109 = add i64 %1108, 8
  %1110 = icmp ugt i64 %1109, %arena_size
  br i1 %1110, label %trap17.site0, label %ok167

ok167:                                            ; preds = %cont166
  %1111 = getelementptr i8, i8* %mem, i64 %1108
  %1112 = bitcast i64* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1112, i8* %1111, i64 8, i1 false)
  %1113 = load i64, i64* %unaligned168, align 8
  %1114 = bitcast i64 %1113 to double
  store double %1114, double* %x.4, align 8
  %1115 = load double, double* %x.4, align 8
  store double %1115, double* %x.5, align 8
  %1116 = load i32, i32* %first, align 4
  %1117 = load double, double* %x.5, align 8
  %1118 = load double, double* %best, align 8
  %1119 = fcmp ogt double %1117, %1118
  %1120 = zext i1 %1119 to i32
  %1121 = or i32 %1116, %1120
  %1122 = icmp ne i32 %1121, 0
  br i1 %1122, label %then169, label %else170

then169:                                          ; preds = %ok167
  %1123 = load double, double* %x.5, align 8
  store double %1123, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join171

else170:                                          ; preds = %ok167
  br label %join171

join171:                                          ; preds = %else170, %then169
  %1124 = load i32, i32* %k.2, align 4
  %1125 = add i32 %1124, 1
  store i32 %1125, i32* %k.2, align 4
  br label %each64

dead172:                                          ; No predecessors!
  br label %block63

write.low173:                                     ; preds = %e61
  %1126 = load i64, i64* %lowStart, align 8
  %1127 = icmp uge i64 %1069, %1126
  %1128 = load i64, i64* %lowEnd, align 8
  %1129 = icmp ule i64 %1070, %1128
  %1130 = and i1 %1127, %1129
  br i1 %1130, label %write.ok175, label %write.slow174

write.slow174:                                    ; preds = %write.low173
  %1131 = icmp ugt i64 %1070, %arena_size
  br i1 %1131, label %trap17.site0, label %ok176

write.ok175:                                      ; preds = %ok176, %write.low173, %e61
  %1132 = getelementptr i8, i8* %mem, i64 %1069
  %1133 = bitcast double %1067 to i64
  %1134 = and i64 %1133, 9223372036854775807
  %1135 = icmp ugt i64 %1134, 9218868437227405312
  %1136 = select i1 %1135, i64 9221120237041090560, i64 %1133
  store i64 %1136, i64* %unaligned177, align 8
  %1137 = bitcast i64* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1132, i8* %1137, i64 8, i1 false)
  %1138 = load i32, i32* %dict, align 4
  store i32 %1138, i32* %result7, align 4
  br label %e0

ok176:                                            ; preds = %write.slow174
  %1139 = icmp ult i64 %1069, %scratch_start
  %1140 = load i64, i64* %lowEnd, align 8
  %1141 = load i64, i64* %highEnd, align 8
  %1142 = call i64 @llvm.umax.i64(i64 %1140, i64 %1070)
  %1143 = select i1 %1139, i64 %1142, i64 %1140
  store i64 %1143, i64* %lowEnd, align 8
  %1144 = call i64 @llvm.umax.i64(i64 %1141, i64 %1070)
  %1145 = select i1 %1139, i64 %1141, i64 %1144
  store i64 %1145, i64* %highEnd, align 8
  %1146 = load i64, i64* %lowStart, align 8
  %1147 = call i64 @llvm.umin.i64(i64 %1146, i64 %1069)
  store i64 %1147, i64* %lowStart, align 8
  br label %write.ok175

ok178:                                            ; preds = %e0
  %1148 = icmp ult i64 %10, %stack_limit
  br i1 %1148, label %trap253.site0, label %stack_ok179

trap15.site0:                                     ; preds = %then184, %e0
  %1149 = load i64, i64* %lowStart, align 8
  %1150 = getelementptr i64, i64* %regs, i64 6
  store i64 %1149, i64* %1150, align 8
  %1151 = load i64, i64* %lowEnd, align 8
  %1152 = getelementptr i64, i64* %regs, i64 7
  store i64 %1151, i64* %1152, align 8
  %1153 = load i64, i64* %highEnd, align 8
  %1154 = getelementptr i64, i64* %regs, i64 8
  store i64 %1153, i64* %1154, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok179:                                      ; preds = %ok178
  %1155 = load i64, i64* %fuel, align 8
  %1156 = getelementptr i64, i64* %regs, i64 0
  store i64 %1155, i64* %1156, align 8
  %1157 = load i64, i64* %lowStart, align 8
  %1158 = getelementptr i64, i64* %regs, i64 6
  store i64 %1157, i64* %1158, align 8
  %1159 = load i64, i64* %lowEnd, align 8
  %1160 = getelementptr i64, i64* %regs, i64 7
  store i64 %1159, i64* %1160, align 8
  %1161 = load i64, i64* %highEnd, align 8
  %1162 = getelementptr i64, i64* %regs, i64 8
  store i64 %1161, i64* %1162, align 8
  %1163 = add i32 %depth, 1
  %1164 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1163, i32 %99, i32 %100, i32 0)
  %1165 = getelementptr i64, i64* %regs, i64 0
  %1166 = load i64, i64* %1165, align 8
  store i64 %1166, i64* %fuel, align 8
  %1167 = getelementptr i64, i64* %regs, i64 6
  %1168 = load i64, i64* %1167, align 8
  store i64 %1168, i64* %lowStart, align 8
  %1169 = getelementptr i64, i64* %regs, i64 7
  %1170 = load i64, i64* %1169, align 8
  store i64 %1170, i64* %lowEnd, align 8
  %1171 = getelementptr i64, i64* %regs, i64 8
  %1172 = load i64, i64* %1171, align 8
  store i64 %1172, i64* %highEnd, align 8
  store i32 %1164, i32* %json_end, align 4
  %1173 = load i32, i32* %json_end, align 4
  %1174 = icmp eq i32 %1173, -2
  %1175 = zext i1 %1174 to i32
  %1176 = icmp ne i32 %1175, 0
  br i1 %1176, label %then180, label %else181

then180:                                          ; preds = %stack_ok179
  br label %trap16.site5

else181:                                          ; preds = %stack_ok179
  br label %join182

join182:                                          ; preds = %else181, %dead183
  %1177 = load i32, i32* %json_end, align 4
  %1178 = icmp eq i32 %1177, -1
  %1179 = zext i1 %1178 to i32
  %1180 = icmp ne i32 %1179, 0
  br i1 %1180, label %then184, label %else185

trap16.site5:                                     ; preds = %then189, %then180
  %1181 = load i64, i64* %lowStart, align 8
  %1182 = getelementptr i64, i64* %regs, i64 6
  store i64 %1181, i64* %1182, align 8
  %1183 = load i64, i64* %lowEnd, align 8
  %1184 = getelementptr i64, i64* %regs, i64 7
  store i64 %1183, i64* %1184, align 8
  %1185 = load i64, i64* %highEnd, align 8
  %1186 = getelementptr i64, i64* %regs, i64 8
  store i64 %1185, i64* %1186, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead183:                                          ; No predecessors!
  br label %join182

then184:                                          ; preds = %join182
  %1187 = load i32, i32* %result.1, align 4
  %1188 = icmp uge i32 %depth, 1000
  br i1 %1188, label %trap15.site0, label %ok187

else185:                                          ; preds = %join182
  br label %join186

join186:                                          ; preds = %else185, %dead193
  %1189 = load i32, i32* %json_end, align 4
  %1190 = zext i32 %1189 to i64
  %1191 = getelementptr i64, i64* %regs, i64 3
  store i64 %1190, i64* %1191, align 8
  %1192 = load i32, i32* %json_end, align 4
  %1193 = load i32, i32* %json_start, align 4
  %1194 = sub i32 %1192, %1193
  %1195 = load i64, i64* %fuel, align 8
  %1196 = getelementptr i64, i64* %regs, i64 0
  store i64 %1195, i64* %1196, align 8
  %1197 = load i64, i64* %lowStart, align 8
  %1198 = getelementptr i64, i64* %regs, i64 6
  store i64 %1197, i64* %1198, align 8
  %1199 = load i64, i64* %lowEnd, align 8
  %1200 = getelementptr i64, i64* %regs, i64 7
  store i64 %1199, i64* %1200, align 8
  %1201 = load i64, i64* %highEnd, align 8
  %1202 = getelementptr i64, i64* %regs, i64 8
  store i64 %1201, i64* %1202, align 8
  ret i32 %1194

ok187:                                            ; preds = %then184
  %1203 = icmp ult i64 %10, %stack_limit
  br i1 %1203, label %trap253.site0, label %stack_ok188

stack_ok188:                                      ; preds = %ok187
  %1204 = load i64, i64* %fuel, align 8
  %1205 = getelementptr i64, i64* %regs, i64 0
  store i64 %1204, i64* %1205, align 8
  %1206 = load i64, i64* %lowStart, align 8
  %1207 = getelementptr i64, i64* %regs, i64 6
  store i64 %1206, i64* %1207, align 8
  %1208 = load i64, i64* %lowEnd, align 8
  %1209 = getelementptr i64, i64* %regs, i64 7
  store i64 %1208, i64* %1209, align 8
  %1210 = load i64, i64* %highEnd, align 8
  %1211 = getelementptr i64, i64* %regs, i64 8
  store i64 %1210, i64* %1211, align 8
  %1212 = add i32 %depth, 1
  %1213 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1212, i32 %1187)
  %1214 = getelementptr i64, i64* %regs, i64 0
  %1215 = load i64, i64* %1214, align 8
  store i64 %1215, i64* %fuel, align 8
  %1216 = getelementptr i64, i64* %regs, i64 6
  %1217 = load i64, i64* %1216, align 8
  store i64 %1217, i64* %lowStart, align 8
  %1218 = getelementptr i64, i64* %regs, i64 7
  %1219 = load i64, i64* %1218, align 8
  store i64 %1219, i64* %lowEnd, align 8
  %1220 = getelementptr i64, i64* %regs, i64 8
  %1221 = load i64, i64* %1220, align 8
  store i64 %1221, i64* %highEnd, align 8
  %1222 = icmp ne i32 %1213, 0
  br i1 %1222, label %then189, label %else190

then189:                                          ; preds = %stack_ok188
  br label %trap16.site5

else190:                                          ; preds = %stack_ok188
  br label %join191

join191:                                          ; preds = %else190, %dead192
  br label %trap15.site5

dead192:                                          ; No predecessors!
  br label %join191

dead193:                                          ; No predecessors!
  br label %join186
}
