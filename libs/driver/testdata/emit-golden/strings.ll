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
  %138 = add i64 %137, 1
  %139 = icmp ugt i64 %138, %arena_size
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
  %150 = add i64 %149, 1
  %151 = icmp ugt i64 %150, %arena_size
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
  %269 = add i64 %268, 4
  %270 = icmp ugt i64 %269, %arena_size
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
  %283 = add i64 %282, 1
  %284 = icmp ugt i64 %283, %arena_size
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
  %303 = add i64 %302, 1
  %304 = icmp ugt i64 %303, %arena_size
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
  %327 = add i64 %326, 1
  %328 = icmp ugt i64 %327, %arena_size
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
  %470 = add i64 %469, 1
  %471 = icmp ugt i64 %470, %arena_size
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
  %482 = add i64 %481, 1
  %483 = icmp ugt i64 %482, %arena_size
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
  %514 = add i64 %513, 1
  %515 = icmp ugt i64 %514, %arena_size
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
  %539 = add i64 %538, 4
  %540 = icmp ugt i64 %539, %arena_size
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
  %566 = add i64 %565, 8
  %567 = icmp ugt i64 %566, %arena_size
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
  br i1 %603, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join113
  %604 = load i64, i64* %lowStart, align 8
  %605 = getelementptr i64, i64* %regs, i64 6
  store i64 %604, i64* %605, align 8
  %606 = load i64, i64* %lowEnd, align 8
  %607 = getelementptr i64, i64* %regs, i64 7
  store i64 %606, i64* %607, align 8
  %608 = load i64, i64* %highEnd, align 8
  %609 = getelementptr i64, i64* %regs, i64 8
  store i64 %608, i64* %609, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok115
  %610 = load i64, i64* %lowStart, align 8
  %611 = icmp uge i64 %598, %610
  %612 = load i64, i64* %lowEnd, align 8
  %613 = icmp ule i64 %599, %612
  %614 = and i1 %611, %613
  br i1 %614, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %615 = icmp ugt i64 %599, %arena_size
  br i1 %615, label %trap17.site0, label %ok116

write.ok:                                         ; preds = %ok116, %write.low, %ok115
  %616 = getelementptr i8, i8* %mem, i64 %598
  store i32 %597, i32* %unaligned117, align 4
  %617 = bitcast i32* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %616, i8* %617, i64 4, i1 false)
  %618 = load i32, i32* %args_out, align 4
  %619 = load i64, i64* %arg.1, align 8
  %620 = zext i32 %618 to i64
  %621 = add i64 %620, 8
  %622 = add i64 %621, 8
  %623 = icmp uge i64 %621, %scratch_start
  %624 = load i64, i64* %highEnd, align 8
  %625 = icmp ule i64 %622, %624
  %626 = and i1 %623, %625
  br i1 %626, label %write.ok120, label %write.low118

ok116:                                            ; preds = %write.slow
  %627 = icmp ult i64 %598, %scratch_start
  %628 = load i64, i64* %lowEnd, align 8
  %629 = load i64, i64* %highEnd, align 8
  %630 = call i64 @llvm.umax.i64(i64 %628, i64 %599)
  %631 = select i1 %627, i64 %630, i64 %628
  store i64 %631, i64* %lowEnd, align 8
  %632 = call i64 @llvm.umax.i64(i64 %629, i64 %599)
  %633 = select i1 %627, i64 %629, i64 %632
  store i64 %633, i64* %highEnd, align 8
  %634 = load i64, i64* %lowStart, align 8
  %635 = call i64 @llvm.umin.i64(i64 %634, i64 %598)
  store i64 %635, i64* %lowStart, align 8
  br label %write.ok

write.low118:                                     ; preds = %write.ok
  %636 = load i64, i64* %lowStart, align 8
  %637 = icmp uge i64 %621, %636
  %638 = load i64, i64* %lowEnd, align 8
  %639 = icmp ule i64 %622, %638
  %640 = and i1 %637, %639
  br i1 %640, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %641 = icmp ugt i64 %622, %arena_size
  br i1 %641, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok
  %642 = getelementptr i8, i8* %mem, i64 %621
  store i64 %619, i64* %unaligned122, align 8
  %643 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %642, i8* %643, i64 8, i1 false)
  %644 = load i32, i32* %args_out, align 4
  %645 = load i64, i64* %fuel, align 8
  %646 = getelementptr i64, i64* %regs, i64 0
  store i64 %645, i64* %646, align 8
  %647 = load i64, i64* %lowStart, align 8
  %648 = getelementptr i64, i64* %regs, i64 6
  store i64 %647, i64* %648, align 8
  %649 = load i64, i64* %lowEnd, align 8
  %650 = getelementptr i64, i64* %regs, i64 7
  store i64 %649, i64* %650, align 8
  %651 = load i64, i64* %highEnd, align 8
  %652 = getelementptr i64, i64* %regs, i64 8
  store i64 %651, i64* %652, align 8
  ret i32 %644

ok121:                                            ; preds = %write.slow119
  %653 = icmp ult i64 %621, %scratch_start
  %654 = load i64, i64* %lowEnd, align 8
  %655 = load i64, i64* %highEnd, align 8
  %656 = call i64 @llvm.umax.i64(i64 %654, i64 %622)
  %657 = select i1 %653, i64 %656, i64 %654
  store i64 %657, i64* %lowEnd, align 8
  %658 = call i64 @llvm.umax.i64(i64 %655, i64 %622)
  %659 = select i1 %653, i64 %655, i64 %658
  store i64 %659, i64* %highEnd, align 8
  %660 = load i64, i64* %lowStart, align 8
  %661 = call i64 @llvm.umin.i64(i64 %660, i64 %621)
  store i64 %661, i64* %lowStart, align 8
  br label %write.ok120
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
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 8
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow282, %write.ok276, %write.slow275, %write.slow270, %write.slow266, %write.slow262, %write.slow258, %write.slow241, %write.slow229, %write.slow222, %write.slow215, %write.slow210, %write.slow205, %write.slow200, %write.slow189, %write.slow177, %write.slow168, %write.slow161, %write.slow155, %write.slow151, %write.slow138, %write.slow133, %write.slow128, %stack_ok120, %write.slow105, %write.slow100, %write.ok80, %write.slow79, %write.slow73, %write.slow68, %write.ok42, %write.slow41, %write.slow35, %write.slow31, %write.slow18, %write.slow13, %write.slow, %ok6, %ok2, %stack_ok
  %67 = load i64, i64* %lowStart, align 8
  %68 = getelementptr i64, i64* %regs, i64 6
  store i64 %67, i64* %68, align 8
  %69 = load i64, i64* %lowEnd, align 8
  %70 = getelementptr i64, i64* %regs, i64 7
  store i64 %69, i64* %70, align 8
  %71 = load i64, i64* %highEnd, align 8
  %72 = getelementptr i64, i64* %regs, i64 8
  store i64 %71, i64* %72, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %73 = getelementptr i8, i8* %mem, i64 %64
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
  %106 = add i64 %105, 4
  %107 = icmp ugt i64 %106, %arena_size
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
  br i1 %122, label %write.ok42, label %write.low40

ok8:                                              ; preds = %ok6
  %123 = getelementptr i8, i8* %mem, i64 %105
  %124 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %124, i8* %123, i64 4, i1 false)
  %125 = load i32, i32* %unaligned9, align 4
  store i32 %125, i32* %slen, align 4
  %126 = load i32, i32* %cur, align 4
  %127 = load i32, i32* %slen, align 4
  %128 = add i32 7, %127
  %129 = add i32 %126, %128
  %130 = getelementptr i64, i64* %regs, i64 2
  %131 = load i64, i64* %130, align 8
  %132 = trunc i64 %131 to i32
  %133 = icmp ugt i32 %129, %132
  %134 = zext i1 %133 to i32
  %135 = icmp ne i32 %134, 0
  br i1 %135, label %then, label %else

then:                                             ; preds = %ok8
  br label %trap15.site5

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %136 = load i32, i32* %cur, align 4
  %137 = zext i32 %136 to i64
  %138 = add i64 %137, 4
  %139 = icmp uge i64 %137, %scratch_start
  %140 = load i64, i64* %highEnd, align 8
  %141 = icmp ule i64 %138, %140
  %142 = and i1 %139, %141
  br i1 %142, label %write.ok, label %write.low

trap15.site5:                                     ; preds = %write.ok36, %then26, %then
  %143 = load i64, i64* %lowStart, align 8
  %144 = getelementptr i64, i64* %regs, i64 6
  store i64 %143, i64* %144, align 8
  %145 = load i64, i64* %lowEnd, align 8
  %146 = getelementptr i64, i64* %regs, i64 7
  store i64 %145, i64* %146, align 8
  %147 = load i64, i64* %highEnd, align 8
  %148 = getelementptr i64, i64* %regs, i64 8
  store i64 %147, i64* %148, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

write.low:                                        ; preds = %join
  %149 = load i64, i64* %lowStart, align 8
  %150 = icmp uge i64 %137, %149
  %151 = load i64, i64* %lowEnd, align 8
  %152 = icmp ule i64 %138, %151
  %153 = and i1 %150, %152
  br i1 %153, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %154 = icmp ugt i64 %138, %arena_size
  br i1 %154, label %trap17.site0, label %ok10

write.ok:                                         ; preds = %ok10, %write.low, %join
  %155 = getelementptr i8, i8* %mem, i64 %137
  store i32 1819043144, i32* %unaligned11, align 4
  %156 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %155, i8* %156, i64 4, i1 false)
  %157 = load i32, i32* %cur, align 4
  %158 = zext i32 %157 to i64
  %159 = add i64 %158, 4
  %160 = add i64 %159, 2
  %161 = icmp uge i64 %159, %scratch_start
  %162 = load i64, i64* %highEnd, align 8
  %163 = icmp ule i64 %160, %162
  %164 = and i1 %161, %163
  br i1 %164, label %write.ok14, label %write.low12

ok10:                                             ; preds = %write.slow
  %165 = icmp ult i64 %137, %scratch_start
  %166 = load i64, i64* %lowEnd, align 8
  %167 = load i64, i64* %highEnd, align 8
  %168 = call i64 @llvm.umax.i64(i64 %166, i64 %138)
  %169 = select i1 %165, i64 %168, i64 %166
  store i64 %169, i64* %lowEnd, align 8
  %170 = call i64 @llvm.umax.i64(i64 %167, i64 %138)
  %171 = select i1 %165, i64 %167, i64 %170
  store i64 %171, i64* %highEnd, align 8
  %172 = load i64, i64* %lowStart, align 8
  %173 = call i64 @llvm.umin.i64(i64 %172, i64 %137)
  store i64 %173, i64* %lowStart, align 8
  br label %write.ok

write.low12:                                      ; preds = %write.ok
  %174 = load i64, i64* %lowStart, align 8
  %175 = icmp uge i64 %159, %174
  %176 = load i64, i64* %lowEnd, align 8
  %177 = icmp ule i64 %160, %176
  %178 = and i1 %175, %177
  br i1 %178, label %write.ok14, label %write.slow13

write.slow13:                                     ; preds = %write.low12
  %179 = icmp ugt i64 %160, %arena_size
  br i1 %179, label %trap17.site0, label %ok15

write.ok14:                                       ; preds = %ok15, %write.low12, %write.ok
  %180 = getelementptr i8, i8* %mem, i64 %159
  store i16 11375, i16* %unaligned16, align 2
  %181 = bitcast i16* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %180, i8* %181, i64 2, i1 false)
  %182 = load i32, i32* %cur, align 4
  %183 = zext i32 %182 to i64
  %184 = add i64 %183, 6
  %185 = add i64 %184, 1
  %186 = icmp uge i64 %184, %scratch_start
  %187 = load i64, i64* %highEnd, align 8
  %188 = icmp ule i64 %185, %187
  %189 = and i1 %186, %188
  br i1 %189, label %write.ok19, label %write.low17

ok15:                                             ; preds = %write.slow13
  %190 = icmp ult i64 %159, %scratch_start
  %191 = load i64, i64* %lowEnd, align 8
  %192 = load i64, i64* %highEnd, align 8
  %193 = call i64 @llvm.umax.i64(i64 %191, i64 %160)
  %194 = select i1 %190, i64 %193, i64 %191
  store i64 %194, i64* %lowEnd, align 8
  %195 = call i64 @llvm.umax.i64(i64 %192, i64 %160)
  %196 = select i1 %190, i64 %192, i64 %195
  store i64 %196, i64* %highEnd, align 8
  %197 = load i64, i64* %lowStart, align 8
  %198 = call i64 @llvm.umin.i64(i64 %197, i64 %159)
  store i64 %198, i64* %lowStart, align 8
  br label %write.ok14

write.low17:                                      ; preds = %write.ok14
  %199 = load i64, i64* %lowStart, align 8
  %200 = icmp uge i64 %184, %199
  %201 = load i64, i64* %lowEnd, align 8
  %202 = icmp ule i64 %185, %201
  %203 = and i1 %200, %202
  br i1 %203, label %write.ok19, label %write.slow18

write.slow18:                                     ; preds = %write.low17
  %204 = icmp ugt i64 %185, %arena_size
  br i1 %204, label %trap17.site0, label %ok20

write.ok19:                                       ; preds = %ok20, %write.low17, %write.ok14
  %205 = getelementptr i8, i8* %mem, i64 %184
  store i8 32, i8* %205, align 1
  %206 = load i32, i32* %cur, align 4
  %207 = add i32 %206, 7
  store i32 %207, i32* %cur, align 4
  %208 = load i32, i32* %cur, align 4
  %209 = load i32, i32* %s, align 4
  %210 = add i32 %209, 4
  %211 = load i32, i32* %slen, align 4
  %212 = zext i32 %211 to i64
  %213 = zext i32 %210 to i64
  %214 = add i64 %213, %212
  %215 = icmp ugt i64 %214, %arena_size
  br i1 %215, label %trap17.site5, label %ok21

ok20:                                             ; preds = %write.slow18
  %216 = icmp ult i64 %184, %scratch_start
  %217 = load i64, i64* %lowEnd, align 8
  %218 = load i64, i64* %highEnd, align 8
  %219 = call i64 @llvm.umax.i64(i64 %217, i64 %185)
  %220 = select i1 %216, i64 %219, i64 %217
  store i64 %220, i64* %lowEnd, align 8
  %221 = call i64 @llvm.umax.i64(i64 %218, i64 %185)
  %222 = select i1 %216, i64 %218, i64 %221
  store i64 %222, i64* %highEnd, align 8
  %223 = load i64, i64* %lowStart, align 8
  %224 = call i64 @llvm.umin.i64(i64 %223, i64 %184)
  store i64 %224, i64* %lowStart, align 8
  br label %write.ok19

ok21:                                             ; preds = %write.ok19
  %225 = zext i32 %208 to i64
  %226 = add i64 %225, %212
  %227 = icmp uge i64 %225, %scratch_start
  %228 = load i64, i64* %highEnd, align 8
  %229 = icmp ule i64 %226, %228
  %230 = and i1 %227, %229
  br i1 %230, label %write.ok24, label %write.low22

trap17.site5:                                     ; preds = %write.slow23, %write.ok19
  %231 = load i64, i64* %lowStart, align 8
  %232 = getelementptr i64, i64* %regs, i64 6
  store i64 %231, i64* %232, align 8
  %233 = load i64, i64* %lowEnd, align 8
  %234 = getelementptr i64, i64* %regs, i64 7
  store i64 %233, i64* %234, align 8
  %235 = load i64, i64* %highEnd, align 8
  %236 = getelementptr i64, i64* %regs, i64 8
  store i64 %235, i64* %236, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

write.low22:                                      ; preds = %ok21
  %237 = load i64, i64* %lowStart, align 8
  %238 = icmp uge i64 %225, %237
  %239 = load i64, i64* %lowEnd, align 8
  %240 = icmp ule i64 %226, %239
  %241 = and i1 %238, %240
  br i1 %241, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %242 = icmp ugt i64 %226, %arena_size
  br i1 %242, label %trap17.site5, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok21
  %243 = getelementptr i8, i8* %mem, i64 %225
  %244 = getelementptr i8, i8* %mem, i64 %213
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %243, i8* %244, i64 %212, i1 false)
  %245 = load i32, i32* %cur, align 4
  %246 = load i32, i32* %slen, align 4
  %247 = add i32 %245, %246
  store i32 %247, i32* %cur, align 4
  %248 = load i32, i32* %cur, align 4
  %249 = add i32 %248, 1
  %250 = getelementptr i64, i64* %regs, i64 2
  %251 = load i64, i64* %250, align 8
  %252 = trunc i64 %251 to i32
  %253 = icmp ugt i32 %249, %252
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then26, label %else27

ok25:                                             ; preds = %write.slow23
  %256 = icmp ult i64 %225, %scratch_start
  %257 = load i64, i64* %lowEnd, align 8
  %258 = load i64, i64* %highEnd, align 8
  %259 = call i64 @llvm.umax.i64(i64 %257, i64 %226)
  %260 = select i1 %256, i64 %259, i64 %257
  store i64 %260, i64* %lowEnd, align 8
  %261 = call i64 @llvm.umax.i64(i64 %258, i64 %226)
  %262 = select i1 %256, i64 %258, i64 %261
  store i64 %262, i64* %highEnd, align 8
  %263 = load i64, i64* %lowStart, align 8
  %264 = call i64 @llvm.umin.i64(i64 %263, i64 %225)
  store i64 %264, i64* %lowStart, align 8
  br label %write.ok24

then26:                                           ; preds = %write.ok24
  br label %trap15.site5

else27:                                           ; preds = %write.ok24
  br label %join28

join28:                                           ; preds = %else27, %dead29
  %265 = load i32, i32* %cur, align 4
  %266 = zext i32 %265 to i64
  %267 = add i64 %266, 1
  %268 = icmp uge i64 %266, %scratch_start
  %269 = load i64, i64* %highEnd, align 8
  %270 = icmp ule i64 %267, %269
  %271 = and i1 %268, %270
  br i1 %271, label %write.ok32, label %write.low30

dead29:                                           ; No predecessors!
  br label %join28

