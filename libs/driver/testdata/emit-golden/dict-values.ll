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
  %652 = load i64, i64* %lowStart, align 8
  %653 = call i64 @llvm.umin.i64(i64 %652, i64 %622)
  %654 = load i64, i64* %lowEnd, align 8
  %655 = load i64, i64* %highEnd, align 8
  %656 = add i64 %623, 64
  %657 = sub i64 %623, %653
  %658 = lshr i64 %657, 4
  %659 = add i64 %656, %658
  %660 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %659)
  %661 = call i64 @llvm.umax.i64(i64 %654, i64 %660)
  %662 = select i1 %651, i64 %661, i64 %654
  store i64 %662, i64* %lowEnd, align 8
  %663 = add i64 %623, 64
  %664 = sub i64 %623, %scratch_start
  %665 = lshr i64 %664, 4
  %666 = add i64 %663, %665
  %667 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %666)
  %668 = call i64 @llvm.umax.i64(i64 %655, i64 %667)
  %669 = select i1 %651, i64 %655, i64 %668
  store i64 %669, i64* %highEnd, align 8
  store i64 %653, i64* %lowStart, align 8
  br label %write.ok

write.low123:                                     ; preds = %write.ok
  %670 = load i64, i64* %lowStart, align 8
  %671 = icmp uge i64 %645, %670
  %672 = load i64, i64* %lowEnd, align 8
  %673 = icmp ule i64 %646, %672
  %674 = and i1 %671, %673
  br i1 %674, label %write.ok125, label %write.slow124

write.slow124:                                    ; preds = %write.low123
  %675 = icmp ugt i64 %646, %arena_size
  br i1 %675, label %trap17.site0, label %ok126

write.ok125:                                      ; preds = %ok126, %write.low123, %write.ok
  %676 = getelementptr i8, i8* %mem, i64 %645
  store i32 %643, i32* %unaligned127, align 4
  %677 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %676, i8* %677, i64 4, i1 false)
  %678 = load i32, i32* %args_out, align 4
  %679 = load i64, i64* %fuel, align 8
  %680 = getelementptr i64, i64* %regs, i64 0
  store i64 %679, i64* %680, align 8
  %681 = load i64, i64* %lowStart, align 8
  %682 = getelementptr i64, i64* %regs, i64 6
  store i64 %681, i64* %682, align 8
  %683 = load i64, i64* %lowEnd, align 8
  %684 = getelementptr i64, i64* %regs, i64 7
  store i64 %683, i64* %684, align 8
  %685 = load i64, i64* %highEnd, align 8
  %686 = getelementptr i64, i64* %regs, i64 8
  store i64 %685, i64* %686, align 8
  ret i32 %678

ok126:                                            ; preds = %write.slow124
  %687 = icmp ult i64 %645, %scratch_start
  %688 = load i64, i64* %lowStart, align 8
  %689 = call i64 @llvm.umin.i64(i64 %688, i64 %645)
  %690 = load i64, i64* %lowEnd, align 8
  %691 = load i64, i64* %highEnd, align 8
  %692 = add i64 %646, 64
  %693 = sub i64 %646, %689
  %694 = lshr i64 %693, 4
  %695 = add i64 %692, %694
  %696 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %695)
  %697 = call i64 @llvm.umax.i64(i64 %690, i64 %696)
  %698 = select i1 %687, i64 %697, i64 %690
  store i64 %698, i64* %lowEnd, align 8
  %699 = add i64 %646, 64
  %700 = sub i64 %646, %scratch_start
  %701 = lshr i64 %700, 4
  %702 = add i64 %699, %701
  %703 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %702)
  %704 = call i64 @llvm.umax.i64(i64 %691, i64 %703)
  %705 = select i1 %687, i64 %691, i64 %704
  store i64 %705, i64* %highEnd, align 8
  store i64 %689, i64* %lowStart, align 8
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
  %132 = load i64, i64* %lowStart, align 8
  %133 = call i64 @llvm.umin.i64(i64 %132, i64 %105)
  %134 = load i64, i64* %lowEnd, align 8
  %135 = load i64, i64* %highEnd, align 8
  %136 = add i64 %106, 64
  %137 = sub i64 %106, %133
  %138 = lshr i64 %137, 4
  %139 = add i64 %136, %138
  %140 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %139)
  %141 = call i64 @llvm.umax.i64(i64 %134, i64 %140)
  %142 = select i1 %131, i64 %141, i64 %134
  store i64 %142, i64* %lowEnd, align 8
  %143 = add i64 %106, 64
  %144 = sub i64 %106, %scratch_start
  %145 = lshr i64 %144, 4
  %146 = add i64 %143, %145
  %147 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %146)
  %148 = call i64 @llvm.umax.i64(i64 %135, i64 %147)
  %149 = select i1 %131, i64 %135, i64 %148
  store i64 %149, i64* %highEnd, align 8
  store i64 %133, i64* %lowStart, align 8
  br label %write.ok

dead:                                             ; No predecessors!
  br label %join

then8:                                            ; preds = %join
  %150 = load i32, i32* %mid, align 4
  %151 = add i32 %150, 1
  store i32 %151, i32* %lo, align 4
  br label %join10

else9:                                            ; preds = %join
  %152 = load i32, i32* %mid, align 4
  store i32 %152, i32* %hi, align 4
  br label %join10

join10:                                           ; preds = %else9, %then8
  br label %loop1

dead11:                                           ; No predecessors!
  br label %block0

ok12:                                             ; preds = %block0
  %153 = getelementptr i8, i8* %mem, i64 %35
  %154 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %154, i8* %153, i64 4, i1 false)
  %155 = load i32, i32* %unaligned13, align 4
  store i32 %155, i32* %len, align 4
  %156 = load i32, i32* %d, align 4
  %157 = add i32 %156, 8
  %158 = load i32, i32* %lo, align 4
  %159 = add i32 %158, 1
  %160 = mul i32 %159, 16
  %161 = add i32 %157, %160
  %162 = load i32, i32* %d, align 4
  %163 = add i32 %162, 8
  %164 = load i32, i32* %lo, align 4
  %165 = mul i32 %164, 16
  %166 = add i32 %163, %165
  %167 = load i32, i32* %len, align 4
  %168 = load i32, i32* %lo, align 4
  %169 = sub i32 %167, %168
  %170 = mul i32 %169, 16
  %171 = zext i32 %170 to i64
  %172 = zext i32 %166 to i64
  %173 = add i64 %172, %171
  %174 = icmp ugt i64 %173, %arena_size
  br i1 %174, label %trap17.site0, label %ok14

ok14:                                             ; preds = %ok12
  %175 = zext i32 %161 to i64
  %176 = add i64 %175, %171
  %177 = icmp uge i64 %175, %scratch_start
  %178 = load i64, i64* %highEnd, align 8
  %179 = icmp ule i64 %176, %178
  %180 = and i1 %177, %179
  br i1 %180, label %write.ok17, label %write.low15

write.low15:                                      ; preds = %ok14
  %181 = load i64, i64* %lowStart, align 8
  %182 = icmp uge i64 %175, %181
  %183 = load i64, i64* %lowEnd, align 8
  %184 = icmp ule i64 %176, %183
  %185 = and i1 %182, %184
  br i1 %185, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %186 = icmp ugt i64 %176, %arena_size
  br i1 %186, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %ok14
  %187 = getelementptr i8, i8* %mem, i64 %175
  %188 = getelementptr i8, i8* %mem, i64 %172
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %187, i8* %188, i64 %171, i1 false)
  %189 = load i32, i32* %d, align 4
  %190 = add i32 %189, 8
  %191 = load i32, i32* %lo, align 4
  %192 = mul i32 %191, 16
  %193 = add i32 %190, %192
  %194 = load i32, i32* %k, align 4
  %195 = zext i32 %193 to i64
  %196 = add i64 %195, 4
  %197 = icmp uge i64 %195, %scratch_start
  %198 = load i64, i64* %highEnd, align 8
  %199 = icmp ule i64 %196, %198
  %200 = and i1 %197, %199
  br i1 %200, label %write.ok21, label %write.low19

ok18:                                             ; preds = %write.slow16
  %201 = icmp ult i64 %175, %scratch_start
  %202 = load i64, i64* %lowStart, align 8
  %203 = call i64 @llvm.umin.i64(i64 %202, i64 %175)
  %204 = load i64, i64* %lowEnd, align 8
  %205 = load i64, i64* %highEnd, align 8
  %206 = add i64 %176, 64
  %207 = sub i64 %176, %203
  %208 = lshr i64 %207, 4
  %209 = add i64 %206, %208
  %210 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %209)
  %211 = call i64 @llvm.umax.i64(i64 %204, i64 %210)
  %212 = select i1 %201, i64 %211, i64 %204
  store i64 %212, i64* %lowEnd, align 8
  %213 = add i64 %176, 64
  %214 = sub i64 %176, %scratch_start
  %215 = lshr i64 %214, 4
  %216 = add i64 %213, %215
  %217 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %216)
  %218 = call i64 @llvm.umax.i64(i64 %205, i64 %217)
  %219 = select i1 %201, i64 %205, i64 %218
  store i64 %219, i64* %highEnd, align 8
  store i64 %203, i64* %lowStart, align 8
  br label %write.ok17

write.low19:                                      ; preds = %write.ok17
  %220 = load i64, i64* %lowStart, align 8
  %221 = icmp uge i64 %195, %220
  %222 = load i64, i64* %lowEnd, align 8
  %223 = icmp ule i64 %196, %222
  %224 = and i1 %221, %223
  br i1 %224, label %write.ok21, label %write.slow20

write.slow20:                                     ; preds = %write.low19
  %225 = icmp ugt i64 %196, %arena_size
  br i1 %225, label %trap17.site0, label %ok22

write.ok21:                                       ; preds = %ok22, %write.low19, %write.ok17
  %226 = getelementptr i8, i8* %mem, i64 %195
  store i32 %194, i32* %unaligned23, align 4
  %227 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %226, i8* %227, i64 4, i1 false)
  %228 = load i32, i32* %d, align 4
  %229 = add i32 %228, 8
  %230 = load i32, i32* %lo, align 4
  %231 = mul i32 %230, 16
  %232 = add i32 %229, %231
  %233 = load i64, i64* %v, align 8
  %234 = zext i32 %232 to i64
  %235 = add i64 %234, 8
  %236 = add i64 %235, 8
  %237 = icmp uge i64 %235, %scratch_start
  %238 = load i64, i64* %highEnd, align 8
  %239 = icmp ule i64 %236, %238
  %240 = and i1 %237, %239
  br i1 %240, label %write.ok26, label %write.low24

ok22:                                             ; preds = %write.slow20
  %241 = icmp ult i64 %195, %scratch_start
  %242 = load i64, i64* %lowStart, align 8
  %243 = call i64 @llvm.umin.i64(i64 %242, i64 %195)
  %244 = load i64, i64* %lowEnd, align 8
  %245 = load i64, i64* %highEnd, align 8
  %246 = add i64 %196, 64
  %247 = sub i64 %196, %243
  %248 = lshr i64 %247, 4
  %249 = add i64 %246, %248
  %250 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %249)
  %251 = call i64 @llvm.umax.i64(i64 %244, i64 %250)
  %252 = select i1 %241, i64 %251, i64 %244
  store i64 %252, i64* %lowEnd, align 8
  %253 = add i64 %196, 64
  %254 = sub i64 %196, %scratch_start
  %255 = lshr i64 %254, 4
  %256 = add i64 %253, %255
  %257 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %256)
  %258 = call i64 @llvm.umax.i64(i64 %245, i64 %257)
  %259 = select i1 %241, i64 %245, i64 %258
  store i64 %259, i64* %highEnd, align 8
  store i64 %243, i64* %lowStart, align 8
  br label %write.ok21

write.low24:                                      ; preds = %write.ok21
  %260 = load i64, i64* %lowStart, align 8
  %261 = icmp uge i64 %235, %260
  %262 = load i64, i64* %lowEnd, align 8
  %263 = icmp ule i64 %236, %262
  %264 = and i1 %261, %263
  br i1 %264, label %write.ok26, label %write.slow25

write.slow25:                                     ; preds = %write.low24
  %265 = icmp ugt i64 %236, %arena_size
  br i1 %265, label %trap17.site0, label %ok27

write.ok26:                                       ; preds = %ok27, %write.low24, %write.ok21
  %266 = getelementptr i8, i8* %mem, i64 %235
  store i64 %233, i64* %unaligned28, align 8
  %267 = bitcast i64* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %266, i8* %267, i64 8, i1 false)
  %268 = load i32, i32* %d, align 4
  %269 = load i32, i32* %len, align 4
  %270 = add i32 %269, 1
  %271 = zext i32 %268 to i64
  %272 = add i64 %271, 4
  %273 = icmp uge i64 %271, %scratch_start
  %274 = load i64, i64* %highEnd, align 8
  %275 = icmp ule i64 %272, %274
  %276 = and i1 %273, %275
  br i1 %276, label %write.ok31, label %write.low29

