; From libs/driver/testdata/emit-golden/strings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/strings.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
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
;   @m0.codec.dec.string.0
;   @m0.codec.skip
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
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.cttz.i32
;   declare @llvm.ctpop.i32
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 2 function(s):

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
  %arg1_cell = alloca i32, align 4
  store i32 0, i32* %arg1_cell, align 4
  %arg0_state = alloca i32, align 4
  store i32 0, i32* %arg0_state, align 4
  %arg1_state = alloca i32, align 4
  store i32 0, i32* %arg1_state, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %arg = alloca i32, align 4
  store i32 0, i32* %arg, align 4
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
  %11 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %11, align 8
  %result = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned100 = alloca i32, align 4
  %unaligned110 = alloca i64, align 8
  %unaligned117 = alloca i32, align 4
  %unaligned122 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %ws17, %ws15, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %default11, %then68, %case12, %then60, %case13, %ok28, %then25, %ok22, %ok11, %join9, %ok
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

trap253.site0:                                    ; preds = %ok74, %ok71, %ok66, %ok63, %ok58, %ok29, %ok23, %ok1
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

trap17.site0:                                     ; preds = %write.slow119, %write.slow, %join107, %join97, %cont86, %ws_done14, %cont77, %cont53, %cont48, %then39, %then31, %ws_done2, %cont14, %ws_done0, %cont
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
  %123 = getelementptr i64, i64* %regs, i64 1
  %124 = getelementptr i64, i64* %regs, i64 2
  %125 = load i64, i64* %123, align 8
  %126 = add i64 %125, 7
  %127 = and i64 %126, -8
  %128 = add i64 %127, 8
  %129 = load i64, i64* %124, align 8
  %130 = icmp ugt i64 %128, %129
  br i1 %130, label %trap15.site0, label %ok12

ok12:                                             ; preds = %ok11
  store i64 %128, i64* %123, align 8
  %131 = load i64, i64* %highEnd, align 8
  %132 = call i64 @llvm.umax.i64(i64 %131, i64 %128)
  store i64 %132, i64* %highEnd, align 8
  %133 = trunc i64 %127 to i32
  store i32 %133, i32* %arg1_cell, align 4
  %134 = load i32, i32* %args_pos, align 4
  %135 = add i32 %134, 1
  store i32 %135, i32* %args_pos, align 4
  br label %ws3

ws_done2:                                         ; preds = %dead17, %ok15, %ok13
  %136 = load i32, i32* %args_pos, align 4
  %137 = zext i32 %136 to i64
  %138 = sub i64 %arena_size, 1
  %139 = icmp sgt i64 %137, %138
  br i1 %139, label %trap17.site0, label %ok18

ws3:                                              ; preds = %cont16, %ok12
  %140 = load i64, i64* %fuel, align 8
  %141 = icmp ult i64 %140, 1
  br i1 %141, label %trap14.site0, label %ok13

ok13:                                             ; preds = %ws3
  %142 = sub i64 %140, 1
  store i64 %142, i64* %fuel, align 8
  %143 = load i32, i32* %args_pos, align 4
  %144 = load i32, i32* %args_end, align 4
  %145 = icmp uge i32 %143, %144
  %146 = zext i1 %145 to i32
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %ws_done2, label %cont14

cont14:                                           ; preds = %ok13
  %148 = load i32, i32* %args_pos, align 4
  %149 = zext i32 %148 to i64
  %150 = sub i64 %arena_size, 1
  %151 = icmp sgt i64 %149, %150
  br i1 %151, label %trap17.site0, label %ok15

ok15:                                             ; preds = %cont14
  %152 = getelementptr i8, i8* %mem, i64 %149
  %153 = load i8, i8* %152, align 1
  %154 = zext i8 %153 to i32
  store i32 %154, i32* %ws, align 4
  %155 = load i32, i32* %ws, align 4
  %156 = icmp ule i32 %155, 32
  %157 = zext i1 %156 to i32
  %158 = icmp eq i32 %157, 0
  %159 = zext i1 %158 to i32
  %160 = icmp ne i32 %159, 0
  br i1 %160, label %ws_done2, label %cont16

cont16:                                           ; preds = %ok15
  %161 = load i32, i32* %args_pos, align 4
  %162 = add i32 %161, 1
  store i32 %162, i32* %args_pos, align 4
  br label %ws3

dead17:                                           ; No predecessors!
  br label %ws_done2

ok18:                                             ; preds = %ws_done2
  %163 = getelementptr i8, i8* %mem, i64 %137
  %164 = load i8, i8* %163, align 1
  %165 = zext i8 %164 to i32
  %166 = icmp eq i32 %165, 125
  %167 = zext i1 %166 to i32
  %168 = icmp eq i32 %167, 0
  %169 = zext i1 %168 to i32
  %170 = icmp ne i32 %169, 0
  br i1 %170, label %then19, label %else20

then19:                                           ; preds = %ok18
  br label %args4

else20:                                           ; preds = %ok18
  br label %join21

join21:                                           ; preds = %else20, %join84
  %171 = load i32, i32* %arg0_state, align 4
  %172 = icmp eq i32 %171, 0
  %173 = zext i1 %172 to i32
  %174 = icmp ne i32 %173, 0
  br i1 %174, label %then91, label %else92

args4:                                            ; preds = %ws_done16, %then19
  %175 = load i64, i64* %fuel, align 8
  %176 = icmp ult i64 %175, 1
  br i1 %176, label %trap14.site0, label %ok22

ok22:                                             ; preds = %args4
  %177 = sub i64 %175, 1
  store i64 %177, i64* %fuel, align 8
  %178 = getelementptr i64, i64* %regs, i64 1
  %179 = load i64, i64* %178, align 8
  %180 = trunc i64 %179 to i32
  store i32 %180, i32* %args_mark, align 4
  %181 = load i32, i32* %args_pos, align 4
  %182 = add i32 %181, 1
  %183 = load i32, i32* %args_end, align 4
  %184 = icmp uge i32 %depth, 1000
  br i1 %184, label %trap15.site0, label %ok23

ok23:                                             ; preds = %ok22
  %185 = icmp ult i64 %10, %stack_limit
  br i1 %185, label %trap253.site0, label %stack_ok24

stack_ok24:                                       ; preds = %ok23
  %186 = load i64, i64* %fuel, align 8
  %187 = getelementptr i64, i64* %regs, i64 0
  store i64 %186, i64* %187, align 8
  %188 = load i64, i64* %lowStart, align 8
  %189 = getelementptr i64, i64* %regs, i64 6
  store i64 %188, i64* %189, align 8
  %190 = load i64, i64* %lowEnd, align 8
  %191 = getelementptr i64, i64* %regs, i64 7
  store i64 %190, i64* %191, align 8
  %192 = load i64, i64* %highEnd, align 8
  %193 = getelementptr i64, i64* %regs, i64 8
  store i64 %192, i64* %193, align 8
  %194 = add i32 %depth, 1
  %195 = call i32 @m0.codec.str_end(i64* %regs, i8* %mem, i32 %194, i32 %182, i32 %183)
  %196 = getelementptr i64, i64* %regs, i64 0
  %197 = load i64, i64* %196, align 8
  store i64 %197, i64* %fuel, align 8
  %198 = getelementptr i64, i64* %regs, i64 6
  %199 = load i64, i64* %198, align 8
  store i64 %199, i64* %lowStart, align 8
  %200 = getelementptr i64, i64* %regs, i64 7
  %201 = load i64, i64* %200, align 8
  store i64 %201, i64* %lowEnd, align 8
  %202 = getelementptr i64, i64* %regs, i64 8
  %203 = load i64, i64* %202, align 8
  store i64 %203, i64* %highEnd, align 8
  store i32 %195, i32* %kr, align 4
  %204 = load i32, i32* %kr, align 4
  %205 = and i32 %204, 2147483647
  store i32 %205, i32* %kq, align 4
  %206 = load i32, i32* %kr, align 4
  %207 = and i32 %206, -2147483648
  %208 = icmp ne i32 %207, 0
  br i1 %208, label %then25, label %else26

then25:                                           ; preds = %stack_ok24
  %209 = load i32, i32* %kq, align 4
  %210 = load i32, i32* %args_pos, align 4
  %211 = sub i32 %209, %210
  %212 = sub i32 %211, 1
  %213 = zext i32 %212 to i64
  %214 = getelementptr i64, i64* %regs, i64 1
  %215 = getelementptr i64, i64* %regs, i64 2
  %216 = load i64, i64* %214, align 8
  %217 = add i64 %216, 0
  %218 = and i64 %217, -1
  %219 = add i64 %218, %213
  %220 = load i64, i64* %215, align 8
  %221 = icmp ugt i64 %219, %220
  br i1 %221, label %trap15.site0, label %ok28

else26:                                           ; preds = %stack_ok24
  %222 = load i32, i32* %args_pos, align 4
  %223 = add i32 %222, 1
  store i32 %223, i32* %args_kp, align 4
  %224 = load i32, i32* %kq, align 4
  %225 = load i32, i32* %args_pos, align 4
  %226 = sub i32 %224, %225
  %227 = sub i32 %226, 1
  store i32 %227, i32* %args_klen, align 4
  br label %join27

join27:                                           ; preds = %else26, %stack_ok30
  %228 = load i32, i32* %kq, align 4
  %229 = add i32 %228, 1
  store i32 %229, i32* %args_pos, align 4
  %230 = load i32, i32* %args_klen, align 4
  %231 = icmp eq i32 %230, 4
  %232 = zext i1 %231 to i32
  %233 = icmp ne i32 %232, 0
  br i1 %233, label %then31, label %else32

ok28:                                             ; preds = %then25
  store i64 %219, i64* %214, align 8
  %234 = load i64, i64* %highEnd, align 8
  %235 = call i64 @llvm.umax.i64(i64 %234, i64 %219)
  store i64 %235, i64* %highEnd, align 8
  %236 = trunc i64 %218 to i32
  store i32 %236, i32* %args_kp, align 4
  %237 = load i32, i32* %args_pos, align 4
  %238 = add i32 %237, 1
  %239 = load i32, i32* %kq, align 4
  %240 = load i32, i32* %args_kp, align 4
  %241 = icmp uge i32 %depth, 1000
  br i1 %241, label %trap15.site0, label %ok29

ok29:                                             ; preds = %ok28
  %242 = icmp ult i64 %10, %stack_limit
  br i1 %242, label %trap253.site0, label %stack_ok30

stack_ok30:                                       ; preds = %ok29
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
  %252 = call i32 @m0.codec.str_unescape(i64* %regs, i8* %mem, i32 %251, i32 %238, i32 %239, i32 %240)
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
  %261 = load i32, i32* %args_kp, align 4
  %262 = sub i32 %252, %261
  store i32 %262, i32* %args_klen, align 4
  br label %join27

match5:                                           ; preds = %join41, %then43, %then35
  %263 = load i32, i32* %result, align 4
  store i32 %263, i32* %args_c, align 4
  %264 = load i32, i32* %args_mark, align 4
  %265 = zext i32 %264 to i64
  %266 = getelementptr i64, i64* %regs, i64 1
  store i64 %265, i64* %266, align 8
  br label %ws7

then31:                                           ; preds = %join27
  %267 = load i32, i32* %args_kp, align 4
  %268 = zext i32 %267 to i64
  %269 = sub i64 %arena_size, 4
  %270 = icmp sgt i64 %268, %269
  br i1 %270, label %trap17.site0, label %ok34

else32:                                           ; preds = %join27
  br label %join33

join33:                                           ; preds = %else32, %join37
  %271 = load i32, i32* %args_klen, align 4
  %272 = icmp eq i32 %271, 1
  %273 = zext i1 %272 to i32
  %274 = icmp ne i32 %273, 0
  br i1 %274, label %then39, label %else40

ok34:                                             ; preds = %then31
  %275 = getelementptr i8, i8* %mem, i64 %268
  %276 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %276, i8* %275, i64 4, i1 false)
  %277 = load i32, i32* %unaligned, align 4
  %278 = icmp eq i32 %277, 1701667182
  %279 = zext i1 %278 to i32
  %280 = icmp ne i32 %279, 0
  br i1 %280, label %then35, label %else36

then35:                                           ; preds = %ok34
  store i32 0, i32* %result, align 4
  br label %match5

else36:                                           ; preds = %ok34
  br label %join37

join37:                                           ; preds = %else36, %dead38
  br label %join33

dead38:                                           ; No predecessors!
  br label %join37

then39:                                           ; preds = %join33
  %281 = load i32, i32* %args_kp, align 4
  %282 = zext i32 %281 to i64
  %283 = sub i64 %arena_size, 1
  %284 = icmp sgt i64 %282, %283
  br i1 %284, label %trap17.site0, label %ok42

else40:                                           ; preds = %join33
  br label %join41

join41:                                           ; preds = %else40, %join45
  store i32 -1, i32* %result, align 4
  br label %match5

ok42:                                             ; preds = %then39
  %285 = getelementptr i8, i8* %mem, i64 %282
  %286 = load i8, i8* %285, align 1
  %287 = zext i8 %286 to i32
  %288 = icmp eq i32 %287, 110
  %289 = zext i1 %288 to i32
  %290 = icmp ne i32 %289, 0
  br i1 %290, label %then43, label %else44

then43:                                           ; preds = %ok42
  store i32 1, i32* %result, align 4
  br label %match5

else44:                                           ; preds = %ok42
  br label %join45

join45:                                           ; preds = %else44, %dead46
  br label %join41

dead46:                                           ; No predecessors!
  br label %join45

ws_done6:                                         ; preds = %dead51, %ok49, %ok47
  %291 = load i32, i32* %args_pos, align 4
  %292 = add i32 %291, 1
  store i32 %292, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont50, %match5
  %293 = load i64, i64* %fuel, align 8
  %294 = icmp ult i64 %293, 1
  br i1 %294, label %trap14.site0, label %ok47

ok47:                                             ; preds = %ws7
  %295 = sub i64 %293, 1
  store i64 %295, i64* %fuel, align 8
  %296 = load i32, i32* %args_pos, align 4
  %297 = load i32, i32* %args_end, align 4
  %298 = icmp uge i32 %296, %297
  %299 = zext i1 %298 to i32
  %300 = icmp ne i32 %299, 0
  br i1 %300, label %ws_done6, label %cont48

cont48:                                           ; preds = %ok47
  %301 = load i32, i32* %args_pos, align 4
  %302 = zext i32 %301 to i64
  %303 = sub i64 %arena_size, 1
  %304 = icmp sgt i64 %302, %303
  br i1 %304, label %trap17.site0, label %ok49

ok49:                                             ; preds = %cont48
  %305 = getelementptr i8, i8* %mem, i64 %302
  %306 = load i8, i8* %305, align 1
  %307 = zext i8 %306 to i32
  store i32 %307, i32* %ws, align 4
  %308 = load i32, i32* %ws, align 4
  %309 = icmp ule i32 %308, 32
  %310 = zext i1 %309 to i32
  %311 = icmp eq i32 %310, 0
  %312 = zext i1 %311 to i32
  %313 = icmp ne i32 %312, 0
  br i1 %313, label %ws_done6, label %cont50

cont50:                                           ; preds = %ok49
  %314 = load i32, i32* %args_pos, align 4
  %315 = add i32 %314, 1
  store i32 %315, i32* %args_pos, align 4
  br label %ws7

dead51:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead56, %ok54, %ok52
  %316 = load i32, i32* %args_c, align 4
  switch i32 %316, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont55, %ws_done6
  %317 = load i64, i64* %fuel, align 8
  %318 = icmp ult i64 %317, 1
  br i1 %318, label %trap14.site0, label %ok52

ok52:                                             ; preds = %ws9
  %319 = sub i64 %317, 1
  store i64 %319, i64* %fuel, align 8
  %320 = load i32, i32* %args_pos, align 4
  %321 = load i32, i32* %args_end, align 4
  %322 = icmp uge i32 %320, %321
  %323 = zext i1 %322 to i32
  %324 = icmp ne i32 %323, 0
  br i1 %324, label %ws_done8, label %cont53

cont53:                                           ; preds = %ok52
  %325 = load i32, i32* %args_pos, align 4
  %326 = zext i32 %325 to i64
  %327 = sub i64 %arena_size, 1
  %328 = icmp sgt i64 %326, %327
  br i1 %328, label %trap17.site0, label %ok54

ok54:                                             ; preds = %cont53
  %329 = getelementptr i8, i8* %mem, i64 %326
  %330 = load i8, i8* %329, align 1
  %331 = zext i8 %330 to i32
  store i32 %331, i32* %ws, align 4
  %332 = load i32, i32* %ws, align 4
  %333 = icmp ule i32 %332, 32
  %334 = zext i1 %333 to i32
  %335 = icmp eq i32 %334, 0
  %336 = zext i1 %335 to i32
  %337 = icmp ne i32 %336, 0
  br i1 %337, label %ws_done8, label %cont55

cont55:                                           ; preds = %ok54
  %338 = load i32, i32* %args_pos, align 4
  %339 = add i32 %338, 1
  store i32 %339, i32* %args_pos, align 4
  br label %ws9

dead56:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok75, %join70, %join62
  br label %ws15

default11:                                        ; preds = %dead73, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %340 = load i32, i32* %args_pos, align 4
  %341 = load i32, i32* %args_end, align 4
  %342 = icmp uge i32 %depth, 1000
  br i1 %342, label %trap15.site0, label %ok74

case12:                                           ; preds = %dead65, %ws_done8
  %343 = load i32, i32* %args_pos, align 4
  %344 = load i32, i32* %args_end, align 4
  %345 = load i32, i32* %arg1_cell, align 4
  %346 = icmp uge i32 %depth, 1000
  br i1 %346, label %trap15.site0, label %ok66

case13:                                           ; preds = %dead57, %ws_done8
  %347 = load i32, i32* %args_pos, align 4
  %348 = load i32, i32* %args_end, align 4
  %349 = load i32, i32* %arg0_cell, align 4
  %350 = icmp uge i32 %depth, 1000
  br i1 %350, label %trap15.site0, label %ok58

dead57:                                           ; No predecessors!
  br label %case13

ok58:                                             ; preds = %case13
  %351 = icmp ult i64 %10, %stack_limit
  br i1 %351, label %trap253.site0, label %stack_ok59

stack_ok59:                                       ; preds = %ok58
  %352 = load i64, i64* %fuel, align 8
  %353 = getelementptr i64, i64* %regs, i64 0
  store i64 %352, i64* %353, align 8
  %354 = load i64, i64* %lowStart, align 8
  %355 = getelementptr i64, i64* %regs, i64 6
  store i64 %354, i64* %355, align 8
  %356 = load i64, i64* %lowEnd, align 8
  %357 = getelementptr i64, i64* %regs, i64 7
  store i64 %356, i64* %357, align 8
  %358 = load i64, i64* %highEnd, align 8
  %359 = getelementptr i64, i64* %regs, i64 8
  store i64 %358, i64* %359, align 8
  %360 = add i32 %depth, 1
  %361 = call i32 @m0.codec.dec.string.0(i64* %regs, i8* %mem, i32 %360, i32 %347, i32 %348, i32 %349)
  %362 = getelementptr i64, i64* %regs, i64 0
  %363 = load i64, i64* %362, align 8
  store i64 %363, i64* %fuel, align 8
  %364 = getelementptr i64, i64* %regs, i64 6
  %365 = load i64, i64* %364, align 8
  store i64 %365, i64* %lowStart, align 8
  %366 = getelementptr i64, i64* %regs, i64 7
  %367 = load i64, i64* %366, align 8
  store i64 %367, i64* %lowEnd, align 8
  %368 = getelementptr i64, i64* %regs, i64 8
  %369 = load i64, i64* %368, align 8
  store i64 %369, i64* %highEnd, align 8
  store i32 %361, i32* %args_r, align 4
  %370 = load i32, i32* %args_r, align 4
  %371 = icmp slt i32 %370, 0
  %372 = zext i1 %371 to i32
  %373 = icmp ne i32 %372, 0
  br i1 %373, label %then60, label %else61

then60:                                           ; preds = %stack_ok59
  store i32 2, i32* %arg0_state, align 4
  %374 = load i32, i32* %args_mark, align 4
  %375 = zext i32 %374 to i64
  %376 = getelementptr i64, i64* %regs, i64 1
  store i64 %375, i64* %376, align 8
  %377 = load i32, i32* %args_pos, align 4
  %378 = load i32, i32* %args_end, align 4
  %379 = icmp uge i32 %depth, 1000
  br i1 %379, label %trap15.site0, label %ok63

else61:                                           ; preds = %stack_ok59
  store i32 1, i32* %arg0_state, align 4
  %380 = load i32, i32* %args_r, align 4
  store i32 %380, i32* %args_pos, align 4
  br label %join62

join62:                                           ; preds = %else61, %stack_ok64
  br label %switch10

ok63:                                             ; preds = %then60
  %381 = icmp ult i64 %10, %stack_limit
  br i1 %381, label %trap253.site0, label %stack_ok64

stack_ok64:                                       ; preds = %ok63
  %382 = load i64, i64* %fuel, align 8
  %383 = getelementptr i64, i64* %regs, i64 0
  store i64 %382, i64* %383, align 8
  %384 = load i64, i64* %lowStart, align 8
  %385 = getelementptr i64, i64* %regs, i64 6
  store i64 %384, i64* %385, align 8
  %386 = load i64, i64* %lowEnd, align 8
  %387 = getelementptr i64, i64* %regs, i64 7
  store i64 %386, i64* %387, align 8
  %388 = load i64, i64* %highEnd, align 8
  %389 = getelementptr i64, i64* %regs, i64 8
  store i64 %388, i64* %389, align 8
  %390 = add i32 %depth, 1
  %391 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %390, i32 %377, i32 %378)
  %392 = getelementptr i64, i64* %regs, i64 0
  %393 = load i64, i64* %392, align 8
  store i64 %393, i64* %fuel, align 8
  %394 = getelementptr i64, i64* %regs, i64 6
  %395 = load i64, i64* %394, align 8
  store i64 %395, i64* %lowStart, align 8
  %396 = getelementptr i64, i64* %regs, i64 7
  %397 = load i64, i64* %396, align 8
  store i64 %397, i64* %lowEnd, align 8
  %398 = getelementptr i64, i64* %regs, i64 8
  %399 = load i64, i64* %398, align 8
  store i64 %399, i64* %highEnd, align 8
  store i32 %391, i32* %args_pos, align 4
  br label %join62

dead65:                                           ; No predecessors!
  br label %case12

ok66:                                             ; preds = %case12
  %400 = icmp ult i64 %10, %stack_limit
  br i1 %400, label %trap253.site0, label %stack_ok67

stack_ok67:                                       ; preds = %ok66
  %401 = load i64, i64* %fuel, align 8
  %402 = getelementptr i64, i64* %regs, i64 0
  store i64 %401, i64* %402, align 8
  %403 = load i64, i64* %lowStart, align 8
  %404 = getelementptr i64, i64* %regs, i64 6
  store i64 %403, i64* %404, align 8
  %405 = load i64, i64* %lowEnd, align 8
  %406 = getelementptr i64, i64* %regs, i64 7
  store i64 %405, i64* %406, align 8
  %407 = load i64, i64* %highEnd, align 8
  %408 = getelementptr i64, i64* %regs, i64 8
  store i64 %407, i64* %408, align 8
  %409 = add i32 %depth, 1
  %410 = call i32 @m0.codec.dec.int.1(i64* %regs, i8* %mem, i32 %409, i32 %343, i32 %344, i32 %345)
  %411 = getelementptr i64, i64* %regs, i64 0
  %412 = load i64, i64* %411, align 8
  store i64 %412, i64* %fuel, align 8
  %413 = getelementptr i64, i64* %regs, i64 6
  %414 = load i64, i64* %413, align 8
  store i64 %414, i64* %lowStart, align 8
  %415 = getelementptr i64, i64* %regs, i64 7
  %416 = load i64, i64* %415, align 8
  store i64 %416, i64* %lowEnd, align 8
  %417 = getelementptr i64, i64* %regs, i64 8
  %418 = load i64, i64* %417, align 8
  store i64 %418, i64* %highEnd, align 8
  store i32 %410, i32* %args_r, align 4
  %419 = load i32, i32* %args_r, align 4
  %420 = icmp slt i32 %419, 0
  %421 = zext i1 %420 to i32
  %422 = icmp ne i32 %421, 0
  br i1 %422, label %then68, label %else69

then68:                                           ; preds = %stack_ok67
  store i32 2, i32* %arg1_state, align 4
  %423 = load i32, i32* %args_mark, align 4
  %424 = zext i32 %423 to i64
  %425 = getelementptr i64, i64* %regs, i64 1
  store i64 %424, i64* %425, align 8
  %426 = load i32, i32* %args_pos, align 4
  %427 = load i32, i32* %args_end, align 4
  %428 = icmp uge i32 %depth, 1000
  br i1 %428, label %trap15.site0, label %ok71

else69:                                           ; preds = %stack_ok67
  store i32 1, i32* %arg1_state, align 4
  %429 = load i32, i32* %args_r, align 4
  store i32 %429, i32* %args_pos, align 4
  br label %join70

join70:                                           ; preds = %else69, %stack_ok72
  br label %switch10

ok71:                                             ; preds = %then68
  %430 = icmp ult i64 %10, %stack_limit
  br i1 %430, label %trap253.site0, label %stack_ok72

stack_ok72:                                       ; preds = %ok71
  %431 = load i64, i64* %fuel, align 8
  %432 = getelementptr i64, i64* %regs, i64 0
  store i64 %431, i64* %432, align 8
  %433 = load i64, i64* %lowStart, align 8
  %434 = getelementptr i64, i64* %regs, i64 6
  store i64 %433, i64* %434, align 8
  %435 = load i64, i64* %lowEnd, align 8
  %436 = getelementptr i64, i64* %regs, i64 7
  store i64 %435, i64* %436, align 8
  %437 = load i64, i64* %highEnd, align 8
  %438 = getelementptr i64, i64* %regs, i64 8
  store i64 %437, i64* %438, align 8
  %439 = add i32 %depth, 1
  %440 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %439, i32 %426, i32 %427)
  %441 = getelementptr i64, i64* %regs, i64 0
  %442 = load i64, i64* %441, align 8
  store i64 %442, i64* %fuel, align 8
  %443 = getelementptr i64, i64* %regs, i64 6
  %444 = load i64, i64* %443, align 8
  store i64 %444, i64* %lowStart, align 8
  %445 = getelementptr i64, i64* %regs, i64 7
  %446 = load i64, i64* %445, align 8
  store i64 %446, i64* %lowEnd, align 8
  %447 = getelementptr i64, i64* %regs, i64 8
  %448 = load i64, i64* %447, align 8
  store i64 %448, i64* %highEnd, align 8
  store i32 %440, i32* %args_pos, align 4
  br label %join70

