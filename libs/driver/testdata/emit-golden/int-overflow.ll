; From libs/driver/testdata/emit-golden/int-overflow.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/int-overflow.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (30):
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.ssub.with.overflow.i64
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
  %280 = add i64 %279, 1
  %281 = icmp ugt i64 %280, %arena_size
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
  %294 = add i64 %293, 1
  %295 = icmp ugt i64 %294, %arena_size
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
  %308 = add i64 %307, 2
  %309 = icmp ugt i64 %308, %arena_size
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
  %329 = add i64 %328, 1
  %330 = icmp ugt i64 %329, %arena_size
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
  %353 = add i64 %352, 1
  %354 = icmp ugt i64 %353, %arena_size
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
  %549 = add i64 %548, 1
  %550 = icmp ugt i64 %549, %arena_size
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
  %561 = add i64 %560, 1
  %562 = icmp ugt i64 %561, %arena_size
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
  %593 = add i64 %592, 1
  %594 = icmp ugt i64 %593, %arena_size
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
  %618 = add i64 %617, 8
  %619 = icmp ugt i64 %618, %arena_size
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
  %645 = add i64 %644, 8
  %646 = icmp ugt i64 %645, %arena_size
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
  %672 = add i64 %671, 4
  %673 = icmp ugt i64 %672, %arena_size
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
  br i1 %709, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join140
  %710 = load i64, i64* %lowStart, align 8
  %711 = getelementptr i64, i64* %regs, i64 6
  store i64 %710, i64* %711, align 8
  %712 = load i64, i64* %lowEnd, align 8
  %713 = getelementptr i64, i64* %regs, i64 7
  store i64 %712, i64* %713, align 8
  %714 = load i64, i64* %highEnd, align 8
  %715 = getelementptr i64, i64* %regs, i64 8
  store i64 %714, i64* %715, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok142
  %716 = load i64, i64* %lowStart, align 8
  %717 = icmp uge i64 %704, %716
  %718 = load i64, i64* %lowEnd, align 8
  %719 = icmp ule i64 %705, %718
  %720 = and i1 %717, %719
  br i1 %720, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %721 = icmp ugt i64 %705, %arena_size
  br i1 %721, label %trap17.site0, label %ok143

write.ok:                                         ; preds = %ok143, %write.low, %ok142
  %722 = getelementptr i8, i8* %mem, i64 %704
  store i64 %703, i64* %unaligned144, align 8
  %723 = bitcast i64* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %722, i8* %723, i64 8, i1 false)
  %724 = load i32, i32* %args_out, align 4
  %725 = load i64, i64* %arg.1, align 8
  %726 = zext i32 %724 to i64
  %727 = add i64 %726, 8
  %728 = add i64 %727, 8
  %729 = icmp uge i64 %727, %scratch_start
  %730 = load i64, i64* %highEnd, align 8
  %731 = icmp ule i64 %728, %730
  %732 = and i1 %729, %731
  br i1 %732, label %write.ok147, label %write.low145

ok143:                                            ; preds = %write.slow
  %733 = icmp ult i64 %704, %scratch_start
  %734 = load i64, i64* %lowStart, align 8
  %735 = call i64 @llvm.umin.i64(i64 %734, i64 %704)
  %736 = load i64, i64* %lowEnd, align 8
  %737 = load i64, i64* %highEnd, align 8
  %738 = add i64 %705, 64
  %739 = sub i64 %705, %735
  %740 = lshr i64 %739, 4
  %741 = add i64 %738, %740
  %742 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %741)
  %743 = call i64 @llvm.umax.i64(i64 %736, i64 %742)
  %744 = select i1 %733, i64 %743, i64 %736
  store i64 %744, i64* %lowEnd, align 8
  %745 = add i64 %705, 64
  %746 = sub i64 %705, %scratch_start
  %747 = lshr i64 %746, 4
  %748 = add i64 %745, %747
  %749 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %748)
  %750 = call i64 @llvm.umax.i64(i64 %737, i64 %749)
  %751 = select i1 %733, i64 %737, i64 %750
  store i64 %751, i64* %highEnd, align 8
  store i64 %735, i64* %lowStart, align 8
  br label %write.ok

write.low145:                                     ; preds = %write.ok
  %752 = load i64, i64* %lowStart, align 8
  %753 = icmp uge i64 %727, %752
  %754 = load i64, i64* %lowEnd, align 8
  %755 = icmp ule i64 %728, %754
  %756 = and i1 %753, %755
  br i1 %756, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %757 = icmp ugt i64 %728, %arena_size
  br i1 %757, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %write.ok
  %758 = getelementptr i8, i8* %mem, i64 %727
  store i64 %725, i64* %unaligned149, align 8
  %759 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %758, i8* %759, i64 8, i1 false)
  %760 = load i32, i32* %args_out, align 4
  %761 = load i32, i32* %arg.2, align 4
  %762 = zext i32 %760 to i64
  %763 = add i64 %762, 16
  %764 = add i64 %763, 4
  %765 = icmp uge i64 %763, %scratch_start
  %766 = load i64, i64* %highEnd, align 8
  %767 = icmp ule i64 %764, %766
  %768 = and i1 %765, %767
  br i1 %768, label %write.ok152, label %write.low150

ok148:                                            ; preds = %write.slow146
  %769 = icmp ult i64 %727, %scratch_start
  %770 = load i64, i64* %lowStart, align 8
  %771 = call i64 @llvm.umin.i64(i64 %770, i64 %727)
  %772 = load i64, i64* %lowEnd, align 8
  %773 = load i64, i64* %highEnd, align 8
  %774 = add i64 %728, 64
  %775 = sub i64 %728, %771
  %776 = lshr i64 %775, 4
  %777 = add i64 %774, %776
  %778 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %777)
  %779 = call i64 @llvm.umax.i64(i64 %772, i64 %778)
  %780 = select i1 %769, i64 %779, i64 %772
  store i64 %780, i64* %lowEnd, align 8
  %781 = add i64 %728, 64
  %782 = sub i64 %728, %scratch_start
  %783 = lshr i64 %782, 4
  %784 = add i64 %781, %783
  %785 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %784)
  %786 = call i64 @llvm.umax.i64(i64 %773, i64 %785)
  %787 = select i1 %769, i64 %773, i64 %786
  store i64 %787, i64* %highEnd, align 8
  store i64 %771, i64* %lowStart, align 8
  br label %write.ok147

write.low150:                                     ; preds = %write.ok147
  %788 = load i64, i64* %lowStart, align 8
  %789 = icmp uge i64 %763, %788
  %790 = load i64, i64* %lowEnd, align 8
  %791 = icmp ule i64 %764, %790
  %792 = and i1 %789, %791
  br i1 %792, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %793 = icmp ugt i64 %764, %arena_size
  br i1 %793, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %write.ok147
  %794 = getelementptr i8, i8* %mem, i64 %763
  store i32 %761, i32* %unaligned154, align 4
  %795 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %794, i8* %795, i64 4, i1 false)
  %796 = load i32, i32* %args_out, align 4
  %797 = load i64, i64* %fuel, align 8
  %798 = getelementptr i64, i64* %regs, i64 0
  store i64 %797, i64* %798, align 8
  %799 = load i64, i64* %lowStart, align 8
  %800 = getelementptr i64, i64* %regs, i64 6
  store i64 %799, i64* %800, align 8
  %801 = load i64, i64* %lowEnd, align 8
  %802 = getelementptr i64, i64* %regs, i64 7
  store i64 %801, i64* %802, align 8
  %803 = load i64, i64* %highEnd, align 8
  %804 = getelementptr i64, i64* %regs, i64 8
  store i64 %803, i64* %804, align 8
  ret i32 %796

ok153:                                            ; preds = %write.slow151
  %805 = icmp ult i64 %763, %scratch_start
  %806 = load i64, i64* %lowStart, align 8
  %807 = call i64 @llvm.umin.i64(i64 %806, i64 %763)
  %808 = load i64, i64* %lowEnd, align 8
  %809 = load i64, i64* %highEnd, align 8
  %810 = add i64 %764, 64
  %811 = sub i64 %764, %807
  %812 = lshr i64 %811, 4
  %813 = add i64 %810, %812
  %814 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %813)
  %815 = call i64 @llvm.umax.i64(i64 %808, i64 %814)
  %816 = select i1 %805, i64 %815, i64 %808
  store i64 %816, i64* %lowEnd, align 8
  %817 = add i64 %764, 64
  %818 = sub i64 %764, %scratch_start
  %819 = lshr i64 %818, 4
  %820 = add i64 %817, %819
  %821 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %820)
  %822 = call i64 @llvm.umax.i64(i64 %809, i64 %821)
  %823 = select i1 %805, i64 %809, i64 %822
  store i64 %823, i64* %highEnd, align 8
  store i64 %807, i64* %lowStart, align 8
  br label %write.ok152
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
  %unaligned63 = alloca i64, align 8
  %unaligned69 = alloca i64, align 8
  %result70 = alloca i64, align 8
  %unaligned72 = alloca i32, align 4
  %unaligned76 = alloca i64, align 8
  %unaligned83 = alloca i64, align 8
  %result84 = alloca i32, align 4
  %result89 = alloca i64, align 8
  %unaligned106 = alloca i64, align 8
  %unaligned112 = alloca i32, align 4
  %unaligned117 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %range41, %each31, %each26, %body
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

