; From libs/driver/testdata/emit-golden/where-bindings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/where-bindings.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.ssub.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 5 function(s):

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
  %539 = add i64 %538, 8
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
  %566 = add i64 %565, 8
  %567 = icmp ugt i64 %566, %arena_size
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
  br i1 %603, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join112
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

write.low:                                        ; preds = %ok114
  %610 = load i64, i64* %lowStart, align 8
  %611 = icmp uge i64 %598, %610
  %612 = load i64, i64* %lowEnd, align 8
  %613 = icmp ule i64 %599, %612
  %614 = and i1 %611, %613
  br i1 %614, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %615 = icmp ugt i64 %599, %arena_size
  br i1 %615, label %trap17.site0, label %ok115

write.ok:                                         ; preds = %ok115, %write.low, %ok114
  %616 = getelementptr i8, i8* %mem, i64 %598
  store i64 %597, i64* %unaligned116, align 8
  %617 = bitcast i64* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %616, i8* %617, i64 8, i1 false)
  %618 = load i32, i32* %args_out, align 4
  %619 = load i64, i64* %arg.1, align 8
  %620 = zext i32 %618 to i64
  %621 = add i64 %620, 8
  %622 = add i64 %621, 8
  %623 = icmp uge i64 %621, %scratch_start
  %624 = load i64, i64* %highEnd, align 8
  %625 = icmp ule i64 %622, %624
  %626 = and i1 %623, %625
  br i1 %626, label %write.ok119, label %write.low117

ok115:                                            ; preds = %write.slow
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

write.low117:                                     ; preds = %write.ok
  %646 = load i64, i64* %lowStart, align 8
  %647 = icmp uge i64 %621, %646
  %648 = load i64, i64* %lowEnd, align 8
  %649 = icmp ule i64 %622, %648
  %650 = and i1 %647, %649
  br i1 %650, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %651 = icmp ugt i64 %622, %arena_size
  br i1 %651, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %write.ok
  %652 = getelementptr i8, i8* %mem, i64 %621
  store i64 %619, i64* %unaligned121, align 8
  %653 = bitcast i64* %unaligned121 to i8*
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

ok120:                                            ; preds = %write.slow118
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
  br label %write.ok119
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
  %unaligned112 = alloca i64, align 8
  %unaligned118 = alloca i64, align 8
  %unaligned124 = alloca i32, align 4
  %unaligned129 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each27, %body
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

trap253.site0:                                    ; preds = %ok130, %ok55, %ok49, %ok40, %ok26, %ok1
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 8
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow126, %write.slow121, %write.slow115, %cont, %ok107, %e20, %write.slow96, %write.slow91, %write.slow86, %write.slow81, %write.slow69, %write.slow59, %join48, %ok44, %join34, %then32, %e3, %join, %then, %write.ok17, %write.slow16, %write.slow11, %ok2, %stack_ok
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

e0:                                               ; preds = %write.ok127
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
  br i1 %91, label %trap15.site0, label %ok130

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

trap15.site4:                                     ; preds = %then136, %ok3
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
  br i1 %117, label %write.ok60, label %write.low58

ok8:                                              ; preds = %ok6
  store i64 %100, i64* %95, align 8
  %118 = load i64, i64* %highEnd, align 8
  %119 = call i64 @llvm.umax.i64(i64 %118, i64 %100)
  store i64 %119, i64* %highEnd, align 8
  %120 = trunc i64 %99 to i32
  store i32 %120, i32* %frame, align 4
  %121 = load i32, i32* %frame, align 4
  %122 = add i32 %121, 24
  %123 = zext i32 %122 to i64
  %124 = add i64 %123, 2
  %125 = icmp uge i64 %123, %scratch_start
  %126 = load i64, i64* %highEnd, align 8
  %127 = icmp ule i64 %124, %126
  %128 = and i1 %125, %127
  br i1 %128, label %write.ok, label %write.low

trap15.site5:                                     ; preds = %ok6
  %129 = load i64, i64* %lowStart, align 8
  %130 = getelementptr i64, i64* %regs, i64 6
  store i64 %129, i64* %130, align 8
  %131 = load i64, i64* %lowEnd, align 8
  %132 = getelementptr i64, i64* %regs, i64 7
  store i64 %131, i64* %132, align 8
  %133 = load i64, i64* %highEnd, align 8
  %134 = getelementptr i64, i64* %regs, i64 8
  store i64 %133, i64* %134, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

write.low:                                        ; preds = %ok8
  %135 = load i64, i64* %lowStart, align 8
  %136 = icmp uge i64 %123, %135
  %137 = load i64, i64* %lowEnd, align 8
  %138 = icmp ule i64 %124, %137
  %139 = and i1 %136, %138
  br i1 %139, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %140 = icmp ugt i64 %124, %arena_size
  br i1 %140, label %trap17.site5, label %ok9

write.ok:                                         ; preds = %ok9, %write.low, %ok8
  %141 = getelementptr i8, i8* %mem, i64 %123
  call void @llvm.memset.p0i8.i64(i8* %141, i8 0, i64 2, i1 false)
  %142 = load i32, i32* %frame, align 4
  %143 = load i64, i64* %x, align 8
  %144 = zext i32 %142 to i64
  %145 = add i64 %144, 32
  %146 = add i64 %145, 8
  %147 = icmp uge i64 %145, %scratch_start
  %148 = load i64, i64* %highEnd, align 8
  %149 = icmp ule i64 %146, %148
  %150 = and i1 %147, %149
  br i1 %150, label %write.ok12, label %write.low10

ok9:                                              ; preds = %write.slow
  %151 = icmp ult i64 %123, %scratch_start
  %152 = load i64, i64* %lowStart, align 8
  %153 = call i64 @llvm.umin.i64(i64 %152, i64 %123)
  %154 = load i64, i64* %lowEnd, align 8
  %155 = load i64, i64* %highEnd, align 8
  %156 = add i64 %124, 64
  %157 = sub i64 %124, %153
  %158 = lshr i64 %157, 4
  %159 = add i64 %156, %158
  %160 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %159)
  %161 = call i64 @llvm.umax.i64(i64 %154, i64 %160)
  %162 = select i1 %151, i64 %161, i64 %154
  store i64 %162, i64* %lowEnd, align 8
  %163 = add i64 %124, 64
  %164 = sub i64 %124, %scratch_start
  %165 = lshr i64 %164, 4
  %166 = add i64 %163, %165
  %167 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %166)
  %168 = call i64 @llvm.umax.i64(i64 %155, i64 %167)
  %169 = select i1 %151, i64 %155, i64 %168
  store i64 %169, i64* %highEnd, align 8
  store i64 %153, i64* %lowStart, align 8
  br label %write.ok

trap17.site5:                                     ; preds = %write.slow
  %170 = load i64, i64* %lowStart, align 8
  %171 = getelementptr i64, i64* %regs, i64 6
  store i64 %170, i64* %171, align 8
  %172 = load i64, i64* %lowEnd, align 8
  %173 = getelementptr i64, i64* %regs, i64 7
  store i64 %172, i64* %173, align 8
  %174 = load i64, i64* %highEnd, align 8
  %175 = getelementptr i64, i64* %regs, i64 8
  store i64 %174, i64* %175, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

write.low10:                                      ; preds = %write.ok
  %176 = load i64, i64* %lowStart, align 8
  %177 = icmp uge i64 %145, %176
  %178 = load i64, i64* %lowEnd, align 8
  %179 = icmp ule i64 %146, %178
  %180 = and i1 %177, %179
  br i1 %180, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %181 = icmp ugt i64 %146, %arena_size
  br i1 %181, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %write.ok
  %182 = getelementptr i8, i8* %mem, i64 %145
  store i64 %143, i64* %unaligned14, align 8
  %183 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %182, i8* %183, i64 8, i1 false)
  %184 = load i32, i32* %frame, align 4
  %185 = load i64, i64* %y, align 8
  %186 = zext i32 %184 to i64
  %187 = add i64 %186, 40
  %188 = add i64 %187, 8
  %189 = icmp uge i64 %187, %scratch_start
  %190 = load i64, i64* %highEnd, align 8
  %191 = icmp ule i64 %188, %190
  %192 = and i1 %189, %191
  br i1 %192, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %193 = icmp ult i64 %145, %scratch_start
  %194 = load i64, i64* %lowStart, align 8
  %195 = call i64 @llvm.umin.i64(i64 %194, i64 %145)
  %196 = load i64, i64* %lowEnd, align 8
  %197 = load i64, i64* %highEnd, align 8
  %198 = add i64 %146, 64
  %199 = sub i64 %146, %195
  %200 = lshr i64 %199, 4
  %201 = add i64 %198, %200
  %202 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %201)
  %203 = call i64 @llvm.umax.i64(i64 %196, i64 %202)
  %204 = select i1 %193, i64 %203, i64 %196
  store i64 %204, i64* %lowEnd, align 8
  %205 = add i64 %146, 64
  %206 = sub i64 %146, %scratch_start
  %207 = lshr i64 %206, 4
  %208 = add i64 %205, %207
  %209 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %208)
  %210 = call i64 @llvm.umax.i64(i64 %197, i64 %209)
  %211 = select i1 %193, i64 %197, i64 %210
  store i64 %211, i64* %highEnd, align 8
  store i64 %195, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %212 = load i64, i64* %lowStart, align 8
  %213 = icmp uge i64 %187, %212
  %214 = load i64, i64* %lowEnd, align 8
  %215 = icmp ule i64 %188, %214
  %216 = and i1 %213, %215
  br i1 %216, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %217 = icmp ugt i64 %188, %arena_size
  br i1 %217, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %218 = getelementptr i8, i8* %mem, i64 %187
  store i64 %185, i64* %unaligned19, align 8
  %219 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %218, i8* %219, i64 8, i1 false)
  %220 = load i32, i32* %frame, align 4
  %221 = zext i32 %220 to i64
  %222 = add i64 %221, 24
  %223 = add i64 %222, 1
  %224 = icmp ugt i64 %223, %arena_size
  br i1 %224, label %trap17.site0, label %ok21

ok18:                                             ; preds = %write.slow16
  %225 = icmp ult i64 %187, %scratch_start
  %226 = load i64, i64* %lowStart, align 8
  %227 = call i64 @llvm.umin.i64(i64 %226, i64 %187)
  %228 = load i64, i64* %lowEnd, align 8
  %229 = load i64, i64* %highEnd, align 8
  %230 = add i64 %188, 64
  %231 = sub i64 %188, %227
  %232 = lshr i64 %231, 4
  %233 = add i64 %230, %232
  %234 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %233)
  %235 = call i64 @llvm.umax.i64(i64 %228, i64 %234)
  %236 = select i1 %225, i64 %235, i64 %228
  store i64 %236, i64* %lowEnd, align 8
  %237 = add i64 %188, 64
  %238 = sub i64 %188, %scratch_start
  %239 = lshr i64 %238, 4
  %240 = add i64 %237, %239
  %241 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %240)
  %242 = call i64 @llvm.umax.i64(i64 %229, i64 %241)
  %243 = select i1 %225, i64 %229, i64 %242
  store i64 %243, i64* %highEnd, align 8
  store i64 %227, i64* %lowStart, align 8
  br label %write.ok17

