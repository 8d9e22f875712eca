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
  %535 = load i64, i64* %lowEnd, align 8
  %536 = load i64, i64* %highEnd, align 8
  %537 = call i64 @llvm.umax.i64(i64 %535, i64 %506)
  %538 = select i1 %534, i64 %537, i64 %535
  store i64 %538, i64* %lowEnd, align 8
  %539 = call i64 @llvm.umax.i64(i64 %536, i64 %506)
  %540 = select i1 %534, i64 %536, i64 %539
  store i64 %540, i64* %highEnd, align 8
  %541 = load i64, i64* %lowStart, align 8
  %542 = call i64 @llvm.umin.i64(i64 %541, i64 %505)
  store i64 %542, i64* %lowStart, align 8
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
  %175 = getelementptr i64, i64* %regs, i64 1
  %176 = getelementptr i64, i64* %regs, i64 2
  %177 = load i64, i64* %175, align 8
  %178 = add i64 %177, 3
  %179 = and i64 %178, -4
  %180 = add i64 %179, 8
  %181 = load i64, i64* %176, align 8
  %182 = icmp ugt i64 %180, %181
  br i1 %182, label %trap15.site5, label %ok18

ok16:                                             ; preds = %write.slow14
  %183 = icmp ult i64 %152, %scratch_start
  %184 = load i64, i64* %lowEnd, align 8
  %185 = load i64, i64* %highEnd, align 8
  %186 = call i64 @llvm.umax.i64(i64 %184, i64 %153)
  %187 = select i1 %183, i64 %186, i64 %184
  store i64 %187, i64* %lowEnd, align 8
  %188 = call i64 @llvm.umax.i64(i64 %185, i64 %153)
  %189 = select i1 %183, i64 %185, i64 %188
  store i64 %189, i64* %highEnd, align 8
  %190 = load i64, i64* %lowStart, align 8
  %191 = call i64 @llvm.umin.i64(i64 %190, i64 %152)
  store i64 %191, i64* %lowStart, align 8
  br label %write.ok15

ok18:                                             ; preds = %write.ok15
  store i64 %180, i64* %175, align 8
  %192 = load i64, i64* %highEnd, align 8
  %193 = call i64 @llvm.umax.i64(i64 %192, i64 %180)
  store i64 %193, i64* %highEnd, align 8
  %194 = trunc i64 %179 to i32
  store i32 %194, i32* %closure.1, align 4
  %195 = load i32, i32* %closure.1, align 4
  %196 = zext i32 %195 to i64
  %197 = add i64 %196, 4
  %198 = icmp uge i64 %196, %scratch_start
  %199 = load i64, i64* %highEnd, align 8
  %200 = icmp ule i64 %197, %199
  %201 = and i1 %198, %200
  br i1 %201, label %write.ok21, label %write.low19

trap15.site5:                                     ; preds = %write.ok15
  %202 = load i64, i64* %lowStart, align 8
  %203 = getelementptr i64, i64* %regs, i64 6
  store i64 %202, i64* %203, align 8
  %204 = load i64, i64* %lowEnd, align 8
  %205 = getelementptr i64, i64* %regs, i64 7
  store i64 %204, i64* %205, align 8
  %206 = load i64, i64* %highEnd, align 8
  %207 = getelementptr i64, i64* %regs, i64 8
  store i64 %206, i64* %207, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low19:                                      ; preds = %ok18
  %208 = load i64, i64* %lowStart, align 8
  %209 = icmp uge i64 %196, %208
  %210 = load i64, i64* %lowEnd, align 8
  %211 = icmp ule i64 %197, %210
  %212 = and i1 %209, %211
  br i1 %212, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %213 = icmp ugt i64 %197, %arena_size
  br i1 %213, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %214 = getelementptr i8, i8* %mem, i64 %196
  store i32 1, i32* %unaligned23, align 4
  %215 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %214, i8* %215, i64 4, i1 false)
  %216 = load i32, i32* %closure.1, align 4
  %217 = zext i32 %216 to i64
  %218 = add i64 %217, 4
  %219 = add i64 %218, 4
  %220 = icmp uge i64 %218, %scratch_start
  %221 = load i64, i64* %highEnd, align 8
  %222 = icmp ule i64 %219, %221
  %223 = and i1 %220, %222
  br i1 %223, label %write.ok26, label %write.low24

ok22:                                             ; preds = %write.slow20
  %224 = icmp ult i64 %196, %scratch_start
  %225 = load i64, i64* %lowEnd, align 8
  %226 = load i64, i64* %highEnd, align 8
  %227 = call i64 @llvm.umax.i64(i64 %225, i64 %197)
  %228 = select i1 %224, i64 %227, i64 %225
  store i64 %228, i64* %lowEnd, align 8
  %229 = call i64 @llvm.umax.i64(i64 %226, i64 %197)
  %230 = select i1 %224, i64 %226, i64 %229
  store i64 %230, i64* %highEnd, align 8
  %231 = load i64, i64* %lowStart, align 8
  %232 = call i64 @llvm.umin.i64(i64 %231, i64 %196)
  store i64 %232, i64* %lowStart, align 8
  br label %write.ok21

write.low24:                                      ; preds = %write.ok21
  %233 = load i64, i64* %lowStart, align 8
  %234 = icmp uge i64 %218, %233
  %235 = load i64, i64* %lowEnd, align 8
  %236 = icmp ule i64 %219, %235
  %237 = and i1 %234, %236
  br i1 %237, label %write.ok26, label %write.slow25

write.slow25:                                     ; preds = %write.low24
  %238 = icmp ugt i64 %219, %arena_size
  br i1 %238, label %trap17.site0, label %ok27

write.ok26:                                       ; preds = %ok27, %write.low24, %write.ok21
  %239 = getelementptr i8, i8* %mem, i64 %218
  store i32 0, i32* %unaligned28, align 4
  %240 = bitcast i32* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %239, i8* %240, i64 4, i1 false)
  %241 = load i32, i32* %dict, align 4
  %242 = load i32, i32* %closure.1, align 4
  %243 = zext i32 %241 to i64
  %244 = add i64 %243, 4
  %245 = add i64 %244, 4
  %246 = icmp uge i64 %244, %scratch_start
  %247 = load i64, i64* %highEnd, align 8
  %248 = icmp ule i64 %245, %247
  %249 = and i1 %246, %248
  br i1 %249, label %write.ok31, label %write.low29

ok27:                                             ; preds = %write.slow25
  %250 = icmp ult i64 %218, %scratch_start
  %251 = load i64, i64* %lowEnd, align 8
  %252 = load i64, i64* %highEnd, align 8
  %253 = call i64 @llvm.umax.i64(i64 %251, i64 %219)
  %254 = select i1 %250, i64 %253, i64 %251
  store i64 %254, i64* %lowEnd, align 8
  %255 = call i64 @llvm.umax.i64(i64 %252, i64 %219)
  %256 = select i1 %250, i64 %252, i64 %255
  store i64 %256, i64* %highEnd, align 8
  %257 = load i64, i64* %lowStart, align 8
  %258 = call i64 @llvm.umin.i64(i64 %257, i64 %218)
  store i64 %258, i64* %lowStart, align 8
  br label %write.ok26

write.low29:                                      ; preds = %write.ok26
  %259 = load i64, i64* %lowStart, align 8
  %260 = icmp uge i64 %244, %259
  %261 = load i64, i64* %lowEnd, align 8
  %262 = icmp ule i64 %245, %261
  %263 = and i1 %260, %262
  br i1 %263, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %264 = icmp ugt i64 %245, %arena_size
  br i1 %264, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %write.ok26
  %265 = getelementptr i8, i8* %mem, i64 %244
  store i32 %242, i32* %unaligned33, align 4
  %266 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %265, i8* %266, i64 4, i1 false)
  %267 = load i32, i32* %shapes, align 4
  store i32 %267, i32* %xs, align 4
  %268 = load i32, i32* %xs, align 4
  %269 = zext i32 %268 to i64
  %270 = add i64 %269, 4
  %271 = icmp ugt i64 %270, %arena_size
  br i1 %271, label %trap17.site0, label %ok35

ok32:                                             ; preds = %write.slow30
  %272 = icmp ult i64 %244, %scratch_start
  %273 = load i64, i64* %lowEnd, align 8
  %274 = load i64, i64* %highEnd, align 8
  %275 = call i64 @llvm.umax.i64(i64 %273, i64 %245)
  %276 = select i1 %272, i64 %275, i64 %273
  store i64 %276, i64* %lowEnd, align 8
  %277 = call i64 @llvm.umax.i64(i64 %274, i64 %245)
  %278 = select i1 %272, i64 %274, i64 %277
  store i64 %278, i64* %highEnd, align 8
  %279 = load i64, i64* %lowStart, align 8
  %280 = call i64 @llvm.umin.i64(i64 %279, i64 %244)
  store i64 %280, i64* %lowStart, align 8
  br label %write.ok31

e1:                                               ; preds = %write.ok53
  %281 = load i32, i32* %result34, align 4
  store i32 %281, i32* %areas, align 4
  %282 = load i32, i32* %dict, align 4
  %283 = load i32, i32* %areas, align 4
  %284 = zext i32 %282 to i64
  %285 = add i64 %284, 8
  %286 = add i64 %285, 4
  %287 = icmp uge i64 %285, %scratch_start
  %288 = load i64, i64* %highEnd, align 8
  %289 = icmp ule i64 %286, %288
  %290 = and i1 %287, %289
  br i1 %290, label %write.ok58, label %write.low56

ok35:                                             ; preds = %write.ok31
  %291 = getelementptr i8, i8* %mem, i64 %269
  %292 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %292, i8* %291, i64 4, i1 false)
  %293 = load i32, i32* %unaligned36, align 4
  %294 = zext i32 %293 to i64
  %295 = mul i64 %294, 8
  %296 = add i64 8, %295
  store i64 %296, i64* %size, align 8
  %297 = load i64, i64* %size, align 8
  %298 = icmp ugt i64 %297, 2147483647
  %299 = zext i1 %298 to i32
  %300 = icmp ne i32 %299, 0
  br i1 %300, label %then, label %else

then:                                             ; preds = %ok35
  br label %trap15.site6

else:                                             ; preds = %ok35
  br label %join

