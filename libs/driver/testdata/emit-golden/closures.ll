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
  store i64 %620, i64* %unaligned122, align 8
  %644 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %643, i8* %644, i64 8, i1 false)
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
  %226 = load i64, i64* %lowEnd, align 8
  %227 = load i64, i64* %highEnd, align 8
  %228 = call i64 @llvm.umax.i64(i64 %226, i64 %202)
  %229 = select i1 %225, i64 %228, i64 %226
  store i64 %229, i64* %lowEnd, align 8
  %230 = call i64 @llvm.umax.i64(i64 %227, i64 %202)
  %231 = select i1 %225, i64 %227, i64 %230
  store i64 %231, i64* %highEnd, align 8
  %232 = load i64, i64* %lowStart, align 8
  %233 = call i64 @llvm.umin.i64(i64 %232, i64 %201)
  store i64 %233, i64* %lowStart, align 8
  br label %write.ok

dead21:                                           ; No predecessors!
  br label %block5

write.low22:                                      ; preds = %block5
  %234 = load i64, i64* %lowStart, align 8
  %235 = icmp uge i64 %155, %234
  %236 = load i64, i64* %lowEnd, align 8
  %237 = icmp ule i64 %156, %236
  %238 = and i1 %235, %237
  br i1 %238, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %239 = icmp ugt i64 %156, %arena_size
  br i1 %239, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %block5
  %240 = getelementptr i8, i8* %mem, i64 %155
  store i32 %154, i32* %unaligned26, align 4
  %241 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %240, i8* %241, i64 4, i1 false)
  %242 = load i32, i32* %list, align 4
  store i32 %242, i32* %result8, align 4
  br label %e3

ok25:                                             ; preds = %write.slow23
  %243 = icmp ult i64 %155, %scratch_start
  %244 = load i64, i64* %lowEnd, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = call i64 @llvm.umax.i64(i64 %244, i64 %156)
  %247 = select i1 %243, i64 %246, i64 %244
  store i64 %247, i64* %lowEnd, align 8
  %248 = call i64 @llvm.umax.i64(i64 %245, i64 %156)
  %249 = select i1 %243, i64 %245, i64 %248
  store i64 %249, i64* %highEnd, align 8
  %250 = load i64, i64* %lowStart, align 8
  %251 = call i64 @llvm.umin.i64(i64 %250, i64 %155)
  store i64 %251, i64* %lowStart, align 8
  br label %write.ok24

write.low27:                                      ; preds = %e3
  %252 = load i64, i64* %lowStart, align 8
  %253 = icmp uge i64 %110, %252
  %254 = load i64, i64* %lowEnd, align 8
  %255 = icmp ule i64 %111, %254
  %256 = and i1 %253, %255
  br i1 %256, label %write.ok29, label %write.slow28

write.slow28:                                     ; preds = %write.low27
  %257 = icmp ugt i64 %111, %arena_size
  br i1 %257, label %trap17.site0, label %ok30

write.ok29:                                       ; preds = %ok30, %write.low27, %e3
  %258 = getelementptr i8, i8* %mem, i64 %110
  store i32 %109, i32* %unaligned31, align 4
  %259 = bitcast i32* %unaligned31 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %258, i8* %259, i64 4, i1 false)
  %260 = load i32, i32* %xs, align 4
  store i32 %260, i32* %xs.2, align 4
  %261 = load i32, i32* %xs.2, align 4
  %262 = zext i32 %261 to i64
  %263 = add i64 %262, 4
  %264 = icmp ugt i64 %263, %arena_size
  br i1 %264, label %trap17.site0, label %ok33

ok30:                                             ; preds = %write.slow28
  %265 = icmp ult i64 %110, %scratch_start
  %266 = load i64, i64* %lowEnd, align 8
  %267 = load i64, i64* %highEnd, align 8
  %268 = call i64 @llvm.umax.i64(i64 %266, i64 %111)
  %269 = select i1 %265, i64 %268, i64 %266
  store i64 %269, i64* %lowEnd, align 8
  %270 = call i64 @llvm.umax.i64(i64 %267, i64 %111)
  %271 = select i1 %265, i64 %267, i64 %270
  store i64 %271, i64* %highEnd, align 8
  %272 = load i64, i64* %lowStart, align 8
  %273 = call i64 @llvm.umin.i64(i64 %272, i64 %110)
  store i64 %273, i64* %lowStart, align 8
  br label %write.ok29

e12:                                              ; preds = %write.ok59
  %274 = load i32, i32* %result32, align 4
  store i32 %274, i32* %evens, align 4
  %275 = load i32, i32* %dict, align 4
  %276 = load i32, i32* %evens, align 4
  %277 = zext i32 %275 to i64
  %278 = add i64 %277, 4
  %279 = add i64 %278, 4
  %280 = icmp uge i64 %278, %scratch_start
  %281 = load i64, i64* %highEnd, align 8
  %282 = icmp ule i64 %279, %281
  %283 = and i1 %280, %282
  br i1 %283, label %write.ok64, label %write.low62

ok33:                                             ; preds = %write.ok29
  %284 = getelementptr i8, i8* %mem, i64 %262
  %285 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %285, i8* %284, i64 4, i1 false)
  %286 = load i32, i32* %unaligned34, align 4
  %287 = zext i32 %286 to i64
  %288 = mul i64 %287, 8
  %289 = add i64 8, %288
  store i64 %289, i64* %size.1, align 8
  %290 = load i64, i64* %size.1, align 8
  %291 = icmp ugt i64 %290, 2147483647
  %292 = zext i1 %291 to i32
  %293 = icmp ne i32 %292, 0
  br i1 %293, label %then35, label %else36

then35:                                           ; preds = %ok33
  br label %trap15.site8

else36:                                           ; preds = %ok33
  br label %join37

join37:                                           ; preds = %else36, %dead38
  %294 = load i64, i64* %size.1, align 8
  %295 = trunc i64 %294 to i32
  %296 = zext i32 %295 to i64
  %297 = getelementptr i64, i64* %regs, i64 1
  %298 = getelementptr i64, i64* %regs, i64 2
  %299 = load i64, i64* %297, align 8
  %300 = add i64 %299, 7
  %301 = and i64 %300, -8
  %302 = add i64 %301, %296
  %303 = load i64, i64* %298, align 8
  %304 = icmp ugt i64 %302, %303
  br i1 %304, label %trap15.site8, label %ok39

trap15.site8:                                     ; preds = %join37, %then35
  %305 = load i64, i64* %lowStart, align 8
  %306 = getelementptr i64, i64* %regs, i64 6
  store i64 %305, i64* %306, align 8
  %307 = load i64, i64* %lowEnd, align 8
  %308 = getelementptr i64, i64* %regs, i64 7
  store i64 %307, i64* %308, align 8
  %309 = load i64, i64* %highEnd, align 8
  %310 = getelementptr i64, i64* %regs, i64 8
  store i64 %309, i64* %310, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead38:                                           ; No predecessors!
  br label %join37

ok39:                                             ; preds = %join37
  store i64 %302, i64* %297, align 8
  %311 = load i64, i64* %highEnd, align 8
  %312 = call i64 @llvm.umax.i64(i64 %311, i64 %302)
  store i64 %312, i64* %highEnd, align 8
  %313 = trunc i64 %301 to i32
  store i32 %313, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %314 = load i32, i32* %xs.2, align 4
  %315 = zext i32 %314 to i64
  %316 = add i64 %315, 4
  %317 = icmp ugt i64 %316, %arena_size
  br i1 %317, label %trap17.site0, label %ok40

