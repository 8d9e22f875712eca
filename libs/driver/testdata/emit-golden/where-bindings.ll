; From libs/driver/testdata/emit-golden/where-bindings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/where-bindings.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (33):
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
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.1
;   @m0.codec.enc.list.2
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.where.a.base
;   @m0.where.a.extra
;   @m0.fn.a.extra.sq
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.ssub.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 5 function(s):

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
  %unaligned = alloca i64, align 8
  %unaligned109 = alloca i64, align 8
  %unaligned116 = alloca i64, align 8
  %unaligned121 = alloca i64, align 8
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

trap17.site0:                                     ; preds = %write.slow118, %write.slow, %join106, %join97, %cont86, %ws_done14, %cont77, %cont53, %cont48, %then39, %then31, %ws_done2, %cont14, %ws_done0, %cont
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
  %272 = icmp eq i32 %271, 1
  %273 = zext i1 %272 to i32
  %274 = icmp ne i32 %273, 0
  br i1 %274, label %then39, label %else40

ok34:                                             ; preds = %then31
  %275 = getelementptr i8, i8* %mem, i64 %268
  %276 = load i8, i8* %275, align 1
  %277 = zext i8 %276 to i32
  %278 = icmp eq i32 %277, 120
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
  %288 = icmp eq i32 %287, 121
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
  %361 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %360, i32 %347, i32 %348, i32 %349)
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
  %410 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %409, i32 %343, i32 %344, i32 %345)
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
  %539 = sub i64 %arena_size, 8
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
  %548 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %548, i8* %547, i64 8, i1 false)
  %549 = load i64, i64* %unaligned, align 8
  store i64 %549, i64* %arg, align 8
  %550 = load i32, i32* %arg1_state, align 4
  %551 = icmp eq i32 %550, 0
  %552 = zext i1 %551 to i32
  %553 = icmp ne i32 %552, 0
  br i1 %553, label %then100, label %else101

then100:                                          ; preds = %ok99
  br label %trap9.site3

else101:                                          ; preds = %ok99
  br label %join102

join102:                                          ; preds = %else101, %dead103
  %554 = load i32, i32* %arg1_state, align 4
  %555 = icmp eq i32 %554, 2
  %556 = zext i1 %555 to i32
  %557 = icmp ne i32 %556, 0
  br i1 %557, label %then104, label %else105

trap9.site3:                                      ; preds = %then100
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

dead103:                                          ; No predecessors!
  br label %join102

then104:                                          ; preds = %join102
  br label %trap11.site3

else105:                                          ; preds = %join102
  br label %join106

join106:                                          ; preds = %else105, %dead107
  %564 = load i32, i32* %arg1_cell, align 4
  %565 = zext i32 %564 to i64
  %566 = sub i64 %arena_size, 8
  %567 = icmp sgt i64 %565, %566
  br i1 %567, label %trap17.site0, label %ok108

trap11.site3:                                     ; preds = %then104
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

dead107:                                          ; No predecessors!
  br label %join106

ok108:                                            ; preds = %join106
  %574 = getelementptr i8, i8* %mem, i64 %565
  %575 = bitcast i64* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %575, i8* %574, i64 8, i1 false)
  %576 = load i64, i64* %unaligned109, align 8
  store i64 %576, i64* %arg.1, align 8
  %577 = load i32, i32* %args_unexpected, align 4
  %578 = icmp ne i32 %577, 0
  br i1 %578, label %then110, label %else111

then110:                                          ; preds = %ok108
  br label %trap10.site1

else111:                                          ; preds = %ok108
  br label %join112

join112:                                          ; preds = %else111, %dead113
  %579 = getelementptr i64, i64* %regs, i64 1
  %580 = getelementptr i64, i64* %regs, i64 2
  %581 = load i64, i64* %579, align 8
  %582 = add i64 %581, 7
  %583 = and i64 %582, -8
  %584 = add i64 %583, 16
  %585 = load i64, i64* %580, align 8
  %586 = icmp ugt i64 %584, %585
  br i1 %586, label %trap15.site1, label %ok114

trap10.site1:                                     ; preds = %then110
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

dead113:                                          ; No predecessors!
  br label %join112

ok114:                                            ; preds = %join112
  store i64 %584, i64* %579, align 8
  %593 = load i64, i64* %highEnd, align 8
  %594 = call i64 @llvm.umax.i64(i64 %593, i64 %584)
  store i64 %594, i64* %highEnd, align 8
  %595 = trunc i64 %583 to i32
  store i32 %595, i32* %args_out, align 4
  %596 = load i32, i32* %args_out, align 4
  %597 = load i64, i64* %arg, align 8
  %598 = zext i32 %596 to i64
  %599 = add i64 %598, 8
  %600 = icmp uge i64 %598, %scratch_start
  %601 = load i64, i64* %highEnd, align 8
  %602 = icmp ule i64 %599, %601
  %603 = and i1 %600, %602
  %604 = call i1 @llvm.expect.i1(i1 %603, i1 true)
  br i1 %604, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join112
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

write.low:                                        ; preds = %ok114
  %611 = load i64, i64* %lowStart, align 8
  %612 = icmp uge i64 %598, %611
  %613 = load i64, i64* %lowEnd, align 8
  %614 = icmp ule i64 %599, %613
  %615 = and i1 %612, %614
  %616 = call i1 @llvm.expect.i1(i1 %615, i1 true)
  br i1 %616, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %617 = icmp ugt i64 %599, %arena_size
  br i1 %617, label %trap17.site0, label %ok115

write.ok:                                         ; preds = %ok115, %write.low, %ok114
  %618 = getelementptr i8, i8* %mem, i64 %598
  store i64 %597, i64* %unaligned116, align 8
  %619 = bitcast i64* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %618, i8* %619, i64 8, i1 false)
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
  br i1 %629, label %write.ok119, label %write.low117

ok115:                                            ; preds = %write.slow
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

write.low117:                                     ; preds = %write.ok
  %649 = load i64, i64* %lowStart, align 8
  %650 = icmp uge i64 %623, %649
  %651 = load i64, i64* %lowEnd, align 8
  %652 = icmp ule i64 %624, %651
  %653 = and i1 %650, %652
  %654 = call i1 @llvm.expect.i1(i1 %653, i1 true)
  br i1 %654, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %655 = icmp ugt i64 %624, %arena_size
  br i1 %655, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %write.ok
  %656 = getelementptr i8, i8* %mem, i64 %623
  store i64 %621, i64* %unaligned121, align 8
  %657 = bitcast i64* %unaligned121 to i8*
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

ok120:                                            ; preds = %write.slow118
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
  br label %write.ok119
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
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %y = alloca i64, align 8
  store i64 0, i64* %y, align 8
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %frame = alloca i32, align 4
  store i32 0, i32* %frame, align 4
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
  %a = alloca i64, align 8
  store i64 0, i64* %a, align 8
  %p = alloca i64, align 8
  store i64 0, i64* %p, align 8
  %q = alloca i64, align 8
  store i64 0, i64* %q, align 8
  %b = alloca i64, align 8
  store i64 0, i64* %b, align 8
  %item = alloca i64, align 8
  store i64 0, i64* %item, align 8
  %item.1 = alloca i64, align 8
  store i64 0, i64* %item.1, align 8
  %item.2 = alloca i64, align 8
  store i64 0, i64* %item.2, align 8
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x.1 = alloca i64, align 8
  store i64 0, i64* %x.1, align 8
  %w = alloca i64, align 8
  store i64 0, i64* %w, align 8
  %c = alloca i32, align 4
  store i32 0, i32* %c, align 4
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
  %unaligned4 = alloca i64, align 8
  %result5 = alloca i32, align 4
  %result7 = alloca i64, align 8
  %unaligned14 = alloca i64, align 8
  %unaligned19 = alloca i64, align 8
  %result20 = alloca i64, align 8
  %unaligned29 = alloca i64, align 8
  %result30 = alloca i64, align 8
  %unaligned43 = alloca i64, align 8
  %unaligned62 = alloca i64, align 8
  %result63 = alloca i64, align 8
  %result65 = alloca i64, align 8
  %unaligned72 = alloca i64, align 8
  %result73 = alloca i32, align 4
  %result74 = alloca i32, align 4
  %unaligned84 = alloca i64, align 8
  %unaligned89 = alloca i64, align 8
  %unaligned94 = alloca i64, align 8
  %unaligned99 = alloca i32, align 4
  %result100 = alloca i32, align 4
  %unaligned102 = alloca i32, align 4
  %unaligned109 = alloca i32, align 4
  %unaligned110 = alloca i64, align 8
  %unaligned112 = alloca i64, align 8
  %unaligned119 = alloca i64, align 8
  %unaligned125 = alloca i64, align 8
  %unaligned131 = alloca i32, align 4
  %unaligned136 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each27115, %body
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

trap253.site0:                                    ; preds = %ok137, %ok55, %ok49, %ok40, %ok26, %ok1
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
  store i64 %61, i64* %x, align 8
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 16
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow133, %write.slow128, %write.slow122, %cont117, %ok107, %e20, %write.slow96, %write.slow91, %write.slow86, %write.slow81, %write.slow69, %write.slow59, %join48, %ok44, %join34, %then32, %e3, %join, %then, %write.ok17, %write.slow16, %write.slow11, %ok2, %stack_ok
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
  store i64 %75, i64* %y, align 8
  %76 = getelementptr i64, i64* %regs, i64 1
  %77 = getelementptr i64, i64* %regs, i64 2
  %78 = load i64, i64* %76, align 8
  %79 = add i64 %78, 7
  %80 = and i64 %79, -8
  %81 = add i64 %80, 24
  %82 = load i64, i64* %77, align 8
  %83 = icmp ugt i64 %81, %82
  br i1 %83, label %trap15.site4, label %ok6

e0:                                               ; preds = %write.ok134
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
  br i1 %91, label %trap15.site0, label %ok137

ok6:                                              ; preds = %ok3
  store i64 %81, i64* %76, align 8
  %92 = load i64, i64* %highEnd, align 8
  %93 = call i64 @llvm.umax.i64(i64 %92, i64 %81)
  store i64 %93, i64* %highEnd, align 8
  %94 = trunc i64 %80 to i32
  store i32 %94, i32* %dict, align 4
  %95 = getelementptr i64, i64* %regs, i64 1
  %96 = getelementptr i64, i64* %regs, i64 2
  %97 = load i64, i64* %95, align 8
  %98 = add i64 %97, 7
  %99 = and i64 %98, -8
  %100 = add i64 %99, 48
  %101 = load i64, i64* %96, align 8
  %102 = icmp ugt i64 %100, %101
  br i1 %102, label %trap15.site5, label %ok8

trap15.site4:                                     ; preds = %then143, %ok3
  %103 = load i64, i64* %lowStart, align 8
  %104 = getelementptr i64, i64* %regs, i64 6
  store i64 %103, i64* %104, align 8
  %105 = load i64, i64* %lowEnd, align 8
  %106 = getelementptr i64, i64* %regs, i64 7
  store i64 %105, i64* %106, align 8
  %107 = load i64, i64* %highEnd, align 8
  %108 = getelementptr i64, i64* %regs, i64 8
  store i64 %107, i64* %108, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

e1:                                               ; preds = %ok57
  %109 = load i64, i64* %result7, align 8
  store i64 %109, i64* %a, align 8
  %110 = load i32, i32* %dict, align 4
  %111 = load i64, i64* %a, align 8
  %112 = zext i32 %110 to i64
  %113 = add i64 %112, 8
  %114 = icmp uge i64 %112, %scratch_start
  %115 = load i64, i64* %highEnd, align 8
  %116 = icmp ule i64 %113, %115
  %117 = and i1 %114, %116
  %118 = call i1 @llvm.expect.i1(i1 %117, i1 true)
  br i1 %118, label %write.ok60, label %write.low58

ok8:                                              ; preds = %ok6
  store i64 %100, i64* %95, align 8
  %119 = load i64, i64* %highEnd, align 8
  %120 = call i64 @llvm.umax.i64(i64 %119, i64 %100)
  store i64 %120, i64* %highEnd, align 8
  %121 = trunc i64 %99 to i32
  store i32 %121, i32* %frame, align 4
  %122 = load i32, i32* %frame, align 4
  %123 = add i32 %122, 24
  %124 = zext i32 %123 to i64
  %125 = add i64 %124, 2
  %126 = icmp uge i64 %124, %scratch_start
  %127 = load i64, i64* %highEnd, align 8
  %128 = icmp ule i64 %125, %127
  %129 = and i1 %126, %128
  %130 = call i1 @llvm.expect.i1(i1 %129, i1 true)
  br i1 %130, label %write.ok, label %write.low

