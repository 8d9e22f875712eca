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
  %unaligned16 = alloca i64, align 8
  %unaligned20 = alloca i64, align 8
  %unaligned26 = alloca i32, align 4
  %unaligned31 = alloca i32, align 4
  %result32 = alloca i32, align 4
  %unaligned34 = alloca i32, align 4
  %unaligned41 = alloca i32, align 4
  %unaligned45 = alloca i64, align 8
  %unaligned55 = alloca i64, align 8
  %unaligned61 = alloca i32, align 4
  %unaligned66 = alloca i32, align 4
  %result67 = alloca i64, align 8
  %unaligned69 = alloca i32, align 4
  %unaligned73 = alloca i64, align 8
  %unaligned80 = alloca i64, align 8
  %result81 = alloca i32, align 4
  %result85 = alloca i64, align 8
  %result97 = alloca i32, align 4
  %unaligned103 = alloca i64, align 8
  %unaligned109 = alloca i32, align 4
  %unaligned114 = alloca i32, align 4
  %unaligned119 = alloca i32, align 4
  %unaligned125 = alloca i32, align 4
  %unaligned130 = alloca i32, align 4
  %result131 = alloca i32, align 4
  %unaligned133 = alloca i32, align 4
  %unaligned140 = alloca i32, align 4
  %unaligned144 = alloca i32, align 4
  %result145 = alloca i64, align 8
  %unaligned147 = alloca i32, align 4
  %unaligned149 = alloca i32, align 4
  %unaligned155 = alloca i64, align 8
  %unaligned161 = alloca i32, align 4
  %unaligned166 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each38, %range33, %each25, %each15, %each6, %body
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

trap253.site0:                                    ; preds = %ok167, %ok148, %ok1
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

trap17.site0:                                     ; preds = %write.slow163, %write.slow158, %write.slow152, %ok146, %ok143, %cont142, %ok138, %write.ok128, %write.slow127, %write.slow122, %write.slow116, %write.slow111, %write.slow106, %write.slow100, %write.slow77, %cont71, %write.ok64, %write.slow63, %write.slow58, %write.slow52, %cont43, %ok39, %write.ok29, %write.slow28, %write.slow23, %write.slow, %cont, %ok11, %ok7, %ok2, %stack_ok
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
  br i1 %91, label %trap15.site0, label %ok167

e2:                                               ; preds = %write.ok164
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

e3:                                               ; preds = %write.ok24
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
  br i1 %116, label %write.ok29, label %write.low27

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
  br label %each6

block5:                                           ; preds = %dead21, %ok14
  %154 = load i32, i32* %list, align 4
  %155 = load i32, i32* %len, align 4
  %156 = zext i32 %154 to i64
  %157 = add i64 %156, 4
  %158 = icmp uge i64 %156, %scratch_start
  %159 = load i64, i64* %highEnd, align 8
  %160 = icmp ule i64 %157, %159
  %161 = and i1 %158, %160
  %162 = call i1 @llvm.expect.i1(i1 %161, i1 true)
  br i1 %162, label %write.ok24, label %write.low22

each6:                                            ; preds = %write.ok, %ok12
  %163 = load i64, i64* %fuel, align 8
  %164 = icmp ult i64 %163, 1
  br i1 %164, label %trap14.site0, label %ok14

ok14:                                             ; preds = %each6
  %165 = sub i64 %163, 1
  store i64 %165, i64* %fuel, align 8
  %166 = load i32, i32* %k.1, align 4
  %167 = load i32, i32* %n, align 4
  %168 = icmp uge i32 %166, %167
  %169 = zext i1 %168 to i32
  %170 = icmp ne i32 %169, 0
  br i1 %170, label %block5, label %cont

cont:                                             ; preds = %ok14
  %171 = load i32, i32* %xs.1, align 4
  %172 = load i32, i32* %k.1, align 4
  %173 = mul i32 %172, 8
  %174 = add i32 %171, %173
  %175 = zext i32 %174 to i64
  %176 = sub i64 %arena_size, 16
  %177 = icmp sgt i64 %175, %176
  br i1 %177, label %trap17.site0, label %ok15

ok15:                                             ; preds = %cont
  %178 = add i64 %175, 8
  %179 = getelementptr i8, i8* %mem, i64 %178
  %180 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %180, i8* %179, i64 8, i1 false)
  %181 = load i64, i64* %unaligned16, align 8
  store i64 %181, i64* %x, align 8
  %182 = load i64, i64* %x, align 8
  store i64 %182, i64* %x.1, align 8
  %183 = load i32, i32* %list, align 4
  %184 = load i32, i32* %len, align 4
  %185 = mul i32 %184, 8
  %186 = add i32 %183, %185
  %187 = load i64, i64* %x.1, align 8
  %188 = load i64, i64* %k, align 8
  %189 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %187, i64 %188)
  %190 = extractvalue { i64, i1 } %189, 1
  br i1 %190, label %trap2.site7, label %ok17

ok17:                                             ; preds = %ok15
  %191 = extractvalue { i64, i1 } %189, 0
  %192 = load i64, i64* %offset, align 8
  %193 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %191, i64 %192)
  %194 = extractvalue { i64, i1 } %193, 1
  br i1 %194, label %trap2.site6, label %ok18

trap2.site7:                                      ; preds = %ok15
  %195 = load i64, i64* %lowStart, align 8
  %196 = getelementptr i64, i64* %regs, i64 6
  store i64 %195, i64* %196, align 8
  %197 = load i64, i64* %lowEnd, align 8
  %198 = getelementptr i64, i64* %regs, i64 7
  store i64 %197, i64* %198, align 8
  %199 = load i64, i64* %highEnd, align 8
  %200 = getelementptr i64, i64* %regs, i64 8
  store i64 %199, i64* %200, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

ok18:                                             ; preds = %ok17
  %201 = extractvalue { i64, i1 } %193, 0
  %202 = zext i32 %186 to i64
  %203 = add i64 %202, 8
  %204 = add i64 %203, 8
  %205 = icmp uge i64 %203, %scratch_start
  %206 = load i64, i64* %highEnd, align 8
  %207 = icmp ule i64 %204, %206
  %208 = and i1 %205, %207
  %209 = call i1 @llvm.expect.i1(i1 %208, i1 true)
  br i1 %209, label %write.ok, label %write.low

trap2.site6:                                      ; preds = %ok17
  %210 = load i64, i64* %lowStart, align 8
  %211 = getelementptr i64, i64* %regs, i64 6
  store i64 %210, i64* %211, align 8
  %212 = load i64, i64* %lowEnd, align 8
  %213 = getelementptr i64, i64* %regs, i64 7
  store i64 %212, i64* %213, align 8
  %214 = load i64, i64* %highEnd, align 8
  %215 = getelementptr i64, i64* %regs, i64 8
  store i64 %214, i64* %215, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low:                                        ; preds = %ok18
  %216 = load i64, i64* %lowStart, align 8
  %217 = icmp uge i64 %203, %216
  %218 = load i64, i64* %lowEnd, align 8
  %219 = icmp ule i64 %204, %218
  %220 = and i1 %217, %219
  %221 = call i1 @llvm.expect.i1(i1 %220, i1 true)
  br i1 %221, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %222 = icmp ugt i64 %204, %arena_size
  br i1 %222, label %trap17.site0, label %ok19

write.ok:                                         ; preds = %ok19, %write.low, %ok18
  %223 = getelementptr i8, i8* %mem, i64 %203
  store i64 %201, i64* %unaligned20, align 8
  %224 = bitcast i64* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %223, i8* %224, i64 8, i1 false)
  %225 = load i32, i32* %len, align 4
  %226 = add i32 %225, 1
  store i32 %226, i32* %len, align 4
  %227 = load i32, i32* %k.1, align 4
  %228 = add i32 %227, 1
  store i32 %228, i32* %k.1, align 4
  br label %each6

ok19:                                             ; preds = %write.slow
  %229 = icmp ult i64 %203, %scratch_start
  %230 = load i64, i64* %lowStart, align 8
  %231 = call i64 @llvm.umin.i64(i64 %230, i64 %203)
  %232 = load i64, i64* %lowEnd, align 8
  %233 = load i64, i64* %highEnd, align 8
  %234 = add i64 %204, 64
  %235 = sub i64 %204, %231
  %236 = lshr i64 %235, 4
  %237 = add i64 %234, %236
  %238 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %237)
  %239 = call i64 @llvm.umax.i64(i64 %232, i64 %238)
  %240 = select i1 %229, i64 %239, i64 %232
  store i64 %240, i64* %lowEnd, align 8
  %241 = add i64 %204, 64
  %242 = sub i64 %204, %scratch_start
  %243 = lshr i64 %242, 4
  %244 = add i64 %241, %243
  %245 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %244)
  %246 = call i64 @llvm.umax.i64(i64 %233, i64 %245)
  %247 = select i1 %229, i64 %233, i64 %246
  store i64 %247, i64* %highEnd, align 8
  store i64 %231, i64* %lowStart, align 8
  br label %write.ok

dead21:                                           ; No predecessors!
  br label %block5

write.low22:                                      ; preds = %block5
  %248 = load i64, i64* %lowStart, align 8
  %249 = icmp uge i64 %156, %248
  %250 = load i64, i64* %lowEnd, align 8
  %251 = icmp ule i64 %157, %250
  %252 = and i1 %249, %251
  %253 = call i1 @llvm.expect.i1(i1 %252, i1 true)
  br i1 %253, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %254 = icmp ugt i64 %157, %arena_size
  br i1 %254, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %block5
  %255 = getelementptr i8, i8* %mem, i64 %156
  store i32 %155, i32* %unaligned26, align 4
  %256 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %255, i8* %256, i64 4, i1 false)
  %257 = load i32, i32* %list, align 4
  store i32 %257, i32* %result8, align 4
  br label %e3

