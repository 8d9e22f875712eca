; From libs/driver/testdata/emit-golden/dict-values.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/dict-values.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (42):
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
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.cttz.i32
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 3 function(s):

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
  %269 = sub i64 %arena_size, 4
  %270 = icmp sgt i64 %268, %269
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
  %282 = sub i64 %arena_size, 6
  %283 = icmp sgt i64 %281, %282
  br i1 %283, label %trap17.site0, label %ok35

ok35:                                             ; preds = %ok34
  %284 = add i64 %281, 4
  %285 = getelementptr i8, i8* %mem, i64 %284
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
  %295 = sub i64 %arena_size, 4
  %296 = icmp sgt i64 %294, %295
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
  %304 = sub i64 %arena_size, 6
  %305 = icmp sgt i64 %303, %304
  br i1 %305, label %trap17.site0, label %ok46

ok46:                                             ; preds = %ok44
  %306 = add i64 %303, 4
  %307 = getelementptr i8, i8* %mem, i64 %306
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
  %351 = sub i64 %arena_size, 1
  %352 = icmp sgt i64 %350, %351
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
  %494 = sub i64 %arena_size, 1
  %495 = icmp sgt i64 %493, %494
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
  %506 = sub i64 %arena_size, 1
  %507 = icmp sgt i64 %505, %506
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
  %538 = sub i64 %arena_size, 1
  %539 = icmp sgt i64 %537, %538
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
  %563 = sub i64 %arena_size, 4
  %564 = icmp sgt i64 %562, %563
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
  %590 = sub i64 %arena_size, 4
  %591 = icmp sgt i64 %589, %590
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
  %628 = call i1 @llvm.expect.i1(i1 %627, i1 true)
  br i1 %628, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join118
  %629 = load i64, i64* %lowStart, align 8
  %630 = getelementptr i64, i64* %regs, i64 6
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %lowEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 7
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 8
  store i64 %633, i64* %634, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok120
  %635 = load i64, i64* %lowStart, align 8
  %636 = icmp uge i64 %622, %635
  %637 = load i64, i64* %lowEnd, align 8
  %638 = icmp ule i64 %623, %637
  %639 = and i1 %636, %638
  %640 = call i1 @llvm.expect.i1(i1 %639, i1 true)
  br i1 %640, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %641 = icmp ugt i64 %623, %arena_size
  br i1 %641, label %trap17.site0, label %ok121

write.ok:                                         ; preds = %ok121, %write.low, %ok120
  %642 = getelementptr i8, i8* %mem, i64 %622
  store i32 %621, i32* %unaligned122, align 4
  %643 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %642, i8* %643, i64 4, i1 false)
  %644 = load i32, i32* %args_out, align 4
  %645 = load i32, i32* %arg.1, align 4
  %646 = zext i32 %644 to i64
  %647 = add i64 %646, 8
  %648 = add i64 %647, 4
  %649 = icmp uge i64 %647, %scratch_start
  %650 = load i64, i64* %highEnd, align 8
  %651 = icmp ule i64 %648, %650
  %652 = and i1 %649, %651
  %653 = call i1 @llvm.expect.i1(i1 %652, i1 true)
  br i1 %653, label %write.ok125, label %write.low123

ok121:                                            ; preds = %write.slow
  %654 = icmp ult i64 %622, %scratch_start
  %655 = load i64, i64* %lowStart, align 8
  %656 = call i64 @llvm.umin.i64(i64 %655, i64 %622)
  %657 = load i64, i64* %lowEnd, align 8
  %658 = load i64, i64* %highEnd, align 8
  %659 = add i64 %623, 64
  %660 = sub i64 %623, %656
  %661 = lshr i64 %660, 4
  %662 = add i64 %659, %661
  %663 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %662)
  %664 = call i64 @llvm.umax.i64(i64 %657, i64 %663)
  %665 = select i1 %654, i64 %664, i64 %657
  store i64 %665, i64* %lowEnd, align 8
  %666 = add i64 %623, 64
  %667 = sub i64 %623, %scratch_start
  %668 = lshr i64 %667, 4
  %669 = add i64 %666, %668
  %670 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %669)
  %671 = call i64 @llvm.umax.i64(i64 %658, i64 %670)
  %672 = select i1 %654, i64 %658, i64 %671
  store i64 %672, i64* %highEnd, align 8
  store i64 %656, i64* %lowStart, align 8
  br label %write.ok

write.low123:                                     ; preds = %write.ok
  %673 = load i64, i64* %lowStart, align 8
  %674 = icmp uge i64 %647, %673
  %675 = load i64, i64* %lowEnd, align 8
  %676 = icmp ule i64 %648, %675
  %677 = and i1 %674, %676
  %678 = call i1 @llvm.expect.i1(i1 %677, i1 true)
  br i1 %678, label %write.ok125, label %write.slow124

write.slow124:                                    ; preds = %write.low123
  %679 = icmp ugt i64 %648, %arena_size
  br i1 %679, label %trap17.site0, label %ok126

write.ok125:                                      ; preds = %ok126, %write.low123, %write.ok
  %680 = getelementptr i8, i8* %mem, i64 %647
  store i32 %645, i32* %unaligned127, align 4
  %681 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %680, i8* %681, i64 4, i1 false)
  %682 = load i32, i32* %args_out, align 4
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
  ret i32 %682

ok126:                                            ; preds = %write.slow124
  %691 = icmp ult i64 %647, %scratch_start
  %692 = load i64, i64* %lowStart, align 8
  %693 = call i64 @llvm.umin.i64(i64 %692, i64 %647)
  %694 = load i64, i64* %lowEnd, align 8
  %695 = load i64, i64* %highEnd, align 8
  %696 = add i64 %648, 64
  %697 = sub i64 %648, %693
  %698 = lshr i64 %697, 4
  %699 = add i64 %696, %698
  %700 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %699)
  %701 = call i64 @llvm.umax.i64(i64 %694, i64 %700)
  %702 = select i1 %691, i64 %701, i64 %694
  store i64 %702, i64* %lowEnd, align 8
  %703 = add i64 %648, 64
  %704 = sub i64 %648, %scratch_start
  %705 = lshr i64 %704, 4
  %706 = add i64 %703, %705
  %707 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %706)
  %708 = call i64 @llvm.umax.i64(i64 %695, i64 %707)
  %709 = select i1 %691, i64 %695, i64 %708
  store i64 %709, i64* %highEnd, align 8
  store i64 %693, i64* %lowStart, align 8
  br label %write.ok125
}

define internal void @m0.dict.put.Int(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %d.arg, i32 %k.arg, i64 %v.arg) {
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
  %17 = sub i64 %arena_size, 4
  %18 = icmp sgt i64 %16, %17
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
  %36 = sub i64 %arena_size, 4
  %37 = icmp sgt i64 %35, %36
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
  %56 = sub i64 %arena_size, 4
  %57 = icmp sgt i64 %55, %56
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
  %111 = call i1 @llvm.expect.i1(i1 %110, i1 true)
  br i1 %111, label %write.ok, label %write.low

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %112 = load i32, i32* %r, align 4
  %113 = icmp slt i32 %112, 0
  %114 = zext i1 %113 to i32
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %then8, label %else9

write.low:                                        ; preds = %then
  %116 = load i64, i64* %lowStart, align 8
  %117 = icmp uge i64 %105, %116
  %118 = load i64, i64* %lowEnd, align 8
  %119 = icmp ule i64 %106, %118
  %120 = and i1 %117, %119
  %121 = call i1 @llvm.expect.i1(i1 %120, i1 true)
  br i1 %121, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %122 = icmp ugt i64 %106, %arena_size
  br i1 %122, label %trap17.site0, label %ok6

write.ok:                                         ; preds = %ok6, %write.low, %then
  %123 = getelementptr i8, i8* %mem, i64 %105
  store i64 %103, i64* %unaligned7, align 8
  %124 = bitcast i64* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %123, i8* %124, i64 8, i1 false)
  %125 = load i64, i64* %fuel, align 8
  %126 = getelementptr i64, i64* %regs, i64 0
  store i64 %125, i64* %126, align 8
  %127 = load i64, i64* %lowStart, align 8
  %128 = getelementptr i64, i64* %regs, i64 6
  store i64 %127, i64* %128, align 8
  %129 = load i64, i64* %lowEnd, align 8
  %130 = getelementptr i64, i64* %regs, i64 7
  store i64 %129, i64* %130, align 8
  %131 = load i64, i64* %highEnd, align 8
  %132 = getelementptr i64, i64* %regs, i64 8
  store i64 %131, i64* %132, align 8
  ret void

ok6:                                              ; preds = %write.slow
  %133 = icmp ult i64 %105, %scratch_start
  %134 = load i64, i64* %lowStart, align 8
  %135 = call i64 @llvm.umin.i64(i64 %134, i64 %105)
  %136 = load i64, i64* %lowEnd, align 8
  %137 = load i64, i64* %highEnd, align 8
  %138 = add i64 %106, 64
  %139 = sub i64 %106, %135
  %140 = lshr i64 %139, 4
  %141 = add i64 %138, %140
  %142 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %141)
  %143 = call i64 @llvm.umax.i64(i64 %136, i64 %142)
  %144 = select i1 %133, i64 %143, i64 %136
  store i64 %144, i64* %lowEnd, align 8
  %145 = add i64 %106, 64
  %146 = sub i64 %106, %scratch_start
  %147 = lshr i64 %146, 4
  %148 = add i64 %145, %147
  %149 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %148)
  %150 = call i64 @llvm.umax.i64(i64 %137, i64 %149)
  %151 = select i1 %133, i64 %137, i64 %150
  store i64 %151, i64* %highEnd, align 8
  store i64 %135, i64* %lowStart, align 8
  br label %write.ok

dead:                                             ; No predecessors!
  br label %join

then8:                                            ; preds = %join
  %152 = load i32, i32* %mid, align 4
  %153 = add i32 %152, 1
  store i32 %153, i32* %lo, align 4
  br label %join10

else9:                                            ; preds = %join
  %154 = load i32, i32* %mid, align 4
  store i32 %154, i32* %hi, align 4
  br label %join10

join10:                                           ; preds = %else9, %then8
  br label %loop1

dead11:                                           ; No predecessors!
  br label %block0

ok12:                                             ; preds = %block0
  %155 = getelementptr i8, i8* %mem, i64 %35
  %156 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %156, i8* %155, i64 4, i1 false)
  %157 = load i32, i32* %unaligned13, align 4
  store i32 %157, i32* %len, align 4
  %158 = load i32, i32* %d, align 4
  %159 = add i32 %158, 8
  %160 = load i32, i32* %lo, align 4
  %161 = add i32 %160, 1
  %162 = mul i32 %161, 16
  %163 = add i32 %159, %162
  %164 = load i32, i32* %d, align 4
  %165 = add i32 %164, 8
  %166 = load i32, i32* %lo, align 4
  %167 = mul i32 %166, 16
  %168 = add i32 %165, %167
  %169 = load i32, i32* %len, align 4
  %170 = load i32, i32* %lo, align 4
  %171 = sub i32 %169, %170
  %172 = mul i32 %171, 16
  %173 = zext i32 %172 to i64
  %174 = zext i32 %168 to i64
  %175 = add i64 %174, %173
  %176 = icmp ugt i64 %175, %arena_size
  br i1 %176, label %trap17.site0, label %ok14

ok14:                                             ; preds = %ok12
  %177 = zext i32 %163 to i64
  %178 = add i64 %177, %173
  %179 = icmp uge i64 %177, %scratch_start
  %180 = load i64, i64* %highEnd, align 8
  %181 = icmp ule i64 %178, %180
  %182 = and i1 %179, %181
  %183 = call i1 @llvm.expect.i1(i1 %182, i1 true)
  br i1 %183, label %write.ok17, label %write.low15

write.low15:                                      ; preds = %ok14
  %184 = load i64, i64* %lowStart, align 8
  %185 = icmp uge i64 %177, %184
  %186 = load i64, i64* %lowEnd, align 8
  %187 = icmp ule i64 %178, %186
  %188 = and i1 %185, %187
  %189 = call i1 @llvm.expect.i1(i1 %188, i1 true)
  br i1 %189, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %190 = icmp ugt i64 %178, %arena_size
  br i1 %190, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %ok14
  %191 = getelementptr i8, i8* %mem, i64 %177
  %192 = getelementptr i8, i8* %mem, i64 %174
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %191, i8* %192, i64 %173, i1 false)
  %193 = load i32, i32* %d, align 4
  %194 = add i32 %193, 8
  %195 = load i32, i32* %lo, align 4
  %196 = mul i32 %195, 16
  %197 = add i32 %194, %196
  %198 = load i32, i32* %k, align 4
  %199 = zext i32 %197 to i64
  %200 = add i64 %199, 4
  %201 = icmp uge i64 %199, %scratch_start
  %202 = load i64, i64* %highEnd, align 8
  %203 = icmp ule i64 %200, %202
  %204 = and i1 %201, %203
  %205 = call i1 @llvm.expect.i1(i1 %204, i1 true)
  br i1 %205, label %write.ok21, label %write.low19

ok18:                                             ; preds = %write.slow16
  %206 = icmp ult i64 %177, %scratch_start
  %207 = load i64, i64* %lowStart, align 8
  %208 = call i64 @llvm.umin.i64(i64 %207, i64 %177)
  %209 = load i64, i64* %lowEnd, align 8
  %210 = load i64, i64* %highEnd, align 8
  %211 = add i64 %178, 64
  %212 = sub i64 %178, %208
  %213 = lshr i64 %212, 4
  %214 = add i64 %211, %213
  %215 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %214)
  %216 = call i64 @llvm.umax.i64(i64 %209, i64 %215)
  %217 = select i1 %206, i64 %216, i64 %209
  store i64 %217, i64* %lowEnd, align 8
  %218 = add i64 %178, 64
  %219 = sub i64 %178, %scratch_start
  %220 = lshr i64 %219, 4
  %221 = add i64 %218, %220
  %222 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %221)
  %223 = call i64 @llvm.umax.i64(i64 %210, i64 %222)
  %224 = select i1 %206, i64 %210, i64 %223
  store i64 %224, i64* %highEnd, align 8
  store i64 %208, i64* %lowStart, align 8
  br label %write.ok17

write.low19:                                      ; preds = %write.ok17
  %225 = load i64, i64* %lowStart, align 8
  %226 = icmp uge i64 %199, %225
  %227 = load i64, i64* %lowEnd, align 8
  %228 = icmp ule i64 %200, %227
  %229 = and i1 %226, %228
  %230 = call i1 @llvm.expect.i1(i1 %229, i1 true)
  br i1 %230, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %231 = icmp ugt i64 %200, %arena_size
  br i1 %231, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %write.ok17
  %232 = getelementptr i8, i8* %mem, i64 %199
  store i32 %198, i32* %unaligned23, align 4
  %233 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %232, i8* %233, i64 4, i1 false)
  %234 = load i32, i32* %d, align 4
  %235 = add i32 %234, 8
  %236 = load i32, i32* %lo, align 4
  %237 = mul i32 %236, 16
  %238 = add i32 %235, %237
  %239 = load i64, i64* %v, align 8
  %240 = zext i32 %238 to i64
  %241 = add i64 %240, 8
  %242 = add i64 %241, 8
  %243 = icmp uge i64 %241, %scratch_start
  %244 = load i64, i64* %highEnd, align 8
  %245 = icmp ule i64 %242, %244
  %246 = and i1 %243, %245
  %247 = call i1 @llvm.expect.i1(i1 %246, i1 true)
  br i1 %247, label %write.ok26, label %write.low24