trap253.site0:                                    ; preds = %ok118, %ok1
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 8
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow114, %write.slow109, %write.slow103, %write.slow80, %cont74, %write.ok67, %write.slow66, %cont, %write.ok55, %write.slow54, %write.slow48, %write.slow40, %write.slow34, %write.slow27, %write.slow20, %write.slow14, %write.slow, %ok3, %ok2, %stack_ok
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
  store i64 %75, i64* %b, align 8
  %76 = load i32, i32* %args, align 4
  %77 = zext i32 %76 to i64
  %78 = add i64 %77, 16
  %79 = add i64 %78, 4
  %80 = icmp ugt i64 %79, %arena_size
  br i1 %80, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %81 = getelementptr i8, i8* %mem, i64 %78
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

e0:                                               ; preds = %write.ok115
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
  br i1 %99, label %trap15.site0, label %ok118

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

trap15.site5:                                     ; preds = %then124, %ok5
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
  br i1 %121, label %write.ok, label %write.low

trap2.site6:                                      ; preds = %ok8
  %122 = load i64, i64* %lowStart, align 8
  %123 = getelementptr i64, i64* %regs, i64 6
  store i64 %122, i64* %123, align 8
  %124 = load i64, i64* %lowEnd, align 8
  %125 = getelementptr i64, i64* %regs, i64 7
  store i64 %124, i64* %125, align 8
  %126 = load i64, i64* %highEnd, align 8
  %127 = getelementptr i64, i64* %regs, i64 8
  store i64 %126, i64* %127, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low:                                        ; preds = %ok9
  %128 = load i64, i64* %lowStart, align 8
  %129 = icmp uge i64 %116, %128
  %130 = load i64, i64* %lowEnd, align 8
  %131 = icmp ule i64 %117, %130
  %132 = and i1 %129, %131
  br i1 %132, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %133 = icmp ugt i64 %117, %arena_size
  br i1 %133, label %trap17.site0, label %ok10

write.ok:                                         ; preds = %ok10, %write.low, %ok9
  %134 = getelementptr i8, i8* %mem, i64 %116
  store i64 %115, i64* %unaligned11, align 8
  %135 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %134, i8* %135, i64 8, i1 false)
  %136 = load i64, i64* %a, align 8
  %137 = load i64, i64* %b, align 8
  %138 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %136, i64 %137)
  %139 = extractvalue { i64, i1 } %138, 1
  br i1 %139, label %trap2.site7, label %ok12

ok10:                                             ; preds = %write.slow
  %140 = icmp ult i64 %116, %scratch_start
  %141 = load i64, i64* %lowStart, align 8
  %142 = call i64 @llvm.umin.i64(i64 %141, i64 %116)
  %143 = load i64, i64* %lowEnd, align 8
  %144 = load i64, i64* %highEnd, align 8
  %145 = add i64 %117, 64
  %146 = sub i64 %117, %142
  %147 = lshr i64 %146, 4
  %148 = add i64 %145, %147
  %149 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %148)
  %150 = call i64 @llvm.umax.i64(i64 %143, i64 %149)
  %151 = select i1 %140, i64 %150, i64 %143
  store i64 %151, i64* %lowEnd, align 8
  %152 = add i64 %117, 64
  %153 = sub i64 %117, %scratch_start
  %154 = lshr i64 %153, 4
  %155 = add i64 %152, %154
  %156 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %155)
  %157 = call i64 @llvm.umax.i64(i64 %144, i64 %156)
  %158 = select i1 %140, i64 %144, i64 %157
  store i64 %158, i64* %highEnd, align 8
  store i64 %142, i64* %lowStart, align 8
  br label %write.ok

ok12:                                             ; preds = %write.ok
  %159 = extractvalue { i64, i1 } %138, 0
  store i64 %159, i64* %sub, align 8
  %160 = load i32, i32* %dict, align 4
  %161 = load i64, i64* %sub, align 8
  %162 = zext i32 %160 to i64
  %163 = add i64 %162, 8
  %164 = add i64 %163, 8
  %165 = icmp uge i64 %163, %scratch_start
  %166 = load i64, i64* %highEnd, align 8
  %167 = icmp ule i64 %164, %166
  %168 = and i1 %165, %167
  br i1 %168, label %write.ok15, label %write.low13

trap2.site7:                                      ; preds = %write.ok
  %169 = load i64, i64* %lowStart, align 8
  %170 = getelementptr i64, i64* %regs, i64 6
  store i64 %169, i64* %170, align 8
  %171 = load i64, i64* %lowEnd, align 8
  %172 = getelementptr i64, i64* %regs, i64 7
  store i64 %171, i64* %172, align 8
  %173 = load i64, i64* %highEnd, align 8
  %174 = getelementptr i64, i64* %regs, i64 8
  store i64 %173, i64* %174, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

write.low13:                                      ; preds = %ok12
  %175 = load i64, i64* %lowStart, align 8
  %176 = icmp uge i64 %163, %175
  %177 = load i64, i64* %lowEnd, align 8
  %178 = icmp ule i64 %164, %177
  %179 = and i1 %176, %178
  br i1 %179, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %180 = icmp ugt i64 %164, %arena_size
  br i1 %180, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %ok12
  %181 = getelementptr i8, i8* %mem, i64 %163
  store i64 %161, i64* %unaligned17, align 8
  %182 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %181, i8* %182, i64 8, i1 false)
  %183 = load i64, i64* %a, align 8
  %184 = load i64, i64* %b, align 8
  %185 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %183, i64 %184)
  %186 = extractvalue { i64, i1 } %185, 1
  br i1 %186, label %trap2.site8, label %ok18

ok16:                                             ; preds = %write.slow14
  %187 = icmp ult i64 %163, %scratch_start
  %188 = load i64, i64* %lowStart, align 8
  %189 = call i64 @llvm.umin.i64(i64 %188, i64 %163)
  %190 = load i64, i64* %lowEnd, align 8
  %191 = load i64, i64* %highEnd, align 8
  %192 = add i64 %164, 64
  %193 = sub i64 %164, %189
  %194 = lshr i64 %193, 4
  %195 = add i64 %192, %194
  %196 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %195)
  %197 = call i64 @llvm.umax.i64(i64 %190, i64 %196)
  %198 = select i1 %187, i64 %197, i64 %190
  store i64 %198, i64* %lowEnd, align 8
  %199 = add i64 %164, 64
  %200 = sub i64 %164, %scratch_start
  %201 = lshr i64 %200, 4
  %202 = add i64 %199, %201
  %203 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %202)
  %204 = call i64 @llvm.umax.i64(i64 %191, i64 %203)
  %205 = select i1 %187, i64 %191, i64 %204
  store i64 %205, i64* %highEnd, align 8
  store i64 %189, i64* %lowStart, align 8
  br label %write.ok15

ok18:                                             ; preds = %write.ok15
  %206 = extractvalue { i64, i1 } %185, 0
  store i64 %206, i64* %mul, align 8
  %207 = load i32, i32* %dict, align 4
  %208 = load i64, i64* %mul, align 8
  %209 = zext i32 %207 to i64
  %210 = add i64 %209, 16
  %211 = add i64 %210, 8
  %212 = icmp uge i64 %210, %scratch_start
  %213 = load i64, i64* %highEnd, align 8
  %214 = icmp ule i64 %211, %213
  %215 = and i1 %212, %214
  br i1 %215, label %write.ok21, label %write.low19

trap2.site8:                                      ; preds = %write.ok15
  %216 = load i64, i64* %lowStart, align 8
  %217 = getelementptr i64, i64* %regs, i64 6
  store i64 %216, i64* %217, align 8
  %218 = load i64, i64* %lowEnd, align 8
  %219 = getelementptr i64, i64* %regs, i64 7
  store i64 %218, i64* %219, align 8
  %220 = load i64, i64* %highEnd, align 8
  %221 = getelementptr i64, i64* %regs, i64 8
  store i64 %220, i64* %221, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 8)
  unreachable

