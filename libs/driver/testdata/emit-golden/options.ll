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
  %755 = load i64, i64* %lowEnd, align 8
  %756 = load i64, i64* %highEnd, align 8
  %757 = call i64 @llvm.umax.i64(i64 %755, i64 %726)
  %758 = select i1 %754, i64 %757, i64 %755
  store i64 %758, i64* %lowEnd, align 8
  %759 = call i64 @llvm.umax.i64(i64 %756, i64 %726)
  %760 = select i1 %754, i64 %756, i64 %759
  store i64 %760, i64* %highEnd, align 8
  %761 = load i64, i64* %lowStart, align 8
  %762 = call i64 @llvm.umin.i64(i64 %761, i64 %725)
  store i64 %762, i64* %lowStart, align 8
  br label %write.ok

write.low148:                                     ; preds = %write.ok
  %763 = load i64, i64* %lowStart, align 8
  %764 = icmp uge i64 %748, %763
  %765 = load i64, i64* %lowEnd, align 8
  %766 = icmp ule i64 %749, %765
  %767 = and i1 %764, %766
  br i1 %767, label %write.ok150, label %write.slow149

write.slow149:                                    ; preds = %write.low148
  %768 = icmp ugt i64 %749, %arena_size
  br i1 %768, label %trap17.site0, label %ok151

write.ok150:                                      ; preds = %ok151, %write.low148, %write.ok
  %769 = getelementptr i8, i8* %mem, i64 %748
  store i32 %746, i32* %unaligned152, align 4
  %770 = bitcast i32* %unaligned152 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %769, i8* %770, i64 4, i1 false)
  %771 = load i32, i32* %args_out, align 4
  %772 = load i64, i64* %arg.2, align 8
  %773 = zext i32 %771 to i64
  %774 = add i64 %773, 16
  %775 = add i64 %774, 8
  %776 = icmp uge i64 %774, %scratch_start
  %777 = load i64, i64* %highEnd, align 8
  %778 = icmp ule i64 %775, %777
  %779 = and i1 %776, %778
  br i1 %779, label %write.ok155, label %write.low153

ok151:                                            ; preds = %write.slow149
  %780 = icmp ult i64 %748, %scratch_start
  %781 = load i64, i64* %lowEnd, align 8
  %782 = load i64, i64* %highEnd, align 8
  %783 = call i64 @llvm.umax.i64(i64 %781, i64 %749)
  %784 = select i1 %780, i64 %783, i64 %781
  store i64 %784, i64* %lowEnd, align 8
  %785 = call i64 @llvm.umax.i64(i64 %782, i64 %749)
  %786 = select i1 %780, i64 %782, i64 %785
  store i64 %786, i64* %highEnd, align 8
  %787 = load i64, i64* %lowStart, align 8
  %788 = call i64 @llvm.umin.i64(i64 %787, i64 %748)
  store i64 %788, i64* %lowStart, align 8
  br label %write.ok150

write.low153:                                     ; preds = %write.ok150
  %789 = load i64, i64* %lowStart, align 8
  %790 = icmp uge i64 %774, %789
  %791 = load i64, i64* %lowEnd, align 8
  %792 = icmp ule i64 %775, %791
  %793 = and i1 %790, %792
  br i1 %793, label %write.ok155, label %write.slow154

write.slow154:                                    ; preds = %write.low153
  %794 = icmp ugt i64 %775, %arena_size
  br i1 %794, label %trap17.site0, label %ok156

write.ok155:                                      ; preds = %ok156, %write.low153, %write.ok150
  %795 = getelementptr i8, i8* %mem, i64 %774
  store i64 %772, i64* %unaligned157, align 8
  %796 = bitcast i64* %unaligned157 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %795, i8* %796, i64 8, i1 false)
  %797 = load i32, i32* %args_out, align 4
  %798 = load i64, i64* %fuel, align 8
  %799 = getelementptr i64, i64* %regs, i64 0
  store i64 %798, i64* %799, align 8
  %800 = load i64, i64* %lowStart, align 8
  %801 = getelementptr i64, i64* %regs, i64 6
  store i64 %800, i64* %801, align 8
  %802 = load i64, i64* %lowEnd, align 8
  %803 = getelementptr i64, i64* %regs, i64 7
  store i64 %802, i64* %803, align 8
  %804 = load i64, i64* %highEnd, align 8
  %805 = getelementptr i64, i64* %regs, i64 8
  store i64 %804, i64* %805, align 8
  ret i32 %797

ok156:                                            ; preds = %write.slow154
  %806 = icmp ult i64 %774, %scratch_start
  %807 = load i64, i64* %lowEnd, align 8
  %808 = load i64, i64* %highEnd, align 8
  %809 = call i64 @llvm.umax.i64(i64 %807, i64 %775)
  %810 = select i1 %806, i64 %809, i64 %807
  store i64 %810, i64* %lowEnd, align 8
  %811 = call i64 @llvm.umax.i64(i64 %808, i64 %775)
  %812 = select i1 %806, i64 %808, i64 %811
  store i64 %812, i64* %highEnd, align 8
  %813 = load i64, i64* %lowStart, align 8
  %814 = call i64 @llvm.umin.i64(i64 %813, i64 %774)
  store i64 %814, i64* %lowStart, align 8
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
  %156 = load i64, i64* %lowEnd, align 8
  %157 = load i64, i64* %highEnd, align 8
  %158 = call i64 @llvm.umax.i64(i64 %156, i64 %118)
  %159 = select i1 %155, i64 %158, i64 %156
  store i64 %159, i64* %lowEnd, align 8
  %160 = call i64 @llvm.umax.i64(i64 %157, i64 %118)
  %161 = select i1 %155, i64 %157, i64 %160
  store i64 %161, i64* %highEnd, align 8
  %162 = load i64, i64* %lowStart, align 8
  %163 = call i64 @llvm.umin.i64(i64 %162, i64 %117)
  store i64 %163, i64* %lowStart, align 8
  br label %write.ok

e6:                                               ; preds = %match8
  %164 = load i32, i32* %result20, align 4
  store i32 %164, i32* %described, align 4
  %165 = load i32, i32* %dict, align 4
  %166 = load i32, i32* %described, align 4
  %167 = zext i32 %165 to i64
  %168 = add i64 %167, 8
  %169 = add i64 %168, 4
  %170 = icmp uge i64 %168, %scratch_start
  %171 = load i64, i64* %highEnd, align 8
  %172 = icmp ule i64 %169, %171
  %173 = and i1 %170, %172
  br i1 %173, label %write.ok37, label %write.low35

match8:                                           ; preds = %dead34, %then30, %stack_ok28
  %174 = load i32, i32* %result21, align 4
  store i32 %174, i32* %result20, align 4
  br label %e6

then22:                                           ; preds = %write.ok
  %175 = load i32, i32* %scrut.1, align 4
  %176 = zext i32 %175 to i64
  %177 = add i64 %176, 4
  %178 = icmp ugt i64 %177, %arena_size
  br i1 %178, label %trap17.site0, label %ok25

else23:                                           ; preds = %write.ok
  br label %join24

join24:                                           ; preds = %else23, %dead29
  %179 = load i32, i32* %scrut.1, align 4
  %180 = icmp eq i32 %179, 0
  %181 = zext i1 %180 to i32
  %182 = icmp ne i32 %181, 0
  br i1 %182, label %then30, label %else31

ok25:                                             ; preds = %then22
  %183 = getelementptr i8, i8* %mem, i64 %176
  %184 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %184, i8* %183, i64 4, i1 false)
  %185 = load i32, i32* %unaligned26, align 4
  store i32 %185, i32* %s, align 4
  %186 = load i32, i32* %s, align 4
  %187 = icmp uge i32 %depth, 1000
  br i1 %187, label %trap15.site7, label %ok27

ok27:                                             ; preds = %ok25
  %188 = icmp ult i64 %10, %stack_limit
  br i1 %188, label %trap253.site0, label %stack_ok28

trap15.site7:                                     ; preds = %ok25
  %189 = load i64, i64* %lowStart, align 8
  %190 = getelementptr i64, i64* %regs, i64 6
  store i64 %189, i64* %190, align 8
  %191 = load i64, i64* %lowEnd, align 8
  %192 = getelementptr i64, i64* %regs, i64 7
  store i64 %191, i64* %192, align 8
  %193 = load i64, i64* %highEnd, align 8
  %194 = getelementptr i64, i64* %regs, i64 8
  store i64 %193, i64* %194, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %195 = load i64, i64* %fuel, align 8
  %196 = getelementptr i64, i64* %regs, i64 0
  store i64 %195, i64* %196, align 8
  %197 = load i64, i64* %lowStart, align 8
  %198 = getelementptr i64, i64* %regs, i64 6
  store i64 %197, i64* %198, align 8
  %199 = load i64, i64* %lowEnd, align 8
  %200 = getelementptr i64, i64* %regs, i64 7
  store i64 %199, i64* %200, align 8
  %201 = load i64, i64* %highEnd, align 8
  %202 = getelementptr i64, i64* %regs, i64 8
  store i64 %201, i64* %202, align 8
  %203 = add i32 %depth, 1
  %204 = call i32 @m0.rt.str_concat(i64* %regs, i8* %mem, i32 %203, i32 8, i32 %186)
  %205 = getelementptr i64, i64* %regs, i64 0
  %206 = load i64, i64* %205, align 8
  store i64 %206, i64* %fuel, align 8
  %207 = getelementptr i64, i64* %regs, i64 6
  %208 = load i64, i64* %207, align 8
  store i64 %208, i64* %lowStart, align 8
  %209 = getelementptr i64, i64* %regs, i64 7
  %210 = load i64, i64* %209, align 8
  store i64 %210, i64* %lowEnd, align 8
  %211 = getelementptr i64, i64* %regs, i64 8
  %212 = load i64, i64* %211, align 8
  store i64 %212, i64* %highEnd, align 8
  store i32 %204, i32* %result21, align 4
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
  %213 = load i64, i64* %lowStart, align 8
  %214 = getelementptr i64, i64* %regs, i64 6
  store i64 %213, i64* %214, align 8
  %215 = load i64, i64* %lowEnd, align 8
  %216 = getelementptr i64, i64* %regs, i64 7
  store i64 %215, i64* %216, align 8
  %217 = load i64, i64* %highEnd, align 8
  %218 = getelementptr i64, i64* %regs, i64 8
  store i64 %217, i64* %218, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 8)
  unreachable

