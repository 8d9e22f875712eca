; From examples/ticket-routing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/ticket-routing.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (47):
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
;   @m0.codec.dec.enum.4
;   @m0.codec.dec.int.5
;   @m0.codec.dec.option.6
;   @m0.codec.dec.fields.2
;   @m0.codec.dec.record.1
;   @m0.codec.dec.list.0
;   @m0.main.args
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.codec.write_str
;   @m0.codec.enc.string.2
;   @m0.codec.enc.list.1
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.6
;   @m0.codec.enc.enum.5
;   @m0.codec.enc.record.4
;   @m0.codec.enc.list.3
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.rt.final_sigma
;   @m0.rt.str_lower
;   @m0.rt.mem_chr
;   @m0.rt.find_bytes
;   @m0.rt.str_find
;   @m0.rt.str_contains
;   @m0.fn.route
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.cttz.i32
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
  %unaligned34 = alloca i16, align 2
  %unaligned81 = alloca i32, align 4
  %unaligned88 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %ok73, %join71, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok74, %ok52, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok86, %join78, %cont64, %ws_done13, %cont55, %cont46, %cont41, %ok33, %ok32, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join62
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then69, label %else70

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
  %212 = icmp eq i32 %211, 7
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

match5:                                           ; preds = %join31, %then36
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

join31:                                           ; preds = %else30, %join38
  store i32 -1, i32* %result, align 4
  br label %match5

ok32:                                             ; preds = %then29
  %252 = getelementptr i8, i8* %mem, i64 %249
  %253 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %253, i8* %252, i64 4, i1 false)
  %254 = load i32, i32* %unaligned, align 4
  %255 = icmp eq i32 %254, 1801677172
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
  %266 = icmp eq i32 %265, 29797
  %267 = zext i1 %266 to i32
  %268 = and i32 %256, %267
  %269 = load i32, i32* %args_kp, align 4
  %270 = zext i32 %269 to i64
  %271 = add i64 %270, 6
  %272 = add i64 %271, 1
  %273 = icmp ugt i64 %272, %arena_size
  br i1 %273, label %trap17.site0, label %ok35

ok35:                                             ; preds = %ok33
  %274 = getelementptr i8, i8* %mem, i64 %271
  %275 = load i8, i8* %274, align 1
  %276 = zext i8 %275 to i32
  %277 = icmp eq i32 %276, 115
  %278 = zext i1 %277 to i32
  %279 = and i32 %268, %278
  %280 = icmp ne i32 %279, 0
  br i1 %280, label %then36, label %else37

then36:                                           ; preds = %ok35
  store i32 0, i32* %result, align 4
  br label %match5

else37:                                           ; preds = %ok35
  br label %join38

join38:                                           ; preds = %else37, %dead39
  br label %join31

dead39:                                           ; No predecessors!
  br label %join38

ws_done6:                                         ; preds = %dead44, %ok42, %ok40
  %281 = load i32, i32* %args_pos, align 4
  %282 = add i32 %281, 1
  store i32 %282, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont43, %match5
  %283 = load i64, i64* %fuel, align 8
  %284 = icmp ult i64 %283, 1
  br i1 %284, label %trap14.site0, label %ok40

ok40:                                             ; preds = %ws7
  %285 = sub i64 %283, 1
  store i64 %285, i64* %fuel, align 8
  %286 = load i32, i32* %args_pos, align 4
  %287 = load i32, i32* %args_end, align 4
  %288 = icmp uge i32 %286, %287
  %289 = zext i1 %288 to i32
  %290 = icmp ne i32 %289, 0
  br i1 %290, label %ws_done6, label %cont41

cont41:                                           ; preds = %ok40
  %291 = load i32, i32* %args_pos, align 4
  %292 = zext i32 %291 to i64
  %293 = add i64 %292, 1
  %294 = icmp ugt i64 %293, %arena_size
  br i1 %294, label %trap17.site0, label %ok42

ok42:                                             ; preds = %cont41
  %295 = getelementptr i8, i8* %mem, i64 %292
  %296 = load i8, i8* %295, align 1
  %297 = zext i8 %296 to i32
  store i32 %297, i32* %ws, align 4
  %298 = load i32, i32* %ws, align 4
  %299 = icmp ule i32 %298, 32
  %300 = zext i1 %299 to i32
  %301 = icmp eq i32 %300, 0
  %302 = zext i1 %301 to i32
  %303 = icmp ne i32 %302, 0
  br i1 %303, label %ws_done6, label %cont43

cont43:                                           ; preds = %ok42
  %304 = load i32, i32* %args_pos, align 4
  %305 = add i32 %304, 1
  store i32 %305, i32* %args_pos, align 4
  br label %ws7

dead44:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead49, %ok47, %ok45
  %306 = load i32, i32* %args_c, align 4
  switch i32 %306, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont48, %ws_done6
  %307 = load i64, i64* %fuel, align 8
  %308 = icmp ult i64 %307, 1
  br i1 %308, label %trap14.site0, label %ok45

ok45:                                             ; preds = %ws9
  %309 = sub i64 %307, 1
  store i64 %309, i64* %fuel, align 8
  %310 = load i32, i32* %args_pos, align 4
  %311 = load i32, i32* %args_end, align 4
  %312 = icmp uge i32 %310, %311
  %313 = zext i1 %312 to i32
  %314 = icmp ne i32 %313, 0
  br i1 %314, label %ws_done8, label %cont46

cont46:                                           ; preds = %ok45
  %315 = load i32, i32* %args_pos, align 4
  %316 = zext i32 %315 to i64
  %317 = add i64 %316, 1
  %318 = icmp ugt i64 %317, %arena_size
  br i1 %318, label %trap17.site0, label %ok47

ok47:                                             ; preds = %cont46
  %319 = getelementptr i8, i8* %mem, i64 %316
  %320 = load i8, i8* %319, align 1
  %321 = zext i8 %320 to i32
  store i32 %321, i32* %ws, align 4
  %322 = load i32, i32* %ws, align 4
  %323 = icmp ule i32 %322, 32
  %324 = zext i1 %323 to i32
  %325 = icmp eq i32 %324, 0
  %326 = zext i1 %325 to i32
  %327 = icmp ne i32 %326, 0
  br i1 %327, label %ws_done8, label %cont48

cont48:                                           ; preds = %ok47
  %328 = load i32, i32* %args_pos, align 4
  %329 = add i32 %328, 1
  store i32 %329, i32* %args_pos, align 4
  br label %ws9

dead49:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12
  %330 = load i32, i32* %args_pos, align 4
  %331 = load i32, i32* %args_end, align 4
  %332 = icmp uge i32 %depth, 1000
  br i1 %332, label %trap15.site0, label %ok52

default11:                                        ; preds = %dead51, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead50, %ws_done8
  %333 = load i32, i32* %args_pos, align 4
  store i32 %333, i32* %arg0_at, align 4
  br label %switch10

dead50:                                           ; No predecessors!
  br label %case12

dead51:                                           ; No predecessors!
  br label %default11

ok52:                                             ; preds = %switch10
  %334 = getelementptr i64, i64* %regs, i64 10
  %335 = load i64, i64* %334, align 8
  %336 = icmp ult i64 %10, %335
  br i1 %336, label %trap253.site0, label %stack_ok53

stack_ok53:                                       ; preds = %ok52
  %337 = load i64, i64* %fuel, align 8
  %338 = getelementptr i64, i64* %regs, i64 0
  store i64 %337, i64* %338, align 8
  %339 = load i64, i64* %lowStart, align 8
  %340 = getelementptr i64, i64* %regs, i64 6
  store i64 %339, i64* %340, align 8
  %341 = load i64, i64* %lowEnd, align 8
  %342 = getelementptr i64, i64* %regs, i64 7
  store i64 %341, i64* %342, align 8
  %343 = load i64, i64* %highEnd, align 8
  %344 = getelementptr i64, i64* %regs, i64 8
  store i64 %343, i64* %344, align 8
  %345 = add i32 %depth, 1
  %346 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %345, i32 %330, i32 %331)
  %347 = getelementptr i64, i64* %regs, i64 0
  %348 = load i64, i64* %347, align 8
  store i64 %348, i64* %fuel, align 8
  %349 = getelementptr i64, i64* %regs, i64 6
  %350 = load i64, i64* %349, align 8
  store i64 %350, i64* %lowStart, align 8
  %351 = getelementptr i64, i64* %regs, i64 7
  %352 = load i64, i64* %351, align 8
  store i64 %352, i64* %lowEnd, align 8
  %353 = getelementptr i64, i64* %regs, i64 8
  %354 = load i64, i64* %353, align 8
  store i64 %354, i64* %highEnd, align 8
  store i32 %346, i32* %args_pos, align 4
  br label %ws14

ws_done13:                                        ; preds = %dead58, %ok56, %ok54
  %355 = load i32, i32* %args_pos, align 4
  %356 = zext i32 %355 to i64
  %357 = add i64 %356, 1
  %358 = icmp ugt i64 %357, %arena_size
  br i1 %358, label %trap17.site0, label %ok59

ws14:                                             ; preds = %cont57, %stack_ok53
  %359 = load i64, i64* %fuel, align 8
  %360 = icmp ult i64 %359, 1
  br i1 %360, label %trap14.site0, label %ok54

ok54:                                             ; preds = %ws14
  %361 = sub i64 %359, 1
  store i64 %361, i64* %fuel, align 8
  %362 = load i32, i32* %args_pos, align 4
  %363 = load i32, i32* %args_end, align 4
  %364 = icmp uge i32 %362, %363
  %365 = zext i1 %364 to i32
  %366 = icmp ne i32 %365, 0
  br i1 %366, label %ws_done13, label %cont55

cont55:                                           ; preds = %ok54
  %367 = load i32, i32* %args_pos, align 4
  %368 = zext i32 %367 to i64
  %369 = add i64 %368, 1
  %370 = icmp ugt i64 %369, %arena_size
  br i1 %370, label %trap17.site0, label %ok56

ok56:                                             ; preds = %cont55
  %371 = getelementptr i8, i8* %mem, i64 %368
  %372 = load i8, i8* %371, align 1
  %373 = zext i8 %372 to i32
  store i32 %373, i32* %ws, align 4
  %374 = load i32, i32* %ws, align 4
  %375 = icmp ule i32 %374, 32
  %376 = zext i1 %375 to i32
  %377 = icmp eq i32 %376, 0
  %378 = zext i1 %377 to i32
  %379 = icmp ne i32 %378, 0
  br i1 %379, label %ws_done13, label %cont57

cont57:                                           ; preds = %ok56
  %380 = load i32, i32* %args_pos, align 4
  %381 = add i32 %380, 1
  store i32 %381, i32* %args_pos, align 4
  br label %ws14

dead58:                                           ; No predecessors!
  br label %ws_done13

ok59:                                             ; preds = %ws_done13
  %382 = getelementptr i8, i8* %mem, i64 %356
  %383 = load i8, i8* %382, align 1
  %384 = zext i8 %383 to i32
  store i32 %384, i32* %args_c, align 4
  %385 = load i32, i32* %args_pos, align 4
  %386 = add i32 %385, 1
  store i32 %386, i32* %args_pos, align 4
  %387 = load i32, i32* %args_c, align 4
  %388 = icmp eq i32 %387, 44
  %389 = zext i1 %388 to i32
  %390 = icmp ne i32 %389, 0
  br i1 %390, label %then60, label %else61

then60:                                           ; preds = %ok59
  br label %ws16

else61:                                           ; preds = %ok59
  br label %join62

join62:                                           ; preds = %else61, %dead68
  br label %join19

ws_done15:                                        ; preds = %dead67, %ok65, %ok63
  br label %args4

ws16:                                             ; preds = %cont66, %then60
  %391 = load i64, i64* %fuel, align 8
  %392 = icmp ult i64 %391, 1
  br i1 %392, label %trap14.site0, label %ok63

ok63:                                             ; preds = %ws16
  %393 = sub i64 %391, 1
  store i64 %393, i64* %fuel, align 8
  %394 = load i32, i32* %args_pos, align 4
  %395 = load i32, i32* %args_end, align 4
  %396 = icmp uge i32 %394, %395
  %397 = zext i1 %396 to i32
  %398 = icmp ne i32 %397, 0
  br i1 %398, label %ws_done15, label %cont64

cont64:                                           ; preds = %ok63
  %399 = load i32, i32* %args_pos, align 4
  %400 = zext i32 %399 to i64
  %401 = add i64 %400, 1
  %402 = icmp ugt i64 %401, %arena_size
  br i1 %402, label %trap17.site0, label %ok65

ok65:                                             ; preds = %cont64
  %403 = getelementptr i8, i8* %mem, i64 %400
  %404 = load i8, i8* %403, align 1
  %405 = zext i8 %404 to i32
  store i32 %405, i32* %ws, align 4
  %406 = load i32, i32* %ws, align 4
  %407 = icmp ule i32 %406, 32
  %408 = zext i1 %407 to i32
  %409 = icmp eq i32 %408, 0
  %410 = zext i1 %409 to i32
  %411 = icmp ne i32 %410, 0
  br i1 %411, label %ws_done15, label %cont66

cont66:                                           ; preds = %ok65
  %412 = load i32, i32* %args_pos, align 4
  %413 = add i32 %412, 1
  store i32 %413, i32* %args_pos, align 4
  br label %ws16

dead67:                                           ; No predecessors!
  br label %ws_done15

dead68:                                           ; No predecessors!
  br label %join62

then69:                                           ; preds = %join19
  br label %trap9.site2

else70:                                           ; preds = %join19
  br label %join71

join71:                                           ; preds = %else70, %dead72
  %414 = getelementptr i64, i64* %regs, i64 1
  %415 = getelementptr i64, i64* %regs, i64 2
  %416 = load i64, i64* %414, align 8
  %417 = add i64 %416, 3
  %418 = and i64 %417, -4
  %419 = add i64 %418, 4
  %420 = load i64, i64* %415, align 8
  %421 = icmp ugt i64 %419, %420
  br i1 %421, label %trap15.site0, label %ok73

