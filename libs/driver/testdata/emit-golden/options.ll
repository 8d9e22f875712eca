; From libs/driver/testdata/emit-golden/options.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/options.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (37):
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 2 function(s):

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
  %149 = add i64 %148, 1
  %150 = icmp ugt i64 %149, %arena_size
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
  %161 = add i64 %160, 1
  %162 = icmp ugt i64 %161, %arena_size
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
  %280 = add i64 %279, 4
  %281 = icmp ugt i64 %280, %arena_size
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
  %293 = add i64 %292, 4
  %294 = add i64 %293, 1
  %295 = icmp ugt i64 %294, %arena_size
  br i1 %295, label %trap17.site0, label %ok36

ok36:                                             ; preds = %ok35
  %296 = getelementptr i8, i8* %mem, i64 %293
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
  %305 = add i64 %304, 4
  %306 = icmp ugt i64 %305, %arena_size
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
  %318 = add i64 %317, 4
  %319 = add i64 %318, 1
  %320 = icmp ugt i64 %319, %arena_size
  br i1 %320, label %trap17.site0, label %ok46

ok46:                                             ; preds = %ok44
  %321 = getelementptr i8, i8* %mem, i64 %318
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
  %330 = add i64 %329, 1
  %331 = icmp ugt i64 %330, %arena_size
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
  %350 = add i64 %349, 1
  %351 = icmp ugt i64 %350, %arena_size
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
  %374 = add i64 %373, 1
  %375 = icmp ugt i64 %374, %arena_size
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
  %570 = add i64 %569, 1
  %571 = icmp ugt i64 %570, %arena_size
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
  %582 = add i64 %581, 1
  %583 = icmp ugt i64 %582, %arena_size
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
  %614 = add i64 %613, 1
  %615 = icmp ugt i64 %614, %arena_size
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
  %639 = add i64 %638, 4
  %640 = icmp ugt i64 %639, %arena_size
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
  %666 = add i64 %665, 4
  %667 = icmp ugt i64 %666, %arena_size
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
  %693 = add i64 %692, 8
  %694 = icmp ugt i64 %693, %arena_size
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
  br i1 %730, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join143
  %731 = load i64, i64* %lowStart, align 8
  %732 = getelementptr i64, i64* %regs, i64 6
  store i64 %731, i64* %732, align 8
  %733 = load i64, i64* %lowEnd, align 8
  %734 = getelementptr i64, i64* %regs, i64 7
  store i64 %733, i64* %734, align 8
  %735 = load i64, i64* %highEnd, align 8
  %736 = getelementptr i64, i64* %regs, i64 8
  store i64 %735, i64* %736, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok145
  %737 = load i64, i64* %lowStart, align 8
  %738 = icmp uge i64 %725, %737
  %739 = load i64, i64* %lowEnd, align 8
  %740 = icmp ule i64 %726, %739
  %741 = and i1 %738, %740
  br i1 %741, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %742 = icmp ugt i64 %726, %arena_size
  br i1 %742, label %trap17.site0, label %ok146

write.ok:                                         ; preds = %ok146, %write.low, %ok145
  %743 = getelementptr i8, i8* %mem, i64 %725
  store i32 %724, i32* %unaligned147, align 4
  %744 = bitcast i32* %unaligned147 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %743, i8* %744, i64 4, i1 false)
  %745 = load i32, i32* %args_out, align 4
  %746 = load i32, i32* %arg.1, align 4
  %747 = zext i32 %745 to i64
  %748 = add i64 %747, 8
  %749 = add i64 %748, 4
  %750 = icmp uge i64 %748, %scratch_start
  %751 = load i64, i64* %highEnd, align 8
  %752 = icmp ule i64 %749, %751
  %753 = and i1 %750, %752
  br i1 %753, label %write.ok150, label %write.low148

ok146:                                            ; preds = %write.slow
  %754 = icmp ult i64 %725, %scratch_start
  %755 = load i64, i64* %lowStart, align 8
  %756 = call i64 @llvm.umin.i64(i64 %755, i64 %725)
  %757 = load i64, i64* %lowEnd, align 8
  %758 = load i64, i64* %highEnd, align 8
  %759 = add i64 %726, 64
  %760 = sub i64 %726, %756
  %761 = lshr i64 %760, 4
  %762 = add i64 %759, %761
  %763 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %762)
  %764 = call i64 @llvm.umax.i64(i64 %757, i64 %763)
  %765 = select i1 %754, i64 %764, i64 %757
  store i64 %765, i64* %lowEnd, align 8
  %766 = add i64 %726, 64
  %767 = sub i64 %726, %scratch_start
  %768 = lshr i64 %767, 4
  %769 = add i64 %766, %768
  %770 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %769)
  %771 = call i64 @llvm.umax.i64(i64 %758, i64 %770)
  %772 = select i1 %754, i64 %758, i64 %771
  store i64 %772, i64* %highEnd, align 8
  store i64 %756, i64* %lowStart, align 8
  br label %write.ok

write.low148:                                     ; preds = %write.ok
  %773 = load i64, i64* %lowStart, align 8
  %774 = icmp uge i64 %748, %773
  %775 = load i64, i64* %lowEnd, align 8
  %776 = icmp ule i64 %749, %775
  %777 = and i1 %774, %776
  br i1 %777, label %write.ok150, label %write.slow149

write.slow149:                                    ; preds = %write.low148
  %778 = icmp ugt i64 %749, %arena_size
  br i1 %778, label %trap17.site0, label %ok151

write.ok150:                                      ; preds = %ok151, %write.low148, %write.ok
  %779 = getelementptr i8, i8* %mem, i64 %748
  store i32 %746, i32* %unaligned152, align 4
  %780 = bitcast i32* %unaligned152 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %779, i8* %780, i64 4, i1 false)
  %781 = load i32, i32* %args_out, align 4
  %782 = load i64, i64* %arg.2, align 8
  %783 = zext i32 %781 to i64
  %784 = add i64 %783, 16
  %785 = add i64 %784, 8
  %786 = icmp uge i64 %784, %scratch_start
  %787 = load i64, i64* %highEnd, align 8
  %788 = icmp ule i64 %785, %787
  %789 = and i1 %786, %788
  br i1 %789, label %write.ok155, label %write.low153

ok151:                                            ; preds = %write.slow149
  %790 = icmp ult i64 %748, %scratch_start
  %791 = load i64, i64* %lowStart, align 8
  %792 = call i64 @llvm.umin.i64(i64 %791, i64 %748)
  %793 = load i64, i64* %lowEnd, align 8
  %794 = load i64, i64* %highEnd, align 8
  %795 = add i64 %749, 64
  %796 = sub i64 %749, %792
  %797 = lshr i64 %796, 4
  %798 = add i64 %795, %797
  %799 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %798)
  %800 = call i64 @llvm.umax.i64(i64 %793, i64 %799)
  %801 = select i1 %790, i64 %800, i64 %793
  store i64 %801, i64* %lowEnd, align 8
  %802 = add i64 %749, 64
  %803 = sub i64 %749, %scratch_start
  %804 = lshr i64 %803, 4
  %805 = add i64 %802, %804
  %806 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %805)
  %807 = call i64 @llvm.umax.i64(i64 %794, i64 %806)
  %808 = select i1 %790, i64 %794, i64 %807
  store i64 %808, i64* %highEnd, align 8
  store i64 %792, i64* %lowStart, align 8
  br label %write.ok150

write.low153:                                     ; preds = %write.ok150
  %809 = load i64, i64* %lowStart, align 8
  %810 = icmp uge i64 %784, %809
  %811 = load i64, i64* %lowEnd, align 8
  %812 = icmp ule i64 %785, %811
  %813 = and i1 %810, %812
  br i1 %813, label %write.ok155, label %write.slow154

write.slow154:                                    ; preds = %write.low153
  %814 = icmp ugt i64 %785, %arena_size
  br i1 %814, label %trap17.site0, label %ok156

write.ok155:                                      ; preds = %ok156, %write.low153, %write.ok150
  %815 = getelementptr i8, i8* %mem, i64 %784
  store i64 %782, i64* %unaligned157, align 8
  %816 = bitcast i64* %unaligned157 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %815, i8* %816, i64 8, i1 false)
  %817 = load i32, i32* %args_out, align 4
  %818 = load i64, i64* %fuel, align 8
  %819 = getelementptr i64, i64* %regs, i64 0
  store i64 %818, i64* %819, align 8
  %820 = load i64, i64* %lowStart, align 8
  %821 = getelementptr i64, i64* %regs, i64 6
  store i64 %820, i64* %821, align 8
  %822 = load i64, i64* %lowEnd, align 8
  %823 = getelementptr i64, i64* %regs, i64 7
  store i64 %822, i64* %823, align 8
  %824 = load i64, i64* %highEnd, align 8
  %825 = getelementptr i64, i64* %regs, i64 8
  store i64 %824, i64* %825, align 8
  ret i32 %817

ok156:                                            ; preds = %write.slow154
  %826 = icmp ult i64 %784, %scratch_start
  %827 = load i64, i64* %lowStart, align 8
  %828 = call i64 @llvm.umin.i64(i64 %827, i64 %784)
  %829 = load i64, i64* %lowEnd, align 8
  %830 = load i64, i64* %highEnd, align 8
  %831 = add i64 %785, 64
  %832 = sub i64 %785, %828
  %833 = lshr i64 %832, 4
  %834 = add i64 %831, %833
  %835 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %834)
  %836 = call i64 @llvm.umax.i64(i64 %829, i64 %835)
  %837 = select i1 %826, i64 %836, i64 %829
  store i64 %837, i64* %lowEnd, align 8
  %838 = add i64 %785, 64
  %839 = sub i64 %785, %scratch_start
  %840 = lshr i64 %839, 4
  %841 = add i64 %838, %840
  %842 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %841)
  %843 = call i64 @llvm.umax.i64(i64 %830, i64 %842)
  %844 = select i1 %826, i64 %830, i64 %843
  store i64 %844, i64* %highEnd, align 8
  store i64 %828, i64* %lowStart, align 8
  br label %write.ok155
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
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 4
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow203, %write.slow198, %write.slow193, %cont, %ok175, %write.ok165, %write.slow164, %write.slow159, %write.slow155, %write.slow148, %write.slow144, %write.slow131, %join120, %then118, %join91, %write.slow112, %write.slow108, %write.slow101, %write.slow97, %write.slow84, %write.slow79, %write.slow74, %write.slow69, %write.slow59, %write.slow48, %write.slow36, %then22, %write.slow, %then, %ok3, %ok2, %stack_ok
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
  store i32 %75, i32* %label, align 4
  %76 = load i32, i32* %args, align 4
  %77 = zext i32 %76 to i64
  %78 = add i64 %77, 16
  %79 = add i64 %78, 8
  %80 = icmp ugt i64 %79, %arena_size
  br i1 %80, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %81 = getelementptr i8, i8* %mem, i64 %78
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
  br i1 %122, label %write.ok, label %write.low

match3:                                           ; preds = %dead17, %then13, %ok11
  %123 = load i64, i64* %result10, align 8
  store i64 %123, i64* %result9, align 8
  br label %e1

then:                                             ; preds = %ok8
  %124 = load i32, i32* %scrut, align 4
  %125 = zext i32 %124 to i64
  %126 = add i64 %125, 8
  %127 = icmp ugt i64 %126, %arena_size
  br i1 %127, label %trap17.site0, label %ok11

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %128 = load i32, i32* %scrut, align 4
  %129 = icmp eq i32 %128, 0
  %130 = zext i1 %129 to i32
  %131 = icmp ne i32 %130, 0
  br i1 %131, label %then13, label %else14

ok11:                                             ; preds = %then
  %132 = getelementptr i8, i8* %mem, i64 %125
  %133 = bitcast i64* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %133, i8* %132, i64 8, i1 false)
  %134 = load i64, i64* %unaligned12, align 8
  store i64 %134, i64* %v, align 8
  %135 = load i64, i64* %v, align 8
  store i64 %135, i64* %result10, align 8
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
  %136 = load i64, i64* %lowStart, align 8
  %137 = getelementptr i64, i64* %regs, i64 6
  store i64 %136, i64* %137, align 8
  %138 = load i64, i64* %lowEnd, align 8
  %139 = getelementptr i64, i64* %regs, i64 7
  store i64 %138, i64* %139, align 8
  %140 = load i64, i64* %highEnd, align 8
  %141 = getelementptr i64, i64* %regs, i64 8
  store i64 %140, i64* %141, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 6)
  unreachable

