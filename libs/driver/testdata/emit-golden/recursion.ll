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
  %629 = load i64, i64* %lowEnd, align 8
  %630 = load i64, i64* %highEnd, align 8
  %631 = call i64 @llvm.umax.i64(i64 %629, i64 %600)
  %632 = select i1 %628, i64 %631, i64 %629
  store i64 %632, i64* %lowEnd, align 8
  %633 = call i64 @llvm.umax.i64(i64 %630, i64 %600)
  %634 = select i1 %628, i64 %630, i64 %633
  store i64 %634, i64* %highEnd, align 8
  %635 = load i64, i64* %lowStart, align 8
  %636 = call i64 @llvm.umin.i64(i64 %635, i64 %599)
  store i64 %636, i64* %lowStart, align 8
  br label %write.ok

write.low118:                                     ; preds = %write.ok
  %637 = load i64, i64* %lowStart, align 8
  %638 = icmp uge i64 %622, %637
  %639 = load i64, i64* %lowEnd, align 8
  %640 = icmp ule i64 %623, %639
  %641 = and i1 %638, %640
  br i1 %641, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %642 = icmp ugt i64 %623, %arena_size
  br i1 %642, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok
  %643 = getelementptr i8, i8* %mem, i64 %622
  store i32 %620, i32* %unaligned122, align 4
  %644 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %643, i8* %644, i64 4, i1 false)
  %645 = load i32, i32* %args_out, align 4
  %646 = load i64, i64* %fuel, align 8
  %647 = getelementptr i64, i64* %regs, i64 0
  store i64 %646, i64* %647, align 8
  %648 = load i64, i64* %lowStart, align 8
  %649 = getelementptr i64, i64* %regs, i64 6
  store i64 %648, i64* %649, align 8
  %650 = load i64, i64* %lowEnd, align 8
  %651 = getelementptr i64, i64* %regs, i64 7
  store i64 %650, i64* %651, align 8
  %652 = load i64, i64* %highEnd, align 8
  %653 = getelementptr i64, i64* %regs, i64 8
  store i64 %652, i64* %653, align 8
  ret i32 %645

ok121:                                            ; preds = %write.slow119
  %654 = icmp ult i64 %622, %scratch_start
  %655 = load i64, i64* %lowEnd, align 8
  %656 = load i64, i64* %highEnd, align 8
  %657 = call i64 @llvm.umax.i64(i64 %655, i64 %623)
  %658 = select i1 %654, i64 %657, i64 %655
  store i64 %658, i64* %lowEnd, align 8
  %659 = call i64 @llvm.umax.i64(i64 %656, i64 %623)
  %660 = select i1 %654, i64 %656, i64 %659
  store i64 %660, i64* %highEnd, align 8
  %661 = load i64, i64* %lowStart, align 8
  %662 = call i64 @llvm.umin.i64(i64 %661, i64 %622)
  store i64 %662, i64* %lowStart, align 8
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
  %127 = load i64, i64* %lowEnd, align 8
  %128 = load i64, i64* %highEnd, align 8
  %129 = call i64 @llvm.umax.i64(i64 %127, i64 %99)
  %130 = select i1 %126, i64 %129, i64 %127
  store i64 %130, i64* %lowEnd, align 8
  %131 = call i64 @llvm.umax.i64(i64 %128, i64 %99)
  %132 = select i1 %126, i64 %128, i64 %131
  store i64 %132, i64* %highEnd, align 8
  %133 = load i64, i64* %lowStart, align 8
  %134 = call i64 @llvm.umin.i64(i64 %133, i64 %98)
  store i64 %134, i64* %lowStart, align 8
  br label %write.ok

ok9:                                              ; preds = %write.ok
  store i64 %123, i64* %118, align 8
  %135 = load i64, i64* %highEnd, align 8
  %136 = call i64 @llvm.umax.i64(i64 %135, i64 %123)
  store i64 %136, i64* %highEnd, align 8
  %137 = trunc i64 %122 to i32
  store i32 %137, i32* %closure, align 4
  %138 = load i32, i32* %closure, align 4
  %139 = zext i32 %138 to i64
  %140 = add i64 %139, 4
  %141 = icmp uge i64 %139, %scratch_start
  %142 = load i64, i64* %highEnd, align 8
  %143 = icmp ule i64 %140, %142
  %144 = and i1 %141, %143
  br i1 %144, label %write.ok12, label %write.low10

trap15.site5:                                     ; preds = %write.ok
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

write.low10:                                      ; preds = %ok9
  %151 = load i64, i64* %lowStart, align 8
  %152 = icmp uge i64 %139, %151
  %153 = load i64, i64* %lowEnd, align 8
  %154 = icmp ule i64 %140, %153
  %155 = and i1 %152, %154
  br i1 %155, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %156 = icmp ugt i64 %140, %arena_size
  br i1 %156, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %ok9
  %157 = getelementptr i8, i8* %mem, i64 %139
  store i32 0, i32* %unaligned14, align 4
  %158 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %157, i8* %158, i64 4, i1 false)
  %159 = load i32, i32* %closure, align 4
  %160 = zext i32 %159 to i64
  %161 = add i64 %160, 4
  %162 = add i64 %161, 4
  %163 = icmp uge i64 %161, %scratch_start
  %164 = load i64, i64* %highEnd, align 8
  %165 = icmp ule i64 %162, %164
  %166 = and i1 %163, %165
  br i1 %166, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %167 = icmp ult i64 %139, %scratch_start
  %168 = load i64, i64* %lowEnd, align 8
  %169 = load i64, i64* %highEnd, align 8
  %170 = call i64 @llvm.umax.i64(i64 %168, i64 %140)
  %171 = select i1 %167, i64 %170, i64 %168
  store i64 %171, i64* %lowEnd, align 8
  %172 = call i64 @llvm.umax.i64(i64 %169, i64 %140)
  %173 = select i1 %167, i64 %169, i64 %172
  store i64 %173, i64* %highEnd, align 8
  %174 = load i64, i64* %lowStart, align 8
  %175 = call i64 @llvm.umin.i64(i64 %174, i64 %139)
  store i64 %175, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %176 = load i64, i64* %lowStart, align 8
  %177 = icmp uge i64 %161, %176
  %178 = load i64, i64* %lowEnd, align 8
  %179 = icmp ule i64 %162, %178
  %180 = and i1 %177, %179
  br i1 %180, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %181 = icmp ugt i64 %162, %arena_size
  br i1 %181, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %182 = getelementptr i8, i8* %mem, i64 %161
  store i32 0, i32* %unaligned19, align 4
  %183 = bitcast i32* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %182, i8* %183, i64 4, i1 false)
  %184 = load i32, i32* %dict, align 4
  %185 = load i32, i32* %closure, align 4
  %186 = zext i32 %184 to i64
  %187 = add i64 %186, 4
  %188 = icmp uge i64 %186, %scratch_start
  %189 = load i64, i64* %highEnd, align 8
  %190 = icmp ule i64 %187, %189
  %191 = and i1 %188, %190
  br i1 %191, label %write.ok22, label %write.low20

ok18:                                             ; preds = %write.slow16
  %192 = icmp ult i64 %161, %scratch_start
  %193 = load i64, i64* %lowEnd, align 8
  %194 = load i64, i64* %highEnd, align 8
  %195 = call i64 @llvm.umax.i64(i64 %193, i64 %162)
  %196 = select i1 %192, i64 %195, i64 %193
  store i64 %196, i64* %lowEnd, align 8
  %197 = call i64 @llvm.umax.i64(i64 %194, i64 %162)
  %198 = select i1 %192, i64 %194, i64 %197
  store i64 %198, i64* %highEnd, align 8
  %199 = load i64, i64* %lowStart, align 8
  %200 = call i64 @llvm.umin.i64(i64 %199, i64 %161)
  store i64 %200, i64* %lowStart, align 8
  br label %write.ok17

write.low20:                                      ; preds = %write.ok17
  %201 = load i64, i64* %lowStart, align 8
  %202 = icmp uge i64 %186, %201
  %203 = load i64, i64* %lowEnd, align 8
  %204 = icmp ule i64 %187, %203
  %205 = and i1 %202, %204
  br i1 %205, label %write.ok22, label %write.slow21

write.slow21:                                     ; preds = %write.low20
  %206 = icmp ugt i64 %187, %arena_size
  br i1 %206, label %trap17.site0, label %ok23

