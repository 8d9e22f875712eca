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
;   @m0.codec.skip
;   @m0.rt.parse_eisel_lemire
;   @m0.rt.decimal_shr
;   @m0.rt.decimal_shl
;   @m0.rt.decimal_round
;   @m0.rt.parse_float_slow
;   @m0.rt.parse_float
;   @m0.codec.dec.float.0
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
  %arg0_at = alloca i32, align 4
  store i32 0, i32* %arg0_at, align 4
  %arg1_at = alloca i32, align 4
  store i32 0, i32* %arg1_at, align 4
  %arg2_at = alloca i32, align 4
  store i32 0, i32* %arg2_at, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %cell = alloca i32, align 4
  store i32 0, i32* %cell, align 4
  %arg = alloca double, align 8
  store double 0.000000e+00, double* %arg, align 8
  %cell.1 = alloca i32, align 4
  store i32 0, i32* %cell.1, align 4
  %arg.1 = alloca double, align 8
  store double 0.000000e+00, double* %arg.1, align 8
  %cell.2 = alloca i32, align 4
  store i32 0, i32* %cell.2, align 4
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
  %result = alloca i32, align 4
  %unaligned = alloca i16, align 2
  %unaligned96 = alloca i64, align 8
  %unaligned109 = alloca i64, align 8
  %unaligned122 = alloca i32, align 4
  %unaligned129 = alloca i64, align 8
  %unaligned131 = alloca i64, align 8
  %unaligned133 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %ws18, %ws16, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %ok114, %join112, %ok101, %join99, %ok88, %join86, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok115, %ok102, %ok89, %ok67, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok130, %ok128, %ok127, %join119, %join106, %join93, %cont79, %ws_done15, %cont70, %cont59, %cont54, %then45, %then37, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join77
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then84, label %else85

args4:                                            ; preds = %ws_done17, %then17
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
  %212 = icmp eq i32 %211, 1
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

match5:                                           ; preds = %join47, %then49, %then41, %then33
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
  %250 = add i64 %249, 1
  %251 = icmp ugt i64 %250, %arena_size
  br i1 %251, label %trap17.site0, label %ok32

else30:                                           ; preds = %join25
  br label %join31

join31:                                           ; preds = %else30, %join35
  %252 = load i32, i32* %args_klen, align 4
  %253 = icmp eq i32 %252, 1
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then37, label %else38

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = load i8, i8* %256, align 1
  %258 = zext i8 %257 to i32
  %259 = icmp eq i32 %258, 120
  %260 = zext i1 %259 to i32
  %261 = icmp ne i32 %260, 0
  br i1 %261, label %then33, label %else34

then33:                                           ; preds = %ok32
  store i32 0, i32* %result, align 4
  br label %match5

else34:                                           ; preds = %ok32
  br label %join35

join35:                                           ; preds = %else34, %dead36
  br label %join31

dead36:                                           ; No predecessors!
  br label %join35

then37:                                           ; preds = %join31
  %262 = load i32, i32* %args_kp, align 4
  %263 = zext i32 %262 to i64
  %264 = add i64 %263, 1
  %265 = icmp ugt i64 %264, %arena_size
  br i1 %265, label %trap17.site0, label %ok40

else38:                                           ; preds = %join31
  br label %join39

join39:                                           ; preds = %else38, %join43
  %266 = load i32, i32* %args_klen, align 4
  %267 = icmp eq i32 %266, 2
  %268 = zext i1 %267 to i32
  %269 = icmp ne i32 %268, 0
  br i1 %269, label %then45, label %else46

ok40:                                             ; preds = %then37
  %270 = getelementptr i8, i8* %mem, i64 %263
  %271 = load i8, i8* %270, align 1
  %272 = zext i8 %271 to i32
  %273 = icmp eq i32 %272, 121
  %274 = zext i1 %273 to i32
  %275 = icmp ne i32 %274, 0
  br i1 %275, label %then41, label %else42

then41:                                           ; preds = %ok40
  store i32 1, i32* %result, align 4
  br label %match5

else42:                                           ; preds = %ok40
  br label %join43

join43:                                           ; preds = %else42, %dead44
  br label %join39

dead44:                                           ; No predecessors!
  br label %join43

then45:                                           ; preds = %join39
  %276 = load i32, i32* %args_kp, align 4
  %277 = zext i32 %276 to i64
  %278 = add i64 %277, 2
  %279 = icmp ugt i64 %278, %arena_size
  br i1 %279, label %trap17.site0, label %ok48

else46:                                           ; preds = %join39
  br label %join47

join47:                                           ; preds = %else46, %join51
  store i32 -1, i32* %result, align 4
  br label %match5

ok48:                                             ; preds = %then45
  %280 = getelementptr i8, i8* %mem, i64 %277
  %281 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %281, i8* %280, i64 2, i1 false)
  %282 = load i16, i16* %unaligned, align 2
  %283 = zext i16 %282 to i32
  %284 = icmp eq i32 %283, 29560
  %285 = zext i1 %284 to i32
  %286 = icmp ne i32 %285, 0
  br i1 %286, label %then49, label %else50

then49:                                           ; preds = %ok48
  store i32 2, i32* %result, align 4
  br label %match5

else50:                                           ; preds = %ok48
  br label %join51

join51:                                           ; preds = %else50, %dead52
  br label %join47

dead52:                                           ; No predecessors!
  br label %join51

ws_done6:                                         ; preds = %dead57, %ok55, %ok53
  %287 = load i32, i32* %args_pos, align 4
  %288 = add i32 %287, 1
  store i32 %288, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont56, %match5
  %289 = load i64, i64* %fuel, align 8
  %290 = icmp ult i64 %289, 1
  br i1 %290, label %trap14.site0, label %ok53

ok53:                                             ; preds = %ws7
  %291 = sub i64 %289, 1
  store i64 %291, i64* %fuel, align 8
  %292 = load i32, i32* %args_pos, align 4
  %293 = load i32, i32* %args_end, align 4
  %294 = icmp uge i32 %292, %293
  %295 = zext i1 %294 to i32
  %296 = icmp ne i32 %295, 0
  br i1 %296, label %ws_done6, label %cont54

cont54:                                           ; preds = %ok53
  %297 = load i32, i32* %args_pos, align 4
  %298 = zext i32 %297 to i64
  %299 = add i64 %298, 1
  %300 = icmp ugt i64 %299, %arena_size
  br i1 %300, label %trap17.site0, label %ok55

ok55:                                             ; preds = %cont54
  %301 = getelementptr i8, i8* %mem, i64 %298
  %302 = load i8, i8* %301, align 1
  %303 = zext i8 %302 to i32
  store i32 %303, i32* %ws, align 4
  %304 = load i32, i32* %ws, align 4
  %305 = icmp ule i32 %304, 32
  %306 = zext i1 %305 to i32
  %307 = icmp eq i32 %306, 0
  %308 = zext i1 %307 to i32
  %309 = icmp ne i32 %308, 0
  br i1 %309, label %ws_done6, label %cont56

cont56:                                           ; preds = %ok55
  %310 = load i32, i32* %args_pos, align 4
  %311 = add i32 %310, 1
  store i32 %311, i32* %args_pos, align 4
  br label %ws7

dead57:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead62, %ok60, %ok58
  %312 = load i32, i32* %args_c, align 4
  switch i32 %312, label %default11 [
    i32 0, label %case14
    i32 1, label %case13
    i32 2, label %case12
  ]

ws9:                                              ; preds = %cont61, %ws_done6
  %313 = load i64, i64* %fuel, align 8
  %314 = icmp ult i64 %313, 1
  br i1 %314, label %trap14.site0, label %ok58

ok58:                                             ; preds = %ws9
  %315 = sub i64 %313, 1
  store i64 %315, i64* %fuel, align 8
  %316 = load i32, i32* %args_pos, align 4
  %317 = load i32, i32* %args_end, align 4
  %318 = icmp uge i32 %316, %317
  %319 = zext i1 %318 to i32
  %320 = icmp ne i32 %319, 0
  br i1 %320, label %ws_done8, label %cont59

cont59:                                           ; preds = %ok58
  %321 = load i32, i32* %args_pos, align 4
  %322 = zext i32 %321 to i64
  %323 = add i64 %322, 1
  %324 = icmp ugt i64 %323, %arena_size
  br i1 %324, label %trap17.site0, label %ok60

ok60:                                             ; preds = %cont59
  %325 = getelementptr i8, i8* %mem, i64 %322
  %326 = load i8, i8* %325, align 1
  %327 = zext i8 %326 to i32
  store i32 %327, i32* %ws, align 4
  %328 = load i32, i32* %ws, align 4
  %329 = icmp ule i32 %328, 32
  %330 = zext i1 %329 to i32
  %331 = icmp eq i32 %330, 0
  %332 = zext i1 %331 to i32
  %333 = icmp ne i32 %332, 0
  br i1 %333, label %ws_done8, label %cont61

cont61:                                           ; preds = %ok60
  %334 = load i32, i32* %args_pos, align 4
  %335 = add i32 %334, 1
  store i32 %335, i32* %args_pos, align 4
  br label %ws9

dead62:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13, %case14
  %336 = load i32, i32* %args_pos, align 4
  %337 = load i32, i32* %args_end, align 4
  %338 = icmp uge i32 %depth, 1000
  br i1 %338, label %trap15.site0, label %ok67

default11:                                        ; preds = %dead66, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead65, %ws_done8
  %339 = load i32, i32* %args_pos, align 4
  store i32 %339, i32* %arg2_at, align 4
  br label %switch10

case13:                                           ; preds = %dead64, %ws_done8
  %340 = load i32, i32* %args_pos, align 4
  store i32 %340, i32* %arg1_at, align 4
  br label %switch10

case14:                                           ; preds = %dead63, %ws_done8
  %341 = load i32, i32* %args_pos, align 4
  store i32 %341, i32* %arg0_at, align 4
  br label %switch10

dead63:                                           ; No predecessors!
  br label %case14

dead64:                                           ; No predecessors!
  br label %case13

dead65:                                           ; No predecessors!
  br label %case12

dead66:                                           ; No predecessors!
  br label %default11

ok67:                                             ; preds = %switch10
  %342 = getelementptr i64, i64* %regs, i64 10
  %343 = load i64, i64* %342, align 8
  %344 = icmp ult i64 %10, %343
  br i1 %344, label %trap253.site0, label %stack_ok68

stack_ok68:                                       ; preds = %ok67
  %345 = load i64, i64* %fuel, align 8
  %346 = getelementptr i64, i64* %regs, i64 0
  store i64 %345, i64* %346, align 8
  %347 = load i64, i64* %lowStart, align 8
  %348 = getelementptr i64, i64* %regs, i64 6
  store i64 %347, i64* %348, align 8
  %349 = load i64, i64* %lowEnd, align 8
  %350 = getelementptr i64, i64* %regs, i64 7
  store i64 %349, i64* %350, align 8
  %351 = load i64, i64* %highEnd, align 8
  %352 = getelementptr i64, i64* %regs, i64 8
  store i64 %351, i64* %352, align 8
  %353 = add i32 %depth, 1
  %354 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %353, i32 %336, i32 %337)
  %355 = getelementptr i64, i64* %regs, i64 0
  %356 = load i64, i64* %355, align 8
  store i64 %356, i64* %fuel, align 8
  %357 = getelementptr i64, i64* %regs, i64 6
  %358 = load i64, i64* %357, align 8
  store i64 %358, i64* %lowStart, align 8
  %359 = getelementptr i64, i64* %regs, i64 7
  %360 = load i64, i64* %359, align 8
  store i64 %360, i64* %lowEnd, align 8
  %361 = getelementptr i64, i64* %regs, i64 8
  %362 = load i64, i64* %361, align 8
  store i64 %362, i64* %highEnd, align 8
  store i32 %354, i32* %args_pos, align 4
  br label %ws16

ws_done15:                                        ; preds = %dead73, %ok71, %ok69
  %363 = load i32, i32* %args_pos, align 4
  %364 = zext i32 %363 to i64
  %365 = add i64 %364, 1
  %366 = icmp ugt i64 %365, %arena_size
  br i1 %366, label %trap17.site0, label %ok74

ws16:                                             ; preds = %cont72, %stack_ok68
  %367 = load i64, i64* %fuel, align 8
  %368 = icmp ult i64 %367, 1
  br i1 %368, label %trap14.site0, label %ok69

ok69:                                             ; preds = %ws16
  %369 = sub i64 %367, 1
  store i64 %369, i64* %fuel, align 8
  %370 = load i32, i32* %args_pos, align 4
  %371 = load i32, i32* %args_end, align 4
  %372 = icmp uge i32 %370, %371
  %373 = zext i1 %372 to i32
  %374 = icmp ne i32 %373, 0
  br i1 %374, label %ws_done15, label %cont70

cont70:                                           ; preds = %ok69
  %375 = load i32, i32* %args_pos, align 4
  %376 = zext i32 %375 to i64
  %377 = add i64 %376, 1
  %378 = icmp ugt i64 %377, %arena_size
  br i1 %378, label %trap17.site0, label %ok71

ok71:                                             ; preds = %cont70
  %379 = getelementptr i8, i8* %mem, i64 %376
  %380 = load i8, i8* %379, align 1
  %381 = zext i8 %380 to i32
  store i32 %381, i32* %ws, align 4
  %382 = load i32, i32* %ws, align 4
  %383 = icmp ule i32 %382, 32
  %384 = zext i1 %383 to i32
  %385 = icmp eq i32 %384, 0
  %386 = zext i1 %385 to i32
  %387 = icmp ne i32 %386, 0
  br i1 %387, label %ws_done15, label %cont72

cont72:                                           ; preds = %ok71
  %388 = load i32, i32* %args_pos, align 4
  %389 = add i32 %388, 1
  store i32 %389, i32* %args_pos, align 4
  br label %ws16

dead73:                                           ; No predecessors!
  br label %ws_done15

