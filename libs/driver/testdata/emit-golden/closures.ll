; From libs/driver/testdata/emit-golden/closures.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/closures.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (31):
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
;   @m0.call_indirect.i32.i64-i64
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
  %269 = add i64 %268, 2
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
  %284 = add i64 %283, 1
  %285 = icmp ugt i64 %284, %arena_size
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
  %540 = add i64 %539, 4
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
  %567 = add i64 %566, 8
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
  store i32 %598, i32* %unaligned117, align 4
  %618 = bitcast i32* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %618, i64 4, i1 false)
  %619 = load i32, i32* %args_out, align 4
  %620 = load i64, i64* %arg.1, align 8
  %621 = zext i32 %619 to i64
  %622 = add i64 %621, 8
  %623 = add i64 %622, 8
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
  store i64 %620, i64* %unaligned122, align 8
  %654 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %653, i8* %654, i64 8, i1 false)
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
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 8
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow163, %write.slow158, %write.slow152, %ok146, %ok143, %cont142, %ok138, %write.ok128, %write.slow127, %write.slow122, %write.slow116, %write.slow111, %write.slow106, %write.slow100, %write.slow77, %cont71, %write.ok64, %write.slow63, %write.slow58, %write.slow52, %cont43, %ok39, %write.ok29, %write.slow28, %write.slow23, %write.slow, %cont, %ok11, %ok7, %ok2, %stack_ok
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
  %99 = add i64 %98, 4
  %100 = icmp ugt i64 %99, %arena_size
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
  br i1 %115, label %write.ok29, label %write.low27

ok9:                                              ; preds = %ok7
  %116 = getelementptr i8, i8* %mem, i64 %98
  %117 = bitcast i32* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %117, i8* %116, i64 4, i1 false)
  %118 = load i32, i32* %unaligned10, align 4
  %119 = zext i32 %118 to i64
  %120 = mul i64 %119, 8
  %121 = add i64 8, %120
  store i64 %121, i64* %size, align 8
  %122 = load i64, i64* %size, align 8
  %123 = icmp ugt i64 %122, 2147483647
  %124 = zext i1 %123 to i32
  %125 = icmp ne i32 %124, 0
  br i1 %125, label %then, label %else

then:                                             ; preds = %ok9
  br label %trap15.site5

else:                                             ; preds = %ok9
  br label %join

join:                                             ; preds = %else, %dead
  %126 = load i64, i64* %size, align 8
  %127 = trunc i64 %126 to i32
  %128 = zext i32 %127 to i64
  %129 = getelementptr i64, i64* %regs, i64 1
  %130 = getelementptr i64, i64* %regs, i64 2
  %131 = load i64, i64* %129, align 8
  %132 = add i64 %131, 7
  %133 = and i64 %132, -8
  %134 = add i64 %133, %128
  %135 = load i64, i64* %130, align 8
  %136 = icmp ugt i64 %134, %135
  br i1 %136, label %trap15.site5, label %ok11

trap15.site5:                                     ; preds = %join, %then
  %137 = load i64, i64* %lowStart, align 8
  %138 = getelementptr i64, i64* %regs, i64 6
  store i64 %137, i64* %138, align 8
  %139 = load i64, i64* %lowEnd, align 8
  %140 = getelementptr i64, i64* %regs, i64 7
  store i64 %139, i64* %140, align 8
  %141 = load i64, i64* %highEnd, align 8
  %142 = getelementptr i64, i64* %regs, i64 8
  store i64 %141, i64* %142, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok11:                                             ; preds = %join
  store i64 %134, i64* %129, align 8
  %143 = load i64, i64* %highEnd, align 8
  %144 = call i64 @llvm.umax.i64(i64 %143, i64 %134)
  store i64 %144, i64* %highEnd, align 8
  %145 = trunc i64 %133 to i32
  store i32 %145, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %146 = load i32, i32* %xs.1, align 4
  %147 = zext i32 %146 to i64
  %148 = add i64 %147, 4
  %149 = icmp ugt i64 %148, %arena_size
  br i1 %149, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok11
  %150 = getelementptr i8, i8* %mem, i64 %147
  %151 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %151, i8* %150, i64 4, i1 false)
  %152 = load i32, i32* %unaligned13, align 4
  store i32 %152, i32* %n, align 4
  store i32 0, i32* %k.1, align 4
  br label %each6

block5:                                           ; preds = %dead21, %ok14
  %153 = load i32, i32* %list, align 4
  %154 = load i32, i32* %len, align 4
  %155 = zext i32 %153 to i64
  %156 = add i64 %155, 4
  %157 = icmp uge i64 %155, %scratch_start
  %158 = load i64, i64* %highEnd, align 8
  %159 = icmp ule i64 %156, %158
  %160 = and i1 %157, %159
  br i1 %160, label %write.ok24, label %write.low22

each6:                                            ; preds = %write.ok, %ok12
  %161 = load i64, i64* %fuel, align 8
  %162 = icmp ult i64 %161, 1
  br i1 %162, label %trap14.site0, label %ok14

ok14:                                             ; preds = %each6
  %163 = sub i64 %161, 1
  store i64 %163, i64* %fuel, align 8
  %164 = load i32, i32* %k.1, align 4
  %165 = load i32, i32* %n, align 4
  %166 = icmp uge i32 %164, %165
  %167 = zext i1 %166 to i32
  %168 = icmp ne i32 %167, 0
  br i1 %168, label %block5, label %cont

cont:                                             ; preds = %ok14
  %169 = load i32, i32* %xs.1, align 4
  %170 = load i32, i32* %k.1, align 4
  %171 = mul i32 %170, 8
  %172 = add i32 %169, %171
  %173 = zext i32 %172 to i64
  %174 = add i64 %173, 8
  %175 = add i64 %174, 8
  %176 = icmp ugt i64 %175, %arena_size
  br i1 %176, label %trap17.site0, label %ok15

ok15:                                             ; preds = %cont
  %177 = getelementptr i8, i8* %mem, i64 %174
  %178 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %178, i8* %177, i64 8, i1 false)
  %179 = load i64, i64* %unaligned16, align 8
  store i64 %179, i64* %x, align 8
  %180 = load i64, i64* %x, align 8
  store i64 %180, i64* %x.1, align 8
  %181 = load i32, i32* %list, align 4
  %182 = load i32, i32* %len, align 4
  %183 = mul i32 %182, 8
  %184 = add i32 %181, %183
  %185 = load i64, i64* %x.1, align 8
  %186 = load i64, i64* %k, align 8
  %187 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %185, i64 %186)
  %188 = extractvalue { i64, i1 } %187, 1
  br i1 %188, label %trap2.site7, label %ok17

ok17:                                             ; preds = %ok15
  %189 = extractvalue { i64, i1 } %187, 0
  %190 = load i64, i64* %offset, align 8
  %191 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %189, i64 %190)
  %192 = extractvalue { i64, i1 } %191, 1
  br i1 %192, label %trap2.site6, label %ok18

trap2.site7:                                      ; preds = %ok15
  %193 = load i64, i64* %lowStart, align 8
  %194 = getelementptr i64, i64* %regs, i64 6
  store i64 %193, i64* %194, align 8
  %195 = load i64, i64* %lowEnd, align 8
  %196 = getelementptr i64, i64* %regs, i64 7
  store i64 %195, i64* %196, align 8
  %197 = load i64, i64* %highEnd, align 8
  %198 = getelementptr i64, i64* %regs, i64 8
  store i64 %197, i64* %198, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

ok18:                                             ; preds = %ok17
  %199 = extractvalue { i64, i1 } %191, 0
  %200 = zext i32 %184 to i64
  %201 = add i64 %200, 8
  %202 = add i64 %201, 8
  %203 = icmp uge i64 %201, %scratch_start
  %204 = load i64, i64* %highEnd, align 8
  %205 = icmp ule i64 %202, %204
  %206 = and i1 %203, %205
  br i1 %206, label %write.ok, label %write.low

trap2.site6:                                      ; preds = %ok17
  %207 = load i64, i64* %lowStart, align 8
  %208 = getelementptr i64, i64* %regs, i64 6
  store i64 %207, i64* %208, align 8
  %209 = load i64, i64* %lowEnd, align 8
  %210 = getelementptr i64, i64* %regs, i64 7
  store i64 %209, i64* %210, align 8
  %211 = load i64, i64* %highEnd, align 8
  %212 = getelementptr i64, i64* %regs, i64 8
  store i64 %211, i64* %212, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low:                                        ; preds = %ok18
  %213 = load i64, i64* %lowStart, align 8
  %214 = icmp uge i64 %201, %213
  %215 = load i64, i64* %lowEnd, align 8
  %216 = icmp ule i64 %202, %215
  %217 = and i1 %214, %216
  br i1 %217, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %218 = icmp ugt i64 %202, %arena_size
  br i1 %218, label %trap17.site0, label %ok19

write.ok:                                         ; preds = %ok19, %write.low, %ok18
  %219 = getelementptr i8, i8* %mem, i64 %201
  store i64 %199, i64* %unaligned20, align 8
  %220 = bitcast i64* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %219, i8* %220, i64 8, i1 false)
  %221 = load i32, i32* %len, align 4
  %222 = add i32 %221, 1
  store i32 %222, i32* %len, align 4
  %223 = load i32, i32* %k.1, align 4
  %224 = add i32 %223, 1
  store i32 %224, i32* %k.1, align 4
  br label %each6

