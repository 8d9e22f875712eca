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
  %734 = load i64, i64* %lowEnd, align 8
  %735 = load i64, i64* %highEnd, align 8
  %736 = call i64 @llvm.umax.i64(i64 %734, i64 %705)
  %737 = select i1 %733, i64 %736, i64 %734
  store i64 %737, i64* %lowEnd, align 8
  %738 = call i64 @llvm.umax.i64(i64 %735, i64 %705)
  %739 = select i1 %733, i64 %735, i64 %738
  store i64 %739, i64* %highEnd, align 8
  %740 = load i64, i64* %lowStart, align 8
  %741 = call i64 @llvm.umin.i64(i64 %740, i64 %704)
  store i64 %741, i64* %lowStart, align 8
  br label %write.ok

write.low145:                                     ; preds = %write.ok
  %742 = load i64, i64* %lowStart, align 8
  %743 = icmp uge i64 %727, %742
  %744 = load i64, i64* %lowEnd, align 8
  %745 = icmp ule i64 %728, %744
  %746 = and i1 %743, %745
  br i1 %746, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %747 = icmp ugt i64 %728, %arena_size
  br i1 %747, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %write.ok
  %748 = getelementptr i8, i8* %mem, i64 %727
  store i64 %725, i64* %unaligned149, align 8
  %749 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %748, i8* %749, i64 8, i1 false)
  %750 = load i32, i32* %args_out, align 4
  %751 = load i32, i32* %arg.2, align 4
  %752 = zext i32 %750 to i64
  %753 = add i64 %752, 16
  %754 = add i64 %753, 4
  %755 = icmp uge i64 %753, %scratch_start
  %756 = load i64, i64* %highEnd, align 8
  %757 = icmp ule i64 %754, %756
  %758 = and i1 %755, %757
  br i1 %758, label %write.ok152, label %write.low150

ok148:                                            ; preds = %write.slow146
  %759 = icmp ult i64 %727, %scratch_start
  %760 = load i64, i64* %lowEnd, align 8
  %761 = load i64, i64* %highEnd, align 8
  %762 = call i64 @llvm.umax.i64(i64 %760, i64 %728)
  %763 = select i1 %759, i64 %762, i64 %760
  store i64 %763, i64* %lowEnd, align 8
  %764 = call i64 @llvm.umax.i64(i64 %761, i64 %728)
  %765 = select i1 %759, i64 %761, i64 %764
  store i64 %765, i64* %highEnd, align 8
  %766 = load i64, i64* %lowStart, align 8
  %767 = call i64 @llvm.umin.i64(i64 %766, i64 %727)
  store i64 %767, i64* %lowStart, align 8
  br label %write.ok147

write.low150:                                     ; preds = %write.ok147
  %768 = load i64, i64* %lowStart, align 8
  %769 = icmp uge i64 %753, %768
  %770 = load i64, i64* %lowEnd, align 8
  %771 = icmp ule i64 %754, %770
  %772 = and i1 %769, %771
  br i1 %772, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %773 = icmp ugt i64 %754, %arena_size
  br i1 %773, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %write.ok147
  %774 = getelementptr i8, i8* %mem, i64 %753
  store i32 %751, i32* %unaligned154, align 4
  %775 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %774, i8* %775, i64 4, i1 false)
  %776 = load i32, i32* %args_out, align 4
  %777 = load i64, i64* %fuel, align 8
  %778 = getelementptr i64, i64* %regs, i64 0
  store i64 %777, i64* %778, align 8
  %779 = load i64, i64* %lowStart, align 8
  %780 = getelementptr i64, i64* %regs, i64 6
  store i64 %779, i64* %780, align 8
  %781 = load i64, i64* %lowEnd, align 8
  %782 = getelementptr i64, i64* %regs, i64 7
  store i64 %781, i64* %782, align 8
  %783 = load i64, i64* %highEnd, align 8
  %784 = getelementptr i64, i64* %regs, i64 8
  store i64 %783, i64* %784, align 8
  ret i32 %776

ok153:                                            ; preds = %write.slow151
  %785 = icmp ult i64 %753, %scratch_start
  %786 = load i64, i64* %lowEnd, align 8
  %787 = load i64, i64* %highEnd, align 8
  %788 = call i64 @llvm.umax.i64(i64 %786, i64 %754)
  %789 = select i1 %785, i64 %788, i64 %786
  store i64 %789, i64* %lowEnd, align 8
  %790 = call i64 @llvm.umax.i64(i64 %787, i64 %754)
  %791 = select i1 %785, i64 %787, i64 %790
  store i64 %791, i64* %highEnd, align 8
  %792 = load i64, i64* %lowStart, align 8
  %793 = call i64 @llvm.umin.i64(i64 %792, i64 %753)
  store i64 %793, i64* %lowStart, align 8
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
  %141 = load i64, i64* %lowEnd, align 8
  %142 = load i64, i64* %highEnd, align 8
  %143 = call i64 @llvm.umax.i64(i64 %141, i64 %117)
  %144 = select i1 %140, i64 %143, i64 %141
  store i64 %144, i64* %lowEnd, align 8
  %145 = call i64 @llvm.umax.i64(i64 %142, i64 %117)
  %146 = select i1 %140, i64 %142, i64 %145
  store i64 %146, i64* %highEnd, align 8
  %147 = load i64, i64* %lowStart, align 8
  %148 = call i64 @llvm.umin.i64(i64 %147, i64 %116)
  store i64 %148, i64* %lowStart, align 8
  br label %write.ok

ok12:                                             ; preds = %write.ok
  %149 = extractvalue { i64, i1 } %138, 0
  store i64 %149, i64* %sub, align 8
  %150 = load i32, i32* %dict, align 4
  %151 = load i64, i64* %sub, align 8
  %152 = zext i32 %150 to i64
  %153 = add i64 %152, 8
  %154 = add i64 %153, 8
  %155 = icmp uge i64 %153, %scratch_start
  %156 = load i64, i64* %highEnd, align 8
  %157 = icmp ule i64 %154, %156
  %158 = and i1 %155, %157
  br i1 %158, label %write.ok15, label %write.low13

trap2.site7:                                      ; preds = %write.ok
  %159 = load i64, i64* %lowStart, align 8
  %160 = getelementptr i64, i64* %regs, i64 6
  store i64 %159, i64* %160, align 8
  %161 = load i64, i64* %lowEnd, align 8
  %162 = getelementptr i64, i64* %regs, i64 7
  store i64 %161, i64* %162, align 8
  %163 = load i64, i64* %highEnd, align 8
  %164 = getelementptr i64, i64* %regs, i64 8
  store i64 %163, i64* %164, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

write.low13:                                      ; preds = %ok12
  %165 = load i64, i64* %lowStart, align 8
  %166 = icmp uge i64 %153, %165
  %167 = load i64, i64* %lowEnd, align 8
  %168 = icmp ule i64 %154, %167
  %169 = and i1 %166, %168
  br i1 %169, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %170 = icmp ugt i64 %154, %arena_size
  br i1 %170, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %ok12
  %171 = getelementptr i8, i8* %mem, i64 %153
  store i64 %151, i64* %unaligned17, align 8
  %172 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %171, i8* %172, i64 8, i1 false)
  %173 = load i64, i64* %a, align 8
  %174 = load i64, i64* %b, align 8
  %175 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %173, i64 %174)
  %176 = extractvalue { i64, i1 } %175, 1
  br i1 %176, label %trap2.site8, label %ok18

