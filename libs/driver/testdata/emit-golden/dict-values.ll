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
  %unaligned13 = alloca i32, align 4
  %unaligned14 = alloca i32, align 4
  %unaligned21 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %unaligned32 = alloca i32, align 4
  %result33 = alloca i64, align 8
  %result34 = alloca i32, align 4
  %unaligned36 = alloca i32, align 4
  %unaligned46 = alloca i32, align 4
  %unaligned51 = alloca i64, align 8
  %unaligned52 = alloca i64, align 8
  %unaligned59 = alloca i64, align 8
  %unaligned64 = alloca i64, align 8
  %unaligned67 = alloca i32, align 4
  %unaligned72 = alloca i64, align 8
  %unaligned80 = alloca i64, align 8
  %unaligned87 = alloca i64, align 8
  %result88 = alloca i32, align 4
  %result95 = alloca i32, align 4
  %result96 = alloca i32, align 4
  %unaligned98 = alloca i32, align 4
  %unaligned108 = alloca i32, align 4
  %unaligned113 = alloca i32, align 4
  %unaligned114 = alloca i32, align 4
  %unaligned121 = alloca i32, align 4
  %unaligned126 = alloca i32, align 4
  %unaligned129 = alloca i32, align 4
  %unaligned136 = alloca i32, align 4
  %unaligned140 = alloca i32, align 4
  %result141 = alloca i64, align 8
  %unaligned149 = alloca i64, align 8
  %result153 = alloca i32, align 4
  %unaligned159 = alloca i32, align 4
  %result160 = alloca i64, align 8
  %unaligned168 = alloca i64, align 8
  %unaligned174 = alloca i64, align 8
  %unaligned179 = alloca i32, align 4
  %unaligned185 = alloca i32, align 4
  %unaligned190 = alloca i32, align 4
  %result191 = alloca i32, align 4
  %unaligned197 = alloca i64, align 8
  %unaligned199 = alloca i32, align 4
  %unaligned205 = alloca i32, align 4
  %unaligned208 = alloca i32, align 4
  %unaligned211 = alloca i32, align 4
  %unaligned213 = alloca i64, align 8
  %unaligned218 = alloca i64, align 8
  %unaligned225 = alloca i32, align 4
  %unaligned227 = alloca i32, align 4
  %unaligned232 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %loop38, %each21, %loop19117, %each1176, %loop955, %loop417, %body
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

trap253.site0:                                    ; preds = %ok233, %ok219, %ok214, %ok161, %ok142, %ok89, %ok1
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

trap17.site0:                                     ; preds = %write.slow229, %write.ok223, %write.slow222, %block37, %ok210, %cont209, %ok206, %write.slow202, %write.ok195, %write.slow194, %write.slow187, %write.slow182, %write.slow176, %write.slow171, %join165, %write.slow156, %join146, %cont138, %ok134, %e16, %write.slow123, %cont119, %write.slow105, %write.ok93, %write.slow92, %write.slow84, %cont78, %e6, %write.slow61, %cont57, %write.slow43, %write.ok30, %write.slow29, %write.slow23, %cont19, %write.slow, %ok6, %ok2, %stack_ok
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

e0:                                               ; preds = %write.ok230
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
  br i1 %91, label %trap15.site0, label %ok233

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

trap15.site4:                                     ; preds = %then239, %ok3
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

e1:                                               ; preds = %versioned.join
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
  br i1 %115, label %write.ok30, label %write.low28

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
  %165 = load i32, i32* %i, align 4
  %166 = load i32, i32* %n, align 4
  %167 = icmp ugt i32 %166, %165
  %168 = sub i32 %166, %165
  %169 = select i1 %167, i32 %168, i32 0
  %170 = zext i32 %169 to i64
  %171 = load i64, i64* %fuel, align 8
  %172 = icmp ult i64 %170, %171
  %173 = icmp ne i64 %170, 0
  %174 = icmp ult i64 %170, 4294967296
  %175 = and i1 %173, %174
  %176 = and i1 %172, %175
  %177 = load i32, i32* %list, align 4
  %178 = zext i32 %177 to i64
  %179 = load i32, i32* %i, align 4
  %180 = zext i32 %179 to i64
  %181 = add i64 %180, %170
  %182 = sub i64 %181, 1
  %183 = mul i64 %182, 4
  %184 = add i64 %178, %183
  %185 = add i64 %184, 8
  %186 = icmp ult i64 %182, 4294967296
  %187 = icmp ule i64 %185, %arena_size
  %188 = and i1 %186, %187
  %189 = and i1 %176, %188
  %190 = mul i64 %180, 4
  %191 = add i64 %178, %190
  %192 = add i64 %191, 4
  %193 = load i32, i32* %d, align 4
  %194 = zext i32 %193 to i64
  %195 = load i32, i32* %i, align 4
  %196 = zext i32 %195 to i64
  %197 = add i64 %196, %170
  %198 = sub i64 %197, 1
  %199 = mul i64 %198, 16
  %200 = add i64 %194, %199
  %201 = add i64 %200, 12
  %202 = icmp ult i64 %198, 4294967296
  %203 = icmp ule i64 %201, %arena_size
  %204 = and i1 %202, %203
  %205 = and i1 %189, %204
  %206 = call i1 @llvm.expect.i1(i1 %205, i1 true)
  br i1 %206, label %versioned.fast, label %versioned.slow

ok11:                                             ; preds = %write.slow
  %207 = icmp ult i64 %149, %scratch_start
  %208 = load i64, i64* %lowStart, align 8
  %209 = call i64 @llvm.umin.i64(i64 %208, i64 %149)
  %210 = load i64, i64* %lowEnd, align 8
  %211 = load i64, i64* %highEnd, align 8
  %212 = add i64 %150, 64
  %213 = sub i64 %150, %209
  %214 = lshr i64 %213, 4
  %215 = add i64 %212, %214
  %216 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %215)
  %217 = call i64 @llvm.umax.i64(i64 %210, i64 %216)
  %218 = select i1 %207, i64 %217, i64 %210
  store i64 %218, i64* %lowEnd, align 8
  %219 = add i64 %150, 64
  %220 = sub i64 %150, %scratch_start
  %221 = lshr i64 %220, 4
  %222 = add i64 %219, %221
  %223 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %222)
  %224 = call i64 @llvm.umax.i64(i64 %211, i64 %223)
  %225 = select i1 %207, i64 %211, i64 %224
  store i64 %225, i64* %highEnd, align 8
  store i64 %209, i64* %lowStart, align 8
  br label %write.ok

versioned.fast:                                   ; preds = %write.ok
  %226 = icmp ult i64 %192, %scratch_start
  %227 = load i64, i64* %lowStart, align 8
  %228 = call i64 @llvm.umin.i64(i64 %227, i64 %192)
  %229 = load i64, i64* %lowEnd, align 8
  %230 = load i64, i64* %highEnd, align 8
  %231 = call i64 @llvm.umax.i64(i64 %229, i64 %185)
  %232 = select i1 %226, i64 %231, i64 %229
  store i64 %232, i64* %lowEnd, align 8
  %233 = call i64 @llvm.umax.i64(i64 %230, i64 %185)
  %234 = select i1 %226, i64 %230, i64 %233
  store i64 %234, i64* %highEnd, align 8
  store i64 %228, i64* %lowStart, align 8
  %235 = add i64 %170, 1
  %236 = mul i64 %235, 1
  %237 = sub i64 %171, %236
  store i64 %237, i64* %fuel, align 8
  br label %loop4

versioned.slow:                                   ; preds = %write.ok
  br label %loop417

versioned.join:                                   ; preds = %block316, %block3
  %238 = load i32, i32* %list, align 4
  store i32 %238, i32* %result7, align 4
  br label %e1

block3:                                           ; preds = %dead15, %loop4
  br label %versioned.join

loop4:                                            ; preds = %cont, %versioned.fast
  %239 = load i32, i32* %i, align 4
  %240 = load i32, i32* %n, align 4
  %241 = icmp uge i32 %239, %240
  %242 = zext i1 %241 to i32
  %243 = icmp ne i32 %242, 0
  br i1 %243, label %block3, label %cont

cont:                                             ; preds = %loop4
  %244 = load i32, i32* %i, align 4
  %245 = zext i32 %244 to i64
  %246 = mul i64 %245, 4
  %247 = load i32, i32* %list, align 4
  %248 = zext i32 %247 to i64
  %249 = add i64 %248, %246
  %250 = add i64 %249, 4
  %251 = getelementptr i8, i8* %mem, i64 %250
  %252 = load i32, i32* %i, align 4
  %253 = zext i32 %252 to i64
  %254 = mul i64 %253, 16
  %255 = load i32, i32* %d, align 4
  %256 = zext i32 %255 to i64
  %257 = add i64 %256, %254
  %258 = add i64 %257, 8
  %259 = getelementptr i8, i8* %mem, i64 %258
  %260 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %260, i8* %259, i64 4, i1 false)
  %261 = load i32, i32* %unaligned13, align 4
  store i32 %261, i32* %unaligned14, align 4
  %262 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %251, i8* %262, i64 4, i1 false)
  %263 = load i32, i32* %i, align 4
  %264 = add i32 %263, 1
  store i32 %264, i32* %i, align 4
  br label %loop4

dead15:                                           ; No predecessors!
  br label %block3

block316:                                         ; preds = %dead27, %ok18
  br label %versioned.join

loop417:                                          ; preds = %write.ok24, %versioned.slow
  %265 = load i64, i64* %fuel, align 8
  %266 = icmp ult i64 %265, 1
  br i1 %266, label %trap14.site0, label %ok18

ok18:                                             ; preds = %loop417
  %267 = sub i64 %265, 1
  store i64 %267, i64* %fuel, align 8
  %268 = load i32, i32* %i, align 4
  %269 = load i32, i32* %n, align 4
  %270 = icmp uge i32 %268, %269
  %271 = zext i1 %270 to i32
  %272 = icmp ne i32 %271, 0
  br i1 %272, label %block316, label %cont19

cont19:                                           ; preds = %ok18
  %273 = load i32, i32* %list, align 4
  %274 = load i32, i32* %i, align 4
  %275 = mul i32 %274, 4
  %276 = add i32 %273, %275
  %277 = load i32, i32* %d, align 4
  %278 = load i32, i32* %i, align 4
  %279 = mul i32 %278, 16
  %280 = add i32 %277, %279
  %281 = zext i32 %280 to i64
  %282 = sub i64 %arena_size, 12
  %283 = icmp sgt i64 %281, %282
  br i1 %283, label %trap17.site0, label %ok20

ok20:                                             ; preds = %cont19
  %284 = add i64 %281, 8
  %285 = getelementptr i8, i8* %mem, i64 %284
  %286 = bitcast i32* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %286, i8* %285, i64 4, i1 false)
  %287 = load i32, i32* %unaligned21, align 4
  %288 = zext i32 %276 to i64
  %289 = add i64 %288, 4
  %290 = add i64 %289, 4
  %291 = icmp uge i64 %289, %scratch_start
  %292 = load i64, i64* %highEnd, align 8
  %293 = icmp ule i64 %290, %292
  %294 = and i1 %291, %293
  %295 = call i1 @llvm.expect.i1(i1 %294, i1 true)
  br i1 %295, label %write.ok24, label %write.low22

write.low22:                                      ; preds = %ok20
  %296 = load i64, i64* %lowStart, align 8
  %297 = icmp uge i64 %289, %296
  %298 = load i64, i64* %lowEnd, align 8
  %299 = icmp ule i64 %290, %298
  %300 = and i1 %297, %299
  %301 = call i1 @llvm.expect.i1(i1 %300, i1 true)
  br i1 %301, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %302 = icmp ugt i64 %290, %arena_size
  br i1 %302, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %ok20
  %303 = getelementptr i8, i8* %mem, i64 %289
  store i32 %287, i32* %unaligned26, align 4
  %304 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %303, i8* %304, i64 4, i1 false)
  %305 = load i32, i32* %i, align 4
  %306 = add i32 %305, 1
  store i32 %306, i32* %i, align 4
  br label %loop417

ok25:                                             ; preds = %write.slow23
  %307 = icmp ult i64 %289, %scratch_start
  %308 = load i64, i64* %lowStart, align 8
  %309 = call i64 @llvm.umin.i64(i64 %308, i64 %289)
  %310 = load i64, i64* %lowEnd, align 8
  %311 = load i64, i64* %highEnd, align 8
  %312 = add i64 %290, 64
  %313 = sub i64 %290, %309
  %314 = lshr i64 %313, 4
  %315 = add i64 %312, %314
  %316 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %315)
  %317 = call i64 @llvm.umax.i64(i64 %310, i64 %316)
  %318 = select i1 %307, i64 %317, i64 %310
  store i64 %318, i64* %lowEnd, align 8
  %319 = add i64 %290, 64
  %320 = sub i64 %290, %scratch_start
  %321 = lshr i64 %320, 4
  %322 = add i64 %319, %321
  %323 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %322)
  %324 = call i64 @llvm.umax.i64(i64 %311, i64 %323)
  %325 = select i1 %307, i64 %311, i64 %324
  store i64 %325, i64* %highEnd, align 8
  store i64 %309, i64* %lowStart, align 8
  br label %write.ok24

dead27:                                           ; No predecessors!
  br label %block316

write.low28:                                      ; preds = %e1
  %326 = load i64, i64* %lowStart, align 8
  %327 = icmp uge i64 %109, %326
  %328 = load i64, i64* %lowEnd, align 8
  %329 = icmp ule i64 %110, %328
  %330 = and i1 %327, %329
  %331 = call i1 @llvm.expect.i1(i1 %330, i1 true)
  br i1 %331, label %write.ok30, label %write.slow29

write.slow29:                                     ; preds = %write.low28
  %332 = icmp ugt i64 %110, %arena_size
  br i1 %332, label %trap17.site0, label %ok31

write.ok30:                                       ; preds = %ok31, %write.low28, %e1
  %333 = getelementptr i8, i8* %mem, i64 %109
  store i32 %108, i32* %unaligned32, align 4
  %334 = bitcast i32* %unaligned32 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %333, i8* %334, i64 4, i1 false)
  %335 = load i32, i32* %prices, align 4
  store i32 %335, i32* %d.1, align 4
  %336 = load i32, i32* %d.1, align 4
  %337 = zext i32 %336 to i64
  %338 = sub i64 %arena_size, 4
  %339 = icmp sgt i64 %337, %338
  br i1 %339, label %trap17.site0, label %ok35

