; From libs/driver/testdata/emit-golden/enum-match.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/enum-match.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (60):
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
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.ctlz.i64
;   declare @llvm.fabs.f64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 5 function(s):

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
  %263 = icmp eq i32 %262, 1885431923
  %264 = zext i1 %263 to i32
  %265 = load i32, i32* %args_kp, align 4
  %266 = zext i32 %265 to i64
  %267 = sub i64 %arena_size, 6
  %268 = icmp sgt i64 %266, %267
  br i1 %268, label %trap17.site0, label %ok34

ok34:                                             ; preds = %ok33
  %269 = add i64 %266, 4
  %270 = getelementptr i8, i8* %mem, i64 %269
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
  %290 = sub i64 %arena_size, 1
  %291 = icmp sgt i64 %289, %290
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
  %314 = sub i64 %arena_size, 1
  %315 = icmp sgt i64 %313, %314
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
  %404 = sub i64 %arena_size, 1
  %405 = icmp sgt i64 %403, %404
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
  %416 = sub i64 %arena_size, 1
  %417 = icmp sgt i64 %415, %416
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
  %448 = sub i64 %arena_size, 1
  %449 = icmp sgt i64 %447, %448
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
  %473 = sub i64 %arena_size, 4
  %474 = icmp sgt i64 %472, %473
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
  %511 = call i1 @llvm.expect.i1(i1 %510, i1 true)
  br i1 %511, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join88
  %512 = load i64, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  store i64 %516, i64* %517, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok90
  %518 = load i64, i64* %lowStart, align 8
  %519 = icmp uge i64 %505, %518
  %520 = load i64, i64* %lowEnd, align 8
  %521 = icmp ule i64 %506, %520
  %522 = and i1 %519, %521
  %523 = call i1 @llvm.expect.i1(i1 %522, i1 true)
  br i1 %523, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %524 = icmp ugt i64 %506, %arena_size
  br i1 %524, label %trap17.site0, label %ok91

write.ok:                                         ; preds = %ok91, %write.low, %ok90
  %525 = getelementptr i8, i8* %mem, i64 %505
  store i32 %504, i32* %unaligned92, align 4
  %526 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %525, i8* %526, i64 4, i1 false)
  %527 = load i32, i32* %args_out, align 4
  %528 = load i64, i64* %fuel, align 8
  %529 = getelementptr i64, i64* %regs, i64 0
  store i64 %528, i64* %529, align 8
  %530 = load i64, i64* %lowStart, align 8
  %531 = getelementptr i64, i64* %regs, i64 6
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %lowEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 7
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 8
  store i64 %534, i64* %535, align 8
  ret i32 %527

ok91:                                             ; preds = %write.slow
  %536 = icmp ult i64 %505, %scratch_start
  %537 = load i64, i64* %lowStart, align 8
  %538 = call i64 @llvm.umin.i64(i64 %537, i64 %505)
  %539 = load i64, i64* %lowEnd, align 8
  %540 = load i64, i64* %highEnd, align 8
  %541 = add i64 %506, 64
  %542 = sub i64 %506, %538
  %543 = lshr i64 %542, 4
  %544 = add i64 %541, %543
  %545 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %544)
  %546 = call i64 @llvm.umax.i64(i64 %539, i64 %545)
  %547 = select i1 %536, i64 %546, i64 %539
  store i64 %547, i64* %lowEnd, align 8
  %548 = add i64 %506, 64
  %549 = sub i64 %506, %scratch_start
  %550 = lshr i64 %549, 4
  %551 = add i64 %548, %550
  %552 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %551)
  %553 = call i64 @llvm.umax.i64(i64 %540, i64 %552)
  %554 = select i1 %536, i64 %540, i64 %553
  store i64 %554, i64* %highEnd, align 8
  store i64 %538, i64* %lowStart, align 8
  br label %write.ok
}

define internal i32 @m0.eq.Shape(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
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
  %15 = sub i64 %arena_size, 1
  %16 = icmp sgt i64 %14, %15
  br i1 %16, label %trap17.site0, label %ok1

dead:                                             ; No predecessors!
  br label %join

ok1:                                              ; preds = %join
  %17 = getelementptr i8, i8* %mem, i64 %14
  %18 = load i8, i8* %17, align 1
  %19 = zext i8 %18 to i32
  %20 = load i32, i32* %b, align 4
  %21 = zext i32 %20 to i64
  %22 = sub i64 %arena_size, 1
  %23 = icmp sgt i64 %21, %22
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
  %34 = sub i64 %arena_size, 1
  %35 = icmp sgt i64 %33, %34
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
  %44 = sub i64 %arena_size, 16
  %45 = icmp sgt i64 %43, %44
  br i1 %45, label %trap17.site0, label %ok11

else9:                                            ; preds = %ok7
  br label %join10

join10:                                           ; preds = %else9, %join24
  %46 = load i32, i32* %a, align 4
  %47 = zext i32 %46 to i64
  %48 = sub i64 %arena_size, 1
  %49 = icmp sgt i64 %47, %48
  br i1 %49, label %trap17.site0, label %ok26

ok11:                                             ; preds = %then8
  %50 = add i64 %43, 8
  %51 = getelementptr i8, i8* %mem, i64 %50
  %52 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %52, i8* %51, i64 8, i1 false)
  %53 = load i64, i64* %unaligned, align 8
  %54 = bitcast i64 %53 to double
  %55 = load i32, i32* %b, align 4
  %56 = zext i32 %55 to i64
  %57 = sub i64 %arena_size, 16
  %58 = icmp sgt i64 %56, %57
  br i1 %58, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok11
  %59 = add i64 %56, 8
  %60 = getelementptr i8, i8* %mem, i64 %59
  %61 = bitcast i64* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %61, i8* %60, i64 8, i1 false)
  %62 = load i64, i64* %unaligned13, align 8
  %63 = bitcast i64 %62 to double
  %64 = fcmp oeq double %54, %63
  %65 = zext i1 %64 to i32
  %66 = load i32, i32* %a, align 4
  %67 = zext i32 %66 to i64
  %68 = sub i64 %arena_size, 16
  %69 = icmp sgt i64 %67, %68
  br i1 %69, label %trap17.site0, label %ok14

ok14:                                             ; preds = %ok12
  %70 = add i64 %67, 8
  %71 = getelementptr i8, i8* %mem, i64 %70
  %72 = bitcast i64* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %72, i8* %71, i64 8, i1 false)
  %73 = load i64, i64* %unaligned15, align 8
  %74 = bitcast i64 %73 to double
  %75 = load i32, i32* %a, align 4
  %76 = zext i32 %75 to i64
  %77 = sub i64 %arena_size, 16
  %78 = icmp sgt i64 %76, %77
  br i1 %78, label %trap17.site0, label %ok16

ok16:                                             ; preds = %ok14
  %79 = add i64 %76, 8
  %80 = getelementptr i8, i8* %mem, i64 %79
  %81 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %81, i8* %80, i64 8, i1 false)
  %82 = load i64, i64* %unaligned17, align 8
  %83 = bitcast i64 %82 to double
  %84 = fcmp une double %74, %83
  %85 = zext i1 %84 to i32
  %86 = load i32, i32* %b, align 4
  %87 = zext i32 %86 to i64
  %88 = sub i64 %arena_size, 16
  %89 = icmp sgt i64 %87, %88
  br i1 %89, label %trap17.site0, label %ok18

ok18:                                             ; preds = %ok16
  %90 = add i64 %87, 8
  %91 = getelementptr i8, i8* %mem, i64 %90
  %92 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %92, i8* %91, i64 8, i1 false)
  %93 = load i64, i64* %unaligned19, align 8
  %94 = bitcast i64 %93 to double
  %95 = load i32, i32* %b, align 4
  %96 = zext i32 %95 to i64
  %97 = sub i64 %arena_size, 16
  %98 = icmp sgt i64 %96, %97
  br i1 %98, label %trap17.site0, label %ok20

ok20:                                             ; preds = %ok18
  %99 = add i64 %96, 8
  %100 = getelementptr i8, i8* %mem, i64 %99
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
  %113 = getelementptr i8, i8* %mem, i64 %47
  %114 = load i8, i8* %113, align 1
  %115 = zext i8 %114 to i32
  %116 = icmp eq i32 %115, 2
  %117 = zext i1 %116 to i32
  %118 = icmp ne i32 %117, 0
  br i1 %118, label %then27, label %else28

then27:                                           ; preds = %ok26
  %119 = load i32, i32* %a, align 4
  %120 = zext i32 %119 to i64
  %121 = sub i64 %arena_size, 16
  %122 = icmp sgt i64 %120, %121
  br i1 %122, label %trap17.site0, label %ok30

else28:                                           ; preds = %ok26
  br label %join29

join29:                                           ; preds = %else28, %join44
  %123 = load i64, i64* %fuel, align 8
  %124 = getelementptr i64, i64* %regs, i64 0
  store i64 %123, i64* %124, align 8
  ret i32 1

ok30:                                             ; preds = %then27
  %125 = add i64 %120, 8
  %126 = getelementptr i8, i8* %mem, i64 %125
  %127 = bitcast i64* %unaligned31 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %127, i8* %126, i64 8, i1 false)
  %128 = load i64, i64* %unaligned31, align 8
  %129 = load i32, i32* %b, align 4
  %130 = zext i32 %129 to i64
  %131 = sub i64 %arena_size, 16
  %132 = icmp sgt i64 %130, %131
  br i1 %132, label %trap17.site0, label %ok32

ok32:                                             ; preds = %ok30
  %133 = add i64 %130, 8
  %134 = getelementptr i8, i8* %mem, i64 %133
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
  %146 = sub i64 %arena_size, 24
  %147 = icmp sgt i64 %145, %146
  br i1 %147, label %trap17.site0, label %ok38

dead37:                                           ; No predecessors!
  br label %join36

ok38:                                             ; preds = %join36
  %148 = add i64 %145, 16
  %149 = getelementptr i8, i8* %mem, i64 %148
  %150 = bitcast i64* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %150, i8* %149, i64 8, i1 false)
  %151 = load i64, i64* %unaligned39, align 8
  %152 = load i32, i32* %b, align 4
  %153 = zext i32 %152 to i64
  %154 = sub i64 %arena_size, 24
  %155 = icmp sgt i64 %153, %154
  br i1 %155, label %trap17.site0, label %ok40

ok40:                                             ; preds = %ok38
  %156 = add i64 %153, 16
  %157 = getelementptr i8, i8* %mem, i64 %156
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
  %51 = sub i64 %arena_size, 4
  %52 = icmp sgt i64 %50, %51
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
  %201 = getelementptr i64, i64* %regs, i64 1
  %202 = getelementptr i64, i64* %regs, i64 2
  %203 = load i64, i64* %201, align 8
  %204 = add i64 %203, 3
  %205 = and i64 %204, -4
  %206 = add i64 %205, 8
  %207 = load i64, i64* %202, align 8
  %208 = icmp ugt i64 %206, %207
  br i1 %208, label %trap15.site5, label %ok18

ok16:                                             ; preds = %write.slow14
  %209 = icmp ult i64 %166, %scratch_start
  %210 = load i64, i64* %lowStart, align 8
  %211 = call i64 @llvm.umin.i64(i64 %210, i64 %166)
  %212 = load i64, i64* %lowEnd, align 8
  %213 = load i64, i64* %highEnd, align 8
  %214 = add i64 %167, 64
  %215 = sub i64 %167, %211
  %216 = lshr i64 %215, 4
  %217 = add i64 %214, %216
  %218 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %217)
  %219 = call i64 @llvm.umax.i64(i64 %212, i64 %218)
  %220 = select i1 %209, i64 %219, i64 %212
  store i64 %220, i64* %lowEnd, align 8
  %221 = add i64 %167, 64
  %222 = sub i64 %167, %scratch_start
  %223 = lshr i64 %222, 4
  %224 = add i64 %221, %223
  %225 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %224)
  %226 = call i64 @llvm.umax.i64(i64 %213, i64 %225)
  %227 = select i1 %209, i64 %213, i64 %226
  store i64 %227, i64* %highEnd, align 8
  store i64 %211, i64* %lowStart, align 8
  br label %write.ok15

ok18:                                             ; preds = %write.ok15
  store i64 %206, i64* %201, align 8
  %228 = load i64, i64* %highEnd, align 8
  %229 = call i64 @llvm.umax.i64(i64 %228, i64 %206)
  store i64 %229, i64* %highEnd, align 8
  %230 = trunc i64 %205 to i32
  store i32 %230, i32* %closure.1, align 4
  %231 = load i32, i32* %closure.1, align 4
  %232 = zext i32 %231 to i64
  %233 = add i64 %232, 4
  %234 = icmp uge i64 %232, %scratch_start
  %235 = load i64, i64* %highEnd, align 8
  %236 = icmp ule i64 %233, %235
  %237 = and i1 %234, %236
  %238 = call i1 @llvm.expect.i1(i1 %237, i1 true)
  br i1 %238, label %write.ok21, label %write.low19

