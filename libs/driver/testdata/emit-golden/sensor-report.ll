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
;   @m0.codec.skip
;   @m0.codec.dec.string.3
;   @m0.rt.parse_eisel_lemire
;   @m0.rt.decimal_shr
;   @m0.rt.decimal_shl
;   @m0.rt.decimal_round
;   @m0.rt.parse_float_slow
;   @m0.rt.parse_float
;   @m0.codec.dec.float.4
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
  %arg0_at = alloca i32, align 4
  store i32 0, i32* %arg0_at, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %cell = alloca i32, align 4
  store i32 0, i32* %cell, align 4
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
  %result = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned34 = alloca i32, align 4
  %unaligned80 = alloca i32, align 4
  %unaligned87 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %input_offset, align 4
  store i32 %14, i32* %args, align 4
  %15 = load i32, i32* %args, align 4
  %16 = load i32, i32* %input_len, align 4
  %17 = add i32 %15, %16
  store i32 %17, i32* %args_end, align 4
  %18 = load i32, i32* %args, align 4
  %19 = load i32, i32* %args_end, align 4
  %20 = load i32, i32* %args, align 4
  %21 = sub i32 %19, %20
  %22 = icmp uge i32 %depth, 1000
  br i1 %22, label %trap15.site0, label %ok1

trap14.site0:                                     ; preds = %ws16, %ws14, %ws9, %ws7, %args4, %ws3, %ws1, %body
  %23 = load i64, i64* %lowStart, align 8
  %24 = getelementptr i64, i64* %regs, i64 6
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %lowEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 7
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %highEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 8
  store i64 %27, i64* %28, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %29 = getelementptr i64, i64* %regs, i64 10
  %30 = load i64, i64* %29, align 8
  %31 = icmp ult i64 %10, %30
  br i1 %31, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok72, %join70, %switch10, %ok26, %then23, %ok20, %ok
  %32 = load i64, i64* %lowStart, align 8
  %33 = getelementptr i64, i64* %regs, i64 6
  store i64 %32, i64* %33, align 8
  %34 = load i64, i64* %lowEnd, align 8
  %35 = getelementptr i64, i64* %regs, i64 7
  store i64 %34, i64* %35, align 8
  %36 = load i64, i64* %highEnd, align 8
  %37 = getelementptr i64, i64* %regs, i64 8
  store i64 %36, i64* %37, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok1
  %38 = load i64, i64* %fuel, align 8
  %39 = getelementptr i64, i64* %regs, i64 0
  store i64 %38, i64* %39, align 8
  %40 = load i64, i64* %lowStart, align 8
  %41 = getelementptr i64, i64* %regs, i64 6
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %lowEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 7
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 8
  store i64 %44, i64* %45, align 8
  %46 = add i32 %depth, 1
  %47 = call i32 @m0.codec.json_valid(i64* %regs, i8* %mem, i32 %46, i32 %18, i32 %21)
  %48 = getelementptr i64, i64* %regs, i64 0
  %49 = load i64, i64* %48, align 8
  store i64 %49, i64* %fuel, align 8
  %50 = getelementptr i64, i64* %regs, i64 6
  %51 = load i64, i64* %50, align 8
  store i64 %51, i64* %lowStart, align 8
  %52 = getelementptr i64, i64* %regs, i64 7
  %53 = load i64, i64* %52, align 8
  store i64 %53, i64* %lowEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 8
  %55 = load i64, i64* %54, align 8
  store i64 %55, i64* %highEnd, align 8
  %56 = icmp eq i32 %47, 0
  %57 = zext i1 %56 to i32
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %then, label %else

trap253.site0:                                    ; preds = %ok73, %ok51, %ok27, %ok21, %ok1
  %59 = load i64, i64* %lowStart, align 8
  %60 = getelementptr i64, i64* %regs, i64 6
  store i64 %59, i64* %60, align 8
  %61 = load i64, i64* %lowEnd, align 8
  %62 = getelementptr i64, i64* %regs, i64 7
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %highEnd, align 8
  %64 = getelementptr i64, i64* %regs, i64 8
  store i64 %63, i64* %64, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  br label %trap11.site1

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %65 = load i32, i32* %args, align 4
  store i32 %65, i32* %args_pos, align 4
  br label %ws1

trap11.site1:                                     ; preds = %then7, %then
  %66 = load i64, i64* %lowStart, align 8
  %67 = getelementptr i64, i64* %regs, i64 6
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %lowEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 7
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %highEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 8
  store i64 %70, i64* %71, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 1)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ws_done0:                                         ; preds = %dead5, %ok3, %ok2
  %72 = load i32, i32* %args_pos, align 4
  %73 = zext i32 %72 to i64
  %74 = add i64 %73, 1
  %75 = icmp ugt i64 %74, %arena_size
  br i1 %75, label %trap17.site0, label %ok6

ws1:                                              ; preds = %cont4, %join
  %76 = load i64, i64* %fuel, align 8
  %77 = icmp ult i64 %76, 1
  br i1 %77, label %trap14.site0, label %ok2

ok2:                                              ; preds = %ws1
  %78 = sub i64 %76, 1
  store i64 %78, i64* %fuel, align 8
  %79 = load i32, i32* %args_pos, align 4
  %80 = load i32, i32* %args_end, align 4
  %81 = icmp uge i32 %79, %80
  %82 = zext i1 %81 to i32
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %ws_done0, label %cont

cont:                                             ; preds = %ok2
  %84 = load i32, i32* %args_pos, align 4
  %85 = zext i32 %84 to i64
  %86 = add i64 %85, 1
  %87 = icmp ugt i64 %86, %arena_size
  br i1 %87, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %88 = getelementptr i8, i8* %mem, i64 %85
  %89 = load i8, i8* %88, align 1
  %90 = zext i8 %89 to i32
  store i32 %90, i32* %ws, align 4
  %91 = load i32, i32* %ws, align 4
  %92 = icmp ule i32 %91, 32
  %93 = zext i1 %92 to i32
  %94 = icmp eq i32 %93, 0
  %95 = zext i1 %94 to i32
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %ws_done0, label %cont4

trap17.site0:                                     ; preds = %ok85, %join77, %cont63, %ws_done13, %cont54, %cont45, %cont40, %ok32, %then29, %ws_done2, %cont12, %ws_done0, %cont
  %97 = load i64, i64* %lowStart, align 8
  %98 = getelementptr i64, i64* %regs, i64 6
  store i64 %97, i64* %98, align 8
  %99 = load i64, i64* %lowEnd, align 8
  %100 = getelementptr i64, i64* %regs, i64 7
  store i64 %99, i64* %100, align 8
  %101 = load i64, i64* %highEnd, align 8
  %102 = getelementptr i64, i64* %regs, i64 8
  store i64 %101, i64* %102, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

cont4:                                            ; preds = %ok3
  %103 = load i32, i32* %args_pos, align 4
  %104 = add i32 %103, 1
  store i32 %104, i32* %args_pos, align 4
  br label %ws1

dead5:                                            ; No predecessors!
  br label %ws_done0

ok6:                                              ; preds = %ws_done0
  %105 = getelementptr i8, i8* %mem, i64 %73
  %106 = load i8, i8* %105, align 1
  %107 = zext i8 %106 to i32
  %108 = icmp eq i32 %107, 123
  %109 = zext i1 %108 to i32
  %110 = icmp eq i32 %109, 0
  %111 = zext i1 %110 to i32
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %then7, label %else8

then7:                                            ; preds = %ok6
  br label %trap11.site1

else8:                                            ; preds = %ok6
  br label %join9

join9:                                            ; preds = %else8, %dead10
  %113 = load i32, i32* %args_pos, align 4
  %114 = add i32 %113, 1
  store i32 %114, i32* %args_pos, align 4
  br label %ws3

dead10:                                           ; No predecessors!
  br label %join9

ws_done2:                                         ; preds = %dead15, %ok13, %ok11
  %115 = load i32, i32* %args_pos, align 4
  %116 = zext i32 %115 to i64
  %117 = add i64 %116, 1
  %118 = icmp ugt i64 %117, %arena_size
  br i1 %118, label %trap17.site0, label %ok16

ws3:                                              ; preds = %cont14, %join9
  %119 = load i64, i64* %fuel, align 8
  %120 = icmp ult i64 %119, 1
  br i1 %120, label %trap14.site0, label %ok11

ok11:                                             ; preds = %ws3
  %121 = sub i64 %119, 1
  store i64 %121, i64* %fuel, align 8
  %122 = load i32, i32* %args_pos, align 4
  %123 = load i32, i32* %args_end, align 4
  %124 = icmp uge i32 %122, %123
  %125 = zext i1 %124 to i32
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %ws_done2, label %cont12

cont12:                                           ; preds = %ok11
  %127 = load i32, i32* %args_pos, align 4
  %128 = zext i32 %127 to i64
  %129 = add i64 %128, 1
  %130 = icmp ugt i64 %129, %arena_size
  br i1 %130, label %trap17.site0, label %ok13

ok13:                                             ; preds = %cont12
  %131 = getelementptr i8, i8* %mem, i64 %128
  %132 = load i8, i8* %131, align 1
  %133 = zext i8 %132 to i32
  store i32 %133, i32* %ws, align 4
  %134 = load i32, i32* %ws, align 4
  %135 = icmp ule i32 %134, 32
  %136 = zext i1 %135 to i32
  %137 = icmp eq i32 %136, 0
  %138 = zext i1 %137 to i32
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %ws_done2, label %cont14

cont14:                                           ; preds = %ok13
  %140 = load i32, i32* %args_pos, align 4
  %141 = add i32 %140, 1
  store i32 %141, i32* %args_pos, align 4
  br label %ws3

dead15:                                           ; No predecessors!
  br label %ws_done2

ok16:                                             ; preds = %ws_done2
  %142 = getelementptr i8, i8* %mem, i64 %116
  %143 = load i8, i8* %142, align 1
  %144 = zext i8 %143 to i32
  %145 = icmp eq i32 %144, 125
  %146 = zext i1 %145 to i32
  %147 = icmp eq i32 %146, 0
  %148 = zext i1 %147 to i32
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %then17, label %else18

then17:                                           ; preds = %ok16
  br label %args4

else18:                                           ; preds = %ok16
  br label %join19

join19:                                           ; preds = %else18, %join61
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then68, label %else69

args4:                                            ; preds = %ws_done15, %then17
  %154 = load i64, i64* %fuel, align 8
  %155 = icmp ult i64 %154, 1
  br i1 %155, label %trap14.site0, label %ok20

ok20:                                             ; preds = %args4
  %156 = sub i64 %154, 1
  store i64 %156, i64* %fuel, align 8
  %157 = getelementptr i64, i64* %regs, i64 1
  %158 = load i64, i64* %157, align 8
  %159 = trunc i64 %158 to i32
  store i32 %159, i32* %args_mark, align 4
  %160 = load i32, i32* %args_pos, align 4
  %161 = add i32 %160, 1
  %162 = load i32, i32* %args_end, align 4
  %163 = icmp uge i32 %depth, 1000
  br i1 %163, label %trap15.site0, label %ok21

ok21:                                             ; preds = %ok20
  %164 = getelementptr i64, i64* %regs, i64 10
  %165 = load i64, i64* %164, align 8
  %166 = icmp ult i64 %10, %165
  br i1 %166, label %trap253.site0, label %stack_ok22

stack_ok22:                                       ; preds = %ok21
  %167 = load i64, i64* %fuel, align 8
  %168 = getelementptr i64, i64* %regs, i64 0
  store i64 %167, i64* %168, align 8
  %169 = load i64, i64* %lowStart, align 8
  %170 = getelementptr i64, i64* %regs, i64 6
  store i64 %169, i64* %170, align 8
  %171 = load i64, i64* %lowEnd, align 8
  %172 = getelementptr i64, i64* %regs, i64 7
  store i64 %171, i64* %172, align 8
  %173 = load i64, i64* %highEnd, align 8
  %174 = getelementptr i64, i64* %regs, i64 8
  store i64 %173, i64* %174, align 8
  %175 = add i32 %depth, 1
  %176 = call i32 @m0.codec.str_end(i64* %regs, i8* %mem, i32 %175, i32 %161, i32 %162)
  %177 = getelementptr i64, i64* %regs, i64 0
  %178 = load i64, i64* %177, align 8
  store i64 %178, i64* %fuel, align 8
  %179 = getelementptr i64, i64* %regs, i64 6
  %180 = load i64, i64* %179, align 8
  store i64 %180, i64* %lowStart, align 8
  %181 = getelementptr i64, i64* %regs, i64 7
  %182 = load i64, i64* %181, align 8
  store i64 %182, i64* %lowEnd, align 8
  %183 = getelementptr i64, i64* %regs, i64 8
  %184 = load i64, i64* %183, align 8
  store i64 %184, i64* %highEnd, align 8
  store i32 %176, i32* %kr, align 4
  %185 = load i32, i32* %kr, align 4
  %186 = and i32 %185, 2147483647
  store i32 %186, i32* %kq, align 4
  %187 = load i32, i32* %kr, align 4
  %188 = and i32 %187, -2147483648
  %189 = icmp ne i32 %188, 0
  br i1 %189, label %then23, label %else24

then23:                                           ; preds = %stack_ok22
  %190 = load i32, i32* %kq, align 4
  %191 = load i32, i32* %args_pos, align 4
  %192 = sub i32 %190, %191
  %193 = sub i32 %192, 1
  %194 = zext i32 %193 to i64
  %195 = getelementptr i64, i64* %regs, i64 1
  %196 = getelementptr i64, i64* %regs, i64 2
  %197 = load i64, i64* %195, align 8
  %198 = add i64 %197, 0
  %199 = and i64 %198, -1
  %200 = add i64 %199, %194
  %201 = load i64, i64* %196, align 8
  %202 = icmp ugt i64 %200, %201
  br i1 %202, label %trap15.site0, label %ok26

else24:                                           ; preds = %stack_ok22
  %203 = load i32, i32* %args_pos, align 4
  %204 = add i32 %203, 1
  store i32 %204, i32* %args_kp, align 4
  %205 = load i32, i32* %kq, align 4
  %206 = load i32, i32* %args_pos, align 4
  %207 = sub i32 %205, %206
  %208 = sub i32 %207, 1
  store i32 %208, i32* %args_klen, align 4
  br label %join25

join25:                                           ; preds = %else24, %stack_ok28
  %209 = load i32, i32* %kq, align 4
  %210 = add i32 %209, 1
  store i32 %210, i32* %args_pos, align 4
  %211 = load i32, i32* %args_klen, align 4
  %212 = icmp eq i32 %211, 8
  %213 = zext i1 %212 to i32
  %214 = icmp ne i32 %213, 0
  br i1 %214, label %then29, label %else30

ok26:                                             ; preds = %then23
  store i64 %200, i64* %195, align 8
  %215 = trunc i64 %199 to i32
  store i32 %215, i32* %args_kp, align 4
  %216 = load i32, i32* %args_pos, align 4
  %217 = add i32 %216, 1
  %218 = load i32, i32* %kq, align 4
  %219 = load i32, i32* %args_kp, align 4
  %220 = icmp uge i32 %depth, 1000
  br i1 %220, label %trap15.site0, label %ok27

ok27:                                             ; preds = %ok26
  %221 = getelementptr i64, i64* %regs, i64 10
  %222 = load i64, i64* %221, align 8
  %223 = icmp ult i64 %10, %222
  br i1 %223, label %trap253.site0, label %stack_ok28

stack_ok28:                                       ; preds = %ok27
  %224 = load i64, i64* %fuel, align 8
  %225 = getelementptr i64, i64* %regs, i64 0
  store i64 %224, i64* %225, align 8
  %226 = load i64, i64* %lowStart, align 8
  %227 = getelementptr i64, i64* %regs, i64 6
  store i64 %226, i64* %227, align 8
  %228 = load i64, i64* %lowEnd, align 8
  %229 = getelementptr i64, i64* %regs, i64 7
  store i64 %228, i64* %229, align 8
  %230 = load i64, i64* %highEnd, align 8
  %231 = getelementptr i64, i64* %regs, i64 8
  store i64 %230, i64* %231, align 8
  %232 = add i32 %depth, 1
  %233 = call i32 @m0.codec.str_unescape(i64* %regs, i8* %mem, i32 %232, i32 %217, i32 %218, i32 %219)
  %234 = getelementptr i64, i64* %regs, i64 0
  %235 = load i64, i64* %234, align 8
  store i64 %235, i64* %fuel, align 8
  %236 = getelementptr i64, i64* %regs, i64 6
  %237 = load i64, i64* %236, align 8
  store i64 %237, i64* %lowStart, align 8
  %238 = getelementptr i64, i64* %regs, i64 7
  %239 = load i64, i64* %238, align 8
  store i64 %239, i64* %lowEnd, align 8
  %240 = getelementptr i64, i64* %regs, i64 8
  %241 = load i64, i64* %240, align 8
  store i64 %241, i64* %highEnd, align 8
  %242 = load i32, i32* %args_kp, align 4
  %243 = sub i32 %233, %242
  store i32 %243, i32* %args_klen, align 4
  br label %join25

