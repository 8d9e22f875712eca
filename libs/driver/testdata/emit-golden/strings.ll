; From libs/driver/testdata/emit-golden/strings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/strings.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (53):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.skip
;   @m0.codec.dec.string.0
;   @m0.codec.dec.int.1
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.rt.mul_shift_64
;   @m0.rt.pow5_factor_at_least
;   @m0.rt.f64_shortest
;   @m0.rt.float_text_write
;   @m0.rt.str_upper
;   @m0.rt.str_trim
;   @m0.rt.final_sigma
;   @m0.rt.str_lower
;   @m0.rt.mem_chr
;   @m0.rt.mem_eq
;   @m0.rt.find_bytes
;   @m0.rt.str_split
;   @m0.rt.str_join
;   @m0.rt.utf8_count
;   @m0.rt.str_replace
;   @m0.rt.str_substring
;   @m0.rt.str_starts_with
;   @m0.rt.str_ends_with
;   @m0.rt.str_find
;   @m0.rt.str_contains
;   @m0.codec.enc.bool.2
;   @m0.codec.enc.list.1
;   @m0.codec.write_str
;   @m0.codec.enc.string.3
;   @m0.codec.write_int
;   @m0.codec.enc.int.4
;   @m0.codec.enc.list.5
;   @m0.codec.enc.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.cttz.i32
;   declare @llvm.ctpop.i32
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
  %cell.1 = alloca i32, align 4
  store i32 0, i32* %cell.1, align 4
  %arg.1 = alloca i64, align 8
  store i64 0, i64* %arg.1, align 8
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
  %unaligned87 = alloca i32, align 4
  %unaligned100 = alloca i64, align 8
  %unaligned107 = alloca i32, align 4
  %unaligned109 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %ws17, %ws15, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %ok92, %join90, %ok79, %join77, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok93, %ok80, %ok58, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok106, %ok105, %join97, %join84, %cont70, %ws_done14, %cont61, %cont51, %cont46, %then37, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join68
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then75, label %else76

args4:                                            ; preds = %ws_done16, %then17
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
  %212 = icmp eq i32 %211, 4
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

match5:                                           ; preds = %join39, %then41, %then33
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

join31:                                           ; preds = %else30, %join35
  %252 = load i32, i32* %args_klen, align 4
  %253 = icmp eq i32 %252, 1
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then37, label %else38

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %256, i64 4, i1 false)
  %258 = load i32, i32* %unaligned, align 4
  %259 = icmp eq i32 %258, 1701667182
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
  store i32 -1, i32* %result, align 4
  br label %match5

ok40:                                             ; preds = %then37
  %266 = getelementptr i8, i8* %mem, i64 %263
  %267 = load i8, i8* %266, align 1
  %268 = zext i8 %267 to i32
  %269 = icmp eq i32 %268, 110
  %270 = zext i1 %269 to i32
  %271 = icmp ne i32 %270, 0
  br i1 %271, label %then41, label %else42

then41:                                           ; preds = %ok40
  store i32 1, i32* %result, align 4
  br label %match5

else42:                                           ; preds = %ok40
  br label %join43

join43:                                           ; preds = %else42, %dead44
  br label %join39

dead44:                                           ; No predecessors!
  br label %join43

ws_done6:                                         ; preds = %dead49, %ok47, %ok45
  %272 = load i32, i32* %args_pos, align 4
  %273 = add i32 %272, 1
  store i32 %273, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont48, %match5
  %274 = load i64, i64* %fuel, align 8
  %275 = icmp ult i64 %274, 1
  br i1 %275, label %trap14.site0, label %ok45

ok45:                                             ; preds = %ws7
  %276 = sub i64 %274, 1
  store i64 %276, i64* %fuel, align 8
  %277 = load i32, i32* %args_pos, align 4
  %278 = load i32, i32* %args_end, align 4
  %279 = icmp uge i32 %277, %278
  %280 = zext i1 %279 to i32
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %ws_done6, label %cont46

cont46:                                           ; preds = %ok45
  %282 = load i32, i32* %args_pos, align 4
  %283 = zext i32 %282 to i64
  %284 = add i64 %283, 1
  %285 = icmp ugt i64 %284, %arena_size
  br i1 %285, label %trap17.site0, label %ok47

ok47:                                             ; preds = %cont46
  %286 = getelementptr i8, i8* %mem, i64 %283
  %287 = load i8, i8* %286, align 1
  %288 = zext i8 %287 to i32
  store i32 %288, i32* %ws, align 4
  %289 = load i32, i32* %ws, align 4
  %290 = icmp ule i32 %289, 32
  %291 = zext i1 %290 to i32
  %292 = icmp eq i32 %291, 0
  %293 = zext i1 %292 to i32
  %294 = icmp ne i32 %293, 0
  br i1 %294, label %ws_done6, label %cont48

cont48:                                           ; preds = %ok47
  %295 = load i32, i32* %args_pos, align 4
  %296 = add i32 %295, 1
  store i32 %296, i32* %args_pos, align 4
  br label %ws7

dead49:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead54, %ok52, %ok50
  %297 = load i32, i32* %args_c, align 4
  switch i32 %297, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont53, %ws_done6
  %298 = load i64, i64* %fuel, align 8
  %299 = icmp ult i64 %298, 1
  br i1 %299, label %trap14.site0, label %ok50

ok50:                                             ; preds = %ws9
  %300 = sub i64 %298, 1
  store i64 %300, i64* %fuel, align 8
  %301 = load i32, i32* %args_pos, align 4
  %302 = load i32, i32* %args_end, align 4
  %303 = icmp uge i32 %301, %302
  %304 = zext i1 %303 to i32
  %305 = icmp ne i32 %304, 0
  br i1 %305, label %ws_done8, label %cont51

cont51:                                           ; preds = %ok50
  %306 = load i32, i32* %args_pos, align 4
  %307 = zext i32 %306 to i64
  %308 = add i64 %307, 1
  %309 = icmp ugt i64 %308, %arena_size
  br i1 %309, label %trap17.site0, label %ok52

ok52:                                             ; preds = %cont51
  %310 = getelementptr i8, i8* %mem, i64 %307
  %311 = load i8, i8* %310, align 1
  %312 = zext i8 %311 to i32
  store i32 %312, i32* %ws, align 4
  %313 = load i32, i32* %ws, align 4
  %314 = icmp ule i32 %313, 32
  %315 = zext i1 %314 to i32
  %316 = icmp eq i32 %315, 0
  %317 = zext i1 %316 to i32
  %318 = icmp ne i32 %317, 0
  br i1 %318, label %ws_done8, label %cont53

cont53:                                           ; preds = %ok52
  %319 = load i32, i32* %args_pos, align 4
  %320 = add i32 %319, 1
  store i32 %320, i32* %args_pos, align 4
  br label %ws9

dead54:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13
  %321 = load i32, i32* %args_pos, align 4
  %322 = load i32, i32* %args_end, align 4
  %323 = icmp uge i32 %depth, 1000
  br i1 %323, label %trap15.site0, label %ok58

default11:                                        ; preds = %dead57, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead56, %ws_done8
  %324 = load i32, i32* %args_pos, align 4
  store i32 %324, i32* %arg1_at, align 4
  br label %switch10

case13:                                           ; preds = %dead55, %ws_done8
  %325 = load i32, i32* %args_pos, align 4
  store i32 %325, i32* %arg0_at, align 4
  br label %switch10

dead55:                                           ; No predecessors!
  br label %case13

dead56:                                           ; No predecessors!
  br label %case12

dead57:                                           ; No predecessors!
  br label %default11

ok58:                                             ; preds = %switch10
  %326 = getelementptr i64, i64* %regs, i64 10
  %327 = load i64, i64* %326, align 8
  %328 = icmp ult i64 %10, %327
  br i1 %328, label %trap253.site0, label %stack_ok59

stack_ok59:                                       ; preds = %ok58
  %329 = load i64, i64* %fuel, align 8
  %330 = getelementptr i64, i64* %regs, i64 0
  store i64 %329, i64* %330, align 8
  %331 = load i64, i64* %lowStart, align 8
  %332 = getelementptr i64, i64* %regs, i64 6
  store i64 %331, i64* %332, align 8
  %333 = load i64, i64* %lowEnd, align 8
  %334 = getelementptr i64, i64* %regs, i64 7
  store i64 %333, i64* %334, align 8
  %335 = load i64, i64* %highEnd, align 8
  %336 = getelementptr i64, i64* %regs, i64 8
  store i64 %335, i64* %336, align 8
  %337 = add i32 %depth, 1
  %338 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %337, i32 %321, i32 %322)
  %339 = getelementptr i64, i64* %regs, i64 0
  %340 = load i64, i64* %339, align 8
  store i64 %340, i64* %fuel, align 8
  %341 = getelementptr i64, i64* %regs, i64 6
  %342 = load i64, i64* %341, align 8
  store i64 %342, i64* %lowStart, align 8
  %343 = getelementptr i64, i64* %regs, i64 7
  %344 = load i64, i64* %343, align 8
  store i64 %344, i64* %lowEnd, align 8
  %345 = getelementptr i64, i64* %regs, i64 8
  %346 = load i64, i64* %345, align 8
  store i64 %346, i64* %highEnd, align 8
  store i32 %338, i32* %args_pos, align 4
  br label %ws15

ws_done14:                                        ; preds = %dead64, %ok62, %ok60
  %347 = load i32, i32* %args_pos, align 4
  %348 = zext i32 %347 to i64
  %349 = add i64 %348, 1
  %350 = icmp ugt i64 %349, %arena_size
  br i1 %350, label %trap17.site0, label %ok65

ws15:                                             ; preds = %cont63, %stack_ok59
  %351 = load i64, i64* %fuel, align 8
  %352 = icmp ult i64 %351, 1
  br i1 %352, label %trap14.site0, label %ok60

ok60:                                             ; preds = %ws15
  %353 = sub i64 %351, 1
  store i64 %353, i64* %fuel, align 8
  %354 = load i32, i32* %args_pos, align 4
  %355 = load i32, i32* %args_end, align 4
  %356 = icmp uge i32 %354, %355
  %357 = zext i1 %356 to i32
  %358 = icmp ne i32 %357, 0
  br i1 %358, label %ws_done14, label %cont61

cont61:                                           ; preds = %ok60
  %359 = load i32, i32* %args_pos, align 4
  %360 = zext i32 %359 to i64
  %361 = add i64 %360, 1
  %362 = icmp ugt i64 %361, %arena_size
  br i1 %362, label %trap17.site0, label %ok62

ok62:                                             ; preds = %cont61
  %363 = getelementptr i8, i8* %mem, i64 %360
  %364 = load i8, i8* %363, align 1
  %365 = zext i8 %364 to i32
  store i32 %365, i32* %ws, align 4
  %366 = load i32, i32* %ws, align 4
  %367 = icmp ule i32 %366, 32
  %368 = zext i1 %367 to i32
  %369 = icmp eq i32 %368, 0
  %370 = zext i1 %369 to i32
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %ws_done14, label %cont63

cont63:                                           ; preds = %ok62
  %372 = load i32, i32* %args_pos, align 4
  %373 = add i32 %372, 1
  store i32 %373, i32* %args_pos, align 4
  br label %ws15

dead64:                                           ; No predecessors!
  br label %ws_done14

ok65:                                             ; preds = %ws_done14
  %374 = getelementptr i8, i8* %mem, i64 %348
  %375 = load i8, i8* %374, align 1
  %376 = zext i8 %375 to i32
  store i32 %376, i32* %args_c, align 4
  %377 = load i32, i32* %args_pos, align 4
  %378 = add i32 %377, 1
  store i32 %378, i32* %args_pos, align 4
  %379 = load i32, i32* %args_c, align 4
  %380 = icmp eq i32 %379, 44
  %381 = zext i1 %380 to i32
  %382 = icmp ne i32 %381, 0
  br i1 %382, label %then66, label %else67

then66:                                           ; preds = %ok65
  br label %ws17

else67:                                           ; preds = %ok65
  br label %join68

join68:                                           ; preds = %else67, %dead74
  br label %join19

ws_done16:                                        ; preds = %dead73, %ok71, %ok69
  br label %args4

ws17:                                             ; preds = %cont72, %then66
  %383 = load i64, i64* %fuel, align 8
  %384 = icmp ult i64 %383, 1
  br i1 %384, label %trap14.site0, label %ok69

ok69:                                             ; preds = %ws17
  %385 = sub i64 %383, 1
  store i64 %385, i64* %fuel, align 8
  %386 = load i32, i32* %args_pos, align 4
  %387 = load i32, i32* %args_end, align 4
  %388 = icmp uge i32 %386, %387
  %389 = zext i1 %388 to i32
  %390 = icmp ne i32 %389, 0
  br i1 %390, label %ws_done16, label %cont70

cont70:                                           ; preds = %ok69
  %391 = load i32, i32* %args_pos, align 4
  %392 = zext i32 %391 to i64
  %393 = add i64 %392, 1
  %394 = icmp ugt i64 %393, %arena_size
  br i1 %394, label %trap17.site0, label %ok71

ok71:                                             ; preds = %cont70
  %395 = getelementptr i8, i8* %mem, i64 %392
  %396 = load i8, i8* %395, align 1
  %397 = zext i8 %396 to i32
  store i32 %397, i32* %ws, align 4
  %398 = load i32, i32* %ws, align 4
  %399 = icmp ule i32 %398, 32
  %400 = zext i1 %399 to i32
  %401 = icmp eq i32 %400, 0
  %402 = zext i1 %401 to i32
  %403 = icmp ne i32 %402, 0
  br i1 %403, label %ws_done16, label %cont72

cont72:                                           ; preds = %ok71
  %404 = load i32, i32* %args_pos, align 4
  %405 = add i32 %404, 1
  store i32 %405, i32* %args_pos, align 4
  br label %ws17

dead73:                                           ; No predecessors!
  br label %ws_done16

dead74:                                           ; No predecessors!
  br label %join68

then75:                                           ; preds = %join19
  br label %trap9.site2

else76:                                           ; preds = %join19
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %406 = getelementptr i64, i64* %regs, i64 1
  %407 = getelementptr i64, i64* %regs, i64 2
  %408 = load i64, i64* %406, align 8
  %409 = add i64 %408, 3
  %410 = and i64 %409, -4
  %411 = add i64 %410, 4
  %412 = load i64, i64* %407, align 8
  %413 = icmp ugt i64 %411, %412
  br i1 %413, label %trap15.site0, label %ok79

trap9.site2:                                      ; preds = %then75
  %414 = load i64, i64* %lowStart, align 8
  %415 = getelementptr i64, i64* %regs, i64 6
  store i64 %414, i64* %415, align 8
  %416 = load i64, i64* %lowEnd, align 8
  %417 = getelementptr i64, i64* %regs, i64 7
  store i64 %416, i64* %417, align 8
  %418 = load i64, i64* %highEnd, align 8
  %419 = getelementptr i64, i64* %regs, i64 8
  store i64 %418, i64* %419, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %411, i64* %406, align 8
  %420 = trunc i64 %410 to i32
  store i32 %420, i32* %cell, align 4
  %421 = load i32, i32* %arg0_at, align 4
  %422 = load i32, i32* %args_end, align 4
  %423 = load i32, i32* %cell, align 4
  %424 = icmp uge i32 %depth, 1000
  br i1 %424, label %trap15.site0, label %ok80

ok80:                                             ; preds = %ok79
  %425 = getelementptr i64, i64* %regs, i64 10
  %426 = load i64, i64* %425, align 8
  %427 = icmp ult i64 %10, %426
  br i1 %427, label %trap253.site0, label %stack_ok81

stack_ok81:                                       ; preds = %ok80
  %428 = load i64, i64* %fuel, align 8
  %429 = getelementptr i64, i64* %regs, i64 0
  store i64 %428, i64* %429, align 8
  %430 = load i64, i64* %lowStart, align 8
  %431 = getelementptr i64, i64* %regs, i64 6
  store i64 %430, i64* %431, align 8
  %432 = load i64, i64* %lowEnd, align 8
  %433 = getelementptr i64, i64* %regs, i64 7
  store i64 %432, i64* %433, align 8
  %434 = load i64, i64* %highEnd, align 8
  %435 = getelementptr i64, i64* %regs, i64 8
  store i64 %434, i64* %435, align 8
  %436 = add i32 %depth, 1
  %437 = call i32 @m0.codec.dec.string.0(i64* %regs, i8* %mem, i32 %436, i32 %421, i32 %422, i32 %423)
  %438 = getelementptr i64, i64* %regs, i64 0
  %439 = load i64, i64* %438, align 8
  store i64 %439, i64* %fuel, align 8
  %440 = getelementptr i64, i64* %regs, i64 6
  %441 = load i64, i64* %440, align 8
  store i64 %441, i64* %lowStart, align 8
  %442 = getelementptr i64, i64* %regs, i64 7
  %443 = load i64, i64* %442, align 8
  store i64 %443, i64* %lowEnd, align 8
  %444 = getelementptr i64, i64* %regs, i64 8
  %445 = load i64, i64* %444, align 8
  store i64 %445, i64* %highEnd, align 8
  %446 = icmp slt i32 %437, 0
  %447 = zext i1 %446 to i32
  %448 = icmp ne i32 %447, 0
  br i1 %448, label %then82, label %else83

then82:                                           ; preds = %stack_ok81
  br label %trap11.site2

else83:                                           ; preds = %stack_ok81
  br label %join84

join84:                                           ; preds = %else83, %dead85
  %449 = load i32, i32* %cell, align 4
  %450 = zext i32 %449 to i64
  %451 = add i64 %450, 4
  %452 = icmp ugt i64 %451, %arena_size
  br i1 %452, label %trap17.site0, label %ok86

trap11.site2:                                     ; preds = %then82
  %453 = load i64, i64* %lowStart, align 8
  %454 = getelementptr i64, i64* %regs, i64 6
  store i64 %453, i64* %454, align 8
  %455 = load i64, i64* %lowEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 7
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %highEnd, align 8
  %458 = getelementptr i64, i64* %regs, i64 8
  store i64 %457, i64* %458, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead85:                                           ; No predecessors!
  br label %join84

ok86:                                             ; preds = %join84
  %459 = getelementptr i8, i8* %mem, i64 %450
  %460 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %460, i8* %459, i64 4, i1 false)
  %461 = load i32, i32* %unaligned87, align 4
  store i32 %461, i32* %arg, align 4
  %462 = load i32, i32* %arg1_at, align 4
  %463 = icmp eq i32 %462, 0
  %464 = zext i1 %463 to i32
  %465 = icmp ne i32 %464, 0
  br i1 %465, label %then88, label %else89