ok22:                                             ; preds = %write.slow20
  %248 = icmp ult i64 %199, %scratch_start
  %249 = load i64, i64* %lowStart, align 8
  %250 = call i64 @llvm.umin.i64(i64 %249, i64 %199)
  %251 = load i64, i64* %lowEnd, align 8
  %252 = load i64, i64* %highEnd, align 8
  %253 = add i64 %200, 64
  %254 = sub i64 %200, %250
  %255 = lshr i64 %254, 4
  %256 = add i64 %253, %255
  %257 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %256)
  %258 = call i64 @llvm.umax.i64(i64 %251, i64 %257)
  %259 = select i1 %248, i64 %258, i64 %251
  store i64 %259, i64* %lowEnd, align 8
  %260 = add i64 %200, 64
  %261 = sub i64 %200, %scratch_start
  %262 = lshr i64 %261, 4
  %263 = add i64 %260, %262
  %264 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %263)
  %265 = call i64 @llvm.umax.i64(i64 %252, i64 %264)
  %266 = select i1 %248, i64 %252, i64 %265
  store i64 %266, i64* %highEnd, align 8
  store i64 %250, i64* %lowStart, align 8
  br label %write.ok21

write.low24:                                      ; preds = %write.ok21
  %267 = load i64, i64* %lowStart, align 8
  %268 = icmp uge i64 %241, %267
  %269 = load i64, i64* %lowEnd, align 8
  %270 = icmp ule i64 %242, %269
  %271 = and i1 %268, %270
  %272 = call i1 @llvm.expect.i1(i1 %271, i1 true)
  br i1 %272, label %write.ok26, label %write.slow25

write.slow25:                                     ; preds = %write.low24
  %273 = icmp ugt i64 %242, %arena_size
  br i1 %273, label %trap17.site0, label %ok27

write.ok26:                                       ; preds = %ok27, %write.low24, %write.ok21
  %274 = getelementptr i8, i8* %mem, i64 %241
  store i64 %239, i64* %unaligned28, align 8
  %275 = bitcast i64* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %274, i8* %275, i64 8, i1 false)
  %276 = load i32, i32* %d, align 4
  %277 = load i32, i32* %len, align 4
  %278 = add i32 %277, 1
  %279 = zext i32 %276 to i64
  %280 = add i64 %279, 4
  %281 = icmp uge i64 %279, %scratch_start
  %282 = load i64, i64* %highEnd, align 8
  %283 = icmp ule i64 %280, %282
  %284 = and i1 %281, %283
  %285 = call i1 @llvm.expect.i1(i1 %284, i1 true)
  br i1 %285, label %write.ok31, label %write.low29

ok27:                                             ; preds = %write.slow25
  %286 = icmp ult i64 %241, %scratch_start
  %287 = load i64, i64* %lowStart, align 8
  %288 = call i64 @llvm.umin.i64(i64 %287, i64 %241)
  %289 = load i64, i64* %lowEnd, align 8
  %290 = load i64, i64* %highEnd, align 8
  %291 = add i64 %242, 64
  %292 = sub i64 %242, %288
  %293 = lshr i64 %292, 4
  %294 = add i64 %291, %293
  %295 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %294)
  %296 = call i64 @llvm.umax.i64(i64 %289, i64 %295)
  %297 = select i1 %286, i64 %296, i64 %289
  store i64 %297, i64* %lowEnd, align 8
  %298 = add i64 %242, 64
  %299 = sub i64 %242, %scratch_start
  %300 = lshr i64 %299, 4
  %301 = add i64 %298, %300
  %302 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %301)
  %303 = call i64 @llvm.umax.i64(i64 %290, i64 %302)
  %304 = select i1 %286, i64 %290, i64 %303
  store i64 %304, i64* %highEnd, align 8
  store i64 %288, i64* %lowStart, align 8
  br label %write.ok26

write.low29:                                      ; preds = %write.ok26
  %305 = load i64, i64* %lowStart, align 8
  %306 = icmp uge i64 %279, %305
  %307 = load i64, i64* %lowEnd, align 8
  %308 = icmp ule i64 %280, %307
  %309 = and i1 %306, %308
  %310 = call i1 @llvm.expect.i1(i1 %309, i1 true)
  br i1 %310, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %311 = icmp ugt i64 %280, %arena_size
  br i1 %311, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %write.ok26
  %312 = getelementptr i8, i8* %mem, i64 %279
  store i32 %278, i32* %unaligned33, align 4
  %313 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %312, i8* %313, i64 4, i1 false)
  %314 = load i64, i64* %fuel, align 8
  %315 = getelementptr i64, i64* %regs, i64 0
  store i64 %314, i64* %315, align 8
  %316 = load i64, i64* %lowStart, align 8
  %317 = getelementptr i64, i64* %regs, i64 6
  store i64 %316, i64* %317, align 8
  %318 = load i64, i64* %lowEnd, align 8
  %319 = getelementptr i64, i64* %regs, i64 7
  store i64 %318, i64* %319, align 8
  %320 = load i64, i64* %highEnd, align 8
  %321 = getelementptr i64, i64* %regs, i64 8
  store i64 %320, i64* %321, align 8
  ret void

ok32:                                             ; preds = %write.slow30
  %322 = icmp ult i64 %279, %scratch_start
  %323 = load i64, i64* %lowStart, align 8
  %324 = call i64 @llvm.umin.i64(i64 %323, i64 %279)
  %325 = load i64, i64* %lowEnd, align 8
  %326 = load i64, i64* %highEnd, align 8
  %327 = add i64 %280, 64
  %328 = sub i64 %280, %324
  %329 = lshr i64 %328, 4
  %330 = add i64 %327, %329
  %331 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %330)
  %332 = call i64 @llvm.umax.i64(i64 %325, i64 %331)
  %333 = select i1 %322, i64 %332, i64 %325
  store i64 %333, i64* %lowEnd, align 8
  %334 = add i64 %280, 64
  %335 = sub i64 %280, %scratch_start
  %336 = lshr i64 %335, 4
  %337 = add i64 %334, %336
  %338 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %337)
  %339 = call i64 @llvm.umax.i64(i64 %326, i64 %338)
  %340 = select i1 %322, i64 %326, i64 %339
  store i64 %340, i64* %highEnd, align 8
  store i64 %324, i64* %lowStart, align 8
  br label %write.ok31
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
  %51 = sub i64 %arena_size, 4
  %52 = icmp sgt i64 %50, %51
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
  %64 = sub i64 %arena_size, 12
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow196, %write.ok190, %write.slow189, %block37, %ok177, %cont176, %ok173, %write.slow169, %write.ok162, %write.slow161, %write.slow154, %write.slow149, %write.slow143, %write.slow138, %join132, %write.slow123, %join113, %cont105, %ok101, %e16, %write.slow90, %cont86, %write.slow81, %write.ok69, %write.slow68, %write.slow60, %cont54, %e6, %write.slow46, %cont42, %write.slow37, %write.ok24, %write.slow23, %write.slow17, %cont, %write.slow, %ok6, %ok2, %stack_ok
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
  %98 = sub i64 %arena_size, 4
  %99 = icmp sgt i64 %97, %98
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
  %115 = call i1 @llvm.expect.i1(i1 %114, i1 true)
  br i1 %115, label %write.ok24, label %write.low22

ok8:                                              ; preds = %ok6
  %116 = getelementptr i8, i8* %mem, i64 %97
  %117 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %117, i8* %116, i64 4, i1 false)
  %118 = load i32, i32* %unaligned9, align 4
  store i32 %118, i32* %n, align 4
  %119 = load i32, i32* %n, align 4
  %120 = zext i32 %119 to i64
  %121 = mul i64 %120, 4
  %122 = add i64 4, %121
  store i64 %122, i64* %size, align 8
  %123 = load i64, i64* %size, align 8
  %124 = icmp ugt i64 %123, 2147483647
  %125 = zext i1 %124 to i32
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %then, label %else

then:                                             ; preds = %ok8
  br label %trap15.site5

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %127 = load i64, i64* %size, align 8
  %128 = trunc i64 %127 to i32
  %129 = zext i32 %128 to i64
  %130 = getelementptr i64, i64* %regs, i64 1
  %131 = getelementptr i64, i64* %regs, i64 2
  %132 = load i64, i64* %130, align 8
  %133 = add i64 %132, 3
  %134 = and i64 %133, -4
  %135 = add i64 %134, %129
  %136 = load i64, i64* %131, align 8
  %137 = icmp ugt i64 %135, %136
  br i1 %137, label %trap15.site5, label %ok10

trap15.site5:                                     ; preds = %join, %then
  %138 = load i64, i64* %lowStart, align 8
  %139 = getelementptr i64, i64* %regs, i64 6
  store i64 %138, i64* %139, align 8
  %140 = load i64, i64* %lowEnd, align 8
  %141 = getelementptr i64, i64* %regs, i64 7
  store i64 %140, i64* %141, align 8
  %142 = load i64, i64* %highEnd, align 8
  %143 = getelementptr i64, i64* %regs, i64 8
  store i64 %142, i64* %143, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok10:                                             ; preds = %join
  store i64 %135, i64* %130, align 8
  %144 = load i64, i64* %highEnd, align 8
  %145 = call i64 @llvm.umax.i64(i64 %144, i64 %135)
  store i64 %145, i64* %highEnd, align 8
  %146 = trunc i64 %134 to i32
  store i32 %146, i32* %list, align 4
  %147 = load i32, i32* %list, align 4
  %148 = load i32, i32* %n, align 4
  %149 = zext i32 %147 to i64
  %150 = add i64 %149, 4
  %151 = icmp uge i64 %149, %scratch_start
  %152 = load i64, i64* %highEnd, align 8
  %153 = icmp ule i64 %150, %152
  %154 = and i1 %151, %153
  %155 = call i1 @llvm.expect.i1(i1 %154, i1 true)
  br i1 %155, label %write.ok, label %write.low

write.low:                                        ; preds = %ok10
  %156 = load i64, i64* %lowStart, align 8
  %157 = icmp uge i64 %149, %156
  %158 = load i64, i64* %lowEnd, align 8
  %159 = icmp ule i64 %150, %158
  %160 = and i1 %157, %159
  %161 = call i1 @llvm.expect.i1(i1 %160, i1 true)
  br i1 %161, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %162 = icmp ugt i64 %150, %arena_size
  br i1 %162, label %trap17.site0, label %ok11

write.ok:                                         ; preds = %ok11, %write.low, %ok10
  %163 = getelementptr i8, i8* %mem, i64 %149
  store i32 %148, i32* %unaligned12, align 4
  %164 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %163, i8* %164, i64 4, i1 false)
  store i32 0, i32* %i, align 4
  br label %loop4

ok11:                                             ; preds = %write.slow
  %165 = icmp ult i64 %149, %scratch_start
  %166 = load i64, i64* %lowStart, align 8
  %167 = call i64 @llvm.umin.i64(i64 %166, i64 %149)
  %168 = load i64, i64* %lowEnd, align 8
  %169 = load i64, i64* %highEnd, align 8
  %170 = add i64 %150, 64
  %171 = sub i64 %150, %167
  %172 = lshr i64 %171, 4
  %173 = add i64 %170, %172
  %174 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %173)
  %175 = call i64 @llvm.umax.i64(i64 %168, i64 %174)
  %176 = select i1 %165, i64 %175, i64 %168
  store i64 %176, i64* %lowEnd, align 8
  %177 = add i64 %150, 64
  %178 = sub i64 %150, %scratch_start
  %179 = lshr i64 %178, 4
  %180 = add i64 %177, %179
  %181 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %180)
  %182 = call i64 @llvm.umax.i64(i64 %169, i64 %181)
  %183 = select i1 %165, i64 %169, i64 %182
  store i64 %183, i64* %highEnd, align 8
  store i64 %167, i64* %lowStart, align 8
  br label %write.ok

block3:                                           ; preds = %dead21, %ok13
  %184 = load i32, i32* %list, align 4
  store i32 %184, i32* %result7, align 4
  br label %e1

loop4:                                            ; preds = %write.ok18, %write.ok
  %185 = load i64, i64* %fuel, align 8
  %186 = icmp ult i64 %185, 1
  br i1 %186, label %trap14.site0, label %ok13

ok13:                                             ; preds = %loop4
  %187 = sub i64 %185, 1
  store i64 %187, i64* %fuel, align 8
  %188 = load i32, i32* %i, align 4
  %189 = load i32, i32* %n, align 4
  %190 = icmp uge i32 %188, %189
  %191 = zext i1 %190 to i32
  %192 = icmp ne i32 %191, 0
  br i1 %192, label %block3, label %cont

cont:                                             ; preds = %ok13
  %193 = load i32, i32* %list, align 4
  %194 = load i32, i32* %i, align 4
  %195 = mul i32 %194, 4
  %196 = add i32 %193, %195
  %197 = load i32, i32* %d, align 4
  %198 = load i32, i32* %i, align 4
  %199 = mul i32 %198, 16
  %200 = add i32 %197, %199
  %201 = zext i32 %200 to i64
  %202 = sub i64 %arena_size, 12
  %203 = icmp sgt i64 %201, %202
  br i1 %203, label %trap17.site0, label %ok14

ok14:                                             ; preds = %cont
  %204 = add i64 %201, 8
  %205 = getelementptr i8, i8* %mem, i64 %204
  %206 = bitcast i32* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %206, i8* %205, i64 4, i1 false)
  %207 = load i32, i32* %unaligned15, align 4
  %208 = zext i32 %196 to i64
  %209 = add i64 %208, 4
  %210 = add i64 %209, 4
  %211 = icmp uge i64 %209, %scratch_start
  %212 = load i64, i64* %highEnd, align 8
  %213 = icmp ule i64 %210, %212
  %214 = and i1 %211, %213
  %215 = call i1 @llvm.expect.i1(i1 %214, i1 true)
  br i1 %215, label %write.ok18, label %write.low16

write.low16:                                      ; preds = %ok14
  %216 = load i64, i64* %lowStart, align 8
  %217 = icmp uge i64 %209, %216
  %218 = load i64, i64* %lowEnd, align 8
  %219 = icmp ule i64 %210, %218
  %220 = and i1 %217, %219
  %221 = call i1 @llvm.expect.i1(i1 %220, i1 true)
  br i1 %221, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %222 = icmp ugt i64 %210, %arena_size
  br i1 %222, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %ok14
  %223 = getelementptr i8, i8* %mem, i64 %209
  store i32 %207, i32* %unaligned20, align 4
  %224 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %223, i8* %224, i64 4, i1 false)
  %225 = load i32, i32* %i, align 4
  %226 = add i32 %225, 1
  store i32 %226, i32* %i, align 4
  br label %loop4