dead34:                                           ; No predecessors!
  br label %match8

write.low35:                                      ; preds = %e6
  %219 = load i64, i64* %lowStart, align 8
  %220 = icmp uge i64 %168, %219
  %221 = load i64, i64* %lowEnd, align 8
  %222 = icmp ule i64 %169, %221
  %223 = and i1 %220, %222
  br i1 %223, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %224 = icmp ugt i64 %169, %arena_size
  br i1 %224, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %e6
  %225 = getelementptr i8, i8* %mem, i64 %168
  store i32 %166, i32* %unaligned39, align 4
  %226 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %225, i8* %226, i64 4, i1 false)
  %227 = load i64, i64* %x, align 8
  %228 = icmp sgt i64 %227, 0
  %229 = zext i1 %228 to i32
  %230 = icmp ne i32 %229, 0
  br i1 %230, label %then41, label %else42

ok38:                                             ; preds = %write.slow36
  %231 = icmp ult i64 %168, %scratch_start
  %232 = load i64, i64* %lowEnd, align 8
  %233 = load i64, i64* %highEnd, align 8
  %234 = call i64 @llvm.umax.i64(i64 %232, i64 %169)
  %235 = select i1 %231, i64 %234, i64 %232
  store i64 %235, i64* %lowEnd, align 8
  %236 = call i64 @llvm.umax.i64(i64 %233, i64 %169)
  %237 = select i1 %231, i64 %233, i64 %236
  store i64 %237, i64* %highEnd, align 8
  %238 = load i64, i64* %lowStart, align 8
  %239 = call i64 @llvm.umin.i64(i64 %238, i64 %168)
  store i64 %239, i64* %lowStart, align 8
  br label %write.ok37

e12:                                              ; preds = %write.ok80
  %240 = load i32, i32* %result40, align 4
  store i32 %240, i32* %maybe, align 4
  %241 = load i32, i32* %dict, align 4
  %242 = load i32, i32* %maybe, align 4
  %243 = zext i32 %241 to i64
  %244 = add i64 %243, 12
  %245 = add i64 %244, 4
  %246 = icmp uge i64 %244, %scratch_start
  %247 = load i64, i64* %highEnd, align 8
  %248 = icmp ule i64 %245, %247
  %249 = and i1 %246, %248
  br i1 %249, label %write.ok85, label %write.low83

then41:                                           ; preds = %write.ok37
  %250 = load i64, i64* %x, align 8
  store i64 %250, i64* %c, align 8
  %251 = getelementptr i64, i64* %regs, i64 1
  %252 = getelementptr i64, i64* %regs, i64 2
  %253 = load i64, i64* %251, align 8
  %254 = add i64 %253, 7
  %255 = and i64 %254, -8
  %256 = add i64 %255, 8
  %257 = load i64, i64* %252, align 8
  %258 = icmp ugt i64 %256, %257
  br i1 %258, label %trap15.site11, label %ok46

else42:                                           ; preds = %write.ok37
  store i32 0, i32* %result44, align 4
  br label %join43

join43:                                           ; preds = %else42, %e17
  %259 = load i32, i32* %result44, align 4
  store i32 %259, i32* %item, align 4
  %260 = load i64, i64* %x, align 8
  %261 = icmp sgt i64 %260, 10
  %262 = zext i1 %261 to i32
  %263 = icmp ne i32 %262, 0
  br i1 %263, label %then52, label %else53

e17:                                              ; preds = %write.ok49
  %264 = load i32, i32* %result45, align 4
  store i32 %264, i32* %result44, align 4
  br label %join43

ok46:                                             ; preds = %then41
  store i64 %256, i64* %251, align 8
  %265 = load i64, i64* %highEnd, align 8
  %266 = call i64 @llvm.umax.i64(i64 %265, i64 %256)
  store i64 %266, i64* %highEnd, align 8
  %267 = trunc i64 %255 to i32
  store i32 %267, i32* %obj, align 4
  %268 = load i32, i32* %obj, align 4
  %269 = load i64, i64* %c, align 8
  %270 = zext i32 %268 to i64
  %271 = add i64 %270, 8
  %272 = icmp uge i64 %270, %scratch_start
  %273 = load i64, i64* %highEnd, align 8
  %274 = icmp ule i64 %271, %273
  %275 = and i1 %272, %274
  br i1 %275, label %write.ok49, label %write.low47

trap15.site11:                                    ; preds = %then41
  %276 = load i64, i64* %lowStart, align 8
  %277 = getelementptr i64, i64* %regs, i64 6
  store i64 %276, i64* %277, align 8
  %278 = load i64, i64* %lowEnd, align 8
  %279 = getelementptr i64, i64* %regs, i64 7
  store i64 %278, i64* %279, align 8
  %280 = load i64, i64* %highEnd, align 8
  %281 = getelementptr i64, i64* %regs, i64 8
  store i64 %280, i64* %281, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

write.low47:                                      ; preds = %ok46
  %282 = load i64, i64* %lowStart, align 8
  %283 = icmp uge i64 %270, %282
  %284 = load i64, i64* %lowEnd, align 8
  %285 = icmp ule i64 %271, %284
  %286 = and i1 %283, %285
  br i1 %286, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %287 = icmp ugt i64 %271, %arena_size
  br i1 %287, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %ok46
  %288 = getelementptr i8, i8* %mem, i64 %270
  store i64 %269, i64* %unaligned51, align 8
  %289 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %288, i8* %289, i64 8, i1 false)
  %290 = load i32, i32* %obj, align 4
  store i32 %290, i32* %result45, align 4
  br label %e17

ok50:                                             ; preds = %write.slow48
  %291 = icmp ult i64 %270, %scratch_start
  %292 = load i64, i64* %lowEnd, align 8
  %293 = load i64, i64* %highEnd, align 8
  %294 = call i64 @llvm.umax.i64(i64 %292, i64 %271)
  %295 = select i1 %291, i64 %294, i64 %292
  store i64 %295, i64* %lowEnd, align 8
  %296 = call i64 @llvm.umax.i64(i64 %293, i64 %271)
  %297 = select i1 %291, i64 %293, i64 %296
  store i64 %297, i64* %highEnd, align 8
  %298 = load i64, i64* %lowStart, align 8
  %299 = call i64 @llvm.umin.i64(i64 %298, i64 %270)
  store i64 %299, i64* %lowStart, align 8
  br label %write.ok49

then52:                                           ; preds = %join43
  %300 = load i64, i64* %x, align 8
  store i64 %300, i64* %c.1, align 8
  %301 = getelementptr i64, i64* %regs, i64 1
  %302 = getelementptr i64, i64* %regs, i64 2
  %303 = load i64, i64* %301, align 8
  %304 = add i64 %303, 7
  %305 = and i64 %304, -8
  %306 = add i64 %305, 8
  %307 = load i64, i64* %302, align 8
  %308 = icmp ugt i64 %306, %307
  br i1 %308, label %trap15.site13, label %ok57

else53:                                           ; preds = %join43
  store i32 0, i32* %result55, align 4
  br label %join54

join54:                                           ; preds = %else53, %e24
  %309 = load i32, i32* %result55, align 4
  store i32 %309, i32* %item.1, align 4
  store i64 12, i64* %size, align 8
  %310 = load i64, i64* %size, align 8
  %311 = icmp ugt i64 %310, 2147483647
  %312 = zext i1 %311 to i32
  %313 = icmp ne i32 %312, 0
  br i1 %313, label %then63, label %else64

e24:                                              ; preds = %write.ok60
  %314 = load i32, i32* %result56, align 4
  store i32 %314, i32* %result55, align 4
  br label %join54

ok57:                                             ; preds = %then52
  store i64 %306, i64* %301, align 8
  %315 = load i64, i64* %highEnd, align 8
  %316 = call i64 @llvm.umax.i64(i64 %315, i64 %306)
  store i64 %316, i64* %highEnd, align 8
  %317 = trunc i64 %305 to i32
  store i32 %317, i32* %obj.1, align 4
  %318 = load i32, i32* %obj.1, align 4
  %319 = load i64, i64* %c.1, align 8
  %320 = zext i32 %318 to i64
  %321 = add i64 %320, 8
  %322 = icmp uge i64 %320, %scratch_start
  %323 = load i64, i64* %highEnd, align 8
  %324 = icmp ule i64 %321, %323
  %325 = and i1 %322, %324
  br i1 %325, label %write.ok60, label %write.low58

trap15.site13:                                    ; preds = %then52
  %326 = load i64, i64* %lowStart, align 8
  %327 = getelementptr i64, i64* %regs, i64 6
  store i64 %326, i64* %327, align 8
  %328 = load i64, i64* %lowEnd, align 8
  %329 = getelementptr i64, i64* %regs, i64 7
  store i64 %328, i64* %329, align 8
  %330 = load i64, i64* %highEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 8
  store i64 %330, i64* %331, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low58:                                      ; preds = %ok57
  %332 = load i64, i64* %lowStart, align 8
  %333 = icmp uge i64 %320, %332
  %334 = load i64, i64* %lowEnd, align 8
  %335 = icmp ule i64 %321, %334
  %336 = and i1 %333, %335
  br i1 %336, label %write.ok60, label %write.slow59

write.slow59:                                     ; preds = %write.low58
  %337 = icmp ugt i64 %321, %arena_size
  br i1 %337, label %trap17.site0, label %ok61

write.ok60:                                       ; preds = %ok61, %write.low58, %ok57
  %338 = getelementptr i8, i8* %mem, i64 %320
  store i64 %319, i64* %unaligned62, align 8
  %339 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %338, i8* %339, i64 8, i1 false)
  %340 = load i32, i32* %obj.1, align 4
  store i32 %340, i32* %result56, align 4
  br label %e24

