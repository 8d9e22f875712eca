; From libs/driver/testdata/emit-golden/tuples.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/tuples.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (46):
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 4 function(s):

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
  %269 = add i64 %268, 4
  %270 = icmp ugt i64 %269, %arena_size
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
  %283 = add i64 %282, 4
  %284 = icmp ugt i64 %283, %arena_size
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
  %292 = add i64 %291, 4
  %293 = add i64 %292, 1
  %294 = icmp ugt i64 %293, %arena_size
  br i1 %294, label %trap17.site0, label %ok44

ok44:                                             ; preds = %ok42
  %295 = getelementptr i8, i8* %mem, i64 %292
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
  %314 = add i64 %313, 1
  %315 = icmp ugt i64 %314, %arena_size
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
  %338 = add i64 %337, 1
  %339 = icmp ugt i64 %338, %arena_size
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
  %481 = add i64 %480, 1
  %482 = icmp ugt i64 %481, %arena_size
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
  %493 = add i64 %492, 1
  %494 = icmp ugt i64 %493, %arena_size
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
  %525 = add i64 %524, 1
  %526 = icmp ugt i64 %525, %arena_size
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
  %550 = add i64 %549, 4
  %551 = icmp ugt i64 %550, %arena_size
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
  %577 = add i64 %576, 4
  %578 = icmp ugt i64 %577, %arena_size
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
  br i1 %614, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join115
  %615 = load i64, i64* %lowStart, align 8
  %616 = getelementptr i64, i64* %regs, i64 6
  store i64 %615, i64* %616, align 8
  %617 = load i64, i64* %lowEnd, align 8
  %618 = getelementptr i64, i64* %regs, i64 7
  store i64 %617, i64* %618, align 8
  %619 = load i64, i64* %highEnd, align 8
  %620 = getelementptr i64, i64* %regs, i64 8
  store i64 %619, i64* %620, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok117
  %621 = load i64, i64* %lowStart, align 8
  %622 = icmp uge i64 %609, %621
  %623 = load i64, i64* %lowEnd, align 8
  %624 = icmp ule i64 %610, %623
  %625 = and i1 %622, %624
  br i1 %625, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %626 = icmp ugt i64 %610, %arena_size
  br i1 %626, label %trap17.site0, label %ok118

write.ok:                                         ; preds = %ok118, %write.low, %ok117
  %627 = getelementptr i8, i8* %mem, i64 %609
  store i32 %608, i32* %unaligned119, align 4
  %628 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %627, i8* %628, i64 4, i1 false)
  %629 = load i32, i32* %args_out, align 4
  %630 = load i32, i32* %arg.1, align 4
  %631 = zext i32 %629 to i64
  %632 = add i64 %631, 8
  %633 = add i64 %632, 4
  %634 = icmp uge i64 %632, %scratch_start
  %635 = load i64, i64* %highEnd, align 8
  %636 = icmp ule i64 %633, %635
  %637 = and i1 %634, %636
  br i1 %637, label %write.ok122, label %write.low120

ok118:                                            ; preds = %write.slow
  %638 = icmp ult i64 %609, %scratch_start
  %639 = load i64, i64* %lowEnd, align 8
  %640 = load i64, i64* %highEnd, align 8
  %641 = call i64 @llvm.umax.i64(i64 %639, i64 %610)
  %642 = select i1 %638, i64 %641, i64 %639
  store i64 %642, i64* %lowEnd, align 8
  %643 = call i64 @llvm.umax.i64(i64 %640, i64 %610)
  %644 = select i1 %638, i64 %640, i64 %643
  store i64 %644, i64* %highEnd, align 8
  %645 = load i64, i64* %lowStart, align 8
  %646 = call i64 @llvm.umin.i64(i64 %645, i64 %609)
  store i64 %646, i64* %lowStart, align 8
  br label %write.ok

write.low120:                                     ; preds = %write.ok
  %647 = load i64, i64* %lowStart, align 8
  %648 = icmp uge i64 %632, %647
  %649 = load i64, i64* %lowEnd, align 8
  %650 = icmp ule i64 %633, %649
  %651 = and i1 %648, %650
  br i1 %651, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %652 = icmp ugt i64 %633, %arena_size
  br i1 %652, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %write.ok
  %653 = getelementptr i8, i8* %mem, i64 %632
  store i32 %630, i32* %unaligned124, align 4
  %654 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %653, i8* %654, i64 4, i1 false)
  %655 = load i32, i32* %args_out, align 4
  %656 = load i64, i64* %fuel, align 8
  %657 = getelementptr i64, i64* %regs, i64 0
  store i64 %656, i64* %657, align 8
  %658 = load i64, i64* %lowStart, align 8
  %659 = getelementptr i64, i64* %regs, i64 6
  store i64 %658, i64* %659, align 8
  %660 = load i64, i64* %lowEnd, align 8
  %661 = getelementptr i64, i64* %regs, i64 7
  store i64 %660, i64* %661, align 8
  %662 = load i64, i64* %highEnd, align 8
  %663 = getelementptr i64, i64* %regs, i64 8
  store i64 %662, i64* %663, align 8
  ret i32 %655

ok123:                                            ; preds = %write.slow121
  %664 = icmp ult i64 %632, %scratch_start
  %665 = load i64, i64* %lowEnd, align 8
  %666 = load i64, i64* %highEnd, align 8
  %667 = call i64 @llvm.umax.i64(i64 %665, i64 %633)
  %668 = select i1 %664, i64 %667, i64 %665
  store i64 %668, i64* %lowEnd, align 8
  %669 = call i64 @llvm.umax.i64(i64 %666, i64 %633)
  %670 = select i1 %664, i64 %666, i64 %669
  store i64 %670, i64* %highEnd, align 8
  %671 = load i64, i64* %lowStart, align 8
  %672 = call i64 @llvm.umin.i64(i64 %671, i64 %632)
  store i64 %672, i64* %lowStart, align 8
  br label %write.ok122
}

define internal i32 @m0.eq._Int__String_(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
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
  %17 = add i64 %16, 8
  %18 = icmp ugt i64 %17, %arena_size
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
  %24 = add i64 %23, 8
  %25 = icmp ugt i64 %24, %arena_size
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
  %38 = add i64 %37, 8
  %39 = add i64 %38, 4
  %40 = icmp ugt i64 %39, %arena_size
  br i1 %40, label %trap17.site0, label %ok8

dead7:                                            ; No predecessors!
  br label %join6

ok8:                                              ; preds = %join6
  %41 = getelementptr i8, i8* %mem, i64 %38
  %42 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %42, i8* %41, i64 4, i1 false)
  %43 = load i32, i32* %unaligned9, align 4
  %44 = load i32, i32* %b, align 4
  %45 = zext i32 %44 to i64
  %46 = add i64 %45, 8
  %47 = add i64 %46, 4
  %48 = icmp ugt i64 %47, %arena_size
  br i1 %48, label %trap17.site0, label %ok10

ok10:                                             ; preds = %ok8
  %49 = getelementptr i8, i8* %mem, i64 %46
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

define internal i32 @m0.eq._Int__Bool_(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
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
  %15 = add i64 %14, 8
  %16 = icmp ugt i64 %15, %arena_size
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
  %22 = add i64 %21, 8
  %23 = icmp ugt i64 %22, %arena_size
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
  %36 = add i64 %35, 8
  %37 = add i64 %36, 1
  %38 = icmp ugt i64 %37, %arena_size
  br i1 %38, label %trap17.site0, label %ok8

dead7:                                            ; No predecessors!
  br label %join6

ok8:                                              ; preds = %join6
  %39 = getelementptr i8, i8* %mem, i64 %36
  %40 = load i8, i8* %39, align 1
  %41 = zext i8 %40 to i32
  %42 = load i32, i32* %b, align 4
  %43 = zext i32 %42 to i64
  %44 = add i64 %43, 8
  %45 = add i64 %44, 1
  %46 = icmp ugt i64 %45, %arena_size
  br i1 %46, label %trap17.site0, label %ok9

ok9:                                              ; preds = %ok8
  %47 = getelementptr i8, i8* %mem, i64 %44
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
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 4
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow218, %write.slow213, %write.slow208, %write.slow202, %write.slow197, %write.slow183, %write.slow178, %write.slow167, %cont156, %e34, %write.slow150, %write.slow145, %write.slow138, %write.slow131, %write.slow126, %write.slow119, %write.slow114, %write.slow105, %write.slow100, %write.slow94, %cont84, %ok80, %write.ok70, %write.slow69, %write.slow64, %write.slow58, %cont, %ok49, %write.ok43, %write.slow42, %write.slow35, %write.slow30, %write.slow21, %write.slow16, %write.slow, %ok2, %stack_ok
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
  %97 = add i64 %96, 8
  %98 = add i64 %97, 4
  %99 = icmp ugt i64 %98, %arena_size
  br i1 %99, label %trap17.site5, label %ok8

trap15.site4:                                     ; preds = %then228, %ok3
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

e1:                                               ; preds = %write.ok17
  %106 = load i32, i32* %result7, align 4
  store i32 %106, i32* %swapped, align 4
  %107 = load i32, i32* %dict, align 4
  %108 = load i32, i32* %swapped, align 4
  %109 = zext i32 %107 to i64
  %110 = add i64 %109, 4
  %111 = icmp uge i64 %109, %scratch_start
  %112 = load i64, i64* %highEnd, align 8
  %113 = icmp ule i64 %110, %112
  %114 = and i1 %111, %113
  br i1 %114, label %write.ok22, label %write.low20

ok8:                                              ; preds = %ok6
  %115 = getelementptr i8, i8* %mem, i64 %97
  %116 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %116, i8* %115, i64 4, i1 false)
  %117 = load i32, i32* %unaligned9, align 4
  store i32 %117, i32* %c, align 4
  %118 = load i32, i32* %pair, align 4
  %119 = zext i32 %118 to i64
  %120 = add i64 %119, 8
  %121 = icmp ugt i64 %120, %arena_size
  br i1 %121, label %trap17.site6, label %ok10

trap17.site5:                                     ; preds = %ok6
  %122 = load i64, i64* %lowStart, align 8
  %123 = getelementptr i64, i64* %regs, i64 6
  store i64 %122, i64* %123, align 8
  %124 = load i64, i64* %lowEnd, align 8
  %125 = getelementptr i64, i64* %regs, i64 7
  store i64 %124, i64* %125, align 8
  %126 = load i64, i64* %highEnd, align 8
  %127 = getelementptr i64, i64* %regs, i64 8
  store i64 %126, i64* %127, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

ok10:                                             ; preds = %ok8
  %128 = getelementptr i8, i8* %mem, i64 %119
  %129 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %129, i8* %128, i64 8, i1 false)
  %130 = load i64, i64* %unaligned11, align 8
  store i64 %130, i64* %c.1, align 8
  %131 = getelementptr i64, i64* %regs, i64 1
  %132 = getelementptr i64, i64* %regs, i64 2
  %133 = load i64, i64* %131, align 8
  %134 = add i64 %133, 7
  %135 = and i64 %134, -8
  %136 = add i64 %135, 16
  %137 = load i64, i64* %132, align 8
  %138 = icmp ugt i64 %136, %137
  br i1 %138, label %trap15.site7, label %ok12

trap17.site6:                                     ; preds = %ok8
  %139 = load i64, i64* %lowStart, align 8
  %140 = getelementptr i64, i64* %regs, i64 6
  store i64 %139, i64* %140, align 8
  %141 = load i64, i64* %lowEnd, align 8
  %142 = getelementptr i64, i64* %regs, i64 7
  store i64 %141, i64* %142, align 8
  %143 = load i64, i64* %highEnd, align 8
  %144 = getelementptr i64, i64* %regs, i64 8
  store i64 %143, i64* %144, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 6)
  unreachable

ok12:                                             ; preds = %ok10
  store i64 %136, i64* %131, align 8
  %145 = load i64, i64* %highEnd, align 8
  %146 = call i64 @llvm.umax.i64(i64 %145, i64 %136)
  store i64 %146, i64* %highEnd, align 8
  %147 = trunc i64 %135 to i32
  store i32 %147, i32* %obj, align 4
  %148 = load i32, i32* %obj, align 4
  %149 = load i32, i32* %c, align 4
  %150 = zext i32 %148 to i64
  %151 = add i64 %150, 4
  %152 = icmp uge i64 %150, %scratch_start
  %153 = load i64, i64* %highEnd, align 8
  %154 = icmp ule i64 %151, %153
  %155 = and i1 %152, %154
  br i1 %155, label %write.ok, label %write.low

trap15.site7:                                     ; preds = %ok10
  %156 = load i64, i64* %lowStart, align 8
  %157 = getelementptr i64, i64* %regs, i64 6
  store i64 %156, i64* %157, align 8
  %158 = load i64, i64* %lowEnd, align 8
  %159 = getelementptr i64, i64* %regs, i64 7
  store i64 %158, i64* %159, align 8
  %160 = load i64, i64* %highEnd, align 8
  %161 = getelementptr i64, i64* %regs, i64 8
  store i64 %160, i64* %161, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

write.low:                                        ; preds = %ok12
  %162 = load i64, i64* %lowStart, align 8
  %163 = icmp uge i64 %150, %162
  %164 = load i64, i64* %lowEnd, align 8
  %165 = icmp ule i64 %151, %164
  %166 = and i1 %163, %165
  br i1 %166, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %167 = icmp ugt i64 %151, %arena_size
  br i1 %167, label %trap17.site0, label %ok13

