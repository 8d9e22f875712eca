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
  %unaligned65 = alloca i32, align 4
  %unaligned67 = alloca i32, align 4
  %unaligned68 = alloca i32, align 4
  %unaligned75 = alloca i32, align 4
  %unaligned77 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned88 = alloca i32, align 4
  %unaligned90 = alloca i32, align 4
  %unaligned98 = alloca i32, align 4
  %unaligned100 = alloca i32, align 4
  %result112 = alloca i32, align 4
  %unaligned117 = alloca i32, align 4
  %result118 = alloca double, align 8
  %unaligned120 = alloca i32, align 4
  %unaligned126 = alloca i32, align 4
  %unaligned131 = alloca i64, align 8
  %unaligned141 = alloca i64, align 8
  %unaligned150 = alloca i64, align 8
  %result151 = alloca double, align 8
  %unaligned153 = alloca i32, align 4
  %unaligned159 = alloca i32, align 4
  %unaligned164 = alloca i64, align 8
  %unaligned174 = alloca i64, align 8
  %unaligned183 = alloca i64, align 8
  %result184 = alloca double, align 8
  %unaligned186 = alloca i32, align 4
  %unaligned191 = alloca i64, align 8
  %unaligned198 = alloca i64, align 8
  %result200 = alloca i64, align 8
  %unaligned202 = alloca i32, align 4
  %unaligned208 = alloca i64, align 8
  %result209 = alloca i32, align 4
  %unaligned211 = alloca i32, align 4
  %unaligned218 = alloca i32, align 4
  %unaligned222 = alloca i32, align 4
  %result223 = alloca i32, align 4
  %unaligned225 = alloca i32, align 4
  %unaligned230 = alloca i32, align 4
  %unaligned254 = alloca i32, align 4
  %unaligned260 = alloca i32, align 4
  %unaligned266 = alloca i32, align 4
  %unaligned273 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each42, %each34194, %each29170, %each25137, %loop19, %loop18, %each1471, %each4, %body
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

trap253.site0:                                    ; preds = %ok283, %ok274, %ok267, %ok248, %ok226, %ok101, %ok27, %ok1
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

trap17.site0:                                     ; preds = %write.slow270, %write.slow263, %write.slow257, %write.slow251, %write.slow245, %ok228, %cont220, %ok216, %write.ok206, %write.slow205, %e31, %cont196, %write.ok181, %write.slow180, %cont172, %join156, %write.ok148, %write.slow147, %cont139, %join123, %write.ok115, %write.slow114, %ok97, %then94, %e11, %write.slow85, %write.slow79, %cont73, %ok61, %write.ok50, %write.slow49, %write.ok42, %write.slow41, %write.slow36, %write.slow30, %cont, %ok21, %write.ok15, %write.slow14, %write.slow9, %write.slow, %stack_ok
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

e0:                                               ; preds = %write.ok271
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
  br i1 %83, label %trap15.site0, label %ok274

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

trap15.site3:                                     ; preds = %join287, %ok2
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
  br i1 %488, label %then109, label %else110

e11:                                              ; preds = %write.ok86
  %489 = load i32, i32* %result54, align 4
  store i32 %489, i32* %xs.3, align 4
  store i32 1, i32* %unique, align 4
  %490 = load i32, i32* %xs.3, align 4
  %491 = zext i32 %490 to i64
  %492 = sub i64 %arena_size, 4
  %493 = icmp sgt i64 %491, %492
  br i1 %493, label %trap17.site0, label %ok89

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
  %531 = load i32, i32* %k.1, align 4
  %532 = load i32, i32* %n.1, align 4
  %533 = icmp ugt i32 %532, %531
  %534 = sub i32 %532, %531
  %535 = select i1 %533, i32 %534, i32 0
  %536 = zext i32 %535 to i64
  %537 = load i64, i64* %fuel, align 8
  %538 = icmp ult i64 %536, %537
  %539 = icmp ne i64 %536, 0
  %540 = icmp ult i64 %536, 4294967296
  %541 = and i1 %539, %540
  %542 = and i1 %538, %541
  %543 = load i32, i32* %xs.2, align 4
  %544 = zext i32 %543 to i64
  %545 = load i32, i32* %k.1, align 4
  %546 = zext i32 %545 to i64
  %547 = add i64 %546, %536
  %548 = sub i64 %547, 1
  %549 = mul i64 %548, 4
  %550 = add i64 %544, %549
  %551 = add i64 %550, 8
  %552 = icmp ult i64 %548, 4294967296
  %553 = icmp ule i64 %551, %arena_size
  %554 = and i1 %552, %553
  %555 = and i1 %542, %554
  %556 = load i32, i32* %list.1, align 4
  %557 = zext i32 %556 to i64
  %558 = load i32, i32* %len.1, align 4
  %559 = zext i32 %558 to i64
  %560 = add i64 %559, %536
  %561 = sub i64 %560, 1
  %562 = mul i64 %561, 4
  %563 = add i64 %557, %562
  %564 = add i64 %563, 8
  %565 = icmp ult i64 %561, 4294967296
  %566 = icmp ule i64 %564, %arena_size
  %567 = and i1 %565, %566
  %568 = and i1 %555, %567
  %569 = mul i64 %559, 4
  %570 = add i64 %557, %569
  %571 = add i64 %570, 4
  %572 = call i1 @llvm.expect.i1(i1 %568, i1 true)
  br i1 %572, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok62
  %573 = icmp ult i64 %571, %scratch_start
  %574 = load i64, i64* %lowStart, align 8
  %575 = call i64 @llvm.umin.i64(i64 %574, i64 %571)
  %576 = load i64, i64* %lowEnd, align 8
  %577 = load i64, i64* %highEnd, align 8
  %578 = call i64 @llvm.umax.i64(i64 %576, i64 %564)
  %579 = select i1 %573, i64 %578, i64 %576
  store i64 %579, i64* %lowEnd, align 8
  %580 = call i64 @llvm.umax.i64(i64 %577, i64 %564)
  %581 = select i1 %573, i64 %577, i64 %580
  store i64 %581, i64* %highEnd, align 8
  store i64 %575, i64* %lowStart, align 8
  %582 = add i64 %536, 1
  %583 = mul i64 %582, 1
  %584 = sub i64 %537, %583
  store i64 %584, i64* %fuel, align 8
  br label %each14

versioned.slow:                                   ; preds = %ok62
  br label %each1471

versioned.join:                                   ; preds = %block1370, %block13
  %585 = load i32, i32* %list.1, align 4
  %586 = load i32, i32* %len.1, align 4
  %587 = zext i32 %585 to i64
  %588 = add i64 %587, 4
  %589 = icmp uge i64 %587, %scratch_start
  %590 = load i64, i64* %highEnd, align 8
  %591 = icmp ule i64 %588, %590
  %592 = and i1 %589, %591
  %593 = call i1 @llvm.expect.i1(i1 %592, i1 true)
  br i1 %593, label %write.ok86, label %write.low84

block13:                                          ; preds = %dead69, %each14
  br label %versioned.join

each14:                                           ; preds = %ok66, %versioned.fast
  %594 = load i32, i32* %k.1, align 4
  %595 = load i32, i32* %n.1, align 4
  %596 = icmp uge i32 %594, %595
  %597 = zext i1 %596 to i32
  %598 = icmp ne i32 %597, 0
  br i1 %598, label %block13, label %cont64

cont64:                                           ; preds = %each14
  %599 = load i32, i32* %k.1, align 4
  %600 = zext i32 %599 to i64
  %601 = mul i64 %600, 4
  %602 = load i32, i32* %xs.2, align 4
  %603 = zext i32 %602 to i64
  %604 = add i64 %603, %601
  %605 = add i64 %604, 4
  %606 = getelementptr i8, i8* %mem, i64 %605
  %607 = bitcast i32* %unaligned65 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %607, i8* %606, i64 4, i1 false)
  %608 = load i32, i32* %unaligned65, align 4
  store i32 %608, i32* %x.1, align 4
  %609 = load i32, i32* %x.1, align 4
  store i32 %609, i32* %r.1, align 4
  %610 = load i32, i32* %len.1, align 4
  %611 = zext i32 %610 to i64
  %612 = mul i64 %611, 4
  %613 = load i32, i32* %list.1, align 4
  %614 = zext i32 %613 to i64
  %615 = add i64 %614, %612
  %616 = add i64 %615, 4
  %617 = getelementptr i8, i8* %mem, i64 %616
  %618 = load i32, i32* %r.1, align 4
  %619 = zext i32 %618 to i64
  %620 = sub i64 %arena_size, 4
  %621 = icmp sgt i64 %619, %620
  br i1 %621, label %trap17.site10, label %ok66

ok66:                                             ; preds = %cont64
  %622 = getelementptr i8, i8* %mem, i64 %619
  %623 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %623, i8* %622, i64 4, i1 false)
  %624 = load i32, i32* %unaligned67, align 4
  store i32 %624, i32* %unaligned68, align 4
  %625 = bitcast i32* %unaligned68 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %625, i64 4, i1 false)
  %626 = load i32, i32* %len.1, align 4
  %627 = add i32 %626, 1
  store i32 %627, i32* %len.1, align 4
  %628 = load i32, i32* %k.1, align 4
  %629 = add i32 %628, 1
  store i32 %629, i32* %k.1, align 4
  br label %each14

trap17.site10:                                    ; preds = %ok74, %cont64
  %630 = load i64, i64* %lowStart, align 8
  %631 = getelementptr i64, i64* %regs, i64 6
  store i64 %630, i64* %631, align 8
  %632 = load i64, i64* %lowEnd, align 8
  %633 = getelementptr i64, i64* %regs, i64 7
  store i64 %632, i64* %633, align 8
  %634 = load i64, i64* %highEnd, align 8
  %635 = getelementptr i64, i64* %regs, i64 8
  store i64 %634, i64* %635, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

dead69:                                           ; No predecessors!
  br label %block13

block1370:                                        ; preds = %dead83, %ok72
  br label %versioned.join

each1471:                                         ; preds = %write.ok80, %versioned.slow
  %636 = load i64, i64* %fuel, align 8
  %637 = icmp ult i64 %636, 1
  br i1 %637, label %trap14.site0, label %ok72

ok72:                                             ; preds = %each1471
  %638 = sub i64 %636, 1
  store i64 %638, i64* %fuel, align 8
  %639 = load i32, i32* %k.1, align 4
  %640 = load i32, i32* %n.1, align 4
  %641 = icmp uge i32 %639, %640
  %642 = zext i1 %641 to i32
  %643 = icmp ne i32 %642, 0
  br i1 %643, label %block1370, label %cont73

cont73:                                           ; preds = %ok72
  %644 = load i32, i32* %xs.2, align 4
  %645 = load i32, i32* %k.1, align 4
  %646 = mul i32 %645, 4
  %647 = add i32 %644, %646
  %648 = zext i32 %647 to i64
  %649 = sub i64 %arena_size, 8
  %650 = icmp sgt i64 %648, %649
  br i1 %650, label %trap17.site0, label %ok74

ok74:                                             ; preds = %cont73
  %651 = add i64 %648, 4
  %652 = getelementptr i8, i8* %mem, i64 %651
  %653 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %653, i8* %652, i64 4, i1 false)
  %654 = load i32, i32* %unaligned75, align 4
  store i32 %654, i32* %x.1, align 4
  %655 = load i32, i32* %x.1, align 4
  store i32 %655, i32* %r.1, align 4
  %656 = load i32, i32* %list.1, align 4
  %657 = load i32, i32* %len.1, align 4
  %658 = mul i32 %657, 4
  %659 = add i32 %656, %658
  %660 = load i32, i32* %r.1, align 4
  %661 = zext i32 %660 to i64
  %662 = sub i64 %arena_size, 4
  %663 = icmp sgt i64 %661, %662
  br i1 %663, label %trap17.site10, label %ok76

ok76:                                             ; preds = %ok74
  %664 = getelementptr i8, i8* %mem, i64 %661
  %665 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %665, i8* %664, i64 4, i1 false)
  %666 = load i32, i32* %unaligned77, align 4
  %667 = zext i32 %659 to i64
  %668 = add i64 %667, 4
  %669 = add i64 %668, 4
  %670 = icmp uge i64 %668, %scratch_start
  %671 = load i64, i64* %highEnd, align 8
  %672 = icmp ule i64 %669, %671
  %673 = and i1 %670, %672
  %674 = call i1 @llvm.expect.i1(i1 %673, i1 true)
  br i1 %674, label %write.ok80, label %write.low78