dead17:                                           ; No predecessors!
  br label %match3

write.low:                                        ; preds = %e1
  %142 = load i64, i64* %lowStart, align 8
  %143 = icmp uge i64 %117, %142
  %144 = load i64, i64* %lowEnd, align 8
  %145 = icmp ule i64 %118, %144
  %146 = and i1 %143, %145
  br i1 %146, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %147 = icmp ugt i64 %118, %arena_size
  br i1 %147, label %trap17.site0, label %ok18

write.ok:                                         ; preds = %ok18, %write.low, %e1
  %148 = getelementptr i8, i8* %mem, i64 %117
  store i64 %116, i64* %unaligned19, align 8
  %149 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %148, i8* %149, i64 8, i1 false)
  %150 = load i32, i32* %label, align 4
  store i32 %150, i32* %scrut.1, align 4
  %151 = load i32, i32* %scrut.1, align 4
  %152 = icmp ne i32 %151, 0
  %153 = zext i1 %152 to i32
  %154 = icmp ne i32 %153, 0
  br i1 %154, label %then22, label %else23

ok18:                                             ; preds = %write.slow
  %155 = icmp ult i64 %117, %scratch_start
  %156 = load i64, i64* %lowStart, align 8
  %157 = call i64 @llvm.umin.i64(i64 %156, i64 %117)
  %158 = load i64, i64* %lowEnd, align 8
  %159 = load i64, i64* %highEnd, align 8
  %160 = add i64 %118, 64
  %161 = sub i64 %118, %157
  %162 = lshr i64 %161, 4
  %163 = add i64 %160, %162
  %164 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %163)
  %165 = call i64 @llvm.umax.i64(i64 %158, i64 %164)
  %166 = select i1 %155, i64 %165, i64 %158
  store i64 %166, i64* %lowEnd, align 8
  %167 = add i64 %118, 64
  %168 = sub i64 %118, %scratch_start
  %169 = lshr i64 %168, 4
  %170 = add i64 %167, %169
  %171 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %170)
  %172 = call i64 @llvm.umax.i64(i64 %159, i64 %171)
  %173 = select i1 %155, i64 %159, i64 %172
  store i64 %173, i64* %highEnd, align 8
  store i64 %157, i64* %lowStart, align 8
  br label %write.ok

e6:                                               ; preds = %match8
  %174 = load i32, i32* %result20, align 4
  store i32 %174, i32* %described, align 4
  %175 = load i32, i32* %dict, align 4
  %176 = load i32, i32* %described, align 4
  %177 = zext i32 %175 to i64
  %178 = add i64 %177, 8
  %179 = add i64 %178, 4
  %180 = icmp uge i64 %178, %scratch_start
  %181 = load i64, i64* %highEnd, align 8
  %182 = icmp ule i64 %179, %181
  %183 = and i1 %180, %182
  br i1 %183, label %write.ok37, label %write.low35

match8:                                           ; preds = %dead34, %then30, %stack_ok28
  %184 = load i32, i32* %result21, align 4
  store i32 %184, i32* %result20, align 4
  br label %e6

then22:                                           ; preds = %write.ok
  %185 = load i32, i32* %scrut.1, align 4
  %186 = zext i32 %185 to i64
  %187 = add i64 %186, 4
  %188 = icmp ugt i64 %187, %arena_size
  br i1 %188, label %trap17.site0, label %ok25

else23:                                           ; preds = %write.ok
  br label %join24

join24:                                           ; preds = %else23, %dead29
  %189 = load i32, i32* %scrut.1, align 4
  %190 = icmp eq i32 %189, 0
  %191 = zext i1 %190 to i32
  %192 = icmp ne i32 %191, 0
  br i1 %192, label %then30, label %else31

ok25:                                             ; preds = %then22
  %193 = getelementptr i8, i8* %mem, i64 %186
  %194 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %194, i8* %193, i64 4, i1 false)
  %195 = load i32, i32* %unaligned26, align 4
  store i32 %195, i32* %s, align 4
  %196 = load i32, i32* %s, align 4
  %197 = icmp uge i32 %depth, 1000
  br i1 %197, label %trap15.site7, label %ok27

ok27:                                             ; preds = %ok25
  %198 = icmp ult i64 %10, %stack_limit
  br i1 %198, label %trap253.site0, label %stack_ok28

trap15.site7:                                     ; preds = %ok25
  %199 = load i64, i64* %lowStart, align 8
  %200 = getelementptr i64, i64* %regs, i64 6
  store i64 %199, i64* %200, align 8
  %201 = load i64, i64* %lowEnd, align 8
  %202 = getelementptr i64, i64* %regs, i64 7
  store i64 %201, i64* %202, align 8
  %203 = load i64, i64* %highEnd, align 8
  %204 = getelementptr i64, i64* %regs, i64 8
  store i64 %203, i64* %204, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %205 = load i64, i64* %fuel, align 8
  %206 = getelementptr i64, i64* %regs, i64 0
  store i64 %205, i64* %206, align 8
  %207 = load i64, i64* %lowStart, align 8
  %208 = getelementptr i64, i64* %regs, i64 6
  store i64 %207, i64* %208, align 8
  %209 = load i64, i64* %lowEnd, align 8
  %210 = getelementptr i64, i64* %regs, i64 7
  store i64 %209, i64* %210, align 8
  %211 = load i64, i64* %highEnd, align 8
  %212 = getelementptr i64, i64* %regs, i64 8
  store i64 %211, i64* %212, align 8
  %213 = add i32 %depth, 1
  %214 = call i32 @m0.rt.str_concat(i64* %regs, i8* %mem, i32 %213, i32 8, i32 %196)
  %215 = getelementptr i64, i64* %regs, i64 0
  %216 = load i64, i64* %215, align 8
  store i64 %216, i64* %fuel, align 8
  %217 = getelementptr i64, i64* %regs, i64 6
  %218 = load i64, i64* %217, align 8
  store i64 %218, i64* %lowStart, align 8
  %219 = getelementptr i64, i64* %regs, i64 7
  %220 = load i64, i64* %219, align 8
  store i64 %220, i64* %lowEnd, align 8
  %221 = getelementptr i64, i64* %regs, i64 8
  %222 = load i64, i64* %221, align 8
  store i64 %222, i64* %highEnd, align 8
  store i32 %214, i32* %result21, align 4
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
  %223 = load i64, i64* %lowStart, align 8
  %224 = getelementptr i64, i64* %regs, i64 6
  store i64 %223, i64* %224, align 8
  %225 = load i64, i64* %lowEnd, align 8
  %226 = getelementptr i64, i64* %regs, i64 7
  store i64 %225, i64* %226, align 8
  %227 = load i64, i64* %highEnd, align 8
  %228 = getelementptr i64, i64* %regs, i64 8
  store i64 %227, i64* %228, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 8)
  unreachable

dead34:                                           ; No predecessors!
  br label %match8

write.low35:                                      ; preds = %e6
  %229 = load i64, i64* %lowStart, align 8
  %230 = icmp uge i64 %178, %229
  %231 = load i64, i64* %lowEnd, align 8
  %232 = icmp ule i64 %179, %231
  %233 = and i1 %230, %232
  br i1 %233, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %234 = icmp ugt i64 %179, %arena_size
  br i1 %234, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %e6
  %235 = getelementptr i8, i8* %mem, i64 %178
  store i32 %176, i32* %unaligned39, align 4
  %236 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %235, i8* %236, i64 4, i1 false)
  %237 = load i64, i64* %x, align 8
  %238 = icmp sgt i64 %237, 0
  %239 = zext i1 %238 to i32
  %240 = icmp ne i32 %239, 0
  br i1 %240, label %then41, label %else42

ok38:                                             ; preds = %write.slow36
  %241 = icmp ult i64 %178, %scratch_start
  %242 = load i64, i64* %lowStart, align 8
  %243 = call i64 @llvm.umin.i64(i64 %242, i64 %178)
  %244 = load i64, i64* %lowEnd, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = add i64 %179, 64
  %247 = sub i64 %179, %243
  %248 = lshr i64 %247, 4
  %249 = add i64 %246, %248
  %250 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %249)
  %251 = call i64 @llvm.umax.i64(i64 %244, i64 %250)
  %252 = select i1 %241, i64 %251, i64 %244
  store i64 %252, i64* %lowEnd, align 8
  %253 = add i64 %179, 64
  %254 = sub i64 %179, %scratch_start
  %255 = lshr i64 %254, 4
  %256 = add i64 %253, %255
  %257 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %256)
  %258 = call i64 @llvm.umax.i64(i64 %245, i64 %257)
  %259 = select i1 %241, i64 %245, i64 %258
  store i64 %259, i64* %highEnd, align 8
  store i64 %243, i64* %lowStart, align 8
  br label %write.ok37

e12:                                              ; preds = %write.ok80
  %260 = load i32, i32* %result40, align 4
  store i32 %260, i32* %maybe, align 4
  %261 = load i32, i32* %dict, align 4
  %262 = load i32, i32* %maybe, align 4
  %263 = zext i32 %261 to i64
  %264 = add i64 %263, 12
  %265 = add i64 %264, 4
  %266 = icmp uge i64 %264, %scratch_start
  %267 = load i64, i64* %highEnd, align 8
  %268 = icmp ule i64 %265, %267
  %269 = and i1 %266, %268
  br i1 %269, label %write.ok85, label %write.low83

then41:                                           ; preds = %write.ok37
  %270 = load i64, i64* %x, align 8
  store i64 %270, i64* %c, align 8
  %271 = getelementptr i64, i64* %regs, i64 1
  %272 = getelementptr i64, i64* %regs, i64 2
  %273 = load i64, i64* %271, align 8
  %274 = add i64 %273, 7
  %275 = and i64 %274, -8
  %276 = add i64 %275, 8
  %277 = load i64, i64* %272, align 8
  %278 = icmp ugt i64 %276, %277
  br i1 %278, label %trap15.site11, label %ok46

else42:                                           ; preds = %write.ok37
  store i32 0, i32* %result44, align 4
  br label %join43

join43:                                           ; preds = %else42, %e17
  %279 = load i32, i32* %result44, align 4
  store i32 %279, i32* %item, align 4
  %280 = load i64, i64* %x, align 8
  %281 = icmp sgt i64 %280, 10
  %282 = zext i1 %281 to i32
  %283 = icmp ne i32 %282, 0
  br i1 %283, label %then52, label %else53

e17:                                              ; preds = %write.ok49
  %284 = load i32, i32* %result45, align 4
  store i32 %284, i32* %result44, align 4
  br label %join43

ok46:                                             ; preds = %then41
  store i64 %276, i64* %271, align 8
  %285 = load i64, i64* %highEnd, align 8
  %286 = call i64 @llvm.umax.i64(i64 %285, i64 %276)
  store i64 %286, i64* %highEnd, align 8
  %287 = trunc i64 %275 to i32
  store i32 %287, i32* %obj, align 4
  %288 = load i32, i32* %obj, align 4
  %289 = load i64, i64* %c, align 8
  %290 = zext i32 %288 to i64
  %291 = add i64 %290, 8
  %292 = icmp uge i64 %290, %scratch_start
  %293 = load i64, i64* %highEnd, align 8
  %294 = icmp ule i64 %291, %293
  %295 = and i1 %292, %294
  br i1 %295, label %write.ok49, label %write.low47

trap15.site11:                                    ; preds = %then41
  %296 = load i64, i64* %lowStart, align 8
  %297 = getelementptr i64, i64* %regs, i64 6
  store i64 %296, i64* %297, align 8
  %298 = load i64, i64* %lowEnd, align 8
  %299 = getelementptr i64, i64* %regs, i64 7
  store i64 %298, i64* %299, align 8
  %300 = load i64, i64* %highEnd, align 8
  %301 = getelementptr i64, i64* %regs, i64 8
  store i64 %300, i64* %301, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