write.ok:                                         ; preds = %ok13, %write.low, %ok12
  %168 = getelementptr i8, i8* %mem, i64 %150
  store i32 %149, i32* %unaligned14, align 4
  %169 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %168, i8* %169, i64 4, i1 false)
  %170 = load i32, i32* %obj, align 4
  %171 = load i64, i64* %c.1, align 8
  %172 = zext i32 %170 to i64
  %173 = add i64 %172, 8
  %174 = add i64 %173, 8
  %175 = icmp uge i64 %173, %scratch_start
  %176 = load i64, i64* %highEnd, align 8
  %177 = icmp ule i64 %174, %176
  %178 = and i1 %175, %177
  br i1 %178, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow
  %179 = icmp ult i64 %150, %scratch_start
  %180 = load i64, i64* %lowEnd, align 8
  %181 = load i64, i64* %highEnd, align 8
  %182 = call i64 @llvm.umax.i64(i64 %180, i64 %151)
  %183 = select i1 %179, i64 %182, i64 %180
  store i64 %183, i64* %lowEnd, align 8
  %184 = call i64 @llvm.umax.i64(i64 %181, i64 %151)
  %185 = select i1 %179, i64 %181, i64 %184
  store i64 %185, i64* %highEnd, align 8
  %186 = load i64, i64* %lowStart, align 8
  %187 = call i64 @llvm.umin.i64(i64 %186, i64 %150)
  store i64 %187, i64* %lowStart, align 8
  br label %write.ok

write.low15:                                      ; preds = %write.ok
  %188 = load i64, i64* %lowStart, align 8
  %189 = icmp uge i64 %173, %188
  %190 = load i64, i64* %lowEnd, align 8
  %191 = icmp ule i64 %174, %190
  %192 = and i1 %189, %191
  br i1 %192, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %193 = icmp ugt i64 %174, %arena_size
  br i1 %193, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok
  %194 = getelementptr i8, i8* %mem, i64 %173
  store i64 %171, i64* %unaligned19, align 8
  %195 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %194, i8* %195, i64 8, i1 false)
  %196 = load i32, i32* %obj, align 4
  store i32 %196, i32* %result7, align 4
  br label %e1

ok18:                                             ; preds = %write.slow16
  %197 = icmp ult i64 %173, %scratch_start
  %198 = load i64, i64* %lowEnd, align 8
  %199 = load i64, i64* %highEnd, align 8
  %200 = call i64 @llvm.umax.i64(i64 %198, i64 %174)
  %201 = select i1 %197, i64 %200, i64 %198
  store i64 %201, i64* %lowEnd, align 8
  %202 = call i64 @llvm.umax.i64(i64 %199, i64 %174)
  %203 = select i1 %197, i64 %199, i64 %202
  store i64 %203, i64* %highEnd, align 8
  %204 = load i64, i64* %lowStart, align 8
  %205 = call i64 @llvm.umin.i64(i64 %204, i64 %173)
  store i64 %205, i64* %lowStart, align 8
  br label %write.ok17

write.low20:                                      ; preds = %e1
  %206 = load i64, i64* %lowStart, align 8
  %207 = icmp uge i64 %109, %206
  %208 = load i64, i64* %lowEnd, align 8
  %209 = icmp ule i64 %110, %208
  %210 = and i1 %207, %209
  br i1 %210, label %write.ok22, label %write.slow21

write.slow21:                                     ; preds = %write.low20
  %211 = icmp ugt i64 %110, %arena_size
  br i1 %211, label %trap17.site0, label %ok23

write.ok22:                                       ; preds = %ok23, %write.low20, %e1
  %212 = getelementptr i8, i8* %mem, i64 %109
  store i32 %108, i32* %unaligned24, align 4
  %213 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %212, i8* %213, i64 4, i1 false)
  %214 = load i32, i32* %pair, align 4
  %215 = zext i32 %214 to i64
  %216 = add i64 %215, 8
  %217 = icmp ugt i64 %216, %arena_size
  br i1 %217, label %trap17.site8, label %ok26

ok23:                                             ; preds = %write.slow21
  %218 = icmp ult i64 %109, %scratch_start
  %219 = load i64, i64* %lowEnd, align 8
  %220 = load i64, i64* %highEnd, align 8
  %221 = call i64 @llvm.umax.i64(i64 %219, i64 %110)
  %222 = select i1 %218, i64 %221, i64 %219
  store i64 %222, i64* %lowEnd, align 8
  %223 = call i64 @llvm.umax.i64(i64 %220, i64 %110)
  %224 = select i1 %218, i64 %220, i64 %223
  store i64 %224, i64* %highEnd, align 8
  %225 = load i64, i64* %lowStart, align 8
  %226 = call i64 @llvm.umin.i64(i64 %225, i64 %109)
  store i64 %226, i64* %lowStart, align 8
  br label %write.ok22

e6:                                               ; preds = %write.ok31
  %227 = load i32, i32* %result25, align 4
  store i32 %227, i32* %single, align 4
  %228 = load i32, i32* %dict, align 4
  %229 = load i32, i32* %single, align 4
  %230 = zext i32 %228 to i64
  %231 = add i64 %230, 4
  %232 = add i64 %231, 4
  %233 = icmp uge i64 %231, %scratch_start
  %234 = load i64, i64* %highEnd, align 8
  %235 = icmp ule i64 %232, %234
  %236 = and i1 %233, %235
  br i1 %236, label %write.ok36, label %write.low34

ok26:                                             ; preds = %write.ok22
  %237 = getelementptr i8, i8* %mem, i64 %215
  %238 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %238, i8* %237, i64 8, i1 false)
  %239 = load i64, i64* %unaligned27, align 8
  store i64 %239, i64* %c.2, align 8
  %240 = getelementptr i64, i64* %regs, i64 1
  %241 = getelementptr i64, i64* %regs, i64 2
  %242 = load i64, i64* %240, align 8
  %243 = add i64 %242, 7
  %244 = and i64 %243, -8
  %245 = add i64 %244, 8
  %246 = load i64, i64* %241, align 8
  %247 = icmp ugt i64 %245, %246
  br i1 %247, label %trap15.site9, label %ok28

trap17.site8:                                     ; preds = %write.ok22
  %248 = load i64, i64* %lowStart, align 8
  %249 = getelementptr i64, i64* %regs, i64 6
  store i64 %248, i64* %249, align 8
  %250 = load i64, i64* %lowEnd, align 8
  %251 = getelementptr i64, i64* %regs, i64 7
  store i64 %250, i64* %251, align 8
  %252 = load i64, i64* %highEnd, align 8
  %253 = getelementptr i64, i64* %regs, i64 8
  store i64 %252, i64* %253, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 8)
  unreachable

ok28:                                             ; preds = %ok26
  store i64 %245, i64* %240, align 8
  %254 = load i64, i64* %highEnd, align 8
  %255 = call i64 @llvm.umax.i64(i64 %254, i64 %245)
  store i64 %255, i64* %highEnd, align 8
  %256 = trunc i64 %244 to i32
  store i32 %256, i32* %obj.1, align 4
  %257 = load i32, i32* %obj.1, align 4
  %258 = load i64, i64* %c.2, align 8
  %259 = zext i32 %257 to i64
  %260 = add i64 %259, 8
  %261 = icmp uge i64 %259, %scratch_start
  %262 = load i64, i64* %highEnd, align 8
  %263 = icmp ule i64 %260, %262
  %264 = and i1 %261, %263
  br i1 %264, label %write.ok31, label %write.low29

trap15.site9:                                     ; preds = %ok26
  %265 = load i64, i64* %lowStart, align 8
  %266 = getelementptr i64, i64* %regs, i64 6
  store i64 %265, i64* %266, align 8
  %267 = load i64, i64* %lowEnd, align 8
  %268 = getelementptr i64, i64* %regs, i64 7
  store i64 %267, i64* %268, align 8
  %269 = load i64, i64* %highEnd, align 8
  %270 = getelementptr i64, i64* %regs, i64 8
  store i64 %269, i64* %270, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

write.low29:                                      ; preds = %ok28
  %271 = load i64, i64* %lowStart, align 8
  %272 = icmp uge i64 %259, %271
  %273 = load i64, i64* %lowEnd, align 8
  %274 = icmp ule i64 %260, %273
  %275 = and i1 %272, %274
  br i1 %275, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %276 = icmp ugt i64 %260, %arena_size
  br i1 %276, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %ok28
  %277 = getelementptr i8, i8* %mem, i64 %259
  store i64 %258, i64* %unaligned33, align 8
  %278 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %277, i8* %278, i64 8, i1 false)
  %279 = load i32, i32* %obj.1, align 4
  store i32 %279, i32* %result25, align 4
  br label %e6

ok32:                                             ; preds = %write.slow30
  %280 = icmp ult i64 %259, %scratch_start
  %281 = load i64, i64* %lowEnd, align 8
  %282 = load i64, i64* %highEnd, align 8
  %283 = call i64 @llvm.umax.i64(i64 %281, i64 %260)
  %284 = select i1 %280, i64 %283, i64 %281
  store i64 %284, i64* %lowEnd, align 8
  %285 = call i64 @llvm.umax.i64(i64 %282, i64 %260)
  %286 = select i1 %280, i64 %282, i64 %285
  store i64 %286, i64* %highEnd, align 8
  %287 = load i64, i64* %lowStart, align 8
  %288 = call i64 @llvm.umin.i64(i64 %287, i64 %259)
  store i64 %288, i64* %lowStart, align 8
  br label %write.ok31

write.low34:                                      ; preds = %e6
  %289 = load i64, i64* %lowStart, align 8
  %290 = icmp uge i64 %231, %289
  %291 = load i64, i64* %lowEnd, align 8
  %292 = icmp ule i64 %232, %291
  %293 = and i1 %290, %292
  br i1 %293, label %write.ok36, label %write.slow35

write.slow35:                                     ; preds = %write.low34
  %294 = icmp ugt i64 %232, %arena_size
  br i1 %294, label %trap17.site0, label %ok37

write.ok36:                                       ; preds = %ok37, %write.low34, %e6
  %295 = getelementptr i8, i8* %mem, i64 %231
  store i32 %229, i32* %unaligned38, align 4
  %296 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %295, i8* %296, i64 4, i1 false)
  %297 = getelementptr i64, i64* %regs, i64 1
  %298 = getelementptr i64, i64* %regs, i64 2
  %299 = load i64, i64* %297, align 8
  %300 = add i64 %299, 3
  %301 = and i64 %300, -4
  %302 = add i64 %301, 0
  %303 = load i64, i64* %298, align 8
  %304 = icmp ugt i64 %302, %303
  br i1 %304, label %trap15.site10, label %ok40

ok37:                                             ; preds = %write.slow35
  %305 = icmp ult i64 %231, %scratch_start
  %306 = load i64, i64* %lowEnd, align 8
  %307 = load i64, i64* %highEnd, align 8
  %308 = call i64 @llvm.umax.i64(i64 %306, i64 %232)
  %309 = select i1 %305, i64 %308, i64 %306
  store i64 %309, i64* %lowEnd, align 8
  %310 = call i64 @llvm.umax.i64(i64 %307, i64 %232)
  %311 = select i1 %305, i64 %307, i64 %310
  store i64 %311, i64* %highEnd, align 8
  %312 = load i64, i64* %lowStart, align 8
  %313 = call i64 @llvm.umin.i64(i64 %312, i64 %231)
  store i64 %313, i64* %lowStart, align 8
  br label %write.ok36

e9:                                               ; preds = %ok40
  %314 = load i32, i32* %result39, align 4
  store i32 %314, i32* %empty, align 4
  %315 = load i32, i32* %dict, align 4
  %316 = load i32, i32* %empty, align 4
  %317 = zext i32 %315 to i64
  %318 = add i64 %317, 8
  %319 = add i64 %318, 4
  %320 = icmp uge i64 %318, %scratch_start
  %321 = load i64, i64* %highEnd, align 8
  %322 = icmp ule i64 %319, %321
  %323 = and i1 %320, %322
  br i1 %323, label %write.ok43, label %write.low41

ok40:                                             ; preds = %write.ok36
  store i64 %302, i64* %297, align 8
  %324 = load i64, i64* %highEnd, align 8
  %325 = call i64 @llvm.umax.i64(i64 %324, i64 %302)
  store i64 %325, i64* %highEnd, align 8
  %326 = trunc i64 %301 to i32
  store i32 %326, i32* %obj.2, align 4
  %327 = load i32, i32* %obj.2, align 4
  store i32 %327, i32* %result39, align 4
  br label %e9

trap15.site10:                                    ; preds = %write.ok36
  %328 = load i64, i64* %lowStart, align 8
  %329 = getelementptr i64, i64* %regs, i64 6
  store i64 %328, i64* %329, align 8
  %330 = load i64, i64* %lowEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 7
  store i64 %330, i64* %331, align 8
  %332 = load i64, i64* %highEnd, align 8
  %333 = getelementptr i64, i64* %regs, i64 8
  store i64 %332, i64* %333, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

write.low41:                                      ; preds = %e9
  %334 = load i64, i64* %lowStart, align 8
  %335 = icmp uge i64 %318, %334
  %336 = load i64, i64* %lowEnd, align 8
  %337 = icmp ule i64 %319, %336
  %338 = and i1 %335, %337
  br i1 %338, label %write.ok43, label %write.slow42

write.slow42:                                     ; preds = %write.low41
  %339 = icmp ugt i64 %319, %arena_size
  br i1 %339, label %trap17.site0, label %ok44

write.ok43:                                       ; preds = %ok44, %write.low41, %e9
  %340 = getelementptr i8, i8* %mem, i64 %318
  store i32 %316, i32* %unaligned45, align 4
  %341 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %340, i8* %341, i64 4, i1 false)
  %342 = load i32, i32* %flags, align 4
  store i32 %342, i32* %xs, align 4
  %343 = load i32, i32* %xs, align 4
  %344 = zext i32 %343 to i64
  %345 = add i64 %344, 4
  %346 = icmp ugt i64 %345, %arena_size
  br i1 %346, label %trap17.site0, label %ok47

