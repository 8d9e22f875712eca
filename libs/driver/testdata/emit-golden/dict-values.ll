; From libs/driver/testdata/emit-golden/dict-values.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/dict-values.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (41):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.dec.int.1
;   @m0.codec.skip
;   @m0.rt.str_cmp
;   @m0.codec.dict_finish
;   @m0.codec.dec.dict.0
;   @m0.codec.dec.string.2
;   @m0.main.args
;   @m0.rt.dict_find
;   @m0.dict.put.Int
;   @m0.codec.write_str
;   @m0.codec.enc.string.3
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.4
;   @m0.codec.enc.record.2
;   @m0.codec.enc.list.1
;   @m0.codec.enc.bool.5
;   @m0.codec.enc.dict.6
;   @m0.codec.enc.list.7
;   @m0.codec.enc.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.cttz.i32
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
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
  %arg.1 = alloca i32, align 4
  store i32 0, i32* %arg.1, align 4
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
  %unaligned36 = alloca i16, align 2
  %unaligned45 = alloca i32, align 4
  %unaligned47 = alloca i16, align 2
  %unaligned105 = alloca i32, align 4
  %unaligned115 = alloca i32, align 4
  %unaligned122 = alloca i32, align 4
  %unaligned127 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %default11, %then73, %case12, %then65, %case13, %ok28, %then25, %ok22, %ok11, %join9, %ok
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

trap253.site0:                                    ; preds = %ok79, %ok76, %ok71, %ok68, %ok63, %ok29, %ok23, %ok1
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

trap17.site0:                                     ; preds = %write.slow124, %write.slow, %join112, %join102, %cont91, %ws_done14, %cont82, %cont58, %cont53, %ok44, %then41, %ok34, %then31, %ws_done2, %cont14, %ws_done0, %cont
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

join21:                                           ; preds = %else20, %join89
  %171 = load i32, i32* %arg0_state, align 4
  %172 = icmp eq i32 %171, 0
  %173 = zext i1 %172 to i32
  %174 = icmp ne i32 %173, 0
  br i1 %174, label %then96, label %else97

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
  %231 = icmp eq i32 %230, 6
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

match5:                                           ; preds = %join43, %then48, %then37
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
  %269 = add i64 %268, 4
  %270 = icmp ugt i64 %269, %arena_size
  br i1 %270, label %trap17.site0, label %ok34

else32:                                           ; preds = %join27
  br label %join33

join33:                                           ; preds = %else32, %join39
  %271 = load i32, i32* %args_klen, align 4
  %272 = icmp eq i32 %271, 6
  %273 = zext i1 %272 to i32
  %274 = icmp ne i32 %273, 0
  br i1 %274, label %then41, label %else42

ok34:                                             ; preds = %then31
  %275 = getelementptr i8, i8* %mem, i64 %268
  %276 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %276, i8* %275, i64 4, i1 false)
  %277 = load i32, i32* %unaligned, align 4
  %278 = icmp eq i32 %277, 1667854960
  %279 = zext i1 %278 to i32
  %280 = load i32, i32* %args_kp, align 4
  %281 = zext i32 %280 to i64
  %282 = add i64 %281, 4
  %283 = add i64 %282, 2
  %284 = icmp ugt i64 %283, %arena_size
  br i1 %284, label %trap17.site0, label %ok35

ok35:                                             ; preds = %ok34
  %285 = getelementptr i8, i8* %mem, i64 %282
  %286 = bitcast i16* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %286, i8* %285, i64 2, i1 false)
  %287 = load i16, i16* %unaligned36, align 2
  %288 = zext i16 %287 to i32
  %289 = icmp eq i32 %288, 29541
  %290 = zext i1 %289 to i32
  %291 = and i32 %279, %290
  %292 = icmp ne i32 %291, 0
  br i1 %292, label %then37, label %else38

then37:                                           ; preds = %ok35
  store i32 0, i32* %result, align 4
  br label %match5

else38:                                           ; preds = %ok35
  br label %join39

join39:                                           ; preds = %else38, %dead40
  br label %join33

dead40:                                           ; No predecessors!
  br label %join39

then41:                                           ; preds = %join33
  %293 = load i32, i32* %args_kp, align 4
  %294 = zext i32 %293 to i64
  %295 = add i64 %294, 4
  %296 = icmp ugt i64 %295, %arena_size
  br i1 %296, label %trap17.site0, label %ok44

else42:                                           ; preds = %join33
  br label %join43

join43:                                           ; preds = %else42, %join50
  store i32 -1, i32* %result, align 4
  br label %match5

ok44:                                             ; preds = %then41
  %297 = getelementptr i8, i8* %mem, i64 %294
  %298 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %298, i8* %297, i64 4, i1 false)
  %299 = load i32, i32* %unaligned45, align 4
  %300 = icmp eq i32 %299, 1953390967
  %301 = zext i1 %300 to i32
  %302 = load i32, i32* %args_kp, align 4
  %303 = zext i32 %302 to i64
  %304 = add i64 %303, 4
  %305 = add i64 %304, 2
  %306 = icmp ugt i64 %305, %arena_size
  br i1 %306, label %trap17.site0, label %ok46

ok46:                                             ; preds = %ok44
  %307 = getelementptr i8, i8* %mem, i64 %304
  %308 = bitcast i16* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %308, i8* %307, i64 2, i1 false)
  %309 = load i16, i16* %unaligned47, align 2
  %310 = zext i16 %309 to i32
  %311 = icmp eq i32 %310, 25701
  %312 = zext i1 %311 to i32
  %313 = and i32 %301, %312
  %314 = icmp ne i32 %313, 0
  br i1 %314, label %then48, label %else49

then48:                                           ; preds = %ok46
  store i32 1, i32* %result, align 4
  br label %match5

else49:                                           ; preds = %ok46
  br label %join50

join50:                                           ; preds = %else49, %dead51
  br label %join43

dead51:                                           ; No predecessors!
  br label %join50

ws_done6:                                         ; preds = %dead56, %ok54, %ok52
  %315 = load i32, i32* %args_pos, align 4
  %316 = add i32 %315, 1
  store i32 %316, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont55, %match5
  %317 = load i64, i64* %fuel, align 8
  %318 = icmp ult i64 %317, 1
  br i1 %318, label %trap14.site0, label %ok52

ok52:                                             ; preds = %ws7
  %319 = sub i64 %317, 1
  store i64 %319, i64* %fuel, align 8
  %320 = load i32, i32* %args_pos, align 4
  %321 = load i32, i32* %args_end, align 4
  %322 = icmp uge i32 %320, %321
  %323 = zext i1 %322 to i32
  %324 = icmp ne i32 %323, 0
  br i1 %324, label %ws_done6, label %cont53

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
  br i1 %337, label %ws_done6, label %cont55

cont55:                                           ; preds = %ok54
  %338 = load i32, i32* %args_pos, align 4
  %339 = add i32 %338, 1
  store i32 %339, i32* %args_pos, align 4
  br label %ws7

dead56:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead61, %ok59, %ok57
  %340 = load i32, i32* %args_c, align 4
  switch i32 %340, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont60, %ws_done6
  %341 = load i64, i64* %fuel, align 8
  %342 = icmp ult i64 %341, 1
  br i1 %342, label %trap14.site0, label %ok57

ok57:                                             ; preds = %ws9
  %343 = sub i64 %341, 1
  store i64 %343, i64* %fuel, align 8
  %344 = load i32, i32* %args_pos, align 4
  %345 = load i32, i32* %args_end, align 4
  %346 = icmp uge i32 %344, %345
  %347 = zext i1 %346 to i32
  %348 = icmp ne i32 %347, 0
  br i1 %348, label %ws_done8, label %cont58

cont58:                                           ; preds = %ok57
  %349 = load i32, i32* %args_pos, align 4
  %350 = zext i32 %349 to i64
  %351 = add i64 %350, 1
  %352 = icmp ugt i64 %351, %arena_size
  br i1 %352, label %trap17.site0, label %ok59

ok59:                                             ; preds = %cont58
  %353 = getelementptr i8, i8* %mem, i64 %350
  %354 = load i8, i8* %353, align 1
  %355 = zext i8 %354 to i32
  store i32 %355, i32* %ws, align 4
  %356 = load i32, i32* %ws, align 4
  %357 = icmp ule i32 %356, 32
  %358 = zext i1 %357 to i32
  %359 = icmp eq i32 %358, 0
  %360 = zext i1 %359 to i32
  %361 = icmp ne i32 %360, 0
  br i1 %361, label %ws_done8, label %cont60

cont60:                                           ; preds = %ok59
  %362 = load i32, i32* %args_pos, align 4
  %363 = add i32 %362, 1
  store i32 %363, i32* %args_pos, align 4
  br label %ws9

dead61:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok80, %join75, %join67
  br label %ws15

default11:                                        ; preds = %dead78, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %364 = load i32, i32* %args_pos, align 4
  %365 = load i32, i32* %args_end, align 4
  %366 = icmp uge i32 %depth, 1000
  br i1 %366, label %trap15.site0, label %ok79

case12:                                           ; preds = %dead70, %ws_done8
  %367 = load i32, i32* %args_pos, align 4
  %368 = load i32, i32* %args_end, align 4
  %369 = load i32, i32* %arg1_cell, align 4
  %370 = icmp uge i32 %depth, 1000
  br i1 %370, label %trap15.site0, label %ok71

case13:                                           ; preds = %dead62, %ws_done8
  %371 = load i32, i32* %args_pos, align 4
  %372 = load i32, i32* %args_end, align 4
  %373 = load i32, i32* %arg0_cell, align 4
  %374 = icmp uge i32 %depth, 1000
  br i1 %374, label %trap15.site0, label %ok63

dead62:                                           ; No predecessors!
  br label %case13

ok63:                                             ; preds = %case13
  %375 = icmp ult i64 %10, %stack_limit
  br i1 %375, label %trap253.site0, label %stack_ok64

stack_ok64:                                       ; preds = %ok63
  %376 = load i64, i64* %fuel, align 8
  %377 = getelementptr i64, i64* %regs, i64 0
  store i64 %376, i64* %377, align 8
  %378 = load i64, i64* %lowStart, align 8
  %379 = getelementptr i64, i64* %regs, i64 6
  store i64 %378, i64* %379, align 8
  %380 = load i64, i64* %lowEnd, align 8
  %381 = getelementptr i64, i64* %regs, i64 7
  store i64 %380, i64* %381, align 8
  %382 = load i64, i64* %highEnd, align 8
  %383 = getelementptr i64, i64* %regs, i64 8
  store i64 %382, i64* %383, align 8
  %384 = add i32 %depth, 1
  %385 = call i32 @m0.codec.dec.dict.0(i64* %regs, i8* %mem, i32 %384, i32 %371, i32 %372, i32 %373)
  %386 = getelementptr i64, i64* %regs, i64 0
  %387 = load i64, i64* %386, align 8
  store i64 %387, i64* %fuel, align 8
  %388 = getelementptr i64, i64* %regs, i64 6
  %389 = load i64, i64* %388, align 8
  store i64 %389, i64* %lowStart, align 8
  %390 = getelementptr i64, i64* %regs, i64 7
  %391 = load i64, i64* %390, align 8
  store i64 %391, i64* %lowEnd, align 8
  %392 = getelementptr i64, i64* %regs, i64 8
  %393 = load i64, i64* %392, align 8
  store i64 %393, i64* %highEnd, align 8
  store i32 %385, i32* %args_r, align 4
  %394 = load i32, i32* %args_r, align 4
  %395 = icmp slt i32 %394, 0
  %396 = zext i1 %395 to i32
  %397 = icmp ne i32 %396, 0
  br i1 %397, label %then65, label %else66

then65:                                           ; preds = %stack_ok64
  store i32 2, i32* %arg0_state, align 4
  %398 = load i32, i32* %args_mark, align 4
  %399 = zext i32 %398 to i64
  %400 = getelementptr i64, i64* %regs, i64 1
  store i64 %399, i64* %400, align 8
  %401 = load i32, i32* %args_pos, align 4
  %402 = load i32, i32* %args_end, align 4
  %403 = icmp uge i32 %depth, 1000
  br i1 %403, label %trap15.site0, label %ok68

else66:                                           ; preds = %stack_ok64
  store i32 1, i32* %arg0_state, align 4
  %404 = load i32, i32* %args_r, align 4
  store i32 %404, i32* %args_pos, align 4
  br label %join67

join67:                                           ; preds = %else66, %stack_ok69
  br label %switch10

ok68:                                             ; preds = %then65
  %405 = icmp ult i64 %10, %stack_limit
  br i1 %405, label %trap253.site0, label %stack_ok69

stack_ok69:                                       ; preds = %ok68
  %406 = load i64, i64* %fuel, align 8
  %407 = getelementptr i64, i64* %regs, i64 0
  store i64 %406, i64* %407, align 8
  %408 = load i64, i64* %lowStart, align 8
  %409 = getelementptr i64, i64* %regs, i64 6
  store i64 %408, i64* %409, align 8
  %410 = load i64, i64* %lowEnd, align 8
  %411 = getelementptr i64, i64* %regs, i64 7
  store i64 %410, i64* %411, align 8
  %412 = load i64, i64* %highEnd, align 8
  %413 = getelementptr i64, i64* %regs, i64 8
  store i64 %412, i64* %413, align 8
  %414 = add i32 %depth, 1
  %415 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %414, i32 %401, i32 %402)
  %416 = getelementptr i64, i64* %regs, i64 0
  %417 = load i64, i64* %416, align 8
  store i64 %417, i64* %fuel, align 8
  %418 = getelementptr i64, i64* %regs, i64 6
  %419 = load i64, i64* %418, align 8
  store i64 %419, i64* %lowStart, align 8
  %420 = getelementptr i64, i64* %regs, i64 7
  %421 = load i64, i64* %420, align 8
  store i64 %421, i64* %lowEnd, align 8
  %422 = getelementptr i64, i64* %regs, i64 8
  %423 = load i64, i64* %422, align 8
  store i64 %423, i64* %highEnd, align 8
  store i32 %415, i32* %args_pos, align 4
  br label %join67

dead70:                                           ; No predecessors!
  br label %case12

ok71:                                             ; preds = %case12
  %424 = icmp ult i64 %10, %stack_limit
  br i1 %424, label %trap253.site0, label %stack_ok72

stack_ok72:                                       ; preds = %ok71
  %425 = load i64, i64* %fuel, align 8
  %426 = getelementptr i64, i64* %regs, i64 0
  store i64 %425, i64* %426, align 8
  %427 = load i64, i64* %lowStart, align 8
  %428 = getelementptr i64, i64* %regs, i64 6
  store i64 %427, i64* %428, align 8
  %429 = load i64, i64* %lowEnd, align 8
  %430 = getelementptr i64, i64* %regs, i64 7
  store i64 %429, i64* %430, align 8
  %431 = load i64, i64* %highEnd, align 8
  %432 = getelementptr i64, i64* %regs, i64 8
  store i64 %431, i64* %432, align 8
  %433 = add i32 %depth, 1
  %434 = call i32 @m0.codec.dec.string.2(i64* %regs, i8* %mem, i32 %433, i32 %367, i32 %368, i32 %369)
  %435 = getelementptr i64, i64* %regs, i64 0
  %436 = load i64, i64* %435, align 8
  store i64 %436, i64* %fuel, align 8
  %437 = getelementptr i64, i64* %regs, i64 6
  %438 = load i64, i64* %437, align 8
  store i64 %438, i64* %lowStart, align 8
  %439 = getelementptr i64, i64* %regs, i64 7
  %440 = load i64, i64* %439, align 8
  store i64 %440, i64* %lowEnd, align 8
  %441 = getelementptr i64, i64* %regs, i64 8
  %442 = load i64, i64* %441, align 8
  store i64 %442, i64* %highEnd, align 8
  store i32 %434, i32* %args_r, align 4
  %443 = load i32, i32* %args_r, align 4
  %444 = icmp slt i32 %443, 0
  %445 = zext i1 %444 to i32
  %446 = icmp ne i32 %445, 0
  br i1 %446, label %then73, label %else74

then73:                                           ; preds = %stack_ok72
  store i32 2, i32* %arg1_state, align 4
  %447 = load i32, i32* %args_mark, align 4
  %448 = zext i32 %447 to i64
  %449 = getelementptr i64, i64* %regs, i64 1
  store i64 %448, i64* %449, align 8
  %450 = load i32, i32* %args_pos, align 4
  %451 = load i32, i32* %args_end, align 4
  %452 = icmp uge i32 %depth, 1000
  br i1 %452, label %trap15.site0, label %ok76

else74:                                           ; preds = %stack_ok72
  store i32 1, i32* %arg1_state, align 4
  %453 = load i32, i32* %args_r, align 4
  store i32 %453, i32* %args_pos, align 4
  br label %join75

join75:                                           ; preds = %else74, %stack_ok77
  br label %switch10

ok76:                                             ; preds = %then73
  %454 = icmp ult i64 %10, %stack_limit
  br i1 %454, label %trap253.site0, label %stack_ok77

stack_ok77:                                       ; preds = %ok76
  %455 = load i64, i64* %fuel, align 8
  %456 = getelementptr i64, i64* %regs, i64 0
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %lowStart, align 8
  %458 = getelementptr i64, i64* %regs, i64 6
  store i64 %457, i64* %458, align 8
  %459 = load i64, i64* %lowEnd, align 8
  %460 = getelementptr i64, i64* %regs, i64 7
  store i64 %459, i64* %460, align 8
  %461 = load i64, i64* %highEnd, align 8
  %462 = getelementptr i64, i64* %regs, i64 8
  store i64 %461, i64* %462, align 8
  %463 = add i32 %depth, 1
  %464 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %463, i32 %450, i32 %451)
  %465 = getelementptr i64, i64* %regs, i64 0
  %466 = load i64, i64* %465, align 8
  store i64 %466, i64* %fuel, align 8
  %467 = getelementptr i64, i64* %regs, i64 6
  %468 = load i64, i64* %467, align 8
  store i64 %468, i64* %lowStart, align 8
  %469 = getelementptr i64, i64* %regs, i64 7
  %470 = load i64, i64* %469, align 8
  store i64 %470, i64* %lowEnd, align 8
  %471 = getelementptr i64, i64* %regs, i64 8
  %472 = load i64, i64* %471, align 8
  store i64 %472, i64* %highEnd, align 8
  store i32 %464, i32* %args_pos, align 4
  br label %join75

dead78:                                           ; No predecessors!
  br label %default11

ok79:                                             ; preds = %default11
  %473 = icmp ult i64 %10, %stack_limit
  br i1 %473, label %trap253.site0, label %stack_ok80