ok31:                                             ; preds = %write.slow29
  %340 = icmp ult i64 %109, %scratch_start
  %341 = load i64, i64* %lowStart, align 8
  %342 = call i64 @llvm.umin.i64(i64 %341, i64 %109)
  %343 = load i64, i64* %lowEnd, align 8
  %344 = load i64, i64* %highEnd, align 8
  %345 = add i64 %110, 64
  %346 = sub i64 %110, %342
  %347 = lshr i64 %346, 4
  %348 = add i64 %345, %347
  %349 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %348)
  %350 = call i64 @llvm.umax.i64(i64 %343, i64 %349)
  %351 = select i1 %340, i64 %350, i64 %343
  store i64 %351, i64* %lowEnd, align 8
  %352 = add i64 %110, 64
  %353 = sub i64 %110, %scratch_start
  %354 = lshr i64 %353, 4
  %355 = add i64 %352, %354
  %356 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %355)
  %357 = call i64 @llvm.umax.i64(i64 %344, i64 %356)
  %358 = select i1 %340, i64 %344, i64 %357
  store i64 %358, i64* %highEnd, align 8
  store i64 %342, i64* %lowStart, align 8
  br label %write.ok30

e5:                                               ; preds = %versioned.join70
  %359 = load i64, i64* %result33, align 8
  store i64 %359, i64* %total, align 8
  %360 = load i32, i32* %dict, align 4
  %361 = load i64, i64* %total, align 8
  %362 = zext i32 %360 to i64
  %363 = add i64 %362, 8
  %364 = add i64 %363, 8
  %365 = icmp uge i64 %363, %scratch_start
  %366 = load i64, i64* %highEnd, align 8
  %367 = icmp ule i64 %364, %366
  %368 = and i1 %365, %367
  %369 = call i1 @llvm.expect.i1(i1 %368, i1 true)
  br i1 %369, label %write.ok85, label %write.low83

e6:                                               ; preds = %versioned.join49
  %370 = load i32, i32* %result34, align 4
  store i32 %370, i32* %xs, align 4
  store i64 0, i64* %sum, align 8
  %371 = load i32, i32* %xs, align 4
  %372 = zext i32 %371 to i64
  %373 = sub i64 %arena_size, 4
  %374 = icmp sgt i64 %372, %373
  br i1 %374, label %trap17.site0, label %ok66

ok35:                                             ; preds = %write.ok30
  %375 = getelementptr i8, i8* %mem, i64 %337
  %376 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %376, i8* %375, i64 4, i1 false)
  %377 = load i32, i32* %unaligned36, align 4
  store i32 %377, i32* %n.1, align 4
  %378 = load i32, i32* %n.1, align 4
  %379 = zext i32 %378 to i64
  %380 = mul i64 %379, 8
  %381 = add i64 8, %380
  store i64 %381, i64* %size.1, align 8
  %382 = load i64, i64* %size.1, align 8
  %383 = icmp ugt i64 %382, 2147483647
  %384 = zext i1 %383 to i32
  %385 = icmp ne i32 %384, 0
  br i1 %385, label %then37, label %else38

then37:                                           ; preds = %ok35
  br label %trap15.site7

else38:                                           ; preds = %ok35
  br label %join39

join39:                                           ; preds = %else38, %dead40
  %386 = load i64, i64* %size.1, align 8
  %387 = trunc i64 %386 to i32
  %388 = zext i32 %387 to i64
  %389 = getelementptr i64, i64* %regs, i64 1
  %390 = getelementptr i64, i64* %regs, i64 2
  %391 = load i64, i64* %389, align 8
  %392 = add i64 %391, 7
  %393 = and i64 %392, -8
  %394 = add i64 %393, %388
  %395 = load i64, i64* %390, align 8
  %396 = icmp ugt i64 %394, %395
  br i1 %396, label %trap15.site7, label %ok41

trap15.site7:                                     ; preds = %join39, %then37
  %397 = load i64, i64* %lowStart, align 8
  %398 = getelementptr i64, i64* %regs, i64 6
  store i64 %397, i64* %398, align 8
  %399 = load i64, i64* %lowEnd, align 8
  %400 = getelementptr i64, i64* %regs, i64 7
  store i64 %399, i64* %400, align 8
  %401 = load i64, i64* %highEnd, align 8
  %402 = getelementptr i64, i64* %regs, i64 8
  store i64 %401, i64* %402, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead40:                                           ; No predecessors!
  br label %join39

ok41:                                             ; preds = %join39
  store i64 %394, i64* %389, align 8
  %403 = load i64, i64* %highEnd, align 8
  %404 = call i64 @llvm.umax.i64(i64 %403, i64 %394)
  store i64 %404, i64* %highEnd, align 8
  %405 = trunc i64 %393 to i32
  store i32 %405, i32* %list.1, align 4
  %406 = load i32, i32* %list.1, align 4
  %407 = load i32, i32* %n.1, align 4
  %408 = zext i32 %406 to i64
  %409 = add i64 %408, 4
  %410 = icmp uge i64 %408, %scratch_start
  %411 = load i64, i64* %highEnd, align 8
  %412 = icmp ule i64 %409, %411
  %413 = and i1 %410, %412
  %414 = call i1 @llvm.expect.i1(i1 %413, i1 true)
  br i1 %414, label %write.ok44, label %write.low42

write.low42:                                      ; preds = %ok41
  %415 = load i64, i64* %lowStart, align 8
  %416 = icmp uge i64 %408, %415
  %417 = load i64, i64* %lowEnd, align 8
  %418 = icmp ule i64 %409, %417
  %419 = and i1 %416, %418
  %420 = call i1 @llvm.expect.i1(i1 %419, i1 true)
  br i1 %420, label %write.ok44, label %write.slow43

write.slow43:                                     ; preds = %write.low42
  %421 = icmp ugt i64 %409, %arena_size
  br i1 %421, label %trap17.site0, label %ok45

write.ok44:                                       ; preds = %ok45, %write.low42, %ok41
  %422 = getelementptr i8, i8* %mem, i64 %408
  store i32 %407, i32* %unaligned46, align 4
  %423 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %422, i8* %423, i64 4, i1 false)
  store i32 0, i32* %i.1, align 4
  %424 = load i32, i32* %i.1, align 4
  %425 = load i32, i32* %n.1, align 4
  %426 = icmp ugt i32 %425, %424
  %427 = sub i32 %425, %424
  %428 = select i1 %426, i32 %427, i32 0
  %429 = zext i32 %428 to i64
  %430 = load i64, i64* %fuel, align 8
  %431 = icmp ult i64 %429, %430
  %432 = icmp ne i64 %429, 0
  %433 = icmp ult i64 %429, 4294967296
  %434 = and i1 %432, %433
  %435 = and i1 %431, %434
  %436 = load i32, i32* %list.1, align 4
  %437 = zext i32 %436 to i64
  %438 = load i32, i32* %i.1, align 4
  %439 = zext i32 %438 to i64
  %440 = add i64 %439, %429
  %441 = sub i64 %440, 1
  %442 = mul i64 %441, 8
  %443 = add i64 %437, %442
  %444 = add i64 %443, 16
  %445 = icmp ult i64 %441, 4294967296
  %446 = icmp ule i64 %444, %arena_size
  %447 = and i1 %445, %446
  %448 = and i1 %435, %447
  %449 = mul i64 %439, 8
  %450 = add i64 %437, %449
  %451 = add i64 %450, 8
  %452 = load i32, i32* %d.1, align 4
  %453 = zext i32 %452 to i64
  %454 = load i32, i32* %i.1, align 4
  %455 = zext i32 %454 to i64
  %456 = add i64 %455, %429
  %457 = sub i64 %456, 1
  %458 = mul i64 %457, 16
  %459 = add i64 %453, %458
  %460 = add i64 %459, 24
  %461 = icmp ult i64 %457, 4294967296
  %462 = icmp ule i64 %460, %arena_size
  %463 = and i1 %461, %462
  %464 = and i1 %448, %463
  %465 = call i1 @llvm.expect.i1(i1 %464, i1 true)
  br i1 %465, label %versioned.fast47, label %versioned.slow48

ok45:                                             ; preds = %write.slow43
  %466 = icmp ult i64 %408, %scratch_start
  %467 = load i64, i64* %lowStart, align 8
  %468 = call i64 @llvm.umin.i64(i64 %467, i64 %408)
  %469 = load i64, i64* %lowEnd, align 8
  %470 = load i64, i64* %highEnd, align 8
  %471 = add i64 %409, 64
  %472 = sub i64 %409, %468
  %473 = lshr i64 %472, 4
  %474 = add i64 %471, %473
  %475 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %474)
  %476 = call i64 @llvm.umax.i64(i64 %469, i64 %475)
  %477 = select i1 %466, i64 %476, i64 %469
  store i64 %477, i64* %lowEnd, align 8
  %478 = add i64 %409, 64
  %479 = sub i64 %409, %scratch_start
  %480 = lshr i64 %479, 4
  %481 = add i64 %478, %480
  %482 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %481)
  %483 = call i64 @llvm.umax.i64(i64 %470, i64 %482)
  %484 = select i1 %466, i64 %470, i64 %483
  store i64 %484, i64* %highEnd, align 8
  store i64 %468, i64* %lowStart, align 8
  br label %write.ok44

versioned.fast47:                                 ; preds = %write.ok44
  %485 = icmp ult i64 %451, %scratch_start
  %486 = load i64, i64* %lowStart, align 8
  %487 = call i64 @llvm.umin.i64(i64 %486, i64 %451)
  %488 = load i64, i64* %lowEnd, align 8
  %489 = load i64, i64* %highEnd, align 8
  %490 = call i64 @llvm.umax.i64(i64 %488, i64 %444)
  %491 = select i1 %485, i64 %490, i64 %488
  store i64 %491, i64* %lowEnd, align 8
  %492 = call i64 @llvm.umax.i64(i64 %489, i64 %444)
  %493 = select i1 %485, i64 %489, i64 %492
  store i64 %493, i64* %highEnd, align 8
  store i64 %487, i64* %lowStart, align 8
  %494 = add i64 %429, 1
  %495 = mul i64 %494, 1
  %496 = sub i64 %430, %495
  store i64 %496, i64* %fuel, align 8
  br label %loop9

versioned.slow48:                                 ; preds = %write.ok44
  br label %loop955

versioned.join49:                                 ; preds = %block854, %block8
  %497 = load i32, i32* %list.1, align 4
  store i32 %497, i32* %result34, align 4
  br label %e6

block8:                                           ; preds = %dead53, %loop9
  br label %versioned.join49

loop9:                                            ; preds = %cont50, %versioned.fast47
  %498 = load i32, i32* %i.1, align 4
  %499 = load i32, i32* %n.1, align 4
  %500 = icmp uge i32 %498, %499
  %501 = zext i1 %500 to i32
  %502 = icmp ne i32 %501, 0
  br i1 %502, label %block8, label %cont50

cont50:                                           ; preds = %loop9
  %503 = load i32, i32* %i.1, align 4
  %504 = zext i32 %503 to i64
  %505 = mul i64 %504, 8
  %506 = load i32, i32* %list.1, align 4
  %507 = zext i32 %506 to i64
  %508 = add i64 %507, %505
  %509 = add i64 %508, 8
  %510 = getelementptr i8, i8* %mem, i64 %509
  %511 = load i32, i32* %i.1, align 4
  %512 = zext i32 %511 to i64
  %513 = mul i64 %512, 16
  %514 = load i32, i32* %d.1, align 4
  %515 = zext i32 %514 to i64
  %516 = add i64 %515, %513
  %517 = add i64 %516, 16
  %518 = getelementptr i8, i8* %mem, i64 %517
  %519 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %519, i8* %518, i64 8, i1 false)
  %520 = load i64, i64* %unaligned51, align 8
  store i64 %520, i64* %unaligned52, align 8
  %521 = bitcast i64* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %510, i8* %521, i64 8, i1 false)
  %522 = load i32, i32* %i.1, align 4
  %523 = add i32 %522, 1
  store i32 %523, i32* %i.1, align 4
  br label %loop9

dead53:                                           ; No predecessors!
  br label %block8

block854:                                         ; preds = %dead65, %ok56
  br label %versioned.join49

loop955:                                          ; preds = %write.ok62, %versioned.slow48
  %524 = load i64, i64* %fuel, align 8
  %525 = icmp ult i64 %524, 1
  br i1 %525, label %trap14.site0, label %ok56

ok56:                                             ; preds = %loop955
  %526 = sub i64 %524, 1
  store i64 %526, i64* %fuel, align 8
  %527 = load i32, i32* %i.1, align 4
  %528 = load i32, i32* %n.1, align 4
  %529 = icmp uge i32 %527, %528
  %530 = zext i1 %529 to i32
  %531 = icmp ne i32 %530, 0
  br i1 %531, label %block854, label %cont57

cont57:                                           ; preds = %ok56
  %532 = load i32, i32* %list.1, align 4
  %533 = load i32, i32* %i.1, align 4
  %534 = mul i32 %533, 8
  %535 = add i32 %532, %534
  %536 = load i32, i32* %d.1, align 4
  %537 = load i32, i32* %i.1, align 4
  %538 = mul i32 %537, 16
  %539 = add i32 %536, %538
  %540 = zext i32 %539 to i64
  %541 = sub i64 %arena_size, 24
  %542 = icmp sgt i64 %540, %541
  br i1 %542, label %trap17.site0, label %ok58

ok58:                                             ; preds = %cont57
  %543 = add i64 %540, 16
  %544 = getelementptr i8, i8* %mem, i64 %543
  %545 = bitcast i64* %unaligned59 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %545, i8* %544, i64 8, i1 false)
  %546 = load i64, i64* %unaligned59, align 8
  %547 = zext i32 %535 to i64
  %548 = add i64 %547, 8
  %549 = add i64 %548, 8
  %550 = icmp uge i64 %548, %scratch_start
  %551 = load i64, i64* %highEnd, align 8
  %552 = icmp ule i64 %549, %551
  %553 = and i1 %550, %552
  %554 = call i1 @llvm.expect.i1(i1 %553, i1 true)
  br i1 %554, label %write.ok62, label %write.low60

write.low60:                                      ; preds = %ok58
  %555 = load i64, i64* %lowStart, align 8
  %556 = icmp uge i64 %548, %555
  %557 = load i64, i64* %lowEnd, align 8
  %558 = icmp ule i64 %549, %557
  %559 = and i1 %556, %558
  %560 = call i1 @llvm.expect.i1(i1 %559, i1 true)
  br i1 %560, label %write.ok62, label %write.slow61

write.slow61:                                     ; preds = %write.low60
  %561 = icmp ugt i64 %549, %arena_size
  br i1 %561, label %trap17.site0, label %ok63

write.ok62:                                       ; preds = %ok63, %write.low60, %ok58
  %562 = getelementptr i8, i8* %mem, i64 %548
  store i64 %546, i64* %unaligned64, align 8
  %563 = bitcast i64* %unaligned64 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %562, i8* %563, i64 8, i1 false)
  %564 = load i32, i32* %i.1, align 4
  %565 = add i32 %564, 1
  store i32 %565, i32* %i.1, align 4
  br label %loop955

