; From libs/driver/testdata/emit-golden/recursion.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/recursion.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (36):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.dec.int.0
;   @m0.codec.skip
;   @m0.codec.dec.list.1
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.2
;   @m0.codec.enc.list.1
;   @m0.codec.enc.bool.4
;   @m0.codec.enc.list.3
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.fn.fib
;   @m0.fn.is_even
;   @m0.fn.is_odd
;   @m0.fn.sum_from
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.ssub.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 6 function(s):

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
  %arg = alloca i64, align 8
  store i64 0, i64* %arg, align 8
  %arg.1 = alloca i32, align 4
  store i32 0, i32* %arg.1, align 4
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
  %unaligned = alloca i16, align 2
  %unaligned100 = alloca i64, align 8
  %unaligned110 = alloca i32, align 4
  %unaligned117 = alloca i64, align 8
  %unaligned122 = alloca i32, align 4
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
  %115 = add i64 %114, 7
  %116 = and i64 %115, -8
  %117 = add i64 %116, 8
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
  %126 = add i64 %125, 3
  %127 = and i64 %126, -4
  %128 = add i64 %127, 4
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
  %231 = icmp eq i32 %230, 1
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
  %269 = sub i64 %arena_size, 1
  %270 = icmp sgt i64 %268, %269
  br i1 %270, label %trap17.site0, label %ok34

else32:                                           ; preds = %join27
  br label %join33

join33:                                           ; preds = %else32, %join37
  %271 = load i32, i32* %args_klen, align 4
  %272 = icmp eq i32 %271, 2
  %273 = zext i1 %272 to i32
  %274 = icmp ne i32 %273, 0
  br i1 %274, label %then39, label %else40

ok34:                                             ; preds = %then31
  %275 = getelementptr i8, i8* %mem, i64 %268
  %276 = load i8, i8* %275, align 1
  %277 = zext i8 %276 to i32
  %278 = icmp eq i32 %277, 110
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
  %283 = sub i64 %arena_size, 2
  %284 = icmp sgt i64 %282, %283
  br i1 %284, label %trap17.site0, label %ok42

else40:                                           ; preds = %join33
  br label %join41

join41:                                           ; preds = %else40, %join45
  store i32 -1, i32* %result, align 4
  br label %match5

ok42:                                             ; preds = %then39
  %285 = getelementptr i8, i8* %mem, i64 %282
  %286 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %286, i8* %285, i64 2, i1 false)
  %287 = load i16, i16* %unaligned, align 2
  %288 = zext i16 %287 to i32
  %289 = icmp eq i32 %288, 29560
  %290 = zext i1 %289 to i32
  %291 = icmp ne i32 %290, 0
  br i1 %291, label %then43, label %else44

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
  %292 = load i32, i32* %args_pos, align 4
  %293 = add i32 %292, 1
  store i32 %293, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont50, %match5
  %294 = load i64, i64* %fuel, align 8
  %295 = icmp ult i64 %294, 1
  br i1 %295, label %trap14.site0, label %ok47

ok47:                                             ; preds = %ws7
  %296 = sub i64 %294, 1
  store i64 %296, i64* %fuel, align 8
  %297 = load i32, i32* %args_pos, align 4
  %298 = load i32, i32* %args_end, align 4
  %299 = icmp uge i32 %297, %298
  %300 = zext i1 %299 to i32
  %301 = icmp ne i32 %300, 0
  br i1 %301, label %ws_done6, label %cont48

cont48:                                           ; preds = %ok47
  %302 = load i32, i32* %args_pos, align 4
  %303 = zext i32 %302 to i64
  %304 = sub i64 %arena_size, 1
  %305 = icmp sgt i64 %303, %304
  br i1 %305, label %trap17.site0, label %ok49

ok49:                                             ; preds = %cont48
  %306 = getelementptr i8, i8* %mem, i64 %303
  %307 = load i8, i8* %306, align 1
  %308 = zext i8 %307 to i32
  store i32 %308, i32* %ws, align 4
  %309 = load i32, i32* %ws, align 4
  %310 = icmp ule i32 %309, 32
  %311 = zext i1 %310 to i32
  %312 = icmp eq i32 %311, 0
  %313 = zext i1 %312 to i32
  %314 = icmp ne i32 %313, 0
  br i1 %314, label %ws_done6, label %cont50

cont50:                                           ; preds = %ok49
  %315 = load i32, i32* %args_pos, align 4
  %316 = add i32 %315, 1
  store i32 %316, i32* %args_pos, align 4
  br label %ws7

dead51:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead56, %ok54, %ok52
  %317 = load i32, i32* %args_c, align 4
  switch i32 %317, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont55, %ws_done6
  %318 = load i64, i64* %fuel, align 8
  %319 = icmp ult i64 %318, 1
  br i1 %319, label %trap14.site0, label %ok52

ok52:                                             ; preds = %ws9
  %320 = sub i64 %318, 1
  store i64 %320, i64* %fuel, align 8
  %321 = load i32, i32* %args_pos, align 4
  %322 = load i32, i32* %args_end, align 4
  %323 = icmp uge i32 %321, %322
  %324 = zext i1 %323 to i32
  %325 = icmp ne i32 %324, 0
  br i1 %325, label %ws_done8, label %cont53

cont53:                                           ; preds = %ok52
  %326 = load i32, i32* %args_pos, align 4
  %327 = zext i32 %326 to i64
  %328 = sub i64 %arena_size, 1
  %329 = icmp sgt i64 %327, %328
  br i1 %329, label %trap17.site0, label %ok54

ok54:                                             ; preds = %cont53
  %330 = getelementptr i8, i8* %mem, i64 %327
  %331 = load i8, i8* %330, align 1
  %332 = zext i8 %331 to i32
  store i32 %332, i32* %ws, align 4
  %333 = load i32, i32* %ws, align 4
  %334 = icmp ule i32 %333, 32
  %335 = zext i1 %334 to i32
  %336 = icmp eq i32 %335, 0
  %337 = zext i1 %336 to i32
  %338 = icmp ne i32 %337, 0
  br i1 %338, label %ws_done8, label %cont55

cont55:                                           ; preds = %ok54
  %339 = load i32, i32* %args_pos, align 4
  %340 = add i32 %339, 1
  store i32 %340, i32* %args_pos, align 4
  br label %ws9

dead56:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok75, %join70, %join62
  br label %ws15

default11:                                        ; preds = %dead73, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %341 = load i32, i32* %args_pos, align 4
  %342 = load i32, i32* %args_end, align 4
  %343 = icmp uge i32 %depth, 1000
  br i1 %343, label %trap15.site0, label %ok74

case12:                                           ; preds = %dead65, %ws_done8
  %344 = load i32, i32* %args_pos, align 4
  %345 = load i32, i32* %args_end, align 4
  %346 = load i32, i32* %arg1_cell, align 4
  %347 = icmp uge i32 %depth, 1000
  br i1 %347, label %trap15.site0, label %ok66

case13:                                           ; preds = %dead57, %ws_done8
  %348 = load i32, i32* %args_pos, align 4
  %349 = load i32, i32* %args_end, align 4
  %350 = load i32, i32* %arg0_cell, align 4
  %351 = icmp uge i32 %depth, 1000
  br i1 %351, label %trap15.site0, label %ok58

dead57:                                           ; No predecessors!
  br label %case13

ok58:                                             ; preds = %case13
  %352 = icmp ult i64 %10, %stack_limit
  br i1 %352, label %trap253.site0, label %stack_ok59

stack_ok59:                                       ; preds = %ok58
  %353 = load i64, i64* %fuel, align 8
  %354 = getelementptr i64, i64* %regs, i64 0
  store i64 %353, i64* %354, align 8
  %355 = load i64, i64* %lowStart, align 8
  %356 = getelementptr i64, i64* %regs, i64 6
  store i64 %355, i64* %356, align 8
  %357 = load i64, i64* %lowEnd, align 8
  %358 = getelementptr i64, i64* %regs, i64 7
  store i64 %357, i64* %358, align 8
  %359 = load i64, i64* %highEnd, align 8
  %360 = getelementptr i64, i64* %regs, i64 8
  store i64 %359, i64* %360, align 8
  %361 = add i32 %depth, 1
  %362 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %361, i32 %348, i32 %349, i32 %350)
  %363 = getelementptr i64, i64* %regs, i64 0
  %364 = load i64, i64* %363, align 8
  store i64 %364, i64* %fuel, align 8
  %365 = getelementptr i64, i64* %regs, i64 6
  %366 = load i64, i64* %365, align 8
  store i64 %366, i64* %lowStart, align 8
  %367 = getelementptr i64, i64* %regs, i64 7
  %368 = load i64, i64* %367, align 8
  store i64 %368, i64* %lowEnd, align 8
  %369 = getelementptr i64, i64* %regs, i64 8
  %370 = load i64, i64* %369, align 8
  store i64 %370, i64* %highEnd, align 8
  store i32 %362, i32* %args_r, align 4
  %371 = load i32, i32* %args_r, align 4
  %372 = icmp slt i32 %371, 0
  %373 = zext i1 %372 to i32
  %374 = icmp ne i32 %373, 0
  br i1 %374, label %then60, label %else61

then60:                                           ; preds = %stack_ok59
  store i32 2, i32* %arg0_state, align 4
  %375 = load i32, i32* %args_mark, align 4
  %376 = zext i32 %375 to i64
  %377 = getelementptr i64, i64* %regs, i64 1
  store i64 %376, i64* %377, align 8
  %378 = load i32, i32* %args_pos, align 4
  %379 = load i32, i32* %args_end, align 4
  %380 = icmp uge i32 %depth, 1000
  br i1 %380, label %trap15.site0, label %ok63

else61:                                           ; preds = %stack_ok59
  store i32 1, i32* %arg0_state, align 4
  %381 = load i32, i32* %args_r, align 4
  store i32 %381, i32* %args_pos, align 4
  br label %join62

join62:                                           ; preds = %else61, %stack_ok64
  br label %switch10

ok63:                                             ; preds = %then60
  %382 = icmp ult i64 %10, %stack_limit
  br i1 %382, label %trap253.site0, label %stack_ok64

stack_ok64:                                       ; preds = %ok63
  %383 = load i64, i64* %fuel, align 8
  %384 = getelementptr i64, i64* %regs, i64 0
  store i64 %383, i64* %384, align 8
  %385 = load i64, i64* %lowStart, align 8
  %386 = getelementptr i64, i64* %regs, i64 6
  store i64 %385, i64* %386, align 8
  %387 = load i64, i64* %lowEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 7
  store i64 %387, i64* %388, align 8
  %389 = load i64, i64* %highEnd, align 8
  %390 = getelementptr i64, i64* %regs, i64 8
  store i64 %389, i64* %390, align 8
  %391 = add i32 %depth, 1
  %392 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %391, i32 %378, i32 %379)
  %393 = getelementptr i64, i64* %regs, i64 0
  %394 = load i64, i64* %393, align 8
  store i64 %394, i64* %fuel, align 8
  %395 = getelementptr i64, i64* %regs, i64 6
  %396 = load i64, i64* %395, align 8
  store i64 %396, i64* %lowStart, align 8
  %397 = getelementptr i64, i64* %regs, i64 7
  %398 = load i64, i64* %397, align 8
  store i64 %398, i64* %lowEnd, align 8
  %399 = getelementptr i64, i64* %regs, i64 8
  %400 = load i64, i64* %399, align 8
  store i64 %400, i64* %highEnd, align 8
  store i32 %392, i32* %args_pos, align 4
  br label %join62

dead65:                                           ; No predecessors!
  br label %case12

ok66:                                             ; preds = %case12
  %401 = icmp ult i64 %10, %stack_limit
  br i1 %401, label %trap253.site0, label %stack_ok67

stack_ok67:                                       ; preds = %ok66
  %402 = load i64, i64* %fuel, align 8
  %403 = getelementptr i64, i64* %regs, i64 0
  store i64 %402, i64* %403, align 8
  %404 = load i64, i64* %lowStart, align 8
  %405 = getelementptr i64, i64* %regs, i64 6
  store i64 %404, i64* %405, align 8
  %406 = load i64, i64* %lowEnd, align 8
  %407 = getelementptr i64, i64* %regs, i64 7
  store i64 %406, i64* %407, align 8
  %408 = load i64, i64* %highEnd, align 8
  %409 = getelementptr i64, i64* %regs, i64 8
  store i64 %408, i64* %409, align 8
  %410 = add i32 %depth, 1
  %411 = call i32 @m0.codec.dec.list.1(i64* %regs, i8* %mem, i32 %410, i32 %344, i32 %345, i32 %346)
  %412 = getelementptr i64, i64* %regs, i64 0
  %413 = load i64, i64* %412, align 8
  store i64 %413, i64* %fuel, align 8
  %414 = getelementptr i64, i64* %regs, i64 6
  %415 = load i64, i64* %414, align 8
  store i64 %415, i64* %lowStart, align 8
  %416 = getelementptr i64, i64* %regs, i64 7
  %417 = load i64, i64* %416, align 8
  store i64 %417, i64* %lowEnd, align 8
  %418 = getelementptr i64, i64* %regs, i64 8
  %419 = load i64, i64* %418, align 8
  store i64 %419, i64* %highEnd, align 8
  store i32 %411, i32* %args_r, align 4
  %420 = load i32, i32* %args_r, align 4
  %421 = icmp slt i32 %420, 0
  %422 = zext i1 %421 to i32
  %423 = icmp ne i32 %422, 0
  br i1 %423, label %then68, label %else69

then68:                                           ; preds = %stack_ok67
  store i32 2, i32* %arg1_state, align 4
  %424 = load i32, i32* %args_mark, align 4
  %425 = zext i32 %424 to i64
  %426 = getelementptr i64, i64* %regs, i64 1
  store i64 %425, i64* %426, align 8
  %427 = load i32, i32* %args_pos, align 4
  %428 = load i32, i32* %args_end, align 4
  %429 = icmp uge i32 %depth, 1000
  br i1 %429, label %trap15.site0, label %ok71

else69:                                           ; preds = %stack_ok67
  store i32 1, i32* %arg1_state, align 4
  %430 = load i32, i32* %args_r, align 4
  store i32 %430, i32* %args_pos, align 4
  br label %join70

join70:                                           ; preds = %else69, %stack_ok72
  br label %switch10

ok71:                                             ; preds = %then68
  %431 = icmp ult i64 %10, %stack_limit
  br i1 %431, label %trap253.site0, label %stack_ok72

stack_ok72:                                       ; preds = %ok71
  %432 = load i64, i64* %fuel, align 8
  %433 = getelementptr i64, i64* %regs, i64 0
  store i64 %432, i64* %433, align 8
  %434 = load i64, i64* %lowStart, align 8
  %435 = getelementptr i64, i64* %regs, i64 6
  store i64 %434, i64* %435, align 8
  %436 = load i64, i64* %lowEnd, align 8
  %437 = getelementptr i64, i64* %regs, i64 7
  store i64 %436, i64* %437, align 8
  %438 = load i64, i64* %highEnd, align 8
  %439 = getelementptr i64, i64* %regs, i64 8
  store i64 %438, i64* %439, align 8
  %440 = add i32 %depth, 1
  %441 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %440, i32 %427, i32 %428)
  %442 = getelementptr i64, i64* %regs, i64 0
  %443 = load i64, i64* %442, align 8
  store i64 %443, i64* %fuel, align 8
  %444 = getelementptr i64, i64* %regs, i64 6
  %445 = load i64, i64* %444, align 8
  store i64 %445, i64* %lowStart, align 8
  %446 = getelementptr i64, i64* %regs, i64 7
  %447 = load i64, i64* %446, align 8
  store i64 %447, i64* %lowEnd, align 8
  %448 = getelementptr i64, i64* %regs, i64 8
  %449 = load i64, i64* %448, align 8
  store i64 %449, i64* %highEnd, align 8
  store i32 %441, i32* %args_pos, align 4
  br label %join70

dead73:                                           ; No predecessors!
  br label %default11

ok74:                                             ; preds = %default11
  %450 = icmp ult i64 %10, %stack_limit
  br i1 %450, label %trap253.site0, label %stack_ok75

stack_ok75:                                       ; preds = %ok74
  %451 = load i64, i64* %fuel, align 8
  %452 = getelementptr i64, i64* %regs, i64 0
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %lowStart, align 8
  %454 = getelementptr i64, i64* %regs, i64 6
  store i64 %453, i64* %454, align 8
  %455 = load i64, i64* %lowEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 7
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %highEnd, align 8
  %458 = getelementptr i64, i64* %regs, i64 8
  store i64 %457, i64* %458, align 8
  %459 = add i32 %depth, 1
  %460 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %459, i32 %341, i32 %342)
  %461 = getelementptr i64, i64* %regs, i64 0
  %462 = load i64, i64* %461, align 8
  store i64 %462, i64* %fuel, align 8
  %463 = getelementptr i64, i64* %regs, i64 6
  %464 = load i64, i64* %463, align 8
  store i64 %464, i64* %lowStart, align 8
  %465 = getelementptr i64, i64* %regs, i64 7
  %466 = load i64, i64* %465, align 8
  store i64 %466, i64* %lowEnd, align 8
  %467 = getelementptr i64, i64* %regs, i64 8
  %468 = load i64, i64* %467, align 8
  store i64 %468, i64* %highEnd, align 8
  store i32 %460, i32* %args_pos, align 4
  br label %switch10

ws_done14:                                        ; preds = %dead80, %ok78, %ok76
  %469 = load i32, i32* %args_pos, align 4
  %470 = zext i32 %469 to i64
  %471 = sub i64 %arena_size, 1
  %472 = icmp sgt i64 %470, %471
  br i1 %472, label %trap17.site0, label %ok81

ws15:                                             ; preds = %cont79, %switch10
  %473 = load i64, i64* %fuel, align 8
  %474 = icmp ult i64 %473, 1
  br i1 %474, label %trap14.site0, label %ok76