dead73:                                           ; No predecessors!
  br label %default11

ok74:                                             ; preds = %default11
  %449 = icmp ult i64 %10, %stack_limit
  br i1 %449, label %trap253.site0, label %stack_ok75

stack_ok75:                                       ; preds = %ok74
  %450 = load i64, i64* %fuel, align 8
  %451 = getelementptr i64, i64* %regs, i64 0
  store i64 %450, i64* %451, align 8
  %452 = load i64, i64* %lowStart, align 8
  %453 = getelementptr i64, i64* %regs, i64 6
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %lowEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 7
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %highEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 8
  store i64 %456, i64* %457, align 8
  %458 = add i32 %depth, 1
  %459 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %458, i32 %340, i32 %341)
  %460 = getelementptr i64, i64* %regs, i64 0
  %461 = load i64, i64* %460, align 8
  store i64 %461, i64* %fuel, align 8
  %462 = getelementptr i64, i64* %regs, i64 6
  %463 = load i64, i64* %462, align 8
  store i64 %463, i64* %lowStart, align 8
  %464 = getelementptr i64, i64* %regs, i64 7
  %465 = load i64, i64* %464, align 8
  store i64 %465, i64* %lowEnd, align 8
  %466 = getelementptr i64, i64* %regs, i64 8
  %467 = load i64, i64* %466, align 8
  store i64 %467, i64* %highEnd, align 8
  store i32 %459, i32* %args_pos, align 4
  br label %switch10

ws_done14:                                        ; preds = %dead80, %ok78, %ok76
  %468 = load i32, i32* %args_pos, align 4
  %469 = zext i32 %468 to i64
  %470 = sub i64 %arena_size, 1
  %471 = icmp sgt i64 %469, %470
  br i1 %471, label %trap17.site0, label %ok81

ws15:                                             ; preds = %cont79, %switch10
  %472 = load i64, i64* %fuel, align 8
  %473 = icmp ult i64 %472, 1
  br i1 %473, label %trap14.site0, label %ok76

ok76:                                             ; preds = %ws15
  %474 = sub i64 %472, 1
  store i64 %474, i64* %fuel, align 8
  %475 = load i32, i32* %args_pos, align 4
  %476 = load i32, i32* %args_end, align 4
  %477 = icmp uge i32 %475, %476
  %478 = zext i1 %477 to i32
  %479 = icmp ne i32 %478, 0
  br i1 %479, label %ws_done14, label %cont77

cont77:                                           ; preds = %ok76
  %480 = load i32, i32* %args_pos, align 4
  %481 = zext i32 %480 to i64
  %482 = sub i64 %arena_size, 1
  %483 = icmp sgt i64 %481, %482
  br i1 %483, label %trap17.site0, label %ok78

ok78:                                             ; preds = %cont77
  %484 = getelementptr i8, i8* %mem, i64 %481
  %485 = load i8, i8* %484, align 1
  %486 = zext i8 %485 to i32
  store i32 %486, i32* %ws, align 4
  %487 = load i32, i32* %ws, align 4
  %488 = icmp ule i32 %487, 32
  %489 = zext i1 %488 to i32
  %490 = icmp eq i32 %489, 0
  %491 = zext i1 %490 to i32
  %492 = icmp ne i32 %491, 0
  br i1 %492, label %ws_done14, label %cont79

cont79:                                           ; preds = %ok78
  %493 = load i32, i32* %args_pos, align 4
  %494 = add i32 %493, 1
  store i32 %494, i32* %args_pos, align 4
  br label %ws15

dead80:                                           ; No predecessors!
  br label %ws_done14

ok81:                                             ; preds = %ws_done14
  %495 = getelementptr i8, i8* %mem, i64 %469
  %496 = load i8, i8* %495, align 1
  %497 = zext i8 %496 to i32
  store i32 %497, i32* %args_c, align 4
  %498 = load i32, i32* %args_pos, align 4
  %499 = add i32 %498, 1
  store i32 %499, i32* %args_pos, align 4
  %500 = load i32, i32* %args_c, align 4
  %501 = icmp eq i32 %500, 44
  %502 = zext i1 %501 to i32
  %503 = icmp ne i32 %502, 0
  br i1 %503, label %then82, label %else83

then82:                                           ; preds = %ok81
  br label %ws17

else83:                                           ; preds = %ok81
  br label %join84

join84:                                           ; preds = %else83, %dead90
  br label %join21

ws_done16:                                        ; preds = %dead89, %ok87, %ok85
  br label %args4

ws17:                                             ; preds = %cont88, %then82
  %504 = load i64, i64* %fuel, align 8
  %505 = icmp ult i64 %504, 1
  br i1 %505, label %trap14.site0, label %ok85

ok85:                                             ; preds = %ws17
  %506 = sub i64 %504, 1
  store i64 %506, i64* %fuel, align 8
  %507 = load i32, i32* %args_pos, align 4
  %508 = load i32, i32* %args_end, align 4
  %509 = icmp uge i32 %507, %508
  %510 = zext i1 %509 to i32
  %511 = icmp ne i32 %510, 0
  br i1 %511, label %ws_done16, label %cont86

cont86:                                           ; preds = %ok85
  %512 = load i32, i32* %args_pos, align 4
  %513 = zext i32 %512 to i64
  %514 = sub i64 %arena_size, 1
  %515 = icmp sgt i64 %513, %514
  br i1 %515, label %trap17.site0, label %ok87

ok87:                                             ; preds = %cont86
  %516 = getelementptr i8, i8* %mem, i64 %513
  %517 = load i8, i8* %516, align 1
  %518 = zext i8 %517 to i32
  store i32 %518, i32* %ws, align 4
  %519 = load i32, i32* %ws, align 4
  %520 = icmp ule i32 %519, 32
  %521 = zext i1 %520 to i32
  %522 = icmp eq i32 %521, 0
  %523 = zext i1 %522 to i32
  %524 = icmp ne i32 %523, 0
  br i1 %524, label %ws_done16, label %cont88

cont88:                                           ; preds = %ok87
  %525 = load i32, i32* %args_pos, align 4
  %526 = add i32 %525, 1
  store i32 %526, i32* %args_pos, align 4
  br label %ws17

dead89:                                           ; No predecessors!
  br label %ws_done16

dead90:                                           ; No predecessors!
  br label %join84

then91:                                           ; preds = %join21
  br label %trap9.site2

else92:                                           ; preds = %join21
  br label %join93

join93:                                           ; preds = %else92, %dead94
  %527 = load i32, i32* %arg0_state, align 4
  %528 = icmp eq i32 %527, 2
  %529 = zext i1 %528 to i32
  %530 = icmp ne i32 %529, 0
  br i1 %530, label %then95, label %else96

trap9.site2:                                      ; preds = %then91
  %531 = load i64, i64* %lowStart, align 8
  %532 = getelementptr i64, i64* %regs, i64 6
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %lowEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 7
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %highEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 8
  store i64 %535, i64* %536, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead94:                                           ; No predecessors!
  br label %join93

then95:                                           ; preds = %join93
  br label %trap11.site2

else96:                                           ; preds = %join93
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %537 = load i32, i32* %arg0_cell, align 4
  %538 = zext i32 %537 to i64
  %539 = sub i64 %arena_size, 4
  %540 = icmp sgt i64 %538, %539
  br i1 %540, label %trap17.site0, label %ok99

trap11.site2:                                     ; preds = %then95
  %541 = load i64, i64* %lowStart, align 8
  %542 = getelementptr i64, i64* %regs, i64 6
  store i64 %541, i64* %542, align 8
  %543 = load i64, i64* %lowEnd, align 8
  %544 = getelementptr i64, i64* %regs, i64 7
  store i64 %543, i64* %544, align 8
  %545 = load i64, i64* %highEnd, align 8
  %546 = getelementptr i64, i64* %regs, i64 8
  store i64 %545, i64* %546, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead98:                                           ; No predecessors!
  br label %join97

ok99:                                             ; preds = %join97
  %547 = getelementptr i8, i8* %mem, i64 %538
  %548 = bitcast i32* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %548, i8* %547, i64 4, i1 false)
  %549 = load i32, i32* %unaligned100, align 4
  store i32 %549, i32* %arg, align 4
  %550 = load i32, i32* %arg1_state, align 4
  %551 = icmp eq i32 %550, 0
  %552 = zext i1 %551 to i32
  %553 = icmp ne i32 %552, 0
  br i1 %553, label %then101, label %else102

then101:                                          ; preds = %ok99
  br label %trap9.site3

else102:                                          ; preds = %ok99
  br label %join103

join103:                                          ; preds = %else102, %dead104
  %554 = load i32, i32* %arg1_state, align 4
  %555 = icmp eq i32 %554, 2
  %556 = zext i1 %555 to i32
  %557 = icmp ne i32 %556, 0
  br i1 %557, label %then105, label %else106

trap9.site3:                                      ; preds = %then101
  %558 = load i64, i64* %lowStart, align 8
  %559 = getelementptr i64, i64* %regs, i64 6
  store i64 %558, i64* %559, align 8
  %560 = load i64, i64* %lowEnd, align 8
  %561 = getelementptr i64, i64* %regs, i64 7
  store i64 %560, i64* %561, align 8
  %562 = load i64, i64* %highEnd, align 8
  %563 = getelementptr i64, i64* %regs, i64 8
  store i64 %562, i64* %563, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead104:                                          ; No predecessors!
  br label %join103

then105:                                          ; preds = %join103
  br label %trap11.site3

else106:                                          ; preds = %join103
  br label %join107

join107:                                          ; preds = %else106, %dead108
  %564 = load i32, i32* %arg1_cell, align 4
  %565 = zext i32 %564 to i64
  %566 = sub i64 %arena_size, 8
  %567 = icmp sgt i64 %565, %566
  br i1 %567, label %trap17.site0, label %ok109

trap11.site3:                                     ; preds = %then105
  %568 = load i64, i64* %lowStart, align 8
  %569 = getelementptr i64, i64* %regs, i64 6
  store i64 %568, i64* %569, align 8
  %570 = load i64, i64* %lowEnd, align 8
  %571 = getelementptr i64, i64* %regs, i64 7
  store i64 %570, i64* %571, align 8
  %572 = load i64, i64* %highEnd, align 8
  %573 = getelementptr i64, i64* %regs, i64 8
  store i64 %572, i64* %573, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead108:                                          ; No predecessors!
  br label %join107

ok109:                                            ; preds = %join107
  %574 = getelementptr i8, i8* %mem, i64 %565
  %575 = bitcast i64* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %575, i8* %574, i64 8, i1 false)
  %576 = load i64, i64* %unaligned110, align 8
  store i64 %576, i64* %arg.1, align 8
  %577 = load i32, i32* %args_unexpected, align 4
  %578 = icmp ne i32 %577, 0
  br i1 %578, label %then111, label %else112

then111:                                          ; preds = %ok109
  br label %trap10.site1

else112:                                          ; preds = %ok109
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %579 = getelementptr i64, i64* %regs, i64 1
  %580 = getelementptr i64, i64* %regs, i64 2
  %581 = load i64, i64* %579, align 8
  %582 = add i64 %581, 7
  %583 = and i64 %582, -8
  %584 = add i64 %583, 16
  %585 = load i64, i64* %580, align 8
  %586 = icmp ugt i64 %584, %585
  br i1 %586, label %trap15.site1, label %ok115

trap10.site1:                                     ; preds = %then111
  %587 = load i64, i64* %lowStart, align 8
  %588 = getelementptr i64, i64* %regs, i64 6
  store i64 %587, i64* %588, align 8
  %589 = load i64, i64* %lowEnd, align 8
  %590 = getelementptr i64, i64* %regs, i64 7
  store i64 %589, i64* %590, align 8
  %591 = load i64, i64* %highEnd, align 8
  %592 = getelementptr i64, i64* %regs, i64 8
  store i64 %591, i64* %592, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

ok115:                                            ; preds = %join113
  store i64 %584, i64* %579, align 8
  %593 = load i64, i64* %highEnd, align 8
  %594 = call i64 @llvm.umax.i64(i64 %593, i64 %584)
  store i64 %594, i64* %highEnd, align 8
  %595 = trunc i64 %583 to i32
  store i32 %595, i32* %args_out, align 4
  %596 = load i32, i32* %args_out, align 4
  %597 = load i32, i32* %arg, align 4
  %598 = zext i32 %596 to i64
  %599 = add i64 %598, 4
  %600 = icmp uge i64 %598, %scratch_start
  %601 = load i64, i64* %highEnd, align 8
  %602 = icmp ule i64 %599, %601
  %603 = and i1 %600, %602
  %604 = call i1 @llvm.expect.i1(i1 %603, i1 true)
  br i1 %604, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join113
  %605 = load i64, i64* %lowStart, align 8
  %606 = getelementptr i64, i64* %regs, i64 6
  store i64 %605, i64* %606, align 8
  %607 = load i64, i64* %lowEnd, align 8
  %608 = getelementptr i64, i64* %regs, i64 7
  store i64 %607, i64* %608, align 8
  %609 = load i64, i64* %highEnd, align 8
  %610 = getelementptr i64, i64* %regs, i64 8
  store i64 %609, i64* %610, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok115
  %611 = load i64, i64* %lowStart, align 8
  %612 = icmp uge i64 %598, %611
  %613 = load i64, i64* %lowEnd, align 8
  %614 = icmp ule i64 %599, %613
  %615 = and i1 %612, %614
  %616 = call i1 @llvm.expect.i1(i1 %615, i1 true)
  br i1 %616, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %617 = icmp ugt i64 %599, %arena_size
  br i1 %617, label %trap17.site0, label %ok116

write.ok:                                         ; preds = %ok116, %write.low, %ok115
  %618 = getelementptr i8, i8* %mem, i64 %598
  store i32 %597, i32* %unaligned117, align 4
  %619 = bitcast i32* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %618, i8* %619, i64 4, i1 false)
  %620 = load i32, i32* %args_out, align 4
  %621 = load i64, i64* %arg.1, align 8
  %622 = zext i32 %620 to i64
  %623 = add i64 %622, 8
  %624 = add i64 %623, 8
  %625 = icmp uge i64 %623, %scratch_start
  %626 = load i64, i64* %highEnd, align 8
  %627 = icmp ule i64 %624, %626
  %628 = and i1 %625, %627
  %629 = call i1 @llvm.expect.i1(i1 %628, i1 true)
  br i1 %629, label %write.ok120, label %write.low118

ok116:                                            ; preds = %write.slow
  %630 = icmp ult i64 %598, %scratch_start
  %631 = load i64, i64* %lowStart, align 8
  %632 = call i64 @llvm.umin.i64(i64 %631, i64 %598)
  %633 = load i64, i64* %lowEnd, align 8
  %634 = load i64, i64* %highEnd, align 8
  %635 = add i64 %599, 64
  %636 = sub i64 %599, %632
  %637 = lshr i64 %636, 4
  %638 = add i64 %635, %637
  %639 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %638)
  %640 = call i64 @llvm.umax.i64(i64 %633, i64 %639)
  %641 = select i1 %630, i64 %640, i64 %633
  store i64 %641, i64* %lowEnd, align 8
  %642 = add i64 %599, 64
  %643 = sub i64 %599, %scratch_start
  %644 = lshr i64 %643, 4
  %645 = add i64 %642, %644
  %646 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %645)
  %647 = call i64 @llvm.umax.i64(i64 %634, i64 %646)
  %648 = select i1 %630, i64 %634, i64 %647
  store i64 %648, i64* %highEnd, align 8
  store i64 %632, i64* %lowStart, align 8
  br label %write.ok

write.low118:                                     ; preds = %write.ok
  %649 = load i64, i64* %lowStart, align 8
  %650 = icmp uge i64 %623, %649
  %651 = load i64, i64* %lowEnd, align 8
  %652 = icmp ule i64 %624, %651
  %653 = and i1 %650, %652
  %654 = call i1 @llvm.expect.i1(i1 %653, i1 true)
  br i1 %654, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %655 = icmp ugt i64 %624, %arena_size
  br i1 %655, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok
  %656 = getelementptr i8, i8* %mem, i64 %623
  store i64 %621, i64* %unaligned122, align 8
  %657 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %656, i8* %657, i64 8, i1 false)
  %658 = load i32, i32* %args_out, align 4
  %659 = load i64, i64* %fuel, align 8
  %660 = getelementptr i64, i64* %regs, i64 0
  store i64 %659, i64* %660, align 8
  %661 = load i64, i64* %lowStart, align 8
  %662 = getelementptr i64, i64* %regs, i64 6
  store i64 %661, i64* %662, align 8
  %663 = load i64, i64* %lowEnd, align 8
  %664 = getelementptr i64, i64* %regs, i64 7
  store i64 %663, i64* %664, align 8
  %665 = load i64, i64* %highEnd, align 8
  %666 = getelementptr i64, i64* %regs, i64 8
  store i64 %665, i64* %666, align 8
  ret i32 %658

ok121:                                            ; preds = %write.slow119
  %667 = icmp ult i64 %623, %scratch_start
  %668 = load i64, i64* %lowStart, align 8
  %669 = call i64 @llvm.umin.i64(i64 %668, i64 %623)
  %670 = load i64, i64* %lowEnd, align 8
  %671 = load i64, i64* %highEnd, align 8
  %672 = add i64 %624, 64
  %673 = sub i64 %624, %669
  %674 = lshr i64 %673, 4
  %675 = add i64 %672, %674
  %676 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %675)
  %677 = call i64 @llvm.umax.i64(i64 %670, i64 %676)
  %678 = select i1 %667, i64 %677, i64 %670
  store i64 %678, i64* %lowEnd, align 8
  %679 = add i64 %624, 64
  %680 = sub i64 %624, %scratch_start
  %681 = lshr i64 %680, 4
  %682 = add i64 %679, %681
  %683 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %682)
  %684 = call i64 @llvm.umax.i64(i64 %671, i64 %683)
  %685 = select i1 %667, i64 %671, i64 %684
  store i64 %685, i64* %highEnd, align 8
  store i64 %669, i64* %lowStart, align 8
  br label %write.ok120
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
  %11 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %11, align 8
  %unaligned = alloca i32, align 4
  %unaligned4 = alloca i64, align 8
  %result5 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %unaligned16 = alloca i16, align 2
  %unaligned38 = alloca i32, align 4
  %unaligned44 = alloca i32, align 4
  %result45 = alloca i32, align 4
  %unaligned47 = alloca i32, align 4
  %unaligned71 = alloca i32, align 4
  %unaligned76 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %result83 = alloca i32, align 4
  %unaligned85 = alloca i32, align 4
  %unaligned103 = alloca i32, align 4
  %unaligned122 = alloca i32, align 4
  %unaligned131 = alloca i32, align 4
  %unaligned136 = alloca i16, align 2
  %unaligned158 = alloca i32, align 4
  %unaligned164 = alloca i32, align 4
  %unaligned171 = alloca i32, align 4
  %unaligned180 = alloca i32, align 4
  %result181 = alloca i32, align 4
  %unaligned192 = alloca i32, align 4
  %result193 = alloca i32, align 4
  %unaligned203 = alloca i32, align 4
  %unaligned208 = alloca i32, align 4
  %unaligned213 = alloca i32, align 4
  %unaligned218 = alloca i32, align 4
  %unaligned225 = alloca i32, align 4
  %unaligned232 = alloca i32, align 4
  %result233 = alloca i32, align 4
  %unaligned244 = alloca i32, align 4
  %result245 = alloca i32, align 4
  %unaligned273 = alloca i32, align 4
  %unaligned278 = alloca i32, align 4
  %unaligned280 = alloca i32, align 4
  %unaligned285 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %body
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

trap253.site0:                                    ; preds = %ok286, %ok250, %ok248, %ok246, %ok234, %ok226, %ok219, %ok182, %ok174, %ok172, %ok165, %ok119, %ok108, %ok61, %ok1
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
  store i32 %61, i32* %name, align 4
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 16
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow282, %write.ok276, %write.slow275, %write.slow270, %write.slow266, %write.slow262, %write.slow258, %write.slow241, %write.slow229, %write.slow222, %write.slow215, %write.slow210, %write.slow205, %write.slow200, %write.slow189, %write.slow177, %write.slow168, %write.slow161, %write.slow155, %write.slow151, %write.slow138, %write.slow133, %write.slow128, %stack_ok120, %write.slow105, %write.slow100, %write.ok80, %write.slow79, %write.slow73, %write.slow68, %write.ok42, %write.slow41, %write.slow35, %write.slow31, %write.slow18, %write.slow13, %write.slow, %ok6, %ok2, %stack_ok
  %66 = load i64, i64* %lowStart, align 8
  %67 = getelementptr i64, i64* %regs, i64 6
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %lowEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 7
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %highEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 8
  store i64 %70, i64* %71, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %72 = add i64 %63, 8
  %73 = getelementptr i8, i8* %mem, i64 %72
  %74 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %74, i8* %73, i64 8, i1 false)
  %75 = load i64, i64* %unaligned4, align 8
  store i64 %75, i64* %n, align 8
  %76 = getelementptr i64, i64* %regs, i64 1
  %77 = getelementptr i64, i64* %regs, i64 2
  %78 = load i64, i64* %76, align 8
  %79 = add i64 %78, 7
  %80 = and i64 %79, -8
  %81 = add i64 %80, 48
  %82 = load i64, i64* %77, align 8
  %83 = icmp ugt i64 %81, %82
  br i1 %83, label %trap15.site4, label %ok6

e0:                                               ; preds = %write.ok283
  %84 = load i32, i32* %result5, align 4
  store i32 %84, i32* %result, align 4
  %85 = load i32, i32* %result, align 4
  store i32 %85, i32* %result.1, align 4
  %86 = getelementptr i64, i64* %regs, i64 3
  %87 = load i64, i64* %86, align 8
  %88 = trunc i64 %87 to i32
  store i32 %88, i32* %json_start, align 4
  %89 = load i32, i32* %result.1, align 4
  %90 = load i32, i32* %json_start, align 4
  %91 = icmp uge i32 %depth, 1000
  br i1 %91, label %trap15.site0, label %ok286

ok6:                                              ; preds = %ok3
  store i64 %81, i64* %76, align 8
  %92 = load i64, i64* %highEnd, align 8
  %93 = call i64 @llvm.umax.i64(i64 %92, i64 %81)
  store i64 %93, i64* %highEnd, align 8
  %94 = trunc i64 %80 to i32
  store i32 %94, i32* %dict, align 4
  %95 = load i32, i32* %name, align 4
  store i32 %95, i32* %part, align 4
  %96 = getelementptr i64, i64* %regs, i64 1
  %97 = load i64, i64* %96, align 8
  %98 = trunc i64 %97 to i32
  %99 = add i32 %98, 3
  %100 = and i32 %99, -4
  store i32 %100, i32* %text, align 4
  %101 = load i32, i32* %text, align 4
  %102 = add i32 %101, 4
  store i32 %102, i32* %cur, align 4
  %103 = load i32, i32* %part, align 4
  store i32 %103, i32* %s, align 4
  %104 = load i32, i32* %s, align 4
  %105 = zext i32 %104 to i64
  %106 = sub i64 %arena_size, 4
  %107 = icmp sgt i64 %105, %106
  br i1 %107, label %trap17.site0, label %ok8

trap15.site4:                                     ; preds = %then292, %ok3
  %108 = load i64, i64* %lowStart, align 8
  %109 = getelementptr i64, i64* %regs, i64 6
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %lowEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 7
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %highEnd, align 8
  %113 = getelementptr i64, i64* %regs, i64 8
  store i64 %112, i64* %113, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

e1:                                               ; preds = %ok39
  %114 = load i32, i32* %result7, align 4
  store i32 %114, i32* %hello, align 4
  %115 = load i32, i32* %dict, align 4
  %116 = load i32, i32* %hello, align 4
  %117 = zext i32 %115 to i64
  %118 = add i64 %117, 4
  %119 = icmp uge i64 %117, %scratch_start
  %120 = load i64, i64* %highEnd, align 8
  %121 = icmp ule i64 %118, %120
  %122 = and i1 %119, %121
  %123 = call i1 @llvm.expect.i1(i1 %122, i1 true)
  br i1 %123, label %write.ok42, label %write.low40

ok8:                                              ; preds = %ok6
  %124 = getelementptr i8, i8* %mem, i64 %105
  %125 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %125, i8* %124, i64 4, i1 false)
  %126 = load i32, i32* %unaligned9, align 4
  store i32 %126, i32* %slen, align 4
  %127 = load i32, i32* %cur, align 4
  %128 = load i32, i32* %slen, align 4
  %129 = add i32 7, %128
  %130 = add i32 %127, %129
  %131 = getelementptr i64, i64* %regs, i64 2
  %132 = load i64, i64* %131, align 8
  %133 = trunc i64 %132 to i32
  %134 = icmp ugt i32 %130, %133
  %135 = zext i1 %134 to i32
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %then, label %else

then:                                             ; preds = %ok8
  br label %trap15.site5

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %137 = load i32, i32* %cur, align 4
  %138 = zext i32 %137 to i64
  %139 = add i64 %138, 4
  %140 = icmp uge i64 %138, %scratch_start
  %141 = load i64, i64* %highEnd, align 8
  %142 = icmp ule i64 %139, %141
  %143 = and i1 %140, %142
  %144 = call i1 @llvm.expect.i1(i1 %143, i1 true)
  br i1 %144, label %write.ok, label %write.low

trap15.site5:                                     ; preds = %write.ok36, %then26, %then
  %145 = load i64, i64* %lowStart, align 8
  %146 = getelementptr i64, i64* %regs, i64 6
  store i64 %145, i64* %146, align 8
  %147 = load i64, i64* %lowEnd, align 8
  %148 = getelementptr i64, i64* %regs, i64 7
  store i64 %147, i64* %148, align 8
  %149 = load i64, i64* %highEnd, align 8
  %150 = getelementptr i64, i64* %regs, i64 8
  store i64 %149, i64* %150, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

write.low:                                        ; preds = %join
  %151 = load i64, i64* %lowStart, align 8
  %152 = icmp uge i64 %138, %151
  %153 = load i64, i64* %lowEnd, align 8
  %154 = icmp ule i64 %139, %153
  %155 = and i1 %152, %154
  %156 = call i1 @llvm.expect.i1(i1 %155, i1 true)
  br i1 %156, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %157 = icmp ugt i64 %139, %arena_size
  br i1 %157, label %trap17.site0, label %ok10