ok19:                                             ; preds = %write.slow
  %225 = icmp ult i64 %201, %scratch_start
  %226 = load i64, i64* %lowStart, align 8
  %227 = call i64 @llvm.umin.i64(i64 %226, i64 %201)
  %228 = load i64, i64* %lowEnd, align 8
  %229 = load i64, i64* %highEnd, align 8
  %230 = add i64 %202, 64
  %231 = sub i64 %202, %227
  %232 = lshr i64 %231, 4
  %233 = add i64 %230, %232
  %234 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %233)
  %235 = call i64 @llvm.umax.i64(i64 %228, i64 %234)
  %236 = select i1 %225, i64 %235, i64 %228
  store i64 %236, i64* %lowEnd, align 8
  %237 = add i64 %202, 64
  %238 = sub i64 %202, %scratch_start
  %239 = lshr i64 %238, 4
  %240 = add i64 %237, %239
  %241 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %240)
  %242 = call i64 @llvm.umax.i64(i64 %229, i64 %241)
  %243 = select i1 %225, i64 %229, i64 %242
  store i64 %243, i64* %highEnd, align 8
  store i64 %227, i64* %lowStart, align 8
  br label %write.ok

dead21:                                           ; No predecessors!
  br label %block5

write.low22:                                      ; preds = %block5
  %244 = load i64, i64* %lowStart, align 8
  %245 = icmp uge i64 %155, %244
  %246 = load i64, i64* %lowEnd, align 8
  %247 = icmp ule i64 %156, %246
  %248 = and i1 %245, %247
  br i1 %248, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %249 = icmp ugt i64 %156, %arena_size
  br i1 %249, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %block5
  %250 = getelementptr i8, i8* %mem, i64 %155
  store i32 %154, i32* %unaligned26, align 4
  %251 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %250, i8* %251, i64 4, i1 false)
  %252 = load i32, i32* %list, align 4
  store i32 %252, i32* %result8, align 4
  br label %e3

ok25:                                             ; preds = %write.slow23
  %253 = icmp ult i64 %155, %scratch_start
  %254 = load i64, i64* %lowStart, align 8
  %255 = call i64 @llvm.umin.i64(i64 %254, i64 %155)
  %256 = load i64, i64* %lowEnd, align 8
  %257 = load i64, i64* %highEnd, align 8
  %258 = add i64 %156, 64
  %259 = sub i64 %156, %255
  %260 = lshr i64 %259, 4
  %261 = add i64 %258, %260
  %262 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %261)
  %263 = call i64 @llvm.umax.i64(i64 %256, i64 %262)
  %264 = select i1 %253, i64 %263, i64 %256
  store i64 %264, i64* %lowEnd, align 8
  %265 = add i64 %156, 64
  %266 = sub i64 %156, %scratch_start
  %267 = lshr i64 %266, 4
  %268 = add i64 %265, %267
  %269 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %268)
  %270 = call i64 @llvm.umax.i64(i64 %257, i64 %269)
  %271 = select i1 %253, i64 %257, i64 %270
  store i64 %271, i64* %highEnd, align 8
  store i64 %255, i64* %lowStart, align 8
  br label %write.ok24

write.low27:                                      ; preds = %e3
  %272 = load i64, i64* %lowStart, align 8
  %273 = icmp uge i64 %110, %272
  %274 = load i64, i64* %lowEnd, align 8
  %275 = icmp ule i64 %111, %274
  %276 = and i1 %273, %275
  br i1 %276, label %write.ok29, label %write.slow28

write.slow28:                                     ; preds = %write.low27
  %277 = icmp ugt i64 %111, %arena_size
  br i1 %277, label %trap17.site0, label %ok30

write.ok29:                                       ; preds = %ok30, %write.low27, %e3
  %278 = getelementptr i8, i8* %mem, i64 %110
  store i32 %109, i32* %unaligned31, align 4
  %279 = bitcast i32* %unaligned31 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %278, i8* %279, i64 4, i1 false)
  %280 = load i32, i32* %xs, align 4
  store i32 %280, i32* %xs.2, align 4
  %281 = load i32, i32* %xs.2, align 4
  %282 = zext i32 %281 to i64
  %283 = add i64 %282, 4
  %284 = icmp ugt i64 %283, %arena_size
  br i1 %284, label %trap17.site0, label %ok33

ok30:                                             ; preds = %write.slow28
  %285 = icmp ult i64 %110, %scratch_start
  %286 = load i64, i64* %lowStart, align 8
  %287 = call i64 @llvm.umin.i64(i64 %286, i64 %110)
  %288 = load i64, i64* %lowEnd, align 8
  %289 = load i64, i64* %highEnd, align 8
  %290 = add i64 %111, 64
  %291 = sub i64 %111, %287
  %292 = lshr i64 %291, 4
  %293 = add i64 %290, %292
  %294 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %293)
  %295 = call i64 @llvm.umax.i64(i64 %288, i64 %294)
  %296 = select i1 %285, i64 %295, i64 %288
  store i64 %296, i64* %lowEnd, align 8
  %297 = add i64 %111, 64
  %298 = sub i64 %111, %scratch_start
  %299 = lshr i64 %298, 4
  %300 = add i64 %297, %299
  %301 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %300)
  %302 = call i64 @llvm.umax.i64(i64 %289, i64 %301)
  %303 = select i1 %285, i64 %289, i64 %302
  store i64 %303, i64* %highEnd, align 8
  store i64 %287, i64* %lowStart, align 8
  br label %write.ok29

e12:                                              ; preds = %write.ok59
  %304 = load i32, i32* %result32, align 4
  store i32 %304, i32* %evens, align 4
  %305 = load i32, i32* %dict, align 4
  %306 = load i32, i32* %evens, align 4
  %307 = zext i32 %305 to i64
  %308 = add i64 %307, 4
  %309 = add i64 %308, 4
  %310 = icmp uge i64 %308, %scratch_start
  %311 = load i64, i64* %highEnd, align 8
  %312 = icmp ule i64 %309, %311
  %313 = and i1 %310, %312
  br i1 %313, label %write.ok64, label %write.low62

ok33:                                             ; preds = %write.ok29
  %314 = getelementptr i8, i8* %mem, i64 %282
  %315 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %315, i8* %314, i64 4, i1 false)
  %316 = load i32, i32* %unaligned34, align 4
  %317 = zext i32 %316 to i64
  %318 = mul i64 %317, 8
  %319 = add i64 8, %318
  store i64 %319, i64* %size.1, align 8
  %320 = load i64, i64* %size.1, align 8
  %321 = icmp ugt i64 %320, 2147483647
  %322 = zext i1 %321 to i32
  %323 = icmp ne i32 %322, 0
  br i1 %323, label %then35, label %else36

then35:                                           ; preds = %ok33
  br label %trap15.site8

else36:                                           ; preds = %ok33
  br label %join37

join37:                                           ; preds = %else36, %dead38
  %324 = load i64, i64* %size.1, align 8
  %325 = trunc i64 %324 to i32
  %326 = zext i32 %325 to i64
  %327 = getelementptr i64, i64* %regs, i64 1
  %328 = getelementptr i64, i64* %regs, i64 2
  %329 = load i64, i64* %327, align 8
  %330 = add i64 %329, 7
  %331 = and i64 %330, -8
  %332 = add i64 %331, %326
  %333 = load i64, i64* %328, align 8
  %334 = icmp ugt i64 %332, %333
  br i1 %334, label %trap15.site8, label %ok39

trap15.site8:                                     ; preds = %join37, %then35
  %335 = load i64, i64* %lowStart, align 8
  %336 = getelementptr i64, i64* %regs, i64 6
  store i64 %335, i64* %336, align 8
  %337 = load i64, i64* %lowEnd, align 8
  %338 = getelementptr i64, i64* %regs, i64 7
  store i64 %337, i64* %338, align 8
  %339 = load i64, i64* %highEnd, align 8
  %340 = getelementptr i64, i64* %regs, i64 8
  store i64 %339, i64* %340, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead38:                                           ; No predecessors!
  br label %join37

ok39:                                             ; preds = %join37
  store i64 %332, i64* %327, align 8
  %341 = load i64, i64* %highEnd, align 8
  %342 = call i64 @llvm.umax.i64(i64 %341, i64 %332)
  store i64 %342, i64* %highEnd, align 8
  %343 = trunc i64 %331 to i32
  store i32 %343, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %344 = load i32, i32* %xs.2, align 4
  %345 = zext i32 %344 to i64
  %346 = add i64 %345, 4
  %347 = icmp ugt i64 %346, %arena_size
  br i1 %347, label %trap17.site0, label %ok40

ok40:                                             ; preds = %ok39
  %348 = getelementptr i8, i8* %mem, i64 %345
  %349 = bitcast i32* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %349, i8* %348, i64 4, i1 false)
  %350 = load i32, i32* %unaligned41, align 4
  store i32 %350, i32* %n.1, align 4
  store i32 0, i32* %k.2, align 4
  br label %each15

block14:                                          ; preds = %dead56, %ok42
  %351 = load i32, i32* %list.1, align 4
  %352 = load i32, i32* %len.1, align 4
  %353 = zext i32 %351 to i64
  %354 = add i64 %353, 4
  %355 = icmp uge i64 %353, %scratch_start
  %356 = load i64, i64* %highEnd, align 8
  %357 = icmp ule i64 %354, %356
  %358 = and i1 %355, %357
  br i1 %358, label %write.ok59, label %write.low57

each15:                                           ; preds = %join50, %ok40
  %359 = load i64, i64* %fuel, align 8
  %360 = icmp ult i64 %359, 1
  br i1 %360, label %trap14.site0, label %ok42

ok42:                                             ; preds = %each15
  %361 = sub i64 %359, 1
  store i64 %361, i64* %fuel, align 8
  %362 = load i32, i32* %k.2, align 4
  %363 = load i32, i32* %n.1, align 4
  %364 = icmp uge i32 %362, %363
  %365 = zext i1 %364 to i32
  %366 = icmp ne i32 %365, 0
  br i1 %366, label %block14, label %cont43