ok27:                                             ; preds = %write.slow25
  %277 = icmp ult i64 %235, %scratch_start
  %278 = load i64, i64* %lowStart, align 8
  %279 = call i64 @llvm.umin.i64(i64 %278, i64 %235)
  %280 = load i64, i64* %lowEnd, align 8
  %281 = load i64, i64* %highEnd, align 8
  %282 = add i64 %236, 64
  %283 = sub i64 %236, %279
  %284 = lshr i64 %283, 4
  %285 = add i64 %282, %284
  %286 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %285)
  %287 = call i64 @llvm.umax.i64(i64 %280, i64 %286)
  %288 = select i1 %277, i64 %287, i64 %280
  store i64 %288, i64* %lowEnd, align 8
  %289 = add i64 %236, 64
  %290 = sub i64 %236, %scratch_start
  %291 = lshr i64 %290, 4
  %292 = add i64 %289, %291
  %293 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %292)
  %294 = call i64 @llvm.umax.i64(i64 %281, i64 %293)
  %295 = select i1 %277, i64 %281, i64 %294
  store i64 %295, i64* %highEnd, align 8
  store i64 %279, i64* %lowStart, align 8
  br label %write.ok26

write.low29:                                      ; preds = %write.ok26
  %296 = load i64, i64* %lowStart, align 8
  %297 = icmp uge i64 %271, %296
  %298 = load i64, i64* %lowEnd, align 8
  %299 = icmp ule i64 %272, %298
  %300 = and i1 %297, %299
  br i1 %300, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %301 = icmp ugt i64 %272, %arena_size
  br i1 %301, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %write.ok26
  %302 = getelementptr i8, i8* %mem, i64 %271
  store i32 %270, i32* %unaligned33, align 4
  %303 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %302, i8* %303, i64 4, i1 false)
  %304 = load i64, i64* %fuel, align 8
  %305 = getelementptr i64, i64* %regs, i64 0
  store i64 %304, i64* %305, align 8
  %306 = load i64, i64* %lowStart, align 8
  %307 = getelementptr i64, i64* %regs, i64 6
  store i64 %306, i64* %307, align 8
  %308 = load i64, i64* %lowEnd, align 8
  %309 = getelementptr i64, i64* %regs, i64 7
  store i64 %308, i64* %309, align 8
  %310 = load i64, i64* %highEnd, align 8
  %311 = getelementptr i64, i64* %regs, i64 8
  store i64 %310, i64* %311, align 8
  ret void

ok32:                                             ; preds = %write.slow30
  %312 = icmp ult i64 %271, %scratch_start
  %313 = load i64, i64* %lowStart, align 8
  %314 = call i64 @llvm.umin.i64(i64 %313, i64 %271)
  %315 = load i64, i64* %lowEnd, align 8
  %316 = load i64, i64* %highEnd, align 8
  %317 = add i64 %272, 64
  %318 = sub i64 %272, %314
  %319 = lshr i64 %318, 4
  %320 = add i64 %317, %319
  %321 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %320)
  %322 = call i64 @llvm.umax.i64(i64 %315, i64 %321)
  %323 = select i1 %312, i64 %322, i64 %315
  store i64 %323, i64* %lowEnd, align 8
  %324 = add i64 %272, 64
  %325 = sub i64 %272, %scratch_start
  %326 = lshr i64 %325, 4
  %327 = add i64 %324, %326
  %328 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %327)
  %329 = call i64 @llvm.umax.i64(i64 %316, i64 %328)
  %330 = select i1 %312, i64 %316, i64 %329
  store i64 %330, i64* %highEnd, align 8
  store i64 %314, i64* %lowStart, align 8
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
  %163 = load i64, i64* %lowStart, align 8
  %164 = call i64 @llvm.umin.i64(i64 %163, i64 %148)
  %165 = load i64, i64* %lowEnd, align 8
  %166 = load i64, i64* %highEnd, align 8
  %167 = add i64 %149, 64
  %168 = sub i64 %149, %164
  %169 = lshr i64 %168, 4
  %170 = add i64 %167, %169
  %171 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %170)
  %172 = call i64 @llvm.umax.i64(i64 %165, i64 %171)
  %173 = select i1 %162, i64 %172, i64 %165
  store i64 %173, i64* %lowEnd, align 8
  %174 = add i64 %149, 64
  %175 = sub i64 %149, %scratch_start
  %176 = lshr i64 %175, 4
  %177 = add i64 %174, %176
  %178 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %177)
  %179 = call i64 @llvm.umax.i64(i64 %166, i64 %178)
  %180 = select i1 %162, i64 %166, i64 %179
  store i64 %180, i64* %highEnd, align 8
  store i64 %164, i64* %lowStart, align 8
  br label %write.ok

block3:                                           ; preds = %dead21, %ok13
  %181 = load i32, i32* %list, align 4
  store i32 %181, i32* %result7, align 4
  br label %e1

loop4:                                            ; preds = %write.ok18, %write.ok
  %182 = load i64, i64* %fuel, align 8
  %183 = icmp ult i64 %182, 1
  br i1 %183, label %trap14.site0, label %ok13

ok13:                                             ; preds = %loop4
  %184 = sub i64 %182, 1
  store i64 %184, i64* %fuel, align 8
  %185 = load i32, i32* %i, align 4
  %186 = load i32, i32* %n, align 4
  %187 = icmp uge i32 %185, %186
  %188 = zext i1 %187 to i32
  %189 = icmp ne i32 %188, 0
  br i1 %189, label %block3, label %cont

cont:                                             ; preds = %ok13
  %190 = load i32, i32* %list, align 4
  %191 = load i32, i32* %i, align 4
  %192 = mul i32 %191, 4
  %193 = add i32 %190, %192
  %194 = load i32, i32* %d, align 4
  %195 = load i32, i32* %i, align 4
  %196 = mul i32 %195, 16
  %197 = add i32 %194, %196
  %198 = zext i32 %197 to i64
  %199 = add i64 %198, 8
  %200 = add i64 %199, 4
  %201 = icmp ugt i64 %200, %arena_size
  br i1 %201, label %trap17.site0, label %ok14

ok14:                                             ; preds = %cont
  %202 = getelementptr i8, i8* %mem, i64 %199
  %203 = bitcast i32* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %203, i8* %202, i64 4, i1 false)
  %204 = load i32, i32* %unaligned15, align 4
  %205 = zext i32 %193 to i64
  %206 = add i64 %205, 4
  %207 = add i64 %206, 4
  %208 = icmp uge i64 %206, %scratch_start
  %209 = load i64, i64* %highEnd, align 8
  %210 = icmp ule i64 %207, %209
  %211 = and i1 %208, %210
  br i1 %211, label %write.ok18, label %write.low16

write.low16:                                      ; preds = %ok14
  %212 = load i64, i64* %lowStart, align 8
  %213 = icmp uge i64 %206, %212
  %214 = load i64, i64* %lowEnd, align 8
  %215 = icmp ule i64 %207, %214
  %216 = and i1 %213, %215
  br i1 %216, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %217 = icmp ugt i64 %207, %arena_size
  br i1 %217, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %ok14
  %218 = getelementptr i8, i8* %mem, i64 %206
  store i32 %204, i32* %unaligned20, align 4
  %219 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %218, i8* %219, i64 4, i1 false)
  %220 = load i32, i32* %i, align 4
  %221 = add i32 %220, 1
  store i32 %221, i32* %i, align 4
  br label %loop4

ok19:                                             ; preds = %write.slow17
  %222 = icmp ult i64 %206, %scratch_start
  %223 = load i64, i64* %lowStart, align 8
  %224 = call i64 @llvm.umin.i64(i64 %223, i64 %206)
  %225 = load i64, i64* %lowEnd, align 8
  %226 = load i64, i64* %highEnd, align 8
  %227 = add i64 %207, 64
  %228 = sub i64 %207, %224
  %229 = lshr i64 %228, 4
  %230 = add i64 %227, %229
  %231 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %230)
  %232 = call i64 @llvm.umax.i64(i64 %225, i64 %231)
  %233 = select i1 %222, i64 %232, i64 %225
  store i64 %233, i64* %lowEnd, align 8
  %234 = add i64 %207, 64
  %235 = sub i64 %207, %scratch_start
  %236 = lshr i64 %235, 4
  %237 = add i64 %234, %236
  %238 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %237)
  %239 = call i64 @llvm.umax.i64(i64 %226, i64 %238)
  %240 = select i1 %222, i64 %226, i64 %239
  store i64 %240, i64* %highEnd, align 8
  store i64 %224, i64* %lowStart, align 8
  br label %write.ok18

dead21:                                           ; No predecessors!
  br label %block3

write.low22:                                      ; preds = %e1
  %241 = load i64, i64* %lowStart, align 8
  %242 = icmp uge i64 %109, %241
  %243 = load i64, i64* %lowEnd, align 8
  %244 = icmp ule i64 %110, %243
  %245 = and i1 %242, %244
  br i1 %245, label %write.ok24, label %write.slow23

write.slow23:                                     ; preds = %write.low22
  %246 = icmp ugt i64 %110, %arena_size
  br i1 %246, label %trap17.site0, label %ok25

write.ok24:                                       ; preds = %ok25, %write.low22, %e1
  %247 = getelementptr i8, i8* %mem, i64 %109
  store i32 %108, i32* %unaligned26, align 4
  %248 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %247, i8* %248, i64 4, i1 false)
  %249 = load i32, i32* %prices, align 4
  store i32 %249, i32* %d.1, align 4
  %250 = load i32, i32* %d.1, align 4
  %251 = zext i32 %250 to i64
  %252 = add i64 %251, 4
  %253 = icmp ugt i64 %252, %arena_size
  br i1 %253, label %trap17.site0, label %ok29

ok25:                                             ; preds = %write.slow23
  %254 = icmp ult i64 %109, %scratch_start
  %255 = load i64, i64* %lowStart, align 8
  %256 = call i64 @llvm.umin.i64(i64 %255, i64 %109)
  %257 = load i64, i64* %lowEnd, align 8
  %258 = load i64, i64* %highEnd, align 8
  %259 = add i64 %110, 64
  %260 = sub i64 %110, %256
  %261 = lshr i64 %260, 4
  %262 = add i64 %259, %261
  %263 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %262)
  %264 = call i64 @llvm.umax.i64(i64 %257, i64 %263)
  %265 = select i1 %254, i64 %264, i64 %257
  store i64 %265, i64* %lowEnd, align 8
  %266 = add i64 %110, 64
  %267 = sub i64 %110, %scratch_start
  %268 = lshr i64 %267, 4
  %269 = add i64 %266, %268
  %270 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %269)
  %271 = call i64 @llvm.umax.i64(i64 %258, i64 %270)
  %272 = select i1 %254, i64 %258, i64 %271
  store i64 %272, i64* %highEnd, align 8
  store i64 %256, i64* %lowStart, align 8
  br label %write.ok24

e5:                                               ; preds = %block10
  %273 = load i64, i64* %result27, align 8
  store i64 %273, i64* %total, align 8
  %274 = load i32, i32* %dict, align 4
  %275 = load i64, i64* %total, align 8
  %276 = zext i32 %274 to i64
  %277 = add i64 %276, 8
  %278 = add i64 %277, 8
  %279 = icmp uge i64 %277, %scratch_start
  %280 = load i64, i64* %highEnd, align 8
  %281 = icmp ule i64 %278, %280
  %282 = and i1 %279, %281
  br i1 %282, label %write.ok61, label %write.low59

e6:                                               ; preds = %block8
  %283 = load i32, i32* %result28, align 4
  store i32 %283, i32* %xs, align 4
  store i64 0, i64* %sum, align 8
  %284 = load i32, i32* %xs, align 4
  %285 = zext i32 %284 to i64
  %286 = add i64 %285, 4
  %287 = icmp ugt i64 %286, %arena_size
  br i1 %287, label %trap17.site0, label %ok51

ok29:                                             ; preds = %write.ok24
  %288 = getelementptr i8, i8* %mem, i64 %251
  %289 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %289, i8* %288, i64 4, i1 false)
  %290 = load i32, i32* %unaligned30, align 4
  store i32 %290, i32* %n.1, align 4
  %291 = load i32, i32* %n.1, align 4
  %292 = zext i32 %291 to i64
  %293 = mul i64 %292, 8
  %294 = add i64 8, %293
  store i64 %294, i64* %size.1, align 8
  %295 = load i64, i64* %size.1, align 8
  %296 = icmp ugt i64 %295, 2147483647
  %297 = zext i1 %296 to i32
  %298 = icmp ne i32 %297, 0
  br i1 %298, label %then31, label %else32

then31:                                           ; preds = %ok29
  br label %trap15.site7

else32:                                           ; preds = %ok29
  br label %join33

join33:                                           ; preds = %else32, %dead34
  %299 = load i64, i64* %size.1, align 8
  %300 = trunc i64 %299 to i32
  %301 = zext i32 %300 to i64
  %302 = getelementptr i64, i64* %regs, i64 1
  %303 = getelementptr i64, i64* %regs, i64 2
  %304 = load i64, i64* %302, align 8
  %305 = add i64 %304, 7
  %306 = and i64 %305, -8
  %307 = add i64 %306, %301
  %308 = load i64, i64* %303, align 8
  %309 = icmp ugt i64 %307, %308
  br i1 %309, label %trap15.site7, label %ok35

trap15.site7:                                     ; preds = %join33, %then31
  %310 = load i64, i64* %lowStart, align 8
  %311 = getelementptr i64, i64* %regs, i64 6
  store i64 %310, i64* %311, align 8
  %312 = load i64, i64* %lowEnd, align 8
  %313 = getelementptr i64, i64* %regs, i64 7
  store i64 %312, i64* %313, align 8
  %314 = load i64, i64* %highEnd, align 8
  %315 = getelementptr i64, i64* %regs, i64 8
  store i64 %314, i64* %315, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead34:                                           ; No predecessors!
  br label %join33