ok40:                                             ; preds = %ok39
  %318 = getelementptr i8, i8* %mem, i64 %315
  %319 = bitcast i32* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %319, i8* %318, i64 4, i1 false)
  %320 = load i32, i32* %unaligned41, align 4
  store i32 %320, i32* %n.1, align 4
  store i32 0, i32* %k.2, align 4
  br label %each15

block14:                                          ; preds = %dead56, %ok42
  %321 = load i32, i32* %list.1, align 4
  %322 = load i32, i32* %len.1, align 4
  %323 = zext i32 %321 to i64
  %324 = add i64 %323, 4
  %325 = icmp uge i64 %323, %scratch_start
  %326 = load i64, i64* %highEnd, align 8
  %327 = icmp ule i64 %324, %326
  %328 = and i1 %325, %327
  br i1 %328, label %write.ok59, label %write.low57

each15:                                           ; preds = %join50, %ok40
  %329 = load i64, i64* %fuel, align 8
  %330 = icmp ult i64 %329, 1
  br i1 %330, label %trap14.site0, label %ok42

ok42:                                             ; preds = %each15
  %331 = sub i64 %329, 1
  store i64 %331, i64* %fuel, align 8
  %332 = load i32, i32* %k.2, align 4
  %333 = load i32, i32* %n.1, align 4
  %334 = icmp uge i32 %332, %333
  %335 = zext i1 %334 to i32
  %336 = icmp ne i32 %335, 0
  br i1 %336, label %block14, label %cont43

cont43:                                           ; preds = %ok42
  %337 = load i32, i32* %xs.2, align 4
  %338 = load i32, i32* %k.2, align 4
  %339 = mul i32 %338, 8
  %340 = add i32 %337, %339
  %341 = zext i32 %340 to i64
  %342 = add i64 %341, 8
  %343 = add i64 %342, 8
  %344 = icmp ugt i64 %343, %arena_size
  br i1 %344, label %trap17.site0, label %ok44

ok44:                                             ; preds = %cont43
  %345 = getelementptr i8, i8* %mem, i64 %342
  %346 = bitcast i64* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %346, i8* %345, i64 8, i1 false)
  %347 = load i64, i64* %unaligned45, align 8
  store i64 %347, i64* %x.2, align 8
  %348 = load i64, i64* %x.2, align 8
  store i64 %348, i64* %x.3, align 8
  %349 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site10, label %ok46

ok46:                                             ; preds = %ok44
  %350 = icmp eq i64 %349, -9223372036854775808
  %351 = and i1 %350, false
  br i1 %351, label %trap2.site10, label %ok47

trap1.site10:                                     ; preds = %ok44
  %352 = load i64, i64* %lowStart, align 8
  %353 = getelementptr i64, i64* %regs, i64 6
  store i64 %352, i64* %353, align 8
  %354 = load i64, i64* %lowEnd, align 8
  %355 = getelementptr i64, i64* %regs, i64 7
  store i64 %354, i64* %355, align 8
  %356 = load i64, i64* %highEnd, align 8
  %357 = getelementptr i64, i64* %regs, i64 8
  store i64 %356, i64* %357, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok47:                                             ; preds = %ok46
  %358 = srem i64 %349, 2
  %359 = icmp eq i64 %358, 0
  %360 = zext i1 %359 to i32
  %361 = icmp ne i32 %360, 0
  br i1 %361, label %then48, label %else49

trap2.site10:                                     ; preds = %ok46
  %362 = load i64, i64* %lowStart, align 8
  %363 = getelementptr i64, i64* %regs, i64 6
  store i64 %362, i64* %363, align 8
  %364 = load i64, i64* %lowEnd, align 8
  %365 = getelementptr i64, i64* %regs, i64 7
  store i64 %364, i64* %365, align 8
  %366 = load i64, i64* %highEnd, align 8
  %367 = getelementptr i64, i64* %regs, i64 8
  store i64 %366, i64* %367, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

then48:                                           ; preds = %ok47
  %368 = load i32, i32* %list.1, align 4
  %369 = load i32, i32* %len.1, align 4
  %370 = mul i32 %369, 8
  %371 = add i32 %368, %370
  %372 = load i64, i64* %x.2, align 8
  %373 = zext i32 %371 to i64
  %374 = add i64 %373, 8
  %375 = add i64 %374, 8
  %376 = icmp uge i64 %374, %scratch_start
  %377 = load i64, i64* %highEnd, align 8
  %378 = icmp ule i64 %375, %377
  %379 = and i1 %376, %378
  br i1 %379, label %write.ok53, label %write.low51

else49:                                           ; preds = %ok47
  br label %join50

join50:                                           ; preds = %else49, %write.ok53
  %380 = load i32, i32* %k.2, align 4
  %381 = add i32 %380, 1
  store i32 %381, i32* %k.2, align 4
  br label %each15

write.low51:                                      ; preds = %then48
  %382 = load i64, i64* %lowStart, align 8
  %383 = icmp uge i64 %374, %382
  %384 = load i64, i64* %lowEnd, align 8
  %385 = icmp ule i64 %375, %384
  %386 = and i1 %383, %385
  br i1 %386, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %387 = icmp ugt i64 %375, %arena_size
  br i1 %387, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %then48
  %388 = getelementptr i8, i8* %mem, i64 %374
  store i64 %372, i64* %unaligned55, align 8
  %389 = bitcast i64* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %388, i8* %389, i64 8, i1 false)
  %390 = load i32, i32* %len.1, align 4
  %391 = add i32 %390, 1
  store i32 %391, i32* %len.1, align 4
  br label %join50

ok54:                                             ; preds = %write.slow52
  %392 = icmp ult i64 %374, %scratch_start
  %393 = load i64, i64* %lowEnd, align 8
  %394 = load i64, i64* %highEnd, align 8
  %395 = call i64 @llvm.umax.i64(i64 %393, i64 %375)
  %396 = select i1 %392, i64 %395, i64 %393
  store i64 %396, i64* %lowEnd, align 8
  %397 = call i64 @llvm.umax.i64(i64 %394, i64 %375)
  %398 = select i1 %392, i64 %394, i64 %397
  store i64 %398, i64* %highEnd, align 8
  %399 = load i64, i64* %lowStart, align 8
  %400 = call i64 @llvm.umin.i64(i64 %399, i64 %374)
  store i64 %400, i64* %lowStart, align 8
  br label %write.ok53

dead56:                                           ; No predecessors!
  br label %block14

write.low57:                                      ; preds = %block14
  %401 = load i64, i64* %lowStart, align 8
  %402 = icmp uge i64 %323, %401
  %403 = load i64, i64* %lowEnd, align 8
  %404 = icmp ule i64 %324, %403
  %405 = and i1 %402, %404
  br i1 %405, label %write.ok59, label %write.slow58

write.slow58:                                     ; preds = %write.low57
  %406 = icmp ugt i64 %324, %arena_size
  br i1 %406, label %trap17.site0, label %ok60

write.ok59:                                       ; preds = %ok60, %write.low57, %block14
  %407 = getelementptr i8, i8* %mem, i64 %323
  store i32 %322, i32* %unaligned61, align 4
  %408 = bitcast i32* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %407, i8* %408, i64 4, i1 false)
  %409 = load i32, i32* %list.1, align 4
  store i32 %409, i32* %result32, align 4
  br label %e12

ok60:                                             ; preds = %write.slow58
  %410 = icmp ult i64 %323, %scratch_start
  %411 = load i64, i64* %lowEnd, align 8
  %412 = load i64, i64* %highEnd, align 8
  %413 = call i64 @llvm.umax.i64(i64 %411, i64 %324)
  %414 = select i1 %410, i64 %413, i64 %411
  store i64 %414, i64* %lowEnd, align 8
  %415 = call i64 @llvm.umax.i64(i64 %412, i64 %324)
  %416 = select i1 %410, i64 %412, i64 %415
  store i64 %416, i64* %highEnd, align 8
  %417 = load i64, i64* %lowStart, align 8
  %418 = call i64 @llvm.umin.i64(i64 %417, i64 %323)
  store i64 %418, i64* %lowStart, align 8
  br label %write.ok59