then88:                                           ; preds = %ok86
  br label %trap9.site3

else89:                                           ; preds = %ok86
  br label %join90

join90:                                           ; preds = %else89, %dead91
  %466 = getelementptr i64, i64* %regs, i64 1
  %467 = getelementptr i64, i64* %regs, i64 2
  %468 = load i64, i64* %466, align 8
  %469 = add i64 %468, 7
  %470 = and i64 %469, -8
  %471 = add i64 %470, 8
  %472 = load i64, i64* %467, align 8
  %473 = icmp ugt i64 %471, %472
  br i1 %473, label %trap15.site0, label %ok92

trap9.site3:                                      ; preds = %then88
  %474 = load i64, i64* %lowStart, align 8
  %475 = getelementptr i64, i64* %regs, i64 6
  store i64 %474, i64* %475, align 8
  %476 = load i64, i64* %lowEnd, align 8
  %477 = getelementptr i64, i64* %regs, i64 7
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %highEnd, align 8
  %479 = getelementptr i64, i64* %regs, i64 8
  store i64 %478, i64* %479, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead91:                                           ; No predecessors!
  br label %join90

ok92:                                             ; preds = %join90
  store i64 %471, i64* %466, align 8
  %480 = trunc i64 %470 to i32
  store i32 %480, i32* %cell.1, align 4
  %481 = load i32, i32* %arg1_at, align 4
  %482 = load i32, i32* %args_end, align 4
  %483 = load i32, i32* %cell.1, align 4
  %484 = icmp uge i32 %depth, 1000
  br i1 %484, label %trap15.site0, label %ok93

ok93:                                             ; preds = %ok92
  %485 = getelementptr i64, i64* %regs, i64 10
  %486 = load i64, i64* %485, align 8
  %487 = icmp ult i64 %10, %486
  br i1 %487, label %trap253.site0, label %stack_ok94

stack_ok94:                                       ; preds = %ok93
  %488 = load i64, i64* %fuel, align 8
  %489 = getelementptr i64, i64* %regs, i64 0
  store i64 %488, i64* %489, align 8
  %490 = load i64, i64* %lowStart, align 8
  %491 = getelementptr i64, i64* %regs, i64 6
  store i64 %490, i64* %491, align 8
  %492 = load i64, i64* %lowEnd, align 8
  %493 = getelementptr i64, i64* %regs, i64 7
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %highEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 8
  store i64 %494, i64* %495, align 8
  %496 = add i32 %depth, 1
  %497 = call i32 @m0.codec.dec.int.1(i64* %regs, i8* %mem, i32 %496, i32 %481, i32 %482, i32 %483)
  %498 = getelementptr i64, i64* %regs, i64 0
  %499 = load i64, i64* %498, align 8
  store i64 %499, i64* %fuel, align 8
  %500 = getelementptr i64, i64* %regs, i64 6
  %501 = load i64, i64* %500, align 8
  store i64 %501, i64* %lowStart, align 8
  %502 = getelementptr i64, i64* %regs, i64 7
  %503 = load i64, i64* %502, align 8
  store i64 %503, i64* %lowEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 8
  %505 = load i64, i64* %504, align 8
  store i64 %505, i64* %highEnd, align 8
  %506 = icmp slt i32 %497, 0
  %507 = zext i1 %506 to i32
  %508 = icmp ne i32 %507, 0
  br i1 %508, label %then95, label %else96

then95:                                           ; preds = %stack_ok94
  br label %trap11.site3

else96:                                           ; preds = %stack_ok94
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %509 = load i32, i32* %cell.1, align 4
  %510 = zext i32 %509 to i64
  %511 = add i64 %510, 8
  %512 = icmp ugt i64 %511, %arena_size
  br i1 %512, label %trap17.site0, label %ok99

trap11.site3:                                     ; preds = %then95
  %513 = load i64, i64* %lowStart, align 8
  %514 = getelementptr i64, i64* %regs, i64 6
  store i64 %513, i64* %514, align 8
  %515 = load i64, i64* %lowEnd, align 8
  %516 = getelementptr i64, i64* %regs, i64 7
  store i64 %515, i64* %516, align 8
  %517 = load i64, i64* %highEnd, align 8
  %518 = getelementptr i64, i64* %regs, i64 8
  store i64 %517, i64* %518, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead98:                                           ; No predecessors!
  br label %join97

ok99:                                             ; preds = %join97
  %519 = getelementptr i8, i8* %mem, i64 %510
  %520 = bitcast i64* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %520, i8* %519, i64 8, i1 false)
  %521 = load i64, i64* %unaligned100, align 8
  store i64 %521, i64* %arg.1, align 8
  %522 = load i32, i32* %args_unexpected, align 4
  %523 = icmp ne i32 %522, 0
  br i1 %523, label %then101, label %else102

then101:                                          ; preds = %ok99
  br label %trap10.site1

else102:                                          ; preds = %ok99
  br label %join103

join103:                                          ; preds = %else102, %dead104
  %524 = getelementptr i64, i64* %regs, i64 1
  %525 = getelementptr i64, i64* %regs, i64 2
  %526 = load i64, i64* %524, align 8
  %527 = add i64 %526, 7
  %528 = and i64 %527, -8
  %529 = add i64 %528, 16
  %530 = load i64, i64* %525, align 8
  %531 = icmp ugt i64 %529, %530
  br i1 %531, label %trap15.site1, label %ok105

trap10.site1:                                     ; preds = %then101
  %532 = load i64, i64* %lowStart, align 8
  %533 = getelementptr i64, i64* %regs, i64 6
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %lowEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 7
  store i64 %534, i64* %535, align 8
  %536 = load i64, i64* %highEnd, align 8
  %537 = getelementptr i64, i64* %regs, i64 8
  store i64 %536, i64* %537, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead104:                                          ; No predecessors!
  br label %join103

ok105:                                            ; preds = %join103
  store i64 %529, i64* %524, align 8
  %538 = trunc i64 %528 to i32
  store i32 %538, i32* %args_out, align 4
  %539 = load i32, i32* %args_out, align 4
  %540 = load i32, i32* %arg, align 4
  %541 = zext i32 %539 to i64
  %542 = add i64 %541, 4
  %543 = icmp ugt i64 %542, %arena_size
  br i1 %543, label %trap17.site0, label %ok106

trap15.site1:                                     ; preds = %join103
  %544 = load i64, i64* %lowStart, align 8
  %545 = getelementptr i64, i64* %regs, i64 6
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %lowEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 7
  store i64 %546, i64* %547, align 8
  %548 = load i64, i64* %highEnd, align 8
  %549 = getelementptr i64, i64* %regs, i64 8
  store i64 %548, i64* %549, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok106:                                            ; preds = %ok105
  %550 = getelementptr i8, i8* %mem, i64 %541
  %551 = icmp ult i64 %541, %scratch_start
  %552 = load i64, i64* %lowEnd, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = call i64 @llvm.umax.i64(i64 %552, i64 %542)
  %555 = select i1 %551, i64 %554, i64 %552
  store i64 %555, i64* %lowEnd, align 8
  %556 = call i64 @llvm.umax.i64(i64 %553, i64 %542)
  %557 = select i1 %551, i64 %553, i64 %556
  store i64 %557, i64* %highEnd, align 8
  %558 = load i64, i64* %lowStart, align 8
  %559 = call i64 @llvm.umin.i64(i64 %558, i64 %541)
  store i64 %559, i64* %lowStart, align 8
  store i32 %540, i32* %unaligned107, align 4
  %560 = bitcast i32* %unaligned107 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %550, i8* %560, i64 4, i1 false)
  %561 = load i32, i32* %args_out, align 4
  %562 = load i64, i64* %arg.1, align 8
  %563 = zext i32 %561 to i64
  %564 = add i64 %563, 8
  %565 = add i64 %564, 8
  %566 = icmp ugt i64 %565, %arena_size
  br i1 %566, label %trap17.site0, label %ok108

ok108:                                            ; preds = %ok106
  %567 = getelementptr i8, i8* %mem, i64 %564
  %568 = icmp ult i64 %564, %scratch_start
  %569 = load i64, i64* %lowEnd, align 8
  %570 = load i64, i64* %highEnd, align 8
  %571 = call i64 @llvm.umax.i64(i64 %569, i64 %565)
  %572 = select i1 %568, i64 %571, i64 %569
  store i64 %572, i64* %lowEnd, align 8
  %573 = call i64 @llvm.umax.i64(i64 %570, i64 %565)
  %574 = select i1 %568, i64 %570, i64 %573
  store i64 %574, i64* %highEnd, align 8
  %575 = load i64, i64* %lowStart, align 8
  %576 = call i64 @llvm.umin.i64(i64 %575, i64 %564)
  store i64 %576, i64* %lowStart, align 8
  store i64 %562, i64* %unaligned109, align 8
  %577 = bitcast i64* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %567, i8* %577, i64 8, i1 false)
  %578 = load i32, i32* %args_out, align 4
  %579 = load i64, i64* %fuel, align 8
  %580 = getelementptr i64, i64* %regs, i64 0
  store i64 %579, i64* %580, align 8
  %581 = load i64, i64* %lowStart, align 8
  %582 = getelementptr i64, i64* %regs, i64 6
  store i64 %581, i64* %582, align 8
  %583 = load i64, i64* %lowEnd, align 8
  %584 = getelementptr i64, i64* %regs, i64 7
  store i64 %583, i64* %584, align 8
  %585 = load i64, i64* %highEnd, align 8
  %586 = getelementptr i64, i64* %regs, i64 8
  store i64 %585, i64* %586, align 8
  ret i32 %578
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
  %name = alloca i32, align 4
  store i32 0, i32* %name, align 4
  %n = alloca i64, align 8
  store i64 0, i64* %n, align 8
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %part = alloca i32, align 4
  store i32 0, i32* %part, align 4
  %text = alloca i32, align 4
  store i32 0, i32* %text, align 4
  %cur = alloca i32, align 4
  store i32 0, i32* %cur, align 4
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %slen = alloca i32, align 4
  store i32 0, i32* %slen, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %hello = alloca i32, align 4
  store i32 0, i32* %hello, align 4
  %part.1 = alloca i32, align 4
  store i32 0, i32* %part.1, align 4
  %part.2 = alloca i64, align 8
  store i64 0, i64* %part.2, align 8
  %text.1 = alloca i32, align 4
  store i32 0, i32* %text.1, align 4
  %cur.1 = alloca i32, align 4
  store i32 0, i32* %cur.1, align 4
  %s.1 = alloca i32, align 4
  store i32 0, i32* %s.1, align 4
  %slen.1 = alloca i32, align 4
  store i32 0, i32* %slen.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %counted = alloca i32, align 4
  store i32 0, i32* %counted, align 4
  %part.3 = alloca i32, align 4
  store i32 0, i32* %part.3, align 4
  %part.4 = alloca i64, align 8
  store i64 0, i64* %part.4, align 8
  %part.5 = alloca double, align 8
  store double 0.000000e+00, double* %part.5, align 8
  %part.6 = alloca i32, align 4
  store i32 0, i32* %part.6, align 4
  %text.2 = alloca i32, align 4
  store i32 0, i32* %text.2, align 4
  %cur.2 = alloca i32, align 4
  store i32 0, i32* %cur.2, align 4
  %s.2 = alloca i32, align 4
  store i32 0, i32* %s.2, align 4
  %slen.2 = alloca i32, align 4
  store i32 0, i32* %slen.2, align 4
  %s.3 = alloca i32, align 4
  store i32 0, i32* %s.3, align 4
  %slen.3 = alloca i32, align 4
  store i32 0, i32* %slen.3, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %interpolated = alloca i32, align 4
  store i32 0, i32* %interpolated, align 4
  %shout = alloca i32, align 4
  store i32 0, i32* %shout, align 4
  %quiet = alloca i32, align 4
  store i32 0, i32* %quiet, align 4
  %r = alloca i32, align 4
  store i32 0, i32* %r, align 4
  %words = alloca i32, align 4
  store i32 0, i32* %words, align 4
  %item = alloca i32, align 4
  store i32 0, i32* %item, align 4
  %item.1 = alloca i32, align 4
  store i32 0, i32* %item.1, align 4
  %item.2 = alloca i32, align 4
  store i32 0, i32* %item.2, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %joined = alloca i32, align 4
  store i32 0, i32* %joined, align 4
  %replaced = alloca i32, align 4
  store i32 0, i32* %replaced, align 4
  %r.1 = alloca i32, align 4
  store i32 0, i32* %r.1, align 4
  %prefix = alloca i32, align 4
  store i32 0, i32* %prefix, align 4
  %item.3 = alloca i32, align 4
  store i32 0, i32* %item.3, align 4
  %item.4 = alloca i32, align 4
  store i32 0, i32* %item.4, align 4
  %item.5 = alloca i32, align 4
  store i32 0, i32* %item.5, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.4 = alloca i32, align 4
  store i32 0, i32* %len.4, align 4
  %checks = alloca i32, align 4
  store i32 0, i32* %checks, align 4
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
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
  %unaligned4 = alloca i64, align 8
  %result5 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %unaligned13 = alloca i16, align 2
  %unaligned23 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %result27 = alloca i32, align 4
  %unaligned29 = alloca i32, align 4
  %unaligned47 = alloca i32, align 4
  %unaligned49 = alloca i32, align 4
  %unaligned52 = alloca i32, align 4
  %result53 = alloca i32, align 4
  %unaligned55 = alloca i32, align 4
  %unaligned67 = alloca i32, align 4
  %unaligned80 = alloca i32, align 4
  %unaligned86 = alloca i32, align 4
  %unaligned88 = alloca i16, align 2
  %unaligned98 = alloca i32, align 4
  %unaligned101 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
  %unaligned111 = alloca i32, align 4
  %result112 = alloca i32, align 4
  %unaligned120 = alloca i32, align 4
  %result121 = alloca i32, align 4
  %unaligned128 = alloca i32, align 4
  %unaligned130 = alloca i32, align 4
  %unaligned132 = alloca i32, align 4
  %unaligned134 = alloca i32, align 4
  %unaligned138 = alloca i32, align 4
  %unaligned142 = alloca i32, align 4
  %result143 = alloca i32, align 4
  %unaligned151 = alloca i32, align 4
  %result152 = alloca i32, align 4
  %unaligned168 = alloca i32, align 4
  %unaligned170 = alloca i32, align 4
  %unaligned172 = alloca i32, align 4
  %unaligned174 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %body
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

trap253.site0:                                    ; preds = %ok175, %ok157, %ok155, %ok153, %ok144, %ok139, %ok135, %ok113, %ok108, %ok106, %ok102, %ok77, %ok69, %ok40, %ok1
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
  store i32 %62, i32* %name, align 4
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 8
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %ok171, %ok169, %e38, %ok166, %ok165, %ok164, %ok163, %e34, %stack_ok140, %stack_ok136, %ok131, %ok129, %ok127, %ok126, %e21, %stack_ok109, %stack_ok103, %e6, %ok96, %join94, %ok87, %ok85, %join83, %stack_ok78, %ok66, %join64, %ok51, %e3, %ok46, %join44, %ok25, %e1, %ok21, %join19, %ok12, %ok10, %join, %ok6, %ok2, %stack_ok
  %68 = load i64, i64* %lowStart, align 8
  %69 = getelementptr i64, i64* %regs, i64 6
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %lowEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 7
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %highEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 8
  store i64 %72, i64* %73, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %74 = getelementptr i8, i8* %mem, i64 %65
  %75 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %74, i64 8, i1 false)
  %76 = load i64, i64* %unaligned4, align 8
  store i64 %76, i64* %n, align 8
  %77 = getelementptr i64, i64* %regs, i64 1
  %78 = getelementptr i64, i64* %regs, i64 2
  %79 = load i64, i64* %77, align 8
  %80 = add i64 %79, 7
  %81 = and i64 %80, -8
  %82 = add i64 %81, 48
  %83 = load i64, i64* %78, align 8
  %84 = icmp ugt i64 %82, %83
  br i1 %84, label %trap15.site4, label %ok6

e0:                                               ; preds = %ok173
  %85 = load i32, i32* %result5, align 4
  store i32 %85, i32* %result, align 4
  %86 = load i32, i32* %result, align 4
  store i32 %86, i32* %result.1, align 4
  %87 = getelementptr i64, i64* %regs, i64 3
  %88 = load i64, i64* %87, align 8
  %89 = trunc i64 %88 to i32
  store i32 %89, i32* %json_start, align 4
  %90 = load i32, i32* %result.1, align 4
  %91 = load i32, i32* %json_start, align 4
  %92 = icmp uge i32 %depth, 1000
  br i1 %92, label %trap15.site0, label %ok175

ok6:                                              ; preds = %ok3
  store i64 %82, i64* %77, align 8
  %93 = trunc i64 %81 to i32
  store i32 %93, i32* %dict, align 4
  %94 = load i32, i32* %name, align 4
  store i32 %94, i32* %part, align 4
  %95 = getelementptr i64, i64* %regs, i64 1
  %96 = load i64, i64* %95, align 8
  %97 = trunc i64 %96 to i32
  %98 = add i32 %97, 3
  %99 = and i32 %98, -4
  store i32 %99, i32* %text, align 4
  %100 = load i32, i32* %text, align 4
  %101 = add i32 %100, 4
  store i32 %101, i32* %cur, align 4
  %102 = load i32, i32* %part, align 4
  store i32 %102, i32* %s, align 4
  %103 = load i32, i32* %s, align 4
  %104 = zext i32 %103 to i64
  %105 = add i64 %104, 4
  %106 = icmp ugt i64 %105, %arena_size
  br i1 %106, label %trap17.site0, label %ok8

trap15.site4:                                     ; preds = %then181, %ok3
  %107 = load i64, i64* %lowStart, align 8
  %108 = getelementptr i64, i64* %regs, i64 6
  store i64 %107, i64* %108, align 8
  %109 = load i64, i64* %lowEnd, align 8
  %110 = getelementptr i64, i64* %regs, i64 7
  store i64 %109, i64* %110, align 8
  %111 = load i64, i64* %highEnd, align 8
  %112 = getelementptr i64, i64* %regs, i64 8
  store i64 %111, i64* %112, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

e1:                                               ; preds = %ok24
  %113 = load i32, i32* %result7, align 4
  store i32 %113, i32* %hello, align 4
  %114 = load i32, i32* %dict, align 4
  %115 = load i32, i32* %hello, align 4
  %116 = zext i32 %114 to i64
  %117 = add i64 %116, 4
  %118 = icmp ugt i64 %117, %arena_size
  br i1 %118, label %trap17.site0, label %ok25

