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
  %628 = load i64, i64* %lowEnd, align 8
  %629 = load i64, i64* %highEnd, align 8
  %630 = call i64 @llvm.umax.i64(i64 %628, i64 %599)
  %631 = select i1 %627, i64 %630, i64 %628
  store i64 %631, i64* %lowEnd, align 8
  %632 = call i64 @llvm.umax.i64(i64 %629, i64 %599)
  %633 = select i1 %627, i64 %629, i64 %632
  store i64 %633, i64* %highEnd, align 8
  %634 = load i64, i64* %lowStart, align 8
  %635 = call i64 @llvm.umin.i64(i64 %634, i64 %598)
  store i64 %635, i64* %lowStart, align 8
  br label %write.ok

write.low117:                                     ; preds = %write.ok
  %636 = load i64, i64* %lowStart, align 8
  %637 = icmp uge i64 %621, %636
  %638 = load i64, i64* %lowEnd, align 8
  %639 = icmp ule i64 %622, %638
  %640 = and i1 %637, %639
  br i1 %640, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %641 = icmp ugt i64 %622, %arena_size
  br i1 %641, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %write.ok
  %642 = getelementptr i8, i8* %mem, i64 %621
  store i64 %619, i64* %unaligned121, align 8
  %643 = bitcast i64* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %642, i8* %643, i64 8, i1 false)
  %644 = load i32, i32* %args_out, align 4
  %645 = load i64, i64* %fuel, align 8
  %646 = getelementptr i64, i64* %regs, i64 0
  store i64 %645, i64* %646, align 8
  %647 = load i64, i64* %lowStart, align 8
  %648 = getelementptr i64, i64* %regs, i64 6
  store i64 %647, i64* %648, align 8
  %649 = load i64, i64* %lowEnd, align 8
  %650 = getelementptr i64, i64* %regs, i64 7
  store i64 %649, i64* %650, align 8
  %651 = load i64, i64* %highEnd, align 8
  %652 = getelementptr i64, i64* %regs, i64 8
  store i64 %651, i64* %652, align 8
  ret i32 %644

ok120:                                            ; preds = %write.slow118
  %653 = icmp ult i64 %621, %scratch_start
  %654 = load i64, i64* %lowEnd, align 8
  %655 = load i64, i64* %highEnd, align 8
  %656 = call i64 @llvm.umax.i64(i64 %654, i64 %622)
  %657 = select i1 %653, i64 %656, i64 %654
  store i64 %657, i64* %lowEnd, align 8
  %658 = call i64 @llvm.umax.i64(i64 %655, i64 %622)
  %659 = select i1 %653, i64 %655, i64 %658
  store i64 %659, i64* %highEnd, align 8
  %660 = load i64, i64* %lowStart, align 8
  %661 = call i64 @llvm.umin.i64(i64 %660, i64 %621)
  store i64 %661, i64* %lowStart, align 8
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
  %152 = load i64, i64* %lowEnd, align 8
  %153 = load i64, i64* %highEnd, align 8
  %154 = call i64 @llvm.umax.i64(i64 %152, i64 %124)
  %155 = select i1 %151, i64 %154, i64 %152
  store i64 %155, i64* %lowEnd, align 8
  %156 = call i64 @llvm.umax.i64(i64 %153, i64 %124)
  %157 = select i1 %151, i64 %153, i64 %156
  store i64 %157, i64* %highEnd, align 8
  %158 = load i64, i64* %lowStart, align 8
  %159 = call i64 @llvm.umin.i64(i64 %158, i64 %123)
  store i64 %159, i64* %lowStart, align 8
  br label %write.ok

trap17.site5:                                     ; preds = %write.slow
  %160 = load i64, i64* %lowStart, align 8
  %161 = getelementptr i64, i64* %regs, i64 6
  store i64 %160, i64* %161, align 8
  %162 = load i64, i64* %lowEnd, align 8
  %163 = getelementptr i64, i64* %regs, i64 7
  store i64 %162, i64* %163, align 8
  %164 = load i64, i64* %highEnd, align 8
  %165 = getelementptr i64, i64* %regs, i64 8
  store i64 %164, i64* %165, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

write.low10:                                      ; preds = %write.ok
  %166 = load i64, i64* %lowStart, align 8
  %167 = icmp uge i64 %145, %166
  %168 = load i64, i64* %lowEnd, align 8
  %169 = icmp ule i64 %146, %168
  %170 = and i1 %167, %169
  br i1 %170, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %171 = icmp ugt i64 %146, %arena_size
  br i1 %171, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %write.ok
  %172 = getelementptr i8, i8* %mem, i64 %145
  store i64 %143, i64* %unaligned14, align 8
  %173 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %172, i8* %173, i64 8, i1 false)
  %174 = load i32, i32* %frame, align 4
  %175 = load i64, i64* %y, align 8
  %176 = zext i32 %174 to i64
  %177 = add i64 %176, 40
  %178 = add i64 %177, 8
  %179 = icmp uge i64 %177, %scratch_start
  %180 = load i64, i64* %highEnd, align 8
  %181 = icmp ule i64 %178, %180
  %182 = and i1 %179, %181
  br i1 %182, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %183 = icmp ult i64 %145, %scratch_start
  %184 = load i64, i64* %lowEnd, align 8
  %185 = load i64, i64* %highEnd, align 8
  %186 = call i64 @llvm.umax.i64(i64 %184, i64 %146)
  %187 = select i1 %183, i64 %186, i64 %184
  store i64 %187, i64* %lowEnd, align 8
  %188 = call i64 @llvm.umax.i64(i64 %185, i64 %146)
  %189 = select i1 %183, i64 %185, i64 %188
  store i64 %189, i64* %highEnd, align 8
  %190 = load i64, i64* %lowStart, align 8
  %191 = call i64 @llvm.umin.i64(i64 %190, i64 %145)
  store i64 %191, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %192 = load i64, i64* %lowStart, align 8
  %193 = icmp uge i64 %177, %192
  %194 = load i64, i64* %lowEnd, align 8
  %195 = icmp ule i64 %178, %194
  %196 = and i1 %193, %195
  br i1 %196, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %197 = icmp ugt i64 %178, %arena_size
  br i1 %197, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %198 = getelementptr i8, i8* %mem, i64 %177
  store i64 %175, i64* %unaligned19, align 8
  %199 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %198, i8* %199, i64 8, i1 false)
  %200 = load i32, i32* %frame, align 4
  %201 = zext i32 %200 to i64
  %202 = add i64 %201, 24
  %203 = add i64 %202, 1
  %204 = icmp ugt i64 %203, %arena_size
  br i1 %204, label %trap17.site0, label %ok21

ok18:                                             ; preds = %write.slow16
  %205 = icmp ult i64 %177, %scratch_start
  %206 = load i64, i64* %lowEnd, align 8
  %207 = load i64, i64* %highEnd, align 8
  %208 = call i64 @llvm.umax.i64(i64 %206, i64 %178)
  %209 = select i1 %205, i64 %208, i64 %206
  store i64 %209, i64* %lowEnd, align 8
  %210 = call i64 @llvm.umax.i64(i64 %207, i64 %178)
  %211 = select i1 %205, i64 %207, i64 %210
  store i64 %211, i64* %highEnd, align 8
  %212 = load i64, i64* %lowStart, align 8
  %213 = call i64 @llvm.umin.i64(i64 %212, i64 %177)
  store i64 %213, i64* %lowStart, align 8
  br label %write.ok17

e3:                                               ; preds = %ok28
  %214 = load i64, i64* %result20, align 8
  %215 = load i32, i32* %frame, align 4
  %216 = zext i32 %215 to i64
  %217 = add i64 %216, 25
  %218 = add i64 %217, 1
  %219 = icmp ugt i64 %218, %arena_size
  br i1 %219, label %trap17.site0, label %ok31

ok21:                                             ; preds = %write.ok17
  %220 = getelementptr i8, i8* %mem, i64 %202
  %221 = load i8, i8* %220, align 1
  %222 = zext i8 %221 to i32
  %223 = icmp ne i32 %222, 2
  %224 = zext i1 %223 to i32
  %225 = icmp ne i32 %224, 0
  br i1 %225, label %then, label %else

then:                                             ; preds = %ok21
  %226 = load i32, i32* %frame, align 4
  %227 = zext i32 %226 to i64
  %228 = add i64 %227, 24
  %229 = add i64 %228, 1
  %230 = icmp ugt i64 %229, %arena_size
  br i1 %230, label %trap17.site0, label %ok22

else:                                             ; preds = %ok21
  br label %join

join:                                             ; preds = %else, %stack_ok27
  %231 = load i32, i32* %frame, align 4
  %232 = zext i32 %231 to i64
  %233 = add i64 %232, 8
  %234 = add i64 %233, 8
  %235 = icmp ugt i64 %234, %arena_size
  br i1 %235, label %trap17.site0, label %ok28

ok22:                                             ; preds = %then
  %236 = getelementptr i8, i8* %mem, i64 %228
  %237 = load i8, i8* %236, align 1
  %238 = zext i8 %237 to i32
  %239 = icmp eq i32 %238, 1
  %240 = zext i1 %239 to i32
  %241 = icmp ne i32 %240, 0
  br i1 %241, label %then23, label %else24

then23:                                           ; preds = %ok22
  br label %trap6.site7

else24:                                           ; preds = %ok22
  br label %join25