write.low62:                                      ; preds = %e12
  %419 = load i64, i64* %lowStart, align 8
  %420 = icmp uge i64 %278, %419
  %421 = load i64, i64* %lowEnd, align 8
  %422 = icmp ule i64 %279, %421
  %423 = and i1 %420, %422
  br i1 %423, label %write.ok64, label %write.slow63

write.slow63:                                     ; preds = %write.low62
  %424 = icmp ugt i64 %279, %arena_size
  br i1 %424, label %trap17.site0, label %ok65

write.ok64:                                       ; preds = %ok65, %write.low62, %e12
  %425 = getelementptr i8, i8* %mem, i64 %278
  store i32 %276, i32* %unaligned66, align 4
  %426 = bitcast i32* %unaligned66 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %425, i8* %426, i64 4, i1 false)
  %427 = load i32, i32* %xs, align 4
  store i32 %427, i32* %xs.3, align 4
  store i64 0, i64* %acc, align 8
  %428 = load i32, i32* %xs.3, align 4
  %429 = zext i32 %428 to i64
  %430 = add i64 %429, 4
  %431 = icmp ugt i64 %430, %arena_size
  br i1 %431, label %trap17.site0, label %ok68

ok65:                                             ; preds = %write.slow63
  %432 = icmp ult i64 %278, %scratch_start
  %433 = load i64, i64* %lowEnd, align 8
  %434 = load i64, i64* %highEnd, align 8
  %435 = call i64 @llvm.umax.i64(i64 %433, i64 %279)
  %436 = select i1 %432, i64 %435, i64 %433
  store i64 %436, i64* %lowEnd, align 8
  %437 = call i64 @llvm.umax.i64(i64 %434, i64 %279)
  %438 = select i1 %432, i64 %434, i64 %437
  store i64 %438, i64* %highEnd, align 8
  %439 = load i64, i64* %lowStart, align 8
  %440 = call i64 @llvm.umin.i64(i64 %439, i64 %278)
  store i64 %440, i64* %lowStart, align 8
  br label %write.ok64

e21:                                              ; preds = %block24
  %441 = load i64, i64* %result67, align 8
  store i64 %441, i64* %total, align 8
  %442 = load i32, i32* %dict, align 4
  %443 = load i64, i64* %total, align 8
  %444 = zext i32 %442 to i64
  %445 = add i64 %444, 8
  %446 = add i64 %445, 8
  %447 = icmp uge i64 %445, %scratch_start
  %448 = load i64, i64* %highEnd, align 8
  %449 = icmp ule i64 %446, %448
  %450 = and i1 %447, %449
  br i1 %450, label %write.ok78, label %write.low76

ok68:                                             ; preds = %write.ok64
  %451 = getelementptr i8, i8* %mem, i64 %429
  %452 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %452, i8* %451, i64 4, i1 false)
  %453 = load i32, i32* %unaligned69, align 4
  store i32 %453, i32* %n.2, align 4
  store i32 0, i32* %k.3, align 4
  br label %each25

block24:                                          ; preds = %dead75, %ok70
  %454 = load i64, i64* %acc, align 8
  store i64 %454, i64* %result67, align 8
  br label %e21

each25:                                           ; preds = %ok74, %ok68
  %455 = load i64, i64* %fuel, align 8
  %456 = icmp ult i64 %455, 1
  br i1 %456, label %trap14.site0, label %ok70

ok70:                                             ; preds = %each25
  %457 = sub i64 %455, 1
  store i64 %457, i64* %fuel, align 8
  %458 = load i32, i32* %k.3, align 4
  %459 = load i32, i32* %n.2, align 4
  %460 = icmp uge i32 %458, %459
  %461 = zext i1 %460 to i32
  %462 = icmp ne i32 %461, 0
  br i1 %462, label %block24, label %cont71

cont71:                                           ; preds = %ok70
  %463 = load i32, i32* %xs.3, align 4
  %464 = load i32, i32* %k.3, align 4
  %465 = mul i32 %464, 8
  %466 = add i32 %463, %465
  %467 = zext i32 %466 to i64
  %468 = add i64 %467, 8
  %469 = add i64 %468, 8
  %470 = icmp ugt i64 %469, %arena_size
  br i1 %470, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont71
  %471 = getelementptr i8, i8* %mem, i64 %468
  %472 = bitcast i64* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %472, i8* %471, i64 8, i1 false)
  %473 = load i64, i64* %unaligned73, align 8
  store i64 %473, i64* %x.4, align 8
  %474 = load i64, i64* %acc, align 8
  store i64 %474, i64* %acc.1, align 8
  %475 = load i64, i64* %x.4, align 8
  store i64 %475, i64* %x.5, align 8
  %476 = load i64, i64* %acc.1, align 8
  %477 = load i64, i64* %x.5, align 8
  %478 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %476, i64 %477)
  %479 = extractvalue { i64, i1 } %478, 1
  br i1 %479, label %trap2.site12, label %ok74

ok74:                                             ; preds = %ok72
  %480 = extractvalue { i64, i1 } %478, 0
  store i64 %480, i64* %acc, align 8
  %481 = load i32, i32* %k.3, align 4
  %482 = add i32 %481, 1
  store i32 %482, i32* %k.3, align 4
  br label %each25

trap2.site12:                                     ; preds = %ok72
  %483 = load i64, i64* %lowStart, align 8
  %484 = getelementptr i64, i64* %regs, i64 6
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %lowEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 7
  store i64 %485, i64* %486, align 8
  %487 = load i64, i64* %highEnd, align 8
  %488 = getelementptr i64, i64* %regs, i64 8
  store i64 %487, i64* %488, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

dead75:                                           ; No predecessors!
  br label %block24

write.low76:                                      ; preds = %e21
  %489 = load i64, i64* %lowStart, align 8
  %490 = icmp uge i64 %445, %489
  %491 = load i64, i64* %lowEnd, align 8
  %492 = icmp ule i64 %446, %491
  %493 = and i1 %490, %492
  br i1 %493, label %write.ok78, label %write.slow77

write.slow77:                                     ; preds = %write.low76
  %494 = icmp ugt i64 %446, %arena_size
  br i1 %494, label %trap17.site0, label %ok79

write.ok78:                                       ; preds = %ok79, %write.low76, %e21
  %495 = getelementptr i8, i8* %mem, i64 %445
  store i64 %443, i64* %unaligned80, align 8
  %496 = bitcast i64* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %495, i8* %496, i64 8, i1 false)
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %497 = load i64, i64* %hi, align 8
  %498 = load i64, i64* %lo, align 8
  %499 = icmp sgt i64 %497, %498
  %500 = zext i1 %499 to i32
  %501 = icmp ne i32 %500, 0
  br i1 %501, label %then82, label %else83

ok79:                                             ; preds = %write.slow77
  %502 = icmp ult i64 %445, %scratch_start
  %503 = load i64, i64* %lowEnd, align 8
  %504 = load i64, i64* %highEnd, align 8
  %505 = call i64 @llvm.umax.i64(i64 %503, i64 %446)
  %506 = select i1 %502, i64 %505, i64 %503
  store i64 %506, i64* %lowEnd, align 8
  %507 = call i64 @llvm.umax.i64(i64 %504, i64 %446)
  %508 = select i1 %502, i64 %504, i64 %507
  store i64 %508, i64* %highEnd, align 8
  %509 = load i64, i64* %lowStart, align 8
  %510 = call i64 @llvm.umin.i64(i64 %509, i64 %445)
  store i64 %510, i64* %lowStart, align 8
  br label %write.ok78