ok61:                                             ; preds = %write.slow59
  %341 = icmp ult i64 %320, %scratch_start
  %342 = load i64, i64* %lowEnd, align 8
  %343 = load i64, i64* %highEnd, align 8
  %344 = call i64 @llvm.umax.i64(i64 %342, i64 %321)
  %345 = select i1 %341, i64 %344, i64 %342
  store i64 %345, i64* %lowEnd, align 8
  %346 = call i64 @llvm.umax.i64(i64 %343, i64 %321)
  %347 = select i1 %341, i64 %343, i64 %346
  store i64 %347, i64* %highEnd, align 8
  %348 = load i64, i64* %lowStart, align 8
  %349 = call i64 @llvm.umin.i64(i64 %348, i64 %320)
  store i64 %349, i64* %lowStart, align 8
  br label %write.ok60

then63:                                           ; preds = %join54
  br label %trap15.site9

else64:                                           ; preds = %join54
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %350 = load i64, i64* %size, align 8
  %351 = trunc i64 %350 to i32
  %352 = zext i32 %351 to i64
  %353 = getelementptr i64, i64* %regs, i64 1
  %354 = getelementptr i64, i64* %regs, i64 2
  %355 = load i64, i64* %353, align 8
  %356 = add i64 %355, 3
  %357 = and i64 %356, -4
  %358 = add i64 %357, %352
  %359 = load i64, i64* %354, align 8
  %360 = icmp ugt i64 %358, %359
  br i1 %360, label %trap15.site9, label %ok67

trap15.site9:                                     ; preds = %join65, %then63
  %361 = load i64, i64* %lowStart, align 8
  %362 = getelementptr i64, i64* %regs, i64 6
  store i64 %361, i64* %362, align 8
  %363 = load i64, i64* %lowEnd, align 8
  %364 = getelementptr i64, i64* %regs, i64 7
  store i64 %363, i64* %364, align 8
  %365 = load i64, i64* %highEnd, align 8
  %366 = getelementptr i64, i64* %regs, i64 8
  store i64 %365, i64* %366, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead66:                                           ; No predecessors!
  br label %join65

ok67:                                             ; preds = %join65
  store i64 %358, i64* %353, align 8
  %367 = load i64, i64* %highEnd, align 8
  %368 = call i64 @llvm.umax.i64(i64 %367, i64 %358)
  store i64 %368, i64* %highEnd, align 8
  %369 = trunc i64 %357 to i32
  store i32 %369, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %370 = load i32, i32* %list, align 4
  %371 = add i32 %370, 4
  %372 = load i32, i32* %len, align 4
  %373 = mul i32 %372, 4
  %374 = add i32 %371, %373
  %375 = load i32, i32* %item, align 4
  %376 = zext i32 %374 to i64
  %377 = add i64 %376, 4
  %378 = icmp uge i64 %376, %scratch_start
  %379 = load i64, i64* %highEnd, align 8
  %380 = icmp ule i64 %377, %379
  %381 = and i1 %378, %380
  br i1 %381, label %write.ok70, label %write.low68

write.low68:                                      ; preds = %ok67
  %382 = load i64, i64* %lowStart, align 8
  %383 = icmp uge i64 %376, %382
  %384 = load i64, i64* %lowEnd, align 8
  %385 = icmp ule i64 %377, %384
  %386 = and i1 %383, %385
  br i1 %386, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %387 = icmp ugt i64 %377, %arena_size
  br i1 %387, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %ok67
  %388 = getelementptr i8, i8* %mem, i64 %376
  store i32 %375, i32* %unaligned72, align 4
  %389 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %388, i8* %389, i64 4, i1 false)
  %390 = load i32, i32* %len, align 4
  %391 = add i32 %390, 1
  store i32 %391, i32* %len, align 4
  %392 = load i32, i32* %list, align 4
  %393 = add i32 %392, 4
  %394 = load i32, i32* %len, align 4
  %395 = mul i32 %394, 4
  %396 = add i32 %393, %395
  %397 = load i32, i32* %item.1, align 4
  %398 = zext i32 %396 to i64
  %399 = add i64 %398, 4
  %400 = icmp uge i64 %398, %scratch_start
  %401 = load i64, i64* %highEnd, align 8
  %402 = icmp ule i64 %399, %401
  %403 = and i1 %400, %402
  br i1 %403, label %write.ok75, label %write.low73

ok71:                                             ; preds = %write.slow69
  %404 = icmp ult i64 %376, %scratch_start
  %405 = load i64, i64* %lowEnd, align 8
  %406 = load i64, i64* %highEnd, align 8
  %407 = call i64 @llvm.umax.i64(i64 %405, i64 %377)
  %408 = select i1 %404, i64 %407, i64 %405
  store i64 %408, i64* %lowEnd, align 8
  %409 = call i64 @llvm.umax.i64(i64 %406, i64 %377)
  %410 = select i1 %404, i64 %406, i64 %409
  store i64 %410, i64* %highEnd, align 8
  %411 = load i64, i64* %lowStart, align 8
  %412 = call i64 @llvm.umin.i64(i64 %411, i64 %376)
  store i64 %412, i64* %lowStart, align 8
  br label %write.ok70

write.low73:                                      ; preds = %write.ok70
  %413 = load i64, i64* %lowStart, align 8
  %414 = icmp uge i64 %398, %413
  %415 = load i64, i64* %lowEnd, align 8
  %416 = icmp ule i64 %399, %415
  %417 = and i1 %414, %416
  br i1 %417, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %418 = icmp ugt i64 %399, %arena_size
  br i1 %418, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %write.ok70
  %419 = getelementptr i8, i8* %mem, i64 %398
  store i32 %397, i32* %unaligned77, align 4
  %420 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %419, i8* %420, i64 4, i1 false)
  %421 = load i32, i32* %len, align 4
  %422 = add i32 %421, 1
  store i32 %422, i32* %len, align 4
  %423 = load i32, i32* %list, align 4
  %424 = load i32, i32* %len, align 4
  %425 = zext i32 %423 to i64
  %426 = add i64 %425, 4
  %427 = icmp uge i64 %425, %scratch_start
  %428 = load i64, i64* %highEnd, align 8
  %429 = icmp ule i64 %426, %428
  %430 = and i1 %427, %429
  br i1 %430, label %write.ok80, label %write.low78

ok76:                                             ; preds = %write.slow74
  %431 = icmp ult i64 %398, %scratch_start
  %432 = load i64, i64* %lowEnd, align 8
  %433 = load i64, i64* %highEnd, align 8
  %434 = call i64 @llvm.umax.i64(i64 %432, i64 %399)
  %435 = select i1 %431, i64 %434, i64 %432
  store i64 %435, i64* %lowEnd, align 8
  %436 = call i64 @llvm.umax.i64(i64 %433, i64 %399)
  %437 = select i1 %431, i64 %433, i64 %436
  store i64 %437, i64* %highEnd, align 8
  %438 = load i64, i64* %lowStart, align 8
  %439 = call i64 @llvm.umin.i64(i64 %438, i64 %398)
  store i64 %439, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %write.ok75
  %440 = load i64, i64* %lowStart, align 8
  %441 = icmp uge i64 %425, %440
  %442 = load i64, i64* %lowEnd, align 8
  %443 = icmp ule i64 %426, %442
  %444 = and i1 %441, %443
  br i1 %444, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %445 = icmp ugt i64 %426, %arena_size
  br i1 %445, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %write.ok75
  %446 = getelementptr i8, i8* %mem, i64 %425
  store i32 %424, i32* %unaligned82, align 4
  %447 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %446, i8* %447, i64 4, i1 false)
  %448 = load i32, i32* %list, align 4
  store i32 %448, i32* %result40, align 4
  br label %e12

ok81:                                             ; preds = %write.slow79
  %449 = icmp ult i64 %425, %scratch_start
  %450 = load i64, i64* %lowEnd, align 8
  %451 = load i64, i64* %highEnd, align 8
  %452 = call i64 @llvm.umax.i64(i64 %450, i64 %426)
  %453 = select i1 %449, i64 %452, i64 %450
  store i64 %453, i64* %lowEnd, align 8
  %454 = call i64 @llvm.umax.i64(i64 %451, i64 %426)
  %455 = select i1 %449, i64 %451, i64 %454
  store i64 %455, i64* %highEnd, align 8
  %456 = load i64, i64* %lowStart, align 8
  %457 = call i64 @llvm.umin.i64(i64 %456, i64 %425)
  store i64 %457, i64* %lowStart, align 8
  br label %write.ok80

write.low83:                                      ; preds = %e12
  %458 = load i64, i64* %lowStart, align 8
  %459 = icmp uge i64 %244, %458
  %460 = load i64, i64* %lowEnd, align 8
  %461 = icmp ule i64 %245, %460
  %462 = and i1 %459, %461
  br i1 %462, label %write.ok85, label %write.slow84

write.slow84:                                     ; preds = %write.low83
  %463 = icmp ugt i64 %245, %arena_size
  br i1 %463, label %trap17.site0, label %ok86

write.ok85:                                       ; preds = %ok86, %write.low83, %e12
  %464 = getelementptr i8, i8* %mem, i64 %244
  store i32 %242, i32* %unaligned87, align 4
  %465 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %464, i8* %465, i64 4, i1 false)
  %466 = load i64, i64* %x, align 8
  %467 = icmp sgt i64 %466, 2
  %468 = zext i1 %467 to i32
  %469 = icmp ne i32 %468, 0
  br i1 %469, label %then89, label %else90

ok86:                                             ; preds = %write.slow84
  %470 = icmp ult i64 %244, %scratch_start
  %471 = load i64, i64* %lowEnd, align 8
  %472 = load i64, i64* %highEnd, align 8
  %473 = call i64 @llvm.umax.i64(i64 %471, i64 %245)
  %474 = select i1 %470, i64 %473, i64 %471
  store i64 %474, i64* %lowEnd, align 8
  %475 = call i64 @llvm.umax.i64(i64 %472, i64 %245)
  %476 = select i1 %470, i64 %472, i64 %475
  store i64 %476, i64* %highEnd, align 8
  %477 = load i64, i64* %lowStart, align 8
  %478 = call i64 @llvm.umin.i64(i64 %477, i64 %244)
  store i64 %478, i64* %lowStart, align 8
  br label %write.ok85