trap9.site2:                                      ; preds = %then69
  %422 = load i64, i64* %lowStart, align 8
  %423 = getelementptr i64, i64* %regs, i64 6
  store i64 %422, i64* %423, align 8
  %424 = load i64, i64* %lowEnd, align 8
  %425 = getelementptr i64, i64* %regs, i64 7
  store i64 %424, i64* %425, align 8
  %426 = load i64, i64* %highEnd, align 8
  %427 = getelementptr i64, i64* %regs, i64 8
  store i64 %426, i64* %427, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead72:                                           ; No predecessors!
  br label %join71

ok73:                                             ; preds = %join71
  store i64 %419, i64* %414, align 8
  %428 = trunc i64 %418 to i32
  store i32 %428, i32* %cell, align 4
  %429 = load i32, i32* %arg0_at, align 4
  %430 = load i32, i32* %args_end, align 4
  %431 = load i32, i32* %cell, align 4
  %432 = icmp uge i32 %depth, 1000
  br i1 %432, label %trap15.site0, label %ok74

ok74:                                             ; preds = %ok73
  %433 = getelementptr i64, i64* %regs, i64 10
  %434 = load i64, i64* %433, align 8
  %435 = icmp ult i64 %10, %434
  br i1 %435, label %trap253.site0, label %stack_ok75

stack_ok75:                                       ; preds = %ok74
  %436 = load i64, i64* %fuel, align 8
  %437 = getelementptr i64, i64* %regs, i64 0
  store i64 %436, i64* %437, align 8
  %438 = load i64, i64* %lowStart, align 8
  %439 = getelementptr i64, i64* %regs, i64 6
  store i64 %438, i64* %439, align 8
  %440 = load i64, i64* %lowEnd, align 8
  %441 = getelementptr i64, i64* %regs, i64 7
  store i64 %440, i64* %441, align 8
  %442 = load i64, i64* %highEnd, align 8
  %443 = getelementptr i64, i64* %regs, i64 8
  store i64 %442, i64* %443, align 8
  %444 = add i32 %depth, 1
  %445 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %444, i32 %429, i32 %430, i32 %431)
  %446 = getelementptr i64, i64* %regs, i64 0
  %447 = load i64, i64* %446, align 8
  store i64 %447, i64* %fuel, align 8
  %448 = getelementptr i64, i64* %regs, i64 6
  %449 = load i64, i64* %448, align 8
  store i64 %449, i64* %lowStart, align 8
  %450 = getelementptr i64, i64* %regs, i64 7
  %451 = load i64, i64* %450, align 8
  store i64 %451, i64* %lowEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 8
  %453 = load i64, i64* %452, align 8
  store i64 %453, i64* %highEnd, align 8
  %454 = icmp slt i32 %445, 0
  %455 = zext i1 %454 to i32
  %456 = icmp ne i32 %455, 0
  br i1 %456, label %then76, label %else77

then76:                                           ; preds = %stack_ok75
  br label %trap11.site2

else77:                                           ; preds = %stack_ok75
  br label %join78

join78:                                           ; preds = %else77, %dead79
  %457 = load i32, i32* %cell, align 4
  %458 = zext i32 %457 to i64
  %459 = add i64 %458, 4
  %460 = icmp ugt i64 %459, %arena_size
  br i1 %460, label %trap17.site0, label %ok80

trap11.site2:                                     ; preds = %then76
  %461 = load i64, i64* %lowStart, align 8
  %462 = getelementptr i64, i64* %regs, i64 6
  store i64 %461, i64* %462, align 8
  %463 = load i64, i64* %lowEnd, align 8
  %464 = getelementptr i64, i64* %regs, i64 7
  store i64 %463, i64* %464, align 8
  %465 = load i64, i64* %highEnd, align 8
  %466 = getelementptr i64, i64* %regs, i64 8
  store i64 %465, i64* %466, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead79:                                           ; No predecessors!
  br label %join78

ok80:                                             ; preds = %join78
  %467 = getelementptr i8, i8* %mem, i64 %458
  %468 = bitcast i32* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %468, i8* %467, i64 4, i1 false)
  %469 = load i32, i32* %unaligned81, align 4
  store i32 %469, i32* %arg, align 4
  %470 = load i32, i32* %args_unexpected, align 4
  %471 = icmp ne i32 %470, 0
  br i1 %471, label %then82, label %else83

then82:                                           ; preds = %ok80
  br label %trap10.site1

else83:                                           ; preds = %ok80
  br label %join84

join84:                                           ; preds = %else83, %dead85
  %472 = getelementptr i64, i64* %regs, i64 1
  %473 = getelementptr i64, i64* %regs, i64 2
  %474 = load i64, i64* %472, align 8
  %475 = add i64 %474, 7
  %476 = and i64 %475, -8
  %477 = add i64 %476, 8
  %478 = load i64, i64* %473, align 8
  %479 = icmp ugt i64 %477, %478
  br i1 %479, label %trap15.site1, label %ok86

trap10.site1:                                     ; preds = %then82
  %480 = load i64, i64* %lowStart, align 8
  %481 = getelementptr i64, i64* %regs, i64 6
  store i64 %480, i64* %481, align 8
  %482 = load i64, i64* %lowEnd, align 8
  %483 = getelementptr i64, i64* %regs, i64 7
  store i64 %482, i64* %483, align 8
  %484 = load i64, i64* %highEnd, align 8
  %485 = getelementptr i64, i64* %regs, i64 8
  store i64 %484, i64* %485, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead85:                                           ; No predecessors!
  br label %join84

ok86:                                             ; preds = %join84
  store i64 %477, i64* %472, align 8
  %486 = trunc i64 %476 to i32
  store i32 %486, i32* %args_out, align 4
  %487 = load i32, i32* %args_out, align 4
  %488 = load i32, i32* %arg, align 4
  %489 = zext i32 %487 to i64
  %490 = add i64 %489, 4
  %491 = icmp ugt i64 %490, %arena_size
  br i1 %491, label %trap17.site0, label %ok87

trap15.site1:                                     ; preds = %join84
  %492 = load i64, i64* %lowStart, align 8
  %493 = getelementptr i64, i64* %regs, i64 6
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %lowEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 7
  store i64 %494, i64* %495, align 8
  %496 = load i64, i64* %highEnd, align 8
  %497 = getelementptr i64, i64* %regs, i64 8
  store i64 %496, i64* %497, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok87:                                             ; preds = %ok86
  %498 = getelementptr i8, i8* %mem, i64 %489
  %499 = icmp ult i64 %489, %scratch_start
  %500 = load i64, i64* %lowEnd, align 8
  %501 = load i64, i64* %highEnd, align 8
  %502 = call i64 @llvm.umax.i64(i64 %500, i64 %490)
  %503 = select i1 %499, i64 %502, i64 %500
  store i64 %503, i64* %lowEnd, align 8
  %504 = call i64 @llvm.umax.i64(i64 %501, i64 %490)
  %505 = select i1 %499, i64 %501, i64 %504
  store i64 %505, i64* %highEnd, align 8
  %506 = load i64, i64* %lowStart, align 8
  %507 = call i64 @llvm.umin.i64(i64 %506, i64 %489)
  store i64 %507, i64* %lowStart, align 8
  store i32 %488, i32* %unaligned88, align 4
  %508 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %498, i8* %508, i64 4, i1 false)
  %509 = load i32, i32* %args_out, align 4
  %510 = load i64, i64* %fuel, align 8
  %511 = getelementptr i64, i64* %regs, i64 0
  store i64 %510, i64* %511, align 8
  %512 = load i64, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  store i64 %516, i64* %517, align 8
  ret i32 %509
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
  %tickets = alloca i32, align 4
  store i32 0, i32* %tickets, align 4
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
  %t = alloca i32, align 4
  store i32 0, i32* %t, align 4
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %id = alloca i32, align 4
  store i32 0, i32* %id, align 4
  %decision = alloca i32, align 4
  store i32 0, i32* %decision, align 4
  %routes = alloca i32, align 4
  store i32 0, i32* %routes, align 4
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
  %t.1 = alloca i32, align 4
  store i32 0, i32* %t.1, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i32, align 4
  store i32 0, i32* %x.2, align 4
  %t.2 = alloca i32, align 4
  store i32 0, i32* %t.2, align 4
  %escalated = alloca i32, align 4
  store i32 0, i32* %escalated, align 4
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %size.3 = alloca i64, align 8
  store i64 0, i64* %size.3, align 8
  %list.3 = alloca i32, align 4
  store i32 0, i32* %list.3, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %x.3 = alloca i32, align 4
  store i32 0, i32* %x.3, align 4
  %t.3 = alloca i32, align 4
  store i32 0, i32* %t.3, align 4
  %scrut.1 = alloca i32, align 4
  store i32 0, i32* %scrut.1, align 4
  %tier = alloca i32, align 4
  store i32 0, i32* %tier, align 4
  %vip = alloca i32, align 4
  store i32 0, i32* %vip, align 4
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
  %result21 = alloca i32, align 4
  %unaligned24 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %unaligned30 = alloca i32, align 4
  %unaligned32 = alloca i32, align 4
  %unaligned35 = alloca i32, align 4
  %unaligned37 = alloca i32, align 4
  %result38 = alloca i32, align 4
  %result39 = alloca i32, align 4
  %unaligned41 = alloca i32, align 4
  %unaligned48 = alloca i32, align 4
  %unaligned52 = alloca i32, align 4
  %result53 = alloca i32, align 4
  %result56 = alloca i32, align 4
  %unaligned66 = alloca i32, align 4
  %unaligned69 = alloca i32, align 4
  %unaligned71 = alloca i32, align 4
  %unaligned78 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned84 = alloca i32, align 4
  %unaligned86 = alloca i32, align 4
  %unaligned89 = alloca i32, align 4
  %unaligned91 = alloca i32, align 4
  %result92 = alloca i32, align 4
  %unaligned94 = alloca i32, align 4
  %unaligned101 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
  %result106 = alloca i32, align 4
  %unaligned108 = alloca i32, align 4
  %result109 = alloca i32, align 4
  %unaligned114 = alloca i32, align 4
  %unaligned127 = alloca i32, align 4
  %unaligned129 = alloca i32, align 4
  %unaligned132 = alloca i32, align 4
  %unaligned134 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each28, %each22, %each14, %each4, %body
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

trap253.site0:                                    ; preds = %ok135, %ok115, %ok54, %ok27, %ok1
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
  store i32 %62, i32* %tickets, align 4
  %63 = getelementptr i64, i64* %regs, i64 1
  %64 = getelementptr i64, i64* %regs, i64 2
  %65 = load i64, i64* %63, align 8
  %66 = add i64 %65, 7
  %67 = and i64 %66, -8
  %68 = add i64 %67, 16
  %69 = load i64, i64* %64, align 8
  %70 = icmp ugt i64 %68, %69
  br i1 %70, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %e25, %block27, %ok126, %then110, %cont103, %ok99, %ok90, %e10, %block21, %ok83, %cont80, %ok76, %e11, %block13, %then62, %stack_ok55, %cont50, %ok46, %ok36, %e1, %block3, %e5, %stack_ok28, %ok23, %cont, %ok15, %ok10, %ok8, %ok6, %ok5, %stack_ok
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

e0:                                               ; preds = %ok133
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
  br i1 %84, label %trap15.site0, label %ok135

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

trap15.site3:                                     ; preds = %then141, %ok2
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
  %154 = load i32, i32* %tickets, align 4
  store i32 %154, i32* %xs, align 4
  %155 = load i32, i32* %xs, align 4
  %156 = zext i32 %155 to i64
  %157 = add i64 %156, 4
  %158 = icmp ugt i64 %157, %arena_size
  br i1 %158, label %trap17.site0, label %ok13

e1:                                               ; preds = %ok34
  %159 = load i32, i32* %result12, align 4
  store i32 %159, i32* %routes, align 4
  %160 = load i32, i32* %dict, align 4
  %161 = load i32, i32* %routes, align 4
  %162 = zext i32 %160 to i64
  %163 = add i64 %162, 4
  %164 = add i64 %163, 4
  %165 = icmp ugt i64 %164, %arena_size
  br i1 %165, label %trap17.site0, label %ok36

ok13:                                             ; preds = %ok10
  %166 = getelementptr i8, i8* %mem, i64 %156
  %167 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %167, i8* %166, i64 4, i1 false)
  %168 = load i32, i32* %unaligned14, align 4
  %169 = zext i32 %168 to i64
  %170 = mul i64 %169, 4
  %171 = add i64 4, %170
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
  %182 = add i64 %181, 3
  %183 = and i64 %182, -4
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

block3:                                           ; preds = %dead33, %ok18
  %201 = load i32, i32* %list, align 4
  %202 = load i32, i32* %len, align 4
  %203 = zext i32 %201 to i64
  %204 = add i64 %203, 4
  %205 = icmp ugt i64 %204, %arena_size
  br i1 %205, label %trap17.site0, label %ok34

each4:                                            ; preds = %ok31, %ok16
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
  store i32 %225, i32* %t, align 4
  %226 = load i32, i32* %list, align 4
  %227 = load i32, i32* %len, align 4
  %228 = mul i32 %227, 4
  %229 = add i32 %226, %228
  %230 = getelementptr i64, i64* %regs, i64 1
  %231 = getelementptr i64, i64* %regs, i64 2
  %232 = load i64, i64* %230, align 8
  %233 = add i64 %232, 7
  %234 = and i64 %233, -8
  %235 = add i64 %234, 8
  %236 = load i64, i64* %231, align 8
  %237 = icmp ugt i64 %235, %236
  br i1 %237, label %trap15.site6, label %ok22

