; From examples/sensor-report.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/sensor-report.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
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
;   @m0.codec.dec.string.3
;   @m0.rt.parse_eisel_lemire
;   @m0.rt.decimal_shr
;   @m0.rt.decimal_shl
;   @m0.rt.decimal_round
;   @m0.rt.parse_float_slow
;   @m0.rt.parse_float
;   @m0.codec.dec.float.4
;   @m0.codec.skip
;   @m0.codec.dec.fields.2
;   @m0.codec.dec.record.1
;   @m0.codec.dec.list.0
;   @m0.main.args
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.rt.mul_shift_64
;   @m0.rt.pow5_factor_at_least
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.f64_shortest
;   @m0.rt.float_text_write
;   @m0.rt.str_join
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.1
;   @m0.rt.float_json_write
;   @m0.codec.write_float
;   @m0.codec.enc.float.2
;   @m0.codec.write_str
;   @m0.codec.enc.string.3
;   @m0.codec.enc.record.0
;   @m0.codec.nonfinite.float.1
;   @m0.codec.nonfinite.record.0
;   @m0.main
;   @m0.fn.to_celsius
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
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 3 function(s):

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
  %unaligned35 = alloca i32, align 4
  %unaligned85 = alloca i32, align 4
  %unaligned92 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %default11, %then53, %case12, %ok27, %then24, %ok21, %join9, %ok
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

trap253.site0:                                    ; preds = %ok59, %ok56, %ok51, %ok28, %ok22, %ok1
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

trap17.site0:                                     ; preds = %write.slow, %join82, %cont71, %ws_done13, %cont62, %cont46, %cont41, %ok33, %then30, %ws_done2, %cont13, %ws_done0, %cont
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

join20:                                           ; preds = %else19, %join69
  %160 = load i32, i32* %arg0_state, align 4
  %161 = icmp eq i32 %160, 0
  %162 = zext i1 %161 to i32
  %163 = icmp ne i32 %162, 0
  br i1 %163, label %then76, label %else77

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
  %220 = icmp eq i32 %219, 8
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

match5:                                           ; preds = %join32, %then36
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
  %258 = sub i64 %arena_size, 4
  %259 = icmp sgt i64 %257, %258
  br i1 %259, label %trap17.site0, label %ok33

else31:                                           ; preds = %join26
  br label %join32

join32:                                           ; preds = %else31, %join38
  store i32 -1, i32* %result, align 4
  br label %match5

ok33:                                             ; preds = %then30
  %260 = getelementptr i8, i8* %mem, i64 %257
  %261 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %261, i8* %260, i64 4, i1 false)
  %262 = load i32, i32* %unaligned, align 4
  %263 = icmp eq i32 %262, 1684104562
  %264 = zext i1 %263 to i32
  %265 = load i32, i32* %args_kp, align 4
  %266 = zext i32 %265 to i64
  %267 = sub i64 %arena_size, 8
  %268 = icmp sgt i64 %266, %267
  br i1 %268, label %trap17.site0, label %ok34

ok34:                                             ; preds = %ok33
  %269 = add i64 %266, 4
  %270 = getelementptr i8, i8* %mem, i64 %269
  %271 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %271, i8* %270, i64 4, i1 false)
  %272 = load i32, i32* %unaligned35, align 4
  %273 = icmp eq i32 %272, 1936158313
  %274 = zext i1 %273 to i32
  %275 = and i32 %264, %274
  %276 = icmp ne i32 %275, 0
  br i1 %276, label %then36, label %else37

then36:                                           ; preds = %ok34
  store i32 0, i32* %result, align 4
  br label %match5

else37:                                           ; preds = %ok34
  br label %join38

join38:                                           ; preds = %else37, %dead39
  br label %join32

dead39:                                           ; No predecessors!
  br label %join38

ws_done6:                                         ; preds = %dead44, %ok42, %ok40
  %277 = load i32, i32* %args_pos, align 4
  %278 = add i32 %277, 1
  store i32 %278, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont43, %match5
  %279 = load i64, i64* %fuel, align 8
  %280 = icmp ult i64 %279, 1
  br i1 %280, label %trap14.site0, label %ok40

ok40:                                             ; preds = %ws7
  %281 = sub i64 %279, 1
  store i64 %281, i64* %fuel, align 8
  %282 = load i32, i32* %args_pos, align 4
  %283 = load i32, i32* %args_end, align 4
  %284 = icmp uge i32 %282, %283
  %285 = zext i1 %284 to i32
  %286 = icmp ne i32 %285, 0
  br i1 %286, label %ws_done6, label %cont41

cont41:                                           ; preds = %ok40
  %287 = load i32, i32* %args_pos, align 4
  %288 = zext i32 %287 to i64
  %289 = sub i64 %arena_size, 1
  %290 = icmp sgt i64 %288, %289
  br i1 %290, label %trap17.site0, label %ok42

ok42:                                             ; preds = %cont41
  %291 = getelementptr i8, i8* %mem, i64 %288
  %292 = load i8, i8* %291, align 1
  %293 = zext i8 %292 to i32
  store i32 %293, i32* %ws, align 4
  %294 = load i32, i32* %ws, align 4
  %295 = icmp ule i32 %294, 32
  %296 = zext i1 %295 to i32
  %297 = icmp eq i32 %296, 0
  %298 = zext i1 %297 to i32
  %299 = icmp ne i32 %298, 0
  br i1 %299, label %ws_done6, label %cont43

cont43:                                           ; preds = %ok42
  %300 = load i32, i32* %args_pos, align 4
  %301 = add i32 %300, 1
  store i32 %301, i32* %args_pos, align 4
  br label %ws7

dead44:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead49, %ok47, %ok45
  %302 = load i32, i32* %args_c, align 4
  switch i32 %302, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont48, %ws_done6
  %303 = load i64, i64* %fuel, align 8
  %304 = icmp ult i64 %303, 1
  br i1 %304, label %trap14.site0, label %ok45

ok45:                                             ; preds = %ws9
  %305 = sub i64 %303, 1
  store i64 %305, i64* %fuel, align 8
  %306 = load i32, i32* %args_pos, align 4
  %307 = load i32, i32* %args_end, align 4
  %308 = icmp uge i32 %306, %307
  %309 = zext i1 %308 to i32
  %310 = icmp ne i32 %309, 0
  br i1 %310, label %ws_done8, label %cont46

cont46:                                           ; preds = %ok45
  %311 = load i32, i32* %args_pos, align 4
  %312 = zext i32 %311 to i64
  %313 = sub i64 %arena_size, 1
  %314 = icmp sgt i64 %312, %313
  br i1 %314, label %trap17.site0, label %ok47

ok47:                                             ; preds = %cont46
  %315 = getelementptr i8, i8* %mem, i64 %312
  %316 = load i8, i8* %315, align 1
  %317 = zext i8 %316 to i32
  store i32 %317, i32* %ws, align 4
  %318 = load i32, i32* %ws, align 4
  %319 = icmp ule i32 %318, 32
  %320 = zext i1 %319 to i32
  %321 = icmp eq i32 %320, 0
  %322 = zext i1 %321 to i32
  %323 = icmp ne i32 %322, 0
  br i1 %323, label %ws_done8, label %cont48

cont48:                                           ; preds = %ok47
  %324 = load i32, i32* %args_pos, align 4
  %325 = add i32 %324, 1
  store i32 %325, i32* %args_pos, align 4
  br label %ws9

dead49:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok60, %join55
  br label %ws14

default11:                                        ; preds = %dead58, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %326 = load i32, i32* %args_pos, align 4
  %327 = load i32, i32* %args_end, align 4
  %328 = icmp uge i32 %depth, 1000
  br i1 %328, label %trap15.site0, label %ok59

case12:                                           ; preds = %dead50, %ws_done8
  %329 = load i32, i32* %args_pos, align 4
  %330 = load i32, i32* %args_end, align 4
  %331 = load i32, i32* %arg0_cell, align 4
  %332 = icmp uge i32 %depth, 1000
  br i1 %332, label %trap15.site0, label %ok51

dead50:                                           ; No predecessors!
  br label %case12

ok51:                                             ; preds = %case12
  %333 = icmp ult i64 %10, %stack_limit
  br i1 %333, label %trap253.site0, label %stack_ok52

stack_ok52:                                       ; preds = %ok51
  %334 = load i64, i64* %fuel, align 8
  %335 = getelementptr i64, i64* %regs, i64 0
  store i64 %334, i64* %335, align 8
  %336 = load i64, i64* %lowStart, align 8
  %337 = getelementptr i64, i64* %regs, i64 6
  store i64 %336, i64* %337, align 8
  %338 = load i64, i64* %lowEnd, align 8
  %339 = getelementptr i64, i64* %regs, i64 7
  store i64 %338, i64* %339, align 8
  %340 = load i64, i64* %highEnd, align 8
  %341 = getelementptr i64, i64* %regs, i64 8
  store i64 %340, i64* %341, align 8
  %342 = add i32 %depth, 1
  %343 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %342, i32 %329, i32 %330, i32 %331)
  %344 = getelementptr i64, i64* %regs, i64 0
  %345 = load i64, i64* %344, align 8
  store i64 %345, i64* %fuel, align 8
  %346 = getelementptr i64, i64* %regs, i64 6
  %347 = load i64, i64* %346, align 8
  store i64 %347, i64* %lowStart, align 8
  %348 = getelementptr i64, i64* %regs, i64 7
  %349 = load i64, i64* %348, align 8
  store i64 %349, i64* %lowEnd, align 8
  %350 = getelementptr i64, i64* %regs, i64 8
  %351 = load i64, i64* %350, align 8
  store i64 %351, i64* %highEnd, align 8
  store i32 %343, i32* %args_r, align 4
  %352 = load i32, i32* %args_r, align 4
  %353 = icmp slt i32 %352, 0
  %354 = zext i1 %353 to i32
  %355 = icmp ne i32 %354, 0
  br i1 %355, label %then53, label %else54

then53:                                           ; preds = %stack_ok52
  store i32 2, i32* %arg0_state, align 4
  %356 = load i32, i32* %args_mark, align 4
  %357 = zext i32 %356 to i64
  %358 = getelementptr i64, i64* %regs, i64 1
  store i64 %357, i64* %358, align 8
  %359 = load i32, i32* %args_pos, align 4
  %360 = load i32, i32* %args_end, align 4
  %361 = icmp uge i32 %depth, 1000
  br i1 %361, label %trap15.site0, label %ok56

else54:                                           ; preds = %stack_ok52
  store i32 1, i32* %arg0_state, align 4
  %362 = load i32, i32* %args_r, align 4
  store i32 %362, i32* %args_pos, align 4
  br label %join55

join55:                                           ; preds = %else54, %stack_ok57
  br label %switch10

ok56:                                             ; preds = %then53
  %363 = icmp ult i64 %10, %stack_limit
  br i1 %363, label %trap253.site0, label %stack_ok57

stack_ok57:                                       ; preds = %ok56
  %364 = load i64, i64* %fuel, align 8
  %365 = getelementptr i64, i64* %regs, i64 0
  store i64 %364, i64* %365, align 8
  %366 = load i64, i64* %lowStart, align 8
  %367 = getelementptr i64, i64* %regs, i64 6
  store i64 %366, i64* %367, align 8
  %368 = load i64, i64* %lowEnd, align 8
  %369 = getelementptr i64, i64* %regs, i64 7
  store i64 %368, i64* %369, align 8
  %370 = load i64, i64* %highEnd, align 8
  %371 = getelementptr i64, i64* %regs, i64 8
  store i64 %370, i64* %371, align 8
  %372 = add i32 %depth, 1
  %373 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %372, i32 %359, i32 %360)
  %374 = getelementptr i64, i64* %regs, i64 0
  %375 = load i64, i64* %374, align 8
  store i64 %375, i64* %fuel, align 8
  %376 = getelementptr i64, i64* %regs, i64 6
  %377 = load i64, i64* %376, align 8
  store i64 %377, i64* %lowStart, align 8
  %378 = getelementptr i64, i64* %regs, i64 7
  %379 = load i64, i64* %378, align 8
  store i64 %379, i64* %lowEnd, align 8
  %380 = getelementptr i64, i64* %regs, i64 8
  %381 = load i64, i64* %380, align 8
  store i64 %381, i64* %highEnd, align 8
  store i32 %373, i32* %args_pos, align 4
  br label %join55

dead58:                                           ; No predecessors!
  br label %default11

ok59:                                             ; preds = %default11
  %382 = icmp ult i64 %10, %stack_limit
  br i1 %382, label %trap253.site0, label %stack_ok60

stack_ok60:                                       ; preds = %ok59
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
  %392 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %391, i32 %326, i32 %327)
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
  store i32 %392, i32* %args_pos, align 4
  br label %switch10

ws_done13:                                        ; preds = %dead65, %ok63, %ok61
  %401 = load i32, i32* %args_pos, align 4
  %402 = zext i32 %401 to i64
  %403 = sub i64 %arena_size, 1
  %404 = icmp sgt i64 %402, %403
  br i1 %404, label %trap17.site0, label %ok66

ws14:                                             ; preds = %cont64, %switch10
  %405 = load i64, i64* %fuel, align 8
  %406 = icmp ult i64 %405, 1
  br i1 %406, label %trap14.site0, label %ok61

ok61:                                             ; preds = %ws14
  %407 = sub i64 %405, 1
  store i64 %407, i64* %fuel, align 8
  %408 = load i32, i32* %args_pos, align 4
  %409 = load i32, i32* %args_end, align 4
  %410 = icmp uge i32 %408, %409
  %411 = zext i1 %410 to i32
  %412 = icmp ne i32 %411, 0
  br i1 %412, label %ws_done13, label %cont62

cont62:                                           ; preds = %ok61
  %413 = load i32, i32* %args_pos, align 4
  %414 = zext i32 %413 to i64
  %415 = sub i64 %arena_size, 1
  %416 = icmp sgt i64 %414, %415
  br i1 %416, label %trap17.site0, label %ok63

ok63:                                             ; preds = %cont62
  %417 = getelementptr i8, i8* %mem, i64 %414
  %418 = load i8, i8* %417, align 1
  %419 = zext i8 %418 to i32
  store i32 %419, i32* %ws, align 4
  %420 = load i32, i32* %ws, align 4
  %421 = icmp ule i32 %420, 32
  %422 = zext i1 %421 to i32
  %423 = icmp eq i32 %422, 0
  %424 = zext i1 %423 to i32
  %425 = icmp ne i32 %424, 0
  br i1 %425, label %ws_done13, label %cont64

cont64:                                           ; preds = %ok63
  %426 = load i32, i32* %args_pos, align 4
  %427 = add i32 %426, 1
  store i32 %427, i32* %args_pos, align 4
  br label %ws14

dead65:                                           ; No predecessors!
  br label %ws_done13

ok66:                                             ; preds = %ws_done13
  %428 = getelementptr i8, i8* %mem, i64 %402
  %429 = load i8, i8* %428, align 1
  %430 = zext i8 %429 to i32
  store i32 %430, i32* %args_c, align 4
  %431 = load i32, i32* %args_pos, align 4
  %432 = add i32 %431, 1
  store i32 %432, i32* %args_pos, align 4
  %433 = load i32, i32* %args_c, align 4
  %434 = icmp eq i32 %433, 44
  %435 = zext i1 %434 to i32
  %436 = icmp ne i32 %435, 0
  br i1 %436, label %then67, label %else68

then67:                                           ; preds = %ok66
  br label %ws16

else68:                                           ; preds = %ok66
  br label %join69

join69:                                           ; preds = %else68, %dead75
  br label %join20

ws_done15:                                        ; preds = %dead74, %ok72, %ok70
  br label %args4

ws16:                                             ; preds = %cont73, %then67
  %437 = load i64, i64* %fuel, align 8
  %438 = icmp ult i64 %437, 1
  br i1 %438, label %trap14.site0, label %ok70

ok70:                                             ; preds = %ws16
  %439 = sub i64 %437, 1
  store i64 %439, i64* %fuel, align 8
  %440 = load i32, i32* %args_pos, align 4
  %441 = load i32, i32* %args_end, align 4
  %442 = icmp uge i32 %440, %441
  %443 = zext i1 %442 to i32
  %444 = icmp ne i32 %443, 0
  br i1 %444, label %ws_done15, label %cont71

cont71:                                           ; preds = %ok70
  %445 = load i32, i32* %args_pos, align 4
  %446 = zext i32 %445 to i64
  %447 = sub i64 %arena_size, 1
  %448 = icmp sgt i64 %446, %447
  br i1 %448, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont71
  %449 = getelementptr i8, i8* %mem, i64 %446
  %450 = load i8, i8* %449, align 1
  %451 = zext i8 %450 to i32
  store i32 %451, i32* %ws, align 4
  %452 = load i32, i32* %ws, align 4
  %453 = icmp ule i32 %452, 32
  %454 = zext i1 %453 to i32
  %455 = icmp eq i32 %454, 0
  %456 = zext i1 %455 to i32
  %457 = icmp ne i32 %456, 0
  br i1 %457, label %ws_done15, label %cont73

cont73:                                           ; preds = %ok72
  %458 = load i32, i32* %args_pos, align 4
  %459 = add i32 %458, 1
  store i32 %459, i32* %args_pos, align 4
  br label %ws16

dead74:                                           ; No predecessors!
  br label %ws_done15

dead75:                                           ; No predecessors!
  br label %join69

then76:                                           ; preds = %join20
  br label %trap9.site2

else77:                                           ; preds = %join20
  br label %join78