ok35:                                             ; preds = %join33
  store i64 %307, i64* %302, align 8
  %316 = load i64, i64* %highEnd, align 8
  %317 = call i64 @llvm.umax.i64(i64 %316, i64 %307)
  store i64 %317, i64* %highEnd, align 8
  %318 = trunc i64 %306 to i32
  store i32 %318, i32* %list.1, align 4
  %319 = load i32, i32* %list.1, align 4
  %320 = load i32, i32* %n.1, align 4
  %321 = zext i32 %319 to i64
  %322 = add i64 %321, 4
  %323 = icmp uge i64 %321, %scratch_start
  %324 = load i64, i64* %highEnd, align 8
  %325 = icmp ule i64 %322, %324
  %326 = and i1 %323, %325
  br i1 %326, label %write.ok38, label %write.low36

write.low36:                                      ; preds = %ok35
  %327 = load i64, i64* %lowStart, align 8
  %328 = icmp uge i64 %321, %327
  %329 = load i64, i64* %lowEnd, align 8
  %330 = icmp ule i64 %322, %329
  %331 = and i1 %328, %330
  br i1 %331, label %write.ok38, label %write.slow37

write.slow37:                                     ; preds = %write.low36
  %332 = icmp ugt i64 %322, %arena_size
  br i1 %332, label %trap17.site0, label %ok39

write.ok38:                                       ; preds = %ok39, %write.low36, %ok35
  %333 = getelementptr i8, i8* %mem, i64 %321
  store i32 %320, i32* %unaligned40, align 4
  %334 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %333, i8* %334, i64 4, i1 false)
  store i32 0, i32* %i.1, align 4
  br label %loop9

ok39:                                             ; preds = %write.slow37
  %335 = icmp ult i64 %321, %scratch_start
  %336 = load i64, i64* %lowStart, align 8
  %337 = call i64 @llvm.umin.i64(i64 %336, i64 %321)
  %338 = load i64, i64* %lowEnd, align 8
  %339 = load i64, i64* %highEnd, align 8
  %340 = add i64 %322, 64
  %341 = sub i64 %322, %337
  %342 = lshr i64 %341, 4
  %343 = add i64 %340, %342
  %344 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %343)
  %345 = call i64 @llvm.umax.i64(i64 %338, i64 %344)
  %346 = select i1 %335, i64 %345, i64 %338
  store i64 %346, i64* %lowEnd, align 8
  %347 = add i64 %322, 64
  %348 = sub i64 %322, %scratch_start
  %349 = lshr i64 %348, 4
  %350 = add i64 %347, %349
  %351 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %350)
  %352 = call i64 @llvm.umax.i64(i64 %339, i64 %351)
  %353 = select i1 %335, i64 %339, i64 %352
  store i64 %353, i64* %highEnd, align 8
  store i64 %337, i64* %lowStart, align 8
  br label %write.ok38

block8:                                           ; preds = %dead50, %ok41
  %354 = load i32, i32* %list.1, align 4
  store i32 %354, i32* %result28, align 4
  br label %e6

loop9:                                            ; preds = %write.ok47, %write.ok38
  %355 = load i64, i64* %fuel, align 8
  %356 = icmp ult i64 %355, 1
  br i1 %356, label %trap14.site0, label %ok41

ok41:                                             ; preds = %loop9
  %357 = sub i64 %355, 1
  store i64 %357, i64* %fuel, align 8
  %358 = load i32, i32* %i.1, align 4
  %359 = load i32, i32* %n.1, align 4
  %360 = icmp uge i32 %358, %359
  %361 = zext i1 %360 to i32
  %362 = icmp ne i32 %361, 0
  br i1 %362, label %block8, label %cont42

cont42:                                           ; preds = %ok41
  %363 = load i32, i32* %list.1, align 4
  %364 = load i32, i32* %i.1, align 4
  %365 = mul i32 %364, 8
  %366 = add i32 %363, %365
  %367 = load i32, i32* %d.1, align 4
  %368 = load i32, i32* %i.1, align 4
  %369 = mul i32 %368, 16
  %370 = add i32 %367, %369
  %371 = zext i32 %370 to i64
  %372 = add i64 %371, 16
  %373 = add i64 %372, 8
  %374 = icmp ugt i64 %373, %arena_size
  br i1 %374, label %trap17.site0, label %ok43

ok43:                                             ; preds = %cont42
  %375 = getelementptr i8, i8* %mem, i64 %372
  %376 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %376, i8* %375, i64 8, i1 false)
  %377 = load i64, i64* %unaligned44, align 8
  %378 = zext i32 %366 to i64
  %379 = add i64 %378, 8
  %380 = add i64 %379, 8
  %381 = icmp uge i64 %379, %scratch_start
  %382 = load i64, i64* %highEnd, align 8
  %383 = icmp ule i64 %380, %382
  %384 = and i1 %381, %383
  br i1 %384, label %write.ok47, label %write.low45

write.low45:                                      ; preds = %ok43
  %385 = load i64, i64* %lowStart, align 8
  %386 = icmp uge i64 %379, %385
  %387 = load i64, i64* %lowEnd, align 8
  %388 = icmp ule i64 %380, %387
  %389 = and i1 %386, %388
  br i1 %389, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %390 = icmp ugt i64 %380, %arena_size
  br i1 %390, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %ok43
  %391 = getelementptr i8, i8* %mem, i64 %379
  store i64 %377, i64* %unaligned49, align 8
  %392 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %391, i8* %392, i64 8, i1 false)
  %393 = load i32, i32* %i.1, align 4
  %394 = add i32 %393, 1
  store i32 %394, i32* %i.1, align 4
  br label %loop9

ok48:                                             ; preds = %write.slow46
  %395 = icmp ult i64 %379, %scratch_start
  %396 = load i64, i64* %lowStart, align 8
  %397 = call i64 @llvm.umin.i64(i64 %396, i64 %379)
  %398 = load i64, i64* %lowEnd, align 8
  %399 = load i64, i64* %highEnd, align 8
  %400 = add i64 %380, 64
  %401 = sub i64 %380, %397
  %402 = lshr i64 %401, 4
  %403 = add i64 %400, %402
  %404 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %403)
  %405 = call i64 @llvm.umax.i64(i64 %398, i64 %404)
  %406 = select i1 %395, i64 %405, i64 %398
  store i64 %406, i64* %lowEnd, align 8
  %407 = add i64 %380, 64
  %408 = sub i64 %380, %scratch_start
  %409 = lshr i64 %408, 4
  %410 = add i64 %407, %409
  %411 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %410)
  %412 = call i64 @llvm.umax.i64(i64 %399, i64 %411)
  %413 = select i1 %395, i64 %399, i64 %412
  store i64 %413, i64* %highEnd, align 8
  store i64 %397, i64* %lowStart, align 8
  br label %write.ok47

dead50:                                           ; No predecessors!
  br label %block8

ok51:                                             ; preds = %e6
  %414 = getelementptr i8, i8* %mem, i64 %285
  %415 = bitcast i32* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %415, i8* %414, i64 4, i1 false)
  %416 = load i32, i32* %unaligned52, align 4
  store i32 %416, i32* %n.2, align 4
  store i32 0, i32* %k, align 4
  br label %each11

block10:                                          ; preds = %dead58, %ok53
  %417 = load i64, i64* %sum, align 8
  store i64 %417, i64* %result27, align 8
  br label %e5

each11:                                           ; preds = %ok57, %ok51
  %418 = load i64, i64* %fuel, align 8
  %419 = icmp ult i64 %418, 1
  br i1 %419, label %trap14.site0, label %ok53

ok53:                                             ; preds = %each11
  %420 = sub i64 %418, 1
  store i64 %420, i64* %fuel, align 8
  %421 = load i32, i32* %k, align 4
  %422 = load i32, i32* %n.2, align 4
  %423 = icmp uge i32 %421, %422
  %424 = zext i1 %423 to i32
  %425 = icmp ne i32 %424, 0
  br i1 %425, label %block10, label %cont54

cont54:                                           ; preds = %ok53
  %426 = load i32, i32* %xs, align 4
  %427 = load i32, i32* %k, align 4
  %428 = mul i32 %427, 8
  %429 = add i32 %426, %428
  %430 = zext i32 %429 to i64
  %431 = add i64 %430, 8
  %432 = add i64 %431, 8
  %433 = icmp ugt i64 %432, %arena_size
  br i1 %433, label %trap17.site0, label %ok55

ok55:                                             ; preds = %cont54
  %434 = getelementptr i8, i8* %mem, i64 %431
  %435 = bitcast i64* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %435, i8* %434, i64 8, i1 false)
  %436 = load i64, i64* %unaligned56, align 8
  store i64 %436, i64* %x, align 8
  %437 = load i64, i64* %sum, align 8
  %438 = load i64, i64* %x, align 8
  %439 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %437, i64 %438)
  %440 = extractvalue { i64, i1 } %439, 1
  br i1 %440, label %trap2.site6, label %ok57

ok57:                                             ; preds = %ok55
  %441 = extractvalue { i64, i1 } %439, 0
  store i64 %441, i64* %sum, align 8
  %442 = load i32, i32* %k, align 4
  %443 = add i32 %442, 1
  store i32 %443, i32* %k, align 4
  br label %each11

trap2.site6:                                      ; preds = %ok55
  %444 = load i64, i64* %lowStart, align 8
  %445 = getelementptr i64, i64* %regs, i64 6
  store i64 %444, i64* %445, align 8
  %446 = load i64, i64* %lowEnd, align 8
  %447 = getelementptr i64, i64* %regs, i64 7
  store i64 %446, i64* %447, align 8
  %448 = load i64, i64* %highEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 8
  store i64 %448, i64* %449, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

dead58:                                           ; No predecessors!
  br label %block10

write.low59:                                      ; preds = %e5
  %450 = load i64, i64* %lowStart, align 8
  %451 = icmp uge i64 %277, %450
  %452 = load i64, i64* %lowEnd, align 8
  %453 = icmp ule i64 %278, %452
  %454 = and i1 %451, %453
  br i1 %454, label %write.ok61, label %write.slow60

write.slow60:                                     ; preds = %write.low59
  %455 = icmp ugt i64 %278, %arena_size
  br i1 %455, label %trap17.site0, label %ok62

write.ok61:                                       ; preds = %ok62, %write.low59, %e5
  %456 = getelementptr i8, i8* %mem, i64 %277
  store i64 %275, i64* %unaligned63, align 8
  %457 = bitcast i64* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %456, i8* %457, i64 8, i1 false)
  %458 = load i32, i32* %prices, align 4
  store i32 %458, i32* %d.2, align 4
  %459 = load i32, i32* %wanted, align 4
  store i32 %459, i32* %k.1, align 4
  %460 = load i32, i32* %d.2, align 4
  %461 = load i32, i32* %k.1, align 4
  %462 = icmp uge i32 %depth, 1000
  br i1 %462, label %trap15.site8, label %ok65

ok62:                                             ; preds = %write.slow60
  %463 = icmp ult i64 %277, %scratch_start
  %464 = load i64, i64* %lowStart, align 8
  %465 = call i64 @llvm.umin.i64(i64 %464, i64 %277)
  %466 = load i64, i64* %lowEnd, align 8
  %467 = load i64, i64* %highEnd, align 8
  %468 = add i64 %278, 64
  %469 = sub i64 %278, %465
  %470 = lshr i64 %469, 4
  %471 = add i64 %468, %470
  %472 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %471)
  %473 = call i64 @llvm.umax.i64(i64 %466, i64 %472)
  %474 = select i1 %463, i64 %473, i64 %466
  store i64 %474, i64* %lowEnd, align 8
  %475 = add i64 %278, 64
  %476 = sub i64 %278, %scratch_start
  %477 = lshr i64 %476, 4
  %478 = add i64 %475, %477
  %479 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %478)
  %480 = call i64 @llvm.umax.i64(i64 %467, i64 %479)
  %481 = select i1 %463, i64 %467, i64 %480
  store i64 %481, i64* %highEnd, align 8
  store i64 %465, i64* %lowStart, align 8
  br label %write.ok61

e12:                                              ; preds = %stack_ok66
  %482 = load i32, i32* %result64, align 4
  store i32 %482, i32* %has_wanted, align 4
  %483 = load i32, i32* %dict, align 4
  %484 = load i32, i32* %has_wanted, align 4
  %485 = zext i32 %483 to i64
  %486 = add i64 %485, 16
  %487 = add i64 %486, 1
  %488 = icmp uge i64 %486, %scratch_start
  %489 = load i64, i64* %highEnd, align 8
  %490 = icmp ule i64 %487, %489
  %491 = and i1 %488, %490
  br i1 %491, label %write.ok69, label %write.low67

ok65:                                             ; preds = %write.ok61
  %492 = icmp ult i64 %10, %stack_limit
  br i1 %492, label %trap253.site0, label %stack_ok66