ok8:                                              ; preds = %ok6
  %119 = getelementptr i8, i8* %mem, i64 %104
  %120 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %120, i8* %119, i64 4, i1 false)
  %121 = load i32, i32* %unaligned9, align 4
  store i32 %121, i32* %slen, align 4
  %122 = load i32, i32* %cur, align 4
  %123 = load i32, i32* %slen, align 4
  %124 = add i32 7, %123
  %125 = add i32 %122, %124
  %126 = getelementptr i64, i64* %regs, i64 2
  %127 = load i64, i64* %126, align 8
  %128 = trunc i64 %127 to i32
  %129 = icmp ugt i32 %125, %128
  %130 = zext i1 %129 to i32
  %131 = icmp ne i32 %130, 0
  br i1 %131, label %then, label %else

then:                                             ; preds = %ok8
  br label %trap15.site5

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %132 = load i32, i32* %cur, align 4
  %133 = zext i32 %132 to i64
  %134 = add i64 %133, 4
  %135 = icmp ugt i64 %134, %arena_size
  br i1 %135, label %trap17.site0, label %ok10

trap15.site5:                                     ; preds = %ok22, %then17, %then
  %136 = load i64, i64* %lowStart, align 8
  %137 = getelementptr i64, i64* %regs, i64 6
  store i64 %136, i64* %137, align 8
  %138 = load i64, i64* %lowEnd, align 8
  %139 = getelementptr i64, i64* %regs, i64 7
  store i64 %138, i64* %139, align 8
  %140 = load i64, i64* %highEnd, align 8
  %141 = getelementptr i64, i64* %regs, i64 8
  store i64 %140, i64* %141, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok10:                                             ; preds = %join
  %142 = getelementptr i8, i8* %mem, i64 %133
  %143 = icmp ult i64 %133, %scratch_start
  %144 = load i64, i64* %lowEnd, align 8
  %145 = load i64, i64* %highEnd, align 8
  %146 = call i64 @llvm.umax.i64(i64 %144, i64 %134)
  %147 = select i1 %143, i64 %146, i64 %144
  store i64 %147, i64* %lowEnd, align 8
  %148 = call i64 @llvm.umax.i64(i64 %145, i64 %134)
  %149 = select i1 %143, i64 %145, i64 %148
  store i64 %149, i64* %highEnd, align 8
  %150 = load i64, i64* %lowStart, align 8
  %151 = call i64 @llvm.umin.i64(i64 %150, i64 %133)
  store i64 %151, i64* %lowStart, align 8
  store i32 1819043144, i32* %unaligned11, align 4
  %152 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %142, i8* %152, i64 4, i1 false)
  %153 = load i32, i32* %cur, align 4
  %154 = zext i32 %153 to i64
  %155 = add i64 %154, 4
  %156 = add i64 %155, 2
  %157 = icmp ugt i64 %156, %arena_size
  br i1 %157, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok10
  %158 = getelementptr i8, i8* %mem, i64 %155
  %159 = icmp ult i64 %155, %scratch_start
  %160 = load i64, i64* %lowEnd, align 8
  %161 = load i64, i64* %highEnd, align 8
  %162 = call i64 @llvm.umax.i64(i64 %160, i64 %156)
  %163 = select i1 %159, i64 %162, i64 %160
  store i64 %163, i64* %lowEnd, align 8
  %164 = call i64 @llvm.umax.i64(i64 %161, i64 %156)
  %165 = select i1 %159, i64 %161, i64 %164
  store i64 %165, i64* %highEnd, align 8
  %166 = load i64, i64* %lowStart, align 8
  %167 = call i64 @llvm.umin.i64(i64 %166, i64 %155)
  store i64 %167, i64* %lowStart, align 8
  store i16 11375, i16* %unaligned13, align 2
  %168 = bitcast i16* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %158, i8* %168, i64 2, i1 false)
  %169 = load i32, i32* %cur, align 4
  %170 = zext i32 %169 to i64
  %171 = add i64 %170, 6
  %172 = add i64 %171, 1
  %173 = icmp ugt i64 %172, %arena_size
  br i1 %173, label %trap17.site0, label %ok14

ok14:                                             ; preds = %ok12
  %174 = getelementptr i8, i8* %mem, i64 %171
  %175 = icmp ult i64 %171, %scratch_start
  %176 = load i64, i64* %lowEnd, align 8
  %177 = load i64, i64* %highEnd, align 8
  %178 = call i64 @llvm.umax.i64(i64 %176, i64 %172)
  %179 = select i1 %175, i64 %178, i64 %176
  store i64 %179, i64* %lowEnd, align 8
  %180 = call i64 @llvm.umax.i64(i64 %177, i64 %172)
  %181 = select i1 %175, i64 %177, i64 %180
  store i64 %181, i64* %highEnd, align 8
  %182 = load i64, i64* %lowStart, align 8
  %183 = call i64 @llvm.umin.i64(i64 %182, i64 %171)
  store i64 %183, i64* %lowStart, align 8
  store i8 32, i8* %174, align 1
  %184 = load i32, i32* %cur, align 4
  %185 = add i32 %184, 7
  store i32 %185, i32* %cur, align 4
  %186 = load i32, i32* %cur, align 4
  %187 = load i32, i32* %s, align 4
  %188 = add i32 %187, 4
  %189 = load i32, i32* %slen, align 4
  %190 = zext i32 %189 to i64
  %191 = zext i32 %186 to i64
  %192 = add i64 %191, %190
  %193 = icmp ugt i64 %192, %arena_size
  br i1 %193, label %trap17.site5, label %ok15

ok15:                                             ; preds = %ok14
  %194 = zext i32 %188 to i64
  %195 = add i64 %194, %190
  %196 = icmp ugt i64 %195, %arena_size
  br i1 %196, label %trap17.site5, label %ok16

trap17.site5:                                     ; preds = %ok15, %ok14
  %197 = load i64, i64* %lowStart, align 8
  %198 = getelementptr i64, i64* %regs, i64 6
  store i64 %197, i64* %198, align 8
  %199 = load i64, i64* %lowEnd, align 8
  %200 = getelementptr i64, i64* %regs, i64 7
  store i64 %199, i64* %200, align 8
  %201 = load i64, i64* %highEnd, align 8
  %202 = getelementptr i64, i64* %regs, i64 8
  store i64 %201, i64* %202, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

ok16:                                             ; preds = %ok15
  %203 = icmp ult i64 %191, %scratch_start
  %204 = load i64, i64* %lowEnd, align 8
  %205 = load i64, i64* %highEnd, align 8
  %206 = call i64 @llvm.umax.i64(i64 %204, i64 %192)
  %207 = select i1 %203, i64 %206, i64 %204
  store i64 %207, i64* %lowEnd, align 8
  %208 = call i64 @llvm.umax.i64(i64 %205, i64 %192)
  %209 = select i1 %203, i64 %205, i64 %208
  store i64 %209, i64* %highEnd, align 8
  %210 = load i64, i64* %lowStart, align 8
  %211 = call i64 @llvm.umin.i64(i64 %210, i64 %191)
  store i64 %211, i64* %lowStart, align 8
  %212 = getelementptr i8, i8* %mem, i64 %191
  %213 = getelementptr i8, i8* %mem, i64 %194
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %212, i8* %213, i64 %190, i1 false)
  %214 = load i32, i32* %cur, align 4
  %215 = load i32, i32* %slen, align 4
  %216 = add i32 %214, %215
  store i32 %216, i32* %cur, align 4
  %217 = load i32, i32* %cur, align 4
  %218 = add i32 %217, 1
  %219 = getelementptr i64, i64* %regs, i64 2
  %220 = load i64, i64* %219, align 8
  %221 = trunc i64 %220 to i32
  %222 = icmp ugt i32 %218, %221
  %223 = zext i1 %222 to i32
  %224 = icmp ne i32 %223, 0
  br i1 %224, label %then17, label %else18

then17:                                           ; preds = %ok16
  br label %trap15.site5

else18:                                           ; preds = %ok16
  br label %join19

join19:                                           ; preds = %else18, %dead20
  %225 = load i32, i32* %cur, align 4
  %226 = zext i32 %225 to i64
  %227 = add i64 %226, 1
  %228 = icmp ugt i64 %227, %arena_size
  br i1 %228, label %trap17.site0, label %ok21

dead20:                                           ; No predecessors!
  br label %join19

ok21:                                             ; preds = %join19
  %229 = getelementptr i8, i8* %mem, i64 %226
  %230 = icmp ult i64 %226, %scratch_start
  %231 = load i64, i64* %lowEnd, align 8
  %232 = load i64, i64* %highEnd, align 8
  %233 = call i64 @llvm.umax.i64(i64 %231, i64 %227)
  %234 = select i1 %230, i64 %233, i64 %231
  store i64 %234, i64* %lowEnd, align 8
  %235 = call i64 @llvm.umax.i64(i64 %232, i64 %227)
  %236 = select i1 %230, i64 %232, i64 %235
  store i64 %236, i64* %highEnd, align 8
  %237 = load i64, i64* %lowStart, align 8
  %238 = call i64 @llvm.umin.i64(i64 %237, i64 %226)
  store i64 %238, i64* %lowStart, align 8
  store i8 33, i8* %229, align 1
  %239 = load i32, i32* %cur, align 4
  %240 = add i32 %239, 1
  store i32 %240, i32* %cur, align 4
  %241 = load i32, i32* %cur, align 4
  %242 = load i32, i32* %text, align 4
  %243 = sub i32 %241, %242
  %244 = sub i32 %243, 4
  store i32 %244, i32* %len, align 4
  %245 = load i32, i32* %text, align 4
  %246 = load i32, i32* %len, align 4
  %247 = zext i32 %245 to i64
  %248 = add i64 %247, 4
  %249 = icmp ugt i64 %248, %arena_size
  br i1 %249, label %trap17.site0, label %ok22

ok22:                                             ; preds = %ok21
  %250 = getelementptr i8, i8* %mem, i64 %247
  %251 = icmp ult i64 %247, %scratch_start
  %252 = load i64, i64* %lowEnd, align 8
  %253 = load i64, i64* %highEnd, align 8
  %254 = call i64 @llvm.umax.i64(i64 %252, i64 %248)
  %255 = select i1 %251, i64 %254, i64 %252
  store i64 %255, i64* %lowEnd, align 8
  %256 = call i64 @llvm.umax.i64(i64 %253, i64 %248)
  %257 = select i1 %251, i64 %253, i64 %256
  store i64 %257, i64* %highEnd, align 8
  %258 = load i64, i64* %lowStart, align 8
  %259 = call i64 @llvm.umin.i64(i64 %258, i64 %247)
  store i64 %259, i64* %lowStart, align 8
  store i32 %246, i32* %unaligned23, align 4
  %260 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %250, i8* %260, i64 4, i1 false)
  %261 = load i32, i32* %len, align 4
  %262 = add i32 %261, 4
  %263 = zext i32 %262 to i64
  %264 = getelementptr i64, i64* %regs, i64 1
  %265 = getelementptr i64, i64* %regs, i64 2
  %266 = load i64, i64* %264, align 8
  %267 = add i64 %266, 3
  %268 = and i64 %267, -4
  %269 = add i64 %268, %263
  %270 = load i64, i64* %265, align 8
  %271 = icmp ugt i64 %269, %270
  br i1 %271, label %trap15.site5, label %ok24

ok24:                                             ; preds = %ok22
  store i64 %269, i64* %264, align 8
  %272 = trunc i64 %268 to i32
  store i32 %272, i32* %result7, align 4
  br label %e1

ok25:                                             ; preds = %e1
  %273 = getelementptr i8, i8* %mem, i64 %116
  %274 = icmp ult i64 %116, %scratch_start
  %275 = load i64, i64* %lowEnd, align 8
  %276 = load i64, i64* %highEnd, align 8
  %277 = call i64 @llvm.umax.i64(i64 %275, i64 %117)
  %278 = select i1 %274, i64 %277, i64 %275
  store i64 %278, i64* %lowEnd, align 8
  %279 = call i64 @llvm.umax.i64(i64 %276, i64 %117)
  %280 = select i1 %274, i64 %276, i64 %279
  store i64 %280, i64* %highEnd, align 8
  %281 = load i64, i64* %lowStart, align 8
  %282 = call i64 @llvm.umin.i64(i64 %281, i64 %116)
  store i64 %282, i64* %lowStart, align 8
  store i32 %115, i32* %unaligned26, align 4
  %283 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %273, i8* %283, i64 4, i1 false)
  %284 = load i32, i32* %name, align 4
  store i32 %284, i32* %part.1, align 4
  %285 = load i64, i64* %n, align 8
  store i64 %285, i64* %part.2, align 8
  %286 = getelementptr i64, i64* %regs, i64 1
  %287 = load i64, i64* %286, align 8
  %288 = trunc i64 %287 to i32
  %289 = add i32 %288, 3
  %290 = and i32 %289, -4
  store i32 %290, i32* %text.1, align 4
  %291 = load i32, i32* %text.1, align 4
  %292 = add i32 %291, 4
  store i32 %292, i32* %cur.1, align 4
  %293 = load i32, i32* %part.1, align 4
  store i32 %293, i32* %s.1, align 4
  %294 = load i32, i32* %s.1, align 4
  %295 = zext i32 %294 to i64
  %296 = add i64 %295, 4
  %297 = icmp ugt i64 %296, %arena_size
  br i1 %297, label %trap17.site0, label %ok28

e3:                                               ; preds = %ok50
  %298 = load i32, i32* %result27, align 4
  store i32 %298, i32* %counted, align 4
  %299 = load i32, i32* %dict, align 4
  %300 = load i32, i32* %counted, align 4
  %301 = zext i32 %299 to i64
  %302 = add i64 %301, 4
  %303 = add i64 %302, 4
  %304 = icmp ugt i64 %303, %arena_size
  br i1 %304, label %trap17.site0, label %ok51

ok28:                                             ; preds = %ok25
  %305 = getelementptr i8, i8* %mem, i64 %295
  %306 = bitcast i32* %unaligned29 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %306, i8* %305, i64 4, i1 false)
  %307 = load i32, i32* %unaligned29, align 4
  store i32 %307, i32* %slen.1, align 4
  %308 = load i32, i32* %cur.1, align 4
  %309 = load i32, i32* %slen.1, align 4
  %310 = add i32 %308, %309
  %311 = getelementptr i64, i64* %regs, i64 2
  %312 = load i64, i64* %311, align 8
  %313 = trunc i64 %312 to i32
  %314 = icmp ugt i32 %310, %313
  %315 = zext i1 %314 to i32
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %then30, label %else31

then30:                                           ; preds = %ok28
  br label %trap15.site6

else31:                                           ; preds = %ok28
  br label %join32

join32:                                           ; preds = %else31, %dead33
  %317 = load i32, i32* %cur.1, align 4
  %318 = load i32, i32* %s.1, align 4
  %319 = add i32 %318, 4
  %320 = load i32, i32* %slen.1, align 4
  %321 = zext i32 %320 to i64
  %322 = zext i32 %317 to i64
  %323 = add i64 %322, %321
  %324 = icmp ugt i64 %323, %arena_size
  br i1 %324, label %trap17.site6, label %ok34

trap15.site6:                                     ; preds = %ok48, %then42, %join38, %then36, %then30
  %325 = load i64, i64* %lowStart, align 8
  %326 = getelementptr i64, i64* %regs, i64 6
  store i64 %325, i64* %326, align 8
  %327 = load i64, i64* %lowEnd, align 8
  %328 = getelementptr i64, i64* %regs, i64 7
  store i64 %327, i64* %328, align 8
  %329 = load i64, i64* %highEnd, align 8
  %330 = getelementptr i64, i64* %regs, i64 8
  store i64 %329, i64* %330, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

dead33:                                           ; No predecessors!
  br label %join32

ok34:                                             ; preds = %join32
  %331 = zext i32 %319 to i64
  %332 = add i64 %331, %321
  %333 = icmp ugt i64 %332, %arena_size
  br i1 %333, label %trap17.site6, label %ok35

trap17.site6:                                     ; preds = %ok34, %join32
  %334 = load i64, i64* %lowStart, align 8
  %335 = getelementptr i64, i64* %regs, i64 6
  store i64 %334, i64* %335, align 8
  %336 = load i64, i64* %lowEnd, align 8
  %337 = getelementptr i64, i64* %regs, i64 7
  store i64 %336, i64* %337, align 8
  %338 = load i64, i64* %highEnd, align 8
  %339 = getelementptr i64, i64* %regs, i64 8
  store i64 %338, i64* %339, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 6)
  unreachable

ok35:                                             ; preds = %ok34
  %340 = icmp ult i64 %322, %scratch_start
  %341 = load i64, i64* %lowEnd, align 8
  %342 = load i64, i64* %highEnd, align 8
  %343 = call i64 @llvm.umax.i64(i64 %341, i64 %323)
  %344 = select i1 %340, i64 %343, i64 %341
  store i64 %344, i64* %lowEnd, align 8
  %345 = call i64 @llvm.umax.i64(i64 %342, i64 %323)
  %346 = select i1 %340, i64 %342, i64 %345
  store i64 %346, i64* %highEnd, align 8
  %347 = load i64, i64* %lowStart, align 8
  %348 = call i64 @llvm.umin.i64(i64 %347, i64 %322)
  store i64 %348, i64* %lowStart, align 8
  %349 = getelementptr i8, i8* %mem, i64 %322
  %350 = getelementptr i8, i8* %mem, i64 %331
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %349, i8* %350, i64 %321, i1 false)
  %351 = load i32, i32* %cur.1, align 4
  %352 = load i32, i32* %slen.1, align 4
  %353 = add i32 %351, %352
  store i32 %353, i32* %cur.1, align 4
  %354 = load i32, i32* %cur.1, align 4
  %355 = add i32 %354, 20
  %356 = getelementptr i64, i64* %regs, i64 2
  %357 = load i64, i64* %356, align 8
  %358 = trunc i64 %357 to i32
  %359 = icmp ugt i32 %355, %358
  %360 = zext i1 %359 to i32
  %361 = icmp ne i32 %360, 0
  br i1 %361, label %then36, label %else37

then36:                                           ; preds = %ok35
  br label %trap15.site6

else37:                                           ; preds = %ok35
  br label %join38

join38:                                           ; preds = %else37, %dead39
  %362 = load i32, i32* %cur.1, align 4
  %363 = load i64, i64* %part.2, align 8
  %364 = load i32, i32* %cur.1, align 4
  %365 = icmp uge i32 %depth, 1000
  br i1 %365, label %trap15.site6, label %ok40

dead39:                                           ; No predecessors!
  br label %join38

ok40:                                             ; preds = %join38
  %366 = getelementptr i64, i64* %regs, i64 10
  %367 = load i64, i64* %366, align 8
  %368 = icmp ult i64 %10, %367
  br i1 %368, label %trap253.site0, label %stack_ok41

