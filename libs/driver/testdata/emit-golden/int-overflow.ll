; From libs/driver/testdata/emit-golden/int-overflow.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/int-overflow.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
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
;   @m0.codec.dec.int.0
;   @m0.codec.skip
;   @m0.codec.dec.list.1
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.1
;   @m0.codec.enc.list.2
;   @m0.codec.enc.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.ssub.with.overflow.i64
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
  %arg = alloca i64, align 8
  store i64 0, i64* %arg, align 8
  %arg.1 = alloca i64, align 8
  store i64 0, i64* %arg.1, align 8
  %arg.2 = alloca i32, align 4
  store i32 0, i32* %arg.2, align 4
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
  %unaligned117 = alloca i64, align 8
  %unaligned127 = alloca i64, align 8
  %unaligned137 = alloca i32, align 4
  %unaligned144 = alloca i64, align 8
  %unaligned149 = alloca i64, align 8
  %unaligned154 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %default11, %then85, %case12, %then77, %case13, %then69, %case14, %ok29, %then26, %ok23, %ok12, %ok11, %join9, %ok
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

trap253.site0:                                    ; preds = %ok91, %ok88, %ok83, %ok80, %ok75, %ok72, %ok67, %ok30, %ok24, %ok1
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

trap17.site0:                                     ; preds = %write.slow151, %write.slow146, %write.slow, %join134, %join124, %join114, %cont103, %ws_done15, %cont94, %cont62, %cont57, %then48, %then40, %then32, %ws_done2, %cont15, %ws_done0, %cont
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
  %134 = getelementptr i64, i64* %regs, i64 1
  %135 = getelementptr i64, i64* %regs, i64 2
  %136 = load i64, i64* %134, align 8
  %137 = add i64 %136, 3
  %138 = and i64 %137, -4
  %139 = add i64 %138, 4
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

join22:                                           ; preds = %else21, %join101
  %182 = load i32, i32* %arg0_state, align 4
  %183 = icmp eq i32 %182, 0
  %184 = zext i1 %183 to i32
  %185 = icmp ne i32 %184, 0
  br i1 %185, label %then108, label %else109

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
  %242 = icmp eq i32 %241, 1
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

match5:                                           ; preds = %join50, %then52, %then44, %then36
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
  %280 = sub i64 %arena_size, 1
  %281 = icmp sgt i64 %279, %280
  br i1 %281, label %trap17.site0, label %ok35

else33:                                           ; preds = %join28
  br label %join34

join34:                                           ; preds = %else33, %join38
  %282 = load i32, i32* %args_klen, align 4
  %283 = icmp eq i32 %282, 1
  %284 = zext i1 %283 to i32
  %285 = icmp ne i32 %284, 0
  br i1 %285, label %then40, label %else41

ok35:                                             ; preds = %then32
  %286 = getelementptr i8, i8* %mem, i64 %279
  %287 = load i8, i8* %286, align 1
  %288 = zext i8 %287 to i32
  %289 = icmp eq i32 %288, 97
  %290 = zext i1 %289 to i32
  %291 = icmp ne i32 %290, 0
  br i1 %291, label %then36, label %else37

then36:                                           ; preds = %ok35
  store i32 0, i32* %result, align 4
  br label %match5

else37:                                           ; preds = %ok35
  br label %join38

join38:                                           ; preds = %else37, %dead39
  br label %join34

dead39:                                           ; No predecessors!
  br label %join38

then40:                                           ; preds = %join34
  %292 = load i32, i32* %args_kp, align 4
  %293 = zext i32 %292 to i64
  %294 = sub i64 %arena_size, 1
  %295 = icmp sgt i64 %293, %294
  br i1 %295, label %trap17.site0, label %ok43

else41:                                           ; preds = %join34
  br label %join42

join42:                                           ; preds = %else41, %join46
  %296 = load i32, i32* %args_klen, align 4
  %297 = icmp eq i32 %296, 2
  %298 = zext i1 %297 to i32
  %299 = icmp ne i32 %298, 0
  br i1 %299, label %then48, label %else49

ok43:                                             ; preds = %then40
  %300 = getelementptr i8, i8* %mem, i64 %293
  %301 = load i8, i8* %300, align 1
  %302 = zext i8 %301 to i32
  %303 = icmp eq i32 %302, 98
  %304 = zext i1 %303 to i32
  %305 = icmp ne i32 %304, 0
  br i1 %305, label %then44, label %else45

then44:                                           ; preds = %ok43
  store i32 1, i32* %result, align 4
  br label %match5

else45:                                           ; preds = %ok43
  br label %join46

join46:                                           ; preds = %else45, %dead47
  br label %join42

dead47:                                           ; No predecessors!
  br label %join46

then48:                                           ; preds = %join42
  %306 = load i32, i32* %args_kp, align 4
  %307 = zext i32 %306 to i64
  %308 = sub i64 %arena_size, 2
  %309 = icmp sgt i64 %307, %308
  br i1 %309, label %trap17.site0, label %ok51

else49:                                           ; preds = %join42
  br label %join50

join50:                                           ; preds = %else49, %join54
  store i32 -1, i32* %result, align 4
  br label %match5

ok51:                                             ; preds = %then48
  %310 = getelementptr i8, i8* %mem, i64 %307
  %311 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %311, i8* %310, i64 2, i1 false)
  %312 = load i16, i16* %unaligned, align 2
  %313 = zext i16 %312 to i32
  %314 = icmp eq i32 %313, 29560
  %315 = zext i1 %314 to i32
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %then52, label %else53

then52:                                           ; preds = %ok51
  store i32 2, i32* %result, align 4
  br label %match5

else53:                                           ; preds = %ok51
  br label %join54

join54:                                           ; preds = %else53, %dead55
  br label %join50

dead55:                                           ; No predecessors!
  br label %join54

ws_done6:                                         ; preds = %dead60, %ok58, %ok56
  %317 = load i32, i32* %args_pos, align 4
  %318 = add i32 %317, 1
  store i32 %318, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont59, %match5
  %319 = load i64, i64* %fuel, align 8
  %320 = icmp ult i64 %319, 1
  br i1 %320, label %trap14.site0, label %ok56

ok56:                                             ; preds = %ws7
  %321 = sub i64 %319, 1
  store i64 %321, i64* %fuel, align 8
  %322 = load i32, i32* %args_pos, align 4
  %323 = load i32, i32* %args_end, align 4
  %324 = icmp uge i32 %322, %323
  %325 = zext i1 %324 to i32
  %326 = icmp ne i32 %325, 0
  br i1 %326, label %ws_done6, label %cont57

cont57:                                           ; preds = %ok56
  %327 = load i32, i32* %args_pos, align 4
  %328 = zext i32 %327 to i64
  %329 = sub i64 %arena_size, 1
  %330 = icmp sgt i64 %328, %329
  br i1 %330, label %trap17.site0, label %ok58

ok58:                                             ; preds = %cont57
  %331 = getelementptr i8, i8* %mem, i64 %328
  %332 = load i8, i8* %331, align 1
  %333 = zext i8 %332 to i32
  store i32 %333, i32* %ws, align 4
  %334 = load i32, i32* %ws, align 4
  %335 = icmp ule i32 %334, 32
  %336 = zext i1 %335 to i32
  %337 = icmp eq i32 %336, 0
  %338 = zext i1 %337 to i32
  %339 = icmp ne i32 %338, 0
  br i1 %339, label %ws_done6, label %cont59

cont59:                                           ; preds = %ok58
  %340 = load i32, i32* %args_pos, align 4
  %341 = add i32 %340, 1
  store i32 %341, i32* %args_pos, align 4
  br label %ws7

dead60:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead65, %ok63, %ok61
  %342 = load i32, i32* %args_c, align 4
  switch i32 %342, label %default11 [
    i32 0, label %case14
    i32 1, label %case13
    i32 2, label %case12
  ]

ws9:                                              ; preds = %cont64, %ws_done6
  %343 = load i64, i64* %fuel, align 8
  %344 = icmp ult i64 %343, 1
  br i1 %344, label %trap14.site0, label %ok61

ok61:                                             ; preds = %ws9
  %345 = sub i64 %343, 1
  store i64 %345, i64* %fuel, align 8
  %346 = load i32, i32* %args_pos, align 4
  %347 = load i32, i32* %args_end, align 4
  %348 = icmp uge i32 %346, %347
  %349 = zext i1 %348 to i32
  %350 = icmp ne i32 %349, 0
  br i1 %350, label %ws_done8, label %cont62

cont62:                                           ; preds = %ok61
  %351 = load i32, i32* %args_pos, align 4
  %352 = zext i32 %351 to i64
  %353 = sub i64 %arena_size, 1
  %354 = icmp sgt i64 %352, %353
  br i1 %354, label %trap17.site0, label %ok63

ok63:                                             ; preds = %cont62
  %355 = getelementptr i8, i8* %mem, i64 %352
  %356 = load i8, i8* %355, align 1
  %357 = zext i8 %356 to i32
  store i32 %357, i32* %ws, align 4
  %358 = load i32, i32* %ws, align 4
  %359 = icmp ule i32 %358, 32
  %360 = zext i1 %359 to i32
  %361 = icmp eq i32 %360, 0
  %362 = zext i1 %361 to i32
  %363 = icmp ne i32 %362, 0
  br i1 %363, label %ws_done8, label %cont64

cont64:                                           ; preds = %ok63
  %364 = load i32, i32* %args_pos, align 4
  %365 = add i32 %364, 1
  store i32 %365, i32* %args_pos, align 4
  br label %ws9

dead65:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok92, %join87, %join79, %join71
  br label %ws16

default11:                                        ; preds = %dead90, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %366 = load i32, i32* %args_pos, align 4
  %367 = load i32, i32* %args_end, align 4
  %368 = icmp uge i32 %depth, 1000
  br i1 %368, label %trap15.site0, label %ok91

case12:                                           ; preds = %dead82, %ws_done8
  %369 = load i32, i32* %args_pos, align 4
  %370 = load i32, i32* %args_end, align 4
  %371 = load i32, i32* %arg2_cell, align 4
  %372 = icmp uge i32 %depth, 1000
  br i1 %372, label %trap15.site0, label %ok83

case13:                                           ; preds = %dead74, %ws_done8
  %373 = load i32, i32* %args_pos, align 4
  %374 = load i32, i32* %args_end, align 4
  %375 = load i32, i32* %arg1_cell, align 4
  %376 = icmp uge i32 %depth, 1000
  br i1 %376, label %trap15.site0, label %ok75

case14:                                           ; preds = %dead66, %ws_done8
  %377 = load i32, i32* %args_pos, align 4
  %378 = load i32, i32* %args_end, align 4
  %379 = load i32, i32* %arg0_cell, align 4
  %380 = icmp uge i32 %depth, 1000
  br i1 %380, label %trap15.site0, label %ok67

dead66:                                           ; No predecessors!
  br label %case14

ok67:                                             ; preds = %case14
  %381 = icmp ult i64 %10, %stack_limit
  br i1 %381, label %trap253.site0, label %stack_ok68

stack_ok68:                                       ; preds = %ok67
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
  %391 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %390, i32 %377, i32 %378, i32 %379)
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
  store i32 %391, i32* %args_r, align 4
  %400 = load i32, i32* %args_r, align 4
  %401 = icmp slt i32 %400, 0
  %402 = zext i1 %401 to i32
  %403 = icmp ne i32 %402, 0
  br i1 %403, label %then69, label %else70

then69:                                           ; preds = %stack_ok68
  store i32 2, i32* %arg0_state, align 4
  %404 = load i32, i32* %args_mark, align 4
  %405 = zext i32 %404 to i64
  %406 = getelementptr i64, i64* %regs, i64 1
  store i64 %405, i64* %406, align 8
  %407 = load i32, i32* %args_pos, align 4
  %408 = load i32, i32* %args_end, align 4
  %409 = icmp uge i32 %depth, 1000
  br i1 %409, label %trap15.site0, label %ok72

else70:                                           ; preds = %stack_ok68
  store i32 1, i32* %arg0_state, align 4
  %410 = load i32, i32* %args_r, align 4
  store i32 %410, i32* %args_pos, align 4
  br label %join71

join71:                                           ; preds = %else70, %stack_ok73
  br label %switch10

ok72:                                             ; preds = %then69
  %411 = icmp ult i64 %10, %stack_limit
  br i1 %411, label %trap253.site0, label %stack_ok73

stack_ok73:                                       ; preds = %ok72
  %412 = load i64, i64* %fuel, align 8
  %413 = getelementptr i64, i64* %regs, i64 0
  store i64 %412, i64* %413, align 8
  %414 = load i64, i64* %lowStart, align 8
  %415 = getelementptr i64, i64* %regs, i64 6
  store i64 %414, i64* %415, align 8
  %416 = load i64, i64* %lowEnd, align 8
  %417 = getelementptr i64, i64* %regs, i64 7
  store i64 %416, i64* %417, align 8
  %418 = load i64, i64* %highEnd, align 8
  %419 = getelementptr i64, i64* %regs, i64 8
  store i64 %418, i64* %419, align 8
  %420 = add i32 %depth, 1
  %421 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %420, i32 %407, i32 %408)
  %422 = getelementptr i64, i64* %regs, i64 0
  %423 = load i64, i64* %422, align 8
  store i64 %423, i64* %fuel, align 8
  %424 = getelementptr i64, i64* %regs, i64 6
  %425 = load i64, i64* %424, align 8
  store i64 %425, i64* %lowStart, align 8
  %426 = getelementptr i64, i64* %regs, i64 7
  %427 = load i64, i64* %426, align 8
  store i64 %427, i64* %lowEnd, align 8
  %428 = getelementptr i64, i64* %regs, i64 8
  %429 = load i64, i64* %428, align 8
  store i64 %429, i64* %highEnd, align 8
  store i32 %421, i32* %args_pos, align 4
  br label %join71

dead74:                                           ; No predecessors!
  br label %case13

ok75:                                             ; preds = %case13
  %430 = icmp ult i64 %10, %stack_limit
  br i1 %430, label %trap253.site0, label %stack_ok76

stack_ok76:                                       ; preds = %ok75
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
  %440 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %439, i32 %373, i32 %374, i32 %375)
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
  store i32 %440, i32* %args_r, align 4
  %449 = load i32, i32* %args_r, align 4
  %450 = icmp slt i32 %449, 0
  %451 = zext i1 %450 to i32
  %452 = icmp ne i32 %451, 0
  br i1 %452, label %then77, label %else78

then77:                                           ; preds = %stack_ok76
  store i32 2, i32* %arg1_state, align 4
  %453 = load i32, i32* %args_mark, align 4
  %454 = zext i32 %453 to i64
  %455 = getelementptr i64, i64* %regs, i64 1
  store i64 %454, i64* %455, align 8
  %456 = load i32, i32* %args_pos, align 4
  %457 = load i32, i32* %args_end, align 4
  %458 = icmp uge i32 %depth, 1000
  br i1 %458, label %trap15.site0, label %ok80

else78:                                           ; preds = %stack_ok76
  store i32 1, i32* %arg1_state, align 4
  %459 = load i32, i32* %args_r, align 4
  store i32 %459, i32* %args_pos, align 4
  br label %join79

