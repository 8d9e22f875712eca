; From examples/sensor-report.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/sensor-report.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (54):
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
  %258 = add i64 %257, 4
  %259 = icmp ugt i64 %258, %arena_size
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
  %267 = add i64 %266, 4
  %268 = add i64 %267, 4
  %269 = icmp ugt i64 %268, %arena_size
  br i1 %269, label %trap17.site0, label %ok34

ok34:                                             ; preds = %ok33
  %270 = getelementptr i8, i8* %mem, i64 %267
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
  %289 = add i64 %288, 1
  %290 = icmp ugt i64 %289, %arena_size
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
  %313 = add i64 %312, 1
  %314 = icmp ugt i64 %313, %arena_size
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
  %403 = add i64 %402, 1
  %404 = icmp ugt i64 %403, %arena_size
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
  %415 = add i64 %414, 1
  %416 = icmp ugt i64 %415, %arena_size
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
  %447 = add i64 %446, 1
  %448 = icmp ugt i64 %447, %arena_size
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
  %472 = add i64 %471, 4
  %473 = icmp ugt i64 %472, %arena_size
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
  br i1 %509, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join88
  %510 = load i64, i64* %lowStart, align 8
  %511 = getelementptr i64, i64* %regs, i64 6
  store i64 %510, i64* %511, align 8
  %512 = load i64, i64* %lowEnd, align 8
  %513 = getelementptr i64, i64* %regs, i64 7
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %highEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 8
  store i64 %514, i64* %515, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok90
  %516 = load i64, i64* %lowStart, align 8
  %517 = icmp uge i64 %504, %516
  %518 = load i64, i64* %lowEnd, align 8
  %519 = icmp ule i64 %505, %518
  %520 = and i1 %517, %519
  br i1 %520, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %521 = icmp ugt i64 %505, %arena_size
  br i1 %521, label %trap17.site0, label %ok91

write.ok:                                         ; preds = %ok91, %write.low, %ok90
  %522 = getelementptr i8, i8* %mem, i64 %504
  store i32 %503, i32* %unaligned92, align 4
  %523 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %522, i8* %523, i64 4, i1 false)
  %524 = load i32, i32* %args_out, align 4
  %525 = load i64, i64* %fuel, align 8
  %526 = getelementptr i64, i64* %regs, i64 0
  store i64 %525, i64* %526, align 8
  %527 = load i64, i64* %lowStart, align 8
  %528 = getelementptr i64, i64* %regs, i64 6
  store i64 %527, i64* %528, align 8
  %529 = load i64, i64* %lowEnd, align 8
  %530 = getelementptr i64, i64* %regs, i64 7
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %highEnd, align 8
  %532 = getelementptr i64, i64* %regs, i64 8
  store i64 %531, i64* %532, align 8
  ret i32 %524

ok91:                                             ; preds = %write.slow
  %533 = icmp ult i64 %504, %scratch_start
  %534 = load i64, i64* %lowStart, align 8
  %535 = call i64 @llvm.umin.i64(i64 %534, i64 %504)
  %536 = load i64, i64* %lowEnd, align 8
  %537 = load i64, i64* %highEnd, align 8
  %538 = add i64 %505, 64
  %539 = sub i64 %505, %535
  %540 = lshr i64 %539, 4
  %541 = add i64 %538, %540
  %542 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %541)
  %543 = call i64 @llvm.umax.i64(i64 %536, i64 %542)
  %544 = select i1 %533, i64 %543, i64 %536
  store i64 %544, i64* %lowEnd, align 8
  %545 = add i64 %505, 64
  %546 = sub i64 %505, %scratch_start
  %547 = lshr i64 %546, 4
  %548 = add i64 %545, %547
  %549 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %548)
  %550 = call i64 @llvm.umax.i64(i64 %537, i64 %549)
  %551 = select i1 %533, i64 %537, i64 %550
  store i64 %551, i64* %highEnd, align 8
  store i64 %535, i64* %lowStart, align 8
  br label %write.ok
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
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
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
  %195 = load i32, i32* %readings, align 4
  store i32 %195, i32* %xs, align 4
  %196 = load i32, i32* %xs, align 4
  %197 = zext i32 %196 to i64
  %198 = add i64 %197, 4
  %199 = icmp ugt i64 %198, %arena_size
  br i1 %199, label %trap17.site0, label %ok19

ok16:                                             ; preds = %write.slow14
  %200 = icmp ult i64 %162, %scratch_start
  %201 = load i64, i64* %lowStart, align 8
  %202 = call i64 @llvm.umin.i64(i64 %201, i64 %162)
  %203 = load i64, i64* %lowEnd, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = add i64 %163, 64
  %206 = sub i64 %163, %202
  %207 = lshr i64 %206, 4
  %208 = add i64 %205, %207
  %209 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %208)
  %210 = call i64 @llvm.umax.i64(i64 %203, i64 %209)
  %211 = select i1 %200, i64 %210, i64 %203
  store i64 %211, i64* %lowEnd, align 8
  %212 = add i64 %163, 64
  %213 = sub i64 %163, %scratch_start
  %214 = lshr i64 %213, 4
  %215 = add i64 %212, %214
  %216 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %215)
  %217 = call i64 @llvm.umax.i64(i64 %204, i64 %216)
  %218 = select i1 %200, i64 %204, i64 %217
  store i64 %218, i64* %highEnd, align 8
  store i64 %202, i64* %lowStart, align 8
  br label %write.ok15

e1:                                               ; preds = %write.ok37
  %219 = load i32, i32* %result18, align 4
  store i32 %219, i32* %celsius, align 4
  %220 = load i32, i32* %dict, align 4
  %221 = load i32, i32* %celsius, align 4
  %222 = zext i32 %220 to i64
  %223 = add i64 %222, 4
  %224 = add i64 %223, 4
  %225 = icmp uge i64 %223, %scratch_start
  %226 = load i64, i64* %highEnd, align 8
  %227 = icmp ule i64 %224, %226
  %228 = and i1 %225, %227
  br i1 %228, label %write.ok42, label %write.low40

ok19:                                             ; preds = %write.ok15
  %229 = getelementptr i8, i8* %mem, i64 %197
  %230 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %230, i8* %229, i64 4, i1 false)
  %231 = load i32, i32* %unaligned20, align 4
  %232 = zext i32 %231 to i64
  %233 = mul i64 %232, 8
  %234 = add i64 8, %233
  store i64 %234, i64* %size, align 8
  %235 = load i64, i64* %size, align 8
  %236 = icmp ugt i64 %235, 2147483647
  %237 = zext i1 %236 to i32
  %238 = icmp ne i32 %237, 0
  br i1 %238, label %then, label %else

then:                                             ; preds = %ok19
  br label %trap15.site5

else:                                             ; preds = %ok19
  br label %join

join:                                             ; preds = %else, %dead
  %239 = load i64, i64* %size, align 8
  %240 = trunc i64 %239 to i32
  %241 = zext i32 %240 to i64
  %242 = getelementptr i64, i64* %regs, i64 1
  %243 = getelementptr i64, i64* %regs, i64 2
  %244 = load i64, i64* %242, align 8
  %245 = add i64 %244, 7
  %246 = and i64 %245, -8
  %247 = add i64 %246, %241
  %248 = load i64, i64* %243, align 8
  %249 = icmp ugt i64 %247, %248
  br i1 %249, label %trap15.site5, label %ok21

trap15.site5:                                     ; preds = %join, %then
  %250 = load i64, i64* %lowStart, align 8
  %251 = getelementptr i64, i64* %regs, i64 6
  store i64 %250, i64* %251, align 8
  %252 = load i64, i64* %lowEnd, align 8
  %253 = getelementptr i64, i64* %regs, i64 7
  store i64 %252, i64* %253, align 8
  %254 = load i64, i64* %highEnd, align 8
  %255 = getelementptr i64, i64* %regs, i64 8
  store i64 %254, i64* %255, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok21:                                             ; preds = %join
  store i64 %247, i64* %242, align 8
  %256 = load i64, i64* %highEnd, align 8
  %257 = call i64 @llvm.umax.i64(i64 %256, i64 %247)
  store i64 %257, i64* %highEnd, align 8
  %258 = trunc i64 %246 to i32
  store i32 %258, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %259 = load i32, i32* %xs, align 4
  %260 = zext i32 %259 to i64
  %261 = add i64 %260, 4
  %262 = icmp ugt i64 %261, %arena_size
  br i1 %262, label %trap17.site0, label %ok22

ok22:                                             ; preds = %ok21
  %263 = getelementptr i8, i8* %mem, i64 %260
  %264 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %264, i8* %263, i64 4, i1 false)
  %265 = load i32, i32* %unaligned23, align 4
  store i32 %265, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead34, %ok24
  %266 = load i32, i32* %list, align 4
  %267 = load i32, i32* %len, align 4
  %268 = zext i32 %266 to i64
  %269 = add i64 %268, 4
  %270 = icmp uge i64 %268, %scratch_start
  %271 = load i64, i64* %highEnd, align 8
  %272 = icmp ule i64 %269, %271
  %273 = and i1 %270, %272
  br i1 %273, label %write.ok37, label %write.low35

each4:                                            ; preds = %write.ok31, %ok22
  %274 = load i64, i64* %fuel, align 8
  %275 = icmp ult i64 %274, 1
  br i1 %275, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each4
  %276 = sub i64 %274, 1
  store i64 %276, i64* %fuel, align 8
  %277 = load i32, i32* %k, align 4
  %278 = load i32, i32* %n, align 4
  %279 = icmp uge i32 %277, %278
  %280 = zext i1 %279 to i32
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %block3, label %cont

cont:                                             ; preds = %ok24
  %282 = load i32, i32* %xs, align 4
  %283 = load i32, i32* %k, align 4
  %284 = mul i32 %283, 4
  %285 = add i32 %282, %284
  %286 = zext i32 %285 to i64
  %287 = add i64 %286, 4
  %288 = add i64 %287, 4
  %289 = icmp ugt i64 %288, %arena_size
  br i1 %289, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %290 = getelementptr i8, i8* %mem, i64 %287
  %291 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %291, i8* %290, i64 4, i1 false)
  %292 = load i32, i32* %unaligned26, align 4
  store i32 %292, i32* %x, align 4
  %293 = load i32, i32* %x, align 4
  store i32 %293, i32* %r, align 4
  %294 = load i32, i32* %list, align 4
  %295 = load i32, i32* %len, align 4
  %296 = mul i32 %295, 8
  %297 = add i32 %294, %296
  %298 = load i32, i32* %r, align 4
  %299 = icmp uge i32 %depth, 1000
  br i1 %299, label %trap15.site6, label %ok27

ok27:                                             ; preds = %ok25
  %300 = icmp ult i64 %10, %stack_limit
  br i1 %300, label %trap253.site0, label %stack_ok28

trap15.site6:                                     ; preds = %ok25
  %301 = load i64, i64* %lowStart, align 8
  %302 = getelementptr i64, i64* %regs, i64 6
  store i64 %301, i64* %302, align 8
  %303 = load i64, i64* %lowEnd, align 8
  %304 = getelementptr i64, i64* %regs, i64 7
  store i64 %303, i64* %304, align 8
  %305 = load i64, i64* %highEnd, align 8
  %306 = getelementptr i64, i64* %regs, i64 8
  store i64 %305, i64* %306, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %307 = load i64, i64* %fuel, align 8
  %308 = getelementptr i64, i64* %regs, i64 0
  store i64 %307, i64* %308, align 8
  %309 = load i64, i64* %lowStart, align 8
  %310 = getelementptr i64, i64* %regs, i64 6
  store i64 %309, i64* %310, align 8
  %311 = load i64, i64* %lowEnd, align 8
  %312 = getelementptr i64, i64* %regs, i64 7
  store i64 %311, i64* %312, align 8
  %313 = load i64, i64* %highEnd, align 8
  %314 = getelementptr i64, i64* %regs, i64 8
  store i64 %313, i64* %314, align 8
  %315 = add i32 %depth, 1
  %316 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %315, i32 0, i32 %298)
  %317 = getelementptr i64, i64* %regs, i64 0
  %318 = load i64, i64* %317, align 8
  store i64 %318, i64* %fuel, align 8
  %319 = getelementptr i64, i64* %regs, i64 6
  %320 = load i64, i64* %319, align 8
  store i64 %320, i64* %lowStart, align 8
  %321 = getelementptr i64, i64* %regs, i64 7
  %322 = load i64, i64* %321, align 8
  store i64 %322, i64* %lowEnd, align 8
  %323 = getelementptr i64, i64* %regs, i64 8
  %324 = load i64, i64* %323, align 8
  store i64 %324, i64* %highEnd, align 8
  %325 = zext i32 %297 to i64
  %326 = add i64 %325, 8
  %327 = add i64 %326, 8
  %328 = icmp uge i64 %326, %scratch_start
  %329 = load i64, i64* %highEnd, align 8
  %330 = icmp ule i64 %327, %329
  %331 = and i1 %328, %330
  br i1 %331, label %write.ok31, label %write.low29

