; From libs/driver/testdata/emit-golden/closures.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/closures.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (32):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.dec.int.1
;   @m0.codec.dec.list.0
;   @m0.codec.skip
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.2
;   @m0.codec.enc.list.1
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.fn.adders.lambda
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
;   @m0.call_indirect.i32.i64-i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 3 function(s):

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
  %unaligned = alloca i16, align 2
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
  %231 = icmp eq i32 %230, 2
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
  %269 = sub i64 %arena_size, 2
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
  %276 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %276, i8* %275, i64 2, i1 false)
  %277 = load i16, i16* %unaligned, align 2
  %278 = zext i16 %277 to i32
  %279 = icmp eq i32 %278, 29560
  %280 = zext i1 %279 to i32
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %then35, label %else36

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
  %282 = load i32, i32* %args_kp, align 4
  %283 = zext i32 %282 to i64
  %284 = sub i64 %arena_size, 1
  %285 = icmp sgt i64 %283, %284
  br i1 %285, label %trap17.site0, label %ok42

else40:                                           ; preds = %join33
  br label %join41

join41:                                           ; preds = %else40, %join45
  store i32 -1, i32* %result, align 4
  br label %match5

ok42:                                             ; preds = %then39
  %286 = getelementptr i8, i8* %mem, i64 %283
  %287 = load i8, i8* %286, align 1
  %288 = zext i8 %287 to i32
  %289 = icmp eq i32 %288, 107
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
  %362 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %361, i32 %348, i32 %349, i32 %350)
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
  %411 = call i32 @m0.codec.dec.int.1(i64* %regs, i8* %mem, i32 %410, i32 %344, i32 %345, i32 %346)
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
  %540 = sub i64 %arena_size, 4
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
  %549 = bitcast i32* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %549, i8* %548, i64 4, i1 false)
  %550 = load i32, i32* %unaligned100, align 4
  store i32 %550, i32* %arg, align 4
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
  %567 = sub i64 %arena_size, 8
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
  %576 = bitcast i64* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %576, i8* %575, i64 8, i1 false)
  %577 = load i64, i64* %unaligned110, align 8
  store i64 %577, i64* %arg.1, align 8
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
  %598 = load i32, i32* %arg, align 4
  %599 = zext i32 %597 to i64
  %600 = add i64 %599, 4
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
  store i32 %598, i32* %unaligned117, align 4
  %620 = bitcast i32* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %619, i8* %620, i64 4, i1 false)
  %621 = load i32, i32* %args_out, align 4
  %622 = load i64, i64* %arg.1, align 8
  %623 = zext i32 %621 to i64
  %624 = add i64 %623, 8
  %625 = add i64 %624, 8
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
  store i64 %622, i64* %unaligned122, align 8
  %658 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %657, i8* %658, i64 8, i1 false)
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
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %k = alloca i64, align 8
  store i64 0, i64* %k, align 8
  %offset = alloca i64, align 8
  store i64 0, i64* %offset, align 8
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %x.1 = alloca i64, align 8
  store i64 0, i64* %x.1, align 8
  %scaled = alloca i32, align 4
  store i32 0, i32* %scaled, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i64, align 8
  store i64 0, i64* %x.2, align 8
  %x.3 = alloca i64, align 8
  store i64 0, i64* %x.3, align 8
  %evens = alloca i32, align 4
  store i32 0, i32* %evens, align 4
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %acc = alloca i64, align 8
  store i64 0, i64* %acc, align 8
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %x.4 = alloca i64, align 8
  store i64 0, i64* %x.4, align 8
  %acc.1 = alloca i64, align 8
  store i64 0, i64* %acc.1, align 8
  %x.5 = alloca i64, align 8
  store i64 0, i64* %x.5, align 8
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
  %lo = alloca i64, align 8
  store i64 0, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 0, i64* %hi, align 8
  %count = alloca i64, align 8
  store i64 0, i64* %count, align 8
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %i.1 = alloca i64, align 8
  store i64 0, i64* %i.1, align 8
  %env = alloca i32, align 4
  store i32 0, i32* %env, align 4
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
  %adders = alloca i32, align 4
  store i32 0, i32* %adders, align 4
  %xs.4 = alloca i32, align 4
  store i32 0, i32* %xs.4, align 4
  %size.3 = alloca i64, align 8
  store i64 0, i64* %size.3, align 8
  %list.3 = alloca i32, align 4
  store i32 0, i32* %list.3, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %k.4 = alloca i32, align 4
  store i32 0, i32* %k.4, align 4
  %x.6 = alloca i32, align 4
  store i32 0, i32* %x.6, align 4
  %f = alloca i32, align 4
  store i32 0, i32* %f, align 4
  %arg = alloca i64, align 8
  store i64 0, i64* %arg, align 8
  %callee = alloca i32, align 4
  store i32 0, i32* %callee, align 4
  %applied = alloca i32, align 4
  store i32 0, i32* %applied, align 4
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
  %result6 = alloca i32, align 4
  %result8 = alloca i32, align 4
  %unaligned10 = alloca i32, align 4
  %unaligned13 = alloca i32, align 4
  %unaligned14 = alloca i64, align 8
  %unaligned17 = alloca i64, align 8
  %unaligned24 = alloca i64, align 8
  %unaligned28 = alloca i64, align 8
  %unaligned34 = alloca i32, align 4
  %unaligned39 = alloca i32, align 4
  %result40 = alloca i32, align 4
  %unaligned42 = alloca i32, align 4
  %unaligned49 = alloca i32, align 4
  %unaligned54 = alloca i64, align 8
  %unaligned64 = alloca i64, align 8
  %unaligned71 = alloca i64, align 8
  %unaligned81 = alloca i64, align 8
  %unaligned87 = alloca i32, align 4
  %unaligned92 = alloca i32, align 4
  %result93 = alloca i64, align 8
  %unaligned95 = alloca i32, align 4
  %unaligned100 = alloca i64, align 8
  %unaligned108 = alloca i64, align 8
  %unaligned115 = alloca i64, align 8
  %result116 = alloca i32, align 4
  %result120 = alloca i64, align 8
  %result132 = alloca i32, align 4
  %unaligned138 = alloca i64, align 8
  %unaligned144 = alloca i32, align 4
  %unaligned149 = alloca i32, align 4
  %unaligned154 = alloca i32, align 4
  %unaligned160 = alloca i32, align 4
  %unaligned165 = alloca i32, align 4
  %result166 = alloca i32, align 4
  %unaligned168 = alloca i32, align 4
  %unaligned175 = alloca i32, align 4
  %unaligned179 = alloca i32, align 4
  %result180 = alloca i64, align 8
  %unaligned182 = alloca i32, align 4
  %unaligned184 = alloca i32, align 4
  %unaligned190 = alloca i64, align 8
  %unaligned196 = alloca i32, align 4
  %unaligned201 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each38, %range33, %each25104, %each1567, %each620, %body
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

trap253.site0:                                    ; preds = %ok202, %ok183, %ok1
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
  store i32 %61, i32* %xs, align 4
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 16
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow198, %write.slow193, %write.slow187, %ok181, %ok178, %cont177, %ok173, %write.ok163, %write.slow162, %write.slow157, %write.slow151, %write.slow146, %write.slow141, %write.slow135, %write.slow112, %cont106, %write.ok90, %write.slow89, %write.slow84, %write.slow78, %cont69, %write.slow61, %ok47, %write.ok37, %write.slow36, %write.slow31, %write.slow, %cont22, %ok11, %ok7, %ok2, %stack_ok
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
  store i64 %75, i64* %k, align 8
  store i64 1, i64* %offset, align 8
  %76 = getelementptr i64, i64* %regs, i64 1
  %77 = getelementptr i64, i64* %regs, i64 2
  %78 = load i64, i64* %76, align 8
  %79 = add i64 %78, 7
  %80 = and i64 %79, -8
  %81 = add i64 %80, 24
  %82 = load i64, i64* %77, align 8
  %83 = icmp ugt i64 %81, %82
  br i1 %83, label %trap15.site4, label %ok7

e0:                                               ; preds = %e2
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
  br i1 %91, label %trap15.site0, label %ok202

e2:                                               ; preds = %write.ok199
  %92 = load i32, i32* %result6, align 4
  store i32 %92, i32* %result5, align 4
  br label %e0

ok7:                                              ; preds = %ok3
  store i64 %81, i64* %76, align 8
  %93 = load i64, i64* %highEnd, align 8
  %94 = call i64 @llvm.umax.i64(i64 %93, i64 %81)
  store i64 %94, i64* %highEnd, align 8
  %95 = trunc i64 %80 to i32
  store i32 %95, i32* %dict, align 4
  %96 = load i32, i32* %xs, align 4
  store i32 %96, i32* %xs.1, align 4
  %97 = load i32, i32* %xs.1, align 4
  %98 = zext i32 %97 to i64
  %99 = sub i64 %arena_size, 4
  %100 = icmp sgt i64 %98, %99
  br i1 %100, label %trap17.site0, label %ok9

trap15.site4:                                     ; preds = %ok3
  %101 = load i64, i64* %lowStart, align 8
  %102 = getelementptr i64, i64* %regs, i64 6
  store i64 %101, i64* %102, align 8
  %103 = load i64, i64* %lowEnd, align 8
  %104 = getelementptr i64, i64* %regs, i64 7
  store i64 %103, i64* %104, align 8
  %105 = load i64, i64* %highEnd, align 8
  %106 = getelementptr i64, i64* %regs, i64 8
  store i64 %105, i64* %106, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

e3:                                               ; preds = %write.ok32
  %107 = load i32, i32* %result8, align 4
  store i32 %107, i32* %scaled, align 4
  %108 = load i32, i32* %dict, align 4
  %109 = load i32, i32* %scaled, align 4
  %110 = zext i32 %108 to i64
  %111 = add i64 %110, 4
  %112 = icmp uge i64 %110, %scratch_start
  %113 = load i64, i64* %highEnd, align 8
  %114 = icmp ule i64 %111, %113
  %115 = and i1 %112, %114
  %116 = call i1 @llvm.expect.i1(i1 %115, i1 true)
  br i1 %116, label %write.ok37, label %write.low35

ok9:                                              ; preds = %ok7
  %117 = getelementptr i8, i8* %mem, i64 %98
  %118 = bitcast i32* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %118, i8* %117, i64 4, i1 false)
  %119 = load i32, i32* %unaligned10, align 4
  %120 = zext i32 %119 to i64
  %121 = mul i64 %120, 8
  %122 = add i64 8, %121
  store i64 %122, i64* %size, align 8
  %123 = load i64, i64* %size, align 8
  %124 = icmp ugt i64 %123, 2147483647
  %125 = zext i1 %124 to i32
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %then, label %else

then:                                             ; preds = %ok9
  br label %trap15.site5

else:                                             ; preds = %ok9
  br label %join

join:                                             ; preds = %else, %dead
  %127 = load i64, i64* %size, align 8
  %128 = trunc i64 %127 to i32
  %129 = zext i32 %128 to i64
  %130 = getelementptr i64, i64* %regs, i64 1
  %131 = getelementptr i64, i64* %regs, i64 2
  %132 = load i64, i64* %130, align 8
  %133 = add i64 %132, 7
  %134 = and i64 %133, -8
  %135 = add i64 %134, %129
  %136 = load i64, i64* %131, align 8
  %137 = icmp ugt i64 %135, %136
  br i1 %137, label %trap15.site5, label %ok11

