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
  %unaligned52 = alloca i32, align 4
  %unaligned54 = alloca i64, align 8
  %unaligned55 = alloca i64, align 8
  %unaligned62 = alloca i32, align 4
  %unaligned64 = alloca i64, align 8
  %unaligned69 = alloca i64, align 8
  %unaligned75 = alloca i32, align 4
  %unaligned80 = alloca i32, align 4
  %result81 = alloca i32, align 4
  %unaligned83 = alloca i32, align 4
  %unaligned90 = alloca i32, align 4
  %unaligned95 = alloca i32, align 4
  %unaligned101 = alloca i64, align 8
  %unaligned106 = alloca i64, align 8
  %unaligned113 = alloca i32, align 4
  %unaligned119 = alloca i64, align 8
  %unaligned124 = alloca i64, align 8
  %unaligned130 = alloca i32, align 4
  %unaligned135 = alloca i32, align 4
  %result136 = alloca i32, align 4
  %unaligned138 = alloca i64, align 8
  %unaligned144 = alloca i64, align 8
  %unaligned149 = alloca i32, align 4
  %result150 = alloca i32, align 4
  %unaligned156 = alloca i64, align 8
  %unaligned161 = alloca i32, align 4
  %result168 = alloca i32, align 4
  %result169 = alloca i32, align 4
  %unaligned175 = alloca i64, align 8
  %unaligned181 = alloca i32, align 4
  %unaligned185 = alloca i32, align 4
  %result197 = alloca i32, align 4
  %result198 = alloca i32, align 4
  %unaligned200 = alloca i64, align 8
  %unaligned202 = alloca i32, align 4
  %unaligned208 = alloca i64, align 8
  %unaligned213 = alloca i32, align 4
  %result214 = alloca i32, align 4
  %unaligned216 = alloca i64, align 8
  %unaligned227 = alloca i64, align 8
  %unaligned232 = alloca i32, align 4
  %unaligned238 = alloca i32, align 4
  %unaligned243 = alloca i32, align 4
  %unaligned248 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each38, %each19109, %each1358, %body
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

trap253.site0:                                    ; preds = %ok249, %ok186, %ok162, %ok1
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

trap17.site0:                                     ; preds = %write.slow245, %write.slow240, %write.slow235, %write.slow229, %write.slow224, %write.slow210, %write.slow205, %write.slow194, %cont183, %e34, %write.slow177, %write.slow172, %write.slow165, %write.slow158, %write.slow153, %write.slow146, %write.slow141, %write.slow132, %write.slow127, %write.slow121, %cont111, %write.slow103, %ok88, %write.ok78, %write.slow77, %write.slow72, %write.slow66, %cont60, %ok49, %write.ok43, %write.slow42, %write.slow35, %write.slow30, %write.slow21, %write.slow16, %write.slow, %ok2, %stack_ok
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

e0:                                               ; preds = %write.ok246
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
  br i1 %91, label %trap15.site0, label %ok249

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

trap15.site4:                                     ; preds = %then255, %ok3
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

e10:                                              ; preds = %write.ok73
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
  br i1 %438, label %write.ok78, label %write.low76

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
  %476 = load i32, i32* %k, align 4
  %477 = load i32, i32* %n, align 4
  %478 = icmp ugt i32 %477, %476
  %479 = sub i32 %477, %476
  %480 = select i1 %478, i32 %479, i32 0
  %481 = zext i32 %480 to i64
  %482 = load i64, i64* %fuel, align 8
  %483 = icmp ult i64 %481, %482
  %484 = icmp ne i64 %481, 0
  %485 = icmp ult i64 %481, 4294967296
  %486 = and i1 %484, %485
  %487 = and i1 %483, %486
  %488 = load i32, i32* %xs, align 4
  %489 = zext i32 %488 to i64
  %490 = load i32, i32* %k, align 4
  %491 = zext i32 %490 to i64
  %492 = add i64 %491, %481
  %493 = sub i64 %492, 1
  %494 = mul i64 %493, 4
  %495 = add i64 %489, %494
  %496 = add i64 %495, 8
  %497 = icmp ult i64 %493, 4294967296
  %498 = icmp ule i64 %496, %arena_size
  %499 = and i1 %497, %498
  %500 = and i1 %487, %499
  %501 = load i32, i32* %list, align 4
  %502 = zext i32 %501 to i64
  %503 = load i32, i32* %len, align 4
  %504 = zext i32 %503 to i64
  %505 = add i64 %504, %481
  %506 = sub i64 %505, 1
  %507 = mul i64 %506, 8
  %508 = add i64 %502, %507
  %509 = add i64 %508, 16
  %510 = icmp ult i64 %506, 4294967296
  %511 = icmp ule i64 %509, %arena_size
  %512 = and i1 %510, %511
  %513 = and i1 %500, %512
  %514 = mul i64 %504, 8
  %515 = add i64 %502, %514
  %516 = add i64 %515, 8
  %517 = call i1 @llvm.expect.i1(i1 %513, i1 true)
  br i1 %517, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok50
  %518 = icmp ult i64 %516, %scratch_start
  %519 = load i64, i64* %lowStart, align 8
  %520 = call i64 @llvm.umin.i64(i64 %519, i64 %516)
  %521 = load i64, i64* %lowEnd, align 8
  %522 = load i64, i64* %highEnd, align 8
  %523 = call i64 @llvm.umax.i64(i64 %521, i64 %509)
  %524 = select i1 %518, i64 %523, i64 %521
  store i64 %524, i64* %lowEnd, align 8
  %525 = call i64 @llvm.umax.i64(i64 %522, i64 %509)
  %526 = select i1 %518, i64 %522, i64 %525
  store i64 %526, i64* %highEnd, align 8
  store i64 %520, i64* %lowStart, align 8
  %527 = add i64 %481, 1
  %528 = mul i64 %527, 1
  %529 = sub i64 %482, %528
  store i64 %529, i64* %fuel, align 8
  br label %each13

versioned.slow:                                   ; preds = %ok50
  br label %each1358

versioned.join:                                   ; preds = %block1257, %block12
  %530 = load i32, i32* %list, align 4
  %531 = load i32, i32* %len, align 4
  %532 = zext i32 %530 to i64
  %533 = add i64 %532, 4
  %534 = icmp uge i64 %532, %scratch_start
  %535 = load i64, i64* %highEnd, align 8
  %536 = icmp ule i64 %533, %535
  %537 = and i1 %534, %536
  %538 = call i1 @llvm.expect.i1(i1 %537, i1 true)
  br i1 %538, label %write.ok73, label %write.low71

block12:                                          ; preds = %dead56, %each13
  br label %versioned.join

each13:                                           ; preds = %ok53, %versioned.fast
  %539 = load i32, i32* %k, align 4
  %540 = load i32, i32* %n, align 4
  %541 = icmp uge i32 %539, %540
  %542 = zext i1 %541 to i32
  %543 = icmp ne i32 %542, 0
  br i1 %543, label %block12, label %cont

cont:                                             ; preds = %each13
  %544 = load i32, i32* %k, align 4
  %545 = zext i32 %544 to i64
  %546 = mul i64 %545, 4
  %547 = load i32, i32* %xs, align 4
  %548 = zext i32 %547 to i64
  %549 = add i64 %548, %546
  %550 = add i64 %549, 4
  %551 = getelementptr i8, i8* %mem, i64 %550
  %552 = bitcast i32* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %552, i8* %551, i64 4, i1 false)
  %553 = load i32, i32* %unaligned52, align 4
  store i32 %553, i32* %x, align 4
  %554 = load i32, i32* %x, align 4
  store i32 %554, i32* %t, align 4
  %555 = load i32, i32* %len, align 4
  %556 = zext i32 %555 to i64
  %557 = mul i64 %556, 8
  %558 = load i32, i32* %list, align 4
  %559 = zext i32 %558 to i64
  %560 = add i64 %559, %557
  %561 = add i64 %560, 8
  %562 = getelementptr i8, i8* %mem, i64 %561
  %563 = load i32, i32* %t, align 4
  %564 = zext i32 %563 to i64
  %565 = sub i64 %arena_size, 8
  %566 = icmp sgt i64 %564, %565
  br i1 %566, label %trap17.site12, label %ok53

ok53:                                             ; preds = %cont
  %567 = getelementptr i8, i8* %mem, i64 %564
  %568 = bitcast i64* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %568, i8* %567, i64 8, i1 false)
  %569 = load i64, i64* %unaligned54, align 8
  store i64 %569, i64* %unaligned55, align 8
  %570 = bitcast i64* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %562, i8* %570, i64 8, i1 false)
  %571 = load i32, i32* %len, align 4
  %572 = add i32 %571, 1
  store i32 %572, i32* %len, align 4
  %573 = load i32, i32* %k, align 4
  %574 = add i32 %573, 1
  store i32 %574, i32* %k, align 4
  br label %each13

trap17.site12:                                    ; preds = %ok61, %cont
  %575 = load i64, i64* %lowStart, align 8
  %576 = getelementptr i64, i64* %regs, i64 6
  store i64 %575, i64* %576, align 8
  %577 = load i64, i64* %lowEnd, align 8
  %578 = getelementptr i64, i64* %regs, i64 7
  store i64 %577, i64* %578, align 8
  %579 = load i64, i64* %highEnd, align 8
  %580 = getelementptr i64, i64* %regs, i64 8
  store i64 %579, i64* %580, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

dead56:                                           ; No predecessors!
  br label %block12

block1257:                                        ; preds = %dead70, %ok59
  br label %versioned.join

each1358:                                         ; preds = %write.ok67, %versioned.slow
  %581 = load i64, i64* %fuel, align 8
  %582 = icmp ult i64 %581, 1
  br i1 %582, label %trap14.site0, label %ok59

ok59:                                             ; preds = %each1358
  %583 = sub i64 %581, 1
  store i64 %583, i64* %fuel, align 8
  %584 = load i32, i32* %k, align 4
  %585 = load i32, i32* %n, align 4
  %586 = icmp uge i32 %584, %585
  %587 = zext i1 %586 to i32
  %588 = icmp ne i32 %587, 0
  br i1 %588, label %block1257, label %cont60

cont60:                                           ; preds = %ok59
  %589 = load i32, i32* %xs, align 4
  %590 = load i32, i32* %k, align 4
  %591 = mul i32 %590, 4
  %592 = add i32 %589, %591
  %593 = zext i32 %592 to i64
  %594 = sub i64 %arena_size, 8
  %595 = icmp sgt i64 %593, %594
  br i1 %595, label %trap17.site0, label %ok61

ok61:                                             ; preds = %cont60
  %596 = add i64 %593, 4
  %597 = getelementptr i8, i8* %mem, i64 %596
  %598 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %598, i8* %597, i64 4, i1 false)
  %599 = load i32, i32* %unaligned62, align 4
  store i32 %599, i32* %x, align 4
  %600 = load i32, i32* %x, align 4
  store i32 %600, i32* %t, align 4
  %601 = load i32, i32* %list, align 4
  %602 = load i32, i32* %len, align 4
  %603 = mul i32 %602, 8
  %604 = add i32 %601, %603
  %605 = load i32, i32* %t, align 4
  %606 = zext i32 %605 to i64
  %607 = sub i64 %arena_size, 8
  %608 = icmp sgt i64 %606, %607
  br i1 %608, label %trap17.site12, label %ok63

ok63:                                             ; preds = %ok61
  %609 = getelementptr i8, i8* %mem, i64 %606
  %610 = bitcast i64* %unaligned64 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %610, i8* %609, i64 8, i1 false)
  %611 = load i64, i64* %unaligned64, align 8
  %612 = zext i32 %604 to i64
  %613 = add i64 %612, 8
  %614 = add i64 %613, 8
  %615 = icmp uge i64 %613, %scratch_start
  %616 = load i64, i64* %highEnd, align 8
  %617 = icmp ule i64 %614, %616
  %618 = and i1 %615, %617
  %619 = call i1 @llvm.expect.i1(i1 %618, i1 true)
  br i1 %619, label %write.ok67, label %write.low65

write.low65:                                      ; preds = %ok63
  %620 = load i64, i64* %lowStart, align 8
  %621 = icmp uge i64 %613, %620
  %622 = load i64, i64* %lowEnd, align 8
  %623 = icmp ule i64 %614, %622
  %624 = and i1 %621, %623
  %625 = call i1 @llvm.expect.i1(i1 %624, i1 true)
  br i1 %625, label %write.ok67, label %write.slow66

write.slow66:                                     ; preds = %write.low65
  %626 = icmp ugt i64 %614, %arena_size
  br i1 %626, label %trap17.site0, label %ok68

write.ok67:                                       ; preds = %ok68, %write.low65, %ok63
  %627 = getelementptr i8, i8* %mem, i64 %613
  store i64 %611, i64* %unaligned69, align 8
  %628 = bitcast i64* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %627, i8* %628, i64 8, i1 false)
  %629 = load i32, i32* %len, align 4
  %630 = add i32 %629, 1
  store i32 %630, i32* %len, align 4
  %631 = load i32, i32* %k, align 4
  %632 = add i32 %631, 1
  store i32 %632, i32* %k, align 4
  br label %each1358

ok68:                                             ; preds = %write.slow66
  %633 = icmp ult i64 %613, %scratch_start
  %634 = load i64, i64* %lowStart, align 8
  %635 = call i64 @llvm.umin.i64(i64 %634, i64 %613)
  %636 = load i64, i64* %lowEnd, align 8
  %637 = load i64, i64* %highEnd, align 8
  %638 = add i64 %614, 64
  %639 = sub i64 %614, %635
  %640 = lshr i64 %639, 4
  %641 = add i64 %638, %640
  %642 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %641)
  %643 = call i64 @llvm.umax.i64(i64 %636, i64 %642)
  %644 = select i1 %633, i64 %643, i64 %636
  store i64 %644, i64* %lowEnd, align 8
  %645 = add i64 %614, 64
  %646 = sub i64 %614, %scratch_start
  %647 = lshr i64 %646, 4
  %648 = add i64 %645, %647
  %649 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %648)
  %650 = call i64 @llvm.umax.i64(i64 %637, i64 %649)
  %651 = select i1 %633, i64 %637, i64 %650
  store i64 %651, i64* %highEnd, align 8
  store i64 %635, i64* %lowStart, align 8
  br label %write.ok67

