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
  %unaligned34 = alloca i16, align 2
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
  %212 = icmp eq i32 %211, 6
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
  %255 = icmp eq i32 %254, 1885431923
  %256 = zext i1 %255 to i32
  %257 = load i32, i32* %args_kp, align 4
  %258 = zext i32 %257 to i64
  %259 = add i64 %258, 4
  %260 = add i64 %259, 2
  %261 = icmp ugt i64 %260, %arena_size
  br i1 %261, label %trap17.site0, label %ok33

ok33:                                             ; preds = %ok32
  %262 = getelementptr i8, i8* %mem, i64 %259
  %263 = bitcast i16* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %263, i8* %262, i64 2, i1 false)
  %264 = load i16, i16* %unaligned34, align 2
  %265 = zext i16 %264 to i32
  %266 = icmp eq i32 %265, 29541
  %267 = zext i1 %266 to i32
  %268 = and i32 %256, %267
  %269 = icmp ne i32 %268, 0
  br i1 %269, label %then35, label %else36

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
  %270 = load i32, i32* %args_pos, align 4
  %271 = add i32 %270, 1
  store i32 %271, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont42, %match5
  %272 = load i64, i64* %fuel, align 8
  %273 = icmp ult i64 %272, 1
  br i1 %273, label %trap14.site0, label %ok39

ok39:                                             ; preds = %ws7
  %274 = sub i64 %272, 1
  store i64 %274, i64* %fuel, align 8
  %275 = load i32, i32* %args_pos, align 4
  %276 = load i32, i32* %args_end, align 4
  %277 = icmp uge i32 %275, %276
  %278 = zext i1 %277 to i32
  %279 = icmp ne i32 %278, 0
  br i1 %279, label %ws_done6, label %cont40

cont40:                                           ; preds = %ok39
  %280 = load i32, i32* %args_pos, align 4
  %281 = zext i32 %280 to i64
  %282 = add i64 %281, 1
  %283 = icmp ugt i64 %282, %arena_size
  br i1 %283, label %trap17.site0, label %ok41

ok41:                                             ; preds = %cont40
  %284 = getelementptr i8, i8* %mem, i64 %281
  %285 = load i8, i8* %284, align 1
  %286 = zext i8 %285 to i32
  store i32 %286, i32* %ws, align 4
  %287 = load i32, i32* %ws, align 4
  %288 = icmp ule i32 %287, 32
  %289 = zext i1 %288 to i32
  %290 = icmp eq i32 %289, 0
  %291 = zext i1 %290 to i32
  %292 = icmp ne i32 %291, 0
  br i1 %292, label %ws_done6, label %cont42

cont42:                                           ; preds = %ok41
  %293 = load i32, i32* %args_pos, align 4
  %294 = add i32 %293, 1
  store i32 %294, i32* %args_pos, align 4
  br label %ws7

dead43:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead48, %ok46, %ok44
  %295 = load i32, i32* %args_c, align 4
  switch i32 %295, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont47, %ws_done6
  %296 = load i64, i64* %fuel, align 8
  %297 = icmp ult i64 %296, 1
  br i1 %297, label %trap14.site0, label %ok44

ok44:                                             ; preds = %ws9
  %298 = sub i64 %296, 1
  store i64 %298, i64* %fuel, align 8
  %299 = load i32, i32* %args_pos, align 4
  %300 = load i32, i32* %args_end, align 4
  %301 = icmp uge i32 %299, %300
  %302 = zext i1 %301 to i32
  %303 = icmp ne i32 %302, 0
  br i1 %303, label %ws_done8, label %cont45

cont45:                                           ; preds = %ok44
  %304 = load i32, i32* %args_pos, align 4
  %305 = zext i32 %304 to i64
  %306 = add i64 %305, 1
  %307 = icmp ugt i64 %306, %arena_size
  br i1 %307, label %trap17.site0, label %ok46

ok46:                                             ; preds = %cont45
  %308 = getelementptr i8, i8* %mem, i64 %305
  %309 = load i8, i8* %308, align 1
  %310 = zext i8 %309 to i32
  store i32 %310, i32* %ws, align 4
  %311 = load i32, i32* %ws, align 4
  %312 = icmp ule i32 %311, 32
  %313 = zext i1 %312 to i32
  %314 = icmp eq i32 %313, 0
  %315 = zext i1 %314 to i32
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %ws_done8, label %cont47

cont47:                                           ; preds = %ok46
  %317 = load i32, i32* %args_pos, align 4
  %318 = add i32 %317, 1
  store i32 %318, i32* %args_pos, align 4
  br label %ws9

dead48:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12
  %319 = load i32, i32* %args_pos, align 4
  %320 = load i32, i32* %args_end, align 4
  %321 = icmp uge i32 %depth, 1000
  br i1 %321, label %trap15.site0, label %ok51

default11:                                        ; preds = %dead50, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead49, %ws_done8
  %322 = load i32, i32* %args_pos, align 4
  store i32 %322, i32* %arg0_at, align 4
  br label %switch10

dead49:                                           ; No predecessors!
  br label %case12

dead50:                                           ; No predecessors!
  br label %default11

ok51:                                             ; preds = %switch10
  %323 = getelementptr i64, i64* %regs, i64 10
  %324 = load i64, i64* %323, align 8
  %325 = icmp ult i64 %10, %324
  br i1 %325, label %trap253.site0, label %stack_ok52

stack_ok52:                                       ; preds = %ok51
  %326 = load i64, i64* %fuel, align 8
  %327 = getelementptr i64, i64* %regs, i64 0
  store i64 %326, i64* %327, align 8
  %328 = load i64, i64* %lowStart, align 8
  %329 = getelementptr i64, i64* %regs, i64 6
  store i64 %328, i64* %329, align 8
  %330 = load i64, i64* %lowEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 7
  store i64 %330, i64* %331, align 8
  %332 = load i64, i64* %highEnd, align 8
  %333 = getelementptr i64, i64* %regs, i64 8
  store i64 %332, i64* %333, align 8
  %334 = add i32 %depth, 1
  %335 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %334, i32 %319, i32 %320)
  %336 = getelementptr i64, i64* %regs, i64 0
  %337 = load i64, i64* %336, align 8
  store i64 %337, i64* %fuel, align 8
  %338 = getelementptr i64, i64* %regs, i64 6
  %339 = load i64, i64* %338, align 8
  store i64 %339, i64* %lowStart, align 8
  %340 = getelementptr i64, i64* %regs, i64 7
  %341 = load i64, i64* %340, align 8
  store i64 %341, i64* %lowEnd, align 8
  %342 = getelementptr i64, i64* %regs, i64 8
  %343 = load i64, i64* %342, align 8
  store i64 %343, i64* %highEnd, align 8
  store i32 %335, i32* %args_pos, align 4
  br label %ws14

ws_done13:                                        ; preds = %dead57, %ok55, %ok53
  %344 = load i32, i32* %args_pos, align 4
  %345 = zext i32 %344 to i64
  %346 = add i64 %345, 1
  %347 = icmp ugt i64 %346, %arena_size
  br i1 %347, label %trap17.site0, label %ok58

ws14:                                             ; preds = %cont56, %stack_ok52
  %348 = load i64, i64* %fuel, align 8
  %349 = icmp ult i64 %348, 1
  br i1 %349, label %trap14.site0, label %ok53

ok53:                                             ; preds = %ws14
  %350 = sub i64 %348, 1
  store i64 %350, i64* %fuel, align 8
  %351 = load i32, i32* %args_pos, align 4
  %352 = load i32, i32* %args_end, align 4
  %353 = icmp uge i32 %351, %352
  %354 = zext i1 %353 to i32
  %355 = icmp ne i32 %354, 0
  br i1 %355, label %ws_done13, label %cont54

cont54:                                           ; preds = %ok53
  %356 = load i32, i32* %args_pos, align 4
  %357 = zext i32 %356 to i64
  %358 = add i64 %357, 1
  %359 = icmp ugt i64 %358, %arena_size
  br i1 %359, label %trap17.site0, label %ok55

ok55:                                             ; preds = %cont54
  %360 = getelementptr i8, i8* %mem, i64 %357
  %361 = load i8, i8* %360, align 1
  %362 = zext i8 %361 to i32
  store i32 %362, i32* %ws, align 4
  %363 = load i32, i32* %ws, align 4
  %364 = icmp ule i32 %363, 32
  %365 = zext i1 %364 to i32
  %366 = icmp eq i32 %365, 0
  %367 = zext i1 %366 to i32
  %368 = icmp ne i32 %367, 0
  br i1 %368, label %ws_done13, label %cont56

cont56:                                           ; preds = %ok55
  %369 = load i32, i32* %args_pos, align 4
  %370 = add i32 %369, 1
  store i32 %370, i32* %args_pos, align 4
  br label %ws14

dead57:                                           ; No predecessors!
  br label %ws_done13

ok58:                                             ; preds = %ws_done13
  %371 = getelementptr i8, i8* %mem, i64 %345
  %372 = load i8, i8* %371, align 1
  %373 = zext i8 %372 to i32
  store i32 %373, i32* %args_c, align 4
  %374 = load i32, i32* %args_pos, align 4
  %375 = add i32 %374, 1
  store i32 %375, i32* %args_pos, align 4
  %376 = load i32, i32* %args_c, align 4
  %377 = icmp eq i32 %376, 44
  %378 = zext i1 %377 to i32
  %379 = icmp ne i32 %378, 0
  br i1 %379, label %then59, label %else60

then59:                                           ; preds = %ok58
  br label %ws16

else60:                                           ; preds = %ok58
  br label %join61

join61:                                           ; preds = %else60, %dead67
  br label %join19

ws_done15:                                        ; preds = %dead66, %ok64, %ok62
  br label %args4

ws16:                                             ; preds = %cont65, %then59
  %380 = load i64, i64* %fuel, align 8
  %381 = icmp ult i64 %380, 1
  br i1 %381, label %trap14.site0, label %ok62

ok62:                                             ; preds = %ws16
  %382 = sub i64 %380, 1
  store i64 %382, i64* %fuel, align 8
  %383 = load i32, i32* %args_pos, align 4
  %384 = load i32, i32* %args_end, align 4
  %385 = icmp uge i32 %383, %384
  %386 = zext i1 %385 to i32
  %387 = icmp ne i32 %386, 0
  br i1 %387, label %ws_done15, label %cont63

cont63:                                           ; preds = %ok62
  %388 = load i32, i32* %args_pos, align 4
  %389 = zext i32 %388 to i64
  %390 = add i64 %389, 1
  %391 = icmp ugt i64 %390, %arena_size
  br i1 %391, label %trap17.site0, label %ok64

ok64:                                             ; preds = %cont63
  %392 = getelementptr i8, i8* %mem, i64 %389
  %393 = load i8, i8* %392, align 1
  %394 = zext i8 %393 to i32
  store i32 %394, i32* %ws, align 4
  %395 = load i32, i32* %ws, align 4
  %396 = icmp ule i32 %395, 32
  %397 = zext i1 %396 to i32
  %398 = icmp eq i32 %397, 0
  %399 = zext i1 %398 to i32
  %400 = icmp ne i32 %399, 0
  br i1 %400, label %ws_done15, label %cont65

