; From libs/driver/testdata/emit-golden/tuples.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/tuples.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (47):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.dec.int.2
;   @m0.codec.dec.string.3
;   @m0.codec.dec.elems.1
;   @m0.codec.dec.tuple.0
;   @m0.codec.skip
;   @m0.codec.dec.bool.7
;   @m0.codec.dec.elems.6
;   @m0.codec.dec.tuple.5
;   @m0.codec.dec.list.4
;   @m0.main.args
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.eq._Int__String_
;   @m0.eq._Int__Bool_
;   @m0.codec.enc.tuple.1
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.3
;   @m0.codec.enc.list.2
;   @m0.codec.enc.bool.4
;   @m0.codec.write_str
;   @m0.codec.enc.string.7
;   @m0.codec.enc.tuple.6
;   @m0.codec.enc.tuple.5
;   @m0.codec.enc.tuple.8
;   @m0.codec.enc.tuple.9
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
; The program's 4 function(s):

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
  %unaligned43 = alloca i32, align 4
  %unaligned102 = alloca i32, align 4
  %unaligned112 = alloca i32, align 4
  %unaligned119 = alloca i32, align 4
  %unaligned124 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %default11, %then70, %case12, %then62, %case13, %ok28, %then25, %ok22, %ok11, %join9, %ok
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

trap253.site0:                                    ; preds = %ok76, %ok73, %ok68, %ok65, %ok60, %ok29, %ok23, %ok1
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

trap17.site0:                                     ; preds = %write.slow121, %write.slow, %join109, %join99, %cont88, %ws_done14, %cont79, %cont55, %cont50, %ok42, %then39, %then31, %ws_done2, %cont14, %ws_done0, %cont
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

join21:                                           ; preds = %else20, %join86
  %171 = load i32, i32* %arg0_state, align 4
  %172 = icmp eq i32 %171, 0
  %173 = zext i1 %172 to i32
  %174 = icmp ne i32 %173, 0
  br i1 %174, label %then93, label %else94

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
  %231 = icmp eq i32 %230, 4
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

match5:                                           ; preds = %join41, %then45, %then35
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

join33:                                           ; preds = %else32, %join37
  %271 = load i32, i32* %args_klen, align 4
  %272 = icmp eq i32 %271, 5
  %273 = zext i1 %272 to i32
  %274 = icmp ne i32 %273, 0
  br i1 %274, label %then39, label %else40

ok34:                                             ; preds = %then31
  %275 = getelementptr i8, i8* %mem, i64 %268
  %276 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %276, i8* %275, i64 4, i1 false)
  %277 = load i32, i32* %unaligned, align 4
  %278 = icmp eq i32 %277, 1919508848
  %279 = zext i1 %278 to i32
  %280 = icmp ne i32 %279, 0
  br i1 %280, label %then35, label %else36

then35:                                           ; preds = %ok34
  store i32 0, i32* %result, align 4
  br label %match5

else36:                                           ; preds = %ok34
  br label %join37

join37:                                           ; preds = %else36, %dead38
  br label %join33

dead38:                                           ; No predecessors!
  br label %join37

then39:                                           ; preds = %join33
  %281 = load i32, i32* %args_kp, align 4
  %282 = zext i32 %281 to i64
  %283 = sub i64 %arena_size, 4
  %284 = icmp sgt i64 %282, %283
  br i1 %284, label %trap17.site0, label %ok42

else40:                                           ; preds = %join33
  br label %join41

join41:                                           ; preds = %else40, %join47
  store i32 -1, i32* %result, align 4
  br label %match5

ok42:                                             ; preds = %then39
  %285 = getelementptr i8, i8* %mem, i64 %282
  %286 = bitcast i32* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %286, i8* %285, i64 4, i1 false)
  %287 = load i32, i32* %unaligned43, align 4
  %288 = icmp eq i32 %287, 1734437990
  %289 = zext i1 %288 to i32
  %290 = load i32, i32* %args_kp, align 4
  %291 = zext i32 %290 to i64
  %292 = sub i64 %arena_size, 5
  %293 = icmp sgt i64 %291, %292
  br i1 %293, label %trap17.site0, label %ok44

ok44:                                             ; preds = %ok42
  %294 = add i64 %291, 4
  %295 = getelementptr i8, i8* %mem, i64 %294
  %296 = load i8, i8* %295, align 1
  %297 = zext i8 %296 to i32
  %298 = icmp eq i32 %297, 115
  %299 = zext i1 %298 to i32
  %300 = and i32 %289, %299
  %301 = icmp ne i32 %300, 0
  br i1 %301, label %then45, label %else46

then45:                                           ; preds = %ok44
  store i32 1, i32* %result, align 4
  br label %match5

else46:                                           ; preds = %ok44
  br label %join47

join47:                                           ; preds = %else46, %dead48
  br label %join41

dead48:                                           ; No predecessors!
  br label %join47

ws_done6:                                         ; preds = %dead53, %ok51, %ok49
  %302 = load i32, i32* %args_pos, align 4
  %303 = add i32 %302, 1
  store i32 %303, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont52, %match5
  %304 = load i64, i64* %fuel, align 8
  %305 = icmp ult i64 %304, 1
  br i1 %305, label %trap14.site0, label %ok49

ok49:                                             ; preds = %ws7
  %306 = sub i64 %304, 1
  store i64 %306, i64* %fuel, align 8
  %307 = load i32, i32* %args_pos, align 4
  %308 = load i32, i32* %args_end, align 4
  %309 = icmp uge i32 %307, %308
  %310 = zext i1 %309 to i32
  %311 = icmp ne i32 %310, 0
  br i1 %311, label %ws_done6, label %cont50

cont50:                                           ; preds = %ok49
  %312 = load i32, i32* %args_pos, align 4
  %313 = zext i32 %312 to i64
  %314 = sub i64 %arena_size, 1
  %315 = icmp sgt i64 %313, %314
  br i1 %315, label %trap17.site0, label %ok51

ok51:                                             ; preds = %cont50
  %316 = getelementptr i8, i8* %mem, i64 %313
  %317 = load i8, i8* %316, align 1
  %318 = zext i8 %317 to i32
  store i32 %318, i32* %ws, align 4
  %319 = load i32, i32* %ws, align 4
  %320 = icmp ule i32 %319, 32
  %321 = zext i1 %320 to i32
  %322 = icmp eq i32 %321, 0
  %323 = zext i1 %322 to i32
  %324 = icmp ne i32 %323, 0
  br i1 %324, label %ws_done6, label %cont52

cont52:                                           ; preds = %ok51
  %325 = load i32, i32* %args_pos, align 4
  %326 = add i32 %325, 1
  store i32 %326, i32* %args_pos, align 4
  br label %ws7

dead53:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead58, %ok56, %ok54
  %327 = load i32, i32* %args_c, align 4
  switch i32 %327, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont57, %ws_done6
  %328 = load i64, i64* %fuel, align 8
  %329 = icmp ult i64 %328, 1
  br i1 %329, label %trap14.site0, label %ok54

ok54:                                             ; preds = %ws9
  %330 = sub i64 %328, 1
  store i64 %330, i64* %fuel, align 8
  %331 = load i32, i32* %args_pos, align 4
  %332 = load i32, i32* %args_end, align 4
  %333 = icmp uge i32 %331, %332
  %334 = zext i1 %333 to i32
  %335 = icmp ne i32 %334, 0
  br i1 %335, label %ws_done8, label %cont55

cont55:                                           ; preds = %ok54
  %336 = load i32, i32* %args_pos, align 4
  %337 = zext i32 %336 to i64
  %338 = sub i64 %arena_size, 1
  %339 = icmp sgt i64 %337, %338
  br i1 %339, label %trap17.site0, label %ok56

ok56:                                             ; preds = %cont55
  %340 = getelementptr i8, i8* %mem, i64 %337
  %341 = load i8, i8* %340, align 1
  %342 = zext i8 %341 to i32
  store i32 %342, i32* %ws, align 4
  %343 = load i32, i32* %ws, align 4
  %344 = icmp ule i32 %343, 32
  %345 = zext i1 %344 to i32
  %346 = icmp eq i32 %345, 0
  %347 = zext i1 %346 to i32
  %348 = icmp ne i32 %347, 0
  br i1 %348, label %ws_done8, label %cont57

cont57:                                           ; preds = %ok56
  %349 = load i32, i32* %args_pos, align 4
  %350 = add i32 %349, 1
  store i32 %350, i32* %args_pos, align 4
  br label %ws9

dead58:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok77, %join72, %join64
  br label %ws15

default11:                                        ; preds = %dead75, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %351 = load i32, i32* %args_pos, align 4
  %352 = load i32, i32* %args_end, align 4
  %353 = icmp uge i32 %depth, 1000
  br i1 %353, label %trap15.site0, label %ok76

case12:                                           ; preds = %dead67, %ws_done8
  %354 = load i32, i32* %args_pos, align 4
  %355 = load i32, i32* %args_end, align 4
  %356 = load i32, i32* %arg1_cell, align 4
  %357 = icmp uge i32 %depth, 1000
  br i1 %357, label %trap15.site0, label %ok68

case13:                                           ; preds = %dead59, %ws_done8
  %358 = load i32, i32* %args_pos, align 4
  %359 = load i32, i32* %args_end, align 4
  %360 = load i32, i32* %arg0_cell, align 4
  %361 = icmp uge i32 %depth, 1000
  br i1 %361, label %trap15.site0, label %ok60

dead59:                                           ; No predecessors!
  br label %case13

ok60:                                             ; preds = %case13
  %362 = icmp ult i64 %10, %stack_limit
  br i1 %362, label %trap253.site0, label %stack_ok61

stack_ok61:                                       ; preds = %ok60
  %363 = load i64, i64* %fuel, align 8
  %364 = getelementptr i64, i64* %regs, i64 0
  store i64 %363, i64* %364, align 8
  %365 = load i64, i64* %lowStart, align 8
  %366 = getelementptr i64, i64* %regs, i64 6
  store i64 %365, i64* %366, align 8
  %367 = load i64, i64* %lowEnd, align 8
  %368 = getelementptr i64, i64* %regs, i64 7
  store i64 %367, i64* %368, align 8
  %369 = load i64, i64* %highEnd, align 8
  %370 = getelementptr i64, i64* %regs, i64 8
  store i64 %369, i64* %370, align 8
  %371 = add i32 %depth, 1
  %372 = call i32 @m0.codec.dec.tuple.0(i64* %regs, i8* %mem, i32 %371, i32 %358, i32 %359, i32 %360)
  %373 = getelementptr i64, i64* %regs, i64 0
  %374 = load i64, i64* %373, align 8
  store i64 %374, i64* %fuel, align 8
  %375 = getelementptr i64, i64* %regs, i64 6
  %376 = load i64, i64* %375, align 8
  store i64 %376, i64* %lowStart, align 8
  %377 = getelementptr i64, i64* %regs, i64 7
  %378 = load i64, i64* %377, align 8
  store i64 %378, i64* %lowEnd, align 8
  %379 = getelementptr i64, i64* %regs, i64 8
  %380 = load i64, i64* %379, align 8
  store i64 %380, i64* %highEnd, align 8
  store i32 %372, i32* %args_r, align 4
  %381 = load i32, i32* %args_r, align 4
  %382 = icmp slt i32 %381, 0
  %383 = zext i1 %382 to i32
  %384 = icmp ne i32 %383, 0
  br i1 %384, label %then62, label %else63

then62:                                           ; preds = %stack_ok61
  store i32 2, i32* %arg0_state, align 4
  %385 = load i32, i32* %args_mark, align 4
  %386 = zext i32 %385 to i64
  %387 = getelementptr i64, i64* %regs, i64 1
  store i64 %386, i64* %387, align 8
  %388 = load i32, i32* %args_pos, align 4
  %389 = load i32, i32* %args_end, align 4
  %390 = icmp uge i32 %depth, 1000
  br i1 %390, label %trap15.site0, label %ok65

else63:                                           ; preds = %stack_ok61
  store i32 1, i32* %arg0_state, align 4
  %391 = load i32, i32* %args_r, align 4
  store i32 %391, i32* %args_pos, align 4
  br label %join64

join64:                                           ; preds = %else63, %stack_ok66
  br label %switch10

ok65:                                             ; preds = %then62
  %392 = icmp ult i64 %10, %stack_limit
  br i1 %392, label %trap253.site0, label %stack_ok66

stack_ok66:                                       ; preds = %ok65
  %393 = load i64, i64* %fuel, align 8
  %394 = getelementptr i64, i64* %regs, i64 0
  store i64 %393, i64* %394, align 8
  %395 = load i64, i64* %lowStart, align 8
  %396 = getelementptr i64, i64* %regs, i64 6
  store i64 %395, i64* %396, align 8
  %397 = load i64, i64* %lowEnd, align 8
  %398 = getelementptr i64, i64* %regs, i64 7
  store i64 %397, i64* %398, align 8
  %399 = load i64, i64* %highEnd, align 8
  %400 = getelementptr i64, i64* %regs, i64 8
  store i64 %399, i64* %400, align 8
  %401 = add i32 %depth, 1
  %402 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %401, i32 %388, i32 %389)
  %403 = getelementptr i64, i64* %regs, i64 0
  %404 = load i64, i64* %403, align 8
  store i64 %404, i64* %fuel, align 8
  %405 = getelementptr i64, i64* %regs, i64 6
  %406 = load i64, i64* %405, align 8
  store i64 %406, i64* %lowStart, align 8
  %407 = getelementptr i64, i64* %regs, i64 7
  %408 = load i64, i64* %407, align 8
  store i64 %408, i64* %lowEnd, align 8
  %409 = getelementptr i64, i64* %regs, i64 8
  %410 = load i64, i64* %409, align 8
  store i64 %410, i64* %highEnd, align 8
  store i32 %402, i32* %args_pos, align 4
  br label %join64

dead67:                                           ; No predecessors!
  br label %case12

ok68:                                             ; preds = %case12
  %411 = icmp ult i64 %10, %stack_limit
  br i1 %411, label %trap253.site0, label %stack_ok69

stack_ok69:                                       ; preds = %ok68
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
  %421 = call i32 @m0.codec.dec.list.4(i64* %regs, i8* %mem, i32 %420, i32 %354, i32 %355, i32 %356)
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
  store i32 %421, i32* %args_r, align 4
  %430 = load i32, i32* %args_r, align 4
  %431 = icmp slt i32 %430, 0
  %432 = zext i1 %431 to i32
  %433 = icmp ne i32 %432, 0
  br i1 %433, label %then70, label %else71

then70:                                           ; preds = %stack_ok69
  store i32 2, i32* %arg1_state, align 4
  %434 = load i32, i32* %args_mark, align 4
  %435 = zext i32 %434 to i64
  %436 = getelementptr i64, i64* %regs, i64 1
  store i64 %435, i64* %436, align 8
  %437 = load i32, i32* %args_pos, align 4
  %438 = load i32, i32* %args_end, align 4
  %439 = icmp uge i32 %depth, 1000
  br i1 %439, label %trap15.site0, label %ok73

else71:                                           ; preds = %stack_ok69
  store i32 1, i32* %arg1_state, align 4
  %440 = load i32, i32* %args_r, align 4
  store i32 %440, i32* %args_pos, align 4
  br label %join72

join72:                                           ; preds = %else71, %stack_ok74
  br label %switch10

ok73:                                             ; preds = %then70
  %441 = icmp ult i64 %10, %stack_limit
  br i1 %441, label %trap253.site0, label %stack_ok74

stack_ok74:                                       ; preds = %ok73
  %442 = load i64, i64* %fuel, align 8
  %443 = getelementptr i64, i64* %regs, i64 0
  store i64 %442, i64* %443, align 8
  %444 = load i64, i64* %lowStart, align 8
  %445 = getelementptr i64, i64* %regs, i64 6
  store i64 %444, i64* %445, align 8
  %446 = load i64, i64* %lowEnd, align 8
  %447 = getelementptr i64, i64* %regs, i64 7
  store i64 %446, i64* %447, align 8
  %448 = load i64, i64* %highEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 8
  store i64 %448, i64* %449, align 8
  %450 = add i32 %depth, 1
  %451 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %450, i32 %437, i32 %438)
  %452 = getelementptr i64, i64* %regs, i64 0
  %453 = load i64, i64* %452, align 8
  store i64 %453, i64* %fuel, align 8
  %454 = getelementptr i64, i64* %regs, i64 6
  %455 = load i64, i64* %454, align 8
  store i64 %455, i64* %lowStart, align 8
  %456 = getelementptr i64, i64* %regs, i64 7
  %457 = load i64, i64* %456, align 8
  store i64 %457, i64* %lowEnd, align 8
  %458 = getelementptr i64, i64* %regs, i64 8
  %459 = load i64, i64* %458, align 8
  store i64 %459, i64* %highEnd, align 8
  store i32 %451, i32* %args_pos, align 4
  br label %join72

dead75:                                           ; No predecessors!
  br label %default11

ok76:                                             ; preds = %default11
  %460 = icmp ult i64 %10, %stack_limit
  br i1 %460, label %trap253.site0, label %stack_ok77

stack_ok77:                                       ; preds = %ok76
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
  %470 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %469, i32 %351, i32 %352)
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
  br label %switch10

ws_done14:                                        ; preds = %dead82, %ok80, %ok78
  %479 = load i32, i32* %args_pos, align 4
  %480 = zext i32 %479 to i64
  %481 = sub i64 %arena_size, 1
  %482 = icmp sgt i64 %480, %481
  br i1 %482, label %trap17.site0, label %ok83

ws15:                                             ; preds = %cont81, %switch10
  %483 = load i64, i64* %fuel, align 8
  %484 = icmp ult i64 %483, 1
  br i1 %484, label %trap14.site0, label %ok78

ok78:                                             ; preds = %ws15
  %485 = sub i64 %483, 1
  store i64 %485, i64* %fuel, align 8
  %486 = load i32, i32* %args_pos, align 4
  %487 = load i32, i32* %args_end, align 4
  %488 = icmp uge i32 %486, %487
  %489 = zext i1 %488 to i32
  %490 = icmp ne i32 %489, 0
  br i1 %490, label %ws_done14, label %cont79

cont79:                                           ; preds = %ok78
  %491 = load i32, i32* %args_pos, align 4
  %492 = zext i32 %491 to i64
  %493 = sub i64 %arena_size, 1
  %494 = icmp sgt i64 %492, %493
  br i1 %494, label %trap17.site0, label %ok80

ok80:                                             ; preds = %cont79
  %495 = getelementptr i8, i8* %mem, i64 %492
  %496 = load i8, i8* %495, align 1
  %497 = zext i8 %496 to i32
  store i32 %497, i32* %ws, align 4
  %498 = load i32, i32* %ws, align 4
  %499 = icmp ule i32 %498, 32
  %500 = zext i1 %499 to i32
  %501 = icmp eq i32 %500, 0
  %502 = zext i1 %501 to i32
  %503 = icmp ne i32 %502, 0
  br i1 %503, label %ws_done14, label %cont81

cont81:                                           ; preds = %ok80
  %504 = load i32, i32* %args_pos, align 4
  %505 = add i32 %504, 1
  store i32 %505, i32* %args_pos, align 4
  br label %ws15

dead82:                                           ; No predecessors!
  br label %ws_done14

ok83:                                             ; preds = %ws_done14
  %506 = getelementptr i8, i8* %mem, i64 %480
  %507 = load i8, i8* %506, align 1
  %508 = zext i8 %507 to i32
  store i32 %508, i32* %args_c, align 4
  %509 = load i32, i32* %args_pos, align 4
  %510 = add i32 %509, 1
  store i32 %510, i32* %args_pos, align 4
  %511 = load i32, i32* %args_c, align 4
  %512 = icmp eq i32 %511, 44
  %513 = zext i1 %512 to i32
  %514 = icmp ne i32 %513, 0
  br i1 %514, label %then84, label %else85

then84:                                           ; preds = %ok83
  br label %ws17

else85:                                           ; preds = %ok83
  br label %join86

join86:                                           ; preds = %else85, %dead92
  br label %join21

ws_done16:                                        ; preds = %dead91, %ok89, %ok87
  br label %args4

ws17:                                             ; preds = %cont90, %then84
  %515 = load i64, i64* %fuel, align 8
  %516 = icmp ult i64 %515, 1
  br i1 %516, label %trap14.site0, label %ok87

ok87:                                             ; preds = %ws17
  %517 = sub i64 %515, 1
  store i64 %517, i64* %fuel, align 8
  %518 = load i32, i32* %args_pos, align 4
  %519 = load i32, i32* %args_end, align 4
  %520 = icmp uge i32 %518, %519
  %521 = zext i1 %520 to i32
  %522 = icmp ne i32 %521, 0
  br i1 %522, label %ws_done16, label %cont88

cont88:                                           ; preds = %ok87
  %523 = load i32, i32* %args_pos, align 4
  %524 = zext i32 %523 to i64
  %525 = sub i64 %arena_size, 1
  %526 = icmp sgt i64 %524, %525
  br i1 %526, label %trap17.site0, label %ok89