dead70:                                           ; No predecessors!
  br label %block1257

write.low71:                                      ; preds = %versioned.join
  %652 = load i64, i64* %lowStart, align 8
  %653 = icmp uge i64 %532, %652
  %654 = load i64, i64* %lowEnd, align 8
  %655 = icmp ule i64 %533, %654
  %656 = and i1 %653, %655
  %657 = call i1 @llvm.expect.i1(i1 %656, i1 true)
  br i1 %657, label %write.ok73, label %write.slow72

write.slow72:                                     ; preds = %write.low71
  %658 = icmp ugt i64 %533, %arena_size
  br i1 %658, label %trap17.site0, label %ok74

write.ok73:                                       ; preds = %ok74, %write.low71, %versioned.join
  %659 = getelementptr i8, i8* %mem, i64 %532
  store i32 %531, i32* %unaligned75, align 4
  %660 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %659, i8* %660, i64 4, i1 false)
  %661 = load i32, i32* %list, align 4
  store i32 %661, i32* %result46, align 4
  br label %e10

ok74:                                             ; preds = %write.slow72
  %662 = icmp ult i64 %532, %scratch_start
  %663 = load i64, i64* %lowStart, align 8
  %664 = call i64 @llvm.umin.i64(i64 %663, i64 %532)
  %665 = load i64, i64* %lowEnd, align 8
  %666 = load i64, i64* %highEnd, align 8
  %667 = add i64 %533, 64
  %668 = sub i64 %533, %664
  %669 = lshr i64 %668, 4
  %670 = add i64 %667, %669
  %671 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %670)
  %672 = call i64 @llvm.umax.i64(i64 %665, i64 %671)
  %673 = select i1 %662, i64 %672, i64 %665
  store i64 %673, i64* %lowEnd, align 8
  %674 = add i64 %533, 64
  %675 = sub i64 %533, %scratch_start
  %676 = lshr i64 %675, 4
  %677 = add i64 %674, %676
  %678 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %677)
  %679 = call i64 @llvm.umax.i64(i64 %666, i64 %678)
  %680 = select i1 %662, i64 %666, i64 %679
  store i64 %680, i64* %highEnd, align 8
  store i64 %664, i64* %lowStart, align 8
  br label %write.ok73

write.low76:                                      ; preds = %e10
  %681 = load i64, i64* %lowStart, align 8
  %682 = icmp uge i64 %432, %681
  %683 = load i64, i64* %lowEnd, align 8
  %684 = icmp ule i64 %433, %683
  %685 = and i1 %682, %684
  %686 = call i1 @llvm.expect.i1(i1 %685, i1 true)
  br i1 %686, label %write.ok78, label %write.slow77

write.slow77:                                     ; preds = %write.low76
  %687 = icmp ugt i64 %433, %arena_size
  br i1 %687, label %trap17.site0, label %ok79

write.ok78:                                       ; preds = %ok79, %write.low76, %e10
  %688 = getelementptr i8, i8* %mem, i64 %432
  store i32 %430, i32* %unaligned80, align 4
  %689 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %688, i8* %689, i64 4, i1 false)
  %690 = load i32, i32* %flags, align 4
  store i32 %690, i32* %xs.1, align 4
  %691 = load i32, i32* %xs.1, align 4
  %692 = zext i32 %691 to i64
  %693 = sub i64 %arena_size, 4
  %694 = icmp sgt i64 %692, %693
  br i1 %694, label %trap17.site0, label %ok82

ok79:                                             ; preds = %write.slow77
  %695 = icmp ult i64 %432, %scratch_start
  %696 = load i64, i64* %lowStart, align 8
  %697 = call i64 @llvm.umin.i64(i64 %696, i64 %432)
  %698 = load i64, i64* %lowEnd, align 8
  %699 = load i64, i64* %highEnd, align 8
  %700 = add i64 %433, 64
  %701 = sub i64 %433, %697
  %702 = lshr i64 %701, 4
  %703 = add i64 %700, %702
  %704 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %703)
  %705 = call i64 @llvm.umax.i64(i64 %698, i64 %704)
  %706 = select i1 %695, i64 %705, i64 %698
  store i64 %706, i64* %lowEnd, align 8
  %707 = add i64 %433, 64
  %708 = sub i64 %433, %scratch_start
  %709 = lshr i64 %708, 4
  %710 = add i64 %707, %709
  %711 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %710)
  %712 = call i64 @llvm.umax.i64(i64 %699, i64 %711)
  %713 = select i1 %695, i64 %699, i64 %712
  store i64 %713, i64* %highEnd, align 8
  store i64 %697, i64* %lowStart, align 8
  br label %write.ok78

e16:                                              ; preds = %write.ok128
  %714 = load i32, i32* %result81, align 4
  store i32 %714, i32* %on, align 4
  %715 = load i32, i32* %dict, align 4
  %716 = load i32, i32* %on, align 4
  %717 = zext i32 %715 to i64
  %718 = add i64 %717, 16
  %719 = add i64 %718, 4
  %720 = icmp uge i64 %718, %scratch_start
  %721 = load i64, i64* %highEnd, align 8
  %722 = icmp ule i64 %719, %721
  %723 = and i1 %720, %722
  %724 = call i1 @llvm.expect.i1(i1 %723, i1 true)
  br i1 %724, label %write.ok133, label %write.low131

ok82:                                             ; preds = %write.ok78
  %725 = getelementptr i8, i8* %mem, i64 %692
  %726 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %726, i8* %725, i64 4, i1 false)
  %727 = load i32, i32* %unaligned83, align 4
  %728 = zext i32 %727 to i64
  %729 = mul i64 %728, 8
  %730 = add i64 8, %729
  store i64 %730, i64* %size.1, align 8
  %731 = load i64, i64* %size.1, align 8
  %732 = icmp ugt i64 %731, 2147483647
  %733 = zext i1 %732 to i32
  %734 = icmp ne i32 %733, 0
  br i1 %734, label %then84, label %else85

then84:                                           ; preds = %ok82
  br label %trap15.site13

else85:                                           ; preds = %ok82
  br label %join86

join86:                                           ; preds = %else85, %dead87
  %735 = load i64, i64* %size.1, align 8
  %736 = trunc i64 %735 to i32
  %737 = zext i32 %736 to i64
  %738 = getelementptr i64, i64* %regs, i64 1
  %739 = getelementptr i64, i64* %regs, i64 2
  %740 = load i64, i64* %738, align 8
  %741 = add i64 %740, 7
  %742 = and i64 %741, -8
  %743 = add i64 %742, %737
  %744 = load i64, i64* %739, align 8
  %745 = icmp ugt i64 %743, %744
  br i1 %745, label %trap15.site13, label %ok88

trap15.site13:                                    ; preds = %join86, %then84
  %746 = load i64, i64* %lowStart, align 8
  %747 = getelementptr i64, i64* %regs, i64 6
  store i64 %746, i64* %747, align 8
  %748 = load i64, i64* %lowEnd, align 8
  %749 = getelementptr i64, i64* %regs, i64 7
  store i64 %748, i64* %749, align 8
  %750 = load i64, i64* %highEnd, align 8
  %751 = getelementptr i64, i64* %regs, i64 8
  store i64 %750, i64* %751, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead87:                                           ; No predecessors!
  br label %join86

ok88:                                             ; preds = %join86
  store i64 %743, i64* %738, align 8
  %752 = load i64, i64* %highEnd, align 8
  %753 = call i64 @llvm.umax.i64(i64 %752, i64 %743)
  store i64 %753, i64* %highEnd, align 8
  %754 = trunc i64 %742 to i32
  store i32 %754, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %755 = load i32, i32* %xs.1, align 4
  %756 = zext i32 %755 to i64
  %757 = sub i64 %arena_size, 4
  %758 = icmp sgt i64 %756, %757
  br i1 %758, label %trap17.site0, label %ok89

ok89:                                             ; preds = %ok88
  %759 = getelementptr i8, i8* %mem, i64 %756
  %760 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %760, i8* %759, i64 4, i1 false)
  %761 = load i32, i32* %unaligned90, align 4
  store i32 %761, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  %762 = load i32, i32* %k.1, align 4
  %763 = load i32, i32* %n.1, align 4
  %764 = icmp ugt i32 %763, %762
  %765 = sub i32 %763, %762
  %766 = select i1 %764, i32 %765, i32 0
  %767 = zext i32 %766 to i64
  %768 = load i64, i64* %fuel, align 8
  %769 = icmp ult i64 %767, %768
  %770 = icmp ne i64 %767, 0
  %771 = icmp ult i64 %767, 4294967296
  %772 = and i1 %770, %771
  %773 = and i1 %769, %772
  %774 = load i32, i32* %xs.1, align 4
  %775 = zext i32 %774 to i64
  %776 = load i32, i32* %k.1, align 4
  %777 = zext i32 %776 to i64
  %778 = add i64 %777, %767
  %779 = sub i64 %778, 1
  %780 = mul i64 %779, 4
  %781 = add i64 %775, %780
  %782 = add i64 %781, 8
  %783 = icmp ult i64 %779, 4294967296
  %784 = icmp ule i64 %782, %arena_size
  %785 = and i1 %783, %784
  %786 = and i1 %773, %785
  %787 = call i1 @llvm.expect.i1(i1 %786, i1 true)
  br i1 %787, label %versioned.fast91, label %versioned.slow92

versioned.fast91:                                 ; preds = %ok89
  %788 = add i64 %767, 1
  %789 = mul i64 %788, 1
  %790 = sub i64 %768, %789
  store i64 %790, i64* %fuel, align 8
  br label %each19

versioned.slow92:                                 ; preds = %ok89
  br label %each19109

versioned.join93:                                 ; preds = %block18108, %block18
  %791 = load i32, i32* %list.1, align 4
  %792 = load i32, i32* %len.1, align 4
  %793 = zext i32 %791 to i64
  %794 = add i64 %793, 4
  %795 = icmp uge i64 %793, %scratch_start
  %796 = load i64, i64* %highEnd, align 8
  %797 = icmp ule i64 %794, %796
  %798 = and i1 %795, %797
  %799 = call i1 @llvm.expect.i1(i1 %798, i1 true)
  br i1 %799, label %write.ok128, label %write.low126

block18:                                          ; preds = %dead107, %each19
  br label %versioned.join93

each19:                                           ; preds = %join99, %versioned.fast91
  %800 = load i32, i32* %k.1, align 4
  %801 = load i32, i32* %n.1, align 4
  %802 = icmp uge i32 %800, %801
  %803 = zext i1 %802 to i32
  %804 = icmp ne i32 %803, 0
  br i1 %804, label %block18, label %cont94

cont94:                                           ; preds = %each19
  %805 = load i32, i32* %k.1, align 4
  %806 = zext i32 %805 to i64
  %807 = mul i64 %806, 4
  %808 = load i32, i32* %xs.1, align 4
  %809 = zext i32 %808 to i64
  %810 = add i64 %809, %807
  %811 = add i64 %810, 4
  %812 = getelementptr i8, i8* %mem, i64 %811
  %813 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %813, i8* %812, i64 4, i1 false)
  %814 = load i32, i32* %unaligned95, align 4
  store i32 %814, i32* %x.1, align 4
  %815 = load i32, i32* %x.1, align 4
  store i32 %815, i32* %t.1, align 4
  %816 = load i32, i32* %t.1, align 4
  %817 = zext i32 %816 to i64
  %818 = sub i64 %arena_size, 9
  %819 = icmp sgt i64 %817, %818
  br i1 %819, label %trap17.site14, label %ok96

ok96:                                             ; preds = %cont94
  %820 = add i64 %817, 8
  %821 = getelementptr i8, i8* %mem, i64 %820
  %822 = load i8, i8* %821, align 1
  %823 = zext i8 %822 to i32
  %824 = icmp ne i32 %823, 0
  br i1 %824, label %then97, label %else98

trap17.site14:                                    ; preds = %ok112, %cont94
  %825 = load i64, i64* %lowStart, align 8
  %826 = getelementptr i64, i64* %regs, i64 6
  store i64 %825, i64* %826, align 8
  %827 = load i64, i64* %lowEnd, align 8
  %828 = getelementptr i64, i64* %regs, i64 7
  store i64 %827, i64* %828, align 8
  %829 = load i64, i64* %highEnd, align 8
  %830 = getelementptr i64, i64* %regs, i64 8
  store i64 %829, i64* %830, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

then97:                                           ; preds = %ok96
  %831 = load i32, i32* %list.1, align 4
  %832 = load i32, i32* %len.1, align 4
  %833 = mul i32 %832, 8
  %834 = add i32 %831, %833
  %835 = load i32, i32* %t.1, align 4
  %836 = zext i32 %835 to i64
  %837 = sub i64 %arena_size, 8
  %838 = icmp sgt i64 %836, %837
  br i1 %838, label %trap17.site15, label %ok100

else98:                                           ; preds = %ok96
  br label %join99

join99:                                           ; preds = %else98, %write.ok104
  %839 = load i32, i32* %k.1, align 4
  %840 = add i32 %839, 1
  store i32 %840, i32* %k.1, align 4
  br label %each19