write.ok:                                         ; preds = %ok10, %write.low, %join
  %158 = getelementptr i8, i8* %mem, i64 %138
  store i32 1819043144, i32* %unaligned11, align 4
  %159 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %158, i8* %159, i64 4, i1 false)
  %160 = load i32, i32* %cur, align 4
  %161 = zext i32 %160 to i64
  %162 = add i64 %161, 4
  %163 = add i64 %162, 2
  %164 = icmp uge i64 %162, %scratch_start
  %165 = load i64, i64* %highEnd, align 8
  %166 = icmp ule i64 %163, %165
  %167 = and i1 %164, %166
  %168 = call i1 @llvm.expect.i1(i1 %167, i1 true)
  br i1 %168, label %write.ok14, label %write.low12

ok10:                                             ; preds = %write.slow
  %169 = icmp ult i64 %138, %scratch_start
  %170 = load i64, i64* %lowStart, align 8
  %171 = call i64 @llvm.umin.i64(i64 %170, i64 %138)
  %172 = load i64, i64* %lowEnd, align 8
  %173 = load i64, i64* %highEnd, align 8
  %174 = add i64 %139, 64
  %175 = sub i64 %139, %171
  %176 = lshr i64 %175, 4
  %177 = add i64 %174, %176
  %178 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %177)
  %179 = call i64 @llvm.umax.i64(i64 %172, i64 %178)
  %180 = select i1 %169, i64 %179, i64 %172
  store i64 %180, i64* %lowEnd, align 8
  %181 = add i64 %139, 64
  %182 = sub i64 %139, %scratch_start
  %183 = lshr i64 %182, 4
  %184 = add i64 %181, %183
  %185 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %184)
  %186 = call i64 @llvm.umax.i64(i64 %173, i64 %185)
  %187 = select i1 %169, i64 %173, i64 %186
  store i64 %187, i64* %highEnd, align 8
  store i64 %171, i64* %lowStart, align 8
  br label %write.ok

write.low12:                                      ; preds = %write.ok
  %188 = load i64, i64* %lowStart, align 8
  %189 = icmp uge i64 %162, %188
  %190 = load i64, i64* %lowEnd, align 8
  %191 = icmp ule i64 %163, %190
  %192 = and i1 %189, %191
  %193 = call i1 @llvm.expect.i1(i1 %192, i1 true)
  br i1 %193, label %write.ok14, label %write.slow13

write.slow13:                                     ; preds = %write.low12
  %194 = icmp ugt i64 %163, %arena_size
  br i1 %194, label %trap17.site0, label %ok15

write.ok14:                                       ; preds = %ok15, %write.low12, %write.ok
  %195 = getelementptr i8, i8* %mem, i64 %162
  store i16 11375, i16* %unaligned16, align 2
  %196 = bitcast i16* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %195, i8* %196, i64 2, i1 false)
  %197 = load i32, i32* %cur, align 4
  %198 = zext i32 %197 to i64
  %199 = add i64 %198, 6
  %200 = add i64 %199, 1
  %201 = icmp uge i64 %199, %scratch_start
  %202 = load i64, i64* %highEnd, align 8
  %203 = icmp ule i64 %200, %202
  %204 = and i1 %201, %203
  %205 = call i1 @llvm.expect.i1(i1 %204, i1 true)
  br i1 %205, label %write.ok19, label %write.low17

ok15:                                             ; preds = %write.slow13
  %206 = icmp ult i64 %162, %scratch_start
  %207 = load i64, i64* %lowStart, align 8
  %208 = call i64 @llvm.umin.i64(i64 %207, i64 %162)
  %209 = load i64, i64* %lowEnd, align 8
  %210 = load i64, i64* %highEnd, align 8
  %211 = add i64 %163, 64
  %212 = sub i64 %163, %208
  %213 = lshr i64 %212, 4
  %214 = add i64 %211, %213
  %215 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %214)
  %216 = call i64 @llvm.umax.i64(i64 %209, i64 %215)
  %217 = select i1 %206, i64 %216, i64 %209
  store i64 %217, i64* %lowEnd, align 8
  %218 = add i64 %163, 64
  %219 = sub i64 %163, %scratch_start
  %220 = lshr i64 %219, 4
  %221 = add i64 %218, %220
  %222 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %221)
  %223 = call i64 @llvm.umax.i64(i64 %210, i64 %222)
  %224 = select i1 %206, i64 %210, i64 %223
  store i64 %224, i64* %highEnd, align 8
  store i64 %208, i64* %lowStart, align 8
  br label %write.ok14

write.low17:                                      ; preds = %write.ok14
  %225 = load i64, i64* %lowStart, align 8
  %226 = icmp uge i64 %199, %225
  %227 = load i64, i64* %lowEnd, align 8
  %228 = icmp ule i64 %200, %227
  %229 = and i1 %226, %228
  %230 = call i1 @llvm.expect.i1(i1 %229, i1 true)
  br i1 %230, label %write.ok19, label %write.slow18

write.slow18:                                     ; preds = %write.low17
  %231 = icmp ugt i64 %200, %arena_size
  br i1 %231, label %trap17.site0, label %ok20

write.ok19:                                       ; preds = %ok20, %write.low17, %write.ok14
  %232 = getelementptr i8, i8* %mem, i64 %199
  store i8 32, i8* %232, align 1
  %233 = load i32, i32* %cur, align 4
  %234 = add i32 %233, 7
  store i32 %234, i32* %cur, align 4
  %235 = load i32, i32* %cur, align 4
  %236 = load i32, i32* %s, align 4
  %237 = add i32 %236, 4
  %238 = load i32, i32* %slen, align 4
  %239 = zext i32 %238 to i64
  %240 = zext i32 %237 to i64
  %241 = add i64 %240, %239
  %242 = icmp ugt i64 %241, %arena_size
  br i1 %242, label %trap17.site5, label %ok21

ok20:                                             ; preds = %write.slow18
  %243 = icmp ult i64 %199, %scratch_start
  %244 = load i64, i64* %lowStart, align 8
  %245 = call i64 @llvm.umin.i64(i64 %244, i64 %199)
  %246 = load i64, i64* %lowEnd, align 8
  %247 = load i64, i64* %highEnd, align 8
  %248 = add i64 %200, 64
  %249 = sub i64 %200, %245
  %250 = lshr i64 %249, 4
  %251 = add i64 %248, %250
  %252 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %251)
  %253 = call i64 @llvm.umax.i64(i64 %246, i64 %252)
  %254 = select i1 %243, i64 %253, i64 %246
  store i64 %254, i64* %lowEnd, align 8
  %255 = add i64 %200, 64
  %256 = sub i64 %200, %scratch_start
  %257 = lshr i64 %256, 4
  %258 = add i64 %255, %257
  %259 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %258)
  %260 = call i64 @llvm.umax.i64(i64 %247, i64 %259)
  %261 = select i1 %243, i64 %247, i64 %260
  store i64 %261, i64* %highEnd, align 8
  store i64 %245, i64* %lowStart, align 8
  br label %write.ok19

ok21:                                             ; preds = %write.ok19
  %262 = zext i32 %235 to i64
  %263 = add i64 %262, %239
  %264 = icmp uge i64 %262, %scratch_start
  %265 = load i64, i64* %highEnd, align 8
  %266 = icmp ule i64 %263, %265
  %267 = and i1 %264, %266
  %268 = call i1 @llvm.expect.i1(i1 %267, i1 true)
  br i1 %268, label %write.ok24, label %write.low22

trap17.site5:                                     ; preds = %write.slow23, %write.ok19
  %269 = load i64, i64* %lowStart, align 8
  %270 = getelementptr i64, i64* %regs, i64 6
  store i64 %269, i64* %270, align 8
  %271 = load i64, i64* %lowEnd, align 8
  %272 = getelementptr i64, i64* %regs, i64 7
  store i64 %271, i64* %272, align 8
  %273 = load i64, i64* %highEnd, align 8
  %274 = getelementptr i64, i64* %regs, i64 8
  store i64 %273, i64* %274, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

write.low22:                                      ; preds = %ok21
  %275 = load i64, i64* %lowStart, align 8
  %276 = icmp uge i64 %262, %275
  %277 = load i64, i64* %lowEnd, align 8
  %278 = icmp ule i64 %263, %277
  %279 = and i1 %276, %278
  %280 = call i1 @llvm.expect.i1(i1 %279, i1 true)
  br i1 %280, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %281 = icmp ugt i64 %263, %arena_size
  br i1 %281, label %trap17.site5, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok21
  %282 = getelementptr i8, i8* %mem, i64 %262
  %283 = getelementptr i8, i8* %mem, i64 %240
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %282, i8* %283, i64 %239, i1 false)
  %284 = load i32, i32* %cur, align 4
  %285 = load i32, i32* %slen, align 4
  %286 = add i32 %284, %285
  store i32 %286, i32* %cur, align 4
  %287 = load i32, i32* %cur, align 4
  %288 = add i32 %287, 1
  %289 = getelementptr i64, i64* %regs, i64 2
  %290 = load i64, i64* %289, align 8
  %291 = trunc i64 %290 to i32
  %292 = icmp ugt i32 %288, %291
  %293 = zext i1 %292 to i32
  %294 = icmp ne i32 %293, 0
  br i1 %294, label %then26, label %else27

ok25:                                             ; preds = %write.slow23
  %295 = icmp ult i64 %262, %scratch_start
  %296 = load i64, i64* %lowStart, align 8
  %297 = call i64 @llvm.umin.i64(i64 %296, i64 %262)
  %298 = load i64, i64* %lowEnd, align 8
  %299 = load i64, i64* %highEnd, align 8
  %300 = add i64 %263, 64
  %301 = sub i64 %263, %297
  %302 = lshr i64 %301, 4
  %303 = add i64 %300, %302
  %304 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %303)
  %305 = call i64 @llvm.umax.i64(i64 %298, i64 %304)
  %306 = select i1 %295, i64 %305, i64 %298
  store i64 %306, i64* %lowEnd, align 8
  %307 = add i64 %263, 64
  %308 = sub i64 %263, %scratch_start
  %309 = lshr i64 %308, 4
  %310 = add i64 %307, %309
  %311 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %310)
  %312 = call i64 @llvm.umax.i64(i64 %299, i64 %311)
  %313 = select i1 %295, i64 %299, i64 %312
  store i64 %313, i64* %highEnd, align 8
  store i64 %297, i64* %lowStart, align 8
  br label %write.ok24

then26:                                           ; preds = %write.ok24
  br label %trap15.site5

else27:                                           ; preds = %write.ok24
  br label %join28

join28:                                           ; preds = %else27, %dead29
  %314 = load i32, i32* %cur, align 4
  %315 = zext i32 %314 to i64
  %316 = add i64 %315, 1
  %317 = icmp uge i64 %315, %scratch_start
  %318 = load i64, i64* %highEnd, align 8
  %319 = icmp ule i64 %316, %318
  %320 = and i1 %317, %319
  %321 = call i1 @llvm.expect.i1(i1 %320, i1 true)
  br i1 %321, label %write.ok32, label %write.low30

dead29:                                           ; No predecessors!
  br label %join28

write.low30:                                      ; preds = %join28
  %322 = load i64, i64* %lowStart, align 8
  %323 = icmp uge i64 %315, %322
  %324 = load i64, i64* %lowEnd, align 8
  %325 = icmp ule i64 %316, %324
  %326 = and i1 %323, %325
  %327 = call i1 @llvm.expect.i1(i1 %326, i1 true)
  br i1 %327, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %328 = icmp ugt i64 %316, %arena_size
  br i1 %328, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %join28
  %329 = getelementptr i8, i8* %mem, i64 %315
  store i8 33, i8* %329, align 1
  %330 = load i32, i32* %cur, align 4
  %331 = add i32 %330, 1
  store i32 %331, i32* %cur, align 4
  %332 = load i32, i32* %cur, align 4
  %333 = load i32, i32* %text, align 4
  %334 = sub i32 %332, %333
  %335 = sub i32 %334, 4
  store i32 %335, i32* %len, align 4
  %336 = load i32, i32* %text, align 4
  %337 = load i32, i32* %len, align 4
  %338 = zext i32 %336 to i64
  %339 = add i64 %338, 4
  %340 = icmp uge i64 %338, %scratch_start
  %341 = load i64, i64* %highEnd, align 8
  %342 = icmp ule i64 %339, %341
  %343 = and i1 %340, %342
  %344 = call i1 @llvm.expect.i1(i1 %343, i1 true)
  br i1 %344, label %write.ok36, label %write.low34

ok33:                                             ; preds = %write.slow31
  %345 = icmp ult i64 %315, %scratch_start
  %346 = load i64, i64* %lowStart, align 8
  %347 = call i64 @llvm.umin.i64(i64 %346, i64 %315)
  %348 = load i64, i64* %lowEnd, align 8
  %349 = load i64, i64* %highEnd, align 8
  %350 = add i64 %316, 64
  %351 = sub i64 %316, %347
  %352 = lshr i64 %351, 4
  %353 = add i64 %350, %352
  %354 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %353)
  %355 = call i64 @llvm.umax.i64(i64 %348, i64 %354)
  %356 = select i1 %345, i64 %355, i64 %348
  store i64 %356, i64* %lowEnd, align 8
  %357 = add i64 %316, 64
  %358 = sub i64 %316, %scratch_start
  %359 = lshr i64 %358, 4
  %360 = add i64 %357, %359
  %361 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %360)
  %362 = call i64 @llvm.umax.i64(i64 %349, i64 %361)
  %363 = select i1 %345, i64 %349, i64 %362
  store i64 %363, i64* %highEnd, align 8
  store i64 %347, i64* %lowStart, align 8
  br label %write.ok32

write.low34:                                      ; preds = %write.ok32
  %364 = load i64, i64* %lowStart, align 8
  %365 = icmp uge i64 %338, %364
  %366 = load i64, i64* %lowEnd, align 8
  %367 = icmp ule i64 %339, %366
  %368 = and i1 %365, %367
  %369 = call i1 @llvm.expect.i1(i1 %368, i1 true)
  br i1 %369, label %write.ok36, label %write.slow35

write.slow35:                                     ; preds = %write.low34
  %370 = icmp ugt i64 %339, %arena_size
  br i1 %370, label %trap17.site0, label %ok37

write.ok36:                                       ; preds = %ok37, %write.low34, %write.ok32
  %371 = getelementptr i8, i8* %mem, i64 %338
  store i32 %337, i32* %unaligned38, align 4
  %372 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %371, i8* %372, i64 4, i1 false)
  %373 = load i32, i32* %len, align 4
  %374 = add i32 %373, 4
  %375 = zext i32 %374 to i64
  %376 = getelementptr i64, i64* %regs, i64 1
  %377 = getelementptr i64, i64* %regs, i64 2
  %378 = load i64, i64* %376, align 8
  %379 = add i64 %378, 3
  %380 = and i64 %379, -4
  %381 = add i64 %380, %375
  %382 = load i64, i64* %377, align 8
  %383 = icmp ugt i64 %381, %382
  br i1 %383, label %trap15.site5, label %ok39

ok37:                                             ; preds = %write.slow35
  %384 = icmp ult i64 %338, %scratch_start
  %385 = load i64, i64* %lowStart, align 8
  %386 = call i64 @llvm.umin.i64(i64 %385, i64 %338)
  %387 = load i64, i64* %lowEnd, align 8
  %388 = load i64, i64* %highEnd, align 8
  %389 = add i64 %339, 64
  %390 = sub i64 %339, %386
  %391 = lshr i64 %390, 4
  %392 = add i64 %389, %391
  %393 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %392)
  %394 = call i64 @llvm.umax.i64(i64 %387, i64 %393)
  %395 = select i1 %384, i64 %394, i64 %387
  store i64 %395, i64* %lowEnd, align 8
  %396 = add i64 %339, 64
  %397 = sub i64 %339, %scratch_start
  %398 = lshr i64 %397, 4
  %399 = add i64 %396, %398
  %400 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %399)
  %401 = call i64 @llvm.umax.i64(i64 %388, i64 %400)
  %402 = select i1 %384, i64 %388, i64 %401
  store i64 %402, i64* %highEnd, align 8
  store i64 %386, i64* %lowStart, align 8
  br label %write.ok36

ok39:                                             ; preds = %write.ok36
  store i64 %381, i64* %376, align 8
  %403 = load i64, i64* %highEnd, align 8
  %404 = call i64 @llvm.umax.i64(i64 %403, i64 %381)
  store i64 %404, i64* %highEnd, align 8
  %405 = trunc i64 %380 to i32
  store i32 %405, i32* %result7, align 4
  br label %e1

write.low40:                                      ; preds = %e1
  %406 = load i64, i64* %lowStart, align 8
  %407 = icmp uge i64 %117, %406
  %408 = load i64, i64* %lowEnd, align 8
  %409 = icmp ule i64 %118, %408
  %410 = and i1 %407, %409
  %411 = call i1 @llvm.expect.i1(i1 %410, i1 true)
  br i1 %411, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %412 = icmp ugt i64 %118, %arena_size
  br i1 %412, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %e1
  %413 = getelementptr i8, i8* %mem, i64 %117
  store i32 %116, i32* %unaligned44, align 4
  %414 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %413, i8* %414, i64 4, i1 false)
  %415 = load i32, i32* %name, align 4
  store i32 %415, i32* %part.1, align 4
  %416 = load i64, i64* %n, align 8
  store i64 %416, i64* %part.2, align 8
  %417 = getelementptr i64, i64* %regs, i64 1
  %418 = load i64, i64* %417, align 8
  %419 = trunc i64 %418 to i32
  %420 = add i32 %419, 3
  %421 = and i32 %420, -4
  store i32 %421, i32* %text.1, align 4
  %422 = load i32, i32* %text.1, align 4
  %423 = add i32 %422, 4
  store i32 %423, i32* %cur.1, align 4
  %424 = load i32, i32* %part.1, align 4
  store i32 %424, i32* %s.1, align 4
  %425 = load i32, i32* %s.1, align 4
  %426 = zext i32 %425 to i64
  %427 = sub i64 %arena_size, 4
  %428 = icmp sgt i64 %426, %427
  br i1 %428, label %trap17.site0, label %ok46

ok43:                                             ; preds = %write.slow41
  %429 = icmp ult i64 %117, %scratch_start
  %430 = load i64, i64* %lowStart, align 8
  %431 = call i64 @llvm.umin.i64(i64 %430, i64 %117)
  %432 = load i64, i64* %lowEnd, align 8
  %433 = load i64, i64* %highEnd, align 8
  %434 = add i64 %118, 64
  %435 = sub i64 %118, %431
  %436 = lshr i64 %435, 4
  %437 = add i64 %434, %436
  %438 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %437)
  %439 = call i64 @llvm.umax.i64(i64 %432, i64 %438)
  %440 = select i1 %429, i64 %439, i64 %432
  store i64 %440, i64* %lowEnd, align 8
  %441 = add i64 %118, 64
  %442 = sub i64 %118, %scratch_start
  %443 = lshr i64 %442, 4
  %444 = add i64 %441, %443
  %445 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %444)
  %446 = call i64 @llvm.umax.i64(i64 %433, i64 %445)
  %447 = select i1 %429, i64 %433, i64 %446
  store i64 %447, i64* %highEnd, align 8
  store i64 %431, i64* %lowStart, align 8
  br label %write.ok42

e3:                                               ; preds = %ok77
  %448 = load i32, i32* %result45, align 4
  store i32 %448, i32* %counted, align 4
  %449 = load i32, i32* %dict, align 4
  %450 = load i32, i32* %counted, align 4
  %451 = zext i32 %449 to i64
  %452 = add i64 %451, 4
  %453 = add i64 %452, 4
  %454 = icmp uge i64 %452, %scratch_start
  %455 = load i64, i64* %highEnd, align 8
  %456 = icmp ule i64 %453, %455
  %457 = and i1 %454, %456
  %458 = call i1 @llvm.expect.i1(i1 %457, i1 true)
  br i1 %458, label %write.ok80, label %write.low78

ok46:                                             ; preds = %write.ok42
  %459 = getelementptr i8, i8* %mem, i64 %426
  %460 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %460, i8* %459, i64 4, i1 false)
  %461 = load i32, i32* %unaligned47, align 4
  store i32 %461, i32* %slen.1, align 4
  %462 = load i32, i32* %cur.1, align 4
  %463 = load i32, i32* %slen.1, align 4
  %464 = add i32 %462, %463
  %465 = getelementptr i64, i64* %regs, i64 2
  %466 = load i64, i64* %465, align 8
  %467 = trunc i64 %466 to i32
  %468 = icmp ugt i32 %464, %467
  %469 = zext i1 %468 to i32
  %470 = icmp ne i32 %469, 0
  br i1 %470, label %then48, label %else49

then48:                                           ; preds = %ok46
  br label %trap15.site6

else49:                                           ; preds = %ok46
  br label %join50

join50:                                           ; preds = %else49, %dead51
  %471 = load i32, i32* %cur.1, align 4
  %472 = load i32, i32* %s.1, align 4
  %473 = add i32 %472, 4
  %474 = load i32, i32* %slen.1, align 4
  %475 = zext i32 %474 to i64
  %476 = zext i32 %473 to i64
  %477 = add i64 %476, %475
  %478 = icmp ugt i64 %477, %arena_size
  br i1 %478, label %trap17.site6, label %ok52

trap15.site6:                                     ; preds = %write.ok74, %then63, %join59, %then57, %then48
  %479 = load i64, i64* %lowStart, align 8
  %480 = getelementptr i64, i64* %regs, i64 6
  store i64 %479, i64* %480, align 8
  %481 = load i64, i64* %lowEnd, align 8
  %482 = getelementptr i64, i64* %regs, i64 7
  store i64 %481, i64* %482, align 8
  %483 = load i64, i64* %highEnd, align 8
  %484 = getelementptr i64, i64* %regs, i64 8
  store i64 %483, i64* %484, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

dead51:                                           ; No predecessors!
  br label %join50

ok52:                                             ; preds = %join50
  %485 = zext i32 %471 to i64
  %486 = add i64 %485, %475
  %487 = icmp uge i64 %485, %scratch_start
  %488 = load i64, i64* %highEnd, align 8
  %489 = icmp ule i64 %486, %488
  %490 = and i1 %487, %489
  %491 = call i1 @llvm.expect.i1(i1 %490, i1 true)
  br i1 %491, label %write.ok55, label %write.low53

trap17.site6:                                     ; preds = %write.slow54, %join50
  %492 = load i64, i64* %lowStart, align 8
  %493 = getelementptr i64, i64* %regs, i64 6
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %lowEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 7
  store i64 %494, i64* %495, align 8
  %496 = load i64, i64* %highEnd, align 8
  %497 = getelementptr i64, i64* %regs, i64 8
  store i64 %496, i64* %497, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 6)
  unreachable

write.low53:                                      ; preds = %ok52
  %498 = load i64, i64* %lowStart, align 8
  %499 = icmp uge i64 %485, %498
  %500 = load i64, i64* %lowEnd, align 8
  %501 = icmp ule i64 %486, %500
  %502 = and i1 %499, %501
  %503 = call i1 @llvm.expect.i1(i1 %502, i1 true)
  br i1 %503, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %504 = icmp ugt i64 %486, %arena_size
  br i1 %504, label %trap17.site6, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %505 = getelementptr i8, i8* %mem, i64 %485
  %506 = getelementptr i8, i8* %mem, i64 %476
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %505, i8* %506, i64 %475, i1 false)
  %507 = load i32, i32* %cur.1, align 4
  %508 = load i32, i32* %slen.1, align 4
  %509 = add i32 %507, %508
  store i32 %509, i32* %cur.1, align 4
  %510 = load i32, i32* %cur.1, align 4
  %511 = add i32 %510, 20
  %512 = getelementptr i64, i64* %regs, i64 2
  %513 = load i64, i64* %512, align 8
  %514 = trunc i64 %513 to i32
  %515 = icmp ugt i32 %511, %514
  %516 = zext i1 %515 to i32
  %517 = icmp ne i32 %516, 0
  br i1 %517, label %then57, label %else58

ok56:                                             ; preds = %write.slow54
  %518 = icmp ult i64 %485, %scratch_start
  %519 = load i64, i64* %lowStart, align 8
  %520 = call i64 @llvm.umin.i64(i64 %519, i64 %485)
  %521 = load i64, i64* %lowEnd, align 8
  %522 = load i64, i64* %highEnd, align 8
  %523 = add i64 %486, 64
  %524 = sub i64 %486, %520
  %525 = lshr i64 %524, 4
  %526 = add i64 %523, %525
  %527 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %526)
  %528 = call i64 @llvm.umax.i64(i64 %521, i64 %527)
  %529 = select i1 %518, i64 %528, i64 %521
  store i64 %529, i64* %lowEnd, align 8
  %530 = add i64 %486, 64
  %531 = sub i64 %486, %scratch_start
  %532 = lshr i64 %531, 4
  %533 = add i64 %530, %532
  %534 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %533)
  %535 = call i64 @llvm.umax.i64(i64 %522, i64 %534)
  %536 = select i1 %518, i64 %522, i64 %535
  store i64 %536, i64* %highEnd, align 8
  store i64 %520, i64* %lowStart, align 8
  br label %write.ok55

then57:                                           ; preds = %write.ok55
  br label %trap15.site6

else58:                                           ; preds = %write.ok55
  br label %join59

join59:                                           ; preds = %else58, %dead60
  %537 = load i32, i32* %cur.1, align 4
  %538 = load i64, i64* %part.2, align 8
  %539 = load i32, i32* %cur.1, align 4
  %540 = icmp uge i32 %depth, 1000
  br i1 %540, label %trap15.site6, label %ok61

dead60:                                           ; No predecessors!
  br label %join59

ok61:                                             ; preds = %join59
  %541 = icmp ult i64 %10, %stack_limit
  br i1 %541, label %trap253.site0, label %stack_ok62