cont43:                                           ; preds = %ok42
  %367 = load i32, i32* %xs.2, align 4
  %368 = load i32, i32* %k.2, align 4
  %369 = mul i32 %368, 8
  %370 = add i32 %367, %369
  %371 = zext i32 %370 to i64
  %372 = add i64 %371, 8
  %373 = add i64 %372, 8
  %374 = icmp ugt i64 %373, %arena_size
  br i1 %374, label %trap17.site0, label %ok44

ok44:                                             ; preds = %cont43
  %375 = getelementptr i8, i8* %mem, i64 %372
  %376 = bitcast i64* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %376, i8* %375, i64 8, i1 false)
  %377 = load i64, i64* %unaligned45, align 8
  store i64 %377, i64* %x.2, align 8
  %378 = load i64, i64* %x.2, align 8
  store i64 %378, i64* %x.3, align 8
  %379 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site10, label %ok46

ok46:                                             ; preds = %ok44
  %380 = icmp eq i64 %379, -9223372036854775808
  %381 = and i1 %380, false
  br i1 %381, label %trap2.site10, label %ok47

trap1.site10:                                     ; preds = %ok44
  %382 = load i64, i64* %lowStart, align 8
  %383 = getelementptr i64, i64* %regs, i64 6
  store i64 %382, i64* %383, align 8
  %384 = load i64, i64* %lowEnd, align 8
  %385 = getelementptr i64, i64* %regs, i64 7
  store i64 %384, i64* %385, align 8
  %386 = load i64, i64* %highEnd, align 8
  %387 = getelementptr i64, i64* %regs, i64 8
  store i64 %386, i64* %387, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok47:                                             ; preds = %ok46
  %388 = srem i64 %379, 2
  %389 = icmp eq i64 %388, 0
  %390 = zext i1 %389 to i32
  %391 = icmp ne i32 %390, 0
  br i1 %391, label %then48, label %else49

trap2.site10:                                     ; preds = %ok46
  %392 = load i64, i64* %lowStart, align 8
  %393 = getelementptr i64, i64* %regs, i64 6
  store i64 %392, i64* %393, align 8
  %394 = load i64, i64* %lowEnd, align 8
  %395 = getelementptr i64, i64* %regs, i64 7
  store i64 %394, i64* %395, align 8
  %396 = load i64, i64* %highEnd, align 8
  %397 = getelementptr i64, i64* %regs, i64 8
  store i64 %396, i64* %397, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

then48:                                           ; preds = %ok47
  %398 = load i32, i32* %list.1, align 4
  %399 = load i32, i32* %len.1, align 4
  %400 = mul i32 %399, 8
  %401 = add i32 %398, %400
  %402 = load i64, i64* %x.2, align 8
  %403 = zext i32 %401 to i64
  %404 = add i64 %403, 8
  %405 = add i64 %404, 8
  %406 = icmp uge i64 %404, %scratch_start
  %407 = load i64, i64* %highEnd, align 8
  %408 = icmp ule i64 %405, %407
  %409 = and i1 %406, %408
  br i1 %409, label %write.ok53, label %write.low51

else49:                                           ; preds = %ok47
  br label %join50

join50:                                           ; preds = %else49, %write.ok53
  %410 = load i32, i32* %k.2, align 4
  %411 = add i32 %410, 1
  store i32 %411, i32* %k.2, align 4
  br label %each15

write.low51:                                      ; preds = %then48
  %412 = load i64, i64* %lowStart, align 8
  %413 = icmp uge i64 %404, %412
  %414 = load i64, i64* %lowEnd, align 8
  %415 = icmp ule i64 %405, %414
  %416 = and i1 %413, %415
  br i1 %416, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %417 = icmp ugt i64 %405, %arena_size
  br i1 %417, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %then48
  %418 = getelementptr i8, i8* %mem, i64 %404
  store i64 %402, i64* %unaligned55, align 8
  %419 = bitcast i64* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %418, i8* %419, i64 8, i1 false)
  %420 = load i32, i32* %len.1, align 4
  %421 = add i32 %420, 1
  store i32 %421, i32* %len.1, align 4
  br label %join50

ok54:                                             ; preds = %write.slow52
  %422 = icmp ult i64 %404, %scratch_start
  %423 = load i64, i64* %lowStart, align 8
  %424 = call i64 @llvm.umin.i64(i64 %423, i64 %404)
  %425 = load i64, i64* %lowEnd, align 8
  %426 = load i64, i64* %highEnd, align 8
  %427 = add i64 %405, 64
  %428 = sub i64 %405, %424
  %429 = lshr i64 %428, 4
  %430 = add i64 %427, %429
  %431 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %430)
  %432 = call i64 @llvm.umax.i64(i64 %425, i64 %431)
  %433 = select i1 %422, i64 %432, i64 %425
  store i64 %433, i64* %lowEnd, align 8
  %434 = add i64 %405, 64
  %435 = sub i64 %405, %scratch_start
  %436 = lshr i64 %435, 4
  %437 = add i64 %434, %436
  %438 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %437)
  %439 = call i64 @llvm.umax.i64(i64 %426, i64 %438)
  %440 = select i1 %422, i64 %426, i64 %439
  store i64 %440, i64* %highEnd, align 8
  store i64 %424, i64* %lowStart, align 8
  br label %write.ok53

dead56:                                           ; No predecessors!
  br label %block14

write.low57:                                      ; preds = %block14
  %441 = load i64, i64* %lowStart, align 8
  %442 = icmp uge i64 %353, %441
  %443 = load i64, i64* %lowEnd, align 8
  %444 = icmp ule i64 %354, %443
  %445 = and i1 %442, %444
  br i1 %445, label %write.ok59, label %write.slow58

write.slow58:                                     ; preds = %write.low57
  %446 = icmp ugt i64 %354, %arena_size
  br i1 %446, label %trap17.site0, label %ok60

write.ok59:                                       ; preds = %ok60, %write.low57, %block14
  %447 = getelementptr i8, i8* %mem, i64 %353
  store i32 %352, i32* %unaligned61, align 4
  %448 = bitcast i32* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %447, i8* %448, i64 4, i1 false)
  %449 = load i32, i32* %list.1, align 4
  store i32 %449, i32* %result32, align 4
  br label %e12

ok60:                                             ; preds = %write.slow58
  %450 = icmp ult i64 %353, %scratch_start
  %451 = load i64, i64* %lowStart, align 8
  %452 = call i64 @llvm.umin.i64(i64 %451, i64 %353)
  %453 = load i64, i64* %lowEnd, align 8
  %454 = load i64, i64* %highEnd, align 8
  %455 = add i64 %354, 64
  %456 = sub i64 %354, %452
  %457 = lshr i64 %456, 4
  %458 = add i64 %455, %457
  %459 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %458)
  %460 = call i64 @llvm.umax.i64(i64 %453, i64 %459)
  %461 = select i1 %450, i64 %460, i64 %453
  store i64 %461, i64* %lowEnd, align 8
  %462 = add i64 %354, 64
  %463 = sub i64 %354, %scratch_start
  %464 = lshr i64 %463, 4
  %465 = add i64 %462, %464
  %466 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %465)
  %467 = call i64 @llvm.umax.i64(i64 %454, i64 %466)
  %468 = select i1 %450, i64 %454, i64 %467
  store i64 %468, i64* %highEnd, align 8
  store i64 %452, i64* %lowStart, align 8
  br label %write.ok59

write.low62:                                      ; preds = %e12
  %469 = load i64, i64* %lowStart, align 8
  %470 = icmp uge i64 %308, %469
  %471 = load i64, i64* %lowEnd, align 8
  %472 = icmp ule i64 %309, %471
  %473 = and i1 %470, %472
  br i1 %473, label %write.ok64, label %write.slow63

write.slow63:                                     ; preds = %write.low62
  %474 = icmp ugt i64 %309, %arena_size
  br i1 %474, label %trap17.site0, label %ok65

write.ok64:                                       ; preds = %ok65, %write.low62, %e12
  %475 = getelementptr i8, i8* %mem, i64 %308
  store i32 %306, i32* %unaligned66, align 4
  %476 = bitcast i32* %unaligned66 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %475, i8* %476, i64 4, i1 false)
  %477 = load i32, i32* %xs, align 4
  store i32 %477, i32* %xs.3, align 4
  store i64 0, i64* %acc, align 8
  %478 = load i32, i32* %xs.3, align 4
  %479 = zext i32 %478 to i64
  %480 = add i64 %479, 4
  %481 = icmp ugt i64 %480, %arena_size
  br i1 %481, label %trap17.site0, label %ok68

ok65:                                             ; preds = %write.slow63
  %482 = icmp ult i64 %308, %scratch_start
  %483 = load i64, i64* %lowStart, align 8
  %484 = call i64 @llvm.umin.i64(i64 %483, i64 %308)
  %485 = load i64, i64* %lowEnd, align 8
  %486 = load i64, i64* %highEnd, align 8
  %487 = add i64 %309, 64
  %488 = sub i64 %309, %484
  %489 = lshr i64 %488, 4
  %490 = add i64 %487, %489
  %491 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %490)
  %492 = call i64 @llvm.umax.i64(i64 %485, i64 %491)
  %493 = select i1 %482, i64 %492, i64 %485
  store i64 %493, i64* %lowEnd, align 8
  %494 = add i64 %309, 64
  %495 = sub i64 %309, %scratch_start
  %496 = lshr i64 %495, 4
  %497 = add i64 %494, %496
  %498 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %497)
  %499 = call i64 @llvm.umax.i64(i64 %486, i64 %498)
  %500 = select i1 %482, i64 %486, i64 %499
  store i64 %500, i64* %highEnd, align 8
  store i64 %484, i64* %lowStart, align 8
  br label %write.ok64