write.low78:                                      ; preds = %ok76
  %675 = load i64, i64* %lowStart, align 8
  %676 = icmp uge i64 %668, %675
  %677 = load i64, i64* %lowEnd, align 8
  %678 = icmp ule i64 %669, %677
  %679 = and i1 %676, %678
  %680 = call i1 @llvm.expect.i1(i1 %679, i1 true)
  br i1 %680, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %681 = icmp ugt i64 %669, %arena_size
  br i1 %681, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %ok76
  %682 = getelementptr i8, i8* %mem, i64 %668
  store i32 %666, i32* %unaligned82, align 4
  %683 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %682, i8* %683, i64 4, i1 false)
  %684 = load i32, i32* %len.1, align 4
  %685 = add i32 %684, 1
  store i32 %685, i32* %len.1, align 4
  %686 = load i32, i32* %k.1, align 4
  %687 = add i32 %686, 1
  store i32 %687, i32* %k.1, align 4
  br label %each1471

ok81:                                             ; preds = %write.slow79
  %688 = icmp ult i64 %668, %scratch_start
  %689 = load i64, i64* %lowStart, align 8
  %690 = call i64 @llvm.umin.i64(i64 %689, i64 %668)
  %691 = load i64, i64* %lowEnd, align 8
  %692 = load i64, i64* %highEnd, align 8
  %693 = add i64 %669, 64
  %694 = sub i64 %669, %690
  %695 = lshr i64 %694, 4
  %696 = add i64 %693, %695
  %697 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %696)
  %698 = call i64 @llvm.umax.i64(i64 %691, i64 %697)
  %699 = select i1 %688, i64 %698, i64 %691
  store i64 %699, i64* %lowEnd, align 8
  %700 = add i64 %669, 64
  %701 = sub i64 %669, %scratch_start
  %702 = lshr i64 %701, 4
  %703 = add i64 %700, %702
  %704 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %703)
  %705 = call i64 @llvm.umax.i64(i64 %692, i64 %704)
  %706 = select i1 %688, i64 %692, i64 %705
  store i64 %706, i64* %highEnd, align 8
  store i64 %690, i64* %lowStart, align 8
  br label %write.ok80

dead83:                                           ; No predecessors!
  br label %block1370

write.low84:                                      ; preds = %versioned.join
  %707 = load i64, i64* %lowStart, align 8
  %708 = icmp uge i64 %587, %707
  %709 = load i64, i64* %lowEnd, align 8
  %710 = icmp ule i64 %588, %709
  %711 = and i1 %708, %710
  %712 = call i1 @llvm.expect.i1(i1 %711, i1 true)
  br i1 %712, label %write.ok86, label %write.slow85

write.slow85:                                     ; preds = %write.low84
  %713 = icmp ugt i64 %588, %arena_size
  br i1 %713, label %trap17.site0, label %ok87

write.ok86:                                       ; preds = %ok87, %write.low84, %versioned.join
  %714 = getelementptr i8, i8* %mem, i64 %587
  store i32 %586, i32* %unaligned88, align 4
  %715 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %714, i8* %715, i64 4, i1 false)
  %716 = load i32, i32* %list.1, align 4
  store i32 %716, i32* %result54, align 4
  br label %e11

ok87:                                             ; preds = %write.slow85
  %717 = icmp ult i64 %587, %scratch_start
  %718 = load i64, i64* %lowStart, align 8
  %719 = call i64 @llvm.umin.i64(i64 %718, i64 %587)
  %720 = load i64, i64* %lowEnd, align 8
  %721 = load i64, i64* %highEnd, align 8
  %722 = add i64 %588, 64
  %723 = sub i64 %588, %719
  %724 = lshr i64 %723, 4
  %725 = add i64 %722, %724
  %726 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %725)
  %727 = call i64 @llvm.umax.i64(i64 %720, i64 %726)
  %728 = select i1 %717, i64 %727, i64 %720
  store i64 %728, i64* %lowEnd, align 8
  %729 = add i64 %588, 64
  %730 = sub i64 %588, %scratch_start
  %731 = lshr i64 %730, 4
  %732 = add i64 %729, %731
  %733 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %732)
  %734 = call i64 @llvm.umax.i64(i64 %721, i64 %733)
  %735 = select i1 %717, i64 %721, i64 %734
  store i64 %735, i64* %highEnd, align 8
  store i64 %719, i64* %lowStart, align 8
  br label %write.ok86

ok89:                                             ; preds = %e11
  %736 = getelementptr i8, i8* %mem, i64 %491
  %737 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %737, i8* %736, i64 4, i1 false)
  %738 = load i32, i32* %unaligned90, align 4
  store i32 %738, i32* %n.2, align 4
  store i32 0, i32* %i, align 4
  br label %loop18

block17:                                          ; preds = %dead108, %then103, %ok91
  %739 = load i32, i32* %unique, align 4
  store i32 %739, i32* %result53, align 4
  br label %e10

loop18:                                           ; preds = %join96, %ok89
  %740 = load i64, i64* %fuel, align 8
  %741 = icmp ult i64 %740, 1
  br i1 %741, label %trap14.site0, label %ok91

ok91:                                             ; preds = %loop18
  %742 = sub i64 %740, 1
  store i64 %742, i64* %fuel, align 8
  %743 = load i32, i32* %i, align 4
  %744 = load i32, i32* %n.2, align 4
  %745 = icmp uge i32 %743, %744
  %746 = zext i1 %745 to i32
  %747 = icmp ne i32 %746, 0
  br i1 %747, label %block17, label %cont92

cont92:                                           ; preds = %ok91
  %748 = load i32, i32* %i, align 4
  %749 = add i32 %748, 1
  store i32 %749, i32* %j, align 4
  br label %loop19

loop19:                                           ; preds = %join105, %cont92
  %750 = load i64, i64* %fuel, align 8
  %751 = icmp ult i64 %750, 1
  br i1 %751, label %trap14.site0, label %ok93

ok93:                                             ; preds = %loop19
  %752 = sub i64 %750, 1
  store i64 %752, i64* %fuel, align 8
  %753 = load i32, i32* %j, align 4
  %754 = load i32, i32* %n.2, align 4
  %755 = icmp ult i32 %753, %754
  %756 = zext i1 %755 to i32
  %757 = icmp ne i32 %756, 0
  br i1 %757, label %then94, label %else95

then94:                                           ; preds = %ok93
  %758 = load i32, i32* %xs.3, align 4
  %759 = load i32, i32* %i, align 4
  %760 = mul i32 %759, 4
  %761 = add i32 %758, %760
  %762 = zext i32 %761 to i64
  %763 = sub i64 %arena_size, 8
  %764 = icmp sgt i64 %762, %763
  br i1 %764, label %trap17.site0, label %ok97

else95:                                           ; preds = %ok93
  br label %join96

join96:                                           ; preds = %else95, %dead107
  %765 = load i32, i32* %i, align 4
  %766 = add i32 %765, 1
  store i32 %766, i32* %i, align 4
  br label %loop18

ok97:                                             ; preds = %then94
  %767 = add i64 %762, 4
  %768 = getelementptr i8, i8* %mem, i64 %767
  %769 = bitcast i32* %unaligned98 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %769, i8* %768, i64 4, i1 false)
  %770 = load i32, i32* %unaligned98, align 4
  %771 = load i32, i32* %xs.3, align 4
  %772 = load i32, i32* %j, align 4
  %773 = mul i32 %772, 4
  %774 = add i32 %771, %773
  %775 = zext i32 %774 to i64
  %776 = sub i64 %arena_size, 8
  %777 = icmp sgt i64 %775, %776
  br i1 %777, label %trap17.site0, label %ok99

ok99:                                             ; preds = %ok97
  %778 = add i64 %775, 4
  %779 = getelementptr i8, i8* %mem, i64 %778
  %780 = bitcast i32* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %780, i8* %779, i64 4, i1 false)
  %781 = load i32, i32* %unaligned100, align 4
  %782 = icmp uge i32 %depth, 1000
  br i1 %782, label %trap15.site0, label %ok101

ok101:                                            ; preds = %ok99
  %783 = icmp ult i64 %10, %stack_limit
  br i1 %783, label %trap253.site0, label %stack_ok102

trap15.site0:                                     ; preds = %then280, %e0, %ok99
  %784 = load i64, i64* %lowStart, align 8
  %785 = getelementptr i64, i64* %regs, i64 6
  store i64 %784, i64* %785, align 8
  %786 = load i64, i64* %lowEnd, align 8
  %787 = getelementptr i64, i64* %regs, i64 7
  store i64 %786, i64* %787, align 8
  %788 = load i64, i64* %highEnd, align 8
  %789 = getelementptr i64, i64* %regs, i64 8
  store i64 %788, i64* %789, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok102:                                      ; preds = %ok101
  %790 = load i64, i64* %fuel, align 8
  %791 = getelementptr i64, i64* %regs, i64 0
  store i64 %790, i64* %791, align 8
  %792 = load i64, i64* %lowStart, align 8
  %793 = getelementptr i64, i64* %regs, i64 6
  store i64 %792, i64* %793, align 8
  %794 = load i64, i64* %lowEnd, align 8
  %795 = getelementptr i64, i64* %regs, i64 7
  store i64 %794, i64* %795, align 8
  %796 = load i64, i64* %highEnd, align 8
  %797 = getelementptr i64, i64* %regs, i64 8
  store i64 %796, i64* %797, align 8
  %798 = add i32 %depth, 1
  %799 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %798, i32 %770, i32 %781)
  %800 = getelementptr i64, i64* %regs, i64 0
  %801 = load i64, i64* %800, align 8
  store i64 %801, i64* %fuel, align 8
  %802 = getelementptr i64, i64* %regs, i64 6
  %803 = load i64, i64* %802, align 8
  store i64 %803, i64* %lowStart, align 8
  %804 = getelementptr i64, i64* %regs, i64 7
  %805 = load i64, i64* %804, align 8
  store i64 %805, i64* %lowEnd, align 8
  %806 = getelementptr i64, i64* %regs, i64 8
  %807 = load i64, i64* %806, align 8
  store i64 %807, i64* %highEnd, align 8
  %808 = icmp ne i32 %799, 0
  br i1 %808, label %then103, label %else104

then103:                                          ; preds = %stack_ok102
  store i32 0, i32* %unique, align 4
  br label %block17

else104:                                          ; preds = %stack_ok102
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %809 = load i32, i32* %j, align 4
  %810 = add i32 %809, 1
  store i32 %810, i32* %j, align 4
  br label %loop19

dead106:                                          ; No predecessors!
  br label %join105

dead107:                                          ; No predecessors!
  br label %join96

dead108:                                          ; No predecessors!
  br label %block17

then109:                                          ; preds = %e10
  store i32 10880, i32* %result112, align 4
  br label %join111

else110:                                          ; preds = %e10
  store i32 10892, i32* %result112, align 4
  br label %join111

join111:                                          ; preds = %else110, %then109
  %811 = load i32, i32* %result112, align 4
  store i32 %811, i32* %sensors, align 4
  %812 = load i32, i32* %dict, align 4
  %813 = load i32, i32* %sensors, align 4
  %814 = zext i32 %812 to i64
  %815 = add i64 %814, 16
  %816 = add i64 %815, 4
  %817 = icmp uge i64 %815, %scratch_start
  %818 = load i64, i64* %highEnd, align 8
  %819 = icmp ule i64 %816, %818
  %820 = and i1 %817, %819
  %821 = call i1 @llvm.expect.i1(i1 %820, i1 true)
  br i1 %821, label %write.ok115, label %write.low113

write.low113:                                     ; preds = %join111
  %822 = load i64, i64* %lowStart, align 8
  %823 = icmp uge i64 %815, %822
  %824 = load i64, i64* %lowEnd, align 8
  %825 = icmp ule i64 %816, %824
  %826 = and i1 %823, %825
  %827 = call i1 @llvm.expect.i1(i1 %826, i1 true)
  br i1 %827, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %828 = icmp ugt i64 %816, %arena_size
  br i1 %828, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %join111
  %829 = getelementptr i8, i8* %mem, i64 %815
  store i32 %813, i32* %unaligned117, align 4
  %830 = bitcast i32* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %829, i8* %830, i64 4, i1 false)
  %831 = load i32, i32* %celsius, align 4
  store i32 %831, i32* %xs.4, align 4
  %832 = load i32, i32* %xs.4, align 4
  %833 = zext i32 %832 to i64
  %834 = sub i64 %arena_size, 4
  %835 = icmp sgt i64 %833, %834
  br i1 %835, label %trap17.site0, label %ok119

ok116:                                            ; preds = %write.slow114
  %836 = icmp ult i64 %815, %scratch_start
  %837 = load i64, i64* %lowStart, align 8
  %838 = call i64 @llvm.umin.i64(i64 %837, i64 %815)
  %839 = load i64, i64* %lowEnd, align 8
  %840 = load i64, i64* %highEnd, align 8
  %841 = add i64 %816, 64
  %842 = sub i64 %816, %838
  %843 = lshr i64 %842, 4
  %844 = add i64 %841, %843
  %845 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %844)
  %846 = call i64 @llvm.umax.i64(i64 %839, i64 %845)
  %847 = select i1 %836, i64 %846, i64 %839
  store i64 %847, i64* %lowEnd, align 8
  %848 = add i64 %816, 64
  %849 = sub i64 %816, %scratch_start
  %850 = lshr i64 %849, 4
  %851 = add i64 %848, %850
  %852 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %851)
  %853 = call i64 @llvm.umax.i64(i64 %840, i64 %852)
  %854 = select i1 %836, i64 %840, i64 %853
  store i64 %854, i64* %highEnd, align 8
  store i64 %838, i64* %lowStart, align 8
  br label %write.ok115