ok74:                                             ; preds = %ws_done15
  %390 = getelementptr i8, i8* %mem, i64 %364
  %391 = load i8, i8* %390, align 1
  %392 = zext i8 %391 to i32
  store i32 %392, i32* %args_c, align 4
  %393 = load i32, i32* %args_pos, align 4
  %394 = add i32 %393, 1
  store i32 %394, i32* %args_pos, align 4
  %395 = load i32, i32* %args_c, align 4
  %396 = icmp eq i32 %395, 44
  %397 = zext i1 %396 to i32
  %398 = icmp ne i32 %397, 0
  br i1 %398, label %then75, label %else76

then75:                                           ; preds = %ok74
  br label %ws18

else76:                                           ; preds = %ok74
  br label %join77

join77:                                           ; preds = %else76, %dead83
  br label %join19

ws_done17:                                        ; preds = %dead82, %ok80, %ok78
  br label %args4

ws18:                                             ; preds = %cont81, %then75
  %399 = load i64, i64* %fuel, align 8
  %400 = icmp ult i64 %399, 1
  br i1 %400, label %trap14.site0, label %ok78

ok78:                                             ; preds = %ws18
  %401 = sub i64 %399, 1
  store i64 %401, i64* %fuel, align 8
  %402 = load i32, i32* %args_pos, align 4
  %403 = load i32, i32* %args_end, align 4
  %404 = icmp uge i32 %402, %403
  %405 = zext i1 %404 to i32
  %406 = icmp ne i32 %405, 0
  br i1 %406, label %ws_done17, label %cont79

cont79:                                           ; preds = %ok78
  %407 = load i32, i32* %args_pos, align 4
  %408 = zext i32 %407 to i64
  %409 = add i64 %408, 1
  %410 = icmp ugt i64 %409, %arena_size
  br i1 %410, label %trap17.site0, label %ok80

ok80:                                             ; preds = %cont79
  %411 = getelementptr i8, i8* %mem, i64 %408
  %412 = load i8, i8* %411, align 1
  %413 = zext i8 %412 to i32
  store i32 %413, i32* %ws, align 4
  %414 = load i32, i32* %ws, align 4
  %415 = icmp ule i32 %414, 32
  %416 = zext i1 %415 to i32
  %417 = icmp eq i32 %416, 0
  %418 = zext i1 %417 to i32
  %419 = icmp ne i32 %418, 0
  br i1 %419, label %ws_done17, label %cont81

cont81:                                           ; preds = %ok80
  %420 = load i32, i32* %args_pos, align 4
  %421 = add i32 %420, 1
  store i32 %421, i32* %args_pos, align 4
  br label %ws18

dead82:                                           ; No predecessors!
  br label %ws_done17

dead83:                                           ; No predecessors!
  br label %join77

then84:                                           ; preds = %join19
  br label %trap9.site2

else85:                                           ; preds = %join19
  br label %join86

join86:                                           ; preds = %else85, %dead87
  %422 = getelementptr i64, i64* %regs, i64 1
  %423 = getelementptr i64, i64* %regs, i64 2
  %424 = load i64, i64* %422, align 8
  %425 = add i64 %424, 7
  %426 = and i64 %425, -8
  %427 = add i64 %426, 8
  %428 = load i64, i64* %423, align 8
  %429 = icmp ugt i64 %427, %428
  br i1 %429, label %trap15.site0, label %ok88

trap9.site2:                                      ; preds = %then84
  %430 = load i64, i64* %lowStart, align 8
  %431 = getelementptr i64, i64* %regs, i64 6
  store i64 %430, i64* %431, align 8
  %432 = load i64, i64* %lowEnd, align 8
  %433 = getelementptr i64, i64* %regs, i64 7
  store i64 %432, i64* %433, align 8
  %434 = load i64, i64* %highEnd, align 8
  %435 = getelementptr i64, i64* %regs, i64 8
  store i64 %434, i64* %435, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead87:                                           ; No predecessors!
  br label %join86

ok88:                                             ; preds = %join86
  store i64 %427, i64* %422, align 8
  %436 = trunc i64 %426 to i32
  store i32 %436, i32* %cell, align 4
  %437 = load i32, i32* %arg0_at, align 4
  %438 = load i32, i32* %args_end, align 4
  %439 = load i32, i32* %cell, align 4
  %440 = icmp uge i32 %depth, 1000
  br i1 %440, label %trap15.site0, label %ok89

ok89:                                             ; preds = %ok88
  %441 = getelementptr i64, i64* %regs, i64 10
  %442 = load i64, i64* %441, align 8
  %443 = icmp ult i64 %10, %442
  br i1 %443, label %trap253.site0, label %stack_ok90

stack_ok90:                                       ; preds = %ok89
  %444 = load i64, i64* %fuel, align 8
  %445 = getelementptr i64, i64* %regs, i64 0
  store i64 %444, i64* %445, align 8
  %446 = load i64, i64* %lowStart, align 8
  %447 = getelementptr i64, i64* %regs, i64 6
  store i64 %446, i64* %447, align 8
  %448 = load i64, i64* %lowEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 7
  store i64 %448, i64* %449, align 8
  %450 = load i64, i64* %highEnd, align 8
  %451 = getelementptr i64, i64* %regs, i64 8
  store i64 %450, i64* %451, align 8
  %452 = add i32 %depth, 1
  %453 = call i32 @m0.codec.dec.float.0(i64* %regs, i8* %mem, i32 %452, i32 %437, i32 %438, i32 %439)
  %454 = getelementptr i64, i64* %regs, i64 0
  %455 = load i64, i64* %454, align 8
  store i64 %455, i64* %fuel, align 8
  %456 = getelementptr i64, i64* %regs, i64 6
  %457 = load i64, i64* %456, align 8
  store i64 %457, i64* %lowStart, align 8
  %458 = getelementptr i64, i64* %regs, i64 7
  %459 = load i64, i64* %458, align 8
  store i64 %459, i64* %lowEnd, align 8
  %460 = getelementptr i64, i64* %regs, i64 8
  %461 = load i64, i64* %460, align 8
  store i64 %461, i64* %highEnd, align 8
  %462 = icmp slt i32 %453, 0
  %463 = zext i1 %462 to i32
  %464 = icmp ne i32 %463, 0
  br i1 %464, label %then91, label %else92

then91:                                           ; preds = %stack_ok90
  br label %trap11.site2

else92:                                           ; preds = %stack_ok90
  br label %join93

join93:                                           ; preds = %else92, %dead94
  %465 = load i32, i32* %cell, align 4
  %466 = zext i32 %465 to i64
  %467 = add i64 %466, 8
  %468 = icmp ugt i64 %467, %arena_size
  br i1 %468, label %trap17.site0, label %ok95

trap11.site2:                                     ; preds = %then91
  %469 = load i64, i64* %lowStart, align 8
  %470 = getelementptr i64, i64* %regs, i64 6
  store i64 %469, i64* %470, align 8
  %471 = load i64, i64* %lowEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 7
  store i64 %471, i64* %472, align 8
  %473 = load i64, i64* %highEnd, align 8
  %474 = getelementptr i64, i64* %regs, i64 8
  store i64 %473, i64* %474, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead94:                                           ; No predecessors!
  br label %join93

ok95:                                             ; preds = %join93
  %475 = getelementptr i8, i8* %mem, i64 %466
  %476 = bitcast i64* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %476, i8* %475, i64 8, i1 false)
  %477 = load i64, i64* %unaligned96, align 8
  %478 = bitcast i64 %477 to double
  store double %478, double* %arg, align 8
  %479 = load i32, i32* %arg1_at, align 4
  %480 = icmp eq i32 %479, 0
  %481 = zext i1 %480 to i32
  %482 = icmp ne i32 %481, 0
  br i1 %482, label %then97, label %else98

then97:                                           ; preds = %ok95
  br label %trap9.site3

else98:                                           ; preds = %ok95
  br label %join99

join99:                                           ; preds = %else98, %dead100
  %483 = getelementptr i64, i64* %regs, i64 1
  %484 = getelementptr i64, i64* %regs, i64 2
  %485 = load i64, i64* %483, align 8
  %486 = add i64 %485, 7
  %487 = and i64 %486, -8
  %488 = add i64 %487, 8
  %489 = load i64, i64* %484, align 8
  %490 = icmp ugt i64 %488, %489
  br i1 %490, label %trap15.site0, label %ok101

trap9.site3:                                      ; preds = %then97
  %491 = load i64, i64* %lowStart, align 8
  %492 = getelementptr i64, i64* %regs, i64 6
  store i64 %491, i64* %492, align 8
  %493 = load i64, i64* %lowEnd, align 8
  %494 = getelementptr i64, i64* %regs, i64 7
  store i64 %493, i64* %494, align 8
  %495 = load i64, i64* %highEnd, align 8
  %496 = getelementptr i64, i64* %regs, i64 8
  store i64 %495, i64* %496, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead100:                                          ; No predecessors!
  br label %join99

ok101:                                            ; preds = %join99
  store i64 %488, i64* %483, align 8
  %497 = trunc i64 %487 to i32
  store i32 %497, i32* %cell.1, align 4
  %498 = load i32, i32* %arg1_at, align 4
  %499 = load i32, i32* %args_end, align 4
  %500 = load i32, i32* %cell.1, align 4
  %501 = icmp uge i32 %depth, 1000
  br i1 %501, label %trap15.site0, label %ok102

ok102:                                            ; preds = %ok101
  %502 = getelementptr i64, i64* %regs, i64 10
  %503 = load i64, i64* %502, align 8
  %504 = icmp ult i64 %10, %503
  br i1 %504, label %trap253.site0, label %stack_ok103

stack_ok103:                                      ; preds = %ok102
  %505 = load i64, i64* %fuel, align 8
  %506 = getelementptr i64, i64* %regs, i64 0
  store i64 %505, i64* %506, align 8
  %507 = load i64, i64* %lowStart, align 8
  %508 = getelementptr i64, i64* %regs, i64 6
  store i64 %507, i64* %508, align 8
  %509 = load i64, i64* %lowEnd, align 8
  %510 = getelementptr i64, i64* %regs, i64 7
  store i64 %509, i64* %510, align 8
  %511 = load i64, i64* %highEnd, align 8
  %512 = getelementptr i64, i64* %regs, i64 8
  store i64 %511, i64* %512, align 8
  %513 = add i32 %depth, 1
  %514 = call i32 @m0.codec.dec.float.0(i64* %regs, i8* %mem, i32 %513, i32 %498, i32 %499, i32 %500)
  %515 = getelementptr i64, i64* %regs, i64 0
  %516 = load i64, i64* %515, align 8
  store i64 %516, i64* %fuel, align 8
  %517 = getelementptr i64, i64* %regs, i64 6
  %518 = load i64, i64* %517, align 8
  store i64 %518, i64* %lowStart, align 8
  %519 = getelementptr i64, i64* %regs, i64 7
  %520 = load i64, i64* %519, align 8
  store i64 %520, i64* %lowEnd, align 8
  %521 = getelementptr i64, i64* %regs, i64 8
  %522 = load i64, i64* %521, align 8
  store i64 %522, i64* %highEnd, align 8
  %523 = icmp slt i32 %514, 0
  %524 = zext i1 %523 to i32
  %525 = icmp ne i32 %524, 0
  br i1 %525, label %then104, label %else105

then104:                                          ; preds = %stack_ok103
  br label %trap11.site3

else105:                                          ; preds = %stack_ok103
  br label %join106

join106:                                          ; preds = %else105, %dead107
  %526 = load i32, i32* %cell.1, align 4
  %527 = zext i32 %526 to i64
  %528 = add i64 %527, 8
  %529 = icmp ugt i64 %528, %arena_size
  br i1 %529, label %trap17.site0, label %ok108

trap11.site3:                                     ; preds = %then104
  %530 = load i64, i64* %lowStart, align 8
  %531 = getelementptr i64, i64* %regs, i64 6
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %lowEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 7
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 8
  store i64 %534, i64* %535, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead107:                                          ; No predecessors!
  br label %join106

ok108:                                            ; preds = %join106
  %536 = getelementptr i8, i8* %mem, i64 %527
  %537 = bitcast i64* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %537, i8* %536, i64 8, i1 false)
  %538 = load i64, i64* %unaligned109, align 8
  %539 = bitcast i64 %538 to double
  store double %539, double* %arg.1, align 8
  %540 = load i32, i32* %arg2_at, align 4
  %541 = icmp eq i32 %540, 0
  %542 = zext i1 %541 to i32
  %543 = icmp ne i32 %542, 0
  br i1 %543, label %then110, label %else111

then110:                                          ; preds = %ok108
  br label %trap9.site4

else111:                                          ; preds = %ok108
  br label %join112

join112:                                          ; preds = %else111, %dead113
  %544 = getelementptr i64, i64* %regs, i64 1
  %545 = getelementptr i64, i64* %regs, i64 2
  %546 = load i64, i64* %544, align 8
  %547 = add i64 %546, 3
  %548 = and i64 %547, -4
  %549 = add i64 %548, 4
  %550 = load i64, i64* %545, align 8
  %551 = icmp ugt i64 %549, %550
  br i1 %551, label %trap15.site0, label %ok114

trap9.site4:                                      ; preds = %then110
  %552 = load i64, i64* %lowStart, align 8
  %553 = getelementptr i64, i64* %regs, i64 6
  store i64 %552, i64* %553, align 8
  %554 = load i64, i64* %lowEnd, align 8
  %555 = getelementptr i64, i64* %regs, i64 7
  store i64 %554, i64* %555, align 8
  %556 = load i64, i64* %highEnd, align 8
  %557 = getelementptr i64, i64* %regs, i64 8
  store i64 %556, i64* %557, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 4)
  unreachable

dead113:                                          ; No predecessors!
  br label %join112

ok114:                                            ; preds = %join112
  store i64 %549, i64* %544, align 8
  %558 = trunc i64 %548 to i32
  store i32 %558, i32* %cell.2, align 4
  %559 = load i32, i32* %arg2_at, align 4
  %560 = load i32, i32* %args_end, align 4
  %561 = load i32, i32* %cell.2, align 4
  %562 = icmp uge i32 %depth, 1000
  br i1 %562, label %trap15.site0, label %ok115