ok76:                                             ; preds = %ws15
  %475 = sub i64 %473, 1
  store i64 %475, i64* %fuel, align 8
  %476 = load i32, i32* %args_pos, align 4
  %477 = load i32, i32* %args_end, align 4
  %478 = icmp uge i32 %476, %477
  %479 = zext i1 %478 to i32
  %480 = icmp ne i32 %479, 0
  br i1 %480, label %ws_done14, label %cont77

cont77:                                           ; preds = %ok76
  %481 = load i32, i32* %args_pos, align 4
  %482 = zext i32 %481 to i64
  %483 = sub i64 %arena_size, 1
  %484 = icmp sgt i64 %482, %483
  br i1 %484, label %trap17.site0, label %ok78

ok78:                                             ; preds = %cont77
  %485 = getelementptr i8, i8* %mem, i64 %482
  %486 = load i8, i8* %485, align 1
  %487 = zext i8 %486 to i32
  store i32 %487, i32* %ws, align 4
  %488 = load i32, i32* %ws, align 4
  %489 = icmp ule i32 %488, 32
  %490 = zext i1 %489 to i32
  %491 = icmp eq i32 %490, 0
  %492 = zext i1 %491 to i32
  %493 = icmp ne i32 %492, 0
  br i1 %493, label %ws_done14, label %cont79

cont79:                                           ; preds = %ok78
  %494 = load i32, i32* %args_pos, align 4
  %495 = add i32 %494, 1
  store i32 %495, i32* %args_pos, align 4
  br label %ws15

dead80:                                           ; No predecessors!
  br label %ws_done14

ok81:                                             ; preds = %ws_done14
  %496 = getelementptr i8, i8* %mem, i64 %470
  %497 = load i8, i8* %496, align 1
  %498 = zext i8 %497 to i32
  store i32 %498, i32* %args_c, align 4
  %499 = load i32, i32* %args_pos, align 4
  %500 = add i32 %499, 1
  store i32 %500, i32* %args_pos, align 4
  %501 = load i32, i32* %args_c, align 4
  %502 = icmp eq i32 %501, 44
  %503 = zext i1 %502 to i32
  %504 = icmp ne i32 %503, 0
  br i1 %504, label %then82, label %else83

then82:                                           ; preds = %ok81
  br label %ws17

else83:                                           ; preds = %ok81
  br label %join84

join84:                                           ; preds = %else83, %dead90
  br label %join21

ws_done16:                                        ; preds = %dead89, %ok87, %ok85
  br label %args4

ws17:                                             ; preds = %cont88, %then82
  %505 = load i64, i64* %fuel, align 8
  %506 = icmp ult i64 %505, 1
  br i1 %506, label %trap14.site0, label %ok85

ok85:                                             ; preds = %ws17
  %507 = sub i64 %505, 1
  store i64 %507, i64* %fuel, align 8
  %508 = load i32, i32* %args_pos, align 4
  %509 = load i32, i32* %args_end, align 4
  %510 = icmp uge i32 %508, %509
  %511 = zext i1 %510 to i32
  %512 = icmp ne i32 %511, 0
  br i1 %512, label %ws_done16, label %cont86

cont86:                                           ; preds = %ok85
  %513 = load i32, i32* %args_pos, align 4
  %514 = zext i32 %513 to i64
  %515 = sub i64 %arena_size, 1
  %516 = icmp sgt i64 %514, %515
  br i1 %516, label %trap17.site0, label %ok87

ok87:                                             ; preds = %cont86
  %517 = getelementptr i8, i8* %mem, i64 %514
  %518 = load i8, i8* %517, align 1
  %519 = zext i8 %518 to i32
  store i32 %519, i32* %ws, align 4
  %520 = load i32, i32* %ws, align 4
  %521 = icmp ule i32 %520, 32
  %522 = zext i1 %521 to i32
  %523 = icmp eq i32 %522, 0
  %524 = zext i1 %523 to i32
  %525 = icmp ne i32 %524, 0
  br i1 %525, label %ws_done16, label %cont88

cont88:                                           ; preds = %ok87
  %526 = load i32, i32* %args_pos, align 4
  %527 = add i32 %526, 1
  store i32 %527, i32* %args_pos, align 4
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
  %528 = load i32, i32* %arg0_state, align 4
  %529 = icmp eq i32 %528, 2
  %530 = zext i1 %529 to i32
  %531 = icmp ne i32 %530, 0
  br i1 %531, label %then95, label %else96

trap9.site2:                                      ; preds = %then91
  %532 = load i64, i64* %lowStart, align 8
  %533 = getelementptr i64, i64* %regs, i64 6
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %lowEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 7
  store i64 %534, i64* %535, align 8
  %536 = load i64, i64* %highEnd, align 8
  %537 = getelementptr i64, i64* %regs, i64 8
  store i64 %536, i64* %537, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead94:                                           ; No predecessors!
  br label %join93

then95:                                           ; preds = %join93
  br label %trap11.site2

else96:                                           ; preds = %join93
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %538 = load i32, i32* %arg0_cell, align 4
  %539 = zext i32 %538 to i64
  %540 = sub i64 %arena_size, 8
  %541 = icmp sgt i64 %539, %540
  br i1 %541, label %trap17.site0, label %ok99

trap11.site2:                                     ; preds = %then95
  %542 = load i64, i64* %lowStart, align 8
  %543 = getelementptr i64, i64* %regs, i64 6
  store i64 %542, i64* %543, align 8
  %544 = load i64, i64* %lowEnd, align 8
  %545 = getelementptr i64, i64* %regs, i64 7
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %highEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 8
  store i64 %546, i64* %547, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead98:                                           ; No predecessors!
  br label %join97

ok99:                                             ; preds = %join97
  %548 = getelementptr i8, i8* %mem, i64 %539
  %549 = bitcast i64* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %549, i8* %548, i64 8, i1 false)
  %550 = load i64, i64* %unaligned100, align 8
  store i64 %550, i64* %arg, align 8
  %551 = load i32, i32* %arg1_state, align 4
  %552 = icmp eq i32 %551, 0
  %553 = zext i1 %552 to i32
  %554 = icmp ne i32 %553, 0
  br i1 %554, label %then101, label %else102

then101:                                          ; preds = %ok99
  br label %trap9.site3

else102:                                          ; preds = %ok99
  br label %join103

join103:                                          ; preds = %else102, %dead104
  %555 = load i32, i32* %arg1_state, align 4
  %556 = icmp eq i32 %555, 2
  %557 = zext i1 %556 to i32
  %558 = icmp ne i32 %557, 0
  br i1 %558, label %then105, label %else106

trap9.site3:                                      ; preds = %then101
  %559 = load i64, i64* %lowStart, align 8
  %560 = getelementptr i64, i64* %regs, i64 6
  store i64 %559, i64* %560, align 8
  %561 = load i64, i64* %lowEnd, align 8
  %562 = getelementptr i64, i64* %regs, i64 7
  store i64 %561, i64* %562, align 8
  %563 = load i64, i64* %highEnd, align 8
  %564 = getelementptr i64, i64* %regs, i64 8
  store i64 %563, i64* %564, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead104:                                          ; No predecessors!
  br label %join103

then105:                                          ; preds = %join103
  br label %trap11.site3

else106:                                          ; preds = %join103
  br label %join107

join107:                                          ; preds = %else106, %dead108
  %565 = load i32, i32* %arg1_cell, align 4
  %566 = zext i32 %565 to i64
  %567 = sub i64 %arena_size, 4
  %568 = icmp sgt i64 %566, %567
  br i1 %568, label %trap17.site0, label %ok109

trap11.site3:                                     ; preds = %then105
  %569 = load i64, i64* %lowStart, align 8
  %570 = getelementptr i64, i64* %regs, i64 6
  store i64 %569, i64* %570, align 8
  %571 = load i64, i64* %lowEnd, align 8
  %572 = getelementptr i64, i64* %regs, i64 7
  store i64 %571, i64* %572, align 8
  %573 = load i64, i64* %highEnd, align 8
  %574 = getelementptr i64, i64* %regs, i64 8
  store i64 %573, i64* %574, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead108:                                          ; No predecessors!
  br label %join107

ok109:                                            ; preds = %join107
  %575 = getelementptr i8, i8* %mem, i64 %566
  %576 = bitcast i32* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %576, i8* %575, i64 4, i1 false)
  %577 = load i32, i32* %unaligned110, align 4
  store i32 %577, i32* %arg.1, align 4
  %578 = load i32, i32* %args_unexpected, align 4
  %579 = icmp ne i32 %578, 0
  br i1 %579, label %then111, label %else112

then111:                                          ; preds = %ok109
  br label %trap10.site1

else112:                                          ; preds = %ok109
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %580 = getelementptr i64, i64* %regs, i64 1
  %581 = getelementptr i64, i64* %regs, i64 2
  %582 = load i64, i64* %580, align 8
  %583 = add i64 %582, 7
  %584 = and i64 %583, -8
  %585 = add i64 %584, 16
  %586 = load i64, i64* %581, align 8
  %587 = icmp ugt i64 %585, %586
  br i1 %587, label %trap15.site1, label %ok115

trap10.site1:                                     ; preds = %then111
  %588 = load i64, i64* %lowStart, align 8
  %589 = getelementptr i64, i64* %regs, i64 6
  store i64 %588, i64* %589, align 8
  %590 = load i64, i64* %lowEnd, align 8
  %591 = getelementptr i64, i64* %regs, i64 7
  store i64 %590, i64* %591, align 8
  %592 = load i64, i64* %highEnd, align 8
  %593 = getelementptr i64, i64* %regs, i64 8
  store i64 %592, i64* %593, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

ok115:                                            ; preds = %join113
  store i64 %585, i64* %580, align 8
  %594 = load i64, i64* %highEnd, align 8
  %595 = call i64 @llvm.umax.i64(i64 %594, i64 %585)
  store i64 %595, i64* %highEnd, align 8
  %596 = trunc i64 %584 to i32
  store i32 %596, i32* %args_out, align 4
  %597 = load i32, i32* %args_out, align 4
  %598 = load i64, i64* %arg, align 8
  %599 = zext i32 %597 to i64
  %600 = add i64 %599, 8
  %601 = icmp uge i64 %599, %scratch_start
  %602 = load i64, i64* %highEnd, align 8
  %603 = icmp ule i64 %600, %602
  %604 = and i1 %601, %603
  %605 = call i1 @llvm.expect.i1(i1 %604, i1 true)
  br i1 %605, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join113
  %606 = load i64, i64* %lowStart, align 8
  %607 = getelementptr i64, i64* %regs, i64 6
  store i64 %606, i64* %607, align 8
  %608 = load i64, i64* %lowEnd, align 8
  %609 = getelementptr i64, i64* %regs, i64 7
  store i64 %608, i64* %609, align 8
  %610 = load i64, i64* %highEnd, align 8
  %611 = getelementptr i64, i64* %regs, i64 8
  store i64 %610, i64* %611, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok115
  %612 = load i64, i64* %lowStart, align 8
  %613 = icmp uge i64 %599, %612
  %614 = load i64, i64* %lowEnd, align 8
  %615 = icmp ule i64 %600, %614
  %616 = and i1 %613, %615
  %617 = call i1 @llvm.expect.i1(i1 %616, i1 true)
  br i1 %617, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %618 = icmp ugt i64 %600, %arena_size
  br i1 %618, label %trap17.site0, label %ok116

write.ok:                                         ; preds = %ok116, %write.low, %ok115
  %619 = getelementptr i8, i8* %mem, i64 %599
  store i64 %598, i64* %unaligned117, align 8
  %620 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %619, i8* %620, i64 8, i1 false)
  %621 = load i32, i32* %args_out, align 4
  %622 = load i32, i32* %arg.1, align 4
  %623 = zext i32 %621 to i64
  %624 = add i64 %623, 8
  %625 = add i64 %624, 4
  %626 = icmp uge i64 %624, %scratch_start
  %627 = load i64, i64* %highEnd, align 8
  %628 = icmp ule i64 %625, %627
  %629 = and i1 %626, %628
  %630 = call i1 @llvm.expect.i1(i1 %629, i1 true)
  br i1 %630, label %write.ok120, label %write.low118

ok116:                                            ; preds = %write.slow
  %631 = icmp ult i64 %599, %scratch_start
  %632 = load i64, i64* %lowStart, align 8
  %633 = call i64 @llvm.umin.i64(i64 %632, i64 %599)
  %634 = load i64, i64* %lowEnd, align 8
  %635 = load i64, i64* %highEnd, align 8
  %636 = add i64 %600, 64
  %637 = sub i64 %600, %633
  %638 = lshr i64 %637, 4
  %639 = add i64 %636, %638
  %640 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %639)
  %641 = call i64 @llvm.umax.i64(i64 %634, i64 %640)
  %642 = select i1 %631, i64 %641, i64 %634
  store i64 %642, i64* %lowEnd, align 8
  %643 = add i64 %600, 64
  %644 = sub i64 %600, %scratch_start
  %645 = lshr i64 %644, 4
  %646 = add i64 %643, %645
  %647 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %646)
  %648 = call i64 @llvm.umax.i64(i64 %635, i64 %647)
  %649 = select i1 %631, i64 %635, i64 %648
  store i64 %649, i64* %highEnd, align 8
  store i64 %633, i64* %lowStart, align 8
  br label %write.ok

write.low118:                                     ; preds = %write.ok
  %650 = load i64, i64* %lowStart, align 8
  %651 = icmp uge i64 %624, %650
  %652 = load i64, i64* %lowEnd, align 8
  %653 = icmp ule i64 %625, %652
  %654 = and i1 %651, %653
  %655 = call i1 @llvm.expect.i1(i1 %654, i1 true)
  br i1 %655, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %656 = icmp ugt i64 %625, %arena_size
  br i1 %656, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok
  %657 = getelementptr i8, i8* %mem, i64 %624
  store i32 %622, i32* %unaligned122, align 4
  %658 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %657, i8* %658, i64 4, i1 false)
  %659 = load i32, i32* %args_out, align 4
  %660 = load i64, i64* %fuel, align 8
  %661 = getelementptr i64, i64* %regs, i64 0
  store i64 %660, i64* %661, align 8
  %662 = load i64, i64* %lowStart, align 8
  %663 = getelementptr i64, i64* %regs, i64 6
  store i64 %662, i64* %663, align 8
  %664 = load i64, i64* %lowEnd, align 8
  %665 = getelementptr i64, i64* %regs, i64 7
  store i64 %664, i64* %665, align 8
  %666 = load i64, i64* %highEnd, align 8
  %667 = getelementptr i64, i64* %regs, i64 8
  store i64 %666, i64* %667, align 8
  ret i32 %659

ok121:                                            ; preds = %write.slow119
  %668 = icmp ult i64 %624, %scratch_start
  %669 = load i64, i64* %lowStart, align 8
  %670 = call i64 @llvm.umin.i64(i64 %669, i64 %624)
  %671 = load i64, i64* %lowEnd, align 8
  %672 = load i64, i64* %highEnd, align 8
  %673 = add i64 %625, 64
  %674 = sub i64 %625, %670
  %675 = lshr i64 %674, 4
  %676 = add i64 %673, %675
  %677 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %676)
  %678 = call i64 @llvm.umax.i64(i64 %671, i64 %677)
  %679 = select i1 %668, i64 %678, i64 %671
  store i64 %679, i64* %lowEnd, align 8
  %680 = add i64 %625, 64
  %681 = sub i64 %625, %scratch_start
  %682 = lshr i64 %681, 4
  %683 = add i64 %680, %682
  %684 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %683)
  %685 = call i64 @llvm.umax.i64(i64 %672, i64 %684)
  %686 = select i1 %668, i64 %672, i64 %685
  store i64 %686, i64* %highEnd, align 8
  store i64 %670, i64* %lowStart, align 8
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
  %n = alloca i64, align 8
  store i64 0, i64* %n, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
  %closure.1 = alloca i32, align 4
  store i32 0, i32* %closure.1, align 4
  %closure.2 = alloca i32, align 4
  store i32 0, i32* %closure.2, align 4
  %closure.3 = alloca i32, align 4
  store i32 0, i32* %closure.3, align 4
  %lo = alloca i64, align 8
  store i64 0, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 0, i64* %hi, align 8
  %count = alloca i64, align 8
  store i64 0, i64* %count, align 8
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %i.1 = alloca i64, align 8
  store i64 0, i64* %i.1, align 8
  %fibs = alloca i32, align 4
  store i32 0, i32* %fibs, align 4
  %lo.1 = alloca i64, align 8
  store i64 0, i64* %lo.1, align 8
  %hi.1 = alloca i64, align 8
  store i64 0, i64* %hi.1, align 8
  %count.1 = alloca i64, align 8
  store i64 0, i64* %count.1, align 8
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %i.2 = alloca i64, align 8
  store i64 0, i64* %i.2, align 8
  %i.3 = alloca i64, align 8
  store i64 0, i64* %i.3, align 8
  %parity = alloca i32, align 4
  store i32 0, i32* %parity, align 4
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
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
  %unaligned = alloca i64, align 8
  %unaligned4 = alloca i32, align 4
  %result5 = alloca i32, align 4
  %unaligned8 = alloca i32, align 4
  %unaligned14 = alloca i32, align 4
  %unaligned19 = alloca i32, align 4
  %unaligned24 = alloca i32, align 4
  %unaligned30 = alloca i32, align 4
  %unaligned35 = alloca i32, align 4
  %unaligned40 = alloca i32, align 4
  %unaligned46 = alloca i32, align 4
  %unaligned51 = alloca i32, align 4
  %unaligned56 = alloca i32, align 4
  %unaligned62 = alloca i32, align 4
  %unaligned67 = alloca i32, align 4
  %unaligned72 = alloca i32, align 4
  %result73 = alloca i32, align 4
  %result74 = alloca i64, align 8
  %unaligned90 = alloca i64, align 8
  %unaligned96 = alloca i32, align 4
  %unaligned101 = alloca i32, align 4
  %result102 = alloca i32, align 4
  %result106 = alloca i64, align 8
  %unaligned129 = alloca i32, align 4
  %unaligned134 = alloca i32, align 4
  %unaligned141 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %range12, %range5, %body
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
  %51 = sub i64 %arena_size, 8
  %52 = icmp sgt i64 %50, %51
  br i1 %52, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok142, %ok135, %ok118, %ok84, %ok1
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
  %60 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %60, i8* %59, i64 8, i1 false)
  %61 = load i64, i64* %unaligned, align 8
  store i64 %61, i64* %n, align 8
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 12
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow138, %write.slow131, %write.slow126, %write.slow121, %write.slow98, %write.slow93, %write.slow87, %write.slow69, %write.slow64, %write.slow59, %write.slow53, %write.slow48, %write.slow43, %write.slow37, %write.slow32, %write.slow27, %write.slow21, %write.slow16, %write.slow11, %write.slow, %ok2, %stack_ok
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
  %74 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %74, i8* %73, i64 4, i1 false)
  %75 = load i32, i32* %unaligned4, align 4
  store i32 %75, i32* %xs, align 4
  %76 = getelementptr i64, i64* %regs, i64 1
  %77 = getelementptr i64, i64* %regs, i64 2
  %78 = load i64, i64* %76, align 8
  %79 = add i64 %78, 7
  %80 = and i64 %79, -8
  %81 = add i64 %80, 36
  %82 = load i64, i64* %77, align 8
  %83 = icmp ugt i64 %81, %82
  br i1 %83, label %trap15.site4, label %ok6