ok25:                                             ; preds = %write.slow23
  %258 = icmp ult i64 %156, %scratch_start
  %259 = load i64, i64* %lowStart, align 8
  %260 = call i64 @llvm.umin.i64(i64 %259, i64 %156)
  %261 = load i64, i64* %lowEnd, align 8
  %262 = load i64, i64* %highEnd, align 8
  %263 = add i64 %157, 64
  %264 = sub i64 %157, %260
  %265 = lshr i64 %264, 4
  %266 = add i64 %263, %265
  %267 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %266)
  %268 = call i64 @llvm.umax.i64(i64 %261, i64 %267)
  %269 = select i1 %258, i64 %268, i64 %261
  store i64 %269, i64* %lowEnd, align 8
  %270 = add i64 %157, 64
  %271 = sub i64 %157, %scratch_start
  %272 = lshr i64 %271, 4
  %273 = add i64 %270, %272
  %274 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %273)
  %275 = call i64 @llvm.umax.i64(i64 %262, i64 %274)
  %276 = select i1 %258, i64 %262, i64 %275
  store i64 %276, i64* %highEnd, align 8
  store i64 %260, i64* %lowStart, align 8
  br label %write.ok24

write.low27:                                      ; preds = %e3
  %277 = load i64, i64* %lowStart, align 8
  %278 = icmp uge i64 %110, %277
  %279 = load i64, i64* %lowEnd, align 8
  %280 = icmp ule i64 %111, %279
  %281 = and i1 %278, %280
  %282 = call i1 @llvm.expect.i1(i1 %281, i1 true)
  br i1 %282, label %write.ok29, label %write.slow28

write.slow28:                                     ; preds = %write.low27
  %283 = icmp ugt i64 %111, %arena_size
  br i1 %283, label %trap17.site0, label %ok30

write.ok29:                                       ; preds = %ok30, %write.low27, %e3
  %284 = getelementptr i8, i8* %mem, i64 %110
  store i32 %109, i32* %unaligned31, align 4
  %285 = bitcast i32* %unaligned31 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %284, i8* %285, i64 4, i1 false)
  %286 = load i32, i32* %xs, align 4
  store i32 %286, i32* %xs.2, align 4
  %287 = load i32, i32* %xs.2, align 4
  %288 = zext i32 %287 to i64
  %289 = sub i64 %arena_size, 4
  %290 = icmp sgt i64 %288, %289
  br i1 %290, label %trap17.site0, label %ok33

ok30:                                             ; preds = %write.slow28
  %291 = icmp ult i64 %110, %scratch_start
  %292 = load i64, i64* %lowStart, align 8
  %293 = call i64 @llvm.umin.i64(i64 %292, i64 %110)
  %294 = load i64, i64* %lowEnd, align 8
  %295 = load i64, i64* %highEnd, align 8
  %296 = add i64 %111, 64
  %297 = sub i64 %111, %293
  %298 = lshr i64 %297, 4
  %299 = add i64 %296, %298
  %300 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %299)
  %301 = call i64 @llvm.umax.i64(i64 %294, i64 %300)
  %302 = select i1 %291, i64 %301, i64 %294
  store i64 %302, i64* %lowEnd, align 8
  %303 = add i64 %111, 64
  %304 = sub i64 %111, %scratch_start
  %305 = lshr i64 %304, 4
  %306 = add i64 %303, %305
  %307 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %306)
  %308 = call i64 @llvm.umax.i64(i64 %295, i64 %307)
  %309 = select i1 %291, i64 %295, i64 %308
  store i64 %309, i64* %highEnd, align 8
  store i64 %293, i64* %lowStart, align 8
  br label %write.ok29

e12:                                              ; preds = %write.ok59
  %310 = load i32, i32* %result32, align 4
  store i32 %310, i32* %evens, align 4
  %311 = load i32, i32* %dict, align 4
  %312 = load i32, i32* %evens, align 4
  %313 = zext i32 %311 to i64
  %314 = add i64 %313, 4
  %315 = add i64 %314, 4
  %316 = icmp uge i64 %314, %scratch_start
  %317 = load i64, i64* %highEnd, align 8
  %318 = icmp ule i64 %315, %317
  %319 = and i1 %316, %318
  %320 = call i1 @llvm.expect.i1(i1 %319, i1 true)
  br i1 %320, label %write.ok64, label %write.low62

ok33:                                             ; preds = %write.ok29
  %321 = getelementptr i8, i8* %mem, i64 %288
  %322 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %322, i8* %321, i64 4, i1 false)
  %323 = load i32, i32* %unaligned34, align 4
  %324 = zext i32 %323 to i64
  %325 = mul i64 %324, 8
  %326 = add i64 8, %325
  store i64 %326, i64* %size.1, align 8
  %327 = load i64, i64* %size.1, align 8
  %328 = icmp ugt i64 %327, 2147483647
  %329 = zext i1 %328 to i32
  %330 = icmp ne i32 %329, 0
  br i1 %330, label %then35, label %else36

then35:                                           ; preds = %ok33
  br label %trap15.site8

else36:                                           ; preds = %ok33
  br label %join37

join37:                                           ; preds = %else36, %dead38
  %331 = load i64, i64* %size.1, align 8
  %332 = trunc i64 %331 to i32
  %333 = zext i32 %332 to i64
  %334 = getelementptr i64, i64* %regs, i64 1
  %335 = getelementptr i64, i64* %regs, i64 2
  %336 = load i64, i64* %334, align 8
  %337 = add i64 %336, 7
  %338 = and i64 %337, -8
  %339 = add i64 %338, %333
  %340 = load i64, i64* %335, align 8
  %341 = icmp ugt i64 %339, %340
  br i1 %341, label %trap15.site8, label %ok39

trap15.site8:                                     ; preds = %join37, %then35
  %342 = load i64, i64* %lowStart, align 8
  %343 = getelementptr i64, i64* %regs, i64 6
  store i64 %342, i64* %343, align 8
  %344 = load i64, i64* %lowEnd, align 8
  %345 = getelementptr i64, i64* %regs, i64 7
  store i64 %344, i64* %345, align 8
  %346 = load i64, i64* %highEnd, align 8
  %347 = getelementptr i64, i64* %regs, i64 8
  store i64 %346, i64* %347, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead38:                                           ; No predecessors!
  br label %join37

ok39:                                             ; preds = %join37
  store i64 %339, i64* %334, align 8
  %348 = load i64, i64* %highEnd, align 8
  %349 = call i64 @llvm.umax.i64(i64 %348, i64 %339)
  store i64 %349, i64* %highEnd, align 8
  %350 = trunc i64 %338 to i32
  store i32 %350, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %351 = load i32, i32* %xs.2, align 4
  %352 = zext i32 %351 to i64
  %353 = sub i64 %arena_size, 4
  %354 = icmp sgt i64 %352, %353
  br i1 %354, label %trap17.site0, label %ok40

ok40:                                             ; preds = %ok39
  %355 = getelementptr i8, i8* %mem, i64 %352
  %356 = bitcast i32* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %356, i8* %355, i64 4, i1 false)
  %357 = load i32, i32* %unaligned41, align 4
  store i32 %357, i32* %n.1, align 4
  store i32 0, i32* %k.2, align 4
  br label %each15

block14:                                          ; preds = %dead56, %ok42
  %358 = load i32, i32* %list.1, align 4
  %359 = load i32, i32* %len.1, align 4
  %360 = zext i32 %358 to i64
  %361 = add i64 %360, 4
  %362 = icmp uge i64 %360, %scratch_start
  %363 = load i64, i64* %highEnd, align 8
  %364 = icmp ule i64 %361, %363
  %365 = and i1 %362, %364
  %366 = call i1 @llvm.expect.i1(i1 %365, i1 true)
  br i1 %366, label %write.ok59, label %write.low57

each15:                                           ; preds = %join50, %ok40
  %367 = load i64, i64* %fuel, align 8
  %368 = icmp ult i64 %367, 1
  br i1 %368, label %trap14.site0, label %ok42

ok42:                                             ; preds = %each15
  %369 = sub i64 %367, 1
  store i64 %369, i64* %fuel, align 8
  %370 = load i32, i32* %k.2, align 4
  %371 = load i32, i32* %n.1, align 4
  %372 = icmp uge i32 %370, %371
  %373 = zext i1 %372 to i32
  %374 = icmp ne i32 %373, 0
  br i1 %374, label %block14, label %cont43

cont43:                                           ; preds = %ok42
  %375 = load i32, i32* %xs.2, align 4
  %376 = load i32, i32* %k.2, align 4
  %377 = mul i32 %376, 8
  %378 = add i32 %375, %377
  %379 = zext i32 %378 to i64
  %380 = sub i64 %arena_size, 16
  %381 = icmp sgt i64 %379, %380
  br i1 %381, label %trap17.site0, label %ok44

ok44:                                             ; preds = %cont43
  %382 = add i64 %379, 8
  %383 = getelementptr i8, i8* %mem, i64 %382
  %384 = bitcast i64* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %384, i8* %383, i64 8, i1 false)
  %385 = load i64, i64* %unaligned45, align 8
  store i64 %385, i64* %x.2, align 8
  %386 = load i64, i64* %x.2, align 8
  store i64 %386, i64* %x.3, align 8
  %387 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site10, label %ok46

ok46:                                             ; preds = %ok44
  %388 = icmp eq i64 %387, -9223372036854775808
  %389 = and i1 %388, false
  br i1 %389, label %trap2.site10, label %ok47

trap1.site10:                                     ; preds = %ok44
  %390 = load i64, i64* %lowStart, align 8
  %391 = getelementptr i64, i64* %regs, i64 6
  store i64 %390, i64* %391, align 8
  %392 = load i64, i64* %lowEnd, align 8
  %393 = getelementptr i64, i64* %regs, i64 7
  store i64 %392, i64* %393, align 8
  %394 = load i64, i64* %highEnd, align 8
  %395 = getelementptr i64, i64* %regs, i64 8
  store i64 %394, i64* %395, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok47:                                             ; preds = %ok46
  %396 = srem i64 %387, 2
  %397 = icmp eq i64 %396, 0
  %398 = zext i1 %397 to i32
  %399 = icmp ne i32 %398, 0
  br i1 %399, label %then48, label %else49