join78:                                           ; preds = %else77, %dead79
  %460 = load i32, i32* %arg0_state, align 4
  %461 = icmp eq i32 %460, 2
  %462 = zext i1 %461 to i32
  %463 = icmp ne i32 %462, 0
  br i1 %463, label %then80, label %else81

trap9.site2:                                      ; preds = %then76
  %464 = load i64, i64* %lowStart, align 8
  %465 = getelementptr i64, i64* %regs, i64 6
  store i64 %464, i64* %465, align 8
  %466 = load i64, i64* %lowEnd, align 8
  %467 = getelementptr i64, i64* %regs, i64 7
  store i64 %466, i64* %467, align 8
  %468 = load i64, i64* %highEnd, align 8
  %469 = getelementptr i64, i64* %regs, i64 8
  store i64 %468, i64* %469, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead79:                                           ; No predecessors!
  br label %join78

then80:                                           ; preds = %join78
  br label %trap11.site2

else81:                                           ; preds = %join78
  br label %join82

join82:                                           ; preds = %else81, %dead83
  %470 = load i32, i32* %arg0_cell, align 4
  %471 = zext i32 %470 to i64
  %472 = sub i64 %arena_size, 4
  %473 = icmp sgt i64 %471, %472
  br i1 %473, label %trap17.site0, label %ok84

trap11.site2:                                     ; preds = %then80
  %474 = load i64, i64* %lowStart, align 8
  %475 = getelementptr i64, i64* %regs, i64 6
  store i64 %474, i64* %475, align 8
  %476 = load i64, i64* %lowEnd, align 8
  %477 = getelementptr i64, i64* %regs, i64 7
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %highEnd, align 8
  %479 = getelementptr i64, i64* %regs, i64 8
  store i64 %478, i64* %479, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead83:                                           ; No predecessors!
  br label %join82

ok84:                                             ; preds = %join82
  %480 = getelementptr i8, i8* %mem, i64 %471
  %481 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %481, i8* %480, i64 4, i1 false)
  %482 = load i32, i32* %unaligned85, align 4
  store i32 %482, i32* %arg, align 4
  %483 = load i32, i32* %args_unexpected, align 4
  %484 = icmp ne i32 %483, 0
  br i1 %484, label %then86, label %else87

then86:                                           ; preds = %ok84
  br label %trap10.site1

else87:                                           ; preds = %ok84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %485 = getelementptr i64, i64* %regs, i64 1
  %486 = getelementptr i64, i64* %regs, i64 2
  %487 = load i64, i64* %485, align 8
  %488 = add i64 %487, 7
  %489 = and i64 %488, -8
  %490 = add i64 %489, 8
  %491 = load i64, i64* %486, align 8
  %492 = icmp ugt i64 %490, %491
  br i1 %492, label %trap15.site1, label %ok90

trap10.site1:                                     ; preds = %then86
  %493 = load i64, i64* %lowStart, align 8
  %494 = getelementptr i64, i64* %regs, i64 6
  store i64 %493, i64* %494, align 8
  %495 = load i64, i64* %lowEnd, align 8
  %496 = getelementptr i64, i64* %regs, i64 7
  store i64 %495, i64* %496, align 8
  %497 = load i64, i64* %highEnd, align 8
  %498 = getelementptr i64, i64* %regs, i64 8
  store i64 %497, i64* %498, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

ok90:                                             ; preds = %join88
  store i64 %490, i64* %485, align 8
  %499 = load i64, i64* %highEnd, align 8
  %500 = call i64 @llvm.umax.i64(i64 %499, i64 %490)
  store i64 %500, i64* %highEnd, align 8
  %501 = trunc i64 %489 to i32
  store i32 %501, i32* %args_out, align 4
  %502 = load i32, i32* %args_out, align 4
  %503 = load i32, i32* %arg, align 4
  %504 = zext i32 %502 to i64
  %505 = add i64 %504, 4
  %506 = icmp uge i64 %504, %scratch_start
  %507 = load i64, i64* %highEnd, align 8
  %508 = icmp ule i64 %505, %507
  %509 = and i1 %506, %508
  %510 = call i1 @llvm.expect.i1(i1 %509, i1 true)
  br i1 %510, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join88
  %511 = load i64, i64* %lowStart, align 8
  %512 = getelementptr i64, i64* %regs, i64 6
  store i64 %511, i64* %512, align 8
  %513 = load i64, i64* %lowEnd, align 8
  %514 = getelementptr i64, i64* %regs, i64 7
  store i64 %513, i64* %514, align 8
  %515 = load i64, i64* %highEnd, align 8
  %516 = getelementptr i64, i64* %regs, i64 8
  store i64 %515, i64* %516, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok90
  %517 = load i64, i64* %lowStart, align 8
  %518 = icmp uge i64 %504, %517
  %519 = load i64, i64* %lowEnd, align 8
  %520 = icmp ule i64 %505, %519
  %521 = and i1 %518, %520
  %522 = call i1 @llvm.expect.i1(i1 %521, i1 true)
  br i1 %522, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %523 = icmp ugt i64 %505, %arena_size
  br i1 %523, label %trap17.site0, label %ok91

write.ok:                                         ; preds = %ok91, %write.low, %ok90
  %524 = getelementptr i8, i8* %mem, i64 %504
  store i32 %503, i32* %unaligned92, align 4
  %525 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %524, i8* %525, i64 4, i1 false)
  %526 = load i32, i32* %args_out, align 4
  %527 = load i64, i64* %fuel, align 8
  %528 = getelementptr i64, i64* %regs, i64 0
  store i64 %527, i64* %528, align 8
  %529 = load i64, i64* %lowStart, align 8
  %530 = getelementptr i64, i64* %regs, i64 6
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %lowEnd, align 8
  %532 = getelementptr i64, i64* %regs, i64 7
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %highEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 8
  store i64 %533, i64* %534, align 8
  ret i32 %526

ok91:                                             ; preds = %write.slow
  %535 = icmp ult i64 %504, %scratch_start
  %536 = load i64, i64* %lowStart, align 8
  %537 = call i64 @llvm.umin.i64(i64 %536, i64 %504)
  %538 = load i64, i64* %lowEnd, align 8
  %539 = load i64, i64* %highEnd, align 8
  %540 = add i64 %505, 64
  %541 = sub i64 %505, %537
  %542 = lshr i64 %541, 4
  %543 = add i64 %540, %542
  %544 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %543)
  %545 = call i64 @llvm.umax.i64(i64 %538, i64 %544)
  %546 = select i1 %535, i64 %545, i64 %538
  store i64 %546, i64* %lowEnd, align 8
  %547 = add i64 %505, 64
  %548 = sub i64 %505, %scratch_start
  %549 = lshr i64 %548, 4
  %550 = add i64 %547, %549
  %551 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %550)
  %552 = call i64 @llvm.umax.i64(i64 %539, i64 %551)
  %553 = select i1 %535, i64 %539, i64 %552
  store i64 %553, i64* %highEnd, align 8
  store i64 %537, i64* %lowStart, align 8
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
  %readings = alloca i32, align 4
  store i32 0, i32* %readings, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
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
  %r = alloca i32, align 4
  store i32 0, i32* %r, align 4
  %celsius = alloca i32, align 4
  store i32 0, i32* %celsius, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %count = alloca i64, align 8
  store i64 0, i64* %count, align 8
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %r.1 = alloca i32, align 4
  store i32 0, i32* %r.1, align 4
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %unique = alloca i32, align 4
  store i32 0, i32* %unique, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  %j = alloca i32, align 4
  store i32 0, i32* %j, align 4
  %sensors = alloca i32, align 4
  store i32 0, i32* %sensors, align 4
  %xs.4 = alloca i32, align 4
  store i32 0, i32* %xs.4, align 4
  %best = alloca double, align 8
  store double 0.000000e+00, double* %best, align 8
  %first = alloca i32, align 4
  store i32 0, i32* %first, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca double, align 8
  store double 0.000000e+00, double* %x.2, align 8
  %x.3 = alloca double, align 8
  store double 0.000000e+00, double* %x.3, align 8
  %max_c = alloca double, align 8
  store double 0.000000e+00, double* %max_c, align 8
  %xs.5 = alloca i32, align 4
  store i32 0, i32* %xs.5, align 4
  %best.1 = alloca double, align 8
  store double 0.000000e+00, double* %best.1, align 8
  %first.1 = alloca i32, align 4
  store i32 0, i32* %first.1, align 4
  %n.4 = alloca i32, align 4
  store i32 0, i32* %n.4, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %x.4 = alloca double, align 8
  store double 0.000000e+00, double* %x.4, align 8
  %x.5 = alloca double, align 8
  store double 0.000000e+00, double* %x.5, align 8
  %min_c = alloca double, align 8
  store double 0.000000e+00, double* %min_c, align 8
  %xs.6 = alloca i32, align 4
  store i32 0, i32* %xs.6, align 4
  %sum = alloca double, align 8
  store double 0.000000e+00, double* %sum, align 8
  %n.5 = alloca i32, align 4
  store i32 0, i32* %n.5, align 4
  %k.4 = alloca i32, align 4
  store i32 0, i32* %k.4, align 4
  %x.6 = alloca double, align 8
  store double 0.000000e+00, double* %x.6, align 8
  %xs.7 = alloca i32, align 4
  store i32 0, i32* %xs.7, align 4
  %mean_c = alloca double, align 8
  store double 0.000000e+00, double* %mean_c, align 8
  %xs.8 = alloca i32, align 4
  store i32 0, i32* %xs.8, align 4
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %n.6 = alloca i32, align 4
  store i32 0, i32* %n.6, align 4
  %k.5 = alloca i32, align 4
  store i32 0, i32* %k.5, align 4
  %x.7 = alloca i32, align 4
  store i32 0, i32* %x.7, align 4
  %r.2 = alloca i32, align 4
  store i32 0, i32* %r.2, align 4
  %part = alloca i32, align 4
  store i32 0, i32* %part, align 4
  %part.1 = alloca double, align 8
  store double 0.000000e+00, double* %part.1, align 8
  %text = alloca i32, align 4
  store i32 0, i32* %text, align 4
  %cur = alloca i32, align 4
  store i32 0, i32* %cur, align 4
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %slen = alloca i32, align 4
  store i32 0, i32* %slen, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %report = alloca i32, align 4
  store i32 0, i32* %report, align 4
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
  %unaligned20 = alloca i32, align 4
  %unaligned23 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %unaligned33 = alloca i64, align 8
  %unaligned39 = alloca i32, align 4
  %unaligned44 = alloca i32, align 4
  %result45 = alloca i64, align 8
  %unaligned47 = alloca i32, align 4
  %unaligned52 = alloca i64, align 8
  %result53 = alloca i32, align 4
  %result54 = alloca i32, align 4
  %unaligned56 = alloca i32, align 4
  %unaligned63 = alloca i32, align 4
  %unaligned67 = alloca i32, align 4
  %unaligned69 = alloca i32, align 4
  %unaligned74 = alloca i32, align 4
  %unaligned80 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned90 = alloca i32, align 4
  %unaligned92 = alloca i32, align 4
  %result104 = alloca i32, align 4
  %unaligned109 = alloca i32, align 4
  %result110 = alloca double, align 8
  %unaligned112 = alloca i32, align 4
  %unaligned118 = alloca i32, align 4
  %unaligned122 = alloca i64, align 8
  %unaligned131 = alloca i64, align 8
  %result132 = alloca double, align 8
  %unaligned134 = alloca i32, align 4
  %unaligned140 = alloca i32, align 4
  %unaligned144 = alloca i64, align 8
  %unaligned153 = alloca i64, align 8
  %result154 = alloca double, align 8
  %unaligned156 = alloca i32, align 4
  %unaligned160 = alloca i64, align 8
  %result162 = alloca i64, align 8
  %unaligned164 = alloca i32, align 4
  %unaligned170 = alloca i64, align 8
  %result171 = alloca i32, align 4
  %unaligned173 = alloca i32, align 4
  %unaligned180 = alloca i32, align 4
  %unaligned184 = alloca i32, align 4
  %result185 = alloca i32, align 4
  %unaligned187 = alloca i32, align 4
  %unaligned192 = alloca i32, align 4
  %unaligned216 = alloca i32, align 4
  %unaligned222 = alloca i32, align 4
  %unaligned228 = alloca i32, align 4
  %unaligned235 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each42, %each34, %each29, %each25, %loop19, %loop18, %each14, %each4, %body
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

trap253.site0:                                    ; preds = %ok245, %ok236, %ok229, %ok210, %ok188, %ok93, %ok27, %ok1
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
  store i32 %61, i32* %readings, align 4
  %62 = getelementptr i64, i64* %regs, i64 1
  %63 = getelementptr i64, i64* %regs, i64 2
  %64 = load i64, i64* %62, align 8
  %65 = add i64 %64, 7
  %66 = and i64 %65, -8
  %67 = add i64 %66, 56
  %68 = load i64, i64* %63, align 8
  %69 = icmp ugt i64 %67, %68
  br i1 %69, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %write.slow232, %write.slow225, %write.slow219, %write.slow213, %write.slow207, %ok190, %cont182, %ok178, %write.ok168, %write.slow167, %e31, %cont158, %write.ok151, %write.slow150, %cont142, %join137, %write.ok129, %write.slow128, %cont120, %join115, %write.ok107, %write.slow106, %ok89, %then86, %e11, %write.slow77, %write.slow71, %cont65, %ok61, %write.ok50, %write.slow49, %write.ok42, %write.slow41, %write.slow36, %write.slow30, %cont, %ok21, %write.ok15, %write.slow14, %write.slow9, %write.slow, %stack_ok
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

e0:                                               ; preds = %write.ok233
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
  br i1 %83, label %trap15.site0, label %ok236

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

trap15.site3:                                     ; preds = %join249, %ok2
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
  %201 = load i32, i32* %readings, align 4
  store i32 %201, i32* %xs, align 4
  %202 = load i32, i32* %xs, align 4
  %203 = zext i32 %202 to i64
  %204 = sub i64 %arena_size, 4
  %205 = icmp sgt i64 %203, %204
  br i1 %205, label %trap17.site0, label %ok19

ok16:                                             ; preds = %write.slow14
  %206 = icmp ult i64 %166, %scratch_start
  %207 = load i64, i64* %lowStart, align 8
  %208 = call i64 @llvm.umin.i64(i64 %207, i64 %166)
  %209 = load i64, i64* %lowEnd, align 8
  %210 = load i64, i64* %highEnd, align 8
  %211 = add i64 %167, 64
  %212 = sub i64 %167, %208
  %213 = lshr i64 %212, 4
  %214 = add i64 %211, %213
  %215 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %214)
  %216 = call i64 @llvm.umax.i64(i64 %209, i64 %215)
  %217 = select i1 %206, i64 %216, i64 %209
  store i64 %217, i64* %lowEnd, align 8
  %218 = add i64 %167, 64
  %219 = sub i64 %167, %scratch_start
  %220 = lshr i64 %219, 4
  %221 = add i64 %218, %220
  %222 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %221)
  %223 = call i64 @llvm.umax.i64(i64 %210, i64 %222)
  %224 = select i1 %206, i64 %210, i64 %223
  store i64 %224, i64* %highEnd, align 8
  store i64 %208, i64* %lowStart, align 8
  br label %write.ok15

e1:                                               ; preds = %write.ok37
  %225 = load i32, i32* %result18, align 4
  store i32 %225, i32* %celsius, align 4
  %226 = load i32, i32* %dict, align 4
  %227 = load i32, i32* %celsius, align 4
  %228 = zext i32 %226 to i64
  %229 = add i64 %228, 4
  %230 = add i64 %229, 4
  %231 = icmp uge i64 %229, %scratch_start
  %232 = load i64, i64* %highEnd, align 8
  %233 = icmp ule i64 %230, %232
  %234 = and i1 %231, %233
  %235 = call i1 @llvm.expect.i1(i1 %234, i1 true)
  br i1 %235, label %write.ok42, label %write.low40

ok19:                                             ; preds = %write.ok15
  %236 = getelementptr i8, i8* %mem, i64 %203
  %237 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %237, i8* %236, i64 4, i1 false)
  %238 = load i32, i32* %unaligned20, align 4
  %239 = zext i32 %238 to i64
  %240 = mul i64 %239, 8
  %241 = add i64 8, %240
  store i64 %241, i64* %size, align 8
  %242 = load i64, i64* %size, align 8
  %243 = icmp ugt i64 %242, 2147483647
  %244 = zext i1 %243 to i32
  %245 = icmp ne i32 %244, 0
  br i1 %245, label %then, label %else

then:                                             ; preds = %ok19
  br label %trap15.site5

else:                                             ; preds = %ok19
  br label %join

join:                                             ; preds = %else, %dead
  %246 = load i64, i64* %size, align 8
  %247 = trunc i64 %246 to i32
  %248 = zext i32 %247 to i64
  %249 = getelementptr i64, i64* %regs, i64 1
  %250 = getelementptr i64, i64* %regs, i64 2
  %251 = load i64, i64* %249, align 8
  %252 = add i64 %251, 7
  %253 = and i64 %252, -8
  %254 = add i64 %253, %248
  %255 = load i64, i64* %250, align 8
  %256 = icmp ugt i64 %254, %255
  br i1 %256, label %trap15.site5, label %ok21

