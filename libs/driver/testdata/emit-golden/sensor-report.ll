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
  %534 = load i64, i64* %lowEnd, align 8
  %535 = load i64, i64* %highEnd, align 8
  %536 = call i64 @llvm.umax.i64(i64 %534, i64 %505)
  %537 = select i1 %533, i64 %536, i64 %534
  store i64 %537, i64* %lowEnd, align 8
  %538 = call i64 @llvm.umax.i64(i64 %535, i64 %505)
  %539 = select i1 %533, i64 %535, i64 %538
  store i64 %539, i64* %highEnd, align 8
  %540 = load i64, i64* %lowStart, align 8
  %541 = call i64 @llvm.umin.i64(i64 %540, i64 %504)
  store i64 %541, i64* %lowStart, align 8
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
  %134 = load i64, i64* %lowEnd, align 8
  %135 = load i64, i64* %highEnd, align 8
  %136 = call i64 @llvm.umax.i64(i64 %134, i64 %106)
  %137 = select i1 %133, i64 %136, i64 %134
  store i64 %137, i64* %lowEnd, align 8
  %138 = call i64 @llvm.umax.i64(i64 %135, i64 %106)
  %139 = select i1 %133, i64 %135, i64 %138
  store i64 %139, i64* %highEnd, align 8
  %140 = load i64, i64* %lowStart, align 8
  %141 = call i64 @llvm.umin.i64(i64 %140, i64 %105)
  store i64 %141, i64* %lowStart, align 8
  br label %write.ok

write.low8:                                       ; preds = %write.ok
  %142 = load i64, i64* %lowStart, align 8
  %143 = icmp uge i64 %127, %142
  %144 = load i64, i64* %lowEnd, align 8
  %145 = icmp ule i64 %128, %144
  %146 = and i1 %143, %145
  br i1 %146, label %write.ok10, label %write.slow9

write.slow9:                                      ; preds = %write.low8
  %147 = icmp ugt i64 %128, %arena_size
  br i1 %147, label %trap17.site0, label %ok11

write.ok10:                                       ; preds = %ok11, %write.low8, %write.ok
  %148 = getelementptr i8, i8* %mem, i64 %127
  store i32 0, i32* %unaligned12, align 4
  %149 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %148, i8* %149, i64 4, i1 false)
  %150 = load i32, i32* %dict, align 4
  %151 = load i32, i32* %closure, align 4
  %152 = zext i32 %150 to i64
  %153 = add i64 %152, 4
  %154 = icmp uge i64 %152, %scratch_start
  %155 = load i64, i64* %highEnd, align 8
  %156 = icmp ule i64 %153, %155
  %157 = and i1 %154, %156
  br i1 %157, label %write.ok15, label %write.low13

ok11:                                             ; preds = %write.slow9
  %158 = icmp ult i64 %127, %scratch_start
  %159 = load i64, i64* %lowEnd, align 8
  %160 = load i64, i64* %highEnd, align 8
  %161 = call i64 @llvm.umax.i64(i64 %159, i64 %128)
  %162 = select i1 %158, i64 %161, i64 %159
  store i64 %162, i64* %lowEnd, align 8
  %163 = call i64 @llvm.umax.i64(i64 %160, i64 %128)
  %164 = select i1 %158, i64 %160, i64 %163
  store i64 %164, i64* %highEnd, align 8
  %165 = load i64, i64* %lowStart, align 8
  %166 = call i64 @llvm.umin.i64(i64 %165, i64 %127)
  store i64 %166, i64* %lowStart, align 8
  br label %write.ok10

write.low13:                                      ; preds = %write.ok10
  %167 = load i64, i64* %lowStart, align 8
  %168 = icmp uge i64 %152, %167
  %169 = load i64, i64* %lowEnd, align 8
  %170 = icmp ule i64 %153, %169
  %171 = and i1 %168, %170
  br i1 %171, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %172 = icmp ugt i64 %153, %arena_size
  br i1 %172, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %write.ok10
  %173 = getelementptr i8, i8* %mem, i64 %152
  store i32 %151, i32* %unaligned17, align 4
  %174 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %173, i8* %174, i64 4, i1 false)
  %175 = load i32, i32* %readings, align 4
  store i32 %175, i32* %xs, align 4
  %176 = load i32, i32* %xs, align 4
  %177 = zext i32 %176 to i64
  %178 = add i64 %177, 4
  %179 = icmp ugt i64 %178, %arena_size
  br i1 %179, label %trap17.site0, label %ok19

ok16:                                             ; preds = %write.slow14
  %180 = icmp ult i64 %152, %scratch_start
  %181 = load i64, i64* %lowEnd, align 8
  %182 = load i64, i64* %highEnd, align 8
  %183 = call i64 @llvm.umax.i64(i64 %181, i64 %153)
  %184 = select i1 %180, i64 %183, i64 %181
  store i64 %184, i64* %lowEnd, align 8
  %185 = call i64 @llvm.umax.i64(i64 %182, i64 %153)
  %186 = select i1 %180, i64 %182, i64 %185
  store i64 %186, i64* %highEnd, align 8
  %187 = load i64, i64* %lowStart, align 8
  %188 = call i64 @llvm.umin.i64(i64 %187, i64 %152)
  store i64 %188, i64* %lowStart, align 8
  br label %write.ok15

e1:                                               ; preds = %write.ok37
  %189 = load i32, i32* %result18, align 4
  store i32 %189, i32* %celsius, align 4
  %190 = load i32, i32* %dict, align 4
  %191 = load i32, i32* %celsius, align 4
  %192 = zext i32 %190 to i64
  %193 = add i64 %192, 4
  %194 = add i64 %193, 4
  %195 = icmp uge i64 %193, %scratch_start
  %196 = load i64, i64* %highEnd, align 8
  %197 = icmp ule i64 %194, %196
  %198 = and i1 %195, %197
  br i1 %198, label %write.ok42, label %write.low40

ok19:                                             ; preds = %write.ok15
  %199 = getelementptr i8, i8* %mem, i64 %177
  %200 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %200, i8* %199, i64 4, i1 false)
  %201 = load i32, i32* %unaligned20, align 4
  %202 = zext i32 %201 to i64
  %203 = mul i64 %202, 8
  %204 = add i64 8, %203
  store i64 %204, i64* %size, align 8
  %205 = load i64, i64* %size, align 8
  %206 = icmp ugt i64 %205, 2147483647
  %207 = zext i1 %206 to i32
  %208 = icmp ne i32 %207, 0
  br i1 %208, label %then, label %else

then:                                             ; preds = %ok19
  br label %trap15.site5

else:                                             ; preds = %ok19
  br label %join

join:                                             ; preds = %else, %dead
  %209 = load i64, i64* %size, align 8
  %210 = trunc i64 %209 to i32
  %211 = zext i32 %210 to i64
  %212 = getelementptr i64, i64* %regs, i64 1
  %213 = getelementptr i64, i64* %regs, i64 2
  %214 = load i64, i64* %212, align 8
  %215 = add i64 %214, 7
  %216 = and i64 %215, -8
  %217 = add i64 %216, %211
  %218 = load i64, i64* %213, align 8
  %219 = icmp ugt i64 %217, %218
  br i1 %219, label %trap15.site5, label %ok21

trap15.site5:                                     ; preds = %join, %then
  %220 = load i64, i64* %lowStart, align 8
  %221 = getelementptr i64, i64* %regs, i64 6
  store i64 %220, i64* %221, align 8
  %222 = load i64, i64* %lowEnd, align 8
  %223 = getelementptr i64, i64* %regs, i64 7
  store i64 %222, i64* %223, align 8
  %224 = load i64, i64* %highEnd, align 8
  %225 = getelementptr i64, i64* %regs, i64 8
  store i64 %224, i64* %225, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok21:                                             ; preds = %join
  store i64 %217, i64* %212, align 8
  %226 = load i64, i64* %highEnd, align 8
  %227 = call i64 @llvm.umax.i64(i64 %226, i64 %217)
  store i64 %227, i64* %highEnd, align 8
  %228 = trunc i64 %216 to i32
  store i32 %228, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %229 = load i32, i32* %xs, align 4
  %230 = zext i32 %229 to i64
  %231 = add i64 %230, 4
  %232 = icmp ugt i64 %231, %arena_size
  br i1 %232, label %trap17.site0, label %ok22

ok22:                                             ; preds = %ok21
  %233 = getelementptr i8, i8* %mem, i64 %230
  %234 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %234, i8* %233, i64 4, i1 false)
  %235 = load i32, i32* %unaligned23, align 4
  store i32 %235, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead34, %ok24
  %236 = load i32, i32* %list, align 4
  %237 = load i32, i32* %len, align 4
  %238 = zext i32 %236 to i64
  %239 = add i64 %238, 4
  %240 = icmp uge i64 %238, %scratch_start
  %241 = load i64, i64* %highEnd, align 8
  %242 = icmp ule i64 %239, %241
  %243 = and i1 %240, %242
  br i1 %243, label %write.ok37, label %write.low35

each4:                                            ; preds = %write.ok31, %ok22
  %244 = load i64, i64* %fuel, align 8
  %245 = icmp ult i64 %244, 1
  br i1 %245, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each4
  %246 = sub i64 %244, 1
  store i64 %246, i64* %fuel, align 8
  %247 = load i32, i32* %k, align 4
  %248 = load i32, i32* %n, align 4
  %249 = icmp uge i32 %247, %248
  %250 = zext i1 %249 to i32
  %251 = icmp ne i32 %250, 0
  br i1 %251, label %block3, label %cont

cont:                                             ; preds = %ok24
  %252 = load i32, i32* %xs, align 4
  %253 = load i32, i32* %k, align 4
  %254 = mul i32 %253, 4
  %255 = add i32 %252, %254
  %256 = zext i32 %255 to i64
  %257 = add i64 %256, 4
  %258 = add i64 %257, 4
  %259 = icmp ugt i64 %258, %arena_size
  br i1 %259, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %260 = getelementptr i8, i8* %mem, i64 %257
  %261 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %261, i8* %260, i64 4, i1 false)
  %262 = load i32, i32* %unaligned26, align 4
  store i32 %262, i32* %x, align 4
  %263 = load i32, i32* %x, align 4
  store i32 %263, i32* %r, align 4
  %264 = load i32, i32* %list, align 4
  %265 = load i32, i32* %len, align 4
  %266 = mul i32 %265, 8
  %267 = add i32 %264, %266
  %268 = load i32, i32* %r, align 4
  %269 = icmp uge i32 %depth, 1000
  br i1 %269, label %trap15.site6, label %ok27

ok27:                                             ; preds = %ok25
  %270 = icmp ult i64 %10, %stack_limit
  br i1 %270, label %trap253.site0, label %stack_ok28

trap15.site6:                                     ; preds = %ok25
  %271 = load i64, i64* %lowStart, align 8
  %272 = getelementptr i64, i64* %regs, i64 6
  store i64 %271, i64* %272, align 8
  %273 = load i64, i64* %lowEnd, align 8
  %274 = getelementptr i64, i64* %regs, i64 7
  store i64 %273, i64* %274, align 8
  %275 = load i64, i64* %highEnd, align 8
  %276 = getelementptr i64, i64* %regs, i64 8
  store i64 %275, i64* %276, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %277 = load i64, i64* %fuel, align 8
  %278 = getelementptr i64, i64* %regs, i64 0
  store i64 %277, i64* %278, align 8
  %279 = load i64, i64* %lowStart, align 8
  %280 = getelementptr i64, i64* %regs, i64 6
  store i64 %279, i64* %280, align 8
  %281 = load i64, i64* %lowEnd, align 8
  %282 = getelementptr i64, i64* %regs, i64 7
  store i64 %281, i64* %282, align 8
  %283 = load i64, i64* %highEnd, align 8
  %284 = getelementptr i64, i64* %regs, i64 8
  store i64 %283, i64* %284, align 8
  %285 = add i32 %depth, 1
  %286 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %285, i32 0, i32 %268)
  %287 = getelementptr i64, i64* %regs, i64 0
  %288 = load i64, i64* %287, align 8
  store i64 %288, i64* %fuel, align 8
  %289 = getelementptr i64, i64* %regs, i64 6
  %290 = load i64, i64* %289, align 8
  store i64 %290, i64* %lowStart, align 8
  %291 = getelementptr i64, i64* %regs, i64 7
  %292 = load i64, i64* %291, align 8
  store i64 %292, i64* %lowEnd, align 8
  %293 = getelementptr i64, i64* %regs, i64 8
  %294 = load i64, i64* %293, align 8
  store i64 %294, i64* %highEnd, align 8
  %295 = zext i32 %267 to i64
  %296 = add i64 %295, 8
  %297 = add i64 %296, 8
  %298 = icmp uge i64 %296, %scratch_start
  %299 = load i64, i64* %highEnd, align 8
  %300 = icmp ule i64 %297, %299
  %301 = and i1 %298, %300
  br i1 %301, label %write.ok31, label %write.low29

