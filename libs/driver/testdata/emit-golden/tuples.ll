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
  %639 = load i64, i64* %lowStart, align 8
  %640 = call i64 @llvm.umin.i64(i64 %639, i64 %609)
  %641 = load i64, i64* %lowEnd, align 8
  %642 = load i64, i64* %highEnd, align 8
  %643 = add i64 %610, 64
  %644 = sub i64 %610, %640
  %645 = lshr i64 %644, 4
  %646 = add i64 %643, %645
  %647 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %646)
  %648 = call i64 @llvm.umax.i64(i64 %641, i64 %647)
  %649 = select i1 %638, i64 %648, i64 %641
  store i64 %649, i64* %lowEnd, align 8
  %650 = add i64 %610, 64
  %651 = sub i64 %610, %scratch_start
  %652 = lshr i64 %651, 4
  %653 = add i64 %650, %652
  %654 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %653)
  %655 = call i64 @llvm.umax.i64(i64 %642, i64 %654)
  %656 = select i1 %638, i64 %642, i64 %655
  store i64 %656, i64* %highEnd, align 8
  store i64 %640, i64* %lowStart, align 8
  br label %write.ok

write.low120:                                     ; preds = %write.ok
  %657 = load i64, i64* %lowStart, align 8
  %658 = icmp uge i64 %632, %657
  %659 = load i64, i64* %lowEnd, align 8
  %660 = icmp ule i64 %633, %659
  %661 = and i1 %658, %660
  br i1 %661, label %write.ok122, label %write.slow121

write.slow121:                                    ; preds = %write.low120
  %662 = icmp ugt i64 %633, %arena_size
  br i1 %662, label %trap17.site0, label %ok123

write.ok122:                                      ; preds = %ok123, %write.low120, %write.ok
  %663 = getelementptr i8, i8* %mem, i64 %632
  store i32 %630, i32* %unaligned124, align 4
  %664 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %663, i8* %664, i64 4, i1 false)
  %665 = load i32, i32* %args_out, align 4
  %666 = load i64, i64* %fuel, align 8
  %667 = getelementptr i64, i64* %regs, i64 0
  store i64 %666, i64* %667, align 8
  %668 = load i64, i64* %lowStart, align 8
  %669 = getelementptr i64, i64* %regs, i64 6
  store i64 %668, i64* %669, align 8
  %670 = load i64, i64* %lowEnd, align 8
  %671 = getelementptr i64, i64* %regs, i64 7
  store i64 %670, i64* %671, align 8
  %672 = load i64, i64* %highEnd, align 8
  %673 = getelementptr i64, i64* %regs, i64 8
  store i64 %672, i64* %673, align 8
  ret i32 %665

ok123:                                            ; preds = %write.slow121
  %674 = icmp ult i64 %632, %scratch_start
  %675 = load i64, i64* %lowStart, align 8
  %676 = call i64 @llvm.umin.i64(i64 %675, i64 %632)
  %677 = load i64, i64* %lowEnd, align 8
  %678 = load i64, i64* %highEnd, align 8
  %679 = add i64 %633, 64
  %680 = sub i64 %633, %676
  %681 = lshr i64 %680, 4
  %682 = add i64 %679, %681
  %683 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %682)
  %684 = call i64 @llvm.umax.i64(i64 %677, i64 %683)
  %685 = select i1 %674, i64 %684, i64 %677
  store i64 %685, i64* %lowEnd, align 8
  %686 = add i64 %633, 64
  %687 = sub i64 %633, %scratch_start
  %688 = lshr i64 %687, 4
  %689 = add i64 %686, %688
  %690 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %689)
  %691 = call i64 @llvm.umax.i64(i64 %678, i64 %690)
  %692 = select i1 %674, i64 %678, i64 %691
  store i64 %692, i64* %highEnd, align 8
  store i64 %676, i64* %lowStart, align 8
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
  %180 = load i64, i64* %lowStart, align 8
  %181 = call i64 @llvm.umin.i64(i64 %180, i64 %150)
  %182 = load i64, i64* %lowEnd, align 8
  %183 = load i64, i64* %highEnd, align 8
  %184 = add i64 %151, 64
  %185 = sub i64 %151, %181
  %186 = lshr i64 %185, 4
  %187 = add i64 %184, %186
  %188 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %187)
  %189 = call i64 @llvm.umax.i64(i64 %182, i64 %188)
  %190 = select i1 %179, i64 %189, i64 %182
  store i64 %190, i64* %lowEnd, align 8
  %191 = add i64 %151, 64
  %192 = sub i64 %151, %scratch_start
  %193 = lshr i64 %192, 4
  %194 = add i64 %191, %193
  %195 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %194)
  %196 = call i64 @llvm.umax.i64(i64 %183, i64 %195)
  %197 = select i1 %179, i64 %183, i64 %196
  store i64 %197, i64* %highEnd, align 8
  store i64 %181, i64* %lowStart, align 8
  br label %write.ok

write.low15:                                      ; preds = %write.ok
  %198 = load i64, i64* %lowStart, align 8
  %199 = icmp uge i64 %173, %198
  %200 = load i64, i64* %lowEnd, align 8
  %201 = icmp ule i64 %174, %200
  %202 = and i1 %199, %201
  br i1 %202, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %203 = icmp ugt i64 %174, %arena_size
  br i1 %203, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok
  %204 = getelementptr i8, i8* %mem, i64 %173
  store i64 %171, i64* %unaligned19, align 8
  %205 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %204, i8* %205, i64 8, i1 false)
  %206 = load i32, i32* %obj, align 4
  store i32 %206, i32* %result7, align 4
  br label %e1

ok18:                                             ; preds = %write.slow16
  %207 = icmp ult i64 %173, %scratch_start
  %208 = load i64, i64* %lowStart, align 8
  %209 = call i64 @llvm.umin.i64(i64 %208, i64 %173)
  %210 = load i64, i64* %lowEnd, align 8
  %211 = load i64, i64* %highEnd, align 8
  %212 = add i64 %174, 64
  %213 = sub i64 %174, %209
  %214 = lshr i64 %213, 4
  %215 = add i64 %212, %214
  %216 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %215)
  %217 = call i64 @llvm.umax.i64(i64 %210, i64 %216)
  %218 = select i1 %207, i64 %217, i64 %210
  store i64 %218, i64* %lowEnd, align 8
  %219 = add i64 %174, 64
  %220 = sub i64 %174, %scratch_start
  %221 = lshr i64 %220, 4
  %222 = add i64 %219, %221
  %223 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %222)
  %224 = call i64 @llvm.umax.i64(i64 %211, i64 %223)
  %225 = select i1 %207, i64 %211, i64 %224
  store i64 %225, i64* %highEnd, align 8
  store i64 %209, i64* %lowStart, align 8
  br label %write.ok17

write.low20:                                      ; preds = %e1
  %226 = load i64, i64* %lowStart, align 8
  %227 = icmp uge i64 %109, %226
  %228 = load i64, i64* %lowEnd, align 8
  %229 = icmp ule i64 %110, %228
  %230 = and i1 %227, %229
  br i1 %230, label %write.ok22, label %write.slow21

write.slow21:                                     ; preds = %write.low20
  %231 = icmp ugt i64 %110, %arena_size
  br i1 %231, label %trap17.site0, label %ok23

write.ok22:                                       ; preds = %ok23, %write.low20, %e1
  %232 = getelementptr i8, i8* %mem, i64 %109
  store i32 %108, i32* %unaligned24, align 4
  %233 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %232, i8* %233, i64 4, i1 false)
  %234 = load i32, i32* %pair, align 4
  %235 = zext i32 %234 to i64
  %236 = add i64 %235, 8
  %237 = icmp ugt i64 %236, %arena_size
  br i1 %237, label %trap17.site8, label %ok26

ok23:                                             ; preds = %write.slow21
  %238 = icmp ult i64 %109, %scratch_start
  %239 = load i64, i64* %lowStart, align 8
  %240 = call i64 @llvm.umin.i64(i64 %239, i64 %109)
  %241 = load i64, i64* %lowEnd, align 8
  %242 = load i64, i64* %highEnd, align 8
  %243 = add i64 %110, 64
  %244 = sub i64 %110, %240
  %245 = lshr i64 %244, 4
  %246 = add i64 %243, %245
  %247 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %246)
  %248 = call i64 @llvm.umax.i64(i64 %241, i64 %247)
  %249 = select i1 %238, i64 %248, i64 %241
  store i64 %249, i64* %lowEnd, align 8
  %250 = add i64 %110, 64
  %251 = sub i64 %110, %scratch_start
  %252 = lshr i64 %251, 4
  %253 = add i64 %250, %252
  %254 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %253)
  %255 = call i64 @llvm.umax.i64(i64 %242, i64 %254)
  %256 = select i1 %238, i64 %242, i64 %255
  store i64 %256, i64* %highEnd, align 8
  store i64 %240, i64* %lowStart, align 8
  br label %write.ok22

e6:                                               ; preds = %write.ok31
  %257 = load i32, i32* %result25, align 4
  store i32 %257, i32* %single, align 4
  %258 = load i32, i32* %dict, align 4
  %259 = load i32, i32* %single, align 4
  %260 = zext i32 %258 to i64
  %261 = add i64 %260, 4
  %262 = add i64 %261, 4
  %263 = icmp uge i64 %261, %scratch_start
  %264 = load i64, i64* %highEnd, align 8
  %265 = icmp ule i64 %262, %264
  %266 = and i1 %263, %265
  br i1 %266, label %write.ok36, label %write.low34

ok26:                                             ; preds = %write.ok22
  %267 = getelementptr i8, i8* %mem, i64 %235
  %268 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %268, i8* %267, i64 8, i1 false)
  %269 = load i64, i64* %unaligned27, align 8
  store i64 %269, i64* %c.2, align 8
  %270 = getelementptr i64, i64* %regs, i64 1
  %271 = getelementptr i64, i64* %regs, i64 2
  %272 = load i64, i64* %270, align 8
  %273 = add i64 %272, 7
  %274 = and i64 %273, -8
  %275 = add i64 %274, 8
  %276 = load i64, i64* %271, align 8
  %277 = icmp ugt i64 %275, %276
  br i1 %277, label %trap15.site9, label %ok28

trap17.site8:                                     ; preds = %write.ok22
  %278 = load i64, i64* %lowStart, align 8
  %279 = getelementptr i64, i64* %regs, i64 6
  store i64 %278, i64* %279, align 8
  %280 = load i64, i64* %lowEnd, align 8
  %281 = getelementptr i64, i64* %regs, i64 7
  store i64 %280, i64* %281, align 8
  %282 = load i64, i64* %highEnd, align 8
  %283 = getelementptr i64, i64* %regs, i64 8
  store i64 %282, i64* %283, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 8)
  unreachable

ok28:                                             ; preds = %ok26
  store i64 %275, i64* %270, align 8
  %284 = load i64, i64* %highEnd, align 8
  %285 = call i64 @llvm.umax.i64(i64 %284, i64 %275)
  store i64 %285, i64* %highEnd, align 8
  %286 = trunc i64 %274 to i32
  store i32 %286, i32* %obj.1, align 4
  %287 = load i32, i32* %obj.1, align 4
  %288 = load i64, i64* %c.2, align 8
  %289 = zext i32 %287 to i64
  %290 = add i64 %289, 8
  %291 = icmp uge i64 %289, %scratch_start
  %292 = load i64, i64* %highEnd, align 8
  %293 = icmp ule i64 %290, %292
  %294 = and i1 %291, %293
  br i1 %294, label %write.ok31, label %write.low29

trap15.site9:                                     ; preds = %ok26
  %295 = load i64, i64* %lowStart, align 8
  %296 = getelementptr i64, i64* %regs, i64 6
  store i64 %295, i64* %296, align 8
  %297 = load i64, i64* %lowEnd, align 8
  %298 = getelementptr i64, i64* %regs, i64 7
  store i64 %297, i64* %298, align 8
  %299 = load i64, i64* %highEnd, align 8
  %300 = getelementptr i64, i64* %regs, i64 8
  store i64 %299, i64* %300, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

write.low29:                                      ; preds = %ok28
  %301 = load i64, i64* %lowStart, align 8
  %302 = icmp uge i64 %289, %301
  %303 = load i64, i64* %lowEnd, align 8
  %304 = icmp ule i64 %290, %303
  %305 = and i1 %302, %304
  br i1 %305, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %306 = icmp ugt i64 %290, %arena_size
  br i1 %306, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %ok28
  %307 = getelementptr i8, i8* %mem, i64 %289
  store i64 %288, i64* %unaligned33, align 8
  %308 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %307, i8* %308, i64 8, i1 false)
  %309 = load i32, i32* %obj.1, align 4
  store i32 %309, i32* %result25, align 4
  br label %e6

ok32:                                             ; preds = %write.slow30
  %310 = icmp ult i64 %289, %scratch_start
  %311 = load i64, i64* %lowStart, align 8
  %312 = call i64 @llvm.umin.i64(i64 %311, i64 %289)
  %313 = load i64, i64* %lowEnd, align 8
  %314 = load i64, i64* %highEnd, align 8
  %315 = add i64 %290, 64
  %316 = sub i64 %290, %312
  %317 = lshr i64 %316, 4
  %318 = add i64 %315, %317
  %319 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %318)
  %320 = call i64 @llvm.umax.i64(i64 %313, i64 %319)
  %321 = select i1 %310, i64 %320, i64 %313
  store i64 %321, i64* %lowEnd, align 8
  %322 = add i64 %290, 64
  %323 = sub i64 %290, %scratch_start
  %324 = lshr i64 %323, 4
  %325 = add i64 %322, %324
  %326 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %325)
  %327 = call i64 @llvm.umax.i64(i64 %314, i64 %326)
  %328 = select i1 %310, i64 %314, i64 %327
  store i64 %328, i64* %highEnd, align 8
  store i64 %312, i64* %lowStart, align 8
  br label %write.ok31

write.low34:                                      ; preds = %e6
  %329 = load i64, i64* %lowStart, align 8
  %330 = icmp uge i64 %261, %329
  %331 = load i64, i64* %lowEnd, align 8
  %332 = icmp ule i64 %262, %331
  %333 = and i1 %330, %332
  br i1 %333, label %write.ok36, label %write.slow35