e21:                                              ; preds = %block24
  %501 = load i64, i64* %result67, align 8
  store i64 %501, i64* %total, align 8
  %502 = load i32, i32* %dict, align 4
  %503 = load i64, i64* %total, align 8
  %504 = zext i32 %502 to i64
  %505 = add i64 %504, 8
  %506 = add i64 %505, 8
  %507 = icmp uge i64 %505, %scratch_start
  %508 = load i64, i64* %highEnd, align 8
  %509 = icmp ule i64 %506, %508
  %510 = and i1 %507, %509
  br i1 %510, label %write.ok78, label %write.low76

ok68:                                             ; preds = %write.ok64
  %511 = getelementptr i8, i8* %mem, i64 %479
  %512 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %512, i8* %511, i64 4, i1 false)
  %513 = load i32, i32* %unaligned69, align 4
  store i32 %513, i32* %n.2, align 4
  store i32 0, i32* %k.3, align 4
  br label %each25

block24:                                          ; preds = %dead75, %ok70
  %514 = load i64, i64* %acc, align 8
  store i64 %514, i64* %result67, align 8
  br label %e21

each25:                                           ; preds = %ok74, %ok68
  %515 = load i64, i64* %fuel, align 8
  %516 = icmp ult i64 %515, 1
  br i1 %516, label %trap14.site0, label %ok70

ok70:                                             ; preds = %each25
  %517 = sub i64 %515, 1
  store i64 %517, i64* %fuel, align 8
  %518 = load i32, i32* %k.3, align 4
  %519 = load i32, i32* %n.2, align 4
  %520 = icmp uge i32 %518, %519
  %521 = zext i1 %520 to i32
  %522 = icmp ne i32 %521, 0
  br i1 %522, label %block24, label %cont71

cont71:                                           ; preds = %ok70
  %523 = load i32, i32* %xs.3, align 4
  %524 = load i32, i32* %k.3, align 4
  %525 = mul i32 %524, 8
  %526 = add i32 %523, %525
  %527 = zext i32 %526 to i64
  %528 = add i64 %527, 8
  %529 = add i64 %528, 8
  %530 = icmp ugt i64 %529, %arena_size
  br i1 %530, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont71
  %531 = getelementptr i8, i8* %mem, i64 %528
  %532 = bitcast i64* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %532, i8* %531, i64 8, i1 false)
  %533 = load i64, i64* %unaligned73, align 8
  store i64 %533, i64* %x.4, align 8
  %534 = load i64, i64* %acc, align 8
  store i64 %534, i64* %acc.1, align 8
  %535 = load i64, i64* %x.4, align 8
  store i64 %535, i64* %x.5, align 8
  %536 = load i64, i64* %acc.1, align 8
  %537 = load i64, i64* %x.5, align 8
  %538 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %536, i64 %537)
  %539 = extractvalue { i64, i1 } %538, 1
  br i1 %539, label %trap2.site12, label %ok74

ok74:                                             ; preds = %ok72
  %540 = extractvalue { i64, i1 } %538, 0
  store i64 %540, i64* %acc, align 8
  %541 = load i32, i32* %k.3, align 4
  %542 = add i32 %541, 1
  store i32 %542, i32* %k.3, align 4
  br label %each25

trap2.site12:                                     ; preds = %ok72
  %543 = load i64, i64* %lowStart, align 8
  %544 = getelementptr i64, i64* %regs, i64 6
  store i64 %543, i64* %544, align 8
  %545 = load i64, i64* %lowEnd, align 8
  %546 = getelementptr i64, i64* %regs, i64 7
  store i64 %545, i64* %546, align 8
  %547 = load i64, i64* %highEnd, align 8
  %548 = getelementptr i64, i64* %regs, i64 8
  store i64 %547, i64* %548, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

dead75:                                           ; No predecessors!
  br label %block24

write.low76:                                      ; preds = %e21
  %549 = load i64, i64* %lowStart, align 8
  %550 = icmp uge i64 %505, %549
  %551 = load i64, i64* %lowEnd, align 8
  %552 = icmp ule i64 %506, %551
  %553 = and i1 %550, %552
  br i1 %553, label %write.ok78, label %write.slow77

write.slow77:                                     ; preds = %write.low76
  %554 = icmp ugt i64 %506, %arena_size
  br i1 %554, label %trap17.site0, label %ok79

write.ok78:                                       ; preds = %ok79, %write.low76, %e21
  %555 = getelementptr i8, i8* %mem, i64 %505
  store i64 %503, i64* %unaligned80, align 8
  %556 = bitcast i64* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %555, i8* %556, i64 8, i1 false)
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %557 = load i64, i64* %hi, align 8
  %558 = load i64, i64* %lo, align 8
  %559 = icmp sgt i64 %557, %558
  %560 = zext i1 %559 to i32
  %561 = icmp ne i32 %560, 0
  br i1 %561, label %then82, label %else83

ok79:                                             ; preds = %write.slow77
  %562 = icmp ult i64 %505, %scratch_start
  %563 = load i64, i64* %lowStart, align 8
  %564 = call i64 @llvm.umin.i64(i64 %563, i64 %505)
  %565 = load i64, i64* %lowEnd, align 8
  %566 = load i64, i64* %highEnd, align 8
  %567 = add i64 %506, 64
  %568 = sub i64 %506, %564
  %569 = lshr i64 %568, 4
  %570 = add i64 %567, %569
  %571 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %570)
  %572 = call i64 @llvm.umax.i64(i64 %565, i64 %571)
  %573 = select i1 %562, i64 %572, i64 %565
  store i64 %573, i64* %lowEnd, align 8
  %574 = add i64 %506, 64
  %575 = sub i64 %506, %scratch_start
  %576 = lshr i64 %575, 4
  %577 = add i64 %574, %576
  %578 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %577)
  %579 = call i64 @llvm.umax.i64(i64 %566, i64 %578)
  %580 = select i1 %562, i64 %566, i64 %579
  store i64 %580, i64* %highEnd, align 8
  store i64 %564, i64* %lowStart, align 8
  br label %write.ok78

e29:                                              ; preds = %write.ok123
  %581 = load i32, i32* %result81, align 4
  store i32 %581, i32* %adders, align 4
  %582 = load i32, i32* %dict, align 4
  %583 = load i32, i32* %adders, align 4
  %584 = zext i32 %582 to i64
  %585 = add i64 %584, 16
  %586 = add i64 %585, 4
  %587 = icmp uge i64 %585, %scratch_start
  %588 = load i64, i64* %highEnd, align 8
  %589 = icmp ule i64 %586, %588
  %590 = and i1 %587, %589
  br i1 %590, label %write.ok128, label %write.low126

then82:                                           ; preds = %write.ok78
  %591 = load i64, i64* %hi, align 8
  %592 = load i64, i64* %lo, align 8
  %593 = sub i64 %591, %592
  store i64 %593, i64* %result85, align 8
  br label %join84

else83:                                           ; preds = %write.ok78
  store i64 0, i64* %result85, align 8
  br label %join84

join84:                                           ; preds = %else83, %then82
  %594 = load i64, i64* %result85, align 8
  store i64 %594, i64* %count, align 8
  %595 = load i64, i64* %count, align 8
  %596 = icmp slt i64 %595, 0
  %597 = zext i1 %596 to i32
  %598 = load i64, i64* %count, align 8
  %599 = icmp sgt i64 %598, 2147483647
  %600 = zext i1 %599 to i32
  %601 = or i32 %597, %600
  %602 = icmp ne i32 %601, 0
  br i1 %602, label %then86, label %else87

then86:                                           ; preds = %join84
  br label %trap15.site13

else87:                                           ; preds = %join84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %603 = load i64, i64* %count, align 8
  %604 = trunc i64 %603 to i32
  %605 = zext i32 %604 to i64
  %606 = mul i64 %605, 4
  %607 = add i64 4, %606
  store i64 %607, i64* %size.2, align 8
  %608 = load i64, i64* %size.2, align 8
  %609 = icmp ugt i64 %608, 2147483647
  %610 = zext i1 %609 to i32
  %611 = icmp ne i32 %610, 0
  br i1 %611, label %then90, label %else91

trap15.site13:                                    ; preds = %then86
  %612 = load i64, i64* %lowStart, align 8
  %613 = getelementptr i64, i64* %regs, i64 6
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %lowEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 7
  store i64 %614, i64* %615, align 8
  %616 = load i64, i64* %highEnd, align 8
  %617 = getelementptr i64, i64* %regs, i64 8
  store i64 %616, i64* %617, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

then90:                                           ; preds = %join88
  br label %trap15.site14

else91:                                           ; preds = %join88
  br label %join92

join92:                                           ; preds = %else91, %dead93
  %618 = load i64, i64* %size.2, align 8
  %619 = trunc i64 %618 to i32
  %620 = zext i32 %619 to i64
  %621 = getelementptr i64, i64* %regs, i64 1
  %622 = getelementptr i64, i64* %regs, i64 2
  %623 = load i64, i64* %621, align 8
  %624 = add i64 %623, 3
  %625 = and i64 %624, -4
  %626 = add i64 %625, %620
  %627 = load i64, i64* %622, align 8
  %628 = icmp ugt i64 %626, %627
  br i1 %628, label %trap15.site14, label %ok94

trap15.site14:                                    ; preds = %join92, %then90
  %629 = load i64, i64* %lowStart, align 8
  %630 = getelementptr i64, i64* %regs, i64 6
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %lowEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 7
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 8
  store i64 %633, i64* %634, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead93:                                           ; No predecessors!
  br label %join92

ok94:                                             ; preds = %join92
  store i64 %626, i64* %621, align 8
  %635 = load i64, i64* %highEnd, align 8
  %636 = call i64 @llvm.umax.i64(i64 %635, i64 %626)
  store i64 %636, i64* %highEnd, align 8
  %637 = trunc i64 %625 to i32
  store i32 %637, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %638 = load i64, i64* %lo, align 8
  store i64 %638, i64* %i, align 8
  br label %range33