trap2.site10:                                     ; preds = %ok46
  %400 = load i64, i64* %lowStart, align 8
  %401 = getelementptr i64, i64* %regs, i64 6
  store i64 %400, i64* %401, align 8
  %402 = load i64, i64* %lowEnd, align 8
  %403 = getelementptr i64, i64* %regs, i64 7
  store i64 %402, i64* %403, align 8
  %404 = load i64, i64* %highEnd, align 8
  %405 = getelementptr i64, i64* %regs, i64 8
  store i64 %404, i64* %405, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

then48:                                           ; preds = %ok47
  %406 = load i32, i32* %list.1, align 4
  %407 = load i32, i32* %len.1, align 4
  %408 = mul i32 %407, 8
  %409 = add i32 %406, %408
  %410 = load i64, i64* %x.2, align 8
  %411 = zext i32 %409 to i64
  %412 = add i64 %411, 8
  %413 = add i64 %412, 8
  %414 = icmp uge i64 %412, %scratch_start
  %415 = load i64, i64* %highEnd, align 8
  %416 = icmp ule i64 %413, %415
  %417 = and i1 %414, %416
  %418 = call i1 @llvm.expect.i1(i1 %417, i1 true)
  br i1 %418, label %write.ok53, label %write.low51

else49:                                           ; preds = %ok47
  br label %join50

join50:                                           ; preds = %else49, %write.ok53
  %419 = load i32, i32* %k.2, align 4
  %420 = add i32 %419, 1
  store i32 %420, i32* %k.2, align 4
  br label %each15

write.low51:                                      ; preds = %then48
  %421 = load i64, i64* %lowStart, align 8
  %422 = icmp uge i64 %412, %421
  %423 = load i64, i64* %lowEnd, align 8
  %424 = icmp ule i64 %413, %423
  %425 = and i1 %422, %424
  %426 = call i1 @llvm.expect.i1(i1 %425, i1 true)
  br i1 %426, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %427 = icmp ugt i64 %413, %arena_size
  br i1 %427, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %then48
  %428 = getelementptr i8, i8* %mem, i64 %412
  store i64 %410, i64* %unaligned55, align 8
  %429 = bitcast i64* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %428, i8* %429, i64 8, i1 false)
  %430 = load i32, i32* %len.1, align 4
  %431 = add i32 %430, 1
  store i32 %431, i32* %len.1, align 4
  br label %join50

ok54:                                             ; preds = %write.slow52
  %432 = icmp ult i64 %412, %scratch_start
  %433 = load i64, i64* %lowStart, align 8
  %434 = call i64 @llvm.umin.i64(i64 %433, i64 %412)
  %435 = load i64, i64* %lowEnd, align 8
  %436 = load i64, i64* %highEnd, align 8
  %437 = add i64 %413, 64
  %438 = sub i64 %413, %434
  %439 = lshr i64 %438, 4
  %440 = add i64 %437, %439
  %441 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %440)
  %442 = call i64 @llvm.umax.i64(i64 %435, i64 %441)
  %443 = select i1 %432, i64 %442, i64 %435
  store i64 %443, i64* %lowEnd, align 8
  %444 = add i64 %413, 64
  %445 = sub i64 %413, %scratch_start
  %446 = lshr i64 %445, 4
  %447 = add i64 %444, %446
  %448 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %447)
  %449 = call i64 @llvm.umax.i64(i64 %436, i64 %448)
  %450 = select i1 %432, i64 %436, i64 %449
  store i64 %450, i64* %highEnd, align 8
  store i64 %434, i64* %lowStart, align 8
  br label %write.ok53

dead56:                                           ; No predecessors!
  br label %block14

write.low57:                                      ; preds = %block14
  %451 = load i64, i64* %lowStart, align 8
  %452 = icmp uge i64 %360, %451
  %453 = load i64, i64* %lowEnd, align 8
  %454 = icmp ule i64 %361, %453
  %455 = and i1 %452, %454
  %456 = call i1 @llvm.expect.i1(i1 %455, i1 true)
  br i1 %456, label %write.ok59, label %write.slow58

write.slow58:                                     ; preds = %write.low57
  %457 = icmp ugt i64 %361, %arena_size
  br i1 %457, label %trap17.site0, label %ok60

write.ok59:                                       ; preds = %ok60, %write.low57, %block14
  %458 = getelementptr i8, i8* %mem, i64 %360
  store i32 %359, i32* %unaligned61, align 4
  %459 = bitcast i32* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %458, i8* %459, i64 4, i1 false)
  %460 = load i32, i32* %list.1, align 4
  store i32 %460, i32* %result32, align 4
  br label %e12

ok60:                                             ; preds = %write.slow58
  %461 = icmp ult i64 %360, %scratch_start
  %462 = load i64, i64* %lowStart, align 8
  %463 = call i64 @llvm.umin.i64(i64 %462, i64 %360)
  %464 = load i64, i64* %lowEnd, align 8
  %465 = load i64, i64* %highEnd, align 8
  %466 = add i64 %361, 64
  %467 = sub i64 %361, %463
  %468 = lshr i64 %467, 4
  %469 = add i64 %466, %468
  %470 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %469)
  %471 = call i64 @llvm.umax.i64(i64 %464, i64 %470)
  %472 = select i1 %461, i64 %471, i64 %464
  store i64 %472, i64* %lowEnd, align 8
  %473 = add i64 %361, 64
  %474 = sub i64 %361, %scratch_start
  %475 = lshr i64 %474, 4
  %476 = add i64 %473, %475
  %477 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %476)
  %478 = call i64 @llvm.umax.i64(i64 %465, i64 %477)
  %479 = select i1 %461, i64 %465, i64 %478
  store i64 %479, i64* %highEnd, align 8
  store i64 %463, i64* %lowStart, align 8
  br label %write.ok59

write.low62:                                      ; preds = %e12
  %480 = load i64, i64* %lowStart, align 8
  %481 = icmp uge i64 %314, %480
  %482 = load i64, i64* %lowEnd, align 8
  %483 = icmp ule i64 %315, %482
  %484 = and i1 %481, %483
  %485 = call i1 @llvm.expect.i1(i1 %484, i1 true)
  br i1 %485, label %write.ok64, label %write.slow63

write.slow63:                                     ; preds = %write.low62
  %486 = icmp ugt i64 %315, %arena_size
  br i1 %486, label %trap17.site0, label %ok65

write.ok64:                                       ; preds = %ok65, %write.low62, %e12
  %487 = getelementptr i8, i8* %mem, i64 %314
  store i32 %312, i32* %unaligned66, align 4
  %488 = bitcast i32* %unaligned66 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %487, i8* %488, i64 4, i1 false)
  %489 = load i32, i32* %xs, align 4
  store i32 %489, i32* %xs.3, align 4
  store i64 0, i64* %acc, align 8
  %490 = load i32, i32* %xs.3, align 4
  %491 = zext i32 %490 to i64
  %492 = sub i64 %arena_size, 4
  %493 = icmp sgt i64 %491, %492
  br i1 %493, label %trap17.site0, label %ok68

ok65:                                             ; preds = %write.slow63
  %494 = icmp ult i64 %314, %scratch_start
  %495 = load i64, i64* %lowStart, align 8
  %496 = call i64 @llvm.umin.i64(i64 %495, i64 %314)
  %497 = load i64, i64* %lowEnd, align 8
  %498 = load i64, i64* %highEnd, align 8
  %499 = add i64 %315, 64
  %500 = sub i64 %315, %496
  %501 = lshr i64 %500, 4
  %502 = add i64 %499, %501
  %503 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %502)
  %504 = call i64 @llvm.umax.i64(i64 %497, i64 %503)
  %505 = select i1 %494, i64 %504, i64 %497
  store i64 %505, i64* %lowEnd, align 8
  %506 = add i64 %315, 64
  %507 = sub i64 %315, %scratch_start
  %508 = lshr i64 %507, 4
  %509 = add i64 %506, %508
  %510 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %509)
  %511 = call i64 @llvm.umax.i64(i64 %498, i64 %510)
  %512 = select i1 %494, i64 %498, i64 %511
  store i64 %512, i64* %highEnd, align 8
  store i64 %496, i64* %lowStart, align 8
  br label %write.ok64

e21:                                              ; preds = %block24
  %513 = load i64, i64* %result67, align 8
  store i64 %513, i64* %total, align 8
  %514 = load i32, i32* %dict, align 4
  %515 = load i64, i64* %total, align 8
  %516 = zext i32 %514 to i64
  %517 = add i64 %516, 8
  %518 = add i64 %517, 8
  %519 = icmp uge i64 %517, %scratch_start
  %520 = load i64, i64* %highEnd, align 8
  %521 = icmp ule i64 %518, %520
  %522 = and i1 %519, %521
  %523 = call i1 @llvm.expect.i1(i1 %522, i1 true)
  br i1 %523, label %write.ok78, label %write.low76

ok68:                                             ; preds = %write.ok64
  %524 = getelementptr i8, i8* %mem, i64 %491
  %525 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %525, i8* %524, i64 4, i1 false)
  %526 = load i32, i32* %unaligned69, align 4
  store i32 %526, i32* %n.2, align 4
  store i32 0, i32* %k.3, align 4
  br label %each25

block24:                                          ; preds = %dead75, %ok70
  %527 = load i64, i64* %acc, align 8
  store i64 %527, i64* %result67, align 8
  br label %e21

each25:                                           ; preds = %ok74, %ok68
  %528 = load i64, i64* %fuel, align 8
  %529 = icmp ult i64 %528, 1
  br i1 %529, label %trap14.site0, label %ok70