ok115:                                            ; preds = %ok114
  %563 = getelementptr i64, i64* %regs, i64 10
  %564 = load i64, i64* %563, align 8
  %565 = icmp ult i64 %10, %564
  br i1 %565, label %trap253.site0, label %stack_ok116

stack_ok116:                                      ; preds = %ok115
  %566 = load i64, i64* %fuel, align 8
  %567 = getelementptr i64, i64* %regs, i64 0
  store i64 %566, i64* %567, align 8
  %568 = load i64, i64* %lowStart, align 8
  %569 = getelementptr i64, i64* %regs, i64 6
  store i64 %568, i64* %569, align 8
  %570 = load i64, i64* %lowEnd, align 8
  %571 = getelementptr i64, i64* %regs, i64 7
  store i64 %570, i64* %571, align 8
  %572 = load i64, i64* %highEnd, align 8
  %573 = getelementptr i64, i64* %regs, i64 8
  store i64 %572, i64* %573, align 8
  %574 = add i32 %depth, 1
  %575 = call i32 @m0.codec.dec.list.1(i64* %regs, i8* %mem, i32 %574, i32 %559, i32 %560, i32 %561)
  %576 = getelementptr i64, i64* %regs, i64 0
  %577 = load i64, i64* %576, align 8
  store i64 %577, i64* %fuel, align 8
  %578 = getelementptr i64, i64* %regs, i64 6
  %579 = load i64, i64* %578, align 8
  store i64 %579, i64* %lowStart, align 8
  %580 = getelementptr i64, i64* %regs, i64 7
  %581 = load i64, i64* %580, align 8
  store i64 %581, i64* %lowEnd, align 8
  %582 = getelementptr i64, i64* %regs, i64 8
  %583 = load i64, i64* %582, align 8
  store i64 %583, i64* %highEnd, align 8
  %584 = icmp slt i32 %575, 0
  %585 = zext i1 %584 to i32
  %586 = icmp ne i32 %585, 0
  br i1 %586, label %then117, label %else118

then117:                                          ; preds = %stack_ok116
  br label %trap11.site4

else118:                                          ; preds = %stack_ok116
  br label %join119

join119:                                          ; preds = %else118, %dead120
  %587 = load i32, i32* %cell.2, align 4
  %588 = zext i32 %587 to i64
  %589 = add i64 %588, 4
  %590 = icmp ugt i64 %589, %arena_size
  br i1 %590, label %trap17.site0, label %ok121

trap11.site4:                                     ; preds = %then117
  %591 = load i64, i64* %lowStart, align 8
  %592 = getelementptr i64, i64* %regs, i64 6
  store i64 %591, i64* %592, align 8
  %593 = load i64, i64* %lowEnd, align 8
  %594 = getelementptr i64, i64* %regs, i64 7
  store i64 %593, i64* %594, align 8
  %595 = load i64, i64* %highEnd, align 8
  %596 = getelementptr i64, i64* %regs, i64 8
  store i64 %595, i64* %596, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 4)
  unreachable

dead120:                                          ; No predecessors!
  br label %join119

ok121:                                            ; preds = %join119
  %597 = getelementptr i8, i8* %mem, i64 %588
  %598 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %598, i8* %597, i64 4, i1 false)
  %599 = load i32, i32* %unaligned122, align 4
  store i32 %599, i32* %arg.2, align 4
  %600 = load i32, i32* %args_unexpected, align 4
  %601 = icmp ne i32 %600, 0
  br i1 %601, label %then123, label %else124

then123:                                          ; preds = %ok121
  br label %trap10.site1

else124:                                          ; preds = %ok121
  br label %join125

join125:                                          ; preds = %else124, %dead126
  %602 = getelementptr i64, i64* %regs, i64 1
  %603 = getelementptr i64, i64* %regs, i64 2
  %604 = load i64, i64* %602, align 8
  %605 = add i64 %604, 7
  %606 = and i64 %605, -8
  %607 = add i64 %606, 24
  %608 = load i64, i64* %603, align 8
  %609 = icmp ugt i64 %607, %608
  br i1 %609, label %trap15.site1, label %ok127

trap10.site1:                                     ; preds = %then123
  %610 = load i64, i64* %lowStart, align 8
  %611 = getelementptr i64, i64* %regs, i64 6
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %lowEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 7
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %highEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 8
  store i64 %614, i64* %615, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead126:                                          ; No predecessors!
  br label %join125

ok127:                                            ; preds = %join125
  store i64 %607, i64* %602, align 8
  %616 = trunc i64 %606 to i32
  store i32 %616, i32* %args_out, align 4
  %617 = load i32, i32* %args_out, align 4
  %618 = load double, double* %arg, align 8
  %619 = zext i32 %617 to i64
  %620 = add i64 %619, 8
  %621 = icmp ugt i64 %620, %arena_size
  br i1 %621, label %trap17.site0, label %ok128

trap15.site1:                                     ; preds = %join125
  %622 = load i64, i64* %lowStart, align 8
  %623 = getelementptr i64, i64* %regs, i64 6
  store i64 %622, i64* %623, align 8
  %624 = load i64, i64* %lowEnd, align 8
  %625 = getelementptr i64, i64* %regs, i64 7
  store i64 %624, i64* %625, align 8
  %626 = load i64, i64* %highEnd, align 8
  %627 = getelementptr i64, i64* %regs, i64 8
  store i64 %626, i64* %627, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok128:                                            ; preds = %ok127
  %628 = getelementptr i8, i8* %mem, i64 %619
  %629 = icmp ult i64 %619, %scratch_start
  %630 = load i64, i64* %lowEnd, align 8
  %631 = load i64, i64* %highEnd, align 8
  %632 = call i64 @llvm.umax.i64(i64 %630, i64 %620)
  %633 = select i1 %629, i64 %632, i64 %630
  store i64 %633, i64* %lowEnd, align 8
  %634 = call i64 @llvm.umax.i64(i64 %631, i64 %620)
  %635 = select i1 %629, i64 %631, i64 %634
  store i64 %635, i64* %highEnd, align 8
  %636 = load i64, i64* %lowStart, align 8
  %637 = call i64 @llvm.umin.i64(i64 %636, i64 %619)
  store i64 %637, i64* %lowStart, align 8
  %638 = bitcast double %618 to i64
  %639 = and i64 %638, 9223372036854775807
  %640 = icmp ugt i64 %639, 9218868437227405312
  %641 = select i1 %640, i64 9221120237041090560, i64 %638
  store i64 %641, i64* %unaligned129, align 8
  %642 = bitcast i64* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %628, i8* %642, i64 8, i1 false)
  %643 = load i32, i32* %args_out, align 4
  %644 = load double, double* %arg.1, align 8
  %645 = zext i32 %643 to i64
  %646 = add i64 %645, 8
  %647 = add i64 %646, 8
  %648 = icmp ugt i64 %647, %arena_size
  br i1 %648, label %trap17.site0, label %ok130

ok130:                                            ; preds = %ok128
  %649 = getelementptr i8, i8* %mem, i64 %646
  %650 = icmp ult i64 %646, %scratch_start
  %651 = load i64, i64* %lowEnd, align 8
  %652 = load i64, i64* %highEnd, align 8
  %653 = call i64 @llvm.umax.i64(i64 %651, i64 %647)
  %654 = select i1 %650, i64 %653, i64 %651
  store i64 %654, i64* %lowEnd, align 8
  %655 = call i64 @llvm.umax.i64(i64 %652, i64 %647)
  %656 = select i1 %650, i64 %652, i64 %655
  store i64 %656, i64* %highEnd, align 8
  %657 = load i64, i64* %lowStart, align 8
  %658 = call i64 @llvm.umin.i64(i64 %657, i64 %646)
  store i64 %658, i64* %lowStart, align 8
  %659 = bitcast double %644 to i64
  %660 = and i64 %659, 9223372036854775807
  %661 = icmp ugt i64 %660, 9218868437227405312
  %662 = select i1 %661, i64 9221120237041090560, i64 %659
  store i64 %662, i64* %unaligned131, align 8
  %663 = bitcast i64* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %649, i8* %663, i64 8, i1 false)
  %664 = load i32, i32* %args_out, align 4
  %665 = load i32, i32* %arg.2, align 4
  %666 = zext i32 %664 to i64
  %667 = add i64 %666, 16
  %668 = add i64 %667, 4
  %669 = icmp ugt i64 %668, %arena_size
  br i1 %669, label %trap17.site0, label %ok132

ok132:                                            ; preds = %ok130
  %670 = getelementptr i8, i8* %mem, i64 %667
  %671 = icmp ult i64 %667, %scratch_start
  %672 = load i64, i64* %lowEnd, align 8
  %673 = load i64, i64* %highEnd, align 8
  %674 = call i64 @llvm.umax.i64(i64 %672, i64 %668)
  %675 = select i1 %671, i64 %674, i64 %672
  store i64 %675, i64* %lowEnd, align 8
  %676 = call i64 @llvm.umax.i64(i64 %673, i64 %668)
  %677 = select i1 %671, i64 %673, i64 %676
  store i64 %677, i64* %highEnd, align 8
  %678 = load i64, i64* %lowStart, align 8
  %679 = call i64 @llvm.umin.i64(i64 %678, i64 %667)
  store i64 %679, i64* %lowStart, align 8
  store i32 %665, i32* %unaligned133, align 4
  %680 = bitcast i32* %unaligned133 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %670, i8* %680, i64 4, i1 false)
  %681 = load i32, i32* %args_out, align 4
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
  ret i32 %681
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
  %unaligned = alloca i64, align 8
  %unaligned4 = alloca i64, align 8
  %unaligned6 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %unaligned10 = alloca i64, align 8
  %unaligned12 = alloca i64, align 8
  %unaligned14 = alloca i64, align 8
  %unaligned17 = alloca i64, align 8
  %result18 = alloca double, align 8
  %unaligned22 = alloca i64, align 8
  %unaligned24 = alloca i64, align 8
  %unaligned28 = alloca i64, align 8
  %result29 = alloca i32, align 4
  %unaligned36 = alloca i64, align 8
  %unaligned38 = alloca i64, align 8
  %unaligned40 = alloca i64, align 8
  %unaligned42 = alloca i64, align 8
  %unaligned44 = alloca i32, align 4
  %unaligned46 = alloca i32, align 4
  %result47 = alloca i32, align 4
  %result48 = alloca double, align 8
  %result49 = alloca double, align 8
  %result50 = alloca double, align 8
  %unaligned57 = alloca i64, align 8
  %unaligned59 = alloca i64, align 8
  %unaligned61 = alloca i64, align 8
  %unaligned63 = alloca i64, align 8
  %unaligned65 = alloca i32, align 4
  %unaligned67 = alloca i32, align 4
  %unaligned69 = alloca i64, align 8
  %result70 = alloca double, align 8
  %unaligned72 = alloca i32, align 4
  %unaligned75 = alloca i64, align 8
  %unaligned78 = alloca i64, align 8
  %result79 = alloca double, align 8
  %unaligned81 = alloca i32, align 4
  %unaligned85 = alloca i64, align 8
  %result87 = alloca i64, align 8
  %unaligned89 = alloca i32, align 4
  %unaligned92 = alloca i64, align 8
  %result93 = alloca double, align 8
  %unaligned95 = alloca i32, align 4
  %unaligned101 = alloca i32, align 4
  %unaligned105 = alloca i64, align 8
  %unaligned111 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %each64, %each57, %each52, %body
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
  %52 = add i64 %51, 8
  %53 = icmp ugt i64 %52, %arena_size
  br i1 %53, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok121, %ok112, %ok25, %ok19, %ok1
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
  %61 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %61, i8* %60, i64 8, i1 false)
  %62 = load i64, i64* %unaligned, align 8
  %63 = bitcast i64 %62 to double
  store double %63, double* %x, align 8
  %64 = load i32, i32* %args, align 4
  %65 = zext i32 %64 to i64
  %66 = add i64 %65, 8
  %67 = add i64 %66, 8
  %68 = icmp ugt i64 %67, %arena_size
  br i1 %68, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %e61, %cont103, %join98, %ok91, %ok90, %e54, %cont83, %ok77, %e49, %cont, %ok68, %ok66, %e30, %ok62, %ok60, %ok58, %ok56, %ok55, %e21, %ok41, %ok39, %ok37, %ok35, %ok34, %stack_ok26, %ok21, %e13, %ok15, %ok11, %ok9, %ok8, %ok3, %ok2, %stack_ok
  %69 = load i64, i64* %lowStart, align 8
  %70 = getelementptr i64, i64* %regs, i64 6
  store i64 %69, i64* %70, align 8
  %71 = load i64, i64* %lowEnd, align 8
  %72 = getelementptr i64, i64* %regs, i64 7
  store i64 %71, i64* %72, align 8
  %73 = load i64, i64* %highEnd, align 8
  %74 = getelementptr i64, i64* %regs, i64 8
  store i64 %73, i64* %74, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %75 = getelementptr i8, i8* %mem, i64 %66
  %76 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %76, i8* %75, i64 8, i1 false)
  %77 = load i64, i64* %unaligned4, align 8
  %78 = bitcast i64 %77 to double
  store double %78, double* %y, align 8
  %79 = load i32, i32* %args, align 4
  %80 = zext i32 %79 to i64
  %81 = add i64 %80, 16
  %82 = add i64 %81, 4
  %83 = icmp ugt i64 %82, %arena_size
  br i1 %83, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %84 = getelementptr i8, i8* %mem, i64 %81
  %85 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %85, i8* %84, i64 4, i1 false)
  %86 = load i32, i32* %unaligned6, align 4
  store i32 %86, i32* %xs, align 4
  %87 = getelementptr i64, i64* %regs, i64 1
  %88 = getelementptr i64, i64* %regs, i64 2
  %89 = load i64, i64* %87, align 8
  %90 = add i64 %89, 7
  %91 = and i64 %90, -8
  %92 = add i64 %91, 96
  %93 = load i64, i64* %88, align 8
  %94 = icmp ugt i64 %92, %93
  br i1 %94, label %trap15.site5, label %ok8