write.low29:                                      ; preds = %stack_ok28
  %332 = load i64, i64* %lowStart, align 8
  %333 = icmp uge i64 %326, %332
  %334 = load i64, i64* %lowEnd, align 8
  %335 = icmp ule i64 %327, %334
  %336 = and i1 %333, %335
  br i1 %336, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %337 = icmp ugt i64 %327, %arena_size
  br i1 %337, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %stack_ok28
  %338 = getelementptr i8, i8* %mem, i64 %326
  %339 = bitcast double %316 to i64
  %340 = and i64 %339, 9223372036854775807
  %341 = icmp ugt i64 %340, 9218868437227405312
  %342 = select i1 %341, i64 9221120237041090560, i64 %339
  store i64 %342, i64* %unaligned33, align 8
  %343 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %338, i8* %343, i64 8, i1 false)
  %344 = load i32, i32* %len, align 4
  %345 = add i32 %344, 1
  store i32 %345, i32* %len, align 4
  %346 = load i32, i32* %k, align 4
  %347 = add i32 %346, 1
  store i32 %347, i32* %k, align 4
  br label %each4

ok32:                                             ; preds = %write.slow30
  %348 = icmp ult i64 %326, %scratch_start
  %349 = load i64, i64* %lowStart, align 8
  %350 = call i64 @llvm.umin.i64(i64 %349, i64 %326)
  %351 = load i64, i64* %lowEnd, align 8
  %352 = load i64, i64* %highEnd, align 8
  %353 = add i64 %327, 64
  %354 = sub i64 %327, %350
  %355 = lshr i64 %354, 4
  %356 = add i64 %353, %355
  %357 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %356)
  %358 = call i64 @llvm.umax.i64(i64 %351, i64 %357)
  %359 = select i1 %348, i64 %358, i64 %351
  store i64 %359, i64* %lowEnd, align 8
  %360 = add i64 %327, 64
  %361 = sub i64 %327, %scratch_start
  %362 = lshr i64 %361, 4
  %363 = add i64 %360, %362
  %364 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %363)
  %365 = call i64 @llvm.umax.i64(i64 %352, i64 %364)
  %366 = select i1 %348, i64 %352, i64 %365
  store i64 %366, i64* %highEnd, align 8
  store i64 %350, i64* %lowStart, align 8
  br label %write.ok31

dead34:                                           ; No predecessors!
  br label %block3

write.low35:                                      ; preds = %block3
  %367 = load i64, i64* %lowStart, align 8
  %368 = icmp uge i64 %268, %367
  %369 = load i64, i64* %lowEnd, align 8
  %370 = icmp ule i64 %269, %369
  %371 = and i1 %368, %370
  br i1 %371, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %372 = icmp ugt i64 %269, %arena_size
  br i1 %372, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %block3
  %373 = getelementptr i8, i8* %mem, i64 %268
  store i32 %267, i32* %unaligned39, align 4
  %374 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %373, i8* %374, i64 4, i1 false)
  %375 = load i32, i32* %list, align 4
  store i32 %375, i32* %result18, align 4
  br label %e1

ok38:                                             ; preds = %write.slow36
  %376 = icmp ult i64 %268, %scratch_start
  %377 = load i64, i64* %lowStart, align 8
  %378 = call i64 @llvm.umin.i64(i64 %377, i64 %268)
  %379 = load i64, i64* %lowEnd, align 8
  %380 = load i64, i64* %highEnd, align 8
  %381 = add i64 %269, 64
  %382 = sub i64 %269, %378
  %383 = lshr i64 %382, 4
  %384 = add i64 %381, %383
  %385 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %384)
  %386 = call i64 @llvm.umax.i64(i64 %379, i64 %385)
  %387 = select i1 %376, i64 %386, i64 %379
  store i64 %387, i64* %lowEnd, align 8
  %388 = add i64 %269, 64
  %389 = sub i64 %269, %scratch_start
  %390 = lshr i64 %389, 4
  %391 = add i64 %388, %390
  %392 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %391)
  %393 = call i64 @llvm.umax.i64(i64 %380, i64 %392)
  %394 = select i1 %376, i64 %380, i64 %393
  store i64 %394, i64* %highEnd, align 8
  store i64 %378, i64* %lowStart, align 8
  br label %write.ok37

write.low40:                                      ; preds = %e1
  %395 = load i64, i64* %lowStart, align 8
  %396 = icmp uge i64 %223, %395
  %397 = load i64, i64* %lowEnd, align 8
  %398 = icmp ule i64 %224, %397
  %399 = and i1 %396, %398
  br i1 %399, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %400 = icmp ugt i64 %224, %arena_size
  br i1 %400, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %e1
  %401 = getelementptr i8, i8* %mem, i64 %223
  store i32 %221, i32* %unaligned44, align 4
  %402 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %401, i8* %402, i64 4, i1 false)
  %403 = load i32, i32* %readings, align 4
  store i32 %403, i32* %xs.1, align 4
  %404 = load i32, i32* %xs.1, align 4
  %405 = zext i32 %404 to i64
  %406 = add i64 %405, 4
  %407 = icmp ugt i64 %406, %arena_size
  br i1 %407, label %trap17.site0, label %ok46

ok43:                                             ; preds = %write.slow41
  %408 = icmp ult i64 %223, %scratch_start
  %409 = load i64, i64* %lowStart, align 8
  %410 = call i64 @llvm.umin.i64(i64 %409, i64 %223)
  %411 = load i64, i64* %lowEnd, align 8
  %412 = load i64, i64* %highEnd, align 8
  %413 = add i64 %224, 64
  %414 = sub i64 %224, %410
  %415 = lshr i64 %414, 4
  %416 = add i64 %413, %415
  %417 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %416)
  %418 = call i64 @llvm.umax.i64(i64 %411, i64 %417)
  %419 = select i1 %408, i64 %418, i64 %411
  store i64 %419, i64* %lowEnd, align 8
  %420 = add i64 %224, 64
  %421 = sub i64 %224, %scratch_start
  %422 = lshr i64 %421, 4
  %423 = add i64 %420, %422
  %424 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %423)
  %425 = call i64 @llvm.umax.i64(i64 %412, i64 %424)
  %426 = select i1 %408, i64 %412, i64 %425
  store i64 %426, i64* %highEnd, align 8
  store i64 %410, i64* %lowStart, align 8
  br label %write.ok42

e7:                                               ; preds = %ok46
  %427 = load i64, i64* %result45, align 8
  store i64 %427, i64* %count, align 8
  %428 = load i32, i32* %dict, align 4
  %429 = load i64, i64* %count, align 8
  %430 = zext i32 %428 to i64
  %431 = add i64 %430, 8
  %432 = add i64 %431, 8
  %433 = icmp uge i64 %431, %scratch_start
  %434 = load i64, i64* %highEnd, align 8
  %435 = icmp ule i64 %432, %434
  %436 = and i1 %433, %435
  br i1 %436, label %write.ok50, label %write.low48

ok46:                                             ; preds = %write.ok42
  %437 = getelementptr i8, i8* %mem, i64 %405
  %438 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %438, i8* %437, i64 4, i1 false)
  %439 = load i32, i32* %unaligned47, align 4
  %440 = zext i32 %439 to i64
  store i64 %440, i64* %result45, align 8
  br label %e7

write.low48:                                      ; preds = %e7
  %441 = load i64, i64* %lowStart, align 8
  %442 = icmp uge i64 %431, %441
  %443 = load i64, i64* %lowEnd, align 8
  %444 = icmp ule i64 %432, %443
  %445 = and i1 %442, %444
  br i1 %445, label %write.ok50, label %write.slow49

write.slow49:                                     ; preds = %write.low48
  %446 = icmp ugt i64 %432, %arena_size
  br i1 %446, label %trap17.site0, label %ok51

write.ok50:                                       ; preds = %ok51, %write.low48, %e7
  %447 = getelementptr i8, i8* %mem, i64 %431
  store i64 %429, i64* %unaligned52, align 8
  %448 = bitcast i64* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %447, i8* %448, i64 8, i1 false)
  %449 = load i32, i32* %readings, align 4
  store i32 %449, i32* %xs.2, align 4
  %450 = load i32, i32* %xs.2, align 4
  %451 = zext i32 %450 to i64
  %452 = add i64 %451, 4
  %453 = icmp ugt i64 %452, %arena_size
  br i1 %453, label %trap17.site0, label %ok55

ok51:                                             ; preds = %write.slow49
  %454 = icmp ult i64 %431, %scratch_start
  %455 = load i64, i64* %lowStart, align 8
  %456 = call i64 @llvm.umin.i64(i64 %455, i64 %431)
  %457 = load i64, i64* %lowEnd, align 8
  %458 = load i64, i64* %highEnd, align 8
  %459 = add i64 %432, 64
  %460 = sub i64 %432, %456
  %461 = lshr i64 %460, 4
  %462 = add i64 %459, %461
  %463 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %462)
  %464 = call i64 @llvm.umax.i64(i64 %457, i64 %463)
  %465 = select i1 %454, i64 %464, i64 %457
  store i64 %465, i64* %lowEnd, align 8
  %466 = add i64 %432, 64
  %467 = sub i64 %432, %scratch_start
  %468 = lshr i64 %467, 4
  %469 = add i64 %466, %468
  %470 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %469)
  %471 = call i64 @llvm.umax.i64(i64 %458, i64 %470)
  %472 = select i1 %454, i64 %458, i64 %471
  store i64 %472, i64* %highEnd, align 8
  store i64 %456, i64* %lowStart, align 8
  br label %write.ok50

e10:                                              ; preds = %block17
  %473 = load i32, i32* %result53, align 4
  %474 = icmp ne i32 %473, 0
  br i1 %474, label %then101, label %else102

e11:                                              ; preds = %write.ok78
  %475 = load i32, i32* %result54, align 4
  store i32 %475, i32* %xs.3, align 4
  store i32 1, i32* %unique, align 4
  %476 = load i32, i32* %xs.3, align 4
  %477 = zext i32 %476 to i64
  %478 = add i64 %477, 4
  %479 = icmp ugt i64 %478, %arena_size
  br i1 %479, label %trap17.site0, label %ok81

ok55:                                             ; preds = %write.ok50
  %480 = getelementptr i8, i8* %mem, i64 %451
  %481 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %481, i8* %480, i64 4, i1 false)
  %482 = load i32, i32* %unaligned56, align 4
  %483 = zext i32 %482 to i64
  %484 = mul i64 %483, 4
  %485 = add i64 4, %484
  store i64 %485, i64* %size.1, align 8
  %486 = load i64, i64* %size.1, align 8
  %487 = icmp ugt i64 %486, 2147483647
  %488 = zext i1 %487 to i32
  %489 = icmp ne i32 %488, 0
  br i1 %489, label %then57, label %else58

then57:                                           ; preds = %ok55
  br label %trap15.site9

else58:                                           ; preds = %ok55
  br label %join59

join59:                                           ; preds = %else58, %dead60
  %490 = load i64, i64* %size.1, align 8
  %491 = trunc i64 %490 to i32
  %492 = zext i32 %491 to i64
  %493 = getelementptr i64, i64* %regs, i64 1
  %494 = getelementptr i64, i64* %regs, i64 2
  %495 = load i64, i64* %493, align 8
  %496 = add i64 %495, 3
  %497 = and i64 %496, -4
  %498 = add i64 %497, %492
  %499 = load i64, i64* %494, align 8
  %500 = icmp ugt i64 %498, %499
  br i1 %500, label %trap15.site9, label %ok61

trap15.site9:                                     ; preds = %join59, %then57
  %501 = load i64, i64* %lowStart, align 8
  %502 = getelementptr i64, i64* %regs, i64 6
  store i64 %501, i64* %502, align 8
  %503 = load i64, i64* %lowEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 7
  store i64 %503, i64* %504, align 8
  %505 = load i64, i64* %highEnd, align 8
  %506 = getelementptr i64, i64* %regs, i64 8
  store i64 %505, i64* %506, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead60:                                           ; No predecessors!
  br label %join59

ok61:                                             ; preds = %join59
  store i64 %498, i64* %493, align 8
  %507 = load i64, i64* %highEnd, align 8
  %508 = call i64 @llvm.umax.i64(i64 %507, i64 %498)
  store i64 %508, i64* %highEnd, align 8
  %509 = trunc i64 %497 to i32
  store i32 %509, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %510 = load i32, i32* %xs.2, align 4
  %511 = zext i32 %510 to i64
  %512 = add i64 %511, 4
  %513 = icmp ugt i64 %512, %arena_size
  br i1 %513, label %trap17.site0, label %ok62

ok62:                                             ; preds = %ok61
  %514 = getelementptr i8, i8* %mem, i64 %511
  %515 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %515, i8* %514, i64 4, i1 false)
  %516 = load i32, i32* %unaligned63, align 4
  store i32 %516, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead75, %ok64
  %517 = load i32, i32* %list.1, align 4
  %518 = load i32, i32* %len.1, align 4
  %519 = zext i32 %517 to i64
  %520 = add i64 %519, 4
  %521 = icmp uge i64 %519, %scratch_start
  %522 = load i64, i64* %highEnd, align 8
  %523 = icmp ule i64 %520, %522
  %524 = and i1 %521, %523
  br i1 %524, label %write.ok78, label %write.low76

each14:                                           ; preds = %write.ok72, %ok62
  %525 = load i64, i64* %fuel, align 8
  %526 = icmp ult i64 %525, 1
  br i1 %526, label %trap14.site0, label %ok64