trap15.site5:                                     ; preds = %write.ok15
  %239 = load i64, i64* %lowStart, align 8
  %240 = getelementptr i64, i64* %regs, i64 6
  store i64 %239, i64* %240, align 8
  %241 = load i64, i64* %lowEnd, align 8
  %242 = getelementptr i64, i64* %regs, i64 7
  store i64 %241, i64* %242, align 8
  %243 = load i64, i64* %highEnd, align 8
  %244 = getelementptr i64, i64* %regs, i64 8
  store i64 %243, i64* %244, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low19:                                      ; preds = %ok18
  %245 = load i64, i64* %lowStart, align 8
  %246 = icmp uge i64 %232, %245
  %247 = load i64, i64* %lowEnd, align 8
  %248 = icmp ule i64 %233, %247
  %249 = and i1 %246, %248
  %250 = call i1 @llvm.expect.i1(i1 %249, i1 true)
  br i1 %250, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %251 = icmp ugt i64 %233, %arena_size
  br i1 %251, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %252 = getelementptr i8, i8* %mem, i64 %232
  store i32 1, i32* %unaligned23, align 4
  %253 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %252, i8* %253, i64 4, i1 false)
  %254 = load i32, i32* %closure.1, align 4
  %255 = zext i32 %254 to i64
  %256 = add i64 %255, 4
  %257 = add i64 %256, 4
  %258 = icmp uge i64 %256, %scratch_start
  %259 = load i64, i64* %highEnd, align 8
  %260 = icmp ule i64 %257, %259
  %261 = and i1 %258, %260
  %262 = call i1 @llvm.expect.i1(i1 %261, i1 true)
  br i1 %262, label %write.ok26, label %write.low24

ok22:                                             ; preds = %write.slow20
  %263 = icmp ult i64 %232, %scratch_start
  %264 = load i64, i64* %lowStart, align 8
  %265 = call i64 @llvm.umin.i64(i64 %264, i64 %232)
  %266 = load i64, i64* %lowEnd, align 8
  %267 = load i64, i64* %highEnd, align 8
  %268 = add i64 %233, 64
  %269 = sub i64 %233, %265
  %270 = lshr i64 %269, 4
  %271 = add i64 %268, %270
  %272 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %271)
  %273 = call i64 @llvm.umax.i64(i64 %266, i64 %272)
  %274 = select i1 %263, i64 %273, i64 %266
  store i64 %274, i64* %lowEnd, align 8
  %275 = add i64 %233, 64
  %276 = sub i64 %233, %scratch_start
  %277 = lshr i64 %276, 4
  %278 = add i64 %275, %277
  %279 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %278)
  %280 = call i64 @llvm.umax.i64(i64 %267, i64 %279)
  %281 = select i1 %263, i64 %267, i64 %280
  store i64 %281, i64* %highEnd, align 8
  store i64 %265, i64* %lowStart, align 8
  br label %write.ok21

write.low24:                                      ; preds = %write.ok21
  %282 = load i64, i64* %lowStart, align 8
  %283 = icmp uge i64 %256, %282
  %284 = load i64, i64* %lowEnd, align 8
  %285 = icmp ule i64 %257, %284
  %286 = and i1 %283, %285
  %287 = call i1 @llvm.expect.i1(i1 %286, i1 true)
  br i1 %287, label %write.ok26, label %write.slow25

write.slow25:                                     ; preds = %write.low24
  %288 = icmp ugt i64 %257, %arena_size
  br i1 %288, label %trap17.site0, label %ok27

write.ok26:                                       ; preds = %ok27, %write.low24, %write.ok21
  %289 = getelementptr i8, i8* %mem, i64 %256
  store i32 0, i32* %unaligned28, align 4
  %290 = bitcast i32* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %289, i8* %290, i64 4, i1 false)
  %291 = load i32, i32* %dict, align 4
  %292 = load i32, i32* %closure.1, align 4
  %293 = zext i32 %291 to i64
  %294 = add i64 %293, 4
  %295 = add i64 %294, 4
  %296 = icmp uge i64 %294, %scratch_start
  %297 = load i64, i64* %highEnd, align 8
  %298 = icmp ule i64 %295, %297
  %299 = and i1 %296, %298
  %300 = call i1 @llvm.expect.i1(i1 %299, i1 true)
  br i1 %300, label %write.ok31, label %write.low29

ok27:                                             ; preds = %write.slow25
  %301 = icmp ult i64 %256, %scratch_start
  %302 = load i64, i64* %lowStart, align 8
  %303 = call i64 @llvm.umin.i64(i64 %302, i64 %256)
  %304 = load i64, i64* %lowEnd, align 8
  %305 = load i64, i64* %highEnd, align 8
  %306 = add i64 %257, 64
  %307 = sub i64 %257, %303
  %308 = lshr i64 %307, 4
  %309 = add i64 %306, %308
  %310 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %309)
  %311 = call i64 @llvm.umax.i64(i64 %304, i64 %310)
  %312 = select i1 %301, i64 %311, i64 %304
  store i64 %312, i64* %lowEnd, align 8
  %313 = add i64 %257, 64
  %314 = sub i64 %257, %scratch_start
  %315 = lshr i64 %314, 4
  %316 = add i64 %313, %315
  %317 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %316)
  %318 = call i64 @llvm.umax.i64(i64 %305, i64 %317)
  %319 = select i1 %301, i64 %305, i64 %318
  store i64 %319, i64* %highEnd, align 8
  store i64 %303, i64* %lowStart, align 8
  br label %write.ok26

write.low29:                                      ; preds = %write.ok26
  %320 = load i64, i64* %lowStart, align 8
  %321 = icmp uge i64 %294, %320
  %322 = load i64, i64* %lowEnd, align 8
  %323 = icmp ule i64 %295, %322
  %324 = and i1 %321, %323
  %325 = call i1 @llvm.expect.i1(i1 %324, i1 true)
  br i1 %325, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %326 = icmp ugt i64 %295, %arena_size
  br i1 %326, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %write.ok26
  %327 = getelementptr i8, i8* %mem, i64 %294
  store i32 %292, i32* %unaligned33, align 4
  %328 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %327, i8* %328, i64 4, i1 false)
  %329 = load i32, i32* %shapes, align 4
  store i32 %329, i32* %xs, align 4
  %330 = load i32, i32* %xs, align 4
  %331 = zext i32 %330 to i64
  %332 = sub i64 %arena_size, 4
  %333 = icmp sgt i64 %331, %332
  br i1 %333, label %trap17.site0, label %ok35

ok32:                                             ; preds = %write.slow30
  %334 = icmp ult i64 %294, %scratch_start
  %335 = load i64, i64* %lowStart, align 8
  %336 = call i64 @llvm.umin.i64(i64 %335, i64 %294)
  %337 = load i64, i64* %lowEnd, align 8
  %338 = load i64, i64* %highEnd, align 8
  %339 = add i64 %295, 64
  %340 = sub i64 %295, %336
  %341 = lshr i64 %340, 4
  %342 = add i64 %339, %341
  %343 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %342)
  %344 = call i64 @llvm.umax.i64(i64 %337, i64 %343)
  %345 = select i1 %334, i64 %344, i64 %337
  store i64 %345, i64* %lowEnd, align 8
  %346 = add i64 %295, 64
  %347 = sub i64 %295, %scratch_start
  %348 = lshr i64 %347, 4
  %349 = add i64 %346, %348
  %350 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %349)
  %351 = call i64 @llvm.umax.i64(i64 %338, i64 %350)
  %352 = select i1 %334, i64 %338, i64 %351
  store i64 %352, i64* %highEnd, align 8
  store i64 %336, i64* %lowStart, align 8
  br label %write.ok31

e1:                                               ; preds = %write.ok53
  %353 = load i32, i32* %result34, align 4
  store i32 %353, i32* %areas, align 4
  %354 = load i32, i32* %dict, align 4
  %355 = load i32, i32* %areas, align 4
  %356 = zext i32 %354 to i64
  %357 = add i64 %356, 8
  %358 = add i64 %357, 4
  %359 = icmp uge i64 %357, %scratch_start
  %360 = load i64, i64* %highEnd, align 8
  %361 = icmp ule i64 %358, %360
  %362 = and i1 %359, %361
  %363 = call i1 @llvm.expect.i1(i1 %362, i1 true)
  br i1 %363, label %write.ok58, label %write.low56

ok35:                                             ; preds = %write.ok31
  %364 = getelementptr i8, i8* %mem, i64 %331
  %365 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %365, i8* %364, i64 4, i1 false)
  %366 = load i32, i32* %unaligned36, align 4
  %367 = zext i32 %366 to i64
  %368 = mul i64 %367, 8
  %369 = add i64 8, %368
  store i64 %369, i64* %size, align 8
  %370 = load i64, i64* %size, align 8
  %371 = icmp ugt i64 %370, 2147483647
  %372 = zext i1 %371 to i32
  %373 = icmp ne i32 %372, 0
  br i1 %373, label %then, label %else

then:                                             ; preds = %ok35
  br label %trap15.site6

else:                                             ; preds = %ok35
  br label %join

join:                                             ; preds = %else, %dead
  %374 = load i64, i64* %size, align 8
  %375 = trunc i64 %374 to i32
  %376 = zext i32 %375 to i64
  %377 = getelementptr i64, i64* %regs, i64 1
  %378 = getelementptr i64, i64* %regs, i64 2
  %379 = load i64, i64* %377, align 8
  %380 = add i64 %379, 7
  %381 = and i64 %380, -8
  %382 = add i64 %381, %376
  %383 = load i64, i64* %378, align 8
  %384 = icmp ugt i64 %382, %383
  br i1 %384, label %trap15.site6, label %ok37

trap15.site6:                                     ; preds = %join, %then
  %385 = load i64, i64* %lowStart, align 8
  %386 = getelementptr i64, i64* %regs, i64 6
  store i64 %385, i64* %386, align 8
  %387 = load i64, i64* %lowEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 7
  store i64 %387, i64* %388, align 8
  %389 = load i64, i64* %highEnd, align 8
  %390 = getelementptr i64, i64* %regs, i64 8
  store i64 %389, i64* %390, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok37:                                             ; preds = %join
  store i64 %382, i64* %377, align 8
  %391 = load i64, i64* %highEnd, align 8
  %392 = call i64 @llvm.umax.i64(i64 %391, i64 %382)
  store i64 %392, i64* %highEnd, align 8
  %393 = trunc i64 %381 to i32
  store i32 %393, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %394 = load i32, i32* %xs, align 4
  %395 = zext i32 %394 to i64
  %396 = sub i64 %arena_size, 4
  %397 = icmp sgt i64 %395, %396
  br i1 %397, label %trap17.site0, label %ok38

ok38:                                             ; preds = %ok37
  %398 = getelementptr i8, i8* %mem, i64 %395
  %399 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %399, i8* %398, i64 4, i1 false)
  %400 = load i32, i32* %unaligned39, align 4
  store i32 %400, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead50, %ok40
  %401 = load i32, i32* %list, align 4
  %402 = load i32, i32* %len, align 4
  %403 = zext i32 %401 to i64
  %404 = add i64 %403, 4
  %405 = icmp uge i64 %403, %scratch_start
  %406 = load i64, i64* %highEnd, align 8
  %407 = icmp ule i64 %404, %406
  %408 = and i1 %405, %407
  %409 = call i1 @llvm.expect.i1(i1 %408, i1 true)
  br i1 %409, label %write.ok53, label %write.low51

each4:                                            ; preds = %write.ok47, %ok38
  %410 = load i64, i64* %fuel, align 8
  %411 = icmp ult i64 %410, 1
  br i1 %411, label %trap14.site0, label %ok40

ok40:                                             ; preds = %each4
  %412 = sub i64 %410, 1
  store i64 %412, i64* %fuel, align 8
  %413 = load i32, i32* %k, align 4
  %414 = load i32, i32* %n, align 4
  %415 = icmp uge i32 %413, %414
  %416 = zext i1 %415 to i32
  %417 = icmp ne i32 %416, 0
  br i1 %417, label %block3, label %cont

cont:                                             ; preds = %ok40
  %418 = load i32, i32* %xs, align 4
  %419 = load i32, i32* %k, align 4
  %420 = mul i32 %419, 4
  %421 = add i32 %418, %420
  %422 = zext i32 %421 to i64
  %423 = sub i64 %arena_size, 8
  %424 = icmp sgt i64 %422, %423
  br i1 %424, label %trap17.site0, label %ok41

ok41:                                             ; preds = %cont
  %425 = add i64 %422, 4
  %426 = getelementptr i8, i8* %mem, i64 %425
  %427 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %427, i8* %426, i64 4, i1 false)
  %428 = load i32, i32* %unaligned42, align 4
  store i32 %428, i32* %x, align 4
  %429 = load i32, i32* %x, align 4
  store i32 %429, i32* %s, align 4
  %430 = load i32, i32* %list, align 4
  %431 = load i32, i32* %len, align 4
  %432 = mul i32 %431, 8
  %433 = add i32 %430, %432
  %434 = load i32, i32* %s, align 4
  %435 = icmp uge i32 %depth, 1000
  br i1 %435, label %trap15.site7, label %ok43

ok43:                                             ; preds = %ok41
  %436 = icmp ult i64 %10, %stack_limit
  br i1 %436, label %trap253.site0, label %stack_ok44