write.low30:                                      ; preds = %join28
  %272 = load i64, i64* %lowStart, align 8
  %273 = icmp uge i64 %266, %272
  %274 = load i64, i64* %lowEnd, align 8
  %275 = icmp ule i64 %267, %274
  %276 = and i1 %273, %275
  br i1 %276, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %277 = icmp ugt i64 %267, %arena_size
  br i1 %277, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %join28
  %278 = getelementptr i8, i8* %mem, i64 %266
  store i8 33, i8* %278, align 1
  %279 = load i32, i32* %cur, align 4
  %280 = add i32 %279, 1
  store i32 %280, i32* %cur, align 4
  %281 = load i32, i32* %cur, align 4
  %282 = load i32, i32* %text, align 4
  %283 = sub i32 %281, %282
  %284 = sub i32 %283, 4
  store i32 %284, i32* %len, align 4
  %285 = load i32, i32* %text, align 4
  %286 = load i32, i32* %len, align 4
  %287 = zext i32 %285 to i64
  %288 = add i64 %287, 4
  %289 = icmp uge i64 %287, %scratch_start
  %290 = load i64, i64* %highEnd, align 8
  %291 = icmp ule i64 %288, %290
  %292 = and i1 %289, %291
  br i1 %292, label %write.ok36, label %write.low34

ok33:                                             ; preds = %write.slow31
  %293 = icmp ult i64 %266, %scratch_start
  %294 = load i64, i64* %lowEnd, align 8
  %295 = load i64, i64* %highEnd, align 8
  %296 = call i64 @llvm.umax.i64(i64 %294, i64 %267)
  %297 = select i1 %293, i64 %296, i64 %294
  store i64 %297, i64* %lowEnd, align 8
  %298 = call i64 @llvm.umax.i64(i64 %295, i64 %267)
  %299 = select i1 %293, i64 %295, i64 %298
  store i64 %299, i64* %highEnd, align 8
  %300 = load i64, i64* %lowStart, align 8
  %301 = call i64 @llvm.umin.i64(i64 %300, i64 %266)
  store i64 %301, i64* %lowStart, align 8
  br label %write.ok32

write.low34:                                      ; preds = %write.ok32
  %302 = load i64, i64* %lowStart, align 8
  %303 = icmp uge i64 %287, %302
  %304 = load i64, i64* %lowEnd, align 8
  %305 = icmp ule i64 %288, %304
  %306 = and i1 %303, %305
  br i1 %306, label %write.ok36, label %write.slow35

write.slow35:                                     ; preds = %write.low34
  %307 = icmp ugt i64 %288, %arena_size
  br i1 %307, label %trap17.site0, label %ok37

write.ok36:                                       ; preds = %ok37, %write.low34, %write.ok32
  %308 = getelementptr i8, i8* %mem, i64 %287
  store i32 %286, i32* %unaligned38, align 4
  %309 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %308, i8* %309, i64 4, i1 false)
  %310 = load i32, i32* %len, align 4
  %311 = add i32 %310, 4
  %312 = zext i32 %311 to i64
  %313 = getelementptr i64, i64* %regs, i64 1
  %314 = getelementptr i64, i64* %regs, i64 2
  %315 = load i64, i64* %313, align 8
  %316 = add i64 %315, 3
  %317 = and i64 %316, -4
  %318 = add i64 %317, %312
  %319 = load i64, i64* %314, align 8
  %320 = icmp ugt i64 %318, %319
  br i1 %320, label %trap15.site5, label %ok39

ok37:                                             ; preds = %write.slow35
  %321 = icmp ult i64 %287, %scratch_start
  %322 = load i64, i64* %lowEnd, align 8
  %323 = load i64, i64* %highEnd, align 8
  %324 = call i64 @llvm.umax.i64(i64 %322, i64 %288)
  %325 = select i1 %321, i64 %324, i64 %322
  store i64 %325, i64* %lowEnd, align 8
  %326 = call i64 @llvm.umax.i64(i64 %323, i64 %288)
  %327 = select i1 %321, i64 %323, i64 %326
  store i64 %327, i64* %highEnd, align 8
  %328 = load i64, i64* %lowStart, align 8
  %329 = call i64 @llvm.umin.i64(i64 %328, i64 %287)
  store i64 %329, i64* %lowStart, align 8
  br label %write.ok36

ok39:                                             ; preds = %write.ok36
  store i64 %318, i64* %313, align 8
  %330 = load i64, i64* %highEnd, align 8
  %331 = call i64 @llvm.umax.i64(i64 %330, i64 %318)
  store i64 %331, i64* %highEnd, align 8
  %332 = trunc i64 %317 to i32
  store i32 %332, i32* %result7, align 4
  br label %e1

write.low40:                                      ; preds = %e1
  %333 = load i64, i64* %lowStart, align 8
  %334 = icmp uge i64 %117, %333
  %335 = load i64, i64* %lowEnd, align 8
  %336 = icmp ule i64 %118, %335
  %337 = and i1 %334, %336
  br i1 %337, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %338 = icmp ugt i64 %118, %arena_size
  br i1 %338, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %e1
  %339 = getelementptr i8, i8* %mem, i64 %117
  store i32 %116, i32* %unaligned44, align 4
  %340 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %339, i8* %340, i64 4, i1 false)
  %341 = load i32, i32* %name, align 4
  store i32 %341, i32* %part.1, align 4
  %342 = load i64, i64* %n, align 8
  store i64 %342, i64* %part.2, align 8
  %343 = getelementptr i64, i64* %regs, i64 1
  %344 = load i64, i64* %343, align 8
  %345 = trunc i64 %344 to i32
  %346 = add i32 %345, 3
  %347 = and i32 %346, -4
  store i32 %347, i32* %text.1, align 4
  %348 = load i32, i32* %text.1, align 4
  %349 = add i32 %348, 4
  store i32 %349, i32* %cur.1, align 4
  %350 = load i32, i32* %part.1, align 4
  store i32 %350, i32* %s.1, align 4
  %351 = load i32, i32* %s.1, align 4
  %352 = zext i32 %351 to i64
  %353 = add i64 %352, 4
  %354 = icmp ugt i64 %353, %arena_size
  br i1 %354, label %trap17.site0, label %ok46

ok43:                                             ; preds = %write.slow41
  %355 = icmp ult i64 %117, %scratch_start
  %356 = load i64, i64* %lowEnd, align 8
  %357 = load i64, i64* %highEnd, align 8
  %358 = call i64 @llvm.umax.i64(i64 %356, i64 %118)
  %359 = select i1 %355, i64 %358, i64 %356
  store i64 %359, i64* %lowEnd, align 8
  %360 = call i64 @llvm.umax.i64(i64 %357, i64 %118)
  %361 = select i1 %355, i64 %357, i64 %360
  store i64 %361, i64* %highEnd, align 8
  %362 = load i64, i64* %lowStart, align 8
  %363 = call i64 @llvm.umin.i64(i64 %362, i64 %117)
  store i64 %363, i64* %lowStart, align 8
  br label %write.ok42

e3:                                               ; preds = %ok77
  %364 = load i32, i32* %result45, align 4
  store i32 %364, i32* %counted, align 4
  %365 = load i32, i32* %dict, align 4
  %366 = load i32, i32* %counted, align 4
  %367 = zext i32 %365 to i64
  %368 = add i64 %367, 4
  %369 = add i64 %368, 4
  %370 = icmp uge i64 %368, %scratch_start
  %371 = load i64, i64* %highEnd, align 8
  %372 = icmp ule i64 %369, %371
  %373 = and i1 %370, %372
  br i1 %373, label %write.ok80, label %write.low78

ok46:                                             ; preds = %write.ok42
  %374 = getelementptr i8, i8* %mem, i64 %352
  %375 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %375, i8* %374, i64 4, i1 false)
  %376 = load i32, i32* %unaligned47, align 4
  store i32 %376, i32* %slen.1, align 4
  %377 = load i32, i32* %cur.1, align 4
  %378 = load i32, i32* %slen.1, align 4
  %379 = add i32 %377, %378
  %380 = getelementptr i64, i64* %regs, i64 2
  %381 = load i64, i64* %380, align 8
  %382 = trunc i64 %381 to i32
  %383 = icmp ugt i32 %379, %382
  %384 = zext i1 %383 to i32
  %385 = icmp ne i32 %384, 0
  br i1 %385, label %then48, label %else49

then48:                                           ; preds = %ok46
  br label %trap15.site6

else49:                                           ; preds = %ok46
  br label %join50

join50:                                           ; preds = %else49, %dead51
  %386 = load i32, i32* %cur.1, align 4
  %387 = load i32, i32* %s.1, align 4
  %388 = add i32 %387, 4
  %389 = load i32, i32* %slen.1, align 4
  %390 = zext i32 %389 to i64
  %391 = zext i32 %388 to i64
  %392 = add i64 %391, %390
  %393 = icmp ugt i64 %392, %arena_size
  br i1 %393, label %trap17.site6, label %ok52

trap15.site6:                                     ; preds = %write.ok74, %then63, %join59, %then57, %then48
  %394 = load i64, i64* %lowStart, align 8
  %395 = getelementptr i64, i64* %regs, i64 6
  store i64 %394, i64* %395, align 8
  %396 = load i64, i64* %lowEnd, align 8
  %397 = getelementptr i64, i64* %regs, i64 7
  store i64 %396, i64* %397, align 8
  %398 = load i64, i64* %highEnd, align 8
  %399 = getelementptr i64, i64* %regs, i64 8
  store i64 %398, i64* %399, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

dead51:                                           ; No predecessors!
  br label %join50

ok52:                                             ; preds = %join50
  %400 = zext i32 %386 to i64
  %401 = add i64 %400, %390
  %402 = icmp uge i64 %400, %scratch_start
  %403 = load i64, i64* %highEnd, align 8
  %404 = icmp ule i64 %401, %403
  %405 = and i1 %402, %404
  br i1 %405, label %write.ok55, label %write.low53

trap17.site6:                                     ; preds = %write.slow54, %join50
  %406 = load i64, i64* %lowStart, align 8
  %407 = getelementptr i64, i64* %regs, i64 6
  store i64 %406, i64* %407, align 8
  %408 = load i64, i64* %lowEnd, align 8
  %409 = getelementptr i64, i64* %regs, i64 7
  store i64 %408, i64* %409, align 8
  %410 = load i64, i64* %highEnd, align 8
  %411 = getelementptr i64, i64* %regs, i64 8
  store i64 %410, i64* %411, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 6)
  unreachable

write.low53:                                      ; preds = %ok52
  %412 = load i64, i64* %lowStart, align 8
  %413 = icmp uge i64 %400, %412
  %414 = load i64, i64* %lowEnd, align 8
  %415 = icmp ule i64 %401, %414
  %416 = and i1 %413, %415
  br i1 %416, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %417 = icmp ugt i64 %401, %arena_size
  br i1 %417, label %trap17.site6, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %418 = getelementptr i8, i8* %mem, i64 %400
  %419 = getelementptr i8, i8* %mem, i64 %391
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %418, i8* %419, i64 %390, i1 false)
  %420 = load i32, i32* %cur.1, align 4
  %421 = load i32, i32* %slen.1, align 4
  %422 = add i32 %420, %421
  store i32 %422, i32* %cur.1, align 4
  %423 = load i32, i32* %cur.1, align 4
  %424 = add i32 %423, 20
  %425 = getelementptr i64, i64* %regs, i64 2
  %426 = load i64, i64* %425, align 8
  %427 = trunc i64 %426 to i32
  %428 = icmp ugt i32 %424, %427
  %429 = zext i1 %428 to i32
  %430 = icmp ne i32 %429, 0
  br i1 %430, label %then57, label %else58

ok56:                                             ; preds = %write.slow54
  %431 = icmp ult i64 %400, %scratch_start
  %432 = load i64, i64* %lowEnd, align 8
  %433 = load i64, i64* %highEnd, align 8
  %434 = call i64 @llvm.umax.i64(i64 %432, i64 %401)
  %435 = select i1 %431, i64 %434, i64 %432
  store i64 %435, i64* %lowEnd, align 8
  %436 = call i64 @llvm.umax.i64(i64 %433, i64 %401)
  %437 = select i1 %431, i64 %433, i64 %436
  store i64 %437, i64* %highEnd, align 8
  %438 = load i64, i64* %lowStart, align 8
  %439 = call i64 @llvm.umin.i64(i64 %438, i64 %400)
  store i64 %439, i64* %lowStart, align 8
  br label %write.ok55

then57:                                           ; preds = %write.ok55
  br label %trap15.site6

else58:                                           ; preds = %write.ok55
  br label %join59

join59:                                           ; preds = %else58, %dead60
  %440 = load i32, i32* %cur.1, align 4
  %441 = load i64, i64* %part.2, align 8
  %442 = load i32, i32* %cur.1, align 4
  %443 = icmp uge i32 %depth, 1000
  br i1 %443, label %trap15.site6, label %ok61

dead60:                                           ; No predecessors!
  br label %join59

ok61:                                             ; preds = %join59
  %444 = icmp ult i64 %10, %stack_limit
  br i1 %444, label %trap253.site0, label %stack_ok62

stack_ok62:                                       ; preds = %ok61
  %445 = load i64, i64* %fuel, align 8
  %446 = getelementptr i64, i64* %regs, i64 0
  store i64 %445, i64* %446, align 8
  %447 = load i64, i64* %lowStart, align 8
  %448 = getelementptr i64, i64* %regs, i64 6
  store i64 %447, i64* %448, align 8
  %449 = load i64, i64* %lowEnd, align 8
  %450 = getelementptr i64, i64* %regs, i64 7
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %highEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 8
  store i64 %451, i64* %452, align 8
  %453 = add i32 %depth, 1
  %454 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %453, i64 %441, i32 %442)
  %455 = getelementptr i64, i64* %regs, i64 0
  %456 = load i64, i64* %455, align 8
  store i64 %456, i64* %fuel, align 8
  %457 = getelementptr i64, i64* %regs, i64 6
  %458 = load i64, i64* %457, align 8
  store i64 %458, i64* %lowStart, align 8
  %459 = getelementptr i64, i64* %regs, i64 7
  %460 = load i64, i64* %459, align 8
  store i64 %460, i64* %lowEnd, align 8
  %461 = getelementptr i64, i64* %regs, i64 8
  %462 = load i64, i64* %461, align 8
  store i64 %462, i64* %highEnd, align 8
  %463 = add i32 %440, %454
  store i32 %463, i32* %cur.1, align 4
  %464 = load i32, i32* %cur.1, align 4
  %465 = add i32 %464, 4
  %466 = getelementptr i64, i64* %regs, i64 2
  %467 = load i64, i64* %466, align 8
  %468 = trunc i64 %467 to i32
  %469 = icmp ugt i32 %465, %468
  %470 = zext i1 %469 to i32
  %471 = icmp ne i32 %470, 0
  br i1 %471, label %then63, label %else64

then63:                                           ; preds = %stack_ok62
  br label %trap15.site6

else64:                                           ; preds = %stack_ok62
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %472 = load i32, i32* %cur.1, align 4
  %473 = zext i32 %472 to i64
  %474 = add i64 %473, 4
  %475 = icmp uge i64 %473, %scratch_start
  %476 = load i64, i64* %highEnd, align 8
  %477 = icmp ule i64 %474, %476
  %478 = and i1 %475, %477
  br i1 %478, label %write.ok69, label %write.low67

dead66:                                           ; No predecessors!
  br label %join65

write.low67:                                      ; preds = %join65
  %479 = load i64, i64* %lowStart, align 8
  %480 = icmp uge i64 %473, %479
  %481 = load i64, i64* %lowEnd, align 8
  %482 = icmp ule i64 %474, %481
  %483 = and i1 %480, %482
  br i1 %483, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %484 = icmp ugt i64 %474, %arena_size
  br i1 %484, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %join65
  %485 = getelementptr i8, i8* %mem, i64 %473
  store i32 1702195828, i32* %unaligned71, align 4
  %486 = bitcast i32* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %485, i8* %486, i64 4, i1 false)
  %487 = load i32, i32* %cur.1, align 4
  %488 = add i32 %487, 4
  store i32 %488, i32* %cur.1, align 4
  %489 = load i32, i32* %cur.1, align 4
  %490 = load i32, i32* %text.1, align 4
  %491 = sub i32 %489, %490
  %492 = sub i32 %491, 4
  store i32 %492, i32* %len.1, align 4
  %493 = load i32, i32* %text.1, align 4
  %494 = load i32, i32* %len.1, align 4
  %495 = zext i32 %493 to i64
  %496 = add i64 %495, 4
  %497 = icmp uge i64 %495, %scratch_start
  %498 = load i64, i64* %highEnd, align 8
  %499 = icmp ule i64 %496, %498
  %500 = and i1 %497, %499
  br i1 %500, label %write.ok74, label %write.low72

ok70:                                             ; preds = %write.slow68
  %501 = icmp ult i64 %473, %scratch_start
  %502 = load i64, i64* %lowEnd, align 8
  %503 = load i64, i64* %highEnd, align 8
  %504 = call i64 @llvm.umax.i64(i64 %502, i64 %474)
  %505 = select i1 %501, i64 %504, i64 %502
  store i64 %505, i64* %lowEnd, align 8
  %506 = call i64 @llvm.umax.i64(i64 %503, i64 %474)
  %507 = select i1 %501, i64 %503, i64 %506
  store i64 %507, i64* %highEnd, align 8
  %508 = load i64, i64* %lowStart, align 8
  %509 = call i64 @llvm.umin.i64(i64 %508, i64 %473)
  store i64 %509, i64* %lowStart, align 8
  br label %write.ok69

write.low72:                                      ; preds = %write.ok69
  %510 = load i64, i64* %lowStart, align 8
  %511 = icmp uge i64 %495, %510
  %512 = load i64, i64* %lowEnd, align 8
  %513 = icmp ule i64 %496, %512
  %514 = and i1 %511, %513
  br i1 %514, label %write.ok74, label %write.slow73

write.slow73:                                     ; preds = %write.low72
  %515 = icmp ugt i64 %496, %arena_size
  br i1 %515, label %trap17.site0, label %ok75

write.ok74:                                       ; preds = %ok75, %write.low72, %write.ok69
  %516 = getelementptr i8, i8* %mem, i64 %495
  store i32 %494, i32* %unaligned76, align 4
  %517 = bitcast i32* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %516, i8* %517, i64 4, i1 false)
  %518 = load i32, i32* %len.1, align 4
  %519 = add i32 %518, 4
  %520 = zext i32 %519 to i64
  %521 = getelementptr i64, i64* %regs, i64 1
  %522 = getelementptr i64, i64* %regs, i64 2
  %523 = load i64, i64* %521, align 8
  %524 = add i64 %523, 3
  %525 = and i64 %524, -4
  %526 = add i64 %525, %520
  %527 = load i64, i64* %522, align 8
  %528 = icmp ugt i64 %526, %527
  br i1 %528, label %trap15.site6, label %ok77

