; From libs/driver/testdata/emit-golden/options.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/options.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (38):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.skip
;   @m0.codec.dec.int.1
;   @m0.codec.dec.option.0
;   @m0.codec.dec.string.3
;   @m0.codec.dec.option.2
;   @m0.main.args
;   @m0.rt.str_concat
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.1
;   @m0.codec.write_str
;   @m0.codec.enc.string.2
;   @m0.codec.enc.option.4
;   @m0.codec.enc.list.3
;   @m0.codec.enc.bool.6
;   @m0.codec.enc.list.5
;   @m0.codec.enc.result.7
;   @m0.codec.enc.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 2 function(s):

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
  %arg2_cell = alloca i32, align 4
  store i32 0, i32* %arg2_cell, align 4
  %arg0_state = alloca i32, align 4
  store i32 0, i32* %arg0_state, align 4
  %arg1_state = alloca i32, align 4
  store i32 0, i32* %arg1_state, align 4
  %arg2_state = alloca i32, align 4
  store i32 0, i32* %arg2_state, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %arg = alloca i32, align 4
  store i32 0, i32* %arg, align 4
  %arg.1 = alloca i32, align 4
  store i32 0, i32* %arg.1, align 4
  %arg.2 = alloca i64, align 8
  store i64 0, i64* %arg.2, align 8
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
  %unaligned = alloca i32, align 4
  %unaligned45 = alloca i32, align 4
  %unaligned120 = alloca i32, align 4
  %unaligned130 = alloca i32, align 4
  %unaligned140 = alloca i64, align 8
  %unaligned147 = alloca i32, align 4
  %unaligned152 = alloca i32, align 4
  %unaligned157 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %ws18, %ws16, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %default11, %then88, %case12, %then80, %case13, %then72, %case14, %ok29, %then26, %ok23, %ok12, %ok11, %join9, %ok
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

trap253.site0:                                    ; preds = %ok94, %ok91, %ok86, %ok83, %ok78, %ok75, %ok70, %ok30, %ok24, %ok1
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

trap17.site0:                                     ; preds = %write.slow154, %write.slow149, %write.slow, %join137, %join127, %join117, %cont106, %ws_done15, %cont97, %cont65, %cont60, %then51, %ok44, %then41, %ok35, %then32, %ws_done2, %cont15, %ws_done0, %cont
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
  %134 = getelementptr i64, i64* %regs, i64 1
  %135 = getelementptr i64, i64* %regs, i64 2
  %136 = load i64, i64* %134, align 8
  %137 = add i64 %136, 7
  %138 = and i64 %137, -8
  %139 = add i64 %138, 8
  %140 = load i64, i64* %135, align 8
  %141 = icmp ugt i64 %139, %140
  br i1 %141, label %trap15.site0, label %ok13

ok13:                                             ; preds = %ok12
  store i64 %139, i64* %134, align 8
  %142 = load i64, i64* %highEnd, align 8
  %143 = call i64 @llvm.umax.i64(i64 %142, i64 %139)
  store i64 %143, i64* %highEnd, align 8
  %144 = trunc i64 %138 to i32
  store i32 %144, i32* %arg2_cell, align 4
  %145 = load i32, i32* %args_pos, align 4
  %146 = add i32 %145, 1
  store i32 %146, i32* %args_pos, align 4
  br label %ws3

ws_done2:                                         ; preds = %dead18, %ok16, %ok14
  %147 = load i32, i32* %args_pos, align 4
  %148 = zext i32 %147 to i64
  %149 = sub i64 %arena_size, 1
  %150 = icmp sgt i64 %148, %149
  br i1 %150, label %trap17.site0, label %ok19

ws3:                                              ; preds = %cont17, %ok13
  %151 = load i64, i64* %fuel, align 8
  %152 = icmp ult i64 %151, 1
  br i1 %152, label %trap14.site0, label %ok14

ok14:                                             ; preds = %ws3
  %153 = sub i64 %151, 1
  store i64 %153, i64* %fuel, align 8
  %154 = load i32, i32* %args_pos, align 4
  %155 = load i32, i32* %args_end, align 4
  %156 = icmp uge i32 %154, %155
  %157 = zext i1 %156 to i32
  %158 = icmp ne i32 %157, 0
  br i1 %158, label %ws_done2, label %cont15

cont15:                                           ; preds = %ok14
  %159 = load i32, i32* %args_pos, align 4
  %160 = zext i32 %159 to i64
  %161 = sub i64 %arena_size, 1
  %162 = icmp sgt i64 %160, %161
  br i1 %162, label %trap17.site0, label %ok16

ok16:                                             ; preds = %cont15
  %163 = getelementptr i8, i8* %mem, i64 %160
  %164 = load i8, i8* %163, align 1
  %165 = zext i8 %164 to i32
  store i32 %165, i32* %ws, align 4
  %166 = load i32, i32* %ws, align 4
  %167 = icmp ule i32 %166, 32
  %168 = zext i1 %167 to i32
  %169 = icmp eq i32 %168, 0
  %170 = zext i1 %169 to i32
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %ws_done2, label %cont17

cont17:                                           ; preds = %ok16
  %172 = load i32, i32* %args_pos, align 4
  %173 = add i32 %172, 1
  store i32 %173, i32* %args_pos, align 4
  br label %ws3

dead18:                                           ; No predecessors!
  br label %ws_done2

ok19:                                             ; preds = %ws_done2
  %174 = getelementptr i8, i8* %mem, i64 %148
  %175 = load i8, i8* %174, align 1
  %176 = zext i8 %175 to i32
  %177 = icmp eq i32 %176, 125
  %178 = zext i1 %177 to i32
  %179 = icmp eq i32 %178, 0
  %180 = zext i1 %179 to i32
  %181 = icmp ne i32 %180, 0
  br i1 %181, label %then20, label %else21

then20:                                           ; preds = %ok19
  br label %args4

else21:                                           ; preds = %ok19
  br label %join22

join22:                                           ; preds = %else21, %join104
  %182 = load i32, i32* %arg0_state, align 4
  %183 = icmp eq i32 %182, 0
  %184 = zext i1 %183 to i32
  %185 = icmp ne i32 %184, 0
  br i1 %185, label %then111, label %else112

args4:                                            ; preds = %ws_done17, %then20
  %186 = load i64, i64* %fuel, align 8
  %187 = icmp ult i64 %186, 1
  br i1 %187, label %trap14.site0, label %ok23

ok23:                                             ; preds = %args4
  %188 = sub i64 %186, 1
  store i64 %188, i64* %fuel, align 8
  %189 = getelementptr i64, i64* %regs, i64 1
  %190 = load i64, i64* %189, align 8
  %191 = trunc i64 %190 to i32
  store i32 %191, i32* %args_mark, align 4
  %192 = load i32, i32* %args_pos, align 4
  %193 = add i32 %192, 1
  %194 = load i32, i32* %args_end, align 4
  %195 = icmp uge i32 %depth, 1000
  br i1 %195, label %trap15.site0, label %ok24

ok24:                                             ; preds = %ok23
  %196 = icmp ult i64 %10, %stack_limit
  br i1 %196, label %trap253.site0, label %stack_ok25

stack_ok25:                                       ; preds = %ok24
  %197 = load i64, i64* %fuel, align 8
  %198 = getelementptr i64, i64* %regs, i64 0
  store i64 %197, i64* %198, align 8
  %199 = load i64, i64* %lowStart, align 8
  %200 = getelementptr i64, i64* %regs, i64 6
  store i64 %199, i64* %200, align 8
  %201 = load i64, i64* %lowEnd, align 8
  %202 = getelementptr i64, i64* %regs, i64 7
  store i64 %201, i64* %202, align 8
  %203 = load i64, i64* %highEnd, align 8
  %204 = getelementptr i64, i64* %regs, i64 8
  store i64 %203, i64* %204, align 8
  %205 = add i32 %depth, 1
  %206 = call i32 @m0.codec.str_end(i64* %regs, i8* %mem, i32 %205, i32 %193, i32 %194)
  %207 = getelementptr i64, i64* %regs, i64 0
  %208 = load i64, i64* %207, align 8
  store i64 %208, i64* %fuel, align 8
  %209 = getelementptr i64, i64* %regs, i64 6
  %210 = load i64, i64* %209, align 8
  store i64 %210, i64* %lowStart, align 8
  %211 = getelementptr i64, i64* %regs, i64 7
  %212 = load i64, i64* %211, align 8
  store i64 %212, i64* %lowEnd, align 8
  %213 = getelementptr i64, i64* %regs, i64 8
  %214 = load i64, i64* %213, align 8
  store i64 %214, i64* %highEnd, align 8
  store i32 %206, i32* %kr, align 4
  %215 = load i32, i32* %kr, align 4
  %216 = and i32 %215, 2147483647
  store i32 %216, i32* %kq, align 4
  %217 = load i32, i32* %kr, align 4
  %218 = and i32 %217, -2147483648
  %219 = icmp ne i32 %218, 0
  br i1 %219, label %then26, label %else27

then26:                                           ; preds = %stack_ok25
  %220 = load i32, i32* %kq, align 4
  %221 = load i32, i32* %args_pos, align 4
  %222 = sub i32 %220, %221
  %223 = sub i32 %222, 1
  %224 = zext i32 %223 to i64
  %225 = getelementptr i64, i64* %regs, i64 1
  %226 = getelementptr i64, i64* %regs, i64 2
  %227 = load i64, i64* %225, align 8
  %228 = add i64 %227, 0
  %229 = and i64 %228, -1
  %230 = add i64 %229, %224
  %231 = load i64, i64* %226, align 8
  %232 = icmp ugt i64 %230, %231
  br i1 %232, label %trap15.site0, label %ok29

else27:                                           ; preds = %stack_ok25
  %233 = load i32, i32* %args_pos, align 4
  %234 = add i32 %233, 1
  store i32 %234, i32* %args_kp, align 4
  %235 = load i32, i32* %kq, align 4
  %236 = load i32, i32* %args_pos, align 4
  %237 = sub i32 %235, %236
  %238 = sub i32 %237, 1
  store i32 %238, i32* %args_klen, align 4
  br label %join28

join28:                                           ; preds = %else27, %stack_ok31
  %239 = load i32, i32* %kq, align 4
  %240 = add i32 %239, 1
  store i32 %240, i32* %args_pos, align 4
  %241 = load i32, i32* %args_klen, align 4
  %242 = icmp eq i32 %241, 5
  %243 = zext i1 %242 to i32
  %244 = icmp ne i32 %243, 0
  br i1 %244, label %then32, label %else33

ok29:                                             ; preds = %then26
  store i64 %230, i64* %225, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = call i64 @llvm.umax.i64(i64 %245, i64 %230)
  store i64 %246, i64* %highEnd, align 8
  %247 = trunc i64 %229 to i32
  store i32 %247, i32* %args_kp, align 4
  %248 = load i32, i32* %args_pos, align 4
  %249 = add i32 %248, 1
  %250 = load i32, i32* %kq, align 4
  %251 = load i32, i32* %args_kp, align 4
  %252 = icmp uge i32 %depth, 1000
  br i1 %252, label %trap15.site0, label %ok30

ok30:                                             ; preds = %ok29
  %253 = icmp ult i64 %10, %stack_limit
  br i1 %253, label %trap253.site0, label %stack_ok31

stack_ok31:                                       ; preds = %ok30
  %254 = load i64, i64* %fuel, align 8
  %255 = getelementptr i64, i64* %regs, i64 0
  store i64 %254, i64* %255, align 8
  %256 = load i64, i64* %lowStart, align 8
  %257 = getelementptr i64, i64* %regs, i64 6
  store i64 %256, i64* %257, align 8
  %258 = load i64, i64* %lowEnd, align 8
  %259 = getelementptr i64, i64* %regs, i64 7
  store i64 %258, i64* %259, align 8
  %260 = load i64, i64* %highEnd, align 8
  %261 = getelementptr i64, i64* %regs, i64 8
  store i64 %260, i64* %261, align 8
  %262 = add i32 %depth, 1
  %263 = call i32 @m0.codec.str_unescape(i64* %regs, i8* %mem, i32 %262, i32 %249, i32 %250, i32 %251)
  %264 = getelementptr i64, i64* %regs, i64 0
  %265 = load i64, i64* %264, align 8
  store i64 %265, i64* %fuel, align 8
  %266 = getelementptr i64, i64* %regs, i64 6
  %267 = load i64, i64* %266, align 8
  store i64 %267, i64* %lowStart, align 8
  %268 = getelementptr i64, i64* %regs, i64 7
  %269 = load i64, i64* %268, align 8
  store i64 %269, i64* %lowEnd, align 8
  %270 = getelementptr i64, i64* %regs, i64 8
  %271 = load i64, i64* %270, align 8
  store i64 %271, i64* %highEnd, align 8
  %272 = load i32, i32* %args_kp, align 4
  %273 = sub i32 %263, %272
  store i32 %273, i32* %args_klen, align 4
  br label %join28

match5:                                           ; preds = %join53, %then55, %then47, %then37
  %274 = load i32, i32* %result, align 4
  store i32 %274, i32* %args_c, align 4
  %275 = load i32, i32* %args_mark, align 4
  %276 = zext i32 %275 to i64
  %277 = getelementptr i64, i64* %regs, i64 1
  store i64 %276, i64* %277, align 8
  br label %ws7

then32:                                           ; preds = %join28
  %278 = load i32, i32* %args_kp, align 4
  %279 = zext i32 %278 to i64
  %280 = sub i64 %arena_size, 4
  %281 = icmp sgt i64 %279, %280
  br i1 %281, label %trap17.site0, label %ok35

else33:                                           ; preds = %join28
  br label %join34

join34:                                           ; preds = %else33, %join39
  %282 = load i32, i32* %args_klen, align 4
  %283 = icmp eq i32 %282, 5
  %284 = zext i1 %283 to i32
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %then41, label %else42

ok35:                                             ; preds = %then32
  %286 = getelementptr i8, i8* %mem, i64 %279
  %287 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %287, i8* %286, i64 4, i1 false)
  %288 = load i32, i32* %unaligned, align 4
  %289 = icmp eq i32 %288, 1768778092
  %290 = zext i1 %289 to i32
  %291 = load i32, i32* %args_kp, align 4
  %292 = zext i32 %291 to i64
  %293 = sub i64 %arena_size, 5
  %294 = icmp sgt i64 %292, %293
  br i1 %294, label %trap17.site0, label %ok36

ok36:                                             ; preds = %ok35
  %295 = add i64 %292, 4
  %296 = getelementptr i8, i8* %mem, i64 %295
  %297 = load i8, i8* %296, align 1
  %298 = zext i8 %297 to i32
  %299 = icmp eq i32 %298, 116
  %300 = zext i1 %299 to i32
  %301 = and i32 %290, %300
  %302 = icmp ne i32 %301, 0
  br i1 %302, label %then37, label %else38

then37:                                           ; preds = %ok36
  store i32 0, i32* %result, align 4
  br label %match5

else38:                                           ; preds = %ok36
  br label %join39

join39:                                           ; preds = %else38, %dead40
  br label %join34

dead40:                                           ; No predecessors!
  br label %join39

then41:                                           ; preds = %join34
  %303 = load i32, i32* %args_kp, align 4
  %304 = zext i32 %303 to i64
  %305 = sub i64 %arena_size, 4
  %306 = icmp sgt i64 %304, %305
  br i1 %306, label %trap17.site0, label %ok44

else42:                                           ; preds = %join34
  br label %join43

join43:                                           ; preds = %else42, %join49
  %307 = load i32, i32* %args_klen, align 4
  %308 = icmp eq i32 %307, 1
  %309 = zext i1 %308 to i32
  %310 = icmp ne i32 %309, 0
  br i1 %310, label %then51, label %else52

ok44:                                             ; preds = %then41
  %311 = getelementptr i8, i8* %mem, i64 %304
  %312 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %312, i8* %311, i64 4, i1 false)
  %313 = load i32, i32* %unaligned45, align 4
  %314 = icmp eq i32 %313, 1700946284
  %315 = zext i1 %314 to i32
  %316 = load i32, i32* %args_kp, align 4
  %317 = zext i32 %316 to i64
  %318 = sub i64 %arena_size, 5
  %319 = icmp sgt i64 %317, %318
  br i1 %319, label %trap17.site0, label %ok46

ok46:                                             ; preds = %ok44
  %320 = add i64 %317, 4
  %321 = getelementptr i8, i8* %mem, i64 %320
  %322 = load i8, i8* %321, align 1
  %323 = zext i8 %322 to i32
  %324 = icmp eq i32 %323, 108
  %325 = zext i1 %324 to i32
  %326 = and i32 %315, %325
  %327 = icmp ne i32 %326, 0
  br i1 %327, label %then47, label %else48

then47:                                           ; preds = %ok46
  store i32 1, i32* %result, align 4
  br label %match5

else48:                                           ; preds = %ok46
  br label %join49

join49:                                           ; preds = %else48, %dead50
  br label %join43

dead50:                                           ; No predecessors!
  br label %join49

then51:                                           ; preds = %join43
  %328 = load i32, i32* %args_kp, align 4
  %329 = zext i32 %328 to i64
  %330 = sub i64 %arena_size, 1
  %331 = icmp sgt i64 %329, %330
  br i1 %331, label %trap17.site0, label %ok54

else52:                                           ; preds = %join43
  br label %join53

join53:                                           ; preds = %else52, %join57
  store i32 -1, i32* %result, align 4
  br label %match5

ok54:                                             ; preds = %then51
  %332 = getelementptr i8, i8* %mem, i64 %329
  %333 = load i8, i8* %332, align 1
  %334 = zext i8 %333 to i32
  %335 = icmp eq i32 %334, 120
  %336 = zext i1 %335 to i32
  %337 = icmp ne i32 %336, 0
  br i1 %337, label %then55, label %else56

then55:                                           ; preds = %ok54
  store i32 2, i32* %result, align 4
  br label %match5

else56:                                           ; preds = %ok54
  br label %join57

join57:                                           ; preds = %else56, %dead58
  br label %join53

dead58:                                           ; No predecessors!
  br label %join57

ws_done6:                                         ; preds = %dead63, %ok61, %ok59
  %338 = load i32, i32* %args_pos, align 4
  %339 = add i32 %338, 1
  store i32 %339, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont62, %match5
  %340 = load i64, i64* %fuel, align 8
  %341 = icmp ult i64 %340, 1
  br i1 %341, label %trap14.site0, label %ok59

ok59:                                             ; preds = %ws7
  %342 = sub i64 %340, 1
  store i64 %342, i64* %fuel, align 8
  %343 = load i32, i32* %args_pos, align 4
  %344 = load i32, i32* %args_end, align 4
  %345 = icmp uge i32 %343, %344
  %346 = zext i1 %345 to i32
  %347 = icmp ne i32 %346, 0
  br i1 %347, label %ws_done6, label %cont60

cont60:                                           ; preds = %ok59
  %348 = load i32, i32* %args_pos, align 4
  %349 = zext i32 %348 to i64
  %350 = sub i64 %arena_size, 1
  %351 = icmp sgt i64 %349, %350
  br i1 %351, label %trap17.site0, label %ok61

ok61:                                             ; preds = %cont60
  %352 = getelementptr i8, i8* %mem, i64 %349
  %353 = load i8, i8* %352, align 1
  %354 = zext i8 %353 to i32
  store i32 %354, i32* %ws, align 4
  %355 = load i32, i32* %ws, align 4
  %356 = icmp ule i32 %355, 32
  %357 = zext i1 %356 to i32
  %358 = icmp eq i32 %357, 0
  %359 = zext i1 %358 to i32
  %360 = icmp ne i32 %359, 0
  br i1 %360, label %ws_done6, label %cont62