join:                                             ; preds = %else, %dead
  %301 = load i64, i64* %size, align 8
  %302 = trunc i64 %301 to i32
  %303 = zext i32 %302 to i64
  %304 = getelementptr i64, i64* %regs, i64 1
  %305 = getelementptr i64, i64* %regs, i64 2
  %306 = load i64, i64* %304, align 8
  %307 = add i64 %306, 7
  %308 = and i64 %307, -8
  %309 = add i64 %308, %303
  %310 = load i64, i64* %305, align 8
  %311 = icmp ugt i64 %309, %310
  br i1 %311, label %trap15.site6, label %ok37

trap15.site6:                                     ; preds = %join, %then
  %312 = load i64, i64* %lowStart, align 8
  %313 = getelementptr i64, i64* %regs, i64 6
  store i64 %312, i64* %313, align 8
  %314 = load i64, i64* %lowEnd, align 8
  %315 = getelementptr i64, i64* %regs, i64 7
  store i64 %314, i64* %315, align 8
  %316 = load i64, i64* %highEnd, align 8
  %317 = getelementptr i64, i64* %regs, i64 8
  store i64 %316, i64* %317, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok37:                                             ; preds = %join
  store i64 %309, i64* %304, align 8
  %318 = load i64, i64* %highEnd, align 8
  %319 = call i64 @llvm.umax.i64(i64 %318, i64 %309)
  store i64 %319, i64* %highEnd, align 8
  %320 = trunc i64 %308 to i32
  store i32 %320, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %321 = load i32, i32* %xs, align 4
  %322 = zext i32 %321 to i64
  %323 = add i64 %322, 4
  %324 = icmp ugt i64 %323, %arena_size
  br i1 %324, label %trap17.site0, label %ok38

ok38:                                             ; preds = %ok37
  %325 = getelementptr i8, i8* %mem, i64 %322
  %326 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %326, i8* %325, i64 4, i1 false)
  %327 = load i32, i32* %unaligned39, align 4
  store i32 %327, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead50, %ok40
  %328 = load i32, i32* %list, align 4
  %329 = load i32, i32* %len, align 4
  %330 = zext i32 %328 to i64
  %331 = add i64 %330, 4
  %332 = icmp uge i64 %330, %scratch_start
  %333 = load i64, i64* %highEnd, align 8
  %334 = icmp ule i64 %331, %333
  %335 = and i1 %332, %334
  br i1 %335, label %write.ok53, label %write.low51

each4:                                            ; preds = %write.ok47, %ok38
  %336 = load i64, i64* %fuel, align 8
  %337 = icmp ult i64 %336, 1
  br i1 %337, label %trap14.site0, label %ok40

ok40:                                             ; preds = %each4
  %338 = sub i64 %336, 1
  store i64 %338, i64* %fuel, align 8
  %339 = load i32, i32* %k, align 4
  %340 = load i32, i32* %n, align 4
  %341 = icmp uge i32 %339, %340
  %342 = zext i1 %341 to i32
  %343 = icmp ne i32 %342, 0
  br i1 %343, label %block3, label %cont

cont:                                             ; preds = %ok40
  %344 = load i32, i32* %xs, align 4
  %345 = load i32, i32* %k, align 4
  %346 = mul i32 %345, 4
  %347 = add i32 %344, %346
  %348 = zext i32 %347 to i64
  %349 = add i64 %348, 4
  %350 = add i64 %349, 4
  %351 = icmp ugt i64 %350, %arena_size
  br i1 %351, label %trap17.site0, label %ok41

ok41:                                             ; preds = %cont
  %352 = getelementptr i8, i8* %mem, i64 %349
  %353 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %353, i8* %352, i64 4, i1 false)
  %354 = load i32, i32* %unaligned42, align 4
  store i32 %354, i32* %x, align 4
  %355 = load i32, i32* %x, align 4
  store i32 %355, i32* %s, align 4
  %356 = load i32, i32* %list, align 4
  %357 = load i32, i32* %len, align 4
  %358 = mul i32 %357, 8
  %359 = add i32 %356, %358
  %360 = load i32, i32* %s, align 4
  %361 = icmp uge i32 %depth, 1000
  br i1 %361, label %trap15.site7, label %ok43

ok43:                                             ; preds = %ok41
  %362 = icmp ult i64 %10, %stack_limit
  br i1 %362, label %trap253.site0, label %stack_ok44

trap15.site7:                                     ; preds = %ok41
  %363 = load i64, i64* %lowStart, align 8
  %364 = getelementptr i64, i64* %regs, i64 6
  store i64 %363, i64* %364, align 8
  %365 = load i64, i64* %lowEnd, align 8
  %366 = getelementptr i64, i64* %regs, i64 7
  store i64 %365, i64* %366, align 8
  %367 = load i64, i64* %highEnd, align 8
  %368 = getelementptr i64, i64* %regs, i64 8
  store i64 %367, i64* %368, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok44:                                       ; preds = %ok43
  %369 = load i64, i64* %fuel, align 8
  %370 = getelementptr i64, i64* %regs, i64 0
  store i64 %369, i64* %370, align 8
  %371 = load i64, i64* %lowStart, align 8
  %372 = getelementptr i64, i64* %regs, i64 6
  store i64 %371, i64* %372, align 8
  %373 = load i64, i64* %lowEnd, align 8
  %374 = getelementptr i64, i64* %regs, i64 7
  store i64 %373, i64* %374, align 8
  %375 = load i64, i64* %highEnd, align 8
  %376 = getelementptr i64, i64* %regs, i64 8
  store i64 %375, i64* %376, align 8
  %377 = add i32 %depth, 1
  %378 = call double @m0.fn.area(i64* %regs, i8* %mem, i32 %377, i32 0, i32 %360)
  %379 = getelementptr i64, i64* %regs, i64 0
  %380 = load i64, i64* %379, align 8
  store i64 %380, i64* %fuel, align 8
  %381 = getelementptr i64, i64* %regs, i64 6
  %382 = load i64, i64* %381, align 8
  store i64 %382, i64* %lowStart, align 8
  %383 = getelementptr i64, i64* %regs, i64 7
  %384 = load i64, i64* %383, align 8
  store i64 %384, i64* %lowEnd, align 8
  %385 = getelementptr i64, i64* %regs, i64 8
  %386 = load i64, i64* %385, align 8
  store i64 %386, i64* %highEnd, align 8
  %387 = zext i32 %359 to i64
  %388 = add i64 %387, 8
  %389 = add i64 %388, 8
  %390 = icmp uge i64 %388, %scratch_start
  %391 = load i64, i64* %highEnd, align 8
  %392 = icmp ule i64 %389, %391
  %393 = and i1 %390, %392
  br i1 %393, label %write.ok47, label %write.low45

write.low45:                                      ; preds = %stack_ok44
  %394 = load i64, i64* %lowStart, align 8
  %395 = icmp uge i64 %388, %394
  %396 = load i64, i64* %lowEnd, align 8
  %397 = icmp ule i64 %389, %396
  %398 = and i1 %395, %397
  br i1 %398, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %399 = icmp ugt i64 %389, %arena_size
  br i1 %399, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %stack_ok44
  %400 = getelementptr i8, i8* %mem, i64 %388
  %401 = bitcast double %378 to i64
  %402 = and i64 %401, 9223372036854775807
  %403 = icmp ugt i64 %402, 9218868437227405312
  %404 = select i1 %403, i64 9221120237041090560, i64 %401
  store i64 %404, i64* %unaligned49, align 8
  %405 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %400, i8* %405, i64 8, i1 false)
  %406 = load i32, i32* %len, align 4
  %407 = add i32 %406, 1
  store i32 %407, i32* %len, align 4
  %408 = load i32, i32* %k, align 4
  %409 = add i32 %408, 1
  store i32 %409, i32* %k, align 4
  br label %each4

ok48:                                             ; preds = %write.slow46
  %410 = icmp ult i64 %388, %scratch_start
  %411 = load i64, i64* %lowEnd, align 8
  %412 = load i64, i64* %highEnd, align 8
  %413 = call i64 @llvm.umax.i64(i64 %411, i64 %389)
  %414 = select i1 %410, i64 %413, i64 %411
  store i64 %414, i64* %lowEnd, align 8
  %415 = call i64 @llvm.umax.i64(i64 %412, i64 %389)
  %416 = select i1 %410, i64 %412, i64 %415
  store i64 %416, i64* %highEnd, align 8
  %417 = load i64, i64* %lowStart, align 8
  %418 = call i64 @llvm.umin.i64(i64 %417, i64 %388)
  store i64 %418, i64* %lowStart, align 8
  br label %write.ok47

dead50:                                           ; No predecessors!
  br label %block3

write.low51:                                      ; preds = %block3
  %419 = load i64, i64* %lowStart, align 8
  %420 = icmp uge i64 %330, %419
  %421 = load i64, i64* %lowEnd, align 8
  %422 = icmp ule i64 %331, %421
  %423 = and i1 %420, %422
  br i1 %423, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %424 = icmp ugt i64 %331, %arena_size
  br i1 %424, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %block3
  %425 = getelementptr i8, i8* %mem, i64 %330
  store i32 %329, i32* %unaligned55, align 4
  %426 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %425, i8* %426, i64 4, i1 false)
  %427 = load i32, i32* %list, align 4
  store i32 %427, i32* %result34, align 4
  br label %e1

ok54:                                             ; preds = %write.slow52
  %428 = icmp ult i64 %330, %scratch_start
  %429 = load i64, i64* %lowEnd, align 8
  %430 = load i64, i64* %highEnd, align 8
  %431 = call i64 @llvm.umax.i64(i64 %429, i64 %331)
  %432 = select i1 %428, i64 %431, i64 %429
  store i64 %432, i64* %lowEnd, align 8
  %433 = call i64 @llvm.umax.i64(i64 %430, i64 %331)
  %434 = select i1 %428, i64 %430, i64 %433
  store i64 %434, i64* %highEnd, align 8
  %435 = load i64, i64* %lowStart, align 8
  %436 = call i64 @llvm.umin.i64(i64 %435, i64 %330)
  store i64 %436, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %e1
  %437 = load i64, i64* %lowStart, align 8
  %438 = icmp uge i64 %285, %437
  %439 = load i64, i64* %lowEnd, align 8
  %440 = icmp ule i64 %286, %439
  %441 = and i1 %438, %440
  br i1 %441, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %442 = icmp ugt i64 %286, %arena_size
  br i1 %442, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %e1
  %443 = getelementptr i8, i8* %mem, i64 %285
  store i32 %283, i32* %unaligned60, align 4
  %444 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %443, i8* %444, i64 4, i1 false)
  %445 = load i32, i32* %shapes, align 4
  store i32 %445, i32* %xs.1, align 4
  %446 = load i32, i32* %xs.1, align 4
  %447 = zext i32 %446 to i64
  %448 = add i64 %447, 4
  %449 = icmp ugt i64 %448, %arena_size
  br i1 %449, label %trap17.site0, label %ok62