join25:                                           ; preds = %else24, %dead
  %242 = load i32, i32* %frame, align 4
  %243 = icmp uge i32 %depth, 1000
  br i1 %243, label %trap15.site7, label %ok26

trap6.site7:                                      ; preds = %then23
  %244 = load i64, i64* %lowStart, align 8
  %245 = getelementptr i64, i64* %regs, i64 6
  store i64 %244, i64* %245, align 8
  %246 = load i64, i64* %lowEnd, align 8
  %247 = getelementptr i64, i64* %regs, i64 7
  store i64 %246, i64* %247, align 8
  %248 = load i64, i64* %highEnd, align 8
  %249 = getelementptr i64, i64* %regs, i64 8
  store i64 %248, i64* %249, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 7)
  unreachable

dead:                                             ; No predecessors!
  br label %join25

ok26:                                             ; preds = %join25
  %250 = icmp ult i64 %10, %stack_limit
  br i1 %250, label %trap253.site0, label %stack_ok27

trap15.site7:                                     ; preds = %join25
  %251 = load i64, i64* %lowStart, align 8
  %252 = getelementptr i64, i64* %regs, i64 6
  store i64 %251, i64* %252, align 8
  %253 = load i64, i64* %lowEnd, align 8
  %254 = getelementptr i64, i64* %regs, i64 7
  store i64 %253, i64* %254, align 8
  %255 = load i64, i64* %highEnd, align 8
  %256 = getelementptr i64, i64* %regs, i64 8
  store i64 %255, i64* %256, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok27:                                       ; preds = %ok26
  %257 = load i64, i64* %fuel, align 8
  %258 = getelementptr i64, i64* %regs, i64 0
  store i64 %257, i64* %258, align 8
  %259 = load i64, i64* %lowStart, align 8
  %260 = getelementptr i64, i64* %regs, i64 6
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %lowEnd, align 8
  %262 = getelementptr i64, i64* %regs, i64 7
  store i64 %261, i64* %262, align 8
  %263 = load i64, i64* %highEnd, align 8
  %264 = getelementptr i64, i64* %regs, i64 8
  store i64 %263, i64* %264, align 8
  %265 = add i32 %depth, 1
  call void @m0.where.a.base(i64* %regs, i8* %mem, i32 %265, i32 %242)
  %266 = getelementptr i64, i64* %regs, i64 0
  %267 = load i64, i64* %266, align 8
  store i64 %267, i64* %fuel, align 8
  %268 = getelementptr i64, i64* %regs, i64 6
  %269 = load i64, i64* %268, align 8
  store i64 %269, i64* %lowStart, align 8
  %270 = getelementptr i64, i64* %regs, i64 7
  %271 = load i64, i64* %270, align 8
  store i64 %271, i64* %lowEnd, align 8
  %272 = getelementptr i64, i64* %regs, i64 8
  %273 = load i64, i64* %272, align 8
  store i64 %273, i64* %highEnd, align 8
  br label %join

ok28:                                             ; preds = %join
  %274 = getelementptr i8, i8* %mem, i64 %233
  %275 = bitcast i64* %unaligned29 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %275, i8* %274, i64 8, i1 false)
  %276 = load i64, i64* %unaligned29, align 8
  store i64 %276, i64* %result20, align 8
  br label %e3

e4:                                               ; preds = %ok42
  %277 = load i64, i64* %result30, align 8
  %278 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %214, i64 %277)
  %279 = extractvalue { i64, i1 } %278, 1
  br i1 %279, label %trap2.site6, label %ok44

ok31:                                             ; preds = %e3
  %280 = getelementptr i8, i8* %mem, i64 %217
  %281 = load i8, i8* %280, align 1
  %282 = zext i8 %281 to i32
  %283 = icmp ne i32 %282, 2
  %284 = zext i1 %283 to i32
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %then32, label %else33

then32:                                           ; preds = %ok31
  %286 = load i32, i32* %frame, align 4
  %287 = zext i32 %286 to i64
  %288 = add i64 %287, 25
  %289 = add i64 %288, 1
  %290 = icmp ugt i64 %289, %arena_size
  br i1 %290, label %trap17.site0, label %ok35

else33:                                           ; preds = %ok31
  br label %join34

join34:                                           ; preds = %else33, %stack_ok41
  %291 = load i32, i32* %frame, align 4
  %292 = zext i32 %291 to i64
  %293 = add i64 %292, 16
  %294 = add i64 %293, 8
  %295 = icmp ugt i64 %294, %arena_size
  br i1 %295, label %trap17.site0, label %ok42

ok35:                                             ; preds = %then32
  %296 = getelementptr i8, i8* %mem, i64 %288
  %297 = load i8, i8* %296, align 1
  %298 = zext i8 %297 to i32
  %299 = icmp eq i32 %298, 1
  %300 = zext i1 %299 to i32
  %301 = icmp ne i32 %300, 0
  br i1 %301, label %then36, label %else37

then36:                                           ; preds = %ok35
  br label %trap6.site8

else37:                                           ; preds = %ok35
  br label %join38

join38:                                           ; preds = %else37, %dead39
  %302 = load i32, i32* %frame, align 4
  %303 = icmp uge i32 %depth, 1000
  br i1 %303, label %trap15.site8, label %ok40

trap6.site8:                                      ; preds = %then36
  %304 = load i64, i64* %lowStart, align 8
  %305 = getelementptr i64, i64* %regs, i64 6
  store i64 %304, i64* %305, align 8
  %306 = load i64, i64* %lowEnd, align 8
  %307 = getelementptr i64, i64* %regs, i64 7
  store i64 %306, i64* %307, align 8
  %308 = load i64, i64* %highEnd, align 8
  %309 = getelementptr i64, i64* %regs, i64 8
  store i64 %308, i64* %309, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 8)
  unreachable

dead39:                                           ; No predecessors!
  br label %join38

ok40:                                             ; preds = %join38
  %310 = icmp ult i64 %10, %stack_limit
  br i1 %310, label %trap253.site0, label %stack_ok41

trap15.site8:                                     ; preds = %join38
  %311 = load i64, i64* %lowStart, align 8
  %312 = getelementptr i64, i64* %regs, i64 6
  store i64 %311, i64* %312, align 8
  %313 = load i64, i64* %lowEnd, align 8
  %314 = getelementptr i64, i64* %regs, i64 7
  store i64 %313, i64* %314, align 8
  %315 = load i64, i64* %highEnd, align 8
  %316 = getelementptr i64, i64* %regs, i64 8
  store i64 %315, i64* %316, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok41:                                       ; preds = %ok40
  %317 = load i64, i64* %fuel, align 8
  %318 = getelementptr i64, i64* %regs, i64 0
  store i64 %317, i64* %318, align 8
  %319 = load i64, i64* %lowStart, align 8
  %320 = getelementptr i64, i64* %regs, i64 6
  store i64 %319, i64* %320, align 8
  %321 = load i64, i64* %lowEnd, align 8
  %322 = getelementptr i64, i64* %regs, i64 7
  store i64 %321, i64* %322, align 8
  %323 = load i64, i64* %highEnd, align 8
  %324 = getelementptr i64, i64* %regs, i64 8
  store i64 %323, i64* %324, align 8
  %325 = add i32 %depth, 1
  call void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %325, i32 %302)
  %326 = getelementptr i64, i64* %regs, i64 0
  %327 = load i64, i64* %326, align 8
  store i64 %327, i64* %fuel, align 8
  %328 = getelementptr i64, i64* %regs, i64 6
  %329 = load i64, i64* %328, align 8
  store i64 %329, i64* %lowStart, align 8
  %330 = getelementptr i64, i64* %regs, i64 7
  %331 = load i64, i64* %330, align 8
  store i64 %331, i64* %lowEnd, align 8
  %332 = getelementptr i64, i64* %regs, i64 8
  %333 = load i64, i64* %332, align 8
  store i64 %333, i64* %highEnd, align 8
  br label %join34

ok42:                                             ; preds = %join34
  %334 = getelementptr i8, i8* %mem, i64 %293
  %335 = bitcast i64* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %335, i8* %334, i64 8, i1 false)
  %336 = load i64, i64* %unaligned43, align 8
  store i64 %336, i64* %result30, align 8
  br label %e4

ok44:                                             ; preds = %e4
  %337 = extractvalue { i64, i1 } %278, 0
  store i64 %337, i64* %total, align 8
  %338 = load i32, i32* %frame, align 4
  %339 = zext i32 %338 to i64
  %340 = add i64 %339, 24
  %341 = add i64 %340, 1
  %342 = icmp ugt i64 %341, %arena_size
  br i1 %342, label %trap17.site0, label %ok45

trap2.site6:                                      ; preds = %e4
  %343 = load i64, i64* %lowStart, align 8
  %344 = getelementptr i64, i64* %regs, i64 6
  store i64 %343, i64* %344, align 8
  %345 = load i64, i64* %lowEnd, align 8
  %346 = getelementptr i64, i64* %regs, i64 7
  store i64 %345, i64* %346, align 8
  %347 = load i64, i64* %highEnd, align 8
  %348 = getelementptr i64, i64* %regs, i64 8
  store i64 %347, i64* %348, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok45:                                             ; preds = %ok44
  %349 = getelementptr i8, i8* %mem, i64 %340
  %350 = load i8, i8* %349, align 1
  %351 = zext i8 %350 to i32
  %352 = icmp eq i32 %351, 0
  %353 = zext i1 %352 to i32
  %354 = icmp ne i32 %353, 0
  br i1 %354, label %then46, label %else47