write.low29:                                      ; preds = %stack_ok28
  %302 = load i64, i64* %lowStart, align 8
  %303 = icmp uge i64 %296, %302
  %304 = load i64, i64* %lowEnd, align 8
  %305 = icmp ule i64 %297, %304
  %306 = and i1 %303, %305
  br i1 %306, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %307 = icmp ugt i64 %297, %arena_size
  br i1 %307, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %stack_ok28
  %308 = getelementptr i8, i8* %mem, i64 %296
  %309 = bitcast double %286 to i64
  %310 = and i64 %309, 9223372036854775807
  %311 = icmp ugt i64 %310, 9218868437227405312
  %312 = select i1 %311, i64 9221120237041090560, i64 %309
  store i64 %312, i64* %unaligned33, align 8
  %313 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %308, i8* %313, i64 8, i1 false)
  %314 = load i32, i32* %len, align 4
  %315 = add i32 %314, 1
  store i32 %315, i32* %len, align 4
  %316 = load i32, i32* %k, align 4
  %317 = add i32 %316, 1
  store i32 %317, i32* %k, align 4
  br label %each4

ok32:                                             ; preds = %write.slow30
  %318 = icmp ult i64 %296, %scratch_start
  %319 = load i64, i64* %lowEnd, align 8
  %320 = load i64, i64* %highEnd, align 8
  %321 = call i64 @llvm.umax.i64(i64 %319, i64 %297)
  %322 = select i1 %318, i64 %321, i64 %319
  store i64 %322, i64* %lowEnd, align 8
  %323 = call i64 @llvm.umax.i64(i64 %320, i64 %297)
  %324 = select i1 %318, i64 %320, i64 %323
  store i64 %324, i64* %highEnd, align 8
  %325 = load i64, i64* %lowStart, align 8
  %326 = call i64 @llvm.umin.i64(i64 %325, i64 %296)
  store i64 %326, i64* %lowStart, align 8
  br label %write.ok31

dead34:                                           ; No predecessors!
  br label %block3

write.low35:                                      ; preds = %block3
  %327 = load i64, i64* %lowStart, align 8
  %328 = icmp uge i64 %238, %327
  %329 = load i64, i64* %lowEnd, align 8
  %330 = icmp ule i64 %239, %329
  %331 = and i1 %328, %330
  br i1 %331, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %332 = icmp ugt i64 %239, %arena_size
  br i1 %332, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %block3
  %333 = getelementptr i8, i8* %mem, i64 %238
  store i32 %237, i32* %unaligned39, align 4
  %334 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %333, i8* %334, i64 4, i1 false)
  %335 = load i32, i32* %list, align 4
  store i32 %335, i32* %result18, align 4
  br label %e1

ok38:                                             ; preds = %write.slow36
  %336 = icmp ult i64 %238, %scratch_start
  %337 = load i64, i64* %lowEnd, align 8
  %338 = load i64, i64* %highEnd, align 8
  %339 = call i64 @llvm.umax.i64(i64 %337, i64 %239)
  %340 = select i1 %336, i64 %339, i64 %337
  store i64 %340, i64* %lowEnd, align 8
  %341 = call i64 @llvm.umax.i64(i64 %338, i64 %239)
  %342 = select i1 %336, i64 %338, i64 %341
  store i64 %342, i64* %highEnd, align 8
  %343 = load i64, i64* %lowStart, align 8
  %344 = call i64 @llvm.umin.i64(i64 %343, i64 %238)
  store i64 %344, i64* %lowStart, align 8
  br label %write.ok37

write.low40:                                      ; preds = %e1
  %345 = load i64, i64* %lowStart, align 8
  %346 = icmp uge i64 %193, %345
  %347 = load i64, i64* %lowEnd, align 8
  %348 = icmp ule i64 %194, %347
  %349 = and i1 %346, %348
  br i1 %349, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %350 = icmp ugt i64 %194, %arena_size
  br i1 %350, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %e1
  %351 = getelementptr i8, i8* %mem, i64 %193
  store i32 %191, i32* %unaligned44, align 4
  %352 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %351, i8* %352, i64 4, i1 false)
  %353 = load i32, i32* %readings, align 4
  store i32 %353, i32* %xs.1, align 4
  %354 = load i32, i32* %xs.1, align 4
  %355 = zext i32 %354 to i64
  %356 = add i64 %355, 4
  %357 = icmp ugt i64 %356, %arena_size
  br i1 %357, label %trap17.site0, label %ok46

ok43:                                             ; preds = %write.slow41
  %358 = icmp ult i64 %193, %scratch_start
  %359 = load i64, i64* %lowEnd, align 8
  %360 = load i64, i64* %highEnd, align 8
  %361 = call i64 @llvm.umax.i64(i64 %359, i64 %194)
  %362 = select i1 %358, i64 %361, i64 %359
  store i64 %362, i64* %lowEnd, align 8
  %363 = call i64 @llvm.umax.i64(i64 %360, i64 %194)
  %364 = select i1 %358, i64 %360, i64 %363
  store i64 %364, i64* %highEnd, align 8
  %365 = load i64, i64* %lowStart, align 8
  %366 = call i64 @llvm.umin.i64(i64 %365, i64 %193)
  store i64 %366, i64* %lowStart, align 8
  br label %write.ok42

e7:                                               ; preds = %ok46
  %367 = load i64, i64* %result45, align 8
  store i64 %367, i64* %count, align 8
  %368 = load i32, i32* %dict, align 4
  %369 = load i64, i64* %count, align 8
  %370 = zext i32 %368 to i64
  %371 = add i64 %370, 8
  %372 = add i64 %371, 8
  %373 = icmp uge i64 %371, %scratch_start
  %374 = load i64, i64* %highEnd, align 8
  %375 = icmp ule i64 %372, %374
  %376 = and i1 %373, %375
  br i1 %376, label %write.ok50, label %write.low48

ok46:                                             ; preds = %write.ok42
  %377 = getelementptr i8, i8* %mem, i64 %355
  %378 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %378, i8* %377, i64 4, i1 false)
  %379 = load i32, i32* %unaligned47, align 4
  %380 = zext i32 %379 to i64
  store i64 %380, i64* %result45, align 8
  br label %e7

write.low48:                                      ; preds = %e7
  %381 = load i64, i64* %lowStart, align 8
  %382 = icmp uge i64 %371, %381
  %383 = load i64, i64* %lowEnd, align 8
  %384 = icmp ule i64 %372, %383
  %385 = and i1 %382, %384
  br i1 %385, label %write.ok50, label %write.slow49

write.slow49:                                     ; preds = %write.low48
  %386 = icmp ugt i64 %372, %arena_size
  br i1 %386, label %trap17.site0, label %ok51

write.ok50:                                       ; preds = %ok51, %write.low48, %e7
  %387 = getelementptr i8, i8* %mem, i64 %371
  store i64 %369, i64* %unaligned52, align 8
  %388 = bitcast i64* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %387, i8* %388, i64 8, i1 false)
  %389 = load i32, i32* %readings, align 4
  store i32 %389, i32* %xs.2, align 4
  %390 = load i32, i32* %xs.2, align 4
  %391 = zext i32 %390 to i64
  %392 = add i64 %391, 4
  %393 = icmp ugt i64 %392, %arena_size
  br i1 %393, label %trap17.site0, label %ok55

ok51:                                             ; preds = %write.slow49
  %394 = icmp ult i64 %371, %scratch_start
  %395 = load i64, i64* %lowEnd, align 8
  %396 = load i64, i64* %highEnd, align 8
  %397 = call i64 @llvm.umax.i64(i64 %395, i64 %372)
  %398 = select i1 %394, i64 %397, i64 %395
  store i64 %398, i64* %lowEnd, align 8
  %399 = call i64 @llvm.umax.i64(i64 %396, i64 %372)
  %400 = select i1 %394, i64 %396, i64 %399
  store i64 %400, i64* %highEnd, align 8
  %401 = load i64, i64* %lowStart, align 8
  %402 = call i64 @llvm.umin.i64(i64 %401, i64 %371)
  store i64 %402, i64* %lowStart, align 8
  br label %write.ok50

e10:                                              ; preds = %block17
  %403 = load i32, i32* %result53, align 4
  %404 = icmp ne i32 %403, 0
  br i1 %404, label %then101, label %else102

e11:                                              ; preds = %write.ok78
  %405 = load i32, i32* %result54, align 4
  store i32 %405, i32* %xs.3, align 4
  store i32 1, i32* %unique, align 4
  %406 = load i32, i32* %xs.3, align 4
  %407 = zext i32 %406 to i64
  %408 = add i64 %407, 4
  %409 = icmp ugt i64 %408, %arena_size
  br i1 %409, label %trap17.site0, label %ok81

ok55:                                             ; preds = %write.ok50
  %410 = getelementptr i8, i8* %mem, i64 %391
  %411 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %411, i8* %410, i64 4, i1 false)
  %412 = load i32, i32* %unaligned56, align 4
  %413 = zext i32 %412 to i64
  %414 = mul i64 %413, 4
  %415 = add i64 4, %414
  store i64 %415, i64* %size.1, align 8
  %416 = load i64, i64* %size.1, align 8
  %417 = icmp ugt i64 %416, 2147483647
  %418 = zext i1 %417 to i32
  %419 = icmp ne i32 %418, 0
  br i1 %419, label %then57, label %else58

then57:                                           ; preds = %ok55
  br label %trap15.site9

else58:                                           ; preds = %ok55
  br label %join59

join59:                                           ; preds = %else58, %dead60
  %420 = load i64, i64* %size.1, align 8
  %421 = trunc i64 %420 to i32
  %422 = zext i32 %421 to i64
  %423 = getelementptr i64, i64* %regs, i64 1
  %424 = getelementptr i64, i64* %regs, i64 2
  %425 = load i64, i64* %423, align 8
  %426 = add i64 %425, 3
  %427 = and i64 %426, -4
  %428 = add i64 %427, %422
  %429 = load i64, i64* %424, align 8
  %430 = icmp ugt i64 %428, %429
  br i1 %430, label %trap15.site9, label %ok61

trap15.site9:                                     ; preds = %join59, %then57
  %431 = load i64, i64* %lowStart, align 8
  %432 = getelementptr i64, i64* %regs, i64 6
  store i64 %431, i64* %432, align 8
  %433 = load i64, i64* %lowEnd, align 8
  %434 = getelementptr i64, i64* %regs, i64 7
  store i64 %433, i64* %434, align 8
  %435 = load i64, i64* %highEnd, align 8
  %436 = getelementptr i64, i64* %regs, i64 8
  store i64 %435, i64* %436, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead60:                                           ; No predecessors!
  br label %join59

ok61:                                             ; preds = %join59
  store i64 %428, i64* %423, align 8
  %437 = load i64, i64* %highEnd, align 8
  %438 = call i64 @llvm.umax.i64(i64 %437, i64 %428)
  store i64 %438, i64* %highEnd, align 8
  %439 = trunc i64 %427 to i32
  store i32 %439, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %440 = load i32, i32* %xs.2, align 4
  %441 = zext i32 %440 to i64
  %442 = add i64 %441, 4
  %443 = icmp ugt i64 %442, %arena_size
  br i1 %443, label %trap17.site0, label %ok62

ok62:                                             ; preds = %ok61
  %444 = getelementptr i8, i8* %mem, i64 %441
  %445 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %445, i8* %444, i64 4, i1 false)
  %446 = load i32, i32* %unaligned63, align 4
  store i32 %446, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead75, %ok64
  %447 = load i32, i32* %list.1, align 4
  %448 = load i32, i32* %len.1, align 4
  %449 = zext i32 %447 to i64
  %450 = add i64 %449, 4
  %451 = icmp uge i64 %449, %scratch_start
  %452 = load i64, i64* %highEnd, align 8
  %453 = icmp ule i64 %450, %452
  %454 = and i1 %451, %453
  br i1 %454, label %write.ok78, label %write.low76