ok64:                                             ; preds = %each14
  %527 = sub i64 %525, 1
  store i64 %527, i64* %fuel, align 8
  %528 = load i32, i32* %k.1, align 4
  %529 = load i32, i32* %n.1, align 4
  %530 = icmp uge i32 %528, %529
  %531 = zext i1 %530 to i32
  %532 = icmp ne i32 %531, 0
  br i1 %532, label %block13, label %cont65

cont65:                                           ; preds = %ok64
  %533 = load i32, i32* %xs.2, align 4
  %534 = load i32, i32* %k.1, align 4
  %535 = mul i32 %534, 4
  %536 = add i32 %533, %535
  %537 = zext i32 %536 to i64
  %538 = add i64 %537, 4
  %539 = add i64 %538, 4
  %540 = icmp ugt i64 %539, %arena_size
  br i1 %540, label %trap17.site0, label %ok66

ok66:                                             ; preds = %cont65
  %541 = getelementptr i8, i8* %mem, i64 %538
  %542 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %542, i8* %541, i64 4, i1 false)
  %543 = load i32, i32* %unaligned67, align 4
  store i32 %543, i32* %x.1, align 4
  %544 = load i32, i32* %x.1, align 4
  store i32 %544, i32* %r.1, align 4
  %545 = load i32, i32* %list.1, align 4
  %546 = load i32, i32* %len.1, align 4
  %547 = mul i32 %546, 4
  %548 = add i32 %545, %547
  %549 = load i32, i32* %r.1, align 4
  %550 = zext i32 %549 to i64
  %551 = add i64 %550, 4
  %552 = icmp ugt i64 %551, %arena_size
  br i1 %552, label %trap17.site10, label %ok68

ok68:                                             ; preds = %ok66
  %553 = getelementptr i8, i8* %mem, i64 %550
  %554 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %554, i8* %553, i64 4, i1 false)
  %555 = load i32, i32* %unaligned69, align 4
  %556 = zext i32 %548 to i64
  %557 = add i64 %556, 4
  %558 = add i64 %557, 4
  %559 = icmp uge i64 %557, %scratch_start
  %560 = load i64, i64* %highEnd, align 8
  %561 = icmp ule i64 %558, %560
  %562 = and i1 %559, %561
  br i1 %562, label %write.ok72, label %write.low70

trap17.site10:                                    ; preds = %ok66
  %563 = load i64, i64* %lowStart, align 8
  %564 = getelementptr i64, i64* %regs, i64 6
  store i64 %563, i64* %564, align 8
  %565 = load i64, i64* %lowEnd, align 8
  %566 = getelementptr i64, i64* %regs, i64 7
  store i64 %565, i64* %566, align 8
  %567 = load i64, i64* %highEnd, align 8
  %568 = getelementptr i64, i64* %regs, i64 8
  store i64 %567, i64* %568, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

write.low70:                                      ; preds = %ok68
  %569 = load i64, i64* %lowStart, align 8
  %570 = icmp uge i64 %557, %569
  %571 = load i64, i64* %lowEnd, align 8
  %572 = icmp ule i64 %558, %571
  %573 = and i1 %570, %572
  br i1 %573, label %write.ok72, label %write.slow71

write.slow71:                                     ; preds = %write.low70
  %574 = icmp ugt i64 %558, %arena_size
  br i1 %574, label %trap17.site0, label %ok73

write.ok72:                                       ; preds = %ok73, %write.low70, %ok68
  %575 = getelementptr i8, i8* %mem, i64 %557
  store i32 %555, i32* %unaligned74, align 4
  %576 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %575, i8* %576, i64 4, i1 false)
  %577 = load i32, i32* %len.1, align 4
  %578 = add i32 %577, 1
  store i32 %578, i32* %len.1, align 4
  %579 = load i32, i32* %k.1, align 4
  %580 = add i32 %579, 1
  store i32 %580, i32* %k.1, align 4
  br label %each14

ok73:                                             ; preds = %write.slow71
  %581 = icmp ult i64 %557, %scratch_start
  %582 = load i64, i64* %lowStart, align 8
  %583 = call i64 @llvm.umin.i64(i64 %582, i64 %557)
  %584 = load i64, i64* %lowEnd, align 8
  %585 = load i64, i64* %highEnd, align 8
  %586 = add i64 %558, 64
  %587 = sub i64 %558, %583
  %588 = lshr i64 %587, 4
  %589 = add i64 %586, %588
  %590 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %589)
  %591 = call i64 @llvm.umax.i64(i64 %584, i64 %590)
  %592 = select i1 %581, i64 %591, i64 %584
  store i64 %592, i64* %lowEnd, align 8
  %593 = add i64 %558, 64
  %594 = sub i64 %558, %scratch_start
  %595 = lshr i64 %594, 4
  %596 = add i64 %593, %595
  %597 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %596)
  %598 = call i64 @llvm.umax.i64(i64 %585, i64 %597)
  %599 = select i1 %581, i64 %585, i64 %598
  store i64 %599, i64* %highEnd, align 8
  store i64 %583, i64* %lowStart, align 8
  br label %write.ok72

dead75:                                           ; No predecessors!
  br label %block13

write.low76:                                      ; preds = %block13
  %600 = load i64, i64* %lowStart, align 8
  %601 = icmp uge i64 %519, %600
  %602 = load i64, i64* %lowEnd, align 8
  %603 = icmp ule i64 %520, %602
  %604 = and i1 %601, %603
  br i1 %604, label %write.ok78, label %write.slow77

write.slow77:                                     ; preds = %write.low76
  %605 = icmp ugt i64 %520, %arena_size
  br i1 %605, label %trap17.site0, label %ok79

write.ok78:                                       ; preds = %ok79, %write.low76, %block13
  %606 = getelementptr i8, i8* %mem, i64 %519
  store i32 %518, i32* %unaligned80, align 4
  %607 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %606, i8* %607, i64 4, i1 false)
  %608 = load i32, i32* %list.1, align 4
  store i32 %608, i32* %result54, align 4
  br label %e11

ok79:                                             ; preds = %write.slow77
  %609 = icmp ult i64 %519, %scratch_start
  %610 = load i64, i64* %lowStart, align 8
  %611 = call i64 @llvm.umin.i64(i64 %610, i64 %519)
  %612 = load i64, i64* %lowEnd, align 8
  %613 = load i64, i64* %highEnd, align 8
  %614 = add i64 %520, 64
  %615 = sub i64 %520, %611
  %616 = lshr i64 %615, 4
  %617 = add i64 %614, %616
  %618 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %617)
  %619 = call i64 @llvm.umax.i64(i64 %612, i64 %618)
  %620 = select i1 %609, i64 %619, i64 %612
  store i64 %620, i64* %lowEnd, align 8
  %621 = add i64 %520, 64
  %622 = sub i64 %520, %scratch_start
  %623 = lshr i64 %622, 4
  %624 = add i64 %621, %623
  %625 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %624)
  %626 = call i64 @llvm.umax.i64(i64 %613, i64 %625)
  %627 = select i1 %609, i64 %613, i64 %626
  store i64 %627, i64* %highEnd, align 8
  store i64 %611, i64* %lowStart, align 8
  br label %write.ok78

ok81:                                             ; preds = %e11
  %628 = getelementptr i8, i8* %mem, i64 %477
  %629 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %629, i8* %628, i64 4, i1 false)
  %630 = load i32, i32* %unaligned82, align 4
  store i32 %630, i32* %n.2, align 4
  store i32 0, i32* %i, align 4
  br label %loop18

block17:                                          ; preds = %dead100, %then95, %ok83
  %631 = load i32, i32* %unique, align 4
  store i32 %631, i32* %result53, align 4
  br label %e10

loop18:                                           ; preds = %join88, %ok81
  %632 = load i64, i64* %fuel, align 8
  %633 = icmp ult i64 %632, 1
  br i1 %633, label %trap14.site0, label %ok83

ok83:                                             ; preds = %loop18
  %634 = sub i64 %632, 1
  store i64 %634, i64* %fuel, align 8
  %635 = load i32, i32* %i, align 4
  %636 = load i32, i32* %n.2, align 4
  %637 = icmp uge i32 %635, %636
  %638 = zext i1 %637 to i32
  %639 = icmp ne i32 %638, 0
  br i1 %639, label %block17, label %cont84

cont84:                                           ; preds = %ok83
  %640 = load i32, i32* %i, align 4
  %641 = add i32 %640, 1
  store i32 %641, i32* %j, align 4
  br label %loop19

loop19:                                           ; preds = %join97, %cont84
  %642 = load i64, i64* %fuel, align 8
  %643 = icmp ult i64 %642, 1
  br i1 %643, label %trap14.site0, label %ok85

ok85:                                             ; preds = %loop19
  %644 = sub i64 %642, 1
  store i64 %644, i64* %fuel, align 8
  %645 = load i32, i32* %j, align 4
  %646 = load i32, i32* %n.2, align 4
  %647 = icmp ult i32 %645, %646
  %648 = zext i1 %647 to i32
  %649 = icmp ne i32 %648, 0
  br i1 %649, label %then86, label %else87

then86:                                           ; preds = %ok85
  %650 = load i32, i32* %xs.3, align 4
  %651 = load i32, i32* %i, align 4
  %652 = mul i32 %651, 4
  %653 = add i32 %650, %652
  %654 = zext i32 %653 to i64
  %655 = add i64 %654, 4
  %656 = add i64 %655, 4
  %657 = icmp ugt i64 %656, %arena_size
  br i1 %657, label %trap17.site0, label %ok89

else87:                                           ; preds = %ok85
  br label %join88

join88:                                           ; preds = %else87, %dead99
  %658 = load i32, i32* %i, align 4
  %659 = add i32 %658, 1
  store i32 %659, i32* %i, align 4
  br label %loop18

ok89:                                             ; preds = %then86
  %660 = getelementptr i8, i8* %mem, i64 %655
  %661 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %661, i8* %660, i64 4, i1 false)
  %662 = load i32, i32* %unaligned90, align 4
  %663 = load i32, i32* %xs.3, align 4
  %664 = load i32, i32* %j, align 4
  %665 = mul i32 %664, 4
  %666 = add i32 %663, %665
  %667 = zext i32 %666 to i64
  %668 = add i64 %667, 4
  %669 = add i64 %668, 4
  %670 = icmp ugt i64 %669, %arena_size
  br i1 %670, label %trap17.site0, label %ok91

ok91:                                             ; preds = %ok89
  %671 = getelementptr i8, i8* %mem, i64 %668
  %672 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %672, i8* %671, i64 4, i1 false)
  %673 = load i32, i32* %unaligned92, align 4
  %674 = icmp uge i32 %depth, 1000
  br i1 %674, label %trap15.site0, label %ok93

ok93:                                             ; preds = %ok91
  %675 = icmp ult i64 %10, %stack_limit
  br i1 %675, label %trap253.site0, label %stack_ok94

trap15.site0:                                     ; preds = %then242, %e0, %ok91
  %676 = load i64, i64* %lowStart, align 8
  %677 = getelementptr i64, i64* %regs, i64 6
  store i64 %676, i64* %677, align 8
  %678 = load i64, i64* %lowEnd, align 8
  %679 = getelementptr i64, i64* %regs, i64 7
  store i64 %678, i64* %679, align 8
  %680 = load i64, i64* %highEnd, align 8
  %681 = getelementptr i64, i64* %regs, i64 8
  store i64 %680, i64* %681, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok94:                                       ; preds = %ok93
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
  %691 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %690, i32 %662, i32 %673)
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
  %700 = icmp ne i32 %691, 0
  br i1 %700, label %then95, label %else96

then95:                                           ; preds = %stack_ok94
  store i32 0, i32* %unique, align 4
  br label %block17

else96:                                           ; preds = %stack_ok94
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %701 = load i32, i32* %j, align 4
  %702 = add i32 %701, 1
  store i32 %702, i32* %j, align 4
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
  %703 = load i32, i32* %result104, align 4
  store i32 %703, i32* %sensors, align 4
  %704 = load i32, i32* %dict, align 4
  %705 = load i32, i32* %sensors, align 4
  %706 = zext i32 %704 to i64
  %707 = add i64 %706, 16
  %708 = add i64 %707, 4
  %709 = icmp uge i64 %707, %scratch_start
  %710 = load i64, i64* %highEnd, align 8
  %711 = icmp ule i64 %708, %710
  %712 = and i1 %709, %711
  br i1 %712, label %write.ok107, label %write.low105

write.low105:                                     ; preds = %join103
  %713 = load i64, i64* %lowStart, align 8
  %714 = icmp uge i64 %707, %713
  %715 = load i64, i64* %lowEnd, align 8
  %716 = icmp ule i64 %708, %715
  %717 = and i1 %714, %716
  br i1 %717, label %write.ok107, label %write.slow106

write.slow106:                                    ; preds = %write.low105
  %718 = icmp ugt i64 %708, %arena_size
  br i1 %718, label %trap17.site0, label %ok108

write.ok107:                                      ; preds = %ok108, %write.low105, %join103
  %719 = getelementptr i8, i8* %mem, i64 %707
  store i32 %705, i32* %unaligned109, align 4
  %720 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %719, i8* %720, i64 4, i1 false)
  %721 = load i32, i32* %celsius, align 4
  store i32 %721, i32* %xs.4, align 4
  %722 = load i32, i32* %xs.4, align 4
  %723 = zext i32 %722 to i64
  %724 = add i64 %723, 4
  %725 = icmp ugt i64 %724, %arena_size
  br i1 %725, label %trap17.site0, label %ok111