ok75:                                             ; preds = %write.slow73
  %529 = icmp ult i64 %495, %scratch_start
  %530 = load i64, i64* %lowEnd, align 8
  %531 = load i64, i64* %highEnd, align 8
  %532 = call i64 @llvm.umax.i64(i64 %530, i64 %496)
  %533 = select i1 %529, i64 %532, i64 %530
  store i64 %533, i64* %lowEnd, align 8
  %534 = call i64 @llvm.umax.i64(i64 %531, i64 %496)
  %535 = select i1 %529, i64 %531, i64 %534
  store i64 %535, i64* %highEnd, align 8
  %536 = load i64, i64* %lowStart, align 8
  %537 = call i64 @llvm.umin.i64(i64 %536, i64 %495)
  store i64 %537, i64* %lowStart, align 8
  br label %write.ok74

ok77:                                             ; preds = %write.ok74
  store i64 %526, i64* %521, align 8
  %538 = load i64, i64* %highEnd, align 8
  %539 = call i64 @llvm.umax.i64(i64 %538, i64 %526)
  store i64 %539, i64* %highEnd, align 8
  %540 = trunc i64 %525 to i32
  store i32 %540, i32* %result45, align 4
  br label %e3

write.low78:                                      ; preds = %e3
  %541 = load i64, i64* %lowStart, align 8
  %542 = icmp uge i64 %368, %541
  %543 = load i64, i64* %lowEnd, align 8
  %544 = icmp ule i64 %369, %543
  %545 = and i1 %542, %544
  br i1 %545, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %546 = icmp ugt i64 %369, %arena_size
  br i1 %546, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e3
  %547 = getelementptr i8, i8* %mem, i64 %368
  store i32 %366, i32* %unaligned82, align 4
  %548 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %547, i8* %548, i64 4, i1 false)
  %549 = load i32, i32* %name, align 4
  store i32 %549, i32* %part.3, align 4
  %550 = load i64, i64* %n, align 8
  store i64 %550, i64* %part.4, align 8
  %551 = load i64, i64* %n, align 8
  %552 = sitofp i64 %551 to double
  %553 = fmul double %552, 1.500000e+00
  store double %553, double* %part.5, align 8
  %554 = load i64, i64* %n, align 8
  %555 = icmp sgt i64 %554, 2
  %556 = zext i1 %555 to i32
  store i32 %556, i32* %part.6, align 4
  %557 = getelementptr i64, i64* %regs, i64 1
  %558 = load i64, i64* %557, align 8
  %559 = trunc i64 %558 to i32
  %560 = add i32 %559, 3
  %561 = and i32 %560, -4
  store i32 %561, i32* %text.2, align 4
  %562 = load i32, i32* %text.2, align 4
  %563 = add i32 %562, 4
  store i32 %563, i32* %cur.2, align 4
  %564 = load i32, i32* %part.3, align 4
  store i32 %564, i32* %s.2, align 4
  %565 = load i32, i32* %s.2, align 4
  %566 = zext i32 %565 to i64
  %567 = add i64 %566, 4
  %568 = icmp ugt i64 %567, %arena_size
  br i1 %568, label %trap17.site0, label %ok84

ok81:                                             ; preds = %write.slow79
  %569 = icmp ult i64 %368, %scratch_start
  %570 = load i64, i64* %lowEnd, align 8
  %571 = load i64, i64* %highEnd, align 8
  %572 = call i64 @llvm.umax.i64(i64 %570, i64 %369)
  %573 = select i1 %569, i64 %572, i64 %570
  store i64 %573, i64* %lowEnd, align 8
  %574 = call i64 @llvm.umax.i64(i64 %571, i64 %369)
  %575 = select i1 %569, i64 %571, i64 %574
  store i64 %575, i64* %highEnd, align 8
  %576 = load i64, i64* %lowStart, align 8
  %577 = call i64 @llvm.umin.i64(i64 %576, i64 %368)
  store i64 %577, i64* %lowStart, align 8
  br label %write.ok80

e6:                                               ; preds = %ok159
  %578 = load i32, i32* %result83, align 4
  store i32 %578, i32* %interpolated, align 4
  %579 = load i32, i32* %dict, align 4
  %580 = load i32, i32* %interpolated, align 4
  %581 = zext i32 %579 to i64
  %582 = add i64 %581, 8
  %583 = add i64 %582, 4
  %584 = icmp uge i64 %582, %scratch_start
  %585 = load i64, i64* %highEnd, align 8
  %586 = icmp ule i64 %583, %585
  %587 = and i1 %584, %586
  br i1 %587, label %write.ok162, label %write.low160

ok84:                                             ; preds = %write.ok80
  %588 = getelementptr i8, i8* %mem, i64 %566
  %589 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %589, i8* %588, i64 4, i1 false)
  %590 = load i32, i32* %unaligned85, align 4
  store i32 %590, i32* %slen.2, align 4
  %591 = load i32, i32* %cur.2, align 4
  %592 = load i32, i32* %slen.2, align 4
  %593 = add i32 %591, %592
  %594 = getelementptr i64, i64* %regs, i64 2
  %595 = load i64, i64* %594, align 8
  %596 = trunc i64 %595 to i32
  %597 = icmp ugt i32 %593, %596
  %598 = zext i1 %597 to i32
  %599 = icmp ne i32 %598, 0
  br i1 %599, label %then86, label %else87

then86:                                           ; preds = %ok84
  br label %trap15.site9

else87:                                           ; preds = %ok84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %600 = load i32, i32* %cur.2, align 4
  %601 = load i32, i32* %s.2, align 4
  %602 = add i32 %601, 4
  %603 = load i32, i32* %slen.2, align 4
  %604 = zext i32 %603 to i64
  %605 = zext i32 %602 to i64
  %606 = add i64 %605, %604
  %607 = icmp ugt i64 %606, %arena_size
  br i1 %607, label %trap17.site9, label %ok90

trap15.site9:                                     ; preds = %write.ok156, %then146, %then123, %write.ok117, %then110, %write.ok106, %then95, %then86
  %608 = load i64, i64* %lowStart, align 8
  %609 = getelementptr i64, i64* %regs, i64 6
  store i64 %608, i64* %609, align 8
  %610 = load i64, i64* %lowEnd, align 8
  %611 = getelementptr i64, i64* %regs, i64 7
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %highEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 8
  store i64 %612, i64* %613, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

ok90:                                             ; preds = %join88
  %614 = zext i32 %600 to i64
  %615 = add i64 %614, %604
  %616 = icmp uge i64 %614, %scratch_start
  %617 = load i64, i64* %highEnd, align 8
  %618 = icmp ule i64 %615, %617
  %619 = and i1 %616, %618
  br i1 %619, label %write.ok93, label %write.low91

trap17.site9:                                     ; preds = %write.slow143, %write.ok139, %write.slow116, %join112, %write.slow92, %join88
  %620 = load i64, i64* %lowStart, align 8
  %621 = getelementptr i64, i64* %regs, i64 6
  store i64 %620, i64* %621, align 8
  %622 = load i64, i64* %lowEnd, align 8
  %623 = getelementptr i64, i64* %regs, i64 7
  store i64 %622, i64* %623, align 8
  %624 = load i64, i64* %highEnd, align 8
  %625 = getelementptr i64, i64* %regs, i64 8
  store i64 %624, i64* %625, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

write.low91:                                      ; preds = %ok90
  %626 = load i64, i64* %lowStart, align 8
  %627 = icmp uge i64 %614, %626
  %628 = load i64, i64* %lowEnd, align 8
  %629 = icmp ule i64 %615, %628
  %630 = and i1 %627, %629
  br i1 %630, label %write.ok93, label %write.slow92

write.slow92:                                     ; preds = %write.low91
  %631 = icmp ugt i64 %615, %arena_size
  br i1 %631, label %trap17.site9, label %ok94

write.ok93:                                       ; preds = %ok94, %write.low91, %ok90
  %632 = getelementptr i8, i8* %mem, i64 %614
  %633 = getelementptr i8, i8* %mem, i64 %605
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %632, i8* %633, i64 %604, i1 false)
  %634 = load i32, i32* %cur.2, align 4
  %635 = load i32, i32* %slen.2, align 4
  %636 = add i32 %634, %635
  store i32 %636, i32* %cur.2, align 4
  %637 = load i32, i32* %cur.2, align 4
  %638 = add i32 %637, 25
  %639 = getelementptr i64, i64* %regs, i64 2
  %640 = load i64, i64* %639, align 8
  %641 = trunc i64 %640 to i32
  %642 = icmp ugt i32 %638, %641
  %643 = zext i1 %642 to i32
  %644 = icmp ne i32 %643, 0
  br i1 %644, label %then95, label %else96

ok94:                                             ; preds = %write.slow92
  %645 = icmp ult i64 %614, %scratch_start
  %646 = load i64, i64* %lowEnd, align 8
  %647 = load i64, i64* %highEnd, align 8
  %648 = call i64 @llvm.umax.i64(i64 %646, i64 %615)
  %649 = select i1 %645, i64 %648, i64 %646
  store i64 %649, i64* %lowEnd, align 8
  %650 = call i64 @llvm.umax.i64(i64 %647, i64 %615)
  %651 = select i1 %645, i64 %647, i64 %650
  store i64 %651, i64* %highEnd, align 8
  %652 = load i64, i64* %lowStart, align 8
  %653 = call i64 @llvm.umin.i64(i64 %652, i64 %614)
  store i64 %653, i64* %lowStart, align 8
  br label %write.ok93

then95:                                           ; preds = %write.ok93
  br label %trap15.site9

else96:                                           ; preds = %write.ok93
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %654 = load i32, i32* %cur.2, align 4
  %655 = zext i32 %654 to i64
  %656 = add i64 %655, 4
  %657 = icmp uge i64 %655, %scratch_start
  %658 = load i64, i64* %highEnd, align 8
  %659 = icmp ule i64 %656, %658
  %660 = and i1 %657, %659
  br i1 %660, label %write.ok101, label %write.low99

dead98:                                           ; No predecessors!
  br label %join97

write.low99:                                      ; preds = %join97
  %661 = load i64, i64* %lowStart, align 8
  %662 = icmp uge i64 %655, %661
  %663 = load i64, i64* %lowEnd, align 8
  %664 = icmp ule i64 %656, %663
  %665 = and i1 %662, %664
  br i1 %665, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %666 = icmp ugt i64 %656, %arena_size
  br i1 %666, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %join97
  %667 = getelementptr i8, i8* %mem, i64 %655
  store i32 1935763488, i32* %unaligned103, align 4
  %668 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %667, i8* %668, i64 4, i1 false)
  %669 = load i32, i32* %cur.2, align 4
  %670 = zext i32 %669 to i64
  %671 = add i64 %670, 4
  %672 = add i64 %671, 1
  %673 = icmp uge i64 %671, %scratch_start
  %674 = load i64, i64* %highEnd, align 8
  %675 = icmp ule i64 %672, %674
  %676 = and i1 %673, %675
  br i1 %676, label %write.ok106, label %write.low104

ok102:                                            ; preds = %write.slow100
  %677 = icmp ult i64 %655, %scratch_start
  %678 = load i64, i64* %lowEnd, align 8
  %679 = load i64, i64* %highEnd, align 8
  %680 = call i64 @llvm.umax.i64(i64 %678, i64 %656)
  %681 = select i1 %677, i64 %680, i64 %678
  store i64 %681, i64* %lowEnd, align 8
  %682 = call i64 @llvm.umax.i64(i64 %679, i64 %656)
  %683 = select i1 %677, i64 %679, i64 %682
  store i64 %683, i64* %highEnd, align 8
  %684 = load i64, i64* %lowStart, align 8
  %685 = call i64 @llvm.umin.i64(i64 %684, i64 %655)
  store i64 %685, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %write.ok101
  %686 = load i64, i64* %lowStart, align 8
  %687 = icmp uge i64 %671, %686
  %688 = load i64, i64* %lowEnd, align 8
  %689 = icmp ule i64 %672, %688
  %690 = and i1 %687, %689
  br i1 %690, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %691 = icmp ugt i64 %672, %arena_size
  br i1 %691, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %write.ok101
  %692 = getelementptr i8, i8* %mem, i64 %671
  store i8 32, i8* %692, align 1
  %693 = load i32, i32* %cur.2, align 4
  %694 = add i32 %693, 5
  store i32 %694, i32* %cur.2, align 4
  %695 = load i32, i32* %cur.2, align 4
  %696 = load i64, i64* %part.4, align 8
  %697 = load i32, i32* %cur.2, align 4
  %698 = icmp uge i32 %depth, 1000
  br i1 %698, label %trap15.site9, label %ok108

ok107:                                            ; preds = %write.slow105
  %699 = icmp ult i64 %671, %scratch_start
  %700 = load i64, i64* %lowEnd, align 8
  %701 = load i64, i64* %highEnd, align 8
  %702 = call i64 @llvm.umax.i64(i64 %700, i64 %672)
  %703 = select i1 %699, i64 %702, i64 %700
  store i64 %703, i64* %lowEnd, align 8
  %704 = call i64 @llvm.umax.i64(i64 %701, i64 %672)
  %705 = select i1 %699, i64 %701, i64 %704
  store i64 %705, i64* %highEnd, align 8
  %706 = load i64, i64* %lowStart, align 8
  %707 = call i64 @llvm.umin.i64(i64 %706, i64 %671)
  store i64 %707, i64* %lowStart, align 8
  br label %write.ok106

ok108:                                            ; preds = %write.ok106
  %708 = icmp ult i64 %10, %stack_limit
  br i1 %708, label %trap253.site0, label %stack_ok109

stack_ok109:                                      ; preds = %ok108
  %709 = load i64, i64* %fuel, align 8
  %710 = getelementptr i64, i64* %regs, i64 0
  store i64 %709, i64* %710, align 8
  %711 = load i64, i64* %lowStart, align 8
  %712 = getelementptr i64, i64* %regs, i64 6
  store i64 %711, i64* %712, align 8
  %713 = load i64, i64* %lowEnd, align 8
  %714 = getelementptr i64, i64* %regs, i64 7
  store i64 %713, i64* %714, align 8
  %715 = load i64, i64* %highEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 8
  store i64 %715, i64* %716, align 8
  %717 = add i32 %depth, 1
  %718 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %717, i64 %696, i32 %697)
  %719 = getelementptr i64, i64* %regs, i64 0
  %720 = load i64, i64* %719, align 8
  store i64 %720, i64* %fuel, align 8
  %721 = getelementptr i64, i64* %regs, i64 6
  %722 = load i64, i64* %721, align 8
  store i64 %722, i64* %lowStart, align 8
  %723 = getelementptr i64, i64* %regs, i64 7
  %724 = load i64, i64* %723, align 8
  store i64 %724, i64* %lowEnd, align 8
  %725 = getelementptr i64, i64* %regs, i64 8
  %726 = load i64, i64* %725, align 8
  store i64 %726, i64* %highEnd, align 8
  %727 = add i32 %695, %718
  store i32 %727, i32* %cur.2, align 4
  %728 = load i32, i32* %cur.2, align 4
  %729 = add i32 %728, 340
  %730 = getelementptr i64, i64* %regs, i64 2
  %731 = load i64, i64* %730, align 8
  %732 = trunc i64 %731 to i32
  %733 = icmp ugt i32 %729, %732
  %734 = zext i1 %733 to i32
  %735 = icmp ne i32 %734, 0
  br i1 %735, label %then110, label %else111

then110:                                          ; preds = %stack_ok109
  br label %trap15.site9

else111:                                          ; preds = %stack_ok109
  br label %join112

join112:                                          ; preds = %else111, %dead113
  %736 = load i32, i32* %cur.2, align 4
  %737 = add i32 %736, 0
  %738 = icmp ugt i64 10910, %arena_size
  br i1 %738, label %trap17.site9, label %ok114

dead113:                                          ; No predecessors!
  br label %join112

ok114:                                            ; preds = %join112
  %739 = zext i32 %737 to i64
  %740 = add i64 %739, 10
  %741 = icmp uge i64 %739, %scratch_start
  %742 = load i64, i64* %highEnd, align 8
  %743 = icmp ule i64 %740, %742
  %744 = and i1 %741, %743
  br i1 %744, label %write.ok117, label %write.low115

write.low115:                                     ; preds = %ok114
  %745 = load i64, i64* %lowStart, align 8
  %746 = icmp uge i64 %739, %745
  %747 = load i64, i64* %lowEnd, align 8
  %748 = icmp ule i64 %740, %747
  %749 = and i1 %746, %748
  br i1 %749, label %write.ok117, label %write.slow116

write.slow116:                                    ; preds = %write.low115
  %750 = icmp ugt i64 %740, %arena_size
  br i1 %750, label %trap17.site9, label %ok118

write.ok117:                                      ; preds = %ok118, %write.low115, %ok114
  %751 = getelementptr i8, i8* %mem, i64 %739
  %752 = getelementptr i8, i8* %mem, i64 10900
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %751, i8* %752, i64 10, i1 false)
  %753 = load i32, i32* %cur.2, align 4
  %754 = add i32 %753, 10
  store i32 %754, i32* %cur.2, align 4
  %755 = load i32, i32* %cur.2, align 4
  %756 = load double, double* %part.5, align 8
  %757 = load i32, i32* %cur.2, align 4
  %758 = icmp uge i32 %depth, 1000
  br i1 %758, label %trap15.site9, label %ok119

ok118:                                            ; preds = %write.slow116
  %759 = icmp ult i64 %739, %scratch_start
  %760 = load i64, i64* %lowEnd, align 8
  %761 = load i64, i64* %highEnd, align 8
  %762 = call i64 @llvm.umax.i64(i64 %760, i64 %740)
  %763 = select i1 %759, i64 %762, i64 %760
  store i64 %763, i64* %lowEnd, align 8
  %764 = call i64 @llvm.umax.i64(i64 %761, i64 %740)
  %765 = select i1 %759, i64 %761, i64 %764
  store i64 %765, i64* %highEnd, align 8
  %766 = load i64, i64* %lowStart, align 8
  %767 = call i64 @llvm.umin.i64(i64 %766, i64 %739)
  store i64 %767, i64* %lowStart, align 8
  br label %write.ok117

ok119:                                            ; preds = %write.ok117
  %768 = icmp ult i64 %10, %stack_limit
  br i1 %768, label %trap253.site0, label %stack_ok120