trap15.site5:                                     ; preds = %join, %then
  %138 = load i64, i64* %lowStart, align 8
  %139 = getelementptr i64, i64* %regs, i64 6
  store i64 %138, i64* %139, align 8
  %140 = load i64, i64* %lowEnd, align 8
  %141 = getelementptr i64, i64* %regs, i64 7
  store i64 %140, i64* %141, align 8
  %142 = load i64, i64* %highEnd, align 8
  %143 = getelementptr i64, i64* %regs, i64 8
  store i64 %142, i64* %143, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok11:                                             ; preds = %join
  store i64 %135, i64* %130, align 8
  %144 = load i64, i64* %highEnd, align 8
  %145 = call i64 @llvm.umax.i64(i64 %144, i64 %135)
  store i64 %145, i64* %highEnd, align 8
  %146 = trunc i64 %134 to i32
  store i32 %146, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %147 = load i32, i32* %xs.1, align 4
  %148 = zext i32 %147 to i64
  %149 = sub i64 %arena_size, 4
  %150 = icmp sgt i64 %148, %149
  br i1 %150, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok11
  %151 = getelementptr i8, i8* %mem, i64 %148
  %152 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %152, i8* %151, i64 4, i1 false)
  %153 = load i32, i32* %unaligned13, align 4
  store i32 %153, i32* %n, align 4
  store i32 0, i32* %k.1, align 4
  %154 = load i32, i32* %k.1, align 4
  %155 = load i32, i32* %n, align 4
  %156 = icmp ugt i32 %155, %154
  %157 = sub i32 %155, %154
  %158 = select i1 %156, i32 %157, i32 0
  %159 = zext i32 %158 to i64
  %160 = load i64, i64* %fuel, align 8
  %161 = icmp ult i64 %159, %160
  %162 = icmp ne i64 %159, 0
  %163 = icmp ult i64 %159, 4294967296
  %164 = and i1 %162, %163
  %165 = and i1 %161, %164
  %166 = load i32, i32* %xs.1, align 4
  %167 = zext i32 %166 to i64
  %168 = load i32, i32* %k.1, align 4
  %169 = zext i32 %168 to i64
  %170 = add i64 %169, %159
  %171 = sub i64 %170, 1
  %172 = mul i64 %171, 8
  %173 = add i64 %167, %172
  %174 = add i64 %173, 16
  %175 = icmp ult i64 %171, 4294967296
  %176 = icmp ule i64 %174, %arena_size
  %177 = and i1 %175, %176
  %178 = and i1 %165, %177
  %179 = load i32, i32* %list, align 4
  %180 = zext i32 %179 to i64
  %181 = load i32, i32* %len, align 4
  %182 = zext i32 %181 to i64
  %183 = add i64 %182, %159
  %184 = sub i64 %183, 1
  %185 = mul i64 %184, 8
  %186 = add i64 %180, %185
  %187 = add i64 %186, 16
  %188 = icmp ult i64 %184, 4294967296
  %189 = icmp ule i64 %187, %arena_size
  %190 = and i1 %188, %189
  %191 = and i1 %178, %190
  %192 = mul i64 %182, 8
  %193 = add i64 %180, %192
  %194 = add i64 %193, 8
  %195 = call i1 @llvm.expect.i1(i1 %191, i1 true)
  br i1 %195, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok12
  %196 = icmp ult i64 %194, %scratch_start
  %197 = load i64, i64* %lowStart, align 8
  %198 = call i64 @llvm.umin.i64(i64 %197, i64 %194)
  %199 = load i64, i64* %lowEnd, align 8
  %200 = load i64, i64* %highEnd, align 8
  %201 = call i64 @llvm.umax.i64(i64 %199, i64 %187)
  %202 = select i1 %196, i64 %201, i64 %199
  store i64 %202, i64* %lowEnd, align 8
  %203 = call i64 @llvm.umax.i64(i64 %200, i64 %187)
  %204 = select i1 %196, i64 %200, i64 %203
  store i64 %204, i64* %highEnd, align 8
  store i64 %198, i64* %lowStart, align 8
  %205 = add i64 %159, 1
  %206 = mul i64 %205, 1
  %207 = sub i64 %160, %206
  store i64 %207, i64* %fuel, align 8
  br label %each6

versioned.slow:                                   ; preds = %ok12
  br label %each620

versioned.join:                                   ; preds = %block519, %block5
  %208 = load i32, i32* %list, align 4
  %209 = load i32, i32* %len, align 4
  %210 = zext i32 %208 to i64
  %211 = add i64 %210, 4
  %212 = icmp uge i64 %210, %scratch_start
  %213 = load i64, i64* %highEnd, align 8
  %214 = icmp ule i64 %211, %213
  %215 = and i1 %212, %214
  %216 = call i1 @llvm.expect.i1(i1 %215, i1 true)
  br i1 %216, label %write.ok32, label %write.low30

block5:                                           ; preds = %dead18, %each6
  br label %versioned.join

each6:                                            ; preds = %ok16, %versioned.fast
  %217 = load i32, i32* %k.1, align 4
  %218 = load i32, i32* %n, align 4
  %219 = icmp uge i32 %217, %218
  %220 = zext i1 %219 to i32
  %221 = icmp ne i32 %220, 0
  br i1 %221, label %block5, label %cont

cont:                                             ; preds = %each6
  %222 = load i32, i32* %k.1, align 4
  %223 = zext i32 %222 to i64
  %224 = mul i64 %223, 8
  %225 = load i32, i32* %xs.1, align 4
  %226 = zext i32 %225 to i64
  %227 = add i64 %226, %224
  %228 = add i64 %227, 8
  %229 = getelementptr i8, i8* %mem, i64 %228
  %230 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %230, i8* %229, i64 8, i1 false)
  %231 = load i64, i64* %unaligned14, align 8
  store i64 %231, i64* %x, align 8
  %232 = load i64, i64* %x, align 8
  store i64 %232, i64* %x.1, align 8
  %233 = load i32, i32* %len, align 4
  %234 = zext i32 %233 to i64
  %235 = mul i64 %234, 8
  %236 = load i32, i32* %list, align 4
  %237 = zext i32 %236 to i64
  %238 = add i64 %237, %235
  %239 = add i64 %238, 8
  %240 = getelementptr i8, i8* %mem, i64 %239
  %241 = load i64, i64* %x.1, align 8
  %242 = load i64, i64* %k, align 8
  %243 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %241, i64 %242)
  %244 = extractvalue { i64, i1 } %243, 1
  br i1 %244, label %trap2.site7, label %ok15

ok15:                                             ; preds = %cont
  %245 = extractvalue { i64, i1 } %243, 0
  %246 = load i64, i64* %offset, align 8
  %247 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %245, i64 %246)
  %248 = extractvalue { i64, i1 } %247, 1
  br i1 %248, label %trap2.site6, label %ok16

trap2.site7:                                      ; preds = %ok23, %cont
  %249 = load i64, i64* %lowStart, align 8
  %250 = getelementptr i64, i64* %regs, i64 6
  store i64 %249, i64* %250, align 8
  %251 = load i64, i64* %lowEnd, align 8
  %252 = getelementptr i64, i64* %regs, i64 7
  store i64 %251, i64* %252, align 8
  %253 = load i64, i64* %highEnd, align 8
  %254 = getelementptr i64, i64* %regs, i64 8
  store i64 %253, i64* %254, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

ok16:                                             ; preds = %ok15
  %255 = extractvalue { i64, i1 } %247, 0
  store i64 %255, i64* %unaligned17, align 8
  %256 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %240, i8* %256, i64 8, i1 false)
  %257 = load i32, i32* %len, align 4
  %258 = add i32 %257, 1
  store i32 %258, i32* %len, align 4
  %259 = load i32, i32* %k.1, align 4
  %260 = add i32 %259, 1
  store i32 %260, i32* %k.1, align 4
  br label %each6

trap2.site6:                                      ; preds = %ok25, %ok15
  %261 = load i64, i64* %lowStart, align 8
  %262 = getelementptr i64, i64* %regs, i64 6
  store i64 %261, i64* %262, align 8
  %263 = load i64, i64* %lowEnd, align 8
  %264 = getelementptr i64, i64* %regs, i64 7
  store i64 %263, i64* %264, align 8
  %265 = load i64, i64* %highEnd, align 8
  %266 = getelementptr i64, i64* %regs, i64 8
  store i64 %265, i64* %266, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

dead18:                                           ; No predecessors!
  br label %block5

block519:                                         ; preds = %dead29, %ok21
  br label %versioned.join

each620:                                          ; preds = %write.ok, %versioned.slow
  %267 = load i64, i64* %fuel, align 8
  %268 = icmp ult i64 %267, 1
  br i1 %268, label %trap14.site0, label %ok21

ok21:                                             ; preds = %each620
  %269 = sub i64 %267, 1
  store i64 %269, i64* %fuel, align 8
  %270 = load i32, i32* %k.1, align 4
  %271 = load i32, i32* %n, align 4
  %272 = icmp uge i32 %270, %271
  %273 = zext i1 %272 to i32
  %274 = icmp ne i32 %273, 0
  br i1 %274, label %block519, label %cont22

cont22:                                           ; preds = %ok21
  %275 = load i32, i32* %xs.1, align 4
  %276 = load i32, i32* %k.1, align 4
  %277 = mul i32 %276, 8
  %278 = add i32 %275, %277
  %279 = zext i32 %278 to i64
  %280 = sub i64 %arena_size, 16
  %281 = icmp sgt i64 %279, %280
  br i1 %281, label %trap17.site0, label %ok23

ok23:                                             ; preds = %cont22
  %282 = add i64 %279, 8
  %283 = getelementptr i8, i8* %mem, i64 %282
  %284 = bitcast i64* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %284, i8* %283, i64 8, i1 false)
  %285 = load i64, i64* %unaligned24, align 8
  store i64 %285, i64* %x, align 8
  %286 = load i64, i64* %x, align 8
  store i64 %286, i64* %x.1, align 8
  %287 = load i32, i32* %list, align 4
  %288 = load i32, i32* %len, align 4
  %289 = mul i32 %288, 8
  %290 = add i32 %287, %289
  %291 = load i64, i64* %x.1, align 8
  %292 = load i64, i64* %k, align 8
  %293 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %291, i64 %292)
  %294 = extractvalue { i64, i1 } %293, 1
  br i1 %294, label %trap2.site7, label %ok25

ok25:                                             ; preds = %ok23
  %295 = extractvalue { i64, i1 } %293, 0
  %296 = load i64, i64* %offset, align 8
  %297 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %295, i64 %296)
  %298 = extractvalue { i64, i1 } %297, 1
  br i1 %298, label %trap2.site6, label %ok26

ok26:                                             ; preds = %ok25
  %299 = extractvalue { i64, i1 } %297, 0
  %300 = zext i32 %290 to i64
  %301 = add i64 %300, 8
  %302 = add i64 %301, 8
  %303 = icmp uge i64 %301, %scratch_start
  %304 = load i64, i64* %highEnd, align 8
  %305 = icmp ule i64 %302, %304
  %306 = and i1 %303, %305
  %307 = call i1 @llvm.expect.i1(i1 %306, i1 true)
  br i1 %307, label %write.ok, label %write.low

write.low:                                        ; preds = %ok26
  %308 = load i64, i64* %lowStart, align 8
  %309 = icmp uge i64 %301, %308
  %310 = load i64, i64* %lowEnd, align 8
  %311 = icmp ule i64 %302, %310
  %312 = and i1 %309, %311
  %313 = call i1 @llvm.expect.i1(i1 %312, i1 true)
  br i1 %313, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %314 = icmp ugt i64 %302, %arena_size
  br i1 %314, label %trap17.site0, label %ok27

write.ok:                                         ; preds = %ok27, %write.low, %ok26
  %315 = getelementptr i8, i8* %mem, i64 %301
  store i64 %299, i64* %unaligned28, align 8
  %316 = bitcast i64* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %315, i8* %316, i64 8, i1 false)
  %317 = load i32, i32* %len, align 4
  %318 = add i32 %317, 1
  store i32 %318, i32* %len, align 4
  %319 = load i32, i32* %k.1, align 4
  %320 = add i32 %319, 1
  store i32 %320, i32* %k.1, align 4
  br label %each620

ok27:                                             ; preds = %write.slow
  %321 = icmp ult i64 %301, %scratch_start
  %322 = load i64, i64* %lowStart, align 8
  %323 = call i64 @llvm.umin.i64(i64 %322, i64 %301)
  %324 = load i64, i64* %lowEnd, align 8
  %325 = load i64, i64* %highEnd, align 8
  %326 = add i64 %302, 64
  %327 = sub i64 %302, %323
  %328 = lshr i64 %327, 4
  %329 = add i64 %326, %328
  %330 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %329)
  %331 = call i64 @llvm.umax.i64(i64 %324, i64 %330)
  %332 = select i1 %321, i64 %331, i64 %324
  store i64 %332, i64* %lowEnd, align 8
  %333 = add i64 %302, 64
  %334 = sub i64 %302, %scratch_start
  %335 = lshr i64 %334, 4
  %336 = add i64 %333, %335
  %337 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %336)
  %338 = call i64 @llvm.umax.i64(i64 %325, i64 %337)
  %339 = select i1 %321, i64 %325, i64 %338
  store i64 %339, i64* %highEnd, align 8
  store i64 %323, i64* %lowStart, align 8
  br label %write.ok

dead29:                                           ; No predecessors!
  br label %block519

write.low30:                                      ; preds = %versioned.join
  %340 = load i64, i64* %lowStart, align 8
  %341 = icmp uge i64 %210, %340
  %342 = load i64, i64* %lowEnd, align 8
  %343 = icmp ule i64 %211, %342
  %344 = and i1 %341, %343
  %345 = call i1 @llvm.expect.i1(i1 %344, i1 true)
  br i1 %345, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %346 = icmp ugt i64 %211, %arena_size
  br i1 %346, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %versioned.join
  %347 = getelementptr i8, i8* %mem, i64 %210
  store i32 %209, i32* %unaligned34, align 4
  %348 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %347, i8* %348, i64 4, i1 false)
  %349 = load i32, i32* %list, align 4
  store i32 %349, i32* %result8, align 4
  br label %e3

ok33:                                             ; preds = %write.slow31
  %350 = icmp ult i64 %210, %scratch_start
  %351 = load i64, i64* %lowStart, align 8
  %352 = call i64 @llvm.umin.i64(i64 %351, i64 %210)
  %353 = load i64, i64* %lowEnd, align 8
  %354 = load i64, i64* %highEnd, align 8
  %355 = add i64 %211, 64
  %356 = sub i64 %211, %352
  %357 = lshr i64 %356, 4
  %358 = add i64 %355, %357
  %359 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %358)
  %360 = call i64 @llvm.umax.i64(i64 %353, i64 %359)
  %361 = select i1 %350, i64 %360, i64 %353
  store i64 %361, i64* %lowEnd, align 8
  %362 = add i64 %211, 64
  %363 = sub i64 %211, %scratch_start
  %364 = lshr i64 %363, 4
  %365 = add i64 %362, %364
  %366 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %365)
  %367 = call i64 @llvm.umax.i64(i64 %354, i64 %366)
  %368 = select i1 %350, i64 %354, i64 %367
  store i64 %368, i64* %highEnd, align 8
  store i64 %352, i64* %lowStart, align 8
  br label %write.ok32

