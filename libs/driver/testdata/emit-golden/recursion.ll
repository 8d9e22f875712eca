; From libs/driver/testdata/emit-golden/recursion.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/recursion.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (35):
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.ssub.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 6 function(s):

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
  %269 = add i64 %268, 1
  %270 = icmp ugt i64 %269, %arena_size
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
  %283 = add i64 %282, 2
  %284 = icmp ugt i64 %283, %arena_size
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
  %304 = add i64 %303, 1
  %305 = icmp ugt i64 %304, %arena_size
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
  %328 = add i64 %327, 1
  %329 = icmp ugt i64 %328, %arena_size
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
  %471 = add i64 %470, 1
  %472 = icmp ugt i64 %471, %arena_size
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
  %483 = add i64 %482, 1
  %484 = icmp ugt i64 %483, %arena_size
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
  %515 = add i64 %514, 1
  %516 = icmp ugt i64 %515, %arena_size
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
  %540 = add i64 %539, 8
  %541 = icmp ugt i64 %540, %arena_size
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
  %567 = add i64 %566, 4
  %568 = icmp ugt i64 %567, %arena_size
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
  %612 = icmp uge i64 %599, %611
  %613 = load i64, i64* %lowEnd, align 8
  %614 = icmp ule i64 %600, %613
  %615 = and i1 %612, %614
  br i1 %615, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %616 = icmp ugt i64 %600, %arena_size
  br i1 %616, label %trap17.site0, label %ok116

write.ok:                                         ; preds = %ok116, %write.low, %ok115
  %617 = getelementptr i8, i8* %mem, i64 %599
  store i64 %598, i64* %unaligned117, align 8
  %618 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %618, i64 8, i1 false)
  %619 = load i32, i32* %args_out, align 4
  %620 = load i32, i32* %arg.1, align 4
  %621 = zext i32 %619 to i64
  %622 = add i64 %621, 8
  %623 = add i64 %622, 4
  %624 = icmp uge i64 %622, %scratch_start
  %625 = load i64, i64* %highEnd, align 8
  %626 = icmp ule i64 %623, %625
  %627 = and i1 %624, %626
  br i1 %627, label %write.ok120, label %write.low118

ok116:                                            ; preds = %write.slow
  %628 = icmp ult i64 %599, %scratch_start
  %629 = load i64, i64* %lowStart, align 8
  %630 = call i64 @llvm.umin.i64(i64 %629, i64 %599)
  %631 = load i64, i64* %lowEnd, align 8
  %632 = load i64, i64* %highEnd, align 8
  %633 = add i64 %600, 64
  %634 = sub i64 %600, %630
  %635 = lshr i64 %634, 4
  %636 = add i64 %633, %635
  %637 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %636)
  %638 = call i64 @llvm.umax.i64(i64 %631, i64 %637)
  %639 = select i1 %628, i64 %638, i64 %631
  store i64 %639, i64* %lowEnd, align 8
  %640 = add i64 %600, 64
  %641 = sub i64 %600, %scratch_start
  %642 = lshr i64 %641, 4
  %643 = add i64 %640, %642
  %644 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %643)
  %645 = call i64 @llvm.umax.i64(i64 %632, i64 %644)
  %646 = select i1 %628, i64 %632, i64 %645
  store i64 %646, i64* %highEnd, align 8
  store i64 %630, i64* %lowStart, align 8
  br label %write.ok

write.low118:                                     ; preds = %write.ok
  %647 = load i64, i64* %lowStart, align 8
  %648 = icmp uge i64 %622, %647
  %649 = load i64, i64* %lowEnd, align 8
  %650 = icmp ule i64 %623, %649
  %651 = and i1 %648, %650
  br i1 %651, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %652 = icmp ugt i64 %623, %arena_size
  br i1 %652, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok
  %653 = getelementptr i8, i8* %mem, i64 %622
  store i32 %620, i32* %unaligned122, align 4
  %654 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %653, i8* %654, i64 4, i1 false)
  %655 = load i32, i32* %args_out, align 4
  %656 = load i64, i64* %fuel, align 8
  %657 = getelementptr i64, i64* %regs, i64 0
  store i64 %656, i64* %657, align 8
  %658 = load i64, i64* %lowStart, align 8
  %659 = getelementptr i64, i64* %regs, i64 6
  store i64 %658, i64* %659, align 8
  %660 = load i64, i64* %lowEnd, align 8
  %661 = getelementptr i64, i64* %regs, i64 7
  store i64 %660, i64* %661, align 8
  %662 = load i64, i64* %highEnd, align 8
  %663 = getelementptr i64, i64* %regs, i64 8
  store i64 %662, i64* %663, align 8
  ret i32 %655

ok121:                                            ; preds = %write.slow119
  %664 = icmp ult i64 %622, %scratch_start
  %665 = load i64, i64* %lowStart, align 8
  %666 = call i64 @llvm.umin.i64(i64 %665, i64 %622)
  %667 = load i64, i64* %lowEnd, align 8
  %668 = load i64, i64* %highEnd, align 8
  %669 = add i64 %623, 64
  %670 = sub i64 %623, %666
  %671 = lshr i64 %670, 4
  %672 = add i64 %669, %671
  %673 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %672)
  %674 = call i64 @llvm.umax.i64(i64 %667, i64 %673)
  %675 = select i1 %664, i64 %674, i64 %667
  store i64 %675, i64* %lowEnd, align 8
  %676 = add i64 %623, 64
  %677 = sub i64 %623, %scratch_start
  %678 = lshr i64 %677, 4
  %679 = add i64 %676, %678
  %680 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %679)
  %681 = call i64 @llvm.umax.i64(i64 %668, i64 %680)
  %682 = select i1 %664, i64 %668, i64 %681
  store i64 %682, i64* %highEnd, align 8
  store i64 %666, i64* %lowStart, align 8
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
  %51 = add i64 %50, 8
  %52 = icmp ugt i64 %51, %arena_size
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 4
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow138, %write.slow131, %write.slow126, %write.slow121, %write.slow98, %write.slow93, %write.slow87, %write.slow69, %write.slow64, %write.slow59, %write.slow53, %write.slow48, %write.slow43, %write.slow37, %write.slow32, %write.slow27, %write.slow21, %write.slow16, %write.slow11, %write.slow, %ok2, %stack_ok
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
  br i1 %103, label %write.ok, label %write.low

trap15.site4:                                     ; preds = %then148, %ok3
  %104 = load i64, i64* %lowStart, align 8
  %105 = getelementptr i64, i64* %regs, i64 6
  store i64 %104, i64* %105, align 8
  %106 = load i64, i64* %lowEnd, align 8
  %107 = getelementptr i64, i64* %regs, i64 7
  store i64 %106, i64* %107, align 8
  %108 = load i64, i64* %highEnd, align 8
  %109 = getelementptr i64, i64* %regs, i64 8
  store i64 %108, i64* %109, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

write.low:                                        ; preds = %ok6
  %110 = load i64, i64* %lowStart, align 8
  %111 = icmp uge i64 %98, %110
  %112 = load i64, i64* %lowEnd, align 8
  %113 = icmp ule i64 %99, %112
  %114 = and i1 %111, %113
  br i1 %114, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %115 = icmp ugt i64 %99, %arena_size
  br i1 %115, label %trap17.site0, label %ok7

write.ok:                                         ; preds = %ok7, %write.low, %ok6
  %116 = getelementptr i8, i8* %mem, i64 %98
  store i32 %96, i32* %unaligned8, align 4
  %117 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %116, i8* %117, i64 4, i1 false)
  %118 = getelementptr i64, i64* %regs, i64 1
  %119 = getelementptr i64, i64* %regs, i64 2
  %120 = load i64, i64* %118, align 8
  %121 = add i64 %120, 3
  %122 = and i64 %121, -4
  %123 = add i64 %122, 8
  %124 = load i64, i64* %119, align 8
  %125 = icmp ugt i64 %123, %124
  br i1 %125, label %trap15.site5, label %ok9

ok7:                                              ; preds = %write.slow
  %126 = icmp ult i64 %98, %scratch_start
  %127 = load i64, i64* %lowStart, align 8
  %128 = call i64 @llvm.umin.i64(i64 %127, i64 %98)
  %129 = load i64, i64* %lowEnd, align 8
  %130 = load i64, i64* %highEnd, align 8
  %131 = add i64 %99, 64
  %132 = sub i64 %99, %128
  %133 = lshr i64 %132, 4
  %134 = add i64 %131, %133
  %135 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %134)
  %136 = call i64 @llvm.umax.i64(i64 %129, i64 %135)
  %137 = select i1 %126, i64 %136, i64 %129
  store i64 %137, i64* %lowEnd, align 8
  %138 = add i64 %99, 64
  %139 = sub i64 %99, %scratch_start
  %140 = lshr i64 %139, 4
  %141 = add i64 %138, %140
  %142 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %141)
  %143 = call i64 @llvm.umax.i64(i64 %130, i64 %142)
  %144 = select i1 %126, i64 %130, i64 %143
  store i64 %144, i64* %highEnd, align 8
  store i64 %128, i64* %lowStart, align 8
  br label %write.ok

ok9:                                              ; preds = %write.ok
  store i64 %123, i64* %118, align 8
  %145 = load i64, i64* %highEnd, align 8
  %146 = call i64 @llvm.umax.i64(i64 %145, i64 %123)
  store i64 %146, i64* %highEnd, align 8
  %147 = trunc i64 %122 to i32
  store i32 %147, i32* %closure, align 4
  %148 = load i32, i32* %closure, align 4
  %149 = zext i32 %148 to i64
  %150 = add i64 %149, 4
  %151 = icmp uge i64 %149, %scratch_start
  %152 = load i64, i64* %highEnd, align 8
  %153 = icmp ule i64 %150, %152
  %154 = and i1 %151, %153
  br i1 %154, label %write.ok12, label %write.low10