e27:                                              ; preds = %match39
  %479 = load i64, i64* %result88, align 8
  store i64 %479, i64* %checked, align 8
  %480 = load i32, i32* %dict, align 4
  %481 = load i64, i64* %checked, align 8
  %482 = zext i32 %480 to i64
  %483 = add i64 %482, 16
  %484 = add i64 %483, 8
  %485 = icmp uge i64 %483, %scratch_start
  %486 = load i64, i64* %highEnd, align 8
  %487 = icmp ule i64 %484, %486
  %488 = and i1 %485, %487
  br i1 %488, label %write.ok132, label %write.low130

then89:                                           ; preds = %write.ok85
  %489 = load i64, i64* %x, align 8
  %490 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %489, i64 2)
  %491 = extractvalue { i64, i1 } %490, 1
  br i1 %491, label %trap2.site15, label %ok94

else90:                                           ; preds = %write.ok85
  store i32 32, i32* %c.3, align 4
  %492 = getelementptr i64, i64* %regs, i64 1
  %493 = getelementptr i64, i64* %regs, i64 2
  %494 = load i64, i64* %492, align 8
  %495 = add i64 %494, 7
  %496 = and i64 %495, -8
  %497 = add i64 %496, 8
  %498 = load i64, i64* %493, align 8
  %499 = icmp ugt i64 %497, %498
  br i1 %499, label %trap15.site17, label %ok106

join91:                                           ; preds = %e37, %e33
  %500 = load i32, i32* %result92, align 4
  store i32 %500, i32* %scrut.2, align 4
  %501 = load i32, i32* %scrut.2, align 4
  %502 = zext i32 %501 to i64
  %503 = add i64 %502, 1
  %504 = icmp ugt i64 %503, %arena_size
  br i1 %504, label %trap17.site0, label %ok117

e33:                                              ; preds = %write.ok102
  %505 = load i32, i32* %result93, align 4
  store i32 %505, i32* %result92, align 4
  br label %join91

ok94:                                             ; preds = %then89
  %506 = extractvalue { i64, i1 } %490, 0
  store i64 %506, i64* %c.2, align 8
  %507 = getelementptr i64, i64* %regs, i64 1
  %508 = getelementptr i64, i64* %regs, i64 2
  %509 = load i64, i64* %507, align 8
  %510 = add i64 %509, 7
  %511 = and i64 %510, -8
  %512 = add i64 %511, 16
  %513 = load i64, i64* %508, align 8
  %514 = icmp ugt i64 %512, %513
  br i1 %514, label %trap15.site16, label %ok95

trap2.site15:                                     ; preds = %then89
  %515 = load i64, i64* %lowStart, align 8
  %516 = getelementptr i64, i64* %regs, i64 6
  store i64 %515, i64* %516, align 8
  %517 = load i64, i64* %lowEnd, align 8
  %518 = getelementptr i64, i64* %regs, i64 7
  store i64 %517, i64* %518, align 8
  %519 = load i64, i64* %highEnd, align 8
  %520 = getelementptr i64, i64* %regs, i64 8
  store i64 %519, i64* %520, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

ok95:                                             ; preds = %ok94
  store i64 %512, i64* %507, align 8
  %521 = load i64, i64* %highEnd, align 8
  %522 = call i64 @llvm.umax.i64(i64 %521, i64 %512)
  store i64 %522, i64* %highEnd, align 8
  %523 = trunc i64 %511 to i32
  store i32 %523, i32* %obj.2, align 4
  %524 = load i32, i32* %obj.2, align 4
  %525 = zext i32 %524 to i64
  %526 = add i64 %525, 1
  %527 = icmp uge i64 %525, %scratch_start
  %528 = load i64, i64* %highEnd, align 8
  %529 = icmp ule i64 %526, %528
  %530 = and i1 %527, %529
  br i1 %530, label %write.ok98, label %write.low96

trap15.site16:                                    ; preds = %ok94
  %531 = load i64, i64* %lowStart, align 8
  %532 = getelementptr i64, i64* %regs, i64 6
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %lowEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 7
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %highEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 8
  store i64 %535, i64* %536, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

write.low96:                                      ; preds = %ok95
  %537 = load i64, i64* %lowStart, align 8
  %538 = icmp uge i64 %525, %537
  %539 = load i64, i64* %lowEnd, align 8
  %540 = icmp ule i64 %526, %539
  %541 = and i1 %538, %540
  br i1 %541, label %write.ok98, label %write.slow97

write.slow97:                                     ; preds = %write.low96
  %542 = icmp ugt i64 %526, %arena_size
  br i1 %542, label %trap17.site0, label %ok99

write.ok98:                                       ; preds = %ok99, %write.low96, %ok95
  %543 = getelementptr i8, i8* %mem, i64 %525
  store i8 0, i8* %543, align 1
  %544 = load i32, i32* %obj.2, align 4
  %545 = load i64, i64* %c.2, align 8
  %546 = zext i32 %544 to i64
  %547 = add i64 %546, 8
  %548 = add i64 %547, 8
  %549 = icmp uge i64 %547, %scratch_start
  %550 = load i64, i64* %highEnd, align 8
  %551 = icmp ule i64 %548, %550
  %552 = and i1 %549, %551
  br i1 %552, label %write.ok102, label %write.low100

ok99:                                             ; preds = %write.slow97
  %553 = icmp ult i64 %525, %scratch_start
  %554 = load i64, i64* %lowEnd, align 8
  %555 = load i64, i64* %highEnd, align 8
  %556 = call i64 @llvm.umax.i64(i64 %554, i64 %526)
  %557 = select i1 %553, i64 %556, i64 %554
  store i64 %557, i64* %lowEnd, align 8
  %558 = call i64 @llvm.umax.i64(i64 %555, i64 %526)
  %559 = select i1 %553, i64 %555, i64 %558
  store i64 %559, i64* %highEnd, align 8
  %560 = load i64, i64* %lowStart, align 8
  %561 = call i64 @llvm.umin.i64(i64 %560, i64 %525)
  store i64 %561, i64* %lowStart, align 8
  br label %write.ok98

write.low100:                                     ; preds = %write.ok98
  %562 = load i64, i64* %lowStart, align 8
  %563 = icmp uge i64 %547, %562
  %564 = load i64, i64* %lowEnd, align 8
  %565 = icmp ule i64 %548, %564
  %566 = and i1 %563, %565
  br i1 %566, label %write.ok102, label %write.slow101

write.slow101:                                    ; preds = %write.low100
  %567 = icmp ugt i64 %548, %arena_size
  br i1 %567, label %trap17.site0, label %ok103

write.ok102:                                      ; preds = %ok103, %write.low100, %write.ok98
  %568 = getelementptr i8, i8* %mem, i64 %547
  store i64 %545, i64* %unaligned104, align 8
  %569 = bitcast i64* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %568, i8* %569, i64 8, i1 false)
  %570 = load i32, i32* %obj.2, align 4
  store i32 %570, i32* %result93, align 4
  br label %e33

ok103:                                            ; preds = %write.slow101
  %571 = icmp ult i64 %547, %scratch_start
  %572 = load i64, i64* %lowEnd, align 8
  %573 = load i64, i64* %highEnd, align 8
  %574 = call i64 @llvm.umax.i64(i64 %572, i64 %548)
  %575 = select i1 %571, i64 %574, i64 %572
  store i64 %575, i64* %lowEnd, align 8
  %576 = call i64 @llvm.umax.i64(i64 %573, i64 %548)
  %577 = select i1 %571, i64 %573, i64 %576
  store i64 %577, i64* %highEnd, align 8
  %578 = load i64, i64* %lowStart, align 8
  %579 = call i64 @llvm.umin.i64(i64 %578, i64 %547)
  store i64 %579, i64* %lowStart, align 8
  br label %write.ok102

e37:                                              ; preds = %write.ok113
  %580 = load i32, i32* %result105, align 4
  store i32 %580, i32* %result92, align 4
  br label %join91

ok106:                                            ; preds = %else90
  store i64 %497, i64* %492, align 8
  %581 = load i64, i64* %highEnd, align 8
  %582 = call i64 @llvm.umax.i64(i64 %581, i64 %497)
  store i64 %582, i64* %highEnd, align 8
  %583 = trunc i64 %496 to i32
  store i32 %583, i32* %obj.3, align 4
  %584 = load i32, i32* %obj.3, align 4
  %585 = zext i32 %584 to i64
  %586 = add i64 %585, 1
  %587 = icmp uge i64 %585, %scratch_start
  %588 = load i64, i64* %highEnd, align 8
  %589 = icmp ule i64 %586, %588
  %590 = and i1 %587, %589
  br i1 %590, label %write.ok109, label %write.low107

trap15.site17:                                    ; preds = %else90
  %591 = load i64, i64* %lowStart, align 8
  %592 = getelementptr i64, i64* %regs, i64 6
  store i64 %591, i64* %592, align 8
  %593 = load i64, i64* %lowEnd, align 8
  %594 = getelementptr i64, i64* %regs, i64 7
  store i64 %593, i64* %594, align 8
  %595 = load i64, i64* %highEnd, align 8
  %596 = getelementptr i64, i64* %regs, i64 8
  store i64 %595, i64* %596, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

write.low107:                                     ; preds = %ok106
  %597 = load i64, i64* %lowStart, align 8
  %598 = icmp uge i64 %585, %597
  %599 = load i64, i64* %lowEnd, align 8
  %600 = icmp ule i64 %586, %599
  %601 = and i1 %598, %600
  br i1 %601, label %write.ok109, label %write.slow108

write.slow108:                                    ; preds = %write.low107
  %602 = icmp ugt i64 %586, %arena_size
  br i1 %602, label %trap17.site0, label %ok110