ok63:                                             ; preds = %write.slow61
  %566 = icmp ult i64 %548, %scratch_start
  %567 = load i64, i64* %lowStart, align 8
  %568 = call i64 @llvm.umin.i64(i64 %567, i64 %548)
  %569 = load i64, i64* %lowEnd, align 8
  %570 = load i64, i64* %highEnd, align 8
  %571 = add i64 %549, 64
  %572 = sub i64 %549, %568
  %573 = lshr i64 %572, 4
  %574 = add i64 %571, %573
  %575 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %574)
  %576 = call i64 @llvm.umax.i64(i64 %569, i64 %575)
  %577 = select i1 %566, i64 %576, i64 %569
  store i64 %577, i64* %lowEnd, align 8
  %578 = add i64 %549, 64
  %579 = sub i64 %549, %scratch_start
  %580 = lshr i64 %579, 4
  %581 = add i64 %578, %580
  %582 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %581)
  %583 = call i64 @llvm.umax.i64(i64 %570, i64 %582)
  %584 = select i1 %566, i64 %570, i64 %583
  store i64 %584, i64* %highEnd, align 8
  store i64 %568, i64* %lowStart, align 8
  br label %write.ok62

dead65:                                           ; No predecessors!
  br label %block854

ok66:                                             ; preds = %e6
  %585 = getelementptr i8, i8* %mem, i64 %372
  %586 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %586, i8* %585, i64 4, i1 false)
  %587 = load i32, i32* %unaligned67, align 4
  store i32 %587, i32* %n.2, align 4
  store i32 0, i32* %k, align 4
  %588 = load i32, i32* %k, align 4
  %589 = load i32, i32* %n.2, align 4
  %590 = icmp ugt i32 %589, %588
  %591 = sub i32 %589, %588
  %592 = select i1 %590, i32 %591, i32 0
  %593 = zext i32 %592 to i64
  %594 = load i64, i64* %fuel, align 8
  %595 = icmp ult i64 %593, %594
  %596 = icmp ne i64 %593, 0
  %597 = icmp ult i64 %593, 4294967296
  %598 = and i1 %596, %597
  %599 = and i1 %595, %598
  %600 = load i32, i32* %xs, align 4
  %601 = zext i32 %600 to i64
  %602 = load i32, i32* %k, align 4
  %603 = zext i32 %602 to i64
  %604 = add i64 %603, %593
  %605 = sub i64 %604, 1
  %606 = mul i64 %605, 8
  %607 = add i64 %601, %606
  %608 = add i64 %607, 16
  %609 = icmp ult i64 %605, 4294967296
  %610 = icmp ule i64 %608, %arena_size
  %611 = and i1 %609, %610
  %612 = and i1 %599, %611
  %613 = call i1 @llvm.expect.i1(i1 %612, i1 true)
  br i1 %613, label %versioned.fast68, label %versioned.slow69

versioned.fast68:                                 ; preds = %ok66
  %614 = add i64 %593, 1
  %615 = mul i64 %614, 1
  %616 = sub i64 %594, %615
  store i64 %616, i64* %fuel, align 8
  br label %each11

versioned.slow69:                                 ; preds = %ok66
  br label %each1176

versioned.join70:                                 ; preds = %block1075, %block10
  %617 = load i64, i64* %sum, align 8
  store i64 %617, i64* %result33, align 8
  br label %e5

block10:                                          ; preds = %dead74, %each11
  br label %versioned.join70

each11:                                           ; preds = %ok73, %versioned.fast68
  %618 = load i32, i32* %k, align 4
  %619 = load i32, i32* %n.2, align 4
  %620 = icmp uge i32 %618, %619
  %621 = zext i1 %620 to i32
  %622 = icmp ne i32 %621, 0
  br i1 %622, label %block10, label %cont71

cont71:                                           ; preds = %each11
  %623 = load i32, i32* %k, align 4
  %624 = zext i32 %623 to i64
  %625 = mul i64 %624, 8
  %626 = load i32, i32* %xs, align 4
  %627 = zext i32 %626 to i64
  %628 = add i64 %627, %625
  %629 = add i64 %628, 8
  %630 = getelementptr i8, i8* %mem, i64 %629
  %631 = bitcast i64* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %631, i8* %630, i64 8, i1 false)
  %632 = load i64, i64* %unaligned72, align 8
  store i64 %632, i64* %x, align 8
  %633 = load i64, i64* %sum, align 8
  %634 = load i64, i64* %x, align 8
  %635 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %633, i64 %634)
  %636 = extractvalue { i64, i1 } %635, 1
  br i1 %636, label %trap2.site6, label %ok73

ok73:                                             ; preds = %cont71
  %637 = extractvalue { i64, i1 } %635, 0
  store i64 %637, i64* %sum, align 8
  %638 = load i32, i32* %k, align 4
  %639 = add i32 %638, 1
  store i32 %639, i32* %k, align 4
  br label %each11

trap2.site6:                                      ; preds = %ok79, %cont71
  %640 = load i64, i64* %lowStart, align 8
  %641 = getelementptr i64, i64* %regs, i64 6
  store i64 %640, i64* %641, align 8
  %642 = load i64, i64* %lowEnd, align 8
  %643 = getelementptr i64, i64* %regs, i64 7
  store i64 %642, i64* %643, align 8
  %644 = load i64, i64* %highEnd, align 8
  %645 = getelementptr i64, i64* %regs, i64 8
  store i64 %644, i64* %645, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

dead74:                                           ; No predecessors!
  br label %block10

block1075:                                        ; preds = %dead82, %ok77
  br label %versioned.join70

each1176:                                         ; preds = %ok81, %versioned.slow69
  %646 = load i64, i64* %fuel, align 8
  %647 = icmp ult i64 %646, 1
  br i1 %647, label %trap14.site0, label %ok77

ok77:                                             ; preds = %each1176
  %648 = sub i64 %646, 1
  store i64 %648, i64* %fuel, align 8
  %649 = load i32, i32* %k, align 4
  %650 = load i32, i32* %n.2, align 4
  %651 = icmp uge i32 %649, %650
  %652 = zext i1 %651 to i32
  %653 = icmp ne i32 %652, 0
  br i1 %653, label %block1075, label %cont78

cont78:                                           ; preds = %ok77
  %654 = load i32, i32* %xs, align 4
  %655 = load i32, i32* %k, align 4
  %656 = mul i32 %655, 8
  %657 = add i32 %654, %656
  %658 = zext i32 %657 to i64
  %659 = sub i64 %arena_size, 16
  %660 = icmp sgt i64 %658, %659
  br i1 %660, label %trap17.site0, label %ok79

ok79:                                             ; preds = %cont78
  %661 = add i64 %658, 8
  %662 = getelementptr i8, i8* %mem, i64 %661
  %663 = bitcast i64* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %663, i8* %662, i64 8, i1 false)
  %664 = load i64, i64* %unaligned80, align 8
  store i64 %664, i64* %x, align 8
  %665 = load i64, i64* %sum, align 8
  %666 = load i64, i64* %x, align 8
  %667 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %665, i64 %666)
  %668 = extractvalue { i64, i1 } %667, 1
  br i1 %668, label %trap2.site6, label %ok81

ok81:                                             ; preds = %ok79
  %669 = extractvalue { i64, i1 } %667, 0
  store i64 %669, i64* %sum, align 8
  %670 = load i32, i32* %k, align 4
  %671 = add i32 %670, 1
  store i32 %671, i32* %k, align 4
  br label %each1176

dead82:                                           ; No predecessors!
  br label %block1075

write.low83:                                      ; preds = %e5
  %672 = load i64, i64* %lowStart, align 8
  %673 = icmp uge i64 %363, %672
  %674 = load i64, i64* %lowEnd, align 8
  %675 = icmp ule i64 %364, %674
  %676 = and i1 %673, %675
  %677 = call i1 @llvm.expect.i1(i1 %676, i1 true)
  br i1 %677, label %write.ok85, label %write.slow84

write.slow84:                                     ; preds = %write.low83
  %678 = icmp ugt i64 %364, %arena_size
  br i1 %678, label %trap17.site0, label %ok86

write.ok85:                                       ; preds = %ok86, %write.low83, %e5
  %679 = getelementptr i8, i8* %mem, i64 %363
  store i64 %361, i64* %unaligned87, align 8
  %680 = bitcast i64* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %679, i8* %680, i64 8, i1 false)
  %681 = load i32, i32* %prices, align 4
  store i32 %681, i32* %d.2, align 4
  %682 = load i32, i32* %wanted, align 4
  store i32 %682, i32* %k.1, align 4
  %683 = load i32, i32* %d.2, align 4
  %684 = load i32, i32* %k.1, align 4
  %685 = icmp uge i32 %depth, 1000
  br i1 %685, label %trap15.site8, label %ok89

ok86:                                             ; preds = %write.slow84
  %686 = icmp ult i64 %363, %scratch_start
  %687 = load i64, i64* %lowStart, align 8
  %688 = call i64 @llvm.umin.i64(i64 %687, i64 %363)
  %689 = load i64, i64* %lowEnd, align 8
  %690 = load i64, i64* %highEnd, align 8
  %691 = add i64 %364, 64
  %692 = sub i64 %364, %688
  %693 = lshr i64 %692, 4
  %694 = add i64 %691, %693
  %695 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %694)
  %696 = call i64 @llvm.umax.i64(i64 %689, i64 %695)
  %697 = select i1 %686, i64 %696, i64 %689
  store i64 %697, i64* %lowEnd, align 8
  %698 = add i64 %364, 64
  %699 = sub i64 %364, %scratch_start
  %700 = lshr i64 %699, 4
  %701 = add i64 %698, %700
  %702 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %701)
  %703 = call i64 @llvm.umax.i64(i64 %690, i64 %702)
  %704 = select i1 %686, i64 %690, i64 %703
  store i64 %704, i64* %highEnd, align 8
  store i64 %688, i64* %lowStart, align 8
  br label %write.ok85

e12:                                              ; preds = %stack_ok90
  %705 = load i32, i32* %result88, align 4
  store i32 %705, i32* %has_wanted, align 4
  %706 = load i32, i32* %dict, align 4
  %707 = load i32, i32* %has_wanted, align 4
  %708 = zext i32 %706 to i64
  %709 = add i64 %708, 16
  %710 = add i64 %709, 1
  %711 = icmp uge i64 %709, %scratch_start
  %712 = load i64, i64* %highEnd, align 8
  %713 = icmp ule i64 %710, %712
  %714 = and i1 %711, %713
  %715 = call i1 @llvm.expect.i1(i1 %714, i1 true)
  br i1 %715, label %write.ok93, label %write.low91

ok89:                                             ; preds = %write.ok85
  %716 = icmp ult i64 %10, %stack_limit
  br i1 %716, label %trap253.site0, label %stack_ok90

trap15.site8:                                     ; preds = %write.ok85
  %717 = load i64, i64* %lowStart, align 8
  %718 = getelementptr i64, i64* %regs, i64 6
  store i64 %717, i64* %718, align 8
  %719 = load i64, i64* %lowEnd, align 8
  %720 = getelementptr i64, i64* %regs, i64 7
  store i64 %719, i64* %720, align 8
  %721 = load i64, i64* %highEnd, align 8
  %722 = getelementptr i64, i64* %regs, i64 8
  store i64 %721, i64* %722, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok90:                                       ; preds = %ok89
  %723 = load i64, i64* %fuel, align 8
  %724 = getelementptr i64, i64* %regs, i64 0
  store i64 %723, i64* %724, align 8
  %725 = load i64, i64* %lowStart, align 8
  %726 = getelementptr i64, i64* %regs, i64 6
  store i64 %725, i64* %726, align 8
  %727 = load i64, i64* %lowEnd, align 8
  %728 = getelementptr i64, i64* %regs, i64 7
  store i64 %727, i64* %728, align 8
  %729 = load i64, i64* %highEnd, align 8
  %730 = getelementptr i64, i64* %regs, i64 8
  store i64 %729, i64* %730, align 8
  %731 = add i32 %depth, 1
  %732 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %731, i32 %683, i32 %684, i32 8, i32 16)
  %733 = getelementptr i64, i64* %regs, i64 0
  %734 = load i64, i64* %733, align 8
  store i64 %734, i64* %fuel, align 8
  %735 = getelementptr i64, i64* %regs, i64 6
  %736 = load i64, i64* %735, align 8
  store i64 %736, i64* %lowStart, align 8
  %737 = getelementptr i64, i64* %regs, i64 7
  %738 = load i64, i64* %737, align 8
  store i64 %738, i64* %lowEnd, align 8
  %739 = getelementptr i64, i64* %regs, i64 8
  %740 = load i64, i64* %739, align 8
  store i64 %740, i64* %highEnd, align 8
  %741 = icmp sge i32 %732, 0
  %742 = zext i1 %741 to i32
  store i32 %742, i32* %result88, align 4
  br label %e12

write.low91:                                      ; preds = %e12
  %743 = load i64, i64* %lowStart, align 8
  %744 = icmp uge i64 %709, %743
  %745 = load i64, i64* %lowEnd, align 8
  %746 = icmp ule i64 %710, %745
  %747 = and i1 %744, %746
  %748 = call i1 @llvm.expect.i1(i1 %747, i1 true)
  br i1 %748, label %write.ok93, label %write.slow92

write.slow92:                                     ; preds = %write.low91
  %749 = icmp ugt i64 %710, %arena_size
  br i1 %749, label %trap17.site0, label %ok94

write.ok93:                                       ; preds = %ok94, %write.low91, %e12
  %750 = getelementptr i8, i8* %mem, i64 %709
  %751 = trunc i32 %707 to i8
  store i8 %751, i8* %750, align 1
  %752 = load i32, i32* %prices, align 4
  store i32 %752, i32* %d.3, align 4
  %753 = load i32, i32* %d.3, align 4
  %754 = zext i32 %753 to i64
  %755 = sub i64 %arena_size, 4
  %756 = icmp sgt i64 %754, %755
  br i1 %756, label %trap17.site0, label %ok97

ok94:                                             ; preds = %write.slow92
  %757 = icmp ult i64 %709, %scratch_start
  %758 = load i64, i64* %lowStart, align 8
  %759 = call i64 @llvm.umin.i64(i64 %758, i64 %709)
  %760 = load i64, i64* %lowEnd, align 8
  %761 = load i64, i64* %highEnd, align 8
  %762 = add i64 %710, 64
  %763 = sub i64 %710, %759
  %764 = lshr i64 %763, 4
  %765 = add i64 %762, %764
  %766 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %765)
  %767 = call i64 @llvm.umax.i64(i64 %760, i64 %766)
  %768 = select i1 %757, i64 %767, i64 %760
  store i64 %768, i64* %lowEnd, align 8
  %769 = add i64 %710, 64
  %770 = sub i64 %710, %scratch_start
  %771 = lshr i64 %770, 4
  %772 = add i64 %769, %771
  %773 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %772)
  %774 = call i64 @llvm.umax.i64(i64 %761, i64 %773)
  %775 = select i1 %757, i64 %761, i64 %774
  store i64 %775, i64* %highEnd, align 8
  store i64 %759, i64* %lowStart, align 8
  br label %write.ok93