match5:                                           ; preds = %join31, %then35
  %244 = load i32, i32* %result, align 4
  store i32 %244, i32* %args_c, align 4
  %245 = load i32, i32* %args_mark, align 4
  %246 = zext i32 %245 to i64
  %247 = getelementptr i64, i64* %regs, i64 1
  store i64 %246, i64* %247, align 8
  br label %ws7

then29:                                           ; preds = %join25
  %248 = load i32, i32* %args_kp, align 4
  %249 = zext i32 %248 to i64
  %250 = add i64 %249, 4
  %251 = icmp ugt i64 %250, %arena_size
  br i1 %251, label %trap17.site0, label %ok32

else30:                                           ; preds = %join25
  br label %join31

join31:                                           ; preds = %else30, %join37
  store i32 -1, i32* %result, align 4
  br label %match5

ok32:                                             ; preds = %then29
  %252 = getelementptr i8, i8* %mem, i64 %249
  %253 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %253, i8* %252, i64 4, i1 false)
  %254 = load i32, i32* %unaligned, align 4
  %255 = icmp eq i32 %254, 1684104562
  %256 = zext i1 %255 to i32
  %257 = load i32, i32* %args_kp, align 4
  %258 = zext i32 %257 to i64
  %259 = add i64 %258, 4
  %260 = add i64 %259, 4
  %261 = icmp ugt i64 %260, %arena_size
  br i1 %261, label %trap17.site0, label %ok33

ok33:                                             ; preds = %ok32
  %262 = getelementptr i8, i8* %mem, i64 %259
  %263 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %263, i8* %262, i64 4, i1 false)
  %264 = load i32, i32* %unaligned34, align 4
  %265 = icmp eq i32 %264, 1936158313
  %266 = zext i1 %265 to i32
  %267 = and i32 %256, %266
  %268 = icmp ne i32 %267, 0
  br i1 %268, label %then35, label %else36

then35:                                           ; preds = %ok33
  store i32 0, i32* %result, align 4
  br label %match5

else36:                                           ; preds = %ok33
  br label %join37

join37:                                           ; preds = %else36, %dead38
  br label %join31

dead38:                                           ; No predecessors!
  br label %join37

ws_done6:                                         ; preds = %dead43, %ok41, %ok39
  %269 = load i32, i32* %args_pos, align 4
  %270 = add i32 %269, 1
  store i32 %270, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont42, %match5
  %271 = load i64, i64* %fuel, align 8
  %272 = icmp ult i64 %271, 1
  br i1 %272, label %trap14.site0, label %ok39

ok39:                                             ; preds = %ws7
  %273 = sub i64 %271, 1
  store i64 %273, i64* %fuel, align 8
  %274 = load i32, i32* %args_pos, align 4
  %275 = load i32, i32* %args_end, align 4
  %276 = icmp uge i32 %274, %275
  %277 = zext i1 %276 to i32
  %278 = icmp ne i32 %277, 0
  br i1 %278, label %ws_done6, label %cont40

cont40:                                           ; preds = %ok39
  %279 = load i32, i32* %args_pos, align 4
  %280 = zext i32 %279 to i64
  %281 = add i64 %280, 1
  %282 = icmp ugt i64 %281, %arena_size
  br i1 %282, label %trap17.site0, label %ok41

ok41:                                             ; preds = %cont40
  %283 = getelementptr i8, i8* %mem, i64 %280
  %284 = load i8, i8* %283, align 1
  %285 = zext i8 %284 to i32
  store i32 %285, i32* %ws, align 4
  %286 = load i32, i32* %ws, align 4
  %287 = icmp ule i32 %286, 32
  %288 = zext i1 %287 to i32
  %289 = icmp eq i32 %288, 0
  %290 = zext i1 %289 to i32
  %291 = icmp ne i32 %290, 0
  br i1 %291, label %ws_done6, label %cont42

cont42:                                           ; preds = %ok41
  %292 = load i32, i32* %args_pos, align 4
  %293 = add i32 %292, 1
  store i32 %293, i32* %args_pos, align 4
  br label %ws7

dead43:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead48, %ok46, %ok44
  %294 = load i32, i32* %args_c, align 4
  switch i32 %294, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont47, %ws_done6
  %295 = load i64, i64* %fuel, align 8
  %296 = icmp ult i64 %295, 1
  br i1 %296, label %trap14.site0, label %ok44

ok44:                                             ; preds = %ws9
  %297 = sub i64 %295, 1
  store i64 %297, i64* %fuel, align 8
  %298 = load i32, i32* %args_pos, align 4
  %299 = load i32, i32* %args_end, align 4
  %300 = icmp uge i32 %298, %299
  %301 = zext i1 %300 to i32
  %302 = icmp ne i32 %301, 0
  br i1 %302, label %ws_done8, label %cont45

cont45:                                           ; preds = %ok44
  %303 = load i32, i32* %args_pos, align 4
  %304 = zext i32 %303 to i64
  %305 = add i64 %304, 1
  %306 = icmp ugt i64 %305, %arena_size
  br i1 %306, label %trap17.site0, label %ok46

ok46:                                             ; preds = %cont45
  %307 = getelementptr i8, i8* %mem, i64 %304
  %308 = load i8, i8* %307, align 1
  %309 = zext i8 %308 to i32
  store i32 %309, i32* %ws, align 4
  %310 = load i32, i32* %ws, align 4
  %311 = icmp ule i32 %310, 32
  %312 = zext i1 %311 to i32
  %313 = icmp eq i32 %312, 0
  %314 = zext i1 %313 to i32
  %315 = icmp ne i32 %314, 0
  br i1 %315, label %ws_done8, label %cont47

cont47:                                           ; preds = %ok46
  %316 = load i32, i32* %args_pos, align 4
  %317 = add i32 %316, 1
  store i32 %317, i32* %args_pos, align 4
  br label %ws9

dead48:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12
  %318 = load i32, i32* %args_pos, align 4
  %319 = load i32, i32* %args_end, align 4
  %320 = icmp uge i32 %depth, 1000
  br i1 %320, label %trap15.site0, label %ok51

default11:                                        ; preds = %dead50, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead49, %ws_done8
  %321 = load i32, i32* %args_pos, align 4
  store i32 %321, i32* %arg0_at, align 4
  br label %switch10

dead49:                                           ; No predecessors!
  br label %case12

dead50:                                           ; No predecessors!
  br label %default11

ok51:                                             ; preds = %switch10
  %322 = getelementptr i64, i64* %regs, i64 10
  %323 = load i64, i64* %322, align 8
  %324 = icmp ult i64 %10, %323
  br i1 %324, label %trap253.site0, label %stack_ok52

stack_ok52:                                       ; preds = %ok51
  %325 = load i64, i64* %fuel, align 8
  %326 = getelementptr i64, i64* %regs, i64 0
  store i64 %325, i64* %326, align 8
  %327 = load i64, i64* %lowStart, align 8
  %328 = getelementptr i64, i64* %regs, i64 6
  store i64 %327, i64* %328, align 8
  %329 = load i64, i64* %lowEnd, align 8
  %330 = getelementptr i64, i64* %regs, i64 7
  store i64 %329, i64* %330, align 8
  %331 = load i64, i64* %highEnd, align 8
  %332 = getelementptr i64, i64* %regs, i64 8
  store i64 %331, i64* %332, align 8
  %333 = add i32 %depth, 1
  %334 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %333, i32 %318, i32 %319)
  %335 = getelementptr i64, i64* %regs, i64 0
  %336 = load i64, i64* %335, align 8
  store i64 %336, i64* %fuel, align 8
  %337 = getelementptr i64, i64* %regs, i64 6
  %338 = load i64, i64* %337, align 8
  store i64 %338, i64* %lowStart, align 8
  %339 = getelementptr i64, i64* %regs, i64 7
  %340 = load i64, i64* %339, align 8
  store i64 %340, i64* %lowEnd, align 8
  %341 = getelementptr i64, i64* %regs, i64 8
  %342 = load i64, i64* %341, align 8
  store i64 %342, i64* %highEnd, align 8
  store i32 %334, i32* %args_pos, align 4
  br label %ws14

ws_done13:                                        ; preds = %dead57, %ok55, %ok53
  %343 = load i32, i32* %args_pos, align 4
  %344 = zext i32 %343 to i64
  %345 = add i64 %344, 1
  %346 = icmp ugt i64 %345, %arena_size
  br i1 %346, label %trap17.site0, label %ok58

ws14:                                             ; preds = %cont56, %stack_ok52
  %347 = load i64, i64* %fuel, align 8
  %348 = icmp ult i64 %347, 1
  br i1 %348, label %trap14.site0, label %ok53

ok53:                                             ; preds = %ws14
  %349 = sub i64 %347, 1
  store i64 %349, i64* %fuel, align 8
  %350 = load i32, i32* %args_pos, align 4
  %351 = load i32, i32* %args_end, align 4
  %352 = icmp uge i32 %350, %351
  %353 = zext i1 %352 to i32
  %354 = icmp ne i32 %353, 0
  br i1 %354, label %ws_done13, label %cont54

cont54:                                           ; preds = %ok53
  %355 = load i32, i32* %args_pos, align 4
  %356 = zext i32 %355 to i64
  %357 = add i64 %356, 1
  %358 = icmp ugt i64 %357, %arena_size
  br i1 %358, label %trap17.site0, label %ok55

ok55:                                             ; preds = %cont54
  %359 = getelementptr i8, i8* %mem, i64 %356
  %360 = load i8, i8* %359, align 1
  %361 = zext i8 %360 to i32
  store i32 %361, i32* %ws, align 4
  %362 = load i32, i32* %ws, align 4
  %363 = icmp ule i32 %362, 32
  %364 = zext i1 %363 to i32
  %365 = icmp eq i32 %364, 0
  %366 = zext i1 %365 to i32
  %367 = icmp ne i32 %366, 0
  br i1 %367, label %ws_done13, label %cont56

cont56:                                           ; preds = %ok55
  %368 = load i32, i32* %args_pos, align 4
  %369 = add i32 %368, 1
  store i32 %369, i32* %args_pos, align 4
  br label %ws14

dead57:                                           ; No predecessors!
  br label %ws_done13

ok58:                                             ; preds = %ws_done13
  %370 = getelementptr i8, i8* %mem, i64 %344
  %371 = load i8, i8* %370, align 1
  %372 = zext i8 %371 to i32
  store i32 %372, i32* %args_c, align 4
  %373 = load i32, i32* %args_pos, align 4
  %374 = add i32 %373, 1
  store i32 %374, i32* %args_pos, align 4
  %375 = load i32, i32* %args_c, align 4
  %376 = icmp eq i32 %375, 44
  %377 = zext i1 %376 to i32
  %378 = icmp ne i32 %377, 0
  br i1 %378, label %then59, label %else60

then59:                                           ; preds = %ok58
  br label %ws16

else60:                                           ; preds = %ok58
  br label %join61

join61:                                           ; preds = %else60, %dead67
  br label %join19

ws_done15:                                        ; preds = %dead66, %ok64, %ok62
  br label %args4

ws16:                                             ; preds = %cont65, %then59
  %379 = load i64, i64* %fuel, align 8
  %380 = icmp ult i64 %379, 1
  br i1 %380, label %trap14.site0, label %ok62

ok62:                                             ; preds = %ws16
  %381 = sub i64 %379, 1
  store i64 %381, i64* %fuel, align 8
  %382 = load i32, i32* %args_pos, align 4
  %383 = load i32, i32* %args_end, align 4
  %384 = icmp uge i32 %382, %383
  %385 = zext i1 %384 to i32
  %386 = icmp ne i32 %385, 0
  br i1 %386, label %ws_done15, label %cont63

cont63:                                           ; preds = %ok62
  %387 = load i32, i32* %args_pos, align 4
  %388 = zext i32 %387 to i64
  %389 = add i64 %388, 1
  %390 = icmp ugt i64 %389, %arena_size
  br i1 %390, label %trap17.site0, label %ok64

ok64:                                             ; preds = %cont63
  %391 = getelementptr i8, i8* %mem, i64 %388
  %392 = load i8, i8* %391, align 1
  %393 = zext i8 %392 to i32
  store i32 %393, i32* %ws, align 4
  %394 = load i32, i32* %ws, align 4
  %395 = icmp ule i32 %394, 32
  %396 = zext i1 %395 to i32
  %397 = icmp eq i32 %396, 0
  %398 = zext i1 %397 to i32
  %399 = icmp ne i32 %398, 0
  br i1 %399, label %ws_done15, label %cont65

cont65:                                           ; preds = %ok64
  %400 = load i32, i32* %args_pos, align 4
  %401 = add i32 %400, 1
  store i32 %401, i32* %args_pos, align 4
  br label %ws16

dead66:                                           ; No predecessors!
  br label %ws_done15

dead67:                                           ; No predecessors!
  br label %join61

then68:                                           ; preds = %join19
  br label %trap9.site2

else69:                                           ; preds = %join19
  br label %join70

join70:                                           ; preds = %else69, %dead71
  %402 = getelementptr i64, i64* %regs, i64 1
  %403 = getelementptr i64, i64* %regs, i64 2
  %404 = load i64, i64* %402, align 8
  %405 = add i64 %404, 3
  %406 = and i64 %405, -4
  %407 = add i64 %406, 4
  %408 = load i64, i64* %403, align 8
  %409 = icmp ugt i64 %407, %408
  br i1 %409, label %trap15.site0, label %ok72

trap9.site2:                                      ; preds = %then68
  %410 = load i64, i64* %lowStart, align 8
  %411 = getelementptr i64, i64* %regs, i64 6
  store i64 %410, i64* %411, align 8
  %412 = load i64, i64* %lowEnd, align 8
  %413 = getelementptr i64, i64* %regs, i64 7
  store i64 %412, i64* %413, align 8
  %414 = load i64, i64* %highEnd, align 8
  %415 = getelementptr i64, i64* %regs, i64 8
  store i64 %414, i64* %415, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead71:                                           ; No predecessors!
  br label %join70

ok72:                                             ; preds = %join70
  store i64 %407, i64* %402, align 8
  %416 = trunc i64 %406 to i32
  store i32 %416, i32* %cell, align 4
  %417 = load i32, i32* %arg0_at, align 4
  %418 = load i32, i32* %args_end, align 4
  %419 = load i32, i32* %cell, align 4
  %420 = icmp uge i32 %depth, 1000
  br i1 %420, label %trap15.site0, label %ok73

ok73:                                             ; preds = %ok72
  %421 = getelementptr i64, i64* %regs, i64 10
  %422 = load i64, i64* %421, align 8
  %423 = icmp ult i64 %10, %422
  br i1 %423, label %trap253.site0, label %stack_ok74

stack_ok74:                                       ; preds = %ok73
  %424 = load i64, i64* %fuel, align 8
  %425 = getelementptr i64, i64* %regs, i64 0
  store i64 %424, i64* %425, align 8
  %426 = load i64, i64* %lowStart, align 8
  %427 = getelementptr i64, i64* %regs, i64 6
  store i64 %426, i64* %427, align 8
  %428 = load i64, i64* %lowEnd, align 8
  %429 = getelementptr i64, i64* %regs, i64 7
  store i64 %428, i64* %429, align 8
  %430 = load i64, i64* %highEnd, align 8
  %431 = getelementptr i64, i64* %regs, i64 8
  store i64 %430, i64* %431, align 8
  %432 = add i32 %depth, 1
  %433 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %432, i32 %417, i32 %418, i32 %419)
  %434 = getelementptr i64, i64* %regs, i64 0
  %435 = load i64, i64* %434, align 8
  store i64 %435, i64* %fuel, align 8
  %436 = getelementptr i64, i64* %regs, i64 6
  %437 = load i64, i64* %436, align 8
  store i64 %437, i64* %lowStart, align 8
  %438 = getelementptr i64, i64* %regs, i64 7
  %439 = load i64, i64* %438, align 8
  store i64 %439, i64* %lowEnd, align 8
  %440 = getelementptr i64, i64* %regs, i64 8
  %441 = load i64, i64* %440, align 8
  store i64 %441, i64* %highEnd, align 8
  %442 = icmp slt i32 %433, 0
  %443 = zext i1 %442 to i32
  %444 = icmp ne i32 %443, 0
  br i1 %444, label %then75, label %else76

then75:                                           ; preds = %stack_ok74
  br label %trap11.site2

else76:                                           ; preds = %stack_ok74
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %445 = load i32, i32* %cell, align 4
  %446 = zext i32 %445 to i64
  %447 = add i64 %446, 4
  %448 = icmp ugt i64 %447, %arena_size
  br i1 %448, label %trap17.site0, label %ok79

trap11.site2:                                     ; preds = %then75
  %449 = load i64, i64* %lowStart, align 8
  %450 = getelementptr i64, i64* %regs, i64 6
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %lowEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 7
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %highEnd, align 8
  %454 = getelementptr i64, i64* %regs, i64 8
  store i64 %453, i64* %454, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  %455 = getelementptr i8, i8* %mem, i64 %446
  %456 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %456, i8* %455, i64 4, i1 false)
  %457 = load i32, i32* %unaligned80, align 4
  store i32 %457, i32* %arg, align 4
  %458 = load i32, i32* %args_unexpected, align 4
  %459 = icmp ne i32 %458, 0
  br i1 %459, label %then81, label %else82

then81:                                           ; preds = %ok79
  br label %trap10.site1

else82:                                           ; preds = %ok79
  br label %join83