e3:                                               ; preds = %ok28
  %244 = load i64, i64* %result20, align 8
  %245 = load i32, i32* %frame, align 4
  %246 = zext i32 %245 to i64
  %247 = add i64 %246, 25
  %248 = add i64 %247, 1
  %249 = icmp ugt i64 %248, %arena_size
  br i1 %249, label %trap17.site0, label %ok31

ok21:                                             ; preds = %write.ok17
  %250 = getelementptr i8, i8* %mem, i64 %222
  %251 = load i8, i8* %250, align 1
  %252 = zext i8 %251 to i32
  %253 = icmp ne i32 %252, 2
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then, label %else

then:                                             ; preds = %ok21
  %256 = load i32, i32* %frame, align 4
  %257 = zext i32 %256 to i64
  %258 = add i64 %257, 24
  %259 = add i64 %258, 1
  %260 = icmp ugt i64 %259, %arena_size
  br i1 %260, label %trap17.site0, label %ok22

else:                                             ; preds = %ok21
  br label %join

join:                                             ; preds = %else, %stack_ok27
  %261 = load i32, i32* %frame, align 4
  %262 = zext i32 %261 to i64
  %263 = add i64 %262, 8
  %264 = add i64 %263, 8
  %265 = icmp ugt i64 %264, %arena_size
  br i1 %265, label %trap17.site0, label %ok28

ok22:                                             ; preds = %then
  %266 = getelementptr i8, i8* %mem, i64 %258
  %267 = load i8, i8* %266, align 1
  %268 = zext i8 %267 to i32
  %269 = icmp eq i32 %268, 1
  %270 = zext i1 %269 to i32
  %271 = icmp ne i32 %270, 0
  br i1 %271, label %then23, label %else24

then23:                                           ; preds = %ok22
  br label %trap6.site7

else24:                                           ; preds = %ok22
  br label %join25

join25:                                           ; preds = %else24, %dead
  %272 = load i32, i32* %frame, align 4
  %273 = icmp uge i32 %depth, 1000
  br i1 %273, label %trap15.site7, label %ok26

trap6.site7:                                      ; preds = %then23
  %274 = load i64, i64* %lowStart, align 8
  %275 = getelementptr i64, i64* %regs, i64 6
  store i64 %274, i64* %275, align 8
  %276 = load i64, i64* %lowEnd, align 8
  %277 = getelementptr i64, i64* %regs, i64 7
  store i64 %276, i64* %277, align 8
  %278 = load i64, i64* %highEnd, align 8
  %279 = getelementptr i64, i64* %regs, i64 8
  store i64 %278, i64* %279, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 7)
  unreachable

dead:                                             ; No predecessors!
  br label %join25

ok26:                                             ; preds = %join25
  %280 = icmp ult i64 %10, %stack_limit
  br i1 %280, label %trap253.site0, label %stack_ok27

trap15.site7:                                     ; preds = %join25
  %281 = load i64, i64* %lowStart, align 8
  %282 = getelementptr i64, i64* %regs, i64 6
  store i64 %281, i64* %282, align 8
  %283 = load i64, i64* %lowEnd, align 8
  %284 = getelementptr i64, i64* %regs, i64 7
  store i64 %283, i64* %284, align 8
  %285 = load i64, i64* %highEnd, align 8
  %286 = getelementptr i64, i64* %regs, i64 8
  store i64 %285, i64* %286, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok27:                                       ; preds = %ok26
  %287 = load i64, i64* %fuel, align 8
  %288 = getelementptr i64, i64* %regs, i64 0
  store i64 %287, i64* %288, align 8
  %289 = load i64, i64* %lowStart, align 8
  %290 = getelementptr i64, i64* %regs, i64 6
  store i64 %289, i64* %290, align 8
  %291 = load i64, i64* %lowEnd, align 8
  %292 = getelementptr i64, i64* %regs, i64 7
  store i64 %291, i64* %292, align 8
  %293 = load i64, i64* %highEnd, align 8
  %294 = getelementptr i64, i64* %regs, i64 8
  store i64 %293, i64* %294, align 8
  %295 = add i32 %depth, 1
  call void @m0.where.a.base(i64* %regs, i8* %mem, i32 %295, i32 %272)
  %296 = getelementptr i64, i64* %regs, i64 0
  %297 = load i64, i64* %296, align 8
  store i64 %297, i64* %fuel, align 8
  %298 = getelementptr i64, i64* %regs, i64 6
  %299 = load i64, i64* %298, align 8
  store i64 %299, i64* %lowStart, align 8
  %300 = getelementptr i64, i64* %regs, i64 7
  %301 = load i64, i64* %300, align 8
  store i64 %301, i64* %lowEnd, align 8
  %302 = getelementptr i64, i64* %regs, i64 8
  %303 = load i64, i64* %302, align 8
  store i64 %303, i64* %highEnd, align 8
  br label %join

ok28:                                             ; preds = %join
  %304 = getelementptr i8, i8* %mem, i64 %263
  %305 = bitcast i64* %unaligned29 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %305, i8* %304, i64 8, i1 false)
  %306 = load i64, i64* %unaligned29, align 8
  store i64 %306, i64* %result20, align 8
  br label %e3

e4:                                               ; preds = %ok42
  %307 = load i64, i64* %result30, align 8
  %308 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %244, i64 %307)
  %309 = extractvalue { i64, i1 } %308, 1
  br i1 %309, label %trap2.site6, label %ok44

ok31:                                             ; preds = %e3
  %310 = getelementptr i8, i8* %mem, i64 %247
  %311 = load i8, i8* %310, align 1
  %312 = zext i8 %311 to i32
  %313 = icmp ne i32 %312, 2
  %314 = zext i1 %313 to i32
  %315 = icmp ne i32 %314, 0
  br i1 %315, label %then32, label %else33

then32:                                           ; preds = %ok31
  %316 = load i32, i32* %frame, align 4
  %317 = zext i32 %316 to i64
  %318 = add i64 %317, 25
  %319 = add i64 %318, 1
  %320 = icmp ugt i64 %319, %arena_size
  br i1 %320, label %trap17.site0, label %ok35

else33:                                           ; preds = %ok31
  br label %join34

join34:                                           ; preds = %else33, %stack_ok41
  %321 = load i32, i32* %frame, align 4
  %322 = zext i32 %321 to i64
  %323 = add i64 %322, 16
  %324 = add i64 %323, 8
  %325 = icmp ugt i64 %324, %arena_size
  br i1 %325, label %trap17.site0, label %ok42

ok35:                                             ; preds = %then32
  %326 = getelementptr i8, i8* %mem, i64 %318
  %327 = load i8, i8* %326, align 1
  %328 = zext i8 %327 to i32
  %329 = icmp eq i32 %328, 1
  %330 = zext i1 %329 to i32
  %331 = icmp ne i32 %330, 0
  br i1 %331, label %then36, label %else37

then36:                                           ; preds = %ok35
  br label %trap6.site8

else37:                                           ; preds = %ok35
  br label %join38

join38:                                           ; preds = %else37, %dead39
  %332 = load i32, i32* %frame, align 4
  %333 = icmp uge i32 %depth, 1000
  br i1 %333, label %trap15.site8, label %ok40

trap6.site8:                                      ; preds = %then36
  %334 = load i64, i64* %lowStart, align 8
  %335 = getelementptr i64, i64* %regs, i64 6
  store i64 %334, i64* %335, align 8
  %336 = load i64, i64* %lowEnd, align 8
  %337 = getelementptr i64, i64* %regs, i64 7
  store i64 %336, i64* %337, align 8
  %338 = load i64, i64* %highEnd, align 8
  %339 = getelementptr i64, i64* %regs, i64 8
  store i64 %338, i64* %339, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 8)
  unreachable

dead39:                                           ; No predecessors!
  br label %join38

ok40:                                             ; preds = %join38
  %340 = icmp ult i64 %10, %stack_limit
  br i1 %340, label %trap253.site0, label %stack_ok41

trap15.site8:                                     ; preds = %join38
  %341 = load i64, i64* %lowStart, align 8
  %342 = getelementptr i64, i64* %regs, i64 6
  store i64 %341, i64* %342, align 8
  %343 = load i64, i64* %lowEnd, align 8
  %344 = getelementptr i64, i64* %regs, i64 7
  store i64 %343, i64* %344, align 8
  %345 = load i64, i64* %highEnd, align 8
  %346 = getelementptr i64, i64* %regs, i64 8
  store i64 %345, i64* %346, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok41:                                       ; preds = %ok40
  %347 = load i64, i64* %fuel, align 8
  %348 = getelementptr i64, i64* %regs, i64 0
  store i64 %347, i64* %348, align 8
  %349 = load i64, i64* %lowStart, align 8
  %350 = getelementptr i64, i64* %regs, i64 6
  store i64 %349, i64* %350, align 8
  %351 = load i64, i64* %lowEnd, align 8
  %352 = getelementptr i64, i64* %regs, i64 7
  store i64 %351, i64* %352, align 8
  %353 = load i64, i64* %highEnd, align 8
  %354 = getelementptr i64, i64* %regs, i64 8
  store i64 %353, i64* %354, align 8
  %355 = add i32 %depth, 1
  call void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %355, i32 %332)
  %356 = getelementptr i64, i64* %regs, i64 0
  %357 = load i64, i64* %356, align 8
  store i64 %357, i64* %fuel, align 8
  %358 = getelementptr i64, i64* %regs, i64 6
  %359 = load i64, i64* %358, align 8
  store i64 %359, i64* %lowStart, align 8
  %360 = getelementptr i64, i64* %regs, i64 7
  %361 = load i64, i64* %360, align 8
  store i64 %361, i64* %lowEnd, align 8
  %362 = getelementptr i64, i64* %regs, i64 8
  %363 = load i64, i64* %362, align 8
  store i64 %363, i64* %highEnd, align 8
  br label %join34

ok42:                                             ; preds = %join34
  %364 = getelementptr i8, i8* %mem, i64 %323
  %365 = bitcast i64* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %365, i8* %364, i64 8, i1 false)
  %366 = load i64, i64* %unaligned43, align 8
  store i64 %366, i64* %result30, align 8
  br label %e4

ok44:                                             ; preds = %e4
  %367 = extractvalue { i64, i1 } %308, 0
  store i64 %367, i64* %total, align 8
  %368 = load i32, i32* %frame, align 4
  %369 = zext i32 %368 to i64
  %370 = add i64 %369, 24
  %371 = add i64 %370, 1
  %372 = icmp ugt i64 %371, %arena_size
  br i1 %372, label %trap17.site0, label %ok45