write.low47:                                      ; preds = %ok46
  %302 = load i64, i64* %lowStart, align 8
  %303 = icmp uge i64 %290, %302
  %304 = load i64, i64* %lowEnd, align 8
  %305 = icmp ule i64 %291, %304
  %306 = and i1 %303, %305
  br i1 %306, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %307 = icmp ugt i64 %291, %arena_size
  br i1 %307, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %ok46
  %308 = getelementptr i8, i8* %mem, i64 %290
  store i64 %289, i64* %unaligned51, align 8
  %309 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %308, i8* %309, i64 8, i1 false)
  %310 = load i32, i32* %obj, align 4
  store i32 %310, i32* %result45, align 4
  br label %e17

ok50:                                             ; preds = %write.slow48
  %311 = icmp ult i64 %290, %scratch_start
  %312 = load i64, i64* %lowStart, align 8
  %313 = call i64 @llvm.umin.i64(i64 %312, i64 %290)
  %314 = load i64, i64* %lowEnd, align 8
  %315 = load i64, i64* %highEnd, align 8
  %316 = add i64 %291, 64
  %317 = sub i64 %291, %313
  %318 = lshr i64 %317, 4
  %319 = add i64 %316, %318
  %320 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %319)
  %321 = call i64 @llvm.umax.i64(i64 %314, i64 %320)
  %322 = select i1 %311, i64 %321, i64 %314
  store i64 %322, i64* %lowEnd, align 8
  %323 = add i64 %291, 64
  %324 = sub i64 %291, %scratch_start
  %325 = lshr i64 %324, 4
  %326 = add i64 %323, %325
  %327 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %326)
  %328 = call i64 @llvm.umax.i64(i64 %315, i64 %327)
  %329 = select i1 %311, i64 %315, i64 %328
  store i64 %329, i64* %highEnd, align 8
  store i64 %313, i64* %lowStart, align 8
  br label %write.ok49

then52:                                           ; preds = %join43
  %330 = load i64, i64* %x, align 8
  store i64 %330, i64* %c.1, align 8
  %331 = getelementptr i64, i64* %regs, i64 1
  %332 = getelementptr i64, i64* %regs, i64 2
  %333 = load i64, i64* %331, align 8
  %334 = add i64 %333, 7
  %335 = and i64 %334, -8
  %336 = add i64 %335, 8
  %337 = load i64, i64* %332, align 8
  %338 = icmp ugt i64 %336, %337
  br i1 %338, label %trap15.site13, label %ok57

else53:                                           ; preds = %join43
  store i32 0, i32* %result55, align 4
  br label %join54

join54:                                           ; preds = %else53, %e24
  %339 = load i32, i32* %result55, align 4
  store i32 %339, i32* %item.1, align 4
  store i64 12, i64* %size, align 8
  %340 = load i64, i64* %size, align 8
  %341 = icmp ugt i64 %340, 2147483647
  %342 = zext i1 %341 to i32
  %343 = icmp ne i32 %342, 0
  br i1 %343, label %then63, label %else64

e24:                                              ; preds = %write.ok60
  %344 = load i32, i32* %result56, align 4
  store i32 %344, i32* %result55, align 4
  br label %join54

ok57:                                             ; preds = %then52
  store i64 %336, i64* %331, align 8
  %345 = load i64, i64* %highEnd, align 8
  %346 = call i64 @llvm.umax.i64(i64 %345, i64 %336)
  store i64 %346, i64* %highEnd, align 8
  %347 = trunc i64 %335 to i32
  store i32 %347, i32* %obj.1, align 4
  %348 = load i32, i32* %obj.1, align 4
  %349 = load i64, i64* %c.1, align 8
  %350 = zext i32 %348 to i64
  %351 = add i64 %350, 8
  %352 = icmp uge i64 %350, %scratch_start
  %353 = load i64, i64* %highEnd, align 8
  %354 = icmp ule i64 %351, %353
  %355 = and i1 %352, %354
  br i1 %355, label %write.ok60, label %write.low58

trap15.site13:                                    ; preds = %then52
  %356 = load i64, i64* %lowStart, align 8
  %357 = getelementptr i64, i64* %regs, i64 6
  store i64 %356, i64* %357, align 8
  %358 = load i64, i64* %lowEnd, align 8
  %359 = getelementptr i64, i64* %regs, i64 7
  store i64 %358, i64* %359, align 8
  %360 = load i64, i64* %highEnd, align 8
  %361 = getelementptr i64, i64* %regs, i64 8
  store i64 %360, i64* %361, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low58:                                      ; preds = %ok57
  %362 = load i64, i64* %lowStart, align 8
  %363 = icmp uge i64 %350, %362
  %364 = load i64, i64* %lowEnd, align 8
  %365 = icmp ule i64 %351, %364
  %366 = and i1 %363, %365
  br i1 %366, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %367 = icmp ugt i64 %351, %arena_size
  br i1 %367, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %ok57
  %368 = getelementptr i8, i8* %mem, i64 %350
  store i64 %349, i64* %unaligned62, align 8
  %369 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %368, i8* %369, i64 8, i1 false)
  %370 = load i32, i32* %obj.1, align 4
  store i32 %370, i32* %result56, align 4
  br label %e24

ok61:                                             ; preds = %write.slow59
  %371 = icmp ult i64 %350, %scratch_start
  %372 = load i64, i64* %lowStart, align 8
  %373 = call i64 @llvm.umin.i64(i64 %372, i64 %350)
  %374 = load i64, i64* %lowEnd, align 8
  %375 = load i64, i64* %highEnd, align 8
  %376 = add i64 %351, 64
  %377 = sub i64 %351, %373
  %378 = lshr i64 %377, 4
  %379 = add i64 %376, %378
  %380 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %379)
  %381 = call i64 @llvm.umax.i64(i64 %374, i64 %380)
  %382 = select i1 %371, i64 %381, i64 %374
  store i64 %382, i64* %lowEnd, align 8
  %383 = add i64 %351, 64
  %384 = sub i64 %351, %scratch_start
  %385 = lshr i64 %384, 4
  %386 = add i64 %383, %385
  %387 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %386)
  %388 = call i64 @llvm.umax.i64(i64 %375, i64 %387)
  %389 = select i1 %371, i64 %375, i64 %388
  store i64 %389, i64* %highEnd, align 8
  store i64 %373, i64* %lowStart, align 8
  br label %write.ok60

then63:                                           ; preds = %join54
  br label %trap15.site9

else64:                                           ; preds = %join54
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %390 = load i64, i64* %size, align 8
  %391 = trunc i64 %390 to i32
  %392 = zext i32 %391 to i64
  %393 = getelementptr i64, i64* %regs, i64 1
  %394 = getelementptr i64, i64* %regs, i64 2
  %395 = load i64, i64* %393, align 8
  %396 = add i64 %395, 3
  %397 = and i64 %396, -4
  %398 = add i64 %397, %392
  %399 = load i64, i64* %394, align 8
  %400 = icmp ugt i64 %398, %399
  br i1 %400, label %trap15.site9, label %ok67

trap15.site9:                                     ; preds = %join65, %then63
  %401 = load i64, i64* %lowStart, align 8
  %402 = getelementptr i64, i64* %regs, i64 6
  store i64 %401, i64* %402, align 8
  %403 = load i64, i64* %lowEnd, align 8
  %404 = getelementptr i64, i64* %regs, i64 7
  store i64 %403, i64* %404, align 8
  %405 = load i64, i64* %highEnd, align 8
  %406 = getelementptr i64, i64* %regs, i64 8
  store i64 %405, i64* %406, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead66:                                           ; No predecessors!
  br label %join65

ok67:                                             ; preds = %join65
  store i64 %398, i64* %393, align 8
  %407 = load i64, i64* %highEnd, align 8
  %408 = call i64 @llvm.umax.i64(i64 %407, i64 %398)
  store i64 %408, i64* %highEnd, align 8
  %409 = trunc i64 %397 to i32
  store i32 %409, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %410 = load i32, i32* %list, align 4
  %411 = add i32 %410, 4
  %412 = load i32, i32* %len, align 4
  %413 = mul i32 %412, 4
  %414 = add i32 %411, %413
  %415 = load i32, i32* %item, align 4
  %416 = zext i32 %414 to i64
  %417 = add i64 %416, 4
  %418 = icmp uge i64 %416, %scratch_start
  %419 = load i64, i64* %highEnd, align 8
  %420 = icmp ule i64 %417, %419
  %421 = and i1 %418, %420
  br i1 %421, label %write.ok70, label %write.low68

write.low68:                                      ; preds = %ok67
  %422 = load i64, i64* %lowStart, align 8
  %423 = icmp uge i64 %416, %422
  %424 = load i64, i64* %lowEnd, align 8
  %425 = icmp ule i64 %417, %424
  %426 = and i1 %423, %425
  br i1 %426, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %427 = icmp ugt i64 %417, %arena_size
  br i1 %427, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %ok67
  %428 = getelementptr i8, i8* %mem, i64 %416
  store i32 %415, i32* %unaligned72, align 4
  %429 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %428, i8* %429, i64 4, i1 false)
  %430 = load i32, i32* %len, align 4
  %431 = add i32 %430, 1
  store i32 %431, i32* %len, align 4
  %432 = load i32, i32* %list, align 4
  %433 = add i32 %432, 4
  %434 = load i32, i32* %len, align 4
  %435 = mul i32 %434, 4
  %436 = add i32 %433, %435
  %437 = load i32, i32* %item.1, align 4
  %438 = zext i32 %436 to i64
  %439 = add i64 %438, 4
  %440 = icmp uge i64 %438, %scratch_start
  %441 = load i64, i64* %highEnd, align 8
  %442 = icmp ule i64 %439, %441
  %443 = and i1 %440, %442
  br i1 %443, label %write.ok75, label %write.low73

ok71:                                             ; preds = %write.slow69
  %444 = icmp ult i64 %416, %scratch_start
  %445 = load i64, i64* %lowStart, align 8
  %446 = call i64 @llvm.umin.i64(i64 %445, i64 %416)
  %447 = load i64, i64* %lowEnd, align 8
  %448 = load i64, i64* %highEnd, align 8
  %449 = add i64 %417, 64
  %450 = sub i64 %417, %446
  %451 = lshr i64 %450, 4
  %452 = add i64 %449, %451
  %453 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %452)
  %454 = call i64 @llvm.umax.i64(i64 %447, i64 %453)
  %455 = select i1 %444, i64 %454, i64 %447
  store i64 %455, i64* %lowEnd, align 8
  %456 = add i64 %417, 64
  %457 = sub i64 %417, %scratch_start
  %458 = lshr i64 %457, 4
  %459 = add i64 %456, %458
  %460 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %459)
  %461 = call i64 @llvm.umax.i64(i64 %448, i64 %460)
  %462 = select i1 %444, i64 %448, i64 %461
  store i64 %462, i64* %highEnd, align 8
  store i64 %446, i64* %lowStart, align 8
  br label %write.ok70

write.low73:                                      ; preds = %write.ok70
  %463 = load i64, i64* %lowStart, align 8
  %464 = icmp uge i64 %438, %463
  %465 = load i64, i64* %lowEnd, align 8
  %466 = icmp ule i64 %439, %465
  %467 = and i1 %464, %466
  br i1 %467, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %468 = icmp ugt i64 %439, %arena_size
  br i1 %468, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %write.ok70
  %469 = getelementptr i8, i8* %mem, i64 %438
  store i32 %437, i32* %unaligned77, align 4
  %470 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %469, i8* %470, i64 4, i1 false)
  %471 = load i32, i32* %len, align 4
  %472 = add i32 %471, 1
  store i32 %472, i32* %len, align 4
  %473 = load i32, i32* %list, align 4
  %474 = load i32, i32* %len, align 4
  %475 = zext i32 %473 to i64
  %476 = add i64 %475, 4
  %477 = icmp uge i64 %475, %scratch_start
  %478 = load i64, i64* %highEnd, align 8
  %479 = icmp ule i64 %476, %478
  %480 = and i1 %477, %479
  br i1 %480, label %write.ok80, label %write.low78