trap15.site8:                                     ; preds = %write.ok61
  %493 = load i64, i64* %lowStart, align 8
  %494 = getelementptr i64, i64* %regs, i64 6
  store i64 %493, i64* %494, align 8
  %495 = load i64, i64* %lowEnd, align 8
  %496 = getelementptr i64, i64* %regs, i64 7
  store i64 %495, i64* %496, align 8
  %497 = load i64, i64* %highEnd, align 8
  %498 = getelementptr i64, i64* %regs, i64 8
  store i64 %497, i64* %498, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok66:                                       ; preds = %ok65
  %499 = load i64, i64* %fuel, align 8
  %500 = getelementptr i64, i64* %regs, i64 0
  store i64 %499, i64* %500, align 8
  %501 = load i64, i64* %lowStart, align 8
  %502 = getelementptr i64, i64* %regs, i64 6
  store i64 %501, i64* %502, align 8
  %503 = load i64, i64* %lowEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 7
  store i64 %503, i64* %504, align 8
  %505 = load i64, i64* %highEnd, align 8
  %506 = getelementptr i64, i64* %regs, i64 8
  store i64 %505, i64* %506, align 8
  %507 = add i32 %depth, 1
  %508 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %507, i32 %460, i32 %461, i32 8, i32 16)
  %509 = getelementptr i64, i64* %regs, i64 0
  %510 = load i64, i64* %509, align 8
  store i64 %510, i64* %fuel, align 8
  %511 = getelementptr i64, i64* %regs, i64 6
  %512 = load i64, i64* %511, align 8
  store i64 %512, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 7
  %514 = load i64, i64* %513, align 8
  store i64 %514, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 8
  %516 = load i64, i64* %515, align 8
  store i64 %516, i64* %highEnd, align 8
  %517 = icmp sge i32 %508, 0
  %518 = zext i1 %517 to i32
  store i32 %518, i32* %result64, align 4
  br label %e12

write.low67:                                      ; preds = %e12
  %519 = load i64, i64* %lowStart, align 8
  %520 = icmp uge i64 %486, %519
  %521 = load i64, i64* %lowEnd, align 8
  %522 = icmp ule i64 %487, %521
  %523 = and i1 %520, %522
  br i1 %523, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %524 = icmp ugt i64 %487, %arena_size
  br i1 %524, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %e12
  %525 = getelementptr i8, i8* %mem, i64 %486
  %526 = trunc i32 %484 to i8
  store i8 %526, i8* %525, align 1
  %527 = load i32, i32* %prices, align 4
  store i32 %527, i32* %d.3, align 4
  %528 = load i32, i32* %d.3, align 4
  %529 = zext i32 %528 to i64
  %530 = add i64 %529, 4
  %531 = icmp ugt i64 %530, %arena_size
  br i1 %531, label %trap17.site0, label %ok73

ok70:                                             ; preds = %write.slow68
  %532 = icmp ult i64 %486, %scratch_start
  %533 = load i64, i64* %lowStart, align 8
  %534 = call i64 @llvm.umin.i64(i64 %533, i64 %486)
  %535 = load i64, i64* %lowEnd, align 8
  %536 = load i64, i64* %highEnd, align 8
  %537 = add i64 %487, 64
  %538 = sub i64 %487, %534
  %539 = lshr i64 %538, 4
  %540 = add i64 %537, %539
  %541 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %540)
  %542 = call i64 @llvm.umax.i64(i64 %535, i64 %541)
  %543 = select i1 %532, i64 %542, i64 %535
  store i64 %543, i64* %lowEnd, align 8
  %544 = add i64 %487, 64
  %545 = sub i64 %487, %scratch_start
  %546 = lshr i64 %545, 4
  %547 = add i64 %544, %546
  %548 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %547)
  %549 = call i64 @llvm.umax.i64(i64 %536, i64 %548)
  %550 = select i1 %532, i64 %536, i64 %549
  store i64 %550, i64* %highEnd, align 8
  store i64 %534, i64* %lowStart, align 8
  br label %write.ok69

e15:                                              ; preds = %write.ok150
  %551 = load i32, i32* %result71, align 4
  store i32 %551, i32* %doubled, align 4
  %552 = load i32, i32* %dict, align 4
  %553 = load i32, i32* %doubled, align 4
  %554 = zext i32 %552 to i64
  %555 = add i64 %554, 20
  %556 = add i64 %555, 4
  %557 = icmp uge i64 %555, %scratch_start
  %558 = load i64, i64* %highEnd, align 8
  %559 = icmp ule i64 %556, %558
  %560 = and i1 %557, %559
  br i1 %560, label %write.ok155, label %write.low153

e16:                                              ; preds = %block18
  %561 = load i32, i32* %result72, align 4
  store i32 %561, i32* %xs.1, align 4
  %562 = load i32, i32* %xs.1, align 4
  %563 = zext i32 %562 to i64
  %564 = add i64 %563, 4
  %565 = icmp ugt i64 %564, %arena_size
  br i1 %565, label %trap17.site0, label %ok95

ok73:                                             ; preds = %write.ok69
  %566 = getelementptr i8, i8* %mem, i64 %529
  %567 = bitcast i32* %unaligned74 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %567, i8* %566, i64 4, i1 false)
  %568 = load i32, i32* %unaligned74, align 4
  store i32 %568, i32* %n.3, align 4
  %569 = load i32, i32* %n.3, align 4
  %570 = zext i32 %569 to i64
  %571 = mul i64 %570, 4
  %572 = add i64 4, %571
  store i64 %572, i64* %size.2, align 8
  %573 = load i64, i64* %size.2, align 8
  %574 = icmp ugt i64 %573, 2147483647
  %575 = zext i1 %574 to i32
  %576 = icmp ne i32 %575, 0
  br i1 %576, label %then75, label %else76

then75:                                           ; preds = %ok73
  br label %trap15.site9

else76:                                           ; preds = %ok73
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %577 = load i64, i64* %size.2, align 8
  %578 = trunc i64 %577 to i32
  %579 = zext i32 %578 to i64
  %580 = getelementptr i64, i64* %regs, i64 1
  %581 = getelementptr i64, i64* %regs, i64 2
  %582 = load i64, i64* %580, align 8
  %583 = add i64 %582, 3
  %584 = and i64 %583, -4
  %585 = add i64 %584, %579
  %586 = load i64, i64* %581, align 8
  %587 = icmp ugt i64 %585, %586
  br i1 %587, label %trap15.site9, label %ok79

trap15.site9:                                     ; preds = %join77, %then75
  %588 = load i64, i64* %lowStart, align 8
  %589 = getelementptr i64, i64* %regs, i64 6
  store i64 %588, i64* %589, align 8
  %590 = load i64, i64* %lowEnd, align 8
  %591 = getelementptr i64, i64* %regs, i64 7
  store i64 %590, i64* %591, align 8
  %592 = load i64, i64* %highEnd, align 8
  %593 = getelementptr i64, i64* %regs, i64 8
  store i64 %592, i64* %593, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %585, i64* %580, align 8
  %594 = load i64, i64* %highEnd, align 8
  %595 = call i64 @llvm.umax.i64(i64 %594, i64 %585)
  store i64 %595, i64* %highEnd, align 8
  %596 = trunc i64 %584 to i32
  store i32 %596, i32* %list.2, align 4
  %597 = load i32, i32* %list.2, align 4
  %598 = load i32, i32* %n.3, align 4
  %599 = zext i32 %597 to i64
  %600 = add i64 %599, 4
  %601 = icmp uge i64 %599, %scratch_start
  %602 = load i64, i64* %highEnd, align 8
  %603 = icmp ule i64 %600, %602
  %604 = and i1 %601, %603
  br i1 %604, label %write.ok82, label %write.low80

write.low80:                                      ; preds = %ok79
  %605 = load i64, i64* %lowStart, align 8
  %606 = icmp uge i64 %599, %605
  %607 = load i64, i64* %lowEnd, align 8
  %608 = icmp ule i64 %600, %607
  %609 = and i1 %606, %608
  br i1 %609, label %write.ok82, label %write.slow81

write.slow81:                                     ; preds = %write.low80
  %610 = icmp ugt i64 %600, %arena_size
  br i1 %610, label %trap17.site0, label %ok83

write.ok82:                                       ; preds = %ok83, %write.low80, %ok79
  %611 = getelementptr i8, i8* %mem, i64 %599
  store i32 %598, i32* %unaligned84, align 4
  %612 = bitcast i32* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %611, i8* %612, i64 4, i1 false)
  store i32 0, i32* %i.2, align 4
  br label %loop19

ok83:                                             ; preds = %write.slow81
  %613 = icmp ult i64 %599, %scratch_start
  %614 = load i64, i64* %lowStart, align 8
  %615 = call i64 @llvm.umin.i64(i64 %614, i64 %599)
  %616 = load i64, i64* %lowEnd, align 8
  %617 = load i64, i64* %highEnd, align 8
  %618 = add i64 %600, 64
  %619 = sub i64 %600, %615
  %620 = lshr i64 %619, 4
  %621 = add i64 %618, %620
  %622 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %621)
  %623 = call i64 @llvm.umax.i64(i64 %616, i64 %622)
  %624 = select i1 %613, i64 %623, i64 %616
  store i64 %624, i64* %lowEnd, align 8
  %625 = add i64 %600, 64
  %626 = sub i64 %600, %scratch_start
  %627 = lshr i64 %626, 4
  %628 = add i64 %625, %627
  %629 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %628)
  %630 = call i64 @llvm.umax.i64(i64 %617, i64 %629)
  %631 = select i1 %613, i64 %617, i64 %630
  store i64 %631, i64* %highEnd, align 8
  store i64 %615, i64* %lowStart, align 8
  br label %write.ok82

block18:                                          ; preds = %dead94, %ok85
  %632 = load i32, i32* %list.2, align 4
  store i32 %632, i32* %result72, align 4
  br label %e16

loop19:                                           ; preds = %write.ok91, %write.ok82
  %633 = load i64, i64* %fuel, align 8
  %634 = icmp ult i64 %633, 1
  br i1 %634, label %trap14.site0, label %ok85

ok85:                                             ; preds = %loop19
  %635 = sub i64 %633, 1
  store i64 %635, i64* %fuel, align 8
  %636 = load i32, i32* %i.2, align 4
  %637 = load i32, i32* %n.3, align 4
  %638 = icmp uge i32 %636, %637
  %639 = zext i1 %638 to i32
  %640 = icmp ne i32 %639, 0
  br i1 %640, label %block18, label %cont86

cont86:                                           ; preds = %ok85
  %641 = load i32, i32* %list.2, align 4
  %642 = load i32, i32* %i.2, align 4
  %643 = mul i32 %642, 4
  %644 = add i32 %641, %643
  %645 = load i32, i32* %d.3, align 4
  %646 = load i32, i32* %i.2, align 4
  %647 = mul i32 %646, 16
  %648 = add i32 %645, %647
  %649 = zext i32 %648 to i64
  %650 = add i64 %649, 8
  %651 = add i64 %650, 4
  %652 = icmp ugt i64 %651, %arena_size
  br i1 %652, label %trap17.site0, label %ok87

ok87:                                             ; preds = %cont86
  %653 = getelementptr i8, i8* %mem, i64 %650
  %654 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %654, i8* %653, i64 4, i1 false)
  %655 = load i32, i32* %unaligned88, align 4
  %656 = zext i32 %644 to i64
  %657 = add i64 %656, 4
  %658 = add i64 %657, 4
  %659 = icmp uge i64 %657, %scratch_start
  %660 = load i64, i64* %highEnd, align 8
  %661 = icmp ule i64 %658, %660
  %662 = and i1 %659, %661
  br i1 %662, label %write.ok91, label %write.low89

write.low89:                                      ; preds = %ok87
  %663 = load i64, i64* %lowStart, align 8
  %664 = icmp uge i64 %657, %663
  %665 = load i64, i64* %lowEnd, align 8
  %666 = icmp ule i64 %658, %665
  %667 = and i1 %664, %666
  br i1 %667, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %668 = icmp ugt i64 %658, %arena_size
  br i1 %668, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %ok87
  %669 = getelementptr i8, i8* %mem, i64 %657
  store i32 %655, i32* %unaligned93, align 4
  %670 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %669, i8* %670, i64 4, i1 false)
  %671 = load i32, i32* %i.2, align 4
  %672 = add i32 %671, 1
  store i32 %672, i32* %i.2, align 4
  br label %loop19

ok92:                                             ; preds = %write.slow90
  %673 = icmp ult i64 %657, %scratch_start
  %674 = load i64, i64* %lowStart, align 8
  %675 = call i64 @llvm.umin.i64(i64 %674, i64 %657)
  %676 = load i64, i64* %lowEnd, align 8
  %677 = load i64, i64* %highEnd, align 8
  %678 = add i64 %658, 64
  %679 = sub i64 %658, %675
  %680 = lshr i64 %679, 4
  %681 = add i64 %678, %680
  %682 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %681)
  %683 = call i64 @llvm.umax.i64(i64 %676, i64 %682)
  %684 = select i1 %673, i64 %683, i64 %676
  store i64 %684, i64* %lowEnd, align 8
  %685 = add i64 %658, 64
  %686 = sub i64 %658, %scratch_start
  %687 = lshr i64 %686, 4
  %688 = add i64 %685, %687
  %689 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %688)
  %690 = call i64 @llvm.umax.i64(i64 %677, i64 %689)
  %691 = select i1 %673, i64 %677, i64 %690
  store i64 %691, i64* %highEnd, align 8
  store i64 %675, i64* %lowStart, align 8
  br label %write.ok91

dead94:                                           ; No predecessors!
  br label %block18

ok95:                                             ; preds = %e16
  %692 = getelementptr i8, i8* %mem, i64 %563
  %693 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %693, i8* %692, i64 4, i1 false)
  %694 = load i32, i32* %unaligned96, align 4
  %695 = zext i32 %694 to i64
  %696 = mul i64 %695, 4
  %697 = add i64 4, %696
  store i64 %697, i64* %size.3, align 8
  %698 = load i64, i64* %size.3, align 8
  %699 = icmp ugt i64 %698, 2147483647
  %700 = zext i1 %699 to i32
  %701 = icmp ne i32 %700, 0
  br i1 %701, label %then97, label %else98

then97:                                           ; preds = %ok95
  br label %trap15.site10