ok89:                                             ; preds = %cont88
  %527 = getelementptr i8, i8* %mem, i64 %524
  %528 = load i8, i8* %527, align 1
  %529 = zext i8 %528 to i32
  store i32 %529, i32* %ws, align 4
  %530 = load i32, i32* %ws, align 4
  %531 = icmp ule i32 %530, 32
  %532 = zext i1 %531 to i32
  %533 = icmp eq i32 %532, 0
  %534 = zext i1 %533 to i32
  %535 = icmp ne i32 %534, 0
  br i1 %535, label %ws_done16, label %cont90

cont90:                                           ; preds = %ok89
  %536 = load i32, i32* %args_pos, align 4
  %537 = add i32 %536, 1
  store i32 %537, i32* %args_pos, align 4
  br label %ws17

dead91:                                           ; No predecessors!
  br label %ws_done16

dead92:                                           ; No predecessors!
  br label %join86

then93:                                           ; preds = %join21
  br label %trap9.site2

else94:                                           ; preds = %join21
  br label %join95

join95:                                           ; preds = %else94, %dead96
  %538 = load i32, i32* %arg0_state, align 4
  %539 = icmp eq i32 %538, 2
  %540 = zext i1 %539 to i32
  %541 = icmp ne i32 %540, 0
  br i1 %541, label %then97, label %else98

trap9.site2:                                      ; preds = %then93
  %542 = load i64, i64* %lowStart, align 8
  %543 = getelementptr i64, i64* %regs, i64 6
  store i64 %542, i64* %543, align 8
  %544 = load i64, i64* %lowEnd, align 8
  %545 = getelementptr i64, i64* %regs, i64 7
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %highEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 8
  store i64 %546, i64* %547, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead96:                                           ; No predecessors!
  br label %join95

then97:                                           ; preds = %join95
  br label %trap11.site2

else98:                                           ; preds = %join95
  br label %join99

join99:                                           ; preds = %else98, %dead100
  %548 = load i32, i32* %arg0_cell, align 4
  %549 = zext i32 %548 to i64
  %550 = sub i64 %arena_size, 4
  %551 = icmp sgt i64 %549, %550
  br i1 %551, label %trap17.site0, label %ok101

trap11.site2:                                     ; preds = %then97
  %552 = load i64, i64* %lowStart, align 8
  %553 = getelementptr i64, i64* %regs, i64 6
  store i64 %552, i64* %553, align 8
  %554 = load i64, i64* %lowEnd, align 8
  %555 = getelementptr i64, i64* %regs, i64 7
  store i64 %554, i64* %555, align 8
  %556 = load i64, i64* %highEnd, align 8
  %557 = getelementptr i64, i64* %regs, i64 8
  store i64 %556, i64* %557, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead100:                                          ; No predecessors!
  br label %join99

ok101:                                            ; preds = %join99
  %558 = getelementptr i8, i8* %mem, i64 %549
  %559 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %559, i8* %558, i64 4, i1 false)
  %560 = load i32, i32* %unaligned102, align 4
  store i32 %560, i32* %arg, align 4
  %561 = load i32, i32* %arg1_state, align 4
  %562 = icmp eq i32 %561, 0
  %563 = zext i1 %562 to i32
  %564 = icmp ne i32 %563, 0
  br i1 %564, label %then103, label %else104

then103:                                          ; preds = %ok101
  br label %trap9.site3

else104:                                          ; preds = %ok101
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %565 = load i32, i32* %arg1_state, align 4
  %566 = icmp eq i32 %565, 2
  %567 = zext i1 %566 to i32
  %568 = icmp ne i32 %567, 0
  br i1 %568, label %then107, label %else108

trap9.site3:                                      ; preds = %then103
  %569 = load i64, i64* %lowStart, align 8
  %570 = getelementptr i64, i64* %regs, i64 6
  store i64 %569, i64* %570, align 8
  %571 = load i64, i64* %lowEnd, align 8
  %572 = getelementptr i64, i64* %regs, i64 7
  store i64 %571, i64* %572, align 8
  %573 = load i64, i64* %highEnd, align 8
  %574 = getelementptr i64, i64* %regs, i64 8
  store i64 %573, i64* %574, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead106:                                          ; No predecessors!
  br label %join105

then107:                                          ; preds = %join105
  br label %trap11.site3

else108:                                          ; preds = %join105
  br label %join109

join109:                                          ; preds = %else108, %dead110
  %575 = load i32, i32* %arg1_cell, align 4
  %576 = zext i32 %575 to i64
  %577 = sub i64 %arena_size, 4
  %578 = icmp sgt i64 %576, %577
  br i1 %578, label %trap17.site0, label %ok111

trap11.site3:                                     ; preds = %then107
  %579 = load i64, i64* %lowStart, align 8
  %580 = getelementptr i64, i64* %regs, i64 6
  store i64 %579, i64* %580, align 8
  %581 = load i64, i64* %lowEnd, align 8
  %582 = getelementptr i64, i64* %regs, i64 7
  store i64 %581, i64* %582, align 8
  %583 = load i64, i64* %highEnd, align 8
  %584 = getelementptr i64, i64* %regs, i64 8
  store i64 %583, i64* %584, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead110:                                          ; No predecessors!
  br label %join109

ok111:                                            ; preds = %join109
  %585 = getelementptr i8, i8* %mem, i64 %576
  %586 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %586, i8* %585, i64 4, i1 false)
  %587 = load i32, i32* %unaligned112, align 4
  store i32 %587, i32* %arg.1, align 4
  %588 = load i32, i32* %args_unexpected, align 4
  %589 = icmp ne i32 %588, 0
  br i1 %589, label %then113, label %else114

then113:                                          ; preds = %ok111
  br label %trap10.site1

else114:                                          ; preds = %ok111
  br label %join115

join115:                                          ; preds = %else114, %dead116
  %590 = getelementptr i64, i64* %regs, i64 1
  %591 = getelementptr i64, i64* %regs, i64 2
  %592 = load i64, i64* %590, align 8
  %593 = add i64 %592, 7
  %594 = and i64 %593, -8
  %595 = add i64 %594, 16
  %596 = load i64, i64* %591, align 8
  %597 = icmp ugt i64 %595, %596
  br i1 %597, label %trap15.site1, label %ok117

trap10.site1:                                     ; preds = %then113
  %598 = load i64, i64* %lowStart, align 8
  %599 = getelementptr i64, i64* %regs, i64 6
  store i64 %598, i64* %599, align 8
  %600 = load i64, i64* %lowEnd, align 8
  %601 = getelementptr i64, i64* %regs, i64 7
  store i64 %600, i64* %601, align 8
  %602 = load i64, i64* %highEnd, align 8
  %603 = getelementptr i64, i64* %regs, i64 8
  store i64 %602, i64* %603, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead116:                                          ; No predecessors!
  br label %join115

ok117:                                            ; preds = %join115
  store i64 %595, i64* %590, align 8
  %604 = load i64, i64* %highEnd, align 8
  %605 = call i64 @llvm.umax.i64(i64 %604, i64 %595)
  store i64 %605, i64* %highEnd, align 8
  %606 = trunc i64 %594 to i32
  store i32 %606, i32* %args_out, align 4
  %607 = load i32, i32* %args_out, align 4
  %608 = load i32, i32* %arg, align 4
  %609 = zext i32 %607 to i64
  %610 = add i64 %609, 4
  %611 = icmp uge i64 %609, %scratch_start
  %612 = load i64, i64* %highEnd, align 8
  %613 = icmp ule i64 %610, %612
  %614 = and i1 %611, %613
  %615 = call i1 @llvm.expect.i1(i1 %614, i1 true)
  br i1 %615, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join115
  %616 = load i64, i64* %lowStart, align 8
  %617 = getelementptr i64, i64* %regs, i64 6
  store i64 %616, i64* %617, align 8
  %618 = load i64, i64* %lowEnd, align 8
  %619 = getelementptr i64, i64* %regs, i64 7
  store i64 %618, i64* %619, align 8
  %620 = load i64, i64* %highEnd, align 8
  %621 = getelementptr i64, i64* %regs, i64 8
  store i64 %620, i64* %621, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok117
  %622 = load i64, i64* %lowStart, align 8
  %623 = icmp uge i64 %609, %622
  %624 = load i64, i64* %lowEnd, align 8
  %625 = icmp ule i64 %610, %624
  %626 = and i1 %623, %625
  %627 = call i1 @llvm.expect.i1(i1 %626, i1 true)
  br i1 %627, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %628 = icmp ugt i64 %610, %arena_size
  br i1 %628, label %trap17.site0, label %ok118

write.ok:                                         ; preds = %ok118, %write.low, %ok117
  %629 = getelementptr i8, i8* %mem, i64 %609
  store i32 %608, i32* %unaligned119, align 4
  %630 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %629, i8* %630, i64 4, i1 false)
  %631 = load i32, i32* %args_out, align 4
  %632 = load i32, i32* %arg.1, align 4
  %633 = zext i32 %631 to i64
  %634 = add i64 %633, 8
  %635 = add i64 %634, 4
  %636 = icmp uge i64 %634, %scratch_start
  %637 = load i64, i64* %highEnd, align 8
  %638 = icmp ule i64 %635, %637
  %639 = and i1 %636, %638
  %640 = call i1 @llvm.expect.i1(i1 %639, i1 true)
  br i1 %640, label %write.ok122, label %write.low120

ok118:                                            ; preds = %write.slow
  %641 = icmp ult i64 %609, %scratch_start
  %642 = load i64, i64* %lowStart, align 8
  %643 = call i64 @llvm.umin.i64(i64 %642, i64 %609)
  %644 = load i64, i64* %lowEnd, align 8
  %645 = load i64, i64* %highEnd, align 8
  %646 = add i64 %610, 64
  %647 = sub i64 %610, %643
  %648 = lshr i64 %647, 4
  %649 = add i64 %646, %648
  %650 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %649)
  %651 = call i64 @llvm.umax.i64(i64 %644, i64 %650)
  %652 = select i1 %641, i64 %651, i64 %644
  store i64 %652, i64* %lowEnd, align 8
  %653 = add i64 %610, 64
  %654 = sub i64 %610, %scratch_start
  %655 = lshr i64 %654, 4
  %656 = add i64 %653, %655
  %657 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %656)
  %658 = call i64 @llvm.umax.i64(i64 %645, i64 %657)
  %659 = select i1 %641, i64 %645, i64 %658
  store i64 %659, i64* %highEnd, align 8
  store i64 %643, i64* %lowStart, align 8
  br label %write.ok

write.low120:                                     ; preds = %write.ok
  %660 = load i64, i64* %lowStart, align 8
  %661 = icmp uge i64 %634, %660
  %662 = load i64, i64* %lowEnd, align 8
  %663 = icmp ule i64 %635, %662
  %664 = and i1 %661, %663
  %665 = call i1 @llvm.expect.i1(i1 %664, i1 true)
  br i1 %665, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %666 = icmp ugt i64 %635, %arena_size
  br i1 %666, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %write.ok
  %667 = getelementptr i8, i8* %mem, i64 %634
  store i32 %632, i32* %unaligned124, align 4
  %668 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %667, i8* %668, i64 4, i1 false)
  %669 = load i32, i32* %args_out, align 4
  %670 = load i64, i64* %fuel, align 8
  %671 = getelementptr i64, i64* %regs, i64 0
  store i64 %670, i64* %671, align 8
  %672 = load i64, i64* %lowStart, align 8
  %673 = getelementptr i64, i64* %regs, i64 6
  store i64 %672, i64* %673, align 8
  %674 = load i64, i64* %lowEnd, align 8
  %675 = getelementptr i64, i64* %regs, i64 7
  store i64 %674, i64* %675, align 8
  %676 = load i64, i64* %highEnd, align 8
  %677 = getelementptr i64, i64* %regs, i64 8
  store i64 %676, i64* %677, align 8
  ret i32 %669

ok123:                                            ; preds = %write.slow121
  %678 = icmp ult i64 %634, %scratch_start
  %679 = load i64, i64* %lowStart, align 8
  %680 = call i64 @llvm.umin.i64(i64 %679, i64 %634)
  %681 = load i64, i64* %lowEnd, align 8
  %682 = load i64, i64* %highEnd, align 8
  %683 = add i64 %635, 64
  %684 = sub i64 %635, %680
  %685 = lshr i64 %684, 4
  %686 = add i64 %683, %685
  %687 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %686)
  %688 = call i64 @llvm.umax.i64(i64 %681, i64 %687)
  %689 = select i1 %678, i64 %688, i64 %681
  store i64 %689, i64* %lowEnd, align 8
  %690 = add i64 %635, 64
  %691 = sub i64 %635, %scratch_start
  %692 = lshr i64 %691, 4
  %693 = add i64 %690, %692
  %694 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %693)
  %695 = call i64 @llvm.umax.i64(i64 %682, i64 %694)
  %696 = select i1 %678, i64 %682, i64 %695
  store i64 %696, i64* %highEnd, align 8
  store i64 %680, i64* %lowStart, align 8
  br label %write.ok122
}

define internal i32 @m0.eq._Int__String_(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %b = alloca i32, align 4
  store i32 %b.arg, i32* %b, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %3 = ptrtoint i8* %stack_probe to i64
  %4 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %4, align 8
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %5 = load i64, i64* %fuel, align 8
  %6 = icmp ult i64 %5, 1
  br i1 %6, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %7 = sub i64 %5, 1
  store i64 %7, i64* %fuel, align 8
  %8 = load i32, i32* %a, align 4
  %9 = load i32, i32* %b, align 4
  %10 = icmp eq i32 %8, %9
  %11 = zext i1 %10 to i32
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %13 = load i64, i64* %fuel, align 8
  %14 = getelementptr i64, i64* %regs, i64 0
  store i64 %13, i64* %14, align 8
  ret i32 1

else:                                             ; preds = %ok
  br label %join

join:                                             ; preds = %else, %dead
  %15 = load i32, i32* %a, align 4
  %16 = zext i32 %15 to i64
  %17 = sub i64 %arena_size, 8
  %18 = icmp sgt i64 %16, %17
  br i1 %18, label %trap17.site0, label %ok1

dead:                                             ; No predecessors!
  br label %join

ok1:                                              ; preds = %join
  %19 = getelementptr i8, i8* %mem, i64 %16
  %20 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %20, i8* %19, i64 8, i1 false)
  %21 = load i64, i64* %unaligned, align 8
  %22 = load i32, i32* %b, align 4
  %23 = zext i32 %22 to i64
  %24 = sub i64 %arena_size, 8
  %25 = icmp sgt i64 %23, %24
  br i1 %25, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok8, %join6, %ok1, %join
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %26 = getelementptr i8, i8* %mem, i64 %23
  %27 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %27, i8* %26, i64 8, i1 false)
  %28 = load i64, i64* %unaligned3, align 8
  %29 = icmp eq i64 %21, %28
  %30 = zext i1 %29 to i32
  %31 = icmp eq i32 %30, 0
  %32 = zext i1 %31 to i32
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %then4, label %else5

then4:                                            ; preds = %ok2
  %34 = load i64, i64* %fuel, align 8
  %35 = getelementptr i64, i64* %regs, i64 0
  store i64 %34, i64* %35, align 8
  ret i32 0

else5:                                            ; preds = %ok2
  br label %join6

join6:                                            ; preds = %else5, %dead7
  %36 = load i32, i32* %a, align 4
  %37 = zext i32 %36 to i64
  %38 = sub i64 %arena_size, 12
  %39 = icmp sgt i64 %37, %38
  br i1 %39, label %trap17.site0, label %ok8

dead7:                                            ; No predecessors!
  br label %join6

ok8:                                              ; preds = %join6
  %40 = add i64 %37, 8
  %41 = getelementptr i8, i8* %mem, i64 %40
  %42 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %42, i8* %41, i64 4, i1 false)
  %43 = load i32, i32* %unaligned9, align 4
  %44 = load i32, i32* %b, align 4
  %45 = zext i32 %44 to i64
  %46 = sub i64 %arena_size, 12
  %47 = icmp sgt i64 %45, %46
  br i1 %47, label %trap17.site0, label %ok10

ok10:                                             ; preds = %ok8
  %48 = add i64 %45, 8
  %49 = getelementptr i8, i8* %mem, i64 %48
  %50 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %50, i8* %49, i64 4, i1 false)
  %51 = load i32, i32* %unaligned11, align 4
  %52 = icmp uge i32 %depth, 1000
  br i1 %52, label %trap15.site0, label %ok12

ok12:                                             ; preds = %ok10
  %53 = icmp ult i64 %3, %stack_limit
  br i1 %53, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok10
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok12
  %54 = load i64, i64* %fuel, align 8
  %55 = getelementptr i64, i64* %regs, i64 0
  store i64 %54, i64* %55, align 8
  %56 = add i32 %depth, 1
  %57 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %56, i32 %43, i32 %51)
  %58 = getelementptr i64, i64* %regs, i64 0
  %59 = load i64, i64* %58, align 8
  store i64 %59, i64* %fuel, align 8
  %60 = icmp eq i32 %57, 0
  %61 = zext i1 %60 to i32
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %then13, label %else14

trap253.site0:                                    ; preds = %ok12
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then13:                                           ; preds = %stack_ok
  %63 = load i64, i64* %fuel, align 8
  %64 = getelementptr i64, i64* %regs, i64 0
  store i64 %63, i64* %64, align 8
  ret i32 0

else14:                                           ; preds = %stack_ok
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %65 = load i64, i64* %fuel, align 8
  %66 = getelementptr i64, i64* %regs, i64 0
  store i64 %65, i64* %66, align 8
  ret i32 1

dead16:                                           ; No predecessors!
  br label %join15
}

define internal i32 @m0.eq._Int__Bool_(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %b = alloca i32, align 4
  store i32 %b.arg, i32* %b, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %a, align 4
  %7 = load i32, i32* %b, align 4
  %8 = icmp eq i32 %6, %7
  %9 = zext i1 %8 to i32
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %11 = load i64, i64* %fuel, align 8
  %12 = getelementptr i64, i64* %regs, i64 0
  store i64 %11, i64* %12, align 8
  ret i32 1

else:                                             ; preds = %ok
  br label %join

join:                                             ; preds = %else, %dead
  %13 = load i32, i32* %a, align 4
  %14 = zext i32 %13 to i64
  %15 = sub i64 %arena_size, 8
  %16 = icmp sgt i64 %14, %15
  br i1 %16, label %trap17.site0, label %ok1

dead:                                             ; No predecessors!
  br label %join

ok1:                                              ; preds = %join
  %17 = getelementptr i8, i8* %mem, i64 %14
  %18 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %18, i8* %17, i64 8, i1 false)
  %19 = load i64, i64* %unaligned, align 8
  %20 = load i32, i32* %b, align 4
  %21 = zext i32 %20 to i64
  %22 = sub i64 %arena_size, 8
  %23 = icmp sgt i64 %21, %22
  br i1 %23, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok8, %join6, %ok1, %join
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %24 = getelementptr i8, i8* %mem, i64 %21
  %25 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %25, i8* %24, i64 8, i1 false)
  %26 = load i64, i64* %unaligned3, align 8
  %27 = icmp eq i64 %19, %26
  %28 = zext i1 %27 to i32
  %29 = icmp eq i32 %28, 0
  %30 = zext i1 %29 to i32
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %then4, label %else5

then4:                                            ; preds = %ok2
  %32 = load i64, i64* %fuel, align 8
  %33 = getelementptr i64, i64* %regs, i64 0
  store i64 %32, i64* %33, align 8
  ret i32 0

else5:                                            ; preds = %ok2
  br label %join6

join6:                                            ; preds = %else5, %dead7
  %34 = load i32, i32* %a, align 4
  %35 = zext i32 %34 to i64
  %36 = sub i64 %arena_size, 9
  %37 = icmp sgt i64 %35, %36
  br i1 %37, label %trap17.site0, label %ok8

dead7:                                            ; No predecessors!
  br label %join6

ok8:                                              ; preds = %join6
  %38 = add i64 %35, 8
  %39 = getelementptr i8, i8* %mem, i64 %38
  %40 = load i8, i8* %39, align 1
  %41 = zext i8 %40 to i32
  %42 = load i32, i32* %b, align 4
  %43 = zext i32 %42 to i64
  %44 = sub i64 %arena_size, 9
  %45 = icmp sgt i64 %43, %44
  br i1 %45, label %trap17.site0, label %ok9

ok9:                                              ; preds = %ok8
  %46 = add i64 %43, 8
  %47 = getelementptr i8, i8* %mem, i64 %46
  %48 = load i8, i8* %47, align 1
  %49 = zext i8 %48 to i32
  %50 = icmp eq i32 %41, %49
  %51 = zext i1 %50 to i32
  %52 = icmp eq i32 %51, 0
  %53 = zext i1 %52 to i32
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %then10, label %else11

then10:                                           ; preds = %ok9
  %55 = load i64, i64* %fuel, align 8
  %56 = getelementptr i64, i64* %regs, i64 0
  store i64 %55, i64* %56, align 8
  ret i32 0