each14:                                           ; preds = %write.ok72, %ok62
  %455 = load i64, i64* %fuel, align 8
  %456 = icmp ult i64 %455, 1
  br i1 %456, label %trap14.site0, label %ok64

ok64:                                             ; preds = %each14
  %457 = sub i64 %455, 1
  store i64 %457, i64* %fuel, align 8
  %458 = load i32, i32* %k.1, align 4
  %459 = load i32, i32* %n.1, align 4
  %460 = icmp uge i32 %458, %459
  %461 = zext i1 %460 to i32
  %462 = icmp ne i32 %461, 0
  br i1 %462, label %block13, label %cont65

cont65:                                           ; preds = %ok64
  %463 = load i32, i32* %xs.2, align 4
  %464 = load i32, i32* %k.1, align 4
  %465 = mul i32 %464, 4
  %466 = add i32 %463, %465
  %467 = zext i32 %466 to i64
  %468 = add i64 %467, 4
  %469 = add i64 %468, 4
  %470 = icmp ugt i64 %469, %arena_size
  br i1 %470, label %trap17.site0, label %ok66

ok66:                                             ; preds = %cont65
  %471 = getelementptr i8, i8* %mem, i64 %468
  %472 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %472, i8* %471, i64 4, i1 false)
  %473 = load i32, i32* %unaligned67, align 4
  store i32 %473, i32* %x.1, align 4
  %474 = load i32, i32* %x.1, align 4
  store i32 %474, i32* %r.1, align 4
  %475 = load i32, i32* %list.1, align 4
  %476 = load i32, i32* %len.1, align 4
  %477 = mul i32 %476, 4
  %478 = add i32 %475, %477
  %479 = load i32, i32* %r.1, align 4
  %480 = zext i32 %479 to i64
  %481 = add i64 %480, 4
  %482 = icmp ugt i64 %481, %arena_size
  br i1 %482, label %trap17.site10, label %ok68

ok68:                                             ; preds = %ok66
  %483 = getelementptr i8, i8* %mem, i64 %480
  %484 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %484, i8* %483, i64 4, i1 false)
  %485 = load i32, i32* %unaligned69, align 4
  %486 = zext i32 %478 to i64
  %487 = add i64 %486, 4
  %488 = add i64 %487, 4
  %489 = icmp uge i64 %487, %scratch_start
  %490 = load i64, i64* %highEnd, align 8
  %491 = icmp ule i64 %488, %490
  %492 = and i1 %489, %491
  br i1 %492, label %write.ok72, label %write.low70

trap17.site10:                                    ; preds = %ok66
  %493 = load i64, i64* %lowStart, align 8
  %494 = getelementptr i64, i64* %regs, i64 6
  store i64 %493, i64* %494, align 8
  %495 = load i64, i64* %lowEnd, align 8
  %496 = getelementptr i64, i64* %regs, i64 7
  store i64 %495, i64* %496, align 8
  %497 = load i64, i64* %highEnd, align 8
  %498 = getelementptr i64, i64* %regs, i64 8
  store i64 %497, i64* %498, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

write.low70:                                      ; preds = %ok68
  %499 = load i64, i64* %lowStart, align 8
  %500 = icmp uge i64 %487, %499
  %501 = load i64, i64* %lowEnd, align 8
  %502 = icmp ule i64 %488, %501
  %503 = and i1 %500, %502
  br i1 %503, label %write.ok72, label %write.slow71

write.slow71:                                     ; preds = %write.low70
  %504 = icmp ugt i64 %488, %arena_size
  br i1 %504, label %trap17.site0, label %ok73

write.ok72:                                       ; preds = %ok73, %write.low70, %ok68
  %505 = getelementptr i8, i8* %mem, i64 %487
  store i32 %485, i32* %unaligned74, align 4
  %506 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %505, i8* %506, i64 4, i1 false)
  %507 = load i32, i32* %len.1, align 4
  %508 = add i32 %507, 1
  store i32 %508, i32* %len.1, align 4
  %509 = load i32, i32* %k.1, align 4
  %510 = add i32 %509, 1
  store i32 %510, i32* %k.1, align 4
  br label %each14

ok73:                                             ; preds = %write.slow71
  %511 = icmp ult i64 %487, %scratch_start
  %512 = load i64, i64* %lowEnd, align 8
  %513 = load i64, i64* %highEnd, align 8
  %514 = call i64 @llvm.umax.i64(i64 %512, i64 %488)
  %515 = select i1 %511, i64 %514, i64 %512
  store i64 %515, i64* %lowEnd, align 8
  %516 = call i64 @llvm.umax.i64(i64 %513, i64 %488)
  %517 = select i1 %511, i64 %513, i64 %516
  store i64 %517, i64* %highEnd, align 8
  %518 = load i64, i64* %lowStart, align 8
  %519 = call i64 @llvm.umin.i64(i64 %518, i64 %487)
  store i64 %519, i64* %lowStart, align 8
  br label %write.ok72

dead75:                                           ; No predecessors!
  br label %block13

write.low76:                                      ; preds = %block13
  %520 = load i64, i64* %lowStart, align 8
  %521 = icmp uge i64 %449, %520
  %522 = load i64, i64* %lowEnd, align 8
  %523 = icmp ule i64 %450, %522
  %524 = and i1 %521, %523
  br i1 %524, label %write.ok78, label %write.slow77

write.slow77:                                     ; preds = %write.low76
  %525 = icmp ugt i64 %450, %arena_size
  br i1 %525, label %trap17.site0, label %ok79

write.ok78:                                       ; preds = %ok79, %write.low76, %block13
  %526 = getelementptr i8, i8* %mem, i64 %449
  store i32 %448, i32* %unaligned80, align 4
  %527 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %526, i8* %527, i64 4, i1 false)
  %528 = load i32, i32* %list.1, align 4
  store i32 %528, i32* %result54, align 4
  br label %e11

ok79:                                             ; preds = %write.slow77
  %529 = icmp ult i64 %449, %scratch_start
  %530 = load i64, i64* %lowEnd, align 8
  %531 = load i64, i64* %highEnd, align 8
  %532 = call i64 @llvm.umax.i64(i64 %530, i64 %450)
  %533 = select i1 %529, i64 %532, i64 %530
  store i64 %533, i64* %lowEnd, align 8
  %534 = call i64 @llvm.umax.i64(i64 %531, i64 %450)
  %535 = select i1 %529, i64 %531, i64 %534
  store i64 %535, i64* %highEnd, align 8
  %536 = load i64, i64* %lowStart, align 8
  %537 = call i64 @llvm.umin.i64(i64 %536, i64 %449)
  store i64 %537, i64* %lowStart, align 8
  br label %write.ok78

ok81:                                             ; preds = %e11
  %538 = getelementptr i8, i8* %mem, i64 %407
  %539 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %539, i8* %538, i64 4, i1 false)
  %540 = load i32, i32* %unaligned82, align 4
  store i32 %540, i32* %n.2, align 4
  store i32 0, i32* %i, align 4
  br label %loop18

block17:                                          ; preds = %dead100, %then95, %ok83
  %541 = load i32, i32* %unique, align 4
  store i32 %541, i32* %result53, align 4
  br label %e10

loop18:                                           ; preds = %join88, %ok81
  %542 = load i64, i64* %fuel, align 8
  %543 = icmp ult i64 %542, 1
  br i1 %543, label %trap14.site0, label %ok83

ok83:                                             ; preds = %loop18
  %544 = sub i64 %542, 1
  store i64 %544, i64* %fuel, align 8
  %545 = load i32, i32* %i, align 4
  %546 = load i32, i32* %n.2, align 4
  %547 = icmp uge i32 %545, %546
  %548 = zext i1 %547 to i32
  %549 = icmp ne i32 %548, 0
  br i1 %549, label %block17, label %cont84

cont84:                                           ; preds = %ok83
  %550 = load i32, i32* %i, align 4
  %551 = add i32 %550, 1
  store i32 %551, i32* %j, align 4
  br label %loop19

loop19:                                           ; preds = %join97, %cont84
  %552 = load i64, i64* %fuel, align 8
  %553 = icmp ult i64 %552, 1
  br i1 %553, label %trap14.site0, label %ok85

ok85:                                             ; preds = %loop19
  %554 = sub i64 %552, 1
  store i64 %554, i64* %fuel, align 8
  %555 = load i32, i32* %j, align 4
  %556 = load i32, i32* %n.2, align 4
  %557 = icmp ult i32 %555, %556
  %558 = zext i1 %557 to i32
  %559 = icmp ne i32 %558, 0
  br i1 %559, label %then86, label %else87

then86:                                           ; preds = %ok85
  %560 = load i32, i32* %xs.3, align 4
  %561 = load i32, i32* %i, align 4
  %562 = mul i32 %561, 4
  %563 = add i32 %560, %562
  %564 = zext i32 %563 to i64
  %565 = add i64 %564, 4
  %566 = add i64 %565, 4
  %567 = icmp ugt i64 %566, %arena_size
  br i1 %567, label %trap17.site0, label %ok89

else87:                                           ; preds = %ok85
  br label %join88

join88:                                           ; preds = %else87, %dead99
  %568 = load i32, i32* %i, align 4
  %569 = add i32 %568, 1
  store i32 %569, i32* %i, align 4
  br label %loop18

ok89:                                             ; preds = %then86
  %570 = getelementptr i8, i8* %mem, i64 %565
  %571 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %571, i8* %570, i64 4, i1 false)
  %572 = load i32, i32* %unaligned90, align 4
  %573 = load i32, i32* %xs.3, align 4
  %574 = load i32, i32* %j, align 4
  %575 = mul i32 %574, 4
  %576 = add i32 %573, %575
  %577 = zext i32 %576 to i64
  %578 = add i64 %577, 4
  %579 = add i64 %578, 4
  %580 = icmp ugt i64 %579, %arena_size
  br i1 %580, label %trap17.site0, label %ok91

ok91:                                             ; preds = %ok89
  %581 = getelementptr i8, i8* %mem, i64 %578
  %582 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %582, i8* %581, i64 4, i1 false)
  %583 = load i32, i32* %unaligned92, align 4
  %584 = icmp uge i32 %depth, 1000
  br i1 %584, label %trap15.site0, label %ok93

ok93:                                             ; preds = %ok91
  %585 = icmp ult i64 %10, %stack_limit
  br i1 %585, label %trap253.site0, label %stack_ok94

trap15.site0:                                     ; preds = %then242, %e0, %ok91
  %586 = load i64, i64* %lowStart, align 8
  %587 = getelementptr i64, i64* %regs, i64 6
  store i64 %586, i64* %587, align 8
  %588 = load i64, i64* %lowEnd, align 8
  %589 = getelementptr i64, i64* %regs, i64 7
  store i64 %588, i64* %589, align 8
  %590 = load i64, i64* %highEnd, align 8
  %591 = getelementptr i64, i64* %regs, i64 8
  store i64 %590, i64* %591, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok94:                                       ; preds = %ok93
  %592 = load i64, i64* %fuel, align 8
  %593 = getelementptr i64, i64* %regs, i64 0
  store i64 %592, i64* %593, align 8
  %594 = load i64, i64* %lowStart, align 8
  %595 = getelementptr i64, i64* %regs, i64 6
  store i64 %594, i64* %595, align 8
  %596 = load i64, i64* %lowEnd, align 8
  %597 = getelementptr i64, i64* %regs, i64 7
  store i64 %596, i64* %597, align 8
  %598 = load i64, i64* %highEnd, align 8
  %599 = getelementptr i64, i64* %regs, i64 8
  store i64 %598, i64* %599, align 8
  %600 = add i32 %depth, 1
  %601 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %600, i32 %572, i32 %583)
  %602 = getelementptr i64, i64* %regs, i64 0
  %603 = load i64, i64* %602, align 8
  store i64 %603, i64* %fuel, align 8
  %604 = getelementptr i64, i64* %regs, i64 6
  %605 = load i64, i64* %604, align 8
  store i64 %605, i64* %lowStart, align 8
  %606 = getelementptr i64, i64* %regs, i64 7
  %607 = load i64, i64* %606, align 8
  store i64 %607, i64* %lowEnd, align 8
  %608 = getelementptr i64, i64* %regs, i64 8
  %609 = load i64, i64* %608, align 8
  store i64 %609, i64* %highEnd, align 8
  %610 = icmp ne i32 %601, 0
  br i1 %610, label %then95, label %else96