join83:                                           ; preds = %else82, %dead84
  %460 = getelementptr i64, i64* %regs, i64 1
  %461 = getelementptr i64, i64* %regs, i64 2
  %462 = load i64, i64* %460, align 8
  %463 = add i64 %462, 7
  %464 = and i64 %463, -8
  %465 = add i64 %464, 8
  %466 = load i64, i64* %461, align 8
  %467 = icmp ugt i64 %465, %466
  br i1 %467, label %trap15.site1, label %ok85

trap10.site1:                                     ; preds = %then81
  %468 = load i64, i64* %lowStart, align 8
  %469 = getelementptr i64, i64* %regs, i64 6
  store i64 %468, i64* %469, align 8
  %470 = load i64, i64* %lowEnd, align 8
  %471 = getelementptr i64, i64* %regs, i64 7
  store i64 %470, i64* %471, align 8
  %472 = load i64, i64* %highEnd, align 8
  %473 = getelementptr i64, i64* %regs, i64 8
  store i64 %472, i64* %473, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead84:                                           ; No predecessors!
  br label %join83

ok85:                                             ; preds = %join83
  store i64 %465, i64* %460, align 8
  %474 = trunc i64 %464 to i32
  store i32 %474, i32* %args_out, align 4
  %475 = load i32, i32* %args_out, align 4
  %476 = load i32, i32* %arg, align 4
  %477 = zext i32 %475 to i64
  %478 = add i64 %477, 4
  %479 = icmp ugt i64 %478, %arena_size
  br i1 %479, label %trap17.site0, label %ok86

trap15.site1:                                     ; preds = %join83
  %480 = load i64, i64* %lowStart, align 8
  %481 = getelementptr i64, i64* %regs, i64 6
  store i64 %480, i64* %481, align 8
  %482 = load i64, i64* %lowEnd, align 8
  %483 = getelementptr i64, i64* %regs, i64 7
  store i64 %482, i64* %483, align 8
  %484 = load i64, i64* %highEnd, align 8
  %485 = getelementptr i64, i64* %regs, i64 8
  store i64 %484, i64* %485, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok86:                                             ; preds = %ok85
  %486 = getelementptr i8, i8* %mem, i64 %477
  %487 = icmp ult i64 %477, %scratch_start
  %488 = load i64, i64* %lowEnd, align 8
  %489 = load i64, i64* %highEnd, align 8
  %490 = call i64 @llvm.umax.i64(i64 %488, i64 %478)
  %491 = select i1 %487, i64 %490, i64 %488
  store i64 %491, i64* %lowEnd, align 8
  %492 = call i64 @llvm.umax.i64(i64 %489, i64 %478)
  %493 = select i1 %487, i64 %489, i64 %492
  store i64 %493, i64* %highEnd, align 8
  %494 = load i64, i64* %lowStart, align 8
  %495 = call i64 @llvm.umin.i64(i64 %494, i64 %477)
  store i64 %495, i64* %lowStart, align 8
  store i32 %476, i32* %unaligned87, align 4
  %496 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %486, i8* %496, i64 4, i1 false)
  %497 = load i32, i32* %args_out, align 4
  %498 = load i64, i64* %fuel, align 8
  %499 = getelementptr i64, i64* %regs, i64 0
  store i64 %498, i64* %499, align 8
  %500 = load i64, i64* %lowStart, align 8
  %501 = getelementptr i64, i64* %regs, i64 6
  store i64 %500, i64* %501, align 8
  %502 = load i64, i64* %lowEnd, align 8
  %503 = getelementptr i64, i64* %regs, i64 7
  store i64 %502, i64* %503, align 8
  %504 = load i64, i64* %highEnd, align 8
  %505 = getelementptr i64, i64* %regs, i64 8
  store i64 %504, i64* %505, align 8
  ret i32 %497
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
  %unaligned = alloca i32, align 4
  %result3 = alloca i32, align 4
  %unaligned7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %result12 = alloca i32, align 4
  %unaligned14 = alloca i32, align 4
  %unaligned17 = alloca i32, align 4
  %unaligned20 = alloca i32, align 4
  %unaligned24 = alloca i64, align 8
  %unaligned27 = alloca i32, align 4
  %unaligned29 = alloca i32, align 4
  %result30 = alloca i64, align 8
  %unaligned32 = alloca i32, align 4
  %unaligned34 = alloca i64, align 8
  %result35 = alloca i32, align 4
  %result36 = alloca i32, align 4
  %unaligned38 = alloca i32, align 4
  %unaligned45 = alloca i32, align 4
  %unaligned49 = alloca i32, align 4
  %unaligned51 = alloca i32, align 4
  %unaligned53 = alloca i32, align 4
  %unaligned56 = alloca i32, align 4
  %unaligned58 = alloca i32, align 4
  %unaligned66 = alloca i32, align 4
  %unaligned68 = alloca i32, align 4
  %result80 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %result83 = alloca double, align 8
  %unaligned85 = alloca i32, align 4
  %unaligned91 = alloca i32, align 4
  %unaligned95 = alloca i64, align 8
  %unaligned101 = alloca i64, align 8
  %result102 = alloca double, align 8
  %unaligned104 = alloca i32, align 4
  %unaligned110 = alloca i32, align 4
  %unaligned114 = alloca i64, align 8
  %unaligned120 = alloca i64, align 8
  %result121 = alloca double, align 8
  %unaligned123 = alloca i32, align 4
  %unaligned127 = alloca i64, align 8
  %result129 = alloca i64, align 8
  %unaligned131 = alloca i32, align 4
  %unaligned134 = alloca i64, align 8
  %result135 = alloca i32, align 4
  %unaligned137 = alloca i32, align 4
  %unaligned144 = alloca i32, align 4
  %unaligned148 = alloca i32, align 4
  %result149 = alloca i32, align 4
  %unaligned151 = alloca i32, align 4
  %unaligned156 = alloca i32, align 4
  %unaligned171 = alloca i32, align 4
  %unaligned174 = alloca i32, align 4
  %unaligned177 = alloca i32, align 4
  %unaligned181 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %input_offset, align 4
  %15 = load i32, i32* %input_len, align 4
  %16 = icmp uge i32 %depth, 1000
  br i1 %16, label %trap15.site1, label %ok1

trap14.site0:                                     ; preds = %each42, %each34, %each29, %each25, %loop19, %loop18, %each14, %each4, %body
  %17 = load i64, i64* %lowStart, align 8
  %18 = getelementptr i64, i64* %regs, i64 6
  store i64 %17, i64* %18, align 8
  %19 = load i64, i64* %lowEnd, align 8
  %20 = getelementptr i64, i64* %regs, i64 7
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %highEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 8
  store i64 %21, i64* %22, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %23 = getelementptr i64, i64* %regs, i64 10
  %24 = load i64, i64* %23, align 8
  %25 = icmp ult i64 %10, %24
  br i1 %25, label %trap253.site0, label %stack_ok

trap15.site1:                                     ; preds = %ok
  %26 = load i64, i64* %lowStart, align 8
  %27 = getelementptr i64, i64* %regs, i64 6
  store i64 %26, i64* %27, align 8
  %28 = load i64, i64* %lowEnd, align 8
  %29 = getelementptr i64, i64* %regs, i64 7
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %highEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 8
  store i64 %30, i64* %31, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

stack_ok:                                         ; preds = %ok1
  %32 = load i64, i64* %fuel, align 8
  %33 = getelementptr i64, i64* %regs, i64 0
  store i64 %32, i64* %33, align 8
  %34 = load i64, i64* %lowStart, align 8
  %35 = getelementptr i64, i64* %regs, i64 6
  store i64 %34, i64* %35, align 8
  %36 = load i64, i64* %lowEnd, align 8
  %37 = getelementptr i64, i64* %regs, i64 7
  store i64 %36, i64* %37, align 8
  %38 = load i64, i64* %highEnd, align 8
  %39 = getelementptr i64, i64* %regs, i64 8
  store i64 %38, i64* %39, align 8
  %40 = add i32 %depth, 1
  %41 = call i32 @m0.main.args(i64* %regs, i8* %mem, i32 %40, i32 %14, i32 %15)
  %42 = getelementptr i64, i64* %regs, i64 0
  %43 = load i64, i64* %42, align 8
  store i64 %43, i64* %fuel, align 8
  %44 = getelementptr i64, i64* %regs, i64 6
  %45 = load i64, i64* %44, align 8
  store i64 %45, i64* %lowStart, align 8
  %46 = getelementptr i64, i64* %regs, i64 7
  %47 = load i64, i64* %46, align 8
  store i64 %47, i64* %lowEnd, align 8
  %48 = getelementptr i64, i64* %regs, i64 8
  %49 = load i64, i64* %48, align 8
  store i64 %49, i64* %highEnd, align 8
  store i32 %41, i32* %args, align 4
  %50 = load i32, i32* %args, align 4
  %51 = zext i32 %50 to i64
  %52 = add i64 %51, 4
  %53 = icmp ugt i64 %52, %arena_size
  br i1 %53, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok191, %ok182, %ok178, %ok168, %ok152, %ok69, %ok21, %ok1
  %54 = load i64, i64* %lowStart, align 8
  %55 = getelementptr i64, i64* %regs, i64 6
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %lowEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 7
  store i64 %56, i64* %57, align 8
  %58 = load i64, i64* %highEnd, align 8
  %59 = getelementptr i64, i64* %regs, i64 8
  store i64 %58, i64* %59, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok2:                                              ; preds = %stack_ok
  %60 = getelementptr i8, i8* %mem, i64 %51
  %61 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %61, i8* %60, i64 4, i1 false)
  %62 = load i32, i32* %unaligned, align 4
  store i32 %62, i32* %readings, align 4
  %63 = getelementptr i64, i64* %regs, i64 1
  %64 = getelementptr i64, i64* %regs, i64 2
  %65 = load i64, i64* %63, align 8
  %66 = add i64 %65, 7
  %67 = and i64 %66, -8
  %68 = add i64 %67, 56
  %69 = load i64, i64* %64, align 8
  %70 = icmp ugt i64 %68, %69
  br i1 %70, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %stack_ok179, %block41, %e43, %stack_ok169, %join165, %ok154, %cont146, %ok142, %ok133, %ok132, %e31, %cont125, %ok119, %e26, %cont112, %join107, %ok100, %e22, %cont93, %join88, %ok81, %join79, %ok65, %then62, %e11, %block13, %ok50, %cont47, %ok43, %ok33, %e7, %ok28, %e1, %block3, %stack_ok22, %cont, %ok15, %ok10, %ok8, %ok6, %ok5, %stack_ok
  %71 = load i64, i64* %lowStart, align 8
  %72 = getelementptr i64, i64* %regs, i64 6
  store i64 %71, i64* %72, align 8
  %73 = load i64, i64* %lowEnd, align 8
  %74 = getelementptr i64, i64* %regs, i64 7
  store i64 %73, i64* %74, align 8
  %75 = load i64, i64* %highEnd, align 8
  %76 = getelementptr i64, i64* %regs, i64 8
  store i64 %75, i64* %76, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

e0:                                               ; preds = %ok180
  %77 = load i32, i32* %result3, align 4
  store i32 %77, i32* %result, align 4
  %78 = load i32, i32* %result, align 4
  store i32 %78, i32* %result.1, align 4
  %79 = getelementptr i64, i64* %regs, i64 3
  %80 = load i64, i64* %79, align 8
  %81 = trunc i64 %80 to i32
  store i32 %81, i32* %json_start, align 4
  %82 = load i32, i32* %result.1, align 4
  %83 = load i32, i32* %json_start, align 4
  %84 = icmp uge i32 %depth, 1000
  br i1 %84, label %trap15.site0, label %ok182

ok4:                                              ; preds = %ok2
  store i64 %68, i64* %63, align 8
  %85 = trunc i64 %67 to i32
  store i32 %85, i32* %dict, align 4
  %86 = getelementptr i64, i64* %regs, i64 1
  %87 = getelementptr i64, i64* %regs, i64 2
  %88 = load i64, i64* %86, align 8
  %89 = add i64 %88, 3
  %90 = and i64 %89, -4
  %91 = add i64 %90, 8
  %92 = load i64, i64* %87, align 8
  %93 = icmp ugt i64 %91, %92
  br i1 %93, label %trap15.site4, label %ok5

trap15.site3:                                     ; preds = %join195, %ok2
  %94 = load i64, i64* %lowStart, align 8
  %95 = getelementptr i64, i64* %regs, i64 6
  store i64 %94, i64* %95, align 8
  %96 = load i64, i64* %lowEnd, align 8
  %97 = getelementptr i64, i64* %regs, i64 7
  store i64 %96, i64* %97, align 8
  %98 = load i64, i64* %highEnd, align 8
  %99 = getelementptr i64, i64* %regs, i64 8
  store i64 %98, i64* %99, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

ok5:                                              ; preds = %ok4
  store i64 %91, i64* %86, align 8
  %100 = trunc i64 %90 to i32
  store i32 %100, i32* %closure, align 4
  %101 = load i32, i32* %closure, align 4
  %102 = zext i32 %101 to i64
  %103 = add i64 %102, 4
  %104 = icmp ugt i64 %103, %arena_size
  br i1 %104, label %trap17.site0, label %ok6

trap15.site4:                                     ; preds = %ok4
  %105 = load i64, i64* %lowStart, align 8
  %106 = getelementptr i64, i64* %regs, i64 6
  store i64 %105, i64* %106, align 8
  %107 = load i64, i64* %lowEnd, align 8
  %108 = getelementptr i64, i64* %regs, i64 7
  store i64 %107, i64* %108, align 8
  %109 = load i64, i64* %highEnd, align 8
  %110 = getelementptr i64, i64* %regs, i64 8
  store i64 %109, i64* %110, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

ok6:                                              ; preds = %ok5
  %111 = getelementptr i8, i8* %mem, i64 %102
  %112 = icmp ult i64 %102, %scratch_start
  %113 = load i64, i64* %lowEnd, align 8
  %114 = load i64, i64* %highEnd, align 8
  %115 = call i64 @llvm.umax.i64(i64 %113, i64 %103)
  %116 = select i1 %112, i64 %115, i64 %113
  store i64 %116, i64* %lowEnd, align 8
  %117 = call i64 @llvm.umax.i64(i64 %114, i64 %103)
  %118 = select i1 %112, i64 %114, i64 %117
  store i64 %118, i64* %highEnd, align 8
  %119 = load i64, i64* %lowStart, align 8
  %120 = call i64 @llvm.umin.i64(i64 %119, i64 %102)
  store i64 %120, i64* %lowStart, align 8
  store i32 0, i32* %unaligned7, align 4
  %121 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %111, i8* %121, i64 4, i1 false)
  %122 = load i32, i32* %closure, align 4
  %123 = zext i32 %122 to i64
  %124 = add i64 %123, 4
  %125 = add i64 %124, 4
  %126 = icmp ugt i64 %125, %arena_size
  br i1 %126, label %trap17.site0, label %ok8

ok8:                                              ; preds = %ok6
  %127 = getelementptr i8, i8* %mem, i64 %124
  %128 = icmp ult i64 %124, %scratch_start
  %129 = load i64, i64* %lowEnd, align 8
  %130 = load i64, i64* %highEnd, align 8
  %131 = call i64 @llvm.umax.i64(i64 %129, i64 %125)
  %132 = select i1 %128, i64 %131, i64 %129
  store i64 %132, i64* %lowEnd, align 8
  %133 = call i64 @llvm.umax.i64(i64 %130, i64 %125)
  %134 = select i1 %128, i64 %130, i64 %133
  store i64 %134, i64* %highEnd, align 8
  %135 = load i64, i64* %lowStart, align 8
  %136 = call i64 @llvm.umin.i64(i64 %135, i64 %124)
  store i64 %136, i64* %lowStart, align 8
  store i32 0, i32* %unaligned9, align 4
  %137 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %127, i8* %137, i64 4, i1 false)
  %138 = load i32, i32* %dict, align 4
  %139 = load i32, i32* %closure, align 4
  %140 = zext i32 %138 to i64
  %141 = add i64 %140, 4
  %142 = icmp ugt i64 %141, %arena_size
  br i1 %142, label %trap17.site0, label %ok10

ok10:                                             ; preds = %ok8
  %143 = getelementptr i8, i8* %mem, i64 %140
  %144 = icmp ult i64 %140, %scratch_start
  %145 = load i64, i64* %lowEnd, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = call i64 @llvm.umax.i64(i64 %145, i64 %141)
  %148 = select i1 %144, i64 %147, i64 %145
  store i64 %148, i64* %lowEnd, align 8
  %149 = call i64 @llvm.umax.i64(i64 %146, i64 %141)
  %150 = select i1 %144, i64 %146, i64 %149
  store i64 %150, i64* %highEnd, align 8
  %151 = load i64, i64* %lowStart, align 8
  %152 = call i64 @llvm.umin.i64(i64 %151, i64 %140)
  store i64 %152, i64* %lowStart, align 8
  store i32 %139, i32* %unaligned11, align 4
  %153 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %143, i8* %153, i64 4, i1 false)
  %154 = load i32, i32* %readings, align 4
  store i32 %154, i32* %xs, align 4
  %155 = load i32, i32* %xs, align 4
  %156 = zext i32 %155 to i64
  %157 = add i64 %156, 4
  %158 = icmp ugt i64 %157, %arena_size
  br i1 %158, label %trap17.site0, label %ok13