e15:                                              ; preds = %write.ok183
  %776 = load i32, i32* %result95, align 4
  store i32 %776, i32* %doubled, align 4
  %777 = load i32, i32* %dict, align 4
  %778 = load i32, i32* %doubled, align 4
  %779 = zext i32 %777 to i64
  %780 = add i64 %779, 20
  %781 = add i64 %780, 4
  %782 = icmp uge i64 %780, %scratch_start
  %783 = load i64, i64* %highEnd, align 8
  %784 = icmp ule i64 %781, %783
  %785 = and i1 %782, %784
  %786 = call i1 @llvm.expect.i1(i1 %785, i1 true)
  br i1 %786, label %write.ok188, label %write.low186

e16:                                              ; preds = %versioned.join111
  %787 = load i32, i32* %result96, align 4
  store i32 %787, i32* %xs.1, align 4
  %788 = load i32, i32* %xs.1, align 4
  %789 = zext i32 %788 to i64
  %790 = sub i64 %arena_size, 4
  %791 = icmp sgt i64 %789, %790
  br i1 %791, label %trap17.site0, label %ok128

ok97:                                             ; preds = %write.ok93
  %792 = getelementptr i8, i8* %mem, i64 %754
  %793 = bitcast i32* %unaligned98 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %793, i8* %792, i64 4, i1 false)
  %794 = load i32, i32* %unaligned98, align 4
  store i32 %794, i32* %n.3, align 4
  %795 = load i32, i32* %n.3, align 4
  %796 = zext i32 %795 to i64
  %797 = mul i64 %796, 4
  %798 = add i64 4, %797
  store i64 %798, i64* %size.2, align 8
  %799 = load i64, i64* %size.2, align 8
  %800 = icmp ugt i64 %799, 2147483647
  %801 = zext i1 %800 to i32
  %802 = icmp ne i32 %801, 0
  br i1 %802, label %then99, label %else100

then99:                                           ; preds = %ok97
  br label %trap15.site9

else100:                                          ; preds = %ok97
  br label %join101

join101:                                          ; preds = %else100, %dead102
  %803 = load i64, i64* %size.2, align 8
  %804 = trunc i64 %803 to i32
  %805 = zext i32 %804 to i64
  %806 = getelementptr i64, i64* %regs, i64 1
  %807 = getelementptr i64, i64* %regs, i64 2
  %808 = load i64, i64* %806, align 8
  %809 = add i64 %808, 3
  %810 = and i64 %809, -4
  %811 = add i64 %810, %805
  %812 = load i64, i64* %807, align 8
  %813 = icmp ugt i64 %811, %812
  br i1 %813, label %trap15.site9, label %ok103

trap15.site9:                                     ; preds = %join101, %then99
  %814 = load i64, i64* %lowStart, align 8
  %815 = getelementptr i64, i64* %regs, i64 6
  store i64 %814, i64* %815, align 8
  %816 = load i64, i64* %lowEnd, align 8
  %817 = getelementptr i64, i64* %regs, i64 7
  store i64 %816, i64* %817, align 8
  %818 = load i64, i64* %highEnd, align 8
  %819 = getelementptr i64, i64* %regs, i64 8
  store i64 %818, i64* %819, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead102:                                          ; No predecessors!
  br label %join101

ok103:                                            ; preds = %join101
  store i64 %811, i64* %806, align 8
  %820 = load i64, i64* %highEnd, align 8
  %821 = call i64 @llvm.umax.i64(i64 %820, i64 %811)
  store i64 %821, i64* %highEnd, align 8
  %822 = trunc i64 %810 to i32
  store i32 %822, i32* %list.2, align 4
  %823 = load i32, i32* %list.2, align 4
  %824 = load i32, i32* %n.3, align 4
  %825 = zext i32 %823 to i64
  %826 = add i64 %825, 4
  %827 = icmp uge i64 %825, %scratch_start
  %828 = load i64, i64* %highEnd, align 8
  %829 = icmp ule i64 %826, %828
  %830 = and i1 %827, %829
  %831 = call i1 @llvm.expect.i1(i1 %830, i1 true)
  br i1 %831, label %write.ok106, label %write.low104

write.low104:                                     ; preds = %ok103
  %832 = load i64, i64* %lowStart, align 8
  %833 = icmp uge i64 %825, %832
  %834 = load i64, i64* %lowEnd, align 8
  %835 = icmp ule i64 %826, %834
  %836 = and i1 %833, %835
  %837 = call i1 @llvm.expect.i1(i1 %836, i1 true)
  br i1 %837, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %838 = icmp ugt i64 %826, %arena_size
  br i1 %838, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %ok103
  %839 = getelementptr i8, i8* %mem, i64 %825
  store i32 %824, i32* %unaligned108, align 4
  %840 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %839, i8* %840, i64 4, i1 false)
  store i32 0, i32* %i.2, align 4
  %841 = load i32, i32* %i.2, align 4
  %842 = load i32, i32* %n.3, align 4
  %843 = icmp ugt i32 %842, %841
  %844 = sub i32 %842, %841
  %845 = select i1 %843, i32 %844, i32 0
  %846 = zext i32 %845 to i64
  %847 = load i64, i64* %fuel, align 8
  %848 = icmp ult i64 %846, %847
  %849 = icmp ne i64 %846, 0
  %850 = icmp ult i64 %846, 4294967296
  %851 = and i1 %849, %850
  %852 = and i1 %848, %851
  %853 = load i32, i32* %list.2, align 4
  %854 = zext i32 %853 to i64
  %855 = load i32, i32* %i.2, align 4
  %856 = zext i32 %855 to i64
  %857 = add i64 %856, %846
  %858 = sub i64 %857, 1
  %859 = mul i64 %858, 4
  %860 = add i64 %854, %859
  %861 = add i64 %860, 8
  %862 = icmp ult i64 %858, 4294967296
  %863 = icmp ule i64 %861, %arena_size
  %864 = and i1 %862, %863
  %865 = and i1 %852, %864
  %866 = mul i64 %856, 4
  %867 = add i64 %854, %866
  %868 = add i64 %867, 4
  %869 = load i32, i32* %d.3, align 4
  %870 = zext i32 %869 to i64
  %871 = load i32, i32* %i.2, align 4
  %872 = zext i32 %871 to i64
  %873 = add i64 %872, %846
  %874 = sub i64 %873, 1
  %875 = mul i64 %874, 16
  %876 = add i64 %870, %875
  %877 = add i64 %876, 12
  %878 = icmp ult i64 %874, 4294967296
  %879 = icmp ule i64 %877, %arena_size
  %880 = and i1 %878, %879
  %881 = and i1 %865, %880
  %882 = call i1 @llvm.expect.i1(i1 %881, i1 true)
  br i1 %882, label %versioned.fast109, label %versioned.slow110

ok107:                                            ; preds = %write.slow105
  %883 = icmp ult i64 %825, %scratch_start
  %884 = load i64, i64* %lowStart, align 8
  %885 = call i64 @llvm.umin.i64(i64 %884, i64 %825)
  %886 = load i64, i64* %lowEnd, align 8
  %887 = load i64, i64* %highEnd, align 8
  %888 = add i64 %826, 64
  %889 = sub i64 %826, %885
  %890 = lshr i64 %889, 4
  %891 = add i64 %888, %890
  %892 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %891)
  %893 = call i64 @llvm.umax.i64(i64 %886, i64 %892)
  %894 = select i1 %883, i64 %893, i64 %886
  store i64 %894, i64* %lowEnd, align 8
  %895 = add i64 %826, 64
  %896 = sub i64 %826, %scratch_start
  %897 = lshr i64 %896, 4
  %898 = add i64 %895, %897
  %899 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %898)
  %900 = call i64 @llvm.umax.i64(i64 %887, i64 %899)
  %901 = select i1 %883, i64 %887, i64 %900
  store i64 %901, i64* %highEnd, align 8
  store i64 %885, i64* %lowStart, align 8
  br label %write.ok106

versioned.fast109:                                ; preds = %write.ok106
  %902 = icmp ult i64 %868, %scratch_start
  %903 = load i64, i64* %lowStart, align 8
  %904 = call i64 @llvm.umin.i64(i64 %903, i64 %868)
  %905 = load i64, i64* %lowEnd, align 8
  %906 = load i64, i64* %highEnd, align 8
  %907 = call i64 @llvm.umax.i64(i64 %905, i64 %861)
  %908 = select i1 %902, i64 %907, i64 %905
  store i64 %908, i64* %lowEnd, align 8
  %909 = call i64 @llvm.umax.i64(i64 %906, i64 %861)
  %910 = select i1 %902, i64 %906, i64 %909
  store i64 %910, i64* %highEnd, align 8
  store i64 %904, i64* %lowStart, align 8
  %911 = add i64 %846, 1
  %912 = mul i64 %911, 1
  %913 = sub i64 %847, %912
  store i64 %913, i64* %fuel, align 8
  br label %loop19

versioned.slow110:                                ; preds = %write.ok106
  br label %loop19117

versioned.join111:                                ; preds = %block18116, %block18
  %914 = load i32, i32* %list.2, align 4
  store i32 %914, i32* %result96, align 4
  br label %e16

block18:                                          ; preds = %dead115, %loop19
  br label %versioned.join111

loop19:                                           ; preds = %cont112, %versioned.fast109
  %915 = load i32, i32* %i.2, align 4
  %916 = load i32, i32* %n.3, align 4
  %917 = icmp uge i32 %915, %916
  %918 = zext i1 %917 to i32
  %919 = icmp ne i32 %918, 0
  br i1 %919, label %block18, label %cont112

cont112:                                          ; preds = %loop19
  %920 = load i32, i32* %i.2, align 4
  %921 = zext i32 %920 to i64
  %922 = mul i64 %921, 4
  %923 = load i32, i32* %list.2, align 4
  %924 = zext i32 %923 to i64
  %925 = add i64 %924, %922
  %926 = add i64 %925, 4
  %927 = getelementptr i8, i8* %mem, i64 %926
  %928 = load i32, i32* %i.2, align 4
  %929 = zext i32 %928 to i64
  %930 = mul i64 %929, 16
  %931 = load i32, i32* %d.3, align 4
  %932 = zext i32 %931 to i64
  %933 = add i64 %932, %930
  %934 = add i64 %933, 8
  %935 = getelementptr i8, i8* %mem, i64 %934
  %936 = bitcast i32* %unaligned113 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %936, i8* %935, i64 4, i1 false)
  %937 = load i32, i32* %unaligned113, align 4
  store i32 %937, i32* %unaligned114, align 4
  %938 = bitcast i32* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %927, i8* %938, i64 4, i1 false)
  %939 = load i32, i32* %i.2, align 4
  %940 = add i32 %939, 1
  store i32 %940, i32* %i.2, align 4
  br label %loop19

dead115:                                          ; No predecessors!
  br label %block18

block18116:                                       ; preds = %dead127, %ok118
  br label %versioned.join111

loop19117:                                        ; preds = %write.ok124, %versioned.slow110
  %941 = load i64, i64* %fuel, align 8
  %942 = icmp ult i64 %941, 1
  br i1 %942, label %trap14.site0, label %ok118

ok118:                                            ; preds = %loop19117
  %943 = sub i64 %941, 1
  store i64 %943, i64* %fuel, align 8
  %944 = load i32, i32* %i.2, align 4
  %945 = load i32, i32* %n.3, align 4
  %946 = icmp uge i32 %944, %945
  %947 = zext i1 %946 to i32
  %948 = icmp ne i32 %947, 0
  br i1 %948, label %block18116, label %cont119

cont119:                                          ; preds = %ok118
  %949 = load i32, i32* %list.2, align 4
  %950 = load i32, i32* %i.2, align 4
  %951 = mul i32 %950, 4
  %952 = add i32 %949, %951
  %953 = load i32, i32* %d.3, align 4
  %954 = load i32, i32* %i.2, align 4
  %955 = mul i32 %954, 16
  %956 = add i32 %953, %955
  %957 = zext i32 %956 to i64
  %958 = sub i64 %arena_size, 12
  %959 = icmp sgt i64 %957, %958
  br i1 %959, label %trap17.site0, label %ok120

ok120:                                            ; preds = %cont119
  %960 = add i64 %957, 8
  %961 = getelementptr i8, i8* %mem, i64 %960
  %962 = bitcast i32* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %962, i8* %961, i64 4, i1 false)
  %963 = load i32, i32* %unaligned121, align 4
  %964 = zext i32 %952 to i64
  %965 = add i64 %964, 4
  %966 = add i64 %965, 4
  %967 = icmp uge i64 %965, %scratch_start
  %968 = load i64, i64* %highEnd, align 8
  %969 = icmp ule i64 %966, %968
  %970 = and i1 %967, %969
  %971 = call i1 @llvm.expect.i1(i1 %970, i1 true)
  br i1 %971, label %write.ok124, label %write.low122

write.low122:                                     ; preds = %ok120
  %972 = load i64, i64* %lowStart, align 8
  %973 = icmp uge i64 %965, %972
  %974 = load i64, i64* %lowEnd, align 8
  %975 = icmp ule i64 %966, %974
  %976 = and i1 %973, %975
  %977 = call i1 @llvm.expect.i1(i1 %976, i1 true)
  br i1 %977, label %write.ok124, label %write.slow123

write.slow123:                                    ; preds = %write.low122
  %978 = icmp ugt i64 %966, %arena_size
  br i1 %978, label %trap17.site0, label %ok125

write.ok124:                                      ; preds = %ok125, %write.low122, %ok120
  %979 = getelementptr i8, i8* %mem, i64 %965
  store i32 %963, i32* %unaligned126, align 4
  %980 = bitcast i32* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %979, i8* %980, i64 4, i1 false)
  %981 = load i32, i32* %i.2, align 4
  %982 = add i32 %981, 1
  store i32 %982, i32* %i.2, align 4
  br label %loop19117