then95:                                           ; preds = %stack_ok94
  store i32 0, i32* %unique, align 4
  br label %block17

else96:                                           ; preds = %stack_ok94
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %611 = load i32, i32* %j, align 4
  %612 = add i32 %611, 1
  store i32 %612, i32* %j, align 4
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
  %613 = load i32, i32* %result104, align 4
  store i32 %613, i32* %sensors, align 4
  %614 = load i32, i32* %dict, align 4
  %615 = load i32, i32* %sensors, align 4
  %616 = zext i32 %614 to i64
  %617 = add i64 %616, 16
  %618 = add i64 %617, 4
  %619 = icmp uge i64 %617, %scratch_start
  %620 = load i64, i64* %highEnd, align 8
  %621 = icmp ule i64 %618, %620
  %622 = and i1 %619, %621
  br i1 %622, label %write.ok107, label %write.low105

write.low105:                                     ; preds = %join103
  %623 = load i64, i64* %lowStart, align 8
  %624 = icmp uge i64 %617, %623
  %625 = load i64, i64* %lowEnd, align 8
  %626 = icmp ule i64 %618, %625
  %627 = and i1 %624, %626
  br i1 %627, label %write.ok107, label %write.slow106

write.slow106:                                    ; preds = %write.low105
  %628 = icmp ugt i64 %618, %arena_size
  br i1 %628, label %trap17.site0, label %ok108

write.ok107:                                      ; preds = %ok108, %write.low105, %join103
  %629 = getelementptr i8, i8* %mem, i64 %617
  store i32 %615, i32* %unaligned109, align 4
  %630 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %629, i8* %630, i64 4, i1 false)
  %631 = load i32, i32* %celsius, align 4
  store i32 %631, i32* %xs.4, align 4
  %632 = load i32, i32* %xs.4, align 4
  %633 = zext i32 %632 to i64
  %634 = add i64 %633, 4
  %635 = icmp ugt i64 %634, %arena_size
  br i1 %635, label %trap17.site0, label %ok111

ok108:                                            ; preds = %write.slow106
  %636 = icmp ult i64 %617, %scratch_start
  %637 = load i64, i64* %lowEnd, align 8
  %638 = load i64, i64* %highEnd, align 8
  %639 = call i64 @llvm.umax.i64(i64 %637, i64 %618)
  %640 = select i1 %636, i64 %639, i64 %637
  store i64 %640, i64* %lowEnd, align 8
  %641 = call i64 @llvm.umax.i64(i64 %638, i64 %618)
  %642 = select i1 %636, i64 %638, i64 %641
  store i64 %642, i64* %highEnd, align 8
  %643 = load i64, i64* %lowStart, align 8
  %644 = call i64 @llvm.umin.i64(i64 %643, i64 %617)
  store i64 %644, i64* %lowStart, align 8
  br label %write.ok107

e22:                                              ; preds = %block24
  %645 = load double, double* %result110, align 8
  store double %645, double* %max_c, align 8
  %646 = load i32, i32* %dict, align 4
  %647 = load double, double* %max_c, align 8
  %648 = zext i32 %646 to i64
  %649 = add i64 %648, 24
  %650 = add i64 %649, 8
  %651 = icmp uge i64 %649, %scratch_start
  %652 = load i64, i64* %highEnd, align 8
  %653 = icmp ule i64 %650, %652
  %654 = and i1 %651, %653
  br i1 %654, label %write.ok129, label %write.low127

ok111:                                            ; preds = %write.ok107
  %655 = getelementptr i8, i8* %mem, i64 %633
  %656 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %656, i8* %655, i64 4, i1 false)
  %657 = load i32, i32* %unaligned112, align 4
  %658 = icmp eq i32 %657, 0
  %659 = zext i1 %658 to i32
  %660 = icmp ne i32 %659, 0
  br i1 %660, label %then113, label %else114

then113:                                          ; preds = %ok111
  br label %trap4.site11

else114:                                          ; preds = %ok111
  br label %join115

join115:                                          ; preds = %else114, %dead116
  store i32 1, i32* %first, align 4
  %661 = load i32, i32* %xs.4, align 4
  %662 = zext i32 %661 to i64
  %663 = add i64 %662, 4
  %664 = icmp ugt i64 %663, %arena_size
  br i1 %664, label %trap17.site0, label %ok117

trap4.site11:                                     ; preds = %then113
  %665 = load i64, i64* %lowStart, align 8
  %666 = getelementptr i64, i64* %regs, i64 6
  store i64 %665, i64* %666, align 8
  %667 = load i64, i64* %lowEnd, align 8
  %668 = getelementptr i64, i64* %regs, i64 7
  store i64 %667, i64* %668, align 8
  %669 = load i64, i64* %highEnd, align 8
  %670 = getelementptr i64, i64* %regs, i64 8
  store i64 %669, i64* %670, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 11)
  unreachable

dead116:                                          ; No predecessors!
  br label %join115

ok117:                                            ; preds = %join115
  %671 = getelementptr i8, i8* %mem, i64 %662
  %672 = bitcast i32* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %672, i8* %671, i64 4, i1 false)
  %673 = load i32, i32* %unaligned118, align 4
  store i32 %673, i32* %n.3, align 4
  store i32 0, i32* %k.2, align 4
  br label %each25

block24:                                          ; preds = %dead126, %ok119
  %674 = load double, double* %best, align 8
  store double %674, double* %result110, align 8
  br label %e22

each25:                                           ; preds = %join125, %ok117
  %675 = load i64, i64* %fuel, align 8
  %676 = icmp ult i64 %675, 1
  br i1 %676, label %trap14.site0, label %ok119

ok119:                                            ; preds = %each25
  %677 = sub i64 %675, 1
  store i64 %677, i64* %fuel, align 8
  %678 = load i32, i32* %k.2, align 4
  %679 = load i32, i32* %n.3, align 4
  %680 = icmp uge i32 %678, %679
  %681 = zext i1 %680 to i32
  %682 = icmp ne i32 %681, 0
  br i1 %682, label %block24, label %cont120

cont120:                                          ; preds = %ok119
  %683 = load i32, i32* %xs.4, align 4
  %684 = load i32, i32* %k.2, align 4
  %685 = mul i32 %684, 8
  %686 = add i32 %683, %685
  %687 = zext i32 %686 to i64
  %688 = add i64 %687, 8
  %689 = add i64 %688, 8
  %690 = icmp ugt i64 %689, %arena_size
  br i1 %690, label %trap17.site0, label %ok121

ok121:                                            ; preds = %cont120
  %691 = getelementptr i8, i8* %mem, i64 %688
  %692 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %692, i8* %691, i64 8, i1 false)
  %693 = load i64, i64* %unaligned122, align 8
  %694 = bitcast i64 %693 to double
  store double %694, double* %x.2, align 8
  %695 = load double, double* %x.2, align 8
  store double %695, double* %x.3, align 8
  %696 = load i32, i32* %first, align 4
  %697 = load double, double* %x.3, align 8
  %698 = load double, double* %best, align 8
  %699 = fcmp ogt double %697, %698
  %700 = zext i1 %699 to i32
  %701 = or i32 %696, %700
  %702 = icmp ne i32 %701, 0
  br i1 %702, label %then123, label %else124

then123:                                          ; preds = %ok121
  %703 = load double, double* %x.3, align 8
  store double %703, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join125

else124:                                          ; preds = %ok121
  br label %join125

join125:                                          ; preds = %else124, %then123
  %704 = load i32, i32* %k.2, align 4
  %705 = add i32 %704, 1
  store i32 %705, i32* %k.2, align 4
  br label %each25

dead126:                                          ; No predecessors!
  br label %block24

write.low127:                                     ; preds = %e22
  %706 = load i64, i64* %lowStart, align 8
  %707 = icmp uge i64 %649, %706
  %708 = load i64, i64* %lowEnd, align 8
  %709 = icmp ule i64 %650, %708
  %710 = and i1 %707, %709
  br i1 %710, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %711 = icmp ugt i64 %650, %arena_size
  br i1 %711, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %e22
  %712 = getelementptr i8, i8* %mem, i64 %649
  %713 = bitcast double %647 to i64
  %714 = and i64 %713, 9223372036854775807
  %715 = icmp ugt i64 %714, 9218868437227405312
  %716 = select i1 %715, i64 9221120237041090560, i64 %713
  store i64 %716, i64* %unaligned131, align 8
  %717 = bitcast i64* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %712, i8* %717, i64 8, i1 false)
  %718 = load i32, i32* %celsius, align 4
  store i32 %718, i32* %xs.5, align 4
  %719 = load i32, i32* %xs.5, align 4
  %720 = zext i32 %719 to i64
  %721 = add i64 %720, 4
  %722 = icmp ugt i64 %721, %arena_size
  br i1 %722, label %trap17.site0, label %ok133

ok130:                                            ; preds = %write.slow128
  %723 = icmp ult i64 %649, %scratch_start
  %724 = load i64, i64* %lowEnd, align 8
  %725 = load i64, i64* %highEnd, align 8
  %726 = call i64 @llvm.umax.i64(i64 %724, i64 %650)
  %727 = select i1 %723, i64 %726, i64 %724
  store i64 %727, i64* %lowEnd, align 8
  %728 = call i64 @llvm.umax.i64(i64 %725, i64 %650)
  %729 = select i1 %723, i64 %725, i64 %728
  store i64 %729, i64* %highEnd, align 8
  %730 = load i64, i64* %lowStart, align 8
  %731 = call i64 @llvm.umin.i64(i64 %730, i64 %649)
  store i64 %731, i64* %lowStart, align 8
  br label %write.ok129

e26:                                              ; preds = %block28
  %732 = load double, double* %result132, align 8
  store double %732, double* %min_c, align 8
  %733 = load i32, i32* %dict, align 4
  %734 = load double, double* %min_c, align 8
  %735 = zext i32 %733 to i64
  %736 = add i64 %735, 32
  %737 = add i64 %736, 8
  %738 = icmp uge i64 %736, %scratch_start
  %739 = load i64, i64* %highEnd, align 8
  %740 = icmp ule i64 %737, %739
  %741 = and i1 %738, %740
  br i1 %741, label %write.ok151, label %write.low149

ok133:                                            ; preds = %write.ok129
  %742 = getelementptr i8, i8* %mem, i64 %720
  %743 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %743, i8* %742, i64 4, i1 false)
  %744 = load i32, i32* %unaligned134, align 4
  %745 = icmp eq i32 %744, 0
  %746 = zext i1 %745 to i32
  %747 = icmp ne i32 %746, 0
  br i1 %747, label %then135, label %else136

then135:                                          ; preds = %ok133
  br label %trap4.site12

else136:                                          ; preds = %ok133
  br label %join137

join137:                                          ; preds = %else136, %dead138
  store i32 1, i32* %first.1, align 4
  %748 = load i32, i32* %xs.5, align 4
  %749 = zext i32 %748 to i64
  %750 = add i64 %749, 4
  %751 = icmp ugt i64 %750, %arena_size
  br i1 %751, label %trap17.site0, label %ok139

trap4.site12:                                     ; preds = %then135
  %752 = load i64, i64* %lowStart, align 8
  %753 = getelementptr i64, i64* %regs, i64 6
  store i64 %752, i64* %753, align 8
  %754 = load i64, i64* %lowEnd, align 8
  %755 = getelementptr i64, i64* %regs, i64 7
  store i64 %754, i64* %755, align 8
  %756 = load i64, i64* %highEnd, align 8
  %757 = getelementptr i64, i64* %regs, i64 8
  store i64 %756, i64* %757, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 12)
  unreachable

dead138:                                          ; No predecessors!
  br label %join137

ok139:                                            ; preds = %join137
  %758 = getelementptr i8, i8* %mem, i64 %749
  %759 = bitcast i32* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %759, i8* %758, i64 4, i1 false)
  %760 = load i32, i32* %unaligned140, align 4
  store i32 %760, i32* %n.4, align 4
  store i32 0, i32* %k.3, align 4
  br label %each29

block28:                                          ; preds = %dead148, %ok141
  %761 = load double, double* %best.1, align 8
  store double %761, double* %result132, align 8
  br label %e26

each29:                                           ; preds = %join147, %ok139
  %762 = load i64, i64* %fuel, align 8
  %763 = icmp ult i64 %762, 1
  br i1 %763, label %trap14.site0, label %ok141