ok16:                                             ; preds = %write.slow14
  %177 = icmp ult i64 %153, %scratch_start
  %178 = load i64, i64* %lowEnd, align 8
  %179 = load i64, i64* %highEnd, align 8
  %180 = call i64 @llvm.umax.i64(i64 %178, i64 %154)
  %181 = select i1 %177, i64 %180, i64 %178
  store i64 %181, i64* %lowEnd, align 8
  %182 = call i64 @llvm.umax.i64(i64 %179, i64 %154)
  %183 = select i1 %177, i64 %179, i64 %182
  store i64 %183, i64* %highEnd, align 8
  %184 = load i64, i64* %lowStart, align 8
  %185 = call i64 @llvm.umin.i64(i64 %184, i64 %153)
  store i64 %185, i64* %lowStart, align 8
  br label %write.ok15

ok18:                                             ; preds = %write.ok15
  %186 = extractvalue { i64, i1 } %175, 0
  store i64 %186, i64* %mul, align 8
  %187 = load i32, i32* %dict, align 4
  %188 = load i64, i64* %mul, align 8
  %189 = zext i32 %187 to i64
  %190 = add i64 %189, 16
  %191 = add i64 %190, 8
  %192 = icmp uge i64 %190, %scratch_start
  %193 = load i64, i64* %highEnd, align 8
  %194 = icmp ule i64 %191, %193
  %195 = and i1 %192, %194
  br i1 %195, label %write.ok21, label %write.low19

trap2.site8:                                      ; preds = %write.ok15
  %196 = load i64, i64* %lowStart, align 8
  %197 = getelementptr i64, i64* %regs, i64 6
  store i64 %196, i64* %197, align 8
  %198 = load i64, i64* %lowEnd, align 8
  %199 = getelementptr i64, i64* %regs, i64 7
  store i64 %198, i64* %199, align 8
  %200 = load i64, i64* %highEnd, align 8
  %201 = getelementptr i64, i64* %regs, i64 8
  store i64 %200, i64* %201, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 8)
  unreachable

write.low19:                                      ; preds = %ok18
  %202 = load i64, i64* %lowStart, align 8
  %203 = icmp uge i64 %190, %202
  %204 = load i64, i64* %lowEnd, align 8
  %205 = icmp ule i64 %191, %204
  %206 = and i1 %203, %205
  br i1 %206, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %207 = icmp ugt i64 %191, %arena_size
  br i1 %207, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %ok18
  %208 = getelementptr i8, i8* %mem, i64 %190
  store i64 %188, i64* %unaligned23, align 8
  %209 = bitcast i64* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %208, i8* %209, i64 8, i1 false)
  %210 = load i64, i64* %a, align 8
  %211 = load i64, i64* %b, align 8
  %212 = icmp eq i64 %211, 0
  br i1 %212, label %trap1.site9, label %ok24

ok22:                                             ; preds = %write.slow20
  %213 = icmp ult i64 %190, %scratch_start
  %214 = load i64, i64* %lowEnd, align 8
  %215 = load i64, i64* %highEnd, align 8
  %216 = call i64 @llvm.umax.i64(i64 %214, i64 %191)
  %217 = select i1 %213, i64 %216, i64 %214
  store i64 %217, i64* %lowEnd, align 8
  %218 = call i64 @llvm.umax.i64(i64 %215, i64 %191)
  %219 = select i1 %213, i64 %215, i64 %218
  store i64 %219, i64* %highEnd, align 8
  %220 = load i64, i64* %lowStart, align 8
  %221 = call i64 @llvm.umin.i64(i64 %220, i64 %190)
  store i64 %221, i64* %lowStart, align 8
  br label %write.ok21

ok24:                                             ; preds = %write.ok21
  %222 = icmp eq i64 %210, -9223372036854775808
  %223 = icmp eq i64 %211, -1
  %224 = and i1 %222, %223
  br i1 %224, label %trap2.site9, label %ok25

trap1.site9:                                      ; preds = %write.ok21
  %225 = load i64, i64* %lowStart, align 8
  %226 = getelementptr i64, i64* %regs, i64 6
  store i64 %225, i64* %226, align 8
  %227 = load i64, i64* %lowEnd, align 8
  %228 = getelementptr i64, i64* %regs, i64 7
  store i64 %227, i64* %228, align 8
  %229 = load i64, i64* %highEnd, align 8
  %230 = getelementptr i64, i64* %regs, i64 8
  store i64 %229, i64* %230, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok25:                                             ; preds = %ok24
  %231 = sdiv i64 %210, %211
  store i64 %231, i64* %div, align 8
  %232 = load i32, i32* %dict, align 4
  %233 = load i64, i64* %div, align 8
  %234 = zext i32 %232 to i64
  %235 = add i64 %234, 24
  %236 = add i64 %235, 8
  %237 = icmp uge i64 %235, %scratch_start
  %238 = load i64, i64* %highEnd, align 8
  %239 = icmp ule i64 %236, %238
  %240 = and i1 %237, %239
  br i1 %240, label %write.ok28, label %write.low26

trap2.site9:                                      ; preds = %ok24
  %241 = load i64, i64* %lowStart, align 8
  %242 = getelementptr i64, i64* %regs, i64 6
  store i64 %241, i64* %242, align 8
  %243 = load i64, i64* %lowEnd, align 8
  %244 = getelementptr i64, i64* %regs, i64 7
  store i64 %243, i64* %244, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = getelementptr i64, i64* %regs, i64 8
  store i64 %245, i64* %246, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

write.low26:                                      ; preds = %ok25
  %247 = load i64, i64* %lowStart, align 8
  %248 = icmp uge i64 %235, %247
  %249 = load i64, i64* %lowEnd, align 8
  %250 = icmp ule i64 %236, %249
  %251 = and i1 %248, %250
  br i1 %251, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %252 = icmp ugt i64 %236, %arena_size
  br i1 %252, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %ok25
  %253 = getelementptr i8, i8* %mem, i64 %235
  store i64 %233, i64* %unaligned30, align 8
  %254 = bitcast i64* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %253, i8* %254, i64 8, i1 false)
  %255 = load i64, i64* %a, align 8
  %256 = load i64, i64* %b, align 8
  %257 = icmp eq i64 %256, 0
  br i1 %257, label %trap1.site10, label %ok31

ok29:                                             ; preds = %write.slow27
  %258 = icmp ult i64 %235, %scratch_start
  %259 = load i64, i64* %lowEnd, align 8
  %260 = load i64, i64* %highEnd, align 8
  %261 = call i64 @llvm.umax.i64(i64 %259, i64 %236)
  %262 = select i1 %258, i64 %261, i64 %259
  store i64 %262, i64* %lowEnd, align 8
  %263 = call i64 @llvm.umax.i64(i64 %260, i64 %236)
  %264 = select i1 %258, i64 %260, i64 %263
  store i64 %264, i64* %highEnd, align 8
  %265 = load i64, i64* %lowStart, align 8
  %266 = call i64 @llvm.umin.i64(i64 %265, i64 %235)
  store i64 %266, i64* %lowStart, align 8
  br label %write.ok28