trap2.site6:                                      ; preds = %e4
  %373 = load i64, i64* %lowStart, align 8
  %374 = getelementptr i64, i64* %regs, i64 6
  store i64 %373, i64* %374, align 8
  %375 = load i64, i64* %lowEnd, align 8
  %376 = getelementptr i64, i64* %regs, i64 7
  store i64 %375, i64* %376, align 8
  %377 = load i64, i64* %highEnd, align 8
  %378 = getelementptr i64, i64* %regs, i64 8
  store i64 %377, i64* %378, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok45:                                             ; preds = %ok44
  %379 = getelementptr i8, i8* %mem, i64 %370
  %380 = load i8, i8* %379, align 1
  %381 = zext i8 %380 to i32
  %382 = icmp eq i32 %381, 0
  %383 = zext i1 %382 to i32
  %384 = icmp ne i32 %383, 0
  br i1 %384, label %then46, label %else47

then46:                                           ; preds = %ok45
  %385 = load i32, i32* %frame, align 4
  %386 = icmp uge i32 %depth, 1000
  br i1 %386, label %trap15.site9, label %ok49

else47:                                           ; preds = %ok45
  br label %join48

join48:                                           ; preds = %else47, %stack_ok50
  %387 = load i32, i32* %frame, align 4
  %388 = zext i32 %387 to i64
  %389 = add i64 %388, 25
  %390 = add i64 %389, 1
  %391 = icmp ugt i64 %390, %arena_size
  br i1 %391, label %trap17.site0, label %ok51

ok49:                                             ; preds = %then46
  %392 = icmp ult i64 %10, %stack_limit
  br i1 %392, label %trap253.site0, label %stack_ok50

trap15.site9:                                     ; preds = %then46
  %393 = load i64, i64* %lowStart, align 8
  %394 = getelementptr i64, i64* %regs, i64 6
  store i64 %393, i64* %394, align 8
  %395 = load i64, i64* %lowEnd, align 8
  %396 = getelementptr i64, i64* %regs, i64 7
  store i64 %395, i64* %396, align 8
  %397 = load i64, i64* %highEnd, align 8
  %398 = getelementptr i64, i64* %regs, i64 8
  store i64 %397, i64* %398, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

stack_ok50:                                       ; preds = %ok49
  %399 = load i64, i64* %fuel, align 8
  %400 = getelementptr i64, i64* %regs, i64 0
  store i64 %399, i64* %400, align 8
  %401 = load i64, i64* %lowStart, align 8
  %402 = getelementptr i64, i64* %regs, i64 6
  store i64 %401, i64* %402, align 8
  %403 = load i64, i64* %lowEnd, align 8
  %404 = getelementptr i64, i64* %regs, i64 7
  store i64 %403, i64* %404, align 8
  %405 = load i64, i64* %highEnd, align 8
  %406 = getelementptr i64, i64* %regs, i64 8
  store i64 %405, i64* %406, align 8
  %407 = add i32 %depth, 1
  call void @m0.where.a.base(i64* %regs, i8* %mem, i32 %407, i32 %385)
  %408 = getelementptr i64, i64* %regs, i64 0
  %409 = load i64, i64* %408, align 8
  store i64 %409, i64* %fuel, align 8
  %410 = getelementptr i64, i64* %regs, i64 6
  %411 = load i64, i64* %410, align 8
  store i64 %411, i64* %lowStart, align 8
  %412 = getelementptr i64, i64* %regs, i64 7
  %413 = load i64, i64* %412, align 8
  store i64 %413, i64* %lowEnd, align 8
  %414 = getelementptr i64, i64* %regs, i64 8
  %415 = load i64, i64* %414, align 8
  store i64 %415, i64* %highEnd, align 8
  br label %join48

ok51:                                             ; preds = %join48
  %416 = getelementptr i8, i8* %mem, i64 %389
  %417 = load i8, i8* %416, align 1
  %418 = zext i8 %417 to i32
  %419 = icmp eq i32 %418, 0
  %420 = zext i1 %419 to i32
  %421 = icmp ne i32 %420, 0
  br i1 %421, label %then52, label %else53

then52:                                           ; preds = %ok51
  %422 = load i32, i32* %frame, align 4
  %423 = icmp uge i32 %depth, 1000
  br i1 %423, label %trap15.site10, label %ok55

else53:                                           ; preds = %ok51
  br label %join54

join54:                                           ; preds = %else53, %stack_ok56
  %424 = load i64, i64* %total, align 8
  %425 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %424, i64 2)
  %426 = extractvalue { i64, i1 } %425, 1
  br i1 %426, label %trap2.site11, label %ok57

ok55:                                             ; preds = %then52
  %427 = icmp ult i64 %10, %stack_limit
  br i1 %427, label %trap253.site0, label %stack_ok56

trap15.site10:                                    ; preds = %then52
  %428 = load i64, i64* %lowStart, align 8
  %429 = getelementptr i64, i64* %regs, i64 6
  store i64 %428, i64* %429, align 8
  %430 = load i64, i64* %lowEnd, align 8
  %431 = getelementptr i64, i64* %regs, i64 7
  store i64 %430, i64* %431, align 8
  %432 = load i64, i64* %highEnd, align 8
  %433 = getelementptr i64, i64* %regs, i64 8
  store i64 %432, i64* %433, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok56:                                       ; preds = %ok55
  %434 = load i64, i64* %fuel, align 8
  %435 = getelementptr i64, i64* %regs, i64 0
  store i64 %434, i64* %435, align 8
  %436 = load i64, i64* %lowStart, align 8
  %437 = getelementptr i64, i64* %regs, i64 6
  store i64 %436, i64* %437, align 8
  %438 = load i64, i64* %lowEnd, align 8
  %439 = getelementptr i64, i64* %regs, i64 7
  store i64 %438, i64* %439, align 8
  %440 = load i64, i64* %highEnd, align 8
  %441 = getelementptr i64, i64* %regs, i64 8
  store i64 %440, i64* %441, align 8
  %442 = add i32 %depth, 1
  call void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %442, i32 %422)
  %443 = getelementptr i64, i64* %regs, i64 0
  %444 = load i64, i64* %443, align 8
  store i64 %444, i64* %fuel, align 8
  %445 = getelementptr i64, i64* %regs, i64 6
  %446 = load i64, i64* %445, align 8
  store i64 %446, i64* %lowStart, align 8
  %447 = getelementptr i64, i64* %regs, i64 7
  %448 = load i64, i64* %447, align 8
  store i64 %448, i64* %lowEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 8
  %450 = load i64, i64* %449, align 8
  store i64 %450, i64* %highEnd, align 8
  br label %join54

ok57:                                             ; preds = %join54
  %451 = extractvalue { i64, i1 } %425, 0
  store i64 %451, i64* %result7, align 8
  br label %e1

trap2.site11:                                     ; preds = %join54
  %452 = load i64, i64* %lowStart, align 8
  %453 = getelementptr i64, i64* %regs, i64 6
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %lowEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 7
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %highEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 8
  store i64 %456, i64* %457, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 11)
  unreachable

write.low58:                                      ; preds = %e1
  %458 = load i64, i64* %lowStart, align 8
  %459 = icmp uge i64 %112, %458
  %460 = load i64, i64* %lowEnd, align 8
  %461 = icmp ule i64 %113, %460
  %462 = and i1 %459, %461
  br i1 %462, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %463 = icmp ugt i64 %113, %arena_size
  br i1 %463, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %e1
  %464 = getelementptr i8, i8* %mem, i64 %112
  store i64 %111, i64* %unaligned62, align 8
  %465 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %464, i8* %465, i64 8, i1 false)
  %466 = load i64, i64* %x, align 8
  %467 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %466, i64 1)
  %468 = extractvalue { i64, i1 } %467, 1
  br i1 %468, label %trap2.site12, label %ok64

ok61:                                             ; preds = %write.slow59
  %469 = icmp ult i64 %112, %scratch_start
  %470 = load i64, i64* %lowStart, align 8
  %471 = call i64 @llvm.umin.i64(i64 %470, i64 %112)
  %472 = load i64, i64* %lowEnd, align 8
  %473 = load i64, i64* %highEnd, align 8
  %474 = add i64 %113, 64
  %475 = sub i64 %113, %471
  %476 = lshr i64 %475, 4
  %477 = add i64 %474, %476
  %478 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %477)
  %479 = call i64 @llvm.umax.i64(i64 %472, i64 %478)
  %480 = select i1 %469, i64 %479, i64 %472
  store i64 %480, i64* %lowEnd, align 8
  %481 = add i64 %113, 64
  %482 = sub i64 %113, %scratch_start
  %483 = lshr i64 %482, 4
  %484 = add i64 %481, %483
  %485 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %484)
  %486 = call i64 @llvm.umax.i64(i64 %473, i64 %485)
  %487 = select i1 %469, i64 %473, i64 %486
  store i64 %487, i64* %highEnd, align 8
  store i64 %471, i64* %lowStart, align 8
  br label %write.ok60

e8:                                               ; preds = %e12
  %488 = load i64, i64* %result63, align 8
  store i64 %488, i64* %b, align 8
  %489 = load i32, i32* %dict, align 4
  %490 = load i64, i64* %b, align 8
  %491 = zext i32 %489 to i64
  %492 = add i64 %491, 8
  %493 = add i64 %492, 8
  %494 = icmp uge i64 %492, %scratch_start
  %495 = load i64, i64* %highEnd, align 8
  %496 = icmp ule i64 %493, %495
  %497 = and i1 %494, %496
  br i1 %497, label %write.ok70, label %write.low68

ok64:                                             ; preds = %write.ok60
  %498 = extractvalue { i64, i1 } %467, 0
  store i64 %498, i64* %p, align 8
  %499 = load i64, i64* %p, align 8
  %500 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %499, i64 3)
  %501 = extractvalue { i64, i1 } %500, 1
  br i1 %501, label %trap2.site13, label %ok66

trap2.site12:                                     ; preds = %write.ok60
  %502 = load i64, i64* %lowStart, align 8
  %503 = getelementptr i64, i64* %regs, i64 6
  store i64 %502, i64* %503, align 8
  %504 = load i64, i64* %lowEnd, align 8
  %505 = getelementptr i64, i64* %regs, i64 7
  store i64 %504, i64* %505, align 8
  %506 = load i64, i64* %highEnd, align 8
  %507 = getelementptr i64, i64* %regs, i64 8
  store i64 %506, i64* %507, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

e12:                                              ; preds = %ok67
  %508 = load i64, i64* %result65, align 8
  store i64 %508, i64* %result63, align 8
  br label %e8