write.slow35:                                     ; preds = %write.low34
  %334 = icmp ugt i64 %262, %arena_size
  br i1 %334, label %trap17.site0, label %ok37

write.ok36:                                       ; preds = %ok37, %write.low34, %e6
  %335 = getelementptr i8, i8* %mem, i64 %261
  store i32 %259, i32* %unaligned38, align 4
  %336 = bitcast i32* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %335, i8* %336, i64 4, i1 false)
  %337 = getelementptr i64, i64* %regs, i64 1
  %338 = getelementptr i64, i64* %regs, i64 2
  %339 = load i64, i64* %337, align 8
  %340 = add i64 %339, 3
  %341 = and i64 %340, -4
  %342 = add i64 %341, 0
  %343 = load i64, i64* %338, align 8
  %344 = icmp ugt i64 %342, %343
  br i1 %344, label %trap15.site10, label %ok40

ok37:                                             ; preds = %write.slow35
  %345 = icmp ult i64 %261, %scratch_start
  %346 = load i64, i64* %lowStart, align 8
  %347 = call i64 @llvm.umin.i64(i64 %346, i64 %261)
  %348 = load i64, i64* %lowEnd, align 8
  %349 = load i64, i64* %highEnd, align 8
  %350 = add i64 %262, 64
  %351 = sub i64 %262, %347
  %352 = lshr i64 %351, 4
  %353 = add i64 %350, %352
  %354 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %353)
  %355 = call i64 @llvm.umax.i64(i64 %348, i64 %354)
  %356 = select i1 %345, i64 %355, i64 %348
  store i64 %356, i64* %lowEnd, align 8
  %357 = add i64 %262, 64
  %358 = sub i64 %262, %scratch_start
  %359 = lshr i64 %358, 4
  %360 = add i64 %357, %359
  %361 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %360)
  %362 = call i64 @llvm.umax.i64(i64 %349, i64 %361)
  %363 = select i1 %345, i64 %349, i64 %362
  store i64 %363, i64* %highEnd, align 8
  store i64 %347, i64* %lowStart, align 8
  br label %write.ok36

e9:                                               ; preds = %ok40
  %364 = load i32, i32* %result39, align 4
  store i32 %364, i32* %empty, align 4
  %365 = load i32, i32* %dict, align 4
  %366 = load i32, i32* %empty, align 4
  %367 = zext i32 %365 to i64
  %368 = add i64 %367, 8
  %369 = add i64 %368, 4
  %370 = icmp uge i64 %368, %scratch_start
  %371 = load i64, i64* %highEnd, align 8
  %372 = icmp ule i64 %369, %371
  %373 = and i1 %370, %372
  br i1 %373, label %write.ok43, label %write.low41

ok40:                                             ; preds = %write.ok36
  store i64 %342, i64* %337, align 8
  %374 = load i64, i64* %highEnd, align 8
  %375 = call i64 @llvm.umax.i64(i64 %374, i64 %342)
  store i64 %375, i64* %highEnd, align 8
  %376 = trunc i64 %341 to i32
  store i32 %376, i32* %obj.2, align 4
  %377 = load i32, i32* %obj.2, align 4
  store i32 %377, i32* %result39, align 4
  br label %e9

trap15.site10:                                    ; preds = %write.ok36
  %378 = load i64, i64* %lowStart, align 8
  %379 = getelementptr i64, i64* %regs, i64 6
  store i64 %378, i64* %379, align 8
  %380 = load i64, i64* %lowEnd, align 8
  %381 = getelementptr i64, i64* %regs, i64 7
  store i64 %380, i64* %381, align 8
  %382 = load i64, i64* %highEnd, align 8
  %383 = getelementptr i64, i64* %regs, i64 8
  store i64 %382, i64* %383, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

write.low41:                                      ; preds = %e9
  %384 = load i64, i64* %lowStart, align 8
  %385 = icmp uge i64 %368, %384
  %386 = load i64, i64* %lowEnd, align 8
  %387 = icmp ule i64 %369, %386
  %388 = and i1 %385, %387
  br i1 %388, label %write.ok43, label %write.slow42

write.slow42:                                     ; preds = %write.low41
  %389 = icmp ugt i64 %369, %arena_size
  br i1 %389, label %trap17.site0, label %ok44

write.ok43:                                       ; preds = %ok44, %write.low41, %e9
  %390 = getelementptr i8, i8* %mem, i64 %368
  store i32 %366, i32* %unaligned45, align 4
  %391 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %390, i8* %391, i64 4, i1 false)
  %392 = load i32, i32* %flags, align 4
  store i32 %392, i32* %xs, align 4
  %393 = load i32, i32* %xs, align 4
  %394 = zext i32 %393 to i64
  %395 = add i64 %394, 4
  %396 = icmp ugt i64 %395, %arena_size
  br i1 %396, label %trap17.site0, label %ok47

ok44:                                             ; preds = %write.slow42
  %397 = icmp ult i64 %368, %scratch_start
  %398 = load i64, i64* %lowStart, align 8
  %399 = call i64 @llvm.umin.i64(i64 %398, i64 %368)
  %400 = load i64, i64* %lowEnd, align 8
  %401 = load i64, i64* %highEnd, align 8
  %402 = add i64 %369, 64
  %403 = sub i64 %369, %399
  %404 = lshr i64 %403, 4
  %405 = add i64 %402, %404
  %406 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %405)
  %407 = call i64 @llvm.umax.i64(i64 %400, i64 %406)
  %408 = select i1 %397, i64 %407, i64 %400
  store i64 %408, i64* %lowEnd, align 8
  %409 = add i64 %369, 64
  %410 = sub i64 %369, %scratch_start
  %411 = lshr i64 %410, 4
  %412 = add i64 %409, %411
  %413 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %412)
  %414 = call i64 @llvm.umax.i64(i64 %401, i64 %413)
  %415 = select i1 %397, i64 %401, i64 %414
  store i64 %415, i64* %highEnd, align 8
  store i64 %399, i64* %lowStart, align 8
  br label %write.ok43

e10:                                              ; preds = %write.ok65
  %416 = load i32, i32* %result46, align 4
  store i32 %416, i32* %firsts, align 4
  %417 = load i32, i32* %dict, align 4
  %418 = load i32, i32* %firsts, align 4
  %419 = zext i32 %417 to i64
  %420 = add i64 %419, 12
  %421 = add i64 %420, 4
  %422 = icmp uge i64 %420, %scratch_start
  %423 = load i64, i64* %highEnd, align 8
  %424 = icmp ule i64 %421, %423
  %425 = and i1 %422, %424
  br i1 %425, label %write.ok70, label %write.low68

ok47:                                             ; preds = %write.ok43
  %426 = getelementptr i8, i8* %mem, i64 %394
  %427 = bitcast i32* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %427, i8* %426, i64 4, i1 false)
  %428 = load i32, i32* %unaligned48, align 4
  %429 = zext i32 %428 to i64
  %430 = mul i64 %429, 8
  %431 = add i64 8, %430
  store i64 %431, i64* %size, align 8
  %432 = load i64, i64* %size, align 8
  %433 = icmp ugt i64 %432, 2147483647
  %434 = zext i1 %433 to i32
  %435 = icmp ne i32 %434, 0
  br i1 %435, label %then, label %else

then:                                             ; preds = %ok47
  br label %trap15.site11

else:                                             ; preds = %ok47
  br label %join

join:                                             ; preds = %else, %dead
  %436 = load i64, i64* %size, align 8
  %437 = trunc i64 %436 to i32
  %438 = zext i32 %437 to i64
  %439 = getelementptr i64, i64* %regs, i64 1
  %440 = getelementptr i64, i64* %regs, i64 2
  %441 = load i64, i64* %439, align 8
  %442 = add i64 %441, 7
  %443 = and i64 %442, -8
  %444 = add i64 %443, %438
  %445 = load i64, i64* %440, align 8
  %446 = icmp ugt i64 %444, %445
  br i1 %446, label %trap15.site11, label %ok49

trap15.site11:                                    ; preds = %join, %then
  %447 = load i64, i64* %lowStart, align 8
  %448 = getelementptr i64, i64* %regs, i64 6
  store i64 %447, i64* %448, align 8
  %449 = load i64, i64* %lowEnd, align 8
  %450 = getelementptr i64, i64* %regs, i64 7
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %highEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 8
  store i64 %451, i64* %452, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok49:                                             ; preds = %join
  store i64 %444, i64* %439, align 8
  %453 = load i64, i64* %highEnd, align 8
  %454 = call i64 @llvm.umax.i64(i64 %453, i64 %444)
  store i64 %454, i64* %highEnd, align 8
  %455 = trunc i64 %443 to i32
  store i32 %455, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %456 = load i32, i32* %xs, align 4
  %457 = zext i32 %456 to i64
  %458 = add i64 %457, 4
  %459 = icmp ugt i64 %458, %arena_size
  br i1 %459, label %trap17.site0, label %ok50

ok50:                                             ; preds = %ok49
  %460 = getelementptr i8, i8* %mem, i64 %457
  %461 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %461, i8* %460, i64 4, i1 false)
  %462 = load i32, i32* %unaligned51, align 4
  store i32 %462, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each13

block12:                                          ; preds = %dead62, %ok52
  %463 = load i32, i32* %list, align 4
  %464 = load i32, i32* %len, align 4
  %465 = zext i32 %463 to i64
  %466 = add i64 %465, 4
  %467 = icmp uge i64 %465, %scratch_start
  %468 = load i64, i64* %highEnd, align 8
  %469 = icmp ule i64 %466, %468
  %470 = and i1 %467, %469
  br i1 %470, label %write.ok65, label %write.low63

each13:                                           ; preds = %write.ok59, %ok50
  %471 = load i64, i64* %fuel, align 8
  %472 = icmp ult i64 %471, 1
  br i1 %472, label %trap14.site0, label %ok52

ok52:                                             ; preds = %each13
  %473 = sub i64 %471, 1
  store i64 %473, i64* %fuel, align 8
  %474 = load i32, i32* %k, align 4
  %475 = load i32, i32* %n, align 4
  %476 = icmp uge i32 %474, %475
  %477 = zext i1 %476 to i32
  %478 = icmp ne i32 %477, 0
  br i1 %478, label %block12, label %cont

cont:                                             ; preds = %ok52
  %479 = load i32, i32* %xs, align 4
  %480 = load i32, i32* %k, align 4
  %481 = mul i32 %480, 4
  %482 = add i32 %479, %481
  %483 = zext i32 %482 to i64
  %484 = add i64 %483, 4
  %485 = add i64 %484, 4
  %486 = icmp ugt i64 %485, %arena_size
  br i1 %486, label %trap17.site0, label %ok53

ok53:                                             ; preds = %cont
  %487 = getelementptr i8, i8* %mem, i64 %484
  %488 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %488, i8* %487, i64 4, i1 false)
  %489 = load i32, i32* %unaligned54, align 4
  store i32 %489, i32* %x, align 4
  %490 = load i32, i32* %x, align 4
  store i32 %490, i32* %t, align 4
  %491 = load i32, i32* %list, align 4
  %492 = load i32, i32* %len, align 4
  %493 = mul i32 %492, 8
  %494 = add i32 %491, %493
  %495 = load i32, i32* %t, align 4
  %496 = zext i32 %495 to i64
  %497 = add i64 %496, 8
  %498 = icmp ugt i64 %497, %arena_size
  br i1 %498, label %trap17.site12, label %ok55

ok55:                                             ; preds = %ok53
  %499 = getelementptr i8, i8* %mem, i64 %496
  %500 = bitcast i64* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %500, i8* %499, i64 8, i1 false)
  %501 = load i64, i64* %unaligned56, align 8
  %502 = zext i32 %494 to i64
  %503 = add i64 %502, 8
  %504 = add i64 %503, 8
  %505 = icmp uge i64 %503, %scratch_start
  %506 = load i64, i64* %highEnd, align 8
  %507 = icmp ule i64 %504, %506
  %508 = and i1 %505, %507
  br i1 %508, label %write.ok59, label %write.low57

trap17.site12:                                    ; preds = %ok53
  %509 = load i64, i64* %lowStart, align 8
  %510 = getelementptr i64, i64* %regs, i64 6
  store i64 %509, i64* %510, align 8
  %511 = load i64, i64* %lowEnd, align 8
  %512 = getelementptr i64, i64* %regs, i64 7
  store i64 %511, i64* %512, align 8
  %513 = load i64, i64* %highEnd, align 8
  %514 = getelementptr i64, i64* %regs, i64 8
  store i64 %513, i64* %514, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

write.low57:                                      ; preds = %ok55
  %515 = load i64, i64* %lowStart, align 8
  %516 = icmp uge i64 %503, %515
  %517 = load i64, i64* %lowEnd, align 8
  %518 = icmp ule i64 %504, %517
  %519 = and i1 %516, %518
  br i1 %519, label %write.ok59, label %write.slow58

write.slow58:                                     ; preds = %write.low57
  %520 = icmp ugt i64 %504, %arena_size
  br i1 %520, label %trap17.site0, label %ok60

write.ok59:                                       ; preds = %ok60, %write.low57, %ok55
  %521 = getelementptr i8, i8* %mem, i64 %503
  store i64 %501, i64* %unaligned61, align 8
  %522 = bitcast i64* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %521, i8* %522, i64 8, i1 false)
  %523 = load i32, i32* %len, align 4
  %524 = add i32 %523, 1
  store i32 %524, i32* %len, align 4
  %525 = load i32, i32* %k, align 4
  %526 = add i32 %525, 1
  store i32 %526, i32* %k, align 4
  br label %each13