ok70:                                             ; preds = %each25
  %530 = sub i64 %528, 1
  store i64 %530, i64* %fuel, align 8
  %531 = load i32, i32* %k.3, align 4
  %532 = load i32, i32* %n.2, align 4
  %533 = icmp uge i32 %531, %532
  %534 = zext i1 %533 to i32
  %535 = icmp ne i32 %534, 0
  br i1 %535, label %block24, label %cont71

cont71:                                           ; preds = %ok70
  %536 = load i32, i32* %xs.3, align 4
  %537 = load i32, i32* %k.3, align 4
  %538 = mul i32 %537, 8
  %539 = add i32 %536, %538
  %540 = zext i32 %539 to i64
  %541 = sub i64 %arena_size, 16
  %542 = icmp sgt i64 %540, %541
  br i1 %542, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont71
  %543 = add i64 %540, 8
  %544 = getelementptr i8, i8* %mem, i64 %543
  %545 = bitcast i64* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %545, i8* %544, i64 8, i1 false)
  %546 = load i64, i64* %unaligned73, align 8
  store i64 %546, i64* %x.4, align 8
  %547 = load i64, i64* %acc, align 8
  store i64 %547, i64* %acc.1, align 8
  %548 = load i64, i64* %x.4, align 8
  store i64 %548, i64* %x.5, align 8
  %549 = load i64, i64* %acc.1, align 8
  %550 = load i64, i64* %x.5, align 8
  %551 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %549, i64 %550)
  %552 = extractvalue { i64, i1 } %551, 1
  br i1 %552, label %trap2.site12, label %ok74

ok74:                                             ; preds = %ok72
  %553 = extractvalue { i64, i1 } %551, 0
  store i64 %553, i64* %acc, align 8
  %554 = load i32, i32* %k.3, align 4
  %555 = add i32 %554, 1
  store i32 %555, i32* %k.3, align 4
  br label %each25

trap2.site12:                                     ; preds = %ok72
  %556 = load i64, i64* %lowStart, align 8
  %557 = getelementptr i64, i64* %regs, i64 6
  store i64 %556, i64* %557, align 8
  %558 = load i64, i64* %lowEnd, align 8
  %559 = getelementptr i64, i64* %regs, i64 7
  store i64 %558, i64* %559, align 8
  %560 = load i64, i64* %highEnd, align 8
  %561 = getelementptr i64, i64* %regs, i64 8
  store i64 %560, i64* %561, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

dead75:                                           ; No predecessors!
  br label %block24

write.low76:                                      ; preds = %e21
  %562 = load i64, i64* %lowStart, align 8
  %563 = icmp uge i64 %517, %562
  %564 = load i64, i64* %lowEnd, align 8
  %565 = icmp ule i64 %518, %564
  %566 = and i1 %563, %565
  %567 = call i1 @llvm.expect.i1(i1 %566, i1 true)
  br i1 %567, label %write.ok78, label %write.slow77

write.slow77:                                     ; preds = %write.low76
  %568 = icmp ugt i64 %518, %arena_size
  br i1 %568, label %trap17.site0, label %ok79

write.ok78:                                       ; preds = %ok79, %write.low76, %e21
  %569 = getelementptr i8, i8* %mem, i64 %517
  store i64 %515, i64* %unaligned80, align 8
  %570 = bitcast i64* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %569, i8* %570, i64 8, i1 false)
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %571 = load i64, i64* %hi, align 8
  %572 = load i64, i64* %lo, align 8
  %573 = icmp sgt i64 %571, %572
  %574 = zext i1 %573 to i32
  %575 = icmp ne i32 %574, 0
  br i1 %575, label %then82, label %else83

ok79:                                             ; preds = %write.slow77
  %576 = icmp ult i64 %517, %scratch_start
  %577 = load i64, i64* %lowStart, align 8
  %578 = call i64 @llvm.umin.i64(i64 %577, i64 %517)
  %579 = load i64, i64* %lowEnd, align 8
  %580 = load i64, i64* %highEnd, align 8
  %581 = add i64 %518, 64
  %582 = sub i64 %518, %578
  %583 = lshr i64 %582, 4
  %584 = add i64 %581, %583
  %585 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %584)
  %586 = call i64 @llvm.umax.i64(i64 %579, i64 %585)
  %587 = select i1 %576, i64 %586, i64 %579
  store i64 %587, i64* %lowEnd, align 8
  %588 = add i64 %518, 64
  %589 = sub i64 %518, %scratch_start
  %590 = lshr i64 %589, 4
  %591 = add i64 %588, %590
  %592 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %591)
  %593 = call i64 @llvm.umax.i64(i64 %580, i64 %592)
  %594 = select i1 %576, i64 %580, i64 %593
  store i64 %594, i64* %highEnd, align 8
  store i64 %578, i64* %lowStart, align 8
  br label %write.ok78

e29:                                              ; preds = %write.ok123
  %595 = load i32, i32* %result81, align 4
  store i32 %595, i32* %adders, align 4
  %596 = load i32, i32* %dict, align 4
  %597 = load i32, i32* %adders, align 4
  %598 = zext i32 %596 to i64
  %599 = add i64 %598, 16
  %600 = add i64 %599, 4
  %601 = icmp uge i64 %599, %scratch_start
  %602 = load i64, i64* %highEnd, align 8
  %603 = icmp ule i64 %600, %602
  %604 = and i1 %601, %603
  %605 = call i1 @llvm.expect.i1(i1 %604, i1 true)
  br i1 %605, label %write.ok128, label %write.low126

then82:                                           ; preds = %write.ok78
  %606 = load i64, i64* %hi, align 8
  %607 = load i64, i64* %lo, align 8
  %608 = sub i64 %606, %607
  store i64 %608, i64* %result85, align 8
  br label %join84

else83:                                           ; preds = %write.ok78
  store i64 0, i64* %result85, align 8
  br label %join84

join84:                                           ; preds = %else83, %then82
  %609 = load i64, i64* %result85, align 8
  store i64 %609, i64* %count, align 8
  %610 = load i64, i64* %count, align 8
  %611 = icmp slt i64 %610, 0
  %612 = zext i1 %611 to i32
  %613 = load i64, i64* %count, align 8
  %614 = icmp sgt i64 %613, 2147483647
  %615 = zext i1 %614 to i32
  %616 = or i32 %612, %615
  %617 = icmp ne i32 %616, 0
  br i1 %617, label %then86, label %else87

then86:                                           ; preds = %join84
  br label %trap15.site13

else87:                                           ; preds = %join84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %618 = load i64, i64* %count, align 8
  %619 = trunc i64 %618 to i32
  %620 = zext i32 %619 to i64
  %621 = mul i64 %620, 4
  %622 = add i64 4, %621
  store i64 %622, i64* %size.2, align 8
  %623 = load i64, i64* %size.2, align 8
  %624 = icmp ugt i64 %623, 2147483647
  %625 = zext i1 %624 to i32
  %626 = icmp ne i32 %625, 0
  br i1 %626, label %then90, label %else91

trap15.site13:                                    ; preds = %then86
  %627 = load i64, i64* %lowStart, align 8
  %628 = getelementptr i64, i64* %regs, i64 6
  store i64 %627, i64* %628, align 8
  %629 = load i64, i64* %lowEnd, align 8
  %630 = getelementptr i64, i64* %regs, i64 7
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %highEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 8
  store i64 %631, i64* %632, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

then90:                                           ; preds = %join88
  br label %trap15.site14

else91:                                           ; preds = %join88
  br label %join92

join92:                                           ; preds = %else91, %dead93
  %633 = load i64, i64* %size.2, align 8
  %634 = trunc i64 %633 to i32
  %635 = zext i32 %634 to i64
  %636 = getelementptr i64, i64* %regs, i64 1
  %637 = getelementptr i64, i64* %regs, i64 2
  %638 = load i64, i64* %636, align 8
  %639 = add i64 %638, 3
  %640 = and i64 %639, -4
  %641 = add i64 %640, %635
  %642 = load i64, i64* %637, align 8
  %643 = icmp ugt i64 %641, %642
  br i1 %643, label %trap15.site14, label %ok94

trap15.site14:                                    ; preds = %join92, %then90
  %644 = load i64, i64* %lowStart, align 8
  %645 = getelementptr i64, i64* %regs, i64 6
  store i64 %644, i64* %645, align 8
  %646 = load i64, i64* %lowEnd, align 8
  %647 = getelementptr i64, i64* %regs, i64 7
  store i64 %646, i64* %647, align 8
  %648 = load i64, i64* %highEnd, align 8
  %649 = getelementptr i64, i64* %regs, i64 8
  store i64 %648, i64* %649, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead93:                                           ; No predecessors!
  br label %join92

ok94:                                             ; preds = %join92
  store i64 %641, i64* %636, align 8
  %650 = load i64, i64* %highEnd, align 8
  %651 = call i64 @llvm.umax.i64(i64 %650, i64 %641)
  store i64 %651, i64* %highEnd, align 8
  %652 = trunc i64 %640 to i32
  store i32 %652, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %653 = load i64, i64* %lo, align 8
  store i64 %653, i64* %i, align 8
  br label %range33

block32:                                          ; preds = %dead120, %ok95
  %654 = load i32, i32* %list.2, align 4
  %655 = load i32, i32* %len.2, align 4
  %656 = zext i32 %654 to i64
  %657 = add i64 %656, 4
  %658 = icmp uge i64 %656, %scratch_start
  %659 = load i64, i64* %highEnd, align 8
  %660 = icmp ule i64 %657, %659
  %661 = and i1 %658, %660
  %662 = call i1 @llvm.expect.i1(i1 %661, i1 true)
  br i1 %662, label %write.ok123, label %write.low121

range33:                                          ; preds = %write.ok117, %ok94
  %663 = load i64, i64* %fuel, align 8
  %664 = icmp ult i64 %663, 1
  br i1 %664, label %trap14.site0, label %ok95