stack_ok80:                                       ; preds = %ok79
  %474 = load i64, i64* %fuel, align 8
  %475 = getelementptr i64, i64* %regs, i64 0
  store i64 %474, i64* %475, align 8
  %476 = load i64, i64* %lowStart, align 8
  %477 = getelementptr i64, i64* %regs, i64 6
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %lowEnd, align 8
  %479 = getelementptr i64, i64* %regs, i64 7
  store i64 %478, i64* %479, align 8
  %480 = load i64, i64* %highEnd, align 8
  %481 = getelementptr i64, i64* %regs, i64 8
  store i64 %480, i64* %481, align 8
  %482 = add i32 %depth, 1
  %483 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %482, i32 %364, i32 %365)
  %484 = getelementptr i64, i64* %regs, i64 0
  %485 = load i64, i64* %484, align 8
  store i64 %485, i64* %fuel, align 8
  %486 = getelementptr i64, i64* %regs, i64 6
  %487 = load i64, i64* %486, align 8
  store i64 %487, i64* %lowStart, align 8
  %488 = getelementptr i64, i64* %regs, i64 7
  %489 = load i64, i64* %488, align 8
  store i64 %489, i64* %lowEnd, align 8
  %490 = getelementptr i64, i64* %regs, i64 8
  %491 = load i64, i64* %490, align 8
  store i64 %491, i64* %highEnd, align 8
  store i32 %483, i32* %args_pos, align 4
  br label %switch10

ws_done14:                                        ; preds = %dead85, %ok83, %ok81
  %492 = load i32, i32* %args_pos, align 4
  %493 = zext i32 %492 to i64
  %494 = add i64 %493, 1
  %495 = icmp ugt i64 %494, %arena_size
  br i1 %495, label %trap17.site0, label %ok86

ws15:                                             ; preds = %cont84, %switch10
  %496 = load i64, i64* %fuel, align 8
  %497 = icmp ult i64 %496, 1
  br i1 %497, label %trap14.site0, label %ok81

ok81:                                             ; preds = %ws15
  %498 = sub i64 %496, 1
  store i64 %498, i64* %fuel, align 8
  %499 = load i32, i32* %args_pos, align 4
  %500 = load i32, i32* %args_end, align 4
  %501 = icmp uge i32 %499, %500
  %502 = zext i1 %501 to i32
  %503 = icmp ne i32 %502, 0
  br i1 %503, label %ws_done14, label %cont82

cont82:                                           ; preds = %ok81
  %504 = load i32, i32* %args_pos, align 4
  %505 = zext i32 %504 to i64
  %506 = add i64 %505, 1
  %507 = icmp ugt i64 %506, %arena_size
  br i1 %507, label %trap17.site0, label %ok83

ok83:                                             ; preds = %cont82
  %508 = getelementptr i8, i8* %mem, i64 %505
  %509 = load i8, i8* %508, align 1
  %510 = zext i8 %509 to i32
  store i32 %510, i32* %ws, align 4
  %511 = load i32, i32* %ws, align 4
  %512 = icmp ule i32 %511, 32
  %513 = zext i1 %512 to i32
  %514 = icmp eq i32 %513, 0
  %515 = zext i1 %514 to i32
  %516 = icmp ne i32 %515, 0
  br i1 %516, label %ws_done14, label %cont84

cont84:                                           ; preds = %ok83
  %517 = load i32, i32* %args_pos, align 4
  %518 = add i32 %517, 1
  store i32 %518, i32* %args_pos, align 4
  br label %ws15

dead85:                                           ; No predecessors!
  br label %ws_done14

ok86:                                             ; preds = %ws_done14
  %519 = getelementptr i8, i8* %mem, i64 %493
  %520 = load i8, i8* %519, align 1
  %521 = zext i8 %520 to i32
  store i32 %521, i32* %args_c, align 4
  %522 = load i32, i32* %args_pos, align 4
  %523 = add i32 %522, 1
  store i32 %523, i32* %args_pos, align 4
  %524 = load i32, i32* %args_c, align 4
  %525 = icmp eq i32 %524, 44
  %526 = zext i1 %525 to i32
  %527 = icmp ne i32 %526, 0
  br i1 %527, label %then87, label %else88

then87:                                           ; preds = %ok86
  br label %ws17

else88:                                           ; preds = %ok86
  br label %join89

join89:                                           ; preds = %else88, %dead95
  br label %join21

ws_done16:                                        ; preds = %dead94, %ok92, %ok90
  br label %args4

ws17:                                             ; preds = %cont93, %then87
  %528 = load i64, i64* %fuel, align 8
  %529 = icmp ult i64 %528, 1
  br i1 %529, label %trap14.site0, label %ok90

ok90:                                             ; preds = %ws17
  %530 = sub i64 %528, 1
  store i64 %530, i64* %fuel, align 8
  %531 = load i32, i32* %args_pos, align 4
  %532 = load i32, i32* %args_end, align 4
  %533 = icmp uge i32 %531, %532
  %534 = zext i1 %533 to i32
  %535 = icmp ne i32 %534, 0
  br i1 %535, label %ws_done16, label %cont91

cont91:                                           ; preds = %ok90
  %536 = load i32, i32* %args_pos, align 4
  %537 = zext i32 %536 to i64
  %538 = add i64 %537, 1
  %539 = icmp ugt i64 %538, %arena_size
  br i1 %539, label %trap17.site0, label %ok92

ok92:                                             ; preds = %cont91
  %540 = getelementptr i8, i8* %mem, i64 %537
  %541 = load i8, i8* %540, align 1
  %542 = zext i8 %541 to i32
  store i32 %542, i32* %ws, align 4
  %543 = load i32, i32* %ws, align 4
  %544 = icmp ule i32 %543, 32
  %545 = zext i1 %544 to i32
  %546 = icmp eq i32 %545, 0
  %547 = zext i1 %546 to i32
  %548 = icmp ne i32 %547, 0
  br i1 %548, label %ws_done16, label %cont93

cont93:                                           ; preds = %ok92
  %549 = load i32, i32* %args_pos, align 4
  %550 = add i32 %549, 1
  store i32 %550, i32* %args_pos, align 4
  br label %ws17

dead94:                                           ; No predecessors!
  br label %ws_done16

dead95:                                           ; No predecessors!
  br label %join89

then96:                                           ; preds = %join21
  br label %trap9.site2

else97:                                           ; preds = %join21
  br label %join98

join98:                                           ; preds = %else97, %dead99
  %551 = load i32, i32* %arg0_state, align 4
  %552 = icmp eq i32 %551, 2
  %553 = zext i1 %552 to i32
  %554 = icmp ne i32 %553, 0
  br i1 %554, label %then100, label %else101

trap9.site2:                                      ; preds = %then96
  %555 = load i64, i64* %lowStart, align 8
  %556 = getelementptr i64, i64* %regs, i64 6
  store i64 %555, i64* %556, align 8
  %557 = load i64, i64* %lowEnd, align 8
  %558 = getelementptr i64, i64* %regs, i64 7
  store i64 %557, i64* %558, align 8
  %559 = load i64, i64* %highEnd, align 8
  %560 = getelementptr i64, i64* %regs, i64 8
  store i64 %559, i64* %560, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead99:                                           ; No predecessors!
  br label %join98

then100:                                          ; preds = %join98
  br label %trap11.site2

else101:                                          ; preds = %join98
  br label %join102

join102:                                          ; preds = %else101, %dead103
  %561 = load i32, i32* %arg0_cell, align 4
  %562 = zext i32 %561 to i64
  %563 = add i64 %562, 4
  %564 = icmp ugt i64 %563, %arena_size
  br i1 %564, label %trap17.site0, label %ok104

trap11.site2:                                     ; preds = %then100
  %565 = load i64, i64* %lowStart, align 8
  %566 = getelementptr i64, i64* %regs, i64 6
  store i64 %565, i64* %566, align 8
  %567 = load i64, i64* %lowEnd, align 8
  %568 = getelementptr i64, i64* %regs, i64 7
  store i64 %567, i64* %568, align 8
  %569 = load i64, i64* %highEnd, align 8
  %570 = getelementptr i64, i64* %regs, i64 8
  store i64 %569, i64* %570, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead103:                                          ; No predecessors!
  br label %join102

ok104:                                            ; preds = %join102
  %571 = getelementptr i8, i8* %mem, i64 %562
  %572 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %572, i8* %571, i64 4, i1 false)
  %573 = load i32, i32* %unaligned105, align 4
  store i32 %573, i32* %arg, align 4
  %574 = load i32, i32* %arg1_state, align 4
  %575 = icmp eq i32 %574, 0
  %576 = zext i1 %575 to i32
  %577 = icmp ne i32 %576, 0
  br i1 %577, label %then106, label %else107

then106:                                          ; preds = %ok104
  br label %trap9.site3

else107:                                          ; preds = %ok104
  br label %join108

join108:                                          ; preds = %else107, %dead109
  %578 = load i32, i32* %arg1_state, align 4
  %579 = icmp eq i32 %578, 2
  %580 = zext i1 %579 to i32
  %581 = icmp ne i32 %580, 0
  br i1 %581, label %then110, label %else111

trap9.site3:                                      ; preds = %then106
  %582 = load i64, i64* %lowStart, align 8
  %583 = getelementptr i64, i64* %regs, i64 6
  store i64 %582, i64* %583, align 8
  %584 = load i64, i64* %lowEnd, align 8
  %585 = getelementptr i64, i64* %regs, i64 7
  store i64 %584, i64* %585, align 8
  %586 = load i64, i64* %highEnd, align 8
  %587 = getelementptr i64, i64* %regs, i64 8
  store i64 %586, i64* %587, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead109:                                          ; No predecessors!
  br label %join108

then110:                                          ; preds = %join108
  br label %trap11.site3

else111:                                          ; preds = %join108
  br label %join112

join112:                                          ; preds = %else111, %dead113
  %588 = load i32, i32* %arg1_cell, align 4
  %589 = zext i32 %588 to i64
  %590 = add i64 %589, 4
  %591 = icmp ugt i64 %590, %arena_size
  br i1 %591, label %trap17.site0, label %ok114

trap11.site3:                                     ; preds = %then110
  %592 = load i64, i64* %lowStart, align 8
  %593 = getelementptr i64, i64* %regs, i64 6
  store i64 %592, i64* %593, align 8
  %594 = load i64, i64* %lowEnd, align 8
  %595 = getelementptr i64, i64* %regs, i64 7
  store i64 %594, i64* %595, align 8
  %596 = load i64, i64* %highEnd, align 8
  %597 = getelementptr i64, i64* %regs, i64 8
  store i64 %596, i64* %597, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead113:                                          ; No predecessors!
  br label %join112

ok114:                                            ; preds = %join112
  %598 = getelementptr i8, i8* %mem, i64 %589
  %599 = bitcast i32* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %599, i8* %598, i64 4, i1 false)
  %600 = load i32, i32* %unaligned115, align 4
  store i32 %600, i32* %arg.1, align 4
  %601 = load i32, i32* %args_unexpected, align 4
  %602 = icmp ne i32 %601, 0
  br i1 %602, label %then116, label %else117

then116:                                          ; preds = %ok114
  br label %trap10.site1

else117:                                          ; preds = %ok114
  br label %join118

join118:                                          ; preds = %else117, %dead119
  %603 = getelementptr i64, i64* %regs, i64 1
  %604 = getelementptr i64, i64* %regs, i64 2
  %605 = load i64, i64* %603, align 8
  %606 = add i64 %605, 7
  %607 = and i64 %606, -8
  %608 = add i64 %607, 16
  %609 = load i64, i64* %604, align 8
  %610 = icmp ugt i64 %608, %609
  br i1 %610, label %trap15.site1, label %ok120

trap10.site1:                                     ; preds = %then116
  %611 = load i64, i64* %lowStart, align 8
  %612 = getelementptr i64, i64* %regs, i64 6
  store i64 %611, i64* %612, align 8
  %613 = load i64, i64* %lowEnd, align 8
  %614 = getelementptr i64, i64* %regs, i64 7
  store i64 %613, i64* %614, align 8
  %615 = load i64, i64* %highEnd, align 8
  %616 = getelementptr i64, i64* %regs, i64 8
  store i64 %615, i64* %616, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead119:                                          ; No predecessors!
  br label %join118

ok120:                                            ; preds = %join118
  store i64 %608, i64* %603, align 8
  %617 = load i64, i64* %highEnd, align 8
  %618 = call i64 @llvm.umax.i64(i64 %617, i64 %608)
  store i64 %618, i64* %highEnd, align 8
  %619 = trunc i64 %607 to i32
  store i32 %619, i32* %args_out, align 4
  %620 = load i32, i32* %args_out, align 4
  %621 = load i32, i32* %arg, align 4
  %622 = zext i32 %620 to i64
  %623 = add i64 %622, 4
  %624 = icmp uge i64 %622, %scratch_start
  %625 = load i64, i64* %highEnd, align 8
  %626 = icmp ule i64 %623, %625
  %627 = and i1 %624, %626
  br i1 %627, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join118
  %628 = load i64, i64* %lowStart, align 8
  %629 = getelementptr i64, i64* %regs, i64 6
  store i64 %628, i64* %629, align 8
  %630 = load i64, i64* %lowEnd, align 8
  %631 = getelementptr i64, i64* %regs, i64 7
  store i64 %630, i64* %631, align 8
  %632 = load i64, i64* %highEnd, align 8
  %633 = getelementptr i64, i64* %regs, i64 8
  store i64 %632, i64* %633, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok120
  %634 = load i64, i64* %lowStart, align 8
  %635 = icmp uge i64 %622, %634
  %636 = load i64, i64* %lowEnd, align 8
  %637 = icmp ule i64 %623, %636
  %638 = and i1 %635, %637
  br i1 %638, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %639 = icmp ugt i64 %623, %arena_size
  br i1 %639, label %trap17.site0, label %ok121

write.ok:                                         ; preds = %ok121, %write.low, %ok120
  %640 = getelementptr i8, i8* %mem, i64 %622
  store i32 %621, i32* %unaligned122, align 4
  %641 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %640, i8* %641, i64 4, i1 false)
  %642 = load i32, i32* %args_out, align 4
  %643 = load i32, i32* %arg.1, align 4
  %644 = zext i32 %642 to i64
  %645 = add i64 %644, 8
  %646 = add i64 %645, 4
  %647 = icmp uge i64 %645, %scratch_start
  %648 = load i64, i64* %highEnd, align 8
  %649 = icmp ule i64 %646, %648
  %650 = and i1 %647, %649
  br i1 %650, label %write.ok125, label %write.low123

ok121:                                            ; preds = %write.slow
  %651 = icmp ult i64 %622, %scratch_start
  %652 = load i64, i64* %lowEnd, align 8
  %653 = load i64, i64* %highEnd, align 8
  %654 = call i64 @llvm.umax.i64(i64 %652, i64 %623)
  %655 = select i1 %651, i64 %654, i64 %652
  store i64 %655, i64* %lowEnd, align 8
  %656 = call i64 @llvm.umax.i64(i64 %653, i64 %623)
  %657 = select i1 %651, i64 %653, i64 %656
  store i64 %657, i64* %highEnd, align 8
  %658 = load i64, i64* %lowStart, align 8
  %659 = call i64 @llvm.umin.i64(i64 %658, i64 %622)
  store i64 %659, i64* %lowStart, align 8
  br label %write.ok

write.low123:                                     ; preds = %write.ok
  %660 = load i64, i64* %lowStart, align 8
  %661 = icmp uge i64 %645, %660
  %662 = load i64, i64* %lowEnd, align 8
  %663 = icmp ule i64 %646, %662
  %664 = and i1 %661, %663
  br i1 %664, label %write.ok125, label %write.slow124

write.slow124:                                    ; preds = %write.low123
  %665 = icmp ugt i64 %646, %arena_size
  br i1 %665, label %trap17.site0, label %ok126

write.ok125:                                      ; preds = %ok126, %write.low123, %write.ok
  %666 = getelementptr i8, i8* %mem, i64 %645
  store i32 %643, i32* %unaligned127, align 4
  %667 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %666, i8* %667, i64 4, i1 false)
  %668 = load i32, i32* %args_out, align 4
  %669 = load i64, i64* %fuel, align 8
  %670 = getelementptr i64, i64* %regs, i64 0
  store i64 %669, i64* %670, align 8
  %671 = load i64, i64* %lowStart, align 8
  %672 = getelementptr i64, i64* %regs, i64 6
  store i64 %671, i64* %672, align 8
  %673 = load i64, i64* %lowEnd, align 8
  %674 = getelementptr i64, i64* %regs, i64 7
  store i64 %673, i64* %674, align 8
  %675 = load i64, i64* %highEnd, align 8
  %676 = getelementptr i64, i64* %regs, i64 8
  store i64 %675, i64* %676, align 8
  ret i32 %668

ok126:                                            ; preds = %write.slow124
  %677 = icmp ult i64 %645, %scratch_start
  %678 = load i64, i64* %lowEnd, align 8
  %679 = load i64, i64* %highEnd, align 8
  %680 = call i64 @llvm.umax.i64(i64 %678, i64 %646)
  %681 = select i1 %677, i64 %680, i64 %678
  store i64 %681, i64* %lowEnd, align 8
  %682 = call i64 @llvm.umax.i64(i64 %679, i64 %646)
  %683 = select i1 %677, i64 %679, i64 %682
  store i64 %683, i64* %highEnd, align 8
  %684 = load i64, i64* %lowStart, align 8
  %685 = call i64 @llvm.umin.i64(i64 %684, i64 %645)
  store i64 %685, i64* %lowStart, align 8
  br label %write.ok125
}

define internal void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %depth, i32 %d.arg, i32 %k.arg, i64 %v.arg) {
entry:
  %d = alloca i32, align 4
  store i32 %d.arg, i32* %d, align 4
  %k = alloca i32, align 4
  store i32 %k.arg, i32* %k, align 4
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
  %lo = alloca i32, align 4
  store i32 0, i32* %lo, align 4
  %hi = alloca i32, align 4
  store i32 0, i32* %hi, align 4
  %mid = alloca i32, align 4
  store i32 0, i32* %mid, align 4
  %r = alloca i32, align 4
  store i32 0, i32* %r, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
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
  %unaligned7 = alloca i64, align 8
  %unaligned13 = alloca i32, align 4
  %unaligned23 = alloca i32, align 4
  %unaligned28 = alloca i64, align 8
  %unaligned33 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = load i32, i32* %d, align 4
  %16 = zext i32 %15 to i64
  %17 = add i64 %16, 4
  %18 = icmp ugt i64 %17, %arena_size
  br i1 %18, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %loop1, %body
  %19 = load i64, i64* %lowStart, align 8
  %20 = getelementptr i64, i64* %regs, i64 6
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %lowEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 7
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %highEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 8
  store i64 %23, i64* %24, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %25 = getelementptr i8, i8* %mem, i64 %16
  %26 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %26, i8* %25, i64 4, i1 false)
  %27 = load i32, i32* %unaligned, align 4
  store i32 %27, i32* %hi, align 4
  br label %loop1