stack_ok62:                                       ; preds = %ok61
  %542 = load i64, i64* %fuel, align 8
  %543 = getelementptr i64, i64* %regs, i64 0
  store i64 %542, i64* %543, align 8
  %544 = load i64, i64* %lowStart, align 8
  %545 = getelementptr i64, i64* %regs, i64 6
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %lowEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 7
  store i64 %546, i64* %547, align 8
  %548 = load i64, i64* %highEnd, align 8
  %549 = getelementptr i64, i64* %regs, i64 8
  store i64 %548, i64* %549, align 8
  %550 = add i32 %depth, 1
  %551 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %550, i64 %538, i32 %539)
  %552 = getelementptr i64, i64* %regs, i64 0
  %553 = load i64, i64* %552, align 8
  store i64 %553, i64* %fuel, align 8
  %554 = getelementptr i64, i64* %regs, i64 6
  %555 = load i64, i64* %554, align 8
  store i64 %555, i64* %lowStart, align 8
  %556 = getelementptr i64, i64* %regs, i64 7
  %557 = load i64, i64* %556, align 8
  store i64 %557, i64* %lowEnd, align 8
  %558 = getelementptr i64, i64* %regs, i64 8
  %559 = load i64, i64* %558, align 8
  store i64 %559, i64* %highEnd, align 8
  %560 = add i32 %537, %551
  store i32 %560, i32* %cur.1, align 4
  %561 = load i32, i32* %cur.1, align 4
  %562 = add i32 %561, 4
  %563 = getelementptr i64, i64* %regs, i64 2
  %564 = load i64, i64* %563, align 8
  %565 = trunc i64 %564 to i32
  %566 = icmp ugt i32 %562, %565
  %567 = zext i1 %566 to i32
  %568 = icmp ne i32 %567, 0
  br i1 %568, label %then63, label %else64

then63:                                           ; preds = %stack_ok62
  br label %trap15.site6

else64:                                           ; preds = %stack_ok62
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %569 = load i32, i32* %cur.1, align 4
  %570 = zext i32 %569 to i64
  %571 = add i64 %570, 4
  %572 = icmp uge i64 %570, %scratch_start
  %573 = load i64, i64* %highEnd, align 8
  %574 = icmp ule i64 %571, %573
  %575 = and i1 %572, %574
  %576 = call i1 @llvm.expect.i1(i1 %575, i1 true)
  br i1 %576, label %write.ok69, label %write.low67

dead66:                                           ; No predecessors!
  br label %join65

write.low67:                                      ; preds = %join65
  %577 = load i64, i64* %lowStart, align 8
  %578 = icmp uge i64 %570, %577
  %579 = load i64, i64* %lowEnd, align 8
  %580 = icmp ule i64 %571, %579
  %581 = and i1 %578, %580
  %582 = call i1 @llvm.expect.i1(i1 %581, i1 true)
  br i1 %582, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %583 = icmp ugt i64 %571, %arena_size
  br i1 %583, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %join65
  %584 = getelementptr i8, i8* %mem, i64 %570
  store i32 1702195828, i32* %unaligned71, align 4
  %585 = bitcast i32* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %584, i8* %585, i64 4, i1 false)
  %586 = load i32, i32* %cur.1, align 4
  %587 = add i32 %586, 4
  store i32 %587, i32* %cur.1, align 4
  %588 = load i32, i32* %cur.1, align 4
  %589 = load i32, i32* %text.1, align 4
  %590 = sub i32 %588, %589
  %591 = sub i32 %590, 4
  store i32 %591, i32* %len.1, align 4
  %592 = load i32, i32* %text.1, align 4
  %593 = load i32, i32* %len.1, align 4
  %594 = zext i32 %592 to i64
  %595 = add i64 %594, 4
  %596 = icmp uge i64 %594, %scratch_start
  %597 = load i64, i64* %highEnd, align 8
  %598 = icmp ule i64 %595, %597
  %599 = and i1 %596, %598
  %600 = call i1 @llvm.expect.i1(i1 %599, i1 true)
  br i1 %600, label %write.ok74, label %write.low72

ok70:                                             ; preds = %write.slow68
  %601 = icmp ult i64 %570, %scratch_start
  %602 = load i64, i64* %lowStart, align 8
  %603 = call i64 @llvm.umin.i64(i64 %602, i64 %570)
  %604 = load i64, i64* %lowEnd, align 8
  %605 = load i64, i64* %highEnd, align 8
  %606 = add i64 %571, 64
  %607 = sub i64 %571, %603
  %608 = lshr i64 %607, 4
  %609 = add i64 %606, %608
  %610 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %609)
  %611 = call i64 @llvm.umax.i64(i64 %604, i64 %610)
  %612 = select i1 %601, i64 %611, i64 %604
  store i64 %612, i64* %lowEnd, align 8
  %613 = add i64 %571, 64
  %614 = sub i64 %571, %scratch_start
  %615 = lshr i64 %614, 4
  %616 = add i64 %613, %615
  %617 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %616)
  %618 = call i64 @llvm.umax.i64(i64 %605, i64 %617)
  %619 = select i1 %601, i64 %605, i64 %618
  store i64 %619, i64* %highEnd, align 8
  store i64 %603, i64* %lowStart, align 8
  br label %write.ok69

write.low72:                                      ; preds = %write.ok69
  %620 = load i64, i64* %lowStart, align 8
  %621 = icmp uge i64 %594, %620
  %622 = load i64, i64* %lowEnd, align 8
  %623 = icmp ule i64 %595, %622
  %624 = and i1 %621, %623
  %625 = call i1 @llvm.expect.i1(i1 %624, i1 true)
  br i1 %625, label %write.ok74, label %write.slow73

write.slow73:                                     ; preds = %write.low72
  %626 = icmp ugt i64 %595, %arena_size
  br i1 %626, label %trap17.site0, label %ok75

write.ok74:                                       ; preds = %ok75, %write.low72, %write.ok69
  %627 = getelementptr i8, i8* %mem, i64 %594
  store i32 %593, i32* %unaligned76, align 4
  %628 = bitcast i32* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %627, i8* %628, i64 4, i1 false)
  %629 = load i32, i32* %len.1, align 4
  %630 = add i32 %629, 4
  %631 = zext i32 %630 to i64
  %632 = getelementptr i64, i64* %regs, i64 1
  %633 = getelementptr i64, i64* %regs, i64 2
  %634 = load i64, i64* %632, align 8
  %635 = add i64 %634, 3
  %636 = and i64 %635, -4
  %637 = add i64 %636, %631
  %638 = load i64, i64* %633, align 8
  %639 = icmp ugt i64 %637, %638
  br i1 %639, label %trap15.site6, label %ok77

ok75:                                             ; preds = %write.slow73
  %640 = icmp ult i64 %594, %scratch_start
  %641 = load i64, i64* %lowStart, align 8
  %642 = call i64 @llvm.umin.i64(i64 %641, i64 %594)
  %643 = load i64, i64* %lowEnd, align 8
  %644 = load i64, i64* %highEnd, align 8
  %645 = add i64 %595, 64
  %646 = sub i64 %595, %642
  %647 = lshr i64 %646, 4
  %648 = add i64 %645, %647
  %649 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %648)
  %650 = call i64 @llvm.umax.i64(i64 %643, i64 %649)
  %651 = select i1 %640, i64 %650, i64 %643
  store i64 %651, i64* %lowEnd, align 8
  %652 = add i64 %595, 64
  %653 = sub i64 %595, %scratch_start
  %654 = lshr i64 %653, 4
  %655 = add i64 %652, %654
  %656 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %655)
  %657 = call i64 @llvm.umax.i64(i64 %644, i64 %656)
  %658 = select i1 %640, i64 %644, i64 %657
  store i64 %658, i64* %highEnd, align 8
  store i64 %642, i64* %lowStart, align 8
  br label %write.ok74

ok77:                                             ; preds = %write.ok74
  store i64 %637, i64* %632, align 8
  %659 = load i64, i64* %highEnd, align 8
  %660 = call i64 @llvm.umax.i64(i64 %659, i64 %637)
  store i64 %660, i64* %highEnd, align 8
  %661 = trunc i64 %636 to i32
  store i32 %661, i32* %result45, align 4
  br label %e3

write.low78:                                      ; preds = %e3
  %662 = load i64, i64* %lowStart, align 8
  %663 = icmp uge i64 %452, %662
  %664 = load i64, i64* %lowEnd, align 8
  %665 = icmp ule i64 %453, %664
  %666 = and i1 %663, %665
  %667 = call i1 @llvm.expect.i1(i1 %666, i1 true)
  br i1 %667, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %668 = icmp ugt i64 %453, %arena_size
  br i1 %668, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e3
  %669 = getelementptr i8, i8* %mem, i64 %452
  store i32 %450, i32* %unaligned82, align 4
  %670 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %669, i8* %670, i64 4, i1 false)
  %671 = load i32, i32* %name, align 4
  store i32 %671, i32* %part.3, align 4
  %672 = load i64, i64* %n, align 8
  store i64 %672, i64* %part.4, align 8
  %673 = load i64, i64* %n, align 8
  %674 = sitofp i64 %673 to double
  %675 = fmul double %674, 1.500000e+00
  store double %675, double* %part.5, align 8
  %676 = load i64, i64* %n, align 8
  %677 = icmp sgt i64 %676, 2
  %678 = zext i1 %677 to i32
  store i32 %678, i32* %part.6, align 4
  %679 = getelementptr i64, i64* %regs, i64 1
  %680 = load i64, i64* %679, align 8
  %681 = trunc i64 %680 to i32
  %682 = add i32 %681, 3
  %683 = and i32 %682, -4
  store i32 %683, i32* %text.2, align 4
  %684 = load i32, i32* %text.2, align 4
  %685 = add i32 %684, 4
  store i32 %685, i32* %cur.2, align 4
  %686 = load i32, i32* %part.3, align 4
  store i32 %686, i32* %s.2, align 4
  %687 = load i32, i32* %s.2, align 4
  %688 = zext i32 %687 to i64
  %689 = sub i64 %arena_size, 4
  %690 = icmp sgt i64 %688, %689
  br i1 %690, label %trap17.site0, label %ok84

ok81:                                             ; preds = %write.slow79
  %691 = icmp ult i64 %452, %scratch_start
  %692 = load i64, i64* %lowStart, align 8
  %693 = call i64 @llvm.umin.i64(i64 %692, i64 %452)
  %694 = load i64, i64* %lowEnd, align 8
  %695 = load i64, i64* %highEnd, align 8
  %696 = add i64 %453, 64
  %697 = sub i64 %453, %693
  %698 = lshr i64 %697, 4
  %699 = add i64 %696, %698
  %700 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %699)
  %701 = call i64 @llvm.umax.i64(i64 %694, i64 %700)
  %702 = select i1 %691, i64 %701, i64 %694
  store i64 %702, i64* %lowEnd, align 8
  %703 = add i64 %453, 64
  %704 = sub i64 %453, %scratch_start
  %705 = lshr i64 %704, 4
  %706 = add i64 %703, %705
  %707 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %706)
  %708 = call i64 @llvm.umax.i64(i64 %695, i64 %707)
  %709 = select i1 %691, i64 %695, i64 %708
  store i64 %709, i64* %highEnd, align 8
  store i64 %693, i64* %lowStart, align 8
  br label %write.ok80

e6:                                               ; preds = %ok159
  %710 = load i32, i32* %result83, align 4
  store i32 %710, i32* %interpolated, align 4
  %711 = load i32, i32* %dict, align 4
  %712 = load i32, i32* %interpolated, align 4
  %713 = zext i32 %711 to i64
  %714 = add i64 %713, 8
  %715 = add i64 %714, 4
  %716 = icmp uge i64 %714, %scratch_start
  %717 = load i64, i64* %highEnd, align 8
  %718 = icmp ule i64 %715, %717
  %719 = and i1 %716, %718
  %720 = call i1 @llvm.expect.i1(i1 %719, i1 true)
  br i1 %720, label %write.ok162, label %write.low160

ok84:                                             ; preds = %write.ok80
  %721 = getelementptr i8, i8* %mem, i64 %688
  %722 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %722, i8* %721, i64 4, i1 false)
  %723 = load i32, i32* %unaligned85, align 4
  store i32 %723, i32* %slen.2, align 4
  %724 = load i32, i32* %cur.2, align 4
  %725 = load i32, i32* %slen.2, align 4
  %726 = add i32 %724, %725
  %727 = getelementptr i64, i64* %regs, i64 2
  %728 = load i64, i64* %727, align 8
  %729 = trunc i64 %728 to i32
  %730 = icmp ugt i32 %726, %729
  %731 = zext i1 %730 to i32
  %732 = icmp ne i32 %731, 0
  br i1 %732, label %then86, label %else87

then86:                                           ; preds = %ok84
  br label %trap15.site9

else87:                                           ; preds = %ok84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %733 = load i32, i32* %cur.2, align 4
  %734 = load i32, i32* %s.2, align 4
  %735 = add i32 %734, 4
  %736 = load i32, i32* %slen.2, align 4
  %737 = zext i32 %736 to i64
  %738 = zext i32 %735 to i64
  %739 = add i64 %738, %737
  %740 = icmp ugt i64 %739, %arena_size
  br i1 %740, label %trap17.site9, label %ok90

trap15.site9:                                     ; preds = %write.ok156, %then146, %then123, %write.ok117, %then110, %write.ok106, %then95, %then86
  %741 = load i64, i64* %lowStart, align 8
  %742 = getelementptr i64, i64* %regs, i64 6
  store i64 %741, i64* %742, align 8
  %743 = load i64, i64* %lowEnd, align 8
  %744 = getelementptr i64, i64* %regs, i64 7
  store i64 %743, i64* %744, align 8
  %745 = load i64, i64* %highEnd, align 8
  %746 = getelementptr i64, i64* %regs, i64 8
  store i64 %745, i64* %746, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

ok90:                                             ; preds = %join88
  %747 = zext i32 %733 to i64
  %748 = add i64 %747, %737
  %749 = icmp uge i64 %747, %scratch_start
  %750 = load i64, i64* %highEnd, align 8
  %751 = icmp ule i64 %748, %750
  %752 = and i1 %749, %751
  %753 = call i1 @llvm.expect.i1(i1 %752, i1 true)
  br i1 %753, label %write.ok93, label %write.low91

trap17.site9:                                     ; preds = %write.slow143, %write.ok139, %write.slow116, %join112, %write.slow92, %join88
  %754 = load i64, i64* %lowStart, align 8
  %755 = getelementptr i64, i64* %regs, i64 6
  store i64 %754, i64* %755, align 8
  %756 = load i64, i64* %lowEnd, align 8
  %757 = getelementptr i64, i64* %regs, i64 7
  store i64 %756, i64* %757, align 8
  %758 = load i64, i64* %highEnd, align 8
  %759 = getelementptr i64, i64* %regs, i64 8
  store i64 %758, i64* %759, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

write.low91:                                      ; preds = %ok90
  %760 = load i64, i64* %lowStart, align 8
  %761 = icmp uge i64 %747, %760
  %762 = load i64, i64* %lowEnd, align 8
  %763 = icmp ule i64 %748, %762
  %764 = and i1 %761, %763
  %765 = call i1 @llvm.expect.i1(i1 %764, i1 true)
  br i1 %765, label %write.ok93, label %write.slow92

write.slow92:                                     ; preds = %write.low91
  %766 = icmp ugt i64 %748, %arena_size
  br i1 %766, label %trap17.site9, label %ok94

write.ok93:                                       ; preds = %ok94, %write.low91, %ok90
  %767 = getelementptr i8, i8* %mem, i64 %747
  %768 = getelementptr i8, i8* %mem, i64 %738
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %767, i8* %768, i64 %737, i1 false)
  %769 = load i32, i32* %cur.2, align 4
  %770 = load i32, i32* %slen.2, align 4
  %771 = add i32 %769, %770
  store i32 %771, i32* %cur.2, align 4
  %772 = load i32, i32* %cur.2, align 4
  %773 = add i32 %772, 25
  %774 = getelementptr i64, i64* %regs, i64 2
  %775 = load i64, i64* %774, align 8
  %776 = trunc i64 %775 to i32
  %777 = icmp ugt i32 %773, %776
  %778 = zext i1 %777 to i32
  %779 = icmp ne i32 %778, 0
  br i1 %779, label %then95, label %else96

ok94:                                             ; preds = %write.slow92
  %780 = icmp ult i64 %747, %scratch_start
  %781 = load i64, i64* %lowStart, align 8
  %782 = call i64 @llvm.umin.i64(i64 %781, i64 %747)
  %783 = load i64, i64* %lowEnd, align 8
  %784 = load i64, i64* %highEnd, align 8
  %785 = add i64 %748, 64
  %786 = sub i64 %748, %782
  %787 = lshr i64 %786, 4
  %788 = add i64 %785, %787
  %789 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %788)
  %790 = call i64 @llvm.umax.i64(i64 %783, i64 %789)
  %791 = select i1 %780, i64 %790, i64 %783
  store i64 %791, i64* %lowEnd, align 8
  %792 = add i64 %748, 64
  %793 = sub i64 %748, %scratch_start
  %794 = lshr i64 %793, 4
  %795 = add i64 %792, %794
  %796 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %795)
  %797 = call i64 @llvm.umax.i64(i64 %784, i64 %796)
  %798 = select i1 %780, i64 %784, i64 %797
  store i64 %798, i64* %highEnd, align 8
  store i64 %782, i64* %lowStart, align 8
  br label %write.ok93

then95:                                           ; preds = %write.ok93
  br label %trap15.site9

else96:                                           ; preds = %write.ok93
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %799 = load i32, i32* %cur.2, align 4
  %800 = zext i32 %799 to i64
  %801 = add i64 %800, 4
  %802 = icmp uge i64 %800, %scratch_start
  %803 = load i64, i64* %highEnd, align 8
  %804 = icmp ule i64 %801, %803
  %805 = and i1 %802, %804
  %806 = call i1 @llvm.expect.i1(i1 %805, i1 true)
  br i1 %806, label %write.ok101, label %write.low99

dead98:                                           ; No predecessors!
  br label %join97

write.low99:                                      ; preds = %join97
  %807 = load i64, i64* %lowStart, align 8
  %808 = icmp uge i64 %800, %807
  %809 = load i64, i64* %lowEnd, align 8
  %810 = icmp ule i64 %801, %809
  %811 = and i1 %808, %810
  %812 = call i1 @llvm.expect.i1(i1 %811, i1 true)
  br i1 %812, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %813 = icmp ugt i64 %801, %arena_size
  br i1 %813, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %join97
  %814 = getelementptr i8, i8* %mem, i64 %800
  store i32 1935763488, i32* %unaligned103, align 4
  %815 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %814, i8* %815, i64 4, i1 false)
  %816 = load i32, i32* %cur.2, align 4
  %817 = zext i32 %816 to i64
  %818 = add i64 %817, 4
  %819 = add i64 %818, 1
  %820 = icmp uge i64 %818, %scratch_start
  %821 = load i64, i64* %highEnd, align 8
  %822 = icmp ule i64 %819, %821
  %823 = and i1 %820, %822
  %824 = call i1 @llvm.expect.i1(i1 %823, i1 true)
  br i1 %824, label %write.ok106, label %write.low104

ok102:                                            ; preds = %write.slow100
  %825 = icmp ult i64 %800, %scratch_start
  %826 = load i64, i64* %lowStart, align 8
  %827 = call i64 @llvm.umin.i64(i64 %826, i64 %800)
  %828 = load i64, i64* %lowEnd, align 8
  %829 = load i64, i64* %highEnd, align 8
  %830 = add i64 %801, 64
  %831 = sub i64 %801, %827
  %832 = lshr i64 %831, 4
  %833 = add i64 %830, %832
  %834 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %833)
  %835 = call i64 @llvm.umax.i64(i64 %828, i64 %834)
  %836 = select i1 %825, i64 %835, i64 %828
  store i64 %836, i64* %lowEnd, align 8
  %837 = add i64 %801, 64
  %838 = sub i64 %801, %scratch_start
  %839 = lshr i64 %838, 4
  %840 = add i64 %837, %839
  %841 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %840)
  %842 = call i64 @llvm.umax.i64(i64 %829, i64 %841)
  %843 = select i1 %825, i64 %829, i64 %842
  store i64 %843, i64* %highEnd, align 8
  store i64 %827, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %write.ok101
  %844 = load i64, i64* %lowStart, align 8
  %845 = icmp uge i64 %818, %844
  %846 = load i64, i64* %lowEnd, align 8
  %847 = icmp ule i64 %819, %846
  %848 = and i1 %845, %847
  %849 = call i1 @llvm.expect.i1(i1 %848, i1 true)
  br i1 %849, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %850 = icmp ugt i64 %819, %arena_size
  br i1 %850, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %write.ok101
  %851 = getelementptr i8, i8* %mem, i64 %818
  store i8 32, i8* %851, align 1
  %852 = load i32, i32* %cur.2, align 4
  %853 = add i32 %852, 5
  store i32 %853, i32* %cur.2, align 4
  %854 = load i32, i32* %cur.2, align 4
  %855 = load i64, i64* %part.4, align 8
  %856 = load i32, i32* %cur.2, align 4
  %857 = icmp uge i32 %depth, 1000
  br i1 %857, label %trap15.site9, label %ok108

ok107:                                            ; preds = %write.slow105
  %858 = icmp ult i64 %818, %scratch_start
  %859 = load i64, i64* %lowStart, align 8
  %860 = call i64 @llvm.umin.i64(i64 %859, i64 %818)
  %861 = load i64, i64* %lowEnd, align 8
  %862 = load i64, i64* %highEnd, align 8
  %863 = add i64 %819, 64
  %864 = sub i64 %819, %860
  %865 = lshr i64 %864, 4
  %866 = add i64 %863, %865
  %867 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %866)
  %868 = call i64 @llvm.umax.i64(i64 %861, i64 %867)
  %869 = select i1 %858, i64 %868, i64 %861
  store i64 %869, i64* %lowEnd, align 8
  %870 = add i64 %819, 64
  %871 = sub i64 %819, %scratch_start
  %872 = lshr i64 %871, 4
  %873 = add i64 %870, %872
  %874 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %873)
  %875 = call i64 @llvm.umax.i64(i64 %862, i64 %874)
  %876 = select i1 %858, i64 %862, i64 %875
  store i64 %876, i64* %highEnd, align 8
  store i64 %860, i64* %lowStart, align 8
  br label %write.ok106

ok108:                                            ; preds = %write.ok106
  %877 = icmp ult i64 %10, %stack_limit
  br i1 %877, label %trap253.site0, label %stack_ok109

stack_ok109:                                      ; preds = %ok108
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
  %887 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %886, i64 %855, i32 %856)
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
  %896 = add i32 %854, %887
  store i32 %896, i32* %cur.2, align 4
  %897 = load i32, i32* %cur.2, align 4
  %898 = add i32 %897, 340
  %899 = getelementptr i64, i64* %regs, i64 2
  %900 = load i64, i64* %899, align 8
  %901 = trunc i64 %900 to i32
  %902 = icmp ugt i32 %898, %901
  %903 = zext i1 %902 to i32
  %904 = icmp ne i32 %903, 0
  br i1 %904, label %then110, label %else111

then110:                                          ; preds = %stack_ok109
  br label %trap15.site9

else111:                                          ; preds = %stack_ok109
  br label %join112

join112:                                          ; preds = %else111, %dead113
  %905 = load i32, i32* %cur.2, align 4
  %906 = add i32 %905, 0
  %907 = icmp ugt i64 10910, %arena_size
  br i1 %907, label %trap17.site9, label %ok114

dead113:                                          ; No predecessors!
  br label %join112

ok114:                                            ; preds = %join112
  %908 = zext i32 %906 to i64
  %909 = add i64 %908, 10
  %910 = icmp uge i64 %908, %scratch_start
  %911 = load i64, i64* %highEnd, align 8
  %912 = icmp ule i64 %909, %911
  %913 = and i1 %910, %912
  %914 = call i1 @llvm.expect.i1(i1 %913, i1 true)
  br i1 %914, label %write.ok117, label %write.low115

write.low115:                                     ; preds = %ok114
  %915 = load i64, i64* %lowStart, align 8
  %916 = icmp uge i64 %908, %915
  %917 = load i64, i64* %lowEnd, align 8
  %918 = icmp ule i64 %909, %917
  %919 = and i1 %916, %918
  %920 = call i1 @llvm.expect.i1(i1 %919, i1 true)
  br i1 %920, label %write.ok117, label %write.slow116

write.slow116:                                    ; preds = %write.low115
  %921 = icmp ugt i64 %909, %arena_size
  br i1 %921, label %trap17.site9, label %ok118

write.ok117:                                      ; preds = %ok118, %write.low115, %ok114
  %922 = getelementptr i8, i8* %mem, i64 %908
  %923 = getelementptr i8, i8* %mem, i64 10900
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %922, i8* %923, i64 10, i1 false)
  %924 = load i32, i32* %cur.2, align 4
  %925 = add i32 %924, 10
  store i32 %925, i32* %cur.2, align 4
  %926 = load i32, i32* %cur.2, align 4
  %927 = load double, double* %part.5, align 8
  %928 = load i32, i32* %cur.2, align 4
  %929 = icmp uge i32 %depth, 1000
  br i1 %929, label %trap15.site9, label %ok119

ok118:                                            ; preds = %write.slow116
  %930 = icmp ult i64 %908, %scratch_start
  %931 = load i64, i64* %lowStart, align 8
  %932 = call i64 @llvm.umin.i64(i64 %931, i64 %908)
  %933 = load i64, i64* %lowEnd, align 8
  %934 = load i64, i64* %highEnd, align 8
  %935 = add i64 %909, 64
  %936 = sub i64 %909, %932
  %937 = lshr i64 %936, 4
  %938 = add i64 %935, %937
  %939 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %938)
  %940 = call i64 @llvm.umax.i64(i64 %933, i64 %939)
  %941 = select i1 %930, i64 %940, i64 %933
  store i64 %941, i64* %lowEnd, align 8
  %942 = add i64 %909, 64
  %943 = sub i64 %909, %scratch_start
  %944 = lshr i64 %943, 4
  %945 = add i64 %942, %944
  %946 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %945)
  %947 = call i64 @llvm.umax.i64(i64 %934, i64 %946)
  %948 = select i1 %930, i64 %934, i64 %947
  store i64 %948, i64* %highEnd, align 8
  store i64 %932, i64* %lowStart, align 8
  br label %write.ok117

ok119:                                            ; preds = %write.ok117
  %949 = icmp ult i64 %10, %stack_limit
  br i1 %949, label %trap253.site0, label %stack_ok120

