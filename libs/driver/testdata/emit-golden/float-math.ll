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
  %740 = load i64, i64* %lowStart, align 8
  %741 = call i64 @llvm.umin.i64(i64 %740, i64 %706)
  %742 = load i64, i64* %lowEnd, align 8
  %743 = load i64, i64* %highEnd, align 8
  %744 = add i64 %707, 64
  %745 = sub i64 %707, %741
  %746 = lshr i64 %745, 4
  %747 = add i64 %744, %746
  %748 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %747)
  %749 = call i64 @llvm.umax.i64(i64 %742, i64 %748)
  %750 = select i1 %739, i64 %749, i64 %742
  store i64 %750, i64* %lowEnd, align 8
  %751 = add i64 %707, 64
  %752 = sub i64 %707, %scratch_start
  %753 = lshr i64 %752, 4
  %754 = add i64 %751, %753
  %755 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %754)
  %756 = call i64 @llvm.umax.i64(i64 %743, i64 %755)
  %757 = select i1 %739, i64 %743, i64 %756
  store i64 %757, i64* %highEnd, align 8
  store i64 %741, i64* %lowStart, align 8
  br label %write.ok

write.low145:                                     ; preds = %write.ok
  %758 = load i64, i64* %lowStart, align 8
  %759 = icmp uge i64 %733, %758
  %760 = load i64, i64* %lowEnd, align 8
  %761 = icmp ule i64 %734, %760
  %762 = and i1 %759, %761
  br i1 %762, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %763 = icmp ugt i64 %734, %arena_size
  br i1 %763, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %write.ok
  %764 = getelementptr i8, i8* %mem, i64 %733
  %765 = bitcast double %731 to i64
  %766 = and i64 %765, 9223372036854775807
  %767 = icmp ugt i64 %766, 9218868437227405312
  %768 = select i1 %767, i64 9221120237041090560, i64 %765
  store i64 %768, i64* %unaligned149, align 8
  %769 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %764, i8* %769, i64 8, i1 false)
  %770 = load i32, i32* %args_out, align 4
  %771 = load i32, i32* %arg.2, align 4
  %772 = zext i32 %770 to i64
  %773 = add i64 %772, 16
  %774 = add i64 %773, 4
  %775 = icmp uge i64 %773, %scratch_start
  %776 = load i64, i64* %highEnd, align 8
  %777 = icmp ule i64 %774, %776
  %778 = and i1 %775, %777
  br i1 %778, label %write.ok152, label %write.low150

ok148:                                            ; preds = %write.slow146
  %779 = icmp ult i64 %733, %scratch_start
  %780 = load i64, i64* %lowStart, align 8
  %781 = call i64 @llvm.umin.i64(i64 %780, i64 %733)
  %782 = load i64, i64* %lowEnd, align 8
  %783 = load i64, i64* %highEnd, align 8
  %784 = add i64 %734, 64
  %785 = sub i64 %734, %781
  %786 = lshr i64 %785, 4
  %787 = add i64 %784, %786
  %788 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %787)
  %789 = call i64 @llvm.umax.i64(i64 %782, i64 %788)
  %790 = select i1 %779, i64 %789, i64 %782
  store i64 %790, i64* %lowEnd, align 8
  %791 = add i64 %734, 64
  %792 = sub i64 %734, %scratch_start
  %793 = lshr i64 %792, 4
  %794 = add i64 %791, %793
  %795 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %794)
  %796 = call i64 @llvm.umax.i64(i64 %783, i64 %795)
  %797 = select i1 %779, i64 %783, i64 %796
  store i64 %797, i64* %highEnd, align 8
  store i64 %781, i64* %lowStart, align 8
  br label %write.ok147

write.low150:                                     ; preds = %write.ok147
  %798 = load i64, i64* %lowStart, align 8
  %799 = icmp uge i64 %773, %798
  %800 = load i64, i64* %lowEnd, align 8
  %801 = icmp ule i64 %774, %800
  %802 = and i1 %799, %801
  br i1 %802, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %803 = icmp ugt i64 %774, %arena_size
  br i1 %803, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %write.ok147
  %804 = getelementptr i8, i8* %mem, i64 %773
  store i32 %771, i32* %unaligned154, align 4
  %805 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %804, i8* %805, i64 4, i1 false)
  %806 = load i32, i32* %args_out, align 4
  %807 = load i64, i64* %fuel, align 8
  %808 = getelementptr i64, i64* %regs, i64 0
  store i64 %807, i64* %808, align 8
  %809 = load i64, i64* %lowStart, align 8
  %810 = getelementptr i64, i64* %regs, i64 6
  store i64 %809, i64* %810, align 8
  %811 = load i64, i64* %lowEnd, align 8
  %812 = getelementptr i64, i64* %regs, i64 7
  store i64 %811, i64* %812, align 8
  %813 = load i64, i64* %highEnd, align 8
  %814 = getelementptr i64, i64* %regs, i64 8
  store i64 %813, i64* %814, align 8
  ret i32 %806

ok153:                                            ; preds = %write.slow151
  %815 = icmp ult i64 %773, %scratch_start
  %816 = load i64, i64* %lowStart, align 8
  %817 = call i64 @llvm.umin.i64(i64 %816, i64 %773)
  %818 = load i64, i64* %lowEnd, align 8
  %819 = load i64, i64* %highEnd, align 8
  %820 = add i64 %774, 64
  %821 = sub i64 %774, %817
  %822 = lshr i64 %821, 4
  %823 = add i64 %820, %822
  %824 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %823)
  %825 = call i64 @llvm.umax.i64(i64 %818, i64 %824)
  %826 = select i1 %815, i64 %825, i64 %818
  store i64 %826, i64* %lowEnd, align 8
  %827 = add i64 %774, 64
  %828 = sub i64 %774, %scratch_start
  %829 = lshr i64 %828, 4
  %830 = add i64 %827, %829
  %831 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %830)
  %832 = call i64 @llvm.umax.i64(i64 %819, i64 %831)
  %833 = select i1 %815, i64 %819, i64 %832
  store i64 %833, i64* %highEnd, align 8
  store i64 %817, i64* %lowStart, align 8
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
  %147 = load i64, i64* %lowStart, align 8
  %148 = call i64 @llvm.umin.i64(i64 %147, i64 %110)
  %149 = load i64, i64* %lowEnd, align 8
  %150 = load i64, i64* %highEnd, align 8
  %151 = add i64 %111, 64
  %152 = sub i64 %111, %148
  %153 = lshr i64 %152, 4
  %154 = add i64 %151, %153
  %155 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %154)
  %156 = call i64 @llvm.umax.i64(i64 %149, i64 %155)
  %157 = select i1 %146, i64 %156, i64 %149
  store i64 %157, i64* %lowEnd, align 8
  %158 = add i64 %111, 64
  %159 = sub i64 %111, %scratch_start
  %160 = lshr i64 %159, 4
  %161 = add i64 %158, %160
  %162 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %161)
  %163 = call i64 @llvm.umax.i64(i64 %150, i64 %162)
  %164 = select i1 %146, i64 %150, i64 %163
  store i64 %164, i64* %highEnd, align 8
  store i64 %148, i64* %lowStart, align 8
  br label %write.ok

write.low11:                                      ; preds = %write.ok
  %165 = load i64, i64* %lowStart, align 8
  %166 = icmp uge i64 %140, %165
  %167 = load i64, i64* %lowEnd, align 8
  %168 = icmp ule i64 %141, %167
  %169 = and i1 %166, %168
  br i1 %169, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %170 = icmp ugt i64 %141, %arena_size
  br i1 %170, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok
  %171 = getelementptr i8, i8* %mem, i64 %140
  %172 = bitcast double %138 to i64
  %173 = and i64 %172, 9223372036854775807
  %174 = icmp ugt i64 %173, 9218868437227405312
  %175 = select i1 %174, i64 9221120237041090560, i64 %172
  store i64 %175, i64* %unaligned15, align 8
  %176 = bitcast i64* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %171, i8* %176, i64 8, i1 false)
  %177 = load double, double* %x, align 8
  %178 = load double, double* %y, align 8
  %179 = fmul double %177, %178
  store double %179, double* %prod, align 8
  %180 = load i32, i32* %dict, align 4
  %181 = load double, double* %prod, align 8
  %182 = zext i32 %180 to i64
  %183 = add i64 %182, 16
  %184 = add i64 %183, 8
  %185 = icmp uge i64 %183, %scratch_start
  %186 = load i64, i64* %highEnd, align 8
  %187 = icmp ule i64 %184, %186
  %188 = and i1 %185, %187
  br i1 %188, label %write.ok18, label %write.low16

ok14:                                             ; preds = %write.slow12
  %189 = icmp ult i64 %140, %scratch_start
  %190 = load i64, i64* %lowStart, align 8
  %191 = call i64 @llvm.umin.i64(i64 %190, i64 %140)
  %192 = load i64, i64* %lowEnd, align 8
  %193 = load i64, i64* %highEnd, align 8
  %194 = add i64 %141, 64
  %195 = sub i64 %141, %191
  %196 = lshr i64 %195, 4
  %197 = add i64 %194, %196
  %198 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %197)
  %199 = call i64 @llvm.umax.i64(i64 %192, i64 %198)
  %200 = select i1 %189, i64 %199, i64 %192
  store i64 %200, i64* %lowEnd, align 8
  %201 = add i64 %141, 64
  %202 = sub i64 %141, %scratch_start
  %203 = lshr i64 %202, 4
  %204 = add i64 %201, %203
  %205 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %204)
  %206 = call i64 @llvm.umax.i64(i64 %193, i64 %205)
  %207 = select i1 %189, i64 %193, i64 %206
  store i64 %207, i64* %highEnd, align 8
  store i64 %191, i64* %lowStart, align 8
  br label %write.ok13

write.low16:                                      ; preds = %write.ok13
  %208 = load i64, i64* %lowStart, align 8
  %209 = icmp uge i64 %183, %208
  %210 = load i64, i64* %lowEnd, align 8
  %211 = icmp ule i64 %184, %210
  %212 = and i1 %209, %211
  br i1 %212, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %213 = icmp ugt i64 %184, %arena_size
  br i1 %213, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %write.ok13
  %214 = getelementptr i8, i8* %mem, i64 %183
  %215 = bitcast double %181 to i64
  %216 = and i64 %215, 9223372036854775807
  %217 = icmp ugt i64 %216, 9218868437227405312
  %218 = select i1 %217, i64 9221120237041090560, i64 %215
  store i64 %218, i64* %unaligned20, align 8
  %219 = bitcast i64* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %214, i8* %219, i64 8, i1 false)
  %220 = load double, double* %x, align 8
  %221 = load double, double* %y, align 8
  %222 = fcmp oeq double %221, 0.000000e+00
  br i1 %222, label %trap1.site9, label %ok21

ok19:                                             ; preds = %write.slow17
  %223 = icmp ult i64 %183, %scratch_start
  %224 = load i64, i64* %lowStart, align 8
  %225 = call i64 @llvm.umin.i64(i64 %224, i64 %183)
  %226 = load i64, i64* %lowEnd, align 8
  %227 = load i64, i64* %highEnd, align 8
  %228 = add i64 %184, 64
  %229 = sub i64 %184, %225
  %230 = lshr i64 %229, 4
  %231 = add i64 %228, %230
  %232 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %231)
  %233 = call i64 @llvm.umax.i64(i64 %226, i64 %232)
  %234 = select i1 %223, i64 %233, i64 %226
  store i64 %234, i64* %lowEnd, align 8
  %235 = add i64 %184, 64
  %236 = sub i64 %184, %scratch_start
  %237 = lshr i64 %236, 4
  %238 = add i64 %235, %237
  %239 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %238)
  %240 = call i64 @llvm.umax.i64(i64 %227, i64 %239)
  %241 = select i1 %223, i64 %227, i64 %240
  store i64 %241, i64* %highEnd, align 8
  store i64 %225, i64* %lowStart, align 8
  br label %write.ok18