ok141:                                            ; preds = %each29
  %764 = sub i64 %762, 1
  store i64 %764, i64* %fuel, align 8
  %765 = load i32, i32* %k.3, align 4
  %766 = load i32, i32* %n.4, align 4
  %767 = icmp uge i32 %765, %766
  %768 = zext i1 %767 to i32
  %769 = icmp ne i32 %768, 0
  br i1 %769, label %block28, label %cont142

cont142:                                          ; preds = %ok141
  %770 = load i32, i32* %xs.5, align 4
  %771 = load i32, i32* %k.3, align 4
  %772 = mul i32 %771, 8
  %773 = add i32 %770, %772
  %774 = zext i32 %773 to i64
  %775 = add i64 %774, 8
  %776 = add i64 %775, 8
  %777 = icmp ugt i64 %776, %arena_size
  br i1 %777, label %trap17.site0, label %ok143

ok143:                                            ; preds = %cont142
  %778 = getelementptr i8, i8* %mem, i64 %775
  %779 = bitcast i64* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %779, i8* %778, i64 8, i1 false)
  %780 = load i64, i64* %unaligned144, align 8
  %781 = bitcast i64 %780 to double
  store double %781, double* %x.4, align 8
  %782 = load double, double* %x.4, align 8
  store double %782, double* %x.5, align 8
  %783 = load i32, i32* %first.1, align 4
  %784 = load double, double* %x.5, align 8
  %785 = load double, double* %best.1, align 8
  %786 = fcmp olt double %784, %785
  %787 = zext i1 %786 to i32
  %788 = or i32 %783, %787
  %789 = icmp ne i32 %788, 0
  br i1 %789, label %then145, label %else146

then145:                                          ; preds = %ok143
  %790 = load double, double* %x.5, align 8
  store double %790, double* %best.1, align 8
  store i32 0, i32* %first.1, align 4
  br label %join147

else146:                                          ; preds = %ok143
  br label %join147

join147:                                          ; preds = %else146, %then145
  %791 = load i32, i32* %k.3, align 4
  %792 = add i32 %791, 1
  store i32 %792, i32* %k.3, align 4
  br label %each29

dead148:                                          ; No predecessors!
  br label %block28

write.low149:                                     ; preds = %e26
  %793 = load i64, i64* %lowStart, align 8
  %794 = icmp uge i64 %736, %793
  %795 = load i64, i64* %lowEnd, align 8
  %796 = icmp ule i64 %737, %795
  %797 = and i1 %794, %796
  br i1 %797, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %798 = icmp ugt i64 %737, %arena_size
  br i1 %798, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %e26
  %799 = getelementptr i8, i8* %mem, i64 %736
  %800 = bitcast double %734 to i64
  %801 = and i64 %800, 9223372036854775807
  %802 = icmp ugt i64 %801, 9218868437227405312
  %803 = select i1 %802, i64 9221120237041090560, i64 %800
  store i64 %803, i64* %unaligned153, align 8
  %804 = bitcast i64* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %799, i8* %804, i64 8, i1 false)
  %805 = load i32, i32* %celsius, align 4
  store i32 %805, i32* %xs.6, align 4
  store double 0.000000e+00, double* %sum, align 8
  %806 = load i32, i32* %xs.6, align 4
  %807 = zext i32 %806 to i64
  %808 = add i64 %807, 4
  %809 = icmp ugt i64 %808, %arena_size
  br i1 %809, label %trap17.site0, label %ok155

ok152:                                            ; preds = %write.slow150
  %810 = icmp ult i64 %736, %scratch_start
  %811 = load i64, i64* %lowEnd, align 8
  %812 = load i64, i64* %highEnd, align 8
  %813 = call i64 @llvm.umax.i64(i64 %811, i64 %737)
  %814 = select i1 %810, i64 %813, i64 %811
  store i64 %814, i64* %lowEnd, align 8
  %815 = call i64 @llvm.umax.i64(i64 %812, i64 %737)
  %816 = select i1 %810, i64 %812, i64 %815
  store i64 %816, i64* %highEnd, align 8
  %817 = load i64, i64* %lowStart, align 8
  %818 = call i64 @llvm.umin.i64(i64 %817, i64 %736)
  store i64 %818, i64* %lowStart, align 8
  br label %write.ok151

e31:                                              ; preds = %block33
  %819 = load double, double* %result154, align 8
  %820 = load i32, i32* %celsius, align 4
  store i32 %820, i32* %xs.7, align 4
  %821 = load i32, i32* %xs.7, align 4
  %822 = zext i32 %821 to i64
  %823 = add i64 %822, 4
  %824 = icmp ugt i64 %823, %arena_size
  br i1 %824, label %trap17.site0, label %ok163

ok155:                                            ; preds = %write.ok151
  %825 = getelementptr i8, i8* %mem, i64 %807
  %826 = bitcast i32* %unaligned156 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %826, i8* %825, i64 4, i1 false)
  %827 = load i32, i32* %unaligned156, align 4
  store i32 %827, i32* %n.5, align 4
  store i32 0, i32* %k.4, align 4
  br label %each34

block33:                                          ; preds = %dead161, %ok157
  %828 = load double, double* %sum, align 8
  store double %828, double* %result154, align 8
  br label %e31

each34:                                           ; preds = %ok159, %ok155
  %829 = load i64, i64* %fuel, align 8
  %830 = icmp ult i64 %829, 1
  br i1 %830, label %trap14.site0, label %ok157

ok157:                                            ; preds = %each34
  %831 = sub i64 %829, 1
  store i64 %831, i64* %fuel, align 8
  %832 = load i32, i32* %k.4, align 4
  %833 = load i32, i32* %n.5, align 4
  %834 = icmp uge i32 %832, %833
  %835 = zext i1 %834 to i32
  %836 = icmp ne i32 %835, 0
  br i1 %836, label %block33, label %cont158

cont158:                                          ; preds = %ok157
  %837 = load i32, i32* %xs.6, align 4
  %838 = load i32, i32* %k.4, align 4
  %839 = mul i32 %838, 8
  %840 = add i32 %837, %839
  %841 = zext i32 %840 to i64
  %842 = add i64 %841, 8
  %843 = add i64 %842, 8
  %844 = icmp ugt i64 %843, %arena_size
  br i1 %844, label %trap17.site0, label %ok159

ok159:                                            ; preds = %cont158
  %845 = getelementptr i8, i8* %mem, i64 %842
  %846 = bitcast i64* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %846, i8* %845, i64 8, i1 false)
  %847 = load i64, i64* %unaligned160, align 8
  %848 = bitcast i64 %847 to double
  store double %848, double* %x.6, align 8
  %849 = load double, double* %sum, align 8
  %850 = load double, double* %x.6, align 8
  %851 = fadd double %849, %850
  store double %851, double* %sum, align 8
  %852 = load i32, i32* %k.4, align 4
  %853 = add i32 %852, 1
  store i32 %853, i32* %k.4, align 4
  br label %each34

dead161:                                          ; No predecessors!
  br label %block33

e36:                                              ; preds = %ok163
  %854 = load i64, i64* %result162, align 8
  %855 = sitofp i64 %854 to double
  %856 = fcmp oeq double %855, 0.000000e+00
  br i1 %856, label %trap1.site13, label %ok165

ok163:                                            ; preds = %e31
  %857 = getelementptr i8, i8* %mem, i64 %822
  %858 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %858, i8* %857, i64 4, i1 false)
  %859 = load i32, i32* %unaligned164, align 4
  %860 = zext i32 %859 to i64
  store i64 %860, i64* %result162, align 8
  br label %e36

ok165:                                            ; preds = %e36
  %861 = fdiv double %819, %855
  store double %861, double* %mean_c, align 8
  %862 = load i32, i32* %dict, align 4
  %863 = load double, double* %mean_c, align 8
  %864 = zext i32 %862 to i64
  %865 = add i64 %864, 40
  %866 = add i64 %865, 8
  %867 = icmp uge i64 %865, %scratch_start
  %868 = load i64, i64* %highEnd, align 8
  %869 = icmp ule i64 %866, %868
  %870 = and i1 %867, %869
  br i1 %870, label %write.ok168, label %write.low166

trap1.site13:                                     ; preds = %e36
  %871 = load i64, i64* %lowStart, align 8
  %872 = getelementptr i64, i64* %regs, i64 6
  store i64 %871, i64* %872, align 8
  %873 = load i64, i64* %lowEnd, align 8
  %874 = getelementptr i64, i64* %regs, i64 7
  store i64 %873, i64* %874, align 8
  %875 = load i64, i64* %highEnd, align 8
  %876 = getelementptr i64, i64* %regs, i64 8
  store i64 %875, i64* %876, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 13)
  unreachable

write.low166:                                     ; preds = %ok165
  %877 = load i64, i64* %lowStart, align 8
  %878 = icmp uge i64 %865, %877
  %879 = load i64, i64* %lowEnd, align 8
  %880 = icmp ule i64 %866, %879
  %881 = and i1 %878, %880
  br i1 %881, label %write.ok168, label %write.slow167

write.slow167:                                    ; preds = %write.low166
  %882 = icmp ugt i64 %866, %arena_size
  br i1 %882, label %trap17.site0, label %ok169

write.ok168:                                      ; preds = %ok169, %write.low166, %ok165
  %883 = getelementptr i8, i8* %mem, i64 %865
  %884 = bitcast double %863 to i64
  %885 = and i64 %884, 9223372036854775807
  %886 = icmp ugt i64 %885, 9218868437227405312
  %887 = select i1 %886, i64 9221120237041090560, i64 %884
  store i64 %887, i64* %unaligned170, align 8
  %888 = bitcast i64* %unaligned170 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %883, i8* %888, i64 8, i1 false)
  %889 = load i32, i32* %readings, align 4
  store i32 %889, i32* %xs.8, align 4
  %890 = load i32, i32* %xs.8, align 4
  %891 = zext i32 %890 to i64
  %892 = add i64 %891, 4
  %893 = icmp ugt i64 %892, %arena_size
  br i1 %893, label %trap17.site0, label %ok172

ok169:                                            ; preds = %write.slow167
  %894 = icmp ult i64 %865, %scratch_start
  %895 = load i64, i64* %lowEnd, align 8
  %896 = load i64, i64* %highEnd, align 8
  %897 = call i64 @llvm.umax.i64(i64 %895, i64 %866)
  %898 = select i1 %894, i64 %897, i64 %895
  store i64 %898, i64* %lowEnd, align 8
  %899 = call i64 @llvm.umax.i64(i64 %896, i64 %866)
  %900 = select i1 %894, i64 %896, i64 %899
  store i64 %900, i64* %highEnd, align 8
  %901 = load i64, i64* %lowStart, align 8
  %902 = call i64 @llvm.umin.i64(i64 %901, i64 %865)
  store i64 %902, i64* %lowStart, align 8
  br label %write.ok168

e39:                                              ; preds = %write.ok226
  %903 = load i32, i32* %result171, align 4
  %904 = icmp uge i32 %depth, 1000
  br i1 %904, label %trap15.site16, label %ok229

ok172:                                            ; preds = %write.ok168
  %905 = getelementptr i8, i8* %mem, i64 %891
  %906 = bitcast i32* %unaligned173 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %906, i8* %905, i64 4, i1 false)
  %907 = load i32, i32* %unaligned173, align 4
  %908 = zext i32 %907 to i64
  %909 = mul i64 %908, 4
  %910 = add i64 4, %909
  store i64 %910, i64* %size.2, align 8
  %911 = load i64, i64* %size.2, align 8
  %912 = icmp ugt i64 %911, 2147483647
  %913 = zext i1 %912 to i32
  %914 = icmp ne i32 %913, 0
  br i1 %914, label %then174, label %else175

then174:                                          ; preds = %ok172
  br label %trap15.site17

else175:                                          ; preds = %ok172
  br label %join176

join176:                                          ; preds = %else175, %dead177
  %915 = load i64, i64* %size.2, align 8
  %916 = trunc i64 %915 to i32
  %917 = zext i32 %916 to i64
  %918 = getelementptr i64, i64* %regs, i64 1
  %919 = getelementptr i64, i64* %regs, i64 2
  %920 = load i64, i64* %918, align 8
  %921 = add i64 %920, 3
  %922 = and i64 %921, -4
  %923 = add i64 %922, %917
  %924 = load i64, i64* %919, align 8
  %925 = icmp ugt i64 %923, %924
  br i1 %925, label %trap15.site17, label %ok178