trap15.site5:                                     ; preds = %ok6
  %131 = load i64, i64* %lowStart, align 8
  %132 = getelementptr i64, i64* %regs, i64 6
  store i64 %131, i64* %132, align 8
  %133 = load i64, i64* %lowEnd, align 8
  %134 = getelementptr i64, i64* %regs, i64 7
  store i64 %133, i64* %134, align 8
  %135 = load i64, i64* %highEnd, align 8
  %136 = getelementptr i64, i64* %regs, i64 8
  store i64 %135, i64* %136, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low:                                        ; preds = %ok8
  %137 = load i64, i64* %lowStart, align 8
  %138 = icmp uge i64 %124, %137
  %139 = load i64, i64* %lowEnd, align 8
  %140 = icmp ule i64 %125, %139
  %141 = and i1 %138, %140
  %142 = call i1 @llvm.expect.i1(i1 %141, i1 true)
  br i1 %142, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %143 = icmp ugt i64 %125, %arena_size
  br i1 %143, label %trap17.site5, label %ok9

write.ok:                                         ; preds = %ok9, %write.low, %ok8
  %144 = getelementptr i8, i8* %mem, i64 %124
  call void @llvm.memset.p0i8.i64(i8* %144, i8 0, i64 2, i1 false)
  %145 = load i32, i32* %frame, align 4
  %146 = load i64, i64* %x, align 8
  %147 = zext i32 %145 to i64
  %148 = add i64 %147, 32
  %149 = add i64 %148, 8
  %150 = icmp uge i64 %148, %scratch_start
  %151 = load i64, i64* %highEnd, align 8
  %152 = icmp ule i64 %149, %151
  %153 = and i1 %150, %152
  %154 = call i1 @llvm.expect.i1(i1 %153, i1 true)
  br i1 %154, label %write.ok12, label %write.low10

ok9:                                              ; preds = %write.slow
  %155 = icmp ult i64 %124, %scratch_start
  %156 = load i64, i64* %lowStart, align 8
  %157 = call i64 @llvm.umin.i64(i64 %156, i64 %124)
  %158 = load i64, i64* %lowEnd, align 8
  %159 = load i64, i64* %highEnd, align 8
  %160 = add i64 %125, 64
  %161 = sub i64 %125, %157
  %162 = lshr i64 %161, 4
  %163 = add i64 %160, %162
  %164 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %163)
  %165 = call i64 @llvm.umax.i64(i64 %158, i64 %164)
  %166 = select i1 %155, i64 %165, i64 %158
  store i64 %166, i64* %lowEnd, align 8
  %167 = add i64 %125, 64
  %168 = sub i64 %125, %scratch_start
  %169 = lshr i64 %168, 4
  %170 = add i64 %167, %169
  %171 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %170)
  %172 = call i64 @llvm.umax.i64(i64 %159, i64 %171)
  %173 = select i1 %155, i64 %159, i64 %172
  store i64 %173, i64* %highEnd, align 8
  store i64 %157, i64* %lowStart, align 8
  br label %write.ok

trap17.site5:                                     ; preds = %write.slow
  %174 = load i64, i64* %lowStart, align 8
  %175 = getelementptr i64, i64* %regs, i64 6
  store i64 %174, i64* %175, align 8
  %176 = load i64, i64* %lowEnd, align 8
  %177 = getelementptr i64, i64* %regs, i64 7
  store i64 %176, i64* %177, align 8
  %178 = load i64, i64* %highEnd, align 8
  %179 = getelementptr i64, i64* %regs, i64 8
  store i64 %178, i64* %179, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

write.low10:                                      ; preds = %write.ok
  %180 = load i64, i64* %lowStart, align 8
  %181 = icmp uge i64 %148, %180
  %182 = load i64, i64* %lowEnd, align 8
  %183 = icmp ule i64 %149, %182
  %184 = and i1 %181, %183
  %185 = call i1 @llvm.expect.i1(i1 %184, i1 true)
  br i1 %185, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %186 = icmp ugt i64 %149, %arena_size
  br i1 %186, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %write.ok
  %187 = getelementptr i8, i8* %mem, i64 %148
  store i64 %146, i64* %unaligned14, align 8
  %188 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %187, i8* %188, i64 8, i1 false)
  %189 = load i32, i32* %frame, align 4
  %190 = load i64, i64* %y, align 8
  %191 = zext i32 %189 to i64
  %192 = add i64 %191, 40
  %193 = add i64 %192, 8
  %194 = icmp uge i64 %192, %scratch_start
  %195 = load i64, i64* %highEnd, align 8
  %196 = icmp ule i64 %193, %195
  %197 = and i1 %194, %196
  %198 = call i1 @llvm.expect.i1(i1 %197, i1 true)
  br i1 %198, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %199 = icmp ult i64 %148, %scratch_start
  %200 = load i64, i64* %lowStart, align 8
  %201 = call i64 @llvm.umin.i64(i64 %200, i64 %148)
  %202 = load i64, i64* %lowEnd, align 8
  %203 = load i64, i64* %highEnd, align 8
  %204 = add i64 %149, 64
  %205 = sub i64 %149, %201
  %206 = lshr i64 %205, 4
  %207 = add i64 %204, %206
  %208 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %207)
  %209 = call i64 @llvm.umax.i64(i64 %202, i64 %208)
  %210 = select i1 %199, i64 %209, i64 %202
  store i64 %210, i64* %lowEnd, align 8
  %211 = add i64 %149, 64
  %212 = sub i64 %149, %scratch_start
  %213 = lshr i64 %212, 4
  %214 = add i64 %211, %213
  %215 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %214)
  %216 = call i64 @llvm.umax.i64(i64 %203, i64 %215)
  %217 = select i1 %199, i64 %203, i64 %216
  store i64 %217, i64* %highEnd, align 8
  store i64 %201, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %218 = load i64, i64* %lowStart, align 8
  %219 = icmp uge i64 %192, %218
  %220 = load i64, i64* %lowEnd, align 8
  %221 = icmp ule i64 %193, %220
  %222 = and i1 %219, %221
  %223 = call i1 @llvm.expect.i1(i1 %222, i1 true)
  br i1 %223, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %224 = icmp ugt i64 %193, %arena_size
  br i1 %224, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %225 = getelementptr i8, i8* %mem, i64 %192
  store i64 %190, i64* %unaligned19, align 8
  %226 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %225, i8* %226, i64 8, i1 false)
  %227 = load i32, i32* %frame, align 4
  %228 = zext i32 %227 to i64
  %229 = sub i64 %arena_size, 25
  %230 = icmp sgt i64 %228, %229
  br i1 %230, label %trap17.site0, label %ok21

ok18:                                             ; preds = %write.slow16
  %231 = icmp ult i64 %192, %scratch_start
  %232 = load i64, i64* %lowStart, align 8
  %233 = call i64 @llvm.umin.i64(i64 %232, i64 %192)
  %234 = load i64, i64* %lowEnd, align 8
  %235 = load i64, i64* %highEnd, align 8
  %236 = add i64 %193, 64
  %237 = sub i64 %193, %233
  %238 = lshr i64 %237, 4
  %239 = add i64 %236, %238
  %240 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %239)
  %241 = call i64 @llvm.umax.i64(i64 %234, i64 %240)
  %242 = select i1 %231, i64 %241, i64 %234
  store i64 %242, i64* %lowEnd, align 8
  %243 = add i64 %193, 64
  %244 = sub i64 %193, %scratch_start
  %245 = lshr i64 %244, 4
  %246 = add i64 %243, %245
  %247 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %246)
  %248 = call i64 @llvm.umax.i64(i64 %235, i64 %247)
  %249 = select i1 %231, i64 %235, i64 %248
  store i64 %249, i64* %highEnd, align 8
  store i64 %233, i64* %lowStart, align 8
  br label %write.ok17

e3:                                               ; preds = %ok28
  %250 = load i64, i64* %result20, align 8
  %251 = load i32, i32* %frame, align 4
  %252 = zext i32 %251 to i64
  %253 = sub i64 %arena_size, 26
  %254 = icmp sgt i64 %252, %253
  br i1 %254, label %trap17.site0, label %ok31

ok21:                                             ; preds = %write.ok17
  %255 = add i64 %228, 24
  %256 = getelementptr i8, i8* %mem, i64 %255
  %257 = load i8, i8* %256, align 1
  %258 = zext i8 %257 to i32
  %259 = icmp ne i32 %258, 2
  %260 = zext i1 %259 to i32
  %261 = icmp ne i32 %260, 0
  br i1 %261, label %then, label %else

then:                                             ; preds = %ok21
  %262 = load i32, i32* %frame, align 4
  %263 = zext i32 %262 to i64
  %264 = sub i64 %arena_size, 25
  %265 = icmp sgt i64 %263, %264
  br i1 %265, label %trap17.site0, label %ok22

else:                                             ; preds = %ok21
  br label %join

join:                                             ; preds = %else, %stack_ok27
  %266 = load i32, i32* %frame, align 4
  %267 = zext i32 %266 to i64
  %268 = sub i64 %arena_size, 16
  %269 = icmp sgt i64 %267, %268
  br i1 %269, label %trap17.site0, label %ok28

ok22:                                             ; preds = %then
  %270 = add i64 %263, 24
  %271 = getelementptr i8, i8* %mem, i64 %270
  %272 = load i8, i8* %271, align 1
  %273 = zext i8 %272 to i32
  %274 = icmp eq i32 %273, 1
  %275 = zext i1 %274 to i32
  %276 = icmp ne i32 %275, 0
  br i1 %276, label %then23, label %else24

then23:                                           ; preds = %ok22
  br label %trap6.site7

else24:                                           ; preds = %ok22
  br label %join25

join25:                                           ; preds = %else24, %dead
  %277 = load i32, i32* %frame, align 4
  %278 = icmp uge i32 %depth, 1000
  br i1 %278, label %trap15.site7, label %ok26

trap6.site7:                                      ; preds = %then23
  %279 = load i64, i64* %lowStart, align 8
  %280 = getelementptr i64, i64* %regs, i64 6
  store i64 %279, i64* %280, align 8
  %281 = load i64, i64* %lowEnd, align 8
  %282 = getelementptr i64, i64* %regs, i64 7
  store i64 %281, i64* %282, align 8
  %283 = load i64, i64* %highEnd, align 8
  %284 = getelementptr i64, i64* %regs, i64 8
  store i64 %283, i64* %284, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 7)
  unreachable

dead:                                             ; No predecessors!
  br label %join25

ok26:                                             ; preds = %join25
  %285 = icmp ult i64 %10, %stack_limit
  br i1 %285, label %trap253.site0, label %stack_ok27

trap15.site7:                                     ; preds = %join25
  %286 = load i64, i64* %lowStart, align 8
  %287 = getelementptr i64, i64* %regs, i64 6
  store i64 %286, i64* %287, align 8
  %288 = load i64, i64* %lowEnd, align 8
  %289 = getelementptr i64, i64* %regs, i64 7
  store i64 %288, i64* %289, align 8
  %290 = load i64, i64* %highEnd, align 8
  %291 = getelementptr i64, i64* %regs, i64 8
  store i64 %290, i64* %291, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok27:                                       ; preds = %ok26
  %292 = load i64, i64* %fuel, align 8
  %293 = getelementptr i64, i64* %regs, i64 0
  store i64 %292, i64* %293, align 8
  %294 = load i64, i64* %lowStart, align 8
  %295 = getelementptr i64, i64* %regs, i64 6
  store i64 %294, i64* %295, align 8
  %296 = load i64, i64* %lowEnd, align 8
  %297 = getelementptr i64, i64* %regs, i64 7
  store i64 %296, i64* %297, align 8
  %298 = load i64, i64* %highEnd, align 8
  %299 = getelementptr i64, i64* %regs, i64 8
  store i64 %298, i64* %299, align 8
  %300 = add i32 %depth, 1
  call void @m0.where.a.base(i64* %regs, i8* %mem, i32 %300, i32 %277)
  %301 = getelementptr i64, i64* %regs, i64 0
  %302 = load i64, i64* %301, align 8
  store i64 %302, i64* %fuel, align 8
  %303 = getelementptr i64, i64* %regs, i64 6
  %304 = load i64, i64* %303, align 8
  store i64 %304, i64* %lowStart, align 8
  %305 = getelementptr i64, i64* %regs, i64 7
  %306 = load i64, i64* %305, align 8
  store i64 %306, i64* %lowEnd, align 8
  %307 = getelementptr i64, i64* %regs, i64 8
  %308 = load i64, i64* %307, align 8
  store i64 %308, i64* %highEnd, align 8
  br label %join

ok28:                                             ; preds = %join
  %309 = add i64 %267, 8
  %310 = getelementptr i8, i8* %mem, i64 %309
  %311 = bitcast i64* %unaligned29 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %311, i8* %310, i64 8, i1 false)
  %312 = load i64, i64* %unaligned29, align 8
  store i64 %312, i64* %result20, align 8
  br label %e3

e4:                                               ; preds = %ok42
  %313 = load i64, i64* %result30, align 8
  %314 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %250, i64 %313)
  %315 = extractvalue { i64, i1 } %314, 1
  br i1 %315, label %trap2.site6, label %ok44