stack_ok41:                                       ; preds = %ok40
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
  %378 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %377, i64 %363, i32 %364)
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
  %387 = add i32 %362, %378
  store i32 %387, i32* %cur.1, align 4
  %388 = load i32, i32* %cur.1, align 4
  %389 = add i32 %388, 4
  %390 = getelementptr i64, i64* %regs, i64 2
  %391 = load i64, i64* %390, align 8
  %392 = trunc i64 %391 to i32
  %393 = icmp ugt i32 %389, %392
  %394 = zext i1 %393 to i32
  %395 = icmp ne i32 %394, 0
  br i1 %395, label %then42, label %else43

then42:                                           ; preds = %stack_ok41
  br label %trap15.site6

else43:                                           ; preds = %stack_ok41
  br label %join44

join44:                                           ; preds = %else43, %dead45
  %396 = load i32, i32* %cur.1, align 4
  %397 = zext i32 %396 to i64
  %398 = add i64 %397, 4
  %399 = icmp ugt i64 %398, %arena_size
  br i1 %399, label %trap17.site0, label %ok46

dead45:                                           ; No predecessors!
  br label %join44

ok46:                                             ; preds = %join44
  %400 = getelementptr i8, i8* %mem, i64 %397
  %401 = icmp ult i64 %397, %scratch_start
  %402 = load i64, i64* %lowEnd, align 8
  %403 = load i64, i64* %highEnd, align 8
  %404 = call i64 @llvm.umax.i64(i64 %402, i64 %398)
  %405 = select i1 %401, i64 %404, i64 %402
  store i64 %405, i64* %lowEnd, align 8
  %406 = call i64 @llvm.umax.i64(i64 %403, i64 %398)
  %407 = select i1 %401, i64 %403, i64 %406
  store i64 %407, i64* %highEnd, align 8
  %408 = load i64, i64* %lowStart, align 8
  %409 = call i64 @llvm.umin.i64(i64 %408, i64 %397)
  store i64 %409, i64* %lowStart, align 8
  store i32 1702195828, i32* %unaligned47, align 4
  %410 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %400, i8* %410, i64 4, i1 false)
  %411 = load i32, i32* %cur.1, align 4
  %412 = add i32 %411, 4
  store i32 %412, i32* %cur.1, align 4
  %413 = load i32, i32* %cur.1, align 4
  %414 = load i32, i32* %text.1, align 4
  %415 = sub i32 %413, %414
  %416 = sub i32 %415, 4
  store i32 %416, i32* %len.1, align 4
  %417 = load i32, i32* %text.1, align 4
  %418 = load i32, i32* %len.1, align 4
  %419 = zext i32 %417 to i64
  %420 = add i64 %419, 4
  %421 = icmp ugt i64 %420, %arena_size
  br i1 %421, label %trap17.site0, label %ok48

ok48:                                             ; preds = %ok46
  %422 = getelementptr i8, i8* %mem, i64 %419
  %423 = icmp ult i64 %419, %scratch_start
  %424 = load i64, i64* %lowEnd, align 8
  %425 = load i64, i64* %highEnd, align 8
  %426 = call i64 @llvm.umax.i64(i64 %424, i64 %420)
  %427 = select i1 %423, i64 %426, i64 %424
  store i64 %427, i64* %lowEnd, align 8
  %428 = call i64 @llvm.umax.i64(i64 %425, i64 %420)
  %429 = select i1 %423, i64 %425, i64 %428
  store i64 %429, i64* %highEnd, align 8
  %430 = load i64, i64* %lowStart, align 8
  %431 = call i64 @llvm.umin.i64(i64 %430, i64 %419)
  store i64 %431, i64* %lowStart, align 8
  store i32 %418, i32* %unaligned49, align 4
  %432 = bitcast i32* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %422, i8* %432, i64 4, i1 false)
  %433 = load i32, i32* %len.1, align 4
  %434 = add i32 %433, 4
  %435 = zext i32 %434 to i64
  %436 = getelementptr i64, i64* %regs, i64 1
  %437 = getelementptr i64, i64* %regs, i64 2
  %438 = load i64, i64* %436, align 8
  %439 = add i64 %438, 3
  %440 = and i64 %439, -4
  %441 = add i64 %440, %435
  %442 = load i64, i64* %437, align 8
  %443 = icmp ugt i64 %441, %442
  br i1 %443, label %trap15.site6, label %ok50

ok50:                                             ; preds = %ok48
  store i64 %441, i64* %436, align 8
  %444 = trunc i64 %440 to i32
  store i32 %444, i32* %result27, align 4
  br label %e3

ok51:                                             ; preds = %e3
  %445 = getelementptr i8, i8* %mem, i64 %302
  %446 = icmp ult i64 %302, %scratch_start
  %447 = load i64, i64* %lowEnd, align 8
  %448 = load i64, i64* %highEnd, align 8
  %449 = call i64 @llvm.umax.i64(i64 %447, i64 %303)
  %450 = select i1 %446, i64 %449, i64 %447
  store i64 %450, i64* %lowEnd, align 8
  %451 = call i64 @llvm.umax.i64(i64 %448, i64 %303)
  %452 = select i1 %446, i64 %448, i64 %451
  store i64 %452, i64* %highEnd, align 8
  %453 = load i64, i64* %lowStart, align 8
  %454 = call i64 @llvm.umin.i64(i64 %453, i64 %302)
  store i64 %454, i64* %lowStart, align 8
  store i32 %300, i32* %unaligned52, align 4
  %455 = bitcast i32* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %445, i8* %455, i64 4, i1 false)
  %456 = load i32, i32* %name, align 4
  store i32 %456, i32* %part.3, align 4
  %457 = load i64, i64* %n, align 8
  store i64 %457, i64* %part.4, align 8
  %458 = load i64, i64* %n, align 8
  %459 = sitofp i64 %458 to double
  %460 = fmul double %459, 1.500000e+00
  store double %460, double* %part.5, align 8
  %461 = load i64, i64* %n, align 8
  %462 = icmp sgt i64 %461, 2
  %463 = zext i1 %462 to i32
  store i32 %463, i32* %part.6, align 4
  %464 = getelementptr i64, i64* %regs, i64 1
  %465 = load i64, i64* %464, align 8
  %466 = trunc i64 %465 to i32
  %467 = add i32 %466, 3
  %468 = and i32 %467, -4
  store i32 %468, i32* %text.2, align 4
  %469 = load i32, i32* %text.2, align 4
  %470 = add i32 %469, 4
  store i32 %470, i32* %cur.2, align 4
  %471 = load i32, i32* %part.3, align 4
  store i32 %471, i32* %s.2, align 4
  %472 = load i32, i32* %s.2, align 4
  %473 = zext i32 %472 to i64
  %474 = add i64 %473, 4
  %475 = icmp ugt i64 %474, %arena_size
  br i1 %475, label %trap17.site0, label %ok54

e6:                                               ; preds = %ok99
  %476 = load i32, i32* %result53, align 4
  store i32 %476, i32* %interpolated, align 4
  %477 = load i32, i32* %dict, align 4
  %478 = load i32, i32* %interpolated, align 4
  %479 = zext i32 %477 to i64
  %480 = add i64 %479, 8
  %481 = add i64 %480, 4
  %482 = icmp ugt i64 %481, %arena_size
  br i1 %482, label %trap17.site0, label %ok100

ok54:                                             ; preds = %ok51
  %483 = getelementptr i8, i8* %mem, i64 %473
  %484 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %484, i8* %483, i64 4, i1 false)
  %485 = load i32, i32* %unaligned55, align 4
  store i32 %485, i32* %slen.2, align 4
  %486 = load i32, i32* %cur.2, align 4
  %487 = load i32, i32* %slen.2, align 4
  %488 = add i32 %486, %487
  %489 = getelementptr i64, i64* %regs, i64 2
  %490 = load i64, i64* %489, align 8
  %491 = trunc i64 %490 to i32
  %492 = icmp ugt i32 %488, %491
  %493 = zext i1 %492 to i32
  %494 = icmp ne i32 %493, 0
  br i1 %494, label %then56, label %else57

then56:                                           ; preds = %ok54
  br label %trap15.site9

else57:                                           ; preds = %ok54
  br label %join58

join58:                                           ; preds = %else57, %dead59
  %495 = load i32, i32* %cur.2, align 4
  %496 = load i32, i32* %s.2, align 4
  %497 = add i32 %496, 4
  %498 = load i32, i32* %slen.2, align 4
  %499 = zext i32 %498 to i64
  %500 = zext i32 %495 to i64
  %501 = add i64 %500, %499
  %502 = icmp ugt i64 %501, %arena_size
  br i1 %502, label %trap17.site9, label %ok60

trap15.site9:                                     ; preds = %ok97, %then92, %then81, %ok76, %then71, %ok68, %then62, %then56
  %503 = load i64, i64* %lowStart, align 8
  %504 = getelementptr i64, i64* %regs, i64 6
  store i64 %503, i64* %504, align 8
  %505 = load i64, i64* %lowEnd, align 8
  %506 = getelementptr i64, i64* %regs, i64 7
  store i64 %505, i64* %506, align 8
  %507 = load i64, i64* %highEnd, align 8
  %508 = getelementptr i64, i64* %regs, i64 8
  store i64 %507, i64* %508, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead59:                                           ; No predecessors!
  br label %join58

ok60:                                             ; preds = %join58
  %509 = zext i32 %497 to i64
  %510 = add i64 %509, %499
  %511 = icmp ugt i64 %510, %arena_size
  br i1 %511, label %trap17.site9, label %ok61

trap17.site9:                                     ; preds = %ok90, %ok89, %ok75, %join73, %ok60, %join58
  %512 = load i64, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  store i64 %516, i64* %517, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

ok61:                                             ; preds = %ok60
  %518 = icmp ult i64 %500, %scratch_start
  %519 = load i64, i64* %lowEnd, align 8
  %520 = load i64, i64* %highEnd, align 8
  %521 = call i64 @llvm.umax.i64(i64 %519, i64 %501)
  %522 = select i1 %518, i64 %521, i64 %519
  store i64 %522, i64* %lowEnd, align 8
  %523 = call i64 @llvm.umax.i64(i64 %520, i64 %501)
  %524 = select i1 %518, i64 %520, i64 %523
  store i64 %524, i64* %highEnd, align 8
  %525 = load i64, i64* %lowStart, align 8
  %526 = call i64 @llvm.umin.i64(i64 %525, i64 %500)
  store i64 %526, i64* %lowStart, align 8
  %527 = getelementptr i8, i8* %mem, i64 %500
  %528 = getelementptr i8, i8* %mem, i64 %509
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %527, i8* %528, i64 %499, i1 false)
  %529 = load i32, i32* %cur.2, align 4
  %530 = load i32, i32* %slen.2, align 4
  %531 = add i32 %529, %530
  store i32 %531, i32* %cur.2, align 4
  %532 = load i32, i32* %cur.2, align 4
  %533 = add i32 %532, 25
  %534 = getelementptr i64, i64* %regs, i64 2
  %535 = load i64, i64* %534, align 8
  %536 = trunc i64 %535 to i32
  %537 = icmp ugt i32 %533, %536
  %538 = zext i1 %537 to i32
  %539 = icmp ne i32 %538, 0
  br i1 %539, label %then62, label %else63

then62:                                           ; preds = %ok61
  br label %trap15.site9

else63:                                           ; preds = %ok61
  br label %join64

join64:                                           ; preds = %else63, %dead65
  %540 = load i32, i32* %cur.2, align 4
  %541 = zext i32 %540 to i64
  %542 = add i64 %541, 4
  %543 = icmp ugt i64 %542, %arena_size
  br i1 %543, label %trap17.site0, label %ok66

dead65:                                           ; No predecessors!
  br label %join64

ok66:                                             ; preds = %join64
  %544 = getelementptr i8, i8* %mem, i64 %541
  %545 = icmp ult i64 %541, %scratch_start
  %546 = load i64, i64* %lowEnd, align 8
  %547 = load i64, i64* %highEnd, align 8
  %548 = call i64 @llvm.umax.i64(i64 %546, i64 %542)
  %549 = select i1 %545, i64 %548, i64 %546
  store i64 %549, i64* %lowEnd, align 8
  %550 = call i64 @llvm.umax.i64(i64 %547, i64 %542)
  %551 = select i1 %545, i64 %547, i64 %550
  store i64 %551, i64* %highEnd, align 8
  %552 = load i64, i64* %lowStart, align 8
  %553 = call i64 @llvm.umin.i64(i64 %552, i64 %541)
  store i64 %553, i64* %lowStart, align 8
  store i32 1935763488, i32* %unaligned67, align 4
  %554 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %544, i8* %554, i64 4, i1 false)
  %555 = load i32, i32* %cur.2, align 4
  %556 = zext i32 %555 to i64
  %557 = add i64 %556, 4
  %558 = add i64 %557, 1
  %559 = icmp ugt i64 %558, %arena_size
  br i1 %559, label %trap17.site0, label %ok68

ok68:                                             ; preds = %ok66
  %560 = getelementptr i8, i8* %mem, i64 %557
  %561 = icmp ult i64 %557, %scratch_start
  %562 = load i64, i64* %lowEnd, align 8
  %563 = load i64, i64* %highEnd, align 8
  %564 = call i64 @llvm.umax.i64(i64 %562, i64 %558)
  %565 = select i1 %561, i64 %564, i64 %562
  store i64 %565, i64* %lowEnd, align 8
  %566 = call i64 @llvm.umax.i64(i64 %563, i64 %558)
  %567 = select i1 %561, i64 %563, i64 %566
  store i64 %567, i64* %highEnd, align 8
  %568 = load i64, i64* %lowStart, align 8
  %569 = call i64 @llvm.umin.i64(i64 %568, i64 %557)
  store i64 %569, i64* %lowStart, align 8
  store i8 32, i8* %560, align 1
  %570 = load i32, i32* %cur.2, align 4
  %571 = add i32 %570, 5
  store i32 %571, i32* %cur.2, align 4
  %572 = load i32, i32* %cur.2, align 4
  %573 = load i64, i64* %part.4, align 8
  %574 = load i32, i32* %cur.2, align 4
  %575 = icmp uge i32 %depth, 1000
  br i1 %575, label %trap15.site9, label %ok69

ok69:                                             ; preds = %ok68
  %576 = getelementptr i64, i64* %regs, i64 10
  %577 = load i64, i64* %576, align 8
  %578 = icmp ult i64 %10, %577
  br i1 %578, label %trap253.site0, label %stack_ok70

stack_ok70:                                       ; preds = %ok69
  %579 = load i64, i64* %fuel, align 8
  %580 = getelementptr i64, i64* %regs, i64 0
  store i64 %579, i64* %580, align 8
  %581 = load i64, i64* %lowStart, align 8
  %582 = getelementptr i64, i64* %regs, i64 6
  store i64 %581, i64* %582, align 8
  %583 = load i64, i64* %lowEnd, align 8
  %584 = getelementptr i64, i64* %regs, i64 7
  store i64 %583, i64* %584, align 8
  %585 = load i64, i64* %highEnd, align 8
  %586 = getelementptr i64, i64* %regs, i64 8
  store i64 %585, i64* %586, align 8
  %587 = add i32 %depth, 1
  %588 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %587, i64 %573, i32 %574)
  %589 = getelementptr i64, i64* %regs, i64 0
  %590 = load i64, i64* %589, align 8
  store i64 %590, i64* %fuel, align 8
  %591 = getelementptr i64, i64* %regs, i64 6
  %592 = load i64, i64* %591, align 8
  store i64 %592, i64* %lowStart, align 8
  %593 = getelementptr i64, i64* %regs, i64 7
  %594 = load i64, i64* %593, align 8
  store i64 %594, i64* %lowEnd, align 8
  %595 = getelementptr i64, i64* %regs, i64 8
  %596 = load i64, i64* %595, align 8
  store i64 %596, i64* %highEnd, align 8
  %597 = add i32 %572, %588
  store i32 %597, i32* %cur.2, align 4
  %598 = load i32, i32* %cur.2, align 4
  %599 = add i32 %598, 340
  %600 = getelementptr i64, i64* %regs, i64 2
  %601 = load i64, i64* %600, align 8
  %602 = trunc i64 %601 to i32
  %603 = icmp ugt i32 %599, %602
  %604 = zext i1 %603 to i32
  %605 = icmp ne i32 %604, 0
  br i1 %605, label %then71, label %else72

then71:                                           ; preds = %stack_ok70
  br label %trap15.site9

else72:                                           ; preds = %stack_ok70
  br label %join73

join73:                                           ; preds = %else72, %dead74
  %606 = load i32, i32* %cur.2, align 4
  %607 = add i32 %606, 0
  %608 = zext i32 %607 to i64
  %609 = add i64 %608, 10
  %610 = icmp ugt i64 %609, %arena_size
  br i1 %610, label %trap17.site9, label %ok75

dead74:                                           ; No predecessors!
  br label %join73

ok75:                                             ; preds = %join73
  %611 = icmp ugt i64 10910, %arena_size
  br i1 %611, label %trap17.site9, label %ok76

ok76:                                             ; preds = %ok75
  %612 = icmp ult i64 %608, %scratch_start
  %613 = load i64, i64* %lowEnd, align 8
  %614 = load i64, i64* %highEnd, align 8
  %615 = call i64 @llvm.umax.i64(i64 %613, i64 %609)
  %616 = select i1 %612, i64 %615, i64 %613
  store i64 %616, i64* %lowEnd, align 8
  %617 = call i64 @llvm.umax.i64(i64 %614, i64 %609)
  %618 = select i1 %612, i64 %614, i64 %617
  store i64 %618, i64* %highEnd, align 8
  %619 = load i64, i64* %lowStart, align 8
  %620 = call i64 @llvm.umin.i64(i64 %619, i64 %608)
  store i64 %620, i64* %lowStart, align 8
  %621 = getelementptr i8, i8* %mem, i64 %608
  %622 = getelementptr i8, i8* %mem, i64 10900
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %621, i8* %622, i64 10, i1 false)
  %623 = load i32, i32* %cur.2, align 4
  %624 = add i32 %623, 10
  store i32 %624, i32* %cur.2, align 4
  %625 = load i32, i32* %cur.2, align 4
  %626 = load double, double* %part.5, align 8
  %627 = load i32, i32* %cur.2, align 4
  %628 = icmp uge i32 %depth, 1000
  br i1 %628, label %trap15.site9, label %ok77

ok77:                                             ; preds = %ok76
  %629 = getelementptr i64, i64* %regs, i64 10
  %630 = load i64, i64* %629, align 8
  %631 = icmp ult i64 %10, %630
  br i1 %631, label %trap253.site0, label %stack_ok78