write.low19:                                      ; preds = %ok18
  %222 = load i64, i64* %lowStart, align 8
  %223 = icmp uge i64 %210, %222
  %224 = load i64, i64* %lowEnd, align 8
  %225 = icmp ule i64 %211, %224
  %226 = and i1 %223, %225
  br i1 %226, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %227 = icmp ugt i64 %211, %arena_size
  br i1 %227, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %228 = getelementptr i8, i8* %mem, i64 %210
  store i64 %208, i64* %unaligned23, align 8
  %229 = bitcast i64* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %228, i8* %229, i64 8, i1 false)
  %230 = load i64, i64* %a, align 8
  %231 = load i64, i64* %b, align 8
  %232 = icmp eq i64 %231, 0
  br i1 %232, label %trap1.site9, label %ok24

ok22:                                             ; preds = %write.slow20
  %233 = icmp ult i64 %210, %scratch_start
  %234 = load i64, i64* %lowStart, align 8
  %235 = call i64 @llvm.umin.i64(i64 %234, i64 %210)
  %236 = load i64, i64* %lowEnd, align 8
  %237 = load i64, i64* %highEnd, align 8
  %238 = add i64 %211, 64
  %239 = sub i64 %211, %235
  %240 = lshr i64 %239, 4
  %241 = add i64 %238, %240
  %242 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %241)
  %243 = call i64 @llvm.umax.i64(i64 %236, i64 %242)
  %244 = select i1 %233, i64 %243, i64 %236
  store i64 %244, i64* %lowEnd, align 8
  %245 = add i64 %211, 64
  %246 = sub i64 %211, %scratch_start
  %247 = lshr i64 %246, 4
  %248 = add i64 %245, %247
  %249 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %248)
  %250 = call i64 @llvm.umax.i64(i64 %237, i64 %249)
  %251 = select i1 %233, i64 %237, i64 %250
  store i64 %251, i64* %highEnd, align 8
  store i64 %235, i64* %lowStart, align 8
  br label %write.ok21

ok24:                                             ; preds = %write.ok21
  %252 = icmp eq i64 %230, -9223372036854775808
  %253 = icmp eq i64 %231, -1
  %254 = and i1 %252, %253
  br i1 %254, label %trap2.site9, label %ok25

trap1.site9:                                      ; preds = %write.ok21
  %255 = load i64, i64* %lowStart, align 8
  %256 = getelementptr i64, i64* %regs, i64 6
  store i64 %255, i64* %256, align 8
  %257 = load i64, i64* %lowEnd, align 8
  %258 = getelementptr i64, i64* %regs, i64 7
  store i64 %257, i64* %258, align 8
  %259 = load i64, i64* %highEnd, align 8
  %260 = getelementptr i64, i64* %regs, i64 8
  store i64 %259, i64* %260, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok25:                                             ; preds = %ok24
  %261 = sdiv i64 %230, %231
  store i64 %261, i64* %div, align 8
  %262 = load i32, i32* %dict, align 4
  %263 = load i64, i64* %div, align 8
  %264 = zext i32 %262 to i64
  %265 = add i64 %264, 24
  %266 = add i64 %265, 8
  %267 = icmp uge i64 %265, %scratch_start
  %268 = load i64, i64* %highEnd, align 8
  %269 = icmp ule i64 %266, %268
  %270 = and i1 %267, %269
  br i1 %270, label %write.ok28, label %write.low26

trap2.site9:                                      ; preds = %ok24
  %271 = load i64, i64* %lowStart, align 8
  %272 = getelementptr i64, i64* %regs, i64 6
  store i64 %271, i64* %272, align 8
  %273 = load i64, i64* %lowEnd, align 8
  %274 = getelementptr i64, i64* %regs, i64 7
  store i64 %273, i64* %274, align 8
  %275 = load i64, i64* %highEnd, align 8
  %276 = getelementptr i64, i64* %regs, i64 8
  store i64 %275, i64* %276, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

write.low26:                                      ; preds = %ok25
  %277 = load i64, i64* %lowStart, align 8
  %278 = icmp uge i64 %265, %277
  %279 = load i64, i64* %lowEnd, align 8
  %280 = icmp ule i64 %266, %279
  %281 = and i1 %278, %280
  br i1 %281, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %282 = icmp ugt i64 %266, %arena_size
  br i1 %282, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %ok25
  %283 = getelementptr i8, i8* %mem, i64 %265
  store i64 %263, i64* %unaligned30, align 8
  %284 = bitcast i64* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %283, i8* %284, i64 8, i1 false)
  %285 = load i64, i64* %a, align 8
  %286 = load i64, i64* %b, align 8
  %287 = icmp eq i64 %286, 0
  br i1 %287, label %trap1.site10, label %ok31

ok29:                                             ; preds = %write.slow27
  %288 = icmp ult i64 %265, %scratch_start
  %289 = load i64, i64* %lowStart, align 8
  %290 = call i64 @llvm.umin.i64(i64 %289, i64 %265)
  %291 = load i64, i64* %lowEnd, align 8
  %292 = load i64, i64* %highEnd, align 8
  %293 = add i64 %266, 64
  %294 = sub i64 %266, %290
  %295 = lshr i64 %294, 4
  %296 = add i64 %293, %295
  %297 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %296)
  %298 = call i64 @llvm.umax.i64(i64 %291, i64 %297)
  %299 = select i1 %288, i64 %298, i64 %291
  store i64 %299, i64* %lowEnd, align 8
  %300 = add i64 %266, 64
  %301 = sub i64 %266, %scratch_start
  %302 = lshr i64 %301, 4
  %303 = add i64 %300, %302
  %304 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %303)
  %305 = call i64 @llvm.umax.i64(i64 %292, i64 %304)
  %306 = select i1 %288, i64 %292, i64 %305
  store i64 %306, i64* %highEnd, align 8
  store i64 %290, i64* %lowStart, align 8
  br label %write.ok28

ok31:                                             ; preds = %write.ok28
  %307 = icmp eq i64 %285, -9223372036854775808
  %308 = icmp eq i64 %286, -1
  %309 = and i1 %307, %308
  br i1 %309, label %trap2.site10, label %ok32

trap1.site10:                                     ; preds = %write.ok28
  %310 = load i64, i64* %lowStart, align 8
  %311 = getelementptr i64, i64* %regs, i64 6
  store i64 %310, i64* %311, align 8
  %312 = load i64, i64* %lowEnd, align 8
  %313 = getelementptr i64, i64* %regs, i64 7
  store i64 %312, i64* %313, align 8
  %314 = load i64, i64* %highEnd, align 8
  %315 = getelementptr i64, i64* %regs, i64 8
  store i64 %314, i64* %315, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok32:                                             ; preds = %ok31
  %316 = srem i64 %285, %286
  store i64 %316, i64* %rem, align 8
  %317 = load i32, i32* %dict, align 4
  %318 = load i64, i64* %rem, align 8
  %319 = zext i32 %317 to i64
  %320 = add i64 %319, 32
  %321 = add i64 %320, 8
  %322 = icmp uge i64 %320, %scratch_start
  %323 = load i64, i64* %highEnd, align 8
  %324 = icmp ule i64 %321, %323
  %325 = and i1 %322, %324
  br i1 %325, label %write.ok35, label %write.low33

trap2.site10:                                     ; preds = %ok31
  %326 = load i64, i64* %lowStart, align 8
  %327 = getelementptr i64, i64* %regs, i64 6
  store i64 %326, i64* %327, align 8
  %328 = load i64, i64* %lowEnd, align 8
  %329 = getelementptr i64, i64* %regs, i64 7
  store i64 %328, i64* %329, align 8
  %330 = load i64, i64* %highEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 8
  store i64 %330, i64* %331, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

write.low33:                                      ; preds = %ok32
  %332 = load i64, i64* %lowStart, align 8
  %333 = icmp uge i64 %320, %332
  %334 = load i64, i64* %lowEnd, align 8
  %335 = icmp ule i64 %321, %334
  %336 = and i1 %333, %335
  br i1 %336, label %write.ok35, label %write.slow34

write.slow34:                                     ; preds = %write.low33
  %337 = icmp ugt i64 %321, %arena_size
  br i1 %337, label %trap17.site0, label %ok36

write.ok35:                                       ; preds = %ok36, %write.low33, %ok32
  %338 = getelementptr i8, i8* %mem, i64 %320
  store i64 %318, i64* %unaligned37, align 8
  %339 = bitcast i64* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %338, i8* %339, i64 8, i1 false)
  %340 = load i64, i64* %a, align 8
  %341 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 0, i64 %340)
  %342 = extractvalue { i64, i1 } %341, 1
  br i1 %342, label %trap2.site11, label %ok38

