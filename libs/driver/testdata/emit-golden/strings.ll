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
  %628 = load i64, i64* %lowStart, align 8
  %629 = call i64 @llvm.umin.i64(i64 %628, i64 %598)
  %630 = load i64, i64* %lowEnd, align 8
  %631 = load i64, i64* %highEnd, align 8
  %632 = add i64 %599, 64
  %633 = sub i64 %599, %629
  %634 = lshr i64 %633, 4
  %635 = add i64 %632, %634
  %636 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %635)
  %637 = call i64 @llvm.umax.i64(i64 %630, i64 %636)
  %638 = select i1 %627, i64 %637, i64 %630
  store i64 %638, i64* %lowEnd, align 8
  %639 = add i64 %599, 64
  %640 = sub i64 %599, %scratch_start
  %641 = lshr i64 %640, 4
  %642 = add i64 %639, %641
  %643 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %642)
  %644 = call i64 @llvm.umax.i64(i64 %631, i64 %643)
  %645 = select i1 %627, i64 %631, i64 %644
  store i64 %645, i64* %highEnd, align 8
  store i64 %629, i64* %lowStart, align 8
  br label %write.ok

write.low118:                                     ; preds = %write.ok
  %646 = load i64, i64* %lowStart, align 8
  %647 = icmp uge i64 %621, %646
  %648 = load i64, i64* %lowEnd, align 8
  %649 = icmp ule i64 %622, %648
  %650 = and i1 %647, %649
  br i1 %650, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %651 = icmp ugt i64 %622, %arena_size
  br i1 %651, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok
  %652 = getelementptr i8, i8* %mem, i64 %621
  store i64 %619, i64* %unaligned122, align 8
  %653 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %652, i8* %653, i64 8, i1 false)
  %654 = load i32, i32* %args_out, align 4
  %655 = load i64, i64* %fuel, align 8
  %656 = getelementptr i64, i64* %regs, i64 0
  store i64 %655, i64* %656, align 8
  %657 = load i64, i64* %lowStart, align 8
  %658 = getelementptr i64, i64* %regs, i64 6
  store i64 %657, i64* %658, align 8
  %659 = load i64, i64* %lowEnd, align 8
  %660 = getelementptr i64, i64* %regs, i64 7
  store i64 %659, i64* %660, align 8
  %661 = load i64, i64* %highEnd, align 8
  %662 = getelementptr i64, i64* %regs, i64 8
  store i64 %661, i64* %662, align 8
  ret i32 %654

ok121:                                            ; preds = %write.slow119
  %663 = icmp ult i64 %621, %scratch_start
  %664 = load i64, i64* %lowStart, align 8
  %665 = call i64 @llvm.umin.i64(i64 %664, i64 %621)
  %666 = load i64, i64* %lowEnd, align 8
  %667 = load i64, i64* %highEnd, align 8
  %668 = add i64 %622, 64
  %669 = sub i64 %622, %665
  %670 = lshr i64 %669, 4
  %671 = add i64 %668, %670
  %672 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %671)
  %673 = call i64 @llvm.umax.i64(i64 %666, i64 %672)
  %674 = select i1 %663, i64 %673, i64 %666
  store i64 %674, i64* %lowEnd, align 8
  %675 = add i64 %622, 64
  %676 = sub i64 %622, %scratch_start
  %677 = lshr i64 %676, 4
  %678 = add i64 %675, %677
  %679 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %678)
  %680 = call i64 @llvm.umax.i64(i64 %667, i64 %679)
  %681 = select i1 %663, i64 %667, i64 %680
  store i64 %681, i64* %highEnd, align 8
  store i64 %665, i64* %lowStart, align 8
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
  %166 = load i64, i64* %lowStart, align 8
  %167 = call i64 @llvm.umin.i64(i64 %166, i64 %137)
  %168 = load i64, i64* %lowEnd, align 8
  %169 = load i64, i64* %highEnd, align 8
  %170 = add i64 %138, 64
  %171 = sub i64 %138, %167
  %172 = lshr i64 %171, 4
  %173 = add i64 %170, %172
  %174 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %173)
  %175 = call i64 @llvm.umax.i64(i64 %168, i64 %174)
  %176 = select i1 %165, i64 %175, i64 %168
  store i64 %176, i64* %lowEnd, align 8
  %177 = add i64 %138, 64
  %178 = sub i64 %138, %scratch_start
  %179 = lshr i64 %178, 4
  %180 = add i64 %177, %179
  %181 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %180)
  %182 = call i64 @llvm.umax.i64(i64 %169, i64 %181)
  %183 = select i1 %165, i64 %169, i64 %182
  store i64 %183, i64* %highEnd, align 8
  store i64 %167, i64* %lowStart, align 8
  br label %write.ok

write.low12:                                      ; preds = %write.ok
  %184 = load i64, i64* %lowStart, align 8
  %185 = icmp uge i64 %159, %184
  %186 = load i64, i64* %lowEnd, align 8
  %187 = icmp ule i64 %160, %186
  %188 = and i1 %185, %187
  br i1 %188, label %write.ok14, label %write.slow13

write.slow13:                                     ; preds = %write.low12
  %189 = icmp ugt i64 %160, %arena_size
  br i1 %189, label %trap17.site0, label %ok15

write.ok14:                                       ; preds = %ok15, %write.low12, %write.ok
  %190 = getelementptr i8, i8* %mem, i64 %159
  store i16 11375, i16* %unaligned16, align 2
  %191 = bitcast i16* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %190, i8* %191, i64 2, i1 false)
  %192 = load i32, i32* %cur, align 4
  %193 = zext i32 %192 to i64
  %194 = add i64 %193, 6
  %195 = add i64 %194, 1
  %196 = icmp uge i64 %194, %scratch_start
  %197 = load i64, i64* %highEnd, align 8
  %198 = icmp ule i64 %195, %197
  %199 = and i1 %196, %198
  br i1 %199, label %write.ok19, label %write.low17

ok15:                                             ; preds = %write.slow13
  %200 = icmp ult i64 %159, %scratch_start
  %201 = load i64, i64* %lowStart, align 8
  %202 = call i64 @llvm.umin.i64(i64 %201, i64 %159)
  %203 = load i64, i64* %lowEnd, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = add i64 %160, 64
  %206 = sub i64 %160, %202
  %207 = lshr i64 %206, 4
  %208 = add i64 %205, %207
  %209 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %208)
  %210 = call i64 @llvm.umax.i64(i64 %203, i64 %209)
  %211 = select i1 %200, i64 %210, i64 %203
  store i64 %211, i64* %lowEnd, align 8
  %212 = add i64 %160, 64
  %213 = sub i64 %160, %scratch_start
  %214 = lshr i64 %213, 4
  %215 = add i64 %212, %214
  %216 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %215)
  %217 = call i64 @llvm.umax.i64(i64 %204, i64 %216)
  %218 = select i1 %200, i64 %204, i64 %217
  store i64 %218, i64* %highEnd, align 8
  store i64 %202, i64* %lowStart, align 8
  br label %write.ok14

write.low17:                                      ; preds = %write.ok14
  %219 = load i64, i64* %lowStart, align 8
  %220 = icmp uge i64 %194, %219
  %221 = load i64, i64* %lowEnd, align 8
  %222 = icmp ule i64 %195, %221
  %223 = and i1 %220, %222
  br i1 %223, label %write.ok19, label %write.slow18

write.slow18:                                     ; preds = %write.low17
  %224 = icmp ugt i64 %195, %arena_size
  br i1 %224, label %trap17.site0, label %ok20

write.ok19:                                       ; preds = %ok20, %write.low17, %write.ok14
  %225 = getelementptr i8, i8* %mem, i64 %194
  store i8 32, i8* %225, align 1
  %226 = load i32, i32* %cur, align 4
  %227 = add i32 %226, 7
  store i32 %227, i32* %cur, align 4
  %228 = load i32, i32* %cur, align 4
  %229 = load i32, i32* %s, align 4
  %230 = add i32 %229, 4
  %231 = load i32, i32* %slen, align 4
  %232 = zext i32 %231 to i64
  %233 = zext i32 %230 to i64
  %234 = add i64 %233, %232
  %235 = icmp ugt i64 %234, %arena_size
  br i1 %235, label %trap17.site5, label %ok21

ok20:                                             ; preds = %write.slow18
  %236 = icmp ult i64 %194, %scratch_start
  %237 = load i64, i64* %lowStart, align 8
  %238 = call i64 @llvm.umin.i64(i64 %237, i64 %194)
  %239 = load i64, i64* %lowEnd, align 8
  %240 = load i64, i64* %highEnd, align 8
  %241 = add i64 %195, 64
  %242 = sub i64 %195, %238
  %243 = lshr i64 %242, 4
  %244 = add i64 %241, %243
  %245 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %244)
  %246 = call i64 @llvm.umax.i64(i64 %239, i64 %245)
  %247 = select i1 %236, i64 %246, i64 %239
  store i64 %247, i64* %lowEnd, align 8
  %248 = add i64 %195, 64
  %249 = sub i64 %195, %scratch_start
  %250 = lshr i64 %249, 4
  %251 = add i64 %248, %250
  %252 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %251)
  %253 = call i64 @llvm.umax.i64(i64 %240, i64 %252)
  %254 = select i1 %236, i64 %240, i64 %253
  store i64 %254, i64* %highEnd, align 8
  store i64 %238, i64* %lowStart, align 8
  br label %write.ok19

ok21:                                             ; preds = %write.ok19
  %255 = zext i32 %228 to i64
  %256 = add i64 %255, %232
  %257 = icmp uge i64 %255, %scratch_start
  %258 = load i64, i64* %highEnd, align 8
  %259 = icmp ule i64 %256, %258
  %260 = and i1 %257, %259
  br i1 %260, label %write.ok24, label %write.low22

trap17.site5:                                     ; preds = %write.slow23, %write.ok19
  %261 = load i64, i64* %lowStart, align 8
  %262 = getelementptr i64, i64* %regs, i64 6
  store i64 %261, i64* %262, align 8
  %263 = load i64, i64* %lowEnd, align 8
  %264 = getelementptr i64, i64* %regs, i64 7
  store i64 %263, i64* %264, align 8
  %265 = load i64, i64* %highEnd, align 8
  %266 = getelementptr i64, i64* %regs, i64 8
  store i64 %265, i64* %266, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

write.low22:                                      ; preds = %ok21
  %267 = load i64, i64* %lowStart, align 8
  %268 = icmp uge i64 %255, %267
  %269 = load i64, i64* %lowEnd, align 8
  %270 = icmp ule i64 %256, %269
  %271 = and i1 %268, %270
  br i1 %271, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %272 = icmp ugt i64 %256, %arena_size
  br i1 %272, label %trap17.site5, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok21
  %273 = getelementptr i8, i8* %mem, i64 %255
  %274 = getelementptr i8, i8* %mem, i64 %233
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %273, i8* %274, i64 %232, i1 false)
  %275 = load i32, i32* %cur, align 4
  %276 = load i32, i32* %slen, align 4
  %277 = add i32 %275, %276
  store i32 %277, i32* %cur, align 4
  %278 = load i32, i32* %cur, align 4
  %279 = add i32 %278, 1
  %280 = getelementptr i64, i64* %regs, i64 2
  %281 = load i64, i64* %280, align 8
  %282 = trunc i64 %281 to i32
  %283 = icmp ugt i32 %279, %282
  %284 = zext i1 %283 to i32
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %then26, label %else27

ok25:                                             ; preds = %write.slow23
  %286 = icmp ult i64 %255, %scratch_start
  %287 = load i64, i64* %lowStart, align 8
  %288 = call i64 @llvm.umin.i64(i64 %287, i64 %255)
  %289 = load i64, i64* %lowEnd, align 8
  %290 = load i64, i64* %highEnd, align 8
  %291 = add i64 %256, 64
  %292 = sub i64 %256, %288
  %293 = lshr i64 %292, 4
  %294 = add i64 %291, %293
  %295 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %294)
  %296 = call i64 @llvm.umax.i64(i64 %289, i64 %295)
  %297 = select i1 %286, i64 %296, i64 %289
  store i64 %297, i64* %lowEnd, align 8
  %298 = add i64 %256, 64
  %299 = sub i64 %256, %scratch_start
  %300 = lshr i64 %299, 4
  %301 = add i64 %298, %300
  %302 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %301)
  %303 = call i64 @llvm.umax.i64(i64 %290, i64 %302)
  %304 = select i1 %286, i64 %290, i64 %303
  store i64 %304, i64* %highEnd, align 8
  store i64 %288, i64* %lowStart, align 8
  br label %write.ok24

then26:                                           ; preds = %write.ok24
  br label %trap15.site5

else27:                                           ; preds = %write.ok24
  br label %join28

join28:                                           ; preds = %else27, %dead29
  %305 = load i32, i32* %cur, align 4
  %306 = zext i32 %305 to i64
  %307 = add i64 %306, 1
  %308 = icmp uge i64 %306, %scratch_start
  %309 = load i64, i64* %highEnd, align 8
  %310 = icmp ule i64 %307, %309
  %311 = and i1 %308, %310
  br i1 %311, label %write.ok32, label %write.low30

dead29:                                           ; No predecessors!
  br label %join28

write.low30:                                      ; preds = %join28
  %312 = load i64, i64* %lowStart, align 8
  %313 = icmp uge i64 %306, %312
  %314 = load i64, i64* %lowEnd, align 8
  %315 = icmp ule i64 %307, %314
  %316 = and i1 %313, %315
  br i1 %316, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %317 = icmp ugt i64 %307, %arena_size
  br i1 %317, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %join28
  %318 = getelementptr i8, i8* %mem, i64 %306
  store i8 33, i8* %318, align 1
  %319 = load i32, i32* %cur, align 4
  %320 = add i32 %319, 1
  store i32 %320, i32* %cur, align 4
  %321 = load i32, i32* %cur, align 4
  %322 = load i32, i32* %text, align 4
  %323 = sub i32 %321, %322
  %324 = sub i32 %323, 4
  store i32 %324, i32* %len, align 4
  %325 = load i32, i32* %text, align 4
  %326 = load i32, i32* %len, align 4
  %327 = zext i32 %325 to i64
  %328 = add i64 %327, 4
  %329 = icmp uge i64 %327, %scratch_start
  %330 = load i64, i64* %highEnd, align 8
  %331 = icmp ule i64 %328, %330
  %332 = and i1 %329, %331
  br i1 %332, label %write.ok36, label %write.low34

ok33:                                             ; preds = %write.slow31
  %333 = icmp ult i64 %306, %scratch_start
  %334 = load i64, i64* %lowStart, align 8
  %335 = call i64 @llvm.umin.i64(i64 %334, i64 %306)
  %336 = load i64, i64* %lowEnd, align 8
  %337 = load i64, i64* %highEnd, align 8
  %338 = add i64 %307, 64
  %339 = sub i64 %307, %335
  %340 = lshr i64 %339, 4
  %341 = add i64 %338, %340
  %342 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %341)
  %343 = call i64 @llvm.umax.i64(i64 %336, i64 %342)
  %344 = select i1 %333, i64 %343, i64 %336
  store i64 %344, i64* %lowEnd, align 8
  %345 = add i64 %307, 64
  %346 = sub i64 %307, %scratch_start
  %347 = lshr i64 %346, 4
  %348 = add i64 %345, %347
  %349 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %348)
  %350 = call i64 @llvm.umax.i64(i64 %337, i64 %349)
  %351 = select i1 %333, i64 %337, i64 %350
  store i64 %351, i64* %highEnd, align 8
  store i64 %335, i64* %lowStart, align 8
  br label %write.ok32

write.low34:                                      ; preds = %write.ok32
  %352 = load i64, i64* %lowStart, align 8
  %353 = icmp uge i64 %327, %352
  %354 = load i64, i64* %lowEnd, align 8
  %355 = icmp ule i64 %328, %354
  %356 = and i1 %353, %355
  br i1 %356, label %write.ok36, label %write.slow35

write.slow35:                                     ; preds = %write.low34
  %357 = icmp ugt i64 %328, %arena_size
  br i1 %357, label %trap17.site0, label %ok37

write.ok36:                                       ; preds = %ok37, %write.low34, %write.ok32
  %358 = getelementptr i8, i8* %mem, i64 %327
  store i32 %326, i32* %unaligned38, align 4
  %359 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %358, i8* %359, i64 4, i1 false)
  %360 = load i32, i32* %len, align 4
  %361 = add i32 %360, 4
  %362 = zext i32 %361 to i64
  %363 = getelementptr i64, i64* %regs, i64 1
  %364 = getelementptr i64, i64* %regs, i64 2
  %365 = load i64, i64* %363, align 8
  %366 = add i64 %365, 3
  %367 = and i64 %366, -4
  %368 = add i64 %367, %362
  %369 = load i64, i64* %364, align 8
  %370 = icmp ugt i64 %368, %369
  br i1 %370, label %trap15.site5, label %ok39

ok37:                                             ; preds = %write.slow35
  %371 = icmp ult i64 %327, %scratch_start
  %372 = load i64, i64* %lowStart, align 8
  %373 = call i64 @llvm.umin.i64(i64 %372, i64 %327)
  %374 = load i64, i64* %lowEnd, align 8
  %375 = load i64, i64* %highEnd, align 8
  %376 = add i64 %328, 64
  %377 = sub i64 %328, %373
  %378 = lshr i64 %377, 4
  %379 = add i64 %376, %378
  %380 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %379)
  %381 = call i64 @llvm.umax.i64(i64 %374, i64 %380)
  %382 = select i1 %371, i64 %381, i64 %374
  store i64 %382, i64* %lowEnd, align 8
  %383 = add i64 %328, 64
  %384 = sub i64 %328, %scratch_start
  %385 = lshr i64 %384, 4
  %386 = add i64 %383, %385
  %387 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %386)
  %388 = call i64 @llvm.umax.i64(i64 %375, i64 %387)
  %389 = select i1 %371, i64 %375, i64 %388
  store i64 %389, i64* %highEnd, align 8
  store i64 %373, i64* %lowStart, align 8
  br label %write.ok36

ok39:                                             ; preds = %write.ok36
  store i64 %368, i64* %363, align 8
  %390 = load i64, i64* %highEnd, align 8
  %391 = call i64 @llvm.umax.i64(i64 %390, i64 %368)
  store i64 %391, i64* %highEnd, align 8
  %392 = trunc i64 %367 to i32
  store i32 %392, i32* %result7, align 4
  br label %e1

write.low40:                                      ; preds = %e1
  %393 = load i64, i64* %lowStart, align 8
  %394 = icmp uge i64 %117, %393
  %395 = load i64, i64* %lowEnd, align 8
  %396 = icmp ule i64 %118, %395
  %397 = and i1 %394, %396
  br i1 %397, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %398 = icmp ugt i64 %118, %arena_size
  br i1 %398, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %e1
  %399 = getelementptr i8, i8* %mem, i64 %117
  store i32 %116, i32* %unaligned44, align 4
  %400 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %399, i8* %400, i64 4, i1 false)
  %401 = load i32, i32* %name, align 4
  store i32 %401, i32* %part.1, align 4
  %402 = load i64, i64* %n, align 8
  store i64 %402, i64* %part.2, align 8
  %403 = getelementptr i64, i64* %regs, i64 1
  %404 = load i64, i64* %403, align 8
  %405 = trunc i64 %404 to i32
  %406 = add i32 %405, 3
  %407 = and i32 %406, -4
  store i32 %407, i32* %text.1, align 4
  %408 = load i32, i32* %text.1, align 4
  %409 = add i32 %408, 4
  store i32 %409, i32* %cur.1, align 4
  %410 = load i32, i32* %part.1, align 4
  store i32 %410, i32* %s.1, align 4
  %411 = load i32, i32* %s.1, align 4
  %412 = zext i32 %411 to i64
  %413 = add i64 %412, 4
  %414 = icmp ugt i64 %413, %arena_size
  br i1 %414, label %trap17.site0, label %ok46