ok19:                                             ; preds = %write.slow17
  %227 = icmp ult i64 %209, %scratch_start
  %228 = load i64, i64* %lowStart, align 8
  %229 = call i64 @llvm.umin.i64(i64 %228, i64 %209)
  %230 = load i64, i64* %lowEnd, align 8
  %231 = load i64, i64* %highEnd, align 8
  %232 = add i64 %210, 64
  %233 = sub i64 %210, %229
  %234 = lshr i64 %233, 4
  %235 = add i64 %232, %234
  %236 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %235)
  %237 = call i64 @llvm.umax.i64(i64 %230, i64 %236)
  %238 = select i1 %227, i64 %237, i64 %230
  store i64 %238, i64* %lowEnd, align 8
  %239 = add i64 %210, 64
  %240 = sub i64 %210, %scratch_start
  %241 = lshr i64 %240, 4
  %242 = add i64 %239, %241
  %243 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %242)
  %244 = call i64 @llvm.umax.i64(i64 %231, i64 %243)
  %245 = select i1 %227, i64 %231, i64 %244
  store i64 %245, i64* %highEnd, align 8
  store i64 %229, i64* %lowStart, align 8
  br label %write.ok18

dead21:                                           ; No predecessors!
  br label %block3

write.low22:                                      ; preds = %e1
  %246 = load i64, i64* %lowStart, align 8
  %247 = icmp uge i64 %109, %246
  %248 = load i64, i64* %lowEnd, align 8
  %249 = icmp ule i64 %110, %248
  %250 = and i1 %247, %249
  %251 = call i1 @llvm.expect.i1(i1 %250, i1 true)
  br i1 %251, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %252 = icmp ugt i64 %110, %arena_size
  br i1 %252, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %e1
  %253 = getelementptr i8, i8* %mem, i64 %109
  store i32 %108, i32* %unaligned26, align 4
  %254 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %253, i8* %254, i64 4, i1 false)
  %255 = load i32, i32* %prices, align 4
  store i32 %255, i32* %d.1, align 4
  %256 = load i32, i32* %d.1, align 4
  %257 = zext i32 %256 to i64
  %258 = sub i64 %arena_size, 4
  %259 = icmp sgt i64 %257, %258
  br i1 %259, label %trap17.site0, label %ok29

ok25:                                             ; preds = %write.slow23
  %260 = icmp ult i64 %109, %scratch_start
  %261 = load i64, i64* %lowStart, align 8
  %262 = call i64 @llvm.umin.i64(i64 %261, i64 %109)
  %263 = load i64, i64* %lowEnd, align 8
  %264 = load i64, i64* %highEnd, align 8
  %265 = add i64 %110, 64
  %266 = sub i64 %110, %262
  %267 = lshr i64 %266, 4
  %268 = add i64 %265, %267
  %269 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %268)
  %270 = call i64 @llvm.umax.i64(i64 %263, i64 %269)
  %271 = select i1 %260, i64 %270, i64 %263
  store i64 %271, i64* %lowEnd, align 8
  %272 = add i64 %110, 64
  %273 = sub i64 %110, %scratch_start
  %274 = lshr i64 %273, 4
  %275 = add i64 %272, %274
  %276 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %275)
  %277 = call i64 @llvm.umax.i64(i64 %264, i64 %276)
  %278 = select i1 %260, i64 %264, i64 %277
  store i64 %278, i64* %highEnd, align 8
  store i64 %262, i64* %lowStart, align 8
  br label %write.ok24

e5:                                               ; preds = %block10
  %279 = load i64, i64* %result27, align 8
  store i64 %279, i64* %total, align 8
  %280 = load i32, i32* %dict, align 4
  %281 = load i64, i64* %total, align 8
  %282 = zext i32 %280 to i64
  %283 = add i64 %282, 8
  %284 = add i64 %283, 8
  %285 = icmp uge i64 %283, %scratch_start
  %286 = load i64, i64* %highEnd, align 8
  %287 = icmp ule i64 %284, %286
  %288 = and i1 %285, %287
  %289 = call i1 @llvm.expect.i1(i1 %288, i1 true)
  br i1 %289, label %write.ok61, label %write.low59

e6:                                               ; preds = %block8
  %290 = load i32, i32* %result28, align 4
  store i32 %290, i32* %xs, align 4
  store i64 0, i64* %sum, align 8
  %291 = load i32, i32* %xs, align 4
  %292 = zext i32 %291 to i64
  %293 = sub i64 %arena_size, 4
  %294 = icmp sgt i64 %292, %293
  br i1 %294, label %trap17.site0, label %ok51

ok29:                                             ; preds = %write.ok24
  %295 = getelementptr i8, i8* %mem, i64 %257
  %296 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %296, i8* %295, i64 4, i1 false)
  %297 = load i32, i32* %unaligned30, align 4
  store i32 %297, i32* %n.1, align 4
  %298 = load i32, i32* %n.1, align 4
  %299 = zext i32 %298 to i64
  %300 = mul i64 %299, 8
  %301 = add i64 8, %300
  store i64 %301, i64* %size.1, align 8
  %302 = load i64, i64* %size.1, align 8
  %303 = icmp ugt i64 %302, 2147483647
  %304 = zext i1 %303 to i32
  %305 = icmp ne i32 %304, 0
  br i1 %305, label %then31, label %else32

then31:                                           ; preds = %ok29
  br label %trap15.site7

else32:                                           ; preds = %ok29
  br label %join33

join33:                                           ; preds = %else32, %dead34
  %306 = load i64, i64* %size.1, align 8
  %307 = trunc i64 %306 to i32
  %308 = zext i32 %307 to i64
  %309 = getelementptr i64, i64* %regs, i64 1
  %310 = getelementptr i64, i64* %regs, i64 2
  %311 = load i64, i64* %309, align 8
  %312 = add i64 %311, 7
  %313 = and i64 %312, -8
  %314 = add i64 %313, %308
  %315 = load i64, i64* %310, align 8
  %316 = icmp ugt i64 %314, %315
  br i1 %316, label %trap15.site7, label %ok35

trap15.site7:                                     ; preds = %join33, %then31
  %317 = load i64, i64* %lowStart, align 8
  %318 = getelementptr i64, i64* %regs, i64 6
  store i64 %317, i64* %318, align 8
  %319 = load i64, i64* %lowEnd, align 8
  %320 = getelementptr i64, i64* %regs, i64 7
  store i64 %319, i64* %320, align 8
  %321 = load i64, i64* %highEnd, align 8
  %322 = getelementptr i64, i64* %regs, i64 8
  store i64 %321, i64* %322, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead34:                                           ; No predecessors!
  br label %join33

ok35:                                             ; preds = %join33
  store i64 %314, i64* %309, align 8
  %323 = load i64, i64* %highEnd, align 8
  %324 = call i64 @llvm.umax.i64(i64 %323, i64 %314)
  store i64 %324, i64* %highEnd, align 8
  %325 = trunc i64 %313 to i32
  store i32 %325, i32* %list.1, align 4
  %326 = load i32, i32* %list.1, align 4
  %327 = load i32, i32* %n.1, align 4
  %328 = zext i32 %326 to i64
  %329 = add i64 %328, 4
  %330 = icmp uge i64 %328, %scratch_start
  %331 = load i64, i64* %highEnd, align 8
  %332 = icmp ule i64 %329, %331
  %333 = and i1 %330, %332
  %334 = call i1 @llvm.expect.i1(i1 %333, i1 true)
  br i1 %334, label %write.ok38, label %write.low36

write.low36:                                      ; preds = %ok35
  %335 = load i64, i64* %lowStart, align 8
  %336 = icmp uge i64 %328, %335
  %337 = load i64, i64* %lowEnd, align 8
  %338 = icmp ule i64 %329, %337
  %339 = and i1 %336, %338
  %340 = call i1 @llvm.expect.i1(i1 %339, i1 true)
  br i1 %340, label %write.ok38, label %write.slow37

write.slow37:                                     ; preds = %write.low36
  %341 = icmp ugt i64 %329, %arena_size
  br i1 %341, label %trap17.site0, label %ok39

write.ok38:                                       ; preds = %ok39, %write.low36, %ok35
  %342 = getelementptr i8, i8* %mem, i64 %328
  store i32 %327, i32* %unaligned40, align 4
  %343 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %342, i8* %343, i64 4, i1 false)
  store i32 0, i32* %i.1, align 4
  br label %loop9

ok39:                                             ; preds = %write.slow37
  %344 = icmp ult i64 %328, %scratch_start
  %345 = load i64, i64* %lowStart, align 8
  %346 = call i64 @llvm.umin.i64(i64 %345, i64 %328)
  %347 = load i64, i64* %lowEnd, align 8
  %348 = load i64, i64* %highEnd, align 8
  %349 = add i64 %329, 64
  %350 = sub i64 %329, %346
  %351 = lshr i64 %350, 4
  %352 = add i64 %349, %351
  %353 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %352)
  %354 = call i64 @llvm.umax.i64(i64 %347, i64 %353)
  %355 = select i1 %344, i64 %354, i64 %347
  store i64 %355, i64* %lowEnd, align 8
  %356 = add i64 %329, 64
  %357 = sub i64 %329, %scratch_start
  %358 = lshr i64 %357, 4
  %359 = add i64 %356, %358
  %360 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %359)
  %361 = call i64 @llvm.umax.i64(i64 %348, i64 %360)
  %362 = select i1 %344, i64 %348, i64 %361
  store i64 %362, i64* %highEnd, align 8
  store i64 %346, i64* %lowStart, align 8
  br label %write.ok38

block8:                                           ; preds = %dead50, %ok41
  %363 = load i32, i32* %list.1, align 4
  store i32 %363, i32* %result28, align 4
  br label %e6

loop9:                                            ; preds = %write.ok47, %write.ok38
  %364 = load i64, i64* %fuel, align 8
  %365 = icmp ult i64 %364, 1
  br i1 %365, label %trap14.site0, label %ok41

ok41:                                             ; preds = %loop9
  %366 = sub i64 %364, 1
  store i64 %366, i64* %fuel, align 8
  %367 = load i32, i32* %i.1, align 4
  %368 = load i32, i32* %n.1, align 4
  %369 = icmp uge i32 %367, %368
  %370 = zext i1 %369 to i32
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %block8, label %cont42

cont42:                                           ; preds = %ok41
  %372 = load i32, i32* %list.1, align 4
  %373 = load i32, i32* %i.1, align 4
  %374 = mul i32 %373, 8
  %375 = add i32 %372, %374
  %376 = load i32, i32* %d.1, align 4
  %377 = load i32, i32* %i.1, align 4
  %378 = mul i32 %377, 16
  %379 = add i32 %376, %378
  %380 = zext i32 %379 to i64
  %381 = sub i64 %arena_size, 24
  %382 = icmp sgt i64 %380, %381
  br i1 %382, label %trap17.site0, label %ok43

ok43:                                             ; preds = %cont42
  %383 = add i64 %380, 16
  %384 = getelementptr i8, i8* %mem, i64 %383
  %385 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %385, i8* %384, i64 8, i1 false)
  %386 = load i64, i64* %unaligned44, align 8
  %387 = zext i32 %375 to i64
  %388 = add i64 %387, 8
  %389 = add i64 %388, 8
  %390 = icmp uge i64 %388, %scratch_start
  %391 = load i64, i64* %highEnd, align 8
  %392 = icmp ule i64 %389, %391
  %393 = and i1 %390, %392
  %394 = call i1 @llvm.expect.i1(i1 %393, i1 true)
  br i1 %394, label %write.ok47, label %write.low45

write.low45:                                      ; preds = %ok43
  %395 = load i64, i64* %lowStart, align 8
  %396 = icmp uge i64 %388, %395
  %397 = load i64, i64* %lowEnd, align 8
  %398 = icmp ule i64 %389, %397
  %399 = and i1 %396, %398
  %400 = call i1 @llvm.expect.i1(i1 %399, i1 true)
  br i1 %400, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %401 = icmp ugt i64 %389, %arena_size
  br i1 %401, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %ok43
  %402 = getelementptr i8, i8* %mem, i64 %388
  store i64 %386, i64* %unaligned49, align 8
  %403 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %402, i8* %403, i64 8, i1 false)
  %404 = load i32, i32* %i.1, align 4
  %405 = add i32 %404, 1
  store i32 %405, i32* %i.1, align 4
  br label %loop9

ok48:                                             ; preds = %write.slow46
  %406 = icmp ult i64 %388, %scratch_start
  %407 = load i64, i64* %lowStart, align 8
  %408 = call i64 @llvm.umin.i64(i64 %407, i64 %388)
  %409 = load i64, i64* %lowEnd, align 8
  %410 = load i64, i64* %highEnd, align 8
  %411 = add i64 %389, 64
  %412 = sub i64 %389, %408
  %413 = lshr i64 %412, 4
  %414 = add i64 %411, %413
  %415 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %414)
  %416 = call i64 @llvm.umax.i64(i64 %409, i64 %415)
  %417 = select i1 %406, i64 %416, i64 %409
  store i64 %417, i64* %lowEnd, align 8
  %418 = add i64 %389, 64
  %419 = sub i64 %389, %scratch_start
  %420 = lshr i64 %419, 4
  %421 = add i64 %418, %420
  %422 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %421)
  %423 = call i64 @llvm.umax.i64(i64 %410, i64 %422)
  %424 = select i1 %406, i64 %410, i64 %423
  store i64 %424, i64* %highEnd, align 8
  store i64 %408, i64* %lowStart, align 8
  br label %write.ok47

dead50:                                           ; No predecessors!
  br label %block8

ok51:                                             ; preds = %e6
  %425 = getelementptr i8, i8* %mem, i64 %292
  %426 = bitcast i32* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %426, i8* %425, i64 4, i1 false)
  %427 = load i32, i32* %unaligned52, align 4
  store i32 %427, i32* %n.2, align 4
  store i32 0, i32* %k, align 4
  br label %each11

block10:                                          ; preds = %dead58, %ok53
  %428 = load i64, i64* %sum, align 8
  store i64 %428, i64* %result27, align 8
  br label %e5

each11:                                           ; preds = %ok57, %ok51
  %429 = load i64, i64* %fuel, align 8
  %430 = icmp ult i64 %429, 1
  br i1 %430, label %trap14.site0, label %ok53

ok53:                                             ; preds = %each11
  %431 = sub i64 %429, 1
  store i64 %431, i64* %fuel, align 8
  %432 = load i32, i32* %k, align 4
  %433 = load i32, i32* %n.2, align 4
  %434 = icmp uge i32 %432, %433
  %435 = zext i1 %434 to i32
  %436 = icmp ne i32 %435, 0
  br i1 %436, label %block10, label %cont54