join79:                                           ; preds = %else78, %stack_ok81
  br label %switch10

ok80:                                             ; preds = %then77
  %460 = icmp ult i64 %10, %stack_limit
  br i1 %460, label %trap253.site0, label %stack_ok81

stack_ok81:                                       ; preds = %ok80
  %461 = load i64, i64* %fuel, align 8
  %462 = getelementptr i64, i64* %regs, i64 0
  store i64 %461, i64* %462, align 8
  %463 = load i64, i64* %lowStart, align 8
  %464 = getelementptr i64, i64* %regs, i64 6
  store i64 %463, i64* %464, align 8
  %465 = load i64, i64* %lowEnd, align 8
  %466 = getelementptr i64, i64* %regs, i64 7
  store i64 %465, i64* %466, align 8
  %467 = load i64, i64* %highEnd, align 8
  %468 = getelementptr i64, i64* %regs, i64 8
  store i64 %467, i64* %468, align 8
  %469 = add i32 %depth, 1
  %470 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %469, i32 %456, i32 %457)
  %471 = getelementptr i64, i64* %regs, i64 0
  %472 = load i64, i64* %471, align 8
  store i64 %472, i64* %fuel, align 8
  %473 = getelementptr i64, i64* %regs, i64 6
  %474 = load i64, i64* %473, align 8
  store i64 %474, i64* %lowStart, align 8
  %475 = getelementptr i64, i64* %regs, i64 7
  %476 = load i64, i64* %475, align 8
  store i64 %476, i64* %lowEnd, align 8
  %477 = getelementptr i64, i64* %regs, i64 8
  %478 = load i64, i64* %477, align 8
  store i64 %478, i64* %highEnd, align 8
  store i32 %470, i32* %args_pos, align 4
  br label %join79

dead82:                                           ; No predecessors!
  br label %case12

ok83:                                             ; preds = %case12
  %479 = icmp ult i64 %10, %stack_limit
  br i1 %479, label %trap253.site0, label %stack_ok84

stack_ok84:                                       ; preds = %ok83
  %480 = load i64, i64* %fuel, align 8
  %481 = getelementptr i64, i64* %regs, i64 0
  store i64 %480, i64* %481, align 8
  %482 = load i64, i64* %lowStart, align 8
  %483 = getelementptr i64, i64* %regs, i64 6
  store i64 %482, i64* %483, align 8
  %484 = load i64, i64* %lowEnd, align 8
  %485 = getelementptr i64, i64* %regs, i64 7
  store i64 %484, i64* %485, align 8
  %486 = load i64, i64* %highEnd, align 8
  %487 = getelementptr i64, i64* %regs, i64 8
  store i64 %486, i64* %487, align 8
  %488 = add i32 %depth, 1
  %489 = call i32 @m0.codec.dec.list.1(i64* %regs, i8* %mem, i32 %488, i32 %369, i32 %370, i32 %371)
  %490 = getelementptr i64, i64* %regs, i64 0
  %491 = load i64, i64* %490, align 8
  store i64 %491, i64* %fuel, align 8
  %492 = getelementptr i64, i64* %regs, i64 6
  %493 = load i64, i64* %492, align 8
  store i64 %493, i64* %lowStart, align 8
  %494 = getelementptr i64, i64* %regs, i64 7
  %495 = load i64, i64* %494, align 8
  store i64 %495, i64* %lowEnd, align 8
  %496 = getelementptr i64, i64* %regs, i64 8
  %497 = load i64, i64* %496, align 8
  store i64 %497, i64* %highEnd, align 8
  store i32 %489, i32* %args_r, align 4
  %498 = load i32, i32* %args_r, align 4
  %499 = icmp slt i32 %498, 0
  %500 = zext i1 %499 to i32
  %501 = icmp ne i32 %500, 0
  br i1 %501, label %then85, label %else86

then85:                                           ; preds = %stack_ok84
  store i32 2, i32* %arg2_state, align 4
  %502 = load i32, i32* %args_mark, align 4
  %503 = zext i32 %502 to i64
  %504 = getelementptr i64, i64* %regs, i64 1
  store i64 %503, i64* %504, align 8
  %505 = load i32, i32* %args_pos, align 4
  %506 = load i32, i32* %args_end, align 4
  %507 = icmp uge i32 %depth, 1000
  br i1 %507, label %trap15.site0, label %ok88

else86:                                           ; preds = %stack_ok84
  store i32 1, i32* %arg2_state, align 4
  %508 = load i32, i32* %args_r, align 4
  store i32 %508, i32* %args_pos, align 4
  br label %join87

join87:                                           ; preds = %else86, %stack_ok89
  br label %switch10

ok88:                                             ; preds = %then85
  %509 = icmp ult i64 %10, %stack_limit
  br i1 %509, label %trap253.site0, label %stack_ok89

stack_ok89:                                       ; preds = %ok88
  %510 = load i64, i64* %fuel, align 8
  %511 = getelementptr i64, i64* %regs, i64 0
  store i64 %510, i64* %511, align 8
  %512 = load i64, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  store i64 %516, i64* %517, align 8
  %518 = add i32 %depth, 1
  %519 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %518, i32 %505, i32 %506)
  %520 = getelementptr i64, i64* %regs, i64 0
  %521 = load i64, i64* %520, align 8
  store i64 %521, i64* %fuel, align 8
  %522 = getelementptr i64, i64* %regs, i64 6
  %523 = load i64, i64* %522, align 8
  store i64 %523, i64* %lowStart, align 8
  %524 = getelementptr i64, i64* %regs, i64 7
  %525 = load i64, i64* %524, align 8
  store i64 %525, i64* %lowEnd, align 8
  %526 = getelementptr i64, i64* %regs, i64 8
  %527 = load i64, i64* %526, align 8
  store i64 %527, i64* %highEnd, align 8
  store i32 %519, i32* %args_pos, align 4
  br label %join87

dead90:                                           ; No predecessors!
  br label %default11

ok91:                                             ; preds = %default11
  %528 = icmp ult i64 %10, %stack_limit
  br i1 %528, label %trap253.site0, label %stack_ok92

stack_ok92:                                       ; preds = %ok91
  %529 = load i64, i64* %fuel, align 8
  %530 = getelementptr i64, i64* %regs, i64 0
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %lowStart, align 8
  %532 = getelementptr i64, i64* %regs, i64 6
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %lowEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 7
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %highEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 8
  store i64 %535, i64* %536, align 8
  %537 = add i32 %depth, 1
  %538 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %537, i32 %366, i32 %367)
  %539 = getelementptr i64, i64* %regs, i64 0
  %540 = load i64, i64* %539, align 8
  store i64 %540, i64* %fuel, align 8
  %541 = getelementptr i64, i64* %regs, i64 6
  %542 = load i64, i64* %541, align 8
  store i64 %542, i64* %lowStart, align 8
  %543 = getelementptr i64, i64* %regs, i64 7
  %544 = load i64, i64* %543, align 8
  store i64 %544, i64* %lowEnd, align 8
  %545 = getelementptr i64, i64* %regs, i64 8
  %546 = load i64, i64* %545, align 8
  store i64 %546, i64* %highEnd, align 8
  store i32 %538, i32* %args_pos, align 4
  br label %switch10

ws_done15:                                        ; preds = %dead97, %ok95, %ok93
  %547 = load i32, i32* %args_pos, align 4
  %548 = zext i32 %547 to i64
  %549 = sub i64 %arena_size, 1
  %550 = icmp sgt i64 %548, %549
  br i1 %550, label %trap17.site0, label %ok98

ws16:                                             ; preds = %cont96, %switch10
  %551 = load i64, i64* %fuel, align 8
  %552 = icmp ult i64 %551, 1
  br i1 %552, label %trap14.site0, label %ok93

ok93:                                             ; preds = %ws16
  %553 = sub i64 %551, 1
  store i64 %553, i64* %fuel, align 8
  %554 = load i32, i32* %args_pos, align 4
  %555 = load i32, i32* %args_end, align 4
  %556 = icmp uge i32 %554, %555
  %557 = zext i1 %556 to i32
  %558 = icmp ne i32 %557, 0
  br i1 %558, label %ws_done15, label %cont94

cont94:                                           ; preds = %ok93
  %559 = load i32, i32* %args_pos, align 4
  %560 = zext i32 %559 to i64
  %561 = sub i64 %arena_size, 1
  %562 = icmp sgt i64 %560, %561
  br i1 %562, label %trap17.site0, label %ok95

ok95:                                             ; preds = %cont94
  %563 = getelementptr i8, i8* %mem, i64 %560
  %564 = load i8, i8* %563, align 1
  %565 = zext i8 %564 to i32
  store i32 %565, i32* %ws, align 4
  %566 = load i32, i32* %ws, align 4
  %567 = icmp ule i32 %566, 32
  %568 = zext i1 %567 to i32
  %569 = icmp eq i32 %568, 0
  %570 = zext i1 %569 to i32
  %571 = icmp ne i32 %570, 0
  br i1 %571, label %ws_done15, label %cont96

cont96:                                           ; preds = %ok95
  %572 = load i32, i32* %args_pos, align 4
  %573 = add i32 %572, 1
  store i32 %573, i32* %args_pos, align 4
  br label %ws16

dead97:                                           ; No predecessors!
  br label %ws_done15

ok98:                                             ; preds = %ws_done15
  %574 = getelementptr i8, i8* %mem, i64 %548
  %575 = load i8, i8* %574, align 1
  %576 = zext i8 %575 to i32
  store i32 %576, i32* %args_c, align 4
  %577 = load i32, i32* %args_pos, align 4
  %578 = add i32 %577, 1
  store i32 %578, i32* %args_pos, align 4
  %579 = load i32, i32* %args_c, align 4
  %580 = icmp eq i32 %579, 44
  %581 = zext i1 %580 to i32
  %582 = icmp ne i32 %581, 0
  br i1 %582, label %then99, label %else100

then99:                                           ; preds = %ok98
  br label %ws18

else100:                                          ; preds = %ok98
  br label %join101

join101:                                          ; preds = %else100, %dead107
  br label %join22

ws_done17:                                        ; preds = %dead106, %ok104, %ok102
  br label %args4

ws18:                                             ; preds = %cont105, %then99
  %583 = load i64, i64* %fuel, align 8
  %584 = icmp ult i64 %583, 1
  br i1 %584, label %trap14.site0, label %ok102

ok102:                                            ; preds = %ws18
  %585 = sub i64 %583, 1
  store i64 %585, i64* %fuel, align 8
  %586 = load i32, i32* %args_pos, align 4
  %587 = load i32, i32* %args_end, align 4
  %588 = icmp uge i32 %586, %587
  %589 = zext i1 %588 to i32
  %590 = icmp ne i32 %589, 0
  br i1 %590, label %ws_done17, label %cont103

cont103:                                          ; preds = %ok102
  %591 = load i32, i32* %args_pos, align 4
  %592 = zext i32 %591 to i64
  %593 = sub i64 %arena_size, 1
  %594 = icmp sgt i64 %592, %593
  br i1 %594, label %trap17.site0, label %ok104

ok104:                                            ; preds = %cont103
  %595 = getelementptr i8, i8* %mem, i64 %592
  %596 = load i8, i8* %595, align 1
  %597 = zext i8 %596 to i32
  store i32 %597, i32* %ws, align 4
  %598 = load i32, i32* %ws, align 4
  %599 = icmp ule i32 %598, 32
  %600 = zext i1 %599 to i32
  %601 = icmp eq i32 %600, 0
  %602 = zext i1 %601 to i32
  %603 = icmp ne i32 %602, 0
  br i1 %603, label %ws_done17, label %cont105

cont105:                                          ; preds = %ok104
  %604 = load i32, i32* %args_pos, align 4
  %605 = add i32 %604, 1
  store i32 %605, i32* %args_pos, align 4
  br label %ws18

dead106:                                          ; No predecessors!
  br label %ws_done17

dead107:                                          ; No predecessors!
  br label %join101

then108:                                          ; preds = %join22
  br label %trap9.site2

else109:                                          ; preds = %join22
  br label %join110

join110:                                          ; preds = %else109, %dead111
  %606 = load i32, i32* %arg0_state, align 4
  %607 = icmp eq i32 %606, 2
  %608 = zext i1 %607 to i32
  %609 = icmp ne i32 %608, 0
  br i1 %609, label %then112, label %else113

trap9.site2:                                      ; preds = %then108
  %610 = load i64, i64* %lowStart, align 8
  %611 = getelementptr i64, i64* %regs, i64 6
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %lowEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 7
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %highEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 8
  store i64 %614, i64* %615, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead111:                                          ; No predecessors!
  br label %join110

then112:                                          ; preds = %join110
  br label %trap11.site2

else113:                                          ; preds = %join110
  br label %join114

join114:                                          ; preds = %else113, %dead115
  %616 = load i32, i32* %arg0_cell, align 4
  %617 = zext i32 %616 to i64
  %618 = sub i64 %arena_size, 8
  %619 = icmp sgt i64 %617, %618
  br i1 %619, label %trap17.site0, label %ok116

trap11.site2:                                     ; preds = %then112
  %620 = load i64, i64* %lowStart, align 8
  %621 = getelementptr i64, i64* %regs, i64 6
  store i64 %620, i64* %621, align 8
  %622 = load i64, i64* %lowEnd, align 8
  %623 = getelementptr i64, i64* %regs, i64 7
  store i64 %622, i64* %623, align 8
  %624 = load i64, i64* %highEnd, align 8
  %625 = getelementptr i64, i64* %regs, i64 8
  store i64 %624, i64* %625, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead115:                                          ; No predecessors!
  br label %join114

ok116:                                            ; preds = %join114
  %626 = getelementptr i8, i8* %mem, i64 %617
  %627 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %627, i8* %626, i64 8, i1 false)
  %628 = load i64, i64* %unaligned117, align 8
  store i64 %628, i64* %arg, align 8
  %629 = load i32, i32* %arg1_state, align 4
  %630 = icmp eq i32 %629, 0
  %631 = zext i1 %630 to i32
  %632 = icmp ne i32 %631, 0
  br i1 %632, label %then118, label %else119

then118:                                          ; preds = %ok116
  br label %trap9.site3

else119:                                          ; preds = %ok116
  br label %join120

join120:                                          ; preds = %else119, %dead121
  %633 = load i32, i32* %arg1_state, align 4
  %634 = icmp eq i32 %633, 2
  %635 = zext i1 %634 to i32
  %636 = icmp ne i32 %635, 0
  br i1 %636, label %then122, label %else123

trap9.site3:                                      ; preds = %then118
  %637 = load i64, i64* %lowStart, align 8
  %638 = getelementptr i64, i64* %regs, i64 6
  store i64 %637, i64* %638, align 8
  %639 = load i64, i64* %lowEnd, align 8
  %640 = getelementptr i64, i64* %regs, i64 7
  store i64 %639, i64* %640, align 8
  %641 = load i64, i64* %highEnd, align 8
  %642 = getelementptr i64, i64* %regs, i64 8
  store i64 %641, i64* %642, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead121:                                          ; No predecessors!
  br label %join120

then122:                                          ; preds = %join120
  br label %trap11.site3