trap15.site7:                                     ; preds = %ok41
  %437 = load i64, i64* %lowStart, align 8
  %438 = getelementptr i64, i64* %regs, i64 6
  store i64 %437, i64* %438, align 8
  %439 = load i64, i64* %lowEnd, align 8
  %440 = getelementptr i64, i64* %regs, i64 7
  store i64 %439, i64* %440, align 8
  %441 = load i64, i64* %highEnd, align 8
  %442 = getelementptr i64, i64* %regs, i64 8
  store i64 %441, i64* %442, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok44:                                       ; preds = %ok43
  %443 = load i64, i64* %fuel, align 8
  %444 = getelementptr i64, i64* %regs, i64 0
  store i64 %443, i64* %444, align 8
  %445 = load i64, i64* %lowStart, align 8
  %446 = getelementptr i64, i64* %regs, i64 6
  store i64 %445, i64* %446, align 8
  %447 = load i64, i64* %lowEnd, align 8
  %448 = getelementptr i64, i64* %regs, i64 7
  store i64 %447, i64* %448, align 8
  %449 = load i64, i64* %highEnd, align 8
  %450 = getelementptr i64, i64* %regs, i64 8
  store i64 %449, i64* %450, align 8
  %451 = add i32 %depth, 1
  %452 = call double @m0.fn.area(i64* %regs, i8* %mem, i32 %451, i32 0, i32 %434)
  %453 = getelementptr i64, i64* %regs, i64 0
  %454 = load i64, i64* %453, align 8
  store i64 %454, i64* %fuel, align 8
  %455 = getelementptr i64, i64* %regs, i64 6
  %456 = load i64, i64* %455, align 8
  store i64 %456, i64* %lowStart, align 8
  %457 = getelementptr i64, i64* %regs, i64 7
  %458 = load i64, i64* %457, align 8
  store i64 %458, i64* %lowEnd, align 8
  %459 = getelementptr i64, i64* %regs, i64 8
  %460 = load i64, i64* %459, align 8
  store i64 %460, i64* %highEnd, align 8
  %461 = zext i32 %433 to i64
  %462 = add i64 %461, 8
  %463 = add i64 %462, 8
  %464 = icmp uge i64 %462, %scratch_start
  %465 = load i64, i64* %highEnd, align 8
  %466 = icmp ule i64 %463, %465
  %467 = and i1 %464, %466
  %468 = call i1 @llvm.expect.i1(i1 %467, i1 true)
  br i1 %468, label %write.ok47, label %write.low45

write.low45:                                      ; preds = %stack_ok44
  %469 = load i64, i64* %lowStart, align 8
  %470 = icmp uge i64 %462, %469
  %471 = load i64, i64* %lowEnd, align 8
  %472 = icmp ule i64 %463, %471
  %473 = and i1 %470, %472
  %474 = call i1 @llvm.expect.i1(i1 %473, i1 true)
  br i1 %474, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %475 = icmp ugt i64 %463, %arena_size
  br i1 %475, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %stack_ok44
  %476 = getelementptr i8, i8* %mem, i64 %462
  %477 = bitcast double %452 to i64
  %478 = and i64 %477, 9223372036854775807
  %479 = icmp ugt i64 %478, 9218868437227405312
  %480 = select i1 %479, i64 9221120237041090560, i64 %477
  store i64 %480, i64* %unaligned49, align 8
  %481 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %476, i8* %481, i64 8, i1 false)
  %482 = load i32, i32* %len, align 4
  %483 = add i32 %482, 1
  store i32 %483, i32* %len, align 4
  %484 = load i32, i32* %k, align 4
  %485 = add i32 %484, 1
  store i32 %485, i32* %k, align 4
  br label %each4

ok48:                                             ; preds = %write.slow46
  %486 = icmp ult i64 %462, %scratch_start
  %487 = load i64, i64* %lowStart, align 8
  %488 = call i64 @llvm.umin.i64(i64 %487, i64 %462)
  %489 = load i64, i64* %lowEnd, align 8
  %490 = load i64, i64* %highEnd, align 8
  %491 = add i64 %463, 64
  %492 = sub i64 %463, %488
  %493 = lshr i64 %492, 4
  %494 = add i64 %491, %493
  %495 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %494)
  %496 = call i64 @llvm.umax.i64(i64 %489, i64 %495)
  %497 = select i1 %486, i64 %496, i64 %489
  store i64 %497, i64* %lowEnd, align 8
  %498 = add i64 %463, 64
  %499 = sub i64 %463, %scratch_start
  %500 = lshr i64 %499, 4
  %501 = add i64 %498, %500
  %502 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %501)
  %503 = call i64 @llvm.umax.i64(i64 %490, i64 %502)
  %504 = select i1 %486, i64 %490, i64 %503
  store i64 %504, i64* %highEnd, align 8
  store i64 %488, i64* %lowStart, align 8
  br label %write.ok47

dead50:                                           ; No predecessors!
  br label %block3

write.low51:                                      ; preds = %block3
  %505 = load i64, i64* %lowStart, align 8
  %506 = icmp uge i64 %403, %505
  %507 = load i64, i64* %lowEnd, align 8
  %508 = icmp ule i64 %404, %507
  %509 = and i1 %506, %508
  %510 = call i1 @llvm.expect.i1(i1 %509, i1 true)
  br i1 %510, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %511 = icmp ugt i64 %404, %arena_size
  br i1 %511, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %block3
  %512 = getelementptr i8, i8* %mem, i64 %403
  store i32 %402, i32* %unaligned55, align 4
  %513 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %512, i8* %513, i64 4, i1 false)
  %514 = load i32, i32* %list, align 4
  store i32 %514, i32* %result34, align 4
  br label %e1

ok54:                                             ; preds = %write.slow52
  %515 = icmp ult i64 %403, %scratch_start
  %516 = load i64, i64* %lowStart, align 8
  %517 = call i64 @llvm.umin.i64(i64 %516, i64 %403)
  %518 = load i64, i64* %lowEnd, align 8
  %519 = load i64, i64* %highEnd, align 8
  %520 = add i64 %404, 64
  %521 = sub i64 %404, %517
  %522 = lshr i64 %521, 4
  %523 = add i64 %520, %522
  %524 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %523)
  %525 = call i64 @llvm.umax.i64(i64 %518, i64 %524)
  %526 = select i1 %515, i64 %525, i64 %518
  store i64 %526, i64* %lowEnd, align 8
  %527 = add i64 %404, 64
  %528 = sub i64 %404, %scratch_start
  %529 = lshr i64 %528, 4
  %530 = add i64 %527, %529
  %531 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %530)
  %532 = call i64 @llvm.umax.i64(i64 %519, i64 %531)
  %533 = select i1 %515, i64 %519, i64 %532
  store i64 %533, i64* %highEnd, align 8
  store i64 %517, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %e1
  %534 = load i64, i64* %lowStart, align 8
  %535 = icmp uge i64 %357, %534
  %536 = load i64, i64* %lowEnd, align 8
  %537 = icmp ule i64 %358, %536
  %538 = and i1 %535, %537
  %539 = call i1 @llvm.expect.i1(i1 %538, i1 true)
  br i1 %539, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %540 = icmp ugt i64 %358, %arena_size
  br i1 %540, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %e1
  %541 = getelementptr i8, i8* %mem, i64 %357
  store i32 %355, i32* %unaligned60, align 4
  %542 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %541, i8* %542, i64 4, i1 false)
  %543 = load i32, i32* %shapes, align 4
  store i32 %543, i32* %xs.1, align 4
  %544 = load i32, i32* %xs.1, align 4
  %545 = zext i32 %544 to i64
  %546 = sub i64 %arena_size, 4
  %547 = icmp sgt i64 %545, %546
  br i1 %547, label %trap17.site0, label %ok62

ok59:                                             ; preds = %write.slow57
  %548 = icmp ult i64 %357, %scratch_start
  %549 = load i64, i64* %lowStart, align 8
  %550 = call i64 @llvm.umin.i64(i64 %549, i64 %357)
  %551 = load i64, i64* %lowEnd, align 8
  %552 = load i64, i64* %highEnd, align 8
  %553 = add i64 %358, 64
  %554 = sub i64 %358, %550
  %555 = lshr i64 %554, 4
  %556 = add i64 %553, %555
  %557 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %556)
  %558 = call i64 @llvm.umax.i64(i64 %551, i64 %557)
  %559 = select i1 %548, i64 %558, i64 %551
  store i64 %559, i64* %lowEnd, align 8
  %560 = add i64 %358, 64
  %561 = sub i64 %358, %scratch_start
  %562 = lshr i64 %561, 4
  %563 = add i64 %560, %562
  %564 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %563)
  %565 = call i64 @llvm.umax.i64(i64 %552, i64 %564)
  %566 = select i1 %548, i64 %552, i64 %565
  store i64 %566, i64* %highEnd, align 8
  store i64 %550, i64* %lowStart, align 8
  br label %write.ok58

e7:                                               ; preds = %write.ok85
  %567 = load i32, i32* %result61, align 4
  store i32 %567, i32* %kinds, align 4
  %568 = load i32, i32* %dict, align 4
  %569 = load i32, i32* %kinds, align 4
  %570 = zext i32 %568 to i64
  %571 = add i64 %570, 12
  %572 = add i64 %571, 4
  %573 = icmp uge i64 %571, %scratch_start
  %574 = load i64, i64* %highEnd, align 8
  %575 = icmp ule i64 %572, %574
  %576 = and i1 %573, %575
  %577 = call i1 @llvm.expect.i1(i1 %576, i1 true)
  br i1 %577, label %write.ok90, label %write.low88

ok62:                                             ; preds = %write.ok58
  %578 = getelementptr i8, i8* %mem, i64 %545
  %579 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %579, i8* %578, i64 4, i1 false)
  %580 = load i32, i32* %unaligned63, align 4
  %581 = zext i32 %580 to i64
  %582 = mul i64 %581, 4
  %583 = add i64 4, %582
  store i64 %583, i64* %size.1, align 8
  %584 = load i64, i64* %size.1, align 8
  %585 = icmp ugt i64 %584, 2147483647
  %586 = zext i1 %585 to i32
  %587 = icmp ne i32 %586, 0
  br i1 %587, label %then64, label %else65

then64:                                           ; preds = %ok62
  br label %trap15.site8

else65:                                           ; preds = %ok62
  br label %join66

join66:                                           ; preds = %else65, %dead67
  %588 = load i64, i64* %size.1, align 8
  %589 = trunc i64 %588 to i32
  %590 = zext i32 %589 to i64
  %591 = getelementptr i64, i64* %regs, i64 1
  %592 = getelementptr i64, i64* %regs, i64 2
  %593 = load i64, i64* %591, align 8
  %594 = add i64 %593, 3
  %595 = and i64 %594, -4
  %596 = add i64 %595, %590
  %597 = load i64, i64* %592, align 8
  %598 = icmp ugt i64 %596, %597
  br i1 %598, label %trap15.site8, label %ok68

trap15.site8:                                     ; preds = %join66, %then64
  %599 = load i64, i64* %lowStart, align 8
  %600 = getelementptr i64, i64* %regs, i64 6
  store i64 %599, i64* %600, align 8
  %601 = load i64, i64* %lowEnd, align 8
  %602 = getelementptr i64, i64* %regs, i64 7
  store i64 %601, i64* %602, align 8
  %603 = load i64, i64* %highEnd, align 8
  %604 = getelementptr i64, i64* %regs, i64 8
  store i64 %603, i64* %604, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead67:                                           ; No predecessors!
  br label %join66

ok68:                                             ; preds = %join66
  store i64 %596, i64* %591, align 8
  %605 = load i64, i64* %highEnd, align 8
  %606 = call i64 @llvm.umax.i64(i64 %605, i64 %596)
  store i64 %606, i64* %highEnd, align 8
  %607 = trunc i64 %595 to i32
  store i32 %607, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %608 = load i32, i32* %xs.1, align 4
  %609 = zext i32 %608 to i64
  %610 = sub i64 %arena_size, 4
  %611 = icmp sgt i64 %609, %610
  br i1 %611, label %trap17.site0, label %ok69

ok69:                                             ; preds = %ok68
  %612 = getelementptr i8, i8* %mem, i64 %609
  %613 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %613, i8* %612, i64 4, i1 false)
  %614 = load i32, i32* %unaligned70, align 4
  store i32 %614, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each10

block9:                                           ; preds = %dead82, %ok71
  %615 = load i32, i32* %list.1, align 4
  %616 = load i32, i32* %len.1, align 4
  %617 = zext i32 %615 to i64
  %618 = add i64 %617, 4
  %619 = icmp uge i64 %617, %scratch_start
  %620 = load i64, i64* %highEnd, align 8
  %621 = icmp ule i64 %618, %620
  %622 = and i1 %619, %621
  %623 = call i1 @llvm.expect.i1(i1 %622, i1 true)
  br i1 %623, label %write.ok85, label %write.low83

each10:                                           ; preds = %write.ok79, %ok69
  %624 = load i64, i64* %fuel, align 8
  %625 = icmp ult i64 %624, 1
  br i1 %625, label %trap14.site0, label %ok71

ok71:                                             ; preds = %each10
  %626 = sub i64 %624, 1
  store i64 %626, i64* %fuel, align 8
  %627 = load i32, i32* %k.1, align 4
  %628 = load i32, i32* %n.1, align 4
  %629 = icmp uge i32 %627, %628
  %630 = zext i1 %629 to i32
  %631 = icmp ne i32 %630, 0
  br i1 %631, label %block9, label %cont72

cont72:                                           ; preds = %ok71
  %632 = load i32, i32* %xs.1, align 4
  %633 = load i32, i32* %k.1, align 4
  %634 = mul i32 %633, 4
  %635 = add i32 %632, %634
  %636 = zext i32 %635 to i64
  %637 = sub i64 %arena_size, 8
  %638 = icmp sgt i64 %636, %637
  br i1 %638, label %trap17.site0, label %ok73