cont62:                                           ; preds = %ok61
  %361 = load i32, i32* %args_pos, align 4
  %362 = add i32 %361, 1
  store i32 %362, i32* %args_pos, align 4
  br label %ws7

dead63:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead68, %ok66, %ok64
  %363 = load i32, i32* %args_c, align 4
  switch i32 %363, label %default11 [
    i32 0, label %case14
    i32 1, label %case13
    i32 2, label %case12
  ]

ws9:                                              ; preds = %cont67, %ws_done6
  %364 = load i64, i64* %fuel, align 8
  %365 = icmp ult i64 %364, 1
  br i1 %365, label %trap14.site0, label %ok64

ok64:                                             ; preds = %ws9
  %366 = sub i64 %364, 1
  store i64 %366, i64* %fuel, align 8
  %367 = load i32, i32* %args_pos, align 4
  %368 = load i32, i32* %args_end, align 4
  %369 = icmp uge i32 %367, %368
  %370 = zext i1 %369 to i32
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %ws_done8, label %cont65

cont65:                                           ; preds = %ok64
  %372 = load i32, i32* %args_pos, align 4
  %373 = zext i32 %372 to i64
  %374 = sub i64 %arena_size, 1
  %375 = icmp sgt i64 %373, %374
  br i1 %375, label %trap17.site0, label %ok66

ok66:                                             ; preds = %cont65
  %376 = getelementptr i8, i8* %mem, i64 %373
  %377 = load i8, i8* %376, align 1
  %378 = zext i8 %377 to i32
  store i32 %378, i32* %ws, align 4
  %379 = load i32, i32* %ws, align 4
  %380 = icmp ule i32 %379, 32
  %381 = zext i1 %380 to i32
  %382 = icmp eq i32 %381, 0
  %383 = zext i1 %382 to i32
  %384 = icmp ne i32 %383, 0
  br i1 %384, label %ws_done8, label %cont67

cont67:                                           ; preds = %ok66
  %385 = load i32, i32* %args_pos, align 4
  %386 = add i32 %385, 1
  store i32 %386, i32* %args_pos, align 4
  br label %ws9

dead68:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok95, %join90, %join82, %join74
  br label %ws16

default11:                                        ; preds = %dead93, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %387 = load i32, i32* %args_pos, align 4
  %388 = load i32, i32* %args_end, align 4
  %389 = icmp uge i32 %depth, 1000
  br i1 %389, label %trap15.site0, label %ok94

case12:                                           ; preds = %dead85, %ws_done8
  %390 = load i32, i32* %args_pos, align 4
  %391 = load i32, i32* %args_end, align 4
  %392 = load i32, i32* %arg2_cell, align 4
  %393 = icmp uge i32 %depth, 1000
  br i1 %393, label %trap15.site0, label %ok86

case13:                                           ; preds = %dead77, %ws_done8
  %394 = load i32, i32* %args_pos, align 4
  %395 = load i32, i32* %args_end, align 4
  %396 = load i32, i32* %arg1_cell, align 4
  %397 = icmp uge i32 %depth, 1000
  br i1 %397, label %trap15.site0, label %ok78

case14:                                           ; preds = %dead69, %ws_done8
  %398 = load i32, i32* %args_pos, align 4
  %399 = load i32, i32* %args_end, align 4
  %400 = load i32, i32* %arg0_cell, align 4
  %401 = icmp uge i32 %depth, 1000
  br i1 %401, label %trap15.site0, label %ok70

dead69:                                           ; No predecessors!
  br label %case14

ok70:                                             ; preds = %case14
  %402 = icmp ult i64 %10, %stack_limit
  br i1 %402, label %trap253.site0, label %stack_ok71

stack_ok71:                                       ; preds = %ok70
  %403 = load i64, i64* %fuel, align 8
  %404 = getelementptr i64, i64* %regs, i64 0
  store i64 %403, i64* %404, align 8
  %405 = load i64, i64* %lowStart, align 8
  %406 = getelementptr i64, i64* %regs, i64 6
  store i64 %405, i64* %406, align 8
  %407 = load i64, i64* %lowEnd, align 8
  %408 = getelementptr i64, i64* %regs, i64 7
  store i64 %407, i64* %408, align 8
  %409 = load i64, i64* %highEnd, align 8
  %410 = getelementptr i64, i64* %regs, i64 8
  store i64 %409, i64* %410, align 8
  %411 = add i32 %depth, 1
  %412 = call i32 @m0.codec.dec.option.0(i64* %regs, i8* %mem, i32 %411, i32 %398, i32 %399, i32 %400)
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
  store i32 %412, i32* %args_r, align 4
  %421 = load i32, i32* %args_r, align 4
  %422 = icmp slt i32 %421, 0
  %423 = zext i1 %422 to i32
  %424 = icmp ne i32 %423, 0
  br i1 %424, label %then72, label %else73

then72:                                           ; preds = %stack_ok71
  store i32 2, i32* %arg0_state, align 4
  %425 = load i32, i32* %args_mark, align 4
  %426 = zext i32 %425 to i64
  %427 = getelementptr i64, i64* %regs, i64 1
  store i64 %426, i64* %427, align 8
  %428 = load i32, i32* %args_pos, align 4
  %429 = load i32, i32* %args_end, align 4
  %430 = icmp uge i32 %depth, 1000
  br i1 %430, label %trap15.site0, label %ok75

else73:                                           ; preds = %stack_ok71
  store i32 1, i32* %arg0_state, align 4
  %431 = load i32, i32* %args_r, align 4
  store i32 %431, i32* %args_pos, align 4
  br label %join74

join74:                                           ; preds = %else73, %stack_ok76
  br label %switch10

ok75:                                             ; preds = %then72
  %432 = icmp ult i64 %10, %stack_limit
  br i1 %432, label %trap253.site0, label %stack_ok76

stack_ok76:                                       ; preds = %ok75
  %433 = load i64, i64* %fuel, align 8
  %434 = getelementptr i64, i64* %regs, i64 0
  store i64 %433, i64* %434, align 8
  %435 = load i64, i64* %lowStart, align 8
  %436 = getelementptr i64, i64* %regs, i64 6
  store i64 %435, i64* %436, align 8
  %437 = load i64, i64* %lowEnd, align 8
  %438 = getelementptr i64, i64* %regs, i64 7
  store i64 %437, i64* %438, align 8
  %439 = load i64, i64* %highEnd, align 8
  %440 = getelementptr i64, i64* %regs, i64 8
  store i64 %439, i64* %440, align 8
  %441 = add i32 %depth, 1
  %442 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %441, i32 %428, i32 %429)
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
  store i32 %442, i32* %args_pos, align 4
  br label %join74

dead77:                                           ; No predecessors!
  br label %case13

ok78:                                             ; preds = %case13
  %451 = icmp ult i64 %10, %stack_limit
  br i1 %451, label %trap253.site0, label %stack_ok79

stack_ok79:                                       ; preds = %ok78
  %452 = load i64, i64* %fuel, align 8
  %453 = getelementptr i64, i64* %regs, i64 0
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %lowStart, align 8
  %455 = getelementptr i64, i64* %regs, i64 6
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %lowEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 7
  store i64 %456, i64* %457, align 8
  %458 = load i64, i64* %highEnd, align 8
  %459 = getelementptr i64, i64* %regs, i64 8
  store i64 %458, i64* %459, align 8
  %460 = add i32 %depth, 1
  %461 = call i32 @m0.codec.dec.option.2(i64* %regs, i8* %mem, i32 %460, i32 %394, i32 %395, i32 %396)
  %462 = getelementptr i64, i64* %regs, i64 0
  %463 = load i64, i64* %462, align 8
  store i64 %463, i64* %fuel, align 8
  %464 = getelementptr i64, i64* %regs, i64 6
  %465 = load i64, i64* %464, align 8
  store i64 %465, i64* %lowStart, align 8
  %466 = getelementptr i64, i64* %regs, i64 7
  %467 = load i64, i64* %466, align 8
  store i64 %467, i64* %lowEnd, align 8
  %468 = getelementptr i64, i64* %regs, i64 8
  %469 = load i64, i64* %468, align 8
  store i64 %469, i64* %highEnd, align 8
  store i32 %461, i32* %args_r, align 4
  %470 = load i32, i32* %args_r, align 4
  %471 = icmp slt i32 %470, 0
  %472 = zext i1 %471 to i32
  %473 = icmp ne i32 %472, 0
  br i1 %473, label %then80, label %else81

then80:                                           ; preds = %stack_ok79
  store i32 2, i32* %arg1_state, align 4
  %474 = load i32, i32* %args_mark, align 4
  %475 = zext i32 %474 to i64
  %476 = getelementptr i64, i64* %regs, i64 1
  store i64 %475, i64* %476, align 8
  %477 = load i32, i32* %args_pos, align 4
  %478 = load i32, i32* %args_end, align 4
  %479 = icmp uge i32 %depth, 1000
  br i1 %479, label %trap15.site0, label %ok83

else81:                                           ; preds = %stack_ok79
  store i32 1, i32* %arg1_state, align 4
  %480 = load i32, i32* %args_r, align 4
  store i32 %480, i32* %args_pos, align 4
  br label %join82

join82:                                           ; preds = %else81, %stack_ok84
  br label %switch10

ok83:                                             ; preds = %then80
  %481 = icmp ult i64 %10, %stack_limit
  br i1 %481, label %trap253.site0, label %stack_ok84

stack_ok84:                                       ; preds = %ok83
  %482 = load i64, i64* %fuel, align 8
  %483 = getelementptr i64, i64* %regs, i64 0
  store i64 %482, i64* %483, align 8
  %484 = load i64, i64* %lowStart, align 8
  %485 = getelementptr i64, i64* %regs, i64 6
  store i64 %484, i64* %485, align 8
  %486 = load i64, i64* %lowEnd, align 8
  %487 = getelementptr i64, i64* %regs, i64 7
  store i64 %486, i64* %487, align 8
  %488 = load i64, i64* %highEnd, align 8
  %489 = getelementptr i64, i64* %regs, i64 8
  store i64 %488, i64* %489, align 8
  %490 = add i32 %depth, 1
  %491 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %490, i32 %477, i32 %478)
  %492 = getelementptr i64, i64* %regs, i64 0
  %493 = load i64, i64* %492, align 8
  store i64 %493, i64* %fuel, align 8
  %494 = getelementptr i64, i64* %regs, i64 6
  %495 = load i64, i64* %494, align 8
  store i64 %495, i64* %lowStart, align 8
  %496 = getelementptr i64, i64* %regs, i64 7
  %497 = load i64, i64* %496, align 8
  store i64 %497, i64* %lowEnd, align 8
  %498 = getelementptr i64, i64* %regs, i64 8
  %499 = load i64, i64* %498, align 8
  store i64 %499, i64* %highEnd, align 8
  store i32 %491, i32* %args_pos, align 4
  br label %join82

dead85:                                           ; No predecessors!
  br label %case12

ok86:                                             ; preds = %case12
  %500 = icmp ult i64 %10, %stack_limit
  br i1 %500, label %trap253.site0, label %stack_ok87

stack_ok87:                                       ; preds = %ok86
  %501 = load i64, i64* %fuel, align 8
  %502 = getelementptr i64, i64* %regs, i64 0
  store i64 %501, i64* %502, align 8
  %503 = load i64, i64* %lowStart, align 8
  %504 = getelementptr i64, i64* %regs, i64 6
  store i64 %503, i64* %504, align 8
  %505 = load i64, i64* %lowEnd, align 8
  %506 = getelementptr i64, i64* %regs, i64 7
  store i64 %505, i64* %506, align 8
  %507 = load i64, i64* %highEnd, align 8
  %508 = getelementptr i64, i64* %regs, i64 8
  store i64 %507, i64* %508, align 8
  %509 = add i32 %depth, 1
  %510 = call i32 @m0.codec.dec.int.1(i64* %regs, i8* %mem, i32 %509, i32 %390, i32 %391, i32 %392)
  %511 = getelementptr i64, i64* %regs, i64 0
  %512 = load i64, i64* %511, align 8
  store i64 %512, i64* %fuel, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  %514 = load i64, i64* %513, align 8
  store i64 %514, i64* %lowStart, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  %516 = load i64, i64* %515, align 8
  store i64 %516, i64* %lowEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  %518 = load i64, i64* %517, align 8
  store i64 %518, i64* %highEnd, align 8
  store i32 %510, i32* %args_r, align 4
  %519 = load i32, i32* %args_r, align 4
  %520 = icmp slt i32 %519, 0
  %521 = zext i1 %520 to i32
  %522 = icmp ne i32 %521, 0
  br i1 %522, label %then88, label %else89

then88:                                           ; preds = %stack_ok87
  store i32 2, i32* %arg2_state, align 4
  %523 = load i32, i32* %args_mark, align 4
  %524 = zext i32 %523 to i64
  %525 = getelementptr i64, i64* %regs, i64 1
  store i64 %524, i64* %525, align 8
  %526 = load i32, i32* %args_pos, align 4
  %527 = load i32, i32* %args_end, align 4
  %528 = icmp uge i32 %depth, 1000
  br i1 %528, label %trap15.site0, label %ok91

else89:                                           ; preds = %stack_ok87
  store i32 1, i32* %arg2_state, align 4
  %529 = load i32, i32* %args_r, align 4
  store i32 %529, i32* %args_pos, align 4
  br label %join90

join90:                                           ; preds = %else89, %stack_ok92
  br label %switch10

ok91:                                             ; preds = %then88
  %530 = icmp ult i64 %10, %stack_limit
  br i1 %530, label %trap253.site0, label %stack_ok92

stack_ok92:                                       ; preds = %ok91
  %531 = load i64, i64* %fuel, align 8
  %532 = getelementptr i64, i64* %regs, i64 0
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %lowStart, align 8
  %534 = getelementptr i64, i64* %regs, i64 6
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %lowEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 7
  store i64 %535, i64* %536, align 8
  %537 = load i64, i64* %highEnd, align 8
  %538 = getelementptr i64, i64* %regs, i64 8
  store i64 %537, i64* %538, align 8
  %539 = add i32 %depth, 1
  %540 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %539, i32 %526, i32 %527)
  %541 = getelementptr i64, i64* %regs, i64 0
  %542 = load i64, i64* %541, align 8
  store i64 %542, i64* %fuel, align 8
  %543 = getelementptr i64, i64* %regs, i64 6
  %544 = load i64, i64* %543, align 8
  store i64 %544, i64* %lowStart, align 8
  %545 = getelementptr i64, i64* %regs, i64 7
  %546 = load i64, i64* %545, align 8
  store i64 %546, i64* %lowEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 8
  %548 = load i64, i64* %547, align 8
  store i64 %548, i64* %highEnd, align 8
  store i32 %540, i32* %args_pos, align 4
  br label %join90

dead93:                                           ; No predecessors!
  br label %default11

ok94:                                             ; preds = %default11
  %549 = icmp ult i64 %10, %stack_limit
  br i1 %549, label %trap253.site0, label %stack_ok95

stack_ok95:                                       ; preds = %ok94
  %550 = load i64, i64* %fuel, align 8
  %551 = getelementptr i64, i64* %regs, i64 0
  store i64 %550, i64* %551, align 8
  %552 = load i64, i64* %lowStart, align 8
  %553 = getelementptr i64, i64* %regs, i64 6
  store i64 %552, i64* %553, align 8
  %554 = load i64, i64* %lowEnd, align 8
  %555 = getelementptr i64, i64* %regs, i64 7
  store i64 %554, i64* %555, align 8
  %556 = load i64, i64* %highEnd, align 8
  %557 = getelementptr i64, i64* %regs, i64 8
  store i64 %556, i64* %557, align 8
  %558 = add i32 %depth, 1
  %559 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %558, i32 %387, i32 %388)
  %560 = getelementptr i64, i64* %regs, i64 0
  %561 = load i64, i64* %560, align 8
  store i64 %561, i64* %fuel, align 8
  %562 = getelementptr i64, i64* %regs, i64 6
  %563 = load i64, i64* %562, align 8
  store i64 %563, i64* %lowStart, align 8
  %564 = getelementptr i64, i64* %regs, i64 7
  %565 = load i64, i64* %564, align 8
  store i64 %565, i64* %lowEnd, align 8
  %566 = getelementptr i64, i64* %regs, i64 8
  %567 = load i64, i64* %566, align 8
  store i64 %567, i64* %highEnd, align 8
  store i32 %559, i32* %args_pos, align 4
  br label %switch10

ws_done15:                                        ; preds = %dead100, %ok98, %ok96
  %568 = load i32, i32* %args_pos, align 4
  %569 = zext i32 %568 to i64
  %570 = sub i64 %arena_size, 1
  %571 = icmp sgt i64 %569, %570
  br i1 %571, label %trap17.site0, label %ok101

ws16:                                             ; preds = %cont99, %switch10
  %572 = load i64, i64* %fuel, align 8
  %573 = icmp ult i64 %572, 1
  br i1 %573, label %trap14.site0, label %ok96

ok96:                                             ; preds = %ws16
  %574 = sub i64 %572, 1
  store i64 %574, i64* %fuel, align 8
  %575 = load i32, i32* %args_pos, align 4
  %576 = load i32, i32* %args_end, align 4
  %577 = icmp uge i32 %575, %576
  %578 = zext i1 %577 to i32
  %579 = icmp ne i32 %578, 0
  br i1 %579, label %ws_done15, label %cont97

cont97:                                           ; preds = %ok96
  %580 = load i32, i32* %args_pos, align 4
  %581 = zext i32 %580 to i64
  %582 = sub i64 %arena_size, 1
  %583 = icmp sgt i64 %581, %582
  br i1 %583, label %trap17.site0, label %ok98

ok98:                                             ; preds = %cont97
  %584 = getelementptr i8, i8* %mem, i64 %581
  %585 = load i8, i8* %584, align 1
  %586 = zext i8 %585 to i32
  store i32 %586, i32* %ws, align 4
  %587 = load i32, i32* %ws, align 4
  %588 = icmp ule i32 %587, 32
  %589 = zext i1 %588 to i32
  %590 = icmp eq i32 %589, 0
  %591 = zext i1 %590 to i32
  %592 = icmp ne i32 %591, 0
  br i1 %592, label %ws_done15, label %cont99

cont99:                                           ; preds = %ok98
  %593 = load i32, i32* %args_pos, align 4
  %594 = add i32 %593, 1
  store i32 %594, i32* %args_pos, align 4
  br label %ws16

dead100:                                          ; No predecessors!
  br label %ws_done15

ok101:                                            ; preds = %ws_done15
  %595 = getelementptr i8, i8* %mem, i64 %569
  %596 = load i8, i8* %595, align 1
  %597 = zext i8 %596 to i32
  store i32 %597, i32* %args_c, align 4
  %598 = load i32, i32* %args_pos, align 4
  %599 = add i32 %598, 1
  store i32 %599, i32* %args_pos, align 4
  %600 = load i32, i32* %args_c, align 4
  %601 = icmp eq i32 %600, 44
  %602 = zext i1 %601 to i32
  %603 = icmp ne i32 %602, 0
  br i1 %603, label %then102, label %else103

then102:                                          ; preds = %ok101
  br label %ws18

else103:                                          ; preds = %ok101
  br label %join104

join104:                                          ; preds = %else103, %dead110
  br label %join22

ws_done17:                                        ; preds = %dead109, %ok107, %ok105
  br label %args4

ws18:                                             ; preds = %cont108, %then102
  %604 = load i64, i64* %fuel, align 8
  %605 = icmp ult i64 %604, 1
  br i1 %605, label %trap14.site0, label %ok105