e1:                                               ; preds = %ok26
  %159 = load i32, i32* %result12, align 4
  store i32 %159, i32* %celsius, align 4
  %160 = load i32, i32* %dict, align 4
  %161 = load i32, i32* %celsius, align 4
  %162 = zext i32 %160 to i64
  %163 = add i64 %162, 4
  %164 = add i64 %163, 4
  %165 = icmp ugt i64 %164, %arena_size
  br i1 %165, label %trap17.site0, label %ok28

ok13:                                             ; preds = %ok10
  %166 = getelementptr i8, i8* %mem, i64 %156
  %167 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %167, i8* %166, i64 4, i1 false)
  %168 = load i32, i32* %unaligned14, align 4
  %169 = zext i32 %168 to i64
  %170 = mul i64 %169, 8
  %171 = add i64 8, %170
  store i64 %171, i64* %size, align 8
  %172 = load i64, i64* %size, align 8
  %173 = icmp ugt i64 %172, 2147483647
  %174 = zext i1 %173 to i32
  %175 = icmp ne i32 %174, 0
  br i1 %175, label %then, label %else

then:                                             ; preds = %ok13
  br label %trap15.site5

else:                                             ; preds = %ok13
  br label %join

join:                                             ; preds = %else, %dead
  %176 = load i64, i64* %size, align 8
  %177 = trunc i64 %176 to i32
  %178 = zext i32 %177 to i64
  %179 = getelementptr i64, i64* %regs, i64 1
  %180 = getelementptr i64, i64* %regs, i64 2
  %181 = load i64, i64* %179, align 8
  %182 = add i64 %181, 7
  %183 = and i64 %182, -8
  %184 = add i64 %183, %178
  %185 = load i64, i64* %180, align 8
  %186 = icmp ugt i64 %184, %185
  br i1 %186, label %trap15.site5, label %ok15

trap15.site5:                                     ; preds = %join, %then
  %187 = load i64, i64* %lowStart, align 8
  %188 = getelementptr i64, i64* %regs, i64 6
  store i64 %187, i64* %188, align 8
  %189 = load i64, i64* %lowEnd, align 8
  %190 = getelementptr i64, i64* %regs, i64 7
  store i64 %189, i64* %190, align 8
  %191 = load i64, i64* %highEnd, align 8
  %192 = getelementptr i64, i64* %regs, i64 8
  store i64 %191, i64* %192, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok15:                                             ; preds = %join
  store i64 %184, i64* %179, align 8
  %193 = trunc i64 %183 to i32
  store i32 %193, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %194 = load i32, i32* %xs, align 4
  %195 = zext i32 %194 to i64
  %196 = add i64 %195, 4
  %197 = icmp ugt i64 %196, %arena_size
  br i1 %197, label %trap17.site0, label %ok16

ok16:                                             ; preds = %ok15
  %198 = getelementptr i8, i8* %mem, i64 %195
  %199 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %199, i8* %198, i64 4, i1 false)
  %200 = load i32, i32* %unaligned17, align 4
  store i32 %200, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead25, %ok18
  %201 = load i32, i32* %list, align 4
  %202 = load i32, i32* %len, align 4
  %203 = zext i32 %201 to i64
  %204 = add i64 %203, 4
  %205 = icmp ugt i64 %204, %arena_size
  br i1 %205, label %trap17.site0, label %ok26

each4:                                            ; preds = %ok23, %ok16
  %206 = load i64, i64* %fuel, align 8
  %207 = icmp ult i64 %206, 1
  br i1 %207, label %trap14.site0, label %ok18

ok18:                                             ; preds = %each4
  %208 = sub i64 %206, 1
  store i64 %208, i64* %fuel, align 8
  %209 = load i32, i32* %k, align 4
  %210 = load i32, i32* %n, align 4
  %211 = icmp uge i32 %209, %210
  %212 = zext i1 %211 to i32
  %213 = icmp ne i32 %212, 0
  br i1 %213, label %block3, label %cont

cont:                                             ; preds = %ok18
  %214 = load i32, i32* %xs, align 4
  %215 = load i32, i32* %k, align 4
  %216 = mul i32 %215, 4
  %217 = add i32 %214, %216
  %218 = zext i32 %217 to i64
  %219 = add i64 %218, 4
  %220 = add i64 %219, 4
  %221 = icmp ugt i64 %220, %arena_size
  br i1 %221, label %trap17.site0, label %ok19

ok19:                                             ; preds = %cont
  %222 = getelementptr i8, i8* %mem, i64 %219
  %223 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %223, i8* %222, i64 4, i1 false)
  %224 = load i32, i32* %unaligned20, align 4
  store i32 %224, i32* %x, align 4
  %225 = load i32, i32* %x, align 4
  store i32 %225, i32* %r, align 4
  %226 = load i32, i32* %list, align 4
  %227 = load i32, i32* %len, align 4
  %228 = mul i32 %227, 8
  %229 = add i32 %226, %228
  %230 = load i32, i32* %r, align 4
  %231 = icmp uge i32 %depth, 1000
  br i1 %231, label %trap15.site6, label %ok21

ok21:                                             ; preds = %ok19
  %232 = getelementptr i64, i64* %regs, i64 10
  %233 = load i64, i64* %232, align 8
  %234 = icmp ult i64 %10, %233
  br i1 %234, label %trap253.site0, label %stack_ok22

trap15.site6:                                     ; preds = %ok19
  %235 = load i64, i64* %lowStart, align 8
  %236 = getelementptr i64, i64* %regs, i64 6
  store i64 %235, i64* %236, align 8
  %237 = load i64, i64* %lowEnd, align 8
  %238 = getelementptr i64, i64* %regs, i64 7
  store i64 %237, i64* %238, align 8
  %239 = load i64, i64* %highEnd, align 8
  %240 = getelementptr i64, i64* %regs, i64 8
  store i64 %239, i64* %240, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

stack_ok22:                                       ; preds = %ok21
  %241 = load i64, i64* %fuel, align 8
  %242 = getelementptr i64, i64* %regs, i64 0
  store i64 %241, i64* %242, align 8
  %243 = load i64, i64* %lowStart, align 8
  %244 = getelementptr i64, i64* %regs, i64 6
  store i64 %243, i64* %244, align 8
  %245 = load i64, i64* %lowEnd, align 8
  %246 = getelementptr i64, i64* %regs, i64 7
  store i64 %245, i64* %246, align 8
  %247 = load i64, i64* %highEnd, align 8
  %248 = getelementptr i64, i64* %regs, i64 8
  store i64 %247, i64* %248, align 8
  %249 = add i32 %depth, 1
  %250 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %249, i32 0, i32 %230)
  %251 = getelementptr i64, i64* %regs, i64 0
  %252 = load i64, i64* %251, align 8
  store i64 %252, i64* %fuel, align 8
  %253 = getelementptr i64, i64* %regs, i64 6
  %254 = load i64, i64* %253, align 8
  store i64 %254, i64* %lowStart, align 8
  %255 = getelementptr i64, i64* %regs, i64 7
  %256 = load i64, i64* %255, align 8
  store i64 %256, i64* %lowEnd, align 8
  %257 = getelementptr i64, i64* %regs, i64 8
  %258 = load i64, i64* %257, align 8
  store i64 %258, i64* %highEnd, align 8
  %259 = zext i32 %229 to i64
  %260 = add i64 %259, 8
  %261 = add i64 %260, 8
  %262 = icmp ugt i64 %261, %arena_size
  br i1 %262, label %trap17.site0, label %ok23

ok23:                                             ; preds = %stack_ok22
  %263 = getelementptr i8, i8* %mem, i64 %260
  %264 = icmp ult i64 %260, %scratch_start
  %265 = load i64, i64* %lowEnd, align 8
  %266 = load i64, i64* %highEnd, align 8
  %267 = call i64 @llvm.umax.i64(i64 %265, i64 %261)
  %268 = select i1 %264, i64 %267, i64 %265
  store i64 %268, i64* %lowEnd, align 8
  %269 = call i64 @llvm.umax.i64(i64 %266, i64 %261)
  %270 = select i1 %264, i64 %266, i64 %269
  store i64 %270, i64* %highEnd, align 8
  %271 = load i64, i64* %lowStart, align 8
  %272 = call i64 @llvm.umin.i64(i64 %271, i64 %260)
  store i64 %272, i64* %lowStart, align 8
  %273 = bitcast double %250 to i64
  %274 = and i64 %273, 9223372036854775807
  %275 = icmp ugt i64 %274, 9218868437227405312
  %276 = select i1 %275, i64 9221120237041090560, i64 %273
  store i64 %276, i64* %unaligned24, align 8
  %277 = bitcast i64* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %263, i8* %277, i64 8, i1 false)
  %278 = load i32, i32* %len, align 4
  %279 = add i32 %278, 1
  store i32 %279, i32* %len, align 4
  %280 = load i32, i32* %k, align 4
  %281 = add i32 %280, 1
  store i32 %281, i32* %k, align 4
  br label %each4

dead25:                                           ; No predecessors!
  br label %block3

ok26:                                             ; preds = %block3
  %282 = getelementptr i8, i8* %mem, i64 %203
  %283 = icmp ult i64 %203, %scratch_start
  %284 = load i64, i64* %lowEnd, align 8
  %285 = load i64, i64* %highEnd, align 8
  %286 = call i64 @llvm.umax.i64(i64 %284, i64 %204)
  %287 = select i1 %283, i64 %286, i64 %284
  store i64 %287, i64* %lowEnd, align 8
  %288 = call i64 @llvm.umax.i64(i64 %285, i64 %204)
  %289 = select i1 %283, i64 %285, i64 %288
  store i64 %289, i64* %highEnd, align 8
  %290 = load i64, i64* %lowStart, align 8
  %291 = call i64 @llvm.umin.i64(i64 %290, i64 %203)
  store i64 %291, i64* %lowStart, align 8
  store i32 %202, i32* %unaligned27, align 4
  %292 = bitcast i32* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %282, i8* %292, i64 4, i1 false)
  %293 = load i32, i32* %list, align 4
  store i32 %293, i32* %result12, align 4
  br label %e1

ok28:                                             ; preds = %e1
  %294 = getelementptr i8, i8* %mem, i64 %163
  %295 = icmp ult i64 %163, %scratch_start
  %296 = load i64, i64* %lowEnd, align 8
  %297 = load i64, i64* %highEnd, align 8
  %298 = call i64 @llvm.umax.i64(i64 %296, i64 %164)
  %299 = select i1 %295, i64 %298, i64 %296
  store i64 %299, i64* %lowEnd, align 8
  %300 = call i64 @llvm.umax.i64(i64 %297, i64 %164)
  %301 = select i1 %295, i64 %297, i64 %300
  store i64 %301, i64* %highEnd, align 8
  %302 = load i64, i64* %lowStart, align 8
  %303 = call i64 @llvm.umin.i64(i64 %302, i64 %163)
  store i64 %303, i64* %lowStart, align 8
  store i32 %161, i32* %unaligned29, align 4
  %304 = bitcast i32* %unaligned29 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %294, i8* %304, i64 4, i1 false)
  %305 = load i32, i32* %readings, align 4
  store i32 %305, i32* %xs.1, align 4
  %306 = load i32, i32* %xs.1, align 4
  %307 = zext i32 %306 to i64
  %308 = add i64 %307, 4
  %309 = icmp ugt i64 %308, %arena_size
  br i1 %309, label %trap17.site0, label %ok31

e7:                                               ; preds = %ok31
  %310 = load i64, i64* %result30, align 8
  store i64 %310, i64* %count, align 8
  %311 = load i32, i32* %dict, align 4
  %312 = load i64, i64* %count, align 8
  %313 = zext i32 %311 to i64
  %314 = add i64 %313, 8
  %315 = add i64 %314, 8
  %316 = icmp ugt i64 %315, %arena_size
  br i1 %316, label %trap17.site0, label %ok33

ok31:                                             ; preds = %ok28
  %317 = getelementptr i8, i8* %mem, i64 %307
  %318 = bitcast i32* %unaligned32 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %318, i8* %317, i64 4, i1 false)
  %319 = load i32, i32* %unaligned32, align 4
  %320 = zext i32 %319 to i64
  store i64 %320, i64* %result30, align 8
  br label %e7

ok33:                                             ; preds = %e7
  %321 = getelementptr i8, i8* %mem, i64 %314
  %322 = icmp ult i64 %314, %scratch_start
  %323 = load i64, i64* %lowEnd, align 8
  %324 = load i64, i64* %highEnd, align 8
  %325 = call i64 @llvm.umax.i64(i64 %323, i64 %315)
  %326 = select i1 %322, i64 %325, i64 %323
  store i64 %326, i64* %lowEnd, align 8
  %327 = call i64 @llvm.umax.i64(i64 %324, i64 %315)
  %328 = select i1 %322, i64 %324, i64 %327
  store i64 %328, i64* %highEnd, align 8
  %329 = load i64, i64* %lowStart, align 8
  %330 = call i64 @llvm.umin.i64(i64 %329, i64 %314)
  store i64 %330, i64* %lowStart, align 8
  store i64 %312, i64* %unaligned34, align 8
  %331 = bitcast i64* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %321, i8* %331, i64 8, i1 false)
  %332 = load i32, i32* %readings, align 4
  store i32 %332, i32* %xs.2, align 4
  %333 = load i32, i32* %xs.2, align 4
  %334 = zext i32 %333 to i64
  %335 = add i64 %334, 4
  %336 = icmp ugt i64 %335, %arena_size
  br i1 %336, label %trap17.site0, label %ok37

e10:                                              ; preds = %block17
  %337 = load i32, i32* %result35, align 4
  %338 = icmp ne i32 %337, 0
  br i1 %338, label %then77, label %else78

e11:                                              ; preds = %ok55
  %339 = load i32, i32* %result36, align 4
  store i32 %339, i32* %xs.3, align 4
  store i32 1, i32* %unique, align 4
  %340 = load i32, i32* %xs.3, align 4
  %341 = zext i32 %340 to i64
  %342 = add i64 %341, 4
  %343 = icmp ugt i64 %342, %arena_size
  br i1 %343, label %trap17.site0, label %ok57

ok37:                                             ; preds = %ok33
  %344 = getelementptr i8, i8* %mem, i64 %334
  %345 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %345, i8* %344, i64 4, i1 false)
  %346 = load i32, i32* %unaligned38, align 4
  %347 = zext i32 %346 to i64
  %348 = mul i64 %347, 4
  %349 = add i64 4, %348
  store i64 %349, i64* %size.1, align 8
  %350 = load i64, i64* %size.1, align 8
  %351 = icmp ugt i64 %350, 2147483647
  %352 = zext i1 %351 to i32
  %353 = icmp ne i32 %352, 0
  br i1 %353, label %then39, label %else40

then39:                                           ; preds = %ok37
  br label %trap15.site9

else40:                                           ; preds = %ok37
  br label %join41

join41:                                           ; preds = %else40, %dead42
  %354 = load i64, i64* %size.1, align 8
  %355 = trunc i64 %354 to i32
  %356 = zext i32 %355 to i64
  %357 = getelementptr i64, i64* %regs, i64 1
  %358 = getelementptr i64, i64* %regs, i64 2
  %359 = load i64, i64* %357, align 8
  %360 = add i64 %359, 3
  %361 = and i64 %360, -4
  %362 = add i64 %361, %356
  %363 = load i64, i64* %358, align 8
  %364 = icmp ugt i64 %362, %363
  br i1 %364, label %trap15.site9, label %ok43

trap15.site9:                                     ; preds = %join41, %then39
  %365 = load i64, i64* %lowStart, align 8
  %366 = getelementptr i64, i64* %regs, i64 6
  store i64 %365, i64* %366, align 8
  %367 = load i64, i64* %lowEnd, align 8
  %368 = getelementptr i64, i64* %regs, i64 7
  store i64 %367, i64* %368, align 8
  %369 = load i64, i64* %highEnd, align 8
  %370 = getelementptr i64, i64* %regs, i64 8
  store i64 %369, i64* %370, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead42:                                           ; No predecessors!
  br label %join41

ok43:                                             ; preds = %join41
  store i64 %362, i64* %357, align 8
  %371 = trunc i64 %361 to i32
  store i32 %371, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %372 = load i32, i32* %xs.2, align 4
  %373 = zext i32 %372 to i64
  %374 = add i64 %373, 4
  %375 = icmp ugt i64 %374, %arena_size
  br i1 %375, label %trap17.site0, label %ok44

ok44:                                             ; preds = %ok43
  %376 = getelementptr i8, i8* %mem, i64 %373
  %377 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %377, i8* %376, i64 4, i1 false)
  %378 = load i32, i32* %unaligned45, align 4
  store i32 %378, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead54, %ok46
  %379 = load i32, i32* %list.1, align 4
  %380 = load i32, i32* %len.1, align 4
  %381 = zext i32 %379 to i64
  %382 = add i64 %381, 4
  %383 = icmp ugt i64 %382, %arena_size
  br i1 %383, label %trap17.site0, label %ok55

each14:                                           ; preds = %ok52, %ok44
  %384 = load i64, i64* %fuel, align 8
  %385 = icmp ult i64 %384, 1
  br i1 %385, label %trap14.site0, label %ok46