ok44:                                             ; preds = %write.slow42
  %347 = icmp ult i64 %318, %scratch_start
  %348 = load i64, i64* %lowEnd, align 8
  %349 = load i64, i64* %highEnd, align 8
  %350 = call i64 @llvm.umax.i64(i64 %348, i64 %319)
  %351 = select i1 %347, i64 %350, i64 %348
  store i64 %351, i64* %lowEnd, align 8
  %352 = call i64 @llvm.umax.i64(i64 %349, i64 %319)
  %353 = select i1 %347, i64 %349, i64 %352
  store i64 %353, i64* %highEnd, align 8
  %354 = load i64, i64* %lowStart, align 8
  %355 = call i64 @llvm.umin.i64(i64 %354, i64 %318)
  store i64 %355, i64* %lowStart, align 8
  br label %write.ok43

e10:                                              ; preds = %write.ok65
  %356 = load i32, i32* %result46, align 4
  store i32 %356, i32* %firsts, align 4
  %357 = load i32, i32* %dict, align 4
  %358 = load i32, i32* %firsts, align 4
  %359 = zext i32 %357 to i64
  %360 = add i64 %359, 12
  %361 = add i64 %360, 4
  %362 = icmp uge i64 %360, %scratch_start
  %363 = load i64, i64* %highEnd, align 8
  %364 = icmp ule i64 %361, %363
  %365 = and i1 %362, %364
  br i1 %365, label %write.ok70, label %write.low68

ok47:                                             ; preds = %write.ok43
  %366 = getelementptr i8, i8* %mem, i64 %344
  %367 = bitcast i32* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %367, i8* %366, i64 4, i1 false)
  %368 = load i32, i32* %unaligned48, align 4
  %369 = zext i32 %368 to i64
  %370 = mul i64 %369, 8
  %371 = add i64 8, %370
  store i64 %371, i64* %size, align 8
  %372 = load i64, i64* %size, align 8
  %373 = icmp ugt i64 %372, 2147483647
  %374 = zext i1 %373 to i32
  %375 = icmp ne i32 %374, 0
  br i1 %375, label %then, label %else

then:                                             ; preds = %ok47
  br label %trap15.site11

else:                                             ; preds = %ok47
  br label %join

join:                                             ; preds = %else, %dead
  %376 = load i64, i64* %size, align 8
  %377 = trunc i64 %376 to i32
  %378 = zext i32 %377 to i64
  %379 = getelementptr i64, i64* %regs, i64 1
  %380 = getelementptr i64, i64* %regs, i64 2
  %381 = load i64, i64* %379, align 8
  %382 = add i64 %381, 7
  %383 = and i64 %382, -8
  %384 = add i64 %383, %378
  %385 = load i64, i64* %380, align 8
  %386 = icmp ugt i64 %384, %385
  br i1 %386, label %trap15.site11, label %ok49

trap15.site11:                                    ; preds = %join, %then
  %387 = load i64, i64* %lowStart, align 8
  %388 = getelementptr i64, i64* %regs, i64 6
  store i64 %387, i64* %388, align 8
  %389 = load i64, i64* %lowEnd, align 8
  %390 = getelementptr i64, i64* %regs, i64 7
  store i64 %389, i64* %390, align 8
  %391 = load i64, i64* %highEnd, align 8
  %392 = getelementptr i64, i64* %regs, i64 8
  store i64 %391, i64* %392, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok49:                                             ; preds = %join
  store i64 %384, i64* %379, align 8
  %393 = load i64, i64* %highEnd, align 8
  %394 = call i64 @llvm.umax.i64(i64 %393, i64 %384)
  store i64 %394, i64* %highEnd, align 8
  %395 = trunc i64 %383 to i32
  store i32 %395, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %396 = load i32, i32* %xs, align 4
  %397 = zext i32 %396 to i64
  %398 = add i64 %397, 4
  %399 = icmp ugt i64 %398, %arena_size
  br i1 %399, label %trap17.site0, label %ok50

ok50:                                             ; preds = %ok49
  %400 = getelementptr i8, i8* %mem, i64 %397
  %401 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %401, i8* %400, i64 4, i1 false)
  %402 = load i32, i32* %unaligned51, align 4
  store i32 %402, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each13

block12:                                          ; preds = %dead62, %ok52
  %403 = load i32, i32* %list, align 4
  %404 = load i32, i32* %len, align 4
  %405 = zext i32 %403 to i64
  %406 = add i64 %405, 4
  %407 = icmp uge i64 %405, %scratch_start
  %408 = load i64, i64* %highEnd, align 8
  %409 = icmp ule i64 %406, %408
  %410 = and i1 %407, %409
  br i1 %410, label %write.ok65, label %write.low63

each13:                                           ; preds = %write.ok59, %ok50
  %411 = load i64, i64* %fuel, align 8
  %412 = icmp ult i64 %411, 1
  br i1 %412, label %trap14.site0, label %ok52

ok52:                                             ; preds = %each13
  %413 = sub i64 %411, 1
  store i64 %413, i64* %fuel, align 8
  %414 = load i32, i32* %k, align 4
  %415 = load i32, i32* %n, align 4
  %416 = icmp uge i32 %414, %415
  %417 = zext i1 %416 to i32
  %418 = icmp ne i32 %417, 0
  br i1 %418, label %block12, label %cont

cont:                                             ; preds = %ok52
  %419 = load i32, i32* %xs, align 4
  %420 = load i32, i32* %k, align 4
  %421 = mul i32 %420, 4
  %422 = add i32 %419, %421
  %423 = zext i32 %422 to i64
  %424 = add i64 %423, 4
  %425 = add i64 %424, 4
  %426 = icmp ugt i64 %425, %arena_size
  br i1 %426, label %trap17.site0, label %ok53

ok53:                                             ; preds = %cont
  %427 = getelementptr i8, i8* %mem, i64 %424
  %428 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %428, i8* %427, i64 4, i1 false)
  %429 = load i32, i32* %unaligned54, align 4
  store i32 %429, i32* %x, align 4
  %430 = load i32, i32* %x, align 4
  store i32 %430, i32* %t, align 4
  %431 = load i32, i32* %list, align 4
  %432 = load i32, i32* %len, align 4
  %433 = mul i32 %432, 8
  %434 = add i32 %431, %433
  %435 = load i32, i32* %t, align 4
  %436 = zext i32 %435 to i64
  %437 = add i64 %436, 8
  %438 = icmp ugt i64 %437, %arena_size
  br i1 %438, label %trap17.site12, label %ok55

ok55:                                             ; preds = %ok53
  %439 = getelementptr i8, i8* %mem, i64 %436
  %440 = bitcast i64* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %440, i8* %439, i64 8, i1 false)
  %441 = load i64, i64* %unaligned56, align 8
  %442 = zext i32 %434 to i64
  %443 = add i64 %442, 8
  %444 = add i64 %443, 8
  %445 = icmp uge i64 %443, %scratch_start
  %446 = load i64, i64* %highEnd, align 8
  %447 = icmp ule i64 %444, %446
  %448 = and i1 %445, %447
  br i1 %448, label %write.ok59, label %write.low57

trap17.site12:                                    ; preds = %ok53
  %449 = load i64, i64* %lowStart, align 8
  %450 = getelementptr i64, i64* %regs, i64 6
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %lowEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 7
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %highEnd, align 8
  %454 = getelementptr i64, i64* %regs, i64 8
  store i64 %453, i64* %454, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

write.low57:                                      ; preds = %ok55
  %455 = load i64, i64* %lowStart, align 8
  %456 = icmp uge i64 %443, %455
  %457 = load i64, i64* %lowEnd, align 8
  %458 = icmp ule i64 %444, %457
  %459 = and i1 %456, %458
  br i1 %459, label %write.ok59, label %write.slow58

write.slow58:                                     ; preds = %write.low57
  %460 = icmp ugt i64 %444, %arena_size
  br i1 %460, label %trap17.site0, label %ok60

write.ok59:                                       ; preds = %ok60, %write.low57, %ok55
  %461 = getelementptr i8, i8* %mem, i64 %443
  store i64 %441, i64* %unaligned61, align 8
  %462 = bitcast i64* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %461, i8* %462, i64 8, i1 false)
  %463 = load i32, i32* %len, align 4
  %464 = add i32 %463, 1
  store i32 %464, i32* %len, align 4
  %465 = load i32, i32* %k, align 4
  %466 = add i32 %465, 1
  store i32 %466, i32* %k, align 4
  br label %each13

ok60:                                             ; preds = %write.slow58
  %467 = icmp ult i64 %443, %scratch_start
  %468 = load i64, i64* %lowEnd, align 8
  %469 = load i64, i64* %highEnd, align 8
  %470 = call i64 @llvm.umax.i64(i64 %468, i64 %444)
  %471 = select i1 %467, i64 %470, i64 %468
  store i64 %471, i64* %lowEnd, align 8
  %472 = call i64 @llvm.umax.i64(i64 %469, i64 %444)
  %473 = select i1 %467, i64 %469, i64 %472
  store i64 %473, i64* %highEnd, align 8
  %474 = load i64, i64* %lowStart, align 8
  %475 = call i64 @llvm.umin.i64(i64 %474, i64 %443)
  store i64 %475, i64* %lowStart, align 8
  br label %write.ok59

dead62:                                           ; No predecessors!
  br label %block12

write.low63:                                      ; preds = %block12
  %476 = load i64, i64* %lowStart, align 8
  %477 = icmp uge i64 %405, %476
  %478 = load i64, i64* %lowEnd, align 8
  %479 = icmp ule i64 %406, %478
  %480 = and i1 %477, %479
  br i1 %480, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %481 = icmp ugt i64 %406, %arena_size
  br i1 %481, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %block12
  %482 = getelementptr i8, i8* %mem, i64 %405
  store i32 %404, i32* %unaligned67, align 4
  %483 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %482, i8* %483, i64 4, i1 false)
  %484 = load i32, i32* %list, align 4
  store i32 %484, i32* %result46, align 4
  br label %e10

ok66:                                             ; preds = %write.slow64
  %485 = icmp ult i64 %405, %scratch_start
  %486 = load i64, i64* %lowEnd, align 8
  %487 = load i64, i64* %highEnd, align 8
  %488 = call i64 @llvm.umax.i64(i64 %486, i64 %406)
  %489 = select i1 %485, i64 %488, i64 %486
  store i64 %489, i64* %lowEnd, align 8
  %490 = call i64 @llvm.umax.i64(i64 %487, i64 %406)
  %491 = select i1 %485, i64 %487, i64 %490
  store i64 %491, i64* %highEnd, align 8
  %492 = load i64, i64* %lowStart, align 8
  %493 = call i64 @llvm.umin.i64(i64 %492, i64 %405)
  store i64 %493, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %e10
  %494 = load i64, i64* %lowStart, align 8
  %495 = icmp uge i64 %360, %494
  %496 = load i64, i64* %lowEnd, align 8
  %497 = icmp ule i64 %361, %496
  %498 = and i1 %495, %497
  br i1 %498, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %499 = icmp ugt i64 %361, %arena_size
  br i1 %499, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %e10
  %500 = getelementptr i8, i8* %mem, i64 %360
  store i32 %358, i32* %unaligned72, align 4
  %501 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %500, i8* %501, i64 4, i1 false)
  %502 = load i32, i32* %flags, align 4
  store i32 %502, i32* %xs.1, align 4
  %503 = load i32, i32* %xs.1, align 4
  %504 = zext i32 %503 to i64
  %505 = add i64 %504, 4
  %506 = icmp ugt i64 %505, %arena_size
  br i1 %506, label %trap17.site0, label %ok74

ok71:                                             ; preds = %write.slow69
  %507 = icmp ult i64 %360, %scratch_start
  %508 = load i64, i64* %lowEnd, align 8
  %509 = load i64, i64* %highEnd, align 8
  %510 = call i64 @llvm.umax.i64(i64 %508, i64 %361)
  %511 = select i1 %507, i64 %510, i64 %508
  store i64 %511, i64* %lowEnd, align 8
  %512 = call i64 @llvm.umax.i64(i64 %509, i64 %361)
  %513 = select i1 %507, i64 %509, i64 %512
  store i64 %513, i64* %highEnd, align 8
  %514 = load i64, i64* %lowStart, align 8
  %515 = call i64 @llvm.umin.i64(i64 %514, i64 %360)
  store i64 %515, i64* %lowStart, align 8
  br label %write.ok70

e16:                                              ; preds = %write.ok101
  %516 = load i32, i32* %result73, align 4
  store i32 %516, i32* %on, align 4
  %517 = load i32, i32* %dict, align 4
  %518 = load i32, i32* %on, align 4
  %519 = zext i32 %517 to i64
  %520 = add i64 %519, 16
  %521 = add i64 %520, 4
  %522 = icmp uge i64 %520, %scratch_start
  %523 = load i64, i64* %highEnd, align 8
  %524 = icmp ule i64 %521, %523
  %525 = and i1 %522, %524
  br i1 %525, label %write.ok106, label %write.low104

ok74:                                             ; preds = %write.ok70
  %526 = getelementptr i8, i8* %mem, i64 %504
  %527 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %527, i8* %526, i64 4, i1 false)
  %528 = load i32, i32* %unaligned75, align 4
  %529 = zext i32 %528 to i64
  %530 = mul i64 %529, 8
  %531 = add i64 8, %530
  store i64 %531, i64* %size.1, align 8
  %532 = load i64, i64* %size.1, align 8
  %533 = icmp ugt i64 %532, 2147483647
  %534 = zext i1 %533 to i32
  %535 = icmp ne i32 %534, 0
  br i1 %535, label %then76, label %else77

then76:                                           ; preds = %ok74
  br label %trap15.site13

else77:                                           ; preds = %ok74
  br label %join78

join78:                                           ; preds = %else77, %dead79
  %536 = load i64, i64* %size.1, align 8
  %537 = trunc i64 %536 to i32
  %538 = zext i32 %537 to i64
  %539 = getelementptr i64, i64* %regs, i64 1
  %540 = getelementptr i64, i64* %regs, i64 2
  %541 = load i64, i64* %539, align 8
  %542 = add i64 %541, 7
  %543 = and i64 %542, -8
  %544 = add i64 %543, %538
  %545 = load i64, i64* %540, align 8
  %546 = icmp ugt i64 %544, %545
  br i1 %546, label %trap15.site13, label %ok80