ok95:                                             ; preds = %range33
  %665 = sub i64 %663, 1
  store i64 %665, i64* %fuel, align 8
  %666 = load i64, i64* %i, align 8
  %667 = load i64, i64* %hi, align 8
  %668 = icmp sge i64 %666, %667
  %669 = zext i1 %668 to i32
  %670 = icmp ne i32 %669, 0
  br i1 %670, label %block32, label %cont96

cont96:                                           ; preds = %ok95
  %671 = load i64, i64* %i, align 8
  store i64 %671, i64* %i.1, align 8
  %672 = load i32, i32* %list.2, align 4
  %673 = load i32, i32* %len.2, align 4
  %674 = mul i32 %673, 4
  %675 = add i32 %672, %674
  %676 = getelementptr i64, i64* %regs, i64 1
  %677 = getelementptr i64, i64* %regs, i64 2
  %678 = load i64, i64* %676, align 8
  %679 = add i64 %678, 7
  %680 = and i64 %679, -8
  %681 = add i64 %680, 8
  %682 = load i64, i64* %677, align 8
  %683 = icmp ugt i64 %681, %682
  br i1 %683, label %trap15.site15, label %ok98

e34:                                              ; preds = %write.ok112
  %684 = load i32, i32* %result97, align 4
  %685 = zext i32 %675 to i64
  %686 = add i64 %685, 4
  %687 = add i64 %686, 4
  %688 = icmp uge i64 %686, %scratch_start
  %689 = load i64, i64* %highEnd, align 8
  %690 = icmp ule i64 %687, %689
  %691 = and i1 %688, %690
  %692 = call i1 @llvm.expect.i1(i1 %691, i1 true)
  br i1 %692, label %write.ok117, label %write.low115

ok98:                                             ; preds = %cont96
  store i64 %681, i64* %676, align 8
  %693 = load i64, i64* %highEnd, align 8
  %694 = call i64 @llvm.umax.i64(i64 %693, i64 %681)
  store i64 %694, i64* %highEnd, align 8
  %695 = trunc i64 %680 to i32
  store i32 %695, i32* %env, align 4
  %696 = load i32, i32* %env, align 4
  %697 = load i64, i64* %i.1, align 8
  %698 = zext i32 %696 to i64
  %699 = add i64 %698, 8
  %700 = icmp uge i64 %698, %scratch_start
  %701 = load i64, i64* %highEnd, align 8
  %702 = icmp ule i64 %699, %701
  %703 = and i1 %700, %702
  %704 = call i1 @llvm.expect.i1(i1 %703, i1 true)
  br i1 %704, label %write.ok101, label %write.low99

trap15.site15:                                    ; preds = %write.ok101, %cont96
  %705 = load i64, i64* %lowStart, align 8
  %706 = getelementptr i64, i64* %regs, i64 6
  store i64 %705, i64* %706, align 8
  %707 = load i64, i64* %lowEnd, align 8
  %708 = getelementptr i64, i64* %regs, i64 7
  store i64 %707, i64* %708, align 8
  %709 = load i64, i64* %highEnd, align 8
  %710 = getelementptr i64, i64* %regs, i64 8
  store i64 %709, i64* %710, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

write.low99:                                      ; preds = %ok98
  %711 = load i64, i64* %lowStart, align 8
  %712 = icmp uge i64 %698, %711
  %713 = load i64, i64* %lowEnd, align 8
  %714 = icmp ule i64 %699, %713
  %715 = and i1 %712, %714
  %716 = call i1 @llvm.expect.i1(i1 %715, i1 true)
  br i1 %716, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %717 = icmp ugt i64 %699, %arena_size
  br i1 %717, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %ok98
  %718 = getelementptr i8, i8* %mem, i64 %698
  store i64 %697, i64* %unaligned103, align 8
  %719 = bitcast i64* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %718, i8* %719, i64 8, i1 false)
  %720 = getelementptr i64, i64* %regs, i64 1
  %721 = getelementptr i64, i64* %regs, i64 2
  %722 = load i64, i64* %720, align 8
  %723 = add i64 %722, 3
  %724 = and i64 %723, -4
  %725 = add i64 %724, 8
  %726 = load i64, i64* %721, align 8
  %727 = icmp ugt i64 %725, %726
  br i1 %727, label %trap15.site15, label %ok104

ok102:                                            ; preds = %write.slow100
  %728 = icmp ult i64 %698, %scratch_start
  %729 = load i64, i64* %lowStart, align 8
  %730 = call i64 @llvm.umin.i64(i64 %729, i64 %698)
  %731 = load i64, i64* %lowEnd, align 8
  %732 = load i64, i64* %highEnd, align 8
  %733 = add i64 %699, 64
  %734 = sub i64 %699, %730
  %735 = lshr i64 %734, 4
  %736 = add i64 %733, %735
  %737 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %736)
  %738 = call i64 @llvm.umax.i64(i64 %731, i64 %737)
  %739 = select i1 %728, i64 %738, i64 %731
  store i64 %739, i64* %lowEnd, align 8
  %740 = add i64 %699, 64
  %741 = sub i64 %699, %scratch_start
  %742 = lshr i64 %741, 4
  %743 = add i64 %740, %742
  %744 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %743)
  %745 = call i64 @llvm.umax.i64(i64 %732, i64 %744)
  %746 = select i1 %728, i64 %732, i64 %745
  store i64 %746, i64* %highEnd, align 8
  store i64 %730, i64* %lowStart, align 8
  br label %write.ok101

ok104:                                            ; preds = %write.ok101
  store i64 %725, i64* %720, align 8
  %747 = load i64, i64* %highEnd, align 8
  %748 = call i64 @llvm.umax.i64(i64 %747, i64 %725)
  store i64 %748, i64* %highEnd, align 8
  %749 = trunc i64 %724 to i32
  store i32 %749, i32* %closure, align 4
  %750 = load i32, i32* %closure, align 4
  %751 = zext i32 %750 to i64
  %752 = add i64 %751, 4
  %753 = icmp uge i64 %751, %scratch_start
  %754 = load i64, i64* %highEnd, align 8
  %755 = icmp ule i64 %752, %754
  %756 = and i1 %753, %755
  %757 = call i1 @llvm.expect.i1(i1 %756, i1 true)
  br i1 %757, label %write.ok107, label %write.low105

write.low105:                                     ; preds = %ok104
  %758 = load i64, i64* %lowStart, align 8
  %759 = icmp uge i64 %751, %758
  %760 = load i64, i64* %lowEnd, align 8
  %761 = icmp ule i64 %752, %760
  %762 = and i1 %759, %761
  %763 = call i1 @llvm.expect.i1(i1 %762, i1 true)
  br i1 %763, label %write.ok107, label %write.slow106

write.slow106:                                    ; preds = %write.low105
  %764 = icmp ugt i64 %752, %arena_size
  br i1 %764, label %trap17.site0, label %ok108

write.ok107:                                      ; preds = %ok108, %write.low105, %ok104
  %765 = getelementptr i8, i8* %mem, i64 %751
  store i32 0, i32* %unaligned109, align 4
  %766 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %765, i8* %766, i64 4, i1 false)
  %767 = load i32, i32* %closure, align 4
  %768 = load i32, i32* %env, align 4
  %769 = zext i32 %767 to i64
  %770 = add i64 %769, 4
  %771 = add i64 %770, 4
  %772 = icmp uge i64 %770, %scratch_start
  %773 = load i64, i64* %highEnd, align 8
  %774 = icmp ule i64 %771, %773
  %775 = and i1 %772, %774
  %776 = call i1 @llvm.expect.i1(i1 %775, i1 true)
  br i1 %776, label %write.ok112, label %write.low110

ok108:                                            ; preds = %write.slow106
  %777 = icmp ult i64 %751, %scratch_start
  %778 = load i64, i64* %lowStart, align 8
  %779 = call i64 @llvm.umin.i64(i64 %778, i64 %751)
  %780 = load i64, i64* %lowEnd, align 8
  %781 = load i64, i64* %highEnd, align 8
  %782 = add i64 %752, 64
  %783 = sub i64 %752, %779
  %784 = lshr i64 %783, 4
  %785 = add i64 %782, %784
  %786 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %785)
  %787 = call i64 @llvm.umax.i64(i64 %780, i64 %786)
  %788 = select i1 %777, i64 %787, i64 %780
  store i64 %788, i64* %lowEnd, align 8
  %789 = add i64 %752, 64
  %790 = sub i64 %752, %scratch_start
  %791 = lshr i64 %790, 4
  %792 = add i64 %789, %791
  %793 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %792)
  %794 = call i64 @llvm.umax.i64(i64 %781, i64 %793)
  %795 = select i1 %777, i64 %781, i64 %794
  store i64 %795, i64* %highEnd, align 8
  store i64 %779, i64* %lowStart, align 8
  br label %write.ok107

write.low110:                                     ; preds = %write.ok107
  %796 = load i64, i64* %lowStart, align 8
  %797 = icmp uge i64 %770, %796
  %798 = load i64, i64* %lowEnd, align 8
  %799 = icmp ule i64 %771, %798
  %800 = and i1 %797, %799
  %801 = call i1 @llvm.expect.i1(i1 %800, i1 true)
  br i1 %801, label %write.ok112, label %write.slow111

write.slow111:                                    ; preds = %write.low110
  %802 = icmp ugt i64 %771, %arena_size
  br i1 %802, label %trap17.site0, label %ok113

write.ok112:                                      ; preds = %ok113, %write.low110, %write.ok107
  %803 = getelementptr i8, i8* %mem, i64 %770
  store i32 %768, i32* %unaligned114, align 4
  %804 = bitcast i32* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %803, i8* %804, i64 4, i1 false)
  %805 = load i32, i32* %closure, align 4
  store i32 %805, i32* %result97, align 4
  br label %e34