ok46:                                             ; preds = %each14
  %386 = sub i64 %384, 1
  store i64 %386, i64* %fuel, align 8
  %387 = load i32, i32* %k.1, align 4
  %388 = load i32, i32* %n.1, align 4
  %389 = icmp uge i32 %387, %388
  %390 = zext i1 %389 to i32
  %391 = icmp ne i32 %390, 0
  br i1 %391, label %block13, label %cont47

cont47:                                           ; preds = %ok46
  %392 = load i32, i32* %xs.2, align 4
  %393 = load i32, i32* %k.1, align 4
  %394 = mul i32 %393, 4
  %395 = add i32 %392, %394
  %396 = zext i32 %395 to i64
  %397 = add i64 %396, 4
  %398 = add i64 %397, 4
  %399 = icmp ugt i64 %398, %arena_size
  br i1 %399, label %trap17.site0, label %ok48

ok48:                                             ; preds = %cont47
  %400 = getelementptr i8, i8* %mem, i64 %397
  %401 = bitcast i32* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %401, i8* %400, i64 4, i1 false)
  %402 = load i32, i32* %unaligned49, align 4
  store i32 %402, i32* %x.1, align 4
  %403 = load i32, i32* %x.1, align 4
  store i32 %403, i32* %r.1, align 4
  %404 = load i32, i32* %list.1, align 4
  %405 = load i32, i32* %len.1, align 4
  %406 = mul i32 %405, 4
  %407 = add i32 %404, %406
  %408 = load i32, i32* %r.1, align 4
  %409 = zext i32 %408 to i64
  %410 = add i64 %409, 4
  %411 = icmp ugt i64 %410, %arena_size
  br i1 %411, label %trap17.site10, label %ok50

ok50:                                             ; preds = %ok48
  %412 = getelementptr i8, i8* %mem, i64 %409
  %413 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %413, i8* %412, i64 4, i1 false)
  %414 = load i32, i32* %unaligned51, align 4
  %415 = zext i32 %407 to i64
  %416 = add i64 %415, 4
  %417 = add i64 %416, 4
  %418 = icmp ugt i64 %417, %arena_size
  br i1 %418, label %trap17.site0, label %ok52

trap17.site10:                                    ; preds = %ok48
  %419 = load i64, i64* %lowStart, align 8
  %420 = getelementptr i64, i64* %regs, i64 6
  store i64 %419, i64* %420, align 8
  %421 = load i64, i64* %lowEnd, align 8
  %422 = getelementptr i64, i64* %regs, i64 7
  store i64 %421, i64* %422, align 8
  %423 = load i64, i64* %highEnd, align 8
  %424 = getelementptr i64, i64* %regs, i64 8
  store i64 %423, i64* %424, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

ok52:                                             ; preds = %ok50
  %425 = getelementptr i8, i8* %mem, i64 %416
  %426 = icmp ult i64 %416, %scratch_start
  %427 = load i64, i64* %lowEnd, align 8
  %428 = load i64, i64* %highEnd, align 8
  %429 = call i64 @llvm.umax.i64(i64 %427, i64 %417)
  %430 = select i1 %426, i64 %429, i64 %427
  store i64 %430, i64* %lowEnd, align 8
  %431 = call i64 @llvm.umax.i64(i64 %428, i64 %417)
  %432 = select i1 %426, i64 %428, i64 %431
  store i64 %432, i64* %highEnd, align 8
  %433 = load i64, i64* %lowStart, align 8
  %434 = call i64 @llvm.umin.i64(i64 %433, i64 %416)
  store i64 %434, i64* %lowStart, align 8
  store i32 %414, i32* %unaligned53, align 4
  %435 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %425, i8* %435, i64 4, i1 false)
  %436 = load i32, i32* %len.1, align 4
  %437 = add i32 %436, 1
  store i32 %437, i32* %len.1, align 4
  %438 = load i32, i32* %k.1, align 4
  %439 = add i32 %438, 1
  store i32 %439, i32* %k.1, align 4
  br label %each14

dead54:                                           ; No predecessors!
  br label %block13

ok55:                                             ; preds = %block13
  %440 = getelementptr i8, i8* %mem, i64 %381
  %441 = icmp ult i64 %381, %scratch_start
  %442 = load i64, i64* %lowEnd, align 8
  %443 = load i64, i64* %highEnd, align 8
  %444 = call i64 @llvm.umax.i64(i64 %442, i64 %382)
  %445 = select i1 %441, i64 %444, i64 %442
  store i64 %445, i64* %lowEnd, align 8
  %446 = call i64 @llvm.umax.i64(i64 %443, i64 %382)
  %447 = select i1 %441, i64 %443, i64 %446
  store i64 %447, i64* %highEnd, align 8
  %448 = load i64, i64* %lowStart, align 8
  %449 = call i64 @llvm.umin.i64(i64 %448, i64 %381)
  store i64 %449, i64* %lowStart, align 8
  store i32 %380, i32* %unaligned56, align 4
  %450 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %440, i8* %450, i64 4, i1 false)
  %451 = load i32, i32* %list.1, align 4
  store i32 %451, i32* %result36, align 4
  br label %e11

ok57:                                             ; preds = %e11
  %452 = getelementptr i8, i8* %mem, i64 %341
  %453 = bitcast i32* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %453, i8* %452, i64 4, i1 false)
  %454 = load i32, i32* %unaligned58, align 4
  store i32 %454, i32* %n.2, align 4
  store i32 0, i32* %i, align 4
  br label %loop18

block17:                                          ; preds = %dead76, %then71, %ok59
  %455 = load i32, i32* %unique, align 4
  store i32 %455, i32* %result35, align 4
  br label %e10

loop18:                                           ; preds = %join64, %ok57
  %456 = load i64, i64* %fuel, align 8
  %457 = icmp ult i64 %456, 1
  br i1 %457, label %trap14.site0, label %ok59

ok59:                                             ; preds = %loop18
  %458 = sub i64 %456, 1
  store i64 %458, i64* %fuel, align 8
  %459 = load i32, i32* %i, align 4
  %460 = load i32, i32* %n.2, align 4
  %461 = icmp uge i32 %459, %460
  %462 = zext i1 %461 to i32
  %463 = icmp ne i32 %462, 0
  br i1 %463, label %block17, label %cont60

cont60:                                           ; preds = %ok59
  %464 = load i32, i32* %i, align 4
  %465 = add i32 %464, 1
  store i32 %465, i32* %j, align 4
  br label %loop19

loop19:                                           ; preds = %join73, %cont60
  %466 = load i64, i64* %fuel, align 8
  %467 = icmp ult i64 %466, 1
  br i1 %467, label %trap14.site0, label %ok61

ok61:                                             ; preds = %loop19
  %468 = sub i64 %466, 1
  store i64 %468, i64* %fuel, align 8
  %469 = load i32, i32* %j, align 4
  %470 = load i32, i32* %n.2, align 4
  %471 = icmp ult i32 %469, %470
  %472 = zext i1 %471 to i32
  %473 = icmp ne i32 %472, 0
  br i1 %473, label %then62, label %else63

then62:                                           ; preds = %ok61
  %474 = load i32, i32* %xs.3, align 4
  %475 = load i32, i32* %i, align 4
  %476 = mul i32 %475, 4
  %477 = add i32 %474, %476
  %478 = zext i32 %477 to i64
  %479 = add i64 %478, 4
  %480 = add i64 %479, 4
  %481 = icmp ugt i64 %480, %arena_size
  br i1 %481, label %trap17.site0, label %ok65

else63:                                           ; preds = %ok61
  br label %join64

join64:                                           ; preds = %else63, %dead75
  %482 = load i32, i32* %i, align 4
  %483 = add i32 %482, 1
  store i32 %483, i32* %i, align 4
  br label %loop18

ok65:                                             ; preds = %then62
  %484 = getelementptr i8, i8* %mem, i64 %479
  %485 = bitcast i32* %unaligned66 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %485, i8* %484, i64 4, i1 false)
  %486 = load i32, i32* %unaligned66, align 4
  %487 = load i32, i32* %xs.3, align 4
  %488 = load i32, i32* %j, align 4
  %489 = mul i32 %488, 4
  %490 = add i32 %487, %489
  %491 = zext i32 %490 to i64
  %492 = add i64 %491, 4
  %493 = add i64 %492, 4
  %494 = icmp ugt i64 %493, %arena_size
  br i1 %494, label %trap17.site0, label %ok67

ok67:                                             ; preds = %ok65
  %495 = getelementptr i8, i8* %mem, i64 %492
  %496 = bitcast i32* %unaligned68 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %496, i8* %495, i64 4, i1 false)
  %497 = load i32, i32* %unaligned68, align 4
  %498 = icmp uge i32 %depth, 1000
  br i1 %498, label %trap15.site0, label %ok69

ok69:                                             ; preds = %ok67
  %499 = getelementptr i64, i64* %regs, i64 10
  %500 = load i64, i64* %499, align 8
  %501 = icmp ult i64 %10, %500
  br i1 %501, label %trap253.site0, label %stack_ok70

trap15.site0:                                     ; preds = %then188, %e0, %ok67
  %502 = load i64, i64* %lowStart, align 8
  %503 = getelementptr i64, i64* %regs, i64 6
  store i64 %502, i64* %503, align 8
  %504 = load i64, i64* %lowEnd, align 8
  %505 = getelementptr i64, i64* %regs, i64 7
  store i64 %504, i64* %505, align 8
  %506 = load i64, i64* %highEnd, align 8
  %507 = getelementptr i64, i64* %regs, i64 8
  store i64 %506, i64* %507, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok70:                                       ; preds = %ok69
  %508 = load i64, i64* %fuel, align 8
  %509 = getelementptr i64, i64* %regs, i64 0
  store i64 %508, i64* %509, align 8
  %510 = load i64, i64* %lowStart, align 8
  %511 = getelementptr i64, i64* %regs, i64 6
  store i64 %510, i64* %511, align 8
  %512 = load i64, i64* %lowEnd, align 8
  %513 = getelementptr i64, i64* %regs, i64 7
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %highEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 8
  store i64 %514, i64* %515, align 8
  %516 = add i32 %depth, 1
  %517 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %516, i32 %486, i32 %497)
  %518 = getelementptr i64, i64* %regs, i64 0
  %519 = load i64, i64* %518, align 8
  store i64 %519, i64* %fuel, align 8
  %520 = getelementptr i64, i64* %regs, i64 6
  %521 = load i64, i64* %520, align 8
  store i64 %521, i64* %lowStart, align 8
  %522 = getelementptr i64, i64* %regs, i64 7
  %523 = load i64, i64* %522, align 8
  store i64 %523, i64* %lowEnd, align 8
  %524 = getelementptr i64, i64* %regs, i64 8
  %525 = load i64, i64* %524, align 8
  store i64 %525, i64* %highEnd, align 8
  %526 = icmp ne i32 %517, 0
  br i1 %526, label %then71, label %else72

then71:                                           ; preds = %stack_ok70
  store i32 0, i32* %unique, align 4
  br label %block17

else72:                                           ; preds = %stack_ok70
  br label %join73

join73:                                           ; preds = %else72, %dead74
  %527 = load i32, i32* %j, align 4
  %528 = add i32 %527, 1
  store i32 %528, i32* %j, align 4
  br label %loop19

dead74:                                           ; No predecessors!
  br label %join73

dead75:                                           ; No predecessors!
  br label %join64

dead76:                                           ; No predecessors!
  br label %block17

then77:                                           ; preds = %e10
  store i32 10880, i32* %result80, align 4
  br label %join79

else78:                                           ; preds = %e10
  store i32 10892, i32* %result80, align 4
  br label %join79

join79:                                           ; preds = %else78, %then77
  %529 = load i32, i32* %result80, align 4
  store i32 %529, i32* %sensors, align 4
  %530 = load i32, i32* %dict, align 4
  %531 = load i32, i32* %sensors, align 4
  %532 = zext i32 %530 to i64
  %533 = add i64 %532, 16
  %534 = add i64 %533, 4
  %535 = icmp ugt i64 %534, %arena_size
  br i1 %535, label %trap17.site0, label %ok81

ok81:                                             ; preds = %join79
  %536 = getelementptr i8, i8* %mem, i64 %533
  %537 = icmp ult i64 %533, %scratch_start
  %538 = load i64, i64* %lowEnd, align 8
  %539 = load i64, i64* %highEnd, align 8
  %540 = call i64 @llvm.umax.i64(i64 %538, i64 %534)
  %541 = select i1 %537, i64 %540, i64 %538
  store i64 %541, i64* %lowEnd, align 8
  %542 = call i64 @llvm.umax.i64(i64 %539, i64 %534)
  %543 = select i1 %537, i64 %539, i64 %542
  store i64 %543, i64* %highEnd, align 8
  %544 = load i64, i64* %lowStart, align 8
  %545 = call i64 @llvm.umin.i64(i64 %544, i64 %533)
  store i64 %545, i64* %lowStart, align 8
  store i32 %531, i32* %unaligned82, align 4
  %546 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %536, i8* %546, i64 4, i1 false)
  %547 = load i32, i32* %celsius, align 4
  store i32 %547, i32* %xs.4, align 4
  %548 = load i32, i32* %xs.4, align 4
  %549 = zext i32 %548 to i64
  %550 = add i64 %549, 4
  %551 = icmp ugt i64 %550, %arena_size
  br i1 %551, label %trap17.site0, label %ok84

e22:                                              ; preds = %block24
  %552 = load double, double* %result83, align 8
  store double %552, double* %max_c, align 8
  %553 = load i32, i32* %dict, align 4
  %554 = load double, double* %max_c, align 8
  %555 = zext i32 %553 to i64
  %556 = add i64 %555, 24
  %557 = add i64 %556, 8
  %558 = icmp ugt i64 %557, %arena_size
  br i1 %558, label %trap17.site0, label %ok100

ok84:                                             ; preds = %ok81
  %559 = getelementptr i8, i8* %mem, i64 %549
  %560 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %560, i8* %559, i64 4, i1 false)
  %561 = load i32, i32* %unaligned85, align 4
  %562 = icmp eq i32 %561, 0
  %563 = zext i1 %562 to i32
  %564 = icmp ne i32 %563, 0
  br i1 %564, label %then86, label %else87

then86:                                           ; preds = %ok84
  br label %trap4.site11

else87:                                           ; preds = %ok84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  store i32 1, i32* %first, align 4
  %565 = load i32, i32* %xs.4, align 4
  %566 = zext i32 %565 to i64
  %567 = add i64 %566, 4
  %568 = icmp ugt i64 %567, %arena_size
  br i1 %568, label %trap17.site0, label %ok90

trap4.site11:                                     ; preds = %then86
  %569 = load i64, i64* %lowStart, align 8
  %570 = getelementptr i64, i64* %regs, i64 6
  store i64 %569, i64* %570, align 8
  %571 = load i64, i64* %lowEnd, align 8
  %572 = getelementptr i64, i64* %regs, i64 7
  store i64 %571, i64* %572, align 8
  %573 = load i64, i64* %highEnd, align 8
  %574 = getelementptr i64, i64* %regs, i64 8
  store i64 %573, i64* %574, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 11)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

ok90:                                             ; preds = %join88
  %575 = getelementptr i8, i8* %mem, i64 %566
  %576 = bitcast i32* %unaligned91 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %576, i8* %575, i64 4, i1 false)
  %577 = load i32, i32* %unaligned91, align 4
  store i32 %577, i32* %n.3, align 4
  store i32 0, i32* %k.2, align 4
  br label %each25

block24:                                          ; preds = %dead99, %ok92
  %578 = load double, double* %best, align 8
  store double %578, double* %result83, align 8
  br label %e22

each25:                                           ; preds = %join98, %ok90
  %579 = load i64, i64* %fuel, align 8
  %580 = icmp ult i64 %579, 1
  br i1 %580, label %trap14.site0, label %ok92

ok92:                                             ; preds = %each25
  %581 = sub i64 %579, 1
  store i64 %581, i64* %fuel, align 8
  %582 = load i32, i32* %k.2, align 4
  %583 = load i32, i32* %n.3, align 4
  %584 = icmp uge i32 %582, %583
  %585 = zext i1 %584 to i32
  %586 = icmp ne i32 %585, 0
  br i1 %586, label %block24, label %cont93

cont93:                                           ; preds = %ok92
  %587 = load i32, i32* %xs.4, align 4
  %588 = load i32, i32* %k.2, align 4
  %589 = mul i32 %588, 8
  %590 = add i32 %587, %589
  %591 = zext i32 %590 to i64
  %592 = add i64 %591, 8
  %593 = add i64 %592, 8
  %594 = icmp ugt i64 %593, %arena_size
  br i1 %594, label %trap17.site0, label %ok94

ok94:                                             ; preds = %cont93
  %595 = getelementptr i8, i8* %mem, i64 %592
  %596 = bitcast i64* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %596, i8* %595, i64 8, i1 false)
  %597 = load i64, i64* %unaligned95, align 8
  %598 = bitcast i64 %597 to double
  store double %598, double* %x.2, align 8
  %599 = load double, double* %x.2, align 8
  store double %599, double* %x.3, align 8
  %600 = load i32, i32* %first, align 4
  %601 = load double, double* %x.3, align 8
  %602 = load double, double* %best, align 8
  %603 = fcmp ogt double %601, %602
  %604 = zext i1 %603 to i32
  %605 = or i32 %600, %604
  %606 = icmp ne i32 %605, 0
  br i1 %606, label %then96, label %else97