e0:                                               ; preds = %write.ok139
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
  br i1 %91, label %trap15.site0, label %ok142

ok6:                                              ; preds = %ok3
  store i64 %81, i64* %76, align 8
  %92 = load i64, i64* %highEnd, align 8
  %93 = call i64 @llvm.umax.i64(i64 %92, i64 %81)
  store i64 %93, i64* %highEnd, align 8
  %94 = trunc i64 %80 to i32
  store i32 %94, i32* %dict, align 4
  %95 = load i32, i32* %dict, align 4
  %96 = load i32, i32* %xs, align 4
  %97 = zext i32 %95 to i64
  %98 = add i64 %97, 32
  %99 = add i64 %98, 4
  %100 = icmp uge i64 %98, %scratch_start
  %101 = load i64, i64* %highEnd, align 8
  %102 = icmp ule i64 %99, %101
  %103 = and i1 %100, %102
  %104 = call i1 @llvm.expect.i1(i1 %103, i1 true)
  br i1 %104, label %write.ok, label %write.low

trap15.site4:                                     ; preds = %then148, %ok3
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

write.low:                                        ; preds = %ok6
  %111 = load i64, i64* %lowStart, align 8
  %112 = icmp uge i64 %98, %111
  %113 = load i64, i64* %lowEnd, align 8
  %114 = icmp ule i64 %99, %113
  %115 = and i1 %112, %114
  %116 = call i1 @llvm.expect.i1(i1 %115, i1 true)
  br i1 %116, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %117 = icmp ugt i64 %99, %arena_size
  br i1 %117, label %trap17.site0, label %ok7

write.ok:                                         ; preds = %ok7, %write.low, %ok6
  %118 = getelementptr i8, i8* %mem, i64 %98
  store i32 %96, i32* %unaligned8, align 4
  %119 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %118, i8* %119, i64 4, i1 false)
  %120 = getelementptr i64, i64* %regs, i64 1
  %121 = getelementptr i64, i64* %regs, i64 2
  %122 = load i64, i64* %120, align 8
  %123 = add i64 %122, 3
  %124 = and i64 %123, -4
  %125 = add i64 %124, 8
  %126 = load i64, i64* %121, align 8
  %127 = icmp ugt i64 %125, %126
  br i1 %127, label %trap15.site5, label %ok9

ok7:                                              ; preds = %write.slow
  %128 = icmp ult i64 %98, %scratch_start
  %129 = load i64, i64* %lowStart, align 8
  %130 = call i64 @llvm.umin.i64(i64 %129, i64 %98)
  %131 = load i64, i64* %lowEnd, align 8
  %132 = load i64, i64* %highEnd, align 8
  %133 = add i64 %99, 64
  %134 = sub i64 %99, %130
  %135 = lshr i64 %134, 4
  %136 = add i64 %133, %135
  %137 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %136)
  %138 = call i64 @llvm.umax.i64(i64 %131, i64 %137)
  %139 = select i1 %128, i64 %138, i64 %131
  store i64 %139, i64* %lowEnd, align 8
  %140 = add i64 %99, 64
  %141 = sub i64 %99, %scratch_start
  %142 = lshr i64 %141, 4
  %143 = add i64 %140, %142
  %144 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %143)
  %145 = call i64 @llvm.umax.i64(i64 %132, i64 %144)
  %146 = select i1 %128, i64 %132, i64 %145
  store i64 %146, i64* %highEnd, align 8
  store i64 %130, i64* %lowStart, align 8
  br label %write.ok

ok9:                                              ; preds = %write.ok
  store i64 %125, i64* %120, align 8
  %147 = load i64, i64* %highEnd, align 8
  %148 = call i64 @llvm.umax.i64(i64 %147, i64 %125)
  store i64 %148, i64* %highEnd, align 8
  %149 = trunc i64 %124 to i32
  store i32 %149, i32* %closure, align 4
  %150 = load i32, i32* %closure, align 4
  %151 = zext i32 %150 to i64
  %152 = add i64 %151, 4
  %153 = icmp uge i64 %151, %scratch_start
  %154 = load i64, i64* %highEnd, align 8
  %155 = icmp ule i64 %152, %154
  %156 = and i1 %153, %155
  %157 = call i1 @llvm.expect.i1(i1 %156, i1 true)
  br i1 %157, label %write.ok12, label %write.low10

trap15.site5:                                     ; preds = %write.ok
  %158 = load i64, i64* %lowStart, align 8
  %159 = getelementptr i64, i64* %regs, i64 6
  store i64 %158, i64* %159, align 8
  %160 = load i64, i64* %lowEnd, align 8
  %161 = getelementptr i64, i64* %regs, i64 7
  store i64 %160, i64* %161, align 8
  %162 = load i64, i64* %highEnd, align 8
  %163 = getelementptr i64, i64* %regs, i64 8
  store i64 %162, i64* %163, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low10:                                      ; preds = %ok9
  %164 = load i64, i64* %lowStart, align 8
  %165 = icmp uge i64 %151, %164
  %166 = load i64, i64* %lowEnd, align 8
  %167 = icmp ule i64 %152, %166
  %168 = and i1 %165, %167
  %169 = call i1 @llvm.expect.i1(i1 %168, i1 true)
  br i1 %169, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %170 = icmp ugt i64 %152, %arena_size
  br i1 %170, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %ok9
  %171 = getelementptr i8, i8* %mem, i64 %151
  store i32 0, i32* %unaligned14, align 4
  %172 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %171, i8* %172, i64 4, i1 false)
  %173 = load i32, i32* %closure, align 4
  %174 = zext i32 %173 to i64
  %175 = add i64 %174, 4
  %176 = add i64 %175, 4
  %177 = icmp uge i64 %175, %scratch_start
  %178 = load i64, i64* %highEnd, align 8
  %179 = icmp ule i64 %176, %178
  %180 = and i1 %177, %179
  %181 = call i1 @llvm.expect.i1(i1 %180, i1 true)
  br i1 %181, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %182 = icmp ult i64 %151, %scratch_start
  %183 = load i64, i64* %lowStart, align 8
  %184 = call i64 @llvm.umin.i64(i64 %183, i64 %151)
  %185 = load i64, i64* %lowEnd, align 8
  %186 = load i64, i64* %highEnd, align 8
  %187 = add i64 %152, 64
  %188 = sub i64 %152, %184
  %189 = lshr i64 %188, 4
  %190 = add i64 %187, %189
  %191 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %190)
  %192 = call i64 @llvm.umax.i64(i64 %185, i64 %191)
  %193 = select i1 %182, i64 %192, i64 %185
  store i64 %193, i64* %lowEnd, align 8
  %194 = add i64 %152, 64
  %195 = sub i64 %152, %scratch_start
  %196 = lshr i64 %195, 4
  %197 = add i64 %194, %196
  %198 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %197)
  %199 = call i64 @llvm.umax.i64(i64 %186, i64 %198)
  %200 = select i1 %182, i64 %186, i64 %199
  store i64 %200, i64* %highEnd, align 8
  store i64 %184, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %201 = load i64, i64* %lowStart, align 8
  %202 = icmp uge i64 %175, %201
  %203 = load i64, i64* %lowEnd, align 8
  %204 = icmp ule i64 %176, %203
  %205 = and i1 %202, %204
  %206 = call i1 @llvm.expect.i1(i1 %205, i1 true)
  br i1 %206, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %207 = icmp ugt i64 %176, %arena_size
  br i1 %207, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %208 = getelementptr i8, i8* %mem, i64 %175
  store i32 0, i32* %unaligned19, align 4
  %209 = bitcast i32* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %208, i8* %209, i64 4, i1 false)
  %210 = load i32, i32* %dict, align 4
  %211 = load i32, i32* %closure, align 4
  %212 = zext i32 %210 to i64
  %213 = add i64 %212, 4
  %214 = icmp uge i64 %212, %scratch_start
  %215 = load i64, i64* %highEnd, align 8
  %216 = icmp ule i64 %213, %215
  %217 = and i1 %214, %216
  %218 = call i1 @llvm.expect.i1(i1 %217, i1 true)
  br i1 %218, label %write.ok22, label %write.low20

ok18:                                             ; preds = %write.slow16
  %219 = icmp ult i64 %175, %scratch_start
  %220 = load i64, i64* %lowStart, align 8
  %221 = call i64 @llvm.umin.i64(i64 %220, i64 %175)
  %222 = load i64, i64* %lowEnd, align 8
  %223 = load i64, i64* %highEnd, align 8
  %224 = add i64 %176, 64
  %225 = sub i64 %176, %221
  %226 = lshr i64 %225, 4
  %227 = add i64 %224, %226
  %228 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %227)
  %229 = call i64 @llvm.umax.i64(i64 %222, i64 %228)
  %230 = select i1 %219, i64 %229, i64 %222
  store i64 %230, i64* %lowEnd, align 8
  %231 = add i64 %176, 64
  %232 = sub i64 %176, %scratch_start
  %233 = lshr i64 %232, 4
  %234 = add i64 %231, %233
  %235 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %234)
  %236 = call i64 @llvm.umax.i64(i64 %223, i64 %235)
  %237 = select i1 %219, i64 %223, i64 %236
  store i64 %237, i64* %highEnd, align 8
  store i64 %221, i64* %lowStart, align 8
  br label %write.ok17

write.low20:                                      ; preds = %write.ok17
  %238 = load i64, i64* %lowStart, align 8
  %239 = icmp uge i64 %212, %238
  %240 = load i64, i64* %lowEnd, align 8
  %241 = icmp ule i64 %213, %240
  %242 = and i1 %239, %241
  %243 = call i1 @llvm.expect.i1(i1 %242, i1 true)
  br i1 %243, label %write.ok22, label %write.slow21

write.slow21:                                     ; preds = %write.low20
  %244 = icmp ugt i64 %213, %arena_size
  br i1 %244, label %trap17.site0, label %ok23

write.ok22:                                       ; preds = %ok23, %write.low20, %write.ok17
  %245 = getelementptr i8, i8* %mem, i64 %212
  store i32 %211, i32* %unaligned24, align 4
  %246 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %245, i8* %246, i64 4, i1 false)
  %247 = getelementptr i64, i64* %regs, i64 1
  %248 = getelementptr i64, i64* %regs, i64 2
  %249 = load i64, i64* %247, align 8
  %250 = add i64 %249, 3
  %251 = and i64 %250, -4
  %252 = add i64 %251, 8
  %253 = load i64, i64* %248, align 8
  %254 = icmp ugt i64 %252, %253
  br i1 %254, label %trap15.site6, label %ok25

ok23:                                             ; preds = %write.slow21
  %255 = icmp ult i64 %212, %scratch_start
  %256 = load i64, i64* %lowStart, align 8
  %257 = call i64 @llvm.umin.i64(i64 %256, i64 %212)
  %258 = load i64, i64* %lowEnd, align 8
  %259 = load i64, i64* %highEnd, align 8
  %260 = add i64 %213, 64
  %261 = sub i64 %213, %257
  %262 = lshr i64 %261, 4
  %263 = add i64 %260, %262
  %264 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %263)
  %265 = call i64 @llvm.umax.i64(i64 %258, i64 %264)
  %266 = select i1 %255, i64 %265, i64 %258
  store i64 %266, i64* %lowEnd, align 8
  %267 = add i64 %213, 64
  %268 = sub i64 %213, %scratch_start
  %269 = lshr i64 %268, 4
  %270 = add i64 %267, %269
  %271 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %270)
  %272 = call i64 @llvm.umax.i64(i64 %259, i64 %271)
  %273 = select i1 %255, i64 %259, i64 %272
  store i64 %273, i64* %highEnd, align 8
  store i64 %257, i64* %lowStart, align 8
  br label %write.ok22

ok25:                                             ; preds = %write.ok22
  store i64 %252, i64* %247, align 8
  %274 = load i64, i64* %highEnd, align 8
  %275 = call i64 @llvm.umax.i64(i64 %274, i64 %252)
  store i64 %275, i64* %highEnd, align 8
  %276 = trunc i64 %251 to i32
  store i32 %276, i32* %closure.1, align 4
  %277 = load i32, i32* %closure.1, align 4
  %278 = zext i32 %277 to i64
  %279 = add i64 %278, 4
  %280 = icmp uge i64 %278, %scratch_start
  %281 = load i64, i64* %highEnd, align 8
  %282 = icmp ule i64 %279, %281
  %283 = and i1 %280, %282
  %284 = call i1 @llvm.expect.i1(i1 %283, i1 true)
  br i1 %284, label %write.ok28, label %write.low26

trap15.site6:                                     ; preds = %write.ok22
  %285 = load i64, i64* %lowStart, align 8
  %286 = getelementptr i64, i64* %regs, i64 6
  store i64 %285, i64* %286, align 8
  %287 = load i64, i64* %lowEnd, align 8
  %288 = getelementptr i64, i64* %regs, i64 7
  store i64 %287, i64* %288, align 8
  %289 = load i64, i64* %highEnd, align 8
  %290 = getelementptr i64, i64* %regs, i64 8
  store i64 %289, i64* %290, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

write.low26:                                      ; preds = %ok25
  %291 = load i64, i64* %lowStart, align 8
  %292 = icmp uge i64 %278, %291
  %293 = load i64, i64* %lowEnd, align 8
  %294 = icmp ule i64 %279, %293
  %295 = and i1 %292, %294
  %296 = call i1 @llvm.expect.i1(i1 %295, i1 true)
  br i1 %296, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %297 = icmp ugt i64 %279, %arena_size
  br i1 %297, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %ok25
  %298 = getelementptr i8, i8* %mem, i64 %278
  store i32 1, i32* %unaligned30, align 4
  %299 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %298, i8* %299, i64 4, i1 false)
  %300 = load i32, i32* %closure.1, align 4
  %301 = zext i32 %300 to i64
  %302 = add i64 %301, 4
  %303 = add i64 %302, 4
  %304 = icmp uge i64 %302, %scratch_start
  %305 = load i64, i64* %highEnd, align 8
  %306 = icmp ule i64 %303, %305
  %307 = and i1 %304, %306
  %308 = call i1 @llvm.expect.i1(i1 %307, i1 true)
  br i1 %308, label %write.ok33, label %write.low31

ok29:                                             ; preds = %write.slow27
  %309 = icmp ult i64 %278, %scratch_start
  %310 = load i64, i64* %lowStart, align 8
  %311 = call i64 @llvm.umin.i64(i64 %310, i64 %278)
  %312 = load i64, i64* %lowEnd, align 8
  %313 = load i64, i64* %highEnd, align 8
  %314 = add i64 %279, 64
  %315 = sub i64 %279, %311
  %316 = lshr i64 %315, 4
  %317 = add i64 %314, %316
  %318 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %317)
  %319 = call i64 @llvm.umax.i64(i64 %312, i64 %318)
  %320 = select i1 %309, i64 %319, i64 %312
  store i64 %320, i64* %lowEnd, align 8
  %321 = add i64 %279, 64
  %322 = sub i64 %279, %scratch_start
  %323 = lshr i64 %322, 4
  %324 = add i64 %321, %323
  %325 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %324)
  %326 = call i64 @llvm.umax.i64(i64 %313, i64 %325)
  %327 = select i1 %309, i64 %313, i64 %326
  store i64 %327, i64* %highEnd, align 8
  store i64 %311, i64* %lowStart, align 8
  br label %write.ok28

write.low31:                                      ; preds = %write.ok28
  %328 = load i64, i64* %lowStart, align 8
  %329 = icmp uge i64 %302, %328
  %330 = load i64, i64* %lowEnd, align 8
  %331 = icmp ule i64 %303, %330
  %332 = and i1 %329, %331
  %333 = call i1 @llvm.expect.i1(i1 %332, i1 true)
  br i1 %333, label %write.ok33, label %write.slow32

write.slow32:                                     ; preds = %write.low31
  %334 = icmp ugt i64 %303, %arena_size
  br i1 %334, label %trap17.site0, label %ok34

write.ok33:                                       ; preds = %ok34, %write.low31, %write.ok28
  %335 = getelementptr i8, i8* %mem, i64 %302
  store i32 0, i32* %unaligned35, align 4
  %336 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %335, i8* %336, i64 4, i1 false)
  %337 = load i32, i32* %dict, align 4
  %338 = load i32, i32* %closure.1, align 4
  %339 = zext i32 %337 to i64
  %340 = add i64 %339, 4
  %341 = add i64 %340, 4
  %342 = icmp uge i64 %340, %scratch_start
  %343 = load i64, i64* %highEnd, align 8
  %344 = icmp ule i64 %341, %343
  %345 = and i1 %342, %344
  %346 = call i1 @llvm.expect.i1(i1 %345, i1 true)
  br i1 %346, label %write.ok38, label %write.low36