else123:                                          ; preds = %join120
  br label %join124

join124:                                          ; preds = %else123, %dead125
  %643 = load i32, i32* %arg1_cell, align 4
  %644 = zext i32 %643 to i64
  %645 = sub i64 %arena_size, 8
  %646 = icmp sgt i64 %644, %645
  br i1 %646, label %trap17.site0, label %ok126

trap11.site3:                                     ; preds = %then122
  %647 = load i64, i64* %lowStart, align 8
  %648 = getelementptr i64, i64* %regs, i64 6
  store i64 %647, i64* %648, align 8
  %649 = load i64, i64* %lowEnd, align 8
  %650 = getelementptr i64, i64* %regs, i64 7
  store i64 %649, i64* %650, align 8
  %651 = load i64, i64* %highEnd, align 8
  %652 = getelementptr i64, i64* %regs, i64 8
  store i64 %651, i64* %652, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead125:                                          ; No predecessors!
  br label %join124

ok126:                                            ; preds = %join124
  %653 = getelementptr i8, i8* %mem, i64 %644
  %654 = bitcast i64* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %654, i8* %653, i64 8, i1 false)
  %655 = load i64, i64* %unaligned127, align 8
  store i64 %655, i64* %arg.1, align 8
  %656 = load i32, i32* %arg2_state, align 4
  %657 = icmp eq i32 %656, 0
  %658 = zext i1 %657 to i32
  %659 = icmp ne i32 %658, 0
  br i1 %659, label %then128, label %else129

then128:                                          ; preds = %ok126
  br label %trap9.site4

else129:                                          ; preds = %ok126
  br label %join130

join130:                                          ; preds = %else129, %dead131
  %660 = load i32, i32* %arg2_state, align 4
  %661 = icmp eq i32 %660, 2
  %662 = zext i1 %661 to i32
  %663 = icmp ne i32 %662, 0
  br i1 %663, label %then132, label %else133

trap9.site4:                                      ; preds = %then128
  %664 = load i64, i64* %lowStart, align 8
  %665 = getelementptr i64, i64* %regs, i64 6
  store i64 %664, i64* %665, align 8
  %666 = load i64, i64* %lowEnd, align 8
  %667 = getelementptr i64, i64* %regs, i64 7
  store i64 %666, i64* %667, align 8
  %668 = load i64, i64* %highEnd, align 8
  %669 = getelementptr i64, i64* %regs, i64 8
  store i64 %668, i64* %669, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 4)
  unreachable

dead131:                                          ; No predecessors!
  br label %join130

then132:                                          ; preds = %join130
  br label %trap11.site4

else133:                                          ; preds = %join130
  br label %join134

join134:                                          ; preds = %else133, %dead135
  %670 = load i32, i32* %arg2_cell, align 4
  %671 = zext i32 %670 to i64
  %672 = sub i64 %arena_size, 4
  %673 = icmp sgt i64 %671, %672
  br i1 %673, label %trap17.site0, label %ok136

trap11.site4:                                     ; preds = %then132
  %674 = load i64, i64* %lowStart, align 8
  %675 = getelementptr i64, i64* %regs, i64 6
  store i64 %674, i64* %675, align 8
  %676 = load i64, i64* %lowEnd, align 8
  %677 = getelementptr i64, i64* %regs, i64 7
  store i64 %676, i64* %677, align 8
  %678 = load i64, i64* %highEnd, align 8
  %679 = getelementptr i64, i64* %regs, i64 8
  store i64 %678, i64* %679, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 4)
  unreachable

dead135:                                          ; No predecessors!
  br label %join134

ok136:                                            ; preds = %join134
  %680 = getelementptr i8, i8* %mem, i64 %671
  %681 = bitcast i32* %unaligned137 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %681, i8* %680, i64 4, i1 false)
  %682 = load i32, i32* %unaligned137, align 4
  store i32 %682, i32* %arg.2, align 4
  %683 = load i32, i32* %args_unexpected, align 4
  %684 = icmp ne i32 %683, 0
  br i1 %684, label %then138, label %else139

then138:                                          ; preds = %ok136
  br label %trap10.site1

else139:                                          ; preds = %ok136
  br label %join140

join140:                                          ; preds = %else139, %dead141
  %685 = getelementptr i64, i64* %regs, i64 1
  %686 = getelementptr i64, i64* %regs, i64 2
  %687 = load i64, i64* %685, align 8
  %688 = add i64 %687, 7
  %689 = and i64 %688, -8
  %690 = add i64 %689, 24
  %691 = load i64, i64* %686, align 8
  %692 = icmp ugt i64 %690, %691
  br i1 %692, label %trap15.site1, label %ok142

trap10.site1:                                     ; preds = %then138
  %693 = load i64, i64* %lowStart, align 8
  %694 = getelementptr i64, i64* %regs, i64 6
  store i64 %693, i64* %694, align 8
  %695 = load i64, i64* %lowEnd, align 8
  %696 = getelementptr i64, i64* %regs, i64 7
  store i64 %695, i64* %696, align 8
  %697 = load i64, i64* %highEnd, align 8
  %698 = getelementptr i64, i64* %regs, i64 8
  store i64 %697, i64* %698, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead141:                                          ; No predecessors!
  br label %join140

ok142:                                            ; preds = %join140
  store i64 %690, i64* %685, align 8
  %699 = load i64, i64* %highEnd, align 8
  %700 = call i64 @llvm.umax.i64(i64 %699, i64 %690)
  store i64 %700, i64* %highEnd, align 8
  %701 = trunc i64 %689 to i32
  store i32 %701, i32* %args_out, align 4
  %702 = load i32, i32* %args_out, align 4
  %703 = load i64, i64* %arg, align 8
  %704 = zext i32 %702 to i64
  %705 = add i64 %704, 8
  %706 = icmp uge i64 %704, %scratch_start
  %707 = load i64, i64* %highEnd, align 8
  %708 = icmp ule i64 %705, %707
  %709 = and i1 %706, %708
  %710 = call i1 @llvm.expect.i1(i1 %709, i1 true)
  br i1 %710, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join140
  %711 = load i64, i64* %lowStart, align 8
  %712 = getelementptr i64, i64* %regs, i64 6
  store i64 %711, i64* %712, align 8
  %713 = load i64, i64* %lowEnd, align 8
  %714 = getelementptr i64, i64* %regs, i64 7
  store i64 %713, i64* %714, align 8
  %715 = load i64, i64* %highEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 8
  store i64 %715, i64* %716, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok142
  %717 = load i64, i64* %lowStart, align 8
  %718 = icmp uge i64 %704, %717
  %719 = load i64, i64* %lowEnd, align 8
  %720 = icmp ule i64 %705, %719
  %721 = and i1 %718, %720
  %722 = call i1 @llvm.expect.i1(i1 %721, i1 true)
  br i1 %722, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %723 = icmp ugt i64 %705, %arena_size
  br i1 %723, label %trap17.site0, label %ok143

write.ok:                                         ; preds = %ok143, %write.low, %ok142
  %724 = getelementptr i8, i8* %mem, i64 %704
  store i64 %703, i64* %unaligned144, align 8
  %725 = bitcast i64* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %724, i8* %725, i64 8, i1 false)
  %726 = load i32, i32* %args_out, align 4
  %727 = load i64, i64* %arg.1, align 8
  %728 = zext i32 %726 to i64
  %729 = add i64 %728, 8
  %730 = add i64 %729, 8
  %731 = icmp uge i64 %729, %scratch_start
  %732 = load i64, i64* %highEnd, align 8
  %733 = icmp ule i64 %730, %732
  %734 = and i1 %731, %733
  %735 = call i1 @llvm.expect.i1(i1 %734, i1 true)
  br i1 %735, label %write.ok147, label %write.low145

ok143:                                            ; preds = %write.slow
  %736 = icmp ult i64 %704, %scratch_start
  %737 = load i64, i64* %lowStart, align 8
  %738 = call i64 @llvm.umin.i64(i64 %737, i64 %704)
  %739 = load i64, i64* %lowEnd, align 8
  %740 = load i64, i64* %highEnd, align 8
  %741 = add i64 %705, 64
  %742 = sub i64 %705, %738
  %743 = lshr i64 %742, 4
  %744 = add i64 %741, %743
  %745 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %744)
  %746 = call i64 @llvm.umax.i64(i64 %739, i64 %745)
  %747 = select i1 %736, i64 %746, i64 %739
  store i64 %747, i64* %lowEnd, align 8
  %748 = add i64 %705, 64
  %749 = sub i64 %705, %scratch_start
  %750 = lshr i64 %749, 4
  %751 = add i64 %748, %750
  %752 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %751)
  %753 = call i64 @llvm.umax.i64(i64 %740, i64 %752)
  %754 = select i1 %736, i64 %740, i64 %753
  store i64 %754, i64* %highEnd, align 8
  store i64 %738, i64* %lowStart, align 8
  br label %write.ok

write.low145:                                     ; preds = %write.ok
  %755 = load i64, i64* %lowStart, align 8
  %756 = icmp uge i64 %729, %755
  %757 = load i64, i64* %lowEnd, align 8
  %758 = icmp ule i64 %730, %757
  %759 = and i1 %756, %758
  %760 = call i1 @llvm.expect.i1(i1 %759, i1 true)
  br i1 %760, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %761 = icmp ugt i64 %730, %arena_size
  br i1 %761, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %write.ok
  %762 = getelementptr i8, i8* %mem, i64 %729
  store i64 %727, i64* %unaligned149, align 8
  %763 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %762, i8* %763, i64 8, i1 false)
  %764 = load i32, i32* %args_out, align 4
  %765 = load i32, i32* %arg.2, align 4
  %766 = zext i32 %764 to i64
  %767 = add i64 %766, 16
  %768 = add i64 %767, 4
  %769 = icmp uge i64 %767, %scratch_start
  %770 = load i64, i64* %highEnd, align 8
  %771 = icmp ule i64 %768, %770
  %772 = and i1 %769, %771
  %773 = call i1 @llvm.expect.i1(i1 %772, i1 true)
  br i1 %773, label %write.ok152, label %write.low150

ok148:                                            ; preds = %write.slow146
  %774 = icmp ult i64 %729, %scratch_start
  %775 = load i64, i64* %lowStart, align 8
  %776 = call i64 @llvm.umin.i64(i64 %775, i64 %729)
  %777 = load i64, i64* %lowEnd, align 8
  %778 = load i64, i64* %highEnd, align 8
  %779 = add i64 %730, 64
  %780 = sub i64 %730, %776
  %781 = lshr i64 %780, 4
  %782 = add i64 %779, %781
  %783 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %782)
  %784 = call i64 @llvm.umax.i64(i64 %777, i64 %783)
  %785 = select i1 %774, i64 %784, i64 %777
  store i64 %785, i64* %lowEnd, align 8
  %786 = add i64 %730, 64
  %787 = sub i64 %730, %scratch_start
  %788 = lshr i64 %787, 4
  %789 = add i64 %786, %788
  %790 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %789)
  %791 = call i64 @llvm.umax.i64(i64 %778, i64 %790)
  %792 = select i1 %774, i64 %778, i64 %791
  store i64 %792, i64* %highEnd, align 8
  store i64 %776, i64* %lowStart, align 8
  br label %write.ok147

write.low150:                                     ; preds = %write.ok147
  %793 = load i64, i64* %lowStart, align 8
  %794 = icmp uge i64 %767, %793
  %795 = load i64, i64* %lowEnd, align 8
  %796 = icmp ule i64 %768, %795
  %797 = and i1 %794, %796
  %798 = call i1 @llvm.expect.i1(i1 %797, i1 true)
  br i1 %798, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %799 = icmp ugt i64 %768, %arena_size
  br i1 %799, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %write.ok147
  %800 = getelementptr i8, i8* %mem, i64 %767
  store i32 %765, i32* %unaligned154, align 4
  %801 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %800, i8* %801, i64 4, i1 false)
  %802 = load i32, i32* %args_out, align 4
  %803 = load i64, i64* %fuel, align 8
  %804 = getelementptr i64, i64* %regs, i64 0
  store i64 %803, i64* %804, align 8
  %805 = load i64, i64* %lowStart, align 8
  %806 = getelementptr i64, i64* %regs, i64 6
  store i64 %805, i64* %806, align 8
  %807 = load i64, i64* %lowEnd, align 8
  %808 = getelementptr i64, i64* %regs, i64 7
  store i64 %807, i64* %808, align 8
  %809 = load i64, i64* %highEnd, align 8
  %810 = getelementptr i64, i64* %regs, i64 8
  store i64 %809, i64* %810, align 8
  ret i32 %802

ok153:                                            ; preds = %write.slow151
  %811 = icmp ult i64 %767, %scratch_start
  %812 = load i64, i64* %lowStart, align 8
  %813 = call i64 @llvm.umin.i64(i64 %812, i64 %767)
  %814 = load i64, i64* %lowEnd, align 8
  %815 = load i64, i64* %highEnd, align 8
  %816 = add i64 %768, 64
  %817 = sub i64 %768, %813
  %818 = lshr i64 %817, 4
  %819 = add i64 %816, %818
  %820 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %819)
  %821 = call i64 @llvm.umax.i64(i64 %814, i64 %820)
  %822 = select i1 %811, i64 %821, i64 %814
  store i64 %822, i64* %lowEnd, align 8
  %823 = add i64 %768, 64
  %824 = sub i64 %768, %scratch_start
  %825 = lshr i64 %824, 4
  %826 = add i64 %823, %825
  %827 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %826)
  %828 = call i64 @llvm.umax.i64(i64 %815, i64 %827)
  %829 = select i1 %811, i64 %815, i64 %828
  store i64 %829, i64* %highEnd, align 8
  store i64 %813, i64* %lowStart, align 8
  br label %write.ok152
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
  %a = alloca i64, align 8
  store i64 0, i64* %a, align 8
  %b = alloca i64, align 8
  store i64 0, i64* %b, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %add = alloca i64, align 8
  store i64 0, i64* %add, align 8
  %sub = alloca i64, align 8
  store i64 0, i64* %sub, align 8
  %mul = alloca i64, align 8
  store i64 0, i64* %mul, align 8
  %div = alloca i64, align 8
  store i64 0, i64* %div, align 8
  %rem = alloca i64, align 8
  store i64 0, i64* %rem, align 8
  %neg = alloca i64, align 8
  store i64 0, i64* %neg, align 8
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %magnitude = alloca i64, align 8
  store i64 0, i64* %magnitude, align 8
  %near_max = alloca i64, align 8
  store i64 0, i64* %near_max, align 8
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %sum = alloca i64, align 8
  store i64 0, i64* %sum, align 8
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x.1 = alloca i64, align 8
  store i64 0, i64* %x.1, align 8
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %acc = alloca i64, align 8
  store i64 0, i64* %acc, align 8
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.2 = alloca i64, align 8
  store i64 0, i64* %x.2, align 8
  %acc.1 = alloca i64, align 8
  store i64 0, i64* %acc.1, align 8
  %v = alloca i64, align 8
  store i64 0, i64* %v, align 8
  %product = alloca i64, align 8
  store i64 0, i64* %product, align 8
  %lo = alloca i64, align 8
  store i64 0, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 0, i64* %hi, align 8
  %count = alloca i64, align 8
  store i64 0, i64* %count, align 8
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %i.1 = alloca i64, align 8
  store i64 0, i64* %i.1, align 8
  %ramp = alloca i32, align 4
  store i32 0, i32* %ramp, align 4
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
  %unaligned6 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %unaligned11 = alloca i64, align 8
  %unaligned17 = alloca i64, align 8
  %unaligned23 = alloca i64, align 8
  %unaligned30 = alloca i64, align 8
  %unaligned37 = alloca i64, align 8
  %unaligned43 = alloca i64, align 8
  %result44 = alloca i64, align 8
  %result45 = alloca i64, align 8
  %unaligned51 = alloca i64, align 8
  %unaligned57 = alloca i64, align 8
  %result58 = alloca i64, align 8
  %unaligned60 = alloca i32, align 4
  %unaligned61 = alloca i64, align 8
  %unaligned68 = alloca i64, align 8
  %unaligned75 = alloca i64, align 8
  %result76 = alloca i64, align 8
  %unaligned78 = alloca i32, align 4
  %unaligned83 = alloca i64, align 8
  %unaligned91 = alloca i64, align 8
  %unaligned98 = alloca i64, align 8
  %result99 = alloca i32, align 4
  %result104 = alloca i64, align 8
  %unaligned119 = alloca i64, align 8
  %unaligned130 = alloca i64, align 8
  %unaligned136 = alloca i32, align 4
  %unaligned141 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %range41122, %each3187, %each2664, %body
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