then96:                                           ; preds = %ok94
  %607 = load double, double* %x.3, align 8
  store double %607, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join98

else97:                                           ; preds = %ok94
  br label %join98

join98:                                           ; preds = %else97, %then96
  %608 = load i32, i32* %k.2, align 4
  %609 = add i32 %608, 1
  store i32 %609, i32* %k.2, align 4
  br label %each25

dead99:                                           ; No predecessors!
  br label %block24

ok100:                                            ; preds = %e22
  %610 = getelementptr i8, i8* %mem, i64 %556
  %611 = icmp ult i64 %556, %scratch_start
  %612 = load i64, i64* %lowEnd, align 8
  %613 = load i64, i64* %highEnd, align 8
  %614 = call i64 @llvm.umax.i64(i64 %612, i64 %557)
  %615 = select i1 %611, i64 %614, i64 %612
  store i64 %615, i64* %lowEnd, align 8
  %616 = call i64 @llvm.umax.i64(i64 %613, i64 %557)
  %617 = select i1 %611, i64 %613, i64 %616
  store i64 %617, i64* %highEnd, align 8
  %618 = load i64, i64* %lowStart, align 8
  %619 = call i64 @llvm.umin.i64(i64 %618, i64 %556)
  store i64 %619, i64* %lowStart, align 8
  %620 = bitcast double %554 to i64
  %621 = and i64 %620, 9223372036854775807
  %622 = icmp ugt i64 %621, 9218868437227405312
  %623 = select i1 %622, i64 9221120237041090560, i64 %620
  store i64 %623, i64* %unaligned101, align 8
  %624 = bitcast i64* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %610, i8* %624, i64 8, i1 false)
  %625 = load i32, i32* %celsius, align 4
  store i32 %625, i32* %xs.5, align 4
  %626 = load i32, i32* %xs.5, align 4
  %627 = zext i32 %626 to i64
  %628 = add i64 %627, 4
  %629 = icmp ugt i64 %628, %arena_size
  br i1 %629, label %trap17.site0, label %ok103

e26:                                              ; preds = %block28
  %630 = load double, double* %result102, align 8
  store double %630, double* %min_c, align 8
  %631 = load i32, i32* %dict, align 4
  %632 = load double, double* %min_c, align 8
  %633 = zext i32 %631 to i64
  %634 = add i64 %633, 32
  %635 = add i64 %634, 8
  %636 = icmp ugt i64 %635, %arena_size
  br i1 %636, label %trap17.site0, label %ok119

ok103:                                            ; preds = %ok100
  %637 = getelementptr i8, i8* %mem, i64 %627
  %638 = bitcast i32* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %638, i8* %637, i64 4, i1 false)
  %639 = load i32, i32* %unaligned104, align 4
  %640 = icmp eq i32 %639, 0
  %641 = zext i1 %640 to i32
  %642 = icmp ne i32 %641, 0
  br i1 %642, label %then105, label %else106

then105:                                          ; preds = %ok103
  br label %trap4.site12

else106:                                          ; preds = %ok103
  br label %join107

join107:                                          ; preds = %else106, %dead108
  store i32 1, i32* %first.1, align 4
  %643 = load i32, i32* %xs.5, align 4
  %644 = zext i32 %643 to i64
  %645 = add i64 %644, 4
  %646 = icmp ugt i64 %645, %arena_size
  br i1 %646, label %trap17.site0, label %ok109

trap4.site12:                                     ; preds = %then105
  %647 = load i64, i64* %lowStart, align 8
  %648 = getelementptr i64, i64* %regs, i64 6
  store i64 %647, i64* %648, align 8
  %649 = load i64, i64* %lowEnd, align 8
  %650 = getelementptr i64, i64* %regs, i64 7
  store i64 %649, i64* %650, align 8
  %651 = load i64, i64* %highEnd, align 8
  %652 = getelementptr i64, i64* %regs, i64 8
  store i64 %651, i64* %652, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 12)
  unreachable

dead108:                                          ; No predecessors!
  br label %join107

ok109:                                            ; preds = %join107
  %653 = getelementptr i8, i8* %mem, i64 %644
  %654 = bitcast i32* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %654, i8* %653, i64 4, i1 false)
  %655 = load i32, i32* %unaligned110, align 4
  store i32 %655, i32* %n.4, align 4
  store i32 0, i32* %k.3, align 4
  br label %each29

block28:                                          ; preds = %dead118, %ok111
  %656 = load double, double* %best.1, align 8
  store double %656, double* %result102, align 8
  br label %e26

each29:                                           ; preds = %join117, %ok109
  %657 = load i64, i64* %fuel, align 8
  %658 = icmp ult i64 %657, 1
  br i1 %658, label %trap14.site0, label %ok111

ok111:                                            ; preds = %each29
  %659 = sub i64 %657, 1
  store i64 %659, i64* %fuel, align 8
  %660 = load i32, i32* %k.3, align 4
  %661 = load i32, i32* %n.4, align 4
  %662 = icmp uge i32 %660, %661
  %663 = zext i1 %662 to i32
  %664 = icmp ne i32 %663, 0
  br i1 %664, label %block28, label %cont112

cont112:                                          ; preds = %ok111
  %665 = load i32, i32* %xs.5, align 4
  %666 = load i32, i32* %k.3, align 4
  %667 = mul i32 %666, 8
  %668 = add i32 %665, %667
  %669 = zext i32 %668 to i64
  %670 = add i64 %669, 8
  %671 = add i64 %670, 8
  %672 = icmp ugt i64 %671, %arena_size
  br i1 %672, label %trap17.site0, label %ok113

ok113:                                            ; preds = %cont112
  %673 = getelementptr i8, i8* %mem, i64 %670
  %674 = bitcast i64* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %674, i8* %673, i64 8, i1 false)
  %675 = load i64, i64* %unaligned114, align 8
  %676 = bitcast i64 %675 to double
  store double %676, double* %x.4, align 8
  %677 = load double, double* %x.4, align 8
  store double %677, double* %x.5, align 8
  %678 = load i32, i32* %first.1, align 4
  %679 = load double, double* %x.5, align 8
  %680 = load double, double* %best.1, align 8
  %681 = fcmp olt double %679, %680
  %682 = zext i1 %681 to i32
  %683 = or i32 %678, %682
  %684 = icmp ne i32 %683, 0
  br i1 %684, label %then115, label %else116

then115:                                          ; preds = %ok113
  %685 = load double, double* %x.5, align 8
  store double %685, double* %best.1, align 8
  store i32 0, i32* %first.1, align 4
  br label %join117

else116:                                          ; preds = %ok113
  br label %join117

join117:                                          ; preds = %else116, %then115
  %686 = load i32, i32* %k.3, align 4
  %687 = add i32 %686, 1
  store i32 %687, i32* %k.3, align 4
  br label %each29

dead118:                                          ; No predecessors!
  br label %block28

ok119:                                            ; preds = %e26
  %688 = getelementptr i8, i8* %mem, i64 %634
  %689 = icmp ult i64 %634, %scratch_start
  %690 = load i64, i64* %lowEnd, align 8
  %691 = load i64, i64* %highEnd, align 8
  %692 = call i64 @llvm.umax.i64(i64 %690, i64 %635)
  %693 = select i1 %689, i64 %692, i64 %690
  store i64 %693, i64* %lowEnd, align 8
  %694 = call i64 @llvm.umax.i64(i64 %691, i64 %635)
  %695 = select i1 %689, i64 %691, i64 %694
  store i64 %695, i64* %highEnd, align 8
  %696 = load i64, i64* %lowStart, align 8
  %697 = call i64 @llvm.umin.i64(i64 %696, i64 %634)
  store i64 %697, i64* %lowStart, align 8
  %698 = bitcast double %632 to i64
  %699 = and i64 %698, 9223372036854775807
  %700 = icmp ugt i64 %699, 9218868437227405312
  %701 = select i1 %700, i64 9221120237041090560, i64 %698
  store i64 %701, i64* %unaligned120, align 8
  %702 = bitcast i64* %unaligned120 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %688, i8* %702, i64 8, i1 false)
  %703 = load i32, i32* %celsius, align 4
  store i32 %703, i32* %xs.6, align 4
  store double 0.000000e+00, double* %sum, align 8
  %704 = load i32, i32* %xs.6, align 4
  %705 = zext i32 %704 to i64
  %706 = add i64 %705, 4
  %707 = icmp ugt i64 %706, %arena_size
  br i1 %707, label %trap17.site0, label %ok122

e31:                                              ; preds = %block33
  %708 = load double, double* %result121, align 8
  %709 = load i32, i32* %celsius, align 4
  store i32 %709, i32* %xs.7, align 4
  %710 = load i32, i32* %xs.7, align 4
  %711 = zext i32 %710 to i64
  %712 = add i64 %711, 4
  %713 = icmp ugt i64 %712, %arena_size
  br i1 %713, label %trap17.site0, label %ok130

ok122:                                            ; preds = %ok119
  %714 = getelementptr i8, i8* %mem, i64 %705
  %715 = bitcast i32* %unaligned123 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %715, i8* %714, i64 4, i1 false)
  %716 = load i32, i32* %unaligned123, align 4
  store i32 %716, i32* %n.5, align 4
  store i32 0, i32* %k.4, align 4
  br label %each34

block33:                                          ; preds = %dead128, %ok124
  %717 = load double, double* %sum, align 8
  store double %717, double* %result121, align 8
  br label %e31

each34:                                           ; preds = %ok126, %ok122
  %718 = load i64, i64* %fuel, align 8
  %719 = icmp ult i64 %718, 1
  br i1 %719, label %trap14.site0, label %ok124

ok124:                                            ; preds = %each34
  %720 = sub i64 %718, 1
  store i64 %720, i64* %fuel, align 8
  %721 = load i32, i32* %k.4, align 4
  %722 = load i32, i32* %n.5, align 4
  %723 = icmp uge i32 %721, %722
  %724 = zext i1 %723 to i32
  %725 = icmp ne i32 %724, 0
  br i1 %725, label %block33, label %cont125

cont125:                                          ; preds = %ok124
  %726 = load i32, i32* %xs.6, align 4
  %727 = load i32, i32* %k.4, align 4
  %728 = mul i32 %727, 8
  %729 = add i32 %726, %728
  %730 = zext i32 %729 to i64
  %731 = add i64 %730, 8
  %732 = add i64 %731, 8
  %733 = icmp ugt i64 %732, %arena_size
  br i1 %733, label %trap17.site0, label %ok126

ok126:                                            ; preds = %cont125
  %734 = getelementptr i8, i8* %mem, i64 %731
  %735 = bitcast i64* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %735, i8* %734, i64 8, i1 false)
  %736 = load i64, i64* %unaligned127, align 8
  %737 = bitcast i64 %736 to double
  store double %737, double* %x.6, align 8
  %738 = load double, double* %sum, align 8
  %739 = load double, double* %x.6, align 8
  %740 = fadd double %738, %739
  store double %740, double* %sum, align 8
  %741 = load i32, i32* %k.4, align 4
  %742 = add i32 %741, 1
  store i32 %742, i32* %k.4, align 4
  br label %each34

dead128:                                          ; No predecessors!
  br label %block33

e36:                                              ; preds = %ok130
  %743 = load i64, i64* %result129, align 8
  %744 = sitofp i64 %743 to double
  %745 = fcmp oeq double %744, 0.000000e+00
  br i1 %745, label %trap1.site13, label %ok132

ok130:                                            ; preds = %e31
  %746 = getelementptr i8, i8* %mem, i64 %711
  %747 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %747, i8* %746, i64 4, i1 false)
  %748 = load i32, i32* %unaligned131, align 4
  %749 = zext i32 %748 to i64
  store i64 %749, i64* %result129, align 8
  br label %e36

ok132:                                            ; preds = %e36
  %750 = fdiv double %708, %744
  store double %750, double* %mean_c, align 8
  %751 = load i32, i32* %dict, align 4
  %752 = load double, double* %mean_c, align 8
  %753 = zext i32 %751 to i64
  %754 = add i64 %753, 40
  %755 = add i64 %754, 8
  %756 = icmp ugt i64 %755, %arena_size
  br i1 %756, label %trap17.site0, label %ok133

trap1.site13:                                     ; preds = %e36
  %757 = load i64, i64* %lowStart, align 8
  %758 = getelementptr i64, i64* %regs, i64 6
  store i64 %757, i64* %758, align 8
  %759 = load i64, i64* %lowEnd, align 8
  %760 = getelementptr i64, i64* %regs, i64 7
  store i64 %759, i64* %760, align 8
  %761 = load i64, i64* %highEnd, align 8
  %762 = getelementptr i64, i64* %regs, i64 8
  store i64 %761, i64* %762, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 13)
  unreachable

ok133:                                            ; preds = %ok132
  %763 = getelementptr i8, i8* %mem, i64 %754
  %764 = icmp ult i64 %754, %scratch_start
  %765 = load i64, i64* %lowEnd, align 8
  %766 = load i64, i64* %highEnd, align 8
  %767 = call i64 @llvm.umax.i64(i64 %765, i64 %755)
  %768 = select i1 %764, i64 %767, i64 %765
  store i64 %768, i64* %lowEnd, align 8
  %769 = call i64 @llvm.umax.i64(i64 %766, i64 %755)
  %770 = select i1 %764, i64 %766, i64 %769
  store i64 %770, i64* %highEnd, align 8
  %771 = load i64, i64* %lowStart, align 8
  %772 = call i64 @llvm.umin.i64(i64 %771, i64 %754)
  store i64 %772, i64* %lowStart, align 8
  %773 = bitcast double %752 to i64
  %774 = and i64 %773, 9223372036854775807
  %775 = icmp ugt i64 %774, 9218868437227405312
  %776 = select i1 %775, i64 9221120237041090560, i64 %773
  store i64 %776, i64* %unaligned134, align 8
  %777 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %763, i8* %777, i64 8, i1 false)
  %778 = load i32, i32* %readings, align 4
  store i32 %778, i32* %xs.8, align 4
  %779 = load i32, i32* %xs.8, align 4
  %780 = zext i32 %779 to i64
  %781 = add i64 %780, 4
  %782 = icmp ugt i64 %781, %arena_size
  br i1 %782, label %trap17.site0, label %ok136

e39:                                              ; preds = %ok176
  %783 = load i32, i32* %result135, align 4
  %784 = icmp uge i32 %depth, 1000
  br i1 %784, label %trap15.site16, label %ok178

ok136:                                            ; preds = %ok133
  %785 = getelementptr i8, i8* %mem, i64 %780
  %786 = bitcast i32* %unaligned137 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %786, i8* %785, i64 4, i1 false)
  %787 = load i32, i32* %unaligned137, align 4
  %788 = zext i32 %787 to i64
  %789 = mul i64 %788, 4
  %790 = add i64 4, %789
  store i64 %790, i64* %size.2, align 8
  %791 = load i64, i64* %size.2, align 8
  %792 = icmp ugt i64 %791, 2147483647
  %793 = zext i1 %792 to i32
  %794 = icmp ne i32 %793, 0
  br i1 %794, label %then138, label %else139

then138:                                          ; preds = %ok136
  br label %trap15.site17

else139:                                          ; preds = %ok136
  br label %join140

join140:                                          ; preds = %else139, %dead141
  %795 = load i64, i64* %size.2, align 8
  %796 = trunc i64 %795 to i32
  %797 = zext i32 %796 to i64
  %798 = getelementptr i64, i64* %regs, i64 1
  %799 = getelementptr i64, i64* %regs, i64 2
  %800 = load i64, i64* %798, align 8
  %801 = add i64 %800, 3
  %802 = and i64 %801, -4
  %803 = add i64 %802, %797
  %804 = load i64, i64* %799, align 8
  %805 = icmp ugt i64 %803, %804
  br i1 %805, label %trap15.site17, label %ok142

trap15.site17:                                    ; preds = %join140, %then138
  %806 = load i64, i64* %lowStart, align 8
  %807 = getelementptr i64, i64* %regs, i64 6
  store i64 %806, i64* %807, align 8
  %808 = load i64, i64* %lowEnd, align 8
  %809 = getelementptr i64, i64* %regs, i64 7
  store i64 %808, i64* %809, align 8
  %810 = load i64, i64* %highEnd, align 8
  %811 = getelementptr i64, i64* %regs, i64 8
  store i64 %810, i64* %811, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead141:                                          ; No predecessors!
  br label %join140

ok142:                                            ; preds = %join140
  store i64 %803, i64* %798, align 8
  %812 = trunc i64 %802 to i32
  store i32 %812, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %813 = load i32, i32* %xs.8, align 4
  %814 = zext i32 %813 to i64
  %815 = add i64 %814, 4
  %816 = icmp ugt i64 %815, %arena_size
  br i1 %816, label %trap17.site0, label %ok143

ok143:                                            ; preds = %ok142
  %817 = getelementptr i8, i8* %mem, i64 %814
  %818 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %818, i8* %817, i64 4, i1 false)
  %819 = load i32, i32* %unaligned144, align 4
  store i32 %819, i32* %n.6, align 4
  store i32 0, i32* %k.5, align 4
  br label %each42