stack_ok120:                                      ; preds = %ok119
  %950 = load i64, i64* %fuel, align 8
  %951 = getelementptr i64, i64* %regs, i64 0
  store i64 %950, i64* %951, align 8
  %952 = load i64, i64* %lowStart, align 8
  %953 = getelementptr i64, i64* %regs, i64 6
  store i64 %952, i64* %953, align 8
  %954 = load i64, i64* %lowEnd, align 8
  %955 = getelementptr i64, i64* %regs, i64 7
  store i64 %954, i64* %955, align 8
  %956 = load i64, i64* %highEnd, align 8
  %957 = getelementptr i64, i64* %regs, i64 8
  store i64 %956, i64* %957, align 8
  %958 = add i32 %depth, 1
  %959 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %958, double %927, i32 %928)
  %960 = getelementptr i64, i64* %regs, i64 0
  %961 = load i64, i64* %960, align 8
  store i64 %961, i64* %fuel, align 8
  %962 = getelementptr i64, i64* %regs, i64 6
  %963 = load i64, i64* %962, align 8
  store i64 %963, i64* %lowStart, align 8
  %964 = getelementptr i64, i64* %regs, i64 7
  %965 = load i64, i64* %964, align 8
  store i64 %965, i64* %lowEnd, align 8
  %966 = getelementptr i64, i64* %regs, i64 8
  %967 = load i64, i64* %966, align 8
  store i64 %967, i64* %highEnd, align 8
  %968 = add i32 %926, %959
  store i32 %968, i32* %cur.2, align 4
  %969 = load i32, i32* %part.6, align 4
  %970 = icmp ne i32 %969, 0
  %971 = select i1 %970, i32 10912, i32 10920
  store i32 %971, i32* %s.3, align 4
  %972 = load i32, i32* %s.3, align 4
  %973 = zext i32 %972 to i64
  %974 = sub i64 %arena_size, 4
  %975 = icmp sgt i64 %973, %974
  br i1 %975, label %trap17.site0, label %ok121

ok121:                                            ; preds = %stack_ok120
  %976 = getelementptr i8, i8* %mem, i64 %973
  %977 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %977, i8* %976, i64 4, i1 false)
  %978 = load i32, i32* %unaligned122, align 4
  store i32 %978, i32* %slen.3, align 4
  %979 = load i32, i32* %cur.2, align 4
  %980 = load i32, i32* %slen.3, align 4
  %981 = add i32 7, %980
  %982 = add i32 %979, %981
  %983 = getelementptr i64, i64* %regs, i64 2
  %984 = load i64, i64* %983, align 8
  %985 = trunc i64 %984 to i32
  %986 = icmp ugt i32 %982, %985
  %987 = zext i1 %986 to i32
  %988 = icmp ne i32 %987, 0
  br i1 %988, label %then123, label %else124

then123:                                          ; preds = %ok121
  br label %trap15.site9

else124:                                          ; preds = %ok121
  br label %join125

join125:                                          ; preds = %else124, %dead126
  %989 = load i32, i32* %cur.2, align 4
  %990 = zext i32 %989 to i64
  %991 = add i64 %990, 4
  %992 = icmp uge i64 %990, %scratch_start
  %993 = load i64, i64* %highEnd, align 8
  %994 = icmp ule i64 %991, %993
  %995 = and i1 %992, %994
  %996 = call i1 @llvm.expect.i1(i1 %995, i1 true)
  br i1 %996, label %write.ok129, label %write.low127

dead126:                                          ; No predecessors!
  br label %join125

write.low127:                                     ; preds = %join125
  %997 = load i64, i64* %lowStart, align 8
  %998 = icmp uge i64 %990, %997
  %999 = load i64, i64* %lowEnd, align 8
  %1000 = icmp ule i64 %991, %999
  %1001 = and i1 %998, %1000
  %1002 = call i1 @llvm.expect.i1(i1 %1001, i1 true)
  br i1 %1002, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %1003 = icmp ugt i64 %991, %arena_size
  br i1 %1003, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %join125
  %1004 = getelementptr i8, i8* %mem, i64 %990
  store i32 1667327264, i32* %unaligned131, align 4
  %1005 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1004, i8* %1005, i64 4, i1 false)
  %1006 = load i32, i32* %cur.2, align 4
  %1007 = zext i32 %1006 to i64
  %1008 = add i64 %1007, 4
  %1009 = add i64 %1008, 2
  %1010 = icmp uge i64 %1008, %scratch_start
  %1011 = load i64, i64* %highEnd, align 8
  %1012 = icmp ule i64 %1009, %1011
  %1013 = and i1 %1010, %1012
  %1014 = call i1 @llvm.expect.i1(i1 %1013, i1 true)
  br i1 %1014, label %write.ok134, label %write.low132

ok130:                                            ; preds = %write.slow128
  %1015 = icmp ult i64 %990, %scratch_start
  %1016 = load i64, i64* %lowStart, align 8
  %1017 = call i64 @llvm.umin.i64(i64 %1016, i64 %990)
  %1018 = load i64, i64* %lowEnd, align 8
  %1019 = load i64, i64* %highEnd, align 8
  %1020 = add i64 %991, 64
  %1021 = sub i64 %991, %1017
  %1022 = lshr i64 %1021, 4
  %1023 = add i64 %1020, %1022
  %1024 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1023)
  %1025 = call i64 @llvm.umax.i64(i64 %1018, i64 %1024)
  %1026 = select i1 %1015, i64 %1025, i64 %1018
  store i64 %1026, i64* %lowEnd, align 8
  %1027 = add i64 %991, 64
  %1028 = sub i64 %991, %scratch_start
  %1029 = lshr i64 %1028, 4
  %1030 = add i64 %1027, %1029
  %1031 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1030)
  %1032 = call i64 @llvm.umax.i64(i64 %1019, i64 %1031)
  %1033 = select i1 %1015, i64 %1019, i64 %1032
  store i64 %1033, i64* %highEnd, align 8
  store i64 %1017, i64* %lowStart, align 8
  br label %write.ok129

write.low132:                                     ; preds = %write.ok129
  %1034 = load i64, i64* %lowStart, align 8
  %1035 = icmp uge i64 %1008, %1034
  %1036 = load i64, i64* %lowEnd, align 8
  %1037 = icmp ule i64 %1009, %1036
  %1038 = and i1 %1035, %1037
  %1039 = call i1 @llvm.expect.i1(i1 %1038, i1 true)
  br i1 %1039, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %1040 = icmp ugt i64 %1009, %arena_size
  br i1 %1040, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %write.ok129
  %1041 = getelementptr i8, i8* %mem, i64 %1008
  store i16 8296, i16* %unaligned136, align 2
  %1042 = bitcast i16* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1041, i8* %1042, i64 2, i1 false)
  %1043 = load i32, i32* %cur.2, align 4
  %1044 = zext i32 %1043 to i64
  %1045 = add i64 %1044, 6
  %1046 = add i64 %1045, 1
  %1047 = icmp uge i64 %1045, %scratch_start
  %1048 = load i64, i64* %highEnd, align 8
  %1049 = icmp ule i64 %1046, %1048
  %1050 = and i1 %1047, %1049
  %1051 = call i1 @llvm.expect.i1(i1 %1050, i1 true)
  br i1 %1051, label %write.ok139, label %write.low137

ok135:                                            ; preds = %write.slow133
  %1052 = icmp ult i64 %1008, %scratch_start
  %1053 = load i64, i64* %lowStart, align 8
  %1054 = call i64 @llvm.umin.i64(i64 %1053, i64 %1008)
  %1055 = load i64, i64* %lowEnd, align 8
  %1056 = load i64, i64* %highEnd, align 8
  %1057 = add i64 %1009, 64
  %1058 = sub i64 %1009, %1054
  %1059 = lshr i64 %1058, 4
  %1060 = add i64 %1057, %1059
  %1061 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1060)
  %1062 = call i64 @llvm.umax.i64(i64 %1055, i64 %1061)
  %1063 = select i1 %1052, i64 %1062, i64 %1055
  store i64 %1063, i64* %lowEnd, align 8
  %1064 = add i64 %1009, 64
  %1065 = sub i64 %1009, %scratch_start
  %1066 = lshr i64 %1065, 4
  %1067 = add i64 %1064, %1066
  %1068 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1067)
  %1069 = call i64 @llvm.umax.i64(i64 %1056, i64 %1068)
  %1070 = select i1 %1052, i64 %1056, i64 %1069
  store i64 %1070, i64* %highEnd, align 8
  store i64 %1054, i64* %lowStart, align 8
  br label %write.ok134

write.low137:                                     ; preds = %write.ok134
  %1071 = load i64, i64* %lowStart, align 8
  %1072 = icmp uge i64 %1045, %1071
  %1073 = load i64, i64* %lowEnd, align 8
  %1074 = icmp ule i64 %1046, %1073
  %1075 = and i1 %1072, %1074
  %1076 = call i1 @llvm.expect.i1(i1 %1075, i1 true)
  br i1 %1076, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1077 = icmp ugt i64 %1046, %arena_size
  br i1 %1077, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %write.ok134
  %1078 = getelementptr i8, i8* %mem, i64 %1045
  store i8 40, i8* %1078, align 1
  %1079 = load i32, i32* %cur.2, align 4
  %1080 = add i32 %1079, 7
  store i32 %1080, i32* %cur.2, align 4
  %1081 = load i32, i32* %cur.2, align 4
  %1082 = load i32, i32* %s.3, align 4
  %1083 = add i32 %1082, 4
  %1084 = load i32, i32* %slen.3, align 4
  %1085 = zext i32 %1084 to i64
  %1086 = zext i32 %1083 to i64
  %1087 = add i64 %1086, %1085
  %1088 = icmp ugt i64 %1087, %arena_size
  br i1 %1088, label %trap17.site9, label %ok141

ok140:                                            ; preds = %write.slow138
  %1089 = icmp ult i64 %1045, %scratch_start
  %1090 = load i64, i64* %lowStart, align 8
  %1091 = call i64 @llvm.umin.i64(i64 %1090, i64 %1045)
  %1092 = load i64, i64* %lowEnd, align 8
  %1093 = load i64, i64* %highEnd, align 8
  %1094 = add i64 %1046, 64
  %1095 = sub i64 %1046, %1091
  %1096 = lshr i64 %1095, 4
  %1097 = add i64 %1094, %1096
  %1098 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1097)
  %1099 = call i64 @llvm.umax.i64(i64 %1092, i64 %1098)
  %1100 = select i1 %1089, i64 %1099, i64 %1092
  store i64 %1100, i64* %lowEnd, align 8
  %1101 = add i64 %1046, 64
  %1102 = sub i64 %1046, %scratch_start
  %1103 = lshr i64 %1102, 4
  %1104 = add i64 %1101, %1103
  %1105 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1104)
  %1106 = call i64 @llvm.umax.i64(i64 %1093, i64 %1105)
  %1107 = select i1 %1089, i64 %1093, i64 %1106
  store i64 %1107, i64* %highEnd, align 8
  store i64 %1091, i64* %lowStart, align 8
  br label %write.ok139

ok141:                                            ; preds = %write.ok139
  %1108 = zext i32 %1081 to i64
  %1109 = add i64 %1108, %1085
  %1110 = icmp uge i64 %1108, %scratch_start
  %1111 = load i64, i64* %highEnd, align 8
  %1112 = icmp ule i64 %1109, %1111
  %1113 = and i1 %1110, %1112
  %1114 = call i1 @llvm.expect.i1(i1 %1113, i1 true)
  br i1 %1114, label %write.ok144, label %write.low142

write.low142:                                     ; preds = %ok141
  %1115 = load i64, i64* %lowStart, align 8
  %1116 = icmp uge i64 %1108, %1115
  %1117 = load i64, i64* %lowEnd, align 8
  %1118 = icmp ule i64 %1109, %1117
  %1119 = and i1 %1116, %1118
  %1120 = call i1 @llvm.expect.i1(i1 %1119, i1 true)
  br i1 %1120, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %1121 = icmp ugt i64 %1109, %arena_size
  br i1 %1121, label %trap17.site9, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %ok141
  %1122 = getelementptr i8, i8* %mem, i64 %1108
  %1123 = getelementptr i8, i8* %mem, i64 %1086
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1122, i8* %1123, i64 %1085, i1 false)
  %1124 = load i32, i32* %cur.2, align 4
  %1125 = load i32, i32* %slen.3, align 4
  %1126 = add i32 %1124, %1125
  store i32 %1126, i32* %cur.2, align 4
  %1127 = load i32, i32* %cur.2, align 4
  %1128 = add i32 %1127, 1
  %1129 = getelementptr i64, i64* %regs, i64 2
  %1130 = load i64, i64* %1129, align 8
  %1131 = trunc i64 %1130 to i32
  %1132 = icmp ugt i32 %1128, %1131
  %1133 = zext i1 %1132 to i32
  %1134 = icmp ne i32 %1133, 0
  br i1 %1134, label %then146, label %else147

ok145:                                            ; preds = %write.slow143
  %1135 = icmp ult i64 %1108, %scratch_start
  %1136 = load i64, i64* %lowStart, align 8
  %1137 = call i64 @llvm.umin.i64(i64 %1136, i64 %1108)
  %1138 = load i64, i64* %lowEnd, align 8
  %1139 = load i64, i64* %highEnd, align 8
  %1140 = add i64 %1109, 64
  %1141 = sub i64 %1109, %1137
  %1142 = lshr i64 %1141, 4
  %1143 = add i64 %1140, %1142
  %1144 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1143)
  %1145 = call i64 @llvm.umax.i64(i64 %1138, i64 %1144)
  %1146 = select i1 %1135, i64 %1145, i64 %1138
  store i64 %1146, i64* %lowEnd, align 8
  %1147 = add i64 %1109, 64
  %1148 = sub i64 %1109, %scratch_start
  %1149 = lshr i64 %1148, 4
  %1150 = add i64 %1147, %1149
  %1151 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1150)
  %1152 = call i64 @llvm.umax.i64(i64 %1139, i64 %1151)
  %1153 = select i1 %1135, i64 %1139, i64 %1152
  store i64 %1153, i64* %highEnd, align 8
  store i64 %1137, i64* %lowStart, align 8
  br label %write.ok144

then146:                                          ; preds = %write.ok144
  br label %trap15.site9

else147:                                          ; preds = %write.ok144
  br label %join148

join148:                                          ; preds = %else147, %dead149
  %1154 = load i32, i32* %cur.2, align 4
  %1155 = zext i32 %1154 to i64
  %1156 = add i64 %1155, 1
  %1157 = icmp uge i64 %1155, %scratch_start
  %1158 = load i64, i64* %highEnd, align 8
  %1159 = icmp ule i64 %1156, %1158
  %1160 = and i1 %1157, %1159
  %1161 = call i1 @llvm.expect.i1(i1 %1160, i1 true)
  br i1 %1161, label %write.ok152, label %write.low150

dead149:                                          ; No predecessors!
  br label %join148

write.low150:                                     ; preds = %join148
  %1162 = load i64, i64* %lowStart, align 8
  %1163 = icmp uge i64 %1155, %1162
  %1164 = load i64, i64* %lowEnd, align 8
  %1165 = icmp ule i64 %1156, %1164
  %1166 = and i1 %1163, %1165
  %1167 = call i1 @llvm.expect.i1(i1 %1166, i1 true)
  br i1 %1167, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %1168 = icmp ugt i64 %1156, %arena_size
  br i1 %1168, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %join148
  %1169 = getelementptr i8, i8* %mem, i64 %1155
  store i8 41, i8* %1169, align 1
  %1170 = load i32, i32* %cur.2, align 4
  %1171 = add i32 %1170, 1
  store i32 %1171, i32* %cur.2, align 4
  %1172 = load i32, i32* %cur.2, align 4
  %1173 = load i32, i32* %text.2, align 4
  %1174 = sub i32 %1172, %1173
  %1175 = sub i32 %1174, 4
  store i32 %1175, i32* %len.2, align 4
  %1176 = load i32, i32* %text.2, align 4
  %1177 = load i32, i32* %len.2, align 4
  %1178 = zext i32 %1176 to i64
  %1179 = add i64 %1178, 4
  %1180 = icmp uge i64 %1178, %scratch_start
  %1181 = load i64, i64* %highEnd, align 8
  %1182 = icmp ule i64 %1179, %1181
  %1183 = and i1 %1180, %1182
  %1184 = call i1 @llvm.expect.i1(i1 %1183, i1 true)
  br i1 %1184, label %write.ok156, label %write.low154

ok153:                                            ; preds = %write.slow151
  %1185 = icmp ult i64 %1155, %scratch_start
  %1186 = load i64, i64* %lowStart, align 8
  %1187 = call i64 @llvm.umin.i64(i64 %1186, i64 %1155)
  %1188 = load i64, i64* %lowEnd, align 8
  %1189 = load i64, i64* %highEnd, align 8
  %1190 = add i64 %1156, 64
  %1191 = sub i64 %1156, %1187
  %1192 = lshr i64 %1191, 4
  %1193 = add i64 %1190, %1192
  %1194 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1193)
  %1195 = call i64 @llvm.umax.i64(i64 %1188, i64 %1194)
  %1196 = select i1 %1185, i64 %1195, i64 %1188
  store i64 %1196, i64* %lowEnd, align 8
  %1197 = add i64 %1156, 64
  %1198 = sub i64 %1156, %scratch_start
  %1199 = lshr i64 %1198, 4
  %1200 = add i64 %1197, %1199
  %1201 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1200)
  %1202 = call i64 @llvm.umax.i64(i64 %1189, i64 %1201)
  %1203 = select i1 %1185, i64 %1189, i64 %1202
  store i64 %1203, i64* %highEnd, align 8
  store i64 %1187, i64* %lowStart, align 8
  br label %write.ok152

write.low154:                                     ; preds = %write.ok152
  %1204 = load i64, i64* %lowStart, align 8
  %1205 = icmp uge i64 %1178, %1204
  %1206 = load i64, i64* %lowEnd, align 8
  %1207 = icmp ule i64 %1179, %1206
  %1208 = and i1 %1205, %1207
  %1209 = call i1 @llvm.expect.i1(i1 %1208, i1 true)
  br i1 %1209, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %1210 = icmp ugt i64 %1179, %arena_size
  br i1 %1210, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %write.ok152
  %1211 = getelementptr i8, i8* %mem, i64 %1178
  store i32 %1177, i32* %unaligned158, align 4
  %1212 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1211, i8* %1212, i64 4, i1 false)
  %1213 = load i32, i32* %len.2, align 4
  %1214 = add i32 %1213, 4
  %1215 = zext i32 %1214 to i64
  %1216 = getelementptr i64, i64* %regs, i64 1
  %1217 = getelementptr i64, i64* %regs, i64 2
  %1218 = load i64, i64* %1216, align 8
  %1219 = add i64 %1218, 3
  %1220 = and i64 %1219, -4
  %1221 = add i64 %1220, %1215
  %1222 = load i64, i64* %1217, align 8
  %1223 = icmp ugt i64 %1221, %1222
  br i1 %1223, label %trap15.site9, label %ok159

ok157:                                            ; preds = %write.slow155
  %1224 = icmp ult i64 %1178, %scratch_start
  %1225 = load i64, i64* %lowStart, align 8
  %1226 = call i64 @llvm.umin.i64(i64 %1225, i64 %1178)
  %1227 = load i64, i64* %lowEnd, align 8
  %1228 = load i64, i64* %highEnd, align 8
  %1229 = add i64 %1179, 64
  %1230 = sub i64 %1179, %1226
  %1231 = lshr i64 %1230, 4
  %1232 = add i64 %1229, %1231
  %1233 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1232)
  %1234 = call i64 @llvm.umax.i64(i64 %1227, i64 %1233)
  %1235 = select i1 %1224, i64 %1234, i64 %1227
  store i64 %1235, i64* %lowEnd, align 8
  %1236 = add i64 %1179, 64
  %1237 = sub i64 %1179, %scratch_start
  %1238 = lshr i64 %1237, 4
  %1239 = add i64 %1236, %1238
  %1240 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1239)
  %1241 = call i64 @llvm.umax.i64(i64 %1228, i64 %1240)
  %1242 = select i1 %1224, i64 %1228, i64 %1241
  store i64 %1242, i64* %highEnd, align 8
  store i64 %1226, i64* %lowStart, align 8
  br label %write.ok156

ok159:                                            ; preds = %write.ok156
  store i64 %1221, i64* %1216, align 8
  %1243 = load i64, i64* %highEnd, align 8
  %1244 = call i64 @llvm.umax.i64(i64 %1243, i64 %1221)
  store i64 %1244, i64* %highEnd, align 8
  %1245 = trunc i64 %1220 to i32
  store i32 %1245, i32* %result83, align 4
  br label %e6

write.low160:                                     ; preds = %e6
  %1246 = load i64, i64* %lowStart, align 8
  %1247 = icmp uge i64 %714, %1246
  %1248 = load i64, i64* %lowEnd, align 8
  %1249 = icmp ule i64 %715, %1248
  %1250 = and i1 %1247, %1249
  %1251 = call i1 @llvm.expect.i1(i1 %1250, i1 true)
  br i1 %1251, label %write.ok162, label %write.slow161

write.slow161:                                    ; preds = %write.low160
  %1252 = icmp ugt i64 %715, %arena_size
  br i1 %1252, label %trap17.site0, label %ok163

write.ok162:                                      ; preds = %ok163, %write.low160, %e6
  %1253 = getelementptr i8, i8* %mem, i64 %714
  store i32 %712, i32* %unaligned164, align 4
  %1254 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1253, i8* %1254, i64 4, i1 false)
  %1255 = load i32, i32* %name, align 4
  %1256 = icmp uge i32 %depth, 1000
  br i1 %1256, label %trap15.site10, label %ok165

ok163:                                            ; preds = %write.slow161
  %1257 = icmp ult i64 %714, %scratch_start
  %1258 = load i64, i64* %lowStart, align 8
  %1259 = call i64 @llvm.umin.i64(i64 %1258, i64 %714)
  %1260 = load i64, i64* %lowEnd, align 8
  %1261 = load i64, i64* %highEnd, align 8
  %1262 = add i64 %715, 64
  %1263 = sub i64 %715, %1259
  %1264 = lshr i64 %1263, 4
  %1265 = add i64 %1262, %1264
  %1266 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1265)
  %1267 = call i64 @llvm.umax.i64(i64 %1260, i64 %1266)
  %1268 = select i1 %1257, i64 %1267, i64 %1260
  store i64 %1268, i64* %lowEnd, align 8
  %1269 = add i64 %715, 64
  %1270 = sub i64 %715, %scratch_start
  %1271 = lshr i64 %1270, 4
  %1272 = add i64 %1269, %1271
  %1273 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1272)
  %1274 = call i64 @llvm.umax.i64(i64 %1261, i64 %1273)
  %1275 = select i1 %1257, i64 %1261, i64 %1274
  store i64 %1275, i64* %highEnd, align 8
  store i64 %1259, i64* %lowStart, align 8
  br label %write.ok162

ok165:                                            ; preds = %write.ok162
  %1276 = icmp ult i64 %10, %stack_limit
  br i1 %1276, label %trap253.site0, label %stack_ok166

trap15.site10:                                    ; preds = %write.ok162
  %1277 = load i64, i64* %lowStart, align 8
  %1278 = getelementptr i64, i64* %regs, i64 6
  store i64 %1277, i64* %1278, align 8
  %1279 = load i64, i64* %lowEnd, align 8
  %1280 = getelementptr i64, i64* %regs, i64 7
  store i64 %1279, i64* %1280, align 8
  %1281 = load i64, i64* %highEnd, align 8
  %1282 = getelementptr i64, i64* %regs, i64 8
  store i64 %1281, i64* %1282, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok166:                                      ; preds = %ok165
  %1283 = load i64, i64* %fuel, align 8
  %1284 = getelementptr i64, i64* %regs, i64 0
  store i64 %1283, i64* %1284, align 8
  %1285 = load i64, i64* %lowStart, align 8
  %1286 = getelementptr i64, i64* %regs, i64 6
  store i64 %1285, i64* %1286, align 8
  %1287 = load i64, i64* %lowEnd, align 8
  %1288 = getelementptr i64, i64* %regs, i64 7
  store i64 %1287, i64* %1288, align 8
  %1289 = load i64, i64* %highEnd, align 8
  %1290 = getelementptr i64, i64* %regs, i64 8
  store i64 %1289, i64* %1290, align 8
  %1291 = add i32 %depth, 1
  %1292 = call i32 @m0.rt.str_upper(i64* %regs, i8* %mem, i32 %1291, i32 %1255)
  %1293 = getelementptr i64, i64* %regs, i64 0
  %1294 = load i64, i64* %1293, align 8
  store i64 %1294, i64* %fuel, align 8
  %1295 = getelementptr i64, i64* %regs, i64 6
  %1296 = load i64, i64* %1295, align 8
  store i64 %1296, i64* %lowStart, align 8
  %1297 = getelementptr i64, i64* %regs, i64 7
  %1298 = load i64, i64* %1297, align 8
  store i64 %1298, i64* %lowEnd, align 8
  %1299 = getelementptr i64, i64* %regs, i64 8
  %1300 = load i64, i64* %1299, align 8
  store i64 %1300, i64* %highEnd, align 8
  store i32 %1292, i32* %shout, align 4
  %1301 = load i32, i32* %dict, align 4
  %1302 = load i32, i32* %shout, align 4
  %1303 = zext i32 %1301 to i64
  %1304 = add i64 %1303, 12
  %1305 = add i64 %1304, 4
  %1306 = icmp uge i64 %1304, %scratch_start
  %1307 = load i64, i64* %highEnd, align 8
  %1308 = icmp ule i64 %1305, %1307
  %1309 = and i1 %1306, %1308
  %1310 = call i1 @llvm.expect.i1(i1 %1309, i1 true)
  br i1 %1310, label %write.ok169, label %write.low167

write.low167:                                     ; preds = %stack_ok166
  %1311 = load i64, i64* %lowStart, align 8
  %1312 = icmp uge i64 %1304, %1311
  %1313 = load i64, i64* %lowEnd, align 8
  %1314 = icmp ule i64 %1305, %1313
  %1315 = and i1 %1312, %1314
  %1316 = call i1 @llvm.expect.i1(i1 %1315, i1 true)
  br i1 %1316, label %write.ok169, label %write.slow168

write.slow168:                                    ; preds = %write.low167
  %1317 = icmp ugt i64 %1305, %arena_size
  br i1 %1317, label %trap17.site0, label %ok170

write.ok169:                                      ; preds = %ok170, %write.low167, %stack_ok166
  %1318 = getelementptr i8, i8* %mem, i64 %1304
  store i32 %1302, i32* %unaligned171, align 4
  %1319 = bitcast i32* %unaligned171 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1318, i8* %1319, i64 4, i1 false)
  %1320 = icmp uge i32 %depth, 1000
  br i1 %1320, label %trap15.site12, label %ok172