e29:                                              ; preds = %write.ok123
  %511 = load i32, i32* %result81, align 4
  store i32 %511, i32* %adders, align 4
  %512 = load i32, i32* %dict, align 4
  %513 = load i32, i32* %adders, align 4
  %514 = zext i32 %512 to i64
  %515 = add i64 %514, 16
  %516 = add i64 %515, 4
  %517 = icmp uge i64 %515, %scratch_start
  %518 = load i64, i64* %highEnd, align 8
  %519 = icmp ule i64 %516, %518
  %520 = and i1 %517, %519
  br i1 %520, label %write.ok128, label %write.low126

then82:                                           ; preds = %write.ok78
  %521 = load i64, i64* %hi, align 8
  %522 = load i64, i64* %lo, align 8
  %523 = sub i64 %521, %522
  store i64 %523, i64* %result85, align 8
  br label %join84

else83:                                           ; preds = %write.ok78
  store i64 0, i64* %result85, align 8
  br label %join84

join84:                                           ; preds = %else83, %then82
  %524 = load i64, i64* %result85, align 8
  store i64 %524, i64* %count, align 8
  %525 = load i64, i64* %count, align 8
  %526 = icmp slt i64 %525, 0
  %527 = zext i1 %526 to i32
  %528 = load i64, i64* %count, align 8
  %529 = icmp sgt i64 %528, 2147483647
  %530 = zext i1 %529 to i32
  %531 = or i32 %527, %530
  %532 = icmp ne i32 %531, 0
  br i1 %532, label %then86, label %else87

then86:                                           ; preds = %join84
  br label %trap15.site13

else87:                                           ; preds = %join84
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %533 = load i64, i64* %count, align 8
  %534 = trunc i64 %533 to i32
  %535 = zext i32 %534 to i64
  %536 = mul i64 %535, 4
  %537 = add i64 4, %536
  store i64 %537, i64* %size.2, align 8
  %538 = load i64, i64* %size.2, align 8
  %539 = icmp ugt i64 %538, 2147483647
  %540 = zext i1 %539 to i32
  %541 = icmp ne i32 %540, 0
  br i1 %541, label %then90, label %else91

trap15.site13:                                    ; preds = %then86
  %542 = load i64, i64* %lowStart, align 8
  %543 = getelementptr i64, i64* %regs, i64 6
  store i64 %542, i64* %543, align 8
  %544 = load i64, i64* %lowEnd, align 8
  %545 = getelementptr i64, i64* %regs, i64 7
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %highEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 8
  store i64 %546, i64* %547, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead89:                                           ; No predecessors!
  br label %join88

then90:                                           ; preds = %join88
  br label %trap15.site14

else91:                                           ; preds = %join88
  br label %join92

join92:                                           ; preds = %else91, %dead93
  %548 = load i64, i64* %size.2, align 8
  %549 = trunc i64 %548 to i32
  %550 = zext i32 %549 to i64
  %551 = getelementptr i64, i64* %regs, i64 1
  %552 = getelementptr i64, i64* %regs, i64 2
  %553 = load i64, i64* %551, align 8
  %554 = add i64 %553, 3
  %555 = and i64 %554, -4
  %556 = add i64 %555, %550
  %557 = load i64, i64* %552, align 8
  %558 = icmp ugt i64 %556, %557
  br i1 %558, label %trap15.site14, label %ok94

trap15.site14:                                    ; preds = %join92, %then90
  %559 = load i64, i64* %lowStart, align 8
  %560 = getelementptr i64, i64* %regs, i64 6
  store i64 %559, i64* %560, align 8
  %561 = load i64, i64* %lowEnd, align 8
  %562 = getelementptr i64, i64* %regs, i64 7
  store i64 %561, i64* %562, align 8
  %563 = load i64, i64* %highEnd, align 8
  %564 = getelementptr i64, i64* %regs, i64 8
  store i64 %563, i64* %564, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead93:                                           ; No predecessors!
  br label %join92

ok94:                                             ; preds = %join92
  store i64 %556, i64* %551, align 8
  %565 = load i64, i64* %highEnd, align 8
  %566 = call i64 @llvm.umax.i64(i64 %565, i64 %556)
  store i64 %566, i64* %highEnd, align 8
  %567 = trunc i64 %555 to i32
  store i32 %567, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %568 = load i64, i64* %lo, align 8
  store i64 %568, i64* %i, align 8
  br label %range33

block32:                                          ; preds = %dead120, %ok95
  %569 = load i32, i32* %list.2, align 4
  %570 = load i32, i32* %len.2, align 4
  %571 = zext i32 %569 to i64
  %572 = add i64 %571, 4
  %573 = icmp uge i64 %571, %scratch_start
  %574 = load i64, i64* %highEnd, align 8
  %575 = icmp ule i64 %572, %574
  %576 = and i1 %573, %575
  br i1 %576, label %write.ok123, label %write.low121

range33:                                          ; preds = %write.ok117, %ok94
  %577 = load i64, i64* %fuel, align 8
  %578 = icmp ult i64 %577, 1
  br i1 %578, label %trap14.site0, label %ok95

ok95:                                             ; preds = %range33
  %579 = sub i64 %577, 1
  store i64 %579, i64* %fuel, align 8
  %580 = load i64, i64* %i, align 8
  %581 = load i64, i64* %hi, align 8
  %582 = icmp sge i64 %580, %581
  %583 = zext i1 %582 to i32
  %584 = icmp ne i32 %583, 0
  br i1 %584, label %block32, label %cont96

cont96:                                           ; preds = %ok95
  %585 = load i64, i64* %i, align 8
  store i64 %585, i64* %i.1, align 8
  %586 = load i32, i32* %list.2, align 4
  %587 = load i32, i32* %len.2, align 4
  %588 = mul i32 %587, 4
  %589 = add i32 %586, %588
  %590 = getelementptr i64, i64* %regs, i64 1
  %591 = getelementptr i64, i64* %regs, i64 2
  %592 = load i64, i64* %590, align 8
  %593 = add i64 %592, 7
  %594 = and i64 %593, -8
  %595 = add i64 %594, 8
  %596 = load i64, i64* %591, align 8
  %597 = icmp ugt i64 %595, %596
  br i1 %597, label %trap15.site15, label %ok98

e34:                                              ; preds = %write.ok112
  %598 = load i32, i32* %result97, align 4
  %599 = zext i32 %589 to i64
  %600 = add i64 %599, 4
  %601 = add i64 %600, 4
  %602 = icmp uge i64 %600, %scratch_start
  %603 = load i64, i64* %highEnd, align 8
  %604 = icmp ule i64 %601, %603
  %605 = and i1 %602, %604
  br i1 %605, label %write.ok117, label %write.low115

ok98:                                             ; preds = %cont96
  store i64 %595, i64* %590, align 8
  %606 = load i64, i64* %highEnd, align 8
  %607 = call i64 @llvm.umax.i64(i64 %606, i64 %595)
  store i64 %607, i64* %highEnd, align 8
  %608 = trunc i64 %594 to i32
  store i32 %608, i32* %env, align 4
  %609 = load i32, i32* %env, align 4
  %610 = load i64, i64* %i.1, align 8
  %611 = zext i32 %609 to i64
  %612 = add i64 %611, 8
  %613 = icmp uge i64 %611, %scratch_start
  %614 = load i64, i64* %highEnd, align 8
  %615 = icmp ule i64 %612, %614
  %616 = and i1 %613, %615
  br i1 %616, label %write.ok101, label %write.low99