e0:                                               ; preds = %ok110
  %95 = load i32, i32* %result7, align 4
  store i32 %95, i32* %result, align 4
  %96 = load i32, i32* %result, align 4
  store i32 %96, i32* %result.1, align 4
  %97 = getelementptr i64, i64* %regs, i64 3
  %98 = load i64, i64* %97, align 8
  %99 = trunc i64 %98 to i32
  store i32 %99, i32* %json_start, align 4
  %100 = load i32, i32* %result.1, align 4
  %101 = load i32, i32* %json_start, align 4
  %102 = icmp uge i32 %depth, 1000
  br i1 %102, label %trap15.site0, label %ok112

ok8:                                              ; preds = %ok5
  store i64 %92, i64* %87, align 8
  %103 = trunc i64 %91 to i32
  store i32 %103, i32* %dict, align 4
  %104 = load double, double* %x, align 8
  %105 = load double, double* %y, align 8
  %106 = fadd double %104, %105
  store double %106, double* %sum, align 8
  %107 = load i32, i32* %dict, align 4
  %108 = load double, double* %sum, align 8
  %109 = zext i32 %107 to i64
  %110 = add i64 %109, 8
  %111 = icmp ugt i64 %110, %arena_size
  br i1 %111, label %trap17.site0, label %ok9

trap15.site5:                                     ; preds = %join125, %ok5
  %112 = load i64, i64* %lowStart, align 8
  %113 = getelementptr i64, i64* %regs, i64 6
  store i64 %112, i64* %113, align 8
  %114 = load i64, i64* %lowEnd, align 8
  %115 = getelementptr i64, i64* %regs, i64 7
  store i64 %114, i64* %115, align 8
  %116 = load i64, i64* %highEnd, align 8
  %117 = getelementptr i64, i64* %regs, i64 8
  store i64 %116, i64* %117, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

ok9:                                              ; preds = %ok8
  %118 = getelementptr i8, i8* %mem, i64 %109
  %119 = icmp ult i64 %109, %scratch_start
  %120 = load i64, i64* %lowEnd, align 8
  %121 = load i64, i64* %highEnd, align 8
  %122 = call i64 @llvm.umax.i64(i64 %120, i64 %110)
  %123 = select i1 %119, i64 %122, i64 %120
  store i64 %123, i64* %lowEnd, align 8
  %124 = call i64 @llvm.umax.i64(i64 %121, i64 %110)
  %125 = select i1 %119, i64 %121, i64 %124
  store i64 %125, i64* %highEnd, align 8
  %126 = load i64, i64* %lowStart, align 8
  %127 = call i64 @llvm.umin.i64(i64 %126, i64 %109)
  store i64 %127, i64* %lowStart, align 8
  %128 = bitcast double %108 to i64
  %129 = and i64 %128, 9223372036854775807
  %130 = icmp ugt i64 %129, 9218868437227405312
  %131 = select i1 %130, i64 9221120237041090560, i64 %128
  store i64 %131, i64* %unaligned10, align 8
  %132 = bitcast i64* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %118, i8* %132, i64 8, i1 false)
  %133 = load double, double* %x, align 8
  %134 = load double, double* %y, align 8
  %135 = fsub double %133, %134
  store double %135, double* %diff, align 8
  %136 = load i32, i32* %dict, align 4
  %137 = load double, double* %diff, align 8
  %138 = zext i32 %136 to i64
  %139 = add i64 %138, 8
  %140 = add i64 %139, 8
  %141 = icmp ugt i64 %140, %arena_size
  br i1 %141, label %trap17.site0, label %ok11

ok11:                                             ; preds = %ok9
  %142 = getelementptr i8, i8* %mem, i64 %139
  %143 = icmp ult i64 %139, %scratch_start
  %144 = load i64, i64* %lowEnd, align 8
  %145 = load i64, i64* %highEnd, align 8
  %146 = call i64 @llvm.umax.i64(i64 %144, i64 %140)
  %147 = select i1 %143, i64 %146, i64 %144
  store i64 %147, i64* %lowEnd, align 8
  %148 = call i64 @llvm.umax.i64(i64 %145, i64 %140)
  %149 = select i1 %143, i64 %145, i64 %148
  store i64 %149, i64* %highEnd, align 8
  %150 = load i64, i64* %lowStart, align 8
  %151 = call i64 @llvm.umin.i64(i64 %150, i64 %139)
  store i64 %151, i64* %lowStart, align 8
  %152 = bitcast double %137 to i64
  %153 = and i64 %152, 9223372036854775807
  %154 = icmp ugt i64 %153, 9218868437227405312
  %155 = select i1 %154, i64 9221120237041090560, i64 %152
  store i64 %155, i64* %unaligned12, align 8
  %156 = bitcast i64* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %142, i8* %156, i64 8, i1 false)
  %157 = load double, double* %x, align 8
  %158 = load double, double* %y, align 8
  %159 = fmul double %157, %158
  store double %159, double* %prod, align 8
  %160 = load i32, i32* %dict, align 4
  %161 = load double, double* %prod, align 8
  %162 = zext i32 %160 to i64
  %163 = add i64 %162, 16
  %164 = add i64 %163, 8
  %165 = icmp ugt i64 %164, %arena_size
  br i1 %165, label %trap17.site0, label %ok13

ok13:                                             ; preds = %ok11
  %166 = getelementptr i8, i8* %mem, i64 %163
  %167 = icmp ult i64 %163, %scratch_start
  %168 = load i64, i64* %lowEnd, align 8
  %169 = load i64, i64* %highEnd, align 8
  %170 = call i64 @llvm.umax.i64(i64 %168, i64 %164)
  %171 = select i1 %167, i64 %170, i64 %168
  store i64 %171, i64* %lowEnd, align 8
  %172 = call i64 @llvm.umax.i64(i64 %169, i64 %164)
  %173 = select i1 %167, i64 %169, i64 %172
  store i64 %173, i64* %highEnd, align 8
  %174 = load i64, i64* %lowStart, align 8
  %175 = call i64 @llvm.umin.i64(i64 %174, i64 %163)
  store i64 %175, i64* %lowStart, align 8
  %176 = bitcast double %161 to i64
  %177 = and i64 %176, 9223372036854775807
  %178 = icmp ugt i64 %177, 9218868437227405312
  %179 = select i1 %178, i64 9221120237041090560, i64 %176
  store i64 %179, i64* %unaligned14, align 8
  %180 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %166, i8* %180, i64 8, i1 false)
  %181 = load double, double* %x, align 8
  %182 = load double, double* %y, align 8
  %183 = fcmp oeq double %182, 0.000000e+00
  br i1 %183, label %trap1.site9, label %ok15

ok15:                                             ; preds = %ok13
  %184 = fdiv double %181, %182
  store double %184, double* %quot, align 8
  %185 = load i32, i32* %dict, align 4
  %186 = load double, double* %quot, align 8
  %187 = zext i32 %185 to i64
  %188 = add i64 %187, 24
  %189 = add i64 %188, 8
  %190 = icmp ugt i64 %189, %arena_size
  br i1 %190, label %trap17.site0, label %ok16

trap1.site9:                                      ; preds = %ok13
  %191 = load i64, i64* %lowStart, align 8
  %192 = getelementptr i64, i64* %regs, i64 6
  store i64 %191, i64* %192, align 8
  %193 = load i64, i64* %lowEnd, align 8
  %194 = getelementptr i64, i64* %regs, i64 7
  store i64 %193, i64* %194, align 8
  %195 = load i64, i64* %highEnd, align 8
  %196 = getelementptr i64, i64* %regs, i64 8
  store i64 %195, i64* %196, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok16:                                             ; preds = %ok15
  %197 = getelementptr i8, i8* %mem, i64 %188
  %198 = icmp ult i64 %188, %scratch_start
  %199 = load i64, i64* %lowEnd, align 8
  %200 = load i64, i64* %highEnd, align 8
  %201 = call i64 @llvm.umax.i64(i64 %199, i64 %189)
  %202 = select i1 %198, i64 %201, i64 %199
  store i64 %202, i64* %lowEnd, align 8
  %203 = call i64 @llvm.umax.i64(i64 %200, i64 %189)
  %204 = select i1 %198, i64 %200, i64 %203
  store i64 %204, i64* %highEnd, align 8
  %205 = load i64, i64* %lowStart, align 8
  %206 = call i64 @llvm.umin.i64(i64 %205, i64 %188)
  store i64 %206, i64* %lowStart, align 8
  %207 = bitcast double %186 to i64
  %208 = and i64 %207, 9223372036854775807
  %209 = icmp ugt i64 %208, 9218868437227405312
  %210 = select i1 %209, i64 9221120237041090560, i64 %207
  store i64 %210, i64* %unaligned17, align 8
  %211 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %197, i8* %211, i64 8, i1 false)
  %212 = load double, double* %x, align 8
  store double %212, double* %x.1, align 8
  %213 = load double, double* %y, align 8
  store double %213, double* %y.1, align 8
  %214 = load double, double* %y.1, align 8
  %215 = fcmp oeq double %214, 0.000000e+00
  %216 = zext i1 %215 to i32
  %217 = icmp ne i32 %216, 0
  br i1 %217, label %then, label %else

e13:                                              ; preds = %stack_ok20
  %218 = load double, double* %result18, align 8
  store double %218, double* %rem, align 8
  %219 = load i32, i32* %dict, align 4
  %220 = load double, double* %rem, align 8
  %221 = zext i32 %219 to i64
  %222 = add i64 %221, 32
  %223 = add i64 %222, 8
  %224 = icmp ugt i64 %223, %arena_size
  br i1 %224, label %trap17.site0, label %ok21

then:                                             ; preds = %ok16
  br label %trap1.site10

else:                                             ; preds = %ok16
  br label %join

join:                                             ; preds = %else, %dead
  %225 = load double, double* %x.1, align 8
  %226 = load double, double* %y.1, align 8
  %227 = icmp uge i32 %depth, 1000
  br i1 %227, label %trap15.site10, label %ok19

trap1.site10:                                     ; preds = %then
  %228 = load i64, i64* %lowStart, align 8
  %229 = getelementptr i64, i64* %regs, i64 6
  store i64 %228, i64* %229, align 8
  %230 = load i64, i64* %lowEnd, align 8
  %231 = getelementptr i64, i64* %regs, i64 7
  store i64 %230, i64* %231, align 8
  %232 = load i64, i64* %highEnd, align 8
  %233 = getelementptr i64, i64* %regs, i64 8
  store i64 %232, i64* %233, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok19:                                             ; preds = %join
  %234 = getelementptr i64, i64* %regs, i64 10
  %235 = load i64, i64* %234, align 8
  %236 = icmp ult i64 %10, %235
  br i1 %236, label %trap253.site0, label %stack_ok20

trap15.site10:                                    ; preds = %join
  %237 = load i64, i64* %lowStart, align 8
  %238 = getelementptr i64, i64* %regs, i64 6
  store i64 %237, i64* %238, align 8
  %239 = load i64, i64* %lowEnd, align 8
  %240 = getelementptr i64, i64* %regs, i64 7
  store i64 %239, i64* %240, align 8
  %241 = load i64, i64* %highEnd, align 8
  %242 = getelementptr i64, i64* %regs, i64 8
  store i64 %241, i64* %242, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok20:                                       ; preds = %ok19
  %243 = load i64, i64* %fuel, align 8
  %244 = getelementptr i64, i64* %regs, i64 0
  store i64 %243, i64* %244, align 8
  %245 = load i64, i64* %lowStart, align 8
  %246 = getelementptr i64, i64* %regs, i64 6
  store i64 %245, i64* %246, align 8
  %247 = load i64, i64* %lowEnd, align 8
  %248 = getelementptr i64, i64* %regs, i64 7
  store i64 %247, i64* %248, align 8
  %249 = load i64, i64* %highEnd, align 8
  %250 = getelementptr i64, i64* %regs, i64 8
  store i64 %249, i64* %250, align 8
  %251 = add i32 %depth, 1
  %252 = call double @m0.rt.fmod(i64* %regs, i8* %mem, i32 %251, double %225, double %226)
  %253 = getelementptr i64, i64* %regs, i64 0
  %254 = load i64, i64* %253, align 8
  store i64 %254, i64* %fuel, align 8
  %255 = getelementptr i64, i64* %regs, i64 6
  %256 = load i64, i64* %255, align 8
  store i64 %256, i64* %lowStart, align 8
  %257 = getelementptr i64, i64* %regs, i64 7
  %258 = load i64, i64* %257, align 8
  store i64 %258, i64* %lowEnd, align 8
  %259 = getelementptr i64, i64* %regs, i64 8
  %260 = load i64, i64* %259, align 8
  store i64 %260, i64* %highEnd, align 8
  store double %252, double* %result18, align 8
  br label %e13

ok21:                                             ; preds = %e13
  %261 = getelementptr i8, i8* %mem, i64 %222
  %262 = icmp ult i64 %222, %scratch_start
  %263 = load i64, i64* %lowEnd, align 8
  %264 = load i64, i64* %highEnd, align 8
  %265 = call i64 @llvm.umax.i64(i64 %263, i64 %223)
  %266 = select i1 %262, i64 %265, i64 %263
  store i64 %266, i64* %lowEnd, align 8
  %267 = call i64 @llvm.umax.i64(i64 %264, i64 %223)
  %268 = select i1 %262, i64 %264, i64 %267
  store i64 %268, i64* %highEnd, align 8
  %269 = load i64, i64* %lowStart, align 8
  %270 = call i64 @llvm.umin.i64(i64 %269, i64 %222)
  store i64 %270, i64* %lowStart, align 8
  %271 = bitcast double %220 to i64
  %272 = and i64 %271, 9223372036854775807
  %273 = icmp ugt i64 %272, 9218868437227405312
  %274 = select i1 %273, i64 9221120237041090560, i64 %271
  store i64 %274, i64* %unaligned22, align 8
  %275 = bitcast i64* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %261, i8* %275, i64 8, i1 false)
  %276 = load double, double* %x, align 8
  %277 = call double @llvm.sqrt.f64(double %276)
  store double %277, double* %root, align 8
  %278 = load i32, i32* %dict, align 4
  %279 = load double, double* %root, align 8
  %280 = zext i32 %278 to i64
  %281 = add i64 %280, 40
  %282 = add i64 %281, 8
  %283 = icmp ugt i64 %282, %arena_size
  br i1 %283, label %trap17.site0, label %ok23