trap15.site5:                                     ; preds = %join, %then
  %257 = load i64, i64* %lowStart, align 8
  %258 = getelementptr i64, i64* %regs, i64 6
  store i64 %257, i64* %258, align 8
  %259 = load i64, i64* %lowEnd, align 8
  %260 = getelementptr i64, i64* %regs, i64 7
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %highEnd, align 8
  %262 = getelementptr i64, i64* %regs, i64 8
  store i64 %261, i64* %262, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok21:                                             ; preds = %join
  store i64 %254, i64* %249, align 8
  %263 = load i64, i64* %highEnd, align 8
  %264 = call i64 @llvm.umax.i64(i64 %263, i64 %254)
  store i64 %264, i64* %highEnd, align 8
  %265 = trunc i64 %253 to i32
  store i32 %265, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %266 = load i32, i32* %xs, align 4
  %267 = zext i32 %266 to i64
  %268 = sub i64 %arena_size, 4
  %269 = icmp sgt i64 %267, %268
  br i1 %269, label %trap17.site0, label %ok22

ok22:                                             ; preds = %ok21
  %270 = getelementptr i8, i8* %mem, i64 %267
  %271 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %271, i8* %270, i64 4, i1 false)
  %272 = load i32, i32* %unaligned23, align 4
  store i32 %272, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead34, %ok24
  %273 = load i32, i32* %list, align 4
  %274 = load i32, i32* %len, align 4
  %275 = zext i32 %273 to i64
  %276 = add i64 %275, 4
  %277 = icmp uge i64 %275, %scratch_start
  %278 = load i64, i64* %highEnd, align 8
  %279 = icmp ule i64 %276, %278
  %280 = and i1 %277, %279
  %281 = call i1 @llvm.expect.i1(i1 %280, i1 true)
  br i1 %281, label %write.ok37, label %write.low35

each4:                                            ; preds = %write.ok31, %ok22
  %282 = load i64, i64* %fuel, align 8
  %283 = icmp ult i64 %282, 1
  br i1 %283, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each4
  %284 = sub i64 %282, 1
  store i64 %284, i64* %fuel, align 8
  %285 = load i32, i32* %k, align 4
  %286 = load i32, i32* %n, align 4
  %287 = icmp uge i32 %285, %286
  %288 = zext i1 %287 to i32
  %289 = icmp ne i32 %288, 0
  br i1 %289, label %block3, label %cont

cont:                                             ; preds = %ok24
  %290 = load i32, i32* %xs, align 4
  %291 = load i32, i32* %k, align 4
  %292 = mul i32 %291, 4
  %293 = add i32 %290, %292
  %294 = zext i32 %293 to i64
  %295 = sub i64 %arena_size, 8
  %296 = icmp sgt i64 %294, %295
  br i1 %296, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %297 = add i64 %294, 4
  %298 = getelementptr i8, i8* %mem, i64 %297
  %299 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %299, i8* %298, i64 4, i1 false)
  %300 = load i32, i32* %unaligned26, align 4
  store i32 %300, i32* %x, align 4
  %301 = load i32, i32* %x, align 4
  store i32 %301, i32* %r, align 4
  %302 = load i32, i32* %list, align 4
  %303 = load i32, i32* %len, align 4
  %304 = mul i32 %303, 8
  %305 = add i32 %302, %304
  %306 = load i32, i32* %r, align 4
  %307 = icmp uge i32 %depth, 1000
  br i1 %307, label %trap15.site6, label %ok27

ok27:                                             ; preds = %ok25
  %308 = icmp ult i64 %10, %stack_limit
  br i1 %308, label %trap253.site0, label %stack_ok28

trap15.site6:                                     ; preds = %ok25
  %309 = load i64, i64* %lowStart, align 8
  %310 = getelementptr i64, i64* %regs, i64 6
  store i64 %309, i64* %310, align 8
  %311 = load i64, i64* %lowEnd, align 8
  %312 = getelementptr i64, i64* %regs, i64 7
  store i64 %311, i64* %312, align 8
  %313 = load i64, i64* %highEnd, align 8
  %314 = getelementptr i64, i64* %regs, i64 8
  store i64 %313, i64* %314, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %315 = load i64, i64* %fuel, align 8
  %316 = getelementptr i64, i64* %regs, i64 0
  store i64 %315, i64* %316, align 8
  %317 = load i64, i64* %lowStart, align 8
  %318 = getelementptr i64, i64* %regs, i64 6
  store i64 %317, i64* %318, align 8
  %319 = load i64, i64* %lowEnd, align 8
  %320 = getelementptr i64, i64* %regs, i64 7
  store i64 %319, i64* %320, align 8
  %321 = load i64, i64* %highEnd, align 8
  %322 = getelementptr i64, i64* %regs, i64 8
  store i64 %321, i64* %322, align 8
  %323 = add i32 %depth, 1
  %324 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %323, i32 0, i32 %306)
  %325 = getelementptr i64, i64* %regs, i64 0
  %326 = load i64, i64* %325, align 8
  store i64 %326, i64* %fuel, align 8
  %327 = getelementptr i64, i64* %regs, i64 6
  %328 = load i64, i64* %327, align 8
  store i64 %328, i64* %lowStart, align 8
  %329 = getelementptr i64, i64* %regs, i64 7
  %330 = load i64, i64* %329, align 8
  store i64 %330, i64* %lowEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 8
  %332 = load i64, i64* %331, align 8
  store i64 %332, i64* %highEnd, align 8
  %333 = zext i32 %305 to i64
  %334 = add i64 %333, 8
  %335 = add i64 %334, 8
  %336 = icmp uge i64 %334, %scratch_start
  %337 = load i64, i64* %highEnd, align 8
  %338 = icmp ule i64 %335, %337
  %339 = and i1 %336, %338
  %340 = call i1 @llvm.expect.i1(i1 %339, i1 true)
  br i1 %340, label %write.ok31, label %write.low29

write.low29:                                      ; preds = %stack_ok28
  %341 = load i64, i64* %lowStart, align 8
  %342 = icmp uge i64 %334, %341
  %343 = load i64, i64* %lowEnd, align 8
  %344 = icmp ule i64 %335, %343
  %345 = and i1 %342, %344
  %346 = call i1 @llvm.expect.i1(i1 %345, i1 true)
  br i1 %346, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %347 = icmp ugt i64 %335, %arena_size
  br i1 %347, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %stack_ok28
  %348 = getelementptr i8, i8* %mem, i64 %334
  %349 = bitcast double %324 to i64
  %350 = and i64 %349, 9223372036854775807
  %351 = icmp ugt i64 %350, 9218868437227405312
  %352 = select i1 %351, i64 9221120237041090560, i64 %349
  store i64 %352, i64* %unaligned33, align 8
  %353 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %348, i8* %353, i64 8, i1 false)
  %354 = load i32, i32* %len, align 4
  %355 = add i32 %354, 1
  store i32 %355, i32* %len, align 4
  %356 = load i32, i32* %k, align 4
  %357 = add i32 %356, 1
  store i32 %357, i32* %k, align 4
  br label %each4

ok32:                                             ; preds = %write.slow30
  %358 = icmp ult i64 %334, %scratch_start
  %359 = load i64, i64* %lowStart, align 8
  %360 = call i64 @llvm.umin.i64(i64 %359, i64 %334)
  %361 = load i64, i64* %lowEnd, align 8
  %362 = load i64, i64* %highEnd, align 8
  %363 = add i64 %335, 64
  %364 = sub i64 %335, %360
  %365 = lshr i64 %364, 4
  %366 = add i64 %363, %365
  %367 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %366)
  %368 = call i64 @llvm.umax.i64(i64 %361, i64 %367)
  %369 = select i1 %358, i64 %368, i64 %361
  store i64 %369, i64* %lowEnd, align 8
  %370 = add i64 %335, 64
  %371 = sub i64 %335, %scratch_start
  %372 = lshr i64 %371, 4
  %373 = add i64 %370, %372
  %374 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %373)
  %375 = call i64 @llvm.umax.i64(i64 %362, i64 %374)
  %376 = select i1 %358, i64 %362, i64 %375
  store i64 %376, i64* %highEnd, align 8
  store i64 %360, i64* %lowStart, align 8
  br label %write.ok31

dead34:                                           ; No predecessors!
  br label %block3

write.low35:                                      ; preds = %block3
  %377 = load i64, i64* %lowStart, align 8
  %378 = icmp uge i64 %275, %377
  %379 = load i64, i64* %lowEnd, align 8
  %380 = icmp ule i64 %276, %379
  %381 = and i1 %378, %380
  %382 = call i1 @llvm.expect.i1(i1 %381, i1 true)
  br i1 %382, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %383 = icmp ugt i64 %276, %arena_size
  br i1 %383, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %block3
  %384 = getelementptr i8, i8* %mem, i64 %275
  store i32 %274, i32* %unaligned39, align 4
  %385 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %384, i8* %385, i64 4, i1 false)
  %386 = load i32, i32* %list, align 4
  store i32 %386, i32* %result18, align 4
  br label %e1

ok38:                                             ; preds = %write.slow36
  %387 = icmp ult i64 %275, %scratch_start
  %388 = load i64, i64* %lowStart, align 8
  %389 = call i64 @llvm.umin.i64(i64 %388, i64 %275)
  %390 = load i64, i64* %lowEnd, align 8
  %391 = load i64, i64* %highEnd, align 8
  %392 = add i64 %276, 64
  %393 = sub i64 %276, %389
  %394 = lshr i64 %393, 4
  %395 = add i64 %392, %394
  %396 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %395)
  %397 = call i64 @llvm.umax.i64(i64 %390, i64 %396)
  %398 = select i1 %387, i64 %397, i64 %390
  store i64 %398, i64* %lowEnd, align 8
  %399 = add i64 %276, 64
  %400 = sub i64 %276, %scratch_start
  %401 = lshr i64 %400, 4
  %402 = add i64 %399, %401
  %403 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %402)
  %404 = call i64 @llvm.umax.i64(i64 %391, i64 %403)
  %405 = select i1 %387, i64 %391, i64 %404
  store i64 %405, i64* %highEnd, align 8
  store i64 %389, i64* %lowStart, align 8
  br label %write.ok37

write.low40:                                      ; preds = %e1
  %406 = load i64, i64* %lowStart, align 8
  %407 = icmp uge i64 %229, %406
  %408 = load i64, i64* %lowEnd, align 8
  %409 = icmp ule i64 %230, %408
  %410 = and i1 %407, %409
  %411 = call i1 @llvm.expect.i1(i1 %410, i1 true)
  br i1 %411, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %412 = icmp ugt i64 %230, %arena_size
  br i1 %412, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %e1
  %413 = getelementptr i8, i8* %mem, i64 %229
  store i32 %227, i32* %unaligned44, align 4
  %414 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %413, i8* %414, i64 4, i1 false)
  %415 = load i32, i32* %readings, align 4
  store i32 %415, i32* %xs.1, align 4
  %416 = load i32, i32* %xs.1, align 4
  %417 = zext i32 %416 to i64
  %418 = sub i64 %arena_size, 4
  %419 = icmp sgt i64 %417, %418
  br i1 %419, label %trap17.site0, label %ok46

ok43:                                             ; preds = %write.slow41
  %420 = icmp ult i64 %229, %scratch_start
  %421 = load i64, i64* %lowStart, align 8
  %422 = call i64 @llvm.umin.i64(i64 %421, i64 %229)
  %423 = load i64, i64* %lowEnd, align 8
  %424 = load i64, i64* %highEnd, align 8
  %425 = add i64 %230, 64
  %426 = sub i64 %230, %422
  %427 = lshr i64 %426, 4
  %428 = add i64 %425, %427
  %429 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %428)
  %430 = call i64 @llvm.umax.i64(i64 %423, i64 %429)
  %431 = select i1 %420, i64 %430, i64 %423
  store i64 %431, i64* %lowEnd, align 8
  %432 = add i64 %230, 64
  %433 = sub i64 %230, %scratch_start
  %434 = lshr i64 %433, 4
  %435 = add i64 %432, %434
  %436 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %435)
  %437 = call i64 @llvm.umax.i64(i64 %424, i64 %436)
  %438 = select i1 %420, i64 %424, i64 %437
  store i64 %438, i64* %highEnd, align 8
  store i64 %422, i64* %lowStart, align 8
  br label %write.ok42

e7:                                               ; preds = %ok46
  %439 = load i64, i64* %result45, align 8
  store i64 %439, i64* %count, align 8
  %440 = load i32, i32* %dict, align 4
  %441 = load i64, i64* %count, align 8
  %442 = zext i32 %440 to i64
  %443 = add i64 %442, 8
  %444 = add i64 %443, 8
  %445 = icmp uge i64 %443, %scratch_start
  %446 = load i64, i64* %highEnd, align 8
  %447 = icmp ule i64 %444, %446
  %448 = and i1 %445, %447
  %449 = call i1 @llvm.expect.i1(i1 %448, i1 true)
  br i1 %449, label %write.ok50, label %write.low48

ok46:                                             ; preds = %write.ok42
  %450 = getelementptr i8, i8* %mem, i64 %417
  %451 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %451, i8* %450, i64 4, i1 false)
  %452 = load i32, i32* %unaligned47, align 4
  %453 = zext i32 %452 to i64
  store i64 %453, i64* %result45, align 8
  br label %e7

write.low48:                                      ; preds = %e7
  %454 = load i64, i64* %lowStart, align 8
  %455 = icmp uge i64 %443, %454
  %456 = load i64, i64* %lowEnd, align 8
  %457 = icmp ule i64 %444, %456
  %458 = and i1 %455, %457
  %459 = call i1 @llvm.expect.i1(i1 %458, i1 true)
  br i1 %459, label %write.ok50, label %write.slow49

write.slow49:                                     ; preds = %write.low48
  %460 = icmp ugt i64 %444, %arena_size
  br i1 %460, label %trap17.site0, label %ok51

write.ok50:                                       ; preds = %ok51, %write.low48, %e7
  %461 = getelementptr i8, i8* %mem, i64 %443
  store i64 %441, i64* %unaligned52, align 8
  %462 = bitcast i64* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %461, i8* %462, i64 8, i1 false)
  %463 = load i32, i32* %readings, align 4
  store i32 %463, i32* %xs.2, align 4
  %464 = load i32, i32* %xs.2, align 4
  %465 = zext i32 %464 to i64
  %466 = sub i64 %arena_size, 4
  %467 = icmp sgt i64 %465, %466
  br i1 %467, label %trap17.site0, label %ok55

ok51:                                             ; preds = %write.slow49
  %468 = icmp ult i64 %443, %scratch_start
  %469 = load i64, i64* %lowStart, align 8
  %470 = call i64 @llvm.umin.i64(i64 %469, i64 %443)
  %471 = load i64, i64* %lowEnd, align 8
  %472 = load i64, i64* %highEnd, align 8
  %473 = add i64 %444, 64
  %474 = sub i64 %444, %470
  %475 = lshr i64 %474, 4
  %476 = add i64 %473, %475
  %477 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %476)
  %478 = call i64 @llvm.umax.i64(i64 %471, i64 %477)
  %479 = select i1 %468, i64 %478, i64 %471
  store i64 %479, i64* %lowEnd, align 8
  %480 = add i64 %444, 64
  %481 = sub i64 %444, %scratch_start
  %482 = lshr i64 %481, 4
  %483 = add i64 %480, %482
  %484 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %483)
  %485 = call i64 @llvm.umax.i64(i64 %472, i64 %484)
  %486 = select i1 %468, i64 %472, i64 %485
  store i64 %486, i64* %highEnd, align 8
  store i64 %470, i64* %lowStart, align 8
  br label %write.ok50

e10:                                              ; preds = %block17
  %487 = load i32, i32* %result53, align 4
  %488 = icmp ne i32 %487, 0
  br i1 %488, label %then101, label %else102

e11:                                              ; preds = %write.ok78
  %489 = load i32, i32* %result54, align 4
  store i32 %489, i32* %xs.3, align 4
  store i32 1, i32* %unique, align 4
  %490 = load i32, i32* %xs.3, align 4
  %491 = zext i32 %490 to i64
  %492 = sub i64 %arena_size, 4
  %493 = icmp sgt i64 %491, %492
  br i1 %493, label %trap17.site0, label %ok81

ok55:                                             ; preds = %write.ok50
  %494 = getelementptr i8, i8* %mem, i64 %465
  %495 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %495, i8* %494, i64 4, i1 false)
  %496 = load i32, i32* %unaligned56, align 4
  %497 = zext i32 %496 to i64
  %498 = mul i64 %497, 4
  %499 = add i64 4, %498
  store i64 %499, i64* %size.1, align 8
  %500 = load i64, i64* %size.1, align 8
  %501 = icmp ugt i64 %500, 2147483647
  %502 = zext i1 %501 to i32
  %503 = icmp ne i32 %502, 0
  br i1 %503, label %then57, label %else58

then57:                                           ; preds = %ok55
  br label %trap15.site9

else58:                                           ; preds = %ok55
  br label %join59

join59:                                           ; preds = %else58, %dead60
  %504 = load i64, i64* %size.1, align 8
  %505 = trunc i64 %504 to i32
  %506 = zext i32 %505 to i64
  %507 = getelementptr i64, i64* %regs, i64 1
  %508 = getelementptr i64, i64* %regs, i64 2
  %509 = load i64, i64* %507, align 8
  %510 = add i64 %509, 3
  %511 = and i64 %510, -4
  %512 = add i64 %511, %506
  %513 = load i64, i64* %508, align 8
  %514 = icmp ugt i64 %512, %513
  br i1 %514, label %trap15.site9, label %ok61