ok73:                                             ; preds = %cont72
  %639 = add i64 %636, 4
  %640 = getelementptr i8, i8* %mem, i64 %639
  %641 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %641, i8* %640, i64 4, i1 false)
  %642 = load i32, i32* %unaligned74, align 4
  store i32 %642, i32* %x.1, align 4
  %643 = load i32, i32* %x.1, align 4
  store i32 %643, i32* %s.1, align 4
  %644 = load i32, i32* %list.1, align 4
  %645 = load i32, i32* %len.1, align 4
  %646 = mul i32 %645, 4
  %647 = add i32 %644, %646
  %648 = load i32, i32* %s.1, align 4
  %649 = icmp uge i32 %depth, 1000
  br i1 %649, label %trap15.site9, label %ok75

ok75:                                             ; preds = %ok73
  %650 = icmp ult i64 %10, %stack_limit
  br i1 %650, label %trap253.site0, label %stack_ok76

trap15.site9:                                     ; preds = %ok73
  %651 = load i64, i64* %lowStart, align 8
  %652 = getelementptr i64, i64* %regs, i64 6
  store i64 %651, i64* %652, align 8
  %653 = load i64, i64* %lowEnd, align 8
  %654 = getelementptr i64, i64* %regs, i64 7
  store i64 %653, i64* %654, align 8
  %655 = load i64, i64* %highEnd, align 8
  %656 = getelementptr i64, i64* %regs, i64 8
  store i64 %655, i64* %656, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

stack_ok76:                                       ; preds = %ok75
  %657 = load i64, i64* %fuel, align 8
  %658 = getelementptr i64, i64* %regs, i64 0
  store i64 %657, i64* %658, align 8
  %659 = load i64, i64* %lowStart, align 8
  %660 = getelementptr i64, i64* %regs, i64 6
  store i64 %659, i64* %660, align 8
  %661 = load i64, i64* %lowEnd, align 8
  %662 = getelementptr i64, i64* %regs, i64 7
  store i64 %661, i64* %662, align 8
  %663 = load i64, i64* %highEnd, align 8
  %664 = getelementptr i64, i64* %regs, i64 8
  store i64 %663, i64* %664, align 8
  %665 = add i32 %depth, 1
  %666 = call i32 @m0.fn.kind(i64* %regs, i8* %mem, i32 %665, i32 0, i32 %648)
  %667 = getelementptr i64, i64* %regs, i64 0
  %668 = load i64, i64* %667, align 8
  store i64 %668, i64* %fuel, align 8
  %669 = getelementptr i64, i64* %regs, i64 6
  %670 = load i64, i64* %669, align 8
  store i64 %670, i64* %lowStart, align 8
  %671 = getelementptr i64, i64* %regs, i64 7
  %672 = load i64, i64* %671, align 8
  store i64 %672, i64* %lowEnd, align 8
  %673 = getelementptr i64, i64* %regs, i64 8
  %674 = load i64, i64* %673, align 8
  store i64 %674, i64* %highEnd, align 8
  %675 = zext i32 %647 to i64
  %676 = add i64 %675, 4
  %677 = add i64 %676, 4
  %678 = icmp uge i64 %676, %scratch_start
  %679 = load i64, i64* %highEnd, align 8
  %680 = icmp ule i64 %677, %679
  %681 = and i1 %678, %680
  %682 = call i1 @llvm.expect.i1(i1 %681, i1 true)
  br i1 %682, label %write.ok79, label %write.low77

write.low77:                                      ; preds = %stack_ok76
  %683 = load i64, i64* %lowStart, align 8
  %684 = icmp uge i64 %676, %683
  %685 = load i64, i64* %lowEnd, align 8
  %686 = icmp ule i64 %677, %685
  %687 = and i1 %684, %686
  %688 = call i1 @llvm.expect.i1(i1 %687, i1 true)
  br i1 %688, label %write.ok79, label %write.slow78

write.slow78:                                     ; preds = %write.low77
  %689 = icmp ugt i64 %677, %arena_size
  br i1 %689, label %trap17.site0, label %ok80

write.ok79:                                       ; preds = %ok80, %write.low77, %stack_ok76
  %690 = getelementptr i8, i8* %mem, i64 %676
  store i32 %666, i32* %unaligned81, align 4
  %691 = bitcast i32* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %690, i8* %691, i64 4, i1 false)
  %692 = load i32, i32* %len.1, align 4
  %693 = add i32 %692, 1
  store i32 %693, i32* %len.1, align 4
  %694 = load i32, i32* %k.1, align 4
  %695 = add i32 %694, 1
  store i32 %695, i32* %k.1, align 4
  br label %each10

ok80:                                             ; preds = %write.slow78
  %696 = icmp ult i64 %676, %scratch_start
  %697 = load i64, i64* %lowStart, align 8
  %698 = call i64 @llvm.umin.i64(i64 %697, i64 %676)
  %699 = load i64, i64* %lowEnd, align 8
  %700 = load i64, i64* %highEnd, align 8
  %701 = add i64 %677, 64
  %702 = sub i64 %677, %698
  %703 = lshr i64 %702, 4
  %704 = add i64 %701, %703
  %705 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %704)
  %706 = call i64 @llvm.umax.i64(i64 %699, i64 %705)
  %707 = select i1 %696, i64 %706, i64 %699
  store i64 %707, i64* %lowEnd, align 8
  %708 = add i64 %677, 64
  %709 = sub i64 %677, %scratch_start
  %710 = lshr i64 %709, 4
  %711 = add i64 %708, %710
  %712 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %711)
  %713 = call i64 @llvm.umax.i64(i64 %700, i64 %712)
  %714 = select i1 %696, i64 %700, i64 %713
  store i64 %714, i64* %highEnd, align 8
  store i64 %698, i64* %lowStart, align 8
  br label %write.ok79

dead82:                                           ; No predecessors!
  br label %block9

write.low83:                                      ; preds = %block9
  %715 = load i64, i64* %lowStart, align 8
  %716 = icmp uge i64 %617, %715
  %717 = load i64, i64* %lowEnd, align 8
  %718 = icmp ule i64 %618, %717
  %719 = and i1 %716, %718
  %720 = call i1 @llvm.expect.i1(i1 %719, i1 true)
  br i1 %720, label %write.ok85, label %write.slow84

write.slow84:                                     ; preds = %write.low83
  %721 = icmp ugt i64 %618, %arena_size
  br i1 %721, label %trap17.site0, label %ok86

write.ok85:                                       ; preds = %ok86, %write.low83, %block9
  %722 = getelementptr i8, i8* %mem, i64 %617
  store i32 %616, i32* %unaligned87, align 4
  %723 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %722, i8* %723, i64 4, i1 false)
  %724 = load i32, i32* %list.1, align 4
  store i32 %724, i32* %result61, align 4
  br label %e7

ok86:                                             ; preds = %write.slow84
  %725 = icmp ult i64 %617, %scratch_start
  %726 = load i64, i64* %lowStart, align 8
  %727 = call i64 @llvm.umin.i64(i64 %726, i64 %617)
  %728 = load i64, i64* %lowEnd, align 8
  %729 = load i64, i64* %highEnd, align 8
  %730 = add i64 %618, 64
  %731 = sub i64 %618, %727
  %732 = lshr i64 %731, 4
  %733 = add i64 %730, %732
  %734 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %733)
  %735 = call i64 @llvm.umax.i64(i64 %728, i64 %734)
  %736 = select i1 %725, i64 %735, i64 %728
  store i64 %736, i64* %lowEnd, align 8
  %737 = add i64 %618, 64
  %738 = sub i64 %618, %scratch_start
  %739 = lshr i64 %738, 4
  %740 = add i64 %737, %739
  %741 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %740)
  %742 = call i64 @llvm.umax.i64(i64 %729, i64 %741)
  %743 = select i1 %725, i64 %729, i64 %742
  store i64 %743, i64* %highEnd, align 8
  store i64 %727, i64* %lowStart, align 8
  br label %write.ok85

write.low88:                                      ; preds = %e7
  %744 = load i64, i64* %lowStart, align 8
  %745 = icmp uge i64 %571, %744
  %746 = load i64, i64* %lowEnd, align 8
  %747 = icmp ule i64 %572, %746
  %748 = and i1 %745, %747
  %749 = call i1 @llvm.expect.i1(i1 %748, i1 true)
  br i1 %749, label %write.ok90, label %write.slow89

write.slow89:                                     ; preds = %write.low88
  %750 = icmp ugt i64 %572, %arena_size
  br i1 %750, label %trap17.site0, label %ok91

write.ok90:                                       ; preds = %ok91, %write.low88, %e7
  %751 = getelementptr i8, i8* %mem, i64 %571
  store i32 %569, i32* %unaligned92, align 4
  %752 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %751, i8* %752, i64 4, i1 false)
  store i64 2, i64* %c, align 8
  store i64 3, i64* %c.1, align 8
  %753 = getelementptr i64, i64* %regs, i64 1
  %754 = getelementptr i64, i64* %regs, i64 2
  %755 = load i64, i64* %753, align 8
  %756 = add i64 %755, 7
  %757 = and i64 %756, -8
  %758 = add i64 %757, 24
  %759 = load i64, i64* %754, align 8
  %760 = icmp ugt i64 %758, %759
  br i1 %760, label %trap15.site12, label %ok96

ok91:                                             ; preds = %write.slow89
  %761 = icmp ult i64 %571, %scratch_start
  %762 = load i64, i64* %lowStart, align 8
  %763 = call i64 @llvm.umin.i64(i64 %762, i64 %571)
  %764 = load i64, i64* %lowEnd, align 8
  %765 = load i64, i64* %highEnd, align 8
  %766 = add i64 %572, 64
  %767 = sub i64 %572, %763
  %768 = lshr i64 %767, 4
  %769 = add i64 %766, %768
  %770 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %769)
  %771 = call i64 @llvm.umax.i64(i64 %764, i64 %770)
  %772 = select i1 %761, i64 %771, i64 %764
  store i64 %772, i64* %lowEnd, align 8
  %773 = add i64 %572, 64
  %774 = sub i64 %572, %scratch_start
  %775 = lshr i64 %774, 4
  %776 = add i64 %773, %775
  %777 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %776)
  %778 = call i64 @llvm.umax.i64(i64 %765, i64 %777)
  %779 = select i1 %761, i64 %765, i64 %778
  store i64 %779, i64* %highEnd, align 8
  store i64 %763, i64* %lowStart, align 8
  br label %write.ok90

e13:                                              ; preds = %write.ok185
  %780 = load i32, i32* %result93, align 4
  store i32 %780, i32* %bigger, align 4
  %781 = load i32, i32* %dict, align 4
  %782 = load i32, i32* %bigger, align 4
  %783 = zext i32 %781 to i64
  %784 = add i64 %783, 16
  %785 = add i64 %784, 4
  %786 = icmp uge i64 %784, %scratch_start
  %787 = load i64, i64* %highEnd, align 8
  %788 = icmp ule i64 %785, %787
  %789 = and i1 %786, %788
  %790 = call i1 @llvm.expect.i1(i1 %789, i1 true)
  br i1 %790, label %write.ok190, label %write.low188

e14:                                              ; preds = %write.ok144
  %791 = load i32, i32* %result94, align 4
  store i32 %791, i32* %xs.2, align 4
  %792 = load i32, i32* %xs.2, align 4
  %793 = zext i32 %792 to i64
  %794 = sub i64 %arena_size, 4
  %795 = icmp sgt i64 %793, %794
  br i1 %795, label %trap17.site0, label %ok147

e15:                                              ; preds = %write.ok108
  %796 = load i32, i32* %result95, align 4
  store i32 %796, i32* %item, align 4
  store double 5.000000e-01, double* %c.2, align 8
  %797 = getelementptr i64, i64* %regs, i64 1
  %798 = getelementptr i64, i64* %regs, i64 2
  %799 = load i64, i64* %797, align 8
  %800 = add i64 %799, 7
  %801 = and i64 %800, -8
  %802 = add i64 %801, 16
  %803 = load i64, i64* %798, align 8
  %804 = icmp ugt i64 %802, %803
  br i1 %804, label %trap15.site13, label %ok112

ok96:                                             ; preds = %write.ok90
  store i64 %758, i64* %753, align 8
  %805 = load i64, i64* %highEnd, align 8
  %806 = call i64 @llvm.umax.i64(i64 %805, i64 %758)
  store i64 %806, i64* %highEnd, align 8
  %807 = trunc i64 %757 to i32
  store i32 %807, i32* %obj, align 4
  %808 = load i32, i32* %obj, align 4
  %809 = zext i32 %808 to i64
  %810 = add i64 %809, 1
  %811 = icmp uge i64 %809, %scratch_start
  %812 = load i64, i64* %highEnd, align 8
  %813 = icmp ule i64 %810, %812
  %814 = and i1 %811, %813
  %815 = call i1 @llvm.expect.i1(i1 %814, i1 true)
  br i1 %815, label %write.ok99, label %write.low97

trap15.site12:                                    ; preds = %write.ok90
  %816 = load i64, i64* %lowStart, align 8
  %817 = getelementptr i64, i64* %regs, i64 6
  store i64 %816, i64* %817, align 8
  %818 = load i64, i64* %lowEnd, align 8
  %819 = getelementptr i64, i64* %regs, i64 7
  store i64 %818, i64* %819, align 8
  %820 = load i64, i64* %highEnd, align 8
  %821 = getelementptr i64, i64* %regs, i64 8
  store i64 %820, i64* %821, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