else11:                                           ; preds = %ok9
  br label %join12

join12:                                           ; preds = %else11, %dead13
  %57 = load i64, i64* %fuel, align 8
  %58 = getelementptr i64, i64* %regs, i64 0
  store i64 %57, i64* %58, align 8
  ret i32 1

dead13:                                           ; No predecessors!
  br label %join12
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
  %pair = alloca i32, align 4
  store i32 0, i32* %pair, align 4
  %flags = alloca i32, align 4
  store i32 0, i32* %flags, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %c = alloca i32, align 4
  store i32 0, i32* %c, align 4
  %c.1 = alloca i64, align 8
  store i64 0, i64* %c.1, align 8
  %obj = alloca i32, align 4
  store i32 0, i32* %obj, align 4
  %swapped = alloca i32, align 4
  store i32 0, i32* %swapped, align 4
  %c.2 = alloca i64, align 8
  store i64 0, i64* %c.2, align 8
  %obj.1 = alloca i32, align 4
  store i32 0, i32* %obj.1, align 4
  %single = alloca i32, align 4
  store i32 0, i32* %single, align 4
  %obj.2 = alloca i32, align 4
  store i32 0, i32* %obj.2, align 4
  %empty = alloca i32, align 4
  store i32 0, i32* %empty, align 4
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x = alloca i32, align 4
  store i32 0, i32* %x, align 4
  %t = alloca i32, align 4
  store i32 0, i32* %t, align 4
  %firsts = alloca i32, align 4
  store i32 0, i32* %firsts, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %t.1 = alloca i32, align 4
  store i32 0, i32* %t.1, align 4
  %on = alloca i32, align 4
  store i32 0, i32* %on, align 4
  %c.3 = alloca i64, align 8
  store i64 0, i64* %c.3, align 8
  %c.4 = alloca i32, align 4
  store i32 0, i32* %c.4, align 4
  %obj.3 = alloca i32, align 4
  store i32 0, i32* %obj.3, align 4
  %c.5 = alloca i64, align 8
  store i64 0, i64* %c.5, align 8
  %c.6 = alloca i32, align 4
  store i32 0, i32* %c.6, align 4
  %obj.4 = alloca i32, align 4
  store i32 0, i32* %obj.4, align 4
  %same = alloca i32, align 4
  store i32 0, i32* %same, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %c.7 = alloca i64, align 8
  store i64 0, i64* %c.7, align 8
  %c.8 = alloca i32, align 4
  store i32 0, i32* %c.8, align 4
  %obj.5 = alloca i32, align 4
  store i32 0, i32* %obj.5, align 4
  %needle = alloca i32, align 4
  store i32 0, i32* %needle, align 4
  %found = alloca i32, align 4
  store i32 0, i32* %found, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i32, align 4
  store i32 0, i32* %x.2, align 4
  %x.3 = alloca i32, align 4
  store i32 0, i32* %x.3, align 4
  %found.1 = alloca i32, align 4
  store i32 0, i32* %found.1, align 4
  %c.9 = alloca i64, align 8
  store i64 0, i64* %c.9, align 8
  %c.10 = alloca i32, align 4
  store i32 0, i32* %c.10, align 4
  %obj.6 = alloca i32, align 4
  store i32 0, i32* %obj.6, align 4
  %c.11 = alloca i32, align 4
  store i32 0, i32* %c.11, align 4
  %item = alloca i64, align 8
  store i64 0, i64* %item, align 8
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %c.12 = alloca i32, align 4
  store i32 0, i32* %c.12, align 4
  %obj.7 = alloca i32, align 4
  store i32 0, i32* %obj.7, align 4
  %nested = alloca i32, align 4
  store i32 0, i32* %nested, align 4
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
  %unaligned11 = alloca i64, align 8
  %unaligned14 = alloca i32, align 4
  %unaligned19 = alloca i64, align 8
  %unaligned24 = alloca i32, align 4
  %result25 = alloca i32, align 4
  %unaligned27 = alloca i64, align 8
  %unaligned33 = alloca i64, align 8
  %unaligned38 = alloca i32, align 4
  %result39 = alloca i32, align 4
  %unaligned45 = alloca i32, align 4
  %result46 = alloca i32, align 4
  %unaligned48 = alloca i32, align 4
  %unaligned51 = alloca i32, align 4
  %unaligned54 = alloca i32, align 4
  %unaligned56 = alloca i64, align 8
  %unaligned61 = alloca i64, align 8
  %unaligned67 = alloca i32, align 4
  %unaligned72 = alloca i32, align 4
  %result73 = alloca i32, align 4
  %unaligned75 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned86 = alloca i32, align 4
  %unaligned92 = alloca i64, align 8
  %unaligned97 = alloca i64, align 8
  %unaligned103 = alloca i32, align 4
  %unaligned108 = alloca i32, align 4
  %result109 = alloca i32, align 4
  %unaligned111 = alloca i64, align 8
  %unaligned117 = alloca i64, align 8
  %unaligned122 = alloca i32, align 4
  %result123 = alloca i32, align 4
  %unaligned129 = alloca i64, align 8
  %unaligned134 = alloca i32, align 4
  %result141 = alloca i32, align 4
  %result142 = alloca i32, align 4
  %unaligned148 = alloca i64, align 8
  %unaligned154 = alloca i32, align 4
  %unaligned158 = alloca i32, align 4
  %result170 = alloca i32, align 4
  %result171 = alloca i32, align 4
  %unaligned173 = alloca i64, align 8
  %unaligned175 = alloca i32, align 4
  %unaligned181 = alloca i64, align 8
  %unaligned186 = alloca i32, align 4
  %result187 = alloca i32, align 4
  %unaligned189 = alloca i64, align 8
  %unaligned200 = alloca i64, align 8
  %unaligned205 = alloca i32, align 4
  %unaligned211 = alloca i32, align 4
  %unaligned216 = alloca i32, align 4
  %unaligned221 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each38, %each19, %each13, %body
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

trap253.site0:                                    ; preds = %ok222, %ok159, %ok135, %ok1
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
  store i32 %61, i32* %pair, align 4
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 12
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow218, %write.slow213, %write.slow208, %write.slow202, %write.slow197, %write.slow183, %write.slow178, %write.slow167, %cont156, %e34, %write.slow150, %write.slow145, %write.slow138, %write.slow131, %write.slow126, %write.slow119, %write.slow114, %write.slow105, %write.slow100, %write.slow94, %cont84, %ok80, %write.ok70, %write.slow69, %write.slow64, %write.slow58, %cont, %ok49, %write.ok43, %write.slow42, %write.slow35, %write.slow30, %write.slow21, %write.slow16, %write.slow, %ok2, %stack_ok
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
  store i32 %75, i32* %flags, align 4
  %76 = getelementptr i64, i64* %regs, i64 1
  %77 = getelementptr i64, i64* %regs, i64 2
  %78 = load i64, i64* %76, align 8
  %79 = add i64 %78, 7
  %80 = and i64 %79, -8
  %81 = add i64 %80, 28
  %82 = load i64, i64* %77, align 8
  %83 = icmp ugt i64 %81, %82
  br i1 %83, label %trap15.site4, label %ok6

e0:                                               ; preds = %write.ok219
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
  br i1 %91, label %trap15.site0, label %ok222

ok6:                                              ; preds = %ok3
  store i64 %81, i64* %76, align 8
  %92 = load i64, i64* %highEnd, align 8
  %93 = call i64 @llvm.umax.i64(i64 %92, i64 %81)
  store i64 %93, i64* %highEnd, align 8
  %94 = trunc i64 %80 to i32
  store i32 %94, i32* %dict, align 4
  %95 = load i32, i32* %pair, align 4
  %96 = zext i32 %95 to i64
  %97 = sub i64 %arena_size, 12
  %98 = icmp sgt i64 %96, %97
  br i1 %98, label %trap17.site5, label %ok8

trap15.site4:                                     ; preds = %then228, %ok3
  %99 = load i64, i64* %lowStart, align 8
  %100 = getelementptr i64, i64* %regs, i64 6
  store i64 %99, i64* %100, align 8
  %101 = load i64, i64* %lowEnd, align 8
  %102 = getelementptr i64, i64* %regs, i64 7
  store i64 %101, i64* %102, align 8
  %103 = load i64, i64* %highEnd, align 8
  %104 = getelementptr i64, i64* %regs, i64 8
  store i64 %103, i64* %104, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

e1:                                               ; preds = %write.ok17
  %105 = load i32, i32* %result7, align 4
  store i32 %105, i32* %swapped, align 4
  %106 = load i32, i32* %dict, align 4
  %107 = load i32, i32* %swapped, align 4
  %108 = zext i32 %106 to i64
  %109 = add i64 %108, 4
  %110 = icmp uge i64 %108, %scratch_start
  %111 = load i64, i64* %highEnd, align 8
  %112 = icmp ule i64 %109, %111
  %113 = and i1 %110, %112
  %114 = call i1 @llvm.expect.i1(i1 %113, i1 true)
  br i1 %114, label %write.ok22, label %write.low20

ok8:                                              ; preds = %ok6
  %115 = add i64 %96, 8
  %116 = getelementptr i8, i8* %mem, i64 %115
  %117 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %117, i8* %116, i64 4, i1 false)
  %118 = load i32, i32* %unaligned9, align 4
  store i32 %118, i32* %c, align 4
  %119 = load i32, i32* %pair, align 4
  %120 = zext i32 %119 to i64
  %121 = sub i64 %arena_size, 8
  %122 = icmp sgt i64 %120, %121
  br i1 %122, label %trap17.site6, label %ok10

trap17.site5:                                     ; preds = %ok6
  %123 = load i64, i64* %lowStart, align 8
  %124 = getelementptr i64, i64* %regs, i64 6
  store i64 %123, i64* %124, align 8
  %125 = load i64, i64* %lowEnd, align 8
  %126 = getelementptr i64, i64* %regs, i64 7
  store i64 %125, i64* %126, align 8
  %127 = load i64, i64* %highEnd, align 8
  %128 = getelementptr i64, i64* %regs, i64 8
  store i64 %127, i64* %128, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

ok10:                                             ; preds = %ok8
  %129 = getelementptr i8, i8* %mem, i64 %120
  %130 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %130, i8* %129, i64 8, i1 false)
  %131 = load i64, i64* %unaligned11, align 8
  store i64 %131, i64* %c.1, align 8
  %132 = getelementptr i64, i64* %regs, i64 1
  %133 = getelementptr i64, i64* %regs, i64 2
  %134 = load i64, i64* %132, align 8
  %135 = add i64 %134, 7
  %136 = and i64 %135, -8
  %137 = add i64 %136, 16
  %138 = load i64, i64* %133, align 8
  %139 = icmp ugt i64 %137, %138
  br i1 %139, label %trap15.site7, label %ok12

trap17.site6:                                     ; preds = %ok8
  %140 = load i64, i64* %lowStart, align 8
  %141 = getelementptr i64, i64* %regs, i64 6
  store i64 %140, i64* %141, align 8
  %142 = load i64, i64* %lowEnd, align 8
  %143 = getelementptr i64, i64* %regs, i64 7
  store i64 %142, i64* %143, align 8
  %144 = load i64, i64* %highEnd, align 8
  %145 = getelementptr i64, i64* %regs, i64 8
  store i64 %144, i64* %145, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 6)
  unreachable

ok12:                                             ; preds = %ok10
  store i64 %137, i64* %132, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = call i64 @llvm.umax.i64(i64 %146, i64 %137)
  store i64 %147, i64* %highEnd, align 8
  %148 = trunc i64 %136 to i32
  store i32 %148, i32* %obj, align 4
  %149 = load i32, i32* %obj, align 4
  %150 = load i32, i32* %c, align 4
  %151 = zext i32 %149 to i64
  %152 = add i64 %151, 4
  %153 = icmp uge i64 %151, %scratch_start
  %154 = load i64, i64* %highEnd, align 8
  %155 = icmp ule i64 %152, %154
  %156 = and i1 %153, %155
  %157 = call i1 @llvm.expect.i1(i1 %156, i1 true)
  br i1 %157, label %write.ok, label %write.low

trap15.site7:                                     ; preds = %ok10
  %158 = load i64, i64* %lowStart, align 8
  %159 = getelementptr i64, i64* %regs, i64 6
  store i64 %158, i64* %159, align 8
  %160 = load i64, i64* %lowEnd, align 8
  %161 = getelementptr i64, i64* %regs, i64 7
  store i64 %160, i64* %161, align 8
  %162 = load i64, i64* %highEnd, align 8
  %163 = getelementptr i64, i64* %regs, i64 8
  store i64 %162, i64* %163, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

write.low:                                        ; preds = %ok12
  %164 = load i64, i64* %lowStart, align 8
  %165 = icmp uge i64 %151, %164
  %166 = load i64, i64* %lowEnd, align 8
  %167 = icmp ule i64 %152, %166
  %168 = and i1 %165, %167
  %169 = call i1 @llvm.expect.i1(i1 %168, i1 true)
  br i1 %169, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %170 = icmp ugt i64 %152, %arena_size
  br i1 %170, label %trap17.site0, label %ok13

write.ok:                                         ; preds = %ok13, %write.low, %ok12
  %171 = getelementptr i8, i8* %mem, i64 %151
  store i32 %150, i32* %unaligned14, align 4
  %172 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %171, i8* %172, i64 4, i1 false)
  %173 = load i32, i32* %obj, align 4
  %174 = load i64, i64* %c.1, align 8
  %175 = zext i32 %173 to i64
  %176 = add i64 %175, 8
  %177 = add i64 %176, 8
  %178 = icmp uge i64 %176, %scratch_start
  %179 = load i64, i64* %highEnd, align 8
  %180 = icmp ule i64 %177, %179
  %181 = and i1 %178, %180
  %182 = call i1 @llvm.expect.i1(i1 %181, i1 true)
  br i1 %182, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow
  %183 = icmp ult i64 %151, %scratch_start
  %184 = load i64, i64* %lowStart, align 8
  %185 = call i64 @llvm.umin.i64(i64 %184, i64 %151)
  %186 = load i64, i64* %lowEnd, align 8
  %187 = load i64, i64* %highEnd, align 8
  %188 = add i64 %152, 64
  %189 = sub i64 %152, %185
  %190 = lshr i64 %189, 4
  %191 = add i64 %188, %190
  %192 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %191)
  %193 = call i64 @llvm.umax.i64(i64 %186, i64 %192)
  %194 = select i1 %183, i64 %193, i64 %186
  store i64 %194, i64* %lowEnd, align 8
  %195 = add i64 %152, 64
  %196 = sub i64 %152, %scratch_start
  %197 = lshr i64 %196, 4
  %198 = add i64 %195, %197
  %199 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %198)
  %200 = call i64 @llvm.umax.i64(i64 %187, i64 %199)
  %201 = select i1 %183, i64 %187, i64 %200
  store i64 %201, i64* %highEnd, align 8
  store i64 %185, i64* %lowStart, align 8
  br label %write.ok

write.low15:                                      ; preds = %write.ok
  %202 = load i64, i64* %lowStart, align 8
  %203 = icmp uge i64 %176, %202
  %204 = load i64, i64* %lowEnd, align 8
  %205 = icmp ule i64 %177, %204
  %206 = and i1 %203, %205
  %207 = call i1 @llvm.expect.i1(i1 %206, i1 true)
  br i1 %207, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %208 = icmp ugt i64 %177, %arena_size
  br i1 %208, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok
  %209 = getelementptr i8, i8* %mem, i64 %176
  store i64 %174, i64* %unaligned19, align 8
  %210 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %209, i8* %210, i64 8, i1 false)
  %211 = load i32, i32* %obj, align 4
  store i32 %211, i32* %result7, align 4
  br label %e1

ok18:                                             ; preds = %write.slow16
  %212 = icmp ult i64 %176, %scratch_start
  %213 = load i64, i64* %lowStart, align 8
  %214 = call i64 @llvm.umin.i64(i64 %213, i64 %176)
  %215 = load i64, i64* %lowEnd, align 8
  %216 = load i64, i64* %highEnd, align 8
  %217 = add i64 %177, 64
  %218 = sub i64 %177, %214
  %219 = lshr i64 %218, 4
  %220 = add i64 %217, %219
  %221 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %220)
  %222 = call i64 @llvm.umax.i64(i64 %215, i64 %221)
  %223 = select i1 %212, i64 %222, i64 %215
  store i64 %223, i64* %lowEnd, align 8
  %224 = add i64 %177, 64
  %225 = sub i64 %177, %scratch_start
  %226 = lshr i64 %225, 4
  %227 = add i64 %224, %226
  %228 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %227)
  %229 = call i64 @llvm.umax.i64(i64 %216, i64 %228)
  %230 = select i1 %212, i64 %216, i64 %229
  store i64 %230, i64* %highEnd, align 8
  store i64 %214, i64* %lowStart, align 8
  br label %write.ok17

write.low20:                                      ; preds = %e1
  %231 = load i64, i64* %lowStart, align 8
  %232 = icmp uge i64 %108, %231
  %233 = load i64, i64* %lowEnd, align 8
  %234 = icmp ule i64 %109, %233
  %235 = and i1 %232, %234
  %236 = call i1 @llvm.expect.i1(i1 %235, i1 true)
  br i1 %236, label %write.ok22, label %write.slow21

write.slow21:                                     ; preds = %write.low20
  %237 = icmp ugt i64 %109, %arena_size
  br i1 %237, label %trap17.site0, label %ok23

write.ok22:                                       ; preds = %ok23, %write.low20, %e1
  %238 = getelementptr i8, i8* %mem, i64 %108
  store i32 %107, i32* %unaligned24, align 4
  %239 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %238, i8* %239, i64 4, i1 false)
  %240 = load i32, i32* %pair, align 4
  %241 = zext i32 %240 to i64
  %242 = sub i64 %arena_size, 8
  %243 = icmp sgt i64 %241, %242
  br i1 %243, label %trap17.site8, label %ok26

ok23:                                             ; preds = %write.slow21
  %244 = icmp ult i64 %108, %scratch_start
  %245 = load i64, i64* %lowStart, align 8
  %246 = call i64 @llvm.umin.i64(i64 %245, i64 %108)
  %247 = load i64, i64* %lowEnd, align 8
  %248 = load i64, i64* %highEnd, align 8
  %249 = add i64 %109, 64
  %250 = sub i64 %109, %246
  %251 = lshr i64 %250, 4
  %252 = add i64 %249, %251
  %253 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %252)
  %254 = call i64 @llvm.umax.i64(i64 %247, i64 %253)
  %255 = select i1 %244, i64 %254, i64 %247
  store i64 %255, i64* %lowEnd, align 8
  %256 = add i64 %109, 64
  %257 = sub i64 %109, %scratch_start
  %258 = lshr i64 %257, 4
  %259 = add i64 %256, %258
  %260 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %259)
  %261 = call i64 @llvm.umax.i64(i64 %248, i64 %260)
  %262 = select i1 %244, i64 %248, i64 %261
  store i64 %262, i64* %highEnd, align 8
  store i64 %246, i64* %lowStart, align 8
  br label %write.ok22

e6:                                               ; preds = %write.ok31
  %263 = load i32, i32* %result25, align 4
  store i32 %263, i32* %single, align 4
  %264 = load i32, i32* %dict, align 4
  %265 = load i32, i32* %single, align 4
  %266 = zext i32 %264 to i64
  %267 = add i64 %266, 4
  %268 = add i64 %267, 4
  %269 = icmp uge i64 %267, %scratch_start
  %270 = load i64, i64* %highEnd, align 8
  %271 = icmp ule i64 %268, %270
  %272 = and i1 %269, %271
  %273 = call i1 @llvm.expect.i1(i1 %272, i1 true)
  br i1 %273, label %write.ok36, label %write.low34

ok26:                                             ; preds = %write.ok22
  %274 = getelementptr i8, i8* %mem, i64 %241
  %275 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %275, i8* %274, i64 8, i1 false)
  %276 = load i64, i64* %unaligned27, align 8
  store i64 %276, i64* %c.2, align 8
  %277 = getelementptr i64, i64* %regs, i64 1
  %278 = getelementptr i64, i64* %regs, i64 2
  %279 = load i64, i64* %277, align 8
  %280 = add i64 %279, 7
  %281 = and i64 %280, -8
  %282 = add i64 %281, 8
  %283 = load i64, i64* %278, align 8
  %284 = icmp ugt i64 %282, %283
  br i1 %284, label %trap15.site9, label %ok28

trap17.site8:                                     ; preds = %write.ok22
  %285 = load i64, i64* %lowStart, align 8
  %286 = getelementptr i64, i64* %regs, i64 6
  store i64 %285, i64* %286, align 8
  %287 = load i64, i64* %lowEnd, align 8
  %288 = getelementptr i64, i64* %regs, i64 7
  store i64 %287, i64* %288, align 8
  %289 = load i64, i64* %highEnd, align 8
  %290 = getelementptr i64, i64* %regs, i64 8
  store i64 %289, i64* %290, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 8)
  unreachable