ok100:                                            ; preds = %then97
  %841 = getelementptr i8, i8* %mem, i64 %836
  %842 = bitcast i64* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %842, i8* %841, i64 8, i1 false)
  %843 = load i64, i64* %unaligned101, align 8
  %844 = zext i32 %834 to i64
  %845 = add i64 %844, 8
  %846 = add i64 %845, 8
  %847 = icmp uge i64 %845, %scratch_start
  %848 = load i64, i64* %highEnd, align 8
  %849 = icmp ule i64 %846, %848
  %850 = and i1 %847, %849
  %851 = call i1 @llvm.expect.i1(i1 %850, i1 true)
  br i1 %851, label %write.ok104, label %write.low102

trap17.site15:                                    ; preds = %then115, %then97
  %852 = load i64, i64* %lowStart, align 8
  %853 = getelementptr i64, i64* %regs, i64 6
  store i64 %852, i64* %853, align 8
  %854 = load i64, i64* %lowEnd, align 8
  %855 = getelementptr i64, i64* %regs, i64 7
  store i64 %854, i64* %855, align 8
  %856 = load i64, i64* %highEnd, align 8
  %857 = getelementptr i64, i64* %regs, i64 8
  store i64 %856, i64* %857, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 15)
  unreachable

write.low102:                                     ; preds = %ok100
  %858 = load i64, i64* %lowStart, align 8
  %859 = icmp uge i64 %845, %858
  %860 = load i64, i64* %lowEnd, align 8
  %861 = icmp ule i64 %846, %860
  %862 = and i1 %859, %861
  %863 = call i1 @llvm.expect.i1(i1 %862, i1 true)
  br i1 %863, label %write.ok104, label %write.slow103

write.slow103:                                    ; preds = %write.low102
  %864 = icmp ugt i64 %846, %arena_size
  br i1 %864, label %trap17.site0, label %ok105

write.ok104:                                      ; preds = %ok105, %write.low102, %ok100
  %865 = getelementptr i8, i8* %mem, i64 %845
  store i64 %843, i64* %unaligned106, align 8
  %866 = bitcast i64* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %865, i8* %866, i64 8, i1 false)
  %867 = load i32, i32* %len.1, align 4
  %868 = add i32 %867, 1
  store i32 %868, i32* %len.1, align 4
  br label %join99

ok105:                                            ; preds = %write.slow103
  %869 = icmp ult i64 %845, %scratch_start
  %870 = load i64, i64* %lowStart, align 8
  %871 = call i64 @llvm.umin.i64(i64 %870, i64 %845)
  %872 = load i64, i64* %lowEnd, align 8
  %873 = load i64, i64* %highEnd, align 8
  %874 = add i64 %846, 64
  %875 = sub i64 %846, %871
  %876 = lshr i64 %875, 4
  %877 = add i64 %874, %876
  %878 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %877)
  %879 = call i64 @llvm.umax.i64(i64 %872, i64 %878)
  %880 = select i1 %869, i64 %879, i64 %872
  store i64 %880, i64* %lowEnd, align 8
  %881 = add i64 %846, 64
  %882 = sub i64 %846, %scratch_start
  %883 = lshr i64 %882, 4
  %884 = add i64 %881, %883
  %885 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %884)
  %886 = call i64 @llvm.umax.i64(i64 %873, i64 %885)
  %887 = select i1 %869, i64 %873, i64 %886
  store i64 %887, i64* %highEnd, align 8
  store i64 %871, i64* %lowStart, align 8
  br label %write.ok104

dead107:                                          ; No predecessors!
  br label %block18

block18108:                                       ; preds = %dead125, %ok110
  br label %versioned.join93

each19109:                                        ; preds = %join117, %versioned.slow92
  %888 = load i64, i64* %fuel, align 8
  %889 = icmp ult i64 %888, 1
  br i1 %889, label %trap14.site0, label %ok110

ok110:                                            ; preds = %each19109
  %890 = sub i64 %888, 1
  store i64 %890, i64* %fuel, align 8
  %891 = load i32, i32* %k.1, align 4
  %892 = load i32, i32* %n.1, align 4
  %893 = icmp uge i32 %891, %892
  %894 = zext i1 %893 to i32
  %895 = icmp ne i32 %894, 0
  br i1 %895, label %block18108, label %cont111

cont111:                                          ; preds = %ok110
  %896 = load i32, i32* %xs.1, align 4
  %897 = load i32, i32* %k.1, align 4
  %898 = mul i32 %897, 4
  %899 = add i32 %896, %898
  %900 = zext i32 %899 to i64
  %901 = sub i64 %arena_size, 8
  %902 = icmp sgt i64 %900, %901
  br i1 %902, label %trap17.site0, label %ok112

ok112:                                            ; preds = %cont111
  %903 = add i64 %900, 4
  %904 = getelementptr i8, i8* %mem, i64 %903
  %905 = bitcast i32* %unaligned113 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %905, i8* %904, i64 4, i1 false)
  %906 = load i32, i32* %unaligned113, align 4
  store i32 %906, i32* %x.1, align 4
  %907 = load i32, i32* %x.1, align 4
  store i32 %907, i32* %t.1, align 4
  %908 = load i32, i32* %t.1, align 4
  %909 = zext i32 %908 to i64
  %910 = sub i64 %arena_size, 9
  %911 = icmp sgt i64 %909, %910
  br i1 %911, label %trap17.site14, label %ok114

ok114:                                            ; preds = %ok112
  %912 = add i64 %909, 8
  %913 = getelementptr i8, i8* %mem, i64 %912
  %914 = load i8, i8* %913, align 1
  %915 = zext i8 %914 to i32
  %916 = icmp ne i32 %915, 0
  br i1 %916, label %then115, label %else116

then115:                                          ; preds = %ok114
  %917 = load i32, i32* %list.1, align 4
  %918 = load i32, i32* %len.1, align 4
  %919 = mul i32 %918, 8
  %920 = add i32 %917, %919
  %921 = load i32, i32* %t.1, align 4
  %922 = zext i32 %921 to i64
  %923 = sub i64 %arena_size, 8
  %924 = icmp sgt i64 %922, %923
  br i1 %924, label %trap17.site15, label %ok118

else116:                                          ; preds = %ok114
  br label %join117

join117:                                          ; preds = %else116, %write.ok122
  %925 = load i32, i32* %k.1, align 4
  %926 = add i32 %925, 1
  store i32 %926, i32* %k.1, align 4
  br label %each19109

ok118:                                            ; preds = %then115
  %927 = getelementptr i8, i8* %mem, i64 %922
  %928 = bitcast i64* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %928, i8* %927, i64 8, i1 false)
  %929 = load i64, i64* %unaligned119, align 8
  %930 = zext i32 %920 to i64
  %931 = add i64 %930, 8
  %932 = add i64 %931, 8
  %933 = icmp uge i64 %931, %scratch_start
  %934 = load i64, i64* %highEnd, align 8
  %935 = icmp ule i64 %932, %934
  %936 = and i1 %933, %935
  %937 = call i1 @llvm.expect.i1(i1 %936, i1 true)
  br i1 %937, label %write.ok122, label %write.low120

write.low120:                                     ; preds = %ok118
  %938 = load i64, i64* %lowStart, align 8
  %939 = icmp uge i64 %931, %938
  %940 = load i64, i64* %lowEnd, align 8
  %941 = icmp ule i64 %932, %940
  %942 = and i1 %939, %941
  %943 = call i1 @llvm.expect.i1(i1 %942, i1 true)
  br i1 %943, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %944 = icmp ugt i64 %932, %arena_size
  br i1 %944, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %ok118
  %945 = getelementptr i8, i8* %mem, i64 %931
  store i64 %929, i64* %unaligned124, align 8
  %946 = bitcast i64* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %945, i8* %946, i64 8, i1 false)
  %947 = load i32, i32* %len.1, align 4
  %948 = add i32 %947, 1
  store i32 %948, i32* %len.1, align 4
  br label %join117

ok123:                                            ; preds = %write.slow121
  %949 = icmp ult i64 %931, %scratch_start
  %950 = load i64, i64* %lowStart, align 8
  %951 = call i64 @llvm.umin.i64(i64 %950, i64 %931)
  %952 = load i64, i64* %lowEnd, align 8
  %953 = load i64, i64* %highEnd, align 8
  %954 = add i64 %932, 64
  %955 = sub i64 %932, %951
  %956 = lshr i64 %955, 4
  %957 = add i64 %954, %956
  %958 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %957)
  %959 = call i64 @llvm.umax.i64(i64 %952, i64 %958)
  %960 = select i1 %949, i64 %959, i64 %952
  store i64 %960, i64* %lowEnd, align 8
  %961 = add i64 %932, 64
  %962 = sub i64 %932, %scratch_start
  %963 = lshr i64 %962, 4
  %964 = add i64 %961, %963
  %965 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %964)
  %966 = call i64 @llvm.umax.i64(i64 %953, i64 %965)
  %967 = select i1 %949, i64 %953, i64 %966
  store i64 %967, i64* %highEnd, align 8
  store i64 %951, i64* %lowStart, align 8
  br label %write.ok122

dead125:                                          ; No predecessors!
  br label %block18108

write.low126:                                     ; preds = %versioned.join93
  %968 = load i64, i64* %lowStart, align 8
  %969 = icmp uge i64 %793, %968
  %970 = load i64, i64* %lowEnd, align 8
  %971 = icmp ule i64 %794, %970
  %972 = and i1 %969, %971
  %973 = call i1 @llvm.expect.i1(i1 %972, i1 true)
  br i1 %973, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %974 = icmp ugt i64 %794, %arena_size
  br i1 %974, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %versioned.join93
  %975 = getelementptr i8, i8* %mem, i64 %793
  store i32 %792, i32* %unaligned130, align 4
  %976 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %975, i8* %976, i64 4, i1 false)
  %977 = load i32, i32* %list.1, align 4
  store i32 %977, i32* %result81, align 4
  br label %e16

ok129:                                            ; preds = %write.slow127
  %978 = icmp ult i64 %793, %scratch_start
  %979 = load i64, i64* %lowStart, align 8
  %980 = call i64 @llvm.umin.i64(i64 %979, i64 %793)
  %981 = load i64, i64* %lowEnd, align 8
  %982 = load i64, i64* %highEnd, align 8
  %983 = add i64 %794, 64
  %984 = sub i64 %794, %980
  %985 = lshr i64 %984, 4
  %986 = add i64 %983, %985
  %987 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %986)
  %988 = call i64 @llvm.umax.i64(i64 %981, i64 %987)
  %989 = select i1 %978, i64 %988, i64 %981
  store i64 %989, i64* %lowEnd, align 8
  %990 = add i64 %794, 64
  %991 = sub i64 %794, %scratch_start
  %992 = lshr i64 %991, 4
  %993 = add i64 %990, %992
  %994 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %993)
  %995 = call i64 @llvm.umax.i64(i64 %982, i64 %994)
  %996 = select i1 %978, i64 %982, i64 %995
  store i64 %996, i64* %highEnd, align 8
  store i64 %980, i64* %lowStart, align 8
  br label %write.ok128

write.low131:                                     ; preds = %e16
  %997 = load i64, i64* %lowStart, align 8
  %998 = icmp uge i64 %718, %997
  %999 = load i64, i64* %lowEnd, align 8
  %1000 = icmp ule i64 %719, %999
  %1001 = and i1 %998, %1000
  %1002 = call i1 @llvm.expect.i1(i1 %1001, i1 true)
  br i1 %1002, label %write.ok133, label %write.slow132

write.slow132:                                    ; preds = %write.low131
  %1003 = icmp ugt i64 %719, %arena_size
  br i1 %1003, label %trap17.site0, label %ok134

write.ok133:                                      ; preds = %ok134, %write.low131, %e16
  %1004 = getelementptr i8, i8* %mem, i64 %718
  store i32 %716, i32* %unaligned135, align 4
  %1005 = bitcast i32* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1004, i8* %1005, i64 4, i1 false)
  %1006 = load i32, i32* %pair, align 4
  %1007 = zext i32 %1006 to i64
  %1008 = sub i64 %arena_size, 8
  %1009 = icmp sgt i64 %1007, %1008
  br i1 %1009, label %trap17.site17, label %ok137

ok134:                                            ; preds = %write.slow132
  %1010 = icmp ult i64 %718, %scratch_start
  %1011 = load i64, i64* %lowStart, align 8
  %1012 = call i64 @llvm.umin.i64(i64 %1011, i64 %718)
  %1013 = load i64, i64* %lowEnd, align 8
  %1014 = load i64, i64* %highEnd, align 8
  %1015 = add i64 %719, 64
  %1016 = sub i64 %719, %1012
  %1017 = lshr i64 %1016, 4
  %1018 = add i64 %1015, %1017
  %1019 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1018)
  %1020 = call i64 @llvm.umax.i64(i64 %1013, i64 %1019)
  %1021 = select i1 %1010, i64 %1020, i64 %1013
  store i64 %1021, i64* %lowEnd, align 8
  %1022 = add i64 %719, 64
  %1023 = sub i64 %719, %scratch_start
  %1024 = lshr i64 %1023, 4
  %1025 = add i64 %1022, %1024
  %1026 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1025)
  %1027 = call i64 @llvm.umax.i64(i64 %1014, i64 %1026)
  %1028 = select i1 %1010, i64 %1014, i64 %1027
  store i64 %1028, i64* %highEnd, align 8
  store i64 %1012, i64* %lowStart, align 8
  br label %write.ok133

e25:                                              ; preds = %write.ok147
  %1029 = load i32, i32* %result136, align 4
  store i64 1, i64* %c.5, align 8
  store i32 8, i32* %c.6, align 4
  %1030 = getelementptr i64, i64* %regs, i64 1
  %1031 = getelementptr i64, i64* %regs, i64 2
  %1032 = load i64, i64* %1030, align 8
  %1033 = add i64 %1032, 7
  %1034 = and i64 %1033, -8
  %1035 = add i64 %1034, 16
  %1036 = load i64, i64* %1031, align 8
  %1037 = icmp ugt i64 %1035, %1036
  br i1 %1037, label %trap15.site19, label %ok151