ok36:                                             ; preds = %write.slow34
  %343 = icmp ult i64 %320, %scratch_start
  %344 = load i64, i64* %lowStart, align 8
  %345 = call i64 @llvm.umin.i64(i64 %344, i64 %320)
  %346 = load i64, i64* %lowEnd, align 8
  %347 = load i64, i64* %highEnd, align 8
  %348 = add i64 %321, 64
  %349 = sub i64 %321, %345
  %350 = lshr i64 %349, 4
  %351 = add i64 %348, %350
  %352 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %351)
  %353 = call i64 @llvm.umax.i64(i64 %346, i64 %352)
  %354 = select i1 %343, i64 %353, i64 %346
  store i64 %354, i64* %lowEnd, align 8
  %355 = add i64 %321, 64
  %356 = sub i64 %321, %scratch_start
  %357 = lshr i64 %356, 4
  %358 = add i64 %355, %357
  %359 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %358)
  %360 = call i64 @llvm.umax.i64(i64 %347, i64 %359)
  %361 = select i1 %343, i64 %347, i64 %360
  store i64 %361, i64* %highEnd, align 8
  store i64 %345, i64* %lowStart, align 8
  br label %write.ok35

ok38:                                             ; preds = %write.ok35
  %362 = extractvalue { i64, i1 } %341, 0
  store i64 %362, i64* %neg, align 8
  %363 = load i32, i32* %dict, align 4
  %364 = load i64, i64* %neg, align 8
  %365 = zext i32 %363 to i64
  %366 = add i64 %365, 40
  %367 = add i64 %366, 8
  %368 = icmp uge i64 %366, %scratch_start
  %369 = load i64, i64* %highEnd, align 8
  %370 = icmp ule i64 %367, %369
  %371 = and i1 %368, %370
  br i1 %371, label %write.ok41, label %write.low39

trap2.site11:                                     ; preds = %write.ok35
  %372 = load i64, i64* %lowStart, align 8
  %373 = getelementptr i64, i64* %regs, i64 6
  store i64 %372, i64* %373, align 8
  %374 = load i64, i64* %lowEnd, align 8
  %375 = getelementptr i64, i64* %regs, i64 7
  store i64 %374, i64* %375, align 8
  %376 = load i64, i64* %highEnd, align 8
  %377 = getelementptr i64, i64* %regs, i64 8
  store i64 %376, i64* %377, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 11)
  unreachable

write.low39:                                      ; preds = %ok38
  %378 = load i64, i64* %lowStart, align 8
  %379 = icmp uge i64 %366, %378
  %380 = load i64, i64* %lowEnd, align 8
  %381 = icmp ule i64 %367, %380
  %382 = and i1 %379, %381
  br i1 %382, label %write.ok41, label %write.slow40

write.slow40:                                     ; preds = %write.low39
  %383 = icmp ugt i64 %367, %arena_size
  br i1 %383, label %trap17.site0, label %ok42

write.ok41:                                       ; preds = %ok42, %write.low39, %ok38
  %384 = getelementptr i8, i8* %mem, i64 %366
  store i64 %364, i64* %unaligned43, align 8
  %385 = bitcast i64* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %384, i8* %385, i64 8, i1 false)
  %386 = load i64, i64* %b, align 8
  store i64 %386, i64* %x, align 8
  %387 = load i64, i64* %x, align 8
  %388 = icmp slt i64 %387, 0
  %389 = zext i1 %388 to i32
  %390 = icmp ne i32 %389, 0
  br i1 %390, label %then, label %else

ok42:                                             ; preds = %write.slow40
  %391 = icmp ult i64 %366, %scratch_start
  %392 = load i64, i64* %lowStart, align 8
  %393 = call i64 @llvm.umin.i64(i64 %392, i64 %366)
  %394 = load i64, i64* %lowEnd, align 8
  %395 = load i64, i64* %highEnd, align 8
  %396 = add i64 %367, 64
  %397 = sub i64 %367, %393
  %398 = lshr i64 %397, 4
  %399 = add i64 %396, %398
  %400 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %399)
  %401 = call i64 @llvm.umax.i64(i64 %394, i64 %400)
  %402 = select i1 %391, i64 %401, i64 %394
  store i64 %402, i64* %lowEnd, align 8
  %403 = add i64 %367, 64
  %404 = sub i64 %367, %scratch_start
  %405 = lshr i64 %404, 4
  %406 = add i64 %403, %405
  %407 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %406)
  %408 = call i64 @llvm.umax.i64(i64 %395, i64 %407)
  %409 = select i1 %391, i64 %395, i64 %408
  store i64 %409, i64* %highEnd, align 8
  store i64 %393, i64* %lowStart, align 8
  br label %write.ok41

e18:                                              ; preds = %join
  %410 = load i64, i64* %result44, align 8
  store i64 %410, i64* %magnitude, align 8
  %411 = load i32, i32* %dict, align 4
  %412 = load i64, i64* %magnitude, align 8
  %413 = zext i32 %411 to i64
  %414 = add i64 %413, 48
  %415 = add i64 %414, 8
  %416 = icmp uge i64 %414, %scratch_start
  %417 = load i64, i64* %highEnd, align 8
  %418 = icmp ule i64 %415, %417
  %419 = and i1 %416, %418
  br i1 %419, label %write.ok49, label %write.low47

then:                                             ; preds = %write.ok41
  %420 = load i64, i64* %x, align 8
  %421 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 0, i64 %420)
  %422 = extractvalue { i64, i1 } %421, 1
  br i1 %422, label %trap2.site12, label %ok46

else:                                             ; preds = %write.ok41
  %423 = load i64, i64* %x, align 8
  store i64 %423, i64* %result45, align 8
  br label %join

join:                                             ; preds = %else, %ok46
  %424 = load i64, i64* %result45, align 8
  store i64 %424, i64* %result44, align 8
  br label %e18

ok46:                                             ; preds = %then
  %425 = extractvalue { i64, i1 } %421, 0
  store i64 %425, i64* %result45, align 8
  br label %join

trap2.site12:                                     ; preds = %then
  %426 = load i64, i64* %lowStart, align 8
  %427 = getelementptr i64, i64* %regs, i64 6
  store i64 %426, i64* %427, align 8
  %428 = load i64, i64* %lowEnd, align 8
  %429 = getelementptr i64, i64* %regs, i64 7
  store i64 %428, i64* %429, align 8
  %430 = load i64, i64* %highEnd, align 8
  %431 = getelementptr i64, i64* %regs, i64 8
  store i64 %430, i64* %431, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

write.low47:                                      ; preds = %e18
  %432 = load i64, i64* %lowStart, align 8
  %433 = icmp uge i64 %414, %432
  %434 = load i64, i64* %lowEnd, align 8
  %435 = icmp ule i64 %415, %434
  %436 = and i1 %433, %435
  br i1 %436, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %437 = icmp ugt i64 %415, %arena_size
  br i1 %437, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %e18
  %438 = getelementptr i8, i8* %mem, i64 %414
  store i64 %412, i64* %unaligned51, align 8
  %439 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %438, i8* %439, i64 8, i1 false)
  %440 = load i64, i64* %a, align 8
  %441 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 9223372036854775807, i64 %440)
  %442 = extractvalue { i64, i1 } %441, 1
  br i1 %442, label %trap2.site13, label %ok52

ok50:                                             ; preds = %write.slow48
  %443 = icmp ult i64 %414, %scratch_start
  %444 = load i64, i64* %lowStart, align 8
  %445 = call i64 @llvm.umin.i64(i64 %444, i64 %414)
  %446 = load i64, i64* %lowEnd, align 8
  %447 = load i64, i64* %highEnd, align 8
  %448 = add i64 %415, 64
  %449 = sub i64 %415, %445
  %450 = lshr i64 %449, 4
  %451 = add i64 %448, %450
  %452 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %451)
  %453 = call i64 @llvm.umax.i64(i64 %446, i64 %452)
  %454 = select i1 %443, i64 %453, i64 %446
  store i64 %454, i64* %lowEnd, align 8
  %455 = add i64 %415, 64
  %456 = sub i64 %415, %scratch_start
  %457 = lshr i64 %456, 4
  %458 = add i64 %455, %457
  %459 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %458)
  %460 = call i64 @llvm.umax.i64(i64 %447, i64 %459)
  %461 = select i1 %443, i64 %447, i64 %460
  store i64 %461, i64* %highEnd, align 8
  store i64 %445, i64* %lowStart, align 8
  br label %write.ok49