ok21:                                             ; preds = %write.ok18
  %242 = fdiv double %220, %221
  store double %242, double* %quot, align 8
  %243 = load i32, i32* %dict, align 4
  %244 = load double, double* %quot, align 8
  %245 = zext i32 %243 to i64
  %246 = add i64 %245, 24
  %247 = add i64 %246, 8
  %248 = icmp uge i64 %246, %scratch_start
  %249 = load i64, i64* %highEnd, align 8
  %250 = icmp ule i64 %247, %249
  %251 = and i1 %248, %250
  br i1 %251, label %write.ok24, label %write.low22

trap1.site9:                                      ; preds = %write.ok18
  %252 = load i64, i64* %lowStart, align 8
  %253 = getelementptr i64, i64* %regs, i64 6
  store i64 %252, i64* %253, align 8
  %254 = load i64, i64* %lowEnd, align 8
  %255 = getelementptr i64, i64* %regs, i64 7
  store i64 %254, i64* %255, align 8
  %256 = load i64, i64* %highEnd, align 8
  %257 = getelementptr i64, i64* %regs, i64 8
  store i64 %256, i64* %257, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

write.low22:                                      ; preds = %ok21
  %258 = load i64, i64* %lowStart, align 8
  %259 = icmp uge i64 %246, %258
  %260 = load i64, i64* %lowEnd, align 8
  %261 = icmp ule i64 %247, %260
  %262 = and i1 %259, %261
  br i1 %262, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %263 = icmp ugt i64 %247, %arena_size
  br i1 %263, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok21
  %264 = getelementptr i8, i8* %mem, i64 %246
  %265 = bitcast double %244 to i64
  %266 = and i64 %265, 9223372036854775807
  %267 = icmp ugt i64 %266, 9218868437227405312
  %268 = select i1 %267, i64 9221120237041090560, i64 %265
  store i64 %268, i64* %unaligned26, align 8
  %269 = bitcast i64* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %264, i8* %269, i64 8, i1 false)
  %270 = load double, double* %x, align 8
  store double %270, double* %x.1, align 8
  %271 = load double, double* %y, align 8
  store double %271, double* %y.1, align 8
  %272 = load double, double* %y.1, align 8
  %273 = fcmp oeq double %272, 0.000000e+00
  %274 = zext i1 %273 to i32
  %275 = icmp ne i32 %274, 0
  br i1 %275, label %then, label %else

ok25:                                             ; preds = %write.slow23
  %276 = icmp ult i64 %246, %scratch_start
  %277 = load i64, i64* %lowStart, align 8
  %278 = call i64 @llvm.umin.i64(i64 %277, i64 %246)
  %279 = load i64, i64* %lowEnd, align 8
  %280 = load i64, i64* %highEnd, align 8
  %281 = add i64 %247, 64
  %282 = sub i64 %247, %278
  %283 = lshr i64 %282, 4
  %284 = add i64 %281, %283
  %285 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %284)
  %286 = call i64 @llvm.umax.i64(i64 %279, i64 %285)
  %287 = select i1 %276, i64 %286, i64 %279
  store i64 %287, i64* %lowEnd, align 8
  %288 = add i64 %247, 64
  %289 = sub i64 %247, %scratch_start
  %290 = lshr i64 %289, 4
  %291 = add i64 %288, %290
  %292 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %291)
  %293 = call i64 @llvm.umax.i64(i64 %280, i64 %292)
  %294 = select i1 %276, i64 %280, i64 %293
  store i64 %294, i64* %highEnd, align 8
  store i64 %278, i64* %lowStart, align 8
  br label %write.ok24

e13:                                              ; preds = %stack_ok29
  %295 = load double, double* %result27, align 8
  store double %295, double* %rem, align 8
  %296 = load i32, i32* %dict, align 4
  %297 = load double, double* %rem, align 8
  %298 = zext i32 %296 to i64
  %299 = add i64 %298, 32
  %300 = add i64 %299, 8
  %301 = icmp uge i64 %299, %scratch_start
  %302 = load i64, i64* %highEnd, align 8
  %303 = icmp ule i64 %300, %302
  %304 = and i1 %301, %303
  br i1 %304, label %write.ok32, label %write.low30

then:                                             ; preds = %write.ok24
  br label %trap1.site10

else:                                             ; preds = %write.ok24
  br label %join

join:                                             ; preds = %else, %dead
  %305 = load double, double* %x.1, align 8
  %306 = load double, double* %y.1, align 8
  %307 = icmp uge i32 %depth, 1000
  br i1 %307, label %trap15.site10, label %ok28

trap1.site10:                                     ; preds = %then
  %308 = load i64, i64* %lowStart, align 8
  %309 = getelementptr i64, i64* %regs, i64 6
  store i64 %308, i64* %309, align 8
  %310 = load i64, i64* %lowEnd, align 8
  %311 = getelementptr i64, i64* %regs, i64 7
  store i64 %310, i64* %311, align 8
  %312 = load i64, i64* %highEnd, align 8
  %313 = getelementptr i64, i64* %regs, i64 8
  store i64 %312, i64* %313, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok28:                                             ; preds = %join
  %314 = icmp ult i64 %10, %stack_limit
  br i1 %314, label %trap253.site0, label %stack_ok29

trap15.site10:                                    ; preds = %join
  %315 = load i64, i64* %lowStart, align 8
  %316 = getelementptr i64, i64* %regs, i64 6
  store i64 %315, i64* %316, align 8
  %317 = load i64, i64* %lowEnd, align 8
  %318 = getelementptr i64, i64* %regs, i64 7
  store i64 %317, i64* %318, align 8
  %319 = load i64, i64* %highEnd, align 8
  %320 = getelementptr i64, i64* %regs, i64 8
  store i64 %319, i64* %320, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %321 = load i64, i64* %fuel, align 8
  %322 = getelementptr i64, i64* %regs, i64 0
  store i64 %321, i64* %322, align 8
  %323 = load i64, i64* %lowStart, align 8
  %324 = getelementptr i64, i64* %regs, i64 6
  store i64 %323, i64* %324, align 8
  %325 = load i64, i64* %lowEnd, align 8
  %326 = getelementptr i64, i64* %regs, i64 7
  store i64 %325, i64* %326, align 8
  %327 = load i64, i64* %highEnd, align 8
  %328 = getelementptr i64, i64* %regs, i64 8
  store i64 %327, i64* %328, align 8
  %329 = add i32 %depth, 1
  %330 = call double @m0.rt.fmod(i64* %regs, i8* %mem, i32 %329, double %305, double %306)
  %331 = getelementptr i64, i64* %regs, i64 0
  %332 = load i64, i64* %331, align 8
  store i64 %332, i64* %fuel, align 8
  %333 = getelementptr i64, i64* %regs, i64 6
  %334 = load i64, i64* %333, align 8
  store i64 %334, i64* %lowStart, align 8
  %335 = getelementptr i64, i64* %regs, i64 7
  %336 = load i64, i64* %335, align 8
  store i64 %336, i64* %lowEnd, align 8
  %337 = getelementptr i64, i64* %regs, i64 8
  %338 = load i64, i64* %337, align 8
  store i64 %338, i64* %highEnd, align 8
  store double %330, double* %result27, align 8
  br label %e13

write.low30:                                      ; preds = %e13
  %339 = load i64, i64* %lowStart, align 8
  %340 = icmp uge i64 %299, %339
  %341 = load i64, i64* %lowEnd, align 8
  %342 = icmp ule i64 %300, %341
  %343 = and i1 %340, %342
  br i1 %343, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %344 = icmp ugt i64 %300, %arena_size
  br i1 %344, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %e13
  %345 = getelementptr i8, i8* %mem, i64 %299
  %346 = bitcast double %297 to i64
  %347 = and i64 %346, 9223372036854775807
  %348 = icmp ugt i64 %347, 9218868437227405312
  %349 = select i1 %348, i64 9221120237041090560, i64 %346
  store i64 %349, i64* %unaligned34, align 8
  %350 = bitcast i64* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %345, i8* %350, i64 8, i1 false)
  %351 = load double, double* %x, align 8
  %352 = call double @llvm.sqrt.f64(double %351)
  store double %352, double* %root, align 8
  %353 = load i32, i32* %dict, align 4
  %354 = load double, double* %root, align 8
  %355 = zext i32 %353 to i64
  %356 = add i64 %355, 40
  %357 = add i64 %356, 8
  %358 = icmp uge i64 %356, %scratch_start
  %359 = load i64, i64* %highEnd, align 8
  %360 = icmp ule i64 %357, %359
  %361 = and i1 %358, %360
  br i1 %361, label %write.ok37, label %write.low35

ok33:                                             ; preds = %write.slow31
  %362 = icmp ult i64 %299, %scratch_start
  %363 = load i64, i64* %lowStart, align 8
  %364 = call i64 @llvm.umin.i64(i64 %363, i64 %299)
  %365 = load i64, i64* %lowEnd, align 8
  %366 = load i64, i64* %highEnd, align 8
  %367 = add i64 %300, 64
  %368 = sub i64 %300, %364
  %369 = lshr i64 %368, 4
  %370 = add i64 %367, %369
  %371 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %370)
  %372 = call i64 @llvm.umax.i64(i64 %365, i64 %371)
  %373 = select i1 %362, i64 %372, i64 %365
  store i64 %373, i64* %lowEnd, align 8
  %374 = add i64 %300, 64
  %375 = sub i64 %300, %scratch_start
  %376 = lshr i64 %375, 4
  %377 = add i64 %374, %376
  %378 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %377)
  %379 = call i64 @llvm.umax.i64(i64 %366, i64 %378)
  %380 = select i1 %362, i64 %366, i64 %379
  store i64 %380, i64* %highEnd, align 8
  store i64 %364, i64* %lowStart, align 8
  br label %write.ok32

write.low35:                                      ; preds = %write.ok32
  %381 = load i64, i64* %lowStart, align 8
  %382 = icmp uge i64 %356, %381
  %383 = load i64, i64* %lowEnd, align 8
  %384 = icmp ule i64 %357, %383
  %385 = and i1 %382, %384
  br i1 %385, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %386 = icmp ugt i64 %357, %arena_size
  br i1 %386, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %write.ok32
  %387 = getelementptr i8, i8* %mem, i64 %356
  %388 = bitcast double %354 to i64
  %389 = and i64 %388, 9223372036854775807
  %390 = icmp ugt i64 %389, 9218868437227405312
  %391 = select i1 %390, i64 9221120237041090560, i64 %388
  store i64 %391, i64* %unaligned39, align 8
  %392 = bitcast i64* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %387, i8* %392, i64 8, i1 false)
  %393 = load double, double* %x, align 8
  %394 = icmp uge i32 %depth, 1000
  br i1 %394, label %trap15.site12, label %ok40

ok38:                                             ; preds = %write.slow36
  %395 = icmp ult i64 %356, %scratch_start
  %396 = load i64, i64* %lowStart, align 8
  %397 = call i64 @llvm.umin.i64(i64 %396, i64 %356)
  %398 = load i64, i64* %lowEnd, align 8
  %399 = load i64, i64* %highEnd, align 8
  %400 = add i64 %357, 64
  %401 = sub i64 %357, %397
  %402 = lshr i64 %401, 4
  %403 = add i64 %400, %402
  %404 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %403)
  %405 = call i64 @llvm.umax.i64(i64 %398, i64 %404)
  %406 = select i1 %395, i64 %405, i64 %398
  store i64 %406, i64* %lowEnd, align 8
  %407 = add i64 %357, 64
  %408 = sub i64 %357, %scratch_start
  %409 = lshr i64 %408, 4
  %410 = add i64 %407, %409
  %411 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %410)
  %412 = call i64 @llvm.umax.i64(i64 %399, i64 %411)
  %413 = select i1 %395, i64 %399, i64 %412
  store i64 %413, i64* %highEnd, align 8
  store i64 %397, i64* %lowStart, align 8
  br label %write.ok37

ok40:                                             ; preds = %write.ok37
  %414 = icmp ult i64 %10, %stack_limit
  br i1 %414, label %trap253.site0, label %stack_ok41