e22:                                              ; preds = %versioned.join129
  %855 = load double, double* %result118, align 8
  store double %855, double* %max_c, align 8
  %856 = load i32, i32* %dict, align 4
  %857 = load double, double* %max_c, align 8
  %858 = zext i32 %856 to i64
  %859 = add i64 %858, 24
  %860 = add i64 %859, 8
  %861 = icmp uge i64 %859, %scratch_start
  %862 = load i64, i64* %highEnd, align 8
  %863 = icmp ule i64 %860, %862
  %864 = and i1 %861, %863
  %865 = call i1 @llvm.expect.i1(i1 %864, i1 true)
  br i1 %865, label %write.ok148, label %write.low146

ok119:                                            ; preds = %write.ok115
  %866 = getelementptr i8, i8* %mem, i64 %833
  %867 = bitcast i32* %unaligned120 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %867, i8* %866, i64 4, i1 false)
  %868 = load i32, i32* %unaligned120, align 4
  %869 = icmp eq i32 %868, 0
  %870 = zext i1 %869 to i32
  %871 = icmp ne i32 %870, 0
  br i1 %871, label %then121, label %else122

then121:                                          ; preds = %ok119
  br label %trap4.site11

else122:                                          ; preds = %ok119
  br label %join123

join123:                                          ; preds = %else122, %dead124
  store i32 1, i32* %first, align 4
  %872 = load i32, i32* %xs.4, align 4
  %873 = zext i32 %872 to i64
  %874 = sub i64 %arena_size, 4
  %875 = icmp sgt i64 %873, %874
  br i1 %875, label %trap17.site0, label %ok125

trap4.site11:                                     ; preds = %then121
  %876 = load i64, i64* %lowStart, align 8
  %877 = getelementptr i64, i64* %regs, i64 6
  store i64 %876, i64* %877, align 8
  %878 = load i64, i64* %lowEnd, align 8
  %879 = getelementptr i64, i64* %regs, i64 7
  store i64 %878, i64* %879, align 8
  %880 = load i64, i64* %highEnd, align 8
  %881 = getelementptr i64, i64* %regs, i64 8
  store i64 %880, i64* %881, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 11)
  unreachable

dead124:                                          ; No predecessors!
  br label %join123

ok125:                                            ; preds = %join123
  %882 = getelementptr i8, i8* %mem, i64 %873
  %883 = bitcast i32* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %883, i8* %882, i64 4, i1 false)
  %884 = load i32, i32* %unaligned126, align 4
  store i32 %884, i32* %n.3, align 4
  store i32 0, i32* %k.2, align 4
  %885 = load i32, i32* %k.2, align 4
  %886 = load i32, i32* %n.3, align 4
  %887 = icmp ugt i32 %886, %885
  %888 = sub i32 %886, %885
  %889 = select i1 %887, i32 %888, i32 0
  %890 = zext i32 %889 to i64
  %891 = load i64, i64* %fuel, align 8
  %892 = icmp ult i64 %890, %891
  %893 = icmp ne i64 %890, 0
  %894 = icmp ult i64 %890, 4294967296
  %895 = and i1 %893, %894
  %896 = and i1 %892, %895
  %897 = load i32, i32* %xs.4, align 4
  %898 = zext i32 %897 to i64
  %899 = load i32, i32* %k.2, align 4
  %900 = zext i32 %899 to i64
  %901 = add i64 %900, %890
  %902 = sub i64 %901, 1
  %903 = mul i64 %902, 8
  %904 = add i64 %898, %903
  %905 = add i64 %904, 16
  %906 = icmp ult i64 %902, 4294967296
  %907 = icmp ule i64 %905, %arena_size
  %908 = and i1 %906, %907
  %909 = and i1 %896, %908
  %910 = call i1 @llvm.expect.i1(i1 %909, i1 true)
  br i1 %910, label %versioned.fast127, label %versioned.slow128

versioned.fast127:                                ; preds = %ok125
  %911 = add i64 %890, 1
  %912 = mul i64 %911, 1
  %913 = sub i64 %891, %912
  store i64 %913, i64* %fuel, align 8
  br label %each25

versioned.slow128:                                ; preds = %ok125
  br label %each25137

versioned.join129:                                ; preds = %block24136, %block24
  %914 = load double, double* %best, align 8
  store double %914, double* %result118, align 8
  br label %e22

block24:                                          ; preds = %dead135, %each25
  br label %versioned.join129

each25:                                           ; preds = %join134, %versioned.fast127
  %915 = load i32, i32* %k.2, align 4
  %916 = load i32, i32* %n.3, align 4
  %917 = icmp uge i32 %915, %916
  %918 = zext i1 %917 to i32
  %919 = icmp ne i32 %918, 0
  br i1 %919, label %block24, label %cont130

cont130:                                          ; preds = %each25
  %920 = load i32, i32* %k.2, align 4
  %921 = zext i32 %920 to i64
  %922 = mul i64 %921, 8
  %923 = load i32, i32* %xs.4, align 4
  %924 = zext i32 %923 to i64
  %925 = add i64 %924, %922
  %926 = add i64 %925, 8
  %927 = getelementptr i8, i8* %mem, i64 %926
  %928 = bitcast i64* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %928, i8* %927, i64 8, i1 false)
  %929 = load i64, i64* %unaligned131, align 8
  %930 = bitcast i64 %929 to double
  store double %930, double* %x.2, align 8
  %931 = load double, double* %x.2, align 8
  store double %931, double* %x.3, align 8
  %932 = load i32, i32* %first, align 4
  %933 = load double, double* %x.3, align 8
  %934 = load double, double* %best, align 8
  %935 = fcmp ogt double %933, %934
  %936 = zext i1 %935 to i32
  %937 = or i32 %932, %936
  %938 = icmp ne i32 %937, 0
  br i1 %938, label %then132, label %else133

then132:                                          ; preds = %cont130
  %939 = load double, double* %x.3, align 8
  store double %939, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join134

else133:                                          ; preds = %cont130
  br label %join134

join134:                                          ; preds = %else133, %then132
  %940 = load i32, i32* %k.2, align 4
  %941 = add i32 %940, 1
  store i32 %941, i32* %k.2, align 4
  br label %each25

dead135:                                          ; No predecessors!
  br label %block24

block24136:                                       ; preds = %dead145, %ok138
  br label %versioned.join129

each25137:                                        ; preds = %join144, %versioned.slow128
  %942 = load i64, i64* %fuel, align 8
  %943 = icmp ult i64 %942, 1
  br i1 %943, label %trap14.site0, label %ok138

ok138:                                            ; preds = %each25137
  %944 = sub i64 %942, 1
  store i64 %944, i64* %fuel, align 8
  %945 = load i32, i32* %k.2, align 4
  %946 = load i32, i32* %n.3, align 4
  %947 = icmp uge i32 %945, %946
  %948 = zext i1 %947 to i32
  %949 = icmp ne i32 %948, 0
  br i1 %949, label %block24136, label %cont139

cont139:                                          ; preds = %ok138
  %950 = load i32, i32* %xs.4, align 4
  %951 = load i32, i32* %k.2, align 4
  %952 = mul i32 %951, 8
  %953 = add i32 %950, %952
  %954 = zext i32 %953 to i64
  %955 = sub i64 %arena_size, 16
  %956 = icmp sgt i64 %954, %955
  br i1 %956, label %trap17.site0, label %ok140

ok140:                                            ; preds = %cont139
  %957 = add i64 %954, 8
  %958 = getelementptr i8, i8* %mem, i64 %957
  %959 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %959, i8* %958, i64 8, i1 false)
  %960 = load i64, i64* %unaligned141, align 8
  %961 = bitcast i64 %960 to double
  store double %961, double* %x.2, align 8
  %962 = load double, double* %x.2, align 8
  store double %962, double* %x.3, align 8
  %963 = load i32, i32* %first, align 4
  %964 = load double, double* %x.3, align 8
  %965 = load double, double* %best, align 8
  %966 = fcmp ogt double %964, %965
  %967 = zext i1 %966 to i32
  %968 = or i32 %963, %967
  %969 = icmp ne i32 %968, 0
  br i1 %969, label %then142, label %else143

then142:                                          ; preds = %ok140
  %970 = load double, double* %x.3, align 8
  store double %970, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join144

else143:                                          ; preds = %ok140
  br label %join144

join144:                                          ; preds = %else143, %then142
  %971 = load i32, i32* %k.2, align 4
  %972 = add i32 %971, 1
  store i32 %972, i32* %k.2, align 4
  br label %each25137

dead145:                                          ; No predecessors!
  br label %block24136

write.low146:                                     ; preds = %e22
  %973 = load i64, i64* %lowStart, align 8
  %974 = icmp uge i64 %859, %973
  %975 = load i64, i64* %lowEnd, align 8
  %976 = icmp ule i64 %860, %975
  %977 = and i1 %974, %976
  %978 = call i1 @llvm.expect.i1(i1 %977, i1 true)
  br i1 %978, label %write.ok148, label %write.slow147

write.slow147:                                    ; preds = %write.low146
  %979 = icmp ugt i64 %860, %arena_size
  br i1 %979, label %trap17.site0, label %ok149

write.ok148:                                      ; preds = %ok149, %write.low146, %e22
  %980 = getelementptr i8, i8* %mem, i64 %859
  %981 = bitcast double %857 to i64
  %982 = and i64 %981, 9223372036854775807
  %983 = icmp ugt i64 %982, 9218868437227405312
  %984 = select i1 %983, i64 9221120237041090560, i64 %981
  store i64 %984, i64* %unaligned150, align 8
  %985 = bitcast i64* %unaligned150 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %980, i8* %985, i64 8, i1 false)
  %986 = load i32, i32* %celsius, align 4
  store i32 %986, i32* %xs.5, align 4
  %987 = load i32, i32* %xs.5, align 4
  %988 = zext i32 %987 to i64
  %989 = sub i64 %arena_size, 4
  %990 = icmp sgt i64 %988, %989
  br i1 %990, label %trap17.site0, label %ok152

ok149:                                            ; preds = %write.slow147
  %991 = icmp ult i64 %859, %scratch_start
  %992 = load i64, i64* %lowStart, align 8
  %993 = call i64 @llvm.umin.i64(i64 %992, i64 %859)
  %994 = load i64, i64* %lowEnd, align 8
  %995 = load i64, i64* %highEnd, align 8
  %996 = add i64 %860, 64
  %997 = sub i64 %860, %993
  %998 = lshr i64 %997, 4
  %999 = add i64 %996, %998
  %1000 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %999)
  %1001 = call i64 @llvm.umax.i64(i64 %994, i64 %1000)
  %1002 = select i1 %991, i64 %1001, i64 %994
  store i64 %1002, i64* %lowEnd, align 8
  %1003 = add i64 %860, 64
  %1004 = sub i64 %860, %scratch_start
  %1005 = lshr i64 %1004, 4
  %1006 = add i64 %1003, %1005
  %1007 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1006)
  %1008 = call i64 @llvm.umax.i64(i64 %995, i64 %1007)
  %1009 = select i1 %991, i64 %995, i64 %1008
  store i64 %1009, i64* %highEnd, align 8
  store i64 %993, i64* %lowStart, align 8
  br label %write.ok148

e26:                                              ; preds = %versioned.join162
  %1010 = load double, double* %result151, align 8
  store double %1010, double* %min_c, align 8
  %1011 = load i32, i32* %dict, align 4
  %1012 = load double, double* %min_c, align 8
  %1013 = zext i32 %1011 to i64
  %1014 = add i64 %1013, 32
  %1015 = add i64 %1014, 8
  %1016 = icmp uge i64 %1014, %scratch_start
  %1017 = load i64, i64* %highEnd, align 8
  %1018 = icmp ule i64 %1015, %1017
  %1019 = and i1 %1016, %1018
  %1020 = call i1 @llvm.expect.i1(i1 %1019, i1 true)
  br i1 %1020, label %write.ok181, label %write.low179

ok152:                                            ; preds = %write.ok148
  %1021 = getelementptr i8, i8* %mem, i64 %988
  %1022 = bitcast i32* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1022, i8* %1021, i64 4, i1 false)
  %1023 = load i32, i32* %unaligned153, align 4
  %1024 = icmp eq i32 %1023, 0
  %1025 = zext i1 %1024 to i32
  %1026 = icmp ne i32 %1025, 0
  br i1 %1026, label %then154, label %else155

then154:                                          ; preds = %ok152
  br label %trap4.site12

else155:                                          ; preds = %ok152
  br label %join156