ok23:                                             ; preds = %ok21
  %284 = getelementptr i8, i8* %mem, i64 %281
  %285 = icmp ult i64 %281, %scratch_start
  %286 = load i64, i64* %lowEnd, align 8
  %287 = load i64, i64* %highEnd, align 8
  %288 = call i64 @llvm.umax.i64(i64 %286, i64 %282)
  %289 = select i1 %285, i64 %288, i64 %286
  store i64 %289, i64* %lowEnd, align 8
  %290 = call i64 @llvm.umax.i64(i64 %287, i64 %282)
  %291 = select i1 %285, i64 %287, i64 %290
  store i64 %291, i64* %highEnd, align 8
  %292 = load i64, i64* %lowStart, align 8
  %293 = call i64 @llvm.umin.i64(i64 %292, i64 %281)
  store i64 %293, i64* %lowStart, align 8
  %294 = bitcast double %279 to i64
  %295 = and i64 %294, 9223372036854775807
  %296 = icmp ugt i64 %295, 9218868437227405312
  %297 = select i1 %296, i64 9221120237041090560, i64 %294
  store i64 %297, i64* %unaligned24, align 8
  %298 = bitcast i64* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %284, i8* %298, i64 8, i1 false)
  %299 = load double, double* %x, align 8
  %300 = icmp uge i32 %depth, 1000
  br i1 %300, label %trap15.site12, label %ok25

ok25:                                             ; preds = %ok23
  %301 = getelementptr i64, i64* %regs, i64 10
  %302 = load i64, i64* %301, align 8
  %303 = icmp ult i64 %10, %302
  br i1 %303, label %trap253.site0, label %stack_ok26

trap15.site12:                                    ; preds = %ok23
  %304 = load i64, i64* %lowStart, align 8
  %305 = getelementptr i64, i64* %regs, i64 6
  store i64 %304, i64* %305, align 8
  %306 = load i64, i64* %lowEnd, align 8
  %307 = getelementptr i64, i64* %regs, i64 7
  store i64 %306, i64* %307, align 8
  %308 = load i64, i64* %highEnd, align 8
  %309 = getelementptr i64, i64* %regs, i64 8
  store i64 %308, i64* %309, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok26:                                       ; preds = %ok25
  %310 = load i64, i64* %fuel, align 8
  %311 = getelementptr i64, i64* %regs, i64 0
  store i64 %310, i64* %311, align 8
  %312 = load i64, i64* %lowStart, align 8
  %313 = getelementptr i64, i64* %regs, i64 6
  store i64 %312, i64* %313, align 8
  %314 = load i64, i64* %lowEnd, align 8
  %315 = getelementptr i64, i64* %regs, i64 7
  store i64 %314, i64* %315, align 8
  %316 = load i64, i64* %highEnd, align 8
  %317 = getelementptr i64, i64* %regs, i64 8
  store i64 %316, i64* %317, align 8
  %318 = add i32 %depth, 1
  %319 = call double @m0.rt.pow(i64* %regs, i8* %mem, i32 %318, double %299, double 2.000000e+00)
  %320 = getelementptr i64, i64* %regs, i64 0
  %321 = load i64, i64* %320, align 8
  store i64 %321, i64* %fuel, align 8
  %322 = getelementptr i64, i64* %regs, i64 6
  %323 = load i64, i64* %322, align 8
  store i64 %323, i64* %lowStart, align 8
  %324 = getelementptr i64, i64* %regs, i64 7
  %325 = load i64, i64* %324, align 8
  store i64 %325, i64* %lowEnd, align 8
  %326 = getelementptr i64, i64* %regs, i64 8
  %327 = load i64, i64* %326, align 8
  store i64 %327, i64* %highEnd, align 8
  store double %319, double* %power, align 8
  %328 = load i32, i32* %dict, align 4
  %329 = load double, double* %power, align 8
  %330 = zext i32 %328 to i64
  %331 = add i64 %330, 48
  %332 = add i64 %331, 8
  %333 = icmp ugt i64 %332, %arena_size
  br i1 %333, label %trap17.site0, label %ok27

ok27:                                             ; preds = %stack_ok26
  %334 = getelementptr i8, i8* %mem, i64 %331
  %335 = icmp ult i64 %331, %scratch_start
  %336 = load i64, i64* %lowEnd, align 8
  %337 = load i64, i64* %highEnd, align 8
  %338 = call i64 @llvm.umax.i64(i64 %336, i64 %332)
  %339 = select i1 %335, i64 %338, i64 %336
  store i64 %339, i64* %lowEnd, align 8
  %340 = call i64 @llvm.umax.i64(i64 %337, i64 %332)
  %341 = select i1 %335, i64 %337, i64 %340
  store i64 %341, i64* %highEnd, align 8
  %342 = load i64, i64* %lowStart, align 8
  %343 = call i64 @llvm.umin.i64(i64 %342, i64 %331)
  store i64 %343, i64* %lowStart, align 8
  %344 = bitcast double %329 to i64
  %345 = and i64 %344, 9223372036854775807
  %346 = icmp ugt i64 %345, 9218868437227405312
  %347 = select i1 %346, i64 9221120237041090560, i64 %344
  store i64 %347, i64* %unaligned28, align 8
  %348 = bitcast i64* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %334, i8* %348, i64 8, i1 false)
  %349 = load double, double* %x, align 8
  %350 = call double @llvm.floor.f64(double %349)
  %351 = call i64 @llvm.fptosi.sat.i64.f64(double %350)
  store i64 %351, i64* %item, align 8
  %352 = load double, double* %x, align 8
  %353 = call double @llvm.ceil.f64(double %352)
  %354 = call i64 @llvm.fptosi.sat.i64.f64(double %353)
  store i64 %354, i64* %item.1, align 8
  %355 = load double, double* %x, align 8
  %356 = call double @llvm.roundeven.f64(double %355)
  %357 = call i64 @llvm.fptosi.sat.i64.f64(double %356)
  store i64 %357, i64* %item.2, align 8
  store i64 -2, i64* %item.3, align 8
  store i64 40, i64* %size, align 8
  %358 = load i64, i64* %size, align 8
  %359 = icmp ugt i64 %358, 2147483647
  %360 = zext i1 %359 to i32
  %361 = icmp ne i32 %360, 0
  br i1 %361, label %then30, label %else31

e21:                                              ; preds = %ok43
  %362 = load i32, i32* %result29, align 4
  store i32 %362, i32* %rounded, align 4
  %363 = load i32, i32* %dict, align 4
  %364 = load i32, i32* %rounded, align 4
  %365 = zext i32 %363 to i64
  %366 = add i64 %365, 56
  %367 = add i64 %366, 4
  %368 = icmp ugt i64 %367, %arena_size
  br i1 %368, label %trap17.site0, label %ok45

then30:                                           ; preds = %ok27
  br label %trap15.site13

else31:                                           ; preds = %ok27
  br label %join32

join32:                                           ; preds = %else31, %dead33
  %369 = load i64, i64* %size, align 8
  %370 = trunc i64 %369 to i32
  %371 = zext i32 %370 to i64
  %372 = getelementptr i64, i64* %regs, i64 1
  %373 = getelementptr i64, i64* %regs, i64 2
  %374 = load i64, i64* %372, align 8
  %375 = add i64 %374, 7
  %376 = and i64 %375, -8
  %377 = add i64 %376, %371
  %378 = load i64, i64* %373, align 8
  %379 = icmp ugt i64 %377, %378
  br i1 %379, label %trap15.site13, label %ok34

trap15.site13:                                    ; preds = %join32, %then30
  %380 = load i64, i64* %lowStart, align 8
  %381 = getelementptr i64, i64* %regs, i64 6
  store i64 %380, i64* %381, align 8
  %382 = load i64, i64* %lowEnd, align 8
  %383 = getelementptr i64, i64* %regs, i64 7
  store i64 %382, i64* %383, align 8
  %384 = load i64, i64* %highEnd, align 8
  %385 = getelementptr i64, i64* %regs, i64 8
  store i64 %384, i64* %385, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead33:                                           ; No predecessors!
  br label %join32

ok34:                                             ; preds = %join32
  store i64 %377, i64* %372, align 8
  %386 = trunc i64 %376 to i32
  store i32 %386, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %387 = load i32, i32* %list, align 4
  %388 = add i32 %387, 8
  %389 = load i32, i32* %len, align 4
  %390 = mul i32 %389, 8
  %391 = add i32 %388, %390
  %392 = load i64, i64* %item, align 8
  %393 = zext i32 %391 to i64
  %394 = add i64 %393, 8
  %395 = icmp ugt i64 %394, %arena_size
  br i1 %395, label %trap17.site0, label %ok35

ok35:                                             ; preds = %ok34
  %396 = getelementptr i8, i8* %mem, i64 %393
  %397 = icmp ult i64 %393, %scratch_start
  %398 = load i64, i64* %lowEnd, align 8
  %399 = load i64, i64* %highEnd, align 8
  %400 = call i64 @llvm.umax.i64(i64 %398, i64 %394)
  %401 = select i1 %397, i64 %400, i64 %398
  store i64 %401, i64* %lowEnd, align 8
  %402 = call i64 @llvm.umax.i64(i64 %399, i64 %394)
  %403 = select i1 %397, i64 %399, i64 %402
  store i64 %403, i64* %highEnd, align 8
  %404 = load i64, i64* %lowStart, align 8
  %405 = call i64 @llvm.umin.i64(i64 %404, i64 %393)
  store i64 %405, i64* %lowStart, align 8
  store i64 %392, i64* %unaligned36, align 8
  %406 = bitcast i64* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %396, i8* %406, i64 8, i1 false)
  %407 = load i32, i32* %len, align 4
  %408 = add i32 %407, 1
  store i32 %408, i32* %len, align 4
  %409 = load i32, i32* %list, align 4
  %410 = add i32 %409, 8
  %411 = load i32, i32* %len, align 4
  %412 = mul i32 %411, 8
  %413 = add i32 %410, %412
  %414 = load i64, i64* %item.1, align 8
  %415 = zext i32 %413 to i64
  %416 = add i64 %415, 8
  %417 = icmp ugt i64 %416, %arena_size
  br i1 %417, label %trap17.site0, label %ok37

ok37:                                             ; preds = %ok35
  %418 = getelementptr i8, i8* %mem, i64 %415
  %419 = icmp ult i64 %415, %scratch_start
  %420 = load i64, i64* %lowEnd, align 8
  %421 = load i64, i64* %highEnd, align 8
  %422 = call i64 @llvm.umax.i64(i64 %420, i64 %416)
  %423 = select i1 %419, i64 %422, i64 %420
  store i64 %423, i64* %lowEnd, align 8
  %424 = call i64 @llvm.umax.i64(i64 %421, i64 %416)
  %425 = select i1 %419, i64 %421, i64 %424
  store i64 %425, i64* %highEnd, align 8
  %426 = load i64, i64* %lowStart, align 8
  %427 = call i64 @llvm.umin.i64(i64 %426, i64 %415)
  store i64 %427, i64* %lowStart, align 8
  store i64 %414, i64* %unaligned38, align 8
  %428 = bitcast i64* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %418, i8* %428, i64 8, i1 false)
  %429 = load i32, i32* %len, align 4
  %430 = add i32 %429, 1
  store i32 %430, i32* %len, align 4
  %431 = load i32, i32* %list, align 4
  %432 = add i32 %431, 8
  %433 = load i32, i32* %len, align 4
  %434 = mul i32 %433, 8
  %435 = add i32 %432, %434
  %436 = load i64, i64* %item.2, align 8
  %437 = zext i32 %435 to i64
  %438 = add i64 %437, 8
  %439 = icmp ugt i64 %438, %arena_size
  br i1 %439, label %trap17.site0, label %ok39

ok39:                                             ; preds = %ok37
  %440 = getelementptr i8, i8* %mem, i64 %437
  %441 = icmp ult i64 %437, %scratch_start
  %442 = load i64, i64* %lowEnd, align 8
  %443 = load i64, i64* %highEnd, align 8
  %444 = call i64 @llvm.umax.i64(i64 %442, i64 %438)
  %445 = select i1 %441, i64 %444, i64 %442
  store i64 %445, i64* %lowEnd, align 8
  %446 = call i64 @llvm.umax.i64(i64 %443, i64 %438)
  %447 = select i1 %441, i64 %443, i64 %446
  store i64 %447, i64* %highEnd, align 8
  %448 = load i64, i64* %lowStart, align 8
  %449 = call i64 @llvm.umin.i64(i64 %448, i64 %437)
  store i64 %449, i64* %lowStart, align 8
  store i64 %436, i64* %unaligned40, align 8
  %450 = bitcast i64* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %440, i8* %450, i64 8, i1 false)
  %451 = load i32, i32* %len, align 4
  %452 = add i32 %451, 1
  store i32 %452, i32* %len, align 4
  %453 = load i32, i32* %list, align 4
  %454 = add i32 %453, 8
  %455 = load i32, i32* %len, align 4
  %456 = mul i32 %455, 8
  %457 = add i32 %454, %456
  %458 = load i64, i64* %item.3, align 8
  %459 = zext i32 %457 to i64
  %460 = add i64 %459, 8
  %461 = icmp ugt i64 %460, %arena_size
  br i1 %461, label %trap17.site0, label %ok41

ok41:                                             ; preds = %ok39
  %462 = getelementptr i8, i8* %mem, i64 %459
  %463 = icmp ult i64 %459, %scratch_start
  %464 = load i64, i64* %lowEnd, align 8
  %465 = load i64, i64* %highEnd, align 8
  %466 = call i64 @llvm.umax.i64(i64 %464, i64 %460)
  %467 = select i1 %463, i64 %466, i64 %464
  store i64 %467, i64* %lowEnd, align 8
  %468 = call i64 @llvm.umax.i64(i64 %465, i64 %460)
  %469 = select i1 %463, i64 %465, i64 %468
  store i64 %469, i64* %highEnd, align 8
  %470 = load i64, i64* %lowStart, align 8
  %471 = call i64 @llvm.umin.i64(i64 %470, i64 %459)
  store i64 %471, i64* %lowStart, align 8
  store i64 %458, i64* %unaligned42, align 8
  %472 = bitcast i64* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %462, i8* %472, i64 8, i1 false)
  %473 = load i32, i32* %len, align 4
  %474 = add i32 %473, 1
  store i32 %474, i32* %len, align 4
  %475 = load i32, i32* %list, align 4
  %476 = load i32, i32* %len, align 4
  %477 = zext i32 %475 to i64
  %478 = add i64 %477, 4
  %479 = icmp ugt i64 %478, %arena_size
  br i1 %479, label %trap17.site0, label %ok43