write.ok22:                                       ; preds = %ok23, %write.low20, %write.ok17
  %207 = getelementptr i8, i8* %mem, i64 %186
  store i32 %185, i32* %unaligned24, align 4
  %208 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %207, i8* %208, i64 4, i1 false)
  %209 = getelementptr i64, i64* %regs, i64 1
  %210 = getelementptr i64, i64* %regs, i64 2
  %211 = load i64, i64* %209, align 8
  %212 = add i64 %211, 3
  %213 = and i64 %212, -4
  %214 = add i64 %213, 8
  %215 = load i64, i64* %210, align 8
  %216 = icmp ugt i64 %214, %215
  br i1 %216, label %trap15.site6, label %ok25

ok23:                                             ; preds = %write.slow21
  %217 = icmp ult i64 %186, %scratch_start
  %218 = load i64, i64* %lowEnd, align 8
  %219 = load i64, i64* %highEnd, align 8
  %220 = call i64 @llvm.umax.i64(i64 %218, i64 %187)
  %221 = select i1 %217, i64 %220, i64 %218
  store i64 %221, i64* %lowEnd, align 8
  %222 = call i64 @llvm.umax.i64(i64 %219, i64 %187)
  %223 = select i1 %217, i64 %219, i64 %222
  store i64 %223, i64* %highEnd, align 8
  %224 = load i64, i64* %lowStart, align 8
  %225 = call i64 @llvm.umin.i64(i64 %224, i64 %186)
  store i64 %225, i64* %lowStart, align 8
  br label %write.ok22

ok25:                                             ; preds = %write.ok22
  store i64 %214, i64* %209, align 8
  %226 = load i64, i64* %highEnd, align 8
  %227 = call i64 @llvm.umax.i64(i64 %226, i64 %214)
  store i64 %227, i64* %highEnd, align 8
  %228 = trunc i64 %213 to i32
  store i32 %228, i32* %closure.1, align 4
  %229 = load i32, i32* %closure.1, align 4
  %230 = zext i32 %229 to i64
  %231 = add i64 %230, 4
  %232 = icmp uge i64 %230, %scratch_start
  %233 = load i64, i64* %highEnd, align 8
  %234 = icmp ule i64 %231, %233
  %235 = and i1 %232, %234
  br i1 %235, label %write.ok28, label %write.low26

trap15.site6:                                     ; preds = %write.ok22
  %236 = load i64, i64* %lowStart, align 8
  %237 = getelementptr i64, i64* %regs, i64 6
  store i64 %236, i64* %237, align 8
  %238 = load i64, i64* %lowEnd, align 8
  %239 = getelementptr i64, i64* %regs, i64 7
  store i64 %238, i64* %239, align 8
  %240 = load i64, i64* %highEnd, align 8
  %241 = getelementptr i64, i64* %regs, i64 8
  store i64 %240, i64* %241, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

write.low26:                                      ; preds = %ok25
  %242 = load i64, i64* %lowStart, align 8
  %243 = icmp uge i64 %230, %242
  %244 = load i64, i64* %lowEnd, align 8
  %245 = icmp ule i64 %231, %244
  %246 = and i1 %243, %245
  br i1 %246, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %247 = icmp ugt i64 %231, %arena_size
  br i1 %247, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %ok25
  %248 = getelementptr i8, i8* %mem, i64 %230
  store i32 1, i32* %unaligned30, align 4
  %249 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %248, i8* %249, i64 4, i1 false)
  %250 = load i32, i32* %closure.1, align 4
  %251 = zext i32 %250 to i64
  %252 = add i64 %251, 4
  %253 = add i64 %252, 4
  %254 = icmp uge i64 %252, %scratch_start
  %255 = load i64, i64* %highEnd, align 8
  %256 = icmp ule i64 %253, %255
  %257 = and i1 %254, %256
  br i1 %257, label %write.ok33, label %write.low31

ok29:                                             ; preds = %write.slow27
  %258 = icmp ult i64 %230, %scratch_start
  %259 = load i64, i64* %lowEnd, align 8
  %260 = load i64, i64* %highEnd, align 8
  %261 = call i64 @llvm.umax.i64(i64 %259, i64 %231)
  %262 = select i1 %258, i64 %261, i64 %259
  store i64 %262, i64* %lowEnd, align 8
  %263 = call i64 @llvm.umax.i64(i64 %260, i64 %231)
  %264 = select i1 %258, i64 %260, i64 %263
  store i64 %264, i64* %highEnd, align 8
  %265 = load i64, i64* %lowStart, align 8
  %266 = call i64 @llvm.umin.i64(i64 %265, i64 %230)
  store i64 %266, i64* %lowStart, align 8
  br label %write.ok28

write.low31:                                      ; preds = %write.ok28
  %267 = load i64, i64* %lowStart, align 8
  %268 = icmp uge i64 %252, %267
  %269 = load i64, i64* %lowEnd, align 8
  %270 = icmp ule i64 %253, %269
  %271 = and i1 %268, %270
  br i1 %271, label %write.ok33, label %write.slow32

write.slow32:                                     ; preds = %write.low31
  %272 = icmp ugt i64 %253, %arena_size
  br i1 %272, label %trap17.site0, label %ok34

write.ok33:                                       ; preds = %ok34, %write.low31, %write.ok28
  %273 = getelementptr i8, i8* %mem, i64 %252
  store i32 0, i32* %unaligned35, align 4
  %274 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %273, i8* %274, i64 4, i1 false)
  %275 = load i32, i32* %dict, align 4
  %276 = load i32, i32* %closure.1, align 4
  %277 = zext i32 %275 to i64
  %278 = add i64 %277, 4
  %279 = add i64 %278, 4
  %280 = icmp uge i64 %278, %scratch_start
  %281 = load i64, i64* %highEnd, align 8
  %282 = icmp ule i64 %279, %281
  %283 = and i1 %280, %282
  br i1 %283, label %write.ok38, label %write.low36

ok34:                                             ; preds = %write.slow32
  %284 = icmp ult i64 %252, %scratch_start
  %285 = load i64, i64* %lowEnd, align 8
  %286 = load i64, i64* %highEnd, align 8
  %287 = call i64 @llvm.umax.i64(i64 %285, i64 %253)
  %288 = select i1 %284, i64 %287, i64 %285
  store i64 %288, i64* %lowEnd, align 8
  %289 = call i64 @llvm.umax.i64(i64 %286, i64 %253)
  %290 = select i1 %284, i64 %286, i64 %289
  store i64 %290, i64* %highEnd, align 8
  %291 = load i64, i64* %lowStart, align 8
  %292 = call i64 @llvm.umin.i64(i64 %291, i64 %252)
  store i64 %292, i64* %lowStart, align 8
  br label %write.ok33

write.low36:                                      ; preds = %write.ok33
  %293 = load i64, i64* %lowStart, align 8
  %294 = icmp uge i64 %278, %293
  %295 = load i64, i64* %lowEnd, align 8
  %296 = icmp ule i64 %279, %295
  %297 = and i1 %294, %296
  br i1 %297, label %write.ok38, label %write.slow37

write.slow37:                                     ; preds = %write.low36
  %298 = icmp ugt i64 %279, %arena_size
  br i1 %298, label %trap17.site0, label %ok39

write.ok38:                                       ; preds = %ok39, %write.low36, %write.ok33
  %299 = getelementptr i8, i8* %mem, i64 %278
  store i32 %276, i32* %unaligned40, align 4
  %300 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %299, i8* %300, i64 4, i1 false)
  %301 = getelementptr i64, i64* %regs, i64 1
  %302 = getelementptr i64, i64* %regs, i64 2
  %303 = load i64, i64* %301, align 8
  %304 = add i64 %303, 3
  %305 = and i64 %304, -4
  %306 = add i64 %305, 8
  %307 = load i64, i64* %302, align 8
  %308 = icmp ugt i64 %306, %307
  br i1 %308, label %trap15.site7, label %ok41

ok39:                                             ; preds = %write.slow37
  %309 = icmp ult i64 %278, %scratch_start
  %310 = load i64, i64* %lowEnd, align 8
  %311 = load i64, i64* %highEnd, align 8
  %312 = call i64 @llvm.umax.i64(i64 %310, i64 %279)
  %313 = select i1 %309, i64 %312, i64 %310
  store i64 %313, i64* %lowEnd, align 8
  %314 = call i64 @llvm.umax.i64(i64 %311, i64 %279)
  %315 = select i1 %309, i64 %311, i64 %314
  store i64 %315, i64* %highEnd, align 8
  %316 = load i64, i64* %lowStart, align 8
  %317 = call i64 @llvm.umin.i64(i64 %316, i64 %278)
  store i64 %317, i64* %lowStart, align 8
  br label %write.ok38