trap15.site9:                                     ; preds = %join59, %then57
  %515 = load i64, i64* %lowStart, align 8
  %516 = getelementptr i64, i64* %regs, i64 6
  store i64 %515, i64* %516, align 8
  %517 = load i64, i64* %lowEnd, align 8
  %518 = getelementptr i64, i64* %regs, i64 7
  store i64 %517, i64* %518, align 8
  %519 = load i64, i64* %highEnd, align 8
  %520 = getelementptr i64, i64* %regs, i64 8
  store i64 %519, i64* %520, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead60:                                           ; No predecessors!
  br label %join59

ok61:                                             ; preds = %join59
  store i64 %512, i64* %507, align 8
  %521 = load i64, i64* %highEnd, align 8
  %522 = call i64 @llvm.umax.i64(i64 %521, i64 %512)
  store i64 %522, i64* %highEnd, align 8
  %523 = trunc i64 %511 to i32
  store i32 %523, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %524 = load i32, i32* %xs.2, align 4
  %525 = zext i32 %524 to i64
  %526 = sub i64 %arena_size, 4
  %527 = icmp sgt i64 %525, %526
  br i1 %527, label %trap17.site0, label %ok62

ok62:                                             ; preds = %ok61
  %528 = getelementptr i8, i8* %mem, i64 %525
  %529 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %529, i8* %528, i64 4, i1 false)
  %530 = load i32, i32* %unaligned63, align 4
  store i32 %530, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead75, %ok64
  %531 = load i32, i32* %list.1, align 4
  %532 = load i32, i32* %len.1, align 4
  %533 = zext i32 %531 to i64
  %534 = add i64 %533, 4
  %535 = icmp uge i64 %533, %scratch_start
  %536 = load i64, i64* %highEnd, align 8
  %537 = icmp ule i64 %534, %536
  %538 = and i1 %535, %537
  %539 = call i1 @llvm.expect.i1(i1 %538, i1 true)
  br i1 %539, label %write.ok78, label %write.low76

each14:                                           ; preds = %write.ok72, %ok62
  %540 = load i64, i64* %fuel, align 8
  %541 = icmp ult i64 %540, 1
  br i1 %541, label %trap14.site0, label %ok64

ok64:                                             ; preds = %each14
  %542 = sub i64 %540, 1
  store i64 %542, i64* %fuel, align 8
  %543 = load i32, i32* %k.1, align 4
  %544 = load i32, i32* %n.1, align 4
  %545 = icmp uge i32 %543, %544
  %546 = zext i1 %545 to i32
  %547 = icmp ne i32 %546, 0
  br i1 %547, label %block13, label %cont65

cont65:                                           ; preds = %ok64
  %548 = load i32, i32* %xs.2, align 4
  %549 = load i32, i32* %k.1, align 4
  %550 = mul i32 %549, 4
  %551 = add i32 %548, %550
  %552 = zext i32 %551 to i64
  %553 = sub i64 %arena_size, 8
  %554 = icmp sgt i64 %552, %553
  br i1 %554, label %trap17.site0, label %ok66

ok66:                                             ; preds = %cont65
  %555 = add i64 %552, 4
  %556 = getelementptr i8, i8* %mem, i64 %555
  %557 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %557, i8* %556, i64 4, i1 false)
  %558 = load i32, i32* %unaligned67, align 4
  store i32 %558, i32* %x.1, align 4
  %559 = load i32, i32* %x.1, align 4
  store i32 %559, i32* %r.1, align 4
  %560 = load i32, i32* %list.1, align 4
  %561 = load i32, i32* %len.1, align 4
  %562 = mul i32 %561, 4
  %563 = add i32 %560, %562
  %564 = load i32, i32* %r.1, align 4
  %565 = zext i32 %564 to i64
  %566 = sub i64 %arena_size, 4
  %567 = icmp sgt i64 %565, %566
  br i1 %567, label %trap17.site10, label %ok68

ok68:                                             ; preds = %ok66
  %568 = getelementptr i8, i8* %mem, i64 %565
  %569 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %569, i8* %568, i64 4, i1 false)
  %570 = load i32, i32* %unaligned69, align 4
  %571 = zext i32 %563 to i64
  %572 = add i64 %571, 4
  %573 = add i64 %572, 4
  %574 = icmp uge i64 %572, %scratch_start
  %575 = load i64, i64* %highEnd, align 8
  %576 = icmp ule i64 %573, %575
  %577 = and i1 %574, %576
  %578 = call i1 @llvm.expect.i1(i1 %577, i1 true)
  br i1 %578, label %write.ok72, label %write.low70

trap17.site10:                                    ; preds = %ok66
  %579 = load i64, i64* %lowStart, align 8
  %580 = getelementptr i64, i64* %regs, i64 6
  store i64 %579, i64* %580, align 8
  %581 = load i64, i64* %lowEnd, align 8
  %582 = getelementptr i64, i64* %regs, i64 7
  store i64 %581, i64* %582, align 8
  %583 = load i64, i64* %highEnd, align 8
  %584 = getelementptr i64, i64* %regs, i64 8
  store i64 %583, i64* %584, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

write.low70:                                      ; preds = %ok68
  %585 = load i64, i64* %lowStart, align 8
  %586 = icmp uge i64 %572, %585
  %587 = load i64, i64* %lowEnd, align 8
  %588 = icmp ule i64 %573, %587
  %589 = and i1 %586, %588
  %590 = call i1 @llvm.expect.i1(i1 %589, i1 true)
  br i1 %590, label %write.ok72, label %write.slow71

write.slow71:                                     ; preds = %write.low70
  %591 = icmp ugt i64 %573, %arena_size
  br i1 %591, label %trap17.site0, label %ok73

write.ok72:                                       ; preds = %ok73, %write.low70, %ok68
  %592 = getelementptr i8, i8* %mem, i64 %572
  store i32 %570, i32* %unaligned74, align 4
  %593 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %592, i8* %593, i64 4, i1 false)
  %594 = load i32, i32* %len.1, align 4
  %595 = add i32 %594, 1
  store i32 %595, i32* %len.1, align 4
  %596 = load i32, i32* %k.1, align 4
  %597 = add i32 %596, 1
  store i32 %597, i32* %k.1, align 4
  br label %each14

ok73:                                             ; preds = %write.slow71
  %598 = icmp ult i64 %572, %scratch_start
  %599 = load i64, i64* %lowStart, align 8
  %600 = call i64 @llvm.umin.i64(i64 %599, i64 %572)
  %601 = load i64, i64* %lowEnd, align 8
  %602 = load i64, i64* %highEnd, align 8
  %603 = add i64 %573, 64
  %604 = sub i64 %573, %600
  %605 = lshr i64 %604, 4
  %606 = add i64 %603, %605
  %607 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %606)
  %608 = call i64 @llvm.umax.i64(i64 %601, i64 %607)
  %609 = select i1 %598, i64 %608, i64 %601
  store i64 %609, i64* %lowEnd, align 8
  %610 = add i64 %573, 64
  %611 = sub i64 %573, %scratch_start
  %612 = lshr i64 %611, 4
  %613 = add i64 %610, %612
  %614 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %613)
  %615 = call i64 @llvm.umax.i64(i64 %602, i64 %614)
  %616 = select i1 %598, i64 %602, i64 %615
  store i64 %616, i64* %highEnd, align 8
  store i64 %600, i64* %lowStart, align 8
  br label %write.ok72

dead75:                                           ; No predecessors!
  br label %block13

write.low76:                                      ; preds = %block13
  %617 = load i64, i64* %lowStart, align 8
  %618 = icmp uge i64 %533, %617
  %619 = load i64, i64* %lowEnd, align 8
  %620 = icmp ule i64 %534, %619
  %621 = and i1 %618, %620
  %622 = call i1 @llvm.expect.i1(i1 %621, i1 true)
  br i1 %622, label %write.ok78, label %write.slow77

write.slow77:                                     ; preds = %write.low76
  %623 = icmp ugt i64 %534, %arena_size
  br i1 %623, label %trap17.site0, label %ok79

write.ok78:                                       ; preds = %ok79, %write.low76, %block13
  %624 = getelementptr i8, i8* %mem, i64 %533
  store i32 %532, i32* %unaligned80, align 4
  %625 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %624, i8* %625, i64 4, i1 false)
  %626 = load i32, i32* %list.1, align 4
  store i32 %626, i32* %result54, align 4
  br label %e11

ok79:                                             ; preds = %write.slow77
  %627 = icmp ult i64 %533, %scratch_start
  %628 = load i64, i64* %lowStart, align 8
  %629 = call i64 @llvm.umin.i64(i64 %628, i64 %533)
  %630 = load i64, i64* %lowEnd, align 8
  %631 = load i64, i64* %highEnd, align 8
  %632 = add i64 %534, 64
  %633 = sub i64 %534, %629
  %634 = lshr i64 %633, 4
  %635 = add i64 %632, %634
  %636 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %635)
  %637 = call i64 @llvm.umax.i64(i64 %630, i64 %636)
  %638 = select i1 %627, i64 %637, i64 %630
  store i64 %638, i64* %lowEnd, align 8
  %639 = add i64 %534, 64
  %640 = sub i64 %534, %scratch_start
  %641 = lshr i64 %640, 4
  %642 = add i64 %639, %641
  %643 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %642)
  %644 = call i64 @llvm.umax.i64(i64 %631, i64 %643)
  %645 = select i1 %627, i64 %631, i64 %644
  store i64 %645, i64* %highEnd, align 8
  store i64 %629, i64* %lowStart, align 8
  br label %write.ok78

ok81:                                             ; preds = %e11
  %646 = getelementptr i8, i8* %mem, i64 %491
  %647 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %647, i8* %646, i64 4, i1 false)
  %648 = load i32, i32* %unaligned82, align 4
  store i32 %648, i32* %n.2, align 4
  store i32 0, i32* %i, align 4
  br label %loop18

block17:                                          ; preds = %dead100, %then95, %ok83
  %649 = load i32, i32* %unique, align 4
  store i32 %649, i32* %result53, align 4
  br label %e10

loop18:                                           ; preds = %join88, %ok81
  %650 = load i64, i64* %fuel, align 8
  %651 = icmp ult i64 %650, 1
  br i1 %651, label %trap14.site0, label %ok83

ok83:                                             ; preds = %loop18
  %652 = sub i64 %650, 1
  store i64 %652, i64* %fuel, align 8
  %653 = load i32, i32* %i, align 4
  %654 = load i32, i32* %n.2, align 4
  %655 = icmp uge i32 %653, %654
  %656 = zext i1 %655 to i32
  %657 = icmp ne i32 %656, 0
  br i1 %657, label %block17, label %cont84

cont84:                                           ; preds = %ok83
  %658 = load i32, i32* %i, align 4
  %659 = add i32 %658, 1
  store i32 %659, i32* %j, align 4
  br label %loop19

loop19:                                           ; preds = %join97, %cont84
  %660 = load i64, i64* %fuel, align 8
  %661 = icmp ult i64 %660, 1
  br i1 %661, label %trap14.site0, label %ok85

ok85:                                             ; preds = %loop19
  %662 = sub i64 %660, 1
  store i64 %662, i64* %fuel, align 8
  %663 = load i32, i32* %j, align 4
  %664 = load i32, i32* %n.2, align 4
  %665 = icmp ult i32 %663, %664
  %666 = zext i1 %665 to i32
  %667 = icmp ne i32 %666, 0
  br i1 %667, label %then86, label %else87

then86:                                           ; preds = %ok85
  %668 = load i32, i32* %xs.3, align 4
  %669 = load i32, i32* %i, align 4
  %670 = mul i32 %669, 4
  %671 = add i32 %668, %670
  %672 = zext i32 %671 to i64
  %673 = sub i64 %arena_size, 8
  %674 = icmp sgt i64 %672, %673
  br i1 %674, label %trap17.site0, label %ok89

else87:                                           ; preds = %ok85
  br label %join88

join88:                                           ; preds = %else87, %dead99
  %675 = load i32, i32* %i, align 4
  %676 = add i32 %675, 1
  store i32 %676, i32* %i, align 4
  br label %loop18

ok89:                                             ; preds = %then86
  %677 = add i64 %672, 4
  %678 = getelementptr i8, i8* %mem, i64 %677
  %679 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %679, i8* %678, i64 4, i1 false)
  %680 = load i32, i32* %unaligned90, align 4
  %681 = load i32, i32* %xs.3, align 4
  %682 = load i32, i32* %j, align 4
  %683 = mul i32 %682, 4
  %684 = add i32 %681, %683
  %685 = zext i32 %684 to i64
  %686 = sub i64 %arena_size, 8
  %687 = icmp sgt i64 %685, %686
  br i1 %687, label %trap17.site0, label %ok91

ok91:                                             ; preds = %ok89
  %688 = add i64 %685, 4
  %689 = getelementptr i8, i8* %mem, i64 %688
  %690 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %690, i8* %689, i64 4, i1 false)
  %691 = load i32, i32* %unaligned92, align 4
  %692 = icmp uge i32 %depth, 1000
  br i1 %692, label %trap15.site0, label %ok93

ok93:                                             ; preds = %ok91
  %693 = icmp ult i64 %10, %stack_limit
  br i1 %693, label %trap253.site0, label %stack_ok94

trap15.site0:                                     ; preds = %then242, %e0, %ok91
  %694 = load i64, i64* %lowStart, align 8
  %695 = getelementptr i64, i64* %regs, i64 6
  store i64 %694, i64* %695, align 8
  %696 = load i64, i64* %lowEnd, align 8
  %697 = getelementptr i64, i64* %regs, i64 7
  store i64 %696, i64* %697, align 8
  %698 = load i64, i64* %highEnd, align 8
  %699 = getelementptr i64, i64* %regs, i64 8
  store i64 %698, i64* %699, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok94:                                       ; preds = %ok93
  %700 = load i64, i64* %fuel, align 8
  %701 = getelementptr i64, i64* %regs, i64 0
  store i64 %700, i64* %701, align 8
  %702 = load i64, i64* %lowStart, align 8
  %703 = getelementptr i64, i64* %regs, i64 6
  store i64 %702, i64* %703, align 8
  %704 = load i64, i64* %lowEnd, align 8
  %705 = getelementptr i64, i64* %regs, i64 7
  store i64 %704, i64* %705, align 8
  %706 = load i64, i64* %highEnd, align 8
  %707 = getelementptr i64, i64* %regs, i64 8
  store i64 %706, i64* %707, align 8
  %708 = add i32 %depth, 1
  %709 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %708, i32 %680, i32 %691)
  %710 = getelementptr i64, i64* %regs, i64 0
  %711 = load i64, i64* %710, align 8
  store i64 %711, i64* %fuel, align 8
  %712 = getelementptr i64, i64* %regs, i64 6
  %713 = load i64, i64* %712, align 8
  store i64 %713, i64* %lowStart, align 8
  %714 = getelementptr i64, i64* %regs, i64 7
  %715 = load i64, i64* %714, align 8
  store i64 %715, i64* %lowEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 8
  %717 = load i64, i64* %716, align 8
  store i64 %717, i64* %highEnd, align 8
  %718 = icmp ne i32 %709, 0
  br i1 %718, label %then95, label %else96

then95:                                           ; preds = %stack_ok94
  store i32 0, i32* %unique, align 4
  br label %block17

else96:                                           ; preds = %stack_ok94
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %719 = load i32, i32* %j, align 4
  %720 = add i32 %719, 1
  store i32 %720, i32* %j, align 4
  br label %loop19

dead98:                                           ; No predecessors!
  br label %join97

dead99:                                           ; No predecessors!
  br label %join88

dead100:                                          ; No predecessors!
  br label %block17

then101:                                          ; preds = %e10
  store i32 10880, i32* %result104, align 4
  br label %join103

else102:                                          ; preds = %e10
  store i32 10892, i32* %result104, align 4
  br label %join103

join103:                                          ; preds = %else102, %then101
  %721 = load i32, i32* %result104, align 4
  store i32 %721, i32* %sensors, align 4
  %722 = load i32, i32* %dict, align 4
  %723 = load i32, i32* %sensors, align 4
  %724 = zext i32 %722 to i64
  %725 = add i64 %724, 16
  %726 = add i64 %725, 4
  %727 = icmp uge i64 %725, %scratch_start
  %728 = load i64, i64* %highEnd, align 8
  %729 = icmp ule i64 %726, %728
  %730 = and i1 %727, %729
  %731 = call i1 @llvm.expect.i1(i1 %730, i1 true)
  br i1 %731, label %write.ok107, label %write.low105

write.low105:                                     ; preds = %join103
  %732 = load i64, i64* %lowStart, align 8
  %733 = icmp uge i64 %725, %732
  %734 = load i64, i64* %lowEnd, align 8
  %735 = icmp ule i64 %726, %734
  %736 = and i1 %733, %735
  %737 = call i1 @llvm.expect.i1(i1 %736, i1 true)
  br i1 %737, label %write.ok107, label %write.slow106

write.slow106:                                    ; preds = %write.low105
  %738 = icmp ugt i64 %726, %arena_size
  br i1 %738, label %trap17.site0, label %ok108

write.ok107:                                      ; preds = %ok108, %write.low105, %join103
  %739 = getelementptr i8, i8* %mem, i64 %725
  store i32 %723, i32* %unaligned109, align 4
  %740 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %739, i8* %740, i64 4, i1 false)
  %741 = load i32, i32* %celsius, align 4
  store i32 %741, i32* %xs.4, align 4
  %742 = load i32, i32* %xs.4, align 4
  %743 = zext i32 %742 to i64
  %744 = sub i64 %arena_size, 4
  %745 = icmp sgt i64 %743, %744
  br i1 %745, label %trap17.site0, label %ok111