ok105:                                            ; preds = %ws18
  %606 = sub i64 %604, 1
  store i64 %606, i64* %fuel, align 8
  %607 = load i32, i32* %args_pos, align 4
  %608 = load i32, i32* %args_end, align 4
  %609 = icmp uge i32 %607, %608
  %610 = zext i1 %609 to i32
  %611 = icmp ne i32 %610, 0
  br i1 %611, label %ws_done17, label %cont106

cont106:                                          ; preds = %ok105
  %612 = load i32, i32* %args_pos, align 4
  %613 = zext i32 %612 to i64
  %614 = sub i64 %arena_size, 1
  %615 = icmp sgt i64 %613, %614
  br i1 %615, label %trap17.site0, label %ok107

ok107:                                            ; preds = %cont106
  %616 = getelementptr i8, i8* %mem, i64 %613
  %617 = load i8, i8* %616, align 1
  %618 = zext i8 %617 to i32
  store i32 %618, i32* %ws, align 4
  %619 = load i32, i32* %ws, align 4
  %620 = icmp ule i32 %619, 32
  %621 = zext i1 %620 to i32
  %622 = icmp eq i32 %621, 0
  %623 = zext i1 %622 to i32
  %624 = icmp ne i32 %623, 0
  br i1 %624, label %ws_done17, label %cont108

cont108:                                          ; preds = %ok107
  %625 = load i32, i32* %args_pos, align 4
  %626 = add i32 %625, 1
  store i32 %626, i32* %args_pos, align 4
  br label %ws18

dead109:                                          ; No predecessors!
  br label %ws_done17

dead110:                                          ; No predecessors!
  br label %join104

then111:                                          ; preds = %join22
  br label %trap9.site2

else112:                                          ; preds = %join22
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %627 = load i32, i32* %arg0_state, align 4
  %628 = icmp eq i32 %627, 2
  %629 = zext i1 %628 to i32
  %630 = icmp ne i32 %629, 0
  br i1 %630, label %then115, label %else116

trap9.site2:                                      ; preds = %then111
  %631 = load i64, i64* %lowStart, align 8
  %632 = getelementptr i64, i64* %regs, i64 6
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %lowEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 7
  store i64 %633, i64* %634, align 8
  %635 = load i64, i64* %highEnd, align 8
  %636 = getelementptr i64, i64* %regs, i64 8
  store i64 %635, i64* %636, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

then115:                                          ; preds = %join113
  br label %trap11.site2

else116:                                          ; preds = %join113
  br label %join117

join117:                                          ; preds = %else116, %dead118
  %637 = load i32, i32* %arg0_cell, align 4
  %638 = zext i32 %637 to i64
  %639 = sub i64 %arena_size, 4
  %640 = icmp sgt i64 %638, %639
  br i1 %640, label %trap17.site0, label %ok119

trap11.site2:                                     ; preds = %then115
  %641 = load i64, i64* %lowStart, align 8
  %642 = getelementptr i64, i64* %regs, i64 6
  store i64 %641, i64* %642, align 8
  %643 = load i64, i64* %lowEnd, align 8
  %644 = getelementptr i64, i64* %regs, i64 7
  store i64 %643, i64* %644, align 8
  %645 = load i64, i64* %highEnd, align 8
  %646 = getelementptr i64, i64* %regs, i64 8
  store i64 %645, i64* %646, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead118:                                          ; No predecessors!
  br label %join117

ok119:                                            ; preds = %join117
  %647 = getelementptr i8, i8* %mem, i64 %638
  %648 = bitcast i32* %unaligned120 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %648, i8* %647, i64 4, i1 false)
  %649 = load i32, i32* %unaligned120, align 4
  store i32 %649, i32* %arg, align 4
  %650 = load i32, i32* %arg1_state, align 4
  %651 = icmp eq i32 %650, 0
  %652 = zext i1 %651 to i32
  %653 = icmp ne i32 %652, 0
  br i1 %653, label %then121, label %else122

then121:                                          ; preds = %ok119
  br label %trap9.site3

else122:                                          ; preds = %ok119
  br label %join123

join123:                                          ; preds = %else122, %dead124
  %654 = load i32, i32* %arg1_state, align 4
  %655 = icmp eq i32 %654, 2
  %656 = zext i1 %655 to i32
  %657 = icmp ne i32 %656, 0
  br i1 %657, label %then125, label %else126

trap9.site3:                                      ; preds = %then121
  %658 = load i64, i64* %lowStart, align 8
  %659 = getelementptr i64, i64* %regs, i64 6
  store i64 %658, i64* %659, align 8
  %660 = load i64, i64* %lowEnd, align 8
  %661 = getelementptr i64, i64* %regs, i64 7
  store i64 %660, i64* %661, align 8
  %662 = load i64, i64* %highEnd, align 8
  %663 = getelementptr i64, i64* %regs, i64 8
  store i64 %662, i64* %663, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead124:                                          ; No predecessors!
  br label %join123

then125:                                          ; preds = %join123
  br label %trap11.site3

else126:                                          ; preds = %join123
  br label %join127

join127:                                          ; preds = %else126, %dead128
  %664 = load i32, i32* %arg1_cell, align 4
  %665 = zext i32 %664 to i64
  %666 = sub i64 %arena_size, 4
  %667 = icmp sgt i64 %665, %666
  br i1 %667, label %trap17.site0, label %ok129

trap11.site3:                                     ; preds = %then125
  %668 = load i64, i64* %lowStart, align 8
  %669 = getelementptr i64, i64* %regs, i64 6
  store i64 %668, i64* %669, align 8
  %670 = load i64, i64* %lowEnd, align 8
  %671 = getelementptr i64, i64* %regs, i64 7
  store i64 %670, i64* %671, align 8
  %672 = load i64, i64* %highEnd, align 8
  %673 = getelementptr i64, i64* %regs, i64 8
  store i64 %672, i64* %673, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead128:                                          ; No predecessors!
  br label %join127

ok129:                                            ; preds = %join127
  %674 = getelementptr i8, i8* %mem, i64 %665
  %675 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %675, i8* %674, i64 4, i1 false)
  %676 = load i32, i32* %unaligned130, align 4
  store i32 %676, i32* %arg.1, align 4
  %677 = load i32, i32* %arg2_state, align 4
  %678 = icmp eq i32 %677, 0
  %679 = zext i1 %678 to i32
  %680 = icmp ne i32 %679, 0
  br i1 %680, label %then131, label %else132

then131:                                          ; preds = %ok129
  br label %trap9.site4

else132:                                          ; preds = %ok129
  br label %join133

join133:                                          ; preds = %else132, %dead134
  %681 = load i32, i32* %arg2_state, align 4
  %682 = icmp eq i32 %681, 2
  %683 = zext i1 %682 to i32
  %684 = icmp ne i32 %683, 0
  br i1 %684, label %then135, label %else136

trap9.site4:                                      ; preds = %then131
  %685 = load i64, i64* %lowStart, align 8
  %686 = getelementptr i64, i64* %regs, i64 6
  store i64 %685, i64* %686, align 8
  %687 = load i64, i64* %lowEnd, align 8
  %688 = getelementptr i64, i64* %regs, i64 7
  store i64 %687, i64* %688, align 8
  %689 = load i64, i64* %highEnd, align 8
  %690 = getelementptr i64, i64* %regs, i64 8
  store i64 %689, i64* %690, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 4)
  unreachable

dead134:                                          ; No predecessors!
  br label %join133

then135:                                          ; preds = %join133
  br label %trap11.site4

else136:                                          ; preds = %join133
  br label %join137

join137:                                          ; preds = %else136, %dead138
  %691 = load i32, i32* %arg2_cell, align 4
  %692 = zext i32 %691 to i64
  %693 = sub i64 %arena_size, 8
  %694 = icmp sgt i64 %692, %693
  br i1 %694, label %trap17.site0, label %ok139

trap11.site4:                                     ; preds = %then135
  %695 = load i64, i64* %lowStart, align 8
  %696 = getelementptr i64, i64* %regs, i64 6
  store i64 %695, i64* %696, align 8
  %697 = load i64, i64* %lowEnd, align 8
  %698 = getelementptr i64, i64* %regs, i64 7
  store i64 %697, i64* %698, align 8
  %699 = load i64, i64* %highEnd, align 8
  %700 = getelementptr i64, i64* %regs, i64 8
  store i64 %699, i64* %700, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 4)
  unreachable

dead138:                                          ; No predecessors!
  br label %join137

ok139:                                            ; preds = %join137
  %701 = getelementptr i8, i8* %mem, i64 %692
  %702 = bitcast i64* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %702, i8* %701, i64 8, i1 false)
  %703 = load i64, i64* %unaligned140, align 8
  store i64 %703, i64* %arg.2, align 8
  %704 = load i32, i32* %args_unexpected, align 4
  %705 = icmp ne i32 %704, 0
  br i1 %705, label %then141, label %else142

then141:                                          ; preds = %ok139
  br label %trap10.site1

else142:                                          ; preds = %ok139
  br label %join143

join143:                                          ; preds = %else142, %dead144
  %706 = getelementptr i64, i64* %regs, i64 1
  %707 = getelementptr i64, i64* %regs, i64 2
  %708 = load i64, i64* %706, align 8
  %709 = add i64 %708, 7
  %710 = and i64 %709, -8
  %711 = add i64 %710, 24
  %712 = load i64, i64* %707, align 8
  %713 = icmp ugt i64 %711, %712
  br i1 %713, label %trap15.site1, label %ok145

trap10.site1:                                     ; preds = %then141
  %714 = load i64, i64* %lowStart, align 8
  %715 = getelementptr i64, i64* %regs, i64 6
  store i64 %714, i64* %715, align 8
  %716 = load i64, i64* %lowEnd, align 8
  %717 = getelementptr i64, i64* %regs, i64 7
  store i64 %716, i64* %717, align 8
  %718 = load i64, i64* %highEnd, align 8
  %719 = getelementptr i64, i64* %regs, i64 8
  store i64 %718, i64* %719, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead144:                                          ; No predecessors!
  br label %join143

ok145:                                            ; preds = %join143
  store i64 %711, i64* %706, align 8
  %720 = load i64, i64* %highEnd, align 8
  %721 = call i64 @llvm.umax.i64(i64 %720, i64 %711)
  store i64 %721, i64* %highEnd, align 8
  %722 = trunc i64 %710 to i32
  store i32 %722, i32* %args_out, align 4
  %723 = load i32, i32* %args_out, align 4
  %724 = load i32, i32* %arg, align 4
  %725 = zext i32 %723 to i64
  %726 = add i64 %725, 4
  %727 = icmp uge i64 %725, %scratch_start
  %728 = load i64, i64* %highEnd, align 8
  %729 = icmp ule i64 %726, %728
  %730 = and i1 %727, %729
  %731 = call i1 @llvm.expect.i1(i1 %730, i1 true)
  br i1 %731, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join143
  %732 = load i64, i64* %lowStart, align 8
  %733 = getelementptr i64, i64* %regs, i64 6
  store i64 %732, i64* %733, align 8
  %734 = load i64, i64* %lowEnd, align 8
  %735 = getelementptr i64, i64* %regs, i64 7
  store i64 %734, i64* %735, align 8
  %736 = load i64, i64* %highEnd, align 8
  %737 = getelementptr i64, i64* %regs, i64 8
  store i64 %736, i64* %737, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok145
  %738 = load i64, i64* %lowStart, align 8
  %739 = icmp uge i64 %725, %738
  %740 = load i64, i64* %lowEnd, align 8
  %741 = icmp ule i64 %726, %740
  %742 = and i1 %739, %741
  %743 = call i1 @llvm.expect.i1(i1 %742, i1 true)
  br i1 %743, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %744 = icmp ugt i64 %726, %arena_size
  br i1 %744, label %trap17.site0, label %ok146

write.ok:                                         ; preds = %ok146, %write.low, %ok145
  %745 = getelementptr i8, i8* %mem, i64 %725
  store i32 %724, i32* %unaligned147, align 4
  %746 = bitcast i32* %unaligned147 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %745, i8* %746, i64 4, i1 false)
  %747 = load i32, i32* %args_out, align 4
  %748 = load i32, i32* %arg.1, align 4
  %749 = zext i32 %747 to i64
  %750 = add i64 %749, 8
  %751 = add i64 %750, 4
  %752 = icmp uge i64 %750, %scratch_start
  %753 = load i64, i64* %highEnd, align 8
  %754 = icmp ule i64 %751, %753
  %755 = and i1 %752, %754
  %756 = call i1 @llvm.expect.i1(i1 %755, i1 true)
  br i1 %756, label %write.ok150, label %write.low148

ok146:                                            ; preds = %write.slow
  %757 = icmp ult i64 %725, %scratch_start
  %758 = load i64, i64* %lowStart, align 8
  %759 = call i64 @llvm.umin.i64(i64 %758, i64 %725)
  %760 = load i64, i64* %lowEnd, align 8
  %761 = load i64, i64* %highEnd, align 8
  %762 = add i64 %726, 64
  %763 = sub i64 %726, %759
  %764 = lshr i64 %763, 4
  %765 = add i64 %762, %764
  %766 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %765)
  %767 = call i64 @llvm.umax.i64(i64 %760, i64 %766)
  %768 = select i1 %757, i64 %767, i64 %760
  store i64 %768, i64* %lowEnd, align 8
  %769 = add i64 %726, 64
  %770 = sub i64 %726, %scratch_start
  %771 = lshr i64 %770, 4
  %772 = add i64 %769, %771
  %773 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %772)
  %774 = call i64 @llvm.umax.i64(i64 %761, i64 %773)
  %775 = select i1 %757, i64 %761, i64 %774
  store i64 %775, i64* %highEnd, align 8
  store i64 %759, i64* %lowStart, align 8
  br label %write.ok

write.low148:                                     ; preds = %write.ok
  %776 = load i64, i64* %lowStart, align 8
  %777 = icmp uge i64 %750, %776
  %778 = load i64, i64* %lowEnd, align 8
  %779 = icmp ule i64 %751, %778
  %780 = and i1 %777, %779
  %781 = call i1 @llvm.expect.i1(i1 %780, i1 true)
  br i1 %781, label %write.ok150, label %write.slow149

write.slow149:                                    ; preds = %write.low148
  %782 = icmp ugt i64 %751, %arena_size
  br i1 %782, label %trap17.site0, label %ok151

write.ok150:                                      ; preds = %ok151, %write.low148, %write.ok
  %783 = getelementptr i8, i8* %mem, i64 %750
  store i32 %748, i32* %unaligned152, align 4
  %784 = bitcast i32* %unaligned152 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %783, i8* %784, i64 4, i1 false)
  %785 = load i32, i32* %args_out, align 4
  %786 = load i64, i64* %arg.2, align 8
  %787 = zext i32 %785 to i64
  %788 = add i64 %787, 16
  %789 = add i64 %788, 8
  %790 = icmp uge i64 %788, %scratch_start
  %791 = load i64, i64* %highEnd, align 8
  %792 = icmp ule i64 %789, %791
  %793 = and i1 %790, %792
  %794 = call i1 @llvm.expect.i1(i1 %793, i1 true)
  br i1 %794, label %write.ok155, label %write.low153

ok151:                                            ; preds = %write.slow149
  %795 = icmp ult i64 %750, %scratch_start
  %796 = load i64, i64* %lowStart, align 8
  %797 = call i64 @llvm.umin.i64(i64 %796, i64 %750)
  %798 = load i64, i64* %lowEnd, align 8
  %799 = load i64, i64* %highEnd, align 8
  %800 = add i64 %751, 64
  %801 = sub i64 %751, %797
  %802 = lshr i64 %801, 4
  %803 = add i64 %800, %802
  %804 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %803)
  %805 = call i64 @llvm.umax.i64(i64 %798, i64 %804)
  %806 = select i1 %795, i64 %805, i64 %798
  store i64 %806, i64* %lowEnd, align 8
  %807 = add i64 %751, 64
  %808 = sub i64 %751, %scratch_start
  %809 = lshr i64 %808, 4
  %810 = add i64 %807, %809
  %811 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %810)
  %812 = call i64 @llvm.umax.i64(i64 %799, i64 %811)
  %813 = select i1 %795, i64 %799, i64 %812
  store i64 %813, i64* %highEnd, align 8
  store i64 %797, i64* %lowStart, align 8
  br label %write.ok150

write.low153:                                     ; preds = %write.ok150
  %814 = load i64, i64* %lowStart, align 8
  %815 = icmp uge i64 %788, %814
  %816 = load i64, i64* %lowEnd, align 8
  %817 = icmp ule i64 %789, %816
  %818 = and i1 %815, %817
  %819 = call i1 @llvm.expect.i1(i1 %818, i1 true)
  br i1 %819, label %write.ok155, label %write.slow154

write.slow154:                                    ; preds = %write.low153
  %820 = icmp ugt i64 %789, %arena_size
  br i1 %820, label %trap17.site0, label %ok156

write.ok155:                                      ; preds = %ok156, %write.low153, %write.ok150
  %821 = getelementptr i8, i8* %mem, i64 %788
  store i64 %786, i64* %unaligned157, align 8
  %822 = bitcast i64* %unaligned157 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %821, i8* %822, i64 8, i1 false)
  %823 = load i32, i32* %args_out, align 4
  %824 = load i64, i64* %fuel, align 8
  %825 = getelementptr i64, i64* %regs, i64 0
  store i64 %824, i64* %825, align 8
  %826 = load i64, i64* %lowStart, align 8
  %827 = getelementptr i64, i64* %regs, i64 6
  store i64 %826, i64* %827, align 8
  %828 = load i64, i64* %lowEnd, align 8
  %829 = getelementptr i64, i64* %regs, i64 7
  store i64 %828, i64* %829, align 8
  %830 = load i64, i64* %highEnd, align 8
  %831 = getelementptr i64, i64* %regs, i64 8
  store i64 %830, i64* %831, align 8
  ret i32 %823