ok59:                                             ; preds = %write.slow57
  %450 = icmp ult i64 %285, %scratch_start
  %451 = load i64, i64* %lowEnd, align 8
  %452 = load i64, i64* %highEnd, align 8
  %453 = call i64 @llvm.umax.i64(i64 %451, i64 %286)
  %454 = select i1 %450, i64 %453, i64 %451
  store i64 %454, i64* %lowEnd, align 8
  %455 = call i64 @llvm.umax.i64(i64 %452, i64 %286)
  %456 = select i1 %450, i64 %452, i64 %455
  store i64 %456, i64* %highEnd, align 8
  %457 = load i64, i64* %lowStart, align 8
  %458 = call i64 @llvm.umin.i64(i64 %457, i64 %285)
  store i64 %458, i64* %lowStart, align 8
  br label %write.ok58

e7:                                               ; preds = %write.ok85
  %459 = load i32, i32* %result61, align 4
  store i32 %459, i32* %kinds, align 4
  %460 = load i32, i32* %dict, align 4
  %461 = load i32, i32* %kinds, align 4
  %462 = zext i32 %460 to i64
  %463 = add i64 %462, 12
  %464 = add i64 %463, 4
  %465 = icmp uge i64 %463, %scratch_start
  %466 = load i64, i64* %highEnd, align 8
  %467 = icmp ule i64 %464, %466
  %468 = and i1 %465, %467
  br i1 %468, label %write.ok90, label %write.low88

ok62:                                             ; preds = %write.ok58
  %469 = getelementptr i8, i8* %mem, i64 %447
  %470 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %470, i8* %469, i64 4, i1 false)
  %471 = load i32, i32* %unaligned63, align 4
  %472 = zext i32 %471 to i64
  %473 = mul i64 %472, 4
  %474 = add i64 4, %473
  store i64 %474, i64* %size.1, align 8
  %475 = load i64, i64* %size.1, align 8
  %476 = icmp ugt i64 %475, 2147483647
  %477 = zext i1 %476 to i32
  %478 = icmp ne i32 %477, 0
  br i1 %478, label %then64, label %else65

then64:                                           ; preds = %ok62
  br label %trap15.site8

else65:                                           ; preds = %ok62
  br label %join66

join66:                                           ; preds = %else65, %dead67
  %479 = load i64, i64* %size.1, align 8
  %480 = trunc i64 %479 to i32
  %481 = zext i32 %480 to i64
  %482 = getelementptr i64, i64* %regs, i64 1
  %483 = getelementptr i64, i64* %regs, i64 2
  %484 = load i64, i64* %482, align 8
  %485 = add i64 %484, 3
  %486 = and i64 %485, -4
  %487 = add i64 %486, %481
  %488 = load i64, i64* %483, align 8
  %489 = icmp ugt i64 %487, %488
  br i1 %489, label %trap15.site8, label %ok68

trap15.site8:                                     ; preds = %join66, %then64
  %490 = load i64, i64* %lowStart, align 8
  %491 = getelementptr i64, i64* %regs, i64 6
  store i64 %490, i64* %491, align 8
  %492 = load i64, i64* %lowEnd, align 8
  %493 = getelementptr i64, i64* %regs, i64 7
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %highEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 8
  store i64 %494, i64* %495, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead67:                                           ; No predecessors!
  br label %join66

ok68:                                             ; preds = %join66
  store i64 %487, i64* %482, align 8
  %496 = load i64, i64* %highEnd, align 8
  %497 = call i64 @llvm.umax.i64(i64 %496, i64 %487)
  store i64 %497, i64* %highEnd, align 8
  %498 = trunc i64 %486 to i32
  store i32 %498, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %499 = load i32, i32* %xs.1, align 4
  %500 = zext i32 %499 to i64
  %501 = add i64 %500, 4
  %502 = icmp ugt i64 %501, %arena_size
  br i1 %502, label %trap17.site0, label %ok69

ok69:                                             ; preds = %ok68
  %503 = getelementptr i8, i8* %mem, i64 %500
  %504 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %504, i8* %503, i64 4, i1 false)
  %505 = load i32, i32* %unaligned70, align 4
  store i32 %505, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each10

block9:                                           ; preds = %dead82, %ok71
  %506 = load i32, i32* %list.1, align 4
  %507 = load i32, i32* %len.1, align 4
  %508 = zext i32 %506 to i64
  %509 = add i64 %508, 4
  %510 = icmp uge i64 %508, %scratch_start
  %511 = load i64, i64* %highEnd, align 8
  %512 = icmp ule i64 %509, %511
  %513 = and i1 %510, %512
  br i1 %513, label %write.ok85, label %write.low83

each10:                                           ; preds = %write.ok79, %ok69
  %514 = load i64, i64* %fuel, align 8
  %515 = icmp ult i64 %514, 1
  br i1 %515, label %trap14.site0, label %ok71

ok71:                                             ; preds = %each10
  %516 = sub i64 %514, 1
  store i64 %516, i64* %fuel, align 8
  %517 = load i32, i32* %k.1, align 4
  %518 = load i32, i32* %n.1, align 4
  %519 = icmp uge i32 %517, %518
  %520 = zext i1 %519 to i32
  %521 = icmp ne i32 %520, 0
  br i1 %521, label %block9, label %cont72

cont72:                                           ; preds = %ok71
  %522 = load i32, i32* %xs.1, align 4
  %523 = load i32, i32* %k.1, align 4
  %524 = mul i32 %523, 4
  %525 = add i32 %522, %524
  %526 = zext i32 %525 to i64
  %527 = add i64 %526, 4
  %528 = add i64 %527, 4
  %529 = icmp ugt i64 %528, %arena_size
  br i1 %529, label %trap17.site0, label %ok73

ok73:                                             ; preds = %cont72
  %530 = getelementptr i8, i8* %mem, i64 %527
  %531 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %531, i8* %530, i64 4, i1 false)
  %532 = load i32, i32* %unaligned74, align 4
  store i32 %532, i32* %x.1, align 4
  %533 = load i32, i32* %x.1, align 4
  store i32 %533, i32* %s.1, align 4
  %534 = load i32, i32* %list.1, align 4
  %535 = load i32, i32* %len.1, align 4
  %536 = mul i32 %535, 4
  %537 = add i32 %534, %536
  %538 = load i32, i32* %s.1, align 4
  %539 = icmp uge i32 %depth, 1000
  br i1 %539, label %trap15.site9, label %ok75

ok75:                                             ; preds = %ok73
  %540 = icmp ult i64 %10, %stack_limit
  br i1 %540, label %trap253.site0, label %stack_ok76

trap15.site9:                                     ; preds = %ok73
  %541 = load i64, i64* %lowStart, align 8
  %542 = getelementptr i64, i64* %regs, i64 6
  store i64 %541, i64* %542, align 8
  %543 = load i64, i64* %lowEnd, align 8
  %544 = getelementptr i64, i64* %regs, i64 7
  store i64 %543, i64* %544, align 8
  %545 = load i64, i64* %highEnd, align 8
  %546 = getelementptr i64, i64* %regs, i64 8
  store i64 %545, i64* %546, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

stack_ok76:                                       ; preds = %ok75
  %547 = load i64, i64* %fuel, align 8
  %548 = getelementptr i64, i64* %regs, i64 0
  store i64 %547, i64* %548, align 8
  %549 = load i64, i64* %lowStart, align 8
  %550 = getelementptr i64, i64* %regs, i64 6
  store i64 %549, i64* %550, align 8
  %551 = load i64, i64* %lowEnd, align 8
  %552 = getelementptr i64, i64* %regs, i64 7
  store i64 %551, i64* %552, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = getelementptr i64, i64* %regs, i64 8
  store i64 %553, i64* %554, align 8
  %555 = add i32 %depth, 1
  %556 = call i32 @m0.fn.kind(i64* %regs, i8* %mem, i32 %555, i32 0, i32 %538)
  %557 = getelementptr i64, i64* %regs, i64 0
  %558 = load i64, i64* %557, align 8
  store i64 %558, i64* %fuel, align 8
  %559 = getelementptr i64, i64* %regs, i64 6
  %560 = load i64, i64* %559, align 8
  store i64 %560, i64* %lowStart, align 8
  %561 = getelementptr i64, i64* %regs, i64 7
  %562 = load i64, i64* %561, align 8
  store i64 %562, i64* %lowEnd, align 8
  %563 = getelementptr i64, i64* %regs, i64 8
  %564 = load i64, i64* %563, align 8
  store i64 %564, i64* %highEnd, align 8
  %565 = zext i32 %537 to i64
  %566 = add i64 %565, 4
  %567 = add i64 %566, 4
  %568 = icmp uge i64 %566, %scratch_start
  %569 = load i64, i64* %highEnd, align 8
  %570 = icmp ule i64 %567, %569
  %571 = and i1 %568, %570
  br i1 %571, label %write.ok79, label %write.low77

write.low77:                                      ; preds = %stack_ok76
  %572 = load i64, i64* %lowStart, align 8
  %573 = icmp uge i64 %566, %572
  %574 = load i64, i64* %lowEnd, align 8
  %575 = icmp ule i64 %567, %574
  %576 = and i1 %573, %575
  br i1 %576, label %write.ok79, label %write.slow78

write.slow78:                                     ; preds = %write.low77
  %577 = icmp ugt i64 %567, %arena_size
  br i1 %577, label %trap17.site0, label %ok80

write.ok79:                                       ; preds = %ok80, %write.low77, %stack_ok76
  %578 = getelementptr i8, i8* %mem, i64 %566
  store i32 %556, i32* %unaligned81, align 4
  %579 = bitcast i32* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %578, i8* %579, i64 4, i1 false)
  %580 = load i32, i32* %len.1, align 4
  %581 = add i32 %580, 1
  store i32 %581, i32* %len.1, align 4
  %582 = load i32, i32* %k.1, align 4
  %583 = add i32 %582, 1
  store i32 %583, i32* %k.1, align 4
  br label %each10