block32:                                          ; preds = %dead120, %ok95
  %639 = load i32, i32* %list.2, align 4
  %640 = load i32, i32* %len.2, align 4
  %641 = zext i32 %639 to i64
  %642 = add i64 %641, 4
  %643 = icmp uge i64 %641, %scratch_start
  %644 = load i64, i64* %highEnd, align 8
  %645 = icmp ule i64 %642, %644
  %646 = and i1 %643, %645
  br i1 %646, label %write.ok123, label %write.low121

range33:                                          ; preds = %write.ok117, %ok94
  %647 = load i64, i64* %fuel, align 8
  %648 = icmp ult i64 %647, 1
  br i1 %648, label %trap14.site0, label %ok95

ok95:                                             ; preds = %range33
  %649 = sub i64 %647, 1
  store i64 %649, i64* %fuel, align 8
  %650 = load i64, i64* %i, align 8
  %651 = load i64, i64* %hi, align 8
  %652 = icmp sge i64 %650, %651
  %653 = zext i1 %652 to i32
  %654 = icmp ne i32 %653, 0
  br i1 %654, label %block32, label %cont96

cont96:                                           ; preds = %ok95
  %655 = load i64, i64* %i, align 8
  store i64 %655, i64* %i.1, align 8
  %656 = load i32, i32* %list.2, align 4
  %657 = load i32, i32* %len.2, align 4
  %658 = mul i32 %657, 4
  %659 = add i32 %656, %658
  %660 = getelementptr i64, i64* %regs, i64 1
  %661 = getelementptr i64, i64* %regs, i64 2
  %662 = load i64, i64* %660, align 8
  %663 = add i64 %662, 7
  %664 = and i64 %663, -8
  %665 = add i64 %664, 8
  %666 = load i64, i64* %661, align 8
  %667 = icmp ugt i64 %665, %666
  br i1 %667, label %trap15.site15, label %ok98

e34:                                              ; preds = %write.ok112
  %668 = load i32, i32* %result97, align 4
  %669 = zext i32 %659 to i64
  %670 = add i64 %669, 4
  %671 = add i64 %670, 4
  %672 = icmp uge i64 %670, %scratch_start
  %673 = load i64, i64* %highEnd, align 8
  %674 = icmp ule i64 %671, %673
  %675 = and i1 %672, %674
  br i1 %675, label %write.ok117, label %write.low115

ok98:                                             ; preds = %cont96
  store i64 %665, i64* %660, align 8
  %676 = load i64, i64* %highEnd, align 8
  %677 = call i64 @llvm.umax.i64(i64 %676, i64 %665)
  store i64 %677, i64* %highEnd, align 8
  %678 = trunc i64 %664 to i32
  store i32 %678, i32* %env, align 4
  %679 = load i32, i32* %env, align 4
  %680 = load i64, i64* %i.1, align 8
  %681 = zext i32 %679 to i64
  %682 = add i64 %681, 8
  %683 = icmp uge i64 %681, %scratch_start
  %684 = load i64, i64* %highEnd, align 8
  %685 = icmp ule i64 %682, %684
  %686 = and i1 %683, %685
  br i1 %686, label %write.ok101, label %write.low99

trap15.site15:                                    ; preds = %write.ok101, %cont96
  %687 = load i64, i64* %lowStart, align 8
  %688 = getelementptr i64, i64* %regs, i64 6
  store i64 %687, i64* %688, align 8
  %689 = load i64, i64* %lowEnd, align 8
  %690 = getelementptr i64, i64* %regs, i64 7
  store i64 %689, i64* %690, align 8
  %691 = load i64, i64* %highEnd, align 8
  %692 = getelementptr i64, i64* %regs, i64 8
  store i64 %691, i64* %692, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

write.low99:                                      ; preds = %ok98
  %693 = load i64, i64* %lowStart, align 8
  %694 = icmp uge i64 %681, %693
  %695 = load i64, i64* %lowEnd, align 8
  %696 = icmp ule i64 %682, %695
  %697 = and i1 %694, %696
  br i1 %697, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %698 = icmp ugt i64 %682, %arena_size
  br i1 %698, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %ok98
  %699 = getelementptr i8, i8* %mem, i64 %681
  store i64 %680, i64* %unaligned103, align 8
  %700 = bitcast i64* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %699, i8* %700, i64 8, i1 false)
  %701 = getelementptr i64, i64* %regs, i64 1
  %702 = getelementptr i64, i64* %regs, i64 2
  %703 = load i64, i64* %701, align 8
  %704 = add i64 %703, 3
  %705 = and i64 %704, -4
  %706 = add i64 %705, 8
  %707 = load i64, i64* %702, align 8
  %708 = icmp ugt i64 %706, %707
  br i1 %708, label %trap15.site15, label %ok104

ok102:                                            ; preds = %write.slow100
  %709 = icmp ult i64 %681, %scratch_start
  %710 = load i64, i64* %lowStart, align 8
  %711 = call i64 @llvm.umin.i64(i64 %710, i64 %681)
  %712 = load i64, i64* %lowEnd, align 8
  %713 = load i64, i64* %highEnd, align 8
  %714 = add i64 %682, 64
  %715 = sub i64 %682, %711
  %716 = lshr i64 %715, 4
  %717 = add i64 %714, %716
  %718 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %717)
  %719 = call i64 @llvm.umax.i64(i64 %712, i64 %718)
  %720 = select i1 %709, i64 %719, i64 %712
  store i64 %720, i64* %lowEnd, align 8
  %721 = add i64 %682, 64
  %722 = sub i64 %682, %scratch_start
  %723 = lshr i64 %722, 4
  %724 = add i64 %721, %723
  %725 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %724)
  %726 = call i64 @llvm.umax.i64(i64 %713, i64 %725)
  %727 = select i1 %709, i64 %713, i64 %726
  store i64 %727, i64* %highEnd, align 8
  store i64 %711, i64* %lowStart, align 8
  br label %write.ok101

ok104:                                            ; preds = %write.ok101
  store i64 %706, i64* %701, align 8
  %728 = load i64, i64* %highEnd, align 8
  %729 = call i64 @llvm.umax.i64(i64 %728, i64 %706)
  store i64 %729, i64* %highEnd, align 8
  %730 = trunc i64 %705 to i32
  store i32 %730, i32* %closure, align 4
  %731 = load i32, i32* %closure, align 4
  %732 = zext i32 %731 to i64
  %733 = add i64 %732, 4
  %734 = icmp uge i64 %732, %scratch_start
  %735 = load i64, i64* %highEnd, align 8
  %736 = icmp ule i64 %733, %735
  %737 = and i1 %734, %736
  br i1 %737, label %write.ok107, label %write.low105

write.low105:                                     ; preds = %ok104
  %738 = load i64, i64* %lowStart, align 8
  %739 = icmp uge i64 %732, %738
  %740 = load i64, i64* %lowEnd, align 8
  %741 = icmp ule i64 %733, %740
  %742 = and i1 %739, %741
  br i1 %742, label %write.ok107, label %write.slow106

write.slow106:                                    ; preds = %write.low105
  %743 = icmp ugt i64 %733, %arena_size
  br i1 %743, label %trap17.site0, label %ok108

write.ok107:                                      ; preds = %ok108, %write.low105, %ok104
  %744 = getelementptr i8, i8* %mem, i64 %732
  store i32 0, i32* %unaligned109, align 4
  %745 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %744, i8* %745, i64 4, i1 false)
  %746 = load i32, i32* %closure, align 4
  %747 = load i32, i32* %env, align 4
  %748 = zext i32 %746 to i64
  %749 = add i64 %748, 4
  %750 = add i64 %749, 4
  %751 = icmp uge i64 %749, %scratch_start
  %752 = load i64, i64* %highEnd, align 8
  %753 = icmp ule i64 %750, %752
  %754 = and i1 %751, %753
  br i1 %754, label %write.ok112, label %write.low110

ok108:                                            ; preds = %write.slow106
  %755 = icmp ult i64 %732, %scratch_start
  %756 = load i64, i64* %lowStart, align 8
  %757 = call i64 @llvm.umin.i64(i64 %756, i64 %732)
  %758 = load i64, i64* %lowEnd, align 8
  %759 = load i64, i64* %highEnd, align 8
  %760 = add i64 %733, 64
  %761 = sub i64 %733, %757
  %762 = lshr i64 %761, 4
  %763 = add i64 %760, %762
  %764 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %763)
  %765 = call i64 @llvm.umax.i64(i64 %758, i64 %764)
  %766 = select i1 %755, i64 %765, i64 %758
  store i64 %766, i64* %lowEnd, align 8
  %767 = add i64 %733, 64
  %768 = sub i64 %733, %scratch_start
  %769 = lshr i64 %768, 4
  %770 = add i64 %767, %769
  %771 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %770)
  %772 = call i64 @llvm.umax.i64(i64 %759, i64 %771)
  %773 = select i1 %755, i64 %759, i64 %772
  store i64 %773, i64* %highEnd, align 8
  store i64 %757, i64* %lowStart, align 8
  br label %write.ok107

write.low110:                                     ; preds = %write.ok107
  %774 = load i64, i64* %lowStart, align 8
  %775 = icmp uge i64 %749, %774
  %776 = load i64, i64* %lowEnd, align 8
  %777 = icmp ule i64 %750, %776
  %778 = and i1 %775, %777
  br i1 %778, label %write.ok112, label %write.slow111

write.slow111:                                    ; preds = %write.low110
  %779 = icmp ugt i64 %750, %arena_size
  br i1 %779, label %trap17.site0, label %ok113

write.ok112:                                      ; preds = %ok113, %write.low110, %write.ok107
  %780 = getelementptr i8, i8* %mem, i64 %749
  store i32 %747, i32* %unaligned114, align 4
  %781 = bitcast i32* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %780, i8* %781, i64 4, i1 false)
  %782 = load i32, i32* %closure, align 4
  store i32 %782, i32* %result97, align 4
  br label %e34