trap15.site5:                                     ; preds = %write.ok
  %155 = load i64, i64* %lowStart, align 8
  %156 = getelementptr i64, i64* %regs, i64 6
  store i64 %155, i64* %156, align 8
  %157 = load i64, i64* %lowEnd, align 8
  %158 = getelementptr i64, i64* %regs, i64 7
  store i64 %157, i64* %158, align 8
  %159 = load i64, i64* %highEnd, align 8
  %160 = getelementptr i64, i64* %regs, i64 8
  store i64 %159, i64* %160, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low10:                                      ; preds = %ok9
  %161 = load i64, i64* %lowStart, align 8
  %162 = icmp uge i64 %149, %161
  %163 = load i64, i64* %lowEnd, align 8
  %164 = icmp ule i64 %150, %163
  %165 = and i1 %162, %164
  br i1 %165, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %166 = icmp ugt i64 %150, %arena_size
  br i1 %166, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %ok9
  %167 = getelementptr i8, i8* %mem, i64 %149
  store i32 0, i32* %unaligned14, align 4
  %168 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %167, i8* %168, i64 4, i1 false)
  %169 = load i32, i32* %closure, align 4
  %170 = zext i32 %169 to i64
  %171 = add i64 %170, 4
  %172 = add i64 %171, 4
  %173 = icmp uge i64 %171, %scratch_start
  %174 = load i64, i64* %highEnd, align 8
  %175 = icmp ule i64 %172, %174
  %176 = and i1 %173, %175
  br i1 %176, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %177 = icmp ult i64 %149, %scratch_start
  %178 = load i64, i64* %lowStart, align 8
  %179 = call i64 @llvm.umin.i64(i64 %178, i64 %149)
  %180 = load i64, i64* %lowEnd, align 8
  %181 = load i64, i64* %highEnd, align 8
  %182 = add i64 %150, 64
  %183 = sub i64 %150, %179
  %184 = lshr i64 %183, 4
  %185 = add i64 %182, %184
  %186 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %185)
  %187 = call i64 @llvm.umax.i64(i64 %180, i64 %186)
  %188 = select i1 %177, i64 %187, i64 %180
  store i64 %188, i64* %lowEnd, align 8
  %189 = add i64 %150, 64
  %190 = sub i64 %150, %scratch_start
  %191 = lshr i64 %190, 4
  %192 = add i64 %189, %191
  %193 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %192)
  %194 = call i64 @llvm.umax.i64(i64 %181, i64 %193)
  %195 = select i1 %177, i64 %181, i64 %194
  store i64 %195, i64* %highEnd, align 8
  store i64 %179, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %196 = load i64, i64* %lowStart, align 8
  %197 = icmp uge i64 %171, %196
  %198 = load i64, i64* %lowEnd, align 8
  %199 = icmp ule i64 %172, %198
  %200 = and i1 %197, %199
  br i1 %200, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %201 = icmp ugt i64 %172, %arena_size
  br i1 %201, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %202 = getelementptr i8, i8* %mem, i64 %171
  store i32 0, i32* %unaligned19, align 4
  %203 = bitcast i32* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %202, i8* %203, i64 4, i1 false)
  %204 = load i32, i32* %dict, align 4
  %205 = load i32, i32* %closure, align 4
  %206 = zext i32 %204 to i64
  %207 = add i64 %206, 4
  %208 = icmp uge i64 %206, %scratch_start
  %209 = load i64, i64* %highEnd, align 8
  %210 = icmp ule i64 %207, %209
  %211 = and i1 %208, %210
  br i1 %211, label %write.ok22, label %write.low20

ok18:                                             ; preds = %write.slow16
  %212 = icmp ult i64 %171, %scratch_start
  %213 = load i64, i64* %lowStart, align 8
  %214 = call i64 @llvm.umin.i64(i64 %213, i64 %171)
  %215 = load i64, i64* %lowEnd, align 8
  %216 = load i64, i64* %highEnd, align 8
  %217 = add i64 %172, 64
  %218 = sub i64 %172, %214
  %219 = lshr i64 %218, 4
  %220 = add i64 %217, %219
  %221 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %220)
  %222 = call i64 @llvm.umax.i64(i64 %215, i64 %221)
  %223 = select i1 %212, i64 %222, i64 %215
  store i64 %223, i64* %lowEnd, align 8
  %224 = add i64 %172, 64
  %225 = sub i64 %172, %scratch_start
  %226 = lshr i64 %225, 4
  %227 = add i64 %224, %226
  %228 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %227)
  %229 = call i64 @llvm.umax.i64(i64 %216, i64 %228)
  %230 = select i1 %212, i64 %216, i64 %229
  store i64 %230, i64* %highEnd, align 8
  store i64 %214, i64* %lowStart, align 8
  br label %write.ok17

write.low20:                                      ; preds = %write.ok17
  %231 = load i64, i64* %lowStart, align 8
  %232 = icmp uge i64 %206, %231
  %233 = load i64, i64* %lowEnd, align 8
  %234 = icmp ule i64 %207, %233
  %235 = and i1 %232, %234
  br i1 %235, label %write.ok22, label %write.slow21

write.slow21:                                     ; preds = %write.low20
  %236 = icmp ugt i64 %207, %arena_size
  br i1 %236, label %trap17.site0, label %ok23

write.ok22:                                       ; preds = %ok23, %write.low20, %write.ok17
  %237 = getelementptr i8, i8* %mem, i64 %206
  store i32 %205, i32* %unaligned24, align 4
  %238 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %237, i8* %238, i64 4, i1 false)
  %239 = getelementptr i64, i64* %regs, i64 1
  %240 = getelementptr i64, i64* %regs, i64 2
  %241 = load i64, i64* %239, align 8
  %242 = add i64 %241, 3
  %243 = and i64 %242, -4
  %244 = add i64 %243, 8
  %245 = load i64, i64* %240, align 8
  %246 = icmp ugt i64 %244, %245
  br i1 %246, label %trap15.site6, label %ok25

ok23:                                             ; preds = %write.slow21
  %247 = icmp ult i64 %206, %scratch_start
  %248 = load i64, i64* %lowStart, align 8
  %249 = call i64 @llvm.umin.i64(i64 %248, i64 %206)
  %250 = load i64, i64* %lowEnd, align 8
  %251 = load i64, i64* %highEnd, align 8
  %252 = add i64 %207, 64
  %253 = sub i64 %207, %249
  %254 = lshr i64 %253, 4
  %255 = add i64 %252, %254
  %256 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %255)
  %257 = call i64 @llvm.umax.i64(i64 %250, i64 %256)
  %258 = select i1 %247, i64 %257, i64 %250
  store i64 %258, i64* %lowEnd, align 8
  %259 = add i64 %207, 64
  %260 = sub i64 %207, %scratch_start
  %261 = lshr i64 %260, 4
  %262 = add i64 %259, %261
  %263 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %262)
  %264 = call i64 @llvm.umax.i64(i64 %251, i64 %263)
  %265 = select i1 %247, i64 %251, i64 %264
  store i64 %265, i64* %highEnd, align 8
  store i64 %249, i64* %lowStart, align 8
  br label %write.ok22

ok25:                                             ; preds = %write.ok22
  store i64 %244, i64* %239, align 8
  %266 = load i64, i64* %highEnd, align 8
  %267 = call i64 @llvm.umax.i64(i64 %266, i64 %244)
  store i64 %267, i64* %highEnd, align 8
  %268 = trunc i64 %243 to i32
  store i32 %268, i32* %closure.1, align 4
  %269 = load i32, i32* %closure.1, align 4
  %270 = zext i32 %269 to i64
  %271 = add i64 %270, 4
  %272 = icmp uge i64 %270, %scratch_start
  %273 = load i64, i64* %highEnd, align 8
  %274 = icmp ule i64 %271, %273
  %275 = and i1 %272, %274
  br i1 %275, label %write.ok28, label %write.low26

trap15.site6:                                     ; preds = %write.ok22
  %276 = load i64, i64* %lowStart, align 8
  %277 = getelementptr i64, i64* %regs, i64 6
  store i64 %276, i64* %277, align 8
  %278 = load i64, i64* %lowEnd, align 8
  %279 = getelementptr i64, i64* %regs, i64 7
  store i64 %278, i64* %279, align 8
  %280 = load i64, i64* %highEnd, align 8
  %281 = getelementptr i64, i64* %regs, i64 8
  store i64 %280, i64* %281, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

write.low26:                                      ; preds = %ok25
  %282 = load i64, i64* %lowStart, align 8
  %283 = icmp uge i64 %270, %282
  %284 = load i64, i64* %lowEnd, align 8
  %285 = icmp ule i64 %271, %284
  %286 = and i1 %283, %285
  br i1 %286, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %287 = icmp ugt i64 %271, %arena_size
  br i1 %287, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %ok25
  %288 = getelementptr i8, i8* %mem, i64 %270
  store i32 1, i32* %unaligned30, align 4
  %289 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %288, i8* %289, i64 4, i1 false)
  %290 = load i32, i32* %closure.1, align 4
  %291 = zext i32 %290 to i64
  %292 = add i64 %291, 4
  %293 = add i64 %292, 4
  %294 = icmp uge i64 %292, %scratch_start
  %295 = load i64, i64* %highEnd, align 8
  %296 = icmp ule i64 %293, %295
  %297 = and i1 %294, %296
  br i1 %297, label %write.ok33, label %write.low31

ok29:                                             ; preds = %write.slow27
  %298 = icmp ult i64 %270, %scratch_start
  %299 = load i64, i64* %lowStart, align 8
  %300 = call i64 @llvm.umin.i64(i64 %299, i64 %270)
  %301 = load i64, i64* %lowEnd, align 8
  %302 = load i64, i64* %highEnd, align 8
  %303 = add i64 %271, 64
  %304 = sub i64 %271, %300
  %305 = lshr i64 %304, 4
  %306 = add i64 %303, %305
  %307 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %306)
  %308 = call i64 @llvm.umax.i64(i64 %301, i64 %307)
  %309 = select i1 %298, i64 %308, i64 %301
  store i64 %309, i64* %lowEnd, align 8
  %310 = add i64 %271, 64
  %311 = sub i64 %271, %scratch_start
  %312 = lshr i64 %311, 4
  %313 = add i64 %310, %312
  %314 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %313)
  %315 = call i64 @llvm.umax.i64(i64 %302, i64 %314)
  %316 = select i1 %298, i64 %302, i64 %315
  store i64 %316, i64* %highEnd, align 8
  store i64 %300, i64* %lowStart, align 8
  br label %write.ok28

write.low31:                                      ; preds = %write.ok28
  %317 = load i64, i64* %lowStart, align 8
  %318 = icmp uge i64 %292, %317
  %319 = load i64, i64* %lowEnd, align 8
  %320 = icmp ule i64 %293, %319
  %321 = and i1 %318, %320
  br i1 %321, label %write.ok33, label %write.slow32

write.slow32:                                     ; preds = %write.low31
  %322 = icmp ugt i64 %293, %arena_size
  br i1 %322, label %trap17.site0, label %ok34

write.ok33:                                       ; preds = %ok34, %write.low31, %write.ok28
  %323 = getelementptr i8, i8* %mem, i64 %292
  store i32 0, i32* %unaligned35, align 4
  %324 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %323, i8* %324, i64 4, i1 false)
  %325 = load i32, i32* %dict, align 4
  %326 = load i32, i32* %closure.1, align 4
  %327 = zext i32 %325 to i64
  %328 = add i64 %327, 4
  %329 = add i64 %328, 4
  %330 = icmp uge i64 %328, %scratch_start
  %331 = load i64, i64* %highEnd, align 8
  %332 = icmp ule i64 %329, %331
  %333 = and i1 %330, %332
  br i1 %333, label %write.ok38, label %write.low36