write.ok109:                                      ; preds = %ok110, %write.low107, %ok106
  %603 = getelementptr i8, i8* %mem, i64 %585
  store i8 1, i8* %603, align 1
  %604 = load i32, i32* %obj.3, align 4
  %605 = load i32, i32* %c.3, align 4
  %606 = zext i32 %604 to i64
  %607 = add i64 %606, 4
  %608 = add i64 %607, 4
  %609 = icmp uge i64 %607, %scratch_start
  %610 = load i64, i64* %highEnd, align 8
  %611 = icmp ule i64 %608, %610
  %612 = and i1 %609, %611
  br i1 %612, label %write.ok113, label %write.low111

ok110:                                            ; preds = %write.slow108
  %613 = icmp ult i64 %585, %scratch_start
  %614 = load i64, i64* %lowEnd, align 8
  %615 = load i64, i64* %highEnd, align 8
  %616 = call i64 @llvm.umax.i64(i64 %614, i64 %586)
  %617 = select i1 %613, i64 %616, i64 %614
  store i64 %617, i64* %lowEnd, align 8
  %618 = call i64 @llvm.umax.i64(i64 %615, i64 %586)
  %619 = select i1 %613, i64 %615, i64 %618
  store i64 %619, i64* %highEnd, align 8
  %620 = load i64, i64* %lowStart, align 8
  %621 = call i64 @llvm.umin.i64(i64 %620, i64 %585)
  store i64 %621, i64* %lowStart, align 8
  br label %write.ok109

write.low111:                                     ; preds = %write.ok109
  %622 = load i64, i64* %lowStart, align 8
  %623 = icmp uge i64 %607, %622
  %624 = load i64, i64* %lowEnd, align 8
  %625 = icmp ule i64 %608, %624
  %626 = and i1 %623, %625
  br i1 %626, label %write.ok113, label %write.slow112

write.slow112:                                    ; preds = %write.low111
  %627 = icmp ugt i64 %608, %arena_size
  br i1 %627, label %trap17.site0, label %ok114

write.ok113:                                      ; preds = %ok114, %write.low111, %write.ok109
  %628 = getelementptr i8, i8* %mem, i64 %607
  store i32 %605, i32* %unaligned115, align 4
  %629 = bitcast i32* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %628, i8* %629, i64 4, i1 false)
  %630 = load i32, i32* %obj.3, align 4
  store i32 %630, i32* %result105, align 4
  br label %e37

ok114:                                            ; preds = %write.slow112
  %631 = icmp ult i64 %607, %scratch_start
  %632 = load i64, i64* %lowEnd, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = call i64 @llvm.umax.i64(i64 %632, i64 %608)
  %635 = select i1 %631, i64 %634, i64 %632
  store i64 %635, i64* %lowEnd, align 8
  %636 = call i64 @llvm.umax.i64(i64 %633, i64 %608)
  %637 = select i1 %631, i64 %633, i64 %636
  store i64 %637, i64* %highEnd, align 8
  %638 = load i64, i64* %lowStart, align 8
  %639 = call i64 @llvm.umin.i64(i64 %638, i64 %607)
  store i64 %639, i64* %lowStart, align 8
  br label %write.ok113

match39:                                          ; preds = %dead129, %then125, %ok121
  %640 = load i64, i64* %result116, align 8
  store i64 %640, i64* %result88, align 8
  br label %e27

ok117:                                            ; preds = %join91
  %641 = getelementptr i8, i8* %mem, i64 %502
  %642 = load i8, i8* %641, align 1
  %643 = zext i8 %642 to i32
  %644 = icmp eq i32 %643, 0
  %645 = zext i1 %644 to i32
  %646 = icmp ne i32 %645, 0
  br i1 %646, label %then118, label %else119

then118:                                          ; preds = %ok117
  %647 = load i32, i32* %scrut.2, align 4
  %648 = zext i32 %647 to i64
  %649 = add i64 %648, 8
  %650 = add i64 %649, 8
  %651 = icmp ugt i64 %650, %arena_size
  br i1 %651, label %trap17.site0, label %ok121

else119:                                          ; preds = %ok117
  br label %join120

join120:                                          ; preds = %else119, %dead123
  %652 = load i32, i32* %scrut.2, align 4
  %653 = zext i32 %652 to i64
  %654 = add i64 %653, 1
  %655 = icmp ugt i64 %654, %arena_size
  br i1 %655, label %trap17.site0, label %ok124

ok121:                                            ; preds = %then118
  %656 = getelementptr i8, i8* %mem, i64 %649
  %657 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %657, i8* %656, i64 8, i1 false)
  %658 = load i64, i64* %unaligned122, align 8
  store i64 %658, i64* %v.1, align 8
  %659 = load i64, i64* %v.1, align 8
  store i64 %659, i64* %result116, align 8
  br label %match39

dead123:                                          ; No predecessors!
  br label %join120

ok124:                                            ; preds = %join120
  %660 = getelementptr i8, i8* %mem, i64 %653
  %661 = load i8, i8* %660, align 1
  %662 = zext i8 %661 to i32
  %663 = icmp eq i32 %662, 1
  %664 = zext i1 %663 to i32
  %665 = icmp ne i32 %664, 0
  br i1 %665, label %then125, label %else126

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
  %666 = load i64, i64* %lowStart, align 8
  %667 = getelementptr i64, i64* %regs, i64 6
  store i64 %666, i64* %667, align 8
  %668 = load i64, i64* %lowEnd, align 8
  %669 = getelementptr i64, i64* %regs, i64 7
  store i64 %668, i64* %669, align 8
  %670 = load i64, i64* %highEnd, align 8
  %671 = getelementptr i64, i64* %regs, i64 8
  store i64 %670, i64* %671, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 18)
  unreachable

dead129:                                          ; No predecessors!
  br label %match39

write.low130:                                     ; preds = %e27
  %672 = load i64, i64* %lowStart, align 8
  %673 = icmp uge i64 %483, %672
  %674 = load i64, i64* %lowEnd, align 8
  %675 = icmp ule i64 %484, %674
  %676 = and i1 %673, %675
  br i1 %676, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %677 = icmp ugt i64 %484, %arena_size
  br i1 %677, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %e27
  %678 = getelementptr i8, i8* %mem, i64 %483
  store i64 %481, i64* %unaligned134, align 8
  %679 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %678, i8* %679, i64 8, i1 false)
  %680 = load i64, i64* %x, align 8
  br i1 false, label %trap1.site20, label %ok135

ok133:                                            ; preds = %write.slow131
  %681 = icmp ult i64 %483, %scratch_start
  %682 = load i64, i64* %lowEnd, align 8
  %683 = load i64, i64* %highEnd, align 8
  %684 = call i64 @llvm.umax.i64(i64 %682, i64 %484)
  %685 = select i1 %681, i64 %684, i64 %682
  store i64 %685, i64* %lowEnd, align 8
  %686 = call i64 @llvm.umax.i64(i64 %683, i64 %484)
  %687 = select i1 %681, i64 %683, i64 %686
  store i64 %687, i64* %highEnd, align 8
  %688 = load i64, i64* %lowStart, align 8
  %689 = call i64 @llvm.umin.i64(i64 %688, i64 %483)
  store i64 %689, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %690 = icmp eq i64 %680, -9223372036854775808
  %691 = and i1 %690, false
  br i1 %691, label %trap2.site20, label %ok136

trap1.site20:                                     ; preds = %write.ok132
  %692 = load i64, i64* %lowStart, align 8
  %693 = getelementptr i64, i64* %regs, i64 6
  store i64 %692, i64* %693, align 8
  %694 = load i64, i64* %lowEnd, align 8
  %695 = getelementptr i64, i64* %regs, i64 7
  store i64 %694, i64* %695, align 8
  %696 = load i64, i64* %highEnd, align 8
  %697 = getelementptr i64, i64* %regs, i64 8
  store i64 %696, i64* %697, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 20)
  unreachable

ok136:                                            ; preds = %ok135
  %698 = srem i64 %680, 2
  %699 = icmp eq i64 %698, 0
  %700 = zext i1 %699 to i32
  %701 = icmp ne i32 %700, 0
  br i1 %701, label %then137, label %else138

trap2.site20:                                     ; preds = %ok135
  %702 = load i64, i64* %lowStart, align 8
  %703 = getelementptr i64, i64* %regs, i64 6
  store i64 %702, i64* %703, align 8
  %704 = load i64, i64* %lowEnd, align 8
  %705 = getelementptr i64, i64* %regs, i64 7
  store i64 %704, i64* %705, align 8
  %706 = load i64, i64* %highEnd, align 8
  %707 = getelementptr i64, i64* %regs, i64 8
  store i64 %706, i64* %707, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

then137:                                          ; preds = %ok136
  %708 = load i64, i64* %x, align 8
  store i64 %708, i64* %c.4, align 8
  %709 = getelementptr i64, i64* %regs, i64 1
  %710 = getelementptr i64, i64* %regs, i64 2
  %711 = load i64, i64* %709, align 8
  %712 = add i64 %711, 7
  %713 = and i64 %712, -8
  %714 = add i64 %713, 16
  %715 = load i64, i64* %710, align 8
  %716 = icmp ugt i64 %714, %715
  br i1 %716, label %trap15.site21, label %ok142

else138:                                          ; preds = %ok136
  store i32 48, i32* %c.5, align 4
  %717 = getelementptr i64, i64* %regs, i64 1
  %718 = getelementptr i64, i64* %regs, i64 2
  %719 = load i64, i64* %717, align 8
  %720 = add i64 %719, 7
  %721 = and i64 %720, -8
  %722 = add i64 %721, 8
  %723 = load i64, i64* %718, align 8
  %724 = icmp ugt i64 %722, %723
  br i1 %724, label %trap15.site22, label %ok153

join139:                                          ; preds = %e50, %e48
  %725 = load i32, i32* %result140, align 4
  store i32 %725, i32* %raw, align 4
  %726 = load i32, i32* %dict, align 4
  %727 = load i32, i32* %raw, align 4
  %728 = zext i32 %726 to i64
  %729 = add i64 %728, 24
  %730 = add i64 %729, 4
  %731 = icmp uge i64 %729, %scratch_start
  %732 = load i64, i64* %highEnd, align 8
  %733 = icmp ule i64 %730, %732
  %734 = and i1 %731, %733
  br i1 %734, label %write.ok165, label %write.low163