trap15.site15:                                    ; preds = %write.ok101, %cont96
  %617 = load i64, i64* %lowStart, align 8
  %618 = getelementptr i64, i64* %regs, i64 6
  store i64 %617, i64* %618, align 8
  %619 = load i64, i64* %lowEnd, align 8
  %620 = getelementptr i64, i64* %regs, i64 7
  store i64 %619, i64* %620, align 8
  %621 = load i64, i64* %highEnd, align 8
  %622 = getelementptr i64, i64* %regs, i64 8
  store i64 %621, i64* %622, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

write.low99:                                      ; preds = %ok98
  %623 = load i64, i64* %lowStart, align 8
  %624 = icmp uge i64 %611, %623
  %625 = load i64, i64* %lowEnd, align 8
  %626 = icmp ule i64 %612, %625
  %627 = and i1 %624, %626
  br i1 %627, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %628 = icmp ugt i64 %612, %arena_size
  br i1 %628, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %ok98
  %629 = getelementptr i8, i8* %mem, i64 %611
  store i64 %610, i64* %unaligned103, align 8
  %630 = bitcast i64* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %629, i8* %630, i64 8, i1 false)
  %631 = getelementptr i64, i64* %regs, i64 1
  %632 = getelementptr i64, i64* %regs, i64 2
  %633 = load i64, i64* %631, align 8
  %634 = add i64 %633, 3
  %635 = and i64 %634, -4
  %636 = add i64 %635, 8
  %637 = load i64, i64* %632, align 8
  %638 = icmp ugt i64 %636, %637
  br i1 %638, label %trap15.site15, label %ok104

ok102:                                            ; preds = %write.slow100
  %639 = icmp ult i64 %611, %scratch_start
  %640 = load i64, i64* %lowEnd, align 8
  %641 = load i64, i64* %highEnd, align 8
  %642 = call i64 @llvm.umax.i64(i64 %640, i64 %612)
  %643 = select i1 %639, i64 %642, i64 %640
  store i64 %643, i64* %lowEnd, align 8
  %644 = call i64 @llvm.umax.i64(i64 %641, i64 %612)
  %645 = select i1 %639, i64 %641, i64 %644
  store i64 %645, i64* %highEnd, align 8
  %646 = load i64, i64* %lowStart, align 8
  %647 = call i64 @llvm.umin.i64(i64 %646, i64 %611)
  store i64 %647, i64* %lowStart, align 8
  br label %write.ok101

ok104:                                            ; preds = %write.ok101
  store i64 %636, i64* %631, align 8
  %648 = load i64, i64* %highEnd, align 8
  %649 = call i64 @llvm.umax.i64(i64 %648, i64 %636)
  store i64 %649, i64* %highEnd, align 8
  %650 = trunc i64 %635 to i32
  store i32 %650, i32* %closure, align 4
  %651 = load i32, i32* %closure, align 4
  %652 = zext i32 %651 to i64
  %653 = add i64 %652, 4
  %654 = icmp uge i64 %652, %scratch_start
  %655 = load i64, i64* %highEnd, align 8
  %656 = icmp ule i64 %653, %655
  %657 = and i1 %654, %656
  br i1 %657, label %write.ok107, label %write.low105

write.low105:                                     ; preds = %ok104
  %658 = load i64, i64* %lowStart, align 8
  %659 = icmp uge i64 %652, %658
  %660 = load i64, i64* %lowEnd, align 8
  %661 = icmp ule i64 %653, %660
  %662 = and i1 %659, %661
  br i1 %662, label %write.ok107, label %write.slow106

write.slow106:                                    ; preds = %write.low105
  %663 = icmp ugt i64 %653, %arena_size
  br i1 %663, label %trap17.site0, label %ok108

write.ok107:                                      ; preds = %ok108, %write.low105, %ok104
  %664 = getelementptr i8, i8* %mem, i64 %652
  store i32 0, i32* %unaligned109, align 4
  %665 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %664, i8* %665, i64 4, i1 false)
  %666 = load i32, i32* %closure, align 4
  %667 = load i32, i32* %env, align 4
  %668 = zext i32 %666 to i64
  %669 = add i64 %668, 4
  %670 = add i64 %669, 4
  %671 = icmp uge i64 %669, %scratch_start
  %672 = load i64, i64* %highEnd, align 8
  %673 = icmp ule i64 %670, %672
  %674 = and i1 %671, %673
  br i1 %674, label %write.ok112, label %write.low110

ok108:                                            ; preds = %write.slow106
  %675 = icmp ult i64 %652, %scratch_start
  %676 = load i64, i64* %lowEnd, align 8
  %677 = load i64, i64* %highEnd, align 8
  %678 = call i64 @llvm.umax.i64(i64 %676, i64 %653)
  %679 = select i1 %675, i64 %678, i64 %676
  store i64 %679, i64* %lowEnd, align 8
  %680 = call i64 @llvm.umax.i64(i64 %677, i64 %653)
  %681 = select i1 %675, i64 %677, i64 %680
  store i64 %681, i64* %highEnd, align 8
  %682 = load i64, i64* %lowStart, align 8
  %683 = call i64 @llvm.umin.i64(i64 %682, i64 %652)
  store i64 %683, i64* %lowStart, align 8
  br label %write.ok107

write.low110:                                     ; preds = %write.ok107
  %684 = load i64, i64* %lowStart, align 8
  %685 = icmp uge i64 %669, %684
  %686 = load i64, i64* %lowEnd, align 8
  %687 = icmp ule i64 %670, %686
  %688 = and i1 %685, %687
  br i1 %688, label %write.ok112, label %write.slow111

write.slow111:                                    ; preds = %write.low110
  %689 = icmp ugt i64 %670, %arena_size
  br i1 %689, label %trap17.site0, label %ok113

write.ok112:                                      ; preds = %ok113, %write.low110, %write.ok107
  %690 = getelementptr i8, i8* %mem, i64 %669
  store i32 %667, i32* %unaligned114, align 4
  %691 = bitcast i32* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %690, i8* %691, i64 4, i1 false)
  %692 = load i32, i32* %closure, align 4
  store i32 %692, i32* %result97, align 4
  br label %e34

ok113:                                            ; preds = %write.slow111
  %693 = icmp ult i64 %669, %scratch_start
  %694 = load i64, i64* %lowEnd, align 8
  %695 = load i64, i64* %highEnd, align 8
  %696 = call i64 @llvm.umax.i64(i64 %694, i64 %670)
  %697 = select i1 %693, i64 %696, i64 %694
  store i64 %697, i64* %lowEnd, align 8
  %698 = call i64 @llvm.umax.i64(i64 %695, i64 %670)
  %699 = select i1 %693, i64 %695, i64 %698
  store i64 %699, i64* %highEnd, align 8
  %700 = load i64, i64* %lowStart, align 8
  %701 = call i64 @llvm.umin.i64(i64 %700, i64 %669)
  store i64 %701, i64* %lowStart, align 8
  br label %write.ok112

write.low115:                                     ; preds = %e34
  %702 = load i64, i64* %lowStart, align 8
  %703 = icmp uge i64 %600, %702
  %704 = load i64, i64* %lowEnd, align 8
  %705 = icmp ule i64 %601, %704
  %706 = and i1 %703, %705
  br i1 %706, label %write.ok117, label %write.slow116

write.slow116:                                    ; preds = %write.low115
  %707 = icmp ugt i64 %601, %arena_size
  br i1 %707, label %trap17.site0, label %ok118