ok41:                                             ; preds = %write.ok38
  store i64 %306, i64* %301, align 8
  %318 = load i64, i64* %highEnd, align 8
  %319 = call i64 @llvm.umax.i64(i64 %318, i64 %306)
  store i64 %319, i64* %highEnd, align 8
  %320 = trunc i64 %305 to i32
  store i32 %320, i32* %closure.2, align 4
  %321 = load i32, i32* %closure.2, align 4
  %322 = zext i32 %321 to i64
  %323 = add i64 %322, 4
  %324 = icmp uge i64 %322, %scratch_start
  %325 = load i64, i64* %highEnd, align 8
  %326 = icmp ule i64 %323, %325
  %327 = and i1 %324, %326
  br i1 %327, label %write.ok44, label %write.low42

trap15.site7:                                     ; preds = %write.ok38
  %328 = load i64, i64* %lowStart, align 8
  %329 = getelementptr i64, i64* %regs, i64 6
  store i64 %328, i64* %329, align 8
  %330 = load i64, i64* %lowEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 7
  store i64 %330, i64* %331, align 8
  %332 = load i64, i64* %highEnd, align 8
  %333 = getelementptr i64, i64* %regs, i64 8
  store i64 %332, i64* %333, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

write.low42:                                      ; preds = %ok41
  %334 = load i64, i64* %lowStart, align 8
  %335 = icmp uge i64 %322, %334
  %336 = load i64, i64* %lowEnd, align 8
  %337 = icmp ule i64 %323, %336
  %338 = and i1 %335, %337
  br i1 %338, label %write.ok44, label %write.slow43

write.slow43:                                     ; preds = %write.low42
  %339 = icmp ugt i64 %323, %arena_size
  br i1 %339, label %trap17.site0, label %ok45

write.ok44:                                       ; preds = %ok45, %write.low42, %ok41
  %340 = getelementptr i8, i8* %mem, i64 %322
  store i32 2, i32* %unaligned46, align 4
  %341 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %340, i8* %341, i64 4, i1 false)
  %342 = load i32, i32* %closure.2, align 4
  %343 = zext i32 %342 to i64
  %344 = add i64 %343, 4
  %345 = add i64 %344, 4
  %346 = icmp uge i64 %344, %scratch_start
  %347 = load i64, i64* %highEnd, align 8
  %348 = icmp ule i64 %345, %347
  %349 = and i1 %346, %348
  br i1 %349, label %write.ok49, label %write.low47

ok45:                                             ; preds = %write.slow43
  %350 = icmp ult i64 %322, %scratch_start
  %351 = load i64, i64* %lowEnd, align 8
  %352 = load i64, i64* %highEnd, align 8
  %353 = call i64 @llvm.umax.i64(i64 %351, i64 %323)
  %354 = select i1 %350, i64 %353, i64 %351
  store i64 %354, i64* %lowEnd, align 8
  %355 = call i64 @llvm.umax.i64(i64 %352, i64 %323)
  %356 = select i1 %350, i64 %352, i64 %355
  store i64 %356, i64* %highEnd, align 8
  %357 = load i64, i64* %lowStart, align 8
  %358 = call i64 @llvm.umin.i64(i64 %357, i64 %322)
  store i64 %358, i64* %lowStart, align 8
  br label %write.ok44

write.low47:                                      ; preds = %write.ok44
  %359 = load i64, i64* %lowStart, align 8
  %360 = icmp uge i64 %344, %359
  %361 = load i64, i64* %lowEnd, align 8
  %362 = icmp ule i64 %345, %361
  %363 = and i1 %360, %362
  br i1 %363, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %364 = icmp ugt i64 %345, %arena_size
  br i1 %364, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %write.ok44
  %365 = getelementptr i8, i8* %mem, i64 %344
  store i32 0, i32* %unaligned51, align 4
  %366 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %365, i8* %366, i64 4, i1 false)
  %367 = load i32, i32* %dict, align 4
  %368 = load i32, i32* %closure.2, align 4
  %369 = zext i32 %367 to i64
  %370 = add i64 %369, 8
  %371 = add i64 %370, 4
  %372 = icmp uge i64 %370, %scratch_start
  %373 = load i64, i64* %highEnd, align 8
  %374 = icmp ule i64 %371, %373
  %375 = and i1 %372, %374
  br i1 %375, label %write.ok54, label %write.low52

ok50:                                             ; preds = %write.slow48
  %376 = icmp ult i64 %344, %scratch_start
  %377 = load i64, i64* %lowEnd, align 8
  %378 = load i64, i64* %highEnd, align 8
  %379 = call i64 @llvm.umax.i64(i64 %377, i64 %345)
  %380 = select i1 %376, i64 %379, i64 %377
  store i64 %380, i64* %lowEnd, align 8
  %381 = call i64 @llvm.umax.i64(i64 %378, i64 %345)
  %382 = select i1 %376, i64 %378, i64 %381
  store i64 %382, i64* %highEnd, align 8
  %383 = load i64, i64* %lowStart, align 8
  %384 = call i64 @llvm.umin.i64(i64 %383, i64 %344)
  store i64 %384, i64* %lowStart, align 8
  br label %write.ok49

write.low52:                                      ; preds = %write.ok49
  %385 = load i64, i64* %lowStart, align 8
  %386 = icmp uge i64 %370, %385
  %387 = load i64, i64* %lowEnd, align 8
  %388 = icmp ule i64 %371, %387
  %389 = and i1 %386, %388
  br i1 %389, label %write.ok54, label %write.slow53

write.slow53:                                     ; preds = %write.low52
  %390 = icmp ugt i64 %371, %arena_size
  br i1 %390, label %trap17.site0, label %ok55

write.ok54:                                       ; preds = %ok55, %write.low52, %write.ok49
  %391 = getelementptr i8, i8* %mem, i64 %370
  store i32 %368, i32* %unaligned56, align 4
  %392 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %391, i8* %392, i64 4, i1 false)
  %393 = getelementptr i64, i64* %regs, i64 1
  %394 = getelementptr i64, i64* %regs, i64 2
  %395 = load i64, i64* %393, align 8
  %396 = add i64 %395, 3
  %397 = and i64 %396, -4
  %398 = add i64 %397, 8
  %399 = load i64, i64* %394, align 8
  %400 = icmp ugt i64 %398, %399
  br i1 %400, label %trap15.site8, label %ok57

ok55:                                             ; preds = %write.slow53
  %401 = icmp ult i64 %370, %scratch_start
  %402 = load i64, i64* %lowEnd, align 8
  %403 = load i64, i64* %highEnd, align 8
  %404 = call i64 @llvm.umax.i64(i64 %402, i64 %371)
  %405 = select i1 %401, i64 %404, i64 %402
  store i64 %405, i64* %lowEnd, align 8
  %406 = call i64 @llvm.umax.i64(i64 %403, i64 %371)
  %407 = select i1 %401, i64 %403, i64 %406
  store i64 %407, i64* %highEnd, align 8
  %408 = load i64, i64* %lowStart, align 8
  %409 = call i64 @llvm.umin.i64(i64 %408, i64 %370)
  store i64 %409, i64* %lowStart, align 8
  br label %write.ok54

ok57:                                             ; preds = %write.ok54
  store i64 %398, i64* %393, align 8
  %410 = load i64, i64* %highEnd, align 8
  %411 = call i64 @llvm.umax.i64(i64 %410, i64 %398)
  store i64 %411, i64* %highEnd, align 8
  %412 = trunc i64 %397 to i32
  store i32 %412, i32* %closure.3, align 4
  %413 = load i32, i32* %closure.3, align 4
  %414 = zext i32 %413 to i64
  %415 = add i64 %414, 4
  %416 = icmp uge i64 %414, %scratch_start
  %417 = load i64, i64* %highEnd, align 8
  %418 = icmp ule i64 %415, %417
  %419 = and i1 %416, %418
  br i1 %419, label %write.ok60, label %write.low58