ok76:                                             ; preds = %write.slow74
  %481 = icmp ult i64 %438, %scratch_start
  %482 = load i64, i64* %lowStart, align 8
  %483 = call i64 @llvm.umin.i64(i64 %482, i64 %438)
  %484 = load i64, i64* %lowEnd, align 8
  %485 = load i64, i64* %highEnd, align 8
  %486 = add i64 %439, 64
  %487 = sub i64 %439, %483
  %488 = lshr i64 %487, 4
  %489 = add i64 %486, %488
  %490 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %489)
  %491 = call i64 @llvm.umax.i64(i64 %484, i64 %490)
  %492 = select i1 %481, i64 %491, i64 %484
  store i64 %492, i64* %lowEnd, align 8
  %493 = add i64 %439, 64
  %494 = sub i64 %439, %scratch_start
  %495 = lshr i64 %494, 4
  %496 = add i64 %493, %495
  %497 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %496)
  %498 = call i64 @llvm.umax.i64(i64 %485, i64 %497)
  %499 = select i1 %481, i64 %485, i64 %498
  store i64 %499, i64* %highEnd, align 8
  store i64 %483, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %write.ok75
  %500 = load i64, i64* %lowStart, align 8
  %501 = icmp uge i64 %475, %500
  %502 = load i64, i64* %lowEnd, align 8
  %503 = icmp ule i64 %476, %502
  %504 = and i1 %501, %503
  br i1 %504, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %505 = icmp ugt i64 %476, %arena_size
  br i1 %505, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %write.ok75
  %506 = getelementptr i8, i8* %mem, i64 %475
  store i32 %474, i32* %unaligned82, align 4
  %507 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %506, i8* %507, i64 4, i1 false)
  %508 = load i32, i32* %list, align 4
  store i32 %508, i32* %result40, align 4
  br label %e12

ok81:                                             ; preds = %write.slow79
  %509 = icmp ult i64 %475, %scratch_start
  %510 = load i64, i64* %lowStart, align 8
  %511 = call i64 @llvm.umin.i64(i64 %510, i64 %475)
  %512 = load i64, i64* %lowEnd, align 8
  %513 = load i64, i64* %highEnd, align 8
  %514 = add i64 %476, 64
  %515 = sub i64 %476, %511
  %516 = lshr i64 %515, 4
  %517 = add i64 %514, %516
  %518 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %517)
  %519 = call i64 @llvm.umax.i64(i64 %512, i64 %518)
  %520 = select i1 %509, i64 %519, i64 %512
  store i64 %520, i64* %lowEnd, align 8
  %521 = add i64 %476, 64
  %522 = sub i64 %476, %scratch_start
  %523 = lshr i64 %522, 4
  %524 = add i64 %521, %523
  %525 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %524)
  %526 = call i64 @llvm.umax.i64(i64 %513, i64 %525)
  %527 = select i1 %509, i64 %513, i64 %526
  store i64 %527, i64* %highEnd, align 8
  store i64 %511, i64* %lowStart, align 8
  br label %write.ok80

write.low83:                                      ; preds = %e12
  %528 = load i64, i64* %lowStart, align 8
  %529 = icmp uge i64 %264, %528
  %530 = load i64, i64* %lowEnd, align 8
  %531 = icmp ule i64 %265, %530
  %532 = and i1 %529, %531
  br i1 %532, label %write.ok85, label %write.slow84

write.slow84:                                     ; preds = %write.low83
  %533 = icmp ugt i64 %265, %arena_size
  br i1 %533, label %trap17.site0, label %ok86

write.ok85:                                       ; preds = %ok86, %write.low83, %e12
  %534 = getelementptr i8, i8* %mem, i64 %264
  store i32 %262, i32* %unaligned87, align 4
  %535 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %534, i8* %535, i64 4, i1 false)
  %536 = load i64, i64* %x, align 8
  %537 = icmp sgt i64 %536, 2
  %538 = zext i1 %537 to i32
  %539 = icmp ne i32 %538, 0
  br i1 %539, label %then89, label %else90

ok86:                                             ; preds = %write.slow84
  %540 = icmp ult i64 %264, %scratch_start
  %541 = load i64, i64* %lowStart, align 8
  %542 = call i64 @llvm.umin.i64(i64 %541, i64 %264)
  %543 = load i64, i64* %lowEnd, align 8
  %544 = load i64, i64* %highEnd, align 8
  %545 = add i64 %265, 64
  %546 = sub i64 %265, %542
  %547 = lshr i64 %546, 4
  %548 = add i64 %545, %547
  %549 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %548)
  %550 = call i64 @llvm.umax.i64(i64 %543, i64 %549)
  %551 = select i1 %540, i64 %550, i64 %543
  store i64 %551, i64* %lowEnd, align 8
  %552 = add i64 %265, 64
  %553 = sub i64 %265, %scratch_start
  %554 = lshr i64 %553, 4
  %555 = add i64 %552, %554
  %556 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %555)
  %557 = call i64 @llvm.umax.i64(i64 %544, i64 %556)
  %558 = select i1 %540, i64 %544, i64 %557
  store i64 %558, i64* %highEnd, align 8
  store i64 %542, i64* %lowStart, align 8
  br label %write.ok85

e27:                                              ; preds = %match39
  %559 = load i64, i64* %result88, align 8
  store i64 %559, i64* %checked, align 8
  %560 = load i32, i32* %dict, align 4
  %561 = load i64, i64* %checked, align 8
  %562 = zext i32 %560 to i64
  %563 = add i64 %562, 16
  %564 = add i64 %563, 8
  %565 = icmp uge i64 %563, %scratch_start
  %566 = load i64, i64* %highEnd, align 8
  %567 = icmp ule i64 %564, %566
  %568 = and i1 %565, %567
  br i1 %568, label %write.ok132, label %write.low130

then89:                                           ; preds = %write.ok85
  %569 = load i64, i64* %x, align 8
  %570 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %569, i64 2)
  %571 = extractvalue { i64, i1 } %570, 1
  br i1 %571, label %trap2.site15, label %ok94

else90:                                           ; preds = %write.ok85
  store i32 32, i32* %c.3, align 4
  %572 = getelementptr i64, i64* %regs, i64 1
  %573 = getelementptr i64, i64* %regs, i64 2
  %574 = load i64, i64* %572, align 8
  %575 = add i64 %574, 7
  %576 = and i64 %575, -8
  %577 = add i64 %576, 8
  %578 = load i64, i64* %573, align 8
  %579 = icmp ugt i64 %577, %578
  br i1 %579, label %trap15.site17, label %ok106

join91:                                           ; preds = %e37, %e33
  %580 = load i32, i32* %result92, align 4
  store i32 %580, i32* %scrut.2, align 4
  %581 = load i32, i32* %scrut.2, align 4
  %582 = zext i32 %581 to i64
  %583 = add i64 %582, 1
  %584 = icmp ugt i64 %583, %arena_size
  br i1 %584, label %trap17.site0, label %ok117

e33:                                              ; preds = %write.ok102
  %585 = load i32, i32* %result93, align 4
  store i32 %585, i32* %result92, align 4
  br label %join91

ok94:                                             ; preds = %then89
  %586 = extractvalue { i64, i1 } %570, 0
  store i64 %586, i64* %c.2, align 8
  %587 = getelementptr i64, i64* %regs, i64 1
  %588 = getelementptr i64, i64* %regs, i64 2
  %589 = load i64, i64* %587, align 8
  %590 = add i64 %589, 7
  %591 = and i64 %590, -8
  %592 = add i64 %591, 16
  %593 = load i64, i64* %588, align 8
  %594 = icmp ugt i64 %592, %593
  br i1 %594, label %trap15.site16, label %ok95

trap2.site15:                                     ; preds = %then89
  %595 = load i64, i64* %lowStart, align 8
  %596 = getelementptr i64, i64* %regs, i64 6
  store i64 %595, i64* %596, align 8
  %597 = load i64, i64* %lowEnd, align 8
  %598 = getelementptr i64, i64* %regs, i64 7
  store i64 %597, i64* %598, align 8
  %599 = load i64, i64* %highEnd, align 8
  %600 = getelementptr i64, i64* %regs, i64 8
  store i64 %599, i64* %600, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

ok95:                                             ; preds = %ok94
  store i64 %592, i64* %587, align 8
  %601 = load i64, i64* %highEnd, align 8
  %602 = call i64 @llvm.umax.i64(i64 %601, i64 %592)
  store i64 %602, i64* %highEnd, align 8
  %603 = trunc i64 %591 to i32
  store i32 %603, i32* %obj.2, align 4
  %604 = load i32, i32* %obj.2, align 4
  %605 = zext i32 %604 to i64
  %606 = add i64 %605, 1
  %607 = icmp uge i64 %605, %scratch_start
  %608 = load i64, i64* %highEnd, align 8
  %609 = icmp ule i64 %606, %608
  %610 = and i1 %607, %609
  br i1 %610, label %write.ok98, label %write.low96

trap15.site16:                                    ; preds = %ok94
  %611 = load i64, i64* %lowStart, align 8
  %612 = getelementptr i64, i64* %regs, i64 6
  store i64 %611, i64* %612, align 8
  %613 = load i64, i64* %lowEnd, align 8
  %614 = getelementptr i64, i64* %regs, i64 7
  store i64 %613, i64* %614, align 8
  %615 = load i64, i64* %highEnd, align 8
  %616 = getelementptr i64, i64* %regs, i64 8
  store i64 %615, i64* %616, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

write.low96:                                      ; preds = %ok95
  %617 = load i64, i64* %lowStart, align 8
  %618 = icmp uge i64 %605, %617
  %619 = load i64, i64* %lowEnd, align 8
  %620 = icmp ule i64 %606, %619
  %621 = and i1 %618, %620
  br i1 %621, label %write.ok98, label %write.slow97

write.slow97:                                     ; preds = %write.low96
  %622 = icmp ugt i64 %606, %arena_size
  br i1 %622, label %trap17.site0, label %ok99

write.ok98:                                       ; preds = %ok99, %write.low96, %ok95
  %623 = getelementptr i8, i8* %mem, i64 %605
  store i8 0, i8* %623, align 1
  %624 = load i32, i32* %obj.2, align 4
  %625 = load i64, i64* %c.2, align 8
  %626 = zext i32 %624 to i64
  %627 = add i64 %626, 8
  %628 = add i64 %627, 8
  %629 = icmp uge i64 %627, %scratch_start
  %630 = load i64, i64* %highEnd, align 8
  %631 = icmp ule i64 %628, %630
  %632 = and i1 %629, %631
  br i1 %632, label %write.ok102, label %write.low100

ok99:                                             ; preds = %write.slow97
  %633 = icmp ult i64 %605, %scratch_start
  %634 = load i64, i64* %lowStart, align 8
  %635 = call i64 @llvm.umin.i64(i64 %634, i64 %605)
  %636 = load i64, i64* %lowEnd, align 8
  %637 = load i64, i64* %highEnd, align 8
  %638 = add i64 %606, 64
  %639 = sub i64 %606, %635
  %640 = lshr i64 %639, 4
  %641 = add i64 %638, %640
  %642 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %641)
  %643 = call i64 @llvm.umax.i64(i64 %636, i64 %642)
  %644 = select i1 %633, i64 %643, i64 %636
  store i64 %644, i64* %lowEnd, align 8
  %645 = add i64 %606, 64
  %646 = sub i64 %606, %scratch_start
  %647 = lshr i64 %646, 4
  %648 = add i64 %645, %647
  %649 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %648)
  %650 = call i64 @llvm.umax.i64(i64 %637, i64 %649)
  %651 = select i1 %633, i64 %637, i64 %650
  store i64 %651, i64* %highEnd, align 8
  store i64 %635, i64* %lowStart, align 8
  br label %write.ok98

write.low100:                                     ; preds = %write.ok98
  %652 = load i64, i64* %lowStart, align 8
  %653 = icmp uge i64 %627, %652
  %654 = load i64, i64* %lowEnd, align 8
  %655 = icmp ule i64 %628, %654
  %656 = and i1 %653, %655
  br i1 %656, label %write.ok102, label %write.slow101

write.slow101:                                    ; preds = %write.low100
  %657 = icmp ugt i64 %628, %arena_size
  br i1 %657, label %trap17.site0, label %ok103