trap253.site0:                                    ; preds = %ok142, %ok1
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
  store i64 %61, i64* %a, align 8
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 16
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow138, %write.slow133, %write.slow127, %write.slow95, %cont89, %write.ok73, %write.slow72, %cont66, %write.ok55, %write.slow54, %write.slow48, %write.slow40, %write.slow34, %write.slow27, %write.slow20, %write.slow14, %write.slow, %ok3, %ok2, %stack_ok
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
  store i64 %75, i64* %b, align 8
  %76 = load i32, i32* %args, align 4
  %77 = zext i32 %76 to i64
  %78 = sub i64 %arena_size, 20
  %79 = icmp sgt i64 %77, %78
  br i1 %79, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %80 = add i64 %77, 16
  %81 = getelementptr i8, i8* %mem, i64 %80
  %82 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %82, i8* %81, i64 4, i1 false)
  %83 = load i32, i32* %unaligned6, align 4
  store i32 %83, i32* %xs, align 4
  %84 = getelementptr i64, i64* %regs, i64 1
  %85 = getelementptr i64, i64* %regs, i64 2
  %86 = load i64, i64* %84, align 8
  %87 = add i64 %86, 7
  %88 = and i64 %87, -8
  %89 = add i64 %88, 88
  %90 = load i64, i64* %85, align 8
  %91 = icmp ugt i64 %89, %90
  br i1 %91, label %trap15.site5, label %ok8

e0:                                               ; preds = %write.ok139
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
  br i1 %99, label %trap15.site0, label %ok142

ok8:                                              ; preds = %ok5
  store i64 %89, i64* %84, align 8
  %100 = load i64, i64* %highEnd, align 8
  %101 = call i64 @llvm.umax.i64(i64 %100, i64 %89)
  store i64 %101, i64* %highEnd, align 8
  %102 = trunc i64 %88 to i32
  store i32 %102, i32* %dict, align 4
  %103 = load i64, i64* %a, align 8
  %104 = load i64, i64* %b, align 8
  %105 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %103, i64 %104)
  %106 = extractvalue { i64, i1 } %105, 1
  br i1 %106, label %trap2.site6, label %ok9

trap15.site5:                                     ; preds = %then148, %ok5
  %107 = load i64, i64* %lowStart, align 8
  %108 = getelementptr i64, i64* %regs, i64 6
  store i64 %107, i64* %108, align 8
  %109 = load i64, i64* %lowEnd, align 8
  %110 = getelementptr i64, i64* %regs, i64 7
  store i64 %109, i64* %110, align 8
  %111 = load i64, i64* %highEnd, align 8
  %112 = getelementptr i64, i64* %regs, i64 8
  store i64 %111, i64* %112, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

ok9:                                              ; preds = %ok8
  %113 = extractvalue { i64, i1 } %105, 0
  store i64 %113, i64* %add, align 8
  %114 = load i32, i32* %dict, align 4
  %115 = load i64, i64* %add, align 8
  %116 = zext i32 %114 to i64
  %117 = add i64 %116, 8
  %118 = icmp uge i64 %116, %scratch_start
  %119 = load i64, i64* %highEnd, align 8
  %120 = icmp ule i64 %117, %119
  %121 = and i1 %118, %120
  %122 = call i1 @llvm.expect.i1(i1 %121, i1 true)
  br i1 %122, label %write.ok, label %write.low

trap2.site6:                                      ; preds = %ok8
  %123 = load i64, i64* %lowStart, align 8
  %124 = getelementptr i64, i64* %regs, i64 6
  store i64 %123, i64* %124, align 8
  %125 = load i64, i64* %lowEnd, align 8
  %126 = getelementptr i64, i64* %regs, i64 7
  store i64 %125, i64* %126, align 8
  %127 = load i64, i64* %highEnd, align 8
  %128 = getelementptr i64, i64* %regs, i64 8
  store i64 %127, i64* %128, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low:                                        ; preds = %ok9
  %129 = load i64, i64* %lowStart, align 8
  %130 = icmp uge i64 %116, %129
  %131 = load i64, i64* %lowEnd, align 8
  %132 = icmp ule i64 %117, %131
  %133 = and i1 %130, %132
  %134 = call i1 @llvm.expect.i1(i1 %133, i1 true)
  br i1 %134, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %135 = icmp ugt i64 %117, %arena_size
  br i1 %135, label %trap17.site0, label %ok10

write.ok:                                         ; preds = %ok10, %write.low, %ok9
  %136 = getelementptr i8, i8* %mem, i64 %116
  store i64 %115, i64* %unaligned11, align 8
  %137 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %136, i8* %137, i64 8, i1 false)
  %138 = load i64, i64* %a, align 8
  %139 = load i64, i64* %b, align 8
  %140 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %138, i64 %139)
  %141 = extractvalue { i64, i1 } %140, 1
  br i1 %141, label %trap2.site7, label %ok12

ok10:                                             ; preds = %write.slow
  %142 = icmp ult i64 %116, %scratch_start
  %143 = load i64, i64* %lowStart, align 8
  %144 = call i64 @llvm.umin.i64(i64 %143, i64 %116)
  %145 = load i64, i64* %lowEnd, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = add i64 %117, 64
  %148 = sub i64 %117, %144
  %149 = lshr i64 %148, 4
  %150 = add i64 %147, %149
  %151 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %150)
  %152 = call i64 @llvm.umax.i64(i64 %145, i64 %151)
  %153 = select i1 %142, i64 %152, i64 %145
  store i64 %153, i64* %lowEnd, align 8
  %154 = add i64 %117, 64
  %155 = sub i64 %117, %scratch_start
  %156 = lshr i64 %155, 4
  %157 = add i64 %154, %156
  %158 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %157)
  %159 = call i64 @llvm.umax.i64(i64 %146, i64 %158)
  %160 = select i1 %142, i64 %146, i64 %159
  store i64 %160, i64* %highEnd, align 8
  store i64 %144, i64* %lowStart, align 8
  br label %write.ok

ok12:                                             ; preds = %write.ok
  %161 = extractvalue { i64, i1 } %140, 0
  store i64 %161, i64* %sub, align 8
  %162 = load i32, i32* %dict, align 4
  %163 = load i64, i64* %sub, align 8
  %164 = zext i32 %162 to i64
  %165 = add i64 %164, 8
  %166 = add i64 %165, 8
  %167 = icmp uge i64 %165, %scratch_start
  %168 = load i64, i64* %highEnd, align 8
  %169 = icmp ule i64 %166, %168
  %170 = and i1 %167, %169
  %171 = call i1 @llvm.expect.i1(i1 %170, i1 true)
  br i1 %171, label %write.ok15, label %write.low13

trap2.site7:                                      ; preds = %write.ok
  %172 = load i64, i64* %lowStart, align 8
  %173 = getelementptr i64, i64* %regs, i64 6
  store i64 %172, i64* %173, align 8
  %174 = load i64, i64* %lowEnd, align 8
  %175 = getelementptr i64, i64* %regs, i64 7
  store i64 %174, i64* %175, align 8
  %176 = load i64, i64* %highEnd, align 8
  %177 = getelementptr i64, i64* %regs, i64 8
  store i64 %176, i64* %177, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

write.low13:                                      ; preds = %ok12
  %178 = load i64, i64* %lowStart, align 8
  %179 = icmp uge i64 %165, %178
  %180 = load i64, i64* %lowEnd, align 8
  %181 = icmp ule i64 %166, %180
  %182 = and i1 %179, %181
  %183 = call i1 @llvm.expect.i1(i1 %182, i1 true)
  br i1 %183, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %184 = icmp ugt i64 %166, %arena_size
  br i1 %184, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %ok12
  %185 = getelementptr i8, i8* %mem, i64 %165
  store i64 %163, i64* %unaligned17, align 8
  %186 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %185, i8* %186, i64 8, i1 false)
  %187 = load i64, i64* %a, align 8
  %188 = load i64, i64* %b, align 8
  %189 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %187, i64 %188)
  %190 = extractvalue { i64, i1 } %189, 1
  br i1 %190, label %trap2.site8, label %ok18

ok16:                                             ; preds = %write.slow14
  %191 = icmp ult i64 %165, %scratch_start
  %192 = load i64, i64* %lowStart, align 8
  %193 = call i64 @llvm.umin.i64(i64 %192, i64 %165)
  %194 = load i64, i64* %lowEnd, align 8
  %195 = load i64, i64* %highEnd, align 8
  %196 = add i64 %166, 64
  %197 = sub i64 %166, %193
  %198 = lshr i64 %197, 4
  %199 = add i64 %196, %198
  %200 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %199)
  %201 = call i64 @llvm.umax.i64(i64 %194, i64 %200)
  %202 = select i1 %191, i64 %201, i64 %194
  store i64 %202, i64* %lowEnd, align 8
  %203 = add i64 %166, 64
  %204 = sub i64 %166, %scratch_start
  %205 = lshr i64 %204, 4
  %206 = add i64 %203, %205
  %207 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %206)
  %208 = call i64 @llvm.umax.i64(i64 %195, i64 %207)
  %209 = select i1 %191, i64 %195, i64 %208
  store i64 %209, i64* %highEnd, align 8
  store i64 %193, i64* %lowStart, align 8
  br label %write.ok15

ok18:                                             ; preds = %write.ok15
  %210 = extractvalue { i64, i1 } %189, 0
  store i64 %210, i64* %mul, align 8
  %211 = load i32, i32* %dict, align 4
  %212 = load i64, i64* %mul, align 8
  %213 = zext i32 %211 to i64
  %214 = add i64 %213, 16
  %215 = add i64 %214, 8
  %216 = icmp uge i64 %214, %scratch_start
  %217 = load i64, i64* %highEnd, align 8
  %218 = icmp ule i64 %215, %217
  %219 = and i1 %216, %218
  %220 = call i1 @llvm.expect.i1(i1 %219, i1 true)
  br i1 %220, label %write.ok21, label %write.low19

trap2.site8:                                      ; preds = %write.ok15
  %221 = load i64, i64* %lowStart, align 8
  %222 = getelementptr i64, i64* %regs, i64 6
  store i64 %221, i64* %222, align 8
  %223 = load i64, i64* %lowEnd, align 8
  %224 = getelementptr i64, i64* %regs, i64 7
  store i64 %223, i64* %224, align 8
  %225 = load i64, i64* %highEnd, align 8
  %226 = getelementptr i64, i64* %regs, i64 8
  store i64 %225, i64* %226, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 8)
  unreachable

write.low19:                                      ; preds = %ok18
  %227 = load i64, i64* %lowStart, align 8
  %228 = icmp uge i64 %214, %227
  %229 = load i64, i64* %lowEnd, align 8
  %230 = icmp ule i64 %215, %229
  %231 = and i1 %228, %230
  %232 = call i1 @llvm.expect.i1(i1 %231, i1 true)
  br i1 %232, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %233 = icmp ugt i64 %215, %arena_size
  br i1 %233, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %234 = getelementptr i8, i8* %mem, i64 %214
  store i64 %212, i64* %unaligned23, align 8
  %235 = bitcast i64* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %234, i8* %235, i64 8, i1 false)
  %236 = load i64, i64* %a, align 8
  %237 = load i64, i64* %b, align 8
  %238 = icmp eq i64 %237, 0
  br i1 %238, label %trap1.site9, label %ok24

ok22:                                             ; preds = %write.slow20
  %239 = icmp ult i64 %214, %scratch_start
  %240 = load i64, i64* %lowStart, align 8
  %241 = call i64 @llvm.umin.i64(i64 %240, i64 %214)
  %242 = load i64, i64* %lowEnd, align 8
  %243 = load i64, i64* %highEnd, align 8
  %244 = add i64 %215, 64
  %245 = sub i64 %215, %241
  %246 = lshr i64 %245, 4
  %247 = add i64 %244, %246
  %248 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %247)
  %249 = call i64 @llvm.umax.i64(i64 %242, i64 %248)
  %250 = select i1 %239, i64 %249, i64 %242
  store i64 %250, i64* %lowEnd, align 8
  %251 = add i64 %215, 64
  %252 = sub i64 %215, %scratch_start
  %253 = lshr i64 %252, 4
  %254 = add i64 %251, %253
  %255 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %254)
  %256 = call i64 @llvm.umax.i64(i64 %243, i64 %255)
  %257 = select i1 %239, i64 %243, i64 %256
  store i64 %257, i64* %highEnd, align 8
  store i64 %241, i64* %lowStart, align 8
  br label %write.ok21

ok24:                                             ; preds = %write.ok21
  %258 = icmp eq i64 %236, -9223372036854775808
  %259 = icmp eq i64 %237, -1
  %260 = and i1 %258, %259
  br i1 %260, label %trap2.site9, label %ok25

trap1.site9:                                      ; preds = %write.ok21
  %261 = load i64, i64* %lowStart, align 8
  %262 = getelementptr i64, i64* %regs, i64 6
  store i64 %261, i64* %262, align 8
  %263 = load i64, i64* %lowEnd, align 8
  %264 = getelementptr i64, i64* %regs, i64 7
  store i64 %263, i64* %264, align 8
  %265 = load i64, i64* %highEnd, align 8
  %266 = getelementptr i64, i64* %regs, i64 8
  store i64 %265, i64* %266, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok25:                                             ; preds = %ok24
  %267 = sdiv i64 %236, %237
  store i64 %267, i64* %div, align 8
  %268 = load i32, i32* %dict, align 4
  %269 = load i64, i64* %div, align 8
  %270 = zext i32 %268 to i64
  %271 = add i64 %270, 24
  %272 = add i64 %271, 8
  %273 = icmp uge i64 %271, %scratch_start
  %274 = load i64, i64* %highEnd, align 8
  %275 = icmp ule i64 %272, %274
  %276 = and i1 %273, %275
  %277 = call i1 @llvm.expect.i1(i1 %276, i1 true)
  br i1 %277, label %write.ok28, label %write.low26