ok28:                                             ; preds = %ok26
  store i64 %282, i64* %277, align 8
  %291 = load i64, i64* %highEnd, align 8
  %292 = call i64 @llvm.umax.i64(i64 %291, i64 %282)
  store i64 %292, i64* %highEnd, align 8
  %293 = trunc i64 %281 to i32
  store i32 %293, i32* %obj.1, align 4
  %294 = load i32, i32* %obj.1, align 4
  %295 = load i64, i64* %c.2, align 8
  %296 = zext i32 %294 to i64
  %297 = add i64 %296, 8
  %298 = icmp uge i64 %296, %scratch_start
  %299 = load i64, i64* %highEnd, align 8
  %300 = icmp ule i64 %297, %299
  %301 = and i1 %298, %300
  %302 = call i1 @llvm.expect.i1(i1 %301, i1 true)
  br i1 %302, label %write.ok31, label %write.low29

trap15.site9:                                     ; preds = %ok26
  %303 = load i64, i64* %lowStart, align 8
  %304 = getelementptr i64, i64* %regs, i64 6
  store i64 %303, i64* %304, align 8
  %305 = load i64, i64* %lowEnd, align 8
  %306 = getelementptr i64, i64* %regs, i64 7
  store i64 %305, i64* %306, align 8
  %307 = load i64, i64* %highEnd, align 8
  %308 = getelementptr i64, i64* %regs, i64 8
  store i64 %307, i64* %308, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

write.low29:                                      ; preds = %ok28
  %309 = load i64, i64* %lowStart, align 8
  %310 = icmp uge i64 %296, %309
  %311 = load i64, i64* %lowEnd, align 8
  %312 = icmp ule i64 %297, %311
  %313 = and i1 %310, %312
  %314 = call i1 @llvm.expect.i1(i1 %313, i1 true)
  br i1 %314, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %315 = icmp ugt i64 %297, %arena_size
  br i1 %315, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %ok28
  %316 = getelementptr i8, i8* %mem, i64 %296
  store i64 %295, i64* %unaligned33, align 8
  %317 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %316, i8* %317, i64 8, i1 false)
  %318 = load i32, i32* %obj.1, align 4
  store i32 %318, i32* %result25, align 4
  br label %e6

ok32:                                             ; preds = %write.slow30
  %319 = icmp ult i64 %296, %scratch_start
  %320 = load i64, i64* %lowStart, align 8
  %321 = call i64 @llvm.umin.i64(i64 %320, i64 %296)
  %322 = load i64, i64* %lowEnd, align 8
  %323 = load i64, i64* %highEnd, align 8
  %324 = add i64 %297, 64
  %325 = sub i64 %297, %321
  %326 = lshr i64 %325, 4
  %327 = add i64 %324, %326
  %328 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %327)
  %329 = call i64 @llvm.umax.i64(i64 %322, i64 %328)
  %330 = select i1 %319, i64 %329, i64 %322
  store i64 %330, i64* %lowEnd, align 8
  %331 = add i64 %297, 64
  %332 = sub i64 %297, %scratch_start
  %333 = lshr i64 %332, 4
  %334 = add i64 %331, %333
  %335 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %334)
  %336 = call i64 @llvm.umax.i64(i64 %323, i64 %335)
  %337 = select i1 %319, i64 %323, i64 %336
  store i64 %337, i64* %highEnd, align 8
  store i64 %321, i64* %lowStart, align 8
  br label %write.ok31

write.low34:                                      ; preds = %e6
  %338 = load i64, i64* %lowStart, align 8
  %339 = icmp uge i64 %267, %338
  %340 = load i64, i64* %lowEnd, align 8
  %341 = icmp ule i64 %268, %340
  %342 = and i1 %339, %341
  %343 = call i1 @llvm.expect.i1(i1 %342, i1 true)
  br i1 %343, label %write.ok36, label %write.slow35

write.slow35:                                     ; preds = %write.low34
  %344 = icmp ugt i64 %268, %arena_size
  br i1 %344, label %trap17.site0, label %ok37

write.ok36:                                       ; preds = %ok37, %write.low34, %e6
  %345 = getelementptr i8, i8* %mem, i64 %267
  store i32 %265, i32* %unaligned38, align 4
  %346 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %345, i8* %346, i64 4, i1 false)
  %347 = getelementptr i64, i64* %regs, i64 1
  %348 = getelementptr i64, i64* %regs, i64 2
  %349 = load i64, i64* %347, align 8
  %350 = add i64 %349, 3
  %351 = and i64 %350, -4
  %352 = add i64 %351, 0
  %353 = load i64, i64* %348, align 8
  %354 = icmp ugt i64 %352, %353
  br i1 %354, label %trap15.site10, label %ok40

ok37:                                             ; preds = %write.slow35
  %355 = icmp ult i64 %267, %scratch_start
  %356 = load i64, i64* %lowStart, align 8
  %357 = call i64 @llvm.umin.i64(i64 %356, i64 %267)
  %358 = load i64, i64* %lowEnd, align 8
  %359 = load i64, i64* %highEnd, align 8
  %360 = add i64 %268, 64
  %361 = sub i64 %268, %357
  %362 = lshr i64 %361, 4
  %363 = add i64 %360, %362
  %364 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %363)
  %365 = call i64 @llvm.umax.i64(i64 %358, i64 %364)
  %366 = select i1 %355, i64 %365, i64 %358
  store i64 %366, i64* %lowEnd, align 8
  %367 = add i64 %268, 64
  %368 = sub i64 %268, %scratch_start
  %369 = lshr i64 %368, 4
  %370 = add i64 %367, %369
  %371 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %370)
  %372 = call i64 @llvm.umax.i64(i64 %359, i64 %371)
  %373 = select i1 %355, i64 %359, i64 %372
  store i64 %373, i64* %highEnd, align 8
  store i64 %357, i64* %lowStart, align 8
  br label %write.ok36

e9:                                               ; preds = %ok40
  %374 = load i32, i32* %result39, align 4
  store i32 %374, i32* %empty, align 4
  %375 = load i32, i32* %dict, align 4
  %376 = load i32, i32* %empty, align 4
  %377 = zext i32 %375 to i64
  %378 = add i64 %377, 8
  %379 = add i64 %378, 4
  %380 = icmp uge i64 %378, %scratch_start
  %381 = load i64, i64* %highEnd, align 8
  %382 = icmp ule i64 %379, %381
  %383 = and i1 %380, %382
  %384 = call i1 @llvm.expect.i1(i1 %383, i1 true)
  br i1 %384, label %write.ok43, label %write.low41

ok40:                                             ; preds = %write.ok36
  store i64 %352, i64* %347, align 8
  %385 = load i64, i64* %highEnd, align 8
  %386 = call i64 @llvm.umax.i64(i64 %385, i64 %352)
  store i64 %386, i64* %highEnd, align 8
  %387 = trunc i64 %351 to i32
  store i32 %387, i32* %obj.2, align 4
  %388 = load i32, i32* %obj.2, align 4
  store i32 %388, i32* %result39, align 4
  br label %e9

trap15.site10:                                    ; preds = %write.ok36
  %389 = load i64, i64* %lowStart, align 8
  %390 = getelementptr i64, i64* %regs, i64 6
  store i64 %389, i64* %390, align 8
  %391 = load i64, i64* %lowEnd, align 8
  %392 = getelementptr i64, i64* %regs, i64 7
  store i64 %391, i64* %392, align 8
  %393 = load i64, i64* %highEnd, align 8
  %394 = getelementptr i64, i64* %regs, i64 8
  store i64 %393, i64* %394, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

write.low41:                                      ; preds = %e9
  %395 = load i64, i64* %lowStart, align 8
  %396 = icmp uge i64 %378, %395
  %397 = load i64, i64* %lowEnd, align 8
  %398 = icmp ule i64 %379, %397
  %399 = and i1 %396, %398
  %400 = call i1 @llvm.expect.i1(i1 %399, i1 true)
  br i1 %400, label %write.ok43, label %write.slow42

write.slow42:                                     ; preds = %write.low41
  %401 = icmp ugt i64 %379, %arena_size
  br i1 %401, label %trap17.site0, label %ok44

write.ok43:                                       ; preds = %ok44, %write.low41, %e9
  %402 = getelementptr i8, i8* %mem, i64 %378
  store i32 %376, i32* %unaligned45, align 4
  %403 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %402, i8* %403, i64 4, i1 false)
  %404 = load i32, i32* %flags, align 4
  store i32 %404, i32* %xs, align 4
  %405 = load i32, i32* %xs, align 4
  %406 = zext i32 %405 to i64
  %407 = sub i64 %arena_size, 4
  %408 = icmp sgt i64 %406, %407
  br i1 %408, label %trap17.site0, label %ok47

ok44:                                             ; preds = %write.slow42
  %409 = icmp ult i64 %378, %scratch_start
  %410 = load i64, i64* %lowStart, align 8
  %411 = call i64 @llvm.umin.i64(i64 %410, i64 %378)
  %412 = load i64, i64* %lowEnd, align 8
  %413 = load i64, i64* %highEnd, align 8
  %414 = add i64 %379, 64
  %415 = sub i64 %379, %411
  %416 = lshr i64 %415, 4
  %417 = add i64 %414, %416
  %418 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %417)
  %419 = call i64 @llvm.umax.i64(i64 %412, i64 %418)
  %420 = select i1 %409, i64 %419, i64 %412
  store i64 %420, i64* %lowEnd, align 8
  %421 = add i64 %379, 64
  %422 = sub i64 %379, %scratch_start
  %423 = lshr i64 %422, 4
  %424 = add i64 %421, %423
  %425 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %424)
  %426 = call i64 @llvm.umax.i64(i64 %413, i64 %425)
  %427 = select i1 %409, i64 %413, i64 %426
  store i64 %427, i64* %highEnd, align 8
  store i64 %411, i64* %lowStart, align 8
  br label %write.ok43

e10:                                              ; preds = %write.ok65
  %428 = load i32, i32* %result46, align 4
  store i32 %428, i32* %firsts, align 4
  %429 = load i32, i32* %dict, align 4
  %430 = load i32, i32* %firsts, align 4
  %431 = zext i32 %429 to i64
  %432 = add i64 %431, 12
  %433 = add i64 %432, 4
  %434 = icmp uge i64 %432, %scratch_start
  %435 = load i64, i64* %highEnd, align 8
  %436 = icmp ule i64 %433, %435
  %437 = and i1 %434, %436
  %438 = call i1 @llvm.expect.i1(i1 %437, i1 true)
  br i1 %438, label %write.ok70, label %write.low68

ok47:                                             ; preds = %write.ok43
  %439 = getelementptr i8, i8* %mem, i64 %406
  %440 = bitcast i32* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %440, i8* %439, i64 4, i1 false)
  %441 = load i32, i32* %unaligned48, align 4
  %442 = zext i32 %441 to i64
  %443 = mul i64 %442, 8
  %444 = add i64 8, %443
  store i64 %444, i64* %size, align 8
  %445 = load i64, i64* %size, align 8
  %446 = icmp ugt i64 %445, 2147483647
  %447 = zext i1 %446 to i32
  %448 = icmp ne i32 %447, 0
  br i1 %448, label %then, label %else

then:                                             ; preds = %ok47
  br label %trap15.site11

else:                                             ; preds = %ok47
  br label %join

join:                                             ; preds = %else, %dead
  %449 = load i64, i64* %size, align 8
  %450 = trunc i64 %449 to i32
  %451 = zext i32 %450 to i64
  %452 = getelementptr i64, i64* %regs, i64 1
  %453 = getelementptr i64, i64* %regs, i64 2
  %454 = load i64, i64* %452, align 8
  %455 = add i64 %454, 7
  %456 = and i64 %455, -8
  %457 = add i64 %456, %451
  %458 = load i64, i64* %453, align 8
  %459 = icmp ugt i64 %457, %458
  br i1 %459, label %trap15.site11, label %ok49

trap15.site11:                                    ; preds = %join, %then
  %460 = load i64, i64* %lowStart, align 8
  %461 = getelementptr i64, i64* %regs, i64 6
  store i64 %460, i64* %461, align 8
  %462 = load i64, i64* %lowEnd, align 8
  %463 = getelementptr i64, i64* %regs, i64 7
  store i64 %462, i64* %463, align 8
  %464 = load i64, i64* %highEnd, align 8
  %465 = getelementptr i64, i64* %regs, i64 8
  store i64 %464, i64* %465, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok49:                                             ; preds = %join
  store i64 %457, i64* %452, align 8
  %466 = load i64, i64* %highEnd, align 8
  %467 = call i64 @llvm.umax.i64(i64 %466, i64 %457)
  store i64 %467, i64* %highEnd, align 8
  %468 = trunc i64 %456 to i32
  store i32 %468, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %469 = load i32, i32* %xs, align 4
  %470 = zext i32 %469 to i64
  %471 = sub i64 %arena_size, 4
  %472 = icmp sgt i64 %470, %471
  br i1 %472, label %trap17.site0, label %ok50

ok50:                                             ; preds = %ok49
  %473 = getelementptr i8, i8* %mem, i64 %470
  %474 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %474, i8* %473, i64 4, i1 false)
  %475 = load i32, i32* %unaligned51, align 4
  store i32 %475, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each13

block12:                                          ; preds = %dead62, %ok52
  %476 = load i32, i32* %list, align 4
  %477 = load i32, i32* %len, align 4
  %478 = zext i32 %476 to i64
  %479 = add i64 %478, 4
  %480 = icmp uge i64 %478, %scratch_start
  %481 = load i64, i64* %highEnd, align 8
  %482 = icmp ule i64 %479, %481
  %483 = and i1 %480, %482
  %484 = call i1 @llvm.expect.i1(i1 %483, i1 true)
  br i1 %484, label %write.ok65, label %write.low63

each13:                                           ; preds = %write.ok59, %ok50
  %485 = load i64, i64* %fuel, align 8
  %486 = icmp ult i64 %485, 1
  br i1 %486, label %trap14.site0, label %ok52

ok52:                                             ; preds = %each13
  %487 = sub i64 %485, 1
  store i64 %487, i64* %fuel, align 8
  %488 = load i32, i32* %k, align 4
  %489 = load i32, i32* %n, align 4
  %490 = icmp uge i32 %488, %489
  %491 = zext i1 %490 to i32
  %492 = icmp ne i32 %491, 0
  br i1 %492, label %block12, label %cont

cont:                                             ; preds = %ok52
  %493 = load i32, i32* %xs, align 4
  %494 = load i32, i32* %k, align 4
  %495 = mul i32 %494, 4
  %496 = add i32 %493, %495
  %497 = zext i32 %496 to i64
  %498 = sub i64 %arena_size, 8
  %499 = icmp sgt i64 %497, %498
  br i1 %499, label %trap17.site0, label %ok53

ok53:                                             ; preds = %cont
  %500 = add i64 %497, 4
  %501 = getelementptr i8, i8* %mem, i64 %500
  %502 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %502, i8* %501, i64 4, i1 false)
  %503 = load i32, i32* %unaligned54, align 4
  store i32 %503, i32* %x, align 4
  %504 = load i32, i32* %x, align 4
  store i32 %504, i32* %t, align 4
  %505 = load i32, i32* %list, align 4
  %506 = load i32, i32* %len, align 4
  %507 = mul i32 %506, 8
  %508 = add i32 %505, %507
  %509 = load i32, i32* %t, align 4
  %510 = zext i32 %509 to i64
  %511 = sub i64 %arena_size, 8
  %512 = icmp sgt i64 %510, %511
  br i1 %512, label %trap17.site12, label %ok55

ok55:                                             ; preds = %ok53
  %513 = getelementptr i8, i8* %mem, i64 %510
  %514 = bitcast i64* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %514, i8* %513, i64 8, i1 false)
  %515 = load i64, i64* %unaligned56, align 8
  %516 = zext i32 %508 to i64
  %517 = add i64 %516, 8
  %518 = add i64 %517, 8
  %519 = icmp uge i64 %517, %scratch_start
  %520 = load i64, i64* %highEnd, align 8
  %521 = icmp ule i64 %518, %520
  %522 = and i1 %519, %521
  %523 = call i1 @llvm.expect.i1(i1 %522, i1 true)
  br i1 %523, label %write.ok59, label %write.low57

trap17.site12:                                    ; preds = %ok53
  %524 = load i64, i64* %lowStart, align 8
  %525 = getelementptr i64, i64* %regs, i64 6
  store i64 %524, i64* %525, align 8
  %526 = load i64, i64* %lowEnd, align 8
  %527 = getelementptr i64, i64* %regs, i64 7
  store i64 %526, i64* %527, align 8
  %528 = load i64, i64* %highEnd, align 8
  %529 = getelementptr i64, i64* %regs, i64 8
  store i64 %528, i64* %529, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

write.low57:                                      ; preds = %ok55
  %530 = load i64, i64* %lowStart, align 8
  %531 = icmp uge i64 %517, %530
  %532 = load i64, i64* %lowEnd, align 8
  %533 = icmp ule i64 %518, %532
  %534 = and i1 %531, %533
  %535 = call i1 @llvm.expect.i1(i1 %534, i1 true)
  br i1 %535, label %write.ok59, label %write.slow58

write.slow58:                                     ; preds = %write.low57
  %536 = icmp ugt i64 %518, %arena_size
  br i1 %536, label %trap17.site0, label %ok60

write.ok59:                                       ; preds = %ok60, %write.low57, %ok55
  %537 = getelementptr i8, i8* %mem, i64 %517
  store i64 %515, i64* %unaligned61, align 8
  %538 = bitcast i64* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %537, i8* %538, i64 8, i1 false)
  %539 = load i32, i32* %len, align 4
  %540 = add i32 %539, 1
  store i32 %540, i32* %len, align 4
  %541 = load i32, i32* %k, align 4
  %542 = add i32 %541, 1
  store i32 %542, i32* %k, align 4
  br label %each13

ok60:                                             ; preds = %write.slow58
  %543 = icmp ult i64 %517, %scratch_start
  %544 = load i64, i64* %lowStart, align 8
  %545 = call i64 @llvm.umin.i64(i64 %544, i64 %517)
  %546 = load i64, i64* %lowEnd, align 8
  %547 = load i64, i64* %highEnd, align 8
  %548 = add i64 %518, 64
  %549 = sub i64 %518, %545
  %550 = lshr i64 %549, 4
  %551 = add i64 %548, %550
  %552 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %551)
  %553 = call i64 @llvm.umax.i64(i64 %546, i64 %552)
  %554 = select i1 %543, i64 %553, i64 %546
  store i64 %554, i64* %lowEnd, align 8
  %555 = add i64 %518, 64
  %556 = sub i64 %518, %scratch_start
  %557 = lshr i64 %556, 4
  %558 = add i64 %555, %557
  %559 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %558)
  %560 = call i64 @llvm.umax.i64(i64 %547, i64 %559)
  %561 = select i1 %543, i64 %547, i64 %560
  store i64 %561, i64* %highEnd, align 8
  store i64 %545, i64* %lowStart, align 8
  br label %write.ok59

dead62:                                           ; No predecessors!
  br label %block12

write.low63:                                      ; preds = %block12
  %562 = load i64, i64* %lowStart, align 8
  %563 = icmp uge i64 %478, %562
  %564 = load i64, i64* %lowEnd, align 8
  %565 = icmp ule i64 %479, %564
  %566 = and i1 %563, %565
  %567 = call i1 @llvm.expect.i1(i1 %566, i1 true)
  br i1 %567, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %568 = icmp ugt i64 %479, %arena_size
  br i1 %568, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %block12
  %569 = getelementptr i8, i8* %mem, i64 %478
  store i32 %477, i32* %unaligned67, align 4
  %570 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %569, i8* %570, i64 4, i1 false)
  %571 = load i32, i32* %list, align 4
  store i32 %571, i32* %result46, align 4
  br label %e10

ok66:                                             ; preds = %write.slow64
  %572 = icmp ult i64 %478, %scratch_start
  %573 = load i64, i64* %lowStart, align 8
  %574 = call i64 @llvm.umin.i64(i64 %573, i64 %478)
  %575 = load i64, i64* %lowEnd, align 8
  %576 = load i64, i64* %highEnd, align 8
  %577 = add i64 %479, 64
  %578 = sub i64 %479, %574
  %579 = lshr i64 %578, 4
  %580 = add i64 %577, %579
  %581 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %580)
  %582 = call i64 @llvm.umax.i64(i64 %575, i64 %581)
  %583 = select i1 %572, i64 %582, i64 %575
  store i64 %583, i64* %lowEnd, align 8
  %584 = add i64 %479, 64
  %585 = sub i64 %479, %scratch_start
  %586 = lshr i64 %585, 4
  %587 = add i64 %584, %586
  %588 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %587)
  %589 = call i64 @llvm.umax.i64(i64 %576, i64 %588)
  %590 = select i1 %572, i64 %576, i64 %589
  store i64 %590, i64* %highEnd, align 8
  store i64 %574, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %e10
  %591 = load i64, i64* %lowStart, align 8
  %592 = icmp uge i64 %432, %591
  %593 = load i64, i64* %lowEnd, align 8
  %594 = icmp ule i64 %433, %593
  %595 = and i1 %592, %594
  %596 = call i1 @llvm.expect.i1(i1 %595, i1 true)
  br i1 %596, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %597 = icmp ugt i64 %433, %arena_size
  br i1 %597, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %e10
  %598 = getelementptr i8, i8* %mem, i64 %432
  store i32 %430, i32* %unaligned72, align 4
  %599 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %598, i8* %599, i64 4, i1 false)
  %600 = load i32, i32* %flags, align 4
  store i32 %600, i32* %xs.1, align 4
  %601 = load i32, i32* %xs.1, align 4
  %602 = zext i32 %601 to i64
  %603 = sub i64 %arena_size, 4
  %604 = icmp sgt i64 %602, %603
  br i1 %604, label %trap17.site0, label %ok74