trap17.site0:                                     ; preds = %write.slow30, %write.slow25, %write.slow20, %write.slow16, %ok12, %block0, %write.slow, %cont, %ok
  %28 = load i64, i64* %lowStart, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %lowEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 7
  store i64 %30, i64* %31, align 8
  %32 = load i64, i64* %highEnd, align 8
  %33 = getelementptr i64, i64* %regs, i64 8
  store i64 %32, i64* %33, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

block0:                                           ; preds = %dead11, %ok2
  %34 = load i32, i32* %d, align 4
  %35 = zext i32 %34 to i64
  %36 = add i64 %35, 4
  %37 = icmp ugt i64 %36, %arena_size
  br i1 %37, label %trap17.site0, label %ok12

loop1:                                            ; preds = %join10, %ok1
  %38 = load i64, i64* %fuel, align 8
  %39 = icmp ult i64 %38, 1
  br i1 %39, label %trap14.site0, label %ok2

ok2:                                              ; preds = %loop1
  %40 = sub i64 %38, 1
  store i64 %40, i64* %fuel, align 8
  %41 = load i32, i32* %lo, align 4
  %42 = load i32, i32* %hi, align 4
  %43 = icmp uge i32 %41, %42
  %44 = zext i1 %43 to i32
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %block0, label %cont

cont:                                             ; preds = %ok2
  %46 = load i32, i32* %lo, align 4
  %47 = load i32, i32* %hi, align 4
  %48 = add i32 %46, %47
  %49 = lshr i32 %48, 1
  store i32 %49, i32* %mid, align 4
  %50 = load i32, i32* %d, align 4
  %51 = add i32 %50, 8
  %52 = load i32, i32* %mid, align 4
  %53 = mul i32 %52, 16
  %54 = add i32 %51, %53
  %55 = zext i32 %54 to i64
  %56 = add i64 %55, 4
  %57 = icmp ugt i64 %56, %arena_size
  br i1 %57, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %58 = getelementptr i8, i8* %mem, i64 %55
  %59 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %59, i8* %58, i64 4, i1 false)
  %60 = load i32, i32* %unaligned4, align 4
  %61 = load i32, i32* %k, align 4
  %62 = icmp uge i32 %depth, 1000
  br i1 %62, label %trap15.site0, label %ok5

ok5:                                              ; preds = %ok3
  %63 = icmp ult i64 %10, %stack_limit
  br i1 %63, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok3
  %64 = load i64, i64* %lowStart, align 8
  %65 = getelementptr i64, i64* %regs, i64 6
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %lowEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 7
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %highEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 8
  store i64 %68, i64* %69, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok5
  %70 = load i64, i64* %fuel, align 8
  %71 = getelementptr i64, i64* %regs, i64 0
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %lowStart, align 8
  %73 = getelementptr i64, i64* %regs, i64 6
  store i64 %72, i64* %73, align 8
  %74 = load i64, i64* %lowEnd, align 8
  %75 = getelementptr i64, i64* %regs, i64 7
  store i64 %74, i64* %75, align 8
  %76 = load i64, i64* %highEnd, align 8
  %77 = getelementptr i64, i64* %regs, i64 8
  store i64 %76, i64* %77, align 8
  %78 = add i32 %depth, 1
  %79 = call i32 @m0.rt.str_cmp(i64* %regs, i8* %mem, i32 %78, i32 %60, i32 %61)
  %80 = getelementptr i64, i64* %regs, i64 0
  %81 = load i64, i64* %80, align 8
  store i64 %81, i64* %fuel, align 8
  %82 = getelementptr i64, i64* %regs, i64 6
  %83 = load i64, i64* %82, align 8
  store i64 %83, i64* %lowStart, align 8
  %84 = getelementptr i64, i64* %regs, i64 7
  %85 = load i64, i64* %84, align 8
  store i64 %85, i64* %lowEnd, align 8
  %86 = getelementptr i64, i64* %regs, i64 8
  %87 = load i64, i64* %86, align 8
  store i64 %87, i64* %highEnd, align 8
  store i32 %79, i32* %r, align 4
  %88 = load i32, i32* %r, align 4
  %89 = icmp eq i32 %88, 0
  %90 = zext i1 %89 to i32
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %then, label %else

trap253.site0:                                    ; preds = %ok5
  %92 = load i64, i64* %lowStart, align 8
  %93 = getelementptr i64, i64* %regs, i64 6
  store i64 %92, i64* %93, align 8
  %94 = load i64, i64* %lowEnd, align 8
  %95 = getelementptr i64, i64* %regs, i64 7
  store i64 %94, i64* %95, align 8
  %96 = load i64, i64* %highEnd, align 8
  %97 = getelementptr i64, i64* %regs, i64 8
  store i64 %96, i64* %97, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %98 = load i32, i32* %d, align 4
  %99 = add i32 %98, 8
  %100 = load i32, i32* %mid, align 4
  %101 = mul i32 %100, 16
  %102 = add i32 %99, %101
  %103 = load i64, i64* %v, align 8
  %104 = zext i32 %102 to i64
  %105 = add i64 %104, 8
  %106 = add i64 %105, 8
  %107 = icmp uge i64 %105, %scratch_start
  %108 = load i64, i64* %highEnd, align 8
  %109 = icmp ule i64 %106, %108
  %110 = and i1 %107, %109
  br i1 %110, label %write.ok, label %write.low

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %111 = load i32, i32* %r, align 4
  %112 = icmp slt i32 %111, 0
  %113 = zext i1 %112 to i32
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %then8, label %else9

write.low:                                        ; preds = %then
  %115 = load i64, i64* %lowStart, align 8
  %116 = icmp uge i64 %105, %115
  %117 = load i64, i64* %lowEnd, align 8
  %118 = icmp ule i64 %106, %117
  %119 = and i1 %116, %118
  br i1 %119, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %120 = icmp ugt i64 %106, %arena_size
  br i1 %120, label %trap17.site0, label %ok6

write.ok:                                         ; preds = %ok6, %write.low, %then
  %121 = getelementptr i8, i8* %mem, i64 %105
  store i64 %103, i64* %unaligned7, align 8
  %122 = bitcast i64* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %121, i8* %122, i64 8, i1 false)
  %123 = load i64, i64* %fuel, align 8
  %124 = getelementptr i64, i64* %regs, i64 0
  store i64 %123, i64* %124, align 8
  %125 = load i64, i64* %lowStart, align 8
  %126 = getelementptr i64, i64* %regs, i64 6
  store i64 %125, i64* %126, align 8
  %127 = load i64, i64* %lowEnd, align 8
  %128 = getelementptr i64, i64* %regs, i64 7
  store i64 %127, i64* %128, align 8
  %129 = load i64, i64* %highEnd, align 8
  %130 = getelementptr i64, i64* %regs, i64 8
  store i64 %129, i64* %130, align 8
  ret void

ok6:                                              ; preds = %write.slow
  %131 = icmp ult i64 %105, %scratch_start
  %132 = load i64, i64* %lowEnd, align 8
  %133 = load i64, i64* %highEnd, align 8
  %134 = call i64 @llvm.umax.i64(i64 %132, i64 %106)
  %135 = select i1 %131, i64 %134, i64 %132
  store i64 %135, i64* %lowEnd, align 8
  %136 = call i64 @llvm.umax.i64(i64 %133, i64 %106)
  %137 = select i1 %131, i64 %133, i64 %136
  store i64 %137, i64* %highEnd, align 8
  %138 = load i64, i64* %lowStart, align 8
  %139 = call i64 @llvm.umin.i64(i64 %138, i64 %105)
  store i64 %139, i64* %lowStart, align 8
  br label %write.ok

dead:                                             ; No predecessors!
  br label %join

then8:                                            ; preds = %join
  %140 = load i32, i32* %mid, align 4
  %141 = add i32 %140, 1
  store i32 %141, i32* %lo, align 4
  br label %join10

else9:                                            ; preds = %join
  %142 = load i32, i32* %mid, align 4
  store i32 %142, i32* %hi, align 4
  br label %join10

join10:                                           ; preds = %else9, %then8
  br label %loop1

dead11:                                           ; No predecessors!
  br label %block0

ok12:                                             ; preds = %block0
  %143 = getelementptr i8, i8* %mem, i64 %35
  %144 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %144, i8* %143, i64 4, i1 false)
  %145 = load i32, i32* %unaligned13, align 4
  store i32 %145, i32* %len, align 4
  %146 = load i32, i32* %d, align 4
  %147 = add i32 %146, 8
  %148 = load i32, i32* %lo, align 4
  %149 = add i32 %148, 1
  %150 = mul i32 %149, 16
  %151 = add i32 %147, %150
  %152 = load i32, i32* %d, align 4
  %153 = add i32 %152, 8
  %154 = load i32, i32* %lo, align 4
  %155 = mul i32 %154, 16
  %156 = add i32 %153, %155
  %157 = load i32, i32* %len, align 4
  %158 = load i32, i32* %lo, align 4
  %159 = sub i32 %157, %158
  %160 = mul i32 %159, 16
  %161 = zext i32 %160 to i64
  %162 = zext i32 %156 to i64
  %163 = add i64 %162, %161
  %164 = icmp ugt i64 %163, %arena_size
  br i1 %164, label %trap17.site0, label %ok14

ok14:                                             ; preds = %ok12
  %165 = zext i32 %151 to i64
  %166 = add i64 %165, %161
  %167 = icmp uge i64 %165, %scratch_start
  %168 = load i64, i64* %highEnd, align 8
  %169 = icmp ule i64 %166, %168
  %170 = and i1 %167, %169
  br i1 %170, label %write.ok17, label %write.low15

write.low15:                                      ; preds = %ok14
  %171 = load i64, i64* %lowStart, align 8
  %172 = icmp uge i64 %165, %171
  %173 = load i64, i64* %lowEnd, align 8
  %174 = icmp ule i64 %166, %173
  %175 = and i1 %172, %174
  br i1 %175, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %176 = icmp ugt i64 %166, %arena_size
  br i1 %176, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %ok14
  %177 = getelementptr i8, i8* %mem, i64 %165
  %178 = getelementptr i8, i8* %mem, i64 %162
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %177, i8* %178, i64 %161, i1 false)
  %179 = load i32, i32* %d, align 4
  %180 = add i32 %179, 8
  %181 = load i32, i32* %lo, align 4
  %182 = mul i32 %181, 16
  %183 = add i32 %180, %182
  %184 = load i32, i32* %k, align 4
  %185 = zext i32 %183 to i64
  %186 = add i64 %185, 4
  %187 = icmp uge i64 %185, %scratch_start
  %188 = load i64, i64* %highEnd, align 8
  %189 = icmp ule i64 %186, %188
  %190 = and i1 %187, %189
  br i1 %190, label %write.ok21, label %write.low19

ok18:                                             ; preds = %write.slow16
  %191 = icmp ult i64 %165, %scratch_start
  %192 = load i64, i64* %lowEnd, align 8
  %193 = load i64, i64* %highEnd, align 8
  %194 = call i64 @llvm.umax.i64(i64 %192, i64 %166)
  %195 = select i1 %191, i64 %194, i64 %192
  store i64 %195, i64* %lowEnd, align 8
  %196 = call i64 @llvm.umax.i64(i64 %193, i64 %166)
  %197 = select i1 %191, i64 %193, i64 %196
  store i64 %197, i64* %highEnd, align 8
  %198 = load i64, i64* %lowStart, align 8
  %199 = call i64 @llvm.umin.i64(i64 %198, i64 %165)
  store i64 %199, i64* %lowStart, align 8
  br label %write.ok17

write.low19:                                      ; preds = %write.ok17
  %200 = load i64, i64* %lowStart, align 8
  %201 = icmp uge i64 %185, %200
  %202 = load i64, i64* %lowEnd, align 8
  %203 = icmp ule i64 %186, %202
  %204 = and i1 %201, %203
  br i1 %204, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %205 = icmp ugt i64 %186, %arena_size
  br i1 %205, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %write.ok17
  %206 = getelementptr i8, i8* %mem, i64 %185
  store i32 %184, i32* %unaligned23, align 4
  %207 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %206, i8* %207, i64 4, i1 false)
  %208 = load i32, i32* %d, align 4
  %209 = add i32 %208, 8
  %210 = load i32, i32* %lo, align 4
  %211 = mul i32 %210, 16
  %212 = add i32 %209, %211
  %213 = load i64, i64* %v, align 8
  %214 = zext i32 %212 to i64
  %215 = add i64 %214, 8
  %216 = add i64 %215, 8
  %217 = icmp uge i64 %215, %scratch_start
  %218 = load i64, i64* %highEnd, align 8
  %219 = icmp ule i64 %216, %218
  %220 = and i1 %217, %219
  br i1 %220, label %write.ok26, label %write.low24

ok22:                                             ; preds = %write.slow20
  %221 = icmp ult i64 %185, %scratch_start
  %222 = load i64, i64* %lowEnd, align 8
  %223 = load i64, i64* %highEnd, align 8
  %224 = call i64 @llvm.umax.i64(i64 %222, i64 %186)
  %225 = select i1 %221, i64 %224, i64 %222
  store i64 %225, i64* %lowEnd, align 8
  %226 = call i64 @llvm.umax.i64(i64 %223, i64 %186)
  %227 = select i1 %221, i64 %223, i64 %226
  store i64 %227, i64* %highEnd, align 8
  %228 = load i64, i64* %lowStart, align 8
  %229 = call i64 @llvm.umin.i64(i64 %228, i64 %185)
  store i64 %229, i64* %lowStart, align 8
  br label %write.ok21

write.low24:                                      ; preds = %write.ok21
  %230 = load i64, i64* %lowStart, align 8
  %231 = icmp uge i64 %215, %230
  %232 = load i64, i64* %lowEnd, align 8
  %233 = icmp ule i64 %216, %232
  %234 = and i1 %231, %233
  br i1 %234, label %write.ok26, label %write.slow25

write.slow25:                                     ; preds = %write.low24
  %235 = icmp ugt i64 %216, %arena_size
  br i1 %235, label %trap17.site0, label %ok27

write.ok26:                                       ; preds = %ok27, %write.low24, %write.ok21
  %236 = getelementptr i8, i8* %mem, i64 %215
  store i64 %213, i64* %unaligned28, align 8
  %237 = bitcast i64* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %236, i8* %237, i64 8, i1 false)
  %238 = load i32, i32* %d, align 4
  %239 = load i32, i32* %len, align 4
  %240 = add i32 %239, 1
  %241 = zext i32 %238 to i64
  %242 = add i64 %241, 4
  %243 = icmp uge i64 %241, %scratch_start
  %244 = load i64, i64* %highEnd, align 8
  %245 = icmp ule i64 %242, %244
  %246 = and i1 %243, %245
  br i1 %246, label %write.ok31, label %write.low29

ok27:                                             ; preds = %write.slow25
  %247 = icmp ult i64 %215, %scratch_start
  %248 = load i64, i64* %lowEnd, align 8
  %249 = load i64, i64* %highEnd, align 8
  %250 = call i64 @llvm.umax.i64(i64 %248, i64 %216)
  %251 = select i1 %247, i64 %250, i64 %248
  store i64 %251, i64* %lowEnd, align 8
  %252 = call i64 @llvm.umax.i64(i64 %249, i64 %216)
  %253 = select i1 %247, i64 %249, i64 %252
  store i64 %253, i64* %highEnd, align 8
  %254 = load i64, i64* %lowStart, align 8
  %255 = call i64 @llvm.umin.i64(i64 %254, i64 %215)
  store i64 %255, i64* %lowStart, align 8
  br label %write.ok26

write.low29:                                      ; preds = %write.ok26
  %256 = load i64, i64* %lowStart, align 8
  %257 = icmp uge i64 %241, %256
  %258 = load i64, i64* %lowEnd, align 8
  %259 = icmp ule i64 %242, %258
  %260 = and i1 %257, %259
  br i1 %260, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %261 = icmp ugt i64 %242, %arena_size
  br i1 %261, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %write.ok26
  %262 = getelementptr i8, i8* %mem, i64 %241
  store i32 %240, i32* %unaligned33, align 4
  %263 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %262, i8* %263, i64 4, i1 false)
  %264 = load i64, i64* %fuel, align 8
  %265 = getelementptr i64, i64* %regs, i64 0
  store i64 %264, i64* %265, align 8
  %266 = load i64, i64* %lowStart, align 8
  %267 = getelementptr i64, i64* %regs, i64 6
  store i64 %266, i64* %267, align 8
  %268 = load i64, i64* %lowEnd, align 8
  %269 = getelementptr i64, i64* %regs, i64 7
  store i64 %268, i64* %269, align 8
  %270 = load i64, i64* %highEnd, align 8
  %271 = getelementptr i64, i64* %regs, i64 8
  store i64 %270, i64* %271, align 8
  ret void