ok113:                                            ; preds = %write.slow111
  %783 = icmp ult i64 %749, %scratch_start
  %784 = load i64, i64* %lowStart, align 8
  %785 = call i64 @llvm.umin.i64(i64 %784, i64 %749)
  %786 = load i64, i64* %lowEnd, align 8
  %787 = load i64, i64* %highEnd, align 8
  %788 = add i64 %750, 64
  %789 = sub i64 %750, %785
  %790 = lshr i64 %789, 4
  %791 = add i64 %788, %790
  %792 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %791)
  %793 = call i64 @llvm.umax.i64(i64 %786, i64 %792)
  %794 = select i1 %783, i64 %793, i64 %786
  store i64 %794, i64* %lowEnd, align 8
  %795 = add i64 %750, 64
  %796 = sub i64 %750, %scratch_start
  %797 = lshr i64 %796, 4
  %798 = add i64 %795, %797
  %799 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %798)
  %800 = call i64 @llvm.umax.i64(i64 %787, i64 %799)
  %801 = select i1 %783, i64 %787, i64 %800
  store i64 %801, i64* %highEnd, align 8
  store i64 %785, i64* %lowStart, align 8
  br label %write.ok112

write.low115:                                     ; preds = %e34
  %802 = load i64, i64* %lowStart, align 8
  %803 = icmp uge i64 %670, %802
  %804 = load i64, i64* %lowEnd, align 8
  %805 = icmp ule i64 %671, %804
  %806 = and i1 %803, %805
  br i1 %806, label %write.ok117, label %write.slow116

write.slow116:                                    ; preds = %write.low115
  %807 = icmp ugt i64 %671, %arena_size
  br i1 %807, label %trap17.site0, label %ok118

write.ok117:                                      ; preds = %ok118, %write.low115, %e34
  %808 = getelementptr i8, i8* %mem, i64 %670
  store i32 %668, i32* %unaligned119, align 4
  %809 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %808, i8* %809, i64 4, i1 false)
  %810 = load i32, i32* %len.2, align 4
  %811 = add i32 %810, 1
  store i32 %811, i32* %len.2, align 4
  %812 = load i64, i64* %i, align 8
  %813 = add i64 %812, 1
  store i64 %813, i64* %i, align 8
  br label %range33

ok118:                                            ; preds = %write.slow116
  %814 = icmp ult i64 %670, %scratch_start
  %815 = load i64, i64* %lowStart, align 8
  %816 = call i64 @llvm.umin.i64(i64 %815, i64 %670)
  %817 = load i64, i64* %lowEnd, align 8
  %818 = load i64, i64* %highEnd, align 8
  %819 = add i64 %671, 64
  %820 = sub i64 %671, %816
  %821 = lshr i64 %820, 4
  %822 = add i64 %819, %821
  %823 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %822)
  %824 = call i64 @llvm.umax.i64(i64 %817, i64 %823)
  %825 = select i1 %814, i64 %824, i64 %817
  store i64 %825, i64* %lowEnd, align 8
  %826 = add i64 %671, 64
  %827 = sub i64 %671, %scratch_start
  %828 = lshr i64 %827, 4
  %829 = add i64 %826, %828
  %830 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %829)
  %831 = call i64 @llvm.umax.i64(i64 %818, i64 %830)
  %832 = select i1 %814, i64 %818, i64 %831
  store i64 %832, i64* %highEnd, align 8
  store i64 %816, i64* %lowStart, align 8
  br label %write.ok117

dead120:                                          ; No predecessors!
  br label %block32

write.low121:                                     ; preds = %block32
  %833 = load i64, i64* %lowStart, align 8
  %834 = icmp uge i64 %641, %833
  %835 = load i64, i64* %lowEnd, align 8
  %836 = icmp ule i64 %642, %835
  %837 = and i1 %834, %836
  br i1 %837, label %write.ok123, label %write.slow122

write.slow122:                                    ; preds = %write.low121
  %838 = icmp ugt i64 %642, %arena_size
  br i1 %838, label %trap17.site0, label %ok124

write.ok123:                                      ; preds = %ok124, %write.low121, %block32
  %839 = getelementptr i8, i8* %mem, i64 %641
  store i32 %640, i32* %unaligned125, align 4
  %840 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %839, i8* %840, i64 4, i1 false)
  %841 = load i32, i32* %list.2, align 4
  store i32 %841, i32* %result81, align 4
  br label %e29

ok124:                                            ; preds = %write.slow122
  %842 = icmp ult i64 %641, %scratch_start
  %843 = load i64, i64* %lowStart, align 8
  %844 = call i64 @llvm.umin.i64(i64 %843, i64 %641)
  %845 = load i64, i64* %lowEnd, align 8
  %846 = load i64, i64* %highEnd, align 8
  %847 = add i64 %642, 64
  %848 = sub i64 %642, %844
  %849 = lshr i64 %848, 4
  %850 = add i64 %847, %849
  %851 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %850)
  %852 = call i64 @llvm.umax.i64(i64 %845, i64 %851)
  %853 = select i1 %842, i64 %852, i64 %845
  store i64 %853, i64* %lowEnd, align 8
  %854 = add i64 %642, 64
  %855 = sub i64 %642, %scratch_start
  %856 = lshr i64 %855, 4
  %857 = add i64 %854, %856
  %858 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %857)
  %859 = call i64 @llvm.umax.i64(i64 %846, i64 %858)
  %860 = select i1 %842, i64 %846, i64 %859
  store i64 %860, i64* %highEnd, align 8
  store i64 %844, i64* %lowStart, align 8
  br label %write.ok123

write.low126:                                     ; preds = %e29
  %861 = load i64, i64* %lowStart, align 8
  %862 = icmp uge i64 %585, %861
  %863 = load i64, i64* %lowEnd, align 8
  %864 = icmp ule i64 %586, %863
  %865 = and i1 %862, %864
  br i1 %865, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %866 = icmp ugt i64 %586, %arena_size
  br i1 %866, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %e29
  %867 = getelementptr i8, i8* %mem, i64 %585
  store i32 %583, i32* %unaligned130, align 4
  %868 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %867, i8* %868, i64 4, i1 false)
  %869 = load i32, i32* %adders, align 4
  store i32 %869, i32* %xs.4, align 4
  %870 = load i32, i32* %xs.4, align 4
  %871 = zext i32 %870 to i64
  %872 = add i64 %871, 4
  %873 = icmp ugt i64 %872, %arena_size
  br i1 %873, label %trap17.site0, label %ok132

ok129:                                            ; preds = %write.slow127
  %874 = icmp ult i64 %585, %scratch_start
  %875 = load i64, i64* %lowStart, align 8
  %876 = call i64 @llvm.umin.i64(i64 %875, i64 %585)
  %877 = load i64, i64* %lowEnd, align 8
  %878 = load i64, i64* %highEnd, align 8
  %879 = add i64 %586, 64
  %880 = sub i64 %586, %876
  %881 = lshr i64 %880, 4
  %882 = add i64 %879, %881
  %883 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %882)
  %884 = call i64 @llvm.umax.i64(i64 %877, i64 %883)
  %885 = select i1 %874, i64 %884, i64 %877
  store i64 %885, i64* %lowEnd, align 8
  %886 = add i64 %586, 64
  %887 = sub i64 %586, %scratch_start
  %888 = lshr i64 %887, 4
  %889 = add i64 %886, %888
  %890 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %889)
  %891 = call i64 @llvm.umax.i64(i64 %878, i64 %890)
  %892 = select i1 %874, i64 %878, i64 %891
  store i64 %892, i64* %highEnd, align 8
  store i64 %876, i64* %lowStart, align 8
  br label %write.ok128

e35:                                              ; preds = %write.ok159
  %893 = load i32, i32* %result131, align 4
  store i32 %893, i32* %applied, align 4
  %894 = load i32, i32* %dict, align 4
  %895 = load i32, i32* %applied, align 4
  %896 = zext i32 %894 to i64
  %897 = add i64 %896, 20
  %898 = add i64 %897, 4
  %899 = icmp uge i64 %897, %scratch_start
  %900 = load i64, i64* %highEnd, align 8
  %901 = icmp ule i64 %898, %900
  %902 = and i1 %899, %901
  br i1 %902, label %write.ok164, label %write.low162

ok132:                                            ; preds = %write.ok128
  %903 = getelementptr i8, i8* %mem, i64 %871
  %904 = bitcast i32* %unaligned133 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %904, i8* %903, i64 4, i1 false)
  %905 = load i32, i32* %unaligned133, align 4
  %906 = zext i32 %905 to i64
  %907 = mul i64 %906, 8
  %908 = add i64 8, %907
  store i64 %908, i64* %size.3, align 8
  %909 = load i64, i64* %size.3, align 8
  %910 = icmp ugt i64 %909, 2147483647
  %911 = zext i1 %910 to i32
  %912 = icmp ne i32 %911, 0
  br i1 %912, label %then134, label %else135

then134:                                          ; preds = %ok132
  br label %trap15.site16

else135:                                          ; preds = %ok132
  br label %join136

join136:                                          ; preds = %else135, %dead137
  %913 = load i64, i64* %size.3, align 8
  %914 = trunc i64 %913 to i32
  %915 = zext i32 %914 to i64
  %916 = getelementptr i64, i64* %regs, i64 1
  %917 = getelementptr i64, i64* %regs, i64 2
  %918 = load i64, i64* %916, align 8
  %919 = add i64 %918, 7
  %920 = and i64 %919, -8
  %921 = add i64 %920, %915
  %922 = load i64, i64* %917, align 8
  %923 = icmp ugt i64 %921, %922
  br i1 %923, label %trap15.site16, label %ok138