ok34:                                             ; preds = %write.slow32
  %334 = icmp ult i64 %292, %scratch_start
  %335 = load i64, i64* %lowStart, align 8
  %336 = call i64 @llvm.umin.i64(i64 %335, i64 %292)
  %337 = load i64, i64* %lowEnd, align 8
  %338 = load i64, i64* %highEnd, align 8
  %339 = add i64 %293, 64
  %340 = sub i64 %293, %336
  %341 = lshr i64 %340, 4
  %342 = add i64 %339, %341
  %343 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %342)
  %344 = call i64 @llvm.umax.i64(i64 %337, i64 %343)
  %345 = select i1 %334, i64 %344, i64 %337
  store i64 %345, i64* %lowEnd, align 8
  %346 = add i64 %293, 64
  %347 = sub i64 %293, %scratch_start
  %348 = lshr i64 %347, 4
  %349 = add i64 %346, %348
  %350 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %349)
  %351 = call i64 @llvm.umax.i64(i64 %338, i64 %350)
  %352 = select i1 %334, i64 %338, i64 %351
  store i64 %352, i64* %highEnd, align 8
  store i64 %336, i64* %lowStart, align 8
  br label %write.ok33

write.low36:                                      ; preds = %write.ok33
  %353 = load i64, i64* %lowStart, align 8
  %354 = icmp uge i64 %328, %353
  %355 = load i64, i64* %lowEnd, align 8
  %356 = icmp ule i64 %329, %355
  %357 = and i1 %354, %356
  br i1 %357, label %write.ok38, label %write.slow37

write.slow37:                                     ; preds = %write.low36
  %358 = icmp ugt i64 %329, %arena_size
  br i1 %358, label %trap17.site0, label %ok39

write.ok38:                                       ; preds = %ok39, %write.low36, %write.ok33
  %359 = getelementptr i8, i8* %mem, i64 %328
  store i32 %326, i32* %unaligned40, align 4
  %360 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %359, i8* %360, i64 4, i1 false)
  %361 = getelementptr i64, i64* %regs, i64 1
  %362 = getelementptr i64, i64* %regs, i64 2
  %363 = load i64, i64* %361, align 8
  %364 = add i64 %363, 3
  %365 = and i64 %364, -4
  %366 = add i64 %365, 8
  %367 = load i64, i64* %362, align 8
  %368 = icmp ugt i64 %366, %367
  br i1 %368, label %trap15.site7, label %ok41

ok39:                                             ; preds = %write.slow37
  %369 = icmp ult i64 %328, %scratch_start
  %370 = load i64, i64* %lowStart, align 8
  %371 = call i64 @llvm.umin.i64(i64 %370, i64 %328)
  %372 = load i64, i64* %lowEnd, align 8
  %373 = load i64, i64* %highEnd, align 8
  %374 = add i64 %329, 64
  %375 = sub i64 %329, %371
  %376 = lshr i64 %375, 4
  %377 = add i64 %374, %376
  %378 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %377)
  %379 = call i64 @llvm.umax.i64(i64 %372, i64 %378)
  %380 = select i1 %369, i64 %379, i64 %372
  store i64 %380, i64* %lowEnd, align 8
  %381 = add i64 %329, 64
  %382 = sub i64 %329, %scratch_start
  %383 = lshr i64 %382, 4
  %384 = add i64 %381, %383
  %385 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %384)
  %386 = call i64 @llvm.umax.i64(i64 %373, i64 %385)
  %387 = select i1 %369, i64 %373, i64 %386
  store i64 %387, i64* %highEnd, align 8
  store i64 %371, i64* %lowStart, align 8
  br label %write.ok38

ok41:                                             ; preds = %write.ok38
  store i64 %366, i64* %361, align 8
  %388 = load i64, i64* %highEnd, align 8
  %389 = call i64 @llvm.umax.i64(i64 %388, i64 %366)
  store i64 %389, i64* %highEnd, align 8
  %390 = trunc i64 %365 to i32
  store i32 %390, i32* %closure.2, align 4
  %391 = load i32, i32* %closure.2, align 4
  %392 = zext i32 %391 to i64
  %393 = add i64 %392, 4
  %394 = icmp uge i64 %392, %scratch_start
  %395 = load i64, i64* %highEnd, align 8
  %396 = icmp ule i64 %393, %395
  %397 = and i1 %394, %396
  br i1 %397, label %write.ok44, label %write.low42

trap15.site7:                                     ; preds = %write.ok38
  %398 = load i64, i64* %lowStart, align 8
  %399 = getelementptr i64, i64* %regs, i64 6
  store i64 %398, i64* %399, align 8
  %400 = load i64, i64* %lowEnd, align 8
  %401 = getelementptr i64, i64* %regs, i64 7
  store i64 %400, i64* %401, align 8
  %402 = load i64, i64* %highEnd, align 8
  %403 = getelementptr i64, i64* %regs, i64 8
  store i64 %402, i64* %403, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

write.low42:                                      ; preds = %ok41
  %404 = load i64, i64* %lowStart, align 8
  %405 = icmp uge i64 %392, %404
  %406 = load i64, i64* %lowEnd, align 8
  %407 = icmp ule i64 %393, %406
  %408 = and i1 %405, %407
  br i1 %408, label %write.ok44, label %write.slow43

write.slow43:                                     ; preds = %write.low42
  %409 = icmp ugt i64 %393, %arena_size
  br i1 %409, label %trap17.site0, label %ok45

write.ok44:                                       ; preds = %ok45, %write.low42, %ok41
  %410 = getelementptr i8, i8* %mem, i64 %392
  store i32 2, i32* %unaligned46, align 4
  %411 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %410, i8* %411, i64 4, i1 false)
  %412 = load i32, i32* %closure.2, align 4
  %413 = zext i32 %412 to i64
  %414 = add i64 %413, 4
  %415 = add i64 %414, 4
  %416 = icmp uge i64 %414, %scratch_start
  %417 = load i64, i64* %highEnd, align 8
  %418 = icmp ule i64 %415, %417
  %419 = and i1 %416, %418
  br i1 %419, label %write.ok49, label %write.low47

ok45:                                             ; preds = %write.slow43
  %420 = icmp ult i64 %392, %scratch_start
  %421 = load i64, i64* %lowStart, align 8
  %422 = call i64 @llvm.umin.i64(i64 %421, i64 %392)
  %423 = load i64, i64* %lowEnd, align 8
  %424 = load i64, i64* %highEnd, align 8
  %425 = add i64 %393, 64
  %426 = sub i64 %393, %422
  %427 = lshr i64 %426, 4
  %428 = add i64 %425, %427
  %429 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %428)
  %430 = call i64 @llvm.umax.i64(i64 %423, i64 %429)
  %431 = select i1 %420, i64 %430, i64 %423
  store i64 %431, i64* %lowEnd, align 8
  %432 = add i64 %393, 64
  %433 = sub i64 %393, %scratch_start
  %434 = lshr i64 %433, 4
  %435 = add i64 %432, %434
  %436 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %435)
  %437 = call i64 @llvm.umax.i64(i64 %424, i64 %436)
  %438 = select i1 %420, i64 %424, i64 %437
  store i64 %438, i64* %highEnd, align 8
  store i64 %422, i64* %lowStart, align 8
  br label %write.ok44

write.low47:                                      ; preds = %write.ok44
  %439 = load i64, i64* %lowStart, align 8
  %440 = icmp uge i64 %414, %439
  %441 = load i64, i64* %lowEnd, align 8
  %442 = icmp ule i64 %415, %441
  %443 = and i1 %440, %442
  br i1 %443, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %444 = icmp ugt i64 %415, %arena_size
  br i1 %444, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %write.ok44
  %445 = getelementptr i8, i8* %mem, i64 %414
  store i32 0, i32* %unaligned51, align 4
  %446 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %445, i8* %446, i64 4, i1 false)
  %447 = load i32, i32* %dict, align 4
  %448 = load i32, i32* %closure.2, align 4
  %449 = zext i32 %447 to i64
  %450 = add i64 %449, 8
  %451 = add i64 %450, 4
  %452 = icmp uge i64 %450, %scratch_start
  %453 = load i64, i64* %highEnd, align 8
  %454 = icmp ule i64 %451, %453
  %455 = and i1 %452, %454
  br i1 %455, label %write.ok54, label %write.low52

ok50:                                             ; preds = %write.slow48
  %456 = icmp ult i64 %414, %scratch_start
  %457 = load i64, i64* %lowStart, align 8
  %458 = call i64 @llvm.umin.i64(i64 %457, i64 %414)
  %459 = load i64, i64* %lowEnd, align 8
  %460 = load i64, i64* %highEnd, align 8
  %461 = add i64 %415, 64
  %462 = sub i64 %415, %458
  %463 = lshr i64 %462, 4
  %464 = add i64 %461, %463
  %465 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %464)
  %466 = call i64 @llvm.umax.i64(i64 %459, i64 %465)
  %467 = select i1 %456, i64 %466, i64 %459
  store i64 %467, i64* %lowEnd, align 8
  %468 = add i64 %415, 64
  %469 = sub i64 %415, %scratch_start
  %470 = lshr i64 %469, 4
  %471 = add i64 %468, %470
  %472 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %471)
  %473 = call i64 @llvm.umax.i64(i64 %460, i64 %472)
  %474 = select i1 %456, i64 %460, i64 %473
  store i64 %474, i64* %highEnd, align 8
  store i64 %458, i64* %lowStart, align 8
  br label %write.ok49

write.low52:                                      ; preds = %write.ok49
  %475 = load i64, i64* %lowStart, align 8
  %476 = icmp uge i64 %450, %475
  %477 = load i64, i64* %lowEnd, align 8
  %478 = icmp ule i64 %451, %477
  %479 = and i1 %476, %478
  br i1 %479, label %write.ok54, label %write.slow53

write.slow53:                                     ; preds = %write.low52
  %480 = icmp ugt i64 %451, %arena_size
  br i1 %480, label %trap17.site0, label %ok55

write.ok54:                                       ; preds = %ok55, %write.low52, %write.ok49
  %481 = getelementptr i8, i8* %mem, i64 %450
  store i32 %448, i32* %unaligned56, align 4
  %482 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %481, i8* %482, i64 4, i1 false)
  %483 = getelementptr i64, i64* %regs, i64 1
  %484 = getelementptr i64, i64* %regs, i64 2
  %485 = load i64, i64* %483, align 8
  %486 = add i64 %485, 3
  %487 = and i64 %486, -4
  %488 = add i64 %487, 8
  %489 = load i64, i64* %484, align 8
  %490 = icmp ugt i64 %488, %489
  br i1 %490, label %trap15.site8, label %ok57

ok55:                                             ; preds = %write.slow53
  %491 = icmp ult i64 %450, %scratch_start
  %492 = load i64, i64* %lowStart, align 8
  %493 = call i64 @llvm.umin.i64(i64 %492, i64 %450)
  %494 = load i64, i64* %lowEnd, align 8
  %495 = load i64, i64* %highEnd, align 8
  %496 = add i64 %451, 64
  %497 = sub i64 %451, %493
  %498 = lshr i64 %497, 4
  %499 = add i64 %496, %498
  %500 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %499)
  %501 = call i64 @llvm.umax.i64(i64 %494, i64 %500)
  %502 = select i1 %491, i64 %501, i64 %494
  store i64 %502, i64* %lowEnd, align 8
  %503 = add i64 %451, 64
  %504 = sub i64 %451, %scratch_start
  %505 = lshr i64 %504, 4
  %506 = add i64 %503, %505
  %507 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %506)
  %508 = call i64 @llvm.umax.i64(i64 %495, i64 %507)
  %509 = select i1 %491, i64 %495, i64 %508
  store i64 %509, i64* %highEnd, align 8
  store i64 %493, i64* %lowStart, align 8
  br label %write.ok54