ok113:                                            ; preds = %write.slow111
  %806 = icmp ult i64 %770, %scratch_start
  %807 = load i64, i64* %lowStart, align 8
  %808 = call i64 @llvm.umin.i64(i64 %807, i64 %770)
  %809 = load i64, i64* %lowEnd, align 8
  %810 = load i64, i64* %highEnd, align 8
  %811 = add i64 %771, 64
  %812 = sub i64 %771, %808
  %813 = lshr i64 %812, 4
  %814 = add i64 %811, %813
  %815 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %814)
  %816 = call i64 @llvm.umax.i64(i64 %809, i64 %815)
  %817 = select i1 %806, i64 %816, i64 %809
  store i64 %817, i64* %lowEnd, align 8
  %818 = add i64 %771, 64
  %819 = sub i64 %771, %scratch_start
  %820 = lshr i64 %819, 4
  %821 = add i64 %818, %820
  %822 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %821)
  %823 = call i64 @llvm.umax.i64(i64 %810, i64 %822)
  %824 = select i1 %806, i64 %810, i64 %823
  store i64 %824, i64* %highEnd, align 8
  store i64 %808, i64* %lowStart, align 8
  br label %write.ok112

write.low115:                                     ; preds = %e34
  %825 = load i64, i64* %lowStart, align 8
  %826 = icmp uge i64 %686, %825
  %827 = load i64, i64* %lowEnd, align 8
  %828 = icmp ule i64 %687, %827
  %829 = and i1 %826, %828
  %830 = call i1 @llvm.expect.i1(i1 %829, i1 true)
  br i1 %830, label %write.ok117, label %write.slow116

write.slow116:                                    ; preds = %write.low115
  %831 = icmp ugt i64 %687, %arena_size
  br i1 %831, label %trap17.site0, label %ok118

write.ok117:                                      ; preds = %ok118, %write.low115, %e34
  %832 = getelementptr i8, i8* %mem, i64 %686
  store i32 %684, i32* %unaligned119, align 4
  %833 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %832, i8* %833, i64 4, i1 false)
  %834 = load i32, i32* %len.2, align 4
  %835 = add i32 %834, 1
  store i32 %835, i32* %len.2, align 4
  %836 = load i64, i64* %i, align 8
  %837 = add i64 %836, 1
  store i64 %837, i64* %i, align 8
  br label %range33

ok118:                                            ; preds = %write.slow116
  %838 = icmp ult i64 %686, %scratch_start
  %839 = load i64, i64* %lowStart, align 8
  %840 = call i64 @llvm.umin.i64(i64 %839, i64 %686)
  %841 = load i64, i64* %lowEnd, align 8
  %842 = load i64, i64* %highEnd, align 8
  %843 = add i64 %687, 64
  %844 = sub i64 %687, %840
  %845 = lshr i64 %844, 4
  %846 = add i64 %843, %845
  %847 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %846)
  %848 = call i64 @llvm.umax.i64(i64 %841, i64 %847)
  %849 = select i1 %838, i64 %848, i64 %841
  store i64 %849, i64* %lowEnd, align 8
  %850 = add i64 %687, 64
  %851 = sub i64 %687, %scratch_start
  %852 = lshr i64 %851, 4
  %853 = add i64 %850, %852
  %854 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %853)
  %855 = call i64 @llvm.umax.i64(i64 %842, i64 %854)
  %856 = select i1 %838, i64 %842, i64 %855
  store i64 %856, i64* %highEnd, align 8
  store i64 %840, i64* %lowStart, align 8
  br label %write.ok117

dead120:                                          ; No predecessors!
  br label %block32

write.low121:                                     ; preds = %block32
  %857 = load i64, i64* %lowStart, align 8
  %858 = icmp uge i64 %656, %857
  %859 = load i64, i64* %lowEnd, align 8
  %860 = icmp ule i64 %657, %859
  %861 = and i1 %858, %860
  %862 = call i1 @llvm.expect.i1(i1 %861, i1 true)
  br i1 %862, label %write.ok123, label %write.slow122

write.slow122:                                    ; preds = %write.low121
  %863 = icmp ugt i64 %657, %arena_size
  br i1 %863, label %trap17.site0, label %ok124

write.ok123:                                      ; preds = %ok124, %write.low121, %block32
  %864 = getelementptr i8, i8* %mem, i64 %656
  store i32 %655, i32* %unaligned125, align 4
  %865 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %864, i8* %865, i64 4, i1 false)
  %866 = load i32, i32* %list.2, align 4
  store i32 %866, i32* %result81, align 4
  br label %e29

ok124:                                            ; preds = %write.slow122
  %867 = icmp ult i64 %656, %scratch_start
  %868 = load i64, i64* %lowStart, align 8
  %869 = call i64 @llvm.umin.i64(i64 %868, i64 %656)
  %870 = load i64, i64* %lowEnd, align 8
  %871 = load i64, i64* %highEnd, align 8
  %872 = add i64 %657, 64
  %873 = sub i64 %657, %869
  %874 = lshr i64 %873, 4
  %875 = add i64 %872, %874
  %876 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %875)
  %877 = call i64 @llvm.umax.i64(i64 %870, i64 %876)
  %878 = select i1 %867, i64 %877, i64 %870
  store i64 %878, i64* %lowEnd, align 8
  %879 = add i64 %657, 64
  %880 = sub i64 %657, %scratch_start
  %881 = lshr i64 %880, 4
  %882 = add i64 %879, %881
  %883 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %882)
  %884 = call i64 @llvm.umax.i64(i64 %871, i64 %883)
  %885 = select i1 %867, i64 %871, i64 %884
  store i64 %885, i64* %highEnd, align 8
  store i64 %869, i64* %lowStart, align 8
  br label %write.ok123

write.low126:                                     ; preds = %e29
  %886 = load i64, i64* %lowStart, align 8
  %887 = icmp uge i64 %599, %886
  %888 = load i64, i64* %lowEnd, align 8
  %889 = icmp ule i64 %600, %888
  %890 = and i1 %887, %889
  %891 = call i1 @llvm.expect.i1(i1 %890, i1 true)
  br i1 %891, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %892 = icmp ugt i64 %600, %arena_size
  br i1 %892, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %e29
  %893 = getelementptr i8, i8* %mem, i64 %599
  store i32 %597, i32* %unaligned130, align 4
  %894 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %893, i8* %894, i64 4, i1 false)
  %895 = load i32, i32* %adders, align 4
  store i32 %895, i32* %xs.4, align 4
  %896 = load i32, i32* %xs.4, align 4
  %897 = zext i32 %896 to i64
  %898 = sub i64 %arena_size, 4
  %899 = icmp sgt i64 %897, %898
  br i1 %899, label %trap17.site0, label %ok132

ok129:                                            ; preds = %write.slow127
  %900 = icmp ult i64 %599, %scratch_start
  %901 = load i64, i64* %lowStart, align 8
  %902 = call i64 @llvm.umin.i64(i64 %901, i64 %599)
  %903 = load i64, i64* %lowEnd, align 8
  %904 = load i64, i64* %highEnd, align 8
  %905 = add i64 %600, 64
  %906 = sub i64 %600, %902
  %907 = lshr i64 %906, 4
  %908 = add i64 %905, %907
  %909 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %908)
  %910 = call i64 @llvm.umax.i64(i64 %903, i64 %909)
  %911 = select i1 %900, i64 %910, i64 %903
  store i64 %911, i64* %lowEnd, align 8
  %912 = add i64 %600, 64
  %913 = sub i64 %600, %scratch_start
  %914 = lshr i64 %913, 4
  %915 = add i64 %912, %914
  %916 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %915)
  %917 = call i64 @llvm.umax.i64(i64 %904, i64 %916)
  %918 = select i1 %900, i64 %904, i64 %917
  store i64 %918, i64* %highEnd, align 8
  store i64 %902, i64* %lowStart, align 8
  br label %write.ok128

e35:                                              ; preds = %write.ok159
  %919 = load i32, i32* %result131, align 4
  store i32 %919, i32* %applied, align 4
  %920 = load i32, i32* %dict, align 4
  %921 = load i32, i32* %applied, align 4
  %922 = zext i32 %920 to i64
  %923 = add i64 %922, 20
  %924 = add i64 %923, 4
  %925 = icmp uge i64 %923, %scratch_start
  %926 = load i64, i64* %highEnd, align 8
  %927 = icmp ule i64 %924, %926
  %928 = and i1 %925, %927
  %929 = call i1 @llvm.expect.i1(i1 %928, i1 true)
  br i1 %929, label %write.ok164, label %write.low162

ok132:                                            ; preds = %write.ok128
  %930 = getelementptr i8, i8* %mem, i64 %897
  %931 = bitcast i32* %unaligned133 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %931, i8* %930, i64 4, i1 false)
  %932 = load i32, i32* %unaligned133, align 4
  %933 = zext i32 %932 to i64
  %934 = mul i64 %933, 8
  %935 = add i64 8, %934
  store i64 %935, i64* %size.3, align 8
  %936 = load i64, i64* %size.3, align 8
  %937 = icmp ugt i64 %936, 2147483647
  %938 = zext i1 %937 to i32
  %939 = icmp ne i32 %938, 0
  br i1 %939, label %then134, label %else135

then134:                                          ; preds = %ok132
  br label %trap15.site16

else135:                                          ; preds = %ok132
  br label %join136

join136:                                          ; preds = %else135, %dead137
  %940 = load i64, i64* %size.3, align 8
  %941 = trunc i64 %940 to i32
  %942 = zext i32 %941 to i64
  %943 = getelementptr i64, i64* %regs, i64 1
  %944 = getelementptr i64, i64* %regs, i64 2
  %945 = load i64, i64* %943, align 8
  %946 = add i64 %945, 7
  %947 = and i64 %946, -8
  %948 = add i64 %947, %942
  %949 = load i64, i64* %944, align 8
  %950 = icmp ugt i64 %948, %949
  br i1 %950, label %trap15.site16, label %ok138