e5:                                               ; preds = %ok29
  %238 = load i32, i32* %result21, align 4
  %239 = zext i32 %229 to i64
  %240 = add i64 %239, 4
  %241 = add i64 %240, 4
  %242 = icmp ugt i64 %241, %arena_size
  br i1 %242, label %trap17.site0, label %ok31

ok22:                                             ; preds = %ok19
  store i64 %235, i64* %230, align 8
  %243 = trunc i64 %234 to i32
  store i32 %243, i32* %dict.1, align 4
  %244 = load i32, i32* %t, align 4
  %245 = zext i32 %244 to i64
  %246 = add i64 %245, 4
  %247 = icmp ugt i64 %246, %arena_size
  br i1 %247, label %trap17.site7, label %ok23

trap15.site6:                                     ; preds = %ok19
  %248 = load i64, i64* %lowStart, align 8
  %249 = getelementptr i64, i64* %regs, i64 6
  store i64 %248, i64* %249, align 8
  %250 = load i64, i64* %lowEnd, align 8
  %251 = getelementptr i64, i64* %regs, i64 7
  store i64 %250, i64* %251, align 8
  %252 = load i64, i64* %highEnd, align 8
  %253 = getelementptr i64, i64* %regs, i64 8
  store i64 %252, i64* %253, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

ok23:                                             ; preds = %ok22
  %254 = getelementptr i8, i8* %mem, i64 %245
  %255 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %255, i8* %254, i64 4, i1 false)
  %256 = load i32, i32* %unaligned24, align 4
  store i32 %256, i32* %id, align 4
  %257 = load i32, i32* %dict.1, align 4
  %258 = load i32, i32* %id, align 4
  %259 = zext i32 %257 to i64
  %260 = add i64 %259, 4
  %261 = icmp ugt i64 %260, %arena_size
  br i1 %261, label %trap17.site0, label %ok25

trap17.site7:                                     ; preds = %ok22
  %262 = load i64, i64* %lowStart, align 8
  %263 = getelementptr i64, i64* %regs, i64 6
  store i64 %262, i64* %263, align 8
  %264 = load i64, i64* %lowEnd, align 8
  %265 = getelementptr i64, i64* %regs, i64 7
  store i64 %264, i64* %265, align 8
  %266 = load i64, i64* %highEnd, align 8
  %267 = getelementptr i64, i64* %regs, i64 8
  store i64 %266, i64* %267, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

ok25:                                             ; preds = %ok23
  %268 = getelementptr i8, i8* %mem, i64 %259
  %269 = icmp ult i64 %259, %scratch_start
  %270 = load i64, i64* %lowEnd, align 8
  %271 = load i64, i64* %highEnd, align 8
  %272 = call i64 @llvm.umax.i64(i64 %270, i64 %260)
  %273 = select i1 %269, i64 %272, i64 %270
  store i64 %273, i64* %lowEnd, align 8
  %274 = call i64 @llvm.umax.i64(i64 %271, i64 %260)
  %275 = select i1 %269, i64 %271, i64 %274
  store i64 %275, i64* %highEnd, align 8
  %276 = load i64, i64* %lowStart, align 8
  %277 = call i64 @llvm.umin.i64(i64 %276, i64 %259)
  store i64 %277, i64* %lowStart, align 8
  store i32 %258, i32* %unaligned26, align 4
  %278 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %268, i8* %278, i64 4, i1 false)
  %279 = load i32, i32* %t, align 4
  %280 = icmp uge i32 %depth, 1000
  br i1 %280, label %trap15.site8, label %ok27

ok27:                                             ; preds = %ok25
  %281 = getelementptr i64, i64* %regs, i64 10
  %282 = load i64, i64* %281, align 8
  %283 = icmp ult i64 %10, %282
  br i1 %283, label %trap253.site0, label %stack_ok28

trap15.site8:                                     ; preds = %ok25
  %284 = load i64, i64* %lowStart, align 8
  %285 = getelementptr i64, i64* %regs, i64 6
  store i64 %284, i64* %285, align 8
  %286 = load i64, i64* %lowEnd, align 8
  %287 = getelementptr i64, i64* %regs, i64 7
  store i64 %286, i64* %287, align 8
  %288 = load i64, i64* %highEnd, align 8
  %289 = getelementptr i64, i64* %regs, i64 8
  store i64 %288, i64* %289, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %290 = load i64, i64* %fuel, align 8
  %291 = getelementptr i64, i64* %regs, i64 0
  store i64 %290, i64* %291, align 8
  %292 = load i64, i64* %lowStart, align 8
  %293 = getelementptr i64, i64* %regs, i64 6
  store i64 %292, i64* %293, align 8
  %294 = load i64, i64* %lowEnd, align 8
  %295 = getelementptr i64, i64* %regs, i64 7
  store i64 %294, i64* %295, align 8
  %296 = load i64, i64* %highEnd, align 8
  %297 = getelementptr i64, i64* %regs, i64 8
  store i64 %296, i64* %297, align 8
  %298 = add i32 %depth, 1
  %299 = call i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %298, i32 0, i32 %279)
  %300 = getelementptr i64, i64* %regs, i64 0
  %301 = load i64, i64* %300, align 8
  store i64 %301, i64* %fuel, align 8
  %302 = getelementptr i64, i64* %regs, i64 6
  %303 = load i64, i64* %302, align 8
  store i64 %303, i64* %lowStart, align 8
  %304 = getelementptr i64, i64* %regs, i64 7
  %305 = load i64, i64* %304, align 8
  store i64 %305, i64* %lowEnd, align 8
  %306 = getelementptr i64, i64* %regs, i64 8
  %307 = load i64, i64* %306, align 8
  store i64 %307, i64* %highEnd, align 8
  store i32 %299, i32* %decision, align 4
  %308 = load i32, i32* %dict.1, align 4
  %309 = load i32, i32* %decision, align 4
  %310 = zext i32 %308 to i64
  %311 = add i64 %310, 4
  %312 = add i64 %311, 4
  %313 = icmp ugt i64 %312, %arena_size
  br i1 %313, label %trap17.site0, label %ok29

ok29:                                             ; preds = %stack_ok28
  %314 = getelementptr i8, i8* %mem, i64 %311
  %315 = icmp ult i64 %311, %scratch_start
  %316 = load i64, i64* %lowEnd, align 8
  %317 = load i64, i64* %highEnd, align 8
  %318 = call i64 @llvm.umax.i64(i64 %316, i64 %312)
  %319 = select i1 %315, i64 %318, i64 %316
  store i64 %319, i64* %lowEnd, align 8
  %320 = call i64 @llvm.umax.i64(i64 %317, i64 %312)
  %321 = select i1 %315, i64 %317, i64 %320
  store i64 %321, i64* %highEnd, align 8
  %322 = load i64, i64* %lowStart, align 8
  %323 = call i64 @llvm.umin.i64(i64 %322, i64 %311)
  store i64 %323, i64* %lowStart, align 8
  store i32 %309, i32* %unaligned30, align 4
  %324 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %314, i8* %324, i64 4, i1 false)
  %325 = load i32, i32* %dict.1, align 4
  store i32 %325, i32* %result21, align 4
  br label %e5

ok31:                                             ; preds = %e5
  %326 = getelementptr i8, i8* %mem, i64 %240
  %327 = icmp ult i64 %240, %scratch_start
  %328 = load i64, i64* %lowEnd, align 8
  %329 = load i64, i64* %highEnd, align 8
  %330 = call i64 @llvm.umax.i64(i64 %328, i64 %241)
  %331 = select i1 %327, i64 %330, i64 %328
  store i64 %331, i64* %lowEnd, align 8
  %332 = call i64 @llvm.umax.i64(i64 %329, i64 %241)
  %333 = select i1 %327, i64 %329, i64 %332
  store i64 %333, i64* %highEnd, align 8
  %334 = load i64, i64* %lowStart, align 8
  %335 = call i64 @llvm.umin.i64(i64 %334, i64 %240)
  store i64 %335, i64* %lowStart, align 8
  store i32 %238, i32* %unaligned32, align 4
  %336 = bitcast i32* %unaligned32 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %326, i8* %336, i64 4, i1 false)
  %337 = load i32, i32* %len, align 4
  %338 = add i32 %337, 1
  store i32 %338, i32* %len, align 4
  %339 = load i32, i32* %k, align 4
  %340 = add i32 %339, 1
  store i32 %340, i32* %k, align 4
  br label %each4

dead33:                                           ; No predecessors!
  br label %block3

ok34:                                             ; preds = %block3
  %341 = getelementptr i8, i8* %mem, i64 %203
  %342 = icmp ult i64 %203, %scratch_start
  %343 = load i64, i64* %lowEnd, align 8
  %344 = load i64, i64* %highEnd, align 8
  %345 = call i64 @llvm.umax.i64(i64 %343, i64 %204)
  %346 = select i1 %342, i64 %345, i64 %343
  store i64 %346, i64* %lowEnd, align 8
  %347 = call i64 @llvm.umax.i64(i64 %344, i64 %204)
  %348 = select i1 %342, i64 %344, i64 %347
  store i64 %348, i64* %highEnd, align 8
  %349 = load i64, i64* %lowStart, align 8
  %350 = call i64 @llvm.umin.i64(i64 %349, i64 %203)
  store i64 %350, i64* %lowStart, align 8
  store i32 %202, i32* %unaligned35, align 4
  %351 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %341, i8* %351, i64 4, i1 false)
  %352 = load i32, i32* %list, align 4
  store i32 %352, i32* %result12, align 4
  br label %e1

ok36:                                             ; preds = %e1
  %353 = getelementptr i8, i8* %mem, i64 %163
  %354 = icmp ult i64 %163, %scratch_start
  %355 = load i64, i64* %lowEnd, align 8
  %356 = load i64, i64* %highEnd, align 8
  %357 = call i64 @llvm.umax.i64(i64 %355, i64 %164)
  %358 = select i1 %354, i64 %357, i64 %355
  store i64 %358, i64* %lowEnd, align 8
  %359 = call i64 @llvm.umax.i64(i64 %356, i64 %164)
  %360 = select i1 %354, i64 %356, i64 %359
  store i64 %360, i64* %highEnd, align 8
  %361 = load i64, i64* %lowStart, align 8
  %362 = call i64 @llvm.umin.i64(i64 %361, i64 %163)
  store i64 %362, i64* %lowStart, align 8
  store i32 %161, i32* %unaligned37, align 4
  %363 = bitcast i32* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %353, i8* %363, i64 4, i1 false)
  %364 = load i32, i32* %tickets, align 4
  store i32 %364, i32* %xs.1, align 4
  %365 = load i32, i32* %xs.1, align 4
  %366 = zext i32 %365 to i64
  %367 = add i64 %366, 4
  %368 = icmp ugt i64 %367, %arena_size
  br i1 %368, label %trap17.site0, label %ok40

e10:                                              ; preds = %ok88
  %369 = load i32, i32* %result38, align 4
  store i32 %369, i32* %escalated, align 4
  %370 = load i32, i32* %dict, align 4
  %371 = load i32, i32* %escalated, align 4
  %372 = zext i32 %370 to i64
  %373 = add i64 %372, 8
  %374 = add i64 %373, 4
  %375 = icmp ugt i64 %374, %arena_size
  br i1 %375, label %trap17.site0, label %ok90

e11:                                              ; preds = %ok68
  %376 = load i32, i32* %result39, align 4
  store i32 %376, i32* %xs.2, align 4
  %377 = load i32, i32* %xs.2, align 4
  %378 = zext i32 %377 to i64
  %379 = add i64 %378, 4
  %380 = icmp ugt i64 %379, %arena_size
  br i1 %380, label %trap17.site0, label %ok70

ok40:                                             ; preds = %ok36
  %381 = getelementptr i8, i8* %mem, i64 %366
  %382 = bitcast i32* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %382, i8* %381, i64 4, i1 false)
  %383 = load i32, i32* %unaligned41, align 4
  %384 = zext i32 %383 to i64
  %385 = mul i64 %384, 4
  %386 = add i64 4, %385
  store i64 %386, i64* %size.1, align 8
  %387 = load i64, i64* %size.1, align 8
  %388 = icmp ugt i64 %387, 2147483647
  %389 = zext i1 %388 to i32
  %390 = icmp ne i32 %389, 0
  br i1 %390, label %then42, label %else43

then42:                                           ; preds = %ok40
  br label %trap15.site10

else43:                                           ; preds = %ok40
  br label %join44

join44:                                           ; preds = %else43, %dead45
  %391 = load i64, i64* %size.1, align 8
  %392 = trunc i64 %391 to i32
  %393 = zext i32 %392 to i64
  %394 = getelementptr i64, i64* %regs, i64 1
  %395 = getelementptr i64, i64* %regs, i64 2
  %396 = load i64, i64* %394, align 8
  %397 = add i64 %396, 3
  %398 = and i64 %397, -4
  %399 = add i64 %398, %393
  %400 = load i64, i64* %395, align 8
  %401 = icmp ugt i64 %399, %400
  br i1 %401, label %trap15.site10, label %ok46

trap15.site10:                                    ; preds = %join44, %then42
  %402 = load i64, i64* %lowStart, align 8
  %403 = getelementptr i64, i64* %regs, i64 6
  store i64 %402, i64* %403, align 8
  %404 = load i64, i64* %lowEnd, align 8
  %405 = getelementptr i64, i64* %regs, i64 7
  store i64 %404, i64* %405, align 8
  %406 = load i64, i64* %highEnd, align 8
  %407 = getelementptr i64, i64* %regs, i64 8
  store i64 %406, i64* %407, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead45:                                           ; No predecessors!
  br label %join44

ok46:                                             ; preds = %join44
  store i64 %399, i64* %394, align 8
  %408 = trunc i64 %398 to i32
  store i32 %408, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %409 = load i32, i32* %xs.1, align 4
  %410 = zext i32 %409 to i64
  %411 = add i64 %410, 4
  %412 = icmp ugt i64 %411, %arena_size
  br i1 %412, label %trap17.site0, label %ok47