join156:                                          ; preds = %else155, %dead157
  store i32 1, i32* %first.1, align 4
  %1027 = load i32, i32* %xs.5, align 4
  %1028 = zext i32 %1027 to i64
  %1029 = sub i64 %arena_size, 4
  %1030 = icmp sgt i64 %1028, %1029
  br i1 %1030, label %trap17.site0, label %ok158

trap4.site12:                                     ; preds = %then154
  %1031 = load i64, i64* %lowStart, align 8
  %1032 = getelementptr i64, i64* %regs, i64 6
  store i64 %1031, i64* %1032, align 8
  %1033 = load i64, i64* %lowEnd, align 8
  %1034 = getelementptr i64, i64* %regs, i64 7
  store i64 %1033, i64* %1034, align 8
  %1035 = load i64, i64* %highEnd, align 8
  %1036 = getelementptr i64, i64* %regs, i64 8
  store i64 %1035, i64* %1036, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 12)
  unreachable

dead157:                                          ; No predecessors!
  br label %join156

ok158:                                            ; preds = %join156
  %1037 = getelementptr i8, i8* %mem, i64 %1028
  %1038 = bitcast i32* %unaligned159 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1038, i8* %1037, i64 4, i1 false)
  %1039 = load i32, i32* %unaligned159, align 4
  store i32 %1039, i32* %n.4, align 4
  store i32 0, i32* %k.3, align 4
  %1040 = load i32, i32* %k.3, align 4
  %1041 = load i32, i32* %n.4, align 4
  %1042 = icmp ugt i32 %1041, %1040
  %1043 = sub i32 %1041, %1040
  %1044 = select i1 %1042, i32 %1043, i32 0
  %1045 = zext i32 %1044 to i64
  %1046 = load i64, i64* %fuel, align 8
  %1047 = icmp ult i64 %1045, %1046
  %1048 = icmp ne i64 %1045, 0
  %1049 = icmp ult i64 %1045, 4294967296
  %1050 = and i1 %1048, %1049
  %1051 = and i1 %1047, %1050
  %1052 = load i32, i32* %xs.5, align 4
  %1053 = zext i32 %1052 to i64
  %1054 = load i32, i32* %k.3, align 4
  %1055 = zext i32 %1054 to i64
  %1056 = add i64 %1055, %1045
  %1057 = sub i64 %1056, 1
  %1058 = mul i64 %1057, 8
  %1059 = add i64 %1053, %1058
  %1060 = add i64 %1059, 16
  %1061 = icmp ult i64 %1057, 4294967296
  %1062 = icmp ule i64 %1060, %arena_size
  %1063 = and i1 %1061, %1062
  %1064 = and i1 %1051, %1063
  %1065 = call i1 @llvm.expect.i1(i1 %1064, i1 true)
  br i1 %1065, label %versioned.fast160, label %versioned.slow161

versioned.fast160:                                ; preds = %ok158
  %1066 = add i64 %1045, 1
  %1067 = mul i64 %1066, 1
  %1068 = sub i64 %1046, %1067
  store i64 %1068, i64* %fuel, align 8
  br label %each29

versioned.slow161:                                ; preds = %ok158
  br label %each29170

versioned.join162:                                ; preds = %block28169, %block28
  %1069 = load double, double* %best.1, align 8
  store double %1069, double* %result151, align 8
  br label %e26

block28:                                          ; preds = %dead168, %each29
  br label %versioned.join162

each29:                                           ; preds = %join167, %versioned.fast160
  %1070 = load i32, i32* %k.3, align 4
  %1071 = load i32, i32* %n.4, align 4
  %1072 = icmp uge i32 %1070, %1071
  %1073 = zext i1 %1072 to i32
  %1074 = icmp ne i32 %1073, 0
  br i1 %1074, label %block28, label %cont163

cont163:                                          ; preds = %each29
  %1075 = load i32, i32* %k.3, align 4
  %1076 = zext i32 %1075 to i64
  %1077 = mul i64 %1076, 8
  %1078 = load i32, i32* %xs.5, align 4
  %1079 = zext i32 %1078 to i64
  %1080 = add i64 %1079, %1077
  %1081 = add i64 %1080, 8
  %1082 = getelementptr i8, i8* %mem, i64 %1081
  %1083 = bitcast i64* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1083, i8* %1082, i64 8, i1 false)
  %1084 = load i64, i64* %unaligned164, align 8
  %1085 = bitcast i64 %1084 to double
  store double %1085, double* %x.4, align 8
  %1086 = load double, double* %x.4, align 8
  store double %1086, double* %x.5, align 8
  %1087 = load i32, i32* %first.1, align 4
  %1088 = load double, double* %x.5, align 8
  %1089 = load double, double* %best.1, align 8
  %1090 = fcmp olt double %1088, %1089
  %1091 = zext i1 %1090 to i32
  %1092 = or i32 %1087, %1091
  %1093 = icmp ne i32 %1092, 0
  br i1 %1093, label %then165, label %else166

then165:                                          ; preds = %cont163
  %1094 = load double, double* %x.5, align 8
  store double %1094, double* %best.1, align 8
  store i32 0, i32* %first.1, align 4
  br label %join167

else166:                                          ; preds = %cont163
  br label %join167

join167:                                          ; preds = %else166, %then165
  %1095 = load i32, i32* %k.3, align 4
  %1096 = add i32 %1095, 1
  store i32 %1096, i32* %k.3, align 4
  br label %each29

dead168:                                          ; No predecessors!
  br label %block28

block28169:                                       ; preds = %dead178, %ok171
  br label %versioned.join162

each29170:                                        ; preds = %join177, %versioned.slow161
  %1097 = load i64, i64* %fuel, align 8
  %1098 = icmp ult i64 %1097, 1
  br i1 %1098, label %trap14.site0, label %ok171

ok171:                                            ; preds = %each29170
  %1099 = sub i64 %1097, 1
  store i64 %1099, i64* %fuel, align 8
  %1100 = load i32, i32* %k.3, align 4
  %1101 = load i32, i32* %n.4, align 4
  %1102 = icmp uge i32 %1100, %1101
  %1103 = zext i1 %1102 to i32
  %1104 = icmp ne i32 %1103, 0
  br i1 %1104, label %block28169, label %cont172

cont172:                                          ; preds = %ok171
  %1105 = load i32, i32* %xs.5, align 4
  %1106 = load i32, i32* %k.3, align 4
  %1107 = mul i32 %1106, 8
  %1108 = add i32 %1105, %1107
  %1109 = zext i32 %1108 to i64
  %1110 = sub i64 %arena_size, 16
  %1111 = icmp sgt i64 %1109, %1110
  br i1 %1111, label %trap17.site0, label %ok173

ok173:                                            ; preds = %cont172
  %1112 = add i64 %1109, 8
  %1113 = getelementptr i8, i8* %mem, i64 %1112
  %1114 = bitcast i64* %unaligned174 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1114, i8* %1113, i64 8, i1 false)
  %1115 = load i64, i64* %unaligned174, align 8
  %1116 = bitcast i64 %1115 to double
  store double %1116, double* %x.4, align 8
  %1117 = load double, double* %x.4, align 8
  store double %1117, double* %x.5, align 8
  %1118 = load i32, i32* %first.1, align 4
  %1119 = load double, double* %x.5, align 8
  %1120 = load double, double* %best.1, align 8
  %1121 = fcmp olt double %1119, %1120
  %1122 = zext i1 %1121 to i32
  %1123 = or i32 %1118, %1122
  %1124 = icmp ne i32 %1123, 0
  br i1 %1124, label %then175, label %else176

then175:                                          ; preds = %ok173
  %1125 = load double, double* %x.5, align 8
  store double %1125, double* %best.1, align 8
  store i32 0, i32* %first.1, align 4
  br label %join177

else176:                                          ; preds = %ok173
  br label %join177

join177:                                          ; preds = %else176, %then175
  %1126 = load i32, i32* %k.3, align 4
  %1127 = add i32 %1126, 1
  store i32 %1127, i32* %k.3, align 4
  br label %each29170

dead178:                                          ; No predecessors!
  br label %block28169

write.low179:                                     ; preds = %e26
  %1128 = load i64, i64* %lowStart, align 8
  %1129 = icmp uge i64 %1014, %1128
  %1130 = load i64, i64* %lowEnd, align 8
  %1131 = icmp ule i64 %1015, %1130
  %1132 = and i1 %1129, %1131
  %1133 = call i1 @llvm.expect.i1(i1 %1132, i1 true)
  br i1 %1133, label %write.ok181, label %write.slow180

write.slow180:                                    ; preds = %write.low179
  %1134 = icmp ugt i64 %1015, %arena_size
  br i1 %1134, label %trap17.site0, label %ok182

write.ok181:                                      ; preds = %ok182, %write.low179, %e26
  %1135 = getelementptr i8, i8* %mem, i64 %1014
  %1136 = bitcast double %1012 to i64
  %1137 = and i64 %1136, 9223372036854775807
  %1138 = icmp ugt i64 %1137, 9218868437227405312
  %1139 = select i1 %1138, i64 9221120237041090560, i64 %1136
  store i64 %1139, i64* %unaligned183, align 8
  %1140 = bitcast i64* %unaligned183 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1135, i8* %1140, i64 8, i1 false)
  %1141 = load i32, i32* %celsius, align 4
  store i32 %1141, i32* %xs.6, align 4
  store double 0.000000e+00, double* %sum, align 8
  %1142 = load i32, i32* %xs.6, align 4
  %1143 = zext i32 %1142 to i64
  %1144 = sub i64 %arena_size, 4
  %1145 = icmp sgt i64 %1143, %1144
  br i1 %1145, label %trap17.site0, label %ok185

ok182:                                            ; preds = %write.slow180
  %1146 = icmp ult i64 %1014, %scratch_start
  %1147 = load i64, i64* %lowStart, align 8
  %1148 = call i64 @llvm.umin.i64(i64 %1147, i64 %1014)
  %1149 = load i64, i64* %lowEnd, align 8
  %1150 = load i64, i64* %highEnd, align 8
  %1151 = add i64 %1015, 64
  %1152 = sub i64 %1015, %1148
  %1153 = lshr i64 %1152, 4
  %1154 = add i64 %1151, %1153
  %1155 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1154)
  %1156 = call i64 @llvm.umax.i64(i64 %1149, i64 %1155)
  %1157 = select i1 %1146, i64 %1156, i64 %1149
  store i64 %1157, i64* %lowEnd, align 8
  %1158 = add i64 %1015, 64
  %1159 = sub i64 %1015, %scratch_start
  %1160 = lshr i64 %1159, 4
  %1161 = add i64 %1158, %1160
  %1162 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1161)
  %1163 = call i64 @llvm.umax.i64(i64 %1150, i64 %1162)
  %1164 = select i1 %1146, i64 %1150, i64 %1163
  store i64 %1164, i64* %highEnd, align 8
  store i64 %1148, i64* %lowStart, align 8
  br label %write.ok181

e31:                                              ; preds = %versioned.join189
  %1165 = load double, double* %result184, align 8
  %1166 = load i32, i32* %celsius, align 4
  store i32 %1166, i32* %xs.7, align 4
  %1167 = load i32, i32* %xs.7, align 4
  %1168 = zext i32 %1167 to i64
  %1169 = sub i64 %arena_size, 4
  %1170 = icmp sgt i64 %1168, %1169
  br i1 %1170, label %trap17.site0, label %ok201

ok185:                                            ; preds = %write.ok181
  %1171 = getelementptr i8, i8* %mem, i64 %1143
  %1172 = bitcast i32* %unaligned186 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1172, i8* %1171, i64 4, i1 false)
  %1173 = load i32, i32* %unaligned186, align 4
  store i32 %1173, i32* %n.5, align 4
  store i32 0, i32* %k.4, align 4
  %1174 = load i32, i32* %k.4, align 4
  %1175 = load i32, i32* %n.5, align 4
  %1176 = icmp ugt i32 %1175, %1174
  %1177 = sub i32 %1175, %1174
  %1178 = select i1 %1176, i32 %1177, i32 0
  %1179 = zext i32 %1178 to i64
  %1180 = load i64, i64* %fuel, align 8
  %1181 = icmp ult i64 %1179, %1180
  %1182 = icmp ne i64 %1179, 0
  %1183 = icmp ult i64 %1179, 4294967296
  %1184 = and i1 %1182, %1183
  %1185 = and i1 %1181, %1184
  %1186 = load i32, i32* %xs.6, align 4
  %1187 = zext i32 %1186 to i64
  %1188 = load i32, i32* %k.4, align 4
  %1189 = zext i32 %1188 to i64
  %1190 = add i64 %1189, %1179
  %1191 = sub i64 %1190, 1
  %1192 = mul i64 %1191, 8
  %1193 = add i64 %1187, %1192
  %1194 = add i64 %1193, 16
  %1195 = icmp ult i64 %1191, 4294967296
  %1196 = icmp ule i64 %1194, %arena_size
  %1197 = and i1 %1195, %1196
  %1198 = and i1 %1185, %1197
  %1199 = call i1 @llvm.expect.i1(i1 %1198, i1 true)
  br i1 %1199, label %versioned.fast187, label %versioned.slow188

