; From libs/driver/testdata/emit-golden/enum-match.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/enum-match.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (59):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.skip
;   @m0.rt.parse_eisel_lemire
;   @m0.rt.decimal_shr
;   @m0.rt.decimal_shl
;   @m0.rt.decimal_round
;   @m0.rt.parse_float_slow
;   @m0.rt.parse_float
;   @m0.codec.dec.float.3
;   @m0.codec.dec.elems.2
;   @m0.codec.dec.int.5
;   @m0.codec.dec.fields.4
;   @m0.codec.dec.enum.1
;   @m0.codec.dec.list.0
;   @m0.main.args
;   @m0.eq.Shape
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
;   @m0.codec.enc.int.5
;   @m0.codec.enc.enum.4
;   @m0.codec.enc.list.3
;   @m0.codec.write_str
;   @m0.codec.enc.string.7
;   @m0.codec.enc.list.6
;   @m0.codec.enc.record.0
;   @m0.codec.nonfinite.float.2
;   @m0.codec.nonfinite.list.1
;   @m0.codec.nonfinite.enum.4
;   @m0.codec.nonfinite.list.3
;   @m0.codec.nonfinite.record.0
;   @m0.main
;   @m0.fn.area
;   @m0.fn.kind
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.ctlz.i64
;   declare @llvm.fabs.f64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 5 function(s):

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
  %unaligned35 = alloca i16, align 2
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
  %220 = icmp eq i32 %219, 6
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
  %263 = icmp eq i32 %262, 1885431923
  %264 = zext i1 %263 to i32
  %265 = load i32, i32* %args_kp, align 4
  %266 = zext i32 %265 to i64
  %267 = add i64 %266, 4
  %268 = add i64 %267, 2
  %269 = icmp ugt i64 %268, %arena_size
  br i1 %269, label %trap17.site0, label %ok34

ok34:                                             ; preds = %ok33
  %270 = getelementptr i8, i8* %mem, i64 %267
  %271 = bitcast i16* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %271, i8* %270, i64 2, i1 false)
  %272 = load i16, i16* %unaligned35, align 2
  %273 = zext i16 %272 to i32
  %274 = icmp eq i32 %273, 29541
  %275 = zext i1 %274 to i32
  %276 = and i32 %264, %275
  %277 = icmp ne i32 %276, 0
  br i1 %277, label %then36, label %else37

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
  %278 = load i32, i32* %args_pos, align 4
  %279 = add i32 %278, 1
  store i32 %279, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont43, %match5
  %280 = load i64, i64* %fuel, align 8
  %281 = icmp ult i64 %280, 1
  br i1 %281, label %trap14.site0, label %ok40

ok40:                                             ; preds = %ws7
  %282 = sub i64 %280, 1
  store i64 %282, i64* %fuel, align 8
  %283 = load i32, i32* %args_pos, align 4
  %284 = load i32, i32* %args_end, align 4
  %285 = icmp uge i32 %283, %284
  %286 = zext i1 %285 to i32
  %287 = icmp ne i32 %286, 0
  br i1 %287, label %ws_done6, label %cont41

cont41:                                           ; preds = %ok40
  %288 = load i32, i32* %args_pos, align 4
  %289 = zext i32 %288 to i64
  %290 = add i64 %289, 1
  %291 = icmp ugt i64 %290, %arena_size
  br i1 %291, label %trap17.site0, label %ok42

ok42:                                             ; preds = %cont41
  %292 = getelementptr i8, i8* %mem, i64 %289
  %293 = load i8, i8* %292, align 1
  %294 = zext i8 %293 to i32
  store i32 %294, i32* %ws, align 4
  %295 = load i32, i32* %ws, align 4
  %296 = icmp ule i32 %295, 32
  %297 = zext i1 %296 to i32
  %298 = icmp eq i32 %297, 0
  %299 = zext i1 %298 to i32
  %300 = icmp ne i32 %299, 0
  br i1 %300, label %ws_done6, label %cont43

cont43:                                           ; preds = %ok42
  %301 = load i32, i32* %args_pos, align 4
  %302 = add i32 %301, 1
  store i32 %302, i32* %args_pos, align 4
  br label %ws7

dead44:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead49, %ok47, %ok45
  %303 = load i32, i32* %args_c, align 4
  switch i32 %303, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont48, %ws_done6
  %304 = load i64, i64* %fuel, align 8
  %305 = icmp ult i64 %304, 1
  br i1 %305, label %trap14.site0, label %ok45

ok45:                                             ; preds = %ws9
  %306 = sub i64 %304, 1
  store i64 %306, i64* %fuel, align 8
  %307 = load i32, i32* %args_pos, align 4
  %308 = load i32, i32* %args_end, align 4
  %309 = icmp uge i32 %307, %308
  %310 = zext i1 %309 to i32
  %311 = icmp ne i32 %310, 0
  br i1 %311, label %ws_done8, label %cont46

cont46:                                           ; preds = %ok45
  %312 = load i32, i32* %args_pos, align 4
  %313 = zext i32 %312 to i64
  %314 = add i64 %313, 1
  %315 = icmp ugt i64 %314, %arena_size
  br i1 %315, label %trap17.site0, label %ok47

ok47:                                             ; preds = %cont46
  %316 = getelementptr i8, i8* %mem, i64 %313
  %317 = load i8, i8* %316, align 1
  %318 = zext i8 %317 to i32
  store i32 %318, i32* %ws, align 4
  %319 = load i32, i32* %ws, align 4
  %320 = icmp ule i32 %319, 32
  %321 = zext i1 %320 to i32
  %322 = icmp eq i32 %321, 0
  %323 = zext i1 %322 to i32
  %324 = icmp ne i32 %323, 0
  br i1 %324, label %ws_done8, label %cont48

cont48:                                           ; preds = %ok47
  %325 = load i32, i32* %args_pos, align 4
  %326 = add i32 %325, 1
  store i32 %326, i32* %args_pos, align 4
  br label %ws9

dead49:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok60, %join55
  br label %ws14

default11:                                        ; preds = %dead58, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %327 = load i32, i32* %args_pos, align 4
  %328 = load i32, i32* %args_end, align 4
  %329 = icmp uge i32 %depth, 1000
  br i1 %329, label %trap15.site0, label %ok59

case12:                                           ; preds = %dead50, %ws_done8
  %330 = load i32, i32* %args_pos, align 4
  %331 = load i32, i32* %args_end, align 4
  %332 = load i32, i32* %arg0_cell, align 4
  %333 = icmp uge i32 %depth, 1000
  br i1 %333, label %trap15.site0, label %ok51

dead50:                                           ; No predecessors!
  br label %case12

ok51:                                             ; preds = %case12
  %334 = icmp ult i64 %10, %stack_limit
  br i1 %334, label %trap253.site0, label %stack_ok52

stack_ok52:                                       ; preds = %ok51
  %335 = load i64, i64* %fuel, align 8
  %336 = getelementptr i64, i64* %regs, i64 0
  store i64 %335, i64* %336, align 8
  %337 = load i64, i64* %lowStart, align 8
  %338 = getelementptr i64, i64* %regs, i64 6
  store i64 %337, i64* %338, align 8
  %339 = load i64, i64* %lowEnd, align 8
  %340 = getelementptr i64, i64* %regs, i64 7
  store i64 %339, i64* %340, align 8
  %341 = load i64, i64* %highEnd, align 8
  %342 = getelementptr i64, i64* %regs, i64 8
  store i64 %341, i64* %342, align 8
  %343 = add i32 %depth, 1
  %344 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %343, i32 %330, i32 %331, i32 %332)
  %345 = getelementptr i64, i64* %regs, i64 0
  %346 = load i64, i64* %345, align 8
  store i64 %346, i64* %fuel, align 8
  %347 = getelementptr i64, i64* %regs, i64 6
  %348 = load i64, i64* %347, align 8
  store i64 %348, i64* %lowStart, align 8
  %349 = getelementptr i64, i64* %regs, i64 7
  %350 = load i64, i64* %349, align 8
  store i64 %350, i64* %lowEnd, align 8
  %351 = getelementptr i64, i64* %regs, i64 8
  %352 = load i64, i64* %351, align 8
  store i64 %352, i64* %highEnd, align 8
  store i32 %344, i32* %args_r, align 4
  %353 = load i32, i32* %args_r, align 4
  %354 = icmp slt i32 %353, 0
  %355 = zext i1 %354 to i32
  %356 = icmp ne i32 %355, 0
  br i1 %356, label %then53, label %else54

then53:                                           ; preds = %stack_ok52
  store i32 2, i32* %arg0_state, align 4
  %357 = load i32, i32* %args_mark, align 4
  %358 = zext i32 %357 to i64
  %359 = getelementptr i64, i64* %regs, i64 1
  store i64 %358, i64* %359, align 8
  %360 = load i32, i32* %args_pos, align 4
  %361 = load i32, i32* %args_end, align 4
  %362 = icmp uge i32 %depth, 1000
  br i1 %362, label %trap15.site0, label %ok56

else54:                                           ; preds = %stack_ok52
  store i32 1, i32* %arg0_state, align 4
  %363 = load i32, i32* %args_r, align 4
  store i32 %363, i32* %args_pos, align 4
  br label %join55

join55:                                           ; preds = %else54, %stack_ok57
  br label %switch10

ok56:                                             ; preds = %then53
  %364 = icmp ult i64 %10, %stack_limit
  br i1 %364, label %trap253.site0, label %stack_ok57

stack_ok57:                                       ; preds = %ok56
  %365 = load i64, i64* %fuel, align 8
  %366 = getelementptr i64, i64* %regs, i64 0
  store i64 %365, i64* %366, align 8
  %367 = load i64, i64* %lowStart, align 8
  %368 = getelementptr i64, i64* %regs, i64 6
  store i64 %367, i64* %368, align 8
  %369 = load i64, i64* %lowEnd, align 8
  %370 = getelementptr i64, i64* %regs, i64 7
  store i64 %369, i64* %370, align 8
  %371 = load i64, i64* %highEnd, align 8
  %372 = getelementptr i64, i64* %regs, i64 8
  store i64 %371, i64* %372, align 8
  %373 = add i32 %depth, 1
  %374 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %373, i32 %360, i32 %361)
  %375 = getelementptr i64, i64* %regs, i64 0
  %376 = load i64, i64* %375, align 8
  store i64 %376, i64* %fuel, align 8
  %377 = getelementptr i64, i64* %regs, i64 6
  %378 = load i64, i64* %377, align 8
  store i64 %378, i64* %lowStart, align 8
  %379 = getelementptr i64, i64* %regs, i64 7
  %380 = load i64, i64* %379, align 8
  store i64 %380, i64* %lowEnd, align 8
  %381 = getelementptr i64, i64* %regs, i64 8
  %382 = load i64, i64* %381, align 8
  store i64 %382, i64* %highEnd, align 8
  store i32 %374, i32* %args_pos, align 4
  br label %join55

dead58:                                           ; No predecessors!
  br label %default11

ok59:                                             ; preds = %default11
  %383 = icmp ult i64 %10, %stack_limit
  br i1 %383, label %trap253.site0, label %stack_ok60

stack_ok60:                                       ; preds = %ok59
  %384 = load i64, i64* %fuel, align 8
  %385 = getelementptr i64, i64* %regs, i64 0
  store i64 %384, i64* %385, align 8
  %386 = load i64, i64* %lowStart, align 8
  %387 = getelementptr i64, i64* %regs, i64 6
  store i64 %386, i64* %387, align 8
  %388 = load i64, i64* %lowEnd, align 8
  %389 = getelementptr i64, i64* %regs, i64 7
  store i64 %388, i64* %389, align 8
  %390 = load i64, i64* %highEnd, align 8
  %391 = getelementptr i64, i64* %regs, i64 8
  store i64 %390, i64* %391, align 8
  %392 = add i32 %depth, 1
  %393 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %392, i32 %327, i32 %328)
  %394 = getelementptr i64, i64* %regs, i64 0
  %395 = load i64, i64* %394, align 8
  store i64 %395, i64* %fuel, align 8
  %396 = getelementptr i64, i64* %regs, i64 6
  %397 = load i64, i64* %396, align 8
  store i64 %397, i64* %lowStart, align 8
  %398 = getelementptr i64, i64* %regs, i64 7
  %399 = load i64, i64* %398, align 8
  store i64 %399, i64* %lowEnd, align 8
  %400 = getelementptr i64, i64* %regs, i64 8
  %401 = load i64, i64* %400, align 8
  store i64 %401, i64* %highEnd, align 8
  store i32 %393, i32* %args_pos, align 4
  br label %switch10

ws_done13:                                        ; preds = %dead65, %ok63, %ok61
  %402 = load i32, i32* %args_pos, align 4
  %403 = zext i32 %402 to i64
  %404 = add i64 %403, 1
  %405 = icmp ugt i64 %404, %arena_size
  br i1 %405, label %trap17.site0, label %ok66

ws14:                                             ; preds = %cont64, %switch10
  %406 = load i64, i64* %fuel, align 8
  %407 = icmp ult i64 %406, 1
  br i1 %407, label %trap14.site0, label %ok61

ok61:                                             ; preds = %ws14
  %408 = sub i64 %406, 1
  store i64 %408, i64* %fuel, align 8
  %409 = load i32, i32* %args_pos, align 4
  %410 = load i32, i32* %args_end, align 4
  %411 = icmp uge i32 %409, %410
  %412 = zext i1 %411 to i32
  %413 = icmp ne i32 %412, 0
  br i1 %413, label %ws_done13, label %cont62

cont62:                                           ; preds = %ok61
  %414 = load i32, i32* %args_pos, align 4
  %415 = zext i32 %414 to i64
  %416 = add i64 %415, 1
  %417 = icmp ugt i64 %416, %arena_size
  br i1 %417, label %trap17.site0, label %ok63

ok63:                                             ; preds = %cont62
  %418 = getelementptr i8, i8* %mem, i64 %415
  %419 = load i8, i8* %418, align 1
  %420 = zext i8 %419 to i32
  store i32 %420, i32* %ws, align 4
  %421 = load i32, i32* %ws, align 4
  %422 = icmp ule i32 %421, 32
  %423 = zext i1 %422 to i32
  %424 = icmp eq i32 %423, 0
  %425 = zext i1 %424 to i32
  %426 = icmp ne i32 %425, 0
  br i1 %426, label %ws_done13, label %cont64

cont64:                                           ; preds = %ok63
  %427 = load i32, i32* %args_pos, align 4
  %428 = add i32 %427, 1
  store i32 %428, i32* %args_pos, align 4
  br label %ws14

dead65:                                           ; No predecessors!
  br label %ws_done13

ok66:                                             ; preds = %ws_done13
  %429 = getelementptr i8, i8* %mem, i64 %403
  %430 = load i8, i8* %429, align 1
  %431 = zext i8 %430 to i32
  store i32 %431, i32* %args_c, align 4
  %432 = load i32, i32* %args_pos, align 4
  %433 = add i32 %432, 1
  store i32 %433, i32* %args_pos, align 4
  %434 = load i32, i32* %args_c, align 4
  %435 = icmp eq i32 %434, 44
  %436 = zext i1 %435 to i32
  %437 = icmp ne i32 %436, 0
  br i1 %437, label %then67, label %else68

then67:                                           ; preds = %ok66
  br label %ws16

else68:                                           ; preds = %ok66
  br label %join69

join69:                                           ; preds = %else68, %dead75
  br label %join20

ws_done15:                                        ; preds = %dead74, %ok72, %ok70
  br label %args4

ws16:                                             ; preds = %cont73, %then67
  %438 = load i64, i64* %fuel, align 8
  %439 = icmp ult i64 %438, 1
  br i1 %439, label %trap14.site0, label %ok70

ok70:                                             ; preds = %ws16
  %440 = sub i64 %438, 1
  store i64 %440, i64* %fuel, align 8
  %441 = load i32, i32* %args_pos, align 4
  %442 = load i32, i32* %args_end, align 4
  %443 = icmp uge i32 %441, %442
  %444 = zext i1 %443 to i32
  %445 = icmp ne i32 %444, 0
  br i1 %445, label %ws_done15, label %cont71

cont71:                                           ; preds = %ok70
  %446 = load i32, i32* %args_pos, align 4
  %447 = zext i32 %446 to i64
  %448 = add i64 %447, 1
  %449 = icmp ugt i64 %448, %arena_size
  br i1 %449, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont71
  %450 = getelementptr i8, i8* %mem, i64 %447
  %451 = load i8, i8* %450, align 1
  %452 = zext i8 %451 to i32
  store i32 %452, i32* %ws, align 4
  %453 = load i32, i32* %ws, align 4
  %454 = icmp ule i32 %453, 32
  %455 = zext i1 %454 to i32
  %456 = icmp eq i32 %455, 0
  %457 = zext i1 %456 to i32
  %458 = icmp ne i32 %457, 0
  br i1 %458, label %ws_done15, label %cont73

cont73:                                           ; preds = %ok72
  %459 = load i32, i32* %args_pos, align 4
  %460 = add i32 %459, 1
  store i32 %460, i32* %args_pos, align 4
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
  %461 = load i32, i32* %arg0_state, align 4
  %462 = icmp eq i32 %461, 2
  %463 = zext i1 %462 to i32
  %464 = icmp ne i32 %463, 0
  br i1 %464, label %then80, label %else81