ok31:                                             ; preds = %write.ok28
  %267 = icmp eq i64 %255, -9223372036854775808
  %268 = icmp eq i64 %256, -1
  %269 = and i1 %267, %268
  br i1 %269, label %trap2.site10, label %ok32

trap1.site10:                                     ; preds = %write.ok28
  %270 = load i64, i64* %lowStart, align 8
  %271 = getelementptr i64, i64* %regs, i64 6
  store i64 %270, i64* %271, align 8
  %272 = load i64, i64* %lowEnd, align 8
  %273 = getelementptr i64, i64* %regs, i64 7
  store i64 %272, i64* %273, align 8
  %274 = load i64, i64* %highEnd, align 8
  %275 = getelementptr i64, i64* %regs, i64 8
  store i64 %274, i64* %275, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok32:                                             ; preds = %ok31
  %276 = srem i64 %255, %256
  store i64 %276, i64* %rem, align 8
  %277 = load i32, i32* %dict, align 4
  %278 = load i64, i64* %rem, align 8
  %279 = zext i32 %277 to i64
  %280 = add i64 %279, 32
  %281 = add i64 %280, 8
  %282 = icmp uge i64 %280, %scratch_start
  %283 = load i64, i64* %highEnd, align 8
  %284 = icmp ule i64 %281, %283
  %285 = and i1 %282, %284
  br i1 %285, label %write.ok35, label %write.low33

trap2.site10:                                     ; preds = %ok31
  %286 = load i64, i64* %lowStart, align 8
  %287 = getelementptr i64, i64* %regs, i64 6
  store i64 %286, i64* %287, align 8
  %288 = load i64, i64* %lowEnd, align 8
  %289 = getelementptr i64, i64* %regs, i64 7
  store i64 %288, i64* %289, align 8
  %290 = load i64, i64* %highEnd, align 8
  %291 = getelementptr i64, i64* %regs, i64 8
  store i64 %290, i64* %291, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

write.low33:                                      ; preds = %ok32
  %292 = load i64, i64* %lowStart, align 8
  %293 = icmp uge i64 %280, %292
  %294 = load i64, i64* %lowEnd, align 8
  %295 = icmp ule i64 %281, %294
  %296 = and i1 %293, %295
  br i1 %296, label %write.ok35, label %write.slow34

write.slow34:                                     ; preds = %write.low33
  %297 = icmp ugt i64 %281, %arena_size
  br i1 %297, label %trap17.site0, label %ok36

write.ok35:                                       ; preds = %ok36, %write.low33, %ok32
  %298 = getelementptr i8, i8* %mem, i64 %280
  store i64 %278, i64* %unaligned37, align 8
  %299 = bitcast i64* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %298, i8* %299, i64 8, i1 false)
  %300 = load i64, i64* %a, align 8
  %301 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 0, i64 %300)
  %302 = extractvalue { i64, i1 } %301, 1
  br i1 %302, label %trap2.site11, label %ok38

ok36:                                             ; preds = %write.slow34
  %303 = icmp ult i64 %280, %scratch_start
  %304 = load i64, i64* %lowEnd, align 8
  %305 = load i64, i64* %highEnd, align 8
  %306 = call i64 @llvm.umax.i64(i64 %304, i64 %281)
  %307 = select i1 %303, i64 %306, i64 %304
  store i64 %307, i64* %lowEnd, align 8
  %308 = call i64 @llvm.umax.i64(i64 %305, i64 %281)
  %309 = select i1 %303, i64 %305, i64 %308
  store i64 %309, i64* %highEnd, align 8
  %310 = load i64, i64* %lowStart, align 8
  %311 = call i64 @llvm.umin.i64(i64 %310, i64 %280)
  store i64 %311, i64* %lowStart, align 8
  br label %write.ok35

ok38:                                             ; preds = %write.ok35
  %312 = extractvalue { i64, i1 } %301, 0
  store i64 %312, i64* %neg, align 8
  %313 = load i32, i32* %dict, align 4
  %314 = load i64, i64* %neg, align 8
  %315 = zext i32 %313 to i64
  %316 = add i64 %315, 40
  %317 = add i64 %316, 8
  %318 = icmp uge i64 %316, %scratch_start
  %319 = load i64, i64* %highEnd, align 8
  %320 = icmp ule i64 %317, %319
  %321 = and i1 %318, %320
  br i1 %321, label %write.ok41, label %write.low39

trap2.site11:                                     ; preds = %write.ok35
  %322 = load i64, i64* %lowStart, align 8
  %323 = getelementptr i64, i64* %regs, i64 6
  store i64 %322, i64* %323, align 8
  %324 = load i64, i64* %lowEnd, align 8
  %325 = getelementptr i64, i64* %regs, i64 7
  store i64 %324, i64* %325, align 8
  %326 = load i64, i64* %highEnd, align 8
  %327 = getelementptr i64, i64* %regs, i64 8
  store i64 %326, i64* %327, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 11)
  unreachable

write.low39:                                      ; preds = %ok38
  %328 = load i64, i64* %lowStart, align 8
  %329 = icmp uge i64 %316, %328
  %330 = load i64, i64* %lowEnd, align 8
  %331 = icmp ule i64 %317, %330
  %332 = and i1 %329, %331
  br i1 %332, label %write.ok41, label %write.slow40

write.slow40:                                     ; preds = %write.low39
  %333 = icmp ugt i64 %317, %arena_size
  br i1 %333, label %trap17.site0, label %ok42

write.ok41:                                       ; preds = %ok42, %write.low39, %ok38
  %334 = getelementptr i8, i8* %mem, i64 %316
  store i64 %314, i64* %unaligned43, align 8
  %335 = bitcast i64* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %334, i8* %335, i64 8, i1 false)
  %336 = load i64, i64* %b, align 8
  store i64 %336, i64* %x, align 8
  %337 = load i64, i64* %x, align 8
  %338 = icmp slt i64 %337, 0
  %339 = zext i1 %338 to i32
  %340 = icmp ne i32 %339, 0
  br i1 %340, label %then, label %else

ok42:                                             ; preds = %write.slow40
  %341 = icmp ult i64 %316, %scratch_start
  %342 = load i64, i64* %lowEnd, align 8
  %343 = load i64, i64* %highEnd, align 8
  %344 = call i64 @llvm.umax.i64(i64 %342, i64 %317)
  %345 = select i1 %341, i64 %344, i64 %342
  store i64 %345, i64* %lowEnd, align 8
  %346 = call i64 @llvm.umax.i64(i64 %343, i64 %317)
  %347 = select i1 %341, i64 %343, i64 %346
  store i64 %347, i64* %highEnd, align 8
  %348 = load i64, i64* %lowStart, align 8
  %349 = call i64 @llvm.umin.i64(i64 %348, i64 %316)
  store i64 %349, i64* %lowStart, align 8
  br label %write.ok41