ok31:                                             ; preds = %e3
  %316 = add i64 %252, 25
  %317 = getelementptr i8, i8* %mem, i64 %316
  %318 = load i8, i8* %317, align 1
  %319 = zext i8 %318 to i32
  %320 = icmp ne i32 %319, 2
  %321 = zext i1 %320 to i32
  %322 = icmp ne i32 %321, 0
  br i1 %322, label %then32, label %else33

then32:                                           ; preds = %ok31
  %323 = load i32, i32* %frame, align 4
  %324 = zext i32 %323 to i64
  %325 = sub i64 %arena_size, 26
  %326 = icmp sgt i64 %324, %325
  br i1 %326, label %trap17.site0, label %ok35

else33:                                           ; preds = %ok31
  br label %join34

join34:                                           ; preds = %else33, %stack_ok41
  %327 = load i32, i32* %frame, align 4
  %328 = zext i32 %327 to i64
  %329 = sub i64 %arena_size, 24
  %330 = icmp sgt i64 %328, %329
  br i1 %330, label %trap17.site0, label %ok42

ok35:                                             ; preds = %then32
  %331 = add i64 %324, 25
  %332 = getelementptr i8, i8* %mem, i64 %331
  %333 = load i8, i8* %332, align 1
  %334 = zext i8 %333 to i32
  %335 = icmp eq i32 %334, 1
  %336 = zext i1 %335 to i32
  %337 = icmp ne i32 %336, 0
  br i1 %337, label %then36, label %else37

then36:                                           ; preds = %ok35
  br label %trap6.site8

else37:                                           ; preds = %ok35
  br label %join38

join38:                                           ; preds = %else37, %dead39
  %338 = load i32, i32* %frame, align 4
  %339 = icmp uge i32 %depth, 1000
  br i1 %339, label %trap15.site8, label %ok40

trap6.site8:                                      ; preds = %then36
  %340 = load i64, i64* %lowStart, align 8
  %341 = getelementptr i64, i64* %regs, i64 6
  store i64 %340, i64* %341, align 8
  %342 = load i64, i64* %lowEnd, align 8
  %343 = getelementptr i64, i64* %regs, i64 7
  store i64 %342, i64* %343, align 8
  %344 = load i64, i64* %highEnd, align 8
  %345 = getelementptr i64, i64* %regs, i64 8
  store i64 %344, i64* %345, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 8)
  unreachable

dead39:                                           ; No predecessors!
  br label %join38

ok40:                                             ; preds = %join38
  %346 = icmp ult i64 %10, %stack_limit
  br i1 %346, label %trap253.site0, label %stack_ok41

trap15.site8:                                     ; preds = %join38
  %347 = load i64, i64* %lowStart, align 8
  %348 = getelementptr i64, i64* %regs, i64 6
  store i64 %347, i64* %348, align 8
  %349 = load i64, i64* %lowEnd, align 8
  %350 = getelementptr i64, i64* %regs, i64 7
  store i64 %349, i64* %350, align 8
  %351 = load i64, i64* %highEnd, align 8
  %352 = getelementptr i64, i64* %regs, i64 8
  store i64 %351, i64* %352, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok41:                                       ; preds = %ok40
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
  call void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %361, i32 %338)
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
  br label %join34

ok42:                                             ; preds = %join34
  %370 = add i64 %328, 16
  %371 = getelementptr i8, i8* %mem, i64 %370
  %372 = bitcast i64* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %372, i8* %371, i64 8, i1 false)
  %373 = load i64, i64* %unaligned43, align 8
  store i64 %373, i64* %result30, align 8
  br label %e4

ok44:                                             ; preds = %e4
  %374 = extractvalue { i64, i1 } %314, 0
  store i64 %374, i64* %total, align 8
  %375 = load i32, i32* %frame, align 4
  %376 = zext i32 %375 to i64
  %377 = sub i64 %arena_size, 25
  %378 = icmp sgt i64 %376, %377
  br i1 %378, label %trap17.site0, label %ok45

trap2.site6:                                      ; preds = %e4
  %379 = load i64, i64* %lowStart, align 8
  %380 = getelementptr i64, i64* %regs, i64 6
  store i64 %379, i64* %380, align 8
  %381 = load i64, i64* %lowEnd, align 8
  %382 = getelementptr i64, i64* %regs, i64 7
  store i64 %381, i64* %382, align 8
  %383 = load i64, i64* %highEnd, align 8
  %384 = getelementptr i64, i64* %regs, i64 8
  store i64 %383, i64* %384, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok45:                                             ; preds = %ok44
  %385 = add i64 %376, 24
  %386 = getelementptr i8, i8* %mem, i64 %385
  %387 = load i8, i8* %386, align 1
  %388 = zext i8 %387 to i32
  %389 = icmp eq i32 %388, 0
  %390 = zext i1 %389 to i32
  %391 = icmp ne i32 %390, 0
  br i1 %391, label %then46, label %else47

then46:                                           ; preds = %ok45
  %392 = load i32, i32* %frame, align 4
  %393 = icmp uge i32 %depth, 1000
  br i1 %393, label %trap15.site9, label %ok49

else47:                                           ; preds = %ok45
  br label %join48

join48:                                           ; preds = %else47, %stack_ok50
  %394 = load i32, i32* %frame, align 4
  %395 = zext i32 %394 to i64
  %396 = sub i64 %arena_size, 26
  %397 = icmp sgt i64 %395, %396
  br i1 %397, label %trap17.site0, label %ok51

ok49:                                             ; preds = %then46
  %398 = icmp ult i64 %10, %stack_limit
  br i1 %398, label %trap253.site0, label %stack_ok50

trap15.site9:                                     ; preds = %then46
  %399 = load i64, i64* %lowStart, align 8
  %400 = getelementptr i64, i64* %regs, i64 6
  store i64 %399, i64* %400, align 8
  %401 = load i64, i64* %lowEnd, align 8
  %402 = getelementptr i64, i64* %regs, i64 7
  store i64 %401, i64* %402, align 8
  %403 = load i64, i64* %highEnd, align 8
  %404 = getelementptr i64, i64* %regs, i64 8
  store i64 %403, i64* %404, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

stack_ok50:                                       ; preds = %ok49
  %405 = load i64, i64* %fuel, align 8
  %406 = getelementptr i64, i64* %regs, i64 0
  store i64 %405, i64* %406, align 8
  %407 = load i64, i64* %lowStart, align 8
  %408 = getelementptr i64, i64* %regs, i64 6
  store i64 %407, i64* %408, align 8
  %409 = load i64, i64* %lowEnd, align 8
  %410 = getelementptr i64, i64* %regs, i64 7
  store i64 %409, i64* %410, align 8
  %411 = load i64, i64* %highEnd, align 8
  %412 = getelementptr i64, i64* %regs, i64 8
  store i64 %411, i64* %412, align 8
  %413 = add i32 %depth, 1
  call void @m0.where.a.base(i64* %regs, i8* %mem, i32 %413, i32 %392)
  %414 = getelementptr i64, i64* %regs, i64 0
  %415 = load i64, i64* %414, align 8
  store i64 %415, i64* %fuel, align 8
  %416 = getelementptr i64, i64* %regs, i64 6
  %417 = load i64, i64* %416, align 8
  store i64 %417, i64* %lowStart, align 8
  %418 = getelementptr i64, i64* %regs, i64 7
  %419 = load i64, i64* %418, align 8
  store i64 %419, i64* %lowEnd, align 8
  %420 = getelementptr i64, i64* %regs, i64 8
  %421 = load i64, i64* %420, align 8
  store i64 %421, i64* %highEnd, align 8
  br label %join48

ok51:                                             ; preds = %join48
  %422 = add i64 %395, 25
  %423 = getelementptr i8, i8* %mem, i64 %422
  %424 = load i8, i8* %423, align 1
  %425 = zext i8 %424 to i32
  %426 = icmp eq i32 %425, 0
  %427 = zext i1 %426 to i32
  %428 = icmp ne i32 %427, 0
  br i1 %428, label %then52, label %else53

then52:                                           ; preds = %ok51
  %429 = load i32, i32* %frame, align 4
  %430 = icmp uge i32 %depth, 1000
  br i1 %430, label %trap15.site10, label %ok55

else53:                                           ; preds = %ok51
  br label %join54

join54:                                           ; preds = %else53, %stack_ok56
  %431 = load i64, i64* %total, align 8
  %432 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %431, i64 2)
  %433 = extractvalue { i64, i1 } %432, 1
  br i1 %433, label %trap2.site11, label %ok57

ok55:                                             ; preds = %then52
  %434 = icmp ult i64 %10, %stack_limit
  br i1 %434, label %trap253.site0, label %stack_ok56

trap15.site10:                                    ; preds = %then52
  %435 = load i64, i64* %lowStart, align 8
  %436 = getelementptr i64, i64* %regs, i64 6
  store i64 %435, i64* %436, align 8
  %437 = load i64, i64* %lowEnd, align 8
  %438 = getelementptr i64, i64* %regs, i64 7
  store i64 %437, i64* %438, align 8
  %439 = load i64, i64* %highEnd, align 8
  %440 = getelementptr i64, i64* %regs, i64 8
  store i64 %439, i64* %440, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok56:                                       ; preds = %ok55
  %441 = load i64, i64* %fuel, align 8
  %442 = getelementptr i64, i64* %regs, i64 0
  store i64 %441, i64* %442, align 8
  %443 = load i64, i64* %lowStart, align 8
  %444 = getelementptr i64, i64* %regs, i64 6
  store i64 %443, i64* %444, align 8
  %445 = load i64, i64* %lowEnd, align 8
  %446 = getelementptr i64, i64* %regs, i64 7
  store i64 %445, i64* %446, align 8
  %447 = load i64, i64* %highEnd, align 8
  %448 = getelementptr i64, i64* %regs, i64 8
  store i64 %447, i64* %448, align 8
  %449 = add i32 %depth, 1
  call void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %449, i32 %429)
  %450 = getelementptr i64, i64* %regs, i64 0
  %451 = load i64, i64* %450, align 8
  store i64 %451, i64* %fuel, align 8
  %452 = getelementptr i64, i64* %regs, i64 6
  %453 = load i64, i64* %452, align 8
  store i64 %453, i64* %lowStart, align 8
  %454 = getelementptr i64, i64* %regs, i64 7
  %455 = load i64, i64* %454, align 8
  store i64 %455, i64* %lowEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 8
  %457 = load i64, i64* %456, align 8
  store i64 %457, i64* %highEnd, align 8
  br label %join54

ok57:                                             ; preds = %join54
  %458 = extractvalue { i64, i1 } %432, 0
  store i64 %458, i64* %result7, align 8
  br label %e1

trap2.site11:                                     ; preds = %join54
  %459 = load i64, i64* %lowStart, align 8
  %460 = getelementptr i64, i64* %regs, i64 6
  store i64 %459, i64* %460, align 8
  %461 = load i64, i64* %lowEnd, align 8
  %462 = getelementptr i64, i64* %regs, i64 7
  store i64 %461, i64* %462, align 8
  %463 = load i64, i64* %highEnd, align 8
  %464 = getelementptr i64, i64* %regs, i64 8
  store i64 %463, i64* %464, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 11)
  unreachable

write.low58:                                      ; preds = %e1
  %465 = load i64, i64* %lowStart, align 8
  %466 = icmp uge i64 %112, %465
  %467 = load i64, i64* %lowEnd, align 8
  %468 = icmp ule i64 %113, %467
  %469 = and i1 %466, %468
  %470 = call i1 @llvm.expect.i1(i1 %469, i1 true)
  br i1 %470, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %471 = icmp ugt i64 %113, %arena_size
  br i1 %471, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %e1
  %472 = getelementptr i8, i8* %mem, i64 %112
  store i64 %111, i64* %unaligned62, align 8
  %473 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %472, i8* %473, i64 8, i1 false)
  %474 = load i64, i64* %x, align 8
  %475 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %474, i64 1)
  %476 = extractvalue { i64, i1 } %475, 1
  br i1 %476, label %trap2.site12, label %ok64

ok61:                                             ; preds = %write.slow59
  %477 = icmp ult i64 %112, %scratch_start
  %478 = load i64, i64* %lowStart, align 8
  %479 = call i64 @llvm.umin.i64(i64 %478, i64 %112)
  %480 = load i64, i64* %lowEnd, align 8
  %481 = load i64, i64* %highEnd, align 8
  %482 = add i64 %113, 64
  %483 = sub i64 %113, %479
  %484 = lshr i64 %483, 4
  %485 = add i64 %482, %484
  %486 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %485)
  %487 = call i64 @llvm.umax.i64(i64 %480, i64 %486)
  %488 = select i1 %477, i64 %487, i64 %480
  store i64 %488, i64* %lowEnd, align 8
  %489 = add i64 %113, 64
  %490 = sub i64 %113, %scratch_start
  %491 = lshr i64 %490, 4
  %492 = add i64 %489, %491
  %493 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %492)
  %494 = call i64 @llvm.umax.i64(i64 %481, i64 %493)
  %495 = select i1 %477, i64 %481, i64 %494
  store i64 %495, i64* %highEnd, align 8
  store i64 %479, i64* %lowStart, align 8
  br label %write.ok60