block41:                                          ; preds = %dead175, %ok145
  %820 = load i32, i32* %list.2, align 4
  %821 = load i32, i32* %len.2, align 4
  %822 = zext i32 %820 to i64
  %823 = add i64 %822, 4
  %824 = icmp ugt i64 %823, %arena_size
  br i1 %824, label %trap17.site0, label %ok176

each42:                                           ; preds = %ok173, %ok143
  %825 = load i64, i64* %fuel, align 8
  %826 = icmp ult i64 %825, 1
  br i1 %826, label %trap14.site0, label %ok145

ok145:                                            ; preds = %each42
  %827 = sub i64 %825, 1
  store i64 %827, i64* %fuel, align 8
  %828 = load i32, i32* %k.5, align 4
  %829 = load i32, i32* %n.6, align 4
  %830 = icmp uge i32 %828, %829
  %831 = zext i1 %830 to i32
  %832 = icmp ne i32 %831, 0
  br i1 %832, label %block41, label %cont146

cont146:                                          ; preds = %ok145
  %833 = load i32, i32* %xs.8, align 4
  %834 = load i32, i32* %k.5, align 4
  %835 = mul i32 %834, 4
  %836 = add i32 %833, %835
  %837 = zext i32 %836 to i64
  %838 = add i64 %837, 4
  %839 = add i64 %838, 4
  %840 = icmp ugt i64 %839, %arena_size
  br i1 %840, label %trap17.site0, label %ok147

ok147:                                            ; preds = %cont146
  %841 = getelementptr i8, i8* %mem, i64 %838
  %842 = bitcast i32* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %842, i8* %841, i64 4, i1 false)
  %843 = load i32, i32* %unaligned148, align 4
  store i32 %843, i32* %x.7, align 4
  %844 = load i32, i32* %x.7, align 4
  store i32 %844, i32* %r.2, align 4
  %845 = load i32, i32* %list.2, align 4
  %846 = load i32, i32* %len.2, align 4
  %847 = mul i32 %846, 4
  %848 = add i32 %845, %847
  %849 = load i32, i32* %r.2, align 4
  %850 = zext i32 %849 to i64
  %851 = add i64 %850, 4
  %852 = icmp ugt i64 %851, %arena_size
  br i1 %852, label %trap17.site18, label %ok150

e43:                                              ; preds = %ok172
  %853 = load i32, i32* %result149, align 4
  %854 = zext i32 %848 to i64
  %855 = add i64 %854, 4
  %856 = add i64 %855, 4
  %857 = icmp ugt i64 %856, %arena_size
  br i1 %857, label %trap17.site0, label %ok173

ok150:                                            ; preds = %ok147
  %858 = getelementptr i8, i8* %mem, i64 %850
  %859 = bitcast i32* %unaligned151 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %859, i8* %858, i64 4, i1 false)
  %860 = load i32, i32* %unaligned151, align 4
  store i32 %860, i32* %part, align 4
  %861 = load i32, i32* %r.2, align 4
  %862 = icmp uge i32 %depth, 1000
  br i1 %862, label %trap15.site22, label %ok152

trap17.site18:                                    ; preds = %ok147
  %863 = load i64, i64* %lowStart, align 8
  %864 = getelementptr i64, i64* %regs, i64 6
  store i64 %863, i64* %864, align 8
  %865 = load i64, i64* %lowEnd, align 8
  %866 = getelementptr i64, i64* %regs, i64 7
  store i64 %865, i64* %866, align 8
  %867 = load i64, i64* %highEnd, align 8
  %868 = getelementptr i64, i64* %regs, i64 8
  store i64 %867, i64* %868, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok152:                                            ; preds = %ok150
  %869 = getelementptr i64, i64* %regs, i64 10
  %870 = load i64, i64* %869, align 8
  %871 = icmp ult i64 %10, %870
  br i1 %871, label %trap253.site0, label %stack_ok153

trap15.site22:                                    ; preds = %ok150
  %872 = load i64, i64* %lowStart, align 8
  %873 = getelementptr i64, i64* %regs, i64 6
  store i64 %872, i64* %873, align 8
  %874 = load i64, i64* %lowEnd, align 8
  %875 = getelementptr i64, i64* %regs, i64 7
  store i64 %874, i64* %875, align 8
  %876 = load i64, i64* %highEnd, align 8
  %877 = getelementptr i64, i64* %regs, i64 8
  store i64 %876, i64* %877, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

stack_ok153:                                      ; preds = %ok152
  %878 = load i64, i64* %fuel, align 8
  %879 = getelementptr i64, i64* %regs, i64 0
  store i64 %878, i64* %879, align 8
  %880 = load i64, i64* %lowStart, align 8
  %881 = getelementptr i64, i64* %regs, i64 6
  store i64 %880, i64* %881, align 8
  %882 = load i64, i64* %lowEnd, align 8
  %883 = getelementptr i64, i64* %regs, i64 7
  store i64 %882, i64* %883, align 8
  %884 = load i64, i64* %highEnd, align 8
  %885 = getelementptr i64, i64* %regs, i64 8
  store i64 %884, i64* %885, align 8
  %886 = add i32 %depth, 1
  %887 = call double @m0.fn.to_celsius(i64* %regs, i8* %mem, i32 %886, i32 0, i32 %861)
  %888 = getelementptr i64, i64* %regs, i64 0
  %889 = load i64, i64* %888, align 8
  store i64 %889, i64* %fuel, align 8
  %890 = getelementptr i64, i64* %regs, i64 6
  %891 = load i64, i64* %890, align 8
  store i64 %891, i64* %lowStart, align 8
  %892 = getelementptr i64, i64* %regs, i64 7
  %893 = load i64, i64* %892, align 8
  store i64 %893, i64* %lowEnd, align 8
  %894 = getelementptr i64, i64* %regs, i64 8
  %895 = load i64, i64* %894, align 8
  store i64 %895, i64* %highEnd, align 8
  %896 = fmul double %887, 1.000000e+01
  %897 = call double @llvm.roundeven.f64(double %896)
  %898 = call i64 @llvm.fptosi.sat.i64.f64(double %897)
  %899 = sitofp i64 %898 to double
  br i1 false, label %trap1.site19, label %ok154

ok154:                                            ; preds = %stack_ok153
  %900 = fdiv double %899, 1.000000e+01
  store double %900, double* %part.1, align 8
  %901 = getelementptr i64, i64* %regs, i64 1
  %902 = load i64, i64* %901, align 8
  %903 = trunc i64 %902 to i32
  %904 = add i32 %903, 3
  %905 = and i32 %904, -4
  store i32 %905, i32* %text, align 4
  %906 = load i32, i32* %text, align 4
  %907 = add i32 %906, 4
  store i32 %907, i32* %cur, align 4
  %908 = load i32, i32* %part, align 4
  store i32 %908, i32* %s, align 4
  %909 = load i32, i32* %s, align 4
  %910 = zext i32 %909 to i64
  %911 = add i64 %910, 4
  %912 = icmp ugt i64 %911, %arena_size
  br i1 %912, label %trap17.site0, label %ok155

trap1.site19:                                     ; preds = %stack_ok153
  %913 = load i64, i64* %lowStart, align 8
  %914 = getelementptr i64, i64* %regs, i64 6
  store i64 %913, i64* %914, align 8
  %915 = load i64, i64* %lowEnd, align 8
  %916 = getelementptr i64, i64* %regs, i64 7
  store i64 %915, i64* %916, align 8
  %917 = load i64, i64* %highEnd, align 8
  %918 = getelementptr i64, i64* %regs, i64 8
  store i64 %917, i64* %918, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok155:                                            ; preds = %ok154
  %919 = getelementptr i8, i8* %mem, i64 %910
  %920 = bitcast i32* %unaligned156 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %920, i8* %919, i64 4, i1 false)
  %921 = load i32, i32* %unaligned156, align 4
  store i32 %921, i32* %slen, align 4
  %922 = load i32, i32* %cur, align 4
  %923 = load i32, i32* %slen, align 4
  %924 = add i32 %922, %923
  %925 = getelementptr i64, i64* %regs, i64 2
  %926 = load i64, i64* %925, align 8
  %927 = trunc i64 %926 to i32
  %928 = icmp ugt i32 %924, %927
  %929 = zext i1 %928 to i32
  %930 = icmp ne i32 %929, 0
  br i1 %930, label %then157, label %else158

then157:                                          ; preds = %ok155
  br label %trap15.site23

else158:                                          ; preds = %ok155
  br label %join159

join159:                                          ; preds = %else158, %dead160
  %931 = load i32, i32* %cur, align 4
  %932 = load i32, i32* %s, align 4
  %933 = add i32 %932, 4
  %934 = load i32, i32* %slen, align 4
  %935 = zext i32 %934 to i64
  %936 = zext i32 %931 to i64
  %937 = add i64 %936, %935
  %938 = icmp ugt i64 %937, %arena_size
  br i1 %938, label %trap17.site23, label %ok161

trap15.site23:                                    ; preds = %ok170, %ok167, %then163, %then157
  %939 = load i64, i64* %lowStart, align 8
  %940 = getelementptr i64, i64* %regs, i64 6
  store i64 %939, i64* %940, align 8
  %941 = load i64, i64* %lowEnd, align 8
  %942 = getelementptr i64, i64* %regs, i64 7
  store i64 %941, i64* %942, align 8
  %943 = load i64, i64* %highEnd, align 8
  %944 = getelementptr i64, i64* %regs, i64 8
  store i64 %943, i64* %944, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead160:                                          ; No predecessors!
  br label %join159

ok161:                                            ; preds = %join159
  %945 = zext i32 %933 to i64
  %946 = add i64 %945, %935
  %947 = icmp ugt i64 %946, %arena_size
  br i1 %947, label %trap17.site23, label %ok162

trap17.site23:                                    ; preds = %ok161, %join159
  %948 = load i64, i64* %lowStart, align 8
  %949 = getelementptr i64, i64* %regs, i64 6
  store i64 %948, i64* %949, align 8
  %950 = load i64, i64* %lowEnd, align 8
  %951 = getelementptr i64, i64* %regs, i64 7
  store i64 %950, i64* %951, align 8
  %952 = load i64, i64* %highEnd, align 8
  %953 = getelementptr i64, i64* %regs, i64 8
  store i64 %952, i64* %953, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

ok162:                                            ; preds = %ok161
  %954 = icmp ult i64 %936, %scratch_start
  %955 = load i64, i64* %lowEnd, align 8
  %956 = load i64, i64* %highEnd, align 8
  %957 = call i64 @llvm.umax.i64(i64 %955, i64 %937)
  %958 = select i1 %954, i64 %957, i64 %955
  store i64 %958, i64* %lowEnd, align 8
  %959 = call i64 @llvm.umax.i64(i64 %956, i64 %937)
  %960 = select i1 %954, i64 %956, i64 %959
  store i64 %960, i64* %highEnd, align 8
  %961 = load i64, i64* %lowStart, align 8
  %962 = call i64 @llvm.umin.i64(i64 %961, i64 %936)
  store i64 %962, i64* %lowStart, align 8
  %963 = getelementptr i8, i8* %mem, i64 %936
  %964 = getelementptr i8, i8* %mem, i64 %945
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %963, i8* %964, i64 %935, i1 false)
  %965 = load i32, i32* %cur, align 4
  %966 = load i32, i32* %slen, align 4
  %967 = add i32 %965, %966
  store i32 %967, i32* %cur, align 4
  %968 = load i32, i32* %cur, align 4
  %969 = add i32 %968, 331
  %970 = getelementptr i64, i64* %regs, i64 2
  %971 = load i64, i64* %970, align 8
  %972 = trunc i64 %971 to i32
  %973 = icmp ugt i32 %969, %972
  %974 = zext i1 %973 to i32
  %975 = icmp ne i32 %974, 0
  br i1 %975, label %then163, label %else164

then163:                                          ; preds = %ok162
  br label %trap15.site23

else164:                                          ; preds = %ok162
  br label %join165

join165:                                          ; preds = %else164, %dead166
  %976 = load i32, i32* %cur, align 4
  %977 = zext i32 %976 to i64
  %978 = add i64 %977, 1
  %979 = icmp ugt i64 %978, %arena_size
  br i1 %979, label %trap17.site0, label %ok167

dead166:                                          ; No predecessors!
  br label %join165

ok167:                                            ; preds = %join165
  %980 = getelementptr i8, i8* %mem, i64 %977
  %981 = icmp ult i64 %977, %scratch_start
  %982 = load i64, i64* %lowEnd, align 8
  %983 = load i64, i64* %highEnd, align 8
  %984 = call i64 @llvm.umax.i64(i64 %982, i64 %978)
  %985 = select i1 %981, i64 %984, i64 %982
  store i64 %985, i64* %lowEnd, align 8
  %986 = call i64 @llvm.umax.i64(i64 %983, i64 %978)
  %987 = select i1 %981, i64 %983, i64 %986
  store i64 %987, i64* %highEnd, align 8
  %988 = load i64, i64* %lowStart, align 8
  %989 = call i64 @llvm.umin.i64(i64 %988, i64 %977)
  store i64 %989, i64* %lowStart, align 8
  store i8 61, i8* %980, align 1
  %990 = load i32, i32* %cur, align 4
  %991 = add i32 %990, 1
  store i32 %991, i32* %cur, align 4
  %992 = load i32, i32* %cur, align 4
  %993 = load double, double* %part.1, align 8
  %994 = load i32, i32* %cur, align 4
  %995 = icmp uge i32 %depth, 1000
  br i1 %995, label %trap15.site23, label %ok168

ok168:                                            ; preds = %ok167
  %996 = getelementptr i64, i64* %regs, i64 10
  %997 = load i64, i64* %996, align 8
  %998 = icmp ult i64 %10, %997
  br i1 %998, label %trap253.site0, label %stack_ok169

stack_ok169:                                      ; preds = %ok168
  %999 = load i64, i64* %fuel, align 8
  %1000 = getelementptr i64, i64* %regs, i64 0
  store i64 %999, i64* %1000, align 8
  %1001 = load i64, i64* %lowStart, align 8
  %1002 = getelementptr i64, i64* %regs, i64 6
  store i64 %1001, i64* %1002, align 8
  %1003 = load i64, i64* %lowEnd, align 8
  %1004 = getelementptr i64, i64* %regs, i64 7
  store i64 %1003, i64* %1004, align 8
  %1005 = load i64, i64* %highEnd, align 8
  %1006 = getelementptr i64, i64* %regs, i64 8
  store i64 %1005, i64* %1006, align 8
  %1007 = add i32 %depth, 1
  %1008 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %1007, double %993, i32 %994)
  %1009 = getelementptr i64, i64* %regs, i64 0
  %1010 = load i64, i64* %1009, align 8
  store i64 %1010, i64* %fuel, align 8
  %1011 = getelementptr i64, i64* %regs, i64 6
  %1012 = load i64, i64* %1011, align 8
  store i64 %1012, i64* %lowStart, align 8
  %1013 = getelementptr i64, i64* %regs, i64 7
  %1014 = load i64, i64* %1013, align 8
  store i64 %1014, i64* %lowEnd, align 8
  %1015 = getelementptr i64, i64* %regs, i64 8
  %1016 = load i64, i64* %1015, align 8
  store i64 %1016, i64* %highEnd, align 8
  %1017 = add i32 %992, %1008
  store i32 %1017, i32* %cur, align 4
  %1018 = load i32, i32* %cur, align 4
  %1019 = load i32, i32* %text, align 4
  %1020 = sub i32 %1018, %1019
  %1021 = sub i32 %1020, 4
  store i32 %1021, i32* %len.3, align 4
  %1022 = load i32, i32* %text, align 4
  %1023 = load i32, i32* %len.3, align 4
  %1024 = zext i32 %1022 to i64
  %1025 = add i64 %1024, 4
  %1026 = icmp ugt i64 %1025, %arena_size
  br i1 %1026, label %trap17.site0, label %ok170

ok170:                                            ; preds = %stack_ok169
  %1027 = getelementptr i8, i8* %mem, i64 %1024
  %1028 = icmp ult i64 %1024, %scratch_start
  %1029 = load i64, i64* %lowEnd, align 8
  %1030 = load i64, i64* %highEnd, align 8
  %1031 = call i64 @llvm.umax.i64(i64 %1029, i64 %1025)
  %1032 = select i1 %1028, i64 %1031, i64 %1029
  store i64 %1032, i64* %lowEnd, align 8
  %1033 = call i64 @llvm.umax.i64(i64 %1030, i64 %1025)
  %1034 = select i1 %1028, i64 %1030, i64 %1033
  store i64 %1034, i64* %highEnd, align 8
  %1035 = load i64, i64* %lowStart, align 8
  %1036 = call i64 @llvm.umin.i64(i64 %1035, i64 %1024)
  store i64 %1036, i64* %lowStart, align 8
  store i32 %1023, i32* %unaligned171, align 4
  %1037 = bitcast i32* %unaligned171 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1027, i8* %1037, i64 4, i1 false)
  %1038 = load i32, i32* %len.3, align 4
  %1039 = add i32 %1038, 4
  %1040 = zext i32 %1039 to i64
  %1041 = getelementptr i64, i64* %regs, i64 1
  %1042 = getelementptr i64, i64* %regs, i64 2
  %1043 = load i64, i64* %1041, align 8
  %1044 = add i64 %1043, 3
  %1045 = and i64 %1044, -4
  %1046 = add i64 %1045, %1040
  %1047 = load i64, i64* %1042, align 8
  %1048 = icmp ugt i64 %1046, %1047
  br i1 %1048, label %trap15.site23, label %ok172