ok108:                                            ; preds = %write.slow106
  %726 = icmp ult i64 %707, %scratch_start
  %727 = load i64, i64* %lowStart, align 8
  %728 = call i64 @llvm.umin.i64(i64 %727, i64 %707)
  %729 = load i64, i64* %lowEnd, align 8
  %730 = load i64, i64* %highEnd, align 8
  %731 = add i64 %708, 64
  %732 = sub i64 %708, %728
  %733 = lshr i64 %732, 4
  %734 = add i64 %731, %733
  %735 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %734)
  %736 = call i64 @llvm.umax.i64(i64 %729, i64 %735)
  %737 = select i1 %726, i64 %736, i64 %729
  store i64 %737, i64* %lowEnd, align 8
  %738 = add i64 %708, 64
  %739 = sub i64 %708, %scratch_start
  %740 = lshr i64 %739, 4
  %741 = add i64 %738, %740
  %742 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %741)
  %743 = call i64 @llvm.umax.i64(i64 %730, i64 %742)
  %744 = select i1 %726, i64 %730, i64 %743
  store i64 %744, i64* %highEnd, align 8
  store i64 %728, i64* %lowStart, align 8
  br label %write.ok107

e22:                                              ; preds = %block24
  %745 = load double, double* %result110, align 8
  store double %745, double* %max_c, align 8
  %746 = load i32, i32* %dict, align 4
  %747 = load double, double* %max_c, align 8
  %748 = zext i32 %746 to i64
  %749 = add i64 %748, 24
  %750 = add i64 %749, 8
  %751 = icmp uge i64 %749, %scratch_start
  %752 = load i64, i64* %highEnd, align 8
  %753 = icmp ule i64 %750, %752
  %754 = and i1 %751, %753
  br i1 %754, label %write.ok129, label %write.low127

ok111:                                            ; preds = %write.ok107
  %755 = getelementptr i8, i8* %mem, i64 %723
  %756 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %756, i8* %755, i64 4, i1 false)
  %757 = load i32, i32* %unaligned112, align 4
  %758 = icmp eq i32 %757, 0
  %759 = zext i1 %758 to i32
  %760 = icmp ne i32 %759, 0
  br i1 %760, label %then113, label %else114

then113:                                          ; preds = %ok111
  br label %trap4.site11

else114:                                          ; preds = %ok111
  br label %join115

join115:                                          ; preds = %else114, %dead116
  store i32 1, i32* %first, align 4
  %761 = load i32, i32* %xs.4, align 4
  %762 = zext i32 %761 to i64
  %763 = add i64 %762, 4
  %764 = icmp ugt i64 %763, %arena_size
  br i1 %764, label %trap17.site0, label %ok117

trap4.site11:                                     ; preds = %then113
  %765 = load i64, i64* %lowStart, align 8
  %766 = getelementptr i64, i64* %regs, i64 6
  store i64 %765, i64* %766, align 8
  %767 = load i64, i64* %lowEnd, align 8
  %768 = getelementptr i64, i64* %regs, i64 7
  store i64 %767, i64* %768, align 8
  %769 = load i64, i64* %highEnd, align 8
  %770 = getelementptr i64, i64* %regs, i64 8
  store i64 %769, i64* %770, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 11)
  unreachable

dead116:                                          ; No predecessors!
  br label %join115

ok117:                                            ; preds = %join115
  %771 = getelementptr i8, i8* %mem, i64 %762
  %772 = bitcast i32* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %772, i8* %771, i64 4, i1 false)
  %773 = load i32, i32* %unaligned118, align 4
  store i32 %773, i32* %n.3, align 4
  store i32 0, i32* %k.2, align 4
  br label %each25

block24:                                          ; preds = %dead126, %ok119
  %774 = load double, double* %best, align 8
  store double %774, double* %result110, align 8
  br label %e22

each25:                                           ; preds = %join125, %ok117
  %775 = load i64, i64* %fuel, align 8
  %776 = icmp ult i64 %775, 1
  br i1 %776, label %trap14.site0, label %ok119

ok119:                                            ; preds = %each25
  %777 = sub i64 %775, 1
  store i64 %777, i64* %fuel, align 8
  %778 = load i32, i32* %k.2, align 4
  %779 = load i32, i32* %n.3, align 4
  %780 = icmp uge i32 %778, %779
  %781 = zext i1 %780 to i32
  %782 = icmp ne i32 %781, 0
  br i1 %782, label %block24, label %cont120

cont120:                                          ; preds = %ok119
  %783 = load i32, i32* %xs.4, align 4
  %784 = load i32, i32* %k.2, align 4
  %785 = mul i32 %784, 8
  %786 = add i32 %783, %785
  %787 = zext i32 %786 to i64
  %788 = add i64 %787, 8
  %789 = add i64 %788, 8
  %790 = icmp ugt i64 %789, %arena_size
  br i1 %790, label %trap17.site0, label %ok121

ok121:                                            ; preds = %cont120
  %791 = getelementptr i8, i8* %mem, i64 %788
  %792 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %792, i8* %791, i64 8, i1 false)
  %793 = load i64, i64* %unaligned122, align 8
  %794 = bitcast i64 %793 to double
  store double %794, double* %x.2, align 8
  %795 = load double, double* %x.2, align 8
  store double %795, double* %x.3, align 8
  %796 = load i32, i32* %first, align 4
  %797 = load double, double* %x.3, align 8
  %798 = load double, double* %best, align 8
  %799 = fcmp ogt double %797, %798
  %800 = zext i1 %799 to i32
  %801 = or i32 %796, %800
  %802 = icmp ne i32 %801, 0
  br i1 %802, label %then123, label %else124

then123:                                          ; preds = %ok121
  %803 = load double, double* %x.3, align 8
  store double %803, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join125

else124:                                          ; preds = %ok121
  br label %join125

join125:                                          ; preds = %else124, %then123
  %804 = load i32, i32* %k.2, align 4
  %805 = add i32 %804, 1
  store i32 %805, i32* %k.2, align 4
  br label %each25

dead126:                                          ; No predecessors!
  br label %block24

write.low127:                                     ; preds = %e22
  %806 = load i64, i64* %lowStart, align 8
  %807 = icmp uge i64 %749, %806
  %808 = load i64, i64* %lowEnd, align 8
  %809 = icmp ule i64 %750, %808
  %810 = and i1 %807, %809
  br i1 %810, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %811 = icmp ugt i64 %750, %arena_size
  br i1 %811, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %e22
  %812 = getelementptr i8, i8* %mem, i64 %749
  %813 = bitcast double %747 to i64
  %814 = and i64 %813, 9223372036854775807
  %815 = icmp ugt i64 %814, 9218868437227405312
  %816 = select i1 %815, i64 9221120237041090560, i64 %813
  store i64 %816, i64* %unaligned131, align 8
  %817 = bitcast i64* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %812, i8* %817, i64 8, i1 false)
  %818 = load i32, i32* %celsius, align 4
  store i32 %818, i32* %xs.5, align 4
  %819 = load i32, i32* %xs.5, align 4
  %820 = zext i32 %819 to i64
  %821 = add i64 %820, 4
  %822 = icmp ugt i64 %821, %arena_size
  br i1 %822, label %trap17.site0, label %ok133

ok130:                                            ; preds = %write.slow128
  %823 = icmp ult i64 %749, %scratch_start
  %824 = load i64, i64* %lowStart, align 8
  %825 = call i64 @llvm.umin.i64(i64 %824, i64 %749)
  %826 = load i64, i64* %lowEnd, align 8
  %827 = load i64, i64* %highEnd, align 8
  %828 = add i64 %750, 64
  %829 = sub i64 %750, %825
  %830 = lshr i64 %829, 4
  %831 = add i64 %828, %830
  %832 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %831)
  %833 = call i64 @llvm.umax.i64(i64 %826, i64 %832)
  %834 = select i1 %823, i64 %833, i64 %826
  store i64 %834, i64* %lowEnd, align 8
  %835 = add i64 %750, 64
  %836 = sub i64 %750, %scratch_start
  %837 = lshr i64 %836, 4
  %838 = add i64 %835, %837
  %839 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %838)
  %840 = call i64 @llvm.umax.i64(i64 %827, i64 %839)
  %841 = select i1 %823, i64 %827, i64 %840
  store i64 %841, i64* %highEnd, align 8
  store i64 %825, i64* %lowStart, align 8
  br label %write.ok129

e26:                                              ; preds = %block28
  %842 = load double, double* %result132, align 8
  store double %842, double* %min_c, align 8
  %843 = load i32, i32* %dict, align 4
  %844 = load double, double* %min_c, align 8
  %845 = zext i32 %843 to i64
  %846 = add i64 %845, 32
  %847 = add i64 %846, 8
  %848 = icmp uge i64 %846, %scratch_start
  %849 = load i64, i64* %highEnd, align 8
  %850 = icmp ule i64 %847, %849
  %851 = and i1 %848, %850
  br i1 %851, label %write.ok151, label %write.low149

ok133:                                            ; preds = %write.ok129
  %852 = getelementptr i8, i8* %mem, i64 %820
  %853 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %853, i8* %852, i64 4, i1 false)
  %854 = load i32, i32* %unaligned134, align 4
  %855 = icmp eq i32 %854, 0
  %856 = zext i1 %855 to i32
  %857 = icmp ne i32 %856, 0
  br i1 %857, label %then135, label %else136

then135:                                          ; preds = %ok133
  br label %trap4.site12

else136:                                          ; preds = %ok133
  br label %join137

join137:                                          ; preds = %else136, %dead138
  store i32 1, i32* %first.1, align 4
  %858 = load i32, i32* %xs.5, align 4
  %859 = zext i32 %858 to i64
  %860 = add i64 %859, 4
  %861 = icmp ugt i64 %860, %arena_size
  br i1 %861, label %trap17.site0, label %ok139

trap4.site12:                                     ; preds = %then135
  %862 = load i64, i64* %lowStart, align 8
  %863 = getelementptr i64, i64* %regs, i64 6
  store i64 %862, i64* %863, align 8
  %864 = load i64, i64* %lowEnd, align 8
  %865 = getelementptr i64, i64* %regs, i64 7
  store i64 %864, i64* %865, align 8
  %866 = load i64, i64* %highEnd, align 8
  %867 = getelementptr i64, i64* %regs, i64 8
  store i64 %866, i64* %867, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 12)
  unreachable

dead138:                                          ; No predecessors!
  br label %join137

ok139:                                            ; preds = %join137
  %868 = getelementptr i8, i8* %mem, i64 %859
  %869 = bitcast i32* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %869, i8* %868, i64 4, i1 false)
  %870 = load i32, i32* %unaligned140, align 4
  store i32 %870, i32* %n.4, align 4
  store i32 0, i32* %k.3, align 4
  br label %each29

block28:                                          ; preds = %dead148, %ok141
  %871 = load double, double* %best.1, align 8
  store double %871, double* %result132, align 8
  br label %e26

each29:                                           ; preds = %join147, %ok139
  %872 = load i64, i64* %fuel, align 8
  %873 = icmp ult i64 %872, 1
  br i1 %873, label %trap14.site0, label %ok141

ok141:                                            ; preds = %each29
  %874 = sub i64 %872, 1
  store i64 %874, i64* %fuel, align 8
  %875 = load i32, i32* %k.3, align 4
  %876 = load i32, i32* %n.4, align 4
  %877 = icmp uge i32 %875, %876
  %878 = zext i1 %877 to i32
  %879 = icmp ne i32 %878, 0
  br i1 %879, label %block28, label %cont142

cont142:                                          ; preds = %ok141
  %880 = load i32, i32* %xs.5, align 4
  %881 = load i32, i32* %k.3, align 4
  %882 = mul i32 %881, 8
  %883 = add i32 %880, %882
  %884 = zext i32 %883 to i64
  %885 = add i64 %884, 8
  %886 = add i64 %885, 8
  %887 = icmp ugt i64 %886, %arena_size
  br i1 %887, label %trap17.site0, label %ok143

ok143:                                            ; preds = %cont142
  %888 = getelementptr i8, i8* %mem, i64 %885
  %889 = bitcast i64* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %889, i8* %888, i64 8, i1 false)
  %890 = load i64, i64* %unaligned144, align 8
  %891 = bitcast i64 %890 to double
  store double %891, double* %x.4, align 8
  %892 = load double, double* %x.4, align 8
  store double %892, double* %x.5, align 8
  %893 = load i32, i32* %first.1, align 4
  %894 = load double, double* %x.5, align 8
  %895 = load double, double* %best.1, align 8
  %896 = fcmp olt double %894, %895
  %897 = zext i1 %896 to i32
  %898 = or i32 %893, %897
  %899 = icmp ne i32 %898, 0
  br i1 %899, label %then145, label %else146

then145:                                          ; preds = %ok143
  %900 = load double, double* %x.5, align 8
  store double %900, double* %best.1, align 8
  store i32 0, i32* %first.1, align 4
  br label %join147

else146:                                          ; preds = %ok143
  br label %join147

join147:                                          ; preds = %else146, %then145
  %901 = load i32, i32* %k.3, align 4
  %902 = add i32 %901, 1
  store i32 %902, i32* %k.3, align 4
  br label %each29

dead148:                                          ; No predecessors!
  br label %block28