cont65:                                           ; preds = %ok64
  %401 = load i32, i32* %args_pos, align 4
  %402 = add i32 %401, 1
  store i32 %402, i32* %args_pos, align 4
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
  %403 = getelementptr i64, i64* %regs, i64 1
  %404 = getelementptr i64, i64* %regs, i64 2
  %405 = load i64, i64* %403, align 8
  %406 = add i64 %405, 3
  %407 = and i64 %406, -4
  %408 = add i64 %407, 4
  %409 = load i64, i64* %404, align 8
  %410 = icmp ugt i64 %408, %409
  br i1 %410, label %trap15.site0, label %ok72

trap9.site2:                                      ; preds = %then68
  %411 = load i64, i64* %lowStart, align 8
  %412 = getelementptr i64, i64* %regs, i64 6
  store i64 %411, i64* %412, align 8
  %413 = load i64, i64* %lowEnd, align 8
  %414 = getelementptr i64, i64* %regs, i64 7
  store i64 %413, i64* %414, align 8
  %415 = load i64, i64* %highEnd, align 8
  %416 = getelementptr i64, i64* %regs, i64 8
  store i64 %415, i64* %416, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead71:                                           ; No predecessors!
  br label %join70

ok72:                                             ; preds = %join70
  store i64 %408, i64* %403, align 8
  %417 = trunc i64 %407 to i32
  store i32 %417, i32* %cell, align 4
  %418 = load i32, i32* %arg0_at, align 4
  %419 = load i32, i32* %args_end, align 4
  %420 = load i32, i32* %cell, align 4
  %421 = icmp uge i32 %depth, 1000
  br i1 %421, label %trap15.site0, label %ok73

ok73:                                             ; preds = %ok72
  %422 = getelementptr i64, i64* %regs, i64 10
  %423 = load i64, i64* %422, align 8
  %424 = icmp ult i64 %10, %423
  br i1 %424, label %trap253.site0, label %stack_ok74

stack_ok74:                                       ; preds = %ok73
  %425 = load i64, i64* %fuel, align 8
  %426 = getelementptr i64, i64* %regs, i64 0
  store i64 %425, i64* %426, align 8
  %427 = load i64, i64* %lowStart, align 8
  %428 = getelementptr i64, i64* %regs, i64 6
  store i64 %427, i64* %428, align 8
  %429 = load i64, i64* %lowEnd, align 8
  %430 = getelementptr i64, i64* %regs, i64 7
  store i64 %429, i64* %430, align 8
  %431 = load i64, i64* %highEnd, align 8
  %432 = getelementptr i64, i64* %regs, i64 8
  store i64 %431, i64* %432, align 8
  %433 = add i32 %depth, 1
  %434 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %433, i32 %418, i32 %419, i32 %420)
  %435 = getelementptr i64, i64* %regs, i64 0
  %436 = load i64, i64* %435, align 8
  store i64 %436, i64* %fuel, align 8
  %437 = getelementptr i64, i64* %regs, i64 6
  %438 = load i64, i64* %437, align 8
  store i64 %438, i64* %lowStart, align 8
  %439 = getelementptr i64, i64* %regs, i64 7
  %440 = load i64, i64* %439, align 8
  store i64 %440, i64* %lowEnd, align 8
  %441 = getelementptr i64, i64* %regs, i64 8
  %442 = load i64, i64* %441, align 8
  store i64 %442, i64* %highEnd, align 8
  %443 = icmp slt i32 %434, 0
  %444 = zext i1 %443 to i32
  %445 = icmp ne i32 %444, 0
  br i1 %445, label %then75, label %else76

then75:                                           ; preds = %stack_ok74
  br label %trap11.site2

else76:                                           ; preds = %stack_ok74
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %446 = load i32, i32* %cell, align 4
  %447 = zext i32 %446 to i64
  %448 = add i64 %447, 4
  %449 = icmp ugt i64 %448, %arena_size
  br i1 %449, label %trap17.site0, label %ok79

trap11.site2:                                     ; preds = %then75
  %450 = load i64, i64* %lowStart, align 8
  %451 = getelementptr i64, i64* %regs, i64 6
  store i64 %450, i64* %451, align 8
  %452 = load i64, i64* %lowEnd, align 8
  %453 = getelementptr i64, i64* %regs, i64 7
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %highEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 8
  store i64 %454, i64* %455, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  %456 = getelementptr i8, i8* %mem, i64 %447
  %457 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %457, i8* %456, i64 4, i1 false)
  %458 = load i32, i32* %unaligned80, align 4
  store i32 %458, i32* %arg, align 4
  %459 = load i32, i32* %args_unexpected, align 4
  %460 = icmp ne i32 %459, 0
  br i1 %460, label %then81, label %else82

then81:                                           ; preds = %ok79
  br label %trap10.site1

else82:                                           ; preds = %ok79
  br label %join83

join83:                                           ; preds = %else82, %dead84
  %461 = getelementptr i64, i64* %regs, i64 1
  %462 = getelementptr i64, i64* %regs, i64 2
  %463 = load i64, i64* %461, align 8
  %464 = add i64 %463, 7
  %465 = and i64 %464, -8
  %466 = add i64 %465, 8
  %467 = load i64, i64* %462, align 8
  %468 = icmp ugt i64 %466, %467
  br i1 %468, label %trap15.site1, label %ok85

trap10.site1:                                     ; preds = %then81
  %469 = load i64, i64* %lowStart, align 8
  %470 = getelementptr i64, i64* %regs, i64 6
  store i64 %469, i64* %470, align 8
  %471 = load i64, i64* %lowEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 7
  store i64 %471, i64* %472, align 8
  %473 = load i64, i64* %highEnd, align 8
  %474 = getelementptr i64, i64* %regs, i64 8
  store i64 %473, i64* %474, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead84:                                           ; No predecessors!
  br label %join83

ok85:                                             ; preds = %join83
  store i64 %466, i64* %461, align 8
  %475 = trunc i64 %465 to i32
  store i32 %475, i32* %args_out, align 4
  %476 = load i32, i32* %args_out, align 4
  %477 = load i32, i32* %arg, align 4
  %478 = zext i32 %476 to i64
  %479 = add i64 %478, 4
  %480 = icmp ugt i64 %479, %arena_size
  br i1 %480, label %trap17.site0, label %ok86

trap15.site1:                                     ; preds = %join83
  %481 = load i64, i64* %lowStart, align 8
  %482 = getelementptr i64, i64* %regs, i64 6
  store i64 %481, i64* %482, align 8
  %483 = load i64, i64* %lowEnd, align 8
  %484 = getelementptr i64, i64* %regs, i64 7
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %highEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 8
  store i64 %485, i64* %486, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok86:                                             ; preds = %ok85
  %487 = getelementptr i8, i8* %mem, i64 %478
  %488 = icmp ult i64 %478, %scratch_start
  %489 = load i64, i64* %lowEnd, align 8
  %490 = load i64, i64* %highEnd, align 8
  %491 = call i64 @llvm.umax.i64(i64 %489, i64 %479)
  %492 = select i1 %488, i64 %491, i64 %489
  store i64 %492, i64* %lowEnd, align 8
  %493 = call i64 @llvm.umax.i64(i64 %490, i64 %479)
  %494 = select i1 %488, i64 %490, i64 %493
  store i64 %494, i64* %highEnd, align 8
  %495 = load i64, i64* %lowStart, align 8
  %496 = call i64 @llvm.umin.i64(i64 %495, i64 %478)
  store i64 %496, i64* %lowStart, align 8
  store i32 %477, i32* %unaligned87, align 4
  %497 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %487, i8* %497, i64 4, i1 false)
  %498 = load i32, i32* %args_out, align 4
  %499 = load i64, i64* %fuel, align 8
  %500 = getelementptr i64, i64* %regs, i64 0
  store i64 %499, i64* %500, align 8
  %501 = load i64, i64* %lowStart, align 8
  %502 = getelementptr i64, i64* %regs, i64 6
  store i64 %501, i64* %502, align 8
  %503 = load i64, i64* %lowEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 7
  store i64 %503, i64* %504, align 8
  %505 = load i64, i64* %highEnd, align 8
  %506 = getelementptr i64, i64* %regs, i64 8
  store i64 %505, i64* %506, align 8
  ret i32 %498
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
  %unaligned = alloca i32, align 4
  %result3 = alloca i32, align 4
  %unaligned7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %unaligned14 = alloca i32, align 4
  %unaligned16 = alloca i32, align 4
  %unaligned18 = alloca i32, align 4
  %result19 = alloca i32, align 4
  %unaligned21 = alloca i32, align 4
  %unaligned24 = alloca i32, align 4
  %unaligned27 = alloca i32, align 4
  %unaligned31 = alloca i64, align 8
  %unaligned34 = alloca i32, align 4
  %unaligned36 = alloca i32, align 4
  %result37 = alloca i32, align 4
  %unaligned39 = alloca i32, align 4
  %unaligned46 = alloca i32, align 4
  %unaligned50 = alloca i32, align 4
  %unaligned54 = alloca i32, align 4
  %unaligned57 = alloca i32, align 4
  %unaligned59 = alloca i32, align 4
  %result60 = alloca i32, align 4
  %result61 = alloca i32, align 4
  %result62 = alloca i32, align 4
  %unaligned66 = alloca i64, align 8
  %unaligned68 = alloca i64, align 8
  %result69 = alloca i32, align 4
  %unaligned73 = alloca i64, align 8
  %unaligned80 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned84 = alloca i32, align 4
  %unaligned86 = alloca i32, align 4
  %unaligned88 = alloca i32, align 4
  %unaligned95 = alloca i32, align 4
  %unaligned99 = alloca i32, align 4
  %result100 = alloca i32, align 4
  %unaligned102 = alloca i32, align 4
  %unaligned106 = alloca i32, align 4
  %unaligned118 = alloca i32, align 4
  %unaligned121 = alloca i32, align 4
  %unaligned123 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each28, %each22, %each10, %each4, %body
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

trap253.site0:                                    ; preds = %ok133, %ok124, %ok107, %ok51, %ok28, %ok1
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
  store i32 %62, i32* %shapes, align 4
  %63 = getelementptr i64, i64* %regs, i64 1
  %64 = getelementptr i64, i64* %regs, i64 2
  %65 = load i64, i64* %63, align 8
  %66 = add i64 %65, 7
  %67 = and i64 %66, -8
  %68 = add i64 %67, 20
  %69 = load i64, i64* %64, align 8
  %70 = icmp ugt i64 %68, %69
  br i1 %70, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %e13, %block21, %then114, %cont104, %ok98, %cont97, %ok93, %e14, %ok83, %ok81, %ok79, %ok78, %ok71, %ok70, %ok65, %ok64, %ok63, %e7, %block9, %stack_ok52, %cont48, %ok44, %ok35, %e1, %block3, %stack_ok29, %cont, %ok22, %ok17, %ok15, %ok13, %ok12, %ok8, %ok6, %ok5, %stack_ok
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