ok43:                                             ; preds = %write.slow41
  %415 = icmp ult i64 %117, %scratch_start
  %416 = load i64, i64* %lowStart, align 8
  %417 = call i64 @llvm.umin.i64(i64 %416, i64 %117)
  %418 = load i64, i64* %lowEnd, align 8
  %419 = load i64, i64* %highEnd, align 8
  %420 = add i64 %118, 64
  %421 = sub i64 %118, %417
  %422 = lshr i64 %421, 4
  %423 = add i64 %420, %422
  %424 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %423)
  %425 = call i64 @llvm.umax.i64(i64 %418, i64 %424)
  %426 = select i1 %415, i64 %425, i64 %418
  store i64 %426, i64* %lowEnd, align 8
  %427 = add i64 %118, 64
  %428 = sub i64 %118, %scratch_start
  %429 = lshr i64 %428, 4
  %430 = add i64 %427, %429
  %431 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %430)
  %432 = call i64 @llvm.umax.i64(i64 %419, i64 %431)
  %433 = select i1 %415, i64 %419, i64 %432
  store i64 %433, i64* %highEnd, align 8
  store i64 %417, i64* %lowStart, align 8
  br label %write.ok42

e3:                                               ; preds = %ok77
  %434 = load i32, i32* %result45, align 4
  store i32 %434, i32* %counted, align 4
  %435 = load i32, i32* %dict, align 4
  %436 = load i32, i32* %counted, align 4
  %437 = zext i32 %435 to i64
  %438 = add i64 %437, 4
  %439 = add i64 %438, 4
  %440 = icmp uge i64 %438, %scratch_start
  %441 = load i64, i64* %highEnd, align 8
  %442 = icmp ule i64 %439, %441
  %443 = and i1 %440, %442
  br i1 %443, label %write.ok80, label %write.low78

ok46:                                             ; preds = %write.ok42
  %444 = getelementptr i8, i8* %mem, i64 %412
  %445 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %445, i8* %444, i64 4, i1 false)
  %446 = load i32, i32* %unaligned47, align 4
  store i32 %446, i32* %slen.1, align 4
  %447 = load i32, i32* %cur.1, align 4
  %448 = load i32, i32* %slen.1, align 4
  %449 = add i32 %447, %448
  %450 = getelementptr i64, i64* %regs, i64 2
  %451 = load i64, i64* %450, align 8
  %452 = trunc i64 %451 to i32
  %453 = icmp ugt i32 %449, %452
  %454 = zext i1 %453 to i32
  %455 = icmp ne i32 %454, 0
  br i1 %455, label %then48, label %else49

then48:                                           ; preds = %ok46
  br label %trap15.site6

else49:                                           ; preds = %ok46
  br label %join50

join50:                                           ; preds = %else49, %dead51
  %456 = load i32, i32* %cur.1, align 4
  %457 = load i32, i32* %s.1, align 4
  %458 = add i32 %457, 4
  %459 = load i32, i32* %slen.1, align 4
  %460 = zext i32 %459 to i64
  %461 = zext i32 %458 to i64
  %462 = add i64 %461, %460
  %463 = icmp ugt i64 %462, %arena_size
  br i1 %463, label %trap17.site6, label %ok52

trap15.site6:                                     ; preds = %write.ok74, %then63, %join59, %then57, %then48
  %464 = load i64, i64* %lowStart, align 8
  %465 = getelementptr i64, i64* %regs, i64 6
  store i64 %464, i64* %465, align 8
  %466 = load i64, i64* %lowEnd, align 8
  %467 = getelementptr i64, i64* %regs, i64 7
  store i64 %466, i64* %467, align 8
  %468 = load i64, i64* %highEnd, align 8
  %469 = getelementptr i64, i64* %regs, i64 8
  store i64 %468, i64* %469, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

dead51:                                           ; No predecessors!
  br label %join50

ok52:                                             ; preds = %join50
  %470 = zext i32 %456 to i64
  %471 = add i64 %470, %460
  %472 = icmp uge i64 %470, %scratch_start
  %473 = load i64, i64* %highEnd, align 8
  %474 = icmp ule i64 %471, %473
  %475 = and i1 %472, %474
  br i1 %475, label %write.ok55, label %write.low53

trap17.site6:                                     ; preds = %write.slow54, %join50
  %476 = load i64, i64* %lowStart, align 8
  %477 = getelementptr i64, i64* %regs, i64 6
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %lowEnd, align 8
  %479 = getelementptr i64, i64* %regs, i64 7
  store i64 %478, i64* %479, align 8
  %480 = load i64, i64* %highEnd, align 8
  %481 = getelementptr i64, i64* %regs, i64 8
  store i64 %480, i64* %481, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 6)
  unreachable

write.low53:                                      ; preds = %ok52
  %482 = load i64, i64* %lowStart, align 8
  %483 = icmp uge i64 %470, %482
  %484 = load i64, i64* %lowEnd, align 8
  %485 = icmp ule i64 %471, %484
  %486 = and i1 %483, %485
  br i1 %486, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %487 = icmp ugt i64 %471, %arena_size
  br i1 %487, label %trap17.site6, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %488 = getelementptr i8, i8* %mem, i64 %470
  %489 = getelementptr i8, i8* %mem, i64 %461
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %488, i8* %489, i64 %460, i1 false)
  %490 = load i32, i32* %cur.1, align 4
  %491 = load i32, i32* %slen.1, align 4
  %492 = add i32 %490, %491
  store i32 %492, i32* %cur.1, align 4
  %493 = load i32, i32* %cur.1, align 4
  %494 = add i32 %493, 20
  %495 = getelementptr i64, i64* %regs, i64 2
  %496 = load i64, i64* %495, align 8
  %497 = trunc i64 %496 to i32
  %498 = icmp ugt i32 %494, %497
  %499 = zext i1 %498 to i32
  %500 = icmp ne i32 %499, 0
  br i1 %500, label %then57, label %else58

ok56:                                             ; preds = %write.slow54
  %501 = icmp ult i64 %470, %scratch_start
  %502 = load i64, i64* %lowStart, align 8
  %503 = call i64 @llvm.umin.i64(i64 %502, i64 %470)
  %504 = load i64, i64* %lowEnd, align 8
  %505 = load i64, i64* %highEnd, align 8
  %506 = add i64 %471, 64
  %507 = sub i64 %471, %503
  %508 = lshr i64 %507, 4
  %509 = add i64 %506, %508
  %510 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %509)
  %511 = call i64 @llvm.umax.i64(i64 %504, i64 %510)
  %512 = select i1 %501, i64 %511, i64 %504
  store i64 %512, i64* %lowEnd, align 8
  %513 = add i64 %471, 64
  %514 = sub i64 %471, %scratch_start
  %515 = lshr i64 %514, 4
  %516 = add i64 %513, %515
  %517 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %516)
  %518 = call i64 @llvm.umax.i64(i64 %505, i64 %517)
  %519 = select i1 %501, i64 %505, i64 %518
  store i64 %519, i64* %highEnd, align 8
  store i64 %503, i64* %lowStart, align 8
  br label %write.ok55

then57:                                           ; preds = %write.ok55
  br label %trap15.site6

else58:                                           ; preds = %write.ok55
  br label %join59

join59:                                           ; preds = %else58, %dead60
  %520 = load i32, i32* %cur.1, align 4
  %521 = load i64, i64* %part.2, align 8
  %522 = load i32, i32* %cur.1, align 4
  %523 = icmp uge i32 %depth, 1000
  br i1 %523, label %trap15.site6, label %ok61

dead60:                                           ; No predecessors!
  br label %join59

ok61:                                             ; preds = %join59
  %524 = icmp ult i64 %10, %stack_limit
  br i1 %524, label %trap253.site0, label %stack_ok62

stack_ok62:                                       ; preds = %ok61
  %525 = load i64, i64* %fuel, align 8
  %526 = getelementptr i64, i64* %regs, i64 0
  store i64 %525, i64* %526, align 8
  %527 = load i64, i64* %lowStart, align 8
  %528 = getelementptr i64, i64* %regs, i64 6
  store i64 %527, i64* %528, align 8
  %529 = load i64, i64* %lowEnd, align 8
  %530 = getelementptr i64, i64* %regs, i64 7
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %highEnd, align 8
  %532 = getelementptr i64, i64* %regs, i64 8
  store i64 %531, i64* %532, align 8
  %533 = add i32 %depth, 1
  %534 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %533, i64 %521, i32 %522)
  %535 = getelementptr i64, i64* %regs, i64 0
  %536 = load i64, i64* %535, align 8
  store i64 %536, i64* %fuel, align 8
  %537 = getelementptr i64, i64* %regs, i64 6
  %538 = load i64, i64* %537, align 8
  store i64 %538, i64* %lowStart, align 8
  %539 = getelementptr i64, i64* %regs, i64 7
  %540 = load i64, i64* %539, align 8
  store i64 %540, i64* %lowEnd, align 8
  %541 = getelementptr i64, i64* %regs, i64 8
  %542 = load i64, i64* %541, align 8
  store i64 %542, i64* %highEnd, align 8
  %543 = add i32 %520, %534
  store i32 %543, i32* %cur.1, align 4
  %544 = load i32, i32* %cur.1, align 4
  %545 = add i32 %544, 4
  %546 = getelementptr i64, i64* %regs, i64 2
  %547 = load i64, i64* %546, align 8
  %548 = trunc i64 %547 to i32
  %549 = icmp ugt i32 %545, %548
  %550 = zext i1 %549 to i32
  %551 = icmp ne i32 %550, 0
  br i1 %551, label %then63, label %else64

then63:                                           ; preds = %stack_ok62
  br label %trap15.site6

else64:                                           ; preds = %stack_ok62
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %552 = load i32, i32* %cur.1, align 4
  %553 = zext i32 %552 to i64
  %554 = add i64 %553, 4
  %555 = icmp uge i64 %553, %scratch_start
  %556 = load i64, i64* %highEnd, align 8
  %557 = icmp ule i64 %554, %556
  %558 = and i1 %555, %557
  br i1 %558, label %write.ok69, label %write.low67

dead66:                                           ; No predecessors!
  br label %join65

write.low67:                                      ; preds = %join65
  %559 = load i64, i64* %lowStart, align 8
  %560 = icmp uge i64 %553, %559
  %561 = load i64, i64* %lowEnd, align 8
  %562 = icmp ule i64 %554, %561
  %563 = and i1 %560, %562
  br i1 %563, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %564 = icmp ugt i64 %554, %arena_size
  br i1 %564, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %join65
  %565 = getelementptr i8, i8* %mem, i64 %553
  store i32 1702195828, i32* %unaligned71, align 4
  %566 = bitcast i32* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %565, i8* %566, i64 4, i1 false)
  %567 = load i32, i32* %cur.1, align 4
  %568 = add i32 %567, 4
  store i32 %568, i32* %cur.1, align 4
  %569 = load i32, i32* %cur.1, align 4
  %570 = load i32, i32* %text.1, align 4
  %571 = sub i32 %569, %570
  %572 = sub i32 %571, 4
  store i32 %572, i32* %len.1, align 4
  %573 = load i32, i32* %text.1, align 4
  %574 = load i32, i32* %len.1, align 4
  %575 = zext i32 %573 to i64
  %576 = add i64 %575, 4
  %577 = icmp uge i64 %575, %scratch_start
  %578 = load i64, i64* %highEnd, align 8
  %579 = icmp ule i64 %576, %578
  %580 = and i1 %577, %579
  br i1 %580, label %write.ok74, label %write.low72

ok70:                                             ; preds = %write.slow68
  %581 = icmp ult i64 %553, %scratch_start
  %582 = load i64, i64* %lowStart, align 8
  %583 = call i64 @llvm.umin.i64(i64 %582, i64 %553)
  %584 = load i64, i64* %lowEnd, align 8
  %585 = load i64, i64* %highEnd, align 8
  %586 = add i64 %554, 64
  %587 = sub i64 %554, %583
  %588 = lshr i64 %587, 4
  %589 = add i64 %586, %588
  %590 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %589)
  %591 = call i64 @llvm.umax.i64(i64 %584, i64 %590)
  %592 = select i1 %581, i64 %591, i64 %584
  store i64 %592, i64* %lowEnd, align 8
  %593 = add i64 %554, 64
  %594 = sub i64 %554, %scratch_start
  %595 = lshr i64 %594, 4
  %596 = add i64 %593, %595
  %597 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %596)
  %598 = call i64 @llvm.umax.i64(i64 %585, i64 %597)
  %599 = select i1 %581, i64 %585, i64 %598
  store i64 %599, i64* %highEnd, align 8
  store i64 %583, i64* %lowStart, align 8
  br label %write.ok69

write.low72:                                      ; preds = %write.ok69
  %600 = load i64, i64* %lowStart, align 8
  %601 = icmp uge i64 %575, %600
  %602 = load i64, i64* %lowEnd, align 8
  %603 = icmp ule i64 %576, %602
  %604 = and i1 %601, %603
  br i1 %604, label %write.ok74, label %write.slow73

write.slow73:                                     ; preds = %write.low72
  %605 = icmp ugt i64 %576, %arena_size
  br i1 %605, label %trap17.site0, label %ok75

write.ok74:                                       ; preds = %ok75, %write.low72, %write.ok69
  %606 = getelementptr i8, i8* %mem, i64 %575
  store i32 %574, i32* %unaligned76, align 4
  %607 = bitcast i32* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %606, i8* %607, i64 4, i1 false)
  %608 = load i32, i32* %len.1, align 4
  %609 = add i32 %608, 4
  %610 = zext i32 %609 to i64
  %611 = getelementptr i64, i64* %regs, i64 1
  %612 = getelementptr i64, i64* %regs, i64 2
  %613 = load i64, i64* %611, align 8
  %614 = add i64 %613, 3
  %615 = and i64 %614, -4
  %616 = add i64 %615, %610
  %617 = load i64, i64* %612, align 8
  %618 = icmp ugt i64 %616, %617
  br i1 %618, label %trap15.site6, label %ok77

ok75:                                             ; preds = %write.slow73
  %619 = icmp ult i64 %575, %scratch_start
  %620 = load i64, i64* %lowStart, align 8
  %621 = call i64 @llvm.umin.i64(i64 %620, i64 %575)
  %622 = load i64, i64* %lowEnd, align 8
  %623 = load i64, i64* %highEnd, align 8
  %624 = add i64 %576, 64
  %625 = sub i64 %576, %621
  %626 = lshr i64 %625, 4
  %627 = add i64 %624, %626
  %628 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %627)
  %629 = call i64 @llvm.umax.i64(i64 %622, i64 %628)
  %630 = select i1 %619, i64 %629, i64 %622
  store i64 %630, i64* %lowEnd, align 8
  %631 = add i64 %576, 64
  %632 = sub i64 %576, %scratch_start
  %633 = lshr i64 %632, 4
  %634 = add i64 %631, %633
  %635 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %634)
  %636 = call i64 @llvm.umax.i64(i64 %623, i64 %635)
  %637 = select i1 %619, i64 %623, i64 %636
  store i64 %637, i64* %highEnd, align 8
  store i64 %621, i64* %lowStart, align 8
  br label %write.ok74

ok77:                                             ; preds = %write.ok74
  store i64 %616, i64* %611, align 8
  %638 = load i64, i64* %highEnd, align 8
  %639 = call i64 @llvm.umax.i64(i64 %638, i64 %616)
  store i64 %639, i64* %highEnd, align 8
  %640 = trunc i64 %615 to i32
  store i32 %640, i32* %result45, align 4
  br label %e3

write.low78:                                      ; preds = %e3
  %641 = load i64, i64* %lowStart, align 8
  %642 = icmp uge i64 %438, %641
  %643 = load i64, i64* %lowEnd, align 8
  %644 = icmp ule i64 %439, %643
  %645 = and i1 %642, %644
  br i1 %645, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %646 = icmp ugt i64 %439, %arena_size
  br i1 %646, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e3
  %647 = getelementptr i8, i8* %mem, i64 %438
  store i32 %436, i32* %unaligned82, align 4
  %648 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %647, i8* %648, i64 4, i1 false)
  %649 = load i32, i32* %name, align 4
  store i32 %649, i32* %part.3, align 4
  %650 = load i64, i64* %n, align 8
  store i64 %650, i64* %part.4, align 8
  %651 = load i64, i64* %n, align 8
  %652 = sitofp i64 %651 to double
  %653 = fmul double %652, 1.500000e+00
  store double %653, double* %part.5, align 8
  %654 = load i64, i64* %n, align 8
  %655 = icmp sgt i64 %654, 2
  %656 = zext i1 %655 to i32
  store i32 %656, i32* %part.6, align 4
  %657 = getelementptr i64, i64* %regs, i64 1
  %658 = load i64, i64* %657, align 8
  %659 = trunc i64 %658 to i32
  %660 = add i32 %659, 3
  %661 = and i32 %660, -4
  store i32 %661, i32* %text.2, align 4
  %662 = load i32, i32* %text.2, align 4
  %663 = add i32 %662, 4
  store i32 %663, i32* %cur.2, align 4
  %664 = load i32, i32* %part.3, align 4
  store i32 %664, i32* %s.2, align 4
  %665 = load i32, i32* %s.2, align 4
  %666 = zext i32 %665 to i64
  %667 = add i64 %666, 4
  %668 = icmp ugt i64 %667, %arena_size
  br i1 %668, label %trap17.site0, label %ok84

ok81:                                             ; preds = %write.slow79
  %669 = icmp ult i64 %438, %scratch_start
  %670 = load i64, i64* %lowStart, align 8
  %671 = call i64 @llvm.umin.i64(i64 %670, i64 %438)
  %672 = load i64, i64* %lowEnd, align 8
  %673 = load i64, i64* %highEnd, align 8
  %674 = add i64 %439, 64
  %675 = sub i64 %439, %671
  %676 = lshr i64 %675, 4
  %677 = add i64 %674, %676
  %678 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %677)
  %679 = call i64 @llvm.umax.i64(i64 %672, i64 %678)
  %680 = select i1 %669, i64 %679, i64 %672
  store i64 %680, i64* %lowEnd, align 8
  %681 = add i64 %439, 64
  %682 = sub i64 %439, %scratch_start
  %683 = lshr i64 %682, 4
  %684 = add i64 %681, %683
  %685 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %684)
  %686 = call i64 @llvm.umax.i64(i64 %673, i64 %685)
  %687 = select i1 %669, i64 %673, i64 %686
  store i64 %687, i64* %highEnd, align 8
  store i64 %671, i64* %lowStart, align 8
  br label %write.ok80

e6:                                               ; preds = %ok159
  %688 = load i32, i32* %result83, align 4
  store i32 %688, i32* %interpolated, align 4
  %689 = load i32, i32* %dict, align 4
  %690 = load i32, i32* %interpolated, align 4
  %691 = zext i32 %689 to i64
  %692 = add i64 %691, 8
  %693 = add i64 %692, 4
  %694 = icmp uge i64 %692, %scratch_start
  %695 = load i64, i64* %highEnd, align 8
  %696 = icmp ule i64 %693, %695
  %697 = and i1 %694, %696
  br i1 %697, label %write.ok162, label %write.low160