ok71:                                             ; preds = %write.slow69
  %605 = icmp ult i64 %432, %scratch_start
  %606 = load i64, i64* %lowStart, align 8
  %607 = call i64 @llvm.umin.i64(i64 %606, i64 %432)
  %608 = load i64, i64* %lowEnd, align 8
  %609 = load i64, i64* %highEnd, align 8
  %610 = add i64 %433, 64
  %611 = sub i64 %433, %607
  %612 = lshr i64 %611, 4
  %613 = add i64 %610, %612
  %614 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %613)
  %615 = call i64 @llvm.umax.i64(i64 %608, i64 %614)
  %616 = select i1 %605, i64 %615, i64 %608
  store i64 %616, i64* %lowEnd, align 8
  %617 = add i64 %433, 64
  %618 = sub i64 %433, %scratch_start
  %619 = lshr i64 %618, 4
  %620 = add i64 %617, %619
  %621 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %620)
  %622 = call i64 @llvm.umax.i64(i64 %609, i64 %621)
  %623 = select i1 %605, i64 %609, i64 %622
  store i64 %623, i64* %highEnd, align 8
  store i64 %607, i64* %lowStart, align 8
  br label %write.ok70

e16:                                              ; preds = %write.ok101
  %624 = load i32, i32* %result73, align 4
  store i32 %624, i32* %on, align 4
  %625 = load i32, i32* %dict, align 4
  %626 = load i32, i32* %on, align 4
  %627 = zext i32 %625 to i64
  %628 = add i64 %627, 16
  %629 = add i64 %628, 4
  %630 = icmp uge i64 %628, %scratch_start
  %631 = load i64, i64* %highEnd, align 8
  %632 = icmp ule i64 %629, %631
  %633 = and i1 %630, %632
  %634 = call i1 @llvm.expect.i1(i1 %633, i1 true)
  br i1 %634, label %write.ok106, label %write.low104

ok74:                                             ; preds = %write.ok70
  %635 = getelementptr i8, i8* %mem, i64 %602
  %636 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %636, i8* %635, i64 4, i1 false)
  %637 = load i32, i32* %unaligned75, align 4
  %638 = zext i32 %637 to i64
  %639 = mul i64 %638, 8
  %640 = add i64 8, %639
  store i64 %640, i64* %size.1, align 8
  %641 = load i64, i64* %size.1, align 8
  %642 = icmp ugt i64 %641, 2147483647
  %643 = zext i1 %642 to i32
  %644 = icmp ne i32 %643, 0
  br i1 %644, label %then76, label %else77

then76:                                           ; preds = %ok74
  br label %trap15.site13

else77:                                           ; preds = %ok74
  br label %join78

join78:                                           ; preds = %else77, %dead79
  %645 = load i64, i64* %size.1, align 8
  %646 = trunc i64 %645 to i32
  %647 = zext i32 %646 to i64
  %648 = getelementptr i64, i64* %regs, i64 1
  %649 = getelementptr i64, i64* %regs, i64 2
  %650 = load i64, i64* %648, align 8
  %651 = add i64 %650, 7
  %652 = and i64 %651, -8
  %653 = add i64 %652, %647
  %654 = load i64, i64* %649, align 8
  %655 = icmp ugt i64 %653, %654
  br i1 %655, label %trap15.site13, label %ok80

trap15.site13:                                    ; preds = %join78, %then76
  %656 = load i64, i64* %lowStart, align 8
  %657 = getelementptr i64, i64* %regs, i64 6
  store i64 %656, i64* %657, align 8
  %658 = load i64, i64* %lowEnd, align 8
  %659 = getelementptr i64, i64* %regs, i64 7
  store i64 %658, i64* %659, align 8
  %660 = load i64, i64* %highEnd, align 8
  %661 = getelementptr i64, i64* %regs, i64 8
  store i64 %660, i64* %661, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead79:                                           ; No predecessors!
  br label %join78

ok80:                                             ; preds = %join78
  store i64 %653, i64* %648, align 8
  %662 = load i64, i64* %highEnd, align 8
  %663 = call i64 @llvm.umax.i64(i64 %662, i64 %653)
  store i64 %663, i64* %highEnd, align 8
  %664 = trunc i64 %652 to i32
  store i32 %664, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %665 = load i32, i32* %xs.1, align 4
  %666 = zext i32 %665 to i64
  %667 = sub i64 %arena_size, 4
  %668 = icmp sgt i64 %666, %667
  br i1 %668, label %trap17.site0, label %ok81

ok81:                                             ; preds = %ok80
  %669 = getelementptr i8, i8* %mem, i64 %666
  %670 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %670, i8* %669, i64 4, i1 false)
  %671 = load i32, i32* %unaligned82, align 4
  store i32 %671, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each19

block18:                                          ; preds = %dead98, %ok83
  %672 = load i32, i32* %list.1, align 4
  %673 = load i32, i32* %len.1, align 4
  %674 = zext i32 %672 to i64
  %675 = add i64 %674, 4
  %676 = icmp uge i64 %674, %scratch_start
  %677 = load i64, i64* %highEnd, align 8
  %678 = icmp ule i64 %675, %677
  %679 = and i1 %676, %678
  %680 = call i1 @llvm.expect.i1(i1 %679, i1 true)
  br i1 %680, label %write.ok101, label %write.low99

each19:                                           ; preds = %join90, %ok81
  %681 = load i64, i64* %fuel, align 8
  %682 = icmp ult i64 %681, 1
  br i1 %682, label %trap14.site0, label %ok83

ok83:                                             ; preds = %each19
  %683 = sub i64 %681, 1
  store i64 %683, i64* %fuel, align 8
  %684 = load i32, i32* %k.1, align 4
  %685 = load i32, i32* %n.1, align 4
  %686 = icmp uge i32 %684, %685
  %687 = zext i1 %686 to i32
  %688 = icmp ne i32 %687, 0
  br i1 %688, label %block18, label %cont84

cont84:                                           ; preds = %ok83
  %689 = load i32, i32* %xs.1, align 4
  %690 = load i32, i32* %k.1, align 4
  %691 = mul i32 %690, 4
  %692 = add i32 %689, %691
  %693 = zext i32 %692 to i64
  %694 = sub i64 %arena_size, 8
  %695 = icmp sgt i64 %693, %694
  br i1 %695, label %trap17.site0, label %ok85

ok85:                                             ; preds = %cont84
  %696 = add i64 %693, 4
  %697 = getelementptr i8, i8* %mem, i64 %696
  %698 = bitcast i32* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %698, i8* %697, i64 4, i1 false)
  %699 = load i32, i32* %unaligned86, align 4
  store i32 %699, i32* %x.1, align 4
  %700 = load i32, i32* %x.1, align 4
  store i32 %700, i32* %t.1, align 4
  %701 = load i32, i32* %t.1, align 4
  %702 = zext i32 %701 to i64
  %703 = sub i64 %arena_size, 9
  %704 = icmp sgt i64 %702, %703
  br i1 %704, label %trap17.site14, label %ok87

ok87:                                             ; preds = %ok85
  %705 = add i64 %702, 8
  %706 = getelementptr i8, i8* %mem, i64 %705
  %707 = load i8, i8* %706, align 1
  %708 = zext i8 %707 to i32
  %709 = icmp ne i32 %708, 0
  br i1 %709, label %then88, label %else89

trap17.site14:                                    ; preds = %ok85
  %710 = load i64, i64* %lowStart, align 8
  %711 = getelementptr i64, i64* %regs, i64 6
  store i64 %710, i64* %711, align 8
  %712 = load i64, i64* %lowEnd, align 8
  %713 = getelementptr i64, i64* %regs, i64 7
  store i64 %712, i64* %713, align 8
  %714 = load i64, i64* %highEnd, align 8
  %715 = getelementptr i64, i64* %regs, i64 8
  store i64 %714, i64* %715, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

then88:                                           ; preds = %ok87
  %716 = load i32, i32* %list.1, align 4
  %717 = load i32, i32* %len.1, align 4
  %718 = mul i32 %717, 8
  %719 = add i32 %716, %718
  %720 = load i32, i32* %t.1, align 4
  %721 = zext i32 %720 to i64
  %722 = sub i64 %arena_size, 8
  %723 = icmp sgt i64 %721, %722
  br i1 %723, label %trap17.site15, label %ok91

else89:                                           ; preds = %ok87
  br label %join90

join90:                                           ; preds = %else89, %write.ok95
  %724 = load i32, i32* %k.1, align 4
  %725 = add i32 %724, 1
  store i32 %725, i32* %k.1, align 4
  br label %each19

ok91:                                             ; preds = %then88
  %726 = getelementptr i8, i8* %mem, i64 %721
  %727 = bitcast i64* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %727, i8* %726, i64 8, i1 false)
  %728 = load i64, i64* %unaligned92, align 8
  %729 = zext i32 %719 to i64
  %730 = add i64 %729, 8
  %731 = add i64 %730, 8
  %732 = icmp uge i64 %730, %scratch_start
  %733 = load i64, i64* %highEnd, align 8
  %734 = icmp ule i64 %731, %733
  %735 = and i1 %732, %734
  %736 = call i1 @llvm.expect.i1(i1 %735, i1 true)
  br i1 %736, label %write.ok95, label %write.low93

trap17.site15:                                    ; preds = %then88
  %737 = load i64, i64* %lowStart, align 8
  %738 = getelementptr i64, i64* %regs, i64 6
  store i64 %737, i64* %738, align 8
  %739 = load i64, i64* %lowEnd, align 8
  %740 = getelementptr i64, i64* %regs, i64 7
  store i64 %739, i64* %740, align 8
  %741 = load i64, i64* %highEnd, align 8
  %742 = getelementptr i64, i64* %regs, i64 8
  store i64 %741, i64* %742, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 15)
  unreachable

write.low93:                                      ; preds = %ok91
  %743 = load i64, i64* %lowStart, align 8
  %744 = icmp uge i64 %730, %743
  %745 = load i64, i64* %lowEnd, align 8
  %746 = icmp ule i64 %731, %745
  %747 = and i1 %744, %746
  %748 = call i1 @llvm.expect.i1(i1 %747, i1 true)
  br i1 %748, label %write.ok95, label %write.slow94

write.slow94:                                     ; preds = %write.low93
  %749 = icmp ugt i64 %731, %arena_size
  br i1 %749, label %trap17.site0, label %ok96

write.ok95:                                       ; preds = %ok96, %write.low93, %ok91
  %750 = getelementptr i8, i8* %mem, i64 %730
  store i64 %728, i64* %unaligned97, align 8
  %751 = bitcast i64* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %750, i8* %751, i64 8, i1 false)
  %752 = load i32, i32* %len.1, align 4
  %753 = add i32 %752, 1
  store i32 %753, i32* %len.1, align 4
  br label %join90

ok96:                                             ; preds = %write.slow94
  %754 = icmp ult i64 %730, %scratch_start
  %755 = load i64, i64* %lowStart, align 8
  %756 = call i64 @llvm.umin.i64(i64 %755, i64 %730)
  %757 = load i64, i64* %lowEnd, align 8
  %758 = load i64, i64* %highEnd, align 8
  %759 = add i64 %731, 64
  %760 = sub i64 %731, %756
  %761 = lshr i64 %760, 4
  %762 = add i64 %759, %761
  %763 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %762)
  %764 = call i64 @llvm.umax.i64(i64 %757, i64 %763)
  %765 = select i1 %754, i64 %764, i64 %757
  store i64 %765, i64* %lowEnd, align 8
  %766 = add i64 %731, 64
  %767 = sub i64 %731, %scratch_start
  %768 = lshr i64 %767, 4
  %769 = add i64 %766, %768
  %770 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %769)
  %771 = call i64 @llvm.umax.i64(i64 %758, i64 %770)
  %772 = select i1 %754, i64 %758, i64 %771
  store i64 %772, i64* %highEnd, align 8
  store i64 %756, i64* %lowStart, align 8
  br label %write.ok95

dead98:                                           ; No predecessors!
  br label %block18

write.low99:                                      ; preds = %block18
  %773 = load i64, i64* %lowStart, align 8
  %774 = icmp uge i64 %674, %773
  %775 = load i64, i64* %lowEnd, align 8
  %776 = icmp ule i64 %675, %775
  %777 = and i1 %774, %776
  %778 = call i1 @llvm.expect.i1(i1 %777, i1 true)
  br i1 %778, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %779 = icmp ugt i64 %675, %arena_size
  br i1 %779, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %block18
  %780 = getelementptr i8, i8* %mem, i64 %674
  store i32 %673, i32* %unaligned103, align 4
  %781 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %780, i8* %781, i64 4, i1 false)
  %782 = load i32, i32* %list.1, align 4
  store i32 %782, i32* %result73, align 4
  br label %e16

ok102:                                            ; preds = %write.slow100
  %783 = icmp ult i64 %674, %scratch_start
  %784 = load i64, i64* %lowStart, align 8
  %785 = call i64 @llvm.umin.i64(i64 %784, i64 %674)
  %786 = load i64, i64* %lowEnd, align 8
  %787 = load i64, i64* %highEnd, align 8
  %788 = add i64 %675, 64
  %789 = sub i64 %675, %785
  %790 = lshr i64 %789, 4
  %791 = add i64 %788, %790
  %792 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %791)
  %793 = call i64 @llvm.umax.i64(i64 %786, i64 %792)
  %794 = select i1 %783, i64 %793, i64 %786
  store i64 %794, i64* %lowEnd, align 8
  %795 = add i64 %675, 64
  %796 = sub i64 %675, %scratch_start
  %797 = lshr i64 %796, 4
  %798 = add i64 %795, %797
  %799 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %798)
  %800 = call i64 @llvm.umax.i64(i64 %787, i64 %799)
  %801 = select i1 %783, i64 %787, i64 %800
  store i64 %801, i64* %highEnd, align 8
  store i64 %785, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %e16
  %802 = load i64, i64* %lowStart, align 8
  %803 = icmp uge i64 %628, %802
  %804 = load i64, i64* %lowEnd, align 8
  %805 = icmp ule i64 %629, %804
  %806 = and i1 %803, %805
  %807 = call i1 @llvm.expect.i1(i1 %806, i1 true)
  br i1 %807, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %808 = icmp ugt i64 %629, %arena_size
  br i1 %808, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e16
  %809 = getelementptr i8, i8* %mem, i64 %628
  store i32 %626, i32* %unaligned108, align 4
  %810 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %809, i8* %810, i64 4, i1 false)
  %811 = load i32, i32* %pair, align 4
  %812 = zext i32 %811 to i64
  %813 = sub i64 %arena_size, 8
  %814 = icmp sgt i64 %812, %813
  br i1 %814, label %trap17.site17, label %ok110

ok107:                                            ; preds = %write.slow105
  %815 = icmp ult i64 %628, %scratch_start
  %816 = load i64, i64* %lowStart, align 8
  %817 = call i64 @llvm.umin.i64(i64 %816, i64 %628)
  %818 = load i64, i64* %lowEnd, align 8
  %819 = load i64, i64* %highEnd, align 8
  %820 = add i64 %629, 64
  %821 = sub i64 %629, %817
  %822 = lshr i64 %821, 4
  %823 = add i64 %820, %822
  %824 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %823)
  %825 = call i64 @llvm.umax.i64(i64 %818, i64 %824)
  %826 = select i1 %815, i64 %825, i64 %818
  store i64 %826, i64* %lowEnd, align 8
  %827 = add i64 %629, 64
  %828 = sub i64 %629, %scratch_start
  %829 = lshr i64 %828, 4
  %830 = add i64 %827, %829
  %831 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %830)
  %832 = call i64 @llvm.umax.i64(i64 %819, i64 %831)
  %833 = select i1 %815, i64 %819, i64 %832
  store i64 %833, i64* %highEnd, align 8
  store i64 %817, i64* %lowStart, align 8
  br label %write.ok106

e25:                                              ; preds = %write.ok120
  %834 = load i32, i32* %result109, align 4
  store i64 1, i64* %c.5, align 8
  store i32 8, i32* %c.6, align 4
  %835 = getelementptr i64, i64* %regs, i64 1
  %836 = getelementptr i64, i64* %regs, i64 2
  %837 = load i64, i64* %835, align 8
  %838 = add i64 %837, 7
  %839 = and i64 %838, -8
  %840 = add i64 %839, 16
  %841 = load i64, i64* %836, align 8
  %842 = icmp ugt i64 %840, %841
  br i1 %842, label %trap15.site19, label %ok124

ok110:                                            ; preds = %write.ok106
  %843 = getelementptr i8, i8* %mem, i64 %812
  %844 = bitcast i64* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %844, i8* %843, i64 8, i1 false)
  %845 = load i64, i64* %unaligned111, align 8
  store i64 %845, i64* %c.3, align 8
  store i32 8, i32* %c.4, align 4
  %846 = getelementptr i64, i64* %regs, i64 1
  %847 = getelementptr i64, i64* %regs, i64 2
  %848 = load i64, i64* %846, align 8
  %849 = add i64 %848, 7
  %850 = and i64 %849, -8
  %851 = add i64 %850, 16
  %852 = load i64, i64* %847, align 8
  %853 = icmp ugt i64 %851, %852
  br i1 %853, label %trap15.site18, label %ok112

trap17.site17:                                    ; preds = %write.ok106
  %854 = load i64, i64* %lowStart, align 8
  %855 = getelementptr i64, i64* %regs, i64 6
  store i64 %854, i64* %855, align 8
  %856 = load i64, i64* %lowEnd, align 8
  %857 = getelementptr i64, i64* %regs, i64 7
  store i64 %856, i64* %857, align 8
  %858 = load i64, i64* %highEnd, align 8
  %859 = getelementptr i64, i64* %regs, i64 8
  store i64 %858, i64* %859, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok112:                                            ; preds = %ok110
  store i64 %851, i64* %846, align 8
  %860 = load i64, i64* %highEnd, align 8
  %861 = call i64 @llvm.umax.i64(i64 %860, i64 %851)
  store i64 %861, i64* %highEnd, align 8
  %862 = trunc i64 %850 to i32
  store i32 %862, i32* %obj.3, align 4
  %863 = load i32, i32* %obj.3, align 4
  %864 = load i64, i64* %c.3, align 8
  %865 = zext i32 %863 to i64
  %866 = add i64 %865, 8
  %867 = icmp uge i64 %865, %scratch_start
  %868 = load i64, i64* %highEnd, align 8
  %869 = icmp ule i64 %866, %868
  %870 = and i1 %867, %869
  %871 = call i1 @llvm.expect.i1(i1 %870, i1 true)
  br i1 %871, label %write.ok115, label %write.low113

trap15.site18:                                    ; preds = %ok110
  %872 = load i64, i64* %lowStart, align 8
  %873 = getelementptr i64, i64* %regs, i64 6
  store i64 %872, i64* %873, align 8
  %874 = load i64, i64* %lowEnd, align 8
  %875 = getelementptr i64, i64* %regs, i64 7
  store i64 %874, i64* %875, align 8
  %876 = load i64, i64* %highEnd, align 8
  %877 = getelementptr i64, i64* %regs, i64 8
  store i64 %876, i64* %877, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

write.low113:                                     ; preds = %ok112
  %878 = load i64, i64* %lowStart, align 8
  %879 = icmp uge i64 %865, %878
  %880 = load i64, i64* %lowEnd, align 8
  %881 = icmp ule i64 %866, %880
  %882 = and i1 %879, %881
  %883 = call i1 @llvm.expect.i1(i1 %882, i1 true)
  br i1 %883, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %884 = icmp ugt i64 %866, %arena_size
  br i1 %884, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %ok112
  %885 = getelementptr i8, i8* %mem, i64 %865
  store i64 %864, i64* %unaligned117, align 8
  %886 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %885, i8* %886, i64 8, i1 false)
  %887 = load i32, i32* %obj.3, align 4
  %888 = load i32, i32* %c.4, align 4
  %889 = zext i32 %887 to i64
  %890 = add i64 %889, 8
  %891 = add i64 %890, 4
  %892 = icmp uge i64 %890, %scratch_start
  %893 = load i64, i64* %highEnd, align 8
  %894 = icmp ule i64 %891, %893
  %895 = and i1 %892, %894
  %896 = call i1 @llvm.expect.i1(i1 %895, i1 true)
  br i1 %896, label %write.ok120, label %write.low118