ok60:                                             ; preds = %write.slow58
  %527 = icmp ult i64 %503, %scratch_start
  %528 = load i64, i64* %lowStart, align 8
  %529 = call i64 @llvm.umin.i64(i64 %528, i64 %503)
  %530 = load i64, i64* %lowEnd, align 8
  %531 = load i64, i64* %highEnd, align 8
  %532 = add i64 %504, 64
  %533 = sub i64 %504, %529
  %534 = lshr i64 %533, 4
  %535 = add i64 %532, %534
  %536 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %535)
  %537 = call i64 @llvm.umax.i64(i64 %530, i64 %536)
  %538 = select i1 %527, i64 %537, i64 %530
  store i64 %538, i64* %lowEnd, align 8
  %539 = add i64 %504, 64
  %540 = sub i64 %504, %scratch_start
  %541 = lshr i64 %540, 4
  %542 = add i64 %539, %541
  %543 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %542)
  %544 = call i64 @llvm.umax.i64(i64 %531, i64 %543)
  %545 = select i1 %527, i64 %531, i64 %544
  store i64 %545, i64* %highEnd, align 8
  store i64 %529, i64* %lowStart, align 8
  br label %write.ok59

dead62:                                           ; No predecessors!
  br label %block12

write.low63:                                      ; preds = %block12
  %546 = load i64, i64* %lowStart, align 8
  %547 = icmp uge i64 %465, %546
  %548 = load i64, i64* %lowEnd, align 8
  %549 = icmp ule i64 %466, %548
  %550 = and i1 %547, %549
  br i1 %550, label %write.ok65, label %write.slow64

write.slow64:                                     ; preds = %write.low63
  %551 = icmp ugt i64 %466, %arena_size
  br i1 %551, label %trap17.site0, label %ok66

write.ok65:                                       ; preds = %ok66, %write.low63, %block12
  %552 = getelementptr i8, i8* %mem, i64 %465
  store i32 %464, i32* %unaligned67, align 4
  %553 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %552, i8* %553, i64 4, i1 false)
  %554 = load i32, i32* %list, align 4
  store i32 %554, i32* %result46, align 4
  br label %e10

ok66:                                             ; preds = %write.slow64
  %555 = icmp ult i64 %465, %scratch_start
  %556 = load i64, i64* %lowStart, align 8
  %557 = call i64 @llvm.umin.i64(i64 %556, i64 %465)
  %558 = load i64, i64* %lowEnd, align 8
  %559 = load i64, i64* %highEnd, align 8
  %560 = add i64 %466, 64
  %561 = sub i64 %466, %557
  %562 = lshr i64 %561, 4
  %563 = add i64 %560, %562
  %564 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %563)
  %565 = call i64 @llvm.umax.i64(i64 %558, i64 %564)
  %566 = select i1 %555, i64 %565, i64 %558
  store i64 %566, i64* %lowEnd, align 8
  %567 = add i64 %466, 64
  %568 = sub i64 %466, %scratch_start
  %569 = lshr i64 %568, 4
  %570 = add i64 %567, %569
  %571 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %570)
  %572 = call i64 @llvm.umax.i64(i64 %559, i64 %571)
  %573 = select i1 %555, i64 %559, i64 %572
  store i64 %573, i64* %highEnd, align 8
  store i64 %557, i64* %lowStart, align 8
  br label %write.ok65

write.low68:                                      ; preds = %e10
  %574 = load i64, i64* %lowStart, align 8
  %575 = icmp uge i64 %420, %574
  %576 = load i64, i64* %lowEnd, align 8
  %577 = icmp ule i64 %421, %576
  %578 = and i1 %575, %577
  br i1 %578, label %write.ok70, label %write.slow69

write.slow69:                                     ; preds = %write.low68
  %579 = icmp ugt i64 %421, %arena_size
  br i1 %579, label %trap17.site0, label %ok71

write.ok70:                                       ; preds = %ok71, %write.low68, %e10
  %580 = getelementptr i8, i8* %mem, i64 %420
  store i32 %418, i32* %unaligned72, align 4
  %581 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %580, i8* %581, i64 4, i1 false)
  %582 = load i32, i32* %flags, align 4
  store i32 %582, i32* %xs.1, align 4
  %583 = load i32, i32* %xs.1, align 4
  %584 = zext i32 %583 to i64
  %585 = add i64 %584, 4
  %586 = icmp ugt i64 %585, %arena_size
  br i1 %586, label %trap17.site0, label %ok74

ok71:                                             ; preds = %write.slow69
  %587 = icmp ult i64 %420, %scratch_start
  %588 = load i64, i64* %lowStart, align 8
  %589 = call i64 @llvm.umin.i64(i64 %588, i64 %420)
  %590 = load i64, i64* %lowEnd, align 8
  %591 = load i64, i64* %highEnd, align 8
  %592 = add i64 %421, 64
  %593 = sub i64 %421, %589
  %594 = lshr i64 %593, 4
  %595 = add i64 %592, %594
  %596 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %595)
  %597 = call i64 @llvm.umax.i64(i64 %590, i64 %596)
  %598 = select i1 %587, i64 %597, i64 %590
  store i64 %598, i64* %lowEnd, align 8
  %599 = add i64 %421, 64
  %600 = sub i64 %421, %scratch_start
  %601 = lshr i64 %600, 4
  %602 = add i64 %599, %601
  %603 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %602)
  %604 = call i64 @llvm.umax.i64(i64 %591, i64 %603)
  %605 = select i1 %587, i64 %591, i64 %604
  store i64 %605, i64* %highEnd, align 8
  store i64 %589, i64* %lowStart, align 8
  br label %write.ok70

e16:                                              ; preds = %write.ok101
  %606 = load i32, i32* %result73, align 4
  store i32 %606, i32* %on, align 4
  %607 = load i32, i32* %dict, align 4
  %608 = load i32, i32* %on, align 4
  %609 = zext i32 %607 to i64
  %610 = add i64 %609, 16
  %611 = add i64 %610, 4
  %612 = icmp uge i64 %610, %scratch_start
  %613 = load i64, i64* %highEnd, align 8
  %614 = icmp ule i64 %611, %613
  %615 = and i1 %612, %614
  br i1 %615, label %write.ok106, label %write.low104

ok74:                                             ; preds = %write.ok70
  %616 = getelementptr i8, i8* %mem, i64 %584
  %617 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %616, i64 4, i1 false)
  %618 = load i32, i32* %unaligned75, align 4
  %619 = zext i32 %618 to i64
  %620 = mul i64 %619, 8
  %621 = add i64 8, %620
  store i64 %621, i64* %size.1, align 8
  %622 = load i64, i64* %size.1, align 8
  %623 = icmp ugt i64 %622, 2147483647
  %624 = zext i1 %623 to i32
  %625 = icmp ne i32 %624, 0
  br i1 %625, label %then76, label %else77

then76:                                           ; preds = %ok74
  br label %trap15.site13

else77:                                           ; preds = %ok74
  br label %join78

join78:                                           ; preds = %else77, %dead79
  %626 = load i64, i64* %size.1, align 8
  %627 = trunc i64 %626 to i32
  %628 = zext i32 %627 to i64
  %629 = getelementptr i64, i64* %regs, i64 1
  %630 = getelementptr i64, i64* %regs, i64 2
  %631 = load i64, i64* %629, align 8
  %632 = add i64 %631, 7
  %633 = and i64 %632, -8
  %634 = add i64 %633, %628
  %635 = load i64, i64* %630, align 8
  %636 = icmp ugt i64 %634, %635
  br i1 %636, label %trap15.site13, label %ok80

trap15.site13:                                    ; preds = %join78, %then76
  %637 = load i64, i64* %lowStart, align 8
  %638 = getelementptr i64, i64* %regs, i64 6
  store i64 %637, i64* %638, align 8
  %639 = load i64, i64* %lowEnd, align 8
  %640 = getelementptr i64, i64* %regs, i64 7
  store i64 %639, i64* %640, align 8
  %641 = load i64, i64* %highEnd, align 8
  %642 = getelementptr i64, i64* %regs, i64 8
  store i64 %641, i64* %642, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead79:                                           ; No predecessors!
  br label %join78

ok80:                                             ; preds = %join78
  store i64 %634, i64* %629, align 8
  %643 = load i64, i64* %highEnd, align 8
  %644 = call i64 @llvm.umax.i64(i64 %643, i64 %634)
  store i64 %644, i64* %highEnd, align 8
  %645 = trunc i64 %633 to i32
  store i32 %645, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %646 = load i32, i32* %xs.1, align 4
  %647 = zext i32 %646 to i64
  %648 = add i64 %647, 4
  %649 = icmp ugt i64 %648, %arena_size
  br i1 %649, label %trap17.site0, label %ok81

ok81:                                             ; preds = %ok80
  %650 = getelementptr i8, i8* %mem, i64 %647
  %651 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %651, i8* %650, i64 4, i1 false)
  %652 = load i32, i32* %unaligned82, align 4
  store i32 %652, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each19

block18:                                          ; preds = %dead98, %ok83
  %653 = load i32, i32* %list.1, align 4
  %654 = load i32, i32* %len.1, align 4
  %655 = zext i32 %653 to i64
  %656 = add i64 %655, 4
  %657 = icmp uge i64 %655, %scratch_start
  %658 = load i64, i64* %highEnd, align 8
  %659 = icmp ule i64 %656, %658
  %660 = and i1 %657, %659
  br i1 %660, label %write.ok101, label %write.low99

each19:                                           ; preds = %join90, %ok81
  %661 = load i64, i64* %fuel, align 8
  %662 = icmp ult i64 %661, 1
  br i1 %662, label %trap14.site0, label %ok83

ok83:                                             ; preds = %each19
  %663 = sub i64 %661, 1
  store i64 %663, i64* %fuel, align 8
  %664 = load i32, i32* %k.1, align 4
  %665 = load i32, i32* %n.1, align 4
  %666 = icmp uge i32 %664, %665
  %667 = zext i1 %666 to i32
  %668 = icmp ne i32 %667, 0
  br i1 %668, label %block18, label %cont84

cont84:                                           ; preds = %ok83
  %669 = load i32, i32* %xs.1, align 4
  %670 = load i32, i32* %k.1, align 4
  %671 = mul i32 %670, 4
  %672 = add i32 %669, %671
  %673 = zext i32 %672 to i64
  %674 = add i64 %673, 4
  %675 = add i64 %674, 4
  %676 = icmp ugt i64 %675, %arena_size
  br i1 %676, label %trap17.site0, label %ok85

ok85:                                             ; preds = %cont84
  %677 = getelementptr i8, i8* %mem, i64 %674
  %678 = bitcast i32* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %678, i8* %677, i64 4, i1 false)
  %679 = load i32, i32* %unaligned86, align 4
  store i32 %679, i32* %x.1, align 4
  %680 = load i32, i32* %x.1, align 4
  store i32 %680, i32* %t.1, align 4
  %681 = load i32, i32* %t.1, align 4
  %682 = zext i32 %681 to i64
  %683 = add i64 %682, 8
  %684 = add i64 %683, 1
  %685 = icmp ugt i64 %684, %arena_size
  br i1 %685, label %trap17.site14, label %ok87

ok87:                                             ; preds = %ok85
  %686 = getelementptr i8, i8* %mem, i64 %683
  %687 = load i8, i8* %686, align 1
  %688 = zext i8 %687 to i32
  %689 = icmp ne i32 %688, 0
  br i1 %689, label %then88, label %else89

trap17.site14:                                    ; preds = %ok85
  %690 = load i64, i64* %lowStart, align 8
  %691 = getelementptr i64, i64* %regs, i64 6
  store i64 %690, i64* %691, align 8
  %692 = load i64, i64* %lowEnd, align 8
  %693 = getelementptr i64, i64* %regs, i64 7
  store i64 %692, i64* %693, align 8
  %694 = load i64, i64* %highEnd, align 8
  %695 = getelementptr i64, i64* %regs, i64 8
  store i64 %694, i64* %695, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

then88:                                           ; preds = %ok87
  %696 = load i32, i32* %list.1, align 4
  %697 = load i32, i32* %len.1, align 4
  %698 = mul i32 %697, 8
  %699 = add i32 %696, %698
  %700 = load i32, i32* %t.1, align 4
  %701 = zext i32 %700 to i64
  %702 = add i64 %701, 8
  %703 = icmp ugt i64 %702, %arena_size
  br i1 %703, label %trap17.site15, label %ok91

else89:                                           ; preds = %ok87
  br label %join90

join90:                                           ; preds = %else89, %write.ok95
  %704 = load i32, i32* %k.1, align 4
  %705 = add i32 %704, 1
  store i32 %705, i32* %k.1, align 4
  br label %each19

ok91:                                             ; preds = %then88
  %706 = getelementptr i8, i8* %mem, i64 %701
  %707 = bitcast i64* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %707, i8* %706, i64 8, i1 false)
  %708 = load i64, i64* %unaligned92, align 8
  %709 = zext i32 %699 to i64
  %710 = add i64 %709, 8
  %711 = add i64 %710, 8
  %712 = icmp uge i64 %710, %scratch_start
  %713 = load i64, i64* %highEnd, align 8
  %714 = icmp ule i64 %711, %713
  %715 = and i1 %712, %714
  br i1 %715, label %write.ok95, label %write.low93

trap17.site15:                                    ; preds = %then88
  %716 = load i64, i64* %lowStart, align 8
  %717 = getelementptr i64, i64* %regs, i64 6
  store i64 %716, i64* %717, align 8
  %718 = load i64, i64* %lowEnd, align 8
  %719 = getelementptr i64, i64* %regs, i64 7
  store i64 %718, i64* %719, align 8
  %720 = load i64, i64* %highEnd, align 8
  %721 = getelementptr i64, i64* %regs, i64 8
  store i64 %720, i64* %721, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 15)
  unreachable

write.low93:                                      ; preds = %ok91
  %722 = load i64, i64* %lowStart, align 8
  %723 = icmp uge i64 %710, %722
  %724 = load i64, i64* %lowEnd, align 8
  %725 = icmp ule i64 %711, %724
  %726 = and i1 %723, %725
  br i1 %726, label %write.ok95, label %write.slow94

write.slow94:                                     ; preds = %write.low93
  %727 = icmp ugt i64 %711, %arena_size
  br i1 %727, label %trap17.site0, label %ok96

write.ok95:                                       ; preds = %ok96, %write.low93, %ok91
  %728 = getelementptr i8, i8* %mem, i64 %710
  store i64 %708, i64* %unaligned97, align 8
  %729 = bitcast i64* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %728, i8* %729, i64 8, i1 false)
  %730 = load i32, i32* %len.1, align 4
  %731 = add i32 %730, 1
  store i32 %731, i32* %len.1, align 4
  br label %join90