ok34:                                             ; preds = %write.slow32
  %347 = icmp ult i64 %302, %scratch_start
  %348 = load i64, i64* %lowStart, align 8
  %349 = call i64 @llvm.umin.i64(i64 %348, i64 %302)
  %350 = load i64, i64* %lowEnd, align 8
  %351 = load i64, i64* %highEnd, align 8
  %352 = add i64 %303, 64
  %353 = sub i64 %303, %349
  %354 = lshr i64 %353, 4
  %355 = add i64 %352, %354
  %356 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %355)
  %357 = call i64 @llvm.umax.i64(i64 %350, i64 %356)
  %358 = select i1 %347, i64 %357, i64 %350
  store i64 %358, i64* %lowEnd, align 8
  %359 = add i64 %303, 64
  %360 = sub i64 %303, %scratch_start
  %361 = lshr i64 %360, 4
  %362 = add i64 %359, %361
  %363 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %362)
  %364 = call i64 @llvm.umax.i64(i64 %351, i64 %363)
  %365 = select i1 %347, i64 %351, i64 %364
  store i64 %365, i64* %highEnd, align 8
  store i64 %349, i64* %lowStart, align 8
  br label %write.ok33

write.low36:                                      ; preds = %write.ok33
  %366 = load i64, i64* %lowStart, align 8
  %367 = icmp uge i64 %340, %366
  %368 = load i64, i64* %lowEnd, align 8
  %369 = icmp ule i64 %341, %368
  %370 = and i1 %367, %369
  %371 = call i1 @llvm.expect.i1(i1 %370, i1 true)
  br i1 %371, label %write.ok38, label %write.slow37

write.slow37:                                     ; preds = %write.low36
  %372 = icmp ugt i64 %341, %arena_size
  br i1 %372, label %trap17.site0, label %ok39

write.ok38:                                       ; preds = %ok39, %write.low36, %write.ok33
  %373 = getelementptr i8, i8* %mem, i64 %340
  store i32 %338, i32* %unaligned40, align 4
  %374 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %373, i8* %374, i64 4, i1 false)
  %375 = getelementptr i64, i64* %regs, i64 1
  %376 = getelementptr i64, i64* %regs, i64 2
  %377 = load i64, i64* %375, align 8
  %378 = add i64 %377, 3
  %379 = and i64 %378, -4
  %380 = add i64 %379, 8
  %381 = load i64, i64* %376, align 8
  %382 = icmp ugt i64 %380, %381
  br i1 %382, label %trap15.site7, label %ok41

ok39:                                             ; preds = %write.slow37
  %383 = icmp ult i64 %340, %scratch_start
  %384 = load i64, i64* %lowStart, align 8
  %385 = call i64 @llvm.umin.i64(i64 %384, i64 %340)
  %386 = load i64, i64* %lowEnd, align 8
  %387 = load i64, i64* %highEnd, align 8
  %388 = add i64 %341, 64
  %389 = sub i64 %341, %385
  %390 = lshr i64 %389, 4
  %391 = add i64 %388, %390
  %392 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %391)
  %393 = call i64 @llvm.umax.i64(i64 %386, i64 %392)
  %394 = select i1 %383, i64 %393, i64 %386
  store i64 %394, i64* %lowEnd, align 8
  %395 = add i64 %341, 64
  %396 = sub i64 %341, %scratch_start
  %397 = lshr i64 %396, 4
  %398 = add i64 %395, %397
  %399 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %398)
  %400 = call i64 @llvm.umax.i64(i64 %387, i64 %399)
  %401 = select i1 %383, i64 %387, i64 %400
  store i64 %401, i64* %highEnd, align 8
  store i64 %385, i64* %lowStart, align 8
  br label %write.ok38

ok41:                                             ; preds = %write.ok38
  store i64 %380, i64* %375, align 8
  %402 = load i64, i64* %highEnd, align 8
  %403 = call i64 @llvm.umax.i64(i64 %402, i64 %380)
  store i64 %403, i64* %highEnd, align 8
  %404 = trunc i64 %379 to i32
  store i32 %404, i32* %closure.2, align 4
  %405 = load i32, i32* %closure.2, align 4
  %406 = zext i32 %405 to i64
  %407 = add i64 %406, 4
  %408 = icmp uge i64 %406, %scratch_start
  %409 = load i64, i64* %highEnd, align 8
  %410 = icmp ule i64 %407, %409
  %411 = and i1 %408, %410
  %412 = call i1 @llvm.expect.i1(i1 %411, i1 true)
  br i1 %412, label %write.ok44, label %write.low42

trap15.site7:                                     ; preds = %write.ok38
  %413 = load i64, i64* %lowStart, align 8
  %414 = getelementptr i64, i64* %regs, i64 6
  store i64 %413, i64* %414, align 8
  %415 = load i64, i64* %lowEnd, align 8
  %416 = getelementptr i64, i64* %regs, i64 7
  store i64 %415, i64* %416, align 8
  %417 = load i64, i64* %highEnd, align 8
  %418 = getelementptr i64, i64* %regs, i64 8
  store i64 %417, i64* %418, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

write.low42:                                      ; preds = %ok41
  %419 = load i64, i64* %lowStart, align 8
  %420 = icmp uge i64 %406, %419
  %421 = load i64, i64* %lowEnd, align 8
  %422 = icmp ule i64 %407, %421
  %423 = and i1 %420, %422
  %424 = call i1 @llvm.expect.i1(i1 %423, i1 true)
  br i1 %424, label %write.ok44, label %write.slow43

write.slow43:                                     ; preds = %write.low42
  %425 = icmp ugt i64 %407, %arena_size
  br i1 %425, label %trap17.site0, label %ok45

write.ok44:                                       ; preds = %ok45, %write.low42, %ok41
  %426 = getelementptr i8, i8* %mem, i64 %406
  store i32 2, i32* %unaligned46, align 4
  %427 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %426, i8* %427, i64 4, i1 false)
  %428 = load i32, i32* %closure.2, align 4
  %429 = zext i32 %428 to i64
  %430 = add i64 %429, 4
  %431 = add i64 %430, 4
  %432 = icmp uge i64 %430, %scratch_start
  %433 = load i64, i64* %highEnd, align 8
  %434 = icmp ule i64 %431, %433
  %435 = and i1 %432, %434
  %436 = call i1 @llvm.expect.i1(i1 %435, i1 true)
  br i1 %436, label %write.ok49, label %write.low47

ok45:                                             ; preds = %write.slow43
  %437 = icmp ult i64 %406, %scratch_start
  %438 = load i64, i64* %lowStart, align 8
  %439 = call i64 @llvm.umin.i64(i64 %438, i64 %406)
  %440 = load i64, i64* %lowEnd, align 8
  %441 = load i64, i64* %highEnd, align 8
  %442 = add i64 %407, 64
  %443 = sub i64 %407, %439
  %444 = lshr i64 %443, 4
  %445 = add i64 %442, %444
  %446 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %445)
  %447 = call i64 @llvm.umax.i64(i64 %440, i64 %446)
  %448 = select i1 %437, i64 %447, i64 %440
  store i64 %448, i64* %lowEnd, align 8
  %449 = add i64 %407, 64
  %450 = sub i64 %407, %scratch_start
  %451 = lshr i64 %450, 4
  %452 = add i64 %449, %451
  %453 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %452)
  %454 = call i64 @llvm.umax.i64(i64 %441, i64 %453)
  %455 = select i1 %437, i64 %441, i64 %454
  store i64 %455, i64* %highEnd, align 8
  store i64 %439, i64* %lowStart, align 8
  br label %write.ok44

write.low47:                                      ; preds = %write.ok44
  %456 = load i64, i64* %lowStart, align 8
  %457 = icmp uge i64 %430, %456
  %458 = load i64, i64* %lowEnd, align 8
  %459 = icmp ule i64 %431, %458
  %460 = and i1 %457, %459
  %461 = call i1 @llvm.expect.i1(i1 %460, i1 true)
  br i1 %461, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %462 = icmp ugt i64 %431, %arena_size
  br i1 %462, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %write.ok44
  %463 = getelementptr i8, i8* %mem, i64 %430
  store i32 0, i32* %unaligned51, align 4
  %464 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %463, i8* %464, i64 4, i1 false)
  %465 = load i32, i32* %dict, align 4
  %466 = load i32, i32* %closure.2, align 4
  %467 = zext i32 %465 to i64
  %468 = add i64 %467, 8
  %469 = add i64 %468, 4
  %470 = icmp uge i64 %468, %scratch_start
  %471 = load i64, i64* %highEnd, align 8
  %472 = icmp ule i64 %469, %471
  %473 = and i1 %470, %472
  %474 = call i1 @llvm.expect.i1(i1 %473, i1 true)
  br i1 %474, label %write.ok54, label %write.low52

ok50:                                             ; preds = %write.slow48
  %475 = icmp ult i64 %430, %scratch_start
  %476 = load i64, i64* %lowStart, align 8
  %477 = call i64 @llvm.umin.i64(i64 %476, i64 %430)
  %478 = load i64, i64* %lowEnd, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = add i64 %431, 64
  %481 = sub i64 %431, %477
  %482 = lshr i64 %481, 4
  %483 = add i64 %480, %482
  %484 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %483)
  %485 = call i64 @llvm.umax.i64(i64 %478, i64 %484)
  %486 = select i1 %475, i64 %485, i64 %478
  store i64 %486, i64* %lowEnd, align 8
  %487 = add i64 %431, 64
  %488 = sub i64 %431, %scratch_start
  %489 = lshr i64 %488, 4
  %490 = add i64 %487, %489
  %491 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %490)
  %492 = call i64 @llvm.umax.i64(i64 %479, i64 %491)
  %493 = select i1 %475, i64 %479, i64 %492
  store i64 %493, i64* %highEnd, align 8
  store i64 %477, i64* %lowStart, align 8
  br label %write.ok49

write.low52:                                      ; preds = %write.ok49
  %494 = load i64, i64* %lowStart, align 8
  %495 = icmp uge i64 %468, %494
  %496 = load i64, i64* %lowEnd, align 8
  %497 = icmp ule i64 %469, %496
  %498 = and i1 %495, %497
  %499 = call i1 @llvm.expect.i1(i1 %498, i1 true)
  br i1 %499, label %write.ok54, label %write.slow53

write.slow53:                                     ; preds = %write.low52
  %500 = icmp ugt i64 %469, %arena_size
  br i1 %500, label %trap17.site0, label %ok55

write.ok54:                                       ; preds = %ok55, %write.low52, %write.ok49
  %501 = getelementptr i8, i8* %mem, i64 %468
  store i32 %466, i32* %unaligned56, align 4
  %502 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %501, i8* %502, i64 4, i1 false)
  %503 = getelementptr i64, i64* %regs, i64 1
  %504 = getelementptr i64, i64* %regs, i64 2
  %505 = load i64, i64* %503, align 8
  %506 = add i64 %505, 3
  %507 = and i64 %506, -4
  %508 = add i64 %507, 8
  %509 = load i64, i64* %504, align 8
  %510 = icmp ugt i64 %508, %509
  br i1 %510, label %trap15.site8, label %ok57

ok55:                                             ; preds = %write.slow53
  %511 = icmp ult i64 %468, %scratch_start
  %512 = load i64, i64* %lowStart, align 8
  %513 = call i64 @llvm.umin.i64(i64 %512, i64 %468)
  %514 = load i64, i64* %lowEnd, align 8
  %515 = load i64, i64* %highEnd, align 8
  %516 = add i64 %469, 64
  %517 = sub i64 %469, %513
  %518 = lshr i64 %517, 4
  %519 = add i64 %516, %518
  %520 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %519)
  %521 = call i64 @llvm.umax.i64(i64 %514, i64 %520)
  %522 = select i1 %511, i64 %521, i64 %514
  store i64 %522, i64* %lowEnd, align 8
  %523 = add i64 %469, 64
  %524 = sub i64 %469, %scratch_start
  %525 = lshr i64 %524, 4
  %526 = add i64 %523, %525
  %527 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %526)
  %528 = call i64 @llvm.umax.i64(i64 %515, i64 %527)
  %529 = select i1 %511, i64 %515, i64 %528
  store i64 %529, i64* %highEnd, align 8
  store i64 %513, i64* %lowStart, align 8
  br label %write.ok54

ok57:                                             ; preds = %write.ok54
  store i64 %508, i64* %503, align 8
  %530 = load i64, i64* %highEnd, align 8
  %531 = call i64 @llvm.umax.i64(i64 %530, i64 %508)
  store i64 %531, i64* %highEnd, align 8
  %532 = trunc i64 %507 to i32
  store i32 %532, i32* %closure.3, align 4
  %533 = load i32, i32* %closure.3, align 4
  %534 = zext i32 %533 to i64
  %535 = add i64 %534, 4
  %536 = icmp uge i64 %534, %scratch_start
  %537 = load i64, i64* %highEnd, align 8
  %538 = icmp ule i64 %535, %537
  %539 = and i1 %536, %538
  %540 = call i1 @llvm.expect.i1(i1 %539, i1 true)
  br i1 %540, label %write.ok60, label %write.low58

trap15.site8:                                     ; preds = %write.ok54
  %541 = load i64, i64* %lowStart, align 8
  %542 = getelementptr i64, i64* %regs, i64 6
  store i64 %541, i64* %542, align 8
  %543 = load i64, i64* %lowEnd, align 8
  %544 = getelementptr i64, i64* %regs, i64 7
  store i64 %543, i64* %544, align 8
  %545 = load i64, i64* %highEnd, align 8
  %546 = getelementptr i64, i64* %regs, i64 8
  store i64 %545, i64* %546, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

write.low58:                                      ; preds = %ok57
  %547 = load i64, i64* %lowStart, align 8
  %548 = icmp uge i64 %534, %547
  %549 = load i64, i64* %lowEnd, align 8
  %550 = icmp ule i64 %535, %549
  %551 = and i1 %548, %550
  %552 = call i1 @llvm.expect.i1(i1 %551, i1 true)
  br i1 %552, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %553 = icmp ugt i64 %535, %arena_size
  br i1 %553, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %ok57
  %554 = getelementptr i8, i8* %mem, i64 %534
  store i32 3, i32* %unaligned62, align 4
  %555 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %554, i8* %555, i64 4, i1 false)
  %556 = load i32, i32* %closure.3, align 4
  %557 = load i32, i32* %dict, align 4
  %558 = zext i32 %556 to i64
  %559 = add i64 %558, 4
  %560 = add i64 %559, 4
  %561 = icmp uge i64 %559, %scratch_start
  %562 = load i64, i64* %highEnd, align 8
  %563 = icmp ule i64 %560, %562
  %564 = and i1 %561, %563
  %565 = call i1 @llvm.expect.i1(i1 %564, i1 true)
  br i1 %565, label %write.ok65, label %write.low63

ok61:                                             ; preds = %write.slow59
  %566 = icmp ult i64 %534, %scratch_start
  %567 = load i64, i64* %lowStart, align 8
  %568 = call i64 @llvm.umin.i64(i64 %567, i64 %534)
  %569 = load i64, i64* %lowEnd, align 8
  %570 = load i64, i64* %highEnd, align 8
  %571 = add i64 %535, 64
  %572 = sub i64 %535, %568
  %573 = lshr i64 %572, 4
  %574 = add i64 %571, %573
  %575 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %574)
  %576 = call i64 @llvm.umax.i64(i64 %569, i64 %575)
  %577 = select i1 %566, i64 %576, i64 %569
  store i64 %577, i64* %lowEnd, align 8
  %578 = add i64 %535, 64
  %579 = sub i64 %535, %scratch_start
  %580 = lshr i64 %579, 4
  %581 = add i64 %578, %580
  %582 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %581)
  %583 = call i64 @llvm.umax.i64(i64 %570, i64 %582)
  %584 = select i1 %566, i64 %570, i64 %583
  store i64 %584, i64* %highEnd, align 8
  store i64 %568, i64* %lowStart, align 8
  br label %write.ok60

write.low63:                                      ; preds = %write.ok60
  %585 = load i64, i64* %lowStart, align 8
  %586 = icmp uge i64 %559, %585
  %587 = load i64, i64* %lowEnd, align 8
  %588 = icmp ule i64 %560, %587
  %589 = and i1 %586, %588
  %590 = call i1 @llvm.expect.i1(i1 %589, i1 true)
  br i1 %590, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %591 = icmp ugt i64 %560, %arena_size
  br i1 %591, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %write.ok60
  %592 = getelementptr i8, i8* %mem, i64 %559
  store i32 %557, i32* %unaligned67, align 4
  %593 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %592, i8* %593, i64 4, i1 false)
  %594 = load i32, i32* %dict, align 4
  %595 = load i32, i32* %closure.3, align 4
  %596 = zext i32 %594 to i64
  %597 = add i64 %596, 12
  %598 = add i64 %597, 4
  %599 = icmp uge i64 %597, %scratch_start
  %600 = load i64, i64* %highEnd, align 8
  %601 = icmp ule i64 %598, %600
  %602 = and i1 %599, %601
  %603 = call i1 @llvm.expect.i1(i1 %602, i1 true)
  br i1 %603, label %write.ok70, label %write.low68