ok125:                                            ; preds = %write.slow123
  %983 = icmp ult i64 %965, %scratch_start
  %984 = load i64, i64* %lowStart, align 8
  %985 = call i64 @llvm.umin.i64(i64 %984, i64 %965)
  %986 = load i64, i64* %lowEnd, align 8
  %987 = load i64, i64* %highEnd, align 8
  %988 = add i64 %966, 64
  %989 = sub i64 %966, %985
  %990 = lshr i64 %989, 4
  %991 = add i64 %988, %990
  %992 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %991)
  %993 = call i64 @llvm.umax.i64(i64 %986, i64 %992)
  %994 = select i1 %983, i64 %993, i64 %986
  store i64 %994, i64* %lowEnd, align 8
  %995 = add i64 %966, 64
  %996 = sub i64 %966, %scratch_start
  %997 = lshr i64 %996, 4
  %998 = add i64 %995, %997
  %999 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %998)
  %1000 = call i64 @llvm.umax.i64(i64 %987, i64 %999)
  %1001 = select i1 %983, i64 %987, i64 %1000
  store i64 %1001, i64* %highEnd, align 8
  store i64 %985, i64* %lowStart, align 8
  br label %write.ok124

dead127:                                          ; No predecessors!
  br label %block18116

ok128:                                            ; preds = %e16
  %1002 = getelementptr i8, i8* %mem, i64 %789
  %1003 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1003, i8* %1002, i64 4, i1 false)
  %1004 = load i32, i32* %unaligned129, align 4
  %1005 = zext i32 %1004 to i64
  %1006 = mul i64 %1005, 4
  %1007 = add i64 4, %1006
  store i64 %1007, i64* %size.3, align 8
  %1008 = load i64, i64* %size.3, align 8
  %1009 = icmp ugt i64 %1008, 2147483647
  %1010 = zext i1 %1009 to i32
  %1011 = icmp ne i32 %1010, 0
  br i1 %1011, label %then130, label %else131

then130:                                          ; preds = %ok128
  br label %trap15.site10

else131:                                          ; preds = %ok128
  br label %join132

join132:                                          ; preds = %else131, %dead133
  %1012 = load i64, i64* %size.3, align 8
  %1013 = trunc i64 %1012 to i32
  %1014 = zext i32 %1013 to i64
  %1015 = getelementptr i64, i64* %regs, i64 1
  %1016 = getelementptr i64, i64* %regs, i64 2
  %1017 = load i64, i64* %1015, align 8
  %1018 = add i64 %1017, 3
  %1019 = and i64 %1018, -4
  %1020 = add i64 %1019, %1014
  %1021 = load i64, i64* %1016, align 8
  %1022 = icmp ugt i64 %1020, %1021
  br i1 %1022, label %trap15.site10, label %ok134

trap15.site10:                                    ; preds = %join132, %then130
  %1023 = load i64, i64* %lowStart, align 8
  %1024 = getelementptr i64, i64* %regs, i64 6
  store i64 %1023, i64* %1024, align 8
  %1025 = load i64, i64* %lowEnd, align 8
  %1026 = getelementptr i64, i64* %regs, i64 7
  store i64 %1025, i64* %1026, align 8
  %1027 = load i64, i64* %highEnd, align 8
  %1028 = getelementptr i64, i64* %regs, i64 8
  store i64 %1027, i64* %1028, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead133:                                          ; No predecessors!
  br label %join132

ok134:                                            ; preds = %join132
  store i64 %1020, i64* %1015, align 8
  %1029 = load i64, i64* %highEnd, align 8
  %1030 = call i64 @llvm.umax.i64(i64 %1029, i64 %1020)
  store i64 %1030, i64* %highEnd, align 8
  %1031 = trunc i64 %1019 to i32
  store i32 %1031, i32* %list.3, align 4
  store i32 0, i32* %len, align 4
  %1032 = load i32, i32* %xs.1, align 4
  %1033 = zext i32 %1032 to i64
  %1034 = sub i64 %arena_size, 4
  %1035 = icmp sgt i64 %1033, %1034
  br i1 %1035, label %trap17.site0, label %ok135

ok135:                                            ; preds = %ok134
  %1036 = getelementptr i8, i8* %mem, i64 %1033
  %1037 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1037, i8* %1036, i64 4, i1 false)
  %1038 = load i32, i32* %unaligned136, align 4
  store i32 %1038, i32* %n.4, align 4
  store i32 0, i32* %k.2, align 4
  br label %each21

block20:                                          ; preds = %dead180, %ok137
  %1039 = load i32, i32* %list.3, align 4
  %1040 = load i32, i32* %len, align 4
  %1041 = zext i32 %1039 to i64
  %1042 = add i64 %1041, 4
  %1043 = icmp uge i64 %1041, %scratch_start
  %1044 = load i64, i64* %highEnd, align 8
  %1045 = icmp ule i64 %1042, %1044
  %1046 = and i1 %1043, %1045
  %1047 = call i1 @llvm.expect.i1(i1 %1046, i1 true)
  br i1 %1047, label %write.ok183, label %write.low181

each21:                                           ; preds = %join152, %ok135
  %1048 = load i64, i64* %fuel, align 8
  %1049 = icmp ult i64 %1048, 1
  br i1 %1049, label %trap14.site0, label %ok137

ok137:                                            ; preds = %each21
  %1050 = sub i64 %1048, 1
  store i64 %1050, i64* %fuel, align 8
  %1051 = load i32, i32* %k.2, align 4
  %1052 = load i32, i32* %n.4, align 4
  %1053 = icmp uge i32 %1051, %1052
  %1054 = zext i1 %1053 to i32
  %1055 = icmp ne i32 %1054, 0
  br i1 %1055, label %block20, label %cont138

cont138:                                          ; preds = %ok137
  %1056 = load i32, i32* %xs.1, align 4
  %1057 = load i32, i32* %k.2, align 4
  %1058 = mul i32 %1057, 4
  %1059 = add i32 %1056, %1058
  %1060 = zext i32 %1059 to i64
  %1061 = sub i64 %arena_size, 8
  %1062 = icmp sgt i64 %1060, %1061
  br i1 %1062, label %trap17.site0, label %ok139

ok139:                                            ; preds = %cont138
  %1063 = add i64 %1060, 4
  %1064 = getelementptr i8, i8* %mem, i64 %1063
  %1065 = bitcast i32* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1065, i8* %1064, i64 4, i1 false)
  %1066 = load i32, i32* %unaligned140, align 4
  store i32 %1066, i32* %x.1, align 4
  %1067 = load i32, i32* %x.1, align 4
  store i32 %1067, i32* %n.5, align 4
  %1068 = load i32, i32* %prices, align 4
  store i32 %1068, i32* %d.4, align 4
  %1069 = load i32, i32* %n.5, align 4
  store i32 %1069, i32* %k.3, align 4
  %1070 = load i32, i32* %d.4, align 4
  %1071 = load i32, i32* %k.3, align 4
  %1072 = icmp uge i32 %depth, 1000
  br i1 %1072, label %trap15.site12, label %ok142

e23:                                              ; preds = %ok148
  %1073 = load i64, i64* %result141, align 8
  %1074 = icmp sgt i64 %1073, 1
  %1075 = zext i1 %1074 to i32
  %1076 = icmp ne i32 %1075, 0
  br i1 %1076, label %then150, label %else151

ok142:                                            ; preds = %ok139
  %1077 = icmp ult i64 %10, %stack_limit
  br i1 %1077, label %trap253.site0, label %stack_ok143

trap15.site12:                                    ; preds = %ok139
  %1078 = load i64, i64* %lowStart, align 8
  %1079 = getelementptr i64, i64* %regs, i64 6
  store i64 %1078, i64* %1079, align 8
  %1080 = load i64, i64* %lowEnd, align 8
  %1081 = getelementptr i64, i64* %regs, i64 7
  store i64 %1080, i64* %1081, align 8
  %1082 = load i64, i64* %highEnd, align 8
  %1083 = getelementptr i64, i64* %regs, i64 8
  store i64 %1082, i64* %1083, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok143:                                      ; preds = %ok142
  %1084 = load i64, i64* %fuel, align 8
  %1085 = getelementptr i64, i64* %regs, i64 0
  store i64 %1084, i64* %1085, align 8
  %1086 = load i64, i64* %lowStart, align 8
  %1087 = getelementptr i64, i64* %regs, i64 6
  store i64 %1086, i64* %1087, align 8
  %1088 = load i64, i64* %lowEnd, align 8
  %1089 = getelementptr i64, i64* %regs, i64 7
  store i64 %1088, i64* %1089, align 8
  %1090 = load i64, i64* %highEnd, align 8
  %1091 = getelementptr i64, i64* %regs, i64 8
  store i64 %1090, i64* %1091, align 8
  %1092 = add i32 %depth, 1
  %1093 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %1092, i32 %1070, i32 %1071, i32 8, i32 16)
  %1094 = getelementptr i64, i64* %regs, i64 0
  %1095 = load i64, i64* %1094, align 8
  store i64 %1095, i64* %fuel, align 8
  %1096 = getelementptr i64, i64* %regs, i64 6
  %1097 = load i64, i64* %1096, align 8
  store i64 %1097, i64* %lowStart, align 8
  %1098 = getelementptr i64, i64* %regs, i64 7
  %1099 = load i64, i64* %1098, align 8
  store i64 %1099, i64* %lowEnd, align 8
  %1100 = getelementptr i64, i64* %regs, i64 8
  %1101 = load i64, i64* %1100, align 8
  store i64 %1101, i64* %highEnd, align 8
  store i32 %1093, i32* %idx, align 4
  %1102 = load i32, i32* %idx, align 4
  %1103 = icmp slt i32 %1102, 0
  %1104 = zext i1 %1103 to i32
  %1105 = icmp ne i32 %1104, 0
  br i1 %1105, label %then144, label %else145

then144:                                          ; preds = %stack_ok143
  br label %trap7.site12

else145:                                          ; preds = %stack_ok143
  br label %join146

join146:                                          ; preds = %else145, %dead147
  %1106 = load i32, i32* %d.4, align 4
  %1107 = load i32, i32* %idx, align 4
  %1108 = mul i32 %1107, 16
  %1109 = add i32 %1106, %1108
  %1110 = zext i32 %1109 to i64
  %1111 = sub i64 %arena_size, 24
  %1112 = icmp sgt i64 %1110, %1111
  br i1 %1112, label %trap17.site0, label %ok148

trap7.site12:                                     ; preds = %then144
  %1113 = load i64, i64* %lowStart, align 8
  %1114 = getelementptr i64, i64* %regs, i64 6
  store i64 %1113, i64* %1114, align 8
  %1115 = load i64, i64* %lowEnd, align 8
  %1116 = getelementptr i64, i64* %regs, i64 7
  store i64 %1115, i64* %1116, align 8
  %1117 = load i64, i64* %highEnd, align 8
  %1118 = getelementptr i64, i64* %regs, i64 8
  store i64 %1117, i64* %1118, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 12)
  unreachable

dead147:                                          ; No predecessors!
  br label %join146

ok148:                                            ; preds = %join146
  %1119 = add i64 %1110, 16
  %1120 = getelementptr i8, i8* %mem, i64 %1119
  %1121 = bitcast i64* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1121, i8* %1120, i64 8, i1 false)
  %1122 = load i64, i64* %unaligned149, align 8
  store i64 %1122, i64* %result141, align 8
  br label %e23

then150:                                          ; preds = %e23
  %1123 = load i32, i32* %list.3, align 4
  %1124 = load i32, i32* %len, align 4
  %1125 = mul i32 %1124, 4
  %1126 = add i32 %1123, %1125
  %1127 = getelementptr i64, i64* %regs, i64 1
  %1128 = getelementptr i64, i64* %regs, i64 2
  %1129 = load i64, i64* %1127, align 8
  %1130 = add i64 %1129, 7
  %1131 = and i64 %1130, -8
  %1132 = add i64 %1131, 16
  %1133 = load i64, i64* %1128, align 8
  %1134 = icmp ugt i64 %1132, %1133
  br i1 %1134, label %trap15.site13, label %ok154

else151:                                          ; preds = %e23
  br label %join152

join152:                                          ; preds = %else151, %write.ok177
  %1135 = load i32, i32* %k.2, align 4
  %1136 = add i32 %1135, 1
  store i32 %1136, i32* %k.2, align 4
  br label %each21

e27:                                              ; preds = %write.ok172
  %1137 = load i32, i32* %result153, align 4
  %1138 = zext i32 %1126 to i64
  %1139 = add i64 %1138, 4
  %1140 = add i64 %1139, 4
  %1141 = icmp uge i64 %1139, %scratch_start
  %1142 = load i64, i64* %highEnd, align 8
  %1143 = icmp ule i64 %1140, %1142
  %1144 = and i1 %1141, %1143
  %1145 = call i1 @llvm.expect.i1(i1 %1144, i1 true)
  br i1 %1145, label %write.ok177, label %write.low175

ok154:                                            ; preds = %then150
  store i64 %1132, i64* %1127, align 8
  %1146 = load i64, i64* %highEnd, align 8
  %1147 = call i64 @llvm.umax.i64(i64 %1146, i64 %1132)
  store i64 %1147, i64* %highEnd, align 8
  %1148 = trunc i64 %1131 to i32
  store i32 %1148, i32* %dict.1, align 4
  %1149 = load i32, i32* %n.5, align 4
  store i32 %1149, i32* %name, align 4
  %1150 = load i32, i32* %dict.1, align 4
  %1151 = load i32, i32* %name, align 4
  %1152 = zext i32 %1150 to i64
  %1153 = add i64 %1152, 4
  %1154 = icmp uge i64 %1152, %scratch_start
  %1155 = load i64, i64* %highEnd, align 8
  %1156 = icmp ule i64 %1153, %1155
  %1157 = and i1 %1154, %1156
  %1158 = call i1 @llvm.expect.i1(i1 %1157, i1 true)
  br i1 %1158, label %write.ok157, label %write.low155

trap15.site13:                                    ; preds = %then150
  %1159 = load i64, i64* %lowStart, align 8
  %1160 = getelementptr i64, i64* %regs, i64 6
  store i64 %1159, i64* %1160, align 8
  %1161 = load i64, i64* %lowEnd, align 8
  %1162 = getelementptr i64, i64* %regs, i64 7
  store i64 %1161, i64* %1162, align 8
  %1163 = load i64, i64* %highEnd, align 8
  %1164 = getelementptr i64, i64* %regs, i64 8
  store i64 %1163, i64* %1164, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low155:                                     ; preds = %ok154
  %1165 = load i64, i64* %lowStart, align 8
  %1166 = icmp uge i64 %1152, %1165
  %1167 = load i64, i64* %lowEnd, align 8
  %1168 = icmp ule i64 %1153, %1167
  %1169 = and i1 %1166, %1168
  %1170 = call i1 @llvm.expect.i1(i1 %1169, i1 true)
  br i1 %1170, label %write.ok157, label %write.slow156

write.slow156:                                    ; preds = %write.low155
  %1171 = icmp ugt i64 %1153, %arena_size
  br i1 %1171, label %trap17.site0, label %ok158