trap9.site2:                                      ; preds = %then76
  %465 = load i64, i64* %lowStart, align 8
  %466 = getelementptr i64, i64* %regs, i64 6
  store i64 %465, i64* %466, align 8
  %467 = load i64, i64* %lowEnd, align 8
  %468 = getelementptr i64, i64* %regs, i64 7
  store i64 %467, i64* %468, align 8
  %469 = load i64, i64* %highEnd, align 8
  %470 = getelementptr i64, i64* %regs, i64 8
  store i64 %469, i64* %470, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead79:                                           ; No predecessors!
  br label %join78

then80:                                           ; preds = %join78
  br label %trap11.site2

else81:                                           ; preds = %join78
  br label %join82

join82:                                           ; preds = %else81, %dead83
  %471 = load i32, i32* %arg0_cell, align 4
  %472 = zext i32 %471 to i64
  %473 = add i64 %472, 4
  %474 = icmp ugt i64 %473, %arena_size
  br i1 %474, label %trap17.site0, label %ok84

trap11.site2:                                     ; preds = %then80
  %475 = load i64, i64* %lowStart, align 8
  %476 = getelementptr i64, i64* %regs, i64 6
  store i64 %475, i64* %476, align 8
  %477 = load i64, i64* %lowEnd, align 8
  %478 = getelementptr i64, i64* %regs, i64 7
  store i64 %477, i64* %478, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = getelementptr i64, i64* %regs, i64 8
  store i64 %479, i64* %480, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead83:                                           ; No predecessors!
  br label %join82

ok84:                                             ; preds = %join82
  %481 = getelementptr i8, i8* %mem, i64 %472
  %482 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %482, i8* %481, i64 4, i1 false)
  %483 = load i32, i32* %unaligned85, align 4
  store i32 %483, i32* %arg, align 4
  %484 = load i32, i32* %args_unexpected, align 4
  %485 = icmp ne i32 %484, 0
  br i1 %485, label %then86, label %else87

then86:                                           ; preds = %ok84
  br label %trap10.site1

else87:                                           ; preds = %ok84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %486 = getelementptr i64, i64* %regs, i64 1
  %487 = getelementptr i64, i64* %regs, i64 2
  %488 = load i64, i64* %486, align 8
  %489 = add i64 %488, 7
  %490 = and i64 %489, -8
  %491 = add i64 %490, 8
  %492 = load i64, i64* %487, align 8
  %493 = icmp ugt i64 %491, %492
  br i1 %493, label %trap15.site1, label %ok90

trap10.site1:                                     ; preds = %then86
  %494 = load i64, i64* %lowStart, align 8
  %495 = getelementptr i64, i64* %regs, i64 6
  store i64 %494, i64* %495, align 8
  %496 = load i64, i64* %lowEnd, align 8
  %497 = getelementptr i64, i64* %regs, i64 7
  store i64 %496, i64* %497, align 8
  %498 = load i64, i64* %highEnd, align 8
  %499 = getelementptr i64, i64* %regs, i64 8
  store i64 %498, i64* %499, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

ok90:                                             ; preds = %join88
  store i64 %491, i64* %486, align 8
  %500 = load i64, i64* %highEnd, align 8
  %501 = call i64 @llvm.umax.i64(i64 %500, i64 %491)
  store i64 %501, i64* %highEnd, align 8
  %502 = trunc i64 %490 to i32
  store i32 %502, i32* %args_out, align 4
  %503 = load i32, i32* %args_out, align 4
  %504 = load i32, i32* %arg, align 4
  %505 = zext i32 %503 to i64
  %506 = add i64 %505, 4
  %507 = icmp uge i64 %505, %scratch_start
  %508 = load i64, i64* %highEnd, align 8
  %509 = icmp ule i64 %506, %508
  %510 = and i1 %507, %509
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
  %518 = icmp uge i64 %505, %517
  %519 = load i64, i64* %lowEnd, align 8
  %520 = icmp ule i64 %506, %519
  %521 = and i1 %518, %520
  br i1 %521, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %522 = icmp ugt i64 %506, %arena_size
  br i1 %522, label %trap17.site0, label %ok91

write.ok:                                         ; preds = %ok91, %write.low, %ok90
  %523 = getelementptr i8, i8* %mem, i64 %505
  store i32 %504, i32* %unaligned92, align 4
  %524 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %523, i8* %524, i64 4, i1 false)
  %525 = load i32, i32* %args_out, align 4
  %526 = load i64, i64* %fuel, align 8
  %527 = getelementptr i64, i64* %regs, i64 0
  store i64 %526, i64* %527, align 8
  %528 = load i64, i64* %lowStart, align 8
  %529 = getelementptr i64, i64* %regs, i64 6
  store i64 %528, i64* %529, align 8
  %530 = load i64, i64* %lowEnd, align 8
  %531 = getelementptr i64, i64* %regs, i64 7
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %highEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 8
  store i64 %532, i64* %533, align 8
  ret i32 %525

ok91:                                             ; preds = %write.slow
  %534 = icmp ult i64 %505, %scratch_start
  %535 = load i64, i64* %lowStart, align 8
  %536 = call i64 @llvm.umin.i64(i64 %535, i64 %505)
  %537 = load i64, i64* %lowEnd, align 8
  %538 = load i64, i64* %highEnd, align 8
  %539 = add i64 %506, 64
  %540 = sub i64 %506, %536
  %541 = lshr i64 %540, 4
  %542 = add i64 %539, %541
  %543 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %542)
  %544 = call i64 @llvm.umax.i64(i64 %537, i64 %543)
  %545 = select i1 %534, i64 %544, i64 %537
  store i64 %545, i64* %lowEnd, align 8
  %546 = add i64 %506, 64
  %547 = sub i64 %506, %scratch_start
  %548 = lshr i64 %547, 4
  %549 = add i64 %546, %548
  %550 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %549)
  %551 = call i64 @llvm.umax.i64(i64 %538, i64 %550)
  %552 = select i1 %534, i64 %538, i64 %551
  store i64 %552, i64* %highEnd, align 8
  store i64 %536, i64* %lowStart, align 8
  br label %write.ok
}

define internal i32 @m0.eq.Shape(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %b = alloca i32, align 4
  store i32 %b.arg, i32* %b, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %unaligned = alloca i64, align 8
  %unaligned13 = alloca i64, align 8
  %unaligned15 = alloca i64, align 8
  %unaligned17 = alloca i64, align 8
  %unaligned19 = alloca i64, align 8
  %unaligned21 = alloca i64, align 8
  %unaligned31 = alloca i64, align 8
  %unaligned33 = alloca i64, align 8
  %unaligned39 = alloca i64, align 8
  %unaligned41 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %a, align 4
  %7 = load i32, i32* %b, align 4
  %8 = icmp eq i32 %6, %7
  %9 = zext i1 %8 to i32
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %11 = load i64, i64* %fuel, align 8
  %12 = getelementptr i64, i64* %regs, i64 0
  store i64 %11, i64* %12, align 8
  ret i32 1

else:                                             ; preds = %ok
  br label %join

join:                                             ; preds = %else, %dead
  %13 = load i32, i32* %a, align 4
  %14 = zext i32 %13 to i64
  %15 = add i64 %14, 1
  %16 = icmp ugt i64 %15, %arena_size
  br i1 %16, label %trap17.site0, label %ok1

dead:                                             ; No predecessors!
  br label %join

ok1:                                              ; preds = %join
  %17 = getelementptr i8, i8* %mem, i64 %14
  %18 = load i8, i8* %17, align 1
  %19 = zext i8 %18 to i32
  %20 = load i32, i32* %b, align 4
  %21 = zext i32 %20 to i64
  %22 = add i64 %21, 1
  %23 = icmp ugt i64 %22, %arena_size
  br i1 %23, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok38, %join36, %ok30, %then27, %join10, %ok18, %ok16, %ok14, %ok12, %ok11, %then8, %join5, %ok1, %join
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %24 = getelementptr i8, i8* %mem, i64 %21
  %25 = load i8, i8* %24, align 1
  %26 = zext i8 %25 to i32
  %27 = icmp ne i32 %19, %26
  %28 = zext i1 %27 to i32
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %then3, label %else4

then3:                                            ; preds = %ok2
  %30 = load i64, i64* %fuel, align 8
  %31 = getelementptr i64, i64* %regs, i64 0
  store i64 %30, i64* %31, align 8
  ret i32 0

else4:                                            ; preds = %ok2
  br label %join5

join5:                                            ; preds = %else4, %dead6
  %32 = load i32, i32* %a, align 4
  %33 = zext i32 %32 to i64
  %34 = add i64 %33, 1
  %35 = icmp ugt i64 %34, %arena_size
  br i1 %35, label %trap17.site0, label %ok7

dead6:                                            ; No predecessors!
  br label %join5

ok7:                                              ; preds = %join5
  %36 = getelementptr i8, i8* %mem, i64 %33
  %37 = load i8, i8* %36, align 1
  %38 = zext i8 %37 to i32
  %39 = icmp eq i32 %38, 1
  %40 = zext i1 %39 to i32
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %then8, label %else9

then8:                                            ; preds = %ok7
  %42 = load i32, i32* %a, align 4
  %43 = zext i32 %42 to i64
  %44 = add i64 %43, 8
  %45 = add i64 %44, 8
  %46 = icmp ugt i64 %45, %arena_size
  br i1 %46, label %trap17.site0, label %ok11

else9:                                            ; preds = %ok7
  br label %join10

join10:                                           ; preds = %else9, %join24
  %47 = load i32, i32* %a, align 4
  %48 = zext i32 %47 to i64
  %49 = add i64 %48, 1
  %50 = icmp ugt i64 %49, %arena_size
  br i1 %50, label %trap17.site0, label %ok26

ok11:                                             ; preds = %then8
  %51 = getelementptr i8, i8* %mem, i64 %44
  %52 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %52, i8* %51, i64 8, i1 false)
  %53 = load i64, i64* %unaligned, align 8
  %54 = bitcast i64 %53 to double
  %55 = load i32, i32* %b, align 4
  %56 = zext i32 %55 to i64
  %57 = add i64 %56, 8
  %58 = add i64 %57, 8
  %59 = icmp ugt i64 %58, %arena_size
  br i1 %59, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok11
  %60 = getelementptr i8, i8* %mem, i64 %57
  %61 = bitcast i64* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %61, i8* %60, i64 8, i1 false)
  %62 = load i64, i64* %unaligned13, align 8
  %63 = bitcast i64 %62 to double
  %64 = fcmp oeq double %54, %63
  %65 = zext i1 %64 to i32
  %66 = load i32, i32* %a, align 4
  %67 = zext i32 %66 to i64
  %68 = add i64 %67, 8
  %69 = add i64 %68, 8
  %70 = icmp ugt i64 %69, %arena_size
  br i1 %70, label %trap17.site0, label %ok14

ok14:                                             ; preds = %ok12
  %71 = getelementptr i8, i8* %mem, i64 %68
  %72 = bitcast i64* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %72, i8* %71, i64 8, i1 false)
  %73 = load i64, i64* %unaligned15, align 8
  %74 = bitcast i64 %73 to double
  %75 = load i32, i32* %a, align 4
  %76 = zext i32 %75 to i64
  %77 = add i64 %76, 8
  %78 = add i64 %77, 8
  %79 = icmp ugt i64 %78, %arena_size
  br i1 %79, label %trap17.site0, label %ok16

ok16:                                             ; preds = %ok14
  %80 = getelementptr i8, i8* %mem, i64 %77
  %81 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %81, i8* %80, i64 8, i1 false)
  %82 = load i64, i64* %unaligned17, align 8
  %83 = bitcast i64 %82 to double
  %84 = fcmp une double %74, %83
  %85 = zext i1 %84 to i32
  %86 = load i32, i32* %b, align 4
  %87 = zext i32 %86 to i64
  %88 = add i64 %87, 8
  %89 = add i64 %88, 8
  %90 = icmp ugt i64 %89, %arena_size
  br i1 %90, label %trap17.site0, label %ok18

ok18:                                             ; preds = %ok16
  %91 = getelementptr i8, i8* %mem, i64 %88
  %92 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %92, i8* %91, i64 8, i1 false)
  %93 = load i64, i64* %unaligned19, align 8
  %94 = bitcast i64 %93 to double
  %95 = load i32, i32* %b, align 4
  %96 = zext i32 %95 to i64
  %97 = add i64 %96, 8
  %98 = add i64 %97, 8
  %99 = icmp ugt i64 %98, %arena_size
  br i1 %99, label %trap17.site0, label %ok20

ok20:                                             ; preds = %ok18
  %100 = getelementptr i8, i8* %mem, i64 %97
  %101 = bitcast i64* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %101, i8* %100, i64 8, i1 false)
  %102 = load i64, i64* %unaligned21, align 8
  %103 = bitcast i64 %102 to double
  %104 = fcmp une double %94, %103
  %105 = zext i1 %104 to i32
  %106 = and i32 %85, %105
  %107 = or i32 %65, %106
  %108 = icmp eq i32 %107, 0
  %109 = zext i1 %108 to i32
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %then22, label %else23

then22:                                           ; preds = %ok20
  %111 = load i64, i64* %fuel, align 8
  %112 = getelementptr i64, i64* %regs, i64 0
  store i64 %111, i64* %112, align 8
  ret i32 0

else23:                                           ; preds = %ok20
  br label %join24

join24:                                           ; preds = %else23, %dead25
  br label %join10

dead25:                                           ; No predecessors!
  br label %join24

ok26:                                             ; preds = %join10
  %113 = getelementptr i8, i8* %mem, i64 %48
  %114 = load i8, i8* %113, align 1
  %115 = zext i8 %114 to i32
  %116 = icmp eq i32 %115, 2
  %117 = zext i1 %116 to i32
  %118 = icmp ne i32 %117, 0
  br i1 %118, label %then27, label %else28

then27:                                           ; preds = %ok26
  %119 = load i32, i32* %a, align 4
  %120 = zext i32 %119 to i64
  %121 = add i64 %120, 8
  %122 = add i64 %121, 8
  %123 = icmp ugt i64 %122, %arena_size
  br i1 %123, label %trap17.site0, label %ok30

else28:                                           ; preds = %ok26
  br label %join29

join29:                                           ; preds = %else28, %join44
  %124 = load i64, i64* %fuel, align 8
  %125 = getelementptr i64, i64* %regs, i64 0
  store i64 %124, i64* %125, align 8
  ret i32 1

ok30:                                             ; preds = %then27
  %126 = getelementptr i8, i8* %mem, i64 %121
  %127 = bitcast i64* %unaligned31 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %127, i8* %126, i64 8, i1 false)
  %128 = load i64, i64* %unaligned31, align 8
  %129 = load i32, i32* %b, align 4
  %130 = zext i32 %129 to i64
  %131 = add i64 %130, 8
  %132 = add i64 %131, 8
  %133 = icmp ugt i64 %132, %arena_size
  br i1 %133, label %trap17.site0, label %ok32

ok32:                                             ; preds = %ok30
  %134 = getelementptr i8, i8* %mem, i64 %131
  %135 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %135, i8* %134, i64 8, i1 false)
  %136 = load i64, i64* %unaligned33, align 8
  %137 = icmp eq i64 %128, %136
  %138 = zext i1 %137 to i32
  %139 = icmp eq i32 %138, 0
  %140 = zext i1 %139 to i32
  %141 = icmp ne i32 %140, 0
  br i1 %141, label %then34, label %else35

then34:                                           ; preds = %ok32
  %142 = load i64, i64* %fuel, align 8
  %143 = getelementptr i64, i64* %regs, i64 0
  store i64 %142, i64* %143, align 8
  ret i32 0

else35:                                           ; preds = %ok32
  br label %join36

join36:                                           ; preds = %else35, %dead37
  %144 = load i32, i32* %a, align 4
  %145 = zext i32 %144 to i64
  %146 = add i64 %145, 16
  %147 = add i64 %146, 8
  %148 = icmp ugt i64 %147, %arena_size
  br i1 %148, label %trap17.site0, label %ok38

dead37:                                           ; No predecessors!
  br label %join36

ok38:                                             ; preds = %join36
  %149 = getelementptr i8, i8* %mem, i64 %146
  %150 = bitcast i64* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %150, i8* %149, i64 8, i1 false)
  %151 = load i64, i64* %unaligned39, align 8
  %152 = load i32, i32* %b, align 4
  %153 = zext i32 %152 to i64
  %154 = add i64 %153, 16
  %155 = add i64 %154, 8
  %156 = icmp ugt i64 %155, %arena_size
  br i1 %156, label %trap17.site0, label %ok40

ok40:                                             ; preds = %ok38
  %157 = getelementptr i8, i8* %mem, i64 %154
  %158 = bitcast i64* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %158, i8* %157, i64 8, i1 false)
  %159 = load i64, i64* %unaligned41, align 8
  %160 = icmp eq i64 %151, %159
  %161 = zext i1 %160 to i32
  %162 = icmp eq i32 %161, 0
  %163 = zext i1 %162 to i32
  %164 = icmp ne i32 %163, 0
  br i1 %164, label %then42, label %else43

then42:                                           ; preds = %ok40
  %165 = load i64, i64* %fuel, align 8
  %166 = getelementptr i64, i64* %regs, i64 0
  store i64 %165, i64* %166, align 8
  ret i32 0

else43:                                           ; preds = %ok40
  br label %join44