ok66:                                             ; preds = %write.slow64
  %604 = icmp ult i64 %559, %scratch_start
  %605 = load i64, i64* %lowStart, align 8
  %606 = call i64 @llvm.umin.i64(i64 %605, i64 %559)
  %607 = load i64, i64* %lowEnd, align 8
  %608 = load i64, i64* %highEnd, align 8
  %609 = add i64 %560, 64
  %610 = sub i64 %560, %606
  %611 = lshr i64 %610, 4
  %612 = add i64 %609, %611
  %613 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %612)
  %614 = call i64 @llvm.umax.i64(i64 %607, i64 %613)
  %615 = select i1 %604, i64 %614, i64 %607
  store i64 %615, i64* %lowEnd, align 8
  %616 = add i64 %560, 64
  %617 = sub i64 %560, %scratch_start
  %618 = lshr i64 %617, 4
  %619 = add i64 %616, %618
  %620 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %619)
  %621 = call i64 @llvm.umax.i64(i64 %608, i64 %620)
  %622 = select i1 %604, i64 %608, i64 %621
  store i64 %622, i64* %highEnd, align 8
  store i64 %606, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %write.ok65
  %623 = load i64, i64* %lowStart, align 8
  %624 = icmp uge i64 %597, %623
  %625 = load i64, i64* %lowEnd, align 8
  %626 = icmp ule i64 %598, %625
  %627 = and i1 %624, %626
  %628 = call i1 @llvm.expect.i1(i1 %627, i1 true)
  br i1 %628, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %629 = icmp ugt i64 %598, %arena_size
  br i1 %629, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %write.ok65
  %630 = getelementptr i8, i8* %mem, i64 %597
  store i32 %595, i32* %unaligned72, align 4
  %631 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %630, i8* %631, i64 4, i1 false)
  store i64 0, i64* %lo, align 8
  %632 = load i64, i64* %n, align 8
  store i64 %632, i64* %hi, align 8
  %633 = load i64, i64* %hi, align 8
  %634 = load i64, i64* %lo, align 8
  %635 = icmp sgt i64 %633, %634
  %636 = zext i1 %635 to i32
  %637 = icmp ne i32 %636, 0
  br i1 %637, label %then, label %else

ok71:                                             ; preds = %write.slow69
  %638 = icmp ult i64 %597, %scratch_start
  %639 = load i64, i64* %lowStart, align 8
  %640 = call i64 @llvm.umin.i64(i64 %639, i64 %597)
  %641 = load i64, i64* %lowEnd, align 8
  %642 = load i64, i64* %highEnd, align 8
  %643 = add i64 %598, 64
  %644 = sub i64 %598, %640
  %645 = lshr i64 %644, 4
  %646 = add i64 %643, %645
  %647 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %646)
  %648 = call i64 @llvm.umax.i64(i64 %641, i64 %647)
  %649 = select i1 %638, i64 %648, i64 %641
  store i64 %649, i64* %lowEnd, align 8
  %650 = add i64 %598, 64
  %651 = sub i64 %598, %scratch_start
  %652 = lshr i64 %651, 4
  %653 = add i64 %650, %652
  %654 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %653)
  %655 = call i64 @llvm.umax.i64(i64 %642, i64 %654)
  %656 = select i1 %638, i64 %642, i64 %655
  store i64 %656, i64* %highEnd, align 8
  store i64 %640, i64* %lowStart, align 8
  br label %write.ok70

e1:                                               ; preds = %write.ok94
  %657 = load i32, i32* %result73, align 4
  store i32 %657, i32* %fibs, align 4
  %658 = load i32, i32* %dict, align 4
  %659 = load i32, i32* %fibs, align 4
  %660 = zext i32 %658 to i64
  %661 = add i64 %660, 16
  %662 = add i64 %661, 4
  %663 = icmp uge i64 %661, %scratch_start
  %664 = load i64, i64* %highEnd, align 8
  %665 = icmp ule i64 %662, %664
  %666 = and i1 %663, %665
  %667 = call i1 @llvm.expect.i1(i1 %666, i1 true)
  br i1 %667, label %write.ok99, label %write.low97

then:                                             ; preds = %write.ok70
  %668 = load i64, i64* %hi, align 8
  %669 = load i64, i64* %lo, align 8
  %670 = sub i64 %668, %669
  store i64 %670, i64* %result74, align 8
  br label %join

else:                                             ; preds = %write.ok70
  store i64 0, i64* %result74, align 8
  br label %join

join:                                             ; preds = %else, %then
  %671 = load i64, i64* %result74, align 8
  store i64 %671, i64* %count, align 8
  %672 = load i64, i64* %count, align 8
  %673 = icmp slt i64 %672, 0
  %674 = zext i1 %673 to i32
  %675 = load i64, i64* %count, align 8
  %676 = icmp sgt i64 %675, 2147483647
  %677 = zext i1 %676 to i32
  %678 = or i32 %674, %677
  %679 = icmp ne i32 %678, 0
  br i1 %679, label %then75, label %else76

then75:                                           ; preds = %join
  br label %trap15.site9

else76:                                           ; preds = %join
  br label %join77

join77:                                           ; preds = %else76, %dead
  %680 = load i64, i64* %count, align 8
  %681 = trunc i64 %680 to i32
  %682 = zext i32 %681 to i64
  %683 = mul i64 %682, 8
  %684 = add i64 8, %683
  store i64 %684, i64* %size, align 8
  %685 = load i64, i64* %size, align 8
  %686 = icmp ugt i64 %685, 2147483647
  %687 = zext i1 %686 to i32
  %688 = icmp ne i32 %687, 0
  br i1 %688, label %then78, label %else79

trap15.site9:                                     ; preds = %then75
  %689 = load i64, i64* %lowStart, align 8
  %690 = getelementptr i64, i64* %regs, i64 6
  store i64 %689, i64* %690, align 8
  %691 = load i64, i64* %lowEnd, align 8
  %692 = getelementptr i64, i64* %regs, i64 7
  store i64 %691, i64* %692, align 8
  %693 = load i64, i64* %highEnd, align 8
  %694 = getelementptr i64, i64* %regs, i64 8
  store i64 %693, i64* %694, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead:                                             ; No predecessors!
  br label %join77

then78:                                           ; preds = %join77
  br label %trap15.site10

else79:                                           ; preds = %join77
  br label %join80

join80:                                           ; preds = %else79, %dead81
  %695 = load i64, i64* %size, align 8
  %696 = trunc i64 %695 to i32
  %697 = zext i32 %696 to i64
  %698 = getelementptr i64, i64* %regs, i64 1
  %699 = getelementptr i64, i64* %regs, i64 2
  %700 = load i64, i64* %698, align 8
  %701 = add i64 %700, 7
  %702 = and i64 %701, -8
  %703 = add i64 %702, %697
  %704 = load i64, i64* %699, align 8
  %705 = icmp ugt i64 %703, %704
  br i1 %705, label %trap15.site10, label %ok82

trap15.site10:                                    ; preds = %join80, %then78
  %706 = load i64, i64* %lowStart, align 8
  %707 = getelementptr i64, i64* %regs, i64 6
  store i64 %706, i64* %707, align 8
  %708 = load i64, i64* %lowEnd, align 8
  %709 = getelementptr i64, i64* %regs, i64 7
  store i64 %708, i64* %709, align 8
  %710 = load i64, i64* %highEnd, align 8
  %711 = getelementptr i64, i64* %regs, i64 8
  store i64 %710, i64* %711, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead81:                                           ; No predecessors!
  br label %join80

ok82:                                             ; preds = %join80
  store i64 %703, i64* %698, align 8
  %712 = load i64, i64* %highEnd, align 8
  %713 = call i64 @llvm.umax.i64(i64 %712, i64 %703)
  store i64 %713, i64* %highEnd, align 8
  %714 = trunc i64 %702 to i32
  store i32 %714, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %715 = load i64, i64* %lo, align 8
  store i64 %715, i64* %i, align 8
  br label %range5

block4:                                           ; preds = %dead91, %ok83
  %716 = load i32, i32* %list, align 4
  %717 = load i32, i32* %len, align 4
  %718 = zext i32 %716 to i64
  %719 = add i64 %718, 4
  %720 = icmp uge i64 %718, %scratch_start
  %721 = load i64, i64* %highEnd, align 8
  %722 = icmp ule i64 %719, %721
  %723 = and i1 %720, %722
  %724 = call i1 @llvm.expect.i1(i1 %723, i1 true)
  br i1 %724, label %write.ok94, label %write.low92

range5:                                           ; preds = %write.ok88, %ok82
  %725 = load i64, i64* %fuel, align 8
  %726 = icmp ult i64 %725, 1
  br i1 %726, label %trap14.site0, label %ok83

ok83:                                             ; preds = %range5
  %727 = sub i64 %725, 1
  store i64 %727, i64* %fuel, align 8
  %728 = load i64, i64* %i, align 8
  %729 = load i64, i64* %hi, align 8
  %730 = icmp sge i64 %728, %729
  %731 = zext i1 %730 to i32
  %732 = icmp ne i32 %731, 0
  br i1 %732, label %block4, label %cont

cont:                                             ; preds = %ok83
  %733 = load i64, i64* %i, align 8
  store i64 %733, i64* %i.1, align 8
  %734 = load i32, i32* %list, align 4
  %735 = load i32, i32* %len, align 4
  %736 = mul i32 %735, 8
  %737 = add i32 %734, %736
  %738 = load i64, i64* %i.1, align 8
  %739 = icmp uge i32 %depth, 1000
  br i1 %739, label %trap15.site11, label %ok84

ok84:                                             ; preds = %cont
  %740 = icmp ult i64 %10, %stack_limit
  br i1 %740, label %trap253.site0, label %stack_ok85

trap15.site11:                                    ; preds = %cont
  %741 = load i64, i64* %lowStart, align 8
  %742 = getelementptr i64, i64* %regs, i64 6
  store i64 %741, i64* %742, align 8
  %743 = load i64, i64* %lowEnd, align 8
  %744 = getelementptr i64, i64* %regs, i64 7
  store i64 %743, i64* %744, align 8
  %745 = load i64, i64* %highEnd, align 8
  %746 = getelementptr i64, i64* %regs, i64 8
  store i64 %745, i64* %746, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok85:                                       ; preds = %ok84
  %747 = load i64, i64* %fuel, align 8
  %748 = getelementptr i64, i64* %regs, i64 0
  store i64 %747, i64* %748, align 8
  %749 = load i64, i64* %lowStart, align 8
  %750 = getelementptr i64, i64* %regs, i64 6
  store i64 %749, i64* %750, align 8
  %751 = load i64, i64* %lowEnd, align 8
  %752 = getelementptr i64, i64* %regs, i64 7
  store i64 %751, i64* %752, align 8
  %753 = load i64, i64* %highEnd, align 8
  %754 = getelementptr i64, i64* %regs, i64 8
  store i64 %753, i64* %754, align 8
  %755 = add i32 %depth, 1
  %756 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %755, i32 0, i64 %738)
  %757 = getelementptr i64, i64* %regs, i64 0
  %758 = load i64, i64* %757, align 8
  store i64 %758, i64* %fuel, align 8
  %759 = getelementptr i64, i64* %regs, i64 6
  %760 = load i64, i64* %759, align 8
  store i64 %760, i64* %lowStart, align 8
  %761 = getelementptr i64, i64* %regs, i64 7
  %762 = load i64, i64* %761, align 8
  store i64 %762, i64* %lowEnd, align 8
  %763 = getelementptr i64, i64* %regs, i64 8
  %764 = load i64, i64* %763, align 8
  store i64 %764, i64* %highEnd, align 8
  %765 = zext i32 %737 to i64
  %766 = add i64 %765, 8
  %767 = add i64 %766, 8
  %768 = icmp uge i64 %766, %scratch_start
  %769 = load i64, i64* %highEnd, align 8
  %770 = icmp ule i64 %767, %769
  %771 = and i1 %768, %770
  %772 = call i1 @llvm.expect.i1(i1 %771, i1 true)
  br i1 %772, label %write.ok88, label %write.low86

write.low86:                                      ; preds = %stack_ok85
  %773 = load i64, i64* %lowStart, align 8
  %774 = icmp uge i64 %766, %773
  %775 = load i64, i64* %lowEnd, align 8
  %776 = icmp ule i64 %767, %775
  %777 = and i1 %774, %776
  %778 = call i1 @llvm.expect.i1(i1 %777, i1 true)
  br i1 %778, label %write.ok88, label %write.slow87

write.slow87:                                     ; preds = %write.low86
  %779 = icmp ugt i64 %767, %arena_size
  br i1 %779, label %trap17.site0, label %ok89

write.ok88:                                       ; preds = %ok89, %write.low86, %stack_ok85
  %780 = getelementptr i8, i8* %mem, i64 %766
  store i64 %756, i64* %unaligned90, align 8
  %781 = bitcast i64* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %780, i8* %781, i64 8, i1 false)
  %782 = load i32, i32* %len, align 4
  %783 = add i32 %782, 1
  store i32 %783, i32* %len, align 4
  %784 = load i64, i64* %i, align 8
  %785 = add i64 %784, 1
  store i64 %785, i64* %i, align 8
  br label %range5

ok89:                                             ; preds = %write.slow87
  %786 = icmp ult i64 %766, %scratch_start
  %787 = load i64, i64* %lowStart, align 8
  %788 = call i64 @llvm.umin.i64(i64 %787, i64 %766)
  %789 = load i64, i64* %lowEnd, align 8
  %790 = load i64, i64* %highEnd, align 8
  %791 = add i64 %767, 64
  %792 = sub i64 %767, %788
  %793 = lshr i64 %792, 4
  %794 = add i64 %791, %793
  %795 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %794)
  %796 = call i64 @llvm.umax.i64(i64 %789, i64 %795)
  %797 = select i1 %786, i64 %796, i64 %789
  store i64 %797, i64* %lowEnd, align 8
  %798 = add i64 %767, 64
  %799 = sub i64 %767, %scratch_start
  %800 = lshr i64 %799, 4
  %801 = add i64 %798, %800
  %802 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %801)
  %803 = call i64 @llvm.umax.i64(i64 %790, i64 %802)
  %804 = select i1 %786, i64 %790, i64 %803
  store i64 %804, i64* %highEnd, align 8
  store i64 %788, i64* %lowStart, align 8
  br label %write.ok88

dead91:                                           ; No predecessors!
  br label %block4

write.low92:                                      ; preds = %block4
  %805 = load i64, i64* %lowStart, align 8
  %806 = icmp uge i64 %718, %805
  %807 = load i64, i64* %lowEnd, align 8
  %808 = icmp ule i64 %719, %807
  %809 = and i1 %806, %808
  %810 = call i1 @llvm.expect.i1(i1 %809, i1 true)
  br i1 %810, label %write.ok94, label %write.slow93

write.slow93:                                     ; preds = %write.low92
  %811 = icmp ugt i64 %719, %arena_size
  br i1 %811, label %trap17.site0, label %ok95

write.ok94:                                       ; preds = %ok95, %write.low92, %block4
  %812 = getelementptr i8, i8* %mem, i64 %718
  store i32 %717, i32* %unaligned96, align 4
  %813 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %812, i8* %813, i64 4, i1 false)
  %814 = load i32, i32* %list, align 4
  store i32 %814, i32* %result73, align 4
  br label %e1

ok95:                                             ; preds = %write.slow93
  %815 = icmp ult i64 %718, %scratch_start
  %816 = load i64, i64* %lowStart, align 8
  %817 = call i64 @llvm.umin.i64(i64 %816, i64 %718)
  %818 = load i64, i64* %lowEnd, align 8
  %819 = load i64, i64* %highEnd, align 8
  %820 = add i64 %719, 64
  %821 = sub i64 %719, %817
  %822 = lshr i64 %821, 4
  %823 = add i64 %820, %822
  %824 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %823)
  %825 = call i64 @llvm.umax.i64(i64 %818, i64 %824)
  %826 = select i1 %815, i64 %825, i64 %818
  store i64 %826, i64* %lowEnd, align 8
  %827 = add i64 %719, 64
  %828 = sub i64 %719, %scratch_start
  %829 = lshr i64 %828, 4
  %830 = add i64 %827, %829
  %831 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %830)
  %832 = call i64 @llvm.umax.i64(i64 %819, i64 %831)
  %833 = select i1 %815, i64 %819, i64 %832
  store i64 %833, i64* %highEnd, align 8
  store i64 %817, i64* %lowStart, align 8
  br label %write.ok94

write.low97:                                      ; preds = %e1
  %834 = load i64, i64* %lowStart, align 8
  %835 = icmp uge i64 %661, %834
  %836 = load i64, i64* %lowEnd, align 8
  %837 = icmp ule i64 %662, %836
  %838 = and i1 %835, %837
  %839 = call i1 @llvm.expect.i1(i1 %838, i1 true)
  br i1 %839, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %840 = icmp ugt i64 %662, %arena_size
  br i1 %840, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %e1
  %841 = getelementptr i8, i8* %mem, i64 %661
  store i32 %659, i32* %unaligned101, align 4
  %842 = bitcast i32* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %841, i8* %842, i64 4, i1 false)
  store i64 0, i64* %lo.1, align 8
  %843 = load i64, i64* %n, align 8
  store i64 %843, i64* %hi.1, align 8
  %844 = load i64, i64* %hi.1, align 8
  %845 = load i64, i64* %lo.1, align 8
  %846 = icmp sgt i64 %844, %845
  %847 = zext i1 %846 to i32
  %848 = icmp ne i32 %847, 0
  br i1 %848, label %then103, label %else104

ok100:                                            ; preds = %write.slow98
  %849 = icmp ult i64 %661, %scratch_start
  %850 = load i64, i64* %lowStart, align 8
  %851 = call i64 @llvm.umin.i64(i64 %850, i64 %661)
  %852 = load i64, i64* %lowEnd, align 8
  %853 = load i64, i64* %highEnd, align 8
  %854 = add i64 %662, 64
  %855 = sub i64 %662, %851
  %856 = lshr i64 %855, 4
  %857 = add i64 %854, %856
  %858 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %857)
  %859 = call i64 @llvm.umax.i64(i64 %852, i64 %858)
  %860 = select i1 %849, i64 %859, i64 %852
  store i64 %860, i64* %lowEnd, align 8
  %861 = add i64 %662, 64
  %862 = sub i64 %662, %scratch_start
  %863 = lshr i64 %862, 4
  %864 = add i64 %861, %863
  %865 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %864)
  %866 = call i64 @llvm.umax.i64(i64 %853, i64 %865)
  %867 = select i1 %849, i64 %853, i64 %866
  store i64 %867, i64* %highEnd, align 8
  store i64 %851, i64* %lowStart, align 8
  br label %write.ok99