write.low35:                                      ; preds = %e3
  %369 = load i64, i64* %lowStart, align 8
  %370 = icmp uge i64 %110, %369
  %371 = load i64, i64* %lowEnd, align 8
  %372 = icmp ule i64 %111, %371
  %373 = and i1 %370, %372
  %374 = call i1 @llvm.expect.i1(i1 %373, i1 true)
  br i1 %374, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %375 = icmp ugt i64 %111, %arena_size
  br i1 %375, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %e3
  %376 = getelementptr i8, i8* %mem, i64 %110
  store i32 %109, i32* %unaligned39, align 4
  %377 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %376, i8* %377, i64 4, i1 false)
  %378 = load i32, i32* %xs, align 4
  store i32 %378, i32* %xs.2, align 4
  %379 = load i32, i32* %xs.2, align 4
  %380 = zext i32 %379 to i64
  %381 = sub i64 %arena_size, 4
  %382 = icmp sgt i64 %380, %381
  br i1 %382, label %trap17.site0, label %ok41

ok38:                                             ; preds = %write.slow36
  %383 = icmp ult i64 %110, %scratch_start
  %384 = load i64, i64* %lowStart, align 8
  %385 = call i64 @llvm.umin.i64(i64 %384, i64 %110)
  %386 = load i64, i64* %lowEnd, align 8
  %387 = load i64, i64* %highEnd, align 8
  %388 = add i64 %111, 64
  %389 = sub i64 %111, %385
  %390 = lshr i64 %389, 4
  %391 = add i64 %388, %390
  %392 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %391)
  %393 = call i64 @llvm.umax.i64(i64 %386, i64 %392)
  %394 = select i1 %383, i64 %393, i64 %386
  store i64 %394, i64* %lowEnd, align 8
  %395 = add i64 %111, 64
  %396 = sub i64 %111, %scratch_start
  %397 = lshr i64 %396, 4
  %398 = add i64 %395, %397
  %399 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %398)
  %400 = call i64 @llvm.umax.i64(i64 %387, i64 %399)
  %401 = select i1 %383, i64 %387, i64 %400
  store i64 %401, i64* %highEnd, align 8
  store i64 %385, i64* %lowStart, align 8
  br label %write.ok37

e12:                                              ; preds = %write.ok85
  %402 = load i32, i32* %result40, align 4
  store i32 %402, i32* %evens, align 4
  %403 = load i32, i32* %dict, align 4
  %404 = load i32, i32* %evens, align 4
  %405 = zext i32 %403 to i64
  %406 = add i64 %405, 4
  %407 = add i64 %406, 4
  %408 = icmp uge i64 %406, %scratch_start
  %409 = load i64, i64* %highEnd, align 8
  %410 = icmp ule i64 %407, %409
  %411 = and i1 %408, %410
  %412 = call i1 @llvm.expect.i1(i1 %411, i1 true)
  br i1 %412, label %write.ok90, label %write.low88

ok41:                                             ; preds = %write.ok37
  %413 = getelementptr i8, i8* %mem, i64 %380
  %414 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %414, i8* %413, i64 4, i1 false)
  %415 = load i32, i32* %unaligned42, align 4
  %416 = zext i32 %415 to i64
  %417 = mul i64 %416, 8
  %418 = add i64 8, %417
  store i64 %418, i64* %size.1, align 8
  %419 = load i64, i64* %size.1, align 8
  %420 = icmp ugt i64 %419, 2147483647
  %421 = zext i1 %420 to i32
  %422 = icmp ne i32 %421, 0
  br i1 %422, label %then43, label %else44

then43:                                           ; preds = %ok41
  br label %trap15.site8

else44:                                           ; preds = %ok41
  br label %join45

join45:                                           ; preds = %else44, %dead46
  %423 = load i64, i64* %size.1, align 8
  %424 = trunc i64 %423 to i32
  %425 = zext i32 %424 to i64
  %426 = getelementptr i64, i64* %regs, i64 1
  %427 = getelementptr i64, i64* %regs, i64 2
  %428 = load i64, i64* %426, align 8
  %429 = add i64 %428, 7
  %430 = and i64 %429, -8
  %431 = add i64 %430, %425
  %432 = load i64, i64* %427, align 8
  %433 = icmp ugt i64 %431, %432
  br i1 %433, label %trap15.site8, label %ok47

trap15.site8:                                     ; preds = %join45, %then43
  %434 = load i64, i64* %lowStart, align 8
  %435 = getelementptr i64, i64* %regs, i64 6
  store i64 %434, i64* %435, align 8
  %436 = load i64, i64* %lowEnd, align 8
  %437 = getelementptr i64, i64* %regs, i64 7
  store i64 %436, i64* %437, align 8
  %438 = load i64, i64* %highEnd, align 8
  %439 = getelementptr i64, i64* %regs, i64 8
  store i64 %438, i64* %439, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead46:                                           ; No predecessors!
  br label %join45

ok47:                                             ; preds = %join45
  store i64 %431, i64* %426, align 8
  %440 = load i64, i64* %highEnd, align 8
  %441 = call i64 @llvm.umax.i64(i64 %440, i64 %431)
  store i64 %441, i64* %highEnd, align 8
  %442 = trunc i64 %430 to i32
  store i32 %442, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %443 = load i32, i32* %xs.2, align 4
  %444 = zext i32 %443 to i64
  %445 = sub i64 %arena_size, 4
  %446 = icmp sgt i64 %444, %445
  br i1 %446, label %trap17.site0, label %ok48

ok48:                                             ; preds = %ok47
  %447 = getelementptr i8, i8* %mem, i64 %444
  %448 = bitcast i32* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %448, i8* %447, i64 4, i1 false)
  %449 = load i32, i32* %unaligned49, align 4
  store i32 %449, i32* %n.1, align 4
  store i32 0, i32* %k.2, align 4
  %450 = load i32, i32* %k.2, align 4
  %451 = load i32, i32* %n.1, align 4
  %452 = icmp ugt i32 %451, %450
  %453 = sub i32 %451, %450
  %454 = select i1 %452, i32 %453, i32 0
  %455 = zext i32 %454 to i64
  %456 = load i64, i64* %fuel, align 8
  %457 = icmp ult i64 %455, %456
  %458 = icmp ne i64 %455, 0
  %459 = icmp ult i64 %455, 4294967296
  %460 = and i1 %458, %459
  %461 = and i1 %457, %460
  %462 = load i32, i32* %xs.2, align 4
  %463 = zext i32 %462 to i64
  %464 = load i32, i32* %k.2, align 4
  %465 = zext i32 %464 to i64
  %466 = add i64 %465, %455
  %467 = sub i64 %466, 1
  %468 = mul i64 %467, 8
  %469 = add i64 %463, %468
  %470 = add i64 %469, 16
  %471 = icmp ult i64 %467, 4294967296
  %472 = icmp ule i64 %470, %arena_size
  %473 = and i1 %471, %472
  %474 = and i1 %461, %473
  %475 = call i1 @llvm.expect.i1(i1 %474, i1 true)
  br i1 %475, label %versioned.fast50, label %versioned.slow51

versioned.fast50:                                 ; preds = %ok48
  %476 = add i64 %455, 1
  %477 = mul i64 %476, 1
  %478 = sub i64 %456, %477
  store i64 %478, i64* %fuel, align 8
  br label %each15

versioned.slow51:                                 ; preds = %ok48
  br label %each1567

versioned.join52:                                 ; preds = %block1466, %block14
  %479 = load i32, i32* %list.1, align 4
  %480 = load i32, i32* %len.1, align 4
  %481 = zext i32 %479 to i64
  %482 = add i64 %481, 4
  %483 = icmp uge i64 %481, %scratch_start
  %484 = load i64, i64* %highEnd, align 8
  %485 = icmp ule i64 %482, %484
  %486 = and i1 %483, %485
  %487 = call i1 @llvm.expect.i1(i1 %486, i1 true)
  br i1 %487, label %write.ok85, label %write.low83

block14:                                          ; preds = %dead65, %each15
  br label %versioned.join52

each15:                                           ; preds = %join59, %versioned.fast50
  %488 = load i32, i32* %k.2, align 4
  %489 = load i32, i32* %n.1, align 4
  %490 = icmp uge i32 %488, %489
  %491 = zext i1 %490 to i32
  %492 = icmp ne i32 %491, 0
  br i1 %492, label %block14, label %cont53

cont53:                                           ; preds = %each15
  %493 = load i32, i32* %k.2, align 4
  %494 = zext i32 %493 to i64
  %495 = mul i64 %494, 8
  %496 = load i32, i32* %xs.2, align 4
  %497 = zext i32 %496 to i64
  %498 = add i64 %497, %495
  %499 = add i64 %498, 8
  %500 = getelementptr i8, i8* %mem, i64 %499
  %501 = bitcast i64* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %501, i8* %500, i64 8, i1 false)
  %502 = load i64, i64* %unaligned54, align 8
  store i64 %502, i64* %x.2, align 8
  %503 = load i64, i64* %x.2, align 8
  store i64 %503, i64* %x.3, align 8
  %504 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site10, label %ok55

ok55:                                             ; preds = %cont53
  %505 = icmp eq i64 %504, -9223372036854775808
  %506 = and i1 %505, false
  br i1 %506, label %trap2.site10, label %ok56

trap1.site10:                                     ; preds = %ok70, %cont53
  %507 = load i64, i64* %lowStart, align 8
  %508 = getelementptr i64, i64* %regs, i64 6
  store i64 %507, i64* %508, align 8
  %509 = load i64, i64* %lowEnd, align 8
  %510 = getelementptr i64, i64* %regs, i64 7
  store i64 %509, i64* %510, align 8
  %511 = load i64, i64* %highEnd, align 8
  %512 = getelementptr i64, i64* %regs, i64 8
  store i64 %511, i64* %512, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok56:                                             ; preds = %ok55
  %513 = srem i64 %504, 2
  %514 = icmp eq i64 %513, 0
  %515 = zext i1 %514 to i32
  %516 = icmp ne i32 %515, 0
  br i1 %516, label %then57, label %else58

trap2.site10:                                     ; preds = %ok72, %ok55
  %517 = load i64, i64* %lowStart, align 8
  %518 = getelementptr i64, i64* %regs, i64 6
  store i64 %517, i64* %518, align 8
  %519 = load i64, i64* %lowEnd, align 8
  %520 = getelementptr i64, i64* %regs, i64 7
  store i64 %519, i64* %520, align 8
  %521 = load i64, i64* %highEnd, align 8
  %522 = getelementptr i64, i64* %regs, i64 8
  store i64 %521, i64* %522, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

then57:                                           ; preds = %ok56
  %523 = load i32, i32* %list.1, align 4
  %524 = load i32, i32* %len.1, align 4
  %525 = mul i32 %524, 8
  %526 = add i32 %523, %525
  %527 = load i64, i64* %x.2, align 8
  %528 = zext i32 %526 to i64
  %529 = add i64 %528, 8
  %530 = add i64 %529, 8
  %531 = icmp uge i64 %529, %scratch_start
  %532 = load i64, i64* %highEnd, align 8
  %533 = icmp ule i64 %530, %532
  %534 = and i1 %531, %533
  %535 = call i1 @llvm.expect.i1(i1 %534, i1 true)
  br i1 %535, label %write.ok62, label %write.low60

else58:                                           ; preds = %ok56
  br label %join59

join59:                                           ; preds = %else58, %write.ok62
  %536 = load i32, i32* %k.2, align 4
  %537 = add i32 %536, 1
  store i32 %537, i32* %k.2, align 4
  br label %each15

write.low60:                                      ; preds = %then57
  %538 = load i64, i64* %lowStart, align 8
  %539 = icmp uge i64 %529, %538
  %540 = load i64, i64* %lowEnd, align 8
  %541 = icmp ule i64 %530, %540
  %542 = and i1 %539, %541
  %543 = call i1 @llvm.expect.i1(i1 %542, i1 true)
  br i1 %543, label %write.ok62, label %write.slow61

write.slow61:                                     ; preds = %write.low60
  %544 = icmp ugt i64 %530, %arena_size
  br i1 %544, label %trap17.site0, label %ok63

write.ok62:                                       ; preds = %ok63, %write.low60, %then57
  %545 = getelementptr i8, i8* %mem, i64 %529
  store i64 %527, i64* %unaligned64, align 8
  %546 = bitcast i64* %unaligned64 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %545, i8* %546, i64 8, i1 false)
  %547 = load i32, i32* %len.1, align 4
  %548 = add i32 %547, 1
  store i32 %548, i32* %len.1, align 4
  br label %join59

ok63:                                             ; preds = %write.slow61
  %549 = icmp ult i64 %529, %scratch_start
  %550 = load i64, i64* %lowStart, align 8
  %551 = call i64 @llvm.umin.i64(i64 %550, i64 %529)
  %552 = load i64, i64* %lowEnd, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = add i64 %530, 64
  %555 = sub i64 %530, %551
  %556 = lshr i64 %555, 4
  %557 = add i64 %554, %556
  %558 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %557)
  %559 = call i64 @llvm.umax.i64(i64 %552, i64 %558)
  %560 = select i1 %549, i64 %559, i64 %552
  store i64 %560, i64* %lowEnd, align 8
  %561 = add i64 %530, 64
  %562 = sub i64 %530, %scratch_start
  %563 = lshr i64 %562, 4
  %564 = add i64 %561, %563
  %565 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %564)
  %566 = call i64 @llvm.umax.i64(i64 %553, i64 %565)
  %567 = select i1 %549, i64 %553, i64 %566
  store i64 %567, i64* %highEnd, align 8
  store i64 %551, i64* %lowStart, align 8
  br label %write.ok62