write.ok117:                                      ; preds = %ok118, %write.low115, %e34
  %708 = getelementptr i8, i8* %mem, i64 %600
  store i32 %598, i32* %unaligned119, align 4
  %709 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %708, i8* %709, i64 4, i1 false)
  %710 = load i32, i32* %len.2, align 4
  %711 = add i32 %710, 1
  store i32 %711, i32* %len.2, align 4
  %712 = load i64, i64* %i, align 8
  %713 = add i64 %712, 1
  store i64 %713, i64* %i, align 8
  br label %range33

ok118:                                            ; preds = %write.slow116
  %714 = icmp ult i64 %600, %scratch_start
  %715 = load i64, i64* %lowEnd, align 8
  %716 = load i64, i64* %highEnd, align 8
  %717 = call i64 @llvm.umax.i64(i64 %715, i64 %601)
  %718 = select i1 %714, i64 %717, i64 %715
  store i64 %718, i64* %lowEnd, align 8
  %719 = call i64 @llvm.umax.i64(i64 %716, i64 %601)
  %720 = select i1 %714, i64 %716, i64 %719
  store i64 %720, i64* %highEnd, align 8
  %721 = load i64, i64* %lowStart, align 8
  %722 = call i64 @llvm.umin.i64(i64 %721, i64 %600)
  store i64 %722, i64* %lowStart, align 8
  br label %write.ok117

dead120:                                          ; No predecessors!
  br label %block32

write.low121:                                     ; preds = %block32
  %723 = load i64, i64* %lowStart, align 8
  %724 = icmp uge i64 %571, %723
  %725 = load i64, i64* %lowEnd, align 8
  %726 = icmp ule i64 %572, %725
  %727 = and i1 %724, %726
  br i1 %727, label %write.ok123, label %write.slow122

write.slow122:                                    ; preds = %write.low121
  %728 = icmp ugt i64 %572, %arena_size
  br i1 %728, label %trap17.site0, label %ok124

write.ok123:                                      ; preds = %ok124, %write.low121, %block32
  %729 = getelementptr i8, i8* %mem, i64 %571
  store i32 %570, i32* %unaligned125, align 4
  %730 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %729, i8* %730, i64 4, i1 false)
  %731 = load i32, i32* %list.2, align 4
  store i32 %731, i32* %result81, align 4
  br label %e29

ok124:                                            ; preds = %write.slow122
  %732 = icmp ult i64 %571, %scratch_start
  %733 = load i64, i64* %lowEnd, align 8
  %734 = load i64, i64* %highEnd, align 8
  %735 = call i64 @llvm.umax.i64(i64 %733, i64 %572)
  %736 = select i1 %732, i64 %735, i64 %733
  store i64 %736, i64* %lowEnd, align 8
  %737 = call i64 @llvm.umax.i64(i64 %734, i64 %572)
  %738 = select i1 %732, i64 %734, i64 %737
  store i64 %738, i64* %highEnd, align 8
  %739 = load i64, i64* %lowStart, align 8
  %740 = call i64 @llvm.umin.i64(i64 %739, i64 %571)
  store i64 %740, i64* %lowStart, align 8
  br label %write.ok123

write.low126:                                     ; preds = %e29
  %741 = load i64, i64* %lowStart, align 8
  %742 = icmp uge i64 %515, %741
  %743 = load i64, i64* %lowEnd, align 8
  %744 = icmp ule i64 %516, %743
  %745 = and i1 %742, %744
  br i1 %745, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %746 = icmp ugt i64 %516, %arena_size
  br i1 %746, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %e29
  %747 = getelementptr i8, i8* %mem, i64 %515
  store i32 %513, i32* %unaligned130, align 4
  %748 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %747, i8* %748, i64 4, i1 false)
  %749 = load i32, i32* %adders, align 4
  store i32 %749, i32* %xs.4, align 4
  %750 = load i32, i32* %xs.4, align 4
  %751 = zext i32 %750 to i64
  %752 = add i64 %751, 4
  %753 = icmp ugt i64 %752, %arena_size
  br i1 %753, label %trap17.site0, label %ok132

ok129:                                            ; preds = %write.slow127
  %754 = icmp ult i64 %515, %scratch_start
  %755 = load i64, i64* %lowEnd, align 8
  %756 = load i64, i64* %highEnd, align 8
  %757 = call i64 @llvm.umax.i64(i64 %755, i64 %516)
  %758 = select i1 %754, i64 %757, i64 %755
  store i64 %758, i64* %lowEnd, align 8
  %759 = call i64 @llvm.umax.i64(i64 %756, i64 %516)
  %760 = select i1 %754, i64 %756, i64 %759
  store i64 %760, i64* %highEnd, align 8
  %761 = load i64, i64* %lowStart, align 8
  %762 = call i64 @llvm.umin.i64(i64 %761, i64 %515)
  store i64 %762, i64* %lowStart, align 8
  br label %write.ok128

e35:                                              ; preds = %write.ok159
  %763 = load i32, i32* %result131, align 4
  store i32 %763, i32* %applied, align 4
  %764 = load i32, i32* %dict, align 4
  %765 = load i32, i32* %applied, align 4
  %766 = zext i32 %764 to i64
  %767 = add i64 %766, 20
  %768 = add i64 %767, 4
  %769 = icmp uge i64 %767, %scratch_start
  %770 = load i64, i64* %highEnd, align 8
  %771 = icmp ule i64 %768, %770
  %772 = and i1 %769, %771
  br i1 %772, label %write.ok164, label %write.low162

ok132:                                            ; preds = %write.ok128
  %773 = getelementptr i8, i8* %mem, i64 %751
  %774 = bitcast i32* %unaligned133 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %774, i8* %773, i64 4, i1 false)
  %775 = load i32, i32* %unaligned133, align 4
  %776 = zext i32 %775 to i64
  %777 = mul i64 %776, 8
  %778 = add i64 8, %777
  store i64 %778, i64* %size.3, align 8
  %779 = load i64, i64* %size.3, align 8
  %780 = icmp ugt i64 %779, 2147483647
  %781 = zext i1 %780 to i32
  %782 = icmp ne i32 %781, 0
  br i1 %782, label %then134, label %else135

then134:                                          ; preds = %ok132
  br label %trap15.site16

else135:                                          ; preds = %ok132
  br label %join136

join136:                                          ; preds = %else135, %dead137
  %783 = load i64, i64* %size.3, align 8
  %784 = trunc i64 %783 to i32
  %785 = zext i32 %784 to i64
  %786 = getelementptr i64, i64* %regs, i64 1
  %787 = getelementptr i64, i64* %regs, i64 2
  %788 = load i64, i64* %786, align 8
  %789 = add i64 %788, 7
  %790 = and i64 %789, -8
  %791 = add i64 %790, %785
  %792 = load i64, i64* %787, align 8
  %793 = icmp ugt i64 %791, %792
  br i1 %793, label %trap15.site16, label %ok138

trap15.site16:                                    ; preds = %join136, %then134
  %794 = load i64, i64* %lowStart, align 8
  %795 = getelementptr i64, i64* %regs, i64 6
  store i64 %794, i64* %795, align 8
  %796 = load i64, i64* %lowEnd, align 8
  %797 = getelementptr i64, i64* %regs, i64 7
  store i64 %796, i64* %797, align 8
  %798 = load i64, i64* %highEnd, align 8
  %799 = getelementptr i64, i64* %regs, i64 8
  store i64 %798, i64* %799, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead137:                                          ; No predecessors!
  br label %join136

ok138:                                            ; preds = %join136
  store i64 %791, i64* %786, align 8
  %800 = load i64, i64* %highEnd, align 8
  %801 = call i64 @llvm.umax.i64(i64 %800, i64 %791)
  store i64 %801, i64* %highEnd, align 8
  %802 = trunc i64 %790 to i32
  store i32 %802, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %803 = load i32, i32* %xs.4, align 4
  %804 = zext i32 %803 to i64
  %805 = add i64 %804, 4
  %806 = icmp ugt i64 %805, %arena_size
  br i1 %806, label %trap17.site0, label %ok139