ok57:                                             ; preds = %write.ok54
  store i64 %488, i64* %483, align 8
  %510 = load i64, i64* %highEnd, align 8
  %511 = call i64 @llvm.umax.i64(i64 %510, i64 %488)
  store i64 %511, i64* %highEnd, align 8
  %512 = trunc i64 %487 to i32
  store i32 %512, i32* %closure.3, align 4
  %513 = load i32, i32* %closure.3, align 4
  %514 = zext i32 %513 to i64
  %515 = add i64 %514, 4
  %516 = icmp uge i64 %514, %scratch_start
  %517 = load i64, i64* %highEnd, align 8
  %518 = icmp ule i64 %515, %517
  %519 = and i1 %516, %518
  br i1 %519, label %write.ok60, label %write.low58

trap15.site8:                                     ; preds = %write.ok54
  %520 = load i64, i64* %lowStart, align 8
  %521 = getelementptr i64, i64* %regs, i64 6
  store i64 %520, i64* %521, align 8
  %522 = load i64, i64* %lowEnd, align 8
  %523 = getelementptr i64, i64* %regs, i64 7
  store i64 %522, i64* %523, align 8
  %524 = load i64, i64* %highEnd, align 8
  %525 = getelementptr i64, i64* %regs, i64 8
  store i64 %524, i64* %525, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

write.low58:                                      ; preds = %ok57
  %526 = load i64, i64* %lowStart, align 8
  %527 = icmp uge i64 %514, %526
  %528 = load i64, i64* %lowEnd, align 8
  %529 = icmp ule i64 %515, %528
  %530 = and i1 %527, %529
  br i1 %530, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %531 = icmp ugt i64 %515, %arena_size
  br i1 %531, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %ok57
  %532 = getelementptr i8, i8* %mem, i64 %514
  store i32 3, i32* %unaligned62, align 4
  %533 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %532, i8* %533, i64 4, i1 false)
  %534 = load i32, i32* %closure.3, align 4
  %535 = load i32, i32* %dict, align 4
  %536 = zext i32 %534 to i64
  %537 = add i64 %536, 4
  %538 = add i64 %537, 4
  %539 = icmp uge i64 %537, %scratch_start
  %540 = load i64, i64* %highEnd, align 8
  %541 = icmp ule i64 %538, %540
  %542 = and i1 %539, %541
  br i1 %542, label %write.ok65, label %write.low63

ok61:                                             ; preds = %write.slow59
  %543 = icmp ult i64 %514, %scratch_start
  %544 = load i64, i64* %lowStart, align 8
  %545 = call i64 @llvm.umin.i64(i64 %544, i64 %514)
  %546 = load i64, i64* %lowEnd, align 8
  %547 = load i64, i64* %highEnd, align 8
  %548 = add i64 %515, 64
  %549 = sub i64 %515, %545
  %550 = lshr i64 %549, 4
  %551 = add i64 %548, %550
  %552 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %551)
  %553 = call i64 @llvm.umax.i64(i64 %546, i64 %552)
  %554 = select i1 %543, i64 %553, i64 %546
  store i64 %554, i64* %lowEnd, align 8
  %555 = add i64 %515, 64
  %556 = sub i64 %515, %scratch_start
  %557 = lshr i64 %556, 4
  %558 = add i64 %555, %557
  %559 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %558)
  %560 = call i64 @llvm.umax.i64(i64 %547, i64 %559)
  %561 = select i1 %543, i64 %547, i64 %560
  store i64 %561, i64* %highEnd, align 8
  store i64 %545, i64* %lowStart, align 8
  br label %write.ok60

write.low63:                                      ; preds = %write.ok60
  %562 = load i64, i64* %lowStart, align 8
  %563 = icmp uge i64 %537, %562
  %564 = load i64, i64* %lowEnd, align 8
  %565 = icmp ule i64 %538, %564
  %566 = and i1 %563, %565
  br i1 %566, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %567 = icmp ugt i64 %538, %arena_size
  br i1 %567, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %write.ok60
  %568 = getelementptr i8, i8* %mem, i64 %537
  store i32 %535, i32* %unaligned67, align 4
  %569 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %568, i8* %569, i64 4, i1 false)
  %570 = load i32, i32* %dict, align 4
  %571 = load i32, i32* %closure.3, align 4
  %572 = zext i32 %570 to i64
  %573 = add i64 %572, 12
  %574 = add i64 %573, 4
  %575 = icmp uge i64 %573, %scratch_start
  %576 = load i64, i64* %highEnd, align 8
  %577 = icmp ule i64 %574, %576
  %578 = and i1 %575, %577
  br i1 %578, label %write.ok70, label %write.low68

ok66:                                             ; preds = %write.slow64
  %579 = icmp ult i64 %537, %scratch_start
  %580 = load i64, i64* %lowStart, align 8
  %581 = call i64 @llvm.umin.i64(i64 %580, i64 %537)
  %582 = load i64, i64* %lowEnd, align 8
  %583 = load i64, i64* %highEnd, align 8
  %584 = add i64 %538, 64
  %585 = sub i64 %538, %581
  %586 = lshr i64 %585, 4
  %587 = add i64 %584, %586
  %588 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %587)
  %589 = call i64 @llvm.umax.i64(i64 %582, i64 %588)
  %590 = select i1 %579, i64 %589, i64 %582
  store i64 %590, i64* %lowEnd, align 8
  %591 = add i64 %538, 64
  %592 = sub i64 %538, %scratch_start
  %593 = lshr i64 %592, 4
  %594 = add i64 %591, %593
  %595 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %594)
  %596 = call i64 @llvm.umax.i64(i64 %583, i64 %595)
  %597 = select i1 %579, i64 %583, i64 %596
  store i64 %597, i64* %highEnd, align 8
  store i64 %581, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %write.ok65
  %598 = load i64, i64* %lowStart, align 8
  %599 = icmp uge i64 %573, %598
  %600 = load i64, i64* %lowEnd, align 8
  %601 = icmp ule i64 %574, %600
  %602 = and i1 %599, %601
  br i1 %602, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %603 = icmp ugt i64 %574, %arena_size
  br i1 %603, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %write.ok65
  %604 = getelementptr i8, i8* %mem, i64 %573
  store i32 %571, i32* %unaligned72, align 4
  %605 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %604, i8* %605, i64 4, i1 false)
  store i64 0, i64* %lo, align 8
  %606 = load i64, i64* %n, align 8
  store i64 %606, i64* %hi, align 8
  %607 = load i64, i64* %hi, align 8
  %608 = load i64, i64* %lo, align 8
  %609 = icmp sgt i64 %607, %608
  %610 = zext i1 %609 to i32
  %611 = icmp ne i32 %610, 0
  br i1 %611, label %then, label %else

ok71:                                             ; preds = %write.slow69
  %612 = icmp ult i64 %573, %scratch_start
  %613 = load i64, i64* %lowStart, align 8
  %614 = call i64 @llvm.umin.i64(i64 %613, i64 %573)
  %615 = load i64, i64* %lowEnd, align 8
  %616 = load i64, i64* %highEnd, align 8
  %617 = add i64 %574, 64
  %618 = sub i64 %574, %614
  %619 = lshr i64 %618, 4
  %620 = add i64 %617, %619
  %621 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %620)
  %622 = call i64 @llvm.umax.i64(i64 %615, i64 %621)
  %623 = select i1 %612, i64 %622, i64 %615
  store i64 %623, i64* %lowEnd, align 8
  %624 = add i64 %574, 64
  %625 = sub i64 %574, %scratch_start
  %626 = lshr i64 %625, 4
  %627 = add i64 %624, %626
  %628 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %627)
  %629 = call i64 @llvm.umax.i64(i64 %616, i64 %628)
  %630 = select i1 %612, i64 %616, i64 %629
  store i64 %630, i64* %highEnd, align 8
  store i64 %614, i64* %lowStart, align 8
  br label %write.ok70

e1:                                               ; preds = %write.ok94
  %631 = load i32, i32* %result73, align 4
  store i32 %631, i32* %fibs, align 4
  %632 = load i32, i32* %dict, align 4
  %633 = load i32, i32* %fibs, align 4
  %634 = zext i32 %632 to i64
  %635 = add i64 %634, 16
  %636 = add i64 %635, 4
  %637 = icmp uge i64 %635, %scratch_start
  %638 = load i64, i64* %highEnd, align 8
  %639 = icmp ule i64 %636, %638
  %640 = and i1 %637, %639
  br i1 %640, label %write.ok99, label %write.low97

then:                                             ; preds = %write.ok70
  %641 = load i64, i64* %hi, align 8
  %642 = load i64, i64* %lo, align 8
  %643 = sub i64 %641, %642
  store i64 %643, i64* %result74, align 8
  br label %join

else:                                             ; preds = %write.ok70
  store i64 0, i64* %result74, align 8
  br label %join

join:                                             ; preds = %else, %then
  %644 = load i64, i64* %result74, align 8
  store i64 %644, i64* %count, align 8
  %645 = load i64, i64* %count, align 8
  %646 = icmp slt i64 %645, 0
  %647 = zext i1 %646 to i32
  %648 = load i64, i64* %count, align 8
  %649 = icmp sgt i64 %648, 2147483647
  %650 = zext i1 %649 to i32
  %651 = or i32 %647, %650
  %652 = icmp ne i32 %651, 0
  br i1 %652, label %then75, label %else76

then75:                                           ; preds = %join
  br label %trap15.site9

else76:                                           ; preds = %join
  br label %join77

join77:                                           ; preds = %else76, %dead
  %653 = load i64, i64* %count, align 8
  %654 = trunc i64 %653 to i32
  %655 = zext i32 %654 to i64
  %656 = mul i64 %655, 8
  %657 = add i64 8, %656
  store i64 %657, i64* %size, align 8
  %658 = load i64, i64* %size, align 8
  %659 = icmp ugt i64 %658, 2147483647
  %660 = zext i1 %659 to i32
  %661 = icmp ne i32 %660, 0
  br i1 %661, label %then78, label %else79

trap15.site9:                                     ; preds = %then75
  %662 = load i64, i64* %lowStart, align 8
  %663 = getelementptr i64, i64* %regs, i64 6
  store i64 %662, i64* %663, align 8
  %664 = load i64, i64* %lowEnd, align 8
  %665 = getelementptr i64, i64* %regs, i64 7
  store i64 %664, i64* %665, align 8
  %666 = load i64, i64* %highEnd, align 8
  %667 = getelementptr i64, i64* %regs, i64 8
  store i64 %666, i64* %667, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead:                                             ; No predecessors!
  br label %join77

then78:                                           ; preds = %join77
  br label %trap15.site10

else79:                                           ; preds = %join77
  br label %join80