ok156:                                            ; preds = %write.slow154
  %832 = icmp ult i64 %788, %scratch_start
  %833 = load i64, i64* %lowStart, align 8
  %834 = call i64 @llvm.umin.i64(i64 %833, i64 %788)
  %835 = load i64, i64* %lowEnd, align 8
  %836 = load i64, i64* %highEnd, align 8
  %837 = add i64 %789, 64
  %838 = sub i64 %789, %834
  %839 = lshr i64 %838, 4
  %840 = add i64 %837, %839
  %841 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %840)
  %842 = call i64 @llvm.umax.i64(i64 %835, i64 %841)
  %843 = select i1 %832, i64 %842, i64 %835
  store i64 %843, i64* %lowEnd, align 8
  %844 = add i64 %789, 64
  %845 = sub i64 %789, %scratch_start
  %846 = lshr i64 %845, 4
  %847 = add i64 %844, %846
  %848 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %847)
  %849 = call i64 @llvm.umax.i64(i64 %836, i64 %848)
  %850 = select i1 %832, i64 %836, i64 %849
  store i64 %850, i64* %highEnd, align 8
  store i64 %834, i64* %lowStart, align 8
  br label %write.ok155
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
  %limit = alloca i32, align 4
  store i32 0, i32* %limit, align 4
  %label = alloca i32, align 4
  store i32 0, i32* %label, align 4
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %v = alloca i64, align 8
  store i64 0, i64* %v, align 8
  %effective = alloca i64, align 8
  store i64 0, i64* %effective, align 8
  %scrut.1 = alloca i32, align 4
  store i32 0, i32* %scrut.1, align 4
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %described = alloca i32, align 4
  store i32 0, i32* %described, align 4
  %c = alloca i64, align 8
  store i64 0, i64* %c, align 8
  %obj = alloca i32, align 4
  store i32 0, i32* %obj, align 4
  %item = alloca i32, align 4
  store i32 0, i32* %item, align 4
  %c.1 = alloca i64, align 8
  store i64 0, i64* %c.1, align 8
  %obj.1 = alloca i32, align 4
  store i32 0, i32* %obj.1, align 4
  %item.1 = alloca i32, align 4
  store i32 0, i32* %item.1, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %maybe = alloca i32, align 4
  store i32 0, i32* %maybe, align 4
  %c.2 = alloca i64, align 8
  store i64 0, i64* %c.2, align 8
  %obj.2 = alloca i32, align 4
  store i32 0, i32* %obj.2, align 4
  %c.3 = alloca i32, align 4
  store i32 0, i32* %c.3, align 4
  %obj.3 = alloca i32, align 4
  store i32 0, i32* %obj.3, align 4
  %scrut.2 = alloca i32, align 4
  store i32 0, i32* %scrut.2, align 4
  %v.1 = alloca i64, align 8
  store i64 0, i64* %v.1, align 8
  %checked = alloca i64, align 8
  store i64 0, i64* %checked, align 8
  %c.4 = alloca i64, align 8
  store i64 0, i64* %c.4, align 8
  %obj.4 = alloca i32, align 4
  store i32 0, i32* %obj.4, align 4
  %c.5 = alloca i32, align 4
  store i32 0, i32* %c.5, align 4
  %obj.5 = alloca i32, align 4
  store i32 0, i32* %obj.5, align 4
  %raw = alloca i32, align 4
  store i32 0, i32* %raw, align 4
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
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %o = alloca i32, align 4
  store i32 0, i32* %o, align 4
  %scrut.3 = alloca i32, align 4
  store i32 0, i32* %scrut.3, align 4
  %present = alloca i32, align 4
  store i32 0, i32* %present, align 4
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
  %unaligned4 = alloca i32, align 4
  %unaligned6 = alloca i64, align 8
  %result7 = alloca i32, align 4
  %result9 = alloca i64, align 8
  %result10 = alloca i64, align 8
  %unaligned12 = alloca i64, align 8
  %unaligned19 = alloca i64, align 8
  %result20 = alloca i32, align 4
  %result21 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %unaligned39 = alloca i32, align 4
  %result40 = alloca i32, align 4
  %result44 = alloca i32, align 4
  %result45 = alloca i32, align 4
  %unaligned51 = alloca i64, align 8
  %result55 = alloca i32, align 4
  %result56 = alloca i32, align 4
  %unaligned62 = alloca i64, align 8
  %unaligned72 = alloca i32, align 4
  %unaligned77 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned87 = alloca i32, align 4
  %result88 = alloca i64, align 8
  %result92 = alloca i32, align 4
  %result93 = alloca i32, align 4
  %unaligned104 = alloca i64, align 8
  %result105 = alloca i32, align 4
  %unaligned115 = alloca i32, align 4
  %result116 = alloca i64, align 8
  %unaligned122 = alloca i64, align 8
  %unaligned134 = alloca i64, align 8
  %result140 = alloca i32, align 4
  %result141 = alloca i32, align 4
  %unaligned151 = alloca i64, align 8
  %result152 = alloca i32, align 4
  %unaligned162 = alloca i32, align 4
  %unaligned167 = alloca i32, align 4
  %result168 = alloca i32, align 4
  %unaligned170 = alloca i32, align 4
  %unaligned177 = alloca i32, align 4
  %unaligned180 = alloca i32, align 4
  %result181 = alloca i32, align 4
  %result182 = alloca i32, align 4
  %unaligned201 = alloca i32, align 4
  %unaligned206 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each55, %body
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

trap253.site0:                                    ; preds = %ok207, %ok27, %ok1
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
  store i32 %61, i32* %limit, align 4
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 12
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow203, %write.slow198, %write.slow193, %cont, %ok175, %write.ok165, %write.slow164, %write.slow159, %write.slow155, %write.slow148, %write.slow144, %write.slow131, %join120, %then118, %join91, %write.slow112, %write.slow108, %write.slow101, %write.slow97, %write.slow84, %write.slow79, %write.slow74, %write.slow69, %write.slow59, %write.slow48, %write.slow36, %then22, %write.slow, %then, %ok3, %ok2, %stack_ok
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
  store i32 %75, i32* %label, align 4
  %76 = load i32, i32* %args, align 4
  %77 = zext i32 %76 to i64
  %78 = sub i64 %arena_size, 24
  %79 = icmp sgt i64 %77, %78
  br i1 %79, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %80 = add i64 %77, 16
  %81 = getelementptr i8, i8* %mem, i64 %80
  %82 = bitcast i64* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %82, i8* %81, i64 8, i1 false)
  %83 = load i64, i64* %unaligned6, align 8
  store i64 %83, i64* %x, align 8
  %84 = getelementptr i64, i64* %regs, i64 1
  %85 = getelementptr i64, i64* %regs, i64 2
  %86 = load i64, i64* %84, align 8
  %87 = add i64 %86, 7
  %88 = and i64 %87, -8
  %89 = add i64 %88, 32
  %90 = load i64, i64* %85, align 8
  %91 = icmp ugt i64 %89, %90
  br i1 %91, label %trap15.site5, label %ok8

e0:                                               ; preds = %write.ok204
  %92 = load i32, i32* %result7, align 4
  store i32 %92, i32* %result, align 4
  %93 = load i32, i32* %result, align 4
  store i32 %93, i32* %result.1, align 4
  %94 = getelementptr i64, i64* %regs, i64 3
  %95 = load i64, i64* %94, align 8
  %96 = trunc i64 %95 to i32
  store i32 %96, i32* %json_start, align 4
  %97 = load i32, i32* %result.1, align 4
  %98 = load i32, i32* %json_start, align 4
  %99 = icmp uge i32 %depth, 1000
  br i1 %99, label %trap15.site0, label %ok207

ok8:                                              ; preds = %ok5
  store i64 %89, i64* %84, align 8
  %100 = load i64, i64* %highEnd, align 8
  %101 = call i64 @llvm.umax.i64(i64 %100, i64 %89)
  store i64 %101, i64* %highEnd, align 8
  %102 = trunc i64 %88 to i32
  store i32 %102, i32* %dict, align 4
  %103 = load i32, i32* %limit, align 4
  store i32 %103, i32* %scrut, align 4
  %104 = load i32, i32* %scrut, align 4
  %105 = icmp ne i32 %104, 0
  %106 = zext i1 %105 to i32
  %107 = icmp ne i32 %106, 0
  br i1 %107, label %then, label %else

trap15.site5:                                     ; preds = %then213, %ok5
  %108 = load i64, i64* %lowStart, align 8
  %109 = getelementptr i64, i64* %regs, i64 6
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %lowEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 7
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %highEnd, align 8
  %113 = getelementptr i64, i64* %regs, i64 8
  store i64 %112, i64* %113, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

e1:                                               ; preds = %match3
  %114 = load i64, i64* %result9, align 8
  store i64 %114, i64* %effective, align 8
  %115 = load i32, i32* %dict, align 4
  %116 = load i64, i64* %effective, align 8
  %117 = zext i32 %115 to i64
  %118 = add i64 %117, 8
  %119 = icmp uge i64 %117, %scratch_start
  %120 = load i64, i64* %highEnd, align 8
  %121 = icmp ule i64 %118, %120
  %122 = and i1 %119, %121
  %123 = call i1 @llvm.expect.i1(i1 %122, i1 true)
  br i1 %123, label %write.ok, label %write.low

match3:                                           ; preds = %dead17, %then13, %ok11
  %124 = load i64, i64* %result10, align 8
  store i64 %124, i64* %result9, align 8
  br label %e1

then:                                             ; preds = %ok8
  %125 = load i32, i32* %scrut, align 4
  %126 = zext i32 %125 to i64
  %127 = sub i64 %arena_size, 8
  %128 = icmp sgt i64 %126, %127
  br i1 %128, label %trap17.site0, label %ok11

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %129 = load i32, i32* %scrut, align 4
  %130 = icmp eq i32 %129, 0
  %131 = zext i1 %130 to i32
  %132 = icmp ne i32 %131, 0
  br i1 %132, label %then13, label %else14

ok11:                                             ; preds = %then
  %133 = getelementptr i8, i8* %mem, i64 %126
  %134 = bitcast i64* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %134, i8* %133, i64 8, i1 false)
  %135 = load i64, i64* %unaligned12, align 8
  store i64 %135, i64* %v, align 8
  %136 = load i64, i64* %v, align 8
  store i64 %136, i64* %result10, align 8
  br label %match3

dead:                                             ; No predecessors!
  br label %join

then13:                                           ; preds = %join
  store i64 100, i64* %result10, align 8
  br label %match3

else14:                                           ; preds = %join
  br label %join15

join15:                                           ; preds = %else14, %dead16
  br label %trap5.site6

dead16:                                           ; No predecessors!
  br label %join15

trap5.site6:                                      ; preds = %join15
  %137 = load i64, i64* %lowStart, align 8
  %138 = getelementptr i64, i64* %regs, i64 6
  store i64 %137, i64* %138, align 8
  %139 = load i64, i64* %lowEnd, align 8
  %140 = getelementptr i64, i64* %regs, i64 7
  store i64 %139, i64* %140, align 8
  %141 = load i64, i64* %highEnd, align 8
  %142 = getelementptr i64, i64* %regs, i64 8
  store i64 %141, i64* %142, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 6)
  unreachable

dead17:                                           ; No predecessors!
  br label %match3

write.low:                                        ; preds = %e1
  %143 = load i64, i64* %lowStart, align 8
  %144 = icmp uge i64 %117, %143
  %145 = load i64, i64* %lowEnd, align 8
  %146 = icmp ule i64 %118, %145
  %147 = and i1 %144, %146
  %148 = call i1 @llvm.expect.i1(i1 %147, i1 true)
  br i1 %148, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %149 = icmp ugt i64 %118, %arena_size
  br i1 %149, label %trap17.site0, label %ok18

write.ok:                                         ; preds = %ok18, %write.low, %e1
  %150 = getelementptr i8, i8* %mem, i64 %117
  store i64 %116, i64* %unaligned19, align 8
  %151 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %150, i8* %151, i64 8, i1 false)
  %152 = load i32, i32* %label, align 4
  store i32 %152, i32* %scrut.1, align 4
  %153 = load i32, i32* %scrut.1, align 4
  %154 = icmp ne i32 %153, 0
  %155 = zext i1 %154 to i32
  %156 = icmp ne i32 %155, 0
  br i1 %156, label %then22, label %else23

ok18:                                             ; preds = %write.slow
  %157 = icmp ult i64 %117, %scratch_start
  %158 = load i64, i64* %lowStart, align 8
  %159 = call i64 @llvm.umin.i64(i64 %158, i64 %117)
  %160 = load i64, i64* %lowEnd, align 8
  %161 = load i64, i64* %highEnd, align 8
  %162 = add i64 %118, 64
  %163 = sub i64 %118, %159
  %164 = lshr i64 %163, 4
  %165 = add i64 %162, %164
  %166 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %165)
  %167 = call i64 @llvm.umax.i64(i64 %160, i64 %166)
  %168 = select i1 %157, i64 %167, i64 %160
  store i64 %168, i64* %lowEnd, align 8
  %169 = add i64 %118, 64
  %170 = sub i64 %118, %scratch_start
  %171 = lshr i64 %170, 4
  %172 = add i64 %169, %171
  %173 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %172)
  %174 = call i64 @llvm.umax.i64(i64 %161, i64 %173)
  %175 = select i1 %157, i64 %161, i64 %174
  store i64 %175, i64* %highEnd, align 8
  store i64 %159, i64* %lowStart, align 8
  br label %write.ok

e6:                                               ; preds = %match8
  %176 = load i32, i32* %result20, align 4
  store i32 %176, i32* %described, align 4
  %177 = load i32, i32* %dict, align 4
  %178 = load i32, i32* %described, align 4
  %179 = zext i32 %177 to i64
  %180 = add i64 %179, 8
  %181 = add i64 %180, 4
  %182 = icmp uge i64 %180, %scratch_start
  %183 = load i64, i64* %highEnd, align 8
  %184 = icmp ule i64 %181, %183
  %185 = and i1 %182, %184
  %186 = call i1 @llvm.expect.i1(i1 %185, i1 true)
  br i1 %186, label %write.ok37, label %write.low35

match8:                                           ; preds = %dead34, %then30, %stack_ok28
  %187 = load i32, i32* %result21, align 4
  store i32 %187, i32* %result20, align 4
  br label %e6

then22:                                           ; preds = %write.ok
  %188 = load i32, i32* %scrut.1, align 4
  %189 = zext i32 %188 to i64
  %190 = sub i64 %arena_size, 4
  %191 = icmp sgt i64 %189, %190
  br i1 %191, label %trap17.site0, label %ok25

else23:                                           ; preds = %write.ok
  br label %join24

join24:                                           ; preds = %else23, %dead29
  %192 = load i32, i32* %scrut.1, align 4
  %193 = icmp eq i32 %192, 0
  %194 = zext i1 %193 to i32
  %195 = icmp ne i32 %194, 0
  br i1 %195, label %then30, label %else31

ok25:                                             ; preds = %then22
  %196 = getelementptr i8, i8* %mem, i64 %189
  %197 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %197, i8* %196, i64 4, i1 false)
  %198 = load i32, i32* %unaligned26, align 4
  store i32 %198, i32* %s, align 4
  %199 = load i32, i32* %s, align 4
  %200 = icmp uge i32 %depth, 1000
  br i1 %200, label %trap15.site7, label %ok27

ok27:                                             ; preds = %ok25
  %201 = icmp ult i64 %10, %stack_limit
  br i1 %201, label %trap253.site0, label %stack_ok28

trap15.site7:                                     ; preds = %ok25
  %202 = load i64, i64* %lowStart, align 8
  %203 = getelementptr i64, i64* %regs, i64 6
  store i64 %202, i64* %203, align 8
  %204 = load i64, i64* %lowEnd, align 8
  %205 = getelementptr i64, i64* %regs, i64 7
  store i64 %204, i64* %205, align 8
  %206 = load i64, i64* %highEnd, align 8
  %207 = getelementptr i64, i64* %regs, i64 8
  store i64 %206, i64* %207, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %208 = load i64, i64* %fuel, align 8
  %209 = getelementptr i64, i64* %regs, i64 0
  store i64 %208, i64* %209, align 8
  %210 = load i64, i64* %lowStart, align 8
  %211 = getelementptr i64, i64* %regs, i64 6
  store i64 %210, i64* %211, align 8
  %212 = load i64, i64* %lowEnd, align 8
  %213 = getelementptr i64, i64* %regs, i64 7
  store i64 %212, i64* %213, align 8
  %214 = load i64, i64* %highEnd, align 8
  %215 = getelementptr i64, i64* %regs, i64 8
  store i64 %214, i64* %215, align 8
  %216 = add i32 %depth, 1
  %217 = call i32 @m0.rt.str_concat(i64* %regs, i8* %mem, i32 %216, i32 8, i32 %199)
  %218 = getelementptr i64, i64* %regs, i64 0
  %219 = load i64, i64* %218, align 8
  store i64 %219, i64* %fuel, align 8
  %220 = getelementptr i64, i64* %regs, i64 6
  %221 = load i64, i64* %220, align 8
  store i64 %221, i64* %lowStart, align 8
  %222 = getelementptr i64, i64* %regs, i64 7
  %223 = load i64, i64* %222, align 8
  store i64 %223, i64* %lowEnd, align 8
  %224 = getelementptr i64, i64* %regs, i64 8
  %225 = load i64, i64* %224, align 8
  store i64 %225, i64* %highEnd, align 8
  store i32 %217, i32* %result21, align 4
  br label %match8

dead29:                                           ; No predecessors!
  br label %join24

then30:                                           ; preds = %join24
  store i32 20, i32* %result21, align 4
  br label %match8

else31:                                           ; preds = %join24
  br label %join32

join32:                                           ; preds = %else31, %dead33
  br label %trap5.site8

dead33:                                           ; No predecessors!
  br label %join32

trap5.site8:                                      ; preds = %join32
  %226 = load i64, i64* %lowStart, align 8
  %227 = getelementptr i64, i64* %regs, i64 6
  store i64 %226, i64* %227, align 8
  %228 = load i64, i64* %lowEnd, align 8
  %229 = getelementptr i64, i64* %regs, i64 7
  store i64 %228, i64* %229, align 8
  %230 = load i64, i64* %highEnd, align 8
  %231 = getelementptr i64, i64* %regs, i64 8
  store i64 %230, i64* %231, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 8)
  unreachable

dead34:                                           ; No predecessors!
  br label %match8

write.low35:                                      ; preds = %e6
  %232 = load i64, i64* %lowStart, align 8
  %233 = icmp uge i64 %180, %232
  %234 = load i64, i64* %lowEnd, align 8
  %235 = icmp ule i64 %181, %234
  %236 = and i1 %233, %235
  %237 = call i1 @llvm.expect.i1(i1 %236, i1 true)
  br i1 %237, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %238 = icmp ugt i64 %181, %arena_size
  br i1 %238, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %e6
  %239 = getelementptr i8, i8* %mem, i64 %180
  store i32 %178, i32* %unaligned39, align 4
  %240 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %239, i8* %240, i64 4, i1 false)
  %241 = load i64, i64* %x, align 8
  %242 = icmp sgt i64 %241, 0
  %243 = zext i1 %242 to i32
  %244 = icmp ne i32 %243, 0
  br i1 %244, label %then41, label %else42

ok38:                                             ; preds = %write.slow36
  %245 = icmp ult i64 %180, %scratch_start
  %246 = load i64, i64* %lowStart, align 8
  %247 = call i64 @llvm.umin.i64(i64 %246, i64 %180)
  %248 = load i64, i64* %lowEnd, align 8
  %249 = load i64, i64* %highEnd, align 8
  %250 = add i64 %181, 64
  %251 = sub i64 %181, %247
  %252 = lshr i64 %251, 4
  %253 = add i64 %250, %252
  %254 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %253)
  %255 = call i64 @llvm.umax.i64(i64 %248, i64 %254)
  %256 = select i1 %245, i64 %255, i64 %248
  store i64 %256, i64* %lowEnd, align 8
  %257 = add i64 %181, 64
  %258 = sub i64 %181, %scratch_start
  %259 = lshr i64 %258, 4
  %260 = add i64 %257, %259
  %261 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %260)
  %262 = call i64 @llvm.umax.i64(i64 %249, i64 %261)
  %263 = select i1 %245, i64 %249, i64 %262
  store i64 %263, i64* %highEnd, align 8
  store i64 %247, i64* %lowStart, align 8
  br label %write.ok37

e12:                                              ; preds = %write.ok80
  %264 = load i32, i32* %result40, align 4
  store i32 %264, i32* %maybe, align 4
  %265 = load i32, i32* %dict, align 4
  %266 = load i32, i32* %maybe, align 4
  %267 = zext i32 %265 to i64
  %268 = add i64 %267, 12
  %269 = add i64 %268, 4
  %270 = icmp uge i64 %268, %scratch_start
  %271 = load i64, i64* %highEnd, align 8
  %272 = icmp ule i64 %269, %271
  %273 = and i1 %270, %272
  %274 = call i1 @llvm.expect.i1(i1 %273, i1 true)
  br i1 %274, label %write.ok85, label %write.low83