e8:                                               ; preds = %e12
  %496 = load i64, i64* %result63, align 8
  store i64 %496, i64* %b, align 8
  %497 = load i32, i32* %dict, align 4
  %498 = load i64, i64* %b, align 8
  %499 = zext i32 %497 to i64
  %500 = add i64 %499, 8
  %501 = add i64 %500, 8
  %502 = icmp uge i64 %500, %scratch_start
  %503 = load i64, i64* %highEnd, align 8
  %504 = icmp ule i64 %501, %503
  %505 = and i1 %502, %504
  %506 = call i1 @llvm.expect.i1(i1 %505, i1 true)
  br i1 %506, label %write.ok70, label %write.low68

ok64:                                             ; preds = %write.ok60
  %507 = extractvalue { i64, i1 } %475, 0
  store i64 %507, i64* %p, align 8
  %508 = load i64, i64* %p, align 8
  %509 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %508, i64 3)
  %510 = extractvalue { i64, i1 } %509, 1
  br i1 %510, label %trap2.site13, label %ok66

trap2.site12:                                     ; preds = %write.ok60
  %511 = load i64, i64* %lowStart, align 8
  %512 = getelementptr i64, i64* %regs, i64 6
  store i64 %511, i64* %512, align 8
  %513 = load i64, i64* %lowEnd, align 8
  %514 = getelementptr i64, i64* %regs, i64 7
  store i64 %513, i64* %514, align 8
  %515 = load i64, i64* %highEnd, align 8
  %516 = getelementptr i64, i64* %regs, i64 8
  store i64 %515, i64* %516, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

e12:                                              ; preds = %ok67
  %517 = load i64, i64* %result65, align 8
  store i64 %517, i64* %result63, align 8
  br label %e8

ok66:                                             ; preds = %ok64
  %518 = extractvalue { i64, i1 } %509, 0
  store i64 %518, i64* %q, align 8
  %519 = load i64, i64* %p, align 8
  %520 = load i64, i64* %q, align 8
  %521 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %519, i64 %520)
  %522 = extractvalue { i64, i1 } %521, 1
  br i1 %522, label %trap2.site14, label %ok67

trap2.site13:                                     ; preds = %ok64
  %523 = load i64, i64* %lowStart, align 8
  %524 = getelementptr i64, i64* %regs, i64 6
  store i64 %523, i64* %524, align 8
  %525 = load i64, i64* %lowEnd, align 8
  %526 = getelementptr i64, i64* %regs, i64 7
  store i64 %525, i64* %526, align 8
  %527 = load i64, i64* %highEnd, align 8
  %528 = getelementptr i64, i64* %regs, i64 8
  store i64 %527, i64* %528, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 13)
  unreachable

ok67:                                             ; preds = %ok66
  %529 = extractvalue { i64, i1 } %521, 0
  store i64 %529, i64* %result65, align 8
  br label %e12

trap2.site14:                                     ; preds = %ok66
  %530 = load i64, i64* %lowStart, align 8
  %531 = getelementptr i64, i64* %regs, i64 6
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %lowEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 7
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 8
  store i64 %534, i64* %535, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low68:                                      ; preds = %e8
  %536 = load i64, i64* %lowStart, align 8
  %537 = icmp uge i64 %500, %536
  %538 = load i64, i64* %lowEnd, align 8
  %539 = icmp ule i64 %501, %538
  %540 = and i1 %537, %539
  %541 = call i1 @llvm.expect.i1(i1 %540, i1 true)
  br i1 %541, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %542 = icmp ugt i64 %501, %arena_size
  br i1 %542, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %e8
  %543 = getelementptr i8, i8* %mem, i64 %500
  store i64 %498, i64* %unaligned72, align 8
  %544 = bitcast i64* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %543, i8* %544, i64 8, i1 false)
  store i64 1, i64* %item, align 8
  store i64 2, i64* %item.1, align 8
  store i64 3, i64* %item.2, align 8
  store i64 32, i64* %size, align 8
  %545 = load i64, i64* %size, align 8
  %546 = icmp ugt i64 %545, 2147483647
  %547 = zext i1 %546 to i32
  %548 = icmp ne i32 %547, 0
  br i1 %548, label %then75, label %else76

ok71:                                             ; preds = %write.slow69
  %549 = icmp ult i64 %500, %scratch_start
  %550 = load i64, i64* %lowStart, align 8
  %551 = call i64 @llvm.umin.i64(i64 %550, i64 %500)
  %552 = load i64, i64* %lowEnd, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = add i64 %501, 64
  %555 = sub i64 %501, %551
  %556 = lshr i64 %555, 4
  %557 = add i64 %554, %556
  %558 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %557)
  %559 = call i64 @llvm.umax.i64(i64 %552, i64 %558)
  %560 = select i1 %549, i64 %559, i64 %552
  store i64 %560, i64* %lowEnd, align 8
  %561 = add i64 %501, 64
  %562 = sub i64 %501, %scratch_start
  %563 = lshr i64 %562, 4
  %564 = add i64 %561, %563
  %565 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %564)
  %566 = call i64 @llvm.umax.i64(i64 %553, i64 %565)
  %567 = select i1 %549, i64 %553, i64 %566
  store i64 %567, i64* %highEnd, align 8
  store i64 %551, i64* %lowStart, align 8
  br label %write.ok70

e19:                                              ; preds = %e24
  %568 = load i32, i32* %result73, align 4
  store i32 %568, i32* %c, align 4
  %569 = load i32, i32* %dict, align 4
  %570 = load i32, i32* %c, align 4
  %571 = zext i32 %569 to i64
  %572 = add i64 %571, 16
  %573 = add i64 %572, 4
  %574 = icmp uge i64 %572, %scratch_start
  %575 = load i64, i64* %highEnd, align 8
  %576 = icmp ule i64 %573, %575
  %577 = and i1 %574, %576
  %578 = call i1 @llvm.expect.i1(i1 %577, i1 true)
  br i1 %578, label %write.ok134, label %write.low132

e20:                                              ; preds = %write.ok97
  %579 = load i32, i32* %result74, align 4
  store i32 %579, i32* %ws, align 4
  %580 = load i32, i32* %ws, align 4
  store i32 %580, i32* %xs, align 4
  %581 = load i32, i32* %xs, align 4
  %582 = zext i32 %581 to i64
  %583 = sub i64 %arena_size, 4
  %584 = icmp sgt i64 %582, %583
  br i1 %584, label %trap17.site0, label %ok101

then75:                                           ; preds = %write.ok70
  br label %trap15.site15

else76:                                           ; preds = %write.ok70
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %585 = load i64, i64* %size, align 8
  %586 = trunc i64 %585 to i32
  %587 = zext i32 %586 to i64
  %588 = getelementptr i64, i64* %regs, i64 1
  %589 = getelementptr i64, i64* %regs, i64 2
  %590 = load i64, i64* %588, align 8
  %591 = add i64 %590, 7
  %592 = and i64 %591, -8
  %593 = add i64 %592, %587
  %594 = load i64, i64* %589, align 8
  %595 = icmp ugt i64 %593, %594
  br i1 %595, label %trap15.site15, label %ok79

trap15.site15:                                    ; preds = %join77, %then75
  %596 = load i64, i64* %lowStart, align 8
  %597 = getelementptr i64, i64* %regs, i64 6
  store i64 %596, i64* %597, align 8
  %598 = load i64, i64* %lowEnd, align 8
  %599 = getelementptr i64, i64* %regs, i64 7
  store i64 %598, i64* %599, align 8
  %600 = load i64, i64* %highEnd, align 8
  %601 = getelementptr i64, i64* %regs, i64 8
  store i64 %600, i64* %601, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %593, i64* %588, align 8
  %602 = load i64, i64* %highEnd, align 8
  %603 = call i64 @llvm.umax.i64(i64 %602, i64 %593)
  store i64 %603, i64* %highEnd, align 8
  %604 = trunc i64 %592 to i32
  store i32 %604, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %605 = load i32, i32* %list, align 4
  %606 = add i32 %605, 8
  %607 = load i32, i32* %len, align 4
  %608 = mul i32 %607, 8
  %609 = add i32 %606, %608
  %610 = load i64, i64* %item, align 8
  %611 = zext i32 %609 to i64
  %612 = add i64 %611, 8
  %613 = icmp uge i64 %611, %scratch_start
  %614 = load i64, i64* %highEnd, align 8
  %615 = icmp ule i64 %612, %614
  %616 = and i1 %613, %615
  %617 = call i1 @llvm.expect.i1(i1 %616, i1 true)
  br i1 %617, label %write.ok82, label %write.low80

write.low80:                                      ; preds = %ok79
  %618 = load i64, i64* %lowStart, align 8
  %619 = icmp uge i64 %611, %618
  %620 = load i64, i64* %lowEnd, align 8
  %621 = icmp ule i64 %612, %620
  %622 = and i1 %619, %621
  %623 = call i1 @llvm.expect.i1(i1 %622, i1 true)
  br i1 %623, label %write.ok82, label %write.slow81

write.slow81:                                     ; preds = %write.low80
  %624 = icmp ugt i64 %612, %arena_size
  br i1 %624, label %trap17.site0, label %ok83

write.ok82:                                       ; preds = %ok83, %write.low80, %ok79
  %625 = getelementptr i8, i8* %mem, i64 %611
  store i64 %610, i64* %unaligned84, align 8
  %626 = bitcast i64* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %625, i8* %626, i64 8, i1 false)
  %627 = load i32, i32* %len, align 4
  %628 = add i32 %627, 1
  store i32 %628, i32* %len, align 4
  %629 = load i32, i32* %list, align 4
  %630 = add i32 %629, 8
  %631 = load i32, i32* %len, align 4
  %632 = mul i32 %631, 8
  %633 = add i32 %630, %632
  %634 = load i64, i64* %item.1, align 8
  %635 = zext i32 %633 to i64
  %636 = add i64 %635, 8
  %637 = icmp uge i64 %635, %scratch_start
  %638 = load i64, i64* %highEnd, align 8
  %639 = icmp ule i64 %636, %638
  %640 = and i1 %637, %639
  %641 = call i1 @llvm.expect.i1(i1 %640, i1 true)
  br i1 %641, label %write.ok87, label %write.low85

ok83:                                             ; preds = %write.slow81
  %642 = icmp ult i64 %611, %scratch_start
  %643 = load i64, i64* %lowStart, align 8
  %644 = call i64 @llvm.umin.i64(i64 %643, i64 %611)
  %645 = load i64, i64* %lowEnd, align 8
  %646 = load i64, i64* %highEnd, align 8
  %647 = add i64 %612, 64
  %648 = sub i64 %612, %644
  %649 = lshr i64 %648, 4
  %650 = add i64 %647, %649
  %651 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %650)
  %652 = call i64 @llvm.umax.i64(i64 %645, i64 %651)
  %653 = select i1 %642, i64 %652, i64 %645
  store i64 %653, i64* %lowEnd, align 8
  %654 = add i64 %612, 64
  %655 = sub i64 %612, %scratch_start
  %656 = lshr i64 %655, 4
  %657 = add i64 %654, %656
  %658 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %657)
  %659 = call i64 @llvm.umax.i64(i64 %646, i64 %658)
  %660 = select i1 %642, i64 %646, i64 %659
  store i64 %660, i64* %highEnd, align 8
  store i64 %644, i64* %lowStart, align 8
  br label %write.ok82

write.low85:                                      ; preds = %write.ok82
  %661 = load i64, i64* %lowStart, align 8
  %662 = icmp uge i64 %635, %661
  %663 = load i64, i64* %lowEnd, align 8
  %664 = icmp ule i64 %636, %663
  %665 = and i1 %662, %664
  %666 = call i1 @llvm.expect.i1(i1 %665, i1 true)
  br i1 %666, label %write.ok87, label %write.slow86

write.slow86:                                     ; preds = %write.low85
  %667 = icmp ugt i64 %636, %arena_size
  br i1 %667, label %trap17.site0, label %ok88

write.ok87:                                       ; preds = %ok88, %write.low85, %write.ok82
  %668 = getelementptr i8, i8* %mem, i64 %635
  store i64 %634, i64* %unaligned89, align 8
  %669 = bitcast i64* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %668, i8* %669, i64 8, i1 false)
  %670 = load i32, i32* %len, align 4
  %671 = add i32 %670, 1
  store i32 %671, i32* %len, align 4
  %672 = load i32, i32* %list, align 4
  %673 = add i32 %672, 8
  %674 = load i32, i32* %len, align 4
  %675 = mul i32 %674, 8
  %676 = add i32 %673, %675
  %677 = load i64, i64* %item.2, align 8
  %678 = zext i32 %676 to i64
  %679 = add i64 %678, 8
  %680 = icmp uge i64 %678, %scratch_start
  %681 = load i64, i64* %highEnd, align 8
  %682 = icmp ule i64 %679, %681
  %683 = and i1 %680, %682
  %684 = call i1 @llvm.expect.i1(i1 %683, i1 true)
  br i1 %684, label %write.ok92, label %write.low90