cont54:                                           ; preds = %ok53
  %437 = load i32, i32* %xs, align 4
  %438 = load i32, i32* %k, align 4
  %439 = mul i32 %438, 8
  %440 = add i32 %437, %439
  %441 = zext i32 %440 to i64
  %442 = sub i64 %arena_size, 16
  %443 = icmp sgt i64 %441, %442
  br i1 %443, label %trap17.site0, label %ok55

ok55:                                             ; preds = %cont54
  %444 = add i64 %441, 8
  %445 = getelementptr i8, i8* %mem, i64 %444
  %446 = bitcast i64* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %446, i8* %445, i64 8, i1 false)
  %447 = load i64, i64* %unaligned56, align 8
  store i64 %447, i64* %x, align 8
  %448 = load i64, i64* %sum, align 8
  %449 = load i64, i64* %x, align 8
  %450 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %448, i64 %449)
  %451 = extractvalue { i64, i1 } %450, 1
  br i1 %451, label %trap2.site6, label %ok57

ok57:                                             ; preds = %ok55
  %452 = extractvalue { i64, i1 } %450, 0
  store i64 %452, i64* %sum, align 8
  %453 = load i32, i32* %k, align 4
  %454 = add i32 %453, 1
  store i32 %454, i32* %k, align 4
  br label %each11

trap2.site6:                                      ; preds = %ok55
  %455 = load i64, i64* %lowStart, align 8
  %456 = getelementptr i64, i64* %regs, i64 6
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %lowEnd, align 8
  %458 = getelementptr i64, i64* %regs, i64 7
  store i64 %457, i64* %458, align 8
  %459 = load i64, i64* %highEnd, align 8
  %460 = getelementptr i64, i64* %regs, i64 8
  store i64 %459, i64* %460, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

dead58:                                           ; No predecessors!
  br label %block10

write.low59:                                      ; preds = %e5
  %461 = load i64, i64* %lowStart, align 8
  %462 = icmp uge i64 %283, %461
  %463 = load i64, i64* %lowEnd, align 8
  %464 = icmp ule i64 %284, %463
  %465 = and i1 %462, %464
  %466 = call i1 @llvm.expect.i1(i1 %465, i1 true)
  br i1 %466, label %write.ok61, label %write.slow60

write.slow60:                                     ; preds = %write.low59
  %467 = icmp ugt i64 %284, %arena_size
  br i1 %467, label %trap17.site0, label %ok62

write.ok61:                                       ; preds = %ok62, %write.low59, %e5
  %468 = getelementptr i8, i8* %mem, i64 %283
  store i64 %281, i64* %unaligned63, align 8
  %469 = bitcast i64* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %468, i8* %469, i64 8, i1 false)
  %470 = load i32, i32* %prices, align 4
  store i32 %470, i32* %d.2, align 4
  %471 = load i32, i32* %wanted, align 4
  store i32 %471, i32* %k.1, align 4
  %472 = load i32, i32* %d.2, align 4
  %473 = load i32, i32* %k.1, align 4
  %474 = icmp uge i32 %depth, 1000
  br i1 %474, label %trap15.site8, label %ok65

ok62:                                             ; preds = %write.slow60
  %475 = icmp ult i64 %283, %scratch_start
  %476 = load i64, i64* %lowStart, align 8
  %477 = call i64 @llvm.umin.i64(i64 %476, i64 %283)
  %478 = load i64, i64* %lowEnd, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = add i64 %284, 64
  %481 = sub i64 %284, %477
  %482 = lshr i64 %481, 4
  %483 = add i64 %480, %482
  %484 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %483)
  %485 = call i64 @llvm.umax.i64(i64 %478, i64 %484)
  %486 = select i1 %475, i64 %485, i64 %478
  store i64 %486, i64* %lowEnd, align 8
  %487 = add i64 %284, 64
  %488 = sub i64 %284, %scratch_start
  %489 = lshr i64 %488, 4
  %490 = add i64 %487, %489
  %491 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %490)
  %492 = call i64 @llvm.umax.i64(i64 %479, i64 %491)
  %493 = select i1 %475, i64 %479, i64 %492
  store i64 %493, i64* %highEnd, align 8
  store i64 %477, i64* %lowStart, align 8
  br label %write.ok61

e12:                                              ; preds = %stack_ok66
  %494 = load i32, i32* %result64, align 4
  store i32 %494, i32* %has_wanted, align 4
  %495 = load i32, i32* %dict, align 4
  %496 = load i32, i32* %has_wanted, align 4
  %497 = zext i32 %495 to i64
  %498 = add i64 %497, 16
  %499 = add i64 %498, 1
  %500 = icmp uge i64 %498, %scratch_start
  %501 = load i64, i64* %highEnd, align 8
  %502 = icmp ule i64 %499, %501
  %503 = and i1 %500, %502
  %504 = call i1 @llvm.expect.i1(i1 %503, i1 true)
  br i1 %504, label %write.ok69, label %write.low67

ok65:                                             ; preds = %write.ok61
  %505 = icmp ult i64 %10, %stack_limit
  br i1 %505, label %trap253.site0, label %stack_ok66

trap15.site8:                                     ; preds = %write.ok61
  %506 = load i64, i64* %lowStart, align 8
  %507 = getelementptr i64, i64* %regs, i64 6
  store i64 %506, i64* %507, align 8
  %508 = load i64, i64* %lowEnd, align 8
  %509 = getelementptr i64, i64* %regs, i64 7
  store i64 %508, i64* %509, align 8
  %510 = load i64, i64* %highEnd, align 8
  %511 = getelementptr i64, i64* %regs, i64 8
  store i64 %510, i64* %511, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok66:                                       ; preds = %ok65
  %512 = load i64, i64* %fuel, align 8
  %513 = getelementptr i64, i64* %regs, i64 0
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowStart, align 8
  %515 = getelementptr i64, i64* %regs, i64 6
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %lowEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 7
  store i64 %516, i64* %517, align 8
  %518 = load i64, i64* %highEnd, align 8
  %519 = getelementptr i64, i64* %regs, i64 8
  store i64 %518, i64* %519, align 8
  %520 = add i32 %depth, 1
  %521 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %520, i32 %472, i32 %473, i32 8, i32 16)
  %522 = getelementptr i64, i64* %regs, i64 0
  %523 = load i64, i64* %522, align 8
  store i64 %523, i64* %fuel, align 8
  %524 = getelementptr i64, i64* %regs, i64 6
  %525 = load i64, i64* %524, align 8
  store i64 %525, i64* %lowStart, align 8
  %526 = getelementptr i64, i64* %regs, i64 7
  %527 = load i64, i64* %526, align 8
  store i64 %527, i64* %lowEnd, align 8
  %528 = getelementptr i64, i64* %regs, i64 8
  %529 = load i64, i64* %528, align 8
  store i64 %529, i64* %highEnd, align 8
  %530 = icmp sge i32 %521, 0
  %531 = zext i1 %530 to i32
  store i32 %531, i32* %result64, align 4
  br label %e12

write.low67:                                      ; preds = %e12
  %532 = load i64, i64* %lowStart, align 8
  %533 = icmp uge i64 %498, %532
  %534 = load i64, i64* %lowEnd, align 8
  %535 = icmp ule i64 %499, %534
  %536 = and i1 %533, %535
  %537 = call i1 @llvm.expect.i1(i1 %536, i1 true)
  br i1 %537, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %538 = icmp ugt i64 %499, %arena_size
  br i1 %538, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %e12
  %539 = getelementptr i8, i8* %mem, i64 %498
  %540 = trunc i32 %496 to i8
  store i8 %540, i8* %539, align 1
  %541 = load i32, i32* %prices, align 4
  store i32 %541, i32* %d.3, align 4
  %542 = load i32, i32* %d.3, align 4
  %543 = zext i32 %542 to i64
  %544 = sub i64 %arena_size, 4
  %545 = icmp sgt i64 %543, %544
  br i1 %545, label %trap17.site0, label %ok73

ok70:                                             ; preds = %write.slow68
  %546 = icmp ult i64 %498, %scratch_start
  %547 = load i64, i64* %lowStart, align 8
  %548 = call i64 @llvm.umin.i64(i64 %547, i64 %498)
  %549 = load i64, i64* %lowEnd, align 8
  %550 = load i64, i64* %highEnd, align 8
  %551 = add i64 %499, 64
  %552 = sub i64 %499, %548
  %553 = lshr i64 %552, 4
  %554 = add i64 %551, %553
  %555 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %554)
  %556 = call i64 @llvm.umax.i64(i64 %549, i64 %555)
  %557 = select i1 %546, i64 %556, i64 %549
  store i64 %557, i64* %lowEnd, align 8
  %558 = add i64 %499, 64
  %559 = sub i64 %499, %scratch_start
  %560 = lshr i64 %559, 4
  %561 = add i64 %558, %560
  %562 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %561)
  %563 = call i64 @llvm.umax.i64(i64 %550, i64 %562)
  %564 = select i1 %546, i64 %550, i64 %563
  store i64 %564, i64* %highEnd, align 8
  store i64 %548, i64* %lowStart, align 8
  br label %write.ok69

e15:                                              ; preds = %write.ok150
  %565 = load i32, i32* %result71, align 4
  store i32 %565, i32* %doubled, align 4
  %566 = load i32, i32* %dict, align 4
  %567 = load i32, i32* %doubled, align 4
  %568 = zext i32 %566 to i64
  %569 = add i64 %568, 20
  %570 = add i64 %569, 4
  %571 = icmp uge i64 %569, %scratch_start
  %572 = load i64, i64* %highEnd, align 8
  %573 = icmp ule i64 %570, %572
  %574 = and i1 %571, %573
  %575 = call i1 @llvm.expect.i1(i1 %574, i1 true)
  br i1 %575, label %write.ok155, label %write.low153

e16:                                              ; preds = %block18
  %576 = load i32, i32* %result72, align 4
  store i32 %576, i32* %xs.1, align 4
  %577 = load i32, i32* %xs.1, align 4
  %578 = zext i32 %577 to i64
  %579 = sub i64 %arena_size, 4
  %580 = icmp sgt i64 %578, %579
  br i1 %580, label %trap17.site0, label %ok95

ok73:                                             ; preds = %write.ok69
  %581 = getelementptr i8, i8* %mem, i64 %543
  %582 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %582, i8* %581, i64 4, i1 false)
  %583 = load i32, i32* %unaligned74, align 4
  store i32 %583, i32* %n.3, align 4
  %584 = load i32, i32* %n.3, align 4
  %585 = zext i32 %584 to i64
  %586 = mul i64 %585, 4
  %587 = add i64 4, %586
  store i64 %587, i64* %size.2, align 8
  %588 = load i64, i64* %size.2, align 8
  %589 = icmp ugt i64 %588, 2147483647
  %590 = zext i1 %589 to i32
  %591 = icmp ne i32 %590, 0
  br i1 %591, label %then75, label %else76

then75:                                           ; preds = %ok73
  br label %trap15.site9

else76:                                           ; preds = %ok73
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %592 = load i64, i64* %size.2, align 8
  %593 = trunc i64 %592 to i32
  %594 = zext i32 %593 to i64
  %595 = getelementptr i64, i64* %regs, i64 1
  %596 = getelementptr i64, i64* %regs, i64 2
  %597 = load i64, i64* %595, align 8
  %598 = add i64 %597, 3
  %599 = and i64 %598, -4
  %600 = add i64 %599, %594
  %601 = load i64, i64* %596, align 8
  %602 = icmp ugt i64 %600, %601
  br i1 %602, label %trap15.site9, label %ok79

trap15.site9:                                     ; preds = %join77, %then75
  %603 = load i64, i64* %lowStart, align 8
  %604 = getelementptr i64, i64* %regs, i64 6
  store i64 %603, i64* %604, align 8
  %605 = load i64, i64* %lowEnd, align 8
  %606 = getelementptr i64, i64* %regs, i64 7
  store i64 %605, i64* %606, align 8
  %607 = load i64, i64* %highEnd, align 8
  %608 = getelementptr i64, i64* %regs, i64 8
  store i64 %607, i64* %608, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %600, i64* %595, align 8
  %609 = load i64, i64* %highEnd, align 8
  %610 = call i64 @llvm.umax.i64(i64 %609, i64 %600)
  store i64 %610, i64* %highEnd, align 8
  %611 = trunc i64 %599 to i32
  store i32 %611, i32* %list.2, align 4
  %612 = load i32, i32* %list.2, align 4
  %613 = load i32, i32* %n.3, align 4
  %614 = zext i32 %612 to i64
  %615 = add i64 %614, 4
  %616 = icmp uge i64 %614, %scratch_start
  %617 = load i64, i64* %highEnd, align 8
  %618 = icmp ule i64 %615, %617
  %619 = and i1 %616, %618
  %620 = call i1 @llvm.expect.i1(i1 %619, i1 true)
  br i1 %620, label %write.ok82, label %write.low80

write.low80:                                      ; preds = %ok79
  %621 = load i64, i64* %lowStart, align 8
  %622 = icmp uge i64 %614, %621
  %623 = load i64, i64* %lowEnd, align 8
  %624 = icmp ule i64 %615, %623
  %625 = and i1 %622, %624
  %626 = call i1 @llvm.expect.i1(i1 %625, i1 true)
  br i1 %626, label %write.ok82, label %write.slow81

write.slow81:                                     ; preds = %write.low80
  %627 = icmp ugt i64 %615, %arena_size
  br i1 %627, label %trap17.site0, label %ok83

write.ok82:                                       ; preds = %ok83, %write.low80, %ok79
  %628 = getelementptr i8, i8* %mem, i64 %614
  store i32 %613, i32* %unaligned84, align 4
  %629 = bitcast i32* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %628, i8* %629, i64 4, i1 false)
  store i32 0, i32* %i.2, align 4
  br label %loop19

ok83:                                             ; preds = %write.slow81
  %630 = icmp ult i64 %614, %scratch_start
  %631 = load i64, i64* %lowStart, align 8
  %632 = call i64 @llvm.umin.i64(i64 %631, i64 %614)
  %633 = load i64, i64* %lowEnd, align 8
  %634 = load i64, i64* %highEnd, align 8
  %635 = add i64 %615, 64
  %636 = sub i64 %615, %632
  %637 = lshr i64 %636, 4
  %638 = add i64 %635, %637
  %639 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %638)
  %640 = call i64 @llvm.umax.i64(i64 %633, i64 %639)
  %641 = select i1 %630, i64 %640, i64 %633
  store i64 %641, i64* %lowEnd, align 8
  %642 = add i64 %615, 64
  %643 = sub i64 %615, %scratch_start
  %644 = lshr i64 %643, 4
  %645 = add i64 %642, %644
  %646 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %645)
  %647 = call i64 @llvm.umax.i64(i64 %634, i64 %646)
  %648 = select i1 %630, i64 %634, i64 %647
  store i64 %648, i64* %highEnd, align 8
  store i64 %632, i64* %lowStart, align 8
  br label %write.ok82