else98:                                           ; preds = %ok95
  br label %join99

join99:                                           ; preds = %else98, %dead100
  %702 = load i64, i64* %size.3, align 8
  %703 = trunc i64 %702 to i32
  %704 = zext i32 %703 to i64
  %705 = getelementptr i64, i64* %regs, i64 1
  %706 = getelementptr i64, i64* %regs, i64 2
  %707 = load i64, i64* %705, align 8
  %708 = add i64 %707, 3
  %709 = and i64 %708, -4
  %710 = add i64 %709, %704
  %711 = load i64, i64* %706, align 8
  %712 = icmp ugt i64 %710, %711
  br i1 %712, label %trap15.site10, label %ok101

trap15.site10:                                    ; preds = %join99, %then97
  %713 = load i64, i64* %lowStart, align 8
  %714 = getelementptr i64, i64* %regs, i64 6
  store i64 %713, i64* %714, align 8
  %715 = load i64, i64* %lowEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 7
  store i64 %715, i64* %716, align 8
  %717 = load i64, i64* %highEnd, align 8
  %718 = getelementptr i64, i64* %regs, i64 8
  store i64 %717, i64* %718, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead100:                                          ; No predecessors!
  br label %join99

ok101:                                            ; preds = %join99
  store i64 %710, i64* %705, align 8
  %719 = load i64, i64* %highEnd, align 8
  %720 = call i64 @llvm.umax.i64(i64 %719, i64 %710)
  store i64 %720, i64* %highEnd, align 8
  %721 = trunc i64 %709 to i32
  store i32 %721, i32* %list.3, align 4
  store i32 0, i32* %len, align 4
  %722 = load i32, i32* %xs.1, align 4
  %723 = zext i32 %722 to i64
  %724 = add i64 %723, 4
  %725 = icmp ugt i64 %724, %arena_size
  br i1 %725, label %trap17.site0, label %ok102

ok102:                                            ; preds = %ok101
  %726 = getelementptr i8, i8* %mem, i64 %723
  %727 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %727, i8* %726, i64 4, i1 false)
  %728 = load i32, i32* %unaligned103, align 4
  store i32 %728, i32* %n.4, align 4
  store i32 0, i32* %k.2, align 4
  br label %each21

block20:                                          ; preds = %dead147, %ok104
  %729 = load i32, i32* %list.3, align 4
  %730 = load i32, i32* %len, align 4
  %731 = zext i32 %729 to i64
  %732 = add i64 %731, 4
  %733 = icmp uge i64 %731, %scratch_start
  %734 = load i64, i64* %highEnd, align 8
  %735 = icmp ule i64 %732, %734
  %736 = and i1 %733, %735
  br i1 %736, label %write.ok150, label %write.low148

each21:                                           ; preds = %join119, %ok102
  %737 = load i64, i64* %fuel, align 8
  %738 = icmp ult i64 %737, 1
  br i1 %738, label %trap14.site0, label %ok104

ok104:                                            ; preds = %each21
  %739 = sub i64 %737, 1
  store i64 %739, i64* %fuel, align 8
  %740 = load i32, i32* %k.2, align 4
  %741 = load i32, i32* %n.4, align 4
  %742 = icmp uge i32 %740, %741
  %743 = zext i1 %742 to i32
  %744 = icmp ne i32 %743, 0
  br i1 %744, label %block20, label %cont105

cont105:                                          ; preds = %ok104
  %745 = load i32, i32* %xs.1, align 4
  %746 = load i32, i32* %k.2, align 4
  %747 = mul i32 %746, 4
  %748 = add i32 %745, %747
  %749 = zext i32 %748 to i64
  %750 = add i64 %749, 4
  %751 = add i64 %750, 4
  %752 = icmp ugt i64 %751, %arena_size
  br i1 %752, label %trap17.site0, label %ok106

ok106:                                            ; preds = %cont105
  %753 = getelementptr i8, i8* %mem, i64 %750
  %754 = bitcast i32* %unaligned107 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %754, i8* %753, i64 4, i1 false)
  %755 = load i32, i32* %unaligned107, align 4
  store i32 %755, i32* %x.1, align 4
  %756 = load i32, i32* %x.1, align 4
  store i32 %756, i32* %n.5, align 4
  %757 = load i32, i32* %prices, align 4
  store i32 %757, i32* %d.4, align 4
  %758 = load i32, i32* %n.5, align 4
  store i32 %758, i32* %k.3, align 4
  %759 = load i32, i32* %d.4, align 4
  %760 = load i32, i32* %k.3, align 4
  %761 = icmp uge i32 %depth, 1000
  br i1 %761, label %trap15.site12, label %ok109

e23:                                              ; preds = %ok115
  %762 = load i64, i64* %result108, align 8
  %763 = icmp sgt i64 %762, 1
  %764 = zext i1 %763 to i32
  %765 = icmp ne i32 %764, 0
  br i1 %765, label %then117, label %else118

ok109:                                            ; preds = %ok106
  %766 = icmp ult i64 %10, %stack_limit
  br i1 %766, label %trap253.site0, label %stack_ok110

trap15.site12:                                    ; preds = %ok106
  %767 = load i64, i64* %lowStart, align 8
  %768 = getelementptr i64, i64* %regs, i64 6
  store i64 %767, i64* %768, align 8
  %769 = load i64, i64* %lowEnd, align 8
  %770 = getelementptr i64, i64* %regs, i64 7
  store i64 %769, i64* %770, align 8
  %771 = load i64, i64* %highEnd, align 8
  %772 = getelementptr i64, i64* %regs, i64 8
  store i64 %771, i64* %772, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok110:                                      ; preds = %ok109
  %773 = load i64, i64* %fuel, align 8
  %774 = getelementptr i64, i64* %regs, i64 0
  store i64 %773, i64* %774, align 8
  %775 = load i64, i64* %lowStart, align 8
  %776 = getelementptr i64, i64* %regs, i64 6
  store i64 %775, i64* %776, align 8
  %777 = load i64, i64* %lowEnd, align 8
  %778 = getelementptr i64, i64* %regs, i64 7
  store i64 %777, i64* %778, align 8
  %779 = load i64, i64* %highEnd, align 8
  %780 = getelementptr i64, i64* %regs, i64 8
  store i64 %779, i64* %780, align 8
  %781 = add i32 %depth, 1
  %782 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %781, i32 %759, i32 %760, i32 8, i32 16)
  %783 = getelementptr i64, i64* %regs, i64 0
  %784 = load i64, i64* %783, align 8
  store i64 %784, i64* %fuel, align 8
  %785 = getelementptr i64, i64* %regs, i64 6
  %786 = load i64, i64* %785, align 8
  store i64 %786, i64* %lowStart, align 8
  %787 = getelementptr i64, i64* %regs, i64 7
  %788 = load i64, i64* %787, align 8
  store i64 %788, i64* %lowEnd, align 8
  %789 = getelementptr i64, i64* %regs, i64 8
  %790 = load i64, i64* %789, align 8
  store i64 %790, i64* %highEnd, align 8
  store i32 %782, i32* %idx, align 4
  %791 = load i32, i32* %idx, align 4
  %792 = icmp slt i32 %791, 0
  %793 = zext i1 %792 to i32
  %794 = icmp ne i32 %793, 0
  br i1 %794, label %then111, label %else112

then111:                                          ; preds = %stack_ok110
  br label %trap7.site12

else112:                                          ; preds = %stack_ok110
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %795 = load i32, i32* %d.4, align 4
  %796 = load i32, i32* %idx, align 4
  %797 = mul i32 %796, 16
  %798 = add i32 %795, %797
  %799 = zext i32 %798 to i64
  %800 = add i64 %799, 16
  %801 = add i64 %800, 8
  %802 = icmp ugt i64 %801, %arena_size
  br i1 %802, label %trap17.site0, label %ok115

trap7.site12:                                     ; preds = %then111
  %803 = load i64, i64* %lowStart, align 8
  %804 = getelementptr i64, i64* %regs, i64 6
  store i64 %803, i64* %804, align 8
  %805 = load i64, i64* %lowEnd, align 8
  %806 = getelementptr i64, i64* %regs, i64 7
  store i64 %805, i64* %806, align 8
  %807 = load i64, i64* %highEnd, align 8
  %808 = getelementptr i64, i64* %regs, i64 8
  store i64 %807, i64* %808, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 12)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

ok115:                                            ; preds = %join113
  %809 = getelementptr i8, i8* %mem, i64 %800
  %810 = bitcast i64* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %810, i8* %809, i64 8, i1 false)
  %811 = load i64, i64* %unaligned116, align 8
  store i64 %811, i64* %result108, align 8
  br label %e23

then117:                                          ; preds = %e23
  %812 = load i32, i32* %list.3, align 4
  %813 = load i32, i32* %len, align 4
  %814 = mul i32 %813, 4
  %815 = add i32 %812, %814
  %816 = getelementptr i64, i64* %regs, i64 1
  %817 = getelementptr i64, i64* %regs, i64 2
  %818 = load i64, i64* %816, align 8
  %819 = add i64 %818, 7
  %820 = and i64 %819, -8
  %821 = add i64 %820, 16
  %822 = load i64, i64* %817, align 8
  %823 = icmp ugt i64 %821, %822
  br i1 %823, label %trap15.site13, label %ok121

else118:                                          ; preds = %e23
  br label %join119

join119:                                          ; preds = %else118, %write.ok144
  %824 = load i32, i32* %k.2, align 4
  %825 = add i32 %824, 1
  store i32 %825, i32* %k.2, align 4
  br label %each21

e27:                                              ; preds = %write.ok139
  %826 = load i32, i32* %result120, align 4
  %827 = zext i32 %815 to i64
  %828 = add i64 %827, 4
  %829 = add i64 %828, 4
  %830 = icmp uge i64 %828, %scratch_start
  %831 = load i64, i64* %highEnd, align 8
  %832 = icmp ule i64 %829, %831
  %833 = and i1 %830, %832
  br i1 %833, label %write.ok144, label %write.low142

ok121:                                            ; preds = %then117
  store i64 %821, i64* %816, align 8
  %834 = load i64, i64* %highEnd, align 8
  %835 = call i64 @llvm.umax.i64(i64 %834, i64 %821)
  store i64 %835, i64* %highEnd, align 8
  %836 = trunc i64 %820 to i32
  store i32 %836, i32* %dict.1, align 4
  %837 = load i32, i32* %n.5, align 4
  store i32 %837, i32* %name, align 4
  %838 = load i32, i32* %dict.1, align 4
  %839 = load i32, i32* %name, align 4
  %840 = zext i32 %838 to i64
  %841 = add i64 %840, 4
  %842 = icmp uge i64 %840, %scratch_start
  %843 = load i64, i64* %highEnd, align 8
  %844 = icmp ule i64 %841, %843
  %845 = and i1 %842, %844
  br i1 %845, label %write.ok124, label %write.low122

trap15.site13:                                    ; preds = %then117
  %846 = load i64, i64* %lowStart, align 8
  %847 = getelementptr i64, i64* %regs, i64 6
  store i64 %846, i64* %847, align 8
  %848 = load i64, i64* %lowEnd, align 8
  %849 = getelementptr i64, i64* %regs, i64 7
  store i64 %848, i64* %849, align 8
  %850 = load i64, i64* %highEnd, align 8
  %851 = getelementptr i64, i64* %regs, i64 8
  store i64 %850, i64* %851, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

write.low122:                                     ; preds = %ok121
  %852 = load i64, i64* %lowStart, align 8
  %853 = icmp uge i64 %840, %852
  %854 = load i64, i64* %lowEnd, align 8
  %855 = icmp ule i64 %841, %854
  %856 = and i1 %853, %855
  br i1 %856, label %write.ok124, label %write.slow123

write.slow123:                                    ; preds = %write.low122
  %857 = icmp ugt i64 %841, %arena_size
  br i1 %857, label %trap17.site0, label %ok125

write.ok124:                                      ; preds = %ok125, %write.low122, %ok121
  %858 = getelementptr i8, i8* %mem, i64 %840
  store i32 %839, i32* %unaligned126, align 4
  %859 = bitcast i32* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %858, i8* %859, i64 4, i1 false)
  %860 = load i32, i32* %prices, align 4
  store i32 %860, i32* %d.5, align 4
  %861 = load i32, i32* %n.5, align 4
  store i32 %861, i32* %k.4, align 4
  %862 = load i32, i32* %d.5, align 4
  %863 = load i32, i32* %k.4, align 4
  %864 = icmp uge i32 %depth, 1000
  br i1 %864, label %trap15.site15, label %ok128

ok125:                                            ; preds = %write.slow123
  %865 = icmp ult i64 %840, %scratch_start
  %866 = load i64, i64* %lowStart, align 8
  %867 = call i64 @llvm.umin.i64(i64 %866, i64 %840)
  %868 = load i64, i64* %lowEnd, align 8
  %869 = load i64, i64* %highEnd, align 8
  %870 = add i64 %841, 64
  %871 = sub i64 %841, %867
  %872 = lshr i64 %871, 4
  %873 = add i64 %870, %872
  %874 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %873)
  %875 = call i64 @llvm.umax.i64(i64 %868, i64 %874)
  %876 = select i1 %865, i64 %875, i64 %868
  store i64 %876, i64* %lowEnd, align 8
  %877 = add i64 %841, 64
  %878 = sub i64 %841, %scratch_start
  %879 = lshr i64 %878, 4
  %880 = add i64 %877, %879
  %881 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %880)
  %882 = call i64 @llvm.umax.i64(i64 %869, i64 %881)
  %883 = select i1 %865, i64 %869, i64 %882
  store i64 %883, i64* %highEnd, align 8
  store i64 %867, i64* %lowStart, align 8
  br label %write.ok124