ok47:                                             ; preds = %ok46
  %413 = getelementptr i8, i8* %mem, i64 %410
  %414 = bitcast i32* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %414, i8* %413, i64 4, i1 false)
  %415 = load i32, i32* %unaligned48, align 4
  store i32 %415, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead67, %ok49
  %416 = load i32, i32* %list.1, align 4
  %417 = load i32, i32* %len.1, align 4
  %418 = zext i32 %416 to i64
  %419 = add i64 %418, 4
  %420 = icmp ugt i64 %419, %arena_size
  br i1 %420, label %trap17.site0, label %ok68

each14:                                           ; preds = %join64, %ok47
  %421 = load i64, i64* %fuel, align 8
  %422 = icmp ult i64 %421, 1
  br i1 %422, label %trap14.site0, label %ok49

ok49:                                             ; preds = %each14
  %423 = sub i64 %421, 1
  store i64 %423, i64* %fuel, align 8
  %424 = load i32, i32* %k.1, align 4
  %425 = load i32, i32* %n.1, align 4
  %426 = icmp uge i32 %424, %425
  %427 = zext i1 %426 to i32
  %428 = icmp ne i32 %427, 0
  br i1 %428, label %block13, label %cont50

cont50:                                           ; preds = %ok49
  %429 = load i32, i32* %xs.1, align 4
  %430 = load i32, i32* %k.1, align 4
  %431 = mul i32 %430, 4
  %432 = add i32 %429, %431
  %433 = zext i32 %432 to i64
  %434 = add i64 %433, 4
  %435 = add i64 %434, 4
  %436 = icmp ugt i64 %435, %arena_size
  br i1 %436, label %trap17.site0, label %ok51

ok51:                                             ; preds = %cont50
  %437 = getelementptr i8, i8* %mem, i64 %434
  %438 = bitcast i32* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %438, i8* %437, i64 4, i1 false)
  %439 = load i32, i32* %unaligned52, align 4
  store i32 %439, i32* %x.1, align 4
  %440 = load i32, i32* %x.1, align 4
  store i32 %440, i32* %t.1, align 4
  %441 = load i32, i32* %t.1, align 4
  %442 = icmp uge i32 %depth, 1000
  br i1 %442, label %trap15.site11, label %ok54

e15:                                              ; preds = %match18
  %443 = load i32, i32* %result53, align 4
  %444 = icmp ne i32 %443, 0
  br i1 %444, label %then62, label %else63

ok54:                                             ; preds = %ok51
  %445 = getelementptr i64, i64* %regs, i64 10
  %446 = load i64, i64* %445, align 8
  %447 = icmp ult i64 %10, %446
  br i1 %447, label %trap253.site0, label %stack_ok55

trap15.site11:                                    ; preds = %ok51
  %448 = load i64, i64* %lowStart, align 8
  %449 = getelementptr i64, i64* %regs, i64 6
  store i64 %448, i64* %449, align 8
  %450 = load i64, i64* %lowEnd, align 8
  %451 = getelementptr i64, i64* %regs, i64 7
  store i64 %450, i64* %451, align 8
  %452 = load i64, i64* %highEnd, align 8
  %453 = getelementptr i64, i64* %regs, i64 8
  store i64 %452, i64* %453, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok55:                                       ; preds = %ok54
  %454 = load i64, i64* %fuel, align 8
  %455 = getelementptr i64, i64* %regs, i64 0
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %lowStart, align 8
  %457 = getelementptr i64, i64* %regs, i64 6
  store i64 %456, i64* %457, align 8
  %458 = load i64, i64* %lowEnd, align 8
  %459 = getelementptr i64, i64* %regs, i64 7
  store i64 %458, i64* %459, align 8
  %460 = load i64, i64* %highEnd, align 8
  %461 = getelementptr i64, i64* %regs, i64 8
  store i64 %460, i64* %461, align 8
  %462 = add i32 %depth, 1
  %463 = call i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %462, i32 0, i32 %441)
  %464 = getelementptr i64, i64* %regs, i64 0
  %465 = load i64, i64* %464, align 8
  store i64 %465, i64* %fuel, align 8
  %466 = getelementptr i64, i64* %regs, i64 6
  %467 = load i64, i64* %466, align 8
  store i64 %467, i64* %lowStart, align 8
  %468 = getelementptr i64, i64* %regs, i64 7
  %469 = load i64, i64* %468, align 8
  store i64 %469, i64* %lowEnd, align 8
  %470 = getelementptr i64, i64* %regs, i64 8
  %471 = load i64, i64* %470, align 8
  store i64 %471, i64* %highEnd, align 8
  store i32 %463, i32* %scrut, align 4
  %472 = load i32, i32* %scrut, align 4
  %473 = zext i32 %472 to i64
  %474 = add i64 %473, 1
  %475 = icmp ugt i64 %474, %arena_size
  br i1 %475, label %trap17.site0, label %ok57

match18:                                          ; preds = %join60, %then58
  %476 = load i32, i32* %result56, align 4
  store i32 %476, i32* %result53, align 4
  br label %e15

ok57:                                             ; preds = %stack_ok55
  %477 = getelementptr i8, i8* %mem, i64 %473
  %478 = load i8, i8* %477, align 1
  %479 = zext i8 %478 to i32
  %480 = icmp eq i32 %479, 1
  %481 = zext i1 %480 to i32
  %482 = icmp ne i32 %481, 0
  br i1 %482, label %then58, label %else59

then58:                                           ; preds = %ok57
  store i32 1, i32* %result56, align 4
  br label %match18

else59:                                           ; preds = %ok57
  br label %join60

join60:                                           ; preds = %else59, %dead61
  store i32 0, i32* %result56, align 4
  br label %match18

dead61:                                           ; No predecessors!
  br label %join60

then62:                                           ; preds = %e15
  %483 = load i32, i32* %list.1, align 4
  %484 = load i32, i32* %len.1, align 4
  %485 = mul i32 %484, 4
  %486 = add i32 %483, %485
  %487 = load i32, i32* %x.1, align 4
  %488 = zext i32 %486 to i64
  %489 = add i64 %488, 4
  %490 = add i64 %489, 4
  %491 = icmp ugt i64 %490, %arena_size
  br i1 %491, label %trap17.site0, label %ok65

else63:                                           ; preds = %e15
  br label %join64

join64:                                           ; preds = %else63, %ok65
  %492 = load i32, i32* %k.1, align 4
  %493 = add i32 %492, 1
  store i32 %493, i32* %k.1, align 4
  br label %each14

ok65:                                             ; preds = %then62
  %494 = getelementptr i8, i8* %mem, i64 %489
  %495 = icmp ult i64 %489, %scratch_start
  %496 = load i64, i64* %lowEnd, align 8
  %497 = load i64, i64* %highEnd, align 8
  %498 = call i64 @llvm.umax.i64(i64 %496, i64 %490)
  %499 = select i1 %495, i64 %498, i64 %496
  store i64 %499, i64* %lowEnd, align 8
  %500 = call i64 @llvm.umax.i64(i64 %497, i64 %490)
  %501 = select i1 %495, i64 %497, i64 %500
  store i64 %501, i64* %highEnd, align 8
  %502 = load i64, i64* %lowStart, align 8
  %503 = call i64 @llvm.umin.i64(i64 %502, i64 %489)
  store i64 %503, i64* %lowStart, align 8
  store i32 %487, i32* %unaligned66, align 4
  %504 = bitcast i32* %unaligned66 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %494, i8* %504, i64 4, i1 false)
  %505 = load i32, i32* %len.1, align 4
  %506 = add i32 %505, 1
  store i32 %506, i32* %len.1, align 4
  br label %join64

dead67:                                           ; No predecessors!
  br label %block13

ok68:                                             ; preds = %block13
  %507 = getelementptr i8, i8* %mem, i64 %418
  %508 = icmp ult i64 %418, %scratch_start
  %509 = load i64, i64* %lowEnd, align 8
  %510 = load i64, i64* %highEnd, align 8
  %511 = call i64 @llvm.umax.i64(i64 %509, i64 %419)
  %512 = select i1 %508, i64 %511, i64 %509
  store i64 %512, i64* %lowEnd, align 8
  %513 = call i64 @llvm.umax.i64(i64 %510, i64 %419)
  %514 = select i1 %508, i64 %510, i64 %513
  store i64 %514, i64* %highEnd, align 8
  %515 = load i64, i64* %lowStart, align 8
  %516 = call i64 @llvm.umin.i64(i64 %515, i64 %418)
  store i64 %516, i64* %lowStart, align 8
  store i32 %417, i32* %unaligned69, align 4
  %517 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %507, i8* %517, i64 4, i1 false)
  %518 = load i32, i32* %list.1, align 4
  store i32 %518, i32* %result39, align 4
  br label %e11

ok70:                                             ; preds = %e11
  %519 = getelementptr i8, i8* %mem, i64 %378
  %520 = bitcast i32* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %520, i8* %519, i64 4, i1 false)
  %521 = load i32, i32* %unaligned71, align 4
  %522 = zext i32 %521 to i64
  %523 = mul i64 %522, 4
  %524 = add i64 4, %523
  store i64 %524, i64* %size.2, align 8
  %525 = load i64, i64* %size.2, align 8
  %526 = icmp ugt i64 %525, 2147483647
  %527 = zext i1 %526 to i32
  %528 = icmp ne i32 %527, 0
  br i1 %528, label %then72, label %else73

then72:                                           ; preds = %ok70
  br label %trap15.site9

else73:                                           ; preds = %ok70
  br label %join74

join74:                                           ; preds = %else73, %dead75
  %529 = load i64, i64* %size.2, align 8
  %530 = trunc i64 %529 to i32
  %531 = zext i32 %530 to i64
  %532 = getelementptr i64, i64* %regs, i64 1
  %533 = getelementptr i64, i64* %regs, i64 2
  %534 = load i64, i64* %532, align 8
  %535 = add i64 %534, 3
  %536 = and i64 %535, -4
  %537 = add i64 %536, %531
  %538 = load i64, i64* %533, align 8
  %539 = icmp ugt i64 %537, %538
  br i1 %539, label %trap15.site9, label %ok76

trap15.site9:                                     ; preds = %join74, %then72
  %540 = load i64, i64* %lowStart, align 8
  %541 = getelementptr i64, i64* %regs, i64 6
  store i64 %540, i64* %541, align 8
  %542 = load i64, i64* %lowEnd, align 8
  %543 = getelementptr i64, i64* %regs, i64 7
  store i64 %542, i64* %543, align 8
  %544 = load i64, i64* %highEnd, align 8
  %545 = getelementptr i64, i64* %regs, i64 8
  store i64 %544, i64* %545, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead75:                                           ; No predecessors!
  br label %join74

ok76:                                             ; preds = %join74
  store i64 %537, i64* %532, align 8
  %546 = trunc i64 %536 to i32
  store i32 %546, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %547 = load i32, i32* %xs.2, align 4
  %548 = zext i32 %547 to i64
  %549 = add i64 %548, 4
  %550 = icmp ugt i64 %549, %arena_size
  br i1 %550, label %trap17.site0, label %ok77

ok77:                                             ; preds = %ok76
  %551 = getelementptr i8, i8* %mem, i64 %548
  %552 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %552, i8* %551, i64 4, i1 false)
  %553 = load i32, i32* %unaligned78, align 4
  store i32 %553, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each22

block21:                                          ; preds = %dead87, %ok79
  %554 = load i32, i32* %list.2, align 4
  %555 = load i32, i32* %len.2, align 4
  %556 = zext i32 %554 to i64
  %557 = add i64 %556, 4
  %558 = icmp ugt i64 %557, %arena_size
  br i1 %558, label %trap17.site0, label %ok88

each22:                                           ; preds = %ok85, %ok77
  %559 = load i64, i64* %fuel, align 8
  %560 = icmp ult i64 %559, 1
  br i1 %560, label %trap14.site0, label %ok79

ok79:                                             ; preds = %each22
  %561 = sub i64 %559, 1
  store i64 %561, i64* %fuel, align 8
  %562 = load i32, i32* %k.2, align 4
  %563 = load i32, i32* %n.2, align 4
  %564 = icmp uge i32 %562, %563
  %565 = zext i1 %564 to i32
  %566 = icmp ne i32 %565, 0
  br i1 %566, label %block21, label %cont80

cont80:                                           ; preds = %ok79
  %567 = load i32, i32* %xs.2, align 4
  %568 = load i32, i32* %k.2, align 4
  %569 = mul i32 %568, 4
  %570 = add i32 %567, %569
  %571 = zext i32 %570 to i64
  %572 = add i64 %571, 4
  %573 = add i64 %572, 4
  %574 = icmp ugt i64 %573, %arena_size
  br i1 %574, label %trap17.site0, label %ok81

ok81:                                             ; preds = %cont80
  %575 = getelementptr i8, i8* %mem, i64 %572
  %576 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %576, i8* %575, i64 4, i1 false)
  %577 = load i32, i32* %unaligned82, align 4
  store i32 %577, i32* %x.2, align 4
  %578 = load i32, i32* %x.2, align 4
  store i32 %578, i32* %t.2, align 4
  %579 = load i32, i32* %list.2, align 4
  %580 = load i32, i32* %len.2, align 4
  %581 = mul i32 %580, 4
  %582 = add i32 %579, %581
  %583 = load i32, i32* %t.2, align 4
  %584 = zext i32 %583 to i64
  %585 = add i64 %584, 4
  %586 = icmp ugt i64 %585, %arena_size
  br i1 %586, label %trap17.site12, label %ok83

ok83:                                             ; preds = %ok81
  %587 = getelementptr i8, i8* %mem, i64 %584
  %588 = bitcast i32* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %588, i8* %587, i64 4, i1 false)
  %589 = load i32, i32* %unaligned84, align 4
  %590 = zext i32 %582 to i64
  %591 = add i64 %590, 4
  %592 = add i64 %591, 4
  %593 = icmp ugt i64 %592, %arena_size
  br i1 %593, label %trap17.site0, label %ok85