trap15.site16:                                    ; preds = %join136, %then134
  %924 = load i64, i64* %lowStart, align 8
  %925 = getelementptr i64, i64* %regs, i64 6
  store i64 %924, i64* %925, align 8
  %926 = load i64, i64* %lowEnd, align 8
  %927 = getelementptr i64, i64* %regs, i64 7
  store i64 %926, i64* %927, align 8
  %928 = load i64, i64* %highEnd, align 8
  %929 = getelementptr i64, i64* %regs, i64 8
  store i64 %928, i64* %929, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead137:                                          ; No predecessors!
  br label %join136

ok138:                                            ; preds = %join136
  store i64 %921, i64* %916, align 8
  %930 = load i64, i64* %highEnd, align 8
  %931 = call i64 @llvm.umax.i64(i64 %930, i64 %921)
  store i64 %931, i64* %highEnd, align 8
  %932 = trunc i64 %920 to i32
  store i32 %932, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %933 = load i32, i32* %xs.4, align 4
  %934 = zext i32 %933 to i64
  %935 = add i64 %934, 4
  %936 = icmp ugt i64 %935, %arena_size
  br i1 %936, label %trap17.site0, label %ok139

ok139:                                            ; preds = %ok138
  %937 = getelementptr i8, i8* %mem, i64 %934
  %938 = bitcast i32* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %938, i8* %937, i64 4, i1 false)
  %939 = load i32, i32* %unaligned140, align 4
  store i32 %939, i32* %n.3, align 4
  store i32 0, i32* %k.4, align 4
  br label %each38

block37:                                          ; preds = %dead156, %ok141
  %940 = load i32, i32* %list.3, align 4
  %941 = load i32, i32* %len.3, align 4
  %942 = zext i32 %940 to i64
  %943 = add i64 %942, 4
  %944 = icmp uge i64 %942, %scratch_start
  %945 = load i64, i64* %highEnd, align 8
  %946 = icmp ule i64 %943, %945
  %947 = and i1 %944, %946
  br i1 %947, label %write.ok159, label %write.low157

each38:                                           ; preds = %write.ok153, %ok139
  %948 = load i64, i64* %fuel, align 8
  %949 = icmp ult i64 %948, 1
  br i1 %949, label %trap14.site0, label %ok141

ok141:                                            ; preds = %each38
  %950 = sub i64 %948, 1
  store i64 %950, i64* %fuel, align 8
  %951 = load i32, i32* %k.4, align 4
  %952 = load i32, i32* %n.3, align 4
  %953 = icmp uge i32 %951, %952
  %954 = zext i1 %953 to i32
  %955 = icmp ne i32 %954, 0
  br i1 %955, label %block37, label %cont142

cont142:                                          ; preds = %ok141
  %956 = load i32, i32* %xs.4, align 4
  %957 = load i32, i32* %k.4, align 4
  %958 = mul i32 %957, 4
  %959 = add i32 %956, %958
  %960 = zext i32 %959 to i64
  %961 = add i64 %960, 4
  %962 = add i64 %961, 4
  %963 = icmp ugt i64 %962, %arena_size
  br i1 %963, label %trap17.site0, label %ok143

ok143:                                            ; preds = %cont142
  %964 = getelementptr i8, i8* %mem, i64 %961
  %965 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %965, i8* %964, i64 4, i1 false)
  %966 = load i32, i32* %unaligned144, align 4
  store i32 %966, i32* %x.6, align 4
  %967 = load i32, i32* %x.6, align 4
  store i32 %967, i32* %f, align 4
  %968 = load i32, i32* %list.3, align 4
  %969 = load i32, i32* %len.3, align 4
  %970 = mul i32 %969, 8
  %971 = add i32 %968, %970
  %972 = load i64, i64* %k, align 8
  store i64 %972, i64* %arg, align 8
  %973 = load i32, i32* %f, align 4
  store i32 %973, i32* %callee, align 4
  %974 = load i32, i32* %callee, align 4
  %975 = zext i32 %974 to i64
  %976 = add i64 %975, 4
  %977 = add i64 %976, 4
  %978 = icmp ugt i64 %977, %arena_size
  br i1 %978, label %trap17.site0, label %ok146

e39:                                              ; preds = %stack_ok150
  %979 = load i64, i64* %result145, align 8
  %980 = zext i32 %971 to i64
  %981 = add i64 %980, 8
  %982 = add i64 %981, 8
  %983 = icmp uge i64 %981, %scratch_start
  %984 = load i64, i64* %highEnd, align 8
  %985 = icmp ule i64 %982, %984
  %986 = and i1 %983, %985
  br i1 %986, label %write.ok153, label %write.low151

ok146:                                            ; preds = %ok143
  %987 = getelementptr i8, i8* %mem, i64 %976
  %988 = bitcast i32* %unaligned147 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %988, i8* %987, i64 4, i1 false)
  %989 = load i32, i32* %unaligned147, align 4
  %990 = load i64, i64* %arg, align 8
  %991 = load i32, i32* %callee, align 4
  %992 = zext i32 %991 to i64
  %993 = add i64 %992, 4
  %994 = icmp ugt i64 %993, %arena_size
  br i1 %994, label %trap17.site0, label %ok148

ok148:                                            ; preds = %ok146
  %995 = getelementptr i8, i8* %mem, i64 %992
  %996 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %996, i8* %995, i64 4, i1 false)
  %997 = load i32, i32* %unaligned149, align 4
  %998 = icmp ult i64 %10, %stack_limit
  br i1 %998, label %trap253.site0, label %stack_ok150

stack_ok150:                                      ; preds = %ok148
  %999 = load i64, i64* %fuel, align 8
  %1000 = getelementptr i64, i64* %regs, i64 0
  store i64 %999, i64* %1000, align 8
  %1001 = load i64, i64* %lowStart, align 8
  %1002 = getelementptr i64, i64* %regs, i64 6
  store i64 %1001, i64* %1002, align 8
  %1003 = load i64, i64* %lowEnd, align 8
  %1004 = getelementptr i64, i64* %regs, i64 7
  store i64 %1003, i64* %1004, align 8
  %1005 = load i64, i64* %highEnd, align 8
  %1006 = getelementptr i64, i64* %regs, i64 8
  store i64 %1005, i64* %1006, align 8
  %1007 = call i64 @m0.call_indirect.i32.i64-i64(i64* %regs, i8* %mem, i32 %depth, i32 17, i32 %997, i32 %989, i64 %990)
  %1008 = getelementptr i64, i64* %regs, i64 0
  %1009 = load i64, i64* %1008, align 8
  store i64 %1009, i64* %fuel, align 8
  %1010 = getelementptr i64, i64* %regs, i64 6
  %1011 = load i64, i64* %1010, align 8
  store i64 %1011, i64* %lowStart, align 8
  %1012 = getelementptr i64, i64* %regs, i64 7
  %1013 = load i64, i64* %1012, align 8
  store i64 %1013, i64* %lowEnd, align 8
  %1014 = getelementptr i64, i64* %regs, i64 8
  %1015 = load i64, i64* %1014, align 8
  store i64 %1015, i64* %highEnd, align 8
  store i64 %1007, i64* %result145, align 8
  br label %e39

write.low151:                                     ; preds = %e39
  %1016 = load i64, i64* %lowStart, align 8
  %1017 = icmp uge i64 %981, %1016
  %1018 = load i64, i64* %lowEnd, align 8
  %1019 = icmp ule i64 %982, %1018
  %1020 = and i1 %1017, %1019
  br i1 %1020, label %write.ok153, label %write.slow152

write.slow152:                                    ; preds = %write.low151
  %1021 = icmp ugt i64 %982, %arena_size
  br i1 %1021, label %trap17.site0, label %ok154

write.ok153:                                      ; preds = %ok154, %write.low151, %e39
  %1022 = getelementptr i8, i8* %mem, i64 %981
  store i64 %979, i64* %unaligned155, align 8
  %1023 = bitcast i64* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1022, i8* %1023, i64 8, i1 false)
  %1024 = load i32, i32* %len.3, align 4
  %1025 = add i32 %1024, 1
  store i32 %1025, i32* %len.3, align 4
  %1026 = load i32, i32* %k.4, align 4
  %1027 = add i32 %1026, 1
  store i32 %1027, i32* %k.4, align 4
  br label %each38

ok154:                                            ; preds = %write.slow152
  %1028 = icmp ult i64 %981, %scratch_start
  %1029 = load i64, i64* %lowStart, align 8
  %1030 = call i64 @llvm.umin.i64(i64 %1029, i64 %981)
  %1031 = load i64, i64* %lowEnd, align 8
  %1032 = load i64, i64* %highEnd, align 8
  %1033 = add i64 %982, 64
  %1034 = sub i64 %982, %1030
  %1035 = lshr i64 %1034, 4
  %1036 = add i64 %1033, %1035
  %1037 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1036)
  %1038 = call i64 @llvm.umax.i64(i64 %1031, i64 %1037)
  %1039 = select i1 %1028, i64 %1038, i64 %1031
  store i64 %1039, i64* %lowEnd, align 8
  %1040 = add i64 %982, 64
  %1041 = sub i64 %982, %scratch_start
  %1042 = lshr i64 %1041, 4
  %1043 = add i64 %1040, %1042
  %1044 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1043)
  %1045 = call i64 @llvm.umax.i64(i64 %1032, i64 %1044)
  %1046 = select i1 %1028, i64 %1032, i64 %1045
  store i64 %1046, i64* %highEnd, align 8
  store i64 %1030, i64* %lowStart, align 8
  br label %write.ok153

dead156:                                          ; No predecessors!
  br label %block37

write.low157:                                     ; preds = %block37
  %1047 = load i64, i64* %lowStart, align 8
  %1048 = icmp uge i64 %942, %1047
  %1049 = load i64, i64* %lowEnd, align 8
  %1050 = icmp ule i64 %943, %1049
  %1051 = and i1 %1048, %1050
  br i1 %1051, label %write.ok159, label %write.slow158