dead65:                                           ; No predecessors!
  br label %block14

block1466:                                        ; preds = %dead82, %ok68
  br label %versioned.join52

each1567:                                         ; preds = %join76, %versioned.slow51
  %568 = load i64, i64* %fuel, align 8
  %569 = icmp ult i64 %568, 1
  br i1 %569, label %trap14.site0, label %ok68

ok68:                                             ; preds = %each1567
  %570 = sub i64 %568, 1
  store i64 %570, i64* %fuel, align 8
  %571 = load i32, i32* %k.2, align 4
  %572 = load i32, i32* %n.1, align 4
  %573 = icmp uge i32 %571, %572
  %574 = zext i1 %573 to i32
  %575 = icmp ne i32 %574, 0
  br i1 %575, label %block1466, label %cont69

cont69:                                           ; preds = %ok68
  %576 = load i32, i32* %xs.2, align 4
  %577 = load i32, i32* %k.2, align 4
  %578 = mul i32 %577, 8
  %579 = add i32 %576, %578
  %580 = zext i32 %579 to i64
  %581 = sub i64 %arena_size, 16
  %582 = icmp sgt i64 %580, %581
  br i1 %582, label %trap17.site0, label %ok70

ok70:                                             ; preds = %cont69
  %583 = add i64 %580, 8
  %584 = getelementptr i8, i8* %mem, i64 %583
  %585 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %585, i8* %584, i64 8, i1 false)
  %586 = load i64, i64* %unaligned71, align 8
  store i64 %586, i64* %x.2, align 8
  %587 = load i64, i64* %x.2, align 8
  store i64 %587, i64* %x.3, align 8
  %588 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site10, label %ok72

ok72:                                             ; preds = %ok70
  %589 = icmp eq i64 %588, -9223372036854775808
  %590 = and i1 %589, false
  br i1 %590, label %trap2.site10, label %ok73

ok73:                                             ; preds = %ok72
  %591 = srem i64 %588, 2
  %592 = icmp eq i64 %591, 0
  %593 = zext i1 %592 to i32
  %594 = icmp ne i32 %593, 0
  br i1 %594, label %then74, label %else75

then74:                                           ; preds = %ok73
  %595 = load i32, i32* %list.1, align 4
  %596 = load i32, i32* %len.1, align 4
  %597 = mul i32 %596, 8
  %598 = add i32 %595, %597
  %599 = load i64, i64* %x.2, align 8
  %600 = zext i32 %598 to i64
  %601 = add i64 %600, 8
  %602 = add i64 %601, 8
  %603 = icmp uge i64 %601, %scratch_start
  %604 = load i64, i64* %highEnd, align 8
  %605 = icmp ule i64 %602, %604
  %606 = and i1 %603, %605
  %607 = call i1 @llvm.expect.i1(i1 %606, i1 true)
  br i1 %607, label %write.ok79, label %write.low77

else75:                                           ; preds = %ok73
  br label %join76

join76:                                           ; preds = %else75, %write.ok79
  %608 = load i32, i32* %k.2, align 4
  %609 = add i32 %608, 1
  store i32 %609, i32* %k.2, align 4
  br label %each1567

write.low77:                                      ; preds = %then74
  %610 = load i64, i64* %lowStart, align 8
  %611 = icmp uge i64 %601, %610
  %612 = load i64, i64* %lowEnd, align 8
  %613 = icmp ule i64 %602, %612
  %614 = and i1 %611, %613
  %615 = call i1 @llvm.expect.i1(i1 %614, i1 true)
  br i1 %615, label %write.ok79, label %write.slow78

write.slow78:                                     ; preds = %write.low77
  %616 = icmp ugt i64 %602, %arena_size
  br i1 %616, label %trap17.site0, label %ok80

write.ok79:                                       ; preds = %ok80, %write.low77, %then74
  %617 = getelementptr i8, i8* %mem, i64 %601
  store i64 %599, i64* %unaligned81, align 8
  %618 = bitcast i64* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %618, i64 8, i1 false)
  %619 = load i32, i32* %len.1, align 4
  %620 = add i32 %619, 1
  store i32 %620, i32* %len.1, align 4
  br label %join76

ok80:                                             ; preds = %write.slow78
  %621 = icmp ult i64 %601, %scratch_start
  %622 = load i64, i64* %lowStart, align 8
  %623 = call i64 @llvm.umin.i64(i64 %622, i64 %601)
  %624 = load i64, i64* %lowEnd, align 8
  %625 = load i64, i64* %highEnd, align 8
  %626 = add i64 %602, 64
  %627 = sub i64 %602, %623
  %628 = lshr i64 %627, 4
  %629 = add i64 %626, %628
  %630 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %629)
  %631 = call i64 @llvm.umax.i64(i64 %624, i64 %630)
  %632 = select i1 %621, i64 %631, i64 %624
  store i64 %632, i64* %lowEnd, align 8
  %633 = add i64 %602, 64
  %634 = sub i64 %602, %scratch_start
  %635 = lshr i64 %634, 4
  %636 = add i64 %633, %635
  %637 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %636)
  %638 = call i64 @llvm.umax.i64(i64 %625, i64 %637)
  %639 = select i1 %621, i64 %625, i64 %638
  store i64 %639, i64* %highEnd, align 8
  store i64 %623, i64* %lowStart, align 8
  br label %write.ok79

dead82:                                           ; No predecessors!
  br label %block1466

write.low83:                                      ; preds = %versioned.join52
  %640 = load i64, i64* %lowStart, align 8
  %641 = icmp uge i64 %481, %640
  %642 = load i64, i64* %lowEnd, align 8
  %643 = icmp ule i64 %482, %642
  %644 = and i1 %641, %643
  %645 = call i1 @llvm.expect.i1(i1 %644, i1 true)
  br i1 %645, label %write.ok85, label %write.slow84

write.slow84:                                     ; preds = %write.low83
  %646 = icmp ugt i64 %482, %arena_size
  br i1 %646, label %trap17.site0, label %ok86

write.ok85:                                       ; preds = %ok86, %write.low83, %versioned.join52
  %647 = getelementptr i8, i8* %mem, i64 %481
  store i32 %480, i32* %unaligned87, align 4
  %648 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %647, i8* %648, i64 4, i1 false)
  %649 = load i32, i32* %list.1, align 4
  store i32 %649, i32* %result40, align 4
  br label %e12

ok86:                                             ; preds = %write.slow84
  %650 = icmp ult i64 %481, %scratch_start
  %651 = load i64, i64* %lowStart, align 8
  %652 = call i64 @llvm.umin.i64(i64 %651, i64 %481)
  %653 = load i64, i64* %lowEnd, align 8
  %654 = load i64, i64* %highEnd, align 8
  %655 = add i64 %482, 64
  %656 = sub i64 %482, %652
  %657 = lshr i64 %656, 4
  %658 = add i64 %655, %657
  %659 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %658)
  %660 = call i64 @llvm.umax.i64(i64 %653, i64 %659)
  %661 = select i1 %650, i64 %660, i64 %653
  store i64 %661, i64* %lowEnd, align 8
  %662 = add i64 %482, 64
  %663 = sub i64 %482, %scratch_start
  %664 = lshr i64 %663, 4
  %665 = add i64 %662, %664
  %666 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %665)
  %667 = call i64 @llvm.umax.i64(i64 %654, i64 %666)
  %668 = select i1 %650, i64 %654, i64 %667
  store i64 %668, i64* %highEnd, align 8
  store i64 %652, i64* %lowStart, align 8
  br label %write.ok85

write.low88:                                      ; preds = %e12
  %669 = load i64, i64* %lowStart, align 8
  %670 = icmp uge i64 %406, %669
  %671 = load i64, i64* %lowEnd, align 8
  %672 = icmp ule i64 %407, %671
  %673 = and i1 %670, %672
  %674 = call i1 @llvm.expect.i1(i1 %673, i1 true)
  br i1 %674, label %write.ok90, label %write.slow89

write.slow89:                                     ; preds = %write.low88
  %675 = icmp ugt i64 %407, %arena_size
  br i1 %675, label %trap17.site0, label %ok91

write.ok90:                                       ; preds = %ok91, %write.low88, %e12
  %676 = getelementptr i8, i8* %mem, i64 %406
  store i32 %404, i32* %unaligned92, align 4
  %677 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %676, i8* %677, i64 4, i1 false)
  %678 = load i32, i32* %xs, align 4
  store i32 %678, i32* %xs.3, align 4
  store i64 0, i64* %acc, align 8
  %679 = load i32, i32* %xs.3, align 4
  %680 = zext i32 %679 to i64
  %681 = sub i64 %arena_size, 4
  %682 = icmp sgt i64 %680, %681
  br i1 %682, label %trap17.site0, label %ok94

ok91:                                             ; preds = %write.slow89
  %683 = icmp ult i64 %406, %scratch_start
  %684 = load i64, i64* %lowStart, align 8
  %685 = call i64 @llvm.umin.i64(i64 %684, i64 %406)
  %686 = load i64, i64* %lowEnd, align 8
  %687 = load i64, i64* %highEnd, align 8
  %688 = add i64 %407, 64
  %689 = sub i64 %407, %685
  %690 = lshr i64 %689, 4
  %691 = add i64 %688, %690
  %692 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %691)
  %693 = call i64 @llvm.umax.i64(i64 %686, i64 %692)
  %694 = select i1 %683, i64 %693, i64 %686
  store i64 %694, i64* %lowEnd, align 8
  %695 = add i64 %407, 64
  %696 = sub i64 %407, %scratch_start
  %697 = lshr i64 %696, 4
  %698 = add i64 %695, %697
  %699 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %698)
  %700 = call i64 @llvm.umax.i64(i64 %687, i64 %699)
  %701 = select i1 %683, i64 %687, i64 %700
  store i64 %701, i64* %highEnd, align 8
  store i64 %685, i64* %lowStart, align 8
  br label %write.ok90

e21:                                              ; preds = %versioned.join98
  %702 = load i64, i64* %result93, align 8
  store i64 %702, i64* %total, align 8
  %703 = load i32, i32* %dict, align 4
  %704 = load i64, i64* %total, align 8
  %705 = zext i32 %703 to i64
  %706 = add i64 %705, 8
  %707 = add i64 %706, 8
  %708 = icmp uge i64 %706, %scratch_start
  %709 = load i64, i64* %highEnd, align 8
  %710 = icmp ule i64 %707, %709
  %711 = and i1 %708, %710
  %712 = call i1 @llvm.expect.i1(i1 %711, i1 true)
  br i1 %712, label %write.ok113, label %write.low111

ok94:                                             ; preds = %write.ok90
  %713 = getelementptr i8, i8* %mem, i64 %680
  %714 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %714, i8* %713, i64 4, i1 false)
  %715 = load i32, i32* %unaligned95, align 4
  store i32 %715, i32* %n.2, align 4
  store i32 0, i32* %k.3, align 4
  %716 = load i32, i32* %k.3, align 4
  %717 = load i32, i32* %n.2, align 4
  %718 = icmp ugt i32 %717, %716
  %719 = sub i32 %717, %716
  %720 = select i1 %718, i32 %719, i32 0
  %721 = zext i32 %720 to i64
  %722 = load i64, i64* %fuel, align 8
  %723 = icmp ult i64 %721, %722
  %724 = icmp ne i64 %721, 0
  %725 = icmp ult i64 %721, 4294967296
  %726 = and i1 %724, %725
  %727 = and i1 %723, %726
  %728 = load i32, i32* %xs.3, align 4
  %729 = zext i32 %728 to i64
  %730 = load i32, i32* %k.3, align 4
  %731 = zext i32 %730 to i64
  %732 = add i64 %731, %721
  %733 = sub i64 %732, 1
  %734 = mul i64 %733, 8
  %735 = add i64 %729, %734
  %736 = add i64 %735, 16
  %737 = icmp ult i64 %733, 4294967296
  %738 = icmp ule i64 %736, %arena_size
  %739 = and i1 %737, %738
  %740 = and i1 %727, %739
  %741 = call i1 @llvm.expect.i1(i1 %740, i1 true)
  br i1 %741, label %versioned.fast96, label %versioned.slow97

versioned.fast96:                                 ; preds = %ok94
  %742 = add i64 %721, 1
  %743 = mul i64 %742, 1
  %744 = sub i64 %722, %743
  store i64 %744, i64* %fuel, align 8
  br label %each25

versioned.slow97:                                 ; preds = %ok94
  br label %each25104

versioned.join98:                                 ; preds = %block24103, %block24
  %745 = load i64, i64* %acc, align 8
  store i64 %745, i64* %result93, align 8
  br label %e21

block24:                                          ; preds = %dead102, %each25
  br label %versioned.join98

each25:                                           ; preds = %ok101, %versioned.fast96
  %746 = load i32, i32* %k.3, align 4
  %747 = load i32, i32* %n.2, align 4
  %748 = icmp uge i32 %746, %747
  %749 = zext i1 %748 to i32
  %750 = icmp ne i32 %749, 0
  br i1 %750, label %block24, label %cont99