join44:                                           ; preds = %else43, %dead45
  br label %join29

dead45:                                           ; No predecessors!
  br label %join44
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
  %shapes = alloca i32, align 4
  store i32 0, i32* %shapes, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
  %closure.1 = alloca i32, align 4
  store i32 0, i32* %closure.1, align 4
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
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %areas = alloca i32, align 4
  store i32 0, i32* %areas, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
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
  %s.1 = alloca i32, align 4
  store i32 0, i32* %s.1, align 4
  %kinds = alloca i32, align 4
  store i32 0, i32* %kinds, align 4
  %c = alloca i64, align 8
  store i64 0, i64* %c, align 8
  %c.1 = alloca i64, align 8
  store i64 0, i64* %c.1, align 8
  %obj = alloca i32, align 4
  store i32 0, i32* %obj, align 4
  %item = alloca i32, align 4
  store i32 0, i32* %item, align 4
  %c.2 = alloca double, align 8
  store double 0.000000e+00, double* %c.2, align 8
  %obj.1 = alloca i32, align 4
  store i32 0, i32* %obj.1, align 4
  %item.1 = alloca i32, align 4
  store i32 0, i32* %item.1, align 4
  %item.2 = alloca i32, align 4
  store i32 0, i32* %item.2, align 4
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %size.3 = alloca i64, align 8
  store i64 0, i64* %size.3, align 8
  %list.3 = alloca i32, align 4
  store i32 0, i32* %list.3, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i32, align 4
  store i32 0, i32* %x.2, align 4
  %s.2 = alloca i32, align 4
  store i32 0, i32* %s.2, align 4
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %needle = alloca i32, align 4
  store i32 0, i32* %needle, align 4
  %found = alloca i32, align 4
  store i32 0, i32* %found, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %x.3 = alloca i32, align 4
  store i32 0, i32* %x.3, align 4
  %x.4 = alloca i32, align 4
  store i32 0, i32* %x.4, align 4
  %bigger = alloca i32, align 4
  store i32 0, i32* %bigger, align 4
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
  %unaligned23 = alloca i32, align 4
  %unaligned28 = alloca i32, align 4
  %unaligned33 = alloca i32, align 4
  %result34 = alloca i32, align 4
  %unaligned36 = alloca i32, align 4
  %unaligned39 = alloca i32, align 4
  %unaligned42 = alloca i32, align 4
  %unaligned49 = alloca i64, align 8
  %unaligned55 = alloca i32, align 4
  %unaligned60 = alloca i32, align 4
  %result61 = alloca i32, align 4
  %unaligned63 = alloca i32, align 4
  %unaligned70 = alloca i32, align 4
  %unaligned74 = alloca i32, align 4
  %unaligned81 = alloca i32, align 4
  %unaligned87 = alloca i32, align 4
  %unaligned92 = alloca i32, align 4
  %result93 = alloca i32, align 4
  %result94 = alloca i32, align 4
  %result95 = alloca i32, align 4
  %unaligned105 = alloca i64, align 8
  %unaligned110 = alloca i64, align 8
  %result111 = alloca i32, align 4
  %unaligned121 = alloca i64, align 8
  %unaligned131 = alloca i32, align 4
  %unaligned136 = alloca i32, align 4
  %unaligned141 = alloca i32, align 4
  %unaligned146 = alloca i32, align 4
  %unaligned148 = alloca i32, align 4
  %unaligned155 = alloca i32, align 4
  %unaligned159 = alloca i32, align 4
  %result160 = alloca i32, align 4
  %unaligned162 = alloca i32, align 4
  %unaligned166 = alloca i32, align 4
  %unaligned181 = alloca i32, align 4
  %unaligned187 = alloca i32, align 4
  %unaligned192 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each28, %each22, %each10, %each4, %body
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

trap253.site0:                                    ; preds = %ok202, %ok193, %ok167, %ok75, %ok43, %ok1
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
  store i32 %61, i32* %shapes, align 4
  %62 = getelementptr i64, i64* %regs, i64 1
  %63 = getelementptr i64, i64* %regs, i64 2
  %64 = load i64, i64* %62, align 8
  %65 = add i64 %64, 7
  %66 = and i64 %65, -8
  %67 = add i64 %66, 20
  %68 = load i64, i64* %63, align 8
  %69 = icmp ugt i64 %67, %68
  br i1 %69, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %write.slow189, %write.slow184, %write.slow178, %cont164, %ok158, %cont157, %ok153, %e14, %write.slow143, %write.slow138, %write.slow133, %write.slow128, %write.slow118, %write.slow114, %write.slow107, %write.slow102, %write.slow98, %write.slow89, %write.slow84, %write.slow78, %cont72, %ok68, %write.ok58, %write.slow57, %write.slow52, %write.slow46, %cont, %ok37, %write.ok31, %write.slow30, %write.slow25, %write.slow20, %write.slow14, %write.slow9, %write.slow, %stack_ok
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

e0:                                               ; preds = %write.ok190
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
  br i1 %83, label %trap15.site0, label %ok193

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

trap15.site3:                                     ; preds = %join206, %ok2
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
  %195 = getelementptr i64, i64* %regs, i64 1
  %196 = getelementptr i64, i64* %regs, i64 2
  %197 = load i64, i64* %195, align 8
  %198 = add i64 %197, 3
  %199 = and i64 %198, -4
  %200 = add i64 %199, 8
  %201 = load i64, i64* %196, align 8
  %202 = icmp ugt i64 %200, %201
  br i1 %202, label %trap15.site5, label %ok18

ok16:                                             ; preds = %write.slow14
  %203 = icmp ult i64 %162, %scratch_start
  %204 = load i64, i64* %lowStart, align 8
  %205 = call i64 @llvm.umin.i64(i64 %204, i64 %162)
  %206 = load i64, i64* %lowEnd, align 8
  %207 = load i64, i64* %highEnd, align 8
  %208 = add i64 %163, 64
  %209 = sub i64 %163, %205
  %210 = lshr i64 %209, 4
  %211 = add i64 %208, %210
  %212 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %211)
  %213 = call i64 @llvm.umax.i64(i64 %206, i64 %212)
  %214 = select i1 %203, i64 %213, i64 %206
  store i64 %214, i64* %lowEnd, align 8
  %215 = add i64 %163, 64
  %216 = sub i64 %163, %scratch_start
  %217 = lshr i64 %216, 4
  %218 = add i64 %215, %217
  %219 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %218)
  %220 = call i64 @llvm.umax.i64(i64 %207, i64 %219)
  %221 = select i1 %203, i64 %207, i64 %220
  store i64 %221, i64* %highEnd, align 8
  store i64 %205, i64* %lowStart, align 8
  br label %write.ok15

ok18:                                             ; preds = %write.ok15
  store i64 %200, i64* %195, align 8
  %222 = load i64, i64* %highEnd, align 8
  %223 = call i64 @llvm.umax.i64(i64 %222, i64 %200)
  store i64 %223, i64* %highEnd, align 8
  %224 = trunc i64 %199 to i32
  store i32 %224, i32* %closure.1, align 4
  %225 = load i32, i32* %closure.1, align 4
  %226 = zext i32 %225 to i64
  %227 = add i64 %226, 4
  %228 = icmp uge i64 %226, %scratch_start
  %229 = load i64, i64* %highEnd, align 8
  %230 = icmp ule i64 %227, %229
  %231 = and i1 %228, %230
  br i1 %231, label %write.ok21, label %write.low19

trap15.site5:                                     ; preds = %write.ok15
  %232 = load i64, i64* %lowStart, align 8
  %233 = getelementptr i64, i64* %regs, i64 6
  store i64 %232, i64* %233, align 8
  %234 = load i64, i64* %lowEnd, align 8
  %235 = getelementptr i64, i64* %regs, i64 7
  store i64 %234, i64* %235, align 8
  %236 = load i64, i64* %highEnd, align 8
  %237 = getelementptr i64, i64* %regs, i64 8
  store i64 %236, i64* %237, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low19:                                      ; preds = %ok18
  %238 = load i64, i64* %lowStart, align 8
  %239 = icmp uge i64 %226, %238
  %240 = load i64, i64* %lowEnd, align 8
  %241 = icmp ule i64 %227, %240
  %242 = and i1 %239, %241
  br i1 %242, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %243 = icmp ugt i64 %227, %arena_size
  br i1 %243, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %244 = getelementptr i8, i8* %mem, i64 %226
  store i32 1, i32* %unaligned23, align 4
  %245 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %244, i8* %245, i64 4, i1 false)
  %246 = load i32, i32* %closure.1, align 4
  %247 = zext i32 %246 to i64
  %248 = add i64 %247, 4
  %249 = add i64 %248, 4
  %250 = icmp uge i64 %248, %scratch_start
  %251 = load i64, i64* %highEnd, align 8
  %252 = icmp ule i64 %249, %251
  %253 = and i1 %250, %252
  br i1 %253, label %write.ok26, label %write.low24

ok22:                                             ; preds = %write.slow20
  %254 = icmp ult i64 %226, %scratch_start
  %255 = load i64, i64* %lowStart, align 8
  %256 = call i64 @llvm.umin.i64(i64 %255, i64 %226)
  %257 = load i64, i64* %lowEnd, align 8
  %258 = load i64, i64* %highEnd, align 8
  %259 = add i64 %227, 64
  %260 = sub i64 %227, %256
  %261 = lshr i64 %260, 4
  %262 = add i64 %259, %261
  %263 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %262)
  %264 = call i64 @llvm.umax.i64(i64 %257, i64 %263)
  %265 = select i1 %254, i64 %264, i64 %257
  store i64 %265, i64* %lowEnd, align 8
  %266 = add i64 %227, 64
  %267 = sub i64 %227, %scratch_start
  %268 = lshr i64 %267, 4
  %269 = add i64 %266, %268
  %270 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %269)
  %271 = call i64 @llvm.umax.i64(i64 %258, i64 %270)
  %272 = select i1 %254, i64 %258, i64 %271
  store i64 %272, i64* %highEnd, align 8
  store i64 %256, i64* %lowStart, align 8
  br label %write.ok21

write.low24:                                      ; preds = %write.ok21
  %273 = load i64, i64* %lowStart, align 8
  %274 = icmp uge i64 %248, %273
  %275 = load i64, i64* %lowEnd, align 8
  %276 = icmp ule i64 %249, %275
  %277 = and i1 %274, %276
  br i1 %277, label %write.ok26, label %write.slow25

write.slow25:                                     ; preds = %write.low24
  %278 = icmp ugt i64 %249, %arena_size
  br i1 %278, label %trap17.site0, label %ok27

write.ok26:                                       ; preds = %ok27, %write.low24, %write.ok21
  %279 = getelementptr i8, i8* %mem, i64 %248
  store i32 0, i32* %unaligned28, align 4
  %280 = bitcast i32* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %279, i8* %280, i64 4, i1 false)
  %281 = load i32, i32* %dict, align 4
  %282 = load i32, i32* %closure.1, align 4
  %283 = zext i32 %281 to i64
  %284 = add i64 %283, 4
  %285 = add i64 %284, 4
  %286 = icmp uge i64 %284, %scratch_start
  %287 = load i64, i64* %highEnd, align 8
  %288 = icmp ule i64 %285, %287
  %289 = and i1 %286, %288
  br i1 %289, label %write.ok31, label %write.low29

ok27:                                             ; preds = %write.slow25
  %290 = icmp ult i64 %248, %scratch_start
  %291 = load i64, i64* %lowStart, align 8
  %292 = call i64 @llvm.umin.i64(i64 %291, i64 %248)
  %293 = load i64, i64* %lowEnd, align 8
  %294 = load i64, i64* %highEnd, align 8
  %295 = add i64 %249, 64
  %296 = sub i64 %249, %292
  %297 = lshr i64 %296, 4
  %298 = add i64 %295, %297
  %299 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %298)
  %300 = call i64 @llvm.umax.i64(i64 %293, i64 %299)
  %301 = select i1 %290, i64 %300, i64 %293
  store i64 %301, i64* %lowEnd, align 8
  %302 = add i64 %249, 64
  %303 = sub i64 %249, %scratch_start
  %304 = lshr i64 %303, 4
  %305 = add i64 %302, %304
  %306 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %305)
  %307 = call i64 @llvm.umax.i64(i64 %294, i64 %306)
  %308 = select i1 %290, i64 %294, i64 %307
  store i64 %308, i64* %highEnd, align 8
  store i64 %292, i64* %lowStart, align 8
  br label %write.ok26

write.low29:                                      ; preds = %write.ok26
  %309 = load i64, i64* %lowStart, align 8
  %310 = icmp uge i64 %284, %309
  %311 = load i64, i64* %lowEnd, align 8
  %312 = icmp ule i64 %285, %311
  %313 = and i1 %310, %312
  br i1 %313, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %314 = icmp ugt i64 %285, %arena_size
  br i1 %314, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %write.ok26
  %315 = getelementptr i8, i8* %mem, i64 %284
  store i32 %282, i32* %unaligned33, align 4
  %316 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %315, i8* %316, i64 4, i1 false)
  %317 = load i32, i32* %shapes, align 4
  store i32 %317, i32* %xs, align 4
  %318 = load i32, i32* %xs, align 4
  %319 = zext i32 %318 to i64
  %320 = add i64 %319, 4
  %321 = icmp ugt i64 %320, %arena_size
  br i1 %321, label %trap17.site0, label %ok35

ok32:                                             ; preds = %write.slow30
  %322 = icmp ult i64 %284, %scratch_start
  %323 = load i64, i64* %lowStart, align 8
  %324 = call i64 @llvm.umin.i64(i64 %323, i64 %284)
  %325 = load i64, i64* %lowEnd, align 8
  %326 = load i64, i64* %highEnd, align 8
  %327 = add i64 %285, 64
  %328 = sub i64 %285, %324
  %329 = lshr i64 %328, 4
  %330 = add i64 %327, %329
  %331 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %330)
  %332 = call i64 @llvm.umax.i64(i64 %325, i64 %331)
  %333 = select i1 %322, i64 %332, i64 %325
  store i64 %333, i64* %lowEnd, align 8
  %334 = add i64 %285, 64
  %335 = sub i64 %285, %scratch_start
  %336 = lshr i64 %335, 4
  %337 = add i64 %334, %336
  %338 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %337)
  %339 = call i64 @llvm.umax.i64(i64 %326, i64 %338)
  %340 = select i1 %322, i64 %326, i64 %339
  store i64 %340, i64* %highEnd, align 8
  store i64 %324, i64* %lowStart, align 8
  br label %write.ok31

e1:                                               ; preds = %write.ok53
  %341 = load i32, i32* %result34, align 4
  store i32 %341, i32* %areas, align 4
  %342 = load i32, i32* %dict, align 4
  %343 = load i32, i32* %areas, align 4
  %344 = zext i32 %342 to i64
  %345 = add i64 %344, 8
  %346 = add i64 %345, 4
  %347 = icmp uge i64 %345, %scratch_start
  %348 = load i64, i64* %highEnd, align 8
  %349 = icmp ule i64 %346, %348
  %350 = and i1 %347, %349
  br i1 %350, label %write.ok58, label %write.low56

ok35:                                             ; preds = %write.ok31
  %351 = getelementptr i8, i8* %mem, i64 %319
  %352 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %352, i8* %351, i64 4, i1 false)
  %353 = load i32, i32* %unaligned36, align 4
  %354 = zext i32 %353 to i64
  %355 = mul i64 %354, 8
  %356 = add i64 8, %355
  store i64 %356, i64* %size, align 8
  %357 = load i64, i64* %size, align 8
  %358 = icmp ugt i64 %357, 2147483647
  %359 = zext i1 %358 to i32
  %360 = icmp ne i32 %359, 0
  br i1 %360, label %then, label %else

then:                                             ; preds = %ok35
  br label %trap15.site6

else:                                             ; preds = %ok35
  br label %join

join:                                             ; preds = %else, %dead
  %361 = load i64, i64* %size, align 8
  %362 = trunc i64 %361 to i32
  %363 = zext i32 %362 to i64
  %364 = getelementptr i64, i64* %regs, i64 1
  %365 = getelementptr i64, i64* %regs, i64 2
  %366 = load i64, i64* %364, align 8
  %367 = add i64 %366, 7
  %368 = and i64 %367, -8
  %369 = add i64 %368, %363
  %370 = load i64, i64* %365, align 8
  %371 = icmp ugt i64 %369, %370
  br i1 %371, label %trap15.site6, label %ok37

trap15.site6:                                     ; preds = %join, %then
  %372 = load i64, i64* %lowStart, align 8
  %373 = getelementptr i64, i64* %regs, i64 6
  store i64 %372, i64* %373, align 8
  %374 = load i64, i64* %lowEnd, align 8
  %375 = getelementptr i64, i64* %regs, i64 7
  store i64 %374, i64* %375, align 8
  %376 = load i64, i64* %highEnd, align 8
  %377 = getelementptr i64, i64* %regs, i64 8
  store i64 %376, i64* %377, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok37:                                             ; preds = %join
  store i64 %369, i64* %364, align 8
  %378 = load i64, i64* %highEnd, align 8
  %379 = call i64 @llvm.umax.i64(i64 %378, i64 %369)
  store i64 %379, i64* %highEnd, align 8
  %380 = trunc i64 %368 to i32
  store i32 %380, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %381 = load i32, i32* %xs, align 4
  %382 = zext i32 %381 to i64
  %383 = add i64 %382, 4
  %384 = icmp ugt i64 %383, %arena_size
  br i1 %384, label %trap17.site0, label %ok38