ok96:                                             ; preds = %write.slow94
  %732 = icmp ult i64 %710, %scratch_start
  %733 = load i64, i64* %lowStart, align 8
  %734 = call i64 @llvm.umin.i64(i64 %733, i64 %710)
  %735 = load i64, i64* %lowEnd, align 8
  %736 = load i64, i64* %highEnd, align 8
  %737 = add i64 %711, 64
  %738 = sub i64 %711, %734
  %739 = lshr i64 %738, 4
  %740 = add i64 %737, %739
  %741 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %740)
  %742 = call i64 @llvm.umax.i64(i64 %735, i64 %741)
  %743 = select i1 %732, i64 %742, i64 %735
  store i64 %743, i64* %lowEnd, align 8
  %744 = add i64 %711, 64
  %745 = sub i64 %711, %scratch_start
  %746 = lshr i64 %745, 4
  %747 = add i64 %744, %746
  %748 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %747)
  %749 = call i64 @llvm.umax.i64(i64 %736, i64 %748)
  %750 = select i1 %732, i64 %736, i64 %749
  store i64 %750, i64* %highEnd, align 8
  store i64 %734, i64* %lowStart, align 8
  br label %write.ok95

dead98:                                           ; No predecessors!
  br label %block18

write.low99:                                      ; preds = %block18
  %751 = load i64, i64* %lowStart, align 8
  %752 = icmp uge i64 %655, %751
  %753 = load i64, i64* %lowEnd, align 8
  %754 = icmp ule i64 %656, %753
  %755 = and i1 %752, %754
  br i1 %755, label %write.ok101, label %write.slow100

write.slow100:                                    ; preds = %write.low99
  %756 = icmp ugt i64 %656, %arena_size
  br i1 %756, label %trap17.site0, label %ok102

write.ok101:                                      ; preds = %ok102, %write.low99, %block18
  %757 = getelementptr i8, i8* %mem, i64 %655
  store i32 %654, i32* %unaligned103, align 4
  %758 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %757, i8* %758, i64 4, i1 false)
  %759 = load i32, i32* %list.1, align 4
  store i32 %759, i32* %result73, align 4
  br label %e16

ok102:                                            ; preds = %write.slow100
  %760 = icmp ult i64 %655, %scratch_start
  %761 = load i64, i64* %lowStart, align 8
  %762 = call i64 @llvm.umin.i64(i64 %761, i64 %655)
  %763 = load i64, i64* %lowEnd, align 8
  %764 = load i64, i64* %highEnd, align 8
  %765 = add i64 %656, 64
  %766 = sub i64 %656, %762
  %767 = lshr i64 %766, 4
  %768 = add i64 %765, %767
  %769 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %768)
  %770 = call i64 @llvm.umax.i64(i64 %763, i64 %769)
  %771 = select i1 %760, i64 %770, i64 %763
  store i64 %771, i64* %lowEnd, align 8
  %772 = add i64 %656, 64
  %773 = sub i64 %656, %scratch_start
  %774 = lshr i64 %773, 4
  %775 = add i64 %772, %774
  %776 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %775)
  %777 = call i64 @llvm.umax.i64(i64 %764, i64 %776)
  %778 = select i1 %760, i64 %764, i64 %777
  store i64 %778, i64* %highEnd, align 8
  store i64 %762, i64* %lowStart, align 8
  br label %write.ok101

write.low104:                                     ; preds = %e16
  %779 = load i64, i64* %lowStart, align 8
  %780 = icmp uge i64 %610, %779
  %781 = load i64, i64* %lowEnd, align 8
  %782 = icmp ule i64 %611, %781
  %783 = and i1 %780, %782
  br i1 %783, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %784 = icmp ugt i64 %611, %arena_size
  br i1 %784, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e16
  %785 = getelementptr i8, i8* %mem, i64 %610
  store i32 %608, i32* %unaligned108, align 4
  %786 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %785, i8* %786, i64 4, i1 false)
  %787 = load i32, i32* %pair, align 4
  %788 = zext i32 %787 to i64
  %789 = add i64 %788, 8
  %790 = icmp ugt i64 %789, %arena_size
  br i1 %790, label %trap17.site17, label %ok110

ok107:                                            ; preds = %write.slow105
  %791 = icmp ult i64 %610, %scratch_start
  %792 = load i64, i64* %lowStart, align 8
  %793 = call i64 @llvm.umin.i64(i64 %792, i64 %610)
  %794 = load i64, i64* %lowEnd, align 8
  %795 = load i64, i64* %highEnd, align 8
  %796 = add i64 %611, 64
  %797 = sub i64 %611, %793
  %798 = lshr i64 %797, 4
  %799 = add i64 %796, %798
  %800 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %799)
  %801 = call i64 @llvm.umax.i64(i64 %794, i64 %800)
  %802 = select i1 %791, i64 %801, i64 %794
  store i64 %802, i64* %lowEnd, align 8
  %803 = add i64 %611, 64
  %804 = sub i64 %611, %scratch_start
  %805 = lshr i64 %804, 4
  %806 = add i64 %803, %805
  %807 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %806)
  %808 = call i64 @llvm.umax.i64(i64 %795, i64 %807)
  %809 = select i1 %791, i64 %795, i64 %808
  store i64 %809, i64* %highEnd, align 8
  store i64 %793, i64* %lowStart, align 8
  br label %write.ok106

e25:                                              ; preds = %write.ok120
  %810 = load i32, i32* %result109, align 4
  store i64 1, i64* %c.5, align 8
  store i32 8, i32* %c.6, align 4
  %811 = getelementptr i64, i64* %regs, i64 1
  %812 = getelementptr i64, i64* %regs, i64 2
  %813 = load i64, i64* %811, align 8
  %814 = add i64 %813, 7
  %815 = and i64 %814, -8
  %816 = add i64 %815, 16
  %817 = load i64, i64* %812, align 8
  %818 = icmp ugt i64 %816, %817
  br i1 %818, label %trap15.site19, label %ok124

ok110:                                            ; preds = %write.ok106
  %819 = getelementptr i8, i8* %mem, i64 %788
  %820 = bitcast i64* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %820, i8* %819, i64 8, i1 false)
  %821 = load i64, i64* %unaligned111, align 8
  store i64 %821, i64* %c.3, align 8
  store i32 8, i32* %c.4, align 4
  %822 = getelementptr i64, i64* %regs, i64 1
  %823 = getelementptr i64, i64* %regs, i64 2
  %824 = load i64, i64* %822, align 8
  %825 = add i64 %824, 7
  %826 = and i64 %825, -8
  %827 = add i64 %826, 16
  %828 = load i64, i64* %823, align 8
  %829 = icmp ugt i64 %827, %828
  br i1 %829, label %trap15.site18, label %ok112

trap17.site17:                                    ; preds = %write.ok106
  %830 = load i64, i64* %lowStart, align 8
  %831 = getelementptr i64, i64* %regs, i64 6
  store i64 %830, i64* %831, align 8
  %832 = load i64, i64* %lowEnd, align 8
  %833 = getelementptr i64, i64* %regs, i64 7
  store i64 %832, i64* %833, align 8
  %834 = load i64, i64* %highEnd, align 8
  %835 = getelementptr i64, i64* %regs, i64 8
  store i64 %834, i64* %835, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok112:                                            ; preds = %ok110
  store i64 %827, i64* %822, align 8
  %836 = load i64, i64* %highEnd, align 8
  %837 = call i64 @llvm.umax.i64(i64 %836, i64 %827)
  store i64 %837, i64* %highEnd, align 8
  %838 = trunc i64 %826 to i32
  store i32 %838, i32* %obj.3, align 4
  %839 = load i32, i32* %obj.3, align 4
  %840 = load i64, i64* %c.3, align 8
  %841 = zext i32 %839 to i64
  %842 = add i64 %841, 8
  %843 = icmp uge i64 %841, %scratch_start
  %844 = load i64, i64* %highEnd, align 8
  %845 = icmp ule i64 %842, %844
  %846 = and i1 %843, %845
  br i1 %846, label %write.ok115, label %write.low113

trap15.site18:                                    ; preds = %ok110
  %847 = load i64, i64* %lowStart, align 8
  %848 = getelementptr i64, i64* %regs, i64 6
  store i64 %847, i64* %848, align 8
  %849 = load i64, i64* %lowEnd, align 8
  %850 = getelementptr i64, i64* %regs, i64 7
  store i64 %849, i64* %850, align 8
  %851 = load i64, i64* %highEnd, align 8
  %852 = getelementptr i64, i64* %regs, i64 8
  store i64 %851, i64* %852, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

write.low113:                                     ; preds = %ok112
  %853 = load i64, i64* %lowStart, align 8
  %854 = icmp uge i64 %841, %853
  %855 = load i64, i64* %lowEnd, align 8
  %856 = icmp ule i64 %842, %855
  %857 = and i1 %854, %856
  br i1 %857, label %write.ok115, label %write.slow114

write.slow114:                                    ; preds = %write.low113
  %858 = icmp ugt i64 %842, %arena_size
  br i1 %858, label %trap17.site0, label %ok116

write.ok115:                                      ; preds = %ok116, %write.low113, %ok112
  %859 = getelementptr i8, i8* %mem, i64 %841
  store i64 %840, i64* %unaligned117, align 8
  %860 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %859, i8* %860, i64 8, i1 false)
  %861 = load i32, i32* %obj.3, align 4
  %862 = load i32, i32* %c.4, align 4
  %863 = zext i32 %861 to i64
  %864 = add i64 %863, 8
  %865 = add i64 %864, 4
  %866 = icmp uge i64 %864, %scratch_start
  %867 = load i64, i64* %highEnd, align 8
  %868 = icmp ule i64 %865, %867
  %869 = and i1 %866, %868
  br i1 %869, label %write.ok120, label %write.low118

ok116:                                            ; preds = %write.slow114
  %870 = icmp ult i64 %841, %scratch_start
  %871 = load i64, i64* %lowStart, align 8
  %872 = call i64 @llvm.umin.i64(i64 %871, i64 %841)
  %873 = load i64, i64* %lowEnd, align 8
  %874 = load i64, i64* %highEnd, align 8
  %875 = add i64 %842, 64
  %876 = sub i64 %842, %872
  %877 = lshr i64 %876, 4
  %878 = add i64 %875, %877
  %879 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %878)
  %880 = call i64 @llvm.umax.i64(i64 %873, i64 %879)
  %881 = select i1 %870, i64 %880, i64 %873
  store i64 %881, i64* %lowEnd, align 8
  %882 = add i64 %842, 64
  %883 = sub i64 %842, %scratch_start
  %884 = lshr i64 %883, 4
  %885 = add i64 %882, %884
  %886 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %885)
  %887 = call i64 @llvm.umax.i64(i64 %874, i64 %886)
  %888 = select i1 %870, i64 %874, i64 %887
  store i64 %888, i64* %highEnd, align 8
  store i64 %872, i64* %lowStart, align 8
  br label %write.ok115

write.low118:                                     ; preds = %write.ok115
  %889 = load i64, i64* %lowStart, align 8
  %890 = icmp uge i64 %864, %889
  %891 = load i64, i64* %lowEnd, align 8
  %892 = icmp ule i64 %865, %891
  %893 = and i1 %890, %892
  br i1 %893, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %894 = icmp ugt i64 %865, %arena_size
  br i1 %894, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %write.ok115
  %895 = getelementptr i8, i8* %mem, i64 %864
  store i32 %862, i32* %unaligned122, align 4
  %896 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %895, i8* %896, i64 4, i1 false)
  %897 = load i32, i32* %obj.3, align 4
  store i32 %897, i32* %result109, align 4
  br label %e25

ok121:                                            ; preds = %write.slow119
  %898 = icmp ult i64 %864, %scratch_start
  %899 = load i64, i64* %lowStart, align 8
  %900 = call i64 @llvm.umin.i64(i64 %899, i64 %864)
  %901 = load i64, i64* %lowEnd, align 8
  %902 = load i64, i64* %highEnd, align 8
  %903 = add i64 %865, 64
  %904 = sub i64 %865, %900
  %905 = lshr i64 %904, 4
  %906 = add i64 %903, %905
  %907 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %906)
  %908 = call i64 @llvm.umax.i64(i64 %901, i64 %907)
  %909 = select i1 %898, i64 %908, i64 %901
  store i64 %909, i64* %lowEnd, align 8
  %910 = add i64 %865, 64
  %911 = sub i64 %865, %scratch_start
  %912 = lshr i64 %911, 4
  %913 = add i64 %910, %912
  %914 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %913)
  %915 = call i64 @llvm.umax.i64(i64 %902, i64 %914)
  %916 = select i1 %898, i64 %902, i64 %915
  store i64 %916, i64* %highEnd, align 8
  store i64 %900, i64* %lowStart, align 8
  br label %write.ok120

e29:                                              ; preds = %write.ok132
  %917 = load i32, i32* %result123, align 4
  %918 = icmp uge i32 %depth, 1000
  br i1 %918, label %trap15.site0, label %ok135

ok124:                                            ; preds = %e25
  store i64 %816, i64* %811, align 8
  %919 = load i64, i64* %highEnd, align 8
  %920 = call i64 @llvm.umax.i64(i64 %919, i64 %816)
  store i64 %920, i64* %highEnd, align 8
  %921 = trunc i64 %815 to i32
  store i32 %921, i32* %obj.4, align 4
  %922 = load i32, i32* %obj.4, align 4
  %923 = load i64, i64* %c.5, align 8
  %924 = zext i32 %922 to i64
  %925 = add i64 %924, 8
  %926 = icmp uge i64 %924, %scratch_start
  %927 = load i64, i64* %highEnd, align 8
  %928 = icmp ule i64 %925, %927
  %929 = and i1 %926, %928
  br i1 %929, label %write.ok127, label %write.low125

trap15.site19:                                    ; preds = %e25
  %930 = load i64, i64* %lowStart, align 8
  %931 = getelementptr i64, i64* %regs, i64 6
  store i64 %930, i64* %931, align 8
  %932 = load i64, i64* %lowEnd, align 8
  %933 = getelementptr i64, i64* %regs, i64 7
  store i64 %932, i64* %933, align 8
  %934 = load i64, i64* %highEnd, align 8
  %935 = getelementptr i64, i64* %regs, i64 8
  store i64 %934, i64* %935, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