write.ok102:                                      ; preds = %ok103, %write.low100, %write.ok98
  %658 = getelementptr i8, i8* %mem, i64 %627
  store i64 %625, i64* %unaligned104, align 8
  %659 = bitcast i64* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %658, i8* %659, i64 8, i1 false)
  %660 = load i32, i32* %obj.2, align 4
  store i32 %660, i32* %result93, align 4
  br label %e33

ok103:                                            ; preds = %write.slow101
  %661 = icmp ult i64 %627, %scratch_start
  %662 = load i64, i64* %lowStart, align 8
  %663 = call i64 @llvm.umin.i64(i64 %662, i64 %627)
  %664 = load i64, i64* %lowEnd, align 8
  %665 = load i64, i64* %highEnd, align 8
  %666 = add i64 %628, 64
  %667 = sub i64 %628, %663
  %668 = lshr i64 %667, 4
  %669 = add i64 %666, %668
  %670 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %669)
  %671 = call i64 @llvm.umax.i64(i64 %664, i64 %670)
  %672 = select i1 %661, i64 %671, i64 %664
  store i64 %672, i64* %lowEnd, align 8
  %673 = add i64 %628, 64
  %674 = sub i64 %628, %scratch_start
  %675 = lshr i64 %674, 4
  %676 = add i64 %673, %675
  %677 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %676)
  %678 = call i64 @llvm.umax.i64(i64 %665, i64 %677)
  %679 = select i1 %661, i64 %665, i64 %678
  store i64 %679, i64* %highEnd, align 8
  store i64 %663, i64* %lowStart, align 8
  br label %write.ok102

e37:                                              ; preds = %write.ok113
  %680 = load i32, i32* %result105, align 4
  store i32 %680, i32* %result92, align 4
  br label %join91

ok106:                                            ; preds = %else90
  store i64 %577, i64* %572, align 8
  %681 = load i64, i64* %highEnd, align 8
  %682 = call i64 @llvm.umax.i64(i64 %681, i64 %577)
  store i64 %682, i64* %highEnd, align 8
  %683 = trunc i64 %576 to i32
  store i32 %683, i32* %obj.3, align 4
  %684 = load i32, i32* %obj.3, align 4
  %685 = zext i32 %684 to i64
  %686 = add i64 %685, 1
  %687 = icmp uge i64 %685, %scratch_start
  %688 = load i64, i64* %highEnd, align 8
  %689 = icmp ule i64 %686, %688
  %690 = and i1 %687, %689
  br i1 %690, label %write.ok109, label %write.low107

trap15.site17:                                    ; preds = %else90
  %691 = load i64, i64* %lowStart, align 8
  %692 = getelementptr i64, i64* %regs, i64 6
  store i64 %691, i64* %692, align 8
  %693 = load i64, i64* %lowEnd, align 8
  %694 = getelementptr i64, i64* %regs, i64 7
  store i64 %693, i64* %694, align 8
  %695 = load i64, i64* %highEnd, align 8
  %696 = getelementptr i64, i64* %regs, i64 8
  store i64 %695, i64* %696, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

write.low107:                                     ; preds = %ok106
  %697 = load i64, i64* %lowStart, align 8
  %698 = icmp uge i64 %685, %697
  %699 = load i64, i64* %lowEnd, align 8
  %700 = icmp ule i64 %686, %699
  %701 = and i1 %698, %700
  br i1 %701, label %write.ok109, label %write.slow108

write.slow108:                                    ; preds = %write.low107
  %702 = icmp ugt i64 %686, %arena_size
  br i1 %702, label %trap17.site0, label %ok110

write.ok109:                                      ; preds = %ok110, %write.low107, %ok106
  %703 = getelementptr i8, i8* %mem, i64 %685
  store i8 1, i8* %703, align 1
  %704 = load i32, i32* %obj.3, align 4
  %705 = load i32, i32* %c.3, align 4
  %706 = zext i32 %704 to i64
  %707 = add i64 %706, 4
  %708 = add i64 %707, 4
  %709 = icmp uge i64 %707, %scratch_start
  %710 = load i64, i64* %highEnd, align 8
  %711 = icmp ule i64 %708, %710
  %712 = and i1 %709, %711
  br i1 %712, label %write.ok113, label %write.low111

ok110:                                            ; preds = %write.slow108
  %713 = icmp ult i64 %685, %scratch_start
  %714 = load i64, i64* %lowStart, align 8
  %715 = call i64 @llvm.umin.i64(i64 %714, i64 %685)
  %716 = load i64, i64* %lowEnd, align 8
  %717 = load i64, i64* %highEnd, align 8
  %718 = add i64 %686, 64
  %719 = sub i64 %686, %715
  %720 = lshr i64 %719, 4
  %721 = add i64 %718, %720
  %722 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %721)
  %723 = call i64 @llvm.umax.i64(i64 %716, i64 %722)
  %724 = select i1 %713, i64 %723, i64 %716
  store i64 %724, i64* %lowEnd, align 8
  %725 = add i64 %686, 64
  %726 = sub i64 %686, %scratch_start
  %727 = lshr i64 %726, 4
  %728 = add i64 %725, %727
  %729 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %728)
  %730 = call i64 @llvm.umax.i64(i64 %717, i64 %729)
  %731 = select i1 %713, i64 %717, i64 %730
  store i64 %731, i64* %highEnd, align 8
  store i64 %715, i64* %lowStart, align 8
  br label %write.ok109

write.low111:                                     ; preds = %write.ok109
  %732 = load i64, i64* %lowStart, align 8
  %733 = icmp uge i64 %707, %732
  %734 = load i64, i64* %lowEnd, align 8
  %735 = icmp ule i64 %708, %734
  %736 = and i1 %733, %735
  br i1 %736, label %write.ok113, label %write.slow112

write.slow112:                                    ; preds = %write.low111
  %737 = icmp ugt i64 %708, %arena_size
  br i1 %737, label %trap17.site0, label %ok114

write.ok113:                                      ; preds = %ok114, %write.low111, %write.ok109
  %738 = getelementptr i8, i8* %mem, i64 %707
  store i32 %705, i32* %unaligned115, align 4
  %739 = bitcast i32* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %738, i8* %739, i64 4, i1 false)
  %740 = load i32, i32* %obj.3, align 4
  store i32 %740, i32* %result105, align 4
  br label %e37

ok114:                                            ; preds = %write.slow112
  %741 = icmp ult i64 %707, %scratch_start
  %742 = load i64, i64* %lowStart, align 8
  %743 = call i64 @llvm.umin.i64(i64 %742, i64 %707)
  %744 = load i64, i64* %lowEnd, align 8
  %745 = load i64, i64* %highEnd, align 8
  %746 = add i64 %708, 64
  %747 = sub i64 %708, %743
  %748 = lshr i64 %747, 4
  %749 = add i64 %746, %748
  %750 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %749)
  %751 = call i64 @llvm.umax.i64(i64 %744, i64 %750)
  %752 = select i1 %741, i64 %751, i64 %744
  store i64 %752, i64* %lowEnd, align 8
  %753 = add i64 %708, 64
  %754 = sub i64 %708, %scratch_start
  %755 = lshr i64 %754, 4
  %756 = add i64 %753, %755
  %757 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %756)
  %758 = call i64 @llvm.umax.i64(i64 %745, i64 %757)
  %759 = select i1 %741, i64 %745, i64 %758
  store i64 %759, i64* %highEnd, align 8
  store i64 %743, i64* %lowStart, align 8
  br label %write.ok113

match39:                                          ; preds = %dead129, %then125, %ok121
  %760 = load i64, i64* %result116, align 8
  store i64 %760, i64* %result88, align 8
  br label %e27

ok117:                                            ; preds = %join91
  %761 = getelementptr i8, i8* %mem, i64 %582
  %762 = load i8, i8* %761, align 1
  %763 = zext i8 %762 to i32
  %764 = icmp eq i32 %763, 0
  %765 = zext i1 %764 to i32
  %766 = icmp ne i32 %765, 0
  br i1 %766, label %then118, label %else119

then118:                                          ; preds = %ok117
  %767 = load i32, i32* %scrut.2, align 4
  %768 = zext i32 %767 to i64
  %769 = add i64 %768, 8
  %770 = add i64 %769, 8
  %771 = icmp ugt i64 %770, %arena_size
  br i1 %771, label %trap17.site0, label %ok121

else119:                                          ; preds = %ok117
  br label %join120

join120:                                          ; preds = %else119, %dead123
  %772 = load i32, i32* %scrut.2, align 4
  %773 = zext i32 %772 to i64
  %774 = add i64 %773, 1
  %775 = icmp ugt i64 %774, %arena_size
  br i1 %775, label %trap17.site0, label %ok124

ok121:                                            ; preds = %then118
  %776 = getelementptr i8, i8* %mem, i64 %769
  %777 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %777, i8* %776, i64 8, i1 false)
  %778 = load i64, i64* %unaligned122, align 8
  store i64 %778, i64* %v.1, align 8
  %779 = load i64, i64* %v.1, align 8
  store i64 %779, i64* %result116, align 8
  br label %match39

dead123:                                          ; No predecessors!
  br label %join120

ok124:                                            ; preds = %join120
  %780 = getelementptr i8, i8* %mem, i64 %773
  %781 = load i8, i8* %780, align 1
  %782 = zext i8 %781 to i32
  %783 = icmp eq i32 %782, 1
  %784 = zext i1 %783 to i32
  %785 = icmp ne i32 %784, 0
  br i1 %785, label %then125, label %else126

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
  %786 = load i64, i64* %lowStart, align 8
  %787 = getelementptr i64, i64* %regs, i64 6
  store i64 %786, i64* %787, align 8
  %788 = load i64, i64* %lowEnd, align 8
  %789 = getelementptr i64, i64* %regs, i64 7
  store i64 %788, i64* %789, align 8
  %790 = load i64, i64* %highEnd, align 8
  %791 = getelementptr i64, i64* %regs, i64 8
  store i64 %790, i64* %791, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 18)
  unreachable

dead129:                                          ; No predecessors!
  br label %match39

write.low130:                                     ; preds = %e27
  %792 = load i64, i64* %lowStart, align 8
  %793 = icmp uge i64 %563, %792
  %794 = load i64, i64* %lowEnd, align 8
  %795 = icmp ule i64 %564, %794
  %796 = and i1 %793, %795
  br i1 %796, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %797 = icmp ugt i64 %564, %arena_size
  br i1 %797, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %e27
  %798 = getelementptr i8, i8* %mem, i64 %563
  store i64 %561, i64* %unaligned134, align 8
  %799 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %798, i8* %799, i64 8, i1 false)
  %800 = load i64, i64* %x, align 8
  br i1 false, label %trap1.site20, label %ok135

ok133:                                            ; preds = %write.slow131
  %801 = icmp ult i64 %563, %scratch_start
  %802 = load i64, i64* %lowStart, align 8
  %803 = call i64 @llvm.umin.i64(i64 %802, i64 %563)
  %804 = load i64, i64* %lowEnd, align 8
  %805 = load i64, i64* %highEnd, align 8
  %806 = add i64 %564, 64
  %807 = sub i64 %564, %803
  %808 = lshr i64 %807, 4
  %809 = add i64 %806, %808
  %810 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %809)
  %811 = call i64 @llvm.umax.i64(i64 %804, i64 %810)
  %812 = select i1 %801, i64 %811, i64 %804
  store i64 %812, i64* %lowEnd, align 8
  %813 = add i64 %564, 64
  %814 = sub i64 %564, %scratch_start
  %815 = lshr i64 %814, 4
  %816 = add i64 %813, %815
  %817 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %816)
  %818 = call i64 @llvm.umax.i64(i64 %805, i64 %817)
  %819 = select i1 %801, i64 %805, i64 %818
  store i64 %819, i64* %highEnd, align 8
  store i64 %803, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %820 = icmp eq i64 %800, -9223372036854775808
  %821 = and i1 %820, false
  br i1 %821, label %trap2.site20, label %ok136