e0:                                               ; preds = %ok122
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
  br i1 %84, label %trap15.site0, label %ok124

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

trap15.site3:                                     ; preds = %join137, %ok2
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
  %154 = getelementptr i64, i64* %regs, i64 1
  %155 = getelementptr i64, i64* %regs, i64 2
  %156 = load i64, i64* %154, align 8
  %157 = add i64 %156, 3
  %158 = and i64 %157, -4
  %159 = add i64 %158, 8
  %160 = load i64, i64* %155, align 8
  %161 = icmp ugt i64 %159, %160
  br i1 %161, label %trap15.site5, label %ok12

ok12:                                             ; preds = %ok10
  store i64 %159, i64* %154, align 8
  %162 = trunc i64 %158 to i32
  store i32 %162, i32* %closure.1, align 4
  %163 = load i32, i32* %closure.1, align 4
  %164 = zext i32 %163 to i64
  %165 = add i64 %164, 4
  %166 = icmp ugt i64 %165, %arena_size
  br i1 %166, label %trap17.site0, label %ok13

trap15.site5:                                     ; preds = %ok10
  %167 = load i64, i64* %lowStart, align 8
  %168 = getelementptr i64, i64* %regs, i64 6
  store i64 %167, i64* %168, align 8
  %169 = load i64, i64* %lowEnd, align 8
  %170 = getelementptr i64, i64* %regs, i64 7
  store i64 %169, i64* %170, align 8
  %171 = load i64, i64* %highEnd, align 8
  %172 = getelementptr i64, i64* %regs, i64 8
  store i64 %171, i64* %172, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

ok13:                                             ; preds = %ok12
  %173 = getelementptr i8, i8* %mem, i64 %164
  %174 = icmp ult i64 %164, %scratch_start
  %175 = load i64, i64* %lowEnd, align 8
  %176 = load i64, i64* %highEnd, align 8
  %177 = call i64 @llvm.umax.i64(i64 %175, i64 %165)
  %178 = select i1 %174, i64 %177, i64 %175
  store i64 %178, i64* %lowEnd, align 8
  %179 = call i64 @llvm.umax.i64(i64 %176, i64 %165)
  %180 = select i1 %174, i64 %176, i64 %179
  store i64 %180, i64* %highEnd, align 8
  %181 = load i64, i64* %lowStart, align 8
  %182 = call i64 @llvm.umin.i64(i64 %181, i64 %164)
  store i64 %182, i64* %lowStart, align 8
  store i32 1, i32* %unaligned14, align 4
  %183 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %173, i8* %183, i64 4, i1 false)
  %184 = load i32, i32* %closure.1, align 4
  %185 = zext i32 %184 to i64
  %186 = add i64 %185, 4
  %187 = add i64 %186, 4
  %188 = icmp ugt i64 %187, %arena_size
  br i1 %188, label %trap17.site0, label %ok15

ok15:                                             ; preds = %ok13
  %189 = getelementptr i8, i8* %mem, i64 %186
  %190 = icmp ult i64 %186, %scratch_start
  %191 = load i64, i64* %lowEnd, align 8
  %192 = load i64, i64* %highEnd, align 8
  %193 = call i64 @llvm.umax.i64(i64 %191, i64 %187)
  %194 = select i1 %190, i64 %193, i64 %191
  store i64 %194, i64* %lowEnd, align 8
  %195 = call i64 @llvm.umax.i64(i64 %192, i64 %187)
  %196 = select i1 %190, i64 %192, i64 %195
  store i64 %196, i64* %highEnd, align 8
  %197 = load i64, i64* %lowStart, align 8
  %198 = call i64 @llvm.umin.i64(i64 %197, i64 %186)
  store i64 %198, i64* %lowStart, align 8
  store i32 0, i32* %unaligned16, align 4
  %199 = bitcast i32* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %189, i8* %199, i64 4, i1 false)
  %200 = load i32, i32* %dict, align 4
  %201 = load i32, i32* %closure.1, align 4
  %202 = zext i32 %200 to i64
  %203 = add i64 %202, 4
  %204 = add i64 %203, 4
  %205 = icmp ugt i64 %204, %arena_size
  br i1 %205, label %trap17.site0, label %ok17

ok17:                                             ; preds = %ok15
  %206 = getelementptr i8, i8* %mem, i64 %203
  %207 = icmp ult i64 %203, %scratch_start
  %208 = load i64, i64* %lowEnd, align 8
  %209 = load i64, i64* %highEnd, align 8
  %210 = call i64 @llvm.umax.i64(i64 %208, i64 %204)
  %211 = select i1 %207, i64 %210, i64 %208
  store i64 %211, i64* %lowEnd, align 8
  %212 = call i64 @llvm.umax.i64(i64 %209, i64 %204)
  %213 = select i1 %207, i64 %209, i64 %212
  store i64 %213, i64* %highEnd, align 8
  %214 = load i64, i64* %lowStart, align 8
  %215 = call i64 @llvm.umin.i64(i64 %214, i64 %203)
  store i64 %215, i64* %lowStart, align 8
  store i32 %201, i32* %unaligned18, align 4
  %216 = bitcast i32* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %206, i8* %216, i64 4, i1 false)
  %217 = load i32, i32* %shapes, align 4
  store i32 %217, i32* %xs, align 4
  %218 = load i32, i32* %xs, align 4
  %219 = zext i32 %218 to i64
  %220 = add i64 %219, 4
  %221 = icmp ugt i64 %220, %arena_size
  br i1 %221, label %trap17.site0, label %ok20

e1:                                               ; preds = %ok33
  %222 = load i32, i32* %result19, align 4
  store i32 %222, i32* %areas, align 4
  %223 = load i32, i32* %dict, align 4
  %224 = load i32, i32* %areas, align 4
  %225 = zext i32 %223 to i64
  %226 = add i64 %225, 8
  %227 = add i64 %226, 4
  %228 = icmp ugt i64 %227, %arena_size
  br i1 %228, label %trap17.site0, label %ok35

ok20:                                             ; preds = %ok17
  %229 = getelementptr i8, i8* %mem, i64 %219
  %230 = bitcast i32* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %230, i8* %229, i64 4, i1 false)
  %231 = load i32, i32* %unaligned21, align 4
  %232 = zext i32 %231 to i64
  %233 = mul i64 %232, 8
  %234 = add i64 8, %233
  store i64 %234, i64* %size, align 8
  %235 = load i64, i64* %size, align 8
  %236 = icmp ugt i64 %235, 2147483647
  %237 = zext i1 %236 to i32
  %238 = icmp ne i32 %237, 0
  br i1 %238, label %then, label %else

then:                                             ; preds = %ok20
  br label %trap15.site6

else:                                             ; preds = %ok20
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
  br i1 %249, label %trap15.site6, label %ok22

trap15.site6:                                     ; preds = %join, %then
  %250 = load i64, i64* %lowStart, align 8
  %251 = getelementptr i64, i64* %regs, i64 6
  store i64 %250, i64* %251, align 8
  %252 = load i64, i64* %lowEnd, align 8
  %253 = getelementptr i64, i64* %regs, i64 7
  store i64 %252, i64* %253, align 8
  %254 = load i64, i64* %highEnd, align 8
  %255 = getelementptr i64, i64* %regs, i64 8
  store i64 %254, i64* %255, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok22:                                             ; preds = %join
  store i64 %247, i64* %242, align 8
  %256 = trunc i64 %246 to i32
  store i32 %256, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %257 = load i32, i32* %xs, align 4
  %258 = zext i32 %257 to i64
  %259 = add i64 %258, 4
  %260 = icmp ugt i64 %259, %arena_size
  br i1 %260, label %trap17.site0, label %ok23

ok23:                                             ; preds = %ok22
  %261 = getelementptr i8, i8* %mem, i64 %258
  %262 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %262, i8* %261, i64 4, i1 false)
  %263 = load i32, i32* %unaligned24, align 4
  store i32 %263, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead32, %ok25
  %264 = load i32, i32* %list, align 4
  %265 = load i32, i32* %len, align 4
  %266 = zext i32 %264 to i64
  %267 = add i64 %266, 4
  %268 = icmp ugt i64 %267, %arena_size
  br i1 %268, label %trap17.site0, label %ok33

each4:                                            ; preds = %ok30, %ok23
  %269 = load i64, i64* %fuel, align 8
  %270 = icmp ult i64 %269, 1
  br i1 %270, label %trap14.site0, label %ok25

ok25:                                             ; preds = %each4
  %271 = sub i64 %269, 1
  store i64 %271, i64* %fuel, align 8
  %272 = load i32, i32* %k, align 4
  %273 = load i32, i32* %n, align 4
  %274 = icmp uge i32 %272, %273
  %275 = zext i1 %274 to i32
  %276 = icmp ne i32 %275, 0
  br i1 %276, label %block3, label %cont

cont:                                             ; preds = %ok25
  %277 = load i32, i32* %xs, align 4
  %278 = load i32, i32* %k, align 4
  %279 = mul i32 %278, 4
  %280 = add i32 %277, %279
  %281 = zext i32 %280 to i64
  %282 = add i64 %281, 4
  %283 = add i64 %282, 4
  %284 = icmp ugt i64 %283, %arena_size
  br i1 %284, label %trap17.site0, label %ok26

ok26:                                             ; preds = %cont
  %285 = getelementptr i8, i8* %mem, i64 %282
  %286 = bitcast i32* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %286, i8* %285, i64 4, i1 false)
  %287 = load i32, i32* %unaligned27, align 4
  store i32 %287, i32* %x, align 4
  %288 = load i32, i32* %x, align 4
  store i32 %288, i32* %s, align 4
  %289 = load i32, i32* %list, align 4
  %290 = load i32, i32* %len, align 4
  %291 = mul i32 %290, 8
  %292 = add i32 %289, %291
  %293 = load i32, i32* %s, align 4
  %294 = icmp uge i32 %depth, 1000
  br i1 %294, label %trap15.site7, label %ok28

ok28:                                             ; preds = %ok26
  %295 = getelementptr i64, i64* %regs, i64 10
  %296 = load i64, i64* %295, align 8
  %297 = icmp ult i64 %10, %296
  br i1 %297, label %trap253.site0, label %stack_ok29