versioned.fast187:                                ; preds = %ok185
  %1200 = add i64 %1179, 1
  %1201 = mul i64 %1200, 1
  %1202 = sub i64 %1180, %1201
  store i64 %1202, i64* %fuel, align 8
  br label %each34

versioned.slow188:                                ; preds = %ok185
  br label %each34194

versioned.join189:                                ; preds = %block33193, %block33
  %1203 = load double, double* %sum, align 8
  store double %1203, double* %result184, align 8
  br label %e31

block33:                                          ; preds = %dead192, %each34
  br label %versioned.join189

each34:                                           ; preds = %cont190, %versioned.fast187
  %1204 = load i32, i32* %k.4, align 4
  %1205 = load i32, i32* %n.5, align 4
  %1206 = icmp uge i32 %1204, %1205
  %1207 = zext i1 %1206 to i32
  %1208 = icmp ne i32 %1207, 0
  br i1 %1208, label %block33, label %cont190

cont190:                                          ; preds = %each34
  %1209 = load i32, i32* %k.4, align 4
  %1210 = zext i32 %1209 to i64
  %1211 = mul i64 %1210, 8
  %1212 = load i32, i32* %xs.6, align 4
  %1213 = zext i32 %1212 to i64
  %1214 = add i64 %1213, %1211
  %1215 = add i64 %1214, 8
  %1216 = getelementptr i8, i8* %mem, i64 %1215
  %1217 = bitcast i64* %unaligned191 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1217, i8* %1216, i64 8, i1 false)
  %1218 = load i64, i64* %unaligned191, align 8
  %1219 = bitcast i64 %1218 to double
  store double %1219, double* %x.6, align 8
  %1220 = load double, double* %sum, align 8
  %1221 = load double, double* %x.6, align 8
  %1222 = fadd double %1220, %1221
  store double %1222, double* %sum, align 8
  %1223 = load i32, i32* %k.4, align 4
  %1224 = add i32 %1223, 1
  store i32 %1224, i32* %k.4, align 4
  br label %each34

dead192:                                          ; No predecessors!
  br label %block33

block33193:                                       ; preds = %dead199, %ok195
  br label %versioned.join189

each34194:                                        ; preds = %ok197, %versioned.slow188
  %1225 = load i64, i64* %fuel, align 8
  %1226 = icmp ult i64 %1225, 1
  br i1 %1226, label %trap14.site0, label %ok195

ok195:                                            ; preds = %each34194
  %1227 = sub i64 %1225, 1
  store i64 %1227, i64* %fuel, align 8
  %1228 = load i32, i32* %k.4, align 4
  %1229 = load i32, i32* %n.5, align 4
  %1230 = icmp uge i32 %1228, %1229
  %1231 = zext i1 %1230 to i32
  %1232 = icmp ne i32 %1231, 0
  br i1 %1232, label %block33193, label %cont196

cont196:                                          ; preds = %ok195
  %1233 = load i32, i32* %xs.6, align 4
  %1234 = load i32, i32* %k.4, align 4
  %1235 = mul i32 %1234, 8
  %1236 = add i32 %1233, %1235
  %1237 = zext i32 %1236 to i64
  %1238 = sub i64 %arena_size, 16
  %1239 = icmp sgt i64 %1237, %1238
  br i1 %1239, label %trap17.site0, label %ok197

ok197:                                            ; preds = %cont196
  %1240 = add i64 %1237, 8
  %1241 = getelementptr i8, i8* %mem, i64 %1240
  %1242 = bitcast i64* %unaligned198 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1242, i8* %1241, i64 8, i1 false)
  %1243 = load i64, i64* %unaligned198, align 8
  %1244 = bitcast i64 %1243 to double
  store double %1244, double* %x.6, align 8
  %1245 = load double, double* %sum, align 8
  %1246 = load double, double* %x.6, align 8
  %1247 = fadd double %1245, %1246
  store double %1247, double* %sum, align 8
  %1248 = load i32, i32* %k.4, align 4
  %1249 = add i32 %1248, 1
  store i32 %1249, i32* %k.4, align 4
  br label %each34194

dead199:                                          ; No predecessors!
  br label %block33193

e36:                                              ; preds = %ok201
  %1250 = load i64, i64* %result200, align 8
  %1251 = sitofp i64 %1250 to double
  %1252 = fcmp oeq double %1251, 0.000000e+00
  br i1 %1252, label %trap1.site13, label %ok203

ok201:                                            ; preds = %e31
  %1253 = getelementptr i8, i8* %mem, i64 %1168
  %1254 = bitcast i32* %unaligned202 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1254, i8* %1253, i64 4, i1 false)
  %1255 = load i32, i32* %unaligned202, align 4
  %1256 = zext i32 %1255 to i64
  store i64 %1256, i64* %result200, align 8
  br label %e36

ok203:                                            ; preds = %e36
  %1257 = fdiv double %1165, %1251
  store double %1257, double* %mean_c, align 8
  %1258 = load i32, i32* %dict, align 4
  %1259 = load double, double* %mean_c, align 8
  %1260 = zext i32 %1258 to i64
  %1261 = add i64 %1260, 40
  %1262 = add i64 %1261, 8
  %1263 = icmp uge i64 %1261, %scratch_start
  %1264 = load i64, i64* %highEnd, align 8
  %1265 = icmp ule i64 %1262, %1264
  %1266 = and i1 %1263, %1265
  %1267 = call i1 @llvm.expect.i1(i1 %1266, i1 true)
  br i1 %1267, label %write.ok206, label %write.low204

trap1.site13:                                     ; preds = %e36
  %1268 = load i64, i64* %lowStart, align 8
  %1269 = getelementptr i64, i64* %regs, i64 6
  store i64 %1268, i64* %1269, align 8
  %1270 = load i64, i64* %lowEnd, align 8
  %1271 = getelementptr i64, i64* %regs, i64 7
  store i64 %1270, i64* %1271, align 8
  %1272 = load i64, i64* %highEnd, align 8
  %1273 = getelementptr i64, i64* %regs, i64 8
  store i64 %1272, i64* %1273, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 13)
  unreachable

write.low204:                                     ; preds = %ok203
  %1274 = load i64, i64* %lowStart, align 8
  %1275 = icmp uge i64 %1261, %1274
  %1276 = load i64, i64* %lowEnd, align 8
  %1277 = icmp ule i64 %1262, %1276
  %1278 = and i1 %1275, %1277
  %1279 = call i1 @llvm.expect.i1(i1 %1278, i1 true)
  br i1 %1279, label %write.ok206, label %write.slow205

write.slow205:                                    ; preds = %write.low204
  %1280 = icmp ugt i64 %1262, %arena_size
  br i1 %1280, label %trap17.site0, label %ok207

write.ok206:                                      ; preds = %ok207, %write.low204, %ok203
  %1281 = getelementptr i8, i8* %mem, i64 %1261
  %1282 = bitcast double %1259 to i64
  %1283 = and i64 %1282, 9223372036854775807
  %1284 = icmp ugt i64 %1283, 9218868437227405312
  %1285 = select i1 %1284, i64 9221120237041090560, i64 %1282
  store i64 %1285, i64* %unaligned208, align 8
  %1286 = bitcast i64* %unaligned208 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1281, i8* %1286, i64 8, i1 false)
  %1287 = load i32, i32* %readings, align 4
  store i32 %1287, i32* %xs.8, align 4
  %1288 = load i32, i32* %xs.8, align 4
  %1289 = zext i32 %1288 to i64
  %1290 = sub i64 %arena_size, 4
  %1291 = icmp sgt i64 %1289, %1290
  br i1 %1291, label %trap17.site0, label %ok210

ok207:                                            ; preds = %write.slow205
  %1292 = icmp ult i64 %1261, %scratch_start
  %1293 = load i64, i64* %lowStart, align 8
  %1294 = call i64 @llvm.umin.i64(i64 %1293, i64 %1261)
  %1295 = load i64, i64* %lowEnd, align 8
  %1296 = load i64, i64* %highEnd, align 8
  %1297 = add i64 %1262, 64
  %1298 = sub i64 %1262, %1294
  %1299 = lshr i64 %1298, 4
  %1300 = add i64 %1297, %1299
  %1301 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1300)
  %1302 = call i64 @llvm.umax.i64(i64 %1295, i64 %1301)
  %1303 = select i1 %1292, i64 %1302, i64 %1295
  store i64 %1303, i64* %lowEnd, align 8
  %1304 = add i64 %1262, 64
  %1305 = sub i64 %1262, %scratch_start
  %1306 = lshr i64 %1305, 4
  %1307 = add i64 %1304, %1306
  %1308 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1307)
  %1309 = call i64 @llvm.umax.i64(i64 %1296, i64 %1308)
  %1310 = select i1 %1292, i64 %1296, i64 %1309
  store i64 %1310, i64* %highEnd, align 8
  store i64 %1294, i64* %lowStart, align 8
  br label %write.ok206

e39:                                              ; preds = %write.ok264
  %1311 = load i32, i32* %result209, align 4
  %1312 = icmp uge i32 %depth, 1000
  br i1 %1312, label %trap15.site16, label %ok267

ok210:                                            ; preds = %write.ok206
  %1313 = getelementptr i8, i8* %mem, i64 %1289
  %1314 = bitcast i32* %unaligned211 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1314, i8* %1313, i64 4, i1 false)
  %1315 = load i32, i32* %unaligned211, align 4
  %1316 = zext i32 %1315 to i64
  %1317 = mul i64 %1316, 4
  %1318 = add i64 4, %1317
  store i64 %1318, i64* %size.2, align 8
  %1319 = load i64, i64* %size.2, align 8
  %1320 = icmp ugt i64 %1319, 2147483647
  %1321 = zext i1 %1320 to i32
  %1322 = icmp ne i32 %1321, 0
  br i1 %1322, label %then212, label %else213

then212:                                          ; preds = %ok210
  br label %trap15.site17

else213:                                          ; preds = %ok210
  br label %join214

join214:                                          ; preds = %else213, %dead215
  %1323 = load i64, i64* %size.2, align 8
  %1324 = trunc i64 %1323 to i32
  %1325 = zext i32 %1324 to i64
  %1326 = getelementptr i64, i64* %regs, i64 1
  %1327 = getelementptr i64, i64* %regs, i64 2
  %1328 = load i64, i64* %1326, align 8
  %1329 = add i64 %1328, 3
  %1330 = and i64 %1329, -4
  %1331 = add i64 %1330, %1325
  %1332 = load i64, i64* %1327, align 8
  %1333 = icmp ugt i64 %1331, %1332
  br i1 %1333, label %trap15.site17, label %ok216

trap15.site17:                                    ; preds = %join214, %then212
  %1334 = load i64, i64* %lowStart, align 8
  %1335 = getelementptr i64, i64* %regs, i64 6
  store i64 %1334, i64* %1335, align 8
  %1336 = load i64, i64* %lowEnd, align 8
  %1337 = getelementptr i64, i64* %regs, i64 7
  store i64 %1336, i64* %1337, align 8
  %1338 = load i64, i64* %highEnd, align 8
  %1339 = getelementptr i64, i64* %regs, i64 8
  store i64 %1338, i64* %1339, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead215:                                          ; No predecessors!
  br label %join214

ok216:                                            ; preds = %join214
  store i64 %1331, i64* %1326, align 8
  %1340 = load i64, i64* %highEnd, align 8
  %1341 = call i64 @llvm.umax.i64(i64 %1340, i64 %1331)
  store i64 %1341, i64* %highEnd, align 8
  %1342 = trunc i64 %1330 to i32
  store i32 %1342, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1343 = load i32, i32* %xs.8, align 4
  %1344 = zext i32 %1343 to i64
  %1345 = sub i64 %arena_size, 4
  %1346 = icmp sgt i64 %1344, %1345
  br i1 %1346, label %trap17.site0, label %ok217

ok217:                                            ; preds = %ok216
  %1347 = getelementptr i8, i8* %mem, i64 %1344
  %1348 = bitcast i32* %unaligned218 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1348, i8* %1347, i64 4, i1 false)
  %1349 = load i32, i32* %unaligned218, align 4
  store i32 %1349, i32* %n.6, align 4
  store i32 0, i32* %k.5, align 4
  br label %each42

block41:                                          ; preds = %dead261, %ok219
  %1350 = load i32, i32* %list.2, align 4
  %1351 = load i32, i32* %len.2, align 4
  %1352 = zext i32 %1350 to i64
  %1353 = add i64 %1352, 4
  %1354 = icmp uge i64 %1352, %scratch_start
  %1355 = load i64, i64* %highEnd, align 8
  %1356 = icmp ule i64 %1353, %1355
  %1357 = and i1 %1354, %1356
  %1358 = call i1 @llvm.expect.i1(i1 %1357, i1 true)
  br i1 %1358, label %write.ok264, label %write.low262