ok88:                                             ; preds = %write.slow86
  %685 = icmp ult i64 %635, %scratch_start
  %686 = load i64, i64* %lowStart, align 8
  %687 = call i64 @llvm.umin.i64(i64 %686, i64 %635)
  %688 = load i64, i64* %lowEnd, align 8
  %689 = load i64, i64* %highEnd, align 8
  %690 = add i64 %636, 64
  %691 = sub i64 %636, %687
  %692 = lshr i64 %691, 4
  %693 = add i64 %690, %692
  %694 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %693)
  %695 = call i64 @llvm.umax.i64(i64 %688, i64 %694)
  %696 = select i1 %685, i64 %695, i64 %688
  store i64 %696, i64* %lowEnd, align 8
  %697 = add i64 %636, 64
  %698 = sub i64 %636, %scratch_start
  %699 = lshr i64 %698, 4
  %700 = add i64 %697, %699
  %701 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %700)
  %702 = call i64 @llvm.umax.i64(i64 %689, i64 %701)
  %703 = select i1 %685, i64 %689, i64 %702
  store i64 %703, i64* %highEnd, align 8
  store i64 %687, i64* %lowStart, align 8
  br label %write.ok87

write.low90:                                      ; preds = %write.ok87
  %704 = load i64, i64* %lowStart, align 8
  %705 = icmp uge i64 %678, %704
  %706 = load i64, i64* %lowEnd, align 8
  %707 = icmp ule i64 %679, %706
  %708 = and i1 %705, %707
  %709 = call i1 @llvm.expect.i1(i1 %708, i1 true)
  br i1 %709, label %write.ok92, label %write.slow91

write.slow91:                                     ; preds = %write.low90
  %710 = icmp ugt i64 %679, %arena_size
  br i1 %710, label %trap17.site0, label %ok93

write.ok92:                                       ; preds = %ok93, %write.low90, %write.ok87
  %711 = getelementptr i8, i8* %mem, i64 %678
  store i64 %677, i64* %unaligned94, align 8
  %712 = bitcast i64* %unaligned94 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %711, i8* %712, i64 8, i1 false)
  %713 = load i32, i32* %len, align 4
  %714 = add i32 %713, 1
  store i32 %714, i32* %len, align 4
  %715 = load i32, i32* %list, align 4
  %716 = load i32, i32* %len, align 4
  %717 = zext i32 %715 to i64
  %718 = add i64 %717, 4
  %719 = icmp uge i64 %717, %scratch_start
  %720 = load i64, i64* %highEnd, align 8
  %721 = icmp ule i64 %718, %720
  %722 = and i1 %719, %721
  %723 = call i1 @llvm.expect.i1(i1 %722, i1 true)
  br i1 %723, label %write.ok97, label %write.low95

ok93:                                             ; preds = %write.slow91
  %724 = icmp ult i64 %678, %scratch_start
  %725 = load i64, i64* %lowStart, align 8
  %726 = call i64 @llvm.umin.i64(i64 %725, i64 %678)
  %727 = load i64, i64* %lowEnd, align 8
  %728 = load i64, i64* %highEnd, align 8
  %729 = add i64 %679, 64
  %730 = sub i64 %679, %726
  %731 = lshr i64 %730, 4
  %732 = add i64 %729, %731
  %733 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %732)
  %734 = call i64 @llvm.umax.i64(i64 %727, i64 %733)
  %735 = select i1 %724, i64 %734, i64 %727
  store i64 %735, i64* %lowEnd, align 8
  %736 = add i64 %679, 64
  %737 = sub i64 %679, %scratch_start
  %738 = lshr i64 %737, 4
  %739 = add i64 %736, %738
  %740 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %739)
  %741 = call i64 @llvm.umax.i64(i64 %728, i64 %740)
  %742 = select i1 %724, i64 %728, i64 %741
  store i64 %742, i64* %highEnd, align 8
  store i64 %726, i64* %lowStart, align 8
  br label %write.ok92

write.low95:                                      ; preds = %write.ok92
  %743 = load i64, i64* %lowStart, align 8
  %744 = icmp uge i64 %717, %743
  %745 = load i64, i64* %lowEnd, align 8
  %746 = icmp ule i64 %718, %745
  %747 = and i1 %744, %746
  %748 = call i1 @llvm.expect.i1(i1 %747, i1 true)
  br i1 %748, label %write.ok97, label %write.slow96

write.slow96:                                     ; preds = %write.low95
  %749 = icmp ugt i64 %718, %arena_size
  br i1 %749, label %trap17.site0, label %ok98

write.ok97:                                       ; preds = %ok98, %write.low95, %write.ok92
  %750 = getelementptr i8, i8* %mem, i64 %717
  store i32 %716, i32* %unaligned99, align 4
  %751 = bitcast i32* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %750, i8* %751, i64 4, i1 false)
  %752 = load i32, i32* %list, align 4
  store i32 %752, i32* %result74, align 4
  br label %e20

ok98:                                             ; preds = %write.slow96
  %753 = icmp ult i64 %717, %scratch_start
  %754 = load i64, i64* %lowStart, align 8
  %755 = call i64 @llvm.umin.i64(i64 %754, i64 %717)
  %756 = load i64, i64* %lowEnd, align 8
  %757 = load i64, i64* %highEnd, align 8
  %758 = add i64 %718, 64
  %759 = sub i64 %718, %755
  %760 = lshr i64 %759, 4
  %761 = add i64 %758, %760
  %762 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %761)
  %763 = call i64 @llvm.umax.i64(i64 %756, i64 %762)
  %764 = select i1 %753, i64 %763, i64 %756
  store i64 %764, i64* %lowEnd, align 8
  %765 = add i64 %718, 64
  %766 = sub i64 %718, %scratch_start
  %767 = lshr i64 %766, 4
  %768 = add i64 %765, %767
  %769 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %768)
  %770 = call i64 @llvm.umax.i64(i64 %757, i64 %769)
  %771 = select i1 %753, i64 %757, i64 %770
  store i64 %771, i64* %highEnd, align 8
  store i64 %755, i64* %lowStart, align 8
  br label %write.ok97

e24:                                              ; preds = %write.ok129
  %772 = load i32, i32* %result100, align 4
  store i32 %772, i32* %result73, align 4
  br label %e19

ok101:                                            ; preds = %e20
  %773 = getelementptr i8, i8* %mem, i64 %582
  %774 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %774, i8* %773, i64 4, i1 false)
  %775 = load i32, i32* %unaligned102, align 4
  %776 = zext i32 %775 to i64
  %777 = mul i64 %776, 8
  %778 = add i64 8, %777
  store i64 %778, i64* %size.1, align 8
  %779 = load i64, i64* %size.1, align 8
  %780 = icmp ugt i64 %779, 2147483647
  %781 = zext i1 %780 to i32
  %782 = icmp ne i32 %781, 0
  br i1 %782, label %then103, label %else104

then103:                                          ; preds = %ok101
  br label %trap15.site16

else104:                                          ; preds = %ok101
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %783 = load i64, i64* %size.1, align 8
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
  br i1 %793, label %trap15.site16, label %ok107

trap15.site16:                                    ; preds = %join105, %then103
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

dead106:                                          ; No predecessors!
  br label %join105

ok107:                                            ; preds = %join105
  store i64 %791, i64* %786, align 8
  %800 = load i64, i64* %highEnd, align 8
  %801 = call i64 @llvm.umax.i64(i64 %800, i64 %791)
  store i64 %801, i64* %highEnd, align 8
  %802 = trunc i64 %790 to i32
  store i32 %802, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %803 = load i32, i32* %xs, align 4
  %804 = zext i32 %803 to i64
  %805 = sub i64 %arena_size, 4
  %806 = icmp sgt i64 %804, %805
  br i1 %806, label %trap17.site0, label %ok108

ok108:                                            ; preds = %ok107
  %807 = getelementptr i8, i8* %mem, i64 %804
  %808 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %808, i8* %807, i64 4, i1 false)
  %809 = load i32, i32* %unaligned109, align 4
  store i32 %809, i32* %n, align 4
  store i32 0, i32* %k, align 4
  %810 = load i32, i32* %k, align 4
  %811 = load i32, i32* %n, align 4
  %812 = icmp ugt i32 %811, %810
  %813 = sub i32 %811, %810
  %814 = select i1 %812, i32 %813, i32 0
  %815 = zext i32 %814 to i64
  %816 = load i64, i64* %fuel, align 8
  %817 = icmp ult i64 %815, %816
  %818 = icmp ne i64 %815, 0
  %819 = icmp ult i64 %815, 4294967296
  %820 = and i1 %818, %819
  %821 = and i1 %817, %820
  %822 = load i32, i32* %xs, align 4
  %823 = zext i32 %822 to i64
  %824 = load i32, i32* %k, align 4
  %825 = zext i32 %824 to i64
  %826 = add i64 %825, %815
  %827 = sub i64 %826, 1
  %828 = mul i64 %827, 8
  %829 = add i64 %823, %828
  %830 = add i64 %829, 16
  %831 = icmp ult i64 %827, 4294967296
  %832 = icmp ule i64 %830, %arena_size
  %833 = and i1 %831, %832
  %834 = and i1 %821, %833
  %835 = load i32, i32* %list.1, align 4
  %836 = zext i32 %835 to i64
  %837 = load i32, i32* %len.1, align 4
  %838 = zext i32 %837 to i64
  %839 = add i64 %838, %815
  %840 = sub i64 %839, 1
  %841 = mul i64 %840, 8
  %842 = add i64 %836, %841
  %843 = add i64 %842, 16
  %844 = icmp ult i64 %840, 4294967296
  %845 = icmp ule i64 %843, %arena_size
  %846 = and i1 %844, %845
  %847 = and i1 %834, %846
  %848 = mul i64 %838, 8
  %849 = add i64 %836, %848
  %850 = add i64 %849, 8
  %851 = call i1 @llvm.expect.i1(i1 %847, i1 true)
  br i1 %851, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok108
  %852 = icmp ult i64 %850, %scratch_start
  %853 = load i64, i64* %lowStart, align 8
  %854 = call i64 @llvm.umin.i64(i64 %853, i64 %850)
  %855 = load i64, i64* %lowEnd, align 8
  %856 = load i64, i64* %highEnd, align 8
  %857 = call i64 @llvm.umax.i64(i64 %855, i64 %843)
  %858 = select i1 %852, i64 %857, i64 %855
  store i64 %858, i64* %lowEnd, align 8
  %859 = call i64 @llvm.umax.i64(i64 %856, i64 %843)
  %860 = select i1 %852, i64 %856, i64 %859
  store i64 %860, i64* %highEnd, align 8
  store i64 %854, i64* %lowStart, align 8
  %861 = add i64 %815, 1
  %862 = mul i64 %861, 1
  %863 = sub i64 %816, %862
  store i64 %863, i64* %fuel, align 8
  br label %each27

versioned.slow:                                   ; preds = %ok108
  br label %each27115

versioned.join:                                   ; preds = %block26114, %block26
  %864 = load i32, i32* %list.1, align 4
  %865 = load i32, i32* %len.1, align 4
  %866 = zext i32 %864 to i64
  %867 = add i64 %866, 4
  %868 = icmp uge i64 %866, %scratch_start
  %869 = load i64, i64* %highEnd, align 8
  %870 = icmp ule i64 %867, %869
  %871 = and i1 %868, %870
  %872 = call i1 @llvm.expect.i1(i1 %871, i1 true)
  br i1 %872, label %write.ok129, label %write.low127

block26:                                          ; preds = %dead113, %each27
  br label %versioned.join

each27:                                           ; preds = %ok111, %versioned.fast
  %873 = load i32, i32* %k, align 4
  %874 = load i32, i32* %n, align 4
  %875 = icmp uge i32 %873, %874
  %876 = zext i1 %875 to i32
  %877 = icmp ne i32 %876, 0
  br i1 %877, label %block26, label %cont

cont:                                             ; preds = %each27
  %878 = load i32, i32* %k, align 4
  %879 = zext i32 %878 to i64
  %880 = mul i64 %879, 8
  %881 = load i32, i32* %xs, align 4
  %882 = zext i32 %881 to i64
  %883 = add i64 %882, %880
  %884 = add i64 %883, 8
  %885 = getelementptr i8, i8* %mem, i64 %884
  %886 = bitcast i64* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %886, i8* %885, i64 8, i1 false)
  %887 = load i64, i64* %unaligned110, align 8
  store i64 %887, i64* %x.1, align 8
  %888 = load i64, i64* %x.1, align 8
  store i64 %888, i64* %w, align 8
  %889 = load i32, i32* %len.1, align 4
  %890 = zext i32 %889 to i64
  %891 = mul i64 %890, 8
  %892 = load i32, i32* %list.1, align 4
  %893 = zext i32 %892 to i64
  %894 = add i64 %893, %891
  %895 = add i64 %894, 8
  %896 = getelementptr i8, i8* %mem, i64 %895
  %897 = load i64, i64* %w, align 8
  %898 = load i64, i64* %x, align 8
  %899 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %897, i64 %898)
  %900 = extractvalue { i64, i1 } %899, 1
  br i1 %900, label %trap2.site17, label %ok111