write.low97:                                      ; preds = %ok96
  %822 = load i64, i64* %lowStart, align 8
  %823 = icmp uge i64 %809, %822
  %824 = load i64, i64* %lowEnd, align 8
  %825 = icmp ule i64 %810, %824
  %826 = and i1 %823, %825
  %827 = call i1 @llvm.expect.i1(i1 %826, i1 true)
  br i1 %827, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %828 = icmp ugt i64 %810, %arena_size
  br i1 %828, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %ok96
  %829 = getelementptr i8, i8* %mem, i64 %809
  store i8 2, i8* %829, align 1
  %830 = load i32, i32* %obj, align 4
  %831 = load i64, i64* %c, align 8
  %832 = zext i32 %830 to i64
  %833 = add i64 %832, 8
  %834 = add i64 %833, 8
  %835 = icmp uge i64 %833, %scratch_start
  %836 = load i64, i64* %highEnd, align 8
  %837 = icmp ule i64 %834, %836
  %838 = and i1 %835, %837
  %839 = call i1 @llvm.expect.i1(i1 %838, i1 true)
  br i1 %839, label %write.ok103, label %write.low101

ok100:                                            ; preds = %write.slow98
  %840 = icmp ult i64 %809, %scratch_start
  %841 = load i64, i64* %lowStart, align 8
  %842 = call i64 @llvm.umin.i64(i64 %841, i64 %809)
  %843 = load i64, i64* %lowEnd, align 8
  %844 = load i64, i64* %highEnd, align 8
  %845 = add i64 %810, 64
  %846 = sub i64 %810, %842
  %847 = lshr i64 %846, 4
  %848 = add i64 %845, %847
  %849 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %848)
  %850 = call i64 @llvm.umax.i64(i64 %843, i64 %849)
  %851 = select i1 %840, i64 %850, i64 %843
  store i64 %851, i64* %lowEnd, align 8
  %852 = add i64 %810, 64
  %853 = sub i64 %810, %scratch_start
  %854 = lshr i64 %853, 4
  %855 = add i64 %852, %854
  %856 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %855)
  %857 = call i64 @llvm.umax.i64(i64 %844, i64 %856)
  %858 = select i1 %840, i64 %844, i64 %857
  store i64 %858, i64* %highEnd, align 8
  store i64 %842, i64* %lowStart, align 8
  br label %write.ok99

write.low101:                                     ; preds = %write.ok99
  %859 = load i64, i64* %lowStart, align 8
  %860 = icmp uge i64 %833, %859
  %861 = load i64, i64* %lowEnd, align 8
  %862 = icmp ule i64 %834, %861
  %863 = and i1 %860, %862
  %864 = call i1 @llvm.expect.i1(i1 %863, i1 true)
  br i1 %864, label %write.ok103, label %write.slow102

write.slow102:                                    ; preds = %write.low101
  %865 = icmp ugt i64 %834, %arena_size
  br i1 %865, label %trap17.site0, label %ok104

write.ok103:                                      ; preds = %ok104, %write.low101, %write.ok99
  %866 = getelementptr i8, i8* %mem, i64 %833
  store i64 %831, i64* %unaligned105, align 8
  %867 = bitcast i64* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %866, i8* %867, i64 8, i1 false)
  %868 = load i32, i32* %obj, align 4
  %869 = load i64, i64* %c.1, align 8
  %870 = zext i32 %868 to i64
  %871 = add i64 %870, 16
  %872 = add i64 %871, 8
  %873 = icmp uge i64 %871, %scratch_start
  %874 = load i64, i64* %highEnd, align 8
  %875 = icmp ule i64 %872, %874
  %876 = and i1 %873, %875
  %877 = call i1 @llvm.expect.i1(i1 %876, i1 true)
  br i1 %877, label %write.ok108, label %write.low106

ok104:                                            ; preds = %write.slow102
  %878 = icmp ult i64 %833, %scratch_start
  %879 = load i64, i64* %lowStart, align 8
  %880 = call i64 @llvm.umin.i64(i64 %879, i64 %833)
  %881 = load i64, i64* %lowEnd, align 8
  %882 = load i64, i64* %highEnd, align 8
  %883 = add i64 %834, 64
  %884 = sub i64 %834, %880
  %885 = lshr i64 %884, 4
  %886 = add i64 %883, %885
  %887 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %886)
  %888 = call i64 @llvm.umax.i64(i64 %881, i64 %887)
  %889 = select i1 %878, i64 %888, i64 %881
  store i64 %889, i64* %lowEnd, align 8
  %890 = add i64 %834, 64
  %891 = sub i64 %834, %scratch_start
  %892 = lshr i64 %891, 4
  %893 = add i64 %890, %892
  %894 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %893)
  %895 = call i64 @llvm.umax.i64(i64 %882, i64 %894)
  %896 = select i1 %878, i64 %882, i64 %895
  store i64 %896, i64* %highEnd, align 8
  store i64 %880, i64* %lowStart, align 8
  br label %write.ok103

write.low106:                                     ; preds = %write.ok103
  %897 = load i64, i64* %lowStart, align 8
  %898 = icmp uge i64 %871, %897
  %899 = load i64, i64* %lowEnd, align 8
  %900 = icmp ule i64 %872, %899
  %901 = and i1 %898, %900
  %902 = call i1 @llvm.expect.i1(i1 %901, i1 true)
  br i1 %902, label %write.ok108, label %write.slow107

write.slow107:                                    ; preds = %write.low106
  %903 = icmp ugt i64 %872, %arena_size
  br i1 %903, label %trap17.site0, label %ok109

write.ok108:                                      ; preds = %ok109, %write.low106, %write.ok103
  %904 = getelementptr i8, i8* %mem, i64 %871
  store i64 %869, i64* %unaligned110, align 8
  %905 = bitcast i64* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %904, i8* %905, i64 8, i1 false)
  %906 = load i32, i32* %obj, align 4
  store i32 %906, i32* %result95, align 4
  br label %e15

ok109:                                            ; preds = %write.slow107
  %907 = icmp ult i64 %871, %scratch_start
  %908 = load i64, i64* %lowStart, align 8
  %909 = call i64 @llvm.umin.i64(i64 %908, i64 %871)
  %910 = load i64, i64* %lowEnd, align 8
  %911 = load i64, i64* %highEnd, align 8
  %912 = add i64 %872, 64
  %913 = sub i64 %872, %909
  %914 = lshr i64 %913, 4
  %915 = add i64 %912, %914
  %916 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %915)
  %917 = call i64 @llvm.umax.i64(i64 %910, i64 %916)
  %918 = select i1 %907, i64 %917, i64 %910
  store i64 %918, i64* %lowEnd, align 8
  %919 = add i64 %872, 64
  %920 = sub i64 %872, %scratch_start
  %921 = lshr i64 %920, 4
  %922 = add i64 %919, %921
  %923 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %922)
  %924 = call i64 @llvm.umax.i64(i64 %911, i64 %923)
  %925 = select i1 %907, i64 %911, i64 %924
  store i64 %925, i64* %highEnd, align 8
  store i64 %909, i64* %lowStart, align 8
  br label %write.ok108

e18:                                              ; preds = %write.ok119
  %926 = load i32, i32* %result111, align 4
  store i32 %926, i32* %item.1, align 4
  store i32 10888, i32* %item.2, align 4
  store i64 16, i64* %size.2, align 8
  %927 = load i64, i64* %size.2, align 8
  %928 = icmp ugt i64 %927, 2147483647
  %929 = zext i1 %928 to i32
  %930 = icmp ne i32 %929, 0
  br i1 %930, label %then122, label %else123

ok112:                                            ; preds = %e15
  store i64 %802, i64* %797, align 8
  %931 = load i64, i64* %highEnd, align 8
  %932 = call i64 @llvm.umax.i64(i64 %931, i64 %802)
  store i64 %932, i64* %highEnd, align 8
  %933 = trunc i64 %801 to i32
  store i32 %933, i32* %obj.1, align 4
  %934 = load i32, i32* %obj.1, align 4
  %935 = zext i32 %934 to i64
  %936 = add i64 %935, 1
  %937 = icmp uge i64 %935, %scratch_start
  %938 = load i64, i64* %highEnd, align 8
  %939 = icmp ule i64 %936, %938
  %940 = and i1 %937, %939
  %941 = call i1 @llvm.expect.i1(i1 %940, i1 true)
  br i1 %941, label %write.ok115, label %write.low113

trap15.site13:                                    ; preds = %e15
  %942 = load i64, i64* %lowStart, align 8
  %943 = getelementptr i64, i64* %regs, i64 6
  store i64 %942, i64* %943, align 8
  %944 = load i64, i64* %lowEnd, align 8
  %945 = getelementptr i64, i64* %regs, i64 7
  store i64 %944, i64* %945, align 8
  %946 = load i64, i64* %highEnd, align 8
  %947 = getelementptr i64, i64* %regs, i64 8
  store i64 %946, i64* %947, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low113:                                     ; preds = %ok112
  %948 = load i64, i64* %lowStart, align 8
  %949 = icmp uge i64 %935, %948
  %950 = load i64, i64* %lowEnd, align 8
  %951 = icmp ule i64 %936, %950
  %952 = and i1 %949, %951
  %953 = call i1 @llvm.expect.i1(i1 %952, i1 true)
  br i1 %953, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %954 = icmp ugt i64 %936, %arena_size
  br i1 %954, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %ok112
  %955 = getelementptr i8, i8* %mem, i64 %935
  store i8 1, i8* %955, align 1
  %956 = load i32, i32* %obj.1, align 4
  %957 = load double, double* %c.2, align 8
  %958 = zext i32 %956 to i64
  %959 = add i64 %958, 8
  %960 = add i64 %959, 8
  %961 = icmp uge i64 %959, %scratch_start
  %962 = load i64, i64* %highEnd, align 8
  %963 = icmp ule i64 %960, %962
  %964 = and i1 %961, %963
  %965 = call i1 @llvm.expect.i1(i1 %964, i1 true)
  br i1 %965, label %write.ok119, label %write.low117

ok116:                                            ; preds = %write.slow114
  %966 = icmp ult i64 %935, %scratch_start
  %967 = load i64, i64* %lowStart, align 8
  %968 = call i64 @llvm.umin.i64(i64 %967, i64 %935)
  %969 = load i64, i64* %lowEnd, align 8
  %970 = load i64, i64* %highEnd, align 8
  %971 = add i64 %936, 64
  %972 = sub i64 %936, %968
  %973 = lshr i64 %972, 4
  %974 = add i64 %971, %973
  %975 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %974)
  %976 = call i64 @llvm.umax.i64(i64 %969, i64 %975)
  %977 = select i1 %966, i64 %976, i64 %969
  store i64 %977, i64* %lowEnd, align 8
  %978 = add i64 %936, 64
  %979 = sub i64 %936, %scratch_start
  %980 = lshr i64 %979, 4
  %981 = add i64 %978, %980
  %982 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %981)
  %983 = call i64 @llvm.umax.i64(i64 %970, i64 %982)
  %984 = select i1 %966, i64 %970, i64 %983
  store i64 %984, i64* %highEnd, align 8
  store i64 %968, i64* %lowStart, align 8
  br label %write.ok115

write.low117:                                     ; preds = %write.ok115
  %985 = load i64, i64* %lowStart, align 8
  %986 = icmp uge i64 %959, %985
  %987 = load i64, i64* %lowEnd, align 8
  %988 = icmp ule i64 %960, %987
  %989 = and i1 %986, %988
  %990 = call i1 @llvm.expect.i1(i1 %989, i1 true)
  br i1 %990, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %991 = icmp ugt i64 %960, %arena_size
  br i1 %991, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %write.ok115
  %992 = getelementptr i8, i8* %mem, i64 %959
  %993 = bitcast double %957 to i64
  %994 = and i64 %993, 9223372036854775807
  %995 = icmp ugt i64 %994, 9218868437227405312
  %996 = select i1 %995, i64 9221120237041090560, i64 %993
  store i64 %996, i64* %unaligned121, align 8
  %997 = bitcast i64* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %992, i8* %997, i64 8, i1 false)
  %998 = load i32, i32* %obj.1, align 4
  store i32 %998, i32* %result111, align 4
  br label %e18

ok120:                                            ; preds = %write.slow118
  %999 = icmp ult i64 %959, %scratch_start
  %1000 = load i64, i64* %lowStart, align 8
  %1001 = call i64 @llvm.umin.i64(i64 %1000, i64 %959)
  %1002 = load i64, i64* %lowEnd, align 8
  %1003 = load i64, i64* %highEnd, align 8
  %1004 = add i64 %960, 64
  %1005 = sub i64 %960, %1001
  %1006 = lshr i64 %1005, 4
  %1007 = add i64 %1004, %1006
  %1008 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1007)
  %1009 = call i64 @llvm.umax.i64(i64 %1002, i64 %1008)
  %1010 = select i1 %999, i64 %1009, i64 %1002
  store i64 %1010, i64* %lowEnd, align 8
  %1011 = add i64 %960, 64
  %1012 = sub i64 %960, %scratch_start
  %1013 = lshr i64 %1012, 4
  %1014 = add i64 %1011, %1013
  %1015 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1014)
  %1016 = call i64 @llvm.umax.i64(i64 %1003, i64 %1015)
  %1017 = select i1 %999, i64 %1003, i64 %1016
  store i64 %1017, i64* %highEnd, align 8
  store i64 %1001, i64* %lowStart, align 8
  br label %write.ok119

then122:                                          ; preds = %e18
  br label %trap15.site11

else123:                                          ; preds = %e18
  br label %join124