ok137:                                            ; preds = %write.ok133
  %1038 = getelementptr i8, i8* %mem, i64 %1007
  %1039 = bitcast i64* %unaligned138 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1039, i8* %1038, i64 8, i1 false)
  %1040 = load i64, i64* %unaligned138, align 8
  store i64 %1040, i64* %c.3, align 8
  store i32 8, i32* %c.4, align 4
  %1041 = getelementptr i64, i64* %regs, i64 1
  %1042 = getelementptr i64, i64* %regs, i64 2
  %1043 = load i64, i64* %1041, align 8
  %1044 = add i64 %1043, 7
  %1045 = and i64 %1044, -8
  %1046 = add i64 %1045, 16
  %1047 = load i64, i64* %1042, align 8
  %1048 = icmp ugt i64 %1046, %1047
  br i1 %1048, label %trap15.site18, label %ok139

trap17.site17:                                    ; preds = %write.ok133
  %1049 = load i64, i64* %lowStart, align 8
  %1050 = getelementptr i64, i64* %regs, i64 6
  store i64 %1049, i64* %1050, align 8
  %1051 = load i64, i64* %lowEnd, align 8
  %1052 = getelementptr i64, i64* %regs, i64 7
  store i64 %1051, i64* %1052, align 8
  %1053 = load i64, i64* %highEnd, align 8
  %1054 = getelementptr i64, i64* %regs, i64 8
  store i64 %1053, i64* %1054, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok139:                                            ; preds = %ok137
  store i64 %1046, i64* %1041, align 8
  %1055 = load i64, i64* %highEnd, align 8
  %1056 = call i64 @llvm.umax.i64(i64 %1055, i64 %1046)
  store i64 %1056, i64* %highEnd, align 8
  %1057 = trunc i64 %1045 to i32
  store i32 %1057, i32* %obj.3, align 4
  %1058 = load i32, i32* %obj.3, align 4
  %1059 = load i64, i64* %c.3, align 8
  %1060 = zext i32 %1058 to i64
  %1061 = add i64 %1060, 8
  %1062 = icmp uge i64 %1060, %scratch_start
  %1063 = load i64, i64* %highEnd, align 8
  %1064 = icmp ule i64 %1061, %1063
  %1065 = and i1 %1062, %1064
  %1066 = call i1 @llvm.expect.i1(i1 %1065, i1 true)
  br i1 %1066, label %write.ok142, label %write.low140

trap15.site18:                                    ; preds = %ok137
  %1067 = load i64, i64* %lowStart, align 8
  %1068 = getelementptr i64, i64* %regs, i64 6
  store i64 %1067, i64* %1068, align 8
  %1069 = load i64, i64* %lowEnd, align 8
  %1070 = getelementptr i64, i64* %regs, i64 7
  store i64 %1069, i64* %1070, align 8
  %1071 = load i64, i64* %highEnd, align 8
  %1072 = getelementptr i64, i64* %regs, i64 8
  store i64 %1071, i64* %1072, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

write.low140:                                     ; preds = %ok139
  %1073 = load i64, i64* %lowStart, align 8
  %1074 = icmp uge i64 %1060, %1073
  %1075 = load i64, i64* %lowEnd, align 8
  %1076 = icmp ule i64 %1061, %1075
  %1077 = and i1 %1074, %1076
  %1078 = call i1 @llvm.expect.i1(i1 %1077, i1 true)
  br i1 %1078, label %write.ok142, label %write.slow141

write.slow141:                                    ; preds = %write.low140
  %1079 = icmp ugt i64 %1061, %arena_size
  br i1 %1079, label %trap17.site0, label %ok143

write.ok142:                                      ; preds = %ok143, %write.low140, %ok139
  %1080 = getelementptr i8, i8* %mem, i64 %1060
  store i64 %1059, i64* %unaligned144, align 8
  %1081 = bitcast i64* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1080, i8* %1081, i64 8, i1 false)
  %1082 = load i32, i32* %obj.3, align 4
  %1083 = load i32, i32* %c.4, align 4
  %1084 = zext i32 %1082 to i64
  %1085 = add i64 %1084, 8
  %1086 = add i64 %1085, 4
  %1087 = icmp uge i64 %1085, %scratch_start
  %1088 = load i64, i64* %highEnd, align 8
  %1089 = icmp ule i64 %1086, %1088
  %1090 = and i1 %1087, %1089
  %1091 = call i1 @llvm.expect.i1(i1 %1090, i1 true)
  br i1 %1091, label %write.ok147, label %write.low145

ok143:                                            ; preds = %write.slow141
  %1092 = icmp ult i64 %1060, %scratch_start
  %1093 = load i64, i64* %lowStart, align 8
  %1094 = call i64 @llvm.umin.i64(i64 %1093, i64 %1060)
  %1095 = load i64, i64* %lowEnd, align 8
  %1096 = load i64, i64* %highEnd, align 8
  %1097 = add i64 %1061, 64
  %1098 = sub i64 %1061, %1094
  %1099 = lshr i64 %1098, 4
  %1100 = add i64 %1097, %1099
  %1101 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1100)
  %1102 = call i64 @llvm.umax.i64(i64 %1095, i64 %1101)
  %1103 = select i1 %1092, i64 %1102, i64 %1095
  store i64 %1103, i64* %lowEnd, align 8
  %1104 = add i64 %1061, 64
  %1105 = sub i64 %1061, %scratch_start
  %1106 = lshr i64 %1105, 4
  %1107 = add i64 %1104, %1106
  %1108 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1107)
  %1109 = call i64 @llvm.umax.i64(i64 %1096, i64 %1108)
  %1110 = select i1 %1092, i64 %1096, i64 %1109
  store i64 %1110, i64* %highEnd, align 8
  store i64 %1094, i64* %lowStart, align 8
  br label %write.ok142

write.low145:                                     ; preds = %write.ok142
  %1111 = load i64, i64* %lowStart, align 8
  %1112 = icmp uge i64 %1085, %1111
  %1113 = load i64, i64* %lowEnd, align 8
  %1114 = icmp ule i64 %1086, %1113
  %1115 = and i1 %1112, %1114
  %1116 = call i1 @llvm.expect.i1(i1 %1115, i1 true)
  br i1 %1116, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %1117 = icmp ugt i64 %1086, %arena_size
  br i1 %1117, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %write.ok142
  %1118 = getelementptr i8, i8* %mem, i64 %1085
  store i32 %1083, i32* %unaligned149, align 4
  %1119 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1118, i8* %1119, i64 4, i1 false)
  %1120 = load i32, i32* %obj.3, align 4
  store i32 %1120, i32* %result136, align 4
  br label %e25

ok148:                                            ; preds = %write.slow146
  %1121 = icmp ult i64 %1085, %scratch_start
  %1122 = load i64, i64* %lowStart, align 8
  %1123 = call i64 @llvm.umin.i64(i64 %1122, i64 %1085)
  %1124 = load i64, i64* %lowEnd, align 8
  %1125 = load i64, i64* %highEnd, align 8
  %1126 = add i64 %1086, 64
  %1127 = sub i64 %1086, %1123
  %1128 = lshr i64 %1127, 4
  %1129 = add i64 %1126, %1128
  %1130 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1129)
  %1131 = call i64 @llvm.umax.i64(i64 %1124, i64 %1130)
  %1132 = select i1 %1121, i64 %1131, i64 %1124
  store i64 %1132, i64* %lowEnd, align 8
  %1133 = add i64 %1086, 64
  %1134 = sub i64 %1086, %scratch_start
  %1135 = lshr i64 %1134, 4
  %1136 = add i64 %1133, %1135
  %1137 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1136)
  %1138 = call i64 @llvm.umax.i64(i64 %1125, i64 %1137)
  %1139 = select i1 %1121, i64 %1125, i64 %1138
  store i64 %1139, i64* %highEnd, align 8
  store i64 %1123, i64* %lowStart, align 8
  br label %write.ok147

e29:                                              ; preds = %write.ok159
  %1140 = load i32, i32* %result150, align 4
  %1141 = icmp uge i32 %depth, 1000
  br i1 %1141, label %trap15.site0, label %ok162

ok151:                                            ; preds = %e25
  store i64 %1035, i64* %1030, align 8
  %1142 = load i64, i64* %highEnd, align 8
  %1143 = call i64 @llvm.umax.i64(i64 %1142, i64 %1035)
  store i64 %1143, i64* %highEnd, align 8
  %1144 = trunc i64 %1034 to i32
  store i32 %1144, i32* %obj.4, align 4
  %1145 = load i32, i32* %obj.4, align 4
  %1146 = load i64, i64* %c.5, align 8
  %1147 = zext i32 %1145 to i64
  %1148 = add i64 %1147, 8
  %1149 = icmp uge i64 %1147, %scratch_start
  %1150 = load i64, i64* %highEnd, align 8
  %1151 = icmp ule i64 %1148, %1150
  %1152 = and i1 %1149, %1151
  %1153 = call i1 @llvm.expect.i1(i1 %1152, i1 true)
  br i1 %1153, label %write.ok154, label %write.low152

trap15.site19:                                    ; preds = %e25
  %1154 = load i64, i64* %lowStart, align 8
  %1155 = getelementptr i64, i64* %regs, i64 6
  store i64 %1154, i64* %1155, align 8
  %1156 = load i64, i64* %lowEnd, align 8
  %1157 = getelementptr i64, i64* %regs, i64 7
  store i64 %1156, i64* %1157, align 8
  %1158 = load i64, i64* %highEnd, align 8
  %1159 = getelementptr i64, i64* %regs, i64 8
  store i64 %1158, i64* %1159, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

write.low152:                                     ; preds = %ok151
  %1160 = load i64, i64* %lowStart, align 8
  %1161 = icmp uge i64 %1147, %1160
  %1162 = load i64, i64* %lowEnd, align 8
  %1163 = icmp ule i64 %1148, %1162
  %1164 = and i1 %1161, %1163
  %1165 = call i1 @llvm.expect.i1(i1 %1164, i1 true)
  br i1 %1165, label %write.ok154, label %write.slow153

write.slow153:                                    ; preds = %write.low152
  %1166 = icmp ugt i64 %1148, %arena_size
  br i1 %1166, label %trap17.site0, label %ok155

write.ok154:                                      ; preds = %ok155, %write.low152, %ok151
  %1167 = getelementptr i8, i8* %mem, i64 %1147
  store i64 %1146, i64* %unaligned156, align 8
  %1168 = bitcast i64* %unaligned156 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1167, i8* %1168, i64 8, i1 false)
  %1169 = load i32, i32* %obj.4, align 4
  %1170 = load i32, i32* %c.6, align 4
  %1171 = zext i32 %1169 to i64
  %1172 = add i64 %1171, 8
  %1173 = add i64 %1172, 4
  %1174 = icmp uge i64 %1172, %scratch_start
  %1175 = load i64, i64* %highEnd, align 8
  %1176 = icmp ule i64 %1173, %1175
  %1177 = and i1 %1174, %1176
  %1178 = call i1 @llvm.expect.i1(i1 %1177, i1 true)
  br i1 %1178, label %write.ok159, label %write.low157

ok155:                                            ; preds = %write.slow153
  %1179 = icmp ult i64 %1147, %scratch_start
  %1180 = load i64, i64* %lowStart, align 8
  %1181 = call i64 @llvm.umin.i64(i64 %1180, i64 %1147)
  %1182 = load i64, i64* %lowEnd, align 8
  %1183 = load i64, i64* %highEnd, align 8
  %1184 = add i64 %1148, 64
  %1185 = sub i64 %1148, %1181
  %1186 = lshr i64 %1185, 4
  %1187 = add i64 %1184, %1186
  %1188 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1187)
  %1189 = call i64 @llvm.umax.i64(i64 %1182, i64 %1188)
  %1190 = select i1 %1179, i64 %1189, i64 %1182
  store i64 %1190, i64* %lowEnd, align 8
  %1191 = add i64 %1148, 64
  %1192 = sub i64 %1148, %scratch_start
  %1193 = lshr i64 %1192, 4
  %1194 = add i64 %1191, %1193
  %1195 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1194)
  %1196 = call i64 @llvm.umax.i64(i64 %1183, i64 %1195)
  %1197 = select i1 %1179, i64 %1183, i64 %1196
  store i64 %1197, i64* %highEnd, align 8
  store i64 %1181, i64* %lowStart, align 8
  br label %write.ok154

write.low157:                                     ; preds = %write.ok154
  %1198 = load i64, i64* %lowStart, align 8
  %1199 = icmp uge i64 %1172, %1198
  %1200 = load i64, i64* %lowEnd, align 8
  %1201 = icmp ule i64 %1173, %1200
  %1202 = and i1 %1199, %1201
  %1203 = call i1 @llvm.expect.i1(i1 %1202, i1 true)
  br i1 %1203, label %write.ok159, label %write.slow158

write.slow158:                                    ; preds = %write.low157
  %1204 = icmp ugt i64 %1173, %arena_size
  br i1 %1204, label %trap17.site0, label %ok160

write.ok159:                                      ; preds = %ok160, %write.low157, %write.ok154
  %1205 = getelementptr i8, i8* %mem, i64 %1172
  store i32 %1170, i32* %unaligned161, align 4
  %1206 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1205, i8* %1206, i64 4, i1 false)
  %1207 = load i32, i32* %obj.4, align 4
  store i32 %1207, i32* %result150, align 4
  br label %e29