ok108:                                            ; preds = %write.slow106
  %746 = icmp ult i64 %725, %scratch_start
  %747 = load i64, i64* %lowStart, align 8
  %748 = call i64 @llvm.umin.i64(i64 %747, i64 %725)
  %749 = load i64, i64* %lowEnd, align 8
  %750 = load i64, i64* %highEnd, align 8
  %751 = add i64 %726, 64
  %752 = sub i64 %726, %748
  %753 = lshr i64 %752, 4
  %754 = add i64 %751, %753
  %755 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %754)
  %756 = call i64 @llvm.umax.i64(i64 %749, i64 %755)
  %757 = select i1 %746, i64 %756, i64 %749
  store i64 %757, i64* %lowEnd, align 8
  %758 = add i64 %726, 64
  %759 = sub i64 %726, %scratch_start
  %760 = lshr i64 %759, 4
  %761 = add i64 %758, %760
  %762 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %761)
  %763 = call i64 @llvm.umax.i64(i64 %750, i64 %762)
  %764 = select i1 %746, i64 %750, i64 %763
  store i64 %764, i64* %highEnd, align 8
  store i64 %748, i64* %lowStart, align 8
  br label %write.ok107

e22:                                              ; preds = %block24
  %765 = load double, double* %result110, align 8
  store double %765, double* %max_c, align 8
  %766 = load i32, i32* %dict, align 4
  %767 = load double, double* %max_c, align 8
  %768 = zext i32 %766 to i64
  %769 = add i64 %768, 24
  %770 = add i64 %769, 8
  %771 = icmp uge i64 %769, %scratch_start
  %772 = load i64, i64* %highEnd, align 8
  %773 = icmp ule i64 %770, %772
  %774 = and i1 %771, %773
  %775 = call i1 @llvm.expect.i1(i1 %774, i1 true)
  br i1 %775, label %write.ok129, label %write.low127

ok111:                                            ; preds = %write.ok107
  %776 = getelementptr i8, i8* %mem, i64 %743
  %777 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %777, i8* %776, i64 4, i1 false)
  %778 = load i32, i32* %unaligned112, align 4
  %779 = icmp eq i32 %778, 0
  %780 = zext i1 %779 to i32
  %781 = icmp ne i32 %780, 0
  br i1 %781, label %then113, label %else114

then113:                                          ; preds = %ok111
  br label %trap4.site11

else114:                                          ; preds = %ok111
  br label %join115

join115:                                          ; preds = %else114, %dead116
  store i32 1, i32* %first, align 4
  %782 = load i32, i32* %xs.4, align 4
  %783 = zext i32 %782 to i64
  %784 = sub i64 %arena_size, 4
  %785 = icmp sgt i64 %783, %784
  br i1 %785, label %trap17.site0, label %ok117

trap4.site11:                                     ; preds = %then113
  %786 = load i64, i64* %lowStart, align 8
  %787 = getelementptr i64, i64* %regs, i64 6
  store i64 %786, i64* %787, align 8
  %788 = load i64, i64* %lowEnd, align 8
  %789 = getelementptr i64, i64* %regs, i64 7
  store i64 %788, i64* %789, align 8
  %790 = load i64, i64* %highEnd, align 8
  %791 = getelementptr i64, i64* %regs, i64 8
  store i64 %790, i64* %791, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 11)
  unreachable

dead116:                                          ; No predecessors!
  br label %join115

ok117:                                            ; preds = %join115
  %792 = getelementptr i8, i8* %mem, i64 %783
  %793 = bitcast i32* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %793, i8* %792, i64 4, i1 false)
  %794 = load i32, i32* %unaligned118, align 4
  store i32 %794, i32* %n.3, align 4
  store i32 0, i32* %k.2, align 4
  br label %each25

block24:                                          ; preds = %dead126, %ok119
  %795 = load double, double* %best, align 8
  store double %795, double* %result110, align 8
  br label %e22

each25:                                           ; preds = %join125, %ok117
  %796 = load i64, i64* %fuel, align 8
  %797 = icmp ult i64 %796, 1
  br i1 %797, label %trap14.site0, label %ok119

ok119:                                            ; preds = %each25
  %798 = sub i64 %796, 1
  store i64 %798, i64* %fuel, align 8
  %799 = load i32, i32* %k.2, align 4
  %800 = load i32, i32* %n.3, align 4
  %801 = icmp uge i32 %799, %800
  %802 = zext i1 %801 to i32
  %803 = icmp ne i32 %802, 0
  br i1 %803, label %block24, label %cont120

cont120:                                          ; preds = %ok119
  %804 = load i32, i32* %xs.4, align 4
  %805 = load i32, i32* %k.2, align 4
  %806 = mul i32 %805, 8
  %807 = add i32 %804, %806
  %808 = zext i32 %807 to i64
  %809 = sub i64 %arena_size, 16
  %810 = icmp sgt i64 %808, %809
  br i1 %810, label %trap17.site0, label %ok121

ok121:                                            ; preds = %cont120
  %811 = add i64 %808, 8
  %812 = getelementptr i8, i8* %mem, i64 %811
  %813 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %813, i8* %812, i64 8, i1 false)
  %814 = load i64, i64* %unaligned122, align 8
  %815 = bitcast i64 %814 to double
  store double %815, double* %x.2, align 8
  %816 = load double, double* %x.2, align 8
  store double %816, double* %x.3, align 8
  %817 = load i32, i32* %first, align 4
  %818 = load double, double* %x.3, align 8
  %819 = load double, double* %best, align 8
  %820 = fcmp ogt double %818, %819
  %821 = zext i1 %820 to i32
  %822 = or i32 %817, %821
  %823 = icmp ne i32 %822, 0
  br i1 %823, label %then123, label %else124

then123:                                          ; preds = %ok121
  %824 = load double, double* %x.3, align 8
  store double %824, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join125

else124:                                          ; preds = %ok121
  br label %join125

join125:                                          ; preds = %else124, %then123
  %825 = load i32, i32* %k.2, align 4
  %826 = add i32 %825, 1
  store i32 %826, i32* %k.2, align 4
  br label %each25

dead126:                                          ; No predecessors!
  br label %block24

write.low127:                                     ; preds = %e22
  %827 = load i64, i64* %lowStart, align 8
  %828 = icmp uge i64 %769, %827
  %829 = load i64, i64* %lowEnd, align 8
  %830 = icmp ule i64 %770, %829
  %831 = and i1 %828, %830
  %832 = call i1 @llvm.expect.i1(i1 %831, i1 true)
  br i1 %832, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %833 = icmp ugt i64 %770, %arena_size
  br i1 %833, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %e22
  %834 = getelementptr i8, i8* %mem, i64 %769
  %835 = bitcast double %767 to i64
  %836 = and i64 %835, 9223372036854775807
  %837 = icmp ugt i64 %836, 9218868437227405312
  %838 = select i1 %837, i64 9221120237041090560, i64 %835
  store i64 %838, i64* %unaligned131, align 8
  %839 = bitcast i64* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %834, i8* %839, i64 8, i1 false)
  %840 = load i32, i32* %celsius, align 4
  store i32 %840, i32* %xs.5, align 4
  %841 = load i32, i32* %xs.5, align 4
  %842 = zext i32 %841 to i64
  %843 = sub i64 %arena_size, 4
  %844 = icmp sgt i64 %842, %843
  br i1 %844, label %trap17.site0, label %ok133

ok130:                                            ; preds = %write.slow128
  %845 = icmp ult i64 %769, %scratch_start
  %846 = load i64, i64* %lowStart, align 8
  %847 = call i64 @llvm.umin.i64(i64 %846, i64 %769)
  %848 = load i64, i64* %lowEnd, align 8
  %849 = load i64, i64* %highEnd, align 8
  %850 = add i64 %770, 64
  %851 = sub i64 %770, %847
  %852 = lshr i64 %851, 4
  %853 = add i64 %850, %852
  %854 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %853)
  %855 = call i64 @llvm.umax.i64(i64 %848, i64 %854)
  %856 = select i1 %845, i64 %855, i64 %848
  store i64 %856, i64* %lowEnd, align 8
  %857 = add i64 %770, 64
  %858 = sub i64 %770, %scratch_start
  %859 = lshr i64 %858, 4
  %860 = add i64 %857, %859
  %861 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %860)
  %862 = call i64 @llvm.umax.i64(i64 %849, i64 %861)
  %863 = select i1 %845, i64 %849, i64 %862
  store i64 %863, i64* %highEnd, align 8
  store i64 %847, i64* %lowStart, align 8
  br label %write.ok129

e26:                                              ; preds = %block28
  %864 = load double, double* %result132, align 8
  store double %864, double* %min_c, align 8
  %865 = load i32, i32* %dict, align 4
  %866 = load double, double* %min_c, align 8
  %867 = zext i32 %865 to i64
  %868 = add i64 %867, 32
  %869 = add i64 %868, 8
  %870 = icmp uge i64 %868, %scratch_start
  %871 = load i64, i64* %highEnd, align 8
  %872 = icmp ule i64 %869, %871
  %873 = and i1 %870, %872
  %874 = call i1 @llvm.expect.i1(i1 %873, i1 true)
  br i1 %874, label %write.ok151, label %write.low149

ok133:                                            ; preds = %write.ok129
  %875 = getelementptr i8, i8* %mem, i64 %842
  %876 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %876, i8* %875, i64 4, i1 false)
  %877 = load i32, i32* %unaligned134, align 4
  %878 = icmp eq i32 %877, 0
  %879 = zext i1 %878 to i32
  %880 = icmp ne i32 %879, 0
  br i1 %880, label %then135, label %else136

then135:                                          ; preds = %ok133
  br label %trap4.site12

else136:                                          ; preds = %ok133
  br label %join137

join137:                                          ; preds = %else136, %dead138
  store i32 1, i32* %first.1, align 4
  %881 = load i32, i32* %xs.5, align 4
  %882 = zext i32 %881 to i64
  %883 = sub i64 %arena_size, 4
  %884 = icmp sgt i64 %882, %883
  br i1 %884, label %trap17.site0, label %ok139

trap4.site12:                                     ; preds = %then135
  %885 = load i64, i64* %lowStart, align 8
  %886 = getelementptr i64, i64* %regs, i64 6
  store i64 %885, i64* %886, align 8
  %887 = load i64, i64* %lowEnd, align 8
  %888 = getelementptr i64, i64* %regs, i64 7
  store i64 %887, i64* %888, align 8
  %889 = load i64, i64* %highEnd, align 8
  %890 = getelementptr i64, i64* %regs, i64 8
  store i64 %889, i64* %890, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 12)
  unreachable

dead138:                                          ; No predecessors!
  br label %join137

ok139:                                            ; preds = %join137
  %891 = getelementptr i8, i8* %mem, i64 %882
  %892 = bitcast i32* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %892, i8* %891, i64 4, i1 false)
  %893 = load i32, i32* %unaligned140, align 4
  store i32 %893, i32* %n.4, align 4
  store i32 0, i32* %k.3, align 4
  br label %each29

block28:                                          ; preds = %dead148, %ok141
  %894 = load double, double* %best.1, align 8
  store double %894, double* %result132, align 8
  br label %e26

each29:                                           ; preds = %join147, %ok139
  %895 = load i64, i64* %fuel, align 8
  %896 = icmp ult i64 %895, 1
  br i1 %896, label %trap14.site0, label %ok141

ok141:                                            ; preds = %each29
  %897 = sub i64 %895, 1
  store i64 %897, i64* %fuel, align 8
  %898 = load i32, i32* %k.3, align 4
  %899 = load i32, i32* %n.4, align 4
  %900 = icmp uge i32 %898, %899
  %901 = zext i1 %900 to i32
  %902 = icmp ne i32 %901, 0
  br i1 %902, label %block28, label %cont142

cont142:                                          ; preds = %ok141
  %903 = load i32, i32* %xs.5, align 4
  %904 = load i32, i32* %k.3, align 4
  %905 = mul i32 %904, 8
  %906 = add i32 %903, %905
  %907 = zext i32 %906 to i64
  %908 = sub i64 %arena_size, 16
  %909 = icmp sgt i64 %907, %908
  br i1 %909, label %trap17.site0, label %ok143

ok143:                                            ; preds = %cont142
  %910 = add i64 %907, 8
  %911 = getelementptr i8, i8* %mem, i64 %910
  %912 = bitcast i64* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %912, i8* %911, i64 8, i1 false)
  %913 = load i64, i64* %unaligned144, align 8
  %914 = bitcast i64 %913 to double
  store double %914, double* %x.4, align 8
  %915 = load double, double* %x.4, align 8
  store double %915, double* %x.5, align 8
  %916 = load i32, i32* %first.1, align 4
  %917 = load double, double* %x.5, align 8
  %918 = load double, double* %best.1, align 8
  %919 = fcmp olt double %917, %918
  %920 = zext i1 %919 to i32
  %921 = or i32 %916, %920
  %922 = icmp ne i32 %921, 0
  br i1 %922, label %then145, label %else146

then145:                                          ; preds = %ok143
  %923 = load double, double* %x.5, align 8
  store double %923, double* %best.1, align 8
  store i32 0, i32* %first.1, align 4
  br label %join147

else146:                                          ; preds = %ok143
  br label %join147

join147:                                          ; preds = %else146, %then145
  %924 = load i32, i32* %k.3, align 4
  %925 = add i32 %924, 1
  store i32 %925, i32* %k.3, align 4
  br label %each29

dead148:                                          ; No predecessors!
  br label %block28

write.low149:                                     ; preds = %e26
  %926 = load i64, i64* %lowStart, align 8
  %927 = icmp uge i64 %868, %926
  %928 = load i64, i64* %lowEnd, align 8
  %929 = icmp ule i64 %869, %928
  %930 = and i1 %927, %929
  %931 = call i1 @llvm.expect.i1(i1 %930, i1 true)
  br i1 %931, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %932 = icmp ugt i64 %869, %arena_size
  br i1 %932, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %e26
  %933 = getelementptr i8, i8* %mem, i64 %868
  %934 = bitcast double %866 to i64
  %935 = and i64 %934, 9223372036854775807
  %936 = icmp ugt i64 %935, 9218868437227405312
  %937 = select i1 %936, i64 9221120237041090560, i64 %934
  store i64 %937, i64* %unaligned153, align 8
  %938 = bitcast i64* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %933, i8* %938, i64 8, i1 false)
  %939 = load i32, i32* %celsius, align 4
  store i32 %939, i32* %xs.6, align 4
  store double 0.000000e+00, double* %sum, align 8
  %940 = load i32, i32* %xs.6, align 4
  %941 = zext i32 %940 to i64
  %942 = sub i64 %arena_size, 4
  %943 = icmp sgt i64 %941, %942
  br i1 %943, label %trap17.site0, label %ok155

ok152:                                            ; preds = %write.slow150
  %944 = icmp ult i64 %868, %scratch_start
  %945 = load i64, i64* %lowStart, align 8
  %946 = call i64 @llvm.umin.i64(i64 %945, i64 %868)
  %947 = load i64, i64* %lowEnd, align 8
  %948 = load i64, i64* %highEnd, align 8
  %949 = add i64 %869, 64
  %950 = sub i64 %869, %946
  %951 = lshr i64 %950, 4
  %952 = add i64 %949, %951
  %953 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %952)
  %954 = call i64 @llvm.umax.i64(i64 %947, i64 %953)
  %955 = select i1 %944, i64 %954, i64 %947
  store i64 %955, i64* %lowEnd, align 8
  %956 = add i64 %869, 64
  %957 = sub i64 %869, %scratch_start
  %958 = lshr i64 %957, 4
  %959 = add i64 %956, %958
  %960 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %959)
  %961 = call i64 @llvm.umax.i64(i64 %948, i64 %960)
  %962 = select i1 %944, i64 %948, i64 %961
  store i64 %962, i64* %highEnd, align 8
  store i64 %946, i64* %lowStart, align 8
  br label %write.ok151

e31:                                              ; preds = %block33
  %963 = load double, double* %result154, align 8
  %964 = load i32, i32* %celsius, align 4
  store i32 %964, i32* %xs.7, align 4
  %965 = load i32, i32* %xs.7, align 4
  %966 = zext i32 %965 to i64
  %967 = sub i64 %arena_size, 4
  %968 = icmp sgt i64 %966, %967
  br i1 %968, label %trap17.site0, label %ok163

ok155:                                            ; preds = %write.ok151
  %969 = getelementptr i8, i8* %mem, i64 %941
  %970 = bitcast i32* %unaligned156 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %970, i8* %969, i64 4, i1 false)
  %971 = load i32, i32* %unaligned156, align 4
  store i32 %971, i32* %n.5, align 4
  store i32 0, i32* %k.4, align 4
  br label %each34

block33:                                          ; preds = %dead161, %ok157
  %972 = load double, double* %sum, align 8
  store double %972, double* %result154, align 8
  br label %e31

each34:                                           ; preds = %ok159, %ok155
  %973 = load i64, i64* %fuel, align 8
  %974 = icmp ult i64 %973, 1
  br i1 %974, label %trap14.site0, label %ok157

ok157:                                            ; preds = %each34
  %975 = sub i64 %973, 1
  store i64 %975, i64* %fuel, align 8
  %976 = load i32, i32* %k.4, align 4
  %977 = load i32, i32* %n.5, align 4
  %978 = icmp uge i32 %976, %977
  %979 = zext i1 %978 to i32
  %980 = icmp ne i32 %979, 0
  br i1 %980, label %block33, label %cont158