join124:                                          ; preds = %else123, %dead125
  %1018 = load i64, i64* %size.2, align 8
  %1019 = trunc i64 %1018 to i32
  %1020 = zext i32 %1019 to i64
  %1021 = getelementptr i64, i64* %regs, i64 1
  %1022 = getelementptr i64, i64* %regs, i64 2
  %1023 = load i64, i64* %1021, align 8
  %1024 = add i64 %1023, 3
  %1025 = and i64 %1024, -4
  %1026 = add i64 %1025, %1020
  %1027 = load i64, i64* %1022, align 8
  %1028 = icmp ugt i64 %1026, %1027
  br i1 %1028, label %trap15.site11, label %ok126

trap15.site11:                                    ; preds = %join124, %then122
  %1029 = load i64, i64* %lowStart, align 8
  %1030 = getelementptr i64, i64* %regs, i64 6
  store i64 %1029, i64* %1030, align 8
  %1031 = load i64, i64* %lowEnd, align 8
  %1032 = getelementptr i64, i64* %regs, i64 7
  store i64 %1031, i64* %1032, align 8
  %1033 = load i64, i64* %highEnd, align 8
  %1034 = getelementptr i64, i64* %regs, i64 8
  store i64 %1033, i64* %1034, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead125:                                          ; No predecessors!
  br label %join124

ok126:                                            ; preds = %join124
  store i64 %1026, i64* %1021, align 8
  %1035 = load i64, i64* %highEnd, align 8
  %1036 = call i64 @llvm.umax.i64(i64 %1035, i64 %1026)
  store i64 %1036, i64* %highEnd, align 8
  %1037 = trunc i64 %1025 to i32
  store i32 %1037, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1038 = load i32, i32* %list.2, align 4
  %1039 = add i32 %1038, 4
  %1040 = load i32, i32* %len.2, align 4
  %1041 = mul i32 %1040, 4
  %1042 = add i32 %1039, %1041
  %1043 = load i32, i32* %item, align 4
  %1044 = zext i32 %1042 to i64
  %1045 = add i64 %1044, 4
  %1046 = icmp uge i64 %1044, %scratch_start
  %1047 = load i64, i64* %highEnd, align 8
  %1048 = icmp ule i64 %1045, %1047
  %1049 = and i1 %1046, %1048
  %1050 = call i1 @llvm.expect.i1(i1 %1049, i1 true)
  br i1 %1050, label %write.ok129, label %write.low127

write.low127:                                     ; preds = %ok126
  %1051 = load i64, i64* %lowStart, align 8
  %1052 = icmp uge i64 %1044, %1051
  %1053 = load i64, i64* %lowEnd, align 8
  %1054 = icmp ule i64 %1045, %1053
  %1055 = and i1 %1052, %1054
  %1056 = call i1 @llvm.expect.i1(i1 %1055, i1 true)
  br i1 %1056, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %1057 = icmp ugt i64 %1045, %arena_size
  br i1 %1057, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %ok126
  %1058 = getelementptr i8, i8* %mem, i64 %1044
  store i32 %1043, i32* %unaligned131, align 4
  %1059 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1058, i8* %1059, i64 4, i1 false)
  %1060 = load i32, i32* %len.2, align 4
  %1061 = add i32 %1060, 1
  store i32 %1061, i32* %len.2, align 4
  %1062 = load i32, i32* %list.2, align 4
  %1063 = add i32 %1062, 4
  %1064 = load i32, i32* %len.2, align 4
  %1065 = mul i32 %1064, 4
  %1066 = add i32 %1063, %1065
  %1067 = load i32, i32* %item.1, align 4
  %1068 = zext i32 %1066 to i64
  %1069 = add i64 %1068, 4
  %1070 = icmp uge i64 %1068, %scratch_start
  %1071 = load i64, i64* %highEnd, align 8
  %1072 = icmp ule i64 %1069, %1071
  %1073 = and i1 %1070, %1072
  %1074 = call i1 @llvm.expect.i1(i1 %1073, i1 true)
  br i1 %1074, label %write.ok134, label %write.low132

ok130:                                            ; preds = %write.slow128
  %1075 = icmp ult i64 %1044, %scratch_start
  %1076 = load i64, i64* %lowStart, align 8
  %1077 = call i64 @llvm.umin.i64(i64 %1076, i64 %1044)
  %1078 = load i64, i64* %lowEnd, align 8
  %1079 = load i64, i64* %highEnd, align 8
  %1080 = add i64 %1045, 64
  %1081 = sub i64 %1045, %1077
  %1082 = lshr i64 %1081, 4
  %1083 = add i64 %1080, %1082
  %1084 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1083)
  %1085 = call i64 @llvm.umax.i64(i64 %1078, i64 %1084)
  %1086 = select i1 %1075, i64 %1085, i64 %1078
  store i64 %1086, i64* %lowEnd, align 8
  %1087 = add i64 %1045, 64
  %1088 = sub i64 %1045, %scratch_start
  %1089 = lshr i64 %1088, 4
  %1090 = add i64 %1087, %1089
  %1091 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1090)
  %1092 = call i64 @llvm.umax.i64(i64 %1079, i64 %1091)
  %1093 = select i1 %1075, i64 %1079, i64 %1092
  store i64 %1093, i64* %highEnd, align 8
  store i64 %1077, i64* %lowStart, align 8
  br label %write.ok129

write.low132:                                     ; preds = %write.ok129
  %1094 = load i64, i64* %lowStart, align 8
  %1095 = icmp uge i64 %1068, %1094
  %1096 = load i64, i64* %lowEnd, align 8
  %1097 = icmp ule i64 %1069, %1096
  %1098 = and i1 %1095, %1097
  %1099 = call i1 @llvm.expect.i1(i1 %1098, i1 true)
  br i1 %1099, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %1100 = icmp ugt i64 %1069, %arena_size
  br i1 %1100, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %write.ok129
  %1101 = getelementptr i8, i8* %mem, i64 %1068
  store i32 %1067, i32* %unaligned136, align 4
  %1102 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1101, i8* %1102, i64 4, i1 false)
  %1103 = load i32, i32* %len.2, align 4
  %1104 = add i32 %1103, 1
  store i32 %1104, i32* %len.2, align 4
  %1105 = load i32, i32* %list.2, align 4
  %1106 = add i32 %1105, 4
  %1107 = load i32, i32* %len.2, align 4
  %1108 = mul i32 %1107, 4
  %1109 = add i32 %1106, %1108
  %1110 = load i32, i32* %item.2, align 4
  %1111 = zext i32 %1109 to i64
  %1112 = add i64 %1111, 4
  %1113 = icmp uge i64 %1111, %scratch_start
  %1114 = load i64, i64* %highEnd, align 8
  %1115 = icmp ule i64 %1112, %1114
  %1116 = and i1 %1113, %1115
  %1117 = call i1 @llvm.expect.i1(i1 %1116, i1 true)
  br i1 %1117, label %write.ok139, label %write.low137

ok135:                                            ; preds = %write.slow133
  %1118 = icmp ult i64 %1068, %scratch_start
  %1119 = load i64, i64* %lowStart, align 8
  %1120 = call i64 @llvm.umin.i64(i64 %1119, i64 %1068)
  %1121 = load i64, i64* %lowEnd, align 8
  %1122 = load i64, i64* %highEnd, align 8
  %1123 = add i64 %1069, 64
  %1124 = sub i64 %1069, %1120
  %1125 = lshr i64 %1124, 4
  %1126 = add i64 %1123, %1125
  %1127 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1126)
  %1128 = call i64 @llvm.umax.i64(i64 %1121, i64 %1127)
  %1129 = select i1 %1118, i64 %1128, i64 %1121
  store i64 %1129, i64* %lowEnd, align 8
  %1130 = add i64 %1069, 64
  %1131 = sub i64 %1069, %scratch_start
  %1132 = lshr i64 %1131, 4
  %1133 = add i64 %1130, %1132
  %1134 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1133)
  %1135 = call i64 @llvm.umax.i64(i64 %1122, i64 %1134)
  %1136 = select i1 %1118, i64 %1122, i64 %1135
  store i64 %1136, i64* %highEnd, align 8
  store i64 %1120, i64* %lowStart, align 8
  br label %write.ok134

write.low137:                                     ; preds = %write.ok134
  %1137 = load i64, i64* %lowStart, align 8
  %1138 = icmp uge i64 %1111, %1137
  %1139 = load i64, i64* %lowEnd, align 8
  %1140 = icmp ule i64 %1112, %1139
  %1141 = and i1 %1138, %1140
  %1142 = call i1 @llvm.expect.i1(i1 %1141, i1 true)
  br i1 %1142, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1143 = icmp ugt i64 %1112, %arena_size
  br i1 %1143, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %write.ok134
  %1144 = getelementptr i8, i8* %mem, i64 %1111
  store i32 %1110, i32* %unaligned141, align 4
  %1145 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1144, i8* %1145, i64 4, i1 false)
  %1146 = load i32, i32* %len.2, align 4
  %1147 = add i32 %1146, 1
  store i32 %1147, i32* %len.2, align 4
  %1148 = load i32, i32* %list.2, align 4
  %1149 = load i32, i32* %len.2, align 4
  %1150 = zext i32 %1148 to i64
  %1151 = add i64 %1150, 4
  %1152 = icmp uge i64 %1150, %scratch_start
  %1153 = load i64, i64* %highEnd, align 8
  %1154 = icmp ule i64 %1151, %1153
  %1155 = and i1 %1152, %1154
  %1156 = call i1 @llvm.expect.i1(i1 %1155, i1 true)
  br i1 %1156, label %write.ok144, label %write.low142

ok140:                                            ; preds = %write.slow138
  %1157 = icmp ult i64 %1111, %scratch_start
  %1158 = load i64, i64* %lowStart, align 8
  %1159 = call i64 @llvm.umin.i64(i64 %1158, i64 %1111)
  %1160 = load i64, i64* %lowEnd, align 8
  %1161 = load i64, i64* %highEnd, align 8
  %1162 = add i64 %1112, 64
  %1163 = sub i64 %1112, %1159
  %1164 = lshr i64 %1163, 4
  %1165 = add i64 %1162, %1164
  %1166 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1165)
  %1167 = call i64 @llvm.umax.i64(i64 %1160, i64 %1166)
  %1168 = select i1 %1157, i64 %1167, i64 %1160
  store i64 %1168, i64* %lowEnd, align 8
  %1169 = add i64 %1112, 64
  %1170 = sub i64 %1112, %scratch_start
  %1171 = lshr i64 %1170, 4
  %1172 = add i64 %1169, %1171
  %1173 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1172)
  %1174 = call i64 @llvm.umax.i64(i64 %1161, i64 %1173)
  %1175 = select i1 %1157, i64 %1161, i64 %1174
  store i64 %1175, i64* %highEnd, align 8
  store i64 %1159, i64* %lowStart, align 8
  br label %write.ok139

write.low142:                                     ; preds = %write.ok139
  %1176 = load i64, i64* %lowStart, align 8
  %1177 = icmp uge i64 %1150, %1176
  %1178 = load i64, i64* %lowEnd, align 8
  %1179 = icmp ule i64 %1151, %1178
  %1180 = and i1 %1177, %1179
  %1181 = call i1 @llvm.expect.i1(i1 %1180, i1 true)
  br i1 %1181, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %1182 = icmp ugt i64 %1151, %arena_size
  br i1 %1182, label %trap17.site0, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %write.ok139
  %1183 = getelementptr i8, i8* %mem, i64 %1150
  store i32 %1149, i32* %unaligned146, align 4
  %1184 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1183, i8* %1184, i64 4, i1 false)
  %1185 = load i32, i32* %list.2, align 4
  store i32 %1185, i32* %result94, align 4
  br label %e14

ok145:                                            ; preds = %write.slow143
  %1186 = icmp ult i64 %1150, %scratch_start
  %1187 = load i64, i64* %lowStart, align 8
  %1188 = call i64 @llvm.umin.i64(i64 %1187, i64 %1150)
  %1189 = load i64, i64* %lowEnd, align 8
  %1190 = load i64, i64* %highEnd, align 8
  %1191 = add i64 %1151, 64
  %1192 = sub i64 %1151, %1188
  %1193 = lshr i64 %1192, 4
  %1194 = add i64 %1191, %1193
  %1195 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1194)
  %1196 = call i64 @llvm.umax.i64(i64 %1189, i64 %1195)
  %1197 = select i1 %1186, i64 %1196, i64 %1189
  store i64 %1197, i64* %lowEnd, align 8
  %1198 = add i64 %1151, 64
  %1199 = sub i64 %1151, %scratch_start
  %1200 = lshr i64 %1199, 4
  %1201 = add i64 %1198, %1200
  %1202 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1201)
  %1203 = call i64 @llvm.umax.i64(i64 %1190, i64 %1202)
  %1204 = select i1 %1186, i64 %1190, i64 %1203
  store i64 %1204, i64* %highEnd, align 8
  store i64 %1188, i64* %lowStart, align 8
  br label %write.ok144

ok147:                                            ; preds = %e14
  %1205 = getelementptr i8, i8* %mem, i64 %793
  %1206 = bitcast i32* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1206, i8* %1205, i64 4, i1 false)
  %1207 = load i32, i32* %unaligned148, align 4
  %1208 = zext i32 %1207 to i64
  %1209 = mul i64 %1208, 4
  %1210 = add i64 4, %1209
  store i64 %1210, i64* %size.3, align 8
  %1211 = load i64, i64* %size.3, align 8
  %1212 = icmp ugt i64 %1211, 2147483647
  %1213 = zext i1 %1212 to i32
  %1214 = icmp ne i32 %1213, 0
  br i1 %1214, label %then149, label %else150