stack_ok120:                                      ; preds = %ok119
  %769 = load i64, i64* %fuel, align 8
  %770 = getelementptr i64, i64* %regs, i64 0
  store i64 %769, i64* %770, align 8
  %771 = load i64, i64* %lowStart, align 8
  %772 = getelementptr i64, i64* %regs, i64 6
  store i64 %771, i64* %772, align 8
  %773 = load i64, i64* %lowEnd, align 8
  %774 = getelementptr i64, i64* %regs, i64 7
  store i64 %773, i64* %774, align 8
  %775 = load i64, i64* %highEnd, align 8
  %776 = getelementptr i64, i64* %regs, i64 8
  store i64 %775, i64* %776, align 8
  %777 = add i32 %depth, 1
  %778 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %777, double %756, i32 %757)
  %779 = getelementptr i64, i64* %regs, i64 0
  %780 = load i64, i64* %779, align 8
  store i64 %780, i64* %fuel, align 8
  %781 = getelementptr i64, i64* %regs, i64 6
  %782 = load i64, i64* %781, align 8
  store i64 %782, i64* %lowStart, align 8
  %783 = getelementptr i64, i64* %regs, i64 7
  %784 = load i64, i64* %783, align 8
  store i64 %784, i64* %lowEnd, align 8
  %785 = getelementptr i64, i64* %regs, i64 8
  %786 = load i64, i64* %785, align 8
  store i64 %786, i64* %highEnd, align 8
  %787 = add i32 %755, %778
  store i32 %787, i32* %cur.2, align 4
  %788 = load i32, i32* %part.6, align 4
  %789 = icmp ne i32 %788, 0
  %790 = select i1 %789, i32 10912, i32 10920
  store i32 %790, i32* %s.3, align 4
  %791 = load i32, i32* %s.3, align 4
  %792 = zext i32 %791 to i64
  %793 = add i64 %792, 4
  %794 = icmp ugt i64 %793, %arena_size
  br i1 %794, label %trap17.site0, label %ok121

ok121:                                            ; preds = %stack_ok120
  %795 = getelementptr i8, i8* %mem, i64 %792
  %796 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %796, i8* %795, i64 4, i1 false)
  %797 = load i32, i32* %unaligned122, align 4
  store i32 %797, i32* %slen.3, align 4
  %798 = load i32, i32* %cur.2, align 4
  %799 = load i32, i32* %slen.3, align 4
  %800 = add i32 7, %799
  %801 = add i32 %798, %800
  %802 = getelementptr i64, i64* %regs, i64 2
  %803 = load i64, i64* %802, align 8
  %804 = trunc i64 %803 to i32
  %805 = icmp ugt i32 %801, %804
  %806 = zext i1 %805 to i32
  %807 = icmp ne i32 %806, 0
  br i1 %807, label %then123, label %else124

then123:                                          ; preds = %ok121
  br label %trap15.site9

else124:                                          ; preds = %ok121
  br label %join125

join125:                                          ; preds = %else124, %dead126
  %808 = load i32, i32* %cur.2, align 4
  %809 = zext i32 %808 to i64
  %810 = add i64 %809, 4
  %811 = icmp uge i64 %809, %scratch_start
  %812 = load i64, i64* %highEnd, align 8
  %813 = icmp ule i64 %810, %812
  %814 = and i1 %811, %813
  br i1 %814, label %write.ok129, label %write.low127

dead126:                                          ; No predecessors!
  br label %join125

write.low127:                                     ; preds = %join125
  %815 = load i64, i64* %lowStart, align 8
  %816 = icmp uge i64 %809, %815
  %817 = load i64, i64* %lowEnd, align 8
  %818 = icmp ule i64 %810, %817
  %819 = and i1 %816, %818
  br i1 %819, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %820 = icmp ugt i64 %810, %arena_size
  br i1 %820, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %join125
  %821 = getelementptr i8, i8* %mem, i64 %809
  store i32 1667327264, i32* %unaligned131, align 4
  %822 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %821, i8* %822, i64 4, i1 false)
  %823 = load i32, i32* %cur.2, align 4
  %824 = zext i32 %823 to i64
  %825 = add i64 %824, 4
  %826 = add i64 %825, 2
  %827 = icmp uge i64 %825, %scratch_start
  %828 = load i64, i64* %highEnd, align 8
  %829 = icmp ule i64 %826, %828
  %830 = and i1 %827, %829
  br i1 %830, label %write.ok134, label %write.low132

ok130:                                            ; preds = %write.slow128
  %831 = icmp ult i64 %809, %scratch_start
  %832 = load i64, i64* %lowEnd, align 8
  %833 = load i64, i64* %highEnd, align 8
  %834 = call i64 @llvm.umax.i64(i64 %832, i64 %810)
  %835 = select i1 %831, i64 %834, i64 %832
  store i64 %835, i64* %lowEnd, align 8
  %836 = call i64 @llvm.umax.i64(i64 %833, i64 %810)
  %837 = select i1 %831, i64 %833, i64 %836
  store i64 %837, i64* %highEnd, align 8
  %838 = load i64, i64* %lowStart, align 8
  %839 = call i64 @llvm.umin.i64(i64 %838, i64 %809)
  store i64 %839, i64* %lowStart, align 8
  br label %write.ok129

write.low132:                                     ; preds = %write.ok129
  %840 = load i64, i64* %lowStart, align 8
  %841 = icmp uge i64 %825, %840
  %842 = load i64, i64* %lowEnd, align 8
  %843 = icmp ule i64 %826, %842
  %844 = and i1 %841, %843
  br i1 %844, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %845 = icmp ugt i64 %826, %arena_size
  br i1 %845, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %write.ok129
  %846 = getelementptr i8, i8* %mem, i64 %825
  store i16 8296, i16* %unaligned136, align 2
  %847 = bitcast i16* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %846, i8* %847, i64 2, i1 false)
  %848 = load i32, i32* %cur.2, align 4
  %849 = zext i32 %848 to i64
  %850 = add i64 %849, 6
  %851 = add i64 %850, 1
  %852 = icmp uge i64 %850, %scratch_start
  %853 = load i64, i64* %highEnd, align 8
  %854 = icmp ule i64 %851, %853
  %855 = and i1 %852, %854
  br i1 %855, label %write.ok139, label %write.low137

ok135:                                            ; preds = %write.slow133
  %856 = icmp ult i64 %825, %scratch_start
  %857 = load i64, i64* %lowEnd, align 8
  %858 = load i64, i64* %highEnd, align 8
  %859 = call i64 @llvm.umax.i64(i64 %857, i64 %826)
  %860 = select i1 %856, i64 %859, i64 %857
  store i64 %860, i64* %lowEnd, align 8
  %861 = call i64 @llvm.umax.i64(i64 %858, i64 %826)
  %862 = select i1 %856, i64 %858, i64 %861
  store i64 %862, i64* %highEnd, align 8
  %863 = load i64, i64* %lowStart, align 8
  %864 = call i64 @llvm.umin.i64(i64 %863, i64 %825)
  store i64 %864, i64* %lowStart, align 8
  br label %write.ok134

write.low137:                                     ; preds = %write.ok134
  %865 = load i64, i64* %lowStart, align 8
  %866 = icmp uge i64 %850, %865
  %867 = load i64, i64* %lowEnd, align 8
  %868 = icmp ule i64 %851, %867
  %869 = and i1 %866, %868
  br i1 %869, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %870 = icmp ugt i64 %851, %arena_size
  br i1 %870, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %write.ok134
  %871 = getelementptr i8, i8* %mem, i64 %850
  store i8 40, i8* %871, align 1
  %872 = load i32, i32* %cur.2, align 4
  %873 = add i32 %872, 7
  store i32 %873, i32* %cur.2, align 4
  %874 = load i32, i32* %cur.2, align 4
  %875 = load i32, i32* %s.3, align 4
  %876 = add i32 %875, 4
  %877 = load i32, i32* %slen.3, align 4
  %878 = zext i32 %877 to i64
  %879 = zext i32 %876 to i64
  %880 = add i64 %879, %878
  %881 = icmp ugt i64 %880, %arena_size
  br i1 %881, label %trap17.site9, label %ok141

ok140:                                            ; preds = %write.slow138
  %882 = icmp ult i64 %850, %scratch_start
  %883 = load i64, i64* %lowEnd, align 8
  %884 = load i64, i64* %highEnd, align 8
  %885 = call i64 @llvm.umax.i64(i64 %883, i64 %851)
  %886 = select i1 %882, i64 %885, i64 %883
  store i64 %886, i64* %lowEnd, align 8
  %887 = call i64 @llvm.umax.i64(i64 %884, i64 %851)
  %888 = select i1 %882, i64 %884, i64 %887
  store i64 %888, i64* %highEnd, align 8
  %889 = load i64, i64* %lowStart, align 8
  %890 = call i64 @llvm.umin.i64(i64 %889, i64 %850)
  store i64 %890, i64* %lowStart, align 8
  br label %write.ok139

ok141:                                            ; preds = %write.ok139
  %891 = zext i32 %874 to i64
  %892 = add i64 %891, %878
  %893 = icmp uge i64 %891, %scratch_start
  %894 = load i64, i64* %highEnd, align 8
  %895 = icmp ule i64 %892, %894
  %896 = and i1 %893, %895
  br i1 %896, label %write.ok144, label %write.low142

write.low142:                                     ; preds = %ok141
  %897 = load i64, i64* %lowStart, align 8
  %898 = icmp uge i64 %891, %897
  %899 = load i64, i64* %lowEnd, align 8
  %900 = icmp ule i64 %892, %899
  %901 = and i1 %898, %900
  br i1 %901, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %902 = icmp ugt i64 %892, %arena_size
  br i1 %902, label %trap17.site9, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %ok141
  %903 = getelementptr i8, i8* %mem, i64 %891
  %904 = getelementptr i8, i8* %mem, i64 %879
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %903, i8* %904, i64 %878, i1 false)
  %905 = load i32, i32* %cur.2, align 4
  %906 = load i32, i32* %slen.3, align 4
  %907 = add i32 %905, %906
  store i32 %907, i32* %cur.2, align 4
  %908 = load i32, i32* %cur.2, align 4
  %909 = add i32 %908, 1
  %910 = getelementptr i64, i64* %regs, i64 2
  %911 = load i64, i64* %910, align 8
  %912 = trunc i64 %911 to i32
  %913 = icmp ugt i32 %909, %912
  %914 = zext i1 %913 to i32
  %915 = icmp ne i32 %914, 0
  br i1 %915, label %then146, label %else147

ok145:                                            ; preds = %write.slow143
  %916 = icmp ult i64 %891, %scratch_start
  %917 = load i64, i64* %lowEnd, align 8
  %918 = load i64, i64* %highEnd, align 8
  %919 = call i64 @llvm.umax.i64(i64 %917, i64 %892)
  %920 = select i1 %916, i64 %919, i64 %917
  store i64 %920, i64* %lowEnd, align 8
  %921 = call i64 @llvm.umax.i64(i64 %918, i64 %892)
  %922 = select i1 %916, i64 %918, i64 %921
  store i64 %922, i64* %highEnd, align 8
  %923 = load i64, i64* %lowStart, align 8
  %924 = call i64 @llvm.umin.i64(i64 %923, i64 %891)
  store i64 %924, i64* %lowStart, align 8
  br label %write.ok144

then146:                                          ; preds = %write.ok144
  br label %trap15.site9

else147:                                          ; preds = %write.ok144
  br label %join148

join148:                                          ; preds = %else147, %dead149
  %925 = load i32, i32* %cur.2, align 4
  %926 = zext i32 %925 to i64
  %927 = add i64 %926, 1
  %928 = icmp uge i64 %926, %scratch_start
  %929 = load i64, i64* %highEnd, align 8
  %930 = icmp ule i64 %927, %929
  %931 = and i1 %928, %930
  br i1 %931, label %write.ok152, label %write.low150

dead149:                                          ; No predecessors!
  br label %join148

write.low150:                                     ; preds = %join148
  %932 = load i64, i64* %lowStart, align 8
  %933 = icmp uge i64 %926, %932
  %934 = load i64, i64* %lowEnd, align 8
  %935 = icmp ule i64 %927, %934
  %936 = and i1 %933, %935
  br i1 %936, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %937 = icmp ugt i64 %927, %arena_size
  br i1 %937, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %join148
  %938 = getelementptr i8, i8* %mem, i64 %926
  store i8 41, i8* %938, align 1
  %939 = load i32, i32* %cur.2, align 4
  %940 = add i32 %939, 1
  store i32 %940, i32* %cur.2, align 4
  %941 = load i32, i32* %cur.2, align 4
  %942 = load i32, i32* %text.2, align 4
  %943 = sub i32 %941, %942
  %944 = sub i32 %943, 4
  store i32 %944, i32* %len.2, align 4
  %945 = load i32, i32* %text.2, align 4
  %946 = load i32, i32* %len.2, align 4
  %947 = zext i32 %945 to i64
  %948 = add i64 %947, 4
  %949 = icmp uge i64 %947, %scratch_start
  %950 = load i64, i64* %highEnd, align 8
  %951 = icmp ule i64 %948, %950
  %952 = and i1 %949, %951
  br i1 %952, label %write.ok156, label %write.low154

ok153:                                            ; preds = %write.slow151
  %953 = icmp ult i64 %926, %scratch_start
  %954 = load i64, i64* %lowEnd, align 8
  %955 = load i64, i64* %highEnd, align 8
  %956 = call i64 @llvm.umax.i64(i64 %954, i64 %927)
  %957 = select i1 %953, i64 %956, i64 %954
  store i64 %957, i64* %lowEnd, align 8
  %958 = call i64 @llvm.umax.i64(i64 %955, i64 %927)
  %959 = select i1 %953, i64 %955, i64 %958
  store i64 %959, i64* %highEnd, align 8
  %960 = load i64, i64* %lowStart, align 8
  %961 = call i64 @llvm.umin.i64(i64 %960, i64 %926)
  store i64 %961, i64* %lowStart, align 8
  br label %write.ok152

write.low154:                                     ; preds = %write.ok152
  %962 = load i64, i64* %lowStart, align 8
  %963 = icmp uge i64 %947, %962
  %964 = load i64, i64* %lowEnd, align 8
  %965 = icmp ule i64 %948, %964
  %966 = and i1 %963, %965
  br i1 %966, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %967 = icmp ugt i64 %948, %arena_size
  br i1 %967, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %write.ok152
  %968 = getelementptr i8, i8* %mem, i64 %947
  store i32 %946, i32* %unaligned158, align 4
  %969 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %968, i8* %969, i64 4, i1 false)
  %970 = load i32, i32* %len.2, align 4
  %971 = add i32 %970, 4
  %972 = zext i32 %971 to i64
  %973 = getelementptr i64, i64* %regs, i64 1
  %974 = getelementptr i64, i64* %regs, i64 2
  %975 = load i64, i64* %973, align 8
  %976 = add i64 %975, 3
  %977 = and i64 %976, -4
  %978 = add i64 %977, %972
  %979 = load i64, i64* %974, align 8
  %980 = icmp ugt i64 %978, %979
  br i1 %980, label %trap15.site9, label %ok159

ok157:                                            ; preds = %write.slow155
  %981 = icmp ult i64 %947, %scratch_start
  %982 = load i64, i64* %lowEnd, align 8
  %983 = load i64, i64* %highEnd, align 8
  %984 = call i64 @llvm.umax.i64(i64 %982, i64 %948)
  %985 = select i1 %981, i64 %984, i64 %982
  store i64 %985, i64* %lowEnd, align 8
  %986 = call i64 @llvm.umax.i64(i64 %983, i64 %948)
  %987 = select i1 %981, i64 %983, i64 %986
  store i64 %987, i64* %highEnd, align 8
  %988 = load i64, i64* %lowStart, align 8
  %989 = call i64 @llvm.umin.i64(i64 %988, i64 %947)
  store i64 %989, i64* %lowStart, align 8
  br label %write.ok156

ok159:                                            ; preds = %write.ok156
  store i64 %978, i64* %973, align 8
  %990 = load i64, i64* %highEnd, align 8
  %991 = call i64 @llvm.umax.i64(i64 %990, i64 %978)
  store i64 %991, i64* %highEnd, align 8
  %992 = trunc i64 %977 to i32
  store i32 %992, i32* %result83, align 4
  br label %e6

write.low160:                                     ; preds = %e6
  %993 = load i64, i64* %lowStart, align 8
  %994 = icmp uge i64 %582, %993
  %995 = load i64, i64* %lowEnd, align 8
  %996 = icmp ule i64 %583, %995
  %997 = and i1 %994, %996
  br i1 %997, label %write.ok162, label %write.slow161

write.slow161:                                    ; preds = %write.low160
  %998 = icmp ugt i64 %583, %arena_size
  br i1 %998, label %trap17.site0, label %ok163

write.ok162:                                      ; preds = %ok163, %write.low160, %e6
  %999 = getelementptr i8, i8* %mem, i64 %582
  store i32 %580, i32* %unaligned164, align 4
  %1000 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %999, i8* %1000, i64 4, i1 false)
  %1001 = load i32, i32* %name, align 4
  %1002 = icmp uge i32 %depth, 1000
  br i1 %1002, label %trap15.site10, label %ok165

ok163:                                            ; preds = %write.slow161
  %1003 = icmp ult i64 %582, %scratch_start
  %1004 = load i64, i64* %lowEnd, align 8
  %1005 = load i64, i64* %highEnd, align 8
  %1006 = call i64 @llvm.umax.i64(i64 %1004, i64 %583)
  %1007 = select i1 %1003, i64 %1006, i64 %1004
  store i64 %1007, i64* %lowEnd, align 8
  %1008 = call i64 @llvm.umax.i64(i64 %1005, i64 %583)
  %1009 = select i1 %1003, i64 %1005, i64 %1008
  store i64 %1009, i64* %highEnd, align 8
  %1010 = load i64, i64* %lowStart, align 8
  %1011 = call i64 @llvm.umin.i64(i64 %1010, i64 %582)
  store i64 %1011, i64* %lowStart, align 8
  br label %write.ok162

ok165:                                            ; preds = %write.ok162
  %1012 = icmp ult i64 %10, %stack_limit
  br i1 %1012, label %trap253.site0, label %stack_ok166