ok66:                                             ; preds = %ok64
  %509 = extractvalue { i64, i1 } %500, 0
  store i64 %509, i64* %q, align 8
  %510 = load i64, i64* %p, align 8
  %511 = load i64, i64* %q, align 8
  %512 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %510, i64 %511)
  %513 = extractvalue { i64, i1 } %512, 1
  br i1 %513, label %trap2.site14, label %ok67

trap2.site13:                                     ; preds = %ok64
  %514 = load i64, i64* %lowStart, align 8
  %515 = getelementptr i64, i64* %regs, i64 6
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %lowEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 7
  store i64 %516, i64* %517, align 8
  %518 = load i64, i64* %highEnd, align 8
  %519 = getelementptr i64, i64* %regs, i64 8
  store i64 %518, i64* %519, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 13)
  unreachable

ok67:                                             ; preds = %ok66
  %520 = extractvalue { i64, i1 } %512, 0
  store i64 %520, i64* %result65, align 8
  br label %e12

trap2.site14:                                     ; preds = %ok66
  %521 = load i64, i64* %lowStart, align 8
  %522 = getelementptr i64, i64* %regs, i64 6
  store i64 %521, i64* %522, align 8
  %523 = load i64, i64* %lowEnd, align 8
  %524 = getelementptr i64, i64* %regs, i64 7
  store i64 %523, i64* %524, align 8
  %525 = load i64, i64* %highEnd, align 8
  %526 = getelementptr i64, i64* %regs, i64 8
  store i64 %525, i64* %526, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low68:                                      ; preds = %e8
  %527 = load i64, i64* %lowStart, align 8
  %528 = icmp uge i64 %492, %527
  %529 = load i64, i64* %lowEnd, align 8
  %530 = icmp ule i64 %493, %529
  %531 = and i1 %528, %530
  br i1 %531, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %532 = icmp ugt i64 %493, %arena_size
  br i1 %532, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %e8
  %533 = getelementptr i8, i8* %mem, i64 %492
  store i64 %490, i64* %unaligned72, align 8
  %534 = bitcast i64* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %533, i8* %534, i64 8, i1 false)
  store i64 1, i64* %item, align 8
  store i64 2, i64* %item.1, align 8
  store i64 3, i64* %item.2, align 8
  store i64 32, i64* %size, align 8
  %535 = load i64, i64* %size, align 8
  %536 = icmp ugt i64 %535, 2147483647
  %537 = zext i1 %536 to i32
  %538 = icmp ne i32 %537, 0
  br i1 %538, label %then75, label %else76

ok71:                                             ; preds = %write.slow69
  %539 = icmp ult i64 %492, %scratch_start
  %540 = load i64, i64* %lowStart, align 8
  %541 = call i64 @llvm.umin.i64(i64 %540, i64 %492)
  %542 = load i64, i64* %lowEnd, align 8
  %543 = load i64, i64* %highEnd, align 8
  %544 = add i64 %493, 64
  %545 = sub i64 %493, %541
  %546 = lshr i64 %545, 4
  %547 = add i64 %544, %546
  %548 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %547)
  %549 = call i64 @llvm.umax.i64(i64 %542, i64 %548)
  %550 = select i1 %539, i64 %549, i64 %542
  store i64 %550, i64* %lowEnd, align 8
  %551 = add i64 %493, 64
  %552 = sub i64 %493, %scratch_start
  %553 = lshr i64 %552, 4
  %554 = add i64 %551, %553
  %555 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %554)
  %556 = call i64 @llvm.umax.i64(i64 %543, i64 %555)
  %557 = select i1 %539, i64 %543, i64 %556
  store i64 %557, i64* %highEnd, align 8
  store i64 %541, i64* %lowStart, align 8
  br label %write.ok70

e19:                                              ; preds = %e24
  %558 = load i32, i32* %result73, align 4
  store i32 %558, i32* %c, align 4
  %559 = load i32, i32* %dict, align 4
  %560 = load i32, i32* %c, align 4
  %561 = zext i32 %559 to i64
  %562 = add i64 %561, 16
  %563 = add i64 %562, 4
  %564 = icmp uge i64 %562, %scratch_start
  %565 = load i64, i64* %highEnd, align 8
  %566 = icmp ule i64 %563, %565
  %567 = and i1 %564, %566
  br i1 %567, label %write.ok127, label %write.low125

e20:                                              ; preds = %write.ok97
  %568 = load i32, i32* %result74, align 4
  store i32 %568, i32* %ws, align 4
  %569 = load i32, i32* %ws, align 4
  store i32 %569, i32* %xs, align 4
  %570 = load i32, i32* %xs, align 4
  %571 = zext i32 %570 to i64
  %572 = add i64 %571, 4
  %573 = icmp ugt i64 %572, %arena_size
  br i1 %573, label %trap17.site0, label %ok101

then75:                                           ; preds = %write.ok70
  br label %trap15.site15

else76:                                           ; preds = %write.ok70
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %574 = load i64, i64* %size, align 8
  %575 = trunc i64 %574 to i32
  %576 = zext i32 %575 to i64
  %577 = getelementptr i64, i64* %regs, i64 1
  %578 = getelementptr i64, i64* %regs, i64 2
  %579 = load i64, i64* %577, align 8
  %580 = add i64 %579, 7
  %581 = and i64 %580, -8
  %582 = add i64 %581, %576
  %583 = load i64, i64* %578, align 8
  %584 = icmp ugt i64 %582, %583
  br i1 %584, label %trap15.site15, label %ok79

trap15.site15:                                    ; preds = %join77, %then75
  %585 = load i64, i64* %lowStart, align 8
  %586 = getelementptr i64, i64* %regs, i64 6
  store i64 %585, i64* %586, align 8
  %587 = load i64, i64* %lowEnd, align 8
  %588 = getelementptr i64, i64* %regs, i64 7
  store i64 %587, i64* %588, align 8
  %589 = load i64, i64* %highEnd, align 8
  %590 = getelementptr i64, i64* %regs, i64 8
  store i64 %589, i64* %590, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %582, i64* %577, align 8
  %591 = load i64, i64* %highEnd, align 8
  %592 = call i64 @llvm.umax.i64(i64 %591, i64 %582)
  store i64 %592, i64* %highEnd, align 8
  %593 = trunc i64 %581 to i32
  store i32 %593, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %594 = load i32, i32* %list, align 4
  %595 = add i32 %594, 8
  %596 = load i32, i32* %len, align 4
  %597 = mul i32 %596, 8
  %598 = add i32 %595, %597
  %599 = load i64, i64* %item, align 8
  %600 = zext i32 %598 to i64
  %601 = add i64 %600, 8
  %602 = icmp uge i64 %600, %scratch_start
  %603 = load i64, i64* %highEnd, align 8
  %604 = icmp ule i64 %601, %603
  %605 = and i1 %602, %604
  br i1 %605, label %write.ok82, label %write.low80

write.low80:                                      ; preds = %ok79
  %606 = load i64, i64* %lowStart, align 8
  %607 = icmp uge i64 %600, %606
  %608 = load i64, i64* %lowEnd, align 8
  %609 = icmp ule i64 %601, %608
  %610 = and i1 %607, %609
  br i1 %610, label %write.ok82, label %write.slow81

write.slow81:                                     ; preds = %write.low80
  %611 = icmp ugt i64 %601, %arena_size
  br i1 %611, label %trap17.site0, label %ok83

write.ok82:                                       ; preds = %ok83, %write.low80, %ok79
  %612 = getelementptr i8, i8* %mem, i64 %600
  store i64 %599, i64* %unaligned84, align 8
  %613 = bitcast i64* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %612, i8* %613, i64 8, i1 false)
  %614 = load i32, i32* %len, align 4
  %615 = add i32 %614, 1
  store i32 %615, i32* %len, align 4
  %616 = load i32, i32* %list, align 4
  %617 = add i32 %616, 8
  %618 = load i32, i32* %len, align 4
  %619 = mul i32 %618, 8
  %620 = add i32 %617, %619
  %621 = load i64, i64* %item.1, align 8
  %622 = zext i32 %620 to i64
  %623 = add i64 %622, 8
  %624 = icmp uge i64 %622, %scratch_start
  %625 = load i64, i64* %highEnd, align 8
  %626 = icmp ule i64 %623, %625
  %627 = and i1 %624, %626
  br i1 %627, label %write.ok87, label %write.low85

ok83:                                             ; preds = %write.slow81
  %628 = icmp ult i64 %600, %scratch_start
  %629 = load i64, i64* %lowStart, align 8
  %630 = call i64 @llvm.umin.i64(i64 %629, i64 %600)
  %631 = load i64, i64* %lowEnd, align 8
  %632 = load i64, i64* %highEnd, align 8
  %633 = add i64 %601, 64
  %634 = sub i64 %601, %630
  %635 = lshr i64 %634, 4
  %636 = add i64 %633, %635
  %637 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %636)
  %638 = call i64 @llvm.umax.i64(i64 %631, i64 %637)
  %639 = select i1 %628, i64 %638, i64 %631
  store i64 %639, i64* %lowEnd, align 8
  %640 = add i64 %601, 64
  %641 = sub i64 %601, %scratch_start
  %642 = lshr i64 %641, 4
  %643 = add i64 %640, %642
  %644 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %643)
  %645 = call i64 @llvm.umax.i64(i64 %632, i64 %644)
  %646 = select i1 %628, i64 %632, i64 %645
  store i64 %646, i64* %highEnd, align 8
  store i64 %630, i64* %lowStart, align 8
  br label %write.ok82

write.low85:                                      ; preds = %write.ok82
  %647 = load i64, i64* %lowStart, align 8
  %648 = icmp uge i64 %622, %647
  %649 = load i64, i64* %lowEnd, align 8
  %650 = icmp ule i64 %623, %649
  %651 = and i1 %648, %650
  br i1 %651, label %write.ok87, label %write.slow86

write.slow86:                                     ; preds = %write.low85
  %652 = icmp ugt i64 %623, %arena_size
  br i1 %652, label %trap17.site0, label %ok88

write.ok87:                                       ; preds = %ok88, %write.low85, %write.ok82
  %653 = getelementptr i8, i8* %mem, i64 %622
  store i64 %621, i64* %unaligned89, align 8
  %654 = bitcast i64* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %653, i8* %654, i64 8, i1 false)
  %655 = load i32, i32* %len, align 4
  %656 = add i32 %655, 1
  store i32 %656, i32* %len, align 4
  %657 = load i32, i32* %list, align 4
  %658 = add i32 %657, 8
  %659 = load i32, i32* %len, align 4
  %660 = mul i32 %659, 8
  %661 = add i32 %658, %660
  %662 = load i64, i64* %item.2, align 8
  %663 = zext i32 %661 to i64
  %664 = add i64 %663, 8
  %665 = icmp uge i64 %663, %scratch_start
  %666 = load i64, i64* %highEnd, align 8
  %667 = icmp ule i64 %664, %666
  %668 = and i1 %665, %667
  br i1 %668, label %write.ok92, label %write.low90