trap1.site20:                                     ; preds = %write.ok132
  %822 = load i64, i64* %lowStart, align 8
  %823 = getelementptr i64, i64* %regs, i64 6
  store i64 %822, i64* %823, align 8
  %824 = load i64, i64* %lowEnd, align 8
  %825 = getelementptr i64, i64* %regs, i64 7
  store i64 %824, i64* %825, align 8
  %826 = load i64, i64* %highEnd, align 8
  %827 = getelementptr i64, i64* %regs, i64 8
  store i64 %826, i64* %827, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 20)
  unreachable

ok136:                                            ; preds = %ok135
  %828 = srem i64 %800, 2
  %829 = icmp eq i64 %828, 0
  %830 = zext i1 %829 to i32
  %831 = icmp ne i32 %830, 0
  br i1 %831, label %then137, label %else138

trap2.site20:                                     ; preds = %ok135
  %832 = load i64, i64* %lowStart, align 8
  %833 = getelementptr i64, i64* %regs, i64 6
  store i64 %832, i64* %833, align 8
  %834 = load i64, i64* %lowEnd, align 8
  %835 = getelementptr i64, i64* %regs, i64 7
  store i64 %834, i64* %835, align 8
  %836 = load i64, i64* %highEnd, align 8
  %837 = getelementptr i64, i64* %regs, i64 8
  store i64 %836, i64* %837, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

then137:                                          ; preds = %ok136
  %838 = load i64, i64* %x, align 8
  store i64 %838, i64* %c.4, align 8
  %839 = getelementptr i64, i64* %regs, i64 1
  %840 = getelementptr i64, i64* %regs, i64 2
  %841 = load i64, i64* %839, align 8
  %842 = add i64 %841, 7
  %843 = and i64 %842, -8
  %844 = add i64 %843, 16
  %845 = load i64, i64* %840, align 8
  %846 = icmp ugt i64 %844, %845
  br i1 %846, label %trap15.site21, label %ok142

else138:                                          ; preds = %ok136
  store i32 48, i32* %c.5, align 4
  %847 = getelementptr i64, i64* %regs, i64 1
  %848 = getelementptr i64, i64* %regs, i64 2
  %849 = load i64, i64* %847, align 8
  %850 = add i64 %849, 7
  %851 = and i64 %850, -8
  %852 = add i64 %851, 8
  %853 = load i64, i64* %848, align 8
  %854 = icmp ugt i64 %852, %853
  br i1 %854, label %trap15.site22, label %ok153

join139:                                          ; preds = %e50, %e48
  %855 = load i32, i32* %result140, align 4
  store i32 %855, i32* %raw, align 4
  %856 = load i32, i32* %dict, align 4
  %857 = load i32, i32* %raw, align 4
  %858 = zext i32 %856 to i64
  %859 = add i64 %858, 24
  %860 = add i64 %859, 4
  %861 = icmp uge i64 %859, %scratch_start
  %862 = load i64, i64* %highEnd, align 8
  %863 = icmp ule i64 %860, %862
  %864 = and i1 %861, %863
  br i1 %864, label %write.ok165, label %write.low163

e48:                                              ; preds = %write.ok149
  %865 = load i32, i32* %result141, align 4
  store i32 %865, i32* %result140, align 4
  br label %join139

ok142:                                            ; preds = %then137
  store i64 %844, i64* %839, align 8
  %866 = load i64, i64* %highEnd, align 8
  %867 = call i64 @llvm.umax.i64(i64 %866, i64 %844)
  store i64 %867, i64* %highEnd, align 8
  %868 = trunc i64 %843 to i32
  store i32 %868, i32* %obj.4, align 4
  %869 = load i32, i32* %obj.4, align 4
  %870 = zext i32 %869 to i64
  %871 = add i64 %870, 1
  %872 = icmp uge i64 %870, %scratch_start
  %873 = load i64, i64* %highEnd, align 8
  %874 = icmp ule i64 %871, %873
  %875 = and i1 %872, %874
  br i1 %875, label %write.ok145, label %write.low143

trap15.site21:                                    ; preds = %then137
  %876 = load i64, i64* %lowStart, align 8
  %877 = getelementptr i64, i64* %regs, i64 6
  store i64 %876, i64* %877, align 8
  %878 = load i64, i64* %lowEnd, align 8
  %879 = getelementptr i64, i64* %regs, i64 7
  store i64 %878, i64* %879, align 8
  %880 = load i64, i64* %highEnd, align 8
  %881 = getelementptr i64, i64* %regs, i64 8
  store i64 %880, i64* %881, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

write.low143:                                     ; preds = %ok142
  %882 = load i64, i64* %lowStart, align 8
  %883 = icmp uge i64 %870, %882
  %884 = load i64, i64* %lowEnd, align 8
  %885 = icmp ule i64 %871, %884
  %886 = and i1 %883, %885
  br i1 %886, label %write.ok145, label %write.slow144

write.slow144:                                    ; preds = %write.low143
  %887 = icmp ugt i64 %871, %arena_size
  br i1 %887, label %trap17.site0, label %ok146

write.ok145:                                      ; preds = %ok146, %write.low143, %ok142
  %888 = getelementptr i8, i8* %mem, i64 %870
  store i8 0, i8* %888, align 1
  %889 = load i32, i32* %obj.4, align 4
  %890 = load i64, i64* %c.4, align 8
  %891 = zext i32 %889 to i64
  %892 = add i64 %891, 8
  %893 = add i64 %892, 8
  %894 = icmp uge i64 %892, %scratch_start
  %895 = load i64, i64* %highEnd, align 8
  %896 = icmp ule i64 %893, %895
  %897 = and i1 %894, %896
  br i1 %897, label %write.ok149, label %write.low147

ok146:                                            ; preds = %write.slow144
  %898 = icmp ult i64 %870, %scratch_start
  %899 = load i64, i64* %lowStart, align 8
  %900 = call i64 @llvm.umin.i64(i64 %899, i64 %870)
  %901 = load i64, i64* %lowEnd, align 8
  %902 = load i64, i64* %highEnd, align 8
  %903 = add i64 %871, 64
  %904 = sub i64 %871, %900
  %905 = lshr i64 %904, 4
  %906 = add i64 %903, %905
  %907 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %906)
  %908 = call i64 @llvm.umax.i64(i64 %901, i64 %907)
  %909 = select i1 %898, i64 %908, i64 %901
  store i64 %909, i64* %lowEnd, align 8
  %910 = add i64 %871, 64
  %911 = sub i64 %871, %scratch_start
  %912 = lshr i64 %911, 4
  %913 = add i64 %910, %912
  %914 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %913)
  %915 = call i64 @llvm.umax.i64(i64 %902, i64 %914)
  %916 = select i1 %898, i64 %902, i64 %915
  store i64 %916, i64* %highEnd, align 8
  store i64 %900, i64* %lowStart, align 8
  br label %write.ok145

write.low147:                                     ; preds = %write.ok145
  %917 = load i64, i64* %lowStart, align 8
  %918 = icmp uge i64 %892, %917
  %919 = load i64, i64* %lowEnd, align 8
  %920 = icmp ule i64 %893, %919
  %921 = and i1 %918, %920
  br i1 %921, label %write.ok149, label %write.slow148

write.slow148:                                    ; preds = %write.low147
  %922 = icmp ugt i64 %893, %arena_size
  br i1 %922, label %trap17.site0, label %ok150

write.ok149:                                      ; preds = %ok150, %write.low147, %write.ok145
  %923 = getelementptr i8, i8* %mem, i64 %892
  store i64 %890, i64* %unaligned151, align 8
  %924 = bitcast i64* %unaligned151 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %923, i8* %924, i64 8, i1 false)
  %925 = load i32, i32* %obj.4, align 4
  store i32 %925, i32* %result141, align 4
  br label %e48

ok150:                                            ; preds = %write.slow148
  %926 = icmp ult i64 %892, %scratch_start
  %927 = load i64, i64* %lowStart, align 8
  %928 = call i64 @llvm.umin.i64(i64 %927, i64 %892)
  %929 = load i64, i64* %lowEnd, align 8
  %930 = load i64, i64* %highEnd, align 8
  %931 = add i64 %893, 64
  %932 = sub i64 %893, %928
  %933 = lshr i64 %932, 4
  %934 = add i64 %931, %933
  %935 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %934)
  %936 = call i64 @llvm.umax.i64(i64 %929, i64 %935)
  %937 = select i1 %926, i64 %936, i64 %929
  store i64 %937, i64* %lowEnd, align 8
  %938 = add i64 %893, 64
  %939 = sub i64 %893, %scratch_start
  %940 = lshr i64 %939, 4
  %941 = add i64 %938, %940
  %942 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %941)
  %943 = call i64 @llvm.umax.i64(i64 %930, i64 %942)
  %944 = select i1 %926, i64 %930, i64 %943
  store i64 %944, i64* %highEnd, align 8
  store i64 %928, i64* %lowStart, align 8
  br label %write.ok149

e50:                                              ; preds = %write.ok160
  %945 = load i32, i32* %result152, align 4
  store i32 %945, i32* %result140, align 4
  br label %join139

ok153:                                            ; preds = %else138
  store i64 %852, i64* %847, align 8
  %946 = load i64, i64* %highEnd, align 8
  %947 = call i64 @llvm.umax.i64(i64 %946, i64 %852)
  store i64 %947, i64* %highEnd, align 8
  %948 = trunc i64 %851 to i32
  store i32 %948, i32* %obj.5, align 4
  %949 = load i32, i32* %obj.5, align 4
  %950 = zext i32 %949 to i64
  %951 = add i64 %950, 1
  %952 = icmp uge i64 %950, %scratch_start
  %953 = load i64, i64* %highEnd, align 8
  %954 = icmp ule i64 %951, %953
  %955 = and i1 %952, %954
  br i1 %955, label %write.ok156, label %write.low154

trap15.site22:                                    ; preds = %else138
  %956 = load i64, i64* %lowStart, align 8
  %957 = getelementptr i64, i64* %regs, i64 6
  store i64 %956, i64* %957, align 8
  %958 = load i64, i64* %lowEnd, align 8
  %959 = getelementptr i64, i64* %regs, i64 7
  store i64 %958, i64* %959, align 8
  %960 = load i64, i64* %highEnd, align 8
  %961 = getelementptr i64, i64* %regs, i64 8
  store i64 %960, i64* %961, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

write.low154:                                     ; preds = %ok153
  %962 = load i64, i64* %lowStart, align 8
  %963 = icmp uge i64 %950, %962
  %964 = load i64, i64* %lowEnd, align 8
  %965 = icmp ule i64 %951, %964
  %966 = and i1 %963, %965
  br i1 %966, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %967 = icmp ugt i64 %951, %arena_size
  br i1 %967, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %ok153
  %968 = getelementptr i8, i8* %mem, i64 %950
  store i8 1, i8* %968, align 1
  %969 = load i32, i32* %obj.5, align 4
  %970 = load i32, i32* %c.5, align 4
  %971 = zext i32 %969 to i64
  %972 = add i64 %971, 4
  %973 = add i64 %972, 4
  %974 = icmp uge i64 %972, %scratch_start
  %975 = load i64, i64* %highEnd, align 8
  %976 = icmp ule i64 %973, %975
  %977 = and i1 %974, %976
  br i1 %977, label %write.ok160, label %write.low158

ok157:                                            ; preds = %write.slow155
  %978 = icmp ult i64 %950, %scratch_start
  %979 = load i64, i64* %lowStart, align 8
  %980 = call i64 @llvm.umin.i64(i64 %979, i64 %950)
  %981 = load i64, i64* %lowEnd, align 8
  %982 = load i64, i64* %highEnd, align 8
  %983 = add i64 %951, 64
  %984 = sub i64 %951, %980
  %985 = lshr i64 %984, 4
  %986 = add i64 %983, %985
  %987 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %986)
  %988 = call i64 @llvm.umax.i64(i64 %981, i64 %987)
  %989 = select i1 %978, i64 %988, i64 %981
  store i64 %989, i64* %lowEnd, align 8
  %990 = add i64 %951, 64
  %991 = sub i64 %951, %scratch_start
  %992 = lshr i64 %991, 4
  %993 = add i64 %990, %992
  %994 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %993)
  %995 = call i64 @llvm.umax.i64(i64 %982, i64 %994)
  %996 = select i1 %978, i64 %982, i64 %995
  store i64 %996, i64* %highEnd, align 8
  store i64 %980, i64* %lowStart, align 8
  br label %write.ok156