ok116:                                            ; preds = %write.slow114
  %897 = icmp ult i64 %865, %scratch_start
  %898 = load i64, i64* %lowStart, align 8
  %899 = call i64 @llvm.umin.i64(i64 %898, i64 %865)
  %900 = load i64, i64* %lowEnd, align 8
  %901 = load i64, i64* %highEnd, align 8
  %902 = add i64 %866, 64
  %903 = sub i64 %866, %899
  %904 = lshr i64 %903, 4
  %905 = add i64 %902, %904
  %906 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %905)
  %907 = call i64 @llvm.umax.i64(i64 %900, i64 %906)
  %908 = select i1 %897, i64 %907, i64 %900
  store i64 %908, i64* %lowEnd, align 8
  %909 = add i64 %866, 64
  %910 = sub i64 %866, %scratch_start
  %911 = lshr i64 %910, 4
  %912 = add i64 %909, %911
  %913 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %912)
  %914 = call i64 @llvm.umax.i64(i64 %901, i64 %913)
  %915 = select i1 %897, i64 %901, i64 %914
  store i64 %915, i64* %highEnd, align 8
  store i64 %899, i64* %lowStart, align 8
  br label %write.ok115

write.low118:                                     ; preds = %write.ok115
  %916 = load i64, i64* %lowStart, align 8
  %917 = icmp uge i64 %890, %916
  %918 = load i64, i64* %lowEnd, align 8
  %919 = icmp ule i64 %891, %918
  %920 = and i1 %917, %919
  %921 = call i1 @llvm.expect.i1(i1 %920, i1 true)
  br i1 %921, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %922 = icmp ugt i64 %891, %arena_size
  br i1 %922, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok115
  %923 = getelementptr i8, i8* %mem, i64 %890
  store i32 %888, i32* %unaligned122, align 4
  %924 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %923, i8* %924, i64 4, i1 false)
  %925 = load i32, i32* %obj.3, align 4
  store i32 %925, i32* %result109, align 4
  br label %e25

ok121:                                            ; preds = %write.slow119
  %926 = icmp ult i64 %890, %scratch_start
  %927 = load i64, i64* %lowStart, align 8
  %928 = call i64 @llvm.umin.i64(i64 %927, i64 %890)
  %929 = load i64, i64* %lowEnd, align 8
  %930 = load i64, i64* %highEnd, align 8
  %931 = add i64 %891, 64
  %932 = sub i64 %891, %928
  %933 = lshr i64 %932, 4
  %934 = add i64 %931, %933
  %935 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %934)
  %936 = call i64 @llvm.umax.i64(i64 %929, i64 %935)
  %937 = select i1 %926, i64 %936, i64 %929
  store i64 %937, i64* %lowEnd, align 8
  %938 = add i64 %891, 64
  %939 = sub i64 %891, %scratch_start
  %940 = lshr i64 %939, 4
  %941 = add i64 %938, %940
  %942 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %941)
  %943 = call i64 @llvm.umax.i64(i64 %930, i64 %942)
  %944 = select i1 %926, i64 %930, i64 %943
  store i64 %944, i64* %highEnd, align 8
  store i64 %928, i64* %lowStart, align 8
  br label %write.ok120

e29:                                              ; preds = %write.ok132
  %945 = load i32, i32* %result123, align 4
  %946 = icmp uge i32 %depth, 1000
  br i1 %946, label %trap15.site0, label %ok135

ok124:                                            ; preds = %e25
  store i64 %840, i64* %835, align 8
  %947 = load i64, i64* %highEnd, align 8
  %948 = call i64 @llvm.umax.i64(i64 %947, i64 %840)
  store i64 %948, i64* %highEnd, align 8
  %949 = trunc i64 %839 to i32
  store i32 %949, i32* %obj.4, align 4
  %950 = load i32, i32* %obj.4, align 4
  %951 = load i64, i64* %c.5, align 8
  %952 = zext i32 %950 to i64
  %953 = add i64 %952, 8
  %954 = icmp uge i64 %952, %scratch_start
  %955 = load i64, i64* %highEnd, align 8
  %956 = icmp ule i64 %953, %955
  %957 = and i1 %954, %956
  %958 = call i1 @llvm.expect.i1(i1 %957, i1 true)
  br i1 %958, label %write.ok127, label %write.low125

trap15.site19:                                    ; preds = %e25
  %959 = load i64, i64* %lowStart, align 8
  %960 = getelementptr i64, i64* %regs, i64 6
  store i64 %959, i64* %960, align 8
  %961 = load i64, i64* %lowEnd, align 8
  %962 = getelementptr i64, i64* %regs, i64 7
  store i64 %961, i64* %962, align 8
  %963 = load i64, i64* %highEnd, align 8
  %964 = getelementptr i64, i64* %regs, i64 8
  store i64 %963, i64* %964, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

write.low125:                                     ; preds = %ok124
  %965 = load i64, i64* %lowStart, align 8
  %966 = icmp uge i64 %952, %965
  %967 = load i64, i64* %lowEnd, align 8
  %968 = icmp ule i64 %953, %967
  %969 = and i1 %966, %968
  %970 = call i1 @llvm.expect.i1(i1 %969, i1 true)
  br i1 %970, label %write.ok127, label %write.slow126

write.slow126:                                    ; preds = %write.low125
  %971 = icmp ugt i64 %953, %arena_size
  br i1 %971, label %trap17.site0, label %ok128

write.ok127:                                      ; preds = %ok128, %write.low125, %ok124
  %972 = getelementptr i8, i8* %mem, i64 %952
  store i64 %951, i64* %unaligned129, align 8
  %973 = bitcast i64* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %972, i8* %973, i64 8, i1 false)
  %974 = load i32, i32* %obj.4, align 4
  %975 = load i32, i32* %c.6, align 4
  %976 = zext i32 %974 to i64
  %977 = add i64 %976, 8
  %978 = add i64 %977, 4
  %979 = icmp uge i64 %977, %scratch_start
  %980 = load i64, i64* %highEnd, align 8
  %981 = icmp ule i64 %978, %980
  %982 = and i1 %979, %981
  %983 = call i1 @llvm.expect.i1(i1 %982, i1 true)
  br i1 %983, label %write.ok132, label %write.low130

ok128:                                            ; preds = %write.slow126
  %984 = icmp ult i64 %952, %scratch_start
  %985 = load i64, i64* %lowStart, align 8
  %986 = call i64 @llvm.umin.i64(i64 %985, i64 %952)
  %987 = load i64, i64* %lowEnd, align 8
  %988 = load i64, i64* %highEnd, align 8
  %989 = add i64 %953, 64
  %990 = sub i64 %953, %986
  %991 = lshr i64 %990, 4
  %992 = add i64 %989, %991
  %993 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %992)
  %994 = call i64 @llvm.umax.i64(i64 %987, i64 %993)
  %995 = select i1 %984, i64 %994, i64 %987
  store i64 %995, i64* %lowEnd, align 8
  %996 = add i64 %953, 64
  %997 = sub i64 %953, %scratch_start
  %998 = lshr i64 %997, 4
  %999 = add i64 %996, %998
  %1000 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %999)
  %1001 = call i64 @llvm.umax.i64(i64 %988, i64 %1000)
  %1002 = select i1 %984, i64 %988, i64 %1001
  store i64 %1002, i64* %highEnd, align 8
  store i64 %986, i64* %lowStart, align 8
  br label %write.ok127

write.low130:                                     ; preds = %write.ok127
  %1003 = load i64, i64* %lowStart, align 8
  %1004 = icmp uge i64 %977, %1003
  %1005 = load i64, i64* %lowEnd, align 8
  %1006 = icmp ule i64 %978, %1005
  %1007 = and i1 %1004, %1006
  %1008 = call i1 @llvm.expect.i1(i1 %1007, i1 true)
  br i1 %1008, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %1009 = icmp ugt i64 %978, %arena_size
  br i1 %1009, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %write.ok127
  %1010 = getelementptr i8, i8* %mem, i64 %977
  store i32 %975, i32* %unaligned134, align 4
  %1011 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1010, i8* %1011, i64 4, i1 false)
  %1012 = load i32, i32* %obj.4, align 4
  store i32 %1012, i32* %result123, align 4
  br label %e29

ok133:                                            ; preds = %write.slow131
  %1013 = icmp ult i64 %977, %scratch_start
  %1014 = load i64, i64* %lowStart, align 8
  %1015 = call i64 @llvm.umin.i64(i64 %1014, i64 %977)
  %1016 = load i64, i64* %lowEnd, align 8
  %1017 = load i64, i64* %highEnd, align 8
  %1018 = add i64 %978, 64
  %1019 = sub i64 %978, %1015
  %1020 = lshr i64 %1019, 4
  %1021 = add i64 %1018, %1020
  %1022 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1021)
  %1023 = call i64 @llvm.umax.i64(i64 %1016, i64 %1022)
  %1024 = select i1 %1013, i64 %1023, i64 %1016
  store i64 %1024, i64* %lowEnd, align 8
  %1025 = add i64 %978, 64
  %1026 = sub i64 %978, %scratch_start
  %1027 = lshr i64 %1026, 4
  %1028 = add i64 %1025, %1027
  %1029 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1028)
  %1030 = call i64 @llvm.umax.i64(i64 %1017, i64 %1029)
  %1031 = select i1 %1013, i64 %1017, i64 %1030
  store i64 %1031, i64* %highEnd, align 8
  store i64 %1015, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %e29
  %1032 = icmp ult i64 %10, %stack_limit
  br i1 %1032, label %trap253.site0, label %stack_ok136

trap15.site0:                                     ; preds = %e0, %ok157, %e29
  %1033 = load i64, i64* %lowStart, align 8
  %1034 = getelementptr i64, i64* %regs, i64 6
  store i64 %1033, i64* %1034, align 8
  %1035 = load i64, i64* %lowEnd, align 8
  %1036 = getelementptr i64, i64* %regs, i64 7
  store i64 %1035, i64* %1036, align 8
  %1037 = load i64, i64* %highEnd, align 8
  %1038 = getelementptr i64, i64* %regs, i64 8
  store i64 %1037, i64* %1038, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok136:                                      ; preds = %ok135
  %1039 = load i64, i64* %fuel, align 8
  %1040 = getelementptr i64, i64* %regs, i64 0
  store i64 %1039, i64* %1040, align 8
  %1041 = load i64, i64* %lowStart, align 8
  %1042 = getelementptr i64, i64* %regs, i64 6
  store i64 %1041, i64* %1042, align 8
  %1043 = load i64, i64* %lowEnd, align 8
  %1044 = getelementptr i64, i64* %regs, i64 7
  store i64 %1043, i64* %1044, align 8
  %1045 = load i64, i64* %highEnd, align 8
  %1046 = getelementptr i64, i64* %regs, i64 8
  store i64 %1045, i64* %1046, align 8
  %1047 = add i32 %depth, 1
  %1048 = call i32 @m0.eq._Int__String_(i64* %regs, i8* %mem, i32 %1047, i32 %834, i32 %945)
  %1049 = getelementptr i64, i64* %regs, i64 0
  %1050 = load i64, i64* %1049, align 8
  store i64 %1050, i64* %fuel, align 8
  %1051 = getelementptr i64, i64* %regs, i64 6
  %1052 = load i64, i64* %1051, align 8
  store i64 %1052, i64* %lowStart, align 8
  %1053 = getelementptr i64, i64* %regs, i64 7
  %1054 = load i64, i64* %1053, align 8
  store i64 %1054, i64* %lowEnd, align 8
  %1055 = getelementptr i64, i64* %regs, i64 8
  %1056 = load i64, i64* %1055, align 8
  store i64 %1056, i64* %highEnd, align 8
  store i32 %1048, i32* %same, align 4
  %1057 = load i32, i32* %dict, align 4
  %1058 = load i32, i32* %same, align 4
  %1059 = zext i32 %1057 to i64
  %1060 = add i64 %1059, 20
  %1061 = add i64 %1060, 1
  %1062 = icmp uge i64 %1060, %scratch_start
  %1063 = load i64, i64* %highEnd, align 8
  %1064 = icmp ule i64 %1061, %1063
  %1065 = and i1 %1062, %1064
  %1066 = call i1 @llvm.expect.i1(i1 %1065, i1 true)
  br i1 %1066, label %write.ok139, label %write.low137

write.low137:                                     ; preds = %stack_ok136
  %1067 = load i64, i64* %lowStart, align 8
  %1068 = icmp uge i64 %1060, %1067
  %1069 = load i64, i64* %lowEnd, align 8
  %1070 = icmp ule i64 %1061, %1069
  %1071 = and i1 %1068, %1070
  %1072 = call i1 @llvm.expect.i1(i1 %1071, i1 true)
  br i1 %1072, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1073 = icmp ugt i64 %1061, %arena_size
  br i1 %1073, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %stack_ok136
  %1074 = getelementptr i8, i8* %mem, i64 %1060
  %1075 = trunc i32 %1058 to i8
  store i8 %1075, i8* %1074, align 1
  %1076 = load i32, i32* %flags, align 4
  store i32 %1076, i32* %xs.2, align 4
  store i64 2, i64* %c.7, align 8
  store i32 0, i32* %c.8, align 4
  %1077 = getelementptr i64, i64* %regs, i64 1
  %1078 = getelementptr i64, i64* %regs, i64 2
  %1079 = load i64, i64* %1077, align 8
  %1080 = add i64 %1079, 7
  %1081 = and i64 %1080, -8
  %1082 = add i64 %1081, 16
  %1083 = load i64, i64* %1078, align 8
  %1084 = icmp ugt i64 %1082, %1083
  br i1 %1084, label %trap15.site21, label %ok143

ok140:                                            ; preds = %write.slow138
  %1085 = icmp ult i64 %1060, %scratch_start
  %1086 = load i64, i64* %lowStart, align 8
  %1087 = call i64 @llvm.umin.i64(i64 %1086, i64 %1060)
  %1088 = load i64, i64* %lowEnd, align 8
  %1089 = load i64, i64* %highEnd, align 8
  %1090 = add i64 %1061, 64
  %1091 = sub i64 %1061, %1087
  %1092 = lshr i64 %1091, 4
  %1093 = add i64 %1090, %1092
  %1094 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1093)
  %1095 = call i64 @llvm.umax.i64(i64 %1088, i64 %1094)
  %1096 = select i1 %1085, i64 %1095, i64 %1088
  store i64 %1096, i64* %lowEnd, align 8
  %1097 = add i64 %1061, 64
  %1098 = sub i64 %1061, %scratch_start
  %1099 = lshr i64 %1098, 4
  %1100 = add i64 %1097, %1099
  %1101 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1100)
  %1102 = call i64 @llvm.umax.i64(i64 %1089, i64 %1101)
  %1103 = select i1 %1085, i64 %1089, i64 %1102
  store i64 %1103, i64* %highEnd, align 8
  store i64 %1087, i64* %lowStart, align 8
  br label %write.ok139

e32:                                              ; preds = %block37
  %1104 = load i32, i32* %result141, align 4
  store i32 %1104, i32* %found.1, align 4
  %1105 = load i32, i32* %dict, align 4
  %1106 = load i32, i32* %found.1, align 4
  %1107 = zext i32 %1105 to i64
  %1108 = add i64 %1107, 21
  %1109 = add i64 %1108, 1
  %1110 = icmp uge i64 %1108, %scratch_start
  %1111 = load i64, i64* %highEnd, align 8
  %1112 = icmp ule i64 %1109, %1111
  %1113 = and i1 %1110, %1112
  %1114 = call i1 @llvm.expect.i1(i1 %1113, i1 true)
  br i1 %1114, label %write.ok168, label %write.low166

e34:                                              ; preds = %write.ok151
  %1115 = load i32, i32* %result142, align 4
  store i32 %1115, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %1116 = load i32, i32* %xs.2, align 4
  %1117 = zext i32 %1116 to i64
  %1118 = sub i64 %arena_size, 4
  %1119 = icmp sgt i64 %1117, %1118
  br i1 %1119, label %trap17.site0, label %ok153

ok143:                                            ; preds = %write.ok139
  store i64 %1082, i64* %1077, align 8
  %1120 = load i64, i64* %highEnd, align 8
  %1121 = call i64 @llvm.umax.i64(i64 %1120, i64 %1082)
  store i64 %1121, i64* %highEnd, align 8
  %1122 = trunc i64 %1081 to i32
  store i32 %1122, i32* %obj.5, align 4
  %1123 = load i32, i32* %obj.5, align 4
  %1124 = load i64, i64* %c.7, align 8
  %1125 = zext i32 %1123 to i64
  %1126 = add i64 %1125, 8
  %1127 = icmp uge i64 %1125, %scratch_start
  %1128 = load i64, i64* %highEnd, align 8
  %1129 = icmp ule i64 %1126, %1128
  %1130 = and i1 %1127, %1129
  %1131 = call i1 @llvm.expect.i1(i1 %1130, i1 true)
  br i1 %1131, label %write.ok146, label %write.low144

trap15.site21:                                    ; preds = %write.ok139
  %1132 = load i64, i64* %lowStart, align 8
  %1133 = getelementptr i64, i64* %regs, i64 6
  store i64 %1132, i64* %1133, align 8
  %1134 = load i64, i64* %lowEnd, align 8
  %1135 = getelementptr i64, i64* %regs, i64 7
  store i64 %1134, i64* %1135, align 8
  %1136 = load i64, i64* %highEnd, align 8
  %1137 = getelementptr i64, i64* %regs, i64 8
  store i64 %1136, i64* %1137, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

write.low144:                                     ; preds = %ok143
  %1138 = load i64, i64* %lowStart, align 8
  %1139 = icmp uge i64 %1125, %1138
  %1140 = load i64, i64* %lowEnd, align 8
  %1141 = icmp ule i64 %1126, %1140
  %1142 = and i1 %1139, %1141
  %1143 = call i1 @llvm.expect.i1(i1 %1142, i1 true)
  br i1 %1143, label %write.ok146, label %write.slow145

write.slow145:                                    ; preds = %write.low144
  %1144 = icmp ugt i64 %1126, %arena_size
  br i1 %1144, label %trap17.site0, label %ok147

write.ok146:                                      ; preds = %ok147, %write.low144, %ok143
  %1145 = getelementptr i8, i8* %mem, i64 %1125
  store i64 %1124, i64* %unaligned148, align 8
  %1146 = bitcast i64* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1145, i8* %1146, i64 8, i1 false)
  %1147 = load i32, i32* %obj.5, align 4
  %1148 = load i32, i32* %c.8, align 4
  %1149 = zext i32 %1147 to i64
  %1150 = add i64 %1149, 8
  %1151 = add i64 %1150, 1
  %1152 = icmp uge i64 %1150, %scratch_start
  %1153 = load i64, i64* %highEnd, align 8
  %1154 = icmp ule i64 %1151, %1153
  %1155 = and i1 %1152, %1154
  %1156 = call i1 @llvm.expect.i1(i1 %1155, i1 true)
  br i1 %1156, label %write.ok151, label %write.low149

ok147:                                            ; preds = %write.slow145
  %1157 = icmp ult i64 %1125, %scratch_start
  %1158 = load i64, i64* %lowStart, align 8
  %1159 = call i64 @llvm.umin.i64(i64 %1158, i64 %1125)
  %1160 = load i64, i64* %lowEnd, align 8
  %1161 = load i64, i64* %highEnd, align 8
  %1162 = add i64 %1126, 64
  %1163 = sub i64 %1126, %1159
  %1164 = lshr i64 %1163, 4
  %1165 = add i64 %1162, %1164
  %1166 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1165)
  %1167 = call i64 @llvm.umax.i64(i64 %1160, i64 %1166)
  %1168 = select i1 %1157, i64 %1167, i64 %1160
  store i64 %1168, i64* %lowEnd, align 8
  %1169 = add i64 %1126, 64
  %1170 = sub i64 %1126, %scratch_start
  %1171 = lshr i64 %1170, 4
  %1172 = add i64 %1169, %1171
  %1173 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1172)
  %1174 = call i64 @llvm.umax.i64(i64 %1161, i64 %1173)
  %1175 = select i1 %1157, i64 %1161, i64 %1174
  store i64 %1175, i64* %highEnd, align 8
  store i64 %1159, i64* %lowStart, align 8
  br label %write.ok146

write.low149:                                     ; preds = %write.ok146
  %1176 = load i64, i64* %lowStart, align 8
  %1177 = icmp uge i64 %1150, %1176
  %1178 = load i64, i64* %lowEnd, align 8
  %1179 = icmp ule i64 %1151, %1178
  %1180 = and i1 %1177, %1179
  %1181 = call i1 @llvm.expect.i1(i1 %1180, i1 true)
  br i1 %1181, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %1182 = icmp ugt i64 %1151, %arena_size
  br i1 %1182, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %write.ok146
  %1183 = getelementptr i8, i8* %mem, i64 %1150
  %1184 = trunc i32 %1148 to i8
  store i8 %1184, i8* %1183, align 1
  %1185 = load i32, i32* %obj.5, align 4
  store i32 %1185, i32* %result142, align 4
  br label %e34