ok88:                                             ; preds = %write.slow86
  %669 = icmp ult i64 %622, %scratch_start
  %670 = load i64, i64* %lowStart, align 8
  %671 = call i64 @llvm.umin.i64(i64 %670, i64 %622)
  %672 = load i64, i64* %lowEnd, align 8
  %673 = load i64, i64* %highEnd, align 8
  %674 = add i64 %623, 64
  %675 = sub i64 %623, %671
  %676 = lshr i64 %675, 4
  %677 = add i64 %674, %676
  %678 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %677)
  %679 = call i64 @llvm.umax.i64(i64 %672, i64 %678)
  %680 = select i1 %669, i64 %679, i64 %672
  store i64 %680, i64* %lowEnd, align 8
  %681 = add i64 %623, 64
  %682 = sub i64 %623, %scratch_start
  %683 = lshr i64 %682, 4
  %684 = add i64 %681, %683
  %685 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %684)
  %686 = call i64 @llvm.umax.i64(i64 %673, i64 %685)
  %687 = select i1 %669, i64 %673, i64 %686
  store i64 %687, i64* %highEnd, align 8
  store i64 %671, i64* %lowStart, align 8
  br label %write.ok87

write.low90:                                      ; preds = %write.ok87
  %688 = load i64, i64* %lowStart, align 8
  %689 = icmp uge i64 %663, %688
  %690 = load i64, i64* %lowEnd, align 8
  %691 = icmp ule i64 %664, %690
  %692 = and i1 %689, %691
  br i1 %692, label %write.ok92, label %write.slow91

write.slow91:                                     ; preds = %write.low90
  %693 = icmp ugt i64 %664, %arena_size
  br i1 %693, label %trap17.site0, label %ok93

write.ok92:                                       ; preds = %ok93, %write.low90, %write.ok87
  %694 = getelementptr i8, i8* %mem, i64 %663
  store i64 %662, i64* %unaligned94, align 8
  %695 = bitcast i64* %unaligned94 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %694, i8* %695, i64 8, i1 false)
  %696 = load i32, i32* %len, align 4
  %697 = add i32 %696, 1
  store i32 %697, i32* %len, align 4
  %698 = load i32, i32* %list, align 4
  %699 = load i32, i32* %len, align 4
  %700 = zext i32 %698 to i64
  %701 = add i64 %700, 4
  %702 = icmp uge i64 %700, %scratch_start
  %703 = load i64, i64* %highEnd, align 8
  %704 = icmp ule i64 %701, %703
  %705 = and i1 %702, %704
  br i1 %705, label %write.ok97, label %write.low95

ok93:                                             ; preds = %write.slow91
  %706 = icmp ult i64 %663, %scratch_start
  %707 = load i64, i64* %lowStart, align 8
  %708 = call i64 @llvm.umin.i64(i64 %707, i64 %663)
  %709 = load i64, i64* %lowEnd, align 8
  %710 = load i64, i64* %highEnd, align 8
  %711 = add i64 %664, 64
  %712 = sub i64 %664, %708
  %713 = lshr i64 %712, 4
  %714 = add i64 %711, %713
  %715 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %714)
  %716 = call i64 @llvm.umax.i64(i64 %709, i64 %715)
  %717 = select i1 %706, i64 %716, i64 %709
  store i64 %717, i64* %lowEnd, align 8
  %718 = add i64 %664, 64
  %719 = sub i64 %664, %scratch_start
  %720 = lshr i64 %719, 4
  %721 = add i64 %718, %720
  %722 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %721)
  %723 = call i64 @llvm.umax.i64(i64 %710, i64 %722)
  %724 = select i1 %706, i64 %710, i64 %723
  store i64 %724, i64* %highEnd, align 8
  store i64 %708, i64* %lowStart, align 8
  br label %write.ok92

write.low95:                                      ; preds = %write.ok92
  %725 = load i64, i64* %lowStart, align 8
  %726 = icmp uge i64 %700, %725
  %727 = load i64, i64* %lowEnd, align 8
  %728 = icmp ule i64 %701, %727
  %729 = and i1 %726, %728
  br i1 %729, label %write.ok97, label %write.slow96

write.slow96:                                     ; preds = %write.low95
  %730 = icmp ugt i64 %701, %arena_size
  br i1 %730, label %trap17.site0, label %ok98

write.ok97:                                       ; preds = %ok98, %write.low95, %write.ok92
  %731 = getelementptr i8, i8* %mem, i64 %700
  store i32 %699, i32* %unaligned99, align 4
  %732 = bitcast i32* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %731, i8* %732, i64 4, i1 false)
  %733 = load i32, i32* %list, align 4
  store i32 %733, i32* %result74, align 4
  br label %e20

ok98:                                             ; preds = %write.slow96
  %734 = icmp ult i64 %700, %scratch_start
  %735 = load i64, i64* %lowStart, align 8
  %736 = call i64 @llvm.umin.i64(i64 %735, i64 %700)
  %737 = load i64, i64* %lowEnd, align 8
  %738 = load i64, i64* %highEnd, align 8
  %739 = add i64 %701, 64
  %740 = sub i64 %701, %736
  %741 = lshr i64 %740, 4
  %742 = add i64 %739, %741
  %743 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %742)
  %744 = call i64 @llvm.umax.i64(i64 %737, i64 %743)
  %745 = select i1 %734, i64 %744, i64 %737
  store i64 %745, i64* %lowEnd, align 8
  %746 = add i64 %701, 64
  %747 = sub i64 %701, %scratch_start
  %748 = lshr i64 %747, 4
  %749 = add i64 %746, %748
  %750 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %749)
  %751 = call i64 @llvm.umax.i64(i64 %738, i64 %750)
  %752 = select i1 %734, i64 %738, i64 %751
  store i64 %752, i64* %highEnd, align 8
  store i64 %736, i64* %lowStart, align 8
  br label %write.ok97

e24:                                              ; preds = %write.ok122
  %753 = load i32, i32* %result100, align 4
  store i32 %753, i32* %result73, align 4
  br label %e19

ok101:                                            ; preds = %e20
  %754 = getelementptr i8, i8* %mem, i64 %571
  %755 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %755, i8* %754, i64 4, i1 false)
  %756 = load i32, i32* %unaligned102, align 4
  %757 = zext i32 %756 to i64
  %758 = mul i64 %757, 8
  %759 = add i64 8, %758
  store i64 %759, i64* %size.1, align 8
  %760 = load i64, i64* %size.1, align 8
  %761 = icmp ugt i64 %760, 2147483647
  %762 = zext i1 %761 to i32
  %763 = icmp ne i32 %762, 0
  br i1 %763, label %then103, label %else104

then103:                                          ; preds = %ok101
  br label %trap15.site16

else104:                                          ; preds = %ok101
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %764 = load i64, i64* %size.1, align 8
  %765 = trunc i64 %764 to i32
  %766 = zext i32 %765 to i64
  %767 = getelementptr i64, i64* %regs, i64 1
  %768 = getelementptr i64, i64* %regs, i64 2
  %769 = load i64, i64* %767, align 8
  %770 = add i64 %769, 7
  %771 = and i64 %770, -8
  %772 = add i64 %771, %766
  %773 = load i64, i64* %768, align 8
  %774 = icmp ugt i64 %772, %773
  br i1 %774, label %trap15.site16, label %ok107

trap15.site16:                                    ; preds = %join105, %then103
  %775 = load i64, i64* %lowStart, align 8
  %776 = getelementptr i64, i64* %regs, i64 6
  store i64 %775, i64* %776, align 8
  %777 = load i64, i64* %lowEnd, align 8
  %778 = getelementptr i64, i64* %regs, i64 7
  store i64 %777, i64* %778, align 8
  %779 = load i64, i64* %highEnd, align 8
  %780 = getelementptr i64, i64* %regs, i64 8
  store i64 %779, i64* %780, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead106:                                          ; No predecessors!
  br label %join105

ok107:                                            ; preds = %join105
  store i64 %772, i64* %767, align 8
  %781 = load i64, i64* %highEnd, align 8
  %782 = call i64 @llvm.umax.i64(i64 %781, i64 %772)
  store i64 %782, i64* %highEnd, align 8
  %783 = trunc i64 %771 to i32
  store i32 %783, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %784 = load i32, i32* %xs, align 4
  %785 = zext i32 %784 to i64
  %786 = add i64 %785, 4
  %787 = icmp ugt i64 %786, %arena_size
  br i1 %787, label %trap17.site0, label %ok108

ok108:                                            ; preds = %ok107
  %788 = getelementptr i8, i8* %mem, i64 %785
  %789 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %789, i8* %788, i64 4, i1 false)
  %790 = load i32, i32* %unaligned109, align 4
  store i32 %790, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each27

block26:                                          ; preds = %dead119, %ok110
  %791 = load i32, i32* %list.1, align 4
  %792 = load i32, i32* %len.1, align 4
  %793 = zext i32 %791 to i64
  %794 = add i64 %793, 4
  %795 = icmp uge i64 %793, %scratch_start
  %796 = load i64, i64* %highEnd, align 8
  %797 = icmp ule i64 %794, %796
  %798 = and i1 %795, %797
  br i1 %798, label %write.ok122, label %write.low120

each27:                                           ; preds = %write.ok116, %ok108
  %799 = load i64, i64* %fuel, align 8
  %800 = icmp ult i64 %799, 1
  br i1 %800, label %trap14.site0, label %ok110

ok110:                                            ; preds = %each27
  %801 = sub i64 %799, 1
  store i64 %801, i64* %fuel, align 8
  %802 = load i32, i32* %k, align 4
  %803 = load i32, i32* %n, align 4
  %804 = icmp uge i32 %802, %803
  %805 = zext i1 %804 to i32
  %806 = icmp ne i32 %805, 0
  br i1 %806, label %block26, label %cont

cont:                                             ; preds = %ok110
  %807 = load i32, i32* %xs, align 4
  %808 = load i32, i32* %k, align 4
  %809 = mul i32 %808, 8
  %810 = add i32 %807, %809
  %811 = zext i32 %810 to i64
  %812 = add i64 %811, 8
  %813 = add i64 %812, 8
  %814 = icmp ugt i64 %813, %arena_size
  br i1 %814, label %trap17.site0, label %ok111