ok84:                                             ; preds = %write.ok80
  %698 = getelementptr i8, i8* %mem, i64 %666
  %699 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %699, i8* %698, i64 4, i1 false)
  %700 = load i32, i32* %unaligned85, align 4
  store i32 %700, i32* %slen.2, align 4
  %701 = load i32, i32* %cur.2, align 4
  %702 = load i32, i32* %slen.2, align 4
  %703 = add i32 %701, %702
  %704 = getelementptr i64, i64* %regs, i64 2
  %705 = load i64, i64* %704, align 8
  %706 = trunc i64 %705 to i32
  %707 = icmp ugt i32 %703, %706
  %708 = zext i1 %707 to i32
  %709 = icmp ne i32 %708, 0
  br i1 %709, label %then86, label %else87

then86:                                           ; preds = %ok84
  br label %trap15.site9

else87:                                           ; preds = %ok84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %710 = load i32, i32* %cur.2, align 4
  %711 = load i32, i32* %s.2, align 4
  %712 = add i32 %711, 4
  %713 = load i32, i32* %slen.2, align 4
  %714 = zext i32 %713 to i64
  %715 = zext i32 %712 to i64
  %716 = add i64 %715, %714
  %717 = icmp ugt i64 %716, %arena_size
  br i1 %717, label %trap17.site9, label %ok90

trap15.site9:                                     ; preds = %write.ok156, %then146, %then123, %write.ok117, %then110, %write.ok106, %then95, %then86
  %718 = load i64, i64* %lowStart, align 8
  %719 = getelementptr i64, i64* %regs, i64 6
  store i64 %718, i64* %719, align 8
  %720 = load i64, i64* %lowEnd, align 8
  %721 = getelementptr i64, i64* %regs, i64 7
  store i64 %720, i64* %721, align 8
  %722 = load i64, i64* %highEnd, align 8
  %723 = getelementptr i64, i64* %regs, i64 8
  store i64 %722, i64* %723, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

ok90:                                             ; preds = %join88
  %724 = zext i32 %710 to i64
  %725 = add i64 %724, %714
  %726 = icmp uge i64 %724, %scratch_start
  %727 = load i64, i64* %highEnd, align 8
  %728 = icmp ule i64 %725, %727
  %729 = and i1 %726, %728
  br i1 %729, label %write.ok93, label %write.low91

trap17.site9:                                     ; preds = %write.slow143, %write.ok139, %write.slow116, %join112, %write.slow92, %join88
  %730 = load i64, i64* %lowStart, align 8
  %731 = getelementptr i64, i64* %regs, i64 6
  store i64 %730, i64* %731, align 8
  %732 = load i64, i64* %lowEnd, align 8
  %733 = getelementptr i64, i64* %regs, i64 7
  store i64 %732, i64* %733, align 8
  %734 = load i64, i64* %highEnd, align 8
  %735 = getelementptr i64, i64* %regs, i64 8
  store i64 %734, i64* %735, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

write.low91:                                      ; preds = %ok90
  %736 = load i64, i64* %lowStart, align 8
  %737 = icmp uge i64 %724, %736
  %738 = load i64, i64* %lowEnd, align 8
  %739 = icmp ule i64 %725, %738
  %740 = and i1 %737, %739
  br i1 %740, label %write.ok93, label %write.slow92

write.slow92:                                     ; preds = %write.low91
  %741 = icmp ugt i64 %725, %arena_size
  br i1 %741, label %trap17.site9, label %ok94

write.ok93:                                       ; preds = %ok94, %write.low91, %ok90
  %742 = getelementptr i8, i8* %mem, i64 %724
  %743 = getelementptr i8, i8* %mem, i64 %715
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %742, i8* %743, i64 %714, i1 false)
  %744 = load i32, i32* %cur.2, align 4
  %745 = load i32, i32* %slen.2, align 4
  %746 = add i32 %744, %745
  store i32 %746, i32* %cur.2, align 4
  %747 = load i32, i32* %cur.2, align 4
  %748 = add i32 %747, 25
  %749 = getelementptr i64, i64* %regs, i64 2
  %750 = load i64, i64* %749, align 8
  %751 = trunc i64 %750 to i32
  %752 = icmp ugt i32 %748, %751
  %753 = zext i1 %752 to i32
  %754 = icmp ne i32 %753, 0
  br i1 %754, label %then95, label %else96

ok94:                                             ; preds = %write.slow92
  %755 = icmp ult i64 %724, %scratch_start
  %756 = load i64, i64* %lowStart, align 8
  %757 = call i64 @llvm.umin.i64(i64 %756, i64 %724)
  %758 = load i64, i64* %lowEnd, align 8
  %759 = load i64, i64* %highEnd, align 8
  %760 = add i64 %725, 64
  %761 = sub i64 %725, %757
  %762 = lshr i64 %761, 4
  %763 = add i64 %760, %762
  %764 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %763)
  %765 = call i64 @llvm.umax.i64(i64 %758, i64 %764)
  %766 = select i1 %755, i64 %765, i64 %758
  store i64 %766, i64* %lowEnd, align 8
  %767 = add i64 %725, 64
  %768 = sub i64 %725, %scratch_start
  %769 = lshr i64 %768, 4
  %770 = add i64 %767, %769
  %771 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %770)
  %772 = call i64 @llvm.umax.i64(i64 %759, i64 %771)
  %773 = select i1 %755, i64 %759, i64 %772
  store i64 %773, i64* %highEnd, align 8
  store i64 %757, i64* %lowStart, align 8
  br label %write.ok93

then95:                                           ; preds = %write.ok93
  br label %trap15.site9

else96:                                           ; preds = %write.ok93
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %774 = load i32, i32* %cur.2, align 4
  %775 = zext i32 %774 to i64
  %776 = add i64 %775, 4
  %777 = icmp uge i64 %775, %scratch_start
  %778 = load i64, i64* %highEnd, align 8
  %779 = icmp ule i64 %776, %778
  %780 = and i1 %777, %779
  br i1 %780, label %write.ok101, label %write.low99

dead98:                                           ; No predecessors!
  br label %join97

write.low99:                                      ; preds = %join97
  %781 = load i64, i64* %lowStart, align 8
  %782 = icmp uge i64 %775, %781
  %783 = load i64, i64* %lowEnd, align 8
  %784 = icmp ule i64 %776, %783
  %785 = and i1 %782, %784
  br i1 %785, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %786 = icmp ugt i64 %776, %arena_size
  br i1 %786, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %join97
  %787 = getelementptr i8, i8* %mem, i64 %775
  store i32 1935763488, i32* %unaligned103, align 4
  %788 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %787, i8* %788, i64 4, i1 false)
  %789 = load i32, i32* %cur.2, align 4
  %790 = zext i32 %789 to i64
  %791 = add i64 %790, 4
  %792 = add i64 %791, 1
  %793 = icmp uge i64 %791, %scratch_start
  %794 = load i64, i64* %highEnd, align 8
  %795 = icmp ule i64 %792, %794
  %796 = and i1 %793, %795
  br i1 %796, label %write.ok106, label %write.low104

ok102:                                            ; preds = %write.slow100
  %797 = icmp ult i64 %775, %scratch_start
  %798 = load i64, i64* %lowStart, align 8
  %799 = call i64 @llvm.umin.i64(i64 %798, i64 %775)
  %800 = load i64, i64* %lowEnd, align 8
  %801 = load i64, i64* %highEnd, align 8
  %802 = add i64 %776, 64
  %803 = sub i64 %776, %799
  %804 = lshr i64 %803, 4
  %805 = add i64 %802, %804
  %806 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %805)
  %807 = call i64 @llvm.umax.i64(i64 %800, i64 %806)
  %808 = select i1 %797, i64 %807, i64 %800
  store i64 %808, i64* %lowEnd, align 8
  %809 = add i64 %776, 64
  %810 = sub i64 %776, %scratch_start
  %811 = lshr i64 %810, 4
  %812 = add i64 %809, %811
  %813 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %812)
  %814 = call i64 @llvm.umax.i64(i64 %801, i64 %813)
  %815 = select i1 %797, i64 %801, i64 %814
  store i64 %815, i64* %highEnd, align 8
  store i64 %799, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %write.ok101
  %816 = load i64, i64* %lowStart, align 8
  %817 = icmp uge i64 %791, %816
  %818 = load i64, i64* %lowEnd, align 8
  %819 = icmp ule i64 %792, %818
  %820 = and i1 %817, %819
  br i1 %820, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %821 = icmp ugt i64 %792, %arena_size
  br i1 %821, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %write.ok101
  %822 = getelementptr i8, i8* %mem, i64 %791
  store i8 32, i8* %822, align 1
  %823 = load i32, i32* %cur.2, align 4
  %824 = add i32 %823, 5
  store i32 %824, i32* %cur.2, align 4
  %825 = load i32, i32* %cur.2, align 4
  %826 = load i64, i64* %part.4, align 8
  %827 = load i32, i32* %cur.2, align 4
  %828 = icmp uge i32 %depth, 1000
  br i1 %828, label %trap15.site9, label %ok108

ok107:                                            ; preds = %write.slow105
  %829 = icmp ult i64 %791, %scratch_start
  %830 = load i64, i64* %lowStart, align 8
  %831 = call i64 @llvm.umin.i64(i64 %830, i64 %791)
  %832 = load i64, i64* %lowEnd, align 8
  %833 = load i64, i64* %highEnd, align 8
  %834 = add i64 %792, 64
  %835 = sub i64 %792, %831
  %836 = lshr i64 %835, 4
  %837 = add i64 %834, %836
  %838 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %837)
  %839 = call i64 @llvm.umax.i64(i64 %832, i64 %838)
  %840 = select i1 %829, i64 %839, i64 %832
  store i64 %840, i64* %lowEnd, align 8
  %841 = add i64 %792, 64
  %842 = sub i64 %792, %scratch_start
  %843 = lshr i64 %842, 4
  %844 = add i64 %841, %843
  %845 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %844)
  %846 = call i64 @llvm.umax.i64(i64 %833, i64 %845)
  %847 = select i1 %829, i64 %833, i64 %846
  store i64 %847, i64* %highEnd, align 8
  store i64 %831, i64* %lowStart, align 8
  br label %write.ok106

ok108:                                            ; preds = %write.ok106
  %848 = icmp ult i64 %10, %stack_limit
  br i1 %848, label %trap253.site0, label %stack_ok109

stack_ok109:                                      ; preds = %ok108
  %849 = load i64, i64* %fuel, align 8
  %850 = getelementptr i64, i64* %regs, i64 0
  store i64 %849, i64* %850, align 8
  %851 = load i64, i64* %lowStart, align 8
  %852 = getelementptr i64, i64* %regs, i64 6
  store i64 %851, i64* %852, align 8
  %853 = load i64, i64* %lowEnd, align 8
  %854 = getelementptr i64, i64* %regs, i64 7
  store i64 %853, i64* %854, align 8
  %855 = load i64, i64* %highEnd, align 8
  %856 = getelementptr i64, i64* %regs, i64 8
  store i64 %855, i64* %856, align 8
  %857 = add i32 %depth, 1
  %858 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %857, i64 %826, i32 %827)
  %859 = getelementptr i64, i64* %regs, i64 0
  %860 = load i64, i64* %859, align 8
  store i64 %860, i64* %fuel, align 8
  %861 = getelementptr i64, i64* %regs, i64 6
  %862 = load i64, i64* %861, align 8
  store i64 %862, i64* %lowStart, align 8
  %863 = getelementptr i64, i64* %regs, i64 7
  %864 = load i64, i64* %863, align 8
  store i64 %864, i64* %lowEnd, align 8
  %865 = getelementptr i64, i64* %regs, i64 8
  %866 = load i64, i64* %865, align 8
  store i64 %866, i64* %highEnd, align 8
  %867 = add i32 %825, %858
  store i32 %867, i32* %cur.2, align 4
  %868 = load i32, i32* %cur.2, align 4
  %869 = add i32 %868, 340
  %870 = getelementptr i64, i64* %regs, i64 2
  %871 = load i64, i64* %870, align 8
  %872 = trunc i64 %871 to i32
  %873 = icmp ugt i32 %869, %872
  %874 = zext i1 %873 to i32
  %875 = icmp ne i32 %874, 0
  br i1 %875, label %then110, label %else111

then110:                                          ; preds = %stack_ok109
  br label %trap15.site9

else111:                                          ; preds = %stack_ok109
  br label %join112

join112:                                          ; preds = %else111, %dead113
  %876 = load i32, i32* %cur.2, align 4
  %877 = add i32 %876, 0
  %878 = icmp ugt i64 10910, %arena_size
  br i1 %878, label %trap17.site9, label %ok114

dead113:                                          ; No predecessors!
  br label %join112

ok114:                                            ; preds = %join112
  %879 = zext i32 %877 to i64
  %880 = add i64 %879, 10
  %881 = icmp uge i64 %879, %scratch_start
  %882 = load i64, i64* %highEnd, align 8
  %883 = icmp ule i64 %880, %882
  %884 = and i1 %881, %883
  br i1 %884, label %write.ok117, label %write.low115

write.low115:                                     ; preds = %ok114
  %885 = load i64, i64* %lowStart, align 8
  %886 = icmp uge i64 %879, %885
  %887 = load i64, i64* %lowEnd, align 8
  %888 = icmp ule i64 %880, %887
  %889 = and i1 %886, %888
  br i1 %889, label %write.ok117, label %write.slow116

write.slow116:                                    ; preds = %write.low115
  %890 = icmp ugt i64 %880, %arena_size
  br i1 %890, label %trap17.site9, label %ok118

write.ok117:                                      ; preds = %ok118, %write.low115, %ok114
  %891 = getelementptr i8, i8* %mem, i64 %879
  %892 = getelementptr i8, i8* %mem, i64 10900
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %891, i8* %892, i64 10, i1 false)
  %893 = load i32, i32* %cur.2, align 4
  %894 = add i32 %893, 10
  store i32 %894, i32* %cur.2, align 4
  %895 = load i32, i32* %cur.2, align 4
  %896 = load double, double* %part.5, align 8
  %897 = load i32, i32* %cur.2, align 4
  %898 = icmp uge i32 %depth, 1000
  br i1 %898, label %trap15.site9, label %ok119

ok118:                                            ; preds = %write.slow116
  %899 = icmp ult i64 %879, %scratch_start
  %900 = load i64, i64* %lowStart, align 8
  %901 = call i64 @llvm.umin.i64(i64 %900, i64 %879)
  %902 = load i64, i64* %lowEnd, align 8
  %903 = load i64, i64* %highEnd, align 8
  %904 = add i64 %880, 64
  %905 = sub i64 %880, %901
  %906 = lshr i64 %905, 4
  %907 = add i64 %904, %906
  %908 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %907)
  %909 = call i64 @llvm.umax.i64(i64 %902, i64 %908)
  %910 = select i1 %899, i64 %909, i64 %902
  store i64 %910, i64* %lowEnd, align 8
  %911 = add i64 %880, 64
  %912 = sub i64 %880, %scratch_start
  %913 = lshr i64 %912, 4
  %914 = add i64 %911, %913
  %915 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %914)
  %916 = call i64 @llvm.umax.i64(i64 %903, i64 %915)
  %917 = select i1 %899, i64 %903, i64 %916
  store i64 %917, i64* %highEnd, align 8
  store i64 %901, i64* %lowStart, align 8
  br label %write.ok117

ok119:                                            ; preds = %write.ok117
  %918 = icmp ult i64 %10, %stack_limit
  br i1 %918, label %trap253.site0, label %stack_ok120

stack_ok120:                                      ; preds = %ok119
  %919 = load i64, i64* %fuel, align 8
  %920 = getelementptr i64, i64* %regs, i64 0
  store i64 %919, i64* %920, align 8
  %921 = load i64, i64* %lowStart, align 8
  %922 = getelementptr i64, i64* %regs, i64 6
  store i64 %921, i64* %922, align 8
  %923 = load i64, i64* %lowEnd, align 8
  %924 = getelementptr i64, i64* %regs, i64 7
  store i64 %923, i64* %924, align 8
  %925 = load i64, i64* %highEnd, align 8
  %926 = getelementptr i64, i64* %regs, i64 8
  store i64 %925, i64* %926, align 8
  %927 = add i32 %depth, 1
  %928 = call i32 @m0.rt.float_text_write(i64* %regs, i8* %mem, i32 %927, double %896, i32 %897)
  %929 = getelementptr i64, i64* %regs, i64 0
  %930 = load i64, i64* %929, align 8
  store i64 %930, i64* %fuel, align 8
  %931 = getelementptr i64, i64* %regs, i64 6
  %932 = load i64, i64* %931, align 8
  store i64 %932, i64* %lowStart, align 8
  %933 = getelementptr i64, i64* %regs, i64 7
  %934 = load i64, i64* %933, align 8
  store i64 %934, i64* %lowEnd, align 8
  %935 = getelementptr i64, i64* %regs, i64 8
  %936 = load i64, i64* %935, align 8
  store i64 %936, i64* %highEnd, align 8
  %937 = add i32 %895, %928
  store i32 %937, i32* %cur.2, align 4
  %938 = load i32, i32* %part.6, align 4
  %939 = icmp ne i32 %938, 0
  %940 = select i1 %939, i32 10912, i32 10920
  store i32 %940, i32* %s.3, align 4
  %941 = load i32, i32* %s.3, align 4
  %942 = zext i32 %941 to i64
  %943 = add i64 %942, 4
  %944 = icmp ugt i64 %943, %arena_size
  br i1 %944, label %trap17.site0, label %ok121

ok121:                                            ; preds = %stack_ok120
  %945 = getelementptr i8, i8* %mem, i64 %942
  %946 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %946, i8* %945, i64 4, i1 false)
  %947 = load i32, i32* %unaligned122, align 4
  store i32 %947, i32* %slen.3, align 4
  %948 = load i32, i32* %cur.2, align 4
  %949 = load i32, i32* %slen.3, align 4
  %950 = add i32 7, %949
  %951 = add i32 %948, %950
  %952 = getelementptr i64, i64* %regs, i64 2
  %953 = load i64, i64* %952, align 8
  %954 = trunc i64 %953 to i32
  %955 = icmp ugt i32 %951, %954
  %956 = zext i1 %955 to i32
  %957 = icmp ne i32 %956, 0
  br i1 %957, label %then123, label %else124

then123:                                          ; preds = %ok121
  br label %trap15.site9

else124:                                          ; preds = %ok121
  br label %join125

join125:                                          ; preds = %else124, %dead126
  %958 = load i32, i32* %cur.2, align 4
  %959 = zext i32 %958 to i64
  %960 = add i64 %959, 4
  %961 = icmp uge i64 %959, %scratch_start
  %962 = load i64, i64* %highEnd, align 8
  %963 = icmp ule i64 %960, %962
  %964 = and i1 %961, %963
  br i1 %964, label %write.ok129, label %write.low127

dead126:                                          ; No predecessors!
  br label %join125

write.low127:                                     ; preds = %join125
  %965 = load i64, i64* %lowStart, align 8
  %966 = icmp uge i64 %959, %965
  %967 = load i64, i64* %lowEnd, align 8
  %968 = icmp ule i64 %960, %967
  %969 = and i1 %966, %968
  br i1 %969, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %970 = icmp ugt i64 %960, %arena_size
  br i1 %970, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %join125
  %971 = getelementptr i8, i8* %mem, i64 %959
  store i32 1667327264, i32* %unaligned131, align 4
  %972 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %971, i8* %972, i64 4, i1 false)
  %973 = load i32, i32* %cur.2, align 4
  %974 = zext i32 %973 to i64
  %975 = add i64 %974, 4
  %976 = add i64 %975, 2
  %977 = icmp uge i64 %975, %scratch_start
  %978 = load i64, i64* %highEnd, align 8
  %979 = icmp ule i64 %976, %978
  %980 = and i1 %977, %979
  br i1 %980, label %write.ok134, label %write.low132