e48:                                              ; preds = %write.ok149
  %735 = load i32, i32* %result141, align 4
  store i32 %735, i32* %result140, align 4
  br label %join139

ok142:                                            ; preds = %then137
  store i64 %714, i64* %709, align 8
  %736 = load i64, i64* %highEnd, align 8
  %737 = call i64 @llvm.umax.i64(i64 %736, i64 %714)
  store i64 %737, i64* %highEnd, align 8
  %738 = trunc i64 %713 to i32
  store i32 %738, i32* %obj.4, align 4
  %739 = load i32, i32* %obj.4, align 4
  %740 = zext i32 %739 to i64
  %741 = add i64 %740, 1
  %742 = icmp uge i64 %740, %scratch_start
  %743 = load i64, i64* %highEnd, align 8
  %744 = icmp ule i64 %741, %743
  %745 = and i1 %742, %744
  br i1 %745, label %write.ok145, label %write.low143

trap15.site21:                                    ; preds = %then137
  %746 = load i64, i64* %lowStart, align 8
  %747 = getelementptr i64, i64* %regs, i64 6
  store i64 %746, i64* %747, align 8
  %748 = load i64, i64* %lowEnd, align 8
  %749 = getelementptr i64, i64* %regs, i64 7
  store i64 %748, i64* %749, align 8
  %750 = load i64, i64* %highEnd, align 8
  %751 = getelementptr i64, i64* %regs, i64 8
  store i64 %750, i64* %751, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

write.low143:                                     ; preds = %ok142
  %752 = load i64, i64* %lowStart, align 8
  %753 = icmp uge i64 %740, %752
  %754 = load i64, i64* %lowEnd, align 8
  %755 = icmp ule i64 %741, %754
  %756 = and i1 %753, %755
  br i1 %756, label %write.ok145, label %write.slow144

write.slow144:                                    ; preds = %write.low143
  %757 = icmp ugt i64 %741, %arena_size
  br i1 %757, label %trap17.site0, label %ok146

write.ok145:                                      ; preds = %ok146, %write.low143, %ok142
  %758 = getelementptr i8, i8* %mem, i64 %740
  store i8 0, i8* %758, align 1
  %759 = load i32, i32* %obj.4, align 4
  %760 = load i64, i64* %c.4, align 8
  %761 = zext i32 %759 to i64
  %762 = add i64 %761, 8
  %763 = add i64 %762, 8
  %764 = icmp uge i64 %762, %scratch_start
  %765 = load i64, i64* %highEnd, align 8
  %766 = icmp ule i64 %763, %765
  %767 = and i1 %764, %766
  br i1 %767, label %write.ok149, label %write.low147

ok146:                                            ; preds = %write.slow144
  %768 = icmp ult i64 %740, %scratch_start
  %769 = load i64, i64* %lowEnd, align 8
  %770 = load i64, i64* %highEnd, align 8
  %771 = call i64 @llvm.umax.i64(i64 %769, i64 %741)
  %772 = select i1 %768, i64 %771, i64 %769
  store i64 %772, i64* %lowEnd, align 8
  %773 = call i64 @llvm.umax.i64(i64 %770, i64 %741)
  %774 = select i1 %768, i64 %770, i64 %773
  store i64 %774, i64* %highEnd, align 8
  %775 = load i64, i64* %lowStart, align 8
  %776 = call i64 @llvm.umin.i64(i64 %775, i64 %740)
  store i64 %776, i64* %lowStart, align 8
  br label %write.ok145

write.low147:                                     ; preds = %write.ok145
  %777 = load i64, i64* %lowStart, align 8
  %778 = icmp uge i64 %762, %777
  %779 = load i64, i64* %lowEnd, align 8
  %780 = icmp ule i64 %763, %779
  %781 = and i1 %778, %780
  br i1 %781, label %write.ok149, label %write.slow148

write.slow148:                                    ; preds = %write.low147
  %782 = icmp ugt i64 %763, %arena_size
  br i1 %782, label %trap17.site0, label %ok150

write.ok149:                                      ; preds = %ok150, %write.low147, %write.ok145
  %783 = getelementptr i8, i8* %mem, i64 %762
  store i64 %760, i64* %unaligned151, align 8
  %784 = bitcast i64* %unaligned151 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %783, i8* %784, i64 8, i1 false)
  %785 = load i32, i32* %obj.4, align 4
  store i32 %785, i32* %result141, align 4
  br label %e48

ok150:                                            ; preds = %write.slow148
  %786 = icmp ult i64 %762, %scratch_start
  %787 = load i64, i64* %lowEnd, align 8
  %788 = load i64, i64* %highEnd, align 8
  %789 = call i64 @llvm.umax.i64(i64 %787, i64 %763)
  %790 = select i1 %786, i64 %789, i64 %787
  store i64 %790, i64* %lowEnd, align 8
  %791 = call i64 @llvm.umax.i64(i64 %788, i64 %763)
  %792 = select i1 %786, i64 %788, i64 %791
  store i64 %792, i64* %highEnd, align 8
  %793 = load i64, i64* %lowStart, align 8
  %794 = call i64 @llvm.umin.i64(i64 %793, i64 %762)
  store i64 %794, i64* %lowStart, align 8
  br label %write.ok149

e50:                                              ; preds = %write.ok160
  %795 = load i32, i32* %result152, align 4
  store i32 %795, i32* %result140, align 4
  br label %join139

ok153:                                            ; preds = %else138
  store i64 %722, i64* %717, align 8
  %796 = load i64, i64* %highEnd, align 8
  %797 = call i64 @llvm.umax.i64(i64 %796, i64 %722)
  store i64 %797, i64* %highEnd, align 8
  %798 = trunc i64 %721 to i32
  store i32 %798, i32* %obj.5, align 4
  %799 = load i32, i32* %obj.5, align 4
  %800 = zext i32 %799 to i64
  %801 = add i64 %800, 1
  %802 = icmp uge i64 %800, %scratch_start
  %803 = load i64, i64* %highEnd, align 8
  %804 = icmp ule i64 %801, %803
  %805 = and i1 %802, %804
  br i1 %805, label %write.ok156, label %write.low154

trap15.site22:                                    ; preds = %else138
  %806 = load i64, i64* %lowStart, align 8
  %807 = getelementptr i64, i64* %regs, i64 6
  store i64 %806, i64* %807, align 8
  %808 = load i64, i64* %lowEnd, align 8
  %809 = getelementptr i64, i64* %regs, i64 7
  store i64 %808, i64* %809, align 8
  %810 = load i64, i64* %highEnd, align 8
  %811 = getelementptr i64, i64* %regs, i64 8
  store i64 %810, i64* %811, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

write.low154:                                     ; preds = %ok153
  %812 = load i64, i64* %lowStart, align 8
  %813 = icmp uge i64 %800, %812
  %814 = load i64, i64* %lowEnd, align 8
  %815 = icmp ule i64 %801, %814
  %816 = and i1 %813, %815
  br i1 %816, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %817 = icmp ugt i64 %801, %arena_size
  br i1 %817, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %ok153
  %818 = getelementptr i8, i8* %mem, i64 %800
  store i8 1, i8* %818, align 1
  %819 = load i32, i32* %obj.5, align 4
  %820 = load i32, i32* %c.5, align 4
  %821 = zext i32 %819 to i64
  %822 = add i64 %821, 4
  %823 = add i64 %822, 4
  %824 = icmp uge i64 %822, %scratch_start
  %825 = load i64, i64* %highEnd, align 8
  %826 = icmp ule i64 %823, %825
  %827 = and i1 %824, %826
  br i1 %827, label %write.ok160, label %write.low158

ok157:                                            ; preds = %write.slow155
  %828 = icmp ult i64 %800, %scratch_start
  %829 = load i64, i64* %lowEnd, align 8
  %830 = load i64, i64* %highEnd, align 8
  %831 = call i64 @llvm.umax.i64(i64 %829, i64 %801)
  %832 = select i1 %828, i64 %831, i64 %829
  store i64 %832, i64* %lowEnd, align 8
  %833 = call i64 @llvm.umax.i64(i64 %830, i64 %801)
  %834 = select i1 %828, i64 %830, i64 %833
  store i64 %834, i64* %highEnd, align 8
  %835 = load i64, i64* %lowStart, align 8
  %836 = call i64 @llvm.umin.i64(i64 %835, i64 %800)
  store i64 %836, i64* %lowStart, align 8
  br label %write.ok156

write.low158:                                     ; preds = %write.ok156
  %837 = load i64, i64* %lowStart, align 8
  %838 = icmp uge i64 %822, %837
  %839 = load i64, i64* %lowEnd, align 8
  %840 = icmp ule i64 %823, %839
  %841 = and i1 %838, %840
  br i1 %841, label %write.ok160, label %write.slow159

write.slow159:                                    ; preds = %write.low158
  %842 = icmp ugt i64 %823, %arena_size
  br i1 %842, label %trap17.site0, label %ok161

write.ok160:                                      ; preds = %ok161, %write.low158, %write.ok156
  %843 = getelementptr i8, i8* %mem, i64 %822
  store i32 %820, i32* %unaligned162, align 4
  %844 = bitcast i32* %unaligned162 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %843, i8* %844, i64 4, i1 false)
  %845 = load i32, i32* %obj.5, align 4
  store i32 %845, i32* %result152, align 4
  br label %e50

ok161:                                            ; preds = %write.slow159
  %846 = icmp ult i64 %822, %scratch_start
  %847 = load i64, i64* %lowEnd, align 8
  %848 = load i64, i64* %highEnd, align 8
  %849 = call i64 @llvm.umax.i64(i64 %847, i64 %823)
  %850 = select i1 %846, i64 %849, i64 %847
  store i64 %850, i64* %lowEnd, align 8
  %851 = call i64 @llvm.umax.i64(i64 %848, i64 %823)
  %852 = select i1 %846, i64 %848, i64 %851
  store i64 %852, i64* %highEnd, align 8
  %853 = load i64, i64* %lowStart, align 8
  %854 = call i64 @llvm.umin.i64(i64 %853, i64 %822)
  store i64 %854, i64* %lowStart, align 8
  br label %write.ok160