ok52:                                             ; preds = %write.ok49
  %462 = extractvalue { i64, i1 } %441, 0
  store i64 %462, i64* %near_max, align 8
  %463 = load i32, i32* %dict, align 4
  %464 = load i64, i64* %near_max, align 8
  %465 = zext i32 %463 to i64
  %466 = add i64 %465, 56
  %467 = add i64 %466, 8
  %468 = icmp uge i64 %466, %scratch_start
  %469 = load i64, i64* %highEnd, align 8
  %470 = icmp ule i64 %467, %469
  %471 = and i1 %468, %470
  br i1 %471, label %write.ok55, label %write.low53

trap2.site13:                                     ; preds = %write.ok49
  %472 = load i64, i64* %lowStart, align 8
  %473 = getelementptr i64, i64* %regs, i64 6
  store i64 %472, i64* %473, align 8
  %474 = load i64, i64* %lowEnd, align 8
  %475 = getelementptr i64, i64* %regs, i64 7
  store i64 %474, i64* %475, align 8
  %476 = load i64, i64* %highEnd, align 8
  %477 = getelementptr i64, i64* %regs, i64 8
  store i64 %476, i64* %477, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 13)
  unreachable

write.low53:                                      ; preds = %ok52
  %478 = load i64, i64* %lowStart, align 8
  %479 = icmp uge i64 %466, %478
  %480 = load i64, i64* %lowEnd, align 8
  %481 = icmp ule i64 %467, %480
  %482 = and i1 %479, %481
  br i1 %482, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %483 = icmp ugt i64 %467, %arena_size
  br i1 %483, label %trap17.site0, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %484 = getelementptr i8, i8* %mem, i64 %466
  store i64 %464, i64* %unaligned57, align 8
  %485 = bitcast i64* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %484, i8* %485, i64 8, i1 false)
  %486 = load i32, i32* %xs, align 4
  store i32 %486, i32* %xs.1, align 4
  store i64 0, i64* %sum, align 8
  %487 = load i32, i32* %xs.1, align 4
  %488 = zext i32 %487 to i64
  %489 = add i64 %488, 4
  %490 = icmp ugt i64 %489, %arena_size
  br i1 %490, label %trap17.site0, label %ok59

ok56:                                             ; preds = %write.slow54
  %491 = icmp ult i64 %466, %scratch_start
  %492 = load i64, i64* %lowStart, align 8
  %493 = call i64 @llvm.umin.i64(i64 %492, i64 %466)
  %494 = load i64, i64* %lowEnd, align 8
  %495 = load i64, i64* %highEnd, align 8
  %496 = add i64 %467, 64
  %497 = sub i64 %467, %493
  %498 = lshr i64 %497, 4
  %499 = add i64 %496, %498
  %500 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %499)
  %501 = call i64 @llvm.umax.i64(i64 %494, i64 %500)
  %502 = select i1 %491, i64 %501, i64 %494
  store i64 %502, i64* %lowEnd, align 8
  %503 = add i64 %467, 64
  %504 = sub i64 %467, %scratch_start
  %505 = lshr i64 %504, 4
  %506 = add i64 %503, %505
  %507 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %506)
  %508 = call i64 @llvm.umax.i64(i64 %495, i64 %507)
  %509 = select i1 %491, i64 %495, i64 %508
  store i64 %509, i64* %highEnd, align 8
  store i64 %493, i64* %lowStart, align 8
  br label %write.ok55

e23:                                              ; preds = %block25
  %510 = load i64, i64* %result58, align 8
  store i64 %510, i64* %total, align 8
  %511 = load i32, i32* %dict, align 4
  %512 = load i64, i64* %total, align 8
  %513 = zext i32 %511 to i64
  %514 = add i64 %513, 64
  %515 = add i64 %514, 8
  %516 = icmp uge i64 %514, %scratch_start
  %517 = load i64, i64* %highEnd, align 8
  %518 = icmp ule i64 %515, %517
  %519 = and i1 %516, %518
  br i1 %519, label %write.ok67, label %write.low65

ok59:                                             ; preds = %write.ok55
  %520 = getelementptr i8, i8* %mem, i64 %488
  %521 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %521, i8* %520, i64 4, i1 false)
  %522 = load i32, i32* %unaligned60, align 4
  store i32 %522, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each26

block25:                                          ; preds = %dead, %ok61
  %523 = load i64, i64* %sum, align 8
  store i64 %523, i64* %result58, align 8
  br label %e23

each26:                                           ; preds = %ok64, %ok59
  %524 = load i64, i64* %fuel, align 8
  %525 = icmp ult i64 %524, 1
  br i1 %525, label %trap14.site0, label %ok61

ok61:                                             ; preds = %each26
  %526 = sub i64 %524, 1
  store i64 %526, i64* %fuel, align 8
  %527 = load i32, i32* %k, align 4
  %528 = load i32, i32* %n, align 4
  %529 = icmp uge i32 %527, %528
  %530 = zext i1 %529 to i32
  %531 = icmp ne i32 %530, 0
  br i1 %531, label %block25, label %cont

cont:                                             ; preds = %ok61
  %532 = load i32, i32* %xs.1, align 4
  %533 = load i32, i32* %k, align 4
  %534 = mul i32 %533, 8
  %535 = add i32 %532, %534
  %536 = zext i32 %535 to i64
  %537 = add i64 %536, 8
  %538 = add i64 %537, 8
  %539 = icmp ugt i64 %538, %arena_size
  br i1 %539, label %trap17.site0, label %ok62

ok62:                                             ; preds = %cont
  %540 = getelementptr i8, i8* %mem, i64 %537
  %541 = bitcast i64* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %541, i8* %540, i64 8, i1 false)
  %542 = load i64, i64* %unaligned63, align 8
  store i64 %542, i64* %x.1, align 8
  %543 = load i64, i64* %sum, align 8
  %544 = load i64, i64* %x.1, align 8
  %545 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %543, i64 %544)
  %546 = extractvalue { i64, i1 } %545, 1
  br i1 %546, label %trap2.site14, label %ok64

ok64:                                             ; preds = %ok62
  %547 = extractvalue { i64, i1 } %545, 0
  store i64 %547, i64* %sum, align 8
  %548 = load i32, i32* %k, align 4
  %549 = add i32 %548, 1
  store i32 %549, i32* %k, align 4
  br label %each26

trap2.site14:                                     ; preds = %ok62
  %550 = load i64, i64* %lowStart, align 8
  %551 = getelementptr i64, i64* %regs, i64 6
  store i64 %550, i64* %551, align 8
  %552 = load i64, i64* %lowEnd, align 8
  %553 = getelementptr i64, i64* %regs, i64 7
  store i64 %552, i64* %553, align 8
  %554 = load i64, i64* %highEnd, align 8
  %555 = getelementptr i64, i64* %regs, i64 8
  store i64 %554, i64* %555, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

dead:                                             ; No predecessors!
  br label %block25

write.low65:                                      ; preds = %e23
  %556 = load i64, i64* %lowStart, align 8
  %557 = icmp uge i64 %514, %556
  %558 = load i64, i64* %lowEnd, align 8
  %559 = icmp ule i64 %515, %558
  %560 = and i1 %557, %559
  br i1 %560, label %write.ok67, label %write.slow66

write.slow66:                                     ; preds = %write.low65
  %561 = icmp ugt i64 %515, %arena_size
  br i1 %561, label %trap17.site0, label %ok68

write.ok67:                                       ; preds = %ok68, %write.low65, %e23
  %562 = getelementptr i8, i8* %mem, i64 %514
  store i64 %512, i64* %unaligned69, align 8
  %563 = bitcast i64* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %562, i8* %563, i64 8, i1 false)
  %564 = load i32, i32* %xs, align 4
  store i32 %564, i32* %xs.2, align 4
  store i64 1, i64* %acc, align 8
  %565 = load i32, i32* %xs.2, align 4
  %566 = zext i32 %565 to i64
  %567 = add i64 %566, 4
  %568 = icmp ugt i64 %567, %arena_size
  br i1 %568, label %trap17.site0, label %ok71