write.low125:                                     ; preds = %ok124
  %936 = load i64, i64* %lowStart, align 8
  %937 = icmp uge i64 %924, %936
  %938 = load i64, i64* %lowEnd, align 8
  %939 = icmp ule i64 %925, %938
  %940 = and i1 %937, %939
  br i1 %940, label %write.ok127, label %write.slow126

write.slow126:                                    ; preds = %write.low125
  %941 = icmp ugt i64 %925, %arena_size
  br i1 %941, label %trap17.site0, label %ok128

write.ok127:                                      ; preds = %ok128, %write.low125, %ok124
  %942 = getelementptr i8, i8* %mem, i64 %924
  store i64 %923, i64* %unaligned129, align 8
  %943 = bitcast i64* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %942, i8* %943, i64 8, i1 false)
  %944 = load i32, i32* %obj.4, align 4
  %945 = load i32, i32* %c.6, align 4
  %946 = zext i32 %944 to i64
  %947 = add i64 %946, 8
  %948 = add i64 %947, 4
  %949 = icmp uge i64 %947, %scratch_start
  %950 = load i64, i64* %highEnd, align 8
  %951 = icmp ule i64 %948, %950
  %952 = and i1 %949, %951
  br i1 %952, label %write.ok132, label %write.low130

ok128:                                            ; preds = %write.slow126
  %953 = icmp ult i64 %924, %scratch_start
  %954 = load i64, i64* %lowStart, align 8
  %955 = call i64 @llvm.umin.i64(i64 %954, i64 %924)
  %956 = load i64, i64* %lowEnd, align 8
  %957 = load i64, i64* %highEnd, align 8
  %958 = add i64 %925, 64
  %959 = sub i64 %925, %955
  %960 = lshr i64 %959, 4
  %961 = add i64 %958, %960
  %962 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %961)
  %963 = call i64 @llvm.umax.i64(i64 %956, i64 %962)
  %964 = select i1 %953, i64 %963, i64 %956
  store i64 %964, i64* %lowEnd, align 8
  %965 = add i64 %925, 64
  %966 = sub i64 %925, %scratch_start
  %967 = lshr i64 %966, 4
  %968 = add i64 %965, %967
  %969 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %968)
  %970 = call i64 @llvm.umax.i64(i64 %957, i64 %969)
  %971 = select i1 %953, i64 %957, i64 %970
  store i64 %971, i64* %highEnd, align 8
  store i64 %955, i64* %lowStart, align 8
  br label %write.ok127

write.low130:                                     ; preds = %write.ok127
  %972 = load i64, i64* %lowStart, align 8
  %973 = icmp uge i64 %947, %972
  %974 = load i64, i64* %lowEnd, align 8
  %975 = icmp ule i64 %948, %974
  %976 = and i1 %973, %975
  br i1 %976, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %977 = icmp ugt i64 %948, %arena_size
  br i1 %977, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %write.ok127
  %978 = getelementptr i8, i8* %mem, i64 %947
  store i32 %945, i32* %unaligned134, align 4
  %979 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %978, i8* %979, i64 4, i1 false)
  %980 = load i32, i32* %obj.4, align 4
  store i32 %980, i32* %result123, align 4
  br label %e29

ok133:                                            ; preds = %write.slow131
  %981 = icmp ult i64 %947, %scratch_start
  %982 = load i64, i64* %lowStart, align 8
  %983 = call i64 @llvm.umin.i64(i64 %982, i64 %947)
  %984 = load i64, i64* %lowEnd, align 8
  %985 = load i64, i64* %highEnd, align 8
  %986 = add i64 %948, 64
  %987 = sub i64 %948, %983
  %988 = lshr i64 %987, 4
  %989 = add i64 %986, %988
  %990 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %989)
  %991 = call i64 @llvm.umax.i64(i64 %984, i64 %990)
  %992 = select i1 %981, i64 %991, i64 %984
  store i64 %992, i64* %lowEnd, align 8
  %993 = add i64 %948, 64
  %994 = sub i64 %948, %scratch_start
  %995 = lshr i64 %994, 4
  %996 = add i64 %993, %995
  %997 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %996)
  %998 = call i64 @llvm.umax.i64(i64 %985, i64 %997)
  %999 = select i1 %981, i64 %985, i64 %998
  store i64 %999, i64* %highEnd, align 8
  store i64 %983, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %e29
  %1000 = icmp ult i64 %10, %stack_limit
  br i1 %1000, label %trap253.site0, label %stack_ok136

trap15.site0:                                     ; preds = %e0, %ok157, %e29
  %1001 = load i64, i64* %lowStart, align 8
  %1002 = getelementptr i64, i64* %regs, i64 6
  store i64 %1001, i64* %1002, align 8
  %1003 = load i64, i64* %lowEnd, align 8
  %1004 = getelementptr i64, i64* %regs, i64 7
  store i64 %1003, i64* %1004, align 8
  %1005 = load i64, i64* %highEnd, align 8
  %1006 = getelementptr i64, i64* %regs, i64 8
  store i64 %1005, i64* %1006, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok136:                                      ; preds = %ok135
  %1007 = load i64, i64* %fuel, align 8
  %1008 = getelementptr i64, i64* %regs, i64 0
  store i64 %1007, i64* %1008, align 8
  %1009 = load i64, i64* %lowStart, align 8
  %1010 = getelementptr i64, i64* %regs, i64 6
  store i64 %1009, i64* %1010, align 8
  %1011 = load i64, i64* %lowEnd, align 8
  %1012 = getelementptr i64, i64* %regs, i64 7
  store i64 %1011, i64* %1012, align 8
  %1013 = load i64, i64* %highEnd, align 8
  %1014 = getelementptr i64, i64* %regs, i64 8
  store i64 %1013, i64* %1014, align 8
  %1015 = add i32 %depth, 1
  %1016 = call i32 @m0.eq._Int__String_(i64* %regs, i8* %mem, i32 %1015, i32 %810, i32 %917)
  %1017 = getelementptr i64, i64* %regs, i64 0
  %1018 = load i64, i64* %1017, align 8
  store i64 %1018, i64* %fuel, align 8
  %1019 = getelementptr i64, i64* %regs, i64 6
  %1020 = load i64, i64* %1019, align 8
  store i64 %1020, i64* %lowStart, align 8
  %1021 = getelementptr i64, i64* %regs, i64 7
  %1022 = load i64, i64* %1021, align 8
  store i64 %1022, i64* %lowEnd, align 8
  %1023 = getelementptr i64, i64* %regs, i64 8
  %1024 = load i64, i64* %1023, align 8
  store i64 %1024, i64* %highEnd, align 8
  store i32 %1016, i32* %same, align 4
  %1025 = load i32, i32* %dict, align 4
  %1026 = load i32, i32* %same, align 4
  %1027 = zext i32 %1025 to i64
  %1028 = add i64 %1027, 20
  %1029 = add i64 %1028, 1
  %1030 = icmp uge i64 %1028, %scratch_start
  %1031 = load i64, i64* %highEnd, align 8
  %1032 = icmp ule i64 %1029, %1031
  %1033 = and i1 %1030, %1032
  br i1 %1033, label %write.ok139, label %write.low137

write.low137:                                     ; preds = %stack_ok136
  %1034 = load i64, i64* %lowStart, align 8
  %1035 = icmp uge i64 %1028, %1034
  %1036 = load i64, i64* %lowEnd, align 8
  %1037 = icmp ule i64 %1029, %1036
  %1038 = and i1 %1035, %1037
  br i1 %1038, label %write.ok139, label %write.slow138

write.slow138:                                    ; preds = %write.low137
  %1039 = icmp ugt i64 %1029, %arena_size
  br i1 %1039, label %trap17.site0, label %ok140

write.ok139:                                      ; preds = %ok140, %write.low137, %stack_ok136
  %1040 = getelementptr i8, i8* %mem, i64 %1028
  %1041 = trunc i32 %1026 to i8
  store i8 %1041, i8* %1040, align 1
  %1042 = load i32, i32* %flags, align 4
  store i32 %1042, i32* %xs.2, align 4
  store i64 2, i64* %c.7, align 8
  store i32 0, i32* %c.8, align 4
  %1043 = getelementptr i64, i64* %regs, i64 1
  %1044 = getelementptr i64, i64* %regs, i64 2
  %1045 = load i64, i64* %1043, align 8
  %1046 = add i64 %1045, 7
  %1047 = and i64 %1046, -8
  %1048 = add i64 %1047, 16
  %1049 = load i64, i64* %1044, align 8
  %1050 = icmp ugt i64 %1048, %1049
  br i1 %1050, label %trap15.site21, label %ok143

ok140:                                            ; preds = %write.slow138
  %1051 = icmp ult i64 %1028, %scratch_start
  %1052 = load i64, i64* %lowStart, align 8
  %1053 = call i64 @llvm.umin.i64(i64 %1052, i64 %1028)
  %1054 = load i64, i64* %lowEnd, align 8
  %1055 = load i64, i64* %highEnd, align 8
  %1056 = add i64 %1029, 64
  %1057 = sub i64 %1029, %1053
  %1058 = lshr i64 %1057, 4
  %1059 = add i64 %1056, %1058
  %1060 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1059)
  %1061 = call i64 @llvm.umax.i64(i64 %1054, i64 %1060)
  %1062 = select i1 %1051, i64 %1061, i64 %1054
  store i64 %1062, i64* %lowEnd, align 8
  %1063 = add i64 %1029, 64
  %1064 = sub i64 %1029, %scratch_start
  %1065 = lshr i64 %1064, 4
  %1066 = add i64 %1063, %1065
  %1067 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1066)
  %1068 = call i64 @llvm.umax.i64(i64 %1055, i64 %1067)
  %1069 = select i1 %1051, i64 %1055, i64 %1068
  store i64 %1069, i64* %highEnd, align 8
  store i64 %1053, i64* %lowStart, align 8
  br label %write.ok139

e32:                                              ; preds = %block37
  %1070 = load i32, i32* %result141, align 4
  store i32 %1070, i32* %found.1, align 4
  %1071 = load i32, i32* %dict, align 4
  %1072 = load i32, i32* %found.1, align 4
  %1073 = zext i32 %1071 to i64
  %1074 = add i64 %1073, 21
  %1075 = add i64 %1074, 1
  %1076 = icmp uge i64 %1074, %scratch_start
  %1077 = load i64, i64* %highEnd, align 8
  %1078 = icmp ule i64 %1075, %1077
  %1079 = and i1 %1076, %1078
  br i1 %1079, label %write.ok168, label %write.low166

e34:                                              ; preds = %write.ok151
  %1080 = load i32, i32* %result142, align 4
  store i32 %1080, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %1081 = load i32, i32* %xs.2, align 4
  %1082 = zext i32 %1081 to i64
  %1083 = add i64 %1082, 4
  %1084 = icmp ugt i64 %1083, %arena_size
  br i1 %1084, label %trap17.site0, label %ok153

ok143:                                            ; preds = %write.ok139
  store i64 %1048, i64* %1043, align 8
  %1085 = load i64, i64* %highEnd, align 8
  %1086 = call i64 @llvm.umax.i64(i64 %1085, i64 %1048)
  store i64 %1086, i64* %highEnd, align 8
  %1087 = trunc i64 %1047 to i32
  store i32 %1087, i32* %obj.5, align 4
  %1088 = load i32, i32* %obj.5, align 4
  %1089 = load i64, i64* %c.7, align 8
  %1090 = zext i32 %1088 to i64
  %1091 = add i64 %1090, 8
  %1092 = icmp uge i64 %1090, %scratch_start
  %1093 = load i64, i64* %highEnd, align 8
  %1094 = icmp ule i64 %1091, %1093
  %1095 = and i1 %1092, %1094
  br i1 %1095, label %write.ok146, label %write.low144

trap15.site21:                                    ; preds = %write.ok139
  %1096 = load i64, i64* %lowStart, align 8
  %1097 = getelementptr i64, i64* %regs, i64 6
  store i64 %1096, i64* %1097, align 8
  %1098 = load i64, i64* %lowEnd, align 8
  %1099 = getelementptr i64, i64* %regs, i64 7
  store i64 %1098, i64* %1099, align 8
  %1100 = load i64, i64* %highEnd, align 8
  %1101 = getelementptr i64, i64* %regs, i64 8
  store i64 %1100, i64* %1101, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

write.low144:                                     ; preds = %ok143
  %1102 = load i64, i64* %lowStart, align 8
  %1103 = icmp uge i64 %1090, %1102
  %1104 = load i64, i64* %lowEnd, align 8
  %1105 = icmp ule i64 %1091, %1104
  %1106 = and i1 %1103, %1105
  br i1 %1106, label %write.ok146, label %write.slow145

write.slow145:                                    ; preds = %write.low144
  %1107 = icmp ugt i64 %1091, %arena_size
  br i1 %1107, label %trap17.site0, label %ok147

write.ok146:                                      ; preds = %ok147, %write.low144, %ok143
  %1108 = getelementptr i8, i8* %mem, i64 %1090
  store i64 %1089, i64* %unaligned148, align 8
  %1109 = bitcast i64* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1108, i8* %1109, i64 8, i1 false)
  %1110 = load i32, i32* %obj.5, align 4
  %1111 = load i32, i32* %c.8, align 4
  %1112 = zext i32 %1110 to i64
  %1113 = add i64 %1112, 8
  %1114 = add i64 %1113, 1
  %1115 = icmp uge i64 %1113, %scratch_start
  %1116 = load i64, i64* %highEnd, align 8
  %1117 = icmp ule i64 %1114, %1116
  %1118 = and i1 %1115, %1117
  br i1 %1118, label %write.ok151, label %write.low149