trap15.site7:                                     ; preds = %ok26
  %298 = load i64, i64* %lowStart, align 8
  %299 = getelementptr i64, i64* %regs, i64 6
  store i64 %298, i64* %299, align 8
  %300 = load i64, i64* %lowEnd, align 8
  %301 = getelementptr i64, i64* %regs, i64 7
  store i64 %300, i64* %301, align 8
  %302 = load i64, i64* %highEnd, align 8
  %303 = getelementptr i64, i64* %regs, i64 8
  store i64 %302, i64* %303, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %304 = load i64, i64* %fuel, align 8
  %305 = getelementptr i64, i64* %regs, i64 0
  store i64 %304, i64* %305, align 8
  %306 = load i64, i64* %lowStart, align 8
  %307 = getelementptr i64, i64* %regs, i64 6
  store i64 %306, i64* %307, align 8
  %308 = load i64, i64* %lowEnd, align 8
  %309 = getelementptr i64, i64* %regs, i64 7
  store i64 %308, i64* %309, align 8
  %310 = load i64, i64* %highEnd, align 8
  %311 = getelementptr i64, i64* %regs, i64 8
  store i64 %310, i64* %311, align 8
  %312 = add i32 %depth, 1
  %313 = call double @m0.fn.area(i64* %regs, i8* %mem, i32 %312, i32 0, i32 %293)
  %314 = getelementptr i64, i64* %regs, i64 0
  %315 = load i64, i64* %314, align 8
  store i64 %315, i64* %fuel, align 8
  %316 = getelementptr i64, i64* %regs, i64 6
  %317 = load i64, i64* %316, align 8
  store i64 %317, i64* %lowStart, align 8
  %318 = getelementptr i64, i64* %regs, i64 7
  %319 = load i64, i64* %318, align 8
  store i64 %319, i64* %lowEnd, align 8
  %320 = getelementptr i64, i64* %regs, i64 8
  %321 = load i64, i64* %320, align 8
  store i64 %321, i64* %highEnd, align 8
  %322 = zext i32 %292 to i64
  %323 = add i64 %322, 8
  %324 = add i64 %323, 8
  %325 = icmp ugt i64 %324, %arena_size
  br i1 %325, label %trap17.site0, label %ok30

ok30:                                             ; preds = %stack_ok29
  %326 = getelementptr i8, i8* %mem, i64 %323
  %327 = icmp ult i64 %323, %scratch_start
  %328 = load i64, i64* %lowEnd, align 8
  %329 = load i64, i64* %highEnd, align 8
  %330 = call i64 @llvm.umax.i64(i64 %328, i64 %324)
  %331 = select i1 %327, i64 %330, i64 %328
  store i64 %331, i64* %lowEnd, align 8
  %332 = call i64 @llvm.umax.i64(i64 %329, i64 %324)
  %333 = select i1 %327, i64 %329, i64 %332
  store i64 %333, i64* %highEnd, align 8
  %334 = load i64, i64* %lowStart, align 8
  %335 = call i64 @llvm.umin.i64(i64 %334, i64 %323)
  store i64 %335, i64* %lowStart, align 8
  %336 = bitcast double %313 to i64
  %337 = and i64 %336, 9223372036854775807
  %338 = icmp ugt i64 %337, 9218868437227405312
  %339 = select i1 %338, i64 9221120237041090560, i64 %336
  store i64 %339, i64* %unaligned31, align 8
  %340 = bitcast i64* %unaligned31 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %326, i8* %340, i64 8, i1 false)
  %341 = load i32, i32* %len, align 4
  %342 = add i32 %341, 1
  store i32 %342, i32* %len, align 4
  %343 = load i32, i32* %k, align 4
  %344 = add i32 %343, 1
  store i32 %344, i32* %k, align 4
  br label %each4

dead32:                                           ; No predecessors!
  br label %block3

ok33:                                             ; preds = %block3
  %345 = getelementptr i8, i8* %mem, i64 %266
  %346 = icmp ult i64 %266, %scratch_start
  %347 = load i64, i64* %lowEnd, align 8
  %348 = load i64, i64* %highEnd, align 8
  %349 = call i64 @llvm.umax.i64(i64 %347, i64 %267)
  %350 = select i1 %346, i64 %349, i64 %347
  store i64 %350, i64* %lowEnd, align 8
  %351 = call i64 @llvm.umax.i64(i64 %348, i64 %267)
  %352 = select i1 %346, i64 %348, i64 %351
  store i64 %352, i64* %highEnd, align 8
  %353 = load i64, i64* %lowStart, align 8
  %354 = call i64 @llvm.umin.i64(i64 %353, i64 %266)
  store i64 %354, i64* %lowStart, align 8
  store i32 %265, i32* %unaligned34, align 4
  %355 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %345, i8* %355, i64 4, i1 false)
  %356 = load i32, i32* %list, align 4
  store i32 %356, i32* %result19, align 4
  br label %e1

ok35:                                             ; preds = %e1
  %357 = getelementptr i8, i8* %mem, i64 %226
  %358 = icmp ult i64 %226, %scratch_start
  %359 = load i64, i64* %lowEnd, align 8
  %360 = load i64, i64* %highEnd, align 8
  %361 = call i64 @llvm.umax.i64(i64 %359, i64 %227)
  %362 = select i1 %358, i64 %361, i64 %359
  store i64 %362, i64* %lowEnd, align 8
  %363 = call i64 @llvm.umax.i64(i64 %360, i64 %227)
  %364 = select i1 %358, i64 %360, i64 %363
  store i64 %364, i64* %highEnd, align 8
  %365 = load i64, i64* %lowStart, align 8
  %366 = call i64 @llvm.umin.i64(i64 %365, i64 %226)
  store i64 %366, i64* %lowStart, align 8
  store i32 %224, i32* %unaligned36, align 4
  %367 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %357, i8* %367, i64 4, i1 false)
  %368 = load i32, i32* %shapes, align 4
  store i32 %368, i32* %xs.1, align 4
  %369 = load i32, i32* %xs.1, align 4
  %370 = zext i32 %369 to i64
  %371 = add i64 %370, 4
  %372 = icmp ugt i64 %371, %arena_size
  br i1 %372, label %trap17.site0, label %ok38

e7:                                               ; preds = %ok56
  %373 = load i32, i32* %result37, align 4
  store i32 %373, i32* %kinds, align 4
  %374 = load i32, i32* %dict, align 4
  %375 = load i32, i32* %kinds, align 4
  %376 = zext i32 %374 to i64
  %377 = add i64 %376, 12
  %378 = add i64 %377, 4
  %379 = icmp ugt i64 %378, %arena_size
  br i1 %379, label %trap17.site0, label %ok58

ok38:                                             ; preds = %ok35
  %380 = getelementptr i8, i8* %mem, i64 %370
  %381 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %381, i8* %380, i64 4, i1 false)
  %382 = load i32, i32* %unaligned39, align 4
  %383 = zext i32 %382 to i64
  %384 = mul i64 %383, 4
  %385 = add i64 4, %384
  store i64 %385, i64* %size.1, align 8
  %386 = load i64, i64* %size.1, align 8
  %387 = icmp ugt i64 %386, 2147483647
  %388 = zext i1 %387 to i32
  %389 = icmp ne i32 %388, 0
  br i1 %389, label %then40, label %else41

then40:                                           ; preds = %ok38
  br label %trap15.site8

else41:                                           ; preds = %ok38
  br label %join42

join42:                                           ; preds = %else41, %dead43
  %390 = load i64, i64* %size.1, align 8
  %391 = trunc i64 %390 to i32
  %392 = zext i32 %391 to i64
  %393 = getelementptr i64, i64* %regs, i64 1
  %394 = getelementptr i64, i64* %regs, i64 2
  %395 = load i64, i64* %393, align 8
  %396 = add i64 %395, 3
  %397 = and i64 %396, -4
  %398 = add i64 %397, %392
  %399 = load i64, i64* %394, align 8
  %400 = icmp ugt i64 %398, %399
  br i1 %400, label %trap15.site8, label %ok44

trap15.site8:                                     ; preds = %join42, %then40
  %401 = load i64, i64* %lowStart, align 8
  %402 = getelementptr i64, i64* %regs, i64 6
  store i64 %401, i64* %402, align 8
  %403 = load i64, i64* %lowEnd, align 8
  %404 = getelementptr i64, i64* %regs, i64 7
  store i64 %403, i64* %404, align 8
  %405 = load i64, i64* %highEnd, align 8
  %406 = getelementptr i64, i64* %regs, i64 8
  store i64 %405, i64* %406, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead43:                                           ; No predecessors!
  br label %join42

ok44:                                             ; preds = %join42
  store i64 %398, i64* %393, align 8
  %407 = trunc i64 %397 to i32
  store i32 %407, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %408 = load i32, i32* %xs.1, align 4
  %409 = zext i32 %408 to i64
  %410 = add i64 %409, 4
  %411 = icmp ugt i64 %410, %arena_size
  br i1 %411, label %trap17.site0, label %ok45

ok45:                                             ; preds = %ok44
  %412 = getelementptr i8, i8* %mem, i64 %409
  %413 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %413, i8* %412, i64 4, i1 false)
  %414 = load i32, i32* %unaligned46, align 4
  store i32 %414, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each10

block9:                                           ; preds = %dead55, %ok47
  %415 = load i32, i32* %list.1, align 4
  %416 = load i32, i32* %len.1, align 4
  %417 = zext i32 %415 to i64
  %418 = add i64 %417, 4
  %419 = icmp ugt i64 %418, %arena_size
  br i1 %419, label %trap17.site0, label %ok56

each10:                                           ; preds = %ok53, %ok45
  %420 = load i64, i64* %fuel, align 8
  %421 = icmp ult i64 %420, 1
  br i1 %421, label %trap14.site0, label %ok47

ok47:                                             ; preds = %each10
  %422 = sub i64 %420, 1
  store i64 %422, i64* %fuel, align 8
  %423 = load i32, i32* %k.1, align 4
  %424 = load i32, i32* %n.1, align 4
  %425 = icmp uge i32 %423, %424
  %426 = zext i1 %425 to i32
  %427 = icmp ne i32 %426, 0
  br i1 %427, label %block9, label %cont48

cont48:                                           ; preds = %ok47
  %428 = load i32, i32* %xs.1, align 4
  %429 = load i32, i32* %k.1, align 4
  %430 = mul i32 %429, 4
  %431 = add i32 %428, %430
  %432 = zext i32 %431 to i64
  %433 = add i64 %432, 4
  %434 = add i64 %433, 4
  %435 = icmp ugt i64 %434, %arena_size
  br i1 %435, label %trap17.site0, label %ok49

ok49:                                             ; preds = %cont48
  %436 = getelementptr i8, i8* %mem, i64 %433
  %437 = bitcast i32* %unaligned50 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %437, i8* %436, i64 4, i1 false)
  %438 = load i32, i32* %unaligned50, align 4
  store i32 %438, i32* %x.1, align 4
  %439 = load i32, i32* %x.1, align 4
  store i32 %439, i32* %s.1, align 4
  %440 = load i32, i32* %list.1, align 4
  %441 = load i32, i32* %len.1, align 4
  %442 = mul i32 %441, 4
  %443 = add i32 %440, %442
  %444 = load i32, i32* %s.1, align 4
  %445 = icmp uge i32 %depth, 1000
  br i1 %445, label %trap15.site9, label %ok51

ok51:                                             ; preds = %ok49
  %446 = getelementptr i64, i64* %regs, i64 10
  %447 = load i64, i64* %446, align 8
  %448 = icmp ult i64 %10, %447
  br i1 %448, label %trap253.site0, label %stack_ok52