trap15.site12:                                    ; preds = %write.ok37
  %415 = load i64, i64* %lowStart, align 8
  %416 = getelementptr i64, i64* %regs, i64 6
  store i64 %415, i64* %416, align 8
  %417 = load i64, i64* %lowEnd, align 8
  %418 = getelementptr i64, i64* %regs, i64 7
  store i64 %417, i64* %418, align 8
  %419 = load i64, i64* %highEnd, align 8
  %420 = getelementptr i64, i64* %regs, i64 8
  store i64 %419, i64* %420, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok41:                                       ; preds = %ok40
  %421 = load i64, i64* %fuel, align 8
  %422 = getelementptr i64, i64* %regs, i64 0
  store i64 %421, i64* %422, align 8
  %423 = load i64, i64* %lowStart, align 8
  %424 = getelementptr i64, i64* %regs, i64 6
  store i64 %423, i64* %424, align 8
  %425 = load i64, i64* %lowEnd, align 8
  %426 = getelementptr i64, i64* %regs, i64 7
  store i64 %425, i64* %426, align 8
  %427 = load i64, i64* %highEnd, align 8
  %428 = getelementptr i64, i64* %regs, i64 8
  store i64 %427, i64* %428, align 8
  %429 = add i32 %depth, 1
  %430 = call double @m0.rt.pow(i64* %regs, i8* %mem, i32 %429, double %393, double 2.000000e+00)
  %431 = getelementptr i64, i64* %regs, i64 0
  %432 = load i64, i64* %431, align 8
  store i64 %432, i64* %fuel, align 8
  %433 = getelementptr i64, i64* %regs, i64 6
  %434 = load i64, i64* %433, align 8
  store i64 %434, i64* %lowStart, align 8
  %435 = getelementptr i64, i64* %regs, i64 7
  %436 = load i64, i64* %435, align 8
  store i64 %436, i64* %lowEnd, align 8
  %437 = getelementptr i64, i64* %regs, i64 8
  %438 = load i64, i64* %437, align 8
  store i64 %438, i64* %highEnd, align 8
  store double %430, double* %power, align 8
  %439 = load i32, i32* %dict, align 4
  %440 = load double, double* %power, align 8
  %441 = zext i32 %439 to i64
  %442 = add i64 %441, 48
  %443 = add i64 %442, 8
  %444 = icmp uge i64 %442, %scratch_start
  %445 = load i64, i64* %highEnd, align 8
  %446 = icmp ule i64 %443, %445
  %447 = and i1 %444, %446
  br i1 %447, label %write.ok44, label %write.low42

write.low42:                                      ; preds = %stack_ok41
  %448 = load i64, i64* %lowStart, align 8
  %449 = icmp uge i64 %442, %448
  %450 = load i64, i64* %lowEnd, align 8
  %451 = icmp ule i64 %443, %450
  %452 = and i1 %449, %451
  br i1 %452, label %write.ok44, label %write.slow43

write.slow43:                                     ; preds = %write.low42
  %453 = icmp ugt i64 %443, %arena_size
  br i1 %453, label %trap17.site0, label %ok45

write.ok44:                                       ; preds = %ok45, %write.low42, %stack_ok41
  %454 = getelementptr i8, i8* %mem, i64 %442
  %455 = bitcast double %440 to i64
  %456 = and i64 %455, 9223372036854775807
  %457 = icmp ugt i64 %456, 9218868437227405312
  %458 = select i1 %457, i64 9221120237041090560, i64 %455
  store i64 %458, i64* %unaligned46, align 8
  %459 = bitcast i64* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %454, i8* %459, i64 8, i1 false)
  %460 = load double, double* %x, align 8
  %461 = call double @llvm.floor.f64(double %460)
  %462 = call i64 @llvm.fptosi.sat.i64.f64(double %461)
  store i64 %462, i64* %item, align 8
  %463 = load double, double* %x, align 8
  %464 = call double @llvm.ceil.f64(double %463)
  %465 = call i64 @llvm.fptosi.sat.i64.f64(double %464)
  store i64 %465, i64* %item.1, align 8
  %466 = load double, double* %x, align 8
  %467 = call double @llvm.roundeven.f64(double %466)
  %468 = call i64 @llvm.fptosi.sat.i64.f64(double %467)
  store i64 %468, i64* %item.2, align 8
  store i64 -2, i64* %item.3, align 8
  store i64 40, i64* %size, align 8
  %469 = load i64, i64* %size, align 8
  %470 = icmp ugt i64 %469, 2147483647
  %471 = zext i1 %470 to i32
  %472 = icmp ne i32 %471, 0
  br i1 %472, label %then48, label %else49

ok45:                                             ; preds = %write.slow43
  %473 = icmp ult i64 %442, %scratch_start
  %474 = load i64, i64* %lowStart, align 8
  %475 = call i64 @llvm.umin.i64(i64 %474, i64 %442)
  %476 = load i64, i64* %lowEnd, align 8
  %477 = load i64, i64* %highEnd, align 8
  %478 = add i64 %443, 64
  %479 = sub i64 %443, %475
  %480 = lshr i64 %479, 4
  %481 = add i64 %478, %480
  %482 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %481)
  %483 = call i64 @llvm.umax.i64(i64 %476, i64 %482)
  %484 = select i1 %473, i64 %483, i64 %476
  store i64 %484, i64* %lowEnd, align 8
  %485 = add i64 %443, 64
  %486 = sub i64 %443, %scratch_start
  %487 = lshr i64 %486, 4
  %488 = add i64 %485, %487
  %489 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %488)
  %490 = call i64 @llvm.umax.i64(i64 %477, i64 %489)
  %491 = select i1 %473, i64 %477, i64 %490
  store i64 %491, i64* %highEnd, align 8
  store i64 %475, i64* %lowStart, align 8
  br label %write.ok44

e21:                                              ; preds = %write.ok75
  %492 = load i32, i32* %result47, align 4
  store i32 %492, i32* %rounded, align 4
  %493 = load i32, i32* %dict, align 4
  %494 = load i32, i32* %rounded, align 4
  %495 = zext i32 %493 to i64
  %496 = add i64 %495, 56
  %497 = add i64 %496, 4
  %498 = icmp uge i64 %496, %scratch_start
  %499 = load i64, i64* %highEnd, align 8
  %500 = icmp ule i64 %497, %499
  %501 = and i1 %498, %500
  br i1 %501, label %write.ok80, label %write.low78

then48:                                           ; preds = %write.ok44
  br label %trap15.site13

else49:                                           ; preds = %write.ok44
  br label %join50

join50:                                           ; preds = %else49, %dead51
  %502 = load i64, i64* %size, align 8
  %503 = trunc i64 %502 to i32
  %504 = zext i32 %503 to i64
  %505 = getelementptr i64, i64* %regs, i64 1
  %506 = getelementptr i64, i64* %regs, i64 2
  %507 = load i64, i64* %505, align 8
  %508 = add i64 %507, 7
  %509 = and i64 %508, -8
  %510 = add i64 %509, %504
  %511 = load i64, i64* %506, align 8
  %512 = icmp ugt i64 %510, %511
  br i1 %512, label %trap15.site13, label %ok52

trap15.site13:                                    ; preds = %join50, %then48
  %513 = load i64, i64* %lowStart, align 8
  %514 = getelementptr i64, i64* %regs, i64 6
  store i64 %513, i64* %514, align 8
  %515 = load i64, i64* %lowEnd, align 8
  %516 = getelementptr i64, i64* %regs, i64 7
  store i64 %515, i64* %516, align 8
  %517 = load i64, i64* %highEnd, align 8
  %518 = getelementptr i64, i64* %regs, i64 8
  store i64 %517, i64* %518, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead51:                                           ; No predecessors!
  br label %join50

ok52:                                             ; preds = %join50
  store i64 %510, i64* %505, align 8
  %519 = load i64, i64* %highEnd, align 8
  %520 = call i64 @llvm.umax.i64(i64 %519, i64 %510)
  store i64 %520, i64* %highEnd, align 8
  %521 = trunc i64 %509 to i32
  store i32 %521, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %522 = load i32, i32* %list, align 4
  %523 = add i32 %522, 8
  %524 = load i32, i32* %len, align 4
  %525 = mul i32 %524, 8
  %526 = add i32 %523, %525
  %527 = load i64, i64* %item, align 8
  %528 = zext i32 %526 to i64
  %529 = add i64 %528, 8
  %530 = icmp uge i64 %528, %scratch_start
  %531 = load i64, i64* %highEnd, align 8
  %532 = icmp ule i64 %529, %531
  %533 = and i1 %530, %532
  br i1 %533, label %write.ok55, label %write.low53

write.low53:                                      ; preds = %ok52
  %534 = load i64, i64* %lowStart, align 8
  %535 = icmp uge i64 %528, %534
  %536 = load i64, i64* %lowEnd, align 8
  %537 = icmp ule i64 %529, %536
  %538 = and i1 %535, %537
  br i1 %538, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %539 = icmp ugt i64 %529, %arena_size
  br i1 %539, label %trap17.site0, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %540 = getelementptr i8, i8* %mem, i64 %528
  store i64 %527, i64* %unaligned57, align 8
  %541 = bitcast i64* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %540, i8* %541, i64 8, i1 false)
  %542 = load i32, i32* %len, align 4
  %543 = add i32 %542, 1
  store i32 %543, i32* %len, align 4
  %544 = load i32, i32* %list, align 4
  %545 = add i32 %544, 8
  %546 = load i32, i32* %len, align 4
  %547 = mul i32 %546, 8
  %548 = add i32 %545, %547
  %549 = load i64, i64* %item.1, align 8
  %550 = zext i32 %548 to i64
  %551 = add i64 %550, 8
  %552 = icmp uge i64 %550, %scratch_start
  %553 = load i64, i64* %highEnd, align 8
  %554 = icmp ule i64 %551, %553
  %555 = and i1 %552, %554
  br i1 %555, label %write.ok60, label %write.low58

ok56:                                             ; preds = %write.slow54
  %556 = icmp ult i64 %528, %scratch_start
  %557 = load i64, i64* %lowStart, align 8
  %558 = call i64 @llvm.umin.i64(i64 %557, i64 %528)
  %559 = load i64, i64* %lowEnd, align 8
  %560 = load i64, i64* %highEnd, align 8
  %561 = add i64 %529, 64
  %562 = sub i64 %529, %558
  %563 = lshr i64 %562, 4
  %564 = add i64 %561, %563
  %565 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %564)
  %566 = call i64 @llvm.umax.i64(i64 %559, i64 %565)
  %567 = select i1 %556, i64 %566, i64 %559
  store i64 %567, i64* %lowEnd, align 8
  %568 = add i64 %529, 64
  %569 = sub i64 %529, %scratch_start
  %570 = lshr i64 %569, 4
  %571 = add i64 %568, %570
  %572 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %571)
  %573 = call i64 @llvm.umax.i64(i64 %560, i64 %572)
  %574 = select i1 %556, i64 %560, i64 %573
  store i64 %574, i64* %highEnd, align 8
  store i64 %558, i64* %lowStart, align 8
  br label %write.ok55

write.low58:                                      ; preds = %write.ok55
  %575 = load i64, i64* %lowStart, align 8
  %576 = icmp uge i64 %550, %575
  %577 = load i64, i64* %lowEnd, align 8
  %578 = icmp ule i64 %551, %577
  %579 = and i1 %576, %578
  br i1 %579, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %580 = icmp ugt i64 %551, %arena_size
  br i1 %580, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %write.ok55
  %581 = getelementptr i8, i8* %mem, i64 %550
  store i64 %549, i64* %unaligned62, align 8
  %582 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %581, i8* %582, i64 8, i1 false)
  %583 = load i32, i32* %len, align 4
  %584 = add i32 %583, 1
  store i32 %584, i32* %len, align 4
  %585 = load i32, i32* %list, align 4
  %586 = add i32 %585, 8
  %587 = load i32, i32* %len, align 4
  %588 = mul i32 %587, 8
  %589 = add i32 %586, %588
  %590 = load i64, i64* %item.2, align 8
  %591 = zext i32 %589 to i64
  %592 = add i64 %591, 8
  %593 = icmp uge i64 %591, %scratch_start
  %594 = load i64, i64* %highEnd, align 8
  %595 = icmp ule i64 %592, %594
  %596 = and i1 %593, %595
  br i1 %596, label %write.ok65, label %write.low63