ok147:                                            ; preds = %write.slow145
  %1119 = icmp ult i64 %1090, %scratch_start
  %1120 = load i64, i64* %lowStart, align 8
  %1121 = call i64 @llvm.umin.i64(i64 %1120, i64 %1090)
  %1122 = load i64, i64* %lowEnd, align 8
  %1123 = load i64, i64* %highEnd, align 8
  %1124 = add i64 %1091, 64
  %1125 = sub i64 %1091, %1121
  %1126 = lshr i64 %1125, 4
  %1127 = add i64 %1124, %1126
  %1128 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1127)
  %1129 = call i64 @llvm.umax.i64(i64 %1122, i64 %1128)
  %1130 = select i1 %1119, i64 %1129, i64 %1122
  store i64 %1130, i64* %lowEnd, align 8
  %1131 = add i64 %1091, 64
  %1132 = sub i64 %1091, %scratch_start
  %1133 = lshr i64 %1132, 4
  %1134 = add i64 %1131, %1133
  %1135 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1134)
  %1136 = call i64 @llvm.umax.i64(i64 %1123, i64 %1135)
  %1137 = select i1 %1119, i64 %1123, i64 %1136
  store i64 %1137, i64* %highEnd, align 8
  store i64 %1121, i64* %lowStart, align 8
  br label %write.ok146

write.low149:                                     ; preds = %write.ok146
  %1138 = load i64, i64* %lowStart, align 8
  %1139 = icmp uge i64 %1113, %1138
  %1140 = load i64, i64* %lowEnd, align 8
  %1141 = icmp ule i64 %1114, %1140
  %1142 = and i1 %1139, %1141
  br i1 %1142, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %1143 = icmp ugt i64 %1114, %arena_size
  br i1 %1143, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %write.ok146
  %1144 = getelementptr i8, i8* %mem, i64 %1113
  %1145 = trunc i32 %1111 to i8
  store i8 %1145, i8* %1144, align 1
  %1146 = load i32, i32* %obj.5, align 4
  store i32 %1146, i32* %result142, align 4
  br label %e34

ok152:                                            ; preds = %write.slow150
  %1147 = icmp ult i64 %1113, %scratch_start
  %1148 = load i64, i64* %lowStart, align 8
  %1149 = call i64 @llvm.umin.i64(i64 %1148, i64 %1113)
  %1150 = load i64, i64* %lowEnd, align 8
  %1151 = load i64, i64* %highEnd, align 8
  %1152 = add i64 %1114, 64
  %1153 = sub i64 %1114, %1149
  %1154 = lshr i64 %1153, 4
  %1155 = add i64 %1152, %1154
  %1156 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1155)
  %1157 = call i64 @llvm.umax.i64(i64 %1150, i64 %1156)
  %1158 = select i1 %1147, i64 %1157, i64 %1150
  store i64 %1158, i64* %lowEnd, align 8
  %1159 = add i64 %1114, 64
  %1160 = sub i64 %1114, %scratch_start
  %1161 = lshr i64 %1160, 4
  %1162 = add i64 %1159, %1161
  %1163 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1162)
  %1164 = call i64 @llvm.umax.i64(i64 %1151, i64 %1163)
  %1165 = select i1 %1147, i64 %1151, i64 %1164
  store i64 %1165, i64* %highEnd, align 8
  store i64 %1149, i64* %lowStart, align 8
  br label %write.ok151

ok153:                                            ; preds = %e34
  %1166 = getelementptr i8, i8* %mem, i64 %1082
  %1167 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1167, i8* %1166, i64 4, i1 false)
  %1168 = load i32, i32* %unaligned154, align 4
  store i32 %1168, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each38

block37:                                          ; preds = %dead165, %then161, %ok155
  %1169 = load i32, i32* %found, align 4
  store i32 %1169, i32* %result141, align 4
  br label %e32

each38:                                           ; preds = %join163, %ok153
  %1170 = load i64, i64* %fuel, align 8
  %1171 = icmp ult i64 %1170, 1
  br i1 %1171, label %trap14.site0, label %ok155

ok155:                                            ; preds = %each38
  %1172 = sub i64 %1170, 1
  store i64 %1172, i64* %fuel, align 8
  %1173 = load i32, i32* %k.2, align 4
  %1174 = load i32, i32* %n.2, align 4
  %1175 = icmp uge i32 %1173, %1174
  %1176 = zext i1 %1175 to i32
  %1177 = icmp ne i32 %1176, 0
  br i1 %1177, label %block37, label %cont156

cont156:                                          ; preds = %ok155
  %1178 = load i32, i32* %xs.2, align 4
  %1179 = load i32, i32* %k.2, align 4
  %1180 = mul i32 %1179, 4
  %1181 = add i32 %1178, %1180
  %1182 = zext i32 %1181 to i64
  %1183 = add i64 %1182, 4
  %1184 = add i64 %1183, 4
  %1185 = icmp ugt i64 %1184, %arena_size
  br i1 %1185, label %trap17.site0, label %ok157

ok157:                                            ; preds = %cont156
  %1186 = getelementptr i8, i8* %mem, i64 %1183
  %1187 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1187, i8* %1186, i64 4, i1 false)
  %1188 = load i32, i32* %unaligned158, align 4
  store i32 %1188, i32* %x.2, align 4
  %1189 = load i32, i32* %x.2, align 4
  store i32 %1189, i32* %x.3, align 4
  %1190 = load i32, i32* %x.3, align 4
  %1191 = load i32, i32* %needle, align 4
  %1192 = icmp uge i32 %depth, 1000
  br i1 %1192, label %trap15.site0, label %ok159

ok159:                                            ; preds = %ok157
  %1193 = icmp ult i64 %10, %stack_limit
  br i1 %1193, label %trap253.site0, label %stack_ok160

stack_ok160:                                      ; preds = %ok159
  %1194 = load i64, i64* %fuel, align 8
  %1195 = getelementptr i64, i64* %regs, i64 0
  store i64 %1194, i64* %1195, align 8
  %1196 = load i64, i64* %lowStart, align 8
  %1197 = getelementptr i64, i64* %regs, i64 6
  store i64 %1196, i64* %1197, align 8
  %1198 = load i64, i64* %lowEnd, align 8
  %1199 = getelementptr i64, i64* %regs, i64 7
  store i64 %1198, i64* %1199, align 8
  %1200 = load i64, i64* %highEnd, align 8
  %1201 = getelementptr i64, i64* %regs, i64 8
  store i64 %1200, i64* %1201, align 8
  %1202 = add i32 %depth, 1
  %1203 = call i32 @m0.eq._Int__Bool_(i64* %regs, i8* %mem, i32 %1202, i32 %1190, i32 %1191)
  %1204 = getelementptr i64, i64* %regs, i64 0
  %1205 = load i64, i64* %1204, align 8
  store i64 %1205, i64* %fuel, align 8
  %1206 = getelementptr i64, i64* %regs, i64 6
  %1207 = load i64, i64* %1206, align 8
  store i64 %1207, i64* %lowStart, align 8
  %1208 = getelementptr i64, i64* %regs, i64 7
  %1209 = load i64, i64* %1208, align 8
  store i64 %1209, i64* %lowEnd, align 8
  %1210 = getelementptr i64, i64* %regs, i64 8
  %1211 = load i64, i64* %1210, align 8
  store i64 %1211, i64* %highEnd, align 8
  %1212 = icmp ne i32 %1203, 0
  br i1 %1212, label %then161, label %else162

then161:                                          ; preds = %stack_ok160
  store i32 1, i32* %found, align 4
  br label %block37

else162:                                          ; preds = %stack_ok160
  br label %join163

join163:                                          ; preds = %else162, %dead164
  %1213 = load i32, i32* %k.2, align 4
  %1214 = add i32 %1213, 1
  store i32 %1214, i32* %k.2, align 4
  br label %each38

dead164:                                          ; No predecessors!
  br label %join163

dead165:                                          ; No predecessors!
  br label %block37

write.low166:                                     ; preds = %e32
  %1215 = load i64, i64* %lowStart, align 8
  %1216 = icmp uge i64 %1074, %1215
  %1217 = load i64, i64* %lowEnd, align 8
  %1218 = icmp ule i64 %1075, %1217
  %1219 = and i1 %1216, %1218
  br i1 %1219, label %write.ok168, label %write.slow167

write.slow167:                                    ; preds = %write.low166
  %1220 = icmp ugt i64 %1075, %arena_size
  br i1 %1220, label %trap17.site0, label %ok169

write.ok168:                                      ; preds = %ok169, %write.low166, %e32
  %1221 = getelementptr i8, i8* %mem, i64 %1074
  %1222 = trunc i32 %1072 to i8
  store i8 %1222, i8* %1221, align 1
  %1223 = load i32, i32* %pair, align 4
  %1224 = zext i32 %1223 to i64
  %1225 = add i64 %1224, 8
  %1226 = icmp ugt i64 %1225, %arena_size
  br i1 %1226, label %trap17.site22, label %ok172

ok169:                                            ; preds = %write.slow167
  %1227 = icmp ult i64 %1074, %scratch_start
  %1228 = load i64, i64* %lowStart, align 8
  %1229 = call i64 @llvm.umin.i64(i64 %1228, i64 %1074)
  %1230 = load i64, i64* %lowEnd, align 8
  %1231 = load i64, i64* %highEnd, align 8
  %1232 = add i64 %1075, 64
  %1233 = sub i64 %1075, %1229
  %1234 = lshr i64 %1233, 4
  %1235 = add i64 %1232, %1234
  %1236 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1235)
  %1237 = call i64 @llvm.umax.i64(i64 %1230, i64 %1236)
  %1238 = select i1 %1227, i64 %1237, i64 %1230
  store i64 %1238, i64* %lowEnd, align 8
  %1239 = add i64 %1075, 64
  %1240 = sub i64 %1075, %scratch_start
  %1241 = lshr i64 %1240, 4
  %1242 = add i64 %1239, %1241
  %1243 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1242)
  %1244 = call i64 @llvm.umax.i64(i64 %1231, i64 %1243)
  %1245 = select i1 %1227, i64 %1231, i64 %1244
  store i64 %1245, i64* %highEnd, align 8
  store i64 %1229, i64* %lowStart, align 8
  br label %write.ok168

e39:                                              ; preds = %write.ok214
  %1246 = load i32, i32* %result170, align 4
  store i32 %1246, i32* %nested, align 4
  %1247 = load i32, i32* %dict, align 4
  %1248 = load i32, i32* %nested, align 4
  %1249 = zext i32 %1247 to i64
  %1250 = add i64 %1249, 24
  %1251 = add i64 %1250, 4
  %1252 = icmp uge i64 %1250, %scratch_start
  %1253 = load i64, i64* %highEnd, align 8
  %1254 = icmp ule i64 %1251, %1253
  %1255 = and i1 %1252, %1254
  br i1 %1255, label %write.ok219, label %write.low217

e40:                                              ; preds = %write.ok184
  %1256 = load i32, i32* %result171, align 4
  store i32 %1256, i32* %c.11, align 4
  %1257 = load i32, i32* %pair, align 4
  %1258 = zext i32 %1257 to i64
  %1259 = add i64 %1258, 8
  %1260 = icmp ugt i64 %1259, %arena_size
  br i1 %1260, label %trap17.site27, label %ok188

ok172:                                            ; preds = %write.ok168
  %1261 = getelementptr i8, i8* %mem, i64 %1224
  %1262 = bitcast i64* %unaligned173 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1262, i8* %1261, i64 8, i1 false)
  %1263 = load i64, i64* %unaligned173, align 8
  store i64 %1263, i64* %c.9, align 8
  %1264 = load i32, i32* %pair, align 4
  %1265 = zext i32 %1264 to i64
  %1266 = add i64 %1265, 8
  %1267 = add i64 %1266, 4
  %1268 = icmp ugt i64 %1267, %arena_size
  br i1 %1268, label %trap17.site23, label %ok174

trap17.site22:                                    ; preds = %write.ok168
  %1269 = load i64, i64* %lowStart, align 8
  %1270 = getelementptr i64, i64* %regs, i64 6
  store i64 %1269, i64* %1270, align 8
  %1271 = load i64, i64* %lowEnd, align 8
  %1272 = getelementptr i64, i64* %regs, i64 7
  store i64 %1271, i64* %1272, align 8
  %1273 = load i64, i64* %highEnd, align 8
  %1274 = getelementptr i64, i64* %regs, i64 8
  store i64 %1273, i64* %1274, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok174:                                            ; preds = %ok172
  %1275 = getelementptr i8, i8* %mem, i64 %1266
  %1276 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1276, i8* %1275, i64 4, i1 false)
  %1277 = load i32, i32* %unaligned175, align 4
  store i32 %1277, i32* %c.10, align 4
  %1278 = getelementptr i64, i64* %regs, i64 1
  %1279 = getelementptr i64, i64* %regs, i64 2
  %1280 = load i64, i64* %1278, align 8
  %1281 = add i64 %1280, 7
  %1282 = and i64 %1281, -8
  %1283 = add i64 %1282, 16
  %1284 = load i64, i64* %1279, align 8
  %1285 = icmp ugt i64 %1283, %1284
  br i1 %1285, label %trap15.site24, label %ok176

trap17.site23:                                    ; preds = %ok172
  %1286 = load i64, i64* %lowStart, align 8
  %1287 = getelementptr i64, i64* %regs, i64 6
  store i64 %1286, i64* %1287, align 8
  %1288 = load i64, i64* %lowEnd, align 8
  %1289 = getelementptr i64, i64* %regs, i64 7
  store i64 %1288, i64* %1289, align 8
  %1290 = load i64, i64* %highEnd, align 8
  %1291 = getelementptr i64, i64* %regs, i64 8
  store i64 %1290, i64* %1291, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

ok176:                                            ; preds = %ok174
  store i64 %1283, i64* %1278, align 8
  %1292 = load i64, i64* %highEnd, align 8
  %1293 = call i64 @llvm.umax.i64(i64 %1292, i64 %1283)
  store i64 %1293, i64* %highEnd, align 8
  %1294 = trunc i64 %1282 to i32
  store i32 %1294, i32* %obj.6, align 4
  %1295 = load i32, i32* %obj.6, align 4
  %1296 = load i64, i64* %c.9, align 8
  %1297 = zext i32 %1295 to i64
  %1298 = add i64 %1297, 8
  %1299 = icmp uge i64 %1297, %scratch_start
  %1300 = load i64, i64* %highEnd, align 8
  %1301 = icmp ule i64 %1298, %1300
  %1302 = and i1 %1299, %1301
  br i1 %1302, label %write.ok179, label %write.low177