ok38:                                             ; preds = %ok37
  %385 = getelementptr i8, i8* %mem, i64 %382
  %386 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %386, i8* %385, i64 4, i1 false)
  %387 = load i32, i32* %unaligned39, align 4
  store i32 %387, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead50, %ok40
  %388 = load i32, i32* %list, align 4
  %389 = load i32, i32* %len, align 4
  %390 = zext i32 %388 to i64
  %391 = add i64 %390, 4
  %392 = icmp uge i64 %390, %scratch_start
  %393 = load i64, i64* %highEnd, align 8
  %394 = icmp ule i64 %391, %393
  %395 = and i1 %392, %394
  br i1 %395, label %write.ok53, label %write.low51

each4:                                            ; preds = %write.ok47, %ok38
  %396 = load i64, i64* %fuel, align 8
  %397 = icmp ult i64 %396, 1
  br i1 %397, label %trap14.site0, label %ok40

ok40:                                             ; preds = %each4
  %398 = sub i64 %396, 1
  store i64 %398, i64* %fuel, align 8
  %399 = load i32, i32* %k, align 4
  %400 = load i32, i32* %n, align 4
  %401 = icmp uge i32 %399, %400
  %402 = zext i1 %401 to i32
  %403 = icmp ne i32 %402, 0
  br i1 %403, label %block3, label %cont

cont:                                             ; preds = %ok40
  %404 = load i32, i32* %xs, align 4
  %405 = load i32, i32* %k, align 4
  %406 = mul i32 %405, 4
  %407 = add i32 %404, %406
  %408 = zext i32 %407 to i64
  %409 = add i64 %408, 4
  %410 = add i64 %409, 4
  %411 = icmp ugt i64 %410, %arena_size
  br i1 %411, label %trap17.site0, label %ok41

ok41:                                             ; preds = %cont
  %412 = getelementptr i8, i8* %mem, i64 %409
  %413 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %413, i8* %412, i64 4, i1 false)
  %414 = load i32, i32* %unaligned42, align 4
  store i32 %414, i32* %x, align 4
  %415 = load i32, i32* %x, align 4
  store i32 %415, i32* %s, align 4
  %416 = load i32, i32* %list, align 4
  %417 = load i32, i32* %len, align 4
  %418 = mul i32 %417, 8
  %419 = add i32 %416, %418
  %420 = load i32, i32* %s, align 4
  %421 = icmp uge i32 %depth, 1000
  br i1 %421, label %trap15.site7, label %ok43

ok43:                                             ; preds = %ok41
  %422 = icmp ult i64 %10, %stack_limit
  br i1 %422, label %trap253.site0, label %stack_ok44

trap15.site7:                                     ; preds = %ok41
  %423 = load i64, i64* %lowStart, align 8
  %424 = getelementptr i64, i64* %regs, i64 6
  store i64 %423, i64* %424, align 8
  %425 = load i64, i64* %lowEnd, align 8
  %426 = getelementptr i64, i64* %regs, i64 7
  store i64 %425, i64* %426, align 8
  %427 = load i64, i64* %highEnd, align 8
  %428 = getelementptr i64, i64* %regs, i64 8
  store i64 %427, i64* %428, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok44:                                       ; preds = %ok43
  %429 = load i64, i64* %fuel, align 8
  %430 = getelementptr i64, i64* %regs, i64 0
  store i64 %429, i64* %430, align 8
  %431 = load i64, i64* %lowStart, align 8
  %432 = getelementptr i64, i64* %regs, i64 6
  store i64 %431, i64* %432, align 8
  %433 = load i64, i64* %lowEnd, align 8
  %434 = getelementptr i64, i64* %regs, i64 7
  store i64 %433, i64* %434, align 8
  %435 = load i64, i64* %highEnd, align 8
  %436 = getelementptr i64, i64* %regs, i64 8
  store i64 %435, i64* %436, align 8
  %437 = add i32 %depth, 1
  %438 = call double @m0.fn.area(i64* %regs, i8* %mem, i32 %437, i32 0, i32 %420)
  %439 = getelementptr i64, i64* %regs, i64 0
  %440 = load i64, i64* %439, align 8
  store i64 %440, i64* %fuel, align 8
  %441 = getelementptr i64, i64* %regs, i64 6
  %442 = load i64, i64* %441, align 8
  store i64 %442, i64* %lowStart, align 8
  %443 = getelementptr i64, i64* %regs, i64 7
  %444 = load i64, i64* %443, align 8
  store i64 %444, i64* %lowEnd, align 8
  %445 = getelementptr i64, i64* %regs, i64 8
  %446 = load i64, i64* %445, align 8
  store i64 %446, i64* %highEnd, align 8
  %447 = zext i32 %419 to i64
  %448 = add i64 %447, 8
  %449 = add i64 %448, 8
  %450 = icmp uge i64 %448, %scratch_start
  %451 = load i64, i64* %highEnd, align 8
  %452 = icmp ule i64 %449, %451
  %453 = and i1 %450, %452
  br i1 %453, label %write.ok47, label %write.low45

write.low45:                                      ; preds = %stack_ok44
  %454 = load i64, i64* %lowStart, align 8
  %455 = icmp uge i64 %448, %454
  %456 = load i64, i64* %lowEnd, align 8
  %457 = icmp ule i64 %449, %456
  %458 = and i1 %455, %457
  br i1 %458, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %459 = icmp ugt i64 %449, %arena_size
  br i1 %459, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %stack_ok44
  %460 = getelementptr i8, i8* %mem, i64 %448
  %461 = bitcast double %438 to i64
  %462 = and i64 %461, 9223372036854775807
  %463 = icmp ugt i64 %462, 9218868437227405312
  %464 = select i1 %463, i64 9221120237041090560, i64 %461
  store i64 %464, i64* %unaligned49, align 8
  %465 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %460, i8* %465, i64 8, i1 false)
  %466 = load i32, i32* %len, align 4
  %467 = add i32 %466, 1
  store i32 %467, i32* %len, align 4
  %468 = load i32, i32* %k, align 4
  %469 = add i32 %468, 1
  store i32 %469, i32* %k, align 4
  br label %each4

ok48:                                             ; preds = %write.slow46
  %470 = icmp ult i64 %448, %scratch_start
  %471 = load i64, i64* %lowStart, align 8
  %472 = call i64 @llvm.umin.i64(i64 %471, i64 %448)
  %473 = load i64, i64* %lowEnd, align 8
  %474 = load i64, i64* %highEnd, align 8
  %475 = add i64 %449, 64
  %476 = sub i64 %449, %472
  %477 = lshr i64 %476, 4
  %478 = add i64 %475, %477
  %479 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %478)
  %480 = call i64 @llvm.umax.i64(i64 %473, i64 %479)
  %481 = select i1 %470, i64 %480, i64 %473
  store i64 %481, i64* %lowEnd, align 8
  %482 = add i64 %449, 64
  %483 = sub i64 %449, %scratch_start
  %484 = lshr i64 %483, 4
  %485 = add i64 %482, %484
  %486 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %485)
  %487 = call i64 @llvm.umax.i64(i64 %474, i64 %486)
  %488 = select i1 %470, i64 %474, i64 %487
  store i64 %488, i64* %highEnd, align 8
  store i64 %472, i64* %lowStart, align 8
  br label %write.ok47

dead50:                                           ; No predecessors!
  br label %block3

write.low51:                                      ; preds = %block3
  %489 = load i64, i64* %lowStart, align 8
  %490 = icmp uge i64 %390, %489
  %491 = load i64, i64* %lowEnd, align 8
  %492 = icmp ule i64 %391, %491
  %493 = and i1 %490, %492
  br i1 %493, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %494 = icmp ugt i64 %391, %arena_size
  br i1 %494, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %block3
  %495 = getelementptr i8, i8* %mem, i64 %390
  store i32 %389, i32* %unaligned55, align 4
  %496 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %495, i8* %496, i64 4, i1 false)
  %497 = load i32, i32* %list, align 4
  store i32 %497, i32* %result34, align 4
  br label %e1

ok54:                                             ; preds = %write.slow52
  %498 = icmp ult i64 %390, %scratch_start
  %499 = load i64, i64* %lowStart, align 8
  %500 = call i64 @llvm.umin.i64(i64 %499, i64 %390)
  %501 = load i64, i64* %lowEnd, align 8
  %502 = load i64, i64* %highEnd, align 8
  %503 = add i64 %391, 64
  %504 = sub i64 %391, %500
  %505 = lshr i64 %504, 4
  %506 = add i64 %503, %505
  %507 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %506)
  %508 = call i64 @llvm.umax.i64(i64 %501, i64 %507)
  %509 = select i1 %498, i64 %508, i64 %501
  store i64 %509, i64* %lowEnd, align 8
  %510 = add i64 %391, 64
  %511 = sub i64 %391, %scratch_start
  %512 = lshr i64 %511, 4
  %513 = add i64 %510, %512
  %514 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %513)
  %515 = call i64 @llvm.umax.i64(i64 %502, i64 %514)
  %516 = select i1 %498, i64 %502, i64 %515
  store i64 %516, i64* %highEnd, align 8
  store i64 %500, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %e1
  %517 = load i64, i64* %lowStart, align 8
  %518 = icmp uge i64 %345, %517
  %519 = load i64, i64* %lowEnd, align 8
  %520 = icmp ule i64 %346, %519
  %521 = and i1 %518, %520
  br i1 %521, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %522 = icmp ugt i64 %346, %arena_size
  br i1 %522, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %e1
  %523 = getelementptr i8, i8* %mem, i64 %345
  store i32 %343, i32* %unaligned60, align 4
  %524 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %523, i8* %524, i64 4, i1 false)
  %525 = load i32, i32* %shapes, align 4
  store i32 %525, i32* %xs.1, align 4
  %526 = load i32, i32* %xs.1, align 4
  %527 = zext i32 %526 to i64
  %528 = add i64 %527, 4
  %529 = icmp ugt i64 %528, %arena_size
  br i1 %529, label %trap17.site0, label %ok62

ok59:                                             ; preds = %write.slow57
  %530 = icmp ult i64 %345, %scratch_start
  %531 = load i64, i64* %lowStart, align 8
  %532 = call i64 @llvm.umin.i64(i64 %531, i64 %345)
  %533 = load i64, i64* %lowEnd, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = add i64 %346, 64
  %536 = sub i64 %346, %532
  %537 = lshr i64 %536, 4
  %538 = add i64 %535, %537
  %539 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %538)
  %540 = call i64 @llvm.umax.i64(i64 %533, i64 %539)
  %541 = select i1 %530, i64 %540, i64 %533
  store i64 %541, i64* %lowEnd, align 8
  %542 = add i64 %346, 64
  %543 = sub i64 %346, %scratch_start
  %544 = lshr i64 %543, 4
  %545 = add i64 %542, %544
  %546 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %545)
  %547 = call i64 @llvm.umax.i64(i64 %534, i64 %546)
  %548 = select i1 %530, i64 %534, i64 %547
  store i64 %548, i64* %highEnd, align 8
  store i64 %532, i64* %lowStart, align 8
  br label %write.ok58

e7:                                               ; preds = %write.ok85
  %549 = load i32, i32* %result61, align 4
  store i32 %549, i32* %kinds, align 4
  %550 = load i32, i32* %dict, align 4
  %551 = load i32, i32* %kinds, align 4
  %552 = zext i32 %550 to i64
  %553 = add i64 %552, 12
  %554 = add i64 %553, 4
  %555 = icmp uge i64 %553, %scratch_start
  %556 = load i64, i64* %highEnd, align 8
  %557 = icmp ule i64 %554, %556
  %558 = and i1 %555, %557
  br i1 %558, label %write.ok90, label %write.low88

ok62:                                             ; preds = %write.ok58
  %559 = getelementptr i8, i8* %mem, i64 %527
  %560 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %560, i8* %559, i64 4, i1 false)
  %561 = load i32, i32* %unaligned63, align 4
  %562 = zext i32 %561 to i64
  %563 = mul i64 %562, 4
  %564 = add i64 4, %563
  store i64 %564, i64* %size.1, align 8
  %565 = load i64, i64* %size.1, align 8
  %566 = icmp ugt i64 %565, 2147483647
  %567 = zext i1 %566 to i32
  %568 = icmp ne i32 %567, 0
  br i1 %568, label %then64, label %else65

then64:                                           ; preds = %ok62
  br label %trap15.site8

else65:                                           ; preds = %ok62
  br label %join66

join66:                                           ; preds = %else65, %dead67
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
  br i1 %579, label %trap15.site8, label %ok68

trap15.site8:                                     ; preds = %join66, %then64
  %580 = load i64, i64* %lowStart, align 8
  %581 = getelementptr i64, i64* %regs, i64 6
  store i64 %580, i64* %581, align 8
  %582 = load i64, i64* %lowEnd, align 8
  %583 = getelementptr i64, i64* %regs, i64 7
  store i64 %582, i64* %583, align 8
  %584 = load i64, i64* %highEnd, align 8
  %585 = getelementptr i64, i64* %regs, i64 8
  store i64 %584, i64* %585, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead67:                                           ; No predecessors!
  br label %join66

ok68:                                             ; preds = %join66
  store i64 %577, i64* %572, align 8
  %586 = load i64, i64* %highEnd, align 8
  %587 = call i64 @llvm.umax.i64(i64 %586, i64 %577)
  store i64 %587, i64* %highEnd, align 8
  %588 = trunc i64 %576 to i32
  store i32 %588, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %589 = load i32, i32* %xs.1, align 4
  %590 = zext i32 %589 to i64
  %591 = add i64 %590, 4
  %592 = icmp ugt i64 %591, %arena_size
  br i1 %592, label %trap17.site0, label %ok69

ok69:                                             ; preds = %ok68
  %593 = getelementptr i8, i8* %mem, i64 %590
  %594 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %594, i8* %593, i64 4, i1 false)
  %595 = load i32, i32* %unaligned70, align 4
  store i32 %595, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each10

block9:                                           ; preds = %dead82, %ok71
  %596 = load i32, i32* %list.1, align 4
  %597 = load i32, i32* %len.1, align 4
  %598 = zext i32 %596 to i64
  %599 = add i64 %598, 4
  %600 = icmp uge i64 %598, %scratch_start
  %601 = load i64, i64* %highEnd, align 8
  %602 = icmp ule i64 %599, %601
  %603 = and i1 %600, %602
  br i1 %603, label %write.ok85, label %write.low83

each10:                                           ; preds = %write.ok79, %ok69
  %604 = load i64, i64* %fuel, align 8
  %605 = icmp ult i64 %604, 1
  br i1 %605, label %trap14.site0, label %ok71

ok71:                                             ; preds = %each10
  %606 = sub i64 %604, 1
  store i64 %606, i64* %fuel, align 8
  %607 = load i32, i32* %k.1, align 4
  %608 = load i32, i32* %n.1, align 4
  %609 = icmp uge i32 %607, %608
  %610 = zext i1 %609 to i32
  %611 = icmp ne i32 %610, 0
  br i1 %611, label %block9, label %cont72

cont72:                                           ; preds = %ok71
  %612 = load i32, i32* %xs.1, align 4
  %613 = load i32, i32* %k.1, align 4
  %614 = mul i32 %613, 4
  %615 = add i32 %612, %614
  %616 = zext i32 %615 to i64
  %617 = add i64 %616, 4
  %618 = add i64 %617, 4
  %619 = icmp ugt i64 %618, %arena_size
  br i1 %619, label %trap17.site0, label %ok73

ok73:                                             ; preds = %cont72
  %620 = getelementptr i8, i8* %mem, i64 %617
  %621 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %621, i8* %620, i64 4, i1 false)
  %622 = load i32, i32* %unaligned74, align 4
  store i32 %622, i32* %x.1, align 4
  %623 = load i32, i32* %x.1, align 4
  store i32 %623, i32* %s.1, align 4
  %624 = load i32, i32* %list.1, align 4
  %625 = load i32, i32* %len.1, align 4
  %626 = mul i32 %625, 4
  %627 = add i32 %624, %626
  %628 = load i32, i32* %s.1, align 4
  %629 = icmp uge i32 %depth, 1000
  br i1 %629, label %trap15.site9, label %ok75

ok75:                                             ; preds = %ok73
  %630 = icmp ult i64 %10, %stack_limit
  br i1 %630, label %trap253.site0, label %stack_ok76

trap15.site9:                                     ; preds = %ok73
  %631 = load i64, i64* %lowStart, align 8
  %632 = getelementptr i64, i64* %regs, i64 6
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %lowEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 7
  store i64 %633, i64* %634, align 8
  %635 = load i64, i64* %highEnd, align 8
  %636 = getelementptr i64, i64* %regs, i64 8
  store i64 %635, i64* %636, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