trap17.site12:                                    ; preds = %ok81
  %594 = load i64, i64* %lowStart, align 8
  %595 = getelementptr i64, i64* %regs, i64 6
  store i64 %594, i64* %595, align 8
  %596 = load i64, i64* %lowEnd, align 8
  %597 = getelementptr i64, i64* %regs, i64 7
  store i64 %596, i64* %597, align 8
  %598 = load i64, i64* %highEnd, align 8
  %599 = getelementptr i64, i64* %regs, i64 8
  store i64 %598, i64* %599, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

ok85:                                             ; preds = %ok83
  %600 = getelementptr i8, i8* %mem, i64 %591
  %601 = icmp ult i64 %591, %scratch_start
  %602 = load i64, i64* %lowEnd, align 8
  %603 = load i64, i64* %highEnd, align 8
  %604 = call i64 @llvm.umax.i64(i64 %602, i64 %592)
  %605 = select i1 %601, i64 %604, i64 %602
  store i64 %605, i64* %lowEnd, align 8
  %606 = call i64 @llvm.umax.i64(i64 %603, i64 %592)
  %607 = select i1 %601, i64 %603, i64 %606
  store i64 %607, i64* %highEnd, align 8
  %608 = load i64, i64* %lowStart, align 8
  %609 = call i64 @llvm.umin.i64(i64 %608, i64 %591)
  store i64 %609, i64* %lowStart, align 8
  store i32 %589, i32* %unaligned86, align 4
  %610 = bitcast i32* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %600, i8* %610, i64 4, i1 false)
  %611 = load i32, i32* %len.2, align 4
  %612 = add i32 %611, 1
  store i32 %612, i32* %len.2, align 4
  %613 = load i32, i32* %k.2, align 4
  %614 = add i32 %613, 1
  store i32 %614, i32* %k.2, align 4
  br label %each22

dead87:                                           ; No predecessors!
  br label %block21

ok88:                                             ; preds = %block21
  %615 = getelementptr i8, i8* %mem, i64 %556
  %616 = icmp ult i64 %556, %scratch_start
  %617 = load i64, i64* %lowEnd, align 8
  %618 = load i64, i64* %highEnd, align 8
  %619 = call i64 @llvm.umax.i64(i64 %617, i64 %557)
  %620 = select i1 %616, i64 %619, i64 %617
  store i64 %620, i64* %lowEnd, align 8
  %621 = call i64 @llvm.umax.i64(i64 %618, i64 %557)
  %622 = select i1 %616, i64 %618, i64 %621
  store i64 %622, i64* %highEnd, align 8
  %623 = load i64, i64* %lowStart, align 8
  %624 = call i64 @llvm.umin.i64(i64 %623, i64 %556)
  store i64 %624, i64* %lowStart, align 8
  store i32 %555, i32* %unaligned89, align 4
  %625 = bitcast i32* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %615, i8* %625, i64 4, i1 false)
  %626 = load i32, i32* %list.2, align 4
  store i32 %626, i32* %result38, align 4
  br label %e10

ok90:                                             ; preds = %e10
  %627 = getelementptr i8, i8* %mem, i64 %373
  %628 = icmp ult i64 %373, %scratch_start
  %629 = load i64, i64* %lowEnd, align 8
  %630 = load i64, i64* %highEnd, align 8
  %631 = call i64 @llvm.umax.i64(i64 %629, i64 %374)
  %632 = select i1 %628, i64 %631, i64 %629
  store i64 %632, i64* %lowEnd, align 8
  %633 = call i64 @llvm.umax.i64(i64 %630, i64 %374)
  %634 = select i1 %628, i64 %630, i64 %633
  store i64 %634, i64* %highEnd, align 8
  %635 = load i64, i64* %lowStart, align 8
  %636 = call i64 @llvm.umin.i64(i64 %635, i64 %373)
  store i64 %636, i64* %lowStart, align 8
  store i32 %371, i32* %unaligned91, align 4
  %637 = bitcast i32* %unaligned91 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %627, i8* %637, i64 4, i1 false)
  %638 = load i32, i32* %tickets, align 4
  store i32 %638, i32* %xs.3, align 4
  %639 = load i32, i32* %xs.3, align 4
  %640 = zext i32 %639 to i64
  %641 = add i64 %640, 4
  %642 = icmp ugt i64 %641, %arena_size
  br i1 %642, label %trap17.site0, label %ok93

e25:                                              ; preds = %ok131
  %643 = load i32, i32* %result92, align 4
  store i32 %643, i32* %vip, align 4
  %644 = load i32, i32* %dict, align 4
  %645 = load i32, i32* %vip, align 4
  %646 = zext i32 %644 to i64
  %647 = add i64 %646, 12
  %648 = add i64 %647, 4
  %649 = icmp ugt i64 %648, %arena_size
  br i1 %649, label %trap17.site0, label %ok133

ok93:                                             ; preds = %ok90
  %650 = getelementptr i8, i8* %mem, i64 %640
  %651 = bitcast i32* %unaligned94 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %651, i8* %650, i64 4, i1 false)
  %652 = load i32, i32* %unaligned94, align 4
  %653 = zext i32 %652 to i64
  %654 = mul i64 %653, 4
  %655 = add i64 4, %654
  store i64 %655, i64* %size.3, align 8
  %656 = load i64, i64* %size.3, align 8
  %657 = icmp ugt i64 %656, 2147483647
  %658 = zext i1 %657 to i32
  %659 = icmp ne i32 %658, 0
  br i1 %659, label %then95, label %else96

then95:                                           ; preds = %ok93
  br label %trap15.site13

else96:                                           ; preds = %ok93
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %660 = load i64, i64* %size.3, align 8
  %661 = trunc i64 %660 to i32
  %662 = zext i32 %661 to i64
  %663 = getelementptr i64, i64* %regs, i64 1
  %664 = getelementptr i64, i64* %regs, i64 2
  %665 = load i64, i64* %663, align 8
  %666 = add i64 %665, 3
  %667 = and i64 %666, -4
  %668 = add i64 %667, %662
  %669 = load i64, i64* %664, align 8
  %670 = icmp ugt i64 %668, %669
  br i1 %670, label %trap15.site13, label %ok99

trap15.site13:                                    ; preds = %join97, %then95
  %671 = load i64, i64* %lowStart, align 8
  %672 = getelementptr i64, i64* %regs, i64 6
  store i64 %671, i64* %672, align 8
  %673 = load i64, i64* %lowEnd, align 8
  %674 = getelementptr i64, i64* %regs, i64 7
  store i64 %673, i64* %674, align 8
  %675 = load i64, i64* %highEnd, align 8
  %676 = getelementptr i64, i64* %regs, i64 8
  store i64 %675, i64* %676, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead98:                                           ; No predecessors!
  br label %join97

ok99:                                             ; preds = %join97
  store i64 %668, i64* %663, align 8
  %677 = trunc i64 %667 to i32
  store i32 %677, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %678 = load i32, i32* %xs.3, align 4
  %679 = zext i32 %678 to i64
  %680 = add i64 %679, 4
  %681 = icmp ugt i64 %680, %arena_size
  br i1 %681, label %trap17.site0, label %ok100

ok100:                                            ; preds = %ok99
  %682 = getelementptr i8, i8* %mem, i64 %679
  %683 = bitcast i32* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %683, i8* %682, i64 4, i1 false)
  %684 = load i32, i32* %unaligned101, align 4
  store i32 %684, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each28

block27:                                          ; preds = %dead130, %ok102
  %685 = load i32, i32* %list.3, align 4
  %686 = load i32, i32* %len.3, align 4
  %687 = zext i32 %685 to i64
  %688 = add i64 %687, 4
  %689 = icmp ugt i64 %688, %arena_size
  br i1 %689, label %trap17.site0, label %ok131

each28:                                           ; preds = %join125, %ok100
  %690 = load i64, i64* %fuel, align 8
  %691 = icmp ult i64 %690, 1
  br i1 %691, label %trap14.site0, label %ok102

ok102:                                            ; preds = %each28
  %692 = sub i64 %690, 1
  store i64 %692, i64* %fuel, align 8
  %693 = load i32, i32* %k.3, align 4
  %694 = load i32, i32* %n.3, align 4
  %695 = icmp uge i32 %693, %694
  %696 = zext i1 %695 to i32
  %697 = icmp ne i32 %696, 0
  br i1 %697, label %block27, label %cont103

cont103:                                          ; preds = %ok102
  %698 = load i32, i32* %xs.3, align 4
  %699 = load i32, i32* %k.3, align 4
  %700 = mul i32 %699, 4
  %701 = add i32 %698, %700
  %702 = zext i32 %701 to i64
  %703 = add i64 %702, 4
  %704 = add i64 %703, 4
  %705 = icmp ugt i64 %704, %arena_size
  br i1 %705, label %trap17.site0, label %ok104

ok104:                                            ; preds = %cont103
  %706 = getelementptr i8, i8* %mem, i64 %703
  %707 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %707, i8* %706, i64 4, i1 false)
  %708 = load i32, i32* %unaligned105, align 4
  store i32 %708, i32* %x.3, align 4
  %709 = load i32, i32* %x.3, align 4
  store i32 %709, i32* %t.3, align 4
  %710 = load i32, i32* %t.3, align 4
  %711 = zext i32 %710 to i64
  %712 = add i64 %711, 24
  %713 = add i64 %712, 4
  %714 = icmp ugt i64 %713, %arena_size
  br i1 %714, label %trap17.site14, label %ok107

e29:                                              ; preds = %match32
  %715 = load i32, i32* %result106, align 4
  %716 = icmp ne i32 %715, 0
  br i1 %716, label %then123, label %else124

ok107:                                            ; preds = %ok104
  %717 = getelementptr i8, i8* %mem, i64 %712
  %718 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %718, i8* %717, i64 4, i1 false)
  %719 = load i32, i32* %unaligned108, align 4
  store i32 %719, i32* %scrut.1, align 4
  %720 = load i32, i32* %scrut.1, align 4
  %721 = icmp ne i32 %720, 0
  %722 = zext i1 %721 to i32
  %723 = icmp ne i32 %722, 0
  br i1 %723, label %then110, label %else111

trap17.site14:                                    ; preds = %ok104
  %724 = load i64, i64* %lowStart, align 8
  %725 = getelementptr i64, i64* %regs, i64 6
  store i64 %724, i64* %725, align 8
  %726 = load i64, i64* %lowEnd, align 8
  %727 = getelementptr i64, i64* %regs, i64 7
  store i64 %726, i64* %727, align 8
  %728 = load i64, i64* %highEnd, align 8
  %729 = getelementptr i64, i64* %regs, i64 8
  store i64 %728, i64* %729, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

match32:                                          ; preds = %dead122, %then118, %stack_ok116
  %730 = load i32, i32* %result109, align 4
  store i32 %730, i32* %result106, align 4
  br label %e29

then110:                                          ; preds = %ok107
  %731 = load i32, i32* %scrut.1, align 4
  %732 = zext i32 %731 to i64
  %733 = add i64 %732, 4
  %734 = icmp ugt i64 %733, %arena_size
  br i1 %734, label %trap17.site0, label %ok113

else111:                                          ; preds = %ok107
  br label %join112

join112:                                          ; preds = %else111, %dead117
  %735 = load i32, i32* %scrut.1, align 4
  %736 = icmp eq i32 %735, 0
  %737 = zext i1 %736 to i32
  %738 = icmp ne i32 %737, 0
  br i1 %738, label %then118, label %else119

ok113:                                            ; preds = %then110
  %739 = getelementptr i8, i8* %mem, i64 %732
  %740 = bitcast i32* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %740, i8* %739, i64 4, i1 false)
  %741 = load i32, i32* %unaligned114, align 4
  store i32 %741, i32* %tier, align 4
  %742 = load i32, i32* %tier, align 4
  %743 = icmp uge i32 %depth, 1000
  br i1 %743, label %trap15.site0, label %ok115

ok115:                                            ; preds = %ok113
  %744 = getelementptr i64, i64* %regs, i64 10
  %745 = load i64, i64* %744, align 8
  %746 = icmp ult i64 %10, %745
  br i1 %746, label %trap253.site0, label %stack_ok116

trap15.site0:                                     ; preds = %e0, %ok113
  %747 = load i64, i64* %lowStart, align 8
  %748 = getelementptr i64, i64* %regs, i64 6
  store i64 %747, i64* %748, align 8
  %749 = load i64, i64* %lowEnd, align 8
  %750 = getelementptr i64, i64* %regs, i64 7
  store i64 %749, i64* %750, align 8
  %751 = load i64, i64* %highEnd, align 8
  %752 = getelementptr i64, i64* %regs, i64 8
  store i64 %751, i64* %752, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok116:                                      ; preds = %ok115
  %753 = load i64, i64* %fuel, align 8
  %754 = getelementptr i64, i64* %regs, i64 0
  store i64 %753, i64* %754, align 8
  %755 = load i64, i64* %lowStart, align 8
  %756 = getelementptr i64, i64* %regs, i64 6
  store i64 %755, i64* %756, align 8
  %757 = load i64, i64* %lowEnd, align 8
  %758 = getelementptr i64, i64* %regs, i64 7
  store i64 %757, i64* %758, align 8
  %759 = load i64, i64* %highEnd, align 8
  %760 = getelementptr i64, i64* %regs, i64 8
  store i64 %759, i64* %760, align 8
  %761 = add i32 %depth, 1
  %762 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %761, i32 %742, i32 8)
  %763 = getelementptr i64, i64* %regs, i64 0
  %764 = load i64, i64* %763, align 8
  store i64 %764, i64* %fuel, align 8
  %765 = getelementptr i64, i64* %regs, i64 6
  %766 = load i64, i64* %765, align 8
  store i64 %766, i64* %lowStart, align 8
  %767 = getelementptr i64, i64* %regs, i64 7
  %768 = load i64, i64* %767, align 8
  store i64 %768, i64* %lowEnd, align 8
  %769 = getelementptr i64, i64* %regs, i64 8
  %770 = load i64, i64* %769, align 8
  store i64 %770, i64* %highEnd, align 8
  store i32 %762, i32* %result109, align 4
  br label %match32