cont99:                                           ; preds = %each25
  %751 = load i32, i32* %k.3, align 4
  %752 = zext i32 %751 to i64
  %753 = mul i64 %752, 8
  %754 = load i32, i32* %xs.3, align 4
  %755 = zext i32 %754 to i64
  %756 = add i64 %755, %753
  %757 = add i64 %756, 8
  %758 = getelementptr i8, i8* %mem, i64 %757
  %759 = bitcast i64* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %759, i8* %758, i64 8, i1 false)
  %760 = load i64, i64* %unaligned100, align 8
  store i64 %760, i64* %x.4, align 8
  %761 = load i64, i64* %acc, align 8
  store i64 %761, i64* %acc.1, align 8
  %762 = load i64, i64* %x.4, align 8
  store i64 %762, i64* %x.5, align 8
  %763 = load i64, i64* %acc.1, align 8
  %764 = load i64, i64* %x.5, align 8
  %765 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %763, i64 %764)
  %766 = extractvalue { i64, i1 } %765, 1
  br i1 %766, label %trap2.site12, label %ok101

ok101:                                            ; preds = %cont99
  %767 = extractvalue { i64, i1 } %765, 0
  store i64 %767, i64* %acc, align 8
  %768 = load i32, i32* %k.3, align 4
  %769 = add i32 %768, 1
  store i32 %769, i32* %k.3, align 4
  br label %each25

trap2.site12:                                     ; preds = %ok107, %cont99
  %770 = load i64, i64* %lowStart, align 8
  %771 = getelementptr i64, i64* %regs, i64 6
  store i64 %770, i64* %771, align 8
  %772 = load i64, i64* %lowEnd, align 8
  %773 = getelementptr i64, i64* %regs, i64 7
  store i64 %772, i64* %773, align 8
  %774 = load i64, i64* %highEnd, align 8
  %775 = getelementptr i64, i64* %regs, i64 8
  store i64 %774, i64* %775, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

dead102:                                          ; No predecessors!
  br label %block24

block24103:                                       ; preds = %dead110, %ok105
  br label %versioned.join98

each25104:                                        ; preds = %ok109, %versioned.slow97
  %776 = load i64, i64* %fuel, align 8
  %777 = icmp ult i64 %776, 1
  br i1 %777, label %trap14.site0, label %ok105

ok105:                                            ; preds = %each25104
  %778 = sub i64 %776, 1
  store i64 %778, i64* %fuel, align 8
  %779 = load i32, i32* %k.3, align 4
  %780 = load i32, i32* %n.2, align 4
  %781 = icmp uge i32 %779, %780
  %782 = zext i1 %781 to i32
  %783 = icmp ne i32 %782, 0
  br i1 %783, label %block24103, label %cont106

cont106:                                          ; preds = %ok105
  %784 = load i32, i32* %xs.3, align 4
  %785 = load i32, i32* %k.3, align 4
  %786 = mul i32 %785, 8
  %787 = add i32 %784, %786
  %788 = zext i32 %787 to i64
  %789 = sub i64 %arena_size, 16
  %790 = icmp sgt i64 %788, %789
  br i1 %790, label %trap17.site0, label %ok107

ok107:                                            ; preds = %cont106
  %791 = add i64 %788, 8
  %792 = getelementptr i8, i8* %mem, i64 %791
  %793 = bitcast i64* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %793, i8* %792, i64 8, i1 false)
  %794 = load i64, i64* %unaligned108, align 8
  store i64 %794, i64* %x.4, align 8
  %795 = load i64, i64* %acc, align 8
  store i64 %795, i64* %acc.1, align 8
  %796 = load i64, i64* %x.4, align 8
  store i64 %796, i64* %x.5, align 8
  %797 = load i64, i64* %acc.1, align 8
  %798 = load i64, i64* %x.5, align 8
  %799 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %797, i64 %798)
  %800 = extractvalue { i64, i1 } %799, 1
  br i1 %800, label %trap2.site12, label %ok109

ok109:                                            ; preds = %ok107
  %801 = extractvalue { i64, i1 } %799, 0
  store i64 %801, i64* %acc, align 8
  %802 = load i32, i32* %k.3, align 4
  %803 = add i32 %802, 1
  store i32 %803, i32* %k.3, align 4
  br label %each25104

dead110:                                          ; No predecessors!
  br label %block24103

write.low111:                                     ; preds = %e21
  %804 = load i64, i64* %lowStart, align 8
  %805 = icmp uge i64 %706, %804
  %806 = load i64, i64* %lowEnd, align 8
  %807 = icmp ule i64 %707, %806
  %808 = and i1 %805, %807
  %809 = call i1 @llvm.expect.i1(i1 %808, i1 true)
  br i1 %809, label %write.ok113, label %write.slow112

write.slow112:                                    ; preds = %write.low111
  %810 = icmp ugt i64 %707, %arena_size
  br i1 %810, label %trap17.site0, label %ok114

write.ok113:                                      ; preds = %ok114, %write.low111, %e21
  %811 = getelementptr i8, i8* %mem, i64 %706
  store i64 %704, i64* %unaligned115, align 8
  %812 = bitcast i64* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %811, i8* %812, i64 8, i1 false)
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %813 = load i64, i64* %hi, align 8
  %814 = load i64, i64* %lo, align 8
  %815 = icmp sgt i64 %813, %814
  %816 = zext i1 %815 to i32
  %817 = icmp ne i32 %816, 0
  br i1 %817, label %then117, label %else118

ok114:                                            ; preds = %write.slow112
  %818 = icmp ult i64 %706, %scratch_start
  %819 = load i64, i64* %lowStart, align 8
  %820 = call i64 @llvm.umin.i64(i64 %819, i64 %706)
  %821 = load i64, i64* %lowEnd, align 8
  %822 = load i64, i64* %highEnd, align 8
  %823 = add i64 %707, 64
  %824 = sub i64 %707, %820
  %825 = lshr i64 %824, 4
  %826 = add i64 %823, %825
  %827 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %826)
  %828 = call i64 @llvm.umax.i64(i64 %821, i64 %827)
  %829 = select i1 %818, i64 %828, i64 %821
  store i64 %829, i64* %lowEnd, align 8
  %830 = add i64 %707, 64
  %831 = sub i64 %707, %scratch_start
  %832 = lshr i64 %831, 4
  %833 = add i64 %830, %832
  %834 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %833)
  %835 = call i64 @llvm.umax.i64(i64 %822, i64 %834)
  %836 = select i1 %818, i64 %822, i64 %835
  store i64 %836, i64* %highEnd, align 8
  store i64 %820, i64* %lowStart, align 8
  br label %write.ok113

e29:                                              ; preds = %write.ok158
  %837 = load i32, i32* %result116, align 4
  store i32 %837, i32* %adders, align 4
  %838 = load i32, i32* %dict, align 4
  %839 = load i32, i32* %adders, align 4
  %840 = zext i32 %838 to i64
  %841 = add i64 %840, 16
  %842 = add i64 %841, 4
  %843 = icmp uge i64 %841, %scratch_start
  %844 = load i64, i64* %highEnd, align 8
  %845 = icmp ule i64 %842, %844
  %846 = and i1 %843, %845
  %847 = call i1 @llvm.expect.i1(i1 %846, i1 true)
  br i1 %847, label %write.ok163, label %write.low161

then117:                                          ; preds = %write.ok113
  %848 = load i64, i64* %hi, align 8
  %849 = load i64, i64* %lo, align 8
  %850 = sub i64 %848, %849
  store i64 %850, i64* %result120, align 8
  br label %join119

else118:                                          ; preds = %write.ok113
  store i64 0, i64* %result120, align 8
  br label %join119

join119:                                          ; preds = %else118, %then117
  %851 = load i64, i64* %result120, align 8
  store i64 %851, i64* %count, align 8
  %852 = load i64, i64* %count, align 8
  %853 = icmp slt i64 %852, 0
  %854 = zext i1 %853 to i32
  %855 = load i64, i64* %count, align 8
  %856 = icmp sgt i64 %855, 2147483647
  %857 = zext i1 %856 to i32
  %858 = or i32 %854, %857
  %859 = icmp ne i32 %858, 0
  br i1 %859, label %then121, label %else122

then121:                                          ; preds = %join119
  br label %trap15.site13

else122:                                          ; preds = %join119
  br label %join123

join123:                                          ; preds = %else122, %dead124
  %860 = load i64, i64* %count, align 8
  %861 = trunc i64 %860 to i32
  %862 = zext i32 %861 to i64
  %863 = mul i64 %862, 4
  %864 = add i64 4, %863
  store i64 %864, i64* %size.2, align 8
  %865 = load i64, i64* %size.2, align 8
  %866 = icmp ugt i64 %865, 2147483647
  %867 = zext i1 %866 to i32
  %868 = icmp ne i32 %867, 0
  br i1 %868, label %then125, label %else126

trap15.site13:                                    ; preds = %then121
  %869 = load i64, i64* %lowStart, align 8
  %870 = getelementptr i64, i64* %regs, i64 6
  store i64 %869, i64* %870, align 8
  %871 = load i64, i64* %lowEnd, align 8
  %872 = getelementptr i64, i64* %regs, i64 7
  store i64 %871, i64* %872, align 8
  %873 = load i64, i64* %highEnd, align 8
  %874 = getelementptr i64, i64* %regs, i64 8
  store i64 %873, i64* %874, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead124:                                          ; No predecessors!
  br label %join123

then125:                                          ; preds = %join123
  br label %trap15.site14

else126:                                          ; preds = %join123
  br label %join127

join127:                                          ; preds = %else126, %dead128
  %875 = load i64, i64* %size.2, align 8
  %876 = trunc i64 %875 to i32
  %877 = zext i32 %876 to i64
  %878 = getelementptr i64, i64* %regs, i64 1
  %879 = getelementptr i64, i64* %regs, i64 2
  %880 = load i64, i64* %878, align 8
  %881 = add i64 %880, 3
  %882 = and i64 %881, -4
  %883 = add i64 %882, %877
  %884 = load i64, i64* %879, align 8
  %885 = icmp ugt i64 %883, %884
  br i1 %885, label %trap15.site14, label %ok129

trap15.site14:                                    ; preds = %join127, %then125
  %886 = load i64, i64* %lowStart, align 8
  %887 = getelementptr i64, i64* %regs, i64 6
  store i64 %886, i64* %887, align 8
  %888 = load i64, i64* %lowEnd, align 8
  %889 = getelementptr i64, i64* %regs, i64 7
  store i64 %888, i64* %889, align 8
  %890 = load i64, i64* %highEnd, align 8
  %891 = getelementptr i64, i64* %regs, i64 8
  store i64 %890, i64* %891, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead128:                                          ; No predecessors!
  br label %join127

ok129:                                            ; preds = %join127
  store i64 %883, i64* %878, align 8
  %892 = load i64, i64* %highEnd, align 8
  %893 = call i64 @llvm.umax.i64(i64 %892, i64 %883)
  store i64 %893, i64* %highEnd, align 8
  %894 = trunc i64 %882 to i32
  store i32 %894, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %895 = load i64, i64* %lo, align 8
  store i64 %895, i64* %i, align 8
  br label %range33

block32:                                          ; preds = %dead155, %ok130
  %896 = load i32, i32* %list.2, align 4
  %897 = load i32, i32* %len.2, align 4
  %898 = zext i32 %896 to i64
  %899 = add i64 %898, 4
  %900 = icmp uge i64 %898, %scratch_start
  %901 = load i64, i64* %highEnd, align 8
  %902 = icmp ule i64 %899, %901
  %903 = and i1 %900, %902
  %904 = call i1 @llvm.expect.i1(i1 %903, i1 true)
  br i1 %904, label %write.ok158, label %write.low156

range33:                                          ; preds = %write.ok152, %ok129
  %905 = load i64, i64* %fuel, align 8
  %906 = icmp ult i64 %905, 1
  br i1 %906, label %trap14.site0, label %ok130

ok130:                                            ; preds = %range33
  %907 = sub i64 %905, 1
  store i64 %907, i64* %fuel, align 8
  %908 = load i64, i64* %i, align 8
  %909 = load i64, i64* %hi, align 8
  %910 = icmp sge i64 %908, %909
  %911 = zext i1 %910 to i32
  %912 = icmp ne i32 %911, 0
  br i1 %912, label %block32, label %cont131

cont131:                                          ; preds = %ok130
  %913 = load i64, i64* %i, align 8
  store i64 %913, i64* %i.1, align 8
  %914 = load i32, i32* %list.2, align 4
  %915 = load i32, i32* %len.2, align 4
  %916 = mul i32 %915, 4
  %917 = add i32 %914, %916
  %918 = getelementptr i64, i64* %regs, i64 1
  %919 = getelementptr i64, i64* %regs, i64 2
  %920 = load i64, i64* %918, align 8
  %921 = add i64 %920, 7
  %922 = and i64 %921, -8
  %923 = add i64 %922, 8
  %924 = load i64, i64* %919, align 8
  %925 = icmp ugt i64 %923, %924
  br i1 %925, label %trap15.site15, label %ok133

e34:                                              ; preds = %write.ok147
  %926 = load i32, i32* %result132, align 4
  %927 = zext i32 %917 to i64
  %928 = add i64 %927, 4
  %929 = add i64 %928, 4
  %930 = icmp uge i64 %928, %scratch_start
  %931 = load i64, i64* %highEnd, align 8
  %932 = icmp ule i64 %929, %931
  %933 = and i1 %930, %932
  %934 = call i1 @llvm.expect.i1(i1 %933, i1 true)
  br i1 %934, label %write.ok152, label %write.low150