e8:                                               ; preds = %write.ok127
  %868 = load i32, i32* %result102, align 4
  store i32 %868, i32* %parity, align 4
  %869 = load i32, i32* %dict, align 4
  %870 = load i32, i32* %parity, align 4
  %871 = zext i32 %869 to i64
  %872 = add i64 %871, 20
  %873 = add i64 %872, 4
  %874 = icmp uge i64 %872, %scratch_start
  %875 = load i64, i64* %highEnd, align 8
  %876 = icmp ule i64 %873, %875
  %877 = and i1 %874, %876
  %878 = call i1 @llvm.expect.i1(i1 %877, i1 true)
  br i1 %878, label %write.ok132, label %write.low130

then103:                                          ; preds = %write.ok99
  %879 = load i64, i64* %hi.1, align 8
  %880 = load i64, i64* %lo.1, align 8
  %881 = sub i64 %879, %880
  store i64 %881, i64* %result106, align 8
  br label %join105

else104:                                          ; preds = %write.ok99
  store i64 0, i64* %result106, align 8
  br label %join105

join105:                                          ; preds = %else104, %then103
  %882 = load i64, i64* %result106, align 8
  store i64 %882, i64* %count.1, align 8
  %883 = load i64, i64* %count.1, align 8
  %884 = icmp slt i64 %883, 0
  %885 = zext i1 %884 to i32
  %886 = load i64, i64* %count.1, align 8
  %887 = icmp sgt i64 %886, 2147483647
  %888 = zext i1 %887 to i32
  %889 = or i32 %885, %888
  %890 = icmp ne i32 %889, 0
  br i1 %890, label %then107, label %else108

then107:                                          ; preds = %join105
  br label %trap15.site12

else108:                                          ; preds = %join105
  br label %join109

join109:                                          ; preds = %else108, %dead110
  %891 = load i64, i64* %count.1, align 8
  %892 = trunc i64 %891 to i32
  %893 = zext i32 %892 to i64
  %894 = mul i64 %893, 1
  %895 = add i64 4, %894
  store i64 %895, i64* %size.1, align 8
  %896 = load i64, i64* %size.1, align 8
  %897 = icmp ugt i64 %896, 2147483647
  %898 = zext i1 %897 to i32
  %899 = icmp ne i32 %898, 0
  br i1 %899, label %then111, label %else112

trap15.site12:                                    ; preds = %then107
  %900 = load i64, i64* %lowStart, align 8
  %901 = getelementptr i64, i64* %regs, i64 6
  store i64 %900, i64* %901, align 8
  %902 = load i64, i64* %lowEnd, align 8
  %903 = getelementptr i64, i64* %regs, i64 7
  store i64 %902, i64* %903, align 8
  %904 = load i64, i64* %highEnd, align 8
  %905 = getelementptr i64, i64* %regs, i64 8
  store i64 %904, i64* %905, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

dead110:                                          ; No predecessors!
  br label %join109

then111:                                          ; preds = %join109
  br label %trap15.site13

else112:                                          ; preds = %join109
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %906 = load i64, i64* %size.1, align 8
  %907 = trunc i64 %906 to i32
  %908 = zext i32 %907 to i64
  %909 = getelementptr i64, i64* %regs, i64 1
  %910 = getelementptr i64, i64* %regs, i64 2
  %911 = load i64, i64* %909, align 8
  %912 = add i64 %911, 3
  %913 = and i64 %912, -4
  %914 = add i64 %913, %908
  %915 = load i64, i64* %910, align 8
  %916 = icmp ugt i64 %914, %915
  br i1 %916, label %trap15.site13, label %ok115

trap15.site13:                                    ; preds = %join113, %then111
  %917 = load i64, i64* %lowStart, align 8
  %918 = getelementptr i64, i64* %regs, i64 6
  store i64 %917, i64* %918, align 8
  %919 = load i64, i64* %lowEnd, align 8
  %920 = getelementptr i64, i64* %regs, i64 7
  store i64 %919, i64* %920, align 8
  %921 = load i64, i64* %highEnd, align 8
  %922 = getelementptr i64, i64* %regs, i64 8
  store i64 %921, i64* %922, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

ok115:                                            ; preds = %join113
  store i64 %914, i64* %909, align 8
  %923 = load i64, i64* %highEnd, align 8
  %924 = call i64 @llvm.umax.i64(i64 %923, i64 %914)
  store i64 %924, i64* %highEnd, align 8
  %925 = trunc i64 %913 to i32
  store i32 %925, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %926 = load i64, i64* %lo.1, align 8
  store i64 %926, i64* %i.2, align 8
  br label %range12

block11:                                          ; preds = %dead124, %ok116
  %927 = load i32, i32* %list.1, align 4
  %928 = load i32, i32* %len.1, align 4
  %929 = zext i32 %927 to i64
  %930 = add i64 %929, 4
  %931 = icmp uge i64 %929, %scratch_start
  %932 = load i64, i64* %highEnd, align 8
  %933 = icmp ule i64 %930, %932
  %934 = and i1 %931, %933
  %935 = call i1 @llvm.expect.i1(i1 %934, i1 true)
  br i1 %935, label %write.ok127, label %write.low125

range12:                                          ; preds = %write.ok122, %ok115
  %936 = load i64, i64* %fuel, align 8
  %937 = icmp ult i64 %936, 1
  br i1 %937, label %trap14.site0, label %ok116

ok116:                                            ; preds = %range12
  %938 = sub i64 %936, 1
  store i64 %938, i64* %fuel, align 8
  %939 = load i64, i64* %i.2, align 8
  %940 = load i64, i64* %hi.1, align 8
  %941 = icmp sge i64 %939, %940
  %942 = zext i1 %941 to i32
  %943 = icmp ne i32 %942, 0
  br i1 %943, label %block11, label %cont117

cont117:                                          ; preds = %ok116
  %944 = load i64, i64* %i.2, align 8
  store i64 %944, i64* %i.3, align 8
  %945 = load i32, i32* %list.1, align 4
  %946 = load i32, i32* %len.1, align 4
  %947 = mul i32 %946, 1
  %948 = add i32 %945, %947
  %949 = load i64, i64* %i.3, align 8
  %950 = icmp uge i32 %depth, 1000
  br i1 %950, label %trap15.site14, label %ok118

ok118:                                            ; preds = %cont117
  %951 = icmp ult i64 %10, %stack_limit
  br i1 %951, label %trap253.site0, label %stack_ok119

trap15.site14:                                    ; preds = %cont117
  %952 = load i64, i64* %lowStart, align 8
  %953 = getelementptr i64, i64* %regs, i64 6
  store i64 %952, i64* %953, align 8
  %954 = load i64, i64* %lowEnd, align 8
  %955 = getelementptr i64, i64* %regs, i64 7
  store i64 %954, i64* %955, align 8
  %956 = load i64, i64* %highEnd, align 8
  %957 = getelementptr i64, i64* %regs, i64 8
  store i64 %956, i64* %957, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok119:                                      ; preds = %ok118
  %958 = load i64, i64* %fuel, align 8
  %959 = getelementptr i64, i64* %regs, i64 0
  store i64 %958, i64* %959, align 8
  %960 = load i64, i64* %lowStart, align 8
  %961 = getelementptr i64, i64* %regs, i64 6
  store i64 %960, i64* %961, align 8
  %962 = load i64, i64* %lowEnd, align 8
  %963 = getelementptr i64, i64* %regs, i64 7
  store i64 %962, i64* %963, align 8
  %964 = load i64, i64* %highEnd, align 8
  %965 = getelementptr i64, i64* %regs, i64 8
  store i64 %964, i64* %965, align 8
  %966 = add i32 %depth, 1
  %967 = call i32 @m0.fn.is_even(i64* %regs, i8* %mem, i32 %966, i32 0, i64 %949)
  %968 = getelementptr i64, i64* %regs, i64 0
  %969 = load i64, i64* %968, align 8
  store i64 %969, i64* %fuel, align 8
  %970 = getelementptr i64, i64* %regs, i64 6
  %971 = load i64, i64* %970, align 8
  store i64 %971, i64* %lowStart, align 8
  %972 = getelementptr i64, i64* %regs, i64 7
  %973 = load i64, i64* %972, align 8
  store i64 %973, i64* %lowEnd, align 8
  %974 = getelementptr i64, i64* %regs, i64 8
  %975 = load i64, i64* %974, align 8
  store i64 %975, i64* %highEnd, align 8
  %976 = zext i32 %948 to i64
  %977 = add i64 %976, 4
  %978 = add i64 %977, 1
  %979 = icmp uge i64 %977, %scratch_start
  %980 = load i64, i64* %highEnd, align 8
  %981 = icmp ule i64 %978, %980
  %982 = and i1 %979, %981
  %983 = call i1 @llvm.expect.i1(i1 %982, i1 true)
  br i1 %983, label %write.ok122, label %write.low120

write.low120:                                     ; preds = %stack_ok119
  %984 = load i64, i64* %lowStart, align 8
  %985 = icmp uge i64 %977, %984
  %986 = load i64, i64* %lowEnd, align 8
  %987 = icmp ule i64 %978, %986
  %988 = and i1 %985, %987
  %989 = call i1 @llvm.expect.i1(i1 %988, i1 true)
  br i1 %989, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %990 = icmp ugt i64 %978, %arena_size
  br i1 %990, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %stack_ok119
  %991 = getelementptr i8, i8* %mem, i64 %977
  %992 = trunc i32 %967 to i8
  store i8 %992, i8* %991, align 1
  %993 = load i32, i32* %len.1, align 4
  %994 = add i32 %993, 1
  store i32 %994, i32* %len.1, align 4
  %995 = load i64, i64* %i.2, align 8
  %996 = add i64 %995, 1
  store i64 %996, i64* %i.2, align 8
  br label %range12

ok123:                                            ; preds = %write.slow121
  %997 = icmp ult i64 %977, %scratch_start
  %998 = load i64, i64* %lowStart, align 8
  %999 = call i64 @llvm.umin.i64(i64 %998, i64 %977)
  %1000 = load i64, i64* %lowEnd, align 8
  %1001 = load i64, i64* %highEnd, align 8
  %1002 = add i64 %978, 64
  %1003 = sub i64 %978, %999
  %1004 = lshr i64 %1003, 4
  %1005 = add i64 %1002, %1004
  %1006 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1005)
  %1007 = call i64 @llvm.umax.i64(i64 %1000, i64 %1006)
  %1008 = select i1 %997, i64 %1007, i64 %1000
  store i64 %1008, i64* %lowEnd, align 8
  %1009 = add i64 %978, 64
  %1010 = sub i64 %978, %scratch_start
  %1011 = lshr i64 %1010, 4
  %1012 = add i64 %1009, %1011
  %1013 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1012)
  %1014 = call i64 @llvm.umax.i64(i64 %1001, i64 %1013)
  %1015 = select i1 %997, i64 %1001, i64 %1014
  store i64 %1015, i64* %highEnd, align 8
  store i64 %999, i64* %lowStart, align 8
  br label %write.ok122

dead124:                                          ; No predecessors!
  br label %block11

write.low125:                                     ; preds = %block11
  %1016 = load i64, i64* %lowStart, align 8
  %1017 = icmp uge i64 %929, %1016
  %1018 = load i64, i64* %lowEnd, align 8
  %1019 = icmp ule i64 %930, %1018
  %1020 = and i1 %1017, %1019
  %1021 = call i1 @llvm.expect.i1(i1 %1020, i1 true)
  br i1 %1021, label %write.ok127, label %write.slow126

write.slow126:                                    ; preds = %write.low125
  %1022 = icmp ugt i64 %930, %arena_size
  br i1 %1022, label %trap17.site0, label %ok128

write.ok127:                                      ; preds = %ok128, %write.low125, %block11
  %1023 = getelementptr i8, i8* %mem, i64 %929
  store i32 %928, i32* %unaligned129, align 4
  %1024 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1023, i8* %1024, i64 4, i1 false)
  %1025 = load i32, i32* %list.1, align 4
  store i32 %1025, i32* %result102, align 4
  br label %e8

ok128:                                            ; preds = %write.slow126
  %1026 = icmp ult i64 %929, %scratch_start
  %1027 = load i64, i64* %lowStart, align 8
  %1028 = call i64 @llvm.umin.i64(i64 %1027, i64 %929)
  %1029 = load i64, i64* %lowEnd, align 8
  %1030 = load i64, i64* %highEnd, align 8
  %1031 = add i64 %930, 64
  %1032 = sub i64 %930, %1028
  %1033 = lshr i64 %1032, 4
  %1034 = add i64 %1031, %1033
  %1035 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1034)
  %1036 = call i64 @llvm.umax.i64(i64 %1029, i64 %1035)
  %1037 = select i1 %1026, i64 %1036, i64 %1029
  store i64 %1037, i64* %lowEnd, align 8
  %1038 = add i64 %930, 64
  %1039 = sub i64 %930, %scratch_start
  %1040 = lshr i64 %1039, 4
  %1041 = add i64 %1038, %1040
  %1042 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1041)
  %1043 = call i64 @llvm.umax.i64(i64 %1030, i64 %1042)
  %1044 = select i1 %1026, i64 %1030, i64 %1043
  store i64 %1044, i64* %highEnd, align 8
  store i64 %1028, i64* %lowStart, align 8
  br label %write.ok127

write.low130:                                     ; preds = %e8
  %1045 = load i64, i64* %lowStart, align 8
  %1046 = icmp uge i64 %872, %1045
  %1047 = load i64, i64* %lowEnd, align 8
  %1048 = icmp ule i64 %873, %1047
  %1049 = and i1 %1046, %1048
  %1050 = call i1 @llvm.expect.i1(i1 %1049, i1 true)
  br i1 %1050, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %1051 = icmp ugt i64 %873, %arena_size
  br i1 %1051, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %e8
  %1052 = getelementptr i8, i8* %mem, i64 %872
  store i32 %870, i32* %unaligned134, align 4
  %1053 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1052, i8* %1053, i64 4, i1 false)
  %1054 = load i32, i32* %dict, align 4
  %1055 = icmp uge i32 %depth, 1000
  br i1 %1055, label %trap15.site15, label %ok135

ok133:                                            ; preds = %write.slow131
  %1056 = icmp ult i64 %872, %scratch_start
  %1057 = load i64, i64* %lowStart, align 8
  %1058 = call i64 @llvm.umin.i64(i64 %1057, i64 %872)
  %1059 = load i64, i64* %lowEnd, align 8
  %1060 = load i64, i64* %highEnd, align 8
  %1061 = add i64 %873, 64
  %1062 = sub i64 %873, %1058
  %1063 = lshr i64 %1062, 4
  %1064 = add i64 %1061, %1063
  %1065 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1064)
  %1066 = call i64 @llvm.umax.i64(i64 %1059, i64 %1065)
  %1067 = select i1 %1056, i64 %1066, i64 %1059
  store i64 %1067, i64* %lowEnd, align 8
  %1068 = add i64 %873, 64
  %1069 = sub i64 %873, %scratch_start
  %1070 = lshr i64 %1069, 4
  %1071 = add i64 %1068, %1070
  %1072 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1071)
  %1073 = call i64 @llvm.umax.i64(i64 %1060, i64 %1072)
  %1074 = select i1 %1056, i64 %1060, i64 %1073
  store i64 %1074, i64* %highEnd, align 8
  store i64 %1058, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %1075 = icmp ult i64 %10, %stack_limit
  br i1 %1075, label %trap253.site0, label %stack_ok136

trap15.site15:                                    ; preds = %write.ok132
  %1076 = load i64, i64* %lowStart, align 8
  %1077 = getelementptr i64, i64* %regs, i64 6
  store i64 %1076, i64* %1077, align 8
  %1078 = load i64, i64* %lowEnd, align 8
  %1079 = getelementptr i64, i64* %regs, i64 7
  store i64 %1078, i64* %1079, align 8
  %1080 = load i64, i64* %highEnd, align 8
  %1081 = getelementptr i64, i64* %regs, i64 8
  store i64 %1080, i64* %1081, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok136:                                      ; preds = %ok135
  %1082 = load i64, i64* %fuel, align 8
  %1083 = getelementptr i64, i64* %regs, i64 0
  store i64 %1082, i64* %1083, align 8
  %1084 = load i64, i64* %lowStart, align 8
  %1085 = getelementptr i64, i64* %regs, i64 6
  store i64 %1084, i64* %1085, align 8
  %1086 = load i64, i64* %lowEnd, align 8
  %1087 = getelementptr i64, i64* %regs, i64 7
  store i64 %1086, i64* %1087, align 8
  %1088 = load i64, i64* %highEnd, align 8
  %1089 = getelementptr i64, i64* %regs, i64 8
  store i64 %1088, i64* %1089, align 8
  %1090 = add i32 %depth, 1
  %1091 = call i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %1090, i32 %1054, i64 0)
  %1092 = getelementptr i64, i64* %regs, i64 0
  %1093 = load i64, i64* %1092, align 8
  store i64 %1093, i64* %fuel, align 8
  %1094 = getelementptr i64, i64* %regs, i64 6
  %1095 = load i64, i64* %1094, align 8
  store i64 %1095, i64* %lowStart, align 8
  %1096 = getelementptr i64, i64* %regs, i64 7
  %1097 = load i64, i64* %1096, align 8
  store i64 %1097, i64* %lowEnd, align 8
  %1098 = getelementptr i64, i64* %regs, i64 8
  %1099 = load i64, i64* %1098, align 8
  store i64 %1099, i64* %highEnd, align 8
  store i64 %1091, i64* %total, align 8
  %1100 = load i32, i32* %dict, align 4
  %1101 = load i64, i64* %total, align 8
  %1102 = zext i32 %1100 to i64
  %1103 = add i64 %1102, 24
  %1104 = add i64 %1103, 8
  %1105 = icmp uge i64 %1103, %scratch_start
  %1106 = load i64, i64* %highEnd, align 8
  %1107 = icmp ule i64 %1104, %1106
  %1108 = and i1 %1105, %1107
  %1109 = call i1 @llvm.expect.i1(i1 %1108, i1 true)
  br i1 %1109, label %write.ok139, label %write.low137