stack_ok76:                                       ; preds = %ok75
  %637 = load i64, i64* %fuel, align 8
  %638 = getelementptr i64, i64* %regs, i64 0
  store i64 %637, i64* %638, align 8
  %639 = load i64, i64* %lowStart, align 8
  %640 = getelementptr i64, i64* %regs, i64 6
  store i64 %639, i64* %640, align 8
  %641 = load i64, i64* %lowEnd, align 8
  %642 = getelementptr i64, i64* %regs, i64 7
  store i64 %641, i64* %642, align 8
  %643 = load i64, i64* %highEnd, align 8
  %644 = getelementptr i64, i64* %regs, i64 8
  store i64 %643, i64* %644, align 8
  %645 = add i32 %depth, 1
  %646 = call i32 @m0.fn.kind(i64* %regs, i8* %mem, i32 %645, i32 0, i32 %628)
  %647 = getelementptr i64, i64* %regs, i64 0
  %648 = load i64, i64* %647, align 8
  store i64 %648, i64* %fuel, align 8
  %649 = getelementptr i64, i64* %regs, i64 6
  %650 = load i64, i64* %649, align 8
  store i64 %650, i64* %lowStart, align 8
  %651 = getelementptr i64, i64* %regs, i64 7
  %652 = load i64, i64* %651, align 8
  store i64 %652, i64* %lowEnd, align 8
  %653 = getelementptr i64, i64* %regs, i64 8
  %654 = load i64, i64* %653, align 8
  store i64 %654, i64* %highEnd, align 8
  %655 = zext i32 %627 to i64
  %656 = add i64 %655, 4
  %657 = add i64 %656, 4
  %658 = icmp uge i64 %656, %scratch_start
  %659 = load i64, i64* %highEnd, align 8
  %660 = icmp ule i64 %657, %659
  %661 = and i1 %658, %660
  br i1 %661, label %write.ok79, label %write.low77

write.low77:                                      ; preds = %stack_ok76
  %662 = load i64, i64* %lowStart, align 8
  %663 = icmp uge i64 %656, %662
  %664 = load i64, i64* %lowEnd, align 8
  %665 = icmp ule i64 %657, %664
  %666 = and i1 %663, %665
  br i1 %666, label %write.ok79, label %write.slow78

write.slow78:                                     ; preds = %write.low77
  %667 = icmp ugt i64 %657, %arena_size
  br i1 %667, label %trap17.site0, label %ok80

write.ok79:                                       ; preds = %ok80, %write.low77, %stack_ok76
  %668 = getelementptr i8, i8* %mem, i64 %656
  store i32 %646, i32* %unaligned81, align 4
  %669 = bitcast i32* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %668, i8* %669, i64 4, i1 false)
  %670 = load i32, i32* %len.1, align 4
  %671 = add i32 %670, 1
  store i32 %671, i32* %len.1, align 4
  %672 = load i32, i32* %k.1, align 4
  %673 = add i32 %672, 1
  store i32 %673, i32* %k.1, align 4
  br label %each10

ok80:                                             ; preds = %write.slow78
  %674 = icmp ult i64 %656, %scratch_start
  %675 = load i64, i64* %lowStart, align 8
  %676 = call i64 @llvm.umin.i64(i64 %675, i64 %656)
  %677 = load i64, i64* %lowEnd, align 8
  %678 = load i64, i64* %highEnd, align 8
  %679 = add i64 %657, 64
  %680 = sub i64 %657, %676
  %681 = lshr i64 %680, 4
  %682 = add i64 %679, %681
  %683 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %682)
  %684 = call i64 @llvm.umax.i64(i64 %677, i64 %683)
  %685 = select i1 %674, i64 %684, i64 %677
  store i64 %685, i64* %lowEnd, align 8
  %686 = add i64 %657, 64
  %687 = sub i64 %657, %scratch_start
  %688 = lshr i64 %687, 4
  %689 = add i64 %686, %688
  %690 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %689)
  %691 = call i64 @llvm.umax.i64(i64 %678, i64 %690)
  %692 = select i1 %674, i64 %678, i64 %691
  store i64 %692, i64* %highEnd, align 8
  store i64 %676, i64* %lowStart, align 8
  br label %write.ok79

dead82:                                           ; No predecessors!
  br label %block9

write.low83:                                      ; preds = %block9
  %693 = load i64, i64* %lowStart, align 8
  %694 = icmp uge i64 %598, %693
  %695 = load i64, i64* %lowEnd, align 8
  %696 = icmp ule i64 %599, %695
  %697 = and i1 %694, %696
  br i1 %697, label %write.ok85, label %write.slow84

write.slow84:                                     ; preds = %write.low83
  %698 = icmp ugt i64 %599, %arena_size
  br i1 %698, label %trap17.site0, label %ok86

write.ok85:                                       ; preds = %ok86, %write.low83, %block9
  %699 = getelementptr i8, i8* %mem, i64 %598
  store i32 %597, i32* %unaligned87, align 4
  %700 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %699, i8* %700, i64 4, i1 false)
  %701 = load i32, i32* %list.1, align 4
  store i32 %701, i32* %result61, align 4
  br label %e7

ok86:                                             ; preds = %write.slow84
  %702 = icmp ult i64 %598, %scratch_start
  %703 = load i64, i64* %lowStart, align 8
  %704 = call i64 @llvm.umin.i64(i64 %703, i64 %598)
  %705 = load i64, i64* %lowEnd, align 8
  %706 = load i64, i64* %highEnd, align 8
  %707 = add i64 %599, 64
  %708 = sub i64 %599, %704
  %709 = lshr i64 %708, 4
  %710 = add i64 %707, %709
  %711 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %710)
  %712 = call i64 @llvm.umax.i64(i64 %705, i64 %711)
  %713 = select i1 %702, i64 %712, i64 %705
  store i64 %713, i64* %lowEnd, align 8
  %714 = add i64 %599, 64
  %715 = sub i64 %599, %scratch_start
  %716 = lshr i64 %715, 4
  %717 = add i64 %714, %716
  %718 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %717)
  %719 = call i64 @llvm.umax.i64(i64 %706, i64 %718)
  %720 = select i1 %702, i64 %706, i64 %719
  store i64 %720, i64* %highEnd, align 8
  store i64 %704, i64* %lowStart, align 8
  br label %write.ok85

write.low88:                                      ; preds = %e7
  %721 = load i64, i64* %lowStart, align 8
  %722 = icmp uge i64 %553, %721
  %723 = load i64, i64* %lowEnd, align 8
  %724 = icmp ule i64 %554, %723
  %725 = and i1 %722, %724
  br i1 %725, label %write.ok90, label %write.slow89

write.slow89:                                     ; preds = %write.low88
  %726 = icmp ugt i64 %554, %arena_size
  br i1 %726, label %trap17.site0, label %ok91

write.ok90:                                       ; preds = %ok91, %write.low88, %e7
  %727 = getelementptr i8, i8* %mem, i64 %553
  store i32 %551, i32* %unaligned92, align 4
  %728 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %727, i8* %728, i64 4, i1 false)
  store i64 2, i64* %c, align 8
  store i64 3, i64* %c.1, align 8
  %729 = getelementptr i64, i64* %regs, i64 1
  %730 = getelementptr i64, i64* %regs, i64 2
  %731 = load i64, i64* %729, align 8
  %732 = add i64 %731, 7
  %733 = and i64 %732, -8
  %734 = add i64 %733, 24
  %735 = load i64, i64* %730, align 8
  %736 = icmp ugt i64 %734, %735
  br i1 %736, label %trap15.site12, label %ok96

ok91:                                             ; preds = %write.slow89
  %737 = icmp ult i64 %553, %scratch_start
  %738 = load i64, i64* %lowStart, align 8
  %739 = call i64 @llvm.umin.i64(i64 %738, i64 %553)
  %740 = load i64, i64* %lowEnd, align 8
  %741 = load i64, i64* %highEnd, align 8
  %742 = add i64 %554, 64
  %743 = sub i64 %554, %739
  %744 = lshr i64 %743, 4
  %745 = add i64 %742, %744
  %746 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %745)
  %747 = call i64 @llvm.umax.i64(i64 %740, i64 %746)
  %748 = select i1 %737, i64 %747, i64 %740
  store i64 %748, i64* %lowEnd, align 8
  %749 = add i64 %554, 64
  %750 = sub i64 %554, %scratch_start
  %751 = lshr i64 %750, 4
  %752 = add i64 %749, %751
  %753 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %752)
  %754 = call i64 @llvm.umax.i64(i64 %741, i64 %753)
  %755 = select i1 %737, i64 %741, i64 %754
  store i64 %755, i64* %highEnd, align 8
  store i64 %739, i64* %lowStart, align 8
  br label %write.ok90

e13:                                              ; preds = %write.ok185
  %756 = load i32, i32* %result93, align 4
  store i32 %756, i32* %bigger, align 4
  %757 = load i32, i32* %dict, align 4
  %758 = load i32, i32* %bigger, align 4
  %759 = zext i32 %757 to i64
  %760 = add i64 %759, 16
  %761 = add i64 %760, 4
  %762 = icmp uge i64 %760, %scratch_start
  %763 = load i64, i64* %highEnd, align 8
  %764 = icmp ule i64 %761, %763
  %765 = and i1 %762, %764
  br i1 %765, label %write.ok190, label %write.low188

e14:                                              ; preds = %write.ok144
  %766 = load i32, i32* %result94, align 4
  store i32 %766, i32* %xs.2, align 4
  %767 = load i32, i32* %xs.2, align 4
  %768 = zext i32 %767 to i64
  %769 = add i64 %768, 4
  %770 = icmp ugt i64 %769, %arena_size
  br i1 %770, label %trap17.site0, label %ok147

e15:                                              ; preds = %write.ok108
  %771 = load i32, i32* %result95, align 4
  store i32 %771, i32* %item, align 4
  store double 5.000000e-01, double* %c.2, align 8
  %772 = getelementptr i64, i64* %regs, i64 1
  %773 = getelementptr i64, i64* %regs, i64 2
  %774 = load i64, i64* %772, align 8
  %775 = add i64 %774, 7
  %776 = and i64 %775, -8
  %777 = add i64 %776, 16
  %778 = load i64, i64* %773, align 8
  %779 = icmp ugt i64 %777, %778
  br i1 %779, label %trap15.site13, label %ok112

ok96:                                             ; preds = %write.ok90
  store i64 %734, i64* %729, align 8
  %780 = load i64, i64* %highEnd, align 8
  %781 = call i64 @llvm.umax.i64(i64 %780, i64 %734)
  store i64 %781, i64* %highEnd, align 8
  %782 = trunc i64 %733 to i32
  store i32 %782, i32* %obj, align 4
  %783 = load i32, i32* %obj, align 4
  %784 = zext i32 %783 to i64
  %785 = add i64 %784, 1
  %786 = icmp uge i64 %784, %scratch_start
  %787 = load i64, i64* %highEnd, align 8
  %788 = icmp ule i64 %785, %787
  %789 = and i1 %786, %788
  br i1 %789, label %write.ok99, label %write.low97

trap15.site12:                                    ; preds = %write.ok90
  %790 = load i64, i64* %lowStart, align 8
  %791 = getelementptr i64, i64* %regs, i64 6
  store i64 %790, i64* %791, align 8
  %792 = load i64, i64* %lowEnd, align 8
  %793 = getelementptr i64, i64* %regs, i64 7
  store i64 %792, i64* %793, align 8
  %794 = load i64, i64* %highEnd, align 8
  %795 = getelementptr i64, i64* %regs, i64 8
  store i64 %794, i64* %795, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

write.low97:                                      ; preds = %ok96
  %796 = load i64, i64* %lowStart, align 8
  %797 = icmp uge i64 %784, %796
  %798 = load i64, i64* %lowEnd, align 8
  %799 = icmp ule i64 %785, %798
  %800 = and i1 %797, %799
  br i1 %800, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %801 = icmp ugt i64 %785, %arena_size
  br i1 %801, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %ok96
  %802 = getelementptr i8, i8* %mem, i64 %784
  store i8 2, i8* %802, align 1
  %803 = load i32, i32* %obj, align 4
  %804 = load i64, i64* %c, align 8
  %805 = zext i32 %803 to i64
  %806 = add i64 %805, 8
  %807 = add i64 %806, 8
  %808 = icmp uge i64 %806, %scratch_start
  %809 = load i64, i64* %highEnd, align 8
  %810 = icmp ule i64 %807, %809
  %811 = and i1 %808, %810
  br i1 %811, label %write.ok103, label %write.low101

ok100:                                            ; preds = %write.slow98
  %812 = icmp ult i64 %784, %scratch_start
  %813 = load i64, i64* %lowStart, align 8
  %814 = call i64 @llvm.umin.i64(i64 %813, i64 %784)
  %815 = load i64, i64* %lowEnd, align 8
  %816 = load i64, i64* %highEnd, align 8
  %817 = add i64 %785, 64
  %818 = sub i64 %785, %814
  %819 = lshr i64 %818, 4
  %820 = add i64 %817, %819
  %821 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %820)
  %822 = call i64 @llvm.umax.i64(i64 %815, i64 %821)
  %823 = select i1 %812, i64 %822, i64 %815
  store i64 %823, i64* %lowEnd, align 8
  %824 = add i64 %785, 64
  %825 = sub i64 %785, %scratch_start
  %826 = lshr i64 %825, 4
  %827 = add i64 %824, %826
  %828 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %827)
  %829 = call i64 @llvm.umax.i64(i64 %816, i64 %828)
  %830 = select i1 %812, i64 %816, i64 %829
  store i64 %830, i64* %highEnd, align 8
  store i64 %814, i64* %lowStart, align 8
  br label %write.ok99

write.low101:                                     ; preds = %write.ok99
  %831 = load i64, i64* %lowStart, align 8
  %832 = icmp uge i64 %806, %831
  %833 = load i64, i64* %lowEnd, align 8
  %834 = icmp ule i64 %807, %833
  %835 = and i1 %832, %834
  br i1 %835, label %write.ok103, label %write.slow102

write.slow102:                                    ; preds = %write.low101
  %836 = icmp ugt i64 %807, %arena_size
  br i1 %836, label %trap17.site0, label %ok104

write.ok103:                                      ; preds = %ok104, %write.low101, %write.ok99
  %837 = getelementptr i8, i8* %mem, i64 %806
  store i64 %804, i64* %unaligned105, align 8
  %838 = bitcast i64* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %837, i8* %838, i64 8, i1 false)
  %839 = load i32, i32* %obj, align 4
  %840 = load i64, i64* %c.1, align 8
  %841 = zext i32 %839 to i64
  %842 = add i64 %841, 16
  %843 = add i64 %842, 8
  %844 = icmp uge i64 %842, %scratch_start
  %845 = load i64, i64* %highEnd, align 8
  %846 = icmp ule i64 %843, %845
  %847 = and i1 %844, %846
  br i1 %847, label %write.ok108, label %write.low106

ok104:                                            ; preds = %write.slow102
  %848 = icmp ult i64 %806, %scratch_start
  %849 = load i64, i64* %lowStart, align 8
  %850 = call i64 @llvm.umin.i64(i64 %849, i64 %806)
  %851 = load i64, i64* %lowEnd, align 8
  %852 = load i64, i64* %highEnd, align 8
  %853 = add i64 %807, 64
  %854 = sub i64 %807, %850
  %855 = lshr i64 %854, 4
  %856 = add i64 %853, %855
  %857 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %856)
  %858 = call i64 @llvm.umax.i64(i64 %851, i64 %857)
  %859 = select i1 %848, i64 %858, i64 %851
  store i64 %859, i64* %lowEnd, align 8
  %860 = add i64 %807, 64
  %861 = sub i64 %807, %scratch_start
  %862 = lshr i64 %861, 4
  %863 = add i64 %860, %862
  %864 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %863)
  %865 = call i64 @llvm.umax.i64(i64 %852, i64 %864)
  %866 = select i1 %848, i64 %852, i64 %865
  store i64 %866, i64* %highEnd, align 8
  store i64 %850, i64* %lowStart, align 8
  br label %write.ok103

write.low106:                                     ; preds = %write.ok103
  %867 = load i64, i64* %lowStart, align 8
  %868 = icmp uge i64 %842, %867
  %869 = load i64, i64* %lowEnd, align 8
  %870 = icmp ule i64 %843, %869
  %871 = and i1 %868, %870
  br i1 %871, label %write.ok108, label %write.slow107

write.slow107:                                    ; preds = %write.low106
  %872 = icmp ugt i64 %843, %arena_size
  br i1 %872, label %trap17.site0, label %ok109

write.ok108:                                      ; preds = %ok109, %write.low106, %write.ok103
  %873 = getelementptr i8, i8* %mem, i64 %842
  store i64 %840, i64* %unaligned110, align 8
  %874 = bitcast i64* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %873, i8* %874, i64 8, i1 false)
  %875 = load i32, i32* %obj, align 4
  store i32 %875, i32* %result95, align 4
  br label %e15

ok109:                                            ; preds = %write.slow107
  %876 = icmp ult i64 %842, %scratch_start
  %877 = load i64, i64* %lowStart, align 8
  %878 = call i64 @llvm.umin.i64(i64 %877, i64 %842)
  %879 = load i64, i64* %lowEnd, align 8
  %880 = load i64, i64* %highEnd, align 8
  %881 = add i64 %843, 64
  %882 = sub i64 %843, %878
  %883 = lshr i64 %882, 4
  %884 = add i64 %881, %883
  %885 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %884)
  %886 = call i64 @llvm.umax.i64(i64 %879, i64 %885)
  %887 = select i1 %876, i64 %886, i64 %879
  store i64 %887, i64* %lowEnd, align 8
  %888 = add i64 %843, 64
  %889 = sub i64 %843, %scratch_start
  %890 = lshr i64 %889, 4
  %891 = add i64 %888, %890
  %892 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %891)
  %893 = call i64 @llvm.umax.i64(i64 %880, i64 %892)
  %894 = select i1 %876, i64 %880, i64 %893
  store i64 %894, i64* %highEnd, align 8
  store i64 %878, i64* %lowStart, align 8
  br label %write.ok108