trap15.site13:                                    ; preds = %join78, %then76
  %547 = load i64, i64* %lowStart, align 8
  %548 = getelementptr i64, i64* %regs, i64 6
  store i64 %547, i64* %548, align 8
  %549 = load i64, i64* %lowEnd, align 8
  %550 = getelementptr i64, i64* %regs, i64 7
  store i64 %549, i64* %550, align 8
  %551 = load i64, i64* %highEnd, align 8
  %552 = getelementptr i64, i64* %regs, i64 8
  store i64 %551, i64* %552, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead79:                                           ; No predecessors!
  br label %join78

ok80:                                             ; preds = %join78
  store i64 %544, i64* %539, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = call i64 @llvm.umax.i64(i64 %553, i64 %544)
  store i64 %554, i64* %highEnd, align 8
  %555 = trunc i64 %543 to i32
  store i32 %555, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %556 = load i32, i32* %xs.1, align 4
  %557 = zext i32 %556 to i64
  %558 = add i64 %557, 4
  %559 = icmp ugt i64 %558, %arena_size
  br i1 %559, label %trap17.site0, label %ok81

ok81:                                             ; preds = %ok80
  %560 = getelementptr i8, i8* %mem, i64 %557
  %561 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %561, i8* %560, i64 4, i1 false)
  %562 = load i32, i32* %unaligned82, align 4
  store i32 %562, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each19

block18:                                          ; preds = %dead98, %ok83
  %563 = load i32, i32* %list.1, align 4
  %564 = load i32, i32* %len.1, align 4
  %565 = zext i32 %563 to i64
  %566 = add i64 %565, 4
  %567 = icmp uge i64 %565, %scratch_start
  %568 = load i64, i64* %highEnd, align 8
  %569 = icmp ule i64 %566, %568
  %570 = and i1 %567, %569
  br i1 %570, label %write.ok101, label %write.low99

each19:                                           ; preds = %join90, %ok81
  %571 = load i64, i64* %fuel, align 8
  %572 = icmp ult i64 %571, 1
  br i1 %572, label %trap14.site0, label %ok83

ok83:                                             ; preds = %each19
  %573 = sub i64 %571, 1
  store i64 %573, i64* %fuel, align 8
  %574 = load i32, i32* %k.1, align 4
  %575 = load i32, i32* %n.1, align 4
  %576 = icmp uge i32 %574, %575
  %577 = zext i1 %576 to i32
  %578 = icmp ne i32 %577, 0
  br i1 %578, label %block18, label %cont84

cont84:                                           ; preds = %ok83
  %579 = load i32, i32* %xs.1, align 4
  %580 = load i32, i32* %k.1, align 4
  %581 = mul i32 %580, 4
  %582 = add i32 %579, %581
  %583 = zext i32 %582 to i64
  %584 = add i64 %583, 4
  %585 = add i64 %584, 4
  %586 = icmp ugt i64 %585, %arena_size
  br i1 %586, label %trap17.site0, label %ok85

ok85:                                             ; preds = %cont84
  %587 = getelementptr i8, i8* %mem, i64 %584
  %588 = bitcast i32* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %588, i8* %587, i64 4, i1 false)
  %589 = load i32, i32* %unaligned86, align 4
  store i32 %589, i32* %x.1, align 4
  %590 = load i32, i32* %x.1, align 4
  store i32 %590, i32* %t.1, align 4
  %591 = load i32, i32* %t.1, align 4
  %592 = zext i32 %591 to i64
  %593 = add i64 %592, 8
  %594 = add i64 %593, 1
  %595 = icmp ugt i64 %594, %arena_size
  br i1 %595, label %trap17.site14, label %ok87

ok87:                                             ; preds = %ok85
  %596 = getelementptr i8, i8* %mem, i64 %593
  %597 = load i8, i8* %596, align 1
  %598 = zext i8 %597 to i32
  %599 = icmp ne i32 %598, 0
  br i1 %599, label %then88, label %else89

trap17.site14:                                    ; preds = %ok85
  %600 = load i64, i64* %lowStart, align 8
  %601 = getelementptr i64, i64* %regs, i64 6
  store i64 %600, i64* %601, align 8
  %602 = load i64, i64* %lowEnd, align 8
  %603 = getelementptr i64, i64* %regs, i64 7
  store i64 %602, i64* %603, align 8
  %604 = load i64, i64* %highEnd, align 8
  %605 = getelementptr i64, i64* %regs, i64 8
  store i64 %604, i64* %605, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

then88:                                           ; preds = %ok87
  %606 = load i32, i32* %list.1, align 4
  %607 = load i32, i32* %len.1, align 4
  %608 = mul i32 %607, 8
  %609 = add i32 %606, %608
  %610 = load i32, i32* %t.1, align 4
  %611 = zext i32 %610 to i64
  %612 = add i64 %611, 8
  %613 = icmp ugt i64 %612, %arena_size
  br i1 %613, label %trap17.site15, label %ok91

else89:                                           ; preds = %ok87
  br label %join90

join90:                                           ; preds = %else89, %write.ok95
  %614 = load i32, i32* %k.1, align 4
  %615 = add i32 %614, 1
  store i32 %615, i32* %k.1, align 4
  br label %each19

ok91:                                             ; preds = %then88
  %616 = getelementptr i8, i8* %mem, i64 %611
  %617 = bitcast i64* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %616, i64 8, i1 false)
  %618 = load i64, i64* %unaligned92, align 8
  %619 = zext i32 %609 to i64
  %620 = add i64 %619, 8
  %621 = add i64 %620, 8
  %622 = icmp uge i64 %620, %scratch_start
  %623 = load i64, i64* %highEnd, align 8
  %624 = icmp ule i64 %621, %623
  %625 = and i1 %622, %624
  br i1 %625, label %write.ok95, label %write.low93

trap17.site15:                                    ; preds = %then88
  %626 = load i64, i64* %lowStart, align 8
  %627 = getelementptr i64, i64* %regs, i64 6
  store i64 %626, i64* %627, align 8
  %628 = load i64, i64* %lowEnd, align 8
  %629 = getelementptr i64, i64* %regs, i64 7
  store i64 %628, i64* %629, align 8
  %630 = load i64, i64* %highEnd, align 8
  %631 = getelementptr i64, i64* %regs, i64 8
  store i64 %630, i64* %631, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 15)
  unreachable

write.low93:                                      ; preds = %ok91
  %632 = load i64, i64* %lowStart, align 8
  %633 = icmp uge i64 %620, %632
  %634 = load i64, i64* %lowEnd, align 8
  %635 = icmp ule i64 %621, %634
  %636 = and i1 %633, %635
  br i1 %636, label %write.ok95, label %write.slow94

write.slow94:                                     ; preds = %write.low93
  %637 = icmp ugt i64 %621, %arena_size
  br i1 %637, label %trap17.site0, label %ok96

write.ok95:                                       ; preds = %ok96, %write.low93, %ok91
  %638 = getelementptr i8, i8* %mem, i64 %620
  store i64 %618, i64* %unaligned97, align 8
  %639 = bitcast i64* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %638, i8* %639, i64 8, i1 false)
  %640 = load i32, i32* %len.1, align 4
  %641 = add i32 %640, 1
  store i32 %641, i32* %len.1, align 4
  br label %join90

ok96:                                             ; preds = %write.slow94
  %642 = icmp ult i64 %620, %scratch_start
  %643 = load i64, i64* %lowEnd, align 8
  %644 = load i64, i64* %highEnd, align 8
  %645 = call i64 @llvm.umax.i64(i64 %643, i64 %621)
  %646 = select i1 %642, i64 %645, i64 %643
  store i64 %646, i64* %lowEnd, align 8
  %647 = call i64 @llvm.umax.i64(i64 %644, i64 %621)
  %648 = select i1 %642, i64 %644, i64 %647
  store i64 %648, i64* %highEnd, align 8
  %649 = load i64, i64* %lowStart, align 8
  %650 = call i64 @llvm.umin.i64(i64 %649, i64 %620)
  store i64 %650, i64* %lowStart, align 8
  br label %write.ok95

dead98:                                           ; No predecessors!
  br label %block18

write.low99:                                      ; preds = %block18
  %651 = load i64, i64* %lowStart, align 8
  %652 = icmp uge i64 %565, %651
  %653 = load i64, i64* %lowEnd, align 8
  %654 = icmp ule i64 %566, %653
  %655 = and i1 %652, %654
  br i1 %655, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %656 = icmp ugt i64 %566, %arena_size
  br i1 %656, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %block18
  %657 = getelementptr i8, i8* %mem, i64 %565
  store i32 %564, i32* %unaligned103, align 4
  %658 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %657, i8* %658, i64 4, i1 false)
  %659 = load i32, i32* %list.1, align 4
  store i32 %659, i32* %result73, align 4
  br label %e16

ok102:                                            ; preds = %write.slow100
  %660 = icmp ult i64 %565, %scratch_start
  %661 = load i64, i64* %lowEnd, align 8
  %662 = load i64, i64* %highEnd, align 8
  %663 = call i64 @llvm.umax.i64(i64 %661, i64 %566)
  %664 = select i1 %660, i64 %663, i64 %661
  store i64 %664, i64* %lowEnd, align 8
  %665 = call i64 @llvm.umax.i64(i64 %662, i64 %566)
  %666 = select i1 %660, i64 %662, i64 %665
  store i64 %666, i64* %highEnd, align 8
  %667 = load i64, i64* %lowStart, align 8
  %668 = call i64 @llvm.umin.i64(i64 %667, i64 %565)
  store i64 %668, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %e16
  %669 = load i64, i64* %lowStart, align 8
  %670 = icmp uge i64 %520, %669
  %671 = load i64, i64* %lowEnd, align 8
  %672 = icmp ule i64 %521, %671
  %673 = and i1 %670, %672
  br i1 %673, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %674 = icmp ugt i64 %521, %arena_size
  br i1 %674, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e16
  %675 = getelementptr i8, i8* %mem, i64 %520
  store i32 %518, i32* %unaligned108, align 4
  %676 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %675, i8* %676, i64 4, i1 false)
  %677 = load i32, i32* %pair, align 4
  %678 = zext i32 %677 to i64
  %679 = add i64 %678, 8
  %680 = icmp ugt i64 %679, %arena_size
  br i1 %680, label %trap17.site17, label %ok110

ok107:                                            ; preds = %write.slow105
  %681 = icmp ult i64 %520, %scratch_start
  %682 = load i64, i64* %lowEnd, align 8
  %683 = load i64, i64* %highEnd, align 8
  %684 = call i64 @llvm.umax.i64(i64 %682, i64 %521)
  %685 = select i1 %681, i64 %684, i64 %682
  store i64 %685, i64* %lowEnd, align 8
  %686 = call i64 @llvm.umax.i64(i64 %683, i64 %521)
  %687 = select i1 %681, i64 %683, i64 %686
  store i64 %687, i64* %highEnd, align 8
  %688 = load i64, i64* %lowStart, align 8
  %689 = call i64 @llvm.umin.i64(i64 %688, i64 %520)
  store i64 %689, i64* %lowStart, align 8
  br label %write.ok106

e25:                                              ; preds = %write.ok120
  %690 = load i32, i32* %result109, align 4
  store i64 1, i64* %c.5, align 8
  store i32 8, i32* %c.6, align 4
  %691 = getelementptr i64, i64* %regs, i64 1
  %692 = getelementptr i64, i64* %regs, i64 2
  %693 = load i64, i64* %691, align 8
  %694 = add i64 %693, 7
  %695 = and i64 %694, -8
  %696 = add i64 %695, 16
  %697 = load i64, i64* %692, align 8
  %698 = icmp ugt i64 %696, %697
  br i1 %698, label %trap15.site19, label %ok124

ok110:                                            ; preds = %write.ok106
  %699 = getelementptr i8, i8* %mem, i64 %678
  %700 = bitcast i64* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %700, i8* %699, i64 8, i1 false)
  %701 = load i64, i64* %unaligned111, align 8
  store i64 %701, i64* %c.3, align 8
  store i32 8, i32* %c.4, align 4
  %702 = getelementptr i64, i64* %regs, i64 1
  %703 = getelementptr i64, i64* %regs, i64 2
  %704 = load i64, i64* %702, align 8
  %705 = add i64 %704, 7
  %706 = and i64 %705, -8
  %707 = add i64 %706, 16
  %708 = load i64, i64* %703, align 8
  %709 = icmp ugt i64 %707, %708
  br i1 %709, label %trap15.site18, label %ok112

trap17.site17:                                    ; preds = %write.ok106
  %710 = load i64, i64* %lowStart, align 8
  %711 = getelementptr i64, i64* %regs, i64 6
  store i64 %710, i64* %711, align 8
  %712 = load i64, i64* %lowEnd, align 8
  %713 = getelementptr i64, i64* %regs, i64 7
  store i64 %712, i64* %713, align 8
  %714 = load i64, i64* %highEnd, align 8
  %715 = getelementptr i64, i64* %regs, i64 8
  store i64 %714, i64* %715, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok112:                                            ; preds = %ok110
  store i64 %707, i64* %702, align 8
  %716 = load i64, i64* %highEnd, align 8
  %717 = call i64 @llvm.umax.i64(i64 %716, i64 %707)
  store i64 %717, i64* %highEnd, align 8
  %718 = trunc i64 %706 to i32
  store i32 %718, i32* %obj.3, align 4
  %719 = load i32, i32* %obj.3, align 4
  %720 = load i64, i64* %c.3, align 8
  %721 = zext i32 %719 to i64
  %722 = add i64 %721, 8
  %723 = icmp uge i64 %721, %scratch_start
  %724 = load i64, i64* %highEnd, align 8
  %725 = icmp ule i64 %722, %724
  %726 = and i1 %723, %725
  br i1 %726, label %write.ok115, label %write.low113