ok130:                                            ; preds = %write.slow128
  %981 = icmp ult i64 %959, %scratch_start
  %982 = load i64, i64* %lowStart, align 8
  %983 = call i64 @llvm.umin.i64(i64 %982, i64 %959)
  %984 = load i64, i64* %lowEnd, align 8
  %985 = load i64, i64* %highEnd, align 8
  %986 = add i64 %960, 64
  %987 = sub i64 %960, %983
  %988 = lshr i64 %987, 4
  %989 = add i64 %986, %988
  %990 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %989)
  %991 = call i64 @llvm.umax.i64(i64 %984, i64 %990)
  %992 = select i1 %981, i64 %991, i64 %984
  store i64 %992, i64* %lowEnd, align 8
  %993 = add i64 %960, 64
  %994 = sub i64 %960, %scratch_start
  %995 = lshr i64 %994, 4
  %996 = add i64 %993, %995
  %997 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %996)
  %998 = call i64 @llvm.umax.i64(i64 %985, i64 %997)
  %999 = select i1 %981, i64 %985, i64 %998
  store i64 %999, i64* %highEnd, align 8
  store i64 %983, i64* %lowStart, align 8
  br label %write.ok129

write.low132:                                     ; preds = %write.ok129
  %1000 = load i64, i64* %lowStart, align 8
  %1001 = icmp uge i64 %975, %1000
  %1002 = load i64, i64* %lowEnd, align 8
  %1003 = icmp ule i64 %976, %1002
  %1004 = and i1 %1001, %1003
  br i1 %1004, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %1005 = icmp ugt i64 %976, %arena_size
  br i1 %1005, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %write.ok129
  %1006 = getelementptr i8, i8* %mem, i64 %975
  store i16 8296, i16* %unaligned136, align 2
  %1007 = bitcast i16* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1006, i8* %1007, i64 2, i1 false)
  %1008 = load i32, i32* %cur.2, align 4
  %1009 = zext i32 %1008 to i64
  %1010 = add i64 %1009, 6
  %1011 = add i64 %1010, 1
  %1012 = icmp uge i64 %1010, %scratch_start
  %1013 = load i64, i64* %highEnd, align 8
  %1014 = icmp ule i64 %1011, %1013
  %1015 = and i1 %1012, %1014
  br i1 %1015, label %write.ok139, label %write.low137

ok135:                                            ; preds = %write.slow133
  %1016 = icmp ult i64 %975, %scratch_start
  %1017 = load i64, i64* %lowStart, align 8
  %1018 = call i64 @llvm.umin.i64(i64 %1017, i64 %975)
  %1019 = load i64, i64* %lowEnd, align 8
  %1020 = load i64, i64* %highEnd, align 8
  %1021 = add i64 %976, 64
  %1022 = sub i64 %976, %1018
  %1023 = lshr i64 %1022, 4
  %1024 = add i64 %1021, %1023
  %1025 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1024)
  %1026 = call i64 @llvm.umax.i64(i64 %1019, i64 %1025)
  %1027 = select i1 %1016, i64 %1026, i64 %1019
  store i64 %1027, i64* %lowEnd, align 8
  %1028 = add i64 %976, 64
  %1029 = sub i64 %976, %scratch_start
  %1030 = lshr i64 %1029, 4
  %1031 = add i64 %1028, %1030
  %1032 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1031)
  %1033 = call i64 @llvm.umax.i64(i64 %1020, i64 %1032)
  %1034 = select i1 %1016, i64 %1020, i64 %1033
  store i64 %1034, i64* %highEnd, align 8
  store i64 %1018, i64* %lowStart, align 8
  br label %write.ok134

write.low137:                                     ; preds = %write.ok134
  %1035 = load i64, i64* %lowStart, align 8
  %1036 = icmp uge i64 %1010, %1035
  %1037 = load i64, i64* %lowEnd, align 8
  %1038 = icmp ule i64 %1011, %1037
  %1039 = and i1 %1036, %1038
  br i1 %1039, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1040 = icmp ugt i64 %1011, %arena_size
  br i1 %1040, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %write.ok134
  %1041 = getelementptr i8, i8* %mem, i64 %1010
  store i8 40, i8* %1041, align 1
  %1042 = load i32, i32* %cur.2, align 4
  %1043 = add i32 %1042, 7
  store i32 %1043, i32* %cur.2, align 4
  %1044 = load i32, i32* %cur.2, align 4
  %1045 = load i32, i32* %s.3, align 4
  %1046 = add i32 %1045, 4
  %1047 = load i32, i32* %slen.3, align 4
  %1048 = zext i32 %1047 to i64
  %1049 = zext i32 %1046 to i64
  %1050 = add i64 %1049, %1048
  %1051 = icmp ugt i64 %1050, %arena_size
  br i1 %1051, label %trap17.site9, label %ok141

ok140:                                            ; preds = %write.slow138
  %1052 = icmp ult i64 %1010, %scratch_start
  %1053 = load i64, i64* %lowStart, align 8
  %1054 = call i64 @llvm.umin.i64(i64 %1053, i64 %1010)
  %1055 = load i64, i64* %lowEnd, align 8
  %1056 = load i64, i64* %highEnd, align 8
  %1057 = add i64 %1011, 64
  %1058 = sub i64 %1011, %1054
  %1059 = lshr i64 %1058, 4
  %1060 = add i64 %1057, %1059
  %1061 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1060)
  %1062 = call i64 @llvm.umax.i64(i64 %1055, i64 %1061)
  %1063 = select i1 %1052, i64 %1062, i64 %1055
  store i64 %1063, i64* %lowEnd, align 8
  %1064 = add i64 %1011, 64
  %1065 = sub i64 %1011, %scratch_start
  %1066 = lshr i64 %1065, 4
  %1067 = add i64 %1064, %1066
  %1068 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1067)
  %1069 = call i64 @llvm.umax.i64(i64 %1056, i64 %1068)
  %1070 = select i1 %1052, i64 %1056, i64 %1069
  store i64 %1070, i64* %highEnd, align 8
  store i64 %1054, i64* %lowStart, align 8
  br label %write.ok139

ok141:                                            ; preds = %write.ok139
  %1071 = zext i32 %1044 to i64
  %1072 = add i64 %1071, %1048
  %1073 = icmp uge i64 %1071, %scratch_start
  %1074 = load i64, i64* %highEnd, align 8
  %1075 = icmp ule i64 %1072, %1074
  %1076 = and i1 %1073, %1075
  br i1 %1076, label %write.ok144, label %write.low142

write.low142:                                     ; preds = %ok141
  %1077 = load i64, i64* %lowStart, align 8
  %1078 = icmp uge i64 %1071, %1077
  %1079 = load i64, i64* %lowEnd, align 8
  %1080 = icmp ule i64 %1072, %1079
  %1081 = and i1 %1078, %1080
  br i1 %1081, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %1082 = icmp ugt i64 %1072, %arena_size
  br i1 %1082, label %trap17.site9, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %ok141
  %1083 = getelementptr i8, i8* %mem, i64 %1071
  %1084 = getelementptr i8, i8* %mem, i64 %1049
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1083, i8* %1084, i64 %1048, i1 false)
  %1085 = load i32, i32* %cur.2, align 4
  %1086 = load i32, i32* %slen.3, align 4
  %1087 = add i32 %1085, %1086
  store i32 %1087, i32* %cur.2, align 4
  %1088 = load i32, i32* %cur.2, align 4
  %1089 = add i32 %1088, 1
  %1090 = getelementptr i64, i64* %regs, i64 2
  %1091 = load i64, i64* %1090, align 8
  %1092 = trunc i64 %1091 to i32
  %1093 = icmp ugt i32 %1089, %1092
  %1094 = zext i1 %1093 to i32
  %1095 = icmp ne i32 %1094, 0
  br i1 %1095, label %then146, label %else147

ok145:                                            ; preds = %write.slow143
  %1096 = icmp ult i64 %1071, %scratch_start
  %1097 = load i64, i64* %lowStart, align 8
  %1098 = call i64 @llvm.umin.i64(i64 %1097, i64 %1071)
  %1099 = load i64, i64* %lowEnd, align 8
  %1100 = load i64, i64* %highEnd, align 8
  %1101 = add i64 %1072, 64
  %1102 = sub i64 %1072, %1098
  %1103 = lshr i64 %1102, 4
  %1104 = add i64 %1101, %1103
  %1105 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1104)
  %1106 = call i64 @llvm.umax.i64(i64 %1099, i64 %1105)
  %1107 = select i1 %1096, i64 %1106, i64 %1099
  store i64 %1107, i64* %lowEnd, align 8
  %1108 = add i64 %1072, 64
  %1109 = sub i64 %1072, %scratch_start
  %1110 = lshr i64 %1109, 4
  %1111 = add i64 %1108, %1110
  %1112 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1111)
  %1113 = call i64 @llvm.umax.i64(i64 %1100, i64 %1112)
  %1114 = select i1 %1096, i64 %1100, i64 %1113
  store i64 %1114, i64* %highEnd, align 8
  store i64 %1098, i64* %lowStart, align 8
  br label %write.ok144

then146:                                          ; preds = %write.ok144
  br label %trap15.site9

else147:                                          ; preds = %write.ok144
  br label %join148

join148:                                          ; preds = %else147, %dead149
  %1115 = load i32, i32* %cur.2, align 4
  %1116 = zext i32 %1115 to i64
  %1117 = add i64 %1116, 1
  %1118 = icmp uge i64 %1116, %scratch_start
  %1119 = load i64, i64* %highEnd, align 8
  %1120 = icmp ule i64 %1117, %1119
  %1121 = and i1 %1118, %1120
  br i1 %1121, label %write.ok152, label %write.low150

dead149:                                          ; No predecessors!
  br label %join148

write.low150:                                     ; preds = %join148
  %1122 = load i64, i64* %lowStart, align 8
  %1123 = icmp uge i64 %1116, %1122
  %1124 = load i64, i64* %lowEnd, align 8
  %1125 = icmp ule i64 %1117, %1124
  %1126 = and i1 %1123, %1125
  br i1 %1126, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %1127 = icmp ugt i64 %1117, %arena_size
  br i1 %1127, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %join148
  %1128 = getelementptr i8, i8* %mem, i64 %1116
  store i8 41, i8* %1128, align 1
  %1129 = load i32, i32* %cur.2, align 4
  %1130 = add i32 %1129, 1
  store i32 %1130, i32* %cur.2, align 4
  %1131 = load i32, i32* %cur.2, align 4
  %1132 = load i32, i32* %text.2, align 4
  %1133 = sub i32 %1131, %1132
  %1134 = sub i32 %1133, 4
  store i32 %1134, i32* %len.2, align 4
  %1135 = load i32, i32* %text.2, align 4
  %1136 = load i32, i32* %len.2, align 4
  %1137 = zext i32 %1135 to i64
  %1138 = add i64 %1137, 4
  %1139 = icmp uge i64 %1137, %scratch_start
  %1140 = load i64, i64* %highEnd, align 8
  %1141 = icmp ule i64 %1138, %1140
  %1142 = and i1 %1139, %1141
  br i1 %1142, label %write.ok156, label %write.low154

ok153:                                            ; preds = %write.slow151
  %1143 = icmp ult i64 %1116, %scratch_start
  %1144 = load i64, i64* %lowStart, align 8
  %1145 = call i64 @llvm.umin.i64(i64 %1144, i64 %1116)
  %1146 = load i64, i64* %lowEnd, align 8
  %1147 = load i64, i64* %highEnd, align 8
  %1148 = add i64 %1117, 64
  %1149 = sub i64 %1117, %1145
  %1150 = lshr i64 %1149, 4
  %1151 = add i64 %1148, %1150
  %1152 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1151)
  %1153 = call i64 @llvm.umax.i64(i64 %1146, i64 %1152)
  %1154 = select i1 %1143, i64 %1153, i64 %1146
  store i64 %1154, i64* %lowEnd, align 8
  %1155 = add i64 %1117, 64
  %1156 = sub i64 %1117, %scratch_start
  %1157 = lshr i64 %1156, 4
  %1158 = add i64 %1155, %1157
  %1159 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1158)
  %1160 = call i64 @llvm.umax.i64(i64 %1147, i64 %1159)
  %1161 = select i1 %1143, i64 %1147, i64 %1160
  store i64 %1161, i64* %highEnd, align 8
  store i64 %1145, i64* %lowStart, align 8
  br label %write.ok152

write.low154:                                     ; preds = %write.ok152
  %1162 = load i64, i64* %lowStart, align 8
  %1163 = icmp uge i64 %1137, %1162
  %1164 = load i64, i64* %lowEnd, align 8
  %1165 = icmp ule i64 %1138, %1164
  %1166 = and i1 %1163, %1165
  br i1 %1166, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %1167 = icmp ugt i64 %1138, %arena_size
  br i1 %1167, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %write.ok152
  %1168 = getelementptr i8, i8* %mem, i64 %1137
  store i32 %1136, i32* %unaligned158, align 4
  %1169 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1168, i8* %1169, i64 4, i1 false)
  %1170 = load i32, i32* %len.2, align 4
  %1171 = add i32 %1170, 4
  %1172 = zext i32 %1171 to i64
  %1173 = getelementptr i64, i64* %regs, i64 1
  %1174 = getelementptr i64, i64* %regs, i64 2
  %1175 = load i64, i64* %1173, align 8
  %1176 = add i64 %1175, 3
  %1177 = and i64 %1176, -4
  %1178 = add i64 %1177, %1172
  %1179 = load i64, i64* %1174, align 8
  %1180 = icmp ugt i64 %1178, %1179
  br i1 %1180, label %trap15.site9, label %ok159

ok157:                                            ; preds = %write.slow155
  %1181 = icmp ult i64 %1137, %scratch_start
  %1182 = load i64, i64* %lowStart, align 8
  %1183 = call i64 @llvm.umin.i64(i64 %1182, i64 %1137)
  %1184 = load i64, i64* %lowEnd, align 8
  %1185 = load i64, i64* %highEnd, align 8
  %1186 = add i64 %1138, 64
  %1187 = sub i64 %1138, %1183
  %1188 = lshr i64 %1187, 4
  %1189 = add i64 %1186, %1188
  %1190 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1189)
  %1191 = call i64 @llvm.umax.i64(i64 %1184, i64 %1190)
  %1192 = select i1 %1181, i64 %1191, i64 %1184
  store i64 %1192, i64* %lowEnd, align 8
  %1193 = add i64 %1138, 64
  %1194 = sub i64 %1138, %scratch_start
  %1195 = lshr i64 %1194, 4
  %1196 = add i64 %1193, %1195
  %1197 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1196)
  %1198 = call i64 @llvm.umax.i64(i64 %1185, i64 %1197)
  %1199 = select i1 %1181, i64 %1185, i64 %1198
  store i64 %1199, i64* %highEnd, align 8
  store i64 %1183, i64* %lowStart, align 8
  br label %write.ok156

ok159:                                            ; preds = %write.ok156
  store i64 %1178, i64* %1173, align 8
  %1200 = load i64, i64* %highEnd, align 8
  %1201 = call i64 @llvm.umax.i64(i64 %1200, i64 %1178)
  store i64 %1201, i64* %highEnd, align 8
  %1202 = trunc i64 %1177 to i32
  store i32 %1202, i32* %result83, align 4
  br label %e6

write.low160:                                     ; preds = %e6
  %1203 = load i64, i64* %lowStart, align 8
  %1204 = icmp uge i64 %692, %1203
  %1205 = load i64, i64* %lowEnd, align 8
  %1206 = icmp ule i64 %693, %1205
  %1207 = and i1 %1204, %1206
  br i1 %1207, label %write.ok162, label %write.slow161

write.slow161:                                    ; preds = %write.low160
  %1208 = icmp ugt i64 %693, %arena_size
  br i1 %1208, label %trap17.site0, label %ok163

write.ok162:                                      ; preds = %ok163, %write.low160, %e6
  %1209 = getelementptr i8, i8* %mem, i64 %692
  store i32 %690, i32* %unaligned164, align 4
  %1210 = bitcast i32* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1209, i8* %1210, i64 4, i1 false)
  %1211 = load i32, i32* %name, align 4
  %1212 = icmp uge i32 %depth, 1000
  br i1 %1212, label %trap15.site10, label %ok165

ok163:                                            ; preds = %write.slow161
  %1213 = icmp ult i64 %692, %scratch_start
  %1214 = load i64, i64* %lowStart, align 8
  %1215 = call i64 @llvm.umin.i64(i64 %1214, i64 %692)
  %1216 = load i64, i64* %lowEnd, align 8
  %1217 = load i64, i64* %highEnd, align 8
  %1218 = add i64 %693, 64
  %1219 = sub i64 %693, %1215
  %1220 = lshr i64 %1219, 4
  %1221 = add i64 %1218, %1220
  %1222 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1221)
  %1223 = call i64 @llvm.umax.i64(i64 %1216, i64 %1222)
  %1224 = select i1 %1213, i64 %1223, i64 %1216
  store i64 %1224, i64* %lowEnd, align 8
  %1225 = add i64 %693, 64
  %1226 = sub i64 %693, %scratch_start
  %1227 = lshr i64 %1226, 4
  %1228 = add i64 %1225, %1227
  %1229 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1228)
  %1230 = call i64 @llvm.umax.i64(i64 %1217, i64 %1229)
  %1231 = select i1 %1213, i64 %1217, i64 %1230
  store i64 %1231, i64* %highEnd, align 8
  store i64 %1215, i64* %lowStart, align 8
  br label %write.ok162

ok165:                                            ; preds = %write.ok162
  %1232 = icmp ult i64 %10, %stack_limit
  br i1 %1232, label %trap253.site0, label %stack_ok166

trap15.site10:                                    ; preds = %write.ok162
  %1233 = load i64, i64* %lowStart, align 8
  %1234 = getelementptr i64, i64* %regs, i64 6
  store i64 %1233, i64* %1234, align 8
  %1235 = load i64, i64* %lowEnd, align 8
  %1236 = getelementptr i64, i64* %regs, i64 7
  store i64 %1235, i64* %1236, align 8
  %1237 = load i64, i64* %highEnd, align 8
  %1238 = getelementptr i64, i64* %regs, i64 8
  store i64 %1237, i64* %1238, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok166:                                      ; preds = %ok165
  %1239 = load i64, i64* %fuel, align 8
  %1240 = getelementptr i64, i64* %regs, i64 0
  store i64 %1239, i64* %1240, align 8
  %1241 = load i64, i64* %lowStart, align 8
  %1242 = getelementptr i64, i64* %regs, i64 6
  store i64 %1241, i64* %1242, align 8
  %1243 = load i64, i64* %lowEnd, align 8
  %1244 = getelementptr i64, i64* %regs, i64 7
  store i64 %1243, i64* %1244, align 8
  %1245 = load i64, i64* %highEnd, align 8
  %1246 = getelementptr i64, i64* %regs, i64 8
  store i64 %1245, i64* %1246, align 8
  %1247 = add i32 %depth, 1
  %1248 = call i32 @m0.rt.str_upper(i64* %regs, i8* %mem, i32 %1247, i32 %1211)
  %1249 = getelementptr i64, i64* %regs, i64 0
  %1250 = load i64, i64* %1249, align 8
  store i64 %1250, i64* %fuel, align 8
  %1251 = getelementptr i64, i64* %regs, i64 6
  %1252 = load i64, i64* %1251, align 8
  store i64 %1252, i64* %lowStart, align 8
  %1253 = getelementptr i64, i64* %regs, i64 7
  %1254 = load i64, i64* %1253, align 8
  store i64 %1254, i64* %lowEnd, align 8
  %1255 = getelementptr i64, i64* %regs, i64 8
  %1256 = load i64, i64* %1255, align 8
  store i64 %1256, i64* %highEnd, align 8
  store i32 %1248, i32* %shout, align 4
  %1257 = load i32, i32* %dict, align 4
  %1258 = load i32, i32* %shout, align 4
  %1259 = zext i32 %1257 to i64
  %1260 = add i64 %1259, 12
  %1261 = add i64 %1260, 4
  %1262 = icmp uge i64 %1260, %scratch_start
  %1263 = load i64, i64* %highEnd, align 8
  %1264 = icmp ule i64 %1261, %1263
  %1265 = and i1 %1262, %1264
  br i1 %1265, label %write.ok169, label %write.low167