ok111:                                            ; preds = %cont
  %901 = extractvalue { i64, i1 } %899, 0
  store i64 %901, i64* %unaligned112, align 8
  %902 = bitcast i64* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %896, i8* %902, i64 8, i1 false)
  %903 = load i32, i32* %len.1, align 4
  %904 = add i32 %903, 1
  store i32 %904, i32* %len.1, align 4
  %905 = load i32, i32* %k, align 4
  %906 = add i32 %905, 1
  store i32 %906, i32* %k, align 4
  br label %each27

trap2.site17:                                     ; preds = %ok118, %cont
  %907 = load i64, i64* %lowStart, align 8
  %908 = getelementptr i64, i64* %regs, i64 6
  store i64 %907, i64* %908, align 8
  %909 = load i64, i64* %lowEnd, align 8
  %910 = getelementptr i64, i64* %regs, i64 7
  store i64 %909, i64* %910, align 8
  %911 = load i64, i64* %highEnd, align 8
  %912 = getelementptr i64, i64* %regs, i64 8
  store i64 %911, i64* %912, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 17)
  unreachable

dead113:                                          ; No predecessors!
  br label %block26

block26114:                                       ; preds = %dead126, %ok116
  br label %versioned.join

each27115:                                        ; preds = %write.ok123, %versioned.slow
  %913 = load i64, i64* %fuel, align 8
  %914 = icmp ult i64 %913, 1
  br i1 %914, label %trap14.site0, label %ok116

ok116:                                            ; preds = %each27115
  %915 = sub i64 %913, 1
  store i64 %915, i64* %fuel, align 8
  %916 = load i32, i32* %k, align 4
  %917 = load i32, i32* %n, align 4
  %918 = icmp uge i32 %916, %917
  %919 = zext i1 %918 to i32
  %920 = icmp ne i32 %919, 0
  br i1 %920, label %block26114, label %cont117

cont117:                                          ; preds = %ok116
  %921 = load i32, i32* %xs, align 4
  %922 = load i32, i32* %k, align 4
  %923 = mul i32 %922, 8
  %924 = add i32 %921, %923
  %925 = zext i32 %924 to i64
  %926 = sub i64 %arena_size, 16
  %927 = icmp sgt i64 %925, %926
  br i1 %927, label %trap17.site0, label %ok118

ok118:                                            ; preds = %cont117
  %928 = add i64 %925, 8
  %929 = getelementptr i8, i8* %mem, i64 %928
  %930 = bitcast i64* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %930, i8* %929, i64 8, i1 false)
  %931 = load i64, i64* %unaligned119, align 8
  store i64 %931, i64* %x.1, align 8
  %932 = load i64, i64* %x.1, align 8
  store i64 %932, i64* %w, align 8
  %933 = load i32, i32* %list.1, align 4
  %934 = load i32, i32* %len.1, align 4
  %935 = mul i32 %934, 8
  %936 = add i32 %933, %935
  %937 = load i64, i64* %w, align 8
  %938 = load i64, i64* %x, align 8
  %939 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %937, i64 %938)
  %940 = extractvalue { i64, i1 } %939, 1
  br i1 %940, label %trap2.site17, label %ok120

ok120:                                            ; preds = %ok118
  %941 = extractvalue { i64, i1 } %939, 0
  %942 = zext i32 %936 to i64
  %943 = add i64 %942, 8
  %944 = add i64 %943, 8
  %945 = icmp uge i64 %943, %scratch_start
  %946 = load i64, i64* %highEnd, align 8
  %947 = icmp ule i64 %944, %946
  %948 = and i1 %945, %947
  %949 = call i1 @llvm.expect.i1(i1 %948, i1 true)
  br i1 %949, label %write.ok123, label %write.low121

write.low121:                                     ; preds = %ok120
  %950 = load i64, i64* %lowStart, align 8
  %951 = icmp uge i64 %943, %950
  %952 = load i64, i64* %lowEnd, align 8
  %953 = icmp ule i64 %944, %952
  %954 = and i1 %951, %953
  %955 = call i1 @llvm.expect.i1(i1 %954, i1 true)
  br i1 %955, label %write.ok123, label %write.slow122

write.slow122:                                    ; preds = %write.low121
  %956 = icmp ugt i64 %944, %arena_size
  br i1 %956, label %trap17.site0, label %ok124

write.ok123:                                      ; preds = %ok124, %write.low121, %ok120
  %957 = getelementptr i8, i8* %mem, i64 %943
  store i64 %941, i64* %unaligned125, align 8
  %958 = bitcast i64* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %957, i8* %958, i64 8, i1 false)
  %959 = load i32, i32* %len.1, align 4
  %960 = add i32 %959, 1
  store i32 %960, i32* %len.1, align 4
  %961 = load i32, i32* %k, align 4
  %962 = add i32 %961, 1
  store i32 %962, i32* %k, align 4
  br label %each27115

ok124:                                            ; preds = %write.slow122
  %963 = icmp ult i64 %943, %scratch_start
  %964 = load i64, i64* %lowStart, align 8
  %965 = call i64 @llvm.umin.i64(i64 %964, i64 %943)
  %966 = load i64, i64* %lowEnd, align 8
  %967 = load i64, i64* %highEnd, align 8
  %968 = add i64 %944, 64
  %969 = sub i64 %944, %965
  %970 = lshr i64 %969, 4
  %971 = add i64 %968, %970
  %972 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %971)
  %973 = call i64 @llvm.umax.i64(i64 %966, i64 %972)
  %974 = select i1 %963, i64 %973, i64 %966
  store i64 %974, i64* %lowEnd, align 8
  %975 = add i64 %944, 64
  %976 = sub i64 %944, %scratch_start
  %977 = lshr i64 %976, 4
  %978 = add i64 %975, %977
  %979 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %978)
  %980 = call i64 @llvm.umax.i64(i64 %967, i64 %979)
  %981 = select i1 %963, i64 %967, i64 %980
  store i64 %981, i64* %highEnd, align 8
  store i64 %965, i64* %lowStart, align 8
  br label %write.ok123

dead126:                                          ; No predecessors!
  br label %block26114

write.low127:                                     ; preds = %versioned.join
  %982 = load i64, i64* %lowStart, align 8
  %983 = icmp uge i64 %866, %982
  %984 = load i64, i64* %lowEnd, align 8
  %985 = icmp ule i64 %867, %984
  %986 = and i1 %983, %985
  %987 = call i1 @llvm.expect.i1(i1 %986, i1 true)
  br i1 %987, label %write.ok129, label %write.slow128

write.slow128:                                    ; preds = %write.low127
  %988 = icmp ugt i64 %867, %arena_size
  br i1 %988, label %trap17.site0, label %ok130

write.ok129:                                      ; preds = %ok130, %write.low127, %versioned.join
  %989 = getelementptr i8, i8* %mem, i64 %866
  store i32 %865, i32* %unaligned131, align 4
  %990 = bitcast i32* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %989, i8* %990, i64 4, i1 false)
  %991 = load i32, i32* %list.1, align 4
  store i32 %991, i32* %result100, align 4
  br label %e24

ok130:                                            ; preds = %write.slow128
  %992 = icmp ult i64 %866, %scratch_start
  %993 = load i64, i64* %lowStart, align 8
  %994 = call i64 @llvm.umin.i64(i64 %993, i64 %866)
  %995 = load i64, i64* %lowEnd, align 8
  %996 = load i64, i64* %highEnd, align 8
  %997 = add i64 %867, 64
  %998 = sub i64 %867, %994
  %999 = lshr i64 %998, 4
  %1000 = add i64 %997, %999
  %1001 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1000)
  %1002 = call i64 @llvm.umax.i64(i64 %995, i64 %1001)
  %1003 = select i1 %992, i64 %1002, i64 %995
  store i64 %1003, i64* %lowEnd, align 8
  %1004 = add i64 %867, 64
  %1005 = sub i64 %867, %scratch_start
  %1006 = lshr i64 %1005, 4
  %1007 = add i64 %1004, %1006
  %1008 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1007)
  %1009 = call i64 @llvm.umax.i64(i64 %996, i64 %1008)
  %1010 = select i1 %992, i64 %996, i64 %1009
  store i64 %1010, i64* %highEnd, align 8
  store i64 %994, i64* %lowStart, align 8
  br label %write.ok129

write.low132:                                     ; preds = %e19
  %1011 = load i64, i64* %lowStart, align 8
  %1012 = icmp uge i64 %572, %1011
  %1013 = load i64, i64* %lowEnd, align 8
  %1014 = icmp ule i64 %573, %1013
  %1015 = and i1 %1012, %1014
  %1016 = call i1 @llvm.expect.i1(i1 %1015, i1 true)
  br i1 %1016, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %1017 = icmp ugt i64 %573, %arena_size
  br i1 %1017, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %e19
  %1018 = getelementptr i8, i8* %mem, i64 %572
  store i32 %570, i32* %unaligned136, align 4
  %1019 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1018, i8* %1019, i64 4, i1 false)
  %1020 = load i32, i32* %dict, align 4
  store i32 %1020, i32* %result5, align 4
  br label %e0

ok135:                                            ; preds = %write.slow133
  %1021 = icmp ult i64 %572, %scratch_start
  %1022 = load i64, i64* %lowStart, align 8
  %1023 = call i64 @llvm.umin.i64(i64 %1022, i64 %572)
  %1024 = load i64, i64* %lowEnd, align 8
  %1025 = load i64, i64* %highEnd, align 8
  %1026 = add i64 %573, 64
  %1027 = sub i64 %573, %1023
  %1028 = lshr i64 %1027, 4
  %1029 = add i64 %1026, %1028
  %1030 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1029)
  %1031 = call i64 @llvm.umax.i64(i64 %1024, i64 %1030)
  %1032 = select i1 %1021, i64 %1031, i64 %1024
  store i64 %1032, i64* %lowEnd, align 8
  %1033 = add i64 %573, 64
  %1034 = sub i64 %573, %scratch_start
  %1035 = lshr i64 %1034, 4
  %1036 = add i64 %1033, %1035
  %1037 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1036)
  %1038 = call i64 @llvm.umax.i64(i64 %1025, i64 %1037)
  %1039 = select i1 %1021, i64 %1025, i64 %1038
  store i64 %1039, i64* %highEnd, align 8
  store i64 %1023, i64* %lowStart, align 8
  br label %write.ok134

ok137:                                            ; preds = %e0
  %1040 = icmp ult i64 %10, %stack_limit
  br i1 %1040, label %trap253.site0, label %stack_ok138

trap15.site0:                                     ; preds = %e0
  %1041 = load i64, i64* %lowStart, align 8
  %1042 = getelementptr i64, i64* %regs, i64 6
  store i64 %1041, i64* %1042, align 8
  %1043 = load i64, i64* %lowEnd, align 8
  %1044 = getelementptr i64, i64* %regs, i64 7
  store i64 %1043, i64* %1044, align 8
  %1045 = load i64, i64* %highEnd, align 8
  %1046 = getelementptr i64, i64* %regs, i64 8
  store i64 %1045, i64* %1046, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok138:                                      ; preds = %ok137
  %1047 = load i64, i64* %fuel, align 8
  %1048 = getelementptr i64, i64* %regs, i64 0
  store i64 %1047, i64* %1048, align 8
  %1049 = load i64, i64* %lowStart, align 8
  %1050 = getelementptr i64, i64* %regs, i64 6
  store i64 %1049, i64* %1050, align 8
  %1051 = load i64, i64* %lowEnd, align 8
  %1052 = getelementptr i64, i64* %regs, i64 7
  store i64 %1051, i64* %1052, align 8
  %1053 = load i64, i64* %highEnd, align 8
  %1054 = getelementptr i64, i64* %regs, i64 8
  store i64 %1053, i64* %1054, align 8
  %1055 = add i32 %depth, 1
  %1056 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1055, i32 %89, i32 %90, i32 0)
  %1057 = getelementptr i64, i64* %regs, i64 0
  %1058 = load i64, i64* %1057, align 8
  store i64 %1058, i64* %fuel, align 8
  %1059 = getelementptr i64, i64* %regs, i64 6
  %1060 = load i64, i64* %1059, align 8
  store i64 %1060, i64* %lowStart, align 8
  %1061 = getelementptr i64, i64* %regs, i64 7
  %1062 = load i64, i64* %1061, align 8
  store i64 %1062, i64* %lowEnd, align 8
  %1063 = getelementptr i64, i64* %regs, i64 8
  %1064 = load i64, i64* %1063, align 8
  store i64 %1064, i64* %highEnd, align 8
  store i32 %1056, i32* %json_end, align 4
  %1065 = load i32, i32* %json_end, align 4
  %1066 = icmp eq i32 %1065, -2
  %1067 = zext i1 %1066 to i32
  %1068 = icmp ne i32 %1067, 0
  br i1 %1068, label %then139, label %else140