write.low137:                                     ; preds = %stack_ok136
  %1110 = load i64, i64* %lowStart, align 8
  %1111 = icmp uge i64 %1103, %1110
  %1112 = load i64, i64* %lowEnd, align 8
  %1113 = icmp ule i64 %1104, %1112
  %1114 = and i1 %1111, %1113
  %1115 = call i1 @llvm.expect.i1(i1 %1114, i1 true)
  br i1 %1115, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1116 = icmp ugt i64 %1104, %arena_size
  br i1 %1116, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %stack_ok136
  %1117 = getelementptr i8, i8* %mem, i64 %1103
  store i64 %1101, i64* %unaligned141, align 8
  %1118 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1117, i8* %1118, i64 8, i1 false)
  %1119 = load i32, i32* %dict, align 4
  store i32 %1119, i32* %result5, align 4
  br label %e0

ok140:                                            ; preds = %write.slow138
  %1120 = icmp ult i64 %1103, %scratch_start
  %1121 = load i64, i64* %lowStart, align 8
  %1122 = call i64 @llvm.umin.i64(i64 %1121, i64 %1103)
  %1123 = load i64, i64* %lowEnd, align 8
  %1124 = load i64, i64* %highEnd, align 8
  %1125 = add i64 %1104, 64
  %1126 = sub i64 %1104, %1122
  %1127 = lshr i64 %1126, 4
  %1128 = add i64 %1125, %1127
  %1129 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1128)
  %1130 = call i64 @llvm.umax.i64(i64 %1123, i64 %1129)
  %1131 = select i1 %1120, i64 %1130, i64 %1123
  store i64 %1131, i64* %lowEnd, align 8
  %1132 = add i64 %1104, 64
  %1133 = sub i64 %1104, %scratch_start
  %1134 = lshr i64 %1133, 4
  %1135 = add i64 %1132, %1134
  %1136 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1135)
  %1137 = call i64 @llvm.umax.i64(i64 %1124, i64 %1136)
  %1138 = select i1 %1120, i64 %1124, i64 %1137
  store i64 %1138, i64* %highEnd, align 8
  store i64 %1122, i64* %lowStart, align 8
  br label %write.ok139

ok142:                                            ; preds = %e0
  %1139 = icmp ult i64 %10, %stack_limit
  br i1 %1139, label %trap253.site0, label %stack_ok143

trap15.site0:                                     ; preds = %e0
  %1140 = load i64, i64* %lowStart, align 8
  %1141 = getelementptr i64, i64* %regs, i64 6
  store i64 %1140, i64* %1141, align 8
  %1142 = load i64, i64* %lowEnd, align 8
  %1143 = getelementptr i64, i64* %regs, i64 7
  store i64 %1142, i64* %1143, align 8
  %1144 = load i64, i64* %highEnd, align 8
  %1145 = getelementptr i64, i64* %regs, i64 8
  store i64 %1144, i64* %1145, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok143:                                      ; preds = %ok142
  %1146 = load i64, i64* %fuel, align 8
  %1147 = getelementptr i64, i64* %regs, i64 0
  store i64 %1146, i64* %1147, align 8
  %1148 = load i64, i64* %lowStart, align 8
  %1149 = getelementptr i64, i64* %regs, i64 6
  store i64 %1148, i64* %1149, align 8
  %1150 = load i64, i64* %lowEnd, align 8
  %1151 = getelementptr i64, i64* %regs, i64 7
  store i64 %1150, i64* %1151, align 8
  %1152 = load i64, i64* %highEnd, align 8
  %1153 = getelementptr i64, i64* %regs, i64 8
  store i64 %1152, i64* %1153, align 8
  %1154 = add i32 %depth, 1
  %1155 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1154, i32 %89, i32 %90, i32 0)
  %1156 = getelementptr i64, i64* %regs, i64 0
  %1157 = load i64, i64* %1156, align 8
  store i64 %1157, i64* %fuel, align 8
  %1158 = getelementptr i64, i64* %regs, i64 6
  %1159 = load i64, i64* %1158, align 8
  store i64 %1159, i64* %lowStart, align 8
  %1160 = getelementptr i64, i64* %regs, i64 7
  %1161 = load i64, i64* %1160, align 8
  store i64 %1161, i64* %lowEnd, align 8
  %1162 = getelementptr i64, i64* %regs, i64 8
  %1163 = load i64, i64* %1162, align 8
  store i64 %1163, i64* %highEnd, align 8
  store i32 %1155, i32* %json_end, align 4
  %1164 = load i32, i32* %json_end, align 4
  %1165 = icmp eq i32 %1164, -2
  %1166 = zext i1 %1165 to i32
  %1167 = icmp ne i32 %1166, 0
  br i1 %1167, label %then144, label %else145

then144:                                          ; preds = %stack_ok143
  br label %trap16.site4

else145:                                          ; preds = %stack_ok143
  br label %join146

join146:                                          ; preds = %else145, %dead147
  %1168 = load i32, i32* %json_end, align 4
  %1169 = icmp eq i32 %1168, -1
  %1170 = zext i1 %1169 to i32
  %1171 = icmp ne i32 %1170, 0
  br i1 %1171, label %then148, label %else149

trap16.site4:                                     ; preds = %then144
  %1172 = load i64, i64* %lowStart, align 8
  %1173 = getelementptr i64, i64* %regs, i64 6
  store i64 %1172, i64* %1173, align 8
  %1174 = load i64, i64* %lowEnd, align 8
  %1175 = getelementptr i64, i64* %regs, i64 7
  store i64 %1174, i64* %1175, align 8
  %1176 = load i64, i64* %highEnd, align 8
  %1177 = getelementptr i64, i64* %regs, i64 8
  store i64 %1176, i64* %1177, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead147:                                          ; No predecessors!
  br label %join146

then148:                                          ; preds = %join146
  br label %trap15.site4

else149:                                          ; preds = %join146
  br label %join150

join150:                                          ; preds = %else149, %dead151
  %1178 = load i32, i32* %json_end, align 4
  %1179 = zext i32 %1178 to i64
  %1180 = getelementptr i64, i64* %regs, i64 3
  store i64 %1179, i64* %1180, align 8
  %1181 = load i32, i32* %json_end, align 4
  %1182 = load i32, i32* %json_start, align 4
  %1183 = sub i32 %1181, %1182
  %1184 = load i64, i64* %fuel, align 8
  %1185 = getelementptr i64, i64* %regs, i64 0
  store i64 %1184, i64* %1185, align 8
  %1186 = load i64, i64* %lowStart, align 8
  %1187 = getelementptr i64, i64* %regs, i64 6
  store i64 %1186, i64* %1187, align 8
  %1188 = load i64, i64* %lowEnd, align 8
  %1189 = getelementptr i64, i64* %regs, i64 7
  store i64 %1188, i64* %1189, align 8
  %1190 = load i64, i64* %highEnd, align 8
  %1191 = getelementptr i64, i64* %regs, i64 8
  store i64 %1190, i64* %1191, align 8
  ret i32 %1183

dead151:                                          ; No predecessors!
  br label %join150
}

define internal i64 @m0.fn.fib(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %k = alloca i64, align 8
  store i64 %k.arg, i64* %k, align 8
  %env.in1 = alloca i32, align 4
  store i32 0, i32* %env.in1, align 4
  %k.in1 = alloca i64, align 8
  store i64 0, i64* %k.in1, align 8
  %env.in2 = alloca i32, align 4
  store i32 0, i32* %env.in2, align 4
  %k.in2 = alloca i64, align 8
  store i64 0, i64* %k.in2, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %2 = ptrtoint i8* %stack_probe to i64
  %3 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %3, align 8
  %result = alloca i64, align 8
  %result1 = alloca i64, align 8
  %result4 = alloca i64, align 8
  %result9 = alloca i64, align 8
  %result16 = alloca i64, align 8
  %result19 = alloca i64, align 8
  %result24 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i64, i64* %k, align 8
  %8 = icmp slt i64 %7, 2
  %9 = zext i1 %8 to i32
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %then, label %else

trap14.site0:                                     ; preds = %ok18, %ok3, %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %11 = load i64, i64* %k, align 8
  store i64 %11, i64* %result, align 8
  br label %join

else:                                             ; preds = %ok
  store i32 0, i32* %env.in1, align 4
  %12 = load i64, i64* %k, align 8
  %13 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %12, i64 1)
  %14 = extractvalue { i64, i1 } %13, 1
  br i1 %14, label %trap2.site18, label %ok2

join:                                             ; preds = %ok32, %then
  %15 = load i64, i64* %result, align 8
  %16 = load i64, i64* %fuel, align 8
  %17 = getelementptr i64, i64* %regs, i64 0
  store i64 %16, i64* %17, align 8
  ret i64 %15

fn.fib.args.in1:                                  ; preds = %fn.fib.in1
  %18 = load i64, i64* %result1, align 8
  store i32 0, i32* %env.in2, align 4
  %19 = load i64, i64* %k, align 8
  %20 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %19, i64 2)
  %21 = extractvalue { i64, i1 } %20, 1
  br i1 %21, label %trap2.site20, label %ok17

ok2:                                              ; preds = %else
  %22 = extractvalue { i64, i1 } %13, 0
  store i64 %22, i64* %k.in1, align 8
  %23 = icmp uge i32 %depth, 1000
  br i1 %23, label %trap15.site19, label %ok3

trap2.site18:                                     ; preds = %else22, %else7, %else
  call void @tetra_trap(i64* %regs, i32 2, i32 18)
  unreachable

ok3:                                              ; preds = %ok2
  %24 = add i32 %depth, 1
  %25 = load i64, i64* %fuel, align 8
  %26 = icmp ult i64 %25, 1
  br i1 %26, label %trap14.site0, label %ok5

trap15.site19:                                    ; preds = %ok25, %ok10, %ok2
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

fn.fib.in1:                                       ; preds = %join8
  %27 = load i64, i64* %result4, align 8
  store i64 %27, i64* %result1, align 8
  br label %fn.fib.args.in1

ok5:                                              ; preds = %ok3
  %28 = sub i64 %25, 1
  store i64 %28, i64* %fuel, align 8
  %29 = load i64, i64* %k.in1, align 8
  %30 = icmp slt i64 %29, 2
  %31 = zext i1 %30 to i32
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %then6, label %else7

then6:                                            ; preds = %ok5
  %33 = load i64, i64* %k.in1, align 8
  store i64 %33, i64* %result9, align 8
  br label %join8

else7:                                            ; preds = %ok5
  %34 = load i64, i64* %k.in1, align 8
  %35 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %34, i64 1)
  %36 = extractvalue { i64, i1 } %35, 1
  br i1 %36, label %trap2.site18, label %ok10

join8:                                            ; preds = %ok15, %then6
  %37 = load i64, i64* %result9, align 8
  store i64 %37, i64* %result4, align 8
  br label %fn.fib.in1

ok10:                                             ; preds = %else7
  %38 = extractvalue { i64, i1 } %35, 0
  %39 = icmp uge i32 %24, 1000
  br i1 %39, label %trap15.site19, label %ok11

ok11:                                             ; preds = %ok10
  %40 = icmp ult i64 %2, %stack_limit
  br i1 %40, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %ok11
  %41 = load i64, i64* %fuel, align 8
  %42 = getelementptr i64, i64* %regs, i64 0
  store i64 %41, i64* %42, align 8
  %43 = add i32 %24, 1
  %44 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %43, i32 0, i64 %38)
  %45 = getelementptr i64, i64* %regs, i64 0
  %46 = load i64, i64* %45, align 8
  store i64 %46, i64* %fuel, align 8
  %47 = load i64, i64* %k.in1, align 8
  %48 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %47, i64 2)
  %49 = extractvalue { i64, i1 } %48, 1
  br i1 %49, label %trap2.site20, label %ok12

trap253.site0:                                    ; preds = %ok29, %ok26, %ok13, %ok11
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok12:                                             ; preds = %stack_ok
  %50 = extractvalue { i64, i1 } %48, 0
  %51 = icmp uge i32 %24, 1000
  br i1 %51, label %trap15.site21, label %ok13

trap2.site20:                                     ; preds = %stack_ok27, %fn.fib.args.in1, %stack_ok
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

ok13:                                             ; preds = %ok12
  %52 = icmp ult i64 %2, %stack_limit
  br i1 %52, label %trap253.site0, label %stack_ok14

trap15.site21:                                    ; preds = %ok28, %ok17, %ok12
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

stack_ok14:                                       ; preds = %ok13
  %53 = load i64, i64* %fuel, align 8
  %54 = getelementptr i64, i64* %regs, i64 0
  store i64 %53, i64* %54, align 8
  %55 = add i32 %24, 1
  %56 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %55, i32 0, i64 %50)
  %57 = getelementptr i64, i64* %regs, i64 0
  %58 = load i64, i64* %57, align 8
  store i64 %58, i64* %fuel, align 8
  %59 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %44, i64 %56)
  %60 = extractvalue { i64, i1 } %59, 1
  br i1 %60, label %trap2.site17, label %ok15

ok15:                                             ; preds = %stack_ok14
  %61 = extractvalue { i64, i1 } %59, 0
  store i64 %61, i64* %result9, align 8
  br label %join8

trap2.site17:                                     ; preds = %fn.fib.args.in2, %stack_ok30, %stack_ok14
  call void @tetra_trap(i64* %regs, i32 2, i32 17)
  unreachable

fn.fib.args.in2:                                  ; preds = %fn.fib.in2
  %62 = load i64, i64* %result16, align 8
  %63 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %18, i64 %62)
  %64 = extractvalue { i64, i1 } %63, 1
  br i1 %64, label %trap2.site17, label %ok32

ok17:                                             ; preds = %fn.fib.args.in1
  %65 = extractvalue { i64, i1 } %20, 0
  store i64 %65, i64* %k.in2, align 8
  %66 = icmp uge i32 %depth, 1000
  br i1 %66, label %trap15.site21, label %ok18

ok18:                                             ; preds = %ok17
  %67 = add i32 %depth, 1
  %68 = load i64, i64* %fuel, align 8
  %69 = icmp ult i64 %68, 1
  br i1 %69, label %trap14.site0, label %ok20

fn.fib.in2:                                       ; preds = %join23
  %70 = load i64, i64* %result19, align 8
  store i64 %70, i64* %result16, align 8
  br label %fn.fib.args.in2

ok20:                                             ; preds = %ok18
  %71 = sub i64 %68, 1
  store i64 %71, i64* %fuel, align 8
  %72 = load i64, i64* %k.in2, align 8
  %73 = icmp slt i64 %72, 2
  %74 = zext i1 %73 to i32
  %75 = icmp ne i32 %74, 0
  br i1 %75, label %then21, label %else22

then21:                                           ; preds = %ok20
  %76 = load i64, i64* %k.in2, align 8
  store i64 %76, i64* %result24, align 8
  br label %join23

else22:                                           ; preds = %ok20
  %77 = load i64, i64* %k.in2, align 8
  %78 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %77, i64 1)
  %79 = extractvalue { i64, i1 } %78, 1
  br i1 %79, label %trap2.site18, label %ok25

join23:                                           ; preds = %ok31, %then21
  %80 = load i64, i64* %result24, align 8
  store i64 %80, i64* %result19, align 8
  br label %fn.fib.in2

ok25:                                             ; preds = %else22
  %81 = extractvalue { i64, i1 } %78, 0
  %82 = icmp uge i32 %67, 1000
  br i1 %82, label %trap15.site19, label %ok26

ok26:                                             ; preds = %ok25
  %83 = icmp ult i64 %2, %stack_limit
  br i1 %83, label %trap253.site0, label %stack_ok27

stack_ok27:                                       ; preds = %ok26
  %84 = load i64, i64* %fuel, align 8
  %85 = getelementptr i64, i64* %regs, i64 0
  store i64 %84, i64* %85, align 8
  %86 = add i32 %67, 1
  %87 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %86, i32 0, i64 %81)
  %88 = getelementptr i64, i64* %regs, i64 0
  %89 = load i64, i64* %88, align 8
  store i64 %89, i64* %fuel, align 8
  %90 = load i64, i64* %k.in2, align 8
  %91 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %90, i64 2)
  %92 = extractvalue { i64, i1 } %91, 1
  br i1 %92, label %trap2.site20, label %ok28

ok28:                                             ; preds = %stack_ok27
  %93 = extractvalue { i64, i1 } %91, 0
  %94 = icmp uge i32 %67, 1000
  br i1 %94, label %trap15.site21, label %ok29

ok29:                                             ; preds = %ok28
  %95 = icmp ult i64 %2, %stack_limit
  br i1 %95, label %trap253.site0, label %stack_ok30

stack_ok30:                                       ; preds = %ok29
  %96 = load i64, i64* %fuel, align 8
  %97 = getelementptr i64, i64* %regs, i64 0
  store i64 %96, i64* %97, align 8
  %98 = add i32 %67, 1
  %99 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %98, i32 0, i64 %93)
  %100 = getelementptr i64, i64* %regs, i64 0
  %101 = load i64, i64* %100, align 8
  store i64 %101, i64* %fuel, align 8
  %102 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %87, i64 %99)
  %103 = extractvalue { i64, i1 } %102, 1
  br i1 %103, label %trap2.site17, label %ok31

ok31:                                             ; preds = %stack_ok30
  %104 = extractvalue { i64, i1 } %102, 0
  store i64 %104, i64* %result24, align 8
  br label %join23