ok80:                                             ; preds = %write.slow78
  %584 = icmp ult i64 %566, %scratch_start
  %585 = load i64, i64* %lowEnd, align 8
  %586 = load i64, i64* %highEnd, align 8
  %587 = call i64 @llvm.umax.i64(i64 %585, i64 %567)
  %588 = select i1 %584, i64 %587, i64 %585
  store i64 %588, i64* %lowEnd, align 8
  %589 = call i64 @llvm.umax.i64(i64 %586, i64 %567)
  %590 = select i1 %584, i64 %586, i64 %589
  store i64 %590, i64* %highEnd, align 8
  %591 = load i64, i64* %lowStart, align 8
  %592 = call i64 @llvm.umin.i64(i64 %591, i64 %566)
  store i64 %592, i64* %lowStart, align 8
  br label %write.ok79

dead82:                                           ; No predecessors!
  br label %block9

write.low83:                                      ; preds = %block9
  %593 = load i64, i64* %lowStart, align 8
  %594 = icmp uge i64 %508, %593
  %595 = load i64, i64* %lowEnd, align 8
  %596 = icmp ule i64 %509, %595
  %597 = and i1 %594, %596
  br i1 %597, label %write.ok85, label %write.slow84

write.slow84:                                     ; preds = %write.low83
  %598 = icmp ugt i64 %509, %arena_size
  br i1 %598, label %trap17.site0, label %ok86

write.ok85:                                       ; preds = %ok86, %write.low83, %block9
  %599 = getelementptr i8, i8* %mem, i64 %508
  store i32 %507, i32* %unaligned87, align 4
  %600 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %599, i8* %600, i64 4, i1 false)
  %601 = load i32, i32* %list.1, align 4
  store i32 %601, i32* %result61, align 4
  br label %e7

ok86:                                             ; preds = %write.slow84
  %602 = icmp ult i64 %508, %scratch_start
  %603 = load i64, i64* %lowEnd, align 8
  %604 = load i64, i64* %highEnd, align 8
  %605 = call i64 @llvm.umax.i64(i64 %603, i64 %509)
  %606 = select i1 %602, i64 %605, i64 %603
  store i64 %606, i64* %lowEnd, align 8
  %607 = call i64 @llvm.umax.i64(i64 %604, i64 %509)
  %608 = select i1 %602, i64 %604, i64 %607
  store i64 %608, i64* %highEnd, align 8
  %609 = load i64, i64* %lowStart, align 8
  %610 = call i64 @llvm.umin.i64(i64 %609, i64 %508)
  store i64 %610, i64* %lowStart, align 8
  br label %write.ok85

write.low88:                                      ; preds = %e7
  %611 = load i64, i64* %lowStart, align 8
  %612 = icmp uge i64 %463, %611
  %613 = load i64, i64* %lowEnd, align 8
  %614 = icmp ule i64 %464, %613
  %615 = and i1 %612, %614
  br i1 %615, label %write.ok90, label %write.slow89

write.slow89:                                     ; preds = %write.low88
  %616 = icmp ugt i64 %464, %arena_size
  br i1 %616, label %trap17.site0, label %ok91

write.ok90:                                       ; preds = %ok91, %write.low88, %e7
  %617 = getelementptr i8, i8* %mem, i64 %463
  store i32 %461, i32* %unaligned92, align 4
  %618 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %618, i64 4, i1 false)
  store i64 2, i64* %c, align 8
  store i64 3, i64* %c.1, align 8
  %619 = getelementptr i64, i64* %regs, i64 1
  %620 = getelementptr i64, i64* %regs, i64 2
  %621 = load i64, i64* %619, align 8
  %622 = add i64 %621, 7
  %623 = and i64 %622, -8
  %624 = add i64 %623, 24
  %625 = load i64, i64* %620, align 8
  %626 = icmp ugt i64 %624, %625
  br i1 %626, label %trap15.site12, label %ok96

ok91:                                             ; preds = %write.slow89
  %627 = icmp ult i64 %463, %scratch_start
  %628 = load i64, i64* %lowEnd, align 8
  %629 = load i64, i64* %highEnd, align 8
  %630 = call i64 @llvm.umax.i64(i64 %628, i64 %464)
  %631 = select i1 %627, i64 %630, i64 %628
  store i64 %631, i64* %lowEnd, align 8
  %632 = call i64 @llvm.umax.i64(i64 %629, i64 %464)
  %633 = select i1 %627, i64 %629, i64 %632
  store i64 %633, i64* %highEnd, align 8
  %634 = load i64, i64* %lowStart, align 8
  %635 = call i64 @llvm.umin.i64(i64 %634, i64 %463)
  store i64 %635, i64* %lowStart, align 8
  br label %write.ok90

e13:                                              ; preds = %write.ok185
  %636 = load i32, i32* %result93, align 4
  store i32 %636, i32* %bigger, align 4
  %637 = load i32, i32* %dict, align 4
  %638 = load i32, i32* %bigger, align 4
  %639 = zext i32 %637 to i64
  %640 = add i64 %639, 16
  %641 = add i64 %640, 4
  %642 = icmp uge i64 %640, %scratch_start
  %643 = load i64, i64* %highEnd, align 8
  %644 = icmp ule i64 %641, %643
  %645 = and i1 %642, %644
  br i1 %645, label %write.ok190, label %write.low188

e14:                                              ; preds = %write.ok144
  %646 = load i32, i32* %result94, align 4
  store i32 %646, i32* %xs.2, align 4
  %647 = load i32, i32* %xs.2, align 4
  %648 = zext i32 %647 to i64
  %649 = add i64 %648, 4
  %650 = icmp ugt i64 %649, %arena_size
  br i1 %650, label %trap17.site0, label %ok147

e15:                                              ; preds = %write.ok108
  %651 = load i32, i32* %result95, align 4
  store i32 %651, i32* %item, align 4
  store double 5.000000e-01, double* %c.2, align 8
  %652 = getelementptr i64, i64* %regs, i64 1
  %653 = getelementptr i64, i64* %regs, i64 2
  %654 = load i64, i64* %652, align 8
  %655 = add i64 %654, 7
  %656 = and i64 %655, -8
  %657 = add i64 %656, 16
  %658 = load i64, i64* %653, align 8
  %659 = icmp ugt i64 %657, %658
  br i1 %659, label %trap15.site13, label %ok112

ok96:                                             ; preds = %write.ok90
  store i64 %624, i64* %619, align 8
  %660 = load i64, i64* %highEnd, align 8
  %661 = call i64 @llvm.umax.i64(i64 %660, i64 %624)
  store i64 %661, i64* %highEnd, align 8
  %662 = trunc i64 %623 to i32
  store i32 %662, i32* %obj, align 4
  %663 = load i32, i32* %obj, align 4
  %664 = zext i32 %663 to i64
  %665 = add i64 %664, 1
  %666 = icmp uge i64 %664, %scratch_start
  %667 = load i64, i64* %highEnd, align 8
  %668 = icmp ule i64 %665, %667
  %669 = and i1 %666, %668
  br i1 %669, label %write.ok99, label %write.low97

trap15.site12:                                    ; preds = %write.ok90
  %670 = load i64, i64* %lowStart, align 8
  %671 = getelementptr i64, i64* %regs, i64 6
  store i64 %670, i64* %671, align 8
  %672 = load i64, i64* %lowEnd, align 8
  %673 = getelementptr i64, i64* %regs, i64 7
  store i64 %672, i64* %673, align 8
  %674 = load i64, i64* %highEnd, align 8
  %675 = getelementptr i64, i64* %regs, i64 8
  store i64 %674, i64* %675, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

write.low97:                                      ; preds = %ok96
  %676 = load i64, i64* %lowStart, align 8
  %677 = icmp uge i64 %664, %676
  %678 = load i64, i64* %lowEnd, align 8
  %679 = icmp ule i64 %665, %678
  %680 = and i1 %677, %679
  br i1 %680, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %681 = icmp ugt i64 %665, %arena_size
  br i1 %681, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %ok96
  %682 = getelementptr i8, i8* %mem, i64 %664
  store i8 2, i8* %682, align 1
  %683 = load i32, i32* %obj, align 4
  %684 = load i64, i64* %c, align 8
  %685 = zext i32 %683 to i64
  %686 = add i64 %685, 8
  %687 = add i64 %686, 8
  %688 = icmp uge i64 %686, %scratch_start
  %689 = load i64, i64* %highEnd, align 8
  %690 = icmp ule i64 %687, %689
  %691 = and i1 %688, %690
  br i1 %691, label %write.ok103, label %write.low101

ok100:                                            ; preds = %write.slow98
  %692 = icmp ult i64 %664, %scratch_start
  %693 = load i64, i64* %lowEnd, align 8
  %694 = load i64, i64* %highEnd, align 8
  %695 = call i64 @llvm.umax.i64(i64 %693, i64 %665)
  %696 = select i1 %692, i64 %695, i64 %693
  store i64 %696, i64* %lowEnd, align 8
  %697 = call i64 @llvm.umax.i64(i64 %694, i64 %665)
  %698 = select i1 %692, i64 %694, i64 %697
  store i64 %698, i64* %highEnd, align 8
  %699 = load i64, i64* %lowStart, align 8
  %700 = call i64 @llvm.umin.i64(i64 %699, i64 %664)
  store i64 %700, i64* %lowStart, align 8
  br label %write.ok99

write.low101:                                     ; preds = %write.ok99
  %701 = load i64, i64* %lowStart, align 8
  %702 = icmp uge i64 %686, %701
  %703 = load i64, i64* %lowEnd, align 8
  %704 = icmp ule i64 %687, %703
  %705 = and i1 %702, %704
  br i1 %705, label %write.ok103, label %write.slow102

write.slow102:                                    ; preds = %write.low101
  %706 = icmp ugt i64 %687, %arena_size
  br i1 %706, label %trap17.site0, label %ok104

write.ok103:                                      ; preds = %ok104, %write.low101, %write.ok99
  %707 = getelementptr i8, i8* %mem, i64 %686
  store i64 %684, i64* %unaligned105, align 8
  %708 = bitcast i64* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %707, i8* %708, i64 8, i1 false)
  %709 = load i32, i32* %obj, align 4
  %710 = load i64, i64* %c.1, align 8
  %711 = zext i32 %709 to i64
  %712 = add i64 %711, 16
  %713 = add i64 %712, 8
  %714 = icmp uge i64 %712, %scratch_start
  %715 = load i64, i64* %highEnd, align 8
  %716 = icmp ule i64 %713, %715
  %717 = and i1 %714, %716
  br i1 %717, label %write.ok108, label %write.low106