ok152:                                            ; preds = %write.slow150
  %1186 = icmp ult i64 %1150, %scratch_start
  %1187 = load i64, i64* %lowStart, align 8
  %1188 = call i64 @llvm.umin.i64(i64 %1187, i64 %1150)
  %1189 = load i64, i64* %lowEnd, align 8
  %1190 = load i64, i64* %highEnd, align 8
  %1191 = add i64 %1151, 64
  %1192 = sub i64 %1151, %1188
  %1193 = lshr i64 %1192, 4
  %1194 = add i64 %1191, %1193
  %1195 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1194)
  %1196 = call i64 @llvm.umax.i64(i64 %1189, i64 %1195)
  %1197 = select i1 %1186, i64 %1196, i64 %1189
  store i64 %1197, i64* %lowEnd, align 8
  %1198 = add i64 %1151, 64
  %1199 = sub i64 %1151, %scratch_start
  %1200 = lshr i64 %1199, 4
  %1201 = add i64 %1198, %1200
  %1202 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1201)
  %1203 = call i64 @llvm.umax.i64(i64 %1190, i64 %1202)
  %1204 = select i1 %1186, i64 %1190, i64 %1203
  store i64 %1204, i64* %highEnd, align 8
  store i64 %1188, i64* %lowStart, align 8
  br label %write.ok151

ok153:                                            ; preds = %e34
  %1205 = getelementptr i8, i8* %mem, i64 %1117
  %1206 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1206, i8* %1205, i64 4, i1 false)
  %1207 = load i32, i32* %unaligned154, align 4
  store i32 %1207, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each38

block37:                                          ; preds = %dead165, %then161, %ok155
  %1208 = load i32, i32* %found, align 4
  store i32 %1208, i32* %result141, align 4
  br label %e32

each38:                                           ; preds = %join163, %ok153
  %1209 = load i64, i64* %fuel, align 8
  %1210 = icmp ult i64 %1209, 1
  br i1 %1210, label %trap14.site0, label %ok155

ok155:                                            ; preds = %each38
  %1211 = sub i64 %1209, 1
  store i64 %1211, i64* %fuel, align 8
  %1212 = load i32, i32* %k.2, align 4
  %1213 = load i32, i32* %n.2, align 4
  %1214 = icmp uge i32 %1212, %1213
  %1215 = zext i1 %1214 to i32
  %1216 = icmp ne i32 %1215, 0
  br i1 %1216, label %block37, label %cont156

cont156:                                          ; preds = %ok155
  %1217 = load i32, i32* %xs.2, align 4
  %1218 = load i32, i32* %k.2, align 4
  %1219 = mul i32 %1218, 4
  %1220 = add i32 %1217, %1219
  %1221 = zext i32 %1220 to i64
  %1222 = sub i64 %arena_size, 8
  %1223 = icmp sgt i64 %1221, %1222
  br i1 %1223, label %trap17.site0, label %ok157

ok157:                                            ; preds = %cont156
  %1224 = add i64 %1221, 4
  %1225 = getelementptr i8, i8* %mem, i64 %1224
  %1226 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1226, i8* %1225, i64 4, i1 false)
  %1227 = load i32, i32* %unaligned158, align 4
  store i32 %1227, i32* %x.2, align 4
  %1228 = load i32, i32* %x.2, align 4
  store i32 %1228, i32* %x.3, align 4
  %1229 = load i32, i32* %x.3, align 4
  %1230 = load i32, i32* %needle, align 4
  %1231 = icmp uge i32 %depth, 1000
  br i1 %1231, label %trap15.site0, label %ok159

ok159:                                            ; preds = %ok157
  %1232 = icmp ult i64 %10, %stack_limit
  br i1 %1232, label %trap253.site0, label %stack_ok160

stack_ok160:                                      ; preds = %ok159
  %1233 = load i64, i64* %fuel, align 8
  %1234 = getelementptr i64, i64* %regs, i64 0
  store i64 %1233, i64* %1234, align 8
  %1235 = load i64, i64* %lowStart, align 8
  %1236 = getelementptr i64, i64* %regs, i64 6
  store i64 %1235, i64* %1236, align 8
  %1237 = load i64, i64* %lowEnd, align 8
  %1238 = getelementptr i64, i64* %regs, i64 7
  store i64 %1237, i64* %1238, align 8
  %1239 = load i64, i64* %highEnd, align 8
  %1240 = getelementptr i64, i64* %regs, i64 8
  store i64 %1239, i64* %1240, align 8
  %1241 = add i32 %depth, 1
  %1242 = call i32 @m0.eq._Int__Bool_(i64* %regs, i8* %mem, i32 %1241, i32 %1229, i32 %1230)
  %1243 = getelementptr i64, i64* %regs, i64 0
  %1244 = load i64, i64* %1243, align 8
  store i64 %1244, i64* %fuel, align 8
  %1245 = getelementptr i64, i64* %regs, i64 6
  %1246 = load i64, i64* %1245, align 8
  store i64 %1246, i64* %lowStart, align 8
  %1247 = getelementptr i64, i64* %regs, i64 7
  %1248 = load i64, i64* %1247, align 8
  store i64 %1248, i64* %lowEnd, align 8
  %1249 = getelementptr i64, i64* %regs, i64 8
  %1250 = load i64, i64* %1249, align 8
  store i64 %1250, i64* %highEnd, align 8
  %1251 = icmp ne i32 %1242, 0
  br i1 %1251, label %then161, label %else162

then161:                                          ; preds = %stack_ok160
  store i32 1, i32* %found, align 4
  br label %block37

else162:                                          ; preds = %stack_ok160
  br label %join163

join163:                                          ; preds = %else162, %dead164
  %1252 = load i32, i32* %k.2, align 4
  %1253 = add i32 %1252, 1
  store i32 %1253, i32* %k.2, align 4
  br label %each38

dead164:                                          ; No predecessors!
  br label %join163

dead165:                                          ; No predecessors!
  br label %block37

write.low166:                                     ; preds = %e32
  %1254 = load i64, i64* %lowStart, align 8
  %1255 = icmp uge i64 %1108, %1254
  %1256 = load i64, i64* %lowEnd, align 8
  %1257 = icmp ule i64 %1109, %1256
  %1258 = and i1 %1255, %1257
  %1259 = call i1 @llvm.expect.i1(i1 %1258, i1 true)
  br i1 %1259, label %write.ok168, label %write.slow167

write.slow167:                                    ; preds = %write.low166
  %1260 = icmp ugt i64 %1109, %arena_size
  br i1 %1260, label %trap17.site0, label %ok169

write.ok168:                                      ; preds = %ok169, %write.low166, %e32
  %1261 = getelementptr i8, i8* %mem, i64 %1108
  %1262 = trunc i32 %1106 to i8
  store i8 %1262, i8* %1261, align 1
  %1263 = load i32, i32* %pair, align 4
  %1264 = zext i32 %1263 to i64
  %1265 = sub i64 %arena_size, 8
  %1266 = icmp sgt i64 %1264, %1265
  br i1 %1266, label %trap17.site22, label %ok172

ok169:                                            ; preds = %write.slow167
  %1267 = icmp ult i64 %1108, %scratch_start
  %1268 = load i64, i64* %lowStart, align 8
  %1269 = call i64 @llvm.umin.i64(i64 %1268, i64 %1108)
  %1270 = load i64, i64* %lowEnd, align 8
  %1271 = load i64, i64* %highEnd, align 8
  %1272 = add i64 %1109, 64
  %1273 = sub i64 %1109, %1269
  %1274 = lshr i64 %1273, 4
  %1275 = add i64 %1272, %1274
  %1276 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1275)
  %1277 = call i64 @llvm.umax.i64(i64 %1270, i64 %1276)
  %1278 = select i1 %1267, i64 %1277, i64 %1270
  store i64 %1278, i64* %lowEnd, align 8
  %1279 = add i64 %1109, 64
  %1280 = sub i64 %1109, %scratch_start
  %1281 = lshr i64 %1280, 4
  %1282 = add i64 %1279, %1281
  %1283 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1282)
  %1284 = call i64 @llvm.umax.i64(i64 %1271, i64 %1283)
  %1285 = select i1 %1267, i64 %1271, i64 %1284
  store i64 %1285, i64* %highEnd, align 8
  store i64 %1269, i64* %lowStart, align 8
  br label %write.ok168

e39:                                              ; preds = %write.ok214
  %1286 = load i32, i32* %result170, align 4
  store i32 %1286, i32* %nested, align 4
  %1287 = load i32, i32* %dict, align 4
  %1288 = load i32, i32* %nested, align 4
  %1289 = zext i32 %1287 to i64
  %1290 = add i64 %1289, 24
  %1291 = add i64 %1290, 4
  %1292 = icmp uge i64 %1290, %scratch_start
  %1293 = load i64, i64* %highEnd, align 8
  %1294 = icmp ule i64 %1291, %1293
  %1295 = and i1 %1292, %1294
  %1296 = call i1 @llvm.expect.i1(i1 %1295, i1 true)
  br i1 %1296, label %write.ok219, label %write.low217

e40:                                              ; preds = %write.ok184
  %1297 = load i32, i32* %result171, align 4
  store i32 %1297, i32* %c.11, align 4
  %1298 = load i32, i32* %pair, align 4
  %1299 = zext i32 %1298 to i64
  %1300 = sub i64 %arena_size, 8
  %1301 = icmp sgt i64 %1299, %1300
  br i1 %1301, label %trap17.site27, label %ok188

ok172:                                            ; preds = %write.ok168
  %1302 = getelementptr i8, i8* %mem, i64 %1264
  %1303 = bitcast i64* %unaligned173 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1303, i8* %1302, i64 8, i1 false)
  %1304 = load i64, i64* %unaligned173, align 8
  store i64 %1304, i64* %c.9, align 8
  %1305 = load i32, i32* %pair, align 4
  %1306 = zext i32 %1305 to i64
  %1307 = sub i64 %arena_size, 12
  %1308 = icmp sgt i64 %1306, %1307
  br i1 %1308, label %trap17.site23, label %ok174

trap17.site22:                                    ; preds = %write.ok168
  %1309 = load i64, i64* %lowStart, align 8
  %1310 = getelementptr i64, i64* %regs, i64 6
  store i64 %1309, i64* %1310, align 8
  %1311 = load i64, i64* %lowEnd, align 8
  %1312 = getelementptr i64, i64* %regs, i64 7
  store i64 %1311, i64* %1312, align 8
  %1313 = load i64, i64* %highEnd, align 8
  %1314 = getelementptr i64, i64* %regs, i64 8
  store i64 %1313, i64* %1314, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok174:                                            ; preds = %ok172
  %1315 = add i64 %1306, 8
  %1316 = getelementptr i8, i8* %mem, i64 %1315
  %1317 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1317, i8* %1316, i64 4, i1 false)
  %1318 = load i32, i32* %unaligned175, align 4
  store i32 %1318, i32* %c.10, align 4
  %1319 = getelementptr i64, i64* %regs, i64 1
  %1320 = getelementptr i64, i64* %regs, i64 2
  %1321 = load i64, i64* %1319, align 8
  %1322 = add i64 %1321, 7
  %1323 = and i64 %1322, -8
  %1324 = add i64 %1323, 16
  %1325 = load i64, i64* %1320, align 8
  %1326 = icmp ugt i64 %1324, %1325
  br i1 %1326, label %trap15.site24, label %ok176

trap17.site23:                                    ; preds = %ok172
  %1327 = load i64, i64* %lowStart, align 8
  %1328 = getelementptr i64, i64* %regs, i64 6
  store i64 %1327, i64* %1328, align 8
  %1329 = load i64, i64* %lowEnd, align 8
  %1330 = getelementptr i64, i64* %regs, i64 7
  store i64 %1329, i64* %1330, align 8
  %1331 = load i64, i64* %highEnd, align 8
  %1332 = getelementptr i64, i64* %regs, i64 8
  store i64 %1331, i64* %1332, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

ok176:                                            ; preds = %ok174
  store i64 %1324, i64* %1319, align 8
  %1333 = load i64, i64* %highEnd, align 8
  %1334 = call i64 @llvm.umax.i64(i64 %1333, i64 %1324)
  store i64 %1334, i64* %highEnd, align 8
  %1335 = trunc i64 %1323 to i32
  store i32 %1335, i32* %obj.6, align 4
  %1336 = load i32, i32* %obj.6, align 4
  %1337 = load i64, i64* %c.9, align 8
  %1338 = zext i32 %1336 to i64
  %1339 = add i64 %1338, 8
  %1340 = icmp uge i64 %1338, %scratch_start
  %1341 = load i64, i64* %highEnd, align 8
  %1342 = icmp ule i64 %1339, %1341
  %1343 = and i1 %1340, %1342
  %1344 = call i1 @llvm.expect.i1(i1 %1343, i1 true)
  br i1 %1344, label %write.ok179, label %write.low177

trap15.site24:                                    ; preds = %ok174
  %1345 = load i64, i64* %lowStart, align 8
  %1346 = getelementptr i64, i64* %regs, i64 6
  store i64 %1345, i64* %1346, align 8
  %1347 = load i64, i64* %lowEnd, align 8
  %1348 = getelementptr i64, i64* %regs, i64 7
  store i64 %1347, i64* %1348, align 8
  %1349 = load i64, i64* %highEnd, align 8
  %1350 = getelementptr i64, i64* %regs, i64 8
  store i64 %1349, i64* %1350, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

write.low177:                                     ; preds = %ok176
  %1351 = load i64, i64* %lowStart, align 8
  %1352 = icmp uge i64 %1338, %1351
  %1353 = load i64, i64* %lowEnd, align 8
  %1354 = icmp ule i64 %1339, %1353
  %1355 = and i1 %1352, %1354
  %1356 = call i1 @llvm.expect.i1(i1 %1355, i1 true)
  br i1 %1356, label %write.ok179, label %write.slow178

write.slow178:                                    ; preds = %write.low177
  %1357 = icmp ugt i64 %1339, %arena_size
  br i1 %1357, label %trap17.site0, label %ok180

write.ok179:                                      ; preds = %ok180, %write.low177, %ok176
  %1358 = getelementptr i8, i8* %mem, i64 %1338
  store i64 %1337, i64* %unaligned181, align 8
  %1359 = bitcast i64* %unaligned181 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1358, i8* %1359, i64 8, i1 false)
  %1360 = load i32, i32* %obj.6, align 4
  %1361 = load i32, i32* %c.10, align 4
  %1362 = zext i32 %1360 to i64
  %1363 = add i64 %1362, 8
  %1364 = add i64 %1363, 4
  %1365 = icmp uge i64 %1363, %scratch_start
  %1366 = load i64, i64* %highEnd, align 8
  %1367 = icmp ule i64 %1364, %1366
  %1368 = and i1 %1365, %1367
  %1369 = call i1 @llvm.expect.i1(i1 %1368, i1 true)
  br i1 %1369, label %write.ok184, label %write.low182

ok180:                                            ; preds = %write.slow178
  %1370 = icmp ult i64 %1338, %scratch_start
  %1371 = load i64, i64* %lowStart, align 8
  %1372 = call i64 @llvm.umin.i64(i64 %1371, i64 %1338)
  %1373 = load i64, i64* %lowEnd, align 8
  %1374 = load i64, i64* %highEnd, align 8
  %1375 = add i64 %1339, 64
  %1376 = sub i64 %1339, %1372
  %1377 = lshr i64 %1376, 4
  %1378 = add i64 %1375, %1377
  %1379 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1378)
  %1380 = call i64 @llvm.umax.i64(i64 %1373, i64 %1379)
  %1381 = select i1 %1370, i64 %1380, i64 %1373
  store i64 %1381, i64* %lowEnd, align 8
  %1382 = add i64 %1339, 64
  %1383 = sub i64 %1339, %scratch_start
  %1384 = lshr i64 %1383, 4
  %1385 = add i64 %1382, %1384
  %1386 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1385)
  %1387 = call i64 @llvm.umax.i64(i64 %1374, i64 %1386)
  %1388 = select i1 %1370, i64 %1374, i64 %1387
  store i64 %1388, i64* %highEnd, align 8
  store i64 %1372, i64* %lowStart, align 8
  br label %write.ok179

write.low182:                                     ; preds = %write.ok179
  %1389 = load i64, i64* %lowStart, align 8
  %1390 = icmp uge i64 %1363, %1389
  %1391 = load i64, i64* %lowEnd, align 8
  %1392 = icmp ule i64 %1364, %1391
  %1393 = and i1 %1390, %1392
  %1394 = call i1 @llvm.expect.i1(i1 %1393, i1 true)
  br i1 %1394, label %write.ok184, label %write.slow183

write.slow183:                                    ; preds = %write.low182
  %1395 = icmp ugt i64 %1364, %arena_size
  br i1 %1395, label %trap17.site0, label %ok185

write.ok184:                                      ; preds = %ok185, %write.low182, %write.ok179
  %1396 = getelementptr i8, i8* %mem, i64 %1363
  store i32 %1361, i32* %unaligned186, align 4
  %1397 = bitcast i32* %unaligned186 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1396, i8* %1397, i64 4, i1 false)
  %1398 = load i32, i32* %obj.6, align 4
  store i32 %1398, i32* %result171, align 4
  br label %e40

ok185:                                            ; preds = %write.slow183
  %1399 = icmp ult i64 %1363, %scratch_start
  %1400 = load i64, i64* %lowStart, align 8
  %1401 = call i64 @llvm.umin.i64(i64 %1400, i64 %1363)
  %1402 = load i64, i64* %lowEnd, align 8
  %1403 = load i64, i64* %highEnd, align 8
  %1404 = add i64 %1364, 64
  %1405 = sub i64 %1364, %1401
  %1406 = lshr i64 %1405, 4
  %1407 = add i64 %1404, %1406
  %1408 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1407)
  %1409 = call i64 @llvm.umax.i64(i64 %1402, i64 %1408)
  %1410 = select i1 %1399, i64 %1409, i64 %1402
  store i64 %1410, i64* %lowEnd, align 8
  %1411 = add i64 %1364, 64
  %1412 = sub i64 %1364, %scratch_start
  %1413 = lshr i64 %1412, 4
  %1414 = add i64 %1411, %1413
  %1415 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1414)
  %1416 = call i64 @llvm.umax.i64(i64 %1403, i64 %1415)
  %1417 = select i1 %1399, i64 %1403, i64 %1416
  store i64 %1417, i64* %highEnd, align 8
  store i64 %1401, i64* %lowStart, align 8
  br label %write.ok184

e45:                                              ; preds = %write.ok203
  %1418 = load i32, i32* %result187, align 4
  store i32 %1418, i32* %c.12, align 4
  %1419 = getelementptr i64, i64* %regs, i64 1
  %1420 = getelementptr i64, i64* %regs, i64 2
  %1421 = load i64, i64* %1419, align 8
  %1422 = add i64 %1421, 3
  %1423 = and i64 %1422, -4
  %1424 = add i64 %1423, 8
  %1425 = load i64, i64* %1420, align 8
  %1426 = icmp ugt i64 %1424, %1425
  br i1 %1426, label %trap15.site28, label %ok206

ok188:                                            ; preds = %e40
  %1427 = getelementptr i8, i8* %mem, i64 %1299
  %1428 = bitcast i64* %unaligned189 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1428, i8* %1427, i64 8, i1 false)
  %1429 = load i64, i64* %unaligned189, align 8
  %1430 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1429, i64 2)
  %1431 = extractvalue { i64, i1 } %1430, 1
  br i1 %1431, label %trap2.site26, label %ok190

trap17.site27:                                    ; preds = %e40
  %1432 = load i64, i64* %lowStart, align 8
  %1433 = getelementptr i64, i64* %regs, i64 6
  store i64 %1432, i64* %1433, align 8
  %1434 = load i64, i64* %lowEnd, align 8
  %1435 = getelementptr i64, i64* %regs, i64 7
  store i64 %1434, i64* %1435, align 8
  %1436 = load i64, i64* %highEnd, align 8
  %1437 = getelementptr i64, i64* %regs, i64 8
  store i64 %1436, i64* %1437, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 27)
  unreachable

ok190:                                            ; preds = %ok188
  %1438 = extractvalue { i64, i1 } %1430, 0
  store i64 %1438, i64* %item, align 8
  store i64 16, i64* %size.2, align 8
  %1439 = load i64, i64* %size.2, align 8
  %1440 = icmp ugt i64 %1439, 2147483647
  %1441 = zext i1 %1440 to i32
  %1442 = icmp ne i32 %1441, 0
  br i1 %1442, label %then191, label %else192

trap2.site26:                                     ; preds = %ok188
  %1443 = load i64, i64* %lowStart, align 8
  %1444 = getelementptr i64, i64* %regs, i64 6
  store i64 %1443, i64* %1444, align 8
  %1445 = load i64, i64* %lowEnd, align 8
  %1446 = getelementptr i64, i64* %regs, i64 7
  store i64 %1445, i64* %1446, align 8
  %1447 = load i64, i64* %highEnd, align 8
  %1448 = getelementptr i64, i64* %regs, i64 8
  store i64 %1447, i64* %1448, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