e18:                                              ; preds = %join
  %350 = load i64, i64* %result44, align 8
  store i64 %350, i64* %magnitude, align 8
  %351 = load i32, i32* %dict, align 4
  %352 = load i64, i64* %magnitude, align 8
  %353 = zext i32 %351 to i64
  %354 = add i64 %353, 48
  %355 = add i64 %354, 8
  %356 = icmp uge i64 %354, %scratch_start
  %357 = load i64, i64* %highEnd, align 8
  %358 = icmp ule i64 %355, %357
  %359 = and i1 %356, %358
  br i1 %359, label %write.ok49, label %write.low47

then:                                             ; preds = %write.ok41
  %360 = load i64, i64* %x, align 8
  %361 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 0, i64 %360)
  %362 = extractvalue { i64, i1 } %361, 1
  br i1 %362, label %trap2.site12, label %ok46

else:                                             ; preds = %write.ok41
  %363 = load i64, i64* %x, align 8
  store i64 %363, i64* %result45, align 8
  br label %join

join:                                             ; preds = %else, %ok46
  %364 = load i64, i64* %result45, align 8
  store i64 %364, i64* %result44, align 8
  br label %e18

ok46:                                             ; preds = %then
  %365 = extractvalue { i64, i1 } %361, 0
  store i64 %365, i64* %result45, align 8
  br label %join

trap2.site12:                                     ; preds = %then
  %366 = load i64, i64* %lowStart, align 8
  %367 = getelementptr i64, i64* %regs, i64 6
  store i64 %366, i64* %367, align 8
  %368 = load i64, i64* %lowEnd, align 8
  %369 = getelementptr i64, i64* %regs, i64 7
  store i64 %368, i64* %369, align 8
  %370 = load i64, i64* %highEnd, align 8
  %371 = getelementptr i64, i64* %regs, i64 8
  store i64 %370, i64* %371, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

write.low47:                                      ; preds = %e18
  %372 = load i64, i64* %lowStart, align 8
  %373 = icmp uge i64 %354, %372
  %374 = load i64, i64* %lowEnd, align 8
  %375 = icmp ule i64 %355, %374
  %376 = and i1 %373, %375
  br i1 %376, label %write.ok49, label %write.slow48

write.slow48:                                     ; preds = %write.low47
  %377 = icmp ugt i64 %355, %arena_size
  br i1 %377, label %trap17.site0, label %ok50

write.ok49:                                       ; preds = %ok50, %write.low47, %e18
  %378 = getelementptr i8, i8* %mem, i64 %354
  store i64 %352, i64* %unaligned51, align 8
  %379 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %378, i8* %379, i64 8, i1 false)
  %380 = load i64, i64* %a, align 8
  %381 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 9223372036854775807, i64 %380)
  %382 = extractvalue { i64, i1 } %381, 1
  br i1 %382, label %trap2.site13, label %ok52

ok50:                                             ; preds = %write.slow48
  %383 = icmp ult i64 %354, %scratch_start
  %384 = load i64, i64* %lowEnd, align 8
  %385 = load i64, i64* %highEnd, align 8
  %386 = call i64 @llvm.umax.i64(i64 %384, i64 %355)
  %387 = select i1 %383, i64 %386, i64 %384
  store i64 %387, i64* %lowEnd, align 8
  %388 = call i64 @llvm.umax.i64(i64 %385, i64 %355)
  %389 = select i1 %383, i64 %385, i64 %388
  store i64 %389, i64* %highEnd, align 8
  %390 = load i64, i64* %lowStart, align 8
  %391 = call i64 @llvm.umin.i64(i64 %390, i64 %354)
  store i64 %391, i64* %lowStart, align 8
  br label %write.ok49

ok52:                                             ; preds = %write.ok49
  %392 = extractvalue { i64, i1 } %381, 0
  store i64 %392, i64* %near_max, align 8
  %393 = load i32, i32* %dict, align 4
  %394 = load i64, i64* %near_max, align 8
  %395 = zext i32 %393 to i64
  %396 = add i64 %395, 56
  %397 = add i64 %396, 8
  %398 = icmp uge i64 %396, %scratch_start
  %399 = load i64, i64* %highEnd, align 8
  %400 = icmp ule i64 %397, %399
  %401 = and i1 %398, %400
  br i1 %401, label %write.ok55, label %write.low53

trap2.site13:                                     ; preds = %write.ok49
  %402 = load i64, i64* %lowStart, align 8
  %403 = getelementptr i64, i64* %regs, i64 6
  store i64 %402, i64* %403, align 8
  %404 = load i64, i64* %lowEnd, align 8
  %405 = getelementptr i64, i64* %regs, i64 7
  store i64 %404, i64* %405, align 8
  %406 = load i64, i64* %highEnd, align 8
  %407 = getelementptr i64, i64* %regs, i64 8
  store i64 %406, i64* %407, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 13)
  unreachable

write.low53:                                      ; preds = %ok52
  %408 = load i64, i64* %lowStart, align 8
  %409 = icmp uge i64 %396, %408
  %410 = load i64, i64* %lowEnd, align 8
  %411 = icmp ule i64 %397, %410
  %412 = and i1 %409, %411
  br i1 %412, label %write.ok55, label %write.slow54

write.slow54:                                     ; preds = %write.low53
  %413 = icmp ugt i64 %397, %arena_size
  br i1 %413, label %trap17.site0, label %ok56

write.ok55:                                       ; preds = %ok56, %write.low53, %ok52
  %414 = getelementptr i8, i8* %mem, i64 %396
  store i64 %394, i64* %unaligned57, align 8
  %415 = bitcast i64* %unaligned57 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %414, i8* %415, i64 8, i1 false)
  %416 = load i32, i32* %xs, align 4
  store i32 %416, i32* %xs.1, align 4
  store i64 0, i64* %sum, align 8
  %417 = load i32, i32* %xs.1, align 4
  %418 = zext i32 %417 to i64
  %419 = add i64 %418, 4
  %420 = icmp ugt i64 %419, %arena_size
  br i1 %420, label %trap17.site0, label %ok59

ok56:                                             ; preds = %write.slow54
  %421 = icmp ult i64 %396, %scratch_start
  %422 = load i64, i64* %lowEnd, align 8
  %423 = load i64, i64* %highEnd, align 8
  %424 = call i64 @llvm.umax.i64(i64 %422, i64 %397)
  %425 = select i1 %421, i64 %424, i64 %422
  store i64 %425, i64* %lowEnd, align 8
  %426 = call i64 @llvm.umax.i64(i64 %423, i64 %397)
  %427 = select i1 %421, i64 %423, i64 %426
  store i64 %427, i64* %highEnd, align 8
  %428 = load i64, i64* %lowStart, align 8
  %429 = call i64 @llvm.umin.i64(i64 %428, i64 %396)
  store i64 %429, i64* %lowStart, align 8
  br label %write.ok55