then41:                                           ; preds = %write.ok37
  %275 = load i64, i64* %x, align 8
  store i64 %275, i64* %c, align 8
  %276 = getelementptr i64, i64* %regs, i64 1
  %277 = getelementptr i64, i64* %regs, i64 2
  %278 = load i64, i64* %276, align 8
  %279 = add i64 %278, 7
  %280 = and i64 %279, -8
  %281 = add i64 %280, 8
  %282 = load i64, i64* %277, align 8
  %283 = icmp ugt i64 %281, %282
  br i1 %283, label %trap15.site11, label %ok46

else42:                                           ; preds = %write.ok37
  store i32 0, i32* %result44, align 4
  br label %join43

join43:                                           ; preds = %else42, %e17
  %284 = load i32, i32* %result44, align 4
  store i32 %284, i32* %item, align 4
  %285 = load i64, i64* %x, align 8
  %286 = icmp sgt i64 %285, 10
  %287 = zext i1 %286 to i32
  %288 = icmp ne i32 %287, 0
  br i1 %288, label %then52, label %else53

e17:                                              ; preds = %write.ok49
  %289 = load i32, i32* %result45, align 4
  store i32 %289, i32* %result44, align 4
  br label %join43

ok46:                                             ; preds = %then41
  store i64 %281, i64* %276, align 8
  %290 = load i64, i64* %highEnd, align 8
  %291 = call i64 @llvm.umax.i64(i64 %290, i64 %281)
  store i64 %291, i64* %highEnd, align 8
  %292 = trunc i64 %280 to i32
  store i32 %292, i32* %obj, align 4
  %293 = load i32, i32* %obj, align 4
  %294 = load i64, i64* %c, align 8
  %295 = zext i32 %293 to i64
  %296 = add i64 %295, 8
  %297 = icmp uge i64 %295, %scratch_start
  %298 = load i64, i64* %highEnd, align 8
  %299 = icmp ule i64 %296, %298
  %300 = and i1 %297, %299
  %301 = call i1 @llvm.expect.i1(i1 %300, i1 true)
  br i1 %301, label %write.ok49, label %write.low47

trap15.site11:                                    ; preds = %then41
  %302 = load i64, i64* %lowStart, align 8
  %303 = getelementptr i64, i64* %regs, i64 6
  store i64 %302, i64* %303, align 8
  %304 = load i64, i64* %lowEnd, align 8
  %305 = getelementptr i64, i64* %regs, i64 7
  store i64 %304, i64* %305, align 8
  %306 = load i64, i64* %highEnd, align 8
  %307 = getelementptr i64, i64* %regs, i64 8
  store i64 %306, i64* %307, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

write.low47:                                      ; preds = %ok46
  %308 = load i64, i64* %lowStart, align 8
  %309 = icmp uge i64 %295, %308
  %310 = load i64, i64* %lowEnd, align 8
  %311 = icmp ule i64 %296, %310
  %312 = and i1 %309, %311
  %313 = call i1 @llvm.expect.i1(i1 %312, i1 true)
  br i1 %313, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %314 = icmp ugt i64 %296, %arena_size
  br i1 %314, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %ok46
  %315 = getelementptr i8, i8* %mem, i64 %295
  store i64 %294, i64* %unaligned51, align 8
  %316 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %315, i8* %316, i64 8, i1 false)
  %317 = load i32, i32* %obj, align 4
  store i32 %317, i32* %result45, align 4
  br label %e17

ok50:                                             ; preds = %write.slow48
  %318 = icmp ult i64 %295, %scratch_start
  %319 = load i64, i64* %lowStart, align 8
  %320 = call i64 @llvm.umin.i64(i64 %319, i64 %295)
  %321 = load i64, i64* %lowEnd, align 8
  %322 = load i64, i64* %highEnd, align 8
  %323 = add i64 %296, 64
  %324 = sub i64 %296, %320
  %325 = lshr i64 %324, 4
  %326 = add i64 %323, %325
  %327 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %326)
  %328 = call i64 @llvm.umax.i64(i64 %321, i64 %327)
  %329 = select i1 %318, i64 %328, i64 %321
  store i64 %329, i64* %lowEnd, align 8
  %330 = add i64 %296, 64
  %331 = sub i64 %296, %scratch_start
  %332 = lshr i64 %331, 4
  %333 = add i64 %330, %332
  %334 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %333)
  %335 = call i64 @llvm.umax.i64(i64 %322, i64 %334)
  %336 = select i1 %318, i64 %322, i64 %335
  store i64 %336, i64* %highEnd, align 8
  store i64 %320, i64* %lowStart, align 8
  br label %write.ok49

then52:                                           ; preds = %join43
  %337 = load i64, i64* %x, align 8
  store i64 %337, i64* %c.1, align 8
  %338 = getelementptr i64, i64* %regs, i64 1
  %339 = getelementptr i64, i64* %regs, i64 2
  %340 = load i64, i64* %338, align 8
  %341 = add i64 %340, 7
  %342 = and i64 %341, -8
  %343 = add i64 %342, 8
  %344 = load i64, i64* %339, align 8
  %345 = icmp ugt i64 %343, %344
  br i1 %345, label %trap15.site13, label %ok57

else53:                                           ; preds = %join43
  store i32 0, i32* %result55, align 4
  br label %join54

join54:                                           ; preds = %else53, %e24
  %346 = load i32, i32* %result55, align 4
  store i32 %346, i32* %item.1, align 4
  store i64 12, i64* %size, align 8
  %347 = load i64, i64* %size, align 8
  %348 = icmp ugt i64 %347, 2147483647
  %349 = zext i1 %348 to i32
  %350 = icmp ne i32 %349, 0
  br i1 %350, label %then63, label %else64

e24:                                              ; preds = %write.ok60
  %351 = load i32, i32* %result56, align 4
  store i32 %351, i32* %result55, align 4
  br label %join54

ok57:                                             ; preds = %then52
  store i64 %343, i64* %338, align 8
  %352 = load i64, i64* %highEnd, align 8
  %353 = call i64 @llvm.umax.i64(i64 %352, i64 %343)
  store i64 %353, i64* %highEnd, align 8
  %354 = trunc i64 %342 to i32
  store i32 %354, i32* %obj.1, align 4
  %355 = load i32, i32* %obj.1, align 4
  %356 = load i64, i64* %c.1, align 8
  %357 = zext i32 %355 to i64
  %358 = add i64 %357, 8
  %359 = icmp uge i64 %357, %scratch_start
  %360 = load i64, i64* %highEnd, align 8
  %361 = icmp ule i64 %358, %360
  %362 = and i1 %359, %361
  %363 = call i1 @llvm.expect.i1(i1 %362, i1 true)
  br i1 %363, label %write.ok60, label %write.low58

trap15.site13:                                    ; preds = %then52
  %364 = load i64, i64* %lowStart, align 8
  %365 = getelementptr i64, i64* %regs, i64 6
  store i64 %364, i64* %365, align 8
  %366 = load i64, i64* %lowEnd, align 8
  %367 = getelementptr i64, i64* %regs, i64 7
  store i64 %366, i64* %367, align 8
  %368 = load i64, i64* %highEnd, align 8
  %369 = getelementptr i64, i64* %regs, i64 8
  store i64 %368, i64* %369, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low58:                                      ; preds = %ok57
  %370 = load i64, i64* %lowStart, align 8
  %371 = icmp uge i64 %357, %370
  %372 = load i64, i64* %lowEnd, align 8
  %373 = icmp ule i64 %358, %372
  %374 = and i1 %371, %373
  %375 = call i1 @llvm.expect.i1(i1 %374, i1 true)
  br i1 %375, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %376 = icmp ugt i64 %358, %arena_size
  br i1 %376, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %ok57
  %377 = getelementptr i8, i8* %mem, i64 %357
  store i64 %356, i64* %unaligned62, align 8
  %378 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %377, i8* %378, i64 8, i1 false)
  %379 = load i32, i32* %obj.1, align 4
  store i32 %379, i32* %result56, align 4
  br label %e24

ok61:                                             ; preds = %write.slow59
  %380 = icmp ult i64 %357, %scratch_start
  %381 = load i64, i64* %lowStart, align 8
  %382 = call i64 @llvm.umin.i64(i64 %381, i64 %357)
  %383 = load i64, i64* %lowEnd, align 8
  %384 = load i64, i64* %highEnd, align 8
  %385 = add i64 %358, 64
  %386 = sub i64 %358, %382
  %387 = lshr i64 %386, 4
  %388 = add i64 %385, %387
  %389 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %388)
  %390 = call i64 @llvm.umax.i64(i64 %383, i64 %389)
  %391 = select i1 %380, i64 %390, i64 %383
  store i64 %391, i64* %lowEnd, align 8
  %392 = add i64 %358, 64
  %393 = sub i64 %358, %scratch_start
  %394 = lshr i64 %393, 4
  %395 = add i64 %392, %394
  %396 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %395)
  %397 = call i64 @llvm.umax.i64(i64 %384, i64 %396)
  %398 = select i1 %380, i64 %384, i64 %397
  store i64 %398, i64* %highEnd, align 8
  store i64 %382, i64* %lowStart, align 8
  br label %write.ok60

then63:                                           ; preds = %join54
  br label %trap15.site9

else64:                                           ; preds = %join54
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %399 = load i64, i64* %size, align 8
  %400 = trunc i64 %399 to i32
  %401 = zext i32 %400 to i64
  %402 = getelementptr i64, i64* %regs, i64 1
  %403 = getelementptr i64, i64* %regs, i64 2
  %404 = load i64, i64* %402, align 8
  %405 = add i64 %404, 3
  %406 = and i64 %405, -4
  %407 = add i64 %406, %401
  %408 = load i64, i64* %403, align 8
  %409 = icmp ugt i64 %407, %408
  br i1 %409, label %trap15.site9, label %ok67

trap15.site9:                                     ; preds = %join65, %then63
  %410 = load i64, i64* %lowStart, align 8
  %411 = getelementptr i64, i64* %regs, i64 6
  store i64 %410, i64* %411, align 8
  %412 = load i64, i64* %lowEnd, align 8
  %413 = getelementptr i64, i64* %regs, i64 7
  store i64 %412, i64* %413, align 8
  %414 = load i64, i64* %highEnd, align 8
  %415 = getelementptr i64, i64* %regs, i64 8
  store i64 %414, i64* %415, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead66:                                           ; No predecessors!
  br label %join65

ok67:                                             ; preds = %join65
  store i64 %407, i64* %402, align 8
  %416 = load i64, i64* %highEnd, align 8
  %417 = call i64 @llvm.umax.i64(i64 %416, i64 %407)
  store i64 %417, i64* %highEnd, align 8
  %418 = trunc i64 %406 to i32
  store i32 %418, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %419 = load i32, i32* %list, align 4
  %420 = add i32 %419, 4
  %421 = load i32, i32* %len, align 4
  %422 = mul i32 %421, 4
  %423 = add i32 %420, %422
  %424 = load i32, i32* %item, align 4
  %425 = zext i32 %423 to i64
  %426 = add i64 %425, 4
  %427 = icmp uge i64 %425, %scratch_start
  %428 = load i64, i64* %highEnd, align 8
  %429 = icmp ule i64 %426, %428
  %430 = and i1 %427, %429
  %431 = call i1 @llvm.expect.i1(i1 %430, i1 true)
  br i1 %431, label %write.ok70, label %write.low68

write.low68:                                      ; preds = %ok67
  %432 = load i64, i64* %lowStart, align 8
  %433 = icmp uge i64 %425, %432
  %434 = load i64, i64* %lowEnd, align 8
  %435 = icmp ule i64 %426, %434
  %436 = and i1 %433, %435
  %437 = call i1 @llvm.expect.i1(i1 %436, i1 true)
  br i1 %437, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %438 = icmp ugt i64 %426, %arena_size
  br i1 %438, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %ok67
  %439 = getelementptr i8, i8* %mem, i64 %425
  store i32 %424, i32* %unaligned72, align 4
  %440 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %439, i8* %440, i64 4, i1 false)
  %441 = load i32, i32* %len, align 4
  %442 = add i32 %441, 1
  store i32 %442, i32* %len, align 4
  %443 = load i32, i32* %list, align 4
  %444 = add i32 %443, 4
  %445 = load i32, i32* %len, align 4
  %446 = mul i32 %445, 4
  %447 = add i32 %444, %446
  %448 = load i32, i32* %item.1, align 4
  %449 = zext i32 %447 to i64
  %450 = add i64 %449, 4
  %451 = icmp uge i64 %449, %scratch_start
  %452 = load i64, i64* %highEnd, align 8
  %453 = icmp ule i64 %450, %452
  %454 = and i1 %451, %453
  %455 = call i1 @llvm.expect.i1(i1 %454, i1 true)
  br i1 %455, label %write.ok75, label %write.low73

ok71:                                             ; preds = %write.slow69
  %456 = icmp ult i64 %425, %scratch_start
  %457 = load i64, i64* %lowStart, align 8
  %458 = call i64 @llvm.umin.i64(i64 %457, i64 %425)
  %459 = load i64, i64* %lowEnd, align 8
  %460 = load i64, i64* %highEnd, align 8
  %461 = add i64 %426, 64
  %462 = sub i64 %426, %458
  %463 = lshr i64 %462, 4
  %464 = add i64 %461, %463
  %465 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %464)
  %466 = call i64 @llvm.umax.i64(i64 %459, i64 %465)
  %467 = select i1 %456, i64 %466, i64 %459
  store i64 %467, i64* %lowEnd, align 8
  %468 = add i64 %426, 64
  %469 = sub i64 %426, %scratch_start
  %470 = lshr i64 %469, 4
  %471 = add i64 %468, %470
  %472 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %471)
  %473 = call i64 @llvm.umax.i64(i64 %460, i64 %472)
  %474 = select i1 %456, i64 %460, i64 %473
  store i64 %474, i64* %highEnd, align 8
  store i64 %458, i64* %lowStart, align 8
  br label %write.ok70

write.low73:                                      ; preds = %write.ok70
  %475 = load i64, i64* %lowStart, align 8
  %476 = icmp uge i64 %449, %475
  %477 = load i64, i64* %lowEnd, align 8
  %478 = icmp ule i64 %450, %477
  %479 = and i1 %476, %478
  %480 = call i1 @llvm.expect.i1(i1 %479, i1 true)
  br i1 %480, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %481 = icmp ugt i64 %450, %arena_size
  br i1 %481, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %write.ok70
  %482 = getelementptr i8, i8* %mem, i64 %449
  store i32 %448, i32* %unaligned77, align 4
  %483 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %482, i8* %483, i64 4, i1 false)
  %484 = load i32, i32* %len, align 4
  %485 = add i32 %484, 1
  store i32 %485, i32* %len, align 4
  %486 = load i32, i32* %list, align 4
  %487 = load i32, i32* %len, align 4
  %488 = zext i32 %486 to i64
  %489 = add i64 %488, 4
  %490 = icmp uge i64 %488, %scratch_start
  %491 = load i64, i64* %highEnd, align 8
  %492 = icmp ule i64 %489, %491
  %493 = and i1 %490, %492
  %494 = call i1 @llvm.expect.i1(i1 %493, i1 true)
  br i1 %494, label %write.ok80, label %write.low78

ok76:                                             ; preds = %write.slow74
  %495 = icmp ult i64 %449, %scratch_start
  %496 = load i64, i64* %lowStart, align 8
  %497 = call i64 @llvm.umin.i64(i64 %496, i64 %449)
  %498 = load i64, i64* %lowEnd, align 8
  %499 = load i64, i64* %highEnd, align 8
  %500 = add i64 %450, 64
  %501 = sub i64 %450, %497
  %502 = lshr i64 %501, 4
  %503 = add i64 %500, %502
  %504 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %503)
  %505 = call i64 @llvm.umax.i64(i64 %498, i64 %504)
  %506 = select i1 %495, i64 %505, i64 %498
  store i64 %506, i64* %lowEnd, align 8
  %507 = add i64 %450, 64
  %508 = sub i64 %450, %scratch_start
  %509 = lshr i64 %508, 4
  %510 = add i64 %507, %509
  %511 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %510)
  %512 = call i64 @llvm.umax.i64(i64 %499, i64 %511)
  %513 = select i1 %495, i64 %499, i64 %512
  store i64 %513, i64* %highEnd, align 8
  store i64 %497, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %write.ok75
  %514 = load i64, i64* %lowStart, align 8
  %515 = icmp uge i64 %488, %514
  %516 = load i64, i64* %lowEnd, align 8
  %517 = icmp ule i64 %489, %516
  %518 = and i1 %515, %517
  %519 = call i1 @llvm.expect.i1(i1 %518, i1 true)
  br i1 %519, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %520 = icmp ugt i64 %489, %arena_size
  br i1 %520, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %write.ok75
  %521 = getelementptr i8, i8* %mem, i64 %488
  store i32 %487, i32* %unaligned82, align 4
  %522 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %521, i8* %522, i64 4, i1 false)
  %523 = load i32, i32* %list, align 4
  store i32 %523, i32* %result40, align 4
  br label %e12

ok81:                                             ; preds = %write.slow79
  %524 = icmp ult i64 %488, %scratch_start
  %525 = load i64, i64* %lowStart, align 8
  %526 = call i64 @llvm.umin.i64(i64 %525, i64 %488)
  %527 = load i64, i64* %lowEnd, align 8
  %528 = load i64, i64* %highEnd, align 8
  %529 = add i64 %489, 64
  %530 = sub i64 %489, %526
  %531 = lshr i64 %530, 4
  %532 = add i64 %529, %531
  %533 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %532)
  %534 = call i64 @llvm.umax.i64(i64 %527, i64 %533)
  %535 = select i1 %524, i64 %534, i64 %527
  store i64 %535, i64* %lowEnd, align 8
  %536 = add i64 %489, 64
  %537 = sub i64 %489, %scratch_start
  %538 = lshr i64 %537, 4
  %539 = add i64 %536, %538
  %540 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %539)
  %541 = call i64 @llvm.umax.i64(i64 %528, i64 %540)
  %542 = select i1 %524, i64 %528, i64 %541
  store i64 %542, i64* %highEnd, align 8
  store i64 %526, i64* %lowStart, align 8
  br label %write.ok80

write.low83:                                      ; preds = %e12
  %543 = load i64, i64* %lowStart, align 8
  %544 = icmp uge i64 %268, %543
  %545 = load i64, i64* %lowEnd, align 8
  %546 = icmp ule i64 %269, %545
  %547 = and i1 %544, %546
  %548 = call i1 @llvm.expect.i1(i1 %547, i1 true)
  br i1 %548, label %write.ok85, label %write.slow84

write.slow84:                                     ; preds = %write.low83
  %549 = icmp ugt i64 %269, %arena_size
  br i1 %549, label %trap17.site0, label %ok86

write.ok85:                                       ; preds = %ok86, %write.low83, %e12
  %550 = getelementptr i8, i8* %mem, i64 %268
  store i32 %266, i32* %unaligned87, align 4
  %551 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %550, i8* %551, i64 4, i1 false)
  %552 = load i64, i64* %x, align 8
  %553 = icmp sgt i64 %552, 2
  %554 = zext i1 %553 to i32
  %555 = icmp ne i32 %554, 0
  br i1 %555, label %then89, label %else90