then46:                                           ; preds = %ok45
  %355 = load i32, i32* %frame, align 4
  %356 = icmp uge i32 %depth, 1000
  br i1 %356, label %trap15.site9, label %ok49

else47:                                           ; preds = %ok45
  br label %join48

join48:                                           ; preds = %else47, %stack_ok50
  %357 = load i32, i32* %frame, align 4
  %358 = zext i32 %357 to i64
  %359 = add i64 %358, 25
  %360 = add i64 %359, 1
  %361 = icmp ugt i64 %360, %arena_size
  br i1 %361, label %trap17.site0, label %ok51

ok49:                                             ; preds = %then46
  %362 = icmp ult i64 %10, %stack_limit
  br i1 %362, label %trap253.site0, label %stack_ok50

trap15.site9:                                     ; preds = %then46
  %363 = load i64, i64* %lowStart, align 8
  %364 = getelementptr i64, i64* %regs, i64 6
  store i64 %363, i64* %364, align 8
  %365 = load i64, i64* %lowEnd, align 8
  %366 = getelementptr i64, i64* %regs, i64 7
  store i64 %365, i64* %366, align 8
  %367 = load i64, i64* %highEnd, align 8
  %368 = getelementptr i64, i64* %regs, i64 8
  store i64 %367, i64* %368, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

stack_ok50:                                       ; preds = %ok49
  %369 = load i64, i64* %fuel, align 8
  %370 = getelementptr i64, i64* %regs, i64 0
  store i64 %369, i64* %370, align 8
  %371 = load i64, i64* %lowStart, align 8
  %372 = getelementptr i64, i64* %regs, i64 6
  store i64 %371, i64* %372, align 8
  %373 = load i64, i64* %lowEnd, align 8
  %374 = getelementptr i64, i64* %regs, i64 7
  store i64 %373, i64* %374, align 8
  %375 = load i64, i64* %highEnd, align 8
  %376 = getelementptr i64, i64* %regs, i64 8
  store i64 %375, i64* %376, align 8
  %377 = add i32 %depth, 1
  call void @m0.where.a.base(i64* %regs, i8* %mem, i32 %377, i32 %355)
  %378 = getelementptr i64, i64* %regs, i64 0
  %379 = load i64, i64* %378, align 8
  store i64 %379, i64* %fuel, align 8
  %380 = getelementptr i64, i64* %regs, i64 6
  %381 = load i64, i64* %380, align 8
  store i64 %381, i64* %lowStart, align 8
  %382 = getelementptr i64, i64* %regs, i64 7
  %383 = load i64, i64* %382, align 8
  store i64 %383, i64* %lowEnd, align 8
  %384 = getelementptr i64, i64* %regs, i64 8
  %385 = load i64, i64* %384, align 8
  store i64 %385, i64* %highEnd, align 8
  br label %join48

ok51:                                             ; preds = %join48
  %386 = getelementptr i8, i8* %mem, i64 %359
  %387 = load i8, i8* %386, align 1
  %388 = zext i8 %387 to i32
  %389 = icmp eq i32 %388, 0
  %390 = zext i1 %389 to i32
  %391 = icmp ne i32 %390, 0
  br i1 %391, label %then52, label %else53

then52:                                           ; preds = %ok51
  %392 = load i32, i32* %frame, align 4
  %393 = icmp uge i32 %depth, 1000
  br i1 %393, label %trap15.site10, label %ok55

else53:                                           ; preds = %ok51
  br label %join54

join54:                                           ; preds = %else53, %stack_ok56
  %394 = load i64, i64* %total, align 8
  %395 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %394, i64 2)
  %396 = extractvalue { i64, i1 } %395, 1
  br i1 %396, label %trap2.site11, label %ok57

ok55:                                             ; preds = %then52
  %397 = icmp ult i64 %10, %stack_limit
  br i1 %397, label %trap253.site0, label %stack_ok56

trap15.site10:                                    ; preds = %then52
  %398 = load i64, i64* %lowStart, align 8
  %399 = getelementptr i64, i64* %regs, i64 6
  store i64 %398, i64* %399, align 8
  %400 = load i64, i64* %lowEnd, align 8
  %401 = getelementptr i64, i64* %regs, i64 7
  store i64 %400, i64* %401, align 8
  %402 = load i64, i64* %highEnd, align 8
  %403 = getelementptr i64, i64* %regs, i64 8
  store i64 %402, i64* %403, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok56:                                       ; preds = %ok55
  %404 = load i64, i64* %fuel, align 8
  %405 = getelementptr i64, i64* %regs, i64 0
  store i64 %404, i64* %405, align 8
  %406 = load i64, i64* %lowStart, align 8
  %407 = getelementptr i64, i64* %regs, i64 6
  store i64 %406, i64* %407, align 8
  %408 = load i64, i64* %lowEnd, align 8
  %409 = getelementptr i64, i64* %regs, i64 7
  store i64 %408, i64* %409, align 8
  %410 = load i64, i64* %highEnd, align 8
  %411 = getelementptr i64, i64* %regs, i64 8
  store i64 %410, i64* %411, align 8
  %412 = add i32 %depth, 1
  call void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %412, i32 %392)
  %413 = getelementptr i64, i64* %regs, i64 0
  %414 = load i64, i64* %413, align 8
  store i64 %414, i64* %fuel, align 8
  %415 = getelementptr i64, i64* %regs, i64 6
  %416 = load i64, i64* %415, align 8
  store i64 %416, i64* %lowStart, align 8
  %417 = getelementptr i64, i64* %regs, i64 7
  %418 = load i64, i64* %417, align 8
  store i64 %418, i64* %lowEnd, align 8
  %419 = getelementptr i64, i64* %regs, i64 8
  %420 = load i64, i64* %419, align 8
  store i64 %420, i64* %highEnd, align 8
  br label %join54

ok57:                                             ; preds = %join54
  %421 = extractvalue { i64, i1 } %395, 0
  store i64 %421, i64* %result7, align 8
  br label %e1

trap2.site11:                                     ; preds = %join54
  %422 = load i64, i64* %lowStart, align 8
  %423 = getelementptr i64, i64* %regs, i64 6
  store i64 %422, i64* %423, align 8
  %424 = load i64, i64* %lowEnd, align 8
  %425 = getelementptr i64, i64* %regs, i64 7
  store i64 %424, i64* %425, align 8
  %426 = load i64, i64* %highEnd, align 8
  %427 = getelementptr i64, i64* %regs, i64 8
  store i64 %426, i64* %427, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 11)
  unreachable

write.low58:                                      ; preds = %e1
  %428 = load i64, i64* %lowStart, align 8
  %429 = icmp uge i64 %112, %428
  %430 = load i64, i64* %lowEnd, align 8
  %431 = icmp ule i64 %113, %430
  %432 = and i1 %429, %431
  br i1 %432, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %433 = icmp ugt i64 %113, %arena_size
  br i1 %433, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %e1
  %434 = getelementptr i8, i8* %mem, i64 %112
  store i64 %111, i64* %unaligned62, align 8
  %435 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %434, i8* %435, i64 8, i1 false)
  %436 = load i64, i64* %x, align 8
  %437 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %436, i64 1)
  %438 = extractvalue { i64, i1 } %437, 1
  br i1 %438, label %trap2.site12, label %ok64

ok61:                                             ; preds = %write.slow59
  %439 = icmp ult i64 %112, %scratch_start
  %440 = load i64, i64* %lowEnd, align 8
  %441 = load i64, i64* %highEnd, align 8
  %442 = call i64 @llvm.umax.i64(i64 %440, i64 %113)
  %443 = select i1 %439, i64 %442, i64 %440
  store i64 %443, i64* %lowEnd, align 8
  %444 = call i64 @llvm.umax.i64(i64 %441, i64 %113)
  %445 = select i1 %439, i64 %441, i64 %444
  store i64 %445, i64* %highEnd, align 8
  %446 = load i64, i64* %lowStart, align 8
  %447 = call i64 @llvm.umin.i64(i64 %446, i64 %112)
  store i64 %447, i64* %lowStart, align 8
  br label %write.ok60

e8:                                               ; preds = %e12
  %448 = load i64, i64* %result63, align 8
  store i64 %448, i64* %b, align 8
  %449 = load i32, i32* %dict, align 4
  %450 = load i64, i64* %b, align 8
  %451 = zext i32 %449 to i64
  %452 = add i64 %451, 8
  %453 = add i64 %452, 8
  %454 = icmp uge i64 %452, %scratch_start
  %455 = load i64, i64* %highEnd, align 8
  %456 = icmp ule i64 %453, %455
  %457 = and i1 %454, %456
  br i1 %457, label %write.ok70, label %write.low68

ok64:                                             ; preds = %write.ok60
  %458 = extractvalue { i64, i1 } %437, 0
  store i64 %458, i64* %p, align 8
  %459 = load i64, i64* %p, align 8
  %460 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %459, i64 3)
  %461 = extractvalue { i64, i1 } %460, 1
  br i1 %461, label %trap2.site13, label %ok66