each42:                                           ; preds = %write.ok258, %ok217
  %1359 = load i64, i64* %fuel, align 8
  %1360 = icmp ult i64 %1359, 1
  br i1 %1360, label %trap14.site0, label %ok219

ok219:                                            ; preds = %each42
  %1361 = sub i64 %1359, 1
  store i64 %1361, i64* %fuel, align 8
  %1362 = load i32, i32* %k.5, align 4
  %1363 = load i32, i32* %n.6, align 4
  %1364 = icmp uge i32 %1362, %1363
  %1365 = zext i1 %1364 to i32
  %1366 = icmp ne i32 %1365, 0
  br i1 %1366, label %block41, label %cont220

cont220:                                          ; preds = %ok219
  %1367 = load i32, i32* %xs.8, align 4
  %1368 = load i32, i32* %k.5, align 4
  %1369 = mul i32 %1368, 4
  %1370 = add i32 %1367, %1369
  %1371 = zext i32 %1370 to i64
  %1372 = sub i64 %arena_size, 8
  %1373 = icmp sgt i64 %1371, %1372
  br i1 %1373, label %trap17.site0, label %ok221

ok221:                                            ; preds = %cont220
  %1374 = add i64 %1371, 4
  %1375 = getelementptr i8, i8* %mem, i64 %1374
  %1376 = bitcast i32* %unaligned222 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1376, i8* %1375, i64 4, i1 false)
  %1377 = load i32, i32* %unaligned222, align 4
  store i32 %1377, i32* %x.7, align 4
  %1378 = load i32, i32* %x.7, align 4
  store i32 %1378, i32* %r.2, align 4
  %1379 = load i32, i32* %list.2, align 4
  %1380 = load i32, i32* %len.2, align 4
  %1381 = mul i32 %1380, 4
  %1382 = add i32 %1379, %1381
  %1383 = load i32, i32* %r.2, align 4
  %1384 = zext i32 %1383 to i64
  %1385 = sub i64 %arena_size, 4
  %1386 = icmp sgt i64 %1384, %1385
  br i1 %1386, label %trap17.site18, label %ok224

e43:                                              ; preds = %ok255
  %1387 = load i32, i32* %result223, align 4
  %1388 = zext i32 %1382 to i64
  %1389 = add i64 %1388, 4
  %1390 = add i64 %1389, 4
  %1391 = icmp uge i64 %1389, %scratch_start
  %1392 = load i64, i64* %highEnd, align 8
  %1393 = icmp ule i64 %1390, %1392
  %1394 = and i1 %1391, %1393
  %1395 = call i1 @llvm.expect.i1(i1 %1394, i1 true)
  br i1 %1395, label %write.ok258, label %write.low256

ok224:                                            ; preds = %ok221
  %1396 = getelementptr i8, i8* %mem, i64 %1384
  %1397 = bitcast i32* %unaligned225 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1397, i8* %1396, i64 4, i1 false)
  %1398 = load i32, i32* %unaligned225, align 4
  store i32 %1398, i32* %part, align 4
  %1399 = load i32, i32* %r.2, align 4
  %1400 = icmp uge i32 %depth, 1000
  br i1 %1400, label %trap15.site22, label %ok226

trap17.site18:                                    ; preds = %ok221
  %1401 = load i64, i64* %lowStart, align 8
  %1402 = getelementptr i64, i64* %regs, i64 6
  store i64 %1401, i64* %1402, align 8
  %1403 = load i64, i64* %lowEnd, align 8
  %1404 = getelementptr i64, i64* %regs, i64 7
  store i64 %1403, i64* %1404, align 8
  %1405 = load i64, i64* %highEnd, align 8
  %1406 = getelementptr i64, i64* %regs, i64 8
  store i64 %1405, i64* %1406, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok226:                                            ; preds = %ok224
  %1407 = icmp ult i64 %10, %stack_limit
  br i1 %1407, label %trap253.site0, label %stack_ok227

trap15.site22:                                    ; preds = %ok224
  %1408 = load i64, i64* %lowStart, align 8
  %1409 = getelementptr i64, i64* %regs, i64 6
  store i64 %1408, i64* %1409, align 8
  %1410 = load i64, i64* %lowEnd, align 8
  %1411 = getelementptr i64, i64* %regs, i64 7
  store i64 %1410, i64* %1411, align 8
  %1412 = load i64, i64* %highEnd, align 8
  %1413 = getelementptr i64, i64* %regs, i64 8
  store i64 %1412, i64* %1413, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

stack_ok227:                                      ; preds = %ok226
  %1414 = load i64, i64* %fuel, align 8
  %1415 = getelementptr i64, i64* %regs, i64 0
  store i64 %1414, i64* %1415, align 8
  %1416 = load i64, i64* %lowStart, align 8
  %1417 = getelementptr i64, i64* %regs, i64 6
  store i64 %1416, i64* %1417, align 8
  %1418 = load i64, i64* %lowEnd, align 8
  %1419 = getelementptr i64, i64* %regs, i64 7
  store i64 %1418, i64* %1419, align 8
  %1420 = load i64, i64* %highEnd, align 8
  %1421 = getelementptr i64, i64* %regs, i64 8
  store i64 %1420, i64* %1421, align 8
  %1422 = add i32 %depth, 1
  %1423 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %1422, i32 0, i32 %1399)
  %1424 = getelementptr i64, i64* %regs, i64 0
  %1425 = load i64, i64* %1424, align 8
  store i64 %1425, i64* %fuel, align 8
  %1426 = getelementptr i64, i64* %regs, i64 6
  %1427 = load i64, i64* %1426, align 8
  store i64 %1427, i64* %lowStart, align 8
  %1428 = getelementptr i64, i64* %regs, i64 7
  %1429 = load i64, i64* %1428, align 8
  store i64 %1429, i64* %lowEnd, align 8
  %1430 = getelementptr i64, i64* %regs, i64 8
  %1431 = load i64, i64* %1430, align 8
  store i64 %1431, i64* %highEnd, align 8
  %1432 = fmul double %1423, 1.000000e+01
  %1433 = call double @llvm.roundeven.f64(double %1432)
  %1434 = call i64 @llvm.fptosi.sat.i64.f64(double %1433)
  %1435 = sitofp i64 %1434 to double
  br i1 false, label %trap1.site19, label %ok228

ok228:                                            ; preds = %stack_ok227
  %1436 = fdiv double %1435, 1.000000e+01
  store double %1436, double* %part.1, align 8
  %1437 = getelementptr i64, i64* %regs, i64 1
  %1438 = load i64, i64* %1437, align 8
  %1439 = trunc i64 %1438 to i32
  %1440 = add i32 %1439, 3
  %1441 = and i32 %1440, -4
  store i32 %1441, i32* %text, align 4
  %1442 = load i32, i32* %text, align 4
  %1443 = add i32 %1442, 4
  store i32 %1443, i32* %cur, align 4
  %1444 = load i32, i32* %part, align 4
  store i32 %1444, i32* %s, align 4
  %1445 = load i32, i32* %s, align 4
  %1446 = zext i32 %1445 to i64
  %1447 = sub i64 %arena_size, 4
  %1448 = icmp sgt i64 %1446, %1447
  br i1 %1448, label %trap17.site0, label %ok229

trap1.site19:                                     ; preds = %stack_ok227
  %1449 = load i64, i64* %lowStart, align 8
  %1450 = getelementptr i64, i64* %regs, i64 6
  store i64 %1449, i64* %1450, align 8
  %1451 = load i64, i64* %lowEnd, align 8
  %1452 = getelementptr i64, i64* %regs, i64 7
  store i64 %1451, i64* %1452, align 8
  %1453 = load i64, i64* %highEnd, align 8
  %1454 = getelementptr i64, i64* %regs, i64 8
  store i64 %1453, i64* %1454, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok229:                                            ; preds = %ok228
  %1455 = getelementptr i8, i8* %mem, i64 %1446
  %1456 = bitcast i32* %unaligned230 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1456, i8* %1455, i64 4, i1 false)
  %1457 = load i32, i32* %unaligned230, align 4
  store i32 %1457, i32* %slen, align 4
  %1458 = load i32, i32* %cur, align 4
  %1459 = load i32, i32* %slen, align 4
  %1460 = add i32 %1458, %1459
  %1461 = getelementptr i64, i64* %regs, i64 2
  %1462 = load i64, i64* %1461, align 8
  %1463 = trunc i64 %1462 to i32
  %1464 = icmp ugt i32 %1460, %1463
  %1465 = zext i1 %1464 to i32
  %1466 = icmp ne i32 %1465, 0
  br i1 %1466, label %then231, label %else232

then231:                                          ; preds = %ok229
  br label %trap15.site23

else232:                                          ; preds = %ok229
  br label %join233

join233:                                          ; preds = %else232, %dead234
  %1467 = load i32, i32* %cur, align 4
  %1468 = load i32, i32* %s, align 4
  %1469 = add i32 %1468, 4
  %1470 = load i32, i32* %slen, align 4
  %1471 = zext i32 %1470 to i64
  %1472 = zext i32 %1469 to i64
  %1473 = add i64 %1472, %1471
  %1474 = icmp ugt i64 %1473, %arena_size
  br i1 %1474, label %trap17.site23, label %ok235

trap15.site23:                                    ; preds = %write.ok252, %write.ok246, %then240, %then231
  %1475 = load i64, i64* %lowStart, align 8
  %1476 = getelementptr i64, i64* %regs, i64 6
  store i64 %1475, i64* %1476, align 8
  %1477 = load i64, i64* %lowEnd, align 8
  %1478 = getelementptr i64, i64* %regs, i64 7
  store i64 %1477, i64* %1478, align 8
  %1479 = load i64, i64* %highEnd, align 8
  %1480 = getelementptr i64, i64* %regs, i64 8
  store i64 %1479, i64* %1480, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead234:                                          ; No predecessors!
  br label %join233

ok235:                                            ; preds = %join233
  %1481 = zext i32 %1467 to i64
  %1482 = add i64 %1481, %1471
  %1483 = icmp uge i64 %1481, %scratch_start
  %1484 = load i64, i64* %highEnd, align 8
  %1485 = icmp ule i64 %1482, %1484
  %1486 = and i1 %1483, %1485
  %1487 = call i1 @llvm.expect.i1(i1 %1486, i1 true)
  br i1 %1487, label %write.ok238, label %write.low236

trap17.site23:                                    ; preds = %write.slow237, %join233
  %1488 = load i64, i64* %lowStart, align 8
  %1489 = getelementptr i64, i64* %regs, i64 6
  store i64 %1488, i64* %1489, align 8
  %1490 = load i64, i64* %lowEnd, align 8
  %1491 = getelementptr i64, i64* %regs, i64 7
  store i64 %1490, i64* %1491, align 8
  %1492 = load i64, i64* %highEnd, align 8
  %1493 = getelementptr i64, i64* %regs, i64 8
  store i64 %1492, i64* %1493, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

write.low236:                                     ; preds = %ok235
  %1494 = load i64, i64* %lowStart, align 8
  %1495 = icmp uge i64 %1481, %1494
  %1496 = load i64, i64* %lowEnd, align 8
  %1497 = icmp ule i64 %1482, %1496
  %1498 = and i1 %1495, %1497
  %1499 = call i1 @llvm.expect.i1(i1 %1498, i1 true)
  br i1 %1499, label %write.ok238, label %write.slow237

write.slow237:                                    ; preds = %write.low236
  %1500 = icmp ugt i64 %1482, %arena_size
  br i1 %1500, label %trap17.site23, label %ok239

write.ok238:                                      ; preds = %ok239, %write.low236, %ok235
  %1501 = getelementptr i8, i8* %mem, i64 %1481
  %1502 = getelementptr i8, i8* %mem, i64 %1472
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1501, i8* %1502, i64 %1471, i1 false)
  %1503 = load i32, i32* %cur, align 4
  %1504 = load i32, i32* %slen, align 4
  %1505 = add i32 %1503, %1504
  store i32 %1505, i32* %cur, align 4
  %1506 = load i32, i32* %cur, align 4
  %1507 = add i32 %1506, 331
  %1508 = getelementptr i64, i64* %regs, i64 2
  %1509 = load i64, i64* %1508, align 8
  %1510 = trunc i64 %1509 to i32
  %1511 = icmp ugt i32 %1507, %1510
  %1512 = zext i1 %1511 to i32
  %1513 = icmp ne i32 %1512, 0
  br i1 %1513, label %then240, label %else241