trap15.site17:                                    ; preds = %join176, %then174
  %926 = load i64, i64* %lowStart, align 8
  %927 = getelementptr i64, i64* %regs, i64 6
  store i64 %926, i64* %927, align 8
  %928 = load i64, i64* %lowEnd, align 8
  %929 = getelementptr i64, i64* %regs, i64 7
  store i64 %928, i64* %929, align 8
  %930 = load i64, i64* %highEnd, align 8
  %931 = getelementptr i64, i64* %regs, i64 8
  store i64 %930, i64* %931, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead177:                                          ; No predecessors!
  br label %join176

ok178:                                            ; preds = %join176
  store i64 %923, i64* %918, align 8
  %932 = load i64, i64* %highEnd, align 8
  %933 = call i64 @llvm.umax.i64(i64 %932, i64 %923)
  store i64 %933, i64* %highEnd, align 8
  %934 = trunc i64 %922 to i32
  store i32 %934, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %935 = load i32, i32* %xs.8, align 4
  %936 = zext i32 %935 to i64
  %937 = add i64 %936, 4
  %938 = icmp ugt i64 %937, %arena_size
  br i1 %938, label %trap17.site0, label %ok179

ok179:                                            ; preds = %ok178
  %939 = getelementptr i8, i8* %mem, i64 %936
  %940 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %940, i8* %939, i64 4, i1 false)
  %941 = load i32, i32* %unaligned180, align 4
  store i32 %941, i32* %n.6, align 4
  store i32 0, i32* %k.5, align 4
  br label %each42

block41:                                          ; preds = %dead223, %ok181
  %942 = load i32, i32* %list.2, align 4
  %943 = load i32, i32* %len.2, align 4
  %944 = zext i32 %942 to i64
  %945 = add i64 %944, 4
  %946 = icmp uge i64 %944, %scratch_start
  %947 = load i64, i64* %highEnd, align 8
  %948 = icmp ule i64 %945, %947
  %949 = and i1 %946, %948
  br i1 %949, label %write.ok226, label %write.low224

each42:                                           ; preds = %write.ok220, %ok179
  %950 = load i64, i64* %fuel, align 8
  %951 = icmp ult i64 %950, 1
  br i1 %951, label %trap14.site0, label %ok181

ok181:                                            ; preds = %each42
  %952 = sub i64 %950, 1
  store i64 %952, i64* %fuel, align 8
  %953 = load i32, i32* %k.5, align 4
  %954 = load i32, i32* %n.6, align 4
  %955 = icmp uge i32 %953, %954
  %956 = zext i1 %955 to i32
  %957 = icmp ne i32 %956, 0
  br i1 %957, label %block41, label %cont182

cont182:                                          ; preds = %ok181
  %958 = load i32, i32* %xs.8, align 4
  %959 = load i32, i32* %k.5, align 4
  %960 = mul i32 %959, 4
  %961 = add i32 %958, %960
  %962 = zext i32 %961 to i64
  %963 = add i64 %962, 4
  %964 = add i64 %963, 4
  %965 = icmp ugt i64 %964, %arena_size
  br i1 %965, label %trap17.site0, label %ok183

ok183:                                            ; preds = %cont182
  %966 = getelementptr i8, i8* %mem, i64 %963
  %967 = bitcast i32* %unaligned184 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %967, i8* %966, i64 4, i1 false)
  %968 = load i32, i32* %unaligned184, align 4
  store i32 %968, i32* %x.7, align 4
  %969 = load i32, i32* %x.7, align 4
  store i32 %969, i32* %r.2, align 4
  %970 = load i32, i32* %list.2, align 4
  %971 = load i32, i32* %len.2, align 4
  %972 = mul i32 %971, 4
  %973 = add i32 %970, %972
  %974 = load i32, i32* %r.2, align 4
  %975 = zext i32 %974 to i64
  %976 = add i64 %975, 4
  %977 = icmp ugt i64 %976, %arena_size
  br i1 %977, label %trap17.site18, label %ok186

e43:                                              ; preds = %ok217
  %978 = load i32, i32* %result185, align 4
  %979 = zext i32 %973 to i64
  %980 = add i64 %979, 4
  %981 = add i64 %980, 4
  %982 = icmp uge i64 %980, %scratch_start
  %983 = load i64, i64* %highEnd, align 8
  %984 = icmp ule i64 %981, %983
  %985 = and i1 %982, %984
  br i1 %985, label %write.ok220, label %write.low218

ok186:                                            ; preds = %ok183
  %986 = getelementptr i8, i8* %mem, i64 %975
  %987 = bitcast i32* %unaligned187 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %987, i8* %986, i64 4, i1 false)
  %988 = load i32, i32* %unaligned187, align 4
  store i32 %988, i32* %part, align 4
  %989 = load i32, i32* %r.2, align 4
  %990 = icmp uge i32 %depth, 1000
  br i1 %990, label %trap15.site22, label %ok188

trap17.site18:                                    ; preds = %ok183
  %991 = load i64, i64* %lowStart, align 8
  %992 = getelementptr i64, i64* %regs, i64 6
  store i64 %991, i64* %992, align 8
  %993 = load i64, i64* %lowEnd, align 8
  %994 = getelementptr i64, i64* %regs, i64 7
  store i64 %993, i64* %994, align 8
  %995 = load i64, i64* %highEnd, align 8
  %996 = getelementptr i64, i64* %regs, i64 8
  store i64 %995, i64* %996, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok188:                                            ; preds = %ok186
  %997 = icmp ult i64 %10, %stack_limit
  br i1 %997, label %trap253.site0, label %stack_ok189

trap15.site22:                                    ; preds = %ok186
  %998 = load i64, i64* %lowStart, align 8
  %999 = getelementptr i64, i64* %regs, i64 6
  store i64 %998, i64* %999, align 8
  %1000 = load i64, i64* %lowEnd, align 8
  %1001 = getelementptr i64, i64* %regs, i64 7
  store i64 %1000, i64* %1001, align 8
  %1002 = load i64, i64* %highEnd, align 8
  %1003 = getelementptr i64, i64* %regs, i64 8
  store i64 %1002, i64* %1003, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

stack_ok189:                                      ; preds = %ok188
  %1004 = load i64, i64* %fuel, align 8
  %1005 = getelementptr i64, i64* %regs, i64 0
  store i64 %1004, i64* %1005, align 8
  %1006 = load i64, i64* %lowStart, align 8
  %1007 = getelementptr i64, i64* %regs, i64 6
  store i64 %1006, i64* %1007, align 8
  %1008 = load i64, i64* %lowEnd, align 8
  %1009 = getelementptr i64, i64* %regs, i64 7
  store i64 %1008, i64* %1009, align 8
  %1010 = load i64, i64* %highEnd, align 8
  %1011 = getelementptr i64, i64* %regs, i64 8
  store i64 %1010, i64* %1011, align 8
  %1012 = add i32 %depth, 1
  %1013 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %1012, i32 0, i32 %989)
  %1014 = getelementptr i64, i64* %regs, i64 0
  %1015 = load i64, i64* %1014, align 8
  store i64 %1015, i64* %fuel, align 8
  %1016 = getelementptr i64, i64* %regs, i64 6
  %1017 = load i64, i64* %1016, align 8
  store i64 %1017, i64* %lowStart, align 8
  %1018 = getelementptr i64, i64* %regs, i64 7
  %1019 = load i64, i64* %1018, align 8
  store i64 %1019, i64* %lowEnd, align 8
  %1020 = getelementptr i64, i64* %regs, i64 8
  %1021 = load i64, i64* %1020, align 8
  store i64 %1021, i64* %highEnd, align 8
  %1022 = fmul double %1013, 1.000000e+01
  %1023 = call double @llvm.roundeven.f64(double %1022)
  %1024 = call i64 @llvm.fptosi.sat.i64.f64(double %1023)
  %1025 = sitofp i64 %1024 to double
  br i1 false, label %trap1.site19, label %ok190

ok190:                                            ; preds = %stack_ok189
  %1026 = fdiv double %1025, 1.000000e+01
  store double %1026, double* %part.1, align 8
  %1027 = getelementptr i64, i64* %regs, i64 1
  %1028 = load i64, i64* %1027, align 8
  %1029 = trunc i64 %1028 to i32
  %1030 = add i32 %1029, 3
  %1031 = and i32 %1030, -4
  store i32 %1031, i32* %text, align 4
  %1032 = load i32, i32* %text, align 4
  %1033 = add i32 %1032, 4
  store i32 %1033, i32* %cur, align 4
  %1034 = load i32, i32* %part, align 4
  store i32 %1034, i32* %s, align 4
  %1035 = load i32, i32* %s, align 4
  %1036 = zext i32 %1035 to i64
  %1037 = add i64 %1036, 4
  %1038 = icmp ugt i64 %1037, %arena_size
  br i1 %1038, label %trap17.site0, label %ok191

trap1.site19:                                     ; preds = %stack_ok189
  %1039 = load i64, i64* %lowStart, align 8
  %1040 = getelementptr i64, i64* %regs, i64 6
  store i64 %1039, i64* %1040, align 8
  %1041 = load i64, i64* %lowEnd, align 8
  %1042 = getelementptr i64, i64* %regs, i64 7
  store i64 %1041, i64* %1042, align 8
  %1043 = load i64, i64* %highEnd, align 8
  %1044 = getelementptr i64, i64* %regs, i64 8
  store i64 %1043, i64* %1044, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok191:                                            ; preds = %ok190
  %1045 = getelementptr i8, i8* %mem, i64 %1036
  %1046 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1046, i8* %1045, i64 4, i1 false)
  %1047 = load i32, i32* %unaligned192, align 4
  store i32 %1047, i32* %slen, align 4
  %1048 = load i32, i32* %cur, align 4
  %1049 = load i32, i32* %slen, align 4
  %1050 = add i32 %1048, %1049
  %1051 = getelementptr i64, i64* %regs, i64 2
  %1052 = load i64, i64* %1051, align 8
  %1053 = trunc i64 %1052 to i32
  %1054 = icmp ugt i32 %1050, %1053
  %1055 = zext i1 %1054 to i32
  %1056 = icmp ne i32 %1055, 0
  br i1 %1056, label %then193, label %else194

then193:                                          ; preds = %ok191
  br label %trap15.site23

else194:                                          ; preds = %ok191
  br label %join195

join195:                                          ; preds = %else194, %dead196
  %1057 = load i32, i32* %cur, align 4
  %1058 = load i32, i32* %s, align 4
  %1059 = add i32 %1058, 4
  %1060 = load i32, i32* %slen, align 4
  %1061 = zext i32 %1060 to i64
  %1062 = zext i32 %1059 to i64
  %1063 = add i64 %1062, %1061
  %1064 = icmp ugt i64 %1063, %arena_size
  br i1 %1064, label %trap17.site23, label %ok197

trap15.site23:                                    ; preds = %write.ok214, %write.ok208, %then202, %then193
  %1065 = load i64, i64* %lowStart, align 8
  %1066 = getelementptr i64, i64* %regs, i64 6
  store i64 %1065, i64* %1066, align 8
  %1067 = load i64, i64* %lowEnd, align 8
  %1068 = getelementptr i64, i64* %regs, i64 7
  store i64 %1067, i64* %1068, align 8
  %1069 = load i64, i64* %highEnd, align 8
  %1070 = getelementptr i64, i64* %regs, i64 8
  store i64 %1069, i64* %1070, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead196:                                          ; No predecessors!
  br label %join195

ok197:                                            ; preds = %join195
  %1071 = zext i32 %1057 to i64
  %1072 = add i64 %1071, %1061
  %1073 = icmp uge i64 %1071, %scratch_start
  %1074 = load i64, i64* %highEnd, align 8
  %1075 = icmp ule i64 %1072, %1074
  %1076 = and i1 %1073, %1075
  br i1 %1076, label %write.ok200, label %write.low198

trap17.site23:                                    ; preds = %write.slow199, %join195
  %1077 = load i64, i64* %lowStart, align 8
  %1078 = getelementptr i64, i64* %regs, i64 6
  store i64 %1077, i64* %1078, align 8
  %1079 = load i64, i64* %lowEnd, align 8
  %1080 = getelementptr i64, i64* %regs, i64 7
  store i64 %1079, i64* %1080, align 8
  %1081 = load i64, i64* %highEnd, align 8
  %1082 = getelementptr i64, i64* %regs, i64 8
  store i64 %1081, i64* %1082, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