write.low163:                                     ; preds = %join139
  %855 = load i64, i64* %lowStart, align 8
  %856 = icmp uge i64 %729, %855
  %857 = load i64, i64* %lowEnd, align 8
  %858 = icmp ule i64 %730, %857
  %859 = and i1 %856, %858
  br i1 %859, label %write.ok165, label %write.slow164

write.slow164:                                    ; preds = %write.low163
  %860 = icmp ugt i64 %730, %arena_size
  br i1 %860, label %trap17.site0, label %ok166

write.ok165:                                      ; preds = %ok166, %write.low163, %join139
  %861 = getelementptr i8, i8* %mem, i64 %729
  store i32 %727, i32* %unaligned167, align 4
  %862 = bitcast i32* %unaligned167 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %861, i8* %862, i64 4, i1 false)
  %863 = load i32, i32* %maybe, align 4
  store i32 %863, i32* %xs, align 4
  %864 = load i32, i32* %xs, align 4
  %865 = zext i32 %864 to i64
  %866 = add i64 %865, 4
  %867 = icmp ugt i64 %866, %arena_size
  br i1 %867, label %trap17.site0, label %ok169

ok166:                                            ; preds = %write.slow164
  %868 = icmp ult i64 %729, %scratch_start
  %869 = load i64, i64* %lowEnd, align 8
  %870 = load i64, i64* %highEnd, align 8
  %871 = call i64 @llvm.umax.i64(i64 %869, i64 %730)
  %872 = select i1 %868, i64 %871, i64 %869
  store i64 %872, i64* %lowEnd, align 8
  %873 = call i64 @llvm.umax.i64(i64 %870, i64 %730)
  %874 = select i1 %868, i64 %870, i64 %873
  store i64 %874, i64* %highEnd, align 8
  %875 = load i64, i64* %lowStart, align 8
  %876 = call i64 @llvm.umin.i64(i64 %875, i64 %729)
  store i64 %876, i64* %lowStart, align 8
  br label %write.ok165

e52:                                              ; preds = %write.ok199
  %877 = load i32, i32* %result168, align 4
  store i32 %877, i32* %present, align 4
  %878 = load i32, i32* %dict, align 4
  %879 = load i32, i32* %present, align 4
  %880 = zext i32 %878 to i64
  %881 = add i64 %880, 28
  %882 = add i64 %881, 4
  %883 = icmp uge i64 %881, %scratch_start
  %884 = load i64, i64* %highEnd, align 8
  %885 = icmp ule i64 %882, %884
  %886 = and i1 %883, %885
  br i1 %886, label %write.ok204, label %write.low202

ok169:                                            ; preds = %write.ok165
  %887 = getelementptr i8, i8* %mem, i64 %865
  %888 = bitcast i32* %unaligned170 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %888, i8* %887, i64 4, i1 false)
  %889 = load i32, i32* %unaligned170, align 4
  %890 = zext i32 %889 to i64
  %891 = mul i64 %890, 1
  %892 = add i64 4, %891
  store i64 %892, i64* %size.1, align 8
  %893 = load i64, i64* %size.1, align 8
  %894 = icmp ugt i64 %893, 2147483647
  %895 = zext i1 %894 to i32
  %896 = icmp ne i32 %895, 0
  br i1 %896, label %then171, label %else172

then171:                                          ; preds = %ok169
  br label %trap15.site23

else172:                                          ; preds = %ok169
  br label %join173

join173:                                          ; preds = %else172, %dead174
  %897 = load i64, i64* %size.1, align 8
  %898 = trunc i64 %897 to i32
  %899 = zext i32 %898 to i64
  %900 = getelementptr i64, i64* %regs, i64 1
  %901 = getelementptr i64, i64* %regs, i64 2
  %902 = load i64, i64* %900, align 8
  %903 = add i64 %902, 3
  %904 = and i64 %903, -4
  %905 = add i64 %904, %899
  %906 = load i64, i64* %901, align 8
  %907 = icmp ugt i64 %905, %906
  br i1 %907, label %trap15.site23, label %ok175

trap15.site23:                                    ; preds = %join173, %then171
  %908 = load i64, i64* %lowStart, align 8
  %909 = getelementptr i64, i64* %regs, i64 6
  store i64 %908, i64* %909, align 8
  %910 = load i64, i64* %lowEnd, align 8
  %911 = getelementptr i64, i64* %regs, i64 7
  store i64 %910, i64* %911, align 8
  %912 = load i64, i64* %highEnd, align 8
  %913 = getelementptr i64, i64* %regs, i64 8
  store i64 %912, i64* %913, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead174:                                          ; No predecessors!
  br label %join173

ok175:                                            ; preds = %join173
  store i64 %905, i64* %900, align 8
  %914 = load i64, i64* %highEnd, align 8
  %915 = call i64 @llvm.umax.i64(i64 %914, i64 %905)
  store i64 %915, i64* %highEnd, align 8
  %916 = trunc i64 %904 to i32
  store i32 %916, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %917 = load i32, i32* %xs, align 4
  %918 = zext i32 %917 to i64
  %919 = add i64 %918, 4
  %920 = icmp ugt i64 %919, %arena_size
  br i1 %920, label %trap17.site0, label %ok176

ok176:                                            ; preds = %ok175
  %921 = getelementptr i8, i8* %mem, i64 %918
  %922 = bitcast i32* %unaligned177 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %922, i8* %921, i64 4, i1 false)
  %923 = load i32, i32* %unaligned177, align 4
  store i32 %923, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each55

block54:                                          ; preds = %dead196, %ok178
  %924 = load i32, i32* %list.1, align 4
  %925 = load i32, i32* %len.1, align 4
  %926 = zext i32 %924 to i64
  %927 = add i64 %926, 4
  %928 = icmp uge i64 %926, %scratch_start
  %929 = load i64, i64* %highEnd, align 8
  %930 = icmp ule i64 %927, %929
  %931 = and i1 %928, %930
  br i1 %931, label %write.ok199, label %write.low197

each55:                                           ; preds = %write.ok194, %ok176
  %932 = load i64, i64* %fuel, align 8
  %933 = icmp ult i64 %932, 1
  br i1 %933, label %trap14.site0, label %ok178

ok178:                                            ; preds = %each55
  %934 = sub i64 %932, 1
  store i64 %934, i64* %fuel, align 8
  %935 = load i32, i32* %k, align 4
  %936 = load i32, i32* %n, align 4
  %937 = icmp uge i32 %935, %936
  %938 = zext i1 %937 to i32
  %939 = icmp ne i32 %938, 0
  br i1 %939, label %block54, label %cont

cont:                                             ; preds = %ok178
  %940 = load i32, i32* %xs, align 4
  %941 = load i32, i32* %k, align 4
  %942 = mul i32 %941, 4
  %943 = add i32 %940, %942
  %944 = zext i32 %943 to i64
  %945 = add i64 %944, 4
  %946 = add i64 %945, 4
  %947 = icmp ugt i64 %946, %arena_size
  br i1 %947, label %trap17.site0, label %ok179

ok179:                                            ; preds = %cont
  %948 = getelementptr i8, i8* %mem, i64 %945
  %949 = bitcast i32* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %949, i8* %948, i64 4, i1 false)
  %950 = load i32, i32* %unaligned180, align 4
  store i32 %950, i32* %x.1, align 4
  %951 = load i32, i32* %x.1, align 4
  store i32 %951, i32* %o, align 4
  %952 = load i32, i32* %list.1, align 4
  %953 = load i32, i32* %len.1, align 4
  %954 = mul i32 %953, 1
  %955 = add i32 %952, %954
  %956 = load i32, i32* %o, align 4
  store i32 %956, i32* %scrut.3, align 4
  %957 = load i32, i32* %scrut.3, align 4
  %958 = icmp ne i32 %957, 0
  %959 = zext i1 %958 to i32
  %960 = icmp ne i32 %959, 0
  br i1 %960, label %then183, label %else184

e56:                                              ; preds = %match58
  %961 = load i32, i32* %result181, align 4
  %962 = zext i32 %955 to i64
  %963 = add i64 %962, 4
  %964 = add i64 %963, 1
  %965 = icmp uge i64 %963, %scratch_start
  %966 = load i64, i64* %highEnd, align 8
  %967 = icmp ule i64 %964, %966
  %968 = and i1 %965, %967
  br i1 %968, label %write.ok194, label %write.low192

match58:                                          ; preds = %dead191, %then187, %then183
  %969 = load i32, i32* %result182, align 4
  store i32 %969, i32* %result181, align 4
  br label %e56

then183:                                          ; preds = %ok179
  store i32 1, i32* %result182, align 4
  br label %match58

else184:                                          ; preds = %ok179
  br label %join185

join185:                                          ; preds = %else184, %dead186
  %970 = load i32, i32* %scrut.3, align 4
  %971 = icmp eq i32 %970, 0
  %972 = zext i1 %971 to i32
  %973 = icmp ne i32 %972, 0
  br i1 %973, label %then187, label %else188

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
  %974 = load i64, i64* %lowStart, align 8
  %975 = getelementptr i64, i64* %regs, i64 6
  store i64 %974, i64* %975, align 8
  %976 = load i64, i64* %lowEnd, align 8
  %977 = getelementptr i64, i64* %regs, i64 7
  store i64 %976, i64* %977, align 8
  %978 = load i64, i64* %highEnd, align 8
  %979 = getelementptr i64, i64* %regs, i64 8
  store i64 %978, i64* %979, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 24)
  unreachable

dead191:                                          ; No predecessors!
  br label %match58

write.low192:                                     ; preds = %e56
  %980 = load i64, i64* %lowStart, align 8
  %981 = icmp uge i64 %963, %980
  %982 = load i64, i64* %lowEnd, align 8
  %983 = icmp ule i64 %964, %982
  %984 = and i1 %981, %983
  br i1 %984, label %write.ok194, label %write.slow193