block18:                                          ; preds = %dead94, %ok85
  %649 = load i32, i32* %list.2, align 4
  store i32 %649, i32* %result72, align 4
  br label %e16

loop19:                                           ; preds = %write.ok91, %write.ok82
  %650 = load i64, i64* %fuel, align 8
  %651 = icmp ult i64 %650, 1
  br i1 %651, label %trap14.site0, label %ok85

ok85:                                             ; preds = %loop19
  %652 = sub i64 %650, 1
  store i64 %652, i64* %fuel, align 8
  %653 = load i32, i32* %i.2, align 4
  %654 = load i32, i32* %n.3, align 4
  %655 = icmp uge i32 %653, %654
  %656 = zext i1 %655 to i32
  %657 = icmp ne i32 %656, 0
  br i1 %657, label %block18, label %cont86

cont86:                                           ; preds = %ok85
  %658 = load i32, i32* %list.2, align 4
  %659 = load i32, i32* %i.2, align 4
  %660 = mul i32 %659, 4
  %661 = add i32 %658, %660
  %662 = load i32, i32* %d.3, align 4
  %663 = load i32, i32* %i.2, align 4
  %664 = mul i32 %663, 16
  %665 = add i32 %662, %664
  %666 = zext i32 %665 to i64
  %667 = sub i64 %arena_size, 12
  %668 = icmp sgt i64 %666, %667
  br i1 %668, label %trap17.site0, label %ok87

ok87:                                             ; preds = %cont86
  %669 = add i64 %666, 8
  %670 = getelementptr i8, i8* %mem, i64 %669
  %671 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %671, i8* %670, i64 4, i1 false)
  %672 = load i32, i32* %unaligned88, align 4
  %673 = zext i32 %661 to i64
  %674 = add i64 %673, 4
  %675 = add i64 %674, 4
  %676 = icmp uge i64 %674, %scratch_start
  %677 = load i64, i64* %highEnd, align 8
  %678 = icmp ule i64 %675, %677
  %679 = and i1 %676, %678
  %680 = call i1 @llvm.expect.i1(i1 %679, i1 true)
  br i1 %680, label %write.ok91, label %write.low89

write.low89:                                      ; preds = %ok87
  %681 = load i64, i64* %lowStart, align 8
  %682 = icmp uge i64 %674, %681
  %683 = load i64, i64* %lowEnd, align 8
  %684 = icmp ule i64 %675, %683
  %685 = and i1 %682, %684
  %686 = call i1 @llvm.expect.i1(i1 %685, i1 true)
  br i1 %686, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %687 = icmp ugt i64 %675, %arena_size
  br i1 %687, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %ok87
  %688 = getelementptr i8, i8* %mem, i64 %674
  store i32 %672, i32* %unaligned93, align 4
  %689 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %688, i8* %689, i64 4, i1 false)
  %690 = load i32, i32* %i.2, align 4
  %691 = add i32 %690, 1
  store i32 %691, i32* %i.2, align 4
  br label %loop19

ok92:                                             ; preds = %write.slow90
  %692 = icmp ult i64 %674, %scratch_start
  %693 = load i64, i64* %lowStart, align 8
  %694 = call i64 @llvm.umin.i64(i64 %693, i64 %674)
  %695 = load i64, i64* %lowEnd, align 8
  %696 = load i64, i64* %highEnd, align 8
  %697 = add i64 %675, 64
  %698 = sub i64 %675, %694
  %699 = lshr i64 %698, 4
  %700 = add i64 %697, %699
  %701 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %700)
  %702 = call i64 @llvm.umax.i64(i64 %695, i64 %701)
  %703 = select i1 %692, i64 %702, i64 %695
  store i64 %703, i64* %lowEnd, align 8
  %704 = add i64 %675, 64
  %705 = sub i64 %675, %scratch_start
  %706 = lshr i64 %705, 4
  %707 = add i64 %704, %706
  %708 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %707)
  %709 = call i64 @llvm.umax.i64(i64 %696, i64 %708)
  %710 = select i1 %692, i64 %696, i64 %709
  store i64 %710, i64* %highEnd, align 8
  store i64 %694, i64* %lowStart, align 8
  br label %write.ok91

dead94:                                           ; No predecessors!
  br label %block18

ok95:                                             ; preds = %e16
  %711 = getelementptr i8, i8* %mem, i64 %578
  %712 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %712, i8* %711, i64 4, i1 false)
  %713 = load i32, i32* %unaligned96, align 4
  %714 = zext i32 %713 to i64
  %715 = mul i64 %714, 4
  %716 = add i64 4, %715
  store i64 %716, i64* %size.3, align 8
  %717 = load i64, i64* %size.3, align 8
  %718 = icmp ugt i64 %717, 2147483647
  %719 = zext i1 %718 to i32
  %720 = icmp ne i32 %719, 0
  br i1 %720, label %then97, label %else98

then97:                                           ; preds = %ok95
  br label %trap15.site10

else98:                                           ; preds = %ok95
  br label %join99

join99:                                           ; preds = %else98, %dead100
  %721 = load i64, i64* %size.3, align 8
  %722 = trunc i64 %721 to i32
  %723 = zext i32 %722 to i64
  %724 = getelementptr i64, i64* %regs, i64 1
  %725 = getelementptr i64, i64* %regs, i64 2
  %726 = load i64, i64* %724, align 8
  %727 = add i64 %726, 3
  %728 = and i64 %727, -4
  %729 = add i64 %728, %723
  %730 = load i64, i64* %725, align 8
  %731 = icmp ugt i64 %729, %730
  br i1 %731, label %trap15.site10, label %ok101

trap15.site10:                                    ; preds = %join99, %then97
  %732 = load i64, i64* %lowStart, align 8
  %733 = getelementptr i64, i64* %regs, i64 6
  store i64 %732, i64* %733, align 8
  %734 = load i64, i64* %lowEnd, align 8
  %735 = getelementptr i64, i64* %regs, i64 7
  store i64 %734, i64* %735, align 8
  %736 = load i64, i64* %highEnd, align 8
  %737 = getelementptr i64, i64* %regs, i64 8
  store i64 %736, i64* %737, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead100:                                          ; No predecessors!
  br label %join99

ok101:                                            ; preds = %join99
  store i64 %729, i64* %724, align 8
  %738 = load i64, i64* %highEnd, align 8
  %739 = call i64 @llvm.umax.i64(i64 %738, i64 %729)
  store i64 %739, i64* %highEnd, align 8
  %740 = trunc i64 %728 to i32
  store i32 %740, i32* %list.3, align 4
  store i32 0, i32* %len, align 4
  %741 = load i32, i32* %xs.1, align 4
  %742 = zext i32 %741 to i64
  %743 = sub i64 %arena_size, 4
  %744 = icmp sgt i64 %742, %743
  br i1 %744, label %trap17.site0, label %ok102

ok102:                                            ; preds = %ok101
  %745 = getelementptr i8, i8* %mem, i64 %742
  %746 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %746, i8* %745, i64 4, i1 false)
  %747 = load i32, i32* %unaligned103, align 4
  store i32 %747, i32* %n.4, align 4
  store i32 0, i32* %k.2, align 4
  br label %each21

block20:                                          ; preds = %dead147, %ok104
  %748 = load i32, i32* %list.3, align 4
  %749 = load i32, i32* %len, align 4
  %750 = zext i32 %748 to i64
  %751 = add i64 %750, 4
  %752 = icmp uge i64 %750, %scratch_start
  %753 = load i64, i64* %highEnd, align 8
  %754 = icmp ule i64 %751, %753
  %755 = and i1 %752, %754
  %756 = call i1 @llvm.expect.i1(i1 %755, i1 true)
  br i1 %756, label %write.ok150, label %write.low148

each21:                                           ; preds = %join119, %ok102
  %757 = load i64, i64* %fuel, align 8
  %758 = icmp ult i64 %757, 1
  br i1 %758, label %trap14.site0, label %ok104

ok104:                                            ; preds = %each21
  %759 = sub i64 %757, 1
  store i64 %759, i64* %fuel, align 8
  %760 = load i32, i32* %k.2, align 4
  %761 = load i32, i32* %n.4, align 4
  %762 = icmp uge i32 %760, %761
  %763 = zext i1 %762 to i32
  %764 = icmp ne i32 %763, 0
  br i1 %764, label %block20, label %cont105

cont105:                                          ; preds = %ok104
  %765 = load i32, i32* %xs.1, align 4
  %766 = load i32, i32* %k.2, align 4
  %767 = mul i32 %766, 4
  %768 = add i32 %765, %767
  %769 = zext i32 %768 to i64
  %770 = sub i64 %arena_size, 8
  %771 = icmp sgt i64 %769, %770
  br i1 %771, label %trap17.site0, label %ok106

ok106:                                            ; preds = %cont105
  %772 = add i64 %769, 4
  %773 = getelementptr i8, i8* %mem, i64 %772
  %774 = bitcast i32* %unaligned107 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %774, i8* %773, i64 4, i1 false)
  %775 = load i32, i32* %unaligned107, align 4
  store i32 %775, i32* %x.1, align 4
  %776 = load i32, i32* %x.1, align 4
  store i32 %776, i32* %n.5, align 4
  %777 = load i32, i32* %prices, align 4
  store i32 %777, i32* %d.4, align 4
  %778 = load i32, i32* %n.5, align 4
  store i32 %778, i32* %k.3, align 4
  %779 = load i32, i32* %d.4, align 4
  %780 = load i32, i32* %k.3, align 4
  %781 = icmp uge i32 %depth, 1000
  br i1 %781, label %trap15.site12, label %ok109

e23:                                              ; preds = %ok115
  %782 = load i64, i64* %result108, align 8
  %783 = icmp sgt i64 %782, 1
  %784 = zext i1 %783 to i32
  %785 = icmp ne i32 %784, 0
  br i1 %785, label %then117, label %else118

ok109:                                            ; preds = %ok106
  %786 = icmp ult i64 %10, %stack_limit
  br i1 %786, label %trap253.site0, label %stack_ok110

trap15.site12:                                    ; preds = %ok106
  %787 = load i64, i64* %lowStart, align 8
  %788 = getelementptr i64, i64* %regs, i64 6
  store i64 %787, i64* %788, align 8
  %789 = load i64, i64* %lowEnd, align 8
  %790 = getelementptr i64, i64* %regs, i64 7
  store i64 %789, i64* %790, align 8
  %791 = load i64, i64* %highEnd, align 8
  %792 = getelementptr i64, i64* %regs, i64 8
  store i64 %791, i64* %792, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok110:                                      ; preds = %ok109
  %793 = load i64, i64* %fuel, align 8
  %794 = getelementptr i64, i64* %regs, i64 0
  store i64 %793, i64* %794, align 8
  %795 = load i64, i64* %lowStart, align 8
  %796 = getelementptr i64, i64* %regs, i64 6
  store i64 %795, i64* %796, align 8
  %797 = load i64, i64* %lowEnd, align 8
  %798 = getelementptr i64, i64* %regs, i64 7
  store i64 %797, i64* %798, align 8
  %799 = load i64, i64* %highEnd, align 8
  %800 = getelementptr i64, i64* %regs, i64 8
  store i64 %799, i64* %800, align 8
  %801 = add i32 %depth, 1
  %802 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %801, i32 %779, i32 %780, i32 8, i32 16)
  %803 = getelementptr i64, i64* %regs, i64 0
  %804 = load i64, i64* %803, align 8
  store i64 %804, i64* %fuel, align 8
  %805 = getelementptr i64, i64* %regs, i64 6
  %806 = load i64, i64* %805, align 8
  store i64 %806, i64* %lowStart, align 8
  %807 = getelementptr i64, i64* %regs, i64 7
  %808 = load i64, i64* %807, align 8
  store i64 %808, i64* %lowEnd, align 8
  %809 = getelementptr i64, i64* %regs, i64 8
  %810 = load i64, i64* %809, align 8
  store i64 %810, i64* %highEnd, align 8
  store i32 %802, i32* %idx, align 4
  %811 = load i32, i32* %idx, align 4
  %812 = icmp slt i32 %811, 0
  %813 = zext i1 %812 to i32
  %814 = icmp ne i32 %813, 0
  br i1 %814, label %then111, label %else112

then111:                                          ; preds = %stack_ok110
  br label %trap7.site12

else112:                                          ; preds = %stack_ok110
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %815 = load i32, i32* %d.4, align 4
  %816 = load i32, i32* %idx, align 4
  %817 = mul i32 %816, 16
  %818 = add i32 %815, %817
  %819 = zext i32 %818 to i64
  %820 = sub i64 %arena_size, 24
  %821 = icmp sgt i64 %819, %820
  br i1 %821, label %trap17.site0, label %ok115

trap7.site12:                                     ; preds = %then111
  %822 = load i64, i64* %lowStart, align 8
  %823 = getelementptr i64, i64* %regs, i64 6
  store i64 %822, i64* %823, align 8
  %824 = load i64, i64* %lowEnd, align 8
  %825 = getelementptr i64, i64* %regs, i64 7
  store i64 %824, i64* %825, align 8
  %826 = load i64, i64* %highEnd, align 8
  %827 = getelementptr i64, i64* %regs, i64 8
  store i64 %826, i64* %827, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 12)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

ok115:                                            ; preds = %join113
  %828 = add i64 %819, 16
  %829 = getelementptr i8, i8* %mem, i64 %828
  %830 = bitcast i64* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %830, i8* %829, i64 8, i1 false)
  %831 = load i64, i64* %unaligned116, align 8
  store i64 %831, i64* %result108, align 8
  br label %e23

then117:                                          ; preds = %e23
  %832 = load i32, i32* %list.3, align 4
  %833 = load i32, i32* %len, align 4
  %834 = mul i32 %833, 4
  %835 = add i32 %832, %834
  %836 = getelementptr i64, i64* %regs, i64 1
  %837 = getelementptr i64, i64* %regs, i64 2
  %838 = load i64, i64* %836, align 8
  %839 = add i64 %838, 7
  %840 = and i64 %839, -8
  %841 = add i64 %840, 16
  %842 = load i64, i64* %837, align 8
  %843 = icmp ugt i64 %841, %842
  br i1 %843, label %trap15.site13, label %ok121

else118:                                          ; preds = %e23
  br label %join119

join119:                                          ; preds = %else118, %write.ok144
  %844 = load i32, i32* %k.2, align 4
  %845 = add i32 %844, 1
  store i32 %845, i32* %k.2, align 4
  br label %each21

e27:                                              ; preds = %write.ok139
  %846 = load i32, i32* %result120, align 4
  %847 = zext i32 %835 to i64
  %848 = add i64 %847, 4
  %849 = add i64 %848, 4
  %850 = icmp uge i64 %848, %scratch_start
  %851 = load i64, i64* %highEnd, align 8
  %852 = icmp ule i64 %849, %851
  %853 = and i1 %850, %852
  %854 = call i1 @llvm.expect.i1(i1 %853, i1 true)
  br i1 %854, label %write.ok144, label %write.low142