trap15.site10:                                    ; preds = %write.ok162
  %1013 = load i64, i64* %lowStart, align 8
  %1014 = getelementptr i64, i64* %regs, i64 6
  store i64 %1013, i64* %1014, align 8
  %1015 = load i64, i64* %lowEnd, align 8
  %1016 = getelementptr i64, i64* %regs, i64 7
  store i64 %1015, i64* %1016, align 8
  %1017 = load i64, i64* %highEnd, align 8
  %1018 = getelementptr i64, i64* %regs, i64 8
  store i64 %1017, i64* %1018, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok166:                                      ; preds = %ok165
  %1019 = load i64, i64* %fuel, align 8
  %1020 = getelementptr i64, i64* %regs, i64 0
  store i64 %1019, i64* %1020, align 8
  %1021 = load i64, i64* %lowStart, align 8
  %1022 = getelementptr i64, i64* %regs, i64 6
  store i64 %1021, i64* %1022, align 8
  %1023 = load i64, i64* %lowEnd, align 8
  %1024 = getelementptr i64, i64* %regs, i64 7
  store i64 %1023, i64* %1024, align 8
  %1025 = load i64, i64* %highEnd, align 8
  %1026 = getelementptr i64, i64* %regs, i64 8
  store i64 %1025, i64* %1026, align 8
  %1027 = add i32 %depth, 1
  %1028 = call i32 @m0.rt.str_upper(i64* %regs, i8* %mem, i32 %1027, i32 %1001)
  %1029 = getelementptr i64, i64* %regs, i64 0
  %1030 = load i64, i64* %1029, align 8
  store i64 %1030, i64* %fuel, align 8
  %1031 = getelementptr i64, i64* %regs, i64 6
  %1032 = load i64, i64* %1031, align 8
  store i64 %1032, i64* %lowStart, align 8
  %1033 = getelementptr i64, i64* %regs, i64 7
  %1034 = load i64, i64* %1033, align 8
  store i64 %1034, i64* %lowEnd, align 8
  %1035 = getelementptr i64, i64* %regs, i64 8
  %1036 = load i64, i64* %1035, align 8
  store i64 %1036, i64* %highEnd, align 8
  store i32 %1028, i32* %shout, align 4
  %1037 = load i32, i32* %dict, align 4
  %1038 = load i32, i32* %shout, align 4
  %1039 = zext i32 %1037 to i64
  %1040 = add i64 %1039, 12
  %1041 = add i64 %1040, 4
  %1042 = icmp uge i64 %1040, %scratch_start
  %1043 = load i64, i64* %highEnd, align 8
  %1044 = icmp ule i64 %1041, %1043
  %1045 = and i1 %1042, %1044
  br i1 %1045, label %write.ok169, label %write.low167

write.low167:                                     ; preds = %stack_ok166
  %1046 = load i64, i64* %lowStart, align 8
  %1047 = icmp uge i64 %1040, %1046
  %1048 = load i64, i64* %lowEnd, align 8
  %1049 = icmp ule i64 %1041, %1048
  %1050 = and i1 %1047, %1049
  br i1 %1050, label %write.ok169, label %write.slow168

write.slow168:                                    ; preds = %write.low167
  %1051 = icmp ugt i64 %1041, %arena_size
  br i1 %1051, label %trap17.site0, label %ok170

write.ok169:                                      ; preds = %ok170, %write.low167, %stack_ok166
  %1052 = getelementptr i8, i8* %mem, i64 %1040
  store i32 %1038, i32* %unaligned171, align 4
  %1053 = bitcast i32* %unaligned171 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1052, i8* %1053, i64 4, i1 false)
  %1054 = icmp uge i32 %depth, 1000
  br i1 %1054, label %trap15.site12, label %ok172

ok170:                                            ; preds = %write.slow168
  %1055 = icmp ult i64 %1040, %scratch_start
  %1056 = load i64, i64* %lowEnd, align 8
  %1057 = load i64, i64* %highEnd, align 8
  %1058 = call i64 @llvm.umax.i64(i64 %1056, i64 %1041)
  %1059 = select i1 %1055, i64 %1058, i64 %1056
  store i64 %1059, i64* %lowEnd, align 8
  %1060 = call i64 @llvm.umax.i64(i64 %1057, i64 %1041)
  %1061 = select i1 %1055, i64 %1057, i64 %1060
  store i64 %1061, i64* %highEnd, align 8
  %1062 = load i64, i64* %lowStart, align 8
  %1063 = call i64 @llvm.umin.i64(i64 %1062, i64 %1040)
  store i64 %1063, i64* %lowStart, align 8
  br label %write.ok169

ok172:                                            ; preds = %write.ok169
  %1064 = icmp ult i64 %10, %stack_limit
  br i1 %1064, label %trap253.site0, label %stack_ok173

trap15.site12:                                    ; preds = %write.ok169
  %1065 = load i64, i64* %lowStart, align 8
  %1066 = getelementptr i64, i64* %regs, i64 6
  store i64 %1065, i64* %1066, align 8
  %1067 = load i64, i64* %lowEnd, align 8
  %1068 = getelementptr i64, i64* %regs, i64 7
  store i64 %1067, i64* %1068, align 8
  %1069 = load i64, i64* %highEnd, align 8
  %1070 = getelementptr i64, i64* %regs, i64 8
  store i64 %1069, i64* %1070, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok173:                                      ; preds = %ok172
  %1071 = load i64, i64* %fuel, align 8
  %1072 = getelementptr i64, i64* %regs, i64 0
  store i64 %1071, i64* %1072, align 8
  %1073 = load i64, i64* %lowStart, align 8
  %1074 = getelementptr i64, i64* %regs, i64 6
  store i64 %1073, i64* %1074, align 8
  %1075 = load i64, i64* %lowEnd, align 8
  %1076 = getelementptr i64, i64* %regs, i64 7
  store i64 %1075, i64* %1076, align 8
  %1077 = load i64, i64* %highEnd, align 8
  %1078 = getelementptr i64, i64* %regs, i64 8
  store i64 %1077, i64* %1078, align 8
  %1079 = add i32 %depth, 1
  %1080 = call i32 @m0.rt.str_trim(i64* %regs, i8* %mem, i32 %1079, i32 15680)
  %1081 = getelementptr i64, i64* %regs, i64 0
  %1082 = load i64, i64* %1081, align 8
  store i64 %1082, i64* %fuel, align 8
  %1083 = getelementptr i64, i64* %regs, i64 6
  %1084 = load i64, i64* %1083, align 8
  store i64 %1084, i64* %lowStart, align 8
  %1085 = getelementptr i64, i64* %regs, i64 7
  %1086 = load i64, i64* %1085, align 8
  store i64 %1086, i64* %lowEnd, align 8
  %1087 = getelementptr i64, i64* %regs, i64 8
  %1088 = load i64, i64* %1087, align 8
  store i64 %1088, i64* %highEnd, align 8
  %1089 = icmp uge i32 %depth, 1000
  br i1 %1089, label %trap15.site11, label %ok174

ok174:                                            ; preds = %stack_ok173
  %1090 = icmp ult i64 %10, %stack_limit
  br i1 %1090, label %trap253.site0, label %stack_ok175

trap15.site11:                                    ; preds = %stack_ok173
  %1091 = load i64, i64* %lowStart, align 8
  %1092 = getelementptr i64, i64* %regs, i64 6
  store i64 %1091, i64* %1092, align 8
  %1093 = load i64, i64* %lowEnd, align 8
  %1094 = getelementptr i64, i64* %regs, i64 7
  store i64 %1093, i64* %1094, align 8
  %1095 = load i64, i64* %highEnd, align 8
  %1096 = getelementptr i64, i64* %regs, i64 8
  store i64 %1095, i64* %1096, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok175:                                      ; preds = %ok174
  %1097 = load i64, i64* %fuel, align 8
  %1098 = getelementptr i64, i64* %regs, i64 0
  store i64 %1097, i64* %1098, align 8
  %1099 = load i64, i64* %lowStart, align 8
  %1100 = getelementptr i64, i64* %regs, i64 6
  store i64 %1099, i64* %1100, align 8
  %1101 = load i64, i64* %lowEnd, align 8
  %1102 = getelementptr i64, i64* %regs, i64 7
  store i64 %1101, i64* %1102, align 8
  %1103 = load i64, i64* %highEnd, align 8
  %1104 = getelementptr i64, i64* %regs, i64 8
  store i64 %1103, i64* %1104, align 8
  %1105 = add i32 %depth, 1
  %1106 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %1105, i32 %1080)
  %1107 = getelementptr i64, i64* %regs, i64 0
  %1108 = load i64, i64* %1107, align 8
  store i64 %1108, i64* %fuel, align 8
  %1109 = getelementptr i64, i64* %regs, i64 6
  %1110 = load i64, i64* %1109, align 8
  store i64 %1110, i64* %lowStart, align 8
  %1111 = getelementptr i64, i64* %regs, i64 7
  %1112 = load i64, i64* %1111, align 8
  store i64 %1112, i64* %lowEnd, align 8
  %1113 = getelementptr i64, i64* %regs, i64 8
  %1114 = load i64, i64* %1113, align 8
  store i64 %1114, i64* %highEnd, align 8
  store i32 %1106, i32* %quiet, align 4
  %1115 = load i32, i32* %dict, align 4
  %1116 = load i32, i32* %quiet, align 4
  %1117 = zext i32 %1115 to i64
  %1118 = add i64 %1117, 16
  %1119 = add i64 %1118, 4
  %1120 = icmp uge i64 %1118, %scratch_start
  %1121 = load i64, i64* %highEnd, align 8
  %1122 = icmp ule i64 %1119, %1121
  %1123 = and i1 %1120, %1122
  br i1 %1123, label %write.ok178, label %write.low176

write.low176:                                     ; preds = %stack_ok175
  %1124 = load i64, i64* %lowStart, align 8
  %1125 = icmp uge i64 %1118, %1124
  %1126 = load i64, i64* %lowEnd, align 8
  %1127 = icmp ule i64 %1119, %1126
  %1128 = and i1 %1125, %1127
  br i1 %1128, label %write.ok178, label %write.slow177

write.slow177:                                    ; preds = %write.low176
  %1129 = icmp ugt i64 %1119, %arena_size
  br i1 %1129, label %trap17.site0, label %ok179

write.ok178:                                      ; preds = %ok179, %write.low176, %stack_ok175
  %1130 = getelementptr i8, i8* %mem, i64 %1118
  store i32 %1116, i32* %unaligned180, align 4
  %1131 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1130, i8* %1131, i64 4, i1 false)
  %1132 = icmp uge i32 %depth, 1000
  br i1 %1132, label %trap15.site13, label %ok182

ok179:                                            ; preds = %write.slow177
  %1133 = icmp ult i64 %1118, %scratch_start
  %1134 = load i64, i64* %lowEnd, align 8
  %1135 = load i64, i64* %highEnd, align 8
  %1136 = call i64 @llvm.umax.i64(i64 %1134, i64 %1119)
  %1137 = select i1 %1133, i64 %1136, i64 %1134
  store i64 %1137, i64* %lowEnd, align 8
  %1138 = call i64 @llvm.umax.i64(i64 %1135, i64 %1119)
  %1139 = select i1 %1133, i64 %1135, i64 %1138
  store i64 %1139, i64* %highEnd, align 8
  %1140 = load i64, i64* %lowStart, align 8
  %1141 = call i64 @llvm.umin.i64(i64 %1140, i64 %1118)
  store i64 %1141, i64* %lowStart, align 8
  br label %write.ok178

e21:                                              ; preds = %join186
  %1142 = load i32, i32* %result181, align 4
  store i32 %1142, i32* %words, align 4
  %1143 = load i32, i32* %dict, align 4
  %1144 = load i32, i32* %words, align 4
  %1145 = zext i32 %1143 to i64
  %1146 = add i64 %1145, 20
  %1147 = add i64 %1146, 4
  %1148 = icmp uge i64 %1146, %scratch_start
  %1149 = load i64, i64* %highEnd, align 8
  %1150 = icmp ule i64 %1147, %1149
  %1151 = and i1 %1148, %1150
  br i1 %1151, label %write.ok190, label %write.low188

ok182:                                            ; preds = %write.ok178
  %1152 = icmp ult i64 %10, %stack_limit
  br i1 %1152, label %trap253.site0, label %stack_ok183

trap15.site13:                                    ; preds = %write.ok178
  %1153 = load i64, i64* %lowStart, align 8
  %1154 = getelementptr i64, i64* %regs, i64 6
  store i64 %1153, i64* %1154, align 8
  %1155 = load i64, i64* %lowEnd, align 8
  %1156 = getelementptr i64, i64* %regs, i64 7
  store i64 %1155, i64* %1156, align 8
  %1157 = load i64, i64* %highEnd, align 8
  %1158 = getelementptr i64, i64* %regs, i64 8
  store i64 %1157, i64* %1158, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

stack_ok183:                                      ; preds = %ok182
  %1159 = load i64, i64* %fuel, align 8
  %1160 = getelementptr i64, i64* %regs, i64 0
  store i64 %1159, i64* %1160, align 8
  %1161 = load i64, i64* %lowStart, align 8
  %1162 = getelementptr i64, i64* %regs, i64 6
  store i64 %1161, i64* %1162, align 8
  %1163 = load i64, i64* %lowEnd, align 8
  %1164 = getelementptr i64, i64* %regs, i64 7
  store i64 %1163, i64* %1164, align 8
  %1165 = load i64, i64* %highEnd, align 8
  %1166 = getelementptr i64, i64* %regs, i64 8
  store i64 %1165, i64* %1166, align 8
  %1167 = add i32 %depth, 1
  %1168 = call i32 @m0.rt.str_split(i64* %regs, i8* %mem, i32 %1167, i32 24016, i32 24028)
  %1169 = getelementptr i64, i64* %regs, i64 0
  %1170 = load i64, i64* %1169, align 8
  store i64 %1170, i64* %fuel, align 8
  %1171 = getelementptr i64, i64* %regs, i64 6
  %1172 = load i64, i64* %1171, align 8
  store i64 %1172, i64* %lowStart, align 8
  %1173 = getelementptr i64, i64* %regs, i64 7
  %1174 = load i64, i64* %1173, align 8
  store i64 %1174, i64* %lowEnd, align 8
  %1175 = getelementptr i64, i64* %regs, i64 8
  %1176 = load i64, i64* %1175, align 8
  store i64 %1176, i64* %highEnd, align 8
  store i32 %1168, i32* %r, align 4
  %1177 = load i32, i32* %r, align 4
  %1178 = icmp eq i32 %1177, 0
  %1179 = zext i1 %1178 to i32
  %1180 = icmp ne i32 %1179, 0
  br i1 %1180, label %then184, label %else185

then184:                                          ; preds = %stack_ok183
  br label %trap8.site13

else185:                                          ; preds = %stack_ok183
  br label %join186

join186:                                          ; preds = %else185, %dead187
  %1181 = load i32, i32* %r, align 4
  store i32 %1181, i32* %result181, align 4
  br label %e21

trap8.site13:                                     ; preds = %then184
  %1182 = load i64, i64* %lowStart, align 8
  %1183 = getelementptr i64, i64* %regs, i64 6
  store i64 %1182, i64* %1183, align 8
  %1184 = load i64, i64* %lowEnd, align 8
  %1185 = getelementptr i64, i64* %regs, i64 7
  store i64 %1184, i64* %1185, align 8
  %1186 = load i64, i64* %highEnd, align 8
  %1187 = getelementptr i64, i64* %regs, i64 8
  store i64 %1186, i64* %1187, align 8
  call void @tetra_trap(i64* %regs, i32 8, i32 13)
  unreachable

dead187:                                          ; No predecessors!
  br label %join186

write.low188:                                     ; preds = %e21
  %1188 = load i64, i64* %lowStart, align 8
  %1189 = icmp uge i64 %1146, %1188
  %1190 = load i64, i64* %lowEnd, align 8
  %1191 = icmp ule i64 %1147, %1190
  %1192 = and i1 %1189, %1191
  br i1 %1192, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1193 = icmp ugt i64 %1147, %arena_size
  br i1 %1193, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e21
  %1194 = getelementptr i8, i8* %mem, i64 %1146
  store i32 %1144, i32* %unaligned192, align 4
  %1195 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1194, i8* %1195, i64 4, i1 false)
  store i32 24036, i32* %item, align 4
  %1196 = load i32, i32* %name, align 4
  store i32 %1196, i32* %item.1, align 4
  store i32 24044, i32* %item.2, align 4
  store i64 16, i64* %size, align 8
  %1197 = load i64, i64* %size, align 8
  %1198 = icmp ugt i64 %1197, 2147483647
  %1199 = zext i1 %1198 to i32
  %1200 = icmp ne i32 %1199, 0
  br i1 %1200, label %then194, label %else195

ok191:                                            ; preds = %write.slow189
  %1201 = icmp ult i64 %1146, %scratch_start
  %1202 = load i64, i64* %lowEnd, align 8
  %1203 = load i64, i64* %highEnd, align 8
  %1204 = call i64 @llvm.umax.i64(i64 %1202, i64 %1147)
  %1205 = select i1 %1201, i64 %1204, i64 %1202
  store i64 %1205, i64* %lowEnd, align 8
  %1206 = call i64 @llvm.umax.i64(i64 %1203, i64 %1147)
  %1207 = select i1 %1201, i64 %1203, i64 %1206
  store i64 %1207, i64* %highEnd, align 8
  %1208 = load i64, i64* %lowStart, align 8
  %1209 = call i64 @llvm.umin.i64(i64 %1208, i64 %1146)
  store i64 %1209, i64* %lowStart, align 8
  br label %write.ok190

e25:                                              ; preds = %write.ok216
  %1210 = load i32, i32* %result193, align 4
  %1211 = icmp uge i32 %depth, 1000
  br i1 %1211, label %trap15.site14, label %ok219

then194:                                          ; preds = %write.ok190
  br label %trap15.site15

else195:                                          ; preds = %write.ok190
  br label %join196

join196:                                          ; preds = %else195, %dead197
  %1212 = load i64, i64* %size, align 8
  %1213 = trunc i64 %1212 to i32
  %1214 = zext i32 %1213 to i64
  %1215 = getelementptr i64, i64* %regs, i64 1
  %1216 = getelementptr i64, i64* %regs, i64 2
  %1217 = load i64, i64* %1215, align 8
  %1218 = add i64 %1217, 3
  %1219 = and i64 %1218, -4
  %1220 = add i64 %1219, %1214
  %1221 = load i64, i64* %1216, align 8
  %1222 = icmp ugt i64 %1220, %1221
  br i1 %1222, label %trap15.site15, label %ok198