trap15.site8:                                     ; preds = %write.ok54
  %420 = load i64, i64* %lowStart, align 8
  %421 = getelementptr i64, i64* %regs, i64 6
  store i64 %420, i64* %421, align 8
  %422 = load i64, i64* %lowEnd, align 8
  %423 = getelementptr i64, i64* %regs, i64 7
  store i64 %422, i64* %423, align 8
  %424 = load i64, i64* %highEnd, align 8
  %425 = getelementptr i64, i64* %regs, i64 8
  store i64 %424, i64* %425, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

write.low58:                                      ; preds = %ok57
  %426 = load i64, i64* %lowStart, align 8
  %427 = icmp uge i64 %414, %426
  %428 = load i64, i64* %lowEnd, align 8
  %429 = icmp ule i64 %415, %428
  %430 = and i1 %427, %429
  br i1 %430, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %431 = icmp ugt i64 %415, %arena_size
  br i1 %431, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %ok57
  %432 = getelementptr i8, i8* %mem, i64 %414
  store i32 3, i32* %unaligned62, align 4
  %433 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %432, i8* %433, i64 4, i1 false)
  %434 = load i32, i32* %closure.3, align 4
  %435 = load i32, i32* %dict, align 4
  %436 = zext i32 %434 to i64
  %437 = add i64 %436, 4
  %438 = add i64 %437, 4
  %439 = icmp uge i64 %437, %scratch_start
  %440 = load i64, i64* %highEnd, align 8
  %441 = icmp ule i64 %438, %440
  %442 = and i1 %439, %441
  br i1 %442, label %write.ok65, label %write.low63

ok61:                                             ; preds = %write.slow59
  %443 = icmp ult i64 %414, %scratch_start
  %444 = load i64, i64* %lowEnd, align 8
  %445 = load i64, i64* %highEnd, align 8
  %446 = call i64 @llvm.umax.i64(i64 %444, i64 %415)
  %447 = select i1 %443, i64 %446, i64 %444
  store i64 %447, i64* %lowEnd, align 8
  %448 = call i64 @llvm.umax.i64(i64 %445, i64 %415)
  %449 = select i1 %443, i64 %445, i64 %448
  store i64 %449, i64* %highEnd, align 8
  %450 = load i64, i64* %lowStart, align 8
  %451 = call i64 @llvm.umin.i64(i64 %450, i64 %414)
  store i64 %451, i64* %lowStart, align 8
  br label %write.ok60

write.low63:                                      ; preds = %write.ok60
  %452 = load i64, i64* %lowStart, align 8
  %453 = icmp uge i64 %437, %452
  %454 = load i64, i64* %lowEnd, align 8
  %455 = icmp ule i64 %438, %454
  %456 = and i1 %453, %455
  br i1 %456, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %457 = icmp ugt i64 %438, %arena_size
  br i1 %457, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %write.ok60
  %458 = getelementptr i8, i8* %mem, i64 %437
  store i32 %435, i32* %unaligned67, align 4
  %459 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %458, i8* %459, i64 4, i1 false)
  %460 = load i32, i32* %dict, align 4
  %461 = load i32, i32* %closure.3, align 4
  %462 = zext i32 %460 to i64
  %463 = add i64 %462, 12
  %464 = add i64 %463, 4
  %465 = icmp uge i64 %463, %scratch_start
  %466 = load i64, i64* %highEnd, align 8
  %467 = icmp ule i64 %464, %466
  %468 = and i1 %465, %467
  br i1 %468, label %write.ok70, label %write.low68

ok66:                                             ; preds = %write.slow64
  %469 = icmp ult i64 %437, %scratch_start
  %470 = load i64, i64* %lowEnd, align 8
  %471 = load i64, i64* %highEnd, align 8
  %472 = call i64 @llvm.umax.i64(i64 %470, i64 %438)
  %473 = select i1 %469, i64 %472, i64 %470
  store i64 %473, i64* %lowEnd, align 8
  %474 = call i64 @llvm.umax.i64(i64 %471, i64 %438)
  %475 = select i1 %469, i64 %471, i64 %474
  store i64 %475, i64* %highEnd, align 8
  %476 = load i64, i64* %lowStart, align 8
  %477 = call i64 @llvm.umin.i64(i64 %476, i64 %437)
  store i64 %477, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %write.ok65
  %478 = load i64, i64* %lowStart, align 8
  %479 = icmp uge i64 %463, %478
  %480 = load i64, i64* %lowEnd, align 8
  %481 = icmp ule i64 %464, %480
  %482 = and i1 %479, %481
  br i1 %482, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %483 = icmp ugt i64 %464, %arena_size
  br i1 %483, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %write.ok65
  %484 = getelementptr i8, i8* %mem, i64 %463
  store i32 %461, i32* %unaligned72, align 4
  %485 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %484, i8* %485, i64 4, i1 false)
  store i64 0, i64* %lo, align 8
  %486 = load i64, i64* %n, align 8
  store i64 %486, i64* %hi, align 8
  %487 = load i64, i64* %hi, align 8
  %488 = load i64, i64* %lo, align 8
  %489 = icmp sgt i64 %487, %488
  %490 = zext i1 %489 to i32
  %491 = icmp ne i32 %490, 0
  br i1 %491, label %then, label %else

ok71:                                             ; preds = %write.slow69
  %492 = icmp ult i64 %463, %scratch_start
  %493 = load i64, i64* %lowEnd, align 8
  %494 = load i64, i64* %highEnd, align 8
  %495 = call i64 @llvm.umax.i64(i64 %493, i64 %464)
  %496 = select i1 %492, i64 %495, i64 %493
  store i64 %496, i64* %lowEnd, align 8
  %497 = call i64 @llvm.umax.i64(i64 %494, i64 %464)
  %498 = select i1 %492, i64 %494, i64 %497
  store i64 %498, i64* %highEnd, align 8
  %499 = load i64, i64* %lowStart, align 8
  %500 = call i64 @llvm.umin.i64(i64 %499, i64 %463)
  store i64 %500, i64* %lowStart, align 8
  br label %write.ok70

e1:                                               ; preds = %write.ok94
  %501 = load i32, i32* %result73, align 4
  store i32 %501, i32* %fibs, align 4
  %502 = load i32, i32* %dict, align 4
  %503 = load i32, i32* %fibs, align 4
  %504 = zext i32 %502 to i64
  %505 = add i64 %504, 16
  %506 = add i64 %505, 4
  %507 = icmp uge i64 %505, %scratch_start
  %508 = load i64, i64* %highEnd, align 8
  %509 = icmp ule i64 %506, %508
  %510 = and i1 %507, %509
  br i1 %510, label %write.ok99, label %write.low97

then:                                             ; preds = %write.ok70
  %511 = load i64, i64* %hi, align 8
  %512 = load i64, i64* %lo, align 8
  %513 = sub i64 %511, %512
  store i64 %513, i64* %result74, align 8
  br label %join

else:                                             ; preds = %write.ok70
  store i64 0, i64* %result74, align 8
  br label %join

join:                                             ; preds = %else, %then
  %514 = load i64, i64* %result74, align 8
  store i64 %514, i64* %count, align 8
  %515 = load i64, i64* %count, align 8
  %516 = icmp slt i64 %515, 0
  %517 = zext i1 %516 to i32
  %518 = load i64, i64* %count, align 8
  %519 = icmp sgt i64 %518, 2147483647
  %520 = zext i1 %519 to i32
  %521 = or i32 %517, %520
  %522 = icmp ne i32 %521, 0
  br i1 %522, label %then75, label %else76

then75:                                           ; preds = %join
  br label %trap15.site9

else76:                                           ; preds = %join
  br label %join77

join77:                                           ; preds = %else76, %dead
  %523 = load i64, i64* %count, align 8
  %524 = trunc i64 %523 to i32
  %525 = zext i32 %524 to i64
  %526 = mul i64 %525, 8
  %527 = add i64 8, %526
  store i64 %527, i64* %size, align 8
  %528 = load i64, i64* %size, align 8
  %529 = icmp ugt i64 %528, 2147483647
  %530 = zext i1 %529 to i32
  %531 = icmp ne i32 %530, 0
  br i1 %531, label %then78, label %else79

trap15.site9:                                     ; preds = %then75
  %532 = load i64, i64* %lowStart, align 8
  %533 = getelementptr i64, i64* %regs, i64 6
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %lowEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 7
  store i64 %534, i64* %535, align 8
  %536 = load i64, i64* %highEnd, align 8
  %537 = getelementptr i64, i64* %regs, i64 8
  store i64 %536, i64* %537, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead:                                             ; No predecessors!
  br label %join77