trap2.site12:                                     ; preds = %write.ok60
  %462 = load i64, i64* %lowStart, align 8
  %463 = getelementptr i64, i64* %regs, i64 6
  store i64 %462, i64* %463, align 8
  %464 = load i64, i64* %lowEnd, align 8
  %465 = getelementptr i64, i64* %regs, i64 7
  store i64 %464, i64* %465, align 8
  %466 = load i64, i64* %highEnd, align 8
  %467 = getelementptr i64, i64* %regs, i64 8
  store i64 %466, i64* %467, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

e12:                                              ; preds = %ok67
  %468 = load i64, i64* %result65, align 8
  store i64 %468, i64* %result63, align 8
  br label %e8

ok66:                                             ; preds = %ok64
  %469 = extractvalue { i64, i1 } %460, 0
  store i64 %469, i64* %q, align 8
  %470 = load i64, i64* %p, align 8
  %471 = load i64, i64* %q, align 8
  %472 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %470, i64 %471)
  %473 = extractvalue { i64, i1 } %472, 1
  br i1 %473, label %trap2.site14, label %ok67

trap2.site13:                                     ; preds = %ok64
  %474 = load i64, i64* %lowStart, align 8
  %475 = getelementptr i64, i64* %regs, i64 6
  store i64 %474, i64* %475, align 8
  %476 = load i64, i64* %lowEnd, align 8
  %477 = getelementptr i64, i64* %regs, i64 7
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %highEnd, align 8
  %479 = getelementptr i64, i64* %regs, i64 8
  store i64 %478, i64* %479, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 13)
  unreachable

ok67:                                             ; preds = %ok66
  %480 = extractvalue { i64, i1 } %472, 0
  store i64 %480, i64* %result65, align 8
  br label %e12

trap2.site14:                                     ; preds = %ok66
  %481 = load i64, i64* %lowStart, align 8
  %482 = getelementptr i64, i64* %regs, i64 6
  store i64 %481, i64* %482, align 8
  %483 = load i64, i64* %lowEnd, align 8
  %484 = getelementptr i64, i64* %regs, i64 7
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %highEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 8
  store i64 %485, i64* %486, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low68:                                      ; preds = %e8
  %487 = load i64, i64* %lowStart, align 8
  %488 = icmp uge i64 %452, %487
  %489 = load i64, i64* %lowEnd, align 8
  %490 = icmp ule i64 %453, %489
  %491 = and i1 %488, %490
  br i1 %491, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %492 = icmp ugt i64 %453, %arena_size
  br i1 %492, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %e8
  %493 = getelementptr i8, i8* %mem, i64 %452
  store i64 %450, i64* %unaligned72, align 8
  %494 = bitcast i64* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %493, i8* %494, i64 8, i1 false)
  store i64 1, i64* %item, align 8
  store i64 2, i64* %item.1, align 8
  store i64 3, i64* %item.2, align 8
  store i64 32, i64* %size, align 8
  %495 = load i64, i64* %size, align 8
  %496 = icmp ugt i64 %495, 2147483647
  %497 = zext i1 %496 to i32
  %498 = icmp ne i32 %497, 0
  br i1 %498, label %then75, label %else76

ok71:                                             ; preds = %write.slow69
  %499 = icmp ult i64 %452, %scratch_start
  %500 = load i64, i64* %lowEnd, align 8
  %501 = load i64, i64* %highEnd, align 8
  %502 = call i64 @llvm.umax.i64(i64 %500, i64 %453)
  %503 = select i1 %499, i64 %502, i64 %500
  store i64 %503, i64* %lowEnd, align 8
  %504 = call i64 @llvm.umax.i64(i64 %501, i64 %453)
  %505 = select i1 %499, i64 %501, i64 %504
  store i64 %505, i64* %highEnd, align 8
  %506 = load i64, i64* %lowStart, align 8
  %507 = call i64 @llvm.umin.i64(i64 %506, i64 %452)
  store i64 %507, i64* %lowStart, align 8
  br label %write.ok70

e19:                                              ; preds = %e24
  %508 = load i32, i32* %result73, align 4
  store i32 %508, i32* %c, align 4
  %509 = load i32, i32* %dict, align 4
  %510 = load i32, i32* %c, align 4
  %511 = zext i32 %509 to i64
  %512 = add i64 %511, 16
  %513 = add i64 %512, 4
  %514 = icmp uge i64 %512, %scratch_start
  %515 = load i64, i64* %highEnd, align 8
  %516 = icmp ule i64 %513, %515
  %517 = and i1 %514, %516
  br i1 %517, label %write.ok127, label %write.low125

e20:                                              ; preds = %write.ok97
  %518 = load i32, i32* %result74, align 4
  store i32 %518, i32* %ws, align 4
  %519 = load i32, i32* %ws, align 4
  store i32 %519, i32* %xs, align 4
  %520 = load i32, i32* %xs, align 4
  %521 = zext i32 %520 to i64
  %522 = add i64 %521, 4
  %523 = icmp ugt i64 %522, %arena_size
  br i1 %523, label %trap17.site0, label %ok101

then75:                                           ; preds = %write.ok70
  br label %trap15.site15

else76:                                           ; preds = %write.ok70
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %524 = load i64, i64* %size, align 8
  %525 = trunc i64 %524 to i32
  %526 = zext i32 %525 to i64
  %527 = getelementptr i64, i64* %regs, i64 1
  %528 = getelementptr i64, i64* %regs, i64 2
  %529 = load i64, i64* %527, align 8
  %530 = add i64 %529, 7
  %531 = and i64 %530, -8
  %532 = add i64 %531, %526
  %533 = load i64, i64* %528, align 8
  %534 = icmp ugt i64 %532, %533
  br i1 %534, label %trap15.site15, label %ok79

trap15.site15:                                    ; preds = %join77, %then75
  %535 = load i64, i64* %lowStart, align 8
  %536 = getelementptr i64, i64* %regs, i64 6
  store i64 %535, i64* %536, align 8
  %537 = load i64, i64* %lowEnd, align 8
  %538 = getelementptr i64, i64* %regs, i64 7
  store i64 %537, i64* %538, align 8
  %539 = load i64, i64* %highEnd, align 8
  %540 = getelementptr i64, i64* %regs, i64 8
  store i64 %539, i64* %540, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %532, i64* %527, align 8
  %541 = load i64, i64* %highEnd, align 8
  %542 = call i64 @llvm.umax.i64(i64 %541, i64 %532)
  store i64 %542, i64* %highEnd, align 8
  %543 = trunc i64 %531 to i32
  store i32 %543, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %544 = load i32, i32* %list, align 4
  %545 = add i32 %544, 8
  %546 = load i32, i32* %len, align 4
  %547 = mul i32 %546, 8
  %548 = add i32 %545, %547
  %549 = load i64, i64* %item, align 8
  %550 = zext i32 %548 to i64
  %551 = add i64 %550, 8
  %552 = icmp uge i64 %550, %scratch_start
  %553 = load i64, i64* %highEnd, align 8
  %554 = icmp ule i64 %551, %553
  %555 = and i1 %552, %554
  br i1 %555, label %write.ok82, label %write.low80

write.low80:                                      ; preds = %ok79
  %556 = load i64, i64* %lowStart, align 8
  %557 = icmp uge i64 %550, %556
  %558 = load i64, i64* %lowEnd, align 8
  %559 = icmp ule i64 %551, %558
  %560 = and i1 %557, %559
  br i1 %560, label %write.ok82, label %write.slow81

write.slow81:                                     ; preds = %write.low80
  %561 = icmp ugt i64 %551, %arena_size
  br i1 %561, label %trap17.site0, label %ok83

write.ok82:                                       ; preds = %ok83, %write.low80, %ok79
  %562 = getelementptr i8, i8* %mem, i64 %550
  store i64 %549, i64* %unaligned84, align 8
  %563 = bitcast i64* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %562, i8* %563, i64 8, i1 false)
  %564 = load i32, i32* %len, align 4
  %565 = add i32 %564, 1
  store i32 %565, i32* %len, align 4
  %566 = load i32, i32* %list, align 4
  %567 = add i32 %566, 8
  %568 = load i32, i32* %len, align 4
  %569 = mul i32 %568, 8
  %570 = add i32 %567, %569
  %571 = load i64, i64* %item.1, align 8
  %572 = zext i32 %570 to i64
  %573 = add i64 %572, 8
  %574 = icmp uge i64 %572, %scratch_start
  %575 = load i64, i64* %highEnd, align 8
  %576 = icmp ule i64 %573, %575
  %577 = and i1 %574, %576
  br i1 %577, label %write.ok87, label %write.low85

ok83:                                             ; preds = %write.slow81
  %578 = icmp ult i64 %550, %scratch_start
  %579 = load i64, i64* %lowEnd, align 8
  %580 = load i64, i64* %highEnd, align 8
  %581 = call i64 @llvm.umax.i64(i64 %579, i64 %551)
  %582 = select i1 %578, i64 %581, i64 %579
  store i64 %582, i64* %lowEnd, align 8
  %583 = call i64 @llvm.umax.i64(i64 %580, i64 %551)
  %584 = select i1 %578, i64 %580, i64 %583
  store i64 %584, i64* %highEnd, align 8
  %585 = load i64, i64* %lowStart, align 8
  %586 = call i64 @llvm.umin.i64(i64 %585, i64 %550)
  store i64 %586, i64* %lowStart, align 8
  br label %write.ok82