ok86:                                             ; preds = %write.slow84
  %556 = icmp ult i64 %268, %scratch_start
  %557 = load i64, i64* %lowStart, align 8
  %558 = call i64 @llvm.umin.i64(i64 %557, i64 %268)
  %559 = load i64, i64* %lowEnd, align 8
  %560 = load i64, i64* %highEnd, align 8
  %561 = add i64 %269, 64
  %562 = sub i64 %269, %558
  %563 = lshr i64 %562, 4
  %564 = add i64 %561, %563
  %565 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %564)
  %566 = call i64 @llvm.umax.i64(i64 %559, i64 %565)
  %567 = select i1 %556, i64 %566, i64 %559
  store i64 %567, i64* %lowEnd, align 8
  %568 = add i64 %269, 64
  %569 = sub i64 %269, %scratch_start
  %570 = lshr i64 %569, 4
  %571 = add i64 %568, %570
  %572 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %571)
  %573 = call i64 @llvm.umax.i64(i64 %560, i64 %572)
  %574 = select i1 %556, i64 %560, i64 %573
  store i64 %574, i64* %highEnd, align 8
  store i64 %558, i64* %lowStart, align 8
  br label %write.ok85

e27:                                              ; preds = %match39
  %575 = load i64, i64* %result88, align 8
  store i64 %575, i64* %checked, align 8
  %576 = load i32, i32* %dict, align 4
  %577 = load i64, i64* %checked, align 8
  %578 = zext i32 %576 to i64
  %579 = add i64 %578, 16
  %580 = add i64 %579, 8
  %581 = icmp uge i64 %579, %scratch_start
  %582 = load i64, i64* %highEnd, align 8
  %583 = icmp ule i64 %580, %582
  %584 = and i1 %581, %583
  %585 = call i1 @llvm.expect.i1(i1 %584, i1 true)
  br i1 %585, label %write.ok132, label %write.low130

then89:                                           ; preds = %write.ok85
  %586 = load i64, i64* %x, align 8
  %587 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %586, i64 2)
  %588 = extractvalue { i64, i1 } %587, 1
  br i1 %588, label %trap2.site15, label %ok94

else90:                                           ; preds = %write.ok85
  store i32 32, i32* %c.3, align 4
  %589 = getelementptr i64, i64* %regs, i64 1
  %590 = getelementptr i64, i64* %regs, i64 2
  %591 = load i64, i64* %589, align 8
  %592 = add i64 %591, 7
  %593 = and i64 %592, -8
  %594 = add i64 %593, 8
  %595 = load i64, i64* %590, align 8
  %596 = icmp ugt i64 %594, %595
  br i1 %596, label %trap15.site17, label %ok106

join91:                                           ; preds = %e37, %e33
  %597 = load i32, i32* %result92, align 4
  store i32 %597, i32* %scrut.2, align 4
  %598 = load i32, i32* %scrut.2, align 4
  %599 = zext i32 %598 to i64
  %600 = sub i64 %arena_size, 1
  %601 = icmp sgt i64 %599, %600
  br i1 %601, label %trap17.site0, label %ok117

e33:                                              ; preds = %write.ok102
  %602 = load i32, i32* %result93, align 4
  store i32 %602, i32* %result92, align 4
  br label %join91

ok94:                                             ; preds = %then89
  %603 = extractvalue { i64, i1 } %587, 0
  store i64 %603, i64* %c.2, align 8
  %604 = getelementptr i64, i64* %regs, i64 1
  %605 = getelementptr i64, i64* %regs, i64 2
  %606 = load i64, i64* %604, align 8
  %607 = add i64 %606, 7
  %608 = and i64 %607, -8
  %609 = add i64 %608, 16
  %610 = load i64, i64* %605, align 8
  %611 = icmp ugt i64 %609, %610
  br i1 %611, label %trap15.site16, label %ok95

trap2.site15:                                     ; preds = %then89
  %612 = load i64, i64* %lowStart, align 8
  %613 = getelementptr i64, i64* %regs, i64 6
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %lowEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 7
  store i64 %614, i64* %615, align 8
  %616 = load i64, i64* %highEnd, align 8
  %617 = getelementptr i64, i64* %regs, i64 8
  store i64 %616, i64* %617, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

ok95:                                             ; preds = %ok94
  store i64 %609, i64* %604, align 8
  %618 = load i64, i64* %highEnd, align 8
  %619 = call i64 @llvm.umax.i64(i64 %618, i64 %609)
  store i64 %619, i64* %highEnd, align 8
  %620 = trunc i64 %608 to i32
  store i32 %620, i32* %obj.2, align 4
  %621 = load i32, i32* %obj.2, align 4
  %622 = zext i32 %621 to i64
  %623 = add i64 %622, 1
  %624 = icmp uge i64 %622, %scratch_start
  %625 = load i64, i64* %highEnd, align 8
  %626 = icmp ule i64 %623, %625
  %627 = and i1 %624, %626
  %628 = call i1 @llvm.expect.i1(i1 %627, i1 true)
  br i1 %628, label %write.ok98, label %write.low96

trap15.site16:                                    ; preds = %ok94
  %629 = load i64, i64* %lowStart, align 8
  %630 = getelementptr i64, i64* %regs, i64 6
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %lowEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 7
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 8
  store i64 %633, i64* %634, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

write.low96:                                      ; preds = %ok95
  %635 = load i64, i64* %lowStart, align 8
  %636 = icmp uge i64 %622, %635
  %637 = load i64, i64* %lowEnd, align 8
  %638 = icmp ule i64 %623, %637
  %639 = and i1 %636, %638
  %640 = call i1 @llvm.expect.i1(i1 %639, i1 true)
  br i1 %640, label %write.ok98, label %write.slow97

write.slow97:                                     ; preds = %write.low96
  %641 = icmp ugt i64 %623, %arena_size
  br i1 %641, label %trap17.site0, label %ok99

write.ok98:                                       ; preds = %ok99, %write.low96, %ok95
  %642 = getelementptr i8, i8* %mem, i64 %622
  store i8 0, i8* %642, align 1
  %643 = load i32, i32* %obj.2, align 4
  %644 = load i64, i64* %c.2, align 8
  %645 = zext i32 %643 to i64
  %646 = add i64 %645, 8
  %647 = add i64 %646, 8
  %648 = icmp uge i64 %646, %scratch_start
  %649 = load i64, i64* %highEnd, align 8
  %650 = icmp ule i64 %647, %649
  %651 = and i1 %648, %650
  %652 = call i1 @llvm.expect.i1(i1 %651, i1 true)
  br i1 %652, label %write.ok102, label %write.low100

ok99:                                             ; preds = %write.slow97
  %653 = icmp ult i64 %622, %scratch_start
  %654 = load i64, i64* %lowStart, align 8
  %655 = call i64 @llvm.umin.i64(i64 %654, i64 %622)
  %656 = load i64, i64* %lowEnd, align 8
  %657 = load i64, i64* %highEnd, align 8
  %658 = add i64 %623, 64
  %659 = sub i64 %623, %655
  %660 = lshr i64 %659, 4
  %661 = add i64 %658, %660
  %662 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %661)
  %663 = call i64 @llvm.umax.i64(i64 %656, i64 %662)
  %664 = select i1 %653, i64 %663, i64 %656
  store i64 %664, i64* %lowEnd, align 8
  %665 = add i64 %623, 64
  %666 = sub i64 %623, %scratch_start
  %667 = lshr i64 %666, 4
  %668 = add i64 %665, %667
  %669 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %668)
  %670 = call i64 @llvm.umax.i64(i64 %657, i64 %669)
  %671 = select i1 %653, i64 %657, i64 %670
  store i64 %671, i64* %highEnd, align 8
  store i64 %655, i64* %lowStart, align 8
  br label %write.ok98

write.low100:                                     ; preds = %write.ok98
  %672 = load i64, i64* %lowStart, align 8
  %673 = icmp uge i64 %646, %672
  %674 = load i64, i64* %lowEnd, align 8
  %675 = icmp ule i64 %647, %674
  %676 = and i1 %673, %675
  %677 = call i1 @llvm.expect.i1(i1 %676, i1 true)
  br i1 %677, label %write.ok102, label %write.slow101

write.slow101:                                    ; preds = %write.low100
  %678 = icmp ugt i64 %647, %arena_size
  br i1 %678, label %trap17.site0, label %ok103

write.ok102:                                      ; preds = %ok103, %write.low100, %write.ok98
  %679 = getelementptr i8, i8* %mem, i64 %646
  store i64 %644, i64* %unaligned104, align 8
  %680 = bitcast i64* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %679, i8* %680, i64 8, i1 false)
  %681 = load i32, i32* %obj.2, align 4
  store i32 %681, i32* %result93, align 4
  br label %e33

ok103:                                            ; preds = %write.slow101
  %682 = icmp ult i64 %646, %scratch_start
  %683 = load i64, i64* %lowStart, align 8
  %684 = call i64 @llvm.umin.i64(i64 %683, i64 %646)
  %685 = load i64, i64* %lowEnd, align 8
  %686 = load i64, i64* %highEnd, align 8
  %687 = add i64 %647, 64
  %688 = sub i64 %647, %684
  %689 = lshr i64 %688, 4
  %690 = add i64 %687, %689
  %691 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %690)
  %692 = call i64 @llvm.umax.i64(i64 %685, i64 %691)
  %693 = select i1 %682, i64 %692, i64 %685
  store i64 %693, i64* %lowEnd, align 8
  %694 = add i64 %647, 64
  %695 = sub i64 %647, %scratch_start
  %696 = lshr i64 %695, 4
  %697 = add i64 %694, %696
  %698 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %697)
  %699 = call i64 @llvm.umax.i64(i64 %686, i64 %698)
  %700 = select i1 %682, i64 %686, i64 %699
  store i64 %700, i64* %highEnd, align 8
  store i64 %684, i64* %lowStart, align 8
  br label %write.ok102

e37:                                              ; preds = %write.ok113
  %701 = load i32, i32* %result105, align 4
  store i32 %701, i32* %result92, align 4
  br label %join91

ok106:                                            ; preds = %else90
  store i64 %594, i64* %589, align 8
  %702 = load i64, i64* %highEnd, align 8
  %703 = call i64 @llvm.umax.i64(i64 %702, i64 %594)
  store i64 %703, i64* %highEnd, align 8
  %704 = trunc i64 %593 to i32
  store i32 %704, i32* %obj.3, align 4
  %705 = load i32, i32* %obj.3, align 4
  %706 = zext i32 %705 to i64
  %707 = add i64 %706, 1
  %708 = icmp uge i64 %706, %scratch_start
  %709 = load i64, i64* %highEnd, align 8
  %710 = icmp ule i64 %707, %709
  %711 = and i1 %708, %710
  %712 = call i1 @llvm.expect.i1(i1 %711, i1 true)
  br i1 %712, label %write.ok109, label %write.low107

trap15.site17:                                    ; preds = %else90
  %713 = load i64, i64* %lowStart, align 8
  %714 = getelementptr i64, i64* %regs, i64 6
  store i64 %713, i64* %714, align 8
  %715 = load i64, i64* %lowEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 7
  store i64 %715, i64* %716, align 8
  %717 = load i64, i64* %highEnd, align 8
  %718 = getelementptr i64, i64* %regs, i64 8
  store i64 %717, i64* %718, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

write.low107:                                     ; preds = %ok106
  %719 = load i64, i64* %lowStart, align 8
  %720 = icmp uge i64 %706, %719
  %721 = load i64, i64* %lowEnd, align 8
  %722 = icmp ule i64 %707, %721
  %723 = and i1 %720, %722
  %724 = call i1 @llvm.expect.i1(i1 %723, i1 true)
  br i1 %724, label %write.ok109, label %write.slow108

write.slow108:                                    ; preds = %write.low107
  %725 = icmp ugt i64 %707, %arena_size
  br i1 %725, label %trap17.site0, label %ok110

write.ok109:                                      ; preds = %ok110, %write.low107, %ok106
  %726 = getelementptr i8, i8* %mem, i64 %706
  store i8 1, i8* %726, align 1
  %727 = load i32, i32* %obj.3, align 4
  %728 = load i32, i32* %c.3, align 4
  %729 = zext i32 %727 to i64
  %730 = add i64 %729, 4
  %731 = add i64 %730, 4
  %732 = icmp uge i64 %730, %scratch_start
  %733 = load i64, i64* %highEnd, align 8
  %734 = icmp ule i64 %731, %733
  %735 = and i1 %732, %734
  %736 = call i1 @llvm.expect.i1(i1 %735, i1 true)
  br i1 %736, label %write.ok113, label %write.low111

ok110:                                            ; preds = %write.slow108
  %737 = icmp ult i64 %706, %scratch_start
  %738 = load i64, i64* %lowStart, align 8
  %739 = call i64 @llvm.umin.i64(i64 %738, i64 %706)
  %740 = load i64, i64* %lowEnd, align 8
  %741 = load i64, i64* %highEnd, align 8
  %742 = add i64 %707, 64
  %743 = sub i64 %707, %739
  %744 = lshr i64 %743, 4
  %745 = add i64 %742, %744
  %746 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %745)
  %747 = call i64 @llvm.umax.i64(i64 %740, i64 %746)
  %748 = select i1 %737, i64 %747, i64 %740
  store i64 %748, i64* %lowEnd, align 8
  %749 = add i64 %707, 64
  %750 = sub i64 %707, %scratch_start
  %751 = lshr i64 %750, 4
  %752 = add i64 %749, %751
  %753 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %752)
  %754 = call i64 @llvm.umax.i64(i64 %741, i64 %753)
  %755 = select i1 %737, i64 %741, i64 %754
  store i64 %755, i64* %highEnd, align 8
  store i64 %739, i64* %lowStart, align 8
  br label %write.ok109

write.low111:                                     ; preds = %write.ok109
  %756 = load i64, i64* %lowStart, align 8
  %757 = icmp uge i64 %730, %756
  %758 = load i64, i64* %lowEnd, align 8
  %759 = icmp ule i64 %731, %758
  %760 = and i1 %757, %759
  %761 = call i1 @llvm.expect.i1(i1 %760, i1 true)
  br i1 %761, label %write.ok113, label %write.slow112

write.slow112:                                    ; preds = %write.low111
  %762 = icmp ugt i64 %731, %arena_size
  br i1 %762, label %trap17.site0, label %ok114

write.ok113:                                      ; preds = %ok114, %write.low111, %write.ok109
  %763 = getelementptr i8, i8* %mem, i64 %730
  store i32 %728, i32* %unaligned115, align 4
  %764 = bitcast i32* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %763, i8* %764, i64 4, i1 false)
  %765 = load i32, i32* %obj.3, align 4
  store i32 %765, i32* %result105, align 4
  br label %e37

ok114:                                            ; preds = %write.slow112
  %766 = icmp ult i64 %730, %scratch_start
  %767 = load i64, i64* %lowStart, align 8
  %768 = call i64 @llvm.umin.i64(i64 %767, i64 %730)
  %769 = load i64, i64* %lowEnd, align 8
  %770 = load i64, i64* %highEnd, align 8
  %771 = add i64 %731, 64
  %772 = sub i64 %731, %768
  %773 = lshr i64 %772, 4
  %774 = add i64 %771, %773
  %775 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %774)
  %776 = call i64 @llvm.umax.i64(i64 %769, i64 %775)
  %777 = select i1 %766, i64 %776, i64 %769
  store i64 %777, i64* %lowEnd, align 8
  %778 = add i64 %731, 64
  %779 = sub i64 %731, %scratch_start
  %780 = lshr i64 %779, 4
  %781 = add i64 %778, %780
  %782 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %781)
  %783 = call i64 @llvm.umax.i64(i64 %770, i64 %782)
  %784 = select i1 %766, i64 %770, i64 %783
  store i64 %784, i64* %highEnd, align 8
  store i64 %768, i64* %lowStart, align 8
  br label %write.ok113

match39:                                          ; preds = %dead129, %then125, %ok121
  %785 = load i64, i64* %result116, align 8
  store i64 %785, i64* %result88, align 8
  br label %e27

ok117:                                            ; preds = %join91
  %786 = getelementptr i8, i8* %mem, i64 %599
  %787 = load i8, i8* %786, align 1
  %788 = zext i8 %787 to i32
  %789 = icmp eq i32 %788, 0
  %790 = zext i1 %789 to i32
  %791 = icmp ne i32 %790, 0
  br i1 %791, label %then118, label %else119

then118:                                          ; preds = %ok117
  %792 = load i32, i32* %scrut.2, align 4
  %793 = zext i32 %792 to i64
  %794 = sub i64 %arena_size, 16
  %795 = icmp sgt i64 %793, %794
  br i1 %795, label %trap17.site0, label %ok121

else119:                                          ; preds = %ok117
  br label %join120

join120:                                          ; preds = %else119, %dead123
  %796 = load i32, i32* %scrut.2, align 4
  %797 = zext i32 %796 to i64
  %798 = sub i64 %arena_size, 1
  %799 = icmp sgt i64 %797, %798
  br i1 %799, label %trap17.site0, label %ok124

ok121:                                            ; preds = %then118
  %800 = add i64 %793, 8
  %801 = getelementptr i8, i8* %mem, i64 %800
  %802 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %802, i8* %801, i64 8, i1 false)
  %803 = load i64, i64* %unaligned122, align 8
  store i64 %803, i64* %v.1, align 8
  %804 = load i64, i64* %v.1, align 8
  store i64 %804, i64* %result116, align 8
  br label %match39

dead123:                                          ; No predecessors!
  br label %join120

ok124:                                            ; preds = %join120
  %805 = getelementptr i8, i8* %mem, i64 %797
  %806 = load i8, i8* %805, align 1
  %807 = zext i8 %806 to i32
  %808 = icmp eq i32 %807, 1
  %809 = zext i1 %808 to i32
  %810 = icmp ne i32 %809, 0
  br i1 %810, label %then125, label %else126

then125:                                          ; preds = %ok124
  store i64 -1, i64* %result116, align 8
  br label %match39

else126:                                          ; preds = %ok124
  br label %join127

join127:                                          ; preds = %else126, %dead128
  br label %trap5.site18

dead128:                                          ; No predecessors!
  br label %join127

trap5.site18:                                     ; preds = %join127
  %811 = load i64, i64* %lowStart, align 8
  %812 = getelementptr i64, i64* %regs, i64 6
  store i64 %811, i64* %812, align 8
  %813 = load i64, i64* %lowEnd, align 8
  %814 = getelementptr i64, i64* %regs, i64 7
  store i64 %813, i64* %814, align 8
  %815 = load i64, i64* %highEnd, align 8
  %816 = getelementptr i64, i64* %regs, i64 8
  store i64 %815, i64* %816, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 18)
  unreachable

dead129:                                          ; No predecessors!
  br label %match39

write.low130:                                     ; preds = %e27
  %817 = load i64, i64* %lowStart, align 8
  %818 = icmp uge i64 %579, %817
  %819 = load i64, i64* %lowEnd, align 8
  %820 = icmp ule i64 %580, %819
  %821 = and i1 %818, %820
  %822 = call i1 @llvm.expect.i1(i1 %821, i1 true)
  br i1 %822, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %823 = icmp ugt i64 %580, %arena_size
  br i1 %823, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %e27
  %824 = getelementptr i8, i8* %mem, i64 %579
  store i64 %577, i64* %unaligned134, align 8
  %825 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %824, i8* %825, i64 8, i1 false)
  %826 = load i64, i64* %x, align 8
  br i1 false, label %trap1.site20, label %ok135