ok32:                                             ; preds = %write.slow30
  %272 = icmp ult i64 %241, %scratch_start
  %273 = load i64, i64* %lowEnd, align 8
  %274 = load i64, i64* %highEnd, align 8
  %275 = call i64 @llvm.umax.i64(i64 %273, i64 %242)
  %276 = select i1 %272, i64 %275, i64 %273
  store i64 %276, i64* %lowEnd, align 8
  %277 = call i64 @llvm.umax.i64(i64 %274, i64 %242)
  %278 = select i1 %272, i64 %274, i64 %277
  store i64 %278, i64* %highEnd, align 8
  %279 = load i64, i64* %lowStart, align 8
  %280 = call i64 @llvm.umin.i64(i64 %279, i64 %241)
  store i64 %280, i64* %lowStart, align 8
  br label %write.ok31
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
  %prices = alloca i32, align 4
  store i32 0, i32* %prices, align 4
  %wanted = alloca i32, align 4
  store i32 0, i32* %wanted, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %d = alloca i32, align 4
  store i32 0, i32* %d, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  %names = alloca i32, align 4
  store i32 0, i32* %names, align 4
  %d.1 = alloca i32, align 4
  store i32 0, i32* %d.1, align 4
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %i.1 = alloca i32, align 4
  store i32 0, i32* %i.1, align 4
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %sum = alloca i64, align 8
  store i64 0, i64* %sum, align 8
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
  %d.2 = alloca i32, align 4
  store i32 0, i32* %d.2, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %has_wanted = alloca i32, align 4
  store i32 0, i32* %has_wanted, align 4
  %d.3 = alloca i32, align 4
  store i32 0, i32* %d.3, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %i.2 = alloca i32, align 4
  store i32 0, i32* %i.2, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %size.3 = alloca i64, align 8
  store i64 0, i64* %size.3, align 8
  %list.3 = alloca i32, align 4
  store i32 0, i32* %list.3, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %n.4 = alloca i32, align 4
  store i32 0, i32* %n.4, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %n.5 = alloca i32, align 4
  store i32 0, i32* %n.5, align 4
  %d.4 = alloca i32, align 4
  store i32 0, i32* %d.4, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %idx = alloca i32, align 4
  store i32 0, i32* %idx, align 4
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %name = alloca i32, align 4
  store i32 0, i32* %name, align 4
  %d.5 = alloca i32, align 4
  store i32 0, i32* %d.5, align 4
  %k.4 = alloca i32, align 4
  store i32 0, i32* %k.4, align 4
  %idx.1 = alloca i32, align 4
  store i32 0, i32* %idx.1, align 4
  %price = alloca i64, align 8
  store i64 0, i64* %price, align 8
  %doubled = alloca i32, align 4
  store i32 0, i32* %doubled, align 4
  %dict.2 = alloca i32, align 4
  store i32 0, i32* %dict.2, align 4
  %spread = alloca i32, align 4
  store i32 0, i32* %spread, align 4
  %extra = alloca i64, align 8
  store i64 0, i64* %extra, align 8
  %cap = alloca i32, align 4
  store i32 0, i32* %cap, align 4
  %dict.3 = alloca i32, align 4
  store i32 0, i32* %dict.3, align 4
  %src = alloca i32, align 4
  store i32 0, i32* %src, align 4
  %i.3 = alloca i32, align 4
  store i32 0, i32* %i.3, align 4
  %at = alloca i32, align 4
  store i32 0, i32* %at, align 4
  %merged = alloca i32, align 4
  store i32 0, i32* %merged, align 4
  %size.4 = alloca i64, align 8
  store i64 0, i64* %size.4, align 8
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
  %result5 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned12 = alloca i32, align 4
  %unaligned15 = alloca i32, align 4
  %unaligned20 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %result27 = alloca i64, align 8
  %result28 = alloca i32, align 4
  %unaligned30 = alloca i32, align 4
  %unaligned40 = alloca i32, align 4
  %unaligned44 = alloca i64, align 8
  %unaligned49 = alloca i64, align 8
  %unaligned52 = alloca i32, align 4
  %unaligned56 = alloca i64, align 8
  %unaligned63 = alloca i64, align 8
  %result64 = alloca i32, align 4
  %result71 = alloca i32, align 4
  %result72 = alloca i32, align 4
  %unaligned74 = alloca i32, align 4
  %unaligned84 = alloca i32, align 4
  %unaligned88 = alloca i32, align 4
  %unaligned93 = alloca i32, align 4
  %unaligned96 = alloca i32, align 4
  %unaligned103 = alloca i32, align 4
  %unaligned107 = alloca i32, align 4
  %result108 = alloca i64, align 8
  %unaligned116 = alloca i64, align 8
  %result120 = alloca i32, align 4
  %unaligned126 = alloca i32, align 4
  %result127 = alloca i64, align 8
  %unaligned135 = alloca i64, align 8
  %unaligned141 = alloca i64, align 8
  %unaligned146 = alloca i32, align 4
  %unaligned152 = alloca i32, align 4
  %unaligned157 = alloca i32, align 4
  %result158 = alloca i32, align 4
  %unaligned164 = alloca i64, align 8
  %unaligned166 = alloca i32, align 4
  %unaligned172 = alloca i32, align 4
  %unaligned175 = alloca i32, align 4
  %unaligned178 = alloca i32, align 4
  %unaligned180 = alloca i64, align 8
  %unaligned185 = alloca i64, align 8
  %unaligned192 = alloca i32, align 4
  %unaligned194 = alloca i32, align 4
  %unaligned199 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %loop38, %each21, %loop19, %each11, %loop9, %loop4, %body
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

trap253.site0:                                    ; preds = %ok200, %ok186, %ok181, %ok128, %ok109, %ok65, %ok1
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
  store i32 %61, i32* %prices, align 4
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = add i64 %63, 8
  %65 = add i64 %64, 4
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow196, %write.ok190, %write.slow189, %block37, %ok177, %cont176, %ok173, %write.slow169, %write.ok162, %write.slow161, %write.slow154, %write.slow149, %write.slow143, %write.slow138, %join132, %write.slow123, %join113, %cont105, %ok101, %e16, %write.slow90, %cont86, %write.slow81, %write.ok69, %write.slow68, %write.slow60, %cont54, %e6, %write.slow46, %cont42, %write.slow37, %write.ok24, %write.slow23, %write.slow17, %cont, %write.slow, %ok6, %ok2, %stack_ok
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
  store i32 %75, i32* %wanted, align 4
  %76 = getelementptr i64, i64* %regs, i64 1
  %77 = getelementptr i64, i64* %regs, i64 2
  %78 = load i64, i64* %76, align 8
  %79 = add i64 %78, 7
  %80 = and i64 %79, -8
  %81 = add i64 %80, 40
  %82 = load i64, i64* %77, align 8
  %83 = icmp ugt i64 %81, %82
  br i1 %83, label %trap15.site4, label %ok6

e0:                                               ; preds = %write.ok197
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
  br i1 %91, label %trap15.site0, label %ok200

ok6:                                              ; preds = %ok3
  store i64 %81, i64* %76, align 8
  %92 = load i64, i64* %highEnd, align 8
  %93 = call i64 @llvm.umax.i64(i64 %92, i64 %81)
  store i64 %93, i64* %highEnd, align 8
  %94 = trunc i64 %80 to i32
  store i32 %94, i32* %dict, align 4
  %95 = load i32, i32* %prices, align 4
  store i32 %95, i32* %d, align 4
  %96 = load i32, i32* %d, align 4
  %97 = zext i32 %96 to i64
  %98 = add i64 %97, 4
  %99 = icmp ugt i64 %98, %arena_size
  br i1 %99, label %trap17.site0, label %ok8

trap15.site4:                                     ; preds = %then206, %ok3
  %100 = load i64, i64* %lowStart, align 8
  %101 = getelementptr i64, i64* %regs, i64 6
  store i64 %100, i64* %101, align 8
  %102 = load i64, i64* %lowEnd, align 8
  %103 = getelementptr i64, i64* %regs, i64 7
  store i64 %102, i64* %103, align 8
  %104 = load i64, i64* %highEnd, align 8
  %105 = getelementptr i64, i64* %regs, i64 8
  store i64 %104, i64* %105, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

e1:                                               ; preds = %block3
  %106 = load i32, i32* %result7, align 4
  store i32 %106, i32* %names, align 4
  %107 = load i32, i32* %dict, align 4
  %108 = load i32, i32* %names, align 4
  %109 = zext i32 %107 to i64
  %110 = add i64 %109, 4
  %111 = icmp uge i64 %109, %scratch_start
  %112 = load i64, i64* %highEnd, align 8
  %113 = icmp ule i64 %110, %112
  %114 = and i1 %111, %113
  br i1 %114, label %write.ok24, label %write.low22

ok8:                                              ; preds = %ok6
  %115 = getelementptr i8, i8* %mem, i64 %97
  %116 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %116, i8* %115, i64 4, i1 false)
  %117 = load i32, i32* %unaligned9, align 4
  store i32 %117, i32* %n, align 4
  %118 = load i32, i32* %n, align 4
  %119 = zext i32 %118 to i64
  %120 = mul i64 %119, 4
  %121 = add i64 4, %120
  store i64 %121, i64* %size, align 8
  %122 = load i64, i64* %size, align 8
  %123 = icmp ugt i64 %122, 2147483647
  %124 = zext i1 %123 to i32
  %125 = icmp ne i32 %124, 0
  br i1 %125, label %then, label %else

then:                                             ; preds = %ok8
  br label %trap15.site5

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %126 = load i64, i64* %size, align 8
  %127 = trunc i64 %126 to i32
  %128 = zext i32 %127 to i64
  %129 = getelementptr i64, i64* %regs, i64 1
  %130 = getelementptr i64, i64* %regs, i64 2
  %131 = load i64, i64* %129, align 8
  %132 = add i64 %131, 3
  %133 = and i64 %132, -4
  %134 = add i64 %133, %128
  %135 = load i64, i64* %130, align 8
  %136 = icmp ugt i64 %134, %135
  br i1 %136, label %trap15.site5, label %ok10

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

ok10:                                             ; preds = %join
  store i64 %134, i64* %129, align 8
  %143 = load i64, i64* %highEnd, align 8
  %144 = call i64 @llvm.umax.i64(i64 %143, i64 %134)
  store i64 %144, i64* %highEnd, align 8
  %145 = trunc i64 %133 to i32
  store i32 %145, i32* %list, align 4
  %146 = load i32, i32* %list, align 4
  %147 = load i32, i32* %n, align 4
  %148 = zext i32 %146 to i64
  %149 = add i64 %148, 4
  %150 = icmp uge i64 %148, %scratch_start
  %151 = load i64, i64* %highEnd, align 8
  %152 = icmp ule i64 %149, %151
  %153 = and i1 %150, %152
  br i1 %153, label %write.ok, label %write.low

write.low:                                        ; preds = %ok10
  %154 = load i64, i64* %lowStart, align 8
  %155 = icmp uge i64 %148, %154
  %156 = load i64, i64* %lowEnd, align 8
  %157 = icmp ule i64 %149, %156
  %158 = and i1 %155, %157
  br i1 %158, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %159 = icmp ugt i64 %149, %arena_size
  br i1 %159, label %trap17.site0, label %ok11

write.ok:                                         ; preds = %ok11, %write.low, %ok10
  %160 = getelementptr i8, i8* %mem, i64 %148
  store i32 %147, i32* %unaligned12, align 4
  %161 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %160, i8* %161, i64 4, i1 false)
  store i32 0, i32* %i, align 4
  br label %loop4

ok11:                                             ; preds = %write.slow
  %162 = icmp ult i64 %148, %scratch_start
  %163 = load i64, i64* %lowEnd, align 8
  %164 = load i64, i64* %highEnd, align 8
  %165 = call i64 @llvm.umax.i64(i64 %163, i64 %149)
  %166 = select i1 %162, i64 %165, i64 %163
  store i64 %166, i64* %lowEnd, align 8
  %167 = call i64 @llvm.umax.i64(i64 %164, i64 %149)
  %168 = select i1 %162, i64 %164, i64 %167
  store i64 %168, i64* %highEnd, align 8
  %169 = load i64, i64* %lowStart, align 8
  %170 = call i64 @llvm.umin.i64(i64 %169, i64 %148)
  store i64 %170, i64* %lowStart, align 8
  br label %write.ok

block3:                                           ; preds = %dead21, %ok13
  %171 = load i32, i32* %list, align 4
  store i32 %171, i32* %result7, align 4
  br label %e1

loop4:                                            ; preds = %write.ok18, %write.ok
  %172 = load i64, i64* %fuel, align 8
  %173 = icmp ult i64 %172, 1
  br i1 %173, label %trap14.site0, label %ok13

ok13:                                             ; preds = %loop4
  %174 = sub i64 %172, 1
  store i64 %174, i64* %fuel, align 8
  %175 = load i32, i32* %i, align 4
  %176 = load i32, i32* %n, align 4
  %177 = icmp uge i32 %175, %176
  %178 = zext i1 %177 to i32
  %179 = icmp ne i32 %178, 0
  br i1 %179, label %block3, label %cont

cont:                                             ; preds = %ok13
  %180 = load i32, i32* %list, align 4
  %181 = load i32, i32* %i, align 4
  %182 = mul i32 %181, 4
  %183 = add i32 %180, %182
  %184 = load i32, i32* %d, align 4
  %185 = load i32, i32* %i, align 4
  %186 = mul i32 %185, 16
  %187 = add i32 %184, %186
  %188 = zext i32 %187 to i64
  %189 = add i64 %188, 8
  %190 = add i64 %189, 4
  %191 = icmp ugt i64 %190, %arena_size
  br i1 %191, label %trap17.site0, label %ok14

ok14:                                             ; preds = %cont
  %192 = getelementptr i8, i8* %mem, i64 %189
  %193 = bitcast i32* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %193, i8* %192, i64 4, i1 false)
  %194 = load i32, i32* %unaligned15, align 4
  %195 = zext i32 %183 to i64
  %196 = add i64 %195, 4
  %197 = add i64 %196, 4
  %198 = icmp uge i64 %196, %scratch_start
  %199 = load i64, i64* %highEnd, align 8
  %200 = icmp ule i64 %197, %199
  %201 = and i1 %198, %200
  br i1 %201, label %write.ok18, label %write.low16

write.low16:                                      ; preds = %ok14
  %202 = load i64, i64* %lowStart, align 8
  %203 = icmp uge i64 %196, %202
  %204 = load i64, i64* %lowEnd, align 8
  %205 = icmp ule i64 %197, %204
  %206 = and i1 %203, %205
  br i1 %206, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %207 = icmp ugt i64 %197, %arena_size
  br i1 %207, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %ok14
  %208 = getelementptr i8, i8* %mem, i64 %196
  store i32 %194, i32* %unaligned20, align 4
  %209 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %208, i8* %209, i64 4, i1 false)
  %210 = load i32, i32* %i, align 4
  %211 = add i32 %210, 1
  store i32 %211, i32* %i, align 4
  br label %loop4

ok19:                                             ; preds = %write.slow17
  %212 = icmp ult i64 %196, %scratch_start
  %213 = load i64, i64* %lowEnd, align 8
  %214 = load i64, i64* %highEnd, align 8
  %215 = call i64 @llvm.umax.i64(i64 %213, i64 %197)
  %216 = select i1 %212, i64 %215, i64 %213
  store i64 %216, i64* %lowEnd, align 8
  %217 = call i64 @llvm.umax.i64(i64 %214, i64 %197)
  %218 = select i1 %212, i64 %214, i64 %217
  store i64 %218, i64* %highEnd, align 8
  %219 = load i64, i64* %lowStart, align 8
  %220 = call i64 @llvm.umin.i64(i64 %219, i64 %196)
  store i64 %220, i64* %lowStart, align 8
  br label %write.ok18

dead21:                                           ; No predecessors!
  br label %block3

write.low22:                                      ; preds = %e1
  %221 = load i64, i64* %lowStart, align 8
  %222 = icmp uge i64 %109, %221
  %223 = load i64, i64* %lowEnd, align 8
  %224 = icmp ule i64 %110, %223
  %225 = and i1 %222, %224
  br i1 %225, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %226 = icmp ugt i64 %110, %arena_size
  br i1 %226, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %e1
  %227 = getelementptr i8, i8* %mem, i64 %109
  store i32 %108, i32* %unaligned26, align 4
  %228 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %227, i8* %228, i64 4, i1 false)
  %229 = load i32, i32* %prices, align 4
  store i32 %229, i32* %d.1, align 4
  %230 = load i32, i32* %d.1, align 4
  %231 = zext i32 %230 to i64
  %232 = add i64 %231, 4
  %233 = icmp ugt i64 %232, %arena_size
  br i1 %233, label %trap17.site0, label %ok29

ok25:                                             ; preds = %write.slow23
  %234 = icmp ult i64 %109, %scratch_start
  %235 = load i64, i64* %lowEnd, align 8
  %236 = load i64, i64* %highEnd, align 8
  %237 = call i64 @llvm.umax.i64(i64 %235, i64 %110)
  %238 = select i1 %234, i64 %237, i64 %235
  store i64 %238, i64* %lowEnd, align 8
  %239 = call i64 @llvm.umax.i64(i64 %236, i64 %110)
  %240 = select i1 %234, i64 %236, i64 %239
  store i64 %240, i64* %highEnd, align 8
  %241 = load i64, i64* %lowStart, align 8
  %242 = call i64 @llvm.umin.i64(i64 %241, i64 %109)
  store i64 %242, i64* %lowStart, align 8
  br label %write.ok24

e5:                                               ; preds = %block10
  %243 = load i64, i64* %result27, align 8
  store i64 %243, i64* %total, align 8
  %244 = load i32, i32* %dict, align 4
  %245 = load i64, i64* %total, align 8
  %246 = zext i32 %244 to i64
  %247 = add i64 %246, 8
  %248 = add i64 %247, 8
  %249 = icmp uge i64 %247, %scratch_start
  %250 = load i64, i64* %highEnd, align 8
  %251 = icmp ule i64 %248, %250
  %252 = and i1 %249, %251
  br i1 %252, label %write.ok61, label %write.low59

e6:                                               ; preds = %block8
  %253 = load i32, i32* %result28, align 4
  store i32 %253, i32* %xs, align 4
  store i64 0, i64* %sum, align 8
  %254 = load i32, i32* %xs, align 4
  %255 = zext i32 %254 to i64
  %256 = add i64 %255, 4
  %257 = icmp ugt i64 %256, %arena_size
  br i1 %257, label %trap17.site0, label %ok51

ok29:                                             ; preds = %write.ok24
  %258 = getelementptr i8, i8* %mem, i64 %231
  %259 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %259, i8* %258, i64 4, i1 false)
  %260 = load i32, i32* %unaligned30, align 4
  store i32 %260, i32* %n.1, align 4
  %261 = load i32, i32* %n.1, align 4
  %262 = zext i32 %261 to i64
  %263 = mul i64 %262, 8
  %264 = add i64 8, %263
  store i64 %264, i64* %size.1, align 8
  %265 = load i64, i64* %size.1, align 8
  %266 = icmp ugt i64 %265, 2147483647
  %267 = zext i1 %266 to i32
  %268 = icmp ne i32 %267, 0
  br i1 %268, label %then31, label %else32

then31:                                           ; preds = %ok29
  br label %trap15.site7

else32:                                           ; preds = %ok29
  br label %join33

join33:                                           ; preds = %else32, %dead34
  %269 = load i64, i64* %size.1, align 8
  %270 = trunc i64 %269 to i32
  %271 = zext i32 %270 to i64
  %272 = getelementptr i64, i64* %regs, i64 1
  %273 = getelementptr i64, i64* %regs, i64 2
  %274 = load i64, i64* %272, align 8
  %275 = add i64 %274, 7
  %276 = and i64 %275, -8
  %277 = add i64 %276, %271
  %278 = load i64, i64* %273, align 8
  %279 = icmp ugt i64 %277, %278
  br i1 %279, label %trap15.site7, label %ok35