ok61:                                             ; preds = %write.slow59
  %597 = icmp ult i64 %550, %scratch_start
  %598 = load i64, i64* %lowStart, align 8
  %599 = call i64 @llvm.umin.i64(i64 %598, i64 %550)
  %600 = load i64, i64* %lowEnd, align 8
  %601 = load i64, i64* %highEnd, align 8
  %602 = add i64 %551, 64
  %603 = sub i64 %551, %599
  %604 = lshr i64 %603, 4
  %605 = add i64 %602, %604
  %606 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %605)
  %607 = call i64 @llvm.umax.i64(i64 %600, i64 %606)
  %608 = select i1 %597, i64 %607, i64 %600
  store i64 %608, i64* %lowEnd, align 8
  %609 = add i64 %551, 64
  %610 = sub i64 %551, %scratch_start
  %611 = lshr i64 %610, 4
  %612 = add i64 %609, %611
  %613 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %612)
  %614 = call i64 @llvm.umax.i64(i64 %601, i64 %613)
  %615 = select i1 %597, i64 %601, i64 %614
  store i64 %615, i64* %highEnd, align 8
  store i64 %599, i64* %lowStart, align 8
  br label %write.ok60

write.low63:                                      ; preds = %write.ok60
  %616 = load i64, i64* %lowStart, align 8
  %617 = icmp uge i64 %591, %616
  %618 = load i64, i64* %lowEnd, align 8
  %619 = icmp ule i64 %592, %618
  %620 = and i1 %617, %619
  br i1 %620, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %621 = icmp ugt i64 %592, %arena_size
  br i1 %621, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %write.ok60
  %622 = getelementptr i8, i8* %mem, i64 %591
  store i64 %590, i64* %unaligned67, align 8
  %623 = bitcast i64* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %622, i8* %623, i64 8, i1 false)
  %624 = load i32, i32* %len, align 4
  %625 = add i32 %624, 1
  store i32 %625, i32* %len, align 4
  %626 = load i32, i32* %list, align 4
  %627 = add i32 %626, 8
  %628 = load i32, i32* %len, align 4
  %629 = mul i32 %628, 8
  %630 = add i32 %627, %629
  %631 = load i64, i64* %item.3, align 8
  %632 = zext i32 %630 to i64
  %633 = add i64 %632, 8
  %634 = icmp uge i64 %632, %scratch_start
  %635 = load i64, i64* %highEnd, align 8
  %636 = icmp ule i64 %633, %635
  %637 = and i1 %634, %636
  br i1 %637, label %write.ok70, label %write.low68

ok66:                                             ; preds = %write.slow64
  %638 = icmp ult i64 %591, %scratch_start
  %639 = load i64, i64* %lowStart, align 8
  %640 = call i64 @llvm.umin.i64(i64 %639, i64 %591)
  %641 = load i64, i64* %lowEnd, align 8
  %642 = load i64, i64* %highEnd, align 8
  %643 = add i64 %592, 64
  %644 = sub i64 %592, %640
  %645 = lshr i64 %644, 4
  %646 = add i64 %643, %645
  %647 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %646)
  %648 = call i64 @llvm.umax.i64(i64 %641, i64 %647)
  %649 = select i1 %638, i64 %648, i64 %641
  store i64 %649, i64* %lowEnd, align 8
  %650 = add i64 %592, 64
  %651 = sub i64 %592, %scratch_start
  %652 = lshr i64 %651, 4
  %653 = add i64 %650, %652
  %654 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %653)
  %655 = call i64 @llvm.umax.i64(i64 %642, i64 %654)
  %656 = select i1 %638, i64 %642, i64 %655
  store i64 %656, i64* %highEnd, align 8
  store i64 %640, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %write.ok65
  %657 = load i64, i64* %lowStart, align 8
  %658 = icmp uge i64 %632, %657
  %659 = load i64, i64* %lowEnd, align 8
  %660 = icmp ule i64 %633, %659
  %661 = and i1 %658, %660
  br i1 %661, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %662 = icmp ugt i64 %633, %arena_size
  br i1 %662, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %write.ok65
  %663 = getelementptr i8, i8* %mem, i64 %632
  store i64 %631, i64* %unaligned72, align 8
  %664 = bitcast i64* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %663, i8* %664, i64 8, i1 false)
  %665 = load i32, i32* %len, align 4
  %666 = add i32 %665, 1
  store i32 %666, i32* %len, align 4
  %667 = load i32, i32* %list, align 4
  %668 = load i32, i32* %len, align 4
  %669 = zext i32 %667 to i64
  %670 = add i64 %669, 4
  %671 = icmp uge i64 %669, %scratch_start
  %672 = load i64, i64* %highEnd, align 8
  %673 = icmp ule i64 %670, %672
  %674 = and i1 %671, %673
  br i1 %674, label %write.ok75, label %write.low73

ok71:                                             ; preds = %write.slow69
  %675 = icmp ult i64 %632, %scratch_start
  %676 = load i64, i64* %lowStart, align 8
  %677 = call i64 @llvm.umin.i64(i64 %676, i64 %632)
  %678 = load i64, i64* %lowEnd, align 8
  %679 = load i64, i64* %highEnd, align 8
  %680 = add i64 %633, 64
  %681 = sub i64 %633, %677
  %682 = lshr i64 %681, 4
  %683 = add i64 %680, %682
  %684 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %683)
  %685 = call i64 @llvm.umax.i64(i64 %678, i64 %684)
  %686 = select i1 %675, i64 %685, i64 %678
  store i64 %686, i64* %lowEnd, align 8
  %687 = add i64 %633, 64
  %688 = sub i64 %633, %scratch_start
  %689 = lshr i64 %688, 4
  %690 = add i64 %687, %689
  %691 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %690)
  %692 = call i64 @llvm.umax.i64(i64 %679, i64 %691)
  %693 = select i1 %675, i64 %679, i64 %692
  store i64 %693, i64* %highEnd, align 8
  store i64 %677, i64* %lowStart, align 8
  br label %write.ok70

write.low73:                                      ; preds = %write.ok70
  %694 = load i64, i64* %lowStart, align 8
  %695 = icmp uge i64 %669, %694
  %696 = load i64, i64* %lowEnd, align 8
  %697 = icmp ule i64 %670, %696
  %698 = and i1 %695, %697
  br i1 %698, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %699 = icmp ugt i64 %670, %arena_size
  br i1 %699, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %write.ok70
  %700 = getelementptr i8, i8* %mem, i64 %669
  store i32 %668, i32* %unaligned77, align 4
  %701 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %700, i8* %701, i64 4, i1 false)
  %702 = load i32, i32* %list, align 4
  store i32 %702, i32* %result47, align 4
  br label %e21

ok76:                                             ; preds = %write.slow74
  %703 = icmp ult i64 %669, %scratch_start
  %704 = load i64, i64* %lowStart, align 8
  %705 = call i64 @llvm.umin.i64(i64 %704, i64 %669)
  %706 = load i64, i64* %lowEnd, align 8
  %707 = load i64, i64* %highEnd, align 8
  %708 = add i64 %670, 64
  %709 = sub i64 %670, %705
  %710 = lshr i64 %709, 4
  %711 = add i64 %708, %710
  %712 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %711)
  %713 = call i64 @llvm.umax.i64(i64 %706, i64 %712)
  %714 = select i1 %703, i64 %713, i64 %706
  store i64 %714, i64* %lowEnd, align 8
  %715 = add i64 %670, 64
  %716 = sub i64 %670, %scratch_start
  %717 = lshr i64 %716, 4
  %718 = add i64 %715, %717
  %719 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %718)
  %720 = call i64 @llvm.umax.i64(i64 %707, i64 %719)
  %721 = select i1 %703, i64 %707, i64 %720
  store i64 %721, i64* %highEnd, align 8
  store i64 %705, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %e21
  %722 = load i64, i64* %lowStart, align 8
  %723 = icmp uge i64 %496, %722
  %724 = load i64, i64* %lowEnd, align 8
  %725 = icmp ule i64 %497, %724
  %726 = and i1 %723, %725
  br i1 %726, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %727 = icmp ugt i64 %497, %arena_size
  br i1 %727, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e21
  %728 = getelementptr i8, i8* %mem, i64 %496
  store i32 %494, i32* %unaligned82, align 4
  %729 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %728, i8* %729, i64 4, i1 false)
  %730 = load double, double* %x, align 8
  store double %730, double* %a, align 8
  %731 = load double, double* %y, align 8
  store double %731, double* %b, align 8
  %732 = load double, double* %a, align 8
  %733 = load double, double* %b, align 8
  %734 = load double, double* %a, align 8
  %735 = load double, double* %b, align 8
  %736 = fcmp olt double %734, %735
  %737 = zext i1 %736 to i32
  %738 = icmp ne i32 %737, 0
  %739 = select i1 %738, double %732, double %733
  store double %739, double* %result84, align 8
  br label %e31

ok81:                                             ; preds = %write.slow79
  %740 = icmp ult i64 %496, %scratch_start
  %741 = load i64, i64* %lowStart, align 8
  %742 = call i64 @llvm.umin.i64(i64 %741, i64 %496)
  %743 = load i64, i64* %lowEnd, align 8
  %744 = load i64, i64* %highEnd, align 8
  %745 = add i64 %497, 64
  %746 = sub i64 %497, %742
  %747 = lshr i64 %746, 4
  %748 = add i64 %745, %747
  %749 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %748)
  %750 = call i64 @llvm.umax.i64(i64 %743, i64 %749)
  %751 = select i1 %740, i64 %750, i64 %743
  store i64 %751, i64* %lowEnd, align 8
  %752 = add i64 %497, 64
  %753 = sub i64 %497, %scratch_start
  %754 = lshr i64 %753, 4
  %755 = add i64 %752, %754
  %756 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %755)
  %757 = call i64 @llvm.umax.i64(i64 %744, i64 %756)
  %758 = select i1 %740, i64 %744, i64 %757
  store i64 %758, i64* %highEnd, align 8
  store i64 %742, i64* %lowStart, align 8
  br label %write.ok80

e30:                                              ; preds = %write.ok114
  %759 = load i32, i32* %result83, align 4
  store i32 %759, i32* %bounds, align 4
  %760 = load i32, i32* %dict, align 4
  %761 = load i32, i32* %bounds, align 4
  %762 = zext i32 %760 to i64
  %763 = add i64 %762, 60
  %764 = add i64 %763, 4
  %765 = icmp uge i64 %763, %scratch_start
  %766 = load i64, i64* %highEnd, align 8
  %767 = icmp ule i64 %764, %766
  %768 = and i1 %765, %767
  br i1 %768, label %write.ok119, label %write.low117

e31:                                              ; preds = %write.ok80
  %769 = load double, double* %result84, align 8
  store double %769, double* %item.4, align 8
  %770 = load double, double* %x, align 8
  store double %770, double* %a.1, align 8
  %771 = load double, double* %y, align 8
  store double %771, double* %b.1, align 8
  %772 = load double, double* %a.1, align 8
  %773 = load double, double* %b.1, align 8
  %774 = load double, double* %a.1, align 8
  %775 = load double, double* %b.1, align 8
  %776 = fcmp ogt double %774, %775
  %777 = zext i1 %776 to i32
  %778 = icmp ne i32 %777, 0
  %779 = select i1 %778, double %772, double %773
  store double %779, double* %result85, align 8
  br label %e34

e34:                                              ; preds = %e31
  %780 = load double, double* %result85, align 8
  store double %780, double* %item.5, align 8
  %781 = load double, double* %x, align 8
  store double %781, double* %v, align 8
  store double 0.000000e+00, double* %lo, align 8
  store double 1.000000e+00, double* %hi, align 8
  %782 = load double, double* %lo, align 8
  %783 = load double, double* %hi, align 8
  %784 = load double, double* %v, align 8
  %785 = load double, double* %v, align 8
  %786 = load double, double* %hi, align 8
  %787 = fcmp ogt double %785, %786
  %788 = zext i1 %787 to i32
  %789 = icmp ne i32 %788, 0
  %790 = select i1 %789, double %783, double %784
  %791 = load double, double* %v, align 8
  %792 = load double, double* %lo, align 8
  %793 = fcmp olt double %791, %792
  %794 = zext i1 %793 to i32
  %795 = icmp ne i32 %794, 0
  %796 = select i1 %795, double %782, double %790
  store double %796, double* %result86, align 8
  br label %e37