e30:                                              ; preds = %ok134
  %884 = load i64, i64* %result127, align 8
  %885 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %884, i64 2)
  %886 = extractvalue { i64, i1 } %885, 1
  br i1 %886, label %trap2.site14, label %ok136

ok128:                                            ; preds = %write.ok124
  %887 = icmp ult i64 %10, %stack_limit
  br i1 %887, label %trap253.site0, label %stack_ok129

trap15.site15:                                    ; preds = %write.ok124
  %888 = load i64, i64* %lowStart, align 8
  %889 = getelementptr i64, i64* %regs, i64 6
  store i64 %888, i64* %889, align 8
  %890 = load i64, i64* %lowEnd, align 8
  %891 = getelementptr i64, i64* %regs, i64 7
  store i64 %890, i64* %891, align 8
  %892 = load i64, i64* %highEnd, align 8
  %893 = getelementptr i64, i64* %regs, i64 8
  store i64 %892, i64* %893, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok129:                                      ; preds = %ok128
  %894 = load i64, i64* %fuel, align 8
  %895 = getelementptr i64, i64* %regs, i64 0
  store i64 %894, i64* %895, align 8
  %896 = load i64, i64* %lowStart, align 8
  %897 = getelementptr i64, i64* %regs, i64 6
  store i64 %896, i64* %897, align 8
  %898 = load i64, i64* %lowEnd, align 8
  %899 = getelementptr i64, i64* %regs, i64 7
  store i64 %898, i64* %899, align 8
  %900 = load i64, i64* %highEnd, align 8
  %901 = getelementptr i64, i64* %regs, i64 8
  store i64 %900, i64* %901, align 8
  %902 = add i32 %depth, 1
  %903 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %902, i32 %862, i32 %863, i32 8, i32 16)
  %904 = getelementptr i64, i64* %regs, i64 0
  %905 = load i64, i64* %904, align 8
  store i64 %905, i64* %fuel, align 8
  %906 = getelementptr i64, i64* %regs, i64 6
  %907 = load i64, i64* %906, align 8
  store i64 %907, i64* %lowStart, align 8
  %908 = getelementptr i64, i64* %regs, i64 7
  %909 = load i64, i64* %908, align 8
  store i64 %909, i64* %lowEnd, align 8
  %910 = getelementptr i64, i64* %regs, i64 8
  %911 = load i64, i64* %910, align 8
  store i64 %911, i64* %highEnd, align 8
  store i32 %903, i32* %idx.1, align 4
  %912 = load i32, i32* %idx.1, align 4
  %913 = icmp slt i32 %912, 0
  %914 = zext i1 %913 to i32
  %915 = icmp ne i32 %914, 0
  br i1 %915, label %then130, label %else131

then130:                                          ; preds = %stack_ok129
  br label %trap7.site15

else131:                                          ; preds = %stack_ok129
  br label %join132

join132:                                          ; preds = %else131, %dead133
  %916 = load i32, i32* %d.5, align 4
  %917 = load i32, i32* %idx.1, align 4
  %918 = mul i32 %917, 16
  %919 = add i32 %916, %918
  %920 = zext i32 %919 to i64
  %921 = add i64 %920, 16
  %922 = add i64 %921, 8
  %923 = icmp ugt i64 %922, %arena_size
  br i1 %923, label %trap17.site0, label %ok134

trap7.site15:                                     ; preds = %then130
  %924 = load i64, i64* %lowStart, align 8
  %925 = getelementptr i64, i64* %regs, i64 6
  store i64 %924, i64* %925, align 8
  %926 = load i64, i64* %lowEnd, align 8
  %927 = getelementptr i64, i64* %regs, i64 7
  store i64 %926, i64* %927, align 8
  %928 = load i64, i64* %highEnd, align 8
  %929 = getelementptr i64, i64* %regs, i64 8
  store i64 %928, i64* %929, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 15)
  unreachable

dead133:                                          ; No predecessors!
  br label %join132

ok134:                                            ; preds = %join132
  %930 = getelementptr i8, i8* %mem, i64 %921
  %931 = bitcast i64* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %931, i8* %930, i64 8, i1 false)
  %932 = load i64, i64* %unaligned135, align 8
  store i64 %932, i64* %result127, align 8
  br label %e30

ok136:                                            ; preds = %e30
  %933 = extractvalue { i64, i1 } %885, 0
  store i64 %933, i64* %price, align 8
  %934 = load i32, i32* %dict.1, align 4
  %935 = load i64, i64* %price, align 8
  %936 = zext i32 %934 to i64
  %937 = add i64 %936, 8
  %938 = add i64 %937, 8
  %939 = icmp uge i64 %937, %scratch_start
  %940 = load i64, i64* %highEnd, align 8
  %941 = icmp ule i64 %938, %940
  %942 = and i1 %939, %941
  br i1 %942, label %write.ok139, label %write.low137

trap2.site14:                                     ; preds = %e30
  %943 = load i64, i64* %lowStart, align 8
  %944 = getelementptr i64, i64* %regs, i64 6
  store i64 %943, i64* %944, align 8
  %945 = load i64, i64* %lowEnd, align 8
  %946 = getelementptr i64, i64* %regs, i64 7
  store i64 %945, i64* %946, align 8
  %947 = load i64, i64* %highEnd, align 8
  %948 = getelementptr i64, i64* %regs, i64 8
  store i64 %947, i64* %948, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

write.low137:                                     ; preds = %ok136
  %949 = load i64, i64* %lowStart, align 8
  %950 = icmp uge i64 %937, %949
  %951 = load i64, i64* %lowEnd, align 8
  %952 = icmp ule i64 %938, %951
  %953 = and i1 %950, %952
  br i1 %953, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %954 = icmp ugt i64 %938, %arena_size
  br i1 %954, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %ok136
  %955 = getelementptr i8, i8* %mem, i64 %937
  store i64 %935, i64* %unaligned141, align 8
  %956 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %955, i8* %956, i64 8, i1 false)
  %957 = load i32, i32* %dict.1, align 4
  store i32 %957, i32* %result120, align 4
  br label %e27

ok140:                                            ; preds = %write.slow138
  %958 = icmp ult i64 %937, %scratch_start
  %959 = load i64, i64* %lowStart, align 8
  %960 = call i64 @llvm.umin.i64(i64 %959, i64 %937)
  %961 = load i64, i64* %lowEnd, align 8
  %962 = load i64, i64* %highEnd, align 8
  %963 = add i64 %938, 64
  %964 = sub i64 %938, %960
  %965 = lshr i64 %964, 4
  %966 = add i64 %963, %965
  %967 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %966)
  %968 = call i64 @llvm.umax.i64(i64 %961, i64 %967)
  %969 = select i1 %958, i64 %968, i64 %961
  store i64 %969, i64* %lowEnd, align 8
  %970 = add i64 %938, 64
  %971 = sub i64 %938, %scratch_start
  %972 = lshr i64 %971, 4
  %973 = add i64 %970, %972
  %974 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %973)
  %975 = call i64 @llvm.umax.i64(i64 %962, i64 %974)
  %976 = select i1 %958, i64 %962, i64 %975
  store i64 %976, i64* %highEnd, align 8
  store i64 %960, i64* %lowStart, align 8
  br label %write.ok139

write.low142:                                     ; preds = %e27
  %977 = load i64, i64* %lowStart, align 8
  %978 = icmp uge i64 %828, %977
  %979 = load i64, i64* %lowEnd, align 8
  %980 = icmp ule i64 %829, %979
  %981 = and i1 %978, %980
  br i1 %981, label %write.ok144, label %write.slow143

write.slow143:                                    ; preds = %write.low142
  %982 = icmp ugt i64 %829, %arena_size
  br i1 %982, label %trap17.site0, label %ok145

write.ok144:                                      ; preds = %ok145, %write.low142, %e27
  %983 = getelementptr i8, i8* %mem, i64 %828
  store i32 %826, i32* %unaligned146, align 4
  %984 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %983, i8* %984, i64 4, i1 false)
  %985 = load i32, i32* %len, align 4
  %986 = add i32 %985, 1
  store i32 %986, i32* %len, align 4
  br label %join119

ok145:                                            ; preds = %write.slow143
  %987 = icmp ult i64 %828, %scratch_start
  %988 = load i64, i64* %lowStart, align 8
  %989 = call i64 @llvm.umin.i64(i64 %988, i64 %828)
  %990 = load i64, i64* %lowEnd, align 8
  %991 = load i64, i64* %highEnd, align 8
  %992 = add i64 %829, 64
  %993 = sub i64 %829, %989
  %994 = lshr i64 %993, 4
  %995 = add i64 %992, %994
  %996 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %995)
  %997 = call i64 @llvm.umax.i64(i64 %990, i64 %996)
  %998 = select i1 %987, i64 %997, i64 %990
  store i64 %998, i64* %lowEnd, align 8
  %999 = add i64 %829, 64
  %1000 = sub i64 %829, %scratch_start
  %1001 = lshr i64 %1000, 4
  %1002 = add i64 %999, %1001
  %1003 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1002)
  %1004 = call i64 @llvm.umax.i64(i64 %991, i64 %1003)
  %1005 = select i1 %987, i64 %991, i64 %1004
  store i64 %1005, i64* %highEnd, align 8
  store i64 %989, i64* %lowStart, align 8
  br label %write.ok144

dead147:                                          ; No predecessors!
  br label %block20

write.low148:                                     ; preds = %block20
  %1006 = load i64, i64* %lowStart, align 8
  %1007 = icmp uge i64 %731, %1006
  %1008 = load i64, i64* %lowEnd, align 8
  %1009 = icmp ule i64 %732, %1008
  %1010 = and i1 %1007, %1009
  br i1 %1010, label %write.ok150, label %write.slow149

write.slow149:                                    ; preds = %write.low148
  %1011 = icmp ugt i64 %732, %arena_size
  br i1 %1011, label %trap17.site0, label %ok151

write.ok150:                                      ; preds = %ok151, %write.low148, %block20
  %1012 = getelementptr i8, i8* %mem, i64 %731
  store i32 %730, i32* %unaligned152, align 4
  %1013 = bitcast i32* %unaligned152 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1012, i8* %1013, i64 4, i1 false)
  %1014 = load i32, i32* %list.3, align 4
  store i32 %1014, i32* %result71, align 4
  br label %e15

ok151:                                            ; preds = %write.slow149
  %1015 = icmp ult i64 %731, %scratch_start
  %1016 = load i64, i64* %lowStart, align 8
  %1017 = call i64 @llvm.umin.i64(i64 %1016, i64 %731)
  %1018 = load i64, i64* %lowEnd, align 8
  %1019 = load i64, i64* %highEnd, align 8
  %1020 = add i64 %732, 64
  %1021 = sub i64 %732, %1017
  %1022 = lshr i64 %1021, 4
  %1023 = add i64 %1020, %1022
  %1024 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1023)
  %1025 = call i64 @llvm.umax.i64(i64 %1018, i64 %1024)
  %1026 = select i1 %1015, i64 %1025, i64 %1018
  store i64 %1026, i64* %lowEnd, align 8
  %1027 = add i64 %732, 64
  %1028 = sub i64 %732, %scratch_start
  %1029 = lshr i64 %1028, 4
  %1030 = add i64 %1027, %1029
  %1031 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1030)
  %1032 = call i64 @llvm.umax.i64(i64 %1019, i64 %1031)
  %1033 = select i1 %1015, i64 %1019, i64 %1032
  store i64 %1033, i64* %highEnd, align 8
  store i64 %1017, i64* %lowStart, align 8
  br label %write.ok150

write.low153:                                     ; preds = %e15
  %1034 = load i64, i64* %lowStart, align 8
  %1035 = icmp uge i64 %555, %1034
  %1036 = load i64, i64* %lowEnd, align 8
  %1037 = icmp ule i64 %556, %1036
  %1038 = and i1 %1035, %1037
  br i1 %1038, label %write.ok155, label %write.slow154

write.slow154:                                    ; preds = %write.low153
  %1039 = icmp ugt i64 %556, %arena_size
  br i1 %1039, label %trap17.site0, label %ok156

write.ok155:                                      ; preds = %ok156, %write.low153, %e15
  %1040 = getelementptr i8, i8* %mem, i64 %555
  store i32 %553, i32* %unaligned157, align 4
  %1041 = bitcast i32* %unaligned157 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1040, i8* %1041, i64 4, i1 false)
  %1042 = getelementptr i64, i64* %regs, i64 1
  %1043 = getelementptr i64, i64* %regs, i64 2
  %1044 = load i64, i64* %1042, align 8
  %1045 = add i64 %1044, 7
  %1046 = and i64 %1045, -8
  %1047 = add i64 %1046, 8
  %1048 = load i64, i64* %1043, align 8
  %1049 = icmp ugt i64 %1047, %1048
  br i1 %1049, label %trap15.site16, label %ok159