ok160:                                            ; preds = %write.slow158
  %1208 = icmp ult i64 %1172, %scratch_start
  %1209 = load i64, i64* %lowStart, align 8
  %1210 = call i64 @llvm.umin.i64(i64 %1209, i64 %1172)
  %1211 = load i64, i64* %lowEnd, align 8
  %1212 = load i64, i64* %highEnd, align 8
  %1213 = add i64 %1173, 64
  %1214 = sub i64 %1173, %1210
  %1215 = lshr i64 %1214, 4
  %1216 = add i64 %1213, %1215
  %1217 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1216)
  %1218 = call i64 @llvm.umax.i64(i64 %1211, i64 %1217)
  %1219 = select i1 %1208, i64 %1218, i64 %1211
  store i64 %1219, i64* %lowEnd, align 8
  %1220 = add i64 %1173, 64
  %1221 = sub i64 %1173, %scratch_start
  %1222 = lshr i64 %1221, 4
  %1223 = add i64 %1220, %1222
  %1224 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1223)
  %1225 = call i64 @llvm.umax.i64(i64 %1212, i64 %1224)
  %1226 = select i1 %1208, i64 %1212, i64 %1225
  store i64 %1226, i64* %highEnd, align 8
  store i64 %1210, i64* %lowStart, align 8
  br label %write.ok159

ok162:                                            ; preds = %e29
  %1227 = icmp ult i64 %10, %stack_limit
  br i1 %1227, label %trap253.site0, label %stack_ok163

trap15.site0:                                     ; preds = %e0, %ok184, %e29
  %1228 = load i64, i64* %lowStart, align 8
  %1229 = getelementptr i64, i64* %regs, i64 6
  store i64 %1228, i64* %1229, align 8
  %1230 = load i64, i64* %lowEnd, align 8
  %1231 = getelementptr i64, i64* %regs, i64 7
  store i64 %1230, i64* %1231, align 8
  %1232 = load i64, i64* %highEnd, align 8
  %1233 = getelementptr i64, i64* %regs, i64 8
  store i64 %1232, i64* %1233, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok163:                                      ; preds = %ok162
  %1234 = load i64, i64* %fuel, align 8
  %1235 = getelementptr i64, i64* %regs, i64 0
  store i64 %1234, i64* %1235, align 8
  %1236 = load i64, i64* %lowStart, align 8
  %1237 = getelementptr i64, i64* %regs, i64 6
  store i64 %1236, i64* %1237, align 8
  %1238 = load i64, i64* %lowEnd, align 8
  %1239 = getelementptr i64, i64* %regs, i64 7
  store i64 %1238, i64* %1239, align 8
  %1240 = load i64, i64* %highEnd, align 8
  %1241 = getelementptr i64, i64* %regs, i64 8
  store i64 %1240, i64* %1241, align 8
  %1242 = add i32 %depth, 1
  %1243 = call i32 @m0.eq._Int__String_(i64* %regs, i8* %mem, i32 %1242, i32 %1029, i32 %1140)
  %1244 = getelementptr i64, i64* %regs, i64 0
  %1245 = load i64, i64* %1244, align 8
  store i64 %1245, i64* %fuel, align 8
  %1246 = getelementptr i64, i64* %regs, i64 6
  %1247 = load i64, i64* %1246, align 8
  store i64 %1247, i64* %lowStart, align 8
  %1248 = getelementptr i64, i64* %regs, i64 7
  %1249 = load i64, i64* %1248, align 8
  store i64 %1249, i64* %lowEnd, align 8
  %1250 = getelementptr i64, i64* %regs, i64 8
  %1251 = load i64, i64* %1250, align 8
  store i64 %1251, i64* %highEnd, align 8
  store i32 %1243, i32* %same, align 4
  %1252 = load i32, i32* %dict, align 4
  %1253 = load i32, i32* %same, align 4
  %1254 = zext i32 %1252 to i64
  %1255 = add i64 %1254, 20
  %1256 = add i64 %1255, 1
  %1257 = icmp uge i64 %1255, %scratch_start
  %1258 = load i64, i64* %highEnd, align 8
  %1259 = icmp ule i64 %1256, %1258
  %1260 = and i1 %1257, %1259
  %1261 = call i1 @llvm.expect.i1(i1 %1260, i1 true)
  br i1 %1261, label %write.ok166, label %write.low164

write.low164:                                     ; preds = %stack_ok163
  %1262 = load i64, i64* %lowStart, align 8
  %1263 = icmp uge i64 %1255, %1262
  %1264 = load i64, i64* %lowEnd, align 8
  %1265 = icmp ule i64 %1256, %1264
  %1266 = and i1 %1263, %1265
  %1267 = call i1 @llvm.expect.i1(i1 %1266, i1 true)
  br i1 %1267, label %write.ok166, label %write.slow165

write.slow165:                                    ; preds = %write.low164
  %1268 = icmp ugt i64 %1256, %arena_size
  br i1 %1268, label %trap17.site0, label %ok167

write.ok166:                                      ; preds = %ok167, %write.low164, %stack_ok163
  %1269 = getelementptr i8, i8* %mem, i64 %1255
  %1270 = trunc i32 %1253 to i8
  store i8 %1270, i8* %1269, align 1
  %1271 = load i32, i32* %flags, align 4
  store i32 %1271, i32* %xs.2, align 4
  store i64 2, i64* %c.7, align 8
  store i32 0, i32* %c.8, align 4
  %1272 = getelementptr i64, i64* %regs, i64 1
  %1273 = getelementptr i64, i64* %regs, i64 2
  %1274 = load i64, i64* %1272, align 8
  %1275 = add i64 %1274, 7
  %1276 = and i64 %1275, -8
  %1277 = add i64 %1276, 16
  %1278 = load i64, i64* %1273, align 8
  %1279 = icmp ugt i64 %1277, %1278
  br i1 %1279, label %trap15.site21, label %ok170

ok167:                                            ; preds = %write.slow165
  %1280 = icmp ult i64 %1255, %scratch_start
  %1281 = load i64, i64* %lowStart, align 8
  %1282 = call i64 @llvm.umin.i64(i64 %1281, i64 %1255)
  %1283 = load i64, i64* %lowEnd, align 8
  %1284 = load i64, i64* %highEnd, align 8
  %1285 = add i64 %1256, 64
  %1286 = sub i64 %1256, %1282
  %1287 = lshr i64 %1286, 4
  %1288 = add i64 %1285, %1287
  %1289 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1288)
  %1290 = call i64 @llvm.umax.i64(i64 %1283, i64 %1289)
  %1291 = select i1 %1280, i64 %1290, i64 %1283
  store i64 %1291, i64* %lowEnd, align 8
  %1292 = add i64 %1256, 64
  %1293 = sub i64 %1256, %scratch_start
  %1294 = lshr i64 %1293, 4
  %1295 = add i64 %1292, %1294
  %1296 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1295)
  %1297 = call i64 @llvm.umax.i64(i64 %1284, i64 %1296)
  %1298 = select i1 %1280, i64 %1284, i64 %1297
  store i64 %1298, i64* %highEnd, align 8
  store i64 %1282, i64* %lowStart, align 8
  br label %write.ok166

e32:                                              ; preds = %block37
  %1299 = load i32, i32* %result168, align 4
  store i32 %1299, i32* %found.1, align 4
  %1300 = load i32, i32* %dict, align 4
  %1301 = load i32, i32* %found.1, align 4
  %1302 = zext i32 %1300 to i64
  %1303 = add i64 %1302, 21
  %1304 = add i64 %1303, 1
  %1305 = icmp uge i64 %1303, %scratch_start
  %1306 = load i64, i64* %highEnd, align 8
  %1307 = icmp ule i64 %1304, %1306
  %1308 = and i1 %1305, %1307
  %1309 = call i1 @llvm.expect.i1(i1 %1308, i1 true)
  br i1 %1309, label %write.ok195, label %write.low193

e34:                                              ; preds = %write.ok178
  %1310 = load i32, i32* %result169, align 4
  store i32 %1310, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %1311 = load i32, i32* %xs.2, align 4
  %1312 = zext i32 %1311 to i64
  %1313 = sub i64 %arena_size, 4
  %1314 = icmp sgt i64 %1312, %1313
  br i1 %1314, label %trap17.site0, label %ok180

ok170:                                            ; preds = %write.ok166
  store i64 %1277, i64* %1272, align 8
  %1315 = load i64, i64* %highEnd, align 8
  %1316 = call i64 @llvm.umax.i64(i64 %1315, i64 %1277)
  store i64 %1316, i64* %highEnd, align 8
  %1317 = trunc i64 %1276 to i32
  store i32 %1317, i32* %obj.5, align 4
  %1318 = load i32, i32* %obj.5, align 4
  %1319 = load i64, i64* %c.7, align 8
  %1320 = zext i32 %1318 to i64
  %1321 = add i64 %1320, 8
  %1322 = icmp uge i64 %1320, %scratch_start
  %1323 = load i64, i64* %highEnd, align 8
  %1324 = icmp ule i64 %1321, %1323
  %1325 = and i1 %1322, %1324
  %1326 = call i1 @llvm.expect.i1(i1 %1325, i1 true)
  br i1 %1326, label %write.ok173, label %write.low171

trap15.site21:                                    ; preds = %write.ok166
  %1327 = load i64, i64* %lowStart, align 8
  %1328 = getelementptr i64, i64* %regs, i64 6
  store i64 %1327, i64* %1328, align 8
  %1329 = load i64, i64* %lowEnd, align 8
  %1330 = getelementptr i64, i64* %regs, i64 7
  store i64 %1329, i64* %1330, align 8
  %1331 = load i64, i64* %highEnd, align 8
  %1332 = getelementptr i64, i64* %regs, i64 8
  store i64 %1331, i64* %1332, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

write.low171:                                     ; preds = %ok170
  %1333 = load i64, i64* %lowStart, align 8
  %1334 = icmp uge i64 %1320, %1333
  %1335 = load i64, i64* %lowEnd, align 8
  %1336 = icmp ule i64 %1321, %1335
  %1337 = and i1 %1334, %1336
  %1338 = call i1 @llvm.expect.i1(i1 %1337, i1 true)
  br i1 %1338, label %write.ok173, label %write.slow172

write.slow172:                                    ; preds = %write.low171
  %1339 = icmp ugt i64 %1321, %arena_size
  br i1 %1339, label %trap17.site0, label %ok174

write.ok173:                                      ; preds = %ok174, %write.low171, %ok170
  %1340 = getelementptr i8, i8* %mem, i64 %1320
  store i64 %1319, i64* %unaligned175, align 8
  %1341 = bitcast i64* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1340, i8* %1341, i64 8, i1 false)
  %1342 = load i32, i32* %obj.5, align 4
  %1343 = load i32, i32* %c.8, align 4
  %1344 = zext i32 %1342 to i64
  %1345 = add i64 %1344, 8
  %1346 = add i64 %1345, 1
  %1347 = icmp uge i64 %1345, %scratch_start
  %1348 = load i64, i64* %highEnd, align 8
  %1349 = icmp ule i64 %1346, %1348
  %1350 = and i1 %1347, %1349
  %1351 = call i1 @llvm.expect.i1(i1 %1350, i1 true)
  br i1 %1351, label %write.ok178, label %write.low176

ok174:                                            ; preds = %write.slow172
  %1352 = icmp ult i64 %1320, %scratch_start
  %1353 = load i64, i64* %lowStart, align 8
  %1354 = call i64 @llvm.umin.i64(i64 %1353, i64 %1320)
  %1355 = load i64, i64* %lowEnd, align 8
  %1356 = load i64, i64* %highEnd, align 8
  %1357 = add i64 %1321, 64
  %1358 = sub i64 %1321, %1354
  %1359 = lshr i64 %1358, 4
  %1360 = add i64 %1357, %1359
  %1361 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1360)
  %1362 = call i64 @llvm.umax.i64(i64 %1355, i64 %1361)
  %1363 = select i1 %1352, i64 %1362, i64 %1355
  store i64 %1363, i64* %lowEnd, align 8
  %1364 = add i64 %1321, 64
  %1365 = sub i64 %1321, %scratch_start
  %1366 = lshr i64 %1365, 4
  %1367 = add i64 %1364, %1366
  %1368 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1367)
  %1369 = call i64 @llvm.umax.i64(i64 %1356, i64 %1368)
  %1370 = select i1 %1352, i64 %1356, i64 %1369
  store i64 %1370, i64* %highEnd, align 8
  store i64 %1354, i64* %lowStart, align 8
  br label %write.ok173

write.low176:                                     ; preds = %write.ok173
  %1371 = load i64, i64* %lowStart, align 8
  %1372 = icmp uge i64 %1345, %1371
  %1373 = load i64, i64* %lowEnd, align 8
  %1374 = icmp ule i64 %1346, %1373
  %1375 = and i1 %1372, %1374
  %1376 = call i1 @llvm.expect.i1(i1 %1375, i1 true)
  br i1 %1376, label %write.ok178, label %write.slow177

write.slow177:                                    ; preds = %write.low176
  %1377 = icmp ugt i64 %1346, %arena_size
  br i1 %1377, label %trap17.site0, label %ok179

write.ok178:                                      ; preds = %ok179, %write.low176, %write.ok173
  %1378 = getelementptr i8, i8* %mem, i64 %1345
  %1379 = trunc i32 %1343 to i8
  store i8 %1379, i8* %1378, align 1
  %1380 = load i32, i32* %obj.5, align 4
  store i32 %1380, i32* %result169, align 4
  br label %e34

ok179:                                            ; preds = %write.slow177
  %1381 = icmp ult i64 %1345, %scratch_start
  %1382 = load i64, i64* %lowStart, align 8
  %1383 = call i64 @llvm.umin.i64(i64 %1382, i64 %1345)
  %1384 = load i64, i64* %lowEnd, align 8
  %1385 = load i64, i64* %highEnd, align 8
  %1386 = add i64 %1346, 64
  %1387 = sub i64 %1346, %1383
  %1388 = lshr i64 %1387, 4
  %1389 = add i64 %1386, %1388
  %1390 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1389)
  %1391 = call i64 @llvm.umax.i64(i64 %1384, i64 %1390)
  %1392 = select i1 %1381, i64 %1391, i64 %1384
  store i64 %1392, i64* %lowEnd, align 8
  %1393 = add i64 %1346, 64
  %1394 = sub i64 %1346, %scratch_start
  %1395 = lshr i64 %1394, 4
  %1396 = add i64 %1393, %1395
  %1397 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1396)
  %1398 = call i64 @llvm.umax.i64(i64 %1385, i64 %1397)
  %1399 = select i1 %1381, i64 %1385, i64 %1398
  store i64 %1399, i64* %highEnd, align 8
  store i64 %1383, i64* %lowStart, align 8
  br label %write.ok178