then78:                                           ; preds = %join77
  br label %trap15.site10

else79:                                           ; preds = %join77
  br label %join80

join80:                                           ; preds = %else79, %dead81
  %538 = load i64, i64* %size, align 8
  %539 = trunc i64 %538 to i32
  %540 = zext i32 %539 to i64
  %541 = getelementptr i64, i64* %regs, i64 1
  %542 = getelementptr i64, i64* %regs, i64 2
  %543 = load i64, i64* %541, align 8
  %544 = add i64 %543, 7
  %545 = and i64 %544, -8
  %546 = add i64 %545, %540
  %547 = load i64, i64* %542, align 8
  %548 = icmp ugt i64 %546, %547
  br i1 %548, label %trap15.site10, label %ok82

trap15.site10:                                    ; preds = %join80, %then78
  %549 = load i64, i64* %lowStart, align 8
  %550 = getelementptr i64, i64* %regs, i64 6
  store i64 %549, i64* %550, align 8
  %551 = load i64, i64* %lowEnd, align 8
  %552 = getelementptr i64, i64* %regs, i64 7
  store i64 %551, i64* %552, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = getelementptr i64, i64* %regs, i64 8
  store i64 %553, i64* %554, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead81:                                           ; No predecessors!
  br label %join80

ok82:                                             ; preds = %join80
  store i64 %546, i64* %541, align 8
  %555 = load i64, i64* %highEnd, align 8
  %556 = call i64 @llvm.umax.i64(i64 %555, i64 %546)
  store i64 %556, i64* %highEnd, align 8
  %557 = trunc i64 %545 to i32
  store i32 %557, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %558 = load i64, i64* %lo, align 8
  store i64 %558, i64* %i, align 8
  br label %range5

block4:                                           ; preds = %dead91, %ok83
  %559 = load i32, i32* %list, align 4
  %560 = load i32, i32* %len, align 4
  %561 = zext i32 %559 to i64
  %562 = add i64 %561, 4
  %563 = icmp uge i64 %561, %scratch_start
  %564 = load i64, i64* %highEnd, align 8
  %565 = icmp ule i64 %562, %564
  %566 = and i1 %563, %565
  br i1 %566, label %write.ok94, label %write.low92

range5:                                           ; preds = %write.ok88, %ok82
  %567 = load i64, i64* %fuel, align 8
  %568 = icmp ult i64 %567, 1
  br i1 %568, label %trap14.site0, label %ok83

ok83:                                             ; preds = %range5
  %569 = sub i64 %567, 1
  store i64 %569, i64* %fuel, align 8
  %570 = load i64, i64* %i, align 8
  %571 = load i64, i64* %hi, align 8
  %572 = icmp sge i64 %570, %571
  %573 = zext i1 %572 to i32
  %574 = icmp ne i32 %573, 0
  br i1 %574, label %block4, label %cont

cont:                                             ; preds = %ok83
  %575 = load i64, i64* %i, align 8
  store i64 %575, i64* %i.1, align 8
  %576 = load i32, i32* %list, align 4
  %577 = load i32, i32* %len, align 4
  %578 = mul i32 %577, 8
  %579 = add i32 %576, %578
  %580 = load i64, i64* %i.1, align 8
  %581 = icmp uge i32 %depth, 1000
  br i1 %581, label %trap15.site11, label %ok84

ok84:                                             ; preds = %cont
  %582 = icmp ult i64 %10, %stack_limit
  br i1 %582, label %trap253.site0, label %stack_ok85

trap15.site11:                                    ; preds = %cont
  %583 = load i64, i64* %lowStart, align 8
  %584 = getelementptr i64, i64* %regs, i64 6
  store i64 %583, i64* %584, align 8
  %585 = load i64, i64* %lowEnd, align 8
  %586 = getelementptr i64, i64* %regs, i64 7
  store i64 %585, i64* %586, align 8
  %587 = load i64, i64* %highEnd, align 8
  %588 = getelementptr i64, i64* %regs, i64 8
  store i64 %587, i64* %588, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok85:                                       ; preds = %ok84
  %589 = load i64, i64* %fuel, align 8
  %590 = getelementptr i64, i64* %regs, i64 0
  store i64 %589, i64* %590, align 8
  %591 = load i64, i64* %lowStart, align 8
  %592 = getelementptr i64, i64* %regs, i64 6
  store i64 %591, i64* %592, align 8
  %593 = load i64, i64* %lowEnd, align 8
  %594 = getelementptr i64, i64* %regs, i64 7
  store i64 %593, i64* %594, align 8
  %595 = load i64, i64* %highEnd, align 8
  %596 = getelementptr i64, i64* %regs, i64 8
  store i64 %595, i64* %596, align 8
  %597 = add i32 %depth, 1
  %598 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %597, i32 0, i64 %580)
  %599 = getelementptr i64, i64* %regs, i64 0
  %600 = load i64, i64* %599, align 8
  store i64 %600, i64* %fuel, align 8
  %601 = getelementptr i64, i64* %regs, i64 6
  %602 = load i64, i64* %601, align 8
  store i64 %602, i64* %lowStart, align 8
  %603 = getelementptr i64, i64* %regs, i64 7
  %604 = load i64, i64* %603, align 8
  store i64 %604, i64* %lowEnd, align 8
  %605 = getelementptr i64, i64* %regs, i64 8
  %606 = load i64, i64* %605, align 8
  store i64 %606, i64* %highEnd, align 8
  %607 = zext i32 %579 to i64
  %608 = add i64 %607, 8
  %609 = add i64 %608, 8
  %610 = icmp uge i64 %608, %scratch_start
  %611 = load i64, i64* %highEnd, align 8
  %612 = icmp ule i64 %609, %611
  %613 = and i1 %610, %612
  br i1 %613, label %write.ok88, label %write.low86

write.low86:                                      ; preds = %stack_ok85
  %614 = load i64, i64* %lowStart, align 8
  %615 = icmp uge i64 %608, %614
  %616 = load i64, i64* %lowEnd, align 8
  %617 = icmp ule i64 %609, %616
  %618 = and i1 %615, %617
  br i1 %618, label %write.ok88, label %write.slow87

write.slow87:                                     ; preds = %write.low86
  %619 = icmp ugt i64 %609, %arena_size
  br i1 %619, label %trap17.site0, label %ok89

write.ok88:                                       ; preds = %ok89, %write.low86, %stack_ok85
  %620 = getelementptr i8, i8* %mem, i64 %608
  store i64 %598, i64* %unaligned90, align 8
  %621 = bitcast i64* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %620, i8* %621, i64 8, i1 false)
  %622 = load i32, i32* %len, align 4
  %623 = add i32 %622, 1
  store i32 %623, i32* %len, align 4
  %624 = load i64, i64* %i, align 8
  %625 = add i64 %624, 1
  store i64 %625, i64* %i, align 8
  br label %range5

ok89:                                             ; preds = %write.slow87
  %626 = icmp ult i64 %608, %scratch_start
  %627 = load i64, i64* %lowEnd, align 8
  %628 = load i64, i64* %highEnd, align 8
  %629 = call i64 @llvm.umax.i64(i64 %627, i64 %609)
  %630 = select i1 %626, i64 %629, i64 %627
  store i64 %630, i64* %lowEnd, align 8
  %631 = call i64 @llvm.umax.i64(i64 %628, i64 %609)
  %632 = select i1 %626, i64 %628, i64 %631
  store i64 %632, i64* %highEnd, align 8
  %633 = load i64, i64* %lowStart, align 8
  %634 = call i64 @llvm.umin.i64(i64 %633, i64 %608)
  store i64 %634, i64* %lowStart, align 8
  br label %write.ok88

dead91:                                           ; No predecessors!
  br label %block4

write.low92:                                      ; preds = %block4
  %635 = load i64, i64* %lowStart, align 8
  %636 = icmp uge i64 %561, %635
  %637 = load i64, i64* %lowEnd, align 8
  %638 = icmp ule i64 %562, %637
  %639 = and i1 %636, %638
  br i1 %639, label %write.ok94, label %write.slow93

write.slow93:                                     ; preds = %write.low92
  %640 = icmp ugt i64 %562, %arena_size
  br i1 %640, label %trap17.site0, label %ok95