then191:                                          ; preds = %ok190
  br label %trap15.site25

else192:                                          ; preds = %ok190
  br label %join193

join193:                                          ; preds = %else192, %dead194
  %1449 = load i64, i64* %size.2, align 8
  %1450 = trunc i64 %1449 to i32
  %1451 = zext i32 %1450 to i64
  %1452 = getelementptr i64, i64* %regs, i64 1
  %1453 = getelementptr i64, i64* %regs, i64 2
  %1454 = load i64, i64* %1452, align 8
  %1455 = add i64 %1454, 7
  %1456 = and i64 %1455, -8
  %1457 = add i64 %1456, %1451
  %1458 = load i64, i64* %1453, align 8
  %1459 = icmp ugt i64 %1457, %1458
  br i1 %1459, label %trap15.site25, label %ok195

trap15.site25:                                    ; preds = %join193, %then191
  %1460 = load i64, i64* %lowStart, align 8
  %1461 = getelementptr i64, i64* %regs, i64 6
  store i64 %1460, i64* %1461, align 8
  %1462 = load i64, i64* %lowEnd, align 8
  %1463 = getelementptr i64, i64* %regs, i64 7
  store i64 %1462, i64* %1463, align 8
  %1464 = load i64, i64* %highEnd, align 8
  %1465 = getelementptr i64, i64* %regs, i64 8
  store i64 %1464, i64* %1465, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

dead194:                                          ; No predecessors!
  br label %join193

ok195:                                            ; preds = %join193
  store i64 %1457, i64* %1452, align 8
  %1466 = load i64, i64* %highEnd, align 8
  %1467 = call i64 @llvm.umax.i64(i64 %1466, i64 %1457)
  store i64 %1467, i64* %highEnd, align 8
  %1468 = trunc i64 %1456 to i32
  store i32 %1468, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1469 = load i32, i32* %list.2, align 4
  %1470 = add i32 %1469, 8
  %1471 = load i32, i32* %len.2, align 4
  %1472 = mul i32 %1471, 8
  %1473 = add i32 %1470, %1472
  %1474 = load i64, i64* %item, align 8
  %1475 = zext i32 %1473 to i64
  %1476 = add i64 %1475, 8
  %1477 = icmp uge i64 %1475, %scratch_start
  %1478 = load i64, i64* %highEnd, align 8
  %1479 = icmp ule i64 %1476, %1478
  %1480 = and i1 %1477, %1479
  %1481 = call i1 @llvm.expect.i1(i1 %1480, i1 true)
  br i1 %1481, label %write.ok198, label %write.low196

write.low196:                                     ; preds = %ok195
  %1482 = load i64, i64* %lowStart, align 8
  %1483 = icmp uge i64 %1475, %1482
  %1484 = load i64, i64* %lowEnd, align 8
  %1485 = icmp ule i64 %1476, %1484
  %1486 = and i1 %1483, %1485
  %1487 = call i1 @llvm.expect.i1(i1 %1486, i1 true)
  br i1 %1487, label %write.ok198, label %write.slow197

write.slow197:                                    ; preds = %write.low196
  %1488 = icmp ugt i64 %1476, %arena_size
  br i1 %1488, label %trap17.site0, label %ok199

write.ok198:                                      ; preds = %ok199, %write.low196, %ok195
  %1489 = getelementptr i8, i8* %mem, i64 %1475
  store i64 %1474, i64* %unaligned200, align 8
  %1490 = bitcast i64* %unaligned200 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1489, i8* %1490, i64 8, i1 false)
  %1491 = load i32, i32* %len.2, align 4
  %1492 = add i32 %1491, 1
  store i32 %1492, i32* %len.2, align 4
  %1493 = load i32, i32* %list.2, align 4
  %1494 = load i32, i32* %len.2, align 4
  %1495 = zext i32 %1493 to i64
  %1496 = add i64 %1495, 4
  %1497 = icmp uge i64 %1495, %scratch_start
  %1498 = load i64, i64* %highEnd, align 8
  %1499 = icmp ule i64 %1496, %1498
  %1500 = and i1 %1497, %1499
  %1501 = call i1 @llvm.expect.i1(i1 %1500, i1 true)
  br i1 %1501, label %write.ok203, label %write.low201

ok199:                                            ; preds = %write.slow197
  %1502 = icmp ult i64 %1475, %scratch_start
  %1503 = load i64, i64* %lowStart, align 8
  %1504 = call i64 @llvm.umin.i64(i64 %1503, i64 %1475)
  %1505 = load i64, i64* %lowEnd, align 8
  %1506 = load i64, i64* %highEnd, align 8
  %1507 = add i64 %1476, 64
  %1508 = sub i64 %1476, %1504
  %1509 = lshr i64 %1508, 4
  %1510 = add i64 %1507, %1509
  %1511 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1510)
  %1512 = call i64 @llvm.umax.i64(i64 %1505, i64 %1511)
  %1513 = select i1 %1502, i64 %1512, i64 %1505
  store i64 %1513, i64* %lowEnd, align 8
  %1514 = add i64 %1476, 64
  %1515 = sub i64 %1476, %scratch_start
  %1516 = lshr i64 %1515, 4
  %1517 = add i64 %1514, %1516
  %1518 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1517)
  %1519 = call i64 @llvm.umax.i64(i64 %1506, i64 %1518)
  %1520 = select i1 %1502, i64 %1506, i64 %1519
  store i64 %1520, i64* %highEnd, align 8
  store i64 %1504, i64* %lowStart, align 8
  br label %write.ok198

write.low201:                                     ; preds = %write.ok198
  %1521 = load i64, i64* %lowStart, align 8
  %1522 = icmp uge i64 %1495, %1521
  %1523 = load i64, i64* %lowEnd, align 8
  %1524 = icmp ule i64 %1496, %1523
  %1525 = and i1 %1522, %1524
  %1526 = call i1 @llvm.expect.i1(i1 %1525, i1 true)
  br i1 %1526, label %write.ok203, label %write.slow202

write.slow202:                                    ; preds = %write.low201
  %1527 = icmp ugt i64 %1496, %arena_size
  br i1 %1527, label %trap17.site0, label %ok204

write.ok203:                                      ; preds = %ok204, %write.low201, %write.ok198
  %1528 = getelementptr i8, i8* %mem, i64 %1495
  store i32 %1494, i32* %unaligned205, align 4
  %1529 = bitcast i32* %unaligned205 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1528, i8* %1529, i64 4, i1 false)
  %1530 = load i32, i32* %list.2, align 4
  store i32 %1530, i32* %result187, align 4
  br label %e45

ok204:                                            ; preds = %write.slow202
  %1531 = icmp ult i64 %1495, %scratch_start
  %1532 = load i64, i64* %lowStart, align 8
  %1533 = call i64 @llvm.umin.i64(i64 %1532, i64 %1495)
  %1534 = load i64, i64* %lowEnd, align 8
  %1535 = load i64, i64* %highEnd, align 8
  %1536 = add i64 %1496, 64
  %1537 = sub i64 %1496, %1533
  %1538 = lshr i64 %1537, 4
  %1539 = add i64 %1536, %1538
  %1540 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1539)
  %1541 = call i64 @llvm.umax.i64(i64 %1534, i64 %1540)
  %1542 = select i1 %1531, i64 %1541, i64 %1534
  store i64 %1542, i64* %lowEnd, align 8
  %1543 = add i64 %1496, 64
  %1544 = sub i64 %1496, %scratch_start
  %1545 = lshr i64 %1544, 4
  %1546 = add i64 %1543, %1545
  %1547 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1546)
  %1548 = call i64 @llvm.umax.i64(i64 %1535, i64 %1547)
  %1549 = select i1 %1531, i64 %1535, i64 %1548
  store i64 %1549, i64* %highEnd, align 8
  store i64 %1533, i64* %lowStart, align 8
  br label %write.ok203

ok206:                                            ; preds = %e45
  store i64 %1424, i64* %1419, align 8
  %1550 = load i64, i64* %highEnd, align 8
  %1551 = call i64 @llvm.umax.i64(i64 %1550, i64 %1424)
  store i64 %1551, i64* %highEnd, align 8
  %1552 = trunc i64 %1423 to i32
  store i32 %1552, i32* %obj.7, align 4
  %1553 = load i32, i32* %obj.7, align 4
  %1554 = load i32, i32* %c.11, align 4
  %1555 = zext i32 %1553 to i64
  %1556 = add i64 %1555, 4
  %1557 = icmp uge i64 %1555, %scratch_start
  %1558 = load i64, i64* %highEnd, align 8
  %1559 = icmp ule i64 %1556, %1558
  %1560 = and i1 %1557, %1559
  %1561 = call i1 @llvm.expect.i1(i1 %1560, i1 true)
  br i1 %1561, label %write.ok209, label %write.low207

trap15.site28:                                    ; preds = %e45
  %1562 = load i64, i64* %lowStart, align 8
  %1563 = getelementptr i64, i64* %regs, i64 6
  store i64 %1562, i64* %1563, align 8
  %1564 = load i64, i64* %lowEnd, align 8
  %1565 = getelementptr i64, i64* %regs, i64 7
  store i64 %1564, i64* %1565, align 8
  %1566 = load i64, i64* %highEnd, align 8
  %1567 = getelementptr i64, i64* %regs, i64 8
  store i64 %1566, i64* %1567, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 28)
  unreachable

write.low207:                                     ; preds = %ok206
  %1568 = load i64, i64* %lowStart, align 8
  %1569 = icmp uge i64 %1555, %1568
  %1570 = load i64, i64* %lowEnd, align 8
  %1571 = icmp ule i64 %1556, %1570
  %1572 = and i1 %1569, %1571
  %1573 = call i1 @llvm.expect.i1(i1 %1572, i1 true)
  br i1 %1573, label %write.ok209, label %write.slow208

write.slow208:                                    ; preds = %write.low207
  %1574 = icmp ugt i64 %1556, %arena_size
  br i1 %1574, label %trap17.site0, label %ok210

write.ok209:                                      ; preds = %ok210, %write.low207, %ok206
  %1575 = getelementptr i8, i8* %mem, i64 %1555
  store i32 %1554, i32* %unaligned211, align 4
  %1576 = bitcast i32* %unaligned211 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1575, i8* %1576, i64 4, i1 false)
  %1577 = load i32, i32* %obj.7, align 4
  %1578 = load i32, i32* %c.12, align 4
  %1579 = zext i32 %1577 to i64
  %1580 = add i64 %1579, 4
  %1581 = add i64 %1580, 4
  %1582 = icmp uge i64 %1580, %scratch_start
  %1583 = load i64, i64* %highEnd, align 8
  %1584 = icmp ule i64 %1581, %1583
  %1585 = and i1 %1582, %1584
  %1586 = call i1 @llvm.expect.i1(i1 %1585, i1 true)
  br i1 %1586, label %write.ok214, label %write.low212

ok210:                                            ; preds = %write.slow208
  %1587 = icmp ult i64 %1555, %scratch_start
  %1588 = load i64, i64* %lowStart, align 8
  %1589 = call i64 @llvm.umin.i64(i64 %1588, i64 %1555)
  %1590 = load i64, i64* %lowEnd, align 8
  %1591 = load i64, i64* %highEnd, align 8
  %1592 = add i64 %1556, 64
  %1593 = sub i64 %1556, %1589
  %1594 = lshr i64 %1593, 4
  %1595 = add i64 %1592, %1594
  %1596 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1595)
  %1597 = call i64 @llvm.umax.i64(i64 %1590, i64 %1596)
  %1598 = select i1 %1587, i64 %1597, i64 %1590
  store i64 %1598, i64* %lowEnd, align 8
  %1599 = add i64 %1556, 64
  %1600 = sub i64 %1556, %scratch_start
  %1601 = lshr i64 %1600, 4
  %1602 = add i64 %1599, %1601
  %1603 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1602)
  %1604 = call i64 @llvm.umax.i64(i64 %1591, i64 %1603)
  %1605 = select i1 %1587, i64 %1591, i64 %1604
  store i64 %1605, i64* %highEnd, align 8
  store i64 %1589, i64* %lowStart, align 8
  br label %write.ok209

write.low212:                                     ; preds = %write.ok209
  %1606 = load i64, i64* %lowStart, align 8
  %1607 = icmp uge i64 %1580, %1606
  %1608 = load i64, i64* %lowEnd, align 8
  %1609 = icmp ule i64 %1581, %1608
  %1610 = and i1 %1607, %1609
  %1611 = call i1 @llvm.expect.i1(i1 %1610, i1 true)
  br i1 %1611, label %write.ok214, label %write.slow213

write.slow213:                                    ; preds = %write.low212
  %1612 = icmp ugt i64 %1581, %arena_size
  br i1 %1612, label %trap17.site0, label %ok215

write.ok214:                                      ; preds = %ok215, %write.low212, %write.ok209
  %1613 = getelementptr i8, i8* %mem, i64 %1580
  store i32 %1578, i32* %unaligned216, align 4
  %1614 = bitcast i32* %unaligned216 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1613, i8* %1614, i64 4, i1 false)
  %1615 = load i32, i32* %obj.7, align 4
  store i32 %1615, i32* %result170, align 4
  br label %e39

ok215:                                            ; preds = %write.slow213
  %1616 = icmp ult i64 %1580, %scratch_start
  %1617 = load i64, i64* %lowStart, align 8
  %1618 = call i64 @llvm.umin.i64(i64 %1617, i64 %1580)
  %1619 = load i64, i64* %lowEnd, align 8
  %1620 = load i64, i64* %highEnd, align 8
  %1621 = add i64 %1581, 64
  %1622 = sub i64 %1581, %1618
  %1623 = lshr i64 %1622, 4
  %1624 = add i64 %1621, %1623
  %1625 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1624)
  %1626 = call i64 @llvm.umax.i64(i64 %1619, i64 %1625)
  %1627 = select i1 %1616, i64 %1626, i64 %1619
  store i64 %1627, i64* %lowEnd, align 8
  %1628 = add i64 %1581, 64
  %1629 = sub i64 %1581, %scratch_start
  %1630 = lshr i64 %1629, 4
  %1631 = add i64 %1628, %1630
  %1632 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1631)
  %1633 = call i64 @llvm.umax.i64(i64 %1620, i64 %1632)
  %1634 = select i1 %1616, i64 %1620, i64 %1633
  store i64 %1634, i64* %highEnd, align 8
  store i64 %1618, i64* %lowStart, align 8
  br label %write.ok214

write.low217:                                     ; preds = %e39
  %1635 = load i64, i64* %lowStart, align 8
  %1636 = icmp uge i64 %1290, %1635
  %1637 = load i64, i64* %lowEnd, align 8
  %1638 = icmp ule i64 %1291, %1637
  %1639 = and i1 %1636, %1638
  %1640 = call i1 @llvm.expect.i1(i1 %1639, i1 true)
  br i1 %1640, label %write.ok219, label %write.slow218

write.slow218:                                    ; preds = %write.low217
  %1641 = icmp ugt i64 %1291, %arena_size
  br i1 %1641, label %trap17.site0, label %ok220

write.ok219:                                      ; preds = %ok220, %write.low217, %e39
  %1642 = getelementptr i8, i8* %mem, i64 %1290
  store i32 %1288, i32* %unaligned221, align 4
  %1643 = bitcast i32* %unaligned221 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1642, i8* %1643, i64 4, i1 false)
  %1644 = load i32, i32* %dict, align 4
  store i32 %1644, i32* %result5, align 4
  br label %e0

ok220:                                            ; preds = %write.slow218
  %1645 = icmp ult i64 %1290, %scratch_start
  %1646 = load i64, i64* %lowStart, align 8
  %1647 = call i64 @llvm.umin.i64(i64 %1646, i64 %1290)
  %1648 = load i64, i64* %lowEnd, align 8
  %1649 = load i64, i64* %highEnd, align 8
  %1650 = add i64 %1291, 64
  %1651 = sub i64 %1291, %1647
  %1652 = lshr i64 %1651, 4
  %1653 = add i64 %1650, %1652
  %1654 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1653)
  %1655 = call i64 @llvm.umax.i64(i64 %1648, i64 %1654)
  %1656 = select i1 %1645, i64 %1655, i64 %1648
  store i64 %1656, i64* %lowEnd, align 8
  %1657 = add i64 %1291, 64
  %1658 = sub i64 %1291, %scratch_start
  %1659 = lshr i64 %1658, 4
  %1660 = add i64 %1657, %1659
  %1661 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1660)
  %1662 = call i64 @llvm.umax.i64(i64 %1649, i64 %1661)
  %1663 = select i1 %1645, i64 %1649, i64 %1662
  store i64 %1663, i64* %highEnd, align 8
  store i64 %1647, i64* %lowStart, align 8
  br label %write.ok219

ok222:                                            ; preds = %e0
  %1664 = icmp ult i64 %10, %stack_limit
  br i1 %1664, label %trap253.site0, label %stack_ok223

stack_ok223:                                      ; preds = %ok222
  %1665 = load i64, i64* %fuel, align 8
  %1666 = getelementptr i64, i64* %regs, i64 0
  store i64 %1665, i64* %1666, align 8
  %1667 = load i64, i64* %lowStart, align 8
  %1668 = getelementptr i64, i64* %regs, i64 6
  store i64 %1667, i64* %1668, align 8
  %1669 = load i64, i64* %lowEnd, align 8
  %1670 = getelementptr i64, i64* %regs, i64 7
  store i64 %1669, i64* %1670, align 8
  %1671 = load i64, i64* %highEnd, align 8
  %1672 = getelementptr i64, i64* %regs, i64 8
  store i64 %1671, i64* %1672, align 8
  %1673 = add i32 %depth, 1
  %1674 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1673, i32 %89, i32 %90, i32 0)
  %1675 = getelementptr i64, i64* %regs, i64 0
  %1676 = load i64, i64* %1675, align 8
  store i64 %1676, i64* %fuel, align 8
  %1677 = getelementptr i64, i64* %regs, i64 6
  %1678 = load i64, i64* %1677, align 8
  store i64 %1678, i64* %lowStart, align 8
  %1679 = getelementptr i64, i64* %regs, i64 7
  %1680 = load i64, i64* %1679, align 8
  store i64 %1680, i64* %lowEnd, align 8
  %1681 = getelementptr i64, i64* %regs, i64 8
  %1682 = load i64, i64* %1681, align 8
  store i64 %1682, i64* %highEnd, align 8
  store i32 %1674, i32* %json_end, align 4
  %1683 = load i32, i32* %json_end, align 4
  %1684 = icmp eq i32 %1683, -2
  %1685 = zext i1 %1684 to i32
  %1686 = icmp ne i32 %1685, 0
  br i1 %1686, label %then224, label %else225

then224:                                          ; preds = %stack_ok223
  br label %trap16.site4

else225:                                          ; preds = %stack_ok223
  br label %join226

join226:                                          ; preds = %else225, %dead227
  %1687 = load i32, i32* %json_end, align 4
  %1688 = icmp eq i32 %1687, -1
  %1689 = zext i1 %1688 to i32
  %1690 = icmp ne i32 %1689, 0
  br i1 %1690, label %then228, label %else229

trap16.site4:                                     ; preds = %then224
  %1691 = load i64, i64* %lowStart, align 8
  %1692 = getelementptr i64, i64* %regs, i64 6
  store i64 %1691, i64* %1692, align 8
  %1693 = load i64, i64* %lowEnd, align 8
  %1694 = getelementptr i64, i64* %regs, i64 7
  store i64 %1693, i64* %1694, align 8
  %1695 = load i64, i64* %highEnd, align 8
  %1696 = getelementptr i64, i64* %regs, i64 8
  store i64 %1695, i64* %1696, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead227:                                          ; No predecessors!
  br label %join226

then228:                                          ; preds = %join226
  br label %trap15.site4

else229:                                          ; preds = %join226
  br label %join230

join230:                                          ; preds = %else229, %dead231
  %1697 = load i32, i32* %json_end, align 4
  %1698 = zext i32 %1697 to i64
  %1699 = getelementptr i64, i64* %regs, i64 3
  store i64 %1698, i64* %1699, align 8
  %1700 = load i32, i32* %json_end, align 4
  %1701 = load i32, i32* %json_start, align 4
  %1702 = sub i32 %1700, %1701
  %1703 = load i64, i64* %fuel, align 8
  %1704 = getelementptr i64, i64* %regs, i64 0
  store i64 %1703, i64* %1704, align 8
  %1705 = load i64, i64* %lowStart, align 8
  %1706 = getelementptr i64, i64* %regs, i64 6
  store i64 %1705, i64* %1706, align 8
  %1707 = load i64, i64* %lowEnd, align 8
  %1708 = getelementptr i64, i64* %regs, i64 7
  store i64 %1707, i64* %1708, align 8
  %1709 = load i64, i64* %highEnd, align 8
  %1710 = getelementptr i64, i64* %regs, i64 8
  store i64 %1709, i64* %1710, align 8
  ret i32 %1702

dead231:                                          ; No predecessors!
  br label %join230
}