write.low149:                                     ; preds = %e26
  %903 = load i64, i64* %lowStart, align 8
  %904 = icmp uge i64 %846, %903
  %905 = load i64, i64* %lowEnd, align 8
  %906 = icmp ule i64 %847, %905
  %907 = and i1 %904, %906
  br i1 %907, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %908 = icmp ugt i64 %847, %arena_size
  br i1 %908, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %e26
  %909 = getelementptr i8, i8* %mem, i64 %846
  %910 = bitcast double %844 to i64
  %911 = and i64 %910, 9223372036854775807
  %912 = icmp ugt i64 %911, 9218868437227405312
  %913 = select i1 %912, i64 9221120237041090560, i64 %910
  store i64 %913, i64* %unaligned153, align 8
  %914 = bitcast i64* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %909, i8* %914, i64 8, i1 false)
  %915 = load i32, i32* %celsius, align 4
  store i32 %915, i32* %xs.6, align 4
  store double 0.000000e+00, double* %sum, align 8
  %916 = load i32, i32* %xs.6, align 4
  %917 = zext i32 %916 to i64
  %918 = add i64 %917, 4
  %919 = icmp ugt i64 %918, %arena_size
  br i1 %919, label %trap17.site0, label %ok155

ok152:                                            ; preds = %write.slow150
  %920 = icmp ult i64 %846, %scratch_start
  %921 = load i64, i64* %lowStart, align 8
  %922 = call i64 @llvm.umin.i64(i64 %921, i64 %846)
  %923 = load i64, i64* %lowEnd, align 8
  %924 = load i64, i64* %highEnd, align 8
  %925 = add i64 %847, 64
  %926 = sub i64 %847, %922
  %927 = lshr i64 %926, 4
  %928 = add i64 %925, %927
  %929 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %928)
  %930 = call i64 @llvm.umax.i64(i64 %923, i64 %929)
  %931 = select i1 %920, i64 %930, i64 %923
  store i64 %931, i64* %lowEnd, align 8
  %932 = add i64 %847, 64
  %933 = sub i64 %847, %scratch_start
  %934 = lshr i64 %933, 4
  %935 = add i64 %932, %934
  %936 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %935)
  %937 = call i64 @llvm.umax.i64(i64 %924, i64 %936)
  %938 = select i1 %920, i64 %924, i64 %937
  store i64 %938, i64* %highEnd, align 8
  store i64 %922, i64* %lowStart, align 8
  br label %write.ok151

e31:                                              ; preds = %block33
  %939 = load double, double* %result154, align 8
  %940 = load i32, i32* %celsius, align 4
  store i32 %940, i32* %xs.7, align 4
  %941 = load i32, i32* %xs.7, align 4
  %942 = zext i32 %941 to i64
  %943 = add i64 %942, 4
  %944 = icmp ugt i64 %943, %arena_size
  br i1 %944, label %trap17.site0, label %ok163

ok155:                                            ; preds = %write.ok151
  %945 = getelementptr i8, i8* %mem, i64 %917
  %946 = bitcast i32* %unaligned156 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %946, i8* %945, i64 4, i1 false)
  %947 = load i32, i32* %unaligned156, align 4
  store i32 %947, i32* %n.5, align 4
  store i32 0, i32* %k.4, align 4
  br label %each34

block33:                                          ; preds = %dead161, %ok157
  %948 = load double, double* %sum, align 8
  store double %948, double* %result154, align 8
  br label %e31

each34:                                           ; preds = %ok159, %ok155
  %949 = load i64, i64* %fuel, align 8
  %950 = icmp ult i64 %949, 1
  br i1 %950, label %trap14.site0, label %ok157

ok157:                                            ; preds = %each34
  %951 = sub i64 %949, 1
  store i64 %951, i64* %fuel, align 8
  %952 = load i32, i32* %k.4, align 4
  %953 = load i32, i32* %n.5, align 4
  %954 = icmp uge i32 %952, %953
  %955 = zext i1 %954 to i32
  %956 = icmp ne i32 %955, 0
  br i1 %956, label %block33, label %cont158

cont158:                                          ; preds = %ok157
  %957 = load i32, i32* %xs.6, align 4
  %958 = load i32, i32* %k.4, align 4
  %959 = mul i32 %958, 8
  %960 = add i32 %957, %959
  %961 = zext i32 %960 to i64
  %962 = add i64 %961, 8
  %963 = add i64 %962, 8
  %964 = icmp ugt i64 %963, %arena_size
  br i1 %964, label %trap17.site0, label %ok159

ok159:                                            ; preds = %cont158
  %965 = getelementptr i8, i8* %mem, i64 %962
  %966 = bitcast i64* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %966, i8* %965, i64 8, i1 false)
  %967 = load i64, i64* %unaligned160, align 8
  %968 = bitcast i64 %967 to double
  store double %968, double* %x.6, align 8
  %969 = load double, double* %sum, align 8
  %970 = load double, double* %x.6, align 8
  %971 = fadd double %969, %970
  store double %971, double* %sum, align 8
  %972 = load i32, i32* %k.4, align 4
  %973 = add i32 %972, 1
  store i32 %973, i32* %k.4, align 4
  br label %each34

dead161:                                          ; No predecessors!
  br label %block33

e36:                                              ; preds = %ok163
  %974 = load i64, i64* %result162, align 8
  %975 = sitofp i64 %974 to double
  %976 = fcmp oeq double %975, 0.000000e+00
  br i1 %976, label %trap1.site13, label %ok165

ok163:                                            ; preds = %e31
  %977 = getelementptr i8, i8* %mem, i64 %942
  %978 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %978, i8* %977, i64 4, i1 false)
  %979 = load i32, i32* %unaligned164, align 4
  %980 = zext i32 %979 to i64
  store i64 %980, i64* %result162, align 8
  br label %e36

ok165:                                            ; preds = %e36
  %981 = fdiv double %939, %975
  store double %981, double* %mean_c, align 8
  %982 = load i32, i32* %dict, align 4
  %983 = load double, double* %mean_c, align 8
  %984 = zext i32 %982 to i64
  %985 = add i64 %984, 40
  %986 = add i64 %985, 8
  %987 = icmp uge i64 %985, %scratch_start
  %988 = load i64, i64* %highEnd, align 8
  %989 = icmp ule i64 %986, %988
  %990 = and i1 %987, %989
  br i1 %990, label %write.ok168, label %write.low166

trap1.site13:                                     ; preds = %e36
  %991 = load i64, i64* %lowStart, align 8
  %992 = getelementptr i64, i64* %regs, i64 6
  store i64 %991, i64* %992, align 8
  %993 = load i64, i64* %lowEnd, align 8
  %994 = getelementptr i64, i64* %regs, i64 7
  store i64 %993, i64* %994, align 8
  %995 = load i64, i64* %highEnd, align 8
  %996 = getelementptr i64, i64* %regs, i64 8
  store i64 %995, i64* %996, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 13)
  unreachable

write.low166:                                     ; preds = %ok165
  %997 = load i64, i64* %lowStart, align 8
  %998 = icmp uge i64 %985, %997
  %999 = load i64, i64* %lowEnd, align 8
  %1000 = icmp ule i64 %986, %999
  %1001 = and i1 %998, %1000
  br i1 %1001, label %write.ok168, label %write.slow167

write.slow167:                                    ; preds = %write.low166
  %1002 = icmp ugt i64 %986, %arena_size
  br i1 %1002, label %trap17.site0, label %ok169

write.ok168:                                      ; preds = %ok169, %write.low166, %ok165
  %1003 = getelementptr i8, i8* %mem, i64 %985
  %1004 = bitcast double %983 to i64
  %1005 = and i64 %1004, 9223372036854775807
  %1006 = icmp ugt i64 %1005, 9218868437227405312
  %1007 = select i1 %1006, i64 9221120237041090560, i64 %1004
  store i64 %1007, i64* %unaligned170, align 8
  %1008 = bitcast i64* %unaligned170 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1003, i8* %1008, i64 8, i1 false)
  %1009 = load i32, i32* %readings, align 4
  store i32 %1009, i32* %xs.8, align 4
  %1010 = load i32, i32* %xs.8, align 4
  %1011 = zext i32 %1010 to i64
  %1012 = add i64 %1011, 4
  %1013 = icmp ugt i64 %1012, %arena_size
  br i1 %1013, label %trap17.site0, label %ok172

ok169:                                            ; preds = %write.slow167
  %1014 = icmp ult i64 %985, %scratch_start
  %1015 = load i64, i64* %lowStart, align 8
  %1016 = call i64 @llvm.umin.i64(i64 %1015, i64 %985)
  %1017 = load i64, i64* %lowEnd, align 8
  %1018 = load i64, i64* %highEnd, align 8
  %1019 = add i64 %986, 64
  %1020 = sub i64 %986, %1016
  %1021 = lshr i64 %1020, 4
  %1022 = add i64 %1019, %1021
  %1023 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1022)
  %1024 = call i64 @llvm.umax.i64(i64 %1017, i64 %1023)
  %1025 = select i1 %1014, i64 %1024, i64 %1017
  store i64 %1025, i64* %lowEnd, align 8
  %1026 = add i64 %986, 64
  %1027 = sub i64 %986, %scratch_start
  %1028 = lshr i64 %1027, 4
  %1029 = add i64 %1026, %1028
  %1030 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1029)
  %1031 = call i64 @llvm.umax.i64(i64 %1018, i64 %1030)
  %1032 = select i1 %1014, i64 %1018, i64 %1031
  store i64 %1032, i64* %highEnd, align 8
  store i64 %1016, i64* %lowStart, align 8
  br label %write.ok168

e39:                                              ; preds = %write.ok226
  %1033 = load i32, i32* %result171, align 4
  %1034 = icmp uge i32 %depth, 1000
  br i1 %1034, label %trap15.site16, label %ok229

ok172:                                            ; preds = %write.ok168
  %1035 = getelementptr i8, i8* %mem, i64 %1011
  %1036 = bitcast i32* %unaligned173 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1036, i8* %1035, i64 4, i1 false)
  %1037 = load i32, i32* %unaligned173, align 4
  %1038 = zext i32 %1037 to i64
  %1039 = mul i64 %1038, 4
  %1040 = add i64 4, %1039
  store i64 %1040, i64* %size.2, align 8
  %1041 = load i64, i64* %size.2, align 8
  %1042 = icmp ugt i64 %1041, 2147483647
  %1043 = zext i1 %1042 to i32
  %1044 = icmp ne i32 %1043, 0
  br i1 %1044, label %then174, label %else175

then174:                                          ; preds = %ok172
  br label %trap15.site17

else175:                                          ; preds = %ok172
  br label %join176

join176:                                          ; preds = %else175, %dead177
  %1045 = load i64, i64* %size.2, align 8
  %1046 = trunc i64 %1045 to i32
  %1047 = zext i32 %1046 to i64
  %1048 = getelementptr i64, i64* %regs, i64 1
  %1049 = getelementptr i64, i64* %regs, i64 2
  %1050 = load i64, i64* %1048, align 8
  %1051 = add i64 %1050, 3
  %1052 = and i64 %1051, -4
  %1053 = add i64 %1052, %1047
  %1054 = load i64, i64* %1049, align 8
  %1055 = icmp ugt i64 %1053, %1054
  br i1 %1055, label %trap15.site17, label %ok178

trap15.site17:                                    ; preds = %join176, %then174
  %1056 = load i64, i64* %lowStart, align 8
  %1057 = getelementptr i64, i64* %regs, i64 6
  store i64 %1056, i64* %1057, align 8
  %1058 = load i64, i64* %lowEnd, align 8
  %1059 = getelementptr i64, i64* %regs, i64 7
  store i64 %1058, i64* %1059, align 8
  %1060 = load i64, i64* %highEnd, align 8
  %1061 = getelementptr i64, i64* %regs, i64 8
  store i64 %1060, i64* %1061, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead177:                                          ; No predecessors!
  br label %join176

ok178:                                            ; preds = %join176
  store i64 %1053, i64* %1048, align 8
  %1062 = load i64, i64* %highEnd, align 8
  %1063 = call i64 @llvm.umax.i64(i64 %1062, i64 %1053)
  store i64 %1063, i64* %highEnd, align 8
  %1064 = trunc i64 %1052 to i32
  store i32 %1064, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1065 = load i32, i32* %xs.8, align 4
  %1066 = zext i32 %1065 to i64
  %1067 = add i64 %1066, 4
  %1068 = icmp ugt i64 %1067, %arena_size
  br i1 %1068, label %trap17.site0, label %ok179

ok179:                                            ; preds = %ok178
  %1069 = getelementptr i8, i8* %mem, i64 %1066
  %1070 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1070, i8* %1069, i64 4, i1 false)
  %1071 = load i32, i32* %unaligned180, align 4
  store i32 %1071, i32* %n.6, align 4
  store i32 0, i32* %k.5, align 4
  br label %each42

block41:                                          ; preds = %dead223, %ok181
  %1072 = load i32, i32* %list.2, align 4
  %1073 = load i32, i32* %len.2, align 4
  %1074 = zext i32 %1072 to i64
  %1075 = add i64 %1074, 4
  %1076 = icmp uge i64 %1074, %scratch_start
  %1077 = load i64, i64* %highEnd, align 8
  %1078 = icmp ule i64 %1075, %1077
  %1079 = and i1 %1076, %1078
  br i1 %1079, label %write.ok226, label %write.low224