e37:                                              ; preds = %e34
  %797 = load double, double* %result86, align 8
  store double %797, double* %item.6, align 8
  %798 = load double, double* %y, align 8
  %799 = fneg double %798
  %800 = call double @llvm.fabs.f64(double %799)
  store double %800, double* %item.7, align 8
  store i64 40, i64* %size.1, align 8
  %801 = load i64, i64* %size.1, align 8
  %802 = icmp ugt i64 %801, 2147483647
  %803 = zext i1 %802 to i32
  %804 = icmp ne i32 %803, 0
  br i1 %804, label %then87, label %else88

then87:                                           ; preds = %e37
  br label %trap15.site18

else88:                                           ; preds = %e37
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %805 = load i64, i64* %size.1, align 8
  %806 = trunc i64 %805 to i32
  %807 = zext i32 %806 to i64
  %808 = getelementptr i64, i64* %regs, i64 1
  %809 = getelementptr i64, i64* %regs, i64 2
  %810 = load i64, i64* %808, align 8
  %811 = add i64 %810, 7
  %812 = and i64 %811, -8
  %813 = add i64 %812, %807
  %814 = load i64, i64* %809, align 8
  %815 = icmp ugt i64 %813, %814
  br i1 %815, label %trap15.site18, label %ok91

trap15.site18:                                    ; preds = %join89, %then87
  %816 = load i64, i64* %lowStart, align 8
  %817 = getelementptr i64, i64* %regs, i64 6
  store i64 %816, i64* %817, align 8
  %818 = load i64, i64* %lowEnd, align 8
  %819 = getelementptr i64, i64* %regs, i64 7
  store i64 %818, i64* %819, align 8
  %820 = load i64, i64* %highEnd, align 8
  %821 = getelementptr i64, i64* %regs, i64 8
  store i64 %820, i64* %821, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

ok91:                                             ; preds = %join89
  store i64 %813, i64* %808, align 8
  %822 = load i64, i64* %highEnd, align 8
  %823 = call i64 @llvm.umax.i64(i64 %822, i64 %813)
  store i64 %823, i64* %highEnd, align 8
  %824 = trunc i64 %812 to i32
  store i32 %824, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %825 = load i32, i32* %list.1, align 4
  %826 = add i32 %825, 8
  %827 = load i32, i32* %len.1, align 4
  %828 = mul i32 %827, 8
  %829 = add i32 %826, %828
  %830 = load double, double* %item.4, align 8
  %831 = zext i32 %829 to i64
  %832 = add i64 %831, 8
  %833 = icmp uge i64 %831, %scratch_start
  %834 = load i64, i64* %highEnd, align 8
  %835 = icmp ule i64 %832, %834
  %836 = and i1 %833, %835
  br i1 %836, label %write.ok94, label %write.low92

write.low92:                                      ; preds = %ok91
  %837 = load i64, i64* %lowStart, align 8
  %838 = icmp uge i64 %831, %837
  %839 = load i64, i64* %lowEnd, align 8
  %840 = icmp ule i64 %832, %839
  %841 = and i1 %838, %840
  br i1 %841, label %write.ok94, label %write.slow93

write.slow93:                                     ; preds = %write.low92
  %842 = icmp ugt i64 %832, %arena_size
  br i1 %842, label %trap17.site0, label %ok95

write.ok94:                                       ; preds = %ok95, %write.low92, %ok91
  %843 = getelementptr i8, i8* %mem, i64 %831
  %844 = bitcast double %830 to i64
  %845 = and i64 %844, 9223372036854775807
  %846 = icmp ugt i64 %845, 9218868437227405312
  %847 = select i1 %846, i64 9221120237041090560, i64 %844
  store i64 %847, i64* %unaligned96, align 8
  %848 = bitcast i64* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %843, i8* %848, i64 8, i1 false)
  %849 = load i32, i32* %len.1, align 4
  %850 = add i32 %849, 1
  store i32 %850, i32* %len.1, align 4
  %851 = load i32, i32* %list.1, align 4
  %852 = add i32 %851, 8
  %853 = load i32, i32* %len.1, align 4
  %854 = mul i32 %853, 8
  %855 = add i32 %852, %854
  %856 = load double, double* %item.5, align 8
  %857 = zext i32 %855 to i64
  %858 = add i64 %857, 8
  %859 = icmp uge i64 %857, %scratch_start
  %860 = load i64, i64* %highEnd, align 8
  %861 = icmp ule i64 %858, %860
  %862 = and i1 %859, %861
  br i1 %862, label %write.ok99, label %write.low97

ok95:                                             ; preds = %write.slow93
  %863 = icmp ult i64 %831, %scratch_start
  %864 = load i64, i64* %lowStart, align 8
  %865 = call i64 @llvm.umin.i64(i64 %864, i64 %831)
  %866 = load i64, i64* %lowEnd, align 8
  %867 = load i64, i64* %highEnd, align 8
  %868 = add i64 %832, 64
  %869 = sub i64 %832, %865
  %870 = lshr i64 %869, 4
  %871 = add i64 %868, %870
  %872 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %871)
  %873 = call i64 @llvm.umax.i64(i64 %866, i64 %872)
  %874 = select i1 %863, i64 %873, i64 %866
  store i64 %874, i64* %lowEnd, align 8
  %875 = add i64 %832, 64
  %876 = sub i64 %832, %scratch_start
  %877 = lshr i64 %876, 4
  %878 = add i64 %875, %877
  %879 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %878)
  %880 = call i64 @llvm.umax.i64(i64 %867, i64 %879)
  %881 = select i1 %863, i64 %867, i64 %880
  store i64 %881, i64* %highEnd, align 8
  store i64 %865, i64* %lowStart, align 8
  br label %write.ok94

write.low97:                                      ; preds = %write.ok94
  %882 = load i64, i64* %lowStart, align 8
  %883 = icmp uge i64 %857, %882
  %884 = load i64, i64* %lowEnd, align 8
  %885 = icmp ule i64 %858, %884
  %886 = and i1 %883, %885
  br i1 %886, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %887 = icmp ugt i64 %858, %arena_size
  br i1 %887, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %write.ok94
  %888 = getelementptr i8, i8* %mem, i64 %857
  %889 = bitcast double %856 to i64
  %890 = and i64 %889, 9223372036854775807
  %891 = icmp ugt i64 %890, 9218868437227405312
  %892 = select i1 %891, i64 9221120237041090560, i64 %889
  store i64 %892, i64* %unaligned101, align 8
  %893 = bitcast i64* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %888, i8* %893, i64 8, i1 false)
  %894 = load i32, i32* %len.1, align 4
  %895 = add i32 %894, 1
  store i32 %895, i32* %len.1, align 4
  %896 = load i32, i32* %list.1, align 4
  %897 = add i32 %896, 8
  %898 = load i32, i32* %len.1, align 4
  %899 = mul i32 %898, 8
  %900 = add i32 %897, %899
  %901 = load double, double* %item.6, align 8
  %902 = zext i32 %900 to i64
  %903 = add i64 %902, 8
  %904 = icmp uge i64 %902, %scratch_start
  %905 = load i64, i64* %highEnd, align 8
  %906 = icmp ule i64 %903, %905
  %907 = and i1 %904, %906
  br i1 %907, label %write.ok104, label %write.low102

ok100:                                            ; preds = %write.slow98
  %908 = icmp ult i64 %857, %scratch_start
  %909 = load i64, i64* %lowStart, align 8
  %910 = call i64 @llvm.umin.i64(i64 %909, i64 %857)
  %911 = load i64, i64* %lowEnd, align 8
  %912 = load i64, i64* %highEnd, align 8
  %913 = add i64 %858, 64
  %914 = sub i64 %858, %910
  %915 = lshr i64 %914, 4
  %916 = add i64 %913, %915
  %917 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %916)
  %918 = call i64 @llvm.umax.i64(i64 %911, i64 %917)
  %919 = select i1 %908, i64 %918, i64 %911
  store i64 %919, i64* %lowEnd, align 8
  %920 = add i64 %858, 64
  %921 = sub i64 %858, %scratch_start
  %922 = lshr i64 %921, 4
  %923 = add i64 %920, %922
  %924 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %923)
  %925 = call i64 @llvm.umax.i64(i64 %912, i64 %924)
  %926 = select i1 %908, i64 %912, i64 %925
  store i64 %926, i64* %highEnd, align 8
  store i64 %910, i64* %lowStart, align 8
  br label %write.ok99

write.low102:                                     ; preds = %write.ok99
  %927 = load i64, i64* %lowStart, align 8
  %928 = icmp uge i64 %902, %927
  %929 = load i64, i64* %lowEnd, align 8
  %930 = icmp ule i64 %903, %929
  %931 = and i1 %928, %930
  br i1 %931, label %write.ok104, label %write.slow103

write.slow103:                                    ; preds = %write.low102
  %932 = icmp ugt i64 %903, %arena_size
  br i1 %932, label %trap17.site0, label %ok105

write.ok104:                                      ; preds = %ok105, %write.low102, %write.ok99
  %933 = getelementptr i8, i8* %mem, i64 %902
  %934 = bitcast double %901 to i64
  %935 = and i64 %934, 9223372036854775807
  %936 = icmp ugt i64 %935, 9218868437227405312
  %937 = select i1 %936, i64 9221120237041090560, i64 %934
  store i64 %937, i64* %unaligned106, align 8
  %938 = bitcast i64* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %933, i8* %938, i64 8, i1 false)
  %939 = load i32, i32* %len.1, align 4
  %940 = add i32 %939, 1
  store i32 %940, i32* %len.1, align 4
  %941 = load i32, i32* %list.1, align 4
  %942 = add i32 %941, 8
  %943 = load i32, i32* %len.1, align 4
  %944 = mul i32 %943, 8
  %945 = add i32 %942, %944
  %946 = load double, double* %item.7, align 8
  %947 = zext i32 %945 to i64
  %948 = add i64 %947, 8
  %949 = icmp uge i64 %947, %scratch_start
  %950 = load i64, i64* %highEnd, align 8
  %951 = icmp ule i64 %948, %950
  %952 = and i1 %949, %951
  br i1 %952, label %write.ok109, label %write.low107

ok105:                                            ; preds = %write.slow103
  %953 = icmp ult i64 %902, %scratch_start
  %954 = load i64, i64* %lowStart, align 8
  %955 = call i64 @llvm.umin.i64(i64 %954, i64 %902)
  %956 = load i64, i64* %lowEnd, align 8
  %957 = load i64, i64* %highEnd, align 8
  %958 = add i64 %903, 64
  %959 = sub i64 %903, %955
  %960 = lshr i64 %959, 4
  %961 = add i64 %958, %960
  %962 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %961)
  %963 = call i64 @llvm.umax.i64(i64 %956, i64 %962)
  %964 = select i1 %953, i64 %963, i64 %956
  store i64 %964, i64* %lowEnd, align 8
  %965 = add i64 %903, 64
  %966 = sub i64 %903, %scratch_start
  %967 = lshr i64 %966, 4
  %968 = add i64 %965, %967
  %969 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %968)
  %970 = call i64 @llvm.umax.i64(i64 %957, i64 %969)
  %971 = select i1 %953, i64 %957, i64 %970
  store i64 %971, i64* %highEnd, align 8
  store i64 %955, i64* %lowStart, align 8
  br label %write.ok104

write.low107:                                     ; preds = %write.ok104
  %972 = load i64, i64* %lowStart, align 8
  %973 = icmp uge i64 %947, %972
  %974 = load i64, i64* %lowEnd, align 8
  %975 = icmp ule i64 %948, %974
  %976 = and i1 %973, %975
  br i1 %976, label %write.ok109, label %write.slow108

write.slow108:                                    ; preds = %write.low107
  %977 = icmp ugt i64 %948, %arena_size
  br i1 %977, label %trap17.site0, label %ok110

write.ok109:                                      ; preds = %ok110, %write.low107, %write.ok104
  %978 = getelementptr i8, i8* %mem, i64 %947
  %979 = bitcast double %946 to i64
  %980 = and i64 %979, 9223372036854775807
  %981 = icmp ugt i64 %980, 9218868437227405312
  %982 = select i1 %981, i64 9221120237041090560, i64 %979
  store i64 %982, i64* %unaligned111, align 8
  %983 = bitcast i64* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %978, i8* %983, i64 8, i1 false)
  %984 = load i32, i32* %len.1, align 4
  %985 = add i32 %984, 1
  store i32 %985, i32* %len.1, align 4
  %986 = load i32, i32* %list.1, align 4
  %987 = load i32, i32* %len.1, align 4
  %988 = zext i32 %986 to i64
  %989 = add i64 %988, 4
  %990 = icmp uge i64 %988, %scratch_start
  %991 = load i64, i64* %highEnd, align 8
  %992 = icmp ule i64 %989, %991
  %993 = and i1 %990, %992
  br i1 %993, label %write.ok114, label %write.low112