write.low158:                                     ; preds = %write.ok156
  %997 = load i64, i64* %lowStart, align 8
  %998 = icmp uge i64 %972, %997
  %999 = load i64, i64* %lowEnd, align 8
  %1000 = icmp ule i64 %973, %999
  %1001 = and i1 %998, %1000
  br i1 %1001, label %write.ok160, label %write.slow159

write.slow159:                                    ; preds = %write.low158
  %1002 = icmp ugt i64 %973, %arena_size
  br i1 %1002, label %trap17.site0, label %ok161

write.ok160:                                      ; preds = %ok161, %write.low158, %write.ok156
  %1003 = getelementptr i8, i8* %mem, i64 %972
  store i32 %970, i32* %unaligned162, align 4
  %1004 = bitcast i32* %unaligned162 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1003, i8* %1004, i64 4, i1 false)
  %1005 = load i32, i32* %obj.5, align 4
  store i32 %1005, i32* %result152, align 4
  br label %e50

ok161:                                            ; preds = %write.slow159
  %1006 = icmp ult i64 %972, %scratch_start
  %1007 = load i64, i64* %lowStart, align 8
  %1008 = call i64 @llvm.umin.i64(i64 %1007, i64 %972)
  %1009 = load i64, i64* %lowEnd, align 8
  %1010 = load i64, i64* %highEnd, align 8
  %1011 = add i64 %973, 64
  %1012 = sub i64 %973, %1008
  %1013 = lshr i64 %1012, 4
  %1014 = add i64 %1011, %1013
  %1015 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1014)
  %1016 = call i64 @llvm.umax.i64(i64 %1009, i64 %1015)
  %1017 = select i1 %1006, i64 %1016, i64 %1009
  store i64 %1017, i64* %lowEnd, align 8
  %1018 = add i64 %973, 64
  %1019 = sub i64 %973, %scratch_start
  %1020 = lshr i64 %1019, 4
  %1021 = add i64 %1018, %1020
  %1022 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1021)
  %1023 = call i64 @llvm.umax.i64(i64 %1010, i64 %1022)
  %1024 = select i1 %1006, i64 %1010, i64 %1023
  store i64 %1024, i64* %highEnd, align 8
  store i64 %1008, i64* %lowStart, align 8
  br label %write.ok160

write.low163:                                     ; preds = %join139
  %1025 = load i64, i64* %lowStart, align 8
  %1026 = icmp uge i64 %859, %1025
  %1027 = load i64, i64* %lowEnd, align 8
  %1028 = icmp ule i64 %860, %1027
  %1029 = and i1 %1026, %1028
  br i1 %1029, label %write.ok165, label %write.slow164

write.slow164:                                    ; preds = %write.low163
  %1030 = icmp ugt i64 %860, %arena_size
  br i1 %1030, label %trap17.site0, label %ok166

write.ok165:                                      ; preds = %ok166, %write.low163, %join139
  %1031 = getelementptr i8, i8* %mem, i64 %859
  store i32 %857, i32* %unaligned167, align 4
  %1032 = bitcast i32* %unaligned167 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1031, i8* %1032, i64 4, i1 false)
  %1033 = load i32, i32* %maybe, align 4
  store i32 %1033, i32* %xs, align 4
  %1034 = load i32, i32* %xs, align 4
  %1035 = zext i32 %1034 to i64
  %1036 = add i64 %1035, 4
  %1037 = icmp ugt i64 %1036, %arena_size
  br i1 %1037, label %trap17.site0, label %ok169

ok166:                                            ; preds = %write.slow164
  %1038 = icmp ult i64 %859, %scratch_start
  %1039 = load i64, i64* %lowStart, align 8
  %1040 = call i64 @llvm.umin.i64(i64 %1039, i64 %859)
  %1041 = load i64, i64* %lowEnd, align 8
  %1042 = load i64, i64* %highEnd, align 8
  %1043 = add i64 %860, 64
  %1044 = sub i64 %860, %1040
  %1045 = lshr i64 %1044, 4
  %1046 = add i64 %1043, %1045
  %1047 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1046)
  %1048 = call i64 @llvm.umax.i64(i64 %1041, i64 %1047)
  %1049 = select i1 %1038, i64 %1048, i64 %1041
  store i64 %1049, i64* %lowEnd, align 8
  %1050 = add i64 %860, 64
  %1051 = sub i64 %860, %scratch_start
  %1052 = lshr i64 %1051, 4
  %1053 = add i64 %1050, %1052
  %1054 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1053)
  %1055 = call i64 @llvm.umax.i64(i64 %1042, i64 %1054)
  %1056 = select i1 %1038, i64 %1042, i64 %1055
  store i64 %1056, i64* %highEnd, align 8
  store i64 %1040, i64* %lowStart, align 8
  br label %write.ok165

e52:                                              ; preds = %write.ok199
  %1057 = load i32, i32* %result168, align 4
  store i32 %1057, i32* %present, align 4
  %1058 = load i32, i32* %dict, align 4
  %1059 = load i32, i32* %present, align 4
  %1060 = zext i32 %1058 to i64
  %1061 = add i64 %1060, 28
  %1062 = add i64 %1061, 4
  %1063 = icmp uge i64 %1061, %scratch_start
  %1064 = load i64, i64* %highEnd, align 8
  %1065 = icmp ule i64 %1062, %1064
  %1066 = and i1 %1063, %1065
  br i1 %1066, label %write.ok204, label %write.low202

ok169:                                            ; preds = %write.ok165
  %1067 = getelementptr i8, i8* %mem, i64 %1035
  %1068 = bitcast i32* %unaligned170 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1068, i8* %1067, i64 4, i1 false)
  %1069 = load i32, i32* %unaligned170, align 4
  %1070 = zext i32 %1069 to i64
  %1071 = mul i64 %1070, 1
  %1072 = add i64 4, %1071
  store i64 %1072, i64* %size.1, align 8
  %1073 = load i64, i64* %size.1, align 8
  %1074 = icmp ugt i64 %1073, 2147483647
  %1075 = zext i1 %1074 to i32
  %1076 = icmp ne i32 %1075, 0
  br i1 %1076, label %then171, label %else172

then171:                                          ; preds = %ok169
  br label %trap15.site23

else172:                                          ; preds = %ok169
  br label %join173

join173:                                          ; preds = %else172, %dead174
  %1077 = load i64, i64* %size.1, align 8
  %1078 = trunc i64 %1077 to i32
  %1079 = zext i32 %1078 to i64
  %1080 = getelementptr i64, i64* %regs, i64 1
  %1081 = getelementptr i64, i64* %regs, i64 2
  %1082 = load i64, i64* %1080, align 8
  %1083 = add i64 %1082, 3
  %1084 = and i64 %1083, -4
  %1085 = add i64 %1084, %1079
  %1086 = load i64, i64* %1081, align 8
  %1087 = icmp ugt i64 %1085, %1086
  br i1 %1087, label %trap15.site23, label %ok175

trap15.site23:                                    ; preds = %join173, %then171
  %1088 = load i64, i64* %lowStart, align 8
  %1089 = getelementptr i64, i64* %regs, i64 6
  store i64 %1088, i64* %1089, align 8
  %1090 = load i64, i64* %lowEnd, align 8
  %1091 = getelementptr i64, i64* %regs, i64 7
  store i64 %1090, i64* %1091, align 8
  %1092 = load i64, i64* %highEnd, align 8
  %1093 = getelementptr i64, i64* %regs, i64 8
  store i64 %1092, i64* %1093, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead174:                                          ; No predecessors!
  br label %join173

ok175:                                            ; preds = %join173
  store i64 %1085, i64* %1080, align 8
  %1094 = load i64, i64* %highEnd, align 8
  %1095 = call i64 @llvm.umax.i64(i64 %1094, i64 %1085)
  store i64 %1095, i64* %highEnd, align 8
  %1096 = trunc i64 %1084 to i32
  store i32 %1096, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %1097 = load i32, i32* %xs, align 4
  %1098 = zext i32 %1097 to i64
  %1099 = add i64 %1098, 4
  %1100 = icmp ugt i64 %1099, %arena_size
  br i1 %1100, label %trap17.site0, label %ok176

ok176:                                            ; preds = %ok175
  %1101 = getelementptr i8, i8* %mem, i64 %1098
  %1102 = bitcast i32* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1102, i8* %1101, i64 4, i1 false)
  %1103 = load i32, i32* %unaligned177, align 4
  store i32 %1103, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each55

block54:                                          ; preds = %dead196, %ok178
  %1104 = load i32, i32* %list.1, align 4
  %1105 = load i32, i32* %len.1, align 4
  %1106 = zext i32 %1104 to i64
  %1107 = add i64 %1106, 4
  %1108 = icmp uge i64 %1106, %scratch_start
  %1109 = load i64, i64* %highEnd, align 8
  %1110 = icmp ule i64 %1107, %1109
  %1111 = and i1 %1108, %1110
  br i1 %1111, label %write.ok199, label %write.low197

each55:                                           ; preds = %write.ok194, %ok176
  %1112 = load i64, i64* %fuel, align 8
  %1113 = icmp ult i64 %1112, 1
  br i1 %1113, label %trap14.site0, label %ok178

ok178:                                            ; preds = %each55
  %1114 = sub i64 %1112, 1
  store i64 %1114, i64* %fuel, align 8
  %1115 = load i32, i32* %k, align 4
  %1116 = load i32, i32* %n, align 4
  %1117 = icmp uge i32 %1115, %1116
  %1118 = zext i1 %1117 to i32
  %1119 = icmp ne i32 %1118, 0
  br i1 %1119, label %block54, label %cont

cont:                                             ; preds = %ok178
  %1120 = load i32, i32* %xs, align 4
  %1121 = load i32, i32* %k, align 4
  %1122 = mul i32 %1121, 4
  %1123 = add i32 %1120, %1122
  %1124 = zext i32 %1123 to i64
  %1125 = add i64 %1124, 4
  %1126 = add i64 %1125, 4
  %1127 = icmp ugt i64 %1126, %arena_size
  br i1 %1127, label %trap17.site0, label %ok179

ok179:                                            ; preds = %cont
  %1128 = getelementptr i8, i8* %mem, i64 %1125
  %1129 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1129, i8* %1128, i64 4, i1 false)
  %1130 = load i32, i32* %unaligned180, align 4
  store i32 %1130, i32* %x.1, align 4
  %1131 = load i32, i32* %x.1, align 4
  store i32 %1131, i32* %o, align 4
  %1132 = load i32, i32* %list.1, align 4
  %1133 = load i32, i32* %len.1, align 4
  %1134 = mul i32 %1133, 1
  %1135 = add i32 %1132, %1134
  %1136 = load i32, i32* %o, align 4
  store i32 %1136, i32* %scrut.3, align 4
  %1137 = load i32, i32* %scrut.3, align 4
  %1138 = icmp ne i32 %1137, 0
  %1139 = zext i1 %1138 to i32
  %1140 = icmp ne i32 %1139, 0
  br i1 %1140, label %then183, label %else184

e56:                                              ; preds = %match58
  %1141 = load i32, i32* %result181, align 4
  %1142 = zext i32 %1135 to i64
  %1143 = add i64 %1142, 4
  %1144 = add i64 %1143, 1
  %1145 = icmp uge i64 %1143, %scratch_start
  %1146 = load i64, i64* %highEnd, align 8
  %1147 = icmp ule i64 %1144, %1146
  %1148 = and i1 %1145, %1147
  br i1 %1148, label %write.ok194, label %write.low192

match58:                                          ; preds = %dead191, %then187, %then183
  %1149 = load i32, i32* %result182, align 4
  store i32 %1149, i32* %result181, align 4
  br label %e56

then183:                                          ; preds = %ok179
  store i32 1, i32* %result182, align 4
  br label %match58

else184:                                          ; preds = %ok179
  br label %join185