ok239:                                            ; preds = %write.slow237
  %1514 = icmp ult i64 %1481, %scratch_start
  %1515 = load i64, i64* %lowStart, align 8
  %1516 = call i64 @llvm.umin.i64(i64 %1515, i64 %1481)
  %1517 = load i64, i64* %lowEnd, align 8
  %1518 = load i64, i64* %highEnd, align 8
  %1519 = add i64 %1482, 64
  %1520 = sub i64 %1482, %1516
  %1521 = lshr i64 %1520, 4
  %1522 = add i64 %1519, %1521
  %1523 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1522)
  %1524 = call i64 @llvm.umax.i64(i64 %1517, i64 %1523)
  %1525 = select i1 %1514, i64 %1524, i64 %1517
  store i64 %1525, i64* %lowEnd, align 8
  %1526 = add i64 %1482, 64
  %1527 = sub i64 %1482, %scratch_start
  %1528 = lshr i64 %1527, 4
  %1529 = add i64 %1526, %1528
  %1530 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1529)
  %1531 = call i64 @llvm.umax.i64(i64 %1518, i64 %1530)
  %1532 = select i1 %1514, i64 %1518, i64 %1531
  store i64 %1532, i64* %highEnd, align 8
  store i64 %1516, i64* %lowStart, align 8
  br label %write.ok238

then240:                                          ; preds = %write.ok238
  br label %trap15.site23

else241:                                          ; preds = %write.ok238
  br label %join242

join242:                                          ; preds = %else241, %dead243
  %1533 = load i32, i32* %cur, align 4
  %1534 = zext i32 %1533 to i64
  %1535 = add i64 %1534, 1
  %1536 = icmp uge i64 %1534, %scratch_start
  %1537 = load i64, i64* %highEnd, align 8
  %1538 = icmp ule i64 %1535, %1537
  %1539 = and i1 %1536, %1538
  %1540 = call i1 @llvm.expect.i1(i1 %1539, i1 true)
  br i1 %1540, label %write.ok246, label %write.low244

dead243:                                          ; No predecessors!
  br label %join242

write.low244:                                     ; preds = %join242
  %1541 = load i64, i64* %lowStart, align 8
  %1542 = icmp uge i64 %1534, %1541
  %1543 = load i64, i64* %lowEnd, align 8
  %1544 = icmp ule i64 %1535, %1543
  %1545 = and i1 %1542, %1544
  %1546 = call i1 @llvm.expect.i1(i1 %1545, i1 true)
  br i1 %1546, label %write.ok246, label %write.slow245

write.slow245:                                    ; preds = %write.low244
  %1547 = icmp ugt i64 %1535, %arena_size
  br i1 %1547, label %trap17.site0, label %ok247

write.ok246:                                      ; preds = %ok247, %write.low244, %join242
  %1548 = getelementptr i8, i8* %mem, i64 %1534
  store i8 61, i8* %1548, align 1
  %1549 = load i32, i32* %cur, align 4
  %1550 = add i32 %1549, 1
  store i32 %1550, i32* %cur, align 4
  %1551 = load i32, i32* %cur, align 4
  %1552 = load double, double* %part.1, align 8
  %1553 = load i32, i32* %cur, align 4
  %1554 = icmp uge i32 %depth, 1000
  br i1 %1554, label %trap15.site23, label %ok248

ok247:                                            ; preds = %write.slow245
  %1555 = icmp ult i64 %1534, %scratch_start
  %1556 = load i64, i64* %lowStart, align 8
  %1557 = call i64 @llvm.umin.i64(i64 %1556, i64 %1534)
  %1558 = load i64, i64* %lowEnd, align 8
  %1559 = load i64, i64* %highEnd, align 8
  %1560 = add i64 %1535, 64
  %1561 = sub i64 %1535, %1557
  %1562 = lshr i64 %1561, 4
  %1563 = add i64 %1560, %1562
  %1564 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1563)
  %1565 = call i64 @llvm.umax.i64(i64 %1558, i64 %1564)
  %1566 = select i1 %1555, i64 %1565, i64 %1558
  store i64 %1566, i64* %lowEnd, align 8
  %1567 = add i64 %1535, 64
  %1568 = sub i64 %1535, %scratch_start
  %1569 = lshr i64 %1568, 4
  %1570 = add i64 %1567, %1569
  %1571 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1570)
  %1572 = call i64 @llvm.umax.i64(i64 %1559, i64 %1571)
  %1573 = select i1 %1555, i64 %1559, i64 %1572
  store i64 %1573, i64* %highEnd, align 8
  store i64 %1557, i64* %lowStart, align 8
  br label %write.ok246

ok248:                                            ; preds = %write.ok246
  %1574 = icmp ult i64 %10, %stack_limit
  br i1 %1574, label %trap253.site0, label %stack_ok249

stack_ok249:                                      ; preds = %ok248
  %1575 = load i64, i64* %fuel, align 8
  %1576 = getelementptr i64, i64* %regs, i64 0
  store i64 %1575, i64* %1576, align 8
  %1577 = load i64, i64* %lowStart, align 8
  %1578 = getelementptr i64, i64* %regs, i64 6
  store i64 %1577, i64* %1578, align 8
  %1579 = load i64, i64* %lowEnd, align 8
  %1580 = getelementptr i64, i64* %regs, i64 7
  store i64 %1579, i64* %1580, align 8
  %1581 = load i64, i64* %highEnd, align 8
  %1582 = getelementptr i64, i64* %regs, i64 8
  store i64 %1581, i64* %1582, align 8
  %1583 = add i32 %depth, 1
  %1584 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %1583, double %1552, i32 %1553)
  %1585 = getelementptr i64, i64* %regs, i64 0
  %1586 = load i64, i64* %1585, align 8
  store i64 %1586, i64* %fuel, align 8
  %1587 = getelementptr i64, i64* %regs, i64 6
  %1588 = load i64, i64* %1587, align 8
  store i64 %1588, i64* %lowStart, align 8
  %1589 = getelementptr i64, i64* %regs, i64 7
  %1590 = load i64, i64* %1589, align 8
  store i64 %1590, i64* %lowEnd, align 8
  %1591 = getelementptr i64, i64* %regs, i64 8
  %1592 = load i64, i64* %1591, align 8
  store i64 %1592, i64* %highEnd, align 8
  %1593 = add i32 %1551, %1584
  store i32 %1593, i32* %cur, align 4
  %1594 = load i32, i32* %cur, align 4
  %1595 = load i32, i32* %text, align 4
  %1596 = sub i32 %1594, %1595
  %1597 = sub i32 %1596, 4
  store i32 %1597, i32* %len.3, align 4
  %1598 = load i32, i32* %text, align 4
  %1599 = load i32, i32* %len.3, align 4
  %1600 = zext i32 %1598 to i64
  %1601 = add i64 %1600, 4
  %1602 = icmp uge i64 %1600, %scratch_start
  %1603 = load i64, i64* %highEnd, align 8
  %1604 = icmp ule i64 %1601, %1603
  %1605 = and i1 %1602, %1604
  %1606 = call i1 @llvm.expect.i1(i1 %1605, i1 true)
  br i1 %1606, label %write.ok252, label %write.low250

write.low250:                                     ; preds = %stack_ok249
  %1607 = load i64, i64* %lowStart, align 8
  %1608 = icmp uge i64 %1600, %1607
  %1609 = load i64, i64* %lowEnd, align 8
  %1610 = icmp ule i64 %1601, %1609
  %1611 = and i1 %1608, %1610
  %1612 = call i1 @llvm.expect.i1(i1 %1611, i1 true)
  br i1 %1612, label %write.ok252, label %write.slow251

write.slow251:                                    ; preds = %write.low250
  %1613 = icmp ugt i64 %1601, %arena_size
  br i1 %1613, label %trap17.site0, label %ok253

write.ok252:                                      ; preds = %ok253, %write.low250, %stack_ok249
  %1614 = getelementptr i8, i8* %mem, i64 %1600
  store i32 %1599, i32* %unaligned254, align 4
  %1615 = bitcast i32* %unaligned254 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1614, i8* %1615, i64 4, i1 false)
  %1616 = load i32, i32* %len.3, align 4
  %1617 = add i32 %1616, 4
  %1618 = zext i32 %1617 to i64
  %1619 = getelementptr i64, i64* %regs, i64 1
  %1620 = getelementptr i64, i64* %regs, i64 2
  %1621 = load i64, i64* %1619, align 8
  %1622 = add i64 %1621, 3
  %1623 = and i64 %1622, -4
  %1624 = add i64 %1623, %1618
  %1625 = load i64, i64* %1620, align 8
  %1626 = icmp ugt i64 %1624, %1625
  br i1 %1626, label %trap15.site23, label %ok255

ok253:                                            ; preds = %write.slow251
  %1627 = icmp ult i64 %1600, %scratch_start
  %1628 = load i64, i64* %lowStart, align 8
  %1629 = call i64 @llvm.umin.i64(i64 %1628, i64 %1600)
  %1630 = load i64, i64* %lowEnd, align 8
  %1631 = load i64, i64* %highEnd, align 8
  %1632 = add i64 %1601, 64
  %1633 = sub i64 %1601, %1629
  %1634 = lshr i64 %1633, 4
  %1635 = add i64 %1632, %1634
  %1636 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1635)
  %1637 = call i64 @llvm.umax.i64(i64 %1630, i64 %1636)
  %1638 = select i1 %1627, i64 %1637, i64 %1630
  store i64 %1638, i64* %lowEnd, align 8
  %1639 = add i64 %1601, 64
  %1640 = sub i64 %1601, %scratch_start
  %1641 = lshr i64 %1640, 4
  %1642 = add i64 %1639, %1641
  %1643 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1642)
  %1644 = call i64 @llvm.umax.i64(i64 %1631, i64 %1643)
  %1645 = select i1 %1627, i64 %1631, i64 %1644
  store i64 %1645, i64* %highEnd, align 8
  store i64 %1629, i64* %lowStart, align 8
  br label %write.ok252

ok255:                                            ; preds = %write.ok252
  store i64 %1624, i64* %1619, align 8
  %1646 = load i64, i64* %highEnd, align 8
  %1647 = call i64 @llvm.umax.i64(i64 %1646, i64 %1624)
  store i64 %1647, i64* %highEnd, align 8
  %1648 = trunc i64 %1623 to i32
  store i32 %1648, i32* %result223, align 4
  br label %e43

write.low256:                                     ; preds = %e43
  %1649 = load i64, i64* %lowStart, align 8
  %1650 = icmp uge i64 %1389, %1649
  %1651 = load i64, i64* %lowEnd, align 8
  %1652 = icmp ule i64 %1390, %1651
  %1653 = and i1 %1650, %1652
  %1654 = call i1 @llvm.expect.i1(i1 %1653, i1 true)
  br i1 %1654, label %write.ok258, label %write.slow257

write.slow257:                                    ; preds = %write.low256
  %1655 = icmp ugt i64 %1390, %arena_size
  br i1 %1655, label %trap17.site0, label %ok259

write.ok258:                                      ; preds = %ok259, %write.low256, %e43
  %1656 = getelementptr i8, i8* %mem, i64 %1389
  store i32 %1387, i32* %unaligned260, align 4
  %1657 = bitcast i32* %unaligned260 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1656, i8* %1657, i64 4, i1 false)
  %1658 = load i32, i32* %len.2, align 4
  %1659 = add i32 %1658, 1
  store i32 %1659, i32* %len.2, align 4
  %1660 = load i32, i32* %k.5, align 4
  %1661 = add i32 %1660, 1
  store i32 %1661, i32* %k.5, align 4
  br label %each42

ok259:                                            ; preds = %write.slow257
  %1662 = icmp ult i64 %1389, %scratch_start
  %1663 = load i64, i64* %lowStart, align 8
  %1664 = call i64 @llvm.umin.i64(i64 %1663, i64 %1389)
  %1665 = load i64, i64* %lowEnd, align 8
  %1666 = load i64, i64* %highEnd, align 8
  %1667 = add i64 %1390, 64
  %1668 = sub i64 %1390, %1664
  %1669 = lshr i64 %1668, 4
  %1670 = add i64 %1667, %1669
  %1671 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1670)
  %1672 = call i64 @llvm.umax.i64(i64 %1665, i64 %1671)
  %1673 = select i1 %1662, i64 %1672, i64 %1665
  store i64 %1673, i64* %lowEnd, align 8
  %1674 = add i64 %1390, 64
  %1675 = sub i64 %1390, %scratch_start
  %1676 = lshr i64 %1675, 4
  %1677 = add i64 %1674, %1676
  %1678 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1677)
  %1679 = call i64 @llvm.umax.i64(i64 %1666, i64 %1678)
  %1680 = select i1 %1662, i64 %1666, i64 %1679
  store i64 %1680, i64* %highEnd, align 8
  store i64 %1664, i64* %lowStart, align 8
  br label %write.ok258

dead261:                                          ; No predecessors!
  br label %block41

write.low262:                                     ; preds = %block41
  %1681 = load i64, i64* %lowStart, align 8
  %1682 = icmp uge i64 %1352, %1681
  %1683 = load i64, i64* %lowEnd, align 8
  %1684 = icmp ule i64 %1353, %1683
  %1685 = and i1 %1682, %1684
  %1686 = call i1 @llvm.expect.i1(i1 %1685, i1 true)
  br i1 %1686, label %write.ok264, label %write.slow263