then149:                                          ; preds = %ok147
  br label %trap15.site10

else150:                                          ; preds = %ok147
  br label %join151

join151:                                          ; preds = %else150, %dead152
  %1215 = load i64, i64* %size.3, align 8
  %1216 = trunc i64 %1215 to i32
  %1217 = zext i32 %1216 to i64
  %1218 = getelementptr i64, i64* %regs, i64 1
  %1219 = getelementptr i64, i64* %regs, i64 2
  %1220 = load i64, i64* %1218, align 8
  %1221 = add i64 %1220, 3
  %1222 = and i64 %1221, -4
  %1223 = add i64 %1222, %1217
  %1224 = load i64, i64* %1219, align 8
  %1225 = icmp ugt i64 %1223, %1224
  br i1 %1225, label %trap15.site10, label %ok153

trap15.site10:                                    ; preds = %join151, %then149
  %1226 = load i64, i64* %lowStart, align 8
  %1227 = getelementptr i64, i64* %regs, i64 6
  store i64 %1226, i64* %1227, align 8
  %1228 = load i64, i64* %lowEnd, align 8
  %1229 = getelementptr i64, i64* %regs, i64 7
  store i64 %1228, i64* %1229, align 8
  %1230 = load i64, i64* %highEnd, align 8
  %1231 = getelementptr i64, i64* %regs, i64 8
  store i64 %1230, i64* %1231, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead152:                                          ; No predecessors!
  br label %join151

ok153:                                            ; preds = %join151
  store i64 %1223, i64* %1218, align 8
  %1232 = load i64, i64* %highEnd, align 8
  %1233 = call i64 @llvm.umax.i64(i64 %1232, i64 %1223)
  store i64 %1233, i64* %highEnd, align 8
  %1234 = trunc i64 %1222 to i32
  store i32 %1234, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %1235 = load i32, i32* %xs.2, align 4
  %1236 = zext i32 %1235 to i64
  %1237 = sub i64 %arena_size, 4
  %1238 = icmp sgt i64 %1236, %1237
  br i1 %1238, label %trap17.site0, label %ok154

ok154:                                            ; preds = %ok153
  %1239 = getelementptr i8, i8* %mem, i64 %1236
  %1240 = bitcast i32* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1240, i8* %1239, i64 4, i1 false)
  %1241 = load i32, i32* %unaligned155, align 4
  store i32 %1241, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each22

block21:                                          ; preds = %dead182, %ok156
  %1242 = load i32, i32* %list.3, align 4
  %1243 = load i32, i32* %len.3, align 4
  %1244 = zext i32 %1242 to i64
  %1245 = add i64 %1244, 4
  %1246 = icmp uge i64 %1244, %scratch_start
  %1247 = load i64, i64* %highEnd, align 8
  %1248 = icmp ule i64 %1245, %1247
  %1249 = and i1 %1246, %1248
  %1250 = call i1 @llvm.expect.i1(i1 %1249, i1 true)
  br i1 %1250, label %write.ok185, label %write.low183

each22:                                           ; preds = %join176, %ok154
  %1251 = load i64, i64* %fuel, align 8
  %1252 = icmp ult i64 %1251, 1
  br i1 %1252, label %trap14.site0, label %ok156

ok156:                                            ; preds = %each22
  %1253 = sub i64 %1251, 1
  store i64 %1253, i64* %fuel, align 8
  %1254 = load i32, i32* %k.2, align 4
  %1255 = load i32, i32* %n.2, align 4
  %1256 = icmp uge i32 %1254, %1255
  %1257 = zext i1 %1256 to i32
  %1258 = icmp ne i32 %1257, 0
  br i1 %1258, label %block21, label %cont157

cont157:                                          ; preds = %ok156
  %1259 = load i32, i32* %xs.2, align 4
  %1260 = load i32, i32* %k.2, align 4
  %1261 = mul i32 %1260, 4
  %1262 = add i32 %1259, %1261
  %1263 = zext i32 %1262 to i64
  %1264 = sub i64 %arena_size, 8
  %1265 = icmp sgt i64 %1263, %1264
  br i1 %1265, label %trap17.site0, label %ok158

ok158:                                            ; preds = %cont157
  %1266 = add i64 %1263, 4
  %1267 = getelementptr i8, i8* %mem, i64 %1266
  %1268 = bitcast i32* %unaligned159 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1268, i8* %1267, i64 4, i1 false)
  %1269 = load i32, i32* %unaligned159, align 4
  store i32 %1269, i32* %x.2, align 4
  %1270 = load i32, i32* %x.2, align 4
  store i32 %1270, i32* %s.2, align 4
  %1271 = load i32, i32* %shapes, align 4
  store i32 %1271, i32* %xs.3, align 4
  %1272 = load i32, i32* %s.2, align 4
  store i32 %1272, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %1273 = load i32, i32* %xs.3, align 4
  %1274 = zext i32 %1273 to i64
  %1275 = sub i64 %arena_size, 4
  %1276 = icmp sgt i64 %1274, %1275
  br i1 %1276, label %trap17.site0, label %ok161

e24:                                              ; preds = %block27
  %1277 = load i32, i32* %result160, align 4
  %1278 = icmp eq i32 %1277, 0
  %1279 = zext i1 %1278 to i32
  %1280 = icmp ne i32 %1279, 0
  br i1 %1280, label %then174, label %else175

ok161:                                            ; preds = %ok158
  %1281 = getelementptr i8, i8* %mem, i64 %1274
  %1282 = bitcast i32* %unaligned162 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1282, i8* %1281, i64 4, i1 false)
  %1283 = load i32, i32* %unaligned162, align 4
  store i32 %1283, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each28

block27:                                          ; preds = %dead173, %then169, %ok163
  %1284 = load i32, i32* %found, align 4
  store i32 %1284, i32* %result160, align 4
  br label %e24

each28:                                           ; preds = %join171, %ok161
  %1285 = load i64, i64* %fuel, align 8
  %1286 = icmp ult i64 %1285, 1
  br i1 %1286, label %trap14.site0, label %ok163

ok163:                                            ; preds = %each28
  %1287 = sub i64 %1285, 1
  store i64 %1287, i64* %fuel, align 8
  %1288 = load i32, i32* %k.3, align 4
  %1289 = load i32, i32* %n.3, align 4
  %1290 = icmp uge i32 %1288, %1289
  %1291 = zext i1 %1290 to i32
  %1292 = icmp ne i32 %1291, 0
  br i1 %1292, label %block27, label %cont164

cont164:                                          ; preds = %ok163
  %1293 = load i32, i32* %xs.3, align 4
  %1294 = load i32, i32* %k.3, align 4
  %1295 = mul i32 %1294, 4
  %1296 = add i32 %1293, %1295
  %1297 = zext i32 %1296 to i64
  %1298 = sub i64 %arena_size, 8
  %1299 = icmp sgt i64 %1297, %1298
  br i1 %1299, label %trap17.site0, label %ok165

ok165:                                            ; preds = %cont164
  %1300 = add i64 %1297, 4
  %1301 = getelementptr i8, i8* %mem, i64 %1300
  %1302 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1302, i8* %1301, i64 4, i1 false)
  %1303 = load i32, i32* %unaligned166, align 4
  store i32 %1303, i32* %x.3, align 4
  %1304 = load i32, i32* %x.3, align 4
  store i32 %1304, i32* %x.4, align 4
  %1305 = load i32, i32* %x.4, align 4
  %1306 = load i32, i32* %needle, align 4
  %1307 = icmp uge i32 %depth, 1000
  br i1 %1307, label %trap15.site0, label %ok167

ok167:                                            ; preds = %ok165
  %1308 = icmp ult i64 %10, %stack_limit
  br i1 %1308, label %trap253.site0, label %stack_ok168

trap15.site0:                                     ; preds = %then199, %e0, %ok165
  %1309 = load i64, i64* %lowStart, align 8
  %1310 = getelementptr i64, i64* %regs, i64 6
  store i64 %1309, i64* %1310, align 8
  %1311 = load i64, i64* %lowEnd, align 8
  %1312 = getelementptr i64, i64* %regs, i64 7
  store i64 %1311, i64* %1312, align 8
  %1313 = load i64, i64* %highEnd, align 8
  %1314 = getelementptr i64, i64* %regs, i64 8
  store i64 %1313, i64* %1314, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok168:                                      ; preds = %ok167
  %1315 = load i64, i64* %fuel, align 8
  %1316 = getelementptr i64, i64* %regs, i64 0
  store i64 %1315, i64* %1316, align 8
  %1317 = load i64, i64* %lowStart, align 8
  %1318 = getelementptr i64, i64* %regs, i64 6
  store i64 %1317, i64* %1318, align 8
  %1319 = load i64, i64* %lowEnd, align 8
  %1320 = getelementptr i64, i64* %regs, i64 7
  store i64 %1319, i64* %1320, align 8
  %1321 = load i64, i64* %highEnd, align 8
  %1322 = getelementptr i64, i64* %regs, i64 8
  store i64 %1321, i64* %1322, align 8
  %1323 = add i32 %depth, 1
  %1324 = call i32 @m0.eq.Shape(i64* %regs, i8* %mem, i32 %1323, i32 %1305, i32 %1306)
  %1325 = getelementptr i64, i64* %regs, i64 0
  %1326 = load i64, i64* %1325, align 8
  store i64 %1326, i64* %fuel, align 8
  %1327 = getelementptr i64, i64* %regs, i64 6
  %1328 = load i64, i64* %1327, align 8
  store i64 %1328, i64* %lowStart, align 8
  %1329 = getelementptr i64, i64* %regs, i64 7
  %1330 = load i64, i64* %1329, align 8
  store i64 %1330, i64* %lowEnd, align 8
  %1331 = getelementptr i64, i64* %regs, i64 8
  %1332 = load i64, i64* %1331, align 8
  store i64 %1332, i64* %highEnd, align 8
  %1333 = icmp ne i32 %1324, 0
  br i1 %1333, label %then169, label %else170

then169:                                          ; preds = %stack_ok168
  store i32 1, i32* %found, align 4
  br label %block27

else170:                                          ; preds = %stack_ok168
  br label %join171

join171:                                          ; preds = %else170, %dead172
  %1334 = load i32, i32* %k.3, align 4
  %1335 = add i32 %1334, 1
  store i32 %1335, i32* %k.3, align 4
  br label %each28

dead172:                                          ; No predecessors!
  br label %join171

dead173:                                          ; No predecessors!
  br label %block27

then174:                                          ; preds = %e24
  %1336 = load i32, i32* %list.3, align 4
  %1337 = load i32, i32* %len.3, align 4
  %1338 = mul i32 %1337, 4
  %1339 = add i32 %1336, %1338
  %1340 = load i32, i32* %x.2, align 4
  %1341 = zext i32 %1339 to i64
  %1342 = add i64 %1341, 4
  %1343 = add i64 %1342, 4
  %1344 = icmp uge i64 %1342, %scratch_start
  %1345 = load i64, i64* %highEnd, align 8
  %1346 = icmp ule i64 %1343, %1345
  %1347 = and i1 %1344, %1346
  %1348 = call i1 @llvm.expect.i1(i1 %1347, i1 true)
  br i1 %1348, label %write.ok179, label %write.low177

else175:                                          ; preds = %e24
  br label %join176

join176:                                          ; preds = %else175, %write.ok179
  %1349 = load i32, i32* %k.2, align 4
  %1350 = add i32 %1349, 1
  store i32 %1350, i32* %k.2, align 4
  br label %each22

write.low177:                                     ; preds = %then174
  %1351 = load i64, i64* %lowStart, align 8
  %1352 = icmp uge i64 %1342, %1351
  %1353 = load i64, i64* %lowEnd, align 8
  %1354 = icmp ule i64 %1343, %1353
  %1355 = and i1 %1352, %1354
  %1356 = call i1 @llvm.expect.i1(i1 %1355, i1 true)
  br i1 %1356, label %write.ok179, label %write.slow178

write.slow178:                                    ; preds = %write.low177
  %1357 = icmp ugt i64 %1343, %arena_size
  br i1 %1357, label %trap17.site0, label %ok180

write.ok179:                                      ; preds = %ok180, %write.low177, %then174
  %1358 = getelementptr i8, i8* %mem, i64 %1342
  store i32 %1340, i32* %unaligned181, align 4
  %1359 = bitcast i32* %unaligned181 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1358, i8* %1359, i64 4, i1 false)
  %1360 = load i32, i32* %len.3, align 4
  %1361 = add i32 %1360, 1
  store i32 %1361, i32* %len.3, align 4
  br label %join176

ok180:                                            ; preds = %write.slow178
  %1362 = icmp ult i64 %1342, %scratch_start
  %1363 = load i64, i64* %lowStart, align 8
  %1364 = call i64 @llvm.umin.i64(i64 %1363, i64 %1342)
  %1365 = load i64, i64* %lowEnd, align 8
  %1366 = load i64, i64* %highEnd, align 8
  %1367 = add i64 %1343, 64
  %1368 = sub i64 %1343, %1364
  %1369 = lshr i64 %1368, 4
  %1370 = add i64 %1367, %1369
  %1371 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1370)
  %1372 = call i64 @llvm.umax.i64(i64 %1365, i64 %1371)
  %1373 = select i1 %1362, i64 %1372, i64 %1365
  store i64 %1373, i64* %lowEnd, align 8
  %1374 = add i64 %1343, 64
  %1375 = sub i64 %1343, %scratch_start
  %1376 = lshr i64 %1375, 4
  %1377 = add i64 %1374, %1376
  %1378 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1377)
  %1379 = call i64 @llvm.umax.i64(i64 %1366, i64 %1378)
  %1380 = select i1 %1362, i64 %1366, i64 %1379
  store i64 %1380, i64* %highEnd, align 8
  store i64 %1364, i64* %lowStart, align 8
  br label %write.ok179