join80:                                           ; preds = %else79, %dead81
  %668 = load i64, i64* %size, align 8
  %669 = trunc i64 %668 to i32
  %670 = zext i32 %669 to i64
  %671 = getelementptr i64, i64* %regs, i64 1
  %672 = getelementptr i64, i64* %regs, i64 2
  %673 = load i64, i64* %671, align 8
  %674 = add i64 %673, 7
  %675 = and i64 %674, -8
  %676 = add i64 %675, %670
  %677 = load i64, i64* %672, align 8
  %678 = icmp ugt i64 %676, %677
  br i1 %678, label %trap15.site10, label %ok82

trap15.site10:                                    ; preds = %join80, %then78
  %679 = load i64, i64* %lowStart, align 8
  %680 = getelementptr i64, i64* %regs, i64 6
  store i64 %679, i64* %680, align 8
  %681 = load i64, i64* %lowEnd, align 8
  %682 = getelementptr i64, i64* %regs, i64 7
  store i64 %681, i64* %682, align 8
  %683 = load i64, i64* %highEnd, align 8
  %684 = getelementptr i64, i64* %regs, i64 8
  store i64 %683, i64* %684, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead81:                                           ; No predecessors!
  br label %join80

ok82:                                             ; preds = %join80
  store i64 %676, i64* %671, align 8
  %685 = load i64, i64* %highEnd, align 8
  %686 = call i64 @llvm.umax.i64(i64 %685, i64 %676)
  store i64 %686, i64* %highEnd, align 8
  %687 = trunc i64 %675 to i32
  store i32 %687, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %688 = load i64, i64* %lo, align 8
  store i64 %688, i64* %i, align 8
  br label %range5

block4:                                           ; preds = %dead91, %ok83
  %689 = load i32, i32* %list, align 4
  %690 = load i32, i32* %len, align 4
  %691 = zext i32 %689 to i64
  %692 = add i64 %691, 4
  %693 = icmp uge i64 %691, %scratch_start
  %694 = load i64, i64* %highEnd, align 8
  %695 = icmp ule i64 %692, %694
  %696 = and i1 %693, %695
  br i1 %696, label %write.ok94, label %write.low92

range5:                                           ; preds = %write.ok88, %ok82
  %697 = load i64, i64* %fuel, align 8
  %698 = icmp ult i64 %697, 1
  br i1 %698, label %trap14.site0, label %ok83

ok83:                                             ; preds = %range5
  %699 = sub i64 %697, 1
  store i64 %699, i64* %fuel, align 8
  %700 = load i64, i64* %i, align 8
  %701 = load i64, i64* %hi, align 8
  %702 = icmp sge i64 %700, %701
  %703 = zext i1 %702 to i32
  %704 = icmp ne i32 %703, 0
  br i1 %704, label %block4, label %cont

cont:                                             ; preds = %ok83
  %705 = load i64, i64* %i, align 8
  store i64 %705, i64* %i.1, align 8
  %706 = load i32, i32* %list, align 4
  %707 = load i32, i32* %len, align 4
  %708 = mul i32 %707, 8
  %709 = add i32 %706, %708
  %710 = load i64, i64* %i.1, align 8
  %711 = icmp uge i32 %depth, 1000
  br i1 %711, label %trap15.site11, label %ok84

ok84:                                             ; preds = %cont
  %712 = icmp ult i64 %10, %stack_limit
  br i1 %712, label %trap253.site0, label %stack_ok85

trap15.site11:                                    ; preds = %cont
  %713 = load i64, i64* %lowStart, align 8
  %714 = getelementptr i64, i64* %regs, i64 6
  store i64 %713, i64* %714, align 8
  %715 = load i64, i64* %lowEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 7
  store i64 %715, i64* %716, align 8
  %717 = load i64, i64* %highEnd, align 8
  %718 = getelementptr i64, i64* %regs, i64 8
  store i64 %717, i64* %718, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok85:                                       ; preds = %ok84
  %719 = load i64, i64* %fuel, align 8
  %720 = getelementptr i64, i64* %regs, i64 0
  store i64 %719, i64* %720, align 8
  %721 = load i64, i64* %lowStart, align 8
  %722 = getelementptr i64, i64* %regs, i64 6
  store i64 %721, i64* %722, align 8
  %723 = load i64, i64* %lowEnd, align 8
  %724 = getelementptr i64, i64* %regs, i64 7
  store i64 %723, i64* %724, align 8
  %725 = load i64, i64* %highEnd, align 8
  %726 = getelementptr i64, i64* %regs, i64 8
  store i64 %725, i64* %726, align 8
  %727 = add i32 %depth, 1
  %728 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %727, i32 0, i64 %710)
  %729 = getelementptr i64, i64* %regs, i64 0
  %730 = load i64, i64* %729, align 8
  store i64 %730, i64* %fuel, align 8
  %731 = getelementptr i64, i64* %regs, i64 6
  %732 = load i64, i64* %731, align 8
  store i64 %732, i64* %lowStart, align 8
  %733 = getelementptr i64, i64* %regs, i64 7
  %734 = load i64, i64* %733, align 8
  store i64 %734, i64* %lowEnd, align 8
  %735 = getelementptr i64, i64* %regs, i64 8
  %736 = load i64, i64* %735, align 8
  store i64 %736, i64* %highEnd, align 8
  %737 = zext i32 %709 to i64
  %738 = add i64 %737, 8
  %739 = add i64 %738, 8
  %740 = icmp uge i64 %738, %scratch_start
  %741 = load i64, i64* %highEnd, align 8
  %742 = icmp ule i64 %739, %741
  %743 = and i1 %740, %742
  br i1 %743, label %write.ok88, label %write.low86

write.low86:                                      ; preds = %stack_ok85
  %744 = load i64, i64* %lowStart, align 8
  %745 = icmp uge i64 %738, %744
  %746 = load i64, i64* %lowEnd, align 8
  %747 = icmp ule i64 %739, %746
  %748 = and i1 %745, %747
  br i1 %748, label %write.ok88, label %write.slow87

write.slow87:                                     ; preds = %write.low86
  %749 = icmp ugt i64 %739, %arena_size
  br i1 %749, label %trap17.site0, label %ok89

write.ok88:                                       ; preds = %ok89, %write.low86, %stack_ok85
  %750 = getelementptr i8, i8* %mem, i64 %738
  store i64 %728, i64* %unaligned90, align 8
  %751 = bitcast i64* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %750, i8* %751, i64 8, i1 false)
  %752 = load i32, i32* %len, align 4
  %753 = add i32 %752, 1
  store i32 %753, i32* %len, align 4
  %754 = load i64, i64* %i, align 8
  %755 = add i64 %754, 1
  store i64 %755, i64* %i, align 8
  br label %range5

ok89:                                             ; preds = %write.slow87
  %756 = icmp ult i64 %738, %scratch_start
  %757 = load i64, i64* %lowStart, align 8
  %758 = call i64 @llvm.umin.i64(i64 %757, i64 %738)
  %759 = load i64, i64* %lowEnd, align 8
  %760 = load i64, i64* %highEnd, align 8
  %761 = add i64 %739, 64
  %762 = sub i64 %739, %758
  %763 = lshr i64 %762, 4
  %764 = add i64 %761, %763
  %765 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %764)
  %766 = call i64 @llvm.umax.i64(i64 %759, i64 %765)
  %767 = select i1 %756, i64 %766, i64 %759
  store i64 %767, i64* %lowEnd, align 8
  %768 = add i64 %739, 64
  %769 = sub i64 %739, %scratch_start
  %770 = lshr i64 %769, 4
  %771 = add i64 %768, %770
  %772 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %771)
  %773 = call i64 @llvm.umax.i64(i64 %760, i64 %772)
  %774 = select i1 %756, i64 %760, i64 %773
  store i64 %774, i64* %highEnd, align 8
  store i64 %758, i64* %lowStart, align 8
  br label %write.ok88

dead91:                                           ; No predecessors!
  br label %block4

write.low92:                                      ; preds = %block4
  %775 = load i64, i64* %lowStart, align 8
  %776 = icmp uge i64 %691, %775
  %777 = load i64, i64* %lowEnd, align 8
  %778 = icmp ule i64 %692, %777
  %779 = and i1 %776, %778
  br i1 %779, label %write.ok94, label %write.slow93

write.slow93:                                     ; preds = %write.low92
  %780 = icmp ugt i64 %692, %arena_size
  br i1 %780, label %trap17.site0, label %ok95

write.ok94:                                       ; preds = %ok95, %write.low92, %block4
  %781 = getelementptr i8, i8* %mem, i64 %691
  store i32 %690, i32* %unaligned96, align 4
  %782 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %781, i8* %782, i64 4, i1 false)
  %783 = load i32, i32* %list, align 4
  store i32 %783, i32* %result73, align 4
  br label %e1

ok95:                                             ; preds = %write.slow93
  %784 = icmp ult i64 %691, %scratch_start
  %785 = load i64, i64* %lowStart, align 8
  %786 = call i64 @llvm.umin.i64(i64 %785, i64 %691)
  %787 = load i64, i64* %lowEnd, align 8
  %788 = load i64, i64* %highEnd, align 8
  %789 = add i64 %692, 64
  %790 = sub i64 %692, %786
  %791 = lshr i64 %790, 4
  %792 = add i64 %789, %791
  %793 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %792)
  %794 = call i64 @llvm.umax.i64(i64 %787, i64 %793)
  %795 = select i1 %784, i64 %794, i64 %787
  store i64 %795, i64* %lowEnd, align 8
  %796 = add i64 %692, 64
  %797 = sub i64 %692, %scratch_start
  %798 = lshr i64 %797, 4
  %799 = add i64 %796, %798
  %800 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %799)
  %801 = call i64 @llvm.umax.i64(i64 %788, i64 %800)
  %802 = select i1 %784, i64 %788, i64 %801
  store i64 %802, i64* %highEnd, align 8
  store i64 %786, i64* %lowStart, align 8
  br label %write.ok94

write.low97:                                      ; preds = %e1
  %803 = load i64, i64* %lowStart, align 8
  %804 = icmp uge i64 %635, %803
  %805 = load i64, i64* %lowEnd, align 8
  %806 = icmp ule i64 %636, %805
  %807 = and i1 %804, %806
  br i1 %807, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %808 = icmp ugt i64 %636, %arena_size
  br i1 %808, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %e1
  %809 = getelementptr i8, i8* %mem, i64 %635
  store i32 %633, i32* %unaligned101, align 4
  %810 = bitcast i32* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %809, i8* %810, i64 4, i1 false)
  store i64 0, i64* %lo.1, align 8
  %811 = load i64, i64* %n, align 8
  store i64 %811, i64* %hi.1, align 8
  %812 = load i64, i64* %hi.1, align 8
  %813 = load i64, i64* %lo.1, align 8
  %814 = icmp sgt i64 %812, %813
  %815 = zext i1 %814 to i32
  %816 = icmp ne i32 %815, 0
  br i1 %816, label %then103, label %else104