dead117:                                          ; No predecessors!
  br label %join112

then118:                                          ; preds = %join112
  store i32 0, i32* %result109, align 4
  br label %match32

else119:                                          ; preds = %join112
  br label %join120

join120:                                          ; preds = %else119, %dead121
  br label %trap5.site16

dead121:                                          ; No predecessors!
  br label %join120

trap5.site16:                                     ; preds = %join120
  %771 = load i64, i64* %lowStart, align 8
  %772 = getelementptr i64, i64* %regs, i64 6
  store i64 %771, i64* %772, align 8
  %773 = load i64, i64* %lowEnd, align 8
  %774 = getelementptr i64, i64* %regs, i64 7
  store i64 %773, i64* %774, align 8
  %775 = load i64, i64* %highEnd, align 8
  %776 = getelementptr i64, i64* %regs, i64 8
  store i64 %775, i64* %776, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 16)
  unreachable

dead122:                                          ; No predecessors!
  br label %match32

then123:                                          ; preds = %e29
  %777 = load i32, i32* %list.3, align 4
  %778 = load i32, i32* %len.3, align 4
  %779 = mul i32 %778, 4
  %780 = add i32 %777, %779
  %781 = load i32, i32* %t.3, align 4
  %782 = zext i32 %781 to i64
  %783 = add i64 %782, 4
  %784 = icmp ugt i64 %783, %arena_size
  br i1 %784, label %trap17.site17, label %ok126

else124:                                          ; preds = %e29
  br label %join125

join125:                                          ; preds = %else124, %ok128
  %785 = load i32, i32* %k.3, align 4
  %786 = add i32 %785, 1
  store i32 %786, i32* %k.3, align 4
  br label %each28

ok126:                                            ; preds = %then123
  %787 = getelementptr i8, i8* %mem, i64 %782
  %788 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %788, i8* %787, i64 4, i1 false)
  %789 = load i32, i32* %unaligned127, align 4
  %790 = zext i32 %780 to i64
  %791 = add i64 %790, 4
  %792 = add i64 %791, 4
  %793 = icmp ugt i64 %792, %arena_size
  br i1 %793, label %trap17.site0, label %ok128

trap17.site17:                                    ; preds = %then123
  %794 = load i64, i64* %lowStart, align 8
  %795 = getelementptr i64, i64* %regs, i64 6
  store i64 %794, i64* %795, align 8
  %796 = load i64, i64* %lowEnd, align 8
  %797 = getelementptr i64, i64* %regs, i64 7
  store i64 %796, i64* %797, align 8
  %798 = load i64, i64* %highEnd, align 8
  %799 = getelementptr i64, i64* %regs, i64 8
  store i64 %798, i64* %799, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok128:                                            ; preds = %ok126
  %800 = getelementptr i8, i8* %mem, i64 %791
  %801 = icmp ult i64 %791, %scratch_start
  %802 = load i64, i64* %lowEnd, align 8
  %803 = load i64, i64* %highEnd, align 8
  %804 = call i64 @llvm.umax.i64(i64 %802, i64 %792)
  %805 = select i1 %801, i64 %804, i64 %802
  store i64 %805, i64* %lowEnd, align 8
  %806 = call i64 @llvm.umax.i64(i64 %803, i64 %792)
  %807 = select i1 %801, i64 %803, i64 %806
  store i64 %807, i64* %highEnd, align 8
  %808 = load i64, i64* %lowStart, align 8
  %809 = call i64 @llvm.umin.i64(i64 %808, i64 %791)
  store i64 %809, i64* %lowStart, align 8
  store i32 %789, i32* %unaligned129, align 4
  %810 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %800, i8* %810, i64 4, i1 false)
  %811 = load i32, i32* %len.3, align 4
  %812 = add i32 %811, 1
  store i32 %812, i32* %len.3, align 4
  br label %join125

dead130:                                          ; No predecessors!
  br label %block27

ok131:                                            ; preds = %block27
  %813 = getelementptr i8, i8* %mem, i64 %687
  %814 = icmp ult i64 %687, %scratch_start
  %815 = load i64, i64* %lowEnd, align 8
  %816 = load i64, i64* %highEnd, align 8
  %817 = call i64 @llvm.umax.i64(i64 %815, i64 %688)
  %818 = select i1 %814, i64 %817, i64 %815
  store i64 %818, i64* %lowEnd, align 8
  %819 = call i64 @llvm.umax.i64(i64 %816, i64 %688)
  %820 = select i1 %814, i64 %816, i64 %819
  store i64 %820, i64* %highEnd, align 8
  %821 = load i64, i64* %lowStart, align 8
  %822 = call i64 @llvm.umin.i64(i64 %821, i64 %687)
  store i64 %822, i64* %lowStart, align 8
  store i32 %686, i32* %unaligned132, align 4
  %823 = bitcast i32* %unaligned132 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %813, i8* %823, i64 4, i1 false)
  %824 = load i32, i32* %list.3, align 4
  store i32 %824, i32* %result92, align 4
  br label %e25

ok133:                                            ; preds = %e25
  %825 = getelementptr i8, i8* %mem, i64 %647
  %826 = icmp ult i64 %647, %scratch_start
  %827 = load i64, i64* %lowEnd, align 8
  %828 = load i64, i64* %highEnd, align 8
  %829 = call i64 @llvm.umax.i64(i64 %827, i64 %648)
  %830 = select i1 %826, i64 %829, i64 %827
  store i64 %830, i64* %lowEnd, align 8
  %831 = call i64 @llvm.umax.i64(i64 %828, i64 %648)
  %832 = select i1 %826, i64 %828, i64 %831
  store i64 %832, i64* %highEnd, align 8
  %833 = load i64, i64* %lowStart, align 8
  %834 = call i64 @llvm.umin.i64(i64 %833, i64 %647)
  store i64 %834, i64* %lowStart, align 8
  store i32 %645, i32* %unaligned134, align 4
  %835 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %825, i8* %835, i64 4, i1 false)
  %836 = load i32, i32* %dict, align 4
  store i32 %836, i32* %result3, align 4
  br label %e0

ok135:                                            ; preds = %e0
  %837 = getelementptr i64, i64* %regs, i64 10
  %838 = load i64, i64* %837, align 8
  %839 = icmp ult i64 %10, %838
  br i1 %839, label %trap253.site0, label %stack_ok136

stack_ok136:                                      ; preds = %ok135
  %840 = load i64, i64* %fuel, align 8
  %841 = getelementptr i64, i64* %regs, i64 0
  store i64 %840, i64* %841, align 8
  %842 = load i64, i64* %lowStart, align 8
  %843 = getelementptr i64, i64* %regs, i64 6
  store i64 %842, i64* %843, align 8
  %844 = load i64, i64* %lowEnd, align 8
  %845 = getelementptr i64, i64* %regs, i64 7
  store i64 %844, i64* %845, align 8
  %846 = load i64, i64* %highEnd, align 8
  %847 = getelementptr i64, i64* %regs, i64 8
  store i64 %846, i64* %847, align 8
  %848 = add i32 %depth, 1
  %849 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %848, i32 %82, i32 %83, i32 0)
  %850 = getelementptr i64, i64* %regs, i64 0
  %851 = load i64, i64* %850, align 8
  store i64 %851, i64* %fuel, align 8
  %852 = getelementptr i64, i64* %regs, i64 6
  %853 = load i64, i64* %852, align 8
  store i64 %853, i64* %lowStart, align 8
  %854 = getelementptr i64, i64* %regs, i64 7
  %855 = load i64, i64* %854, align 8
  store i64 %855, i64* %lowEnd, align 8
  %856 = getelementptr i64, i64* %regs, i64 8
  %857 = load i64, i64* %856, align 8
  store i64 %857, i64* %highEnd, align 8
  store i32 %849, i32* %json_end, align 4
  %858 = load i32, i32* %json_end, align 4
  %859 = icmp eq i32 %858, -2
  %860 = zext i1 %859 to i32
  %861 = icmp ne i32 %860, 0
  br i1 %861, label %then137, label %else138

then137:                                          ; preds = %stack_ok136
  br label %trap16.site3

else138:                                          ; preds = %stack_ok136
  br label %join139

join139:                                          ; preds = %else138, %dead140
  %862 = load i32, i32* %json_end, align 4
  %863 = icmp eq i32 %862, -1
  %864 = zext i1 %863 to i32
  %865 = icmp ne i32 %864, 0
  br i1 %865, label %then141, label %else142

trap16.site3:                                     ; preds = %then137
  %866 = load i64, i64* %lowStart, align 8
  %867 = getelementptr i64, i64* %regs, i64 6
  store i64 %866, i64* %867, align 8
  %868 = load i64, i64* %lowEnd, align 8
  %869 = getelementptr i64, i64* %regs, i64 7
  store i64 %868, i64* %869, align 8
  %870 = load i64, i64* %highEnd, align 8
  %871 = getelementptr i64, i64* %regs, i64 8
  store i64 %870, i64* %871, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead140:                                          ; No predecessors!
  br label %join139

then141:                                          ; preds = %join139
  br label %trap15.site3

else142:                                          ; preds = %join139
  br label %join143

join143:                                          ; preds = %else142, %dead144
  %872 = load i32, i32* %json_end, align 4
  %873 = zext i32 %872 to i64
  %874 = getelementptr i64, i64* %regs, i64 3
  store i64 %873, i64* %874, align 8
  %875 = load i32, i32* %json_end, align 4
  %876 = load i32, i32* %json_start, align 4
  %877 = sub i32 %875, %876
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
  ret i32 %877

dead144:                                          ; No predecessors!
  br label %join143
}

define internal i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %t.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %t = alloca i32, align 4
  store i32 %t.arg, i32* %t, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %c = alloca i32, align 4
  store i32 0, i32* %c, align 4
  %c.1 = alloca i64, align 8
  store i64 0, i64* %c.1, align 8
  %obj = alloca i32, align 4
  store i32 0, i32* %obj, align 4
  %c.2 = alloca i32, align 4
  store i32 0, i32* %c.2, align 4
  %c.3 = alloca i64, align 8
  store i64 0, i64* %c.3, align 8
  %obj.1 = alloca i32, align 4
  store i32 0, i32* %obj.1, align 4
  %c.4 = alloca i32, align 4
  store i32 0, i32* %c.4, align 4
  %obj.2 = alloca i32, align 4
  store i32 0, i32* %obj.2, align 4
  %c.5 = alloca i32, align 4
  store i32 0, i32* %c.5, align 4
  %obj.3 = alloca i32, align 4
  store i32 0, i32* %obj.3, align 4
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
  %result2 = alloca i32, align 4
  %result4 = alloca i32, align 4
  %unaligned8 = alloca i32, align 4
  %unaligned10 = alloca i64, align 8
  %unaligned16 = alloca i64, align 8
  %result20 = alloca i32, align 4
  %result21 = alloca i32, align 4
  %unaligned25 = alloca i32, align 4
  %unaligned27 = alloca i64, align 8
  %result28 = alloca i32, align 4
  %unaligned32 = alloca i32, align 4
  %unaligned39 = alloca i32, align 4
  %result46 = alloca i32, align 4
  %result47 = alloca i32, align 4
  %unaligned51 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %t, align 4
  %15 = zext i32 %14 to i64
  %16 = add i64 %15, 8
  %17 = add i64 %16, 4
  %18 = icmp ugt i64 %17, %arena_size
  br i1 %18, label %trap17.site18, label %ok1

trap14.site0:                                     ; preds = %body
  %19 = load i64, i64* %lowStart, align 8
  %20 = getelementptr i64, i64* %regs, i64 6
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %lowEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 7
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %highEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 8
  store i64 %23, i64* %24, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e0:                                               ; preds = %match3
  %25 = load i32, i32* %result, align 4
  %26 = load i64, i64* %fuel, align 8
  %27 = getelementptr i64, i64* %regs, i64 0
  store i64 %26, i64* %27, align 8
  %28 = load i64, i64* %lowStart, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %lowEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 7
  store i64 %30, i64* %31, align 8
  %32 = load i64, i64* %highEnd, align 8
  %33 = getelementptr i64, i64* %regs, i64 8
  store i64 %32, i64* %33, align 8
  ret i32 %25

ok1:                                              ; preds = %ok
  %34 = getelementptr i8, i8* %mem, i64 %16
  %35 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %35, i8* %34, i64 4, i1 false)
  %36 = load i32, i32* %unaligned, align 4
  store i32 %36, i32* %scrut, align 4
  %37 = load i32, i32* %scrut, align 4
  %38 = zext i32 %37 to i64
  %39 = add i64 %38, 1
  %40 = icmp ugt i64 %39, %arena_size
  br i1 %40, label %trap17.site0, label %ok3

trap17.site18:                                    ; preds = %ok
  %41 = load i64, i64* %lowStart, align 8
  %42 = getelementptr i64, i64* %regs, i64 6
  store i64 %41, i64* %42, align 8
  %43 = load i64, i64* %lowEnd, align 8
  %44 = getelementptr i64, i64* %regs, i64 7
  store i64 %43, i64* %44, align 8
  %45 = load i64, i64* %highEnd, align 8
  %46 = getelementptr i64, i64* %regs, i64 8
  store i64 %45, i64* %46, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

match3:                                           ; preds = %dead53, %join45, %join19, %e4
  %47 = load i32, i32* %result2, align 4
  store i32 %47, i32* %result, align 4
  br label %e0

ok3:                                              ; preds = %ok1
  %48 = getelementptr i8, i8* %mem, i64 %38
  %49 = load i8, i8* %48, align 1
  %50 = zext i8 %49 to i32
  %51 = icmp eq i32 %50, 2
  %52 = zext i1 %51 to i32
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %then, label %else