write.low85:                                      ; preds = %write.ok82
  %587 = load i64, i64* %lowStart, align 8
  %588 = icmp uge i64 %572, %587
  %589 = load i64, i64* %lowEnd, align 8
  %590 = icmp ule i64 %573, %589
  %591 = and i1 %588, %590
  br i1 %591, label %write.ok87, label %write.slow86

write.slow86:                                     ; preds = %write.low85
  %592 = icmp ugt i64 %573, %arena_size
  br i1 %592, label %trap17.site0, label %ok88

write.ok87:                                       ; preds = %ok88, %write.low85, %write.ok82
  %593 = getelementptr i8, i8* %mem, i64 %572
  store i64 %571, i64* %unaligned89, align 8
  %594 = bitcast i64* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %593, i8* %594, i64 8, i1 false)
  %595 = load i32, i32* %len, align 4
  %596 = add i32 %595, 1
  store i32 %596, i32* %len, align 4
  %597 = load i32, i32* %list, align 4
  %598 = add i32 %597, 8
  %599 = load i32, i32* %len, align 4
  %600 = mul i32 %599, 8
  %601 = add i32 %598, %600
  %602 = load i64, i64* %item.2, align 8
  %603 = zext i32 %601 to i64
  %604 = add i64 %603, 8
  %605 = icmp uge i64 %603, %scratch_start
  %606 = load i64, i64* %highEnd, align 8
  %607 = icmp ule i64 %604, %606
  %608 = and i1 %605, %607
  br i1 %608, label %write.ok92, label %write.low90

ok88:                                             ; preds = %write.slow86
  %609 = icmp ult i64 %572, %scratch_start
  %610 = load i64, i64* %lowEnd, align 8
  %611 = load i64, i64* %highEnd, align 8
  %612 = call i64 @llvm.umax.i64(i64 %610, i64 %573)
  %613 = select i1 %609, i64 %612, i64 %610
  store i64 %613, i64* %lowEnd, align 8
  %614 = call i64 @llvm.umax.i64(i64 %611, i64 %573)
  %615 = select i1 %609, i64 %611, i64 %614
  store i64 %615, i64* %highEnd, align 8
  %616 = load i64, i64* %lowStart, align 8
  %617 = call i64 @llvm.umin.i64(i64 %616, i64 %572)
  store i64 %617, i64* %lowStart, align 8
  br label %write.ok87

write.low90:                                      ; preds = %write.ok87
  %618 = load i64, i64* %lowStart, align 8
  %619 = icmp uge i64 %603, %618
  %620 = load i64, i64* %lowEnd, align 8
  %621 = icmp ule i64 %604, %620
  %622 = and i1 %619, %621
  br i1 %622, label %write.ok92, label %write.slow91

write.slow91:                                     ; preds = %write.low90
  %623 = icmp ugt i64 %604, %arena_size
  br i1 %623, label %trap17.site0, label %ok93

write.ok92:                                       ; preds = %ok93, %write.low90, %write.ok87
  %624 = getelementptr i8, i8* %mem, i64 %603
  store i64 %602, i64* %unaligned94, align 8
  %625 = bitcast i64* %unaligned94 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %624, i8* %625, i64 8, i1 false)
  %626 = load i32, i32* %len, align 4
  %627 = add i32 %626, 1
  store i32 %627, i32* %len, align 4
  %628 = load i32, i32* %list, align 4
  %629 = load i32, i32* %len, align 4
  %630 = zext i32 %628 to i64
  %631 = add i64 %630, 4
  %632 = icmp uge i64 %630, %scratch_start
  %633 = load i64, i64* %highEnd, align 8
  %634 = icmp ule i64 %631, %633
  %635 = and i1 %632, %634
  br i1 %635, label %write.ok97, label %write.low95

ok93:                                             ; preds = %write.slow91
  %636 = icmp ult i64 %603, %scratch_start
  %637 = load i64, i64* %lowEnd, align 8
  %638 = load i64, i64* %highEnd, align 8
  %639 = call i64 @llvm.umax.i64(i64 %637, i64 %604)
  %640 = select i1 %636, i64 %639, i64 %637
  store i64 %640, i64* %lowEnd, align 8
  %641 = call i64 @llvm.umax.i64(i64 %638, i64 %604)
  %642 = select i1 %636, i64 %638, i64 %641
  store i64 %642, i64* %highEnd, align 8
  %643 = load i64, i64* %lowStart, align 8
  %644 = call i64 @llvm.umin.i64(i64 %643, i64 %603)
  store i64 %644, i64* %lowStart, align 8
  br label %write.ok92

write.low95:                                      ; preds = %write.ok92
  %645 = load i64, i64* %lowStart, align 8
  %646 = icmp uge i64 %630, %645
  %647 = load i64, i64* %lowEnd, align 8
  %648 = icmp ule i64 %631, %647
  %649 = and i1 %646, %648
  br i1 %649, label %write.ok97, label %write.slow96

write.slow96:                                     ; preds = %write.low95
  %650 = icmp ugt i64 %631, %arena_size
  br i1 %650, label %trap17.site0, label %ok98

write.ok97:                                       ; preds = %ok98, %write.low95, %write.ok92
  %651 = getelementptr i8, i8* %mem, i64 %630
  store i32 %629, i32* %unaligned99, align 4
  %652 = bitcast i32* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %651, i8* %652, i64 4, i1 false)
  %653 = load i32, i32* %list, align 4
  store i32 %653, i32* %result74, align 4
  br label %e20

ok98:                                             ; preds = %write.slow96
  %654 = icmp ult i64 %630, %scratch_start
  %655 = load i64, i64* %lowEnd, align 8
  %656 = load i64, i64* %highEnd, align 8
  %657 = call i64 @llvm.umax.i64(i64 %655, i64 %631)
  %658 = select i1 %654, i64 %657, i64 %655
  store i64 %658, i64* %lowEnd, align 8
  %659 = call i64 @llvm.umax.i64(i64 %656, i64 %631)
  %660 = select i1 %654, i64 %656, i64 %659
  store i64 %660, i64* %highEnd, align 8
  %661 = load i64, i64* %lowStart, align 8
  %662 = call i64 @llvm.umin.i64(i64 %661, i64 %630)
  store i64 %662, i64* %lowStart, align 8
  br label %write.ok97

e24:                                              ; preds = %write.ok122
  %663 = load i32, i32* %result100, align 4
  store i32 %663, i32* %result73, align 4
  br label %e19

ok101:                                            ; preds = %e20
  %664 = getelementptr i8, i8* %mem, i64 %521
  %665 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %665, i8* %664, i64 4, i1 false)
  %666 = load i32, i32* %unaligned102, align 4
  %667 = zext i32 %666 to i64
  %668 = mul i64 %667, 8
  %669 = add i64 8, %668
  store i64 %669, i64* %size.1, align 8
  %670 = load i64, i64* %size.1, align 8
  %671 = icmp ugt i64 %670, 2147483647
  %672 = zext i1 %671 to i32
  %673 = icmp ne i32 %672, 0
  br i1 %673, label %then103, label %else104

then103:                                          ; preds = %ok101
  br label %trap15.site16

else104:                                          ; preds = %ok101
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %674 = load i64, i64* %size.1, align 8
  %675 = trunc i64 %674 to i32
  %676 = zext i32 %675 to i64
  %677 = getelementptr i64, i64* %regs, i64 1
  %678 = getelementptr i64, i64* %regs, i64 2
  %679 = load i64, i64* %677, align 8
  %680 = add i64 %679, 7
  %681 = and i64 %680, -8
  %682 = add i64 %681, %676
  %683 = load i64, i64* %678, align 8
  %684 = icmp ugt i64 %682, %683
  br i1 %684, label %trap15.site16, label %ok107

trap15.site16:                                    ; preds = %join105, %then103
  %685 = load i64, i64* %lowStart, align 8
  %686 = getelementptr i64, i64* %regs, i64 6
  store i64 %685, i64* %686, align 8
  %687 = load i64, i64* %lowEnd, align 8
  %688 = getelementptr i64, i64* %regs, i64 7
  store i64 %687, i64* %688, align 8
  %689 = load i64, i64* %highEnd, align 8
  %690 = getelementptr i64, i64* %regs, i64 8
  store i64 %689, i64* %690, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead106:                                          ; No predecessors!
  br label %join105

ok107:                                            ; preds = %join105
  store i64 %682, i64* %677, align 8
  %691 = load i64, i64* %highEnd, align 8
  %692 = call i64 @llvm.umax.i64(i64 %691, i64 %682)
  store i64 %692, i64* %highEnd, align 8
  %693 = trunc i64 %681 to i32
  store i32 %693, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %694 = load i32, i32* %xs, align 4
  %695 = zext i32 %694 to i64
  %696 = add i64 %695, 4
  %697 = icmp ugt i64 %696, %arena_size
  br i1 %697, label %trap17.site0, label %ok108

ok108:                                            ; preds = %ok107
  %698 = getelementptr i8, i8* %mem, i64 %695
  %699 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %699, i8* %698, i64 4, i1 false)
  %700 = load i32, i32* %unaligned109, align 4
  store i32 %700, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each27

block26:                                          ; preds = %dead119, %ok110
  %701 = load i32, i32* %list.1, align 4
  %702 = load i32, i32* %len.1, align 4
  %703 = zext i32 %701 to i64
  %704 = add i64 %703, 4
  %705 = icmp uge i64 %703, %scratch_start
  %706 = load i64, i64* %highEnd, align 8
  %707 = icmp ule i64 %704, %706
  %708 = and i1 %705, %707
  br i1 %708, label %write.ok122, label %write.low120