each42:                                           ; preds = %write.ok220, %ok179
  %1080 = load i64, i64* %fuel, align 8
  %1081 = icmp ult i64 %1080, 1
  br i1 %1081, label %trap14.site0, label %ok181

ok181:                                            ; preds = %each42
  %1082 = sub i64 %1080, 1
  store i64 %1082, i64* %fuel, align 8
  %1083 = load i32, i32* %k.5, align 4
  %1084 = load i32, i32* %n.6, align 4
  %1085 = icmp uge i32 %1083, %1084
  %1086 = zext i1 %1085 to i32
  %1087 = icmp ne i32 %1086, 0
  br i1 %1087, label %block41, label %cont182

cont182:                                          ; preds = %ok181
  %1088 = load i32, i32* %xs.8, align 4
  %1089 = load i32, i32* %k.5, align 4
  %1090 = mul i32 %1089, 4
  %1091 = add i32 %1088, %1090
  %1092 = zext i32 %1091 to i64
  %1093 = add i64 %1092, 4
  %1094 = add i64 %1093, 4
  %1095 = icmp ugt i64 %1094, %arena_size
  br i1 %1095, label %trap17.site0, label %ok183

ok183:                                            ; preds = %cont182
  %1096 = getelementptr i8, i8* %mem, i64 %1093
  %1097 = bitcast i32* %unaligned184 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1097, i8* %1096, i64 4, i1 false)
  %1098 = load i32, i32* %unaligned184, align 4
  store i32 %1098, i32* %x.7, align 4
  %1099 = load i32, i32* %x.7, align 4
  store i32 %1099, i32* %r.2, align 4
  %1100 = load i32, i32* %list.2, align 4
  %1101 = load i32, i32* %len.2, align 4
  %1102 = mul i32 %1101, 4
  %1103 = add i32 %1100, %1102
  %1104 = load i32, i32* %r.2, align 4
  %1105 = zext i32 %1104 to i64
  %1106 = add i64 %1105, 4
  %1107 = icmp ugt i64 %1106, %arena_size
  br i1 %1107, label %trap17.site18, label %ok186

e43:                                              ; preds = %ok217
  %1108 = load i32, i32* %result185, align 4
  %1109 = zext i32 %1103 to i64
  %1110 = add i64 %1109, 4
  %1111 = add i64 %1110, 4
  %1112 = icmp uge i64 %1110, %scratch_start
  %1113 = load i64, i64* %highEnd, align 8
  %1114 = icmp ule i64 %1111, %1113
  %1115 = and i1 %1112, %1114
  br i1 %1115, label %write.ok220, label %write.low218

ok186:                                            ; preds = %ok183
  %1116 = getelementptr i8, i8* %mem, i64 %1105
  %1117 = bitcast i32* %unaligned187 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1117, i8* %1116, i64 4, i1 false)
  %1118 = load i32, i32* %unaligned187, align 4
  store i32 %1118, i32* %part, align 4
  %1119 = load i32, i32* %r.2, align 4
  %1120 = icmp uge i32 %depth, 1000
  br i1 %1120, label %trap15.site22, label %ok188

trap17.site18:                                    ; preds = %ok183
  %1121 = load i64, i64* %lowStart, align 8
  %1122 = getelementptr i64, i64* %regs, i64 6
  store i64 %1121, i64* %1122, align 8
  %1123 = load i64, i64* %lowEnd, align 8
  %1124 = getelementptr i64, i64* %regs, i64 7
  store i64 %1123, i64* %1124, align 8
  %1125 = load i64, i64* %highEnd, align 8
  %1126 = getelementptr i64, i64* %regs, i64 8
  store i64 %1125, i64* %1126, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok188:                                            ; preds = %ok186
  %1127 = icmp ult i64 %10, %stack_limit
  br i1 %1127, label %trap253.site0, label %stack_ok189

trap15.site22:                                    ; preds = %ok186
  %1128 = load i64, i64* %lowStart, align 8
  %1129 = getelementptr i64, i64* %regs, i64 6
  store i64 %1128, i64* %1129, align 8
  %1130 = load i64, i64* %lowEnd, align 8
  %1131 = getelementptr i64, i64* %regs, i64 7
  store i64 %1130, i64* %1131, align 8
  %1132 = load i64, i64* %highEnd, align 8
  %1133 = getelementptr i64, i64* %regs, i64 8
  store i64 %1132, i64* %1133, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

stack_ok189:                                      ; preds = %ok188
  %1134 = load i64, i64* %fuel, align 8
  %1135 = getelementptr i64, i64* %regs, i64 0
  store i64 %1134, i64* %1135, align 8
  %1136 = load i64, i64* %lowStart, align 8
  %1137 = getelementptr i64, i64* %regs, i64 6
  store i64 %1136, i64* %1137, align 8
  %1138 = load i64, i64* %lowEnd, align 8
  %1139 = getelementptr i64, i64* %regs, i64 7
  store i64 %1138, i64* %1139, align 8
  %1140 = load i64, i64* %highEnd, align 8
  %1141 = getelementptr i64, i64* %regs, i64 8
  store i64 %1140, i64* %1141, align 8
  %1142 = add i32 %depth, 1
  %1143 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %1142, i32 0, i32 %1119)
  %1144 = getelementptr i64, i64* %regs, i64 0
  %1145 = load i64, i64* %1144, align 8
  store i64 %1145, i64* %fuel, align 8
  %1146 = getelementptr i64, i64* %regs, i64 6
  %1147 = load i64, i64* %1146, align 8
  store i64 %1147, i64* %lowStart, align 8
  %1148 = getelementptr i64, i64* %regs, i64 7
  %1149 = load i64, i64* %1148, align 8
  store i64 %1149, i64* %lowEnd, align 8
  %1150 = getelementptr i64, i64* %regs, i64 8
  %1151 = load i64, i64* %1150, align 8
  store i64 %1151, i64* %highEnd, align 8
  %1152 = fmul double %1143, 1.000000e+01
  %1153 = call double @llvm.roundeven.f64(double %1152)
  %1154 = call i64 @llvm.fptosi.sat.i64.f64(double %1153)
  %1155 = sitofp i64 %1154 to double
  br i1 false, label %trap1.site19, label %ok190

ok190:                                            ; preds = %stack_ok189
  %1156 = fdiv double %1155, 1.000000e+01
  store double %1156, double* %part.1, align 8
  %1157 = getelementptr i64, i64* %regs, i64 1
  %1158 = load i64, i64* %1157, align 8
  %1159 = trunc i64 %1158 to i32
  %1160 = add i32 %1159, 3
  %1161 = and i32 %1160, -4
  store i32 %1161, i32* %text, align 4
  %1162 = load i32, i32* %text, align 4
  %1163 = add i32 %1162, 4
  store i32 %1163, i32* %cur, align 4
  %1164 = load i32, i32* %part, align 4
  store i32 %1164, i32* %s, align 4
  %1165 = load i32, i32* %s, align 4
  %1166 = zext i32 %1165 to i64
  %1167 = add i64 %1166, 4
  %1168 = icmp ugt i64 %1167, %arena_size
  br i1 %1168, label %trap17.site0, label %ok191

trap1.site19:                                     ; preds = %stack_ok189
  %1169 = load i64, i64* %lowStart, align 8
  %1170 = getelementptr i64, i64* %regs, i64 6
  store i64 %1169, i64* %1170, align 8
  %1171 = load i64, i64* %lowEnd, align 8
  %1172 = getelementptr i64, i64* %regs, i64 7
  store i64 %1171, i64* %1172, align 8
  %1173 = load i64, i64* %highEnd, align 8
  %1174 = getelementptr i64, i64* %regs, i64 8
  store i64 %1173, i64* %1174, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok191:                                            ; preds = %ok190
  %1175 = getelementptr i8, i8* %mem, i64 %1166
  %1176 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1176, i8* %1175, i64 4, i1 false)
  %1177 = load i32, i32* %unaligned192, align 4
  store i32 %1177, i32* %slen, align 4
  %1178 = load i32, i32* %cur, align 4
  %1179 = load i32, i32* %slen, align 4
  %1180 = add i32 %1178, %1179
  %1181 = getelementptr i64, i64* %regs, i64 2
  %1182 = load i64, i64* %1181, align 8
  %1183 = trunc i64 %1182 to i32
  %1184 = icmp ugt i32 %1180, %1183
  %1185 = zext i1 %1184 to i32
  %1186 = icmp ne i32 %1185, 0
  br i1 %1186, label %then193, label %else194

then193:                                          ; preds = %ok191
  br label %trap15.site23

else194:                                          ; preds = %ok191
  br label %join195

join195:                                          ; preds = %else194, %dead196
  %1187 = load i32, i32* %cur, align 4
  %1188 = load i32, i32* %s, align 4
  %1189 = add i32 %1188, 4
  %1190 = load i32, i32* %slen, align 4
  %1191 = zext i32 %1190 to i64
  %1192 = zext i32 %1189 to i64
  %1193 = add i64 %1192, %1191
  %1194 = icmp ugt i64 %1193, %arena_size
  br i1 %1194, label %trap17.site23, label %ok197

trap15.site23:                                    ; preds = %write.ok214, %write.ok208, %then202, %then193
  %1195 = load i64, i64* %lowStart, align 8
  %1196 = getelementptr i64, i64* %regs, i64 6
  store i64 %1195, i64* %1196, align 8
  %1197 = load i64, i64* %lowEnd, align 8
  %1198 = getelementptr i64, i64* %regs, i64 7
  store i64 %1197, i64* %1198, align 8
  %1199 = load i64, i64* %highEnd, align 8
  %1200 = getelementptr i64, i64* %regs, i64 8
  store i64 %1199, i64* %1200, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead196:                                          ; No predecessors!
  br label %join195

ok197:                                            ; preds = %join195
  %1201 = zext i32 %1187 to i64
  %1202 = add i64 %1201, %1191
  %1203 = icmp uge i64 %1201, %scratch_start
  %1204 = load i64, i64* %highEnd, align 8
  %1205 = icmp ule i64 %1202, %1204
  %1206 = and i1 %1203, %1205
  br i1 %1206, label %write.ok200, label %write.low198

trap17.site23:                                    ; preds = %write.slow199, %join195
  %1207 = load i64, i64* %lowStart, align 8
  %1208 = getelementptr i64, i64* %regs, i64 6
  store i64 %1207, i64* %1208, align 8
  %1209 = load i64, i64* %lowEnd, align 8
  %1210 = getelementptr i64, i64* %regs, i64 7
  store i64 %1209, i64* %1210, align 8
  %1211 = load i64, i64* %highEnd, align 8
  %1212 = getelementptr i64, i64* %regs, i64 8
  store i64 %1211, i64* %1212, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

write.low198:                                     ; preds = %ok197
  %1213 = load i64, i64* %lowStart, align 8
  %1214 = icmp uge i64 %1201, %1213
  %1215 = load i64, i64* %lowEnd, align 8
  %1216 = icmp ule i64 %1202, %1215
  %1217 = and i1 %1214, %1216
  br i1 %1217, label %write.ok200, label %write.slow199

write.slow199:                                    ; preds = %write.low198
  %1218 = icmp ugt i64 %1202, %arena_size
  br i1 %1218, label %trap17.site23, label %ok201

write.ok200:                                      ; preds = %ok201, %write.low198, %ok197
  %1219 = getelementptr i8, i8* %mem, i64 %1201
  %1220 = getelementptr i8, i8* %mem, i64 %1192
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1219, i8* %1220, i64 %1191, i1 false)
  %1221 = load i32, i32* %cur, align 4
  %1222 = load i32, i32* %slen, align 4
  %1223 = add i32 %1221, %1222
  store i32 %1223, i32* %cur, align 4
  %1224 = load i32, i32* %cur, align 4
  %1225 = add i32 %1224, 331
  %1226 = getelementptr i64, i64* %regs, i64 2
  %1227 = load i64, i64* %1226, align 8
  %1228 = trunc i64 %1227 to i32
  %1229 = icmp ugt i32 %1225, %1228
  %1230 = zext i1 %1229 to i32
  %1231 = icmp ne i32 %1230, 0
  br i1 %1231, label %then202, label %else203

ok201:                                            ; preds = %write.slow199
  %1232 = icmp ult i64 %1201, %scratch_start
  %1233 = load i64, i64* %lowStart, align 8
  %1234 = call i64 @llvm.umin.i64(i64 %1233, i64 %1201)
  %1235 = load i64, i64* %lowEnd, align 8
  %1236 = load i64, i64* %highEnd, align 8
  %1237 = add i64 %1202, 64
  %1238 = sub i64 %1202, %1234
  %1239 = lshr i64 %1238, 4
  %1240 = add i64 %1237, %1239
  %1241 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1240)
  %1242 = call i64 @llvm.umax.i64(i64 %1235, i64 %1241)
  %1243 = select i1 %1232, i64 %1242, i64 %1235
  store i64 %1243, i64* %lowEnd, align 8
  %1244 = add i64 %1202, 64
  %1245 = sub i64 %1202, %scratch_start
  %1246 = lshr i64 %1245, 4
  %1247 = add i64 %1244, %1246
  %1248 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1247)
  %1249 = call i64 @llvm.umax.i64(i64 %1236, i64 %1248)
  %1250 = select i1 %1232, i64 %1236, i64 %1249
  store i64 %1250, i64* %highEnd, align 8
  store i64 %1234, i64* %lowStart, align 8
  br label %write.ok200