ok43:                                             ; preds = %ok41
  %480 = getelementptr i8, i8* %mem, i64 %477
  %481 = icmp ult i64 %477, %scratch_start
  %482 = load i64, i64* %lowEnd, align 8
  %483 = load i64, i64* %highEnd, align 8
  %484 = call i64 @llvm.umax.i64(i64 %482, i64 %478)
  %485 = select i1 %481, i64 %484, i64 %482
  store i64 %485, i64* %lowEnd, align 8
  %486 = call i64 @llvm.umax.i64(i64 %483, i64 %478)
  %487 = select i1 %481, i64 %483, i64 %486
  store i64 %487, i64* %highEnd, align 8
  %488 = load i64, i64* %lowStart, align 8
  %489 = call i64 @llvm.umin.i64(i64 %488, i64 %477)
  store i64 %489, i64* %lowStart, align 8
  store i32 %476, i32* %unaligned44, align 4
  %490 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %480, i8* %490, i64 4, i1 false)
  %491 = load i32, i32* %list, align 4
  store i32 %491, i32* %result29, align 4
  br label %e21

ok45:                                             ; preds = %e21
  %492 = getelementptr i8, i8* %mem, i64 %366
  %493 = icmp ult i64 %366, %scratch_start
  %494 = load i64, i64* %lowEnd, align 8
  %495 = load i64, i64* %highEnd, align 8
  %496 = call i64 @llvm.umax.i64(i64 %494, i64 %367)
  %497 = select i1 %493, i64 %496, i64 %494
  store i64 %497, i64* %lowEnd, align 8
  %498 = call i64 @llvm.umax.i64(i64 %495, i64 %367)
  %499 = select i1 %493, i64 %495, i64 %498
  store i64 %499, i64* %highEnd, align 8
  %500 = load i64, i64* %lowStart, align 8
  %501 = call i64 @llvm.umin.i64(i64 %500, i64 %366)
  store i64 %501, i64* %lowStart, align 8
  store i32 %364, i32* %unaligned46, align 4
  %502 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %492, i8* %502, i64 4, i1 false)
  %503 = load double, double* %x, align 8
  store double %503, double* %a, align 8
  %504 = load double, double* %y, align 8
  store double %504, double* %b, align 8
  %505 = load double, double* %a, align 8
  %506 = load double, double* %b, align 8
  %507 = load double, double* %a, align 8
  %508 = load double, double* %b, align 8
  %509 = fcmp olt double %507, %508
  %510 = zext i1 %509 to i32
  %511 = icmp ne i32 %510, 0
  %512 = select i1 %511, double %505, double %506
  store double %512, double* %result48, align 8
  br label %e31

e30:                                              ; preds = %ok64
  %513 = load i32, i32* %result47, align 4
  store i32 %513, i32* %bounds, align 4
  %514 = load i32, i32* %dict, align 4
  %515 = load i32, i32* %bounds, align 4
  %516 = zext i32 %514 to i64
  %517 = add i64 %516, 60
  %518 = add i64 %517, 4
  %519 = icmp ugt i64 %518, %arena_size
  br i1 %519, label %trap17.site0, label %ok66

e31:                                              ; preds = %ok45
  %520 = load double, double* %result48, align 8
  store double %520, double* %item.4, align 8
  %521 = load double, double* %x, align 8
  store double %521, double* %a.1, align 8
  %522 = load double, double* %y, align 8
  store double %522, double* %b.1, align 8
  %523 = load double, double* %a.1, align 8
  %524 = load double, double* %b.1, align 8
  %525 = load double, double* %a.1, align 8
  %526 = load double, double* %b.1, align 8
  %527 = fcmp ogt double %525, %526
  %528 = zext i1 %527 to i32
  %529 = icmp ne i32 %528, 0
  %530 = select i1 %529, double %523, double %524
  store double %530, double* %result49, align 8
  br label %e34

e34:                                              ; preds = %e31
  %531 = load double, double* %result49, align 8
  store double %531, double* %item.5, align 8
  %532 = load double, double* %x, align 8
  store double %532, double* %v, align 8
  store double 0.000000e+00, double* %lo, align 8
  store double 1.000000e+00, double* %hi, align 8
  %533 = load double, double* %lo, align 8
  %534 = load double, double* %hi, align 8
  %535 = load double, double* %v, align 8
  %536 = load double, double* %v, align 8
  %537 = load double, double* %hi, align 8
  %538 = fcmp ogt double %536, %537
  %539 = zext i1 %538 to i32
  %540 = icmp ne i32 %539, 0
  %541 = select i1 %540, double %534, double %535
  %542 = load double, double* %v, align 8
  %543 = load double, double* %lo, align 8
  %544 = fcmp olt double %542, %543
  %545 = zext i1 %544 to i32
  %546 = icmp ne i32 %545, 0
  %547 = select i1 %546, double %533, double %541
  store double %547, double* %result50, align 8
  br label %e37

e37:                                              ; preds = %e34
  %548 = load double, double* %result50, align 8
  store double %548, double* %item.6, align 8
  %549 = load double, double* %y, align 8
  %550 = fneg double %549
  %551 = call double @llvm.fabs.f64(double %550)
  store double %551, double* %item.7, align 8
  store i64 40, i64* %size.1, align 8
  %552 = load i64, i64* %size.1, align 8
  %553 = icmp ugt i64 %552, 2147483647
  %554 = zext i1 %553 to i32
  %555 = icmp ne i32 %554, 0
  br i1 %555, label %then51, label %else52

then51:                                           ; preds = %e37
  br label %trap15.site18

else52:                                           ; preds = %e37
  br label %join53

join53:                                           ; preds = %else52, %dead54
  %556 = load i64, i64* %size.1, align 8
  %557 = trunc i64 %556 to i32
  %558 = zext i32 %557 to i64
  %559 = getelementptr i64, i64* %regs, i64 1
  %560 = getelementptr i64, i64* %regs, i64 2
  %561 = load i64, i64* %559, align 8
  %562 = add i64 %561, 7
  %563 = and i64 %562, -8
  %564 = add i64 %563, %558
  %565 = load i64, i64* %560, align 8
  %566 = icmp ugt i64 %564, %565
  br i1 %566, label %trap15.site18, label %ok55

trap15.site18:                                    ; preds = %join53, %then51
  %567 = load i64, i64* %lowStart, align 8
  %568 = getelementptr i64, i64* %regs, i64 6
  store i64 %567, i64* %568, align 8
  %569 = load i64, i64* %lowEnd, align 8
  %570 = getelementptr i64, i64* %regs, i64 7
  store i64 %569, i64* %570, align 8
  %571 = load i64, i64* %highEnd, align 8
  %572 = getelementptr i64, i64* %regs, i64 8
  store i64 %571, i64* %572, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead54:                                           ; No predecessors!
  br label %join53

ok55:                                             ; preds = %join53
  store i64 %564, i64* %559, align 8
  %573 = trunc i64 %563 to i32
  store i32 %573, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %574 = load i32, i32* %list.1, align 4
  %575 = add i32 %574, 8
  %576 = load i32, i32* %len.1, align 4
  %577 = mul i32 %576, 8
  %578 = add i32 %575, %577
  %579 = load double, double* %item.4, align 8
  %580 = zext i32 %578 to i64
  %581 = add i64 %580, 8
  %582 = icmp ugt i64 %581, %arena_size
  br i1 %582, label %trap17.site0, label %ok56

ok56:                                             ; preds = %ok55
  %583 = getelementptr i8, i8* %mem, i64 %580
  %584 = icmp ult i64 %580, %scratch_start
  %585 = load i64, i64* %lowEnd, align 8
  %586 = load i64, i64* %highEnd, align 8
  %587 = call i64 @llvm.umax.i64(i64 %585, i64 %581)
  %588 = select i1 %584, i64 %587, i64 %585
  store i64 %588, i64* %lowEnd, align 8
  %589 = call i64 @llvm.umax.i64(i64 %586, i64 %581)
  %590 = select i1 %584, i64 %586, i64 %589
  store i64 %590, i64* %highEnd, align 8
  %591 = load i64, i64* %lowStart, align 8
  %592 = call i64 @llvm.umin.i64(i64 %591, i64 %580)
  store i64 %592, i64* %lowStart, align 8
  %593 = bitcast double %579 to i64
  %594 = and i64 %593, 9223372036854775807
  %595 = icmp ugt i64 %594, 9218868437227405312
  %596 = select i1 %595, i64 9221120237041090560, i64 %593
  store i64 %596, i64* %unaligned57, align 8
  %597 = bitcast i64* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %583, i8* %597, i64 8, i1 false)
  %598 = load i32, i32* %len.1, align 4
  %599 = add i32 %598, 1
  store i32 %599, i32* %len.1, align 4
  %600 = load i32, i32* %list.1, align 4
  %601 = add i32 %600, 8
  %602 = load i32, i32* %len.1, align 4
  %603 = mul i32 %602, 8
  %604 = add i32 %601, %603
  %605 = load double, double* %item.5, align 8
  %606 = zext i32 %604 to i64
  %607 = add i64 %606, 8
  %608 = icmp ugt i64 %607, %arena_size
  br i1 %608, label %trap17.site0, label %ok58

ok58:                                             ; preds = %ok56
  %609 = getelementptr i8, i8* %mem, i64 %606
  %610 = icmp ult i64 %606, %scratch_start
  %611 = load i64, i64* %lowEnd, align 8
  %612 = load i64, i64* %highEnd, align 8
  %613 = call i64 @llvm.umax.i64(i64 %611, i64 %607)
  %614 = select i1 %610, i64 %613, i64 %611
  store i64 %614, i64* %lowEnd, align 8
  %615 = call i64 @llvm.umax.i64(i64 %612, i64 %607)
  %616 = select i1 %610, i64 %612, i64 %615
  store i64 %616, i64* %highEnd, align 8
  %617 = load i64, i64* %lowStart, align 8
  %618 = call i64 @llvm.umin.i64(i64 %617, i64 %606)
  store i64 %618, i64* %lowStart, align 8
  %619 = bitcast double %605 to i64
  %620 = and i64 %619, 9223372036854775807
  %621 = icmp ugt i64 %620, 9218868437227405312
  %622 = select i1 %621, i64 9221120237041090560, i64 %619
  store i64 %622, i64* %unaligned59, align 8
  %623 = bitcast i64* %unaligned59 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %609, i8* %623, i64 8, i1 false)
  %624 = load i32, i32* %len.1, align 4
  %625 = add i32 %624, 1
  store i32 %625, i32* %len.1, align 4
  %626 = load i32, i32* %list.1, align 4
  %627 = add i32 %626, 8
  %628 = load i32, i32* %len.1, align 4
  %629 = mul i32 %628, 8
  %630 = add i32 %627, %629
  %631 = load double, double* %item.6, align 8
  %632 = zext i32 %630 to i64
  %633 = add i64 %632, 8
  %634 = icmp ugt i64 %633, %arena_size
  br i1 %634, label %trap17.site0, label %ok60

ok60:                                             ; preds = %ok58
  %635 = getelementptr i8, i8* %mem, i64 %632
  %636 = icmp ult i64 %632, %scratch_start
  %637 = load i64, i64* %lowEnd, align 8
  %638 = load i64, i64* %highEnd, align 8
  %639 = call i64 @llvm.umax.i64(i64 %637, i64 %633)
  %640 = select i1 %636, i64 %639, i64 %637
  store i64 %640, i64* %lowEnd, align 8
  %641 = call i64 @llvm.umax.i64(i64 %638, i64 %633)
  %642 = select i1 %636, i64 %638, i64 %641
  store i64 %642, i64* %highEnd, align 8
  %643 = load i64, i64* %lowStart, align 8
  %644 = call i64 @llvm.umin.i64(i64 %643, i64 %632)
  store i64 %644, i64* %lowStart, align 8
  %645 = bitcast double %631 to i64
  %646 = and i64 %645, 9223372036854775807
  %647 = icmp ugt i64 %646, 9218868437227405312
  %648 = select i1 %647, i64 9221120237041090560, i64 %645
  store i64 %648, i64* %unaligned61, align 8
  %649 = bitcast i64* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %635, i8* %649, i64 8, i1 false)
  %650 = load i32, i32* %len.1, align 4
  %651 = add i32 %650, 1
  store i32 %651, i32* %len.1, align 4
  %652 = load i32, i32* %list.1, align 4
  %653 = add i32 %652, 8
  %654 = load i32, i32* %len.1, align 4
  %655 = mul i32 %654, 8
  %656 = add i32 %653, %655
  %657 = load double, double* %item.7, align 8
  %658 = zext i32 %656 to i64
  %659 = add i64 %658, 8
  %660 = icmp ugt i64 %659, %arena_size
  br i1 %660, label %trap17.site0, label %ok62