ok133:                                            ; preds = %write.slow131
  %827 = icmp ult i64 %579, %scratch_start
  %828 = load i64, i64* %lowStart, align 8
  %829 = call i64 @llvm.umin.i64(i64 %828, i64 %579)
  %830 = load i64, i64* %lowEnd, align 8
  %831 = load i64, i64* %highEnd, align 8
  %832 = add i64 %580, 64
  %833 = sub i64 %580, %829
  %834 = lshr i64 %833, 4
  %835 = add i64 %832, %834
  %836 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %835)
  %837 = call i64 @llvm.umax.i64(i64 %830, i64 %836)
  %838 = select i1 %827, i64 %837, i64 %830
  store i64 %838, i64* %lowEnd, align 8
  %839 = add i64 %580, 64
  %840 = sub i64 %580, %scratch_start
  %841 = lshr i64 %840, 4
  %842 = add i64 %839, %841
  %843 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %842)
  %844 = call i64 @llvm.umax.i64(i64 %831, i64 %843)
  %845 = select i1 %827, i64 %831, i64 %844
  store i64 %845, i64* %highEnd, align 8
  store i64 %829, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %846 = icmp eq i64 %826, -9223372036854775808
  %847 = and i1 %846, false
  br i1 %847, label %trap2.site20, label %ok136

trap1.site20:                                     ; preds = %write.ok132
  %848 = load i64, i64* %lowStart, align 8
  %849 = getelementptr i64, i64* %regs, i64 6
  store i64 %848, i64* %849, align 8
  %850 = load i64, i64* %lowEnd, align 8
  %851 = getelementptr i64, i64* %regs, i64 7
  store i64 %850, i64* %851, align 8
  %852 = load i64, i64* %highEnd, align 8
  %853 = getelementptr i64, i64* %regs, i64 8
  store i64 %852, i64* %853, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 20)
  unreachable

ok136:                                            ; preds = %ok135
  %854 = srem i64 %826, 2
  %855 = icmp eq i64 %854, 0
  %856 = zext i1 %855 to i32
  %857 = icmp ne i32 %856, 0
  br i1 %857, label %then137, label %else138

trap2.site20:                                     ; preds = %ok135
  %858 = load i64, i64* %lowStart, align 8
  %859 = getelementptr i64, i64* %regs, i64 6
  store i64 %858, i64* %859, align 8
  %860 = load i64, i64* %lowEnd, align 8
  %861 = getelementptr i64, i64* %regs, i64 7
  store i64 %860, i64* %861, align 8
  %862 = load i64, i64* %highEnd, align 8
  %863 = getelementptr i64, i64* %regs, i64 8
  store i64 %862, i64* %863, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

then137:                                          ; preds = %ok136
  %864 = load i64, i64* %x, align 8
  store i64 %864, i64* %c.4, align 8
  %865 = getelementptr i64, i64* %regs, i64 1
  %866 = getelementptr i64, i64* %regs, i64 2
  %867 = load i64, i64* %865, align 8
  %868 = add i64 %867, 7
  %869 = and i64 %868, -8
  %870 = add i64 %869, 16
  %871 = load i64, i64* %866, align 8
  %872 = icmp ugt i64 %870, %871
  br i1 %872, label %trap15.site21, label %ok142

else138:                                          ; preds = %ok136
  store i32 48, i32* %c.5, align 4
  %873 = getelementptr i64, i64* %regs, i64 1
  %874 = getelementptr i64, i64* %regs, i64 2
  %875 = load i64, i64* %873, align 8
  %876 = add i64 %875, 7
  %877 = and i64 %876, -8
  %878 = add i64 %877, 8
  %879 = load i64, i64* %874, align 8
  %880 = icmp ugt i64 %878, %879
  br i1 %880, label %trap15.site22, label %ok153

join139:                                          ; preds = %e50, %e48
  %881 = load i32, i32* %result140, align 4
  store i32 %881, i32* %raw, align 4
  %882 = load i32, i32* %dict, align 4
  %883 = load i32, i32* %raw, align 4
  %884 = zext i32 %882 to i64
  %885 = add i64 %884, 24
  %886 = add i64 %885, 4
  %887 = icmp uge i64 %885, %scratch_start
  %888 = load i64, i64* %highEnd, align 8
  %889 = icmp ule i64 %886, %888
  %890 = and i1 %887, %889
  %891 = call i1 @llvm.expect.i1(i1 %890, i1 true)
  br i1 %891, label %write.ok165, label %write.low163

e48:                                              ; preds = %write.ok149
  %892 = load i32, i32* %result141, align 4
  store i32 %892, i32* %result140, align 4
  br label %join139

ok142:                                            ; preds = %then137
  store i64 %870, i64* %865, align 8
  %893 = load i64, i64* %highEnd, align 8
  %894 = call i64 @llvm.umax.i64(i64 %893, i64 %870)
  store i64 %894, i64* %highEnd, align 8
  %895 = trunc i64 %869 to i32
  store i32 %895, i32* %obj.4, align 4
  %896 = load i32, i32* %obj.4, align 4
  %897 = zext i32 %896 to i64
  %898 = add i64 %897, 1
  %899 = icmp uge i64 %897, %scratch_start
  %900 = load i64, i64* %highEnd, align 8
  %901 = icmp ule i64 %898, %900
  %902 = and i1 %899, %901
  %903 = call i1 @llvm.expect.i1(i1 %902, i1 true)
  br i1 %903, label %write.ok145, label %write.low143

trap15.site21:                                    ; preds = %then137
  %904 = load i64, i64* %lowStart, align 8
  %905 = getelementptr i64, i64* %regs, i64 6
  store i64 %904, i64* %905, align 8
  %906 = load i64, i64* %lowEnd, align 8
  %907 = getelementptr i64, i64* %regs, i64 7
  store i64 %906, i64* %907, align 8
  %908 = load i64, i64* %highEnd, align 8
  %909 = getelementptr i64, i64* %regs, i64 8
  store i64 %908, i64* %909, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

write.low143:                                     ; preds = %ok142
  %910 = load i64, i64* %lowStart, align 8
  %911 = icmp uge i64 %897, %910
  %912 = load i64, i64* %lowEnd, align 8
  %913 = icmp ule i64 %898, %912
  %914 = and i1 %911, %913
  %915 = call i1 @llvm.expect.i1(i1 %914, i1 true)
  br i1 %915, label %write.ok145, label %write.slow144

write.slow144:                                    ; preds = %write.low143
  %916 = icmp ugt i64 %898, %arena_size
  br i1 %916, label %trap17.site0, label %ok146

write.ok145:                                      ; preds = %ok146, %write.low143, %ok142
  %917 = getelementptr i8, i8* %mem, i64 %897
  store i8 0, i8* %917, align 1
  %918 = load i32, i32* %obj.4, align 4
  %919 = load i64, i64* %c.4, align 8
  %920 = zext i32 %918 to i64
  %921 = add i64 %920, 8
  %922 = add i64 %921, 8
  %923 = icmp uge i64 %921, %scratch_start
  %924 = load i64, i64* %highEnd, align 8
  %925 = icmp ule i64 %922, %924
  %926 = and i1 %923, %925
  %927 = call i1 @llvm.expect.i1(i1 %926, i1 true)
  br i1 %927, label %write.ok149, label %write.low147

ok146:                                            ; preds = %write.slow144
  %928 = icmp ult i64 %897, %scratch_start
  %929 = load i64, i64* %lowStart, align 8
  %930 = call i64 @llvm.umin.i64(i64 %929, i64 %897)
  %931 = load i64, i64* %lowEnd, align 8
  %932 = load i64, i64* %highEnd, align 8
  %933 = add i64 %898, 64
  %934 = sub i64 %898, %930
  %935 = lshr i64 %934, 4
  %936 = add i64 %933, %935
  %937 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %936)
  %938 = call i64 @llvm.umax.i64(i64 %931, i64 %937)
  %939 = select i1 %928, i64 %938, i64 %931
  store i64 %939, i64* %lowEnd, align 8
  %940 = add i64 %898, 64
  %941 = sub i64 %898, %scratch_start
  %942 = lshr i64 %941, 4
  %943 = add i64 %940, %942
  %944 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %943)
  %945 = call i64 @llvm.umax.i64(i64 %932, i64 %944)
  %946 = select i1 %928, i64 %932, i64 %945
  store i64 %946, i64* %highEnd, align 8
  store i64 %930, i64* %lowStart, align 8
  br label %write.ok145

write.low147:                                     ; preds = %write.ok145
  %947 = load i64, i64* %lowStart, align 8
  %948 = icmp uge i64 %921, %947
  %949 = load i64, i64* %lowEnd, align 8
  %950 = icmp ule i64 %922, %949
  %951 = and i1 %948, %950
  %952 = call i1 @llvm.expect.i1(i1 %951, i1 true)
  br i1 %952, label %write.ok149, label %write.slow148

write.slow148:                                    ; preds = %write.low147
  %953 = icmp ugt i64 %922, %arena_size
  br i1 %953, label %trap17.site0, label %ok150

write.ok149:                                      ; preds = %ok150, %write.low147, %write.ok145
  %954 = getelementptr i8, i8* %mem, i64 %921
  store i64 %919, i64* %unaligned151, align 8
  %955 = bitcast i64* %unaligned151 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %954, i8* %955, i64 8, i1 false)
  %956 = load i32, i32* %obj.4, align 4
  store i32 %956, i32* %result141, align 4
  br label %e48

ok150:                                            ; preds = %write.slow148
  %957 = icmp ult i64 %921, %scratch_start
  %958 = load i64, i64* %lowStart, align 8
  %959 = call i64 @llvm.umin.i64(i64 %958, i64 %921)
  %960 = load i64, i64* %lowEnd, align 8
  %961 = load i64, i64* %highEnd, align 8
  %962 = add i64 %922, 64
  %963 = sub i64 %922, %959
  %964 = lshr i64 %963, 4
  %965 = add i64 %962, %964
  %966 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %965)
  %967 = call i64 @llvm.umax.i64(i64 %960, i64 %966)
  %968 = select i1 %957, i64 %967, i64 %960
  store i64 %968, i64* %lowEnd, align 8
  %969 = add i64 %922, 64
  %970 = sub i64 %922, %scratch_start
  %971 = lshr i64 %970, 4
  %972 = add i64 %969, %971
  %973 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %972)
  %974 = call i64 @llvm.umax.i64(i64 %961, i64 %973)
  %975 = select i1 %957, i64 %961, i64 %974
  store i64 %975, i64* %highEnd, align 8
  store i64 %959, i64* %lowStart, align 8
  br label %write.ok149

e50:                                              ; preds = %write.ok160
  %976 = load i32, i32* %result152, align 4
  store i32 %976, i32* %result140, align 4
  br label %join139

ok153:                                            ; preds = %else138
  store i64 %878, i64* %873, align 8
  %977 = load i64, i64* %highEnd, align 8
  %978 = call i64 @llvm.umax.i64(i64 %977, i64 %878)
  store i64 %978, i64* %highEnd, align 8
  %979 = trunc i64 %877 to i32
  store i32 %979, i32* %obj.5, align 4
  %980 = load i32, i32* %obj.5, align 4
  %981 = zext i32 %980 to i64
  %982 = add i64 %981, 1
  %983 = icmp uge i64 %981, %scratch_start
  %984 = load i64, i64* %highEnd, align 8
  %985 = icmp ule i64 %982, %984
  %986 = and i1 %983, %985
  %987 = call i1 @llvm.expect.i1(i1 %986, i1 true)
  br i1 %987, label %write.ok156, label %write.low154

trap15.site22:                                    ; preds = %else138
  %988 = load i64, i64* %lowStart, align 8
  %989 = getelementptr i64, i64* %regs, i64 6
  store i64 %988, i64* %989, align 8
  %990 = load i64, i64* %lowEnd, align 8
  %991 = getelementptr i64, i64* %regs, i64 7
  store i64 %990, i64* %991, align 8
  %992 = load i64, i64* %highEnd, align 8
  %993 = getelementptr i64, i64* %regs, i64 8
  store i64 %992, i64* %993, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

write.low154:                                     ; preds = %ok153
  %994 = load i64, i64* %lowStart, align 8
  %995 = icmp uge i64 %981, %994
  %996 = load i64, i64* %lowEnd, align 8
  %997 = icmp ule i64 %982, %996
  %998 = and i1 %995, %997
  %999 = call i1 @llvm.expect.i1(i1 %998, i1 true)
  br i1 %999, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %1000 = icmp ugt i64 %982, %arena_size
  br i1 %1000, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %ok153
  %1001 = getelementptr i8, i8* %mem, i64 %981
  store i8 1, i8* %1001, align 1
  %1002 = load i32, i32* %obj.5, align 4
  %1003 = load i32, i32* %c.5, align 4
  %1004 = zext i32 %1002 to i64
  %1005 = add i64 %1004, 4
  %1006 = add i64 %1005, 4
  %1007 = icmp uge i64 %1005, %scratch_start
  %1008 = load i64, i64* %highEnd, align 8
  %1009 = icmp ule i64 %1006, %1008
  %1010 = and i1 %1007, %1009
  %1011 = call i1 @llvm.expect.i1(i1 %1010, i1 true)
  br i1 %1011, label %write.ok160, label %write.low158

ok157:                                            ; preds = %write.slow155
  %1012 = icmp ult i64 %981, %scratch_start
  %1013 = load i64, i64* %lowStart, align 8
  %1014 = call i64 @llvm.umin.i64(i64 %1013, i64 %981)
  %1015 = load i64, i64* %lowEnd, align 8
  %1016 = load i64, i64* %highEnd, align 8
  %1017 = add i64 %982, 64
  %1018 = sub i64 %982, %1014
  %1019 = lshr i64 %1018, 4
  %1020 = add i64 %1017, %1019
  %1021 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1020)
  %1022 = call i64 @llvm.umax.i64(i64 %1015, i64 %1021)
  %1023 = select i1 %1012, i64 %1022, i64 %1015
  store i64 %1023, i64* %lowEnd, align 8
  %1024 = add i64 %982, 64
  %1025 = sub i64 %982, %scratch_start
  %1026 = lshr i64 %1025, 4
  %1027 = add i64 %1024, %1026
  %1028 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1027)
  %1029 = call i64 @llvm.umax.i64(i64 %1016, i64 %1028)
  %1030 = select i1 %1012, i64 %1016, i64 %1029
  store i64 %1030, i64* %highEnd, align 8
  store i64 %1014, i64* %lowStart, align 8
  br label %write.ok156

write.low158:                                     ; preds = %write.ok156
  %1031 = load i64, i64* %lowStart, align 8
  %1032 = icmp uge i64 %1005, %1031
  %1033 = load i64, i64* %lowEnd, align 8
  %1034 = icmp ule i64 %1006, %1033
  %1035 = and i1 %1032, %1034
  %1036 = call i1 @llvm.expect.i1(i1 %1035, i1 true)
  br i1 %1036, label %write.ok160, label %write.slow159

write.slow159:                                    ; preds = %write.low158
  %1037 = icmp ugt i64 %1006, %arena_size
  br i1 %1037, label %trap17.site0, label %ok161

write.ok160:                                      ; preds = %ok161, %write.low158, %write.ok156
  %1038 = getelementptr i8, i8* %mem, i64 %1005
  store i32 %1003, i32* %unaligned162, align 4
  %1039 = bitcast i32* %unaligned162 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1038, i8* %1039, i64 4, i1 false)
  %1040 = load i32, i32* %obj.5, align 4
  store i32 %1040, i32* %result152, align 4
  br label %e50

ok161:                                            ; preds = %write.slow159
  %1041 = icmp ult i64 %1005, %scratch_start
  %1042 = load i64, i64* %lowStart, align 8
  %1043 = call i64 @llvm.umin.i64(i64 %1042, i64 %1005)
  %1044 = load i64, i64* %lowEnd, align 8
  %1045 = load i64, i64* %highEnd, align 8
  %1046 = add i64 %1006, 64
  %1047 = sub i64 %1006, %1043
  %1048 = lshr i64 %1047, 4
  %1049 = add i64 %1046, %1048
  %1050 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1049)
  %1051 = call i64 @llvm.umax.i64(i64 %1044, i64 %1050)
  %1052 = select i1 %1041, i64 %1051, i64 %1044
  store i64 %1052, i64* %lowEnd, align 8
  %1053 = add i64 %1006, 64
  %1054 = sub i64 %1006, %scratch_start
  %1055 = lshr i64 %1054, 4
  %1056 = add i64 %1053, %1055
  %1057 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1056)
  %1058 = call i64 @llvm.umax.i64(i64 %1045, i64 %1057)
  %1059 = select i1 %1041, i64 %1045, i64 %1058
  store i64 %1059, i64* %highEnd, align 8
  store i64 %1043, i64* %lowStart, align 8
  br label %write.ok160

write.low163:                                     ; preds = %join139
  %1060 = load i64, i64* %lowStart, align 8
  %1061 = icmp uge i64 %885, %1060
  %1062 = load i64, i64* %lowEnd, align 8
  %1063 = icmp ule i64 %886, %1062
  %1064 = and i1 %1061, %1063
  %1065 = call i1 @llvm.expect.i1(i1 %1064, i1 true)
  br i1 %1065, label %write.ok165, label %write.slow164

write.slow164:                                    ; preds = %write.low163
  %1066 = icmp ugt i64 %886, %arena_size
  br i1 %1066, label %trap17.site0, label %ok166

write.ok165:                                      ; preds = %ok166, %write.low163, %join139
  %1067 = getelementptr i8, i8* %mem, i64 %885
  store i32 %883, i32* %unaligned167, align 4
  %1068 = bitcast i32* %unaligned167 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1067, i8* %1068, i64 4, i1 false)
  %1069 = load i32, i32* %maybe, align 4
  store i32 %1069, i32* %xs, align 4
  %1070 = load i32, i32* %xs, align 4
  %1071 = zext i32 %1070 to i64
  %1072 = sub i64 %arena_size, 4
  %1073 = icmp sgt i64 %1071, %1072
  br i1 %1073, label %trap17.site0, label %ok169

ok166:                                            ; preds = %write.slow164
  %1074 = icmp ult i64 %885, %scratch_start
  %1075 = load i64, i64* %lowStart, align 8
  %1076 = call i64 @llvm.umin.i64(i64 %1075, i64 %885)
  %1077 = load i64, i64* %lowEnd, align 8
  %1078 = load i64, i64* %highEnd, align 8
  %1079 = add i64 %886, 64
  %1080 = sub i64 %886, %1076
  %1081 = lshr i64 %1080, 4
  %1082 = add i64 %1079, %1081
  %1083 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1082)
  %1084 = call i64 @llvm.umax.i64(i64 %1077, i64 %1083)
  %1085 = select i1 %1074, i64 %1084, i64 %1077
  store i64 %1085, i64* %lowEnd, align 8
  %1086 = add i64 %886, 64
  %1087 = sub i64 %886, %scratch_start
  %1088 = lshr i64 %1087, 4
  %1089 = add i64 %1086, %1088
  %1090 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1089)
  %1091 = call i64 @llvm.umax.i64(i64 %1078, i64 %1090)
  %1092 = select i1 %1074, i64 %1078, i64 %1091
  store i64 %1092, i64* %highEnd, align 8
  store i64 %1076, i64* %lowStart, align 8
  br label %write.ok165

e52:                                              ; preds = %write.ok199
  %1093 = load i32, i32* %result168, align 4
  store i32 %1093, i32* %present, align 4
  %1094 = load i32, i32* %dict, align 4
  %1095 = load i32, i32* %present, align 4
  %1096 = zext i32 %1094 to i64
  %1097 = add i64 %1096, 28
  %1098 = add i64 %1097, 4
  %1099 = icmp uge i64 %1097, %scratch_start
  %1100 = load i64, i64* %highEnd, align 8
  %1101 = icmp ule i64 %1098, %1100
  %1102 = and i1 %1099, %1101
  %1103 = call i1 @llvm.expect.i1(i1 %1102, i1 true)
  br i1 %1103, label %write.ok204, label %write.low202