stack_ok78:                                       ; preds = %ok77
  %632 = load i64, i64* %fuel, align 8
  %633 = getelementptr i64, i64* %regs, i64 0
  store i64 %632, i64* %633, align 8
  %634 = load i64, i64* %lowStart, align 8
  %635 = getelementptr i64, i64* %regs, i64 6
  store i64 %634, i64* %635, align 8
  %636 = load i64, i64* %lowEnd, align 8
  %637 = getelementptr i64, i64* %regs, i64 7
  store i64 %636, i64* %637, align 8
  %638 = load i64, i64* %highEnd, align 8
  %639 = getelementptr i64, i64* %regs, i64 8
  store i64 %638, i64* %639, align 8
  %640 = add i32 %depth, 1
  %641 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %640, double %626, i32 %627)
  %642 = getelementptr i64, i64* %regs, i64 0
  %643 = load i64, i64* %642, align 8
  store i64 %643, i64* %fuel, align 8
  %644 = getelementptr i64, i64* %regs, i64 6
  %645 = load i64, i64* %644, align 8
  store i64 %645, i64* %lowStart, align 8
  %646 = getelementptr i64, i64* %regs, i64 7
  %647 = load i64, i64* %646, align 8
  store i64 %647, i64* %lowEnd, align 8
  %648 = getelementptr i64, i64* %regs, i64 8
  %649 = load i64, i64* %648, align 8
  store i64 %649, i64* %highEnd, align 8
  %650 = add i32 %625, %641
  store i32 %650, i32* %cur.2, align 4
  %651 = load i32, i32* %part.6, align 4
  %652 = icmp ne i32 %651, 0
  %653 = select i1 %652, i32 10912, i32 10920
  store i32 %653, i32* %s.3, align 4
  %654 = load i32, i32* %s.3, align 4
  %655 = zext i32 %654 to i64
  %656 = add i64 %655, 4
  %657 = icmp ugt i64 %656, %arena_size
  br i1 %657, label %trap17.site0, label %ok79

ok79:                                             ; preds = %stack_ok78
  %658 = getelementptr i8, i8* %mem, i64 %655
  %659 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %659, i8* %658, i64 4, i1 false)
  %660 = load i32, i32* %unaligned80, align 4
  store i32 %660, i32* %slen.3, align 4
  %661 = load i32, i32* %cur.2, align 4
  %662 = load i32, i32* %slen.3, align 4
  %663 = add i32 7, %662
  %664 = add i32 %661, %663
  %665 = getelementptr i64, i64* %regs, i64 2
  %666 = load i64, i64* %665, align 8
  %667 = trunc i64 %666 to i32
  %668 = icmp ugt i32 %664, %667
  %669 = zext i1 %668 to i32
  %670 = icmp ne i32 %669, 0
  br i1 %670, label %then81, label %else82

then81:                                           ; preds = %ok79
  br label %trap15.site9

else82:                                           ; preds = %ok79
  br label %join83

join83:                                           ; preds = %else82, %dead84
  %671 = load i32, i32* %cur.2, align 4
  %672 = zext i32 %671 to i64
  %673 = add i64 %672, 4
  %674 = icmp ugt i64 %673, %arena_size
  br i1 %674, label %trap17.site0, label %ok85

dead84:                                           ; No predecessors!
  br label %join83

ok85:                                             ; preds = %join83
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
  store i32 1667327264, i32* %unaligned86, align 4
  %685 = bitcast i32* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %675, i8* %685, i64 4, i1 false)
  %686 = load i32, i32* %cur.2, align 4
  %687 = zext i32 %686 to i64
  %688 = add i64 %687, 4
  %689 = add i64 %688, 2
  %690 = icmp ugt i64 %689, %arena_size
  br i1 %690, label %trap17.site0, label %ok87

ok87:                                             ; preds = %ok85
  %691 = getelementptr i8, i8* %mem, i64 %688
  %692 = icmp ult i64 %688, %scratch_start
  %693 = load i64, i64* %lowEnd, align 8
  %694 = load i64, i64* %highEnd, align 8
  %695 = call i64 @llvm.umax.i64(i64 %693, i64 %689)
  %696 = select i1 %692, i64 %695, i64 %693
  store i64 %696, i64* %lowEnd, align 8
  %697 = call i64 @llvm.umax.i64(i64 %694, i64 %689)
  %698 = select i1 %692, i64 %694, i64 %697
  store i64 %698, i64* %highEnd, align 8
  %699 = load i64, i64* %lowStart, align 8
  %700 = call i64 @llvm.umin.i64(i64 %699, i64 %688)
  store i64 %700, i64* %lowStart, align 8
  store i16 8296, i16* %unaligned88, align 2
  %701 = bitcast i16* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %691, i8* %701, i64 2, i1 false)
  %702 = load i32, i32* %cur.2, align 4
  %703 = zext i32 %702 to i64
  %704 = add i64 %703, 6
  %705 = add i64 %704, 1
  %706 = icmp ugt i64 %705, %arena_size
  br i1 %706, label %trap17.site0, label %ok89

ok89:                                             ; preds = %ok87
  %707 = getelementptr i8, i8* %mem, i64 %704
  %708 = icmp ult i64 %704, %scratch_start
  %709 = load i64, i64* %lowEnd, align 8
  %710 = load i64, i64* %highEnd, align 8
  %711 = call i64 @llvm.umax.i64(i64 %709, i64 %705)
  %712 = select i1 %708, i64 %711, i64 %709
  store i64 %712, i64* %lowEnd, align 8
  %713 = call i64 @llvm.umax.i64(i64 %710, i64 %705)
  %714 = select i1 %708, i64 %710, i64 %713
  store i64 %714, i64* %highEnd, align 8
  %715 = load i64, i64* %lowStart, align 8
  %716 = call i64 @llvm.umin.i64(i64 %715, i64 %704)
  store i64 %716, i64* %lowStart, align 8
  store i8 40, i8* %707, align 1
  %717 = load i32, i32* %cur.2, align 4
  %718 = add i32 %717, 7
  store i32 %718, i32* %cur.2, align 4
  %719 = load i32, i32* %cur.2, align 4
  %720 = load i32, i32* %s.3, align 4
  %721 = add i32 %720, 4
  %722 = load i32, i32* %slen.3, align 4
  %723 = zext i32 %722 to i64
  %724 = zext i32 %719 to i64
  %725 = add i64 %724, %723
  %726 = icmp ugt i64 %725, %arena_size
  br i1 %726, label %trap17.site9, label %ok90

ok90:                                             ; preds = %ok89
  %727 = zext i32 %721 to i64
  %728 = add i64 %727, %723
  %729 = icmp ugt i64 %728, %arena_size
  br i1 %729, label %trap17.site9, label %ok91

ok91:                                             ; preds = %ok90
  %730 = icmp ult i64 %724, %scratch_start
  %731 = load i64, i64* %lowEnd, align 8
  %732 = load i64, i64* %highEnd, align 8
  %733 = call i64 @llvm.umax.i64(i64 %731, i64 %725)
  %734 = select i1 %730, i64 %733, i64 %731
  store i64 %734, i64* %lowEnd, align 8
  %735 = call i64 @llvm.umax.i64(i64 %732, i64 %725)
  %736 = select i1 %730, i64 %732, i64 %735
  store i64 %736, i64* %highEnd, align 8
  %737 = load i64, i64* %lowStart, align 8
  %738 = call i64 @llvm.umin.i64(i64 %737, i64 %724)
  store i64 %738, i64* %lowStart, align 8
  %739 = getelementptr i8, i8* %mem, i64 %724
  %740 = getelementptr i8, i8* %mem, i64 %727
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %739, i8* %740, i64 %723, i1 false)
  %741 = load i32, i32* %cur.2, align 4
  %742 = load i32, i32* %slen.3, align 4
  %743 = add i32 %741, %742
  store i32 %743, i32* %cur.2, align 4
  %744 = load i32, i32* %cur.2, align 4
  %745 = add i32 %744, 1
  %746 = getelementptr i64, i64* %regs, i64 2
  %747 = load i64, i64* %746, align 8
  %748 = trunc i64 %747 to i32
  %749 = icmp ugt i32 %745, %748
  %750 = zext i1 %749 to i32
  %751 = icmp ne i32 %750, 0
  br i1 %751, label %then92, label %else93

then92:                                           ; preds = %ok91
  br label %trap15.site9

else93:                                           ; preds = %ok91
  br label %join94

join94:                                           ; preds = %else93, %dead95
  %752 = load i32, i32* %cur.2, align 4
  %753 = zext i32 %752 to i64
  %754 = add i64 %753, 1
  %755 = icmp ugt i64 %754, %arena_size
  br i1 %755, label %trap17.site0, label %ok96

dead95:                                           ; No predecessors!
  br label %join94

ok96:                                             ; preds = %join94
  %756 = getelementptr i8, i8* %mem, i64 %753
  %757 = icmp ult i64 %753, %scratch_start
  %758 = load i64, i64* %lowEnd, align 8
  %759 = load i64, i64* %highEnd, align 8
  %760 = call i64 @llvm.umax.i64(i64 %758, i64 %754)
  %761 = select i1 %757, i64 %760, i64 %758
  store i64 %761, i64* %lowEnd, align 8
  %762 = call i64 @llvm.umax.i64(i64 %759, i64 %754)
  %763 = select i1 %757, i64 %759, i64 %762
  store i64 %763, i64* %highEnd, align 8
  %764 = load i64, i64* %lowStart, align 8
  %765 = call i64 @llvm.umin.i64(i64 %764, i64 %753)
  store i64 %765, i64* %lowStart, align 8
  store i8 41, i8* %756, align 1
  %766 = load i32, i32* %cur.2, align 4
  %767 = add i32 %766, 1
  store i32 %767, i32* %cur.2, align 4
  %768 = load i32, i32* %cur.2, align 4
  %769 = load i32, i32* %text.2, align 4
  %770 = sub i32 %768, %769
  %771 = sub i32 %770, 4
  store i32 %771, i32* %len.2, align 4
  %772 = load i32, i32* %text.2, align 4
  %773 = load i32, i32* %len.2, align 4
  %774 = zext i32 %772 to i64
  %775 = add i64 %774, 4
  %776 = icmp ugt i64 %775, %arena_size
  br i1 %776, label %trap17.site0, label %ok97

ok97:                                             ; preds = %ok96
  %777 = getelementptr i8, i8* %mem, i64 %774
  %778 = icmp ult i64 %774, %scratch_start
  %779 = load i64, i64* %lowEnd, align 8
  %780 = load i64, i64* %highEnd, align 8
  %781 = call i64 @llvm.umax.i64(i64 %779, i64 %775)
  %782 = select i1 %778, i64 %781, i64 %779
  store i64 %782, i64* %lowEnd, align 8
  %783 = call i64 @llvm.umax.i64(i64 %780, i64 %775)
  %784 = select i1 %778, i64 %780, i64 %783
  store i64 %784, i64* %highEnd, align 8
  %785 = load i64, i64* %lowStart, align 8
  %786 = call i64 @llvm.umin.i64(i64 %785, i64 %774)
  store i64 %786, i64* %lowStart, align 8
  store i32 %773, i32* %unaligned98, align 4
  %787 = bitcast i32* %unaligned98 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %777, i8* %787, i64 4, i1 false)
  %788 = load i32, i32* %len.2, align 4
  %789 = add i32 %788, 4
  %790 = zext i32 %789 to i64
  %791 = getelementptr i64, i64* %regs, i64 1
  %792 = getelementptr i64, i64* %regs, i64 2
  %793 = load i64, i64* %791, align 8
  %794 = add i64 %793, 3
  %795 = and i64 %794, -4
  %796 = add i64 %795, %790
  %797 = load i64, i64* %792, align 8
  %798 = icmp ugt i64 %796, %797
  br i1 %798, label %trap15.site9, label %ok99

ok99:                                             ; preds = %ok97
  store i64 %796, i64* %791, align 8
  %799 = trunc i64 %795 to i32
  store i32 %799, i32* %result53, align 4
  br label %e6

ok100:                                            ; preds = %e6
  %800 = getelementptr i8, i8* %mem, i64 %480
  %801 = icmp ult i64 %480, %scratch_start
  %802 = load i64, i64* %lowEnd, align 8
  %803 = load i64, i64* %highEnd, align 8
  %804 = call i64 @llvm.umax.i64(i64 %802, i64 %481)
  %805 = select i1 %801, i64 %804, i64 %802
  store i64 %805, i64* %lowEnd, align 8
  %806 = call i64 @llvm.umax.i64(i64 %803, i64 %481)
  %807 = select i1 %801, i64 %803, i64 %806
  store i64 %807, i64* %highEnd, align 8
  %808 = load i64, i64* %lowStart, align 8
  %809 = call i64 @llvm.umin.i64(i64 %808, i64 %480)
  store i64 %809, i64* %lowStart, align 8
  store i32 %478, i32* %unaligned101, align 4
  %810 = bitcast i32* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %800, i8* %810, i64 4, i1 false)
  %811 = load i32, i32* %name, align 4
  %812 = icmp uge i32 %depth, 1000
  br i1 %812, label %trap15.site10, label %ok102

ok102:                                            ; preds = %ok100
  %813 = getelementptr i64, i64* %regs, i64 10
  %814 = load i64, i64* %813, align 8
  %815 = icmp ult i64 %10, %814
  br i1 %815, label %trap253.site0, label %stack_ok103

trap15.site10:                                    ; preds = %ok100
  %816 = load i64, i64* %lowStart, align 8
  %817 = getelementptr i64, i64* %regs, i64 6
  store i64 %816, i64* %817, align 8
  %818 = load i64, i64* %lowEnd, align 8
  %819 = getelementptr i64, i64* %regs, i64 7
  store i64 %818, i64* %819, align 8
  %820 = load i64, i64* %highEnd, align 8
  %821 = getelementptr i64, i64* %regs, i64 8
  store i64 %820, i64* %821, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok103:                                      ; preds = %ok102
  %822 = load i64, i64* %fuel, align 8
  %823 = getelementptr i64, i64* %regs, i64 0
  store i64 %822, i64* %823, align 8
  %824 = load i64, i64* %lowStart, align 8
  %825 = getelementptr i64, i64* %regs, i64 6
  store i64 %824, i64* %825, align 8
  %826 = load i64, i64* %lowEnd, align 8
  %827 = getelementptr i64, i64* %regs, i64 7
  store i64 %826, i64* %827, align 8
  %828 = load i64, i64* %highEnd, align 8
  %829 = getelementptr i64, i64* %regs, i64 8
  store i64 %828, i64* %829, align 8
  %830 = add i32 %depth, 1
  %831 = call i32 @m0.rt.str_upper(i64* %regs, i8* %mem, i32 %830, i32 %811)
  %832 = getelementptr i64, i64* %regs, i64 0
  %833 = load i64, i64* %832, align 8
  store i64 %833, i64* %fuel, align 8
  %834 = getelementptr i64, i64* %regs, i64 6
  %835 = load i64, i64* %834, align 8
  store i64 %835, i64* %lowStart, align 8
  %836 = getelementptr i64, i64* %regs, i64 7
  %837 = load i64, i64* %836, align 8
  store i64 %837, i64* %lowEnd, align 8
  %838 = getelementptr i64, i64* %regs, i64 8
  %839 = load i64, i64* %838, align 8
  store i64 %839, i64* %highEnd, align 8
  store i32 %831, i32* %shout, align 4
  %840 = load i32, i32* %dict, align 4
  %841 = load i32, i32* %shout, align 4
  %842 = zext i32 %840 to i64
  %843 = add i64 %842, 12
  %844 = add i64 %843, 4
  %845 = icmp ugt i64 %844, %arena_size
  br i1 %845, label %trap17.site0, label %ok104

ok104:                                            ; preds = %stack_ok103
  %846 = getelementptr i8, i8* %mem, i64 %843
  %847 = icmp ult i64 %843, %scratch_start
  %848 = load i64, i64* %lowEnd, align 8
  %849 = load i64, i64* %highEnd, align 8
  %850 = call i64 @llvm.umax.i64(i64 %848, i64 %844)
  %851 = select i1 %847, i64 %850, i64 %848
  store i64 %851, i64* %lowEnd, align 8
  %852 = call i64 @llvm.umax.i64(i64 %849, i64 %844)
  %853 = select i1 %847, i64 %849, i64 %852
  store i64 %853, i64* %highEnd, align 8
  %854 = load i64, i64* %lowStart, align 8
  %855 = call i64 @llvm.umin.i64(i64 %854, i64 %843)
  store i64 %855, i64* %lowStart, align 8
  store i32 %841, i32* %unaligned105, align 4
  %856 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %846, i8* %856, i64 4, i1 false)
  %857 = icmp uge i32 %depth, 1000
  br i1 %857, label %trap15.site12, label %ok106

ok106:                                            ; preds = %ok104
  %858 = getelementptr i64, i64* %regs, i64 10
  %859 = load i64, i64* %858, align 8
  %860 = icmp ult i64 %10, %859
  br i1 %860, label %trap253.site0, label %stack_ok107

trap15.site12:                                    ; preds = %ok104
  %861 = load i64, i64* %lowStart, align 8
  %862 = getelementptr i64, i64* %regs, i64 6
  store i64 %861, i64* %862, align 8
  %863 = load i64, i64* %lowEnd, align 8
  %864 = getelementptr i64, i64* %regs, i64 7
  store i64 %863, i64* %864, align 8
  %865 = load i64, i64* %highEnd, align 8
  %866 = getelementptr i64, i64* %regs, i64 8
  store i64 %865, i64* %866, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok107:                                      ; preds = %ok106
  %867 = load i64, i64* %fuel, align 8
  %868 = getelementptr i64, i64* %regs, i64 0
  store i64 %867, i64* %868, align 8
  %869 = load i64, i64* %lowStart, align 8
  %870 = getelementptr i64, i64* %regs, i64 6
  store i64 %869, i64* %870, align 8
  %871 = load i64, i64* %lowEnd, align 8
  %872 = getelementptr i64, i64* %regs, i64 7
  store i64 %871, i64* %872, align 8
  %873 = load i64, i64* %highEnd, align 8
  %874 = getelementptr i64, i64* %regs, i64 8
  store i64 %873, i64* %874, align 8
  %875 = add i32 %depth, 1
  %876 = call i32 @m0.rt.str_trim(i64* %regs, i8* %mem, i32 %875, i32 15680)
  %877 = getelementptr i64, i64* %regs, i64 0
  %878 = load i64, i64* %877, align 8
  store i64 %878, i64* %fuel, align 8
  %879 = getelementptr i64, i64* %regs, i64 6
  %880 = load i64, i64* %879, align 8
  store i64 %880, i64* %lowStart, align 8
  %881 = getelementptr i64, i64* %regs, i64 7
  %882 = load i64, i64* %881, align 8
  store i64 %882, i64* %lowEnd, align 8
  %883 = getelementptr i64, i64* %regs, i64 8
  %884 = load i64, i64* %883, align 8
  store i64 %884, i64* %highEnd, align 8
  %885 = icmp uge i32 %depth, 1000
  br i1 %885, label %trap15.site11, label %ok108