then139:                                          ; preds = %stack_ok138
  br label %trap16.site4

else140:                                          ; preds = %stack_ok138
  br label %join141

join141:                                          ; preds = %else140, %dead142
  %1069 = load i32, i32* %json_end, align 4
  %1070 = icmp eq i32 %1069, -1
  %1071 = zext i1 %1070 to i32
  %1072 = icmp ne i32 %1071, 0
  br i1 %1072, label %then143, label %else144

trap16.site4:                                     ; preds = %then139
  %1073 = load i64, i64* %lowStart, align 8
  %1074 = getelementptr i64, i64* %regs, i64 6
  store i64 %1073, i64* %1074, align 8
  %1075 = load i64, i64* %lowEnd, align 8
  %1076 = getelementptr i64, i64* %regs, i64 7
  store i64 %1075, i64* %1076, align 8
  %1077 = load i64, i64* %highEnd, align 8
  %1078 = getelementptr i64, i64* %regs, i64 8
  store i64 %1077, i64* %1078, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead142:                                          ; No predecessors!
  br label %join141

then143:                                          ; preds = %join141
  br label %trap15.site4

else144:                                          ; preds = %join141
  br label %join145

join145:                                          ; preds = %else144, %dead146
  %1079 = load i32, i32* %json_end, align 4
  %1080 = zext i32 %1079 to i64
  %1081 = getelementptr i64, i64* %regs, i64 3
  store i64 %1080, i64* %1081, align 8
  %1082 = load i32, i32* %json_end, align 4
  %1083 = load i32, i32* %json_start, align 4
  %1084 = sub i32 %1082, %1083
  %1085 = load i64, i64* %fuel, align 8
  %1086 = getelementptr i64, i64* %regs, i64 0
  store i64 %1085, i64* %1086, align 8
  %1087 = load i64, i64* %lowStart, align 8
  %1088 = getelementptr i64, i64* %regs, i64 6
  store i64 %1087, i64* %1088, align 8
  %1089 = load i64, i64* %lowEnd, align 8
  %1090 = getelementptr i64, i64* %regs, i64 7
  store i64 %1089, i64* %1090, align 8
  %1091 = load i64, i64* %highEnd, align 8
  %1092 = getelementptr i64, i64* %regs, i64 8
  store i64 %1091, i64* %1092, align 8
  ret i32 %1084

dead146:                                          ; No predecessors!
  br label %join145
}

define internal void @m0.where.a.base(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %frame.arg) {
entry:
  %frame = alloca i32, align 4
  store i32 %frame.arg, i32* %frame, align 4
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
  %unaligned = alloca i64, align 8
  %unaligned4 = alloca i64, align 8
  %unaligned10 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %10 = load i64, i64* %fuel, align 8
  %11 = icmp ult i64 %10, 1
  br i1 %11, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %12 = sub i64 %10, 1
  store i64 %12, i64* %fuel, align 8
  %13 = load i32, i32* %frame, align 4
  %14 = zext i32 %13 to i64
  %15 = add i64 %14, 24
  %16 = add i64 %15, 1
  %17 = icmp uge i64 %15, %scratch_start
  %18 = load i64, i64* %highEnd, align 8
  %19 = icmp ule i64 %16, %18
  %20 = and i1 %17, %19
  %21 = call i1 @llvm.expect.i1(i1 %20, i1 true)
  br i1 %21, label %write.ok, label %write.low

trap14.site0:                                     ; preds = %body
  %22 = load i64, i64* %lowStart, align 8
  %23 = getelementptr i64, i64* %regs, i64 6
  store i64 %22, i64* %23, align 8
  %24 = load i64, i64* %lowEnd, align 8
  %25 = getelementptr i64, i64* %regs, i64 7
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %highEnd, align 8
  %27 = getelementptr i64, i64* %regs, i64 8
  store i64 %26, i64* %27, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %28 = load i64, i64* %lowStart, align 8
  %29 = icmp uge i64 %15, %28
  %30 = load i64, i64* %lowEnd, align 8
  %31 = icmp ule i64 %16, %30
  %32 = and i1 %29, %31
  %33 = call i1 @llvm.expect.i1(i1 %32, i1 true)
  br i1 %33, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %34 = icmp ugt i64 %16, %arena_size
  br i1 %34, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %35 = getelementptr i8, i8* %mem, i64 %15
  store i8 1, i8* %35, align 1
  %36 = load i32, i32* %frame, align 4
  %37 = load i32, i32* %frame, align 4
  %38 = zext i32 %37 to i64
  %39 = sub i64 %arena_size, 40
  %40 = icmp sgt i64 %38, %39
  br i1 %40, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %41 = icmp ult i64 %15, %scratch_start
  %42 = load i64, i64* %lowStart, align 8
  %43 = call i64 @llvm.umin.i64(i64 %42, i64 %15)
  %44 = load i64, i64* %lowEnd, align 8
  %45 = load i64, i64* %highEnd, align 8
  %46 = add i64 %16, 64
  %47 = sub i64 %16, %43
  %48 = lshr i64 %47, 4
  %49 = add i64 %46, %48
  %50 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %49)
  %51 = call i64 @llvm.umax.i64(i64 %44, i64 %50)
  %52 = select i1 %41, i64 %51, i64 %44
  store i64 %52, i64* %lowEnd, align 8
  %53 = add i64 %16, 64
  %54 = sub i64 %16, %scratch_start
  %55 = lshr i64 %54, 4
  %56 = add i64 %53, %55
  %57 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %56)
  %58 = call i64 @llvm.umax.i64(i64 %45, i64 %57)
  %59 = select i1 %41, i64 %45, i64 %58
  store i64 %59, i64* %highEnd, align 8
  store i64 %43, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow12, %write.slow7, %ok2, %write.ok, %write.slow
  %60 = load i64, i64* %lowStart, align 8
  %61 = getelementptr i64, i64* %regs, i64 6
  store i64 %60, i64* %61, align 8
  %62 = load i64, i64* %lowEnd, align 8
  %63 = getelementptr i64, i64* %regs, i64 7
  store i64 %62, i64* %63, align 8
  %64 = load i64, i64* %highEnd, align 8
  %65 = getelementptr i64, i64* %regs, i64 8
  store i64 %64, i64* %65, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %66 = add i64 %38, 32
  %67 = getelementptr i8, i8* %mem, i64 %66
  %68 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %68, i8* %67, i64 8, i1 false)
  %69 = load i64, i64* %unaligned, align 8
  %70 = load i32, i32* %frame, align 4
  %71 = zext i32 %70 to i64
  %72 = sub i64 %arena_size, 48
  %73 = icmp sgt i64 %71, %72
  br i1 %73, label %trap17.site0, label %ok3

ok3:                                              ; preds = %ok2
  %74 = add i64 %71, 40
  %75 = getelementptr i8, i8* %mem, i64 %74
  %76 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %76, i8* %75, i64 8, i1 false)
  %77 = load i64, i64* %unaligned4, align 8
  %78 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %69, i64 %77)
  %79 = extractvalue { i64, i1 } %78, 1
  br i1 %79, label %trap2.site9, label %ok5

ok5:                                              ; preds = %ok3
  %80 = extractvalue { i64, i1 } %78, 0
  %81 = zext i32 %36 to i64
  %82 = add i64 %81, 8
  %83 = add i64 %82, 8
  %84 = icmp uge i64 %82, %scratch_start
  %85 = load i64, i64* %highEnd, align 8
  %86 = icmp ule i64 %83, %85
  %87 = and i1 %84, %86
  %88 = call i1 @llvm.expect.i1(i1 %87, i1 true)
  br i1 %88, label %write.ok8, label %write.low6

trap2.site9:                                      ; preds = %ok3
  %89 = load i64, i64* %lowStart, align 8
  %90 = getelementptr i64, i64* %regs, i64 6
  store i64 %89, i64* %90, align 8
  %91 = load i64, i64* %lowEnd, align 8
  %92 = getelementptr i64, i64* %regs, i64 7
  store i64 %91, i64* %92, align 8
  %93 = load i64, i64* %highEnd, align 8
  %94 = getelementptr i64, i64* %regs, i64 8
  store i64 %93, i64* %94, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

write.low6:                                       ; preds = %ok5
  %95 = load i64, i64* %lowStart, align 8
  %96 = icmp uge i64 %82, %95
  %97 = load i64, i64* %lowEnd, align 8
  %98 = icmp ule i64 %83, %97
  %99 = and i1 %96, %98
  %100 = call i1 @llvm.expect.i1(i1 %99, i1 true)
  br i1 %100, label %write.ok8, label %write.slow7

write.slow7:                                      ; preds = %write.low6
  %101 = icmp ugt i64 %83, %arena_size
  br i1 %101, label %trap17.site0, label %ok9

write.ok8:                                        ; preds = %ok9, %write.low6, %ok5
  %102 = getelementptr i8, i8* %mem, i64 %82
  store i64 %80, i64* %unaligned10, align 8
  %103 = bitcast i64* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %102, i8* %103, i64 8, i1 false)
  %104 = load i32, i32* %frame, align 4
  %105 = zext i32 %104 to i64
  %106 = add i64 %105, 24
  %107 = add i64 %106, 1
  %108 = icmp uge i64 %106, %scratch_start
  %109 = load i64, i64* %highEnd, align 8
  %110 = icmp ule i64 %107, %109
  %111 = and i1 %108, %110
  %112 = call i1 @llvm.expect.i1(i1 %111, i1 true)
  br i1 %112, label %write.ok13, label %write.low11

ok9:                                              ; preds = %write.slow7
  %113 = icmp ult i64 %82, %scratch_start
  %114 = load i64, i64* %lowStart, align 8
  %115 = call i64 @llvm.umin.i64(i64 %114, i64 %82)
  %116 = load i64, i64* %lowEnd, align 8
  %117 = load i64, i64* %highEnd, align 8
  %118 = add i64 %83, 64
  %119 = sub i64 %83, %115
  %120 = lshr i64 %119, 4
  %121 = add i64 %118, %120
  %122 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %121)
  %123 = call i64 @llvm.umax.i64(i64 %116, i64 %122)
  %124 = select i1 %113, i64 %123, i64 %116
  store i64 %124, i64* %lowEnd, align 8
  %125 = add i64 %83, 64
  %126 = sub i64 %83, %scratch_start
  %127 = lshr i64 %126, 4
  %128 = add i64 %125, %127
  %129 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %128)
  %130 = call i64 @llvm.umax.i64(i64 %117, i64 %129)
  %131 = select i1 %113, i64 %117, i64 %130
  store i64 %131, i64* %highEnd, align 8
  store i64 %115, i64* %lowStart, align 8
  br label %write.ok8

write.low11:                                      ; preds = %write.ok8
  %132 = load i64, i64* %lowStart, align 8
  %133 = icmp uge i64 %106, %132
  %134 = load i64, i64* %lowEnd, align 8
  %135 = icmp ule i64 %107, %134
  %136 = and i1 %133, %135
  %137 = call i1 @llvm.expect.i1(i1 %136, i1 true)
  br i1 %137, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %138 = icmp ugt i64 %107, %arena_size
  br i1 %138, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok8
  %139 = getelementptr i8, i8* %mem, i64 %106
  store i8 2, i8* %139, align 1
  %140 = load i64, i64* %fuel, align 8
  %141 = getelementptr i64, i64* %regs, i64 0
  store i64 %140, i64* %141, align 8
  %142 = load i64, i64* %lowStart, align 8
  %143 = getelementptr i64, i64* %regs, i64 6
  store i64 %142, i64* %143, align 8
  %144 = load i64, i64* %lowEnd, align 8
  %145 = getelementptr i64, i64* %regs, i64 7
  store i64 %144, i64* %145, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = getelementptr i64, i64* %regs, i64 8
  store i64 %146, i64* %147, align 8
  ret void