trap15.site15:                                    ; preds = %join196, %then194
  %1223 = load i64, i64* %lowStart, align 8
  %1224 = getelementptr i64, i64* %regs, i64 6
  store i64 %1223, i64* %1224, align 8
  %1225 = load i64, i64* %lowEnd, align 8
  %1226 = getelementptr i64, i64* %regs, i64 7
  store i64 %1225, i64* %1226, align 8
  %1227 = load i64, i64* %highEnd, align 8
  %1228 = getelementptr i64, i64* %regs, i64 8
  store i64 %1227, i64* %1228, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead197:                                          ; No predecessors!
  br label %join196

ok198:                                            ; preds = %join196
  store i64 %1220, i64* %1215, align 8
  %1229 = load i64, i64* %highEnd, align 8
  %1230 = call i64 @llvm.umax.i64(i64 %1229, i64 %1220)
  store i64 %1230, i64* %highEnd, align 8
  %1231 = trunc i64 %1219 to i32
  store i32 %1231, i32* %list, align 4
  store i32 0, i32* %len.3, align 4
  %1232 = load i32, i32* %list, align 4
  %1233 = add i32 %1232, 4
  %1234 = load i32, i32* %len.3, align 4
  %1235 = mul i32 %1234, 4
  %1236 = add i32 %1233, %1235
  %1237 = load i32, i32* %item, align 4
  %1238 = zext i32 %1236 to i64
  %1239 = add i64 %1238, 4
  %1240 = icmp uge i64 %1238, %scratch_start
  %1241 = load i64, i64* %highEnd, align 8
  %1242 = icmp ule i64 %1239, %1241
  %1243 = and i1 %1240, %1242
  br i1 %1243, label %write.ok201, label %write.low199

write.low199:                                     ; preds = %ok198
  %1244 = load i64, i64* %lowStart, align 8
  %1245 = icmp uge i64 %1238, %1244
  %1246 = load i64, i64* %lowEnd, align 8
  %1247 = icmp ule i64 %1239, %1246
  %1248 = and i1 %1245, %1247
  br i1 %1248, label %write.ok201, label %write.slow200

write.slow200:                                    ; preds = %write.low199
  %1249 = icmp ugt i64 %1239, %arena_size
  br i1 %1249, label %trap17.site0, label %ok202

write.ok201:                                      ; preds = %ok202, %write.low199, %ok198
  %1250 = getelementptr i8, i8* %mem, i64 %1238
  store i32 %1237, i32* %unaligned203, align 4
  %1251 = bitcast i32* %unaligned203 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1250, i8* %1251, i64 4, i1 false)
  %1252 = load i32, i32* %len.3, align 4
  %1253 = add i32 %1252, 1
  store i32 %1253, i32* %len.3, align 4
  %1254 = load i32, i32* %list, align 4
  %1255 = add i32 %1254, 4
  %1256 = load i32, i32* %len.3, align 4
  %1257 = mul i32 %1256, 4
  %1258 = add i32 %1255, %1257
  %1259 = load i32, i32* %item.1, align 4
  %1260 = zext i32 %1258 to i64
  %1261 = add i64 %1260, 4
  %1262 = icmp uge i64 %1260, %scratch_start
  %1263 = load i64, i64* %highEnd, align 8
  %1264 = icmp ule i64 %1261, %1263
  %1265 = and i1 %1262, %1264
  br i1 %1265, label %write.ok206, label %write.low204

ok202:                                            ; preds = %write.slow200
  %1266 = icmp ult i64 %1238, %scratch_start
  %1267 = load i64, i64* %lowEnd, align 8
  %1268 = load i64, i64* %highEnd, align 8
  %1269 = call i64 @llvm.umax.i64(i64 %1267, i64 %1239)
  %1270 = select i1 %1266, i64 %1269, i64 %1267
  store i64 %1270, i64* %lowEnd, align 8
  %1271 = call i64 @llvm.umax.i64(i64 %1268, i64 %1239)
  %1272 = select i1 %1266, i64 %1268, i64 %1271
  store i64 %1272, i64* %highEnd, align 8
  %1273 = load i64, i64* %lowStart, align 8
  %1274 = call i64 @llvm.umin.i64(i64 %1273, i64 %1238)
  store i64 %1274, i64* %lowStart, align 8
  br label %write.ok201

write.low204:                                     ; preds = %write.ok201
  %1275 = load i64, i64* %lowStart, align 8
  %1276 = icmp uge i64 %1260, %1275
  %1277 = load i64, i64* %lowEnd, align 8
  %1278 = icmp ule i64 %1261, %1277
  %1279 = and i1 %1276, %1278
  br i1 %1279, label %write.ok206, label %write.slow205

write.slow205:                                    ; preds = %write.low204
  %1280 = icmp ugt i64 %1261, %arena_size
  br i1 %1280, label %trap17.site0, label %ok207

write.ok206:                                      ; preds = %ok207, %write.low204, %write.ok201
  %1281 = getelementptr i8, i8* %mem, i64 %1260
  store i32 %1259, i32* %unaligned208, align 4
  %1282 = bitcast i32* %unaligned208 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1281, i8* %1282, i64 4, i1 false)
  %1283 = load i32, i32* %len.3, align 4
  %1284 = add i32 %1283, 1
  store i32 %1284, i32* %len.3, align 4
  %1285 = load i32, i32* %list, align 4
  %1286 = add i32 %1285, 4
  %1287 = load i32, i32* %len.3, align 4
  %1288 = mul i32 %1287, 4
  %1289 = add i32 %1286, %1288
  %1290 = load i32, i32* %item.2, align 4
  %1291 = zext i32 %1289 to i64
  %1292 = add i64 %1291, 4
  %1293 = icmp uge i64 %1291, %scratch_start
  %1294 = load i64, i64* %highEnd, align 8
  %1295 = icmp ule i64 %1292, %1294
  %1296 = and i1 %1293, %1295
  br i1 %1296, label %write.ok211, label %write.low209

ok207:                                            ; preds = %write.slow205
  %1297 = icmp ult i64 %1260, %scratch_start
  %1298 = load i64, i64* %lowEnd, align 8
  %1299 = load i64, i64* %highEnd, align 8
  %1300 = call i64 @llvm.umax.i64(i64 %1298, i64 %1261)
  %1301 = select i1 %1297, i64 %1300, i64 %1298
  store i64 %1301, i64* %lowEnd, align 8
  %1302 = call i64 @llvm.umax.i64(i64 %1299, i64 %1261)
  %1303 = select i1 %1297, i64 %1299, i64 %1302
  store i64 %1303, i64* %highEnd, align 8
  %1304 = load i64, i64* %lowStart, align 8
  %1305 = call i64 @llvm.umin.i64(i64 %1304, i64 %1260)
  store i64 %1305, i64* %lowStart, align 8
  br label %write.ok206

write.low209:                                     ; preds = %write.ok206
  %1306 = load i64, i64* %lowStart, align 8
  %1307 = icmp uge i64 %1291, %1306
  %1308 = load i64, i64* %lowEnd, align 8
  %1309 = icmp ule i64 %1292, %1308
  %1310 = and i1 %1307, %1309
  br i1 %1310, label %write.ok211, label %write.slow210

write.slow210:                                    ; preds = %write.low209
  %1311 = icmp ugt i64 %1292, %arena_size
  br i1 %1311, label %trap17.site0, label %ok212

write.ok211:                                      ; preds = %ok212, %write.low209, %write.ok206
  %1312 = getelementptr i8, i8* %mem, i64 %1291
  store i32 %1290, i32* %unaligned213, align 4
  %1313 = bitcast i32* %unaligned213 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1312, i8* %1313, i64 4, i1 false)
  %1314 = load i32, i32* %len.3, align 4
  %1315 = add i32 %1314, 1
  store i32 %1315, i32* %len.3, align 4
  %1316 = load i32, i32* %list, align 4
  %1317 = load i32, i32* %len.3, align 4
  %1318 = zext i32 %1316 to i64
  %1319 = add i64 %1318, 4
  %1320 = icmp uge i64 %1318, %scratch_start
  %1321 = load i64, i64* %highEnd, align 8
  %1322 = icmp ule i64 %1319, %1321
  %1323 = and i1 %1320, %1322
  br i1 %1323, label %write.ok216, label %write.low214

ok212:                                            ; preds = %write.slow210
  %1324 = icmp ult i64 %1291, %scratch_start
  %1325 = load i64, i64* %lowEnd, align 8
  %1326 = load i64, i64* %highEnd, align 8
  %1327 = call i64 @llvm.umax.i64(i64 %1325, i64 %1292)
  %1328 = select i1 %1324, i64 %1327, i64 %1325
  store i64 %1328, i64* %lowEnd, align 8
  %1329 = call i64 @llvm.umax.i64(i64 %1326, i64 %1292)
  %1330 = select i1 %1324, i64 %1326, i64 %1329
  store i64 %1330, i64* %highEnd, align 8
  %1331 = load i64, i64* %lowStart, align 8
  %1332 = call i64 @llvm.umin.i64(i64 %1331, i64 %1291)
  store i64 %1332, i64* %lowStart, align 8
  br label %write.ok211

write.low214:                                     ; preds = %write.ok211
  %1333 = load i64, i64* %lowStart, align 8
  %1334 = icmp uge i64 %1318, %1333
  %1335 = load i64, i64* %lowEnd, align 8
  %1336 = icmp ule i64 %1319, %1335
  %1337 = and i1 %1334, %1336
  br i1 %1337, label %write.ok216, label %write.slow215

write.slow215:                                    ; preds = %write.low214
  %1338 = icmp ugt i64 %1319, %arena_size
  br i1 %1338, label %trap17.site0, label %ok217

write.ok216:                                      ; preds = %ok217, %write.low214, %write.ok211
  %1339 = getelementptr i8, i8* %mem, i64 %1318
  store i32 %1317, i32* %unaligned218, align 4
  %1340 = bitcast i32* %unaligned218 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1339, i8* %1340, i64 4, i1 false)
  %1341 = load i32, i32* %list, align 4
  store i32 %1341, i32* %result193, align 4
  br label %e25

ok217:                                            ; preds = %write.slow215
  %1342 = icmp ult i64 %1318, %scratch_start
  %1343 = load i64, i64* %lowEnd, align 8
  %1344 = load i64, i64* %highEnd, align 8
  %1345 = call i64 @llvm.umax.i64(i64 %1343, i64 %1319)
  %1346 = select i1 %1342, i64 %1345, i64 %1343
  store i64 %1346, i64* %lowEnd, align 8
  %1347 = call i64 @llvm.umax.i64(i64 %1344, i64 %1319)
  %1348 = select i1 %1342, i64 %1344, i64 %1347
  store i64 %1348, i64* %highEnd, align 8
  %1349 = load i64, i64* %lowStart, align 8
  %1350 = call i64 @llvm.umin.i64(i64 %1349, i64 %1318)
  store i64 %1350, i64* %lowStart, align 8
  br label %write.ok216

ok219:                                            ; preds = %e25
  %1351 = icmp ult i64 %10, %stack_limit
  br i1 %1351, label %trap253.site0, label %stack_ok220

trap15.site14:                                    ; preds = %e25
  %1352 = load i64, i64* %lowStart, align 8
  %1353 = getelementptr i64, i64* %regs, i64 6
  store i64 %1352, i64* %1353, align 8
  %1354 = load i64, i64* %lowEnd, align 8
  %1355 = getelementptr i64, i64* %regs, i64 7
  store i64 %1354, i64* %1355, align 8
  %1356 = load i64, i64* %highEnd, align 8
  %1357 = getelementptr i64, i64* %regs, i64 8
  store i64 %1356, i64* %1357, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok220:                                      ; preds = %ok219
  %1358 = load i64, i64* %fuel, align 8
  %1359 = getelementptr i64, i64* %regs, i64 0
  store i64 %1358, i64* %1359, align 8
  %1360 = load i64, i64* %lowStart, align 8
  %1361 = getelementptr i64, i64* %regs, i64 6
  store i64 %1360, i64* %1361, align 8
  %1362 = load i64, i64* %lowEnd, align 8
  %1363 = getelementptr i64, i64* %regs, i64 7
  store i64 %1362, i64* %1363, align 8
  %1364 = load i64, i64* %highEnd, align 8
  %1365 = getelementptr i64, i64* %regs, i64 8
  store i64 %1364, i64* %1365, align 8
  %1366 = add i32 %depth, 1
  %1367 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1366, i32 %1210, i32 24052)
  %1368 = getelementptr i64, i64* %regs, i64 0
  %1369 = load i64, i64* %1368, align 8
  store i64 %1369, i64* %fuel, align 8
  %1370 = getelementptr i64, i64* %regs, i64 6
  %1371 = load i64, i64* %1370, align 8
  store i64 %1371, i64* %lowStart, align 8
  %1372 = getelementptr i64, i64* %regs, i64 7
  %1373 = load i64, i64* %1372, align 8
  store i64 %1373, i64* %lowEnd, align 8
  %1374 = getelementptr i64, i64* %regs, i64 8
  %1375 = load i64, i64* %1374, align 8
  store i64 %1375, i64* %highEnd, align 8
  store i32 %1367, i32* %joined, align 4
  %1376 = load i32, i32* %dict, align 4
  %1377 = load i32, i32* %joined, align 4
  %1378 = zext i32 %1376 to i64
  %1379 = add i64 %1378, 24
  %1380 = add i64 %1379, 4
  %1381 = icmp uge i64 %1379, %scratch_start
  %1382 = load i64, i64* %highEnd, align 8
  %1383 = icmp ule i64 %1380, %1382
  %1384 = and i1 %1381, %1383
  br i1 %1384, label %write.ok223, label %write.low221

write.low221:                                     ; preds = %stack_ok220
  %1385 = load i64, i64* %lowStart, align 8
  %1386 = icmp uge i64 %1379, %1385
  %1387 = load i64, i64* %lowEnd, align 8
  %1388 = icmp ule i64 %1380, %1387
  %1389 = and i1 %1386, %1388
  br i1 %1389, label %write.ok223, label %write.slow222

write.slow222:                                    ; preds = %write.low221
  %1390 = icmp ugt i64 %1380, %arena_size
  br i1 %1390, label %trap17.site0, label %ok224

write.ok223:                                      ; preds = %ok224, %write.low221, %stack_ok220
  %1391 = getelementptr i8, i8* %mem, i64 %1379
  store i32 %1377, i32* %unaligned225, align 4
  %1392 = bitcast i32* %unaligned225 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1391, i8* %1392, i64 4, i1 false)
  %1393 = load i32, i32* %name, align 4
  %1394 = icmp uge i32 %depth, 1000
  br i1 %1394, label %trap15.site16, label %ok226

ok224:                                            ; preds = %write.slow222
  %1395 = icmp ult i64 %1379, %scratch_start
  %1396 = load i64, i64* %lowEnd, align 8
  %1397 = load i64, i64* %highEnd, align 8
  %1398 = call i64 @llvm.umax.i64(i64 %1396, i64 %1380)
  %1399 = select i1 %1395, i64 %1398, i64 %1396
  store i64 %1399, i64* %lowEnd, align 8
  %1400 = call i64 @llvm.umax.i64(i64 %1397, i64 %1380)
  %1401 = select i1 %1395, i64 %1397, i64 %1400
  store i64 %1401, i64* %highEnd, align 8
  %1402 = load i64, i64* %lowStart, align 8
  %1403 = call i64 @llvm.umin.i64(i64 %1402, i64 %1379)
  store i64 %1403, i64* %lowStart, align 8
  br label %write.ok223

ok226:                                            ; preds = %write.ok223
  %1404 = icmp ult i64 %10, %stack_limit
  br i1 %1404, label %trap253.site0, label %stack_ok227

trap15.site16:                                    ; preds = %write.ok223
  %1405 = load i64, i64* %lowStart, align 8
  %1406 = getelementptr i64, i64* %regs, i64 6
  store i64 %1405, i64* %1406, align 8
  %1407 = load i64, i64* %lowEnd, align 8
  %1408 = getelementptr i64, i64* %regs, i64 7
  store i64 %1407, i64* %1408, align 8
  %1409 = load i64, i64* %highEnd, align 8
  %1410 = getelementptr i64, i64* %regs, i64 8
  store i64 %1409, i64* %1410, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok227:                                      ; preds = %ok226
  %1411 = load i64, i64* %fuel, align 8
  %1412 = getelementptr i64, i64* %regs, i64 0
  store i64 %1411, i64* %1412, align 8
  %1413 = load i64, i64* %lowStart, align 8
  %1414 = getelementptr i64, i64* %regs, i64 6
  store i64 %1413, i64* %1414, align 8
  %1415 = load i64, i64* %lowEnd, align 8
  %1416 = getelementptr i64, i64* %regs, i64 7
  store i64 %1415, i64* %1416, align 8
  %1417 = load i64, i64* %highEnd, align 8
  %1418 = getelementptr i64, i64* %regs, i64 8
  store i64 %1417, i64* %1418, align 8
  %1419 = add i32 %depth, 1
  %1420 = call i32 @m0.rt.str_replace(i64* %regs, i8* %mem, i32 %1419, i32 %1393, i32 24060, i32 24068)
  %1421 = getelementptr i64, i64* %regs, i64 0
  %1422 = load i64, i64* %1421, align 8
  store i64 %1422, i64* %fuel, align 8
  %1423 = getelementptr i64, i64* %regs, i64 6
  %1424 = load i64, i64* %1423, align 8
  store i64 %1424, i64* %lowStart, align 8
  %1425 = getelementptr i64, i64* %regs, i64 7
  %1426 = load i64, i64* %1425, align 8
  store i64 %1426, i64* %lowEnd, align 8
  %1427 = getelementptr i64, i64* %regs, i64 8
  %1428 = load i64, i64* %1427, align 8
  store i64 %1428, i64* %highEnd, align 8
  store i32 %1420, i32* %replaced, align 4
  %1429 = load i32, i32* %dict, align 4
  %1430 = load i32, i32* %replaced, align 4
  %1431 = zext i32 %1429 to i64
  %1432 = add i64 %1431, 28
  %1433 = add i64 %1432, 4
  %1434 = icmp uge i64 %1432, %scratch_start
  %1435 = load i64, i64* %highEnd, align 8
  %1436 = icmp ule i64 %1433, %1435
  %1437 = and i1 %1434, %1436
  br i1 %1437, label %write.ok230, label %write.low228

write.low228:                                     ; preds = %stack_ok227
  %1438 = load i64, i64* %lowStart, align 8
  %1439 = icmp uge i64 %1432, %1438
  %1440 = load i64, i64* %lowEnd, align 8
  %1441 = icmp ule i64 %1433, %1440
  %1442 = and i1 %1439, %1441
  br i1 %1442, label %write.ok230, label %write.slow229