write.low198:                                     ; preds = %ok197
  %1083 = load i64, i64* %lowStart, align 8
  %1084 = icmp uge i64 %1071, %1083
  %1085 = load i64, i64* %lowEnd, align 8
  %1086 = icmp ule i64 %1072, %1085
  %1087 = and i1 %1084, %1086
  br i1 %1087, label %write.ok200, label %write.slow199

write.slow199:                                    ; preds = %write.low198
  %1088 = icmp ugt i64 %1072, %arena_size
  br i1 %1088, label %trap17.site23, label %ok201

write.ok200:                                      ; preds = %ok201, %write.low198, %ok197
  %1089 = getelementptr i8, i8* %mem, i64 %1071
  %1090 = getelementptr i8, i8* %mem, i64 %1062
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1089, i8* %1090, i64 %1061, i1 false)
  %1091 = load i32, i32* %cur, align 4
  %1092 = load i32, i32* %slen, align 4
  %1093 = add i32 %1091, %1092
  store i32 %1093, i32* %cur, align 4
  %1094 = load i32, i32* %cur, align 4
  %1095 = add i32 %1094, 331
  %1096 = getelementptr i64, i64* %regs, i64 2
  %1097 = load i64, i64* %1096, align 8
  %1098 = trunc i64 %1097 to i32
  %1099 = icmp ugt i32 %1095, %1098
  %1100 = zext i1 %1099 to i32
  %1101 = icmp ne i32 %1100, 0
  br i1 %1101, label %then202, label %else203

ok201:                                            ; preds = %write.slow199
  %1102 = icmp ult i64 %1071, %scratch_start
  %1103 = load i64, i64* %lowEnd, align 8
  %1104 = load i64, i64* %highEnd, align 8
  %1105 = call i64 @llvm.umax.i64(i64 %1103, i64 %1072)
  %1106 = select i1 %1102, i64 %1105, i64 %1103
  store i64 %1106, i64* %lowEnd, align 8
  %1107 = call i64 @llvm.umax.i64(i64 %1104, i64 %1072)
  %1108 = select i1 %1102, i64 %1104, i64 %1107
  store i64 %1108, i64* %highEnd, align 8
  %1109 = load i64, i64* %lowStart, align 8
  %1110 = call i64 @llvm.umin.i64(i64 %1109, i64 %1071)
  store i64 %1110, i64* %lowStart, align 8
  br label %write.ok200

then202:                                          ; preds = %write.ok200
  br label %trap15.site23

else203:                                          ; preds = %write.ok200
  br label %join204

join204:                                          ; preds = %else203, %dead205
  %1111 = load i32, i32* %cur, align 4
  %1112 = zext i32 %1111 to i64
  %1113 = add i64 %1112, 1
  %1114 = icmp uge i64 %1112, %scratch_start
  %1115 = load i64, i64* %highEnd, align 8
  %1116 = icmp ule i64 %1113, %1115
  %1117 = and i1 %1114, %1116
  br i1 %1117, label %write.ok208, label %write.low206

dead205:                                          ; No predecessors!
  br label %join204

write.low206:                                     ; preds = %join204
  %1118 = load i64, i64* %lowStart, align 8
  %1119 = icmp uge i64 %1112, %1118
  %1120 = load i64, i64* %lowEnd, align 8
  %1121 = icmp ule i64 %1113, %1120
  %1122 = and i1 %1119, %1121
  br i1 %1122, label %write.ok208, label %write.slow207

write.slow207:                                    ; preds = %write.low206
  %1123 = icmp ugt i64 %1113, %arena_size
  br i1 %1123, label %trap17.site0, label %ok209

write.ok208:                                      ; preds = %ok209, %write.low206, %join204
  %1124 = getelementptr i8, i8* %mem, i64 %1112
  store i8 61, i8* %1124, align 1
  %1125 = load i32, i32* %cur, align 4
  %1126 = add i32 %1125, 1
  store i32 %1126, i32* %cur, align 4
  %1127 = load i32, i32* %cur, align 4
  %1128 = load double, double* %part.1, align 8
  %1129 = load i32, i32* %cur, align 4
  %1130 = icmp uge i32 %depth, 1000
  br i1 %1130, label %trap15.site23, label %ok210

ok209:                                            ; preds = %write.slow207
  %1131 = icmp ult i64 %1112, %scratch_start
  %1132 = load i64, i64* %lowEnd, align 8
  %1133 = load i64, i64* %highEnd, align 8
  %1134 = call i64 @llvm.umax.i64(i64 %1132, i64 %1113)
  %1135 = select i1 %1131, i64 %1134, i64 %1132
  store i64 %1135, i64* %lowEnd, align 8
  %1136 = call i64 @llvm.umax.i64(i64 %1133, i64 %1113)
  %1137 = select i1 %1131, i64 %1133, i64 %1136
  store i64 %1137, i64* %highEnd, align 8
  %1138 = load i64, i64* %lowStart, align 8
  %1139 = call i64 @llvm.umin.i64(i64 %1138, i64 %1112)
  store i64 %1139, i64* %lowStart, align 8
  br label %write.ok208

ok210:                                            ; preds = %write.ok208
  %1140 = icmp ult i64 %10, %stack_limit
  br i1 %1140, label %trap253.site0, label %stack_ok211

stack_ok211:                                      ; preds = %ok210
  %1141 = load i64, i64* %fuel, align 8
  %1142 = getelementptr i64, i64* %regs, i64 0
  store i64 %1141, i64* %1142, align 8
  %1143 = load i64, i64* %lowStart, align 8
  %1144 = getelementptr i64, i64* %regs, i64 6
  store i64 %1143, i64* %1144, align 8
  %1145 = load i64, i64* %lowEnd, align 8
  %1146 = getelementptr i64, i64* %regs, i64 7
  store i64 %1145, i64* %1146, align 8
  %1147 = load i64, i64* %highEnd, align 8
  %1148 = getelementptr i64, i64* %regs, i64 8
  store i64 %1147, i64* %1148, align 8
  %1149 = add i32 %depth, 1
  %1150 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %1149, double %1128, i32 %1129)
  %1151 = getelementptr i64, i64* %regs, i64 0
  %1152 = load i64, i64* %1151, align 8
  store i64 %1152, i64* %fuel, align 8
  %1153 = getelementptr i64, i64* %regs, i64 6
  %1154 = load i64, i64* %1153, align 8
  store i64 %1154, i64* %lowStart, align 8
  %1155 = getelementptr i64, i64* %regs, i64 7
  %1156 = load i64, i64* %1155, align 8
  store i64 %1156, i64* %lowEnd, align 8
  %1157 = getelementptr i64, i64* %regs, i64 8
  %1158 = load i64, i64* %1157, align 8
  store i64 %1158, i64* %highEnd, align 8
  %1159 = add i32 %1127, %1150
  store i32 %1159, i32* %cur, align 4
  %1160 = load i32, i32* %cur, align 4
  %1161 = load i32, i32* %text, align 4
  %1162 = sub i32 %1160, %1161
  %1163 = sub i32 %1162, 4
  store i32 %1163, i32* %len.3, align 4
  %1164 = load i32, i32* %text, align 4
  %1165 = load i32, i32* %len.3, align 4
  %1166 = zext i32 %1164 to i64
  %1167 = add i64 %1166, 4
  %1168 = icmp uge i64 %1166, %scratch_start
  %1169 = load i64, i64* %highEnd, align 8
  %1170 = icmp ule i64 %1167, %1169
  %1171 = and i1 %1168, %1170
  br i1 %1171, label %write.ok214, label %write.low212

write.low212:                                     ; preds = %stack_ok211
  %1172 = load i64, i64* %lowStart, align 8
  %1173 = icmp uge i64 %1166, %1172
  %1174 = load i64, i64* %lowEnd, align 8
  %1175 = icmp ule i64 %1167, %1174
  %1176 = and i1 %1173, %1175
  br i1 %1176, label %write.ok214, label %write.slow213

write.slow213:                                    ; preds = %write.low212
  %1177 = icmp ugt i64 %1167, %arena_size
  br i1 %1177, label %trap17.site0, label %ok215

write.ok214:                                      ; preds = %ok215, %write.low212, %stack_ok211
  %1178 = getelementptr i8, i8* %mem, i64 %1166
  store i32 %1165, i32* %unaligned216, align 4
  %1179 = bitcast i32* %unaligned216 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1178, i8* %1179, i64 4, i1 false)
  %1180 = load i32, i32* %len.3, align 4
  %1181 = add i32 %1180, 4
  %1182 = zext i32 %1181 to i64
  %1183 = getelementptr i64, i64* %regs, i64 1
  %1184 = getelementptr i64, i64* %regs, i64 2
  %1185 = load i64, i64* %1183, align 8
  %1186 = add i64 %1185, 3
  %1187 = and i64 %1186, -4
  %1188 = add i64 %1187, %1182
  %1189 = load i64, i64* %1184, align 8
  %1190 = icmp ugt i64 %1188, %1189
  br i1 %1190, label %trap15.site23, label %ok217

ok215:                                            ; preds = %write.slow213
  %1191 = icmp ult i64 %1166, %scratch_start
  %1192 = load i64, i64* %lowEnd, align 8
  %1193 = load i64, i64* %highEnd, align 8
  %1194 = call i64 @llvm.umax.i64(i64 %1192, i64 %1167)
  %1195 = select i1 %1191, i64 %1194, i64 %1192
  store i64 %1195, i64* %lowEnd, align 8
  %1196 = call i64 @llvm.umax.i64(i64 %1193, i64 %1167)
  %1197 = select i1 %1191, i64 %1193, i64 %1196
  store i64 %1197, i64* %highEnd, align 8
  %1198 = load i64, i64* %lowStart, align 8
  %1199 = call i64 @llvm.umin.i64(i64 %1198, i64 %1166)
  store i64 %1199, i64* %lowStart, align 8
  br label %write.ok214

ok217:                                            ; preds = %write.ok214
  store i64 %1188, i64* %1183, align 8
  %1200 = load i64, i64* %highEnd, align 8
  %1201 = call i64 @llvm.umax.i64(i64 %1200, i64 %1188)
  store i64 %1201, i64* %highEnd, align 8
  %1202 = trunc i64 %1187 to i32
  store i32 %1202, i32* %result185, align 4
  br label %e43

write.low218:                                     ; preds = %e43
  %1203 = load i64, i64* %lowStart, align 8
  %1204 = icmp uge i64 %980, %1203
  %1205 = load i64, i64* %lowEnd, align 8
  %1206 = icmp ule i64 %981, %1205
  %1207 = and i1 %1204, %1206
  br i1 %1207, label %write.ok220, label %write.slow219

write.slow219:                                    ; preds = %write.low218
  %1208 = icmp ugt i64 %981, %arena_size
  br i1 %1208, label %trap17.site0, label %ok221

write.ok220:                                      ; preds = %ok221, %write.low218, %e43
  %1209 = getelementptr i8, i8* %mem, i64 %980
  store i32 %978, i32* %unaligned222, align 4
  %1210 = bitcast i32* %unaligned222 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1209, i8* %1210, i64 4, i1 false)
  %1211 = load i32, i32* %len.2, align 4
  %1212 = add i32 %1211, 1
  store i32 %1212, i32* %len.2, align 4
  %1213 = load i32, i32* %k.5, align 4
  %1214 = add i32 %1213, 1
  store i32 %1214, i32* %k.5, align 4
  br label %each42

ok221:                                            ; preds = %write.slow219
  %1215 = icmp ult i64 %980, %scratch_start
  %1216 = load i64, i64* %lowEnd, align 8
  %1217 = load i64, i64* %highEnd, align 8
  %1218 = call i64 @llvm.umax.i64(i64 %1216, i64 %981)
  %1219 = select i1 %1215, i64 %1218, i64 %1216
  store i64 %1219, i64* %lowEnd, align 8
  %1220 = call i64 @llvm.umax.i64(i64 %1217, i64 %981)
  %1221 = select i1 %1215, i64 %1217, i64 %1220
  store i64 %1221, i64* %highEnd, align 8
  %1222 = load i64, i64* %lowStart, align 8
  %1223 = call i64 @llvm.umin.i64(i64 %1222, i64 %980)
  store i64 %1223, i64* %lowStart, align 8
  br label %write.ok220

dead223:                                          ; No predecessors!
  br label %block41

write.low224:                                     ; preds = %block41
  %1224 = load i64, i64* %lowStart, align 8
  %1225 = icmp uge i64 %944, %1224
  %1226 = load i64, i64* %lowEnd, align 8
  %1227 = icmp ule i64 %945, %1226
  %1228 = and i1 %1225, %1227
  br i1 %1228, label %write.ok226, label %write.slow225