e18:                                              ; preds = %write.ok119
  %895 = load i32, i32* %result111, align 4
  store i32 %895, i32* %item.1, align 4
  store i32 10888, i32* %item.2, align 4
  store i64 16, i64* %size.2, align 8
  %896 = load i64, i64* %size.2, align 8
  %897 = icmp ugt i64 %896, 2147483647
  %898 = zext i1 %897 to i32
  %899 = icmp ne i32 %898, 0
  br i1 %899, label %then122, label %else123

ok112:                                            ; preds = %e15
  store i64 %777, i64* %772, align 8
  %900 = load i64, i64* %highEnd, align 8
  %901 = call i64 @llvm.umax.i64(i64 %900, i64 %777)
  store i64 %901, i64* %highEnd, align 8
  %902 = trunc i64 %776 to i32
  store i32 %902, i32* %obj.1, align 4
  %903 = load i32, i32* %obj.1, align 4
  %904 = zext i32 %903 to i64
  %905 = add i64 %904, 1
  %906 = icmp uge i64 %904, %scratch_start
  %907 = load i64, i64* %highEnd, align 8
  %908 = icmp ule i64 %905, %907
  %909 = and i1 %906, %908
  br i1 %909, label %write.ok115, label %write.low113

trap15.site13:                                    ; preds = %e15
  %910 = load i64, i64* %lowStart, align 8
  %911 = getelementptr i64, i64* %regs, i64 6
  store i64 %910, i64* %911, align 8
  %912 = load i64, i64* %lowEnd, align 8
  %913 = getelementptr i64, i64* %regs, i64 7
  store i64 %912, i64* %913, align 8
  %914 = load i64, i64* %highEnd, align 8
  %915 = getelementptr i64, i64* %regs, i64 8
  store i64 %914, i64* %915, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low113:                                     ; preds = %ok112
  %916 = load i64, i64* %lowStart, align 8
  %917 = icmp uge i64 %904, %916
  %918 = load i64, i64* %lowEnd, align 8
  %919 = icmp ule i64 %905, %918
  %920 = and i1 %917, %919
  br i1 %920, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %921 = icmp ugt i64 %905, %arena_size
  br i1 %921, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %ok112
  %922 = getelementptr i8, i8* %mem, i64 %904
  store i8 1, i8* %922, align 1
  %923 = load i32, i32* %obj.1, align 4
  %924 = load double, double* %c.2, align 8
  %925 = zext i32 %923 to i64
  %926 = add i64 %925, 8
  %927 = add i64 %926, 8
  %928 = icmp uge i64 %926, %scratch_start
  %929 = load i64, i64* %highEnd, align 8
  %930 = icmp ule i64 %927, %929
  %931 = and i1 %928, %930
  br i1 %931, label %write.ok119, label %write.low117

ok116:                                            ; preds = %write.slow114
  %932 = icmp ult i64 %904, %scratch_start
  %933 = load i64, i64* %lowStart, align 8
  %934 = call i64 @llvm.umin.i64(i64 %933, i64 %904)
  %935 = load i64, i64* %lowEnd, align 8
  %936 = load i64, i64* %highEnd, align 8
  %937 = add i64 %905, 64
  %938 = sub i64 %905, %934
  %939 = lshr i64 %938, 4
  %940 = add i64 %937, %939
  %941 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %940)
  %942 = call i64 @llvm.umax.i64(i64 %935, i64 %941)
  %943 = select i1 %932, i64 %942, i64 %935
  store i64 %943, i64* %lowEnd, align 8
  %944 = add i64 %905, 64
  %945 = sub i64 %905, %scratch_start
  %946 = lshr i64 %945, 4
  %947 = add i64 %944, %946
  %948 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %947)
  %949 = call i64 @llvm.umax.i64(i64 %936, i64 %948)
  %950 = select i1 %932, i64 %936, i64 %949
  store i64 %950, i64* %highEnd, align 8
  store i64 %934, i64* %lowStart, align 8
  br label %write.ok115

write.low117:                                     ; preds = %write.ok115
  %951 = load i64, i64* %lowStart, align 8
  %952 = icmp uge i64 %926, %951
  %953 = load i64, i64* %lowEnd, align 8
  %954 = icmp ule i64 %927, %953
  %955 = and i1 %952, %954
  br i1 %955, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %956 = icmp ugt i64 %927, %arena_size
  br i1 %956, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %write.ok115
  %957 = getelementptr i8, i8* %mem, i64 %926
  %958 = bitcast double %924 to i64
  %959 = and i64 %958, 9223372036854775807
  %960 = icmp ugt i64 %959, 9218868437227405312
  %961 = select i1 %960, i64 9221120237041090560, i64 %958
  store i64 %961, i64* %unaligned121, align 8
  %962 = bitcast i64* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %957, i8* %962, i64 8, i1 false)
  %963 = load i32, i32* %obj.1, align 4
  store i32 %963, i32* %result111, align 4
  br label %e18

ok120:                                            ; preds = %write.slow118
  %964 = icmp ult i64 %926, %scratch_start
  %965 = load i64, i64* %lowStart, align 8
  %966 = call i64 @llvm.umin.i64(i64 %965, i64 %926)
  %967 = load i64, i64* %lowEnd, align 8
  %968 = load i64, i64* %highEnd, align 8
  %969 = add i64 %927, 64
  %970 = sub i64 %927, %966
  %971 = lshr i64 %970, 4
  %972 = add i64 %969, %971
  %973 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %972)
  %974 = call i64 @llvm.umax.i64(i64 %967, i64 %973)
  %975 = select i1 %964, i64 %974, i64 %967
  store i64 %975, i64* %lowEnd, align 8
  %976 = add i64 %927, 64
  %977 = sub i64 %927, %scratch_start
  %978 = lshr i64 %977, 4
  %979 = add i64 %976, %978
  %980 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %979)
  %981 = call i64 @llvm.umax.i64(i64 %968, i64 %980)
  %982 = select i1 %964, i64 %968, i64 %981
  store i64 %982, i64* %highEnd, align 8
  store i64 %966, i64* %lowStart, align 8
  br label %write.ok119

then122:                                          ; preds = %e18
  br label %trap15.site11

else123:                                          ; preds = %e18
  br label %join124

join124:                                          ; preds = %else123, %dead125
  %983 = load i64, i64* %size.2, align 8
  %984 = trunc i64 %983 to i32
  %985 = zext i32 %984 to i64
  %986 = getelementptr i64, i64* %regs, i64 1
  %987 = getelementptr i64, i64* %regs, i64 2
  %988 = load i64, i64* %986, align 8
  %989 = add i64 %988, 3
  %990 = and i64 %989, -4
  %991 = add i64 %990, %985
  %992 = load i64, i64* %987, align 8
  %993 = icmp ugt i64 %991, %992
  br i1 %993, label %trap15.site11, label %ok126

trap15.site11:                                    ; preds = %join124, %then122
  %994 = load i64, i64* %lowStart, align 8
  %995 = getelementptr i64, i64* %regs, i64 6
  store i64 %994, i64* %995, align 8
  %996 = load i64, i64* %lowEnd, align 8
  %997 = getelementptr i64, i64* %regs, i64 7
  store i64 %996, i64* %997, align 8
  %998 = load i64, i64* %highEnd, align 8
  %999 = getelementptr i64, i64* %regs, i64 8
  store i64 %998, i64* %999, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead125:                                          ; No predecessors!
  br label %join124

ok126:                                            ; preds = %join124
  store i64 %991, i64* %986, align 8
  %1000 = load i64, i64* %highEnd, align 8
  %1001 = call i64 @llvm.umax.i64(i64 %1000, i64 %991)
  store i64 %1001, i64* %highEnd, align 8
  %1002 = trunc i64 %990 to i32
  store i32 %1002, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1003 = load i32, i32* %list.2, align 4
  %1004 = add i32 %1003, 4
  %1005 = load i32, i32* %len.2, align 4
  %1006 = mul i32 %1005, 4
  %1007 = add i32 %1004, %1006
  %1008 = load i32, i32* %item, align 4
  %1009 = zext i32 %1007 to i64
  %1010 = add i64 %1009, 4
  %1011 = icmp uge i64 %1009, %scratch_start
  %1012 = load i64, i64* %highEnd, align 8
  %1013 = icmp ule i64 %1010, %1012
  %1014 = and i1 %1011, %1013
  br i1 %1014, label %write.ok129, label %write.low127

write.low127:                                     ; preds = %ok126
  %1015 = load i64, i64* %lowStart, align 8
  %1016 = icmp uge i64 %1009, %1015
  %1017 = load i64, i64* %lowEnd, align 8
  %1018 = icmp ule i64 %1010, %1017
  %1019 = and i1 %1016, %1018
  br i1 %1019, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %1020 = icmp ugt i64 %1010, %arena_size
  br i1 %1020, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %ok126
  %1021 = getelementptr i8, i8* %mem, i64 %1009
  store i32 %1008, i32* %unaligned131, align 4
  %1022 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1021, i8* %1022, i64 4, i1 false)
  %1023 = load i32, i32* %len.2, align 4
  %1024 = add i32 %1023, 1
  store i32 %1024, i32* %len.2, align 4
  %1025 = load i32, i32* %list.2, align 4
  %1026 = add i32 %1025, 4
  %1027 = load i32, i32* %len.2, align 4
  %1028 = mul i32 %1027, 4
  %1029 = add i32 %1026, %1028
  %1030 = load i32, i32* %item.1, align 4
  %1031 = zext i32 %1029 to i64
  %1032 = add i64 %1031, 4
  %1033 = icmp uge i64 %1031, %scratch_start
  %1034 = load i64, i64* %highEnd, align 8
  %1035 = icmp ule i64 %1032, %1034
  %1036 = and i1 %1033, %1035
  br i1 %1036, label %write.ok134, label %write.low132

ok130:                                            ; preds = %write.slow128
  %1037 = icmp ult i64 %1009, %scratch_start
  %1038 = load i64, i64* %lowStart, align 8
  %1039 = call i64 @llvm.umin.i64(i64 %1038, i64 %1009)
  %1040 = load i64, i64* %lowEnd, align 8
  %1041 = load i64, i64* %highEnd, align 8
  %1042 = add i64 %1010, 64
  %1043 = sub i64 %1010, %1039
  %1044 = lshr i64 %1043, 4
  %1045 = add i64 %1042, %1044
  %1046 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1045)
  %1047 = call i64 @llvm.umax.i64(i64 %1040, i64 %1046)
  %1048 = select i1 %1037, i64 %1047, i64 %1040
  store i64 %1048, i64* %lowEnd, align 8
  %1049 = add i64 %1010, 64
  %1050 = sub i64 %1010, %scratch_start
  %1051 = lshr i64 %1050, 4
  %1052 = add i64 %1049, %1051
  %1053 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1052)
  %1054 = call i64 @llvm.umax.i64(i64 %1041, i64 %1053)
  %1055 = select i1 %1037, i64 %1041, i64 %1054
  store i64 %1055, i64* %highEnd, align 8
  store i64 %1039, i64* %lowStart, align 8
  br label %write.ok129

write.low132:                                     ; preds = %write.ok129
  %1056 = load i64, i64* %lowStart, align 8
  %1057 = icmp uge i64 %1031, %1056
  %1058 = load i64, i64* %lowEnd, align 8
  %1059 = icmp ule i64 %1032, %1058
  %1060 = and i1 %1057, %1059
  br i1 %1060, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %1061 = icmp ugt i64 %1032, %arena_size
  br i1 %1061, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %write.ok129
  %1062 = getelementptr i8, i8* %mem, i64 %1031
  store i32 %1030, i32* %unaligned136, align 4
  %1063 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1062, i8* %1063, i64 4, i1 false)
  %1064 = load i32, i32* %len.2, align 4
  %1065 = add i32 %1064, 1
  store i32 %1065, i32* %len.2, align 4
  %1066 = load i32, i32* %list.2, align 4
  %1067 = add i32 %1066, 4
  %1068 = load i32, i32* %len.2, align 4
  %1069 = mul i32 %1068, 4
  %1070 = add i32 %1067, %1069
  %1071 = load i32, i32* %item.2, align 4
  %1072 = zext i32 %1070 to i64
  %1073 = add i64 %1072, 4
  %1074 = icmp uge i64 %1072, %scratch_start
  %1075 = load i64, i64* %highEnd, align 8
  %1076 = icmp ule i64 %1073, %1075
  %1077 = and i1 %1074, %1076
  br i1 %1077, label %write.ok139, label %write.low137

ok135:                                            ; preds = %write.slow133
  %1078 = icmp ult i64 %1031, %scratch_start
  %1079 = load i64, i64* %lowStart, align 8
  %1080 = call i64 @llvm.umin.i64(i64 %1079, i64 %1031)
  %1081 = load i64, i64* %lowEnd, align 8
  %1082 = load i64, i64* %highEnd, align 8
  %1083 = add i64 %1032, 64
  %1084 = sub i64 %1032, %1080
  %1085 = lshr i64 %1084, 4
  %1086 = add i64 %1083, %1085
  %1087 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1086)
  %1088 = call i64 @llvm.umax.i64(i64 %1081, i64 %1087)
  %1089 = select i1 %1078, i64 %1088, i64 %1081
  store i64 %1089, i64* %lowEnd, align 8
  %1090 = add i64 %1032, 64
  %1091 = sub i64 %1032, %scratch_start
  %1092 = lshr i64 %1091, 4
  %1093 = add i64 %1090, %1092
  %1094 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1093)
  %1095 = call i64 @llvm.umax.i64(i64 %1082, i64 %1094)
  %1096 = select i1 %1078, i64 %1082, i64 %1095
  store i64 %1096, i64* %highEnd, align 8
  store i64 %1080, i64* %lowStart, align 8
  br label %write.ok134

write.low137:                                     ; preds = %write.ok134
  %1097 = load i64, i64* %lowStart, align 8
  %1098 = icmp uge i64 %1072, %1097
  %1099 = load i64, i64* %lowEnd, align 8
  %1100 = icmp ule i64 %1073, %1099
  %1101 = and i1 %1098, %1100
  br i1 %1101, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1102 = icmp ugt i64 %1073, %arena_size
  br i1 %1102, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %write.ok134
  %1103 = getelementptr i8, i8* %mem, i64 %1072
  store i32 %1071, i32* %unaligned141, align 4
  %1104 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1103, i8* %1104, i64 4, i1 false)
  %1105 = load i32, i32* %len.2, align 4
  %1106 = add i32 %1105, 1
  store i32 %1106, i32* %len.2, align 4
  %1107 = load i32, i32* %list.2, align 4
  %1108 = load i32, i32* %len.2, align 4
  %1109 = zext i32 %1107 to i64
  %1110 = add i64 %1109, 4
  %1111 = icmp uge i64 %1109, %scratch_start
  %1112 = load i64, i64* %highEnd, align 8
  %1113 = icmp ule i64 %1110, %1112
  %1114 = and i1 %1111, %1113
  br i1 %1114, label %write.ok144, label %write.low142

ok140:                                            ; preds = %write.slow138
  %1115 = icmp ult i64 %1072, %scratch_start
  %1116 = load i64, i64* %lowStart, align 8
  %1117 = call i64 @llvm.umin.i64(i64 %1116, i64 %1072)
  %1118 = load i64, i64* %lowEnd, align 8
  %1119 = load i64, i64* %highEnd, align 8
  %1120 = add i64 %1073, 64
  %1121 = sub i64 %1073, %1117
  %1122 = lshr i64 %1121, 4
  %1123 = add i64 %1120, %1122
  %1124 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1123)
  %1125 = call i64 @llvm.umax.i64(i64 %1118, i64 %1124)
  %1126 = select i1 %1115, i64 %1125, i64 %1118
  store i64 %1126, i64* %lowEnd, align 8
  %1127 = add i64 %1073, 64
  %1128 = sub i64 %1073, %scratch_start
  %1129 = lshr i64 %1128, 4
  %1130 = add i64 %1127, %1129
  %1131 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1130)
  %1132 = call i64 @llvm.umax.i64(i64 %1119, i64 %1131)
  %1133 = select i1 %1115, i64 %1119, i64 %1132
  store i64 %1133, i64* %highEnd, align 8
  store i64 %1117, i64* %lowStart, align 8
  br label %write.ok139

write.low142:                                     ; preds = %write.ok139
  %1134 = load i64, i64* %lowStart, align 8
  %1135 = icmp uge i64 %1109, %1134
  %1136 = load i64, i64* %lowEnd, align 8
  %1137 = icmp ule i64 %1110, %1136
  %1138 = and i1 %1135, %1137
  br i1 %1138, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %1139 = icmp ugt i64 %1110, %arena_size
  br i1 %1139, label %trap17.site0, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %write.ok139
  %1140 = getelementptr i8, i8* %mem, i64 %1109
  store i32 %1108, i32* %unaligned146, align 4
  %1141 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1140, i8* %1141, i64 4, i1 false)
  %1142 = load i32, i32* %list.2, align 4
  store i32 %1142, i32* %result94, align 4
  br label %e14