trap15.site24:                                    ; preds = %ok174
  %1303 = load i64, i64* %lowStart, align 8
  %1304 = getelementptr i64, i64* %regs, i64 6
  store i64 %1303, i64* %1304, align 8
  %1305 = load i64, i64* %lowEnd, align 8
  %1306 = getelementptr i64, i64* %regs, i64 7
  store i64 %1305, i64* %1306, align 8
  %1307 = load i64, i64* %highEnd, align 8
  %1308 = getelementptr i64, i64* %regs, i64 8
  store i64 %1307, i64* %1308, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

write.low177:                                     ; preds = %ok176
  %1309 = load i64, i64* %lowStart, align 8
  %1310 = icmp uge i64 %1297, %1309
  %1311 = load i64, i64* %lowEnd, align 8
  %1312 = icmp ule i64 %1298, %1311
  %1313 = and i1 %1310, %1312
  br i1 %1313, label %write.ok179, label %write.slow178

write.slow178:                                    ; preds = %write.low177
  %1314 = icmp ugt i64 %1298, %arena_size
  br i1 %1314, label %trap17.site0, label %ok180

write.ok179:                                      ; preds = %ok180, %write.low177, %ok176
  %1315 = getelementptr i8, i8* %mem, i64 %1297
  store i64 %1296, i64* %unaligned181, align 8
  %1316 = bitcast i64* %unaligned181 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1315, i8* %1316, i64 8, i1 false)
  %1317 = load i32, i32* %obj.6, align 4
  %1318 = load i32, i32* %c.10, align 4
  %1319 = zext i32 %1317 to i64
  %1320 = add i64 %1319, 8
  %1321 = add i64 %1320, 4
  %1322 = icmp uge i64 %1320, %scratch_start
  %1323 = load i64, i64* %highEnd, align 8
  %1324 = icmp ule i64 %1321, %1323
  %1325 = and i1 %1322, %1324
  br i1 %1325, label %write.ok184, label %write.low182

ok180:                                            ; preds = %write.slow178
  %1326 = icmp ult i64 %1297, %scratch_start
  %1327 = load i64, i64* %lowStart, align 8
  %1328 = call i64 @llvm.umin.i64(i64 %1327, i64 %1297)
  %1329 = load i64, i64* %lowEnd, align 8
  %1330 = load i64, i64* %highEnd, align 8
  %1331 = add i64 %1298, 64
  %1332 = sub i64 %1298, %1328
  %1333 = lshr i64 %1332, 4
  %1334 = add i64 %1331, %1333
  %1335 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1334)
  %1336 = call i64 @llvm.umax.i64(i64 %1329, i64 %1335)
  %1337 = select i1 %1326, i64 %1336, i64 %1329
  store i64 %1337, i64* %lowEnd, align 8
  %1338 = add i64 %1298, 64
  %1339 = sub i64 %1298, %scratch_start
  %1340 = lshr i64 %1339, 4
  %1341 = add i64 %1338, %1340
  %1342 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1341)
  %1343 = call i64 @llvm.umax.i64(i64 %1330, i64 %1342)
  %1344 = select i1 %1326, i64 %1330, i64 %1343
  store i64 %1344, i64* %highEnd, align 8
  store i64 %1328, i64* %lowStart, align 8
  br label %write.ok179

write.low182:                                     ; preds = %write.ok179
  %1345 = load i64, i64* %lowStart, align 8
  %1346 = icmp uge i64 %1320, %1345
  %1347 = load i64, i64* %lowEnd, align 8
  %1348 = icmp ule i64 %1321, %1347
  %1349 = and i1 %1346, %1348
  br i1 %1349, label %write.ok184, label %write.slow183

write.slow183:                                    ; preds = %write.low182
  %1350 = icmp ugt i64 %1321, %arena_size
  br i1 %1350, label %trap17.site0, label %ok185

write.ok184:                                      ; preds = %ok185, %write.low182, %write.ok179
  %1351 = getelementptr i8, i8* %mem, i64 %1320
  store i32 %1318, i32* %unaligned186, align 4
  %1352 = bitcast i32* %unaligned186 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1351, i8* %1352, i64 4, i1 false)
  %1353 = load i32, i32* %obj.6, align 4
  store i32 %1353, i32* %result171, align 4
  br label %e40

ok185:                                            ; preds = %write.slow183
  %1354 = icmp ult i64 %1320, %scratch_start
  %1355 = load i64, i64* %lowStart, align 8
  %1356 = call i64 @llvm.umin.i64(i64 %1355, i64 %1320)
  %1357 = load i64, i64* %lowEnd, align 8
  %1358 = load i64, i64* %highEnd, align 8
  %1359 = add i64 %1321, 64
  %1360 = sub i64 %1321, %1356
  %1361 = lshr i64 %1360, 4
  %1362 = add i64 %1359, %1361
  %1363 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1362)
  %1364 = call i64 @llvm.umax.i64(i64 %1357, i64 %1363)
  %1365 = select i1 %1354, i64 %1364, i64 %1357
  store i64 %1365, i64* %lowEnd, align 8
  %1366 = add i64 %1321, 64
  %1367 = sub i64 %1321, %scratch_start
  %1368 = lshr i64 %1367, 4
  %1369 = add i64 %1366, %1368
  %1370 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1369)
  %1371 = call i64 @llvm.umax.i64(i64 %1358, i64 %1370)
  %1372 = select i1 %1354, i64 %1358, i64 %1371
  store i64 %1372, i64* %highEnd, align 8
  store i64 %1356, i64* %lowStart, align 8
  br label %write.ok184

e45:                                              ; preds = %write.ok203
  %1373 = load i32, i32* %result187, align 4
  store i32 %1373, i32* %c.12, align 4
  %1374 = getelementptr i64, i64* %regs, i64 1
  %1375 = getelementptr i64, i64* %regs, i64 2
  %1376 = load i64, i64* %1374, align 8
  %1377 = add i64 %1376, 3
  %1378 = and i64 %1377, -4
  %1379 = add i64 %1378, 8
  %1380 = load i64, i64* %1375, align 8
  %1381 = icmp ugt i64 %1379, %1380
  br i1 %1381, label %trap15.site28, label %ok206

ok188:                                            ; preds = %e40
  %1382 = getelementptr i8, i8* %mem, i64 %1258
  %1383 = bitcast i64* %unaligned189 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1383, i8* %1382, i64 8, i1 false)
  %1384 = load i64, i64* %unaligned189, align 8
  %1385 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %1384, i64 2)
  %1386 = extractvalue { i64, i1 } %1385, 1
  br i1 %1386, label %trap2.site26, label %ok190

trap17.site27:                                    ; preds = %e40
  %1387 = load i64, i64* %lowStart, align 8
  %1388 = getelementptr i64, i64* %regs, i64 6
  store i64 %1387, i64* %1388, align 8
  %1389 = load i64, i64* %lowEnd, align 8
  %1390 = getelementptr i64, i64* %regs, i64 7
  store i64 %1389, i64* %1390, align 8
  %1391 = load i64, i64* %highEnd, align 8
  %1392 = getelementptr i64, i64* %regs, i64 8
  store i64 %1391, i64* %1392, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 27)
  unreachable

ok190:                                            ; preds = %ok188
  %1393 = extractvalue { i64, i1 } %1385, 0
  store i64 %1393, i64* %item, align 8
  store i64 16, i64* %size.2, align 8
  %1394 = load i64, i64* %size.2, align 8
  %1395 = icmp ugt i64 %1394, 2147483647
  %1396 = zext i1 %1395 to i32
  %1397 = icmp ne i32 %1396, 0
  br i1 %1397, label %then191, label %else192

trap2.site26:                                     ; preds = %ok188
  %1398 = load i64, i64* %lowStart, align 8
  %1399 = getelementptr i64, i64* %regs, i64 6
  store i64 %1398, i64* %1399, align 8
  %1400 = load i64, i64* %lowEnd, align 8
  %1401 = getelementptr i64, i64* %regs, i64 7
  store i64 %1400, i64* %1401, align 8
  %1402 = load i64, i64* %highEnd, align 8
  %1403 = getelementptr i64, i64* %regs, i64 8
  store i64 %1402, i64* %1403, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

then191:                                          ; preds = %ok190
  br label %trap15.site25

else192:                                          ; preds = %ok190
  br label %join193

join193:                                          ; preds = %else192, %dead194
  %1404 = load i64, i64* %size.2, align 8
  %1405 = trunc i64 %1404 to i32
  %1406 = zext i32 %1405 to i64
  %1407 = getelementptr i64, i64* %regs, i64 1
  %1408 = getelementptr i64, i64* %regs, i64 2
  %1409 = load i64, i64* %1407, align 8
  %1410 = add i64 %1409, 7
  %1411 = and i64 %1410, -8
  %1412 = add i64 %1411, %1406
  %1413 = load i64, i64* %1408, align 8
  %1414 = icmp ugt i64 %1412, %1413
  br i1 %1414, label %trap15.site25, label %ok195

trap15.site25:                                    ; preds = %join193, %then191
  %1415 = load i64, i64* %lowStart, align 8
  %1416 = getelementptr i64, i64* %regs, i64 6
  store i64 %1415, i64* %1416, align 8
  %1417 = load i64, i64* %lowEnd, align 8
  %1418 = getelementptr i64, i64* %regs, i64 7
  store i64 %1417, i64* %1418, align 8
  %1419 = load i64, i64* %highEnd, align 8
  %1420 = getelementptr i64, i64* %regs, i64 8
  store i64 %1419, i64* %1420, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

dead194:                                          ; No predecessors!
  br label %join193

ok195:                                            ; preds = %join193
  store i64 %1412, i64* %1407, align 8
  %1421 = load i64, i64* %highEnd, align 8
  %1422 = call i64 @llvm.umax.i64(i64 %1421, i64 %1412)
  store i64 %1422, i64* %highEnd, align 8
  %1423 = trunc i64 %1411 to i32
  store i32 %1423, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %1424 = load i32, i32* %list.2, align 4
  %1425 = add i32 %1424, 8
  %1426 = load i32, i32* %len.2, align 4
  %1427 = mul i32 %1426, 8
  %1428 = add i32 %1425, %1427
  %1429 = load i64, i64* %item, align 8
  %1430 = zext i32 %1428 to i64
  %1431 = add i64 %1430, 8
  %1432 = icmp uge i64 %1430, %scratch_start
  %1433 = load i64, i64* %highEnd, align 8
  %1434 = icmp ule i64 %1431, %1433
  %1435 = and i1 %1432, %1434
  br i1 %1435, label %write.ok198, label %write.low196

write.low196:                                     ; preds = %ok195
  %1436 = load i64, i64* %lowStart, align 8
  %1437 = icmp uge i64 %1430, %1436
  %1438 = load i64, i64* %lowEnd, align 8
  %1439 = icmp ule i64 %1431, %1438
  %1440 = and i1 %1437, %1439
  br i1 %1440, label %write.ok198, label %write.slow197

write.slow197:                                    ; preds = %write.low196
  %1441 = icmp ugt i64 %1431, %arena_size
  br i1 %1441, label %trap17.site0, label %ok199

write.ok198:                                      ; preds = %ok199, %write.low196, %ok195
  %1442 = getelementptr i8, i8* %mem, i64 %1430
  store i64 %1429, i64* %unaligned200, align 8
  %1443 = bitcast i64* %unaligned200 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1442, i8* %1443, i64 8, i1 false)
  %1444 = load i32, i32* %len.2, align 4
  %1445 = add i32 %1444, 1
  store i32 %1445, i32* %len.2, align 4
  %1446 = load i32, i32* %list.2, align 4
  %1447 = load i32, i32* %len.2, align 4
  %1448 = zext i32 %1446 to i64
  %1449 = add i64 %1448, 4
  %1450 = icmp uge i64 %1448, %scratch_start
  %1451 = load i64, i64* %highEnd, align 8
  %1452 = icmp ule i64 %1449, %1451
  %1453 = and i1 %1450, %1452
  br i1 %1453, label %write.ok203, label %write.low201

ok199:                                            ; preds = %write.slow197
  %1454 = icmp ult i64 %1430, %scratch_start
  %1455 = load i64, i64* %lowStart, align 8
  %1456 = call i64 @llvm.umin.i64(i64 %1455, i64 %1430)
  %1457 = load i64, i64* %lowEnd, align 8
  %1458 = load i64, i64* %highEnd, align 8
  %1459 = add i64 %1431, 64
  %1460 = sub i64 %1431, %1456
  %1461 = lshr i64 %1460, 4
  %1462 = add i64 %1459, %1461
  %1463 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1462)
  %1464 = call i64 @llvm.umax.i64(i64 %1457, i64 %1463)
  %1465 = select i1 %1454, i64 %1464, i64 %1457
  store i64 %1465, i64* %lowEnd, align 8
  %1466 = add i64 %1431, 64
  %1467 = sub i64 %1431, %scratch_start
  %1468 = lshr i64 %1467, 4
  %1469 = add i64 %1466, %1468
  %1470 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1469)
  %1471 = call i64 @llvm.umax.i64(i64 %1458, i64 %1470)
  %1472 = select i1 %1454, i64 %1458, i64 %1471
  store i64 %1472, i64* %highEnd, align 8
  store i64 %1456, i64* %lowStart, align 8
  br label %write.ok198

write.low201:                                     ; preds = %write.ok198
  %1473 = load i64, i64* %lowStart, align 8
  %1474 = icmp uge i64 %1448, %1473
  %1475 = load i64, i64* %lowEnd, align 8
  %1476 = icmp ule i64 %1449, %1475
  %1477 = and i1 %1474, %1476
  br i1 %1477, label %write.ok203, label %write.slow202

write.slow202:                                    ; preds = %write.low201
  %1478 = icmp ugt i64 %1449, %arena_size
  br i1 %1478, label %trap17.site0, label %ok204

write.ok203:                                      ; preds = %ok204, %write.low201, %write.ok198
  %1479 = getelementptr i8, i8* %mem, i64 %1448
  store i32 %1447, i32* %unaligned205, align 4
  %1480 = bitcast i32* %unaligned205 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1479, i8* %1480, i64 4, i1 false)
  %1481 = load i32, i32* %list.2, align 4
  store i32 %1481, i32* %result187, align 4
  br label %e45