ok110:                                            ; preds = %write.slow108
  %994 = icmp ult i64 %947, %scratch_start
  %995 = load i64, i64* %lowStart, align 8
  %996 = call i64 @llvm.umin.i64(i64 %995, i64 %947)
  %997 = load i64, i64* %lowEnd, align 8
  %998 = load i64, i64* %highEnd, align 8
  %999 = add i64 %948, 64
  %1000 = sub i64 %948, %996
  %1001 = lshr i64 %1000, 4
  %1002 = add i64 %999, %1001
  %1003 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1002)
  %1004 = call i64 @llvm.umax.i64(i64 %997, i64 %1003)
  %1005 = select i1 %994, i64 %1004, i64 %997
  store i64 %1005, i64* %lowEnd, align 8
  %1006 = add i64 %948, 64
  %1007 = sub i64 %948, %scratch_start
  %1008 = lshr i64 %1007, 4
  %1009 = add i64 %1006, %1008
  %1010 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1009)
  %1011 = call i64 @llvm.umax.i64(i64 %998, i64 %1010)
  %1012 = select i1 %994, i64 %998, i64 %1011
  store i64 %1012, i64* %highEnd, align 8
  store i64 %996, i64* %lowStart, align 8
  br label %write.ok109

write.low112:                                     ; preds = %write.ok109
  %1013 = load i64, i64* %lowStart, align 8
  %1014 = icmp uge i64 %988, %1013
  %1015 = load i64, i64* %lowEnd, align 8
  %1016 = icmp ule i64 %989, %1015
  %1017 = and i1 %1014, %1016
  br i1 %1017, label %write.ok114, label %write.slow113

write.slow113:                                    ; preds = %write.low112
  %1018 = icmp ugt i64 %989, %arena_size
  br i1 %1018, label %trap17.site0, label %ok115

write.ok114:                                      ; preds = %ok115, %write.low112, %write.ok109
  %1019 = getelementptr i8, i8* %mem, i64 %988
  store i32 %987, i32* %unaligned116, align 4
  %1020 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1019, i8* %1020, i64 4, i1 false)
  %1021 = load i32, i32* %list.1, align 4
  store i32 %1021, i32* %result83, align 4
  br label %e30

ok115:                                            ; preds = %write.slow113
  %1022 = icmp ult i64 %988, %scratch_start
  %1023 = load i64, i64* %lowStart, align 8
  %1024 = call i64 @llvm.umin.i64(i64 %1023, i64 %988)
  %1025 = load i64, i64* %lowEnd, align 8
  %1026 = load i64, i64* %highEnd, align 8
  %1027 = add i64 %989, 64
  %1028 = sub i64 %989, %1024
  %1029 = lshr i64 %1028, 4
  %1030 = add i64 %1027, %1029
  %1031 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1030)
  %1032 = call i64 @llvm.umax.i64(i64 %1025, i64 %1031)
  %1033 = select i1 %1022, i64 %1032, i64 %1025
  store i64 %1033, i64* %lowEnd, align 8
  %1034 = add i64 %989, 64
  %1035 = sub i64 %989, %scratch_start
  %1036 = lshr i64 %1035, 4
  %1037 = add i64 %1034, %1036
  %1038 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1037)
  %1039 = call i64 @llvm.umax.i64(i64 %1026, i64 %1038)
  %1040 = select i1 %1022, i64 %1026, i64 %1039
  store i64 %1040, i64* %highEnd, align 8
  store i64 %1024, i64* %lowStart, align 8
  br label %write.ok114

write.low117:                                     ; preds = %e30
  %1041 = load i64, i64* %lowStart, align 8
  %1042 = icmp uge i64 %763, %1041
  %1043 = load i64, i64* %lowEnd, align 8
  %1044 = icmp ule i64 %764, %1043
  %1045 = and i1 %1042, %1044
  br i1 %1045, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %1046 = icmp ugt i64 %764, %arena_size
  br i1 %1046, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %e30
  %1047 = getelementptr i8, i8* %mem, i64 %763
  store i32 %761, i32* %unaligned121, align 4
  %1048 = bitcast i32* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1047, i8* %1048, i64 4, i1 false)
  %1049 = load double, double* %x, align 8
  %1050 = fmul double %1049, 2.000000e+00
  %1051 = fadd double %1050, 5.000000e-01
  store double %1051, double* %mixed, align 8
  %1052 = load i32, i32* %dict, align 4
  %1053 = load double, double* %mixed, align 8
  %1054 = zext i32 %1052 to i64
  %1055 = add i64 %1054, 64
  %1056 = add i64 %1055, 8
  %1057 = icmp uge i64 %1055, %scratch_start
  %1058 = load i64, i64* %highEnd, align 8
  %1059 = icmp ule i64 %1056, %1058
  %1060 = and i1 %1057, %1059
  br i1 %1060, label %write.ok124, label %write.low122

ok120:                                            ; preds = %write.slow118
  %1061 = icmp ult i64 %763, %scratch_start
  %1062 = load i64, i64* %lowStart, align 8
  %1063 = call i64 @llvm.umin.i64(i64 %1062, i64 %763)
  %1064 = load i64, i64* %lowEnd, align 8
  %1065 = load i64, i64* %highEnd, align 8
  %1066 = add i64 %764, 64
  %1067 = sub i64 %764, %1063
  %1068 = lshr i64 %1067, 4
  %1069 = add i64 %1066, %1068
  %1070 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1069)
  %1071 = call i64 @llvm.umax.i64(i64 %1064, i64 %1070)
  %1072 = select i1 %1061, i64 %1071, i64 %1064
  store i64 %1072, i64* %lowEnd, align 8
  %1073 = add i64 %764, 64
  %1074 = sub i64 %764, %scratch_start
  %1075 = lshr i64 %1074, 4
  %1076 = add i64 %1073, %1075
  %1077 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1076)
  %1078 = call i64 @llvm.umax.i64(i64 %1065, i64 %1077)
  %1079 = select i1 %1061, i64 %1065, i64 %1078
  store i64 %1079, i64* %highEnd, align 8
  store i64 %1063, i64* %lowStart, align 8
  br label %write.ok119

write.low122:                                     ; preds = %write.ok119
  %1080 = load i64, i64* %lowStart, align 8
  %1081 = icmp uge i64 %1055, %1080
  %1082 = load i64, i64* %lowEnd, align 8
  %1083 = icmp ule i64 %1056, %1082
  %1084 = and i1 %1081, %1083
  br i1 %1084, label %write.ok124, label %write.slow123

write.slow123:                                    ; preds = %write.low122
  %1085 = icmp ugt i64 %1056, %arena_size
  br i1 %1085, label %trap17.site0, label %ok125

write.ok124:                                      ; preds = %ok125, %write.low122, %write.ok119
  %1086 = getelementptr i8, i8* %mem, i64 %1055
  %1087 = bitcast double %1053 to i64
  %1088 = and i64 %1087, 9223372036854775807
  %1089 = icmp ugt i64 %1088, 9218868437227405312
  %1090 = select i1 %1089, i64 9221120237041090560, i64 %1087
  store i64 %1090, i64* %unaligned126, align 8
  %1091 = bitcast i64* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1086, i8* %1091, i64 8, i1 false)
  %1092 = load i32, i32* %xs, align 4
  store i32 %1092, i32* %xs.1, align 4
  store double 0.000000e+00, double* %sum.1, align 8
  %1093 = load i32, i32* %xs.1, align 4
  %1094 = zext i32 %1093 to i64
  %1095 = add i64 %1094, 4
  %1096 = icmp ugt i64 %1095, %arena_size
  br i1 %1096, label %trap17.site0, label %ok128

ok125:                                            ; preds = %write.slow123
  %1097 = icmp ult i64 %1055, %scratch_start
  %1098 = load i64, i64* %lowStart, align 8
  %1099 = call i64 @llvm.umin.i64(i64 %1098, i64 %1055)
  %1100 = load i64, i64* %lowEnd, align 8
  %1101 = load i64, i64* %highEnd, align 8
  %1102 = add i64 %1056, 64
  %1103 = sub i64 %1056, %1099
  %1104 = lshr i64 %1103, 4
  %1105 = add i64 %1102, %1104
  %1106 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1105)
  %1107 = call i64 @llvm.umax.i64(i64 %1100, i64 %1106)
  %1108 = select i1 %1097, i64 %1107, i64 %1100
  store i64 %1108, i64* %lowEnd, align 8
  %1109 = add i64 %1056, 64
  %1110 = sub i64 %1056, %scratch_start
  %1111 = lshr i64 %1110, 4
  %1112 = add i64 %1109, %1111
  %1113 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1112)
  %1114 = call i64 @llvm.umax.i64(i64 %1101, i64 %1113)
  %1115 = select i1 %1097, i64 %1101, i64 %1114
  store i64 %1115, i64* %highEnd, align 8
  store i64 %1099, i64* %lowStart, align 8
  br label %write.ok124

e49:                                              ; preds = %block51
  %1116 = load double, double* %result127, align 8
  store double %1116, double* %total, align 8
  %1117 = load i32, i32* %dict, align 4
  %1118 = load double, double* %total, align 8
  %1119 = zext i32 %1117 to i64
  %1120 = add i64 %1119, 72
  %1121 = add i64 %1120, 8
  %1122 = icmp uge i64 %1120, %scratch_start
  %1123 = load i64, i64* %highEnd, align 8
  %1124 = icmp ule i64 %1121, %1123
  %1125 = and i1 %1122, %1124
  br i1 %1125, label %write.ok136, label %write.low134

ok128:                                            ; preds = %write.ok124
  %1126 = getelementptr i8, i8* %mem, i64 %1094
  %1127 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1127, i8* %1126, i64 4, i1 false)
  %1128 = load i32, i32* %unaligned129, align 4
  store i32 %1128, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each52

block51:                                          ; preds = %dead133, %ok130
  %1129 = load double, double* %sum.1, align 8
  store double %1129, double* %result127, align 8
  br label %e49

each52:                                           ; preds = %ok131, %ok128
  %1130 = load i64, i64* %fuel, align 8
  %1131 = icmp ult i64 %1130, 1
  br i1 %1131, label %trap14.site0, label %ok130

ok130:                                            ; preds = %each52
  %1132 = sub i64 %1130, 1
  store i64 %1132, i64* %fuel, align 8
  %1133 = load i32, i32* %k, align 4
  %1134 = load i32, i32* %n, align 4
  %1135 = icmp uge i32 %1133, %1134
  %1136 = zext i1 %1135 to i32
  %1137 = icmp ne i32 %1136, 0
  br i1 %1137, label %block51, label %cont

cont:                                             ; preds = %ok130
  %1138 = load i32, i32* %xs.1, align 4
  %1139 = load i32, i32* %k, align 4
  %1140 = mul i32 %1139, 8
  %1141 = add i32 %1138, %1140
  %1142 = zext i32 %1141 to i64
  %1143 = add i64 %1142, 8
  %1144 = add i64 %1143, 8
  %1145 = icmp ugt i64 %1144, %arena_size
  br i1 %1145, label %trap17.site0, label %ok131

ok131:                                            ; preds = %cont
  %1146 = getelementptr i8, i8* %mem, i64 %1143
  %1147 = bitcast i64* %unaligned132 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1147, i8* %1146, i64 8, i1 false)
  %1148 = load i64, i64* %unaligned132, align 8
  %1149 = bitcast i64 %1148 to double
  store double %1149, double* %x.2, align 8
  %1150 = load double, double* %sum.1, align 8
  %1151 = load double, double* %x.2, align 8
  %1152 = fadd double %1150, %1151
  store double %1152, double* %sum.1, align 8
  %1153 = load i32, i32* %k, align 4
  %1154 = add i32 %1153, 1
  store i32 %1154, i32* %k, align 4
  br label %each52