ok145:                                            ; preds = %write.slow143
  %1143 = icmp ult i64 %1109, %scratch_start
  %1144 = load i64, i64* %lowStart, align 8
  %1145 = call i64 @llvm.umin.i64(i64 %1144, i64 %1109)
  %1146 = load i64, i64* %lowEnd, align 8
  %1147 = load i64, i64* %highEnd, align 8
  %1148 = add i64 %1110, 64
  %1149 = sub i64 %1110, %1145
  %1150 = lshr i64 %1149, 4
  %1151 = add i64 %1148, %1150
  %1152 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1151)
  %1153 = call i64 @llvm.umax.i64(i64 %1146, i64 %1152)
  %1154 = select i1 %1143, i64 %1153, i64 %1146
  store i64 %1154, i64* %lowEnd, align 8
  %1155 = add i64 %1110, 64
  %1156 = sub i64 %1110, %scratch_start
  %1157 = lshr i64 %1156, 4
  %1158 = add i64 %1155, %1157
  %1159 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1158)
  %1160 = call i64 @llvm.umax.i64(i64 %1147, i64 %1159)
  %1161 = select i1 %1143, i64 %1147, i64 %1160
  store i64 %1161, i64* %highEnd, align 8
  store i64 %1145, i64* %lowStart, align 8
  br label %write.ok144

ok147:                                            ; preds = %e14
  %1162 = getelementptr i8, i8* %mem, i64 %768
  %1163 = bitcast i32* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1163, i8* %1162, i64 4, i1 false)
  %1164 = load i32, i32* %unaligned148, align 4
  %1165 = zext i32 %1164 to i64
  %1166 = mul i64 %1165, 4
  %1167 = add i64 4, %1166
  store i64 %1167, i64* %size.3, align 8
  %1168 = load i64, i64* %size.3, align 8
  %1169 = icmp ugt i64 %1168, 2147483647
  %1170 = zext i1 %1169 to i32
  %1171 = icmp ne i32 %1170, 0
  br i1 %1171, label %then149, label %else150

then149:                                          ; preds = %ok147
  br label %trap15.site10

else150:                                          ; preds = %ok147
  br label %join151

join151:                                          ; preds = %else150, %dead152
  %1172 = load i64, i64* %size.3, align 8
  %1173 = trunc i64 %1172 to i32
  %1174 = zext i32 %1173 to i64
  %1175 = getelementptr i64, i64* %regs, i64 1
  %1176 = getelementptr i64, i64* %regs, i64 2
  %1177 = load i64, i64* %1175, align 8
  %1178 = add i64 %1177, 3
  %1179 = and i64 %1178, -4
  %1180 = add i64 %1179, %1174
  %1181 = load i64, i64* %1176, align 8
  %1182 = icmp ugt i64 %1180, %1181
  br i1 %1182, label %trap15.site10, label %ok153

trap15.site10:                                    ; preds = %join151, %then149
  %1183 = load i64, i64* %lowStart, align 8
  %1184 = getelementptr i64, i64* %regs, i64 6
  store i64 %1183, i64* %1184, align 8
  %1185 = load i64, i64* %lowEnd, align 8
  %1186 = getelementptr i64, i64* %regs, i64 7
  store i64 %1185, i64* %1186, align 8
  %1187 = load i64, i64* %highEnd, align 8
  %1188 = getelementptr i64, i64* %regs, i64 8
  store i64 %1187, i64* %1188, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead152:                                          ; No predecessors!
  br label %join151

ok153:                                            ; preds = %join151
  store i64 %1180, i64* %1175, align 8
  %1189 = load i64, i64* %highEnd, align 8
  %1190 = call i64 @llvm.umax.i64(i64 %1189, i64 %1180)
  store i64 %1190, i64* %highEnd, align 8
  %1191 = trunc i64 %1179 to i32
  store i32 %1191, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %1192 = load i32, i32* %xs.2, align 4
  %1193 = zext i32 %1192 to i64
  %1194 = add i64 %1193, 4
  %1195 = icmp ugt i64 %1194, %arena_size
  br i1 %1195, label %trap17.site0, label %ok154

ok154:                                            ; preds = %ok153
  %1196 = getelementptr i8, i8* %mem, i64 %1193
  %1197 = bitcast i32* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1197, i8* %1196, i64 4, i1 false)
  %1198 = load i32, i32* %unaligned155, align 4
  store i32 %1198, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each22

block21:                                          ; preds = %dead182, %ok156
  %1199 = load i32, i32* %list.3, align 4
  %1200 = load i32, i32* %len.3, align 4
  %1201 = zext i32 %1199 to i64
  %1202 = add i64 %1201, 4
  %1203 = icmp uge i64 %1201, %scratch_start
  %1204 = load i64, i64* %highEnd, align 8
  %1205 = icmp ule i64 %1202, %1204
  %1206 = and i1 %1203, %1205
  br i1 %1206, label %write.ok185, label %write.low183

each22:                                           ; preds = %join176, %ok154
  %1207 = load i64, i64* %fuel, align 8
  %1208 = icmp ult i64 %1207, 1
  br i1 %1208, label %trap14.site0, label %ok156

ok156:                                            ; preds = %each22
  %1209 = sub i64 %1207, 1
  store i64 %1209, i64* %fuel, align 8
  %1210 = load i32, i32* %k.2, align 4
  %1211 = load i32, i32* %n.2, align 4
  %1212 = icmp uge i32 %1210, %1211
  %1213 = zext i1 %1212 to i32
  %1214 = icmp ne i32 %1213, 0
  br i1 %1214, label %block21, label %cont157

cont157:                                          ; preds = %ok156
  %1215 = load i32, i32* %xs.2, align 4
  %1216 = load i32, i32* %k.2, align 4
  %1217 = mul i32 %1216, 4
  %1218 = add i32 %1215, %1217
  %1219 = zext i32 %1218 to i64
  %1220 = add i64 %1219, 4
  %1221 = add i64 %1220, 4
  %1222 = icmp ugt i64 %1221, %arena_size
  br i1 %1222, label %trap17.site0, label %ok158

ok158:                                            ; preds = %cont157
  %1223 = getelementptr i8, i8* %mem, i64 %1220
  %1224 = bitcast i32* %unaligned159 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1224, i8* %1223, i64 4, i1 false)
  %1225 = load i32, i32* %unaligned159, align 4
  store i32 %1225, i32* %x.2, align 4
  %1226 = load i32, i32* %x.2, align 4
  store i32 %1226, i32* %s.2, align 4
  %1227 = load i32, i32* %shapes, align 4
  store i32 %1227, i32* %xs.3, align 4
  %1228 = load i32, i32* %s.2, align 4
  store i32 %1228, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %1229 = load i32, i32* %xs.3, align 4
  %1230 = zext i32 %1229 to i64
  %1231 = add i64 %1230, 4
  %1232 = icmp ugt i64 %1231, %arena_size
  br i1 %1232, label %trap17.site0, label %ok161

e24:                                              ; preds = %block27
  %1233 = load i32, i32* %result160, align 4
  %1234 = icmp eq i32 %1233, 0
  %1235 = zext i1 %1234 to i32
  %1236 = icmp ne i32 %1235, 0
  br i1 %1236, label %then174, label %else175

ok161:                                            ; preds = %ok158
  %1237 = getelementptr i8, i8* %mem, i64 %1230
  %1238 = bitcast i32* %unaligned162 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1238, i8* %1237, i64 4, i1 false)
  %1239 = load i32, i32* %unaligned162, align 4
  store i32 %1239, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each28

block27:                                          ; preds = %dead173, %then169, %ok163
  %1240 = load i32, i32* %found, align 4
  store i32 %1240, i32* %result160, align 4
  br label %e24

each28:                                           ; preds = %join171, %ok161
  %1241 = load i64, i64* %fuel, align 8
  %1242 = icmp ult i64 %1241, 1
  br i1 %1242, label %trap14.site0, label %ok163

ok163:                                            ; preds = %each28
  %1243 = sub i64 %1241, 1
  store i64 %1243, i64* %fuel, align 8
  %1244 = load i32, i32* %k.3, align 4
  %1245 = load i32, i32* %n.3, align 4
  %1246 = icmp uge i32 %1244, %1245
  %1247 = zext i1 %1246 to i32
  %1248 = icmp ne i32 %1247, 0
  br i1 %1248, label %block27, label %cont164

cont164:                                          ; preds = %ok163
  %1249 = load i32, i32* %xs.3, align 4
  %1250 = load i32, i32* %k.3, align 4
  %1251 = mul i32 %1250, 4
  %1252 = add i32 %1249, %1251
  %1253 = zext i32 %1252 to i64
  %1254 = add i64 %1253, 4
  %1255 = add i64 %1254, 4
  %1256 = icmp ugt i64 %1255, %arena_size
  br i1 %1256, label %trap17.site0, label %ok165

ok165:                                            ; preds = %cont164
  %1257 = getelementptr i8, i8* %mem, i64 %1254
  %1258 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1258, i8* %1257, i64 4, i1 false)
  %1259 = load i32, i32* %unaligned166, align 4
  store i32 %1259, i32* %x.3, align 4
  %1260 = load i32, i32* %x.3, align 4
  store i32 %1260, i32* %x.4, align 4
  %1261 = load i32, i32* %x.4, align 4
  %1262 = load i32, i32* %needle, align 4
  %1263 = icmp uge i32 %depth, 1000
  br i1 %1263, label %trap15.site0, label %ok167

ok167:                                            ; preds = %ok165
  %1264 = icmp ult i64 %10, %stack_limit
  br i1 %1264, label %trap253.site0, label %stack_ok168

trap15.site0:                                     ; preds = %then199, %e0, %ok165
  %1265 = load i64, i64* %lowStart, align 8
  %1266 = getelementptr i64, i64* %regs, i64 6
  store i64 %1265, i64* %1266, align 8
  %1267 = load i64, i64* %lowEnd, align 8
  %1268 = getelementptr i64, i64* %regs, i64 7
  store i64 %1267, i64* %1268, align 8
  %1269 = load i64, i64* %highEnd, align 8
  %1270 = getelementptr i64, i64* %regs, i64 8
  store i64 %1269, i64* %1270, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok168:                                      ; preds = %ok167
  %1271 = load i64, i64* %fuel, align 8
  %1272 = getelementptr i64, i64* %regs, i64 0
  store i64 %1271, i64* %1272, align 8
  %1273 = load i64, i64* %lowStart, align 8
  %1274 = getelementptr i64, i64* %regs, i64 6
  store i64 %1273, i64* %1274, align 8
  %1275 = load i64, i64* %lowEnd, align 8
  %1276 = getelementptr i64, i64* %regs, i64 7
  store i64 %1275, i64* %1276, align 8
  %1277 = load i64, i64* %highEnd, align 8
  %1278 = getelementptr i64, i64* %regs, i64 8
  store i64 %1277, i64* %1278, align 8
  %1279 = add i32 %depth, 1
  %1280 = call i32 @m0.eq.Shape(i64* %regs, i8* %mem, i32 %1279, i32 %1261, i32 %1262)
  %1281 = getelementptr i64, i64* %regs, i64 0
  %1282 = load i64, i64* %1281, align 8
  store i64 %1282, i64* %fuel, align 8
  %1283 = getelementptr i64, i64* %regs, i64 6
  %1284 = load i64, i64* %1283, align 8
  store i64 %1284, i64* %lowStart, align 8
  %1285 = getelementptr i64, i64* %regs, i64 7
  %1286 = load i64, i64* %1285, align 8
  store i64 %1286, i64* %lowEnd, align 8
  %1287 = getelementptr i64, i64* %regs, i64 8
  %1288 = load i64, i64* %1287, align 8
  store i64 %1288, i64* %highEnd, align 8
  %1289 = icmp ne i32 %1280, 0
  br i1 %1289, label %then169, label %else170

then169:                                          ; preds = %stack_ok168
  store i32 1, i32* %found, align 4
  br label %block27

else170:                                          ; preds = %stack_ok168
  br label %join171

join171:                                          ; preds = %else170, %dead172
  %1290 = load i32, i32* %k.3, align 4
  %1291 = add i32 %1290, 1
  store i32 %1291, i32* %k.3, align 4
  br label %each28

dead172:                                          ; No predecessors!
  br label %join171

dead173:                                          ; No predecessors!
  br label %block27

then174:                                          ; preds = %e24
  %1292 = load i32, i32* %list.3, align 4
  %1293 = load i32, i32* %len.3, align 4
  %1294 = mul i32 %1293, 4
  %1295 = add i32 %1292, %1294
  %1296 = load i32, i32* %x.2, align 4
  %1297 = zext i32 %1295 to i64
  %1298 = add i64 %1297, 4
  %1299 = add i64 %1298, 4
  %1300 = icmp uge i64 %1298, %scratch_start
  %1301 = load i64, i64* %highEnd, align 8
  %1302 = icmp ule i64 %1299, %1301
  %1303 = and i1 %1300, %1302
  br i1 %1303, label %write.ok179, label %write.low177

else175:                                          ; preds = %e24
  br label %join176

join176:                                          ; preds = %else175, %write.ok179
  %1304 = load i32, i32* %k.2, align 4
  %1305 = add i32 %1304, 1
  store i32 %1305, i32* %k.2, align 4
  br label %each22

write.low177:                                     ; preds = %then174
  %1306 = load i64, i64* %lowStart, align 8
  %1307 = icmp uge i64 %1298, %1306
  %1308 = load i64, i64* %lowEnd, align 8
  %1309 = icmp ule i64 %1299, %1308
  %1310 = and i1 %1307, %1309
  br i1 %1310, label %write.ok179, label %write.slow178

write.slow178:                                    ; preds = %write.low177
  %1311 = icmp ugt i64 %1299, %arena_size
  br i1 %1311, label %trap17.site0, label %ok180

write.ok179:                                      ; preds = %ok180, %write.low177, %then174
  %1312 = getelementptr i8, i8* %mem, i64 %1298
  store i32 %1296, i32* %unaligned181, align 4
  %1313 = bitcast i32* %unaligned181 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1312, i8* %1313, i64 4, i1 false)
  %1314 = load i32, i32* %len.3, align 4
  %1315 = add i32 %1314, 1
  store i32 %1315, i32* %len.3, align 4
  br label %join176

ok180:                                            ; preds = %write.slow178
  %1316 = icmp ult i64 %1298, %scratch_start
  %1317 = load i64, i64* %lowStart, align 8
  %1318 = call i64 @llvm.umin.i64(i64 %1317, i64 %1298)
  %1319 = load i64, i64* %lowEnd, align 8
  %1320 = load i64, i64* %highEnd, align 8
  %1321 = add i64 %1299, 64
  %1322 = sub i64 %1299, %1318
  %1323 = lshr i64 %1322, 4
  %1324 = add i64 %1321, %1323
  %1325 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1324)
  %1326 = call i64 @llvm.umax.i64(i64 %1319, i64 %1325)
  %1327 = select i1 %1316, i64 %1326, i64 %1319
  store i64 %1327, i64* %lowEnd, align 8
  %1328 = add i64 %1299, 64
  %1329 = sub i64 %1299, %scratch_start
  %1330 = lshr i64 %1329, 4
  %1331 = add i64 %1328, %1330
  %1332 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1331)
  %1333 = call i64 @llvm.umax.i64(i64 %1320, i64 %1332)
  %1334 = select i1 %1316, i64 %1320, i64 %1333
  store i64 %1334, i64* %highEnd, align 8
  store i64 %1318, i64* %lowStart, align 8
  br label %write.ok179

dead182:                                          ; No predecessors!
  br label %block21

write.low183:                                     ; preds = %block21
  %1335 = load i64, i64* %lowStart, align 8
  %1336 = icmp uge i64 %1201, %1335
  %1337 = load i64, i64* %lowEnd, align 8
  %1338 = icmp ule i64 %1202, %1337
  %1339 = and i1 %1336, %1338
  br i1 %1339, label %write.ok185, label %write.slow184

write.slow184:                                    ; preds = %write.low183
  %1340 = icmp ugt i64 %1202, %arena_size
  br i1 %1340, label %trap17.site0, label %ok186

write.ok185:                                      ; preds = %ok186, %write.low183, %block21
  %1341 = getelementptr i8, i8* %mem, i64 %1201
  store i32 %1200, i32* %unaligned187, align 4
  %1342 = bitcast i32* %unaligned187 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1341, i8* %1342, i64 4, i1 false)
  %1343 = load i32, i32* %list.3, align 4
  store i32 %1343, i32* %result93, align 4
  br label %e13

ok186:                                            ; preds = %write.slow184
  %1344 = icmp ult i64 %1201, %scratch_start
  %1345 = load i64, i64* %lowStart, align 8
  %1346 = call i64 @llvm.umin.i64(i64 %1345, i64 %1201)
  %1347 = load i64, i64* %lowEnd, align 8
  %1348 = load i64, i64* %highEnd, align 8
  %1349 = add i64 %1202, 64
  %1350 = sub i64 %1202, %1346
  %1351 = lshr i64 %1350, 4
  %1352 = add i64 %1349, %1351
  %1353 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1352)
  %1354 = call i64 @llvm.umax.i64(i64 %1347, i64 %1353)
  %1355 = select i1 %1344, i64 %1354, i64 %1347
  store i64 %1355, i64* %lowEnd, align 8
  %1356 = add i64 %1202, 64
  %1357 = sub i64 %1202, %scratch_start
  %1358 = lshr i64 %1357, 4
  %1359 = add i64 %1356, %1358
  %1360 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1359)
  %1361 = call i64 @llvm.umax.i64(i64 %1348, i64 %1360)
  %1362 = select i1 %1344, i64 %1348, i64 %1361
  store i64 %1362, i64* %highEnd, align 8
  store i64 %1346, i64* %lowStart, align 8
  br label %write.ok185