trap15.site18:                                    ; preds = %ok110
  %727 = load i64, i64* %lowStart, align 8
  %728 = getelementptr i64, i64* %regs, i64 6
  store i64 %727, i64* %728, align 8
  %729 = load i64, i64* %lowEnd, align 8
  %730 = getelementptr i64, i64* %regs, i64 7
  store i64 %729, i64* %730, align 8
  %731 = load i64, i64* %highEnd, align 8
  %732 = getelementptr i64, i64* %regs, i64 8
  store i64 %731, i64* %732, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

write.low113:                                     ; preds = %ok112
  %733 = load i64, i64* %lowStart, align 8
  %734 = icmp uge i64 %721, %733
  %735 = load i64, i64* %lowEnd, align 8
  %736 = icmp ule i64 %722, %735
  %737 = and i1 %734, %736
  br i1 %737, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %738 = icmp ugt i64 %722, %arena_size
  br i1 %738, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %ok112
  %739 = getelementptr i8, i8* %mem, i64 %721
  store i64 %720, i64* %unaligned117, align 8
  %740 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %739, i8* %740, i64 8, i1 false)
  %741 = load i32, i32* %obj.3, align 4
  %742 = load i32, i32* %c.4, align 4
  %743 = zext i32 %741 to i64
  %744 = add i64 %743, 8
  %745 = add i64 %744, 4
  %746 = icmp uge i64 %744, %scratch_start
  %747 = load i64, i64* %highEnd, align 8
  %748 = icmp ule i64 %745, %747
  %749 = and i1 %746, %748
  br i1 %749, label %write.ok120, label %write.low118

ok116:                                            ; preds = %write.slow114
  %750 = icmp ult i64 %721, %scratch_start
  %751 = load i64, i64* %lowEnd, align 8
  %752 = load i64, i64* %highEnd, align 8
  %753 = call i64 @llvm.umax.i64(i64 %751, i64 %722)
  %754 = select i1 %750, i64 %753, i64 %751
  store i64 %754, i64* %lowEnd, align 8
  %755 = call i64 @llvm.umax.i64(i64 %752, i64 %722)
  %756 = select i1 %750, i64 %752, i64 %755
  store i64 %756, i64* %highEnd, align 8
  %757 = load i64, i64* %lowStart, align 8
  %758 = call i64 @llvm.umin.i64(i64 %757, i64 %721)
  store i64 %758, i64* %lowStart, align 8
  br label %write.ok115

write.low118:                                     ; preds = %write.ok115
  %759 = load i64, i64* %lowStart, align 8
  %760 = icmp uge i64 %744, %759
  %761 = load i64, i64* %lowEnd, align 8
  %762 = icmp ule i64 %745, %761
  %763 = and i1 %760, %762
  br i1 %763, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %764 = icmp ugt i64 %745, %arena_size
  br i1 %764, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok115
  %765 = getelementptr i8, i8* %mem, i64 %744
  store i32 %742, i32* %unaligned122, align 4
  %766 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %765, i8* %766, i64 4, i1 false)
  %767 = load i32, i32* %obj.3, align 4
  store i32 %767, i32* %result109, align 4
  br label %e25

ok121:                                            ; preds = %write.slow119
  %768 = icmp ult i64 %744, %scratch_start
  %769 = load i64, i64* %lowEnd, align 8
  %770 = load i64, i64* %highEnd, align 8
  %771 = call i64 @llvm.umax.i64(i64 %769, i64 %745)
  %772 = select i1 %768, i64 %771, i64 %769
  store i64 %772, i64* %lowEnd, align 8
  %773 = call i64 @llvm.umax.i64(i64 %770, i64 %745)
  %774 = select i1 %768, i64 %770, i64 %773
  store i64 %774, i64* %highEnd, align 8
  %775 = load i64, i64* %lowStart, align 8
  %776 = call i64 @llvm.umin.i64(i64 %775, i64 %744)
  store i64 %776, i64* %lowStart, align 8
  br label %write.ok120

e29:                                              ; preds = %write.ok132
  %777 = load i32, i32* %result123, align 4
  %778 = icmp uge i32 %depth, 1000
  br i1 %778, label %trap15.site0, label %ok135

ok124:                                            ; preds = %e25
  store i64 %696, i64* %691, align 8
  %779 = load i64, i64* %highEnd, align 8
  %780 = call i64 @llvm.umax.i64(i64 %779, i64 %696)
  store i64 %780, i64* %highEnd, align 8
  %781 = trunc i64 %695 to i32
  store i32 %781, i32* %obj.4, align 4
  %782 = load i32, i32* %obj.4, align 4
  %783 = load i64, i64* %c.5, align 8
  %784 = zext i32 %782 to i64
  %785 = add i64 %784, 8
  %786 = icmp uge i64 %784, %scratch_start
  %787 = load i64, i64* %highEnd, align 8
  %788 = icmp ule i64 %785, %787
  %789 = and i1 %786, %788
  br i1 %789, label %write.ok127, label %write.low125

trap15.site19:                                    ; preds = %e25
  %790 = load i64, i64* %lowStart, align 8
  %791 = getelementptr i64, i64* %regs, i64 6
  store i64 %790, i64* %791, align 8
  %792 = load i64, i64* %lowEnd, align 8
  %793 = getelementptr i64, i64* %regs, i64 7
  store i64 %792, i64* %793, align 8
  %794 = load i64, i64* %highEnd, align 8
  %795 = getelementptr i64, i64* %regs, i64 8
  store i64 %794, i64* %795, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

write.low125:                                     ; preds = %ok124
  %796 = load i64, i64* %lowStart, align 8
  %797 = icmp uge i64 %784, %796
  %798 = load i64, i64* %lowEnd, align 8
  %799 = icmp ule i64 %785, %798
  %800 = and i1 %797, %799
  br i1 %800, label %write.ok127, label %write.slow126

write.slow126:                                    ; preds = %write.low125
  %801 = icmp ugt i64 %785, %arena_size
  br i1 %801, label %trap17.site0, label %ok128

write.ok127:                                      ; preds = %ok128, %write.low125, %ok124
  %802 = getelementptr i8, i8* %mem, i64 %784
  store i64 %783, i64* %unaligned129, align 8
  %803 = bitcast i64* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %802, i8* %803, i64 8, i1 false)
  %804 = load i32, i32* %obj.4, align 4
  %805 = load i32, i32* %c.6, align 4
  %806 = zext i32 %804 to i64
  %807 = add i64 %806, 8
  %808 = add i64 %807, 4
  %809 = icmp uge i64 %807, %scratch_start
  %810 = load i64, i64* %highEnd, align 8
  %811 = icmp ule i64 %808, %810
  %812 = and i1 %809, %811
  br i1 %812, label %write.ok132, label %write.low130

ok128:                                            ; preds = %write.slow126
  %813 = icmp ult i64 %784, %scratch_start
  %814 = load i64, i64* %lowEnd, align 8
  %815 = load i64, i64* %highEnd, align 8
  %816 = call i64 @llvm.umax.i64(i64 %814, i64 %785)
  %817 = select i1 %813, i64 %816, i64 %814
  store i64 %817, i64* %lowEnd, align 8
  %818 = call i64 @llvm.umax.i64(i64 %815, i64 %785)
  %819 = select i1 %813, i64 %815, i64 %818
  store i64 %819, i64* %highEnd, align 8
  %820 = load i64, i64* %lowStart, align 8
  %821 = call i64 @llvm.umin.i64(i64 %820, i64 %784)
  store i64 %821, i64* %lowStart, align 8
  br label %write.ok127

write.low130:                                     ; preds = %write.ok127
  %822 = load i64, i64* %lowStart, align 8
  %823 = icmp uge i64 %807, %822
  %824 = load i64, i64* %lowEnd, align 8
  %825 = icmp ule i64 %808, %824
  %826 = and i1 %823, %825
  br i1 %826, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %827 = icmp ugt i64 %808, %arena_size
  br i1 %827, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %write.ok127
  %828 = getelementptr i8, i8* %mem, i64 %807
  store i32 %805, i32* %unaligned134, align 4
  %829 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %828, i8* %829, i64 4, i1 false)
  %830 = load i32, i32* %obj.4, align 4
  store i32 %830, i32* %result123, align 4
  br label %e29

ok133:                                            ; preds = %write.slow131
  %831 = icmp ult i64 %807, %scratch_start
  %832 = load i64, i64* %lowEnd, align 8
  %833 = load i64, i64* %highEnd, align 8
  %834 = call i64 @llvm.umax.i64(i64 %832, i64 %808)
  %835 = select i1 %831, i64 %834, i64 %832
  store i64 %835, i64* %lowEnd, align 8
  %836 = call i64 @llvm.umax.i64(i64 %833, i64 %808)
  %837 = select i1 %831, i64 %833, i64 %836
  store i64 %837, i64* %highEnd, align 8
  %838 = load i64, i64* %lowStart, align 8
  %839 = call i64 @llvm.umin.i64(i64 %838, i64 %807)
  store i64 %839, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %e29
  %840 = icmp ult i64 %10, %stack_limit
  br i1 %840, label %trap253.site0, label %stack_ok136

trap15.site0:                                     ; preds = %e0, %ok157, %e29
  %841 = load i64, i64* %lowStart, align 8
  %842 = getelementptr i64, i64* %regs, i64 6
  store i64 %841, i64* %842, align 8
  %843 = load i64, i64* %lowEnd, align 8
  %844 = getelementptr i64, i64* %regs, i64 7
  store i64 %843, i64* %844, align 8
  %845 = load i64, i64* %highEnd, align 8
  %846 = getelementptr i64, i64* %regs, i64 8
  store i64 %845, i64* %846, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok136:                                      ; preds = %ok135
  %847 = load i64, i64* %fuel, align 8
  %848 = getelementptr i64, i64* %regs, i64 0
  store i64 %847, i64* %848, align 8
  %849 = load i64, i64* %lowStart, align 8
  %850 = getelementptr i64, i64* %regs, i64 6
  store i64 %849, i64* %850, align 8
  %851 = load i64, i64* %lowEnd, align 8
  %852 = getelementptr i64, i64* %regs, i64 7
  store i64 %851, i64* %852, align 8
  %853 = load i64, i64* %highEnd, align 8
  %854 = getelementptr i64, i64* %regs, i64 8
  store i64 %853, i64* %854, align 8
  %855 = add i32 %depth, 1
  %856 = call i32 @m0.eq._Int__String_(i64* %regs, i8* %mem, i32 %855, i32 %690, i32 %777)
  %857 = getelementptr i64, i64* %regs, i64 0
  %858 = load i64, i64* %857, align 8
  store i64 %858, i64* %fuel, align 8
  %859 = getelementptr i64, i64* %regs, i64 6
  %860 = load i64, i64* %859, align 8
  store i64 %860, i64* %lowStart, align 8
  %861 = getelementptr i64, i64* %regs, i64 7
  %862 = load i64, i64* %861, align 8
  store i64 %862, i64* %lowEnd, align 8
  %863 = getelementptr i64, i64* %regs, i64 8
  %864 = load i64, i64* %863, align 8
  store i64 %864, i64* %highEnd, align 8
  store i32 %856, i32* %same, align 4
  %865 = load i32, i32* %dict, align 4
  %866 = load i32, i32* %same, align 4
  %867 = zext i32 %865 to i64
  %868 = add i64 %867, 20
  %869 = add i64 %868, 1
  %870 = icmp uge i64 %868, %scratch_start
  %871 = load i64, i64* %highEnd, align 8
  %872 = icmp ule i64 %869, %871
  %873 = and i1 %870, %872
  br i1 %873, label %write.ok139, label %write.low137

write.low137:                                     ; preds = %stack_ok136
  %874 = load i64, i64* %lowStart, align 8
  %875 = icmp uge i64 %868, %874
  %876 = load i64, i64* %lowEnd, align 8
  %877 = icmp ule i64 %869, %876
  %878 = and i1 %875, %877
  br i1 %878, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %879 = icmp ugt i64 %869, %arena_size
  br i1 %879, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %stack_ok136
  %880 = getelementptr i8, i8* %mem, i64 %868
  %881 = trunc i32 %866 to i8
  store i8 %881, i8* %880, align 1
  %882 = load i32, i32* %flags, align 4
  store i32 %882, i32* %xs.2, align 4
  store i64 2, i64* %c.7, align 8
  store i32 0, i32* %c.8, align 4
  %883 = getelementptr i64, i64* %regs, i64 1
  %884 = getelementptr i64, i64* %regs, i64 2
  %885 = load i64, i64* %883, align 8
  %886 = add i64 %885, 7
  %887 = and i64 %886, -8
  %888 = add i64 %887, 16
  %889 = load i64, i64* %884, align 8
  %890 = icmp ugt i64 %888, %889
  br i1 %890, label %trap15.site21, label %ok143

ok140:                                            ; preds = %write.slow138
  %891 = icmp ult i64 %868, %scratch_start
  %892 = load i64, i64* %lowEnd, align 8
  %893 = load i64, i64* %highEnd, align 8
  %894 = call i64 @llvm.umax.i64(i64 %892, i64 %869)
  %895 = select i1 %891, i64 %894, i64 %892
  store i64 %895, i64* %lowEnd, align 8
  %896 = call i64 @llvm.umax.i64(i64 %893, i64 %869)
  %897 = select i1 %891, i64 %893, i64 %896
  store i64 %897, i64* %highEnd, align 8
  %898 = load i64, i64* %lowStart, align 8
  %899 = call i64 @llvm.umin.i64(i64 %898, i64 %868)
  store i64 %899, i64* %lowStart, align 8
  br label %write.ok139

e32:                                              ; preds = %block37
  %900 = load i32, i32* %result141, align 4
  store i32 %900, i32* %found.1, align 4
  %901 = load i32, i32* %dict, align 4
  %902 = load i32, i32* %found.1, align 4
  %903 = zext i32 %901 to i64
  %904 = add i64 %903, 21
  %905 = add i64 %904, 1
  %906 = icmp uge i64 %904, %scratch_start
  %907 = load i64, i64* %highEnd, align 8
  %908 = icmp ule i64 %905, %907
  %909 = and i1 %906, %908
  br i1 %909, label %write.ok168, label %write.low166