write.ok157:                                      ; preds = %ok158, %write.low155, %ok154
  %1172 = getelementptr i8, i8* %mem, i64 %1152
  store i32 %1151, i32* %unaligned159, align 4
  %1173 = bitcast i32* %unaligned159 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1172, i8* %1173, i64 4, i1 false)
  %1174 = load i32, i32* %prices, align 4
  store i32 %1174, i32* %d.5, align 4
  %1175 = load i32, i32* %n.5, align 4
  store i32 %1175, i32* %k.4, align 4
  %1176 = load i32, i32* %d.5, align 4
  %1177 = load i32, i32* %k.4, align 4
  %1178 = icmp uge i32 %depth, 1000
  br i1 %1178, label %trap15.site15, label %ok161

ok158:                                            ; preds = %write.slow156
  %1179 = icmp ult i64 %1152, %scratch_start
  %1180 = load i64, i64* %lowStart, align 8
  %1181 = call i64 @llvm.umin.i64(i64 %1180, i64 %1152)
  %1182 = load i64, i64* %lowEnd, align 8
  %1183 = load i64, i64* %highEnd, align 8
  %1184 = add i64 %1153, 64
  %1185 = sub i64 %1153, %1181
  %1186 = lshr i64 %1185, 4
  %1187 = add i64 %1184, %1186
  %1188 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1187)
  %1189 = call i64 @llvm.umax.i64(i64 %1182, i64 %1188)
  %1190 = select i1 %1179, i64 %1189, i64 %1182
  store i64 %1190, i64* %lowEnd, align 8
  %1191 = add i64 %1153, 64
  %1192 = sub i64 %1153, %scratch_start
  %1193 = lshr i64 %1192, 4
  %1194 = add i64 %1191, %1193
  %1195 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1194)
  %1196 = call i64 @llvm.umax.i64(i64 %1183, i64 %1195)
  %1197 = select i1 %1179, i64 %1183, i64 %1196
  store i64 %1197, i64* %highEnd, align 8
  store i64 %1181, i64* %lowStart, align 8
  br label %write.ok157

e30:                                              ; preds = %ok167
  %1198 = load i64, i64* %result160, align 8
  %1199 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1198, i64 2)
  %1200 = extractvalue { i64, i1 } %1199, 1
  br i1 %1200, label %trap2.site14, label %ok169

ok161:                                            ; preds = %write.ok157
  %1201 = icmp ult i64 %10, %stack_limit
  br i1 %1201, label %trap253.site0, label %stack_ok162

trap15.site15:                                    ; preds = %write.ok157
  %1202 = load i64, i64* %lowStart, align 8
  %1203 = getelementptr i64, i64* %regs, i64 6
  store i64 %1202, i64* %1203, align 8
  %1204 = load i64, i64* %lowEnd, align 8
  %1205 = getelementptr i64, i64* %regs, i64 7
  store i64 %1204, i64* %1205, align 8
  %1206 = load i64, i64* %highEnd, align 8
  %1207 = getelementptr i64, i64* %regs, i64 8
  store i64 %1206, i64* %1207, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok162:                                      ; preds = %ok161
  %1208 = load i64, i64* %fuel, align 8
  %1209 = getelementptr i64, i64* %regs, i64 0
  store i64 %1208, i64* %1209, align 8
  %1210 = load i64, i64* %lowStart, align 8
  %1211 = getelementptr i64, i64* %regs, i64 6
  store i64 %1210, i64* %1211, align 8
  %1212 = load i64, i64* %lowEnd, align 8
  %1213 = getelementptr i64, i64* %regs, i64 7
  store i64 %1212, i64* %1213, align 8
  %1214 = load i64, i64* %highEnd, align 8
  %1215 = getelementptr i64, i64* %regs, i64 8
  store i64 %1214, i64* %1215, align 8
  %1216 = add i32 %depth, 1
  %1217 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %1216, i32 %1176, i32 %1177, i32 8, i32 16)
  %1218 = getelementptr i64, i64* %regs, i64 0
  %1219 = load i64, i64* %1218, align 8
  store i64 %1219, i64* %fuel, align 8
  %1220 = getelementptr i64, i64* %regs, i64 6
  %1221 = load i64, i64* %1220, align 8
  store i64 %1221, i64* %lowStart, align 8
  %1222 = getelementptr i64, i64* %regs, i64 7
  %1223 = load i64, i64* %1222, align 8
  store i64 %1223, i64* %lowEnd, align 8
  %1224 = getelementptr i64, i64* %regs, i64 8
  %1225 = load i64, i64* %1224, align 8
  store i64 %1225, i64* %highEnd, align 8
  store i32 %1217, i32* %idx.1, align 4
  %1226 = load i32, i32* %idx.1, align 4
  %1227 = icmp slt i32 %1226, 0
  %1228 = zext i1 %1227 to i32
  %1229 = icmp ne i32 %1228, 0
  br i1 %1229, label %then163, label %else164

then163:                                          ; preds = %stack_ok162
  br label %trap7.site15

else164:                                          ; preds = %stack_ok162
  br label %join165

join165:                                          ; preds = %else164, %dead166
  %1230 = load i32, i32* %d.5, align 4
  %1231 = load i32, i32* %idx.1, align 4
  %1232 = mul i32 %1231, 16
  %1233 = add i32 %1230, %1232
  %1234 = zext i32 %1233 to i64
  %1235 = sub i64 %arena_size, 24
  %1236 = icmp sgt i64 %1234, %1235
  br i1 %1236, label %trap17.site0, label %ok167

trap7.site15:                                     ; preds = %then163
  %1237 = load i64, i64* %lowStart, align 8
  %1238 = getelementptr i64, i64* %regs, i64 6
  store i64 %1237, i64* %1238, align 8
  %1239 = load i64, i64* %lowEnd, align 8
  %1240 = getelementptr i64, i64* %regs, i64 7
  store i64 %1239, i64* %1240, align 8
  %1241 = load i64, i64* %highEnd, align 8
  %1242 = getelementptr i64, i64* %regs, i64 8
  store i64 %1241, i64* %1242, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 15)
  unreachable

dead166:                                          ; No predecessors!
  br label %join165

ok167:                                            ; preds = %join165
  %1243 = add i64 %1234, 16
  %1244 = getelementptr i8, i8* %mem, i64 %1243
  %1245 = bitcast i64* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1245, i8* %1244, i64 8, i1 false)
  %1246 = load i64, i64* %unaligned168, align 8
  store i64 %1246, i64* %result160, align 8
  br label %e30

ok169:                                            ; preds = %e30
  %1247 = extractvalue { i64, i1 } %1199, 0
  store i64 %1247, i64* %price, align 8
  %1248 = load i32, i32* %dict.1, align 4
  %1249 = load i64, i64* %price, align 8
  %1250 = zext i32 %1248 to i64
  %1251 = add i64 %1250, 8
  %1252 = add i64 %1251, 8
  %1253 = icmp uge i64 %1251, %scratch_start
  %1254 = load i64, i64* %highEnd, align 8
  %1255 = icmp ule i64 %1252, %1254
  %1256 = and i1 %1253, %1255
  %1257 = call i1 @llvm.expect.i1(i1 %1256, i1 true)
  br i1 %1257, label %write.ok172, label %write.low170

trap2.site14:                                     ; preds = %e30
  %1258 = load i64, i64* %lowStart, align 8
  %1259 = getelementptr i64, i64* %regs, i64 6
  store i64 %1258, i64* %1259, align 8
  %1260 = load i64, i64* %lowEnd, align 8
  %1261 = getelementptr i64, i64* %regs, i64 7
  store i64 %1260, i64* %1261, align 8
  %1262 = load i64, i64* %highEnd, align 8
  %1263 = getelementptr i64, i64* %regs, i64 8
  store i64 %1262, i64* %1263, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low170:                                     ; preds = %ok169
  %1264 = load i64, i64* %lowStart, align 8
  %1265 = icmp uge i64 %1251, %1264
  %1266 = load i64, i64* %lowEnd, align 8
  %1267 = icmp ule i64 %1252, %1266
  %1268 = and i1 %1265, %1267
  %1269 = call i1 @llvm.expect.i1(i1 %1268, i1 true)
  br i1 %1269, label %write.ok172, label %write.slow171

write.slow171:                                    ; preds = %write.low170
  %1270 = icmp ugt i64 %1252, %arena_size
  br i1 %1270, label %trap17.site0, label %ok173

write.ok172:                                      ; preds = %ok173, %write.low170, %ok169
  %1271 = getelementptr i8, i8* %mem, i64 %1251
  store i64 %1249, i64* %unaligned174, align 8
  %1272 = bitcast i64* %unaligned174 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1271, i8* %1272, i64 8, i1 false)
  %1273 = load i32, i32* %dict.1, align 4
  store i32 %1273, i32* %result153, align 4
  br label %e27

ok173:                                            ; preds = %write.slow171
  %1274 = icmp ult i64 %1251, %scratch_start
  %1275 = load i64, i64* %lowStart, align 8
  %1276 = call i64 @llvm.umin.i64(i64 %1275, i64 %1251)
  %1277 = load i64, i64* %lowEnd, align 8
  %1278 = load i64, i64* %highEnd, align 8
  %1279 = add i64 %1252, 64
  %1280 = sub i64 %1252, %1276
  %1281 = lshr i64 %1280, 4
  %1282 = add i64 %1279, %1281
  %1283 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1282)
  %1284 = call i64 @llvm.umax.i64(i64 %1277, i64 %1283)
  %1285 = select i1 %1274, i64 %1284, i64 %1277
  store i64 %1285, i64* %lowEnd, align 8
  %1286 = add i64 %1252, 64
  %1287 = sub i64 %1252, %scratch_start
  %1288 = lshr i64 %1287, 4
  %1289 = add i64 %1286, %1288
  %1290 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1289)
  %1291 = call i64 @llvm.umax.i64(i64 %1278, i64 %1290)
  %1292 = select i1 %1274, i64 %1278, i64 %1291
  store i64 %1292, i64* %highEnd, align 8
  store i64 %1276, i64* %lowStart, align 8
  br label %write.ok172

write.low175:                                     ; preds = %e27
  %1293 = load i64, i64* %lowStart, align 8
  %1294 = icmp uge i64 %1139, %1293
  %1295 = load i64, i64* %lowEnd, align 8
  %1296 = icmp ule i64 %1140, %1295
  %1297 = and i1 %1294, %1296
  %1298 = call i1 @llvm.expect.i1(i1 %1297, i1 true)
  br i1 %1298, label %write.ok177, label %write.slow176

write.slow176:                                    ; preds = %write.low175
  %1299 = icmp ugt i64 %1140, %arena_size
  br i1 %1299, label %trap17.site0, label %ok178

write.ok177:                                      ; preds = %ok178, %write.low175, %e27
  %1300 = getelementptr i8, i8* %mem, i64 %1139
  store i32 %1137, i32* %unaligned179, align 4
  %1301 = bitcast i32* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1300, i8* %1301, i64 4, i1 false)
  %1302 = load i32, i32* %len, align 4
  %1303 = add i32 %1302, 1
  store i32 %1303, i32* %len, align 4
  br label %join152

ok178:                                            ; preds = %write.slow176
  %1304 = icmp ult i64 %1139, %scratch_start
  %1305 = load i64, i64* %lowStart, align 8
  %1306 = call i64 @llvm.umin.i64(i64 %1305, i64 %1139)
  %1307 = load i64, i64* %lowEnd, align 8
  %1308 = load i64, i64* %highEnd, align 8
  %1309 = add i64 %1140, 64
  %1310 = sub i64 %1140, %1306
  %1311 = lshr i64 %1310, 4
  %1312 = add i64 %1309, %1311
  %1313 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1312)
  %1314 = call i64 @llvm.umax.i64(i64 %1307, i64 %1313)
  %1315 = select i1 %1304, i64 %1314, i64 %1307
  store i64 %1315, i64* %lowEnd, align 8
  %1316 = add i64 %1140, 64
  %1317 = sub i64 %1140, %scratch_start
  %1318 = lshr i64 %1317, 4
  %1319 = add i64 %1316, %1318
  %1320 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1319)
  %1321 = call i64 @llvm.umax.i64(i64 %1308, i64 %1320)
  %1322 = select i1 %1304, i64 %1308, i64 %1321
  store i64 %1322, i64* %highEnd, align 8
  store i64 %1306, i64* %lowStart, align 8
  br label %write.ok177

dead180:                                          ; No predecessors!
  br label %block20

write.low181:                                     ; preds = %block20
  %1323 = load i64, i64* %lowStart, align 8
  %1324 = icmp uge i64 %1041, %1323
  %1325 = load i64, i64* %lowEnd, align 8
  %1326 = icmp ule i64 %1042, %1325
  %1327 = and i1 %1324, %1326
  %1328 = call i1 @llvm.expect.i1(i1 %1327, i1 true)
  br i1 %1328, label %write.ok183, label %write.slow182

write.slow182:                                    ; preds = %write.low181
  %1329 = icmp ugt i64 %1042, %arena_size
  br i1 %1329, label %trap17.site0, label %ok184

write.ok183:                                      ; preds = %ok184, %write.low181, %block20
  %1330 = getelementptr i8, i8* %mem, i64 %1041
  store i32 %1040, i32* %unaligned185, align 4
  %1331 = bitcast i32* %unaligned185 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1330, i8* %1331, i64 4, i1 false)
  %1332 = load i32, i32* %list.3, align 4
  store i32 %1332, i32* %result95, align 4
  br label %e15

ok184:                                            ; preds = %write.slow182
  %1333 = icmp ult i64 %1041, %scratch_start
  %1334 = load i64, i64* %lowStart, align 8
  %1335 = call i64 @llvm.umin.i64(i64 %1334, i64 %1041)
  %1336 = load i64, i64* %lowEnd, align 8
  %1337 = load i64, i64* %highEnd, align 8
  %1338 = add i64 %1042, 64
  %1339 = sub i64 %1042, %1335
  %1340 = lshr i64 %1339, 4
  %1341 = add i64 %1338, %1340
  %1342 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1341)
  %1343 = call i64 @llvm.umax.i64(i64 %1336, i64 %1342)
  %1344 = select i1 %1333, i64 %1343, i64 %1336
  store i64 %1344, i64* %lowEnd, align 8
  %1345 = add i64 %1042, 64
  %1346 = sub i64 %1042, %scratch_start
  %1347 = lshr i64 %1346, 4
  %1348 = add i64 %1345, %1347
  %1349 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1348)
  %1350 = call i64 @llvm.umax.i64(i64 %1337, i64 %1349)
  %1351 = select i1 %1333, i64 %1337, i64 %1350
  store i64 %1351, i64* %highEnd, align 8
  store i64 %1335, i64* %lowStart, align 8
  br label %write.ok183