ok100:                                            ; preds = %write.slow98
  %817 = icmp ult i64 %635, %scratch_start
  %818 = load i64, i64* %lowStart, align 8
  %819 = call i64 @llvm.umin.i64(i64 %818, i64 %635)
  %820 = load i64, i64* %lowEnd, align 8
  %821 = load i64, i64* %highEnd, align 8
  %822 = add i64 %636, 64
  %823 = sub i64 %636, %819
  %824 = lshr i64 %823, 4
  %825 = add i64 %822, %824
  %826 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %825)
  %827 = call i64 @llvm.umax.i64(i64 %820, i64 %826)
  %828 = select i1 %817, i64 %827, i64 %820
  store i64 %828, i64* %lowEnd, align 8
  %829 = add i64 %636, 64
  %830 = sub i64 %636, %scratch_start
  %831 = lshr i64 %830, 4
  %832 = add i64 %829, %831
  %833 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %832)
  %834 = call i64 @llvm.umax.i64(i64 %821, i64 %833)
  %835 = select i1 %817, i64 %821, i64 %834
  store i64 %835, i64* %highEnd, align 8
  store i64 %819, i64* %lowStart, align 8
  br label %write.ok99

e8:                                               ; preds = %write.ok127
  %836 = load i32, i32* %result102, align 4
  store i32 %836, i32* %parity, align 4
  %837 = load i32, i32* %dict, align 4
  %838 = load i32, i32* %parity, align 4
  %839 = zext i32 %837 to i64
  %840 = add i64 %839, 20
  %841 = add i64 %840, 4
  %842 = icmp uge i64 %840, %scratch_start
  %843 = load i64, i64* %highEnd, align 8
  %844 = icmp ule i64 %841, %843
  %845 = and i1 %842, %844
  br i1 %845, label %write.ok132, label %write.low130

then103:                                          ; preds = %write.ok99
  %846 = load i64, i64* %hi.1, align 8
  %847 = load i64, i64* %lo.1, align 8
  %848 = sub i64 %846, %847
  store i64 %848, i64* %result106, align 8
  br label %join105

else104:                                          ; preds = %write.ok99
  store i64 0, i64* %result106, align 8
  br label %join105

join105:                                          ; preds = %else104, %then103
  %849 = load i64, i64* %result106, align 8
  store i64 %849, i64* %count.1, align 8
  %850 = load i64, i64* %count.1, align 8
  %851 = icmp slt i64 %850, 0
  %852 = zext i1 %851 to i32
  %853 = load i64, i64* %count.1, align 8
  %854 = icmp sgt i64 %853, 2147483647
  %855 = zext i1 %854 to i32
  %856 = or i32 %852, %855
  %857 = icmp ne i32 %856, 0
  br i1 %857, label %then107, label %else108

then107:                                          ; preds = %join105
  br label %trap15.site12

else108:                                          ; preds = %join105
  br label %join109

join109:                                          ; preds = %else108, %dead110
  %858 = load i64, i64* %count.1, align 8
  %859 = trunc i64 %858 to i32
  %860 = zext i32 %859 to i64
  %861 = mul i64 %860, 1
  %862 = add i64 4, %861
  store i64 %862, i64* %size.1, align 8
  %863 = load i64, i64* %size.1, align 8
  %864 = icmp ugt i64 %863, 2147483647
  %865 = zext i1 %864 to i32
  %866 = icmp ne i32 %865, 0
  br i1 %866, label %then111, label %else112

trap15.site12:                                    ; preds = %then107
  %867 = load i64, i64* %lowStart, align 8
  %868 = getelementptr i64, i64* %regs, i64 6
  store i64 %867, i64* %868, align 8
  %869 = load i64, i64* %lowEnd, align 8
  %870 = getelementptr i64, i64* %regs, i64 7
  store i64 %869, i64* %870, align 8
  %871 = load i64, i64* %highEnd, align 8
  %872 = getelementptr i64, i64* %regs, i64 8
  store i64 %871, i64* %872, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

dead110:                                          ; No predecessors!
  br label %join109

then111:                                          ; preds = %join109
  br label %trap15.site13

else112:                                          ; preds = %join109
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %873 = load i64, i64* %size.1, align 8
  %874 = trunc i64 %873 to i32
  %875 = zext i32 %874 to i64
  %876 = getelementptr i64, i64* %regs, i64 1
  %877 = getelementptr i64, i64* %regs, i64 2
  %878 = load i64, i64* %876, align 8
  %879 = add i64 %878, 3
  %880 = and i64 %879, -4
  %881 = add i64 %880, %875
  %882 = load i64, i64* %877, align 8
  %883 = icmp ugt i64 %881, %882
  br i1 %883, label %trap15.site13, label %ok115

trap15.site13:                                    ; preds = %join113, %then111
  %884 = load i64, i64* %lowStart, align 8
  %885 = getelementptr i64, i64* %regs, i64 6
  store i64 %884, i64* %885, align 8
  %886 = load i64, i64* %lowEnd, align 8
  %887 = getelementptr i64, i64* %regs, i64 7
  store i64 %886, i64* %887, align 8
  %888 = load i64, i64* %highEnd, align 8
  %889 = getelementptr i64, i64* %regs, i64 8
  store i64 %888, i64* %889, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

ok115:                                            ; preds = %join113
  store i64 %881, i64* %876, align 8
  %890 = load i64, i64* %highEnd, align 8
  %891 = call i64 @llvm.umax.i64(i64 %890, i64 %881)
  store i64 %891, i64* %highEnd, align 8
  %892 = trunc i64 %880 to i32
  store i32 %892, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %893 = load i64, i64* %lo.1, align 8
  store i64 %893, i64* %i.2, align 8
  br label %range12

block11:                                          ; preds = %dead124, %ok116
  %894 = load i32, i32* %list.1, align 4
  %895 = load i32, i32* %len.1, align 4
  %896 = zext i32 %894 to i64
  %897 = add i64 %896, 4
  %898 = icmp uge i64 %896, %scratch_start
  %899 = load i64, i64* %highEnd, align 8
  %900 = icmp ule i64 %897, %899
  %901 = and i1 %898, %900
  br i1 %901, label %write.ok127, label %write.low125

range12:                                          ; preds = %write.ok122, %ok115
  %902 = load i64, i64* %fuel, align 8
  %903 = icmp ult i64 %902, 1
  br i1 %903, label %trap14.site0, label %ok116

ok116:                                            ; preds = %range12
  %904 = sub i64 %902, 1
  store i64 %904, i64* %fuel, align 8
  %905 = load i64, i64* %i.2, align 8
  %906 = load i64, i64* %hi.1, align 8
  %907 = icmp sge i64 %905, %906
  %908 = zext i1 %907 to i32
  %909 = icmp ne i32 %908, 0
  br i1 %909, label %block11, label %cont117

cont117:                                          ; preds = %ok116
  %910 = load i64, i64* %i.2, align 8
  store i64 %910, i64* %i.3, align 8
  %911 = load i32, i32* %list.1, align 4
  %912 = load i32, i32* %len.1, align 4
  %913 = mul i32 %912, 1
  %914 = add i32 %911, %913
  %915 = load i64, i64* %i.3, align 8
  %916 = icmp uge i32 %depth, 1000
  br i1 %916, label %trap15.site14, label %ok118

ok118:                                            ; preds = %cont117
  %917 = icmp ult i64 %10, %stack_limit
  br i1 %917, label %trap253.site0, label %stack_ok119

trap15.site14:                                    ; preds = %cont117
  %918 = load i64, i64* %lowStart, align 8
  %919 = getelementptr i64, i64* %regs, i64 6
  store i64 %918, i64* %919, align 8
  %920 = load i64, i64* %lowEnd, align 8
  %921 = getelementptr i64, i64* %regs, i64 7
  store i64 %920, i64* %921, align 8
  %922 = load i64, i64* %highEnd, align 8
  %923 = getelementptr i64, i64* %regs, i64 8
  store i64 %922, i64* %923, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok119:                                      ; preds = %ok118
  %924 = load i64, i64* %fuel, align 8
  %925 = getelementptr i64, i64* %regs, i64 0
  store i64 %924, i64* %925, align 8
  %926 = load i64, i64* %lowStart, align 8
  %927 = getelementptr i64, i64* %regs, i64 6
  store i64 %926, i64* %927, align 8
  %928 = load i64, i64* %lowEnd, align 8
  %929 = getelementptr i64, i64* %regs, i64 7
  store i64 %928, i64* %929, align 8
  %930 = load i64, i64* %highEnd, align 8
  %931 = getelementptr i64, i64* %regs, i64 8
  store i64 %930, i64* %931, align 8
  %932 = add i32 %depth, 1
  %933 = call i32 @m0.fn.is_even(i64* %regs, i8* %mem, i32 %932, i32 0, i64 %915)
  %934 = getelementptr i64, i64* %regs, i64 0
  %935 = load i64, i64* %934, align 8
  store i64 %935, i64* %fuel, align 8
  %936 = getelementptr i64, i64* %regs, i64 6
  %937 = load i64, i64* %936, align 8
  store i64 %937, i64* %lowStart, align 8
  %938 = getelementptr i64, i64* %regs, i64 7
  %939 = load i64, i64* %938, align 8
  store i64 %939, i64* %lowEnd, align 8
  %940 = getelementptr i64, i64* %regs, i64 8
  %941 = load i64, i64* %940, align 8
  store i64 %941, i64* %highEnd, align 8
  %942 = zext i32 %914 to i64
  %943 = add i64 %942, 4
  %944 = add i64 %943, 1
  %945 = icmp uge i64 %943, %scratch_start
  %946 = load i64, i64* %highEnd, align 8
  %947 = icmp ule i64 %944, %946
  %948 = and i1 %945, %947
  br i1 %948, label %write.ok122, label %write.low120

write.low120:                                     ; preds = %stack_ok119
  %949 = load i64, i64* %lowStart, align 8
  %950 = icmp uge i64 %943, %949
  %951 = load i64, i64* %lowEnd, align 8
  %952 = icmp ule i64 %944, %951
  %953 = and i1 %950, %952
  br i1 %953, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %954 = icmp ugt i64 %944, %arena_size
  br i1 %954, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %stack_ok119
  %955 = getelementptr i8, i8* %mem, i64 %943
  %956 = trunc i32 %933 to i8
  store i8 %956, i8* %955, align 1
  %957 = load i32, i32* %len.1, align 4
  %958 = add i32 %957, 1
  store i32 %958, i32* %len.1, align 4
  %959 = load i64, i64* %i.2, align 8
  %960 = add i64 %959, 1
  store i64 %960, i64* %i.2, align 8
  br label %range12

ok123:                                            ; preds = %write.slow121
  %961 = icmp ult i64 %943, %scratch_start
  %962 = load i64, i64* %lowStart, align 8
  %963 = call i64 @llvm.umin.i64(i64 %962, i64 %943)
  %964 = load i64, i64* %lowEnd, align 8
  %965 = load i64, i64* %highEnd, align 8
  %966 = add i64 %944, 64
  %967 = sub i64 %944, %963
  %968 = lshr i64 %967, 4
  %969 = add i64 %966, %968
  %970 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %969)
  %971 = call i64 @llvm.umax.i64(i64 %964, i64 %970)
  %972 = select i1 %961, i64 %971, i64 %964
  store i64 %972, i64* %lowEnd, align 8
  %973 = add i64 %944, 64
  %974 = sub i64 %944, %scratch_start
  %975 = lshr i64 %974, 4
  %976 = add i64 %973, %975
  %977 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %976)
  %978 = call i64 @llvm.umax.i64(i64 %965, i64 %977)
  %979 = select i1 %961, i64 %965, i64 %978
  store i64 %979, i64* %highEnd, align 8
  store i64 %963, i64* %lowStart, align 8
  br label %write.ok122