trap2.site9:                                      ; preds = %ok24
  %278 = load i64, i64* %lowStart, align 8
  %279 = getelementptr i64, i64* %regs, i64 6
  store i64 %278, i64* %279, align 8
  %280 = load i64, i64* %lowEnd, align 8
  %281 = getelementptr i64, i64* %regs, i64 7
  store i64 %280, i64* %281, align 8
  %282 = load i64, i64* %highEnd, align 8
  %283 = getelementptr i64, i64* %regs, i64 8
  store i64 %282, i64* %283, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

write.low26:                                      ; preds = %ok25
  %284 = load i64, i64* %lowStart, align 8
  %285 = icmp uge i64 %271, %284
  %286 = load i64, i64* %lowEnd, align 8
  %287 = icmp ule i64 %272, %286
  %288 = and i1 %285, %287
  %289 = call i1 @llvm.expect.i1(i1 %288, i1 true)
  br i1 %289, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %290 = icmp ugt i64 %272, %arena_size
  br i1 %290, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %ok25
  %291 = getelementptr i8, i8* %mem, i64 %271
  store i64 %269, i64* %unaligned30, align 8
  %292 = bitcast i64* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %291, i8* %292, i64 8, i1 false)
  %293 = load i64, i64* %a, align 8
  %294 = load i64, i64* %b, align 8
  %295 = icmp eq i64 %294, 0
  br i1 %295, label %trap1.site10, label %ok31

ok29:                                             ; preds = %write.slow27
  %296 = icmp ult i64 %271, %scratch_start
  %297 = load i64, i64* %lowStart, align 8
  %298 = call i64 @llvm.umin.i64(i64 %297, i64 %271)
  %299 = load i64, i64* %lowEnd, align 8
  %300 = load i64, i64* %highEnd, align 8
  %301 = add i64 %272, 64
  %302 = sub i64 %272, %298
  %303 = lshr i64 %302, 4
  %304 = add i64 %301, %303
  %305 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %304)
  %306 = call i64 @llvm.umax.i64(i64 %299, i64 %305)
  %307 = select i1 %296, i64 %306, i64 %299
  store i64 %307, i64* %lowEnd, align 8
  %308 = add i64 %272, 64
  %309 = sub i64 %272, %scratch_start
  %310 = lshr i64 %309, 4
  %311 = add i64 %308, %310
  %312 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %311)
  %313 = call i64 @llvm.umax.i64(i64 %300, i64 %312)
  %314 = select i1 %296, i64 %300, i64 %313
  store i64 %314, i64* %highEnd, align 8
  store i64 %298, i64* %lowStart, align 8
  br label %write.ok28

ok31:                                             ; preds = %write.ok28
  %315 = icmp eq i64 %293, -9223372036854775808
  %316 = icmp eq i64 %294, -1
  %317 = and i1 %315, %316
  br i1 %317, label %trap2.site10, label %ok32

trap1.site10:                                     ; preds = %write.ok28
  %318 = load i64, i64* %lowStart, align 8
  %319 = getelementptr i64, i64* %regs, i64 6
  store i64 %318, i64* %319, align 8
  %320 = load i64, i64* %lowEnd, align 8
  %321 = getelementptr i64, i64* %regs, i64 7
  store i64 %320, i64* %321, align 8
  %322 = load i64, i64* %highEnd, align 8
  %323 = getelementptr i64, i64* %regs, i64 8
  store i64 %322, i64* %323, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok32:                                             ; preds = %ok31
  %324 = srem i64 %293, %294
  store i64 %324, i64* %rem, align 8
  %325 = load i32, i32* %dict, align 4
  %326 = load i64, i64* %rem, align 8
  %327 = zext i32 %325 to i64
  %328 = add i64 %327, 32
  %329 = add i64 %328, 8
  %330 = icmp uge i64 %328, %scratch_start
  %331 = load i64, i64* %highEnd, align 8
  %332 = icmp ule i64 %329, %331
  %333 = and i1 %330, %332
  %334 = call i1 @llvm.expect.i1(i1 %333, i1 true)
  br i1 %334, label %write.ok35, label %write.low33

trap2.site10:                                     ; preds = %ok31
  %335 = load i64, i64* %lowStart, align 8
  %336 = getelementptr i64, i64* %regs, i64 6
  store i64 %335, i64* %336, align 8
  %337 = load i64, i64* %lowEnd, align 8
  %338 = getelementptr i64, i64* %regs, i64 7
  store i64 %337, i64* %338, align 8
  %339 = load i64, i64* %highEnd, align 8
  %340 = getelementptr i64, i64* %regs, i64 8
  store i64 %339, i64* %340, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

write.low33:                                      ; preds = %ok32
  %341 = load i64, i64* %lowStart, align 8
  %342 = icmp uge i64 %328, %341
  %343 = load i64, i64* %lowEnd, align 8
  %344 = icmp ule i64 %329, %343
  %345 = and i1 %342, %344
  %346 = call i1 @llvm.expect.i1(i1 %345, i1 true)
  br i1 %346, label %write.ok35, label %write.slow34

write.slow34:                                     ; preds = %write.low33
  %347 = icmp ugt i64 %329, %arena_size
  br i1 %347, label %trap17.site0, label %ok36

write.ok35:                                       ; preds = %ok36, %write.low33, %ok32
  %348 = getelementptr i8, i8* %mem, i64 %328
  store i64 %326, i64* %unaligned37, align 8
  %349 = bitcast i64* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %348, i8* %349, i64 8, i1 false)
  %350 = load i64, i64* %a, align 8
  %351 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 0, i64 %350)
  %352 = extractvalue { i64, i1 } %351, 1
  br i1 %352, label %trap2.site11, label %ok38

ok36:                                             ; preds = %write.slow34
  %353 = icmp ult i64 %328, %scratch_start
  %354 = load i64, i64* %lowStart, align 8
  %355 = call i64 @llvm.umin.i64(i64 %354, i64 %328)
  %356 = load i64, i64* %lowEnd, align 8
  %357 = load i64, i64* %highEnd, align 8
  %358 = add i64 %329, 64
  %359 = sub i64 %329, %355
  %360 = lshr i64 %359, 4
  %361 = add i64 %358, %360
  %362 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %361)
  %363 = call i64 @llvm.umax.i64(i64 %356, i64 %362)
  %364 = select i1 %353, i64 %363, i64 %356
  store i64 %364, i64* %lowEnd, align 8
  %365 = add i64 %329, 64
  %366 = sub i64 %329, %scratch_start
  %367 = lshr i64 %366, 4
  %368 = add i64 %365, %367
  %369 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %368)
  %370 = call i64 @llvm.umax.i64(i64 %357, i64 %369)
  %371 = select i1 %353, i64 %357, i64 %370
  store i64 %371, i64* %highEnd, align 8
  store i64 %355, i64* %lowStart, align 8
  br label %write.ok35

ok38:                                             ; preds = %write.ok35
  %372 = extractvalue { i64, i1 } %351, 0
  store i64 %372, i64* %neg, align 8
  %373 = load i32, i32* %dict, align 4
  %374 = load i64, i64* %neg, align 8
  %375 = zext i32 %373 to i64
  %376 = add i64 %375, 40
  %377 = add i64 %376, 8
  %378 = icmp uge i64 %376, %scratch_start
  %379 = load i64, i64* %highEnd, align 8
  %380 = icmp ule i64 %377, %379
  %381 = and i1 %378, %380
  %382 = call i1 @llvm.expect.i1(i1 %381, i1 true)
  br i1 %382, label %write.ok41, label %write.low39

trap2.site11:                                     ; preds = %write.ok35
  %383 = load i64, i64* %lowStart, align 8
  %384 = getelementptr i64, i64* %regs, i64 6
  store i64 %383, i64* %384, align 8
  %385 = load i64, i64* %lowEnd, align 8
  %386 = getelementptr i64, i64* %regs, i64 7
  store i64 %385, i64* %386, align 8
  %387 = load i64, i64* %highEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 8
  store i64 %387, i64* %388, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 11)
  unreachable

write.low39:                                      ; preds = %ok38
  %389 = load i64, i64* %lowStart, align 8
  %390 = icmp uge i64 %376, %389
  %391 = load i64, i64* %lowEnd, align 8
  %392 = icmp ule i64 %377, %391
  %393 = and i1 %390, %392
  %394 = call i1 @llvm.expect.i1(i1 %393, i1 true)
  br i1 %394, label %write.ok41, label %write.slow40

write.slow40:                                     ; preds = %write.low39
  %395 = icmp ugt i64 %377, %arena_size
  br i1 %395, label %trap17.site0, label %ok42

write.ok41:                                       ; preds = %ok42, %write.low39, %ok38
  %396 = getelementptr i8, i8* %mem, i64 %376
  store i64 %374, i64* %unaligned43, align 8
  %397 = bitcast i64* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %396, i8* %397, i64 8, i1 false)
  %398 = load i64, i64* %b, align 8
  store i64 %398, i64* %x, align 8
  %399 = load i64, i64* %x, align 8
  %400 = icmp slt i64 %399, 0
  %401 = zext i1 %400 to i32
  %402 = icmp ne i32 %401, 0
  br i1 %402, label %then, label %else

ok42:                                             ; preds = %write.slow40
  %403 = icmp ult i64 %376, %scratch_start
  %404 = load i64, i64* %lowStart, align 8
  %405 = call i64 @llvm.umin.i64(i64 %404, i64 %376)
  %406 = load i64, i64* %lowEnd, align 8
  %407 = load i64, i64* %highEnd, align 8
  %408 = add i64 %377, 64
  %409 = sub i64 %377, %405
  %410 = lshr i64 %409, 4
  %411 = add i64 %408, %410
  %412 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %411)
  %413 = call i64 @llvm.umax.i64(i64 %406, i64 %412)
  %414 = select i1 %403, i64 %413, i64 %406
  store i64 %414, i64* %lowEnd, align 8
  %415 = add i64 %377, 64
  %416 = sub i64 %377, %scratch_start
  %417 = lshr i64 %416, 4
  %418 = add i64 %415, %417
  %419 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %418)
  %420 = call i64 @llvm.umax.i64(i64 %407, i64 %419)
  %421 = select i1 %403, i64 %407, i64 %420
  store i64 %421, i64* %highEnd, align 8
  store i64 %405, i64* %lowStart, align 8
  br label %write.ok41

e18:                                              ; preds = %join
  %422 = load i64, i64* %result44, align 8
  store i64 %422, i64* %magnitude, align 8
  %423 = load i32, i32* %dict, align 4
  %424 = load i64, i64* %magnitude, align 8
  %425 = zext i32 %423 to i64
  %426 = add i64 %425, 48
  %427 = add i64 %426, 8
  %428 = icmp uge i64 %426, %scratch_start
  %429 = load i64, i64* %highEnd, align 8
  %430 = icmp ule i64 %427, %429
  %431 = and i1 %428, %430
  %432 = call i1 @llvm.expect.i1(i1 %431, i1 true)
  br i1 %432, label %write.ok49, label %write.low47

then:                                             ; preds = %write.ok41
  %433 = load i64, i64* %x, align 8
  %434 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 0, i64 %433)
  %435 = extractvalue { i64, i1 } %434, 1
  br i1 %435, label %trap2.site12, label %ok46

else:                                             ; preds = %write.ok41
  %436 = load i64, i64* %x, align 8
  store i64 %436, i64* %result45, align 8
  br label %join

join:                                             ; preds = %else, %ok46
  %437 = load i64, i64* %result45, align 8
  store i64 %437, i64* %result44, align 8
  br label %e18

ok46:                                             ; preds = %then
  %438 = extractvalue { i64, i1 } %434, 0
  store i64 %438, i64* %result45, align 8
  br label %join

trap2.site12:                                     ; preds = %then
  %439 = load i64, i64* %lowStart, align 8
  %440 = getelementptr i64, i64* %regs, i64 6
  store i64 %439, i64* %440, align 8
  %441 = load i64, i64* %lowEnd, align 8
  %442 = getelementptr i64, i64* %regs, i64 7
  store i64 %441, i64* %442, align 8
  %443 = load i64, i64* %highEnd, align 8
  %444 = getelementptr i64, i64* %regs, i64 8
  store i64 %443, i64* %444, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

write.low47:                                      ; preds = %e18
  %445 = load i64, i64* %lowStart, align 8
  %446 = icmp uge i64 %426, %445
  %447 = load i64, i64* %lowEnd, align 8
  %448 = icmp ule i64 %427, %447
  %449 = and i1 %446, %448
  %450 = call i1 @llvm.expect.i1(i1 %449, i1 true)
  br i1 %450, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %451 = icmp ugt i64 %427, %arena_size
  br i1 %451, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %e18
  %452 = getelementptr i8, i8* %mem, i64 %426
  store i64 %424, i64* %unaligned51, align 8
  %453 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %452, i8* %453, i64 8, i1 false)
  %454 = load i64, i64* %a, align 8
  %455 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 9223372036854775807, i64 %454)
  %456 = extractvalue { i64, i1 } %455, 1
  br i1 %456, label %trap2.site13, label %ok52

ok50:                                             ; preds = %write.slow48
  %457 = icmp ult i64 %426, %scratch_start
  %458 = load i64, i64* %lowStart, align 8
  %459 = call i64 @llvm.umin.i64(i64 %458, i64 %426)
  %460 = load i64, i64* %lowEnd, align 8
  %461 = load i64, i64* %highEnd, align 8
  %462 = add i64 %427, 64
  %463 = sub i64 %427, %459
  %464 = lshr i64 %463, 4
  %465 = add i64 %462, %464
  %466 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %465)
  %467 = call i64 @llvm.umax.i64(i64 %460, i64 %466)
  %468 = select i1 %457, i64 %467, i64 %460
  store i64 %468, i64* %lowEnd, align 8
  %469 = add i64 %427, 64
  %470 = sub i64 %427, %scratch_start
  %471 = lshr i64 %470, 4
  %472 = add i64 %469, %471
  %473 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %472)
  %474 = call i64 @llvm.umax.i64(i64 %461, i64 %473)
  %475 = select i1 %457, i64 %461, i64 %474
  store i64 %475, i64* %highEnd, align 8
  store i64 %459, i64* %lowStart, align 8
  br label %write.ok49

ok52:                                             ; preds = %write.ok49
  %476 = extractvalue { i64, i1 } %455, 0
  store i64 %476, i64* %near_max, align 8
  %477 = load i32, i32* %dict, align 4
  %478 = load i64, i64* %near_max, align 8
  %479 = zext i32 %477 to i64
  %480 = add i64 %479, 56
  %481 = add i64 %480, 8
  %482 = icmp uge i64 %480, %scratch_start
  %483 = load i64, i64* %highEnd, align 8
  %484 = icmp ule i64 %481, %483
  %485 = and i1 %482, %484
  %486 = call i1 @llvm.expect.i1(i1 %485, i1 true)
  br i1 %486, label %write.ok55, label %write.low53