ok204:                                            ; preds = %write.slow202
  %1482 = icmp ult i64 %1448, %scratch_start
  %1483 = load i64, i64* %lowStart, align 8
  %1484 = call i64 @llvm.umin.i64(i64 %1483, i64 %1448)
  %1485 = load i64, i64* %lowEnd, align 8
  %1486 = load i64, i64* %highEnd, align 8
  %1487 = add i64 %1449, 64
  %1488 = sub i64 %1449, %1484
  %1489 = lshr i64 %1488, 4
  %1490 = add i64 %1487, %1489
  %1491 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1490)
  %1492 = call i64 @llvm.umax.i64(i64 %1485, i64 %1491)
  %1493 = select i1 %1482, i64 %1492, i64 %1485
  store i64 %1493, i64* %lowEnd, align 8
  %1494 = add i64 %1449, 64
  %1495 = sub i64 %1449, %scratch_start
  %1496 = lshr i64 %1495, 4
  %1497 = add i64 %1494, %1496
  %1498 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1497)
  %1499 = call i64 @llvm.umax.i64(i64 %1486, i64 %1498)
  %1500 = select i1 %1482, i64 %1486, i64 %1499
  store i64 %1500, i64* %highEnd, align 8
  store i64 %1484, i64* %lowStart, align 8
  br label %write.ok203

ok206:                                            ; preds = %e45
  store i64 %1379, i64* %1374, align 8
  %1501 = load i64, i64* %highEnd, align 8
  %1502 = call i64 @llvm.umax.i64(i64 %1501, i64 %1379)
  store i64 %1502, i64* %highEnd, align 8
  %1503 = trunc i64 %1378 to i32
  store i32 %1503, i32* %obj.7, align 4
  %1504 = load i32, i32* %obj.7, align 4
  %1505 = load i32, i32* %c.11, align 4
  %1506 = zext i32 %1504 to i64
  %1507 = add i64 %1506, 4
  %1508 = icmp uge i64 %1506, %scratch_start
  %1509 = load i64, i64* %highEnd, align 8
  %1510 = icmp ule i64 %1507, %1509
  %1511 = and i1 %1508, %1510
  br i1 %1511, label %write.ok209, label %write.low207

trap15.site28:                                    ; preds = %e45
  %1512 = load i64, i64* %lowStart, align 8
  %1513 = getelementptr i64, i64* %regs, i64 6
  store i64 %1512, i64* %1513, align 8
  %1514 = load i64, i64* %lowEnd, align 8
  %1515 = getelementptr i64, i64* %regs, i64 7
  store i64 %1514, i64* %1515, align 8
  %1516 = load i64, i64* %highEnd, align 8
  %1517 = getelementptr i64, i64* %regs, i64 8
  store i64 %1516, i64* %1517, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 28)
  unreachable

write.low207:                                     ; preds = %ok206
  %1518 = load i64, i64* %lowStart, align 8
  %1519 = icmp uge i64 %1506, %1518
  %1520 = load i64, i64* %lowEnd, align 8
  %1521 = icmp ule i64 %1507, %1520
  %1522 = and i1 %1519, %1521
  br i1 %1522, label %write.ok209, label %write.slow208

write.slow208:                                    ; preds = %write.low207
  %1523 = icmp ugt i64 %1507, %arena_size
  br i1 %1523, label %trap17.site0, label %ok210

write.ok209:                                      ; preds = %ok210, %write.low207, %ok206
  %1524 = getelementptr i8, i8* %mem, i64 %1506
  store i32 %1505, i32* %unaligned211, align 4
  %1525 = bitcast i32* %unaligned211 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1524, i8* %1525, i64 4, i1 false)
  %1526 = load i32, i32* %obj.7, align 4
  %1527 = load i32, i32* %c.12, align 4
  %1528 = zext i32 %1526 to i64
  %1529 = add i64 %1528, 4
  %1530 = add i64 %1529, 4
  %1531 = icmp uge i64 %1529, %scratch_start
  %1532 = load i64, i64* %highEnd, align 8
  %1533 = icmp ule i64 %1530, %1532
  %1534 = and i1 %1531, %1533
  br i1 %1534, label %write.ok214, label %write.low212

ok210:                                            ; preds = %write.slow208
  %1535 = icmp ult i64 %1506, %scratch_start
  %1536 = load i64, i64* %lowStart, align 8
  %1537 = call i64 @llvm.umin.i64(i64 %1536, i64 %1506)
  %1538 = load i64, i64* %lowEnd, align 8
  %1539 = load i64, i64* %highEnd, align 8
  %1540 = add i64 %1507, 64
  %1541 = sub i64 %1507, %1537
  %1542 = lshr i64 %1541, 4
  %1543 = add i64 %1540, %1542
  %1544 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1543)
  %1545 = call i64 @llvm.umax.i64(i64 %1538, i64 %1544)
  %1546 = select i1 %1535, i64 %1545, i64 %1538
  store i64 %1546, i64* %lowEnd, align 8
  %1547 = add i64 %1507, 64
  %1548 = sub i64 %1507, %scratch_start
  %1549 = lshr i64 %1548, 4
  %1550 = add i64 %1547, %1549
  %1551 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1550)
  %1552 = call i64 @llvm.umax.i64(i64 %1539, i64 %1551)
  %1553 = select i1 %1535, i64 %1539, i64 %1552
  store i64 %1553, i64* %highEnd, align 8
  store i64 %1537, i64* %lowStart, align 8
  br label %write.ok209

write.low212:                                     ; preds = %write.ok209
  %1554 = load i64, i64* %lowStart, align 8
  %1555 = icmp uge i64 %1529, %1554
  %1556 = load i64, i64* %lowEnd, align 8
  %1557 = icmp ule i64 %1530, %1556
  %1558 = and i1 %1555, %1557
  br i1 %1558, label %write.ok214, label %write.slow213

write.slow213:                                    ; preds = %write.low212
  %1559 = icmp ugt i64 %1530, %arena_size
  br i1 %1559, label %trap17.site0, label %ok215

write.ok214:                                      ; preds = %ok215, %write.low212, %write.ok209
  %1560 = getelementptr i8, i8* %mem, i64 %1529
  store i32 %1527, i32* %unaligned216, align 4
  %1561 = bitcast i32* %unaligned216 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1560, i8* %1561, i64 4, i1 false)
  %1562 = load i32, i32* %obj.7, align 4
  store i32 %1562, i32* %result170, align 4
  br label %e39

ok215:                                            ; preds = %write.slow213
  %1563 = icmp ult i64 %1529, %scratch_start
  %1564 = load i64, i64* %lowStart, align 8
  %1565 = call i64 @llvm.umin.i64(i64 %1564, i64 %1529)
  %1566 = load i64, i64* %lowEnd, align 8
  %1567 = load i64, i64* %highEnd, align 8
  %1568 = add i64 %1530, 64
  %1569 = sub i64 %1530, %1565
  %1570 = lshr i64 %1569, 4
  %1571 = add i64 %1568, %1570
  %1572 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1571)
  %1573 = call i64 @llvm.umax.i64(i64 %1566, i64 %1572)
  %1574 = select i1 %1563, i64 %1573, i64 %1566
  store i64 %1574, i64* %lowEnd, align 8
  %1575 = add i64 %1530, 64
  %1576 = sub i64 %1530, %scratch_start
  %1577 = lshr i64 %1576, 4
  %1578 = add i64 %1575, %1577
  %1579 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1578)
  %1580 = call i64 @llvm.umax.i64(i64 %1567, i64 %1579)
  %1581 = select i1 %1563, i64 %1567, i64 %1580
  store i64 %1581, i64* %highEnd, align 8
  store i64 %1565, i64* %lowStart, align 8
  br label %write.ok214

write.low217:                                     ; preds = %e39
  %1582 = load i64, i64* %lowStart, align 8
  %1583 = icmp uge i64 %1250, %1582
  %1584 = load i64, i64* %lowEnd, align 8
  %1585 = icmp ule i64 %1251, %1584
  %1586 = and i1 %1583, %1585
  br i1 %1586, label %write.ok219, label %write.slow218

write.slow218:                                    ; preds = %write.low217
  %1587 = icmp ugt i64 %1251, %arena_size
  br i1 %1587, label %trap17.site0, label %ok220

write.ok219:                                      ; preds = %ok220, %write.low217, %e39
  %1588 = getelementptr i8, i8* %mem, i64 %1250
  store i32 %1248, i32* %unaligned221, align 4
  %1589 = bitcast i32* %unaligned221 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1588, i8* %1589, i64 4, i1 false)
  %1590 = load i32, i32* %dict, align 4
  store i32 %1590, i32* %result5, align 4
  br label %e0

ok220:                                            ; preds = %write.slow218
  %1591 = icmp ult i64 %1250, %scratch_start
  %1592 = load i64, i64* %lowStart, align 8
  %1593 = call i64 @llvm.umin.i64(i64 %1592, i64 %1250)
  %1594 = load i64, i64* %lowEnd, align 8
  %1595 = load i64, i64* %highEnd, align 8
  %1596 = add i64 %1251, 64
  %1597 = sub i64 %1251, %1593
  %1598 = lshr i64 %1597, 4
  %1599 = add i64 %1596, %1598
  %1600 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1599)
  %1601 = call i64 @llvm.umax.i64(i64 %1594, i64 %1600)
  %1602 = select i1 %1591, i64 %1601, i64 %1594
  store i64 %1602, i64* %lowEnd, align 8
  %1603 = add i64 %1251, 64
  %1604 = sub i64 %1251, %scratch_start
  %1605 = lshr i64 %1604, 4
  %1606 = add i64 %1603, %1605
  %1607 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1606)
  %1608 = call i64 @llvm.umax.i64(i64 %1595, i64 %1607)
  %1609 = select i1 %1591, i64 %1595, i64 %1608
  store i64 %1609, i64* %highEnd, align 8
  store i64 %1593, i64* %lowStart, align 8
  br label %write.ok219

ok222:                                            ; preds = %e0
  %1610 = icmp ult i64 %10, %stack_limit
  br i1 %1610, label %trap253.site0, label %stack_ok223

stack_ok223:                                      ; preds = %ok222
  %1611 = load i64, i64* %fuel, align 8
  %1612 = getelementptr i64, i64* %regs, i64 0
  store i64 %1611, i64* %1612, align 8
  %1613 = load i64, i64* %lowStart, align 8
  %1614 = getelementptr i64, i64* %regs, i64 6
  store i64 %1613, i64* %1614, align 8
  %1615 = load i64, i64* %lowEnd, align 8
  %1616 = getelementptr i64, i64* %regs, i64 7
  store i64 %1615, i64* %1616, align 8
  %1617 = load i64, i64* %highEnd, align 8
  %1618 = getelementptr i64, i64* %regs, i64 8
  store i64 %1617, i64* %1618, align 8
  %1619 = add i32 %depth, 1
  %1620 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1619, i32 %89, i32 %90, i32 0)
  %1621 = getelementptr i64, i64* %regs, i64 0
  %1622 = load i64, i64* %1621, align 8
  store i64 %1622, i64* %fuel, align 8
  %1623 = getelementptr i64, i64* %regs, i64 6
  %1624 = load i64, i64* %1623, align 8
  store i64 %1624, i64* %lowStart, align 8
  %1625 = getelementptr i64, i64* %regs, i64 7
  %1626 = load i64, i64* %1625, align 8
  store i64 %1626, i64* %lowEnd, align 8
  %1627 = getelementptr i64, i64* %regs, i64 8
  %1628 = load i64, i64* %1627, align 8
  store i64 %1628, i64* %highEnd, align 8
  store i32 %1620, i32* %json_end, align 4
  %1629 = load i32, i32* %json_end, align 4
  %1630 = icmp eq i32 %1629, -2
  %1631 = zext i1 %1630 to i32
  %1632 = icmp ne i32 %1631, 0
  br i1 %1632, label %then224, label %else225

then224:                                          ; preds = %stack_ok223
  br label %trap16.site4

else225:                                          ; preds = %stack_ok223
  br label %join226

join226:                                          ; preds = %else225, %dead227
  %1633 = load i32, i32* %json_end, align 4
  %1634 = icmp eq i32 %1633, -1
  %1635 = zext i1 %1634 to i32
  %1636 = icmp ne i32 %1635, 0
  br i1 %1636, label %then228, label %else229

trap16.site4:                                     ; preds = %then224
  %1637 = load i64, i64* %lowStart, align 8
  %1638 = getelementptr i64, i64* %regs, i64 6
  store i64 %1637, i64* %1638, align 8
  %1639 = load i64, i64* %lowEnd, align 8
  %1640 = getelementptr i64, i64* %regs, i64 7
  store i64 %1639, i64* %1640, align 8
  %1641 = load i64, i64* %highEnd, align 8
  %1642 = getelementptr i64, i64* %regs, i64 8
  store i64 %1641, i64* %1642, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead227:                                          ; No predecessors!
  br label %join226

then228:                                          ; preds = %join226
  br label %trap15.site4

else229:                                          ; preds = %join226
  br label %join230

join230:                                          ; preds = %else229, %dead231
  %1643 = load i32, i32* %json_end, align 4
  %1644 = zext i32 %1643 to i64
  %1645 = getelementptr i64, i64* %regs, i64 3
  store i64 %1644, i64* %1645, align 8
  %1646 = load i32, i32* %json_end, align 4
  %1647 = load i32, i32* %json_start, align 4
  %1648 = sub i32 %1646, %1647
  %1649 = load i64, i64* %fuel, align 8
  %1650 = getelementptr i64, i64* %regs, i64 0
  store i64 %1649, i64* %1650, align 8
  %1651 = load i64, i64* %lowStart, align 8
  %1652 = getelementptr i64, i64* %regs, i64 6
  store i64 %1651, i64* %1652, align 8
  %1653 = load i64, i64* %lowEnd, align 8
  %1654 = getelementptr i64, i64* %regs, i64 7
  store i64 %1653, i64* %1654, align 8
  %1655 = load i64, i64* %highEnd, align 8
  %1656 = getelementptr i64, i64* %regs, i64 8
  store i64 %1655, i64* %1656, align 8
  ret i32 %1648

dead231:                                          ; No predecessors!
  br label %join230
}