cont158:                                          ; preds = %ok157
  %981 = load i32, i32* %xs.6, align 4
  %982 = load i32, i32* %k.4, align 4
  %983 = mul i32 %982, 8
  %984 = add i32 %981, %983
  %985 = zext i32 %984 to i64
  %986 = sub i64 %arena_size, 16
  %987 = icmp sgt i64 %985, %986
  br i1 %987, label %trap17.site0, label %ok159

ok159:                                            ; preds = %cont158
  %988 = add i64 %985, 8
  %989 = getelementptr i8, i8* %mem, i64 %988
  %990 = bitcast i64* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %990, i8* %989, i64 8, i1 false)
  %991 = load i64, i64* %unaligned160, align 8
  %992 = bitcast i64 %991 to double
  store double %992, double* %x.6, align 8
  %993 = load double, double* %sum, align 8
  %994 = load double, double* %x.6, align 8
  %995 = fadd double %993, %994
  store double %995, double* %sum, align 8
  %996 = load i32, i32* %k.4, align 4
  %997 = add i32 %996, 1
  store i32 %997, i32* %k.4, align 4
  br label %each34

dead161:                                          ; No predecessors!
  br label %block33

e36:                                              ; preds = %ok163
  %998 = load i64, i64* %result162, align 8
  %999 = sitofp i64 %998 to double
  %1000 = fcmp oeq double %999, 0.000000e+00
  br i1 %1000, label %trap1.site13, label %ok165

ok163:                                            ; preds = %e31
  %1001 = getelementptr i8, i8* %mem, i64 %966
  %1002 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1002, i8* %1001, i64 4, i1 false)
  %1003 = load i32, i32* %unaligned164, align 4
  %1004 = zext i32 %1003 to i64
  store i64 %1004, i64* %result162, align 8
  br label %e36

ok165:                                            ; preds = %e36
  %1005 = fdiv double %963, %999
  store double %1005, double* %mean_c, align 8
  %1006 = load i32, i32* %dict, align 4
  %1007 = load double, double* %mean_c, align 8
  %1008 = zext i32 %1006 to i64
  %1009 = add i64 %1008, 40
  %1010 = add i64 %1009, 8
  %1011 = icmp uge i64 %1009, %scratch_start
  %1012 = load i64, i64* %highEnd, align 8
  %1013 = icmp ule i64 %1010, %1012
  %1014 = and i1 %1011, %1013
  %1015 = call i1 @llvm.expect.i1(i1 %1014, i1 true)
  br i1 %1015, label %write.ok168, label %write.low166

trap1.site13:                                     ; preds = %e36
  %1016 = load i64, i64* %lowStart, align 8
  %1017 = getelementptr i64, i64* %regs, i64 6
  store i64 %1016, i64* %1017, align 8
  %1018 = load i64, i64* %lowEnd, align 8
  %1019 = getelementptr i64, i64* %regs, i64 7
  store i64 %1018, i64* %1019, align 8
  %1020 = load i64, i64* %highEnd, align 8
  %1021 = getelementptr i64, i64* %regs, i64 8
  store i64 %1020, i64* %1021, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 13)
  unreachable

write.low166:                                     ; preds = %ok165
  %1022 = load i64, i64* %lowStart, align 8
  %1023 = icmp uge i64 %1009, %1022
  %1024 = load i64, i64* %lowEnd, align 8
  %1025 = icmp ule i64 %1010, %1024
  %1026 = and i1 %1023, %1025
  %1027 = call i1 @llvm.expect.i1(i1 %1026, i1 true)
  br i1 %1027, label %write.ok168, label %write.slow167

write.slow167:                                    ; preds = %write.low166
  %1028 = icmp ugt i64 %1010, %arena_size
  br i1 %1028, label %trap17.site0, label %ok169

write.ok168:                                      ; preds = %ok169, %write.low166, %ok165
  %1029 = getelementptr i8, i8* %mem, i64 %1009
  %1030 = bitcast double %1007 to i64
  %1031 = and i64 %1030, 9223372036854775807
  %1032 = icmp ugt i64 %1031, 9218868437227405312
  %1033 = select i1 %1032, i64 9221120237041090560, i64 %1030
  store i64 %1033, i64* %unaligned170, align 8
  %1034 = bitcast i64* %unaligned170 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1029, i8* %1034, i64 8, i1 false)
  %1035 = load i32, i32* %readings, align 4
  store i32 %1035, i32* %xs.8, align 4
  %1036 = load i32, i32* %xs.8, align 4
  %1037 = zext i32 %1036 to i64
  %1038 = sub i64 %arena_size, 4
  %1039 = icmp sgt i64 %1037, %1038
  br i1 %1039, label %trap17.site0, label %ok172

ok169:                                            ; preds = %write.slow167
  %1040 = icmp ult i64 %1009, %scratch_start
  %1041 = load i64, i64* %lowStart, align 8
  %1042 = call i64 @llvm.umin.i64(i64 %1041, i64 %1009)
  %1043 = load i64, i64* %lowEnd, align 8
  %1044 = load i64, i64* %highEnd, align 8
  %1045 = add i64 %1010, 64
  %1046 = sub i64 %1010, %1042
  %1047 = lshr i64 %1046, 4
  %1048 = add i64 %1045, %1047
  %1049 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1048)
  %1050 = call i64 @llvm.umax.i64(i64 %1043, i64 %1049)
  %1051 = select i1 %1040, i64 %1050, i64 %1043
  store i64 %1051, i64* %lowEnd, align 8
  %1052 = add i64 %1010, 64
  %1053 = sub i64 %1010, %scratch_start
  %1054 = lshr i64 %1053, 4
  %1055 = add i64 %1052, %1054
  %1056 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1055)
  %1057 = call i64 @llvm.umax.i64(i64 %1044, i64 %1056)
  %1058 = select i1 %1040, i64 %1044, i64 %1057
  store i64 %1058, i64* %highEnd, align 8
  store i64 %1042, i64* %lowStart, align 8
  br label %write.ok168

e39:                                              ; preds = %write.ok226
  %1059 = load i32, i32* %result171, align 4
  %1060 = icmp uge i32 %depth, 1000
  br i1 %1060, label %trap15.site16, label %ok229

ok172:                                            ; preds = %write.ok168
  %1061 = getelementptr i8, i8* %mem, i64 %1037
  %1062 = bitcast i32* %unaligned173 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1062, i8* %1061, i64 4, i1 false)
  %1063 = load i32, i32* %unaligned173, align 4
  %1064 = zext i32 %1063 to i64
  %1065 = mul i64 %1064, 4
  %1066 = add i64 4, %1065
  store i64 %1066, i64* %size.2, align 8
  %1067 = load i64, i64* %size.2, align 8
  %1068 = icmp ugt i64 %1067, 2147483647
  %1069 = zext i1 %1068 to i32
  %1070 = icmp ne i32 %1069, 0
  br i1 %1070, label %then174, label %else175

then174:                                          ; preds = %ok172
  br label %trap15.site17

else175:                                          ; preds = %ok172
  br label %join176

join176:                                          ; preds = %else175, %dead177
  %1071 = load i64, i64* %size.2, align 8
  %1072 = trunc i64 %1071 to i32
  %1073 = zext i32 %1072 to i64
  %1074 = getelementptr i64, i64* %regs, i64 1
  %1075 = getelementptr i64, i64* %regs, i64 2
  %1076 = load i64, i64* %1074, align 8
  %1077 = add i64 %1076, 3
  %1078 = and i64 %1077, -4
  %1079 = add i64 %1078, %1073
  %1080 = load i64, i64* %1075, align 8
  %1081 = icmp ugt i64 %1079, %1080
  br i1 %1081, label %trap15.site17, label %ok178

trap15.site17:                                    ; preds = %join176, %then174
  %1082 = load i64, i64* %lowStart, align 8
  %1083 = getelementptr i64, i64* %regs, i64 6
  store i64 %1082, i64* %1083, align 8
  %1084 = load i64, i64* %lowEnd, align 8
  %1085 = getelementptr i64, i64* %regs, i64 7
  store i64 %1084, i64* %1085, align 8
  %1086 = load i64, i64* %highEnd, align 8
  %1087 = getelementptr i64, i64* %regs, i64 8
  store i64 %1086, i64* %1087, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead177:                                          ; No predecessors!
  br label %join176

ok178:                                            ; preds = %join176
  store i64 %1079, i64* %1074, align 8
  %1088 = load i64, i64* %highEnd, align 8
  %1089 = call i64 @llvm.umax.i64(i64 %1088, i64 %1079)
  store i64 %1089, i64* %highEnd, align 8
  %1090 = trunc i64 %1078 to i32
  store i32 %1090, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1091 = load i32, i32* %xs.8, align 4
  %1092 = zext i32 %1091 to i64
  %1093 = sub i64 %arena_size, 4
  %1094 = icmp sgt i64 %1092, %1093
  br i1 %1094, label %trap17.site0, label %ok179

ok179:                                            ; preds = %ok178
  %1095 = getelementptr i8, i8* %mem, i64 %1092
  %1096 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1096, i8* %1095, i64 4, i1 false)
  %1097 = load i32, i32* %unaligned180, align 4
  store i32 %1097, i32* %n.6, align 4
  store i32 0, i32* %k.5, align 4
  br label %each42

block41:                                          ; preds = %dead223, %ok181
  %1098 = load i32, i32* %list.2, align 4
  %1099 = load i32, i32* %len.2, align 4
  %1100 = zext i32 %1098 to i64
  %1101 = add i64 %1100, 4
  %1102 = icmp uge i64 %1100, %scratch_start
  %1103 = load i64, i64* %highEnd, align 8
  %1104 = icmp ule i64 %1101, %1103
  %1105 = and i1 %1102, %1104
  %1106 = call i1 @llvm.expect.i1(i1 %1105, i1 true)
  br i1 %1106, label %write.ok226, label %write.low224

each42:                                           ; preds = %write.ok220, %ok179
  %1107 = load i64, i64* %fuel, align 8
  %1108 = icmp ult i64 %1107, 1
  br i1 %1108, label %trap14.site0, label %ok181

ok181:                                            ; preds = %each42
  %1109 = sub i64 %1107, 1
  store i64 %1109, i64* %fuel, align 8
  %1110 = load i32, i32* %k.5, align 4
  %1111 = load i32, i32* %n.6, align 4
  %1112 = icmp uge i32 %1110, %1111
  %1113 = zext i1 %1112 to i32
  %1114 = icmp ne i32 %1113, 0
  br i1 %1114, label %block41, label %cont182

cont182:                                          ; preds = %ok181
  %1115 = load i32, i32* %xs.8, align 4
  %1116 = load i32, i32* %k.5, align 4
  %1117 = mul i32 %1116, 4
  %1118 = add i32 %1115, %1117
  %1119 = zext i32 %1118 to i64
  %1120 = sub i64 %arena_size, 8
  %1121 = icmp sgt i64 %1119, %1120
  br i1 %1121, label %trap17.site0, label %ok183

ok183:                                            ; preds = %cont182
  %1122 = add i64 %1119, 4
  %1123 = getelementptr i8, i8* %mem, i64 %1122
  %1124 = bitcast i32* %unaligned184 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1124, i8* %1123, i64 4, i1 false)
  %1125 = load i32, i32* %unaligned184, align 4
  store i32 %1125, i32* %x.7, align 4
  %1126 = load i32, i32* %x.7, align 4
  store i32 %1126, i32* %r.2, align 4
  %1127 = load i32, i32* %list.2, align 4
  %1128 = load i32, i32* %len.2, align 4
  %1129 = mul i32 %1128, 4
  %1130 = add i32 %1127, %1129
  %1131 = load i32, i32* %r.2, align 4
  %1132 = zext i32 %1131 to i64
  %1133 = sub i64 %arena_size, 4
  %1134 = icmp sgt i64 %1132, %1133
  br i1 %1134, label %trap17.site18, label %ok186

e43:                                              ; preds = %ok217
  %1135 = load i32, i32* %result185, align 4
  %1136 = zext i32 %1130 to i64
  %1137 = add i64 %1136, 4
  %1138 = add i64 %1137, 4
  %1139 = icmp uge i64 %1137, %scratch_start
  %1140 = load i64, i64* %highEnd, align 8
  %1141 = icmp ule i64 %1138, %1140
  %1142 = and i1 %1139, %1141
  %1143 = call i1 @llvm.expect.i1(i1 %1142, i1 true)
  br i1 %1143, label %write.ok220, label %write.low218

ok186:                                            ; preds = %ok183
  %1144 = getelementptr i8, i8* %mem, i64 %1132
  %1145 = bitcast i32* %unaligned187 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1145, i8* %1144, i64 4, i1 false)
  %1146 = load i32, i32* %unaligned187, align 4
  store i32 %1146, i32* %part, align 4
  %1147 = load i32, i32* %r.2, align 4
  %1148 = icmp uge i32 %depth, 1000
  br i1 %1148, label %trap15.site22, label %ok188

trap17.site18:                                    ; preds = %ok183
  %1149 = load i64, i64* %lowStart, align 8
  %1150 = getelementptr i64, i64* %regs, i64 6
  store i64 %1149, i64* %1150, align 8
  %1151 = load i64, i64* %lowEnd, align 8
  %1152 = getelementptr i64, i64* %regs, i64 7
  store i64 %1151, i64* %1152, align 8
  %1153 = load i64, i64* %highEnd, align 8
  %1154 = getelementptr i64, i64* %regs, i64 8
  store i64 %1153, i64* %1154, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok188:                                            ; preds = %ok186
  %1155 = icmp ult i64 %10, %stack_limit
  br i1 %1155, label %trap253.site0, label %stack_ok189

trap15.site22:                                    ; preds = %ok186
  %1156 = load i64, i64* %lowStart, align 8
  %1157 = getelementptr i64, i64* %regs, i64 6
  store i64 %1156, i64* %1157, align 8
  %1158 = load i64, i64* %lowEnd, align 8
  %1159 = getelementptr i64, i64* %regs, i64 7
  store i64 %1158, i64* %1159, align 8
  %1160 = load i64, i64* %highEnd, align 8
  %1161 = getelementptr i64, i64* %regs, i64 8
  store i64 %1160, i64* %1161, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

stack_ok189:                                      ; preds = %ok188
  %1162 = load i64, i64* %fuel, align 8
  %1163 = getelementptr i64, i64* %regs, i64 0
  store i64 %1162, i64* %1163, align 8
  %1164 = load i64, i64* %lowStart, align 8
  %1165 = getelementptr i64, i64* %regs, i64 6
  store i64 %1164, i64* %1165, align 8
  %1166 = load i64, i64* %lowEnd, align 8
  %1167 = getelementptr i64, i64* %regs, i64 7
  store i64 %1166, i64* %1167, align 8
  %1168 = load i64, i64* %highEnd, align 8
  %1169 = getelementptr i64, i64* %regs, i64 8
  store i64 %1168, i64* %1169, align 8
  %1170 = add i32 %depth, 1
  %1171 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %1170, i32 0, i32 %1147)
  %1172 = getelementptr i64, i64* %regs, i64 0
  %1173 = load i64, i64* %1172, align 8
  store i64 %1173, i64* %fuel, align 8
  %1174 = getelementptr i64, i64* %regs, i64 6
  %1175 = load i64, i64* %1174, align 8
  store i64 %1175, i64* %lowStart, align 8
  %1176 = getelementptr i64, i64* %regs, i64 7
  %1177 = load i64, i64* %1176, align 8
  store i64 %1177, i64* %lowEnd, align 8
  %1178 = getelementptr i64, i64* %regs, i64 8
  %1179 = load i64, i64* %1178, align 8
  store i64 %1179, i64* %highEnd, align 8
  %1180 = fmul double %1171, 1.000000e+01
  %1181 = call double @llvm.roundeven.f64(double %1180)
  %1182 = call i64 @llvm.fptosi.sat.i64.f64(double %1181)
  %1183 = sitofp i64 %1182 to double
  br i1 false, label %trap1.site19, label %ok190

ok190:                                            ; preds = %stack_ok189
  %1184 = fdiv double %1183, 1.000000e+01
  store double %1184, double* %part.1, align 8
  %1185 = getelementptr i64, i64* %regs, i64 1
  %1186 = load i64, i64* %1185, align 8
  %1187 = trunc i64 %1186 to i32
  %1188 = add i32 %1187, 3
  %1189 = and i32 %1188, -4
  store i32 %1189, i32* %text, align 4
  %1190 = load i32, i32* %text, align 4
  %1191 = add i32 %1190, 4
  store i32 %1191, i32* %cur, align 4
  %1192 = load i32, i32* %part, align 4
  store i32 %1192, i32* %s, align 4
  %1193 = load i32, i32* %s, align 4
  %1194 = zext i32 %1193 to i64
  %1195 = sub i64 %arena_size, 4
  %1196 = icmp sgt i64 %1194, %1195
  br i1 %1196, label %trap17.site0, label %ok191

trap1.site19:                                     ; preds = %stack_ok189
  %1197 = load i64, i64* %lowStart, align 8
  %1198 = getelementptr i64, i64* %regs, i64 6
  store i64 %1197, i64* %1198, align 8
  %1199 = load i64, i64* %lowEnd, align 8
  %1200 = getelementptr i64, i64* %regs, i64 7
  store i64 %1199, i64* %1200, align 8
  %1201 = load i64, i64* %highEnd, align 8
  %1202 = getelementptr i64, i64* %regs, i64 8
  store i64 %1201, i64* %1202, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok191:                                            ; preds = %ok190
  %1203 = getelementptr i8, i8* %mem, i64 %1194
  %1204 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1204, i8* %1203, i64 4, i1 false)
  %1205 = load i32, i32* %unaligned192, align 4
  store i32 %1205, i32* %slen, align 4
  %1206 = load i32, i32* %cur, align 4
  %1207 = load i32, i32* %slen, align 4
  %1208 = add i32 %1206, %1207
  %1209 = getelementptr i64, i64* %regs, i64 2
  %1210 = load i64, i64* %1209, align 8
  %1211 = trunc i64 %1210 to i32
  %1212 = icmp ugt i32 %1208, %1211
  %1213 = zext i1 %1212 to i32
  %1214 = icmp ne i32 %1213, 0
  br i1 %1214, label %then193, label %else194