ok172:                                            ; preds = %ok170
  store i64 %1046, i64* %1041, align 8
  %1049 = trunc i64 %1045 to i32
  store i32 %1049, i32* %result149, align 4
  br label %e43

ok173:                                            ; preds = %e43
  %1050 = getelementptr i8, i8* %mem, i64 %855
  %1051 = icmp ult i64 %855, %scratch_start
  %1052 = load i64, i64* %lowEnd, align 8
  %1053 = load i64, i64* %highEnd, align 8
  %1054 = call i64 @llvm.umax.i64(i64 %1052, i64 %856)
  %1055 = select i1 %1051, i64 %1054, i64 %1052
  store i64 %1055, i64* %lowEnd, align 8
  %1056 = call i64 @llvm.umax.i64(i64 %1053, i64 %856)
  %1057 = select i1 %1051, i64 %1053, i64 %1056
  store i64 %1057, i64* %highEnd, align 8
  %1058 = load i64, i64* %lowStart, align 8
  %1059 = call i64 @llvm.umin.i64(i64 %1058, i64 %855)
  store i64 %1059, i64* %lowStart, align 8
  store i32 %853, i32* %unaligned174, align 4
  %1060 = bitcast i32* %unaligned174 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1050, i8* %1060, i64 4, i1 false)
  %1061 = load i32, i32* %len.2, align 4
  %1062 = add i32 %1061, 1
  store i32 %1062, i32* %len.2, align 4
  %1063 = load i32, i32* %k.5, align 4
  %1064 = add i32 %1063, 1
  store i32 %1064, i32* %k.5, align 4
  br label %each42

dead175:                                          ; No predecessors!
  br label %block41

ok176:                                            ; preds = %block41
  %1065 = getelementptr i8, i8* %mem, i64 %822
  %1066 = icmp ult i64 %822, %scratch_start
  %1067 = load i64, i64* %lowEnd, align 8
  %1068 = load i64, i64* %highEnd, align 8
  %1069 = call i64 @llvm.umax.i64(i64 %1067, i64 %823)
  %1070 = select i1 %1066, i64 %1069, i64 %1067
  store i64 %1070, i64* %lowEnd, align 8
  %1071 = call i64 @llvm.umax.i64(i64 %1068, i64 %823)
  %1072 = select i1 %1066, i64 %1068, i64 %1071
  store i64 %1072, i64* %highEnd, align 8
  %1073 = load i64, i64* %lowStart, align 8
  %1074 = call i64 @llvm.umin.i64(i64 %1073, i64 %822)
  store i64 %1074, i64* %lowStart, align 8
  store i32 %821, i32* %unaligned177, align 4
  %1075 = bitcast i32* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1065, i8* %1075, i64 4, i1 false)
  %1076 = load i32, i32* %list.2, align 4
  store i32 %1076, i32* %result135, align 4
  br label %e39

ok178:                                            ; preds = %e39
  %1077 = getelementptr i64, i64* %regs, i64 10
  %1078 = load i64, i64* %1077, align 8
  %1079 = icmp ult i64 %10, %1078
  br i1 %1079, label %trap253.site0, label %stack_ok179

trap15.site16:                                    ; preds = %e39
  %1080 = load i64, i64* %lowStart, align 8
  %1081 = getelementptr i64, i64* %regs, i64 6
  store i64 %1080, i64* %1081, align 8
  %1082 = load i64, i64* %lowEnd, align 8
  %1083 = getelementptr i64, i64* %regs, i64 7
  store i64 %1082, i64* %1083, align 8
  %1084 = load i64, i64* %highEnd, align 8
  %1085 = getelementptr i64, i64* %regs, i64 8
  store i64 %1084, i64* %1085, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok179:                                      ; preds = %ok178
  %1086 = load i64, i64* %fuel, align 8
  %1087 = getelementptr i64, i64* %regs, i64 0
  store i64 %1086, i64* %1087, align 8
  %1088 = load i64, i64* %lowStart, align 8
  %1089 = getelementptr i64, i64* %regs, i64 6
  store i64 %1088, i64* %1089, align 8
  %1090 = load i64, i64* %lowEnd, align 8
  %1091 = getelementptr i64, i64* %regs, i64 7
  store i64 %1090, i64* %1091, align 8
  %1092 = load i64, i64* %highEnd, align 8
  %1093 = getelementptr i64, i64* %regs, i64 8
  store i64 %1092, i64* %1093, align 8
  %1094 = add i32 %depth, 1
  %1095 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1094, i32 %783, i32 11104)
  %1096 = getelementptr i64, i64* %regs, i64 0
  %1097 = load i64, i64* %1096, align 8
  store i64 %1097, i64* %fuel, align 8
  %1098 = getelementptr i64, i64* %regs, i64 6
  %1099 = load i64, i64* %1098, align 8
  store i64 %1099, i64* %lowStart, align 8
  %1100 = getelementptr i64, i64* %regs, i64 7
  %1101 = load i64, i64* %1100, align 8
  store i64 %1101, i64* %lowEnd, align 8
  %1102 = getelementptr i64, i64* %regs, i64 8
  %1103 = load i64, i64* %1102, align 8
  store i64 %1103, i64* %highEnd, align 8
  store i32 %1095, i32* %report, align 4
  %1104 = load i32, i32* %dict, align 4
  %1105 = load i32, i32* %report, align 4
  %1106 = zext i32 %1104 to i64
  %1107 = add i64 %1106, 48
  %1108 = add i64 %1107, 4
  %1109 = icmp ugt i64 %1108, %arena_size
  br i1 %1109, label %trap17.site0, label %ok180

ok180:                                            ; preds = %stack_ok179
  %1110 = getelementptr i8, i8* %mem, i64 %1107
  %1111 = icmp ult i64 %1107, %scratch_start
  %1112 = load i64, i64* %lowEnd, align 8
  %1113 = load i64, i64* %highEnd, align 8
  %1114 = call i64 @llvm.umax.i64(i64 %1112, i64 %1108)
  %1115 = select i1 %1111, i64 %1114, i64 %1112
  store i64 %1115, i64* %lowEnd, align 8
  %1116 = call i64 @llvm.umax.i64(i64 %1113, i64 %1108)
  %1117 = select i1 %1111, i64 %1113, i64 %1116
  store i64 %1117, i64* %highEnd, align 8
  %1118 = load i64, i64* %lowStart, align 8
  %1119 = call i64 @llvm.umin.i64(i64 %1118, i64 %1107)
  store i64 %1119, i64* %lowStart, align 8
  store i32 %1105, i32* %unaligned181, align 4
  %1120 = bitcast i32* %unaligned181 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1110, i8* %1120, i64 4, i1 false)
  %1121 = load i32, i32* %dict, align 4
  store i32 %1121, i32* %result3, align 4
  br label %e0

ok182:                                            ; preds = %e0
  %1122 = getelementptr i64, i64* %regs, i64 10
  %1123 = load i64, i64* %1122, align 8
  %1124 = icmp ult i64 %10, %1123
  br i1 %1124, label %trap253.site0, label %stack_ok183

stack_ok183:                                      ; preds = %ok182
  %1125 = load i64, i64* %fuel, align 8
  %1126 = getelementptr i64, i64* %regs, i64 0
  store i64 %1125, i64* %1126, align 8
  %1127 = load i64, i64* %lowStart, align 8
  %1128 = getelementptr i64, i64* %regs, i64 6
  store i64 %1127, i64* %1128, align 8
  %1129 = load i64, i64* %lowEnd, align 8
  %1130 = getelementptr i64, i64* %regs, i64 7
  store i64 %1129, i64* %1130, align 8
  %1131 = load i64, i64* %highEnd, align 8
  %1132 = getelementptr i64, i64* %regs, i64 8
  store i64 %1131, i64* %1132, align 8
  %1133 = add i32 %depth, 1
  %1134 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1133, i32 %82, i32 %83, i32 0)
  %1135 = getelementptr i64, i64* %regs, i64 0
  %1136 = load i64, i64* %1135, align 8
  store i64 %1136, i64* %fuel, align 8
  %1137 = getelementptr i64, i64* %regs, i64 6
  %1138 = load i64, i64* %1137, align 8
  store i64 %1138, i64* %lowStart, align 8
  %1139 = getelementptr i64, i64* %regs, i64 7
  %1140 = load i64, i64* %1139, align 8
  store i64 %1140, i64* %lowEnd, align 8
  %1141 = getelementptr i64, i64* %regs, i64 8
  %1142 = load i64, i64* %1141, align 8
  store i64 %1142, i64* %highEnd, align 8
  store i32 %1134, i32* %json_end, align 4
  %1143 = load i32, i32* %json_end, align 4
  %1144 = icmp eq i32 %1143, -2
  %1145 = zext i1 %1144 to i32
  %1146 = icmp ne i32 %1145, 0
  br i1 %1146, label %then184, label %else185

then184:                                          ; preds = %stack_ok183
  br label %trap16.site3

else185:                                          ; preds = %stack_ok183
  br label %join186

join186:                                          ; preds = %else185, %dead187
  %1147 = load i32, i32* %json_end, align 4
  %1148 = icmp eq i32 %1147, -1
  %1149 = zext i1 %1148 to i32
  %1150 = icmp ne i32 %1149, 0
  br i1 %1150, label %then188, label %else189

trap16.site3:                                     ; preds = %then193, %then184
  %1151 = load i64, i64* %lowStart, align 8
  %1152 = getelementptr i64, i64* %regs, i64 6
  store i64 %1151, i64* %1152, align 8
  %1153 = load i64, i64* %lowEnd, align 8
  %1154 = getelementptr i64, i64* %regs, i64 7
  store i64 %1153, i64* %1154, align 8
  %1155 = load i64, i64* %highEnd, align 8
  %1156 = getelementptr i64, i64* %regs, i64 8
  store i64 %1155, i64* %1156, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead187:                                          ; No predecessors!
  br label %join186

then188:                                          ; preds = %join186
  %1157 = load i32, i32* %result.1, align 4
  %1158 = icmp uge i32 %depth, 1000
  br i1 %1158, label %trap15.site0, label %ok191

else189:                                          ; preds = %join186
  br label %join190

join190:                                          ; preds = %else189, %dead197
  %1159 = load i32, i32* %json_end, align 4
  %1160 = zext i32 %1159 to i64
  %1161 = getelementptr i64, i64* %regs, i64 3
  store i64 %1160, i64* %1161, align 8
  %1162 = load i32, i32* %json_end, align 4
  %1163 = load i32, i32* %json_start, align 4
  %1164 = sub i32 %1162, %1163
  %1165 = load i64, i64* %fuel, align 8
  %1166 = getelementptr i64, i64* %regs, i64 0
  store i64 %1165, i64* %1166, align 8
  %1167 = load i64, i64* %lowStart, align 8
  %1168 = getelementptr i64, i64* %regs, i64 6
  store i64 %1167, i64* %1168, align 8
  %1169 = load i64, i64* %lowEnd, align 8
  %1170 = getelementptr i64, i64* %regs, i64 7
  store i64 %1169, i64* %1170, align 8
  %1171 = load i64, i64* %highEnd, align 8
  %1172 = getelementptr i64, i64* %regs, i64 8
  store i64 %1171, i64* %1172, align 8
  ret i32 %1164

ok191:                                            ; preds = %then188
  %1173 = getelementptr i64, i64* %regs, i64 10
  %1174 = load i64, i64* %1173, align 8
  %1175 = icmp ult i64 %10, %1174
  br i1 %1175, label %trap253.site0, label %stack_ok192

stack_ok192:                                      ; preds = %ok191
  %1176 = load i64, i64* %fuel, align 8
  %1177 = getelementptr i64, i64* %regs, i64 0
  store i64 %1176, i64* %1177, align 8
  %1178 = load i64, i64* %lowStart, align 8
  %1179 = getelementptr i64, i64* %regs, i64 6
  store i64 %1178, i64* %1179, align 8
  %1180 = load i64, i64* %lowEnd, align 8
  %1181 = getelementptr i64, i64* %regs, i64 7
  store i64 %1180, i64* %1181, align 8
  %1182 = load i64, i64* %highEnd, align 8
  %1183 = getelementptr i64, i64* %regs, i64 8
  store i64 %1182, i64* %1183, align 8
  %1184 = add i32 %depth, 1
  %1185 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1184, i32 %1157)
  %1186 = getelementptr i64, i64* %regs, i64 0
  %1187 = load i64, i64* %1186, align 8
  store i64 %1187, i64* %fuel, align 8
  %1188 = getelementptr i64, i64* %regs, i64 6
  %1189 = load i64, i64* %1188, align 8
  store i64 %1189, i64* %lowStart, align 8
  %1190 = getelementptr i64, i64* %regs, i64 7
  %1191 = load i64, i64* %1190, align 8
  store i64 %1191, i64* %lowEnd, align 8
  %1192 = getelementptr i64, i64* %regs, i64 8
  %1193 = load i64, i64* %1192, align 8
  store i64 %1193, i64* %highEnd, align 8
  %1194 = icmp ne i32 %1185, 0
  br i1 %1194, label %then193, label %else194

then193:                                          ; preds = %stack_ok192
  br label %trap16.site3

else194:                                          ; preds = %stack_ok192
  br label %join195

join195:                                          ; preds = %else194, %dead196
  br label %trap15.site3

dead196:                                          ; No predecessors!
  br label %join195

dead197:                                          ; No predecessors!
  br label %join190
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
  %unaligned = alloca i32, align 4
  %result = alloca double, align 8
  %unaligned4 = alloca i64, align 8
  %unaligned7 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i32, i32* %r, align 4
  %8 = zext i32 %7 to i64
  %9 = add i64 %8, 16
  %10 = add i64 %9, 4
  %11 = icmp ugt i64 %10, %arena_size
  br i1 %11, label %trap17.site25, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %12 = getelementptr i8, i8* %mem, i64 %9
  %13 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %13, i8* %12, i64 4, i1 false)
  %14 = load i32, i32* %unaligned, align 4
  %15 = icmp uge i32 %depth, 1000
  br i1 %15, label %trap15.site0, label %ok2

trap17.site25:                                    ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 25)
  unreachable

ok2:                                              ; preds = %ok1
  %16 = getelementptr i64, i64* %regs, i64 10
  %17 = load i64, i64* %16, align 8
  %18 = icmp ult i64 %3, %17
  br i1 %18, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok2
  %19 = load i64, i64* %fuel, align 8
  %20 = getelementptr i64, i64* %regs, i64 0
  store i64 %19, i64* %20, align 8
  %21 = add i32 %depth, 1
  %22 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %21, i32 %14, i32 11464)
  %23 = getelementptr i64, i64* %regs, i64 0
  %24 = load i64, i64* %23, align 8
  store i64 %24, i64* %fuel, align 8
  %25 = icmp ne i32 %22, 0
  br i1 %25, label %then, label %else

trap253.site0:                                    ; preds = %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %26 = load i32, i32* %r, align 4
  %27 = zext i32 %26 to i64
  %28 = add i64 %27, 8
  %29 = add i64 %28, 8
  %30 = icmp ugt i64 %29, %arena_size
  br i1 %30, label %trap17.site29, label %ok3

else:                                             ; preds = %stack_ok
  %31 = load i32, i32* %r, align 4
  %32 = zext i32 %31 to i64
  %33 = add i64 %32, 8
  %34 = add i64 %33, 8
  %35 = icmp ugt i64 %34, %arena_size
  br i1 %35, label %trap17.site30, label %ok6

join:                                             ; preds = %ok6, %ok5
  %36 = load double, double* %result, align 8
  %37 = load i64, i64* %fuel, align 8
  %38 = getelementptr i64, i64* %regs, i64 0
  store i64 %37, i64* %38, align 8
  ret double %36

ok3:                                              ; preds = %then
  %39 = getelementptr i8, i8* %mem, i64 %28
  %40 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %40, i8* %39, i64 8, i1 false)
  %41 = load i64, i64* %unaligned4, align 8
  %42 = bitcast i64 %41 to double
  %43 = fsub double %42, 3.200000e+01
  %44 = fmul double %43, 5.000000e+00
  br i1 false, label %trap1.site26, label %ok5

trap17.site29:                                    ; preds = %then
  call void @tetra_trap(i64* %regs, i32 17, i32 29)
  unreachable

ok5:                                              ; preds = %ok3
  %45 = fdiv double %44, 9.000000e+00
  store double %45, double* %result, align 8
  br label %join

trap1.site26:                                     ; preds = %ok3
  call void @tetra_trap(i64* %regs, i32 1, i32 26)
  unreachable

ok6:                                              ; preds = %else
  %46 = getelementptr i8, i8* %mem, i64 %33
  %47 = bitcast i64* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %47, i8* %46, i64 8, i1 false)
  %48 = load i64, i64* %unaligned7, align 8
  %49 = bitcast i64 %48 to double
  store double %49, double* %result, align 8
  br label %join

trap17.site30:                                    ; preds = %else
  call void @tetra_trap(i64* %regs, i32 17, i32 30)
  unreachable
}