ok156:                                            ; preds = %write.slow154
  %1050 = icmp ult i64 %555, %scratch_start
  %1051 = load i64, i64* %lowStart, align 8
  %1052 = call i64 @llvm.umin.i64(i64 %1051, i64 %555)
  %1053 = load i64, i64* %lowEnd, align 8
  %1054 = load i64, i64* %highEnd, align 8
  %1055 = add i64 %556, 64
  %1056 = sub i64 %556, %1052
  %1057 = lshr i64 %1056, 4
  %1058 = add i64 %1055, %1057
  %1059 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1058)
  %1060 = call i64 @llvm.umax.i64(i64 %1053, i64 %1059)
  %1061 = select i1 %1050, i64 %1060, i64 %1053
  store i64 %1061, i64* %lowEnd, align 8
  %1062 = add i64 %556, 64
  %1063 = sub i64 %556, %scratch_start
  %1064 = lshr i64 %1063, 4
  %1065 = add i64 %1062, %1064
  %1066 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1065)
  %1067 = call i64 @llvm.umax.i64(i64 %1054, i64 %1066)
  %1068 = select i1 %1050, i64 %1054, i64 %1067
  store i64 %1068, i64* %highEnd, align 8
  store i64 %1052, i64* %lowStart, align 8
  br label %write.ok155

e34:                                              ; preds = %stack_ok187
  %1069 = load i32, i32* %result158, align 4
  store i32 %1069, i32* %merged, align 4
  %1070 = load i32, i32* %dict, align 4
  %1071 = load i32, i32* %merged, align 4
  %1072 = zext i32 %1070 to i64
  %1073 = add i64 %1072, 24
  %1074 = add i64 %1073, 4
  %1075 = icmp uge i64 %1073, %scratch_start
  %1076 = load i64, i64* %highEnd, align 8
  %1077 = icmp ule i64 %1074, %1076
  %1078 = and i1 %1075, %1077
  br i1 %1078, label %write.ok190, label %write.low188

ok159:                                            ; preds = %write.ok155
  store i64 %1047, i64* %1042, align 8
  %1079 = load i64, i64* %highEnd, align 8
  %1080 = call i64 @llvm.umax.i64(i64 %1079, i64 %1047)
  store i64 %1080, i64* %highEnd, align 8
  %1081 = trunc i64 %1046 to i32
  store i32 %1081, i32* %dict.2, align 4
  %1082 = load i32, i32* %prices, align 4
  store i32 %1082, i32* %spread, align 4
  store i64 99, i64* %extra, align 8
  %1083 = load i32, i32* %dict.2, align 4
  %1084 = load i64, i64* %extra, align 8
  %1085 = zext i32 %1083 to i64
  %1086 = add i64 %1085, 8
  %1087 = icmp uge i64 %1085, %scratch_start
  %1088 = load i64, i64* %highEnd, align 8
  %1089 = icmp ule i64 %1086, %1088
  %1090 = and i1 %1087, %1089
  br i1 %1090, label %write.ok162, label %write.low160

trap15.site16:                                    ; preds = %ok184, %ok179, %ok165, %write.ok155
  %1091 = load i64, i64* %lowStart, align 8
  %1092 = getelementptr i64, i64* %regs, i64 6
  store i64 %1091, i64* %1092, align 8
  %1093 = load i64, i64* %lowEnd, align 8
  %1094 = getelementptr i64, i64* %regs, i64 7
  store i64 %1093, i64* %1094, align 8
  %1095 = load i64, i64* %highEnd, align 8
  %1096 = getelementptr i64, i64* %regs, i64 8
  store i64 %1095, i64* %1096, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

write.low160:                                     ; preds = %ok159
  %1097 = load i64, i64* %lowStart, align 8
  %1098 = icmp uge i64 %1085, %1097
  %1099 = load i64, i64* %lowEnd, align 8
  %1100 = icmp ule i64 %1086, %1099
  %1101 = and i1 %1098, %1100
  br i1 %1101, label %write.ok162, label %write.slow161

write.slow161:                                    ; preds = %write.low160
  %1102 = icmp ugt i64 %1086, %arena_size
  br i1 %1102, label %trap17.site0, label %ok163

write.ok162:                                      ; preds = %ok163, %write.low160, %ok159
  %1103 = getelementptr i8, i8* %mem, i64 %1085
  store i64 %1084, i64* %unaligned164, align 8
  %1104 = bitcast i64* %unaligned164 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1103, i8* %1104, i64 8, i1 false)
  %1105 = load i32, i32* %spread, align 4
  %1106 = zext i32 %1105 to i64
  %1107 = add i64 %1106, 4
  %1108 = icmp ugt i64 %1107, %arena_size
  br i1 %1108, label %trap17.site0, label %ok165

ok163:                                            ; preds = %write.slow161
  %1109 = icmp ult i64 %1085, %scratch_start
  %1110 = load i64, i64* %lowStart, align 8
  %1111 = call i64 @llvm.umin.i64(i64 %1110, i64 %1085)
  %1112 = load i64, i64* %lowEnd, align 8
  %1113 = load i64, i64* %highEnd, align 8
  %1114 = add i64 %1086, 64
  %1115 = sub i64 %1086, %1111
  %1116 = lshr i64 %1115, 4
  %1117 = add i64 %1114, %1116
  %1118 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1117)
  %1119 = call i64 @llvm.umax.i64(i64 %1112, i64 %1118)
  %1120 = select i1 %1109, i64 %1119, i64 %1112
  store i64 %1120, i64* %lowEnd, align 8
  %1121 = add i64 %1086, 64
  %1122 = sub i64 %1086, %scratch_start
  %1123 = lshr i64 %1122, 4
  %1124 = add i64 %1121, %1123
  %1125 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1124)
  %1126 = call i64 @llvm.umax.i64(i64 %1113, i64 %1125)
  %1127 = select i1 %1109, i64 %1113, i64 %1126
  store i64 %1127, i64* %highEnd, align 8
  store i64 %1111, i64* %lowStart, align 8
  br label %write.ok162

ok165:                                            ; preds = %write.ok162
  %1128 = getelementptr i8, i8* %mem, i64 %1106
  %1129 = bitcast i32* %unaligned166 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1129, i8* %1128, i64 4, i1 false)
  %1130 = load i32, i32* %unaligned166, align 4
  %1131 = add i32 1, %1130
  store i32 %1131, i32* %cap, align 4
  %1132 = load i32, i32* %cap, align 4
  %1133 = mul i32 %1132, 16
  %1134 = add i32 8, %1133
  %1135 = zext i32 %1134 to i64
  %1136 = getelementptr i64, i64* %regs, i64 1
  %1137 = getelementptr i64, i64* %regs, i64 2
  %1138 = load i64, i64* %1136, align 8
  %1139 = add i64 %1138, 7
  %1140 = and i64 %1139, -8
  %1141 = add i64 %1140, %1135
  %1142 = load i64, i64* %1137, align 8
  %1143 = icmp ugt i64 %1141, %1142
  br i1 %1143, label %trap15.site16, label %ok167

ok167:                                            ; preds = %ok165
  store i64 %1141, i64* %1136, align 8
  %1144 = load i64, i64* %highEnd, align 8
  %1145 = call i64 @llvm.umax.i64(i64 %1144, i64 %1141)
  store i64 %1145, i64* %highEnd, align 8
  %1146 = trunc i64 %1140 to i32
  store i32 %1146, i32* %dict.3, align 4
  %1147 = load i32, i32* %dict.3, align 4
  %1148 = zext i32 %1147 to i64
  %1149 = add i64 %1148, 4
  %1150 = icmp uge i64 %1148, %scratch_start
  %1151 = load i64, i64* %highEnd, align 8
  %1152 = icmp ule i64 %1149, %1151
  %1153 = and i1 %1150, %1152
  br i1 %1153, label %write.ok170, label %write.low168

write.low168:                                     ; preds = %ok167
  %1154 = load i64, i64* %lowStart, align 8
  %1155 = icmp uge i64 %1148, %1154
  %1156 = load i64, i64* %lowEnd, align 8
  %1157 = icmp ule i64 %1149, %1156
  %1158 = and i1 %1155, %1157
  br i1 %1158, label %write.ok170, label %write.slow169

write.slow169:                                    ; preds = %write.low168
  %1159 = icmp ugt i64 %1149, %arena_size
  br i1 %1159, label %trap17.site0, label %ok171

write.ok170:                                      ; preds = %ok171, %write.low168, %ok167
  %1160 = getelementptr i8, i8* %mem, i64 %1148
  store i32 0, i32* %unaligned172, align 4
  %1161 = bitcast i32* %unaligned172 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1160, i8* %1161, i64 4, i1 false)
  %1162 = load i32, i32* %spread, align 4
  store i32 %1162, i32* %src, align 4
  store i32 0, i32* %i.3, align 4
  br label %loop38

ok171:                                            ; preds = %write.slow169
  %1163 = icmp ult i64 %1148, %scratch_start
  %1164 = load i64, i64* %lowStart, align 8
  %1165 = call i64 @llvm.umin.i64(i64 %1164, i64 %1148)
  %1166 = load i64, i64* %lowEnd, align 8
  %1167 = load i64, i64* %highEnd, align 8
  %1168 = add i64 %1149, 64
  %1169 = sub i64 %1149, %1165
  %1170 = lshr i64 %1169, 4
  %1171 = add i64 %1168, %1170
  %1172 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1171)
  %1173 = call i64 @llvm.umax.i64(i64 %1166, i64 %1172)
  %1174 = select i1 %1163, i64 %1173, i64 %1166
  store i64 %1174, i64* %lowEnd, align 8
  %1175 = add i64 %1149, 64
  %1176 = sub i64 %1149, %scratch_start
  %1177 = lshr i64 %1176, 4
  %1178 = add i64 %1175, %1177
  %1179 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1178)
  %1180 = call i64 @llvm.umax.i64(i64 %1167, i64 %1179)
  %1181 = select i1 %1163, i64 %1167, i64 %1180
  store i64 %1181, i64* %highEnd, align 8
  store i64 %1165, i64* %lowStart, align 8
  br label %write.ok170

block37:                                          ; preds = %dead183, %ok174
  %1182 = load i32, i32* %dict.3, align 4
  %1183 = load i32, i32* %dict.2, align 4
  %1184 = zext i32 %1183 to i64
  %1185 = add i64 %1184, 8
  %1186 = icmp ugt i64 %1185, %arena_size
  br i1 %1186, label %trap17.site0, label %ok184

loop38:                                           ; preds = %stack_ok182, %write.ok170
  %1187 = load i64, i64* %fuel, align 8
  %1188 = icmp ult i64 %1187, 1
  br i1 %1188, label %trap14.site0, label %ok173

ok173:                                            ; preds = %loop38
  %1189 = sub i64 %1187, 1
  store i64 %1189, i64* %fuel, align 8
  %1190 = load i32, i32* %i.3, align 4
  %1191 = load i32, i32* %src, align 4
  %1192 = zext i32 %1191 to i64
  %1193 = add i64 %1192, 4
  %1194 = icmp ugt i64 %1193, %arena_size
  br i1 %1194, label %trap17.site0, label %ok174

ok174:                                            ; preds = %ok173
  %1195 = getelementptr i8, i8* %mem, i64 %1192
  %1196 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1196, i8* %1195, i64 4, i1 false)
  %1197 = load i32, i32* %unaligned175, align 4
  %1198 = icmp uge i32 %1190, %1197
  %1199 = zext i1 %1198 to i32
  %1200 = icmp ne i32 %1199, 0
  br i1 %1200, label %block37, label %cont176

cont176:                                          ; preds = %ok174
  %1201 = load i32, i32* %src, align 4
  %1202 = add i32 %1201, 8
  %1203 = load i32, i32* %i.3, align 4
  %1204 = mul i32 %1203, 16
  %1205 = add i32 %1202, %1204
  store i32 %1205, i32* %at, align 4
  %1206 = load i32, i32* %dict.3, align 4
  %1207 = load i32, i32* %at, align 4
  %1208 = zext i32 %1207 to i64
  %1209 = add i64 %1208, 4
  %1210 = icmp ugt i64 %1209, %arena_size
  br i1 %1210, label %trap17.site0, label %ok177

ok177:                                            ; preds = %cont176
  %1211 = getelementptr i8, i8* %mem, i64 %1208
  %1212 = bitcast i32* %unaligned178 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1212, i8* %1211, i64 4, i1 false)
  %1213 = load i32, i32* %unaligned178, align 4
  %1214 = load i32, i32* %at, align 4
  %1215 = zext i32 %1214 to i64
  %1216 = add i64 %1215, 8
  %1217 = add i64 %1216, 8
  %1218 = icmp ugt i64 %1217, %arena_size
  br i1 %1218, label %trap17.site0, label %ok179

ok179:                                            ; preds = %ok177
  %1219 = getelementptr i8, i8* %mem, i64 %1216
  %1220 = bitcast i64* %unaligned180 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1220, i8* %1219, i64 8, i1 false)
  %1221 = load i64, i64* %unaligned180, align 8
  %1222 = icmp uge i32 %depth, 1000
  br i1 %1222, label %trap15.site16, label %ok181

ok181:                                            ; preds = %ok179
  %1223 = icmp ult i64 %10, %stack_limit
  br i1 %1223, label %trap253.site0, label %stack_ok182