ok111:                                            ; preds = %cont
  %815 = getelementptr i8, i8* %mem, i64 %812
  %816 = bitcast i64* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %816, i8* %815, i64 8, i1 false)
  %817 = load i64, i64* %unaligned112, align 8
  store i64 %817, i64* %x.1, align 8
  %818 = load i64, i64* %x.1, align 8
  store i64 %818, i64* %w, align 8
  %819 = load i32, i32* %list.1, align 4
  %820 = load i32, i32* %len.1, align 4
  %821 = mul i32 %820, 8
  %822 = add i32 %819, %821
  %823 = load i64, i64* %w, align 8
  %824 = load i64, i64* %x, align 8
  %825 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %823, i64 %824)
  %826 = extractvalue { i64, i1 } %825, 1
  br i1 %826, label %trap2.site17, label %ok113

ok113:                                            ; preds = %ok111
  %827 = extractvalue { i64, i1 } %825, 0
  %828 = zext i32 %822 to i64
  %829 = add i64 %828, 8
  %830 = add i64 %829, 8
  %831 = icmp uge i64 %829, %scratch_start
  %832 = load i64, i64* %highEnd, align 8
  %833 = icmp ule i64 %830, %832
  %834 = and i1 %831, %833
  br i1 %834, label %write.ok116, label %write.low114

trap2.site17:                                     ; preds = %ok111
  %835 = load i64, i64* %lowStart, align 8
  %836 = getelementptr i64, i64* %regs, i64 6
  store i64 %835, i64* %836, align 8
  %837 = load i64, i64* %lowEnd, align 8
  %838 = getelementptr i64, i64* %regs, i64 7
  store i64 %837, i64* %838, align 8
  %839 = load i64, i64* %highEnd, align 8
  %840 = getelementptr i64, i64* %regs, i64 8
  store i64 %839, i64* %840, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 17)
  unreachable

write.low114:                                     ; preds = %ok113
  %841 = load i64, i64* %lowStart, align 8
  %842 = icmp uge i64 %829, %841
  %843 = load i64, i64* %lowEnd, align 8
  %844 = icmp ule i64 %830, %843
  %845 = and i1 %842, %844
  br i1 %845, label %write.ok116, label %write.slow115

write.slow115:                                    ; preds = %write.low114
  %846 = icmp ugt i64 %830, %arena_size
  br i1 %846, label %trap17.site0, label %ok117

write.ok116:                                      ; preds = %ok117, %write.low114, %ok113
  %847 = getelementptr i8, i8* %mem, i64 %829
  store i64 %827, i64* %unaligned118, align 8
  %848 = bitcast i64* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %847, i8* %848, i64 8, i1 false)
  %849 = load i32, i32* %len.1, align 4
  %850 = add i32 %849, 1
  store i32 %850, i32* %len.1, align 4
  %851 = load i32, i32* %k, align 4
  %852 = add i32 %851, 1
  store i32 %852, i32* %k, align 4
  br label %each27

ok117:                                            ; preds = %write.slow115
  %853 = icmp ult i64 %829, %scratch_start
  %854 = load i64, i64* %lowStart, align 8
  %855 = call i64 @llvm.umin.i64(i64 %854, i64 %829)
  %856 = load i64, i64* %lowEnd, align 8
  %857 = load i64, i64* %highEnd, align 8
  %858 = add i64 %830, 64
  %859 = sub i64 %830, %855
  %860 = lshr i64 %859, 4
  %861 = add i64 %858, %860
  %862 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %861)
  %863 = call i64 @llvm.umax.i64(i64 %856, i64 %862)
  %864 = select i1 %853, i64 %863, i64 %856
  store i64 %864, i64* %lowEnd, align 8
  %865 = add i64 %830, 64
  %866 = sub i64 %830, %scratch_start
  %867 = lshr i64 %866, 4
  %868 = add i64 %865, %867
  %869 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %868)
  %870 = call i64 @llvm.umax.i64(i64 %857, i64 %869)
  %871 = select i1 %853, i64 %857, i64 %870
  store i64 %871, i64* %highEnd, align 8
  store i64 %855, i64* %lowStart, align 8
  br label %write.ok116

dead119:                                          ; No predecessors!
  br label %block26

write.low120:                                     ; preds = %block26
  %872 = load i64, i64* %lowStart, align 8
  %873 = icmp uge i64 %793, %872
  %874 = load i64, i64* %lowEnd, align 8
  %875 = icmp ule i64 %794, %874
  %876 = and i1 %873, %875
  br i1 %876, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %877 = icmp ugt i64 %794, %arena_size
  br i1 %877, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %block26
  %878 = getelementptr i8, i8* %mem, i64 %793
  store i32 %792, i32* %unaligned124, align 4
  %879 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %878, i8* %879, i64 4, i1 false)
  %880 = load i32, i32* %list.1, align 4
  store i32 %880, i32* %result100, align 4
  br label %e24

ok123:                                            ; preds = %write.slow121
  %881 = icmp ult i64 %793, %scratch_start
  %882 = load i64, i64* %lowStart, align 8
  %883 = call i64 @llvm.umin.i64(i64 %882, i64 %793)
  %884 = load i64, i64* %lowEnd, align 8
  %885 = load i64, i64* %highEnd, align 8
  %886 = add i64 %794, 64
  %887 = sub i64 %794, %883
  %888 = lshr i64 %887, 4
  %889 = add i64 %886, %888
  %890 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %889)
  %891 = call i64 @llvm.umax.i64(i64 %884, i64 %890)
  %892 = select i1 %881, i64 %891, i64 %884
  store i64 %892, i64* %lowEnd, align 8
  %893 = add i64 %794, 64
  %894 = sub i64 %794, %scratch_start
  %895 = lshr i64 %894, 4
  %896 = add i64 %893, %895
  %897 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %896)
  %898 = call i64 @llvm.umax.i64(i64 %885, i64 %897)
  %899 = select i1 %881, i64 %885, i64 %898
  store i64 %899, i64* %highEnd, align 8
  store i64 %883, i64* %lowStart, align 8
  br label %write.ok122

write.low125:                                     ; preds = %e19
  %900 = load i64, i64* %lowStart, align 8
  %901 = icmp uge i64 %562, %900
  %902 = load i64, i64* %lowEnd, align 8
  %903 = icmp ule i64 %563, %902
  %904 = and i1 %901, %903
  br i1 %904, label %write.ok127, label %write.slow126

write.slow126:                                    ; preds = %write.low125
  %905 = icmp ugt i64 %563, %arena_size
  br i1 %905, label %trap17.site0, label %ok128

write.ok127:                                      ; preds = %ok128, %write.low125, %e19
  %906 = getelementptr i8, i8* %mem, i64 %562
  store i32 %560, i32* %unaligned129, align 4
  %907 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %906, i8* %907, i64 4, i1 false)
  %908 = load i32, i32* %dict, align 4
  store i32 %908, i32* %result5, align 4
  br label %e0

ok128:                                            ; preds = %write.slow126
  %909 = icmp ult i64 %562, %scratch_start
  %910 = load i64, i64* %lowStart, align 8
  %911 = call i64 @llvm.umin.i64(i64 %910, i64 %562)
  %912 = load i64, i64* %lowEnd, align 8
  %913 = load i64, i64* %highEnd, align 8
  %914 = add i64 %563, 64
  %915 = sub i64 %563, %911
  %916 = lshr i64 %915, 4
  %917 = add i64 %914, %916
  %918 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %917)
  %919 = call i64 @llvm.umax.i64(i64 %912, i64 %918)
  %920 = select i1 %909, i64 %919, i64 %912
  store i64 %920, i64* %lowEnd, align 8
  %921 = add i64 %563, 64
  %922 = sub i64 %563, %scratch_start
  %923 = lshr i64 %922, 4
  %924 = add i64 %921, %923
  %925 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %924)
  %926 = call i64 @llvm.umax.i64(i64 %913, i64 %925)
  %927 = select i1 %909, i64 %913, i64 %926
  store i64 %927, i64* %highEnd, align 8
  store i64 %911, i64* %lowStart, align 8
  br label %write.ok127

ok130:                                            ; preds = %e0
  %928 = icmp ult i64 %10, %stack_limit
  br i1 %928, label %trap253.site0, label %stack_ok131

trap15.site0:                                     ; preds = %e0
  %929 = load i64, i64* %lowStart, align 8
  %930 = getelementptr i64, i64* %regs, i64 6
  store i64 %929, i64* %930, align 8
  %931 = load i64, i64* %lowEnd, align 8
  %932 = getelementptr i64, i64* %regs, i64 7
  store i64 %931, i64* %932, align 8
  %933 = load i64, i64* %highEnd, align 8
  %934 = getelementptr i64, i64* %regs, i64 8
  store i64 %933, i64* %934, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok131:                                      ; preds = %ok130
  %935 = load i64, i64* %fuel, align 8
  %936 = getelementptr i64, i64* %regs, i64 0
  store i64 %935, i64* %936, align 8
  %937 = load i64, i64* %lowStart, align 8
  %938 = getelementptr i64, i64* %regs, i64 6
  store i64 %937, i64* %938, align 8
  %939 = load i64, i64* %lowEnd, align 8
  %940 = getelementptr i64, i64* %regs, i64 7
  store i64 %939, i64* %940, align 8
  %941 = load i64, i64* %highEnd, align 8
  %942 = getelementptr i64, i64* %regs, i64 8
  store i64 %941, i64* %942, align 8
  %943 = add i32 %depth, 1
  %944 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %943, i32 %89, i32 %90, i32 0)
  %945 = getelementptr i64, i64* %regs, i64 0
  %946 = load i64, i64* %945, align 8
  store i64 %946, i64* %fuel, align 8
  %947 = getelementptr i64, i64* %regs, i64 6
  %948 = load i64, i64* %947, align 8
  store i64 %948, i64* %lowStart, align 8
  %949 = getelementptr i64, i64* %regs, i64 7
  %950 = load i64, i64* %949, align 8
  store i64 %950, i64* %lowEnd, align 8
  %951 = getelementptr i64, i64* %regs, i64 8
  %952 = load i64, i64* %951, align 8
  store i64 %952, i64* %highEnd, align 8
  store i32 %944, i32* %json_end, align 4
  %953 = load i32, i32* %json_end, align 4
  %954 = icmp eq i32 %953, -2
  %955 = zext i1 %954 to i32
  %956 = icmp ne i32 %955, 0
  br i1 %956, label %then132, label %else133

then132:                                          ; preds = %stack_ok131
  br label %trap16.site4

else133:                                          ; preds = %stack_ok131
  br label %join134

join134:                                          ; preds = %else133, %dead135
  %957 = load i32, i32* %json_end, align 4
  %958 = icmp eq i32 %957, -1
  %959 = zext i1 %958 to i32
  %960 = icmp ne i32 %959, 0
  br i1 %960, label %then136, label %else137

trap16.site4:                                     ; preds = %then132
  %961 = load i64, i64* %lowStart, align 8
  %962 = getelementptr i64, i64* %regs, i64 6
  store i64 %961, i64* %962, align 8
  %963 = load i64, i64* %lowEnd, align 8
  %964 = getelementptr i64, i64* %regs, i64 7
  store i64 %963, i64* %964, align 8
  %965 = load i64, i64* %highEnd, align 8
  %966 = getelementptr i64, i64* %regs, i64 8
  store i64 %965, i64* %966, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead135:                                          ; No predecessors!
  br label %join134