trap15.site7:                                     ; preds = %join33, %then31
  %280 = load i64, i64* %lowStart, align 8
  %281 = getelementptr i64, i64* %regs, i64 6
  store i64 %280, i64* %281, align 8
  %282 = load i64, i64* %lowEnd, align 8
  %283 = getelementptr i64, i64* %regs, i64 7
  store i64 %282, i64* %283, align 8
  %284 = load i64, i64* %highEnd, align 8
  %285 = getelementptr i64, i64* %regs, i64 8
  store i64 %284, i64* %285, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead34:                                           ; No predecessors!
  br label %join33

ok35:                                             ; preds = %join33
  store i64 %277, i64* %272, align 8
  %286 = load i64, i64* %highEnd, align 8
  %287 = call i64 @llvm.umax.i64(i64 %286, i64 %277)
  store i64 %287, i64* %highEnd, align 8
  %288 = trunc i64 %276 to i32
  store i32 %288, i32* %list.1, align 4
  %289 = load i32, i32* %list.1, align 4
  %290 = load i32, i32* %n.1, align 4
  %291 = zext i32 %289 to i64
  %292 = add i64 %291, 4
  %293 = icmp uge i64 %291, %scratch_start
  %294 = load i64, i64* %highEnd, align 8
  %295 = icmp ule i64 %292, %294
  %296 = and i1 %293, %295
  br i1 %296, label %write.ok38, label %write.low36

write.low36:                                      ; preds = %ok35
  %297 = load i64, i64* %lowStart, align 8
  %298 = icmp uge i64 %291, %297
  %299 = load i64, i64* %lowEnd, align 8
  %300 = icmp ule i64 %292, %299
  %301 = and i1 %298, %300
  br i1 %301, label %write.ok38, label %write.slow37

write.slow37:                                     ; preds = %write.low36
  %302 = icmp ugt i64 %292, %arena_size
  br i1 %302, label %trap17.site0, label %ok39

write.ok38:                                       ; preds = %ok39, %write.low36, %ok35
  %303 = getelementptr i8, i8* %mem, i64 %291
  store i32 %290, i32* %unaligned40, align 4
  %304 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %303, i8* %304, i64 4, i1 false)
  store i32 0, i32* %i.1, align 4
  br label %loop9

ok39:                                             ; preds = %write.slow37
  %305 = icmp ult i64 %291, %scratch_start
  %306 = load i64, i64* %lowEnd, align 8
  %307 = load i64, i64* %highEnd, align 8
  %308 = call i64 @llvm.umax.i64(i64 %306, i64 %292)
  %309 = select i1 %305, i64 %308, i64 %306
  store i64 %309, i64* %lowEnd, align 8
  %310 = call i64 @llvm.umax.i64(i64 %307, i64 %292)
  %311 = select i1 %305, i64 %307, i64 %310
  store i64 %311, i64* %highEnd, align 8
  %312 = load i64, i64* %lowStart, align 8
  %313 = call i64 @llvm.umin.i64(i64 %312, i64 %291)
  store i64 %313, i64* %lowStart, align 8
  br label %write.ok38

block8:                                           ; preds = %dead50, %ok41
  %314 = load i32, i32* %list.1, align 4
  store i32 %314, i32* %result28, align 4
  br label %e6

loop9:                                            ; preds = %write.ok47, %write.ok38
  %315 = load i64, i64* %fuel, align 8
  %316 = icmp ult i64 %315, 1
  br i1 %316, label %trap14.site0, label %ok41

ok41:                                             ; preds = %loop9
  %317 = sub i64 %315, 1
  store i64 %317, i64* %fuel, align 8
  %318 = load i32, i32* %i.1, align 4
  %319 = load i32, i32* %n.1, align 4
  %320 = icmp uge i32 %318, %319
  %321 = zext i1 %320 to i32
  %322 = icmp ne i32 %321, 0
  br i1 %322, label %block8, label %cont42

cont42:                                           ; preds = %ok41
  %323 = load i32, i32* %list.1, align 4
  %324 = load i32, i32* %i.1, align 4
  %325 = mul i32 %324, 8
  %326 = add i32 %323, %325
  %327 = load i32, i32* %d.1, align 4
  %328 = load i32, i32* %i.1, align 4
  %329 = mul i32 %328, 16
  %330 = add i32 %327, %329
  %331 = zext i32 %330 to i64
  %332 = add i64 %331, 16
  %333 = add i64 %332, 8
  %334 = icmp ugt i64 %333, %arena_size
  br i1 %334, label %trap17.site0, label %ok43

ok43:                                             ; preds = %cont42
  %335 = getelementptr i8, i8* %mem, i64 %332
  %336 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %336, i8* %335, i64 8, i1 false)
  %337 = load i64, i64* %unaligned44, align 8
  %338 = zext i32 %326 to i64
  %339 = add i64 %338, 8
  %340 = add i64 %339, 8
  %341 = icmp uge i64 %339, %scratch_start
  %342 = load i64, i64* %highEnd, align 8
  %343 = icmp ule i64 %340, %342
  %344 = and i1 %341, %343
  br i1 %344, label %write.ok47, label %write.low45

write.low45:                                      ; preds = %ok43
  %345 = load i64, i64* %lowStart, align 8
  %346 = icmp uge i64 %339, %345
  %347 = load i64, i64* %lowEnd, align 8
  %348 = icmp ule i64 %340, %347
  %349 = and i1 %346, %348
  br i1 %349, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %350 = icmp ugt i64 %340, %arena_size
  br i1 %350, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %ok43
  %351 = getelementptr i8, i8* %mem, i64 %339
  store i64 %337, i64* %unaligned49, align 8
  %352 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %351, i8* %352, i64 8, i1 false)
  %353 = load i32, i32* %i.1, align 4
  %354 = add i32 %353, 1
  store i32 %354, i32* %i.1, align 4
  br label %loop9

ok48:                                             ; preds = %write.slow46
  %355 = icmp ult i64 %339, %scratch_start
  %356 = load i64, i64* %lowEnd, align 8
  %357 = load i64, i64* %highEnd, align 8
  %358 = call i64 @llvm.umax.i64(i64 %356, i64 %340)
  %359 = select i1 %355, i64 %358, i64 %356
  store i64 %359, i64* %lowEnd, align 8
  %360 = call i64 @llvm.umax.i64(i64 %357, i64 %340)
  %361 = select i1 %355, i64 %357, i64 %360
  store i64 %361, i64* %highEnd, align 8
  %362 = load i64, i64* %lowStart, align 8
  %363 = call i64 @llvm.umin.i64(i64 %362, i64 %339)
  store i64 %363, i64* %lowStart, align 8
  br label %write.ok47

dead50:                                           ; No predecessors!
  br label %block8

ok51:                                             ; preds = %e6
  %364 = getelementptr i8, i8* %mem, i64 %255
  %365 = bitcast i32* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %365, i8* %364, i64 4, i1 false)
  %366 = load i32, i32* %unaligned52, align 4
  store i32 %366, i32* %n.2, align 4
  store i32 0, i32* %k, align 4
  br label %each11

block10:                                          ; preds = %dead58, %ok53
  %367 = load i64, i64* %sum, align 8
  store i64 %367, i64* %result27, align 8
  br label %e5

each11:                                           ; preds = %ok57, %ok51
  %368 = load i64, i64* %fuel, align 8
  %369 = icmp ult i64 %368, 1
  br i1 %369, label %trap14.site0, label %ok53

ok53:                                             ; preds = %each11
  %370 = sub i64 %368, 1
  store i64 %370, i64* %fuel, align 8
  %371 = load i32, i32* %k, align 4
  %372 = load i32, i32* %n.2, align 4
  %373 = icmp uge i32 %371, %372
  %374 = zext i1 %373 to i32
  %375 = icmp ne i32 %374, 0
  br i1 %375, label %block10, label %cont54

cont54:                                           ; preds = %ok53
  %376 = load i32, i32* %xs, align 4
  %377 = load i32, i32* %k, align 4
  %378 = mul i32 %377, 8
  %379 = add i32 %376, %378
  %380 = zext i32 %379 to i64
  %381 = add i64 %380, 8
  %382 = add i64 %381, 8
  %383 = icmp ugt i64 %382, %arena_size
  br i1 %383, label %trap17.site0, label %ok55

ok55:                                             ; preds = %cont54
  %384 = getelementptr i8, i8* %mem, i64 %381
  %385 = bitcast i64* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %385, i8* %384, i64 8, i1 false)
  %386 = load i64, i64* %unaligned56, align 8
  store i64 %386, i64* %x, align 8
  %387 = load i64, i64* %sum, align 8
  %388 = load i64, i64* %x, align 8
  %389 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %387, i64 %388)
  %390 = extractvalue { i64, i1 } %389, 1
  br i1 %390, label %trap2.site6, label %ok57

ok57:                                             ; preds = %ok55
  %391 = extractvalue { i64, i1 } %389, 0
  store i64 %391, i64* %sum, align 8
  %392 = load i32, i32* %k, align 4
  %393 = add i32 %392, 1
  store i32 %393, i32* %k, align 4
  br label %each11

trap2.site6:                                      ; preds = %ok55
  %394 = load i64, i64* %lowStart, align 8
  %395 = getelementptr i64, i64* %regs, i64 6
  store i64 %394, i64* %395, align 8
  %396 = load i64, i64* %lowEnd, align 8
  %397 = getelementptr i64, i64* %regs, i64 7
  store i64 %396, i64* %397, align 8
  %398 = load i64, i64* %highEnd, align 8
  %399 = getelementptr i64, i64* %regs, i64 8
  store i64 %398, i64* %399, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

dead58:                                           ; No predecessors!
  br label %block10

write.low59:                                      ; preds = %e5
  %400 = load i64, i64* %lowStart, align 8
  %401 = icmp uge i64 %247, %400
  %402 = load i64, i64* %lowEnd, align 8
  %403 = icmp ule i64 %248, %402
  %404 = and i1 %401, %403
  br i1 %404, label %write.ok61, label %write.slow60

write.slow60:                                     ; preds = %write.low59
  %405 = icmp ugt i64 %248, %arena_size
  br i1 %405, label %trap17.site0, label %ok62

write.ok61:                                       ; preds = %ok62, %write.low59, %e5
  %406 = getelementptr i8, i8* %mem, i64 %247
  store i64 %245, i64* %unaligned63, align 8
  %407 = bitcast i64* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %406, i8* %407, i64 8, i1 false)
  %408 = load i32, i32* %prices, align 4
  store i32 %408, i32* %d.2, align 4
  %409 = load i32, i32* %wanted, align 4
  store i32 %409, i32* %k.1, align 4
  %410 = load i32, i32* %d.2, align 4
  %411 = load i32, i32* %k.1, align 4
  %412 = icmp uge i32 %depth, 1000
  br i1 %412, label %trap15.site8, label %ok65

ok62:                                             ; preds = %write.slow60
  %413 = icmp ult i64 %247, %scratch_start
  %414 = load i64, i64* %lowEnd, align 8
  %415 = load i64, i64* %highEnd, align 8
  %416 = call i64 @llvm.umax.i64(i64 %414, i64 %248)
  %417 = select i1 %413, i64 %416, i64 %414
  store i64 %417, i64* %lowEnd, align 8
  %418 = call i64 @llvm.umax.i64(i64 %415, i64 %248)
  %419 = select i1 %413, i64 %415, i64 %418
  store i64 %419, i64* %highEnd, align 8
  %420 = load i64, i64* %lowStart, align 8
  %421 = call i64 @llvm.umin.i64(i64 %420, i64 %247)
  store i64 %421, i64* %lowStart, align 8
  br label %write.ok61

e12:                                              ; preds = %stack_ok66
  %422 = load i32, i32* %result64, align 4
  store i32 %422, i32* %has_wanted, align 4
  %423 = load i32, i32* %dict, align 4
  %424 = load i32, i32* %has_wanted, align 4
  %425 = zext i32 %423 to i64
  %426 = add i64 %425, 16
  %427 = add i64 %426, 1
  %428 = icmp uge i64 %426, %scratch_start
  %429 = load i64, i64* %highEnd, align 8
  %430 = icmp ule i64 %427, %429
  %431 = and i1 %428, %430
  br i1 %431, label %write.ok69, label %write.low67

ok65:                                             ; preds = %write.ok61
  %432 = icmp ult i64 %10, %stack_limit
  br i1 %432, label %trap253.site0, label %stack_ok66

trap15.site8:                                     ; preds = %write.ok61
  %433 = load i64, i64* %lowStart, align 8
  %434 = getelementptr i64, i64* %regs, i64 6
  store i64 %433, i64* %434, align 8
  %435 = load i64, i64* %lowEnd, align 8
  %436 = getelementptr i64, i64* %regs, i64 7
  store i64 %435, i64* %436, align 8
  %437 = load i64, i64* %highEnd, align 8
  %438 = getelementptr i64, i64* %regs, i64 8
  store i64 %437, i64* %438, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok66:                                       ; preds = %ok65
  %439 = load i64, i64* %fuel, align 8
  %440 = getelementptr i64, i64* %regs, i64 0
  store i64 %439, i64* %440, align 8
  %441 = load i64, i64* %lowStart, align 8
  %442 = getelementptr i64, i64* %regs, i64 6
  store i64 %441, i64* %442, align 8
  %443 = load i64, i64* %lowEnd, align 8
  %444 = getelementptr i64, i64* %regs, i64 7
  store i64 %443, i64* %444, align 8
  %445 = load i64, i64* %highEnd, align 8
  %446 = getelementptr i64, i64* %regs, i64 8
  store i64 %445, i64* %446, align 8
  %447 = add i32 %depth, 1
  %448 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %447, i32 %410, i32 %411, i32 8, i32 16)
  %449 = getelementptr i64, i64* %regs, i64 0
  %450 = load i64, i64* %449, align 8
  store i64 %450, i64* %fuel, align 8
  %451 = getelementptr i64, i64* %regs, i64 6
  %452 = load i64, i64* %451, align 8
  store i64 %452, i64* %lowStart, align 8
  %453 = getelementptr i64, i64* %regs, i64 7
  %454 = load i64, i64* %453, align 8
  store i64 %454, i64* %lowEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 8
  %456 = load i64, i64* %455, align 8
  store i64 %456, i64* %highEnd, align 8
  %457 = icmp sge i32 %448, 0
  %458 = zext i1 %457 to i32
  store i32 %458, i32* %result64, align 4
  br label %e12

write.low67:                                      ; preds = %e12
  %459 = load i64, i64* %lowStart, align 8
  %460 = icmp uge i64 %426, %459
  %461 = load i64, i64* %lowEnd, align 8
  %462 = icmp ule i64 %427, %461
  %463 = and i1 %460, %462
  br i1 %463, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %464 = icmp ugt i64 %427, %arena_size
  br i1 %464, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %e12
  %465 = getelementptr i8, i8* %mem, i64 %426
  %466 = trunc i32 %424 to i8
  store i8 %466, i8* %465, align 1
  %467 = load i32, i32* %prices, align 4
  store i32 %467, i32* %d.3, align 4
  %468 = load i32, i32* %d.3, align 4
  %469 = zext i32 %468 to i64
  %470 = add i64 %469, 4
  %471 = icmp ugt i64 %470, %arena_size
  br i1 %471, label %trap17.site0, label %ok73

ok70:                                             ; preds = %write.slow68
  %472 = icmp ult i64 %426, %scratch_start
  %473 = load i64, i64* %lowEnd, align 8
  %474 = load i64, i64* %highEnd, align 8
  %475 = call i64 @llvm.umax.i64(i64 %473, i64 %427)
  %476 = select i1 %472, i64 %475, i64 %473
  store i64 %476, i64* %lowEnd, align 8
  %477 = call i64 @llvm.umax.i64(i64 %474, i64 %427)
  %478 = select i1 %472, i64 %474, i64 %477
  store i64 %478, i64* %highEnd, align 8
  %479 = load i64, i64* %lowStart, align 8
  %480 = call i64 @llvm.umin.i64(i64 %479, i64 %426)
  store i64 %480, i64* %lowStart, align 8
  br label %write.ok69

e15:                                              ; preds = %write.ok150
  %481 = load i32, i32* %result71, align 4
  store i32 %481, i32* %doubled, align 4
  %482 = load i32, i32* %dict, align 4
  %483 = load i32, i32* %doubled, align 4
  %484 = zext i32 %482 to i64
  %485 = add i64 %484, 20
  %486 = add i64 %485, 4
  %487 = icmp uge i64 %485, %scratch_start
  %488 = load i64, i64* %highEnd, align 8
  %489 = icmp ule i64 %486, %488
  %490 = and i1 %487, %489
  br i1 %490, label %write.ok155, label %write.low153

e16:                                              ; preds = %block18
  %491 = load i32, i32* %result72, align 4
  store i32 %491, i32* %xs.1, align 4
  %492 = load i32, i32* %xs.1, align 4
  %493 = zext i32 %492 to i64
  %494 = add i64 %493, 4
  %495 = icmp ugt i64 %494, %arena_size
  br i1 %495, label %trap17.site0, label %ok95

ok73:                                             ; preds = %write.ok69
  %496 = getelementptr i8, i8* %mem, i64 %469
  %497 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %497, i8* %496, i64 4, i1 false)
  %498 = load i32, i32* %unaligned74, align 4
  store i32 %498, i32* %n.3, align 4
  %499 = load i32, i32* %n.3, align 4
  %500 = zext i32 %499 to i64
  %501 = mul i64 %500, 4
  %502 = add i64 4, %501
  store i64 %502, i64* %size.2, align 8
  %503 = load i64, i64* %size.2, align 8
  %504 = icmp ugt i64 %503, 2147483647
  %505 = zext i1 %504 to i32
  %506 = icmp ne i32 %505, 0
  br i1 %506, label %then75, label %else76

then75:                                           ; preds = %ok73
  br label %trap15.site9

else76:                                           ; preds = %ok73
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %507 = load i64, i64* %size.2, align 8
  %508 = trunc i64 %507 to i32
  %509 = zext i32 %508 to i64
  %510 = getelementptr i64, i64* %regs, i64 1
  %511 = getelementptr i64, i64* %regs, i64 2
  %512 = load i64, i64* %510, align 8
  %513 = add i64 %512, 3
  %514 = and i64 %513, -4
  %515 = add i64 %514, %509
  %516 = load i64, i64* %511, align 8
  %517 = icmp ugt i64 %515, %516
  br i1 %517, label %trap15.site9, label %ok79