ok108:                                            ; preds = %stack_ok107
  %886 = getelementptr i64, i64* %regs, i64 10
  %887 = load i64, i64* %886, align 8
  %888 = icmp ult i64 %10, %887
  br i1 %888, label %trap253.site0, label %stack_ok109

trap15.site11:                                    ; preds = %stack_ok107
  %889 = load i64, i64* %lowStart, align 8
  %890 = getelementptr i64, i64* %regs, i64 6
  store i64 %889, i64* %890, align 8
  %891 = load i64, i64* %lowEnd, align 8
  %892 = getelementptr i64, i64* %regs, i64 7
  store i64 %891, i64* %892, align 8
  %893 = load i64, i64* %highEnd, align 8
  %894 = getelementptr i64, i64* %regs, i64 8
  store i64 %893, i64* %894, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok109:                                      ; preds = %ok108
  %895 = load i64, i64* %fuel, align 8
  %896 = getelementptr i64, i64* %regs, i64 0
  store i64 %895, i64* %896, align 8
  %897 = load i64, i64* %lowStart, align 8
  %898 = getelementptr i64, i64* %regs, i64 6
  store i64 %897, i64* %898, align 8
  %899 = load i64, i64* %lowEnd, align 8
  %900 = getelementptr i64, i64* %regs, i64 7
  store i64 %899, i64* %900, align 8
  %901 = load i64, i64* %highEnd, align 8
  %902 = getelementptr i64, i64* %regs, i64 8
  store i64 %901, i64* %902, align 8
  %903 = add i32 %depth, 1
  %904 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %903, i32 %876)
  %905 = getelementptr i64, i64* %regs, i64 0
  %906 = load i64, i64* %905, align 8
  store i64 %906, i64* %fuel, align 8
  %907 = getelementptr i64, i64* %regs, i64 6
  %908 = load i64, i64* %907, align 8
  store i64 %908, i64* %lowStart, align 8
  %909 = getelementptr i64, i64* %regs, i64 7
  %910 = load i64, i64* %909, align 8
  store i64 %910, i64* %lowEnd, align 8
  %911 = getelementptr i64, i64* %regs, i64 8
  %912 = load i64, i64* %911, align 8
  store i64 %912, i64* %highEnd, align 8
  store i32 %904, i32* %quiet, align 4
  %913 = load i32, i32* %dict, align 4
  %914 = load i32, i32* %quiet, align 4
  %915 = zext i32 %913 to i64
  %916 = add i64 %915, 16
  %917 = add i64 %916, 4
  %918 = icmp ugt i64 %917, %arena_size
  br i1 %918, label %trap17.site0, label %ok110

ok110:                                            ; preds = %stack_ok109
  %919 = getelementptr i8, i8* %mem, i64 %916
  %920 = icmp ult i64 %916, %scratch_start
  %921 = load i64, i64* %lowEnd, align 8
  %922 = load i64, i64* %highEnd, align 8
  %923 = call i64 @llvm.umax.i64(i64 %921, i64 %917)
  %924 = select i1 %920, i64 %923, i64 %921
  store i64 %924, i64* %lowEnd, align 8
  %925 = call i64 @llvm.umax.i64(i64 %922, i64 %917)
  %926 = select i1 %920, i64 %922, i64 %925
  store i64 %926, i64* %highEnd, align 8
  %927 = load i64, i64* %lowStart, align 8
  %928 = call i64 @llvm.umin.i64(i64 %927, i64 %916)
  store i64 %928, i64* %lowStart, align 8
  store i32 %914, i32* %unaligned111, align 4
  %929 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %919, i8* %929, i64 4, i1 false)
  %930 = icmp uge i32 %depth, 1000
  br i1 %930, label %trap15.site13, label %ok113

e21:                                              ; preds = %join117
  %931 = load i32, i32* %result112, align 4
  store i32 %931, i32* %words, align 4
  %932 = load i32, i32* %dict, align 4
  %933 = load i32, i32* %words, align 4
  %934 = zext i32 %932 to i64
  %935 = add i64 %934, 20
  %936 = add i64 %935, 4
  %937 = icmp ugt i64 %936, %arena_size
  br i1 %937, label %trap17.site0, label %ok119

ok113:                                            ; preds = %ok110
  %938 = getelementptr i64, i64* %regs, i64 10
  %939 = load i64, i64* %938, align 8
  %940 = icmp ult i64 %10, %939
  br i1 %940, label %trap253.site0, label %stack_ok114

trap15.site13:                                    ; preds = %ok110
  %941 = load i64, i64* %lowStart, align 8
  %942 = getelementptr i64, i64* %regs, i64 6
  store i64 %941, i64* %942, align 8
  %943 = load i64, i64* %lowEnd, align 8
  %944 = getelementptr i64, i64* %regs, i64 7
  store i64 %943, i64* %944, align 8
  %945 = load i64, i64* %highEnd, align 8
  %946 = getelementptr i64, i64* %regs, i64 8
  store i64 %945, i64* %946, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

stack_ok114:                                      ; preds = %ok113
  %947 = load i64, i64* %fuel, align 8
  %948 = getelementptr i64, i64* %regs, i64 0
  store i64 %947, i64* %948, align 8
  %949 = load i64, i64* %lowStart, align 8
  %950 = getelementptr i64, i64* %regs, i64 6
  store i64 %949, i64* %950, align 8
  %951 = load i64, i64* %lowEnd, align 8
  %952 = getelementptr i64, i64* %regs, i64 7
  store i64 %951, i64* %952, align 8
  %953 = load i64, i64* %highEnd, align 8
  %954 = getelementptr i64, i64* %regs, i64 8
  store i64 %953, i64* %954, align 8
  %955 = add i32 %depth, 1
  %956 = call i32 @m0.rt.str_split(i64* %regs, i8* %mem, i32 %955, i32 24016, i32 24028)
  %957 = getelementptr i64, i64* %regs, i64 0
  %958 = load i64, i64* %957, align 8
  store i64 %958, i64* %fuel, align 8
  %959 = getelementptr i64, i64* %regs, i64 6
  %960 = load i64, i64* %959, align 8
  store i64 %960, i64* %lowStart, align 8
  %961 = getelementptr i64, i64* %regs, i64 7
  %962 = load i64, i64* %961, align 8
  store i64 %962, i64* %lowEnd, align 8
  %963 = getelementptr i64, i64* %regs, i64 8
  %964 = load i64, i64* %963, align 8
  store i64 %964, i64* %highEnd, align 8
  store i32 %956, i32* %r, align 4
  %965 = load i32, i32* %r, align 4
  %966 = icmp eq i32 %965, 0
  %967 = zext i1 %966 to i32
  %968 = icmp ne i32 %967, 0
  br i1 %968, label %then115, label %else116

then115:                                          ; preds = %stack_ok114
  br label %trap8.site13

else116:                                          ; preds = %stack_ok114
  br label %join117

join117:                                          ; preds = %else116, %dead118
  %969 = load i32, i32* %r, align 4
  store i32 %969, i32* %result112, align 4
  br label %e21

trap8.site13:                                     ; preds = %then115
  %970 = load i64, i64* %lowStart, align 8
  %971 = getelementptr i64, i64* %regs, i64 6
  store i64 %970, i64* %971, align 8
  %972 = load i64, i64* %lowEnd, align 8
  %973 = getelementptr i64, i64* %regs, i64 7
  store i64 %972, i64* %973, align 8
  %974 = load i64, i64* %highEnd, align 8
  %975 = getelementptr i64, i64* %regs, i64 8
  store i64 %974, i64* %975, align 8
  call void @tetra_trap(i64* %regs, i32 8, i32 13)
  unreachable

dead118:                                          ; No predecessors!
  br label %join117

ok119:                                            ; preds = %e21
  %976 = getelementptr i8, i8* %mem, i64 %935
  %977 = icmp ult i64 %935, %scratch_start
  %978 = load i64, i64* %lowEnd, align 8
  %979 = load i64, i64* %highEnd, align 8
  %980 = call i64 @llvm.umax.i64(i64 %978, i64 %936)
  %981 = select i1 %977, i64 %980, i64 %978
  store i64 %981, i64* %lowEnd, align 8
  %982 = call i64 @llvm.umax.i64(i64 %979, i64 %936)
  %983 = select i1 %977, i64 %979, i64 %982
  store i64 %983, i64* %highEnd, align 8
  %984 = load i64, i64* %lowStart, align 8
  %985 = call i64 @llvm.umin.i64(i64 %984, i64 %935)
  store i64 %985, i64* %lowStart, align 8
  store i32 %933, i32* %unaligned120, align 4
  %986 = bitcast i32* %unaligned120 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %976, i8* %986, i64 4, i1 false)
  store i32 24036, i32* %item, align 4
  %987 = load i32, i32* %name, align 4
  store i32 %987, i32* %item.1, align 4
  store i32 24044, i32* %item.2, align 4
  store i64 16, i64* %size, align 8
  %988 = load i64, i64* %size, align 8
  %989 = icmp ugt i64 %988, 2147483647
  %990 = zext i1 %989 to i32
  %991 = icmp ne i32 %990, 0
  br i1 %991, label %then122, label %else123

e25:                                              ; preds = %ok133
  %992 = load i32, i32* %result121, align 4
  %993 = icmp uge i32 %depth, 1000
  br i1 %993, label %trap15.site14, label %ok135

then122:                                          ; preds = %ok119
  br label %trap15.site15

else123:                                          ; preds = %ok119
  br label %join124

join124:                                          ; preds = %else123, %dead125
  %994 = load i64, i64* %size, align 8
  %995 = trunc i64 %994 to i32
  %996 = zext i32 %995 to i64
  %997 = getelementptr i64, i64* %regs, i64 1
  %998 = getelementptr i64, i64* %regs, i64 2
  %999 = load i64, i64* %997, align 8
  %1000 = add i64 %999, 3
  %1001 = and i64 %1000, -4
  %1002 = add i64 %1001, %996
  %1003 = load i64, i64* %998, align 8
  %1004 = icmp ugt i64 %1002, %1003
  br i1 %1004, label %trap15.site15, label %ok126

trap15.site15:                                    ; preds = %join124, %then122
  %1005 = load i64, i64* %lowStart, align 8
  %1006 = getelementptr i64, i64* %regs, i64 6
  store i64 %1005, i64* %1006, align 8
  %1007 = load i64, i64* %lowEnd, align 8
  %1008 = getelementptr i64, i64* %regs, i64 7
  store i64 %1007, i64* %1008, align 8
  %1009 = load i64, i64* %highEnd, align 8
  %1010 = getelementptr i64, i64* %regs, i64 8
  store i64 %1009, i64* %1010, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead125:                                          ; No predecessors!
  br label %join124

ok126:                                            ; preds = %join124
  store i64 %1002, i64* %997, align 8
  %1011 = trunc i64 %1001 to i32
  store i32 %1011, i32* %list, align 4
  store i32 0, i32* %len.3, align 4
  %1012 = load i32, i32* %list, align 4
  %1013 = add i32 %1012, 4
  %1014 = load i32, i32* %len.3, align 4
  %1015 = mul i32 %1014, 4
  %1016 = add i32 %1013, %1015
  %1017 = load i32, i32* %item, align 4
  %1018 = zext i32 %1016 to i64
  %1019 = add i64 %1018, 4
  %1020 = icmp ugt i64 %1019, %arena_size
  br i1 %1020, label %trap17.site0, label %ok127

ok127:                                            ; preds = %ok126
  %1021 = getelementptr i8, i8* %mem, i64 %1018
  %1022 = icmp ult i64 %1018, %scratch_start
  %1023 = load i64, i64* %lowEnd, align 8
  %1024 = load i64, i64* %highEnd, align 8
  %1025 = call i64 @llvm.umax.i64(i64 %1023, i64 %1019)
  %1026 = select i1 %1022, i64 %1025, i64 %1023
  store i64 %1026, i64* %lowEnd, align 8
  %1027 = call i64 @llvm.umax.i64(i64 %1024, i64 %1019)
  %1028 = select i1 %1022, i64 %1024, i64 %1027
  store i64 %1028, i64* %highEnd, align 8
  %1029 = load i64, i64* %lowStart, align 8
  %1030 = call i64 @llvm.umin.i64(i64 %1029, i64 %1018)
  store i64 %1030, i64* %lowStart, align 8
  store i32 %1017, i32* %unaligned128, align 4
  %1031 = bitcast i32* %unaligned128 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1021, i8* %1031, i64 4, i1 false)
  %1032 = load i32, i32* %len.3, align 4
  %1033 = add i32 %1032, 1
  store i32 %1033, i32* %len.3, align 4
  %1034 = load i32, i32* %list, align 4
  %1035 = add i32 %1034, 4
  %1036 = load i32, i32* %len.3, align 4
  %1037 = mul i32 %1036, 4
  %1038 = add i32 %1035, %1037
  %1039 = load i32, i32* %item.1, align 4
  %1040 = zext i32 %1038 to i64
  %1041 = add i64 %1040, 4
  %1042 = icmp ugt i64 %1041, %arena_size
  br i1 %1042, label %trap17.site0, label %ok129

ok129:                                            ; preds = %ok127
  %1043 = getelementptr i8, i8* %mem, i64 %1040
  %1044 = icmp ult i64 %1040, %scratch_start
  %1045 = load i64, i64* %lowEnd, align 8
  %1046 = load i64, i64* %highEnd, align 8
  %1047 = call i64 @llvm.umax.i64(i64 %1045, i64 %1041)
  %1048 = select i1 %1044, i64 %1047, i64 %1045
  store i64 %1048, i64* %lowEnd, align 8
  %1049 = call i64 @llvm.umax.i64(i64 %1046, i64 %1041)
  %1050 = select i1 %1044, i64 %1046, i64 %1049
  store i64 %1050, i64* %highEnd, align 8
  %1051 = load i64, i64* %lowStart, align 8
  %1052 = call i64 @llvm.umin.i64(i64 %1051, i64 %1040)
  store i64 %1052, i64* %lowStart, align 8
  store i32 %1039, i32* %unaligned130, align 4
  %1053 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1043, i8* %1053, i64 4, i1 false)
  %1054 = load i32, i32* %len.3, align 4
  %1055 = add i32 %1054, 1
  store i32 %1055, i32* %len.3, align 4
  %1056 = load i32, i32* %list, align 4
  %1057 = add i32 %1056, 4
  %1058 = load i32, i32* %len.3, align 4
  %1059 = mul i32 %1058, 4
  %1060 = add i32 %1057, %1059
  %1061 = load i32, i32* %item.2, align 4
  %1062 = zext i32 %1060 to i64
  %1063 = add i64 %1062, 4
  %1064 = icmp ugt i64 %1063, %arena_size
  br i1 %1064, label %trap17.site0, label %ok131

ok131:                                            ; preds = %ok129
  %1065 = getelementptr i8, i8* %mem, i64 %1062
  %1066 = icmp ult i64 %1062, %scratch_start
  %1067 = load i64, i64* %lowEnd, align 8
  %1068 = load i64, i64* %highEnd, align 8
  %1069 = call i64 @llvm.umax.i64(i64 %1067, i64 %1063)
  %1070 = select i1 %1066, i64 %1069, i64 %1067
  store i64 %1070, i64* %lowEnd, align 8
  %1071 = call i64 @llvm.umax.i64(i64 %1068, i64 %1063)
  %1072 = select i1 %1066, i64 %1068, i64 %1071
  store i64 %1072, i64* %highEnd, align 8
  %1073 = load i64, i64* %lowStart, align 8
  %1074 = call i64 @llvm.umin.i64(i64 %1073, i64 %1062)
  store i64 %1074, i64* %lowStart, align 8
  store i32 %1061, i32* %unaligned132, align 4
  %1075 = bitcast i32* %unaligned132 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1065, i8* %1075, i64 4, i1 false)
  %1076 = load i32, i32* %len.3, align 4
  %1077 = add i32 %1076, 1
  store i32 %1077, i32* %len.3, align 4
  %1078 = load i32, i32* %list, align 4
  %1079 = load i32, i32* %len.3, align 4
  %1080 = zext i32 %1078 to i64
  %1081 = add i64 %1080, 4
  %1082 = icmp ugt i64 %1081, %arena_size
  br i1 %1082, label %trap17.site0, label %ok133

ok133:                                            ; preds = %ok131
  %1083 = getelementptr i8, i8* %mem, i64 %1080
  %1084 = icmp ult i64 %1080, %scratch_start
  %1085 = load i64, i64* %lowEnd, align 8
  %1086 = load i64, i64* %highEnd, align 8
  %1087 = call i64 @llvm.umax.i64(i64 %1085, i64 %1081)
  %1088 = select i1 %1084, i64 %1087, i64 %1085
  store i64 %1088, i64* %lowEnd, align 8
  %1089 = call i64 @llvm.umax.i64(i64 %1086, i64 %1081)
  %1090 = select i1 %1084, i64 %1086, i64 %1089
  store i64 %1090, i64* %highEnd, align 8
  %1091 = load i64, i64* %lowStart, align 8
  %1092 = call i64 @llvm.umin.i64(i64 %1091, i64 %1080)
  store i64 %1092, i64* %lowStart, align 8
  store i32 %1079, i32* %unaligned134, align 4
  %1093 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1083, i8* %1093, i64 4, i1 false)
  %1094 = load i32, i32* %list, align 4
  store i32 %1094, i32* %result121, align 4
  br label %e25

ok135:                                            ; preds = %e25
  %1095 = getelementptr i64, i64* %regs, i64 10
  %1096 = load i64, i64* %1095, align 8
  %1097 = icmp ult i64 %10, %1096
  br i1 %1097, label %trap253.site0, label %stack_ok136