stack_ok182:                                      ; preds = %ok181
  %1224 = load i64, i64* %fuel, align 8
  %1225 = getelementptr i64, i64* %regs, i64 0
  store i64 %1224, i64* %1225, align 8
  %1226 = load i64, i64* %lowStart, align 8
  %1227 = getelementptr i64, i64* %regs, i64 6
  store i64 %1226, i64* %1227, align 8
  %1228 = load i64, i64* %lowEnd, align 8
  %1229 = getelementptr i64, i64* %regs, i64 7
  store i64 %1228, i64* %1229, align 8
  %1230 = load i64, i64* %highEnd, align 8
  %1231 = getelementptr i64, i64* %regs, i64 8
  store i64 %1230, i64* %1231, align 8
  %1232 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %1232, i32 %1206, i32 %1213, i64 %1221)
  %1233 = getelementptr i64, i64* %regs, i64 0
  %1234 = load i64, i64* %1233, align 8
  store i64 %1234, i64* %fuel, align 8
  %1235 = getelementptr i64, i64* %regs, i64 6
  %1236 = load i64, i64* %1235, align 8
  store i64 %1236, i64* %lowStart, align 8
  %1237 = getelementptr i64, i64* %regs, i64 7
  %1238 = load i64, i64* %1237, align 8
  store i64 %1238, i64* %lowEnd, align 8
  %1239 = getelementptr i64, i64* %regs, i64 8
  %1240 = load i64, i64* %1239, align 8
  store i64 %1240, i64* %highEnd, align 8
  %1241 = load i32, i32* %i.3, align 4
  %1242 = add i32 %1241, 1
  store i32 %1242, i32* %i.3, align 4
  br label %loop38

dead183:                                          ; No predecessors!
  br label %block37

ok184:                                            ; preds = %block37
  %1243 = getelementptr i8, i8* %mem, i64 %1184
  %1244 = bitcast i64* %unaligned185 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1244, i8* %1243, i64 8, i1 false)
  %1245 = load i64, i64* %unaligned185, align 8
  %1246 = icmp uge i32 %depth, 1000
  br i1 %1246, label %trap15.site16, label %ok186

ok186:                                            ; preds = %ok184
  %1247 = icmp ult i64 %10, %stack_limit
  br i1 %1247, label %trap253.site0, label %stack_ok187

stack_ok187:                                      ; preds = %ok186
  %1248 = load i64, i64* %fuel, align 8
  %1249 = getelementptr i64, i64* %regs, i64 0
  store i64 %1248, i64* %1249, align 8
  %1250 = load i64, i64* %lowStart, align 8
  %1251 = getelementptr i64, i64* %regs, i64 6
  store i64 %1250, i64* %1251, align 8
  %1252 = load i64, i64* %lowEnd, align 8
  %1253 = getelementptr i64, i64* %regs, i64 7
  store i64 %1252, i64* %1253, align 8
  %1254 = load i64, i64* %highEnd, align 8
  %1255 = getelementptr i64, i64* %regs, i64 8
  store i64 %1254, i64* %1255, align 8
  %1256 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %1256, i32 %1182, i32 8, i64 %1245)
  %1257 = getelementptr i64, i64* %regs, i64 0
  %1258 = load i64, i64* %1257, align 8
  store i64 %1258, i64* %fuel, align 8
  %1259 = getelementptr i64, i64* %regs, i64 6
  %1260 = load i64, i64* %1259, align 8
  store i64 %1260, i64* %lowStart, align 8
  %1261 = getelementptr i64, i64* %regs, i64 7
  %1262 = load i64, i64* %1261, align 8
  store i64 %1262, i64* %lowEnd, align 8
  %1263 = getelementptr i64, i64* %regs, i64 8
  %1264 = load i64, i64* %1263, align 8
  store i64 %1264, i64* %highEnd, align 8
  %1265 = load i32, i32* %dict.3, align 4
  store i32 %1265, i32* %result158, align 4
  br label %e34

write.low188:                                     ; preds = %e34
  %1266 = load i64, i64* %lowStart, align 8
  %1267 = icmp uge i64 %1073, %1266
  %1268 = load i64, i64* %lowEnd, align 8
  %1269 = icmp ule i64 %1074, %1268
  %1270 = and i1 %1267, %1269
  br i1 %1270, label %write.ok190, label %write.slow189

write.slow189:                                    ; preds = %write.low188
  %1271 = icmp ugt i64 %1074, %arena_size
  br i1 %1271, label %trap17.site0, label %ok191

write.ok190:                                      ; preds = %ok191, %write.low188, %e34
  %1272 = getelementptr i8, i8* %mem, i64 %1073
  store i32 %1071, i32* %unaligned192, align 4
  %1273 = bitcast i32* %unaligned192 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1272, i8* %1273, i64 4, i1 false)
  %1274 = load i32, i32* %prices, align 4
  %1275 = zext i32 %1274 to i64
  %1276 = add i64 %1275, 4
  %1277 = icmp ugt i64 %1276, %arena_size
  br i1 %1277, label %trap17.site0, label %ok193

ok191:                                            ; preds = %write.slow189
  %1278 = icmp ult i64 %1073, %scratch_start
  %1279 = load i64, i64* %lowStart, align 8
  %1280 = call i64 @llvm.umin.i64(i64 %1279, i64 %1073)
  %1281 = load i64, i64* %lowEnd, align 8
  %1282 = load i64, i64* %highEnd, align 8
  %1283 = add i64 %1074, 64
  %1284 = sub i64 %1074, %1280
  %1285 = lshr i64 %1284, 4
  %1286 = add i64 %1283, %1285
  %1287 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1286)
  %1288 = call i64 @llvm.umax.i64(i64 %1281, i64 %1287)
  %1289 = select i1 %1278, i64 %1288, i64 %1281
  store i64 %1289, i64* %lowEnd, align 8
  %1290 = add i64 %1074, 64
  %1291 = sub i64 %1074, %scratch_start
  %1292 = lshr i64 %1291, 4
  %1293 = add i64 %1290, %1292
  %1294 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1293)
  %1295 = call i64 @llvm.umax.i64(i64 %1282, i64 %1294)
  %1296 = select i1 %1278, i64 %1282, i64 %1295
  store i64 %1296, i64* %highEnd, align 8
  store i64 %1280, i64* %lowStart, align 8
  br label %write.ok190

ok193:                                            ; preds = %write.ok190
  %1297 = getelementptr i8, i8* %mem, i64 %1275
  %1298 = bitcast i32* %unaligned194 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1298, i8* %1297, i64 4, i1 false)
  %1299 = load i32, i32* %unaligned194, align 4
  %1300 = zext i32 %1299 to i64
  store i64 %1300, i64* %size.4, align 8
  %1301 = load i32, i32* %dict, align 4
  %1302 = load i64, i64* %size.4, align 8
  %1303 = zext i32 %1301 to i64
  %1304 = add i64 %1303, 32
  %1305 = add i64 %1304, 8
  %1306 = icmp uge i64 %1304, %scratch_start
  %1307 = load i64, i64* %highEnd, align 8
  %1308 = icmp ule i64 %1305, %1307
  %1309 = and i1 %1306, %1308
  br i1 %1309, label %write.ok197, label %write.low195

write.low195:                                     ; preds = %ok193
  %1310 = load i64, i64* %lowStart, align 8
  %1311 = icmp uge i64 %1304, %1310
  %1312 = load i64, i64* %lowEnd, align 8
  %1313 = icmp ule i64 %1305, %1312
  %1314 = and i1 %1311, %1313
  br i1 %1314, label %write.ok197, label %write.slow196

write.slow196:                                    ; preds = %write.low195
  %1315 = icmp ugt i64 %1305, %arena_size
  br i1 %1315, label %trap17.site0, label %ok198

write.ok197:                                      ; preds = %ok198, %write.low195, %ok193
  %1316 = getelementptr i8, i8* %mem, i64 %1304
  store i64 %1302, i64* %unaligned199, align 8
  %1317 = bitcast i64* %unaligned199 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1316, i8* %1317, i64 8, i1 false)
  %1318 = load i32, i32* %dict, align 4
  store i32 %1318, i32* %result5, align 4
  br label %e0

ok198:                                            ; preds = %write.slow196
  %1319 = icmp ult i64 %1304, %scratch_start
  %1320 = load i64, i64* %lowStart, align 8
  %1321 = call i64 @llvm.umin.i64(i64 %1320, i64 %1304)
  %1322 = load i64, i64* %lowEnd, align 8
  %1323 = load i64, i64* %highEnd, align 8
  %1324 = add i64 %1305, 64
  %1325 = sub i64 %1305, %1321
  %1326 = lshr i64 %1325, 4
  %1327 = add i64 %1324, %1326
  %1328 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1327)
  %1329 = call i64 @llvm.umax.i64(i64 %1322, i64 %1328)
  %1330 = select i1 %1319, i64 %1329, i64 %1322
  store i64 %1330, i64* %lowEnd, align 8
  %1331 = add i64 %1305, 64
  %1332 = sub i64 %1305, %scratch_start
  %1333 = lshr i64 %1332, 4
  %1334 = add i64 %1331, %1333
  %1335 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1334)
  %1336 = call i64 @llvm.umax.i64(i64 %1323, i64 %1335)
  %1337 = select i1 %1319, i64 %1323, i64 %1336
  store i64 %1337, i64* %highEnd, align 8
  store i64 %1321, i64* %lowStart, align 8
  br label %write.ok197

ok200:                                            ; preds = %e0
  %1338 = icmp ult i64 %10, %stack_limit
  br i1 %1338, label %trap253.site0, label %stack_ok201

trap15.site0:                                     ; preds = %e0
  %1339 = load i64, i64* %lowStart, align 8
  %1340 = getelementptr i64, i64* %regs, i64 6
  store i64 %1339, i64* %1340, align 8
  %1341 = load i64, i64* %lowEnd, align 8
  %1342 = getelementptr i64, i64* %regs, i64 7
  store i64 %1341, i64* %1342, align 8
  %1343 = load i64, i64* %highEnd, align 8
  %1344 = getelementptr i64, i64* %regs, i64 8
  store i64 %1343, i64* %1344, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok201:                                      ; preds = %ok200
  %1345 = load i64, i64* %fuel, align 8
  %1346 = getelementptr i64, i64* %regs, i64 0
  store i64 %1345, i64* %1346, align 8
  %1347 = load i64, i64* %lowStart, align 8
  %1348 = getelementptr i64, i64* %regs, i64 6
  store i64 %1347, i64* %1348, align 8
  %1349 = load i64, i64* %lowEnd, align 8
  %1350 = getelementptr i64, i64* %regs, i64 7
  store i64 %1349, i64* %1350, align 8
  %1351 = load i64, i64* %highEnd, align 8
  %1352 = getelementptr i64, i64* %regs, i64 8
  store i64 %1351, i64* %1352, align 8
  %1353 = add i32 %depth, 1
  %1354 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1353, i32 %89, i32 %90, i32 0)
  %1355 = getelementptr i64, i64* %regs, i64 0
  %1356 = load i64, i64* %1355, align 8
  store i64 %1356, i64* %fuel, align 8
  %1357 = getelementptr i64, i64* %regs, i64 6
  %1358 = load i64, i64* %1357, align 8
  store i64 %1358, i64* %lowStart, align 8
  %1359 = getelementptr i64, i64* %regs, i64 7
  %1360 = load i64, i64* %1359, align 8
  store i64 %1360, i64* %lowEnd, align 8
  %1361 = getelementptr i64, i64* %regs, i64 8
  %1362 = load i64, i64* %1361, align 8
  store i64 %1362, i64* %highEnd, align 8
  store i32 %1354, i32* %json_end, align 4
  %1363 = load i32, i32* %json_end, align 4
  %1364 = icmp eq i32 %1363, -2
  %1365 = zext i1 %1364 to i32
  %1366 = icmp ne i32 %1365, 0
  br i1 %1366, label %then202, label %else203

then202:                                          ; preds = %stack_ok201
  br label %trap16.site4

else203:                                          ; preds = %stack_ok201
  br label %join204

join204:                                          ; preds = %else203, %dead205
  %1367 = load i32, i32* %json_end, align 4
  %1368 = icmp eq i32 %1367, -1
  %1369 = zext i1 %1368 to i32
  %1370 = icmp ne i32 %1369, 0
  br i1 %1370, label %then206, label %else207

trap16.site4:                                     ; preds = %then202
  %1371 = load i64, i64* %lowStart, align 8
  %1372 = getelementptr i64, i64* %regs, i64 6
  store i64 %1371, i64* %1372, align 8
  %1373 = load i64, i64* %lowEnd, align 8
  %1374 = getelementptr i64, i64* %regs, i64 7
  store i64 %1373, i64* %1374, align 8
  %1375 = load i64, i64* %highEnd, align 8
  %1376 = getelementptr i64, i64* %regs, i64 8
  store i64 %1375, i64* %1376, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead205:                                          ; No predecessors!
  br label %join204

then206:                                          ; preds = %join204
  br label %trap15.site4

else207:                                          ; preds = %join204
  br label %join208

join208:                                          ; preds = %else207, %dead209
  %1377 = load i32, i32* %json_end, align 4
  %1378 = zext i32 %1377 to i64
  %1379 = getelementptr i64, i64* %regs, i64 3
  store i64 %1378, i64* %1379, align 8
  %1380 = load i32, i32* %json_end, align 4
  %1381 = load i32, i32* %json_start, align 4
  %1382 = sub i32 %1380, %1381
  %1383 = load i64, i64* %fuel, align 8
  %1384 = getelementptr i64, i64* %regs, i64 0
  store i64 %1383, i64* %1384, align 8
  %1385 = load i64, i64* %lowStart, align 8
  %1386 = getelementptr i64, i64* %regs, i64 6
  store i64 %1385, i64* %1386, align 8
  %1387 = load i64, i64* %lowEnd, align 8
  %1388 = getelementptr i64, i64* %regs, i64 7
  store i64 %1387, i64* %1388, align 8
  %1389 = load i64, i64* %highEnd, align 8
  %1390 = getelementptr i64, i64* %regs, i64 8
  store i64 %1389, i64* %1390, align 8
  ret i32 %1382

dead209:                                          ; No predecessors!
  br label %join208
}