ok62:                                             ; preds = %ok60
  %661 = getelementptr i8, i8* %mem, i64 %658
  %662 = icmp ult i64 %658, %scratch_start
  %663 = load i64, i64* %lowEnd, align 8
  %664 = load i64, i64* %highEnd, align 8
  %665 = call i64 @llvm.umax.i64(i64 %663, i64 %659)
  %666 = select i1 %662, i64 %665, i64 %663
  store i64 %666, i64* %lowEnd, align 8
  %667 = call i64 @llvm.umax.i64(i64 %664, i64 %659)
  %668 = select i1 %662, i64 %664, i64 %667
  store i64 %668, i64* %highEnd, align 8
  %669 = load i64, i64* %lowStart, align 8
  %670 = call i64 @llvm.umin.i64(i64 %669, i64 %658)
  store i64 %670, i64* %lowStart, align 8
  %671 = bitcast double %657 to i64
  %672 = and i64 %671, 9223372036854775807
  %673 = icmp ugt i64 %672, 9218868437227405312
  %674 = select i1 %673, i64 9221120237041090560, i64 %671
  store i64 %674, i64* %unaligned63, align 8
  %675 = bitcast i64* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %661, i8* %675, i64 8, i1 false)
  %676 = load i32, i32* %len.1, align 4
  %677 = add i32 %676, 1
  store i32 %677, i32* %len.1, align 4
  %678 = load i32, i32* %list.1, align 4
  %679 = load i32, i32* %len.1, align 4
  %680 = zext i32 %678 to i64
  %681 = add i64 %680, 4
  %682 = icmp ugt i64 %681, %arena_size
  br i1 %682, label %trap17.site0, label %ok64

ok64:                                             ; preds = %ok62
  %683 = getelementptr i8, i8* %mem, i64 %680
  %684 = icmp ult i64 %680, %scratch_start
  %685 = load i64, i64* %lowEnd, align 8
  %686 = load i64, i64* %highEnd, align 8
  %687 = call i64 @llvm.umax.i64(i64 %685, i64 %681)
  %688 = select i1 %684, i64 %687, i64 %685
  store i64 %688, i64* %lowEnd, align 8
  %689 = call i64 @llvm.umax.i64(i64 %686, i64 %681)
  %690 = select i1 %684, i64 %686, i64 %689
  store i64 %690, i64* %highEnd, align 8
  %691 = load i64, i64* %lowStart, align 8
  %692 = call i64 @llvm.umin.i64(i64 %691, i64 %680)
  store i64 %692, i64* %lowStart, align 8
  store i32 %679, i32* %unaligned65, align 4
  %693 = bitcast i32* %unaligned65 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %683, i8* %693, i64 4, i1 false)
  %694 = load i32, i32* %list.1, align 4
  store i32 %694, i32* %result47, align 4
  br label %e30

ok66:                                             ; preds = %e30
  %695 = getelementptr i8, i8* %mem, i64 %517
  %696 = icmp ult i64 %517, %scratch_start
  %697 = load i64, i64* %lowEnd, align 8
  %698 = load i64, i64* %highEnd, align 8
  %699 = call i64 @llvm.umax.i64(i64 %697, i64 %518)
  %700 = select i1 %696, i64 %699, i64 %697
  store i64 %700, i64* %lowEnd, align 8
  %701 = call i64 @llvm.umax.i64(i64 %698, i64 %518)
  %702 = select i1 %696, i64 %698, i64 %701
  store i64 %702, i64* %highEnd, align 8
  %703 = load i64, i64* %lowStart, align 8
  %704 = call i64 @llvm.umin.i64(i64 %703, i64 %517)
  store i64 %704, i64* %lowStart, align 8
  store i32 %515, i32* %unaligned67, align 4
  %705 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %695, i8* %705, i64 4, i1 false)
  %706 = load double, double* %x, align 8
  %707 = fmul double %706, 2.000000e+00
  %708 = fadd double %707, 5.000000e-01
  store double %708, double* %mixed, align 8
  %709 = load i32, i32* %dict, align 4
  %710 = load double, double* %mixed, align 8
  %711 = zext i32 %709 to i64
  %712 = add i64 %711, 64
  %713 = add i64 %712, 8
  %714 = icmp ugt i64 %713, %arena_size
  br i1 %714, label %trap17.site0, label %ok68

ok68:                                             ; preds = %ok66
  %715 = getelementptr i8, i8* %mem, i64 %712
  %716 = icmp ult i64 %712, %scratch_start
  %717 = load i64, i64* %lowEnd, align 8
  %718 = load i64, i64* %highEnd, align 8
  %719 = call i64 @llvm.umax.i64(i64 %717, i64 %713)
  %720 = select i1 %716, i64 %719, i64 %717
  store i64 %720, i64* %lowEnd, align 8
  %721 = call i64 @llvm.umax.i64(i64 %718, i64 %713)
  %722 = select i1 %716, i64 %718, i64 %721
  store i64 %722, i64* %highEnd, align 8
  %723 = load i64, i64* %lowStart, align 8
  %724 = call i64 @llvm.umin.i64(i64 %723, i64 %712)
  store i64 %724, i64* %lowStart, align 8
  %725 = bitcast double %710 to i64
  %726 = and i64 %725, 9223372036854775807
  %727 = icmp ugt i64 %726, 9218868437227405312
  %728 = select i1 %727, i64 9221120237041090560, i64 %725
  store i64 %728, i64* %unaligned69, align 8
  %729 = bitcast i64* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %715, i8* %729, i64 8, i1 false)
  %730 = load i32, i32* %xs, align 4
  store i32 %730, i32* %xs.1, align 4
  store double 0.000000e+00, double* %sum.1, align 8
  %731 = load i32, i32* %xs.1, align 4
  %732 = zext i32 %731 to i64
  %733 = add i64 %732, 4
  %734 = icmp ugt i64 %733, %arena_size
  br i1 %734, label %trap17.site0, label %ok71

e49:                                              ; preds = %block51
  %735 = load double, double* %result70, align 8
  store double %735, double* %total, align 8
  %736 = load i32, i32* %dict, align 4
  %737 = load double, double* %total, align 8
  %738 = zext i32 %736 to i64
  %739 = add i64 %738, 72
  %740 = add i64 %739, 8
  %741 = icmp ugt i64 %740, %arena_size
  br i1 %741, label %trap17.site0, label %ok77

ok71:                                             ; preds = %ok68
  %742 = getelementptr i8, i8* %mem, i64 %732
  %743 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %743, i8* %742, i64 4, i1 false)
  %744 = load i32, i32* %unaligned72, align 4
  store i32 %744, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each52

block51:                                          ; preds = %dead76, %ok73
  %745 = load double, double* %sum.1, align 8
  store double %745, double* %result70, align 8
  br label %e49

each52:                                           ; preds = %ok74, %ok71
  %746 = load i64, i64* %fuel, align 8
  %747 = icmp ult i64 %746, 1
  br i1 %747, label %trap14.site0, label %ok73

ok73:                                             ; preds = %each52
  %748 = sub i64 %746, 1
  store i64 %748, i64* %fuel, align 8
  %749 = load i32, i32* %k, align 4
  %750 = load i32, i32* %n, align 4
  %751 = icmp uge i32 %749, %750
  %752 = zext i1 %751 to i32
  %753 = icmp ne i32 %752, 0
  br i1 %753, label %block51, label %cont

cont:                                             ; preds = %ok73
  %754 = load i32, i32* %xs.1, align 4
  %755 = load i32, i32* %k, align 4
  %756 = mul i32 %755, 8
  %757 = add i32 %754, %756
  %758 = zext i32 %757 to i64
  %759 = add i64 %758, 8
  %760 = add i64 %759, 8
  %761 = icmp ugt i64 %760, %arena_size
  br i1 %761, label %trap17.site0, label %ok74

ok74:                                             ; preds = %cont
  %762 = getelementptr i8, i8* %mem, i64 %759
  %763 = bitcast i64* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %763, i8* %762, i64 8, i1 false)
  %764 = load i64, i64* %unaligned75, align 8
  %765 = bitcast i64 %764 to double
  store double %765, double* %x.2, align 8
  %766 = load double, double* %sum.1, align 8
  %767 = load double, double* %x.2, align 8
  %768 = fadd double %766, %767
  store double %768, double* %sum.1, align 8
  %769 = load i32, i32* %k, align 4
  %770 = add i32 %769, 1
  store i32 %770, i32* %k, align 4
  br label %each52

dead76:                                           ; No predecessors!
  br label %block51

ok77:                                             ; preds = %e49
  %771 = getelementptr i8, i8* %mem, i64 %739
  %772 = icmp ult i64 %739, %scratch_start
  %773 = load i64, i64* %lowEnd, align 8
  %774 = load i64, i64* %highEnd, align 8
  %775 = call i64 @llvm.umax.i64(i64 %773, i64 %740)
  %776 = select i1 %772, i64 %775, i64 %773
  store i64 %776, i64* %lowEnd, align 8
  %777 = call i64 @llvm.umax.i64(i64 %774, i64 %740)
  %778 = select i1 %772, i64 %774, i64 %777
  store i64 %778, i64* %highEnd, align 8
  %779 = load i64, i64* %lowStart, align 8
  %780 = call i64 @llvm.umin.i64(i64 %779, i64 %739)
  store i64 %780, i64* %lowStart, align 8
  %781 = bitcast double %737 to i64
  %782 = and i64 %781, 9223372036854775807
  %783 = icmp ugt i64 %782, 9218868437227405312
  %784 = select i1 %783, i64 9221120237041090560, i64 %781
  store i64 %784, i64* %unaligned78, align 8
  %785 = bitcast i64* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %771, i8* %785, i64 8, i1 false)
  %786 = load i32, i32* %xs, align 4
  store i32 %786, i32* %xs.2, align 4
  store double 0.000000e+00, double* %sum.2, align 8
  %787 = load i32, i32* %xs.2, align 4
  %788 = zext i32 %787 to i64
  %789 = add i64 %788, 4
  %790 = icmp ugt i64 %789, %arena_size
  br i1 %790, label %trap17.site0, label %ok80

e54:                                              ; preds = %block56
  %791 = load double, double* %result79, align 8
  %792 = load i32, i32* %xs, align 4
  store i32 %792, i32* %xs.3, align 4
  %793 = load i32, i32* %xs.3, align 4
  %794 = zext i32 %793 to i64
  %795 = add i64 %794, 4
  %796 = icmp ugt i64 %795, %arena_size
  br i1 %796, label %trap17.site0, label %ok88

ok80:                                             ; preds = %ok77
  %797 = getelementptr i8, i8* %mem, i64 %788
  %798 = bitcast i32* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %798, i8* %797, i64 4, i1 false)
  %799 = load i32, i32* %unaligned81, align 4
  store i32 %799, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each57

block56:                                          ; preds = %dead86, %ok82
  %800 = load double, double* %sum.2, align 8
  store double %800, double* %result79, align 8
  br label %e54

each57:                                           ; preds = %ok84, %ok80
  %801 = load i64, i64* %fuel, align 8
  %802 = icmp ult i64 %801, 1
  br i1 %802, label %trap14.site0, label %ok82

ok82:                                             ; preds = %each57
  %803 = sub i64 %801, 1
  store i64 %803, i64* %fuel, align 8
  %804 = load i32, i32* %k.1, align 4
  %805 = load i32, i32* %n.1, align 4
  %806 = icmp uge i32 %804, %805
  %807 = zext i1 %806 to i32
  %808 = icmp ne i32 %807, 0
  br i1 %808, label %block56, label %cont83

cont83:                                           ; preds = %ok82
  %809 = load i32, i32* %xs.2, align 4
  %810 = load i32, i32* %k.1, align 4
  %811 = mul i32 %810, 8
  %812 = add i32 %809, %811
  %813 = zext i32 %812 to i64
  %814 = add i64 %813, 8
  %815 = add i64 %814, 8
  %816 = icmp ugt i64 %815, %arena_size
  br i1 %816, label %trap17.site0, label %ok84

ok84:                                             ; preds = %cont83
  %817 = getelementptr i8, i8* %mem, i64 %814
  %818 = bitcast i64* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %818, i8* %817, i64 8, i1 false)
  %819 = load i64, i64* %unaligned85, align 8
  %820 = bitcast i64 %819 to double
  store double %820, double* %x.3, align 8
  %821 = load double, double* %sum.2, align 8
  %822 = load double, double* %x.3, align 8
  %823 = fadd double %821, %822
  store double %823, double* %sum.2, align 8
  %824 = load i32, i32* %k.1, align 4
  %825 = add i32 %824, 1
  store i32 %825, i32* %k.1, align 4
  br label %each57

dead86:                                           ; No predecessors!
  br label %block56

e59:                                              ; preds = %ok88
  %826 = load i64, i64* %result87, align 8
  %827 = sitofp i64 %826 to double
  %828 = fcmp oeq double %827, 0.000000e+00
  br i1 %828, label %trap1.site26, label %ok90

ok88:                                             ; preds = %e54
  %829 = getelementptr i8, i8* %mem, i64 %794
  %830 = bitcast i32* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %830, i8* %829, i64 4, i1 false)
  %831 = load i32, i32* %unaligned89, align 4
  %832 = zext i32 %831 to i64
  store i64 %832, i64* %result87, align 8
  br label %e59

ok90:                                             ; preds = %e59
  %833 = fdiv double %791, %827
  store double %833, double* %mean, align 8
  %834 = load i32, i32* %dict, align 4
  %835 = load double, double* %mean, align 8
  %836 = zext i32 %834 to i64
  %837 = add i64 %836, 80
  %838 = add i64 %837, 8
  %839 = icmp ugt i64 %838, %arena_size
  br i1 %839, label %trap17.site0, label %ok91

trap1.site26:                                     ; preds = %e59
  %840 = load i64, i64* %lowStart, align 8
  %841 = getelementptr i64, i64* %regs, i64 6
  store i64 %840, i64* %841, align 8
  %842 = load i64, i64* %lowEnd, align 8
  %843 = getelementptr i64, i64* %regs, i64 7
  store i64 %842, i64* %843, align 8
  %844 = load i64, i64* %highEnd, align 8
  %845 = getelementptr i64, i64* %regs, i64 8
  store i64 %844, i64* %845, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 26)
  unreachable