trap15.site14:                                    ; preds = %e25
  %1098 = load i64, i64* %lowStart, align 8
  %1099 = getelementptr i64, i64* %regs, i64 6
  store i64 %1098, i64* %1099, align 8
  %1100 = load i64, i64* %lowEnd, align 8
  %1101 = getelementptr i64, i64* %regs, i64 7
  store i64 %1100, i64* %1101, align 8
  %1102 = load i64, i64* %highEnd, align 8
  %1103 = getelementptr i64, i64* %regs, i64 8
  store i64 %1102, i64* %1103, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok136:                                      ; preds = %ok135
  %1104 = load i64, i64* %fuel, align 8
  %1105 = getelementptr i64, i64* %regs, i64 0
  store i64 %1104, i64* %1105, align 8
  %1106 = load i64, i64* %lowStart, align 8
  %1107 = getelementptr i64, i64* %regs, i64 6
  store i64 %1106, i64* %1107, align 8
  %1108 = load i64, i64* %lowEnd, align 8
  %1109 = getelementptr i64, i64* %regs, i64 7
  store i64 %1108, i64* %1109, align 8
  %1110 = load i64, i64* %highEnd, align 8
  %1111 = getelementptr i64, i64* %regs, i64 8
  store i64 %1110, i64* %1111, align 8
  %1112 = add i32 %depth, 1
  %1113 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1112, i32 %992, i32 24052)
  %1114 = getelementptr i64, i64* %regs, i64 0
  %1115 = load i64, i64* %1114, align 8
  store i64 %1115, i64* %fuel, align 8
  %1116 = getelementptr i64, i64* %regs, i64 6
  %1117 = load i64, i64* %1116, align 8
  store i64 %1117, i64* %lowStart, align 8
  %1118 = getelementptr i64, i64* %regs, i64 7
  %1119 = load i64, i64* %1118, align 8
  store i64 %1119, i64* %lowEnd, align 8
  %1120 = getelementptr i64, i64* %regs, i64 8
  %1121 = load i64, i64* %1120, align 8
  store i64 %1121, i64* %highEnd, align 8
  store i32 %1113, i32* %joined, align 4
  %1122 = load i32, i32* %dict, align 4
  %1123 = load i32, i32* %joined, align 4
  %1124 = zext i32 %1122 to i64
  %1125 = add i64 %1124, 24
  %1126 = add i64 %1125, 4
  %1127 = icmp ugt i64 %1126, %arena_size
  br i1 %1127, label %trap17.site0, label %ok137

ok137:                                            ; preds = %stack_ok136
  %1128 = getelementptr i8, i8* %mem, i64 %1125
  %1129 = icmp ult i64 %1125, %scratch_start
  %1130 = load i64, i64* %lowEnd, align 8
  %1131 = load i64, i64* %highEnd, align 8
  %1132 = call i64 @llvm.umax.i64(i64 %1130, i64 %1126)
  %1133 = select i1 %1129, i64 %1132, i64 %1130
  store i64 %1133, i64* %lowEnd, align 8
  %1134 = call i64 @llvm.umax.i64(i64 %1131, i64 %1126)
  %1135 = select i1 %1129, i64 %1131, i64 %1134
  store i64 %1135, i64* %highEnd, align 8
  %1136 = load i64, i64* %lowStart, align 8
  %1137 = call i64 @llvm.umin.i64(i64 %1136, i64 %1125)
  store i64 %1137, i64* %lowStart, align 8
  store i32 %1123, i32* %unaligned138, align 4
  %1138 = bitcast i32* %unaligned138 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1128, i8* %1138, i64 4, i1 false)
  %1139 = load i32, i32* %name, align 4
  %1140 = icmp uge i32 %depth, 1000
  br i1 %1140, label %trap15.site16, label %ok139

ok139:                                            ; preds = %ok137
  %1141 = getelementptr i64, i64* %regs, i64 10
  %1142 = load i64, i64* %1141, align 8
  %1143 = icmp ult i64 %10, %1142
  br i1 %1143, label %trap253.site0, label %stack_ok140

trap15.site16:                                    ; preds = %ok137
  %1144 = load i64, i64* %lowStart, align 8
  %1145 = getelementptr i64, i64* %regs, i64 6
  store i64 %1144, i64* %1145, align 8
  %1146 = load i64, i64* %lowEnd, align 8
  %1147 = getelementptr i64, i64* %regs, i64 7
  store i64 %1146, i64* %1147, align 8
  %1148 = load i64, i64* %highEnd, align 8
  %1149 = getelementptr i64, i64* %regs, i64 8
  store i64 %1148, i64* %1149, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok140:                                      ; preds = %ok139
  %1150 = load i64, i64* %fuel, align 8
  %1151 = getelementptr i64, i64* %regs, i64 0
  store i64 %1150, i64* %1151, align 8
  %1152 = load i64, i64* %lowStart, align 8
  %1153 = getelementptr i64, i64* %regs, i64 6
  store i64 %1152, i64* %1153, align 8
  %1154 = load i64, i64* %lowEnd, align 8
  %1155 = getelementptr i64, i64* %regs, i64 7
  store i64 %1154, i64* %1155, align 8
  %1156 = load i64, i64* %highEnd, align 8
  %1157 = getelementptr i64, i64* %regs, i64 8
  store i64 %1156, i64* %1157, align 8
  %1158 = add i32 %depth, 1
  %1159 = call i32 @m0.rt.str_replace(i64* %regs, i8* %mem, i32 %1158, i32 %1139, i32 24060, i32 24068)
  %1160 = getelementptr i64, i64* %regs, i64 0
  %1161 = load i64, i64* %1160, align 8
  store i64 %1161, i64* %fuel, align 8
  %1162 = getelementptr i64, i64* %regs, i64 6
  %1163 = load i64, i64* %1162, align 8
  store i64 %1163, i64* %lowStart, align 8
  %1164 = getelementptr i64, i64* %regs, i64 7
  %1165 = load i64, i64* %1164, align 8
  store i64 %1165, i64* %lowEnd, align 8
  %1166 = getelementptr i64, i64* %regs, i64 8
  %1167 = load i64, i64* %1166, align 8
  store i64 %1167, i64* %highEnd, align 8
  store i32 %1159, i32* %replaced, align 4
  %1168 = load i32, i32* %dict, align 4
  %1169 = load i32, i32* %replaced, align 4
  %1170 = zext i32 %1168 to i64
  %1171 = add i64 %1170, 28
  %1172 = add i64 %1171, 4
  %1173 = icmp ugt i64 %1172, %arena_size
  br i1 %1173, label %trap17.site0, label %ok141

ok141:                                            ; preds = %stack_ok140
  %1174 = getelementptr i8, i8* %mem, i64 %1171
  %1175 = icmp ult i64 %1171, %scratch_start
  %1176 = load i64, i64* %lowEnd, align 8
  %1177 = load i64, i64* %highEnd, align 8
  %1178 = call i64 @llvm.umax.i64(i64 %1176, i64 %1172)
  %1179 = select i1 %1175, i64 %1178, i64 %1176
  store i64 %1179, i64* %lowEnd, align 8
  %1180 = call i64 @llvm.umax.i64(i64 %1177, i64 %1172)
  %1181 = select i1 %1175, i64 %1177, i64 %1180
  store i64 %1181, i64* %highEnd, align 8
  %1182 = load i64, i64* %lowStart, align 8
  %1183 = call i64 @llvm.umin.i64(i64 %1182, i64 %1171)
  store i64 %1183, i64* %lowStart, align 8
  store i32 %1169, i32* %unaligned142, align 4
  %1184 = bitcast i32* %unaligned142 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1174, i8* %1184, i64 4, i1 false)
  %1185 = load i32, i32* %name, align 4
  %1186 = icmp uge i32 %depth, 1000
  br i1 %1186, label %trap15.site17, label %ok144

e34:                                              ; preds = %join148
  %1187 = load i32, i32* %result143, align 4
  store i32 %1187, i32* %prefix, align 4
  %1188 = load i32, i32* %dict, align 4
  %1189 = load i32, i32* %prefix, align 4
  %1190 = zext i32 %1188 to i64
  %1191 = add i64 %1190, 32
  %1192 = add i64 %1191, 4
  %1193 = icmp ugt i64 %1192, %arena_size
  br i1 %1193, label %trap17.site0, label %ok150

ok144:                                            ; preds = %ok141
  %1194 = getelementptr i64, i64* %regs, i64 10
  %1195 = load i64, i64* %1194, align 8
  %1196 = icmp ult i64 %10, %1195
  br i1 %1196, label %trap253.site0, label %stack_ok145

trap15.site17:                                    ; preds = %ok141
  %1197 = load i64, i64* %lowStart, align 8
  %1198 = getelementptr i64, i64* %regs, i64 6
  store i64 %1197, i64* %1198, align 8
  %1199 = load i64, i64* %lowEnd, align 8
  %1200 = getelementptr i64, i64* %regs, i64 7
  store i64 %1199, i64* %1200, align 8
  %1201 = load i64, i64* %highEnd, align 8
  %1202 = getelementptr i64, i64* %regs, i64 8
  store i64 %1201, i64* %1202, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

stack_ok145:                                      ; preds = %ok144
  %1203 = load i64, i64* %fuel, align 8
  %1204 = getelementptr i64, i64* %regs, i64 0
  store i64 %1203, i64* %1204, align 8
  %1205 = load i64, i64* %lowStart, align 8
  %1206 = getelementptr i64, i64* %regs, i64 6
  store i64 %1205, i64* %1206, align 8
  %1207 = load i64, i64* %lowEnd, align 8
  %1208 = getelementptr i64, i64* %regs, i64 7
  store i64 %1207, i64* %1208, align 8
  %1209 = load i64, i64* %highEnd, align 8
  %1210 = getelementptr i64, i64* %regs, i64 8
  store i64 %1209, i64* %1210, align 8
  %1211 = add i32 %depth, 1
  %1212 = call i32 @m0.rt.str_substring(i64* %regs, i8* %mem, i32 %1211, i32 %1185, i64 0, i64 2)
  %1213 = getelementptr i64, i64* %regs, i64 0
  %1214 = load i64, i64* %1213, align 8
  store i64 %1214, i64* %fuel, align 8
  %1215 = getelementptr i64, i64* %regs, i64 6
  %1216 = load i64, i64* %1215, align 8
  store i64 %1216, i64* %lowStart, align 8
  %1217 = getelementptr i64, i64* %regs, i64 7
  %1218 = load i64, i64* %1217, align 8
  store i64 %1218, i64* %lowEnd, align 8
  %1219 = getelementptr i64, i64* %regs, i64 8
  %1220 = load i64, i64* %1219, align 8
  store i64 %1220, i64* %highEnd, align 8
  store i32 %1212, i32* %r.1, align 4
  %1221 = load i32, i32* %r.1, align 4
  %1222 = icmp eq i32 %1221, 0
  %1223 = zext i1 %1222 to i32
  %1224 = icmp ne i32 %1223, 0
  br i1 %1224, label %then146, label %else147

then146:                                          ; preds = %stack_ok145
  br label %trap3.site17

else147:                                          ; preds = %stack_ok145
  br label %join148

join148:                                          ; preds = %else147, %dead149
  %1225 = load i32, i32* %r.1, align 4
  store i32 %1225, i32* %result143, align 4
  br label %e34

trap3.site17:                                     ; preds = %then146
  %1226 = load i64, i64* %lowStart, align 8
  %1227 = getelementptr i64, i64* %regs, i64 6
  store i64 %1226, i64* %1227, align 8
  %1228 = load i64, i64* %lowEnd, align 8
  %1229 = getelementptr i64, i64* %regs, i64 7
  store i64 %1228, i64* %1229, align 8
  %1230 = load i64, i64* %highEnd, align 8
  %1231 = getelementptr i64, i64* %regs, i64 8
  store i64 %1230, i64* %1231, align 8
  call void @tetra_trap(i64* %regs, i32 3, i32 17)
  unreachable

dead149:                                          ; No predecessors!
  br label %join148

ok150:                                            ; preds = %e34
  %1232 = getelementptr i8, i8* %mem, i64 %1191
  %1233 = icmp ult i64 %1191, %scratch_start
  %1234 = load i64, i64* %lowEnd, align 8
  %1235 = load i64, i64* %highEnd, align 8
  %1236 = call i64 @llvm.umax.i64(i64 %1234, i64 %1192)
  %1237 = select i1 %1233, i64 %1236, i64 %1234
  store i64 %1237, i64* %lowEnd, align 8
  %1238 = call i64 @llvm.umax.i64(i64 %1235, i64 %1192)
  %1239 = select i1 %1233, i64 %1235, i64 %1238
  store i64 %1239, i64* %highEnd, align 8
  %1240 = load i64, i64* %lowStart, align 8
  %1241 = call i64 @llvm.umin.i64(i64 %1240, i64 %1191)
  store i64 %1241, i64* %lowStart, align 8
  store i32 %1189, i32* %unaligned151, align 4
  %1242 = bitcast i32* %unaligned151 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1232, i8* %1242, i64 4, i1 false)
  %1243 = load i32, i32* %name, align 4
  %1244 = icmp uge i32 %depth, 1000
  br i1 %1244, label %trap15.site19, label %ok153

e38:                                              ; preds = %ok167
  %1245 = load i32, i32* %result152, align 4
  store i32 %1245, i32* %checks, align 4
  %1246 = load i32, i32* %dict, align 4
  %1247 = load i32, i32* %checks, align 4
  %1248 = zext i32 %1246 to i64
  %1249 = add i64 %1248, 36
  %1250 = add i64 %1249, 4
  %1251 = icmp ugt i64 %1250, %arena_size
  br i1 %1251, label %trap17.site0, label %ok169

ok153:                                            ; preds = %ok150
  %1252 = getelementptr i64, i64* %regs, i64 10
  %1253 = load i64, i64* %1252, align 8
  %1254 = icmp ult i64 %10, %1253
  br i1 %1254, label %trap253.site0, label %stack_ok154

trap15.site19:                                    ; preds = %ok150
  %1255 = load i64, i64* %lowStart, align 8
  %1256 = getelementptr i64, i64* %regs, i64 6
  store i64 %1255, i64* %1256, align 8
  %1257 = load i64, i64* %lowEnd, align 8
  %1258 = getelementptr i64, i64* %regs, i64 7
  store i64 %1257, i64* %1258, align 8
  %1259 = load i64, i64* %highEnd, align 8
  %1260 = getelementptr i64, i64* %regs, i64 8
  store i64 %1259, i64* %1260, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

stack_ok154:                                      ; preds = %ok153
  %1261 = load i64, i64* %fuel, align 8
  %1262 = getelementptr i64, i64* %regs, i64 0
  store i64 %1261, i64* %1262, align 8
  %1263 = load i64, i64* %lowStart, align 8
  %1264 = getelementptr i64, i64* %regs, i64 6
  store i64 %1263, i64* %1264, align 8
  %1265 = load i64, i64* %lowEnd, align 8
  %1266 = getelementptr i64, i64* %regs, i64 7
  store i64 %1265, i64* %1266, align 8
  %1267 = load i64, i64* %highEnd, align 8
  %1268 = getelementptr i64, i64* %regs, i64 8
  store i64 %1267, i64* %1268, align 8
  %1269 = add i32 %depth, 1
  %1270 = call i32 @m0.rt.str_starts_with(i64* %regs, i8* %mem, i32 %1269, i32 %1243, i32 24076)
  %1271 = getelementptr i64, i64* %regs, i64 0
  %1272 = load i64, i64* %1271, align 8
  store i64 %1272, i64* %fuel, align 8
  %1273 = getelementptr i64, i64* %regs, i64 6
  %1274 = load i64, i64* %1273, align 8
  store i64 %1274, i64* %lowStart, align 8
  %1275 = getelementptr i64, i64* %regs, i64 7
  %1276 = load i64, i64* %1275, align 8
  store i64 %1276, i64* %lowEnd, align 8
  %1277 = getelementptr i64, i64* %regs, i64 8
  %1278 = load i64, i64* %1277, align 8
  store i64 %1278, i64* %highEnd, align 8
  store i32 %1270, i32* %item.3, align 4
  %1279 = load i32, i32* %name, align 4
  %1280 = icmp uge i32 %depth, 1000
  br i1 %1280, label %trap15.site20, label %ok155

ok155:                                            ; preds = %stack_ok154
  %1281 = getelementptr i64, i64* %regs, i64 10
  %1282 = load i64, i64* %1281, align 8
  %1283 = icmp ult i64 %10, %1282
  br i1 %1283, label %trap253.site0, label %stack_ok156

trap15.site20:                                    ; preds = %stack_ok154
  %1284 = load i64, i64* %lowStart, align 8
  %1285 = getelementptr i64, i64* %regs, i64 6
  store i64 %1284, i64* %1285, align 8
  %1286 = load i64, i64* %lowEnd, align 8
  %1287 = getelementptr i64, i64* %regs, i64 7
  store i64 %1286, i64* %1287, align 8
  %1288 = load i64, i64* %highEnd, align 8
  %1289 = getelementptr i64, i64* %regs, i64 8
  store i64 %1288, i64* %1289, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

stack_ok156:                                      ; preds = %ok155
  %1290 = load i64, i64* %fuel, align 8
  %1291 = getelementptr i64, i64* %regs, i64 0
  store i64 %1290, i64* %1291, align 8
  %1292 = load i64, i64* %lowStart, align 8
  %1293 = getelementptr i64, i64* %regs, i64 6
  store i64 %1292, i64* %1293, align 8
  %1294 = load i64, i64* %lowEnd, align 8
  %1295 = getelementptr i64, i64* %regs, i64 7
  store i64 %1294, i64* %1295, align 8
  %1296 = load i64, i64* %highEnd, align 8
  %1297 = getelementptr i64, i64* %regs, i64 8
  store i64 %1296, i64* %1297, align 8
  %1298 = add i32 %depth, 1
  %1299 = call i32 @m0.rt.str_ends_with(i64* %regs, i8* %mem, i32 %1298, i32 %1279, i32 24060)
  %1300 = getelementptr i64, i64* %regs, i64 0
  %1301 = load i64, i64* %1300, align 8
  store i64 %1301, i64* %fuel, align 8
  %1302 = getelementptr i64, i64* %regs, i64 6
  %1303 = load i64, i64* %1302, align 8
  store i64 %1303, i64* %lowStart, align 8
  %1304 = getelementptr i64, i64* %regs, i64 7
  %1305 = load i64, i64* %1304, align 8
  store i64 %1305, i64* %lowEnd, align 8
  %1306 = getelementptr i64, i64* %regs, i64 8
  %1307 = load i64, i64* %1306, align 8
  store i64 %1307, i64* %highEnd, align 8
  store i32 %1299, i32* %item.4, align 4
  %1308 = load i32, i32* %name, align 4
  %1309 = icmp uge i32 %depth, 1000
  br i1 %1309, label %trap15.site21, label %ok157

ok157:                                            ; preds = %stack_ok156
  %1310 = getelementptr i64, i64* %regs, i64 10
  %1311 = load i64, i64* %1310, align 8
  %1312 = icmp ult i64 %10, %1311
  br i1 %1312, label %trap253.site0, label %stack_ok158