ok104:                                            ; preds = %write.slow102
  %718 = icmp ult i64 %686, %scratch_start
  %719 = load i64, i64* %lowEnd, align 8
  %720 = load i64, i64* %highEnd, align 8
  %721 = call i64 @llvm.umax.i64(i64 %719, i64 %687)
  %722 = select i1 %718, i64 %721, i64 %719
  store i64 %722, i64* %lowEnd, align 8
  %723 = call i64 @llvm.umax.i64(i64 %720, i64 %687)
  %724 = select i1 %718, i64 %720, i64 %723
  store i64 %724, i64* %highEnd, align 8
  %725 = load i64, i64* %lowStart, align 8
  %726 = call i64 @llvm.umin.i64(i64 %725, i64 %686)
  store i64 %726, i64* %lowStart, align 8
  br label %write.ok103

write.low106:                                     ; preds = %write.ok103
  %727 = load i64, i64* %lowStart, align 8
  %728 = icmp uge i64 %712, %727
  %729 = load i64, i64* %lowEnd, align 8
  %730 = icmp ule i64 %713, %729
  %731 = and i1 %728, %730
  br i1 %731, label %write.ok108, label %write.slow107

write.slow107:                                    ; preds = %write.low106
  %732 = icmp ugt i64 %713, %arena_size
  br i1 %732, label %trap17.site0, label %ok109

write.ok108:                                      ; preds = %ok109, %write.low106, %write.ok103
  %733 = getelementptr i8, i8* %mem, i64 %712
  store i64 %710, i64* %unaligned110, align 8
  %734 = bitcast i64* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %733, i8* %734, i64 8, i1 false)
  %735 = load i32, i32* %obj, align 4
  store i32 %735, i32* %result95, align 4
  br label %e15

ok109:                                            ; preds = %write.slow107
  %736 = icmp ult i64 %712, %scratch_start
  %737 = load i64, i64* %lowEnd, align 8
  %738 = load i64, i64* %highEnd, align 8
  %739 = call i64 @llvm.umax.i64(i64 %737, i64 %713)
  %740 = select i1 %736, i64 %739, i64 %737
  store i64 %740, i64* %lowEnd, align 8
  %741 = call i64 @llvm.umax.i64(i64 %738, i64 %713)
  %742 = select i1 %736, i64 %738, i64 %741
  store i64 %742, i64* %highEnd, align 8
  %743 = load i64, i64* %lowStart, align 8
  %744 = call i64 @llvm.umin.i64(i64 %743, i64 %712)
  store i64 %744, i64* %lowStart, align 8
  br label %write.ok108

e18:                                              ; preds = %write.ok119
  %745 = load i32, i32* %result111, align 4
  store i32 %745, i32* %item.1, align 4
  store i32 10888, i32* %item.2, align 4
  store i64 16, i64* %size.2, align 8
  %746 = load i64, i64* %size.2, align 8
  %747 = icmp ugt i64 %746, 2147483647
  %748 = zext i1 %747 to i32
  %749 = icmp ne i32 %748, 0
  br i1 %749, label %then122, label %else123

ok112:                                            ; preds = %e15
  store i64 %657, i64* %652, align 8
  %750 = load i64, i64* %highEnd, align 8
  %751 = call i64 @llvm.umax.i64(i64 %750, i64 %657)
  store i64 %751, i64* %highEnd, align 8
  %752 = trunc i64 %656 to i32
  store i32 %752, i32* %obj.1, align 4
  %753 = load i32, i32* %obj.1, align 4
  %754 = zext i32 %753 to i64
  %755 = add i64 %754, 1
  %756 = icmp uge i64 %754, %scratch_start
  %757 = load i64, i64* %highEnd, align 8
  %758 = icmp ule i64 %755, %757
  %759 = and i1 %756, %758
  br i1 %759, label %write.ok115, label %write.low113

trap15.site13:                                    ; preds = %e15
  %760 = load i64, i64* %lowStart, align 8
  %761 = getelementptr i64, i64* %regs, i64 6
  store i64 %760, i64* %761, align 8
  %762 = load i64, i64* %lowEnd, align 8
  %763 = getelementptr i64, i64* %regs, i64 7
  store i64 %762, i64* %763, align 8
  %764 = load i64, i64* %highEnd, align 8
  %765 = getelementptr i64, i64* %regs, i64 8
  store i64 %764, i64* %765, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low113:                                     ; preds = %ok112
  %766 = load i64, i64* %lowStart, align 8
  %767 = icmp uge i64 %754, %766
  %768 = load i64, i64* %lowEnd, align 8
  %769 = icmp ule i64 %755, %768
  %770 = and i1 %767, %769
  br i1 %770, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %771 = icmp ugt i64 %755, %arena_size
  br i1 %771, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %ok112
  %772 = getelementptr i8, i8* %mem, i64 %754
  store i8 1, i8* %772, align 1
  %773 = load i32, i32* %obj.1, align 4
  %774 = load double, double* %c.2, align 8
  %775 = zext i32 %773 to i64
  %776 = add i64 %775, 8
  %777 = add i64 %776, 8
  %778 = icmp uge i64 %776, %scratch_start
  %779 = load i64, i64* %highEnd, align 8
  %780 = icmp ule i64 %777, %779
  %781 = and i1 %778, %780
  br i1 %781, label %write.ok119, label %write.low117

ok116:                                            ; preds = %write.slow114
  %782 = icmp ult i64 %754, %scratch_start
  %783 = load i64, i64* %lowEnd, align 8
  %784 = load i64, i64* %highEnd, align 8
  %785 = call i64 @llvm.umax.i64(i64 %783, i64 %755)
  %786 = select i1 %782, i64 %785, i64 %783
  store i64 %786, i64* %lowEnd, align 8
  %787 = call i64 @llvm.umax.i64(i64 %784, i64 %755)
  %788 = select i1 %782, i64 %784, i64 %787
  store i64 %788, i64* %highEnd, align 8
  %789 = load i64, i64* %lowStart, align 8
  %790 = call i64 @llvm.umin.i64(i64 %789, i64 %754)
  store i64 %790, i64* %lowStart, align 8
  br label %write.ok115

write.low117:                                     ; preds = %write.ok115
  %791 = load i64, i64* %lowStart, align 8
  %792 = icmp uge i64 %776, %791
  %793 = load i64, i64* %lowEnd, align 8
  %794 = icmp ule i64 %777, %793
  %795 = and i1 %792, %794
  br i1 %795, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %796 = icmp ugt i64 %777, %arena_size
  br i1 %796, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %write.ok115
  %797 = getelementptr i8, i8* %mem, i64 %776
  %798 = bitcast double %774 to i64
  %799 = and i64 %798, 9223372036854775807
  %800 = icmp ugt i64 %799, 9218868437227405312
  %801 = select i1 %800, i64 9221120237041090560, i64 %798
  store i64 %801, i64* %unaligned121, align 8
  %802 = bitcast i64* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %797, i8* %802, i64 8, i1 false)
  %803 = load i32, i32* %obj.1, align 4
  store i32 %803, i32* %result111, align 4
  br label %e18

ok120:                                            ; preds = %write.slow118
  %804 = icmp ult i64 %776, %scratch_start
  %805 = load i64, i64* %lowEnd, align 8
  %806 = load i64, i64* %highEnd, align 8
  %807 = call i64 @llvm.umax.i64(i64 %805, i64 %777)
  %808 = select i1 %804, i64 %807, i64 %805
  store i64 %808, i64* %lowEnd, align 8
  %809 = call i64 @llvm.umax.i64(i64 %806, i64 %777)
  %810 = select i1 %804, i64 %806, i64 %809
  store i64 %810, i64* %highEnd, align 8
  %811 = load i64, i64* %lowStart, align 8
  %812 = call i64 @llvm.umin.i64(i64 %811, i64 %776)
  store i64 %812, i64* %lowStart, align 8
  br label %write.ok119

then122:                                          ; preds = %e18
  br label %trap15.site11

else123:                                          ; preds = %e18
  br label %join124

join124:                                          ; preds = %else123, %dead125
  %813 = load i64, i64* %size.2, align 8
  %814 = trunc i64 %813 to i32
  %815 = zext i32 %814 to i64
  %816 = getelementptr i64, i64* %regs, i64 1
  %817 = getelementptr i64, i64* %regs, i64 2
  %818 = load i64, i64* %816, align 8
  %819 = add i64 %818, 3
  %820 = and i64 %819, -4
  %821 = add i64 %820, %815
  %822 = load i64, i64* %817, align 8
  %823 = icmp ugt i64 %821, %822
  br i1 %823, label %trap15.site11, label %ok126

trap15.site11:                                    ; preds = %join124, %then122
  %824 = load i64, i64* %lowStart, align 8
  %825 = getelementptr i64, i64* %regs, i64 6
  store i64 %824, i64* %825, align 8
  %826 = load i64, i64* %lowEnd, align 8
  %827 = getelementptr i64, i64* %regs, i64 7
  store i64 %826, i64* %827, align 8
  %828 = load i64, i64* %highEnd, align 8
  %829 = getelementptr i64, i64* %regs, i64 8
  store i64 %828, i64* %829, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead125:                                          ; No predecessors!
  br label %join124

ok126:                                            ; preds = %join124
  store i64 %821, i64* %816, align 8
  %830 = load i64, i64* %highEnd, align 8
  %831 = call i64 @llvm.umax.i64(i64 %830, i64 %821)
  store i64 %831, i64* %highEnd, align 8
  %832 = trunc i64 %820 to i32
  store i32 %832, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %833 = load i32, i32* %list.2, align 4
  %834 = add i32 %833, 4
  %835 = load i32, i32* %len.2, align 4
  %836 = mul i32 %835, 4
  %837 = add i32 %834, %836
  %838 = load i32, i32* %item, align 4
  %839 = zext i32 %837 to i64
  %840 = add i64 %839, 4
  %841 = icmp uge i64 %839, %scratch_start
  %842 = load i64, i64* %highEnd, align 8
  %843 = icmp ule i64 %840, %842
  %844 = and i1 %841, %843
  br i1 %844, label %write.ok129, label %write.low127