join185:                                          ; preds = %else184, %dead186
  %1150 = load i32, i32* %scrut.3, align 4
  %1151 = icmp eq i32 %1150, 0
  %1152 = zext i1 %1151 to i32
  %1153 = icmp ne i32 %1152, 0
  br i1 %1153, label %then187, label %else188

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
  %1154 = load i64, i64* %lowStart, align 8
  %1155 = getelementptr i64, i64* %regs, i64 6
  store i64 %1154, i64* %1155, align 8
  %1156 = load i64, i64* %lowEnd, align 8
  %1157 = getelementptr i64, i64* %regs, i64 7
  store i64 %1156, i64* %1157, align 8
  %1158 = load i64, i64* %highEnd, align 8
  %1159 = getelementptr i64, i64* %regs, i64 8
  store i64 %1158, i64* %1159, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 24)
  unreachable

dead191:                                          ; No predecessors!
  br label %match58

write.low192:                                     ; preds = %e56
  %1160 = load i64, i64* %lowStart, align 8
  %1161 = icmp uge i64 %1143, %1160
  %1162 = load i64, i64* %lowEnd, align 8
  %1163 = icmp ule i64 %1144, %1162
  %1164 = and i1 %1161, %1163
  br i1 %1164, label %write.ok194, label %write.slow193

write.slow193:                                    ; preds = %write.low192
  %1165 = icmp ugt i64 %1144, %arena_size
  br i1 %1165, label %trap17.site0, label %ok195

write.ok194:                                      ; preds = %ok195, %write.low192, %e56
  %1166 = getelementptr i8, i8* %mem, i64 %1143
  %1167 = trunc i32 %1141 to i8
  store i8 %1167, i8* %1166, align 1
  %1168 = load i32, i32* %len.1, align 4
  %1169 = add i32 %1168, 1
  store i32 %1169, i32* %len.1, align 4
  %1170 = load i32, i32* %k, align 4
  %1171 = add i32 %1170, 1
  store i32 %1171, i32* %k, align 4
  br label %each55

ok195:                                            ; preds = %write.slow193
  %1172 = icmp ult i64 %1143, %scratch_start
  %1173 = load i64, i64* %lowStart, align 8
  %1174 = call i64 @llvm.umin.i64(i64 %1173, i64 %1143)
  %1175 = load i64, i64* %lowEnd, align 8
  %1176 = load i64, i64* %highEnd, align 8
  %1177 = add i64 %1144, 64
  %1178 = sub i64 %1144, %1174
  %1179 = lshr i64 %1178, 4
  %1180 = add i64 %1177, %1179
  %1181 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1180)
  %1182 = call i64 @llvm.umax.i64(i64 %1175, i64 %1181)
  %1183 = select i1 %1172, i64 %1182, i64 %1175
  store i64 %1183, i64* %lowEnd, align 8
  %1184 = add i64 %1144, 64
  %1185 = sub i64 %1144, %scratch_start
  %1186 = lshr i64 %1185, 4
  %1187 = add i64 %1184, %1186
  %1188 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1187)
  %1189 = call i64 @llvm.umax.i64(i64 %1176, i64 %1188)
  %1190 = select i1 %1172, i64 %1176, i64 %1189
  store i64 %1190, i64* %highEnd, align 8
  store i64 %1174, i64* %lowStart, align 8
  br label %write.ok194

dead196:                                          ; No predecessors!
  br label %block54

write.low197:                                     ; preds = %block54
  %1191 = load i64, i64* %lowStart, align 8
  %1192 = icmp uge i64 %1106, %1191
  %1193 = load i64, i64* %lowEnd, align 8
  %1194 = icmp ule i64 %1107, %1193
  %1195 = and i1 %1192, %1194
  br i1 %1195, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1196 = icmp ugt i64 %1107, %arena_size
  br i1 %1196, label %trap17.site0, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %block54
  %1197 = getelementptr i8, i8* %mem, i64 %1106
  store i32 %1105, i32* %unaligned201, align 4
  %1198 = bitcast i32* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1197, i8* %1198, i64 4, i1 false)
  %1199 = load i32, i32* %list.1, align 4
  store i32 %1199, i32* %result168, align 4
  br label %e52

ok200:                                            ; preds = %write.slow198
  %1200 = icmp ult i64 %1106, %scratch_start
  %1201 = load i64, i64* %lowStart, align 8
  %1202 = call i64 @llvm.umin.i64(i64 %1201, i64 %1106)
  %1203 = load i64, i64* %lowEnd, align 8
  %1204 = load i64, i64* %highEnd, align 8
  %1205 = add i64 %1107, 64
  %1206 = sub i64 %1107, %1202
  %1207 = lshr i64 %1206, 4
  %1208 = add i64 %1205, %1207
  %1209 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1208)
  %1210 = call i64 @llvm.umax.i64(i64 %1203, i64 %1209)
  %1211 = select i1 %1200, i64 %1210, i64 %1203
  store i64 %1211, i64* %lowEnd, align 8
  %1212 = add i64 %1107, 64
  %1213 = sub i64 %1107, %scratch_start
  %1214 = lshr i64 %1213, 4
  %1215 = add i64 %1212, %1214
  %1216 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1215)
  %1217 = call i64 @llvm.umax.i64(i64 %1204, i64 %1216)
  %1218 = select i1 %1200, i64 %1204, i64 %1217
  store i64 %1218, i64* %highEnd, align 8
  store i64 %1202, i64* %lowStart, align 8
  br label %write.ok199

write.low202:                                     ; preds = %e52
  %1219 = load i64, i64* %lowStart, align 8
  %1220 = icmp uge i64 %1061, %1219
  %1221 = load i64, i64* %lowEnd, align 8
  %1222 = icmp ule i64 %1062, %1221
  %1223 = and i1 %1220, %1222
  br i1 %1223, label %write.ok204, label %write.slow203

write.slow203:                                    ; preds = %write.low202
  %1224 = icmp ugt i64 %1062, %arena_size
  br i1 %1224, label %trap17.site0, label %ok205

write.ok204:                                      ; preds = %ok205, %write.low202, %e52
  %1225 = getelementptr i8, i8* %mem, i64 %1061
  store i32 %1059, i32* %unaligned206, align 4
  %1226 = bitcast i32* %unaligned206 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1225, i8* %1226, i64 4, i1 false)
  %1227 = load i32, i32* %dict, align 4
  store i32 %1227, i32* %result7, align 4
  br label %e0

ok205:                                            ; preds = %write.slow203
  %1228 = icmp ult i64 %1061, %scratch_start
  %1229 = load i64, i64* %lowStart, align 8
  %1230 = call i64 @llvm.umin.i64(i64 %1229, i64 %1061)
  %1231 = load i64, i64* %lowEnd, align 8
  %1232 = load i64, i64* %highEnd, align 8
  %1233 = add i64 %1062, 64
  %1234 = sub i64 %1062, %1230
  %1235 = lshr i64 %1234, 4
  %1236 = add i64 %1233, %1235
  %1237 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1236)
  %1238 = call i64 @llvm.umax.i64(i64 %1231, i64 %1237)
  %1239 = select i1 %1228, i64 %1238, i64 %1231
  store i64 %1239, i64* %lowEnd, align 8
  %1240 = add i64 %1062, 64
  %1241 = sub i64 %1062, %scratch_start
  %1242 = lshr i64 %1241, 4
  %1243 = add i64 %1240, %1242
  %1244 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1243)
  %1245 = call i64 @llvm.umax.i64(i64 %1232, i64 %1244)
  %1246 = select i1 %1228, i64 %1232, i64 %1245
  store i64 %1246, i64* %highEnd, align 8
  store i64 %1230, i64* %lowStart, align 8
  br label %write.ok204

ok207:                                            ; preds = %e0
  %1247 = icmp ult i64 %10, %stack_limit
  br i1 %1247, label %trap253.site0, label %stack_ok208

trap15.site0:                                     ; preds = %e0
  %1248 = load i64, i64* %lowStart, align 8
  %1249 = getelementptr i64, i64* %regs, i64 6
  store i64 %1248, i64* %1249, align 8
  %1250 = load i64, i64* %lowEnd, align 8
  %1251 = getelementptr i64, i64* %regs, i64 7
  store i64 %1250, i64* %1251, align 8
  %1252 = load i64, i64* %highEnd, align 8
  %1253 = getelementptr i64, i64* %regs, i64 8
  store i64 %1252, i64* %1253, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok208:                                      ; preds = %ok207
  %1254 = load i64, i64* %fuel, align 8
  %1255 = getelementptr i64, i64* %regs, i64 0
  store i64 %1254, i64* %1255, align 8
  %1256 = load i64, i64* %lowStart, align 8
  %1257 = getelementptr i64, i64* %regs, i64 6
  store i64 %1256, i64* %1257, align 8
  %1258 = load i64, i64* %lowEnd, align 8
  %1259 = getelementptr i64, i64* %regs, i64 7
  store i64 %1258, i64* %1259, align 8
  %1260 = load i64, i64* %highEnd, align 8
  %1261 = getelementptr i64, i64* %regs, i64 8
  store i64 %1260, i64* %1261, align 8
  %1262 = add i32 %depth, 1
  %1263 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1262, i32 %97, i32 %98, i32 0)
  %1264 = getelementptr i64, i64* %regs, i64 0
  %1265 = load i64, i64* %1264, align 8
  store i64 %1265, i64* %fuel, align 8
  %1266 = getelementptr i64, i64* %regs, i64 6
  %1267 = load i64, i64* %1266, align 8
  store i64 %1267, i64* %lowStart, align 8
  %1268 = getelementptr i64, i64* %regs, i64 7
  %1269 = load i64, i64* %1268, align 8
  store i64 %1269, i64* %lowEnd, align 8
  %1270 = getelementptr i64, i64* %regs, i64 8
  %1271 = load i64, i64* %1270, align 8
  store i64 %1271, i64* %highEnd, align 8
  store i32 %1263, i32* %json_end, align 4
  %1272 = load i32, i32* %json_end, align 4
  %1273 = icmp eq i32 %1272, -2
  %1274 = zext i1 %1273 to i32
  %1275 = icmp ne i32 %1274, 0
  br i1 %1275, label %then209, label %else210

then209:                                          ; preds = %stack_ok208
  br label %trap16.site5

else210:                                          ; preds = %stack_ok208
  br label %join211

join211:                                          ; preds = %else210, %dead212
  %1276 = load i32, i32* %json_end, align 4
  %1277 = icmp eq i32 %1276, -1
  %1278 = zext i1 %1277 to i32
  %1279 = icmp ne i32 %1278, 0
  br i1 %1279, label %then213, label %else214

trap16.site5:                                     ; preds = %then209
  %1280 = load i64, i64* %lowStart, align 8
  %1281 = getelementptr i64, i64* %regs, i64 6
  store i64 %1280, i64* %1281, align 8
  %1282 = load i64, i64* %lowEnd, align 8
  %1283 = getelementptr i64, i64* %regs, i64 7
  store i64 %1282, i64* %1283, align 8
  %1284 = load i64, i64* %highEnd, align 8
  %1285 = getelementptr i64, i64* %regs, i64 8
  store i64 %1284, i64* %1285, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead212:                                          ; No predecessors!
  br label %join211

then213:                                          ; preds = %join211
  br label %trap15.site5

else214:                                          ; preds = %join211
  br label %join215

join215:                                          ; preds = %else214, %dead216
  %1286 = load i32, i32* %json_end, align 4
  %1287 = zext i32 %1286 to i64
  %1288 = getelementptr i64, i64* %regs, i64 3
  store i64 %1287, i64* %1288, align 8
  %1289 = load i32, i32* %json_end, align 4
  %1290 = load i32, i32* %json_start, align 4
  %1291 = sub i32 %1289, %1290
  %1292 = load i64, i64* %fuel, align 8
  %1293 = getelementptr i64, i64* %regs, i64 0
  store i64 %1292, i64* %1293, align 8
  %1294 = load i64, i64* %lowStart, align 8
  %1295 = getelementptr i64, i64* %regs, i64 6
  store i64 %1294, i64* %1295, align 8
  %1296 = load i64, i64* %lowEnd, align 8
  %1297 = getelementptr i64, i64* %regs, i64 7
  store i64 %1296, i64* %1297, align 8
  %1298 = load i64, i64* %highEnd, align 8
  %1299 = getelementptr i64, i64* %regs, i64 8
  store i64 %1298, i64* %1299, align 8
  ret i32 %1291

dead216:                                          ; No predecessors!
  br label %join215
}