ok68:                                             ; preds = %write.slow66
  %569 = icmp ult i64 %514, %scratch_start
  %570 = load i64, i64* %lowStart, align 8
  %571 = call i64 @llvm.umin.i64(i64 %570, i64 %514)
  %572 = load i64, i64* %lowEnd, align 8
  %573 = load i64, i64* %highEnd, align 8
  %574 = add i64 %515, 64
  %575 = sub i64 %515, %571
  %576 = lshr i64 %575, 4
  %577 = add i64 %574, %576
  %578 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %577)
  %579 = call i64 @llvm.umax.i64(i64 %572, i64 %578)
  %580 = select i1 %569, i64 %579, i64 %572
  store i64 %580, i64* %lowEnd, align 8
  %581 = add i64 %515, 64
  %582 = sub i64 %515, %scratch_start
  %583 = lshr i64 %582, 4
  %584 = add i64 %581, %583
  %585 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %584)
  %586 = call i64 @llvm.umax.i64(i64 %573, i64 %585)
  %587 = select i1 %569, i64 %573, i64 %586
  store i64 %587, i64* %highEnd, align 8
  store i64 %571, i64* %lowStart, align 8
  br label %write.ok67

e27:                                              ; preds = %block30
  %588 = load i64, i64* %result70, align 8
  store i64 %588, i64* %product, align 8
  %589 = load i32, i32* %dict, align 4
  %590 = load i64, i64* %product, align 8
  %591 = zext i32 %589 to i64
  %592 = add i64 %591, 72
  %593 = add i64 %592, 8
  %594 = icmp uge i64 %592, %scratch_start
  %595 = load i64, i64* %highEnd, align 8
  %596 = icmp ule i64 %593, %595
  %597 = and i1 %594, %596
  br i1 %597, label %write.ok81, label %write.low79

ok71:                                             ; preds = %write.ok67
  %598 = getelementptr i8, i8* %mem, i64 %566
  %599 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %599, i8* %598, i64 4, i1 false)
  %600 = load i32, i32* %unaligned72, align 4
  store i32 %600, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each31

block30:                                          ; preds = %dead78, %ok73
  %601 = load i64, i64* %acc, align 8
  store i64 %601, i64* %result70, align 8
  br label %e27

each31:                                           ; preds = %ok77, %ok71
  %602 = load i64, i64* %fuel, align 8
  %603 = icmp ult i64 %602, 1
  br i1 %603, label %trap14.site0, label %ok73

ok73:                                             ; preds = %each31
  %604 = sub i64 %602, 1
  store i64 %604, i64* %fuel, align 8
  %605 = load i32, i32* %k.1, align 4
  %606 = load i32, i32* %n.1, align 4
  %607 = icmp uge i32 %605, %606
  %608 = zext i1 %607 to i32
  %609 = icmp ne i32 %608, 0
  br i1 %609, label %block30, label %cont74

cont74:                                           ; preds = %ok73
  %610 = load i32, i32* %xs.2, align 4
  %611 = load i32, i32* %k.1, align 4
  %612 = mul i32 %611, 8
  %613 = add i32 %610, %612
  %614 = zext i32 %613 to i64
  %615 = add i64 %614, 8
  %616 = add i64 %615, 8
  %617 = icmp ugt i64 %616, %arena_size
  br i1 %617, label %trap17.site0, label %ok75

ok75:                                             ; preds = %cont74
  %618 = getelementptr i8, i8* %mem, i64 %615
  %619 = bitcast i64* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %619, i8* %618, i64 8, i1 false)
  %620 = load i64, i64* %unaligned76, align 8
  store i64 %620, i64* %x.2, align 8
  %621 = load i64, i64* %acc, align 8
  store i64 %621, i64* %acc.1, align 8
  %622 = load i64, i64* %x.2, align 8
  store i64 %622, i64* %v, align 8
  %623 = load i64, i64* %acc.1, align 8
  %624 = load i64, i64* %v, align 8
  %625 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %623, i64 %624)
  %626 = extractvalue { i64, i1 } %625, 1
  br i1 %626, label %trap2.site16, label %ok77

ok77:                                             ; preds = %ok75
  %627 = extractvalue { i64, i1 } %625, 0
  store i64 %627, i64* %acc, align 8
  %628 = load i32, i32* %k.1, align 4
  %629 = add i32 %628, 1
  store i32 %629, i32* %k.1, align 4
  br label %each31

trap2.site16:                                     ; preds = %ok75
  %630 = load i64, i64* %lowStart, align 8
  %631 = getelementptr i64, i64* %regs, i64 6
  store i64 %630, i64* %631, align 8
  %632 = load i64, i64* %lowEnd, align 8
  %633 = getelementptr i64, i64* %regs, i64 7
  store i64 %632, i64* %633, align 8
  %634 = load i64, i64* %highEnd, align 8
  %635 = getelementptr i64, i64* %regs, i64 8
  store i64 %634, i64* %635, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 16)
  unreachable

dead78:                                           ; No predecessors!
  br label %block30

write.low79:                                      ; preds = %e27
  %636 = load i64, i64* %lowStart, align 8
  %637 = icmp uge i64 %592, %636
  %638 = load i64, i64* %lowEnd, align 8
  %639 = icmp ule i64 %593, %638
  %640 = and i1 %637, %639
  br i1 %640, label %write.ok81, label %write.slow80

write.slow80:                                     ; preds = %write.low79
  %641 = icmp ugt i64 %593, %arena_size
  br i1 %641, label %trap17.site0, label %ok82

write.ok81:                                       ; preds = %ok82, %write.low79, %e27
  %642 = getelementptr i8, i8* %mem, i64 %592
  store i64 %590, i64* %unaligned83, align 8
  %643 = bitcast i64* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %642, i8* %643, i64 8, i1 false)
  %644 = load i64, i64* %a, align 8
  store i64 %644, i64* %lo, align 8
  %645 = load i64, i64* %a, align 8
  %646 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %645, i64 4)
  %647 = extractvalue { i64, i1 } %646, 1
  br i1 %647, label %trap2.site18, label %ok85

ok82:                                             ; preds = %write.slow80
  %648 = icmp ult i64 %592, %scratch_start
  %649 = load i64, i64* %lowStart, align 8
  %650 = call i64 @llvm.umin.i64(i64 %649, i64 %592)
  %651 = load i64, i64* %lowEnd, align 8
  %652 = load i64, i64* %highEnd, align 8
  %653 = add i64 %593, 64
  %654 = sub i64 %593, %650
  %655 = lshr i64 %654, 4
  %656 = add i64 %653, %655
  %657 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %656)
  %658 = call i64 @llvm.umax.i64(i64 %651, i64 %657)
  %659 = select i1 %648, i64 %658, i64 %651
  store i64 %659, i64* %lowEnd, align 8
  %660 = add i64 %593, 64
  %661 = sub i64 %593, %scratch_start
  %662 = lshr i64 %661, 4
  %663 = add i64 %660, %662
  %664 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %663)
  %665 = call i64 @llvm.umax.i64(i64 %652, i64 %664)
  %666 = select i1 %648, i64 %652, i64 %665
  store i64 %666, i64* %highEnd, align 8
  store i64 %650, i64* %lowStart, align 8
  br label %write.ok81

e35:                                              ; preds = %write.ok110
  %667 = load i32, i32* %result84, align 4
  store i32 %667, i32* %ramp, align 4
  %668 = load i32, i32* %dict, align 4
  %669 = load i32, i32* %ramp, align 4
  %670 = zext i32 %668 to i64
  %671 = add i64 %670, 80
  %672 = add i64 %671, 4
  %673 = icmp uge i64 %671, %scratch_start
  %674 = load i64, i64* %highEnd, align 8
  %675 = icmp ule i64 %672, %674
  %676 = and i1 %673, %675
  br i1 %676, label %write.ok115, label %write.low113

ok85:                                             ; preds = %write.ok81
  %677 = extractvalue { i64, i1 } %646, 0
  store i64 %677, i64* %hi, align 8
  %678 = load i64, i64* %hi, align 8
  %679 = load i64, i64* %lo, align 8
  %680 = icmp sgt i64 %678, %679
  %681 = zext i1 %680 to i32
  %682 = icmp ne i32 %681, 0
  br i1 %682, label %then86, label %else87

trap2.site18:                                     ; preds = %write.ok81
  %683 = load i64, i64* %lowStart, align 8
  %684 = getelementptr i64, i64* %regs, i64 6
  store i64 %683, i64* %684, align 8
  %685 = load i64, i64* %lowEnd, align 8
  %686 = getelementptr i64, i64* %regs, i64 7
  store i64 %685, i64* %686, align 8
  %687 = load i64, i64* %highEnd, align 8
  %688 = getelementptr i64, i64* %regs, i64 8
  store i64 %687, i64* %688, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 18)
  unreachable

then86:                                           ; preds = %ok85
  %689 = load i64, i64* %hi, align 8
  %690 = load i64, i64* %lo, align 8
  %691 = sub i64 %689, %690
  store i64 %691, i64* %result89, align 8
  br label %join88