dead124:                                          ; No predecessors!
  br label %block11

write.low125:                                     ; preds = %block11
  %980 = load i64, i64* %lowStart, align 8
  %981 = icmp uge i64 %896, %980
  %982 = load i64, i64* %lowEnd, align 8
  %983 = icmp ule i64 %897, %982
  %984 = and i1 %981, %983
  br i1 %984, label %write.ok127, label %write.slow126

write.slow126:                                    ; preds = %write.low125
  %985 = icmp ugt i64 %897, %arena_size
  br i1 %985, label %trap17.site0, label %ok128

write.ok127:                                      ; preds = %ok128, %write.low125, %block11
  %986 = getelementptr i8, i8* %mem, i64 %896
  store i32 %895, i32* %unaligned129, align 4
  %987 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %986, i8* %987, i64 4, i1 false)
  %988 = load i32, i32* %list.1, align 4
  store i32 %988, i32* %result102, align 4
  br label %e8

ok128:                                            ; preds = %write.slow126
  %989 = icmp ult i64 %896, %scratch_start
  %990 = load i64, i64* %lowStart, align 8
  %991 = call i64 @llvm.umin.i64(i64 %990, i64 %896)
  %992 = load i64, i64* %lowEnd, align 8
  %993 = load i64, i64* %highEnd, align 8
  %994 = add i64 %897, 64
  %995 = sub i64 %897, %991
  %996 = lshr i64 %995, 4
  %997 = add i64 %994, %996
  %998 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %997)
  %999 = call i64 @llvm.umax.i64(i64 %992, i64 %998)
  %1000 = select i1 %989, i64 %999, i64 %992
  store i64 %1000, i64* %lowEnd, align 8
  %1001 = add i64 %897, 64
  %1002 = sub i64 %897, %scratch_start
  %1003 = lshr i64 %1002, 4
  %1004 = add i64 %1001, %1003
  %1005 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1004)
  %1006 = call i64 @llvm.umax.i64(i64 %993, i64 %1005)
  %1007 = select i1 %989, i64 %993, i64 %1006
  store i64 %1007, i64* %highEnd, align 8
  store i64 %991, i64* %lowStart, align 8
  br label %write.ok127

write.low130:                                     ; preds = %e8
  %1008 = load i64, i64* %lowStart, align 8
  %1009 = icmp uge i64 %840, %1008
  %1010 = load i64, i64* %lowEnd, align 8
  %1011 = icmp ule i64 %841, %1010
  %1012 = and i1 %1009, %1011
  br i1 %1012, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %1013 = icmp ugt i64 %841, %arena_size
  br i1 %1013, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %e8
  %1014 = getelementptr i8, i8* %mem, i64 %840
  store i32 %838, i32* %unaligned134, align 4
  %1015 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1014, i8* %1015, i64 4, i1 false)
  %1016 = load i32, i32* %dict, align 4
  %1017 = icmp uge i32 %depth, 1000
  br i1 %1017, label %trap15.site15, label %ok135

ok133:                                            ; preds = %write.slow131
  %1018 = icmp ult i64 %840, %scratch_start
  %1019 = load i64, i64* %lowStart, align 8
  %1020 = call i64 @llvm.umin.i64(i64 %1019, i64 %840)
  %1021 = load i64, i64* %lowEnd, align 8
  %1022 = load i64, i64* %highEnd, align 8
  %1023 = add i64 %841, 64
  %1024 = sub i64 %841, %1020
  %1025 = lshr i64 %1024, 4
  %1026 = add i64 %1023, %1025
  %1027 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1026)
  %1028 = call i64 @llvm.umax.i64(i64 %1021, i64 %1027)
  %1029 = select i1 %1018, i64 %1028, i64 %1021
  store i64 %1029, i64* %lowEnd, align 8
  %1030 = add i64 %841, 64
  %1031 = sub i64 %841, %scratch_start
  %1032 = lshr i64 %1031, 4
  %1033 = add i64 %1030, %1032
  %1034 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1033)
  %1035 = call i64 @llvm.umax.i64(i64 %1022, i64 %1034)
  %1036 = select i1 %1018, i64 %1022, i64 %1035
  store i64 %1036, i64* %highEnd, align 8
  store i64 %1020, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %1037 = icmp ult i64 %10, %stack_limit
  br i1 %1037, label %trap253.site0, label %stack_ok136

trap15.site15:                                    ; preds = %write.ok132
  %1038 = load i64, i64* %lowStart, align 8
  %1039 = getelementptr i64, i64* %regs, i64 6
  store i64 %1038, i64* %1039, align 8
  %1040 = load i64, i64* %lowEnd, align 8
  %1041 = getelementptr i64, i64* %regs, i64 7
  store i64 %1040, i64* %1041, align 8
  %1042 = load i64, i64* %highEnd, align 8
  %1043 = getelementptr i64, i64* %regs, i64 8
  store i64 %1042, i64* %1043, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok136:                                      ; preds = %ok135
  %1044 = load i64, i64* %fuel, align 8
  %1045 = getelementptr i64, i64* %regs, i64 0
  store i64 %1044, i64* %1045, align 8
  %1046 = load i64, i64* %lowStart, align 8
  %1047 = getelementptr i64, i64* %regs, i64 6
  store i64 %1046, i64* %1047, align 8
  %1048 = load i64, i64* %lowEnd, align 8
  %1049 = getelementptr i64, i64* %regs, i64 7
  store i64 %1048, i64* %1049, align 8
  %1050 = load i64, i64* %highEnd, align 8
  %1051 = getelementptr i64, i64* %regs, i64 8
  store i64 %1050, i64* %1051, align 8
  %1052 = add i32 %depth, 1
  %1053 = call i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %1052, i32 %1016, i64 0)
  %1054 = getelementptr i64, i64* %regs, i64 0
  %1055 = load i64, i64* %1054, align 8
  store i64 %1055, i64* %fuel, align 8
  %1056 = getelementptr i64, i64* %regs, i64 6
  %1057 = load i64, i64* %1056, align 8
  store i64 %1057, i64* %lowStart, align 8
  %1058 = getelementptr i64, i64* %regs, i64 7
  %1059 = load i64, i64* %1058, align 8
  store i64 %1059, i64* %lowEnd, align 8
  %1060 = getelementptr i64, i64* %regs, i64 8
  %1061 = load i64, i64* %1060, align 8
  store i64 %1061, i64* %highEnd, align 8
  store i64 %1053, i64* %total, align 8
  %1062 = load i32, i32* %dict, align 4
  %1063 = load i64, i64* %total, align 8
  %1064 = zext i32 %1062 to i64
  %1065 = add i64 %1064, 24
  %1066 = add i64 %1065, 8
  %1067 = icmp uge i64 %1065, %scratch_start
  %1068 = load i64, i64* %highEnd, align 8
  %1069 = icmp ule i64 %1066, %1068
  %1070 = and i1 %1067, %1069
  br i1 %1070, label %write.ok139, label %write.low137

write.low137:                                     ; preds = %stack_ok136
  %1071 = load i64, i64* %lowStart, align 8
  %1072 = icmp uge i64 %1065, %1071
  %1073 = load i64, i64* %lowEnd, align 8
  %1074 = icmp ule i64 %1066, %1073
  %1075 = and i1 %1072, %1074
  br i1 %1075, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1076 = icmp ugt i64 %1066, %arena_size
  br i1 %1076, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %stack_ok136
  %1077 = getelementptr i8, i8* %mem, i64 %1065
  store i64 %1063, i64* %unaligned141, align 8
  %1078 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1077, i8* %1078, i64 8, i1 false)
  %1079 = load i32, i32* %dict, align 4
  store i32 %1079, i32* %result5, align 4
  br label %e0

ok140:                                            ; preds = %write.slow138
  %1080 = icmp ult i64 %1065, %scratch_start
  %1081 = load i64, i64* %lowStart, align 8
  %1082 = call i64 @llvm.umin.i64(i64 %1081, i64 %1065)
  %1083 = load i64, i64* %lowEnd, align 8
  %1084 = load i64, i64* %highEnd, align 8
  %1085 = add i64 %1066, 64
  %1086 = sub i64 %1066, %1082
  %1087 = lshr i64 %1086, 4
  %1088 = add i64 %1085, %1087
  %1089 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1088)
  %1090 = call i64 @llvm.umax.i64(i64 %1083, i64 %1089)
  %1091 = select i1 %1080, i64 %1090, i64 %1083
  store i64 %1091, i64* %lowEnd, align 8
  %1092 = add i64 %1066, 64
  %1093 = sub i64 %1066, %scratch_start
  %1094 = lshr i64 %1093, 4
  %1095 = add i64 %1092, %1094
  %1096 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1095)
  %1097 = call i64 @llvm.umax.i64(i64 %1084, i64 %1096)
  %1098 = select i1 %1080, i64 %1084, i64 %1097
  store i64 %1098, i64* %highEnd, align 8
  store i64 %1082, i64* %lowStart, align 8
  br label %write.ok139

ok142:                                            ; preds = %e0
  %1099 = icmp ult i64 %10, %stack_limit
  br i1 %1099, label %trap253.site0, label %stack_ok143

trap15.site0:                                     ; preds = %e0
  %1100 = load i64, i64* %lowStart, align 8
  %1101 = getelementptr i64, i64* %regs, i64 6
  store i64 %1100, i64* %1101, align 8
  %1102 = load i64, i64* %lowEnd, align 8
  %1103 = getelementptr i64, i64* %regs, i64 7
  store i64 %1102, i64* %1103, align 8
  %1104 = load i64, i64* %highEnd, align 8
  %1105 = getelementptr i64, i64* %regs, i64 8
  store i64 %1104, i64* %1105, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok143:                                      ; preds = %ok142
  %1106 = load i64, i64* %fuel, align 8
  %1107 = getelementptr i64, i64* %regs, i64 0
  store i64 %1106, i64* %1107, align 8
  %1108 = load i64, i64* %lowStart, align 8
  %1109 = getelementptr i64, i64* %regs, i64 6
  store i64 %1108, i64* %1109, align 8
  %1110 = load i64, i64* %lowEnd, align 8
  %1111 = getelementptr i64, i64* %regs, i64 7
  store i64 %1110, i64* %1111, align 8
  %1112 = load i64, i64* %highEnd, align 8
  %1113 = getelementptr i64, i64* %regs, i64 8
  store i64 %1112, i64* %1113, align 8
  %1114 = add i32 %depth, 1
  %1115 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1114, i32 %89, i32 %90, i32 0)
  %1116 = getelementptr i64, i64* %regs, i64 0
  %1117 = load i64, i64* %1116, align 8
  store i64 %1117, i64* %fuel, align 8
  %1118 = getelementptr i64, i64* %regs, i64 6
  %1119 = load i64, i64* %1118, align 8
  store i64 %1119, i64* %lowStart, align 8
  %1120 = getelementptr i64, i64* %regs, i64 7
  %1121 = load i64, i64* %1120, align 8
  store i64 %1121, i64* %lowEnd, align 8
  %1122 = getelementptr i64, i64* %regs, i64 8
  %1123 = load i64, i64* %1122, align 8
  store i64 %1123, i64* %highEnd, align 8
  store i32 %1115, i32* %json_end, align 4
  %1124 = load i32, i32* %json_end, align 4
  %1125 = icmp eq i32 %1124, -2
  %1126 = zext i1 %1125 to i32
  %1127 = icmp ne i32 %1126, 0
  br i1 %1127, label %then144, label %else145