trap15.site9:                                     ; preds = %join77, %then75
  %518 = load i64, i64* %lowStart, align 8
  %519 = getelementptr i64, i64* %regs, i64 6
  store i64 %518, i64* %519, align 8
  %520 = load i64, i64* %lowEnd, align 8
  %521 = getelementptr i64, i64* %regs, i64 7
  store i64 %520, i64* %521, align 8
  %522 = load i64, i64* %highEnd, align 8
  %523 = getelementptr i64, i64* %regs, i64 8
  store i64 %522, i64* %523, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %515, i64* %510, align 8
  %524 = load i64, i64* %highEnd, align 8
  %525 = call i64 @llvm.umax.i64(i64 %524, i64 %515)
  store i64 %525, i64* %highEnd, align 8
  %526 = trunc i64 %514 to i32
  store i32 %526, i32* %list.2, align 4
  %527 = load i32, i32* %list.2, align 4
  %528 = load i32, i32* %n.3, align 4
  %529 = zext i32 %527 to i64
  %530 = add i64 %529, 4
  %531 = icmp uge i64 %529, %scratch_start
  %532 = load i64, i64* %highEnd, align 8
  %533 = icmp ule i64 %530, %532
  %534 = and i1 %531, %533
  br i1 %534, label %write.ok82, label %write.low80

write.low80:                                      ; preds = %ok79
  %535 = load i64, i64* %lowStart, align 8
  %536 = icmp uge i64 %529, %535
  %537 = load i64, i64* %lowEnd, align 8
  %538 = icmp ule i64 %530, %537
  %539 = and i1 %536, %538
  br i1 %539, label %write.ok82, label %write.slow81

write.slow81:                                     ; preds = %write.low80
  %540 = icmp ugt i64 %530, %arena_size
  br i1 %540, label %trap17.site0, label %ok83

write.ok82:                                       ; preds = %ok83, %write.low80, %ok79
  %541 = getelementptr i8, i8* %mem, i64 %529
  store i32 %528, i32* %unaligned84, align 4
  %542 = bitcast i32* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %541, i8* %542, i64 4, i1 false)
  store i32 0, i32* %i.2, align 4
  br label %loop19

ok83:                                             ; preds = %write.slow81
  %543 = icmp ult i64 %529, %scratch_start
  %544 = load i64, i64* %lowEnd, align 8
  %545 = load i64, i64* %highEnd, align 8
  %546 = call i64 @llvm.umax.i64(i64 %544, i64 %530)
  %547 = select i1 %543, i64 %546, i64 %544
  store i64 %547, i64* %lowEnd, align 8
  %548 = call i64 @llvm.umax.i64(i64 %545, i64 %530)
  %549 = select i1 %543, i64 %545, i64 %548
  store i64 %549, i64* %highEnd, align 8
  %550 = load i64, i64* %lowStart, align 8
  %551 = call i64 @llvm.umin.i64(i64 %550, i64 %529)
  store i64 %551, i64* %lowStart, align 8
  br label %write.ok82

block18:                                          ; preds = %dead94, %ok85
  %552 = load i32, i32* %list.2, align 4
  store i32 %552, i32* %result72, align 4
  br label %e16

loop19:                                           ; preds = %write.ok91, %write.ok82
  %553 = load i64, i64* %fuel, align 8
  %554 = icmp ult i64 %553, 1
  br i1 %554, label %trap14.site0, label %ok85

ok85:                                             ; preds = %loop19
  %555 = sub i64 %553, 1
  store i64 %555, i64* %fuel, align 8
  %556 = load i32, i32* %i.2, align 4
  %557 = load i32, i32* %n.3, align 4
  %558 = icmp uge i32 %556, %557
  %559 = zext i1 %558 to i32
  %560 = icmp ne i32 %559, 0
  br i1 %560, label %block18, label %cont86

cont86:                                           ; preds = %ok85
  %561 = load i32, i32* %list.2, align 4
  %562 = load i32, i32* %i.2, align 4
  %563 = mul i32 %562, 4
  %564 = add i32 %561, %563
  %565 = load i32, i32* %d.3, align 4
  %566 = load i32, i32* %i.2, align 4
  %567 = mul i32 %566, 16
  %568 = add i32 %565, %567
  %569 = zext i32 %568 to i64
  %570 = add i64 %569, 8
  %571 = add i64 %570, 4
  %572 = icmp ugt i64 %571, %arena_size
  br i1 %572, label %trap17.site0, label %ok87

ok87:                                             ; preds = %cont86
  %573 = getelementptr i8, i8* %mem, i64 %570
  %574 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %574, i8* %573, i64 4, i1 false)
  %575 = load i32, i32* %unaligned88, align 4
  %576 = zext i32 %564 to i64
  %577 = add i64 %576, 4
  %578 = add i64 %577, 4
  %579 = icmp uge i64 %577, %scratch_start
  %580 = load i64, i64* %highEnd, align 8
  %581 = icmp ule i64 %578, %580
  %582 = and i1 %579, %581
  br i1 %582, label %write.ok91, label %write.low89

write.low89:                                      ; preds = %ok87
  %583 = load i64, i64* %lowStart, align 8
  %584 = icmp uge i64 %577, %583
  %585 = load i64, i64* %lowEnd, align 8
  %586 = icmp ule i64 %578, %585
  %587 = and i1 %584, %586
  br i1 %587, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %588 = icmp ugt i64 %578, %arena_size
  br i1 %588, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %ok87
  %589 = getelementptr i8, i8* %mem, i64 %577
  store i32 %575, i32* %unaligned93, align 4
  %590 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %589, i8* %590, i64 4, i1 false)
  %591 = load i32, i32* %i.2, align 4
  %592 = add i32 %591, 1
  store i32 %592, i32* %i.2, align 4
  br label %loop19

ok92:                                             ; preds = %write.slow90
  %593 = icmp ult i64 %577, %scratch_start
  %594 = load i64, i64* %lowEnd, align 8
  %595 = load i64, i64* %highEnd, align 8
  %596 = call i64 @llvm.umax.i64(i64 %594, i64 %578)
  %597 = select i1 %593, i64 %596, i64 %594
  store i64 %597, i64* %lowEnd, align 8
  %598 = call i64 @llvm.umax.i64(i64 %595, i64 %578)
  %599 = select i1 %593, i64 %595, i64 %598
  store i64 %599, i64* %highEnd, align 8
  %600 = load i64, i64* %lowStart, align 8
  %601 = call i64 @llvm.umin.i64(i64 %600, i64 %577)
  store i64 %601, i64* %lowStart, align 8
  br label %write.ok91

dead94:                                           ; No predecessors!
  br label %block18

ok95:                                             ; preds = %e16
  %602 = getelementptr i8, i8* %mem, i64 %493
  %603 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %603, i8* %602, i64 4, i1 false)
  %604 = load i32, i32* %unaligned96, align 4
  %605 = zext i32 %604 to i64
  %606 = mul i64 %605, 4
  %607 = add i64 4, %606
  store i64 %607, i64* %size.3, align 8
  %608 = load i64, i64* %size.3, align 8
  %609 = icmp ugt i64 %608, 2147483647
  %610 = zext i1 %609 to i32
  %611 = icmp ne i32 %610, 0
  br i1 %611, label %then97, label %else98

then97:                                           ; preds = %ok95
  br label %trap15.site10

else98:                                           ; preds = %ok95
  br label %join99

join99:                                           ; preds = %else98, %dead100
  %612 = load i64, i64* %size.3, align 8
  %613 = trunc i64 %612 to i32
  %614 = zext i32 %613 to i64
  %615 = getelementptr i64, i64* %regs, i64 1
  %616 = getelementptr i64, i64* %regs, i64 2
  %617 = load i64, i64* %615, align 8
  %618 = add i64 %617, 3
  %619 = and i64 %618, -4
  %620 = add i64 %619, %614
  %621 = load i64, i64* %616, align 8
  %622 = icmp ugt i64 %620, %621
  br i1 %622, label %trap15.site10, label %ok101

trap15.site10:                                    ; preds = %join99, %then97
  %623 = load i64, i64* %lowStart, align 8
  %624 = getelementptr i64, i64* %regs, i64 6
  store i64 %623, i64* %624, align 8
  %625 = load i64, i64* %lowEnd, align 8
  %626 = getelementptr i64, i64* %regs, i64 7
  store i64 %625, i64* %626, align 8
  %627 = load i64, i64* %highEnd, align 8
  %628 = getelementptr i64, i64* %regs, i64 8
  store i64 %627, i64* %628, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead100:                                          ; No predecessors!
  br label %join99

ok101:                                            ; preds = %join99
  store i64 %620, i64* %615, align 8
  %629 = load i64, i64* %highEnd, align 8
  %630 = call i64 @llvm.umax.i64(i64 %629, i64 %620)
  store i64 %630, i64* %highEnd, align 8
  %631 = trunc i64 %619 to i32
  store i32 %631, i32* %list.3, align 4
  store i32 0, i32* %len, align 4
  %632 = load i32, i32* %xs.1, align 4
  %633 = zext i32 %632 to i64
  %634 = add i64 %633, 4
  %635 = icmp ugt i64 %634, %arena_size
  br i1 %635, label %trap17.site0, label %ok102

ok102:                                            ; preds = %ok101
  %636 = getelementptr i8, i8* %mem, i64 %633
  %637 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %637, i8* %636, i64 4, i1 false)
  %638 = load i32, i32* %unaligned103, align 4
  store i32 %638, i32* %n.4, align 4
  store i32 0, i32* %k.2, align 4
  br label %each21

block20:                                          ; preds = %dead147, %ok104
  %639 = load i32, i32* %list.3, align 4
  %640 = load i32, i32* %len, align 4
  %641 = zext i32 %639 to i64
  %642 = add i64 %641, 4
  %643 = icmp uge i64 %641, %scratch_start
  %644 = load i64, i64* %highEnd, align 8
  %645 = icmp ule i64 %642, %644
  %646 = and i1 %643, %645
  br i1 %646, label %write.ok150, label %write.low148

each21:                                           ; preds = %join119, %ok102
  %647 = load i64, i64* %fuel, align 8
  %648 = icmp ult i64 %647, 1
  br i1 %648, label %trap14.site0, label %ok104

ok104:                                            ; preds = %each21
  %649 = sub i64 %647, 1
  store i64 %649, i64* %fuel, align 8
  %650 = load i32, i32* %k.2, align 4
  %651 = load i32, i32* %n.4, align 4
  %652 = icmp uge i32 %650, %651
  %653 = zext i1 %652 to i32
  %654 = icmp ne i32 %653, 0
  br i1 %654, label %block20, label %cont105

cont105:                                          ; preds = %ok104
  %655 = load i32, i32* %xs.1, align 4
  %656 = load i32, i32* %k.2, align 4
  %657 = mul i32 %656, 4
  %658 = add i32 %655, %657
  %659 = zext i32 %658 to i64
  %660 = add i64 %659, 4
  %661 = add i64 %660, 4
  %662 = icmp ugt i64 %661, %arena_size
  br i1 %662, label %trap17.site0, label %ok106

ok106:                                            ; preds = %cont105
  %663 = getelementptr i8, i8* %mem, i64 %660
  %664 = bitcast i32* %unaligned107 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %664, i8* %663, i64 4, i1 false)
  %665 = load i32, i32* %unaligned107, align 4
  store i32 %665, i32* %x.1, align 4
  %666 = load i32, i32* %x.1, align 4
  store i32 %666, i32* %n.5, align 4
  %667 = load i32, i32* %prices, align 4
  store i32 %667, i32* %d.4, align 4
  %668 = load i32, i32* %n.5, align 4
  store i32 %668, i32* %k.3, align 4
  %669 = load i32, i32* %d.4, align 4
  %670 = load i32, i32* %k.3, align 4
  %671 = icmp uge i32 %depth, 1000
  br i1 %671, label %trap15.site12, label %ok109

e23:                                              ; preds = %ok115
  %672 = load i64, i64* %result108, align 8
  %673 = icmp sgt i64 %672, 1
  %674 = zext i1 %673 to i32
  %675 = icmp ne i32 %674, 0
  br i1 %675, label %then117, label %else118

ok109:                                            ; preds = %ok106
  %676 = icmp ult i64 %10, %stack_limit
  br i1 %676, label %trap253.site0, label %stack_ok110

trap15.site12:                                    ; preds = %ok106
  %677 = load i64, i64* %lowStart, align 8
  %678 = getelementptr i64, i64* %regs, i64 6
  store i64 %677, i64* %678, align 8
  %679 = load i64, i64* %lowEnd, align 8
  %680 = getelementptr i64, i64* %regs, i64 7
  store i64 %679, i64* %680, align 8
  %681 = load i64, i64* %highEnd, align 8
  %682 = getelementptr i64, i64* %regs, i64 8
  store i64 %681, i64* %682, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok110:                                      ; preds = %ok109
  %683 = load i64, i64* %fuel, align 8
  %684 = getelementptr i64, i64* %regs, i64 0
  store i64 %683, i64* %684, align 8
  %685 = load i64, i64* %lowStart, align 8
  %686 = getelementptr i64, i64* %regs, i64 6
  store i64 %685, i64* %686, align 8
  %687 = load i64, i64* %lowEnd, align 8
  %688 = getelementptr i64, i64* %regs, i64 7
  store i64 %687, i64* %688, align 8
  %689 = load i64, i64* %highEnd, align 8
  %690 = getelementptr i64, i64* %regs, i64 8
  store i64 %689, i64* %690, align 8
  %691 = add i32 %depth, 1
  %692 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %691, i32 %669, i32 %670, i32 8, i32 16)
  %693 = getelementptr i64, i64* %regs, i64 0
  %694 = load i64, i64* %693, align 8
  store i64 %694, i64* %fuel, align 8
  %695 = getelementptr i64, i64* %regs, i64 6
  %696 = load i64, i64* %695, align 8
  store i64 %696, i64* %lowStart, align 8
  %697 = getelementptr i64, i64* %regs, i64 7
  %698 = load i64, i64* %697, align 8
  store i64 %698, i64* %lowEnd, align 8
  %699 = getelementptr i64, i64* %regs, i64 8
  %700 = load i64, i64* %699, align 8
  store i64 %700, i64* %highEnd, align 8
  store i32 %692, i32* %idx, align 4
  %701 = load i32, i32* %idx, align 4
  %702 = icmp slt i32 %701, 0
  %703 = zext i1 %702 to i32
  %704 = icmp ne i32 %703, 0
  br i1 %704, label %then111, label %else112

then111:                                          ; preds = %stack_ok110
  br label %trap7.site12

else112:                                          ; preds = %stack_ok110
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %705 = load i32, i32* %d.4, align 4
  %706 = load i32, i32* %idx, align 4
  %707 = mul i32 %706, 16
  %708 = add i32 %705, %707
  %709 = zext i32 %708 to i64
  %710 = add i64 %709, 16
  %711 = add i64 %710, 8
  %712 = icmp ugt i64 %711, %arena_size
  br i1 %712, label %trap17.site0, label %ok115

trap7.site12:                                     ; preds = %then111
  %713 = load i64, i64* %lowStart, align 8
  %714 = getelementptr i64, i64* %regs, i64 6
  store i64 %713, i64* %714, align 8
  %715 = load i64, i64* %lowEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 7
  store i64 %715, i64* %716, align 8
  %717 = load i64, i64* %highEnd, align 8
  %718 = getelementptr i64, i64* %regs, i64 8
  store i64 %717, i64* %718, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 12)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

ok115:                                            ; preds = %join113
  %719 = getelementptr i8, i8* %mem, i64 %710
  %720 = bitcast i64* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %720, i8* %719, i64 8, i1 false)
  %721 = load i64, i64* %unaligned116, align 8
  store i64 %721, i64* %result108, align 8
  br label %e23

then117:                                          ; preds = %e23
  %722 = load i32, i32* %list.3, align 4
  %723 = load i32, i32* %len, align 4
  %724 = mul i32 %723, 4
  %725 = add i32 %722, %724
  %726 = getelementptr i64, i64* %regs, i64 1
  %727 = getelementptr i64, i64* %regs, i64 2
  %728 = load i64, i64* %726, align 8
  %729 = add i64 %728, 7
  %730 = and i64 %729, -8
  %731 = add i64 %730, 16
  %732 = load i64, i64* %727, align 8
  %733 = icmp ugt i64 %731, %732
  br i1 %733, label %trap15.site13, label %ok121

else118:                                          ; preds = %e23
  br label %join119

join119:                                          ; preds = %else118, %write.ok144
  %734 = load i32, i32* %k.2, align 4
  %735 = add i32 %734, 1
  store i32 %735, i32* %k.2, align 4
  br label %each21

e27:                                              ; preds = %write.ok139
  %736 = load i32, i32* %result120, align 4
  %737 = zext i32 %725 to i64
  %738 = add i64 %737, 4
  %739 = add i64 %738, 4
  %740 = icmp uge i64 %738, %scratch_start
  %741 = load i64, i64* %highEnd, align 8
  %742 = icmp ule i64 %739, %741
  %743 = and i1 %740, %742
  br i1 %743, label %write.ok144, label %write.low142

ok121:                                            ; preds = %then117
  store i64 %731, i64* %726, align 8
  %744 = load i64, i64* %highEnd, align 8
  %745 = call i64 @llvm.umax.i64(i64 %744, i64 %731)
  store i64 %745, i64* %highEnd, align 8
  %746 = trunc i64 %730 to i32
  store i32 %746, i32* %dict.1, align 4
  %747 = load i32, i32* %n.5, align 4
  store i32 %747, i32* %name, align 4
  %748 = load i32, i32* %dict.1, align 4
  %749 = load i32, i32* %name, align 4
  %750 = zext i32 %748 to i64
  %751 = add i64 %750, 4
  %752 = icmp uge i64 %750, %scratch_start
  %753 = load i64, i64* %highEnd, align 8
  %754 = icmp ule i64 %751, %753
  %755 = and i1 %752, %754
  br i1 %755, label %write.ok124, label %write.low122

trap15.site13:                                    ; preds = %then117
  %756 = load i64, i64* %lowStart, align 8
  %757 = getelementptr i64, i64* %regs, i64 6
  store i64 %756, i64* %757, align 8
  %758 = load i64, i64* %lowEnd, align 8
  %759 = getelementptr i64, i64* %regs, i64 7
  store i64 %758, i64* %759, align 8
  %760 = load i64, i64* %highEnd, align 8
  %761 = getelementptr i64, i64* %regs, i64 8
  store i64 %760, i64* %761, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low122:                                     ; preds = %ok121
  %762 = load i64, i64* %lowStart, align 8
  %763 = icmp uge i64 %750, %762
  %764 = load i64, i64* %lowEnd, align 8
  %765 = icmp ule i64 %751, %764
  %766 = and i1 %763, %765
  br i1 %766, label %write.ok124, label %write.slow123