else87:                                           ; preds = %ok85
  store i64 0, i64* %result89, align 8
  br label %join88

join88:                                           ; preds = %else87, %then86
  %692 = load i64, i64* %result89, align 8
  store i64 %692, i64* %count, align 8
  %693 = load i64, i64* %count, align 8
  %694 = icmp slt i64 %693, 0
  %695 = zext i1 %694 to i32
  %696 = load i64, i64* %count, align 8
  %697 = icmp sgt i64 %696, 2147483647
  %698 = zext i1 %697 to i32
  %699 = or i32 %695, %698
  %700 = icmp ne i32 %699, 0
  br i1 %700, label %then90, label %else91

then90:                                           ; preds = %join88
  br label %trap15.site19

else91:                                           ; preds = %join88
  br label %join92

join92:                                           ; preds = %else91, %dead93
  %701 = load i64, i64* %count, align 8
  %702 = trunc i64 %701 to i32
  %703 = zext i32 %702 to i64
  %704 = mul i64 %703, 8
  %705 = add i64 8, %704
  store i64 %705, i64* %size, align 8
  %706 = load i64, i64* %size, align 8
  %707 = icmp ugt i64 %706, 2147483647
  %708 = zext i1 %707 to i32
  %709 = icmp ne i32 %708, 0
  br i1 %709, label %then94, label %else95

trap15.site19:                                    ; preds = %then90
  %710 = load i64, i64* %lowStart, align 8
  %711 = getelementptr i64, i64* %regs, i64 6
  store i64 %710, i64* %711, align 8
  %712 = load i64, i64* %lowEnd, align 8
  %713 = getelementptr i64, i64* %regs, i64 7
  store i64 %712, i64* %713, align 8
  %714 = load i64, i64* %highEnd, align 8
  %715 = getelementptr i64, i64* %regs, i64 8
  store i64 %714, i64* %715, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

dead93:                                           ; No predecessors!
  br label %join92

then94:                                           ; preds = %join92
  br label %trap15.site17

else95:                                           ; preds = %join92
  br label %join96

join96:                                           ; preds = %else95, %dead97
  %716 = load i64, i64* %size, align 8
  %717 = trunc i64 %716 to i32
  %718 = zext i32 %717 to i64
  %719 = getelementptr i64, i64* %regs, i64 1
  %720 = getelementptr i64, i64* %regs, i64 2
  %721 = load i64, i64* %719, align 8
  %722 = add i64 %721, 7
  %723 = and i64 %722, -8
  %724 = add i64 %723, %718
  %725 = load i64, i64* %720, align 8
  %726 = icmp ugt i64 %724, %725
  br i1 %726, label %trap15.site17, label %ok98

trap15.site17:                                    ; preds = %join96, %then94
  %727 = load i64, i64* %lowStart, align 8
  %728 = getelementptr i64, i64* %regs, i64 6
  store i64 %727, i64* %728, align 8
  %729 = load i64, i64* %lowEnd, align 8
  %730 = getelementptr i64, i64* %regs, i64 7
  store i64 %729, i64* %730, align 8
  %731 = load i64, i64* %highEnd, align 8
  %732 = getelementptr i64, i64* %regs, i64 8
  store i64 %731, i64* %732, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead97:                                           ; No predecessors!
  br label %join96

ok98:                                             ; preds = %join96
  store i64 %724, i64* %719, align 8
  %733 = load i64, i64* %highEnd, align 8
  %734 = call i64 @llvm.umax.i64(i64 %733, i64 %724)
  store i64 %734, i64* %highEnd, align 8
  %735 = trunc i64 %723 to i32
  store i32 %735, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %736 = load i64, i64* %lo, align 8
  store i64 %736, i64* %i, align 8
  br label %range41

block40:                                          ; preds = %dead107, %ok99
  %737 = load i32, i32* %list, align 4
  %738 = load i32, i32* %len, align 4
  %739 = zext i32 %737 to i64
  %740 = add i64 %739, 4
  %741 = icmp uge i64 %739, %scratch_start
  %742 = load i64, i64* %highEnd, align 8
  %743 = icmp ule i64 %740, %742
  %744 = and i1 %741, %743
  br i1 %744, label %write.ok110, label %write.low108

range41:                                          ; preds = %write.ok104, %ok98
  %745 = load i64, i64* %fuel, align 8
  %746 = icmp ult i64 %745, 1
  br i1 %746, label %trap14.site0, label %ok99

ok99:                                             ; preds = %range41
  %747 = sub i64 %745, 1
  store i64 %747, i64* %fuel, align 8
  %748 = load i64, i64* %i, align 8
  %749 = load i64, i64* %hi, align 8
  %750 = icmp sge i64 %748, %749
  %751 = zext i1 %750 to i32
  %752 = icmp ne i32 %751, 0
  br i1 %752, label %block40, label %cont100

cont100:                                          ; preds = %ok99
  %753 = load i64, i64* %i, align 8
  store i64 %753, i64* %i.1, align 8
  %754 = load i32, i32* %list, align 4
  %755 = load i32, i32* %len, align 4
  %756 = mul i32 %755, 8
  %757 = add i32 %754, %756
  %758 = load i64, i64* %i.1, align 8
  %759 = load i64, i64* %i.1, align 8
  %760 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %758, i64 %759)
  %761 = extractvalue { i64, i1 } %760, 1
  br i1 %761, label %trap2.site20, label %ok101

ok101:                                            ; preds = %cont100
  %762 = extractvalue { i64, i1 } %760, 0
  %763 = zext i32 %757 to i64
  %764 = add i64 %763, 8
  %765 = add i64 %764, 8
  %766 = icmp uge i64 %764, %scratch_start
  %767 = load i64, i64* %highEnd, align 8
  %768 = icmp ule i64 %765, %767
  %769 = and i1 %766, %768
  br i1 %769, label %write.ok104, label %write.low102

trap2.site20:                                     ; preds = %cont100
  %770 = load i64, i64* %lowStart, align 8
  %771 = getelementptr i64, i64* %regs, i64 6
  store i64 %770, i64* %771, align 8
  %772 = load i64, i64* %lowEnd, align 8
  %773 = getelementptr i64, i64* %regs, i64 7
  store i64 %772, i64* %773, align 8
  %774 = load i64, i64* %highEnd, align 8
  %775 = getelementptr i64, i64* %regs, i64 8
  store i64 %774, i64* %775, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

write.low102:                                     ; preds = %ok101
  %776 = load i64, i64* %lowStart, align 8
  %777 = icmp uge i64 %764, %776
  %778 = load i64, i64* %lowEnd, align 8
  %779 = icmp ule i64 %765, %778
  %780 = and i1 %777, %779
  br i1 %780, label %write.ok104, label %write.slow103

write.slow103:                                    ; preds = %write.low102
  %781 = icmp ugt i64 %765, %arena_size
  br i1 %781, label %trap17.site0, label %ok105

write.ok104:                                      ; preds = %ok105, %write.low102, %ok101
  %782 = getelementptr i8, i8* %mem, i64 %764
  store i64 %762, i64* %unaligned106, align 8
  %783 = bitcast i64* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %782, i8* %783, i64 8, i1 false)
  %784 = load i32, i32* %len, align 4
  %785 = add i32 %784, 1
  store i32 %785, i32* %len, align 4
  %786 = load i64, i64* %i, align 8
  %787 = add i64 %786, 1
  store i64 %787, i64* %i, align 8
  br label %range41

ok105:                                            ; preds = %write.slow103
  %788 = icmp ult i64 %764, %scratch_start
  %789 = load i64, i64* %lowStart, align 8
  %790 = call i64 @llvm.umin.i64(i64 %789, i64 %764)
  %791 = load i64, i64* %lowEnd, align 8
  %792 = load i64, i64* %highEnd, align 8
  %793 = add i64 %765, 64
  %794 = sub i64 %765, %790
  %795 = lshr i64 %794, 4
  %796 = add i64 %793, %795
  %797 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %796)
  %798 = call i64 @llvm.umax.i64(i64 %791, i64 %797)
  %799 = select i1 %788, i64 %798, i64 %791
  store i64 %799, i64* %lowEnd, align 8
  %800 = add i64 %765, 64
  %801 = sub i64 %765, %scratch_start
  %802 = lshr i64 %801, 4
  %803 = add i64 %800, %802
  %804 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %803)
  %805 = call i64 @llvm.umax.i64(i64 %792, i64 %804)
  %806 = select i1 %788, i64 %792, i64 %805
  store i64 %806, i64* %highEnd, align 8
  store i64 %790, i64* %lowStart, align 8
  br label %write.ok104

dead107:                                          ; No predecessors!
  br label %block40