write.low127:                                     ; preds = %ok126
  %845 = load i64, i64* %lowStart, align 8
  %846 = icmp uge i64 %839, %845
  %847 = load i64, i64* %lowEnd, align 8
  %848 = icmp ule i64 %840, %847
  %849 = and i1 %846, %848
  br i1 %849, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %850 = icmp ugt i64 %840, %arena_size
  br i1 %850, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %ok126
  %851 = getelementptr i8, i8* %mem, i64 %839
  store i32 %838, i32* %unaligned131, align 4
  %852 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %851, i8* %852, i64 4, i1 false)
  %853 = load i32, i32* %len.2, align 4
  %854 = add i32 %853, 1
  store i32 %854, i32* %len.2, align 4
  %855 = load i32, i32* %list.2, align 4
  %856 = add i32 %855, 4
  %857 = load i32, i32* %len.2, align 4
  %858 = mul i32 %857, 4
  %859 = add i32 %856, %858
  %860 = load i32, i32* %item.1, align 4
  %861 = zext i32 %859 to i64
  %862 = add i64 %861, 4
  %863 = icmp uge i64 %861, %scratch_start
  %864 = load i64, i64* %highEnd, align 8
  %865 = icmp ule i64 %862, %864
  %866 = and i1 %863, %865
  br i1 %866, label %write.ok134, label %write.low132

ok130:                                            ; preds = %write.slow128
  %867 = icmp ult i64 %839, %scratch_start
  %868 = load i64, i64* %lowEnd, align 8
  %869 = load i64, i64* %highEnd, align 8
  %870 = call i64 @llvm.umax.i64(i64 %868, i64 %840)
  %871 = select i1 %867, i64 %870, i64 %868
  store i64 %871, i64* %lowEnd, align 8
  %872 = call i64 @llvm.umax.i64(i64 %869, i64 %840)
  %873 = select i1 %867, i64 %869, i64 %872
  store i64 %873, i64* %highEnd, align 8
  %874 = load i64, i64* %lowStart, align 8
  %875 = call i64 @llvm.umin.i64(i64 %874, i64 %839)
  store i64 %875, i64* %lowStart, align 8
  br label %write.ok129

write.low132:                                     ; preds = %write.ok129
  %876 = load i64, i64* %lowStart, align 8
  %877 = icmp uge i64 %861, %876
  %878 = load i64, i64* %lowEnd, align 8
  %879 = icmp ule i64 %862, %878
  %880 = and i1 %877, %879
  br i1 %880, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %881 = icmp ugt i64 %862, %arena_size
  br i1 %881, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %write.ok129
  %882 = getelementptr i8, i8* %mem, i64 %861
  store i32 %860, i32* %unaligned136, align 4
  %883 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %882, i8* %883, i64 4, i1 false)
  %884 = load i32, i32* %len.2, align 4
  %885 = add i32 %884, 1
  store i32 %885, i32* %len.2, align 4
  %886 = load i32, i32* %list.2, align 4
  %887 = add i32 %886, 4
  %888 = load i32, i32* %len.2, align 4
  %889 = mul i32 %888, 4
  %890 = add i32 %887, %889
  %891 = load i32, i32* %item.2, align 4
  %892 = zext i32 %890 to i64
  %893 = add i64 %892, 4
  %894 = icmp uge i64 %892, %scratch_start
  %895 = load i64, i64* %highEnd, align 8
  %896 = icmp ule i64 %893, %895
  %897 = and i1 %894, %896
  br i1 %897, label %write.ok139, label %write.low137

ok135:                                            ; preds = %write.slow133
  %898 = icmp ult i64 %861, %scratch_start
  %899 = load i64, i64* %lowEnd, align 8
  %900 = load i64, i64* %highEnd, align 8
  %901 = call i64 @llvm.umax.i64(i64 %899, i64 %862)
  %902 = select i1 %898, i64 %901, i64 %899
  store i64 %902, i64* %lowEnd, align 8
  %903 = call i64 @llvm.umax.i64(i64 %900, i64 %862)
  %904 = select i1 %898, i64 %900, i64 %903
  store i64 %904, i64* %highEnd, align 8
  %905 = load i64, i64* %lowStart, align 8
  %906 = call i64 @llvm.umin.i64(i64 %905, i64 %861)
  store i64 %906, i64* %lowStart, align 8
  br label %write.ok134

write.low137:                                     ; preds = %write.ok134
  %907 = load i64, i64* %lowStart, align 8
  %908 = icmp uge i64 %892, %907
  %909 = load i64, i64* %lowEnd, align 8
  %910 = icmp ule i64 %893, %909
  %911 = and i1 %908, %910
  br i1 %911, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %912 = icmp ugt i64 %893, %arena_size
  br i1 %912, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %write.ok134
  %913 = getelementptr i8, i8* %mem, i64 %892
  store i32 %891, i32* %unaligned141, align 4
  %914 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %913, i8* %914, i64 4, i1 false)
  %915 = load i32, i32* %len.2, align 4
  %916 = add i32 %915, 1
  store i32 %916, i32* %len.2, align 4
  %917 = load i32, i32* %list.2, align 4
  %918 = load i32, i32* %len.2, align 4
  %919 = zext i32 %917 to i64
  %920 = add i64 %919, 4
  %921 = icmp uge i64 %919, %scratch_start
  %922 = load i64, i64* %highEnd, align 8
  %923 = icmp ule i64 %920, %922
  %924 = and i1 %921, %923
  br i1 %924, label %write.ok144, label %write.low142

ok140:                                            ; preds = %write.slow138
  %925 = icmp ult i64 %892, %scratch_start
  %926 = load i64, i64* %lowEnd, align 8
  %927 = load i64, i64* %highEnd, align 8
  %928 = call i64 @llvm.umax.i64(i64 %926, i64 %893)
  %929 = select i1 %925, i64 %928, i64 %926
  store i64 %929, i64* %lowEnd, align 8
  %930 = call i64 @llvm.umax.i64(i64 %927, i64 %893)
  %931 = select i1 %925, i64 %927, i64 %930
  store i64 %931, i64* %highEnd, align 8
  %932 = load i64, i64* %lowStart, align 8
  %933 = call i64 @llvm.umin.i64(i64 %932, i64 %892)
  store i64 %933, i64* %lowStart, align 8
  br label %write.ok139

write.low142:                                     ; preds = %write.ok139
  %934 = load i64, i64* %lowStart, align 8
  %935 = icmp uge i64 %919, %934
  %936 = load i64, i64* %lowEnd, align 8
  %937 = icmp ule i64 %920, %936
  %938 = and i1 %935, %937
  br i1 %938, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %939 = icmp ugt i64 %920, %arena_size
  br i1 %939, label %trap17.site0, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %write.ok139
  %940 = getelementptr i8, i8* %mem, i64 %919
  store i32 %918, i32* %unaligned146, align 4
  %941 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %940, i8* %941, i64 4, i1 false)
  %942 = load i32, i32* %list.2, align 4
  store i32 %942, i32* %result94, align 4
  br label %e14

ok145:                                            ; preds = %write.slow143
  %943 = icmp ult i64 %919, %scratch_start
  %944 = load i64, i64* %lowEnd, align 8
  %945 = load i64, i64* %highEnd, align 8
  %946 = call i64 @llvm.umax.i64(i64 %944, i64 %920)
  %947 = select i1 %943, i64 %946, i64 %944
  store i64 %947, i64* %lowEnd, align 8
  %948 = call i64 @llvm.umax.i64(i64 %945, i64 %920)
  %949 = select i1 %943, i64 %945, i64 %948
  store i64 %949, i64* %highEnd, align 8
  %950 = load i64, i64* %lowStart, align 8
  %951 = call i64 @llvm.umin.i64(i64 %950, i64 %919)
  store i64 %951, i64* %lowStart, align 8
  br label %write.ok144

ok147:                                            ; preds = %e14
  %952 = getelementptr i8, i8* %mem, i64 %648
  %953 = bitcast i32* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %953, i8* %952, i64 4, i1 false)
  %954 = load i32, i32* %unaligned148, align 4
  %955 = zext i32 %954 to i64
  %956 = mul i64 %955, 4
  %957 = add i64 4, %956
  store i64 %957, i64* %size.3, align 8
  %958 = load i64, i64* %size.3, align 8
  %959 = icmp ugt i64 %958, 2147483647
  %960 = zext i1 %959 to i32
  %961 = icmp ne i32 %960, 0
  br i1 %961, label %then149, label %else150

then149:                                          ; preds = %ok147
  br label %trap15.site10

else150:                                          ; preds = %ok147
  br label %join151

join151:                                          ; preds = %else150, %dead152
  %962 = load i64, i64* %size.3, align 8
  %963 = trunc i64 %962 to i32
  %964 = zext i32 %963 to i64
  %965 = getelementptr i64, i64* %regs, i64 1
  %966 = getelementptr i64, i64* %regs, i64 2
  %967 = load i64, i64* %965, align 8
  %968 = add i64 %967, 3
  %969 = and i64 %968, -4
  %970 = add i64 %969, %964
  %971 = load i64, i64* %966, align 8
  %972 = icmp ugt i64 %970, %971
  br i1 %972, label %trap15.site10, label %ok153

trap15.site10:                                    ; preds = %join151, %then149
  %973 = load i64, i64* %lowStart, align 8
  %974 = getelementptr i64, i64* %regs, i64 6
  store i64 %973, i64* %974, align 8
  %975 = load i64, i64* %lowEnd, align 8
  %976 = getelementptr i64, i64* %regs, i64 7
  store i64 %975, i64* %976, align 8
  %977 = load i64, i64* %highEnd, align 8
  %978 = getelementptr i64, i64* %regs, i64 8
  store i64 %977, i64* %978, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead152:                                          ; No predecessors!
  br label %join151

ok153:                                            ; preds = %join151
  store i64 %970, i64* %965, align 8
  %979 = load i64, i64* %highEnd, align 8
  %980 = call i64 @llvm.umax.i64(i64 %979, i64 %970)
  store i64 %980, i64* %highEnd, align 8
  %981 = trunc i64 %969 to i32
  store i32 %981, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %982 = load i32, i32* %xs.2, align 4
  %983 = zext i32 %982 to i64
  %984 = add i64 %983, 4
  %985 = icmp ugt i64 %984, %arena_size
  br i1 %985, label %trap17.site0, label %ok154