e23:                                              ; preds = %block25
  %430 = load i64, i64* %result58, align 8
  store i64 %430, i64* %total, align 8
  %431 = load i32, i32* %dict, align 4
  %432 = load i64, i64* %total, align 8
  %433 = zext i32 %431 to i64
  %434 = add i64 %433, 64
  %435 = add i64 %434, 8
  %436 = icmp uge i64 %434, %scratch_start
  %437 = load i64, i64* %highEnd, align 8
  %438 = icmp ule i64 %435, %437
  %439 = and i1 %436, %438
  br i1 %439, label %write.ok67, label %write.low65

ok59:                                             ; preds = %write.ok55
  %440 = getelementptr i8, i8* %mem, i64 %418
  %441 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %441, i8* %440, i64 4, i1 false)
  %442 = load i32, i32* %unaligned60, align 4
  store i32 %442, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each26

block25:                                          ; preds = %dead, %ok61
  %443 = load i64, i64* %sum, align 8
  store i64 %443, i64* %result58, align 8
  br label %e23

each26:                                           ; preds = %ok64, %ok59
  %444 = load i64, i64* %fuel, align 8
  %445 = icmp ult i64 %444, 1
  br i1 %445, label %trap14.site0, label %ok61

ok61:                                             ; preds = %each26
  %446 = sub i64 %444, 1
  store i64 %446, i64* %fuel, align 8
  %447 = load i32, i32* %k, align 4
  %448 = load i32, i32* %n, align 4
  %449 = icmp uge i32 %447, %448
  %450 = zext i1 %449 to i32
  %451 = icmp ne i32 %450, 0
  br i1 %451, label %block25, label %cont

cont:                                             ; preds = %ok61
  %452 = load i32, i32* %xs.1, align 4
  %453 = load i32, i32* %k, align 4
  %454 = mul i32 %453, 8
  %455 = add i32 %452, %454
  %456 = zext i32 %455 to i64
  %457 = add i64 %456, 8
  %458 = add i64 %457, 8
  %459 = icmp ugt i64 %458, %arena_size
  br i1 %459, label %trap17.site0, label %ok62

ok62:                                             ; preds = %cont
  %460 = getelementptr i8, i8* %mem, i64 %457
  %461 = bitcast i64* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %461, i8* %460, i64 8, i1 false)
  %462 = load i64, i64* %unaligned63, align 8
  store i64 %462, i64* %x.1, align 8
  %463 = load i64, i64* %sum, align 8
  %464 = load i64, i64* %x.1, align 8
  %465 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %463, i64 %464)
  %466 = extractvalue { i64, i1 } %465, 1
  br i1 %466, label %trap2.site14, label %ok64

ok64:                                             ; preds = %ok62
  %467 = extractvalue { i64, i1 } %465, 0
  store i64 %467, i64* %sum, align 8
  %468 = load i32, i32* %k, align 4
  %469 = add i32 %468, 1
  store i32 %469, i32* %k, align 4
  br label %each26

trap2.site14:                                     ; preds = %ok62
  %470 = load i64, i64* %lowStart, align 8
  %471 = getelementptr i64, i64* %regs, i64 6
  store i64 %470, i64* %471, align 8
  %472 = load i64, i64* %lowEnd, align 8
  %473 = getelementptr i64, i64* %regs, i64 7
  store i64 %472, i64* %473, align 8
  %474 = load i64, i64* %highEnd, align 8
  %475 = getelementptr i64, i64* %regs, i64 8
  store i64 %474, i64* %475, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

dead:                                             ; No predecessors!
  br label %block25

write.low65:                                      ; preds = %e23
  %476 = load i64, i64* %lowStart, align 8
  %477 = icmp uge i64 %434, %476
  %478 = load i64, i64* %lowEnd, align 8
  %479 = icmp ule i64 %435, %478
  %480 = and i1 %477, %479
  br i1 %480, label %write.ok67, label %write.slow66

write.slow66:                                     ; preds = %write.low65
  %481 = icmp ugt i64 %435, %arena_size
  br i1 %481, label %trap17.site0, label %ok68

write.ok67:                                       ; preds = %ok68, %write.low65, %e23
  %482 = getelementptr i8, i8* %mem, i64 %434
  store i64 %432, i64* %unaligned69, align 8
  %483 = bitcast i64* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %482, i8* %483, i64 8, i1 false)
  %484 = load i32, i32* %xs, align 4
  store i32 %484, i32* %xs.2, align 4
  store i64 1, i64* %acc, align 8
  %485 = load i32, i32* %xs.2, align 4
  %486 = zext i32 %485 to i64
  %487 = add i64 %486, 4
  %488 = icmp ugt i64 %487, %arena_size
  br i1 %488, label %trap17.site0, label %ok71

ok68:                                             ; preds = %write.slow66
  %489 = icmp ult i64 %434, %scratch_start
  %490 = load i64, i64* %lowEnd, align 8
  %491 = load i64, i64* %highEnd, align 8
  %492 = call i64 @llvm.umax.i64(i64 %490, i64 %435)
  %493 = select i1 %489, i64 %492, i64 %490
  store i64 %493, i64* %lowEnd, align 8
  %494 = call i64 @llvm.umax.i64(i64 %491, i64 %435)
  %495 = select i1 %489, i64 %491, i64 %494
  store i64 %495, i64* %highEnd, align 8
  %496 = load i64, i64* %lowStart, align 8
  %497 = call i64 @llvm.umin.i64(i64 %496, i64 %434)
  store i64 %497, i64* %lowStart, align 8
  br label %write.ok67

e27:                                              ; preds = %block30
  %498 = load i64, i64* %result70, align 8
  store i64 %498, i64* %product, align 8
  %499 = load i32, i32* %dict, align 4
  %500 = load i64, i64* %product, align 8
  %501 = zext i32 %499 to i64
  %502 = add i64 %501, 72
  %503 = add i64 %502, 8
  %504 = icmp uge i64 %502, %scratch_start
  %505 = load i64, i64* %highEnd, align 8
  %506 = icmp ule i64 %503, %505
  %507 = and i1 %504, %506
  br i1 %507, label %write.ok81, label %write.low79

ok71:                                             ; preds = %write.ok67
  %508 = getelementptr i8, i8* %mem, i64 %486
  %509 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %509, i8* %508, i64 4, i1 false)
  %510 = load i32, i32* %unaligned72, align 4
  store i32 %510, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each31

block30:                                          ; preds = %dead78, %ok73
  %511 = load i64, i64* %acc, align 8
  store i64 %511, i64* %result70, align 8
  br label %e27

each31:                                           ; preds = %ok77, %ok71
  %512 = load i64, i64* %fuel, align 8
  %513 = icmp ult i64 %512, 1
  br i1 %513, label %trap14.site0, label %ok73

ok73:                                             ; preds = %each31
  %514 = sub i64 %512, 1
  store i64 %514, i64* %fuel, align 8
  %515 = load i32, i32* %k.1, align 4
  %516 = load i32, i32* %n.1, align 4
  %517 = icmp uge i32 %515, %516
  %518 = zext i1 %517 to i32
  %519 = icmp ne i32 %518, 0
  br i1 %519, label %block30, label %cont74