write.ok94:                                       ; preds = %ok95, %write.low92, %block4
  %641 = getelementptr i8, i8* %mem, i64 %561
  store i32 %560, i32* %unaligned96, align 4
  %642 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %641, i8* %642, i64 4, i1 false)
  %643 = load i32, i32* %list, align 4
  store i32 %643, i32* %result73, align 4
  br label %e1

ok95:                                             ; preds = %write.slow93
  %644 = icmp ult i64 %561, %scratch_start
  %645 = load i64, i64* %lowEnd, align 8
  %646 = load i64, i64* %highEnd, align 8
  %647 = call i64 @llvm.umax.i64(i64 %645, i64 %562)
  %648 = select i1 %644, i64 %647, i64 %645
  store i64 %648, i64* %lowEnd, align 8
  %649 = call i64 @llvm.umax.i64(i64 %646, i64 %562)
  %650 = select i1 %644, i64 %646, i64 %649
  store i64 %650, i64* %highEnd, align 8
  %651 = load i64, i64* %lowStart, align 8
  %652 = call i64 @llvm.umin.i64(i64 %651, i64 %561)
  store i64 %652, i64* %lowStart, align 8
  br label %write.ok94

write.low97:                                      ; preds = %e1
  %653 = load i64, i64* %lowStart, align 8
  %654 = icmp uge i64 %505, %653
  %655 = load i64, i64* %lowEnd, align 8
  %656 = icmp ule i64 %506, %655
  %657 = and i1 %654, %656
  br i1 %657, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %658 = icmp ugt i64 %506, %arena_size
  br i1 %658, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %e1
  %659 = getelementptr i8, i8* %mem, i64 %505
  store i32 %503, i32* %unaligned101, align 4
  %660 = bitcast i32* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %659, i8* %660, i64 4, i1 false)
  store i64 0, i64* %lo.1, align 8
  %661 = load i64, i64* %n, align 8
  store i64 %661, i64* %hi.1, align 8
  %662 = load i64, i64* %hi.1, align 8
  %663 = load i64, i64* %lo.1, align 8
  %664 = icmp sgt i64 %662, %663
  %665 = zext i1 %664 to i32
  %666 = icmp ne i32 %665, 0
  br i1 %666, label %then103, label %else104

ok100:                                            ; preds = %write.slow98
  %667 = icmp ult i64 %505, %scratch_start
  %668 = load i64, i64* %lowEnd, align 8
  %669 = load i64, i64* %highEnd, align 8
  %670 = call i64 @llvm.umax.i64(i64 %668, i64 %506)
  %671 = select i1 %667, i64 %670, i64 %668
  store i64 %671, i64* %lowEnd, align 8
  %672 = call i64 @llvm.umax.i64(i64 %669, i64 %506)
  %673 = select i1 %667, i64 %669, i64 %672
  store i64 %673, i64* %highEnd, align 8
  %674 = load i64, i64* %lowStart, align 8
  %675 = call i64 @llvm.umin.i64(i64 %674, i64 %505)
  store i64 %675, i64* %lowStart, align 8
  br label %write.ok99

e8:                                               ; preds = %write.ok127
  %676 = load i32, i32* %result102, align 4
  store i32 %676, i32* %parity, align 4
  %677 = load i32, i32* %dict, align 4
  %678 = load i32, i32* %parity, align 4
  %679 = zext i32 %677 to i64
  %680 = add i64 %679, 20
  %681 = add i64 %680, 4
  %682 = icmp uge i64 %680, %scratch_start
  %683 = load i64, i64* %highEnd, align 8
  %684 = icmp ule i64 %681, %683
  %685 = and i1 %682, %684
  br i1 %685, label %write.ok132, label %write.low130

then103:                                          ; preds = %write.ok99
  %686 = load i64, i64* %hi.1, align 8
  %687 = load i64, i64* %lo.1, align 8
  %688 = sub i64 %686, %687
  store i64 %688, i64* %result106, align 8
  br label %join105

else104:                                          ; preds = %write.ok99
  store i64 0, i64* %result106, align 8
  br label %join105

join105:                                          ; preds = %else104, %then103
  %689 = load i64, i64* %result106, align 8
  store i64 %689, i64* %count.1, align 8
  %690 = load i64, i64* %count.1, align 8
  %691 = icmp slt i64 %690, 0
  %692 = zext i1 %691 to i32
  %693 = load i64, i64* %count.1, align 8
  %694 = icmp sgt i64 %693, 2147483647
  %695 = zext i1 %694 to i32
  %696 = or i32 %692, %695
  %697 = icmp ne i32 %696, 0
  br i1 %697, label %then107, label %else108

then107:                                          ; preds = %join105
  br label %trap15.site12

else108:                                          ; preds = %join105
  br label %join109

join109:                                          ; preds = %else108, %dead110
  %698 = load i64, i64* %count.1, align 8
  %699 = trunc i64 %698 to i32
  %700 = zext i32 %699 to i64
  %701 = mul i64 %700, 1
  %702 = add i64 4, %701
  store i64 %702, i64* %size.1, align 8
  %703 = load i64, i64* %size.1, align 8
  %704 = icmp ugt i64 %703, 2147483647
  %705 = zext i1 %704 to i32
  %706 = icmp ne i32 %705, 0
  br i1 %706, label %then111, label %else112

trap15.site12:                                    ; preds = %then107
  %707 = load i64, i64* %lowStart, align 8
  %708 = getelementptr i64, i64* %regs, i64 6
  store i64 %707, i64* %708, align 8
  %709 = load i64, i64* %lowEnd, align 8
  %710 = getelementptr i64, i64* %regs, i64 7
  store i64 %709, i64* %710, align 8
  %711 = load i64, i64* %highEnd, align 8
  %712 = getelementptr i64, i64* %regs, i64 8
  store i64 %711, i64* %712, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

dead110:                                          ; No predecessors!
  br label %join109

then111:                                          ; preds = %join109
  br label %trap15.site13

else112:                                          ; preds = %join109
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %713 = load i64, i64* %size.1, align 8
  %714 = trunc i64 %713 to i32
  %715 = zext i32 %714 to i64
  %716 = getelementptr i64, i64* %regs, i64 1
  %717 = getelementptr i64, i64* %regs, i64 2
  %718 = load i64, i64* %716, align 8
  %719 = add i64 %718, 3
  %720 = and i64 %719, -4
  %721 = add i64 %720, %715
  %722 = load i64, i64* %717, align 8
  %723 = icmp ugt i64 %721, %722
  br i1 %723, label %trap15.site13, label %ok115

trap15.site13:                                    ; preds = %join113, %then111
  %724 = load i64, i64* %lowStart, align 8
  %725 = getelementptr i64, i64* %regs, i64 6
  store i64 %724, i64* %725, align 8
  %726 = load i64, i64* %lowEnd, align 8
  %727 = getelementptr i64, i64* %regs, i64 7
  store i64 %726, i64* %727, align 8
  %728 = load i64, i64* %highEnd, align 8
  %729 = getelementptr i64, i64* %regs, i64 8
  store i64 %728, i64* %729, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

ok115:                                            ; preds = %join113
  store i64 %721, i64* %716, align 8
  %730 = load i64, i64* %highEnd, align 8
  %731 = call i64 @llvm.umax.i64(i64 %730, i64 %721)
  store i64 %731, i64* %highEnd, align 8
  %732 = trunc i64 %720 to i32
  store i32 %732, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %733 = load i64, i64* %lo.1, align 8
  store i64 %733, i64* %i.2, align 8
  br label %range12

block11:                                          ; preds = %dead124, %ok116
  %734 = load i32, i32* %list.1, align 4
  %735 = load i32, i32* %len.1, align 4
  %736 = zext i32 %734 to i64
  %737 = add i64 %736, 4
  %738 = icmp uge i64 %736, %scratch_start
  %739 = load i64, i64* %highEnd, align 8
  %740 = icmp ule i64 %737, %739
  %741 = and i1 %738, %740
  br i1 %741, label %write.ok127, label %write.low125

range12:                                          ; preds = %write.ok122, %ok115
  %742 = load i64, i64* %fuel, align 8
  %743 = icmp ult i64 %742, 1
  br i1 %743, label %trap14.site0, label %ok116

ok116:                                            ; preds = %range12
  %744 = sub i64 %742, 1
  store i64 %744, i64* %fuel, align 8
  %745 = load i64, i64* %i.2, align 8
  %746 = load i64, i64* %hi.1, align 8
  %747 = icmp sge i64 %745, %746
  %748 = zext i1 %747 to i32
  %749 = icmp ne i32 %748, 0
  br i1 %749, label %block11, label %cont117