ok32:                                             ; preds = %fn.fib.args.in2
  %105 = extractvalue { i64, i1 } %63, 0
  store i64 %105, i64* %result, align 8
  br label %join
}

define internal i32 @m0.fn.is_even(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %k = alloca i64, align 8
  store i64 %k.arg, i64* %k, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %2 = ptrtoint i8* %stack_probe to i64
  %3 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %3, align 8
  %result = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i64, i64* %k, align 8
  %8 = icmp eq i64 %7, 0
  %9 = zext i1 %8 to i32
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  store i32 1, i32* %result, align 4
  br label %join

else:                                             ; preds = %ok
  %11 = load i64, i64* %k, align 8
  %12 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %11, i64 1)
  %13 = extractvalue { i64, i1 } %12, 1
  br i1 %13, label %trap2.site23, label %ok1

join:                                             ; preds = %stack_ok, %then
  %14 = load i32, i32* %result, align 4
  %15 = load i64, i64* %fuel, align 8
  %16 = getelementptr i64, i64* %regs, i64 0
  store i64 %15, i64* %16, align 8
  ret i32 %14

ok1:                                              ; preds = %else
  %17 = extractvalue { i64, i1 } %12, 0
  %18 = icmp uge i32 %depth, 1000
  br i1 %18, label %trap15.site24, label %ok2

trap2.site23:                                     ; preds = %else
  call void @tetra_trap(i64* %regs, i32 2, i32 23)
  unreachable

ok2:                                              ; preds = %ok1
  %19 = icmp ult i64 %2, %stack_limit
  br i1 %19, label %trap253.site0, label %stack_ok

trap15.site24:                                    ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

stack_ok:                                         ; preds = %ok2
  %20 = load i64, i64* %fuel, align 8
  %21 = getelementptr i64, i64* %regs, i64 0
  store i64 %20, i64* %21, align 8
  %22 = add i32 %depth, 1
  %23 = call i32 @m0.fn.is_odd(i64* %regs, i8* %mem, i32 %22, i32 0, i64 %17)
  %24 = getelementptr i64, i64* %regs, i64 0
  %25 = load i64, i64* %24, align 8
  store i64 %25, i64* %fuel, align 8
  store i32 %23, i32* %result, align 4
  br label %join

trap253.site0:                                    ; preds = %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i32 @m0.fn.is_odd(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %k = alloca i64, align 8
  store i64 %k.arg, i64* %k, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %2 = ptrtoint i8* %stack_probe to i64
  %3 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %3, align 8
  %result = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i64, i64* %k, align 8
  %8 = icmp eq i64 %7, 0
  %9 = zext i1 %8 to i32
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  store i32 0, i32* %result, align 4
  br label %join

else:                                             ; preds = %ok
  %11 = load i64, i64* %k, align 8
  %12 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %11, i64 1)
  %13 = extractvalue { i64, i1 } %12, 1
  br i1 %13, label %trap2.site26, label %ok1

join:                                             ; preds = %stack_ok, %then
  %14 = load i32, i32* %result, align 4
  %15 = load i64, i64* %fuel, align 8
  %16 = getelementptr i64, i64* %regs, i64 0
  store i64 %15, i64* %16, align 8
  ret i32 %14

ok1:                                              ; preds = %else
  %17 = extractvalue { i64, i1 } %12, 0
  %18 = icmp uge i32 %depth, 1000
  br i1 %18, label %trap15.site27, label %ok2

trap2.site26:                                     ; preds = %else
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

ok2:                                              ; preds = %ok1
  %19 = icmp ult i64 %2, %stack_limit
  br i1 %19, label %trap253.site0, label %stack_ok

trap15.site27:                                    ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 27)
  unreachable

stack_ok:                                         ; preds = %ok2
  %20 = load i64, i64* %fuel, align 8
  %21 = getelementptr i64, i64* %regs, i64 0
  store i64 %20, i64* %21, align 8
  %22 = add i32 %depth, 1
  %23 = call i32 @m0.fn.is_even(i64* %regs, i8* %mem, i32 %22, i32 0, i64 %17)
  %24 = getelementptr i64, i64* %regs, i64 0
  %25 = load i64, i64* %24, align 8
  store i64 %25, i64* %fuel, align 8
  store i32 %23, i32* %result, align 4
  br label %join

trap253.site0:                                    ; preds = %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i64 @m0.fn.sum_from(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %i.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %i = alloca i64, align 8
  store i64 %i.arg, i64* %i, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %i.1 = alloca i64, align 8
  store i64 0, i64* %i.1, align 8
  %env.in1 = alloca i32, align 4
  store i32 0, i32* %env.in1, align 4
  %i.in1 = alloca i64, align 8
  store i64 0, i64* %i.in1, align 8
  %xs.in1 = alloca i32, align 4
  store i32 0, i32* %xs.in1, align 4
  %xs.1.in1 = alloca i32, align 4
  store i32 0, i32* %xs.1.in1, align 4
  %i.1.in1 = alloca i64, align 8
  store i64 0, i64* %i.1.in1, align 8
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %3 = ptrtoint i8* %stack_probe to i64
  %4 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %4, align 8
  %result = alloca i64, align 8
  %unaligned = alloca i32, align 4
  %unaligned3 = alloca i32, align 4
  %result4 = alloca i64, align 8
  %result5 = alloca i64, align 8
  %unaligned7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned14 = alloca i64, align 8
  %result15 = alloca i64, align 8
  %result18 = alloca i64, align 8
  %result20 = alloca i64, align 8
  %unaligned22 = alloca i32, align 4
  %unaligned24 = alloca i32, align 4
  %result28 = alloca i64, align 8
  %result29 = alloca i64, align 8
  %unaligned31 = alloca i32, align 4
  %unaligned33 = alloca i32, align 4
  %unaligned39 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %5 = load i64, i64* %fuel, align 8
  %6 = icmp ult i64 %5, 1
  br i1 %6, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %7 = sub i64 %5, 1
  store i64 %7, i64* %fuel, align 8
  %8 = load i64, i64* %i, align 8
  %9 = load i32, i32* %env, align 4
  %10 = zext i32 %9 to i64
  %11 = sub i64 %arena_size, 36
  %12 = icmp sgt i64 %10, %11
  br i1 %12, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %ok17, %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e3:                                               ; preds = %ok2
  %13 = load i64, i64* %result, align 8
  %14 = icmp sge i64 %8, %13
  %15 = zext i1 %14 to i32
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %then, label %else

ok1:                                              ; preds = %ok
  %17 = add i64 %10, 32
  %18 = getelementptr i8, i8* %mem, i64 %17
  %19 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %19, i8* %18, i64 4, i1 false)
  %20 = load i32, i32* %unaligned, align 4
  store i32 %20, i32* %xs, align 4
  %21 = load i32, i32* %xs, align 4
  %22 = zext i32 %21 to i64
  %23 = sub i64 %arena_size, 4
  %24 = icmp sgt i64 %22, %23
  br i1 %24, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %join36, %else26, %ok21, %ok19, %join12, %else, %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %25 = getelementptr i8, i8* %mem, i64 %22
  %26 = bitcast i32* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %26, i8* %25, i64 4, i1 false)
  %27 = load i32, i32* %unaligned3, align 4
  %28 = zext i32 %27 to i64
  store i64 %28, i64* %result, align 8
  br label %e3

then:                                             ; preds = %e3
  store i64 0, i64* %result4, align 8
  br label %join

else:                                             ; preds = %e3
  %29 = load i32, i32* %env, align 4
  %30 = zext i32 %29 to i64
  %31 = sub i64 %arena_size, 36
  %32 = icmp sgt i64 %30, %31
  br i1 %32, label %trap17.site0, label %ok6

join:                                             ; preds = %ok43, %then
  %33 = load i64, i64* %result4, align 8
  %34 = load i64, i64* %fuel, align 8
  %35 = getelementptr i64, i64* %regs, i64 0
  store i64 %34, i64* %35, align 8
  ret i64 %33

e7:                                               ; preds = %ok13
  %36 = load i64, i64* %result5, align 8
  %37 = load i32, i32* %env, align 4
  store i32 %37, i32* %env.in1, align 4
  %38 = load i64, i64* %i, align 8
  %39 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %38, i64 1)
  %40 = extractvalue { i64, i1 } %39, 1
  br i1 %40, label %trap2.site32, label %ok16

ok6:                                              ; preds = %else
  %41 = add i64 %30, 32
  %42 = getelementptr i8, i8* %mem, i64 %41
  %43 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %43, i8* %42, i64 4, i1 false)
  %44 = load i32, i32* %unaligned7, align 4
  store i32 %44, i32* %xs.1, align 4
  %45 = load i64, i64* %i, align 8
  store i64 %45, i64* %i.1, align 8
  %46 = load i64, i64* %i.1, align 8
  %47 = load i32, i32* %xs.1, align 4
  %48 = zext i32 %47 to i64
  %49 = sub i64 %arena_size, 4
  %50 = icmp sgt i64 %48, %49
  br i1 %50, label %trap17.site31, label %ok8

ok8:                                              ; preds = %ok6
  %51 = getelementptr i8, i8* %mem, i64 %48
  %52 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %52, i8* %51, i64 4, i1 false)
  %53 = load i32, i32* %unaligned9, align 4
  %54 = zext i32 %53 to i64
  %55 = icmp uge i64 %46, %54
  %56 = zext i1 %55 to i32
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %then10, label %else11

trap17.site31:                                    ; preds = %ok30, %ok6
  call void @tetra_trap(i64* %regs, i32 17, i32 31)
  unreachable

then10:                                           ; preds = %ok8
  br label %trap3.site31

else11:                                           ; preds = %ok8
  br label %join12

join12:                                           ; preds = %else11, %dead
  %58 = load i32, i32* %xs.1, align 4
  %59 = load i64, i64* %i.1, align 8
  %60 = trunc i64 %59 to i32
  %61 = mul i32 %60, 8
  %62 = add i32 %58, %61
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 16
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok13

trap3.site31:                                     ; preds = %then34, %then10
  call void @tetra_trap(i64* %regs, i32 3, i32 31)
  unreachable

dead:                                             ; No predecessors!
  br label %join12

ok13:                                             ; preds = %join12
  %66 = add i64 %63, 8
  %67 = getelementptr i8, i8* %mem, i64 %66
  %68 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %68, i8* %67, i64 8, i1 false)
  %69 = load i64, i64* %unaligned14, align 8
  store i64 %69, i64* %result5, align 8
  br label %e7

fn.sum_from.args.in1:                             ; preds = %fn.sum_from.in1
  %70 = load i64, i64* %result15, align 8
  %71 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %36, i64 %70)
  %72 = extractvalue { i64, i1 } %71, 1
  br i1 %72, label %trap2.site30, label %ok43

ok16:                                             ; preds = %e7
  %73 = extractvalue { i64, i1 } %39, 0
  store i64 %73, i64* %i.in1, align 8
  store i32 0, i32* %xs.in1, align 4
  store i32 0, i32* %xs.1.in1, align 4
  store i64 0, i64* %i.1.in1, align 8
  %74 = icmp uge i32 %depth, 1000
  br i1 %74, label %trap15.site33, label %ok17

trap2.site32:                                     ; preds = %e7.in1, %e7
  call void @tetra_trap(i64* %regs, i32 2, i32 32)
  unreachable

ok17:                                             ; preds = %ok16
  %75 = add i32 %depth, 1
  %76 = load i64, i64* %fuel, align 8
  %77 = icmp ult i64 %76, 1
  br i1 %77, label %trap14.site0, label %ok19

trap15.site33:                                    ; preds = %ok40, %ok16
  call void @tetra_trap(i64* %regs, i32 15, i32 33)
  unreachable

fn.sum_from.in1:                                  ; preds = %join27
  %78 = load i64, i64* %result18, align 8
  store i64 %78, i64* %result15, align 8
  br label %fn.sum_from.args.in1

ok19:                                             ; preds = %ok17
  %79 = sub i64 %76, 1
  store i64 %79, i64* %fuel, align 8
  %80 = load i64, i64* %i.in1, align 8
  %81 = load i32, i32* %env.in1, align 4
  %82 = zext i32 %81 to i64
  %83 = sub i64 %arena_size, 36
  %84 = icmp sgt i64 %82, %83
  br i1 %84, label %trap17.site0, label %ok21

e3.in1:                                           ; preds = %ok23
  %85 = load i64, i64* %result20, align 8
  %86 = icmp sge i64 %80, %85
  %87 = zext i1 %86 to i32
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %then25, label %else26

ok21:                                             ; preds = %ok19
  %89 = add i64 %82, 32
  %90 = getelementptr i8, i8* %mem, i64 %89
  %91 = bitcast i32* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %91, i8* %90, i64 4, i1 false)
  %92 = load i32, i32* %unaligned22, align 4
  store i32 %92, i32* %xs.in1, align 4
  %93 = load i32, i32* %xs.in1, align 4
  %94 = zext i32 %93 to i64
  %95 = sub i64 %arena_size, 4
  %96 = icmp sgt i64 %94, %95
  br i1 %96, label %trap17.site0, label %ok23

ok23:                                             ; preds = %ok21
  %97 = getelementptr i8, i8* %mem, i64 %94
  %98 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %98, i8* %97, i64 4, i1 false)
  %99 = load i32, i32* %unaligned24, align 4
  %100 = zext i32 %99 to i64
  store i64 %100, i64* %result20, align 8
  br label %e3.in1

then25:                                           ; preds = %e3.in1
  store i64 0, i64* %result28, align 8
  br label %join27

else26:                                           ; preds = %e3.in1
  %101 = load i32, i32* %env.in1, align 4
  %102 = zext i32 %101 to i64
  %103 = sub i64 %arena_size, 36
  %104 = icmp sgt i64 %102, %103
  br i1 %104, label %trap17.site0, label %ok30

join27:                                           ; preds = %ok42, %then25
  %105 = load i64, i64* %result28, align 8
  store i64 %105, i64* %result18, align 8
  br label %fn.sum_from.in1

e7.in1:                                           ; preds = %ok38
  %106 = load i64, i64* %result29, align 8
  %107 = load i32, i32* %env.in1, align 4
  %108 = load i64, i64* %i.in1, align 8
  %109 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %108, i64 1)
  %110 = extractvalue { i64, i1 } %109, 1
  br i1 %110, label %trap2.site32, label %ok40

ok30:                                             ; preds = %else26
  %111 = add i64 %102, 32
  %112 = getelementptr i8, i8* %mem, i64 %111
  %113 = bitcast i32* %unaligned31 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %113, i8* %112, i64 4, i1 false)
  %114 = load i32, i32* %unaligned31, align 4
  store i32 %114, i32* %xs.1.in1, align 4
  %115 = load i64, i64* %i.in1, align 8
  store i64 %115, i64* %i.1.in1, align 8
  %116 = load i64, i64* %i.1.in1, align 8
  %117 = load i32, i32* %xs.1.in1, align 4
  %118 = zext i32 %117 to i64
  %119 = sub i64 %arena_size, 4
  %120 = icmp sgt i64 %118, %119
  br i1 %120, label %trap17.site31, label %ok32

ok32:                                             ; preds = %ok30
  %121 = getelementptr i8, i8* %mem, i64 %118
  %122 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %122, i8* %121, i64 4, i1 false)
  %123 = load i32, i32* %unaligned33, align 4
  %124 = zext i32 %123 to i64
  %125 = icmp uge i64 %116, %124
  %126 = zext i1 %125 to i32
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %then34, label %else35

then34:                                           ; preds = %ok32
  br label %trap3.site31

else35:                                           ; preds = %ok32
  br label %join36

join36:                                           ; preds = %else35, %dead37
  %128 = load i32, i32* %xs.1.in1, align 4
  %129 = load i64, i64* %i.1.in1, align 8
  %130 = trunc i64 %129 to i32
  %131 = mul i32 %130, 8
  %132 = add i32 %128, %131
  %133 = zext i32 %132 to i64
  %134 = sub i64 %arena_size, 16
  %135 = icmp sgt i64 %133, %134
  br i1 %135, label %trap17.site0, label %ok38

dead37:                                           ; No predecessors!
  br label %join36

ok38:                                             ; preds = %join36
  %136 = add i64 %133, 8
  %137 = getelementptr i8, i8* %mem, i64 %136
  %138 = bitcast i64* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %138, i8* %137, i64 8, i1 false)
  %139 = load i64, i64* %unaligned39, align 8
  store i64 %139, i64* %result29, align 8
  br label %e7.in1

ok40:                                             ; preds = %e7.in1
  %140 = extractvalue { i64, i1 } %109, 0
  %141 = icmp uge i32 %75, 1000
  br i1 %141, label %trap15.site33, label %ok41

ok41:                                             ; preds = %ok40
  %142 = icmp ult i64 %3, %stack_limit
  br i1 %142, label %trap253.site0, label %stack_ok

stack_ok:                                         ; preds = %ok41
  %143 = load i64, i64* %fuel, align 8
  %144 = getelementptr i64, i64* %regs, i64 0
  store i64 %143, i64* %144, align 8
  %145 = add i32 %75, 1
  %146 = call i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %145, i32 %107, i64 %140)
  %147 = getelementptr i64, i64* %regs, i64 0
  %148 = load i64, i64* %147, align 8
  store i64 %148, i64* %fuel, align 8
  %149 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %106, i64 %146)
  %150 = extractvalue { i64, i1 } %149, 1
  br i1 %150, label %trap2.site30, label %ok42

trap253.site0:                                    ; preds = %ok41
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok42:                                             ; preds = %stack_ok
  %151 = extractvalue { i64, i1 } %149, 0
  store i64 %151, i64* %result28, align 8
  br label %join27

trap2.site30:                                     ; preds = %fn.sum_from.args.in1, %stack_ok
  call void @tetra_trap(i64* %regs, i32 2, i32 30)
  unreachable

ok43:                                             ; preds = %fn.sum_from.args.in1
  %152 = extractvalue { i64, i1 } %71, 0
  store i64 %152, i64* %result4, align 8
  br label %join
}