ok133:                                            ; preds = %cont131
  store i64 %923, i64* %918, align 8
  %935 = load i64, i64* %highEnd, align 8
  %936 = call i64 @llvm.umax.i64(i64 %935, i64 %923)
  store i64 %936, i64* %highEnd, align 8
  %937 = trunc i64 %922 to i32
  store i32 %937, i32* %env, align 4
  %938 = load i32, i32* %env, align 4
  %939 = load i64, i64* %i.1, align 8
  %940 = zext i32 %938 to i64
  %941 = add i64 %940, 8
  %942 = icmp uge i64 %940, %scratch_start
  %943 = load i64, i64* %highEnd, align 8
  %944 = icmp ule i64 %941, %943
  %945 = and i1 %942, %944
  %946 = call i1 @llvm.expect.i1(i1 %945, i1 true)
  br i1 %946, label %write.ok136, label %write.low134

trap15.site15:                                    ; preds = %write.ok136, %cont131
  %947 = load i64, i64* %lowStart, align 8
  %948 = getelementptr i64, i64* %regs, i64 6
  store i64 %947, i64* %948, align 8
  %949 = load i64, i64* %lowEnd, align 8
  %950 = getelementptr i64, i64* %regs, i64 7
  store i64 %949, i64* %950, align 8
  %951 = load i64, i64* %highEnd, align 8
  %952 = getelementptr i64, i64* %regs, i64 8
  store i64 %951, i64* %952, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

write.low134:                                     ; preds = %ok133
  %953 = load i64, i64* %lowStart, align 8
  %954 = icmp uge i64 %940, %953
  %955 = load i64, i64* %lowEnd, align 8
  %956 = icmp ule i64 %941, %955
  %957 = and i1 %954, %956
  %958 = call i1 @llvm.expect.i1(i1 %957, i1 true)
  br i1 %958, label %write.ok136, label %write.slow135

write.slow135:                                    ; preds = %write.low134
  %959 = icmp ugt i64 %941, %arena_size
  br i1 %959, label %trap17.site0, label %ok137

write.ok136:                                      ; preds = %ok137, %write.low134, %ok133
  %960 = getelementptr i8, i8* %mem, i64 %940
  store i64 %939, i64* %unaligned138, align 8
  %961 = bitcast i64* %unaligned138 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %960, i8* %961, i64 8, i1 false)
  %962 = getelementptr i64, i64* %regs, i64 1
  %963 = getelementptr i64, i64* %regs, i64 2
  %964 = load i64, i64* %962, align 8
  %965 = add i64 %964, 3
  %966 = and i64 %965, -4
  %967 = add i64 %966, 8
  %968 = load i64, i64* %963, align 8
  %969 = icmp ugt i64 %967, %968
  br i1 %969, label %trap15.site15, label %ok139

ok137:                                            ; preds = %write.slow135
  %970 = icmp ult i64 %940, %scratch_start
  %971 = load i64, i64* %lowStart, align 8
  %972 = call i64 @llvm.umin.i64(i64 %971, i64 %940)
  %973 = load i64, i64* %lowEnd, align 8
  %974 = load i64, i64* %highEnd, align 8
  %975 = add i64 %941, 64
  %976 = sub i64 %941, %972
  %977 = lshr i64 %976, 4
  %978 = add i64 %975, %977
  %979 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %978)
  %980 = call i64 @llvm.umax.i64(i64 %973, i64 %979)
  %981 = select i1 %970, i64 %980, i64 %973
  store i64 %981, i64* %lowEnd, align 8
  %982 = add i64 %941, 64
  %983 = sub i64 %941, %scratch_start
  %984 = lshr i64 %983, 4
  %985 = add i64 %982, %984
  %986 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %985)
  %987 = call i64 @llvm.umax.i64(i64 %974, i64 %986)
  %988 = select i1 %970, i64 %974, i64 %987
  store i64 %988, i64* %highEnd, align 8
  store i64 %972, i64* %lowStart, align 8
  br label %write.ok136

ok139:                                            ; preds = %write.ok136
  store i64 %967, i64* %962, align 8
  %989 = load i64, i64* %highEnd, align 8
  %990 = call i64 @llvm.umax.i64(i64 %989, i64 %967)
  store i64 %990, i64* %highEnd, align 8
  %991 = trunc i64 %966 to i32
  store i32 %991, i32* %closure, align 4
  %992 = load i32, i32* %closure, align 4
  %993 = zext i32 %992 to i64
  %994 = add i64 %993, 4
  %995 = icmp uge i64 %993, %scratch_start
  %996 = load i64, i64* %highEnd, align 8
  %997 = icmp ule i64 %994, %996
  %998 = and i1 %995, %997
  %999 = call i1 @llvm.expect.i1(i1 %998, i1 true)
  br i1 %999, label %write.ok142, label %write.low140

write.low140:                                     ; preds = %ok139
  %1000 = load i64, i64* %lowStart, align 8
  %1001 = icmp uge i64 %993, %1000
  %1002 = load i64, i64* %lowEnd, align 8
  %1003 = icmp ule i64 %994, %1002
  %1004 = and i1 %1001, %1003
  %1005 = call i1 @llvm.expect.i1(i1 %1004, i1 true)
  br i1 %1005, label %write.ok142, label %write.slow141

write.slow141:                                    ; preds = %write.low140
  %1006 = icmp ugt i64 %994, %arena_size
  br i1 %1006, label %trap17.site0, label %ok143

write.ok142:                                      ; preds = %ok143, %write.low140, %ok139
  %1007 = getelementptr i8, i8* %mem, i64 %993
  store i32 0, i32* %unaligned144, align 4
  %1008 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1007, i8* %1008, i64 4, i1 false)
  %1009 = load i32, i32* %closure, align 4
  %1010 = load i32, i32* %env, align 4
  %1011 = zext i32 %1009 to i64
  %1012 = add i64 %1011, 4
  %1013 = add i64 %1012, 4
  %1014 = icmp uge i64 %1012, %scratch_start
  %1015 = load i64, i64* %highEnd, align 8
  %1016 = icmp ule i64 %1013, %1015
  %1017 = and i1 %1014, %1016
  %1018 = call i1 @llvm.expect.i1(i1 %1017, i1 true)
  br i1 %1018, label %write.ok147, label %write.low145

ok143:                                            ; preds = %write.slow141
  %1019 = icmp ult i64 %993, %scratch_start
  %1020 = load i64, i64* %lowStart, align 8
  %1021 = call i64 @llvm.umin.i64(i64 %1020, i64 %993)
  %1022 = load i64, i64* %lowEnd, align 8
  %1023 = load i64, i64* %highEnd, align 8
  %1024 = add i64 %994, 64
  %1025 = sub i64 %994, %1021
  %1026 = lshr i64 %1025, 4
  %1027 = add i64 %1024, %1026
  %1028 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1027)
  %1029 = call i64 @llvm.umax.i64(i64 %1022, i64 %1028)
  %1030 = select i1 %1019, i64 %1029, i64 %1022
  store i64 %1030, i64* %lowEnd, align 8
  %1031 = add i64 %994, 64
  %1032 = sub i64 %994, %scratch_start
  %1033 = lshr i64 %1032, 4
  %1034 = add i64 %1031, %1033
  %1035 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1034)
  %1036 = call i64 @llvm.umax.i64(i64 %1023, i64 %1035)
  %1037 = select i1 %1019, i64 %1023, i64 %1036
  store i64 %1037, i64* %highEnd, align 8
  store i64 %1021, i64* %lowStart, align 8
  br label %write.ok142

write.low145:                                     ; preds = %write.ok142
  %1038 = load i64, i64* %lowStart, align 8
  %1039 = icmp uge i64 %1012, %1038
  %1040 = load i64, i64* %lowEnd, align 8
  %1041 = icmp ule i64 %1013, %1040
  %1042 = and i1 %1039, %1041
  %1043 = call i1 @llvm.expect.i1(i1 %1042, i1 true)
  br i1 %1043, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %1044 = icmp ugt i64 %1013, %arena_size
  br i1 %1044, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %write.ok142
  %1045 = getelementptr i8, i8* %mem, i64 %1012
  store i32 %1010, i32* %unaligned149, align 4
  %1046 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1045, i8* %1046, i64 4, i1 false)
  %1047 = load i32, i32* %closure, align 4
  store i32 %1047, i32* %result132, align 4
  br label %e34

ok148:                                            ; preds = %write.slow146
  %1048 = icmp ult i64 %1012, %scratch_start
  %1049 = load i64, i64* %lowStart, align 8
  %1050 = call i64 @llvm.umin.i64(i64 %1049, i64 %1012)
  %1051 = load i64, i64* %lowEnd, align 8
  %1052 = load i64, i64* %highEnd, align 8
  %1053 = add i64 %1013, 64
  %1054 = sub i64 %1013, %1050
  %1055 = lshr i64 %1054, 4
  %1056 = add i64 %1053, %1055
  %1057 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1056)
  %1058 = call i64 @llvm.umax.i64(i64 %1051, i64 %1057)
  %1059 = select i1 %1048, i64 %1058, i64 %1051
  store i64 %1059, i64* %lowEnd, align 8
  %1060 = add i64 %1013, 64
  %1061 = sub i64 %1013, %scratch_start
  %1062 = lshr i64 %1061, 4
  %1063 = add i64 %1060, %1062
  %1064 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1063)
  %1065 = call i64 @llvm.umax.i64(i64 %1052, i64 %1064)
  %1066 = select i1 %1048, i64 %1052, i64 %1065
  store i64 %1066, i64* %highEnd, align 8
  store i64 %1050, i64* %lowStart, align 8
  br label %write.ok147

write.low150:                                     ; preds = %e34
  %1067 = load i64, i64* %lowStart, align 8
  %1068 = icmp uge i64 %928, %1067
  %1069 = load i64, i64* %lowEnd, align 8
  %1070 = icmp ule i64 %929, %1069
  %1071 = and i1 %1068, %1070
  %1072 = call i1 @llvm.expect.i1(i1 %1071, i1 true)
  br i1 %1072, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %1073 = icmp ugt i64 %929, %arena_size
  br i1 %1073, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %e34
  %1074 = getelementptr i8, i8* %mem, i64 %928
  store i32 %926, i32* %unaligned154, align 4
  %1075 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1074, i8* %1075, i64 4, i1 false)
  %1076 = load i32, i32* %len.2, align 4
  %1077 = add i32 %1076, 1
  store i32 %1077, i32* %len.2, align 4
  %1078 = load i64, i64* %i, align 8
  %1079 = add i64 %1078, 1
  store i64 %1079, i64* %i, align 8
  br label %range33

ok153:                                            ; preds = %write.slow151
  %1080 = icmp ult i64 %928, %scratch_start
  %1081 = load i64, i64* %lowStart, align 8
  %1082 = call i64 @llvm.umin.i64(i64 %1081, i64 %928)
  %1083 = load i64, i64* %lowEnd, align 8
  %1084 = load i64, i64* %highEnd, align 8
  %1085 = add i64 %929, 64
  %1086 = sub i64 %929, %1082
  %1087 = lshr i64 %1086, 4
  %1088 = add i64 %1085, %1087
  %1089 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1088)
  %1090 = call i64 @llvm.umax.i64(i64 %1083, i64 %1089)
  %1091 = select i1 %1080, i64 %1090, i64 %1083
  store i64 %1091, i64* %lowEnd, align 8
  %1092 = add i64 %929, 64
  %1093 = sub i64 %929, %scratch_start
  %1094 = lshr i64 %1093, 4
  %1095 = add i64 %1092, %1094
  %1096 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1095)
  %1097 = call i64 @llvm.umax.i64(i64 %1084, i64 %1096)
  %1098 = select i1 %1080, i64 %1084, i64 %1097
  store i64 %1098, i64* %highEnd, align 8
  store i64 %1082, i64* %lowStart, align 8
  br label %write.ok152

dead155:                                          ; No predecessors!
  br label %block32

write.low156:                                     ; preds = %block32
  %1099 = load i64, i64* %lowStart, align 8
  %1100 = icmp uge i64 %898, %1099
  %1101 = load i64, i64* %lowEnd, align 8
  %1102 = icmp ule i64 %899, %1101
  %1103 = and i1 %1100, %1102
  %1104 = call i1 @llvm.expect.i1(i1 %1103, i1 true)
  br i1 %1104, label %write.ok158, label %write.slow157

write.slow157:                                    ; preds = %write.low156
  %1105 = icmp ugt i64 %899, %arena_size
  br i1 %1105, label %trap17.site0, label %ok159

write.ok158:                                      ; preds = %ok159, %write.low156, %block32
  %1106 = getelementptr i8, i8* %mem, i64 %898
  store i32 %897, i32* %unaligned160, align 4
  %1107 = bitcast i32* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1106, i8* %1107, i64 4, i1 false)
  %1108 = load i32, i32* %list.2, align 4
  store i32 %1108, i32* %result116, align 4
  br label %e29