cont117:                                          ; preds = %ok116
  %750 = load i64, i64* %i.2, align 8
  store i64 %750, i64* %i.3, align 8
  %751 = load i32, i32* %list.1, align 4
  %752 = load i32, i32* %len.1, align 4
  %753 = mul i32 %752, 1
  %754 = add i32 %751, %753
  %755 = load i64, i64* %i.3, align 8
  %756 = icmp uge i32 %depth, 1000
  br i1 %756, label %trap15.site14, label %ok118

ok118:                                            ; preds = %cont117
  %757 = icmp ult i64 %10, %stack_limit
  br i1 %757, label %trap253.site0, label %stack_ok119

trap15.site14:                                    ; preds = %cont117
  %758 = load i64, i64* %lowStart, align 8
  %759 = getelementptr i64, i64* %regs, i64 6
  store i64 %758, i64* %759, align 8
  %760 = load i64, i64* %lowEnd, align 8
  %761 = getelementptr i64, i64* %regs, i64 7
  store i64 %760, i64* %761, align 8
  %762 = load i64, i64* %highEnd, align 8
  %763 = getelementptr i64, i64* %regs, i64 8
  store i64 %762, i64* %763, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok119:                                      ; preds = %ok118
  %764 = load i64, i64* %fuel, align 8
  %765 = getelementptr i64, i64* %regs, i64 0
  store i64 %764, i64* %765, align 8
  %766 = load i64, i64* %lowStart, align 8
  %767 = getelementptr i64, i64* %regs, i64 6
  store i64 %766, i64* %767, align 8
  %768 = load i64, i64* %lowEnd, align 8
  %769 = getelementptr i64, i64* %regs, i64 7
  store i64 %768, i64* %769, align 8
  %770 = load i64, i64* %highEnd, align 8
  %771 = getelementptr i64, i64* %regs, i64 8
  store i64 %770, i64* %771, align 8
  %772 = add i32 %depth, 1
  %773 = call i32 @m0.fn.is_even(i64* %regs, i8* %mem, i32 %772, i32 0, i64 %755)
  %774 = getelementptr i64, i64* %regs, i64 0
  %775 = load i64, i64* %774, align 8
  store i64 %775, i64* %fuel, align 8
  %776 = getelementptr i64, i64* %regs, i64 6
  %777 = load i64, i64* %776, align 8
  store i64 %777, i64* %lowStart, align 8
  %778 = getelementptr i64, i64* %regs, i64 7
  %779 = load i64, i64* %778, align 8
  store i64 %779, i64* %lowEnd, align 8
  %780 = getelementptr i64, i64* %regs, i64 8
  %781 = load i64, i64* %780, align 8
  store i64 %781, i64* %highEnd, align 8
  %782 = zext i32 %754 to i64
  %783 = add i64 %782, 4
  %784 = add i64 %783, 1
  %785 = icmp uge i64 %783, %scratch_start
  %786 = load i64, i64* %highEnd, align 8
  %787 = icmp ule i64 %784, %786
  %788 = and i1 %785, %787
  br i1 %788, label %write.ok122, label %write.low120

write.low120:                                     ; preds = %stack_ok119
  %789 = load i64, i64* %lowStart, align 8
  %790 = icmp uge i64 %783, %789
  %791 = load i64, i64* %lowEnd, align 8
  %792 = icmp ule i64 %784, %791
  %793 = and i1 %790, %792
  br i1 %793, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %794 = icmp ugt i64 %784, %arena_size
  br i1 %794, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %stack_ok119
  %795 = getelementptr i8, i8* %mem, i64 %783
  %796 = trunc i32 %773 to i8
  store i8 %796, i8* %795, align 1
  %797 = load i32, i32* %len.1, align 4
  %798 = add i32 %797, 1
  store i32 %798, i32* %len.1, align 4
  %799 = load i64, i64* %i.2, align 8
  %800 = add i64 %799, 1
  store i64 %800, i64* %i.2, align 8
  br label %range12

ok123:                                            ; preds = %write.slow121
  %801 = icmp ult i64 %783, %scratch_start
  %802 = load i64, i64* %lowEnd, align 8
  %803 = load i64, i64* %highEnd, align 8
  %804 = call i64 @llvm.umax.i64(i64 %802, i64 %784)
  %805 = select i1 %801, i64 %804, i64 %802
  store i64 %805, i64* %lowEnd, align 8
  %806 = call i64 @llvm.umax.i64(i64 %803, i64 %784)
  %807 = select i1 %801, i64 %803, i64 %806
  store i64 %807, i64* %highEnd, align 8
  %808 = load i64, i64* %lowStart, align 8
  %809 = call i64 @llvm.umin.i64(i64 %808, i64 %783)
  store i64 %809, i64* %lowStart, align 8
  br label %write.ok122

dead124:                                          ; No predecessors!
  br label %block11

write.low125:                                     ; preds = %block11
  %810 = load i64, i64* %lowStart, align 8
  %811 = icmp uge i64 %736, %810
  %812 = load i64, i64* %lowEnd, align 8
  %813 = icmp ule i64 %737, %812
  %814 = and i1 %811, %813
  br i1 %814, label %write.ok127, label %write.slow126

write.slow126:                                    ; preds = %write.low125
  %815 = icmp ugt i64 %737, %arena_size
  br i1 %815, label %trap17.site0, label %ok128

write.ok127:                                      ; preds = %ok128, %write.low125, %block11
  %816 = getelementptr i8, i8* %mem, i64 %736
  store i32 %735, i32* %unaligned129, align 4
  %817 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %816, i8* %817, i64 4, i1 false)
  %818 = load i32, i32* %list.1, align 4
  store i32 %818, i32* %result102, align 4
  br label %e8

ok128:                                            ; preds = %write.slow126
  %819 = icmp ult i64 %736, %scratch_start
  %820 = load i64, i64* %lowEnd, align 8
  %821 = load i64, i64* %highEnd, align 8
  %822 = call i64 @llvm.umax.i64(i64 %820, i64 %737)
  %823 = select i1 %819, i64 %822, i64 %820
  store i64 %823, i64* %lowEnd, align 8
  %824 = call i64 @llvm.umax.i64(i64 %821, i64 %737)
  %825 = select i1 %819, i64 %821, i64 %824
  store i64 %825, i64* %highEnd, align 8
  %826 = load i64, i64* %lowStart, align 8
  %827 = call i64 @llvm.umin.i64(i64 %826, i64 %736)
  store i64 %827, i64* %lowStart, align 8
  br label %write.ok127

write.low130:                                     ; preds = %e8
  %828 = load i64, i64* %lowStart, align 8
  %829 = icmp uge i64 %680, %828
  %830 = load i64, i64* %lowEnd, align 8
  %831 = icmp ule i64 %681, %830
  %832 = and i1 %829, %831
  br i1 %832, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %833 = icmp ugt i64 %681, %arena_size
  br i1 %833, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %e8
  %834 = getelementptr i8, i8* %mem, i64 %680
  store i32 %678, i32* %unaligned134, align 4
  %835 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %834, i8* %835, i64 4, i1 false)
  %836 = load i32, i32* %dict, align 4
  %837 = icmp uge i32 %depth, 1000
  br i1 %837, label %trap15.site15, label %ok135

ok133:                                            ; preds = %write.slow131
  %838 = icmp ult i64 %680, %scratch_start
  %839 = load i64, i64* %lowEnd, align 8
  %840 = load i64, i64* %highEnd, align 8
  %841 = call i64 @llvm.umax.i64(i64 %839, i64 %681)
  %842 = select i1 %838, i64 %841, i64 %839
  store i64 %842, i64* %lowEnd, align 8
  %843 = call i64 @llvm.umax.i64(i64 %840, i64 %681)
  %844 = select i1 %838, i64 %840, i64 %843
  store i64 %844, i64* %highEnd, align 8
  %845 = load i64, i64* %lowStart, align 8
  %846 = call i64 @llvm.umin.i64(i64 %845, i64 %680)
  store i64 %846, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %847 = icmp ult i64 %10, %stack_limit
  br i1 %847, label %trap253.site0, label %stack_ok136