trap17.site0:                                     ; preds = %ok49, %ok48, %join14, %ok30, %ok29, %ok24, %ok23, %ok22, %join, %ok7, %ok6, %ok5, %ok1
  %54 = load i64, i64* %lowStart, align 8
  %55 = getelementptr i64, i64* %regs, i64 6
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %lowEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 7
  store i64 %56, i64* %57, align 8
  %58 = load i64, i64* %highEnd, align 8
  %59 = getelementptr i64, i64* %regs, i64 8
  store i64 %58, i64* %59, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok3
  store i32 632, i32* %c, align 4
  store i64 1, i64* %c.1, align 8
  %60 = getelementptr i64, i64* %regs, i64 1
  %61 = getelementptr i64, i64* %regs, i64 2
  %62 = load i64, i64* %60, align 8
  %63 = add i64 %62, 7
  %64 = and i64 %63, -8
  %65 = add i64 %64, 24
  %66 = load i64, i64* %61, align 8
  %67 = icmp ugt i64 %65, %66
  br i1 %67, label %trap15.site19, label %ok5

else:                                             ; preds = %ok3
  br label %join

join:                                             ; preds = %else, %dead
  %68 = load i32, i32* %scrut, align 4
  %69 = zext i32 %68 to i64
  %70 = add i64 %69, 1
  %71 = icmp ugt i64 %70, %arena_size
  br i1 %71, label %trap17.site0, label %ok11

e4:                                               ; preds = %ok9
  %72 = load i32, i32* %result4, align 4
  store i32 %72, i32* %result2, align 4
  br label %match3

ok5:                                              ; preds = %then
  store i64 %65, i64* %60, align 8
  %73 = trunc i64 %64 to i32
  store i32 %73, i32* %obj, align 4
  %74 = load i32, i32* %obj, align 4
  %75 = zext i32 %74 to i64
  %76 = add i64 %75, 1
  %77 = icmp ugt i64 %76, %arena_size
  br i1 %77, label %trap17.site0, label %ok6

trap15.site19:                                    ; preds = %then
  %78 = load i64, i64* %lowStart, align 8
  %79 = getelementptr i64, i64* %regs, i64 6
  store i64 %78, i64* %79, align 8
  %80 = load i64, i64* %lowEnd, align 8
  %81 = getelementptr i64, i64* %regs, i64 7
  store i64 %80, i64* %81, align 8
  %82 = load i64, i64* %highEnd, align 8
  %83 = getelementptr i64, i64* %regs, i64 8
  store i64 %82, i64* %83, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

ok6:                                              ; preds = %ok5
  %84 = getelementptr i8, i8* %mem, i64 %75
  %85 = icmp ult i64 %75, %scratch_start
  %86 = load i64, i64* %lowEnd, align 8
  %87 = load i64, i64* %highEnd, align 8
  %88 = call i64 @llvm.umax.i64(i64 %86, i64 %76)
  %89 = select i1 %85, i64 %88, i64 %86
  store i64 %89, i64* %lowEnd, align 8
  %90 = call i64 @llvm.umax.i64(i64 %87, i64 %76)
  %91 = select i1 %85, i64 %87, i64 %90
  store i64 %91, i64* %highEnd, align 8
  %92 = load i64, i64* %lowStart, align 8
  %93 = call i64 @llvm.umin.i64(i64 %92, i64 %75)
  store i64 %93, i64* %lowStart, align 8
  store i8 1, i8* %84, align 1
  %94 = load i32, i32* %obj, align 4
  %95 = load i32, i32* %c, align 4
  %96 = zext i32 %94 to i64
  %97 = add i64 %96, 8
  %98 = add i64 %97, 4
  %99 = icmp ugt i64 %98, %arena_size
  br i1 %99, label %trap17.site0, label %ok7

ok7:                                              ; preds = %ok6
  %100 = getelementptr i8, i8* %mem, i64 %97
  %101 = icmp ult i64 %97, %scratch_start
  %102 = load i64, i64* %lowEnd, align 8
  %103 = load i64, i64* %highEnd, align 8
  %104 = call i64 @llvm.umax.i64(i64 %102, i64 %98)
  %105 = select i1 %101, i64 %104, i64 %102
  store i64 %105, i64* %lowEnd, align 8
  %106 = call i64 @llvm.umax.i64(i64 %103, i64 %98)
  %107 = select i1 %101, i64 %103, i64 %106
  store i64 %107, i64* %highEnd, align 8
  %108 = load i64, i64* %lowStart, align 8
  %109 = call i64 @llvm.umin.i64(i64 %108, i64 %97)
  store i64 %109, i64* %lowStart, align 8
  store i32 %95, i32* %unaligned8, align 4
  %110 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %100, i8* %110, i64 4, i1 false)
  %111 = load i32, i32* %obj, align 4
  %112 = load i64, i64* %c.1, align 8
  %113 = zext i32 %111 to i64
  %114 = add i64 %113, 16
  %115 = add i64 %114, 8
  %116 = icmp ugt i64 %115, %arena_size
  br i1 %116, label %trap17.site0, label %ok9

ok9:                                              ; preds = %ok7
  %117 = getelementptr i8, i8* %mem, i64 %114
  %118 = icmp ult i64 %114, %scratch_start
  %119 = load i64, i64* %lowEnd, align 8
  %120 = load i64, i64* %highEnd, align 8
  %121 = call i64 @llvm.umax.i64(i64 %119, i64 %115)
  %122 = select i1 %118, i64 %121, i64 %119
  store i64 %122, i64* %lowEnd, align 8
  %123 = call i64 @llvm.umax.i64(i64 %120, i64 %115)
  %124 = select i1 %118, i64 %120, i64 %123
  store i64 %124, i64* %highEnd, align 8
  %125 = load i64, i64* %lowStart, align 8
  %126 = call i64 @llvm.umin.i64(i64 %125, i64 %114)
  store i64 %126, i64* %lowStart, align 8
  store i64 %112, i64* %unaligned10, align 8
  %127 = bitcast i64* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %117, i8* %127, i64 8, i1 false)
  %128 = load i32, i32* %obj, align 4
  store i32 %128, i32* %result4, align 4
  br label %e4

dead:                                             ; No predecessors!
  br label %join

ok11:                                             ; preds = %join
  %129 = getelementptr i8, i8* %mem, i64 %69
  %130 = load i8, i8* %129, align 1
  %131 = zext i8 %130 to i32
  %132 = icmp eq i32 %131, 1
  %133 = zext i1 %132 to i32
  %134 = icmp ne i32 %133, 0
  br i1 %134, label %then12, label %else13

then12:                                           ; preds = %ok11
  %135 = load i32, i32* %t, align 4
  %136 = zext i32 %135 to i64
  %137 = add i64 %136, 16
  %138 = add i64 %137, 8
  %139 = icmp ugt i64 %138, %arena_size
  br i1 %139, label %trap17.site21, label %ok15

else13:                                           ; preds = %ok11
  br label %join14

join14:                                           ; preds = %else13, %dead33
  %140 = load i32, i32* %scrut, align 4
  %141 = zext i32 %140 to i64
  %142 = add i64 %141, 1
  %143 = icmp ugt i64 %142, %arena_size
  br i1 %143, label %trap17.site0, label %ok34

ok15:                                             ; preds = %then12
  %144 = getelementptr i8, i8* %mem, i64 %137
  %145 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %145, i8* %144, i64 8, i1 false)
  %146 = load i64, i64* %unaligned16, align 8
  %147 = icmp sgt i64 %146, 48
  %148 = zext i1 %147 to i32
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %then17, label %else18

trap17.site21:                                    ; preds = %then12
  %150 = load i64, i64* %lowStart, align 8
  %151 = getelementptr i64, i64* %regs, i64 6
  store i64 %150, i64* %151, align 8
  %152 = load i64, i64* %lowEnd, align 8
  %153 = getelementptr i64, i64* %regs, i64 7
  store i64 %152, i64* %153, align 8
  %154 = load i64, i64* %highEnd, align 8
  %155 = getelementptr i64, i64* %regs, i64 8
  store i64 %154, i64* %155, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

then17:                                           ; preds = %ok15
  store i32 644, i32* %c.2, align 4
  store i64 8, i64* %c.3, align 8
  %156 = getelementptr i64, i64* %regs, i64 1
  %157 = getelementptr i64, i64* %regs, i64 2
  %158 = load i64, i64* %156, align 8
  %159 = add i64 %158, 7
  %160 = and i64 %159, -8
  %161 = add i64 %160, 24
  %162 = load i64, i64* %157, align 8
  %163 = icmp ugt i64 %161, %162
  br i1 %163, label %trap15.site22, label %ok22

else18:                                           ; preds = %ok15
  store i32 664, i32* %c.4, align 4
  %164 = getelementptr i64, i64* %regs, i64 1
  %165 = getelementptr i64, i64* %regs, i64 2
  %166 = load i64, i64* %164, align 8
  %167 = add i64 %166, 7
  %168 = and i64 %167, -8
  %169 = add i64 %168, 8
  %170 = load i64, i64* %165, align 8
  %171 = icmp ugt i64 %169, %170
  br i1 %171, label %trap15.site23, label %ok29

join19:                                           ; preds = %e15, %e12
  %172 = load i32, i32* %result20, align 4
  store i32 %172, i32* %result2, align 4
  br label %match3

e12:                                              ; preds = %ok26
  %173 = load i32, i32* %result21, align 4
  store i32 %173, i32* %result20, align 4
  br label %join19

ok22:                                             ; preds = %then17
  store i64 %161, i64* %156, align 8
  %174 = trunc i64 %160 to i32
  store i32 %174, i32* %obj.1, align 4
  %175 = load i32, i32* %obj.1, align 4
  %176 = zext i32 %175 to i64
  %177 = add i64 %176, 1
  %178 = icmp ugt i64 %177, %arena_size
  br i1 %178, label %trap17.site0, label %ok23

trap15.site22:                                    ; preds = %then17
  %179 = load i64, i64* %lowStart, align 8
  %180 = getelementptr i64, i64* %regs, i64 6
  store i64 %179, i64* %180, align 8
  %181 = load i64, i64* %lowEnd, align 8
  %182 = getelementptr i64, i64* %regs, i64 7
  store i64 %181, i64* %182, align 8
  %183 = load i64, i64* %highEnd, align 8
  %184 = getelementptr i64, i64* %regs, i64 8
  store i64 %183, i64* %184, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

ok23:                                             ; preds = %ok22
  %185 = getelementptr i8, i8* %mem, i64 %176
  %186 = icmp ult i64 %176, %scratch_start
  %187 = load i64, i64* %lowEnd, align 8
  %188 = load i64, i64* %highEnd, align 8
  %189 = call i64 @llvm.umax.i64(i64 %187, i64 %177)
  %190 = select i1 %186, i64 %189, i64 %187
  store i64 %190, i64* %lowEnd, align 8
  %191 = call i64 @llvm.umax.i64(i64 %188, i64 %177)
  %192 = select i1 %186, i64 %188, i64 %191
  store i64 %192, i64* %highEnd, align 8
  %193 = load i64, i64* %lowStart, align 8
  %194 = call i64 @llvm.umin.i64(i64 %193, i64 %176)
  store i64 %194, i64* %lowStart, align 8
  store i8 1, i8* %185, align 1
  %195 = load i32, i32* %obj.1, align 4
  %196 = load i32, i32* %c.2, align 4
  %197 = zext i32 %195 to i64
  %198 = add i64 %197, 8
  %199 = add i64 %198, 4
  %200 = icmp ugt i64 %199, %arena_size
  br i1 %200, label %trap17.site0, label %ok24

ok24:                                             ; preds = %ok23
  %201 = getelementptr i8, i8* %mem, i64 %198
  %202 = icmp ult i64 %198, %scratch_start
  %203 = load i64, i64* %lowEnd, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = call i64 @llvm.umax.i64(i64 %203, i64 %199)
  %206 = select i1 %202, i64 %205, i64 %203
  store i64 %206, i64* %lowEnd, align 8
  %207 = call i64 @llvm.umax.i64(i64 %204, i64 %199)
  %208 = select i1 %202, i64 %204, i64 %207
  store i64 %208, i64* %highEnd, align 8
  %209 = load i64, i64* %lowStart, align 8
  %210 = call i64 @llvm.umin.i64(i64 %209, i64 %198)
  store i64 %210, i64* %lowStart, align 8
  store i32 %196, i32* %unaligned25, align 4
  %211 = bitcast i32* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %201, i8* %211, i64 4, i1 false)
  %212 = load i32, i32* %obj.1, align 4
  %213 = load i64, i64* %c.3, align 8
  %214 = zext i32 %212 to i64
  %215 = add i64 %214, 16
  %216 = add i64 %215, 8
  %217 = icmp ugt i64 %216, %arena_size
  br i1 %217, label %trap17.site0, label %ok26

ok26:                                             ; preds = %ok24
  %218 = getelementptr i8, i8* %mem, i64 %215
  %219 = icmp ult i64 %215, %scratch_start
  %220 = load i64, i64* %lowEnd, align 8
  %221 = load i64, i64* %highEnd, align 8
  %222 = call i64 @llvm.umax.i64(i64 %220, i64 %216)
  %223 = select i1 %219, i64 %222, i64 %220
  store i64 %223, i64* %lowEnd, align 8
  %224 = call i64 @llvm.umax.i64(i64 %221, i64 %216)
  %225 = select i1 %219, i64 %221, i64 %224
  store i64 %225, i64* %highEnd, align 8
  %226 = load i64, i64* %lowStart, align 8
  %227 = call i64 @llvm.umin.i64(i64 %226, i64 %215)
  store i64 %227, i64* %lowStart, align 8
  store i64 %213, i64* %unaligned27, align 8
  %228 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %218, i8* %228, i64 8, i1 false)
  %229 = load i32, i32* %obj.1, align 4
  store i32 %229, i32* %result21, align 4
  br label %e12