each27:                                           ; preds = %write.ok116, %ok108
  %709 = load i64, i64* %fuel, align 8
  %710 = icmp ult i64 %709, 1
  br i1 %710, label %trap14.site0, label %ok110

ok110:                                            ; preds = %each27
  %711 = sub i64 %709, 1
  store i64 %711, i64* %fuel, align 8
  %712 = load i32, i32* %k, align 4
  %713 = load i32, i32* %n, align 4
  %714 = icmp uge i32 %712, %713
  %715 = zext i1 %714 to i32
  %716 = icmp ne i32 %715, 0
  br i1 %716, label %block26, label %cont

cont:                                             ; preds = %ok110
  %717 = load i32, i32* %xs, align 4
  %718 = load i32, i32* %k, align 4
  %719 = mul i32 %718, 8
  %720 = add i32 %717, %719
  %721 = zext i32 %720 to i64
  %722 = add i64 %721, 8
  %723 = add i64 %722, 8
  %724 = icmp ugt i64 %723, %arena_size
  br i1 %724, label %trap17.site0, label %ok111

ok111:                                            ; preds = %cont
  %725 = getelementptr i8, i8* %mem, i64 %722
  %726 = bitcast i64* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %726, i8* %725, i64 8, i1 false)
  %727 = load i64, i64* %unaligned112, align 8
  store i64 %727, i64* %x.1, align 8
  %728 = load i64, i64* %x.1, align 8
  store i64 %728, i64* %w, align 8
  %729 = load i32, i32* %list.1, align 4
  %730 = load i32, i32* %len.1, align 4
  %731 = mul i32 %730, 8
  %732 = add i32 %729, %731
  %733 = load i64, i64* %w, align 8
  %734 = load i64, i64* %x, align 8
  %735 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %733, i64 %734)
  %736 = extractvalue { i64, i1 } %735, 1
  br i1 %736, label %trap2.site17, label %ok113

ok113:                                            ; preds = %ok111
  %737 = extractvalue { i64, i1 } %735, 0
  %738 = zext i32 %732 to i64
  %739 = add i64 %738, 8
  %740 = add i64 %739, 8
  %741 = icmp uge i64 %739, %scratch_start
  %742 = load i64, i64* %highEnd, align 8
  %743 = icmp ule i64 %740, %742
  %744 = and i1 %741, %743
  br i1 %744, label %write.ok116, label %write.low114

trap2.site17:                                     ; preds = %ok111
  %745 = load i64, i64* %lowStart, align 8
  %746 = getelementptr i64, i64* %regs, i64 6
  store i64 %745, i64* %746, align 8
  %747 = load i64, i64* %lowEnd, align 8
  %748 = getelementptr i64, i64* %regs, i64 7
  store i64 %747, i64* %748, align 8
  %749 = load i64, i64* %highEnd, align 8
  %750 = getelementptr i64, i64* %regs, i64 8
  store i64 %749, i64* %750, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 17)
  unreachable

write.low114:                                     ; preds = %ok113
  %751 = load i64, i64* %lowStart, align 8
  %752 = icmp uge i64 %739, %751
  %753 = load i64, i64* %lowEnd, align 8
  %754 = icmp ule i64 %740, %753
  %755 = and i1 %752, %754
  br i1 %755, label %write.ok116, label %write.slow115

write.slow115:                                    ; preds = %write.low114
  %756 = icmp ugt i64 %740, %arena_size
  br i1 %756, label %trap17.site0, label %ok117

write.ok116:                                      ; preds = %ok117, %write.low114, %ok113
  %757 = getelementptr i8, i8* %mem, i64 %739
  store i64 %737, i64* %unaligned118, align 8
  %758 = bitcast i64* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %757, i8* %758, i64 8, i1 false)
  %759 = load i32, i32* %len.1, align 4
  %760 = add i32 %759, 1
  store i32 %760, i32* %len.1, align 4
  %761 = load i32, i32* %k, align 4
  %762 = add i32 %761, 1
  store i32 %762, i32* %k, align 4
  br label %each27

ok117:                                            ; preds = %write.slow115
  %763 = icmp ult i64 %739, %scratch_start
  %764 = load i64, i64* %lowEnd, align 8
  %765 = load i64, i64* %highEnd, align 8
  %766 = call i64 @llvm.umax.i64(i64 %764, i64 %740)
  %767 = select i1 %763, i64 %766, i64 %764
  store i64 %767, i64* %lowEnd, align 8
  %768 = call i64 @llvm.umax.i64(i64 %765, i64 %740)
  %769 = select i1 %763, i64 %765, i64 %768
  store i64 %769, i64* %highEnd, align 8
  %770 = load i64, i64* %lowStart, align 8
  %771 = call i64 @llvm.umin.i64(i64 %770, i64 %739)
  store i64 %771, i64* %lowStart, align 8
  br label %write.ok116

dead119:                                          ; No predecessors!
  br label %block26

write.low120:                                     ; preds = %block26
  %772 = load i64, i64* %lowStart, align 8
  %773 = icmp uge i64 %703, %772
  %774 = load i64, i64* %lowEnd, align 8
  %775 = icmp ule i64 %704, %774
  %776 = and i1 %773, %775
  br i1 %776, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %777 = icmp ugt i64 %704, %arena_size
  br i1 %777, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %block26
  %778 = getelementptr i8, i8* %mem, i64 %703
  store i32 %702, i32* %unaligned124, align 4
  %779 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %778, i8* %779, i64 4, i1 false)
  %780 = load i32, i32* %list.1, align 4
  store i32 %780, i32* %result100, align 4
  br label %e24

ok123:                                            ; preds = %write.slow121
  %781 = icmp ult i64 %703, %scratch_start
  %782 = load i64, i64* %lowEnd, align 8
  %783 = load i64, i64* %highEnd, align 8
  %784 = call i64 @llvm.umax.i64(i64 %782, i64 %704)
  %785 = select i1 %781, i64 %784, i64 %782
  store i64 %785, i64* %lowEnd, align 8
  %786 = call i64 @llvm.umax.i64(i64 %783, i64 %704)
  %787 = select i1 %781, i64 %783, i64 %786
  store i64 %787, i64* %highEnd, align 8
  %788 = load i64, i64* %lowStart, align 8
  %789 = call i64 @llvm.umin.i64(i64 %788, i64 %703)
  store i64 %789, i64* %lowStart, align 8
  br label %write.ok122

write.low125:                                     ; preds = %e19
  %790 = load i64, i64* %lowStart, align 8
  %791 = icmp uge i64 %512, %790
  %792 = load i64, i64* %lowEnd, align 8
  %793 = icmp ule i64 %513, %792
  %794 = and i1 %791, %793
  br i1 %794, label %write.ok127, label %write.slow126

write.slow126:                                    ; preds = %write.low125
  %795 = icmp ugt i64 %513, %arena_size
  br i1 %795, label %trap17.site0, label %ok128

write.ok127:                                      ; preds = %ok128, %write.low125, %e19
  %796 = getelementptr i8, i8* %mem, i64 %512
  store i32 %510, i32* %unaligned129, align 4
  %797 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %796, i8* %797, i64 4, i1 false)
  %798 = load i32, i32* %dict, align 4
  store i32 %798, i32* %result5, align 4
  br label %e0

ok128:                                            ; preds = %write.slow126
  %799 = icmp ult i64 %512, %scratch_start
  %800 = load i64, i64* %lowEnd, align 8
  %801 = load i64, i64* %highEnd, align 8
  %802 = call i64 @llvm.umax.i64(i64 %800, i64 %513)
  %803 = select i1 %799, i64 %802, i64 %800
  store i64 %803, i64* %lowEnd, align 8
  %804 = call i64 @llvm.umax.i64(i64 %801, i64 %513)
  %805 = select i1 %799, i64 %801, i64 %804
  store i64 %805, i64* %highEnd, align 8
  %806 = load i64, i64* %lowStart, align 8
  %807 = call i64 @llvm.umin.i64(i64 %806, i64 %512)
  store i64 %807, i64* %lowStart, align 8
  br label %write.ok127

ok130:                                            ; preds = %e0
  %808 = icmp ult i64 %10, %stack_limit
  br i1 %808, label %trap253.site0, label %stack_ok131