dead182:                                          ; No predecessors!
  br label %block21

write.low183:                                     ; preds = %block21
  %1381 = load i64, i64* %lowStart, align 8
  %1382 = icmp uge i64 %1244, %1381
  %1383 = load i64, i64* %lowEnd, align 8
  %1384 = icmp ule i64 %1245, %1383
  %1385 = and i1 %1382, %1384
  %1386 = call i1 @llvm.expect.i1(i1 %1385, i1 true)
  br i1 %1386, label %write.ok185, label %write.slow184

write.slow184:                                    ; preds = %write.low183
  %1387 = icmp ugt i64 %1245, %arena_size
  br i1 %1387, label %trap17.site0, label %ok186

write.ok185:                                      ; preds = %ok186, %write.low183, %block21
  %1388 = getelementptr i8, i8* %mem, i64 %1244
  store i32 %1243, i32* %unaligned187, align 4
  %1389 = bitcast i32* %unaligned187 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1388, i8* %1389, i64 4, i1 false)
  %1390 = load i32, i32* %list.3, align 4
  store i32 %1390, i32* %result93, align 4
  br label %e13

ok186:                                            ; preds = %write.slow184
  %1391 = icmp ult i64 %1244, %scratch_start
  %1392 = load i64, i64* %lowStart, align 8
  %1393 = call i64 @llvm.umin.i64(i64 %1392, i64 %1244)
  %1394 = load i64, i64* %lowEnd, align 8
  %1395 = load i64, i64* %highEnd, align 8
  %1396 = add i64 %1245, 64
  %1397 = sub i64 %1245, %1393
  %1398 = lshr i64 %1397, 4
  %1399 = add i64 %1396, %1398
  %1400 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1399)
  %1401 = call i64 @llvm.umax.i64(i64 %1394, i64 %1400)
  %1402 = select i1 %1391, i64 %1401, i64 %1394
  store i64 %1402, i64* %lowEnd, align 8
  %1403 = add i64 %1245, 64
  %1404 = sub i64 %1245, %scratch_start
  %1405 = lshr i64 %1404, 4
  %1406 = add i64 %1403, %1405
  %1407 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1406)
  %1408 = call i64 @llvm.umax.i64(i64 %1395, i64 %1407)
  %1409 = select i1 %1391, i64 %1395, i64 %1408
  store i64 %1409, i64* %highEnd, align 8
  store i64 %1393, i64* %lowStart, align 8
  br label %write.ok185

write.low188:                                     ; preds = %e13
  %1410 = load i64, i64* %lowStart, align 8
  %1411 = icmp uge i64 %784, %1410
  %1412 = load i64, i64* %lowEnd, align 8
  %1413 = icmp ule i64 %785, %1412
  %1414 = and i1 %1411, %1413
  %1415 = call i1 @llvm.expect.i1(i1 %1414, i1 true)
  br i1 %1415, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1416 = icmp ugt i64 %785, %arena_size
  br i1 %1416, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e13
  %1417 = getelementptr i8, i8* %mem, i64 %784
  store i32 %782, i32* %unaligned192, align 4
  %1418 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1417, i8* %1418, i64 4, i1 false)
  %1419 = load i32, i32* %dict, align 4
  store i32 %1419, i32* %result3, align 4
  br label %e0

ok191:                                            ; preds = %write.slow189
  %1420 = icmp ult i64 %784, %scratch_start
  %1421 = load i64, i64* %lowStart, align 8
  %1422 = call i64 @llvm.umin.i64(i64 %1421, i64 %784)
  %1423 = load i64, i64* %lowEnd, align 8
  %1424 = load i64, i64* %highEnd, align 8
  %1425 = add i64 %785, 64
  %1426 = sub i64 %785, %1422
  %1427 = lshr i64 %1426, 4
  %1428 = add i64 %1425, %1427
  %1429 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1428)
  %1430 = call i64 @llvm.umax.i64(i64 %1423, i64 %1429)
  %1431 = select i1 %1420, i64 %1430, i64 %1423
  store i64 %1431, i64* %lowEnd, align 8
  %1432 = add i64 %785, 64
  %1433 = sub i64 %785, %scratch_start
  %1434 = lshr i64 %1433, 4
  %1435 = add i64 %1432, %1434
  %1436 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1435)
  %1437 = call i64 @llvm.umax.i64(i64 %1424, i64 %1436)
  %1438 = select i1 %1420, i64 %1424, i64 %1437
  store i64 %1438, i64* %highEnd, align 8
  store i64 %1422, i64* %lowStart, align 8
  br label %write.ok190

ok193:                                            ; preds = %e0
  %1439 = icmp ult i64 %10, %stack_limit
  br i1 %1439, label %trap253.site0, label %stack_ok194

stack_ok194:                                      ; preds = %ok193
  %1440 = load i64, i64* %fuel, align 8
  %1441 = getelementptr i64, i64* %regs, i64 0
  store i64 %1440, i64* %1441, align 8
  %1442 = load i64, i64* %lowStart, align 8
  %1443 = getelementptr i64, i64* %regs, i64 6
  store i64 %1442, i64* %1443, align 8
  %1444 = load i64, i64* %lowEnd, align 8
  %1445 = getelementptr i64, i64* %regs, i64 7
  store i64 %1444, i64* %1445, align 8
  %1446 = load i64, i64* %highEnd, align 8
  %1447 = getelementptr i64, i64* %regs, i64 8
  store i64 %1446, i64* %1447, align 8
  %1448 = add i32 %depth, 1
  %1449 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1448, i32 %81, i32 %82, i32 0)
  %1450 = getelementptr i64, i64* %regs, i64 0
  %1451 = load i64, i64* %1450, align 8
  store i64 %1451, i64* %fuel, align 8
  %1452 = getelementptr i64, i64* %regs, i64 6
  %1453 = load i64, i64* %1452, align 8
  store i64 %1453, i64* %lowStart, align 8
  %1454 = getelementptr i64, i64* %regs, i64 7
  %1455 = load i64, i64* %1454, align 8
  store i64 %1455, i64* %lowEnd, align 8
  %1456 = getelementptr i64, i64* %regs, i64 8
  %1457 = load i64, i64* %1456, align 8
  store i64 %1457, i64* %highEnd, align 8
  store i32 %1449, i32* %json_end, align 4
  %1458 = load i32, i32* %json_end, align 4
  %1459 = icmp eq i32 %1458, -2
  %1460 = zext i1 %1459 to i32
  %1461 = icmp ne i32 %1460, 0
  br i1 %1461, label %then195, label %else196

then195:                                          ; preds = %stack_ok194
  br label %trap16.site3

else196:                                          ; preds = %stack_ok194
  br label %join197

join197:                                          ; preds = %else196, %dead198
  %1462 = load i32, i32* %json_end, align 4
  %1463 = icmp eq i32 %1462, -1
  %1464 = zext i1 %1463 to i32
  %1465 = icmp ne i32 %1464, 0
  br i1 %1465, label %then199, label %else200

trap16.site3:                                     ; preds = %then204, %then195
  %1466 = load i64, i64* %lowStart, align 8
  %1467 = getelementptr i64, i64* %regs, i64 6
  store i64 %1466, i64* %1467, align 8
  %1468 = load i64, i64* %lowEnd, align 8
  %1469 = getelementptr i64, i64* %regs, i64 7
  store i64 %1468, i64* %1469, align 8
  %1470 = load i64, i64* %highEnd, align 8
  %1471 = getelementptr i64, i64* %regs, i64 8
  store i64 %1470, i64* %1471, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead198:                                          ; No predecessors!
  br label %join197

then199:                                          ; preds = %join197
  %1472 = load i32, i32* %result.1, align 4
  %1473 = icmp uge i32 %depth, 1000
  br i1 %1473, label %trap15.site0, label %ok202

else200:                                          ; preds = %join197
  br label %join201

join201:                                          ; preds = %else200, %dead208
  %1474 = load i32, i32* %json_end, align 4
  %1475 = zext i32 %1474 to i64
  %1476 = getelementptr i64, i64* %regs, i64 3
  store i64 %1475, i64* %1476, align 8
  %1477 = load i32, i32* %json_end, align 4
  %1478 = load i32, i32* %json_start, align 4
  %1479 = sub i32 %1477, %1478
  %1480 = load i64, i64* %fuel, align 8
  %1481 = getelementptr i64, i64* %regs, i64 0
  store i64 %1480, i64* %1481, align 8
  %1482 = load i64, i64* %lowStart, align 8
  %1483 = getelementptr i64, i64* %regs, i64 6
  store i64 %1482, i64* %1483, align 8
  %1484 = load i64, i64* %lowEnd, align 8
  %1485 = getelementptr i64, i64* %regs, i64 7
  store i64 %1484, i64* %1485, align 8
  %1486 = load i64, i64* %highEnd, align 8
  %1487 = getelementptr i64, i64* %regs, i64 8
  store i64 %1486, i64* %1487, align 8
  ret i32 %1479

ok202:                                            ; preds = %then199
  %1488 = icmp ult i64 %10, %stack_limit
  br i1 %1488, label %trap253.site0, label %stack_ok203

stack_ok203:                                      ; preds = %ok202
  %1489 = load i64, i64* %fuel, align 8
  %1490 = getelementptr i64, i64* %regs, i64 0
  store i64 %1489, i64* %1490, align 8
  %1491 = load i64, i64* %lowStart, align 8
  %1492 = getelementptr i64, i64* %regs, i64 6
  store i64 %1491, i64* %1492, align 8
  %1493 = load i64, i64* %lowEnd, align 8
  %1494 = getelementptr i64, i64* %regs, i64 7
  store i64 %1493, i64* %1494, align 8
  %1495 = load i64, i64* %highEnd, align 8
  %1496 = getelementptr i64, i64* %regs, i64 8
  store i64 %1495, i64* %1496, align 8
  %1497 = add i32 %depth, 1
  %1498 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1497, i32 %1472)
  %1499 = getelementptr i64, i64* %regs, i64 0
  %1500 = load i64, i64* %1499, align 8
  store i64 %1500, i64* %fuel, align 8
  %1501 = getelementptr i64, i64* %regs, i64 6
  %1502 = load i64, i64* %1501, align 8
  store i64 %1502, i64* %lowStart, align 8
  %1503 = getelementptr i64, i64* %regs, i64 7
  %1504 = load i64, i64* %1503, align 8
  store i64 %1504, i64* %lowEnd, align 8
  %1505 = getelementptr i64, i64* %regs, i64 8
  %1506 = load i64, i64* %1505, align 8
  store i64 %1506, i64* %highEnd, align 8
  %1507 = icmp ne i32 %1498, 0
  br i1 %1507, label %then204, label %else205

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

define internal double @m0.fn.area(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i32 %s.arg) {
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
  %9 = sub i64 %arena_size, 1
  %10 = icmp sgt i64 %8, %9
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
  %23 = sub i64 %arena_size, 1
  %24 = icmp sgt i64 %22, %23
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
  %33 = sub i64 %arena_size, 16
  %34 = icmp sgt i64 %32, %33
  br i1 %34, label %trap17.site0, label %ok7

else5:                                            ; preds = %ok3
  br label %join6

join6:                                            ; preds = %else5, %dead8
  %35 = load i32, i32* %scrut, align 4
  %36 = zext i32 %35 to i64
  %37 = sub i64 %arena_size, 1
  %38 = icmp sgt i64 %36, %37
  br i1 %38, label %trap17.site0, label %ok9

ok7:                                              ; preds = %then4
  %39 = add i64 %32, 8
  %40 = getelementptr i8, i8* %mem, i64 %39
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
  %48 = getelementptr i8, i8* %mem, i64 %36
  %49 = load i8, i8* %48, align 1
  %50 = zext i8 %49 to i32
  %51 = icmp eq i32 %50, 2
  %52 = zext i1 %51 to i32
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %then10, label %else11

then10:                                           ; preds = %ok9
  %54 = load i32, i32* %scrut, align 4
  %55 = zext i32 %54 to i64
  %56 = sub i64 %arena_size, 16
  %57 = icmp sgt i64 %55, %56
  br i1 %57, label %trap17.site0, label %ok13

else11:                                           ; preds = %ok9
  br label %join12

join12:                                           ; preds = %else11, %dead18
  br label %trap5.site19

ok13:                                             ; preds = %then10
  %58 = add i64 %55, 8
  %59 = getelementptr i8, i8* %mem, i64 %58
  %60 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %60, i8* %59, i64 8, i1 false)
  %61 = load i64, i64* %unaligned14, align 8
  store i64 %61, i64* %w, align 8
  %62 = load i32, i32* %scrut, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 24
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok15

ok15:                                             ; preds = %ok13
  %66 = add i64 %63, 16
  %67 = getelementptr i8, i8* %mem, i64 %66
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

define internal i32 @m0.fn.kind(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i32 %s.arg) {
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
  %9 = sub i64 %arena_size, 1
  %10 = icmp sgt i64 %8, %9
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
  %23 = sub i64 %arena_size, 1
  %24 = icmp sgt i64 %22, %23
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