ok154:                                            ; preds = %ok153
  %986 = getelementptr i8, i8* %mem, i64 %983
  %987 = bitcast i32* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %987, i8* %986, i64 4, i1 false)
  %988 = load i32, i32* %unaligned155, align 4
  store i32 %988, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each22

block21:                                          ; preds = %dead182, %ok156
  %989 = load i32, i32* %list.3, align 4
  %990 = load i32, i32* %len.3, align 4
  %991 = zext i32 %989 to i64
  %992 = add i64 %991, 4
  %993 = icmp uge i64 %991, %scratch_start
  %994 = load i64, i64* %highEnd, align 8
  %995 = icmp ule i64 %992, %994
  %996 = and i1 %993, %995
  br i1 %996, label %write.ok185, label %write.low183

each22:                                           ; preds = %join176, %ok154
  %997 = load i64, i64* %fuel, align 8
  %998 = icmp ult i64 %997, 1
  br i1 %998, label %trap14.site0, label %ok156

ok156:                                            ; preds = %each22
  %999 = sub i64 %997, 1
  store i64 %999, i64* %fuel, align 8
  %1000 = load i32, i32* %k.2, align 4
  %1001 = load i32, i32* %n.2, align 4
  %1002 = icmp uge i32 %1000, %1001
  %1003 = zext i1 %1002 to i32
  %1004 = icmp ne i32 %1003, 0
  br i1 %1004, label %block21, label %cont157

cont157:                                          ; preds = %ok156
  %1005 = load i32, i32* %xs.2, align 4
  %1006 = load i32, i32* %k.2, align 4
  %1007 = mul i32 %1006, 4
  %1008 = add i32 %1005, %1007
  %1009 = zext i32 %1008 to i64
  %1010 = add i64 %1009, 4
  %1011 = add i64 %1010, 4
  %1012 = icmp ugt i64 %1011, %arena_size
  br i1 %1012, label %trap17.site0, label %ok158

ok158:                                            ; preds = %cont157
  %1013 = getelementptr i8, i8* %mem, i64 %1010
  %1014 = bitcast i32* %unaligned159 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1014, i8* %1013, i64 4, i1 false)
  %1015 = load i32, i32* %unaligned159, align 4
  store i32 %1015, i32* %x.2, align 4
  %1016 = load i32, i32* %x.2, align 4
  store i32 %1016, i32* %s.2, align 4
  %1017 = load i32, i32* %shapes, align 4
  store i32 %1017, i32* %xs.3, align 4
  %1018 = load i32, i32* %s.2, align 4
  store i32 %1018, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %1019 = load i32, i32* %xs.3, align 4
  %1020 = zext i32 %1019 to i64
  %1021 = add i64 %1020, 4
  %1022 = icmp ugt i64 %1021, %arena_size
  br i1 %1022, label %trap17.site0, label %ok161

e24:                                              ; preds = %block27
  %1023 = load i32, i32* %result160, align 4
  %1024 = icmp eq i32 %1023, 0
  %1025 = zext i1 %1024 to i32
  %1026 = icmp ne i32 %1025, 0
  br i1 %1026, label %then174, label %else175

ok161:                                            ; preds = %ok158
  %1027 = getelementptr i8, i8* %mem, i64 %1020
  %1028 = bitcast i32* %unaligned162 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1028, i8* %1027, i64 4, i1 false)
  %1029 = load i32, i32* %unaligned162, align 4
  store i32 %1029, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each28

block27:                                          ; preds = %dead173, %then169, %ok163
  %1030 = load i32, i32* %found, align 4
  store i32 %1030, i32* %result160, align 4
  br label %e24

each28:                                           ; preds = %join171, %ok161
  %1031 = load i64, i64* %fuel, align 8
  %1032 = icmp ult i64 %1031, 1
  br i1 %1032, label %trap14.site0, label %ok163

ok163:                                            ; preds = %each28
  %1033 = sub i64 %1031, 1
  store i64 %1033, i64* %fuel, align 8
  %1034 = load i32, i32* %k.3, align 4
  %1035 = load i32, i32* %n.3, align 4
  %1036 = icmp uge i32 %1034, %1035
  %1037 = zext i1 %1036 to i32
  %1038 = icmp ne i32 %1037, 0
  br i1 %1038, label %block27, label %cont164

cont164:                                          ; preds = %ok163
  %1039 = load i32, i32* %xs.3, align 4
  %1040 = load i32, i32* %k.3, align 4
  %1041 = mul i32 %1040, 4
  %1042 = add i32 %1039, %1041
  %1043 = zext i32 %1042 to i64
  %1044 = add i64 %1043, 4
  %1045 = add i64 %1044, 4
  %1046 = icmp ugt i64 %1045, %arena_size
  br i1 %1046, label %trap17.site0, label %ok165

ok165:                                            ; preds = %cont164
  %1047 = getelementptr i8, i8* %mem, i64 %1044
  %1048 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1048, i8* %1047, i64 4, i1 false)
  %1049 = load i32, i32* %unaligned166, align 4
  store i32 %1049, i32* %x.3, align 4
  %1050 = load i32, i32* %x.3, align 4
  store i32 %1050, i32* %x.4, align 4
  %1051 = load i32, i32* %x.4, align 4
  %1052 = load i32, i32* %needle, align 4
  %1053 = icmp uge i32 %depth, 1000
  br i1 %1053, label %trap15.site0, label %ok167

ok167:                                            ; preds = %ok165
  %1054 = icmp ult i64 %10, %stack_limit
  br i1 %1054, label %trap253.site0, label %stack_ok168

trap15.site0:                                     ; preds = %then199, %e0, %ok165
  %1055 = load i64, i64* %lowStart, align 8
  %1056 = getelementptr i64, i64* %regs, i64 6
  store i64 %1055, i64* %1056, align 8
  %1057 = load i64, i64* %lowEnd, align 8
  %1058 = getelementptr i64, i64* %regs, i64 7
  store i64 %1057, i64* %1058, align 8
  %1059 = load i64, i64* %highEnd, align 8
  %1060 = getelementptr i64, i64* %regs, i64 8
  store i64 %1059, i64* %1060, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok168:                                      ; preds = %ok167
  %1061 = load i64, i64* %fuel, align 8
  %1062 = getelementptr i64, i64* %regs, i64 0
  store i64 %1061, i64* %1062, align 8
  %1063 = load i64, i64* %lowStart, align 8
  %1064 = getelementptr i64, i64* %regs, i64 6
  store i64 %1063, i64* %1064, align 8
  %1065 = load i64, i64* %lowEnd, align 8
  %1066 = getelementptr i64, i64* %regs, i64 7
  store i64 %1065, i64* %1066, align 8
  %1067 = load i64, i64* %highEnd, align 8
  %1068 = getelementptr i64, i64* %regs, i64 8
  store i64 %1067, i64* %1068, align 8
  %1069 = add i32 %depth, 1
  %1070 = call i32 @m0.eq.Shape(i64* %regs, i8* %mem, i32 %1069, i32 %1051, i32 %1052)
  %1071 = getelementptr i64, i64* %regs, i64 0
  %1072 = load i64, i64* %1071, align 8
  store i64 %1072, i64* %fuel, align 8
  %1073 = getelementptr i64, i64* %regs, i64 6
  %1074 = load i64, i64* %1073, align 8
  store i64 %1074, i64* %lowStart, align 8
  %1075 = getelementptr i64, i64* %regs, i64 7
  %1076 = load i64, i64* %1075, align 8
  store i64 %1076, i64* %lowEnd, align 8
  %1077 = getelementptr i64, i64* %regs, i64 8
  %1078 = load i64, i64* %1077, align 8
  store i64 %1078, i64* %highEnd, align 8
  %1079 = icmp ne i32 %1070, 0
  br i1 %1079, label %then169, label %else170

then169:                                          ; preds = %stack_ok168
  store i32 1, i32* %found, align 4
  br label %block27

else170:                                          ; preds = %stack_ok168
  br label %join171

join171:                                          ; preds = %else170, %dead172
  %1080 = load i32, i32* %k.3, align 4
  %1081 = add i32 %1080, 1
  store i32 %1081, i32* %k.3, align 4
  br label %each28

dead172:                                          ; No predecessors!
  br label %join171

dead173:                                          ; No predecessors!
  br label %block27

then174:                                          ; preds = %e24
  %1082 = load i32, i32* %list.3, align 4
  %1083 = load i32, i32* %len.3, align 4
  %1084 = mul i32 %1083, 4
  %1085 = add i32 %1082, %1084
  %1086 = load i32, i32* %x.2, align 4
  %1087 = zext i32 %1085 to i64
  %1088 = add i64 %1087, 4
  %1089 = add i64 %1088, 4
  %1090 = icmp uge i64 %1088, %scratch_start
  %1091 = load i64, i64* %highEnd, align 8
  %1092 = icmp ule i64 %1089, %1091
  %1093 = and i1 %1090, %1092
  br i1 %1093, label %write.ok179, label %write.low177

else175:                                          ; preds = %e24
  br label %join176

join176:                                          ; preds = %else175, %write.ok179
  %1094 = load i32, i32* %k.2, align 4
  %1095 = add i32 %1094, 1
  store i32 %1095, i32* %k.2, align 4
  br label %each22

write.low177:                                     ; preds = %then174
  %1096 = load i64, i64* %lowStart, align 8
  %1097 = icmp uge i64 %1088, %1096
  %1098 = load i64, i64* %lowEnd, align 8
  %1099 = icmp ule i64 %1089, %1098
  %1100 = and i1 %1097, %1099
  br i1 %1100, label %write.ok179, label %write.slow178

write.slow178:                                    ; preds = %write.low177
  %1101 = icmp ugt i64 %1089, %arena_size
  br i1 %1101, label %trap17.site0, label %ok180

write.ok179:                                      ; preds = %ok180, %write.low177, %then174
  %1102 = getelementptr i8, i8* %mem, i64 %1088
  store i32 %1086, i32* %unaligned181, align 4
  %1103 = bitcast i32* %unaligned181 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1102, i8* %1103, i64 4, i1 false)
  %1104 = load i32, i32* %len.3, align 4
  %1105 = add i32 %1104, 1
  store i32 %1105, i32* %len.3, align 4
  br label %join176