write.slow158:                                    ; preds = %write.low157
  %1052 = icmp ugt i64 %943, %arena_size
  br i1 %1052, label %trap17.site0, label %ok160

write.ok159:                                      ; preds = %ok160, %write.low157, %block37
  %1053 = getelementptr i8, i8* %mem, i64 %942
  store i32 %941, i32* %unaligned161, align 4
  %1054 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1053, i8* %1054, i64 4, i1 false)
  %1055 = load i32, i32* %list.3, align 4
  store i32 %1055, i32* %result131, align 4
  br label %e35

ok160:                                            ; preds = %write.slow158
  %1056 = icmp ult i64 %942, %scratch_start
  %1057 = load i64, i64* %lowStart, align 8
  %1058 = call i64 @llvm.umin.i64(i64 %1057, i64 %942)
  %1059 = load i64, i64* %lowEnd, align 8
  %1060 = load i64, i64* %highEnd, align 8
  %1061 = add i64 %943, 64
  %1062 = sub i64 %943, %1058
  %1063 = lshr i64 %1062, 4
  %1064 = add i64 %1061, %1063
  %1065 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1064)
  %1066 = call i64 @llvm.umax.i64(i64 %1059, i64 %1065)
  %1067 = select i1 %1056, i64 %1066, i64 %1059
  store i64 %1067, i64* %lowEnd, align 8
  %1068 = add i64 %943, 64
  %1069 = sub i64 %943, %scratch_start
  %1070 = lshr i64 %1069, 4
  %1071 = add i64 %1068, %1070
  %1072 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1071)
  %1073 = call i64 @llvm.umax.i64(i64 %1060, i64 %1072)
  %1074 = select i1 %1056, i64 %1060, i64 %1073
  store i64 %1074, i64* %highEnd, align 8
  store i64 %1058, i64* %lowStart, align 8
  br label %write.ok159

write.low162:                                     ; preds = %e35
  %1075 = load i64, i64* %lowStart, align 8
  %1076 = icmp uge i64 %897, %1075
  %1077 = load i64, i64* %lowEnd, align 8
  %1078 = icmp ule i64 %898, %1077
  %1079 = and i1 %1076, %1078
  br i1 %1079, label %write.ok164, label %write.slow163

write.slow163:                                    ; preds = %write.low162
  %1080 = icmp ugt i64 %898, %arena_size
  br i1 %1080, label %trap17.site0, label %ok165

write.ok164:                                      ; preds = %ok165, %write.low162, %e35
  %1081 = getelementptr i8, i8* %mem, i64 %897
  store i32 %895, i32* %unaligned166, align 4
  %1082 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1081, i8* %1082, i64 4, i1 false)
  %1083 = load i32, i32* %dict, align 4
  store i32 %1083, i32* %result6, align 4
  br label %e2

ok165:                                            ; preds = %write.slow163
  %1084 = icmp ult i64 %897, %scratch_start
  %1085 = load i64, i64* %lowStart, align 8
  %1086 = call i64 @llvm.umin.i64(i64 %1085, i64 %897)
  %1087 = load i64, i64* %lowEnd, align 8
  %1088 = load i64, i64* %highEnd, align 8
  %1089 = add i64 %898, 64
  %1090 = sub i64 %898, %1086
  %1091 = lshr i64 %1090, 4
  %1092 = add i64 %1089, %1091
  %1093 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1092)
  %1094 = call i64 @llvm.umax.i64(i64 %1087, i64 %1093)
  %1095 = select i1 %1084, i64 %1094, i64 %1087
  store i64 %1095, i64* %lowEnd, align 8
  %1096 = add i64 %898, 64
  %1097 = sub i64 %898, %scratch_start
  %1098 = lshr i64 %1097, 4
  %1099 = add i64 %1096, %1098
  %1100 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1099)
  %1101 = call i64 @llvm.umax.i64(i64 %1088, i64 %1100)
  %1102 = select i1 %1084, i64 %1088, i64 %1101
  store i64 %1102, i64* %highEnd, align 8
  store i64 %1086, i64* %lowStart, align 8
  br label %write.ok164

ok167:                                            ; preds = %e0
  %1103 = icmp ult i64 %10, %stack_limit
  br i1 %1103, label %trap253.site0, label %stack_ok168

trap15.site0:                                     ; preds = %e0
  %1104 = load i64, i64* %lowStart, align 8
  %1105 = getelementptr i64, i64* %regs, i64 6
  store i64 %1104, i64* %1105, align 8
  %1106 = load i64, i64* %lowEnd, align 8
  %1107 = getelementptr i64, i64* %regs, i64 7
  store i64 %1106, i64* %1107, align 8
  %1108 = load i64, i64* %highEnd, align 8
  %1109 = getelementptr i64, i64* %regs, i64 8
  store i64 %1108, i64* %1109, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok168:                                      ; preds = %ok167
  %1110 = load i64, i64* %fuel, align 8
  %1111 = getelementptr i64, i64* %regs, i64 0
  store i64 %1110, i64* %1111, align 8
  %1112 = load i64, i64* %lowStart, align 8
  %1113 = getelementptr i64, i64* %regs, i64 6
  store i64 %1112, i64* %1113, align 8
  %1114 = load i64, i64* %lowEnd, align 8
  %1115 = getelementptr i64, i64* %regs, i64 7
  store i64 %1114, i64* %1115, align 8
  %1116 = load i64, i64* %highEnd, align 8
  %1117 = getelementptr i64, i64* %regs, i64 8
  store i64 %1116, i64* %1117, align 8
  %1118 = add i32 %depth, 1
  %1119 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1118, i32 %89, i32 %90, i32 0)
  %1120 = getelementptr i64, i64* %regs, i64 0
  %1121 = load i64, i64* %1120, align 8
  store i64 %1121, i64* %fuel, align 8
  %1122 = getelementptr i64, i64* %regs, i64 6
  %1123 = load i64, i64* %1122, align 8
  store i64 %1123, i64* %lowStart, align 8
  %1124 = getelementptr i64, i64* %regs, i64 7
  %1125 = load i64, i64* %1124, align 8
  store i64 %1125, i64* %lowEnd, align 8
  %1126 = getelementptr i64, i64* %regs, i64 8
  %1127 = load i64, i64* %1126, align 8
  store i64 %1127, i64* %highEnd, align 8
  store i32 %1119, i32* %json_end, align 4
  %1128 = load i32, i32* %json_end, align 4
  %1129 = icmp eq i32 %1128, -2
  %1130 = zext i1 %1129 to i32
  %1131 = icmp ne i32 %1130, 0
  br i1 %1131, label %then169, label %else170

then169:                                          ; preds = %stack_ok168
  br label %trap16.site18

else170:                                          ; preds = %stack_ok168
  br label %join171

join171:                                          ; preds = %else170, %dead172
  %1132 = load i32, i32* %json_end, align 4
  %1133 = icmp eq i32 %1132, -1
  %1134 = zext i1 %1133 to i32
  %1135 = icmp ne i32 %1134, 0
  br i1 %1135, label %then173, label %else174

trap16.site18:                                    ; preds = %then169
  %1136 = load i64, i64* %lowStart, align 8
  %1137 = getelementptr i64, i64* %regs, i64 6
  store i64 %1136, i64* %1137, align 8
  %1138 = load i64, i64* %lowEnd, align 8
  %1139 = getelementptr i64, i64* %regs, i64 7
  store i64 %1138, i64* %1139, align 8
  %1140 = load i64, i64* %highEnd, align 8
  %1141 = getelementptr i64, i64* %regs, i64 8
  store i64 %1140, i64* %1141, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 18)
  unreachable

dead172:                                          ; No predecessors!
  br label %join171

then173:                                          ; preds = %join171
  br label %trap15.site18

else174:                                          ; preds = %join171
  br label %join175

join175:                                          ; preds = %else174, %dead176
  %1142 = load i32, i32* %json_end, align 4
  %1143 = zext i32 %1142 to i64
  %1144 = getelementptr i64, i64* %regs, i64 3
  store i64 %1143, i64* %1144, align 8
  %1145 = load i32, i32* %json_end, align 4
  %1146 = load i32, i32* %json_start, align 4
  %1147 = sub i32 %1145, %1146
  %1148 = load i64, i64* %fuel, align 8
  %1149 = getelementptr i64, i64* %regs, i64 0
  store i64 %1148, i64* %1149, align 8
  %1150 = load i64, i64* %lowStart, align 8
  %1151 = getelementptr i64, i64* %regs, i64 6
  store i64 %1150, i64* %1151, align 8
  %1152 = load i64, i64* %lowEnd, align 8
  %1153 = getelementptr i64, i64* %regs, i64 7
  store i64 %1152, i64* %1153, align 8
  %1154 = load i64, i64* %highEnd, align 8
  %1155 = getelementptr i64, i64* %regs, i64 8
  store i64 %1154, i64* %1155, align 8
  ret i32 %1147

trap15.site18:                                    ; preds = %then173
  %1156 = load i64, i64* %lowStart, align 8
  %1157 = getelementptr i64, i64* %regs, i64 6
  store i64 %1156, i64* %1157, align 8
  %1158 = load i64, i64* %lowEnd, align 8
  %1159 = getelementptr i64, i64* %regs, i64 7
  store i64 %1158, i64* %1159, align 8
  %1160 = load i64, i64* %highEnd, align 8
  %1161 = getelementptr i64, i64* %regs, i64 8
  store i64 %1160, i64* %1161, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead176:                                          ; No predecessors!
  br label %join175
}

define internal i64 @m0.fn.adders.lambda(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %v.arg) {
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
  %9 = add i64 %8, 8
  %10 = icmp ugt i64 %9, %arena_size
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