write.low167:                                     ; preds = %stack_ok166
  %1266 = load i64, i64* %lowStart, align 8
  %1267 = icmp uge i64 %1260, %1266
  %1268 = load i64, i64* %lowEnd, align 8
  %1269 = icmp ule i64 %1261, %1268
  %1270 = and i1 %1267, %1269
  br i1 %1270, label %write.ok169, label %write.slow168

write.slow168:                                    ; preds = %write.low167
  %1271 = icmp ugt i64 %1261, %arena_size
  br i1 %1271, label %trap17.site0, label %ok170

write.ok169:                                      ; preds = %ok170, %write.low167, %stack_ok166
  %1272 = getelementptr i8, i8* %mem, i64 %1260
  store i32 %1258, i32* %unaligned171, align 4
  %1273 = bitcast i32* %unaligned171 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1272, i8* %1273, i64 4, i1 false)
  %1274 = icmp uge i32 %depth, 1000
  br i1 %1274, label %trap15.site12, label %ok172

ok170:                                            ; preds = %write.slow168
  %1275 = icmp ult i64 %1260, %scratch_start
  %1276 = load i64, i64* %lowStart, align 8
  %1277 = call i64 @llvm.umin.i64(i64 %1276, i64 %1260)
  %1278 = load i64, i64* %lowEnd, align 8
  %1279 = load i64, i64* %highEnd, align 8
  %1280 = add i64 %1261, 64
  %1281 = sub i64 %1261, %1277
  %1282 = lshr i64 %1281, 4
  %1283 = add i64 %1280, %1282
  %1284 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1283)
  %1285 = call i64 @llvm.umax.i64(i64 %1278, i64 %1284)
  %1286 = select i1 %1275, i64 %1285, i64 %1278
  store i64 %1286, i64* %lowEnd, align 8
  %1287 = add i64 %1261, 64
  %1288 = sub i64 %1261, %scratch_start
  %1289 = lshr i64 %1288, 4
  %1290 = add i64 %1287, %1289
  %1291 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1290)
  %1292 = call i64 @llvm.umax.i64(i64 %1279, i64 %1291)
  %1293 = select i1 %1275, i64 %1279, i64 %1292
  store i64 %1293, i64* %highEnd, align 8
  store i64 %1277, i64* %lowStart, align 8
  br label %write.ok169

ok172:                                            ; preds = %write.ok169
  %1294 = icmp ult i64 %10, %stack_limit
  br i1 %1294, label %trap253.site0, label %stack_ok173

trap15.site12:                                    ; preds = %write.ok169
  %1295 = load i64, i64* %lowStart, align 8
  %1296 = getelementptr i64, i64* %regs, i64 6
  store i64 %1295, i64* %1296, align 8
  %1297 = load i64, i64* %lowEnd, align 8
  %1298 = getelementptr i64, i64* %regs, i64 7
  store i64 %1297, i64* %1298, align 8
  %1299 = load i64, i64* %highEnd, align 8
  %1300 = getelementptr i64, i64* %regs, i64 8
  store i64 %1299, i64* %1300, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok173:                                      ; preds = %ok172
  %1301 = load i64, i64* %fuel, align 8
  %1302 = getelementptr i64, i64* %regs, i64 0
  store i64 %1301, i64* %1302, align 8
  %1303 = load i64, i64* %lowStart, align 8
  %1304 = getelementptr i64, i64* %regs, i64 6
  store i64 %1303, i64* %1304, align 8
  %1305 = load i64, i64* %lowEnd, align 8
  %1306 = getelementptr i64, i64* %regs, i64 7
  store i64 %1305, i64* %1306, align 8
  %1307 = load i64, i64* %highEnd, align 8
  %1308 = getelementptr i64, i64* %regs, i64 8
  store i64 %1307, i64* %1308, align 8
  %1309 = add i32 %depth, 1
  %1310 = call i32 @m0.rt.str_trim(i64* %regs, i8* %mem, i32 %1309, i32 15680)
  %1311 = getelementptr i64, i64* %regs, i64 0
  %1312 = load i64, i64* %1311, align 8
  store i64 %1312, i64* %fuel, align 8
  %1313 = getelementptr i64, i64* %regs, i64 6
  %1314 = load i64, i64* %1313, align 8
  store i64 %1314, i64* %lowStart, align 8
  %1315 = getelementptr i64, i64* %regs, i64 7
  %1316 = load i64, i64* %1315, align 8
  store i64 %1316, i64* %lowEnd, align 8
  %1317 = getelementptr i64, i64* %regs, i64 8
  %1318 = load i64, i64* %1317, align 8
  store i64 %1318, i64* %highEnd, align 8
  %1319 = icmp uge i32 %depth, 1000
  br i1 %1319, label %trap15.site11, label %ok174

ok174:                                            ; preds = %stack_ok173
  %1320 = icmp ult i64 %10, %stack_limit
  br i1 %1320, label %trap253.site0, label %stack_ok175

trap15.site11:                                    ; preds = %stack_ok173
  %1321 = load i64, i64* %lowStart, align 8
  %1322 = getelementptr i64, i64* %regs, i64 6
  store i64 %1321, i64* %1322, align 8
  %1323 = load i64, i64* %lowEnd, align 8
  %1324 = getelementptr i64, i64* %regs, i64 7
  store i64 %1323, i64* %1324, align 8
  %1325 = load i64, i64* %highEnd, align 8
  %1326 = getelementptr i64, i64* %regs, i64 8
  store i64 %1325, i64* %1326, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok175:                                      ; preds = %ok174
  %1327 = load i64, i64* %fuel, align 8
  %1328 = getelementptr i64, i64* %regs, i64 0
  store i64 %1327, i64* %1328, align 8
  %1329 = load i64, i64* %lowStart, align 8
  %1330 = getelementptr i64, i64* %regs, i64 6
  store i64 %1329, i64* %1330, align 8
  %1331 = load i64, i64* %lowEnd, align 8
  %1332 = getelementptr i64, i64* %regs, i64 7
  store i64 %1331, i64* %1332, align 8
  %1333 = load i64, i64* %highEnd, align 8
  %1334 = getelementptr i64, i64* %regs, i64 8
  store i64 %1333, i64* %1334, align 8
  %1335 = add i32 %depth, 1
  %1336 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %1335, i32 %1310)
  %1337 = getelementptr i64, i64* %regs, i64 0
  %1338 = load i64, i64* %1337, align 8
  store i64 %1338, i64* %fuel, align 8
  %1339 = getelementptr i64, i64* %regs, i64 6
  %1340 = load i64, i64* %1339, align 8
  store i64 %1340, i64* %lowStart, align 8
  %1341 = getelementptr i64, i64* %regs, i64 7
  %1342 = load i64, i64* %1341, align 8
  store i64 %1342, i64* %lowEnd, align 8
  %1343 = getelementptr i64, i64* %regs, i64 8
  %1344 = load i64, i64* %1343, align 8
  store i64 %1344, i64* %highEnd, align 8
  store i32 %1336, i32* %quiet, align 4
  %1345 = load i32, i32* %dict, align 4
  %1346 = load i32, i32* %quiet, align 4
  %1347 = zext i32 %1345 to i64
  %1348 = add i64 %1347, 16
  %1349 = add i64 %1348, 4
  %1350 = icmp uge i64 %1348, %scratch_start
  %1351 = load i64, i64* %highEnd, align 8
  %1352 = icmp ule i64 %1349, %1351
  %1353 = and i1 %1350, %1352
  br i1 %1353, label %write.ok178, label %write.low176

write.low176:                                     ; preds = %stack_ok175
  %1354 = load i64, i64* %lowStart, align 8
  %1355 = icmp uge i64 %1348, %1354
  %1356 = load i64, i64* %lowEnd, align 8
  %1357 = icmp ule i64 %1349, %1356
  %1358 = and i1 %1355, %1357
  br i1 %1358, label %write.ok178, label %write.slow177

write.slow177:                                    ; preds = %write.low176
  %1359 = icmp ugt i64 %1349, %arena_size
  br i1 %1359, label %trap17.site0, label %ok179

write.ok178:                                      ; preds = %ok179, %write.low176, %stack_ok175
  %1360 = getelementptr i8, i8* %mem, i64 %1348
  store i32 %1346, i32* %unaligned180, align 4
  %1361 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1360, i8* %1361, i64 4, i1 false)
  %1362 = icmp uge i32 %depth, 1000
  br i1 %1362, label %trap15.site13, label %ok182

ok179:                                            ; preds = %write.slow177
  %1363 = icmp ult i64 %1348, %scratch_start
  %1364 = load i64, i64* %lowStart, align 8
  %1365 = call i64 @llvm.umin.i64(i64 %1364, i64 %1348)
  %1366 = load i64, i64* %lowEnd, align 8
  %1367 = load i64, i64* %highEnd, align 8
  %1368 = add i64 %1349, 64
  %1369 = sub i64 %1349, %1365
  %1370 = lshr i64 %1369, 4
  %1371 = add i64 %1368, %1370
  %1372 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1371)
  %1373 = call i64 @llvm.umax.i64(i64 %1366, i64 %1372)
  %1374 = select i1 %1363, i64 %1373, i64 %1366
  store i64 %1374, i64* %lowEnd, align 8
  %1375 = add i64 %1349, 64
  %1376 = sub i64 %1349, %scratch_start
  %1377 = lshr i64 %1376, 4
  %1378 = add i64 %1375, %1377
  %1379 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1378)
  %1380 = call i64 @llvm.umax.i64(i64 %1367, i64 %1379)
  %1381 = select i1 %1363, i64 %1367, i64 %1380
  store i64 %1381, i64* %highEnd, align 8
  store i64 %1365, i64* %lowStart, align 8
  br label %write.ok178

e21:                                              ; preds = %join186
  %1382 = load i32, i32* %result181, align 4
  store i32 %1382, i32* %words, align 4
  %1383 = load i32, i32* %dict, align 4
  %1384 = load i32, i32* %words, align 4
  %1385 = zext i32 %1383 to i64
  %1386 = add i64 %1385, 20
  %1387 = add i64 %1386, 4
  %1388 = icmp uge i64 %1386, %scratch_start
  %1389 = load i64, i64* %highEnd, align 8
  %1390 = icmp ule i64 %1387, %1389
  %1391 = and i1 %1388, %1390
  br i1 %1391, label %write.ok190, label %write.low188

ok182:                                            ; preds = %write.ok178
  %1392 = icmp ult i64 %10, %stack_limit
  br i1 %1392, label %trap253.site0, label %stack_ok183

trap15.site13:                                    ; preds = %write.ok178
  %1393 = load i64, i64* %lowStart, align 8
  %1394 = getelementptr i64, i64* %regs, i64 6
  store i64 %1393, i64* %1394, align 8
  %1395 = load i64, i64* %lowEnd, align 8
  %1396 = getelementptr i64, i64* %regs, i64 7
  store i64 %1395, i64* %1396, align 8
  %1397 = load i64, i64* %highEnd, align 8
  %1398 = getelementptr i64, i64* %regs, i64 8
  store i64 %1397, i64* %1398, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

stack_ok183:                                      ; preds = %ok182
  %1399 = load i64, i64* %fuel, align 8
  %1400 = getelementptr i64, i64* %regs, i64 0
  store i64 %1399, i64* %1400, align 8
  %1401 = load i64, i64* %lowStart, align 8
  %1402 = getelementptr i64, i64* %regs, i64 6
  store i64 %1401, i64* %1402, align 8
  %1403 = load i64, i64* %lowEnd, align 8
  %1404 = getelementptr i64, i64* %regs, i64 7
  store i64 %1403, i64* %1404, align 8
  %1405 = load i64, i64* %highEnd, align 8
  %1406 = getelementptr i64, i64* %regs, i64 8
  store i64 %1405, i64* %1406, align 8
  %1407 = add i32 %depth, 1
  %1408 = call i32 @m0.rt.str_split(i64* %regs, i8* %mem, i32 %1407, i32 24016, i32 24028)
  %1409 = getelementptr i64, i64* %regs, i64 0
  %1410 = load i64, i64* %1409, align 8
  store i64 %1410, i64* %fuel, align 8
  %1411 = getelementptr i64, i64* %regs, i64 6
  %1412 = load i64, i64* %1411, align 8
  store i64 %1412, i64* %lowStart, align 8
  %1413 = getelementptr i64, i64* %regs, i64 7
  %1414 = load i64, i64* %1413, align 8
  store i64 %1414, i64* %lowEnd, align 8
  %1415 = getelementptr i64, i64* %regs, i64 8
  %1416 = load i64, i64* %1415, align 8
  store i64 %1416, i64* %highEnd, align 8
  store i32 %1408, i32* %r, align 4
  %1417 = load i32, i32* %r, align 4
  %1418 = icmp eq i32 %1417, 0
  %1419 = zext i1 %1418 to i32
  %1420 = icmp ne i32 %1419, 0
  br i1 %1420, label %then184, label %else185

then184:                                          ; preds = %stack_ok183
  br label %trap8.site13

else185:                                          ; preds = %stack_ok183
  br label %join186

join186:                                          ; preds = %else185, %dead187
  %1421 = load i32, i32* %r, align 4
  store i32 %1421, i32* %result181, align 4
  br label %e21

trap8.site13:                                     ; preds = %then184
  %1422 = load i64, i64* %lowStart, align 8
  %1423 = getelementptr i64, i64* %regs, i64 6
  store i64 %1422, i64* %1423, align 8
  %1424 = load i64, i64* %lowEnd, align 8
  %1425 = getelementptr i64, i64* %regs, i64 7
  store i64 %1424, i64* %1425, align 8
  %1426 = load i64, i64* %highEnd, align 8
  %1427 = getelementptr i64, i64* %regs, i64 8
  store i64 %1426, i64* %1427, align 8
  call void @tetra_trap(i64* %regs, i32 8, i32 13)
  unreachable

dead187:                                          ; No predecessors!
  br label %join186

write.low188:                                     ; preds = %e21
  %1428 = load i64, i64* %lowStart, align 8
  %1429 = icmp uge i64 %1386, %1428
  %1430 = load i64, i64* %lowEnd, align 8
  %1431 = icmp ule i64 %1387, %1430
  %1432 = and i1 %1429, %1431
  br i1 %1432, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1433 = icmp ugt i64 %1387, %arena_size
  br i1 %1433, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e21
  %1434 = getelementptr i8, i8* %mem, i64 %1386
  store i32 %1384, i32* %unaligned192, align 4
  %1435 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1434, i8* %1435, i64 4, i1 false)
  store i32 24036, i32* %item, align 4
  %1436 = load i32, i32* %name, align 4
  store i32 %1436, i32* %item.1, align 4
  store i32 24044, i32* %item.2, align 4
  store i64 16, i64* %size, align 8
  %1437 = load i64, i64* %size, align 8
  %1438 = icmp ugt i64 %1437, 2147483647
  %1439 = zext i1 %1438 to i32
  %1440 = icmp ne i32 %1439, 0
  br i1 %1440, label %then194, label %else195

ok191:                                            ; preds = %write.slow189
  %1441 = icmp ult i64 %1386, %scratch_start
  %1442 = load i64, i64* %lowStart, align 8
  %1443 = call i64 @llvm.umin.i64(i64 %1442, i64 %1386)
  %1444 = load i64, i64* %lowEnd, align 8
  %1445 = load i64, i64* %highEnd, align 8
  %1446 = add i64 %1387, 64
  %1447 = sub i64 %1387, %1443
  %1448 = lshr i64 %1447, 4
  %1449 = add i64 %1446, %1448
  %1450 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1449)
  %1451 = call i64 @llvm.umax.i64(i64 %1444, i64 %1450)
  %1452 = select i1 %1441, i64 %1451, i64 %1444
  store i64 %1452, i64* %lowEnd, align 8
  %1453 = add i64 %1387, 64
  %1454 = sub i64 %1387, %scratch_start
  %1455 = lshr i64 %1454, 4
  %1456 = add i64 %1453, %1455
  %1457 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1456)
  %1458 = call i64 @llvm.umax.i64(i64 %1445, i64 %1457)
  %1459 = select i1 %1441, i64 %1445, i64 %1458
  store i64 %1459, i64* %highEnd, align 8
  store i64 %1443, i64* %lowStart, align 8
  br label %write.ok190

e25:                                              ; preds = %write.ok216
  %1460 = load i32, i32* %result193, align 4
  %1461 = icmp uge i32 %depth, 1000
  br i1 %1461, label %trap15.site14, label %ok219

then194:                                          ; preds = %write.ok190
  br label %trap15.site15

else195:                                          ; preds = %write.ok190
  br label %join196

join196:                                          ; preds = %else195, %dead197
  %1462 = load i64, i64* %size, align 8
  %1463 = trunc i64 %1462 to i32
  %1464 = zext i32 %1463 to i64
  %1465 = getelementptr i64, i64* %regs, i64 1
  %1466 = getelementptr i64, i64* %regs, i64 2
  %1467 = load i64, i64* %1465, align 8
  %1468 = add i64 %1467, 3
  %1469 = and i64 %1468, -4
  %1470 = add i64 %1469, %1464
  %1471 = load i64, i64* %1466, align 8
  %1472 = icmp ugt i64 %1470, %1471
  br i1 %1472, label %trap15.site15, label %ok198

trap15.site15:                                    ; preds = %join196, %then194
  %1473 = load i64, i64* %lowStart, align 8
  %1474 = getelementptr i64, i64* %regs, i64 6
  store i64 %1473, i64* %1474, align 8
  %1475 = load i64, i64* %lowEnd, align 8
  %1476 = getelementptr i64, i64* %regs, i64 7
  store i64 %1475, i64* %1476, align 8
  %1477 = load i64, i64* %highEnd, align 8
  %1478 = getelementptr i64, i64* %regs, i64 8
  store i64 %1477, i64* %1478, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead197:                                          ; No predecessors!
  br label %join196

ok198:                                            ; preds = %join196
  store i64 %1470, i64* %1465, align 8
  %1479 = load i64, i64* %highEnd, align 8
  %1480 = call i64 @llvm.umax.i64(i64 %1479, i64 %1470)
  store i64 %1480, i64* %highEnd, align 8
  %1481 = trunc i64 %1469 to i32
  store i32 %1481, i32* %list, align 4
  store i32 0, i32* %len.3, align 4
  %1482 = load i32, i32* %list, align 4
  %1483 = add i32 %1482, 4
  %1484 = load i32, i32* %len.3, align 4
  %1485 = mul i32 %1484, 4
  %1486 = add i32 %1483, %1485
  %1487 = load i32, i32* %item, align 4
  %1488 = zext i32 %1486 to i64
  %1489 = add i64 %1488, 4
  %1490 = icmp uge i64 %1488, %scratch_start
  %1491 = load i64, i64* %highEnd, align 8
  %1492 = icmp ule i64 %1489, %1491
  %1493 = and i1 %1490, %1492
  br i1 %1493, label %write.ok201, label %write.low199

write.low199:                                     ; preds = %ok198
  %1494 = load i64, i64* %lowStart, align 8
  %1495 = icmp uge i64 %1488, %1494
  %1496 = load i64, i64* %lowEnd, align 8
  %1497 = icmp ule i64 %1489, %1496
  %1498 = and i1 %1495, %1497
  br i1 %1498, label %write.ok201, label %write.slow200