then144:                                          ; preds = %stack_ok143
  br label %trap16.site4

else145:                                          ; preds = %stack_ok143
  br label %join146

join146:                                          ; preds = %else145, %dead147
  %1128 = load i32, i32* %json_end, align 4
  %1129 = icmp eq i32 %1128, -1
  %1130 = zext i1 %1129 to i32
  %1131 = icmp ne i32 %1130, 0
  br i1 %1131, label %then148, label %else149

trap16.site4:                                     ; preds = %then144
  %1132 = load i64, i64* %lowStart, align 8
  %1133 = getelementptr i64, i64* %regs, i64 6
  store i64 %1132, i64* %1133, align 8
  %1134 = load i64, i64* %lowEnd, align 8
  %1135 = getelementptr i64, i64* %regs, i64 7
  store i64 %1134, i64* %1135, align 8
  %1136 = load i64, i64* %highEnd, align 8
  %1137 = getelementptr i64, i64* %regs, i64 8
  store i64 %1136, i64* %1137, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead147:                                          ; No predecessors!
  br label %join146

then148:                                          ; preds = %join146
  br label %trap15.site4

else149:                                          ; preds = %join146
  br label %join150

join150:                                          ; preds = %else149, %dead151
  %1138 = load i32, i32* %json_end, align 4
  %1139 = zext i32 %1138 to i64
  %1140 = getelementptr i64, i64* %regs, i64 3
  store i64 %1139, i64* %1140, align 8
  %1141 = load i32, i32* %json_end, align 4
  %1142 = load i32, i32* %json_start, align 4
  %1143 = sub i32 %1141, %1142
  %1144 = load i64, i64* %fuel, align 8
  %1145 = getelementptr i64, i64* %regs, i64 0
  store i64 %1144, i64* %1145, align 8
  %1146 = load i64, i64* %lowStart, align 8
  %1147 = getelementptr i64, i64* %regs, i64 6
  store i64 %1146, i64* %1147, align 8
  %1148 = load i64, i64* %lowEnd, align 8
  %1149 = getelementptr i64, i64* %regs, i64 7
  store i64 %1148, i64* %1149, align 8
  %1150 = load i64, i64* %highEnd, align 8
  %1151 = getelementptr i64, i64* %regs, i64 8
  store i64 %1150, i64* %1151, align 8
  ret i32 %1143

dead151:                                          ; No predecessors!
  br label %join150
}

define internal i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
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
  %result = alloca i64, align 8
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

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %11 = load i64, i64* %k, align 8
  store i64 %11, i64* %result, align 8
  br label %join

else:                                             ; preds = %ok
  %12 = load i64, i64* %k, align 8
  %13 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %12, i64 1)
  %14 = extractvalue { i64, i1 } %13, 1
  br i1 %14, label %trap2.site18, label %ok1

join:                                             ; preds = %ok6, %then
  %15 = load i64, i64* %result, align 8
  %16 = load i64, i64* %fuel, align 8
  %17 = getelementptr i64, i64* %regs, i64 0
  store i64 %16, i64* %17, align 8
  ret i64 %15

ok1:                                              ; preds = %else
  %18 = extractvalue { i64, i1 } %13, 0
  %19 = icmp uge i32 %depth, 1000
  br i1 %19, label %trap15.site19, label %ok2

trap2.site18:                                     ; preds = %else
  call void @tetra_trap(i64* %regs, i32 2, i32 18)
  unreachable

ok2:                                              ; preds = %ok1
  %20 = icmp ult i64 %2, %stack_limit
  br i1 %20, label %trap253.site0, label %stack_ok

trap15.site19:                                    ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

stack_ok:                                         ; preds = %ok2
  %21 = load i64, i64* %fuel, align 8
  %22 = getelementptr i64, i64* %regs, i64 0
  store i64 %21, i64* %22, align 8
  %23 = add i32 %depth, 1
  %24 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %23, i32 0, i64 %18)
  %25 = getelementptr i64, i64* %regs, i64 0
  %26 = load i64, i64* %25, align 8
  store i64 %26, i64* %fuel, align 8
  %27 = load i64, i64* %k, align 8
  %28 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %27, i64 2)
  %29 = extractvalue { i64, i1 } %28, 1
  br i1 %29, label %trap2.site20, label %ok3

trap253.site0:                                    ; preds = %ok4, %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok3:                                              ; preds = %stack_ok
  %30 = extractvalue { i64, i1 } %28, 0
  %31 = icmp uge i32 %depth, 1000
  br i1 %31, label %trap15.site21, label %ok4

trap2.site20:                                     ; preds = %stack_ok
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

ok4:                                              ; preds = %ok3
  %32 = icmp ult i64 %2, %stack_limit
  br i1 %32, label %trap253.site0, label %stack_ok5

trap15.site21:                                    ; preds = %ok3
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

stack_ok5:                                        ; preds = %ok4
  %33 = load i64, i64* %fuel, align 8
  %34 = getelementptr i64, i64* %regs, i64 0
  store i64 %33, i64* %34, align 8
  %35 = add i32 %depth, 1
  %36 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %35, i32 0, i64 %30)
  %37 = getelementptr i64, i64* %regs, i64 0
  %38 = load i64, i64* %37, align 8
  store i64 %38, i64* %fuel, align 8
  %39 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %24, i64 %36)
  %40 = extractvalue { i64, i1 } %39, 1
  br i1 %40, label %trap2.site17, label %ok6

ok6:                                              ; preds = %stack_ok5
  %41 = extractvalue { i64, i1 } %39, 0
  store i64 %41, i64* %result, align 8
  br label %join

trap2.site17:                                     ; preds = %stack_ok5
  call void @tetra_trap(i64* %regs, i32 2, i32 17)
  unreachable
}

define internal i32 @m0.fn.is_even(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
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

define internal i32 @m0.fn.is_odd(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
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

define internal i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %i.arg) {
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
  %11 = add i64 %10, 32
  %12 = add i64 %11, 4
  %13 = icmp ugt i64 %12, %arena_size
  br i1 %13, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e3:                                               ; preds = %ok2
  %14 = load i64, i64* %result, align 8
  %15 = icmp sge i64 %8, %14
  %16 = zext i1 %15 to i32
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %then, label %else

ok1:                                              ; preds = %ok
  %18 = getelementptr i8, i8* %mem, i64 %11
  %19 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %19, i8* %18, i64 4, i1 false)
  %20 = load i32, i32* %unaligned, align 4
  store i32 %20, i32* %xs, align 4
  %21 = load i32, i32* %xs, align 4
  %22 = zext i32 %21 to i64
  %23 = add i64 %22, 4
  %24 = icmp ugt i64 %23, %arena_size
  br i1 %24, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %join12, %else, %ok1, %ok
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
  %31 = add i64 %30, 32
  %32 = add i64 %31, 4
  %33 = icmp ugt i64 %32, %arena_size
  br i1 %33, label %trap17.site0, label %ok6

join:                                             ; preds = %ok17, %then
  %34 = load i64, i64* %result4, align 8
  %35 = load i64, i64* %fuel, align 8
  %36 = getelementptr i64, i64* %regs, i64 0
  store i64 %35, i64* %36, align 8
  ret i64 %34

e7:                                               ; preds = %ok13
  %37 = load i64, i64* %result5, align 8
  %38 = load i32, i32* %env, align 4
  %39 = load i64, i64* %i, align 8
  %40 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %39, i64 1)
  %41 = extractvalue { i64, i1 } %40, 1
  br i1 %41, label %trap2.site32, label %ok15

ok6:                                              ; preds = %else
  %42 = getelementptr i8, i8* %mem, i64 %31
  %43 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %43, i8* %42, i64 4, i1 false)
  %44 = load i32, i32* %unaligned7, align 4
  store i32 %44, i32* %xs.1, align 4
  %45 = load i64, i64* %i, align 8
  store i64 %45, i64* %i.1, align 8
  %46 = load i64, i64* %i.1, align 8
  %47 = load i32, i32* %xs.1, align 4
  %48 = zext i32 %47 to i64
  %49 = add i64 %48, 4
  %50 = icmp ugt i64 %49, %arena_size
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

trap17.site31:                                    ; preds = %ok6
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 8
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok13

trap3.site31:                                     ; preds = %then10
  call void @tetra_trap(i64* %regs, i32 3, i32 31)
  unreachable

dead:                                             ; No predecessors!
  br label %join12

ok13:                                             ; preds = %join12
  %67 = getelementptr i8, i8* %mem, i64 %64
  %68 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %68, i8* %67, i64 8, i1 false)
  %69 = load i64, i64* %unaligned14, align 8
  store i64 %69, i64* %result5, align 8
  br label %e7

ok15:                                             ; preds = %e7
  %70 = extractvalue { i64, i1 } %40, 0
  %71 = icmp uge i32 %depth, 1000
  br i1 %71, label %trap15.site33, label %ok16

trap2.site32:                                     ; preds = %e7
  call void @tetra_trap(i64* %regs, i32 2, i32 32)
  unreachable

ok16:                                             ; preds = %ok15
  %72 = icmp ult i64 %3, %stack_limit
  br i1 %72, label %trap253.site0, label %stack_ok

trap15.site33:                                    ; preds = %ok15
  call void @tetra_trap(i64* %regs, i32 15, i32 33)
  unreachable

stack_ok:                                         ; preds = %ok16
  %73 = load i64, i64* %fuel, align 8
  %74 = getelementptr i64, i64* %regs, i64 0
  store i64 %73, i64* %74, align 8
  %75 = add i32 %depth, 1
  %76 = call i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %75, i32 %38, i64 %70)
  %77 = getelementptr i64, i64* %regs, i64 0
  %78 = load i64, i64* %77, align 8
  store i64 %78, i64* %fuel, align 8
  %79 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %37, i64 %76)
  %80 = extractvalue { i64, i1 } %79, 1
  br i1 %80, label %trap2.site30, label %ok17

trap253.site0:                                    ; preds = %ok16
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok17:                                             ; preds = %stack_ok
  %81 = extractvalue { i64, i1 } %79, 0
  store i64 %81, i64* %result4, align 8
  br label %join

trap2.site30:                                     ; preds = %stack_ok
  call void @tetra_trap(i64* %regs, i32 2, i32 30)
  unreachable
}