trap2.site13:                                     ; preds = %write.ok49
  %487 = load i64, i64* %lowStart, align 8
  %488 = getelementptr i64, i64* %regs, i64 6
  store i64 %487, i64* %488, align 8
  %489 = load i64, i64* %lowEnd, align 8
  %490 = getelementptr i64, i64* %regs, i64 7
  store i64 %489, i64* %490, align 8
  %491 = load i64, i64* %highEnd, align 8
  %492 = getelementptr i64, i64* %regs, i64 8
  store i64 %491, i64* %492, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 13)
  unreachable

write.low53:                                      ; preds = %ok52
  %493 = load i64, i64* %lowStart, align 8
  %494 = icmp uge i64 %480, %493
  %495 = load i64, i64* %lowEnd, align 8
  %496 = icmp ule i64 %481, %495
  %497 = and i1 %494, %496
  %498 = call i1 @llvm.expect.i1(i1 %497, i1 true)
  br i1 %498, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %499 = icmp ugt i64 %481, %arena_size
  br i1 %499, label %trap17.site0, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %500 = getelementptr i8, i8* %mem, i64 %480
  store i64 %478, i64* %unaligned57, align 8
  %501 = bitcast i64* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %500, i8* %501, i64 8, i1 false)
  %502 = load i32, i32* %xs, align 4
  store i32 %502, i32* %xs.1, align 4
  store i64 0, i64* %sum, align 8
  %503 = load i32, i32* %xs.1, align 4
  %504 = zext i32 %503 to i64
  %505 = sub i64 %arena_size, 4
  %506 = icmp sgt i64 %504, %505
  br i1 %506, label %trap17.site0, label %ok59

ok56:                                             ; preds = %write.slow54
  %507 = icmp ult i64 %480, %scratch_start
  %508 = load i64, i64* %lowStart, align 8
  %509 = call i64 @llvm.umin.i64(i64 %508, i64 %480)
  %510 = load i64, i64* %lowEnd, align 8
  %511 = load i64, i64* %highEnd, align 8
  %512 = add i64 %481, 64
  %513 = sub i64 %481, %509
  %514 = lshr i64 %513, 4
  %515 = add i64 %512, %514
  %516 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %515)
  %517 = call i64 @llvm.umax.i64(i64 %510, i64 %516)
  %518 = select i1 %507, i64 %517, i64 %510
  store i64 %518, i64* %lowEnd, align 8
  %519 = add i64 %481, 64
  %520 = sub i64 %481, %scratch_start
  %521 = lshr i64 %520, 4
  %522 = add i64 %519, %521
  %523 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %522)
  %524 = call i64 @llvm.umax.i64(i64 %511, i64 %523)
  %525 = select i1 %507, i64 %511, i64 %524
  store i64 %525, i64* %highEnd, align 8
  store i64 %509, i64* %lowStart, align 8
  br label %write.ok55

e23:                                              ; preds = %versioned.join
  %526 = load i64, i64* %result58, align 8
  store i64 %526, i64* %total, align 8
  %527 = load i32, i32* %dict, align 4
  %528 = load i64, i64* %total, align 8
  %529 = zext i32 %527 to i64
  %530 = add i64 %529, 64
  %531 = add i64 %530, 8
  %532 = icmp uge i64 %530, %scratch_start
  %533 = load i64, i64* %highEnd, align 8
  %534 = icmp ule i64 %531, %533
  %535 = and i1 %532, %534
  %536 = call i1 @llvm.expect.i1(i1 %535, i1 true)
  br i1 %536, label %write.ok73, label %write.low71

ok59:                                             ; preds = %write.ok55
  %537 = getelementptr i8, i8* %mem, i64 %504
  %538 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %538, i8* %537, i64 4, i1 false)
  %539 = load i32, i32* %unaligned60, align 4
  store i32 %539, i32* %n, align 4
  store i32 0, i32* %k, align 4
  %540 = load i32, i32* %k, align 4
  %541 = load i32, i32* %n, align 4
  %542 = icmp ugt i32 %541, %540
  %543 = sub i32 %541, %540
  %544 = select i1 %542, i32 %543, i32 0
  %545 = zext i32 %544 to i64
  %546 = load i64, i64* %fuel, align 8
  %547 = icmp ult i64 %545, %546
  %548 = icmp ne i64 %545, 0
  %549 = icmp ult i64 %545, 4294967296
  %550 = and i1 %548, %549
  %551 = and i1 %547, %550
  %552 = load i32, i32* %xs.1, align 4
  %553 = zext i32 %552 to i64
  %554 = load i32, i32* %k, align 4
  %555 = zext i32 %554 to i64
  %556 = add i64 %555, %545
  %557 = sub i64 %556, 1
  %558 = mul i64 %557, 8
  %559 = add i64 %553, %558
  %560 = add i64 %559, 16
  %561 = icmp ult i64 %557, 4294967296
  %562 = icmp ule i64 %560, %arena_size
  %563 = and i1 %561, %562
  %564 = and i1 %551, %563
  %565 = call i1 @llvm.expect.i1(i1 %564, i1 true)
  br i1 %565, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok59
  %566 = add i64 %545, 1
  %567 = mul i64 %566, 1
  %568 = sub i64 %546, %567
  store i64 %568, i64* %fuel, align 8
  br label %each26

versioned.slow:                                   ; preds = %ok59
  br label %each2664

versioned.join:                                   ; preds = %block2563, %block25
  %569 = load i64, i64* %sum, align 8
  store i64 %569, i64* %result58, align 8
  br label %e23

block25:                                          ; preds = %dead, %each26
  br label %versioned.join

each26:                                           ; preds = %ok62, %versioned.fast
  %570 = load i32, i32* %k, align 4
  %571 = load i32, i32* %n, align 4
  %572 = icmp uge i32 %570, %571
  %573 = zext i1 %572 to i32
  %574 = icmp ne i32 %573, 0
  br i1 %574, label %block25, label %cont

cont:                                             ; preds = %each26
  %575 = load i32, i32* %k, align 4
  %576 = zext i32 %575 to i64
  %577 = mul i64 %576, 8
  %578 = load i32, i32* %xs.1, align 4
  %579 = zext i32 %578 to i64
  %580 = add i64 %579, %577
  %581 = add i64 %580, 8
  %582 = getelementptr i8, i8* %mem, i64 %581
  %583 = bitcast i64* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %583, i8* %582, i64 8, i1 false)
  %584 = load i64, i64* %unaligned61, align 8
  store i64 %584, i64* %x.1, align 8
  %585 = load i64, i64* %sum, align 8
  %586 = load i64, i64* %x.1, align 8
  %587 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %585, i64 %586)
  %588 = extractvalue { i64, i1 } %587, 1
  br i1 %588, label %trap2.site14, label %ok62

ok62:                                             ; preds = %cont
  %589 = extractvalue { i64, i1 } %587, 0
  store i64 %589, i64* %sum, align 8
  %590 = load i32, i32* %k, align 4
  %591 = add i32 %590, 1
  store i32 %591, i32* %k, align 4
  br label %each26

trap2.site14:                                     ; preds = %ok67, %cont
  %592 = load i64, i64* %lowStart, align 8
  %593 = getelementptr i64, i64* %regs, i64 6
  store i64 %592, i64* %593, align 8
  %594 = load i64, i64* %lowEnd, align 8
  %595 = getelementptr i64, i64* %regs, i64 7
  store i64 %594, i64* %595, align 8
  %596 = load i64, i64* %highEnd, align 8
  %597 = getelementptr i64, i64* %regs, i64 8
  store i64 %596, i64* %597, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

dead:                                             ; No predecessors!
  br label %block25

block2563:                                        ; preds = %dead70, %ok65
  br label %versioned.join

each2664:                                         ; preds = %ok69, %versioned.slow
  %598 = load i64, i64* %fuel, align 8
  %599 = icmp ult i64 %598, 1
  br i1 %599, label %trap14.site0, label %ok65

ok65:                                             ; preds = %each2664
  %600 = sub i64 %598, 1
  store i64 %600, i64* %fuel, align 8
  %601 = load i32, i32* %k, align 4
  %602 = load i32, i32* %n, align 4
  %603 = icmp uge i32 %601, %602
  %604 = zext i1 %603 to i32
  %605 = icmp ne i32 %604, 0
  br i1 %605, label %block2563, label %cont66

cont66:                                           ; preds = %ok65
  %606 = load i32, i32* %xs.1, align 4
  %607 = load i32, i32* %k, align 4
  %608 = mul i32 %607, 8
  %609 = add i32 %606, %608
  %610 = zext i32 %609 to i64
  %611 = sub i64 %arena_size, 16
  %612 = icmp sgt i64 %610, %611
  br i1 %612, label %trap17.site0, label %ok67

ok67:                                             ; preds = %cont66
  %613 = add i64 %610, 8
  %614 = getelementptr i8, i8* %mem, i64 %613
  %615 = bitcast i64* %unaligned68 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %615, i8* %614, i64 8, i1 false)
  %616 = load i64, i64* %unaligned68, align 8
  store i64 %616, i64* %x.1, align 8
  %617 = load i64, i64* %sum, align 8
  %618 = load i64, i64* %x.1, align 8
  %619 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %617, i64 %618)
  %620 = extractvalue { i64, i1 } %619, 1
  br i1 %620, label %trap2.site14, label %ok69

ok69:                                             ; preds = %ok67
  %621 = extractvalue { i64, i1 } %619, 0
  store i64 %621, i64* %sum, align 8
  %622 = load i32, i32* %k, align 4
  %623 = add i32 %622, 1
  store i32 %623, i32* %k, align 4
  br label %each2664

dead70:                                           ; No predecessors!
  br label %block2563

write.low71:                                      ; preds = %e23
  %624 = load i64, i64* %lowStart, align 8
  %625 = icmp uge i64 %530, %624
  %626 = load i64, i64* %lowEnd, align 8
  %627 = icmp ule i64 %531, %626
  %628 = and i1 %625, %627
  %629 = call i1 @llvm.expect.i1(i1 %628, i1 true)
  br i1 %629, label %write.ok73, label %write.slow72

write.slow72:                                     ; preds = %write.low71
  %630 = icmp ugt i64 %531, %arena_size
  br i1 %630, label %trap17.site0, label %ok74

write.ok73:                                       ; preds = %ok74, %write.low71, %e23
  %631 = getelementptr i8, i8* %mem, i64 %530
  store i64 %528, i64* %unaligned75, align 8
  %632 = bitcast i64* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %631, i8* %632, i64 8, i1 false)
  %633 = load i32, i32* %xs, align 4
  store i32 %633, i32* %xs.2, align 4
  store i64 1, i64* %acc, align 8
  %634 = load i32, i32* %xs.2, align 4
  %635 = zext i32 %634 to i64
  %636 = sub i64 %arena_size, 4
  %637 = icmp sgt i64 %635, %636
  br i1 %637, label %trap17.site0, label %ok77

ok74:                                             ; preds = %write.slow72
  %638 = icmp ult i64 %530, %scratch_start
  %639 = load i64, i64* %lowStart, align 8
  %640 = call i64 @llvm.umin.i64(i64 %639, i64 %530)
  %641 = load i64, i64* %lowEnd, align 8
  %642 = load i64, i64* %highEnd, align 8
  %643 = add i64 %531, 64
  %644 = sub i64 %531, %640
  %645 = lshr i64 %644, 4
  %646 = add i64 %643, %645
  %647 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %646)
  %648 = call i64 @llvm.umax.i64(i64 %641, i64 %647)
  %649 = select i1 %638, i64 %648, i64 %641
  store i64 %649, i64* %lowEnd, align 8
  %650 = add i64 %531, 64
  %651 = sub i64 %531, %scratch_start
  %652 = lshr i64 %651, 4
  %653 = add i64 %650, %652
  %654 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %653)
  %655 = call i64 @llvm.umax.i64(i64 %642, i64 %654)
  %656 = select i1 %638, i64 %642, i64 %655
  store i64 %656, i64* %highEnd, align 8
  store i64 %640, i64* %lowStart, align 8
  br label %write.ok73

e27:                                              ; preds = %versioned.join81
  %657 = load i64, i64* %result76, align 8
  store i64 %657, i64* %product, align 8
  %658 = load i32, i32* %dict, align 4
  %659 = load i64, i64* %product, align 8
  %660 = zext i32 %658 to i64
  %661 = add i64 %660, 72
  %662 = add i64 %661, 8
  %663 = icmp uge i64 %661, %scratch_start
  %664 = load i64, i64* %highEnd, align 8
  %665 = icmp ule i64 %662, %664
  %666 = and i1 %663, %665
  %667 = call i1 @llvm.expect.i1(i1 %666, i1 true)
  br i1 %667, label %write.ok96, label %write.low94

ok77:                                             ; preds = %write.ok73
  %668 = getelementptr i8, i8* %mem, i64 %635
  %669 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %669, i8* %668, i64 4, i1 false)
  %670 = load i32, i32* %unaligned78, align 4
  store i32 %670, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  %671 = load i32, i32* %k.1, align 4
  %672 = load i32, i32* %n.1, align 4
  %673 = icmp ugt i32 %672, %671
  %674 = sub i32 %672, %671
  %675 = select i1 %673, i32 %674, i32 0
  %676 = zext i32 %675 to i64
  %677 = load i64, i64* %fuel, align 8
  %678 = icmp ult i64 %676, %677
  %679 = icmp ne i64 %676, 0
  %680 = icmp ult i64 %676, 4294967296
  %681 = and i1 %679, %680
  %682 = and i1 %678, %681
  %683 = load i32, i32* %xs.2, align 4
  %684 = zext i32 %683 to i64
  %685 = load i32, i32* %k.1, align 4
  %686 = zext i32 %685 to i64
  %687 = add i64 %686, %676
  %688 = sub i64 %687, 1
  %689 = mul i64 %688, 8
  %690 = add i64 %684, %689
  %691 = add i64 %690, 16
  %692 = icmp ult i64 %688, 4294967296
  %693 = icmp ule i64 %691, %arena_size
  %694 = and i1 %692, %693
  %695 = and i1 %682, %694
  %696 = call i1 @llvm.expect.i1(i1 %695, i1 true)
  br i1 %696, label %versioned.fast79, label %versioned.slow80

versioned.fast79:                                 ; preds = %ok77
  %697 = add i64 %676, 1
  %698 = mul i64 %697, 1
  %699 = sub i64 %677, %698
  store i64 %699, i64* %fuel, align 8
  br label %each31

versioned.slow80:                                 ; preds = %ok77
  br label %each3187

versioned.join81:                                 ; preds = %block3086, %block30
  %700 = load i64, i64* %acc, align 8
  store i64 %700, i64* %result76, align 8
  br label %e27

block30:                                          ; preds = %dead85, %each31
  br label %versioned.join81

each31:                                           ; preds = %ok84, %versioned.fast79
  %701 = load i32, i32* %k.1, align 4
  %702 = load i32, i32* %n.1, align 4
  %703 = icmp uge i32 %701, %702
  %704 = zext i1 %703 to i32
  %705 = icmp ne i32 %704, 0
  br i1 %705, label %block30, label %cont82