write.slow200:                                    ; preds = %write.low199
  %1499 = icmp ugt i64 %1489, %arena_size
  br i1 %1499, label %trap17.site0, label %ok202

write.ok201:                                      ; preds = %ok202, %write.low199, %ok198
  %1500 = getelementptr i8, i8* %mem, i64 %1488
  store i32 %1487, i32* %unaligned203, align 4
  %1501 = bitcast i32* %unaligned203 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1500, i8* %1501, i64 4, i1 false)
  %1502 = load i32, i32* %len.3, align 4
  %1503 = add i32 %1502, 1
  store i32 %1503, i32* %len.3, align 4
  %1504 = load i32, i32* %list, align 4
  %1505 = add i32 %1504, 4
  %1506 = load i32, i32* %len.3, align 4
  %1507 = mul i32 %1506, 4
  %1508 = add i32 %1505, %1507
  %1509 = load i32, i32* %item.1, align 4
  %1510 = zext i32 %1508 to i64
  %1511 = add i64 %1510, 4
  %1512 = icmp uge i64 %1510, %scratch_start
  %1513 = load i64, i64* %highEnd, align 8
  %1514 = icmp ule i64 %1511, %1513
  %1515 = and i1 %1512, %1514
  br i1 %1515, label %write.ok206, label %write.low204

ok202:                                            ; preds = %write.slow200
  %1516 = icmp ult i64 %1488, %scratch_start
  %1517 = load i64, i64* %lowStart, align 8
  %1518 = call i64 @llvm.umin.i64(i64 %1517, i64 %1488)
  %1519 = load i64, i64* %lowEnd, align 8
  %1520 = load i64, i64* %highEnd, align 8
  %1521 = add i64 %1489, 64
  %1522 = sub i64 %1489, %1518
  %1523 = lshr i64 %1522, 4
  %1524 = add i64 %1521, %1523
  %1525 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1524)
  %1526 = call i64 @llvm.umax.i64(i64 %1519, i64 %1525)
  %1527 = select i1 %1516, i64 %1526, i64 %1519
  store i64 %1527, i64* %lowEnd, align 8
  %1528 = add i64 %1489, 64
  %1529 = sub i64 %1489, %scratch_start
  %1530 = lshr i64 %1529, 4
  %1531 = add i64 %1528, %1530
  %1532 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1531)
  %1533 = call i64 @llvm.umax.i64(i64 %1520, i64 %1532)
  %1534 = select i1 %1516, i64 %1520, i64 %1533
  store i64 %1534, i64* %highEnd, align 8
  store i64 %1518, i64* %lowStart, align 8
  br label %write.ok201

write.low204:                                     ; preds = %write.ok201
  %1535 = load i64, i64* %lowStart, align 8
  %1536 = icmp uge i64 %1510, %1535
  %1537 = load i64, i64* %lowEnd, align 8
  %1538 = icmp ule i64 %1511, %1537
  %1539 = and i1 %1536, %1538
  br i1 %1539, label %write.ok206, label %write.slow205

write.slow205:                                    ; preds = %write.low204
  %1540 = icmp ugt i64 %1511, %arena_size
  br i1 %1540, label %trap17.site0, label %ok207

write.ok206:                                      ; preds = %ok207, %write.low204, %write.ok201
  %1541 = getelementptr i8, i8* %mem, i64 %1510
  store i32 %1509, i32* %unaligned208, align 4
  %1542 = bitcast i32* %unaligned208 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1541, i8* %1542, i64 4, i1 false)
  %1543 = load i32, i32* %len.3, align 4
  %1544 = add i32 %1543, 1
  store i32 %1544, i32* %len.3, align 4
  %1545 = load i32, i32* %list, align 4
  %1546 = add i32 %1545, 4
  %1547 = load i32, i32* %len.3, align 4
  %1548 = mul i32 %1547, 4
  %1549 = add i32 %1546, %1548
  %1550 = load i32, i32* %item.2, align 4
  %1551 = zext i32 %1549 to i64
  %1552 = add i64 %1551, 4
  %1553 = icmp uge i64 %1551, %scratch_start
  %1554 = load i64, i64* %highEnd, align 8
  %1555 = icmp ule i64 %1552, %1554
  %1556 = and i1 %1553, %1555
  br i1 %1556, label %write.ok211, label %write.low209

ok207:                                            ; preds = %write.slow205
  %1557 = icmp ult i64 %1510, %scratch_start
  %1558 = load i64, i64* %lowStart, align 8
  %1559 = call i64 @llvm.umin.i64(i64 %1558, i64 %1510)
  %1560 = load i64, i64* %lowEnd, align 8
  %1561 = load i64, i64* %highEnd, align 8
  %1562 = add i64 %1511, 64
  %1563 = sub i64 %1511, %1559
  %1564 = lshr i64 %1563, 4
  %1565 = add i64 %1562, %1564
  %1566 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1565)
  %1567 = call i64 @llvm.umax.i64(i64 %1560, i64 %1566)
  %1568 = select i1 %1557, i64 %1567, i64 %1560
  store i64 %1568, i64* %lowEnd, align 8
  %1569 = add i64 %1511, 64
  %1570 = sub i64 %1511, %scratch_start
  %1571 = lshr i64 %1570, 4
  %1572 = add i64 %1569, %1571
  %1573 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1572)
  %1574 = call i64 @llvm.umax.i64(i64 %1561, i64 %1573)
  %1575 = select i1 %1557, i64 %1561, i64 %1574
  store i64 %1575, i64* %highEnd, align 8
  store i64 %1559, i64* %lowStart, align 8
  br label %write.ok206

write.low209:                                     ; preds = %write.ok206
  %1576 = load i64, i64* %lowStart, align 8
  %1577 = icmp uge i64 %1551, %1576
  %1578 = load i64, i64* %lowEnd, align 8
  %1579 = icmp ule i64 %1552, %1578
  %1580 = and i1 %1577, %1579
  br i1 %1580, label %write.ok211, label %write.slow210

write.slow210:                                    ; preds = %write.low209
  %1581 = icmp ugt i64 %1552, %arena_size
  br i1 %1581, label %trap17.site0, label %ok212

write.ok211:                                      ; preds = %ok212, %write.low209, %write.ok206
  %1582 = getelementptr i8, i8* %mem, i64 %1551
  store i32 %1550, i32* %unaligned213, align 4
  %1583 = bitcast i32* %unaligned213 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1582, i8* %1583, i64 4, i1 false)
  %1584 = load i32, i32* %len.3, align 4
  %1585 = add i32 %1584, 1
  store i32 %1585, i32* %len.3, align 4
  %1586 = load i32, i32* %list, align 4
  %1587 = load i32, i32* %len.3, align 4
  %1588 = zext i32 %1586 to i64
  %1589 = add i64 %1588, 4
  %1590 = icmp uge i64 %1588, %scratch_start
  %1591 = load i64, i64* %highEnd, align 8
  %1592 = icmp ule i64 %1589, %1591
  %1593 = and i1 %1590, %1592
  br i1 %1593, label %write.ok216, label %write.low214

ok212:                                            ; preds = %write.slow210
  %1594 = icmp ult i64 %1551, %scratch_start
  %1595 = load i64, i64* %lowStart, align 8
  %1596 = call i64 @llvm.umin.i64(i64 %1595, i64 %1551)
  %1597 = load i64, i64* %lowEnd, align 8
  %1598 = load i64, i64* %highEnd, align 8
  %1599 = add i64 %1552, 64
  %1600 = sub i64 %1552, %1596
  %1601 = lshr i64 %1600, 4
  %1602 = add i64 %1599, %1601
  %1603 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1602)
  %1604 = call i64 @llvm.umax.i64(i64 %1597, i64 %1603)
  %1605 = select i1 %1594, i64 %1604, i64 %1597
  store i64 %1605, i64* %lowEnd, align 8
  %1606 = add i64 %1552, 64
  %1607 = sub i64 %1552, %scratch_start
  %1608 = lshr i64 %1607, 4
  %1609 = add i64 %1606, %1608
  %1610 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1609)
  %1611 = call i64 @llvm.umax.i64(i64 %1598, i64 %1610)
  %1612 = select i1 %1594, i64 %1598, i64 %1611
  store i64 %1612, i64* %highEnd, align 8
  store i64 %1596, i64* %lowStart, align 8
  br label %write.ok211

write.low214:                                     ; preds = %write.ok211
  %1613 = load i64, i64* %lowStart, align 8
  %1614 = icmp uge i64 %1588, %1613
  %1615 = load i64, i64* %lowEnd, align 8
  %1616 = icmp ule i64 %1589, %1615
  %1617 = and i1 %1614, %1616
  br i1 %1617, label %write.ok216, label %write.slow215

write.slow215:                                    ; preds = %write.low214
  %1618 = icmp ugt i64 %1589, %arena_size
  br i1 %1618, label %trap17.site0, label %ok217

write.ok216:                                      ; preds = %ok217, %write.low214, %write.ok211
  %1619 = getelementptr i8, i8* %mem, i64 %1588
  store i32 %1587, i32* %unaligned218, align 4
  %1620 = bitcast i32* %unaligned218 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1619, i8* %1620, i64 4, i1 false)
  %1621 = load i32, i32* %list, align 4
  store i32 %1621, i32* %result193, align 4
  br label %e25

ok217:                                            ; preds = %write.slow215
  %1622 = icmp ult i64 %1588, %scratch_start
  %1623 = load i64, i64* %lowStart, align 8
  %1624 = call i64 @llvm.umin.i64(i64 %1623, i64 %1588)
  %1625 = load i64, i64* %lowEnd, align 8
  %1626 = load i64, i64* %highEnd, align 8
  %1627 = add i64 %1589, 64
  %1628 = sub i64 %1589, %1624
  %1629 = lshr i64 %1628, 4
  %1630 = add i64 %1627, %1629
  %1631 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1630)
  %1632 = call i64 @llvm.umax.i64(i64 %1625, i64 %1631)
  %1633 = select i1 %1622, i64 %1632, i64 %1625
  store i64 %1633, i64* %lowEnd, align 8
  %1634 = add i64 %1589, 64
  %1635 = sub i64 %1589, %scratch_start
  %1636 = lshr i64 %1635, 4
  %1637 = add i64 %1634, %1636
  %1638 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1637)
  %1639 = call i64 @llvm.umax.i64(i64 %1626, i64 %1638)
  %1640 = select i1 %1622, i64 %1626, i64 %1639
  store i64 %1640, i64* %highEnd, align 8
  store i64 %1624, i64* %lowStart, align 8
  br label %write.ok216

ok219:                                            ; preds = %e25
  %1641 = icmp ult i64 %10, %stack_limit
  br i1 %1641, label %trap253.site0, label %stack_ok220

trap15.site14:                                    ; preds = %e25
  %1642 = load i64, i64* %lowStart, align 8
  %1643 = getelementptr i64, i64* %regs, i64 6
  store i64 %1642, i64* %1643, align 8
  %1644 = load i64, i64* %lowEnd, align 8
  %1645 = getelementptr i64, i64* %regs, i64 7
  store i64 %1644, i64* %1645, align 8
  %1646 = load i64, i64* %highEnd, align 8
  %1647 = getelementptr i64, i64* %regs, i64 8
  store i64 %1646, i64* %1647, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok220:                                      ; preds = %ok219
  %1648 = load i64, i64* %fuel, align 8
  %1649 = getelementptr i64, i64* %regs, i64 0
  store i64 %1648, i64* %1649, align 8
  %1650 = load i64, i64* %lowStart, align 8
  %1651 = getelementptr i64, i64* %regs, i64 6
  store i64 %1650, i64* %1651, align 8
  %1652 = load i64, i64* %lowEnd, align 8
  %1653 = getelementptr i64, i64* %regs, i64 7
  store i64 %1652, i64* %1653, align 8
  %1654 = load i64, i64* %highEnd, align 8
  %1655 = getelementptr i64, i64* %regs, i64 8
  store i64 %1654, i64* %1655, align 8
  %1656 = add i32 %depth, 1
  %1657 = call i32 @m0.rt.str_join(i64* %regs, i8* %mem, i32 %1656, i32 %1460, i32 24052)
  %1658 = getelementptr i64, i64* %regs, i64 0
  %1659 = load i64, i64* %1658, align 8
  store i64 %1659, i64* %fuel, align 8
  %1660 = getelementptr i64, i64* %regs, i64 6
  %1661 = load i64, i64* %1660, align 8
  store i64 %1661, i64* %lowStart, align 8
  %1662 = getelementptr i64, i64* %regs, i64 7
  %1663 = load i64, i64* %1662, align 8
  store i64 %1663, i64* %lowEnd, align 8
  %1664 = getelementptr i64, i64* %regs, i64 8
  %1665 = load i64, i64* %1664, align 8
  store i64 %1665, i64* %highEnd, align 8
  store i32 %1657, i32* %joined, align 4
  %1666 = load i32, i32* %dict, align 4
  %1667 = load i32, i32* %joined, align 4
  %1668 = zext i32 %1666 to i64
  %1669 = add i64 %1668, 24
  %1670 = add i64 %1669, 4
  %1671 = icmp uge i64 %1669, %scratch_start
  %1672 = load i64, i64* %highEnd, align 8
  %1673 = icmp ule i64 %1670, %1672
  %1674 = and i1 %1671, %1673
  br i1 %1674, label %write.ok223, label %write.low221

write.low221:                                     ; preds = %stack_ok220
  %1675 = load i64, i64* %lowStart, align 8
  %1676 = icmp uge i64 %1669, %1675
  %1677 = load i64, i64* %lowEnd, align 8
  %1678 = icmp ule i64 %1670, %1677
  %1679 = and i1 %1676, %1678
  br i1 %1679, label %write.ok223, label %write.slow222

write.slow222:                                    ; preds = %write.low221
  %1680 = icmp ugt i64 %1670, %arena_size
  br i1 %1680, label %trap17.site0, label %ok224

write.ok223:                                      ; preds = %ok224, %write.low221, %stack_ok220
  %1681 = getelementptr i8, i8* %mem, i64 %1669
  store i32 %1667, i32* %unaligned225, align 4
  %1682 = bitcast i32* %unaligned225 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1681, i8* %1682, i64 4, i1 false)
  %1683 = load i32, i32* %name, align 4
  %1684 = icmp uge i32 %depth, 1000
  br i1 %1684, label %trap15.site16, label %ok226

ok224:                                            ; preds = %write.slow222
  %1685 = icmp ult i64 %1669, %scratch_start
  %1686 = load i64, i64* %lowStart, align 8
  %1687 = call i64 @llvm.umin.i64(i64 %1686, i64 %1669)
  %1688 = load i64, i64* %lowEnd, align 8
  %1689 = load i64, i64* %highEnd, align 8
  %1690 = add i64 %1670, 64
  %1691 = sub i64 %1670, %1687
  %1692 = lshr i64 %1691, 4
  %1693 = add i64 %1690, %1692
  %1694 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1693)
  %1695 = call i64 @llvm.umax.i64(i64 %1688, i64 %1694)
  %1696 = select i1 %1685, i64 %1695, i64 %1688
  store i64 %1696, i64* %lowEnd, align 8
  %1697 = add i64 %1670, 64
  %1698 = sub i64 %1670, %scratch_start
  %1699 = lshr i64 %1698, 4
  %1700 = add i64 %1697, %1699
  %1701 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1700)
  %1702 = call i64 @llvm.umax.i64(i64 %1689, i64 %1701)
  %1703 = select i1 %1685, i64 %1689, i64 %1702
  store i64 %1703, i64* %highEnd, align 8
  store i64 %1687, i64* %lowStart, align 8
  br label %write.ok223

ok226:                                            ; preds = %write.ok223
  %1704 = icmp ult i64 %10, %stack_limit
  br i1 %1704, label %trap253.site0, label %stack_ok227

trap15.site16:                                    ; preds = %write.ok223
  %1705 = load i64, i64* %lowStart, align 8
  %1706 = getelementptr i64, i64* %regs, i64 6
  store i64 %1705, i64* %1706, align 8
  %1707 = load i64, i64* %lowEnd, align 8
  %1708 = getelementptr i64, i64* %regs, i64 7
  store i64 %1707, i64* %1708, align 8
  %1709 = load i64, i64* %highEnd, align 8
  %1710 = getelementptr i64, i64* %regs, i64 8
  store i64 %1709, i64* %1710, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

stack_ok227:                                      ; preds = %ok226
  %1711 = load i64, i64* %fuel, align 8
  %1712 = getelementptr i64, i64* %regs, i64 0
  store i64 %1711, i64* %1712, align 8
  %1713 = load i64, i64* %lowStart, align 8
  %1714 = getelementptr i64, i64* %regs, i64 6
  store i64 %1713, i64* %1714, align 8
  %1715 = load i64, i64* %lowEnd, align 8
  %1716 = getelementptr i64, i64* %regs, i64 7
  store i64 %1715, i64* %1716, align 8
  %1717 = load i64, i64* %highEnd, align 8
  %1718 = getelementptr i64, i64* %regs, i64 8
  store i64 %1717, i64* %1718, align 8
  %1719 = add i32 %depth, 1
  %1720 = call i32 @m0.rt.str_replace(i64* %regs, i8* %mem, i32 %1719, i32 %1683, i32 24060, i32 24068)
  %1721 = getelementptr i64, i64* %regs, i64 0
  %1722 = load i64, i64* %1721, align 8
  store i64 %1722, i64* %fuel, align 8
  %1723 = getelementptr i64, i64* %regs, i64 6
  %1724 = load i64, i64* %1723, align 8
  store i64 %1724, i64* %lowStart, align 8
  %1725 = getelementptr i64, i64* %regs, i64 7
  %1726 = load i64, i64* %1725, align 8
  store i64 %1726, i64* %lowEnd, align 8
  %1727 = getelementptr i64, i64* %regs, i64 8
  %1728 = load i64, i64* %1727, align 8
  store i64 %1728, i64* %highEnd, align 8
  store i32 %1720, i32* %replaced, align 4
  %1729 = load i32, i32* %dict, align 4
  %1730 = load i32, i32* %replaced, align 4
  %1731 = zext i32 %1729 to i64
  %1732 = add i64 %1731, 28
  %1733 = add i64 %1732, 4
  %1734 = icmp uge i64 %1732, %scratch_start
  %1735 = load i64, i64* %highEnd, align 8
  %1736 = icmp ule i64 %1733, %1735
  %1737 = and i1 %1734, %1736
  br i1 %1737, label %write.ok230, label %write.low228

write.low228:                                     ; preds = %stack_ok227
  %1738 = load i64, i64* %lowStart, align 8
  %1739 = icmp uge i64 %1732, %1738
  %1740 = load i64, i64* %lowEnd, align 8
  %1741 = icmp ule i64 %1733, %1740
  %1742 = and i1 %1739, %1741
  br i1 %1742, label %write.ok230, label %write.slow229

write.slow229:                                    ; preds = %write.low228
  %1743 = icmp ugt i64 %1733, %arena_size
  br i1 %1743, label %trap17.site0, label %ok231

write.ok230:                                      ; preds = %ok231, %write.low228, %stack_ok227
  %1744 = getelementptr i8, i8* %mem, i64 %1732
  store i32 %1730, i32* %unaligned232, align 4
  %1745 = bitcast i32* %unaligned232 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1744, i8* %1745, i64 4, i1 false)
  %1746 = load i32, i32* %name, align 4
  %1747 = icmp uge i32 %depth, 1000
  br i1 %1747, label %trap15.site17, label %ok234