ok159:                                            ; preds = %write.slow157
  %1109 = icmp ult i64 %898, %scratch_start
  %1110 = load i64, i64* %lowStart, align 8
  %1111 = call i64 @llvm.umin.i64(i64 %1110, i64 %898)
  %1112 = load i64, i64* %lowEnd, align 8
  %1113 = load i64, i64* %highEnd, align 8
  %1114 = add i64 %899, 64
  %1115 = sub i64 %899, %1111
  %1116 = lshr i64 %1115, 4
  %1117 = add i64 %1114, %1116
  %1118 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1117)
  %1119 = call i64 @llvm.umax.i64(i64 %1112, i64 %1118)
  %1120 = select i1 %1109, i64 %1119, i64 %1112
  store i64 %1120, i64* %lowEnd, align 8
  %1121 = add i64 %899, 64
  %1122 = sub i64 %899, %scratch_start
  %1123 = lshr i64 %1122, 4
  %1124 = add i64 %1121, %1123
  %1125 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1124)
  %1126 = call i64 @llvm.umax.i64(i64 %1113, i64 %1125)
  %1127 = select i1 %1109, i64 %1113, i64 %1126
  store i64 %1127, i64* %highEnd, align 8
  store i64 %1111, i64* %lowStart, align 8
  br label %write.ok158

write.low161:                                     ; preds = %e29
  %1128 = load i64, i64* %lowStart, align 8
  %1129 = icmp uge i64 %841, %1128
  %1130 = load i64, i64* %lowEnd, align 8
  %1131 = icmp ule i64 %842, %1130
  %1132 = and i1 %1129, %1131
  %1133 = call i1 @llvm.expect.i1(i1 %1132, i1 true)
  br i1 %1133, label %write.ok163, label %write.slow162

write.slow162:                                    ; preds = %write.low161
  %1134 = icmp ugt i64 %842, %arena_size
  br i1 %1134, label %trap17.site0, label %ok164

write.ok163:                                      ; preds = %ok164, %write.low161, %e29
  %1135 = getelementptr i8, i8* %mem, i64 %841
  store i32 %839, i32* %unaligned165, align 4
  %1136 = bitcast i32* %unaligned165 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1135, i8* %1136, i64 4, i1 false)
  %1137 = load i32, i32* %adders, align 4
  store i32 %1137, i32* %xs.4, align 4
  %1138 = load i32, i32* %xs.4, align 4
  %1139 = zext i32 %1138 to i64
  %1140 = sub i64 %arena_size, 4
  %1141 = icmp sgt i64 %1139, %1140
  br i1 %1141, label %trap17.site0, label %ok167

ok164:                                            ; preds = %write.slow162
  %1142 = icmp ult i64 %841, %scratch_start
  %1143 = load i64, i64* %lowStart, align 8
  %1144 = call i64 @llvm.umin.i64(i64 %1143, i64 %841)
  %1145 = load i64, i64* %lowEnd, align 8
  %1146 = load i64, i64* %highEnd, align 8
  %1147 = add i64 %842, 64
  %1148 = sub i64 %842, %1144
  %1149 = lshr i64 %1148, 4
  %1150 = add i64 %1147, %1149
  %1151 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1150)
  %1152 = call i64 @llvm.umax.i64(i64 %1145, i64 %1151)
  %1153 = select i1 %1142, i64 %1152, i64 %1145
  store i64 %1153, i64* %lowEnd, align 8
  %1154 = add i64 %842, 64
  %1155 = sub i64 %842, %scratch_start
  %1156 = lshr i64 %1155, 4
  %1157 = add i64 %1154, %1156
  %1158 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1157)
  %1159 = call i64 @llvm.umax.i64(i64 %1146, i64 %1158)
  %1160 = select i1 %1142, i64 %1146, i64 %1159
  store i64 %1160, i64* %highEnd, align 8
  store i64 %1144, i64* %lowStart, align 8
  br label %write.ok163

e35:                                              ; preds = %write.ok194
  %1161 = load i32, i32* %result166, align 4
  store i32 %1161, i32* %applied, align 4
  %1162 = load i32, i32* %dict, align 4
  %1163 = load i32, i32* %applied, align 4
  %1164 = zext i32 %1162 to i64
  %1165 = add i64 %1164, 20
  %1166 = add i64 %1165, 4
  %1167 = icmp uge i64 %1165, %scratch_start
  %1168 = load i64, i64* %highEnd, align 8
  %1169 = icmp ule i64 %1166, %1168
  %1170 = and i1 %1167, %1169
  %1171 = call i1 @llvm.expect.i1(i1 %1170, i1 true)
  br i1 %1171, label %write.ok199, label %write.low197

ok167:                                            ; preds = %write.ok163
  %1172 = getelementptr i8, i8* %mem, i64 %1139
  %1173 = bitcast i32* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1173, i8* %1172, i64 4, i1 false)
  %1174 = load i32, i32* %unaligned168, align 4
  %1175 = zext i32 %1174 to i64
  %1176 = mul i64 %1175, 8
  %1177 = add i64 8, %1176
  store i64 %1177, i64* %size.3, align 8
  %1178 = load i64, i64* %size.3, align 8
  %1179 = icmp ugt i64 %1178, 2147483647
  %1180 = zext i1 %1179 to i32
  %1181 = icmp ne i32 %1180, 0
  br i1 %1181, label %then169, label %else170

then169:                                          ; preds = %ok167
  br label %trap15.site16

else170:                                          ; preds = %ok167
  br label %join171

join171:                                          ; preds = %else170, %dead172
  %1182 = load i64, i64* %size.3, align 8
  %1183 = trunc i64 %1182 to i32
  %1184 = zext i32 %1183 to i64
  %1185 = getelementptr i64, i64* %regs, i64 1
  %1186 = getelementptr i64, i64* %regs, i64 2
  %1187 = load i64, i64* %1185, align 8
  %1188 = add i64 %1187, 7
  %1189 = and i64 %1188, -8
  %1190 = add i64 %1189, %1184
  %1191 = load i64, i64* %1186, align 8
  %1192 = icmp ugt i64 %1190, %1191
  br i1 %1192, label %trap15.site16, label %ok173

trap15.site16:                                    ; preds = %join171, %then169
  %1193 = load i64, i64* %lowStart, align 8
  %1194 = getelementptr i64, i64* %regs, i64 6
  store i64 %1193, i64* %1194, align 8
  %1195 = load i64, i64* %lowEnd, align 8
  %1196 = getelementptr i64, i64* %regs, i64 7
  store i64 %1195, i64* %1196, align 8
  %1197 = load i64, i64* %highEnd, align 8
  %1198 = getelementptr i64, i64* %regs, i64 8
  store i64 %1197, i64* %1198, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead172:                                          ; No predecessors!
  br label %join171

ok173:                                            ; preds = %join171
  store i64 %1190, i64* %1185, align 8
  %1199 = load i64, i64* %highEnd, align 8
  %1200 = call i64 @llvm.umax.i64(i64 %1199, i64 %1190)
  store i64 %1200, i64* %highEnd, align 8
  %1201 = trunc i64 %1189 to i32
  store i32 %1201, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %1202 = load i32, i32* %xs.4, align 4
  %1203 = zext i32 %1202 to i64
  %1204 = sub i64 %arena_size, 4
  %1205 = icmp sgt i64 %1203, %1204
  br i1 %1205, label %trap17.site0, label %ok174

ok174:                                            ; preds = %ok173
  %1206 = getelementptr i8, i8* %mem, i64 %1203
  %1207 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1207, i8* %1206, i64 4, i1 false)
  %1208 = load i32, i32* %unaligned175, align 4
  store i32 %1208, i32* %n.3, align 4
  store i32 0, i32* %k.4, align 4
  br label %each38

block37:                                          ; preds = %dead191, %ok176
  %1209 = load i32, i32* %list.3, align 4
  %1210 = load i32, i32* %len.3, align 4
  %1211 = zext i32 %1209 to i64
  %1212 = add i64 %1211, 4
  %1213 = icmp uge i64 %1211, %scratch_start
  %1214 = load i64, i64* %highEnd, align 8
  %1215 = icmp ule i64 %1212, %1214
  %1216 = and i1 %1213, %1215
  %1217 = call i1 @llvm.expect.i1(i1 %1216, i1 true)
  br i1 %1217, label %write.ok194, label %write.low192

each38:                                           ; preds = %write.ok188, %ok174
  %1218 = load i64, i64* %fuel, align 8
  %1219 = icmp ult i64 %1218, 1
  br i1 %1219, label %trap14.site0, label %ok176

ok176:                                            ; preds = %each38
  %1220 = sub i64 %1218, 1
  store i64 %1220, i64* %fuel, align 8
  %1221 = load i32, i32* %k.4, align 4
  %1222 = load i32, i32* %n.3, align 4
  %1223 = icmp uge i32 %1221, %1222
  %1224 = zext i1 %1223 to i32
  %1225 = icmp ne i32 %1224, 0
  br i1 %1225, label %block37, label %cont177

cont177:                                          ; preds = %ok176
  %1226 = load i32, i32* %xs.4, align 4
  %1227 = load i32, i32* %k.4, align 4
  %1228 = mul i32 %1227, 4
  %1229 = add i32 %1226, %1228
  %1230 = zext i32 %1229 to i64
  %1231 = sub i64 %arena_size, 8
  %1232 = icmp sgt i64 %1230, %1231
  br i1 %1232, label %trap17.site0, label %ok178

ok178:                                            ; preds = %cont177
  %1233 = add i64 %1230, 4
  %1234 = getelementptr i8, i8* %mem, i64 %1233
  %1235 = bitcast i32* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1235, i8* %1234, i64 4, i1 false)
  %1236 = load i32, i32* %unaligned179, align 4
  store i32 %1236, i32* %x.6, align 4
  %1237 = load i32, i32* %x.6, align 4
  store i32 %1237, i32* %f, align 4
  %1238 = load i32, i32* %list.3, align 4
  %1239 = load i32, i32* %len.3, align 4
  %1240 = mul i32 %1239, 8
  %1241 = add i32 %1238, %1240
  %1242 = load i64, i64* %k, align 8
  store i64 %1242, i64* %arg, align 8
  %1243 = load i32, i32* %f, align 4
  store i32 %1243, i32* %callee, align 4
  %1244 = load i32, i32* %callee, align 4
  %1245 = zext i32 %1244 to i64
  %1246 = sub i64 %arena_size, 8
  %1247 = icmp sgt i64 %1245, %1246
  br i1 %1247, label %trap17.site0, label %ok181

e39:                                              ; preds = %stack_ok185
  %1248 = load i64, i64* %result180, align 8
  %1249 = zext i32 %1241 to i64
  %1250 = add i64 %1249, 8
  %1251 = add i64 %1250, 8
  %1252 = icmp uge i64 %1250, %scratch_start
  %1253 = load i64, i64* %highEnd, align 8
  %1254 = icmp ule i64 %1251, %1253
  %1255 = and i1 %1252, %1254
  %1256 = call i1 @llvm.expect.i1(i1 %1255, i1 true)
  br i1 %1256, label %write.ok188, label %write.low186

ok181:                                            ; preds = %ok178
  %1257 = add i64 %1245, 4
  %1258 = getelementptr i8, i8* %mem, i64 %1257
  %1259 = bitcast i32* %unaligned182 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1259, i8* %1258, i64 4, i1 false)
  %1260 = load i32, i32* %unaligned182, align 4
  %1261 = load i64, i64* %arg, align 8
  %1262 = load i32, i32* %callee, align 4
  %1263 = zext i32 %1262 to i64
  %1264 = sub i64 %arena_size, 4
  %1265 = icmp sgt i64 %1263, %1264
  br i1 %1265, label %trap17.site0, label %ok183

ok183:                                            ; preds = %ok181
  %1266 = getelementptr i8, i8* %mem, i64 %1263
  %1267 = bitcast i32* %unaligned184 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1267, i8* %1266, i64 4, i1 false)
  %1268 = load i32, i32* %unaligned184, align 4
  %1269 = icmp ult i64 %10, %stack_limit
  br i1 %1269, label %trap253.site0, label %stack_ok185

stack_ok185:                                      ; preds = %ok183
  %1270 = load i64, i64* %fuel, align 8
  %1271 = getelementptr i64, i64* %regs, i64 0
  store i64 %1270, i64* %1271, align 8
  %1272 = load i64, i64* %lowStart, align 8
  %1273 = getelementptr i64, i64* %regs, i64 6
  store i64 %1272, i64* %1273, align 8
  %1274 = load i64, i64* %lowEnd, align 8
  %1275 = getelementptr i64, i64* %regs, i64 7
  store i64 %1274, i64* %1275, align 8
  %1276 = load i64, i64* %highEnd, align 8
  %1277 = getelementptr i64, i64* %regs, i64 8
  store i64 %1276, i64* %1277, align 8
  %1278 = call i64 @m0.call_indirect.i32.i64-i64(i64* %regs, i8* %mem, i32 %depth, i32 17, i32 %1268, i32 %1260, i64 %1261)
  %1279 = getelementptr i64, i64* %regs, i64 0
  %1280 = load i64, i64* %1279, align 8
  store i64 %1280, i64* %fuel, align 8
  %1281 = getelementptr i64, i64* %regs, i64 6
  %1282 = load i64, i64* %1281, align 8
  store i64 %1282, i64* %lowStart, align 8
  %1283 = getelementptr i64, i64* %regs, i64 7
  %1284 = load i64, i64* %1283, align 8
  store i64 %1284, i64* %lowEnd, align 8
  %1285 = getelementptr i64, i64* %regs, i64 8
  %1286 = load i64, i64* %1285, align 8
  store i64 %1286, i64* %highEnd, align 8
  store i64 %1278, i64* %result180, align 8
  br label %e39