cont74:                                           ; preds = %ok73
  %520 = load i32, i32* %xs.2, align 4
  %521 = load i32, i32* %k.1, align 4
  %522 = mul i32 %521, 8
  %523 = add i32 %520, %522
  %524 = zext i32 %523 to i64
  %525 = add i64 %524, 8
  %526 = add i64 %525, 8
  %527 = icmp ugt i64 %526, %arena_size
  br i1 %527, label %trap17.site0, label %ok75

ok75:                                             ; preds = %cont74
  %528 = getelementptr i8, i8* %mem, i64 %525
  %529 = bitcast i64* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %529, i8* %528, i64 8, i1 false)
  %530 = load i64, i64* %unaligned76, align 8
  store i64 %530, i64* %x.2, align 8
  %531 = load i64, i64* %acc, align 8
  store i64 %531, i64* %acc.1, align 8
  %532 = load i64, i64* %x.2, align 8
  store i64 %532, i64* %v, align 8
  %533 = load i64, i64* %acc.1, align 8
  %534 = load i64, i64* %v, align 8
  %535 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %533, i64 %534)
  %536 = extractvalue { i64, i1 } %535, 1
  br i1 %536, label %trap2.site16, label %ok77

ok77:                                             ; preds = %ok75
  %537 = extractvalue { i64, i1 } %535, 0
  store i64 %537, i64* %acc, align 8
  %538 = load i32, i32* %k.1, align 4
  %539 = add i32 %538, 1
  store i32 %539, i32* %k.1, align 4
  br label %each31

trap2.site16:                                     ; preds = %ok75
  %540 = load i64, i64* %lowStart, align 8
  %541 = getelementptr i64, i64* %regs, i64 6
  store i64 %540, i64* %541, align 8
  %542 = load i64, i64* %lowEnd, align 8
  %543 = getelementptr i64, i64* %regs, i64 7
  store i64 %542, i64* %543, align 8
  %544 = load i64, i64* %highEnd, align 8
  %545 = getelementptr i64, i64* %regs, i64 8
  store i64 %544, i64* %545, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 16)
  unreachable

dead78:                                           ; No predecessors!
  br label %block30

write.low79:                                      ; preds = %e27
  %546 = load i64, i64* %lowStart, align 8
  %547 = icmp uge i64 %502, %546
  %548 = load i64, i64* %lowEnd, align 8
  %549 = icmp ule i64 %503, %548
  %550 = and i1 %547, %549
  br i1 %550, label %write.ok81, label %write.slow80

write.slow80:                                     ; preds = %write.low79
  %551 = icmp ugt i64 %503, %arena_size
  br i1 %551, label %trap17.site0, label %ok82

write.ok81:                                       ; preds = %ok82, %write.low79, %e27
  %552 = getelementptr i8, i8* %mem, i64 %502
  store i64 %500, i64* %unaligned83, align 8
  %553 = bitcast i64* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %552, i8* %553, i64 8, i1 false)
  %554 = load i64, i64* %a, align 8
  store i64 %554, i64* %lo, align 8
  %555 = load i64, i64* %a, align 8
  %556 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %555, i64 4)
  %557 = extractvalue { i64, i1 } %556, 1
  br i1 %557, label %trap2.site18, label %ok85

ok82:                                             ; preds = %write.slow80
  %558 = icmp ult i64 %502, %scratch_start
  %559 = load i64, i64* %lowEnd, align 8
  %560 = load i64, i64* %highEnd, align 8
  %561 = call i64 @llvm.umax.i64(i64 %559, i64 %503)
  %562 = select i1 %558, i64 %561, i64 %559
  store i64 %562, i64* %lowEnd, align 8
  %563 = call i64 @llvm.umax.i64(i64 %560, i64 %503)
  %564 = select i1 %558, i64 %560, i64 %563
  store i64 %564, i64* %highEnd, align 8
  %565 = load i64, i64* %lowStart, align 8
  %566 = call i64 @llvm.umin.i64(i64 %565, i64 %502)
  store i64 %566, i64* %lowStart, align 8
  br label %write.ok81

e35:                                              ; preds = %write.ok110
  %567 = load i32, i32* %result84, align 4
  store i32 %567, i32* %ramp, align 4
  %568 = load i32, i32* %dict, align 4
  %569 = load i32, i32* %ramp, align 4
  %570 = zext i32 %568 to i64
  %571 = add i64 %570, 80
  %572 = add i64 %571, 4
  %573 = icmp uge i64 %571, %scratch_start
  %574 = load i64, i64* %highEnd, align 8
  %575 = icmp ule i64 %572, %574
  %576 = and i1 %573, %575
  br i1 %576, label %write.ok115, label %write.low113

ok85:                                             ; preds = %write.ok81
  %577 = extractvalue { i64, i1 } %556, 0
  store i64 %577, i64* %hi, align 8
  %578 = load i64, i64* %hi, align 8
  %579 = load i64, i64* %lo, align 8
  %580 = icmp sgt i64 %578, %579
  %581 = zext i1 %580 to i32
  %582 = icmp ne i32 %581, 0
  br i1 %582, label %then86, label %else87

trap2.site18:                                     ; preds = %write.ok81
  %583 = load i64, i64* %lowStart, align 8
  %584 = getelementptr i64, i64* %regs, i64 6
  store i64 %583, i64* %584, align 8
  %585 = load i64, i64* %lowEnd, align 8
  %586 = getelementptr i64, i64* %regs, i64 7
  store i64 %585, i64* %586, align 8
  %587 = load i64, i64* %highEnd, align 8
  %588 = getelementptr i64, i64* %regs, i64 8
  store i64 %587, i64* %588, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 18)
  unreachable

then86:                                           ; preds = %ok85
  %589 = load i64, i64* %hi, align 8
  %590 = load i64, i64* %lo, align 8
  %591 = sub i64 %589, %590
  store i64 %591, i64* %result89, align 8
  br label %join88

else87:                                           ; preds = %ok85
  store i64 0, i64* %result89, align 8
  br label %join88

join88:                                           ; preds = %else87, %then86
  %592 = load i64, i64* %result89, align 8
  store i64 %592, i64* %count, align 8
  %593 = load i64, i64* %count, align 8
  %594 = icmp slt i64 %593, 0
  %595 = zext i1 %594 to i32
  %596 = load i64, i64* %count, align 8
  %597 = icmp sgt i64 %596, 2147483647
  %598 = zext i1 %597 to i32
  %599 = or i32 %595, %598
  %600 = icmp ne i32 %599, 0
  br i1 %600, label %then90, label %else91

then90:                                           ; preds = %join88
  br label %trap15.site19

else91:                                           ; preds = %join88
  br label %join92

join92:                                           ; preds = %else91, %dead93
  %601 = load i64, i64* %count, align 8
  %602 = trunc i64 %601 to i32
  %603 = zext i32 %602 to i64
  %604 = mul i64 %603, 8
  %605 = add i64 8, %604
  store i64 %605, i64* %size, align 8
  %606 = load i64, i64* %size, align 8
  %607 = icmp ugt i64 %606, 2147483647
  %608 = zext i1 %607 to i32
  %609 = icmp ne i32 %608, 0
  br i1 %609, label %then94, label %else95

trap15.site19:                                    ; preds = %then90
  %610 = load i64, i64* %lowStart, align 8
  %611 = getelementptr i64, i64* %regs, i64 6
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %lowEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 7
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %highEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 8
  store i64 %614, i64* %615, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