trap15.site9:                                     ; preds = %ok49
  %449 = load i64, i64* %lowStart, align 8
  %450 = getelementptr i64, i64* %regs, i64 6
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %lowEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 7
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %highEnd, align 8
  %454 = getelementptr i64, i64* %regs, i64 8
  store i64 %453, i64* %454, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

stack_ok52:                                       ; preds = %ok51
  %455 = load i64, i64* %fuel, align 8
  %456 = getelementptr i64, i64* %regs, i64 0
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %lowStart, align 8
  %458 = getelementptr i64, i64* %regs, i64 6
  store i64 %457, i64* %458, align 8
  %459 = load i64, i64* %lowEnd, align 8
  %460 = getelementptr i64, i64* %regs, i64 7
  store i64 %459, i64* %460, align 8
  %461 = load i64, i64* %highEnd, align 8
  %462 = getelementptr i64, i64* %regs, i64 8
  store i64 %461, i64* %462, align 8
  %463 = add i32 %depth, 1
  %464 = call i32 @m0.fn.kind(i64* %regs, i8* %mem, i32 %463, i32 0, i32 %444)
  %465 = getelementptr i64, i64* %regs, i64 0
  %466 = load i64, i64* %465, align 8
  store i64 %466, i64* %fuel, align 8
  %467 = getelementptr i64, i64* %regs, i64 6
  %468 = load i64, i64* %467, align 8
  store i64 %468, i64* %lowStart, align 8
  %469 = getelementptr i64, i64* %regs, i64 7
  %470 = load i64, i64* %469, align 8
  store i64 %470, i64* %lowEnd, align 8
  %471 = getelementptr i64, i64* %regs, i64 8
  %472 = load i64, i64* %471, align 8
  store i64 %472, i64* %highEnd, align 8
  %473 = zext i32 %443 to i64
  %474 = add i64 %473, 4
  %475 = add i64 %474, 4
  %476 = icmp ugt i64 %475, %arena_size
  br i1 %476, label %trap17.site0, label %ok53

ok53:                                             ; preds = %stack_ok52
  %477 = getelementptr i8, i8* %mem, i64 %474
  %478 = icmp ult i64 %474, %scratch_start
  %479 = load i64, i64* %lowEnd, align 8
  %480 = load i64, i64* %highEnd, align 8
  %481 = call i64 @llvm.umax.i64(i64 %479, i64 %475)
  %482 = select i1 %478, i64 %481, i64 %479
  store i64 %482, i64* %lowEnd, align 8
  %483 = call i64 @llvm.umax.i64(i64 %480, i64 %475)
  %484 = select i1 %478, i64 %480, i64 %483
  store i64 %484, i64* %highEnd, align 8
  %485 = load i64, i64* %lowStart, align 8
  %486 = call i64 @llvm.umin.i64(i64 %485, i64 %474)
  store i64 %486, i64* %lowStart, align 8
  store i32 %464, i32* %unaligned54, align 4
  %487 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %477, i8* %487, i64 4, i1 false)
  %488 = load i32, i32* %len.1, align 4
  %489 = add i32 %488, 1
  store i32 %489, i32* %len.1, align 4
  %490 = load i32, i32* %k.1, align 4
  %491 = add i32 %490, 1
  store i32 %491, i32* %k.1, align 4
  br label %each10

dead55:                                           ; No predecessors!
  br label %block9

ok56:                                             ; preds = %block9
  %492 = getelementptr i8, i8* %mem, i64 %417
  %493 = icmp ult i64 %417, %scratch_start
  %494 = load i64, i64* %lowEnd, align 8
  %495 = load i64, i64* %highEnd, align 8
  %496 = call i64 @llvm.umax.i64(i64 %494, i64 %418)
  %497 = select i1 %493, i64 %496, i64 %494
  store i64 %497, i64* %lowEnd, align 8
  %498 = call i64 @llvm.umax.i64(i64 %495, i64 %418)
  %499 = select i1 %493, i64 %495, i64 %498
  store i64 %499, i64* %highEnd, align 8
  %500 = load i64, i64* %lowStart, align 8
  %501 = call i64 @llvm.umin.i64(i64 %500, i64 %417)
  store i64 %501, i64* %lowStart, align 8
  store i32 %416, i32* %unaligned57, align 4
  %502 = bitcast i32* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %492, i8* %502, i64 4, i1 false)
  %503 = load i32, i32* %list.1, align 4
  store i32 %503, i32* %result37, align 4
  br label %e7

ok58:                                             ; preds = %e7
  %504 = getelementptr i8, i8* %mem, i64 %377
  %505 = icmp ult i64 %377, %scratch_start
  %506 = load i64, i64* %lowEnd, align 8
  %507 = load i64, i64* %highEnd, align 8
  %508 = call i64 @llvm.umax.i64(i64 %506, i64 %378)
  %509 = select i1 %505, i64 %508, i64 %506
  store i64 %509, i64* %lowEnd, align 8
  %510 = call i64 @llvm.umax.i64(i64 %507, i64 %378)
  %511 = select i1 %505, i64 %507, i64 %510
  store i64 %511, i64* %highEnd, align 8
  %512 = load i64, i64* %lowStart, align 8
  %513 = call i64 @llvm.umin.i64(i64 %512, i64 %377)
  store i64 %513, i64* %lowStart, align 8
  store i32 %375, i32* %unaligned59, align 4
  %514 = bitcast i32* %unaligned59 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %504, i8* %514, i64 4, i1 false)
  store i64 2, i64* %c, align 8
  store i64 3, i64* %c.1, align 8
  %515 = getelementptr i64, i64* %regs, i64 1
  %516 = getelementptr i64, i64* %regs, i64 2
  %517 = load i64, i64* %515, align 8
  %518 = add i64 %517, 7
  %519 = and i64 %518, -8
  %520 = add i64 %519, 24
  %521 = load i64, i64* %516, align 8
  %522 = icmp ugt i64 %520, %521
  br i1 %522, label %trap15.site12, label %ok63

e13:                                              ; preds = %ok120
  %523 = load i32, i32* %result60, align 4
  store i32 %523, i32* %bigger, align 4
  %524 = load i32, i32* %dict, align 4
  %525 = load i32, i32* %bigger, align 4
  %526 = zext i32 %524 to i64
  %527 = add i64 %526, 16
  %528 = add i64 %527, 4
  %529 = icmp ugt i64 %528, %arena_size
  br i1 %529, label %trap17.site0, label %ok122

e14:                                              ; preds = %ok85
  %530 = load i32, i32* %result61, align 4
  store i32 %530, i32* %xs.2, align 4
  %531 = load i32, i32* %xs.2, align 4
  %532 = zext i32 %531 to i64
  %533 = add i64 %532, 4
  %534 = icmp ugt i64 %533, %arena_size
  br i1 %534, label %trap17.site0, label %ok87

e15:                                              ; preds = %ok67
  %535 = load i32, i32* %result62, align 4
  store i32 %535, i32* %item, align 4
  store double 5.000000e-01, double* %c.2, align 8
  %536 = getelementptr i64, i64* %regs, i64 1
  %537 = getelementptr i64, i64* %regs, i64 2
  %538 = load i64, i64* %536, align 8
  %539 = add i64 %538, 7
  %540 = and i64 %539, -8
  %541 = add i64 %540, 16
  %542 = load i64, i64* %537, align 8
  %543 = icmp ugt i64 %541, %542
  br i1 %543, label %trap15.site13, label %ok70

ok63:                                             ; preds = %ok58
  store i64 %520, i64* %515, align 8
  %544 = trunc i64 %519 to i32
  store i32 %544, i32* %obj, align 4
  %545 = load i32, i32* %obj, align 4
  %546 = zext i32 %545 to i64
  %547 = add i64 %546, 1
  %548 = icmp ugt i64 %547, %arena_size
  br i1 %548, label %trap17.site0, label %ok64

trap15.site12:                                    ; preds = %ok58
  %549 = load i64, i64* %lowStart, align 8
  %550 = getelementptr i64, i64* %regs, i64 6
  store i64 %549, i64* %550, align 8
  %551 = load i64, i64* %lowEnd, align 8
  %552 = getelementptr i64, i64* %regs, i64 7
  store i64 %551, i64* %552, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = getelementptr i64, i64* %regs, i64 8
  store i64 %553, i64* %554, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

ok64:                                             ; preds = %ok63
  %555 = getelementptr i8, i8* %mem, i64 %546
  %556 = icmp ult i64 %546, %scratch_start
  %557 = load i64, i64* %lowEnd, align 8
  %558 = load i64, i64* %highEnd, align 8
  %559 = call i64 @llvm.umax.i64(i64 %557, i64 %547)
  %560 = select i1 %556, i64 %559, i64 %557
  store i64 %560, i64* %lowEnd, align 8
  %561 = call i64 @llvm.umax.i64(i64 %558, i64 %547)
  %562 = select i1 %556, i64 %558, i64 %561
  store i64 %562, i64* %highEnd, align 8
  %563 = load i64, i64* %lowStart, align 8
  %564 = call i64 @llvm.umin.i64(i64 %563, i64 %546)
  store i64 %564, i64* %lowStart, align 8
  store i8 2, i8* %555, align 1
  %565 = load i32, i32* %obj, align 4
  %566 = load i64, i64* %c, align 8
  %567 = zext i32 %565 to i64
  %568 = add i64 %567, 8
  %569 = add i64 %568, 8
  %570 = icmp ugt i64 %569, %arena_size
  br i1 %570, label %trap17.site0, label %ok65

ok65:                                             ; preds = %ok64
  %571 = getelementptr i8, i8* %mem, i64 %568
  %572 = icmp ult i64 %568, %scratch_start
  %573 = load i64, i64* %lowEnd, align 8
  %574 = load i64, i64* %highEnd, align 8
  %575 = call i64 @llvm.umax.i64(i64 %573, i64 %569)
  %576 = select i1 %572, i64 %575, i64 %573
  store i64 %576, i64* %lowEnd, align 8
  %577 = call i64 @llvm.umax.i64(i64 %574, i64 %569)
  %578 = select i1 %572, i64 %574, i64 %577
  store i64 %578, i64* %highEnd, align 8
  %579 = load i64, i64* %lowStart, align 8
  %580 = call i64 @llvm.umin.i64(i64 %579, i64 %568)
  store i64 %580, i64* %lowStart, align 8
  store i64 %566, i64* %unaligned66, align 8
  %581 = bitcast i64* %unaligned66 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %571, i8* %581, i64 8, i1 false)
  %582 = load i32, i32* %obj, align 4
  %583 = load i64, i64* %c.1, align 8
  %584 = zext i32 %582 to i64
  %585 = add i64 %584, 16
  %586 = add i64 %585, 8
  %587 = icmp ugt i64 %586, %arena_size
  br i1 %587, label %trap17.site0, label %ok67