write.slow225:                                    ; preds = %write.low224
  %1229 = icmp ugt i64 %945, %arena_size
  br i1 %1229, label %trap17.site0, label %ok227

write.ok226:                                      ; preds = %ok227, %write.low224, %block41
  %1230 = getelementptr i8, i8* %mem, i64 %944
  store i32 %943, i32* %unaligned228, align 4
  %1231 = bitcast i32* %unaligned228 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1230, i8* %1231, i64 4, i1 false)
  %1232 = load i32, i32* %list.2, align 4
  store i32 %1232, i32* %result171, align 4
  br label %e39

ok227:                                            ; preds = %write.slow225
  %1233 = icmp ult i64 %944, %scratch_start
  %1234 = load i64, i64* %lowEnd, align 8
  %1235 = load i64, i64* %highEnd, align 8
  %1236 = call i64 @llvm.umax.i64(i64 %1234, i64 %945)
  %1237 = select i1 %1233, i64 %1236, i64 %1234
  store i64 %1237, i64* %lowEnd, align 8
  %1238 = call i64 @llvm.umax.i64(i64 %1235, i64 %945)
  %1239 = select i1 %1233, i64 %1235, i64 %1238
  store i64 %1239, i64* %highEnd, align 8
  %1240 = load i64, i64* %lowStart, align 8
  %1241 = call i64 @llvm.umin.i64(i64 %1240, i64 %944)
  store i64 %1241, i64* %lowStart, align 8
  br label %write.ok226

ok229:                                            ; preds = %e39
  %1242 = icmp ult i64 %10, %stack_limit
  br i1 %1242, label %trap253.site0, label %stack_ok230

trap15.site16:                                    ; preds = %e39
  %1243 = load i64, i64* %lowStart, align 8
  %1244 = getelementptr i64, i64* %regs, i64 6
  store i64 %1243, i64* %1244, align 8
  %1245 = load i64, i64* %lowEnd, align 8
  %1246 = getelementptr i64, i64* %regs, i64 7
  store i64 %1245, i64* %1246, align 8
  %1247 = load i64, i64* %highEnd, align 8
  %1248 = getelementptr i64, i64* %regs, i64 8
  store i64 %1247, i64* %1248, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok230:                                      ; preds = %ok229
  %1249 = load i64, i64* %fuel, align 8
  %1250 = getelementptr i64, i64* %regs, i64 0
  store i64 %1249, i64* %1250, align 8
  %1251 = load i64, i64* %lowStart, align 8
  %1252 = getelementptr i64, i64* %regs, i64 6
  store i64 %1251, i64* %1252, align 8
  %1253 = load i64, i64* %lowEnd, align 8
  %1254 = getelementptr i64, i64* %regs, i64 7
  store i64 %1253, i64* %1254, align 8
  %1255 = load i64, i64* %highEnd, align 8
  %1256 = getelementptr i64, i64* %regs, i64 8
  store i64 %1255, i64* %1256, align 8
  %1257 = add i32 %depth, 1
  %1258 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1257, i32 %903, i32 11104)
  %1259 = getelementptr i64, i64* %regs, i64 0
  %1260 = load i64, i64* %1259, align 8
  store i64 %1260, i64* %fuel, align 8
  %1261 = getelementptr i64, i64* %regs, i64 6
  %1262 = load i64, i64* %1261, align 8
  store i64 %1262, i64* %lowStart, align 8
  %1263 = getelementptr i64, i64* %regs, i64 7
  %1264 = load i64, i64* %1263, align 8
  store i64 %1264, i64* %lowEnd, align 8
  %1265 = getelementptr i64, i64* %regs, i64 8
  %1266 = load i64, i64* %1265, align 8
  store i64 %1266, i64* %highEnd, align 8
  store i32 %1258, i32* %report, align 4
  %1267 = load i32, i32* %dict, align 4
  %1268 = load i32, i32* %report, align 4
  %1269 = zext i32 %1267 to i64
  %1270 = add i64 %1269, 48
  %1271 = add i64 %1270, 4
  %1272 = icmp uge i64 %1270, %scratch_start
  %1273 = load i64, i64* %highEnd, align 8
  %1274 = icmp ule i64 %1271, %1273
  %1275 = and i1 %1272, %1274
  br i1 %1275, label %write.ok233, label %write.low231

write.low231:                                     ; preds = %stack_ok230
  %1276 = load i64, i64* %lowStart, align 8
  %1277 = icmp uge i64 %1270, %1276
  %1278 = load i64, i64* %lowEnd, align 8
  %1279 = icmp ule i64 %1271, %1278
  %1280 = and i1 %1277, %1279
  br i1 %1280, label %write.ok233, label %write.slow232

write.slow232:                                    ; preds = %write.low231
  %1281 = icmp ugt i64 %1271, %arena_size
  br i1 %1281, label %trap17.site0, label %ok234

write.ok233:                                      ; preds = %ok234, %write.low231, %stack_ok230
  %1282 = getelementptr i8, i8* %mem, i64 %1270
  store i32 %1268, i32* %unaligned235, align 4
  %1283 = bitcast i32* %unaligned235 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1282, i8* %1283, i64 4, i1 false)
  %1284 = load i32, i32* %dict, align 4
  store i32 %1284, i32* %result3, align 4
  br label %e0

ok234:                                            ; preds = %write.slow232
  %1285 = icmp ult i64 %1270, %scratch_start
  %1286 = load i64, i64* %lowEnd, align 8
  %1287 = load i64, i64* %highEnd, align 8
  %1288 = call i64 @llvm.umax.i64(i64 %1286, i64 %1271)
  %1289 = select i1 %1285, i64 %1288, i64 %1286
  store i64 %1289, i64* %lowEnd, align 8
  %1290 = call i64 @llvm.umax.i64(i64 %1287, i64 %1271)
  %1291 = select i1 %1285, i64 %1287, i64 %1290
  store i64 %1291, i64* %highEnd, align 8
  %1292 = load i64, i64* %lowStart, align 8
  %1293 = call i64 @llvm.umin.i64(i64 %1292, i64 %1270)
  store i64 %1293, i64* %lowStart, align 8
  br label %write.ok233

ok236:                                            ; preds = %e0
  %1294 = icmp ult i64 %10, %stack_limit
  br i1 %1294, label %trap253.site0, label %stack_ok237

stack_ok237:                                      ; preds = %ok236
  %1295 = load i64, i64* %fuel, align 8
  %1296 = getelementptr i64, i64* %regs, i64 0
  store i64 %1295, i64* %1296, align 8
  %1297 = load i64, i64* %lowStart, align 8
  %1298 = getelementptr i64, i64* %regs, i64 6
  store i64 %1297, i64* %1298, align 8
  %1299 = load i64, i64* %lowEnd, align 8
  %1300 = getelementptr i64, i64* %regs, i64 7
  store i64 %1299, i64* %1300, align 8
  %1301 = load i64, i64* %highEnd, align 8
  %1302 = getelementptr i64, i64* %regs, i64 8
  store i64 %1301, i64* %1302, align 8
  %1303 = add i32 %depth, 1
  %1304 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1303, i32 %81, i32 %82, i32 0)
  %1305 = getelementptr i64, i64* %regs, i64 0
  %1306 = load i64, i64* %1305, align 8
  store i64 %1306, i64* %fuel, align 8
  %1307 = getelementptr i64, i64* %regs, i64 6
  %1308 = load i64, i64* %1307, align 8
  store i64 %1308, i64* %lowStart, align 8
  %1309 = getelementptr i64, i64* %regs, i64 7
  %1310 = load i64, i64* %1309, align 8
  store i64 %1310, i64* %lowEnd, align 8
  %1311 = getelementptr i64, i64* %regs, i64 8
  %1312 = load i64, i64* %1311, align 8
  store i64 %1312, i64* %highEnd, align 8
  store i32 %1304, i32* %json_end, align 4
  %1313 = load i32, i32* %json_end, align 4
  %1314 = icmp eq i32 %1313, -2
  %1315 = zext i1 %1314 to i32
  %1316 = icmp ne i32 %1315, 0
  br i1 %1316, label %then238, label %else239

then238:                                          ; preds = %stack_ok237
  br label %trap16.site3

else239:                                          ; preds = %stack_ok237
  br label %join240

join240:                                          ; preds = %else239, %dead241
  %1317 = load i32, i32* %json_end, align 4
  %1318 = icmp eq i32 %1317, -1
  %1319 = zext i1 %1318 to i32
  %1320 = icmp ne i32 %1319, 0
  br i1 %1320, label %then242, label %else243

trap16.site3:                                     ; preds = %then247, %then238
  %1321 = load i64, i64* %lowStart, align 8
  %1322 = getelementptr i64, i64* %regs, i64 6
  store i64 %1321, i64* %1322, align 8
  %1323 = load i64, i64* %lowEnd, align 8
  %1324 = getelementptr i64, i64* %regs, i64 7
  store i64 %1323, i64* %1324, align 8
  %1325 = load i64, i64* %highEnd, align 8
  %1326 = getelementptr i64, i64* %regs, i64 8
  store i64 %1325, i64* %1326, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead241:                                          ; No predecessors!
  br label %join240

then242:                                          ; preds = %join240
  %1327 = load i32, i32* %result.1, align 4
  %1328 = icmp uge i32 %depth, 1000
  br i1 %1328, label %trap15.site0, label %ok245

else243:                                          ; preds = %join240
  br label %join244

join244:                                          ; preds = %else243, %dead251
  %1329 = load i32, i32* %json_end, align 4
  %1330 = zext i32 %1329 to i64
  %1331 = getelementptr i64, i64* %regs, i64 3
  store i64 %1330, i64* %1331, align 8
  %1332 = load i32, i32* %json_end, align 4
  %1333 = load i32, i32* %json_start, align 4
  %1334 = sub i32 %1332, %1333
  %1335 = load i64, i64* %fuel, align 8
  %1336 = getelementptr i64, i64* %regs, i64 0
  store i64 %1335, i64* %1336, align 8
  %1337 = load i64, i64* %lowStart, align 8
  %1338 = getelementptr i64, i64* %regs, i64 6
  store i64 %1337, i64* %1338, align 8
  %1339 = load i64, i64* %lowEnd, align 8
  %1340 = getelementptr i64, i64* %regs, i64 7
  store i64 %1339, i64* %1340, align 8
  %1341 = load i64, i64* %highEnd, align 8
  %1342 = getelementptr i64, i64* %regs, i64 8
  store i64 %1341, i64* %1342, align 8
  ret i32 %1334

ok245:                                            ; preds = %then242
  %1343 = icmp ult i64 %10, %stack_limit
  br i1 %1343, label %trap253.site0, label %stack_ok246

stack_ok246:                                      ; preds = %ok245
  %1344 = load i64, i64* %fuel, align 8
  %1345 = getelementptr i64, i64* %regs, i64 0
  store i64 %1344, i64* %1345, align 8
  %1346 = load i64, i64* %lowStart, align 8
  %1347 = getelementptr i64, i64* %regs, i64 6
  store i64 %1346, i64* %1347, align 8
  %1348 = load i64, i64* %lowEnd, align 8
  %1349 = getelementptr i64, i64* %regs, i64 7
  store i64 %1348, i64* %1349, align 8
  %1350 = load i64, i64* %highEnd, align 8
  %1351 = getelementptr i64, i64* %regs, i64 8
  store i64 %1350, i64* %1351, align 8
  %1352 = add i32 %depth, 1
  %1353 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1352, i32 %1327)
  %1354 = getelementptr i64, i64* %regs, i64 0
  %1355 = load i64, i64* %1354, align 8
  store i64 %1355, i64* %fuel, align 8
  %1356 = getelementptr i64, i64* %regs, i64 6
  %1357 = load i64, i64* %1356, align 8
  store i64 %1357, i64* %lowStart, align 8
  %1358 = getelementptr i64, i64* %regs, i64 7
  %1359 = load i64, i64* %1358, align 8
  store i64 %1359, i64* %lowEnd, align 8
  %1360 = getelementptr i64, i64* %regs, i64 8
  %1361 = load i64, i64* %1360, align 8
  store i64 %1361, i64* %highEnd, align 8
  %1362 = icmp ne i32 %1353, 0
  br i1 %1362, label %then247, label %else248

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