trap15.site15:                                    ; preds = %write.ok132
  %848 = load i64, i64* %lowStart, align 8
  %849 = getelementptr i64, i64* %regs, i64 6
  store i64 %848, i64* %849, align 8
  %850 = load i64, i64* %lowEnd, align 8
  %851 = getelementptr i64, i64* %regs, i64 7
  store i64 %850, i64* %851, align 8
  %852 = load i64, i64* %highEnd, align 8
  %853 = getelementptr i64, i64* %regs, i64 8
  store i64 %852, i64* %853, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok136:                                      ; preds = %ok135
  %854 = load i64, i64* %fuel, align 8
  %855 = getelementptr i64, i64* %regs, i64 0
  store i64 %854, i64* %855, align 8
  %856 = load i64, i64* %lowStart, align 8
  %857 = getelementptr i64, i64* %regs, i64 6
  store i64 %856, i64* %857, align 8
  %858 = load i64, i64* %lowEnd, align 8
  %859 = getelementptr i64, i64* %regs, i64 7
  store i64 %858, i64* %859, align 8
  %860 = load i64, i64* %highEnd, align 8
  %861 = getelementptr i64, i64* %regs, i64 8
  store i64 %860, i64* %861, align 8
  %862 = add i32 %depth, 1
  %863 = call i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %862, i32 %836, i64 0)
  %864 = getelementptr i64, i64* %regs, i64 0
  %865 = load i64, i64* %864, align 8
  store i64 %865, i64* %fuel, align 8
  %866 = getelementptr i64, i64* %regs, i64 6
  %867 = load i64, i64* %866, align 8
  store i64 %867, i64* %lowStart, align 8
  %868 = getelementptr i64, i64* %regs, i64 7
  %869 = load i64, i64* %868, align 8
  store i64 %869, i64* %lowEnd, align 8
  %870 = getelementptr i64, i64* %regs, i64 8
  %871 = load i64, i64* %870, align 8
  store i64 %871, i64* %highEnd, align 8
  store i64 %863, i64* %total, align 8
  %872 = load i32, i32* %dict, align 4
  %873 = load i64, i64* %total, align 8
  %874 = zext i32 %872 to i64
  %875 = add i64 %874, 24
  %876 = add i64 %875, 8
  %877 = icmp uge i64 %875, %scratch_start
  %878 = load i64, i64* %highEnd, align 8
  %879 = icmp ule i64 %876, %878
  %880 = and i1 %877, %879
  br i1 %880, label %write.ok139, label %write.low137

write.low137:                                     ; preds = %stack_ok136
  %881 = load i64, i64* %lowStart, align 8
  %882 = icmp uge i64 %875, %881
  %883 = load i64, i64* %lowEnd, align 8
  %884 = icmp ule i64 %876, %883
  %885 = and i1 %882, %884
  br i1 %885, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %886 = icmp ugt i64 %876, %arena_size
  br i1 %886, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %stack_ok136
  %887 = getelementptr i8, i8* %mem, i64 %875
  store i64 %873, i64* %unaligned141, align 8
  %888 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %887, i8* %888, i64 8, i1 false)
  %889 = load i32, i32* %dict, align 4
  store i32 %889, i32* %result5, align 4
  br label %e0

ok140:                                            ; preds = %write.slow138
  %890 = icmp ult i64 %875, %scratch_start
  %891 = load i64, i64* %lowEnd, align 8
  %892 = load i64, i64* %highEnd, align 8
  %893 = call i64 @llvm.umax.i64(i64 %891, i64 %876)
  %894 = select i1 %890, i64 %893, i64 %891
  store i64 %894, i64* %lowEnd, align 8
  %895 = call i64 @llvm.umax.i64(i64 %892, i64 %876)
  %896 = select i1 %890, i64 %892, i64 %895
  store i64 %896, i64* %highEnd, align 8
  %897 = load i64, i64* %lowStart, align 8
  %898 = call i64 @llvm.umin.i64(i64 %897, i64 %875)
  store i64 %898, i64* %lowStart, align 8
  br label %write.ok139

ok142:                                            ; preds = %e0
  %899 = icmp ult i64 %10, %stack_limit
  br i1 %899, label %trap253.site0, label %stack_ok143

trap15.site0:                                     ; preds = %e0
  %900 = load i64, i64* %lowStart, align 8
  %901 = getelementptr i64, i64* %regs, i64 6
  store i64 %900, i64* %901, align 8
  %902 = load i64, i64* %lowEnd, align 8
  %903 = getelementptr i64, i64* %regs, i64 7
  store i64 %902, i64* %903, align 8
  %904 = load i64, i64* %highEnd, align 8
  %905 = getelementptr i64, i64* %regs, i64 8
  store i64 %904, i64* %905, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok143:                                      ; preds = %ok142
  %906 = load i64, i64* %fuel, align 8
  %907 = getelementptr i64, i64* %regs, i64 0
  store i64 %906, i64* %907, align 8
  %908 = load i64, i64* %lowStart, align 8
  %909 = getelementptr i64, i64* %regs, i64 6
  store i64 %908, i64* %909, align 8
  %910 = load i64, i64* %lowEnd, align 8
  %911 = getelementptr i64, i64* %regs, i64 7
  store i64 %910, i64* %911, align 8
  %912 = load i64, i64* %highEnd, align 8
  %913 = getelementptr i64, i64* %regs, i64 8
  store i64 %912, i64* %913, align 8
  %914 = add i32 %depth, 1
  %915 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %914, i32 %89, i32 %90, i32 0)
  %916 = getelementptr i64, i64* %regs, i64 0
  %917 = load i64, i64* %916, align 8
  store i64 %917, i64* %fuel, align 8
  %918 = getelementptr i64, i64* %regs, i64 6
  %919 = load i64, i64* %918, align 8
  store i64 %919, i64* %lowStart, align 8
  %920 = getelementptr i64, i64* %regs, i64 7
  %921 = load i64, i64* %920, align 8
  store i64 %921, i64* %lowEnd, align 8
  %922 = getelementptr i64, i64* %regs, i64 8
  %923 = load i64, i64* %922, align 8
  store i64 %923, i64* %highEnd, align 8
  store i32 %915, i32* %json_end, align 4
  %924 = load i32, i32* %json_end, align 4
  %925 = icmp eq i32 %924, -2
  %926 = zext i1 %925 to i32
  %927 = icmp ne i32 %926, 0
  br i1 %927, label %then144, label %else145

then144:                                          ; preds = %stack_ok143
  br label %trap16.site4

else145:                                          ; preds = %stack_ok143
  br label %join146

join146:                                          ; preds = %else145, %dead147
  %928 = load i32, i32* %json_end, align 4
  %929 = icmp eq i32 %928, -1
  %930 = zext i1 %929 to i32
  %931 = icmp ne i32 %930, 0
  br i1 %931, label %then148, label %else149

trap16.site4:                                     ; preds = %then144
  %932 = load i64, i64* %lowStart, align 8
  %933 = getelementptr i64, i64* %regs, i64 6
  store i64 %932, i64* %933, align 8
  %934 = load i64, i64* %lowEnd, align 8
  %935 = getelementptr i64, i64* %regs, i64 7
  store i64 %934, i64* %935, align 8
  %936 = load i64, i64* %highEnd, align 8
  %937 = getelementptr i64, i64* %regs, i64 8
  store i64 %936, i64* %937, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead147:                                          ; No predecessors!
  br label %join146

then148:                                          ; preds = %join146
  br label %trap15.site4

else149:                                          ; preds = %join146
  br label %join150

join150:                                          ; preds = %else149, %dead151
  %938 = load i32, i32* %json_end, align 4
  %939 = zext i32 %938 to i64
  %940 = getelementptr i64, i64* %regs, i64 3
  store i64 %939, i64* %940, align 8
  %941 = load i32, i32* %json_end, align 4
  %942 = load i32, i32* %json_start, align 4
  %943 = sub i32 %941, %942
  %944 = load i64, i64* %fuel, align 8
  %945 = getelementptr i64, i64* %regs, i64 0
  store i64 %944, i64* %945, align 8
  %946 = load i64, i64* %lowStart, align 8
  %947 = getelementptr i64, i64* %regs, i64 6
  store i64 %946, i64* %947, align 8
  %948 = load i64, i64* %lowEnd, align 8
  %949 = getelementptr i64, i64* %regs, i64 7
  store i64 %948, i64* %949, align 8
  %950 = load i64, i64* %highEnd, align 8
  %951 = getelementptr i64, i64* %regs, i64 8
  store i64 %950, i64* %951, align 8
  ret i32 %943

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