write.slow263:                                    ; preds = %write.low262
  %1687 = icmp ugt i64 %1353, %arena_size
  br i1 %1687, label %trap17.site0, label %ok265

write.ok264:                                      ; preds = %ok265, %write.low262, %block41
  %1688 = getelementptr i8, i8* %mem, i64 %1352
  store i32 %1351, i32* %unaligned266, align 4
  %1689 = bitcast i32* %unaligned266 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1688, i8* %1689, i64 4, i1 false)
  %1690 = load i32, i32* %list.2, align 4
  store i32 %1690, i32* %result209, align 4
  br label %e39

ok265:                                            ; preds = %write.slow263
  %1691 = icmp ult i64 %1352, %scratch_start
  %1692 = load i64, i64* %lowStart, align 8
  %1693 = call i64 @llvm.umin.i64(i64 %1692, i64 %1352)
  %1694 = load i64, i64* %lowEnd, align 8
  %1695 = load i64, i64* %highEnd, align 8
  %1696 = add i64 %1353, 64
  %1697 = sub i64 %1353, %1693
  %1698 = lshr i64 %1697, 4
  %1699 = add i64 %1696, %1698
  %1700 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1699)
  %1701 = call i64 @llvm.umax.i64(i64 %1694, i64 %1700)
  %1702 = select i1 %1691, i64 %1701, i64 %1694
  store i64 %1702, i64* %lowEnd, align 8
  %1703 = add i64 %1353, 64
  %1704 = sub i64 %1353, %scratch_start
  %1705 = lshr i64 %1704, 4
  %1706 = add i64 %1703, %1705
  %1707 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1706)
  %1708 = call i64 @llvm.umax.i64(i64 %1695, i64 %1707)
  %1709 = select i1 %1691, i64 %1695, i64 %1708
  store i64 %1709, i64* %highEnd, align 8
  store i64 %1693, i64* %lowStart, align 8
  br label %write.ok264

ok267:                                            ; preds = %e39
  %1710 = icmp ult i64 %10, %stack_limit
  br i1 %1710, label %trap253.site0, label %stack_ok268

trap15.site16:                                    ; preds = %e39
  %1711 = load i64, i64* %lowStart, align 8
  %1712 = getelementptr i64, i64* %regs, i64 6
  store i64 %1711, i64* %1712, align 8
  %1713 = load i64, i64* %lowEnd, align 8
  %1714 = getelementptr i64, i64* %regs, i64 7
  store i64 %1713, i64* %1714, align 8
  %1715 = load i64, i64* %highEnd, align 8
  %1716 = getelementptr i64, i64* %regs, i64 8
  store i64 %1715, i64* %1716, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok268:                                      ; preds = %ok267
  %1717 = load i64, i64* %fuel, align 8
  %1718 = getelementptr i64, i64* %regs, i64 0
  store i64 %1717, i64* %1718, align 8
  %1719 = load i64, i64* %lowStart, align 8
  %1720 = getelementptr i64, i64* %regs, i64 6
  store i64 %1719, i64* %1720, align 8
  %1721 = load i64, i64* %lowEnd, align 8
  %1722 = getelementptr i64, i64* %regs, i64 7
  store i64 %1721, i64* %1722, align 8
  %1723 = load i64, i64* %highEnd, align 8
  %1724 = getelementptr i64, i64* %regs, i64 8
  store i64 %1723, i64* %1724, align 8
  %1725 = add i32 %depth, 1
  %1726 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1725, i32 %1311, i32 11104)
  %1727 = getelementptr i64, i64* %regs, i64 0
  %1728 = load i64, i64* %1727, align 8
  store i64 %1728, i64* %fuel, align 8
  %1729 = getelementptr i64, i64* %regs, i64 6
  %1730 = load i64, i64* %1729, align 8
  store i64 %1730, i64* %lowStart, align 8
  %1731 = getelementptr i64, i64* %regs, i64 7
  %1732 = load i64, i64* %1731, align 8
  store i64 %1732, i64* %lowEnd, align 8
  %1733 = getelementptr i64, i64* %regs, i64 8
  %1734 = load i64, i64* %1733, align 8
  store i64 %1734, i64* %highEnd, align 8
  store i32 %1726, i32* %report, align 4
  %1735 = load i32, i32* %dict, align 4
  %1736 = load i32, i32* %report, align 4
  %1737 = zext i32 %1735 to i64
  %1738 = add i64 %1737, 48
  %1739 = add i64 %1738, 4
  %1740 = icmp uge i64 %1738, %scratch_start
  %1741 = load i64, i64* %highEnd, align 8
  %1742 = icmp ule i64 %1739, %1741
  %1743 = and i1 %1740, %1742
  %1744 = call i1 @llvm.expect.i1(i1 %1743, i1 true)
  br i1 %1744, label %write.ok271, label %write.low269

write.low269:                                     ; preds = %stack_ok268
  %1745 = load i64, i64* %lowStart, align 8
  %1746 = icmp uge i64 %1738, %1745
  %1747 = load i64, i64* %lowEnd, align 8
  %1748 = icmp ule i64 %1739, %1747
  %1749 = and i1 %1746, %1748
  %1750 = call i1 @llvm.expect.i1(i1 %1749, i1 true)
  br i1 %1750, label %write.ok271, label %write.slow270

write.slow270:                                    ; preds = %write.low269
  %1751 = icmp ugt i64 %1739, %arena_size
  br i1 %1751, label %trap17.site0, label %ok272

write.ok271:                                      ; preds = %ok272, %write.low269, %stack_ok268
  %1752 = getelementptr i8, i8* %mem, i64 %1738
  store i32 %1736, i32* %unaligned273, align 4
  %1753 = bitcast i32* %unaligned273 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1752, i8* %1753, i64 4, i1 false)
  %1754 = load i32, i32* %dict, align 4
  store i32 %1754, i32* %result3, align 4
  br label %e0

ok272:                                            ; preds = %write.slow270
  %1755 = icmp ult i64 %1738, %scratch_start
  %1756 = load i64, i64* %lowStart, align 8
  %1757 = call i64 @llvm.umin.i64(i64 %1756, i64 %1738)
  %1758 = load i64, i64* %lowEnd, align 8
  %1759 = load i64, i64* %highEnd, align 8
  %1760 = add i64 %1739, 64
  %1761 = sub i64 %1739, %1757
  %1762 = lshr i64 %1761, 4
  %1763 = add i64 %1760, %1762
  %1764 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1763)
  %1765 = call i64 @llvm.umax.i64(i64 %1758, i64 %1764)
  %1766 = select i1 %1755, i64 %1765, i64 %1758
  store i64 %1766, i64* %lowEnd, align 8
  %1767 = add i64 %1739, 64
  %1768 = sub i64 %1739, %scratch_start
  %1769 = lshr i64 %1768, 4
  %1770 = add i64 %1767, %1769
  %1771 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1770)
  %1772 = call i64 @llvm.umax.i64(i64 %1759, i64 %1771)
  %1773 = select i1 %1755, i64 %1759, i64 %1772
  store i64 %1773, i64* %highEnd, align 8
  store i64 %1757, i64* %lowStart, align 8
  br label %write.ok271

ok274:                                            ; preds = %e0
  %1774 = icmp ult i64 %10, %stack_limit
  br i1 %1774, label %trap253.site0, label %stack_ok275

stack_ok275:                                      ; preds = %ok274
  %1775 = load i64, i64* %fuel, align 8
  %1776 = getelementptr i64, i64* %regs, i64 0
  store i64 %1775, i64* %1776, align 8
  %1777 = load i64, i64* %lowStart, align 8
  %1778 = getelementptr i64, i64* %regs, i64 6
  store i64 %1777, i64* %1778, align 8
  %1779 = load i64, i64* %lowEnd, align 8
  %1780 = getelementptr i64, i64* %regs, i64 7
  store i64 %1779, i64* %1780, align 8
  %1781 = load i64, i64* %highEnd, align 8
  %1782 = getelementptr i64, i64* %regs, i64 8
  store i64 %1781, i64* %1782, align 8
  %1783 = add i32 %depth, 1
  %1784 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1783, i32 %81, i32 %82, i32 0)
  %1785 = getelementptr i64, i64* %regs, i64 0
  %1786 = load i64, i64* %1785, align 8
  store i64 %1786, i64* %fuel, align 8
  %1787 = getelementptr i64, i64* %regs, i64 6
  %1788 = load i64, i64* %1787, align 8
  store i64 %1788, i64* %lowStart, align 8
  %1789 = getelementptr i64, i64* %regs, i64 7
  %1790 = load i64, i64* %1789, align 8
  store i64 %1790, i64* %lowEnd, align 8
  %1791 = getelementptr i64, i64* %regs, i64 8
  %1792 = load i64, i64* %1791, align 8
  store i64 %1792, i64* %highEnd, align 8
  store i32 %1784, i32* %json_end, align 4
  %1793 = load i32, i32* %json_end, align 4
  %1794 = icmp eq i32 %1793, -2
  %1795 = zext i1 %1794 to i32
  %1796 = icmp ne i32 %1795, 0
  br i1 %1796, label %then276, label %else277

then276:                                          ; preds = %stack_ok275
  br label %trap16.site3

else277:                                          ; preds = %stack_ok275
  br label %join278

join278:                                          ; preds = %else277, %dead279
  %1797 = load i32, i32* %json_end, align 4
  %1798 = icmp eq i32 %1797, -1
  %1799 = zext i1 %1798 to i32
  %1800 = icmp ne i32 %1799, 0
  br i1 %1800, label %then280, label %else281

trap16.site3:                                     ; preds = %then285, %then276
  %1801 = load i64, i64* %lowStart, align 8
  %1802 = getelementptr i64, i64* %regs, i64 6
  store i64 %1801, i64* %1802, align 8
  %1803 = load i64, i64* %lowEnd, align 8
  %1804 = getelementptr i64, i64* %regs, i64 7
  store i64 %1803, i64* %1804, align 8
  %1805 = load i64, i64* %highEnd, align 8
  %1806 = getelementptr i64, i64* %regs, i64 8
  store i64 %1805, i64* %1806, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead279:                                          ; No predecessors!
  br label %join278

then280:                                          ; preds = %join278
  %1807 = load i32, i32* %result.1, align 4
  %1808 = icmp uge i32 %depth, 1000
  br i1 %1808, label %trap15.site0, label %ok283

else281:                                          ; preds = %join278
  br label %join282

join282:                                          ; preds = %else281, %dead289
  %1809 = load i32, i32* %json_end, align 4
  %1810 = zext i32 %1809 to i64
  %1811 = getelementptr i64, i64* %regs, i64 3
  store i64 %1810, i64* %1811, align 8
  %1812 = load i32, i32* %json_end, align 4
  %1813 = load i32, i32* %json_start, align 4
  %1814 = sub i32 %1812, %1813
  %1815 = load i64, i64* %fuel, align 8
  %1816 = getelementptr i64, i64* %regs, i64 0
  store i64 %1815, i64* %1816, align 8
  %1817 = load i64, i64* %lowStart, align 8
  %1818 = getelementptr i64, i64* %regs, i64 6
  store i64 %1817, i64* %1818, align 8
  %1819 = load i64, i64* %lowEnd, align 8
  %1820 = getelementptr i64, i64* %regs, i64 7
  store i64 %1819, i64* %1820, align 8
  %1821 = load i64, i64* %highEnd, align 8
  %1822 = getelementptr i64, i64* %regs, i64 8
  store i64 %1821, i64* %1822, align 8
  ret i32 %1814

ok283:                                            ; preds = %then280
  %1823 = icmp ult i64 %10, %stack_limit
  br i1 %1823, label %trap253.site0, label %stack_ok284

stack_ok284:                                      ; preds = %ok283
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
  %1832 = add i32 %depth, 1
  %1833 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1832, i32 %1807)
  %1834 = getelementptr i64, i64* %regs, i64 0
  %1835 = load i64, i64* %1834, align 8
  store i64 %1835, i64* %fuel, align 8
  %1836 = getelementptr i64, i64* %regs, i64 6
  %1837 = load i64, i64* %1836, align 8
  store i64 %1837, i64* %lowStart, align 8
  %1838 = getelementptr i64, i64* %regs, i64 7
  %1839 = load i64, i64* %1838, align 8
  store i64 %1839, i64* %lowEnd, align 8
  %1840 = getelementptr i64, i64* %regs, i64 8
  %1841 = load i64, i64* %1840, align 8
  store i64 %1841, i64* %highEnd, align 8
  %1842 = icmp ne i32 %1833, 0
  br i1 %1842, label %then285, label %else286

then285:                                          ; preds = %stack_ok284
  br label %trap16.site3

else286:                                          ; preds = %stack_ok284
  br label %join287

join287:                                          ; preds = %else286, %dead288
  br label %trap15.site3

dead288:                                          ; No predecessors!
  br label %join287

dead289:                                          ; No predecessors!
  br label %join282
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