cont82:                                           ; preds = %each31
  %706 = load i32, i32* %k.1, align 4
  %707 = zext i32 %706 to i64
  %708 = mul i64 %707, 8
  %709 = load i32, i32* %xs.2, align 4
  %710 = zext i32 %709 to i64
  %711 = add i64 %710, %708
  %712 = add i64 %711, 8
  %713 = getelementptr i8, i8* %mem, i64 %712
  %714 = bitcast i64* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %714, i8* %713, i64 8, i1 false)
  %715 = load i64, i64* %unaligned83, align 8
  store i64 %715, i64* %x.2, align 8
  %716 = load i64, i64* %acc, align 8
  store i64 %716, i64* %acc.1, align 8
  %717 = load i64, i64* %x.2, align 8
  store i64 %717, i64* %v, align 8
  %718 = load i64, i64* %acc.1, align 8
  %719 = load i64, i64* %v, align 8
  %720 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %718, i64 %719)
  %721 = extractvalue { i64, i1 } %720, 1
  br i1 %721, label %trap2.site16, label %ok84

ok84:                                             ; preds = %cont82
  %722 = extractvalue { i64, i1 } %720, 0
  store i64 %722, i64* %acc, align 8
  %723 = load i32, i32* %k.1, align 4
  %724 = add i32 %723, 1
  store i32 %724, i32* %k.1, align 4
  br label %each31

trap2.site16:                                     ; preds = %ok90, %cont82
  %725 = load i64, i64* %lowStart, align 8
  %726 = getelementptr i64, i64* %regs, i64 6
  store i64 %725, i64* %726, align 8
  %727 = load i64, i64* %lowEnd, align 8
  %728 = getelementptr i64, i64* %regs, i64 7
  store i64 %727, i64* %728, align 8
  %729 = load i64, i64* %highEnd, align 8
  %730 = getelementptr i64, i64* %regs, i64 8
  store i64 %729, i64* %730, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 16)
  unreachable

dead85:                                           ; No predecessors!
  br label %block30

block3086:                                        ; preds = %dead93, %ok88
  br label %versioned.join81

each3187:                                         ; preds = %ok92, %versioned.slow80
  %731 = load i64, i64* %fuel, align 8
  %732 = icmp ult i64 %731, 1
  br i1 %732, label %trap14.site0, label %ok88

ok88:                                             ; preds = %each3187
  %733 = sub i64 %731, 1
  store i64 %733, i64* %fuel, align 8
  %734 = load i32, i32* %k.1, align 4
  %735 = load i32, i32* %n.1, align 4
  %736 = icmp uge i32 %734, %735
  %737 = zext i1 %736 to i32
  %738 = icmp ne i32 %737, 0
  br i1 %738, label %block3086, label %cont89

cont89:                                           ; preds = %ok88
  %739 = load i32, i32* %xs.2, align 4
  %740 = load i32, i32* %k.1, align 4
  %741 = mul i32 %740, 8
  %742 = add i32 %739, %741
  %743 = zext i32 %742 to i64
  %744 = sub i64 %arena_size, 16
  %745 = icmp sgt i64 %743, %744
  br i1 %745, label %trap17.site0, label %ok90

ok90:                                             ; preds = %cont89
  %746 = add i64 %743, 8
  %747 = getelementptr i8, i8* %mem, i64 %746
  %748 = bitcast i64* %unaligned91 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %748, i8* %747, i64 8, i1 false)
  %749 = load i64, i64* %unaligned91, align 8
  store i64 %749, i64* %x.2, align 8
  %750 = load i64, i64* %acc, align 8
  store i64 %750, i64* %acc.1, align 8
  %751 = load i64, i64* %x.2, align 8
  store i64 %751, i64* %v, align 8
  %752 = load i64, i64* %acc.1, align 8
  %753 = load i64, i64* %v, align 8
  %754 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %752, i64 %753)
  %755 = extractvalue { i64, i1 } %754, 1
  br i1 %755, label %trap2.site16, label %ok92

ok92:                                             ; preds = %ok90
  %756 = extractvalue { i64, i1 } %754, 0
  store i64 %756, i64* %acc, align 8
  %757 = load i32, i32* %k.1, align 4
  %758 = add i32 %757, 1
  store i32 %758, i32* %k.1, align 4
  br label %each3187

dead93:                                           ; No predecessors!
  br label %block3086

write.low94:                                      ; preds = %e27
  %759 = load i64, i64* %lowStart, align 8
  %760 = icmp uge i64 %661, %759
  %761 = load i64, i64* %lowEnd, align 8
  %762 = icmp ule i64 %662, %761
  %763 = and i1 %760, %762
  %764 = call i1 @llvm.expect.i1(i1 %763, i1 true)
  br i1 %764, label %write.ok96, label %write.slow95

write.slow95:                                     ; preds = %write.low94
  %765 = icmp ugt i64 %662, %arena_size
  br i1 %765, label %trap17.site0, label %ok97

write.ok96:                                       ; preds = %ok97, %write.low94, %e27
  %766 = getelementptr i8, i8* %mem, i64 %661
  store i64 %659, i64* %unaligned98, align 8
  %767 = bitcast i64* %unaligned98 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %766, i8* %767, i64 8, i1 false)
  %768 = load i64, i64* %a, align 8
  store i64 %768, i64* %lo, align 8
  %769 = load i64, i64* %a, align 8
  %770 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %769, i64 4)
  %771 = extractvalue { i64, i1 } %770, 1
  br i1 %771, label %trap2.site18, label %ok100

ok97:                                             ; preds = %write.slow95
  %772 = icmp ult i64 %661, %scratch_start
  %773 = load i64, i64* %lowStart, align 8
  %774 = call i64 @llvm.umin.i64(i64 %773, i64 %661)
  %775 = load i64, i64* %lowEnd, align 8
  %776 = load i64, i64* %highEnd, align 8
  %777 = add i64 %662, 64
  %778 = sub i64 %662, %774
  %779 = lshr i64 %778, 4
  %780 = add i64 %777, %779
  %781 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %780)
  %782 = call i64 @llvm.umax.i64(i64 %775, i64 %781)
  %783 = select i1 %772, i64 %782, i64 %775
  store i64 %783, i64* %lowEnd, align 8
  %784 = add i64 %662, 64
  %785 = sub i64 %662, %scratch_start
  %786 = lshr i64 %785, 4
  %787 = add i64 %784, %786
  %788 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %787)
  %789 = call i64 @llvm.umax.i64(i64 %776, i64 %788)
  %790 = select i1 %772, i64 %776, i64 %789
  store i64 %790, i64* %highEnd, align 8
  store i64 %774, i64* %lowStart, align 8
  br label %write.ok96

e35:                                              ; preds = %write.ok134
  %791 = load i32, i32* %result99, align 4
  store i32 %791, i32* %ramp, align 4
  %792 = load i32, i32* %dict, align 4
  %793 = load i32, i32* %ramp, align 4
  %794 = zext i32 %792 to i64
  %795 = add i64 %794, 80
  %796 = add i64 %795, 4
  %797 = icmp uge i64 %795, %scratch_start
  %798 = load i64, i64* %highEnd, align 8
  %799 = icmp ule i64 %796, %798
  %800 = and i1 %797, %799
  %801 = call i1 @llvm.expect.i1(i1 %800, i1 true)
  br i1 %801, label %write.ok139, label %write.low137

ok100:                                            ; preds = %write.ok96
  %802 = extractvalue { i64, i1 } %770, 0
  store i64 %802, i64* %hi, align 8
  %803 = load i64, i64* %hi, align 8
  %804 = load i64, i64* %lo, align 8
  %805 = icmp sgt i64 %803, %804
  %806 = zext i1 %805 to i32
  %807 = icmp ne i32 %806, 0
  br i1 %807, label %then101, label %else102

trap2.site18:                                     ; preds = %write.ok96
  %808 = load i64, i64* %lowStart, align 8
  %809 = getelementptr i64, i64* %regs, i64 6
  store i64 %808, i64* %809, align 8
  %810 = load i64, i64* %lowEnd, align 8
  %811 = getelementptr i64, i64* %regs, i64 7
  store i64 %810, i64* %811, align 8
  %812 = load i64, i64* %highEnd, align 8
  %813 = getelementptr i64, i64* %regs, i64 8
  store i64 %812, i64* %813, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 18)
  unreachable

then101:                                          ; preds = %ok100
  %814 = load i64, i64* %hi, align 8
  %815 = load i64, i64* %lo, align 8
  %816 = sub i64 %814, %815
  store i64 %816, i64* %result104, align 8
  br label %join103

else102:                                          ; preds = %ok100
  store i64 0, i64* %result104, align 8
  br label %join103

join103:                                          ; preds = %else102, %then101
  %817 = load i64, i64* %result104, align 8
  store i64 %817, i64* %count, align 8
  %818 = load i64, i64* %count, align 8
  %819 = icmp slt i64 %818, 0
  %820 = zext i1 %819 to i32
  %821 = load i64, i64* %count, align 8
  %822 = icmp sgt i64 %821, 2147483647
  %823 = zext i1 %822 to i32
  %824 = or i32 %820, %823
  %825 = icmp ne i32 %824, 0
  br i1 %825, label %then105, label %else106

then105:                                          ; preds = %join103
  br label %trap15.site19

else106:                                          ; preds = %join103
  br label %join107

join107:                                          ; preds = %else106, %dead108
  %826 = load i64, i64* %count, align 8
  %827 = trunc i64 %826 to i32
  %828 = zext i32 %827 to i64
  %829 = mul i64 %828, 8
  %830 = add i64 8, %829
  store i64 %830, i64* %size, align 8
  %831 = load i64, i64* %size, align 8
  %832 = icmp ugt i64 %831, 2147483647
  %833 = zext i1 %832 to i32
  %834 = icmp ne i32 %833, 0
  br i1 %834, label %then109, label %else110

trap15.site19:                                    ; preds = %then105
  %835 = load i64, i64* %lowStart, align 8
  %836 = getelementptr i64, i64* %regs, i64 6
  store i64 %835, i64* %836, align 8
  %837 = load i64, i64* %lowEnd, align 8
  %838 = getelementptr i64, i64* %regs, i64 7
  store i64 %837, i64* %838, align 8
  %839 = load i64, i64* %highEnd, align 8
  %840 = getelementptr i64, i64* %regs, i64 8
  store i64 %839, i64* %840, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

dead108:                                          ; No predecessors!
  br label %join107

then109:                                          ; preds = %join107
  br label %trap15.site17

else110:                                          ; preds = %join107
  br label %join111

join111:                                          ; preds = %else110, %dead112
  %841 = load i64, i64* %size, align 8
  %842 = trunc i64 %841 to i32
  %843 = zext i32 %842 to i64
  %844 = getelementptr i64, i64* %regs, i64 1
  %845 = getelementptr i64, i64* %regs, i64 2
  %846 = load i64, i64* %844, align 8
  %847 = add i64 %846, 7
  %848 = and i64 %847, -8
  %849 = add i64 %848, %843
  %850 = load i64, i64* %845, align 8
  %851 = icmp ugt i64 %849, %850
  br i1 %851, label %trap15.site17, label %ok113

trap15.site17:                                    ; preds = %join111, %then109
  %852 = load i64, i64* %lowStart, align 8
  %853 = getelementptr i64, i64* %regs, i64 6
  store i64 %852, i64* %853, align 8
  %854 = load i64, i64* %lowEnd, align 8
  %855 = getelementptr i64, i64* %regs, i64 7
  store i64 %854, i64* %855, align 8
  %856 = load i64, i64* %highEnd, align 8
  %857 = getelementptr i64, i64* %regs, i64 8
  store i64 %856, i64* %857, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead112:                                          ; No predecessors!
  br label %join111

ok113:                                            ; preds = %join111
  store i64 %849, i64* %844, align 8
  %858 = load i64, i64* %highEnd, align 8
  %859 = call i64 @llvm.umax.i64(i64 %858, i64 %849)
  store i64 %859, i64* %highEnd, align 8
  %860 = trunc i64 %848 to i32
  store i32 %860, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %861 = load i64, i64* %lo, align 8
  store i64 %861, i64* %i, align 8
  %862 = load i64, i64* %i, align 8
  %863 = load i64, i64* %hi, align 8
  %864 = icmp sgt i64 %863, %862
  %865 = sub i64 %863, %862
  %866 = select i1 %864, i64 %865, i64 0
  %867 = load i64, i64* %fuel, align 8
  %868 = icmp ult i64 %866, %867
  %869 = icmp ne i64 %866, 0
  %870 = icmp ult i64 %866, 4294967296
  %871 = and i1 %869, %870
  %872 = and i1 %868, %871
  %873 = load i32, i32* %list, align 4
  %874 = zext i32 %873 to i64
  %875 = load i32, i32* %len, align 4
  %876 = zext i32 %875 to i64
  %877 = add i64 %876, %866
  %878 = sub i64 %877, 1
  %879 = mul i64 %878, 8
  %880 = add i64 %874, %879
  %881 = add i64 %880, 16
  %882 = icmp ult i64 %878, 4294967296
  %883 = icmp ule i64 %881, %arena_size
  %884 = and i1 %882, %883
  %885 = and i1 %872, %884
  %886 = mul i64 %876, 8
  %887 = add i64 %874, %886
  %888 = add i64 %887, 8
  %889 = call i1 @llvm.expect.i1(i1 %885, i1 true)
  br i1 %889, label %versioned.fast114, label %versioned.slow115

versioned.fast114:                                ; preds = %ok113
  %890 = icmp ult i64 %888, %scratch_start
  %891 = load i64, i64* %lowStart, align 8
  %892 = call i64 @llvm.umin.i64(i64 %891, i64 %888)
  %893 = load i64, i64* %lowEnd, align 8
  %894 = load i64, i64* %highEnd, align 8
  %895 = call i64 @llvm.umax.i64(i64 %893, i64 %881)
  %896 = select i1 %890, i64 %895, i64 %893
  store i64 %896, i64* %lowEnd, align 8
  %897 = call i64 @llvm.umax.i64(i64 %894, i64 %881)
  %898 = select i1 %890, i64 %894, i64 %897
  store i64 %898, i64* %highEnd, align 8
  store i64 %892, i64* %lowStart, align 8
  %899 = add i64 %866, 1
  %900 = mul i64 %899, 1
  %901 = sub i64 %867, %900
  store i64 %901, i64* %fuel, align 8
  br label %range41

versioned.slow115:                                ; preds = %ok113
  br label %range41122

versioned.join116:                                ; preds = %block40121, %block40
  %902 = load i32, i32* %list, align 4
  %903 = load i32, i32* %len, align 4
  %904 = zext i32 %902 to i64
  %905 = add i64 %904, 4
  %906 = icmp uge i64 %904, %scratch_start
  %907 = load i64, i64* %highEnd, align 8
  %908 = icmp ule i64 %905, %907
  %909 = and i1 %906, %908
  %910 = call i1 @llvm.expect.i1(i1 %909, i1 true)
  br i1 %910, label %write.ok134, label %write.low132

block40:                                          ; preds = %dead120, %range41
  br label %versioned.join116

range41:                                          ; preds = %ok118, %versioned.fast114
  %911 = load i64, i64* %i, align 8
  %912 = load i64, i64* %hi, align 8
  %913 = icmp sge i64 %911, %912
  %914 = zext i1 %913 to i32
  %915 = icmp ne i32 %914, 0
  br i1 %915, label %block40, label %cont117