ok180:                                            ; preds = %e34
  %1400 = getelementptr i8, i8* %mem, i64 %1312
  %1401 = bitcast i32* %unaligned181 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1401, i8* %1400, i64 4, i1 false)
  %1402 = load i32, i32* %unaligned181, align 4
  store i32 %1402, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each38

block37:                                          ; preds = %dead192, %then188, %ok182
  %1403 = load i32, i32* %found, align 4
  store i32 %1403, i32* %result168, align 4
  br label %e32

each38:                                           ; preds = %join190, %ok180
  %1404 = load i64, i64* %fuel, align 8
  %1405 = icmp ult i64 %1404, 1
  br i1 %1405, label %trap14.site0, label %ok182

ok182:                                            ; preds = %each38
  %1406 = sub i64 %1404, 1
  store i64 %1406, i64* %fuel, align 8
  %1407 = load i32, i32* %k.2, align 4
  %1408 = load i32, i32* %n.2, align 4
  %1409 = icmp uge i32 %1407, %1408
  %1410 = zext i1 %1409 to i32
  %1411 = icmp ne i32 %1410, 0
  br i1 %1411, label %block37, label %cont183

cont183:                                          ; preds = %ok182
  %1412 = load i32, i32* %xs.2, align 4
  %1413 = load i32, i32* %k.2, align 4
  %1414 = mul i32 %1413, 4
  %1415 = add i32 %1412, %1414
  %1416 = zext i32 %1415 to i64
  %1417 = sub i64 %arena_size, 8
  %1418 = icmp sgt i64 %1416, %1417
  br i1 %1418, label %trap17.site0, label %ok184

ok184:                                            ; preds = %cont183
  %1419 = add i64 %1416, 4
  %1420 = getelementptr i8, i8* %mem, i64 %1419
  %1421 = bitcast i32* %unaligned185 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1421, i8* %1420, i64 4, i1 false)
  %1422 = load i32, i32* %unaligned185, align 4
  store i32 %1422, i32* %x.2, align 4
  %1423 = load i32, i32* %x.2, align 4
  store i32 %1423, i32* %x.3, align 4
  %1424 = load i32, i32* %x.3, align 4
  %1425 = load i32, i32* %needle, align 4
  %1426 = icmp uge i32 %depth, 1000
  br i1 %1426, label %trap15.site0, label %ok186

ok186:                                            ; preds = %ok184
  %1427 = icmp ult i64 %10, %stack_limit
  br i1 %1427, label %trap253.site0, label %stack_ok187

stack_ok187:                                      ; preds = %ok186
  %1428 = load i64, i64* %fuel, align 8
  %1429 = getelementptr i64, i64* %regs, i64 0
  store i64 %1428, i64* %1429, align 8
  %1430 = load i64, i64* %lowStart, align 8
  %1431 = getelementptr i64, i64* %regs, i64 6
  store i64 %1430, i64* %1431, align 8
  %1432 = load i64, i64* %lowEnd, align 8
  %1433 = getelementptr i64, i64* %regs, i64 7
  store i64 %1432, i64* %1433, align 8
  %1434 = load i64, i64* %highEnd, align 8
  %1435 = getelementptr i64, i64* %regs, i64 8
  store i64 %1434, i64* %1435, align 8
  %1436 = add i32 %depth, 1
  %1437 = call i32 @m0.eq._Int__Bool_(i64* %regs, i8* %mem, i32 %1436, i32 %1424, i32 %1425)
  %1438 = getelementptr i64, i64* %regs, i64 0
  %1439 = load i64, i64* %1438, align 8
  store i64 %1439, i64* %fuel, align 8
  %1440 = getelementptr i64, i64* %regs, i64 6
  %1441 = load i64, i64* %1440, align 8
  store i64 %1441, i64* %lowStart, align 8
  %1442 = getelementptr i64, i64* %regs, i64 7
  %1443 = load i64, i64* %1442, align 8
  store i64 %1443, i64* %lowEnd, align 8
  %1444 = getelementptr i64, i64* %regs, i64 8
  %1445 = load i64, i64* %1444, align 8
  store i64 %1445, i64* %highEnd, align 8
  %1446 = icmp ne i32 %1437, 0
  br i1 %1446, label %then188, label %else189

then188:                                          ; preds = %stack_ok187
  store i32 1, i32* %found, align 4
  br label %block37

else189:                                          ; preds = %stack_ok187
  br label %join190

join190:                                          ; preds = %else189, %dead191
  %1447 = load i32, i32* %k.2, align 4
  %1448 = add i32 %1447, 1
  store i32 %1448, i32* %k.2, align 4
  br label %each38

dead191:                                          ; No predecessors!
  br label %join190

dead192:                                          ; No predecessors!
  br label %block37

write.low193:                                     ; preds = %e32
  %1449 = load i64, i64* %lowStart, align 8
  %1450 = icmp uge i64 %1303, %1449
  %1451 = load i64, i64* %lowEnd, align 8
  %1452 = icmp ule i64 %1304, %1451
  %1453 = and i1 %1450, %1452
  %1454 = call i1 @llvm.expect.i1(i1 %1453, i1 true)
  br i1 %1454, label %write.ok195, label %write.slow194

write.slow194:                                    ; preds = %write.low193
  %1455 = icmp ugt i64 %1304, %arena_size
  br i1 %1455, label %trap17.site0, label %ok196

write.ok195:                                      ; preds = %ok196, %write.low193, %e32
  %1456 = getelementptr i8, i8* %mem, i64 %1303
  %1457 = trunc i32 %1301 to i8
  store i8 %1457, i8* %1456, align 1
  %1458 = load i32, i32* %pair, align 4
  %1459 = zext i32 %1458 to i64
  %1460 = sub i64 %arena_size, 8
  %1461 = icmp sgt i64 %1459, %1460
  br i1 %1461, label %trap17.site22, label %ok199

ok196:                                            ; preds = %write.slow194
  %1462 = icmp ult i64 %1303, %scratch_start
  %1463 = load i64, i64* %lowStart, align 8
  %1464 = call i64 @llvm.umin.i64(i64 %1463, i64 %1303)
  %1465 = load i64, i64* %lowEnd, align 8
  %1466 = load i64, i64* %highEnd, align 8
  %1467 = add i64 %1304, 64
  %1468 = sub i64 %1304, %1464
  %1469 = lshr i64 %1468, 4
  %1470 = add i64 %1467, %1469
  %1471 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1470)
  %1472 = call i64 @llvm.umax.i64(i64 %1465, i64 %1471)
  %1473 = select i1 %1462, i64 %1472, i64 %1465
  store i64 %1473, i64* %lowEnd, align 8
  %1474 = add i64 %1304, 64
  %1475 = sub i64 %1304, %scratch_start
  %1476 = lshr i64 %1475, 4
  %1477 = add i64 %1474, %1476
  %1478 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1477)
  %1479 = call i64 @llvm.umax.i64(i64 %1466, i64 %1478)
  %1480 = select i1 %1462, i64 %1466, i64 %1479
  store i64 %1480, i64* %highEnd, align 8
  store i64 %1464, i64* %lowStart, align 8
  br label %write.ok195

e39:                                              ; preds = %write.ok241
  %1481 = load i32, i32* %result197, align 4
  store i32 %1481, i32* %nested, align 4
  %1482 = load i32, i32* %dict, align 4
  %1483 = load i32, i32* %nested, align 4
  %1484 = zext i32 %1482 to i64
  %1485 = add i64 %1484, 24
  %1486 = add i64 %1485, 4
  %1487 = icmp uge i64 %1485, %scratch_start
  %1488 = load i64, i64* %highEnd, align 8
  %1489 = icmp ule i64 %1486, %1488
  %1490 = and i1 %1487, %1489
  %1491 = call i1 @llvm.expect.i1(i1 %1490, i1 true)
  br i1 %1491, label %write.ok246, label %write.low244

e40:                                              ; preds = %write.ok211
  %1492 = load i32, i32* %result198, align 4
  store i32 %1492, i32* %c.11, align 4
  %1493 = load i32, i32* %pair, align 4
  %1494 = zext i32 %1493 to i64
  %1495 = sub i64 %arena_size, 8
  %1496 = icmp sgt i64 %1494, %1495
  br i1 %1496, label %trap17.site27, label %ok215

ok199:                                            ; preds = %write.ok195
  %1497 = getelementptr i8, i8* %mem, i64 %1459
  %1498 = bitcast i64* %unaligned200 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1498, i8* %1497, i64 8, i1 false)
  %1499 = load i64, i64* %unaligned200, align 8
  store i64 %1499, i64* %c.9, align 8
  %1500 = load i32, i32* %pair, align 4
  %1501 = zext i32 %1500 to i64
  %1502 = sub i64 %arena_size, 12
  %1503 = icmp sgt i64 %1501, %1502
  br i1 %1503, label %trap17.site23, label %ok201

trap17.site22:                                    ; preds = %write.ok195
  %1504 = load i64, i64* %lowStart, align 8
  %1505 = getelementptr i64, i64* %regs, i64 6
  store i64 %1504, i64* %1505, align 8
  %1506 = load i64, i64* %lowEnd, align 8
  %1507 = getelementptr i64, i64* %regs, i64 7
  store i64 %1506, i64* %1507, align 8
  %1508 = load i64, i64* %highEnd, align 8
  %1509 = getelementptr i64, i64* %regs, i64 8
  store i64 %1508, i64* %1509, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok201:                                            ; preds = %ok199
  %1510 = add i64 %1501, 8
  %1511 = getelementptr i8, i8* %mem, i64 %1510
  %1512 = bitcast i32* %unaligned202 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1512, i8* %1511, i64 4, i1 false)
  %1513 = load i32, i32* %unaligned202, align 4
  store i32 %1513, i32* %c.10, align 4
  %1514 = getelementptr i64, i64* %regs, i64 1
  %1515 = getelementptr i64, i64* %regs, i64 2
  %1516 = load i64, i64* %1514, align 8
  %1517 = add i64 %1516, 7
  %1518 = and i64 %1517, -8
  %1519 = add i64 %1518, 16
  %1520 = load i64, i64* %1515, align 8
  %1521 = icmp ugt i64 %1519, %1520
  br i1 %1521, label %trap15.site24, label %ok203

trap17.site23:                                    ; preds = %ok199
  %1522 = load i64, i64* %lowStart, align 8
  %1523 = getelementptr i64, i64* %regs, i64 6
  store i64 %1522, i64* %1523, align 8
  %1524 = load i64, i64* %lowEnd, align 8
  %1525 = getelementptr i64, i64* %regs, i64 7
  store i64 %1524, i64* %1525, align 8
  %1526 = load i64, i64* %highEnd, align 8
  %1527 = getelementptr i64, i64* %regs, i64 8
  store i64 %1526, i64* %1527, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

ok203:                                            ; preds = %ok201
  store i64 %1519, i64* %1514, align 8
  %1528 = load i64, i64* %highEnd, align 8
  %1529 = call i64 @llvm.umax.i64(i64 %1528, i64 %1519)
  store i64 %1529, i64* %highEnd, align 8
  %1530 = trunc i64 %1518 to i32
  store i32 %1530, i32* %obj.6, align 4
  %1531 = load i32, i32* %obj.6, align 4
  %1532 = load i64, i64* %c.9, align 8
  %1533 = zext i32 %1531 to i64
  %1534 = add i64 %1533, 8
  %1535 = icmp uge i64 %1533, %scratch_start
  %1536 = load i64, i64* %highEnd, align 8
  %1537 = icmp ule i64 %1534, %1536
  %1538 = and i1 %1535, %1537
  %1539 = call i1 @llvm.expect.i1(i1 %1538, i1 true)
  br i1 %1539, label %write.ok206, label %write.low204

trap15.site24:                                    ; preds = %ok201
  %1540 = load i64, i64* %lowStart, align 8
  %1541 = getelementptr i64, i64* %regs, i64 6
  store i64 %1540, i64* %1541, align 8
  %1542 = load i64, i64* %lowEnd, align 8
  %1543 = getelementptr i64, i64* %regs, i64 7
  store i64 %1542, i64* %1543, align 8
  %1544 = load i64, i64* %highEnd, align 8
  %1545 = getelementptr i64, i64* %regs, i64 8
  store i64 %1544, i64* %1545, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

write.low204:                                     ; preds = %ok203
  %1546 = load i64, i64* %lowStart, align 8
  %1547 = icmp uge i64 %1533, %1546
  %1548 = load i64, i64* %lowEnd, align 8
  %1549 = icmp ule i64 %1534, %1548
  %1550 = and i1 %1547, %1549
  %1551 = call i1 @llvm.expect.i1(i1 %1550, i1 true)
  br i1 %1551, label %write.ok206, label %write.slow205

write.slow205:                                    ; preds = %write.low204
  %1552 = icmp ugt i64 %1534, %arena_size
  br i1 %1552, label %trap17.site0, label %ok207

write.ok206:                                      ; preds = %ok207, %write.low204, %ok203
  %1553 = getelementptr i8, i8* %mem, i64 %1533
  store i64 %1532, i64* %unaligned208, align 8
  %1554 = bitcast i64* %unaligned208 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1553, i8* %1554, i64 8, i1 false)
  %1555 = load i32, i32* %obj.6, align 4
  %1556 = load i32, i32* %c.10, align 4
  %1557 = zext i32 %1555 to i64
  %1558 = add i64 %1557, 8
  %1559 = add i64 %1558, 4
  %1560 = icmp uge i64 %1558, %scratch_start
  %1561 = load i64, i64* %highEnd, align 8
  %1562 = icmp ule i64 %1559, %1561
  %1563 = and i1 %1560, %1562
  %1564 = call i1 @llvm.expect.i1(i1 %1563, i1 true)
  br i1 %1564, label %write.ok211, label %write.low209