ok67:                                             ; preds = %ok65
  %588 = getelementptr i8, i8* %mem, i64 %585
  %589 = icmp ult i64 %585, %scratch_start
  %590 = load i64, i64* %lowEnd, align 8
  %591 = load i64, i64* %highEnd, align 8
  %592 = call i64 @llvm.umax.i64(i64 %590, i64 %586)
  %593 = select i1 %589, i64 %592, i64 %590
  store i64 %593, i64* %lowEnd, align 8
  %594 = call i64 @llvm.umax.i64(i64 %591, i64 %586)
  %595 = select i1 %589, i64 %591, i64 %594
  store i64 %595, i64* %highEnd, align 8
  %596 = load i64, i64* %lowStart, align 8
  %597 = call i64 @llvm.umin.i64(i64 %596, i64 %585)
  store i64 %597, i64* %lowStart, align 8
  store i64 %583, i64* %unaligned68, align 8
  %598 = bitcast i64* %unaligned68 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %588, i8* %598, i64 8, i1 false)
  %599 = load i32, i32* %obj, align 4
  store i32 %599, i32* %result62, align 4
  br label %e15

e18:                                              ; preds = %ok72
  %600 = load i32, i32* %result69, align 4
  store i32 %600, i32* %item.1, align 4
  store i32 10888, i32* %item.2, align 4
  store i64 16, i64* %size.2, align 8
  %601 = load i64, i64* %size.2, align 8
  %602 = icmp ugt i64 %601, 2147483647
  %603 = zext i1 %602 to i32
  %604 = icmp ne i32 %603, 0
  br i1 %604, label %then74, label %else75

ok70:                                             ; preds = %e15
  store i64 %541, i64* %536, align 8
  %605 = trunc i64 %540 to i32
  store i32 %605, i32* %obj.1, align 4
  %606 = load i32, i32* %obj.1, align 4
  %607 = zext i32 %606 to i64
  %608 = add i64 %607, 1
  %609 = icmp ugt i64 %608, %arena_size
  br i1 %609, label %trap17.site0, label %ok71

trap15.site13:                                    ; preds = %e15
  %610 = load i64, i64* %lowStart, align 8
  %611 = getelementptr i64, i64* %regs, i64 6
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %lowEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 7
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %highEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 8
  store i64 %614, i64* %615, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

ok71:                                             ; preds = %ok70
  %616 = getelementptr i8, i8* %mem, i64 %607
  %617 = icmp ult i64 %607, %scratch_start
  %618 = load i64, i64* %lowEnd, align 8
  %619 = load i64, i64* %highEnd, align 8
  %620 = call i64 @llvm.umax.i64(i64 %618, i64 %608)
  %621 = select i1 %617, i64 %620, i64 %618
  store i64 %621, i64* %lowEnd, align 8
  %622 = call i64 @llvm.umax.i64(i64 %619, i64 %608)
  %623 = select i1 %617, i64 %619, i64 %622
  store i64 %623, i64* %highEnd, align 8
  %624 = load i64, i64* %lowStart, align 8
  %625 = call i64 @llvm.umin.i64(i64 %624, i64 %607)
  store i64 %625, i64* %lowStart, align 8
  store i8 1, i8* %616, align 1
  %626 = load i32, i32* %obj.1, align 4
  %627 = load double, double* %c.2, align 8
  %628 = zext i32 %626 to i64
  %629 = add i64 %628, 8
  %630 = add i64 %629, 8
  %631 = icmp ugt i64 %630, %arena_size
  br i1 %631, label %trap17.site0, label %ok72

ok72:                                             ; preds = %ok71
  %632 = getelementptr i8, i8* %mem, i64 %629
  %633 = icmp ult i64 %629, %scratch_start
  %634 = load i64, i64* %lowEnd, align 8
  %635 = load i64, i64* %highEnd, align 8
  %636 = call i64 @llvm.umax.i64(i64 %634, i64 %630)
  %637 = select i1 %633, i64 %636, i64 %634
  store i64 %637, i64* %lowEnd, align 8
  %638 = call i64 @llvm.umax.i64(i64 %635, i64 %630)
  %639 = select i1 %633, i64 %635, i64 %638
  store i64 %639, i64* %highEnd, align 8
  %640 = load i64, i64* %lowStart, align 8
  %641 = call i64 @llvm.umin.i64(i64 %640, i64 %629)
  store i64 %641, i64* %lowStart, align 8
  %642 = bitcast double %627 to i64
  %643 = and i64 %642, 9223372036854775807
  %644 = icmp ugt i64 %643, 9218868437227405312
  %645 = select i1 %644, i64 9221120237041090560, i64 %642
  store i64 %645, i64* %unaligned73, align 8
  %646 = bitcast i64* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %632, i8* %646, i64 8, i1 false)
  %647 = load i32, i32* %obj.1, align 4
  store i32 %647, i32* %result69, align 4
  br label %e18

then74:                                           ; preds = %e18
  br label %trap15.site11

else75:                                           ; preds = %e18
  br label %join76

join76:                                           ; preds = %else75, %dead77
  %648 = load i64, i64* %size.2, align 8
  %649 = trunc i64 %648 to i32
  %650 = zext i32 %649 to i64
  %651 = getelementptr i64, i64* %regs, i64 1
  %652 = getelementptr i64, i64* %regs, i64 2
  %653 = load i64, i64* %651, align 8
  %654 = add i64 %653, 3
  %655 = and i64 %654, -4
  %656 = add i64 %655, %650
  %657 = load i64, i64* %652, align 8
  %658 = icmp ugt i64 %656, %657
  br i1 %658, label %trap15.site11, label %ok78

trap15.site11:                                    ; preds = %join76, %then74
  %659 = load i64, i64* %lowStart, align 8
  %660 = getelementptr i64, i64* %regs, i64 6
  store i64 %659, i64* %660, align 8
  %661 = load i64, i64* %lowEnd, align 8
  %662 = getelementptr i64, i64* %regs, i64 7
  store i64 %661, i64* %662, align 8
  %663 = load i64, i64* %highEnd, align 8
  %664 = getelementptr i64, i64* %regs, i64 8
  store i64 %663, i64* %664, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead77:                                           ; No predecessors!
  br label %join76

ok78:                                             ; preds = %join76
  store i64 %656, i64* %651, align 8
  %665 = trunc i64 %655 to i32
  store i32 %665, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %666 = load i32, i32* %list.2, align 4
  %667 = add i32 %666, 4
  %668 = load i32, i32* %len.2, align 4
  %669 = mul i32 %668, 4
  %670 = add i32 %667, %669
  %671 = load i32, i32* %item, align 4
  %672 = zext i32 %670 to i64
  %673 = add i64 %672, 4
  %674 = icmp ugt i64 %673, %arena_size
  br i1 %674, label %trap17.site0, label %ok79

ok79:                                             ; preds = %ok78
  %675 = getelementptr i8, i8* %mem, i64 %672
  %676 = icmp ult i64 %672, %scratch_start
  %677 = load i64, i64* %lowEnd, align 8
  %678 = load i64, i64* %highEnd, align 8
  %679 = call i64 @llvm.umax.i64(i64 %677, i64 %673)
  %680 = select i1 %676, i64 %679, i64 %677
  store i64 %680, i64* %lowEnd, align 8
  %681 = call i64 @llvm.umax.i64(i64 %678, i64 %673)
  %682 = select i1 %676, i64 %678, i64 %681
  store i64 %682, i64* %highEnd, align 8
  %683 = load i64, i64* %lowStart, align 8
  %684 = call i64 @llvm.umin.i64(i64 %683, i64 %672)
  store i64 %684, i64* %lowStart, align 8
  store i32 %671, i32* %unaligned80, align 4
  %685 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %675, i8* %685, i64 4, i1 false)
  %686 = load i32, i32* %len.2, align 4
  %687 = add i32 %686, 1
  store i32 %687, i32* %len.2, align 4
  %688 = load i32, i32* %list.2, align 4
  %689 = add i32 %688, 4
  %690 = load i32, i32* %len.2, align 4
  %691 = mul i32 %690, 4
  %692 = add i32 %689, %691
  %693 = load i32, i32* %item.1, align 4
  %694 = zext i32 %692 to i64
  %695 = add i64 %694, 4
  %696 = icmp ugt i64 %695, %arena_size
  br i1 %696, label %trap17.site0, label %ok81

ok81:                                             ; preds = %ok79
  %697 = getelementptr i8, i8* %mem, i64 %694
  %698 = icmp ult i64 %694, %scratch_start
  %699 = load i64, i64* %lowEnd, align 8
  %700 = load i64, i64* %highEnd, align 8
  %701 = call i64 @llvm.umax.i64(i64 %699, i64 %695)
  %702 = select i1 %698, i64 %701, i64 %699
  store i64 %702, i64* %lowEnd, align 8
  %703 = call i64 @llvm.umax.i64(i64 %700, i64 %695)
  %704 = select i1 %698, i64 %700, i64 %703
  store i64 %704, i64* %highEnd, align 8
  %705 = load i64, i64* %lowStart, align 8
  %706 = call i64 @llvm.umin.i64(i64 %705, i64 %694)
  store i64 %706, i64* %lowStart, align 8
  store i32 %693, i32* %unaligned82, align 4
  %707 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %697, i8* %707, i64 4, i1 false)
  %708 = load i32, i32* %len.2, align 4
  %709 = add i32 %708, 1
  store i32 %709, i32* %len.2, align 4
  %710 = load i32, i32* %list.2, align 4
  %711 = add i32 %710, 4
  %712 = load i32, i32* %len.2, align 4
  %713 = mul i32 %712, 4
  %714 = add i32 %711, %713
  %715 = load i32, i32* %item.2, align 4
  %716 = zext i32 %714 to i64
  %717 = add i64 %716, 4
  %718 = icmp ugt i64 %717, %arena_size
  br i1 %718, label %trap17.site0, label %ok83

ok83:                                             ; preds = %ok81
  %719 = getelementptr i8, i8* %mem, i64 %716
  %720 = icmp ult i64 %716, %scratch_start
  %721 = load i64, i64* %lowEnd, align 8
  %722 = load i64, i64* %highEnd, align 8
  %723 = call i64 @llvm.umax.i64(i64 %721, i64 %717)
  %724 = select i1 %720, i64 %723, i64 %721
  store i64 %724, i64* %lowEnd, align 8
  %725 = call i64 @llvm.umax.i64(i64 %722, i64 %717)
  %726 = select i1 %720, i64 %722, i64 %725
  store i64 %726, i64* %highEnd, align 8
  %727 = load i64, i64* %lowStart, align 8
  %728 = call i64 @llvm.umin.i64(i64 %727, i64 %716)
  store i64 %728, i64* %lowStart, align 8
  store i32 %715, i32* %unaligned84, align 4
  %729 = bitcast i32* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %719, i8* %729, i64 4, i1 false)
  %730 = load i32, i32* %len.2, align 4
  %731 = add i32 %730, 1
  store i32 %731, i32* %len.2, align 4
  %732 = load i32, i32* %list.2, align 4
  %733 = load i32, i32* %len.2, align 4
  %734 = zext i32 %732 to i64
  %735 = add i64 %734, 4
  %736 = icmp ugt i64 %735, %arena_size
  br i1 %736, label %trap17.site0, label %ok85