ok231:                                            ; preds = %write.slow229
  %1748 = icmp ult i64 %1732, %scratch_start
  %1749 = load i64, i64* %lowStart, align 8
  %1750 = call i64 @llvm.umin.i64(i64 %1749, i64 %1732)
  %1751 = load i64, i64* %lowEnd, align 8
  %1752 = load i64, i64* %highEnd, align 8
  %1753 = add i64 %1733, 64
  %1754 = sub i64 %1733, %1750
  %1755 = lshr i64 %1754, 4
  %1756 = add i64 %1753, %1755
  %1757 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1756)
  %1758 = call i64 @llvm.umax.i64(i64 %1751, i64 %1757)
  %1759 = select i1 %1748, i64 %1758, i64 %1751
  store i64 %1759, i64* %lowEnd, align 8
  %1760 = add i64 %1733, 64
  %1761 = sub i64 %1733, %scratch_start
  %1762 = lshr i64 %1761, 4
  %1763 = add i64 %1760, %1762
  %1764 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1763)
  %1765 = call i64 @llvm.umax.i64(i64 %1752, i64 %1764)
  %1766 = select i1 %1748, i64 %1752, i64 %1765
  store i64 %1766, i64* %highEnd, align 8
  store i64 %1750, i64* %lowStart, align 8
  br label %write.ok230

e34:                                              ; preds = %join238
  %1767 = load i32, i32* %result233, align 4
  store i32 %1767, i32* %prefix, align 4
  %1768 = load i32, i32* %dict, align 4
  %1769 = load i32, i32* %prefix, align 4
  %1770 = zext i32 %1768 to i64
  %1771 = add i64 %1770, 32
  %1772 = add i64 %1771, 4
  %1773 = icmp uge i64 %1771, %scratch_start
  %1774 = load i64, i64* %highEnd, align 8
  %1775 = icmp ule i64 %1772, %1774
  %1776 = and i1 %1773, %1775
  br i1 %1776, label %write.ok242, label %write.low240

ok234:                                            ; preds = %write.ok230
  %1777 = icmp ult i64 %10, %stack_limit
  br i1 %1777, label %trap253.site0, label %stack_ok235

trap15.site17:                                    ; preds = %write.ok230
  %1778 = load i64, i64* %lowStart, align 8
  %1779 = getelementptr i64, i64* %regs, i64 6
  store i64 %1778, i64* %1779, align 8
  %1780 = load i64, i64* %lowEnd, align 8
  %1781 = getelementptr i64, i64* %regs, i64 7
  store i64 %1780, i64* %1781, align 8
  %1782 = load i64, i64* %highEnd, align 8
  %1783 = getelementptr i64, i64* %regs, i64 8
  store i64 %1782, i64* %1783, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

stack_ok235:                                      ; preds = %ok234
  %1784 = load i64, i64* %fuel, align 8
  %1785 = getelementptr i64, i64* %regs, i64 0
  store i64 %1784, i64* %1785, align 8
  %1786 = load i64, i64* %lowStart, align 8
  %1787 = getelementptr i64, i64* %regs, i64 6
  store i64 %1786, i64* %1787, align 8
  %1788 = load i64, i64* %lowEnd, align 8
  %1789 = getelementptr i64, i64* %regs, i64 7
  store i64 %1788, i64* %1789, align 8
  %1790 = load i64, i64* %highEnd, align 8
  %1791 = getelementptr i64, i64* %regs, i64 8
  store i64 %1790, i64* %1791, align 8
  %1792 = add i32 %depth, 1
  %1793 = call i32 @m0.rt.str_substring(i64* %regs, i8* %mem, i32 %1792, i32 %1746, i64 0, i64 2)
  %1794 = getelementptr i64, i64* %regs, i64 0
  %1795 = load i64, i64* %1794, align 8
  store i64 %1795, i64* %fuel, align 8
  %1796 = getelementptr i64, i64* %regs, i64 6
  %1797 = load i64, i64* %1796, align 8
  store i64 %1797, i64* %lowStart, align 8
  %1798 = getelementptr i64, i64* %regs, i64 7
  %1799 = load i64, i64* %1798, align 8
  store i64 %1799, i64* %lowEnd, align 8
  %1800 = getelementptr i64, i64* %regs, i64 8
  %1801 = load i64, i64* %1800, align 8
  store i64 %1801, i64* %highEnd, align 8
  store i32 %1793, i32* %r.1, align 4
  %1802 = load i32, i32* %r.1, align 4
  %1803 = icmp eq i32 %1802, 0
  %1804 = zext i1 %1803 to i32
  %1805 = icmp ne i32 %1804, 0
  br i1 %1805, label %then236, label %else237

then236:                                          ; preds = %stack_ok235
  br label %trap3.site17

else237:                                          ; preds = %stack_ok235
  br label %join238

join238:                                          ; preds = %else237, %dead239
  %1806 = load i32, i32* %r.1, align 4
  store i32 %1806, i32* %result233, align 4
  br label %e34

trap3.site17:                                     ; preds = %then236
  %1807 = load i64, i64* %lowStart, align 8
  %1808 = getelementptr i64, i64* %regs, i64 6
  store i64 %1807, i64* %1808, align 8
  %1809 = load i64, i64* %lowEnd, align 8
  %1810 = getelementptr i64, i64* %regs, i64 7
  store i64 %1809, i64* %1810, align 8
  %1811 = load i64, i64* %highEnd, align 8
  %1812 = getelementptr i64, i64* %regs, i64 8
  store i64 %1811, i64* %1812, align 8
  call void @tetra_trap(i64* %regs, i32 3, i32 17)
  unreachable

dead239:                                          ; No predecessors!
  br label %join238

write.low240:                                     ; preds = %e34
  %1813 = load i64, i64* %lowStart, align 8
  %1814 = icmp uge i64 %1771, %1813
  %1815 = load i64, i64* %lowEnd, align 8
  %1816 = icmp ule i64 %1772, %1815
  %1817 = and i1 %1814, %1816
  br i1 %1817, label %write.ok242, label %write.slow241

write.slow241:                                    ; preds = %write.low240
  %1818 = icmp ugt i64 %1772, %arena_size
  br i1 %1818, label %trap17.site0, label %ok243

write.ok242:                                      ; preds = %ok243, %write.low240, %e34
  %1819 = getelementptr i8, i8* %mem, i64 %1771
  store i32 %1769, i32* %unaligned244, align 4
  %1820 = bitcast i32* %unaligned244 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1819, i8* %1820, i64 4, i1 false)
  %1821 = load i32, i32* %name, align 4
  %1822 = icmp uge i32 %depth, 1000
  br i1 %1822, label %trap15.site19, label %ok246

ok243:                                            ; preds = %write.slow241
  %1823 = icmp ult i64 %1771, %scratch_start
  %1824 = load i64, i64* %lowStart, align 8
  %1825 = call i64 @llvm.umin.i64(i64 %1824, i64 %1771)
  %1826 = load i64, i64* %lowEnd, align 8
  %1827 = load i64, i64* %highEnd, align 8
  %1828 = add i64 %1772, 64
  %1829 = sub i64 %1772, %1825
  %1830 = lshr i64 %1829, 4
  %1831 = add i64 %1828, %1830
  %1832 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1831)
  %1833 = call i64 @llvm.umax.i64(i64 %1826, i64 %1832)
  %1834 = select i1 %1823, i64 %1833, i64 %1826
  store i64 %1834, i64* %lowEnd, align 8
  %1835 = add i64 %1772, 64
  %1836 = sub i64 %1772, %scratch_start
  %1837 = lshr i64 %1836, 4
  %1838 = add i64 %1835, %1837
  %1839 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1838)
  %1840 = call i64 @llvm.umax.i64(i64 %1827, i64 %1839)
  %1841 = select i1 %1823, i64 %1827, i64 %1840
  store i64 %1841, i64* %highEnd, align 8
  store i64 %1825, i64* %lowStart, align 8
  br label %write.ok242

e38:                                              ; preds = %write.ok271
  %1842 = load i32, i32* %result245, align 4
  store i32 %1842, i32* %checks, align 4
  %1843 = load i32, i32* %dict, align 4
  %1844 = load i32, i32* %checks, align 4
  %1845 = zext i32 %1843 to i64
  %1846 = add i64 %1845, 36
  %1847 = add i64 %1846, 4
  %1848 = icmp uge i64 %1846, %scratch_start
  %1849 = load i64, i64* %highEnd, align 8
  %1850 = icmp ule i64 %1847, %1849
  %1851 = and i1 %1848, %1850
  br i1 %1851, label %write.ok276, label %write.low274

ok246:                                            ; preds = %write.ok242
  %1852 = icmp ult i64 %10, %stack_limit
  br i1 %1852, label %trap253.site0, label %stack_ok247

trap15.site19:                                    ; preds = %write.ok242
  %1853 = load i64, i64* %lowStart, align 8
  %1854 = getelementptr i64, i64* %regs, i64 6
  store i64 %1853, i64* %1854, align 8
  %1855 = load i64, i64* %lowEnd, align 8
  %1856 = getelementptr i64, i64* %regs, i64 7
  store i64 %1855, i64* %1856, align 8
  %1857 = load i64, i64* %highEnd, align 8
  %1858 = getelementptr i64, i64* %regs, i64 8
  store i64 %1857, i64* %1858, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

stack_ok247:                                      ; preds = %ok246
  %1859 = load i64, i64* %fuel, align 8
  %1860 = getelementptr i64, i64* %regs, i64 0
  store i64 %1859, i64* %1860, align 8
  %1861 = load i64, i64* %lowStart, align 8
  %1862 = getelementptr i64, i64* %regs, i64 6
  store i64 %1861, i64* %1862, align 8
  %1863 = load i64, i64* %lowEnd, align 8
  %1864 = getelementptr i64, i64* %regs, i64 7
  store i64 %1863, i64* %1864, align 8
  %1865 = load i64, i64* %highEnd, align 8
  %1866 = getelementptr i64, i64* %regs, i64 8
  store i64 %1865, i64* %1866, align 8
  %1867 = add i32 %depth, 1
  %1868 = call i32 @m0.rt.str_starts_with(i64* %regs, i8* %mem, i32 %1867, i32 %1821, i32 24076)
  %1869 = getelementptr i64, i64* %regs, i64 0
  %1870 = load i64, i64* %1869, align 8
  store i64 %1870, i64* %fuel, align 8
  %1871 = getelementptr i64, i64* %regs, i64 6
  %1872 = load i64, i64* %1871, align 8
  store i64 %1872, i64* %lowStart, align 8
  %1873 = getelementptr i64, i64* %regs, i64 7
  %1874 = load i64, i64* %1873, align 8
  store i64 %1874, i64* %lowEnd, align 8
  %1875 = getelementptr i64, i64* %regs, i64 8
  %1876 = load i64, i64* %1875, align 8
  store i64 %1876, i64* %highEnd, align 8
  store i32 %1868, i32* %item.3, align 4
  %1877 = load i32, i32* %name, align 4
  %1878 = icmp uge i32 %depth, 1000
  br i1 %1878, label %trap15.site20, label %ok248

ok248:                                            ; preds = %stack_ok247
  %1879 = icmp ult i64 %10, %stack_limit
  br i1 %1879, label %trap253.site0, label %stack_ok249

trap15.site20:                                    ; preds = %stack_ok247
  %1880 = load i64, i64* %lowStart, align 8
  %1881 = getelementptr i64, i64* %regs, i64 6
  store i64 %1880, i64* %1881, align 8
  %1882 = load i64, i64* %lowEnd, align 8
  %1883 = getelementptr i64, i64* %regs, i64 7
  store i64 %1882, i64* %1883, align 8
  %1884 = load i64, i64* %highEnd, align 8
  %1885 = getelementptr i64, i64* %regs, i64 8
  store i64 %1884, i64* %1885, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 20)
  unreachable

stack_ok249:                                      ; preds = %ok248
  %1886 = load i64, i64* %fuel, align 8
  %1887 = getelementptr i64, i64* %regs, i64 0
  store i64 %1886, i64* %1887, align 8
  %1888 = load i64, i64* %lowStart, align 8
  %1889 = getelementptr i64, i64* %regs, i64 6
  store i64 %1888, i64* %1889, align 8
  %1890 = load i64, i64* %lowEnd, align 8
  %1891 = getelementptr i64, i64* %regs, i64 7
  store i64 %1890, i64* %1891, align 8
  %1892 = load i64, i64* %highEnd, align 8
  %1893 = getelementptr i64, i64* %regs, i64 8
  store i64 %1892, i64* %1893, align 8
  %1894 = add i32 %depth, 1
  %1895 = call i32 @m0.rt.str_ends_with(i64* %regs, i8* %mem, i32 %1894, i32 %1877, i32 24060)
  %1896 = getelementptr i64, i64* %regs, i64 0
  %1897 = load i64, i64* %1896, align 8
  store i64 %1897, i64* %fuel, align 8
  %1898 = getelementptr i64, i64* %regs, i64 6
  %1899 = load i64, i64* %1898, align 8
  store i64 %1899, i64* %lowStart, align 8
  %1900 = getelementptr i64, i64* %regs, i64 7
  %1901 = load i64, i64* %1900, align 8
  store i64 %1901, i64* %lowEnd, align 8
  %1902 = getelementptr i64, i64* %regs, i64 8
  %1903 = load i64, i64* %1902, align 8
  store i64 %1903, i64* %highEnd, align 8
  store i32 %1895, i32* %item.4, align 4
  %1904 = load i32, i32* %name, align 4
  %1905 = icmp uge i32 %depth, 1000
  br i1 %1905, label %trap15.site21, label %ok250

ok250:                                            ; preds = %stack_ok249
  %1906 = icmp ult i64 %10, %stack_limit
  br i1 %1906, label %trap253.site0, label %stack_ok251

trap15.site21:                                    ; preds = %stack_ok249
  %1907 = load i64, i64* %lowStart, align 8
  %1908 = getelementptr i64, i64* %regs, i64 6
  store i64 %1907, i64* %1908, align 8
  %1909 = load i64, i64* %lowEnd, align 8
  %1910 = getelementptr i64, i64* %regs, i64 7
  store i64 %1909, i64* %1910, align 8
  %1911 = load i64, i64* %highEnd, align 8
  %1912 = getelementptr i64, i64* %regs, i64 8
  store i64 %1911, i64* %1912, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

stack_ok251:                                      ; preds = %ok250
  %1913 = load i64, i64* %fuel, align 8
  %1914 = getelementptr i64, i64* %regs, i64 0
  store i64 %1913, i64* %1914, align 8
  %1915 = load i64, i64* %lowStart, align 8
  %1916 = getelementptr i64, i64* %regs, i64 6
  store i64 %1915, i64* %1916, align 8
  %1917 = load i64, i64* %lowEnd, align 8
  %1918 = getelementptr i64, i64* %regs, i64 7
  store i64 %1917, i64* %1918, align 8
  %1919 = load i64, i64* %highEnd, align 8
  %1920 = getelementptr i64, i64* %regs, i64 8
  store i64 %1919, i64* %1920, align 8
  %1921 = add i32 %depth, 1
  %1922 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %1921, i32 %1904, i32 24084)
  %1923 = getelementptr i64, i64* %regs, i64 0
  %1924 = load i64, i64* %1923, align 8
  store i64 %1924, i64* %fuel, align 8
  %1925 = getelementptr i64, i64* %regs, i64 6
  %1926 = load i64, i64* %1925, align 8
  store i64 %1926, i64* %lowStart, align 8
  %1927 = getelementptr i64, i64* %regs, i64 7
  %1928 = load i64, i64* %1927, align 8
  store i64 %1928, i64* %lowEnd, align 8
  %1929 = getelementptr i64, i64* %regs, i64 8
  %1930 = load i64, i64* %1929, align 8
  store i64 %1930, i64* %highEnd, align 8
  store i32 %1922, i32* %item.5, align 4
  store i64 7, i64* %size.1, align 8
  %1931 = load i64, i64* %size.1, align 8
  %1932 = icmp ugt i64 %1931, 2147483647
  %1933 = zext i1 %1932 to i32
  %1934 = icmp ne i32 %1933, 0
  br i1 %1934, label %then252, label %else253

then252:                                          ; preds = %stack_ok251
  br label %trap15.site18

else253:                                          ; preds = %stack_ok251
  br label %join254

join254:                                          ; preds = %else253, %dead255
  %1935 = load i64, i64* %size.1, align 8
  %1936 = trunc i64 %1935 to i32
  %1937 = zext i32 %1936 to i64
  %1938 = getelementptr i64, i64* %regs, i64 1
  %1939 = getelementptr i64, i64* %regs, i64 2
  %1940 = load i64, i64* %1938, align 8
  %1941 = add i64 %1940, 3
  %1942 = and i64 %1941, -4
  %1943 = add i64 %1942, %1937
  %1944 = load i64, i64* %1939, align 8
  %1945 = icmp ugt i64 %1943, %1944
  br i1 %1945, label %trap15.site18, label %ok256

trap15.site18:                                    ; preds = %join254, %then252
  %1946 = load i64, i64* %lowStart, align 8
  %1947 = getelementptr i64, i64* %regs, i64 6
  store i64 %1946, i64* %1947, align 8
  %1948 = load i64, i64* %lowEnd, align 8
  %1949 = getelementptr i64, i64* %regs, i64 7
  store i64 %1948, i64* %1949, align 8
  %1950 = load i64, i64* %highEnd, align 8
  %1951 = getelementptr i64, i64* %regs, i64 8
  store i64 %1950, i64* %1951, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead255:                                          ; No predecessors!
  br label %join254

ok256:                                            ; preds = %join254
  store i64 %1943, i64* %1938, align 8
  %1952 = load i64, i64* %highEnd, align 8
  %1953 = call i64 @llvm.umax.i64(i64 %1952, i64 %1943)
  store i64 %1953, i64* %highEnd, align 8
  %1954 = trunc i64 %1942 to i32
  store i32 %1954, i32* %list.1, align 4
  store i32 0, i32* %len.4, align 4
  %1955 = load i32, i32* %list.1, align 4
  %1956 = add i32 %1955, 4
  %1957 = load i32, i32* %len.4, align 4
  %1958 = mul i32 %1957, 1
  %1959 = add i32 %1956, %1958
  %1960 = load i32, i32* %item.3, align 4
  %1961 = zext i32 %1959 to i64
  %1962 = add i64 %1961, 1
  %1963 = icmp uge i64 %1961, %scratch_start
  %1964 = load i64, i64* %highEnd, align 8
  %1965 = icmp ule i64 %1962, %1964
  %1966 = and i1 %1963, %1965
  br i1 %1966, label %write.ok259, label %write.low257

write.low257:                                     ; preds = %ok256
  %1967 = load i64, i64* %lowStart, align 8
  %1968 = icmp uge i64 %1961, %1967
  %1969 = load i64, i64* %lowEnd, align 8
  %1970 = icmp ule i64 %1962, %1969
  %1971 = and i1 %1968, %1970
  br i1 %1971, label %write.ok259, label %write.slow258

write.slow258:                                    ; preds = %write.low257
  %1972 = icmp ugt i64 %1962, %arena_size
  br i1 %1972, label %trap17.site0, label %ok260

write.ok259:                                      ; preds = %ok260, %write.low257, %ok256
  %1973 = getelementptr i8, i8* %mem, i64 %1961
  %1974 = trunc i32 %1960 to i8
  store i8 %1974, i8* %1973, align 1
  %1975 = load i32, i32* %len.4, align 4
  %1976 = add i32 %1975, 1
  store i32 %1976, i32* %len.4, align 4
  %1977 = load i32, i32* %list.1, align 4
  %1978 = add i32 %1977, 4
  %1979 = load i32, i32* %len.4, align 4
  %1980 = mul i32 %1979, 1
  %1981 = add i32 %1978, %1980
  %1982 = load i32, i32* %item.4, align 4
  %1983 = zext i32 %1981 to i64
  %1984 = add i64 %1983, 1
  %1985 = icmp uge i64 %1983, %scratch_start
  %1986 = load i64, i64* %highEnd, align 8
  %1987 = icmp ule i64 %1984, %1986
  %1988 = and i1 %1985, %1987
  br i1 %1988, label %write.ok263, label %write.low261