trap15.site0:                                     ; preds = %e0
  %809 = load i64, i64* %lowStart, align 8
  %810 = getelementptr i64, i64* %regs, i64 6
  store i64 %809, i64* %810, align 8
  %811 = load i64, i64* %lowEnd, align 8
  %812 = getelementptr i64, i64* %regs, i64 7
  store i64 %811, i64* %812, align 8
  %813 = load i64, i64* %highEnd, align 8
  %814 = getelementptr i64, i64* %regs, i64 8
  store i64 %813, i64* %814, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok131:                                      ; preds = %ok130
  %815 = load i64, i64* %fuel, align 8
  %816 = getelementptr i64, i64* %regs, i64 0
  store i64 %815, i64* %816, align 8
  %817 = load i64, i64* %lowStart, align 8
  %818 = getelementptr i64, i64* %regs, i64 6
  store i64 %817, i64* %818, align 8
  %819 = load i64, i64* %lowEnd, align 8
  %820 = getelementptr i64, i64* %regs, i64 7
  store i64 %819, i64* %820, align 8
  %821 = load i64, i64* %highEnd, align 8
  %822 = getelementptr i64, i64* %regs, i64 8
  store i64 %821, i64* %822, align 8
  %823 = add i32 %depth, 1
  %824 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %823, i32 %89, i32 %90, i32 0)
  %825 = getelementptr i64, i64* %regs, i64 0
  %826 = load i64, i64* %825, align 8
  store i64 %826, i64* %fuel, align 8
  %827 = getelementptr i64, i64* %regs, i64 6
  %828 = load i64, i64* %827, align 8
  store i64 %828, i64* %lowStart, align 8
  %829 = getelementptr i64, i64* %regs, i64 7
  %830 = load i64, i64* %829, align 8
  store i64 %830, i64* %lowEnd, align 8
  %831 = getelementptr i64, i64* %regs, i64 8
  %832 = load i64, i64* %831, align 8
  store i64 %832, i64* %highEnd, align 8
  store i32 %824, i32* %json_end, align 4
  %833 = load i32, i32* %json_end, align 4
  %834 = icmp eq i32 %833, -2
  %835 = zext i1 %834 to i32
  %836 = icmp ne i32 %835, 0
  br i1 %836, label %then132, label %else133

then132:                                          ; preds = %stack_ok131
  br label %trap16.site4

else133:                                          ; preds = %stack_ok131
  br label %join134

join134:                                          ; preds = %else133, %dead135
  %837 = load i32, i32* %json_end, align 4
  %838 = icmp eq i32 %837, -1
  %839 = zext i1 %838 to i32
  %840 = icmp ne i32 %839, 0
  br i1 %840, label %then136, label %else137

trap16.site4:                                     ; preds = %then132
  %841 = load i64, i64* %lowStart, align 8
  %842 = getelementptr i64, i64* %regs, i64 6
  store i64 %841, i64* %842, align 8
  %843 = load i64, i64* %lowEnd, align 8
  %844 = getelementptr i64, i64* %regs, i64 7
  store i64 %843, i64* %844, align 8
  %845 = load i64, i64* %highEnd, align 8
  %846 = getelementptr i64, i64* %regs, i64 8
  store i64 %845, i64* %846, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead135:                                          ; No predecessors!
  br label %join134

then136:                                          ; preds = %join134
  br label %trap15.site4

else137:                                          ; preds = %join134
  br label %join138

join138:                                          ; preds = %else137, %dead139
  %847 = load i32, i32* %json_end, align 4
  %848 = zext i32 %847 to i64
  %849 = getelementptr i64, i64* %regs, i64 3
  store i64 %848, i64* %849, align 8
  %850 = load i32, i32* %json_end, align 4
  %851 = load i32, i32* %json_start, align 4
  %852 = sub i32 %850, %851
  %853 = load i64, i64* %fuel, align 8
  %854 = getelementptr i64, i64* %regs, i64 0
  store i64 %853, i64* %854, align 8
  %855 = load i64, i64* %lowStart, align 8
  %856 = getelementptr i64, i64* %regs, i64 6
  store i64 %855, i64* %856, align 8
  %857 = load i64, i64* %lowEnd, align 8
  %858 = getelementptr i64, i64* %regs, i64 7
  store i64 %857, i64* %858, align 8
  %859 = load i64, i64* %highEnd, align 8
  %860 = getelementptr i64, i64* %regs, i64 8
  store i64 %859, i64* %860, align 8
  ret i32 %852

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
  %41 = load i64, i64* %lowEnd, align 8
  %42 = load i64, i64* %highEnd, align 8
  %43 = call i64 @llvm.umax.i64(i64 %41, i64 %16)
  %44 = select i1 %40, i64 %43, i64 %41
  store i64 %44, i64* %lowEnd, align 8
  %45 = call i64 @llvm.umax.i64(i64 %42, i64 %16)
  %46 = select i1 %40, i64 %42, i64 %45
  store i64 %46, i64* %highEnd, align 8
  %47 = load i64, i64* %lowStart, align 8
  %48 = call i64 @llvm.umin.i64(i64 %47, i64 %15)
  store i64 %48, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow12, %write.slow7, %ok2, %write.ok, %write.slow
  %49 = load i64, i64* %lowStart, align 8
  %50 = getelementptr i64, i64* %regs, i64 6
  store i64 %49, i64* %50, align 8
  %51 = load i64, i64* %lowEnd, align 8
  %52 = getelementptr i64, i64* %regs, i64 7
  store i64 %51, i64* %52, align 8
  %53 = load i64, i64* %highEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 8
  store i64 %53, i64* %54, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %55 = getelementptr i8, i8* %mem, i64 %37
  %56 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %56, i8* %55, i64 8, i1 false)
  %57 = load i64, i64* %unaligned, align 8
  %58 = load i32, i32* %frame, align 4
  %59 = zext i32 %58 to i64
  %60 = add i64 %59, 40
  %61 = add i64 %60, 8
  %62 = icmp ugt i64 %61, %arena_size
  br i1 %62, label %trap17.site0, label %ok3

ok3:                                              ; preds = %ok2
  %63 = getelementptr i8, i8* %mem, i64 %60
  %64 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %64, i8* %63, i64 8, i1 false)
  %65 = load i64, i64* %unaligned4, align 8
  %66 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %57, i64 %65)
  %67 = extractvalue { i64, i1 } %66, 1
  br i1 %67, label %trap2.site9, label %ok5

ok5:                                              ; preds = %ok3
  %68 = extractvalue { i64, i1 } %66, 0
  %69 = zext i32 %34 to i64
  %70 = add i64 %69, 8
  %71 = add i64 %70, 8
  %72 = icmp uge i64 %70, %scratch_start
  %73 = load i64, i64* %highEnd, align 8
  %74 = icmp ule i64 %71, %73
  %75 = and i1 %72, %74
  br i1 %75, label %write.ok8, label %write.low6

trap2.site9:                                      ; preds = %ok3
  %76 = load i64, i64* %lowStart, align 8
  %77 = getelementptr i64, i64* %regs, i64 6
  store i64 %76, i64* %77, align 8
  %78 = load i64, i64* %lowEnd, align 8
  %79 = getelementptr i64, i64* %regs, i64 7
  store i64 %78, i64* %79, align 8
  %80 = load i64, i64* %highEnd, align 8
  %81 = getelementptr i64, i64* %regs, i64 8
  store i64 %80, i64* %81, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

write.low6:                                       ; preds = %ok5
  %82 = load i64, i64* %lowStart, align 8
  %83 = icmp uge i64 %70, %82
  %84 = load i64, i64* %lowEnd, align 8
  %85 = icmp ule i64 %71, %84
  %86 = and i1 %83, %85
  br i1 %86, label %write.ok8, label %write.slow7

write.slow7:                                      ; preds = %write.low6
  %87 = icmp ugt i64 %71, %arena_size
  br i1 %87, label %trap17.site0, label %ok9

write.ok8:                                        ; preds = %ok9, %write.low6, %ok5
  %88 = getelementptr i8, i8* %mem, i64 %70
  store i64 %68, i64* %unaligned10, align 8
  %89 = bitcast i64* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %88, i8* %89, i64 8, i1 false)
  %90 = load i32, i32* %frame, align 4
  %91 = zext i32 %90 to i64
  %92 = add i64 %91, 24
  %93 = add i64 %92, 1
  %94 = icmp uge i64 %92, %scratch_start
  %95 = load i64, i64* %highEnd, align 8
  %96 = icmp ule i64 %93, %95
  %97 = and i1 %94, %96
  br i1 %97, label %write.ok13, label %write.low11

ok9:                                              ; preds = %write.slow7
  %98 = icmp ult i64 %70, %scratch_start
  %99 = load i64, i64* %lowEnd, align 8
  %100 = load i64, i64* %highEnd, align 8
  %101 = call i64 @llvm.umax.i64(i64 %99, i64 %71)
  %102 = select i1 %98, i64 %101, i64 %99
  store i64 %102, i64* %lowEnd, align 8
  %103 = call i64 @llvm.umax.i64(i64 %100, i64 %71)
  %104 = select i1 %98, i64 %100, i64 %103
  store i64 %104, i64* %highEnd, align 8
  %105 = load i64, i64* %lowStart, align 8
  %106 = call i64 @llvm.umin.i64(i64 %105, i64 %70)
  store i64 %106, i64* %lowStart, align 8
  br label %write.ok8

write.low11:                                      ; preds = %write.ok8
  %107 = load i64, i64* %lowStart, align 8
  %108 = icmp uge i64 %92, %107
  %109 = load i64, i64* %lowEnd, align 8
  %110 = icmp ule i64 %93, %109
  %111 = and i1 %108, %110
  br i1 %111, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %112 = icmp ugt i64 %93, %arena_size
  br i1 %112, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok8
  %113 = getelementptr i8, i8* %mem, i64 %92
  store i8 2, i8* %113, align 1
  %114 = load i64, i64* %fuel, align 8
  %115 = getelementptr i64, i64* %regs, i64 0
  store i64 %114, i64* %115, align 8
  %116 = load i64, i64* %lowStart, align 8
  %117 = getelementptr i64, i64* %regs, i64 6
  store i64 %116, i64* %117, align 8
  %118 = load i64, i64* %lowEnd, align 8
  %119 = getelementptr i64, i64* %regs, i64 7
  store i64 %118, i64* %119, align 8
  %120 = load i64, i64* %highEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 8
  store i64 %120, i64* %121, align 8
  ret void