write.slow123:                                    ; preds = %write.low122
  %767 = icmp ugt i64 %751, %arena_size
  br i1 %767, label %trap17.site0, label %ok125

write.ok124:                                      ; preds = %ok125, %write.low122, %ok121
  %768 = getelementptr i8, i8* %mem, i64 %750
  store i32 %749, i32* %unaligned126, align 4
  %769 = bitcast i32* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %768, i8* %769, i64 4, i1 false)
  %770 = load i32, i32* %prices, align 4
  store i32 %770, i32* %d.5, align 4
  %771 = load i32, i32* %n.5, align 4
  store i32 %771, i32* %k.4, align 4
  %772 = load i32, i32* %d.5, align 4
  %773 = load i32, i32* %k.4, align 4
  %774 = icmp uge i32 %depth, 1000
  br i1 %774, label %trap15.site15, label %ok128

ok125:                                            ; preds = %write.slow123
  %775 = icmp ult i64 %750, %scratch_start
  %776 = load i64, i64* %lowEnd, align 8
  %777 = load i64, i64* %highEnd, align 8
  %778 = call i64 @llvm.umax.i64(i64 %776, i64 %751)
  %779 = select i1 %775, i64 %778, i64 %776
  store i64 %779, i64* %lowEnd, align 8
  %780 = call i64 @llvm.umax.i64(i64 %777, i64 %751)
  %781 = select i1 %775, i64 %777, i64 %780
  store i64 %781, i64* %highEnd, align 8
  %782 = load i64, i64* %lowStart, align 8
  %783 = call i64 @llvm.umin.i64(i64 %782, i64 %750)
  store i64 %783, i64* %lowStart, align 8
  br label %write.ok124

e30:                                              ; preds = %ok134
  %784 = load i64, i64* %result127, align 8
  %785 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %784, i64 2)
  %786 = extractvalue { i64, i1 } %785, 1
  br i1 %786, label %trap2.site14, label %ok136

ok128:                                            ; preds = %write.ok124
  %787 = icmp ult i64 %10, %stack_limit
  br i1 %787, label %trap253.site0, label %stack_ok129

trap15.site15:                                    ; preds = %write.ok124
  %788 = load i64, i64* %lowStart, align 8
  %789 = getelementptr i64, i64* %regs, i64 6
  store i64 %788, i64* %789, align 8
  %790 = load i64, i64* %lowEnd, align 8
  %791 = getelementptr i64, i64* %regs, i64 7
  store i64 %790, i64* %791, align 8
  %792 = load i64, i64* %highEnd, align 8
  %793 = getelementptr i64, i64* %regs, i64 8
  store i64 %792, i64* %793, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok129:                                      ; preds = %ok128
  %794 = load i64, i64* %fuel, align 8
  %795 = getelementptr i64, i64* %regs, i64 0
  store i64 %794, i64* %795, align 8
  %796 = load i64, i64* %lowStart, align 8
  %797 = getelementptr i64, i64* %regs, i64 6
  store i64 %796, i64* %797, align 8
  %798 = load i64, i64* %lowEnd, align 8
  %799 = getelementptr i64, i64* %regs, i64 7
  store i64 %798, i64* %799, align 8
  %800 = load i64, i64* %highEnd, align 8
  %801 = getelementptr i64, i64* %regs, i64 8
  store i64 %800, i64* %801, align 8
  %802 = add i32 %depth, 1
  %803 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %802, i32 %772, i32 %773, i32 8, i32 16)
  %804 = getelementptr i64, i64* %regs, i64 0
  %805 = load i64, i64* %804, align 8
  store i64 %805, i64* %fuel, align 8
  %806 = getelementptr i64, i64* %regs, i64 6
  %807 = load i64, i64* %806, align 8
  store i64 %807, i64* %lowStart, align 8
  %808 = getelementptr i64, i64* %regs, i64 7
  %809 = load i64, i64* %808, align 8
  store i64 %809, i64* %lowEnd, align 8
  %810 = getelementptr i64, i64* %regs, i64 8
  %811 = load i64, i64* %810, align 8
  store i64 %811, i64* %highEnd, align 8
  store i32 %803, i32* %idx.1, align 4
  %812 = load i32, i32* %idx.1, align 4
  %813 = icmp slt i32 %812, 0
  %814 = zext i1 %813 to i32
  %815 = icmp ne i32 %814, 0
  br i1 %815, label %then130, label %else131

then130:                                          ; preds = %stack_ok129
  br label %trap7.site15

else131:                                          ; preds = %stack_ok129
  br label %join132

join132:                                          ; preds = %else131, %dead133
  %816 = load i32, i32* %d.5, align 4
  %817 = load i32, i32* %idx.1, align 4
  %818 = mul i32 %817, 16
  %819 = add i32 %816, %818
  %820 = zext i32 %819 to i64
  %821 = add i64 %820, 16
  %822 = add i64 %821, 8
  %823 = icmp ugt i64 %822, %arena_size
  br i1 %823, label %trap17.site0, label %ok134

trap7.site15:                                     ; preds = %then130
  %824 = load i64, i64* %lowStart, align 8
  %825 = getelementptr i64, i64* %regs, i64 6
  store i64 %824, i64* %825, align 8
  %826 = load i64, i64* %lowEnd, align 8
  %827 = getelementptr i64, i64* %regs, i64 7
  store i64 %826, i64* %827, align 8
  %828 = load i64, i64* %highEnd, align 8
  %829 = getelementptr i64, i64* %regs, i64 8
  store i64 %828, i64* %829, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 15)
  unreachable

dead133:                                          ; No predecessors!
  br label %join132

ok134:                                            ; preds = %join132
  %830 = getelementptr i8, i8* %mem, i64 %821
  %831 = bitcast i64* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %831, i8* %830, i64 8, i1 false)
  %832 = load i64, i64* %unaligned135, align 8
  store i64 %832, i64* %result127, align 8
  br label %e30

ok136:                                            ; preds = %e30
  %833 = extractvalue { i64, i1 } %785, 0
  store i64 %833, i64* %price, align 8
  %834 = load i32, i32* %dict.1, align 4
  %835 = load i64, i64* %price, align 8
  %836 = zext i32 %834 to i64
  %837 = add i64 %836, 8
  %838 = add i64 %837, 8
  %839 = icmp uge i64 %837, %scratch_start
  %840 = load i64, i64* %highEnd, align 8
  %841 = icmp ule i64 %838, %840
  %842 = and i1 %839, %841
  br i1 %842, label %write.ok139, label %write.low137

trap2.site14:                                     ; preds = %e30
  %843 = load i64, i64* %lowStart, align 8
  %844 = getelementptr i64, i64* %regs, i64 6
  store i64 %843, i64* %844, align 8
  %845 = load i64, i64* %lowEnd, align 8
  %846 = getelementptr i64, i64* %regs, i64 7
  store i64 %845, i64* %846, align 8
  %847 = load i64, i64* %highEnd, align 8
  %848 = getelementptr i64, i64* %regs, i64 8
  store i64 %847, i64* %848, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low137:                                     ; preds = %ok136
  %849 = load i64, i64* %lowStart, align 8
  %850 = icmp uge i64 %837, %849
  %851 = load i64, i64* %lowEnd, align 8
  %852 = icmp ule i64 %838, %851
  %853 = and i1 %850, %852
  br i1 %853, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %854 = icmp ugt i64 %838, %arena_size
  br i1 %854, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %ok136
  %855 = getelementptr i8, i8* %mem, i64 %837
  store i64 %835, i64* %unaligned141, align 8
  %856 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %855, i8* %856, i64 8, i1 false)
  %857 = load i32, i32* %dict.1, align 4
  store i32 %857, i32* %result120, align 4
  br label %e27

ok140:                                            ; preds = %write.slow138
  %858 = icmp ult i64 %837, %scratch_start
  %859 = load i64, i64* %lowEnd, align 8
  %860 = load i64, i64* %highEnd, align 8
  %861 = call i64 @llvm.umax.i64(i64 %859, i64 %838)
  %862 = select i1 %858, i64 %861, i64 %859
  store i64 %862, i64* %lowEnd, align 8
  %863 = call i64 @llvm.umax.i64(i64 %860, i64 %838)
  %864 = select i1 %858, i64 %860, i64 %863
  store i64 %864, i64* %highEnd, align 8
  %865 = load i64, i64* %lowStart, align 8
  %866 = call i64 @llvm.umin.i64(i64 %865, i64 %837)
  store i64 %866, i64* %lowStart, align 8
  br label %write.ok139

write.low142:                                     ; preds = %e27
  %867 = load i64, i64* %lowStart, align 8
  %868 = icmp uge i64 %738, %867
  %869 = load i64, i64* %lowEnd, align 8
  %870 = icmp ule i64 %739, %869
  %871 = and i1 %868, %870
  br i1 %871, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %872 = icmp ugt i64 %739, %arena_size
  br i1 %872, label %trap17.site0, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %e27
  %873 = getelementptr i8, i8* %mem, i64 %738
  store i32 %736, i32* %unaligned146, align 4
  %874 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %873, i8* %874, i64 4, i1 false)
  %875 = load i32, i32* %len, align 4
  %876 = add i32 %875, 1
  store i32 %876, i32* %len, align 4
  br label %join119

ok145:                                            ; preds = %write.slow143
  %877 = icmp ult i64 %738, %scratch_start
  %878 = load i64, i64* %lowEnd, align 8
  %879 = load i64, i64* %highEnd, align 8
  %880 = call i64 @llvm.umax.i64(i64 %878, i64 %739)
  %881 = select i1 %877, i64 %880, i64 %878
  store i64 %881, i64* %lowEnd, align 8
  %882 = call i64 @llvm.umax.i64(i64 %879, i64 %739)
  %883 = select i1 %877, i64 %879, i64 %882
  store i64 %883, i64* %highEnd, align 8
  %884 = load i64, i64* %lowStart, align 8
  %885 = call i64 @llvm.umin.i64(i64 %884, i64 %738)
  store i64 %885, i64* %lowStart, align 8
  br label %write.ok144

dead147:                                          ; No predecessors!
  br label %block20

write.low148:                                     ; preds = %block20
  %886 = load i64, i64* %lowStart, align 8
  %887 = icmp uge i64 %641, %886
  %888 = load i64, i64* %lowEnd, align 8
  %889 = icmp ule i64 %642, %888
  %890 = and i1 %887, %889
  br i1 %890, label %write.ok150, label %write.slow149

write.slow149:                                    ; preds = %write.low148
  %891 = icmp ugt i64 %642, %arena_size
  br i1 %891, label %trap17.site0, label %ok151

write.ok150:                                      ; preds = %ok151, %write.low148, %block20
  %892 = getelementptr i8, i8* %mem, i64 %641
  store i32 %640, i32* %unaligned152, align 4
  %893 = bitcast i32* %unaligned152 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %892, i8* %893, i64 4, i1 false)
  %894 = load i32, i32* %list.3, align 4
  store i32 %894, i32* %result71, align 4
  br label %e15

ok151:                                            ; preds = %write.slow149
  %895 = icmp ult i64 %641, %scratch_start
  %896 = load i64, i64* %lowEnd, align 8
  %897 = load i64, i64* %highEnd, align 8
  %898 = call i64 @llvm.umax.i64(i64 %896, i64 %642)
  %899 = select i1 %895, i64 %898, i64 %896
  store i64 %899, i64* %lowEnd, align 8
  %900 = call i64 @llvm.umax.i64(i64 %897, i64 %642)
  %901 = select i1 %895, i64 %897, i64 %900
  store i64 %901, i64* %highEnd, align 8
  %902 = load i64, i64* %lowStart, align 8
  %903 = call i64 @llvm.umin.i64(i64 %902, i64 %641)
  store i64 %903, i64* %lowStart, align 8
  br label %write.ok150

write.low153:                                     ; preds = %e15
  %904 = load i64, i64* %lowStart, align 8
  %905 = icmp uge i64 %485, %904
  %906 = load i64, i64* %lowEnd, align 8
  %907 = icmp ule i64 %486, %906
  %908 = and i1 %905, %907
  br i1 %908, label %write.ok155, label %write.slow154

write.slow154:                                    ; preds = %write.low153
  %909 = icmp ugt i64 %486, %arena_size
  br i1 %909, label %trap17.site0, label %ok156

write.ok155:                                      ; preds = %ok156, %write.low153, %e15
  %910 = getelementptr i8, i8* %mem, i64 %485
  store i32 %483, i32* %unaligned157, align 4
  %911 = bitcast i32* %unaligned157 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %910, i8* %911, i64 4, i1 false)
  %912 = getelementptr i64, i64* %regs, i64 1
  %913 = getelementptr i64, i64* %regs, i64 2
  %914 = load i64, i64* %912, align 8
  %915 = add i64 %914, 7
  %916 = and i64 %915, -8
  %917 = add i64 %916, 8
  %918 = load i64, i64* %913, align 8
  %919 = icmp ugt i64 %917, %918
  br i1 %919, label %trap15.site16, label %ok159

ok156:                                            ; preds = %write.slow154
  %920 = icmp ult i64 %485, %scratch_start
  %921 = load i64, i64* %lowEnd, align 8
  %922 = load i64, i64* %highEnd, align 8
  %923 = call i64 @llvm.umax.i64(i64 %921, i64 %486)
  %924 = select i1 %920, i64 %923, i64 %921
  store i64 %924, i64* %lowEnd, align 8
  %925 = call i64 @llvm.umax.i64(i64 %922, i64 %486)
  %926 = select i1 %920, i64 %922, i64 %925
  store i64 %926, i64* %highEnd, align 8
  %927 = load i64, i64* %lowStart, align 8
  %928 = call i64 @llvm.umin.i64(i64 %927, i64 %485)
  store i64 %928, i64* %lowStart, align 8
  br label %write.ok155

e34:                                              ; preds = %stack_ok187
  %929 = load i32, i32* %result158, align 4
  store i32 %929, i32* %merged, align 4
  %930 = load i32, i32* %dict, align 4
  %931 = load i32, i32* %merged, align 4
  %932 = zext i32 %930 to i64
  %933 = add i64 %932, 24
  %934 = add i64 %933, 4
  %935 = icmp uge i64 %933, %scratch_start
  %936 = load i64, i64* %highEnd, align 8
  %937 = icmp ule i64 %934, %936
  %938 = and i1 %935, %937
  br i1 %938, label %write.ok190, label %write.low188

ok159:                                            ; preds = %write.ok155
  store i64 %917, i64* %912, align 8
  %939 = load i64, i64* %highEnd, align 8
  %940 = call i64 @llvm.umax.i64(i64 %939, i64 %917)
  store i64 %940, i64* %highEnd, align 8
  %941 = trunc i64 %916 to i32
  store i32 %941, i32* %dict.2, align 4
  %942 = load i32, i32* %prices, align 4
  store i32 %942, i32* %spread, align 4
  store i64 99, i64* %extra, align 8
  %943 = load i32, i32* %dict.2, align 4
  %944 = load i64, i64* %extra, align 8
  %945 = zext i32 %943 to i64
  %946 = add i64 %945, 8
  %947 = icmp uge i64 %945, %scratch_start
  %948 = load i64, i64* %highEnd, align 8
  %949 = icmp ule i64 %946, %948
  %950 = and i1 %947, %949
  br i1 %950, label %write.ok162, label %write.low160

trap15.site16:                                    ; preds = %ok184, %ok179, %ok165, %write.ok155
  %951 = load i64, i64* %lowStart, align 8
  %952 = getelementptr i64, i64* %regs, i64 6
  store i64 %951, i64* %952, align 8
  %953 = load i64, i64* %lowEnd, align 8
  %954 = getelementptr i64, i64* %regs, i64 7
  store i64 %953, i64* %954, align 8
  %955 = load i64, i64* %highEnd, align 8
  %956 = getelementptr i64, i64* %regs, i64 8
  store i64 %955, i64* %956, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

write.low160:                                     ; preds = %ok159
  %957 = load i64, i64* %lowStart, align 8
  %958 = icmp uge i64 %945, %957
  %959 = load i64, i64* %lowEnd, align 8
  %960 = icmp ule i64 %946, %959
  %961 = and i1 %958, %960
  br i1 %961, label %write.ok162, label %write.slow161

write.slow161:                                    ; preds = %write.low160
  %962 = icmp ugt i64 %946, %arena_size
  br i1 %962, label %trap17.site0, label %ok163

write.ok162:                                      ; preds = %ok163, %write.low160, %ok159
  %963 = getelementptr i8, i8* %mem, i64 %945
  store i64 %944, i64* %unaligned164, align 8
  %964 = bitcast i64* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %963, i8* %964, i64 8, i1 false)
  %965 = load i32, i32* %spread, align 4
  %966 = zext i32 %965 to i64
  %967 = add i64 %966, 4
  %968 = icmp ugt i64 %967, %arena_size
  br i1 %968, label %trap17.site0, label %ok165

ok163:                                            ; preds = %write.slow161
  %969 = icmp ult i64 %945, %scratch_start
  %970 = load i64, i64* %lowEnd, align 8
  %971 = load i64, i64* %highEnd, align 8
  %972 = call i64 @llvm.umax.i64(i64 %970, i64 %946)
  %973 = select i1 %969, i64 %972, i64 %970
  store i64 %973, i64* %lowEnd, align 8
  %974 = call i64 @llvm.umax.i64(i64 %971, i64 %946)
  %975 = select i1 %969, i64 %971, i64 %974
  store i64 %975, i64* %highEnd, align 8
  %976 = load i64, i64* %lowStart, align 8
  %977 = call i64 @llvm.umin.i64(i64 %976, i64 %945)
  store i64 %977, i64* %lowStart, align 8
  br label %write.ok162

ok165:                                            ; preds = %write.ok162
  %978 = getelementptr i8, i8* %mem, i64 %966
  %979 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %979, i8* %978, i64 4, i1 false)
  %980 = load i32, i32* %unaligned166, align 4
  %981 = add i32 1, %980
  store i32 %981, i32* %cap, align 4
  %982 = load i32, i32* %cap, align 4
  %983 = mul i32 %982, 16
  %984 = add i32 8, %983
  %985 = zext i32 %984 to i64
  %986 = getelementptr i64, i64* %regs, i64 1
  %987 = getelementptr i64, i64* %regs, i64 2
  %988 = load i64, i64* %986, align 8
  %989 = add i64 %988, 7
  %990 = and i64 %989, -8
  %991 = add i64 %990, %985
  %992 = load i64, i64* %987, align 8
  %993 = icmp ugt i64 %991, %992
  br i1 %993, label %trap15.site16, label %ok167