ok170:                                            ; preds = %write.slow168
  %1321 = icmp ult i64 %1304, %scratch_start
  %1322 = load i64, i64* %lowStart, align 8
  %1323 = call i64 @llvm.umin.i64(i64 %1322, i64 %1304)
  %1324 = load i64, i64* %lowEnd, align 8
  %1325 = load i64, i64* %highEnd, align 8
  %1326 = add i64 %1305, 64
  %1327 = sub i64 %1305, %1323
  %1328 = lshr i64 %1327, 4
  %1329 = add i64 %1326, %1328
  %1330 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1329)
  %1331 = call i64 @llvm.umax.i64(i64 %1324, i64 %1330)
  %1332 = select i1 %1321, i64 %1331, i64 %1324
  store i64 %1332, i64* %lowEnd, align 8
  %1333 = add i64 %1305, 64
  %1334 = sub i64 %1305, %scratch_start
  %1335 = lshr i64 %1334, 4
  %1336 = add i64 %1333, %1335
  %1337 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1336)
  %1338 = call i64 @llvm.umax.i64(i64 %1325, i64 %1337)
  %1339 = select i1 %1321, i64 %1325, i64 %1338
  store i64 %1339, i64* %highEnd, align 8
  store i64 %1323, i64* %lowStart, align 8
  br label %write.ok169

ok172:                                            ; preds = %write.ok169
  %1340 = icmp ult i64 %10, %stack_limit
  br i1 %1340, label %trap253.site0, label %stack_ok173

trap15.site12:                                    ; preds = %write.ok169
  %1341 = load i64, i64* %lowStart, align 8
  %1342 = getelementptr i64, i64* %regs, i64 6
  store i64 %1341, i64* %1342, align 8
  %1343 = load i64, i64* %lowEnd, align 8
  %1344 = getelementptr i64, i64* %regs, i64 7
  store i64 %1343, i64* %1344, align 8
  %1345 = load i64, i64* %highEnd, align 8
  %1346 = getelementptr i64, i64* %regs, i64 8
  store i64 %1345, i64* %1346, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok173:                                      ; preds = %ok172
  %1347 = load i64, i64* %fuel, align 8
  %1348 = getelementptr i64, i64* %regs, i64 0
  store i64 %1347, i64* %1348, align 8
  %1349 = load i64, i64* %lowStart, align 8
  %1350 = getelementptr i64, i64* %regs, i64 6
  store i64 %1349, i64* %1350, align 8
  %1351 = load i64, i64* %lowEnd, align 8
  %1352 = getelementptr i64, i64* %regs, i64 7
  store i64 %1351, i64* %1352, align 8
  %1353 = load i64, i64* %highEnd, align 8
  %1354 = getelementptr i64, i64* %regs, i64 8
  store i64 %1353, i64* %1354, align 8
  %1355 = add i32 %depth, 1
  %1356 = call i32 @m0.rt.str_trim(i64* %regs, i8* %mem, i32 %1355, i32 15680)
  %1357 = getelementptr i64, i64* %regs, i64 0
  %1358 = load i64, i64* %1357, align 8
  store i64 %1358, i64* %fuel, align 8
  %1359 = getelementptr i64, i64* %regs, i64 6
  %1360 = load i64, i64* %1359, align 8
  store i64 %1360, i64* %lowStart, align 8
  %1361 = getelementptr i64, i64* %regs, i64 7
  %1362 = load i64, i64* %1361, align 8
  store i64 %1362, i64* %lowEnd, align 8
  %1363 = getelementptr i64, i64* %regs, i64 8
  %1364 = load i64, i64* %1363, align 8
  store i64 %1364, i64* %highEnd, align 8
  %1365 = icmp uge i32 %depth, 1000
  br i1 %1365, label %trap15.site11, label %ok174

ok174:                                            ; preds = %stack_ok173
  %1366 = icmp ult i64 %10, %stack_limit
  br i1 %1366, label %trap253.site0, label %stack_ok175

trap15.site11:                                    ; preds = %stack_ok173
  %1367 = load i64, i64* %lowStart, align 8
  %1368 = getelementptr i64, i64* %regs, i64 6
  store i64 %1367, i64* %1368, align 8
  %1369 = load i64, i64* %lowEnd, align 8
  %1370 = getelementptr i64, i64* %regs, i64 7
  store i64 %1369, i64* %1370, align 8
  %1371 = load i64, i64* %highEnd, align 8
  %1372 = getelementptr i64, i64* %regs, i64 8
  store i64 %1371, i64* %1372, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok175:                                      ; preds = %ok174
  %1373 = load i64, i64* %fuel, align 8
  %1374 = getelementptr i64, i64* %regs, i64 0
  store i64 %1373, i64* %1374, align 8
  %1375 = load i64, i64* %lowStart, align 8
  %1376 = getelementptr i64, i64* %regs, i64 6
  store i64 %1375, i64* %1376, align 8
  %1377 = load i64, i64* %lowEnd, align 8
  %1378 = getelementptr i64, i64* %regs, i64 7
  store i64 %1377, i64* %1378, align 8
  %1379 = load i64, i64* %highEnd, align 8
  %1380 = getelementptr i64, i64* %regs, i64 8
  store i64 %1379, i64* %1380, align 8
  %1381 = add i32 %depth, 1
  %1382 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %1381, i32 %1356)
  %1383 = getelementptr i64, i64* %regs, i64 0
  %1384 = load i64, i64* %1383, align 8
  store i64 %1384, i64* %fuel, align 8
  %1385 = getelementptr i64, i64* %regs, i64 6
  %1386 = load i64, i64* %1385, align 8
  store i64 %1386, i64* %lowStart, align 8
  %1387 = getelementptr i64, i64* %regs, i64 7
  %1388 = load i64, i64* %1387, align 8
  store i64 %1388, i64* %lowEnd, align 8
  %1389 = getelementptr i64, i64* %regs, i64 8
  %1390 = load i64, i64* %1389, align 8
  store i64 %1390, i64* %highEnd, align 8
  store i32 %1382, i32* %quiet, align 4
  %1391 = load i32, i32* %dict, align 4
  %1392 = load i32, i32* %quiet, align 4
  %1393 = zext i32 %1391 to i64
  %1394 = add i64 %1393, 16
  %1395 = add i64 %1394, 4
  %1396 = icmp uge i64 %1394, %scratch_start
  %1397 = load i64, i64* %highEnd, align 8
  %1398 = icmp ule i64 %1395, %1397
  %1399 = and i1 %1396, %1398
  %1400 = call i1 @llvm.expect.i1(i1 %1399, i1 true)
  br i1 %1400, label %write.ok178, label %write.low176

write.low176:                                     ; preds = %stack_ok175
  %1401 = load i64, i64* %lowStart, align 8
  %1402 = icmp uge i64 %1394, %1401
  %1403 = load i64, i64* %lowEnd, align 8
  %1404 = icmp ule i64 %1395, %1403
  %1405 = and i1 %1402, %1404
  %1406 = call i1 @llvm.expect.i1(i1 %1405, i1 true)
  br i1 %1406, label %write.ok178, label %write.slow177

write.slow177:                                    ; preds = %write.low176
  %1407 = icmp ugt i64 %1395, %arena_size
  br i1 %1407, label %trap17.site0, label %ok179

write.ok178:                                      ; preds = %ok179, %write.low176, %stack_ok175
  %1408 = getelementptr i8, i8* %mem, i64 %1394
  store i32 %1392, i32* %unaligned180, align 4
  %1409 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1408, i8* %1409, i64 4, i1 false)
  %1410 = icmp uge i32 %depth, 1000
  br i1 %1410, label %trap15.site13, label %ok182

ok179:                                            ; preds = %write.slow177
  %1411 = icmp ult i64 %1394, %scratch_start
  %1412 = load i64, i64* %lowStart, align 8
  %1413 = call i64 @llvm.umin.i64(i64 %1412, i64 %1394)
  %1414 = load i64, i64* %lowEnd, align 8
  %1415 = load i64, i64* %highEnd, align 8
  %1416 = add i64 %1395, 64
  %1417 = sub i64 %1395, %1413
  %1418 = lshr i64 %1417, 4
  %1419 = add i64 %1416, %1418
  %1420 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1419)
  %1421 = call i64 @llvm.umax.i64(i64 %1414, i64 %1420)
  %1422 = select i1 %1411, i64 %1421, i64 %1414
  store i64 %1422, i64* %lowEnd, align 8
  %1423 = add i64 %1395, 64
  %1424 = sub i64 %1395, %scratch_start
  %1425 = lshr i64 %1424, 4
  %1426 = add i64 %1423, %1425
  %1427 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1426)
  %1428 = call i64 @llvm.umax.i64(i64 %1415, i64 %1427)
  %1429 = select i1 %1411, i64 %1415, i64 %1428
  store i64 %1429, i64* %highEnd, align 8
  store i64 %1413, i64* %lowStart, align 8
  br label %write.ok178

e21:                                              ; preds = %join186
  %1430 = load i32, i32* %result181, align 4
  store i32 %1430, i32* %words, align 4
  %1431 = load i32, i32* %dict, align 4
  %1432 = load i32, i32* %words, align 4
  %1433 = zext i32 %1431 to i64
  %1434 = add i64 %1433, 20
  %1435 = add i64 %1434, 4
  %1436 = icmp uge i64 %1434, %scratch_start
  %1437 = load i64, i64* %highEnd, align 8
  %1438 = icmp ule i64 %1435, %1437
  %1439 = and i1 %1436, %1438
  %1440 = call i1 @llvm.expect.i1(i1 %1439, i1 true)
  br i1 %1440, label %write.ok190, label %write.low188

ok182:                                            ; preds = %write.ok178
  %1441 = icmp ult i64 %10, %stack_limit
  br i1 %1441, label %trap253.site0, label %stack_ok183

trap15.site13:                                    ; preds = %write.ok178
  %1442 = load i64, i64* %lowStart, align 8
  %1443 = getelementptr i64, i64* %regs, i64 6
  store i64 %1442, i64* %1443, align 8
  %1444 = load i64, i64* %lowEnd, align 8
  %1445 = getelementptr i64, i64* %regs, i64 7
  store i64 %1444, i64* %1445, align 8
  %1446 = load i64, i64* %highEnd, align 8
  %1447 = getelementptr i64, i64* %regs, i64 8
  store i64 %1446, i64* %1447, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

stack_ok183:                                      ; preds = %ok182
  %1448 = load i64, i64* %fuel, align 8
  %1449 = getelementptr i64, i64* %regs, i64 0
  store i64 %1448, i64* %1449, align 8
  %1450 = load i64, i64* %lowStart, align 8
  %1451 = getelementptr i64, i64* %regs, i64 6
  store i64 %1450, i64* %1451, align 8
  %1452 = load i64, i64* %lowEnd, align 8
  %1453 = getelementptr i64, i64* %regs, i64 7
  store i64 %1452, i64* %1453, align 8
  %1454 = load i64, i64* %highEnd, align 8
  %1455 = getelementptr i64, i64* %regs, i64 8
  store i64 %1454, i64* %1455, align 8
  %1456 = add i32 %depth, 1
  %1457 = call i32 @m0.rt.str_split(i64* %regs, i8* %mem, i32 %1456, i32 24016, i32 24028)
  %1458 = getelementptr i64, i64* %regs, i64 0
  %1459 = load i64, i64* %1458, align 8
  store i64 %1459, i64* %fuel, align 8
  %1460 = getelementptr i64, i64* %regs, i64 6
  %1461 = load i64, i64* %1460, align 8
  store i64 %1461, i64* %lowStart, align 8
  %1462 = getelementptr i64, i64* %regs, i64 7
  %1463 = load i64, i64* %1462, align 8
  store i64 %1463, i64* %lowEnd, align 8
  %1464 = getelementptr i64, i64* %regs, i64 8
  %1465 = load i64, i64* %1464, align 8
  store i64 %1465, i64* %highEnd, align 8
  store i32 %1457, i32* %r, align 4
  %1466 = load i32, i32* %r, align 4
  %1467 = icmp eq i32 %1466, 0
  %1468 = zext i1 %1467 to i32
  %1469 = icmp ne i32 %1468, 0
  br i1 %1469, label %then184, label %else185

then184:                                          ; preds = %stack_ok183
  br label %trap8.site13

else185:                                          ; preds = %stack_ok183
  br label %join186

join186:                                          ; preds = %else185, %dead187
  %1470 = load i32, i32* %r, align 4
  store i32 %1470, i32* %result181, align 4
  br label %e21

trap8.site13:                                     ; preds = %then184
  %1471 = load i64, i64* %lowStart, align 8
  %1472 = getelementptr i64, i64* %regs, i64 6
  store i64 %1471, i64* %1472, align 8
  %1473 = load i64, i64* %lowEnd, align 8
  %1474 = getelementptr i64, i64* %regs, i64 7
  store i64 %1473, i64* %1474, align 8
  %1475 = load i64, i64* %highEnd, align 8
  %1476 = getelementptr i64, i64* %regs, i64 8
  store i64 %1475, i64* %1476, align 8
  call void @tetra_trap(i64* %regs, i32 8, i32 13)
  unreachable

dead187:                                          ; No predecessors!
  br label %join186

write.low188:                                     ; preds = %e21
  %1477 = load i64, i64* %lowStart, align 8
  %1478 = icmp uge i64 %1434, %1477
  %1479 = load i64, i64* %lowEnd, align 8
  %1480 = icmp ule i64 %1435, %1479
  %1481 = and i1 %1478, %1480
  %1482 = call i1 @llvm.expect.i1(i1 %1481, i1 true)
  br i1 %1482, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1483 = icmp ugt i64 %1435, %arena_size
  br i1 %1483, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e21
  %1484 = getelementptr i8, i8* %mem, i64 %1434
  store i32 %1432, i32* %unaligned192, align 4
  %1485 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1484, i8* %1485, i64 4, i1 false)
  store i32 24036, i32* %item, align 4
  %1486 = load i32, i32* %name, align 4
  store i32 %1486, i32* %item.1, align 4
  store i32 24044, i32* %item.2, align 4
  store i64 16, i64* %size, align 8
  %1487 = load i64, i64* %size, align 8
  %1488 = icmp ugt i64 %1487, 2147483647
  %1489 = zext i1 %1488 to i32
  %1490 = icmp ne i32 %1489, 0
  br i1 %1490, label %then194, label %else195

ok191:                                            ; preds = %write.slow189
  %1491 = icmp ult i64 %1434, %scratch_start
  %1492 = load i64, i64* %lowStart, align 8
  %1493 = call i64 @llvm.umin.i64(i64 %1492, i64 %1434)
  %1494 = load i64, i64* %lowEnd, align 8
  %1495 = load i64, i64* %highEnd, align 8
  %1496 = add i64 %1435, 64
  %1497 = sub i64 %1435, %1493
  %1498 = lshr i64 %1497, 4
  %1499 = add i64 %1496, %1498
  %1500 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1499)
  %1501 = call i64 @llvm.umax.i64(i64 %1494, i64 %1500)
  %1502 = select i1 %1491, i64 %1501, i64 %1494
  store i64 %1502, i64* %lowEnd, align 8
  %1503 = add i64 %1435, 64
  %1504 = sub i64 %1435, %scratch_start
  %1505 = lshr i64 %1504, 4
  %1506 = add i64 %1503, %1505
  %1507 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1506)
  %1508 = call i64 @llvm.umax.i64(i64 %1495, i64 %1507)
  %1509 = select i1 %1491, i64 %1495, i64 %1508
  store i64 %1509, i64* %highEnd, align 8
  store i64 %1493, i64* %lowStart, align 8
  br label %write.ok190

e25:                                              ; preds = %write.ok216
  %1510 = load i32, i32* %result193, align 4
  %1511 = icmp uge i32 %depth, 1000
  br i1 %1511, label %trap15.site14, label %ok219

then194:                                          ; preds = %write.ok190
  br label %trap15.site15

else195:                                          ; preds = %write.ok190
  br label %join196

join196:                                          ; preds = %else195, %dead197
  %1512 = load i64, i64* %size, align 8
  %1513 = trunc i64 %1512 to i32
  %1514 = zext i32 %1513 to i64
  %1515 = getelementptr i64, i64* %regs, i64 1
  %1516 = getelementptr i64, i64* %regs, i64 2
  %1517 = load i64, i64* %1515, align 8
  %1518 = add i64 %1517, 3
  %1519 = and i64 %1518, -4
  %1520 = add i64 %1519, %1514
  %1521 = load i64, i64* %1516, align 8
  %1522 = icmp ugt i64 %1520, %1521
  br i1 %1522, label %trap15.site15, label %ok198

trap15.site15:                                    ; preds = %join196, %then194
  %1523 = load i64, i64* %lowStart, align 8
  %1524 = getelementptr i64, i64* %regs, i64 6
  store i64 %1523, i64* %1524, align 8
  %1525 = load i64, i64* %lowEnd, align 8
  %1526 = getelementptr i64, i64* %regs, i64 7
  store i64 %1525, i64* %1526, align 8
  %1527 = load i64, i64* %highEnd, align 8
  %1528 = getelementptr i64, i64* %regs, i64 8
  store i64 %1527, i64* %1528, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead197:                                          ; No predecessors!
  br label %join196

ok198:                                            ; preds = %join196
  store i64 %1520, i64* %1515, align 8
  %1529 = load i64, i64* %highEnd, align 8
  %1530 = call i64 @llvm.umax.i64(i64 %1529, i64 %1520)
  store i64 %1530, i64* %highEnd, align 8
  %1531 = trunc i64 %1519 to i32
  store i32 %1531, i32* %list, align 4
  store i32 0, i32* %len.3, align 4
  %1532 = load i32, i32* %list, align 4
  %1533 = add i32 %1532, 4
  %1534 = load i32, i32* %len.3, align 4
  %1535 = mul i32 %1534, 4
  %1536 = add i32 %1533, %1535
  %1537 = load i32, i32* %item, align 4
  %1538 = zext i32 %1536 to i64
  %1539 = add i64 %1538, 4
  %1540 = icmp uge i64 %1538, %scratch_start
  %1541 = load i64, i64* %highEnd, align 8
  %1542 = icmp ule i64 %1539, %1541
  %1543 = and i1 %1540, %1542
  %1544 = call i1 @llvm.expect.i1(i1 %1543, i1 true)
  br i1 %1544, label %write.ok201, label %write.low199

write.low199:                                     ; preds = %ok198
  %1545 = load i64, i64* %lowStart, align 8
  %1546 = icmp uge i64 %1538, %1545
  %1547 = load i64, i64* %lowEnd, align 8
  %1548 = icmp ule i64 %1539, %1547
  %1549 = and i1 %1546, %1548
  %1550 = call i1 @llvm.expect.i1(i1 %1549, i1 true)
  br i1 %1550, label %write.ok201, label %write.slow200

write.slow200:                                    ; preds = %write.low199
  %1551 = icmp ugt i64 %1539, %arena_size
  br i1 %1551, label %trap17.site0, label %ok202

write.ok201:                                      ; preds = %ok202, %write.low199, %ok198
  %1552 = getelementptr i8, i8* %mem, i64 %1538
  store i32 %1537, i32* %unaligned203, align 4
  %1553 = bitcast i32* %unaligned203 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1552, i8* %1553, i64 4, i1 false)
  %1554 = load i32, i32* %len.3, align 4
  %1555 = add i32 %1554, 1
  store i32 %1555, i32* %len.3, align 4
  %1556 = load i32, i32* %list, align 4
  %1557 = add i32 %1556, 4
  %1558 = load i32, i32* %len.3, align 4
  %1559 = mul i32 %1558, 4
  %1560 = add i32 %1557, %1559
  %1561 = load i32, i32* %item.1, align 4
  %1562 = zext i32 %1560 to i64
  %1563 = add i64 %1562, 4
  %1564 = icmp uge i64 %1562, %scratch_start
  %1565 = load i64, i64* %highEnd, align 8
  %1566 = icmp ule i64 %1563, %1565
  %1567 = and i1 %1564, %1566
  %1568 = call i1 @llvm.expect.i1(i1 %1567, i1 true)
  br i1 %1568, label %write.ok206, label %write.low204

ok202:                                            ; preds = %write.slow200
  %1569 = icmp ult i64 %1538, %scratch_start
  %1570 = load i64, i64* %lowStart, align 8
  %1571 = call i64 @llvm.umin.i64(i64 %1570, i64 %1538)
  %1572 = load i64, i64* %lowEnd, align 8
  %1573 = load i64, i64* %highEnd, align 8
  %1574 = add i64 %1539, 64
  %1575 = sub i64 %1539, %1571
  %1576 = lshr i64 %1575, 4
  %1577 = add i64 %1574, %1576
  %1578 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1577)
  %1579 = call i64 @llvm.umax.i64(i64 %1572, i64 %1578)
  %1580 = select i1 %1569, i64 %1579, i64 %1572
  store i64 %1580, i64* %lowEnd, align 8
  %1581 = add i64 %1539, 64
  %1582 = sub i64 %1539, %scratch_start
  %1583 = lshr i64 %1582, 4
  %1584 = add i64 %1581, %1583
  %1585 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1584)
  %1586 = call i64 @llvm.umax.i64(i64 %1573, i64 %1585)
  %1587 = select i1 %1569, i64 %1573, i64 %1586
  store i64 %1587, i64* %highEnd, align 8
  store i64 %1571, i64* %lowStart, align 8
  br label %write.ok201

write.low204:                                     ; preds = %write.ok201
  %1588 = load i64, i64* %lowStart, align 8
  %1589 = icmp uge i64 %1562, %1588
  %1590 = load i64, i64* %lowEnd, align 8
  %1591 = icmp ule i64 %1563, %1590
  %1592 = and i1 %1589, %1591
  %1593 = call i1 @llvm.expect.i1(i1 %1592, i1 true)
  br i1 %1593, label %write.ok206, label %write.slow205

write.slow205:                                    ; preds = %write.low204
  %1594 = icmp ugt i64 %1563, %arena_size
  br i1 %1594, label %trap17.site0, label %ok207

write.ok206:                                      ; preds = %ok207, %write.low204, %write.ok201
  %1595 = getelementptr i8, i8* %mem, i64 %1562
  store i32 %1561, i32* %unaligned208, align 4
  %1596 = bitcast i32* %unaligned208 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1595, i8* %1596, i64 4, i1 false)
  %1597 = load i32, i32* %len.3, align 4
  %1598 = add i32 %1597, 1
  store i32 %1598, i32* %len.3, align 4
  %1599 = load i32, i32* %list, align 4
  %1600 = add i32 %1599, 4
  %1601 = load i32, i32* %len.3, align 4
  %1602 = mul i32 %1601, 4
  %1603 = add i32 %1600, %1602
  %1604 = load i32, i32* %item.2, align 4
  %1605 = zext i32 %1603 to i64
  %1606 = add i64 %1605, 4
  %1607 = icmp uge i64 %1605, %scratch_start
  %1608 = load i64, i64* %highEnd, align 8
  %1609 = icmp ule i64 %1606, %1608
  %1610 = and i1 %1607, %1609
  %1611 = call i1 @llvm.expect.i1(i1 %1610, i1 true)
  br i1 %1611, label %write.ok211, label %write.low209

ok207:                                            ; preds = %write.slow205
  %1612 = icmp ult i64 %1562, %scratch_start
  %1613 = load i64, i64* %lowStart, align 8
  %1614 = call i64 @llvm.umin.i64(i64 %1613, i64 %1562)
  %1615 = load i64, i64* %lowEnd, align 8
  %1616 = load i64, i64* %highEnd, align 8
  %1617 = add i64 %1563, 64
  %1618 = sub i64 %1563, %1614
  %1619 = lshr i64 %1618, 4
  %1620 = add i64 %1617, %1619
  %1621 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1620)
  %1622 = call i64 @llvm.umax.i64(i64 %1615, i64 %1621)
  %1623 = select i1 %1612, i64 %1622, i64 %1615
  store i64 %1623, i64* %lowEnd, align 8
  %1624 = add i64 %1563, 64
  %1625 = sub i64 %1563, %scratch_start
  %1626 = lshr i64 %1625, 4
  %1627 = add i64 %1624, %1626
  %1628 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1627)
  %1629 = call i64 @llvm.umax.i64(i64 %1616, i64 %1628)
  %1630 = select i1 %1612, i64 %1616, i64 %1629
  store i64 %1630, i64* %highEnd, align 8
  store i64 %1614, i64* %lowStart, align 8
  br label %write.ok206

write.low209:                                     ; preds = %write.ok206
  %1631 = load i64, i64* %lowStart, align 8
  %1632 = icmp uge i64 %1605, %1631
  %1633 = load i64, i64* %lowEnd, align 8
  %1634 = icmp ule i64 %1606, %1633
  %1635 = and i1 %1632, %1634
  %1636 = call i1 @llvm.expect.i1(i1 %1635, i1 true)
  br i1 %1636, label %write.ok211, label %write.slow210

write.slow210:                                    ; preds = %write.low209
  %1637 = icmp ugt i64 %1606, %arena_size
  br i1 %1637, label %trap17.site0, label %ok212

write.ok211:                                      ; preds = %ok212, %write.low209, %write.ok206
  %1638 = getelementptr i8, i8* %mem, i64 %1605
  store i32 %1604, i32* %unaligned213, align 4
  %1639 = bitcast i32* %unaligned213 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1638, i8* %1639, i64 4, i1 false)
  %1640 = load i32, i32* %len.3, align 4
  %1641 = add i32 %1640, 1
  store i32 %1641, i32* %len.3, align 4
  %1642 = load i32, i32* %list, align 4
  %1643 = load i32, i32* %len.3, align 4
  %1644 = zext i32 %1642 to i64
  %1645 = add i64 %1644, 4
  %1646 = icmp uge i64 %1644, %scratch_start
  %1647 = load i64, i64* %highEnd, align 8
  %1648 = icmp ule i64 %1645, %1647
  %1649 = and i1 %1646, %1648
  %1650 = call i1 @llvm.expect.i1(i1 %1649, i1 true)
  br i1 %1650, label %write.ok216, label %write.low214