ok180:                                            ; preds = %write.slow178
  %1106 = icmp ult i64 %1088, %scratch_start
  %1107 = load i64, i64* %lowEnd, align 8
  %1108 = load i64, i64* %highEnd, align 8
  %1109 = call i64 @llvm.umax.i64(i64 %1107, i64 %1089)
  %1110 = select i1 %1106, i64 %1109, i64 %1107
  store i64 %1110, i64* %lowEnd, align 8
  %1111 = call i64 @llvm.umax.i64(i64 %1108, i64 %1089)
  %1112 = select i1 %1106, i64 %1108, i64 %1111
  store i64 %1112, i64* %highEnd, align 8
  %1113 = load i64, i64* %lowStart, align 8
  %1114 = call i64 @llvm.umin.i64(i64 %1113, i64 %1088)
  store i64 %1114, i64* %lowStart, align 8
  br label %write.ok179

dead182:                                          ; No predecessors!
  br label %block21

write.low183:                                     ; preds = %block21
  %1115 = load i64, i64* %lowStart, align 8
  %1116 = icmp uge i64 %991, %1115
  %1117 = load i64, i64* %lowEnd, align 8
  %1118 = icmp ule i64 %992, %1117
  %1119 = and i1 %1116, %1118
  br i1 %1119, label %write.ok185, label %write.slow184

write.slow184:                                    ; preds = %write.low183
  %1120 = icmp ugt i64 %992, %arena_size
  br i1 %1120, label %trap17.site0, label %ok186

write.ok185:                                      ; preds = %ok186, %write.low183, %block21
  %1121 = getelementptr i8, i8* %mem, i64 %991
  store i32 %990, i32* %unaligned187, align 4
  %1122 = bitcast i32* %unaligned187 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1121, i8* %1122, i64 4, i1 false)
  %1123 = load i32, i32* %list.3, align 4
  store i32 %1123, i32* %result93, align 4
  br label %e13

ok186:                                            ; preds = %write.slow184
  %1124 = icmp ult i64 %991, %scratch_start
  %1125 = load i64, i64* %lowEnd, align 8
  %1126 = load i64, i64* %highEnd, align 8
  %1127 = call i64 @llvm.umax.i64(i64 %1125, i64 %992)
  %1128 = select i1 %1124, i64 %1127, i64 %1125
  store i64 %1128, i64* %lowEnd, align 8
  %1129 = call i64 @llvm.umax.i64(i64 %1126, i64 %992)
  %1130 = select i1 %1124, i64 %1126, i64 %1129
  store i64 %1130, i64* %highEnd, align 8
  %1131 = load i64, i64* %lowStart, align 8
  %1132 = call i64 @llvm.umin.i64(i64 %1131, i64 %991)
  store i64 %1132, i64* %lowStart, align 8
  br label %write.ok185

write.low188:                                     ; preds = %e13
  %1133 = load i64, i64* %lowStart, align 8
  %1134 = icmp uge i64 %640, %1133
  %1135 = load i64, i64* %lowEnd, align 8
  %1136 = icmp ule i64 %641, %1135
  %1137 = and i1 %1134, %1136
  br i1 %1137, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1138 = icmp ugt i64 %641, %arena_size
  br i1 %1138, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e13
  %1139 = getelementptr i8, i8* %mem, i64 %640
  store i32 %638, i32* %unaligned192, align 4
  %1140 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1139, i8* %1140, i64 4, i1 false)
  %1141 = load i32, i32* %dict, align 4
  store i32 %1141, i32* %result3, align 4
  br label %e0

ok191:                                            ; preds = %write.slow189
  %1142 = icmp ult i64 %640, %scratch_start
  %1143 = load i64, i64* %lowEnd, align 8
  %1144 = load i64, i64* %highEnd, align 8
  %1145 = call i64 @llvm.umax.i64(i64 %1143, i64 %641)
  %1146 = select i1 %1142, i64 %1145, i64 %1143
  store i64 %1146, i64* %lowEnd, align 8
  %1147 = call i64 @llvm.umax.i64(i64 %1144, i64 %641)
  %1148 = select i1 %1142, i64 %1144, i64 %1147
  store i64 %1148, i64* %highEnd, align 8
  %1149 = load i64, i64* %lowStart, align 8
  %1150 = call i64 @llvm.umin.i64(i64 %1149, i64 %640)
  store i64 %1150, i64* %lowStart, align 8
  br label %write.ok190

ok193:                                            ; preds = %e0
  %1151 = icmp ult i64 %10, %stack_limit
  br i1 %1151, label %trap253.site0, label %stack_ok194

stack_ok194:                                      ; preds = %ok193
  %1152 = load i64, i64* %fuel, align 8
  %1153 = getelementptr i64, i64* %regs, i64 0
  store i64 %1152, i64* %1153, align 8
  %1154 = load i64, i64* %lowStart, align 8
  %1155 = getelementptr i64, i64* %regs, i64 6
  store i64 %1154, i64* %1155, align 8
  %1156 = load i64, i64* %lowEnd, align 8
  %1157 = getelementptr i64, i64* %regs, i64 7
  store i64 %1156, i64* %1157, align 8
  %1158 = load i64, i64* %highEnd, align 8
  %1159 = getelementptr i64, i64* %regs, i64 8
  store i64 %1158, i64* %1159, align 8
  %1160 = add i32 %depth, 1
  %1161 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1160, i32 %81, i32 %82, i32 0)
  %1162 = getelementptr i64, i64* %regs, i64 0
  %1163 = load i64, i64* %1162, align 8
  store i64 %1163, i64* %fuel, align 8
  %1164 = getelementptr i64, i64* %regs, i64 6
  %1165 = load i64, i64* %1164, align 8
  store i64 %1165, i64* %lowStart, align 8
  %1166 = getelementptr i64, i64* %regs, i64 7
  %1167 = load i64, i64* %1166, align 8
  store i64 %1167, i64* %lowEnd, align 8
  %1168 = getelementptr i64, i64* %regs, i64 8
  %1169 = load i64, i64* %1168, align 8
  store i64 %1169, i64* %highEnd, align 8
  store i32 %1161, i32* %json_end, align 4
  %1170 = load i32, i32* %json_end, align 4
  %1171 = icmp eq i32 %1170, -2
  %1172 = zext i1 %1171 to i32
  %1173 = icmp ne i32 %1172, 0
  br i1 %1173, label %then195, label %else196

then195:                                          ; preds = %stack_ok194
  br label %trap16.site3

else196:                                          ; preds = %stack_ok194
  br label %join197

join197:                                          ; preds = %else196, %dead198
  %1174 = load i32, i32* %json_end, align 4
  %1175 = icmp eq i32 %1174, -1
  %1176 = zext i1 %1175 to i32
  %1177 = icmp ne i32 %1176, 0
  br i1 %1177, label %then199, label %else200

trap16.site3:                                     ; preds = %then204, %then195
  %1178 = load i64, i64* %lowStart, align 8
  %1179 = getelementptr i64, i64* %regs, i64 6
  store i64 %1178, i64* %1179, align 8
  %1180 = load i64, i64* %lowEnd, align 8
  %1181 = getelementptr i64, i64* %regs, i64 7
  store i64 %1180, i64* %1181, align 8
  %1182 = load i64, i64* %highEnd, align 8
  %1183 = getelementptr i64, i64* %regs, i64 8
  store i64 %1182, i64* %1183, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead198:                                          ; No predecessors!
  br label %join197

then199:                                          ; preds = %join197
  %1184 = load i32, i32* %result.1, align 4
  %1185 = icmp uge i32 %depth, 1000
  br i1 %1185, label %trap15.site0, label %ok202

else200:                                          ; preds = %join197
  br label %join201

join201:                                          ; preds = %else200, %dead208
  %1186 = load i32, i32* %json_end, align 4
  %1187 = zext i32 %1186 to i64
  %1188 = getelementptr i64, i64* %regs, i64 3
  store i64 %1187, i64* %1188, align 8
  %1189 = load i32, i32* %json_end, align 4
  %1190 = load i32, i32* %json_start, align 4
  %1191 = sub i32 %1189, %1190
  %1192 = load i64, i64* %fuel, align 8
  %1193 = getelementptr i64, i64* %regs, i64 0
  store i64 %1192, i64* %1193, align 8
  %1194 = load i64, i64* %lowStart, align 8
  %1195 = getelementptr i64, i64* %regs, i64 6
  store i64 %1194, i64* %1195, align 8
  %1196 = load i64, i64* %lowEnd, align 8
  %1197 = getelementptr i64, i64* %regs, i64 7
  store i64 %1196, i64* %1197, align 8
  %1198 = load i64, i64* %highEnd, align 8
  %1199 = getelementptr i64, i64* %regs, i64 8
  store i64 %1198, i64* %1199, align 8
  ret i32 %1191

ok202:                                            ; preds = %then199
  %1200 = icmp ult i64 %10, %stack_limit
  br i1 %1200, label %trap253.site0, label %stack_ok203

stack_ok203:                                      ; preds = %ok202
  %1201 = load i64, i64* %fuel, align 8
  %1202 = getelementptr i64, i64* %regs, i64 0
  store i64 %1201, i64* %1202, align 8
  %1203 = load i64, i64* %lowStart, align 8
  %1204 = getelementptr i64, i64* %regs, i64 6
  store i64 %1203, i64* %1204, align 8
  %1205 = load i64, i64* %lowEnd, align 8
  %1206 = getelementptr i64, i64* %regs, i64 7
  store i64 %1205, i64* %1206, align 8
  %1207 = load i64, i64* %highEnd, align 8
  %1208 = getelementptr i64, i64* %regs, i64 8
  store i64 %1207, i64* %1208, align 8
  %1209 = add i32 %depth, 1
  %1210 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1209, i32 %1184)
  %1211 = getelementptr i64, i64* %regs, i64 0
  %1212 = load i64, i64* %1211, align 8
  store i64 %1212, i64* %fuel, align 8
  %1213 = getelementptr i64, i64* %regs, i64 6
  %1214 = load i64, i64* %1213, align 8
  store i64 %1214, i64* %lowStart, align 8
  %1215 = getelementptr i64, i64* %regs, i64 7
  %1216 = load i64, i64* %1215, align 8
  store i64 %1216, i64* %lowEnd, align 8
  %1217 = getelementptr i64, i64* %regs, i64 8
  %1218 = load i64, i64* %1217, align 8
  store i64 %1218, i64* %highEnd, align 8
  %1219 = icmp ne i32 %1210, 0
  br i1 %1219, label %then204, label %else205

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