e15:                                              ; preds = %ok31
  %230 = load i32, i32* %result28, align 4
  store i32 %230, i32* %result20, align 4
  br label %join19

ok29:                                             ; preds = %else18
  store i64 %169, i64* %164, align 8
  %231 = trunc i64 %168 to i32
  store i32 %231, i32* %obj.2, align 4
  %232 = load i32, i32* %obj.2, align 4
  %233 = zext i32 %232 to i64
  %234 = add i64 %233, 1
  %235 = icmp ugt i64 %234, %arena_size
  br i1 %235, label %trap17.site0, label %ok30

trap15.site23:                                    ; preds = %else18
  %236 = load i64, i64* %lowStart, align 8
  %237 = getelementptr i64, i64* %regs, i64 6
  store i64 %236, i64* %237, align 8
  %238 = load i64, i64* %lowEnd, align 8
  %239 = getelementptr i64, i64* %regs, i64 7
  store i64 %238, i64* %239, align 8
  %240 = load i64, i64* %highEnd, align 8
  %241 = getelementptr i64, i64* %regs, i64 8
  store i64 %240, i64* %241, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

ok30:                                             ; preds = %ok29
  %242 = getelementptr i8, i8* %mem, i64 %233
  %243 = icmp ult i64 %233, %scratch_start
  %244 = load i64, i64* %lowEnd, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = call i64 @llvm.umax.i64(i64 %244, i64 %234)
  %247 = select i1 %243, i64 %246, i64 %244
  store i64 %247, i64* %lowEnd, align 8
  %248 = call i64 @llvm.umax.i64(i64 %245, i64 %234)
  %249 = select i1 %243, i64 %245, i64 %248
  store i64 %249, i64* %highEnd, align 8
  %250 = load i64, i64* %lowStart, align 8
  %251 = call i64 @llvm.umin.i64(i64 %250, i64 %233)
  store i64 %251, i64* %lowStart, align 8
  store i8 0, i8* %242, align 1
  %252 = load i32, i32* %obj.2, align 4
  %253 = load i32, i32* %c.4, align 4
  %254 = zext i32 %252 to i64
  %255 = add i64 %254, 4
  %256 = add i64 %255, 4
  %257 = icmp ugt i64 %256, %arena_size
  br i1 %257, label %trap17.site0, label %ok31

ok31:                                             ; preds = %ok30
  %258 = getelementptr i8, i8* %mem, i64 %255
  %259 = icmp ult i64 %255, %scratch_start
  %260 = load i64, i64* %lowEnd, align 8
  %261 = load i64, i64* %highEnd, align 8
  %262 = call i64 @llvm.umax.i64(i64 %260, i64 %256)
  %263 = select i1 %259, i64 %262, i64 %260
  store i64 %263, i64* %lowEnd, align 8
  %264 = call i64 @llvm.umax.i64(i64 %261, i64 %256)
  %265 = select i1 %259, i64 %261, i64 %264
  store i64 %265, i64* %highEnd, align 8
  %266 = load i64, i64* %lowStart, align 8
  %267 = call i64 @llvm.umin.i64(i64 %266, i64 %255)
  store i64 %267, i64* %lowStart, align 8
  store i32 %253, i32* %unaligned32, align 4
  %268 = bitcast i32* %unaligned32 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %258, i8* %268, i64 4, i1 false)
  %269 = load i32, i32* %obj.2, align 4
  store i32 %269, i32* %result28, align 4
  br label %e15

dead33:                                           ; No predecessors!
  br label %join14

ok34:                                             ; preds = %join14
  %270 = getelementptr i8, i8* %mem, i64 %141
  %271 = load i8, i8* %270, align 1
  %272 = zext i8 %271 to i32
  %273 = icmp eq i32 %272, 0
  %274 = zext i1 %273 to i32
  %275 = icmp ne i32 %274, 0
  br i1 %275, label %then35, label %else36

then35:                                           ; preds = %ok34
  %276 = load i32, i32* %t, align 4
  %277 = zext i32 %276 to i64
  %278 = add i64 %277, 4
  %279 = add i64 %278, 4
  %280 = icmp ugt i64 %279, %arena_size
  br i1 %280, label %trap17.site26, label %ok38

else36:                                           ; preds = %ok34
  br label %join37

join37:                                           ; preds = %else36, %dead52
  br label %trap5.site28

ok38:                                             ; preds = %then35
  %281 = getelementptr i8, i8* %mem, i64 %278
  %282 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %282, i8* %281, i64 4, i1 false)
  %283 = load i32, i32* %unaligned39, align 4
  %284 = icmp uge i32 %depth, 1000
  br i1 %284, label %trap15.site25, label %ok40

trap17.site26:                                    ; preds = %then35
  %285 = load i64, i64* %lowStart, align 8
  %286 = getelementptr i64, i64* %regs, i64 6
  store i64 %285, i64* %286, align 8
  %287 = load i64, i64* %lowEnd, align 8
  %288 = getelementptr i64, i64* %regs, i64 7
  store i64 %287, i64* %288, align 8
  %289 = load i64, i64* %highEnd, align 8
  %290 = getelementptr i64, i64* %regs, i64 8
  store i64 %289, i64* %290, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 26)
  unreachable

ok40:                                             ; preds = %ok38
  %291 = getelementptr i64, i64* %regs, i64 10
  %292 = load i64, i64* %291, align 8
  %293 = icmp ult i64 %10, %292
  br i1 %293, label %trap253.site0, label %stack_ok

trap15.site25:                                    ; preds = %ok38
  %294 = load i64, i64* %lowStart, align 8
  %295 = getelementptr i64, i64* %regs, i64 6
  store i64 %294, i64* %295, align 8
  %296 = load i64, i64* %lowEnd, align 8
  %297 = getelementptr i64, i64* %regs, i64 7
  store i64 %296, i64* %297, align 8
  %298 = load i64, i64* %highEnd, align 8
  %299 = getelementptr i64, i64* %regs, i64 8
  store i64 %298, i64* %299, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

stack_ok:                                         ; preds = %ok40
  %300 = load i64, i64* %fuel, align 8
  %301 = getelementptr i64, i64* %regs, i64 0
  store i64 %300, i64* %301, align 8
  %302 = load i64, i64* %lowStart, align 8
  %303 = getelementptr i64, i64* %regs, i64 6
  store i64 %302, i64* %303, align 8
  %304 = load i64, i64* %lowEnd, align 8
  %305 = getelementptr i64, i64* %regs, i64 7
  store i64 %304, i64* %305, align 8
  %306 = load i64, i64* %highEnd, align 8
  %307 = getelementptr i64, i64* %regs, i64 8
  store i64 %306, i64* %307, align 8
  %308 = add i32 %depth, 1
  %309 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %308, i32 %283)
  %310 = getelementptr i64, i64* %regs, i64 0
  %311 = load i64, i64* %310, align 8
  store i64 %311, i64* %fuel, align 8
  %312 = getelementptr i64, i64* %regs, i64 6
  %313 = load i64, i64* %312, align 8
  store i64 %313, i64* %lowStart, align 8
  %314 = getelementptr i64, i64* %regs, i64 7
  %315 = load i64, i64* %314, align 8
  store i64 %315, i64* %lowEnd, align 8
  %316 = getelementptr i64, i64* %regs, i64 8
  %317 = load i64, i64* %316, align 8
  store i64 %317, i64* %highEnd, align 8
  %318 = icmp uge i32 %depth, 1000
  br i1 %318, label %trap15.site24, label %ok41

trap253.site0:                                    ; preds = %ok41, %ok40
  %319 = load i64, i64* %lowStart, align 8
  %320 = getelementptr i64, i64* %regs, i64 6
  store i64 %319, i64* %320, align 8
  %321 = load i64, i64* %lowEnd, align 8
  %322 = getelementptr i64, i64* %regs, i64 7
  store i64 %321, i64* %322, align 8
  %323 = load i64, i64* %highEnd, align 8
  %324 = getelementptr i64, i64* %regs, i64 8
  store i64 %323, i64* %324, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok41:                                             ; preds = %stack_ok
  %325 = getelementptr i64, i64* %regs, i64 10
  %326 = load i64, i64* %325, align 8
  %327 = icmp ult i64 %10, %326
  br i1 %327, label %trap253.site0, label %stack_ok42

trap15.site24:                                    ; preds = %stack_ok
  %328 = load i64, i64* %lowStart, align 8
  %329 = getelementptr i64, i64* %regs, i64 6
  store i64 %328, i64* %329, align 8
  %330 = load i64, i64* %lowEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 7
  store i64 %330, i64* %331, align 8
  %332 = load i64, i64* %highEnd, align 8
  %333 = getelementptr i64, i64* %regs, i64 8
  store i64 %332, i64* %333, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

stack_ok42:                                       ; preds = %ok41
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
  %343 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %342, i32 %309, i32 8992)
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
  %352 = icmp ne i32 %343, 0
  br i1 %352, label %then43, label %else44

then43:                                           ; preds = %stack_ok42
  store i32 9016, i32* %result46, align 4
  br label %join45

else44:                                           ; preds = %stack_ok42
  store i32 9020, i32* %c.5, align 4
  %353 = getelementptr i64, i64* %regs, i64 1
  %354 = getelementptr i64, i64* %regs, i64 2
  %355 = load i64, i64* %353, align 8
  %356 = add i64 %355, 7
  %357 = and i64 %356, -8
  %358 = add i64 %357, 8
  %359 = load i64, i64* %354, align 8
  %360 = icmp ugt i64 %358, %359
  br i1 %360, label %trap15.site27, label %ok48

join45:                                           ; preds = %e24, %then43
  %361 = load i32, i32* %result46, align 4
  store i32 %361, i32* %result2, align 4
  br label %match3

e24:                                              ; preds = %ok50
  %362 = load i32, i32* %result47, align 4
  store i32 %362, i32* %result46, align 4
  br label %join45

ok48:                                             ; preds = %else44
  store i64 %358, i64* %353, align 8
  %363 = trunc i64 %357 to i32
  store i32 %363, i32* %obj.3, align 4
  %364 = load i32, i32* %obj.3, align 4
  %365 = zext i32 %364 to i64
  %366 = add i64 %365, 1
  %367 = icmp ugt i64 %366, %arena_size
  br i1 %367, label %trap17.site0, label %ok49

trap15.site27:                                    ; preds = %else44
  %368 = load i64, i64* %lowStart, align 8
  %369 = getelementptr i64, i64* %regs, i64 6
  store i64 %368, i64* %369, align 8
  %370 = load i64, i64* %lowEnd, align 8
  %371 = getelementptr i64, i64* %regs, i64 7
  store i64 %370, i64* %371, align 8
  %372 = load i64, i64* %highEnd, align 8
  %373 = getelementptr i64, i64* %regs, i64 8
  store i64 %372, i64* %373, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 27)
  unreachable

ok49:                                             ; preds = %ok48
  %374 = getelementptr i8, i8* %mem, i64 %365
  %375 = icmp ult i64 %365, %scratch_start
  %376 = load i64, i64* %lowEnd, align 8
  %377 = load i64, i64* %highEnd, align 8
  %378 = call i64 @llvm.umax.i64(i64 %376, i64 %366)
  %379 = select i1 %375, i64 %378, i64 %376
  store i64 %379, i64* %lowEnd, align 8
  %380 = call i64 @llvm.umax.i64(i64 %377, i64 %366)
  %381 = select i1 %375, i64 %377, i64 %380
  store i64 %381, i64* %highEnd, align 8
  %382 = load i64, i64* %lowStart, align 8
  %383 = call i64 @llvm.umin.i64(i64 %382, i64 %365)
  store i64 %383, i64* %lowStart, align 8
  store i8 0, i8* %374, align 1
  %384 = load i32, i32* %obj.3, align 4
  %385 = load i32, i32* %c.5, align 4
  %386 = zext i32 %384 to i64
  %387 = add i64 %386, 4
  %388 = add i64 %387, 4
  %389 = icmp ugt i64 %388, %arena_size
  br i1 %389, label %trap17.site0, label %ok50

ok50:                                             ; preds = %ok49
  %390 = getelementptr i8, i8* %mem, i64 %387
  %391 = icmp ult i64 %387, %scratch_start
  %392 = load i64, i64* %lowEnd, align 8
  %393 = load i64, i64* %highEnd, align 8
  %394 = call i64 @llvm.umax.i64(i64 %392, i64 %388)
  %395 = select i1 %391, i64 %394, i64 %392
  store i64 %395, i64* %lowEnd, align 8
  %396 = call i64 @llvm.umax.i64(i64 %393, i64 %388)
  %397 = select i1 %391, i64 %393, i64 %396
  store i64 %397, i64* %highEnd, align 8
  %398 = load i64, i64* %lowStart, align 8
  %399 = call i64 @llvm.umin.i64(i64 %398, i64 %387)
  store i64 %399, i64* %lowStart, align 8
  store i32 %385, i32* %unaligned51, align 4
  %400 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %390, i8* %400, i64 4, i1 false)
  %401 = load i32, i32* %obj.3, align 4
  store i32 %401, i32* %result47, align 4
  br label %e24

dead52:                                           ; No predecessors!
  br label %join37

trap5.site28:                                     ; preds = %join37
  %402 = load i64, i64* %lowStart, align 8
  %403 = getelementptr i64, i64* %regs, i64 6
  store i64 %402, i64* %403, align 8
  %404 = load i64, i64* %lowEnd, align 8
  %405 = getelementptr i64, i64* %regs, i64 7
  store i64 %404, i64* %405, align 8
  %406 = load i64, i64* %highEnd, align 8
  %407 = getelementptr i64, i64* %regs, i64 8
  store i64 %406, i64* %407, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 28)
  unreachable

dead53:                                           ; No predecessors!
  br label %match3
}