ok14:                                             ; preds = %write.slow12
  %148 = icmp ult i64 %106, %scratch_start
  %149 = load i64, i64* %lowStart, align 8
  %150 = call i64 @llvm.umin.i64(i64 %149, i64 %106)
  %151 = load i64, i64* %lowEnd, align 8
  %152 = load i64, i64* %highEnd, align 8
  %153 = add i64 %107, 64
  %154 = sub i64 %107, %150
  %155 = lshr i64 %154, 4
  %156 = add i64 %153, %155
  %157 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %156)
  %158 = call i64 @llvm.umax.i64(i64 %151, i64 %157)
  %159 = select i1 %148, i64 %158, i64 %151
  store i64 %159, i64* %lowEnd, align 8
  %160 = add i64 %107, 64
  %161 = sub i64 %107, %scratch_start
  %162 = lshr i64 %161, 4
  %163 = add i64 %160, %162
  %164 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %163)
  %165 = call i64 @llvm.umax.i64(i64 %152, i64 %164)
  %166 = select i1 %148, i64 %152, i64 %165
  store i64 %166, i64* %highEnd, align 8
  store i64 %150, i64* %lowStart, align 8
  br label %write.ok13
}

define internal void @m0.where.a.extra(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %frame.arg) {
entry:
  %frame = alloca i32, align 4
  store i32 %frame.arg, i32* %frame, align 4
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
  %unaligned8 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = load i32, i32* %frame, align 4
  %16 = zext i32 %15 to i64
  %17 = add i64 %16, 25
  %18 = add i64 %17, 1
  %19 = icmp uge i64 %17, %scratch_start
  %20 = load i64, i64* %highEnd, align 8
  %21 = icmp ule i64 %18, %20
  %22 = and i1 %19, %21
  %23 = call i1 @llvm.expect.i1(i1 %22, i1 true)
  br i1 %23, label %write.ok, label %write.low

trap14.site0:                                     ; preds = %body
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

write.low:                                        ; preds = %ok
  %30 = load i64, i64* %lowStart, align 8
  %31 = icmp uge i64 %17, %30
  %32 = load i64, i64* %lowEnd, align 8
  %33 = icmp ule i64 %18, %32
  %34 = and i1 %31, %33
  %35 = call i1 @llvm.expect.i1(i1 %34, i1 true)
  br i1 %35, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %36 = icmp ugt i64 %18, %arena_size
  br i1 %36, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %37 = getelementptr i8, i8* %mem, i64 %17
  store i8 1, i8* %37, align 1
  %38 = load i32, i32* %frame, align 4
  %39 = load i32, i32* %frame, align 4
  %40 = zext i32 %39 to i64
  %41 = sub i64 %arena_size, 48
  %42 = icmp sgt i64 %40, %41
  br i1 %42, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %43 = icmp ult i64 %17, %scratch_start
  %44 = load i64, i64* %lowStart, align 8
  %45 = call i64 @llvm.umin.i64(i64 %44, i64 %17)
  %46 = load i64, i64* %lowEnd, align 8
  %47 = load i64, i64* %highEnd, align 8
  %48 = add i64 %18, 64
  %49 = sub i64 %18, %45
  %50 = lshr i64 %49, 4
  %51 = add i64 %48, %50
  %52 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %51)
  %53 = call i64 @llvm.umax.i64(i64 %46, i64 %52)
  %54 = select i1 %43, i64 %53, i64 %46
  store i64 %54, i64* %lowEnd, align 8
  %55 = add i64 %18, 64
  %56 = sub i64 %18, %scratch_start
  %57 = lshr i64 %56, 4
  %58 = add i64 %55, %57
  %59 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %58)
  %60 = call i64 @llvm.umax.i64(i64 %47, i64 %59)
  %61 = select i1 %43, i64 %47, i64 %60
  store i64 %61, i64* %highEnd, align 8
  store i64 %45, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow10, %write.slow5, %write.ok, %write.slow
  %62 = load i64, i64* %lowStart, align 8
  %63 = getelementptr i64, i64* %regs, i64 6
  store i64 %62, i64* %63, align 8
  %64 = load i64, i64* %lowEnd, align 8
  %65 = getelementptr i64, i64* %regs, i64 7
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %highEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 8
  store i64 %66, i64* %67, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %68 = add i64 %40, 40
  %69 = getelementptr i8, i8* %mem, i64 %68
  %70 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %70, i8* %69, i64 8, i1 false)
  %71 = load i64, i64* %unaligned, align 8
  %72 = icmp uge i32 %depth, 1000
  br i1 %72, label %trap15.site18, label %ok3

ok3:                                              ; preds = %ok2
  %73 = icmp ult i64 %10, %stack_limit
  br i1 %73, label %trap253.site0, label %stack_ok

trap15.site18:                                    ; preds = %ok2
  %74 = load i64, i64* %lowStart, align 8
  %75 = getelementptr i64, i64* %regs, i64 6
  store i64 %74, i64* %75, align 8
  %76 = load i64, i64* %lowEnd, align 8
  %77 = getelementptr i64, i64* %regs, i64 7
  store i64 %76, i64* %77, align 8
  %78 = load i64, i64* %highEnd, align 8
  %79 = getelementptr i64, i64* %regs, i64 8
  store i64 %78, i64* %79, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

stack_ok:                                         ; preds = %ok3
  %80 = load i64, i64* %fuel, align 8
  %81 = getelementptr i64, i64* %regs, i64 0
  store i64 %80, i64* %81, align 8
  %82 = load i64, i64* %lowStart, align 8
  %83 = getelementptr i64, i64* %regs, i64 6
  store i64 %82, i64* %83, align 8
  %84 = load i64, i64* %lowEnd, align 8
  %85 = getelementptr i64, i64* %regs, i64 7
  store i64 %84, i64* %85, align 8
  %86 = load i64, i64* %highEnd, align 8
  %87 = getelementptr i64, i64* %regs, i64 8
  store i64 %86, i64* %87, align 8
  %88 = add i32 %depth, 1
  %89 = call i64 @m0.fn.a.extra.sq(i64* %regs, i8* %mem, i32 %88, i32 0, i64 %71)
  %90 = getelementptr i64, i64* %regs, i64 0
  %91 = load i64, i64* %90, align 8
  store i64 %91, i64* %fuel, align 8
  %92 = getelementptr i64, i64* %regs, i64 6
  %93 = load i64, i64* %92, align 8
  store i64 %93, i64* %lowStart, align 8
  %94 = getelementptr i64, i64* %regs, i64 7
  %95 = load i64, i64* %94, align 8
  store i64 %95, i64* %lowEnd, align 8
  %96 = getelementptr i64, i64* %regs, i64 8
  %97 = load i64, i64* %96, align 8
  store i64 %97, i64* %highEnd, align 8
  %98 = zext i32 %38 to i64
  %99 = add i64 %98, 16
  %100 = add i64 %99, 8
  %101 = icmp uge i64 %99, %scratch_start
  %102 = load i64, i64* %highEnd, align 8
  %103 = icmp ule i64 %100, %102
  %104 = and i1 %101, %103
  %105 = call i1 @llvm.expect.i1(i1 %104, i1 true)
  br i1 %105, label %write.ok6, label %write.low4

trap253.site0:                                    ; preds = %ok3
  %106 = load i64, i64* %lowStart, align 8
  %107 = getelementptr i64, i64* %regs, i64 6
  store i64 %106, i64* %107, align 8
  %108 = load i64, i64* %lowEnd, align 8
  %109 = getelementptr i64, i64* %regs, i64 7
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %highEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 8
  store i64 %110, i64* %111, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

write.low4:                                       ; preds = %stack_ok
  %112 = load i64, i64* %lowStart, align 8
  %113 = icmp uge i64 %99, %112
  %114 = load i64, i64* %lowEnd, align 8
  %115 = icmp ule i64 %100, %114
  %116 = and i1 %113, %115
  %117 = call i1 @llvm.expect.i1(i1 %116, i1 true)
  br i1 %117, label %write.ok6, label %write.slow5

write.slow5:                                      ; preds = %write.low4
  %118 = icmp ugt i64 %100, %arena_size
  br i1 %118, label %trap17.site0, label %ok7

write.ok6:                                        ; preds = %ok7, %write.low4, %stack_ok
  %119 = getelementptr i8, i8* %mem, i64 %99
  store i64 %89, i64* %unaligned8, align 8
  %120 = bitcast i64* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %119, i8* %120, i64 8, i1 false)
  %121 = load i32, i32* %frame, align 4
  %122 = zext i32 %121 to i64
  %123 = add i64 %122, 25
  %124 = add i64 %123, 1
  %125 = icmp uge i64 %123, %scratch_start
  %126 = load i64, i64* %highEnd, align 8
  %127 = icmp ule i64 %124, %126
  %128 = and i1 %125, %127
  %129 = call i1 @llvm.expect.i1(i1 %128, i1 true)
  br i1 %129, label %write.ok11, label %write.low9

ok7:                                              ; preds = %write.slow5
  %130 = icmp ult i64 %99, %scratch_start
  %131 = load i64, i64* %lowStart, align 8
  %132 = call i64 @llvm.umin.i64(i64 %131, i64 %99)
  %133 = load i64, i64* %lowEnd, align 8
  %134 = load i64, i64* %highEnd, align 8
  %135 = add i64 %100, 64
  %136 = sub i64 %100, %132
  %137 = lshr i64 %136, 4
  %138 = add i64 %135, %137
  %139 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %138)
  %140 = call i64 @llvm.umax.i64(i64 %133, i64 %139)
  %141 = select i1 %130, i64 %140, i64 %133
  store i64 %141, i64* %lowEnd, align 8
  %142 = add i64 %100, 64
  %143 = sub i64 %100, %scratch_start
  %144 = lshr i64 %143, 4
  %145 = add i64 %142, %144
  %146 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %145)
  %147 = call i64 @llvm.umax.i64(i64 %134, i64 %146)
  %148 = select i1 %130, i64 %134, i64 %147
  store i64 %148, i64* %highEnd, align 8
  store i64 %132, i64* %lowStart, align 8
  br label %write.ok6

write.low9:                                       ; preds = %write.ok6
  %149 = load i64, i64* %lowStart, align 8
  %150 = icmp uge i64 %123, %149
  %151 = load i64, i64* %lowEnd, align 8
  %152 = icmp ule i64 %124, %151
  %153 = and i1 %150, %152
  %154 = call i1 @llvm.expect.i1(i1 %153, i1 true)
  br i1 %154, label %write.ok11, label %write.slow10

write.slow10:                                     ; preds = %write.low9
  %155 = icmp ugt i64 %124, %arena_size
  br i1 %155, label %trap17.site0, label %ok12

write.ok11:                                       ; preds = %ok12, %write.low9, %write.ok6
  %156 = getelementptr i8, i8* %mem, i64 %123
  store i8 2, i8* %156, align 1
  %157 = load i64, i64* %fuel, align 8
  %158 = getelementptr i64, i64* %regs, i64 0
  store i64 %157, i64* %158, align 8
  %159 = load i64, i64* %lowStart, align 8
  %160 = getelementptr i64, i64* %regs, i64 6
  store i64 %159, i64* %160, align 8
  %161 = load i64, i64* %lowEnd, align 8
  %162 = getelementptr i64, i64* %regs, i64 7
  store i64 %161, i64* %162, align 8
  %163 = load i64, i64* %highEnd, align 8
  %164 = getelementptr i64, i64* %regs, i64 8
  store i64 %163, i64* %164, align 8
  ret void

ok12:                                             ; preds = %write.slow10
  %165 = icmp ult i64 %123, %scratch_start
  %166 = load i64, i64* %lowStart, align 8
  %167 = call i64 @llvm.umin.i64(i64 %166, i64 %123)
  %168 = load i64, i64* %lowEnd, align 8
  %169 = load i64, i64* %highEnd, align 8
  %170 = add i64 %124, 64
  %171 = sub i64 %124, %167
  %172 = lshr i64 %171, 4
  %173 = add i64 %170, %172
  %174 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %173)
  %175 = call i64 @llvm.umax.i64(i64 %168, i64 %174)
  %176 = select i1 %165, i64 %175, i64 %168
  store i64 %176, i64* %lowEnd, align 8
  %177 = add i64 %124, 64
  %178 = sub i64 %124, %scratch_start
  %179 = lshr i64 %178, 4
  %180 = add i64 %177, %179
  %181 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %180)
  %182 = call i64 @llvm.umax.i64(i64 %169, i64 %181)
  %183 = select i1 %165, i64 %169, i64 %182
  store i64 %183, i64* %highEnd, align 8
  store i64 %167, i64* %lowStart, align 8
  br label %write.ok11
}

define internal i64 @m0.fn.a.extra.sq(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %v.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  br label %body

body:                                             ; preds = %entry
  %2 = load i64, i64* %fuel, align 8
  %3 = icmp ult i64 %2, 1
  br i1 %3, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %4 = sub i64 %2, 1
  store i64 %4, i64* %fuel, align 8
  %5 = load i64, i64* %v, align 8
  %6 = load i64, i64* %v, align 8
  %7 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %5, i64 %6)
  %8 = extractvalue { i64, i1 } %7, 1
  br i1 %8, label %trap2.site19, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %9 = extractvalue { i64, i1 } %7, 0
  %10 = load i64, i64* %fuel, align 8
  %11 = getelementptr i64, i64* %regs, i64 0
  store i64 %10, i64* %11, align 8
  ret i64 %9

trap2.site19:                                     ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable
}