ok212:                                            ; preds = %write.slow210
  %1651 = icmp ult i64 %1605, %scratch_start
  %1652 = load i64, i64* %lowStart, align 8
  %1653 = call i64 @llvm.umin.i64(i64 %1652, i64 %1605)
  %1654 = load i64, i64* %lowEnd, align 8
  %1655 = load i64, i64* %highEnd, align 8
  %1656 = add i64 %1606, 64
  %1657 = sub i64 %1606, %1653
  %1658 = lshr i64 %1657, 4
  %1659 = add i64 %1656, %1658
  %1660 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1659)
  %1661 = call i64 @llvm.umax.i64(i64 %1654, i64 %1660)
  %1662 = select i1 %1651, i64 %1661, i64 %1654
  store i64 %1662, i64* %lowEnd, align 8
  %1663 = add i64 %1606, 64
  %1664 = sub i64 %1606, %scratch_start
  %1665 = lshr i64 %1664, 4
  %1666 = add i64 %1663, %1665
  %1667 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1666)
  %1668 = call i64 @llvm.umax.i64(i64 %1655, i64 %1667)
  %1669 = select i1 %1651, i64 %1655, i64 %1668
  store i64 %1669, i64* %highEnd, align 8
  store i64 %1653, i64* %lowStart, align 8
  br label %write.ok211

write.low214:                                     ; preds = %write.ok211
  %1670 = load i64, i64* %lowStart, align 8
  %1671 = icmp uge i64 %1644, %1670
  %1672 = load i64, i64* %lowEnd, align 8
  %1673 = icmp ule i64 %1645, %1672
  %1674 = and i1 %1671, %1673
  %1675 = call i1 @llvm.expect.i1(i1 %1674, i1 true)
  br i1 %1675, label %write.ok216, label %write.slow215

write.slow215:                                    ; preds = %write.low214
  %1676 = icmp ugt i64 %1645, %arena_size
  br i1 %1676, label %trap17.site0, label %ok217

write.ok216:                                      ; preds = %ok217, %write.low214, %write.ok211
  %1677 = getelementptr i8, i8* %mem, i64 %1644
  store i32 %1643, i32* %unaligned218, align 4
  %1678 = bitcast i32* %unaligned218 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1677, i8* %1678, i64 4, i1 false)
  %1679 = load i32, i32* %list, align 4
  store i32 %1679, i32* %result193, align 4
  br label %e25

ok217:                                            ; preds = %write.slow215
  %1680 = icmp ult i64 %1644, %scratch_start
  %1681 = load i64, i64* %lowStart, align 8
  %1682 = call i64 @llvm.umin.i64(i64 %1681, i64 %1644)
  %1683 = load i64, i64* %lowEnd, align 8
  %1684 = load i64, i64* %highEnd, align 8
  %1685 = add i64 %1645, 64
  %1686 = sub i64 %1645, %1682
  %1687 = lshr i64 %1686, 4
  %1688 = add i64 %1685, %1687
  %1689 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1688)
  %1690 = call i64 @llvm.umax.i64(i64 %1683, i64 %1689)
  %1691 = select i1 %1680, i64 %1690, i64 %1683
  store i64 %1691, i64* %lowEnd, align 8
  %1692 = add i64 %1645, 64
  %1693 = sub i64 %1645, %scratch_start
  %1694 = lshr i64 %1693, 4
  %1695 = add i64 %1692, %1694
  %1696 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1695)
  %1697 = call i64 @llvm.umax.i64(i64 %1684, i64 %1696)
  %1698 = select i1 %1680, i64 %1684, i64 %1697
  store i64 %1698, i64* %highEnd, align 8
  store i64 %1682, i64* %lowStart, align 8
  br label %write.ok216

ok219:                                            ; preds = %e25
  %1699 = icmp ult i64 %10, %stack_limit
  br i1 %1699, label %trap253.site0, label %stack_ok220

trap15.site14:                                    ; preds = %e25
  %1700 = load i64, i64* %lowStart, align 8
  %1701 = getelementptr i64, i64* %regs, i64 6
  store i64 %1700, i64* %1701, align 8
  %1702 = load i64, i64* %lowEnd, align 8
  %1703 = getelementptr i64, i64* %regs, i64 7
  store i64 %1702, i64* %1703, align 8
  %1704 = load i64, i64* %highEnd, align 8
  %1705 = getelementptr i64, i64* %regs, i64 8
  store i64 %1704, i64* %1705, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok220:                                      ; preds = %ok219
  %1706 = load i64, i64* %fuel, align 8
  %1707 = getelementptr i64, i64* %regs, i64 0
  store i64 %1706, i64* %1707, align 8
  %1708 = load i64, i64* %lowStart, align 8
  %1709 = getelementptr i64, i64* %regs, i64 6
  store i64 %1708, i64* %1709, align 8
  %1710 = load i64, i64* %lowEnd, align 8
  %1711 = getelementptr i64, i64* %regs, i64 7
  store i64 %1710, i64* %1711, align 8
  %1712 = load i64, i64* %highEnd, align 8
  %1713 = getelementptr i64, i64* %regs, i64 8
  store i64 %1712, i64* %1713, align 8
  %1714 = add i32 %depth, 1
  %1715 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1714, i32 %1510, i32 24052)
  %1716 = getelementptr i64, i64* %regs, i64 0
  %1717 = load i64, i64* %1716, align 8
  store i64 %1717, i64* %fuel, align 8
  %1718 = getelementptr i64, i64* %regs, i64 6
  %1719 = load i64, i64* %1718, align 8
  store i64 %1719, i64* %lowStart, align 8
  %1720 = getelementptr i64, i64* %regs, i64 7
  %1721 = load i64, i64* %1720, align 8
  store i64 %1721, i64* %lowEnd, align 8
  %1722 = getelementptr i64, i64* %regs, i64 8
  %1723 = load i64, i64* %1722, align 8
  store i64 %1723, i64* %highEnd, align 8
  store i32 %1715, i32* %joined, align 4
  %1724 = load i32, i32* %dict, align 4
  %1725 = load i32, i32* %joined, align 4
  %1726 = zext i32 %1724 to i64
  %1727 = add i64 %1726, 24
  %1728 = add i64 %1727, 4
  %1729 = icmp uge i64 %1727, %scratch_start
  %1730 = load i64, i64* %highEnd, align 8
  %1731 = icmp ule i64 %1728, %1730
  %1732 = and i1 %1729, %1731
  %1733 = call i1 @llvm.expect.i1(i1 %1732, i1 true)
  br i1 %1733, label %write.ok223, label %write.low221

write.low221:                                     ; preds = %stack_ok220
  %1734 = load i64, i64* %lowStart, align 8
  %1735 = icmp uge i64 %1727, %1734
  %1736 = load i64, i64* %lowEnd, align 8
  %1737 = icmp ule i64 %1728, %1736
  %1738 = and i1 %1735, %1737
  %1739 = call i1 @llvm.expect.i1(i1 %1738, i1 true)
  br i1 %1739, label %write.ok223, label %write.slow222

write.slow222:                                    ; preds = %write.low221
  %1740 = icmp ugt i64 %1728, %arena_size
  br i1 %1740, label %trap17.site0, label %ok224

write.ok223:                                      ; preds = %ok224, %write.low221, %stack_ok220
  %1741 = getelementptr i8, i8* %mem, i64 %1727
  store i32 %1725, i32* %unaligned225, align 4
  %1742 = bitcast i32* %unaligned225 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1741, i8* %1742, i64 4, i1 false)
  %1743 = load i32, i32* %name, align 4
  %1744 = icmp uge i32 %depth, 1000
  br i1 %1744, label %trap15.site16, label %ok226

ok224:                                            ; preds = %write.slow222
  %1745 = icmp ult i64 %1727, %scratch_start
  %1746 = load i64, i64* %lowStart, align 8
  %1747 = call i64 @llvm.umin.i64(i64 %1746, i64 %1727)
  %1748 = load i64, i64* %lowEnd, align 8
  %1749 = load i64, i64* %highEnd, align 8
  %1750 = add i64 %1728, 64
  %1751 = sub i64 %1728, %1747
  %1752 = lshr i64 %1751, 4
  %1753 = add i64 %1750, %1752
  %1754 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1753)
  %1755 = call i64 @llvm.umax.i64(i64 %1748, i64 %1754)
  %1756 = select i1 %1745, i64 %1755, i64 %1748
  store i64 %1756, i64* %lowEnd, align 8
  %1757 = add i64 %1728, 64
  %1758 = sub i64 %1728, %scratch_start
  %1759 = lshr i64 %1758, 4
  %1760 = add i64 %1757, %1759
  %1761 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1760)
  %1762 = call i64 @llvm.umax.i64(i64 %1749, i64 %1761)
  %1763 = select i1 %1745, i64 %1749, i64 %1762
  store i64 %1763, i64* %highEnd, align 8
  store i64 %1747, i64* %lowStart, align 8
  br label %write.ok223

ok226:                                            ; preds = %write.ok223
  %1764 = icmp ult i64 %10, %stack_limit
  br i1 %1764, label %trap253.site0, label %stack_ok227

trap15.site16:                                    ; preds = %write.ok223
  %1765 = load i64, i64* %lowStart, align 8
  %1766 = getelementptr i64, i64* %regs, i64 6
  store i64 %1765, i64* %1766, align 8
  %1767 = load i64, i64* %lowEnd, align 8
  %1768 = getelementptr i64, i64* %regs, i64 7
  store i64 %1767, i64* %1768, align 8
  %1769 = load i64, i64* %highEnd, align 8
  %1770 = getelementptr i64, i64* %regs, i64 8
  store i64 %1769, i64* %1770, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok227:                                      ; preds = %ok226
  %1771 = load i64, i64* %fuel, align 8
  %1772 = getelementptr i64, i64* %regs, i64 0
  store i64 %1771, i64* %1772, align 8
  %1773 = load i64, i64* %lowStart, align 8
  %1774 = getelementptr i64, i64* %regs, i64 6
  store i64 %1773, i64* %1774, align 8
  %1775 = load i64, i64* %lowEnd, align 8
  %1776 = getelementptr i64, i64* %regs, i64 7
  store i64 %1775, i64* %1776, align 8
  %1777 = load i64, i64* %highEnd, align 8
  %1778 = getelementptr i64, i64* %regs, i64 8
  store i64 %1777, i64* %1778, align 8
  %1779 = add i32 %depth, 1
  %1780 = call i32 @m0.rt.str_replace(i64* %regs, i8* %mem, i32 %1779, i32 %1743, i32 24060, i32 24068)
  %1781 = getelementptr i64, i64* %regs, i64 0
  %1782 = load i64, i64* %1781, align 8
  store i64 %1782, i64* %fuel, align 8
  %1783 = getelementptr i64, i64* %regs, i64 6
  %1784 = load i64, i64* %1783, align 8
  store i64 %1784, i64* %lowStart, align 8
  %1785 = getelementptr i64, i64* %regs, i64 7
  %1786 = load i64, i64* %1785, align 8
  store i64 %1786, i64* %lowEnd, align 8
  %1787 = getelementptr i64, i64* %regs, i64 8
  %1788 = load i64, i64* %1787, align 8
  store i64 %1788, i64* %highEnd, align 8
  store i32 %1780, i32* %replaced, align 4
  %1789 = load i32, i32* %dict, align 4
  %1790 = load i32, i32* %replaced, align 4
  %1791 = zext i32 %1789 to i64
  %1792 = add i64 %1791, 28
  %1793 = add i64 %1792, 4
  %1794 = icmp uge i64 %1792, %scratch_start
  %1795 = load i64, i64* %highEnd, align 8
  %1796 = icmp ule i64 %1793, %1795
  %1797 = and i1 %1794, %1796
  %1798 = call i1 @llvm.expect.i1(i1 %1797, i1 true)
  br i1 %1798, label %write.ok230, label %write.low228

write.low228:                                     ; preds = %stack_ok227
  %1799 = load i64, i64* %lowStart, align 8
  %1800 = icmp uge i64 %1792, %1799
  %1801 = load i64, i64* %lowEnd, align 8
  %1802 = icmp ule i64 %1793, %1801
  %1803 = and i1 %1800, %1802
  %1804 = call i1 @llvm.expect.i1(i1 %1803, i1 true)
  br i1 %1804, label %write.ok230, label %write.slow229

write.slow229:                                    ; preds = %write.low228
  %1805 = icmp ugt i64 %1793, %arena_size
  br i1 %1805, label %trap17.site0, label %ok231

write.ok230:                                      ; preds = %ok231, %write.low228, %stack_ok227
  %1806 = getelementptr i8, i8* %mem, i64 %1792
  store i32 %1790, i32* %unaligned232, align 4
  %1807 = bitcast i32* %unaligned232 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1806, i8* %1807, i64 4, i1 false)
  %1808 = load i32, i32* %name, align 4
  %1809 = icmp uge i32 %depth, 1000
  br i1 %1809, label %trap15.site17, label %ok234

ok231:                                            ; preds = %write.slow229
  %1810 = icmp ult i64 %1792, %scratch_start
  %1811 = load i64, i64* %lowStart, align 8
  %1812 = call i64 @llvm.umin.i64(i64 %1811, i64 %1792)
  %1813 = load i64, i64* %lowEnd, align 8
  %1814 = load i64, i64* %highEnd, align 8
  %1815 = add i64 %1793, 64
  %1816 = sub i64 %1793, %1812
  %1817 = lshr i64 %1816, 4
  %1818 = add i64 %1815, %1817
  %1819 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1818)
  %1820 = call i64 @llvm.umax.i64(i64 %1813, i64 %1819)
  %1821 = select i1 %1810, i64 %1820, i64 %1813
  store i64 %1821, i64* %lowEnd, align 8
  %1822 = add i64 %1793, 64
  %1823 = sub i64 %1793, %scratch_start
  %1824 = lshr i64 %1823, 4
  %1825 = add i64 %1822, %1824
  %1826 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1825)
  %1827 = call i64 @llvm.umax.i64(i64 %1814, i64 %1826)
  %1828 = select i1 %1810, i64 %1814, i64 %1827
  store i64 %1828, i64* %highEnd, align 8
  store i64 %1812, i64* %lowStart, align 8
  br label %write.ok230

e34:                                              ; preds = %join238
  %1829 = load i32, i32* %result233, align 4
  store i32 %1829, i32* %prefix, align 4
  %1830 = load i32, i32* %dict, align 4
  %1831 = load i32, i32* %prefix, align 4
  %1832 = zext i32 %1830 to i64
  %1833 = add i64 %1832, 32
  %1834 = add i64 %1833, 4
  %1835 = icmp uge i64 %1833, %scratch_start
  %1836 = load i64, i64* %highEnd, align 8
  %1837 = icmp ule i64 %1834, %1836
  %1838 = and i1 %1835, %1837
  %1839 = call i1 @llvm.expect.i1(i1 %1838, i1 true)
  br i1 %1839, label %write.ok242, label %write.low240

ok234:                                            ; preds = %write.ok230
  %1840 = icmp ult i64 %10, %stack_limit
  br i1 %1840, label %trap253.site0, label %stack_ok235

trap15.site17:                                    ; preds = %write.ok230
  %1841 = load i64, i64* %lowStart, align 8
  %1842 = getelementptr i64, i64* %regs, i64 6
  store i64 %1841, i64* %1842, align 8
  %1843 = load i64, i64* %lowEnd, align 8
  %1844 = getelementptr i64, i64* %regs, i64 7
  store i64 %1843, i64* %1844, align 8
  %1845 = load i64, i64* %highEnd, align 8
  %1846 = getelementptr i64, i64* %regs, i64 8
  store i64 %1845, i64* %1846, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

stack_ok235:                                      ; preds = %ok234
  %1847 = load i64, i64* %fuel, align 8
  %1848 = getelementptr i64, i64* %regs, i64 0
  store i64 %1847, i64* %1848, align 8
  %1849 = load i64, i64* %lowStart, align 8
  %1850 = getelementptr i64, i64* %regs, i64 6
  store i64 %1849, i64* %1850, align 8
  %1851 = load i64, i64* %lowEnd, align 8
  %1852 = getelementptr i64, i64* %regs, i64 7
  store i64 %1851, i64* %1852, align 8
  %1853 = load i64, i64* %highEnd, align 8
  %1854 = getelementptr i64, i64* %regs, i64 8
  store i64 %1853, i64* %1854, align 8
  %1855 = add i32 %depth, 1
  %1856 = call i32 @m0.rt.str_substring(i64* %regs, i8* %mem, i32 %1855, i32 %1808, i64 0, i64 2)
  %1857 = getelementptr i64, i64* %regs, i64 0
  %1858 = load i64, i64* %1857, align 8
  store i64 %1858, i64* %fuel, align 8
  %1859 = getelementptr i64, i64* %regs, i64 6
  %1860 = load i64, i64* %1859, align 8
  store i64 %1860, i64* %lowStart, align 8
  %1861 = getelementptr i64, i64* %regs, i64 7
  %1862 = load i64, i64* %1861, align 8
  store i64 %1862, i64* %lowEnd, align 8
  %1863 = getelementptr i64, i64* %regs, i64 8
  %1864 = load i64, i64* %1863, align 8
  store i64 %1864, i64* %highEnd, align 8
  store i32 %1856, i32* %r.1, align 4
  %1865 = load i32, i32* %r.1, align 4
  %1866 = icmp eq i32 %1865, 0
  %1867 = zext i1 %1866 to i32
  %1868 = icmp ne i32 %1867, 0
  br i1 %1868, label %then236, label %else237

then236:                                          ; preds = %stack_ok235
  br label %trap3.site17

else237:                                          ; preds = %stack_ok235
  br label %join238

join238:                                          ; preds = %else237, %dead239
  %1869 = load i32, i32* %r.1, align 4
  store i32 %1869, i32* %result233, align 4
  br label %e34

trap3.site17:                                     ; preds = %then236
  %1870 = load i64, i64* %lowStart, align 8
  %1871 = getelementptr i64, i64* %regs, i64 6
  store i64 %1870, i64* %1871, align 8
  %1872 = load i64, i64* %lowEnd, align 8
  %1873 = getelementptr i64, i64* %regs, i64 7
  store i64 %1872, i64* %1873, align 8
  %1874 = load i64, i64* %highEnd, align 8
  %1875 = getelementptr i64, i64* %regs, i64 8
  store i64 %1874, i64* %1875, align 8
  call void @tetra_trap(i64* %regs, i32 3, i32 17)
  unreachable

dead239:                                          ; No predecessors!
  br label %join238

write.low240:                                     ; preds = %e34
  %1876 = load i64, i64* %lowStart, align 8
  %1877 = icmp uge i64 %1833, %1876
  %1878 = load i64, i64* %lowEnd, align 8
  %1879 = icmp ule i64 %1834, %1878
  %1880 = and i1 %1877, %1879
  %1881 = call i1 @llvm.expect.i1(i1 %1880, i1 true)
  br i1 %1881, label %write.ok242, label %write.slow241

write.slow241:                                    ; preds = %write.low240
  %1882 = icmp ugt i64 %1834, %arena_size
  br i1 %1882, label %trap17.site0, label %ok243

write.ok242:                                      ; preds = %ok243, %write.low240, %e34
  %1883 = getelementptr i8, i8* %mem, i64 %1833
  store i32 %1831, i32* %unaligned244, align 4
  %1884 = bitcast i32* %unaligned244 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1883, i8* %1884, i64 4, i1 false)
  %1885 = load i32, i32* %name, align 4
  %1886 = icmp uge i32 %depth, 1000
  br i1 %1886, label %trap15.site19, label %ok246

ok243:                                            ; preds = %write.slow241
  %1887 = icmp ult i64 %1833, %scratch_start
  %1888 = load i64, i64* %lowStart, align 8
  %1889 = call i64 @llvm.umin.i64(i64 %1888, i64 %1833)
  %1890 = load i64, i64* %lowEnd, align 8
  %1891 = load i64, i64* %highEnd, align 8
  %1892 = add i64 %1834, 64
  %1893 = sub i64 %1834, %1889
  %1894 = lshr i64 %1893, 4
  %1895 = add i64 %1892, %1894
  %1896 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1895)
  %1897 = call i64 @llvm.umax.i64(i64 %1890, i64 %1896)
  %1898 = select i1 %1887, i64 %1897, i64 %1890
  store i64 %1898, i64* %lowEnd, align 8
  %1899 = add i64 %1834, 64
  %1900 = sub i64 %1834, %scratch_start
  %1901 = lshr i64 %1900, 4
  %1902 = add i64 %1899, %1901
  %1903 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1902)
  %1904 = call i64 @llvm.umax.i64(i64 %1891, i64 %1903)
  %1905 = select i1 %1887, i64 %1891, i64 %1904
  store i64 %1905, i64* %highEnd, align 8
  store i64 %1889, i64* %lowStart, align 8
  br label %write.ok242

e38:                                              ; preds = %write.ok271
  %1906 = load i32, i32* %result245, align 4
  store i32 %1906, i32* %checks, align 4
  %1907 = load i32, i32* %dict, align 4
  %1908 = load i32, i32* %checks, align 4
  %1909 = zext i32 %1907 to i64
  %1910 = add i64 %1909, 36
  %1911 = add i64 %1910, 4
  %1912 = icmp uge i64 %1910, %scratch_start
  %1913 = load i64, i64* %highEnd, align 8
  %1914 = icmp ule i64 %1911, %1913
  %1915 = and i1 %1912, %1914
  %1916 = call i1 @llvm.expect.i1(i1 %1915, i1 true)
  br i1 %1916, label %write.ok276, label %write.low274

ok246:                                            ; preds = %write.ok242
  %1917 = icmp ult i64 %10, %stack_limit
  br i1 %1917, label %trap253.site0, label %stack_ok247

trap15.site19:                                    ; preds = %write.ok242
  %1918 = load i64, i64* %lowStart, align 8
  %1919 = getelementptr i64, i64* %regs, i64 6
  store i64 %1918, i64* %1919, align 8
  %1920 = load i64, i64* %lowEnd, align 8
  %1921 = getelementptr i64, i64* %regs, i64 7
  store i64 %1920, i64* %1921, align 8
  %1922 = load i64, i64* %highEnd, align 8
  %1923 = getelementptr i64, i64* %regs, i64 8
  store i64 %1922, i64* %1923, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

stack_ok247:                                      ; preds = %ok246
  %1924 = load i64, i64* %fuel, align 8
  %1925 = getelementptr i64, i64* %regs, i64 0
  store i64 %1924, i64* %1925, align 8
  %1926 = load i64, i64* %lowStart, align 8
  %1927 = getelementptr i64, i64* %regs, i64 6
  store i64 %1926, i64* %1927, align 8
  %1928 = load i64, i64* %lowEnd, align 8
  %1929 = getelementptr i64, i64* %regs, i64 7
  store i64 %1928, i64* %1929, align 8
  %1930 = load i64, i64* %highEnd, align 8
  %1931 = getelementptr i64, i64* %regs, i64 8
  store i64 %1930, i64* %1931, align 8
  %1932 = add i32 %depth, 1
  %1933 = call i32 @m0.rt.str_starts_with(i64* %regs, i8* %mem, i32 %1932, i32 %1885, i32 24076)
  %1934 = getelementptr i64, i64* %regs, i64 0
  %1935 = load i64, i64* %1934, align 8
  store i64 %1935, i64* %fuel, align 8
  %1936 = getelementptr i64, i64* %regs, i64 6
  %1937 = load i64, i64* %1936, align 8
  store i64 %1937, i64* %lowStart, align 8
  %1938 = getelementptr i64, i64* %regs, i64 7
  %1939 = load i64, i64* %1938, align 8
  store i64 %1939, i64* %lowEnd, align 8
  %1940 = getelementptr i64, i64* %regs, i64 8
  %1941 = load i64, i64* %1940, align 8
  store i64 %1941, i64* %highEnd, align 8
  store i32 %1933, i32* %item.3, align 4
  %1942 = load i32, i32* %name, align 4
  %1943 = icmp uge i32 %depth, 1000
  br i1 %1943, label %trap15.site20, label %ok248

ok248:                                            ; preds = %stack_ok247
  %1944 = icmp ult i64 %10, %stack_limit
  br i1 %1944, label %trap253.site0, label %stack_ok249

trap15.site20:                                    ; preds = %stack_ok247
  %1945 = load i64, i64* %lowStart, align 8
  %1946 = getelementptr i64, i64* %regs, i64 6
  store i64 %1945, i64* %1946, align 8
  %1947 = load i64, i64* %lowEnd, align 8
  %1948 = getelementptr i64, i64* %regs, i64 7
  store i64 %1947, i64* %1948, align 8
  %1949 = load i64, i64* %highEnd, align 8
  %1950 = getelementptr i64, i64* %regs, i64 8
  store i64 %1949, i64* %1950, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

stack_ok249:                                      ; preds = %ok248
  %1951 = load i64, i64* %fuel, align 8
  %1952 = getelementptr i64, i64* %regs, i64 0
  store i64 %1951, i64* %1952, align 8
  %1953 = load i64, i64* %lowStart, align 8
  %1954 = getelementptr i64, i64* %regs, i64 6
  store i64 %1953, i64* %1954, align 8
  %1955 = load i64, i64* %lowEnd, align 8
  %1956 = getelementptr i64, i64* %regs, i64 7
  store i64 %1955, i64* %1956, align 8
  %1957 = load i64, i64* %highEnd, align 8
  %1958 = getelementptr i64, i64* %regs, i64 8
  store i64 %1957, i64* %1958, align 8
  %1959 = add i32 %depth, 1
  %1960 = call i32 @m0.rt.str_ends_with(i64* %regs, i8* %mem, i32 %1959, i32 %1942, i32 24060)
  %1961 = getelementptr i64, i64* %regs, i64 0
  %1962 = load i64, i64* %1961, align 8
  store i64 %1962, i64* %fuel, align 8
  %1963 = getelementptr i64, i64* %regs, i64 6
  %1964 = load i64, i64* %1963, align 8
  store i64 %1964, i64* %lowStart, align 8
  %1965 = getelementptr i64, i64* %regs, i64 7
  %1966 = load i64, i64* %1965, align 8
  store i64 %1966, i64* %lowEnd, align 8
  %1967 = getelementptr i64, i64* %regs, i64 8
  %1968 = load i64, i64* %1967, align 8
  store i64 %1968, i64* %highEnd, align 8
  store i32 %1960, i32* %item.4, align 4
  %1969 = load i32, i32* %name, align 4
  %1970 = icmp uge i32 %depth, 1000
  br i1 %1970, label %trap15.site21, label %ok250

ok250:                                            ; preds = %stack_ok249
  %1971 = icmp ult i64 %10, %stack_limit
  br i1 %1971, label %trap253.site0, label %stack_ok251