e34:                                              ; preds = %write.ok151
  %910 = load i32, i32* %result142, align 4
  store i32 %910, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %911 = load i32, i32* %xs.2, align 4
  %912 = zext i32 %911 to i64
  %913 = add i64 %912, 4
  %914 = icmp ugt i64 %913, %arena_size
  br i1 %914, label %trap17.site0, label %ok153

ok143:                                            ; preds = %write.ok139
  store i64 %888, i64* %883, align 8
  %915 = load i64, i64* %highEnd, align 8
  %916 = call i64 @llvm.umax.i64(i64 %915, i64 %888)
  store i64 %916, i64* %highEnd, align 8
  %917 = trunc i64 %887 to i32
  store i32 %917, i32* %obj.5, align 4
  %918 = load i32, i32* %obj.5, align 4
  %919 = load i64, i64* %c.7, align 8
  %920 = zext i32 %918 to i64
  %921 = add i64 %920, 8
  %922 = icmp uge i64 %920, %scratch_start
  %923 = load i64, i64* %highEnd, align 8
  %924 = icmp ule i64 %921, %923
  %925 = and i1 %922, %924
  br i1 %925, label %write.ok146, label %write.low144

trap15.site21:                                    ; preds = %write.ok139
  %926 = load i64, i64* %lowStart, align 8
  %927 = getelementptr i64, i64* %regs, i64 6
  store i64 %926, i64* %927, align 8
  %928 = load i64, i64* %lowEnd, align 8
  %929 = getelementptr i64, i64* %regs, i64 7
  store i64 %928, i64* %929, align 8
  %930 = load i64, i64* %highEnd, align 8
  %931 = getelementptr i64, i64* %regs, i64 8
  store i64 %930, i64* %931, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

write.low144:                                     ; preds = %ok143
  %932 = load i64, i64* %lowStart, align 8
  %933 = icmp uge i64 %920, %932
  %934 = load i64, i64* %lowEnd, align 8
  %935 = icmp ule i64 %921, %934
  %936 = and i1 %933, %935
  br i1 %936, label %write.ok146, label %write.slow145

write.slow145:                                    ; preds = %write.low144
  %937 = icmp ugt i64 %921, %arena_size
  br i1 %937, label %trap17.site0, label %ok147

write.ok146:                                      ; preds = %ok147, %write.low144, %ok143
  %938 = getelementptr i8, i8* %mem, i64 %920
  store i64 %919, i64* %unaligned148, align 8
  %939 = bitcast i64* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %938, i8* %939, i64 8, i1 false)
  %940 = load i32, i32* %obj.5, align 4
  %941 = load i32, i32* %c.8, align 4
  %942 = zext i32 %940 to i64
  %943 = add i64 %942, 8
  %944 = add i64 %943, 1
  %945 = icmp uge i64 %943, %scratch_start
  %946 = load i64, i64* %highEnd, align 8
  %947 = icmp ule i64 %944, %946
  %948 = and i1 %945, %947
  br i1 %948, label %write.ok151, label %write.low149

ok147:                                            ; preds = %write.slow145
  %949 = icmp ult i64 %920, %scratch_start
  %950 = load i64, i64* %lowEnd, align 8
  %951 = load i64, i64* %highEnd, align 8
  %952 = call i64 @llvm.umax.i64(i64 %950, i64 %921)
  %953 = select i1 %949, i64 %952, i64 %950
  store i64 %953, i64* %lowEnd, align 8
  %954 = call i64 @llvm.umax.i64(i64 %951, i64 %921)
  %955 = select i1 %949, i64 %951, i64 %954
  store i64 %955, i64* %highEnd, align 8
  %956 = load i64, i64* %lowStart, align 8
  %957 = call i64 @llvm.umin.i64(i64 %956, i64 %920)
  store i64 %957, i64* %lowStart, align 8
  br label %write.ok146

write.low149:                                     ; preds = %write.ok146
  %958 = load i64, i64* %lowStart, align 8
  %959 = icmp uge i64 %943, %958
  %960 = load i64, i64* %lowEnd, align 8
  %961 = icmp ule i64 %944, %960
  %962 = and i1 %959, %961
  br i1 %962, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %963 = icmp ugt i64 %944, %arena_size
  br i1 %963, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %write.ok146
  %964 = getelementptr i8, i8* %mem, i64 %943
  %965 = trunc i32 %941 to i8
  store i8 %965, i8* %964, align 1
  %966 = load i32, i32* %obj.5, align 4
  store i32 %966, i32* %result142, align 4
  br label %e34

ok152:                                            ; preds = %write.slow150
  %967 = icmp ult i64 %943, %scratch_start
  %968 = load i64, i64* %lowEnd, align 8
  %969 = load i64, i64* %highEnd, align 8
  %970 = call i64 @llvm.umax.i64(i64 %968, i64 %944)
  %971 = select i1 %967, i64 %970, i64 %968
  store i64 %971, i64* %lowEnd, align 8
  %972 = call i64 @llvm.umax.i64(i64 %969, i64 %944)
  %973 = select i1 %967, i64 %969, i64 %972
  store i64 %973, i64* %highEnd, align 8
  %974 = load i64, i64* %lowStart, align 8
  %975 = call i64 @llvm.umin.i64(i64 %974, i64 %943)
  store i64 %975, i64* %lowStart, align 8
  br label %write.ok151

ok153:                                            ; preds = %e34
  %976 = getelementptr i8, i8* %mem, i64 %912
  %977 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %977, i8* %976, i64 4, i1 false)
  %978 = load i32, i32* %unaligned154, align 4
  store i32 %978, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each38

block37:                                          ; preds = %dead165, %then161, %ok155
  %979 = load i32, i32* %found, align 4
  store i32 %979, i32* %result141, align 4
  br label %e32

each38:                                           ; preds = %join163, %ok153
  %980 = load i64, i64* %fuel, align 8
  %981 = icmp ult i64 %980, 1
  br i1 %981, label %trap14.site0, label %ok155

ok155:                                            ; preds = %each38
  %982 = sub i64 %980, 1
  store i64 %982, i64* %fuel, align 8
  %983 = load i32, i32* %k.2, align 4
  %984 = load i32, i32* %n.2, align 4
  %985 = icmp uge i32 %983, %984
  %986 = zext i1 %985 to i32
  %987 = icmp ne i32 %986, 0
  br i1 %987, label %block37, label %cont156

cont156:                                          ; preds = %ok155
  %988 = load i32, i32* %xs.2, align 4
  %989 = load i32, i32* %k.2, align 4
  %990 = mul i32 %989, 4
  %991 = add i32 %988, %990
  %992 = zext i32 %991 to i64
  %993 = add i64 %992, 4
  %994 = add i64 %993, 4
  %995 = icmp ugt i64 %994, %arena_size
  br i1 %995, label %trap17.site0, label %ok157

ok157:                                            ; preds = %cont156
  %996 = getelementptr i8, i8* %mem, i64 %993
  %997 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %997, i8* %996, i64 4, i1 false)
  %998 = load i32, i32* %unaligned158, align 4
  store i32 %998, i32* %x.2, align 4
  %999 = load i32, i32* %x.2, align 4
  store i32 %999, i32* %x.3, align 4
  %1000 = load i32, i32* %x.3, align 4
  %1001 = load i32, i32* %needle, align 4
  %1002 = icmp uge i32 %depth, 1000
  br i1 %1002, label %trap15.site0, label %ok159

ok159:                                            ; preds = %ok157
  %1003 = icmp ult i64 %10, %stack_limit
  br i1 %1003, label %trap253.site0, label %stack_ok160

stack_ok160:                                      ; preds = %ok159
  %1004 = load i64, i64* %fuel, align 8
  %1005 = getelementptr i64, i64* %regs, i64 0
  store i64 %1004, i64* %1005, align 8
  %1006 = load i64, i64* %lowStart, align 8
  %1007 = getelementptr i64, i64* %regs, i64 6
  store i64 %1006, i64* %1007, align 8
  %1008 = load i64, i64* %lowEnd, align 8
  %1009 = getelementptr i64, i64* %regs, i64 7
  store i64 %1008, i64* %1009, align 8
  %1010 = load i64, i64* %highEnd, align 8
  %1011 = getelementptr i64, i64* %regs, i64 8
  store i64 %1010, i64* %1011, align 8
  %1012 = add i32 %depth, 1
  %1013 = call i32 @m0.eq._Int__Bool_(i64* %regs, i8* %mem, i32 %1012, i32 %1000, i32 %1001)
  %1014 = getelementptr i64, i64* %regs, i64 0
  %1015 = load i64, i64* %1014, align 8
  store i64 %1015, i64* %fuel, align 8
  %1016 = getelementptr i64, i64* %regs, i64 6
  %1017 = load i64, i64* %1016, align 8
  store i64 %1017, i64* %lowStart, align 8
  %1018 = getelementptr i64, i64* %regs, i64 7
  %1019 = load i64, i64* %1018, align 8
  store i64 %1019, i64* %lowEnd, align 8
  %1020 = getelementptr i64, i64* %regs, i64 8
  %1021 = load i64, i64* %1020, align 8
  store i64 %1021, i64* %highEnd, align 8
  %1022 = icmp ne i32 %1013, 0
  br i1 %1022, label %then161, label %else162

then161:                                          ; preds = %stack_ok160
  store i32 1, i32* %found, align 4
  br label %block37

else162:                                          ; preds = %stack_ok160
  br label %join163

join163:                                          ; preds = %else162, %dead164
  %1023 = load i32, i32* %k.2, align 4
  %1024 = add i32 %1023, 1
  store i32 %1024, i32* %k.2, align 4
  br label %each38

dead164:                                          ; No predecessors!
  br label %join163

dead165:                                          ; No predecessors!
  br label %block37

write.low166:                                     ; preds = %e32
  %1025 = load i64, i64* %lowStart, align 8
  %1026 = icmp uge i64 %904, %1025
  %1027 = load i64, i64* %lowEnd, align 8
  %1028 = icmp ule i64 %905, %1027
  %1029 = and i1 %1026, %1028
  br i1 %1029, label %write.ok168, label %write.slow167

write.slow167:                                    ; preds = %write.low166
  %1030 = icmp ugt i64 %905, %arena_size
  br i1 %1030, label %trap17.site0, label %ok169

write.ok168:                                      ; preds = %ok169, %write.low166, %e32
  %1031 = getelementptr i8, i8* %mem, i64 %904
  %1032 = trunc i32 %902 to i8
  store i8 %1032, i8* %1031, align 1
  %1033 = load i32, i32* %pair, align 4
  %1034 = zext i32 %1033 to i64
  %1035 = add i64 %1034, 8
  %1036 = icmp ugt i64 %1035, %arena_size
  br i1 %1036, label %trap17.site22, label %ok172

ok169:                                            ; preds = %write.slow167
  %1037 = icmp ult i64 %904, %scratch_start
  %1038 = load i64, i64* %lowEnd, align 8
  %1039 = load i64, i64* %highEnd, align 8
  %1040 = call i64 @llvm.umax.i64(i64 %1038, i64 %905)
  %1041 = select i1 %1037, i64 %1040, i64 %1038
  store i64 %1041, i64* %lowEnd, align 8
  %1042 = call i64 @llvm.umax.i64(i64 %1039, i64 %905)
  %1043 = select i1 %1037, i64 %1039, i64 %1042
  store i64 %1043, i64* %highEnd, align 8
  %1044 = load i64, i64* %lowStart, align 8
  %1045 = call i64 @llvm.umin.i64(i64 %1044, i64 %904)
  store i64 %1045, i64* %lowStart, align 8
  br label %write.ok168

e39:                                              ; preds = %write.ok214
  %1046 = load i32, i32* %result170, align 4
  store i32 %1046, i32* %nested, align 4
  %1047 = load i32, i32* %dict, align 4
  %1048 = load i32, i32* %nested, align 4
  %1049 = zext i32 %1047 to i64
  %1050 = add i64 %1049, 24
  %1051 = add i64 %1050, 4
  %1052 = icmp uge i64 %1050, %scratch_start
  %1053 = load i64, i64* %highEnd, align 8
  %1054 = icmp ule i64 %1051, %1053
  %1055 = and i1 %1052, %1054
  br i1 %1055, label %write.ok219, label %write.low217

e40:                                              ; preds = %write.ok184
  %1056 = load i32, i32* %result171, align 4
  store i32 %1056, i32* %c.11, align 4
  %1057 = load i32, i32* %pair, align 4
  %1058 = zext i32 %1057 to i64
  %1059 = add i64 %1058, 8
  %1060 = icmp ugt i64 %1059, %arena_size
  br i1 %1060, label %trap17.site27, label %ok188

ok172:                                            ; preds = %write.ok168
  %1061 = getelementptr i8, i8* %mem, i64 %1034
  %1062 = bitcast i64* %unaligned173 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1062, i8* %1061, i64 8, i1 false)
  %1063 = load i64, i64* %unaligned173, align 8
  store i64 %1063, i64* %c.9, align 8
  %1064 = load i32, i32* %pair, align 4
  %1065 = zext i32 %1064 to i64
  %1066 = add i64 %1065, 8
  %1067 = add i64 %1066, 4
  %1068 = icmp ugt i64 %1067, %arena_size
  br i1 %1068, label %trap17.site23, label %ok174