then193:                                          ; preds = %ok191
  br label %trap15.site23

else194:                                          ; preds = %ok191
  br label %join195

join195:                                          ; preds = %else194, %dead196
  %1215 = load i32, i32* %cur, align 4
  %1216 = load i32, i32* %s, align 4
  %1217 = add i32 %1216, 4
  %1218 = load i32, i32* %slen, align 4
  %1219 = zext i32 %1218 to i64
  %1220 = zext i32 %1217 to i64
  %1221 = add i64 %1220, %1219
  %1222 = icmp ugt i64 %1221, %arena_size
  br i1 %1222, label %trap17.site23, label %ok197

trap15.site23:                                    ; preds = %write.ok214, %write.ok208, %then202, %then193
  %1223 = load i64, i64* %lowStart, align 8
  %1224 = getelementptr i64, i64* %regs, i64 6
  store i64 %1223, i64* %1224, align 8
  %1225 = load i64, i64* %lowEnd, align 8
  %1226 = getelementptr i64, i64* %regs, i64 7
  store i64 %1225, i64* %1226, align 8
  %1227 = load i64, i64* %highEnd, align 8
  %1228 = getelementptr i64, i64* %regs, i64 8
  store i64 %1227, i64* %1228, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead196:                                          ; No predecessors!
  br label %join195

ok197:                                            ; preds = %join195
  %1229 = zext i32 %1215 to i64
  %1230 = add i64 %1229, %1219
  %1231 = icmp uge i64 %1229, %scratch_start
  %1232 = load i64, i64* %highEnd, align 8
  %1233 = icmp ule i64 %1230, %1232
  %1234 = and i1 %1231, %1233
  %1235 = call i1 @llvm.expect.i1(i1 %1234, i1 true)
  br i1 %1235, label %write.ok200, label %write.low198

trap17.site23:                                    ; preds = %write.slow199, %join195
  %1236 = load i64, i64* %lowStart, align 8
  %1237 = getelementptr i64, i64* %regs, i64 6
  store i64 %1236, i64* %1237, align 8
  %1238 = load i64, i64* %lowEnd, align 8
  %1239 = getelementptr i64, i64* %regs, i64 7
  store i64 %1238, i64* %1239, align 8
  %1240 = load i64, i64* %highEnd, align 8
  %1241 = getelementptr i64, i64* %regs, i64 8
  store i64 %1240, i64* %1241, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

write.low198:                                     ; preds = %ok197
  %1242 = load i64, i64* %lowStart, align 8
  %1243 = icmp uge i64 %1229, %1242
  %1244 = load i64, i64* %lowEnd, align 8
  %1245 = icmp ule i64 %1230, %1244
  %1246 = and i1 %1243, %1245
  %1247 = call i1 @llvm.expect.i1(i1 %1246, i1 true)
  br i1 %1247, label %write.ok200, label %write.slow199

write.slow199:                                    ; preds = %write.low198
  %1248 = icmp ugt i64 %1230, %arena_size
  br i1 %1248, label %trap17.site23, label %ok201

write.ok200:                                      ; preds = %ok201, %write.low198, %ok197
  %1249 = getelementptr i8, i8* %mem, i64 %1229
  %1250 = getelementptr i8, i8* %mem, i64 %1220
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1249, i8* %1250, i64 %1219, i1 false)
  %1251 = load i32, i32* %cur, align 4
  %1252 = load i32, i32* %slen, align 4
  %1253 = add i32 %1251, %1252
  store i32 %1253, i32* %cur, align 4
  %1254 = load i32, i32* %cur, align 4
  %1255 = add i32 %1254, 331
  %1256 = getelementptr i64, i64* %regs, i64 2
  %1257 = load i64, i64* %1256, align 8
  %1258 = trunc i64 %1257 to i32
  %1259 = icmp ugt i32 %1255, %1258
  %1260 = zext i1 %1259 to i32
  %1261 = icmp ne i32 %1260, 0
  br i1 %1261, label %then202, label %else203

ok201:                                            ; preds = %write.slow199
  %1262 = icmp ult i64 %1229, %scratch_start
  %1263 = load i64, i64* %lowStart, align 8
  %1264 = call i64 @llvm.umin.i64(i64 %1263, i64 %1229)
  %1265 = load i64, i64* %lowEnd, align 8
  %1266 = load i64, i64* %highEnd, align 8
  %1267 = add i64 %1230, 64
  %1268 = sub i64 %1230, %1264
  %1269 = lshr i64 %1268, 4
  %1270 = add i64 %1267, %1269
  %1271 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1270)
  %1272 = call i64 @llvm.umax.i64(i64 %1265, i64 %1271)
  %1273 = select i1 %1262, i64 %1272, i64 %1265
  store i64 %1273, i64* %lowEnd, align 8
  %1274 = add i64 %1230, 64
  %1275 = sub i64 %1230, %scratch_start
  %1276 = lshr i64 %1275, 4
  %1277 = add i64 %1274, %1276
  %1278 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1277)
  %1279 = call i64 @llvm.umax.i64(i64 %1266, i64 %1278)
  %1280 = select i1 %1262, i64 %1266, i64 %1279
  store i64 %1280, i64* %highEnd, align 8
  store i64 %1264, i64* %lowStart, align 8
  br label %write.ok200

then202:                                          ; preds = %write.ok200
  br label %trap15.site23

else203:                                          ; preds = %write.ok200
  br label %join204

join204:                                          ; preds = %else203, %dead205
  %1281 = load i32, i32* %cur, align 4
  %1282 = zext i32 %1281 to i64
  %1283 = add i64 %1282, 1
  %1284 = icmp uge i64 %1282, %scratch_start
  %1285 = load i64, i64* %highEnd, align 8
  %1286 = icmp ule i64 %1283, %1285
  %1287 = and i1 %1284, %1286
  %1288 = call i1 @llvm.expect.i1(i1 %1287, i1 true)
  br i1 %1288, label %write.ok208, label %write.low206

dead205:                                          ; No predecessors!
  br label %join204

write.low206:                                     ; preds = %join204
  %1289 = load i64, i64* %lowStart, align 8
  %1290 = icmp uge i64 %1282, %1289
  %1291 = load i64, i64* %lowEnd, align 8
  %1292 = icmp ule i64 %1283, %1291
  %1293 = and i1 %1290, %1292
  %1294 = call i1 @llvm.expect.i1(i1 %1293, i1 true)
  br i1 %1294, label %write.ok208, label %write.slow207

write.slow207:                                    ; preds = %write.low206
  %1295 = icmp ugt i64 %1283, %arena_size
  br i1 %1295, label %trap17.site0, label %ok209

write.ok208:                                      ; preds = %ok209, %write.low206, %join204
  %1296 = getelementptr i8, i8* %mem, i64 %1282
  store i8 61, i8* %1296, align 1
  %1297 = load i32, i32* %cur, align 4
  %1298 = add i32 %1297, 1
  store i32 %1298, i32* %cur, align 4
  %1299 = load i32, i32* %cur, align 4
  %1300 = load double, double* %part.1, align 8
  %1301 = load i32, i32* %cur, align 4
  %1302 = icmp uge i32 %depth, 1000
  br i1 %1302, label %trap15.site23, label %ok210

ok209:                                            ; preds = %write.slow207
  %1303 = icmp ult i64 %1282, %scratch_start
  %1304 = load i64, i64* %lowStart, align 8
  %1305 = call i64 @llvm.umin.i64(i64 %1304, i64 %1282)
  %1306 = load i64, i64* %lowEnd, align 8
  %1307 = load i64, i64* %highEnd, align 8
  %1308 = add i64 %1283, 64
  %1309 = sub i64 %1283, %1305
  %1310 = lshr i64 %1309, 4
  %1311 = add i64 %1308, %1310
  %1312 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1311)
  %1313 = call i64 @llvm.umax.i64(i64 %1306, i64 %1312)
  %1314 = select i1 %1303, i64 %1313, i64 %1306
  store i64 %1314, i64* %lowEnd, align 8
  %1315 = add i64 %1283, 64
  %1316 = sub i64 %1283, %scratch_start
  %1317 = lshr i64 %1316, 4
  %1318 = add i64 %1315, %1317
  %1319 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1318)
  %1320 = call i64 @llvm.umax.i64(i64 %1307, i64 %1319)
  %1321 = select i1 %1303, i64 %1307, i64 %1320
  store i64 %1321, i64* %highEnd, align 8
  store i64 %1305, i64* %lowStart, align 8
  br label %write.ok208

ok210:                                            ; preds = %write.ok208
  %1322 = icmp ult i64 %10, %stack_limit
  br i1 %1322, label %trap253.site0, label %stack_ok211

stack_ok211:                                      ; preds = %ok210
  %1323 = load i64, i64* %fuel, align 8
  %1324 = getelementptr i64, i64* %regs, i64 0
  store i64 %1323, i64* %1324, align 8
  %1325 = load i64, i64* %lowStart, align 8
  %1326 = getelementptr i64, i64* %regs, i64 6
  store i64 %1325, i64* %1326, align 8
  %1327 = load i64, i64* %lowEnd, align 8
  %1328 = getelementptr i64, i64* %regs, i64 7
  store i64 %1327, i64* %1328, align 8
  %1329 = load i64, i64* %highEnd, align 8
  %1330 = getelementptr i64, i64* %regs, i64 8
  store i64 %1329, i64* %1330, align 8
  %1331 = add i32 %depth, 1
  %1332 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %1331, double %1300, i32 %1301)
  %1333 = getelementptr i64, i64* %regs, i64 0
  %1334 = load i64, i64* %1333, align 8
  store i64 %1334, i64* %fuel, align 8
  %1335 = getelementptr i64, i64* %regs, i64 6
  %1336 = load i64, i64* %1335, align 8
  store i64 %1336, i64* %lowStart, align 8
  %1337 = getelementptr i64, i64* %regs, i64 7
  %1338 = load i64, i64* %1337, align 8
  store i64 %1338, i64* %lowEnd, align 8
  %1339 = getelementptr i64, i64* %regs, i64 8
  %1340 = load i64, i64* %1339, align 8
  store i64 %1340, i64* %highEnd, align 8
  %1341 = add i32 %1299, %1332
  store i32 %1341, i32* %cur, align 4
  %1342 = load i32, i32* %cur, align 4
  %1343 = load i32, i32* %text, align 4
  %1344 = sub i32 %1342, %1343
  %1345 = sub i32 %1344, 4
  store i32 %1345, i32* %len.3, align 4
  %1346 = load i32, i32* %text, align 4
  %1347 = load i32, i32* %len.3, align 4
  %1348 = zext i32 %1346 to i64
  %1349 = add i64 %1348, 4
  %1350 = icmp uge i64 %1348, %scratch_start
  %1351 = load i64, i64* %highEnd, align 8
  %1352 = icmp ule i64 %1349, %1351
  %1353 = and i1 %1350, %1352
  %1354 = call i1 @llvm.expect.i1(i1 %1353, i1 true)
  br i1 %1354, label %write.ok214, label %write.low212

write.low212:                                     ; preds = %stack_ok211
  %1355 = load i64, i64* %lowStart, align 8
  %1356 = icmp uge i64 %1348, %1355
  %1357 = load i64, i64* %lowEnd, align 8
  %1358 = icmp ule i64 %1349, %1357
  %1359 = and i1 %1356, %1358
  %1360 = call i1 @llvm.expect.i1(i1 %1359, i1 true)
  br i1 %1360, label %write.ok214, label %write.slow213

write.slow213:                                    ; preds = %write.low212
  %1361 = icmp ugt i64 %1349, %arena_size
  br i1 %1361, label %trap17.site0, label %ok215

write.ok214:                                      ; preds = %ok215, %write.low212, %stack_ok211
  %1362 = getelementptr i8, i8* %mem, i64 %1348
  store i32 %1347, i32* %unaligned216, align 4
  %1363 = bitcast i32* %unaligned216 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1362, i8* %1363, i64 4, i1 false)
  %1364 = load i32, i32* %len.3, align 4
  %1365 = add i32 %1364, 4
  %1366 = zext i32 %1365 to i64
  %1367 = getelementptr i64, i64* %regs, i64 1
  %1368 = getelementptr i64, i64* %regs, i64 2
  %1369 = load i64, i64* %1367, align 8
  %1370 = add i64 %1369, 3
  %1371 = and i64 %1370, -4
  %1372 = add i64 %1371, %1366
  %1373 = load i64, i64* %1368, align 8
  %1374 = icmp ugt i64 %1372, %1373
  br i1 %1374, label %trap15.site23, label %ok217

ok215:                                            ; preds = %write.slow213
  %1375 = icmp ult i64 %1348, %scratch_start
  %1376 = load i64, i64* %lowStart, align 8
  %1377 = call i64 @llvm.umin.i64(i64 %1376, i64 %1348)
  %1378 = load i64, i64* %lowEnd, align 8
  %1379 = load i64, i64* %highEnd, align 8
  %1380 = add i64 %1349, 64
  %1381 = sub i64 %1349, %1377
  %1382 = lshr i64 %1381, 4
  %1383 = add i64 %1380, %1382
  %1384 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1383)
  %1385 = call i64 @llvm.umax.i64(i64 %1378, i64 %1384)
  %1386 = select i1 %1375, i64 %1385, i64 %1378
  store i64 %1386, i64* %lowEnd, align 8
  %1387 = add i64 %1349, 64
  %1388 = sub i64 %1349, %scratch_start
  %1389 = lshr i64 %1388, 4
  %1390 = add i64 %1387, %1389
  %1391 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1390)
  %1392 = call i64 @llvm.umax.i64(i64 %1379, i64 %1391)
  %1393 = select i1 %1375, i64 %1379, i64 %1392
  store i64 %1393, i64* %highEnd, align 8
  store i64 %1377, i64* %lowStart, align 8
  br label %write.ok214

ok217:                                            ; preds = %write.ok214
  store i64 %1372, i64* %1367, align 8
  %1394 = load i64, i64* %highEnd, align 8
  %1395 = call i64 @llvm.umax.i64(i64 %1394, i64 %1372)
  store i64 %1395, i64* %highEnd, align 8
  %1396 = trunc i64 %1371 to i32
  store i32 %1396, i32* %result185, align 4
  br label %e43

write.low218:                                     ; preds = %e43
  %1397 = load i64, i64* %lowStart, align 8
  %1398 = icmp uge i64 %1137, %1397
  %1399 = load i64, i64* %lowEnd, align 8
  %1400 = icmp ule i64 %1138, %1399
  %1401 = and i1 %1398, %1400
  %1402 = call i1 @llvm.expect.i1(i1 %1401, i1 true)
  br i1 %1402, label %write.ok220, label %write.slow219

write.slow219:                                    ; preds = %write.low218
  %1403 = icmp ugt i64 %1138, %arena_size
  br i1 %1403, label %trap17.site0, label %ok221

write.ok220:                                      ; preds = %ok221, %write.low218, %e43
  %1404 = getelementptr i8, i8* %mem, i64 %1137
  store i32 %1135, i32* %unaligned222, align 4
  %1405 = bitcast i32* %unaligned222 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1404, i8* %1405, i64 4, i1 false)
  %1406 = load i32, i32* %len.2, align 4
  %1407 = add i32 %1406, 1
  store i32 %1407, i32* %len.2, align 4
  %1408 = load i32, i32* %k.5, align 4
  %1409 = add i32 %1408, 1
  store i32 %1409, i32* %k.5, align 4
  br label %each42

ok221:                                            ; preds = %write.slow219
  %1410 = icmp ult i64 %1137, %scratch_start
  %1411 = load i64, i64* %lowStart, align 8
  %1412 = call i64 @llvm.umin.i64(i64 %1411, i64 %1137)
  %1413 = load i64, i64* %lowEnd, align 8
  %1414 = load i64, i64* %highEnd, align 8
  %1415 = add i64 %1138, 64
  %1416 = sub i64 %1138, %1412
  %1417 = lshr i64 %1416, 4
  %1418 = add i64 %1415, %1417
  %1419 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1418)
  %1420 = call i64 @llvm.umax.i64(i64 %1413, i64 %1419)
  %1421 = select i1 %1410, i64 %1420, i64 %1413
  store i64 %1421, i64* %lowEnd, align 8
  %1422 = add i64 %1138, 64
  %1423 = sub i64 %1138, %scratch_start
  %1424 = lshr i64 %1423, 4
  %1425 = add i64 %1422, %1424
  %1426 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1425)
  %1427 = call i64 @llvm.umax.i64(i64 %1414, i64 %1426)
  %1428 = select i1 %1410, i64 %1414, i64 %1427
  store i64 %1428, i64* %highEnd, align 8
  store i64 %1412, i64* %lowStart, align 8
  br label %write.ok220

dead223:                                          ; No predecessors!
  br label %block41

write.low224:                                     ; preds = %block41
  %1429 = load i64, i64* %lowStart, align 8
  %1430 = icmp uge i64 %1100, %1429
  %1431 = load i64, i64* %lowEnd, align 8
  %1432 = icmp ule i64 %1101, %1431
  %1433 = and i1 %1430, %1432
  %1434 = call i1 @llvm.expect.i1(i1 %1433, i1 true)
  br i1 %1434, label %write.ok226, label %write.slow225