ok121:                                            ; preds = %then117
  store i64 %841, i64* %836, align 8
  %855 = load i64, i64* %highEnd, align 8
  %856 = call i64 @llvm.umax.i64(i64 %855, i64 %841)
  store i64 %856, i64* %highEnd, align 8
  %857 = trunc i64 %840 to i32
  store i32 %857, i32* %dict.1, align 4
  %858 = load i32, i32* %n.5, align 4
  store i32 %858, i32* %name, align 4
  %859 = load i32, i32* %dict.1, align 4
  %860 = load i32, i32* %name, align 4
  %861 = zext i32 %859 to i64
  %862 = add i64 %861, 4
  %863 = icmp uge i64 %861, %scratch_start
  %864 = load i64, i64* %highEnd, align 8
  %865 = icmp ule i64 %862, %864
  %866 = and i1 %863, %865
  %867 = call i1 @llvm.expect.i1(i1 %866, i1 true)
  br i1 %867, label %write.ok124, label %write.low122

trap15.site13:                                    ; preds = %then117
  %868 = load i64, i64* %lowStart, align 8
  %869 = getelementptr i64, i64* %regs, i64 6
  store i64 %868, i64* %869, align 8
  %870 = load i64, i64* %lowEnd, align 8
  %871 = getelementptr i64, i64* %regs, i64 7
  store i64 %870, i64* %871, align 8
  %872 = load i64, i64* %highEnd, align 8
  %873 = getelementptr i64, i64* %regs, i64 8
  store i64 %872, i64* %873, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low122:                                     ; preds = %ok121
  %874 = load i64, i64* %lowStart, align 8
  %875 = icmp uge i64 %861, %874
  %876 = load i64, i64* %lowEnd, align 8
  %877 = icmp ule i64 %862, %876
  %878 = and i1 %875, %877
  %879 = call i1 @llvm.expect.i1(i1 %878, i1 true)
  br i1 %879, label %write.ok124, label %write.slow123

write.slow123:                                    ; preds = %write.low122
  %880 = icmp ugt i64 %862, %arena_size
  br i1 %880, label %trap17.site0, label %ok125

write.ok124:                                      ; preds = %ok125, %write.low122, %ok121
  %881 = getelementptr i8, i8* %mem, i64 %861
  store i32 %860, i32* %unaligned126, align 4
  %882 = bitcast i32* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %881, i8* %882, i64 4, i1 false)
  %883 = load i32, i32* %prices, align 4
  store i32 %883, i32* %d.5, align 4
  %884 = load i32, i32* %n.5, align 4
  store i32 %884, i32* %k.4, align 4
  %885 = load i32, i32* %d.5, align 4
  %886 = load i32, i32* %k.4, align 4
  %887 = icmp uge i32 %depth, 1000
  br i1 %887, label %trap15.site15, label %ok128

ok125:                                            ; preds = %write.slow123
  %888 = icmp ult i64 %861, %scratch_start
  %889 = load i64, i64* %lowStart, align 8
  %890 = call i64 @llvm.umin.i64(i64 %889, i64 %861)
  %891 = load i64, i64* %lowEnd, align 8
  %892 = load i64, i64* %highEnd, align 8
  %893 = add i64 %862, 64
  %894 = sub i64 %862, %890
  %895 = lshr i64 %894, 4
  %896 = add i64 %893, %895
  %897 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %896)
  %898 = call i64 @llvm.umax.i64(i64 %891, i64 %897)
  %899 = select i1 %888, i64 %898, i64 %891
  store i64 %899, i64* %lowEnd, align 8
  %900 = add i64 %862, 64
  %901 = sub i64 %862, %scratch_start
  %902 = lshr i64 %901, 4
  %903 = add i64 %900, %902
  %904 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %903)
  %905 = call i64 @llvm.umax.i64(i64 %892, i64 %904)
  %906 = select i1 %888, i64 %892, i64 %905
  store i64 %906, i64* %highEnd, align 8
  store i64 %890, i64* %lowStart, align 8
  br label %write.ok124

e30:                                              ; preds = %ok134
  %907 = load i64, i64* %result127, align 8
  %908 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %907, i64 2)
  %909 = extractvalue { i64, i1 } %908, 1
  br i1 %909, label %trap2.site14, label %ok136

ok128:                                            ; preds = %write.ok124
  %910 = icmp ult i64 %10, %stack_limit
  br i1 %910, label %trap253.site0, label %stack_ok129

trap15.site15:                                    ; preds = %write.ok124
  %911 = load i64, i64* %lowStart, align 8
  %912 = getelementptr i64, i64* %regs, i64 6
  store i64 %911, i64* %912, align 8
  %913 = load i64, i64* %lowEnd, align 8
  %914 = getelementptr i64, i64* %regs, i64 7
  store i64 %913, i64* %914, align 8
  %915 = load i64, i64* %highEnd, align 8
  %916 = getelementptr i64, i64* %regs, i64 8
  store i64 %915, i64* %916, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok129:                                      ; preds = %ok128
  %917 = load i64, i64* %fuel, align 8
  %918 = getelementptr i64, i64* %regs, i64 0
  store i64 %917, i64* %918, align 8
  %919 = load i64, i64* %lowStart, align 8
  %920 = getelementptr i64, i64* %regs, i64 6
  store i64 %919, i64* %920, align 8
  %921 = load i64, i64* %lowEnd, align 8
  %922 = getelementptr i64, i64* %regs, i64 7
  store i64 %921, i64* %922, align 8
  %923 = load i64, i64* %highEnd, align 8
  %924 = getelementptr i64, i64* %regs, i64 8
  store i64 %923, i64* %924, align 8
  %925 = add i32 %depth, 1
  %926 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %925, i32 %885, i32 %886, i32 8, i32 16)
  %927 = getelementptr i64, i64* %regs, i64 0
  %928 = load i64, i64* %927, align 8
  store i64 %928, i64* %fuel, align 8
  %929 = getelementptr i64, i64* %regs, i64 6
  %930 = load i64, i64* %929, align 8
  store i64 %930, i64* %lowStart, align 8
  %931 = getelementptr i64, i64* %regs, i64 7
  %932 = load i64, i64* %931, align 8
  store i64 %932, i64* %lowEnd, align 8
  %933 = getelementptr i64, i64* %regs, i64 8
  %934 = load i64, i64* %933, align 8
  store i64 %934, i64* %highEnd, align 8
  store i32 %926, i32* %idx.1, align 4
  %935 = load i32, i32* %idx.1, align 4
  %936 = icmp slt i32 %935, 0
  %937 = zext i1 %936 to i32
  %938 = icmp ne i32 %937, 0
  br i1 %938, label %then130, label %else131

then130:                                          ; preds = %stack_ok129
  br label %trap7.site15

else131:                                          ; preds = %stack_ok129
  br label %join132

join132:                                          ; preds = %else131, %dead133
  %939 = load i32, i32* %d.5, align 4
  %940 = load i32, i32* %idx.1, align 4
  %941 = mul i32 %940, 16
  %942 = add i32 %939, %941
  %943 = zext i32 %942 to i64
  %944 = sub i64 %arena_size, 24
  %945 = icmp sgt i64 %943, %944
  br i1 %945, label %trap17.site0, label %ok134

trap7.site15:                                     ; preds = %then130
  %946 = load i64, i64* %lowStart, align 8
  %947 = getelementptr i64, i64* %regs, i64 6
  store i64 %946, i64* %947, align 8
  %948 = load i64, i64* %lowEnd, align 8
  %949 = getelementptr i64, i64* %regs, i64 7
  store i64 %948, i64* %949, align 8
  %950 = load i64, i64* %highEnd, align 8
  %951 = getelementptr i64, i64* %regs, i64 8
  store i64 %950, i64* %951, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 15)
  unreachable

dead133:                                          ; No predecessors!
  br label %join132

ok134:                                            ; preds = %join132
  %952 = add i64 %943, 16
  %953 = getelementptr i8, i8* %mem, i64 %952
  %954 = bitcast i64* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %954, i8* %953, i64 8, i1 false)
  %955 = load i64, i64* %unaligned135, align 8
  store i64 %955, i64* %result127, align 8
  br label %e30

ok136:                                            ; preds = %e30
  %956 = extractvalue { i64, i1 } %908, 0
  store i64 %956, i64* %price, align 8
  %957 = load i32, i32* %dict.1, align 4
  %958 = load i64, i64* %price, align 8
  %959 = zext i32 %957 to i64
  %960 = add i64 %959, 8
  %961 = add i64 %960, 8
  %962 = icmp uge i64 %960, %scratch_start
  %963 = load i64, i64* %highEnd, align 8
  %964 = icmp ule i64 %961, %963
  %965 = and i1 %962, %964
  %966 = call i1 @llvm.expect.i1(i1 %965, i1 true)
  br i1 %966, label %write.ok139, label %write.low137

trap2.site14:                                     ; preds = %e30
  %967 = load i64, i64* %lowStart, align 8
  %968 = getelementptr i64, i64* %regs, i64 6
  store i64 %967, i64* %968, align 8
  %969 = load i64, i64* %lowEnd, align 8
  %970 = getelementptr i64, i64* %regs, i64 7
  store i64 %969, i64* %970, align 8
  %971 = load i64, i64* %highEnd, align 8
  %972 = getelementptr i64, i64* %regs, i64 8
  store i64 %971, i64* %972, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low137:                                     ; preds = %ok136
  %973 = load i64, i64* %lowStart, align 8
  %974 = icmp uge i64 %960, %973
  %975 = load i64, i64* %lowEnd, align 8
  %976 = icmp ule i64 %961, %975
  %977 = and i1 %974, %976
  %978 = call i1 @llvm.expect.i1(i1 %977, i1 true)
  br i1 %978, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %979 = icmp ugt i64 %961, %arena_size
  br i1 %979, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %ok136
  %980 = getelementptr i8, i8* %mem, i64 %960
  store i64 %958, i64* %unaligned141, align 8
  %981 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %980, i8* %981, i64 8, i1 false)
  %982 = load i32, i32* %dict.1, align 4
  store i32 %982, i32* %result120, align 4
  br label %e27

ok140:                                            ; preds = %write.slow138
  %983 = icmp ult i64 %960, %scratch_start
  %984 = load i64, i64* %lowStart, align 8
  %985 = call i64 @llvm.umin.i64(i64 %984, i64 %960)
  %986 = load i64, i64* %lowEnd, align 8
  %987 = load i64, i64* %highEnd, align 8
  %988 = add i64 %961, 64
  %989 = sub i64 %961, %985
  %990 = lshr i64 %989, 4
  %991 = add i64 %988, %990
  %992 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %991)
  %993 = call i64 @llvm.umax.i64(i64 %986, i64 %992)
  %994 = select i1 %983, i64 %993, i64 %986
  store i64 %994, i64* %lowEnd, align 8
  %995 = add i64 %961, 64
  %996 = sub i64 %961, %scratch_start
  %997 = lshr i64 %996, 4
  %998 = add i64 %995, %997
  %999 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %998)
  %1000 = call i64 @llvm.umax.i64(i64 %987, i64 %999)
  %1001 = select i1 %983, i64 %987, i64 %1000
  store i64 %1001, i64* %highEnd, align 8
  store i64 %985, i64* %lowStart, align 8
  br label %write.ok139

write.low142:                                     ; preds = %e27
  %1002 = load i64, i64* %lowStart, align 8
  %1003 = icmp uge i64 %848, %1002
  %1004 = load i64, i64* %lowEnd, align 8
  %1005 = icmp ule i64 %849, %1004
  %1006 = and i1 %1003, %1005
  %1007 = call i1 @llvm.expect.i1(i1 %1006, i1 true)
  br i1 %1007, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %1008 = icmp ugt i64 %849, %arena_size
  br i1 %1008, label %trap17.site0, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %e27
  %1009 = getelementptr i8, i8* %mem, i64 %848
  store i32 %846, i32* %unaligned146, align 4
  %1010 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1009, i8* %1010, i64 4, i1 false)
  %1011 = load i32, i32* %len, align 4
  %1012 = add i32 %1011, 1
  store i32 %1012, i32* %len, align 4
  br label %join119

ok145:                                            ; preds = %write.slow143
  %1013 = icmp ult i64 %848, %scratch_start
  %1014 = load i64, i64* %lowStart, align 8
  %1015 = call i64 @llvm.umin.i64(i64 %1014, i64 %848)
  %1016 = load i64, i64* %lowEnd, align 8
  %1017 = load i64, i64* %highEnd, align 8
  %1018 = add i64 %849, 64
  %1019 = sub i64 %849, %1015
  %1020 = lshr i64 %1019, 4
  %1021 = add i64 %1018, %1020
  %1022 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1021)
  %1023 = call i64 @llvm.umax.i64(i64 %1016, i64 %1022)
  %1024 = select i1 %1013, i64 %1023, i64 %1016
  store i64 %1024, i64* %lowEnd, align 8
  %1025 = add i64 %849, 64
  %1026 = sub i64 %849, %scratch_start
  %1027 = lshr i64 %1026, 4
  %1028 = add i64 %1025, %1027
  %1029 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1028)
  %1030 = call i64 @llvm.umax.i64(i64 %1017, i64 %1029)
  %1031 = select i1 %1013, i64 %1017, i64 %1030
  store i64 %1031, i64* %highEnd, align 8
  store i64 %1015, i64* %lowStart, align 8
  br label %write.ok144

dead147:                                          ; No predecessors!
  br label %block20

write.low148:                                     ; preds = %block20
  %1032 = load i64, i64* %lowStart, align 8
  %1033 = icmp uge i64 %750, %1032
  %1034 = load i64, i64* %lowEnd, align 8
  %1035 = icmp ule i64 %751, %1034
  %1036 = and i1 %1033, %1035
  %1037 = call i1 @llvm.expect.i1(i1 %1036, i1 true)
  br i1 %1037, label %write.ok150, label %write.slow149

write.slow149:                                    ; preds = %write.low148
  %1038 = icmp ugt i64 %751, %arena_size
  br i1 %1038, label %trap17.site0, label %ok151

write.ok150:                                      ; preds = %ok151, %write.low148, %block20
  %1039 = getelementptr i8, i8* %mem, i64 %750
  store i32 %749, i32* %unaligned152, align 4
  %1040 = bitcast i32* %unaligned152 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1039, i8* %1040, i64 4, i1 false)
  %1041 = load i32, i32* %list.3, align 4
  store i32 %1041, i32* %result71, align 4
  br label %e15