write.low186:                                     ; preds = %e15
  %1352 = load i64, i64* %lowStart, align 8
  %1353 = icmp uge i64 %780, %1352
  %1354 = load i64, i64* %lowEnd, align 8
  %1355 = icmp ule i64 %781, %1354
  %1356 = and i1 %1353, %1355
  %1357 = call i1 @llvm.expect.i1(i1 %1356, i1 true)
  br i1 %1357, label %write.ok188, label %write.slow187

write.slow187:                                    ; preds = %write.low186
  %1358 = icmp ugt i64 %781, %arena_size
  br i1 %1358, label %trap17.site0, label %ok189

write.ok188:                                      ; preds = %ok189, %write.low186, %e15
  %1359 = getelementptr i8, i8* %mem, i64 %780
  store i32 %778, i32* %unaligned190, align 4
  %1360 = bitcast i32* %unaligned190 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1359, i8* %1360, i64 4, i1 false)
  %1361 = getelementptr i64, i64* %regs, i64 1
  %1362 = getelementptr i64, i64* %regs, i64 2
  %1363 = load i64, i64* %1361, align 8
  %1364 = add i64 %1363, 7
  %1365 = and i64 %1364, -8
  %1366 = add i64 %1365, 8
  %1367 = load i64, i64* %1362, align 8
  %1368 = icmp ugt i64 %1366, %1367
  br i1 %1368, label %trap15.site16, label %ok192

ok189:                                            ; preds = %write.slow187
  %1369 = icmp ult i64 %780, %scratch_start
  %1370 = load i64, i64* %lowStart, align 8
  %1371 = call i64 @llvm.umin.i64(i64 %1370, i64 %780)
  %1372 = load i64, i64* %lowEnd, align 8
  %1373 = load i64, i64* %highEnd, align 8
  %1374 = add i64 %781, 64
  %1375 = sub i64 %781, %1371
  %1376 = lshr i64 %1375, 4
  %1377 = add i64 %1374, %1376
  %1378 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1377)
  %1379 = call i64 @llvm.umax.i64(i64 %1372, i64 %1378)
  %1380 = select i1 %1369, i64 %1379, i64 %1372
  store i64 %1380, i64* %lowEnd, align 8
  %1381 = add i64 %781, 64
  %1382 = sub i64 %781, %scratch_start
  %1383 = lshr i64 %1382, 4
  %1384 = add i64 %1381, %1383
  %1385 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1384)
  %1386 = call i64 @llvm.umax.i64(i64 %1373, i64 %1385)
  %1387 = select i1 %1369, i64 %1373, i64 %1386
  store i64 %1387, i64* %highEnd, align 8
  store i64 %1371, i64* %lowStart, align 8
  br label %write.ok188

e34:                                              ; preds = %stack_ok220
  %1388 = load i32, i32* %result191, align 4
  store i32 %1388, i32* %merged, align 4
  %1389 = load i32, i32* %dict, align 4
  %1390 = load i32, i32* %merged, align 4
  %1391 = zext i32 %1389 to i64
  %1392 = add i64 %1391, 24
  %1393 = add i64 %1392, 4
  %1394 = icmp uge i64 %1392, %scratch_start
  %1395 = load i64, i64* %highEnd, align 8
  %1396 = icmp ule i64 %1393, %1395
  %1397 = and i1 %1394, %1396
  %1398 = call i1 @llvm.expect.i1(i1 %1397, i1 true)
  br i1 %1398, label %write.ok223, label %write.low221

ok192:                                            ; preds = %write.ok188
  store i64 %1366, i64* %1361, align 8
  %1399 = load i64, i64* %highEnd, align 8
  %1400 = call i64 @llvm.umax.i64(i64 %1399, i64 %1366)
  store i64 %1400, i64* %highEnd, align 8
  %1401 = trunc i64 %1365 to i32
  store i32 %1401, i32* %dict.2, align 4
  %1402 = load i32, i32* %prices, align 4
  store i32 %1402, i32* %spread, align 4
  store i64 99, i64* %extra, align 8
  %1403 = load i32, i32* %dict.2, align 4
  %1404 = load i64, i64* %extra, align 8
  %1405 = zext i32 %1403 to i64
  %1406 = add i64 %1405, 8
  %1407 = icmp uge i64 %1405, %scratch_start
  %1408 = load i64, i64* %highEnd, align 8
  %1409 = icmp ule i64 %1406, %1408
  %1410 = and i1 %1407, %1409
  %1411 = call i1 @llvm.expect.i1(i1 %1410, i1 true)
  br i1 %1411, label %write.ok195, label %write.low193

trap15.site16:                                    ; preds = %ok217, %ok212, %ok198, %write.ok188
  %1412 = load i64, i64* %lowStart, align 8
  %1413 = getelementptr i64, i64* %regs, i64 6
  store i64 %1412, i64* %1413, align 8
  %1414 = load i64, i64* %lowEnd, align 8
  %1415 = getelementptr i64, i64* %regs, i64 7
  store i64 %1414, i64* %1415, align 8
  %1416 = load i64, i64* %highEnd, align 8
  %1417 = getelementptr i64, i64* %regs, i64 8
  store i64 %1416, i64* %1417, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

write.low193:                                     ; preds = %ok192
  %1418 = load i64, i64* %lowStart, align 8
  %1419 = icmp uge i64 %1405, %1418
  %1420 = load i64, i64* %lowEnd, align 8
  %1421 = icmp ule i64 %1406, %1420
  %1422 = and i1 %1419, %1421
  %1423 = call i1 @llvm.expect.i1(i1 %1422, i1 true)
  br i1 %1423, label %write.ok195, label %write.slow194

write.slow194:                                    ; preds = %write.low193
  %1424 = icmp ugt i64 %1406, %arena_size
  br i1 %1424, label %trap17.site0, label %ok196

write.ok195:                                      ; preds = %ok196, %write.low193, %ok192
  %1425 = getelementptr i8, i8* %mem, i64 %1405
  store i64 %1404, i64* %unaligned197, align 8
  %1426 = bitcast i64* %unaligned197 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1425, i8* %1426, i64 8, i1 false)
  %1427 = load i32, i32* %spread, align 4
  %1428 = zext i32 %1427 to i64
  %1429 = sub i64 %arena_size, 4
  %1430 = icmp sgt i64 %1428, %1429
  br i1 %1430, label %trap17.site0, label %ok198

ok196:                                            ; preds = %write.slow194
  %1431 = icmp ult i64 %1405, %scratch_start
  %1432 = load i64, i64* %lowStart, align 8
  %1433 = call i64 @llvm.umin.i64(i64 %1432, i64 %1405)
  %1434 = load i64, i64* %lowEnd, align 8
  %1435 = load i64, i64* %highEnd, align 8
  %1436 = add i64 %1406, 64
  %1437 = sub i64 %1406, %1433
  %1438 = lshr i64 %1437, 4
  %1439 = add i64 %1436, %1438
  %1440 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1439)
  %1441 = call i64 @llvm.umax.i64(i64 %1434, i64 %1440)
  %1442 = select i1 %1431, i64 %1441, i64 %1434
  store i64 %1442, i64* %lowEnd, align 8
  %1443 = add i64 %1406, 64
  %1444 = sub i64 %1406, %scratch_start
  %1445 = lshr i64 %1444, 4
  %1446 = add i64 %1443, %1445
  %1447 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1446)
  %1448 = call i64 @llvm.umax.i64(i64 %1435, i64 %1447)
  %1449 = select i1 %1431, i64 %1435, i64 %1448
  store i64 %1449, i64* %highEnd, align 8
  store i64 %1433, i64* %lowStart, align 8
  br label %write.ok195

ok198:                                            ; preds = %write.ok195
  %1450 = getelementptr i8, i8* %mem, i64 %1428
  %1451 = bitcast i32* %unaligned199 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1451, i8* %1450, i64 4, i1 false)
  %1452 = load i32, i32* %unaligned199, align 4
  %1453 = add i32 1, %1452
  store i32 %1453, i32* %cap, align 4
  %1454 = load i32, i32* %cap, align 4
  %1455 = mul i32 %1454, 16
  %1456 = add i32 8, %1455
  %1457 = zext i32 %1456 to i64
  %1458 = getelementptr i64, i64* %regs, i64 1
  %1459 = getelementptr i64, i64* %regs, i64 2
  %1460 = load i64, i64* %1458, align 8
  %1461 = add i64 %1460, 7
  %1462 = and i64 %1461, -8
  %1463 = add i64 %1462, %1457
  %1464 = load i64, i64* %1459, align 8
  %1465 = icmp ugt i64 %1463, %1464
  br i1 %1465, label %trap15.site16, label %ok200

ok200:                                            ; preds = %ok198
  store i64 %1463, i64* %1458, align 8
  %1466 = load i64, i64* %highEnd, align 8
  %1467 = call i64 @llvm.umax.i64(i64 %1466, i64 %1463)
  store i64 %1467, i64* %highEnd, align 8
  %1468 = trunc i64 %1462 to i32
  store i32 %1468, i32* %dict.3, align 4
  %1469 = load i32, i32* %dict.3, align 4
  %1470 = zext i32 %1469 to i64
  %1471 = add i64 %1470, 4
  %1472 = icmp uge i64 %1470, %scratch_start
  %1473 = load i64, i64* %highEnd, align 8
  %1474 = icmp ule i64 %1471, %1473
  %1475 = and i1 %1472, %1474
  %1476 = call i1 @llvm.expect.i1(i1 %1475, i1 true)
  br i1 %1476, label %write.ok203, label %write.low201

write.low201:                                     ; preds = %ok200
  %1477 = load i64, i64* %lowStart, align 8
  %1478 = icmp uge i64 %1470, %1477
  %1479 = load i64, i64* %lowEnd, align 8
  %1480 = icmp ule i64 %1471, %1479
  %1481 = and i1 %1478, %1480
  %1482 = call i1 @llvm.expect.i1(i1 %1481, i1 true)
  br i1 %1482, label %write.ok203, label %write.slow202

write.slow202:                                    ; preds = %write.low201
  %1483 = icmp ugt i64 %1471, %arena_size
  br i1 %1483, label %trap17.site0, label %ok204

write.ok203:                                      ; preds = %ok204, %write.low201, %ok200
  %1484 = getelementptr i8, i8* %mem, i64 %1470
  store i32 0, i32* %unaligned205, align 4
  %1485 = bitcast i32* %unaligned205 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1484, i8* %1485, i64 4, i1 false)
  %1486 = load i32, i32* %spread, align 4
  store i32 %1486, i32* %src, align 4
  store i32 0, i32* %i.3, align 4
  br label %loop38

ok204:                                            ; preds = %write.slow202
  %1487 = icmp ult i64 %1470, %scratch_start
  %1488 = load i64, i64* %lowStart, align 8
  %1489 = call i64 @llvm.umin.i64(i64 %1488, i64 %1470)
  %1490 = load i64, i64* %lowEnd, align 8
  %1491 = load i64, i64* %highEnd, align 8
  %1492 = add i64 %1471, 64
  %1493 = sub i64 %1471, %1489
  %1494 = lshr i64 %1493, 4
  %1495 = add i64 %1492, %1494
  %1496 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1495)
  %1497 = call i64 @llvm.umax.i64(i64 %1490, i64 %1496)
  %1498 = select i1 %1487, i64 %1497, i64 %1490
  store i64 %1498, i64* %lowEnd, align 8
  %1499 = add i64 %1471, 64
  %1500 = sub i64 %1471, %scratch_start
  %1501 = lshr i64 %1500, 4
  %1502 = add i64 %1499, %1501
  %1503 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1502)
  %1504 = call i64 @llvm.umax.i64(i64 %1491, i64 %1503)
  %1505 = select i1 %1487, i64 %1491, i64 %1504
  store i64 %1505, i64* %highEnd, align 8
  store i64 %1489, i64* %lowStart, align 8
  br label %write.ok203

block37:                                          ; preds = %dead216, %ok207
  %1506 = load i32, i32* %dict.3, align 4
  %1507 = load i32, i32* %dict.2, align 4
  %1508 = zext i32 %1507 to i64
  %1509 = sub i64 %arena_size, 8
  %1510 = icmp sgt i64 %1508, %1509
  br i1 %1510, label %trap17.site0, label %ok217

loop38:                                           ; preds = %stack_ok215, %write.ok203
  %1511 = load i64, i64* %fuel, align 8
  %1512 = icmp ult i64 %1511, 1
  br i1 %1512, label %trap14.site0, label %ok206

ok206:                                            ; preds = %loop38
  %1513 = sub i64 %1511, 1
  store i64 %1513, i64* %fuel, align 8
  %1514 = load i32, i32* %i.3, align 4
  %1515 = load i32, i32* %src, align 4
  %1516 = zext i32 %1515 to i64
  %1517 = sub i64 %arena_size, 4
  %1518 = icmp sgt i64 %1516, %1517
  br i1 %1518, label %trap17.site0, label %ok207

ok207:                                            ; preds = %ok206
  %1519 = getelementptr i8, i8* %mem, i64 %1516
  %1520 = bitcast i32* %unaligned208 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1520, i8* %1519, i64 4, i1 false)
  %1521 = load i32, i32* %unaligned208, align 4
  %1522 = icmp uge i32 %1514, %1521
  %1523 = zext i1 %1522 to i32
  %1524 = icmp ne i32 %1523, 0
  br i1 %1524, label %block37, label %cont209

cont209:                                          ; preds = %ok207
  %1525 = load i32, i32* %src, align 4
  %1526 = add i32 %1525, 8
  %1527 = load i32, i32* %i.3, align 4
  %1528 = mul i32 %1527, 16
  %1529 = add i32 %1526, %1528
  store i32 %1529, i32* %at, align 4
  %1530 = load i32, i32* %dict.3, align 4
  %1531 = load i32, i32* %at, align 4
  %1532 = zext i32 %1531 to i64
  %1533 = sub i64 %arena_size, 4
  %1534 = icmp sgt i64 %1532, %1533
  br i1 %1534, label %trap17.site0, label %ok210

ok210:                                            ; preds = %cont209
  %1535 = getelementptr i8, i8* %mem, i64 %1532
  %1536 = bitcast i32* %unaligned211 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1536, i8* %1535, i64 4, i1 false)
  %1537 = load i32, i32* %unaligned211, align 4
  %1538 = load i32, i32* %at, align 4
  %1539 = zext i32 %1538 to i64
  %1540 = sub i64 %arena_size, 16
  %1541 = icmp sgt i64 %1539, %1540
  br i1 %1541, label %trap17.site0, label %ok212

ok212:                                            ; preds = %ok210
  %1542 = add i64 %1539, 8
  %1543 = getelementptr i8, i8* %mem, i64 %1542
  %1544 = bitcast i64* %unaligned213 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1544, i8* %1543, i64 8, i1 false)
  %1545 = load i64, i64* %unaligned213, align 8
  %1546 = icmp uge i32 %depth, 1000
  br i1 %1546, label %trap15.site16, label %ok214