ok139:                                            ; preds = %ok138
  %807 = getelementptr i8, i8* %mem, i64 %804
  %808 = bitcast i32* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %808, i8* %807, i64 4, i1 false)
  %809 = load i32, i32* %unaligned140, align 4
  store i32 %809, i32* %n.3, align 4
  store i32 0, i32* %k.4, align 4
  br label %each38

block37:                                          ; preds = %dead156, %ok141
  %810 = load i32, i32* %list.3, align 4
  %811 = load i32, i32* %len.3, align 4
  %812 = zext i32 %810 to i64
  %813 = add i64 %812, 4
  %814 = icmp uge i64 %812, %scratch_start
  %815 = load i64, i64* %highEnd, align 8
  %816 = icmp ule i64 %813, %815
  %817 = and i1 %814, %816
  br i1 %817, label %write.ok159, label %write.low157

each38:                                           ; preds = %write.ok153, %ok139
  %818 = load i64, i64* %fuel, align 8
  %819 = icmp ult i64 %818, 1
  br i1 %819, label %trap14.site0, label %ok141

ok141:                                            ; preds = %each38
  %820 = sub i64 %818, 1
  store i64 %820, i64* %fuel, align 8
  %821 = load i32, i32* %k.4, align 4
  %822 = load i32, i32* %n.3, align 4
  %823 = icmp uge i32 %821, %822
  %824 = zext i1 %823 to i32
  %825 = icmp ne i32 %824, 0
  br i1 %825, label %block37, label %cont142

cont142:                                          ; preds = %ok141
  %826 = load i32, i32* %xs.4, align 4
  %827 = load i32, i32* %k.4, align 4
  %828 = mul i32 %827, 4
  %829 = add i32 %826, %828
  %830 = zext i32 %829 to i64
  %831 = add i64 %830, 4
  %832 = add i64 %831, 4
  %833 = icmp ugt i64 %832, %arena_size
  br i1 %833, label %trap17.site0, label %ok143

ok143:                                            ; preds = %cont142
  %834 = getelementptr i8, i8* %mem, i64 %831
  %835 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %835, i8* %834, i64 4, i1 false)
  %836 = load i32, i32* %unaligned144, align 4
  store i32 %836, i32* %x.6, align 4
  %837 = load i32, i32* %x.6, align 4
  store i32 %837, i32* %f, align 4
  %838 = load i32, i32* %list.3, align 4
  %839 = load i32, i32* %len.3, align 4
  %840 = mul i32 %839, 8
  %841 = add i32 %838, %840
  %842 = load i64, i64* %k, align 8
  store i64 %842, i64* %arg, align 8
  %843 = load i32, i32* %f, align 4
  store i32 %843, i32* %callee, align 4
  %844 = load i32, i32* %callee, align 4
  %845 = zext i32 %844 to i64
  %846 = add i64 %845, 4
  %847 = add i64 %846, 4
  %848 = icmp ugt i64 %847, %arena_size
  br i1 %848, label %trap17.site0, label %ok146

e39:                                              ; preds = %stack_ok150
  %849 = load i64, i64* %result145, align 8
  %850 = zext i32 %841 to i64
  %851 = add i64 %850, 8
  %852 = add i64 %851, 8
  %853 = icmp uge i64 %851, %scratch_start
  %854 = load i64, i64* %highEnd, align 8
  %855 = icmp ule i64 %852, %854
  %856 = and i1 %853, %855
  br i1 %856, label %write.ok153, label %write.low151

ok146:                                            ; preds = %ok143
  %857 = getelementptr i8, i8* %mem, i64 %846
  %858 = bitcast i32* %unaligned147 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %858, i8* %857, i64 4, i1 false)
  %859 = load i32, i32* %unaligned147, align 4
  %860 = load i64, i64* %arg, align 8
  %861 = load i32, i32* %callee, align 4
  %862 = zext i32 %861 to i64
  %863 = add i64 %862, 4
  %864 = icmp ugt i64 %863, %arena_size
  br i1 %864, label %trap17.site0, label %ok148

ok148:                                            ; preds = %ok146
  %865 = getelementptr i8, i8* %mem, i64 %862
  %866 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %866, i8* %865, i64 4, i1 false)
  %867 = load i32, i32* %unaligned149, align 4
  %868 = icmp ult i64 %10, %stack_limit
  br i1 %868, label %trap253.site0, label %stack_ok150

stack_ok150:                                      ; preds = %ok148
  %869 = load i64, i64* %fuel, align 8
  %870 = getelementptr i64, i64* %regs, i64 0
  store i64 %869, i64* %870, align 8
  %871 = load i64, i64* %lowStart, align 8
  %872 = getelementptr i64, i64* %regs, i64 6
  store i64 %871, i64* %872, align 8
  %873 = load i64, i64* %lowEnd, align 8
  %874 = getelementptr i64, i64* %regs, i64 7
  store i64 %873, i64* %874, align 8
  %875 = load i64, i64* %highEnd, align 8
  %876 = getelementptr i64, i64* %regs, i64 8
  store i64 %875, i64* %876, align 8
  %877 = call i64 @m0.call_indirect.i32.i64-i64(i64* %regs, i8* %mem, i32 %depth, i32 17, i32 %867, i32 %859, i64 %860)
  %878 = getelementptr i64, i64* %regs, i64 0
  %879 = load i64, i64* %878, align 8
  store i64 %879, i64* %fuel, align 8
  %880 = getelementptr i64, i64* %regs, i64 6
  %881 = load i64, i64* %880, align 8
  store i64 %881, i64* %lowStart, align 8
  %882 = getelementptr i64, i64* %regs, i64 7
  %883 = load i64, i64* %882, align 8
  store i64 %883, i64* %lowEnd, align 8
  %884 = getelementptr i64, i64* %regs, i64 8
  %885 = load i64, i64* %884, align 8
  store i64 %885, i64* %highEnd, align 8
  store i64 %877, i64* %result145, align 8
  br label %e39

write.low151:                                     ; preds = %e39
  %886 = load i64, i64* %lowStart, align 8
  %887 = icmp uge i64 %851, %886
  %888 = load i64, i64* %lowEnd, align 8
  %889 = icmp ule i64 %852, %888
  %890 = and i1 %887, %889
  br i1 %890, label %write.ok153, label %write.slow152

write.slow152:                                    ; preds = %write.low151
  %891 = icmp ugt i64 %852, %arena_size
  br i1 %891, label %trap17.site0, label %ok154

write.ok153:                                      ; preds = %ok154, %write.low151, %e39
  %892 = getelementptr i8, i8* %mem, i64 %851
  store i64 %849, i64* %unaligned155, align 8
  %893 = bitcast i64* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %892, i8* %893, i64 8, i1 false)
  %894 = load i32, i32* %len.3, align 4
  %895 = add i32 %894, 1
  store i32 %895, i32* %len.3, align 4
  %896 = load i32, i32* %k.4, align 4
  %897 = add i32 %896, 1
  store i32 %897, i32* %k.4, align 4
  br label %each38

ok154:                                            ; preds = %write.slow152
  %898 = icmp ult i64 %851, %scratch_start
  %899 = load i64, i64* %lowEnd, align 8
  %900 = load i64, i64* %highEnd, align 8
  %901 = call i64 @llvm.umax.i64(i64 %899, i64 %852)
  %902 = select i1 %898, i64 %901, i64 %899
  store i64 %902, i64* %lowEnd, align 8
  %903 = call i64 @llvm.umax.i64(i64 %900, i64 %852)
  %904 = select i1 %898, i64 %900, i64 %903
  store i64 %904, i64* %highEnd, align 8
  %905 = load i64, i64* %lowStart, align 8
  %906 = call i64 @llvm.umin.i64(i64 %905, i64 %851)
  store i64 %906, i64* %lowStart, align 8
  br label %write.ok153