then136:                                          ; preds = %join134
  br label %trap15.site4

else137:                                          ; preds = %join134
  br label %join138

join138:                                          ; preds = %else137, %dead139
  %967 = load i32, i32* %json_end, align 4
  %968 = zext i32 %967 to i64
  %969 = getelementptr i64, i64* %regs, i64 3
  store i64 %968, i64* %969, align 8
  %970 = load i32, i32* %json_end, align 4
  %971 = load i32, i32* %json_start, align 4
  %972 = sub i32 %970, %971
  %973 = load i64, i64* %fuel, align 8
  %974 = getelementptr i64, i64* %regs, i64 0
  store i64 %973, i64* %974, align 8
  %975 = load i64, i64* %lowStart, align 8
  %976 = getelementptr i64, i64* %regs, i64 6
  store i64 %975, i64* %976, align 8
  %977 = load i64, i64* %lowEnd, align 8
  %978 = getelementptr i64, i64* %regs, i64 7
  store i64 %977, i64* %978, align 8
  %979 = load i64, i64* %highEnd, align 8
  %980 = getelementptr i64, i64* %regs, i64 8
  store i64 %979, i64* %980, align 8
  ret i32 %972

dead139:                                          ; No predecessors!
  br label %join138
}

define internal void @m0.where.a.base(i64* %regs, i8* %mem, i32 %depth, i32 %frame.arg) {
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
  br i1 %20, label %write.ok, label %write.low

trap14.site0:                                     ; preds = %body
  %21 = load i64, i64* %lowStart, align 8
  %22 = getelementptr i64, i64* %regs, i64 6
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %lowEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 7
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %highEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 8
  store i64 %25, i64* %26, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %27 = load i64, i64* %lowStart, align 8
  %28 = icmp uge i64 %15, %27
  %29 = load i64, i64* %lowEnd, align 8
  %30 = icmp ule i64 %16, %29
  %31 = and i1 %28, %30
  br i1 %31, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %32 = icmp ugt i64 %16, %arena_size
  br i1 %32, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %33 = getelementptr i8, i8* %mem, i64 %15
  store i8 1, i8* %33, align 1
  %34 = load i32, i32* %frame, align 4
  %35 = load i32, i32* %frame, align 4
  %36 = zext i32 %35 to i64
  %37 = add i64 %36, 32
  %38 = add i64 %37, 8
  %39 = icmp ugt i64 %38, %arena_size
  br i1 %39, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %40 = icmp ult i64 %15, %scratch_start
  %41 = load i64, i64* %lowStart, align 8
  %42 = call i64 @llvm.umin.i64(i64 %41, i64 %15)
  %43 = load i64, i64* %lowEnd, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = add i64 %16, 64
  %46 = sub i64 %16, %42
  %47 = lshr i64 %46, 4
  %48 = add i64 %45, %47
  %49 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %48)
  %50 = call i64 @llvm.umax.i64(i64 %43, i64 %49)
  %51 = select i1 %40, i64 %50, i64 %43
  store i64 %51, i64* %lowEnd, align 8
  %52 = add i64 %16, 64
  %53 = sub i64 %16, %scratch_start
  %54 = lshr i64 %53, 4
  %55 = add i64 %52, %54
  %56 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %55)
  %57 = call i64 @llvm.umax.i64(i64 %44, i64 %56)
  %58 = select i1 %40, i64 %44, i64 %57
  store i64 %58, i64* %highEnd, align 8
  store i64 %42, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow12, %write.slow7, %ok2, %write.ok, %write.slow
  %59 = load i64, i64* %lowStart, align 8
  %60 = getelementptr i64, i64* %regs, i64 6
  store i64 %59, i64* %60, align 8
  %61 = load i64, i64* %lowEnd, align 8
  %62 = getelementptr i64, i64* %regs, i64 7
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %highEnd, align 8
  %64 = getelementptr i64, i64* %regs, i64 8
  store i64 %63, i64* %64, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %65 = getelementptr i8, i8* %mem, i64 %37
  %66 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %66, i8* %65, i64 8, i1 false)
  %67 = load i64, i64* %unaligned, align 8
  %68 = load i32, i32* %frame, align 4
  %69 = zext i32 %68 to i64
  %70 = add i64 %69, 40
  %71 = add i64 %70, 8
  %72 = icmp ugt i64 %71, %arena_size
  br i1 %72, label %trap17.site0, label %ok3

ok3:                                              ; preds = %ok2
  %73 = getelementptr i8, i8* %mem, i64 %70
  %74 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %74, i8* %73, i64 8, i1 false)
  %75 = load i64, i64* %unaligned4, align 8
  %76 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %67, i64 %75)
  %77 = extractvalue { i64, i1 } %76, 1
  br i1 %77, label %trap2.site9, label %ok5

ok5:                                              ; preds = %ok3
  %78 = extractvalue { i64, i1 } %76, 0
  %79 = zext i32 %34 to i64
  %80 = add i64 %79, 8
  %81 = add i64 %80, 8
  %82 = icmp uge i64 %80, %scratch_start
  %83 = load i64, i64* %highEnd, align 8
  %84 = icmp ule i64 %81, %83
  %85 = and i1 %82, %84
  br i1 %85, label %write.ok8, label %write.low6

trap2.site9:                                      ; preds = %ok3
  %86 = load i64, i64* %lowStart, align 8
  %87 = getelementptr i64, i64* %regs, i64 6
  store i64 %86, i64* %87, align 8
  %88 = load i64, i64* %lowEnd, align 8
  %89 = getelementptr i64, i64* %regs, i64 7
  store i64 %88, i64* %89, align 8
  %90 = load i64, i64* %highEnd, align 8
  %91 = getelementptr i64, i64* %regs, i64 8
  store i64 %90, i64* %91, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

write.low6:                                       ; preds = %ok5
  %92 = load i64, i64* %lowStart, align 8
  %93 = icmp uge i64 %80, %92
  %94 = load i64, i64* %lowEnd, align 8
  %95 = icmp ule i64 %81, %94
  %96 = and i1 %93, %95
  br i1 %96, label %write.ok8, label %write.slow7

write.slow7:                                      ; preds = %write.low6
  %97 = icmp ugt i64 %81, %arena_size
  br i1 %97, label %trap17.site0, label %ok9

write.ok8:                                        ; preds = %ok9, %write.low6, %ok5
  %98 = getelementptr i8, i8* %mem, i64 %80
  store i64 %78, i64* %unaligned10, align 8
  %99 = bitcast i64* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %98, i8* %99, i64 8, i1 false)
  %100 = load i32, i32* %frame, align 4
  %101 = zext i32 %100 to i64
  %102 = add i64 %101, 24
  %103 = add i64 %102, 1
  %104 = icmp uge i64 %102, %scratch_start
  %105 = load i64, i64* %highEnd, align 8
  %106 = icmp ule i64 %103, %105
  %107 = and i1 %104, %106
  br i1 %107, label %write.ok13, label %write.low11

ok9:                                              ; preds = %write.slow7
  %108 = icmp ult i64 %80, %scratch_start
  %109 = load i64, i64* %lowStart, align 8
  %110 = call i64 @llvm.umin.i64(i64 %109, i64 %80)
  %111 = load i64, i64* %lowEnd, align 8
  %112 = load i64, i64* %highEnd, align 8
  %113 = add i64 %81, 64
  %114 = sub i64 %81, %110
  %115 = lshr i64 %114, 4
  %116 = add i64 %113, %115
  %117 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %116)
  %118 = call i64 @llvm.umax.i64(i64 %111, i64 %117)
  %119 = select i1 %108, i64 %118, i64 %111
  store i64 %119, i64* %lowEnd, align 8
  %120 = add i64 %81, 64
  %121 = sub i64 %81, %scratch_start
  %122 = lshr i64 %121, 4
  %123 = add i64 %120, %122
  %124 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %123)
  %125 = call i64 @llvm.umax.i64(i64 %112, i64 %124)
  %126 = select i1 %108, i64 %112, i64 %125
  store i64 %126, i64* %highEnd, align 8
  store i64 %110, i64* %lowStart, align 8
  br label %write.ok8

write.low11:                                      ; preds = %write.ok8
  %127 = load i64, i64* %lowStart, align 8
  %128 = icmp uge i64 %102, %127
  %129 = load i64, i64* %lowEnd, align 8
  %130 = icmp ule i64 %103, %129
  %131 = and i1 %128, %130
  br i1 %131, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %132 = icmp ugt i64 %103, %arena_size
  br i1 %132, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok8
  %133 = getelementptr i8, i8* %mem, i64 %102
  store i8 2, i8* %133, align 1
  %134 = load i64, i64* %fuel, align 8
  %135 = getelementptr i64, i64* %regs, i64 0
  store i64 %134, i64* %135, align 8
  %136 = load i64, i64* %lowStart, align 8
  %137 = getelementptr i64, i64* %regs, i64 6
  store i64 %136, i64* %137, align 8
  %138 = load i64, i64* %lowEnd, align 8
  %139 = getelementptr i64, i64* %regs, i64 7
  store i64 %138, i64* %139, align 8
  %140 = load i64, i64* %highEnd, align 8
  %141 = getelementptr i64, i64* %regs, i64 8
  store i64 %140, i64* %141, align 8
  ret void

ok14:                                             ; preds = %write.slow12
  %142 = icmp ult i64 %102, %scratch_start
  %143 = load i64, i64* %lowStart, align 8
  %144 = call i64 @llvm.umin.i64(i64 %143, i64 %102)
  %145 = load i64, i64* %lowEnd, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = add i64 %103, 64
  %148 = sub i64 %103, %144
  %149 = lshr i64 %148, 4
  %150 = add i64 %147, %149
  %151 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %150)
  %152 = call i64 @llvm.umax.i64(i64 %145, i64 %151)
  %153 = select i1 %142, i64 %152, i64 %145
  store i64 %153, i64* %lowEnd, align 8
  %154 = add i64 %103, 64
  %155 = sub i64 %103, %scratch_start
  %156 = lshr i64 %155, 4
  %157 = add i64 %154, %156
  %158 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %157)
  %159 = call i64 @llvm.umax.i64(i64 %146, i64 %158)
  %160 = select i1 %142, i64 %146, i64 %159
  store i64 %160, i64* %highEnd, align 8
  store i64 %144, i64* %lowStart, align 8
  br label %write.ok13
}