then202:                                          ; preds = %write.ok200
  br label %trap15.site23

else203:                                          ; preds = %write.ok200
  br label %join204

join204:                                          ; preds = %else203, %dead205
  %1251 = load i32, i32* %cur, align 4
  %1252 = zext i32 %1251 to i64
  %1253 = add i64 %1252, 1
  %1254 = icmp uge i64 %1252, %scratch_start
  %1255 = load i64, i64* %highEnd, align 8
  %1256 = icmp ule i64 %1253, %1255
  %1257 = and i1 %1254, %1256
  br i1 %1257, label %write.ok208, label %write.low206

dead205:                                          ; No predecessors!
  br label %join204

write.low206:                                     ; preds = %join204
  %1258 = load i64, i64* %lowStart, align 8
  %1259 = icmp uge i64 %1252, %1258
  %1260 = load i64, i64* %lowEnd, align 8
  %1261 = icmp ule i64 %1253, %1260
  %1262 = and i1 %1259, %1261
  br i1 %1262, label %write.ok208, label %write.slow207

write.slow207:                                    ; preds = %write.low206
  %1263 = icmp ugt i64 %1253, %arena_size
  br i1 %1263, label %trap17.site0, label %ok209

write.ok208:                                      ; preds = %ok209, %write.low206, %join204
  %1264 = getelementptr i8, i8* %mem, i64 %1252
  store i8 61, i8* %1264, align 1
  %1265 = load i32, i32* %cur, align 4
  %1266 = add i32 %1265, 1
  store i32 %1266, i32* %cur, align 4
  %1267 = load i32, i32* %cur, align 4
  %1268 = load double, double* %part.1, align 8
  %1269 = load i32, i32* %cur, align 4
  %1270 = icmp uge i32 %depth, 1000
  br i1 %1270, label %trap15.site23, label %ok210

ok209:                                            ; preds = %write.slow207
  %1271 = icmp ult i64 %1252, %scratch_start
  %1272 = load i64, i64* %lowStart, align 8
  %1273 = call i64 @llvm.umin.i64(i64 %1272, i64 %1252)
  %1274 = load i64, i64* %lowEnd, align 8
  %1275 = load i64, i64* %highEnd, align 8
  %1276 = add i64 %1253, 64
  %1277 = sub i64 %1253, %1273
  %1278 = lshr i64 %1277, 4
  %1279 = add i64 %1276, %1278
  %1280 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1279)
  %1281 = call i64 @llvm.umax.i64(i64 %1274, i64 %1280)
  %1282 = select i1 %1271, i64 %1281, i64 %1274
  store i64 %1282, i64* %lowEnd, align 8
  %1283 = add i64 %1253, 64
  %1284 = sub i64 %1253, %scratch_start
  %1285 = lshr i64 %1284, 4
  %1286 = add i64 %1283, %1285
  %1287 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1286)
  %1288 = call i64 @llvm.umax.i64(i64 %1275, i64 %1287)
  %1289 = select i1 %1271, i64 %1275, i64 %1288
  store i64 %1289, i64* %highEnd, align 8
  store i64 %1273, i64* %lowStart, align 8
  br label %write.ok208

ok210:                                            ; preds = %write.ok208
  %1290 = icmp ult i64 %10, %stack_limit
  br i1 %1290, label %trap253.site0, label %stack_ok211

stack_ok211:                                      ; preds = %ok210
  %1291 = load i64, i64* %fuel, align 8
  %1292 = getelementptr i64, i64* %regs, i64 0
  store i64 %1291, i64* %1292, align 8
  %1293 = load i64, i64* %lowStart, align 8
  %1294 = getelementptr i64, i64* %regs, i64 6
  store i64 %1293, i64* %1294, align 8
  %1295 = load i64, i64* %lowEnd, align 8
  %1296 = getelementptr i64, i64* %regs, i64 7
  store i64 %1295, i64* %1296, align 8
  %1297 = load i64, i64* %highEnd, align 8
  %1298 = getelementptr i64, i64* %regs, i64 8
  store i64 %1297, i64* %1298, align 8
  %1299 = add i32 %depth, 1
  %1300 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %1299, double %1268, i32 %1269)
  %1301 = getelementptr i64, i64* %regs, i64 0
  %1302 = load i64, i64* %1301, align 8
  store i64 %1302, i64* %fuel, align 8
  %1303 = getelementptr i64, i64* %regs, i64 6
  %1304 = load i64, i64* %1303, align 8
  store i64 %1304, i64* %lowStart, align 8
  %1305 = getelementptr i64, i64* %regs, i64 7
  %1306 = load i64, i64* %1305, align 8
  store i64 %1306, i64* %lowEnd, align 8
  %1307 = getelementptr i64, i64* %regs, i64 8
  %1308 = load i64, i64* %1307, align 8
  store i64 %1308, i64* %highEnd, align 8
  %1309 = add i32 %1267, %1300
  store i32 %1309, i32* %cur, align 4
  %1310 = load i32, i32* %cur, align 4
  %1311 = load i32, i32* %text, align 4
  %1312 = sub i32 %1310, %1311
  %1313 = sub i32 %1312, 4
  store i32 %1313, i32* %len.3, align 4
  %1314 = load i32, i32* %text, align 4
  %1315 = load i32, i32* %len.3, align 4
  %1316 = zext i32 %1314 to i64
  %1317 = add i64 %1316, 4
  %1318 = icmp uge i64 %1316, %scratch_start
  %1319 = load i64, i64* %highEnd, align 8
  %1320 = icmp ule i64 %1317, %1319
  %1321 = and i1 %1318, %1320
  br i1 %1321, label %write.ok214, label %write.low212

write.low212:                                     ; preds = %stack_ok211
  %1322 = load i64, i64* %lowStart, align 8
  %1323 = icmp uge i64 %1316, %1322
  %1324 = load i64, i64* %lowEnd, align 8
  %1325 = icmp ule i64 %1317, %1324
  %1326 = and i1 %1323, %1325
  br i1 %1326, label %write.ok214, label %write.slow213

write.slow213:                                    ; preds = %write.low212
  %1327 = icmp ugt i64 %1317, %arena_size
  br i1 %1327, label %trap17.site0, label %ok215

write.ok214:                                      ; preds = %ok215, %write.low212, %stack_ok211
  %1328 = getelementptr i8, i8* %mem, i64 %1316
  store i32 %1315, i32* %unaligned216, align 4
  %1329 = bitcast i32* %unaligned216 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1328, i8* %1329, i64 4, i1 false)
  %1330 = load i32, i32* %len.3, align 4
  %1331 = add i32 %1330, 4
  %1332 = zext i32 %1331 to i64
  %1333 = getelementptr i64, i64* %regs, i64 1
  %1334 = getelementptr i64, i64* %regs, i64 2
  %1335 = load i64, i64* %1333, align 8
  %1336 = add i64 %1335, 3
  %1337 = and i64 %1336, -4
  %1338 = add i64 %1337, %1332
  %1339 = load i64, i64* %1334, align 8
  %1340 = icmp ugt i64 %1338, %1339
  br i1 %1340, label %trap15.site23, label %ok217

ok215:                                            ; preds = %write.slow213
  %1341 = icmp ult i64 %1316, %scratch_start
  %1342 = load i64, i64* %lowStart, align 8
  %1343 = call i64 @llvm.umin.i64(i64 %1342, i64 %1316)
  %1344 = load i64, i64* %lowEnd, align 8
  %1345 = load i64, i64* %highEnd, align 8
  %1346 = add i64 %1317, 64
  %1347 = sub i64 %1317, %1343
  %1348 = lshr i64 %1347, 4
  %1349 = add i64 %1346, %1348
  %1350 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1349)
  %1351 = call i64 @llvm.umax.i64(i64 %1344, i64 %1350)
  %1352 = select i1 %1341, i64 %1351, i64 %1344
  store i64 %1352, i64* %lowEnd, align 8
  %1353 = add i64 %1317, 64
  %1354 = sub i64 %1317, %scratch_start
  %1355 = lshr i64 %1354, 4
  %1356 = add i64 %1353, %1355
  %1357 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1356)
  %1358 = call i64 @llvm.umax.i64(i64 %1345, i64 %1357)
  %1359 = select i1 %1341, i64 %1345, i64 %1358
  store i64 %1359, i64* %highEnd, align 8
  store i64 %1343, i64* %lowStart, align 8
  br label %write.ok214

ok217:                                            ; preds = %write.ok214
  store i64 %1338, i64* %1333, align 8
  %1360 = load i64, i64* %highEnd, align 8
  %1361 = call i64 @llvm.umax.i64(i64 %1360, i64 %1338)
  store i64 %1361, i64* %highEnd, align 8
  %1362 = trunc i64 %1337 to i32
  store i32 %1362, i32* %result185, align 4
  br label %e43

write.low218:                                     ; preds = %e43
  %1363 = load i64, i64* %lowStart, align 8
  %1364 = icmp uge i64 %1110, %1363
  %1365 = load i64, i64* %lowEnd, align 8
  %1366 = icmp ule i64 %1111, %1365
  %1367 = and i1 %1364, %1366
  br i1 %1367, label %write.ok220, label %write.slow219

write.slow219:                                    ; preds = %write.low218
  %1368 = icmp ugt i64 %1111, %arena_size
  br i1 %1368, label %trap17.site0, label %ok221

write.ok220:                                      ; preds = %ok221, %write.low218, %e43
  %1369 = getelementptr i8, i8* %mem, i64 %1110
  store i32 %1108, i32* %unaligned222, align 4
  %1370 = bitcast i32* %unaligned222 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1369, i8* %1370, i64 4, i1 false)
  %1371 = load i32, i32* %len.2, align 4
  %1372 = add i32 %1371, 1
  store i32 %1372, i32* %len.2, align 4
  %1373 = load i32, i32* %k.5, align 4
  %1374 = add i32 %1373, 1
  store i32 %1374, i32* %k.5, align 4
  br label %each42

ok221:                                            ; preds = %write.slow219
  %1375 = icmp ult i64 %1110, %scratch_start
  %1376 = load i64, i64* %lowStart, align 8
  %1377 = call i64 @llvm.umin.i64(i64 %1376, i64 %1110)
  %1378 = load i64, i64* %lowEnd, align 8
  %1379 = load i64, i64* %highEnd, align 8
  %1380 = add i64 %1111, 64
  %1381 = sub i64 %1111, %1377
  %1382 = lshr i64 %1381, 4
  %1383 = add i64 %1380, %1382
  %1384 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1383)
  %1385 = call i64 @llvm.umax.i64(i64 %1378, i64 %1384)
  %1386 = select i1 %1375, i64 %1385, i64 %1378
  store i64 %1386, i64* %lowEnd, align 8
  %1387 = add i64 %1111, 64
  %1388 = sub i64 %1111, %scratch_start
  %1389 = lshr i64 %1388, 4
  %1390 = add i64 %1387, %1389
  %1391 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1390)
  %1392 = call i64 @llvm.umax.i64(i64 %1379, i64 %1391)
  %1393 = select i1 %1375, i64 %1379, i64 %1392
  store i64 %1393, i64* %highEnd, align 8
  store i64 %1377, i64* %lowStart, align 8
  br label %write.ok220

dead223:                                          ; No predecessors!
  br label %block41

write.low224:                                     ; preds = %block41
  %1394 = load i64, i64* %lowStart, align 8
  %1395 = icmp uge i64 %1074, %1394
  %1396 = load i64, i64* %lowEnd, align 8
  %1397 = icmp ule i64 %1075, %1396
  %1398 = and i1 %1395, %1397
  br i1 %1398, label %write.ok226, label %write.slow225

write.slow225:                                    ; preds = %write.low224
  %1399 = icmp ugt i64 %1075, %arena_size
  br i1 %1399, label %trap17.site0, label %ok227

write.ok226:                                      ; preds = %ok227, %write.low224, %block41
  %1400 = getelementptr i8, i8* %mem, i64 %1074
  store i32 %1073, i32* %unaligned228, align 4
  %1401 = bitcast i32* %unaligned228 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1400, i8* %1401, i64 4, i1 false)
  %1402 = load i32, i32* %list.2, align 4
  store i32 %1402, i32* %result171, align 4
  br label %e39

ok227:                                            ; preds = %write.slow225
  %1403 = icmp ult i64 %1074, %scratch_start
  %1404 = load i64, i64* %lowStart, align 8
  %1405 = call i64 @llvm.umin.i64(i64 %1404, i64 %1074)
  %1406 = load i64, i64* %lowEnd, align 8
  %1407 = load i64, i64* %highEnd, align 8
  %1408 = add i64 %1075, 64
  %1409 = sub i64 %1075, %1405
  %1410 = lshr i64 %1409, 4
  %1411 = add i64 %1408, %1410
  %1412 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1411)
  %1413 = call i64 @llvm.umax.i64(i64 %1406, i64 %1412)
  %1414 = select i1 %1403, i64 %1413, i64 %1406
  store i64 %1414, i64* %lowEnd, align 8
  %1415 = add i64 %1075, 64
  %1416 = sub i64 %1075, %scratch_start
  %1417 = lshr i64 %1416, 4
  %1418 = add i64 %1415, %1417
  %1419 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1418)
  %1420 = call i64 @llvm.umax.i64(i64 %1407, i64 %1419)
  %1421 = select i1 %1403, i64 %1407, i64 %1420
  store i64 %1421, i64* %highEnd, align 8
  store i64 %1405, i64* %lowStart, align 8
  br label %write.ok226