trap15.site16:                                    ; preds = %join136, %then134
  %951 = load i64, i64* %lowStart, align 8
  %952 = getelementptr i64, i64* %regs, i64 6
  store i64 %951, i64* %952, align 8
  %953 = load i64, i64* %lowEnd, align 8
  %954 = getelementptr i64, i64* %regs, i64 7
  store i64 %953, i64* %954, align 8
  %955 = load i64, i64* %highEnd, align 8
  %956 = getelementptr i64, i64* %regs, i64 8
  store i64 %955, i64* %956, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead137:                                          ; No predecessors!
  br label %join136

ok138:                                            ; preds = %join136
  store i64 %948, i64* %943, align 8
  %957 = load i64, i64* %highEnd, align 8
  %958 = call i64 @llvm.umax.i64(i64 %957, i64 %948)
  store i64 %958, i64* %highEnd, align 8
  %959 = trunc i64 %947 to i32
  store i32 %959, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %960 = load i32, i32* %xs.4, align 4
  %961 = zext i32 %960 to i64
  %962 = sub i64 %arena_size, 4
  %963 = icmp sgt i64 %961, %962
  br i1 %963, label %trap17.site0, label %ok139

ok139:                                            ; preds = %ok138
  %964 = getelementptr i8, i8* %mem, i64 %961
  %965 = bitcast i32* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %965, i8* %964, i64 4, i1 false)
  %966 = load i32, i32* %unaligned140, align 4
  store i32 %966, i32* %n.3, align 4
  store i32 0, i32* %k.4, align 4
  br label %each38

block37:                                          ; preds = %dead156, %ok141
  %967 = load i32, i32* %list.3, align 4
  %968 = load i32, i32* %len.3, align 4
  %969 = zext i32 %967 to i64
  %970 = add i64 %969, 4
  %971 = icmp uge i64 %969, %scratch_start
  %972 = load i64, i64* %highEnd, align 8
  %973 = icmp ule i64 %970, %972
  %974 = and i1 %971, %973
  %975 = call i1 @llvm.expect.i1(i1 %974, i1 true)
  br i1 %975, label %write.ok159, label %write.low157

each38:                                           ; preds = %write.ok153, %ok139
  %976 = load i64, i64* %fuel, align 8
  %977 = icmp ult i64 %976, 1
  br i1 %977, label %trap14.site0, label %ok141

ok141:                                            ; preds = %each38
  %978 = sub i64 %976, 1
  store i64 %978, i64* %fuel, align 8
  %979 = load i32, i32* %k.4, align 4
  %980 = load i32, i32* %n.3, align 4
  %981 = icmp uge i32 %979, %980
  %982 = zext i1 %981 to i32
  %983 = icmp ne i32 %982, 0
  br i1 %983, label %block37, label %cont142

cont142:                                          ; preds = %ok141
  %984 = load i32, i32* %xs.4, align 4
  %985 = load i32, i32* %k.4, align 4
  %986 = mul i32 %985, 4
  %987 = add i32 %984, %986
  %988 = zext i32 %987 to i64
  %989 = sub i64 %arena_size, 8
  %990 = icmp sgt i64 %988, %989
  br i1 %990, label %trap17.site0, label %ok143

ok143:                                            ; preds = %cont142
  %991 = add i64 %988, 4
  %992 = getelementptr i8, i8* %mem, i64 %991
  %993 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %993, i8* %992, i64 4, i1 false)
  %994 = load i32, i32* %unaligned144, align 4
  store i32 %994, i32* %x.6, align 4
  %995 = load i32, i32* %x.6, align 4
  store i32 %995, i32* %f, align 4
  %996 = load i32, i32* %list.3, align 4
  %997 = load i32, i32* %len.3, align 4
  %998 = mul i32 %997, 8
  %999 = add i32 %996, %998
  %1000 = load i64, i64* %k, align 8
  store i64 %1000, i64* %arg, align 8
  %1001 = load i32, i32* %f, align 4
  store i32 %1001, i32* %callee, align 4
  %1002 = load i32, i32* %callee, align 4
  %1003 = zext i32 %1002 to i64
  %1004 = sub i64 %arena_size, 8
  %1005 = icmp sgt i64 %1003, %1004
  br i1 %1005, label %trap17.site0, label %ok146

e39:                                              ; preds = %stack_ok150
  %1006 = load i64, i64* %result145, align 8
  %1007 = zext i32 %999 to i64
  %1008 = add i64 %1007, 8
  %1009 = add i64 %1008, 8
  %1010 = icmp uge i64 %1008, %scratch_start
  %1011 = load i64, i64* %highEnd, align 8
  %1012 = icmp ule i64 %1009, %1011
  %1013 = and i1 %1010, %1012
  %1014 = call i1 @llvm.expect.i1(i1 %1013, i1 true)
  br i1 %1014, label %write.ok153, label %write.low151

ok146:                                            ; preds = %ok143
  %1015 = add i64 %1003, 4
  %1016 = getelementptr i8, i8* %mem, i64 %1015
  %1017 = bitcast i32* %unaligned147 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1017, i8* %1016, i64 4, i1 false)
  %1018 = load i32, i32* %unaligned147, align 4
  %1019 = load i64, i64* %arg, align 8
  %1020 = load i32, i32* %callee, align 4
  %1021 = zext i32 %1020 to i64
  %1022 = sub i64 %arena_size, 4
  %1023 = icmp sgt i64 %1021, %1022
  br i1 %1023, label %trap17.site0, label %ok148

ok148:                                            ; preds = %ok146
  %1024 = getelementptr i8, i8* %mem, i64 %1021
  %1025 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1025, i8* %1024, i64 4, i1 false)
  %1026 = load i32, i32* %unaligned149, align 4
  %1027 = icmp ult i64 %10, %stack_limit
  br i1 %1027, label %trap253.site0, label %stack_ok150

stack_ok150:                                      ; preds = %ok148
  %1028 = load i64, i64* %fuel, align 8
  %1029 = getelementptr i64, i64* %regs, i64 0
  store i64 %1028, i64* %1029, align 8
  %1030 = load i64, i64* %lowStart, align 8
  %1031 = getelementptr i64, i64* %regs, i64 6
  store i64 %1030, i64* %1031, align 8
  %1032 = load i64, i64* %lowEnd, align 8
  %1033 = getelementptr i64, i64* %regs, i64 7
  store i64 %1032, i64* %1033, align 8
  %1034 = load i64, i64* %highEnd, align 8
  %1035 = getelementptr i64, i64* %regs, i64 8
  store i64 %1034, i64* %1035, align 8
  %1036 = call i64 @m0.call_indirect.i32.i64-i64(i64* %regs, i8* %mem, i32 %depth, i32 17, i32 %1026, i32 %1018, i64 %1019)
  %1037 = getelementptr i64, i64* %regs, i64 0
  %1038 = load i64, i64* %1037, align 8
  store i64 %1038, i64* %fuel, align 8
  %1039 = getelementptr i64, i64* %regs, i64 6
  %1040 = load i64, i64* %1039, align 8
  store i64 %1040, i64* %lowStart, align 8
  %1041 = getelementptr i64, i64* %regs, i64 7
  %1042 = load i64, i64* %1041, align 8
  store i64 %1042, i64* %lowEnd, align 8
  %1043 = getelementptr i64, i64* %regs, i64 8
  %1044 = load i64, i64* %1043, align 8
  store i64 %1044, i64* %highEnd, align 8
  store i64 %1036, i64* %result145, align 8
  br label %e39

write.low151:                                     ; preds = %e39
  %1045 = load i64, i64* %lowStart, align 8
  %1046 = icmp uge i64 %1008, %1045
  %1047 = load i64, i64* %lowEnd, align 8
  %1048 = icmp ule i64 %1009, %1047
  %1049 = and i1 %1046, %1048
  %1050 = call i1 @llvm.expect.i1(i1 %1049, i1 true)
  br i1 %1050, label %write.ok153, label %write.slow152

write.slow152:                                    ; preds = %write.low151
  %1051 = icmp ugt i64 %1009, %arena_size
  br i1 %1051, label %trap17.site0, label %ok154

write.ok153:                                      ; preds = %ok154, %write.low151, %e39
  %1052 = getelementptr i8, i8* %mem, i64 %1008
  store i64 %1006, i64* %unaligned155, align 8
  %1053 = bitcast i64* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1052, i8* %1053, i64 8, i1 false)
  %1054 = load i32, i32* %len.3, align 4
  %1055 = add i32 %1054, 1
  store i32 %1055, i32* %len.3, align 4
  %1056 = load i32, i32* %k.4, align 4
  %1057 = add i32 %1056, 1
  store i32 %1057, i32* %k.4, align 4
  br label %each38

ok154:                                            ; preds = %write.slow152
  %1058 = icmp ult i64 %1008, %scratch_start
  %1059 = load i64, i64* %lowStart, align 8
  %1060 = call i64 @llvm.umin.i64(i64 %1059, i64 %1008)
  %1061 = load i64, i64* %lowEnd, align 8
  %1062 = load i64, i64* %highEnd, align 8
  %1063 = add i64 %1009, 64
  %1064 = sub i64 %1009, %1060
  %1065 = lshr i64 %1064, 4
  %1066 = add i64 %1063, %1065
  %1067 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1066)
  %1068 = call i64 @llvm.umax.i64(i64 %1061, i64 %1067)
  %1069 = select i1 %1058, i64 %1068, i64 %1061
  store i64 %1069, i64* %lowEnd, align 8
  %1070 = add i64 %1009, 64
  %1071 = sub i64 %1009, %scratch_start
  %1072 = lshr i64 %1071, 4
  %1073 = add i64 %1070, %1072
  %1074 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1073)
  %1075 = call i64 @llvm.umax.i64(i64 %1062, i64 %1074)
  %1076 = select i1 %1058, i64 %1062, i64 %1075
  store i64 %1076, i64* %highEnd, align 8
  store i64 %1060, i64* %lowStart, align 8
  br label %write.ok153

dead156:                                          ; No predecessors!
  br label %block37