dead133:                                          ; No predecessors!
  br label %block51

write.low134:                                     ; preds = %e49
  %1155 = load i64, i64* %lowStart, align 8
  %1156 = icmp uge i64 %1120, %1155
  %1157 = load i64, i64* %lowEnd, align 8
  %1158 = icmp ule i64 %1121, %1157
  %1159 = and i1 %1156, %1158
  br i1 %1159, label %write.ok136, label %write.slow135

write.slow135:                                    ; preds = %write.low134
  %1160 = icmp ugt i64 %1121, %arena_size
  br i1 %1160, label %trap17.site0, label %ok137

write.ok136:                                      ; preds = %ok137, %write.low134, %e49
  %1161 = getelementptr i8, i8* %mem, i64 %1120
  %1162 = bitcast double %1118 to i64
  %1163 = and i64 %1162, 9223372036854775807
  %1164 = icmp ugt i64 %1163, 9218868437227405312
  %1165 = select i1 %1164, i64 9221120237041090560, i64 %1162
  store i64 %1165, i64* %unaligned138, align 8
  %1166 = bitcast i64* %unaligned138 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1161, i8* %1166, i64 8, i1 false)
  %1167 = load i32, i32* %xs, align 4
  store i32 %1167, i32* %xs.2, align 4
  store double 0.000000e+00, double* %sum.2, align 8
  %1168 = load i32, i32* %xs.2, align 4
  %1169 = zext i32 %1168 to i64
  %1170 = add i64 %1169, 4
  %1171 = icmp ugt i64 %1170, %arena_size
  br i1 %1171, label %trap17.site0, label %ok140

ok137:                                            ; preds = %write.slow135
  %1172 = icmp ult i64 %1120, %scratch_start
  %1173 = load i64, i64* %lowStart, align 8
  %1174 = call i64 @llvm.umin.i64(i64 %1173, i64 %1120)
  %1175 = load i64, i64* %lowEnd, align 8
  %1176 = load i64, i64* %highEnd, align 8
  %1177 = add i64 %1121, 64
  %1178 = sub i64 %1121, %1174
  %1179 = lshr i64 %1178, 4
  %1180 = add i64 %1177, %1179
  %1181 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1180)
  %1182 = call i64 @llvm.umax.i64(i64 %1175, i64 %1181)
  %1183 = select i1 %1172, i64 %1182, i64 %1175
  store i64 %1183, i64* %lowEnd, align 8
  %1184 = add i64 %1121, 64
  %1185 = sub i64 %1121, %scratch_start
  %1186 = lshr i64 %1185, 4
  %1187 = add i64 %1184, %1186
  %1188 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1187)
  %1189 = call i64 @llvm.umax.i64(i64 %1176, i64 %1188)
  %1190 = select i1 %1172, i64 %1176, i64 %1189
  store i64 %1190, i64* %highEnd, align 8
  store i64 %1174, i64* %lowStart, align 8
  br label %write.ok136

e54:                                              ; preds = %block56
  %1191 = load double, double* %result139, align 8
  %1192 = load i32, i32* %xs, align 4
  store i32 %1192, i32* %xs.3, align 4
  %1193 = load i32, i32* %xs.3, align 4
  %1194 = zext i32 %1193 to i64
  %1195 = add i64 %1194, 4
  %1196 = icmp ugt i64 %1195, %arena_size
  br i1 %1196, label %trap17.site0, label %ok148

ok140:                                            ; preds = %write.ok136
  %1197 = getelementptr i8, i8* %mem, i64 %1169
  %1198 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1198, i8* %1197, i64 4, i1 false)
  %1199 = load i32, i32* %unaligned141, align 4
  store i32 %1199, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each57

block56:                                          ; preds = %dead146, %ok142
  %1200 = load double, double* %sum.2, align 8
  store double %1200, double* %result139, align 8
  br label %e54

each57:                                           ; preds = %ok144, %ok140
  %1201 = load i64, i64* %fuel, align 8
  %1202 = icmp ult i64 %1201, 1
  br i1 %1202, label %trap14.site0, label %ok142

ok142:                                            ; preds = %each57
  %1203 = sub i64 %1201, 1
  store i64 %1203, i64* %fuel, align 8
  %1204 = load i32, i32* %k.1, align 4
  %1205 = load i32, i32* %n.1, align 4
  %1206 = icmp uge i32 %1204, %1205
  %1207 = zext i1 %1206 to i32
  %1208 = icmp ne i32 %1207, 0
  br i1 %1208, label %block56, label %cont143

cont143:                                          ; preds = %ok142
  %1209 = load i32, i32* %xs.2, align 4
  %1210 = load i32, i32* %k.1, align 4
  %1211 = mul i32 %1210, 8
  %1212 = add i32 %1209, %1211
  %1213 = zext i32 %1212 to i64
  %1214 = add i64 %1213, 8
  %1215 = add i64 %1214, 8
  %1216 = icmp ugt i64 %1215, %arena_size
  br i1 %1216, label %trap17.site0, label %ok144

ok144:                                            ; preds = %cont143
  %1217 = getelementptr i8, i8* %mem, i64 %1214
  %1218 = bitcast i64* %unaligned145 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1218, i8* %1217, i64 8, i1 false)
  %1219 = load i64, i64* %unaligned145, align 8
  %1220 = bitcast i64 %1219 to double
  store double %1220, double* %x.3, align 8
  %1221 = load double, double* %sum.2, align 8
  %1222 = load double, double* %x.3, align 8
  %1223 = fadd double %1221, %1222
  store double %1223, double* %sum.2, align 8
  %1224 = load i32, i32* %k.1, align 4
  %1225 = add i32 %1224, 1
  store i32 %1225, i32* %k.1, align 4
  br label %each57

dead146:                                          ; No predecessors!
  br label %block56

e59:                                              ; preds = %ok148
  %1226 = load i64, i64* %result147, align 8
  %1227 = sitofp i64 %1226 to double
  %1228 = fcmp oeq double %1227, 0.000000e+00
  br i1 %1228, label %trap1.site26, label %ok150

ok148:                                            ; preds = %e54
  %1229 = getelementptr i8, i8* %mem, i64 %1194
  %1230 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1230, i8* %1229, i64 4, i1 false)
  %1231 = load i32, i32* %unaligned149, align 4
  %1232 = zext i32 %1231 to i64
  store i64 %1232, i64* %result147, align 8
  br label %e59

ok150:                                            ; preds = %e59
  %1233 = fdiv double %1191, %1227
  store double %1233, double* %mean, align 8
  %1234 = load i32, i32* %dict, align 4
  %1235 = load double, double* %mean, align 8
  %1236 = zext i32 %1234 to i64
  %1237 = add i64 %1236, 80
  %1238 = add i64 %1237, 8
  %1239 = icmp uge i64 %1237, %scratch_start
  %1240 = load i64, i64* %highEnd, align 8
  %1241 = icmp ule i64 %1238, %1240
  %1242 = and i1 %1239, %1241
  br i1 %1242, label %write.ok153, label %write.low151

trap1.site26:                                     ; preds = %e59
  %1243 = load i64, i64* %lowStart, align 8
  %1244 = getelementptr i64, i64* %regs, i64 6
  store i64 %1243, i64* %1244, align 8
  %1245 = load i64, i64* %lowEnd, align 8
  %1246 = getelementptr i64, i64* %regs, i64 7
  store i64 %1245, i64* %1246, align 8
  %1247 = load i64, i64* %highEnd, align 8
  %1248 = getelementptr i64, i64* %regs, i64 8
  store i64 %1247, i64* %1248, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 26)
  unreachable

write.low151:                                     ; preds = %ok150
  %1249 = load i64, i64* %lowStart, align 8
  %1250 = icmp uge i64 %1237, %1249
  %1251 = load i64, i64* %lowEnd, align 8
  %1252 = icmp ule i64 %1238, %1251
  %1253 = and i1 %1250, %1252
  br i1 %1253, label %write.ok153, label %write.slow152

write.slow152:                                    ; preds = %write.low151
  %1254 = icmp ugt i64 %1238, %arena_size
  br i1 %1254, label %trap17.site0, label %ok154

write.ok153:                                      ; preds = %ok154, %write.low151, %ok150
  %1255 = getelementptr i8, i8* %mem, i64 %1237
  %1256 = bitcast double %1235 to i64
  %1257 = and i64 %1256, 9223372036854775807
  %1258 = icmp ugt i64 %1257, 9218868437227405312
  %1259 = select i1 %1258, i64 9221120237041090560, i64 %1256
  store i64 %1259, i64* %unaligned155, align 8
  %1260 = bitcast i64* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1255, i8* %1260, i64 8, i1 false)
  %1261 = load i32, i32* %xs, align 4
  store i32 %1261, i32* %xs.4, align 4
  %1262 = load i32, i32* %xs.4, align 4
  %1263 = zext i32 %1262 to i64
  %1264 = add i64 %1263, 4
  %1265 = icmp ugt i64 %1264, %arena_size
  br i1 %1265, label %trap17.site0, label %ok157

ok154:                                            ; preds = %write.slow152
  %1266 = icmp ult i64 %1237, %scratch_start
  %1267 = load i64, i64* %lowStart, align 8
  %1268 = call i64 @llvm.umin.i64(i64 %1267, i64 %1237)
  %1269 = load i64, i64* %lowEnd, align 8
  %1270 = load i64, i64* %highEnd, align 8
  %1271 = add i64 %1238, 64
  %1272 = sub i64 %1238, %1268
  %1273 = lshr i64 %1272, 4
  %1274 = add i64 %1271, %1273
  %1275 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1274)
  %1276 = call i64 @llvm.umax.i64(i64 %1269, i64 %1275)
  %1277 = select i1 %1266, i64 %1276, i64 %1269
  store i64 %1277, i64* %lowEnd, align 8
  %1278 = add i64 %1238, 64
  %1279 = sub i64 %1238, %scratch_start
  %1280 = lshr i64 %1279, 4
  %1281 = add i64 %1278, %1280
  %1282 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1281)
  %1283 = call i64 @llvm.umax.i64(i64 %1270, i64 %1282)
  %1284 = select i1 %1266, i64 %1270, i64 %1283
  store i64 %1284, i64* %highEnd, align 8
  store i64 %1268, i64* %lowStart, align 8
  br label %write.ok153

e61:                                              ; preds = %block63
  %1285 = load double, double* %result156, align 8
  store double %1285, double* %largest, align 8
  %1286 = load i32, i32* %dict, align 4
  %1287 = load double, double* %largest, align 8
  %1288 = zext i32 %1286 to i64
  %1289 = add i64 %1288, 88
  %1290 = add i64 %1289, 8
  %1291 = icmp uge i64 %1289, %scratch_start
  %1292 = load i64, i64* %highEnd, align 8
  %1293 = icmp ule i64 %1290, %1292
  %1294 = and i1 %1291, %1293
  br i1 %1294, label %write.ok175, label %write.low173

ok157:                                            ; preds = %write.ok153
  %1295 = getelementptr i8, i8* %mem, i64 %1263
  %1296 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1296, i8* %1295, i64 4, i1 false)
  %1297 = load i32, i32* %unaligned158, align 4
  %1298 = icmp eq i32 %1297, 0
  %1299 = zext i1 %1298 to i32
  %1300 = icmp ne i32 %1299, 0
  br i1 %1300, label %then159, label %else160

then159:                                          ; preds = %ok157
  br label %trap4.site29

else160:                                          ; preds = %ok157
  br label %join161

join161:                                          ; preds = %else160, %dead162
  store i32 1, i32* %first, align 4
  %1301 = load i32, i32* %xs.4, align 4
  %1302 = zext i32 %1301 to i64
  %1303 = add i64 %1302, 4
  %1304 = icmp ugt i64 %1303, %arena_size
  br i1 %1304, label %trap17.site0, label %ok163

trap4.site29:                                     ; preds = %then159
  %1305 = load i64, i64* %lowStart, align 8
  %1306 = getelementptr i64, i64* %regs, i64 6
  store i64 %1305, i64* %1306, align 8
  %1307 = load i64, i64* %lowEnd, align 8
  %1308 = getelementptr i64, i64* %regs, i64 7
  store i64 %1307, i64* %1308, align 8
  %1309 = load i64, i64* %highEnd, align 8
  %1310 = getelementptr i64, i64* %regs, i64 8
  store i64 %1309, i64* %1310, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 29)
  unreachable