define internal void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %depth, i32 %frame.arg) {
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
  br i1 %22, label %write.ok, label %write.low

trap14.site0:                                     ; preds = %body
  %23 = load i64, i64* %lowStart, align 8
  %24 = getelementptr i64, i64* %regs, i64 6
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %lowEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 7
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %highEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 8
  store i64 %27, i64* %28, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %29 = load i64, i64* %lowStart, align 8
  %30 = icmp uge i64 %17, %29
  %31 = load i64, i64* %lowEnd, align 8
  %32 = icmp ule i64 %18, %31
  %33 = and i1 %30, %32
  br i1 %33, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %34 = icmp ugt i64 %18, %arena_size
  br i1 %34, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %35 = getelementptr i8, i8* %mem, i64 %17
  store i8 1, i8* %35, align 1
  %36 = load i32, i32* %frame, align 4
  %37 = load i32, i32* %frame, align 4
  %38 = zext i32 %37 to i64
  %39 = add i64 %38, 40
  %40 = add i64 %39, 8
  %41 = icmp ugt i64 %40, %arena_size
  br i1 %41, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %42 = icmp ult i64 %17, %scratch_start
  %43 = load i64, i64* %lowStart, align 8
  %44 = call i64 @llvm.umin.i64(i64 %43, i64 %17)
  %45 = load i64, i64* %lowEnd, align 8
  %46 = load i64, i64* %highEnd, align 8
  %47 = add i64 %18, 64
  %48 = sub i64 %18, %44
  %49 = lshr i64 %48, 4
  %50 = add i64 %47, %49
  %51 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %50)
  %52 = call i64 @llvm.umax.i64(i64 %45, i64 %51)
  %53 = select i1 %42, i64 %52, i64 %45
  store i64 %53, i64* %lowEnd, align 8
  %54 = add i64 %18, 64
  %55 = sub i64 %18, %scratch_start
  %56 = lshr i64 %55, 4
  %57 = add i64 %54, %56
  %58 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %57)
  %59 = call i64 @llvm.umax.i64(i64 %46, i64 %58)
  %60 = select i1 %42, i64 %46, i64 %59
  store i64 %60, i64* %highEnd, align 8
  store i64 %44, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow10, %write.slow5, %write.ok, %write.slow
  %61 = load i64, i64* %lowStart, align 8
  %62 = getelementptr i64, i64* %regs, i64 6
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %lowEnd, align 8
  %64 = getelementptr i64, i64* %regs, i64 7
  store i64 %63, i64* %64, align 8
  %65 = load i64, i64* %highEnd, align 8
  %66 = getelementptr i64, i64* %regs, i64 8
  store i64 %65, i64* %66, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %67 = getelementptr i8, i8* %mem, i64 %39
  %68 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %68, i8* %67, i64 8, i1 false)
  %69 = load i64, i64* %unaligned, align 8
  %70 = icmp uge i32 %depth, 1000
  br i1 %70, label %trap15.site18, label %ok3

ok3:                                              ; preds = %ok2
  %71 = icmp ult i64 %10, %stack_limit
  br i1 %71, label %trap253.site0, label %stack_ok

trap15.site18:                                    ; preds = %ok2
  %72 = load i64, i64* %lowStart, align 8
  %73 = getelementptr i64, i64* %regs, i64 6
  store i64 %72, i64* %73, align 8
  %74 = load i64, i64* %lowEnd, align 8
  %75 = getelementptr i64, i64* %regs, i64 7
  store i64 %74, i64* %75, align 8
  %76 = load i64, i64* %highEnd, align 8
  %77 = getelementptr i64, i64* %regs, i64 8
  store i64 %76, i64* %77, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

stack_ok:                                         ; preds = %ok3
  %78 = load i64, i64* %fuel, align 8
  %79 = getelementptr i64, i64* %regs, i64 0
  store i64 %78, i64* %79, align 8
  %80 = load i64, i64* %lowStart, align 8
  %81 = getelementptr i64, i64* %regs, i64 6
  store i64 %80, i64* %81, align 8
  %82 = load i64, i64* %lowEnd, align 8
  %83 = getelementptr i64, i64* %regs, i64 7
  store i64 %82, i64* %83, align 8
  %84 = load i64, i64* %highEnd, align 8
  %85 = getelementptr i64, i64* %regs, i64 8
  store i64 %84, i64* %85, align 8
  %86 = add i32 %depth, 1
  %87 = call i64 @m0.fn.a.extra.sq(i64* %regs, i8* %mem, i32 %86, i32 0, i64 %69)
  %88 = getelementptr i64, i64* %regs, i64 0
  %89 = load i64, i64* %88, align 8
  store i64 %89, i64* %fuel, align 8
  %90 = getelementptr i64, i64* %regs, i64 6
  %91 = load i64, i64* %90, align 8
  store i64 %91, i64* %lowStart, align 8
  %92 = getelementptr i64, i64* %regs, i64 7
  %93 = load i64, i64* %92, align 8
  store i64 %93, i64* %lowEnd, align 8
  %94 = getelementptr i64, i64* %regs, i64 8
  %95 = load i64, i64* %94, align 8
  store i64 %95, i64* %highEnd, align 8
  %96 = zext i32 %36 to i64
  %97 = add i64 %96, 16
  %98 = add i64 %97, 8
  %99 = icmp uge i64 %97, %scratch_start
  %100 = load i64, i64* %highEnd, align 8
  %101 = icmp ule i64 %98, %100
  %102 = and i1 %99, %101
  br i1 %102, label %write.ok6, label %write.low4

trap253.site0:                                    ; preds = %ok3
  %103 = load i64, i64* %lowStart, align 8
  %104 = getelementptr i64, i64* %regs, i64 6
  store i64 %103, i64* %104, align 8
  %105 = load i64, i64* %lowEnd, align 8
  %106 = getelementptr i64, i64* %regs, i64 7
  store i64 %105, i64* %106, align 8
  %107 = load i64, i64* %highEnd, align 8
  %108 = getelementptr i64, i64* %regs, i64 8
  store i64 %107, i64* %108, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

write.low4:                                       ; preds = %stack_ok
  %109 = load i64, i64* %lowStart, align 8
  %110 = icmp uge i64 %97, %109
  %111 = load i64, i64* %lowEnd, align 8
  %112 = icmp ule i64 %98, %111
  %113 = and i1 %110, %112
  br i1 %113, label %write.ok6, label %write.slow5

write.slow5:                                      ; preds = %write.low4
  %114 = icmp ugt i64 %98, %arena_size
  br i1 %114, label %trap17.site0, label %ok7

write.ok6:                                        ; preds = %ok7, %write.low4, %stack_ok
  %115 = getelementptr i8, i8* %mem, i64 %97
  store i64 %87, i64* %unaligned8, align 8
  %116 = bitcast i64* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %115, i8* %116, i64 8, i1 false)
  %117 = load i32, i32* %frame, align 4
  %118 = zext i32 %117 to i64
  %119 = add i64 %118, 25
  %120 = add i64 %119, 1
  %121 = icmp uge i64 %119, %scratch_start
  %122 = load i64, i64* %highEnd, align 8
  %123 = icmp ule i64 %120, %122
  %124 = and i1 %121, %123
  br i1 %124, label %write.ok11, label %write.low9

ok7:                                              ; preds = %write.slow5
  %125 = icmp ult i64 %97, %scratch_start
  %126 = load i64, i64* %lowStart, align 8
  %127 = call i64 @llvm.umin.i64(i64 %126, i64 %97)
  %128 = load i64, i64* %lowEnd, align 8
  %129 = load i64, i64* %highEnd, align 8
  %130 = add i64 %98, 64
  %131 = sub i64 %98, %127
  %132 = lshr i64 %131, 4
  %133 = add i64 %130, %132
  %134 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %133)
  %135 = call i64 @llvm.umax.i64(i64 %128, i64 %134)
  %136 = select i1 %125, i64 %135, i64 %128
  store i64 %136, i64* %lowEnd, align 8
  %137 = add i64 %98, 64
  %138 = sub i64 %98, %scratch_start
  %139 = lshr i64 %138, 4
  %140 = add i64 %137, %139
  %141 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %140)
  %142 = call i64 @llvm.umax.i64(i64 %129, i64 %141)
  %143 = select i1 %125, i64 %129, i64 %142
  store i64 %143, i64* %highEnd, align 8
  store i64 %127, i64* %lowStart, align 8
  br label %write.ok6

write.low9:                                       ; preds = %write.ok6
  %144 = load i64, i64* %lowStart, align 8
  %145 = icmp uge i64 %119, %144
  %146 = load i64, i64* %lowEnd, align 8
  %147 = icmp ule i64 %120, %146
  %148 = and i1 %145, %147
  br i1 %148, label %write.ok11, label %write.slow10

write.slow10:                                     ; preds = %write.low9
  %149 = icmp ugt i64 %120, %arena_size
  br i1 %149, label %trap17.site0, label %ok12

write.ok11:                                       ; preds = %ok12, %write.low9, %write.ok6
  %150 = getelementptr i8, i8* %mem, i64 %119
  store i8 2, i8* %150, align 1
  %151 = load i64, i64* %fuel, align 8
  %152 = getelementptr i64, i64* %regs, i64 0
  store i64 %151, i64* %152, align 8
  %153 = load i64, i64* %lowStart, align 8
  %154 = getelementptr i64, i64* %regs, i64 6
  store i64 %153, i64* %154, align 8
  %155 = load i64, i64* %lowEnd, align 8
  %156 = getelementptr i64, i64* %regs, i64 7
  store i64 %155, i64* %156, align 8
  %157 = load i64, i64* %highEnd, align 8
  %158 = getelementptr i64, i64* %regs, i64 8
  store i64 %157, i64* %158, align 8
  ret void

ok12:                                             ; preds = %write.slow10
  %159 = icmp ult i64 %119, %scratch_start
  %160 = load i64, i64* %lowStart, align 8
  %161 = call i64 @llvm.umin.i64(i64 %160, i64 %119)
  %162 = load i64, i64* %lowEnd, align 8
  %163 = load i64, i64* %highEnd, align 8
  %164 = add i64 %120, 64
  %165 = sub i64 %120, %161
  %166 = lshr i64 %165, 4
  %167 = add i64 %164, %166
  %168 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %167)
  %169 = call i64 @llvm.umax.i64(i64 %162, i64 %168)
  %170 = select i1 %159, i64 %169, i64 %162
  store i64 %170, i64* %lowEnd, align 8
  %171 = add i64 %120, 64
  %172 = sub i64 %120, %scratch_start
  %173 = lshr i64 %172, 4
  %174 = add i64 %171, %173
  %175 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %174)
  %176 = call i64 @llvm.umax.i64(i64 %163, i64 %175)
  %177 = select i1 %159, i64 %163, i64 %176
  store i64 %177, i64* %highEnd, align 8
  store i64 %161, i64* %lowStart, align 8
  br label %write.ok11
}

define internal i64 @m0.fn.a.extra.sq(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %v.arg) {
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