write.low108:                                     ; preds = %block40
  %807 = load i64, i64* %lowStart, align 8
  %808 = icmp uge i64 %739, %807
  %809 = load i64, i64* %lowEnd, align 8
  %810 = icmp ule i64 %740, %809
  %811 = and i1 %808, %810
  br i1 %811, label %write.ok110, label %write.slow109

write.slow109:                                    ; preds = %write.low108
  %812 = icmp ugt i64 %740, %arena_size
  br i1 %812, label %trap17.site0, label %ok111

write.ok110:                                      ; preds = %ok111, %write.low108, %block40
  %813 = getelementptr i8, i8* %mem, i64 %739
  store i32 %738, i32* %unaligned112, align 4
  %814 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %813, i8* %814, i64 4, i1 false)
  %815 = load i32, i32* %list, align 4
  store i32 %815, i32* %result84, align 4
  br label %e35

ok111:                                            ; preds = %write.slow109
  %816 = icmp ult i64 %739, %scratch_start
  %817 = load i64, i64* %lowStart, align 8
  %818 = call i64 @llvm.umin.i64(i64 %817, i64 %739)
  %819 = load i64, i64* %lowEnd, align 8
  %820 = load i64, i64* %highEnd, align 8
  %821 = add i64 %740, 64
  %822 = sub i64 %740, %818
  %823 = lshr i64 %822, 4
  %824 = add i64 %821, %823
  %825 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %824)
  %826 = call i64 @llvm.umax.i64(i64 %819, i64 %825)
  %827 = select i1 %816, i64 %826, i64 %819
  store i64 %827, i64* %lowEnd, align 8
  %828 = add i64 %740, 64
  %829 = sub i64 %740, %scratch_start
  %830 = lshr i64 %829, 4
  %831 = add i64 %828, %830
  %832 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %831)
  %833 = call i64 @llvm.umax.i64(i64 %820, i64 %832)
  %834 = select i1 %816, i64 %820, i64 %833
  store i64 %834, i64* %highEnd, align 8
  store i64 %818, i64* %lowStart, align 8
  br label %write.ok110

write.low113:                                     ; preds = %e35
  %835 = load i64, i64* %lowStart, align 8
  %836 = icmp uge i64 %671, %835
  %837 = load i64, i64* %lowEnd, align 8
  %838 = icmp ule i64 %672, %837
  %839 = and i1 %836, %838
  br i1 %839, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %840 = icmp ugt i64 %672, %arena_size
  br i1 %840, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %e35
  %841 = getelementptr i8, i8* %mem, i64 %671
  store i32 %669, i32* %unaligned117, align 4
  %842 = bitcast i32* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %841, i8* %842, i64 4, i1 false)
  %843 = load i32, i32* %dict, align 4
  store i32 %843, i32* %result7, align 4
  br label %e0

ok116:                                            ; preds = %write.slow114
  %844 = icmp ult i64 %671, %scratch_start
  %845 = load i64, i64* %lowStart, align 8
  %846 = call i64 @llvm.umin.i64(i64 %845, i64 %671)
  %847 = load i64, i64* %lowEnd, align 8
  %848 = load i64, i64* %highEnd, align 8
  %849 = add i64 %672, 64
  %850 = sub i64 %672, %846
  %851 = lshr i64 %850, 4
  %852 = add i64 %849, %851
  %853 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %852)
  %854 = call i64 @llvm.umax.i64(i64 %847, i64 %853)
  %855 = select i1 %844, i64 %854, i64 %847
  store i64 %855, i64* %lowEnd, align 8
  %856 = add i64 %672, 64
  %857 = sub i64 %672, %scratch_start
  %858 = lshr i64 %857, 4
  %859 = add i64 %856, %858
  %860 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %859)
  %861 = call i64 @llvm.umax.i64(i64 %848, i64 %860)
  %862 = select i1 %844, i64 %848, i64 %861
  store i64 %862, i64* %highEnd, align 8
  store i64 %846, i64* %lowStart, align 8
  br label %write.ok115

ok118:                                            ; preds = %e0
  %863 = icmp ult i64 %10, %stack_limit
  br i1 %863, label %trap253.site0, label %stack_ok119

trap15.site0:                                     ; preds = %e0
  %864 = load i64, i64* %lowStart, align 8
  %865 = getelementptr i64, i64* %regs, i64 6
  store i64 %864, i64* %865, align 8
  %866 = load i64, i64* %lowEnd, align 8
  %867 = getelementptr i64, i64* %regs, i64 7
  store i64 %866, i64* %867, align 8
  %868 = load i64, i64* %highEnd, align 8
  %869 = getelementptr i64, i64* %regs, i64 8
  store i64 %868, i64* %869, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok119:                                      ; preds = %ok118
  %870 = load i64, i64* %fuel, align 8
  %871 = getelementptr i64, i64* %regs, i64 0
  store i64 %870, i64* %871, align 8
  %872 = load i64, i64* %lowStart, align 8
  %873 = getelementptr i64, i64* %regs, i64 6
  store i64 %872, i64* %873, align 8
  %874 = load i64, i64* %lowEnd, align 8
  %875 = getelementptr i64, i64* %regs, i64 7
  store i64 %874, i64* %875, align 8
  %876 = load i64, i64* %highEnd, align 8
  %877 = getelementptr i64, i64* %regs, i64 8
  store i64 %876, i64* %877, align 8
  %878 = add i32 %depth, 1
  %879 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %878, i32 %97, i32 %98, i32 0)
  %880 = getelementptr i64, i64* %regs, i64 0
  %881 = load i64, i64* %880, align 8
  store i64 %881, i64* %fuel, align 8
  %882 = getelementptr i64, i64* %regs, i64 6
  %883 = load i64, i64* %882, align 8
  store i64 %883, i64* %lowStart, align 8
  %884 = getelementptr i64, i64* %regs, i64 7
  %885 = load i64, i64* %884, align 8
  store i64 %885, i64* %lowEnd, align 8
  %886 = getelementptr i64, i64* %regs, i64 8
  %887 = load i64, i64* %886, align 8
  store i64 %887, i64* %highEnd, align 8
  store i32 %879, i32* %json_end, align 4
  %888 = load i32, i32* %json_end, align 4
  %889 = icmp eq i32 %888, -2
  %890 = zext i1 %889 to i32
  %891 = icmp ne i32 %890, 0
  br i1 %891, label %then120, label %else121

then120:                                          ; preds = %stack_ok119
  br label %trap16.site5

else121:                                          ; preds = %stack_ok119
  br label %join122

join122:                                          ; preds = %else121, %dead123
  %892 = load i32, i32* %json_end, align 4
  %893 = icmp eq i32 %892, -1
  %894 = zext i1 %893 to i32
  %895 = icmp ne i32 %894, 0
  br i1 %895, label %then124, label %else125

trap16.site5:                                     ; preds = %then120
  %896 = load i64, i64* %lowStart, align 8
  %897 = getelementptr i64, i64* %regs, i64 6
  store i64 %896, i64* %897, align 8
  %898 = load i64, i64* %lowEnd, align 8
  %899 = getelementptr i64, i64* %regs, i64 7
  store i64 %898, i64* %899, align 8
  %900 = load i64, i64* %highEnd, align 8
  %901 = getelementptr i64, i64* %regs, i64 8
  store i64 %900, i64* %901, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead123:                                          ; No predecessors!
  br label %join122

then124:                                          ; preds = %join122
  br label %trap15.site5

else125:                                          ; preds = %join122
  br label %join126

join126:                                          ; preds = %else125, %dead127
  %902 = load i32, i32* %json_end, align 4
  %903 = zext i32 %902 to i64
  %904 = getelementptr i64, i64* %regs, i64 3
  store i64 %903, i64* %904, align 8
  %905 = load i32, i32* %json_end, align 4
  %906 = load i32, i32* %json_start, align 4
  %907 = sub i32 %905, %906
  %908 = load i64, i64* %fuel, align 8
  %909 = getelementptr i64, i64* %regs, i64 0
  store i64 %908, i64* %909, align 8
  %910 = load i64, i64* %lowStart, align 8
  %911 = getelementptr i64, i64* %regs, i64 6
  store i64 %910, i64* %911, align 8
  %912 = load i64, i64* %lowEnd, align 8
  %913 = getelementptr i64, i64* %regs, i64 7
  store i64 %912, i64* %913, align 8
  %914 = load i64, i64* %highEnd, align 8
  %915 = getelementptr i64, i64* %regs, i64 8
  store i64 %914, i64* %915, align 8
  ret i32 %907

dead127:                                          ; No predecessors!
  br label %join126
}