ok151:                                            ; preds = %write.slow149
  %1042 = icmp ult i64 %750, %scratch_start
  %1043 = load i64, i64* %lowStart, align 8
  %1044 = call i64 @llvm.umin.i64(i64 %1043, i64 %750)
  %1045 = load i64, i64* %lowEnd, align 8
  %1046 = load i64, i64* %highEnd, align 8
  %1047 = add i64 %751, 64
  %1048 = sub i64 %751, %1044
  %1049 = lshr i64 %1048, 4
  %1050 = add i64 %1047, %1049
  %1051 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1050)
  %1052 = call i64 @llvm.umax.i64(i64 %1045, i64 %1051)
  %1053 = select i1 %1042, i64 %1052, i64 %1045
  store i64 %1053, i64* %lowEnd, align 8
  %1054 = add i64 %751, 64
  %1055 = sub i64 %751, %scratch_start
  %1056 = lshr i64 %1055, 4
  %1057 = add i64 %1054, %1056
  %1058 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1057)
  %1059 = call i64 @llvm.umax.i64(i64 %1046, i64 %1058)
  %1060 = select i1 %1042, i64 %1046, i64 %1059
  store i64 %1060, i64* %highEnd, align 8
  store i64 %1044, i64* %lowStart, align 8
  br label %write.ok150

write.low153:                                     ; preds = %e15
  %1061 = load i64, i64* %lowStart, align 8
  %1062 = icmp uge i64 %569, %1061
  %1063 = load i64, i64* %lowEnd, align 8
  %1064 = icmp ule i64 %570, %1063
  %1065 = and i1 %1062, %1064
  %1066 = call i1 @llvm.expect.i1(i1 %1065, i1 true)
  br i1 %1066, label %write.ok155, label %write.slow154

write.slow154:                                    ; preds = %write.low153
  %1067 = icmp ugt i64 %570, %arena_size
  br i1 %1067, label %trap17.site0, label %ok156

write.ok155:                                      ; preds = %ok156, %write.low153, %e15
  %1068 = getelementptr i8, i8* %mem, i64 %569
  store i32 %567, i32* %unaligned157, align 4
  %1069 = bitcast i32* %unaligned157 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1068, i8* %1069, i64 4, i1 false)
  %1070 = getelementptr i64, i64* %regs, i64 1
  %1071 = getelementptr i64, i64* %regs, i64 2
  %1072 = load i64, i64* %1070, align 8
  %1073 = add i64 %1072, 7
  %1074 = and i64 %1073, -8
  %1075 = add i64 %1074, 8
  %1076 = load i64, i64* %1071, align 8
  %1077 = icmp ugt i64 %1075, %1076
  br i1 %1077, label %trap15.site16, label %ok159

ok156:                                            ; preds = %write.slow154
  %1078 = icmp ult i64 %569, %scratch_start
  %1079 = load i64, i64* %lowStart, align 8
  %1080 = call i64 @llvm.umin.i64(i64 %1079, i64 %569)
  %1081 = load i64, i64* %lowEnd, align 8
  %1082 = load i64, i64* %highEnd, align 8
  %1083 = add i64 %570, 64
  %1084 = sub i64 %570, %1080
  %1085 = lshr i64 %1084, 4
  %1086 = add i64 %1083, %1085
  %1087 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1086)
  %1088 = call i64 @llvm.umax.i64(i64 %1081, i64 %1087)
  %1089 = select i1 %1078, i64 %1088, i64 %1081
  store i64 %1089, i64* %lowEnd, align 8
  %1090 = add i64 %570, 64
  %1091 = sub i64 %570, %scratch_start
  %1092 = lshr i64 %1091, 4
  %1093 = add i64 %1090, %1092
  %1094 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1093)
  %1095 = call i64 @llvm.umax.i64(i64 %1082, i64 %1094)
  %1096 = select i1 %1078, i64 %1082, i64 %1095
  store i64 %1096, i64* %highEnd, align 8
  store i64 %1080, i64* %lowStart, align 8
  br label %write.ok155

e34:                                              ; preds = %stack_ok187
  %1097 = load i32, i32* %result158, align 4
  store i32 %1097, i32* %merged, align 4
  %1098 = load i32, i32* %dict, align 4
  %1099 = load i32, i32* %merged, align 4
  %1100 = zext i32 %1098 to i64
  %1101 = add i64 %1100, 24
  %1102 = add i64 %1101, 4
  %1103 = icmp uge i64 %1101, %scratch_start
  %1104 = load i64, i64* %highEnd, align 8
  %1105 = icmp ule i64 %1102, %1104
  %1106 = and i1 %1103, %1105
  %1107 = call i1 @llvm.expect.i1(i1 %1106, i1 true)
  br i1 %1107, label %write.ok190, label %write.low188

ok159:                                            ; preds = %write.ok155
  store i64 %1075, i64* %1070, align 8
  %1108 = load i64, i64* %highEnd, align 8
  %1109 = call i64 @llvm.umax.i64(i64 %1108, i64 %1075)
  store i64 %1109, i64* %highEnd, align 8
  %1110 = trunc i64 %1074 to i32
  store i32 %1110, i32* %dict.2, align 4
  %1111 = load i32, i32* %prices, align 4
  store i32 %1111, i32* %spread, align 4
  store i64 99, i64* %extra, align 8
  %1112 = load i32, i32* %dict.2, align 4
  %1113 = load i64, i64* %extra, align 8
  %1114 = zext i32 %1112 to i64
  %1115 = add i64 %1114, 8
  %1116 = icmp uge i64 %1114, %scratch_start
  %1117 = load i64, i64* %highEnd, align 8
  %1118 = icmp ule i64 %1115, %1117
  %1119 = and i1 %1116, %1118
  %1120 = call i1 @llvm.expect.i1(i1 %1119, i1 true)
  br i1 %1120, label %write.ok162, label %write.low160

trap15.site16:                                    ; preds = %ok184, %ok179, %ok165, %write.ok155
  %1121 = load i64, i64* %lowStart, align 8
  %1122 = getelementptr i64, i64* %regs, i64 6
  store i64 %1121, i64* %1122, align 8
  %1123 = load i64, i64* %lowEnd, align 8
  %1124 = getelementptr i64, i64* %regs, i64 7
  store i64 %1123, i64* %1124, align 8
  %1125 = load i64, i64* %highEnd, align 8
  %1126 = getelementptr i64, i64* %regs, i64 8
  store i64 %1125, i64* %1126, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

write.low160:                                     ; preds = %ok159
  %1127 = load i64, i64* %lowStart, align 8
  %1128 = icmp uge i64 %1114, %1127
  %1129 = load i64, i64* %lowEnd, align 8
  %1130 = icmp ule i64 %1115, %1129
  %1131 = and i1 %1128, %1130
  %1132 = call i1 @llvm.expect.i1(i1 %1131, i1 true)
  br i1 %1132, label %write.ok162, label %write.slow161

write.slow161:                                    ; preds = %write.low160
  %1133 = icmp ugt i64 %1115, %arena_size
  br i1 %1133, label %trap17.site0, label %ok163

write.ok162:                                      ; preds = %ok163, %write.low160, %ok159
  %1134 = getelementptr i8, i8* %mem, i64 %1114
  store i64 %1113, i64* %unaligned164, align 8
  %1135 = bitcast i64* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1134, i8* %1135, i64 8, i1 false)
  %1136 = load i32, i32* %spread, align 4
  %1137 = zext i32 %1136 to i64
  %1138 = sub i64 %arena_size, 4
  %1139 = icmp sgt i64 %1137, %1138
  br i1 %1139, label %trap17.site0, label %ok165

ok163:                                            ; preds = %write.slow161
  %1140 = icmp ult i64 %1114, %scratch_start
  %1141 = load i64, i64* %lowStart, align 8
  %1142 = call i64 @llvm.umin.i64(i64 %1141, i64 %1114)
  %1143 = load i64, i64* %lowEnd, align 8
  %1144 = load i64, i64* %highEnd, align 8
  %1145 = add i64 %1115, 64
  %1146 = sub i64 %1115, %1142
  %1147 = lshr i64 %1146, 4
  %1148 = add i64 %1145, %1147
  %1149 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1148)
  %1150 = call i64 @llvm.umax.i64(i64 %1143, i64 %1149)
  %1151 = select i1 %1140, i64 %1150, i64 %1143
  store i64 %1151, i64* %lowEnd, align 8
  %1152 = add i64 %1115, 64
  %1153 = sub i64 %1115, %scratch_start
  %1154 = lshr i64 %1153, 4
  %1155 = add i64 %1152, %1154
  %1156 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1155)
  %1157 = call i64 @llvm.umax.i64(i64 %1144, i64 %1156)
  %1158 = select i1 %1140, i64 %1144, i64 %1157
  store i64 %1158, i64* %highEnd, align 8
  store i64 %1142, i64* %lowStart, align 8
  br label %write.ok162

ok165:                                            ; preds = %write.ok162
  %1159 = getelementptr i8, i8* %mem, i64 %1137
  %1160 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1160, i8* %1159, i64 4, i1 false)
  %1161 = load i32, i32* %unaligned166, align 4
  %1162 = add i32 1, %1161
  store i32 %1162, i32* %cap, align 4
  %1163 = load i32, i32* %cap, align 4
  %1164 = mul i32 %1163, 16
  %1165 = add i32 8, %1164
  %1166 = zext i32 %1165 to i64
  %1167 = getelementptr i64, i64* %regs, i64 1
  %1168 = getelementptr i64, i64* %regs, i64 2
  %1169 = load i64, i64* %1167, align 8
  %1170 = add i64 %1169, 7
  %1171 = and i64 %1170, -8
  %1172 = add i64 %1171, %1166
  %1173 = load i64, i64* %1168, align 8
  %1174 = icmp ugt i64 %1172, %1173
  br i1 %1174, label %trap15.site16, label %ok167

ok167:                                            ; preds = %ok165
  store i64 %1172, i64* %1167, align 8
  %1175 = load i64, i64* %highEnd, align 8
  %1176 = call i64 @llvm.umax.i64(i64 %1175, i64 %1172)
  store i64 %1176, i64* %highEnd, align 8
  %1177 = trunc i64 %1171 to i32
  store i32 %1177, i32* %dict.3, align 4
  %1178 = load i32, i32* %dict.3, align 4
  %1179 = zext i32 %1178 to i64
  %1180 = add i64 %1179, 4
  %1181 = icmp uge i64 %1179, %scratch_start
  %1182 = load i64, i64* %highEnd, align 8
  %1183 = icmp ule i64 %1180, %1182
  %1184 = and i1 %1181, %1183
  %1185 = call i1 @llvm.expect.i1(i1 %1184, i1 true)
  br i1 %1185, label %write.ok170, label %write.low168

write.low168:                                     ; preds = %ok167
  %1186 = load i64, i64* %lowStart, align 8
  %1187 = icmp uge i64 %1179, %1186
  %1188 = load i64, i64* %lowEnd, align 8
  %1189 = icmp ule i64 %1180, %1188
  %1190 = and i1 %1187, %1189
  %1191 = call i1 @llvm.expect.i1(i1 %1190, i1 true)
  br i1 %1191, label %write.ok170, label %write.slow169

write.slow169:                                    ; preds = %write.low168
  %1192 = icmp ugt i64 %1180, %arena_size
  br i1 %1192, label %trap17.site0, label %ok171

write.ok170:                                      ; preds = %ok171, %write.low168, %ok167
  %1193 = getelementptr i8, i8* %mem, i64 %1179
  store i32 0, i32* %unaligned172, align 4
  %1194 = bitcast i32* %unaligned172 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1193, i8* %1194, i64 4, i1 false)
  %1195 = load i32, i32* %spread, align 4
  store i32 %1195, i32* %src, align 4
  store i32 0, i32* %i.3, align 4
  br label %loop38

ok171:                                            ; preds = %write.slow169
  %1196 = icmp ult i64 %1179, %scratch_start
  %1197 = load i64, i64* %lowStart, align 8
  %1198 = call i64 @llvm.umin.i64(i64 %1197, i64 %1179)
  %1199 = load i64, i64* %lowEnd, align 8
  %1200 = load i64, i64* %highEnd, align 8
  %1201 = add i64 %1180, 64
  %1202 = sub i64 %1180, %1198
  %1203 = lshr i64 %1202, 4
  %1204 = add i64 %1201, %1203
  %1205 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1204)
  %1206 = call i64 @llvm.umax.i64(i64 %1199, i64 %1205)
  %1207 = select i1 %1196, i64 %1206, i64 %1199
  store i64 %1207, i64* %lowEnd, align 8
  %1208 = add i64 %1180, 64
  %1209 = sub i64 %1180, %scratch_start
  %1210 = lshr i64 %1209, 4
  %1211 = add i64 %1208, %1210
  %1212 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1211)
  %1213 = call i64 @llvm.umax.i64(i64 %1200, i64 %1212)
  %1214 = select i1 %1196, i64 %1200, i64 %1213
  store i64 %1214, i64* %highEnd, align 8
  store i64 %1198, i64* %lowStart, align 8
  br label %write.ok170

block37:                                          ; preds = %dead183, %ok174
  %1215 = load i32, i32* %dict.3, align 4
  %1216 = load i32, i32* %dict.2, align 4
  %1217 = zext i32 %1216 to i64
  %1218 = sub i64 %arena_size, 8
  %1219 = icmp sgt i64 %1217, %1218
  br i1 %1219, label %trap17.site0, label %ok184

loop38:                                           ; preds = %stack_ok182, %write.ok170
  %1220 = load i64, i64* %fuel, align 8
  %1221 = icmp ult i64 %1220, 1
  br i1 %1221, label %trap14.site0, label %ok173

ok173:                                            ; preds = %loop38
  %1222 = sub i64 %1220, 1
  store i64 %1222, i64* %fuel, align 8
  %1223 = load i32, i32* %i.3, align 4
  %1224 = load i32, i32* %src, align 4
  %1225 = zext i32 %1224 to i64
  %1226 = sub i64 %arena_size, 4
  %1227 = icmp sgt i64 %1225, %1226
  br i1 %1227, label %trap17.site0, label %ok174

ok174:                                            ; preds = %ok173
  %1228 = getelementptr i8, i8* %mem, i64 %1225
  %1229 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1229, i8* %1228, i64 4, i1 false)
  %1230 = load i32, i32* %unaligned175, align 4
  %1231 = icmp uge i32 %1223, %1230
  %1232 = zext i1 %1231 to i32
  %1233 = icmp ne i32 %1232, 0
  br i1 %1233, label %block37, label %cont176

cont176:                                          ; preds = %ok174
  %1234 = load i32, i32* %src, align 4
  %1235 = add i32 %1234, 8
  %1236 = load i32, i32* %i.3, align 4
  %1237 = mul i32 %1236, 16
  %1238 = add i32 %1235, %1237
  store i32 %1238, i32* %at, align 4
  %1239 = load i32, i32* %dict.3, align 4
  %1240 = load i32, i32* %at, align 4
  %1241 = zext i32 %1240 to i64
  %1242 = sub i64 %arena_size, 4
  %1243 = icmp sgt i64 %1241, %1242
  br i1 %1243, label %trap17.site0, label %ok177

ok177:                                            ; preds = %cont176
  %1244 = getelementptr i8, i8* %mem, i64 %1241
  %1245 = bitcast i32* %unaligned178 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1245, i8* %1244, i64 4, i1 false)
  %1246 = load i32, i32* %unaligned178, align 4
  %1247 = load i32, i32* %at, align 4
  %1248 = zext i32 %1247 to i64
  %1249 = sub i64 %arena_size, 16
  %1250 = icmp sgt i64 %1248, %1249
  br i1 %1250, label %trap17.site0, label %ok179