trap15.site21:                                    ; preds = %stack_ok156
  %1313 = load i64, i64* %lowStart, align 8
  %1314 = getelementptr i64, i64* %regs, i64 6
  store i64 %1313, i64* %1314, align 8
  %1315 = load i64, i64* %lowEnd, align 8
  %1316 = getelementptr i64, i64* %regs, i64 7
  store i64 %1315, i64* %1316, align 8
  %1317 = load i64, i64* %highEnd, align 8
  %1318 = getelementptr i64, i64* %regs, i64 8
  store i64 %1317, i64* %1318, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

stack_ok158:                                      ; preds = %ok157
  %1319 = load i64, i64* %fuel, align 8
  %1320 = getelementptr i64, i64* %regs, i64 0
  store i64 %1319, i64* %1320, align 8
  %1321 = load i64, i64* %lowStart, align 8
  %1322 = getelementptr i64, i64* %regs, i64 6
  store i64 %1321, i64* %1322, align 8
  %1323 = load i64, i64* %lowEnd, align 8
  %1324 = getelementptr i64, i64* %regs, i64 7
  store i64 %1323, i64* %1324, align 8
  %1325 = load i64, i64* %highEnd, align 8
  %1326 = getelementptr i64, i64* %regs, i64 8
  store i64 %1325, i64* %1326, align 8
  %1327 = add i32 %depth, 1
  %1328 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %1327, i32 %1308, i32 24084)
  %1329 = getelementptr i64, i64* %regs, i64 0
  %1330 = load i64, i64* %1329, align 8
  store i64 %1330, i64* %fuel, align 8
  %1331 = getelementptr i64, i64* %regs, i64 6
  %1332 = load i64, i64* %1331, align 8
  store i64 %1332, i64* %lowStart, align 8
  %1333 = getelementptr i64, i64* %regs, i64 7
  %1334 = load i64, i64* %1333, align 8
  store i64 %1334, i64* %lowEnd, align 8
  %1335 = getelementptr i64, i64* %regs, i64 8
  %1336 = load i64, i64* %1335, align 8
  store i64 %1336, i64* %highEnd, align 8
  store i32 %1328, i32* %item.5, align 4
  store i64 7, i64* %size.1, align 8
  %1337 = load i64, i64* %size.1, align 8
  %1338 = icmp ugt i64 %1337, 2147483647
  %1339 = zext i1 %1338 to i32
  %1340 = icmp ne i32 %1339, 0
  br i1 %1340, label %then159, label %else160

then159:                                          ; preds = %stack_ok158
  br label %trap15.site18

else160:                                          ; preds = %stack_ok158
  br label %join161

join161:                                          ; preds = %else160, %dead162
  %1341 = load i64, i64* %size.1, align 8
  %1342 = trunc i64 %1341 to i32
  %1343 = zext i32 %1342 to i64
  %1344 = getelementptr i64, i64* %regs, i64 1
  %1345 = getelementptr i64, i64* %regs, i64 2
  %1346 = load i64, i64* %1344, align 8
  %1347 = add i64 %1346, 3
  %1348 = and i64 %1347, -4
  %1349 = add i64 %1348, %1343
  %1350 = load i64, i64* %1345, align 8
  %1351 = icmp ugt i64 %1349, %1350
  br i1 %1351, label %trap15.site18, label %ok163

trap15.site18:                                    ; preds = %join161, %then159
  %1352 = load i64, i64* %lowStart, align 8
  %1353 = getelementptr i64, i64* %regs, i64 6
  store i64 %1352, i64* %1353, align 8
  %1354 = load i64, i64* %lowEnd, align 8
  %1355 = getelementptr i64, i64* %regs, i64 7
  store i64 %1354, i64* %1355, align 8
  %1356 = load i64, i64* %highEnd, align 8
  %1357 = getelementptr i64, i64* %regs, i64 8
  store i64 %1356, i64* %1357, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead162:                                          ; No predecessors!
  br label %join161

ok163:                                            ; preds = %join161
  store i64 %1349, i64* %1344, align 8
  %1358 = trunc i64 %1348 to i32
  store i32 %1358, i32* %list.1, align 4
  store i32 0, i32* %len.4, align 4
  %1359 = load i32, i32* %list.1, align 4
  %1360 = add i32 %1359, 4
  %1361 = load i32, i32* %len.4, align 4
  %1362 = mul i32 %1361, 1
  %1363 = add i32 %1360, %1362
  %1364 = load i32, i32* %item.3, align 4
  %1365 = zext i32 %1363 to i64
  %1366 = add i64 %1365, 1
  %1367 = icmp ugt i64 %1366, %arena_size
  br i1 %1367, label %trap17.site0, label %ok164

ok164:                                            ; preds = %ok163
  %1368 = getelementptr i8, i8* %mem, i64 %1365
  %1369 = icmp ult i64 %1365, %scratch_start
  %1370 = load i64, i64* %lowEnd, align 8
  %1371 = load i64, i64* %highEnd, align 8
  %1372 = call i64 @llvm.umax.i64(i64 %1370, i64 %1366)
  %1373 = select i1 %1369, i64 %1372, i64 %1370
  store i64 %1373, i64* %lowEnd, align 8
  %1374 = call i64 @llvm.umax.i64(i64 %1371, i64 %1366)
  %1375 = select i1 %1369, i64 %1371, i64 %1374
  store i64 %1375, i64* %highEnd, align 8
  %1376 = load i64, i64* %lowStart, align 8
  %1377 = call i64 @llvm.umin.i64(i64 %1376, i64 %1365)
  store i64 %1377, i64* %lowStart, align 8
  %1378 = trunc i32 %1364 to i8
  store i8 %1378, i8* %1368, align 1
  %1379 = load i32, i32* %len.4, align 4
  %1380 = add i32 %1379, 1
  store i32 %1380, i32* %len.4, align 4
  %1381 = load i32, i32* %list.1, align 4
  %1382 = add i32 %1381, 4
  %1383 = load i32, i32* %len.4, align 4
  %1384 = mul i32 %1383, 1
  %1385 = add i32 %1382, %1384
  %1386 = load i32, i32* %item.4, align 4
  %1387 = zext i32 %1385 to i64
  %1388 = add i64 %1387, 1
  %1389 = icmp ugt i64 %1388, %arena_size
  br i1 %1389, label %trap17.site0, label %ok165

ok165:                                            ; preds = %ok164
  %1390 = getelementptr i8, i8* %mem, i64 %1387
  %1391 = icmp ult i64 %1387, %scratch_start
  %1392 = load i64, i64* %lowEnd, align 8
  %1393 = load i64, i64* %highEnd, align 8
  %1394 = call i64 @llvm.umax.i64(i64 %1392, i64 %1388)
  %1395 = select i1 %1391, i64 %1394, i64 %1392
  store i64 %1395, i64* %lowEnd, align 8
  %1396 = call i64 @llvm.umax.i64(i64 %1393, i64 %1388)
  %1397 = select i1 %1391, i64 %1393, i64 %1396
  store i64 %1397, i64* %highEnd, align 8
  %1398 = load i64, i64* %lowStart, align 8
  %1399 = call i64 @llvm.umin.i64(i64 %1398, i64 %1387)
  store i64 %1399, i64* %lowStart, align 8
  %1400 = trunc i32 %1386 to i8
  store i8 %1400, i8* %1390, align 1
  %1401 = load i32, i32* %len.4, align 4
  %1402 = add i32 %1401, 1
  store i32 %1402, i32* %len.4, align 4
  %1403 = load i32, i32* %list.1, align 4
  %1404 = add i32 %1403, 4
  %1405 = load i32, i32* %len.4, align 4
  %1406 = mul i32 %1405, 1
  %1407 = add i32 %1404, %1406
  %1408 = load i32, i32* %item.5, align 4
  %1409 = zext i32 %1407 to i64
  %1410 = add i64 %1409, 1
  %1411 = icmp ugt i64 %1410, %arena_size
  br i1 %1411, label %trap17.site0, label %ok166

ok166:                                            ; preds = %ok165
  %1412 = getelementptr i8, i8* %mem, i64 %1409
  %1413 = icmp ult i64 %1409, %scratch_start
  %1414 = load i64, i64* %lowEnd, align 8
  %1415 = load i64, i64* %highEnd, align 8
  %1416 = call i64 @llvm.umax.i64(i64 %1414, i64 %1410)
  %1417 = select i1 %1413, i64 %1416, i64 %1414
  store i64 %1417, i64* %lowEnd, align 8
  %1418 = call i64 @llvm.umax.i64(i64 %1415, i64 %1410)
  %1419 = select i1 %1413, i64 %1415, i64 %1418
  store i64 %1419, i64* %highEnd, align 8
  %1420 = load i64, i64* %lowStart, align 8
  %1421 = call i64 @llvm.umin.i64(i64 %1420, i64 %1409)
  store i64 %1421, i64* %lowStart, align 8
  %1422 = trunc i32 %1408 to i8
  store i8 %1422, i8* %1412, align 1
  %1423 = load i32, i32* %len.4, align 4
  %1424 = add i32 %1423, 1
  store i32 %1424, i32* %len.4, align 4
  %1425 = load i32, i32* %list.1, align 4
  %1426 = load i32, i32* %len.4, align 4
  %1427 = zext i32 %1425 to i64
  %1428 = add i64 %1427, 4
  %1429 = icmp ugt i64 %1428, %arena_size
  br i1 %1429, label %trap17.site0, label %ok167

ok167:                                            ; preds = %ok166
  %1430 = getelementptr i8, i8* %mem, i64 %1427
  %1431 = icmp ult i64 %1427, %scratch_start
  %1432 = load i64, i64* %lowEnd, align 8
  %1433 = load i64, i64* %highEnd, align 8
  %1434 = call i64 @llvm.umax.i64(i64 %1432, i64 %1428)
  %1435 = select i1 %1431, i64 %1434, i64 %1432
  store i64 %1435, i64* %lowEnd, align 8
  %1436 = call i64 @llvm.umax.i64(i64 %1433, i64 %1428)
  %1437 = select i1 %1431, i64 %1433, i64 %1436
  store i64 %1437, i64* %highEnd, align 8
  %1438 = load i64, i64* %lowStart, align 8
  %1439 = call i64 @llvm.umin.i64(i64 %1438, i64 %1427)
  store i64 %1439, i64* %lowStart, align 8
  store i32 %1426, i32* %unaligned168, align 4
  %1440 = bitcast i32* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1430, i8* %1440, i64 4, i1 false)
  %1441 = load i32, i32* %list.1, align 4
  store i32 %1441, i32* %result152, align 4
  br label %e38

ok169:                                            ; preds = %e38
  %1442 = getelementptr i8, i8* %mem, i64 %1249
  %1443 = icmp ult i64 %1249, %scratch_start
  %1444 = load i64, i64* %lowEnd, align 8
  %1445 = load i64, i64* %highEnd, align 8
  %1446 = call i64 @llvm.umax.i64(i64 %1444, i64 %1250)
  %1447 = select i1 %1443, i64 %1446, i64 %1444
  store i64 %1447, i64* %lowEnd, align 8
  %1448 = call i64 @llvm.umax.i64(i64 %1445, i64 %1250)
  %1449 = select i1 %1443, i64 %1445, i64 %1448
  store i64 %1449, i64* %highEnd, align 8
  %1450 = load i64, i64* %lowStart, align 8
  %1451 = call i64 @llvm.umin.i64(i64 %1450, i64 %1249)
  store i64 %1451, i64* %lowStart, align 8
  store i32 %1247, i32* %unaligned170, align 4
  %1452 = bitcast i32* %unaligned170 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1442, i8* %1452, i64 4, i1 false)
  %1453 = load i32, i32* %name, align 4
  %1454 = zext i32 %1453 to i64
  %1455 = add i64 %1454, 4
  %1456 = icmp ugt i64 %1455, %arena_size
  br i1 %1456, label %trap17.site0, label %ok171

ok171:                                            ; preds = %ok169
  %1457 = getelementptr i8, i8* %mem, i64 %1454
  %1458 = bitcast i32* %unaligned172 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1458, i8* %1457, i64 4, i1 false)
  %1459 = load i32, i32* %unaligned172, align 4
  %1460 = zext i32 %1459 to i64
  store i64 %1460, i64* %size.2, align 8
  %1461 = load i32, i32* %dict, align 4
  %1462 = load i64, i64* %size.2, align 8
  %1463 = zext i32 %1461 to i64
  %1464 = add i64 %1463, 40
  %1465 = add i64 %1464, 8
  %1466 = icmp ugt i64 %1465, %arena_size
  br i1 %1466, label %trap17.site0, label %ok173

ok173:                                            ; preds = %ok171
  %1467 = getelementptr i8, i8* %mem, i64 %1464
  %1468 = icmp ult i64 %1464, %scratch_start
  %1469 = load i64, i64* %lowEnd, align 8
  %1470 = load i64, i64* %highEnd, align 8
  %1471 = call i64 @llvm.umax.i64(i64 %1469, i64 %1465)
  %1472 = select i1 %1468, i64 %1471, i64 %1469
  store i64 %1472, i64* %lowEnd, align 8
  %1473 = call i64 @llvm.umax.i64(i64 %1470, i64 %1465)
  %1474 = select i1 %1468, i64 %1470, i64 %1473
  store i64 %1474, i64* %highEnd, align 8
  %1475 = load i64, i64* %lowStart, align 8
  %1476 = call i64 @llvm.umin.i64(i64 %1475, i64 %1464)
  store i64 %1476, i64* %lowStart, align 8
  store i64 %1462, i64* %unaligned174, align 8
  %1477 = bitcast i64* %unaligned174 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1467, i8* %1477, i64 8, i1 false)
  %1478 = load i32, i32* %dict, align 4
  store i32 %1478, i32* %result5, align 4
  br label %e0

ok175:                                            ; preds = %e0
  %1479 = getelementptr i64, i64* %regs, i64 10
  %1480 = load i64, i64* %1479, align 8
  %1481 = icmp ult i64 %10, %1480
  br i1 %1481, label %trap253.site0, label %stack_ok176

trap15.site0:                                     ; preds = %e0
  %1482 = load i64, i64* %lowStart, align 8
  %1483 = getelementptr i64, i64* %regs, i64 6
  store i64 %1482, i64* %1483, align 8
  %1484 = load i64, i64* %lowEnd, align 8
  %1485 = getelementptr i64, i64* %regs, i64 7
  store i64 %1484, i64* %1485, align 8
  %1486 = load i64, i64* %highEnd, align 8
  %1487 = getelementptr i64, i64* %regs, i64 8
  store i64 %1486, i64* %1487, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok176:                                      ; preds = %ok175
  %1488 = load i64, i64* %fuel, align 8
  %1489 = getelementptr i64, i64* %regs, i64 0
  store i64 %1488, i64* %1489, align 8
  %1490 = load i64, i64* %lowStart, align 8
  %1491 = getelementptr i64, i64* %regs, i64 6
  store i64 %1490, i64* %1491, align 8
  %1492 = load i64, i64* %lowEnd, align 8
  %1493 = getelementptr i64, i64* %regs, i64 7
  store i64 %1492, i64* %1493, align 8
  %1494 = load i64, i64* %highEnd, align 8
  %1495 = getelementptr i64, i64* %regs, i64 8
  store i64 %1494, i64* %1495, align 8
  %1496 = add i32 %depth, 1
  %1497 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1496, i32 %90, i32 %91, i32 0)
  %1498 = getelementptr i64, i64* %regs, i64 0
  %1499 = load i64, i64* %1498, align 8
  store i64 %1499, i64* %fuel, align 8
  %1500 = getelementptr i64, i64* %regs, i64 6
  %1501 = load i64, i64* %1500, align 8
  store i64 %1501, i64* %lowStart, align 8
  %1502 = getelementptr i64, i64* %regs, i64 7
  %1503 = load i64, i64* %1502, align 8
  store i64 %1503, i64* %lowEnd, align 8
  %1504 = getelementptr i64, i64* %regs, i64 8
  %1505 = load i64, i64* %1504, align 8
  store i64 %1505, i64* %highEnd, align 8
  store i32 %1497, i32* %json_end, align 4
  %1506 = load i32, i32* %json_end, align 4
  %1507 = icmp eq i32 %1506, -2
  %1508 = zext i1 %1507 to i32
  %1509 = icmp ne i32 %1508, 0
  br i1 %1509, label %then177, label %else178

then177:                                          ; preds = %stack_ok176
  br label %trap16.site4

else178:                                          ; preds = %stack_ok176
  br label %join179

join179:                                          ; preds = %else178, %dead180
  %1510 = load i32, i32* %json_end, align 4
  %1511 = icmp eq i32 %1510, -1
  %1512 = zext i1 %1511 to i32
  %1513 = icmp ne i32 %1512, 0
  br i1 %1513, label %then181, label %else182

trap16.site4:                                     ; preds = %then177
  %1514 = load i64, i64* %lowStart, align 8
  %1515 = getelementptr i64, i64* %regs, i64 6
  store i64 %1514, i64* %1515, align 8
  %1516 = load i64, i64* %lowEnd, align 8
  %1517 = getelementptr i64, i64* %regs, i64 7
  store i64 %1516, i64* %1517, align 8
  %1518 = load i64, i64* %highEnd, align 8
  %1519 = getelementptr i64, i64* %regs, i64 8
  store i64 %1518, i64* %1519, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead180:                                          ; No predecessors!
  br label %join179

then181:                                          ; preds = %join179
  br label %trap15.site4

else182:                                          ; preds = %join179
  br label %join183

join183:                                          ; preds = %else182, %dead184
  %1520 = load i32, i32* %json_end, align 4
  %1521 = zext i32 %1520 to i64
  %1522 = getelementptr i64, i64* %regs, i64 3
  store i64 %1521, i64* %1522, align 8
  %1523 = load i32, i32* %json_end, align 4
  %1524 = load i32, i32* %json_start, align 4
  %1525 = sub i32 %1523, %1524
  %1526 = load i64, i64* %fuel, align 8
  %1527 = getelementptr i64, i64* %regs, i64 0
  store i64 %1526, i64* %1527, align 8
  %1528 = load i64, i64* %lowStart, align 8
  %1529 = getelementptr i64, i64* %regs, i64 6
  store i64 %1528, i64* %1529, align 8
  %1530 = load i64, i64* %lowEnd, align 8
  %1531 = getelementptr i64, i64* %regs, i64 7
  store i64 %1530, i64* %1531, align 8
  %1532 = load i64, i64* %highEnd, align 8
  %1533 = getelementptr i64, i64* %regs, i64 8
  store i64 %1532, i64* %1533, align 8
  ret i32 %1525

dead184:                                          ; No predecessors!
  br label %join183
}