cont117:                                          ; preds = %range41
  %916 = load i64, i64* %i, align 8
  store i64 %916, i64* %i.1, align 8
  %917 = load i32, i32* %len, align 4
  %918 = zext i32 %917 to i64
  %919 = mul i64 %918, 8
  %920 = load i32, i32* %list, align 4
  %921 = zext i32 %920 to i64
  %922 = add i64 %921, %919
  %923 = add i64 %922, 8
  %924 = getelementptr i8, i8* %mem, i64 %923
  %925 = load i64, i64* %i.1, align 8
  %926 = load i64, i64* %i.1, align 8
  %927 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %925, i64 %926)
  %928 = extractvalue { i64, i1 } %927, 1
  br i1 %928, label %trap2.site20, label %ok118

ok118:                                            ; preds = %cont117
  %929 = extractvalue { i64, i1 } %927, 0
  store i64 %929, i64* %unaligned119, align 8
  %930 = bitcast i64* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %924, i8* %930, i64 8, i1 false)
  %931 = load i32, i32* %len, align 4
  %932 = add i32 %931, 1
  store i32 %932, i32* %len, align 4
  %933 = load i64, i64* %i, align 8
  %934 = add i64 %933, 1
  store i64 %934, i64* %i, align 8
  br label %range41

trap2.site20:                                     ; preds = %cont124, %cont117
  %935 = load i64, i64* %lowStart, align 8
  %936 = getelementptr i64, i64* %regs, i64 6
  store i64 %935, i64* %936, align 8
  %937 = load i64, i64* %lowEnd, align 8
  %938 = getelementptr i64, i64* %regs, i64 7
  store i64 %937, i64* %938, align 8
  %939 = load i64, i64* %highEnd, align 8
  %940 = getelementptr i64, i64* %regs, i64 8
  store i64 %939, i64* %940, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

dead120:                                          ; No predecessors!
  br label %block40

block40121:                                       ; preds = %dead131, %ok123
  br label %versioned.join116

range41122:                                       ; preds = %write.ok128, %versioned.slow115
  %941 = load i64, i64* %fuel, align 8
  %942 = icmp ult i64 %941, 1
  br i1 %942, label %trap14.site0, label %ok123

ok123:                                            ; preds = %range41122
  %943 = sub i64 %941, 1
  store i64 %943, i64* %fuel, align 8
  %944 = load i64, i64* %i, align 8
  %945 = load i64, i64* %hi, align 8
  %946 = icmp sge i64 %944, %945
  %947 = zext i1 %946 to i32
  %948 = icmp ne i32 %947, 0
  br i1 %948, label %block40121, label %cont124

cont124:                                          ; preds = %ok123
  %949 = load i64, i64* %i, align 8
  store i64 %949, i64* %i.1, align 8
  %950 = load i32, i32* %list, align 4
  %951 = load i32, i32* %len, align 4
  %952 = mul i32 %951, 8
  %953 = add i32 %950, %952
  %954 = load i64, i64* %i.1, align 8
  %955 = load i64, i64* %i.1, align 8
  %956 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %954, i64 %955)
  %957 = extractvalue { i64, i1 } %956, 1
  br i1 %957, label %trap2.site20, label %ok125

ok125:                                            ; preds = %cont124
  %958 = extractvalue { i64, i1 } %956, 0
  %959 = zext i32 %953 to i64
  %960 = add i64 %959, 8
  %961 = add i64 %960, 8
  %962 = icmp uge i64 %960, %scratch_start
  %963 = load i64, i64* %highEnd, align 8
  %964 = icmp ule i64 %961, %963
  %965 = and i1 %962, %964
  %966 = call i1 @llvm.expect.i1(i1 %965, i1 true)
  br i1 %966, label %write.ok128, label %write.low126

write.low126:                                     ; preds = %ok125
  %967 = load i64, i64* %lowStart, align 8
  %968 = icmp uge i64 %960, %967
  %969 = load i64, i64* %lowEnd, align 8
  %970 = icmp ule i64 %961, %969
  %971 = and i1 %968, %970
  %972 = call i1 @llvm.expect.i1(i1 %971, i1 true)
  br i1 %972, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %973 = icmp ugt i64 %961, %arena_size
  br i1 %973, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %ok125
  %974 = getelementptr i8, i8* %mem, i64 %960
  store i64 %958, i64* %unaligned130, align 8
  %975 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %974, i8* %975, i64 8, i1 false)
  %976 = load i32, i32* %len, align 4
  %977 = add i32 %976, 1
  store i32 %977, i32* %len, align 4
  %978 = load i64, i64* %i, align 8
  %979 = add i64 %978, 1
  store i64 %979, i64* %i, align 8
  br label %range41122

ok129:                                            ; preds = %write.slow127
  %980 = icmp ult i64 %960, %scratch_start
  %981 = load i64, i64* %lowStart, align 8
  %982 = call i64 @llvm.umin.i64(i64 %981, i64 %960)
  %983 = load i64, i64* %lowEnd, align 8
  %984 = load i64, i64* %highEnd, align 8
  %985 = add i64 %961, 64
  %986 = sub i64 %961, %982
  %987 = lshr i64 %986, 4
  %988 = add i64 %985, %987
  %989 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %988)
  %990 = call i64 @llvm.umax.i64(i64 %983, i64 %989)
  %991 = select i1 %980, i64 %990, i64 %983
  store i64 %991, i64* %lowEnd, align 8
  %992 = add i64 %961, 64
  %993 = sub i64 %961, %scratch_start
  %994 = lshr i64 %993, 4
  %995 = add i64 %992, %994
  %996 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %995)
  %997 = call i64 @llvm.umax.i64(i64 %984, i64 %996)
  %998 = select i1 %980, i64 %984, i64 %997
  store i64 %998, i64* %highEnd, align 8
  store i64 %982, i64* %lowStart, align 8
  br label %write.ok128

dead131:                                          ; No predecessors!
  br label %block40121

write.low132:                                     ; preds = %versioned.join116
  %999 = load i64, i64* %lowStart, align 8
  %1000 = icmp uge i64 %904, %999
  %1001 = load i64, i64* %lowEnd, align 8
  %1002 = icmp ule i64 %905, %1001
  %1003 = and i1 %1000, %1002
  %1004 = call i1 @llvm.expect.i1(i1 %1003, i1 true)
  br i1 %1004, label %write.ok134, label %write.slow133

write.slow133:                                    ; preds = %write.low132
  %1005 = icmp ugt i64 %905, %arena_size
  br i1 %1005, label %trap17.site0, label %ok135

write.ok134:                                      ; preds = %ok135, %write.low132, %versioned.join116
  %1006 = getelementptr i8, i8* %mem, i64 %904
  store i32 %903, i32* %unaligned136, align 4
  %1007 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1006, i8* %1007, i64 4, i1 false)
  %1008 = load i32, i32* %list, align 4
  store i32 %1008, i32* %result99, align 4
  br label %e35

ok135:                                            ; preds = %write.slow133
  %1009 = icmp ult i64 %904, %scratch_start
  %1010 = load i64, i64* %lowStart, align 8
  %1011 = call i64 @llvm.umin.i64(i64 %1010, i64 %904)
  %1012 = load i64, i64* %lowEnd, align 8
  %1013 = load i64, i64* %highEnd, align 8
  %1014 = add i64 %905, 64
  %1015 = sub i64 %905, %1011
  %1016 = lshr i64 %1015, 4
  %1017 = add i64 %1014, %1016
  %1018 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1017)
  %1019 = call i64 @llvm.umax.i64(i64 %1012, i64 %1018)
  %1020 = select i1 %1009, i64 %1019, i64 %1012
  store i64 %1020, i64* %lowEnd, align 8
  %1021 = add i64 %905, 64
  %1022 = sub i64 %905, %scratch_start
  %1023 = lshr i64 %1022, 4
  %1024 = add i64 %1021, %1023
  %1025 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1024)
  %1026 = call i64 @llvm.umax.i64(i64 %1013, i64 %1025)
  %1027 = select i1 %1009, i64 %1013, i64 %1026
  store i64 %1027, i64* %highEnd, align 8
  store i64 %1011, i64* %lowStart, align 8
  br label %write.ok134

write.low137:                                     ; preds = %e35
  %1028 = load i64, i64* %lowStart, align 8
  %1029 = icmp uge i64 %795, %1028
  %1030 = load i64, i64* %lowEnd, align 8
  %1031 = icmp ule i64 %796, %1030
  %1032 = and i1 %1029, %1031
  %1033 = call i1 @llvm.expect.i1(i1 %1032, i1 true)
  br i1 %1033, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1034 = icmp ugt i64 %796, %arena_size
  br i1 %1034, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %e35
  %1035 = getelementptr i8, i8* %mem, i64 %795
  store i32 %793, i32* %unaligned141, align 4
  %1036 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1035, i8* %1036, i64 4, i1 false)
  %1037 = load i32, i32* %dict, align 4
  store i32 %1037, i32* %result7, align 4
  br label %e0

ok140:                                            ; preds = %write.slow138
  %1038 = icmp ult i64 %795, %scratch_start
  %1039 = load i64, i64* %lowStart, align 8
  %1040 = call i64 @llvm.umin.i64(i64 %1039, i64 %795)
  %1041 = load i64, i64* %lowEnd, align 8
  %1042 = load i64, i64* %highEnd, align 8
  %1043 = add i64 %796, 64
  %1044 = sub i64 %796, %1040
  %1045 = lshr i64 %1044, 4
  %1046 = add i64 %1043, %1045
  %1047 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1046)
  %1048 = call i64 @llvm.umax.i64(i64 %1041, i64 %1047)
  %1049 = select i1 %1038, i64 %1048, i64 %1041
  store i64 %1049, i64* %lowEnd, align 8
  %1050 = add i64 %796, 64
  %1051 = sub i64 %796, %scratch_start
  %1052 = lshr i64 %1051, 4
  %1053 = add i64 %1050, %1052
  %1054 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1053)
  %1055 = call i64 @llvm.umax.i64(i64 %1042, i64 %1054)
  %1056 = select i1 %1038, i64 %1042, i64 %1055
  store i64 %1056, i64* %highEnd, align 8
  store i64 %1040, i64* %lowStart, align 8
  br label %write.ok139

ok142:                                            ; preds = %e0
  %1057 = icmp ult i64 %10, %stack_limit
  br i1 %1057, label %trap253.site0, label %stack_ok143

trap15.site0:                                     ; preds = %e0
  %1058 = load i64, i64* %lowStart, align 8
  %1059 = getelementptr i64, i64* %regs, i64 6
  store i64 %1058, i64* %1059, align 8
  %1060 = load i64, i64* %lowEnd, align 8
  %1061 = getelementptr i64, i64* %regs, i64 7
  store i64 %1060, i64* %1061, align 8
  %1062 = load i64, i64* %highEnd, align 8
  %1063 = getelementptr i64, i64* %regs, i64 8
  store i64 %1062, i64* %1063, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok143:                                      ; preds = %ok142
  %1064 = load i64, i64* %fuel, align 8
  %1065 = getelementptr i64, i64* %regs, i64 0
  store i64 %1064, i64* %1065, align 8
  %1066 = load i64, i64* %lowStart, align 8
  %1067 = getelementptr i64, i64* %regs, i64 6
  store i64 %1066, i64* %1067, align 8
  %1068 = load i64, i64* %lowEnd, align 8
  %1069 = getelementptr i64, i64* %regs, i64 7
  store i64 %1068, i64* %1069, align 8
  %1070 = load i64, i64* %highEnd, align 8
  %1071 = getelementptr i64, i64* %regs, i64 8
  store i64 %1070, i64* %1071, align 8
  %1072 = add i32 %depth, 1
  %1073 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1072, i32 %97, i32 %98, i32 0)
  %1074 = getelementptr i64, i64* %regs, i64 0
  %1075 = load i64, i64* %1074, align 8
  store i64 %1075, i64* %fuel, align 8
  %1076 = getelementptr i64, i64* %regs, i64 6
  %1077 = load i64, i64* %1076, align 8
  store i64 %1077, i64* %lowStart, align 8
  %1078 = getelementptr i64, i64* %regs, i64 7
  %1079 = load i64, i64* %1078, align 8
  store i64 %1079, i64* %lowEnd, align 8
  %1080 = getelementptr i64, i64* %regs, i64 8
  %1081 = load i64, i64* %1080, align 8
  store i64 %1081, i64* %highEnd, align 8
  store i32 %1073, i32* %json_end, align 4
  %1082 = load i32, i32* %json_end, align 4
  %1083 = icmp eq i32 %1082, -2
  %1084 = zext i1 %1083 to i32
  %1085 = icmp ne i32 %1084, 0
  br i1 %1085, label %then144, label %else145

then144:                                          ; preds = %stack_ok143
  br label %trap16.site5

else145:                                          ; preds = %stack_ok143
  br label %join146

join146:                                          ; preds = %else145, %dead147
  %1086 = load i32, i32* %json_end, align 4
  %1087 = icmp eq i32 %1086, -1
  %1088 = zext i1 %1087 to i32
  %1089 = icmp ne i32 %1088, 0
  br i1 %1089, label %then148, label %else149

trap16.site5:                                     ; preds = %then144
  %1090 = load i64, i64* %lowStart, align 8
  %1091 = getelementptr i64, i64* %regs, i64 6
  store i64 %1090, i64* %1091, align 8
  %1092 = load i64, i64* %lowEnd, align 8
  %1093 = getelementptr i64, i64* %regs, i64 7
  store i64 %1092, i64* %1093, align 8
  %1094 = load i64, i64* %highEnd, align 8
  %1095 = getelementptr i64, i64* %regs, i64 8
  store i64 %1094, i64* %1095, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead147:                                          ; No predecessors!
  br label %join146

then148:                                          ; preds = %join146
  br label %trap15.site5

else149:                                          ; preds = %join146
  br label %join150

join150:                                          ; preds = %else149, %dead151
  %1096 = load i32, i32* %json_end, align 4
  %1097 = zext i32 %1096 to i64
  %1098 = getelementptr i64, i64* %regs, i64 3
  store i64 %1097, i64* %1098, align 8
  %1099 = load i32, i32* %json_end, align 4
  %1100 = load i32, i32* %json_start, align 4
  %1101 = sub i32 %1099, %1100
  %1102 = load i64, i64* %fuel, align 8
  %1103 = getelementptr i64, i64* %regs, i64 0
  store i64 %1102, i64* %1103, align 8
  %1104 = load i64, i64* %lowStart, align 8
  %1105 = getelementptr i64, i64* %regs, i64 6
  store i64 %1104, i64* %1105, align 8
  %1106 = load i64, i64* %lowEnd, align 8
  %1107 = getelementptr i64, i64* %regs, i64 7
  store i64 %1106, i64* %1107, align 8
  %1108 = load i64, i64* %highEnd, align 8
  %1109 = getelementptr i64, i64* %regs, i64 8
  store i64 %1108, i64* %1109, align 8
  ret i32 %1101

dead151:                                          ; No predecessors!
  br label %join150
}