ok167:                                            ; preds = %ok165
  store i64 %991, i64* %986, align 8
  %994 = load i64, i64* %highEnd, align 8
  %995 = call i64 @llvm.umax.i64(i64 %994, i64 %991)
  store i64 %995, i64* %highEnd, align 8
  %996 = trunc i64 %990 to i32
  store i32 %996, i32* %dict.3, align 4
  %997 = load i32, i32* %dict.3, align 4
  %998 = zext i32 %997 to i64
  %999 = add i64 %998, 4
  %1000 = icmp uge i64 %998, %scratch_start
  %1001 = load i64, i64* %highEnd, align 8
  %1002 = icmp ule i64 %999, %1001
  %1003 = and i1 %1000, %1002
  br i1 %1003, label %write.ok170, label %write.low168

write.low168:                                     ; preds = %ok167
  %1004 = load i64, i64* %lowStart, align 8
  %1005 = icmp uge i64 %998, %1004
  %1006 = load i64, i64* %lowEnd, align 8
  %1007 = icmp ule i64 %999, %1006
  %1008 = and i1 %1005, %1007
  br i1 %1008, label %write.ok170, label %write.slow169

write.slow169:                                    ; preds = %write.low168
  %1009 = icmp ugt i64 %999, %arena_size
  br i1 %1009, label %trap17.site0, label %ok171

write.ok170:                                      ; preds = %ok171, %write.low168, %ok167
  %1010 = getelementptr i8, i8* %mem, i64 %998
  store i32 0, i32* %unaligned172, align 4
  %1011 = bitcast i32* %unaligned172 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1010, i8* %1011, i64 4, i1 false)
  %1012 = load i32, i32* %spread, align 4
  store i32 %1012, i32* %src, align 4
  store i32 0, i32* %i.3, align 4
  br label %loop38

ok171:                                            ; preds = %write.slow169
  %1013 = icmp ult i64 %998, %scratch_start
  %1014 = load i64, i64* %lowEnd, align 8
  %1015 = load i64, i64* %highEnd, align 8
  %1016 = call i64 @llvm.umax.i64(i64 %1014, i64 %999)
  %1017 = select i1 %1013, i64 %1016, i64 %1014
  store i64 %1017, i64* %lowEnd, align 8
  %1018 = call i64 @llvm.umax.i64(i64 %1015, i64 %999)
  %1019 = select i1 %1013, i64 %1015, i64 %1018
  store i64 %1019, i64* %highEnd, align 8
  %1020 = load i64, i64* %lowStart, align 8
  %1021 = call i64 @llvm.umin.i64(i64 %1020, i64 %998)
  store i64 %1021, i64* %lowStart, align 8
  br label %write.ok170

block37:                                          ; preds = %dead183, %ok174
  %1022 = load i32, i32* %dict.3, align 4
  %1023 = load i32, i32* %dict.2, align 4
  %1024 = zext i32 %1023 to i64
  %1025 = add i64 %1024, 8
  %1026 = icmp ugt i64 %1025, %arena_size
  br i1 %1026, label %trap17.site0, label %ok184

loop38:                                           ; preds = %stack_ok182, %write.ok170
  %1027 = load i64, i64* %fuel, align 8
  %1028 = icmp ult i64 %1027, 1
  br i1 %1028, label %trap14.site0, label %ok173

ok173:                                            ; preds = %loop38
  %1029 = sub i64 %1027, 1
  store i64 %1029, i64* %fuel, align 8
  %1030 = load i32, i32* %i.3, align 4
  %1031 = load i32, i32* %src, align 4
  %1032 = zext i32 %1031 to i64
  %1033 = add i64 %1032, 4
  %1034 = icmp ugt i64 %1033, %arena_size
  br i1 %1034, label %trap17.site0, label %ok174

ok174:                                            ; preds = %ok173
  %1035 = getelementptr i8, i8* %mem, i64 %1032
  %1036 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1036, i8* %1035, i64 4, i1 false)
  %1037 = load i32, i32* %unaligned175, align 4
  %1038 = icmp uge i32 %1030, %1037
  %1039 = zext i1 %1038 to i32
  %1040 = icmp ne i32 %1039, 0
  br i1 %1040, label %block37, label %cont176

cont176:                                          ; preds = %ok174
  %1041 = load i32, i32* %src, align 4
  %1042 = add i32 %1041, 8
  %1043 = load i32, i32* %i.3, align 4
  %1044 = mul i32 %1043, 16
  %1045 = add i32 %1042, %1044
  store i32 %1045, i32* %at, align 4
  %1046 = load i32, i32* %dict.3, align 4
  %1047 = load i32, i32* %at, align 4
  %1048 = zext i32 %1047 to i64
  %1049 = add i64 %1048, 4
  %1050 = icmp ugt i64 %1049, %arena_size
  br i1 %1050, label %trap17.site0, label %ok177

ok177:                                            ; preds = %cont176
  %1051 = getelementptr i8, i8* %mem, i64 %1048
  %1052 = bitcast i32* %unaligned178 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1052, i8* %1051, i64 4, i1 false)
  %1053 = load i32, i32* %unaligned178, align 4
  %1054 = load i32, i32* %at, align 4
  %1055 = zext i32 %1054 to i64
  %1056 = add i64 %1055, 8
  %1057 = add i64 %1056, 8
  %1058 = icmp ugt i64 %1057, %arena_size
  br i1 %1058, label %trap17.site0, label %ok179

ok179:                                            ; preds = %ok177
  %1059 = getelementptr i8, i8* %mem, i64 %1056
  %1060 = bitcast i64* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1060, i8* %1059, i64 8, i1 false)
  %1061 = load i64, i64* %unaligned180, align 8
  %1062 = icmp uge i32 %depth, 1000
  br i1 %1062, label %trap15.site16, label %ok181

ok181:                                            ; preds = %ok179
  %1063 = icmp ult i64 %10, %stack_limit
  br i1 %1063, label %trap253.site0, label %stack_ok182

stack_ok182:                                      ; preds = %ok181
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
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %1072, i32 %1046, i32 %1053, i64 %1061)
  %1073 = getelementptr i64, i64* %regs, i64 0
  %1074 = load i64, i64* %1073, align 8
  store i64 %1074, i64* %fuel, align 8
  %1075 = getelementptr i64, i64* %regs, i64 6
  %1076 = load i64, i64* %1075, align 8
  store i64 %1076, i64* %lowStart, align 8
  %1077 = getelementptr i64, i64* %regs, i64 7
  %1078 = load i64, i64* %1077, align 8
  store i64 %1078, i64* %lowEnd, align 8
  %1079 = getelementptr i64, i64* %regs, i64 8
  %1080 = load i64, i64* %1079, align 8
  store i64 %1080, i64* %highEnd, align 8
  %1081 = load i32, i32* %i.3, align 4
  %1082 = add i32 %1081, 1
  store i32 %1082, i32* %i.3, align 4
  br label %loop38

dead183:                                          ; No predecessors!
  br label %block37

ok184:                                            ; preds = %block37
  %1083 = getelementptr i8, i8* %mem, i64 %1024
  %1084 = bitcast i64* %unaligned185 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1084, i8* %1083, i64 8, i1 false)
  %1085 = load i64, i64* %unaligned185, align 8
  %1086 = icmp uge i32 %depth, 1000
  br i1 %1086, label %trap15.site16, label %ok186

ok186:                                            ; preds = %ok184
  %1087 = icmp ult i64 %10, %stack_limit
  br i1 %1087, label %trap253.site0, label %stack_ok187

stack_ok187:                                      ; preds = %ok186
  %1088 = load i64, i64* %fuel, align 8
  %1089 = getelementptr i64, i64* %regs, i64 0
  store i64 %1088, i64* %1089, align 8
  %1090 = load i64, i64* %lowStart, align 8
  %1091 = getelementptr i64, i64* %regs, i64 6
  store i64 %1090, i64* %1091, align 8
  %1092 = load i64, i64* %lowEnd, align 8
  %1093 = getelementptr i64, i64* %regs, i64 7
  store i64 %1092, i64* %1093, align 8
  %1094 = load i64, i64* %highEnd, align 8
  %1095 = getelementptr i64, i64* %regs, i64 8
  store i64 %1094, i64* %1095, align 8
  %1096 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %1096, i32 %1022, i32 8, i64 %1085)
  %1097 = getelementptr i64, i64* %regs, i64 0
  %1098 = load i64, i64* %1097, align 8
  store i64 %1098, i64* %fuel, align 8
  %1099 = getelementptr i64, i64* %regs, i64 6
  %1100 = load i64, i64* %1099, align 8
  store i64 %1100, i64* %lowStart, align 8
  %1101 = getelementptr i64, i64* %regs, i64 7
  %1102 = load i64, i64* %1101, align 8
  store i64 %1102, i64* %lowEnd, align 8
  %1103 = getelementptr i64, i64* %regs, i64 8
  %1104 = load i64, i64* %1103, align 8
  store i64 %1104, i64* %highEnd, align 8
  %1105 = load i32, i32* %dict.3, align 4
  store i32 %1105, i32* %result158, align 4
  br label %e34

write.low188:                                     ; preds = %e34
  %1106 = load i64, i64* %lowStart, align 8
  %1107 = icmp uge i64 %933, %1106
  %1108 = load i64, i64* %lowEnd, align 8
  %1109 = icmp ule i64 %934, %1108
  %1110 = and i1 %1107, %1109
  br i1 %1110, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1111 = icmp ugt i64 %934, %arena_size
  br i1 %1111, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e34
  %1112 = getelementptr i8, i8* %mem, i64 %933
  store i32 %931, i32* %unaligned192, align 4
  %1113 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1112, i8* %1113, i64 4, i1 false)
  %1114 = load i32, i32* %prices, align 4
  %1115 = zext i32 %1114 to i64
  %1116 = add i64 %1115, 4
  %1117 = icmp ugt i64 %1116, %arena_size
  br i1 %1117, label %trap17.site0, label %ok193

ok191:                                            ; preds = %write.slow189
  %1118 = icmp ult i64 %933, %scratch_start
  %1119 = load i64, i64* %lowEnd, align 8
  %1120 = load i64, i64* %highEnd, align 8
  %1121 = call i64 @llvm.umax.i64(i64 %1119, i64 %934)
  %1122 = select i1 %1118, i64 %1121, i64 %1119
  store i64 %1122, i64* %lowEnd, align 8
  %1123 = call i64 @llvm.umax.i64(i64 %1120, i64 %934)
  %1124 = select i1 %1118, i64 %1120, i64 %1123
  store i64 %1124, i64* %highEnd, align 8
  %1125 = load i64, i64* %lowStart, align 8
  %1126 = call i64 @llvm.umin.i64(i64 %1125, i64 %933)
  store i64 %1126, i64* %lowStart, align 8
  br label %write.ok190

ok193:                                            ; preds = %write.ok190
  %1127 = getelementptr i8, i8* %mem, i64 %1115
  %1128 = bitcast i32* %unaligned194 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1128, i8* %1127, i64 4, i1 false)
  %1129 = load i32, i32* %unaligned194, align 4
  %1130 = zext i32 %1129 to i64
  store i64 %1130, i64* %size.4, align 8
  %1131 = load i32, i32* %dict, align 4
  %1132 = load i64, i64* %size.4, align 8
  %1133 = zext i32 %1131 to i64
  %1134 = add i64 %1133, 32
  %1135 = add i64 %1134, 8
  %1136 = icmp uge i64 %1134, %scratch_start
  %1137 = load i64, i64* %highEnd, align 8
  %1138 = icmp ule i64 %1135, %1137
  %1139 = and i1 %1136, %1138
  br i1 %1139, label %write.ok197, label %write.low195

write.low195:                                     ; preds = %ok193
  %1140 = load i64, i64* %lowStart, align 8
  %1141 = icmp uge i64 %1134, %1140
  %1142 = load i64, i64* %lowEnd, align 8
  %1143 = icmp ule i64 %1135, %1142
  %1144 = and i1 %1141, %1143
  br i1 %1144, label %write.ok197, label %write.slow196

write.slow196:                                    ; preds = %write.low195
  %1145 = icmp ugt i64 %1135, %arena_size
  br i1 %1145, label %trap17.site0, label %ok198

write.ok197:                                      ; preds = %ok198, %write.low195, %ok193
  %1146 = getelementptr i8, i8* %mem, i64 %1134
  store i64 %1132, i64* %unaligned199, align 8
  %1147 = bitcast i64* %unaligned199 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1146, i8* %1147, i64 8, i1 false)
  %1148 = load i32, i32* %dict, align 4
  store i32 %1148, i32* %result5, align 4
  br label %e0

ok198:                                            ; preds = %write.slow196
  %1149 = icmp ult i64 %1134, %scratch_start
  %1150 = load i64, i64* %lowEnd, align 8
  %1151 = load i64, i64* %highEnd, align 8
  %1152 = call i64 @llvm.umax.i64(i64 %1150, i64 %1135)
  %1153 = select i1 %1149, i64 %1152, i64 %1150
  store i64 %1153, i64* %lowEnd, align 8
  %1154 = call i64 @llvm.umax.i64(i64 %1151, i64 %1135)
  %1155 = select i1 %1149, i64 %1151, i64 %1154
  store i64 %1155, i64* %highEnd, align 8
  %1156 = load i64, i64* %lowStart, align 8
  %1157 = call i64 @llvm.umin.i64(i64 %1156, i64 %1134)
  store i64 %1157, i64* %lowStart, align 8
  br label %write.ok197

ok200:                                            ; preds = %e0
  %1158 = icmp ult i64 %10, %stack_limit
  br i1 %1158, label %trap253.site0, label %stack_ok201

trap15.site0:                                     ; preds = %e0
  %1159 = load i64, i64* %lowStart, align 8
  %1160 = getelementptr i64, i64* %regs, i64 6
  store i64 %1159, i64* %1160, align 8
  %1161 = load i64, i64* %lowEnd, align 8
  %1162 = getelementptr i64, i64* %regs, i64 7
  store i64 %1161, i64* %1162, align 8
  %1163 = load i64, i64* %highEnd, align 8
  %1164 = getelementptr i64, i64* %regs, i64 8
  store i64 %1163, i64* %1164, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok201:                                      ; preds = %ok200
  %1165 = load i64, i64* %fuel, align 8
  %1166 = getelementptr i64, i64* %regs, i64 0
  store i64 %1165, i64* %1166, align 8
  %1167 = load i64, i64* %lowStart, align 8
  %1168 = getelementptr i64, i64* %regs, i64 6
  store i64 %1167, i64* %1168, align 8
  %1169 = load i64, i64* %lowEnd, align 8
  %1170 = getelementptr i64, i64* %regs, i64 7
  store i64 %1169, i64* %1170, align 8
  %1171 = load i64, i64* %highEnd, align 8
  %1172 = getelementptr i64, i64* %regs, i64 8
  store i64 %1171, i64* %1172, align 8
  %1173 = add i32 %depth, 1
  %1174 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1173, i32 %89, i32 %90, i32 0)
  %1175 = getelementptr i64, i64* %regs, i64 0
  %1176 = load i64, i64* %1175, align 8
  store i64 %1176, i64* %fuel, align 8
  %1177 = getelementptr i64, i64* %regs, i64 6
  %1178 = load i64, i64* %1177, align 8
  store i64 %1178, i64* %lowStart, align 8
  %1179 = getelementptr i64, i64* %regs, i64 7
  %1180 = load i64, i64* %1179, align 8
  store i64 %1180, i64* %lowEnd, align 8
  %1181 = getelementptr i64, i64* %regs, i64 8
  %1182 = load i64, i64* %1181, align 8
  store i64 %1182, i64* %highEnd, align 8
  store i32 %1174, i32* %json_end, align 4
  %1183 = load i32, i32* %json_end, align 4
  %1184 = icmp eq i32 %1183, -2
  %1185 = zext i1 %1184 to i32
  %1186 = icmp ne i32 %1185, 0
  br i1 %1186, label %then202, label %else203

then202:                                          ; preds = %stack_ok201
  br label %trap16.site4

else203:                                          ; preds = %stack_ok201
  br label %join204

join204:                                          ; preds = %else203, %dead205
  %1187 = load i32, i32* %json_end, align 4
  %1188 = icmp eq i32 %1187, -1
  %1189 = zext i1 %1188 to i32
  %1190 = icmp ne i32 %1189, 0
  br i1 %1190, label %then206, label %else207

trap16.site4:                                     ; preds = %then202
  %1191 = load i64, i64* %lowStart, align 8
  %1192 = getelementptr i64, i64* %regs, i64 6
  store i64 %1191, i64* %1192, align 8
  %1193 = load i64, i64* %lowEnd, align 8
  %1194 = getelementptr i64, i64* %regs, i64 7
  store i64 %1193, i64* %1194, align 8
  %1195 = load i64, i64* %highEnd, align 8
  %1196 = getelementptr i64, i64* %regs, i64 8
  store i64 %1195, i64* %1196, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead205:                                          ; No predecessors!
  br label %join204

then206:                                          ; preds = %join204
  br label %trap15.site4

else207:                                          ; preds = %join204
  br label %join208

join208:                                          ; preds = %else207, %dead209
  %1197 = load i32, i32* %json_end, align 4
  %1198 = zext i32 %1197 to i64
  %1199 = getelementptr i64, i64* %regs, i64 3
  store i64 %1198, i64* %1199, align 8
  %1200 = load i32, i32* %json_end, align 4
  %1201 = load i32, i32* %json_start, align 4
  %1202 = sub i32 %1200, %1201
  %1203 = load i64, i64* %fuel, align 8
  %1204 = getelementptr i64, i64* %regs, i64 0
  store i64 %1203, i64* %1204, align 8
  %1205 = load i64, i64* %lowStart, align 8
  %1206 = getelementptr i64, i64* %regs, i64 6
  store i64 %1205, i64* %1206, align 8
  %1207 = load i64, i64* %lowEnd, align 8
  %1208 = getelementptr i64, i64* %regs, i64 7
  store i64 %1207, i64* %1208, align 8
  %1209 = load i64, i64* %highEnd, align 8
  %1210 = getelementptr i64, i64* %regs, i64 8
  store i64 %1209, i64* %1210, align 8
  ret i32 %1202

dead209:                                          ; No predecessors!
  br label %join208
}