ok85:                                             ; preds = %ok83
  %737 = getelementptr i8, i8* %mem, i64 %734
  %738 = icmp ult i64 %734, %scratch_start
  %739 = load i64, i64* %lowEnd, align 8
  %740 = load i64, i64* %highEnd, align 8
  %741 = call i64 @llvm.umax.i64(i64 %739, i64 %735)
  %742 = select i1 %738, i64 %741, i64 %739
  store i64 %742, i64* %lowEnd, align 8
  %743 = call i64 @llvm.umax.i64(i64 %740, i64 %735)
  %744 = select i1 %738, i64 %740, i64 %743
  store i64 %744, i64* %highEnd, align 8
  %745 = load i64, i64* %lowStart, align 8
  %746 = call i64 @llvm.umin.i64(i64 %745, i64 %734)
  store i64 %746, i64* %lowStart, align 8
  store i32 %733, i32* %unaligned86, align 4
  %747 = bitcast i32* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %737, i8* %747, i64 4, i1 false)
  %748 = load i32, i32* %list.2, align 4
  store i32 %748, i32* %result61, align 4
  br label %e14

ok87:                                             ; preds = %e14
  %749 = getelementptr i8, i8* %mem, i64 %532
  %750 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %750, i8* %749, i64 4, i1 false)
  %751 = load i32, i32* %unaligned88, align 4
  %752 = zext i32 %751 to i64
  %753 = mul i64 %752, 4
  %754 = add i64 4, %753
  store i64 %754, i64* %size.3, align 8
  %755 = load i64, i64* %size.3, align 8
  %756 = icmp ugt i64 %755, 2147483647
  %757 = zext i1 %756 to i32
  %758 = icmp ne i32 %757, 0
  br i1 %758, label %then89, label %else90

then89:                                           ; preds = %ok87
  br label %trap15.site10

else90:                                           ; preds = %ok87
  br label %join91

join91:                                           ; preds = %else90, %dead92
  %759 = load i64, i64* %size.3, align 8
  %760 = trunc i64 %759 to i32
  %761 = zext i32 %760 to i64
  %762 = getelementptr i64, i64* %regs, i64 1
  %763 = getelementptr i64, i64* %regs, i64 2
  %764 = load i64, i64* %762, align 8
  %765 = add i64 %764, 3
  %766 = and i64 %765, -4
  %767 = add i64 %766, %761
  %768 = load i64, i64* %763, align 8
  %769 = icmp ugt i64 %767, %768
  br i1 %769, label %trap15.site10, label %ok93

trap15.site10:                                    ; preds = %join91, %then89
  %770 = load i64, i64* %lowStart, align 8
  %771 = getelementptr i64, i64* %regs, i64 6
  store i64 %770, i64* %771, align 8
  %772 = load i64, i64* %lowEnd, align 8
  %773 = getelementptr i64, i64* %regs, i64 7
  store i64 %772, i64* %773, align 8
  %774 = load i64, i64* %highEnd, align 8
  %775 = getelementptr i64, i64* %regs, i64 8
  store i64 %774, i64* %775, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead92:                                           ; No predecessors!
  br label %join91

ok93:                                             ; preds = %join91
  store i64 %767, i64* %762, align 8
  %776 = trunc i64 %766 to i32
  store i32 %776, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %777 = load i32, i32* %xs.2, align 4
  %778 = zext i32 %777 to i64
  %779 = add i64 %778, 4
  %780 = icmp ugt i64 %779, %arena_size
  br i1 %780, label %trap17.site0, label %ok94

ok94:                                             ; preds = %ok93
  %781 = getelementptr i8, i8* %mem, i64 %778
  %782 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %782, i8* %781, i64 4, i1 false)
  %783 = load i32, i32* %unaligned95, align 4
  store i32 %783, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each22

block21:                                          ; preds = %dead119, %ok96
  %784 = load i32, i32* %list.3, align 4
  %785 = load i32, i32* %len.3, align 4
  %786 = zext i32 %784 to i64
  %787 = add i64 %786, 4
  %788 = icmp ugt i64 %787, %arena_size
  br i1 %788, label %trap17.site0, label %ok120

each22:                                           ; preds = %join116, %ok94
  %789 = load i64, i64* %fuel, align 8
  %790 = icmp ult i64 %789, 1
  br i1 %790, label %trap14.site0, label %ok96

ok96:                                             ; preds = %each22
  %791 = sub i64 %789, 1
  store i64 %791, i64* %fuel, align 8
  %792 = load i32, i32* %k.2, align 4
  %793 = load i32, i32* %n.2, align 4
  %794 = icmp uge i32 %792, %793
  %795 = zext i1 %794 to i32
  %796 = icmp ne i32 %795, 0
  br i1 %796, label %block21, label %cont97

cont97:                                           ; preds = %ok96
  %797 = load i32, i32* %xs.2, align 4
  %798 = load i32, i32* %k.2, align 4
  %799 = mul i32 %798, 4
  %800 = add i32 %797, %799
  %801 = zext i32 %800 to i64
  %802 = add i64 %801, 4
  %803 = add i64 %802, 4
  %804 = icmp ugt i64 %803, %arena_size
  br i1 %804, label %trap17.site0, label %ok98

ok98:                                             ; preds = %cont97
  %805 = getelementptr i8, i8* %mem, i64 %802
  %806 = bitcast i32* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %806, i8* %805, i64 4, i1 false)
  %807 = load i32, i32* %unaligned99, align 4
  store i32 %807, i32* %x.2, align 4
  %808 = load i32, i32* %x.2, align 4
  store i32 %808, i32* %s.2, align 4
  %809 = load i32, i32* %shapes, align 4
  store i32 %809, i32* %xs.3, align 4
  %810 = load i32, i32* %s.2, align 4
  store i32 %810, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %811 = load i32, i32* %xs.3, align 4
  %812 = zext i32 %811 to i64
  %813 = add i64 %812, 4
  %814 = icmp ugt i64 %813, %arena_size
  br i1 %814, label %trap17.site0, label %ok101

e24:                                              ; preds = %block27
  %815 = load i32, i32* %result100, align 4
  %816 = icmp eq i32 %815, 0
  %817 = zext i1 %816 to i32
  %818 = icmp ne i32 %817, 0
  br i1 %818, label %then114, label %else115

ok101:                                            ; preds = %ok98
  %819 = getelementptr i8, i8* %mem, i64 %812
  %820 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %820, i8* %819, i64 4, i1 false)
  %821 = load i32, i32* %unaligned102, align 4
  store i32 %821, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each28

block27:                                          ; preds = %dead113, %then109, %ok103
  %822 = load i32, i32* %found, align 4
  store i32 %822, i32* %result100, align 4
  br label %e24

each28:                                           ; preds = %join111, %ok101
  %823 = load i64, i64* %fuel, align 8
  %824 = icmp ult i64 %823, 1
  br i1 %824, label %trap14.site0, label %ok103

ok103:                                            ; preds = %each28
  %825 = sub i64 %823, 1
  store i64 %825, i64* %fuel, align 8
  %826 = load i32, i32* %k.3, align 4
  %827 = load i32, i32* %n.3, align 4
  %828 = icmp uge i32 %826, %827
  %829 = zext i1 %828 to i32
  %830 = icmp ne i32 %829, 0
  br i1 %830, label %block27, label %cont104

cont104:                                          ; preds = %ok103
  %831 = load i32, i32* %xs.3, align 4
  %832 = load i32, i32* %k.3, align 4
  %833 = mul i32 %832, 4
  %834 = add i32 %831, %833
  %835 = zext i32 %834 to i64
  %836 = add i64 %835, 4
  %837 = add i64 %836, 4
  %838 = icmp ugt i64 %837, %arena_size
  br i1 %838, label %trap17.site0, label %ok105

ok105:                                            ; preds = %cont104
  %839 = getelementptr i8, i8* %mem, i64 %836
  %840 = bitcast i32* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %840, i8* %839, i64 4, i1 false)
  %841 = load i32, i32* %unaligned106, align 4
  store i32 %841, i32* %x.3, align 4
  %842 = load i32, i32* %x.3, align 4
  store i32 %842, i32* %x.4, align 4
  %843 = load i32, i32* %x.4, align 4
  %844 = load i32, i32* %needle, align 4
  %845 = icmp uge i32 %depth, 1000
  br i1 %845, label %trap15.site0, label %ok107

ok107:                                            ; preds = %ok105
  %846 = getelementptr i64, i64* %regs, i64 10
  %847 = load i64, i64* %846, align 8
  %848 = icmp ult i64 %10, %847
  br i1 %848, label %trap253.site0, label %stack_ok108

trap15.site0:                                     ; preds = %then130, %e0, %ok105
  %849 = load i64, i64* %lowStart, align 8
  %850 = getelementptr i64, i64* %regs, i64 6
  store i64 %849, i64* %850, align 8
  %851 = load i64, i64* %lowEnd, align 8
  %852 = getelementptr i64, i64* %regs, i64 7
  store i64 %851, i64* %852, align 8
  %853 = load i64, i64* %highEnd, align 8
  %854 = getelementptr i64, i64* %regs, i64 8
  store i64 %853, i64* %854, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok108:                                      ; preds = %ok107
  %855 = load i64, i64* %fuel, align 8
  %856 = getelementptr i64, i64* %regs, i64 0
  store i64 %855, i64* %856, align 8
  %857 = load i64, i64* %lowStart, align 8
  %858 = getelementptr i64, i64* %regs, i64 6
  store i64 %857, i64* %858, align 8
  %859 = load i64, i64* %lowEnd, align 8
  %860 = getelementptr i64, i64* %regs, i64 7
  store i64 %859, i64* %860, align 8
  %861 = load i64, i64* %highEnd, align 8
  %862 = getelementptr i64, i64* %regs, i64 8
  store i64 %861, i64* %862, align 8
  %863 = add i32 %depth, 1
  %864 = call i32 @m0.eq.Shape(i64* %regs, i8* %mem, i32 %863, i32 %843, i32 %844)
  %865 = getelementptr i64, i64* %regs, i64 0
  %866 = load i64, i64* %865, align 8
  store i64 %866, i64* %fuel, align 8
  %867 = getelementptr i64, i64* %regs, i64 6
  %868 = load i64, i64* %867, align 8
  store i64 %868, i64* %lowStart, align 8
  %869 = getelementptr i64, i64* %regs, i64 7
  %870 = load i64, i64* %869, align 8
  store i64 %870, i64* %lowEnd, align 8
  %871 = getelementptr i64, i64* %regs, i64 8
  %872 = load i64, i64* %871, align 8
  store i64 %872, i64* %highEnd, align 8
  %873 = icmp ne i32 %864, 0
  br i1 %873, label %then109, label %else110