ok207:                                            ; preds = %write.slow205
  %1565 = icmp ult i64 %1533, %scratch_start
  %1566 = load i64, i64* %lowStart, align 8
  %1567 = call i64 @llvm.umin.i64(i64 %1566, i64 %1533)
  %1568 = load i64, i64* %lowEnd, align 8
  %1569 = load i64, i64* %highEnd, align 8
  %1570 = add i64 %1534, 64
  %1571 = sub i64 %1534, %1567
  %1572 = lshr i64 %1571, 4
  %1573 = add i64 %1570, %1572
  %1574 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1573)
  %1575 = call i64 @llvm.umax.i64(i64 %1568, i64 %1574)
  %1576 = select i1 %1565, i64 %1575, i64 %1568
  store i64 %1576, i64* %lowEnd, align 8
  %1577 = add i64 %1534, 64
  %1578 = sub i64 %1534, %scratch_start
  %1579 = lshr i64 %1578, 4
  %1580 = add i64 %1577, %1579
  %1581 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1580)
  %1582 = call i64 @llvm.umax.i64(i64 %1569, i64 %1581)
  %1583 = select i1 %1565, i64 %1569, i64 %1582
  store i64 %1583, i64* %highEnd, align 8
  store i64 %1567, i64* %lowStart, align 8
  br label %write.ok206

write.low209:                                     ; preds = %write.ok206
  %1584 = load i64, i64* %lowStart, align 8
  %1585 = icmp uge i64 %1558, %1584
  %1586 = load i64, i64* %lowEnd, align 8
  %1587 = icmp ule i64 %1559, %1586
  %1588 = and i1 %1585, %1587
  %1589 = call i1 @llvm.expect.i1(i1 %1588, i1 true)
  br i1 %1589, label %write.ok211, label %write.slow210

write.slow210:                                    ; preds = %write.low209
  %1590 = icmp ugt i64 %1559, %arena_size
  br i1 %1590, label %trap17.site0, label %ok212

write.ok211:                                      ; preds = %ok212, %write.low209, %write.ok206
  %1591 = getelementptr i8, i8* %mem, i64 %1558
  store i32 %1556, i32* %unaligned213, align 4
  %1592 = bitcast i32* %unaligned213 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1591, i8* %1592, i64 4, i1 false)
  %1593 = load i32, i32* %obj.6, align 4
  store i32 %1593, i32* %result198, align 4
  br label %e40

ok212:                                            ; preds = %write.slow210
  %1594 = icmp ult i64 %1558, %scratch_start
  %1595 = load i64, i64* %lowStart, align 8
  %1596 = call i64 @llvm.umin.i64(i64 %1595, i64 %1558)
  %1597 = load i64, i64* %lowEnd, align 8
  %1598 = load i64, i64* %highEnd, align 8
  %1599 = add i64 %1559, 64
  %1600 = sub i64 %1559, %1596
  %1601 = lshr i64 %1600, 4
  %1602 = add i64 %1599, %1601
  %1603 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1602)
  %1604 = call i64 @llvm.umax.i64(i64 %1597, i64 %1603)
  %1605 = select i1 %1594, i64 %1604, i64 %1597
  store i64 %1605, i64* %lowEnd, align 8
  %1606 = add i64 %1559, 64
  %1607 = sub i64 %1559, %scratch_start
  %1608 = lshr i64 %1607, 4
  %1609 = add i64 %1606, %1608
  %1610 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1609)
  %1611 = call i64 @llvm.umax.i64(i64 %1598, i64 %1610)
  %1612 = select i1 %1594, i64 %1598, i64 %1611
  store i64 %1612, i64* %highEnd, align 8
  store i64 %1596, i64* %lowStart, align 8
  br label %write.ok211

e45:                                              ; preds = %write.ok230
  %1613 = load i32, i32* %result214, align 4
  store i32 %1613, i32* %c.12, align 4
  %1614 = getelementptr i64, i64* %regs, i64 1
  %1615 = getelementptr i64, i64* %regs, i64 2
  %1616 = load i64, i64* %1614, align 8
  %1617 = add i64 %1616, 3
  %1618 = and i64 %1617, -4
  %1619 = add i64 %1618, 8
  %1620 = load i64, i64* %1615, align 8
  %1621 = icmp ugt i64 %1619, %1620
  br i1 %1621, label %trap15.site28, label %ok233

ok215:                                            ; preds = %e40
  %1622 = getelementptr i8, i8* %mem, i64 %1494
  %1623 = bitcast i64* %unaligned216 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1623, i8* %1622, i64 8, i1 false)
  %1624 = load i64, i64* %unaligned216, align 8
  %1625 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1624, i64 2)
  %1626 = extractvalue { i64, i1 } %1625, 1
  br i1 %1626, label %trap2.site26, label %ok217

trap17.site27:                                    ; preds = %e40
  %1627 = load i64, i64* %lowStart, align 8
  %1628 = getelementptr i64, i64* %regs, i64 6
  store i64 %1627, i64* %1628, align 8
  %1629 = load i64, i64* %lowEnd, align 8
  %1630 = getelementptr i64, i64* %regs, i64 7
  store i64 %1629, i64* %1630, align 8
  %1631 = load i64, i64* %highEnd, align 8
  %1632 = getelementptr i64, i64* %regs, i64 8
  store i64 %1631, i64* %1632, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 27)
  unreachable

ok217:                                            ; preds = %ok215
  %1633 = extractvalue { i64, i1 } %1625, 0
  store i64 %1633, i64* %item, align 8
  store i64 16, i64* %size.2, align 8
  %1634 = load i64, i64* %size.2, align 8
  %1635 = icmp ugt i64 %1634, 2147483647
  %1636 = zext i1 %1635 to i32
  %1637 = icmp ne i32 %1636, 0
  br i1 %1637, label %then218, label %else219

trap2.site26:                                     ; preds = %ok215
  %1638 = load i64, i64* %lowStart, align 8
  %1639 = getelementptr i64, i64* %regs, i64 6
  store i64 %1638, i64* %1639, align 8
  %1640 = load i64, i64* %lowEnd, align 8
  %1641 = getelementptr i64, i64* %regs, i64 7
  store i64 %1640, i64* %1641, align 8
  %1642 = load i64, i64* %highEnd, align 8
  %1643 = getelementptr i64, i64* %regs, i64 8
  store i64 %1642, i64* %1643, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

then218:                                          ; preds = %ok217
  br label %trap15.site25

else219:                                          ; preds = %ok217
  br label %join220

join220:                                          ; preds = %else219, %dead221
  %1644 = load i64, i64* %size.2, align 8
  %1645 = trunc i64 %1644 to i32
  %1646 = zext i32 %1645 to i64
  %1647 = getelementptr i64, i64* %regs, i64 1
  %1648 = getelementptr i64, i64* %regs, i64 2
  %1649 = load i64, i64* %1647, align 8
  %1650 = add i64 %1649, 7
  %1651 = and i64 %1650, -8
  %1652 = add i64 %1651, %1646
  %1653 = load i64, i64* %1648, align 8
  %1654 = icmp ugt i64 %1652, %1653
  br i1 %1654, label %trap15.site25, label %ok222

trap15.site25:                                    ; preds = %join220, %then218
  %1655 = load i64, i64* %lowStart, align 8
  %1656 = getelementptr i64, i64* %regs, i64 6
  store i64 %1655, i64* %1656, align 8
  %1657 = load i64, i64* %lowEnd, align 8
  %1658 = getelementptr i64, i64* %regs, i64 7
  store i64 %1657, i64* %1658, align 8
  %1659 = load i64, i64* %highEnd, align 8
  %1660 = getelementptr i64, i64* %regs, i64 8
  store i64 %1659, i64* %1660, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

dead221:                                          ; No predecessors!
  br label %join220

ok222:                                            ; preds = %join220
  store i64 %1652, i64* %1647, align 8
  %1661 = load i64, i64* %highEnd, align 8
  %1662 = call i64 @llvm.umax.i64(i64 %1661, i64 %1652)
  store i64 %1662, i64* %highEnd, align 8
  %1663 = trunc i64 %1651 to i32
  store i32 %1663, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1664 = load i32, i32* %list.2, align 4
  %1665 = add i32 %1664, 8
  %1666 = load i32, i32* %len.2, align 4
  %1667 = mul i32 %1666, 8
  %1668 = add i32 %1665, %1667
  %1669 = load i64, i64* %item, align 8
  %1670 = zext i32 %1668 to i64
  %1671 = add i64 %1670, 8
  %1672 = icmp uge i64 %1670, %scratch_start
  %1673 = load i64, i64* %highEnd, align 8
  %1674 = icmp ule i64 %1671, %1673
  %1675 = and i1 %1672, %1674
  %1676 = call i1 @llvm.expect.i1(i1 %1675, i1 true)
  br i1 %1676, label %write.ok225, label %write.low223

write.low223:                                     ; preds = %ok222
  %1677 = load i64, i64* %lowStart, align 8
  %1678 = icmp uge i64 %1670, %1677
  %1679 = load i64, i64* %lowEnd, align 8
  %1680 = icmp ule i64 %1671, %1679
  %1681 = and i1 %1678, %1680
  %1682 = call i1 @llvm.expect.i1(i1 %1681, i1 true)
  br i1 %1682, label %write.ok225, label %write.slow224

write.slow224:                                    ; preds = %write.low223
  %1683 = icmp ugt i64 %1671, %arena_size
  br i1 %1683, label %trap17.site0, label %ok226

write.ok225:                                      ; preds = %ok226, %write.low223, %ok222
  %1684 = getelementptr i8, i8* %mem, i64 %1670
  store i64 %1669, i64* %unaligned227, align 8
  %1685 = bitcast i64* %unaligned227 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1684, i8* %1685, i64 8, i1 false)
  %1686 = load i32, i32* %len.2, align 4
  %1687 = add i32 %1686, 1
  store i32 %1687, i32* %len.2, align 4
  %1688 = load i32, i32* %list.2, align 4
  %1689 = load i32, i32* %len.2, align 4
  %1690 = zext i32 %1688 to i64
  %1691 = add i64 %1690, 4
  %1692 = icmp uge i64 %1690, %scratch_start
  %1693 = load i64, i64* %highEnd, align 8
  %1694 = icmp ule i64 %1691, %1693
  %1695 = and i1 %1692, %1694
  %1696 = call i1 @llvm.expect.i1(i1 %1695, i1 true)
  br i1 %1696, label %write.ok230, label %write.low228

ok226:                                            ; preds = %write.slow224
  %1697 = icmp ult i64 %1670, %scratch_start
  %1698 = load i64, i64* %lowStart, align 8
  %1699 = call i64 @llvm.umin.i64(i64 %1698, i64 %1670)
  %1700 = load i64, i64* %lowEnd, align 8
  %1701 = load i64, i64* %highEnd, align 8
  %1702 = add i64 %1671, 64
  %1703 = sub i64 %1671, %1699
  %1704 = lshr i64 %1703, 4
  %1705 = add i64 %1702, %1704
  %1706 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1705)
  %1707 = call i64 @llvm.umax.i64(i64 %1700, i64 %1706)
  %1708 = select i1 %1697, i64 %1707, i64 %1700
  store i64 %1708, i64* %lowEnd, align 8
  %1709 = add i64 %1671, 64
  %1710 = sub i64 %1671, %scratch_start
  %1711 = lshr i64 %1710, 4
  %1712 = add i64 %1709, %1711
  %1713 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1712)
  %1714 = call i64 @llvm.umax.i64(i64 %1701, i64 %1713)
  %1715 = select i1 %1697, i64 %1701, i64 %1714
  store i64 %1715, i64* %highEnd, align 8
  store i64 %1699, i64* %lowStart, align 8
  br label %write.ok225

write.low228:                                     ; preds = %write.ok225
  %1716 = load i64, i64* %lowStart, align 8
  %1717 = icmp uge i64 %1690, %1716
  %1718 = load i64, i64* %lowEnd, align 8
  %1719 = icmp ule i64 %1691, %1718
  %1720 = and i1 %1717, %1719
  %1721 = call i1 @llvm.expect.i1(i1 %1720, i1 true)
  br i1 %1721, label %write.ok230, label %write.slow229

write.slow229:                                    ; preds = %write.low228
  %1722 = icmp ugt i64 %1691, %arena_size
  br i1 %1722, label %trap17.site0, label %ok231

write.ok230:                                      ; preds = %ok231, %write.low228, %write.ok225
  %1723 = getelementptr i8, i8* %mem, i64 %1690
  store i32 %1689, i32* %unaligned232, align 4
  %1724 = bitcast i32* %unaligned232 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1723, i8* %1724, i64 4, i1 false)
  %1725 = load i32, i32* %list.2, align 4
  store i32 %1725, i32* %result214, align 4
  br label %e45

ok231:                                            ; preds = %write.slow229
  %1726 = icmp ult i64 %1690, %scratch_start
  %1727 = load i64, i64* %lowStart, align 8
  %1728 = call i64 @llvm.umin.i64(i64 %1727, i64 %1690)
  %1729 = load i64, i64* %lowEnd, align 8
  %1730 = load i64, i64* %highEnd, align 8
  %1731 = add i64 %1691, 64
  %1732 = sub i64 %1691, %1728
  %1733 = lshr i64 %1732, 4
  %1734 = add i64 %1731, %1733
  %1735 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1734)
  %1736 = call i64 @llvm.umax.i64(i64 %1729, i64 %1735)
  %1737 = select i1 %1726, i64 %1736, i64 %1729
  store i64 %1737, i64* %lowEnd, align 8
  %1738 = add i64 %1691, 64
  %1739 = sub i64 %1691, %scratch_start
  %1740 = lshr i64 %1739, 4
  %1741 = add i64 %1738, %1740
  %1742 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1741)
  %1743 = call i64 @llvm.umax.i64(i64 %1730, i64 %1742)
  %1744 = select i1 %1726, i64 %1730, i64 %1743
  store i64 %1744, i64* %highEnd, align 8
  store i64 %1728, i64* %lowStart, align 8
  br label %write.ok230