dead162:                                          ; No predecessors!
  br label %join161

ok163:                                            ; preds = %join161
  %1311 = getelementptr i8, i8* %mem, i64 %1302
  %1312 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1312, i8* %1311, i64 4, i1 false)
  %1313 = load i32, i32* %unaligned164, align 4
  store i32 %1313, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each64

block63:                                          ; preds = %dead172, %ok165
  %1314 = load double, double* %best, align 8
  store double %1314, double* %result156, align 8
  br label %e61

each64:                                           ; preds = %join171, %ok163
  %1315 = load i64, i64* %fuel, align 8
  %1316 = icmp ult i64 %1315, 1
  br i1 %1316, label %trap14.site0, label %ok165

ok165:                                            ; preds = %each64
  %1317 = sub i64 %1315, 1
  store i64 %1317, i64* %fuel, align 8
  %1318 = load i32, i32* %k.2, align 4
  %1319 = load i32, i32* %n.2, align 4
  %1320 = icmp uge i32 %1318, %1319
  %1321 = zext i1 %1320 to i32
  %1322 = icmp ne i32 %1321, 0
  br i1 %1322, label %block63, label %cont166

cont166:                                          ; preds = %ok165
  %1323 = load i32, i32* %xs.4, align 4
  %1324 = load i32, i32* %k.2, align 4
  %1325 = mul i32 %1324, 8
  %1326 = add i32 %1323, %1325
  %1327 = zext i32 %1326 to i64
  %1328 = add i64 %1327, 8
  %1329 = add i64 %1328, 8
  %1330 = icmp ugt i64 %1329, %arena_size
  br i1 %1330, label %trap17.site0, label %ok167

ok167:                                            ; preds = %cont166
  %1331 = getelementptr i8, i8* %mem, i64 %1328
  %1332 = bitcast i64* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1332, i8* %1331, i64 8, i1 false)
  %1333 = load i64, i64* %unaligned168, align 8
  %1334 = bitcast i64 %1333 to double
  store double %1334, double* %x.4, align 8
  %1335 = load double, double* %x.4, align 8
  store double %1335, double* %x.5, align 8
  %1336 = load i32, i32* %first, align 4
  %1337 = load double, double* %x.5, align 8
  %1338 = load double, double* %best, align 8
  %1339 = fcmp ogt double %1337, %1338
  %1340 = zext i1 %1339 to i32
  %1341 = or i32 %1336, %1340
  %1342 = icmp ne i32 %1341, 0
  br i1 %1342, label %then169, label %else170

then169:                                          ; preds = %ok167
  %1343 = load double, double* %x.5, align 8
  store double %1343, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join171

else170:                                          ; preds = %ok167
  br label %join171

join171:                                          ; preds = %else170, %then169
  %1344 = load i32, i32* %k.2, align 4
  %1345 = add i32 %1344, 1
  store i32 %1345, i32* %k.2, align 4
  br label %each64

dead172:                                          ; No predecessors!
  br label %block63

write.low173:                                     ; preds = %e61
  %1346 = load i64, i64* %lowStart, align 8
  %1347 = icmp uge i64 %1289, %1346
  %1348 = load i64, i64* %lowEnd, align 8
  %1349 = icmp ule i64 %1290, %1348
  %1350 = and i1 %1347, %1349
  br i1 %1350, label %write.ok175, label %write.slow174

write.slow174:                                    ; preds = %write.low173
  %1351 = icmp ugt i64 %1290, %arena_size
  br i1 %1351, label %trap17.site0, label %ok176

write.ok175:                                      ; preds = %ok176, %write.low173, %e61
  %1352 = getelementptr i8, i8* %mem, i64 %1289
  %1353 = bitcast double %1287 to i64
  %1354 = and i64 %1353, 9223372036854775807
  %1355 = icmp ugt i64 %1354, 9218868437227405312
  %1356 = select i1 %1355, i64 9221120237041090560, i64 %1353
  store i64 %1356, i64* %unaligned177, align 8
  %1357 = bitcast i64* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1352, i8* %1357, i64 8, i1 false)
  %1358 = load i32, i32* %dict, align 4
  store i32 %1358, i32* %result7, align 4
  br label %e0

ok176:                                            ; preds = %write.slow174
  %1359 = icmp ult i64 %1289, %scratch_start
  %1360 = load i64, i64* %lowStart, align 8
  %1361 = call i64 @llvm.umin.i64(i64 %1360, i64 %1289)
  %1362 = load i64, i64* %lowEnd, align 8
  %1363 = load i64, i64* %highEnd, align 8
  %1364 = add i64 %1290, 64
  %1365 = sub i64 %1290, %1361
  %1366 = lshr i64 %1365, 4
  %1367 = add i64 %1364, %1366
  %1368 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1367)
  %1369 = call i64 @llvm.umax.i64(i64 %1362, i64 %1368)
  %1370 = select i1 %1359, i64 %1369, i64 %1362
  store i64 %1370, i64* %lowEnd, align 8
  %1371 = add i64 %1290, 64
  %1372 = sub i64 %1290, %scratch_start
  %1373 = lshr i64 %1372, 4
  %1374 = add i64 %1371, %1373
  %1375 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1374)
  %1376 = call i64 @llvm.umax.i64(i64 %1363, i64 %1375)
  %1377 = select i1 %1359, i64 %1363, i64 %1376
  store i64 %1377, i64* %highEnd, align 8
  store i64 %1361, i64* %lowStart, align 8
  br label %write.ok175

ok178:                                            ; preds = %e0
  %1378 = icmp ult i64 %10, %stack_limit
  br i1 %1378, label %trap253.site0, label %stack_ok179

trap15.site0:                                     ; preds = %then184, %e0
  %1379 = load i64, i64* %lowStart, align 8
  %1380 = getelementptr i64, i64* %regs, i64 6
  store i64 %1379, i64* %1380, align 8
  %1381 = load i64, i64* %lowEnd, align 8
  %1382 = getelementptr i64, i64* %regs, i64 7
  store i64 %1381, i64* %1382, align 8
  %1383 = load i64, i64* %highEnd, align 8
  %1384 = getelementptr i64, i64* %regs, i64 8
  store i64 %1383, i64* %1384, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok179:                                      ; preds = %ok178
  %1385 = load i64, i64* %fuel, align 8
  %1386 = getelementptr i64, i64* %regs, i64 0
  store i64 %1385, i64* %1386, align 8
  %1387 = load i64, i64* %lowStart, align 8
  %1388 = getelementptr i64, i64* %regs, i64 6
  store i64 %1387, i64* %1388, align 8
  %1389 = load i64, i64* %lowEnd, align 8
  %1390 = getelementptr i64, i64* %regs, i64 7
  store i64 %1389, i64* %1390, align 8
  %1391 = load i64, i64* %highEnd, align 8
  %1392 = getelementptr i64, i64* %regs, i64 8
  store i64 %1391, i64* %1392, align 8
  %1393 = add i32 %depth, 1
  %1394 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1393, i32 %99, i32 %100, i32 0)
  %1395 = getelementptr i64, i64* %regs, i64 0
  %1396 = load i64, i64* %1395, align 8
  store i64 %1396, i64* %fuel, align 8
  %1397 = getelementptr i64, i64* %regs, i64 6
  %1398 = load i64, i64* %1397, align 8
  store i64 %1398, i64* %lowStart, align 8
  %1399 = getelementptr i64, i64* %regs, i64 7
  %1400 = load i64, i64* %1399, align 8
  store i64 %1400, i64* %lowEnd, align 8
  %1401 = getelementptr i64, i64* %regs, i64 8
  %1402 = load i64, i64* %1401, align 8
  store i64 %1402, i64* %highEnd, align 8
  store i32 %1394, i32* %json_end, align 4
  %1403 = load i32, i32* %json_end, align 4
  %1404 = icmp eq i32 %1403, -2
  %1405 = zext i1 %1404 to i32
  %1406 = icmp ne i32 %1405, 0
  br i1 %1406, label %then180, label %else181

then180:                                          ; preds = %stack_ok179
  br label %trap16.site5

else181:                                          ; preds = %stack_ok179
  br label %join182

join182:                                          ; preds = %else181, %dead183
  %1407 = load i32, i32* %json_end, align 4
  %1408 = icmp eq i32 %1407, -1
  %1409 = zext i1 %1408 to i32
  %1410 = icmp ne i32 %1409, 0
  br i1 %1410, label %then184, label %else185

trap16.site5:                                     ; preds = %then189, %then180
  %1411 = load i64, i64* %lowStart, align 8
  %1412 = getelementptr i64, i64* %regs, i64 6
  store i64 %1411, i64* %1412, align 8
  %1413 = load i64, i64* %lowEnd, align 8
  %1414 = getelementptr i64, i64* %regs, i64 7
  store i64 %1413, i64* %1414, align 8
  %1415 = load i64, i64* %highEnd, align 8
  %1416 = getelementptr i64, i64* %regs, i64 8
  store i64 %1415, i64* %1416, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead183:                                          ; No predecessors!
  br label %join182

then184:                                          ; preds = %join182
  %1417 = load i32, i32* %result.1, align 4
  %1418 = icmp uge i32 %depth, 1000
  br i1 %1418, label %trap15.site0, label %ok187

else185:                                          ; preds = %join182
  br label %join186

join186:                                          ; preds = %else185, %dead193
  %1419 = load i32, i32* %json_end, align 4
  %1420 = zext i32 %1419 to i64
  %1421 = getelementptr i64, i64* %regs, i64 3
  store i64 %1420, i64* %1421, align 8
  %1422 = load i32, i32* %json_end, align 4
  %1423 = load i32, i32* %json_start, align 4
  %1424 = sub i32 %1422, %1423
  %1425 = load i64, i64* %fuel, align 8
  %1426 = getelementptr i64, i64* %regs, i64 0
  store i64 %1425, i64* %1426, align 8
  %1427 = load i64, i64* %lowStart, align 8
  %1428 = getelementptr i64, i64* %regs, i64 6
  store i64 %1427, i64* %1428, align 8
  %1429 = load i64, i64* %lowEnd, align 8
  %1430 = getelementptr i64, i64* %regs, i64 7
  store i64 %1429, i64* %1430, align 8
  %1431 = load i64, i64* %highEnd, align 8
  %1432 = getelementptr i64, i64* %regs, i64 8
  store i64 %1431, i64* %1432, align 8
  ret i32 %1424

ok187:                                            ; preds = %then184
  %1433 = icmp ult i64 %10, %stack_limit
  br i1 %1433, label %trap253.site0, label %stack_ok188

stack_ok188:                                      ; preds = %ok187
  %1434 = load i64, i64* %fuel, align 8
  %1435 = getelementptr i64, i64* %regs, i64 0
  store i64 %1434, i64* %1435, align 8
  %1436 = load i64, i64* %lowStart, align 8
  %1437 = getelementptr i64, i64* %regs, i64 6
  store i64 %1436, i64* %1437, align 8
  %1438 = load i64, i64* %lowEnd, align 8
  %1439 = getelementptr i64, i64* %regs, i64 7
  store i64 %1438, i64* %1439, align 8
  %1440 = load i64, i64* %highEnd, align 8
  %1441 = getelementptr i64, i64* %regs, i64 8
  store i64 %1440, i64* %1441, align 8
  %1442 = add i32 %depth, 1
  %1443 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1442, i32 %1417)
  %1444 = getelementptr i64, i64* %regs, i64 0
  %1445 = load i64, i64* %1444, align 8
  store i64 %1445, i64* %fuel, align 8
  %1446 = getelementptr i64, i64* %regs, i64 6
  %1447 = load i64, i64* %1446, align 8
  store i64 %1447, i64* %lowStart, align 8
  %1448 = getelementptr i64, i64* %regs, i64 7
  %1449 = load i64, i64* %1448, align 8
  store i64 %1449, i64* %lowEnd, align 8
  %1450 = getelementptr i64, i64* %regs, i64 8
  %1451 = load i64, i64* %1450, align 8
  store i64 %1451, i64* %highEnd, align 8
  %1452 = icmp ne i32 %1443, 0
  br i1 %1452, label %then189, label %else190

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