ok91:                                             ; preds = %ok90
  %846 = getelementptr i8, i8* %mem, i64 %837
  %847 = icmp ult i64 %837, %scratch_start
  %848 = load i64, i64* %lowEnd, align 8
  %849 = load i64, i64* %highEnd, align 8
  %850 = call i64 @llvm.umax.i64(i64 %848, i64 %838)
  %851 = select i1 %847, i64 %850, i64 %848
  store i64 %851, i64* %lowEnd, align 8
  %852 = call i64 @llvm.umax.i64(i64 %849, i64 %838)
  %853 = select i1 %847, i64 %849, i64 %852
  store i64 %853, i64* %highEnd, align 8
  %854 = load i64, i64* %lowStart, align 8
  %855 = call i64 @llvm.umin.i64(i64 %854, i64 %837)
  store i64 %855, i64* %lowStart, align 8
  %856 = bitcast double %835 to i64
  %857 = and i64 %856, 9223372036854775807
  %858 = icmp ugt i64 %857, 9218868437227405312
  %859 = select i1 %858, i64 9221120237041090560, i64 %856
  store i64 %859, i64* %unaligned92, align 8
  %860 = bitcast i64* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %846, i8* %860, i64 8, i1 false)
  %861 = load i32, i32* %xs, align 4
  store i32 %861, i32* %xs.4, align 4
  %862 = load i32, i32* %xs.4, align 4
  %863 = zext i32 %862 to i64
  %864 = add i64 %863, 4
  %865 = icmp ugt i64 %864, %arena_size
  br i1 %865, label %trap17.site0, label %ok94

e61:                                              ; preds = %block63
  %866 = load double, double* %result93, align 8
  store double %866, double* %largest, align 8
  %867 = load i32, i32* %dict, align 4
  %868 = load double, double* %largest, align 8
  %869 = zext i32 %867 to i64
  %870 = add i64 %869, 88
  %871 = add i64 %870, 8
  %872 = icmp ugt i64 %871, %arena_size
  br i1 %872, label %trap17.site0, label %ok110

ok94:                                             ; preds = %ok91
  %873 = getelementptr i8, i8* %mem, i64 %863
  %874 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %874, i8* %873, i64 4, i1 false)
  %875 = load i32, i32* %unaligned95, align 4
  %876 = icmp eq i32 %875, 0
  %877 = zext i1 %876 to i32
  %878 = icmp ne i32 %877, 0
  br i1 %878, label %then96, label %else97

then96:                                           ; preds = %ok94
  br label %trap4.site29

else97:                                           ; preds = %ok94
  br label %join98

join98:                                           ; preds = %else97, %dead99
  store i32 1, i32* %first, align 4
  %879 = load i32, i32* %xs.4, align 4
  %880 = zext i32 %879 to i64
  %881 = add i64 %880, 4
  %882 = icmp ugt i64 %881, %arena_size
  br i1 %882, label %trap17.site0, label %ok100

trap4.site29:                                     ; preds = %then96
  %883 = load i64, i64* %lowStart, align 8
  %884 = getelementptr i64, i64* %regs, i64 6
  store i64 %883, i64* %884, align 8
  %885 = load i64, i64* %lowEnd, align 8
  %886 = getelementptr i64, i64* %regs, i64 7
  store i64 %885, i64* %886, align 8
  %887 = load i64, i64* %highEnd, align 8
  %888 = getelementptr i64, i64* %regs, i64 8
  store i64 %887, i64* %888, align 8
  call void @tetra_trap(i64* %regs, i32 4, i32 29)
  unreachable

dead99:                                           ; No predecessors!
  br label %join98

ok100:                                            ; preds = %join98
  %889 = getelementptr i8, i8* %mem, i64 %880
  %890 = bitcast i32* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %890, i8* %889, i64 4, i1 false)
  %891 = load i32, i32* %unaligned101, align 4
  store i32 %891, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each64

block63:                                          ; preds = %dead109, %ok102
  %892 = load double, double* %best, align 8
  store double %892, double* %result93, align 8
  br label %e61

each64:                                           ; preds = %join108, %ok100
  %893 = load i64, i64* %fuel, align 8
  %894 = icmp ult i64 %893, 1
  br i1 %894, label %trap14.site0, label %ok102

ok102:                                            ; preds = %each64
  %895 = sub i64 %893, 1
  store i64 %895, i64* %fuel, align 8
  %896 = load i32, i32* %k.2, align 4
  %897 = load i32, i32* %n.2, align 4
  %898 = icmp uge i32 %896, %897
  %899 = zext i1 %898 to i32
  %900 = icmp ne i32 %899, 0
  br i1 %900, label %block63, label %cont103

cont103:                                          ; preds = %ok102
  %901 = load i32, i32* %xs.4, align 4
  %902 = load i32, i32* %k.2, align 4
  %903 = mul i32 %902, 8
  %904 = add i32 %901, %903
  %905 = zext i32 %904 to i64
  %906 = add i64 %905, 8
  %907 = add i64 %906, 8
  %908 = icmp ugt i64 %907, %arena_size
  br i1 %908, label %trap17.site0, label %ok104

ok104:                                            ; preds = %cont103
  %909 = getelementptr i8, i8* %mem, i64 %906
  %910 = bitcast i64* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %910, i8* %909, i64 8, i1 false)
  %911 = load i64, i64* %unaligned105, align 8
  %912 = bitcast i64 %911 to double
  store double %912, double* %x.4, align 8
  %913 = load double, double* %x.4, align 8
  store double %913, double* %x.5, align 8
  %914 = load i32, i32* %first, align 4
  %915 = load double, double* %x.5, align 8
  %916 = load double, double* %best, align 8
  %917 = fcmp ogt double %915, %916
  %918 = zext i1 %917 to i32
  %919 = or i32 %914, %918
  %920 = icmp ne i32 %919, 0
  br i1 %920, label %then106, label %else107

then106:                                          ; preds = %ok104
  %921 = load double, double* %x.5, align 8
  store double %921, double* %best, align 8
  store i32 0, i32* %first, align 4
  br label %join108

else107:                                          ; preds = %ok104
  br label %join108

join108:                                          ; preds = %else107, %then106
  %922 = load i32, i32* %k.2, align 4
  %923 = add i32 %922, 1
  store i32 %923, i32* %k.2, align 4
  br label %each64

dead109:                                          ; No predecessors!
  br label %block63

ok110:                                            ; preds = %e61
  %924 = getelementptr i8, i8* %mem, i64 %870
  %925 = icmp ult i64 %870, %scratch_start
  %926 = load i64, i64* %lowEnd, align 8
  %927 = load i64, i64* %highEnd, align 8
  %928 = call i64 @llvm.umax.i64(i64 %926, i64 %871)
  %929 = select i1 %925, i64 %928, i64 %926
  store i64 %929, i64* %lowEnd, align 8
  %930 = call i64 @llvm.umax.i64(i64 %927, i64 %871)
  %931 = select i1 %925, i64 %927, i64 %930
  store i64 %931, i64* %highEnd, align 8
  %932 = load i64, i64* %lowStart, align 8
  %933 = call i64 @llvm.umin.i64(i64 %932, i64 %870)
  store i64 %933, i64* %lowStart, align 8
  %934 = bitcast double %868 to i64
  %935 = and i64 %934, 9223372036854775807
  %936 = icmp ugt i64 %935, 9218868437227405312
  %937 = select i1 %936, i64 9221120237041090560, i64 %934
  store i64 %937, i64* %unaligned111, align 8
  %938 = bitcast i64* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %924, i8* %938, i64 8, i1 false)
  %939 = load i32, i32* %dict, align 4
  store i32 %939, i32* %result7, align 4
  br label %e0

ok112:                                            ; preds = %e0
  %940 = getelementptr i64, i64* %regs, i64 10
  %941 = load i64, i64* %940, align 8
  %942 = icmp ult i64 %10, %941
  br i1 %942, label %trap253.site0, label %stack_ok113

trap15.site0:                                     ; preds = %then118, %e0
  %943 = load i64, i64* %lowStart, align 8
  %944 = getelementptr i64, i64* %regs, i64 6
  store i64 %943, i64* %944, align 8
  %945 = load i64, i64* %lowEnd, align 8
  %946 = getelementptr i64, i64* %regs, i64 7
  store i64 %945, i64* %946, align 8
  %947 = load i64, i64* %highEnd, align 8
  %948 = getelementptr i64, i64* %regs, i64 8
  store i64 %947, i64* %948, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok113:                                      ; preds = %ok112
  %949 = load i64, i64* %fuel, align 8
  %950 = getelementptr i64, i64* %regs, i64 0
  store i64 %949, i64* %950, align 8
  %951 = load i64, i64* %lowStart, align 8
  %952 = getelementptr i64, i64* %regs, i64 6
  store i64 %951, i64* %952, align 8
  %953 = load i64, i64* %lowEnd, align 8
  %954 = getelementptr i64, i64* %regs, i64 7
  store i64 %953, i64* %954, align 8
  %955 = load i64, i64* %highEnd, align 8
  %956 = getelementptr i64, i64* %regs, i64 8
  store i64 %955, i64* %956, align 8
  %957 = add i32 %depth, 1
  %958 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %957, i32 %100, i32 %101, i32 0)
  %959 = getelementptr i64, i64* %regs, i64 0
  %960 = load i64, i64* %959, align 8
  store i64 %960, i64* %fuel, align 8
  %961 = getelementptr i64, i64* %regs, i64 6
  %962 = load i64, i64* %961, align 8
  store i64 %962, i64* %lowStart, align 8
  %963 = getelementptr i64, i64* %regs, i64 7
  %964 = load i64, i64* %963, align 8
  store i64 %964, i64* %lowEnd, align 8
  %965 = getelementptr i64, i64* %regs, i64 8
  %966 = load i64, i64* %965, align 8
  store i64 %966, i64* %highEnd, align 8
  store i32 %958, i32* %json_end, align 4
  %967 = load i32, i32* %json_end, align 4
  %968 = icmp eq i32 %967, -2
  %969 = zext i1 %968 to i32
  %970 = icmp ne i32 %969, 0
  br i1 %970, label %then114, label %else115

then114:                                          ; preds = %stack_ok113
  br label %trap16.site5

else115:                                          ; preds = %stack_ok113
  br label %join116

join116:                                          ; preds = %else115, %dead117
  %971 = load i32, i32* %json_end, align 4
  %972 = icmp eq i32 %971, -1
  %973 = zext i1 %972 to i32
  %974 = icmp ne i32 %973, 0
  br i1 %974, label %then118, label %else119

trap16.site5:                                     ; preds = %then123, %then114
  %975 = load i64, i64* %lowStart, align 8
  %976 = getelementptr i64, i64* %regs, i64 6
  store i64 %975, i64* %976, align 8
  %977 = load i64, i64* %lowEnd, align 8
  %978 = getelementptr i64, i64* %regs, i64 7
  store i64 %977, i64* %978, align 8
  %979 = load i64, i64* %highEnd, align 8
  %980 = getelementptr i64, i64* %regs, i64 8
  store i64 %979, i64* %980, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead117:                                          ; No predecessors!
  br label %join116

then118:                                          ; preds = %join116
  %981 = load i32, i32* %result.1, align 4
  %982 = icmp uge i32 %depth, 1000
  br i1 %982, label %trap15.site0, label %ok121

else119:                                          ; preds = %join116
  br label %join120

join120:                                          ; preds = %else119, %dead127
  %983 = load i32, i32* %json_end, align 4
  %984 = zext i32 %983 to i64
  %985 = getelementptr i64, i64* %regs, i64 3
  store i64 %984, i64* %985, align 8
  %986 = load i32, i32* %json_end, align 4
  %987 = load i32, i32* %json_start, align 4
  %988 = sub i32 %986, %987
  %989 = load i64, i64* %fuel, align 8
  %990 = getelementptr i64, i64* %regs, i64 0
  store i64 %989, i64* %990, align 8
  %991 = load i64, i64* %lowStart, align 8
  %992 = getelementptr i64, i64* %regs, i64 6
  store i64 %991, i64* %992, align 8
  %993 = load i64, i64* %lowEnd, align 8
  %994 = getelementptr i64, i64* %regs, i64 7
  store i64 %993, i64* %994, align 8
  %995 = load i64, i64* %highEnd, align 8
  %996 = getelementptr i64, i64* %regs, i64 8
  store i64 %995, i64* %996, align 8
  ret i32 %988

ok121:                                            ; preds = %then118
  %997 = getelementptr i64, i64* %regs, i64 10
  %998 = load i64, i64* %997, align 8
  %999 = icmp ult i64 %10, %998
  br i1 %999, label %trap253.site0, label %stack_ok122

stack_ok122:                                      ; preds = %ok121
  %1000 = load i64, i64* %fuel, align 8
  %1001 = getelementptr i64, i64* %regs, i64 0
  store i64 %1000, i64* %1001, align 8
  %1002 = load i64, i64* %lowStart, align 8
  %1003 = getelementptr i64, i64* %regs, i64 6
  store i64 %1002, i64* %1003, align 8
  %1004 = load i64, i64* %lowEnd, align 8
  %1005 = getelementptr i64, i64* %regs, i64 7
  store i64 %1004, i64* %1005, align 8
  %1006 = load i64, i64* %highEnd, align 8
  %1007 = getelementptr i64, i64* %regs, i64 8
  store i64 %1006, i64* %1007, align 8
  %1008 = add i32 %depth, 1
  %1009 = call i32 @m0.codec.nonfinite.record.0(i64* %regs, i8* %mem, i32 %1008, i32 %981)
  %1010 = getelementptr i64, i64* %regs, i64 0
  %1011 = load i64, i64* %1010, align 8
  store i64 %1011, i64* %fuel, align 8
  %1012 = getelementptr i64, i64* %regs, i64 6
  %1013 = load i64, i64* %1012, align 8
  store i64 %1013, i64* %lowStart, align 8
  %1014 = getelementptr i64, i64* %regs, i64 7
  %1015 = load i64, i64* %1014, align 8
  store i64 %1015, i64* %lowEnd, align 8
  %1016 = getelementptr i64, i64* %regs, i64 8
  %1017 = load i64, i64* %1016, align 8
  store i64 %1017, i64* %highEnd, align 8
  %1018 = icmp ne i32 %1009, 0
  br i1 %1018, label %then123, label %else124

then123:                                          ; preds = %stack_ok122
  br label %trap16.site5

else124:                                          ; preds = %stack_ok122
  br label %join125

join125:                                          ; preds = %else124, %dead126
  br label %trap15.site5

dead126:                                          ; No predecessors!
  br label %join125

dead127:                                          ; No predecessors!
  br label %join120
}