write.slow193:                                    ; preds = %write.low192
  %985 = icmp ugt i64 %964, %arena_size
  br i1 %985, label %trap17.site0, label %ok195

write.ok194:                                      ; preds = %ok195, %write.low192, %e56
  %986 = getelementptr i8, i8* %mem, i64 %963
  %987 = trunc i32 %961 to i8
  store i8 %987, i8* %986, align 1
  %988 = load i32, i32* %len.1, align 4
  %989 = add i32 %988, 1
  store i32 %989, i32* %len.1, align 4
  %990 = load i32, i32* %k, align 4
  %991 = add i32 %990, 1
  store i32 %991, i32* %k, align 4
  br label %each55

ok195:                                            ; preds = %write.slow193
  %992 = icmp ult i64 %963, %scratch_start
  %993 = load i64, i64* %lowEnd, align 8
  %994 = load i64, i64* %highEnd, align 8
  %995 = call i64 @llvm.umax.i64(i64 %993, i64 %964)
  %996 = select i1 %992, i64 %995, i64 %993
  store i64 %996, i64* %lowEnd, align 8
  %997 = call i64 @llvm.umax.i64(i64 %994, i64 %964)
  %998 = select i1 %992, i64 %994, i64 %997
  store i64 %998, i64* %highEnd, align 8
  %999 = load i64, i64* %lowStart, align 8
  %1000 = call i64 @llvm.umin.i64(i64 %999, i64 %963)
  store i64 %1000, i64* %lowStart, align 8
  br label %write.ok194

dead196:                                          ; No predecessors!
  br label %block54

write.low197:                                     ; preds = %block54
  %1001 = load i64, i64* %lowStart, align 8
  %1002 = icmp uge i64 %926, %1001
  %1003 = load i64, i64* %lowEnd, align 8
  %1004 = icmp ule i64 %927, %1003
  %1005 = and i1 %1002, %1004
  br i1 %1005, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1006 = icmp ugt i64 %927, %arena_size
  br i1 %1006, label %trap17.site0, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %block54
  %1007 = getelementptr i8, i8* %mem, i64 %926
  store i32 %925, i32* %unaligned201, align 4
  %1008 = bitcast i32* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1007, i8* %1008, i64 4, i1 false)
  %1009 = load i32, i32* %list.1, align 4
  store i32 %1009, i32* %result168, align 4
  br label %e52

ok200:                                            ; preds = %write.slow198
  %1010 = icmp ult i64 %926, %scratch_start
  %1011 = load i64, i64* %lowEnd, align 8
  %1012 = load i64, i64* %highEnd, align 8
  %1013 = call i64 @llvm.umax.i64(i64 %1011, i64 %927)
  %1014 = select i1 %1010, i64 %1013, i64 %1011
  store i64 %1014, i64* %lowEnd, align 8
  %1015 = call i64 @llvm.umax.i64(i64 %1012, i64 %927)
  %1016 = select i1 %1010, i64 %1012, i64 %1015
  store i64 %1016, i64* %highEnd, align 8
  %1017 = load i64, i64* %lowStart, align 8
  %1018 = call i64 @llvm.umin.i64(i64 %1017, i64 %926)
  store i64 %1018, i64* %lowStart, align 8
  br label %write.ok199

write.low202:                                     ; preds = %e52
  %1019 = load i64, i64* %lowStart, align 8
  %1020 = icmp uge i64 %881, %1019
  %1021 = load i64, i64* %lowEnd, align 8
  %1022 = icmp ule i64 %882, %1021
  %1023 = and i1 %1020, %1022
  br i1 %1023, label %write.ok204, label %write.slow203

write.slow203:                                    ; preds = %write.low202
  %1024 = icmp ugt i64 %882, %arena_size
  br i1 %1024, label %trap17.site0, label %ok205

write.ok204:                                      ; preds = %ok205, %write.low202, %e52
  %1025 = getelementptr i8, i8* %mem, i64 %881
  store i32 %879, i32* %unaligned206, align 4
  %1026 = bitcast i32* %unaligned206 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1025, i8* %1026, i64 4, i1 false)
  %1027 = load i32, i32* %dict, align 4
  store i32 %1027, i32* %result7, align 4
  br label %e0

ok205:                                            ; preds = %write.slow203
  %1028 = icmp ult i64 %881, %scratch_start
  %1029 = load i64, i64* %lowEnd, align 8
  %1030 = load i64, i64* %highEnd, align 8
  %1031 = call i64 @llvm.umax.i64(i64 %1029, i64 %882)
  %1032 = select i1 %1028, i64 %1031, i64 %1029
  store i64 %1032, i64* %lowEnd, align 8
  %1033 = call i64 @llvm.umax.i64(i64 %1030, i64 %882)
  %1034 = select i1 %1028, i64 %1030, i64 %1033
  store i64 %1034, i64* %highEnd, align 8
  %1035 = load i64, i64* %lowStart, align 8
  %1036 = call i64 @llvm.umin.i64(i64 %1035, i64 %881)
  store i64 %1036, i64* %lowStart, align 8
  br label %write.ok204

ok207:                                            ; preds = %e0
  %1037 = icmp ult i64 %10, %stack_limit
  br i1 %1037, label %trap253.site0, label %stack_ok208

trap15.site0:                                     ; preds = %e0
  %1038 = load i64, i64* %lowStart, align 8
  %1039 = getelementptr i64, i64* %regs, i64 6
  store i64 %1038, i64* %1039, align 8
  %1040 = load i64, i64* %lowEnd, align 8
  %1041 = getelementptr i64, i64* %regs, i64 7
  store i64 %1040, i64* %1041, align 8
  %1042 = load i64, i64* %highEnd, align 8
  %1043 = getelementptr i64, i64* %regs, i64 8
  store i64 %1042, i64* %1043, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok208:                                      ; preds = %ok207
  %1044 = load i64, i64* %fuel, align 8
  %1045 = getelementptr i64, i64* %regs, i64 0
  store i64 %1044, i64* %1045, align 8
  %1046 = load i64, i64* %lowStart, align 8
  %1047 = getelementptr i64, i64* %regs, i64 6
  store i64 %1046, i64* %1047, align 8
  %1048 = load i64, i64* %lowEnd, align 8
  %1049 = getelementptr i64, i64* %regs, i64 7
  store i64 %1048, i64* %1049, align 8
  %1050 = load i64, i64* %highEnd, align 8
  %1051 = getelementptr i64, i64* %regs, i64 8
  store i64 %1050, i64* %1051, align 8
  %1052 = add i32 %depth, 1
  %1053 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1052, i32 %97, i32 %98, i32 0)
  %1054 = getelementptr i64, i64* %regs, i64 0
  %1055 = load i64, i64* %1054, align 8
  store i64 %1055, i64* %fuel, align 8
  %1056 = getelementptr i64, i64* %regs, i64 6
  %1057 = load i64, i64* %1056, align 8
  store i64 %1057, i64* %lowStart, align 8
  %1058 = getelementptr i64, i64* %regs, i64 7
  %1059 = load i64, i64* %1058, align 8
  store i64 %1059, i64* %lowEnd, align 8
  %1060 = getelementptr i64, i64* %regs, i64 8
  %1061 = load i64, i64* %1060, align 8
  store i64 %1061, i64* %highEnd, align 8
  store i32 %1053, i32* %json_end, align 4
  %1062 = load i32, i32* %json_end, align 4
  %1063 = icmp eq i32 %1062, -2
  %1064 = zext i1 %1063 to i32
  %1065 = icmp ne i32 %1064, 0
  br i1 %1065, label %then209, label %else210

then209:                                          ; preds = %stack_ok208
  br label %trap16.site5

else210:                                          ; preds = %stack_ok208
  br label %join211

join211:                                          ; preds = %else210, %dead212
  %1066 = load i32, i32* %json_end, align 4
  %1067 = icmp eq i32 %1066, -1
  %1068 = zext i1 %1067 to i32
  %1069 = icmp ne i32 %1068, 0
  br i1 %1069, label %then213, label %else214

trap16.site5:                                     ; preds = %then209
  %1070 = load i64, i64* %lowStart, align 8
  %1071 = getelementptr i64, i64* %regs, i64 6
  store i64 %1070, i64* %1071, align 8
  %1072 = load i64, i64* %lowEnd, align 8
  %1073 = getelementptr i64, i64* %regs, i64 7
  store i64 %1072, i64* %1073, align 8
  %1074 = load i64, i64* %highEnd, align 8
  %1075 = getelementptr i64, i64* %regs, i64 8
  store i64 %1074, i64* %1075, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead212:                                          ; No predecessors!
  br label %join211

then213:                                          ; preds = %join211
  br label %trap15.site5

else214:                                          ; preds = %join211
  br label %join215

join215:                                          ; preds = %else214, %dead216
  %1076 = load i32, i32* %json_end, align 4
  %1077 = zext i32 %1076 to i64
  %1078 = getelementptr i64, i64* %regs, i64 3
  store i64 %1077, i64* %1078, align 8
  %1079 = load i32, i32* %json_end, align 4
  %1080 = load i32, i32* %json_start, align 4
  %1081 = sub i32 %1079, %1080
  %1082 = load i64, i64* %fuel, align 8
  %1083 = getelementptr i64, i64* %regs, i64 0
  store i64 %1082, i64* %1083, align 8
  %1084 = load i64, i64* %lowStart, align 8
  %1085 = getelementptr i64, i64* %regs, i64 6
  store i64 %1084, i64* %1085, align 8
  %1086 = load i64, i64* %lowEnd, align 8
  %1087 = getelementptr i64, i64* %regs, i64 7
  store i64 %1086, i64* %1087, align 8
  %1088 = load i64, i64* %highEnd, align 8
  %1089 = getelementptr i64, i64* %regs, i64 8
  store i64 %1088, i64* %1089, align 8
  ret i32 %1081

dead216:                                          ; No predecessors!
  br label %join215
}