write.slow229:                                    ; preds = %write.low228
  %1443 = icmp ugt i64 %1433, %arena_size
  br i1 %1443, label %trap17.site0, label %ok231

write.ok230:                                      ; preds = %ok231, %write.low228, %stack_ok227
  %1444 = getelementptr i8, i8* %mem, i64 %1432
  store i32 %1430, i32* %unaligned232, align 4
  %1445 = bitcast i32* %unaligned232 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1444, i8* %1445, i64 4, i1 false)
  %1446 = load i32, i32* %name, align 4
  %1447 = icmp uge i32 %depth, 1000
  br i1 %1447, label %trap15.site17, label %ok234

ok231:                                            ; preds = %write.slow229
  %1448 = icmp ult i64 %1432, %scratch_start
  %1449 = load i64, i64* %lowEnd, align 8
  %1450 = load i64, i64* %highEnd, align 8
  %1451 = call i64 @llvm.umax.i64(i64 %1449, i64 %1433)
  %1452 = select i1 %1448, i64 %1451, i64 %1449
  store i64 %1452, i64* %lowEnd, align 8
  %1453 = call i64 @llvm.umax.i64(i64 %1450, i64 %1433)
  %1454 = select i1 %1448, i64 %1450, i64 %1453
  store i64 %1454, i64* %highEnd, align 8
  %1455 = load i64, i64* %lowStart, align 8
  %1456 = call i64 @llvm.umin.i64(i64 %1455, i64 %1432)
  store i64 %1456, i64* %lowStart, align 8
  br label %write.ok230

e34:                                              ; preds = %join238
  %1457 = load i32, i32* %result233, align 4
  store i32 %1457, i32* %prefix, align 4
  %1458 = load i32, i32* %dict, align 4
  %1459 = load i32, i32* %prefix, align 4
  %1460 = zext i32 %1458 to i64
  %1461 = add i64 %1460, 32
  %1462 = add i64 %1461, 4
  %1463 = icmp uge i64 %1461, %scratch_start
  %1464 = load i64, i64* %highEnd, align 8
  %1465 = icmp ule i64 %1462, %1464
  %1466 = and i1 %1463, %1465
  br i1 %1466, label %write.ok242, label %write.low240

ok234:                                            ; preds = %write.ok230
  %1467 = icmp ult i64 %10, %stack_limit
  br i1 %1467, label %trap253.site0, label %stack_ok235

trap15.site17:                                    ; preds = %write.ok230
  %1468 = load i64, i64* %lowStart, align 8
  %1469 = getelementptr i64, i64* %regs, i64 6
  store i64 %1468, i64* %1469, align 8
  %1470 = load i64, i64* %lowEnd, align 8
  %1471 = getelementptr i64, i64* %regs, i64 7
  store i64 %1470, i64* %1471, align 8
  %1472 = load i64, i64* %highEnd, align 8
  %1473 = getelementptr i64, i64* %regs, i64 8
  store i64 %1472, i64* %1473, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

stack_ok235:                                      ; preds = %ok234
  %1474 = load i64, i64* %fuel, align 8
  %1475 = getelementptr i64, i64* %regs, i64 0
  store i64 %1474, i64* %1475, align 8
  %1476 = load i64, i64* %lowStart, align 8
  %1477 = getelementptr i64, i64* %regs, i64 6
  store i64 %1476, i64* %1477, align 8
  %1478 = load i64, i64* %lowEnd, align 8
  %1479 = getelementptr i64, i64* %regs, i64 7
  store i64 %1478, i64* %1479, align 8
  %1480 = load i64, i64* %highEnd, align 8
  %1481 = getelementptr i64, i64* %regs, i64 8
  store i64 %1480, i64* %1481, align 8
  %1482 = add i32 %depth, 1
  %1483 = call i32 @m0.rt.str_substring(i64* %regs, i8* %mem, i32 %1482, i32 %1446, i64 0, i64 2)
  %1484 = getelementptr i64, i64* %regs, i64 0
  %1485 = load i64, i64* %1484, align 8
  store i64 %1485, i64* %fuel, align 8
  %1486 = getelementptr i64, i64* %regs, i64 6
  %1487 = load i64, i64* %1486, align 8
  store i64 %1487, i64* %lowStart, align 8
  %1488 = getelementptr i64, i64* %regs, i64 7
  %1489 = load i64, i64* %1488, align 8
  store i64 %1489, i64* %lowEnd, align 8
  %1490 = getelementptr i64, i64* %regs, i64 8
  %1491 = load i64, i64* %1490, align 8
  store i64 %1491, i64* %highEnd, align 8
  store i32 %1483, i32* %r.1, align 4
  %1492 = load i32, i32* %r.1, align 4
  %1493 = icmp eq i32 %1492, 0
  %1494 = zext i1 %1493 to i32
  %1495 = icmp ne i32 %1494, 0
  br i1 %1495, label %then236, label %else237

then236:                                          ; preds = %stack_ok235
  br label %trap3.site17

else237:                                          ; preds = %stack_ok235
  br label %join238

join238:                                          ; preds = %else237, %dead239
  %1496 = load i32, i32* %r.1, align 4
  store i32 %1496, i32* %result233, align 4
  br label %e34

trap3.site17:                                     ; preds = %then236
  %1497 = load i64, i64* %lowStart, align 8
  %1498 = getelementptr i64, i64* %regs, i64 6
  store i64 %1497, i64* %1498, align 8
  %1499 = load i64, i64* %lowEnd, align 8
  %1500 = getelementptr i64, i64* %regs, i64 7
  store i64 %1499, i64* %1500, align 8
  %1501 = load i64, i64* %highEnd, align 8
  %1502 = getelementptr i64, i64* %regs, i64 8
  store i64 %1501, i64* %1502, align 8
  call void @tetra_trap(i64* %regs, i32 3, i32 17)
  unreachable

dead239:                                          ; No predecessors!
  br label %join238

write.low240:                                     ; preds = %e34
  %1503 = load i64, i64* %lowStart, align 8
  %1504 = icmp uge i64 %1461, %1503
  %1505 = load i64, i64* %lowEnd, align 8
  %1506 = icmp ule i64 %1462, %1505
  %1507 = and i1 %1504, %1506
  br i1 %1507, label %write.ok242, label %write.slow241

write.slow241:                                    ; preds = %write.low240
  %1508 = icmp ugt i64 %1462, %arena_size
  br i1 %1508, label %trap17.site0, label %ok243

write.ok242:                                      ; preds = %ok243, %write.low240, %e34
  %1509 = getelementptr i8, i8* %mem, i64 %1461
  store i32 %1459, i32* %unaligned244, align 4
  %1510 = bitcast i32* %unaligned244 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1509, i8* %1510, i64 4, i1 false)
  %1511 = load i32, i32* %name, align 4
  %1512 = icmp uge i32 %depth, 1000
  br i1 %1512, label %trap15.site19, label %ok246

ok243:                                            ; preds = %write.slow241
  %1513 = icmp ult i64 %1461, %scratch_start
  %1514 = load i64, i64* %lowEnd, align 8
  %1515 = load i64, i64* %highEnd, align 8
  %1516 = call i64 @llvm.umax.i64(i64 %1514, i64 %1462)
  %1517 = select i1 %1513, i64 %1516, i64 %1514
  store i64 %1517, i64* %lowEnd, align 8
  %1518 = call i64 @llvm.umax.i64(i64 %1515, i64 %1462)
  %1519 = select i1 %1513, i64 %1515, i64 %1518
  store i64 %1519, i64* %highEnd, align 8
  %1520 = load i64, i64* %lowStart, align 8
  %1521 = call i64 @llvm.umin.i64(i64 %1520, i64 %1461)
  store i64 %1521, i64* %lowStart, align 8
  br label %write.ok242

e38:                                              ; preds = %write.ok271
  %1522 = load i32, i32* %result245, align 4
  store i32 %1522, i32* %checks, align 4
  %1523 = load i32, i32* %dict, align 4
  %1524 = load i32, i32* %checks, align 4
  %1525 = zext i32 %1523 to i64
  %1526 = add i64 %1525, 36
  %1527 = add i64 %1526, 4
  %1528 = icmp uge i64 %1526, %scratch_start
  %1529 = load i64, i64* %highEnd, align 8
  %1530 = icmp ule i64 %1527, %1529
  %1531 = and i1 %1528, %1530
  br i1 %1531, label %write.ok276, label %write.low274

ok246:                                            ; preds = %write.ok242
  %1532 = icmp ult i64 %10, %stack_limit
  br i1 %1532, label %trap253.site0, label %stack_ok247

trap15.site19:                                    ; preds = %write.ok242
  %1533 = load i64, i64* %lowStart, align 8
  %1534 = getelementptr i64, i64* %regs, i64 6
  store i64 %1533, i64* %1534, align 8
  %1535 = load i64, i64* %lowEnd, align 8
  %1536 = getelementptr i64, i64* %regs, i64 7
  store i64 %1535, i64* %1536, align 8
  %1537 = load i64, i64* %highEnd, align 8
  %1538 = getelementptr i64, i64* %regs, i64 8
  store i64 %1537, i64* %1538, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

stack_ok247:                                      ; preds = %ok246
  %1539 = load i64, i64* %fuel, align 8
  %1540 = getelementptr i64, i64* %regs, i64 0
  store i64 %1539, i64* %1540, align 8
  %1541 = load i64, i64* %lowStart, align 8
  %1542 = getelementptr i64, i64* %regs, i64 6
  store i64 %1541, i64* %1542, align 8
  %1543 = load i64, i64* %lowEnd, align 8
  %1544 = getelementptr i64, i64* %regs, i64 7
  store i64 %1543, i64* %1544, align 8
  %1545 = load i64, i64* %highEnd, align 8
  %1546 = getelementptr i64, i64* %regs, i64 8
  store i64 %1545, i64* %1546, align 8
  %1547 = add i32 %depth, 1
  %1548 = call i32 @m0.rt.str_starts_with(i64* %regs, i8* %mem, i32 %1547, i32 %1511, i32 24076)
  %1549 = getelementptr i64, i64* %regs, i64 0
  %1550 = load i64, i64* %1549, align 8
  store i64 %1550, i64* %fuel, align 8
  %1551 = getelementptr i64, i64* %regs, i64 6
  %1552 = load i64, i64* %1551, align 8
  store i64 %1552, i64* %lowStart, align 8
  %1553 = getelementptr i64, i64* %regs, i64 7
  %1554 = load i64, i64* %1553, align 8
  store i64 %1554, i64* %lowEnd, align 8
  %1555 = getelementptr i64, i64* %regs, i64 8
  %1556 = load i64, i64* %1555, align 8
  store i64 %1556, i64* %highEnd, align 8
  store i32 %1548, i32* %item.3, align 4
  %1557 = load i32, i32* %name, align 4
  %1558 = icmp uge i32 %depth, 1000
  br i1 %1558, label %trap15.site20, label %ok248

ok248:                                            ; preds = %stack_ok247
  %1559 = icmp ult i64 %10, %stack_limit
  br i1 %1559, label %trap253.site0, label %stack_ok249

trap15.site20:                                    ; preds = %stack_ok247
  %1560 = load i64, i64* %lowStart, align 8
  %1561 = getelementptr i64, i64* %regs, i64 6
  store i64 %1560, i64* %1561, align 8
  %1562 = load i64, i64* %lowEnd, align 8
  %1563 = getelementptr i64, i64* %regs, i64 7
  store i64 %1562, i64* %1563, align 8
  %1564 = load i64, i64* %highEnd, align 8
  %1565 = getelementptr i64, i64* %regs, i64 8
  store i64 %1564, i64* %1565, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

stack_ok249:                                      ; preds = %ok248
  %1566 = load i64, i64* %fuel, align 8
  %1567 = getelementptr i64, i64* %regs, i64 0
  store i64 %1566, i64* %1567, align 8
  %1568 = load i64, i64* %lowStart, align 8
  %1569 = getelementptr i64, i64* %regs, i64 6
  store i64 %1568, i64* %1569, align 8
  %1570 = load i64, i64* %lowEnd, align 8
  %1571 = getelementptr i64, i64* %regs, i64 7
  store i64 %1570, i64* %1571, align 8
  %1572 = load i64, i64* %highEnd, align 8
  %1573 = getelementptr i64, i64* %regs, i64 8
  store i64 %1572, i64* %1573, align 8
  %1574 = add i32 %depth, 1
  %1575 = call i32 @m0.rt.str_ends_with(i64* %regs, i8* %mem, i32 %1574, i32 %1557, i32 24060)
  %1576 = getelementptr i64, i64* %regs, i64 0
  %1577 = load i64, i64* %1576, align 8
  store i64 %1577, i64* %fuel, align 8
  %1578 = getelementptr i64, i64* %regs, i64 6
  %1579 = load i64, i64* %1578, align 8
  store i64 %1579, i64* %lowStart, align 8
  %1580 = getelementptr i64, i64* %regs, i64 7
  %1581 = load i64, i64* %1580, align 8
  store i64 %1581, i64* %lowEnd, align 8
  %1582 = getelementptr i64, i64* %regs, i64 8
  %1583 = load i64, i64* %1582, align 8
  store i64 %1583, i64* %highEnd, align 8
  store i32 %1575, i32* %item.4, align 4
  %1584 = load i32, i32* %name, align 4
  %1585 = icmp uge i32 %depth, 1000
  br i1 %1585, label %trap15.site21, label %ok250

ok250:                                            ; preds = %stack_ok249
  %1586 = icmp ult i64 %10, %stack_limit
  br i1 %1586, label %trap253.site0, label %stack_ok251

trap15.site21:                                    ; preds = %stack_ok249
  %1587 = load i64, i64* %lowStart, align 8
  %1588 = getelementptr i64, i64* %regs, i64 6
  store i64 %1587, i64* %1588, align 8
  %1589 = load i64, i64* %lowEnd, align 8
  %1590 = getelementptr i64, i64* %regs, i64 7
  store i64 %1589, i64* %1590, align 8
  %1591 = load i64, i64* %highEnd, align 8
  %1592 = getelementptr i64, i64* %regs, i64 8
  store i64 %1591, i64* %1592, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

stack_ok251:                                      ; preds = %ok250
  %1593 = load i64, i64* %fuel, align 8
  %1594 = getelementptr i64, i64* %regs, i64 0
  store i64 %1593, i64* %1594, align 8
  %1595 = load i64, i64* %lowStart, align 8
  %1596 = getelementptr i64, i64* %regs, i64 6
  store i64 %1595, i64* %1596, align 8
  %1597 = load i64, i64* %lowEnd, align 8
  %1598 = getelementptr i64, i64* %regs, i64 7
  store i64 %1597, i64* %1598, align 8
  %1599 = load i64, i64* %highEnd, align 8
  %1600 = getelementptr i64, i64* %regs, i64 8
  store i64 %1599, i64* %1600, align 8
  %1601 = add i32 %depth, 1
  %1602 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %1601, i32 %1584, i32 24084)
  %1603 = getelementptr i64, i64* %regs, i64 0
  %1604 = load i64, i64* %1603, align 8
  store i64 %1604, i64* %fuel, align 8
  %1605 = getelementptr i64, i64* %regs, i64 6
  %1606 = load i64, i64* %1605, align 8
  store i64 %1606, i64* %lowStart, align 8
  %1607 = getelementptr i64, i64* %regs, i64 7
  %1608 = load i64, i64* %1607, align 8
  store i64 %1608, i64* %lowEnd, align 8
  %1609 = getelementptr i64, i64* %regs, i64 8
  %1610 = load i64, i64* %1609, align 8
  store i64 %1610, i64* %highEnd, align 8
  store i32 %1602, i32* %item.5, align 4
  store i64 7, i64* %size.1, align 8
  %1611 = load i64, i64* %size.1, align 8
  %1612 = icmp ugt i64 %1611, 2147483647
  %1613 = zext i1 %1612 to i32
  %1614 = icmp ne i32 %1613, 0
  br i1 %1614, label %then252, label %else253

then252:                                          ; preds = %stack_ok251
  br label %trap15.site18

else253:                                          ; preds = %stack_ok251
  br label %join254

join254:                                          ; preds = %else253, %dead255
  %1615 = load i64, i64* %size.1, align 8
  %1616 = trunc i64 %1615 to i32
  %1617 = zext i32 %1616 to i64
  %1618 = getelementptr i64, i64* %regs, i64 1
  %1619 = getelementptr i64, i64* %regs, i64 2
  %1620 = load i64, i64* %1618, align 8
  %1621 = add i64 %1620, 3
  %1622 = and i64 %1621, -4
  %1623 = add i64 %1622, %1617
  %1624 = load i64, i64* %1619, align 8
  %1625 = icmp ugt i64 %1623, %1624
  br i1 %1625, label %trap15.site18, label %ok256

trap15.site18:                                    ; preds = %join254, %then252
  %1626 = load i64, i64* %lowStart, align 8
  %1627 = getelementptr i64, i64* %regs, i64 6
  store i64 %1626, i64* %1627, align 8
  %1628 = load i64, i64* %lowEnd, align 8
  %1629 = getelementptr i64, i64* %regs, i64 7
  store i64 %1628, i64* %1629, align 8
  %1630 = load i64, i64* %highEnd, align 8
  %1631 = getelementptr i64, i64* %regs, i64 8
  store i64 %1630, i64* %1631, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead255:                                          ; No predecessors!
  br label %join254

ok256:                                            ; preds = %join254
  store i64 %1623, i64* %1618, align 8
  %1632 = load i64, i64* %highEnd, align 8
  %1633 = call i64 @llvm.umax.i64(i64 %1632, i64 %1623)
  store i64 %1633, i64* %highEnd, align 8
  %1634 = trunc i64 %1622 to i32
  store i32 %1634, i32* %list.1, align 4
  store i32 0, i32* %len.4, align 4
  %1635 = load i32, i32* %list.1, align 4
  %1636 = add i32 %1635, 4
  %1637 = load i32, i32* %len.4, align 4
  %1638 = mul i32 %1637, 1
  %1639 = add i32 %1636, %1638
  %1640 = load i32, i32* %item.3, align 4
  %1641 = zext i32 %1639 to i64
  %1642 = add i64 %1641, 1
  %1643 = icmp uge i64 %1641, %scratch_start
  %1644 = load i64, i64* %highEnd, align 8
  %1645 = icmp ule i64 %1642, %1644
  %1646 = and i1 %1643, %1645
  br i1 %1646, label %write.ok259, label %write.low257