dead93:                                           ; No predecessors!
  br label %join92

then94:                                           ; preds = %join92
  br label %trap15.site17

else95:                                           ; preds = %join92
  br label %join96

join96:                                           ; preds = %else95, %dead97
  %616 = load i64, i64* %size, align 8
  %617 = trunc i64 %616 to i32
  %618 = zext i32 %617 to i64
  %619 = getelementptr i64, i64* %regs, i64 1
  %620 = getelementptr i64, i64* %regs, i64 2
  %621 = load i64, i64* %619, align 8
  %622 = add i64 %621, 7
  %623 = and i64 %622, -8
  %624 = add i64 %623, %618
  %625 = load i64, i64* %620, align 8
  %626 = icmp ugt i64 %624, %625
  br i1 %626, label %trap15.site17, label %ok98

trap15.site17:                                    ; preds = %join96, %then94
  %627 = load i64, i64* %lowStart, align 8
  %628 = getelementptr i64, i64* %regs, i64 6
  store i64 %627, i64* %628, align 8
  %629 = load i64, i64* %lowEnd, align 8
  %630 = getelementptr i64, i64* %regs, i64 7
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %highEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 8
  store i64 %631, i64* %632, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead97:                                           ; No predecessors!
  br label %join96

ok98:                                             ; preds = %join96
  store i64 %624, i64* %619, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = call i64 @llvm.umax.i64(i64 %633, i64 %624)
  store i64 %634, i64* %highEnd, align 8
  %635 = trunc i64 %623 to i32
  store i32 %635, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %636 = load i64, i64* %lo, align 8
  store i64 %636, i64* %i, align 8
  br label %range41

block40:                                          ; preds = %dead107, %ok99
  %637 = load i32, i32* %list, align 4
  %638 = load i32, i32* %len, align 4
  %639 = zext i32 %637 to i64
  %640 = add i64 %639, 4
  %641 = icmp uge i64 %639, %scratch_start
  %642 = load i64, i64* %highEnd, align 8
  %643 = icmp ule i64 %640, %642
  %644 = and i1 %641, %643
  br i1 %644, label %write.ok110, label %write.low108

range41:                                          ; preds = %write.ok104, %ok98
  %645 = load i64, i64* %fuel, align 8
  %646 = icmp ult i64 %645, 1
  br i1 %646, label %trap14.site0, label %ok99

ok99:                                             ; preds = %range41
  %647 = sub i64 %645, 1
  store i64 %647, i64* %fuel, align 8
  %648 = load i64, i64* %i, align 8
  %649 = load i64, i64* %hi, align 8
  %650 = icmp sge i64 %648, %649
  %651 = zext i1 %650 to i32
  %652 = icmp ne i32 %651, 0
  br i1 %652, label %block40, label %cont100

cont100:                                          ; preds = %ok99
  %653 = load i64, i64* %i, align 8
  store i64 %653, i64* %i.1, align 8
  %654 = load i32, i32* %list, align 4
  %655 = load i32, i32* %len, align 4
  %656 = mul i32 %655, 8
  %657 = add i32 %654, %656
  %658 = load i64, i64* %i.1, align 8
  %659 = load i64, i64* %i.1, align 8
  %660 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %658, i64 %659)
  %661 = extractvalue { i64, i1 } %660, 1
  br i1 %661, label %trap2.site20, label %ok101

ok101:                                            ; preds = %cont100
  %662 = extractvalue { i64, i1 } %660, 0
  %663 = zext i32 %657 to i64
  %664 = add i64 %663, 8
  %665 = add i64 %664, 8
  %666 = icmp uge i64 %664, %scratch_start
  %667 = load i64, i64* %highEnd, align 8
  %668 = icmp ule i64 %665, %667
  %669 = and i1 %666, %668
  br i1 %669, label %write.ok104, label %write.low102

trap2.site20:                                     ; preds = %cont100
  %670 = load i64, i64* %lowStart, align 8
  %671 = getelementptr i64, i64* %regs, i64 6
  store i64 %670, i64* %671, align 8
  %672 = load i64, i64* %lowEnd, align 8
  %673 = getelementptr i64, i64* %regs, i64 7
  store i64 %672, i64* %673, align 8
  %674 = load i64, i64* %highEnd, align 8
  %675 = getelementptr i64, i64* %regs, i64 8
  store i64 %674, i64* %675, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

write.low102:                                     ; preds = %ok101
  %676 = load i64, i64* %lowStart, align 8
  %677 = icmp uge i64 %664, %676
  %678 = load i64, i64* %lowEnd, align 8
  %679 = icmp ule i64 %665, %678
  %680 = and i1 %677, %679
  br i1 %680, label %write.ok104, label %write.slow103

write.slow103:                                    ; preds = %write.low102
  %681 = icmp ugt i64 %665, %arena_size
  br i1 %681, label %trap17.site0, label %ok105

write.ok104:                                      ; preds = %ok105, %write.low102, %ok101
  %682 = getelementptr i8, i8* %mem, i64 %664
  store i64 %662, i64* %unaligned106, align 8
  %683 = bitcast i64* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %682, i8* %683, i64 8, i1 false)
  %684 = load i32, i32* %len, align 4
  %685 = add i32 %684, 1
  store i32 %685, i32* %len, align 4
  %686 = load i64, i64* %i, align 8
  %687 = add i64 %686, 1
  store i64 %687, i64* %i, align 8
  br label %range41

ok105:                                            ; preds = %write.slow103
  %688 = icmp ult i64 %664, %scratch_start
  %689 = load i64, i64* %lowEnd, align 8
  %690 = load i64, i64* %highEnd, align 8
  %691 = call i64 @llvm.umax.i64(i64 %689, i64 %665)
  %692 = select i1 %688, i64 %691, i64 %689
  store i64 %692, i64* %lowEnd, align 8
  %693 = call i64 @llvm.umax.i64(i64 %690, i64 %665)
  %694 = select i1 %688, i64 %690, i64 %693
  store i64 %694, i64* %highEnd, align 8
  %695 = load i64, i64* %lowStart, align 8
  %696 = call i64 @llvm.umin.i64(i64 %695, i64 %664)
  store i64 %696, i64* %lowStart, align 8
  br label %write.ok104

dead107:                                          ; No predecessors!
  br label %block40

write.low108:                                     ; preds = %block40
  %697 = load i64, i64* %lowStart, align 8
  %698 = icmp uge i64 %639, %697
  %699 = load i64, i64* %lowEnd, align 8
  %700 = icmp ule i64 %640, %699
  %701 = and i1 %698, %700
  br i1 %701, label %write.ok110, label %write.slow109

write.slow109:                                    ; preds = %write.low108
  %702 = icmp ugt i64 %640, %arena_size
  br i1 %702, label %trap17.site0, label %ok111

write.ok110:                                      ; preds = %ok111, %write.low108, %block40
  %703 = getelementptr i8, i8* %mem, i64 %639
  store i32 %638, i32* %unaligned112, align 4
  %704 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %703, i8* %704, i64 4, i1 false)
  %705 = load i32, i32* %list, align 4
  store i32 %705, i32* %result84, align 4
  br label %e35