trap17.site22:                                    ; preds = %write.ok168
  %1069 = load i64, i64* %lowStart, align 8
  %1070 = getelementptr i64, i64* %regs, i64 6
  store i64 %1069, i64* %1070, align 8
  %1071 = load i64, i64* %lowEnd, align 8
  %1072 = getelementptr i64, i64* %regs, i64 7
  store i64 %1071, i64* %1072, align 8
  %1073 = load i64, i64* %highEnd, align 8
  %1074 = getelementptr i64, i64* %regs, i64 8
  store i64 %1073, i64* %1074, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok174:                                            ; preds = %ok172
  %1075 = getelementptr i8, i8* %mem, i64 %1066
  %1076 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1076, i8* %1075, i64 4, i1 false)
  %1077 = load i32, i32* %unaligned175, align 4
  store i32 %1077, i32* %c.10, align 4
  %1078 = getelementptr i64, i64* %regs, i64 1
  %1079 = getelementptr i64, i64* %regs, i64 2
  %1080 = load i64, i64* %1078, align 8
  %1081 = add i64 %1080, 7
  %1082 = and i64 %1081, -8
  %1083 = add i64 %1082, 16
  %1084 = load i64, i64* %1079, align 8
  %1085 = icmp ugt i64 %1083, %1084
  br i1 %1085, label %trap15.site24, label %ok176

trap17.site23:                                    ; preds = %ok172
  %1086 = load i64, i64* %lowStart, align 8
  %1087 = getelementptr i64, i64* %regs, i64 6
  store i64 %1086, i64* %1087, align 8
  %1088 = load i64, i64* %lowEnd, align 8
  %1089 = getelementptr i64, i64* %regs, i64 7
  store i64 %1088, i64* %1089, align 8
  %1090 = load i64, i64* %highEnd, align 8
  %1091 = getelementptr i64, i64* %regs, i64 8
  store i64 %1090, i64* %1091, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

ok176:                                            ; preds = %ok174
  store i64 %1083, i64* %1078, align 8
  %1092 = load i64, i64* %highEnd, align 8
  %1093 = call i64 @llvm.umax.i64(i64 %1092, i64 %1083)
  store i64 %1093, i64* %highEnd, align 8
  %1094 = trunc i64 %1082 to i32
  store i32 %1094, i32* %obj.6, align 4
  %1095 = load i32, i32* %obj.6, align 4
  %1096 = load i64, i64* %c.9, align 8
  %1097 = zext i32 %1095 to i64
  %1098 = add i64 %1097, 8
  %1099 = icmp uge i64 %1097, %scratch_start
  %1100 = load i64, i64* %highEnd, align 8
  %1101 = icmp ule i64 %1098, %1100
  %1102 = and i1 %1099, %1101
  br i1 %1102, label %write.ok179, label %write.low177

trap15.site24:                                    ; preds = %ok174
  %1103 = load i64, i64* %lowStart, align 8
  %1104 = getelementptr i64, i64* %regs, i64 6
  store i64 %1103, i64* %1104, align 8
  %1105 = load i64, i64* %lowEnd, align 8
  %1106 = getelementptr i64, i64* %regs, i64 7
  store i64 %1105, i64* %1106, align 8
  %1107 = load i64, i64* %highEnd, align 8
  %1108 = getelementptr i64, i64* %regs, i64 8
  store i64 %1107, i64* %1108, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

write.low177:                                     ; preds = %ok176
  %1109 = load i64, i64* %lowStart, align 8
  %1110 = icmp uge i64 %1097, %1109
  %1111 = load i64, i64* %lowEnd, align 8
  %1112 = icmp ule i64 %1098, %1111
  %1113 = and i1 %1110, %1112
  br i1 %1113, label %write.ok179, label %write.slow178

write.slow178:                                    ; preds = %write.low177
  %1114 = icmp ugt i64 %1098, %arena_size
  br i1 %1114, label %trap17.site0, label %ok180

write.ok179:                                      ; preds = %ok180, %write.low177, %ok176
  %1115 = getelementptr i8, i8* %mem, i64 %1097
  store i64 %1096, i64* %unaligned181, align 8
  %1116 = bitcast i64* %unaligned181 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1115, i8* %1116, i64 8, i1 false)
  %1117 = load i32, i32* %obj.6, align 4
  %1118 = load i32, i32* %c.10, align 4
  %1119 = zext i32 %1117 to i64
  %1120 = add i64 %1119, 8
  %1121 = add i64 %1120, 4
  %1122 = icmp uge i64 %1120, %scratch_start
  %1123 = load i64, i64* %highEnd, align 8
  %1124 = icmp ule i64 %1121, %1123
  %1125 = and i1 %1122, %1124
  br i1 %1125, label %write.ok184, label %write.low182

ok180:                                            ; preds = %write.slow178
  %1126 = icmp ult i64 %1097, %scratch_start
  %1127 = load i64, i64* %lowEnd, align 8
  %1128 = load i64, i64* %highEnd, align 8
  %1129 = call i64 @llvm.umax.i64(i64 %1127, i64 %1098)
  %1130 = select i1 %1126, i64 %1129, i64 %1127
  store i64 %1130, i64* %lowEnd, align 8
  %1131 = call i64 @llvm.umax.i64(i64 %1128, i64 %1098)
  %1132 = select i1 %1126, i64 %1128, i64 %1131
  store i64 %1132, i64* %highEnd, align 8
  %1133 = load i64, i64* %lowStart, align 8
  %1134 = call i64 @llvm.umin.i64(i64 %1133, i64 %1097)
  store i64 %1134, i64* %lowStart, align 8
  br label %write.ok179

write.low182:                                     ; preds = %write.ok179
  %1135 = load i64, i64* %lowStart, align 8
  %1136 = icmp uge i64 %1120, %1135
  %1137 = load i64, i64* %lowEnd, align 8
  %1138 = icmp ule i64 %1121, %1137
  %1139 = and i1 %1136, %1138
  br i1 %1139, label %write.ok184, label %write.slow183

write.slow183:                                    ; preds = %write.low182
  %1140 = icmp ugt i64 %1121, %arena_size
  br i1 %1140, label %trap17.site0, label %ok185

write.ok184:                                      ; preds = %ok185, %write.low182, %write.ok179
  %1141 = getelementptr i8, i8* %mem, i64 %1120
  store i32 %1118, i32* %unaligned186, align 4
  %1142 = bitcast i32* %unaligned186 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1141, i8* %1142, i64 4, i1 false)
  %1143 = load i32, i32* %obj.6, align 4
  store i32 %1143, i32* %result171, align 4
  br label %e40

ok185:                                            ; preds = %write.slow183
  %1144 = icmp ult i64 %1120, %scratch_start
  %1145 = load i64, i64* %lowEnd, align 8
  %1146 = load i64, i64* %highEnd, align 8
  %1147 = call i64 @llvm.umax.i64(i64 %1145, i64 %1121)
  %1148 = select i1 %1144, i64 %1147, i64 %1145
  store i64 %1148, i64* %lowEnd, align 8
  %1149 = call i64 @llvm.umax.i64(i64 %1146, i64 %1121)
  %1150 = select i1 %1144, i64 %1146, i64 %1149
  store i64 %1150, i64* %highEnd, align 8
  %1151 = load i64, i64* %lowStart, align 8
  %1152 = call i64 @llvm.umin.i64(i64 %1151, i64 %1120)
  store i64 %1152, i64* %lowStart, align 8
  br label %write.ok184

e45:                                              ; preds = %write.ok203
  %1153 = load i32, i32* %result187, align 4
  store i32 %1153, i32* %c.12, align 4
  %1154 = getelementptr i64, i64* %regs, i64 1
  %1155 = getelementptr i64, i64* %regs, i64 2
  %1156 = load i64, i64* %1154, align 8
  %1157 = add i64 %1156, 3
  %1158 = and i64 %1157, -4
  %1159 = add i64 %1158, 8
  %1160 = load i64, i64* %1155, align 8
  %1161 = icmp ugt i64 %1159, %1160
  br i1 %1161, label %trap15.site28, label %ok206

ok188:                                            ; preds = %e40
  %1162 = getelementptr i8, i8* %mem, i64 %1058
  %1163 = bitcast i64* %unaligned189 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1163, i8* %1162, i64 8, i1 false)
  %1164 = load i64, i64* %unaligned189, align 8
  %1165 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1164, i64 2)
  %1166 = extractvalue { i64, i1 } %1165, 1
  br i1 %1166, label %trap2.site26, label %ok190

trap17.site27:                                    ; preds = %e40
  %1167 = load i64, i64* %lowStart, align 8
  %1168 = getelementptr i64, i64* %regs, i64 6
  store i64 %1167, i64* %1168, align 8
  %1169 = load i64, i64* %lowEnd, align 8
  %1170 = getelementptr i64, i64* %regs, i64 7
  store i64 %1169, i64* %1170, align 8
  %1171 = load i64, i64* %highEnd, align 8
  %1172 = getelementptr i64, i64* %regs, i64 8
  store i64 %1171, i64* %1172, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 27)
  unreachable

ok190:                                            ; preds = %ok188
  %1173 = extractvalue { i64, i1 } %1165, 0
  store i64 %1173, i64* %item, align 8
  store i64 16, i64* %size.2, align 8
  %1174 = load i64, i64* %size.2, align 8
  %1175 = icmp ugt i64 %1174, 2147483647
  %1176 = zext i1 %1175 to i32
  %1177 = icmp ne i32 %1176, 0
  br i1 %1177, label %then191, label %else192

trap2.site26:                                     ; preds = %ok188
  %1178 = load i64, i64* %lowStart, align 8
  %1179 = getelementptr i64, i64* %regs, i64 6
  store i64 %1178, i64* %1179, align 8
  %1180 = load i64, i64* %lowEnd, align 8
  %1181 = getelementptr i64, i64* %regs, i64 7
  store i64 %1180, i64* %1181, align 8
  %1182 = load i64, i64* %highEnd, align 8
  %1183 = getelementptr i64, i64* %regs, i64 8
  store i64 %1182, i64* %1183, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

then191:                                          ; preds = %ok190
  br label %trap15.site25

else192:                                          ; preds = %ok190
  br label %join193

join193:                                          ; preds = %else192, %dead194
  %1184 = load i64, i64* %size.2, align 8
  %1185 = trunc i64 %1184 to i32
  %1186 = zext i32 %1185 to i64
  %1187 = getelementptr i64, i64* %regs, i64 1
  %1188 = getelementptr i64, i64* %regs, i64 2
  %1189 = load i64, i64* %1187, align 8
  %1190 = add i64 %1189, 7
  %1191 = and i64 %1190, -8
  %1192 = add i64 %1191, %1186
  %1193 = load i64, i64* %1188, align 8
  %1194 = icmp ugt i64 %1192, %1193
  br i1 %1194, label %trap15.site25, label %ok195

trap15.site25:                                    ; preds = %join193, %then191
  %1195 = load i64, i64* %lowStart, align 8
  %1196 = getelementptr i64, i64* %regs, i64 6
  store i64 %1195, i64* %1196, align 8
  %1197 = load i64, i64* %lowEnd, align 8
  %1198 = getelementptr i64, i64* %regs, i64 7
  store i64 %1197, i64* %1198, align 8
  %1199 = load i64, i64* %highEnd, align 8
  %1200 = getelementptr i64, i64* %regs, i64 8
  store i64 %1199, i64* %1200, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

dead194:                                          ; No predecessors!
  br label %join193

ok195:                                            ; preds = %join193
  store i64 %1192, i64* %1187, align 8
  %1201 = load i64, i64* %highEnd, align 8
  %1202 = call i64 @llvm.umax.i64(i64 %1201, i64 %1192)
  store i64 %1202, i64* %highEnd, align 8
  %1203 = trunc i64 %1191 to i32
  store i32 %1203, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1204 = load i32, i32* %list.2, align 4
  %1205 = add i32 %1204, 8
  %1206 = load i32, i32* %len.2, align 4
  %1207 = mul i32 %1206, 8
  %1208 = add i32 %1205, %1207
  %1209 = load i64, i64* %item, align 8
  %1210 = zext i32 %1208 to i64
  %1211 = add i64 %1210, 8
  %1212 = icmp uge i64 %1210, %scratch_start
  %1213 = load i64, i64* %highEnd, align 8
  %1214 = icmp ule i64 %1211, %1213
  %1215 = and i1 %1212, %1214
  br i1 %1215, label %write.ok198, label %write.low196

write.low196:                                     ; preds = %ok195
  %1216 = load i64, i64* %lowStart, align 8
  %1217 = icmp uge i64 %1210, %1216
  %1218 = load i64, i64* %lowEnd, align 8
  %1219 = icmp ule i64 %1211, %1218
  %1220 = and i1 %1217, %1219
  br i1 %1220, label %write.ok198, label %write.slow197

write.slow197:                                    ; preds = %write.low196
  %1221 = icmp ugt i64 %1211, %arena_size
  br i1 %1221, label %trap17.site0, label %ok199

write.ok198:                                      ; preds = %ok199, %write.low196, %ok195
  %1222 = getelementptr i8, i8* %mem, i64 %1210
  store i64 %1209, i64* %unaligned200, align 8
  %1223 = bitcast i64* %unaligned200 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1222, i8* %1223, i64 8, i1 false)
  %1224 = load i32, i32* %len.2, align 4
  %1225 = add i32 %1224, 1
  store i32 %1225, i32* %len.2, align 4
  %1226 = load i32, i32* %list.2, align 4
  %1227 = load i32, i32* %len.2, align 4
  %1228 = zext i32 %1226 to i64
  %1229 = add i64 %1228, 4
  %1230 = icmp uge i64 %1228, %scratch_start
  %1231 = load i64, i64* %highEnd, align 8
  %1232 = icmp ule i64 %1229, %1231
  %1233 = and i1 %1230, %1232
  br i1 %1233, label %write.ok203, label %write.low201

ok199:                                            ; preds = %write.slow197
  %1234 = icmp ult i64 %1210, %scratch_start
  %1235 = load i64, i64* %lowEnd, align 8
  %1236 = load i64, i64* %highEnd, align 8
  %1237 = call i64 @llvm.umax.i64(i64 %1235, i64 %1211)
  %1238 = select i1 %1234, i64 %1237, i64 %1235
  store i64 %1238, i64* %lowEnd, align 8
  %1239 = call i64 @llvm.umax.i64(i64 %1236, i64 %1211)
  %1240 = select i1 %1234, i64 %1236, i64 %1239
  store i64 %1240, i64* %highEnd, align 8
  %1241 = load i64, i64* %lowStart, align 8
  %1242 = call i64 @llvm.umin.i64(i64 %1241, i64 %1210)
  store i64 %1242, i64* %lowStart, align 8
  br label %write.ok198