write.low157:                                     ; preds = %block37
  %1077 = load i64, i64* %lowStart, align 8
  %1078 = icmp uge i64 %969, %1077
  %1079 = load i64, i64* %lowEnd, align 8
  %1080 = icmp ule i64 %970, %1079
  %1081 = and i1 %1078, %1080
  %1082 = call i1 @llvm.expect.i1(i1 %1081, i1 true)
  br i1 %1082, label %write.ok159, label %write.slow158

write.slow158:                                    ; preds = %write.low157
  %1083 = icmp ugt i64 %970, %arena_size
  br i1 %1083, label %trap17.site0, label %ok160

write.ok159:                                      ; preds = %ok160, %write.low157, %block37
  %1084 = getelementptr i8, i8* %mem, i64 %969
  store i32 %968, i32* %unaligned161, align 4
  %1085 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1084, i8* %1085, i64 4, i1 false)
  %1086 = load i32, i32* %list.3, align 4
  store i32 %1086, i32* %result131, align 4
  br label %e35

ok160:                                            ; preds = %write.slow158
  %1087 = icmp ult i64 %969, %scratch_start
  %1088 = load i64, i64* %lowStart, align 8
  %1089 = call i64 @llvm.umin.i64(i64 %1088, i64 %969)
  %1090 = load i64, i64* %lowEnd, align 8
  %1091 = load i64, i64* %highEnd, align 8
  %1092 = add i64 %970, 64
  %1093 = sub i64 %970, %1089
  %1094 = lshr i64 %1093, 4
  %1095 = add i64 %1092, %1094
  %1096 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1095)
  %1097 = call i64 @llvm.umax.i64(i64 %1090, i64 %1096)
  %1098 = select i1 %1087, i64 %1097, i64 %1090
  store i64 %1098, i64* %lowEnd, align 8
  %1099 = add i64 %970, 64
  %1100 = sub i64 %970, %scratch_start
  %1101 = lshr i64 %1100, 4
  %1102 = add i64 %1099, %1101
  %1103 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1102)
  %1104 = call i64 @llvm.umax.i64(i64 %1091, i64 %1103)
  %1105 = select i1 %1087, i64 %1091, i64 %1104
  store i64 %1105, i64* %highEnd, align 8
  store i64 %1089, i64* %lowStart, align 8
  br label %write.ok159

write.low162:                                     ; preds = %e35
  %1106 = load i64, i64* %lowStart, align 8
  %1107 = icmp uge i64 %923, %1106
  %1108 = load i64, i64* %lowEnd, align 8
  %1109 = icmp ule i64 %924, %1108
  %1110 = and i1 %1107, %1109
  %1111 = call i1 @llvm.expect.i1(i1 %1110, i1 true)
  br i1 %1111, label %write.ok164, label %write.slow163

write.slow163:                                    ; preds = %write.low162
  %1112 = icmp ugt i64 %924, %arena_size
  br i1 %1112, label %trap17.site0, label %ok165

write.ok164:                                      ; preds = %ok165, %write.low162, %e35
  %1113 = getelementptr i8, i8* %mem, i64 %923
  store i32 %921, i32* %unaligned166, align 4
  %1114 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1113, i8* %1114, i64 4, i1 false)
  %1115 = load i32, i32* %dict, align 4
  store i32 %1115, i32* %result6, align 4
  br label %e2

ok165:                                            ; preds = %write.slow163
  %1116 = icmp ult i64 %923, %scratch_start
  %1117 = load i64, i64* %lowStart, align 8
  %1118 = call i64 @llvm.umin.i64(i64 %1117, i64 %923)
  %1119 = load i64, i64* %lowEnd, align 8
  %1120 = load i64, i64* %highEnd, align 8
  %1121 = add i64 %924, 64
  %1122 = sub i64 %924, %1118
  %1123 = lshr i64 %1122, 4
  %1124 = add i64 %1121, %1123
  %1125 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1124)
  %1126 = call i64 @llvm.umax.i64(i64 %1119, i64 %1125)
  %1127 = select i1 %1116, i64 %1126, i64 %1119
  store i64 %1127, i64* %lowEnd, align 8
  %1128 = add i64 %924, 64
  %1129 = sub i64 %924, %scratch_start
  %1130 = lshr i64 %1129, 4
  %1131 = add i64 %1128, %1130
  %1132 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1131)
  %1133 = call i64 @llvm.umax.i64(i64 %1120, i64 %1132)
  %1134 = select i1 %1116, i64 %1120, i64 %1133
  store i64 %1134, i64* %highEnd, align 8
  store i64 %1118, i64* %lowStart, align 8
  br label %write.ok164

ok167:                                            ; preds = %e0
  %1135 = icmp ult i64 %10, %stack_limit
  br i1 %1135, label %trap253.site0, label %stack_ok168

trap15.site0:                                     ; preds = %e0
  %1136 = load i64, i64* %lowStart, align 8
  %1137 = getelementptr i64, i64* %regs, i64 6
  store i64 %1136, i64* %1137, align 8
  %1138 = load i64, i64* %lowEnd, align 8
  %1139 = getelementptr i64, i64* %regs, i64 7
  store i64 %1138, i64* %1139, align 8
  %1140 = load i64, i64* %highEnd, align 8
  %1141 = getelementptr i64, i64* %regs, i64 8
  store i64 %1140, i64* %1141, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok168:                                      ; preds = %ok167
  %1142 = load i64, i64* %fuel, align 8
  %1143 = getelementptr i64, i64* %regs, i64 0
  store i64 %1142, i64* %1143, align 8
  %1144 = load i64, i64* %lowStart, align 8
  %1145 = getelementptr i64, i64* %regs, i64 6
  store i64 %1144, i64* %1145, align 8
  %1146 = load i64, i64* %lowEnd, align 8
  %1147 = getelementptr i64, i64* %regs, i64 7
  store i64 %1146, i64* %1147, align 8
  %1148 = load i64, i64* %highEnd, align 8
  %1149 = getelementptr i64, i64* %regs, i64 8
  store i64 %1148, i64* %1149, align 8
  %1150 = add i32 %depth, 1
  %1151 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1150, i32 %89, i32 %90, i32 0)
  %1152 = getelementptr i64, i64* %regs, i64 0
  %1153 = load i64, i64* %1152, align 8
  store i64 %1153, i64* %fuel, align 8
  %1154 = getelementptr i64, i64* %regs, i64 6
  %1155 = load i64, i64* %1154, align 8
  store i64 %1155, i64* %lowStart, align 8
  %1156 = getelementptr i64, i64* %regs, i64 7
  %1157 = load i64, i64* %1156, align 8
  store i64 %1157, i64* %lowEnd, align 8
  %1158 = getelementptr i64, i64* %regs, i64 8
  %1159 = load i64, i64* %1158, align 8
  store i64 %1159, i64* %highEnd, align 8
  store i32 %1151, i32* %json_end, align 4
  %1160 = load i32, i32* %json_end, align 4
  %1161 = icmp eq i32 %1160, -2
  %1162 = zext i1 %1161 to i32
  %1163 = icmp ne i32 %1162, 0
  br i1 %1163, label %then169, label %else170

then169:                                          ; preds = %stack_ok168
  br label %trap16.site18

else170:                                          ; preds = %stack_ok168
  br label %join171

join171:                                          ; preds = %else170, %dead172
  %1164 = load i32, i32* %json_end, align 4
  %1165 = icmp eq i32 %1164, -1
  %1166 = zext i1 %1165 to i32
  %1167 = icmp ne i32 %1166, 0
  br i1 %1167, label %then173, label %else174

trap16.site18:                                    ; preds = %then169
  %1168 = load i64, i64* %lowStart, align 8
  %1169 = getelementptr i64, i64* %regs, i64 6
  store i64 %1168, i64* %1169, align 8
  %1170 = load i64, i64* %lowEnd, align 8
  %1171 = getelementptr i64, i64* %regs, i64 7
  store i64 %1170, i64* %1171, align 8
  %1172 = load i64, i64* %highEnd, align 8
  %1173 = getelementptr i64, i64* %regs, i64 8
  store i64 %1172, i64* %1173, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 18)
  unreachable

dead172:                                          ; No predecessors!
  br label %join171

then173:                                          ; preds = %join171
  br label %trap15.site18

else174:                                          ; preds = %join171
  br label %join175

join175:                                          ; preds = %else174, %dead176
  %1174 = load i32, i32* %json_end, align 4
  %1175 = zext i32 %1174 to i64
  %1176 = getelementptr i64, i64* %regs, i64 3
  store i64 %1175, i64* %1176, align 8
  %1177 = load i32, i32* %json_end, align 4
  %1178 = load i32, i32* %json_start, align 4
  %1179 = sub i32 %1177, %1178
  %1180 = load i64, i64* %fuel, align 8
  %1181 = getelementptr i64, i64* %regs, i64 0
  store i64 %1180, i64* %1181, align 8
  %1182 = load i64, i64* %lowStart, align 8
  %1183 = getelementptr i64, i64* %regs, i64 6
  store i64 %1182, i64* %1183, align 8
  %1184 = load i64, i64* %lowEnd, align 8
  %1185 = getelementptr i64, i64* %regs, i64 7
  store i64 %1184, i64* %1185, align 8
  %1186 = load i64, i64* %highEnd, align 8
  %1187 = getelementptr i64, i64* %regs, i64 8
  store i64 %1186, i64* %1187, align 8
  ret i32 %1179

trap15.site18:                                    ; preds = %then173
  %1188 = load i64, i64* %lowStart, align 8
  %1189 = getelementptr i64, i64* %regs, i64 6
  store i64 %1188, i64* %1189, align 8
  %1190 = load i64, i64* %lowEnd, align 8
  %1191 = getelementptr i64, i64* %regs, i64 7
  store i64 %1190, i64* %1191, align 8
  %1192 = load i64, i64* %highEnd, align 8
  %1193 = getelementptr i64, i64* %regs, i64 8
  store i64 %1192, i64* %1193, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead176:                                          ; No predecessors!
  br label %join175
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