ok260:                                            ; preds = %write.slow258
  %1989 = icmp ult i64 %1961, %scratch_start
  %1990 = load i64, i64* %lowStart, align 8
  %1991 = call i64 @llvm.umin.i64(i64 %1990, i64 %1961)
  %1992 = load i64, i64* %lowEnd, align 8
  %1993 = load i64, i64* %highEnd, align 8
  %1994 = add i64 %1962, 64
  %1995 = sub i64 %1962, %1991
  %1996 = lshr i64 %1995, 4
  %1997 = add i64 %1994, %1996
  %1998 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1997)
  %1999 = call i64 @llvm.umax.i64(i64 %1992, i64 %1998)
  %2000 = select i1 %1989, i64 %1999, i64 %1992
  store i64 %2000, i64* %lowEnd, align 8
  %2001 = add i64 %1962, 64
  %2002 = sub i64 %1962, %scratch_start
  %2003 = lshr i64 %2002, 4
  %2004 = add i64 %2001, %2003
  %2005 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2004)
  %2006 = call i64 @llvm.umax.i64(i64 %1993, i64 %2005)
  %2007 = select i1 %1989, i64 %1993, i64 %2006
  store i64 %2007, i64* %highEnd, align 8
  store i64 %1991, i64* %lowStart, align 8
  br label %write.ok259

write.low261:                                     ; preds = %write.ok259
  %2008 = load i64, i64* %lowStart, align 8
  %2009 = icmp uge i64 %1983, %2008
  %2010 = load i64, i64* %lowEnd, align 8
  %2011 = icmp ule i64 %1984, %2010
  %2012 = and i1 %2009, %2011
  br i1 %2012, label %write.ok263, label %write.slow262

write.slow262:                                    ; preds = %write.low261
  %2013 = icmp ugt i64 %1984, %arena_size
  br i1 %2013, label %trap17.site0, label %ok264

write.ok263:                                      ; preds = %ok264, %write.low261, %write.ok259
  %2014 = getelementptr i8, i8* %mem, i64 %1983
  %2015 = trunc i32 %1982 to i8
  store i8 %2015, i8* %2014, align 1
  %2016 = load i32, i32* %len.4, align 4
  %2017 = add i32 %2016, 1
  store i32 %2017, i32* %len.4, align 4
  %2018 = load i32, i32* %list.1, align 4
  %2019 = add i32 %2018, 4
  %2020 = load i32, i32* %len.4, align 4
  %2021 = mul i32 %2020, 1
  %2022 = add i32 %2019, %2021
  %2023 = load i32, i32* %item.5, align 4
  %2024 = zext i32 %2022 to i64
  %2025 = add i64 %2024, 1
  %2026 = icmp uge i64 %2024, %scratch_start
  %2027 = load i64, i64* %highEnd, align 8
  %2028 = icmp ule i64 %2025, %2027
  %2029 = and i1 %2026, %2028
  br i1 %2029, label %write.ok267, label %write.low265

ok264:                                            ; preds = %write.slow262
  %2030 = icmp ult i64 %1983, %scratch_start
  %2031 = load i64, i64* %lowStart, align 8
  %2032 = call i64 @llvm.umin.i64(i64 %2031, i64 %1983)
  %2033 = load i64, i64* %lowEnd, align 8
  %2034 = load i64, i64* %highEnd, align 8
  %2035 = add i64 %1984, 64
  %2036 = sub i64 %1984, %2032
  %2037 = lshr i64 %2036, 4
  %2038 = add i64 %2035, %2037
  %2039 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2038)
  %2040 = call i64 @llvm.umax.i64(i64 %2033, i64 %2039)
  %2041 = select i1 %2030, i64 %2040, i64 %2033
  store i64 %2041, i64* %lowEnd, align 8
  %2042 = add i64 %1984, 64
  %2043 = sub i64 %1984, %scratch_start
  %2044 = lshr i64 %2043, 4
  %2045 = add i64 %2042, %2044
  %2046 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2045)
  %2047 = call i64 @llvm.umax.i64(i64 %2034, i64 %2046)
  %2048 = select i1 %2030, i64 %2034, i64 %2047
  store i64 %2048, i64* %highEnd, align 8
  store i64 %2032, i64* %lowStart, align 8
  br label %write.ok263

write.low265:                                     ; preds = %write.ok263
  %2049 = load i64, i64* %lowStart, align 8
  %2050 = icmp uge i64 %2024, %2049
  %2051 = load i64, i64* %lowEnd, align 8
  %2052 = icmp ule i64 %2025, %2051
  %2053 = and i1 %2050, %2052
  br i1 %2053, label %write.ok267, label %write.slow266

write.slow266:                                    ; preds = %write.low265
  %2054 = icmp ugt i64 %2025, %arena_size
  br i1 %2054, label %trap17.site0, label %ok268

write.ok267:                                      ; preds = %ok268, %write.low265, %write.ok263
  %2055 = getelementptr i8, i8* %mem, i64 %2024
  %2056 = trunc i32 %2023 to i8
  store i8 %2056, i8* %2055, align 1
  %2057 = load i32, i32* %len.4, align 4
  %2058 = add i32 %2057, 1
  store i32 %2058, i32* %len.4, align 4
  %2059 = load i32, i32* %list.1, align 4
  %2060 = load i32, i32* %len.4, align 4
  %2061 = zext i32 %2059 to i64
  %2062 = add i64 %2061, 4
  %2063 = icmp uge i64 %2061, %scratch_start
  %2064 = load i64, i64* %highEnd, align 8
  %2065 = icmp ule i64 %2062, %2064
  %2066 = and i1 %2063, %2065
  br i1 %2066, label %write.ok271, label %write.low269

ok268:                                            ; preds = %write.slow266
  %2067 = icmp ult i64 %2024, %scratch_start
  %2068 = load i64, i64* %lowStart, align 8
  %2069 = call i64 @llvm.umin.i64(i64 %2068, i64 %2024)
  %2070 = load i64, i64* %lowEnd, align 8
  %2071 = load i64, i64* %highEnd, align 8
  %2072 = add i64 %2025, 64
  %2073 = sub i64 %2025, %2069
  %2074 = lshr i64 %2073, 4
  %2075 = add i64 %2072, %2074
  %2076 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2075)
  %2077 = call i64 @llvm.umax.i64(i64 %2070, i64 %2076)
  %2078 = select i1 %2067, i64 %2077, i64 %2070
  store i64 %2078, i64* %lowEnd, align 8
  %2079 = add i64 %2025, 64
  %2080 = sub i64 %2025, %scratch_start
  %2081 = lshr i64 %2080, 4
  %2082 = add i64 %2079, %2081
  %2083 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2082)
  %2084 = call i64 @llvm.umax.i64(i64 %2071, i64 %2083)
  %2085 = select i1 %2067, i64 %2071, i64 %2084
  store i64 %2085, i64* %highEnd, align 8
  store i64 %2069, i64* %lowStart, align 8
  br label %write.ok267

write.low269:                                     ; preds = %write.ok267
  %2086 = load i64, i64* %lowStart, align 8
  %2087 = icmp uge i64 %2061, %2086
  %2088 = load i64, i64* %lowEnd, align 8
  %2089 = icmp ule i64 %2062, %2088
  %2090 = and i1 %2087, %2089
  br i1 %2090, label %write.ok271, label %write.slow270

write.slow270:                                    ; preds = %write.low269
  %2091 = icmp ugt i64 %2062, %arena_size
  br i1 %2091, label %trap17.site0, label %ok272

write.ok271:                                      ; preds = %ok272, %write.low269, %write.ok267
  %2092 = getelementptr i8, i8* %mem, i64 %2061
  store i32 %2060, i32* %unaligned273, align 4
  %2093 = bitcast i32* %unaligned273 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %2092, i8* %2093, i64 4, i1 false)
  %2094 = load i32, i32* %list.1, align 4
  store i32 %2094, i32* %result245, align 4
  br label %e38

ok272:                                            ; preds = %write.slow270
  %2095 = icmp ult i64 %2061, %scratch_start
  %2096 = load i64, i64* %lowStart, align 8
  %2097 = call i64 @llvm.umin.i64(i64 %2096, i64 %2061)
  %2098 = load i64, i64* %lowEnd, align 8
  %2099 = load i64, i64* %highEnd, align 8
  %2100 = add i64 %2062, 64
  %2101 = sub i64 %2062, %2097
  %2102 = lshr i64 %2101, 4
  %2103 = add i64 %2100, %2102
  %2104 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2103)
  %2105 = call i64 @llvm.umax.i64(i64 %2098, i64 %2104)
  %2106 = select i1 %2095, i64 %2105, i64 %2098
  store i64 %2106, i64* %lowEnd, align 8
  %2107 = add i64 %2062, 64
  %2108 = sub i64 %2062, %scratch_start
  %2109 = lshr i64 %2108, 4
  %2110 = add i64 %2107, %2109
  %2111 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2110)
  %2112 = call i64 @llvm.umax.i64(i64 %2099, i64 %2111)
  %2113 = select i1 %2095, i64 %2099, i64 %2112
  store i64 %2113, i64* %highEnd, align 8
  store i64 %2097, i64* %lowStart, align 8
  br label %write.ok271

write.low274:                                     ; preds = %e38
  %2114 = load i64, i64* %lowStart, align 8
  %2115 = icmp uge i64 %1846, %2114
  %2116 = load i64, i64* %lowEnd, align 8
  %2117 = icmp ule i64 %1847, %2116
  %2118 = and i1 %2115, %2117
  br i1 %2118, label %write.ok276, label %write.slow275

write.slow275:                                    ; preds = %write.low274
  %2119 = icmp ugt i64 %1847, %arena_size
  br i1 %2119, label %trap17.site0, label %ok277

write.ok276:                                      ; preds = %ok277, %write.low274, %e38
  %2120 = getelementptr i8, i8* %mem, i64 %1846
  store i32 %1844, i32* %unaligned278, align 4
  %2121 = bitcast i32* %unaligned278 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %2120, i8* %2121, i64 4, i1 false)
  %2122 = load i32, i32* %name, align 4
  %2123 = zext i32 %2122 to i64
  %2124 = add i64 %2123, 4
  %2125 = icmp ugt i64 %2124, %arena_size
  br i1 %2125, label %trap17.site0, label %ok279

ok277:                                            ; preds = %write.slow275
  %2126 = icmp ult i64 %1846, %scratch_start
  %2127 = load i64, i64* %lowStart, align 8
  %2128 = call i64 @llvm.umin.i64(i64 %2127, i64 %1846)
  %2129 = load i64, i64* %lowEnd, align 8
  %2130 = load i64, i64* %highEnd, align 8
  %2131 = add i64 %1847, 64
  %2132 = sub i64 %1847, %2128
  %2133 = lshr i64 %2132, 4
  %2134 = add i64 %2131, %2133
  %2135 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2134)
  %2136 = call i64 @llvm.umax.i64(i64 %2129, i64 %2135)
  %2137 = select i1 %2126, i64 %2136, i64 %2129
  store i64 %2137, i64* %lowEnd, align 8
  %2138 = add i64 %1847, 64
  %2139 = sub i64 %1847, %scratch_start
  %2140 = lshr i64 %2139, 4
  %2141 = add i64 %2138, %2140
  %2142 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2141)
  %2143 = call i64 @llvm.umax.i64(i64 %2130, i64 %2142)
  %2144 = select i1 %2126, i64 %2130, i64 %2143
  store i64 %2144, i64* %highEnd, align 8
  store i64 %2128, i64* %lowStart, align 8
  br label %write.ok276

ok279:                                            ; preds = %write.ok276
  %2145 = getelementptr i8, i8* %mem, i64 %2123
  %2146 = bitcast i32* %unaligned280 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %2146, i8* %2145, i64 4, i1 false)
  %2147 = load i32, i32* %unaligned280, align 4
  %2148 = zext i32 %2147 to i64
  store i64 %2148, i64* %size.2, align 8
  %2149 = load i32, i32* %dict, align 4
  %2150 = load i64, i64* %size.2, align 8
  %2151 = zext i32 %2149 to i64
  %2152 = add i64 %2151, 40
  %2153 = add i64 %2152, 8
  %2154 = icmp uge i64 %2152, %scratch_start
  %2155 = load i64, i64* %highEnd, align 8
  %2156 = icmp ule i64 %2153, %2155
  %2157 = and i1 %2154, %2156
  br i1 %2157, label %write.ok283, label %write.low281

write.low281:                                     ; preds = %ok279
  %2158 = load i64, i64* %lowStart, align 8
  %2159 = icmp uge i64 %2152, %2158
  %2160 = load i64, i64* %lowEnd, align 8
  %2161 = icmp ule i64 %2153, %2160
  %2162 = and i1 %2159, %2161
  br i1 %2162, label %write.ok283, label %write.slow282

write.slow282:                                    ; preds = %write.low281
  %2163 = icmp ugt i64 %2153, %arena_size
  br i1 %2163, label %trap17.site0, label %ok284

write.ok283:                                      ; preds = %ok284, %write.low281, %ok279
  %2164 = getelementptr i8, i8* %mem, i64 %2152
  store i64 %2150, i64* %unaligned285, align 8
  %2165 = bitcast i64* %unaligned285 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %2164, i8* %2165, i64 8, i1 false)
  %2166 = load i32, i32* %dict, align 4
  store i32 %2166, i32* %result5, align 4
  br label %e0

ok284:                                            ; preds = %write.slow282
  %2167 = icmp ult i64 %2152, %scratch_start
  %2168 = load i64, i64* %lowStart, align 8
  %2169 = call i64 @llvm.umin.i64(i64 %2168, i64 %2152)
  %2170 = load i64, i64* %lowEnd, align 8
  %2171 = load i64, i64* %highEnd, align 8
  %2172 = add i64 %2153, 64
  %2173 = sub i64 %2153, %2169
  %2174 = lshr i64 %2173, 4
  %2175 = add i64 %2172, %2174
  %2176 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2175)
  %2177 = call i64 @llvm.umax.i64(i64 %2170, i64 %2176)
  %2178 = select i1 %2167, i64 %2177, i64 %2170
  store i64 %2178, i64* %lowEnd, align 8
  %2179 = add i64 %2153, 64
  %2180 = sub i64 %2153, %scratch_start
  %2181 = lshr i64 %2180, 4
  %2182 = add i64 %2179, %2181
  %2183 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %2182)
  %2184 = call i64 @llvm.umax.i64(i64 %2171, i64 %2183)
  %2185 = select i1 %2167, i64 %2171, i64 %2184
  store i64 %2185, i64* %highEnd, align 8
  store i64 %2169, i64* %lowStart, align 8
  br label %write.ok283

ok286:                                            ; preds = %e0
  %2186 = icmp ult i64 %10, %stack_limit
  br i1 %2186, label %trap253.site0, label %stack_ok287

trap15.site0:                                     ; preds = %e0
  %2187 = load i64, i64* %lowStart, align 8
  %2188 = getelementptr i64, i64* %regs, i64 6
  store i64 %2187, i64* %2188, align 8
  %2189 = load i64, i64* %lowEnd, align 8
  %2190 = getelementptr i64, i64* %regs, i64 7
  store i64 %2189, i64* %2190, align 8
  %2191 = load i64, i64* %highEnd, align 8
  %2192 = getelementptr i64, i64* %regs, i64 8
  store i64 %2191, i64* %2192, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok287:                                      ; preds = %ok286
  %2193 = load i64, i64* %fuel, align 8
  %2194 = getelementptr i64, i64* %regs, i64 0
  store i64 %2193, i64* %2194, align 8
  %2195 = load i64, i64* %lowStart, align 8
  %2196 = getelementptr i64, i64* %regs, i64 6
  store i64 %2195, i64* %2196, align 8
  %2197 = load i64, i64* %lowEnd, align 8
  %2198 = getelementptr i64, i64* %regs, i64 7
  store i64 %2197, i64* %2198, align 8
  %2199 = load i64, i64* %highEnd, align 8
  %2200 = getelementptr i64, i64* %regs, i64 8
  store i64 %2199, i64* %2200, align 8
  %2201 = add i32 %depth, 1
  %2202 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %2201, i32 %89, i32 %90, i32 0)
  %2203 = getelementptr i64, i64* %regs, i64 0
  %2204 = load i64, i64* %2203, align 8
  store i64 %2204, i64* %fuel, align 8
  %2205 = getelementptr i64, i64* %regs, i64 6
  %2206 = load i64, i64* %2205, align 8
  store i64 %2206, i64* %lowStart, align 8
  %2207 = getelementptr i64, i64* %regs, i64 7
  %2208 = load i64, i64* %2207, align 8
  store i64 %2208, i64* %lowEnd, align 8
  %2209 = getelementptr i64, i64* %regs, i64 8
  %2210 = load i64, i64* %2209, align 8
  store i64 %2210, i64* %highEnd, align 8
  store i32 %2202, i32* %json_end, align 4
  %2211 = load i32, i32* %json_end, align 4
  %2212 = icmp eq i32 %2211, -2
  %2213 = zext i1 %2212 to i32
  %2214 = icmp ne i32 %2213, 0
  br i1 %2214, label %then288, label %else289

then288:                                          ; preds = %stack_ok287
  br label %trap16.site4

else289:                                          ; preds = %stack_ok287
  br label %join290

join290:                                          ; preds = %else289, %dead291
  %2215 = load i32, i32* %json_end, align 4
  %2216 = icmp eq i32 %2215, -1
  %2217 = zext i1 %2216 to i32
  %2218 = icmp ne i32 %2217, 0
  br i1 %2218, label %then292, label %else293

trap16.site4:                                     ; preds = %then288
  %2219 = load i64, i64* %lowStart, align 8
  %2220 = getelementptr i64, i64* %regs, i64 6
  store i64 %2219, i64* %2220, align 8
  %2221 = load i64, i64* %lowEnd, align 8
  %2222 = getelementptr i64, i64* %regs, i64 7
  store i64 %2221, i64* %2222, align 8
  %2223 = load i64, i64* %highEnd, align 8
  %2224 = getelementptr i64, i64* %regs, i64 8
  store i64 %2223, i64* %2224, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead291:                                          ; No predecessors!
  br label %join290

then292:                                          ; preds = %join290
  br label %trap15.site4

else293:                                          ; preds = %join290
  br label %join294

join294:                                          ; preds = %else293, %dead295
  %2225 = load i32, i32* %json_end, align 4
  %2226 = zext i32 %2225 to i64
  %2227 = getelementptr i64, i64* %regs, i64 3
  store i64 %2226, i64* %2227, align 8
  %2228 = load i32, i32* %json_end, align 4
  %2229 = load i32, i32* %json_start, align 4
  %2230 = sub i32 %2228, %2229
  %2231 = load i64, i64* %fuel, align 8
  %2232 = getelementptr i64, i64* %regs, i64 0
  store i64 %2231, i64* %2232, align 8
  %2233 = load i64, i64* %lowStart, align 8
  %2234 = getelementptr i64, i64* %regs, i64 6
  store i64 %2233, i64* %2234, align 8
  %2235 = load i64, i64* %lowEnd, align 8
  %2236 = getelementptr i64, i64* %regs, i64 7
  store i64 %2235, i64* %2236, align 8
  %2237 = load i64, i64* %highEnd, align 8
  %2238 = getelementptr i64, i64* %regs, i64 8
  store i64 %2237, i64* %2238, align 8
  ret i32 %2230

dead295:                                          ; No predecessors!
  br label %join294
}