write.low186:                                     ; preds = %e39
  %1287 = load i64, i64* %lowStart, align 8
  %1288 = icmp uge i64 %1250, %1287
  %1289 = load i64, i64* %lowEnd, align 8
  %1290 = icmp ule i64 %1251, %1289
  %1291 = and i1 %1288, %1290
  %1292 = call i1 @llvm.expect.i1(i1 %1291, i1 true)
  br i1 %1292, label %write.ok188, label %write.slow187

write.slow187:                                    ; preds = %write.low186
  %1293 = icmp ugt i64 %1251, %arena_size
  br i1 %1293, label %trap17.site0, label %ok189

write.ok188:                                      ; preds = %ok189, %write.low186, %e39
  %1294 = getelementptr i8, i8* %mem, i64 %1250
  store i64 %1248, i64* %unaligned190, align 8
  %1295 = bitcast i64* %unaligned190 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1294, i8* %1295, i64 8, i1 false)
  %1296 = load i32, i32* %len.3, align 4
  %1297 = add i32 %1296, 1
  store i32 %1297, i32* %len.3, align 4
  %1298 = load i32, i32* %k.4, align 4
  %1299 = add i32 %1298, 1
  store i32 %1299, i32* %k.4, align 4
  br label %each38

ok189:                                            ; preds = %write.slow187
  %1300 = icmp ult i64 %1250, %scratch_start
  %1301 = load i64, i64* %lowStart, align 8
  %1302 = call i64 @llvm.umin.i64(i64 %1301, i64 %1250)
  %1303 = load i64, i64* %lowEnd, align 8
  %1304 = load i64, i64* %highEnd, align 8
  %1305 = add i64 %1251, 64
  %1306 = sub i64 %1251, %1302
  %1307 = lshr i64 %1306, 4
  %1308 = add i64 %1305, %1307
  %1309 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1308)
  %1310 = call i64 @llvm.umax.i64(i64 %1303, i64 %1309)
  %1311 = select i1 %1300, i64 %1310, i64 %1303
  store i64 %1311, i64* %lowEnd, align 8
  %1312 = add i64 %1251, 64
  %1313 = sub i64 %1251, %scratch_start
  %1314 = lshr i64 %1313, 4
  %1315 = add i64 %1312, %1314
  %1316 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1315)
  %1317 = call i64 @llvm.umax.i64(i64 %1304, i64 %1316)
  %1318 = select i1 %1300, i64 %1304, i64 %1317
  store i64 %1318, i64* %highEnd, align 8
  store i64 %1302, i64* %lowStart, align 8
  br label %write.ok188

dead191:                                          ; No predecessors!
  br label %block37

write.low192:                                     ; preds = %block37
  %1319 = load i64, i64* %lowStart, align 8
  %1320 = icmp uge i64 %1211, %1319
  %1321 = load i64, i64* %lowEnd, align 8
  %1322 = icmp ule i64 %1212, %1321
  %1323 = and i1 %1320, %1322
  %1324 = call i1 @llvm.expect.i1(i1 %1323, i1 true)
  br i1 %1324, label %write.ok194, label %write.slow193

write.slow193:                                    ; preds = %write.low192
  %1325 = icmp ugt i64 %1212, %arena_size
  br i1 %1325, label %trap17.site0, label %ok195

write.ok194:                                      ; preds = %ok195, %write.low192, %block37
  %1326 = getelementptr i8, i8* %mem, i64 %1211
  store i32 %1210, i32* %unaligned196, align 4
  %1327 = bitcast i32* %unaligned196 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1326, i8* %1327, i64 4, i1 false)
  %1328 = load i32, i32* %list.3, align 4
  store i32 %1328, i32* %result166, align 4
  br label %e35

ok195:                                            ; preds = %write.slow193
  %1329 = icmp ult i64 %1211, %scratch_start
  %1330 = load i64, i64* %lowStart, align 8
  %1331 = call i64 @llvm.umin.i64(i64 %1330, i64 %1211)
  %1332 = load i64, i64* %lowEnd, align 8
  %1333 = load i64, i64* %highEnd, align 8
  %1334 = add i64 %1212, 64
  %1335 = sub i64 %1212, %1331
  %1336 = lshr i64 %1335, 4
  %1337 = add i64 %1334, %1336
  %1338 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1337)
  %1339 = call i64 @llvm.umax.i64(i64 %1332, i64 %1338)
  %1340 = select i1 %1329, i64 %1339, i64 %1332
  store i64 %1340, i64* %lowEnd, align 8
  %1341 = add i64 %1212, 64
  %1342 = sub i64 %1212, %scratch_start
  %1343 = lshr i64 %1342, 4
  %1344 = add i64 %1341, %1343
  %1345 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1344)
  %1346 = call i64 @llvm.umax.i64(i64 %1333, i64 %1345)
  %1347 = select i1 %1329, i64 %1333, i64 %1346
  store i64 %1347, i64* %highEnd, align 8
  store i64 %1331, i64* %lowStart, align 8
  br label %write.ok194

write.low197:                                     ; preds = %e35
  %1348 = load i64, i64* %lowStart, align 8
  %1349 = icmp uge i64 %1165, %1348
  %1350 = load i64, i64* %lowEnd, align 8
  %1351 = icmp ule i64 %1166, %1350
  %1352 = and i1 %1349, %1351
  %1353 = call i1 @llvm.expect.i1(i1 %1352, i1 true)
  br i1 %1353, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1354 = icmp ugt i64 %1166, %arena_size
  br i1 %1354, label %trap17.site0, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %e35
  %1355 = getelementptr i8, i8* %mem, i64 %1165
  store i32 %1163, i32* %unaligned201, align 4
  %1356 = bitcast i32* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1355, i8* %1356, i64 4, i1 false)
  %1357 = load i32, i32* %dict, align 4
  store i32 %1357, i32* %result6, align 4
  br label %e2

ok200:                                            ; preds = %write.slow198
  %1358 = icmp ult i64 %1165, %scratch_start
  %1359 = load i64, i64* %lowStart, align 8
  %1360 = call i64 @llvm.umin.i64(i64 %1359, i64 %1165)
  %1361 = load i64, i64* %lowEnd, align 8
  %1362 = load i64, i64* %highEnd, align 8
  %1363 = add i64 %1166, 64
  %1364 = sub i64 %1166, %1360
  %1365 = lshr i64 %1364, 4
  %1366 = add i64 %1363, %1365
  %1367 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1366)
  %1368 = call i64 @llvm.umax.i64(i64 %1361, i64 %1367)
  %1369 = select i1 %1358, i64 %1368, i64 %1361
  store i64 %1369, i64* %lowEnd, align 8
  %1370 = add i64 %1166, 64
  %1371 = sub i64 %1166, %scratch_start
  %1372 = lshr i64 %1371, 4
  %1373 = add i64 %1370, %1372
  %1374 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1373)
  %1375 = call i64 @llvm.umax.i64(i64 %1362, i64 %1374)
  %1376 = select i1 %1358, i64 %1362, i64 %1375
  store i64 %1376, i64* %highEnd, align 8
  store i64 %1360, i64* %lowStart, align 8
  br label %write.ok199

ok202:                                            ; preds = %e0
  %1377 = icmp ult i64 %10, %stack_limit
  br i1 %1377, label %trap253.site0, label %stack_ok203

trap15.site0:                                     ; preds = %e0
  %1378 = load i64, i64* %lowStart, align 8
  %1379 = getelementptr i64, i64* %regs, i64 6
  store i64 %1378, i64* %1379, align 8
  %1380 = load i64, i64* %lowEnd, align 8
  %1381 = getelementptr i64, i64* %regs, i64 7
  store i64 %1380, i64* %1381, align 8
  %1382 = load i64, i64* %highEnd, align 8
  %1383 = getelementptr i64, i64* %regs, i64 8
  store i64 %1382, i64* %1383, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok203:                                      ; preds = %ok202
  %1384 = load i64, i64* %fuel, align 8
  %1385 = getelementptr i64, i64* %regs, i64 0
  store i64 %1384, i64* %1385, align 8
  %1386 = load i64, i64* %lowStart, align 8
  %1387 = getelementptr i64, i64* %regs, i64 6
  store i64 %1386, i64* %1387, align 8
  %1388 = load i64, i64* %lowEnd, align 8
  %1389 = getelementptr i64, i64* %regs, i64 7
  store i64 %1388, i64* %1389, align 8
  %1390 = load i64, i64* %highEnd, align 8
  %1391 = getelementptr i64, i64* %regs, i64 8
  store i64 %1390, i64* %1391, align 8
  %1392 = add i32 %depth, 1
  %1393 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1392, i32 %89, i32 %90, i32 0)
  %1394 = getelementptr i64, i64* %regs, i64 0
  %1395 = load i64, i64* %1394, align 8
  store i64 %1395, i64* %fuel, align 8
  %1396 = getelementptr i64, i64* %regs, i64 6
  %1397 = load i64, i64* %1396, align 8
  store i64 %1397, i64* %lowStart, align 8
  %1398 = getelementptr i64, i64* %regs, i64 7
  %1399 = load i64, i64* %1398, align 8
  store i64 %1399, i64* %lowEnd, align 8
  %1400 = getelementptr i64, i64* %regs, i64 8
  %1401 = load i64, i64* %1400, align 8
  store i64 %1401, i64* %highEnd, align 8
  store i32 %1393, i32* %json_end, align 4
  %1402 = load i32, i32* %json_end, align 4
  %1403 = icmp eq i32 %1402, -2
  %1404 = zext i1 %1403 to i32
  %1405 = icmp ne i32 %1404, 0
  br i1 %1405, label %then204, label %else205

then204:                                          ; preds = %stack_ok203
  br label %trap16.site18

else205:                                          ; preds = %stack_ok203
  br label %join206

join206:                                          ; preds = %else205, %dead207
  %1406 = load i32, i32* %json_end, align 4
  %1407 = icmp eq i32 %1406, -1
  %1408 = zext i1 %1407 to i32
  %1409 = icmp ne i32 %1408, 0
  br i1 %1409, label %then208, label %else209

trap16.site18:                                    ; preds = %then204
  %1410 = load i64, i64* %lowStart, align 8
  %1411 = getelementptr i64, i64* %regs, i64 6
  store i64 %1410, i64* %1411, align 8
  %1412 = load i64, i64* %lowEnd, align 8
  %1413 = getelementptr i64, i64* %regs, i64 7
  store i64 %1412, i64* %1413, align 8
  %1414 = load i64, i64* %highEnd, align 8
  %1415 = getelementptr i64, i64* %regs, i64 8
  store i64 %1414, i64* %1415, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 18)
  unreachable

dead207:                                          ; No predecessors!
  br label %join206

then208:                                          ; preds = %join206
  br label %trap15.site18

else209:                                          ; preds = %join206
  br label %join210

join210:                                          ; preds = %else209, %dead211
  %1416 = load i32, i32* %json_end, align 4
  %1417 = zext i32 %1416 to i64
  %1418 = getelementptr i64, i64* %regs, i64 3
  store i64 %1417, i64* %1418, align 8
  %1419 = load i32, i32* %json_end, align 4
  %1420 = load i32, i32* %json_start, align 4
  %1421 = sub i32 %1419, %1420
  %1422 = load i64, i64* %fuel, align 8
  %1423 = getelementptr i64, i64* %regs, i64 0
  store i64 %1422, i64* %1423, align 8
  %1424 = load i64, i64* %lowStart, align 8
  %1425 = getelementptr i64, i64* %regs, i64 6
  store i64 %1424, i64* %1425, align 8
  %1426 = load i64, i64* %lowEnd, align 8
  %1427 = getelementptr i64, i64* %regs, i64 7
  store i64 %1426, i64* %1427, align 8
  %1428 = load i64, i64* %highEnd, align 8
  %1429 = getelementptr i64, i64* %regs, i64 8
  store i64 %1428, i64* %1429, align 8
  ret i32 %1421

trap15.site18:                                    ; preds = %then208
  %1430 = load i64, i64* %lowStart, align 8
  %1431 = getelementptr i64, i64* %regs, i64 6
  store i64 %1430, i64* %1431, align 8
  %1432 = load i64, i64* %lowEnd, align 8
  %1433 = getelementptr i64, i64* %regs, i64 7
  store i64 %1432, i64* %1433, align 8
  %1434 = load i64, i64* %highEnd, align 8
  %1435 = getelementptr i64, i64* %regs, i64 8
  store i64 %1434, i64* %1435, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead211:                                          ; No predecessors!
  br label %join210
}

define internal i64 @m0.fn.adders.lambda(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %v.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %unaligned = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i64, i64* %v, align 8
  %7 = load i32, i32* %env, align 4
  %8 = zext i32 %7 to i64
  %9 = sub i64 %arena_size, 8
  %10 = icmp sgt i64 %8, %9
  br i1 %10, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %11 = getelementptr i8, i8* %mem, i64 %8
  %12 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %12, i8* %11, i64 8, i1 false)
  %13 = load i64, i64* %unaligned, align 8
  %14 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %6, i64 %13)
  %15 = extractvalue { i64, i1 } %14, 1
  br i1 %15, label %trap2.site19, label %ok2

trap17.site0:                                     ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %16 = extractvalue { i64, i1 } %14, 0
  %17 = load i64, i64* %fuel, align 8
  %18 = getelementptr i64, i64* %regs, i64 0
  store i64 %17, i64* %18, align 8
  ret i64 %16

trap2.site19:                                     ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable
}