write.low257:                                     ; preds = %ok256
  %1647 = load i64, i64* %lowStart, align 8
  %1648 = icmp uge i64 %1641, %1647
  %1649 = load i64, i64* %lowEnd, align 8
  %1650 = icmp ule i64 %1642, %1649
  %1651 = and i1 %1648, %1650
  br i1 %1651, label %write.ok259, label %write.slow258

write.slow258:                                    ; preds = %write.low257
  %1652 = icmp ugt i64 %1642, %arena_size
  br i1 %1652, label %trap17.site0, label %ok260

write.ok259:                                      ; preds = %ok260, %write.low257, %ok256
  %1653 = getelementptr i8, i8* %mem, i64 %1641
  %1654 = trunc i32 %1640 to i8
  store i8 %1654, i8* %1653, align 1
  %1655 = load i32, i32* %len.4, align 4
  %1656 = add i32 %1655, 1
  store i32 %1656, i32* %len.4, align 4
  %1657 = load i32, i32* %list.1, align 4
  %1658 = add i32 %1657, 4
  %1659 = load i32, i32* %len.4, align 4
  %1660 = mul i32 %1659, 1
  %1661 = add i32 %1658, %1660
  %1662 = load i32, i32* %item.4, align 4
  %1663 = zext i32 %1661 to i64
  %1664 = add i64 %1663, 1
  %1665 = icmp uge i64 %1663, %scratch_start
  %1666 = load i64, i64* %highEnd, align 8
  %1667 = icmp ule i64 %1664, %1666
  %1668 = and i1 %1665, %1667
  br i1 %1668, label %write.ok263, label %write.low261

ok260:                                            ; preds = %write.slow258
  %1669 = icmp ult i64 %1641, %scratch_start
  %1670 = load i64, i64* %lowEnd, align 8
  %1671 = load i64, i64* %highEnd, align 8
  %1672 = call i64 @llvm.umax.i64(i64 %1670, i64 %1642)
  %1673 = select i1 %1669, i64 %1672, i64 %1670
  store i64 %1673, i64* %lowEnd, align 8
  %1674 = call i64 @llvm.umax.i64(i64 %1671, i64 %1642)
  %1675 = select i1 %1669, i64 %1671, i64 %1674
  store i64 %1675, i64* %highEnd, align 8
  %1676 = load i64, i64* %lowStart, align 8
  %1677 = call i64 @llvm.umin.i64(i64 %1676, i64 %1641)
  store i64 %1677, i64* %lowStart, align 8
  br label %write.ok259

write.low261:                                     ; preds = %write.ok259
  %1678 = load i64, i64* %lowStart, align 8
  %1679 = icmp uge i64 %1663, %1678
  %1680 = load i64, i64* %lowEnd, align 8
  %1681 = icmp ule i64 %1664, %1680
  %1682 = and i1 %1679, %1681
  br i1 %1682, label %write.ok263, label %write.slow262

write.slow262:                                    ; preds = %write.low261
  %1683 = icmp ugt i64 %1664, %arena_size
  br i1 %1683, label %trap17.site0, label %ok264

write.ok263:                                      ; preds = %ok264, %write.low261, %write.ok259
  %1684 = getelementptr i8, i8* %mem, i64 %1663
  %1685 = trunc i32 %1662 to i8
  store i8 %1685, i8* %1684, align 1
  %1686 = load i32, i32* %len.4, align 4
  %1687 = add i32 %1686, 1
  store i32 %1687, i32* %len.4, align 4
  %1688 = load i32, i32* %list.1, align 4
  %1689 = add i32 %1688, 4
  %1690 = load i32, i32* %len.4, align 4
  %1691 = mul i32 %1690, 1
  %1692 = add i32 %1689, %1691
  %1693 = load i32, i32* %item.5, align 4
  %1694 = zext i32 %1692 to i64
  %1695 = add i64 %1694, 1
  %1696 = icmp uge i64 %1694, %scratch_start
  %1697 = load i64, i64* %highEnd, align 8
  %1698 = icmp ule i64 %1695, %1697
  %1699 = and i1 %1696, %1698
  br i1 %1699, label %write.ok267, label %write.low265

ok264:                                            ; preds = %write.slow262
  %1700 = icmp ult i64 %1663, %scratch_start
  %1701 = load i64, i64* %lowEnd, align 8
  %1702 = load i64, i64* %highEnd, align 8
  %1703 = call i64 @llvm.umax.i64(i64 %1701, i64 %1664)
  %1704 = select i1 %1700, i64 %1703, i64 %1701
  store i64 %1704, i64* %lowEnd, align 8
  %1705 = call i64 @llvm.umax.i64(i64 %1702, i64 %1664)
  %1706 = select i1 %1700, i64 %1702, i64 %1705
  store i64 %1706, i64* %highEnd, align 8
  %1707 = load i64, i64* %lowStart, align 8
  %1708 = call i64 @llvm.umin.i64(i64 %1707, i64 %1663)
  store i64 %1708, i64* %lowStart, align 8
  br label %write.ok263

write.low265:                                     ; preds = %write.ok263
  %1709 = load i64, i64* %lowStart, align 8
  %1710 = icmp uge i64 %1694, %1709
  %1711 = load i64, i64* %lowEnd, align 8
  %1712 = icmp ule i64 %1695, %1711
  %1713 = and i1 %1710, %1712
  br i1 %1713, label %write.ok267, label %write.slow266

write.slow266:                                    ; preds = %write.low265
  %1714 = icmp ugt i64 %1695, %arena_size
  br i1 %1714, label %trap17.site0, label %ok268

write.ok267:                                      ; preds = %ok268, %write.low265, %write.ok263
  %1715 = getelementptr i8, i8* %mem, i64 %1694
  %1716 = trunc i32 %1693 to i8
  store i8 %1716, i8* %1715, align 1
  %1717 = load i32, i32* %len.4, align 4
  %1718 = add i32 %1717, 1
  store i32 %1718, i32* %len.4, align 4
  %1719 = load i32, i32* %list.1, align 4
  %1720 = load i32, i32* %len.4, align 4
  %1721 = zext i32 %1719 to i64
  %1722 = add i64 %1721, 4
  %1723 = icmp uge i64 %1721, %scratch_start
  %1724 = load i64, i64* %highEnd, align 8
  %1725 = icmp ule i64 %1722, %1724
  %1726 = and i1 %1723, %1725
  br i1 %1726, label %write.ok271, label %write.low269

ok268:                                            ; preds = %write.slow266
  %1727 = icmp ult i64 %1694, %scratch_start
  %1728 = load i64, i64* %lowEnd, align 8
  %1729 = load i64, i64* %highEnd, align 8
  %1730 = call i64 @llvm.umax.i64(i64 %1728, i64 %1695)
  %1731 = select i1 %1727, i64 %1730, i64 %1728
  store i64 %1731, i64* %lowEnd, align 8
  %1732 = call i64 @llvm.umax.i64(i64 %1729, i64 %1695)
  %1733 = select i1 %1727, i64 %1729, i64 %1732
  store i64 %1733, i64* %highEnd, align 8
  %1734 = load i64, i64* %lowStart, align 8
  %1735 = call i64 @llvm.umin.i64(i64 %1734, i64 %1694)
  store i64 %1735, i64* %lowStart, align 8
  br label %write.ok267

write.low269:                                     ; preds = %write.ok267
  %1736 = load i64, i64* %lowStart, align 8
  %1737 = icmp uge i64 %1721, %1736
  %1738 = load i64, i64* %lowEnd, align 8
  %1739 = icmp ule i64 %1722, %1738
  %1740 = and i1 %1737, %1739
  br i1 %1740, label %write.ok271, label %write.slow270

write.slow270:                                    ; preds = %write.low269
  %1741 = icmp ugt i64 %1722, %arena_size
  br i1 %1741, label %trap17.site0, label %ok272

write.ok271:                                      ; preds = %ok272, %write.low269, %write.ok267
  %1742 = getelementptr i8, i8* %mem, i64 %1721
  store i32 %1720, i32* %unaligned273, align 4
  %1743 = bitcast i32* %unaligned273 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1742, i8* %1743, i64 4, i1 false)
  %1744 = load i32, i32* %list.1, align 4
  store i32 %1744, i32* %result245, align 4
  br label %e38

ok272:                                            ; preds = %write.slow270
  %1745 = icmp ult i64 %1721, %scratch_start
  %1746 = load i64, i64* %lowEnd, align 8
  %1747 = load i64, i64* %highEnd, align 8
  %1748 = call i64 @llvm.umax.i64(i64 %1746, i64 %1722)
  %1749 = select i1 %1745, i64 %1748, i64 %1746
  store i64 %1749, i64* %lowEnd, align 8
  %1750 = call i64 @llvm.umax.i64(i64 %1747, i64 %1722)
  %1751 = select i1 %1745, i64 %1747, i64 %1750
  store i64 %1751, i64* %highEnd, align 8
  %1752 = load i64, i64* %lowStart, align 8
  %1753 = call i64 @llvm.umin.i64(i64 %1752, i64 %1721)
  store i64 %1753, i64* %lowStart, align 8
  br label %write.ok271

write.low274:                                     ; preds = %e38
  %1754 = load i64, i64* %lowStart, align 8
  %1755 = icmp uge i64 %1526, %1754
  %1756 = load i64, i64* %lowEnd, align 8
  %1757 = icmp ule i64 %1527, %1756
  %1758 = and i1 %1755, %1757
  br i1 %1758, label %write.ok276, label %write.slow275

write.slow275:                                    ; preds = %write.low274
  %1759 = icmp ugt i64 %1527, %arena_size
  br i1 %1759, label %trap17.site0, label %ok277

write.ok276:                                      ; preds = %ok277, %write.low274, %e38
  %1760 = getelementptr i8, i8* %mem, i64 %1526
  store i32 %1524, i32* %unaligned278, align 4
  %1761 = bitcast i32* %unaligned278 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1760, i8* %1761, i64 4, i1 false)
  %1762 = load i32, i32* %name, align 4
  %1763 = zext i32 %1762 to i64
  %1764 = add i64 %1763, 4
  %1765 = icmp ugt i64 %1764, %arena_size
  br i1 %1765, label %trap17.site0, label %ok279

ok277:                                            ; preds = %write.slow275
  %1766 = icmp ult i64 %1526, %scratch_start
  %1767 = load i64, i64* %lowEnd, align 8
  %1768 = load i64, i64* %highEnd, align 8
  %1769 = call i64 @llvm.umax.i64(i64 %1767, i64 %1527)
  %1770 = select i1 %1766, i64 %1769, i64 %1767
  store i64 %1770, i64* %lowEnd, align 8
  %1771 = call i64 @llvm.umax.i64(i64 %1768, i64 %1527)
  %1772 = select i1 %1766, i64 %1768, i64 %1771
  store i64 %1772, i64* %highEnd, align 8
  %1773 = load i64, i64* %lowStart, align 8
  %1774 = call i64 @llvm.umin.i64(i64 %1773, i64 %1526)
  store i64 %1774, i64* %lowStart, align 8
  br label %write.ok276

ok279:                                            ; preds = %write.ok276
  %1775 = getelementptr i8, i8* %mem, i64 %1763
  %1776 = bitcast i32* %unaligned280 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1776, i8* %1775, i64 4, i1 false)
  %1777 = load i32, i32* %unaligned280, align 4
  %1778 = zext i32 %1777 to i64
  store i64 %1778, i64* %size.2, align 8
  %1779 = load i32, i32* %dict, align 4
  %1780 = load i64, i64* %size.2, align 8
  %1781 = zext i32 %1779 to i64
  %1782 = add i64 %1781, 40
  %1783 = add i64 %1782, 8
  %1784 = icmp uge i64 %1782, %scratch_start
  %1785 = load i64, i64* %highEnd, align 8
  %1786 = icmp ule i64 %1783, %1785
  %1787 = and i1 %1784, %1786
  br i1 %1787, label %write.ok283, label %write.low281

write.low281:                                     ; preds = %ok279
  %1788 = load i64, i64* %lowStart, align 8
  %1789 = icmp uge i64 %1782, %1788
  %1790 = load i64, i64* %lowEnd, align 8
  %1791 = icmp ule i64 %1783, %1790
  %1792 = and i1 %1789, %1791
  br i1 %1792, label %write.ok283, label %write.slow282

write.slow282:                                    ; preds = %write.low281
  %1793 = icmp ugt i64 %1783, %arena_size
  br i1 %1793, label %trap17.site0, label %ok284

write.ok283:                                      ; preds = %ok284, %write.low281, %ok279
  %1794 = getelementptr i8, i8* %mem, i64 %1782
  store i64 %1780, i64* %unaligned285, align 8
  %1795 = bitcast i64* %unaligned285 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1794, i8* %1795, i64 8, i1 false)
  %1796 = load i32, i32* %dict, align 4
  store i32 %1796, i32* %result5, align 4
  br label %e0

ok284:                                            ; preds = %write.slow282
  %1797 = icmp ult i64 %1782, %scratch_start
  %1798 = load i64, i64* %lowEnd, align 8
  %1799 = load i64, i64* %highEnd, align 8
  %1800 = call i64 @llvm.umax.i64(i64 %1798, i64 %1783)
  %1801 = select i1 %1797, i64 %1800, i64 %1798
  store i64 %1801, i64* %lowEnd, align 8
  %1802 = call i64 @llvm.umax.i64(i64 %1799, i64 %1783)
  %1803 = select i1 %1797, i64 %1799, i64 %1802
  store i64 %1803, i64* %highEnd, align 8
  %1804 = load i64, i64* %lowStart, align 8
  %1805 = call i64 @llvm.umin.i64(i64 %1804, i64 %1782)
  store i64 %1805, i64* %lowStart, align 8
  br label %write.ok283

ok286:                                            ; preds = %e0
  %1806 = icmp ult i64 %10, %stack_limit
  br i1 %1806, label %trap253.site0, label %stack_ok287

trap15.site0:                                     ; preds = %e0
  %1807 = load i64, i64* %lowStart, align 8
  %1808 = getelementptr i64, i64* %regs, i64 6
  store i64 %1807, i64* %1808, align 8
  %1809 = load i64, i64* %lowEnd, align 8
  %1810 = getelementptr i64, i64* %regs, i64 7
  store i64 %1809, i64* %1810, align 8
  %1811 = load i64, i64* %highEnd, align 8
  %1812 = getelementptr i64, i64* %regs, i64 8
  store i64 %1811, i64* %1812, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok287:                                      ; preds = %ok286
  %1813 = load i64, i64* %fuel, align 8
  %1814 = getelementptr i64, i64* %regs, i64 0
  store i64 %1813, i64* %1814, align 8
  %1815 = load i64, i64* %lowStart, align 8
  %1816 = getelementptr i64, i64* %regs, i64 6
  store i64 %1815, i64* %1816, align 8
  %1817 = load i64, i64* %lowEnd, align 8
  %1818 = getelementptr i64, i64* %regs, i64 7
  store i64 %1817, i64* %1818, align 8
  %1819 = load i64, i64* %highEnd, align 8
  %1820 = getelementptr i64, i64* %regs, i64 8
  store i64 %1819, i64* %1820, align 8
  %1821 = add i32 %depth, 1
  %1822 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1821, i32 %89, i32 %90, i32 0)
  %1823 = getelementptr i64, i64* %regs, i64 0
  %1824 = load i64, i64* %1823, align 8
  store i64 %1824, i64* %fuel, align 8
  %1825 = getelementptr i64, i64* %regs, i64 6
  %1826 = load i64, i64* %1825, align 8
  store i64 %1826, i64* %lowStart, align 8
  %1827 = getelementptr i64, i64* %regs, i64 7
  %1828 = load i64, i64* %1827, align 8
  store i64 %1828, i64* %lowEnd, align 8
  %1829 = getelementptr i64, i64* %regs, i64 8
  %1830 = load i64, i64* %1829, align 8
  store i64 %1830, i64* %highEnd, align 8
  store i32 %1822, i32* %json_end, align 4
  %1831 = load i32, i32* %json_end, align 4
  %1832 = icmp eq i32 %1831, -2
  %1833 = zext i1 %1832 to i32
  %1834 = icmp ne i32 %1833, 0
  br i1 %1834, label %then288, label %else289

then288:                                          ; preds = %stack_ok287
  br label %trap16.site4

else289:                                          ; preds = %stack_ok287
  br label %join290

join290:                                          ; preds = %else289, %dead291
  %1835 = load i32, i32* %json_end, align 4
  %1836 = icmp eq i32 %1835, -1
  %1837 = zext i1 %1836 to i32
  %1838 = icmp ne i32 %1837, 0
  br i1 %1838, label %then292, label %else293

trap16.site4:                                     ; preds = %then288
  %1839 = load i64, i64* %lowStart, align 8
  %1840 = getelementptr i64, i64* %regs, i64 6
  store i64 %1839, i64* %1840, align 8
  %1841 = load i64, i64* %lowEnd, align 8
  %1842 = getelementptr i64, i64* %regs, i64 7
  store i64 %1841, i64* %1842, align 8
  %1843 = load i64, i64* %highEnd, align 8
  %1844 = getelementptr i64, i64* %regs, i64 8
  store i64 %1843, i64* %1844, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead291:                                          ; No predecessors!
  br label %join290

then292:                                          ; preds = %join290
  br label %trap15.site4

else293:                                          ; preds = %join290
  br label %join294

join294:                                          ; preds = %else293, %dead295
  %1845 = load i32, i32* %json_end, align 4
  %1846 = zext i32 %1845 to i64
  %1847 = getelementptr i64, i64* %regs, i64 3
  store i64 %1846, i64* %1847, align 8
  %1848 = load i32, i32* %json_end, align 4
  %1849 = load i32, i32* %json_start, align 4
  %1850 = sub i32 %1848, %1849
  %1851 = load i64, i64* %fuel, align 8
  %1852 = getelementptr i64, i64* %regs, i64 0
  store i64 %1851, i64* %1852, align 8
  %1853 = load i64, i64* %lowStart, align 8
  %1854 = getelementptr i64, i64* %regs, i64 6
  store i64 %1853, i64* %1854, align 8
  %1855 = load i64, i64* %lowEnd, align 8
  %1856 = getelementptr i64, i64* %regs, i64 7
  store i64 %1855, i64* %1856, align 8
  %1857 = load i64, i64* %highEnd, align 8
  %1858 = getelementptr i64, i64* %regs, i64 8
  store i64 %1857, i64* %1858, align 8
  ret i32 %1850

dead295:                                          ; No predecessors!
  br label %join294
}