dead156:                                          ; No predecessors!
  br label %block37

write.low157:                                     ; preds = %block37
  %907 = load i64, i64* %lowStart, align 8
  %908 = icmp uge i64 %812, %907
  %909 = load i64, i64* %lowEnd, align 8
  %910 = icmp ule i64 %813, %909
  %911 = and i1 %908, %910
  br i1 %911, label %write.ok159, label %write.slow158

write.slow158:                                    ; preds = %write.low157
  %912 = icmp ugt i64 %813, %arena_size
  br i1 %912, label %trap17.site0, label %ok160

write.ok159:                                      ; preds = %ok160, %write.low157, %block37
  %913 = getelementptr i8, i8* %mem, i64 %812
  store i32 %811, i32* %unaligned161, align 4
  %914 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %913, i8* %914, i64 4, i1 false)
  %915 = load i32, i32* %list.3, align 4
  store i32 %915, i32* %result131, align 4
  br label %e35

ok160:                                            ; preds = %write.slow158
  %916 = icmp ult i64 %812, %scratch_start
  %917 = load i64, i64* %lowEnd, align 8
  %918 = load i64, i64* %highEnd, align 8
  %919 = call i64 @llvm.umax.i64(i64 %917, i64 %813)
  %920 = select i1 %916, i64 %919, i64 %917
  store i64 %920, i64* %lowEnd, align 8
  %921 = call i64 @llvm.umax.i64(i64 %918, i64 %813)
  %922 = select i1 %916, i64 %918, i64 %921
  store i64 %922, i64* %highEnd, align 8
  %923 = load i64, i64* %lowStart, align 8
  %924 = call i64 @llvm.umin.i64(i64 %923, i64 %812)
  store i64 %924, i64* %lowStart, align 8
  br label %write.ok159

write.low162:                                     ; preds = %e35
  %925 = load i64, i64* %lowStart, align 8
  %926 = icmp uge i64 %767, %925
  %927 = load i64, i64* %lowEnd, align 8
  %928 = icmp ule i64 %768, %927
  %929 = and i1 %926, %928
  br i1 %929, label %write.ok164, label %write.slow163

write.slow163:                                    ; preds = %write.low162
  %930 = icmp ugt i64 %768, %arena_size
  br i1 %930, label %trap17.site0, label %ok165

write.ok164:                                      ; preds = %ok165, %write.low162, %e35
  %931 = getelementptr i8, i8* %mem, i64 %767
  store i32 %765, i32* %unaligned166, align 4
  %932 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %931, i8* %932, i64 4, i1 false)
  %933 = load i32, i32* %dict, align 4
  store i32 %933, i32* %result6, align 4
  br label %e2

ok165:                                            ; preds = %write.slow163
  %934 = icmp ult i64 %767, %scratch_start
  %935 = load i64, i64* %lowEnd, align 8
  %936 = load i64, i64* %highEnd, align 8
  %937 = call i64 @llvm.umax.i64(i64 %935, i64 %768)
  %938 = select i1 %934, i64 %937, i64 %935
  store i64 %938, i64* %lowEnd, align 8
  %939 = call i64 @llvm.umax.i64(i64 %936, i64 %768)
  %940 = select i1 %934, i64 %936, i64 %939
  store i64 %940, i64* %highEnd, align 8
  %941 = load i64, i64* %lowStart, align 8
  %942 = call i64 @llvm.umin.i64(i64 %941, i64 %767)
  store i64 %942, i64* %lowStart, align 8
  br label %write.ok164

ok167:                                            ; preds = %e0
  %943 = icmp ult i64 %10, %stack_limit
  br i1 %943, label %trap253.site0, label %stack_ok168

trap15.site0:                                     ; preds = %e0
  %944 = load i64, i64* %lowStart, align 8
  %945 = getelementptr i64, i64* %regs, i64 6
  store i64 %944, i64* %945, align 8
  %946 = load i64, i64* %lowEnd, align 8
  %947 = getelementptr i64, i64* %regs, i64 7
  store i64 %946, i64* %947, align 8
  %948 = load i64, i64* %highEnd, align 8
  %949 = getelementptr i64, i64* %regs, i64 8
  store i64 %948, i64* %949, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok168:                                      ; preds = %ok167
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
  %959 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %958, i32 %89, i32 %90, i32 0)
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
  store i32 %959, i32* %json_end, align 4
  %968 = load i32, i32* %json_end, align 4
  %969 = icmp eq i32 %968, -2
  %970 = zext i1 %969 to i32
  %971 = icmp ne i32 %970, 0
  br i1 %971, label %then169, label %else170

then169:                                          ; preds = %stack_ok168
  br label %trap16.site18

else170:                                          ; preds = %stack_ok168
  br label %join171

join171:                                          ; preds = %else170, %dead172
  %972 = load i32, i32* %json_end, align 4
  %973 = icmp eq i32 %972, -1
  %974 = zext i1 %973 to i32
  %975 = icmp ne i32 %974, 0
  br i1 %975, label %then173, label %else174

trap16.site18:                                    ; preds = %then169
  %976 = load i64, i64* %lowStart, align 8
  %977 = getelementptr i64, i64* %regs, i64 6
  store i64 %976, i64* %977, align 8
  %978 = load i64, i64* %lowEnd, align 8
  %979 = getelementptr i64, i64* %regs, i64 7
  store i64 %978, i64* %979, align 8
  %980 = load i64, i64* %highEnd, align 8
  %981 = getelementptr i64, i64* %regs, i64 8
  store i64 %980, i64* %981, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 18)
  unreachable

dead172:                                          ; No predecessors!
  br label %join171

then173:                                          ; preds = %join171
  br label %trap15.site18

else174:                                          ; preds = %join171
  br label %join175

join175:                                          ; preds = %else174, %dead176
  %982 = load i32, i32* %json_end, align 4
  %983 = zext i32 %982 to i64
  %984 = getelementptr i64, i64* %regs, i64 3
  store i64 %983, i64* %984, align 8
  %985 = load i32, i32* %json_end, align 4
  %986 = load i32, i32* %json_start, align 4
  %987 = sub i32 %985, %986
  %988 = load i64, i64* %fuel, align 8
  %989 = getelementptr i64, i64* %regs, i64 0
  store i64 %988, i64* %989, align 8
  %990 = load i64, i64* %lowStart, align 8
  %991 = getelementptr i64, i64* %regs, i64 6
  store i64 %990, i64* %991, align 8
  %992 = load i64, i64* %lowEnd, align 8
  %993 = getelementptr i64, i64* %regs, i64 7
  store i64 %992, i64* %993, align 8
  %994 = load i64, i64* %highEnd, align 8
  %995 = getelementptr i64, i64* %regs, i64 8
  store i64 %994, i64* %995, align 8
  ret i32 %987

trap15.site18:                                    ; preds = %then173
  %996 = load i64, i64* %lowStart, align 8
  %997 = getelementptr i64, i64* %regs, i64 6
  store i64 %996, i64* %997, align 8
  %998 = load i64, i64* %lowEnd, align 8
  %999 = getelementptr i64, i64* %regs, i64 7
  store i64 %998, i64* %999, align 8
  %1000 = load i64, i64* %highEnd, align 8
  %1001 = getelementptr i64, i64* %regs, i64 8
  store i64 %1000, i64* %1001, align 8
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