ok179:                                            ; preds = %ok177
  %1251 = add i64 %1248, 8
  %1252 = getelementptr i8, i8* %mem, i64 %1251
  %1253 = bitcast i64* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1253, i8* %1252, i64 8, i1 false)
  %1254 = load i64, i64* %unaligned180, align 8
  %1255 = icmp uge i32 %depth, 1000
  br i1 %1255, label %trap15.site16, label %ok181

ok181:                                            ; preds = %ok179
  %1256 = icmp ult i64 %10, %stack_limit
  br i1 %1256, label %trap253.site0, label %stack_ok182

stack_ok182:                                      ; preds = %ok181
  %1257 = load i64, i64* %fuel, align 8
  %1258 = getelementptr i64, i64* %regs, i64 0
  store i64 %1257, i64* %1258, align 8
  %1259 = load i64, i64* %lowStart, align 8
  %1260 = getelementptr i64, i64* %regs, i64 6
  store i64 %1259, i64* %1260, align 8
  %1261 = load i64, i64* %lowEnd, align 8
  %1262 = getelementptr i64, i64* %regs, i64 7
  store i64 %1261, i64* %1262, align 8
  %1263 = load i64, i64* %highEnd, align 8
  %1264 = getelementptr i64, i64* %regs, i64 8
  store i64 %1263, i64* %1264, align 8
  %1265 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %1265, i32 %1239, i32 %1246, i64 %1254)
  %1266 = getelementptr i64, i64* %regs, i64 0
  %1267 = load i64, i64* %1266, align 8
  store i64 %1267, i64* %fuel, align 8
  %1268 = getelementptr i64, i64* %regs, i64 6
  %1269 = load i64, i64* %1268, align 8
  store i64 %1269, i64* %lowStart, align 8
  %1270 = getelementptr i64, i64* %regs, i64 7
  %1271 = load i64, i64* %1270, align 8
  store i64 %1271, i64* %lowEnd, align 8
  %1272 = getelementptr i64, i64* %regs, i64 8
  %1273 = load i64, i64* %1272, align 8
  store i64 %1273, i64* %highEnd, align 8
  %1274 = load i32, i32* %i.3, align 4
  %1275 = add i32 %1274, 1
  store i32 %1275, i32* %i.3, align 4
  br label %loop38

dead183:                                          ; No predecessors!
  br label %block37

ok184:                                            ; preds = %block37
  %1276 = getelementptr i8, i8* %mem, i64 %1217
  %1277 = bitcast i64* %unaligned185 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1277, i8* %1276, i64 8, i1 false)
  %1278 = load i64, i64* %unaligned185, align 8
  %1279 = icmp uge i32 %depth, 1000
  br i1 %1279, label %trap15.site16, label %ok186

ok186:                                            ; preds = %ok184
  %1280 = icmp ult i64 %10, %stack_limit
  br i1 %1280, label %trap253.site0, label %stack_ok187

stack_ok187:                                      ; preds = %ok186
  %1281 = load i64, i64* %fuel, align 8
  %1282 = getelementptr i64, i64* %regs, i64 0
  store i64 %1281, i64* %1282, align 8
  %1283 = load i64, i64* %lowStart, align 8
  %1284 = getelementptr i64, i64* %regs, i64 6
  store i64 %1283, i64* %1284, align 8
  %1285 = load i64, i64* %lowEnd, align 8
  %1286 = getelementptr i64, i64* %regs, i64 7
  store i64 %1285, i64* %1286, align 8
  %1287 = load i64, i64* %highEnd, align 8
  %1288 = getelementptr i64, i64* %regs, i64 8
  store i64 %1287, i64* %1288, align 8
  %1289 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %1289, i32 %1215, i32 8, i64 %1278)
  %1290 = getelementptr i64, i64* %regs, i64 0
  %1291 = load i64, i64* %1290, align 8
  store i64 %1291, i64* %fuel, align 8
  %1292 = getelementptr i64, i64* %regs, i64 6
  %1293 = load i64, i64* %1292, align 8
  store i64 %1293, i64* %lowStart, align 8
  %1294 = getelementptr i64, i64* %regs, i64 7
  %1295 = load i64, i64* %1294, align 8
  store i64 %1295, i64* %lowEnd, align 8
  %1296 = getelementptr i64, i64* %regs, i64 8
  %1297 = load i64, i64* %1296, align 8
  store i64 %1297, i64* %highEnd, align 8
  %1298 = load i32, i32* %dict.3, align 4
  store i32 %1298, i32* %result158, align 4
  br label %e34

write.low188:                                     ; preds = %e34
  %1299 = load i64, i64* %lowStart, align 8
  %1300 = icmp uge i64 %1101, %1299
  %1301 = load i64, i64* %lowEnd, align 8
  %1302 = icmp ule i64 %1102, %1301
  %1303 = and i1 %1300, %1302
  %1304 = call i1 @llvm.expect.i1(i1 %1303, i1 true)
  br i1 %1304, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1305 = icmp ugt i64 %1102, %arena_size
  br i1 %1305, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e34
  %1306 = getelementptr i8, i8* %mem, i64 %1101
  store i32 %1099, i32* %unaligned192, align 4
  %1307 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1306, i8* %1307, i64 4, i1 false)
  %1308 = load i32, i32* %prices, align 4
  %1309 = zext i32 %1308 to i64
  %1310 = sub i64 %arena_size, 4
  %1311 = icmp sgt i64 %1309, %1310
  br i1 %1311, label %trap17.site0, label %ok193

ok191:                                            ; preds = %write.slow189
  %1312 = icmp ult i64 %1101, %scratch_start
  %1313 = load i64, i64* %lowStart, align 8
  %1314 = call i64 @llvm.umin.i64(i64 %1313, i64 %1101)
  %1315 = load i64, i64* %lowEnd, align 8
  %1316 = load i64, i64* %highEnd, align 8
  %1317 = add i64 %1102, 64
  %1318 = sub i64 %1102, %1314
  %1319 = lshr i64 %1318, 4
  %1320 = add i64 %1317, %1319
  %1321 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1320)
  %1322 = call i64 @llvm.umax.i64(i64 %1315, i64 %1321)
  %1323 = select i1 %1312, i64 %1322, i64 %1315
  store i64 %1323, i64* %lowEnd, align 8
  %1324 = add i64 %1102, 64
  %1325 = sub i64 %1102, %scratch_start
  %1326 = lshr i64 %1325, 4
  %1327 = add i64 %1324, %1326
  %1328 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1327)
  %1329 = call i64 @llvm.umax.i64(i64 %1316, i64 %1328)
  %1330 = select i1 %1312, i64 %1316, i64 %1329
  store i64 %1330, i64* %highEnd, align 8
  store i64 %1314, i64* %lowStart, align 8
  br label %write.ok190

ok193:                                            ; preds = %write.ok190
  %1331 = getelementptr i8, i8* %mem, i64 %1309
  %1332 = bitcast i32* %unaligned194 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1332, i8* %1331, i64 4, i1 false)
  %1333 = load i32, i32* %unaligned194, align 4
  %1334 = zext i32 %1333 to i64
  store i64 %1334, i64* %size.4, align 8
  %1335 = load i32, i32* %dict, align 4
  %1336 = load i64, i64* %size.4, align 8
  %1337 = zext i32 %1335 to i64
  %1338 = add i64 %1337, 32
  %1339 = add i64 %1338, 8
  %1340 = icmp uge i64 %1338, %scratch_start
  %1341 = load i64, i64* %highEnd, align 8
  %1342 = icmp ule i64 %1339, %1341
  %1343 = and i1 %1340, %1342
  %1344 = call i1 @llvm.expect.i1(i1 %1343, i1 true)
  br i1 %1344, label %write.ok197, label %write.low195

write.low195:                                     ; preds = %ok193
  %1345 = load i64, i64* %lowStart, align 8
  %1346 = icmp uge i64 %1338, %1345
  %1347 = load i64, i64* %lowEnd, align 8
  %1348 = icmp ule i64 %1339, %1347
  %1349 = and i1 %1346, %1348
  %1350 = call i1 @llvm.expect.i1(i1 %1349, i1 true)
  br i1 %1350, label %write.ok197, label %write.slow196

write.slow196:                                    ; preds = %write.low195
  %1351 = icmp ugt i64 %1339, %arena_size
  br i1 %1351, label %trap17.site0, label %ok198

write.ok197:                                      ; preds = %ok198, %write.low195, %ok193
  %1352 = getelementptr i8, i8* %mem, i64 %1338
  store i64 %1336, i64* %unaligned199, align 8
  %1353 = bitcast i64* %unaligned199 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1352, i8* %1353, i64 8, i1 false)
  %1354 = load i32, i32* %dict, align 4
  store i32 %1354, i32* %result5, align 4
  br label %e0

ok198:                                            ; preds = %write.slow196
  %1355 = icmp ult i64 %1338, %scratch_start
  %1356 = load i64, i64* %lowStart, align 8
  %1357 = call i64 @llvm.umin.i64(i64 %1356, i64 %1338)
  %1358 = load i64, i64* %lowEnd, align 8
  %1359 = load i64, i64* %highEnd, align 8
  %1360 = add i64 %1339, 64
  %1361 = sub i64 %1339, %1357
  %1362 = lshr i64 %1361, 4
  %1363 = add i64 %1360, %1362
  %1364 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1363)
  %1365 = call i64 @llvm.umax.i64(i64 %1358, i64 %1364)
  %1366 = select i1 %1355, i64 %1365, i64 %1358
  store i64 %1366, i64* %lowEnd, align 8
  %1367 = add i64 %1339, 64
  %1368 = sub i64 %1339, %scratch_start
  %1369 = lshr i64 %1368, 4
  %1370 = add i64 %1367, %1369
  %1371 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1370)
  %1372 = call i64 @llvm.umax.i64(i64 %1359, i64 %1371)
  %1373 = select i1 %1355, i64 %1359, i64 %1372
  store i64 %1373, i64* %highEnd, align 8
  store i64 %1357, i64* %lowStart, align 8
  br label %write.ok197

ok200:                                            ; preds = %e0
  %1374 = icmp ult i64 %10, %stack_limit
  br i1 %1374, label %trap253.site0, label %stack_ok201

trap15.site0:                                     ; preds = %e0
  %1375 = load i64, i64* %lowStart, align 8
  %1376 = getelementptr i64, i64* %regs, i64 6
  store i64 %1375, i64* %1376, align 8
  %1377 = load i64, i64* %lowEnd, align 8
  %1378 = getelementptr i64, i64* %regs, i64 7
  store i64 %1377, i64* %1378, align 8
  %1379 = load i64, i64* %highEnd, align 8
  %1380 = getelementptr i64, i64* %regs, i64 8
  store i64 %1379, i64* %1380, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok201:                                      ; preds = %ok200
  %1381 = load i64, i64* %fuel, align 8
  %1382 = getelementptr i64, i64* %regs, i64 0
  store i64 %1381, i64* %1382, align 8
  %1383 = load i64, i64* %lowStart, align 8
  %1384 = getelementptr i64, i64* %regs, i64 6
  store i64 %1383, i64* %1384, align 8
  %1385 = load i64, i64* %lowEnd, align 8
  %1386 = getelementptr i64, i64* %regs, i64 7
  store i64 %1385, i64* %1386, align 8
  %1387 = load i64, i64* %highEnd, align 8
  %1388 = getelementptr i64, i64* %regs, i64 8
  store i64 %1387, i64* %1388, align 8
  %1389 = add i32 %depth, 1
  %1390 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1389, i32 %89, i32 %90, i32 0)
  %1391 = getelementptr i64, i64* %regs, i64 0
  %1392 = load i64, i64* %1391, align 8
  store i64 %1392, i64* %fuel, align 8
  %1393 = getelementptr i64, i64* %regs, i64 6
  %1394 = load i64, i64* %1393, align 8
  store i64 %1394, i64* %lowStart, align 8
  %1395 = getelementptr i64, i64* %regs, i64 7
  %1396 = load i64, i64* %1395, align 8
  store i64 %1396, i64* %lowEnd, align 8
  %1397 = getelementptr i64, i64* %regs, i64 8
  %1398 = load i64, i64* %1397, align 8
  store i64 %1398, i64* %highEnd, align 8
  store i32 %1390, i32* %json_end, align 4
  %1399 = load i32, i32* %json_end, align 4
  %1400 = icmp eq i32 %1399, -2
  %1401 = zext i1 %1400 to i32
  %1402 = icmp ne i32 %1401, 0
  br i1 %1402, label %then202, label %else203

then202:                                          ; preds = %stack_ok201
  br label %trap16.site4

else203:                                          ; preds = %stack_ok201
  br label %join204

join204:                                          ; preds = %else203, %dead205
  %1403 = load i32, i32* %json_end, align 4
  %1404 = icmp eq i32 %1403, -1
  %1405 = zext i1 %1404 to i32
  %1406 = icmp ne i32 %1405, 0
  br i1 %1406, label %then206, label %else207

trap16.site4:                                     ; preds = %then202
  %1407 = load i64, i64* %lowStart, align 8
  %1408 = getelementptr i64, i64* %regs, i64 6
  store i64 %1407, i64* %1408, align 8
  %1409 = load i64, i64* %lowEnd, align 8
  %1410 = getelementptr i64, i64* %regs, i64 7
  store i64 %1409, i64* %1410, align 8
  %1411 = load i64, i64* %highEnd, align 8
  %1412 = getelementptr i64, i64* %regs, i64 8
  store i64 %1411, i64* %1412, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead205:                                          ; No predecessors!
  br label %join204

then206:                                          ; preds = %join204
  br label %trap15.site4

else207:                                          ; preds = %join204
  br label %join208

join208:                                          ; preds = %else207, %dead209
  %1413 = load i32, i32* %json_end, align 4
  %1414 = zext i32 %1413 to i64
  %1415 = getelementptr i64, i64* %regs, i64 3
  store i64 %1414, i64* %1415, align 8
  %1416 = load i32, i32* %json_end, align 4
  %1417 = load i32, i32* %json_start, align 4
  %1418 = sub i32 %1416, %1417
  %1419 = load i64, i64* %fuel, align 8
  %1420 = getelementptr i64, i64* %regs, i64 0
  store i64 %1419, i64* %1420, align 8
  %1421 = load i64, i64* %lowStart, align 8
  %1422 = getelementptr i64, i64* %regs, i64 6
  store i64 %1421, i64* %1422, align 8
  %1423 = load i64, i64* %lowEnd, align 8
  %1424 = getelementptr i64, i64* %regs, i64 7
  store i64 %1423, i64* %1424, align 8
  %1425 = load i64, i64* %highEnd, align 8
  %1426 = getelementptr i64, i64* %regs, i64 8
  store i64 %1425, i64* %1426, align 8
  ret i32 %1418

dead209:                                          ; No predecessors!
  br label %join208
}