write.low188:                                     ; preds = %e13
  %1363 = load i64, i64* %lowStart, align 8
  %1364 = icmp uge i64 %760, %1363
  %1365 = load i64, i64* %lowEnd, align 8
  %1366 = icmp ule i64 %761, %1365
  %1367 = and i1 %1364, %1366
  br i1 %1367, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1368 = icmp ugt i64 %761, %arena_size
  br i1 %1368, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e13
  %1369 = getelementptr i8, i8* %mem, i64 %760
  store i32 %758, i32* %unaligned192, align 4
  %1370 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1369, i8* %1370, i64 4, i1 false)
  %1371 = load i32, i32* %dict, align 4
  store i32 %1371, i32* %result3, align 4
  br label %e0

ok191:                                            ; preds = %write.slow189
  %1372 = icmp ult i64 %760, %scratch_start
  %1373 = load i64, i64* %lowStart, align 8
  %1374 = call i64 @llvm.umin.i64(i64 %1373, i64 %760)
  %1375 = load i64, i64* %lowEnd, align 8
  %1376 = load i64, i64* %highEnd, align 8
  %1377 = add i64 %761, 64
  %1378 = sub i64 %761, %1374
  %1379 = lshr i64 %1378, 4
  %1380 = add i64 %1377, %1379
  %1381 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1380)
  %1382 = call i64 @llvm.umax.i64(i64 %1375, i64 %1381)
  %1383 = select i1 %1372, i64 %1382, i64 %1375
  store i64 %1383, i64* %lowEnd, align 8
  %1384 = add i64 %761, 64
  %1385 = sub i64 %761, %scratch_start
  %1386 = lshr i64 %1385, 4
  %1387 = add i64 %1384, %1386
  %1388 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1387)
  %1389 = call i64 @llvm.umax.i64(i64 %1376, i64 %1388)
  %1390 = select i1 %1372, i64 %1376, i64 %1389
  store i64 %1390, i64* %highEnd, align 8
  store i64 %1374, i64* %lowStart, align 8
  br label %write.ok190

ok193:                                            ; preds = %e0
  %1391 = icmp ult i64 %10, %stack_limit
  br i1 %1391, label %trap253.site0, label %stack_ok194

stack_ok194:                                      ; preds = %ok193
  %1392 = load i64, i64* %fuel, align 8
  %1393 = getelementptr i64, i64* %regs, i64 0
  store i64 %1392, i64* %1393, align 8
  %1394 = load i64, i64* %lowStart, align 8
  %1395 = getelementptr i64, i64* %regs, i64 6
  store i64 %1394, i64* %1395, align 8
  %1396 = load i64, i64* %lowEnd, align 8
  %1397 = getelementptr i64, i64* %regs, i64 7
  store i64 %1396, i64* %1397, align 8
  %1398 = load i64, i64* %highEnd, align 8
  %1399 = getelementptr i64, i64* %regs, i64 8
  store i64 %1398, i64* %1399, align 8
  %1400 = add i32 %depth, 1
  %1401 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1400, i32 %81, i32 %82, i32 0)
  %1402 = getelementptr i64, i64* %regs, i64 0
  %1403 = load i64, i64* %1402, align 8
  store i64 %1403, i64* %fuel, align 8
  %1404 = getelementptr i64, i64* %regs, i64 6
  %1405 = load i64, i64* %1404, align 8
  store i64 %1405, i64* %lowStart, align 8
  %1406 = getelementptr i64, i64* %regs, i64 7
  %1407 = load i64, i64* %1406, align 8
  store i64 %1407, i64* %lowEnd, align 8
  %1408 = getelementptr i64, i64* %regs, i64 8
  %1409 = load i64, i64* %1408, align 8
  store i64 %1409, i64* %highEnd, align 8
  store i32 %1401, i32* %json_end, align 4
  %1410 = load i32, i32* %json_end, align 4
  %1411 = icmp eq i32 %1410, -2
  %1412 = zext i1 %1411 to i32
  %1413 = icmp ne i32 %1412, 0
  br i1 %1413, label %then195, label %else196

then195:                                          ; preds = %stack_ok194
  br label %trap16.site3

else196:                                          ; preds = %stack_ok194
  br label %join197

join197:                                          ; preds = %else196, %dead198
  %1414 = load i32, i32* %json_end, align 4
  %1415 = icmp eq i32 %1414, -1
  %1416 = zext i1 %1415 to i32
  %1417 = icmp ne i32 %1416, 0
  br i1 %1417, label %then199, label %else200

trap16.site3:                                     ; preds = %then204, %then195
  %1418 = load i64, i64* %lowStart, align 8
  %1419 = getelementptr i64, i64* %regs, i64 6
  store i64 %1418, i64* %1419, align 8
  %1420 = load i64, i64* %lowEnd, align 8
  %1421 = getelementptr i64, i64* %regs, i64 7
  store i64 %1420, i64* %1421, align 8
  %1422 = load i64, i64* %highEnd, align 8
  %1423 = getelementptr i64, i64* %regs, i64 8
  store i64 %1422, i64* %1423, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead198:                                          ; No predecessors!
  br label %join197

then199:                                          ; preds = %join197
  %1424 = load i32, i32* %result.1, align 4
  %1425 = icmp uge i32 %depth, 1000
  br i1 %1425, label %trap15.site0, label %ok202

else200:                                          ; preds = %join197
  br label %join201

join201:                                          ; preds = %else200, %dead208
  %1426 = load i32, i32* %json_end, align 4
  %1427 = zext i32 %1426 to i64
  %1428 = getelementptr i64, i64* %regs, i64 3
  store i64 %1427, i64* %1428, align 8
  %1429 = load i32, i32* %json_end, align 4
  %1430 = load i32, i32* %json_start, align 4
  %1431 = sub i32 %1429, %1430
  %1432 = load i64, i64* %fuel, align 8
  %1433 = getelementptr i64, i64* %regs, i64 0
  store i64 %1432, i64* %1433, align 8
  %1434 = load i64, i64* %lowStart, align 8
  %1435 = getelementptr i64, i64* %regs, i64 6
  store i64 %1434, i64* %1435, align 8
  %1436 = load i64, i64* %lowEnd, align 8
  %1437 = getelementptr i64, i64* %regs, i64 7
  store i64 %1436, i64* %1437, align 8
  %1438 = load i64, i64* %highEnd, align 8
  %1439 = getelementptr i64, i64* %regs, i64 8
  store i64 %1438, i64* %1439, align 8
  ret i32 %1431

ok202:                                            ; preds = %then199
  %1440 = icmp ult i64 %10, %stack_limit
  br i1 %1440, label %trap253.site0, label %stack_ok203

stack_ok203:                                      ; preds = %ok202
  %1441 = load i64, i64* %fuel, align 8
  %1442 = getelementptr i64, i64* %regs, i64 0
  store i64 %1441, i64* %1442, align 8
  %1443 = load i64, i64* %lowStart, align 8
  %1444 = getelementptr i64, i64* %regs, i64 6
  store i64 %1443, i64* %1444, align 8
  %1445 = load i64, i64* %lowEnd, align 8
  %1446 = getelementptr i64, i64* %regs, i64 7
  store i64 %1445, i64* %1446, align 8
  %1447 = load i64, i64* %highEnd, align 8
  %1448 = getelementptr i64, i64* %regs, i64 8
  store i64 %1447, i64* %1448, align 8
  %1449 = add i32 %depth, 1
  %1450 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1449, i32 %1424)
  %1451 = getelementptr i64, i64* %regs, i64 0
  %1452 = load i64, i64* %1451, align 8
  store i64 %1452, i64* %fuel, align 8
  %1453 = getelementptr i64, i64* %regs, i64 6
  %1454 = load i64, i64* %1453, align 8
  store i64 %1454, i64* %lowStart, align 8
  %1455 = getelementptr i64, i64* %regs, i64 7
  %1456 = load i64, i64* %1455, align 8
  store i64 %1456, i64* %lowEnd, align 8
  %1457 = getelementptr i64, i64* %regs, i64 8
  %1458 = load i64, i64* %1457, align 8
  store i64 %1458, i64* %highEnd, align 8
  %1459 = icmp ne i32 %1450, 0
  br i1 %1459, label %then204, label %else205

then204:                                          ; preds = %stack_ok203
  br label %trap16.site3

else205:                                          ; preds = %stack_ok203
  br label %join206

join206:                                          ; preds = %else205, %dead207
  br label %trap15.site3

dead207:                                          ; No predecessors!
  br label %join206

dead208:                                          ; No predecessors!
  br label %join201
}

define internal double @m0.fn.area(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %s.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %s = alloca i32, align 4
  store i32 %s.arg, i32* %s, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %r = alloca double, align 8
  store double 0.000000e+00, double* %r, align 8
  %w = alloca i64, align 8
  store i64 0, i64* %w, align 8
  %h = alloca i64, align 8
  store i64 0, i64* %h, align 8
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %result = alloca double, align 8
  %result1 = alloca double, align 8
  %unaligned = alloca i64, align 8
  %unaligned14 = alloca i64, align 8
  %unaligned16 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %s, align 4
  store i32 %6, i32* %scrut, align 4
  %7 = load i32, i32* %scrut, align 4
  %8 = zext i32 %7 to i64
  %9 = add i64 %8, 1
  %10 = icmp ugt i64 %9, %arena_size
  br i1 %10, label %trap17.site0, label %ok2

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e0:                                               ; preds = %match2
  %11 = load double, double* %result, align 8
  %12 = load i64, i64* %fuel, align 8
  %13 = getelementptr i64, i64* %regs, i64 0
  store i64 %12, i64* %13, align 8
  ret double %11

match2:                                           ; preds = %dead19, %ok17, %ok7, %then
  %14 = load double, double* %result1, align 8
  store double %14, double* %result, align 8
  br label %e0

ok2:                                              ; preds = %ok
  %15 = getelementptr i8, i8* %mem, i64 %8
  %16 = load i8, i8* %15, align 1
  %17 = zext i8 %16 to i32
  %18 = icmp eq i32 %17, 0
  %19 = zext i1 %18 to i32
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %then, label %else

trap17.site0:                                     ; preds = %ok13, %then10, %join6, %then4, %join, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok2
  store double 0.000000e+00, double* %result1, align 8
  br label %match2

else:                                             ; preds = %ok2
  br label %join

join:                                             ; preds = %else, %dead
  %21 = load i32, i32* %scrut, align 4
  %22 = zext i32 %21 to i64
  %23 = add i64 %22, 1
  %24 = icmp ugt i64 %23, %arena_size
  br i1 %24, label %trap17.site0, label %ok3

dead:                                             ; No predecessors!
  br label %join

ok3:                                              ; preds = %join
  %25 = getelementptr i8, i8* %mem, i64 %22
  %26 = load i8, i8* %25, align 1
  %27 = zext i8 %26 to i32
  %28 = icmp eq i32 %27, 1
  %29 = zext i1 %28 to i32
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %then4, label %else5

then4:                                            ; preds = %ok3
  %31 = load i32, i32* %scrut, align 4
  %32 = zext i32 %31 to i64
  %33 = add i64 %32, 8
  %34 = add i64 %33, 8
  %35 = icmp ugt i64 %34, %arena_size
  br i1 %35, label %trap17.site0, label %ok7

else5:                                            ; preds = %ok3
  br label %join6

join6:                                            ; preds = %else5, %dead8
  %36 = load i32, i32* %scrut, align 4
  %37 = zext i32 %36 to i64
  %38 = add i64 %37, 1
  %39 = icmp ugt i64 %38, %arena_size
  br i1 %39, label %trap17.site0, label %ok9

ok7:                                              ; preds = %then4
  %40 = getelementptr i8, i8* %mem, i64 %33
  %41 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %41, i8* %40, i64 8, i1 false)
  %42 = load i64, i64* %unaligned, align 8
  %43 = bitcast i64 %42 to double
  store double %43, double* %r, align 8
  %44 = load double, double* %r, align 8
  %45 = fmul double 3.000000e+00, %44
  %46 = load double, double* %r, align 8
  %47 = fmul double %45, %46
  store double %47, double* %result1, align 8
  br label %match2

dead8:                                            ; No predecessors!
  br label %join6

ok9:                                              ; preds = %join6
  %48 = getelementptr i8, i8* %mem, i64 %37
  %49 = load i8, i8* %48, align 1
  %50 = zext i8 %49 to i32
  %51 = icmp eq i32 %50, 2
  %52 = zext i1 %51 to i32
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %then10, label %else11

then10:                                           ; preds = %ok9
  %54 = load i32, i32* %scrut, align 4
  %55 = zext i32 %54 to i64
  %56 = add i64 %55, 8
  %57 = add i64 %56, 8
  %58 = icmp ugt i64 %57, %arena_size
  br i1 %58, label %trap17.site0, label %ok13

else11:                                           ; preds = %ok9
  br label %join12

join12:                                           ; preds = %else11, %dead18
  br label %trap5.site19

ok13:                                             ; preds = %then10
  %59 = getelementptr i8, i8* %mem, i64 %56
  %60 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %60, i8* %59, i64 8, i1 false)
  %61 = load i64, i64* %unaligned14, align 8
  store i64 %61, i64* %w, align 8
  %62 = load i32, i32* %scrut, align 4
  %63 = zext i32 %62 to i64
  %64 = add i64 %63, 16
  %65 = add i64 %64, 8
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok15

ok15:                                             ; preds = %ok13
  %67 = getelementptr i8, i8* %mem, i64 %64
  %68 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %68, i8* %67, i64 8, i1 false)
  %69 = load i64, i64* %unaligned16, align 8
  store i64 %69, i64* %h, align 8
  %70 = load i64, i64* %w, align 8
  %71 = load i64, i64* %h, align 8
  %72 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %70, i64 %71)
  %73 = extractvalue { i64, i1 } %72, 1
  br i1 %73, label %trap2.site18, label %ok17

ok17:                                             ; preds = %ok15
  %74 = extractvalue { i64, i1 } %72, 0
  %75 = sitofp i64 %74 to double
  %76 = fmul double %75, 1.000000e+00
  store double %76, double* %result1, align 8
  br label %match2

trap2.site18:                                     ; preds = %ok15
  call void @tetra_trap(i64* %regs, i32 2, i32 18)
  unreachable

dead18:                                           ; No predecessors!
  br label %join12

trap5.site19:                                     ; preds = %join12
  call void @tetra_trap(i64* %regs, i32 5, i32 19)
  unreachable

dead19:                                           ; No predecessors!
  br label %match2
}

define internal i32 @m0.fn.kind(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %s.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %s = alloca i32, align 4
  store i32 %s.arg, i32* %s, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %result = alloca i32, align 4
  %result1 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %s, align 4
  store i32 %6, i32* %scrut, align 4
  %7 = load i32, i32* %scrut, align 4
  %8 = zext i32 %7 to i64
  %9 = add i64 %8, 1
  %10 = icmp ugt i64 %9, %arena_size
  br i1 %10, label %trap17.site0, label %ok2

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e0:                                               ; preds = %match2
  %11 = load i32, i32* %result, align 4
  %12 = load i64, i64* %fuel, align 8
  %13 = getelementptr i64, i64* %regs, i64 0
  store i64 %12, i64* %13, align 8
  ret i32 %11

match2:                                           ; preds = %join6, %then4, %then
  %14 = load i32, i32* %result1, align 4
  store i32 %14, i32* %result, align 4
  br label %e0

ok2:                                              ; preds = %ok
  %15 = getelementptr i8, i8* %mem, i64 %8
  %16 = load i8, i8* %15, align 1
  %17 = zext i8 %16 to i32
  %18 = icmp eq i32 %17, 0
  %19 = zext i1 %18 to i32
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %then, label %else

trap17.site0:                                     ; preds = %join, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok2
  store i32 11460, i32* %result1, align 4
  br label %match2

else:                                             ; preds = %ok2
  br label %join

join:                                             ; preds = %else, %dead
  %21 = load i32, i32* %scrut, align 4
  %22 = zext i32 %21 to i64
  %23 = add i64 %22, 1
  %24 = icmp ugt i64 %23, %arena_size
  br i1 %24, label %trap17.site0, label %ok3

dead:                                             ; No predecessors!
  br label %join

ok3:                                              ; preds = %join
  %25 = getelementptr i8, i8* %mem, i64 %22
  %26 = load i8, i8* %25, align 1
  %27 = zext i8 %26 to i32
  %28 = icmp eq i32 %27, 1
  %29 = zext i1 %28 to i32
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %then4, label %else5

then4:                                            ; preds = %ok3
  store i32 11468, i32* %result1, align 4
  br label %match2

else5:                                            ; preds = %ok3
  br label %join6

join6:                                            ; preds = %else5, %dead7
  store i32 11480, i32* %result1, align 4
  br label %match2

dead7:                                            ; No predecessors!
  br label %join6
}