ok229:                                            ; preds = %e39
  %1422 = icmp ult i64 %10, %stack_limit
  br i1 %1422, label %trap253.site0, label %stack_ok230

trap15.site16:                                    ; preds = %e39
  %1423 = load i64, i64* %lowStart, align 8
  %1424 = getelementptr i64, i64* %regs, i64 6
  store i64 %1423, i64* %1424, align 8
  %1425 = load i64, i64* %lowEnd, align 8
  %1426 = getelementptr i64, i64* %regs, i64 7
  store i64 %1425, i64* %1426, align 8
  %1427 = load i64, i64* %highEnd, align 8
  %1428 = getelementptr i64, i64* %regs, i64 8
  store i64 %1427, i64* %1428, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok230:                                      ; preds = %ok229
  %1429 = load i64, i64* %fuel, align 8
  %1430 = getelementptr i64, i64* %regs, i64 0
  store i64 %1429, i64* %1430, align 8
  %1431 = load i64, i64* %lowStart, align 8
  %1432 = getelementptr i64, i64* %regs, i64 6
  store i64 %1431, i64* %1432, align 8
  %1433 = load i64, i64* %lowEnd, align 8
  %1434 = getelementptr i64, i64* %regs, i64 7
  store i64 %1433, i64* %1434, align 8
  %1435 = load i64, i64* %highEnd, align 8
  %1436 = getelementptr i64, i64* %regs, i64 8
  store i64 %1435, i64* %1436, align 8
  %1437 = add i32 %depth, 1
  %1438 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1437, i32 %1033, i32 11104)
  %1439 = getelementptr i64, i64* %regs, i64 0
  %1440 = load i64, i64* %1439, align 8
  store i64 %1440, i64* %fuel, align 8
  %1441 = getelementptr i64, i64* %regs, i64 6
  %1442 = load i64, i64* %1441, align 8
  store i64 %1442, i64* %lowStart, align 8
  %1443 = getelementptr i64, i64* %regs, i64 7
  %1444 = load i64, i64* %1443, align 8
  store i64 %1444, i64* %lowEnd, align 8
  %1445 = getelementptr i64, i64* %regs, i64 8
  %1446 = load i64, i64* %1445, align 8
  store i64 %1446, i64* %highEnd, align 8
  store i32 %1438, i32* %report, align 4
  %1447 = load i32, i32* %dict, align 4
  %1448 = load i32, i32* %report, align 4
  %1449 = zext i32 %1447 to i64
  %1450 = add i64 %1449, 48
  %1451 = add i64 %1450, 4
  %1452 = icmp uge i64 %1450, %scratch_start
  %1453 = load i64, i64* %highEnd, align 8
  %1454 = icmp ule i64 %1451, %1453
  %1455 = and i1 %1452, %1454
  br i1 %1455, label %write.ok233, label %write.low231

write.low231:                                     ; preds = %stack_ok230
  %1456 = load i64, i64* %lowStart, align 8
  %1457 = icmp uge i64 %1450, %1456
  %1458 = load i64, i64* %lowEnd, align 8
  %1459 = icmp ule i64 %1451, %1458
  %1460 = and i1 %1457, %1459
  br i1 %1460, label %write.ok233, label %write.slow232

write.slow232:                                    ; preds = %write.low231
  %1461 = icmp ugt i64 %1451, %arena_size
  br i1 %1461, label %trap17.site0, label %ok234

write.ok233:                                      ; preds = %ok234, %write.low231, %stack_ok230
  %1462 = getelementptr i8, i8* %mem, i64 %1450
  store i32 %1448, i32* %unaligned235, align 4
  %1463 = bitcast i32* %unaligned235 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1462, i8* %1463, i64 4, i1 false)
  %1464 = load i32, i32* %dict, align 4
  store i32 %1464, i32* %result3, align 4
  br label %e0

ok234:                                            ; preds = %write.slow232
  %1465 = icmp ult i64 %1450, %scratch_start
  %1466 = load i64, i64* %lowStart, align 8
  %1467 = call i64 @llvm.umin.i64(i64 %1466, i64 %1450)
  %1468 = load i64, i64* %lowEnd, align 8
  %1469 = load i64, i64* %highEnd, align 8
  %1470 = add i64 %1451, 64
  %1471 = sub i64 %1451, %1467
  %1472 = lshr i64 %1471, 4
  %1473 = add i64 %1470, %1472
  %1474 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1473)
  %1475 = call i64 @llvm.umax.i64(i64 %1468, i64 %1474)
  %1476 = select i1 %1465, i64 %1475, i64 %1468
  store i64 %1476, i64* %lowEnd, align 8
  %1477 = add i64 %1451, 64
  %1478 = sub i64 %1451, %scratch_start
  %1479 = lshr i64 %1478, 4
  %1480 = add i64 %1477, %1479
  %1481 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1480)
  %1482 = call i64 @llvm.umax.i64(i64 %1469, i64 %1481)
  %1483 = select i1 %1465, i64 %1469, i64 %1482
  store i64 %1483, i64* %highEnd, align 8
  store i64 %1467, i64* %lowStart, align 8
  br label %write.ok233

ok236:                                            ; preds = %e0
  %1484 = icmp ult i64 %10, %stack_limit
  br i1 %1484, label %trap253.site0, label %stack_ok237

stack_ok237:                                      ; preds = %ok236
  %1485 = load i64, i64* %fuel, align 8
  %1486 = getelementptr i64, i64* %regs, i64 0
  store i64 %1485, i64* %1486, align 8
  %1487 = load i64, i64* %lowStart, align 8
  %1488 = getelementptr i64, i64* %regs, i64 6
  store i64 %1487, i64* %1488, align 8
  %1489 = load i64, i64* %lowEnd, align 8
  %1490 = getelementptr i64, i64* %regs, i64 7
  store i64 %1489, i64* %1490, align 8
  %1491 = load i64, i64* %highEnd, align 8
  %1492 = getelementptr i64, i64* %regs, i64 8
  store i64 %1491, i64* %1492, align 8
  %1493 = add i32 %depth, 1
  %1494 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1493, i32 %81, i32 %82, i32 0)
  %1495 = getelementptr i64, i64* %regs, i64 0
  %1496 = load i64, i64* %1495, align 8
  store i64 %1496, i64* %fuel, align 8
  %1497 = getelementptr i64, i64* %regs, i64 6
  %1498 = load i64, i64* %1497, align 8
  store i64 %1498, i64* %lowStart, align 8
  %1499 = getelementptr i64, i64* %regs, i64 7
  %1500 = load i64, i64* %1499, align 8
  store i64 %1500, i64* %lowEnd, align 8
  %1501 = getelementptr i64, i64* %regs, i64 8
  %1502 = load i64, i64* %1501, align 8
  store i64 %1502, i64* %highEnd, align 8
  store i32 %1494, i32* %json_end, align 4
  %1503 = load i32, i32* %json_end, align 4
  %1504 = icmp eq i32 %1503, -2
  %1505 = zext i1 %1504 to i32
  %1506 = icmp ne i32 %1505, 0
  br i1 %1506, label %then238, label %else239

then238:                                          ; preds = %stack_ok237
  br label %trap16.site3

else239:                                          ; preds = %stack_ok237
  br label %join240

join240:                                          ; preds = %else239, %dead241
  %1507 = load i32, i32* %json_end, align 4
  %1508 = icmp eq i32 %1507, -1
  %1509 = zext i1 %1508 to i32
  %1510 = icmp ne i32 %1509, 0
  br i1 %1510, label %then242, label %else243

trap16.site3:                                     ; preds = %then247, %then238
  %1511 = load i64, i64* %lowStart, align 8
  %1512 = getelementptr i64, i64* %regs, i64 6
  store i64 %1511, i64* %1512, align 8
  %1513 = load i64, i64* %lowEnd, align 8
  %1514 = getelementptr i64, i64* %regs, i64 7
  store i64 %1513, i64* %1514, align 8
  %1515 = load i64, i64* %highEnd, align 8
  %1516 = getelementptr i64, i64* %regs, i64 8
  store i64 %1515, i64* %1516, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead241:                                          ; No predecessors!
  br label %join240

then242:                                          ; preds = %join240
  %1517 = load i32, i32* %result.1, align 4
  %1518 = icmp uge i32 %depth, 1000
  br i1 %1518, label %trap15.site0, label %ok245

else243:                                          ; preds = %join240
  br label %join244

join244:                                          ; preds = %else243, %dead251
  %1519 = load i32, i32* %json_end, align 4
  %1520 = zext i32 %1519 to i64
  %1521 = getelementptr i64, i64* %regs, i64 3
  store i64 %1520, i64* %1521, align 8
  %1522 = load i32, i32* %json_end, align 4
  %1523 = load i32, i32* %json_start, align 4
  %1524 = sub i32 %1522, %1523
  %1525 = load i64, i64* %fuel, align 8
  %1526 = getelementptr i64, i64* %regs, i64 0
  store i64 %1525, i64* %1526, align 8
  %1527 = load i64, i64* %lowStart, align 8
  %1528 = getelementptr i64, i64* %regs, i64 6
  store i64 %1527, i64* %1528, align 8
  %1529 = load i64, i64* %lowEnd, align 8
  %1530 = getelementptr i64, i64* %regs, i64 7
  store i64 %1529, i64* %1530, align 8
  %1531 = load i64, i64* %highEnd, align 8
  %1532 = getelementptr i64, i64* %regs, i64 8
  store i64 %1531, i64* %1532, align 8
  ret i32 %1524

ok245:                                            ; preds = %then242
  %1533 = icmp ult i64 %10, %stack_limit
  br i1 %1533, label %trap253.site0, label %stack_ok246

stack_ok246:                                      ; preds = %ok245
  %1534 = load i64, i64* %fuel, align 8
  %1535 = getelementptr i64, i64* %regs, i64 0
  store i64 %1534, i64* %1535, align 8
  %1536 = load i64, i64* %lowStart, align 8
  %1537 = getelementptr i64, i64* %regs, i64 6
  store i64 %1536, i64* %1537, align 8
  %1538 = load i64, i64* %lowEnd, align 8
  %1539 = getelementptr i64, i64* %regs, i64 7
  store i64 %1538, i64* %1539, align 8
  %1540 = load i64, i64* %highEnd, align 8
  %1541 = getelementptr i64, i64* %regs, i64 8
  store i64 %1540, i64* %1541, align 8
  %1542 = add i32 %depth, 1
  %1543 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1542, i32 %1517)
  %1544 = getelementptr i64, i64* %regs, i64 0
  %1545 = load i64, i64* %1544, align 8
  store i64 %1545, i64* %fuel, align 8
  %1546 = getelementptr i64, i64* %regs, i64 6
  %1547 = load i64, i64* %1546, align 8
  store i64 %1547, i64* %lowStart, align 8
  %1548 = getelementptr i64, i64* %regs, i64 7
  %1549 = load i64, i64* %1548, align 8
  store i64 %1549, i64* %lowEnd, align 8
  %1550 = getelementptr i64, i64* %regs, i64 8
  %1551 = load i64, i64* %1550, align 8
  store i64 %1551, i64* %highEnd, align 8
  %1552 = icmp ne i32 %1543, 0
  br i1 %1552, label %then247, label %else248

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

define internal double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %r.arg) {
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
  %10 = add i64 %9, 16
  %11 = add i64 %10, 4
  %12 = icmp ugt i64 %11, %arena_size
  br i1 %12, label %trap17.site25, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %13 = getelementptr i8, i8* %mem, i64 %10
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
  %27 = add i64 %26, 8
  %28 = add i64 %27, 8
  %29 = icmp ugt i64 %28, %arena_size
  br i1 %29, label %trap17.site29, label %ok3

else:                                             ; preds = %stack_ok
  %30 = load i32, i32* %r, align 4
  %31 = zext i32 %30 to i64
  %32 = add i64 %31, 8
  %33 = add i64 %32, 8
  %34 = icmp ugt i64 %33, %arena_size
  br i1 %34, label %trap17.site30, label %ok6

join:                                             ; preds = %ok6, %ok5
  %35 = load double, double* %result, align 8
  %36 = load i64, i64* %fuel, align 8
  %37 = getelementptr i64, i64* %regs, i64 0
  store i64 %36, i64* %37, align 8
  ret double %35

ok3:                                              ; preds = %then
  %38 = getelementptr i8, i8* %mem, i64 %27
  %39 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %39, i8* %38, i64 8, i1 false)
  %40 = load i64, i64* %unaligned4, align 8
  %41 = bitcast i64 %40 to double
  %42 = fsub double %41, 3.200000e+01
  %43 = fmul double %42, 5.000000e+00
  br i1 false, label %trap1.site26, label %ok5

trap17.site29:                                    ; preds = %then
  call void @tetra_trap(i64* %regs, i32 17, i32 29)
  unreachable

ok5:                                              ; preds = %ok3
  %44 = fdiv double %43, 9.000000e+00
  store double %44, double* %result, align 8
  br label %join

trap1.site26:                                     ; preds = %ok3
  call void @tetra_trap(i64* %regs, i32 1, i32 26)
  unreachable

ok6:                                              ; preds = %else
  %45 = getelementptr i8, i8* %mem, i64 %32
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