then109:                                          ; preds = %stack_ok108
  store i32 1, i32* %found, align 4
  br label %block27

else110:                                          ; preds = %stack_ok108
  br label %join111

join111:                                          ; preds = %else110, %dead112
  %874 = load i32, i32* %k.3, align 4
  %875 = add i32 %874, 1
  store i32 %875, i32* %k.3, align 4
  br label %each28

dead112:                                          ; No predecessors!
  br label %join111

dead113:                                          ; No predecessors!
  br label %block27

then114:                                          ; preds = %e24
  %876 = load i32, i32* %list.3, align 4
  %877 = load i32, i32* %len.3, align 4
  %878 = mul i32 %877, 4
  %879 = add i32 %876, %878
  %880 = load i32, i32* %x.2, align 4
  %881 = zext i32 %879 to i64
  %882 = add i64 %881, 4
  %883 = add i64 %882, 4
  %884 = icmp ugt i64 %883, %arena_size
  br i1 %884, label %trap17.site0, label %ok117

else115:                                          ; preds = %e24
  br label %join116

join116:                                          ; preds = %else115, %ok117
  %885 = load i32, i32* %k.2, align 4
  %886 = add i32 %885, 1
  store i32 %886, i32* %k.2, align 4
  br label %each22

ok117:                                            ; preds = %then114
  %887 = getelementptr i8, i8* %mem, i64 %882
  %888 = icmp ult i64 %882, %scratch_start
  %889 = load i64, i64* %lowEnd, align 8
  %890 = load i64, i64* %highEnd, align 8
  %891 = call i64 @llvm.umax.i64(i64 %889, i64 %883)
  %892 = select i1 %888, i64 %891, i64 %889
  store i64 %892, i64* %lowEnd, align 8
  %893 = call i64 @llvm.umax.i64(i64 %890, i64 %883)
  %894 = select i1 %888, i64 %890, i64 %893
  store i64 %894, i64* %highEnd, align 8
  %895 = load i64, i64* %lowStart, align 8
  %896 = call i64 @llvm.umin.i64(i64 %895, i64 %882)
  store i64 %896, i64* %lowStart, align 8
  store i32 %880, i32* %unaligned118, align 4
  %897 = bitcast i32* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %887, i8* %897, i64 4, i1 false)
  %898 = load i32, i32* %len.3, align 4
  %899 = add i32 %898, 1
  store i32 %899, i32* %len.3, align 4
  br label %join116

dead119:                                          ; No predecessors!
  br label %block21

ok120:                                            ; preds = %block21
  %900 = getelementptr i8, i8* %mem, i64 %786
  %901 = icmp ult i64 %786, %scratch_start
  %902 = load i64, i64* %lowEnd, align 8
  %903 = load i64, i64* %highEnd, align 8
  %904 = call i64 @llvm.umax.i64(i64 %902, i64 %787)
  %905 = select i1 %901, i64 %904, i64 %902
  store i64 %905, i64* %lowEnd, align 8
  %906 = call i64 @llvm.umax.i64(i64 %903, i64 %787)
  %907 = select i1 %901, i64 %903, i64 %906
  store i64 %907, i64* %highEnd, align 8
  %908 = load i64, i64* %lowStart, align 8
  %909 = call i64 @llvm.umin.i64(i64 %908, i64 %786)
  store i64 %909, i64* %lowStart, align 8
  store i32 %785, i32* %unaligned121, align 4
  %910 = bitcast i32* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %900, i8* %910, i64 4, i1 false)
  %911 = load i32, i32* %list.3, align 4
  store i32 %911, i32* %result60, align 4
  br label %e13

ok122:                                            ; preds = %e13
  %912 = getelementptr i8, i8* %mem, i64 %527
  %913 = icmp ult i64 %527, %scratch_start
  %914 = load i64, i64* %lowEnd, align 8
  %915 = load i64, i64* %highEnd, align 8
  %916 = call i64 @llvm.umax.i64(i64 %914, i64 %528)
  %917 = select i1 %913, i64 %916, i64 %914
  store i64 %917, i64* %lowEnd, align 8
  %918 = call i64 @llvm.umax.i64(i64 %915, i64 %528)
  %919 = select i1 %913, i64 %915, i64 %918
  store i64 %919, i64* %highEnd, align 8
  %920 = load i64, i64* %lowStart, align 8
  %921 = call i64 @llvm.umin.i64(i64 %920, i64 %527)
  store i64 %921, i64* %lowStart, align 8
  store i32 %525, i32* %unaligned123, align 4
  %922 = bitcast i32* %unaligned123 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %912, i8* %922, i64 4, i1 false)
  %923 = load i32, i32* %dict, align 4
  store i32 %923, i32* %result3, align 4
  br label %e0

ok124:                                            ; preds = %e0
  %924 = getelementptr i64, i64* %regs, i64 10
  %925 = load i64, i64* %924, align 8
  %926 = icmp ult i64 %10, %925
  br i1 %926, label %trap253.site0, label %stack_ok125

stack_ok125:                                      ; preds = %ok124
  %927 = load i64, i64* %fuel, align 8
  %928 = getelementptr i64, i64* %regs, i64 0
  store i64 %927, i64* %928, align 8
  %929 = load i64, i64* %lowStart, align 8
  %930 = getelementptr i64, i64* %regs, i64 6
  store i64 %929, i64* %930, align 8
  %931 = load i64, i64* %lowEnd, align 8
  %932 = getelementptr i64, i64* %regs, i64 7
  store i64 %931, i64* %932, align 8
  %933 = load i64, i64* %highEnd, align 8
  %934 = getelementptr i64, i64* %regs, i64 8
  store i64 %933, i64* %934, align 8
  %935 = add i32 %depth, 1
  %936 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %935, i32 %82, i32 %83, i32 0)
  %937 = getelementptr i64, i64* %regs, i64 0
  %938 = load i64, i64* %937, align 8
  store i64 %938, i64* %fuel, align 8
  %939 = getelementptr i64, i64* %regs, i64 6
  %940 = load i64, i64* %939, align 8
  store i64 %940, i64* %lowStart, align 8
  %941 = getelementptr i64, i64* %regs, i64 7
  %942 = load i64, i64* %941, align 8
  store i64 %942, i64* %lowEnd, align 8
  %943 = getelementptr i64, i64* %regs, i64 8
  %944 = load i64, i64* %943, align 8
  store i64 %944, i64* %highEnd, align 8
  store i32 %936, i32* %json_end, align 4
  %945 = load i32, i32* %json_end, align 4
  %946 = icmp eq i32 %945, -2
  %947 = zext i1 %946 to i32
  %948 = icmp ne i32 %947, 0
  br i1 %948, label %then126, label %else127

then126:                                          ; preds = %stack_ok125
  br label %trap16.site3

else127:                                          ; preds = %stack_ok125
  br label %join128

join128:                                          ; preds = %else127, %dead129
  %949 = load i32, i32* %json_end, align 4
  %950 = icmp eq i32 %949, -1
  %951 = zext i1 %950 to i32
  %952 = icmp ne i32 %951, 0
  br i1 %952, label %then130, label %else131

trap16.site3:                                     ; preds = %then135, %then126
  %953 = load i64, i64* %lowStart, align 8
  %954 = getelementptr i64, i64* %regs, i64 6
  store i64 %953, i64* %954, align 8
  %955 = load i64, i64* %lowEnd, align 8
  %956 = getelementptr i64, i64* %regs, i64 7
  store i64 %955, i64* %956, align 8
  %957 = load i64, i64* %highEnd, align 8
  %958 = getelementptr i64, i64* %regs, i64 8
  store i64 %957, i64* %958, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead129:                                          ; No predecessors!
  br label %join128

then130:                                          ; preds = %join128
  %959 = load i32, i32* %result.1, align 4
  %960 = icmp uge i32 %depth, 1000
  br i1 %960, label %trap15.site0, label %ok133

else131:                                          ; preds = %join128
  br label %join132

join132:                                          ; preds = %else131, %dead139
  %961 = load i32, i32* %json_end, align 4
  %962 = zext i32 %961 to i64
  %963 = getelementptr i64, i64* %regs, i64 3
  store i64 %962, i64* %963, align 8
  %964 = load i32, i32* %json_end, align 4
  %965 = load i32, i32* %json_start, align 4
  %966 = sub i32 %964, %965
  %967 = load i64, i64* %fuel, align 8
  %968 = getelementptr i64, i64* %regs, i64 0
  store i64 %967, i64* %968, align 8
  %969 = load i64, i64* %lowStart, align 8
  %970 = getelementptr i64, i64* %regs, i64 6
  store i64 %969, i64* %970, align 8
  %971 = load i64, i64* %lowEnd, align 8
  %972 = getelementptr i64, i64* %regs, i64 7
  store i64 %971, i64* %972, align 8
  %973 = load i64, i64* %highEnd, align 8
  %974 = getelementptr i64, i64* %regs, i64 8
  store i64 %973, i64* %974, align 8
  ret i32 %966

ok133:                                            ; preds = %then130
  %975 = getelementptr i64, i64* %regs, i64 10
  %976 = load i64, i64* %975, align 8
  %977 = icmp ult i64 %10, %976
  br i1 %977, label %trap253.site0, label %stack_ok134

stack_ok134:                                      ; preds = %ok133
  %978 = load i64, i64* %fuel, align 8
  %979 = getelementptr i64, i64* %regs, i64 0
  store i64 %978, i64* %979, align 8
  %980 = load i64, i64* %lowStart, align 8
  %981 = getelementptr i64, i64* %regs, i64 6
  store i64 %980, i64* %981, align 8
  %982 = load i64, i64* %lowEnd, align 8
  %983 = getelementptr i64, i64* %regs, i64 7
  store i64 %982, i64* %983, align 8
  %984 = load i64, i64* %highEnd, align 8
  %985 = getelementptr i64, i64* %regs, i64 8
  store i64 %984, i64* %985, align 8
  %986 = add i32 %depth, 1
  %987 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %986, i32 %959)
  %988 = getelementptr i64, i64* %regs, i64 0
  %989 = load i64, i64* %988, align 8
  store i64 %989, i64* %fuel, align 8
  %990 = getelementptr i64, i64* %regs, i64 6
  %991 = load i64, i64* %990, align 8
  store i64 %991, i64* %lowStart, align 8
  %992 = getelementptr i64, i64* %regs, i64 7
  %993 = load i64, i64* %992, align 8
  store i64 %993, i64* %lowEnd, align 8
  %994 = getelementptr i64, i64* %regs, i64 8
  %995 = load i64, i64* %994, align 8
  store i64 %995, i64* %highEnd, align 8
  %996 = icmp ne i32 %987, 0
  br i1 %996, label %then135, label %else136

then135:                                          ; preds = %stack_ok134
  br label %trap16.site3

else136:                                          ; preds = %stack_ok134
  br label %join137

join137:                                          ; preds = %else136, %dead138
  br label %trap15.site3

dead138:                                          ; No predecessors!
  br label %join137

dead139:                                          ; No predecessors!
  br label %join132
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