ok169:                                            ; preds = %write.ok165
  %1104 = getelementptr i8, i8* %mem, i64 %1071
  %1105 = bitcast i32* %unaligned170 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1105, i8* %1104, i64 4, i1 false)
  %1106 = load i32, i32* %unaligned170, align 4
  %1107 = zext i32 %1106 to i64
  %1108 = mul i64 %1107, 1
  %1109 = add i64 4, %1108
  store i64 %1109, i64* %size.1, align 8
  %1110 = load i64, i64* %size.1, align 8
  %1111 = icmp ugt i64 %1110, 2147483647
  %1112 = zext i1 %1111 to i32
  %1113 = icmp ne i32 %1112, 0
  br i1 %1113, label %then171, label %else172

then171:                                          ; preds = %ok169
  br label %trap15.site23

else172:                                          ; preds = %ok169
  br label %join173

join173:                                          ; preds = %else172, %dead174
  %1114 = load i64, i64* %size.1, align 8
  %1115 = trunc i64 %1114 to i32
  %1116 = zext i32 %1115 to i64
  %1117 = getelementptr i64, i64* %regs, i64 1
  %1118 = getelementptr i64, i64* %regs, i64 2
  %1119 = load i64, i64* %1117, align 8
  %1120 = add i64 %1119, 3
  %1121 = and i64 %1120, -4
  %1122 = add i64 %1121, %1116
  %1123 = load i64, i64* %1118, align 8
  %1124 = icmp ugt i64 %1122, %1123
  br i1 %1124, label %trap15.site23, label %ok175

trap15.site23:                                    ; preds = %join173, %then171
  %1125 = load i64, i64* %lowStart, align 8
  %1126 = getelementptr i64, i64* %regs, i64 6
  store i64 %1125, i64* %1126, align 8
  %1127 = load i64, i64* %lowEnd, align 8
  %1128 = getelementptr i64, i64* %regs, i64 7
  store i64 %1127, i64* %1128, align 8
  %1129 = load i64, i64* %highEnd, align 8
  %1130 = getelementptr i64, i64* %regs, i64 8
  store i64 %1129, i64* %1130, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead174:                                          ; No predecessors!
  br label %join173

ok175:                                            ; preds = %join173
  store i64 %1122, i64* %1117, align 8
  %1131 = load i64, i64* %highEnd, align 8
  %1132 = call i64 @llvm.umax.i64(i64 %1131, i64 %1122)
  store i64 %1132, i64* %highEnd, align 8
  %1133 = trunc i64 %1121 to i32
  store i32 %1133, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %1134 = load i32, i32* %xs, align 4
  %1135 = zext i32 %1134 to i64
  %1136 = sub i64 %arena_size, 4
  %1137 = icmp sgt i64 %1135, %1136
  br i1 %1137, label %trap17.site0, label %ok176

ok176:                                            ; preds = %ok175
  %1138 = getelementptr i8, i8* %mem, i64 %1135
  %1139 = bitcast i32* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1139, i8* %1138, i64 4, i1 false)
  %1140 = load i32, i32* %unaligned177, align 4
  store i32 %1140, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each55

block54:                                          ; preds = %dead196, %ok178
  %1141 = load i32, i32* %list.1, align 4
  %1142 = load i32, i32* %len.1, align 4
  %1143 = zext i32 %1141 to i64
  %1144 = add i64 %1143, 4
  %1145 = icmp uge i64 %1143, %scratch_start
  %1146 = load i64, i64* %highEnd, align 8
  %1147 = icmp ule i64 %1144, %1146
  %1148 = and i1 %1145, %1147
  %1149 = call i1 @llvm.expect.i1(i1 %1148, i1 true)
  br i1 %1149, label %write.ok199, label %write.low197

each55:                                           ; preds = %write.ok194, %ok176
  %1150 = load i64, i64* %fuel, align 8
  %1151 = icmp ult i64 %1150, 1
  br i1 %1151, label %trap14.site0, label %ok178

ok178:                                            ; preds = %each55
  %1152 = sub i64 %1150, 1
  store i64 %1152, i64* %fuel, align 8
  %1153 = load i32, i32* %k, align 4
  %1154 = load i32, i32* %n, align 4
  %1155 = icmp uge i32 %1153, %1154
  %1156 = zext i1 %1155 to i32
  %1157 = icmp ne i32 %1156, 0
  br i1 %1157, label %block54, label %cont

cont:                                             ; preds = %ok178
  %1158 = load i32, i32* %xs, align 4
  %1159 = load i32, i32* %k, align 4
  %1160 = mul i32 %1159, 4
  %1161 = add i32 %1158, %1160
  %1162 = zext i32 %1161 to i64
  %1163 = sub i64 %arena_size, 8
  %1164 = icmp sgt i64 %1162, %1163
  br i1 %1164, label %trap17.site0, label %ok179

ok179:                                            ; preds = %cont
  %1165 = add i64 %1162, 4
  %1166 = getelementptr i8, i8* %mem, i64 %1165
  %1167 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1167, i8* %1166, i64 4, i1 false)
  %1168 = load i32, i32* %unaligned180, align 4
  store i32 %1168, i32* %x.1, align 4
  %1169 = load i32, i32* %x.1, align 4
  store i32 %1169, i32* %o, align 4
  %1170 = load i32, i32* %list.1, align 4
  %1171 = load i32, i32* %len.1, align 4
  %1172 = mul i32 %1171, 1
  %1173 = add i32 %1170, %1172
  %1174 = load i32, i32* %o, align 4
  store i32 %1174, i32* %scrut.3, align 4
  %1175 = load i32, i32* %scrut.3, align 4
  %1176 = icmp ne i32 %1175, 0
  %1177 = zext i1 %1176 to i32
  %1178 = icmp ne i32 %1177, 0
  br i1 %1178, label %then183, label %else184

e56:                                              ; preds = %match58
  %1179 = load i32, i32* %result181, align 4
  %1180 = zext i32 %1173 to i64
  %1181 = add i64 %1180, 4
  %1182 = add i64 %1181, 1
  %1183 = icmp uge i64 %1181, %scratch_start
  %1184 = load i64, i64* %highEnd, align 8
  %1185 = icmp ule i64 %1182, %1184
  %1186 = and i1 %1183, %1185
  %1187 = call i1 @llvm.expect.i1(i1 %1186, i1 true)
  br i1 %1187, label %write.ok194, label %write.low192

match58:                                          ; preds = %dead191, %then187, %then183
  %1188 = load i32, i32* %result182, align 4
  store i32 %1188, i32* %result181, align 4
  br label %e56

then183:                                          ; preds = %ok179
  store i32 1, i32* %result182, align 4
  br label %match58

else184:                                          ; preds = %ok179
  br label %join185

join185:                                          ; preds = %else184, %dead186
  %1189 = load i32, i32* %scrut.3, align 4
  %1190 = icmp eq i32 %1189, 0
  %1191 = zext i1 %1190 to i32
  %1192 = icmp ne i32 %1191, 0
  br i1 %1192, label %then187, label %else188

dead186:                                          ; No predecessors!
  br label %join185

then187:                                          ; preds = %join185
  store i32 0, i32* %result182, align 4
  br label %match58

else188:                                          ; preds = %join185
  br label %join189

join189:                                          ; preds = %else188, %dead190
  br label %trap5.site24

dead190:                                          ; No predecessors!
  br label %join189

trap5.site24:                                     ; preds = %join189
  %1193 = load i64, i64* %lowStart, align 8
  %1194 = getelementptr i64, i64* %regs, i64 6
  store i64 %1193, i64* %1194, align 8
  %1195 = load i64, i64* %lowEnd, align 8
  %1196 = getelementptr i64, i64* %regs, i64 7
  store i64 %1195, i64* %1196, align 8
  %1197 = load i64, i64* %highEnd, align 8
  %1198 = getelementptr i64, i64* %regs, i64 8
  store i64 %1197, i64* %1198, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 24)
  unreachable

dead191:                                          ; No predecessors!
  br label %match58

write.low192:                                     ; preds = %e56
  %1199 = load i64, i64* %lowStart, align 8
  %1200 = icmp uge i64 %1181, %1199
  %1201 = load i64, i64* %lowEnd, align 8
  %1202 = icmp ule i64 %1182, %1201
  %1203 = and i1 %1200, %1202
  %1204 = call i1 @llvm.expect.i1(i1 %1203, i1 true)
  br i1 %1204, label %write.ok194, label %write.slow193

write.slow193:                                    ; preds = %write.low192
  %1205 = icmp ugt i64 %1182, %arena_size
  br i1 %1205, label %trap17.site0, label %ok195

write.ok194:                                      ; preds = %ok195, %write.low192, %e56
  %1206 = getelementptr i8, i8* %mem, i64 %1181
  %1207 = trunc i32 %1179 to i8
  store i8 %1207, i8* %1206, align 1
  %1208 = load i32, i32* %len.1, align 4
  %1209 = add i32 %1208, 1
  store i32 %1209, i32* %len.1, align 4
  %1210 = load i32, i32* %k, align 4
  %1211 = add i32 %1210, 1
  store i32 %1211, i32* %k, align 4
  br label %each55

ok195:                                            ; preds = %write.slow193
  %1212 = icmp ult i64 %1181, %scratch_start
  %1213 = load i64, i64* %lowStart, align 8
  %1214 = call i64 @llvm.umin.i64(i64 %1213, i64 %1181)
  %1215 = load i64, i64* %lowEnd, align 8
  %1216 = load i64, i64* %highEnd, align 8
  %1217 = add i64 %1182, 64
  %1218 = sub i64 %1182, %1214
  %1219 = lshr i64 %1218, 4
  %1220 = add i64 %1217, %1219
  %1221 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1220)
  %1222 = call i64 @llvm.umax.i64(i64 %1215, i64 %1221)
  %1223 = select i1 %1212, i64 %1222, i64 %1215
  store i64 %1223, i64* %lowEnd, align 8
  %1224 = add i64 %1182, 64
  %1225 = sub i64 %1182, %scratch_start
  %1226 = lshr i64 %1225, 4
  %1227 = add i64 %1224, %1226
  %1228 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1227)
  %1229 = call i64 @llvm.umax.i64(i64 %1216, i64 %1228)
  %1230 = select i1 %1212, i64 %1216, i64 %1229
  store i64 %1230, i64* %highEnd, align 8
  store i64 %1214, i64* %lowStart, align 8
  br label %write.ok194

dead196:                                          ; No predecessors!
  br label %block54

write.low197:                                     ; preds = %block54
  %1231 = load i64, i64* %lowStart, align 8
  %1232 = icmp uge i64 %1143, %1231
  %1233 = load i64, i64* %lowEnd, align 8
  %1234 = icmp ule i64 %1144, %1233
  %1235 = and i1 %1232, %1234
  %1236 = call i1 @llvm.expect.i1(i1 %1235, i1 true)
  br i1 %1236, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1237 = icmp ugt i64 %1144, %arena_size
  br i1 %1237, label %trap17.site0, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %block54
  %1238 = getelementptr i8, i8* %mem, i64 %1143
  store i32 %1142, i32* %unaligned201, align 4
  %1239 = bitcast i32* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1238, i8* %1239, i64 4, i1 false)
  %1240 = load i32, i32* %list.1, align 4
  store i32 %1240, i32* %result168, align 4
  br label %e52

ok200:                                            ; preds = %write.slow198
  %1241 = icmp ult i64 %1143, %scratch_start
  %1242 = load i64, i64* %lowStart, align 8
  %1243 = call i64 @llvm.umin.i64(i64 %1242, i64 %1143)
  %1244 = load i64, i64* %lowEnd, align 8
  %1245 = load i64, i64* %highEnd, align 8
  %1246 = add i64 %1144, 64
  %1247 = sub i64 %1144, %1243
  %1248 = lshr i64 %1247, 4
  %1249 = add i64 %1246, %1248
  %1250 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1249)
  %1251 = call i64 @llvm.umax.i64(i64 %1244, i64 %1250)
  %1252 = select i1 %1241, i64 %1251, i64 %1244
  store i64 %1252, i64* %lowEnd, align 8
  %1253 = add i64 %1144, 64
  %1254 = sub i64 %1144, %scratch_start
  %1255 = lshr i64 %1254, 4
  %1256 = add i64 %1253, %1255
  %1257 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1256)
  %1258 = call i64 @llvm.umax.i64(i64 %1245, i64 %1257)
  %1259 = select i1 %1241, i64 %1245, i64 %1258
  store i64 %1259, i64* %highEnd, align 8
  store i64 %1243, i64* %lowStart, align 8
  br label %write.ok199

write.low202:                                     ; preds = %e52
  %1260 = load i64, i64* %lowStart, align 8
  %1261 = icmp uge i64 %1097, %1260
  %1262 = load i64, i64* %lowEnd, align 8
  %1263 = icmp ule i64 %1098, %1262
  %1264 = and i1 %1261, %1263
  %1265 = call i1 @llvm.expect.i1(i1 %1264, i1 true)
  br i1 %1265, label %write.ok204, label %write.slow203

write.slow203:                                    ; preds = %write.low202
  %1266 = icmp ugt i64 %1098, %arena_size
  br i1 %1266, label %trap17.site0, label %ok205

write.ok204:                                      ; preds = %ok205, %write.low202, %e52
  %1267 = getelementptr i8, i8* %mem, i64 %1097
  store i32 %1095, i32* %unaligned206, align 4
  %1268 = bitcast i32* %unaligned206 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1267, i8* %1268, i64 4, i1 false)
  %1269 = load i32, i32* %dict, align 4
  store i32 %1269, i32* %result7, align 4
  br label %e0

ok205:                                            ; preds = %write.slow203
  %1270 = icmp ult i64 %1097, %scratch_start
  %1271 = load i64, i64* %lowStart, align 8
  %1272 = call i64 @llvm.umin.i64(i64 %1271, i64 %1097)
  %1273 = load i64, i64* %lowEnd, align 8
  %1274 = load i64, i64* %highEnd, align 8
  %1275 = add i64 %1098, 64
  %1276 = sub i64 %1098, %1272
  %1277 = lshr i64 %1276, 4
  %1278 = add i64 %1275, %1277
  %1279 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1278)
  %1280 = call i64 @llvm.umax.i64(i64 %1273, i64 %1279)
  %1281 = select i1 %1270, i64 %1280, i64 %1273
  store i64 %1281, i64* %lowEnd, align 8
  %1282 = add i64 %1098, 64
  %1283 = sub i64 %1098, %scratch_start
  %1284 = lshr i64 %1283, 4
  %1285 = add i64 %1282, %1284
  %1286 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1285)
  %1287 = call i64 @llvm.umax.i64(i64 %1274, i64 %1286)
  %1288 = select i1 %1270, i64 %1274, i64 %1287
  store i64 %1288, i64* %highEnd, align 8
  store i64 %1272, i64* %lowStart, align 8
  br label %write.ok204

ok207:                                            ; preds = %e0
  %1289 = icmp ult i64 %10, %stack_limit
  br i1 %1289, label %trap253.site0, label %stack_ok208

trap15.site0:                                     ; preds = %e0
  %1290 = load i64, i64* %lowStart, align 8
  %1291 = getelementptr i64, i64* %regs, i64 6
  store i64 %1290, i64* %1291, align 8
  %1292 = load i64, i64* %lowEnd, align 8
  %1293 = getelementptr i64, i64* %regs, i64 7
  store i64 %1292, i64* %1293, align 8
  %1294 = load i64, i64* %highEnd, align 8
  %1295 = getelementptr i64, i64* %regs, i64 8
  store i64 %1294, i64* %1295, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok208:                                      ; preds = %ok207
  %1296 = load i64, i64* %fuel, align 8
  %1297 = getelementptr i64, i64* %regs, i64 0
  store i64 %1296, i64* %1297, align 8
  %1298 = load i64, i64* %lowStart, align 8
  %1299 = getelementptr i64, i64* %regs, i64 6
  store i64 %1298, i64* %1299, align 8
  %1300 = load i64, i64* %lowEnd, align 8
  %1301 = getelementptr i64, i64* %regs, i64 7
  store i64 %1300, i64* %1301, align 8
  %1302 = load i64, i64* %highEnd, align 8
  %1303 = getelementptr i64, i64* %regs, i64 8
  store i64 %1302, i64* %1303, align 8
  %1304 = add i32 %depth, 1
  %1305 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1304, i32 %97, i32 %98, i32 0)
  %1306 = getelementptr i64, i64* %regs, i64 0
  %1307 = load i64, i64* %1306, align 8
  store i64 %1307, i64* %fuel, align 8
  %1308 = getelementptr i64, i64* %regs, i64 6
  %1309 = load i64, i64* %1308, align 8
  store i64 %1309, i64* %lowStart, align 8
  %1310 = getelementptr i64, i64* %regs, i64 7
  %1311 = load i64, i64* %1310, align 8
  store i64 %1311, i64* %lowEnd, align 8
  %1312 = getelementptr i64, i64* %regs, i64 8
  %1313 = load i64, i64* %1312, align 8
  store i64 %1313, i64* %highEnd, align 8
  store i32 %1305, i32* %json_end, align 4
  %1314 = load i32, i32* %json_end, align 4
  %1315 = icmp eq i32 %1314, -2
  %1316 = zext i1 %1315 to i32
  %1317 = icmp ne i32 %1316, 0
  br i1 %1317, label %then209, label %else210

then209:                                          ; preds = %stack_ok208
  br label %trap16.site5

else210:                                          ; preds = %stack_ok208
  br label %join211

join211:                                          ; preds = %else210, %dead212
  %1318 = load i32, i32* %json_end, align 4
  %1319 = icmp eq i32 %1318, -1
  %1320 = zext i1 %1319 to i32
  %1321 = icmp ne i32 %1320, 0
  br i1 %1321, label %then213, label %else214

trap16.site5:                                     ; preds = %then209
  %1322 = load i64, i64* %lowStart, align 8
  %1323 = getelementptr i64, i64* %regs, i64 6
  store i64 %1322, i64* %1323, align 8
  %1324 = load i64, i64* %lowEnd, align 8
  %1325 = getelementptr i64, i64* %regs, i64 7
  store i64 %1324, i64* %1325, align 8
  %1326 = load i64, i64* %highEnd, align 8
  %1327 = getelementptr i64, i64* %regs, i64 8
  store i64 %1326, i64* %1327, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead212:                                          ; No predecessors!
  br label %join211

then213:                                          ; preds = %join211
  br label %trap15.site5

else214:                                          ; preds = %join211
  br label %join215

join215:                                          ; preds = %else214, %dead216
  %1328 = load i32, i32* %json_end, align 4
  %1329 = zext i32 %1328 to i64
  %1330 = getelementptr i64, i64* %regs, i64 3
  store i64 %1329, i64* %1330, align 8
  %1331 = load i32, i32* %json_end, align 4
  %1332 = load i32, i32* %json_start, align 4
  %1333 = sub i32 %1331, %1332
  %1334 = load i64, i64* %fuel, align 8
  %1335 = getelementptr i64, i64* %regs, i64 0
  store i64 %1334, i64* %1335, align 8
  %1336 = load i64, i64* %lowStart, align 8
  %1337 = getelementptr i64, i64* %regs, i64 6
  store i64 %1336, i64* %1337, align 8
  %1338 = load i64, i64* %lowEnd, align 8
  %1339 = getelementptr i64, i64* %regs, i64 7
  store i64 %1338, i64* %1339, align 8
  %1340 = load i64, i64* %highEnd, align 8
  %1341 = getelementptr i64, i64* %regs, i64 8
  store i64 %1340, i64* %1341, align 8
  ret i32 %1333

dead216:                                          ; No predecessors!
  br label %join215
}