ok233:                                            ; preds = %e45
  store i64 %1619, i64* %1614, align 8
  %1745 = load i64, i64* %highEnd, align 8
  %1746 = call i64 @llvm.umax.i64(i64 %1745, i64 %1619)
  store i64 %1746, i64* %highEnd, align 8
  %1747 = trunc i64 %1618 to i32
  store i32 %1747, i32* %obj.7, align 4
  %1748 = load i32, i32* %obj.7, align 4
  %1749 = load i32, i32* %c.11, align 4
  %1750 = zext i32 %1748 to i64
  %1751 = add i64 %1750, 4
  %1752 = icmp uge i64 %1750, %scratch_start
  %1753 = load i64, i64* %highEnd, align 8
  %1754 = icmp ule i64 %1751, %1753
  %1755 = and i1 %1752, %1754
  %1756 = call i1 @llvm.expect.i1(i1 %1755, i1 true)
  br i1 %1756, label %write.ok236, label %write.low234

trap15.site28:                                    ; preds = %e45
  %1757 = load i64, i64* %lowStart, align 8
  %1758 = getelementptr i64, i64* %regs, i64 6
  store i64 %1757, i64* %1758, align 8
  %1759 = load i64, i64* %lowEnd, align 8
  %1760 = getelementptr i64, i64* %regs, i64 7
  store i64 %1759, i64* %1760, align 8
  %1761 = load i64, i64* %highEnd, align 8
  %1762 = getelementptr i64, i64* %regs, i64 8
  store i64 %1761, i64* %1762, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 28)
  unreachable

write.low234:                                     ; preds = %ok233
  %1763 = load i64, i64* %lowStart, align 8
  %1764 = icmp uge i64 %1750, %1763
  %1765 = load i64, i64* %lowEnd, align 8
  %1766 = icmp ule i64 %1751, %1765
  %1767 = and i1 %1764, %1766
  %1768 = call i1 @llvm.expect.i1(i1 %1767, i1 true)
  br i1 %1768, label %write.ok236, label %write.slow235

write.slow235:                                    ; preds = %write.low234
  %1769 = icmp ugt i64 %1751, %arena_size
  br i1 %1769, label %trap17.site0, label %ok237

write.ok236:                                      ; preds = %ok237, %write.low234, %ok233
  %1770 = getelementptr i8, i8* %mem, i64 %1750
  store i32 %1749, i32* %unaligned238, align 4
  %1771 = bitcast i32* %unaligned238 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1770, i8* %1771, i64 4, i1 false)
  %1772 = load i32, i32* %obj.7, align 4
  %1773 = load i32, i32* %c.12, align 4
  %1774 = zext i32 %1772 to i64
  %1775 = add i64 %1774, 4
  %1776 = add i64 %1775, 4
  %1777 = icmp uge i64 %1775, %scratch_start
  %1778 = load i64, i64* %highEnd, align 8
  %1779 = icmp ule i64 %1776, %1778
  %1780 = and i1 %1777, %1779
  %1781 = call i1 @llvm.expect.i1(i1 %1780, i1 true)
  br i1 %1781, label %write.ok241, label %write.low239

ok237:                                            ; preds = %write.slow235
  %1782 = icmp ult i64 %1750, %scratch_start
  %1783 = load i64, i64* %lowStart, align 8
  %1784 = call i64 @llvm.umin.i64(i64 %1783, i64 %1750)
  %1785 = load i64, i64* %lowEnd, align 8
  %1786 = load i64, i64* %highEnd, align 8
  %1787 = add i64 %1751, 64
  %1788 = sub i64 %1751, %1784
  %1789 = lshr i64 %1788, 4
  %1790 = add i64 %1787, %1789
  %1791 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1790)
  %1792 = call i64 @llvm.umax.i64(i64 %1785, i64 %1791)
  %1793 = select i1 %1782, i64 %1792, i64 %1785
  store i64 %1793, i64* %lowEnd, align 8
  %1794 = add i64 %1751, 64
  %1795 = sub i64 %1751, %scratch_start
  %1796 = lshr i64 %1795, 4
  %1797 = add i64 %1794, %1796
  %1798 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1797)
  %1799 = call i64 @llvm.umax.i64(i64 %1786, i64 %1798)
  %1800 = select i1 %1782, i64 %1786, i64 %1799
  store i64 %1800, i64* %highEnd, align 8
  store i64 %1784, i64* %lowStart, align 8
  br label %write.ok236

write.low239:                                     ; preds = %write.ok236
  %1801 = load i64, i64* %lowStart, align 8
  %1802 = icmp uge i64 %1775, %1801
  %1803 = load i64, i64* %lowEnd, align 8
  %1804 = icmp ule i64 %1776, %1803
  %1805 = and i1 %1802, %1804
  %1806 = call i1 @llvm.expect.i1(i1 %1805, i1 true)
  br i1 %1806, label %write.ok241, label %write.slow240

write.slow240:                                    ; preds = %write.low239
  %1807 = icmp ugt i64 %1776, %arena_size
  br i1 %1807, label %trap17.site0, label %ok242

write.ok241:                                      ; preds = %ok242, %write.low239, %write.ok236
  %1808 = getelementptr i8, i8* %mem, i64 %1775
  store i32 %1773, i32* %unaligned243, align 4
  %1809 = bitcast i32* %unaligned243 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1808, i8* %1809, i64 4, i1 false)
  %1810 = load i32, i32* %obj.7, align 4
  store i32 %1810, i32* %result197, align 4
  br label %e39

ok242:                                            ; preds = %write.slow240
  %1811 = icmp ult i64 %1775, %scratch_start
  %1812 = load i64, i64* %lowStart, align 8
  %1813 = call i64 @llvm.umin.i64(i64 %1812, i64 %1775)
  %1814 = load i64, i64* %lowEnd, align 8
  %1815 = load i64, i64* %highEnd, align 8
  %1816 = add i64 %1776, 64
  %1817 = sub i64 %1776, %1813
  %1818 = lshr i64 %1817, 4
  %1819 = add i64 %1816, %1818
  %1820 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1819)
  %1821 = call i64 @llvm.umax.i64(i64 %1814, i64 %1820)
  %1822 = select i1 %1811, i64 %1821, i64 %1814
  store i64 %1822, i64* %lowEnd, align 8
  %1823 = add i64 %1776, 64
  %1824 = sub i64 %1776, %scratch_start
  %1825 = lshr i64 %1824, 4
  %1826 = add i64 %1823, %1825
  %1827 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1826)
  %1828 = call i64 @llvm.umax.i64(i64 %1815, i64 %1827)
  %1829 = select i1 %1811, i64 %1815, i64 %1828
  store i64 %1829, i64* %highEnd, align 8
  store i64 %1813, i64* %lowStart, align 8
  br label %write.ok241

write.low244:                                     ; preds = %e39
  %1830 = load i64, i64* %lowStart, align 8
  %1831 = icmp uge i64 %1485, %1830
  %1832 = load i64, i64* %lowEnd, align 8
  %1833 = icmp ule i64 %1486, %1832
  %1834 = and i1 %1831, %1833
  %1835 = call i1 @llvm.expect.i1(i1 %1834, i1 true)
  br i1 %1835, label %write.ok246, label %write.slow245

write.slow245:                                    ; preds = %write.low244
  %1836 = icmp ugt i64 %1486, %arena_size
  br i1 %1836, label %trap17.site0, label %ok247

write.ok246:                                      ; preds = %ok247, %write.low244, %e39
  %1837 = getelementptr i8, i8* %mem, i64 %1485
  store i32 %1483, i32* %unaligned248, align 4
  %1838 = bitcast i32* %unaligned248 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1837, i8* %1838, i64 4, i1 false)
  %1839 = load i32, i32* %dict, align 4
  store i32 %1839, i32* %result5, align 4
  br label %e0

ok247:                                            ; preds = %write.slow245
  %1840 = icmp ult i64 %1485, %scratch_start
  %1841 = load i64, i64* %lowStart, align 8
  %1842 = call i64 @llvm.umin.i64(i64 %1841, i64 %1485)
  %1843 = load i64, i64* %lowEnd, align 8
  %1844 = load i64, i64* %highEnd, align 8
  %1845 = add i64 %1486, 64
  %1846 = sub i64 %1486, %1842
  %1847 = lshr i64 %1846, 4
  %1848 = add i64 %1845, %1847
  %1849 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1848)
  %1850 = call i64 @llvm.umax.i64(i64 %1843, i64 %1849)
  %1851 = select i1 %1840, i64 %1850, i64 %1843
  store i64 %1851, i64* %lowEnd, align 8
  %1852 = add i64 %1486, 64
  %1853 = sub i64 %1486, %scratch_start
  %1854 = lshr i64 %1853, 4
  %1855 = add i64 %1852, %1854
  %1856 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1855)
  %1857 = call i64 @llvm.umax.i64(i64 %1844, i64 %1856)
  %1858 = select i1 %1840, i64 %1844, i64 %1857
  store i64 %1858, i64* %highEnd, align 8
  store i64 %1842, i64* %lowStart, align 8
  br label %write.ok246

ok249:                                            ; preds = %e0
  %1859 = icmp ult i64 %10, %stack_limit
  br i1 %1859, label %trap253.site0, label %stack_ok250

stack_ok250:                                      ; preds = %ok249
  %1860 = load i64, i64* %fuel, align 8
  %1861 = getelementptr i64, i64* %regs, i64 0
  store i64 %1860, i64* %1861, align 8
  %1862 = load i64, i64* %lowStart, align 8
  %1863 = getelementptr i64, i64* %regs, i64 6
  store i64 %1862, i64* %1863, align 8
  %1864 = load i64, i64* %lowEnd, align 8
  %1865 = getelementptr i64, i64* %regs, i64 7
  store i64 %1864, i64* %1865, align 8
  %1866 = load i64, i64* %highEnd, align 8
  %1867 = getelementptr i64, i64* %regs, i64 8
  store i64 %1866, i64* %1867, align 8
  %1868 = add i32 %depth, 1
  %1869 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1868, i32 %89, i32 %90, i32 0)
  %1870 = getelementptr i64, i64* %regs, i64 0
  %1871 = load i64, i64* %1870, align 8
  store i64 %1871, i64* %fuel, align 8
  %1872 = getelementptr i64, i64* %regs, i64 6
  %1873 = load i64, i64* %1872, align 8
  store i64 %1873, i64* %lowStart, align 8
  %1874 = getelementptr i64, i64* %regs, i64 7
  %1875 = load i64, i64* %1874, align 8
  store i64 %1875, i64* %lowEnd, align 8
  %1876 = getelementptr i64, i64* %regs, i64 8
  %1877 = load i64, i64* %1876, align 8
  store i64 %1877, i64* %highEnd, align 8
  store i32 %1869, i32* %json_end, align 4
  %1878 = load i32, i32* %json_end, align 4
  %1879 = icmp eq i32 %1878, -2
  %1880 = zext i1 %1879 to i32
  %1881 = icmp ne i32 %1880, 0
  br i1 %1881, label %then251, label %else252

then251:                                          ; preds = %stack_ok250
  br label %trap16.site4

else252:                                          ; preds = %stack_ok250
  br label %join253

join253:                                          ; preds = %else252, %dead254
  %1882 = load i32, i32* %json_end, align 4
  %1883 = icmp eq i32 %1882, -1
  %1884 = zext i1 %1883 to i32
  %1885 = icmp ne i32 %1884, 0
  br i1 %1885, label %then255, label %else256

trap16.site4:                                     ; preds = %then251
  %1886 = load i64, i64* %lowStart, align 8
  %1887 = getelementptr i64, i64* %regs, i64 6
  store i64 %1886, i64* %1887, align 8
  %1888 = load i64, i64* %lowEnd, align 8
  %1889 = getelementptr i64, i64* %regs, i64 7
  store i64 %1888, i64* %1889, align 8
  %1890 = load i64, i64* %highEnd, align 8
  %1891 = getelementptr i64, i64* %regs, i64 8
  store i64 %1890, i64* %1891, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead254:                                          ; No predecessors!
  br label %join253

then255:                                          ; preds = %join253
  br label %trap15.site4

else256:                                          ; preds = %join253
  br label %join257

join257:                                          ; preds = %else256, %dead258
  %1892 = load i32, i32* %json_end, align 4
  %1893 = zext i32 %1892 to i64
  %1894 = getelementptr i64, i64* %regs, i64 3
  store i64 %1893, i64* %1894, align 8
  %1895 = load i32, i32* %json_end, align 4
  %1896 = load i32, i32* %json_start, align 4
  %1897 = sub i32 %1895, %1896
  %1898 = load i64, i64* %fuel, align 8
  %1899 = getelementptr i64, i64* %regs, i64 0
  store i64 %1898, i64* %1899, align 8
  %1900 = load i64, i64* %lowStart, align 8
  %1901 = getelementptr i64, i64* %regs, i64 6
  store i64 %1900, i64* %1901, align 8
  %1902 = load i64, i64* %lowEnd, align 8
  %1903 = getelementptr i64, i64* %regs, i64 7
  store i64 %1902, i64* %1903, align 8
  %1904 = load i64, i64* %highEnd, align 8
  %1905 = getelementptr i64, i64* %regs, i64 8
  store i64 %1904, i64* %1905, align 8
  ret i32 %1897

dead258:                                          ; No predecessors!
  br label %join257
}