ok214:                                            ; preds = %ok212
  %1547 = icmp ult i64 %10, %stack_limit
  br i1 %1547, label %trap253.site0, label %stack_ok215

stack_ok215:                                      ; preds = %ok214
  %1548 = load i64, i64* %fuel, align 8
  %1549 = getelementptr i64, i64* %regs, i64 0
  store i64 %1548, i64* %1549, align 8
  %1550 = load i64, i64* %lowStart, align 8
  %1551 = getelementptr i64, i64* %regs, i64 6
  store i64 %1550, i64* %1551, align 8
  %1552 = load i64, i64* %lowEnd, align 8
  %1553 = getelementptr i64, i64* %regs, i64 7
  store i64 %1552, i64* %1553, align 8
  %1554 = load i64, i64* %highEnd, align 8
  %1555 = getelementptr i64, i64* %regs, i64 8
  store i64 %1554, i64* %1555, align 8
  %1556 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %1556, i32 %1530, i32 %1537, i64 %1545)
  %1557 = getelementptr i64, i64* %regs, i64 0
  %1558 = load i64, i64* %1557, align 8
  store i64 %1558, i64* %fuel, align 8
  %1559 = getelementptr i64, i64* %regs, i64 6
  %1560 = load i64, i64* %1559, align 8
  store i64 %1560, i64* %lowStart, align 8
  %1561 = getelementptr i64, i64* %regs, i64 7
  %1562 = load i64, i64* %1561, align 8
  store i64 %1562, i64* %lowEnd, align 8
  %1563 = getelementptr i64, i64* %regs, i64 8
  %1564 = load i64, i64* %1563, align 8
  store i64 %1564, i64* %highEnd, align 8
  %1565 = load i32, i32* %i.3, align 4
  %1566 = add i32 %1565, 1
  store i32 %1566, i32* %i.3, align 4
  br label %loop38

dead216:                                          ; No predecessors!
  br label %block37

ok217:                                            ; preds = %block37
  %1567 = getelementptr i8, i8* %mem, i64 %1508
  %1568 = bitcast i64* %unaligned218 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1568, i8* %1567, i64 8, i1 false)
  %1569 = load i64, i64* %unaligned218, align 8
  %1570 = icmp uge i32 %depth, 1000
  br i1 %1570, label %trap15.site16, label %ok219

ok219:                                            ; preds = %ok217
  %1571 = icmp ult i64 %10, %stack_limit
  br i1 %1571, label %trap253.site0, label %stack_ok220

stack_ok220:                                      ; preds = %ok219
  %1572 = load i64, i64* %fuel, align 8
  %1573 = getelementptr i64, i64* %regs, i64 0
  store i64 %1572, i64* %1573, align 8
  %1574 = load i64, i64* %lowStart, align 8
  %1575 = getelementptr i64, i64* %regs, i64 6
  store i64 %1574, i64* %1575, align 8
  %1576 = load i64, i64* %lowEnd, align 8
  %1577 = getelementptr i64, i64* %regs, i64 7
  store i64 %1576, i64* %1577, align 8
  %1578 = load i64, i64* %highEnd, align 8
  %1579 = getelementptr i64, i64* %regs, i64 8
  store i64 %1578, i64* %1579, align 8
  %1580 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %1580, i32 %1506, i32 8, i64 %1569)
  %1581 = getelementptr i64, i64* %regs, i64 0
  %1582 = load i64, i64* %1581, align 8
  store i64 %1582, i64* %fuel, align 8
  %1583 = getelementptr i64, i64* %regs, i64 6
  %1584 = load i64, i64* %1583, align 8
  store i64 %1584, i64* %lowStart, align 8
  %1585 = getelementptr i64, i64* %regs, i64 7
  %1586 = load i64, i64* %1585, align 8
  store i64 %1586, i64* %lowEnd, align 8
  %1587 = getelementptr i64, i64* %regs, i64 8
  %1588 = load i64, i64* %1587, align 8
  store i64 %1588, i64* %highEnd, align 8
  %1589 = load i32, i32* %dict.3, align 4
  store i32 %1589, i32* %result191, align 4
  br label %e34

write.low221:                                     ; preds = %e34
  %1590 = load i64, i64* %lowStart, align 8
  %1591 = icmp uge i64 %1392, %1590
  %1592 = load i64, i64* %lowEnd, align 8
  %1593 = icmp ule i64 %1393, %1592
  %1594 = and i1 %1591, %1593
  %1595 = call i1 @llvm.expect.i1(i1 %1594, i1 true)
  br i1 %1595, label %write.ok223, label %write.slow222

write.slow222:                                    ; preds = %write.low221
  %1596 = icmp ugt i64 %1393, %arena_size
  br i1 %1596, label %trap17.site0, label %ok224

write.ok223:                                      ; preds = %ok224, %write.low221, %e34
  %1597 = getelementptr i8, i8* %mem, i64 %1392
  store i32 %1390, i32* %unaligned225, align 4
  %1598 = bitcast i32* %unaligned225 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1597, i8* %1598, i64 4, i1 false)
  %1599 = load i32, i32* %prices, align 4
  %1600 = zext i32 %1599 to i64
  %1601 = sub i64 %arena_size, 4
  %1602 = icmp sgt i64 %1600, %1601
  br i1 %1602, label %trap17.site0, label %ok226

ok224:                                            ; preds = %write.slow222
  %1603 = icmp ult i64 %1392, %scratch_start
  %1604 = load i64, i64* %lowStart, align 8
  %1605 = call i64 @llvm.umin.i64(i64 %1604, i64 %1392)
  %1606 = load i64, i64* %lowEnd, align 8
  %1607 = load i64, i64* %highEnd, align 8
  %1608 = add i64 %1393, 64
  %1609 = sub i64 %1393, %1605
  %1610 = lshr i64 %1609, 4
  %1611 = add i64 %1608, %1610
  %1612 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1611)
  %1613 = call i64 @llvm.umax.i64(i64 %1606, i64 %1612)
  %1614 = select i1 %1603, i64 %1613, i64 %1606
  store i64 %1614, i64* %lowEnd, align 8
  %1615 = add i64 %1393, 64
  %1616 = sub i64 %1393, %scratch_start
  %1617 = lshr i64 %1616, 4
  %1618 = add i64 %1615, %1617
  %1619 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1618)
  %1620 = call i64 @llvm.umax.i64(i64 %1607, i64 %1619)
  %1621 = select i1 %1603, i64 %1607, i64 %1620
  store i64 %1621, i64* %highEnd, align 8
  store i64 %1605, i64* %lowStart, align 8
  br label %write.ok223

ok226:                                            ; preds = %write.ok223
  %1622 = getelementptr i8, i8* %mem, i64 %1600
  %1623 = bitcast i32* %unaligned227 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1623, i8* %1622, i64 4, i1 false)
  %1624 = load i32, i32* %unaligned227, align 4
  %1625 = zext i32 %1624 to i64
  store i64 %1625, i64* %size.4, align 8
  %1626 = load i32, i32* %dict, align 4
  %1627 = load i64, i64* %size.4, align 8
  %1628 = zext i32 %1626 to i64
  %1629 = add i64 %1628, 32
  %1630 = add i64 %1629, 8
  %1631 = icmp uge i64 %1629, %scratch_start
  %1632 = load i64, i64* %highEnd, align 8
  %1633 = icmp ule i64 %1630, %1632
  %1634 = and i1 %1631, %1633
  %1635 = call i1 @llvm.expect.i1(i1 %1634, i1 true)
  br i1 %1635, label %write.ok230, label %write.low228

write.low228:                                     ; preds = %ok226
  %1636 = load i64, i64* %lowStart, align 8
  %1637 = icmp uge i64 %1629, %1636
  %1638 = load i64, i64* %lowEnd, align 8
  %1639 = icmp ule i64 %1630, %1638
  %1640 = and i1 %1637, %1639
  %1641 = call i1 @llvm.expect.i1(i1 %1640, i1 true)
  br i1 %1641, label %write.ok230, label %write.slow229

write.slow229:                                    ; preds = %write.low228
  %1642 = icmp ugt i64 %1630, %arena_size
  br i1 %1642, label %trap17.site0, label %ok231

write.ok230:                                      ; preds = %ok231, %write.low228, %ok226
  %1643 = getelementptr i8, i8* %mem, i64 %1629
  store i64 %1627, i64* %unaligned232, align 8
  %1644 = bitcast i64* %unaligned232 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1643, i8* %1644, i64 8, i1 false)
  %1645 = load i32, i32* %dict, align 4
  store i32 %1645, i32* %result5, align 4
  br label %e0

ok231:                                            ; preds = %write.slow229
  %1646 = icmp ult i64 %1629, %scratch_start
  %1647 = load i64, i64* %lowStart, align 8
  %1648 = call i64 @llvm.umin.i64(i64 %1647, i64 %1629)
  %1649 = load i64, i64* %lowEnd, align 8
  %1650 = load i64, i64* %highEnd, align 8
  %1651 = add i64 %1630, 64
  %1652 = sub i64 %1630, %1648
  %1653 = lshr i64 %1652, 4
  %1654 = add i64 %1651, %1653
  %1655 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1654)
  %1656 = call i64 @llvm.umax.i64(i64 %1649, i64 %1655)
  %1657 = select i1 %1646, i64 %1656, i64 %1649
  store i64 %1657, i64* %lowEnd, align 8
  %1658 = add i64 %1630, 64
  %1659 = sub i64 %1630, %scratch_start
  %1660 = lshr i64 %1659, 4
  %1661 = add i64 %1658, %1660
  %1662 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1661)
  %1663 = call i64 @llvm.umax.i64(i64 %1650, i64 %1662)
  %1664 = select i1 %1646, i64 %1650, i64 %1663
  store i64 %1664, i64* %highEnd, align 8
  store i64 %1648, i64* %lowStart, align 8
  br label %write.ok230

ok233:                                            ; preds = %e0
  %1665 = icmp ult i64 %10, %stack_limit
  br i1 %1665, label %trap253.site0, label %stack_ok234

trap15.site0:                                     ; preds = %e0
  %1666 = load i64, i64* %lowStart, align 8
  %1667 = getelementptr i64, i64* %regs, i64 6
  store i64 %1666, i64* %1667, align 8
  %1668 = load i64, i64* %lowEnd, align 8
  %1669 = getelementptr i64, i64* %regs, i64 7
  store i64 %1668, i64* %1669, align 8
  %1670 = load i64, i64* %highEnd, align 8
  %1671 = getelementptr i64, i64* %regs, i64 8
  store i64 %1670, i64* %1671, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok234:                                      ; preds = %ok233
  %1672 = load i64, i64* %fuel, align 8
  %1673 = getelementptr i64, i64* %regs, i64 0
  store i64 %1672, i64* %1673, align 8
  %1674 = load i64, i64* %lowStart, align 8
  %1675 = getelementptr i64, i64* %regs, i64 6
  store i64 %1674, i64* %1675, align 8
  %1676 = load i64, i64* %lowEnd, align 8
  %1677 = getelementptr i64, i64* %regs, i64 7
  store i64 %1676, i64* %1677, align 8
  %1678 = load i64, i64* %highEnd, align 8
  %1679 = getelementptr i64, i64* %regs, i64 8
  store i64 %1678, i64* %1679, align 8
  %1680 = add i32 %depth, 1
  %1681 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1680, i32 %89, i32 %90, i32 0)
  %1682 = getelementptr i64, i64* %regs, i64 0
  %1683 = load i64, i64* %1682, align 8
  store i64 %1683, i64* %fuel, align 8
  %1684 = getelementptr i64, i64* %regs, i64 6
  %1685 = load i64, i64* %1684, align 8
  store i64 %1685, i64* %lowStart, align 8
  %1686 = getelementptr i64, i64* %regs, i64 7
  %1687 = load i64, i64* %1686, align 8
  store i64 %1687, i64* %lowEnd, align 8
  %1688 = getelementptr i64, i64* %regs, i64 8
  %1689 = load i64, i64* %1688, align 8
  store i64 %1689, i64* %highEnd, align 8
  store i32 %1681, i32* %json_end, align 4
  %1690 = load i32, i32* %json_end, align 4
  %1691 = icmp eq i32 %1690, -2
  %1692 = zext i1 %1691 to i32
  %1693 = icmp ne i32 %1692, 0
  br i1 %1693, label %then235, label %else236

then235:                                          ; preds = %stack_ok234
  br label %trap16.site4

else236:                                          ; preds = %stack_ok234
  br label %join237

join237:                                          ; preds = %else236, %dead238
  %1694 = load i32, i32* %json_end, align 4
  %1695 = icmp eq i32 %1694, -1
  %1696 = zext i1 %1695 to i32
  %1697 = icmp ne i32 %1696, 0
  br i1 %1697, label %then239, label %else240

trap16.site4:                                     ; preds = %then235
  %1698 = load i64, i64* %lowStart, align 8
  %1699 = getelementptr i64, i64* %regs, i64 6
  store i64 %1698, i64* %1699, align 8
  %1700 = load i64, i64* %lowEnd, align 8
  %1701 = getelementptr i64, i64* %regs, i64 7
  store i64 %1700, i64* %1701, align 8
  %1702 = load i64, i64* %highEnd, align 8
  %1703 = getelementptr i64, i64* %regs, i64 8
  store i64 %1702, i64* %1703, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead238:                                          ; No predecessors!
  br label %join237

then239:                                          ; preds = %join237
  br label %trap15.site4

else240:                                          ; preds = %join237
  br label %join241

join241:                                          ; preds = %else240, %dead242
  %1704 = load i32, i32* %json_end, align 4
  %1705 = zext i32 %1704 to i64
  %1706 = getelementptr i64, i64* %regs, i64 3
  store i64 %1705, i64* %1706, align 8
  %1707 = load i32, i32* %json_end, align 4
  %1708 = load i32, i32* %json_start, align 4
  %1709 = sub i32 %1707, %1708
  %1710 = load i64, i64* %fuel, align 8
  %1711 = getelementptr i64, i64* %regs, i64 0
  store i64 %1710, i64* %1711, align 8
  %1712 = load i64, i64* %lowStart, align 8
  %1713 = getelementptr i64, i64* %regs, i64 6
  store i64 %1712, i64* %1713, align 8
  %1714 = load i64, i64* %lowEnd, align 8
  %1715 = getelementptr i64, i64* %regs, i64 7
  store i64 %1714, i64* %1715, align 8
  %1716 = load i64, i64* %highEnd, align 8
  %1717 = getelementptr i64, i64* %regs, i64 8
  store i64 %1716, i64* %1717, align 8
  ret i32 %1709

dead242:                                          ; No predecessors!
  br label %join241
}