trap15.site21:                                    ; preds = %stack_ok249
  %1972 = load i64, i64* %lowStart, align 8
  %1973 = getelementptr i64, i64* %regs, i64 6
  store i64 %1972, i64* %1973, align 8
  %1974 = load i64, i64* %lowEnd, align 8
  %1975 = getelementptr i64, i64* %regs, i64 7
  store i64 %1974, i64* %1975, align 8
  %1976 = load i64, i64* %highEnd, align 8
  %1977 = getelementptr i64, i64* %regs, i64 8
  store i64 %1976, i64* %1977, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

stack_ok251:                                      ; preds = %ok250
  %1978 = load i64, i64* %fuel, align 8
  %1979 = getelementptr i64, i64* %regs, i64 0
  store i64 %1978, i64* %1979, align 8
  %1980 = load i64, i64* %lowStart, align 8
  %1981 = getelementptr i64, i64* %regs, i64 6
  store i64 %1980, i64* %1981, align 8
  %1982 = load i64, i64* %lowEnd, align 8
  %1983 = getelementptr i64, i64* %regs, i64 7
  store i64 %1982, i64* %1983, align 8
  %1984 = load i64, i64* %highEnd, align 8
  %1985 = getelementptr i64, i64* %regs, i64 8
  store i64 %1984, i64* %1985, align 8
  %1986 = add i32 %depth, 1
  %1987 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %1986, i32 %1969, i32 24084)
  %1988 = getelementptr i64, i64* %regs, i64 0
  %1989 = load i64, i64* %1988, align 8
  store i64 %1989, i64* %fuel, align 8
  %1990 = getelementptr i64, i64* %regs, i64 6
  %1991 = load i64, i64* %1990, align 8
  store i64 %1991, i64* %lowStart, align 8
  %1992 = getelementptr i64, i64* %regs, i64 7
  %1993 = load i64, i64* %1992, align 8
  store i64 %1993, i64* %lowEnd, align 8
  %1994 = getelementptr i64, i64* %regs, i64 8
  %1995 = load i64, i64* %1994, align 8
  store i64 %1995, i64* %highEnd, align 8
  store i32 %1987, i32* %item.5, align 4
  store i64 7, i64* %size.1, align 8
  %1996 = load i64, i64* %size.1, align 8
  %1997 = icmp ugt i64 %1996, 2147483647
  %1998 = zext i1 %1997 to i32
  %1999 = icmp ne i32 %1998, 0
  br i1 %1999, label %then252, label %else253

then252:                                          ; preds = %stack_ok251
  br label %trap15.site18

else253:                                          ; preds = %stack_ok251
  br label %join254

join254:                                          ; preds = %else253, %dead255
  %2000 = load i64, i64* %size.1, align 8
  %2001 = trunc i64 %2000 to i32
  %2002 = zext i32 %2001 to i64
  %2003 = getelementptr i64, i64* %regs, i64 1
  %2004 = getelementptr i64, i64* %regs, i64 2
  %2005 = load i64, i64* %2003, align 8
  %2006 = add i64 %2005, 3
  %2007 = and i64 %2006, -4
  %2008 = add i64 %2007, %2002
  %2009 = load i64, i64* %2004, align 8
  %2010 = icmp ugt i64 %2008, %2009
  br i1 %2010, label %trap15.site18, label %ok256

trap15.site18:                                    ; preds = %join254, %then252
  %2011 = load i64, i64* %lowStart, align 8
  %2012 = getelementptr i64, i64* %regs, i64 6
  store i64 %2011, i64* %2012, align 8
  %2013 = load i64, i64* %lowEnd, align 8
  %2014 = getelementptr i64, i64* %regs, i64 7
  store i64 %2013, i64* %2014, align 8
  %2015 = load i64, i64* %highEnd, align 8
  %2016 = getelementptr i64, i64* %regs, i64 8
  store i64 %2015, i64* %2016, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead255:                                          ; No predecessors!
  br label %join254

ok256:                                            ; preds = %join254
  store i64 %2008, i64* %2003, align 8
  %2017 = load i64, i64* %highEnd, align 8
  %2018 = call i64 @llvm.umax.i64(i64 %2017, i64 %2008)
  store i64 %2018, i64* %highEnd, align 8
  %2019 = trunc i64 %2007 to i32
  store i32 %2019, i32* %list.1, align 4
  store i32 0, i32* %len.4, align 4
  %2020 = load i32, i32* %list.1, align 4
  %2021 = add i32 %2020, 4
  %2022 = load i32, i32* %len.4, align 4
  %2023 = mul i32 %2022, 1
  %2024 = add i32 %2021, %2023
  %2025 = load i32, i32* %item.3, align 4
  %2026 = zext i32 %2024 to i64
  %2027 = add i64 %2026, 1
  %2028 = icmp uge i64 %2026, %scratch_start
  %2029 = load i64, i64* %highEnd, align 8
  %2030 = icmp ule i64 %2027, %2029
  %2031 = and i1 %2028, %2030
  %2032 = call i1 @llvm.expect.i1(i1 %2031, i1 true)
  br i1 %2032, label %write.ok259, label %write.low257

write.low257:                                     ; preds = %ok256
  %2033 = load i64, i64* %lowStart, align 8
  %2034 = icmp uge i64 %2026, %2033
  %2035 = load i64, i64* %lowEnd, align 8
  %2036 = icmp ule i64 %2027, %2035
  %2037 = and i1 %2034, %2036
  %2038 = call i1 @llvm.expect.i1(i1 %2037, i1 true)
  br i1 %2038, label %write.ok259, label %write.slow258

write.slow258:                                    ; preds = %write.low257
  %2039 = icmp ugt i64 %2027, %arena_size
  br i1 %2039, label %trap17.site0, label %ok260

write.ok259:                                      ; preds = %ok260, %write.low257, %ok256
  %2040 = getelementptr i8, i8* %mem, i64 %2026
  %2041 = trunc i32 %2025 to i8
  store i8 %2041, i8* %2040, align 1
  %2042 = load i32, i32* %len.4, align 4
  %2043 = add i32 %2042, 1
  store i32 %2043, i32* %len.4, align 4
  %2044 = load i32, i32* %list.1, align 4
  %2045 = add i32 %2044, 4
  %2046 = load i32, i32* %len.4, align 4
  %2047 = mul i32 %2046, 1
  %2048 = add i32 %2045, %2047
  %2049 = load i32, i32* %item.4, align 4
  %2050 = zext i32 %2048 to i64
  %2051 = add i64 %2050, 1
  %2052 = icmp uge i64 %2050, %scratch_start
  %2053 = load i64, i64* %highEnd, align 8
  %2054 = icmp ule i64 %2051, %2053
  %2055 = and i1 %2052, %2054
  %2056 = call i1 @llvm.expect.i1(i1 %2055, i1 true)
  br i1 %2056, label %write.ok263, label %write.low261

ok260:                                            ; preds = %write.slow258
  %2057 = icmp ult i64 %2026, %scratch_start
  %2058 = load i64, i64* %lowStart, align 8
  %2059 = call i64 @llvm.umin.i64(i64 %2058, i64 %2026)
  %2060 = load i64, i64* %lowEnd, align 8
  %2061 = load i64, i64* %highEnd, align 8
  %2062 = add i64 %2027, 64
  %2063 = sub i64 %2027, %2059
  %2064 = lshr i64 %2063, 4
  %2065 = add i64 %2062, %2064
  %2066 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2065)
  %2067 = call i64 @llvm.umax.i64(i64 %2060, i64 %2066)
  %2068 = select i1 %2057, i64 %2067, i64 %2060
  store i64 %2068, i64* %lowEnd, align 8
  %2069 = add i64 %2027, 64
  %2070 = sub i64 %2027, %scratch_start
  %2071 = lshr i64 %2070, 4
  %2072 = add i64 %2069, %2071
  %2073 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2072)
  %2074 = call i64 @llvm.umax.i64(i64 %2061, i64 %2073)
  %2075 = select i1 %2057, i64 %2061, i64 %2074
  store i64 %2075, i64* %highEnd, align 8
  store i64 %2059, i64* %lowStart, align 8
  br label %write.ok259

write.low261:                                     ; preds = %write.ok259
  %2076 = load i64, i64* %lowStart, align 8
  %2077 = icmp uge i64 %2050, %2076
  %2078 = load i64, i64* %lowEnd, align 8
  %2079 = icmp ule i64 %2051, %2078
  %2080 = and i1 %2077, %2079
  %2081 = call i1 @llvm.expect.i1(i1 %2080, i1 true)
  br i1 %2081, label %write.ok263, label %write.slow262

write.slow262:                                    ; preds = %write.low261
  %2082 = icmp ugt i64 %2051, %arena_size
  br i1 %2082, label %trap17.site0, label %ok264

write.ok263:                                      ; preds = %ok264, %write.low261, %write.ok259
  %2083 = getelementptr i8, i8* %mem, i64 %2050
  %2084 = trunc i32 %2049 to i8
  store i8 %2084, i8* %2083, align 1
  %2085 = load i32, i32* %len.4, align 4
  %2086 = add i32 %2085, 1
  store i32 %2086, i32* %len.4, align 4
  %2087 = load i32, i32* %list.1, align 4
  %2088 = add i32 %2087, 4
  %2089 = load i32, i32* %len.4, align 4
  %2090 = mul i32 %2089, 1
  %2091 = add i32 %2088, %2090
  %2092 = load i32, i32* %item.5, align 4
  %2093 = zext i32 %2091 to i64
  %2094 = add i64 %2093, 1
  %2095 = icmp uge i64 %2093, %scratch_start
  %2096 = load i64, i64* %highEnd, align 8
  %2097 = icmp ule i64 %2094, %2096
  %2098 = and i1 %2095, %2097
  %2099 = call i1 @llvm.expect.i1(i1 %2098, i1 true)
  br i1 %2099, label %write.ok267, label %write.low265

ok264:                                            ; preds = %write.slow262
  %2100 = icmp ult i64 %2050, %scratch_start
  %2101 = load i64, i64* %lowStart, align 8
  %2102 = call i64 @llvm.umin.i64(i64 %2101, i64 %2050)
  %2103 = load i64, i64* %lowEnd, align 8
  %2104 = load i64, i64* %highEnd, align 8
  %2105 = add i64 %2051, 64
  %2106 = sub i64 %2051, %2102
  %2107 = lshr i64 %2106, 4
  %2108 = add i64 %2105, %2107
  %2109 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2108)
  %2110 = call i64 @llvm.umax.i64(i64 %2103, i64 %2109)
  %2111 = select i1 %2100, i64 %2110, i64 %2103
  store i64 %2111, i64* %lowEnd, align 8
  %2112 = add i64 %2051, 64
  %2113 = sub i64 %2051, %scratch_start
  %2114 = lshr i64 %2113, 4
  %2115 = add i64 %2112, %2114
  %2116 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2115)
  %2117 = call i64 @llvm.umax.i64(i64 %2104, i64 %2116)
  %2118 = select i1 %2100, i64 %2104, i64 %2117
  store i64 %2118, i64* %highEnd, align 8
  store i64 %2102, i64* %lowStart, align 8
  br label %write.ok263

write.low265:                                     ; preds = %write.ok263
  %2119 = load i64, i64* %lowStart, align 8
  %2120 = icmp uge i64 %2093, %2119
  %2121 = load i64, i64* %lowEnd, align 8
  %2122 = icmp ule i64 %2094, %2121
  %2123 = and i1 %2120, %2122
  %2124 = call i1 @llvm.expect.i1(i1 %2123, i1 true)
  br i1 %2124, label %write.ok267, label %write.slow266

write.slow266:                                    ; preds = %write.low265
  %2125 = icmp ugt i64 %2094, %arena_size
  br i1 %2125, label %trap17.site0, label %ok268

write.ok267:                                      ; preds = %ok268, %write.low265, %write.ok263
  %2126 = getelementptr i8, i8* %mem, i64 %2093
  %2127 = trunc i32 %2092 to i8
  store i8 %2127, i8* %2126, align 1
  %2128 = load i32, i32* %len.4, align 4
  %2129 = add i32 %2128, 1
  store i32 %2129, i32* %len.4, align 4
  %2130 = load i32, i32* %list.1, align 4
  %2131 = load i32, i32* %len.4, align 4
  %2132 = zext i32 %2130 to i64
  %2133 = add i64 %2132, 4
  %2134 = icmp uge i64 %2132, %scratch_start
  %2135 = load i64, i64* %highEnd, align 8
  %2136 = icmp ule i64 %2133, %2135
  %2137 = and i1 %2134, %2136
  %2138 = call i1 @llvm.expect.i1(i1 %2137, i1 true)
  br i1 %2138, label %write.ok271, label %write.low269

ok268:                                            ; preds = %write.slow266
  %2139 = icmp ult i64 %2093, %scratch_start
  %2140 = load i64, i64* %lowStart, align 8
  %2141 = call i64 @llvm.umin.i64(i64 %2140, i64 %2093)
  %2142 = load i64, i64* %lowEnd, align 8
  %2143 = load i64, i64* %highEnd, align 8
  %2144 = add i64 %2094, 64
  %2145 = sub i64 %2094, %2141
  %2146 = lshr i64 %2145, 4
  %2147 = add i64 %2144, %2146
  %2148 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2147)
  %2149 = call i64 @llvm.umax.i64(i64 %2142, i64 %2148)
  %2150 = select i1 %2139, i64 %2149, i64 %2142
  store i64 %2150, i64* %lowEnd, align 8
  %2151 = add i64 %2094, 64
  %2152 = sub i64 %2094, %scratch_start
  %2153 = lshr i64 %2152, 4
  %2154 = add i64 %2151, %2153
  %2155 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2154)
  %2156 = call i64 @llvm.umax.i64(i64 %2143, i64 %2155)
  %2157 = select i1 %2139, i64 %2143, i64 %2156
  store i64 %2157, i64* %highEnd, align 8
  store i64 %2141, i64* %lowStart, align 8
  br label %write.ok267

write.low269:                                     ; preds = %write.ok267
  %2158 = load i64, i64* %lowStart, align 8
  %2159 = icmp uge i64 %2132, %2158
  %2160 = load i64, i64* %lowEnd, align 8
  %2161 = icmp ule i64 %2133, %2160
  %2162 = and i1 %2159, %2161
  %2163 = call i1 @llvm.expect.i1(i1 %2162, i1 true)
  br i1 %2163, label %write.ok271, label %write.slow270

write.slow270:                                    ; preds = %write.low269
  %2164 = icmp ugt i64 %2133, %arena_size
  br i1 %2164, label %trap17.site0, label %ok272

write.ok271:                                      ; preds = %ok272, %write.low269, %write.ok267
  %2165 = getelementptr i8, i8* %mem, i64 %2132
  store i32 %2131, i32* %unaligned273, align 4
  %2166 = bitcast i32* %unaligned273 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %2165, i8* %2166, i64 4, i1 false)
  %2167 = load i32, i32* %list.1, align 4
  store i32 %2167, i32* %result245, align 4
  br label %e38

ok272:                                            ; preds = %write.slow270
  %2168 = icmp ult i64 %2132, %scratch_start
  %2169 = load i64, i64* %lowStart, align 8
  %2170 = call i64 @llvm.umin.i64(i64 %2169, i64 %2132)
  %2171 = load i64, i64* %lowEnd, align 8
  %2172 = load i64, i64* %highEnd, align 8
  %2173 = add i64 %2133, 64
  %2174 = sub i64 %2133, %2170
  %2175 = lshr i64 %2174, 4
  %2176 = add i64 %2173, %2175
  %2177 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2176)
  %2178 = call i64 @llvm.umax.i64(i64 %2171, i64 %2177)
  %2179 = select i1 %2168, i64 %2178, i64 %2171
  store i64 %2179, i64* %lowEnd, align 8
  %2180 = add i64 %2133, 64
  %2181 = sub i64 %2133, %scratch_start
  %2182 = lshr i64 %2181, 4
  %2183 = add i64 %2180, %2182
  %2184 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2183)
  %2185 = call i64 @llvm.umax.i64(i64 %2172, i64 %2184)
  %2186 = select i1 %2168, i64 %2172, i64 %2185
  store i64 %2186, i64* %highEnd, align 8
  store i64 %2170, i64* %lowStart, align 8
  br label %write.ok271

write.low274:                                     ; preds = %e38
  %2187 = load i64, i64* %lowStart, align 8
  %2188 = icmp uge i64 %1910, %2187
  %2189 = load i64, i64* %lowEnd, align 8
  %2190 = icmp ule i64 %1911, %2189
  %2191 = and i1 %2188, %2190
  %2192 = call i1 @llvm.expect.i1(i1 %2191, i1 true)
  br i1 %2192, label %write.ok276, label %write.slow275

write.slow275:                                    ; preds = %write.low274
  %2193 = icmp ugt i64 %1911, %arena_size
  br i1 %2193, label %trap17.site0, label %ok277

write.ok276:                                      ; preds = %ok277, %write.low274, %e38
  %2194 = getelementptr i8, i8* %mem, i64 %1910
  store i32 %1908, i32* %unaligned278, align 4
  %2195 = bitcast i32* %unaligned278 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %2194, i8* %2195, i64 4, i1 false)
  %2196 = load i32, i32* %name, align 4
  %2197 = zext i32 %2196 to i64
  %2198 = sub i64 %arena_size, 4
  %2199 = icmp sgt i64 %2197, %2198
  br i1 %2199, label %trap17.site0, label %ok279

ok277:                                            ; preds = %write.slow275
  %2200 = icmp ult i64 %1910, %scratch_start
  %2201 = load i64, i64* %lowStart, align 8
  %2202 = call i64 @llvm.umin.i64(i64 %2201, i64 %1910)
  %2203 = load i64, i64* %lowEnd, align 8
  %2204 = load i64, i64* %highEnd, align 8
  %2205 = add i64 %1911, 64
  %2206 = sub i64 %1911, %2202
  %2207 = lshr i64 %2206, 4
  %2208 = add i64 %2205, %2207
  %2209 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2208)
  %2210 = call i64 @llvm.umax.i64(i64 %2203, i64 %2209)
  %2211 = select i1 %2200, i64 %2210, i64 %2203
  store i64 %2211, i64* %lowEnd, align 8
  %2212 = add i64 %1911, 64
  %2213 = sub i64 %1911, %scratch_start
  %2214 = lshr i64 %2213, 4
  %2215 = add i64 %2212, %2214
  %2216 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2215)
  %2217 = call i64 @llvm.umax.i64(i64 %2204, i64 %2216)
  %2218 = select i1 %2200, i64 %2204, i64 %2217
  store i64 %2218, i64* %highEnd, align 8
  store i64 %2202, i64* %lowStart, align 8
  br label %write.ok276

ok279:                                            ; preds = %write.ok276
  %2219 = getelementptr i8, i8* %mem, i64 %2197
  %2220 = bitcast i32* %unaligned280 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %2220, i8* %2219, i64 4, i1 false)
  %2221 = load i32, i32* %unaligned280, align 4
  %2222 = zext i32 %2221 to i64
  store i64 %2222, i64* %size.2, align 8
  %2223 = load i32, i32* %dict, align 4
  %2224 = load i64, i64* %size.2, align 8
  %2225 = zext i32 %2223 to i64
  %2226 = add i64 %2225, 40
  %2227 = add i64 %2226, 8
  %2228 = icmp uge i64 %2226, %scratch_start
  %2229 = load i64, i64* %highEnd, align 8
  %2230 = icmp ule i64 %2227, %2229
  %2231 = and i1 %2228, %2230
  %2232 = call i1 @llvm.expect.i1(i1 %2231, i1 true)
  br i1 %2232, label %write.ok283, label %write.low281

write.low281:                                     ; preds = %ok279
  %2233 = load i64, i64* %lowStart, align 8
  %2234 = icmp uge i64 %2226, %2233
  %2235 = load i64, i64* %lowEnd, align 8
  %2236 = icmp ule i64 %2227, %2235
  %2237 = and i1 %2234, %2236
  %2238 = call i1 @llvm.expect.i1(i1 %2237, i1 true)
  br i1 %2238, label %write.ok283, label %write.slow282

write.slow282:                                    ; preds = %write.low281
  %2239 = icmp ugt i64 %2227, %arena_size
  br i1 %2239, label %trap17.site0, label %ok284

write.ok283:                                      ; preds = %ok284, %write.low281, %ok279
  %2240 = getelementptr i8, i8* %mem, i64 %2226
  store i64 %2224, i64* %unaligned285, align 8
  %2241 = bitcast i64* %unaligned285 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %2240, i8* %2241, i64 8, i1 false)
  %2242 = load i32, i32* %dict, align 4
  store i32 %2242, i32* %result5, align 4
  br label %e0

ok284:                                            ; preds = %write.slow282
  %2243 = icmp ult i64 %2226, %scratch_start
  %2244 = load i64, i64* %lowStart, align 8
  %2245 = call i64 @llvm.umin.i64(i64 %2244, i64 %2226)
  %2246 = load i64, i64* %lowEnd, align 8
  %2247 = load i64, i64* %highEnd, align 8
  %2248 = add i64 %2227, 64
  %2249 = sub i64 %2227, %2245
  %2250 = lshr i64 %2249, 4
  %2251 = add i64 %2248, %2250
  %2252 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2251)
  %2253 = call i64 @llvm.umax.i64(i64 %2246, i64 %2252)
  %2254 = select i1 %2243, i64 %2253, i64 %2246
  store i64 %2254, i64* %lowEnd, align 8
  %2255 = add i64 %2227, 64
  %2256 = sub i64 %2227, %scratch_start
  %2257 = lshr i64 %2256, 4
  %2258 = add i64 %2255, %2257
  %2259 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2258)
  %2260 = call i64 @llvm.umax.i64(i64 %2247, i64 %2259)
  %2261 = select i1 %2243, i64 %2247, i64 %2260
  store i64 %2261, i64* %highEnd, align 8
  store i64 %2245, i64* %lowStart, align 8
  br label %write.ok283

ok286:                                            ; preds = %e0
  %2262 = icmp ult i64 %10, %stack_limit
  br i1 %2262, label %trap253.site0, label %stack_ok287

trap15.site0:                                     ; preds = %e0
  %2263 = load i64, i64* %lowStart, align 8
  %2264 = getelementptr i64, i64* %regs, i64 6
  store i64 %2263, i64* %2264, align 8
  %2265 = load i64, i64* %lowEnd, align 8
  %2266 = getelementptr i64, i64* %regs, i64 7
  store i64 %2265, i64* %2266, align 8
  %2267 = load i64, i64* %highEnd, align 8
  %2268 = getelementptr i64, i64* %regs, i64 8
  store i64 %2267, i64* %2268, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok287:                                      ; preds = %ok286
  %2269 = load i64, i64* %fuel, align 8
  %2270 = getelementptr i64, i64* %regs, i64 0
  store i64 %2269, i64* %2270, align 8
  %2271 = load i64, i64* %lowStart, align 8
  %2272 = getelementptr i64, i64* %regs, i64 6
  store i64 %2271, i64* %2272, align 8
  %2273 = load i64, i64* %lowEnd, align 8
  %2274 = getelementptr i64, i64* %regs, i64 7
  store i64 %2273, i64* %2274, align 8
  %2275 = load i64, i64* %highEnd, align 8
  %2276 = getelementptr i64, i64* %regs, i64 8
  store i64 %2275, i64* %2276, align 8
  %2277 = add i32 %depth, 1
  %2278 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %2277, i32 %89, i32 %90, i32 0)
  %2279 = getelementptr i64, i64* %regs, i64 0
  %2280 = load i64, i64* %2279, align 8
  store i64 %2280, i64* %fuel, align 8
  %2281 = getelementptr i64, i64* %regs, i64 6
  %2282 = load i64, i64* %2281, align 8
  store i64 %2282, i64* %lowStart, align 8
  %2283 = getelementptr i64, i64* %regs, i64 7
  %2284 = load i64, i64* %2283, align 8
  store i64 %2284, i64* %lowEnd, align 8
  %2285 = getelementptr i64, i64* %regs, i64 8
  %2286 = load i64, i64* %2285, align 8
  store i64 %2286, i64* %highEnd, align 8
  store i32 %2278, i32* %json_end, align 4
  %2287 = load i32, i32* %json_end, align 4
  %2288 = icmp eq i32 %2287, -2
  %2289 = zext i1 %2288 to i32
  %2290 = icmp ne i32 %2289, 0
  br i1 %2290, label %then288, label %else289

then288:                                          ; preds = %stack_ok287
  br label %trap16.site4

else289:                                          ; preds = %stack_ok287
  br label %join290

join290:                                          ; preds = %else289, %dead291
  %2291 = load i32, i32* %json_end, align 4
  %2292 = icmp eq i32 %2291, -1
  %2293 = zext i1 %2292 to i32
  %2294 = icmp ne i32 %2293, 0
  br i1 %2294, label %then292, label %else293

trap16.site4:                                     ; preds = %then288
  %2295 = load i64, i64* %lowStart, align 8
  %2296 = getelementptr i64, i64* %regs, i64 6
  store i64 %2295, i64* %2296, align 8
  %2297 = load i64, i64* %lowEnd, align 8
  %2298 = getelementptr i64, i64* %regs, i64 7
  store i64 %2297, i64* %2298, align 8
  %2299 = load i64, i64* %highEnd, align 8
  %2300 = getelementptr i64, i64* %regs, i64 8
  store i64 %2299, i64* %2300, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead291:                                          ; No predecessors!
  br label %join290

then292:                                          ; preds = %join290
  br label %trap15.site4

else293:                                          ; preds = %join290
  br label %join294

join294:                                          ; preds = %else293, %dead295
  %2301 = load i32, i32* %json_end, align 4
  %2302 = zext i32 %2301 to i64
  %2303 = getelementptr i64, i64* %regs, i64 3
  store i64 %2302, i64* %2303, align 8
  %2304 = load i32, i32* %json_end, align 4
  %2305 = load i32, i32* %json_start, align 4
  %2306 = sub i32 %2304, %2305
  %2307 = load i64, i64* %fuel, align 8
  %2308 = getelementptr i64, i64* %regs, i64 0
  store i64 %2307, i64* %2308, align 8
  %2309 = load i64, i64* %lowStart, align 8
  %2310 = getelementptr i64, i64* %regs, i64 6
  store i64 %2309, i64* %2310, align 8
  %2311 = load i64, i64* %lowEnd, align 8
  %2312 = getelementptr i64, i64* %regs, i64 7
  store i64 %2311, i64* %2312, align 8
  %2313 = load i64, i64* %highEnd, align 8
  %2314 = getelementptr i64, i64* %regs, i64 8
  store i64 %2313, i64* %2314, align 8
  ret i32 %2306

dead295:                                          ; No predecessors!
  br label %join294
}