ok14:                                             ; preds = %write.slow12
  %122 = icmp ult i64 %92, %scratch_start
  %123 = load i64, i64* %lowEnd, align 8
  %124 = load i64, i64* %highEnd, align 8
  %125 = call i64 @llvm.umax.i64(i64 %123, i64 %93)
  %126 = select i1 %122, i64 %125, i64 %123
  store i64 %126, i64* %lowEnd, align 8
  %127 = call i64 @llvm.umax.i64(i64 %124, i64 %93)
  %128 = select i1 %122, i64 %124, i64 %127
  store i64 %128, i64* %highEnd, align 8
  %129 = load i64, i64* %lowStart, align 8
  %130 = call i64 @llvm.umin.i64(i64 %129, i64 %92)
  store i64 %130, i64* %lowStart, align 8
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
  %43 = load i64, i64* %lowEnd, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = call i64 @llvm.umax.i64(i64 %43, i64 %18)
  %46 = select i1 %42, i64 %45, i64 %43
  store i64 %46, i64* %lowEnd, align 8
  %47 = call i64 @llvm.umax.i64(i64 %44, i64 %18)
  %48 = select i1 %42, i64 %44, i64 %47
  store i64 %48, i64* %highEnd, align 8
  %49 = load i64, i64* %lowStart, align 8
  %50 = call i64 @llvm.umin.i64(i64 %49, i64 %17)
  store i64 %50, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow10, %write.slow5, %write.ok, %write.slow
  %51 = load i64, i64* %lowStart, align 8
  %52 = getelementptr i64, i64* %regs, i64 6
  store i64 %51, i64* %52, align 8
  %53 = load i64, i64* %lowEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 7
  store i64 %53, i64* %54, align 8
  %55 = load i64, i64* %highEnd, align 8
  %56 = getelementptr i64, i64* %regs, i64 8
  store i64 %55, i64* %56, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %write.ok
  %57 = getelementptr i8, i8* %mem, i64 %39
  %58 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %58, i8* %57, i64 8, i1 false)
  %59 = load i64, i64* %unaligned, align 8
  %60 = icmp uge i32 %depth, 1000
  br i1 %60, label %trap15.site18, label %ok3

ok3:                                              ; preds = %ok2
  %61 = icmp ult i64 %10, %stack_limit
  br i1 %61, label %trap253.site0, label %stack_ok

trap15.site18:                                    ; preds = %ok2
  %62 = load i64, i64* %lowStart, align 8
  %63 = getelementptr i64, i64* %regs, i64 6
  store i64 %62, i64* %63, align 8
  %64 = load i64, i64* %lowEnd, align 8
  %65 = getelementptr i64, i64* %regs, i64 7
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %highEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 8
  store i64 %66, i64* %67, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

stack_ok:                                         ; preds = %ok3
  %68 = load i64, i64* %fuel, align 8
  %69 = getelementptr i64, i64* %regs, i64 0
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %lowStart, align 8
  %71 = getelementptr i64, i64* %regs, i64 6
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %lowEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 7
  store i64 %72, i64* %73, align 8
  %74 = load i64, i64* %highEnd, align 8
  %75 = getelementptr i64, i64* %regs, i64 8
  store i64 %74, i64* %75, align 8
  %76 = add i32 %depth, 1
  %77 = call i64 @m0.fn.a.extra.sq(i64* %regs, i8* %mem, i32 %76, i32 0, i64 %59)
  %78 = getelementptr i64, i64* %regs, i64 0
  %79 = load i64, i64* %78, align 8
  store i64 %79, i64* %fuel, align 8
  %80 = getelementptr i64, i64* %regs, i64 6
  %81 = load i64, i64* %80, align 8
  store i64 %81, i64* %lowStart, align 8
  %82 = getelementptr i64, i64* %regs, i64 7
  %83 = load i64, i64* %82, align 8
  store i64 %83, i64* %lowEnd, align 8
  %84 = getelementptr i64, i64* %regs, i64 8
  %85 = load i64, i64* %84, align 8
  store i64 %85, i64* %highEnd, align 8
  %86 = zext i32 %36 to i64
  %87 = add i64 %86, 16
  %88 = add i64 %87, 8
  %89 = icmp uge i64 %87, %scratch_start
  %90 = load i64, i64* %highEnd, align 8
  %91 = icmp ule i64 %88, %90
  %92 = and i1 %89, %91
  br i1 %92, label %write.ok6, label %write.low4

trap253.site0:                                    ; preds = %ok3
  %93 = load i64, i64* %lowStart, align 8
  %94 = getelementptr i64, i64* %regs, i64 6
  store i64 %93, i64* %94, align 8
  %95 = load i64, i64* %lowEnd, align 8
  %96 = getelementptr i64, i64* %regs, i64 7
  store i64 %95, i64* %96, align 8
  %97 = load i64, i64* %highEnd, align 8
  %98 = getelementptr i64, i64* %regs, i64 8
  store i64 %97, i64* %98, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

write.low4:                                       ; preds = %stack_ok
  %99 = load i64, i64* %lowStart, align 8
  %100 = icmp uge i64 %87, %99
  %101 = load i64, i64* %lowEnd, align 8
  %102 = icmp ule i64 %88, %101
  %103 = and i1 %100, %102
  br i1 %103, label %write.ok6, label %write.slow5

write.slow5:                                      ; preds = %write.low4
  %104 = icmp ugt i64 %88, %arena_size
  br i1 %104, label %trap17.site0, label %ok7

write.ok6:                                        ; preds = %ok7, %write.low4, %stack_ok
  %105 = getelementptr i8, i8* %mem, i64 %87
  store i64 %77, i64* %unaligned8, align 8
  %106 = bitcast i64* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %105, i8* %106, i64 8, i1 false)
  %107 = load i32, i32* %frame, align 4
  %108 = zext i32 %107 to i64
  %109 = add i64 %108, 25
  %110 = add i64 %109, 1
  %111 = icmp uge i64 %109, %scratch_start
  %112 = load i64, i64* %highEnd, align 8
  %113 = icmp ule i64 %110, %112
  %114 = and i1 %111, %113
  br i1 %114, label %write.ok11, label %write.low9

ok7:                                              ; preds = %write.slow5
  %115 = icmp ult i64 %87, %scratch_start
  %116 = load i64, i64* %lowEnd, align 8
  %117 = load i64, i64* %highEnd, align 8
  %118 = call i64 @llvm.umax.i64(i64 %116, i64 %88)
  %119 = select i1 %115, i64 %118, i64 %116
  store i64 %119, i64* %lowEnd, align 8
  %120 = call i64 @llvm.umax.i64(i64 %117, i64 %88)
  %121 = select i1 %115, i64 %117, i64 %120
  store i64 %121, i64* %highEnd, align 8
  %122 = load i64, i64* %lowStart, align 8
  %123 = call i64 @llvm.umin.i64(i64 %122, i64 %87)
  store i64 %123, i64* %lowStart, align 8
  br label %write.ok6

write.low9:                                       ; preds = %write.ok6
  %124 = load i64, i64* %lowStart, align 8
  %125 = icmp uge i64 %109, %124
  %126 = load i64, i64* %lowEnd, align 8
  %127 = icmp ule i64 %110, %126
  %128 = and i1 %125, %127
  br i1 %128, label %write.ok11, label %write.slow10

write.slow10:                                     ; preds = %write.low9
  %129 = icmp ugt i64 %110, %arena_size
  br i1 %129, label %trap17.site0, label %ok12

write.ok11:                                       ; preds = %ok12, %write.low9, %write.ok6
  %130 = getelementptr i8, i8* %mem, i64 %109
  store i8 2, i8* %130, align 1
  %131 = load i64, i64* %fuel, align 8
  %132 = getelementptr i64, i64* %regs, i64 0
  store i64 %131, i64* %132, align 8
  %133 = load i64, i64* %lowStart, align 8
  %134 = getelementptr i64, i64* %regs, i64 6
  store i64 %133, i64* %134, align 8
  %135 = load i64, i64* %lowEnd, align 8
  %136 = getelementptr i64, i64* %regs, i64 7
  store i64 %135, i64* %136, align 8
  %137 = load i64, i64* %highEnd, align 8
  %138 = getelementptr i64, i64* %regs, i64 8
  store i64 %137, i64* %138, align 8
  ret void

ok12:                                             ; preds = %write.slow10
  %139 = icmp ult i64 %109, %scratch_start
  %140 = load i64, i64* %lowEnd, align 8
  %141 = load i64, i64* %highEnd, align 8
  %142 = call i64 @llvm.umax.i64(i64 %140, i64 %110)
  %143 = select i1 %139, i64 %142, i64 %140
  store i64 %143, i64* %lowEnd, align 8
  %144 = call i64 @llvm.umax.i64(i64 %141, i64 %110)
  %145 = select i1 %139, i64 %141, i64 %144
  store i64 %145, i64* %highEnd, align 8
  %146 = load i64, i64* %lowStart, align 8
  %147 = call i64 @llvm.umin.i64(i64 %146, i64 %109)
  store i64 %147, i64* %lowStart, align 8
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