write.slow225:                                    ; preds = %write.low224
  %1435 = icmp ugt i64 %1101, %arena_size
  br i1 %1435, label %trap17.site0, label %ok227

write.ok226:                                      ; preds = %ok227, %write.low224, %block41
  %1436 = getelementptr i8, i8* %mem, i64 %1100
  store i32 %1099, i32* %unaligned228, align 4
  %1437 = bitcast i32* %unaligned228 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1436, i8* %1437, i64 4, i1 false)
  %1438 = load i32, i32* %list.2, align 4
  store i32 %1438, i32* %result171, align 4
  br label %e39

ok227:                                            ; preds = %write.slow225
  %1439 = icmp ult i64 %1100, %scratch_start
  %1440 = load i64, i64* %lowStart, align 8
  %1441 = call i64 @llvm.umin.i64(i64 %1440, i64 %1100)
  %1442 = load i64, i64* %lowEnd, align 8
  %1443 = load i64, i64* %highEnd, align 8
  %1444 = add i64 %1101, 64
  %1445 = sub i64 %1101, %1441
  %1446 = lshr i64 %1445, 4
  %1447 = add i64 %1444, %1446
  %1448 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1447)
  %1449 = call i64 @llvm.umax.i64(i64 %1442, i64 %1448)
  %1450 = select i1 %1439, i64 %1449, i64 %1442
  store i64 %1450, i64* %lowEnd, align 8
  %1451 = add i64 %1101, 64
  %1452 = sub i64 %1101, %scratch_start
  %1453 = lshr i64 %1452, 4
  %1454 = add i64 %1451, %1453
  %1455 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1454)
  %1456 = call i64 @llvm.umax.i64(i64 %1443, i64 %1455)
  %1457 = select i1 %1439, i64 %1443, i64 %1456
  store i64 %1457, i64* %highEnd, align 8
  store i64 %1441, i64* %lowStart, align 8
  br label %write.ok226

ok229:                                            ; preds = %e39
  %1458 = icmp ult i64 %10, %stack_limit
  br i1 %1458, label %trap253.site0, label %stack_ok230

trap15.site16:                                    ; preds = %e39
  %1459 = load i64, i64* %lowStart, align 8
  %1460 = getelementptr i64, i64* %regs, i64 6
  store i64 %1459, i64* %1460, align 8
  %1461 = load i64, i64* %lowEnd, align 8
  %1462 = getelementptr i64, i64* %regs, i64 7
  store i64 %1461, i64* %1462, align 8
  %1463 = load i64, i64* %highEnd, align 8
  %1464 = getelementptr i64, i64* %regs, i64 8
  store i64 %1463, i64* %1464, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok230:                                      ; preds = %ok229
  %1465 = load i64, i64* %fuel, align 8
  %1466 = getelementptr i64, i64* %regs, i64 0
  store i64 %1465, i64* %1466, align 8
  %1467 = load i64, i64* %lowStart, align 8
  %1468 = getelementptr i64, i64* %regs, i64 6
  store i64 %1467, i64* %1468, align 8
  %1469 = load i64, i64* %lowEnd, align 8
  %1470 = getelementptr i64, i64* %regs, i64 7
  store i64 %1469, i64* %1470, align 8
  %1471 = load i64, i64* %highEnd, align 8
  %1472 = getelementptr i64, i64* %regs, i64 8
  store i64 %1471, i64* %1472, align 8
  %1473 = add i32 %depth, 1
  %1474 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1473, i32 %1059, i32 11104)
  %1475 = getelementptr i64, i64* %regs, i64 0
  %1476 = load i64, i64* %1475, align 8
  store i64 %1476, i64* %fuel, align 8
  %1477 = getelementptr i64, i64* %regs, i64 6
  %1478 = load i64, i64* %1477, align 8
  store i64 %1478, i64* %lowStart, align 8
  %1479 = getelementptr i64, i64* %regs, i64 7
  %1480 = load i64, i64* %1479, align 8
  store i64 %1480, i64* %lowEnd, align 8
  %1481 = getelementptr i64, i64* %regs, i64 8
  %1482 = load i64, i64* %1481, align 8
  store i64 %1482, i64* %highEnd, align 8
  store i32 %1474, i32* %report, align 4
  %1483 = load i32, i32* %dict, align 4
  %1484 = load i32, i32* %report, align 4
  %1485 = zext i32 %1483 to i64
  %1486 = add i64 %1485, 48
  %1487 = add i64 %1486, 4
  %1488 = icmp uge i64 %1486, %scratch_start
  %1489 = load i64, i64* %highEnd, align 8
  %1490 = icmp ule i64 %1487, %1489
  %1491 = and i1 %1488, %1490
  %1492 = call i1 @llvm.expect.i1(i1 %1491, i1 true)
  br i1 %1492, label %write.ok233, label %write.low231

write.low231:                                     ; preds = %stack_ok230
  %1493 = load i64, i64* %lowStart, align 8
  %1494 = icmp uge i64 %1486, %1493
  %1495 = load i64, i64* %lowEnd, align 8
  %1496 = icmp ule i64 %1487, %1495
  %1497 = and i1 %1494, %1496
  %1498 = call i1 @llvm.expect.i1(i1 %1497, i1 true)
  br i1 %1498, label %write.ok233, label %write.slow232

write.slow232:                                    ; preds = %write.low231
  %1499 = icmp ugt i64 %1487, %arena_size
  br i1 %1499, label %trap17.site0, label %ok234

write.ok233:                                      ; preds = %ok234, %write.low231, %stack_ok230
  %1500 = getelementptr i8, i8* %mem, i64 %1486
  store i32 %1484, i32* %unaligned235, align 4
  %1501 = bitcast i32* %unaligned235 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1500, i8* %1501, i64 4, i1 false)
  %1502 = load i32, i32* %dict, align 4
  store i32 %1502, i32* %result3, align 4
  br label %e0

ok234:                                            ; preds = %write.slow232
  %1503 = icmp ult i64 %1486, %scratch_start
  %1504 = load i64, i64* %lowStart, align 8
  %1505 = call i64 @llvm.umin.i64(i64 %1504, i64 %1486)
  %1506 = load i64, i64* %lowEnd, align 8
  %1507 = load i64, i64* %highEnd, align 8
  %1508 = add i64 %1487, 64
  %1509 = sub i64 %1487, %1505
  %1510 = lshr i64 %1509, 4
  %1511 = add i64 %1508, %1510
  %1512 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1511)
  %1513 = call i64 @llvm.umax.i64(i64 %1506, i64 %1512)
  %1514 = select i1 %1503, i64 %1513, i64 %1506
  store i64 %1514, i64* %lowEnd, align 8
  %1515 = add i64 %1487, 64
  %1516 = sub i64 %1487, %scratch_start
  %1517 = lshr i64 %1516, 4
  %1518 = add i64 %1515, %1517
  %1519 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1518)
  %1520 = call i64 @llvm.umax.i64(i64 %1507, i64 %1519)
  %1521 = select i1 %1503, i64 %1507, i64 %1520
  store i64 %1521, i64* %highEnd, align 8
  store i64 %1505, i64* %lowStart, align 8
  br label %write.ok233

ok236:                                            ; preds = %e0
  %1522 = icmp ult i64 %10, %stack_limit
  br i1 %1522, label %trap253.site0, label %stack_ok237

stack_ok237:                                      ; preds = %ok236
  %1523 = load i64, i64* %fuel, align 8
  %1524 = getelementptr i64, i64* %regs, i64 0
  store i64 %1523, i64* %1524, align 8
  %1525 = load i64, i64* %lowStart, align 8
  %1526 = getelementptr i64, i64* %regs, i64 6
  store i64 %1525, i64* %1526, align 8
  %1527 = load i64, i64* %lowEnd, align 8
  %1528 = getelementptr i64, i64* %regs, i64 7
  store i64 %1527, i64* %1528, align 8
  %1529 = load i64, i64* %highEnd, align 8
  %1530 = getelementptr i64, i64* %regs, i64 8
  store i64 %1529, i64* %1530, align 8
  %1531 = add i32 %depth, 1
  %1532 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1531, i32 %81, i32 %82, i32 0)
  %1533 = getelementptr i64, i64* %regs, i64 0
  %1534 = load i64, i64* %1533, align 8
  store i64 %1534, i64* %fuel, align 8
  %1535 = getelementptr i64, i64* %regs, i64 6
  %1536 = load i64, i64* %1535, align 8
  store i64 %1536, i64* %lowStart, align 8
  %1537 = getelementptr i64, i64* %regs, i64 7
  %1538 = load i64, i64* %1537, align 8
  store i64 %1538, i64* %lowEnd, align 8
  %1539 = getelementptr i64, i64* %regs, i64 8
  %1540 = load i64, i64* %1539, align 8
  store i64 %1540, i64* %highEnd, align 8
  store i32 %1532, i32* %json_end, align 4
  %1541 = load i32, i32* %json_end, align 4
  %1542 = icmp eq i32 %1541, -2
  %1543 = zext i1 %1542 to i32
  %1544 = icmp ne i32 %1543, 0
  br i1 %1544, label %then238, label %else239

then238:                                          ; preds = %stack_ok237
  br label %trap16.site3

else239:                                          ; preds = %stack_ok237
  br label %join240

join240:                                          ; preds = %else239, %dead241
  %1545 = load i32, i32* %json_end, align 4
  %1546 = icmp eq i32 %1545, -1
  %1547 = zext i1 %1546 to i32
  %1548 = icmp ne i32 %1547, 0
  br i1 %1548, label %then242, label %else243

trap16.site3:                                     ; preds = %then247, %then238
  %1549 = load i64, i64* %lowStart, align 8
  %1550 = getelementptr i64, i64* %regs, i64 6
  store i64 %1549, i64* %1550, align 8
  %1551 = load i64, i64* %lowEnd, align 8
  %1552 = getelementptr i64, i64* %regs, i64 7
  store i64 %1551, i64* %1552, align 8
  %1553 = load i64, i64* %highEnd, align 8
  %1554 = getelementptr i64, i64* %regs, i64 8
  store i64 %1553, i64* %1554, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead241:                                          ; No predecessors!
  br label %join240

then242:                                          ; preds = %join240
  %1555 = load i32, i32* %result.1, align 4
  %1556 = icmp uge i32 %depth, 1000
  br i1 %1556, label %trap15.site0, label %ok245

else243:                                          ; preds = %join240
  br label %join244

join244:                                          ; preds = %else243, %dead251
  %1557 = load i32, i32* %json_end, align 4
  %1558 = zext i32 %1557 to i64
  %1559 = getelementptr i64, i64* %regs, i64 3
  store i64 %1558, i64* %1559, align 8
  %1560 = load i32, i32* %json_end, align 4
  %1561 = load i32, i32* %json_start, align 4
  %1562 = sub i32 %1560, %1561
  %1563 = load i64, i64* %fuel, align 8
  %1564 = getelementptr i64, i64* %regs, i64 0
  store i64 %1563, i64* %1564, align 8
  %1565 = load i64, i64* %lowStart, align 8
  %1566 = getelementptr i64, i64* %regs, i64 6
  store i64 %1565, i64* %1566, align 8
  %1567 = load i64, i64* %lowEnd, align 8
  %1568 = getelementptr i64, i64* %regs, i64 7
  store i64 %1567, i64* %1568, align 8
  %1569 = load i64, i64* %highEnd, align 8
  %1570 = getelementptr i64, i64* %regs, i64 8
  store i64 %1569, i64* %1570, align 8
  ret i32 %1562

ok245:                                            ; preds = %then242
  %1571 = icmp ult i64 %10, %stack_limit
  br i1 %1571, label %trap253.site0, label %stack_ok246

stack_ok246:                                      ; preds = %ok245
  %1572 = load i64, i64* %fuel, align 8
  %1573 = getelementptr i64, i64* %regs, i64 0
  store i64 %1572, i64* %1573, align 8
  %1574 = load i64, i64* %lowStart, align 8
  %1575 = getelementptr i64, i64* %regs, i64 6
  store i64 %1574, i64* %1575, align 8
  %1576 = load i64, i64* %lowEnd, align 8
  %1577 = getelementptr i64, i64* %regs, i64 7
  store i64 %1576, i64* %1577, align 8
  %1578 = load i64, i64* %highEnd, align 8
  %1579 = getelementptr i64, i64* %regs, i64 8
  store i64 %1578, i64* %1579, align 8
  %1580 = add i32 %depth, 1
  %1581 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1580, i32 %1555)
  %1582 = getelementptr i64, i64* %regs, i64 0
  %1583 = load i64, i64* %1582, align 8
  store i64 %1583, i64* %fuel, align 8
  %1584 = getelementptr i64, i64* %regs, i64 6
  %1585 = load i64, i64* %1584, align 8
  store i64 %1585, i64* %lowStart, align 8
  %1586 = getelementptr i64, i64* %regs, i64 7
  %1587 = load i64, i64* %1586, align 8
  store i64 %1587, i64* %lowEnd, align 8
  %1588 = getelementptr i64, i64* %regs, i64 8
  %1589 = load i64, i64* %1588, align 8
  store i64 %1589, i64* %highEnd, align 8
  %1590 = icmp ne i32 %1581, 0
  br i1 %1590, label %then247, label %else248

then247:                                          ; preds = %stack_ok246
  br label %trap16.site3

else248:                                          ; preds = %stack_ok246
  br label %join249

join249:                                          ; preds = %else248, %dead250
  br label %trap15.site3

dead250:                                          ; No predecessors!
  br label %join249

dead251:                                          ; No predecessors!
  br label %join244
}

define internal double @m0.fn.to_celsius(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i32 %r.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %r = alloca i32, align 4
  store i32 %r.arg, i32* %r, align 4
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
  %result = alloca double, align 8
  %unaligned4 = alloca i64, align 8
  %unaligned7 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %5 = load i64, i64* %fuel, align 8
  %6 = icmp ult i64 %5, 1
  br i1 %6, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %7 = sub i64 %5, 1
  store i64 %7, i64* %fuel, align 8
  %8 = load i32, i32* %r, align 4
  %9 = zext i32 %8 to i64
  %10 = sub i64 %arena_size, 20
  %11 = icmp sgt i64 %9, %10
  br i1 %11, label %trap17.site25, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %12 = add i64 %9, 16
  %13 = getelementptr i8, i8* %mem, i64 %12
  %14 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %14, i8* %13, i64 4, i1 false)
  %15 = load i32, i32* %unaligned, align 4
  %16 = icmp uge i32 %depth, 1000
  br i1 %16, label %trap15.site0, label %ok2

trap17.site25:                                    ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 25)
  unreachable

ok2:                                              ; preds = %ok1
  %17 = icmp ult i64 %3, %stack_limit
  br i1 %17, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %18 = load i64, i64* %fuel, align 8
  %19 = getelementptr i64, i64* %regs, i64 0
  store i64 %18, i64* %19, align 8
  %20 = add i32 %depth, 1
  %21 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %20, i32 %15, i32 11464)
  %22 = getelementptr i64, i64* %regs, i64 0
  %23 = load i64, i64* %22, align 8
  store i64 %23, i64* %fuel, align 8
  %24 = icmp ne i32 %21, 0
  br i1 %24, label %then, label %else

trap253.site0:                                    ; preds = %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %25 = load i32, i32* %r, align 4
  %26 = zext i32 %25 to i64
  %27 = sub i64 %arena_size, 16
  %28 = icmp sgt i64 %26, %27
  br i1 %28, label %trap17.site29, label %ok3

else:                                             ; preds = %stack_ok
  %29 = load i32, i32* %r, align 4
  %30 = zext i32 %29 to i64
  %31 = sub i64 %arena_size, 16
  %32 = icmp sgt i64 %30, %31
  br i1 %32, label %trap17.site30, label %ok6

join:                                             ; preds = %ok6, %ok5
  %33 = load double, double* %result, align 8
  %34 = load i64, i64* %fuel, align 8
  %35 = getelementptr i64, i64* %regs, i64 0
  store i64 %34, i64* %35, align 8
  ret double %33

ok3:                                              ; preds = %then
  %36 = add i64 %26, 8
  %37 = getelementptr i8, i8* %mem, i64 %36
  %38 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %38, i8* %37, i64 8, i1 false)
  %39 = load i64, i64* %unaligned4, align 8
  %40 = bitcast i64 %39 to double
  %41 = fsub double %40, 3.200000e+01
  %42 = fmul double %41, 5.000000e+00
  br i1 false, label %trap1.site26, label %ok5

trap17.site29:                                    ; preds = %then
  call void @tetra_trap(i64* %regs, i32 17, i32 29)
  unreachable

ok5:                                              ; preds = %ok3
  %43 = fdiv double %42, 9.000000e+00
  store double %43, double* %result, align 8
  br label %join

trap1.site26:                                     ; preds = %ok3
  call void @tetra_trap(i64* %regs, i32 1, i32 26)
  unreachable

ok6:                                              ; preds = %else
  %44 = add i64 %30, 8
  %45 = getelementptr i8, i8* %mem, i64 %44
  %46 = bitcast i64* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %46, i8* %45, i64 8, i1 false)
  %47 = load i64, i64* %unaligned7, align 8
  %48 = bitcast i64 %47 to double
  store double %48, double* %result, align 8
  br label %join

trap17.site30:                                    ; preds = %else
  call void @tetra_trap(i64* %regs, i32 17, i32 30)
  unreachable
}