write.low201:                                     ; preds = %write.ok198
  %1243 = load i64, i64* %lowStart, align 8
  %1244 = icmp uge i64 %1228, %1243
  %1245 = load i64, i64* %lowEnd, align 8
  %1246 = icmp ule i64 %1229, %1245
  %1247 = and i1 %1244, %1246
  br i1 %1247, label %write.ok203, label %write.slow202

write.slow202:                                    ; preds = %write.low201
  %1248 = icmp ugt i64 %1229, %arena_size
  br i1 %1248, label %trap17.site0, label %ok204

write.ok203:                                      ; preds = %ok204, %write.low201, %write.ok198
  %1249 = getelementptr i8, i8* %mem, i64 %1228
  store i32 %1227, i32* %unaligned205, align 4
  %1250 = bitcast i32* %unaligned205 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1249, i8* %1250, i64 4, i1 false)
  %1251 = load i32, i32* %list.2, align 4
  store i32 %1251, i32* %result187, align 4
  br label %e45

ok204:                                            ; preds = %write.slow202
  %1252 = icmp ult i64 %1228, %scratch_start
  %1253 = load i64, i64* %lowEnd, align 8
  %1254 = load i64, i64* %highEnd, align 8
  %1255 = call i64 @llvm.umax.i64(i64 %1253, i64 %1229)
  %1256 = select i1 %1252, i64 %1255, i64 %1253
  store i64 %1256, i64* %lowEnd, align 8
  %1257 = call i64 @llvm.umax.i64(i64 %1254, i64 %1229)
  %1258 = select i1 %1252, i64 %1254, i64 %1257
  store i64 %1258, i64* %highEnd, align 8
  %1259 = load i64, i64* %lowStart, align 8
  %1260 = call i64 @llvm.umin.i64(i64 %1259, i64 %1228)
  store i64 %1260, i64* %lowStart, align 8
  br label %write.ok203

ok206:                                            ; preds = %e45
  store i64 %1159, i64* %1154, align 8
  %1261 = load i64, i64* %highEnd, align 8
  %1262 = call i64 @llvm.umax.i64(i64 %1261, i64 %1159)
  store i64 %1262, i64* %highEnd, align 8
  %1263 = trunc i64 %1158 to i32
  store i32 %1263, i32* %obj.7, align 4
  %1264 = load i32, i32* %obj.7, align 4
  %1265 = load i32, i32* %c.11, align 4
  %1266 = zext i32 %1264 to i64
  %1267 = add i64 %1266, 4
  %1268 = icmp uge i64 %1266, %scratch_start
  %1269 = load i64, i64* %highEnd, align 8
  %1270 = icmp ule i64 %1267, %1269
  %1271 = and i1 %1268, %1270
  br i1 %1271, label %write.ok209, label %write.low207

trap15.site28:                                    ; preds = %e45
  %1272 = load i64, i64* %lowStart, align 8
  %1273 = getelementptr i64, i64* %regs, i64 6
  store i64 %1272, i64* %1273, align 8
  %1274 = load i64, i64* %lowEnd, align 8
  %1275 = getelementptr i64, i64* %regs, i64 7
  store i64 %1274, i64* %1275, align 8
  %1276 = load i64, i64* %highEnd, align 8
  %1277 = getelementptr i64, i64* %regs, i64 8
  store i64 %1276, i64* %1277, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 28)
  unreachable

write.low207:                                     ; preds = %ok206
  %1278 = load i64, i64* %lowStart, align 8
  %1279 = icmp uge i64 %1266, %1278
  %1280 = load i64, i64* %lowEnd, align 8
  %1281 = icmp ule i64 %1267, %1280
  %1282 = and i1 %1279, %1281
  br i1 %1282, label %write.ok209, label %write.slow208

write.slow208:                                    ; preds = %write.low207
  %1283 = icmp ugt i64 %1267, %arena_size
  br i1 %1283, label %trap17.site0, label %ok210

write.ok209:                                      ; preds = %ok210, %write.low207, %ok206
  %1284 = getelementptr i8, i8* %mem, i64 %1266
  store i32 %1265, i32* %unaligned211, align 4
  %1285 = bitcast i32* %unaligned211 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1284, i8* %1285, i64 4, i1 false)
  %1286 = load i32, i32* %obj.7, align 4
  %1287 = load i32, i32* %c.12, align 4
  %1288 = zext i32 %1286 to i64
  %1289 = add i64 %1288, 4
  %1290 = add i64 %1289, 4
  %1291 = icmp uge i64 %1289, %scratch_start
  %1292 = load i64, i64* %highEnd, align 8
  %1293 = icmp ule i64 %1290, %1292
  %1294 = and i1 %1291, %1293
  br i1 %1294, label %write.ok214, label %write.low212

ok210:                                            ; preds = %write.slow208
  %1295 = icmp ult i64 %1266, %scratch_start
  %1296 = load i64, i64* %lowEnd, align 8
  %1297 = load i64, i64* %highEnd, align 8
  %1298 = call i64 @llvm.umax.i64(i64 %1296, i64 %1267)
  %1299 = select i1 %1295, i64 %1298, i64 %1296
  store i64 %1299, i64* %lowEnd, align 8
  %1300 = call i64 @llvm.umax.i64(i64 %1297, i64 %1267)
  %1301 = select i1 %1295, i64 %1297, i64 %1300
  store i64 %1301, i64* %highEnd, align 8
  %1302 = load i64, i64* %lowStart, align 8
  %1303 = call i64 @llvm.umin.i64(i64 %1302, i64 %1266)
  store i64 %1303, i64* %lowStart, align 8
  br label %write.ok209

write.low212:                                     ; preds = %write.ok209
  %1304 = load i64, i64* %lowStart, align 8
  %1305 = icmp uge i64 %1289, %1304
  %1306 = load i64, i64* %lowEnd, align 8
  %1307 = icmp ule i64 %1290, %1306
  %1308 = and i1 %1305, %1307
  br i1 %1308, label %write.ok214, label %write.slow213

write.slow213:                                    ; preds = %write.low212
  %1309 = icmp ugt i64 %1290, %arena_size
  br i1 %1309, label %trap17.site0, label %ok215

write.ok214:                                      ; preds = %ok215, %write.low212, %write.ok209
  %1310 = getelementptr i8, i8* %mem, i64 %1289
  store i32 %1287, i32* %unaligned216, align 4
  %1311 = bitcast i32* %unaligned216 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1310, i8* %1311, i64 4, i1 false)
  %1312 = load i32, i32* %obj.7, align 4
  store i32 %1312, i32* %result170, align 4
  br label %e39

ok215:                                            ; preds = %write.slow213
  %1313 = icmp ult i64 %1289, %scratch_start
  %1314 = load i64, i64* %lowEnd, align 8
  %1315 = load i64, i64* %highEnd, align 8
  %1316 = call i64 @llvm.umax.i64(i64 %1314, i64 %1290)
  %1317 = select i1 %1313, i64 %1316, i64 %1314
  store i64 %1317, i64* %lowEnd, align 8
  %1318 = call i64 @llvm.umax.i64(i64 %1315, i64 %1290)
  %1319 = select i1 %1313, i64 %1315, i64 %1318
  store i64 %1319, i64* %highEnd, align 8
  %1320 = load i64, i64* %lowStart, align 8
  %1321 = call i64 @llvm.umin.i64(i64 %1320, i64 %1289)
  store i64 %1321, i64* %lowStart, align 8
  br label %write.ok214

write.low217:                                     ; preds = %e39
  %1322 = load i64, i64* %lowStart, align 8
  %1323 = icmp uge i64 %1050, %1322
  %1324 = load i64, i64* %lowEnd, align 8
  %1325 = icmp ule i64 %1051, %1324
  %1326 = and i1 %1323, %1325
  br i1 %1326, label %write.ok219, label %write.slow218

write.slow218:                                    ; preds = %write.low217
  %1327 = icmp ugt i64 %1051, %arena_size
  br i1 %1327, label %trap17.site0, label %ok220

write.ok219:                                      ; preds = %ok220, %write.low217, %e39
  %1328 = getelementptr i8, i8* %mem, i64 %1050
  store i32 %1048, i32* %unaligned221, align 4
  %1329 = bitcast i32* %unaligned221 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1328, i8* %1329, i64 4, i1 false)
  %1330 = load i32, i32* %dict, align 4
  store i32 %1330, i32* %result5, align 4
  br label %e0

ok220:                                            ; preds = %write.slow218
  %1331 = icmp ult i64 %1050, %scratch_start
  %1332 = load i64, i64* %lowEnd, align 8
  %1333 = load i64, i64* %highEnd, align 8
  %1334 = call i64 @llvm.umax.i64(i64 %1332, i64 %1051)
  %1335 = select i1 %1331, i64 %1334, i64 %1332
  store i64 %1335, i64* %lowEnd, align 8
  %1336 = call i64 @llvm.umax.i64(i64 %1333, i64 %1051)
  %1337 = select i1 %1331, i64 %1333, i64 %1336
  store i64 %1337, i64* %highEnd, align 8
  %1338 = load i64, i64* %lowStart, align 8
  %1339 = call i64 @llvm.umin.i64(i64 %1338, i64 %1050)
  store i64 %1339, i64* %lowStart, align 8
  br label %write.ok219

ok222:                                            ; preds = %e0
  %1340 = icmp ult i64 %10, %stack_limit
  br i1 %1340, label %trap253.site0, label %stack_ok223

stack_ok223:                                      ; preds = %ok222
  %1341 = load i64, i64* %fuel, align 8
  %1342 = getelementptr i64, i64* %regs, i64 0
  store i64 %1341, i64* %1342, align 8
  %1343 = load i64, i64* %lowStart, align 8
  %1344 = getelementptr i64, i64* %regs, i64 6
  store i64 %1343, i64* %1344, align 8
  %1345 = load i64, i64* %lowEnd, align 8
  %1346 = getelementptr i64, i64* %regs, i64 7
  store i64 %1345, i64* %1346, align 8
  %1347 = load i64, i64* %highEnd, align 8
  %1348 = getelementptr i64, i64* %regs, i64 8
  store i64 %1347, i64* %1348, align 8
  %1349 = add i32 %depth, 1
  %1350 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1349, i32 %89, i32 %90, i32 0)
  %1351 = getelementptr i64, i64* %regs, i64 0
  %1352 = load i64, i64* %1351, align 8
  store i64 %1352, i64* %fuel, align 8
  %1353 = getelementptr i64, i64* %regs, i64 6
  %1354 = load i64, i64* %1353, align 8
  store i64 %1354, i64* %lowStart, align 8
  %1355 = getelementptr i64, i64* %regs, i64 7
  %1356 = load i64, i64* %1355, align 8
  store i64 %1356, i64* %lowEnd, align 8
  %1357 = getelementptr i64, i64* %regs, i64 8
  %1358 = load i64, i64* %1357, align 8
  store i64 %1358, i64* %highEnd, align 8
  store i32 %1350, i32* %json_end, align 4
  %1359 = load i32, i32* %json_end, align 4
  %1360 = icmp eq i32 %1359, -2
  %1361 = zext i1 %1360 to i32
  %1362 = icmp ne i32 %1361, 0
  br i1 %1362, label %then224, label %else225

then224:                                          ; preds = %stack_ok223
  br label %trap16.site4

else225:                                          ; preds = %stack_ok223
  br label %join226

join226:                                          ; preds = %else225, %dead227
  %1363 = load i32, i32* %json_end, align 4
  %1364 = icmp eq i32 %1363, -1
  %1365 = zext i1 %1364 to i32
  %1366 = icmp ne i32 %1365, 0
  br i1 %1366, label %then228, label %else229

trap16.site4:                                     ; preds = %then224
  %1367 = load i64, i64* %lowStart, align 8
  %1368 = getelementptr i64, i64* %regs, i64 6
  store i64 %1367, i64* %1368, align 8
  %1369 = load i64, i64* %lowEnd, align 8
  %1370 = getelementptr i64, i64* %regs, i64 7
  store i64 %1369, i64* %1370, align 8
  %1371 = load i64, i64* %highEnd, align 8
  %1372 = getelementptr i64, i64* %regs, i64 8
  store i64 %1371, i64* %1372, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead227:                                          ; No predecessors!
  br label %join226

then228:                                          ; preds = %join226
  br label %trap15.site4

else229:                                          ; preds = %join226
  br label %join230

join230:                                          ; preds = %else229, %dead231
  %1373 = load i32, i32* %json_end, align 4
  %1374 = zext i32 %1373 to i64
  %1375 = getelementptr i64, i64* %regs, i64 3
  store i64 %1374, i64* %1375, align 8
  %1376 = load i32, i32* %json_end, align 4
  %1377 = load i32, i32* %json_start, align 4
  %1378 = sub i32 %1376, %1377
  %1379 = load i64, i64* %fuel, align 8
  %1380 = getelementptr i64, i64* %regs, i64 0
  store i64 %1379, i64* %1380, align 8
  %1381 = load i64, i64* %lowStart, align 8
  %1382 = getelementptr i64, i64* %regs, i64 6
  store i64 %1381, i64* %1382, align 8
  %1383 = load i64, i64* %lowEnd, align 8
  %1384 = getelementptr i64, i64* %regs, i64 7
  store i64 %1383, i64* %1384, align 8
  %1385 = load i64, i64* %highEnd, align 8
  %1386 = getelementptr i64, i64* %regs, i64 8
  store i64 %1385, i64* %1386, align 8
  ret i32 %1378

dead231:                                          ; No predecessors!
  br label %join230
}