ok111:                                            ; preds = %write.slow109
  %706 = icmp ult i64 %639, %scratch_start
  %707 = load i64, i64* %lowEnd, align 8
  %708 = load i64, i64* %highEnd, align 8
  %709 = call i64 @llvm.umax.i64(i64 %707, i64 %640)
  %710 = select i1 %706, i64 %709, i64 %707
  store i64 %710, i64* %lowEnd, align 8
  %711 = call i64 @llvm.umax.i64(i64 %708, i64 %640)
  %712 = select i1 %706, i64 %708, i64 %711
  store i64 %712, i64* %highEnd, align 8
  %713 = load i64, i64* %lowStart, align 8
  %714 = call i64 @llvm.umin.i64(i64 %713, i64 %639)
  store i64 %714, i64* %lowStart, align 8
  br label %write.ok110

write.low113:                                     ; preds = %e35
  %715 = load i64, i64* %lowStart, align 8
  %716 = icmp uge i64 %571, %715
  %717 = load i64, i64* %lowEnd, align 8
  %718 = icmp ule i64 %572, %717
  %719 = and i1 %716, %718
  br i1 %719, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %720 = icmp ugt i64 %572, %arena_size
  br i1 %720, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %e35
  %721 = getelementptr i8, i8* %mem, i64 %571
  store i32 %569, i32* %unaligned117, align 4
  %722 = bitcast i32* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %721, i8* %722, i64 4, i1 false)
  %723 = load i32, i32* %dict, align 4
  store i32 %723, i32* %result7, align 4
  br label %e0

ok116:                                            ; preds = %write.slow114
  %724 = icmp ult i64 %571, %scratch_start
  %725 = load i64, i64* %lowEnd, align 8
  %726 = load i64, i64* %highEnd, align 8
  %727 = call i64 @llvm.umax.i64(i64 %725, i64 %572)
  %728 = select i1 %724, i64 %727, i64 %725
  store i64 %728, i64* %lowEnd, align 8
  %729 = call i64 @llvm.umax.i64(i64 %726, i64 %572)
  %730 = select i1 %724, i64 %726, i64 %729
  store i64 %730, i64* %highEnd, align 8
  %731 = load i64, i64* %lowStart, align 8
  %732 = call i64 @llvm.umin.i64(i64 %731, i64 %571)
  store i64 %732, i64* %lowStart, align 8
  br label %write.ok115

ok118:                                            ; preds = %e0
  %733 = icmp ult i64 %10, %stack_limit
  br i1 %733, label %trap253.site0, label %stack_ok119

trap15.site0:                                     ; preds = %e0
  %734 = load i64, i64* %lowStart, align 8
  %735 = getelementptr i64, i64* %regs, i64 6
  store i64 %734, i64* %735, align 8
  %736 = load i64, i64* %lowEnd, align 8
  %737 = getelementptr i64, i64* %regs, i64 7
  store i64 %736, i64* %737, align 8
  %738 = load i64, i64* %highEnd, align 8
  %739 = getelementptr i64, i64* %regs, i64 8
  store i64 %738, i64* %739, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok119:                                      ; preds = %ok118
  %740 = load i64, i64* %fuel, align 8
  %741 = getelementptr i64, i64* %regs, i64 0
  store i64 %740, i64* %741, align 8
  %742 = load i64, i64* %lowStart, align 8
  %743 = getelementptr i64, i64* %regs, i64 6
  store i64 %742, i64* %743, align 8
  %744 = load i64, i64* %lowEnd, align 8
  %745 = getelementptr i64, i64* %regs, i64 7
  store i64 %744, i64* %745, align 8
  %746 = load i64, i64* %highEnd, align 8
  %747 = getelementptr i64, i64* %regs, i64 8
  store i64 %746, i64* %747, align 8
  %748 = add i32 %depth, 1
  %749 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %748, i32 %97, i32 %98, i32 0)
  %750 = getelementptr i64, i64* %regs, i64 0
  %751 = load i64, i64* %750, align 8
  store i64 %751, i64* %fuel, align 8
  %752 = getelementptr i64, i64* %regs, i64 6
  %753 = load i64, i64* %752, align 8
  store i64 %753, i64* %lowStart, align 8
  %754 = getelementptr i64, i64* %regs, i64 7
  %755 = load i64, i64* %754, align 8
  store i64 %755, i64* %lowEnd, align 8
  %756 = getelementptr i64, i64* %regs, i64 8
  %757 = load i64, i64* %756, align 8
  store i64 %757, i64* %highEnd, align 8
  store i32 %749, i32* %json_end, align 4
  %758 = load i32, i32* %json_end, align 4
  %759 = icmp eq i32 %758, -2
  %760 = zext i1 %759 to i32
  %761 = icmp ne i32 %760, 0
  br i1 %761, label %then120, label %else121

then120:                                          ; preds = %stack_ok119
  br label %trap16.site5

else121:                                          ; preds = %stack_ok119
  br label %join122

join122:                                          ; preds = %else121, %dead123
  %762 = load i32, i32* %json_end, align 4
  %763 = icmp eq i32 %762, -1
  %764 = zext i1 %763 to i32
  %765 = icmp ne i32 %764, 0
  br i1 %765, label %then124, label %else125

trap16.site5:                                     ; preds = %then120
  %766 = load i64, i64* %lowStart, align 8
  %767 = getelementptr i64, i64* %regs, i64 6
  store i64 %766, i64* %767, align 8
  %768 = load i64, i64* %lowEnd, align 8
  %769 = getelementptr i64, i64* %regs, i64 7
  store i64 %768, i64* %769, align 8
  %770 = load i64, i64* %highEnd, align 8
  %771 = getelementptr i64, i64* %regs, i64 8
  store i64 %770, i64* %771, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead123:                                          ; No predecessors!
  br label %join122

then124:                                          ; preds = %join122
  br label %trap15.site5

else125:                                          ; preds = %join122
  br label %join126

join126:                                          ; preds = %else125, %dead127
  %772 = load i32, i32* %json_end, align 4
  %773 = zext i32 %772 to i64
  %774 = getelementptr i64, i64* %regs, i64 3
  store i64 %773, i64* %774, align 8
  %775 = load i32, i32* %json_end, align 4
  %776 = load i32, i32* %json_start, align 4
  %777 = sub i32 %775, %776
  %778 = load i64, i64* %fuel, align 8
  %779 = getelementptr i64, i64* %regs, i64 0
  store i64 %778, i64* %779, align 8
  %780 = load i64, i64* %lowStart, align 8
  %781 = getelementptr i64, i64* %regs, i64 6
  store i64 %780, i64* %781, align 8
  %782 = load i64, i64* %lowEnd, align 8
  %783 = getelementptr i64, i64* %regs, i64 7
  store i64 %782, i64* %783, align 8
  %784 = load i64, i64* %highEnd, align 8
  %785 = getelementptr i64, i64* %regs, i64 8
  store i64 %784, i64* %785, align 8
  ret i32 %777

dead127:                                          ; No predecessors!
  br label %join126
}
