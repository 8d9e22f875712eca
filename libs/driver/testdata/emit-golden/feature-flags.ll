; From examples/feature-flags.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/feature-flags.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (36):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.dec.string.2
;   @m0.codec.dec.int.3
;   @m0.codec.dec.list.4
;   @m0.codec.skip
;   @m0.codec.dec.fields.1
;   @m0.codec.dec.record.0
;   @m0.main.args
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_str
;   @m0.codec.enc.string.1
;   @m0.codec.enc.bool.3
;   @m0.codec.enc.record.2
;   @m0.codec.enc.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 2 function(s):

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
  %arg.1 = alloca i64, align 8
  store i64 0, i64* %arg.1, align 8
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
  %unaligned45 = alloca i32, align 4
  %unaligned47 = alloca i32, align 4
  %unaligned49 = alloca i16, align 2
  %unaligned108 = alloca i32, align 4
  %unaligned118 = alloca i64, align 8
  %unaligned125 = alloca i32, align 4
  %unaligned130 = alloca i64, align 8
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

trap15.site0:                                     ; preds = %default11, %then76, %case12, %then68, %case13, %ok28, %then25, %ok22, %ok11, %join9, %ok
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

trap253.site0:                                    ; preds = %ok82, %ok79, %ok74, %ok71, %ok66, %ok29, %ok23, %ok1
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

trap17.site0:                                     ; preds = %write.slow127, %write.slow, %join115, %join105, %cont94, %ws_done14, %cont85, %cont61, %cont56, %ok48, %ok46, %ok44, %ok42, %then39, %then31, %ws_done2, %cont14, %ws_done0, %cont
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

join21:                                           ; preds = %else20, %join92
  %171 = load i32, i32* %arg0_state, align 4
  %172 = icmp eq i32 %171, 0
  %173 = zext i1 %172 to i32
  %174 = icmp ne i32 %173, 0
  br i1 %174, label %then99, label %else100

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

match5:                                           ; preds = %join41, %then51, %then35
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
  %272 = icmp eq i32 %271, 15
  %273 = zext i1 %272 to i32
  %274 = icmp ne i32 %273, 0
  br i1 %274, label %then39, label %else40

ok34:                                             ; preds = %then31
  %275 = getelementptr i8, i8* %mem, i64 %268
  %276 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %276, i8* %275, i64 4, i1 false)
  %277 = load i32, i32* %unaligned, align 4
  %278 = icmp eq i32 %277, 1919251317
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

join41:                                           ; preds = %else40, %join53
  store i32 -1, i32* %result, align 4
  br label %match5

ok42:                                             ; preds = %then39
  %285 = getelementptr i8, i8* %mem, i64 %282
  %286 = bitcast i32* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %286, i8* %285, i64 4, i1 false)
  %287 = load i32, i32* %unaligned43, align 4
  %288 = icmp eq i32 %287, 1819045746
  %289 = zext i1 %288 to i32
  %290 = load i32, i32* %args_kp, align 4
  %291 = zext i32 %290 to i64
  %292 = sub i64 %arena_size, 8
  %293 = icmp sgt i64 %291, %292
  br i1 %293, label %trap17.site0, label %ok44

ok44:                                             ; preds = %ok42
  %294 = add i64 %291, 4
  %295 = getelementptr i8, i8* %mem, i64 %294
  %296 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %296, i8* %295, i64 4, i1 false)
  %297 = load i32, i32* %unaligned45, align 4
  %298 = icmp eq i32 %297, 1601467759
  %299 = zext i1 %298 to i32
  %300 = and i32 %289, %299
  %301 = load i32, i32* %args_kp, align 4
  %302 = zext i32 %301 to i64
  %303 = sub i64 %arena_size, 12
  %304 = icmp sgt i64 %302, %303
  br i1 %304, label %trap17.site0, label %ok46

ok46:                                             ; preds = %ok44
  %305 = add i64 %302, 8
  %306 = getelementptr i8, i8* %mem, i64 %305
  %307 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %307, i8* %306, i64 4, i1 false)
  %308 = load i32, i32* %unaligned47, align 4
  %309 = icmp eq i32 %308, 1668441456
  %310 = zext i1 %309 to i32
  %311 = and i32 %300, %310
  %312 = load i32, i32* %args_kp, align 4
  %313 = zext i32 %312 to i64
  %314 = sub i64 %arena_size, 14
  %315 = icmp sgt i64 %313, %314
  br i1 %315, label %trap17.site0, label %ok48

ok48:                                             ; preds = %ok46
  %316 = add i64 %313, 12
  %317 = getelementptr i8, i8* %mem, i64 %316
  %318 = bitcast i16* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %318, i8* %317, i64 2, i1 false)
  %319 = load i16, i16* %unaligned49, align 2
  %320 = zext i16 %319 to i32
  %321 = icmp eq i32 %320, 28261
  %322 = zext i1 %321 to i32
  %323 = and i32 %311, %322
  %324 = load i32, i32* %args_kp, align 4
  %325 = zext i32 %324 to i64
  %326 = sub i64 %arena_size, 15
  %327 = icmp sgt i64 %325, %326
  br i1 %327, label %trap17.site0, label %ok50

ok50:                                             ; preds = %ok48
  %328 = add i64 %325, 14
  %329 = getelementptr i8, i8* %mem, i64 %328
  %330 = load i8, i8* %329, align 1
  %331 = zext i8 %330 to i32
  %332 = icmp eq i32 %331, 116
  %333 = zext i1 %332 to i32
  %334 = and i32 %323, %333
  %335 = icmp ne i32 %334, 0
  br i1 %335, label %then51, label %else52

then51:                                           ; preds = %ok50
  store i32 1, i32* %result, align 4
  br label %match5

else52:                                           ; preds = %ok50
  br label %join53

join53:                                           ; preds = %else52, %dead54
  br label %join41

dead54:                                           ; No predecessors!
  br label %join53

ws_done6:                                         ; preds = %dead59, %ok57, %ok55
  %336 = load i32, i32* %args_pos, align 4
  %337 = add i32 %336, 1
  store i32 %337, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont58, %match5
  %338 = load i64, i64* %fuel, align 8
  %339 = icmp ult i64 %338, 1
  br i1 %339, label %trap14.site0, label %ok55

ok55:                                             ; preds = %ws7
  %340 = sub i64 %338, 1
  store i64 %340, i64* %fuel, align 8
  %341 = load i32, i32* %args_pos, align 4
  %342 = load i32, i32* %args_end, align 4
  %343 = icmp uge i32 %341, %342
  %344 = zext i1 %343 to i32
  %345 = icmp ne i32 %344, 0
  br i1 %345, label %ws_done6, label %cont56

cont56:                                           ; preds = %ok55
  %346 = load i32, i32* %args_pos, align 4
  %347 = zext i32 %346 to i64
  %348 = sub i64 %arena_size, 1
  %349 = icmp sgt i64 %347, %348
  br i1 %349, label %trap17.site0, label %ok57

ok57:                                             ; preds = %cont56
  %350 = getelementptr i8, i8* %mem, i64 %347
  %351 = load i8, i8* %350, align 1
  %352 = zext i8 %351 to i32
  store i32 %352, i32* %ws, align 4
  %353 = load i32, i32* %ws, align 4
  %354 = icmp ule i32 %353, 32
  %355 = zext i1 %354 to i32
  %356 = icmp eq i32 %355, 0
  %357 = zext i1 %356 to i32
  %358 = icmp ne i32 %357, 0
  br i1 %358, label %ws_done6, label %cont58

cont58:                                           ; preds = %ok57
  %359 = load i32, i32* %args_pos, align 4
  %360 = add i32 %359, 1
  store i32 %360, i32* %args_pos, align 4
  br label %ws7

dead59:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead64, %ok62, %ok60
  %361 = load i32, i32* %args_c, align 4
  switch i32 %361, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont63, %ws_done6
  %362 = load i64, i64* %fuel, align 8
  %363 = icmp ult i64 %362, 1
  br i1 %363, label %trap14.site0, label %ok60

ok60:                                             ; preds = %ws9
  %364 = sub i64 %362, 1
  store i64 %364, i64* %fuel, align 8
  %365 = load i32, i32* %args_pos, align 4
  %366 = load i32, i32* %args_end, align 4
  %367 = icmp uge i32 %365, %366
  %368 = zext i1 %367 to i32
  %369 = icmp ne i32 %368, 0
  br i1 %369, label %ws_done8, label %cont61

cont61:                                           ; preds = %ok60
  %370 = load i32, i32* %args_pos, align 4
  %371 = zext i32 %370 to i64
  %372 = sub i64 %arena_size, 1
  %373 = icmp sgt i64 %371, %372
  br i1 %373, label %trap17.site0, label %ok62

ok62:                                             ; preds = %cont61
  %374 = getelementptr i8, i8* %mem, i64 %371
  %375 = load i8, i8* %374, align 1
  %376 = zext i8 %375 to i32
  store i32 %376, i32* %ws, align 4
  %377 = load i32, i32* %ws, align 4
  %378 = icmp ule i32 %377, 32
  %379 = zext i1 %378 to i32
  %380 = icmp eq i32 %379, 0
  %381 = zext i1 %380 to i32
  %382 = icmp ne i32 %381, 0
  br i1 %382, label %ws_done8, label %cont63

cont63:                                           ; preds = %ok62
  %383 = load i32, i32* %args_pos, align 4
  %384 = add i32 %383, 1
  store i32 %384, i32* %args_pos, align 4
  br label %ws9

dead64:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok83, %join78, %join70
  br label %ws15

default11:                                        ; preds = %dead81, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %385 = load i32, i32* %args_pos, align 4
  %386 = load i32, i32* %args_end, align 4
  %387 = icmp uge i32 %depth, 1000
  br i1 %387, label %trap15.site0, label %ok82

case12:                                           ; preds = %dead73, %ws_done8
  %388 = load i32, i32* %args_pos, align 4
  %389 = load i32, i32* %args_end, align 4
  %390 = load i32, i32* %arg1_cell, align 4
  %391 = icmp uge i32 %depth, 1000
  br i1 %391, label %trap15.site0, label %ok74

case13:                                           ; preds = %dead65, %ws_done8
  %392 = load i32, i32* %args_pos, align 4
  %393 = load i32, i32* %args_end, align 4
  %394 = load i32, i32* %arg0_cell, align 4
  %395 = icmp uge i32 %depth, 1000
  br i1 %395, label %trap15.site0, label %ok66

dead65:                                           ; No predecessors!
  br label %case13

ok66:                                             ; preds = %case13
  %396 = icmp ult i64 %10, %stack_limit
  br i1 %396, label %trap253.site0, label %stack_ok67

stack_ok67:                                       ; preds = %ok66
  %397 = load i64, i64* %fuel, align 8
  %398 = getelementptr i64, i64* %regs, i64 0
  store i64 %397, i64* %398, align 8
  %399 = load i64, i64* %lowStart, align 8
  %400 = getelementptr i64, i64* %regs, i64 6
  store i64 %399, i64* %400, align 8
  %401 = load i64, i64* %lowEnd, align 8
  %402 = getelementptr i64, i64* %regs, i64 7
  store i64 %401, i64* %402, align 8
  %403 = load i64, i64* %highEnd, align 8
  %404 = getelementptr i64, i64* %regs, i64 8
  store i64 %403, i64* %404, align 8
  %405 = add i32 %depth, 1
  %406 = call i32 @m0.codec.dec.record.0(i64* %regs, i8* %mem, i32 %405, i32 %392, i32 %393, i32 %394)
  %407 = getelementptr i64, i64* %regs, i64 0
  %408 = load i64, i64* %407, align 8
  store i64 %408, i64* %fuel, align 8
  %409 = getelementptr i64, i64* %regs, i64 6
  %410 = load i64, i64* %409, align 8
  store i64 %410, i64* %lowStart, align 8
  %411 = getelementptr i64, i64* %regs, i64 7
  %412 = load i64, i64* %411, align 8
  store i64 %412, i64* %lowEnd, align 8
  %413 = getelementptr i64, i64* %regs, i64 8
  %414 = load i64, i64* %413, align 8
  store i64 %414, i64* %highEnd, align 8
  store i32 %406, i32* %args_r, align 4
  %415 = load i32, i32* %args_r, align 4
  %416 = icmp slt i32 %415, 0
  %417 = zext i1 %416 to i32
  %418 = icmp ne i32 %417, 0
  br i1 %418, label %then68, label %else69

then68:                                           ; preds = %stack_ok67
  store i32 2, i32* %arg0_state, align 4
  %419 = load i32, i32* %args_mark, align 4
  %420 = zext i32 %419 to i64
  %421 = getelementptr i64, i64* %regs, i64 1
  store i64 %420, i64* %421, align 8
  %422 = load i32, i32* %args_pos, align 4
  %423 = load i32, i32* %args_end, align 4
  %424 = icmp uge i32 %depth, 1000
  br i1 %424, label %trap15.site0, label %ok71

else69:                                           ; preds = %stack_ok67
  store i32 1, i32* %arg0_state, align 4
  %425 = load i32, i32* %args_r, align 4
  store i32 %425, i32* %args_pos, align 4
  br label %join70

join70:                                           ; preds = %else69, %stack_ok72
  br label %switch10

ok71:                                             ; preds = %then68
  %426 = icmp ult i64 %10, %stack_limit
  br i1 %426, label %trap253.site0, label %stack_ok72

stack_ok72:                                       ; preds = %ok71
  %427 = load i64, i64* %fuel, align 8
  %428 = getelementptr i64, i64* %regs, i64 0
  store i64 %427, i64* %428, align 8
  %429 = load i64, i64* %lowStart, align 8
  %430 = getelementptr i64, i64* %regs, i64 6
  store i64 %429, i64* %430, align 8
  %431 = load i64, i64* %lowEnd, align 8
  %432 = getelementptr i64, i64* %regs, i64 7
  store i64 %431, i64* %432, align 8
  %433 = load i64, i64* %highEnd, align 8
  %434 = getelementptr i64, i64* %regs, i64 8
  store i64 %433, i64* %434, align 8
  %435 = add i32 %depth, 1
  %436 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %435, i32 %422, i32 %423)
  %437 = getelementptr i64, i64* %regs, i64 0
  %438 = load i64, i64* %437, align 8
  store i64 %438, i64* %fuel, align 8
  %439 = getelementptr i64, i64* %regs, i64 6
  %440 = load i64, i64* %439, align 8
  store i64 %440, i64* %lowStart, align 8
  %441 = getelementptr i64, i64* %regs, i64 7
  %442 = load i64, i64* %441, align 8
  store i64 %442, i64* %lowEnd, align 8
  %443 = getelementptr i64, i64* %regs, i64 8
  %444 = load i64, i64* %443, align 8
  store i64 %444, i64* %highEnd, align 8
  store i32 %436, i32* %args_pos, align 4
  br label %join70

dead73:                                           ; No predecessors!
  br label %case12

ok74:                                             ; preds = %case12
  %445 = icmp ult i64 %10, %stack_limit
  br i1 %445, label %trap253.site0, label %stack_ok75

stack_ok75:                                       ; preds = %ok74
  %446 = load i64, i64* %fuel, align 8
  %447 = getelementptr i64, i64* %regs, i64 0
  store i64 %446, i64* %447, align 8
  %448 = load i64, i64* %lowStart, align 8
  %449 = getelementptr i64, i64* %regs, i64 6
  store i64 %448, i64* %449, align 8
  %450 = load i64, i64* %lowEnd, align 8
  %451 = getelementptr i64, i64* %regs, i64 7
  store i64 %450, i64* %451, align 8
  %452 = load i64, i64* %highEnd, align 8
  %453 = getelementptr i64, i64* %regs, i64 8
  store i64 %452, i64* %453, align 8
  %454 = add i32 %depth, 1
  %455 = call i32 @m0.codec.dec.int.3(i64* %regs, i8* %mem, i32 %454, i32 %388, i32 %389, i32 %390)
  %456 = getelementptr i64, i64* %regs, i64 0
  %457 = load i64, i64* %456, align 8
  store i64 %457, i64* %fuel, align 8
  %458 = getelementptr i64, i64* %regs, i64 6
  %459 = load i64, i64* %458, align 8
  store i64 %459, i64* %lowStart, align 8
  %460 = getelementptr i64, i64* %regs, i64 7
  %461 = load i64, i64* %460, align 8
  store i64 %461, i64* %lowEnd, align 8
  %462 = getelementptr i64, i64* %regs, i64 8
  %463 = load i64, i64* %462, align 8
  store i64 %463, i64* %highEnd, align 8
  store i32 %455, i32* %args_r, align 4
  %464 = load i32, i32* %args_r, align 4
  %465 = icmp slt i32 %464, 0
  %466 = zext i1 %465 to i32
  %467 = icmp ne i32 %466, 0
  br i1 %467, label %then76, label %else77

then76:                                           ; preds = %stack_ok75
  store i32 2, i32* %arg1_state, align 4
  %468 = load i32, i32* %args_mark, align 4
  %469 = zext i32 %468 to i64
  %470 = getelementptr i64, i64* %regs, i64 1
  store i64 %469, i64* %470, align 8
  %471 = load i32, i32* %args_pos, align 4
  %472 = load i32, i32* %args_end, align 4
  %473 = icmp uge i32 %depth, 1000
  br i1 %473, label %trap15.site0, label %ok79

else77:                                           ; preds = %stack_ok75
  store i32 1, i32* %arg1_state, align 4
  %474 = load i32, i32* %args_r, align 4
  store i32 %474, i32* %args_pos, align 4
  br label %join78

join78:                                           ; preds = %else77, %stack_ok80
  br label %switch10

ok79:                                             ; preds = %then76
  %475 = icmp ult i64 %10, %stack_limit
  br i1 %475, label %trap253.site0, label %stack_ok80

stack_ok80:                                       ; preds = %ok79
  %476 = load i64, i64* %fuel, align 8
  %477 = getelementptr i64, i64* %regs, i64 0
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %lowStart, align 8
  %479 = getelementptr i64, i64* %regs, i64 6
  store i64 %478, i64* %479, align 8
  %480 = load i64, i64* %lowEnd, align 8
  %481 = getelementptr i64, i64* %regs, i64 7
  store i64 %480, i64* %481, align 8
  %482 = load i64, i64* %highEnd, align 8
  %483 = getelementptr i64, i64* %regs, i64 8
  store i64 %482, i64* %483, align 8
  %484 = add i32 %depth, 1
  %485 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %484, i32 %471, i32 %472)
  %486 = getelementptr i64, i64* %regs, i64 0
  %487 = load i64, i64* %486, align 8
  store i64 %487, i64* %fuel, align 8
  %488 = getelementptr i64, i64* %regs, i64 6
  %489 = load i64, i64* %488, align 8
  store i64 %489, i64* %lowStart, align 8
  %490 = getelementptr i64, i64* %regs, i64 7
  %491 = load i64, i64* %490, align 8
  store i64 %491, i64* %lowEnd, align 8
  %492 = getelementptr i64, i64* %regs, i64 8
  %493 = load i64, i64* %492, align 8
  store i64 %493, i64* %highEnd, align 8
  store i32 %485, i32* %args_pos, align 4
  br label %join78

dead81:                                           ; No predecessors!
  br label %default11

ok82:                                             ; preds = %default11
  %494 = icmp ult i64 %10, %stack_limit
  br i1 %494, label %trap253.site0, label %stack_ok83

stack_ok83:                                       ; preds = %ok82
  %495 = load i64, i64* %fuel, align 8
  %496 = getelementptr i64, i64* %regs, i64 0
  store i64 %495, i64* %496, align 8
  %497 = load i64, i64* %lowStart, align 8
  %498 = getelementptr i64, i64* %regs, i64 6
  store i64 %497, i64* %498, align 8
  %499 = load i64, i64* %lowEnd, align 8
  %500 = getelementptr i64, i64* %regs, i64 7
  store i64 %499, i64* %500, align 8
  %501 = load i64, i64* %highEnd, align 8
  %502 = getelementptr i64, i64* %regs, i64 8
  store i64 %501, i64* %502, align 8
  %503 = add i32 %depth, 1
  %504 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %503, i32 %385, i32 %386)
  %505 = getelementptr i64, i64* %regs, i64 0
  %506 = load i64, i64* %505, align 8
  store i64 %506, i64* %fuel, align 8
  %507 = getelementptr i64, i64* %regs, i64 6
  %508 = load i64, i64* %507, align 8
  store i64 %508, i64* %lowStart, align 8
  %509 = getelementptr i64, i64* %regs, i64 7
  %510 = load i64, i64* %509, align 8
  store i64 %510, i64* %lowEnd, align 8
  %511 = getelementptr i64, i64* %regs, i64 8
  %512 = load i64, i64* %511, align 8
  store i64 %512, i64* %highEnd, align 8
  store i32 %504, i32* %args_pos, align 4
  br label %switch10

ws_done14:                                        ; preds = %dead88, %ok86, %ok84
  %513 = load i32, i32* %args_pos, align 4
  %514 = zext i32 %513 to i64
  %515 = sub i64 %arena_size, 1
  %516 = icmp sgt i64 %514, %515
  br i1 %516, label %trap17.site0, label %ok89

ws15:                                             ; preds = %cont87, %switch10
  %517 = load i64, i64* %fuel, align 8
  %518 = icmp ult i64 %517, 1
  br i1 %518, label %trap14.site0, label %ok84

ok84:                                             ; preds = %ws15
  %519 = sub i64 %517, 1
  store i64 %519, i64* %fuel, align 8
  %520 = load i32, i32* %args_pos, align 4
  %521 = load i32, i32* %args_end, align 4
  %522 = icmp uge i32 %520, %521
  %523 = zext i1 %522 to i32
  %524 = icmp ne i32 %523, 0
  br i1 %524, label %ws_done14, label %cont85

cont85:                                           ; preds = %ok84
  %525 = load i32, i32* %args_pos, align 4
  %526 = zext i32 %525 to i64
  %527 = sub i64 %arena_size, 1
  %528 = icmp sgt i64 %526, %527
  br i1 %528, label %trap17.site0, label %ok86

ok86:                                             ; preds = %cont85
  %529 = getelementptr i8, i8* %mem, i64 %526
  %530 = load i8, i8* %529, align 1
  %531 = zext i8 %530 to i32
  store i32 %531, i32* %ws, align 4
  %532 = load i32, i32* %ws, align 4
  %533 = icmp ule i32 %532, 32
  %534 = zext i1 %533 to i32
  %535 = icmp eq i32 %534, 0
  %536 = zext i1 %535 to i32
  %537 = icmp ne i32 %536, 0
  br i1 %537, label %ws_done14, label %cont87

cont87:                                           ; preds = %ok86
  %538 = load i32, i32* %args_pos, align 4
  %539 = add i32 %538, 1
  store i32 %539, i32* %args_pos, align 4
  br label %ws15

dead88:                                           ; No predecessors!
  br label %ws_done14

ok89:                                             ; preds = %ws_done14
  %540 = getelementptr i8, i8* %mem, i64 %514
  %541 = load i8, i8* %540, align 1
  %542 = zext i8 %541 to i32
  store i32 %542, i32* %args_c, align 4
  %543 = load i32, i32* %args_pos, align 4
  %544 = add i32 %543, 1
  store i32 %544, i32* %args_pos, align 4
  %545 = load i32, i32* %args_c, align 4
  %546 = icmp eq i32 %545, 44
  %547 = zext i1 %546 to i32
  %548 = icmp ne i32 %547, 0
  br i1 %548, label %then90, label %else91

then90:                                           ; preds = %ok89
  br label %ws17

else91:                                           ; preds = %ok89
  br label %join92

join92:                                           ; preds = %else91, %dead98
  br label %join21

ws_done16:                                        ; preds = %dead97, %ok95, %ok93
  br label %args4

ws17:                                             ; preds = %cont96, %then90
  %549 = load i64, i64* %fuel, align 8
  %550 = icmp ult i64 %549, 1
  br i1 %550, label %trap14.site0, label %ok93

ok93:                                             ; preds = %ws17
  %551 = sub i64 %549, 1
  store i64 %551, i64* %fuel, align 8
  %552 = load i32, i32* %args_pos, align 4
  %553 = load i32, i32* %args_end, align 4
  %554 = icmp uge i32 %552, %553
  %555 = zext i1 %554 to i32
  %556 = icmp ne i32 %555, 0
  br i1 %556, label %ws_done16, label %cont94

cont94:                                           ; preds = %ok93
  %557 = load i32, i32* %args_pos, align 4
  %558 = zext i32 %557 to i64
  %559 = sub i64 %arena_size, 1
  %560 = icmp sgt i64 %558, %559
  br i1 %560, label %trap17.site0, label %ok95

ok95:                                             ; preds = %cont94
  %561 = getelementptr i8, i8* %mem, i64 %558
  %562 = load i8, i8* %561, align 1
  %563 = zext i8 %562 to i32
  store i32 %563, i32* %ws, align 4
  %564 = load i32, i32* %ws, align 4
  %565 = icmp ule i32 %564, 32
  %566 = zext i1 %565 to i32
  %567 = icmp eq i32 %566, 0
  %568 = zext i1 %567 to i32
  %569 = icmp ne i32 %568, 0
  br i1 %569, label %ws_done16, label %cont96

cont96:                                           ; preds = %ok95
  %570 = load i32, i32* %args_pos, align 4
  %571 = add i32 %570, 1
  store i32 %571, i32* %args_pos, align 4
  br label %ws17

dead97:                                           ; No predecessors!
  br label %ws_done16

dead98:                                           ; No predecessors!
  br label %join92

then99:                                           ; preds = %join21
  br label %trap9.site2

else100:                                          ; preds = %join21
  br label %join101

join101:                                          ; preds = %else100, %dead102
  %572 = load i32, i32* %arg0_state, align 4
  %573 = icmp eq i32 %572, 2
  %574 = zext i1 %573 to i32
  %575 = icmp ne i32 %574, 0
  br i1 %575, label %then103, label %else104

trap9.site2:                                      ; preds = %then99
  %576 = load i64, i64* %lowStart, align 8
  %577 = getelementptr i64, i64* %regs, i64 6
  store i64 %576, i64* %577, align 8
  %578 = load i64, i64* %lowEnd, align 8
  %579 = getelementptr i64, i64* %regs, i64 7
  store i64 %578, i64* %579, align 8
  %580 = load i64, i64* %highEnd, align 8
  %581 = getelementptr i64, i64* %regs, i64 8
  store i64 %580, i64* %581, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead102:                                          ; No predecessors!
  br label %join101

then103:                                          ; preds = %join101
  br label %trap11.site2

else104:                                          ; preds = %join101
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %582 = load i32, i32* %arg0_cell, align 4
  %583 = zext i32 %582 to i64
  %584 = sub i64 %arena_size, 4
  %585 = icmp sgt i64 %583, %584
  br i1 %585, label %trap17.site0, label %ok107

trap11.site2:                                     ; preds = %then103
  %586 = load i64, i64* %lowStart, align 8
  %587 = getelementptr i64, i64* %regs, i64 6
  store i64 %586, i64* %587, align 8
  %588 = load i64, i64* %lowEnd, align 8
  %589 = getelementptr i64, i64* %regs, i64 7
  store i64 %588, i64* %589, align 8
  %590 = load i64, i64* %highEnd, align 8
  %591 = getelementptr i64, i64* %regs, i64 8
  store i64 %590, i64* %591, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead106:                                          ; No predecessors!
  br label %join105

ok107:                                            ; preds = %join105
  %592 = getelementptr i8, i8* %mem, i64 %583
  %593 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %593, i8* %592, i64 4, i1 false)
  %594 = load i32, i32* %unaligned108, align 4
  store i32 %594, i32* %arg, align 4
  %595 = load i32, i32* %arg1_state, align 4
  %596 = icmp eq i32 %595, 0
  %597 = zext i1 %596 to i32
  %598 = icmp ne i32 %597, 0
  br i1 %598, label %then109, label %else110

then109:                                          ; preds = %ok107
  br label %trap9.site3

else110:                                          ; preds = %ok107
  br label %join111

join111:                                          ; preds = %else110, %dead112
  %599 = load i32, i32* %arg1_state, align 4
  %600 = icmp eq i32 %599, 2
  %601 = zext i1 %600 to i32
  %602 = icmp ne i32 %601, 0
  br i1 %602, label %then113, label %else114

trap9.site3:                                      ; preds = %then109
  %603 = load i64, i64* %lowStart, align 8
  %604 = getelementptr i64, i64* %regs, i64 6
  store i64 %603, i64* %604, align 8
  %605 = load i64, i64* %lowEnd, align 8
  %606 = getelementptr i64, i64* %regs, i64 7
  store i64 %605, i64* %606, align 8
  %607 = load i64, i64* %highEnd, align 8
  %608 = getelementptr i64, i64* %regs, i64 8
  store i64 %607, i64* %608, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead112:                                          ; No predecessors!
  br label %join111

then113:                                          ; preds = %join111
  br label %trap11.site3

else114:                                          ; preds = %join111
  br label %join115

join115:                                          ; preds = %else114, %dead116
  %609 = load i32, i32* %arg1_cell, align 4
  %610 = zext i32 %609 to i64
  %611 = sub i64 %arena_size, 8
  %612 = icmp sgt i64 %610, %611
  br i1 %612, label %trap17.site0, label %ok117

trap11.site3:                                     ; preds = %then113
  %613 = load i64, i64* %lowStart, align 8
  %614 = getelementptr i64, i64* %regs, i64 6
  store i64 %613, i64* %614, align 8
  %615 = load i64, i64* %lowEnd, align 8
  %616 = getelementptr i64, i64* %regs, i64 7
  store i64 %615, i64* %616, align 8
  %617 = load i64, i64* %highEnd, align 8
  %618 = getelementptr i64, i64* %regs, i64 8
  store i64 %617, i64* %618, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead116:                                          ; No predecessors!
  br label %join115

ok117:                                            ; preds = %join115
  %619 = getelementptr i8, i8* %mem, i64 %610
  %620 = bitcast i64* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %620, i8* %619, i64 8, i1 false)
  %621 = load i64, i64* %unaligned118, align 8
  store i64 %621, i64* %arg.1, align 8
  %622 = load i32, i32* %args_unexpected, align 4
  %623 = icmp ne i32 %622, 0
  br i1 %623, label %then119, label %else120

then119:                                          ; preds = %ok117
  br label %trap10.site1

else120:                                          ; preds = %ok117
  br label %join121

join121:                                          ; preds = %else120, %dead122
  %624 = getelementptr i64, i64* %regs, i64 1
  %625 = getelementptr i64, i64* %regs, i64 2
  %626 = load i64, i64* %624, align 8
  %627 = add i64 %626, 7
  %628 = and i64 %627, -8
  %629 = add i64 %628, 16
  %630 = load i64, i64* %625, align 8
  %631 = icmp ugt i64 %629, %630
  br i1 %631, label %trap15.site1, label %ok123

trap10.site1:                                     ; preds = %then119
  %632 = load i64, i64* %lowStart, align 8
  %633 = getelementptr i64, i64* %regs, i64 6
  store i64 %632, i64* %633, align 8
  %634 = load i64, i64* %lowEnd, align 8
  %635 = getelementptr i64, i64* %regs, i64 7
  store i64 %634, i64* %635, align 8
  %636 = load i64, i64* %highEnd, align 8
  %637 = getelementptr i64, i64* %regs, i64 8
  store i64 %636, i64* %637, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead122:                                          ; No predecessors!
  br label %join121

ok123:                                            ; preds = %join121
  store i64 %629, i64* %624, align 8
  %638 = load i64, i64* %highEnd, align 8
  %639 = call i64 @llvm.umax.i64(i64 %638, i64 %629)
  store i64 %639, i64* %highEnd, align 8
  %640 = trunc i64 %628 to i32
  store i32 %640, i32* %args_out, align 4
  %641 = load i32, i32* %args_out, align 4
  %642 = load i32, i32* %arg, align 4
  %643 = zext i32 %641 to i64
  %644 = add i64 %643, 4
  %645 = icmp uge i64 %643, %scratch_start
  %646 = load i64, i64* %highEnd, align 8
  %647 = icmp ule i64 %644, %646
  %648 = and i1 %645, %647
  %649 = call i1 @llvm.expect.i1(i1 %648, i1 true)
  br i1 %649, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join121
  %650 = load i64, i64* %lowStart, align 8
  %651 = getelementptr i64, i64* %regs, i64 6
  store i64 %650, i64* %651, align 8
  %652 = load i64, i64* %lowEnd, align 8
  %653 = getelementptr i64, i64* %regs, i64 7
  store i64 %652, i64* %653, align 8
  %654 = load i64, i64* %highEnd, align 8
  %655 = getelementptr i64, i64* %regs, i64 8
  store i64 %654, i64* %655, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok123
  %656 = load i64, i64* %lowStart, align 8
  %657 = icmp uge i64 %643, %656
  %658 = load i64, i64* %lowEnd, align 8
  %659 = icmp ule i64 %644, %658
  %660 = and i1 %657, %659
  %661 = call i1 @llvm.expect.i1(i1 %660, i1 true)
  br i1 %661, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %662 = icmp ugt i64 %644, %arena_size
  br i1 %662, label %trap17.site0, label %ok124

write.ok:                                         ; preds = %ok124, %write.low, %ok123
  %663 = getelementptr i8, i8* %mem, i64 %643
  store i32 %642, i32* %unaligned125, align 4
  %664 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %663, i8* %664, i64 4, i1 false)
  %665 = load i32, i32* %args_out, align 4
  %666 = load i64, i64* %arg.1, align 8
  %667 = zext i32 %665 to i64
  %668 = add i64 %667, 8
  %669 = add i64 %668, 8
  %670 = icmp uge i64 %668, %scratch_start
  %671 = load i64, i64* %highEnd, align 8
  %672 = icmp ule i64 %669, %671
  %673 = and i1 %670, %672
  %674 = call i1 @llvm.expect.i1(i1 %673, i1 true)
  br i1 %674, label %write.ok128, label %write.low126

ok124:                                            ; preds = %write.slow
  %675 = icmp ult i64 %643, %scratch_start
  %676 = load i64, i64* %lowStart, align 8
  %677 = call i64 @llvm.umin.i64(i64 %676, i64 %643)
  %678 = load i64, i64* %lowEnd, align 8
  %679 = load i64, i64* %highEnd, align 8
  %680 = add i64 %644, 64
  %681 = sub i64 %644, %677
  %682 = lshr i64 %681, 4
  %683 = add i64 %680, %682
  %684 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %683)
  %685 = call i64 @llvm.umax.i64(i64 %678, i64 %684)
  %686 = select i1 %675, i64 %685, i64 %678
  store i64 %686, i64* %lowEnd, align 8
  %687 = add i64 %644, 64
  %688 = sub i64 %644, %scratch_start
  %689 = lshr i64 %688, 4
  %690 = add i64 %687, %689
  %691 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %690)
  %692 = call i64 @llvm.umax.i64(i64 %679, i64 %691)
  %693 = select i1 %675, i64 %679, i64 %692
  store i64 %693, i64* %highEnd, align 8
  store i64 %677, i64* %lowStart, align 8
  br label %write.ok

write.low126:                                     ; preds = %write.ok
  %694 = load i64, i64* %lowStart, align 8
  %695 = icmp uge i64 %668, %694
  %696 = load i64, i64* %lowEnd, align 8
  %697 = icmp ule i64 %669, %696
  %698 = and i1 %695, %697
  %699 = call i1 @llvm.expect.i1(i1 %698, i1 true)
  br i1 %699, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %700 = icmp ugt i64 %669, %arena_size
  br i1 %700, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %write.ok
  %701 = getelementptr i8, i8* %mem, i64 %668
  store i64 %666, i64* %unaligned130, align 8
  %702 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %701, i8* %702, i64 8, i1 false)
  %703 = load i32, i32* %args_out, align 4
  %704 = load i64, i64* %fuel, align 8
  %705 = getelementptr i64, i64* %regs, i64 0
  store i64 %704, i64* %705, align 8
  %706 = load i64, i64* %lowStart, align 8
  %707 = getelementptr i64, i64* %regs, i64 6
  store i64 %706, i64* %707, align 8
  %708 = load i64, i64* %lowEnd, align 8
  %709 = getelementptr i64, i64* %regs, i64 7
  store i64 %708, i64* %709, align 8
  %710 = load i64, i64* %highEnd, align 8
  %711 = getelementptr i64, i64* %regs, i64 8
  store i64 %710, i64* %711, align 8
  ret i32 %703

ok129:                                            ; preds = %write.slow127
  %712 = icmp ult i64 %668, %scratch_start
  %713 = load i64, i64* %lowStart, align 8
  %714 = call i64 @llvm.umin.i64(i64 %713, i64 %668)
  %715 = load i64, i64* %lowEnd, align 8
  %716 = load i64, i64* %highEnd, align 8
  %717 = add i64 %669, 64
  %718 = sub i64 %669, %714
  %719 = lshr i64 %718, 4
  %720 = add i64 %717, %719
  %721 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %720)
  %722 = call i64 @llvm.umax.i64(i64 %715, i64 %721)
  %723 = select i1 %712, i64 %722, i64 %715
  store i64 %723, i64* %lowEnd, align 8
  %724 = add i64 %669, 64
  %725 = sub i64 %669, %scratch_start
  %726 = lshr i64 %725, 4
  %727 = add i64 %724, %726
  %728 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %727)
  %729 = call i64 @llvm.umax.i64(i64 %716, i64 %728)
  %730 = select i1 %712, i64 %716, i64 %729
  store i64 %730, i64* %highEnd, align 8
  store i64 %714, i64* %lowStart, align 8
  br label %write.ok128
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
  %user = alloca i32, align 4
  store i32 0, i32* %user, align 4
  %rollout_percent = alloca i64, align 8
  store i64 0, i64* %rollout_percent, align 8
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %bucket = alloca i64, align 8
  store i64 0, i64* %bucket, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %needle = alloca i32, align 4
  store i32 0, i32* %needle, align 4
  %found = alloca i32, align 4
  store i32 0, i32* %found, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x = alloca i32, align 4
  store i32 0, i32* %x, align 4
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %beta = alloca i32, align 4
  store i32 0, i32* %beta, align 4
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %new_checkout = alloca i32, align 4
  store i32 0, i32* %new_checkout, align 4
  %item = alloca i32, align 4
  store i32 0, i32* %item, align 4
  %item.1 = alloca i32, align 4
  store i32 0, i32* %item.1, align 4
  %item.2 = alloca i32, align 4
  store i32 0, i32* %item.2, align 4
  %item.3 = alloca i32, align 4
  store i32 0, i32* %item.3, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %needle.1 = alloca i32, align 4
  store i32 0, i32* %needle.1, align 4
  %found.1 = alloca i32, align 4
  store i32 0, i32* %found.1, align 4
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.2 = alloca i32, align 4
  store i32 0, i32* %x.2, align 4
  %x.3 = alloca i32, align 4
  store i32 0, i32* %x.3, align 4
  %eu_banner = alloca i32, align 4
  store i32 0, i32* %eu_banner, align 4
  %loyalty = alloca i32, align 4
  store i32 0, i32* %loyalty, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %any = alloca i32, align 4
  store i32 0, i32* %any, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.4 = alloca i32, align 4
  store i32 0, i32* %x.4, align 4
  %g = alloca i32, align 4
  store i32 0, i32* %g, align 4
  %staff_tools = alloca i32, align 4
  store i32 0, i32* %staff_tools, align 4
  %flags = alloca i32, align 4
  store i32 0, i32* %flags, align 4
  %part = alloca i64, align 8
  store i64 0, i64* %part, align 8
  %text = alloca i32, align 4
  store i32 0, i32* %text, align 4
  %cur = alloca i32, align 4
  store i32 0, i32* %cur, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %bucket_label = alloca i32, align 4
  store i32 0, i32* %bucket_label, align 4
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
  %unaligned4 = alloca i64, align 8
  %result5 = alloca i32, align 4
  %unaligned8 = alloca i32, align 4
  %unaligned10 = alloca i32, align 4
  %unaligned13 = alloca i64, align 8
  %unaligned18 = alloca i64, align 8
  %result19 = alloca i32, align 4
  %unaligned21 = alloca i32, align 4
  %unaligned23 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %result34 = alloca i32, align 4
  %result39 = alloca i32, align 4
  %result44 = alloca i32, align 4
  %result45 = alloca i32, align 4
  %unaligned55 = alloca i32, align 4
  %unaligned60 = alloca i32, align 4
  %unaligned65 = alloca i32, align 4
  %unaligned70 = alloca i32, align 4
  %unaligned75 = alloca i32, align 4
  %unaligned77 = alloca i32, align 4
  %unaligned79 = alloca i32, align 4
  %unaligned83 = alloca i32, align 4
  %unaligned96 = alloca i64, align 8
  %result101 = alloca i32, align 4
  %unaligned103 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
  %unaligned109 = alloca i32, align 4
  %unaligned125 = alloca i32, align 4
  %result126 = alloca i32, align 4
  %unaligned135 = alloca i32, align 4
  %unaligned140 = alloca i16, align 2
  %unaligned155 = alloca i32, align 4
  %unaligned160 = alloca i16, align 2
  %unaligned169 = alloca i32, align 4
  %unaligned175 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each41, %each32, %each16, %body
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

trap253.site0:                                    ; preds = %ok176, %ok145, %ok110, %ok84, %ok27, %ok1
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
  store i32 %61, i32* %user, align 4
  %62 = load i32, i32* %args, align 4
  %63 = zext i32 %62 to i64
  %64 = sub i64 %arena_size, 16
  %65 = icmp sgt i64 %63, %64
  br i1 %65, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow172, %write.slow166, %write.slow162, %write.slow157, %write.slow152, %write.slow142, %write.slow137, %write.slow132, %write.slow122, %write.slow118, %cont107, %ok102, %write.slow98, %write.slow92, %cont81, %ok76, %write.slow72, %write.slow67, %write.slow62, %write.slow57, %write.slow52, %write.slow41, %write.slow31, %cont, %ok20, %write.slow, %ok7, %ok2, %stack_ok
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
  %74 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %74, i8* %73, i64 8, i1 false)
  %75 = load i64, i64* %unaligned4, align 8
  store i64 %75, i64* %rollout_percent, align 8
  %76 = getelementptr i64, i64* %regs, i64 1
  %77 = getelementptr i64, i64* %regs, i64 2
  %78 = load i64, i64* %76, align 8
  %79 = add i64 %78, 7
  %80 = and i64 %79, -8
  %81 = add i64 %80, 24
  %82 = load i64, i64* %77, align 8
  %83 = icmp ugt i64 %81, %82
  br i1 %83, label %trap15.site4, label %ok6

e0:                                               ; preds = %write.ok173
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
  br i1 %91, label %trap15.site0, label %ok176

ok6:                                              ; preds = %ok3
  store i64 %81, i64* %76, align 8
  %92 = load i64, i64* %highEnd, align 8
  %93 = call i64 @llvm.umax.i64(i64 %92, i64 %81)
  store i64 %93, i64* %highEnd, align 8
  %94 = trunc i64 %80 to i32
  store i32 %94, i32* %dict, align 4
  %95 = load i32, i32* %user, align 4
  %96 = zext i32 %95 to i64
  %97 = sub i64 %arena_size, 4
  %98 = icmp sgt i64 %96, %97
  br i1 %98, label %trap17.site9, label %ok7

trap15.site4:                                     ; preds = %then182, %ok3
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

ok7:                                              ; preds = %ok6
  %105 = getelementptr i8, i8* %mem, i64 %96
  %106 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %106, i8* %105, i64 4, i1 false)
  %107 = load i32, i32* %unaligned8, align 4
  %108 = zext i32 %107 to i64
  %109 = sub i64 %arena_size, 4
  %110 = icmp sgt i64 %108, %109
  br i1 %110, label %trap17.site0, label %ok9

trap17.site9:                                     ; preds = %ok6
  %111 = load i64, i64* %lowStart, align 8
  %112 = getelementptr i64, i64* %regs, i64 6
  store i64 %111, i64* %112, align 8
  %113 = load i64, i64* %lowEnd, align 8
  %114 = getelementptr i64, i64* %regs, i64 7
  store i64 %113, i64* %114, align 8
  %115 = load i64, i64* %highEnd, align 8
  %116 = getelementptr i64, i64* %regs, i64 8
  store i64 %115, i64* %116, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

ok9:                                              ; preds = %ok7
  %117 = getelementptr i8, i8* %mem, i64 %108
  %118 = bitcast i32* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %118, i8* %117, i64 4, i1 false)
  %119 = load i32, i32* %unaligned10, align 4
  %120 = zext i32 %119 to i64
  %121 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %120, i64 37)
  %122 = extractvalue { i64, i1 } %121, 1
  br i1 %122, label %trap2.site7, label %ok11

ok11:                                             ; preds = %ok9
  %123 = extractvalue { i64, i1 } %121, 0
  %124 = load i32, i32* %user, align 4
  %125 = zext i32 %124 to i64
  %126 = sub i64 %arena_size, 16
  %127 = icmp sgt i64 %125, %126
  br i1 %127, label %trap17.site10, label %ok12

trap2.site7:                                      ; preds = %ok9
  %128 = load i64, i64* %lowStart, align 8
  %129 = getelementptr i64, i64* %regs, i64 6
  store i64 %128, i64* %129, align 8
  %130 = load i64, i64* %lowEnd, align 8
  %131 = getelementptr i64, i64* %regs, i64 7
  store i64 %130, i64* %131, align 8
  %132 = load i64, i64* %highEnd, align 8
  %133 = getelementptr i64, i64* %regs, i64 8
  store i64 %132, i64* %133, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

ok12:                                             ; preds = %ok11
  %134 = add i64 %125, 8
  %135 = getelementptr i8, i8* %mem, i64 %134
  %136 = bitcast i64* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %136, i8* %135, i64 8, i1 false)
  %137 = load i64, i64* %unaligned13, align 8
  %138 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %123, i64 %137)
  %139 = extractvalue { i64, i1 } %138, 1
  br i1 %139, label %trap2.site6, label %ok14

trap17.site10:                                    ; preds = %ok11
  %140 = load i64, i64* %lowStart, align 8
  %141 = getelementptr i64, i64* %regs, i64 6
  store i64 %140, i64* %141, align 8
  %142 = load i64, i64* %lowEnd, align 8
  %143 = getelementptr i64, i64* %regs, i64 7
  store i64 %142, i64* %143, align 8
  %144 = load i64, i64* %highEnd, align 8
  %145 = getelementptr i64, i64* %regs, i64 8
  store i64 %144, i64* %145, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

ok14:                                             ; preds = %ok12
  %146 = extractvalue { i64, i1 } %138, 0
  br i1 false, label %trap1.site5, label %ok15

trap2.site6:                                      ; preds = %ok12
  %147 = load i64, i64* %lowStart, align 8
  %148 = getelementptr i64, i64* %regs, i64 6
  store i64 %147, i64* %148, align 8
  %149 = load i64, i64* %lowEnd, align 8
  %150 = getelementptr i64, i64* %regs, i64 7
  store i64 %149, i64* %150, align 8
  %151 = load i64, i64* %highEnd, align 8
  %152 = getelementptr i64, i64* %regs, i64 8
  store i64 %151, i64* %152, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok15:                                             ; preds = %ok14
  %153 = icmp eq i64 %146, -9223372036854775808
  %154 = and i1 %153, false
  br i1 %154, label %trap2.site5, label %ok16

trap1.site5:                                      ; preds = %ok14
  %155 = load i64, i64* %lowStart, align 8
  %156 = getelementptr i64, i64* %regs, i64 6
  store i64 %155, i64* %156, align 8
  %157 = load i64, i64* %lowEnd, align 8
  %158 = getelementptr i64, i64* %regs, i64 7
  store i64 %157, i64* %158, align 8
  %159 = load i64, i64* %highEnd, align 8
  %160 = getelementptr i64, i64* %regs, i64 8
  store i64 %159, i64* %160, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 5)
  unreachable

ok16:                                             ; preds = %ok15
  %161 = srem i64 %146, 100
  store i64 %161, i64* %bucket, align 8
  %162 = load i32, i32* %dict, align 4
  %163 = load i64, i64* %bucket, align 8
  %164 = zext i32 %162 to i64
  %165 = add i64 %164, 8
  %166 = icmp uge i64 %164, %scratch_start
  %167 = load i64, i64* %highEnd, align 8
  %168 = icmp ule i64 %165, %167
  %169 = and i1 %166, %168
  %170 = call i1 @llvm.expect.i1(i1 %169, i1 true)
  br i1 %170, label %write.ok, label %write.low

trap2.site5:                                      ; preds = %ok15
  %171 = load i64, i64* %lowStart, align 8
  %172 = getelementptr i64, i64* %regs, i64 6
  store i64 %171, i64* %172, align 8
  %173 = load i64, i64* %lowEnd, align 8
  %174 = getelementptr i64, i64* %regs, i64 7
  store i64 %173, i64* %174, align 8
  %175 = load i64, i64* %highEnd, align 8
  %176 = getelementptr i64, i64* %regs, i64 8
  store i64 %175, i64* %176, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 5)
  unreachable

write.low:                                        ; preds = %ok16
  %177 = load i64, i64* %lowStart, align 8
  %178 = icmp uge i64 %164, %177
  %179 = load i64, i64* %lowEnd, align 8
  %180 = icmp ule i64 %165, %179
  %181 = and i1 %178, %180
  %182 = call i1 @llvm.expect.i1(i1 %181, i1 true)
  br i1 %182, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %183 = icmp ugt i64 %165, %arena_size
  br i1 %183, label %trap17.site0, label %ok17

write.ok:                                         ; preds = %ok17, %write.low, %ok16
  %184 = getelementptr i8, i8* %mem, i64 %164
  store i64 %163, i64* %unaligned18, align 8
  %185 = bitcast i64* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %184, i8* %185, i64 8, i1 false)
  %186 = load i32, i32* %user, align 4
  %187 = zext i32 %186 to i64
  %188 = sub i64 %arena_size, 20
  %189 = icmp sgt i64 %187, %188
  br i1 %189, label %trap17.site12, label %ok20

ok17:                                             ; preds = %write.slow
  %190 = icmp ult i64 %164, %scratch_start
  %191 = load i64, i64* %lowStart, align 8
  %192 = call i64 @llvm.umin.i64(i64 %191, i64 %164)
  %193 = load i64, i64* %lowEnd, align 8
  %194 = load i64, i64* %highEnd, align 8
  %195 = add i64 %165, 64
  %196 = sub i64 %165, %192
  %197 = lshr i64 %196, 4
  %198 = add i64 %195, %197
  %199 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %198)
  %200 = call i64 @llvm.umax.i64(i64 %193, i64 %199)
  %201 = select i1 %190, i64 %200, i64 %193
  store i64 %201, i64* %lowEnd, align 8
  %202 = add i64 %165, 64
  %203 = sub i64 %165, %scratch_start
  %204 = lshr i64 %203, 4
  %205 = add i64 %202, %204
  %206 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %205)
  %207 = call i64 @llvm.umax.i64(i64 %194, i64 %206)
  %208 = select i1 %190, i64 %194, i64 %207
  store i64 %208, i64* %highEnd, align 8
  store i64 %192, i64* %lowStart, align 8
  br label %write.ok

e11:                                              ; preds = %block15
  %209 = load i32, i32* %result19, align 4
  store i32 %209, i32* %beta, align 4
  %210 = load i32, i32* %dict, align 4
  %211 = load i32, i32* %beta, align 4
  %212 = zext i32 %210 to i64
  %213 = add i64 %212, 8
  %214 = add i64 %213, 1
  %215 = icmp uge i64 %213, %scratch_start
  %216 = load i64, i64* %highEnd, align 8
  %217 = icmp ule i64 %214, %216
  %218 = and i1 %215, %217
  %219 = call i1 @llvm.expect.i1(i1 %218, i1 true)
  br i1 %219, label %write.ok32, label %write.low30

ok20:                                             ; preds = %write.ok
  %220 = add i64 %187, 16
  %221 = getelementptr i8, i8* %mem, i64 %220
  %222 = bitcast i32* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %222, i8* %221, i64 4, i1 false)
  %223 = load i32, i32* %unaligned21, align 4
  store i32 %223, i32* %xs, align 4
  store i32 8, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %224 = load i32, i32* %xs, align 4
  %225 = zext i32 %224 to i64
  %226 = sub i64 %arena_size, 4
  %227 = icmp sgt i64 %225, %226
  br i1 %227, label %trap17.site0, label %ok22

trap17.site12:                                    ; preds = %write.ok
  %228 = load i64, i64* %lowStart, align 8
  %229 = getelementptr i64, i64* %regs, i64 6
  store i64 %228, i64* %229, align 8
  %230 = load i64, i64* %lowEnd, align 8
  %231 = getelementptr i64, i64* %regs, i64 7
  store i64 %230, i64* %231, align 8
  %232 = load i64, i64* %highEnd, align 8
  %233 = getelementptr i64, i64* %regs, i64 8
  store i64 %232, i64* %233, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

ok22:                                             ; preds = %ok20
  %234 = getelementptr i8, i8* %mem, i64 %225
  %235 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %235, i8* %234, i64 4, i1 false)
  %236 = load i32, i32* %unaligned23, align 4
  store i32 %236, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each16

block15:                                          ; preds = %dead29, %then, %ok24
  %237 = load i32, i32* %found, align 4
  store i32 %237, i32* %result19, align 4
  br label %e11

each16:                                           ; preds = %join, %ok22
  %238 = load i64, i64* %fuel, align 8
  %239 = icmp ult i64 %238, 1
  br i1 %239, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each16
  %240 = sub i64 %238, 1
  store i64 %240, i64* %fuel, align 8
  %241 = load i32, i32* %k, align 4
  %242 = load i32, i32* %n, align 4
  %243 = icmp uge i32 %241, %242
  %244 = zext i1 %243 to i32
  %245 = icmp ne i32 %244, 0
  br i1 %245, label %block15, label %cont

cont:                                             ; preds = %ok24
  %246 = load i32, i32* %xs, align 4
  %247 = load i32, i32* %k, align 4
  %248 = mul i32 %247, 4
  %249 = add i32 %246, %248
  %250 = zext i32 %249 to i64
  %251 = sub i64 %arena_size, 8
  %252 = icmp sgt i64 %250, %251
  br i1 %252, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %253 = add i64 %250, 4
  %254 = getelementptr i8, i8* %mem, i64 %253
  %255 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %255, i8* %254, i64 4, i1 false)
  %256 = load i32, i32* %unaligned26, align 4
  store i32 %256, i32* %x, align 4
  %257 = load i32, i32* %x, align 4
  store i32 %257, i32* %x.1, align 4
  %258 = load i32, i32* %x.1, align 4
  %259 = load i32, i32* %needle, align 4
  %260 = icmp uge i32 %depth, 1000
  br i1 %260, label %trap15.site0, label %ok27

ok27:                                             ; preds = %ok25
  %261 = icmp ult i64 %10, %stack_limit
  br i1 %261, label %trap253.site0, label %stack_ok28

trap15.site0:                                     ; preds = %e0, %ok108, %ok82, %ok25
  %262 = load i64, i64* %lowStart, align 8
  %263 = getelementptr i64, i64* %regs, i64 6
  store i64 %262, i64* %263, align 8
  %264 = load i64, i64* %lowEnd, align 8
  %265 = getelementptr i64, i64* %regs, i64 7
  store i64 %264, i64* %265, align 8
  %266 = load i64, i64* %highEnd, align 8
  %267 = getelementptr i64, i64* %regs, i64 8
  store i64 %266, i64* %267, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %268 = load i64, i64* %fuel, align 8
  %269 = getelementptr i64, i64* %regs, i64 0
  store i64 %268, i64* %269, align 8
  %270 = load i64, i64* %lowStart, align 8
  %271 = getelementptr i64, i64* %regs, i64 6
  store i64 %270, i64* %271, align 8
  %272 = load i64, i64* %lowEnd, align 8
  %273 = getelementptr i64, i64* %regs, i64 7
  store i64 %272, i64* %273, align 8
  %274 = load i64, i64* %highEnd, align 8
  %275 = getelementptr i64, i64* %regs, i64 8
  store i64 %274, i64* %275, align 8
  %276 = add i32 %depth, 1
  %277 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %276, i32 %258, i32 %259)
  %278 = getelementptr i64, i64* %regs, i64 0
  %279 = load i64, i64* %278, align 8
  store i64 %279, i64* %fuel, align 8
  %280 = getelementptr i64, i64* %regs, i64 6
  %281 = load i64, i64* %280, align 8
  store i64 %281, i64* %lowStart, align 8
  %282 = getelementptr i64, i64* %regs, i64 7
  %283 = load i64, i64* %282, align 8
  store i64 %283, i64* %lowEnd, align 8
  %284 = getelementptr i64, i64* %regs, i64 8
  %285 = load i64, i64* %284, align 8
  store i64 %285, i64* %highEnd, align 8
  %286 = icmp ne i32 %277, 0
  br i1 %286, label %then, label %else

then:                                             ; preds = %stack_ok28
  store i32 1, i32* %found, align 4
  br label %block15

else:                                             ; preds = %stack_ok28
  br label %join

join:                                             ; preds = %else, %dead
  %287 = load i32, i32* %k, align 4
  %288 = add i32 %287, 1
  store i32 %288, i32* %k, align 4
  br label %each16

dead:                                             ; No predecessors!
  br label %join

dead29:                                           ; No predecessors!
  br label %block15

write.low30:                                      ; preds = %e11
  %289 = load i64, i64* %lowStart, align 8
  %290 = icmp uge i64 %213, %289
  %291 = load i64, i64* %lowEnd, align 8
  %292 = icmp ule i64 %214, %291
  %293 = and i1 %290, %292
  %294 = call i1 @llvm.expect.i1(i1 %293, i1 true)
  br i1 %294, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %295 = icmp ugt i64 %214, %arena_size
  br i1 %295, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %e11
  %296 = getelementptr i8, i8* %mem, i64 %213
  %297 = trunc i32 %211 to i8
  store i8 %297, i8* %296, align 1
  %298 = getelementptr i64, i64* %regs, i64 1
  %299 = getelementptr i64, i64* %regs, i64 2
  %300 = load i64, i64* %298, align 8
  %301 = add i64 %300, 7
  %302 = and i64 %301, -8
  %303 = add i64 %302, 4
  %304 = load i64, i64* %299, align 8
  %305 = icmp ugt i64 %303, %304
  br i1 %305, label %trap15.site13, label %ok35

ok33:                                             ; preds = %write.slow31
  %306 = icmp ult i64 %213, %scratch_start
  %307 = load i64, i64* %lowStart, align 8
  %308 = call i64 @llvm.umin.i64(i64 %307, i64 %213)
  %309 = load i64, i64* %lowEnd, align 8
  %310 = load i64, i64* %highEnd, align 8
  %311 = add i64 %214, 64
  %312 = sub i64 %214, %308
  %313 = lshr i64 %312, 4
  %314 = add i64 %311, %313
  %315 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %314)
  %316 = call i64 @llvm.umax.i64(i64 %309, i64 %315)
  %317 = select i1 %306, i64 %316, i64 %309
  store i64 %317, i64* %lowEnd, align 8
  %318 = add i64 %214, 64
  %319 = sub i64 %214, %scratch_start
  %320 = lshr i64 %319, 4
  %321 = add i64 %318, %320
  %322 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %321)
  %323 = call i64 @llvm.umax.i64(i64 %310, i64 %322)
  %324 = select i1 %306, i64 %310, i64 %323
  store i64 %324, i64* %highEnd, align 8
  store i64 %308, i64* %lowStart, align 8
  br label %write.ok32

e17:                                              ; preds = %write.ok119
  %325 = load i32, i32* %result34, align 4
  store i32 %325, i32* %flags, align 4
  %326 = load i32, i32* %dict, align 4
  %327 = load i32, i32* %flags, align 4
  %328 = zext i32 %326 to i64
  %329 = add i64 %328, 12
  %330 = add i64 %329, 4
  %331 = icmp uge i64 %329, %scratch_start
  %332 = load i64, i64* %highEnd, align 8
  %333 = icmp ule i64 %330, %332
  %334 = and i1 %331, %333
  %335 = call i1 @llvm.expect.i1(i1 %334, i1 true)
  br i1 %335, label %write.ok123, label %write.low121

ok35:                                             ; preds = %write.ok32
  store i64 %303, i64* %298, align 8
  %336 = load i64, i64* %highEnd, align 8
  %337 = call i64 @llvm.umax.i64(i64 %336, i64 %303)
  store i64 %337, i64* %highEnd, align 8
  %338 = trunc i64 %302 to i32
  store i32 %338, i32* %dict.1, align 4
  %339 = load i32, i32* %beta, align 4
  %340 = icmp ne i32 %339, 0
  br i1 %340, label %then36, label %else37

trap15.site13:                                    ; preds = %write.ok32
  %341 = load i64, i64* %lowStart, align 8
  %342 = getelementptr i64, i64* %regs, i64 6
  store i64 %341, i64* %342, align 8
  %343 = load i64, i64* %lowEnd, align 8
  %344 = getelementptr i64, i64* %regs, i64 7
  store i64 %343, i64* %344, align 8
  %345 = load i64, i64* %highEnd, align 8
  %346 = getelementptr i64, i64* %regs, i64 8
  store i64 %345, i64* %346, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

then36:                                           ; preds = %ok35
  store i32 1, i32* %result39, align 4
  br label %join38

else37:                                           ; preds = %ok35
  %347 = load i64, i64* %bucket, align 8
  %348 = load i64, i64* %rollout_percent, align 8
  %349 = icmp slt i64 %347, %348
  %350 = zext i1 %349 to i32
  store i32 %350, i32* %result39, align 4
  br label %join38

join38:                                           ; preds = %else37, %then36
  %351 = load i32, i32* %result39, align 4
  store i32 %351, i32* %new_checkout, align 4
  %352 = load i32, i32* %dict.1, align 4
  %353 = load i32, i32* %new_checkout, align 4
  %354 = zext i32 %352 to i64
  %355 = add i64 %354, 1
  %356 = icmp uge i64 %354, %scratch_start
  %357 = load i64, i64* %highEnd, align 8
  %358 = icmp ule i64 %355, %357
  %359 = and i1 %356, %358
  %360 = call i1 @llvm.expect.i1(i1 %359, i1 true)
  br i1 %360, label %write.ok42, label %write.low40

write.low40:                                      ; preds = %join38
  %361 = load i64, i64* %lowStart, align 8
  %362 = icmp uge i64 %354, %361
  %363 = load i64, i64* %lowEnd, align 8
  %364 = icmp ule i64 %355, %363
  %365 = and i1 %362, %364
  %366 = call i1 @llvm.expect.i1(i1 %365, i1 true)
  br i1 %366, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %367 = icmp ugt i64 %355, %arena_size
  br i1 %367, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %join38
  %368 = getelementptr i8, i8* %mem, i64 %354
  %369 = trunc i32 %353 to i8
  store i8 %369, i8* %368, align 1
  store i32 16, i32* %item, align 4
  store i32 24, i32* %item.1, align 4
  store i32 32, i32* %item.2, align 4
  store i32 40, i32* %item.3, align 4
  store i64 20, i64* %size, align 8
  %370 = load i64, i64* %size, align 8
  %371 = icmp ugt i64 %370, 2147483647
  %372 = zext i1 %371 to i32
  %373 = icmp ne i32 %372, 0
  br i1 %373, label %then46, label %else47

ok43:                                             ; preds = %write.slow41
  %374 = icmp ult i64 %354, %scratch_start
  %375 = load i64, i64* %lowStart, align 8
  %376 = call i64 @llvm.umin.i64(i64 %375, i64 %354)
  %377 = load i64, i64* %lowEnd, align 8
  %378 = load i64, i64* %highEnd, align 8
  %379 = add i64 %355, 64
  %380 = sub i64 %355, %376
  %381 = lshr i64 %380, 4
  %382 = add i64 %379, %381
  %383 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %382)
  %384 = call i64 @llvm.umax.i64(i64 %377, i64 %383)
  %385 = select i1 %374, i64 %384, i64 %377
  store i64 %385, i64* %lowEnd, align 8
  %386 = add i64 %355, 64
  %387 = sub i64 %355, %scratch_start
  %388 = lshr i64 %387, 4
  %389 = add i64 %386, %388
  %390 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %389)
  %391 = call i64 @llvm.umax.i64(i64 %378, i64 %390)
  %392 = select i1 %374, i64 %378, i64 %391
  store i64 %392, i64* %highEnd, align 8
  store i64 %376, i64* %lowStart, align 8
  br label %write.ok42

e23:                                              ; preds = %block31
  %393 = load i32, i32* %result44, align 4
  store i32 %393, i32* %eu_banner, align 4
  %394 = load i32, i32* %dict.1, align 4
  %395 = load i32, i32* %eu_banner, align 4
  %396 = zext i32 %394 to i64
  %397 = add i64 %396, 1
  %398 = add i64 %397, 1
  %399 = icmp uge i64 %397, %scratch_start
  %400 = load i64, i64* %highEnd, align 8
  %401 = icmp ule i64 %398, %400
  %402 = and i1 %399, %401
  %403 = call i1 @llvm.expect.i1(i1 %402, i1 true)
  br i1 %403, label %write.ok93, label %write.low91

e24:                                              ; preds = %write.ok73
  %404 = load i32, i32* %result45, align 4
  store i32 %404, i32* %xs.1, align 4
  %405 = load i32, i32* %user, align 4
  %406 = zext i32 %405 to i64
  %407 = sub i64 %arena_size, 8
  %408 = icmp sgt i64 %406, %407
  br i1 %408, label %trap17.site18, label %ok76

then46:                                           ; preds = %write.ok42
  br label %trap15.site17

else47:                                           ; preds = %write.ok42
  br label %join48

join48:                                           ; preds = %else47, %dead49
  %409 = load i64, i64* %size, align 8
  %410 = trunc i64 %409 to i32
  %411 = zext i32 %410 to i64
  %412 = getelementptr i64, i64* %regs, i64 1
  %413 = getelementptr i64, i64* %regs, i64 2
  %414 = load i64, i64* %412, align 8
  %415 = add i64 %414, 3
  %416 = and i64 %415, -4
  %417 = add i64 %416, %411
  %418 = load i64, i64* %413, align 8
  %419 = icmp ugt i64 %417, %418
  br i1 %419, label %trap15.site17, label %ok50

trap15.site17:                                    ; preds = %join48, %then46
  %420 = load i64, i64* %lowStart, align 8
  %421 = getelementptr i64, i64* %regs, i64 6
  store i64 %420, i64* %421, align 8
  %422 = load i64, i64* %lowEnd, align 8
  %423 = getelementptr i64, i64* %regs, i64 7
  store i64 %422, i64* %423, align 8
  %424 = load i64, i64* %highEnd, align 8
  %425 = getelementptr i64, i64* %regs, i64 8
  store i64 %424, i64* %425, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead49:                                           ; No predecessors!
  br label %join48

ok50:                                             ; preds = %join48
  store i64 %417, i64* %412, align 8
  %426 = load i64, i64* %highEnd, align 8
  %427 = call i64 @llvm.umax.i64(i64 %426, i64 %417)
  store i64 %427, i64* %highEnd, align 8
  %428 = trunc i64 %416 to i32
  store i32 %428, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %429 = load i32, i32* %list, align 4
  %430 = add i32 %429, 4
  %431 = load i32, i32* %len, align 4
  %432 = mul i32 %431, 4
  %433 = add i32 %430, %432
  %434 = load i32, i32* %item, align 4
  %435 = zext i32 %433 to i64
  %436 = add i64 %435, 4
  %437 = icmp uge i64 %435, %scratch_start
  %438 = load i64, i64* %highEnd, align 8
  %439 = icmp ule i64 %436, %438
  %440 = and i1 %437, %439
  %441 = call i1 @llvm.expect.i1(i1 %440, i1 true)
  br i1 %441, label %write.ok53, label %write.low51

write.low51:                                      ; preds = %ok50
  %442 = load i64, i64* %lowStart, align 8
  %443 = icmp uge i64 %435, %442
  %444 = load i64, i64* %lowEnd, align 8
  %445 = icmp ule i64 %436, %444
  %446 = and i1 %443, %445
  %447 = call i1 @llvm.expect.i1(i1 %446, i1 true)
  br i1 %447, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %448 = icmp ugt i64 %436, %arena_size
  br i1 %448, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %ok50
  %449 = getelementptr i8, i8* %mem, i64 %435
  store i32 %434, i32* %unaligned55, align 4
  %450 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %449, i8* %450, i64 4, i1 false)
  %451 = load i32, i32* %len, align 4
  %452 = add i32 %451, 1
  store i32 %452, i32* %len, align 4
  %453 = load i32, i32* %list, align 4
  %454 = add i32 %453, 4
  %455 = load i32, i32* %len, align 4
  %456 = mul i32 %455, 4
  %457 = add i32 %454, %456
  %458 = load i32, i32* %item.1, align 4
  %459 = zext i32 %457 to i64
  %460 = add i64 %459, 4
  %461 = icmp uge i64 %459, %scratch_start
  %462 = load i64, i64* %highEnd, align 8
  %463 = icmp ule i64 %460, %462
  %464 = and i1 %461, %463
  %465 = call i1 @llvm.expect.i1(i1 %464, i1 true)
  br i1 %465, label %write.ok58, label %write.low56

ok54:                                             ; preds = %write.slow52
  %466 = icmp ult i64 %435, %scratch_start
  %467 = load i64, i64* %lowStart, align 8
  %468 = call i64 @llvm.umin.i64(i64 %467, i64 %435)
  %469 = load i64, i64* %lowEnd, align 8
  %470 = load i64, i64* %highEnd, align 8
  %471 = add i64 %436, 64
  %472 = sub i64 %436, %468
  %473 = lshr i64 %472, 4
  %474 = add i64 %471, %473
  %475 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %474)
  %476 = call i64 @llvm.umax.i64(i64 %469, i64 %475)
  %477 = select i1 %466, i64 %476, i64 %469
  store i64 %477, i64* %lowEnd, align 8
  %478 = add i64 %436, 64
  %479 = sub i64 %436, %scratch_start
  %480 = lshr i64 %479, 4
  %481 = add i64 %478, %480
  %482 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %481)
  %483 = call i64 @llvm.umax.i64(i64 %470, i64 %482)
  %484 = select i1 %466, i64 %470, i64 %483
  store i64 %484, i64* %highEnd, align 8
  store i64 %468, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %write.ok53
  %485 = load i64, i64* %lowStart, align 8
  %486 = icmp uge i64 %459, %485
  %487 = load i64, i64* %lowEnd, align 8
  %488 = icmp ule i64 %460, %487
  %489 = and i1 %486, %488
  %490 = call i1 @llvm.expect.i1(i1 %489, i1 true)
  br i1 %490, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %491 = icmp ugt i64 %460, %arena_size
  br i1 %491, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %write.ok53
  %492 = getelementptr i8, i8* %mem, i64 %459
  store i32 %458, i32* %unaligned60, align 4
  %493 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %492, i8* %493, i64 4, i1 false)
  %494 = load i32, i32* %len, align 4
  %495 = add i32 %494, 1
  store i32 %495, i32* %len, align 4
  %496 = load i32, i32* %list, align 4
  %497 = add i32 %496, 4
  %498 = load i32, i32* %len, align 4
  %499 = mul i32 %498, 4
  %500 = add i32 %497, %499
  %501 = load i32, i32* %item.2, align 4
  %502 = zext i32 %500 to i64
  %503 = add i64 %502, 4
  %504 = icmp uge i64 %502, %scratch_start
  %505 = load i64, i64* %highEnd, align 8
  %506 = icmp ule i64 %503, %505
  %507 = and i1 %504, %506
  %508 = call i1 @llvm.expect.i1(i1 %507, i1 true)
  br i1 %508, label %write.ok63, label %write.low61

ok59:                                             ; preds = %write.slow57
  %509 = icmp ult i64 %459, %scratch_start
  %510 = load i64, i64* %lowStart, align 8
  %511 = call i64 @llvm.umin.i64(i64 %510, i64 %459)
  %512 = load i64, i64* %lowEnd, align 8
  %513 = load i64, i64* %highEnd, align 8
  %514 = add i64 %460, 64
  %515 = sub i64 %460, %511
  %516 = lshr i64 %515, 4
  %517 = add i64 %514, %516
  %518 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %517)
  %519 = call i64 @llvm.umax.i64(i64 %512, i64 %518)
  %520 = select i1 %509, i64 %519, i64 %512
  store i64 %520, i64* %lowEnd, align 8
  %521 = add i64 %460, 64
  %522 = sub i64 %460, %scratch_start
  %523 = lshr i64 %522, 4
  %524 = add i64 %521, %523
  %525 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %524)
  %526 = call i64 @llvm.umax.i64(i64 %513, i64 %525)
  %527 = select i1 %509, i64 %513, i64 %526
  store i64 %527, i64* %highEnd, align 8
  store i64 %511, i64* %lowStart, align 8
  br label %write.ok58

write.low61:                                      ; preds = %write.ok58
  %528 = load i64, i64* %lowStart, align 8
  %529 = icmp uge i64 %502, %528
  %530 = load i64, i64* %lowEnd, align 8
  %531 = icmp ule i64 %503, %530
  %532 = and i1 %529, %531
  %533 = call i1 @llvm.expect.i1(i1 %532, i1 true)
  br i1 %533, label %write.ok63, label %write.slow62

write.slow62:                                     ; preds = %write.low61
  %534 = icmp ugt i64 %503, %arena_size
  br i1 %534, label %trap17.site0, label %ok64

write.ok63:                                       ; preds = %ok64, %write.low61, %write.ok58
  %535 = getelementptr i8, i8* %mem, i64 %502
  store i32 %501, i32* %unaligned65, align 4
  %536 = bitcast i32* %unaligned65 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %535, i8* %536, i64 4, i1 false)
  %537 = load i32, i32* %len, align 4
  %538 = add i32 %537, 1
  store i32 %538, i32* %len, align 4
  %539 = load i32, i32* %list, align 4
  %540 = add i32 %539, 4
  %541 = load i32, i32* %len, align 4
  %542 = mul i32 %541, 4
  %543 = add i32 %540, %542
  %544 = load i32, i32* %item.3, align 4
  %545 = zext i32 %543 to i64
  %546 = add i64 %545, 4
  %547 = icmp uge i64 %545, %scratch_start
  %548 = load i64, i64* %highEnd, align 8
  %549 = icmp ule i64 %546, %548
  %550 = and i1 %547, %549
  %551 = call i1 @llvm.expect.i1(i1 %550, i1 true)
  br i1 %551, label %write.ok68, label %write.low66

ok64:                                             ; preds = %write.slow62
  %552 = icmp ult i64 %502, %scratch_start
  %553 = load i64, i64* %lowStart, align 8
  %554 = call i64 @llvm.umin.i64(i64 %553, i64 %502)
  %555 = load i64, i64* %lowEnd, align 8
  %556 = load i64, i64* %highEnd, align 8
  %557 = add i64 %503, 64
  %558 = sub i64 %503, %554
  %559 = lshr i64 %558, 4
  %560 = add i64 %557, %559
  %561 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %560)
  %562 = call i64 @llvm.umax.i64(i64 %555, i64 %561)
  %563 = select i1 %552, i64 %562, i64 %555
  store i64 %563, i64* %lowEnd, align 8
  %564 = add i64 %503, 64
  %565 = sub i64 %503, %scratch_start
  %566 = lshr i64 %565, 4
  %567 = add i64 %564, %566
  %568 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %567)
  %569 = call i64 @llvm.umax.i64(i64 %556, i64 %568)
  %570 = select i1 %552, i64 %556, i64 %569
  store i64 %570, i64* %highEnd, align 8
  store i64 %554, i64* %lowStart, align 8
  br label %write.ok63

write.low66:                                      ; preds = %write.ok63
  %571 = load i64, i64* %lowStart, align 8
  %572 = icmp uge i64 %545, %571
  %573 = load i64, i64* %lowEnd, align 8
  %574 = icmp ule i64 %546, %573
  %575 = and i1 %572, %574
  %576 = call i1 @llvm.expect.i1(i1 %575, i1 true)
  br i1 %576, label %write.ok68, label %write.slow67

write.slow67:                                     ; preds = %write.low66
  %577 = icmp ugt i64 %546, %arena_size
  br i1 %577, label %trap17.site0, label %ok69

write.ok68:                                       ; preds = %ok69, %write.low66, %write.ok63
  %578 = getelementptr i8, i8* %mem, i64 %545
  store i32 %544, i32* %unaligned70, align 4
  %579 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %578, i8* %579, i64 4, i1 false)
  %580 = load i32, i32* %len, align 4
  %581 = add i32 %580, 1
  store i32 %581, i32* %len, align 4
  %582 = load i32, i32* %list, align 4
  %583 = load i32, i32* %len, align 4
  %584 = zext i32 %582 to i64
  %585 = add i64 %584, 4
  %586 = icmp uge i64 %584, %scratch_start
  %587 = load i64, i64* %highEnd, align 8
  %588 = icmp ule i64 %585, %587
  %589 = and i1 %586, %588
  %590 = call i1 @llvm.expect.i1(i1 %589, i1 true)
  br i1 %590, label %write.ok73, label %write.low71

ok69:                                             ; preds = %write.slow67
  %591 = icmp ult i64 %545, %scratch_start
  %592 = load i64, i64* %lowStart, align 8
  %593 = call i64 @llvm.umin.i64(i64 %592, i64 %545)
  %594 = load i64, i64* %lowEnd, align 8
  %595 = load i64, i64* %highEnd, align 8
  %596 = add i64 %546, 64
  %597 = sub i64 %546, %593
  %598 = lshr i64 %597, 4
  %599 = add i64 %596, %598
  %600 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %599)
  %601 = call i64 @llvm.umax.i64(i64 %594, i64 %600)
  %602 = select i1 %591, i64 %601, i64 %594
  store i64 %602, i64* %lowEnd, align 8
  %603 = add i64 %546, 64
  %604 = sub i64 %546, %scratch_start
  %605 = lshr i64 %604, 4
  %606 = add i64 %603, %605
  %607 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %606)
  %608 = call i64 @llvm.umax.i64(i64 %595, i64 %607)
  %609 = select i1 %591, i64 %595, i64 %608
  store i64 %609, i64* %highEnd, align 8
  store i64 %593, i64* %lowStart, align 8
  br label %write.ok68

write.low71:                                      ; preds = %write.ok68
  %610 = load i64, i64* %lowStart, align 8
  %611 = icmp uge i64 %584, %610
  %612 = load i64, i64* %lowEnd, align 8
  %613 = icmp ule i64 %585, %612
  %614 = and i1 %611, %613
  %615 = call i1 @llvm.expect.i1(i1 %614, i1 true)
  br i1 %615, label %write.ok73, label %write.slow72

write.slow72:                                     ; preds = %write.low71
  %616 = icmp ugt i64 %585, %arena_size
  br i1 %616, label %trap17.site0, label %ok74

write.ok73:                                       ; preds = %ok74, %write.low71, %write.ok68
  %617 = getelementptr i8, i8* %mem, i64 %584
  store i32 %583, i32* %unaligned75, align 4
  %618 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %618, i64 4, i1 false)
  %619 = load i32, i32* %list, align 4
  store i32 %619, i32* %result45, align 4
  br label %e24

ok74:                                             ; preds = %write.slow72
  %620 = icmp ult i64 %584, %scratch_start
  %621 = load i64, i64* %lowStart, align 8
  %622 = call i64 @llvm.umin.i64(i64 %621, i64 %584)
  %623 = load i64, i64* %lowEnd, align 8
  %624 = load i64, i64* %highEnd, align 8
  %625 = add i64 %585, 64
  %626 = sub i64 %585, %622
  %627 = lshr i64 %626, 4
  %628 = add i64 %625, %627
  %629 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %628)
  %630 = call i64 @llvm.umax.i64(i64 %623, i64 %629)
  %631 = select i1 %620, i64 %630, i64 %623
  store i64 %631, i64* %lowEnd, align 8
  %632 = add i64 %585, 64
  %633 = sub i64 %585, %scratch_start
  %634 = lshr i64 %633, 4
  %635 = add i64 %632, %634
  %636 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %635)
  %637 = call i64 @llvm.umax.i64(i64 %624, i64 %636)
  %638 = select i1 %620, i64 %624, i64 %637
  store i64 %638, i64* %highEnd, align 8
  store i64 %622, i64* %lowStart, align 8
  br label %write.ok73

ok76:                                             ; preds = %e24
  %639 = add i64 %406, 4
  %640 = getelementptr i8, i8* %mem, i64 %639
  %641 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %641, i8* %640, i64 4, i1 false)
  %642 = load i32, i32* %unaligned77, align 4
  store i32 %642, i32* %needle.1, align 4
  store i32 0, i32* %found.1, align 4
  %643 = load i32, i32* %xs.1, align 4
  %644 = zext i32 %643 to i64
  %645 = sub i64 %arena_size, 4
  %646 = icmp sgt i64 %644, %645
  br i1 %646, label %trap17.site0, label %ok78

trap17.site18:                                    ; preds = %e24
  %647 = load i64, i64* %lowStart, align 8
  %648 = getelementptr i64, i64* %regs, i64 6
  store i64 %647, i64* %648, align 8
  %649 = load i64, i64* %lowEnd, align 8
  %650 = getelementptr i64, i64* %regs, i64 7
  store i64 %649, i64* %650, align 8
  %651 = load i64, i64* %highEnd, align 8
  %652 = getelementptr i64, i64* %regs, i64 8
  store i64 %651, i64* %652, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok78:                                             ; preds = %ok76
  %653 = getelementptr i8, i8* %mem, i64 %644
  %654 = bitcast i32* %unaligned79 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %654, i8* %653, i64 4, i1 false)
  %655 = load i32, i32* %unaligned79, align 4
  store i32 %655, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each32

block31:                                          ; preds = %dead90, %then86, %ok80
  %656 = load i32, i32* %found.1, align 4
  store i32 %656, i32* %result44, align 4
  br label %e23

each32:                                           ; preds = %join88, %ok78
  %657 = load i64, i64* %fuel, align 8
  %658 = icmp ult i64 %657, 1
  br i1 %658, label %trap14.site0, label %ok80

ok80:                                             ; preds = %each32
  %659 = sub i64 %657, 1
  store i64 %659, i64* %fuel, align 8
  %660 = load i32, i32* %k.1, align 4
  %661 = load i32, i32* %n.1, align 4
  %662 = icmp uge i32 %660, %661
  %663 = zext i1 %662 to i32
  %664 = icmp ne i32 %663, 0
  br i1 %664, label %block31, label %cont81

cont81:                                           ; preds = %ok80
  %665 = load i32, i32* %xs.1, align 4
  %666 = load i32, i32* %k.1, align 4
  %667 = mul i32 %666, 4
  %668 = add i32 %665, %667
  %669 = zext i32 %668 to i64
  %670 = sub i64 %arena_size, 8
  %671 = icmp sgt i64 %669, %670
  br i1 %671, label %trap17.site0, label %ok82

ok82:                                             ; preds = %cont81
  %672 = add i64 %669, 4
  %673 = getelementptr i8, i8* %mem, i64 %672
  %674 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %674, i8* %673, i64 4, i1 false)
  %675 = load i32, i32* %unaligned83, align 4
  store i32 %675, i32* %x.2, align 4
  %676 = load i32, i32* %x.2, align 4
  store i32 %676, i32* %x.3, align 4
  %677 = load i32, i32* %x.3, align 4
  %678 = load i32, i32* %needle.1, align 4
  %679 = icmp uge i32 %depth, 1000
  br i1 %679, label %trap15.site0, label %ok84

ok84:                                             ; preds = %ok82
  %680 = icmp ult i64 %10, %stack_limit
  br i1 %680, label %trap253.site0, label %stack_ok85

stack_ok85:                                       ; preds = %ok84
  %681 = load i64, i64* %fuel, align 8
  %682 = getelementptr i64, i64* %regs, i64 0
  store i64 %681, i64* %682, align 8
  %683 = load i64, i64* %lowStart, align 8
  %684 = getelementptr i64, i64* %regs, i64 6
  store i64 %683, i64* %684, align 8
  %685 = load i64, i64* %lowEnd, align 8
  %686 = getelementptr i64, i64* %regs, i64 7
  store i64 %685, i64* %686, align 8
  %687 = load i64, i64* %highEnd, align 8
  %688 = getelementptr i64, i64* %regs, i64 8
  store i64 %687, i64* %688, align 8
  %689 = add i32 %depth, 1
  %690 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %689, i32 %677, i32 %678)
  %691 = getelementptr i64, i64* %regs, i64 0
  %692 = load i64, i64* %691, align 8
  store i64 %692, i64* %fuel, align 8
  %693 = getelementptr i64, i64* %regs, i64 6
  %694 = load i64, i64* %693, align 8
  store i64 %694, i64* %lowStart, align 8
  %695 = getelementptr i64, i64* %regs, i64 7
  %696 = load i64, i64* %695, align 8
  store i64 %696, i64* %lowEnd, align 8
  %697 = getelementptr i64, i64* %regs, i64 8
  %698 = load i64, i64* %697, align 8
  store i64 %698, i64* %highEnd, align 8
  %699 = icmp ne i32 %690, 0
  br i1 %699, label %then86, label %else87

then86:                                           ; preds = %stack_ok85
  store i32 1, i32* %found.1, align 4
  br label %block31

else87:                                           ; preds = %stack_ok85
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %700 = load i32, i32* %k.1, align 4
  %701 = add i32 %700, 1
  store i32 %701, i32* %k.1, align 4
  br label %each32

dead89:                                           ; No predecessors!
  br label %join88

dead90:                                           ; No predecessors!
  br label %block31

write.low91:                                      ; preds = %e23
  %702 = load i64, i64* %lowStart, align 8
  %703 = icmp uge i64 %397, %702
  %704 = load i64, i64* %lowEnd, align 8
  %705 = icmp ule i64 %398, %704
  %706 = and i1 %703, %705
  %707 = call i1 @llvm.expect.i1(i1 %706, i1 true)
  br i1 %707, label %write.ok93, label %write.slow92

write.slow92:                                     ; preds = %write.low91
  %708 = icmp ugt i64 %398, %arena_size
  br i1 %708, label %trap17.site0, label %ok94

write.ok93:                                       ; preds = %ok94, %write.low91, %e23
  %709 = getelementptr i8, i8* %mem, i64 %397
  %710 = trunc i32 %395 to i8
  store i8 %710, i8* %709, align 1
  %711 = load i32, i32* %user, align 4
  %712 = zext i32 %711 to i64
  %713 = sub i64 %arena_size, 16
  %714 = icmp sgt i64 %712, %713
  br i1 %714, label %trap17.site20, label %ok95

ok94:                                             ; preds = %write.slow92
  %715 = icmp ult i64 %397, %scratch_start
  %716 = load i64, i64* %lowStart, align 8
  %717 = call i64 @llvm.umin.i64(i64 %716, i64 %397)
  %718 = load i64, i64* %lowEnd, align 8
  %719 = load i64, i64* %highEnd, align 8
  %720 = add i64 %398, 64
  %721 = sub i64 %398, %717
  %722 = lshr i64 %721, 4
  %723 = add i64 %720, %722
  %724 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %723)
  %725 = call i64 @llvm.umax.i64(i64 %718, i64 %724)
  %726 = select i1 %715, i64 %725, i64 %718
  store i64 %726, i64* %lowEnd, align 8
  %727 = add i64 %398, 64
  %728 = sub i64 %398, %scratch_start
  %729 = lshr i64 %728, 4
  %730 = add i64 %727, %729
  %731 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %730)
  %732 = call i64 @llvm.umax.i64(i64 %719, i64 %731)
  %733 = select i1 %715, i64 %719, i64 %732
  store i64 %733, i64* %highEnd, align 8
  store i64 %717, i64* %lowStart, align 8
  br label %write.ok93

ok95:                                             ; preds = %write.ok93
  %734 = add i64 %712, 8
  %735 = getelementptr i8, i8* %mem, i64 %734
  %736 = bitcast i64* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %736, i8* %735, i64 8, i1 false)
  %737 = load i64, i64* %unaligned96, align 8
  %738 = icmp sge i64 %737, 365
  %739 = zext i1 %738 to i32
  store i32 %739, i32* %loyalty, align 4
  %740 = load i32, i32* %dict.1, align 4
  %741 = load i32, i32* %loyalty, align 4
  %742 = zext i32 %740 to i64
  %743 = add i64 %742, 2
  %744 = add i64 %743, 1
  %745 = icmp uge i64 %743, %scratch_start
  %746 = load i64, i64* %highEnd, align 8
  %747 = icmp ule i64 %744, %746
  %748 = and i1 %745, %747
  %749 = call i1 @llvm.expect.i1(i1 %748, i1 true)
  br i1 %749, label %write.ok99, label %write.low97

trap17.site20:                                    ; preds = %write.ok93
  %750 = load i64, i64* %lowStart, align 8
  %751 = getelementptr i64, i64* %regs, i64 6
  store i64 %750, i64* %751, align 8
  %752 = load i64, i64* %lowEnd, align 8
  %753 = getelementptr i64, i64* %regs, i64 7
  store i64 %752, i64* %753, align 8
  %754 = load i64, i64* %highEnd, align 8
  %755 = getelementptr i64, i64* %regs, i64 8
  store i64 %754, i64* %755, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 20)
  unreachable

write.low97:                                      ; preds = %ok95
  %756 = load i64, i64* %lowStart, align 8
  %757 = icmp uge i64 %743, %756
  %758 = load i64, i64* %lowEnd, align 8
  %759 = icmp ule i64 %744, %758
  %760 = and i1 %757, %759
  %761 = call i1 @llvm.expect.i1(i1 %760, i1 true)
  br i1 %761, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %762 = icmp ugt i64 %744, %arena_size
  br i1 %762, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %ok95
  %763 = getelementptr i8, i8* %mem, i64 %743
  %764 = trunc i32 %741 to i8
  store i8 %764, i8* %763, align 1
  %765 = load i32, i32* %user, align 4
  %766 = zext i32 %765 to i64
  %767 = sub i64 %arena_size, 20
  %768 = icmp sgt i64 %766, %767
  br i1 %768, label %trap17.site22, label %ok102

ok100:                                            ; preds = %write.slow98
  %769 = icmp ult i64 %743, %scratch_start
  %770 = load i64, i64* %lowStart, align 8
  %771 = call i64 @llvm.umin.i64(i64 %770, i64 %743)
  %772 = load i64, i64* %lowEnd, align 8
  %773 = load i64, i64* %highEnd, align 8
  %774 = add i64 %744, 64
  %775 = sub i64 %744, %771
  %776 = lshr i64 %775, 4
  %777 = add i64 %774, %776
  %778 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %777)
  %779 = call i64 @llvm.umax.i64(i64 %772, i64 %778)
  %780 = select i1 %769, i64 %779, i64 %772
  store i64 %780, i64* %lowEnd, align 8
  %781 = add i64 %744, 64
  %782 = sub i64 %744, %scratch_start
  %783 = lshr i64 %782, 4
  %784 = add i64 %781, %783
  %785 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %784)
  %786 = call i64 @llvm.umax.i64(i64 %773, i64 %785)
  %787 = select i1 %769, i64 %773, i64 %786
  store i64 %787, i64* %highEnd, align 8
  store i64 %771, i64* %lowStart, align 8
  br label %write.ok99

e37:                                              ; preds = %block40
  %788 = load i32, i32* %result101, align 4
  store i32 %788, i32* %staff_tools, align 4
  %789 = load i32, i32* %dict.1, align 4
  %790 = load i32, i32* %staff_tools, align 4
  %791 = zext i32 %789 to i64
  %792 = add i64 %791, 3
  %793 = add i64 %792, 1
  %794 = icmp uge i64 %792, %scratch_start
  %795 = load i64, i64* %highEnd, align 8
  %796 = icmp ule i64 %793, %795
  %797 = and i1 %794, %796
  %798 = call i1 @llvm.expect.i1(i1 %797, i1 true)
  br i1 %798, label %write.ok119, label %write.low117

ok102:                                            ; preds = %write.ok99
  %799 = add i64 %766, 16
  %800 = getelementptr i8, i8* %mem, i64 %799
  %801 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %801, i8* %800, i64 4, i1 false)
  %802 = load i32, i32* %unaligned103, align 4
  store i32 %802, i32* %xs.2, align 4
  store i32 0, i32* %any, align 4
  %803 = load i32, i32* %xs.2, align 4
  %804 = zext i32 %803 to i64
  %805 = sub i64 %arena_size, 4
  %806 = icmp sgt i64 %804, %805
  br i1 %806, label %trap17.site0, label %ok104

trap17.site22:                                    ; preds = %write.ok99
  %807 = load i64, i64* %lowStart, align 8
  %808 = getelementptr i64, i64* %regs, i64 6
  store i64 %807, i64* %808, align 8
  %809 = load i64, i64* %lowEnd, align 8
  %810 = getelementptr i64, i64* %regs, i64 7
  store i64 %809, i64* %810, align 8
  %811 = load i64, i64* %highEnd, align 8
  %812 = getelementptr i64, i64* %regs, i64 8
  store i64 %811, i64* %812, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok104:                                            ; preds = %ok102
  %813 = getelementptr i8, i8* %mem, i64 %804
  %814 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %814, i8* %813, i64 4, i1 false)
  %815 = load i32, i32* %unaligned105, align 4
  store i32 %815, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each41

block40:                                          ; preds = %dead116, %then112, %ok106
  %816 = load i32, i32* %any, align 4
  store i32 %816, i32* %result101, align 4
  br label %e37

each41:                                           ; preds = %join114, %ok104
  %817 = load i64, i64* %fuel, align 8
  %818 = icmp ult i64 %817, 1
  br i1 %818, label %trap14.site0, label %ok106

ok106:                                            ; preds = %each41
  %819 = sub i64 %817, 1
  store i64 %819, i64* %fuel, align 8
  %820 = load i32, i32* %k.2, align 4
  %821 = load i32, i32* %n.2, align 4
  %822 = icmp uge i32 %820, %821
  %823 = zext i1 %822 to i32
  %824 = icmp ne i32 %823, 0
  br i1 %824, label %block40, label %cont107

cont107:                                          ; preds = %ok106
  %825 = load i32, i32* %xs.2, align 4
  %826 = load i32, i32* %k.2, align 4
  %827 = mul i32 %826, 4
  %828 = add i32 %825, %827
  %829 = zext i32 %828 to i64
  %830 = sub i64 %arena_size, 8
  %831 = icmp sgt i64 %829, %830
  br i1 %831, label %trap17.site0, label %ok108

ok108:                                            ; preds = %cont107
  %832 = add i64 %829, 4
  %833 = getelementptr i8, i8* %mem, i64 %832
  %834 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %834, i8* %833, i64 4, i1 false)
  %835 = load i32, i32* %unaligned109, align 4
  store i32 %835, i32* %x.4, align 4
  %836 = load i32, i32* %x.4, align 4
  store i32 %836, i32* %g, align 4
  %837 = load i32, i32* %g, align 4
  %838 = icmp uge i32 %depth, 1000
  br i1 %838, label %trap15.site0, label %ok110

ok110:                                            ; preds = %ok108
  %839 = icmp ult i64 %10, %stack_limit
  br i1 %839, label %trap253.site0, label %stack_ok111

stack_ok111:                                      ; preds = %ok110
  %840 = load i64, i64* %fuel, align 8
  %841 = getelementptr i64, i64* %regs, i64 0
  store i64 %840, i64* %841, align 8
  %842 = load i64, i64* %lowStart, align 8
  %843 = getelementptr i64, i64* %regs, i64 6
  store i64 %842, i64* %843, align 8
  %844 = load i64, i64* %lowEnd, align 8
  %845 = getelementptr i64, i64* %regs, i64 7
  store i64 %844, i64* %845, align 8
  %846 = load i64, i64* %highEnd, align 8
  %847 = getelementptr i64, i64* %regs, i64 8
  store i64 %846, i64* %847, align 8
  %848 = add i32 %depth, 1
  %849 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %848, i32 %837, i32 48)
  %850 = getelementptr i64, i64* %regs, i64 0
  %851 = load i64, i64* %850, align 8
  store i64 %851, i64* %fuel, align 8
  %852 = getelementptr i64, i64* %regs, i64 6
  %853 = load i64, i64* %852, align 8
  store i64 %853, i64* %lowStart, align 8
  %854 = getelementptr i64, i64* %regs, i64 7
  %855 = load i64, i64* %854, align 8
  store i64 %855, i64* %lowEnd, align 8
  %856 = getelementptr i64, i64* %regs, i64 8
  %857 = load i64, i64* %856, align 8
  store i64 %857, i64* %highEnd, align 8
  %858 = icmp ne i32 %849, 0
  br i1 %858, label %then112, label %else113

then112:                                          ; preds = %stack_ok111
  store i32 1, i32* %any, align 4
  br label %block40

else113:                                          ; preds = %stack_ok111
  br label %join114

join114:                                          ; preds = %else113, %dead115
  %859 = load i32, i32* %k.2, align 4
  %860 = add i32 %859, 1
  store i32 %860, i32* %k.2, align 4
  br label %each41

dead115:                                          ; No predecessors!
  br label %join114

dead116:                                          ; No predecessors!
  br label %block40

write.low117:                                     ; preds = %e37
  %861 = load i64, i64* %lowStart, align 8
  %862 = icmp uge i64 %792, %861
  %863 = load i64, i64* %lowEnd, align 8
  %864 = icmp ule i64 %793, %863
  %865 = and i1 %862, %864
  %866 = call i1 @llvm.expect.i1(i1 %865, i1 true)
  br i1 %866, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %867 = icmp ugt i64 %793, %arena_size
  br i1 %867, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %e37
  %868 = getelementptr i8, i8* %mem, i64 %792
  %869 = trunc i32 %790 to i8
  store i8 %869, i8* %868, align 1
  %870 = load i32, i32* %dict.1, align 4
  store i32 %870, i32* %result34, align 4
  br label %e17

ok120:                                            ; preds = %write.slow118
  %871 = icmp ult i64 %792, %scratch_start
  %872 = load i64, i64* %lowStart, align 8
  %873 = call i64 @llvm.umin.i64(i64 %872, i64 %792)
  %874 = load i64, i64* %lowEnd, align 8
  %875 = load i64, i64* %highEnd, align 8
  %876 = add i64 %793, 64
  %877 = sub i64 %793, %873
  %878 = lshr i64 %877, 4
  %879 = add i64 %876, %878
  %880 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %879)
  %881 = call i64 @llvm.umax.i64(i64 %874, i64 %880)
  %882 = select i1 %871, i64 %881, i64 %874
  store i64 %882, i64* %lowEnd, align 8
  %883 = add i64 %793, 64
  %884 = sub i64 %793, %scratch_start
  %885 = lshr i64 %884, 4
  %886 = add i64 %883, %885
  %887 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %886)
  %888 = call i64 @llvm.umax.i64(i64 %875, i64 %887)
  %889 = select i1 %871, i64 %875, i64 %888
  store i64 %889, i64* %highEnd, align 8
  store i64 %873, i64* %lowStart, align 8
  br label %write.ok119

write.low121:                                     ; preds = %e17
  %890 = load i64, i64* %lowStart, align 8
  %891 = icmp uge i64 %329, %890
  %892 = load i64, i64* %lowEnd, align 8
  %893 = icmp ule i64 %330, %892
  %894 = and i1 %891, %893
  %895 = call i1 @llvm.expect.i1(i1 %894, i1 true)
  br i1 %895, label %write.ok123, label %write.slow122

write.slow122:                                    ; preds = %write.low121
  %896 = icmp ugt i64 %330, %arena_size
  br i1 %896, label %trap17.site0, label %ok124

write.ok123:                                      ; preds = %ok124, %write.low121, %e17
  %897 = getelementptr i8, i8* %mem, i64 %329
  store i32 %327, i32* %unaligned125, align 4
  %898 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %897, i8* %898, i64 4, i1 false)
  %899 = load i64, i64* %bucket, align 8
  store i64 %899, i64* %part, align 8
  %900 = getelementptr i64, i64* %regs, i64 1
  %901 = load i64, i64* %900, align 8
  %902 = trunc i64 %901 to i32
  %903 = add i32 %902, 3
  %904 = and i32 %903, -4
  store i32 %904, i32* %text, align 4
  %905 = load i32, i32* %text, align 4
  %906 = add i32 %905, 4
  store i32 %906, i32* %cur, align 4
  %907 = load i32, i32* %cur, align 4
  %908 = add i32 %907, 27
  %909 = getelementptr i64, i64* %regs, i64 2
  %910 = load i64, i64* %909, align 8
  %911 = trunc i64 %910 to i32
  %912 = icmp ugt i32 %908, %911
  %913 = zext i1 %912 to i32
  %914 = icmp ne i32 %913, 0
  br i1 %914, label %then127, label %else128

ok124:                                            ; preds = %write.slow122
  %915 = icmp ult i64 %329, %scratch_start
  %916 = load i64, i64* %lowStart, align 8
  %917 = call i64 @llvm.umin.i64(i64 %916, i64 %329)
  %918 = load i64, i64* %lowEnd, align 8
  %919 = load i64, i64* %highEnd, align 8
  %920 = add i64 %330, 64
  %921 = sub i64 %330, %917
  %922 = lshr i64 %921, 4
  %923 = add i64 %920, %922
  %924 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %923)
  %925 = call i64 @llvm.umax.i64(i64 %918, i64 %924)
  %926 = select i1 %915, i64 %925, i64 %918
  store i64 %926, i64* %lowEnd, align 8
  %927 = add i64 %330, 64
  %928 = sub i64 %330, %scratch_start
  %929 = lshr i64 %928, 4
  %930 = add i64 %927, %929
  %931 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %930)
  %932 = call i64 @llvm.umax.i64(i64 %919, i64 %931)
  %933 = select i1 %915, i64 %919, i64 %932
  store i64 %933, i64* %highEnd, align 8
  store i64 %917, i64* %lowStart, align 8
  br label %write.ok123

e45:                                              ; preds = %ok170
  %934 = load i32, i32* %result126, align 4
  store i32 %934, i32* %bucket_label, align 4
  %935 = load i32, i32* %dict, align 4
  %936 = load i32, i32* %bucket_label, align 4
  %937 = zext i32 %935 to i64
  %938 = add i64 %937, 16
  %939 = add i64 %938, 4
  %940 = icmp uge i64 %938, %scratch_start
  %941 = load i64, i64* %highEnd, align 8
  %942 = icmp ule i64 %939, %941
  %943 = and i1 %940, %942
  %944 = call i1 @llvm.expect.i1(i1 %943, i1 true)
  br i1 %944, label %write.ok173, label %write.low171

then127:                                          ; preds = %write.ok123
  br label %trap15.site24

else128:                                          ; preds = %write.ok123
  br label %join129

join129:                                          ; preds = %else128, %dead130
  %945 = load i32, i32* %cur, align 4
  %946 = zext i32 %945 to i64
  %947 = add i64 %946, 4
  %948 = icmp uge i64 %946, %scratch_start
  %949 = load i64, i64* %highEnd, align 8
  %950 = icmp ule i64 %947, %949
  %951 = and i1 %948, %950
  %952 = call i1 @llvm.expect.i1(i1 %951, i1 true)
  br i1 %952, label %write.ok133, label %write.low131

trap15.site24:                                    ; preds = %write.ok167, %then147, %write.ok143, %then127
  %953 = load i64, i64* %lowStart, align 8
  %954 = getelementptr i64, i64* %regs, i64 6
  store i64 %953, i64* %954, align 8
  %955 = load i64, i64* %lowEnd, align 8
  %956 = getelementptr i64, i64* %regs, i64 7
  store i64 %955, i64* %956, align 8
  %957 = load i64, i64* %highEnd, align 8
  %958 = getelementptr i64, i64* %regs, i64 8
  store i64 %957, i64* %958, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

dead130:                                          ; No predecessors!
  br label %join129

write.low131:                                     ; preds = %join129
  %959 = load i64, i64* %lowStart, align 8
  %960 = icmp uge i64 %946, %959
  %961 = load i64, i64* %lowEnd, align 8
  %962 = icmp ule i64 %947, %961
  %963 = and i1 %960, %962
  %964 = call i1 @llvm.expect.i1(i1 %963, i1 true)
  br i1 %964, label %write.ok133, label %write.slow132

write.slow132:                                    ; preds = %write.low131
  %965 = icmp ugt i64 %947, %arena_size
  br i1 %965, label %trap17.site0, label %ok134

write.ok133:                                      ; preds = %ok134, %write.low131, %join129
  %966 = getelementptr i8, i8* %mem, i64 %946
  store i32 1801680226, i32* %unaligned135, align 4
  %967 = bitcast i32* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %966, i8* %967, i64 4, i1 false)
  %968 = load i32, i32* %cur, align 4
  %969 = zext i32 %968 to i64
  %970 = add i64 %969, 4
  %971 = add i64 %970, 2
  %972 = icmp uge i64 %970, %scratch_start
  %973 = load i64, i64* %highEnd, align 8
  %974 = icmp ule i64 %971, %973
  %975 = and i1 %972, %974
  %976 = call i1 @llvm.expect.i1(i1 %975, i1 true)
  br i1 %976, label %write.ok138, label %write.low136

ok134:                                            ; preds = %write.slow132
  %977 = icmp ult i64 %946, %scratch_start
  %978 = load i64, i64* %lowStart, align 8
  %979 = call i64 @llvm.umin.i64(i64 %978, i64 %946)
  %980 = load i64, i64* %lowEnd, align 8
  %981 = load i64, i64* %highEnd, align 8
  %982 = add i64 %947, 64
  %983 = sub i64 %947, %979
  %984 = lshr i64 %983, 4
  %985 = add i64 %982, %984
  %986 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %985)
  %987 = call i64 @llvm.umax.i64(i64 %980, i64 %986)
  %988 = select i1 %977, i64 %987, i64 %980
  store i64 %988, i64* %lowEnd, align 8
  %989 = add i64 %947, 64
  %990 = sub i64 %947, %scratch_start
  %991 = lshr i64 %990, 4
  %992 = add i64 %989, %991
  %993 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %992)
  %994 = call i64 @llvm.umax.i64(i64 %981, i64 %993)
  %995 = select i1 %977, i64 %981, i64 %994
  store i64 %995, i64* %highEnd, align 8
  store i64 %979, i64* %lowStart, align 8
  br label %write.ok133

write.low136:                                     ; preds = %write.ok133
  %996 = load i64, i64* %lowStart, align 8
  %997 = icmp uge i64 %970, %996
  %998 = load i64, i64* %lowEnd, align 8
  %999 = icmp ule i64 %971, %998
  %1000 = and i1 %997, %999
  %1001 = call i1 @llvm.expect.i1(i1 %1000, i1 true)
  br i1 %1001, label %write.ok138, label %write.slow137

write.slow137:                                    ; preds = %write.low136
  %1002 = icmp ugt i64 %971, %arena_size
  br i1 %1002, label %trap17.site0, label %ok139

write.ok138:                                      ; preds = %ok139, %write.low136, %write.ok133
  %1003 = getelementptr i8, i8* %mem, i64 %970
  store i16 29797, i16* %unaligned140, align 2
  %1004 = bitcast i16* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1003, i8* %1004, i64 2, i1 false)
  %1005 = load i32, i32* %cur, align 4
  %1006 = zext i32 %1005 to i64
  %1007 = add i64 %1006, 6
  %1008 = add i64 %1007, 1
  %1009 = icmp uge i64 %1007, %scratch_start
  %1010 = load i64, i64* %highEnd, align 8
  %1011 = icmp ule i64 %1008, %1010
  %1012 = and i1 %1009, %1011
  %1013 = call i1 @llvm.expect.i1(i1 %1012, i1 true)
  br i1 %1013, label %write.ok143, label %write.low141

ok139:                                            ; preds = %write.slow137
  %1014 = icmp ult i64 %970, %scratch_start
  %1015 = load i64, i64* %lowStart, align 8
  %1016 = call i64 @llvm.umin.i64(i64 %1015, i64 %970)
  %1017 = load i64, i64* %lowEnd, align 8
  %1018 = load i64, i64* %highEnd, align 8
  %1019 = add i64 %971, 64
  %1020 = sub i64 %971, %1016
  %1021 = lshr i64 %1020, 4
  %1022 = add i64 %1019, %1021
  %1023 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1022)
  %1024 = call i64 @llvm.umax.i64(i64 %1017, i64 %1023)
  %1025 = select i1 %1014, i64 %1024, i64 %1017
  store i64 %1025, i64* %lowEnd, align 8
  %1026 = add i64 %971, 64
  %1027 = sub i64 %971, %scratch_start
  %1028 = lshr i64 %1027, 4
  %1029 = add i64 %1026, %1028
  %1030 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1029)
  %1031 = call i64 @llvm.umax.i64(i64 %1018, i64 %1030)
  %1032 = select i1 %1014, i64 %1018, i64 %1031
  store i64 %1032, i64* %highEnd, align 8
  store i64 %1016, i64* %lowStart, align 8
  br label %write.ok138

write.low141:                                     ; preds = %write.ok138
  %1033 = load i64, i64* %lowStart, align 8
  %1034 = icmp uge i64 %1007, %1033
  %1035 = load i64, i64* %lowEnd, align 8
  %1036 = icmp ule i64 %1008, %1035
  %1037 = and i1 %1034, %1036
  %1038 = call i1 @llvm.expect.i1(i1 %1037, i1 true)
  br i1 %1038, label %write.ok143, label %write.slow142

write.slow142:                                    ; preds = %write.low141
  %1039 = icmp ugt i64 %1008, %arena_size
  br i1 %1039, label %trap17.site0, label %ok144

write.ok143:                                      ; preds = %ok144, %write.low141, %write.ok138
  %1040 = getelementptr i8, i8* %mem, i64 %1007
  store i8 32, i8* %1040, align 1
  %1041 = load i32, i32* %cur, align 4
  %1042 = add i32 %1041, 7
  store i32 %1042, i32* %cur, align 4
  %1043 = load i32, i32* %cur, align 4
  %1044 = load i64, i64* %part, align 8
  %1045 = load i32, i32* %cur, align 4
  %1046 = icmp uge i32 %depth, 1000
  br i1 %1046, label %trap15.site24, label %ok145

ok144:                                            ; preds = %write.slow142
  %1047 = icmp ult i64 %1007, %scratch_start
  %1048 = load i64, i64* %lowStart, align 8
  %1049 = call i64 @llvm.umin.i64(i64 %1048, i64 %1007)
  %1050 = load i64, i64* %lowEnd, align 8
  %1051 = load i64, i64* %highEnd, align 8
  %1052 = add i64 %1008, 64
  %1053 = sub i64 %1008, %1049
  %1054 = lshr i64 %1053, 4
  %1055 = add i64 %1052, %1054
  %1056 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1055)
  %1057 = call i64 @llvm.umax.i64(i64 %1050, i64 %1056)
  %1058 = select i1 %1047, i64 %1057, i64 %1050
  store i64 %1058, i64* %lowEnd, align 8
  %1059 = add i64 %1008, 64
  %1060 = sub i64 %1008, %scratch_start
  %1061 = lshr i64 %1060, 4
  %1062 = add i64 %1059, %1061
  %1063 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1062)
  %1064 = call i64 @llvm.umax.i64(i64 %1051, i64 %1063)
  %1065 = select i1 %1047, i64 %1051, i64 %1064
  store i64 %1065, i64* %highEnd, align 8
  store i64 %1049, i64* %lowStart, align 8
  br label %write.ok143

ok145:                                            ; preds = %write.ok143
  %1066 = icmp ult i64 %10, %stack_limit
  br i1 %1066, label %trap253.site0, label %stack_ok146

stack_ok146:                                      ; preds = %ok145
  %1067 = load i64, i64* %fuel, align 8
  %1068 = getelementptr i64, i64* %regs, i64 0
  store i64 %1067, i64* %1068, align 8
  %1069 = load i64, i64* %lowStart, align 8
  %1070 = getelementptr i64, i64* %regs, i64 6
  store i64 %1069, i64* %1070, align 8
  %1071 = load i64, i64* %lowEnd, align 8
  %1072 = getelementptr i64, i64* %regs, i64 7
  store i64 %1071, i64* %1072, align 8
  %1073 = load i64, i64* %highEnd, align 8
  %1074 = getelementptr i64, i64* %regs, i64 8
  store i64 %1073, i64* %1074, align 8
  %1075 = add i32 %depth, 1
  %1076 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1075, i64 %1044, i32 %1045)
  %1077 = getelementptr i64, i64* %regs, i64 0
  %1078 = load i64, i64* %1077, align 8
  store i64 %1078, i64* %fuel, align 8
  %1079 = getelementptr i64, i64* %regs, i64 6
  %1080 = load i64, i64* %1079, align 8
  store i64 %1080, i64* %lowStart, align 8
  %1081 = getelementptr i64, i64* %regs, i64 7
  %1082 = load i64, i64* %1081, align 8
  store i64 %1082, i64* %lowEnd, align 8
  %1083 = getelementptr i64, i64* %regs, i64 8
  %1084 = load i64, i64* %1083, align 8
  store i64 %1084, i64* %highEnd, align 8
  %1085 = add i32 %1043, %1076
  store i32 %1085, i32* %cur, align 4
  %1086 = load i32, i32* %cur, align 4
  %1087 = add i32 %1086, 7
  %1088 = getelementptr i64, i64* %regs, i64 2
  %1089 = load i64, i64* %1088, align 8
  %1090 = trunc i64 %1089 to i32
  %1091 = icmp ugt i32 %1087, %1090
  %1092 = zext i1 %1091 to i32
  %1093 = icmp ne i32 %1092, 0
  br i1 %1093, label %then147, label %else148

then147:                                          ; preds = %stack_ok146
  br label %trap15.site24

else148:                                          ; preds = %stack_ok146
  br label %join149

join149:                                          ; preds = %else148, %dead150
  %1094 = load i32, i32* %cur, align 4
  %1095 = zext i32 %1094 to i64
  %1096 = add i64 %1095, 4
  %1097 = icmp uge i64 %1095, %scratch_start
  %1098 = load i64, i64* %highEnd, align 8
  %1099 = icmp ule i64 %1096, %1098
  %1100 = and i1 %1097, %1099
  %1101 = call i1 @llvm.expect.i1(i1 %1100, i1 true)
  br i1 %1101, label %write.ok153, label %write.low151

dead150:                                          ; No predecessors!
  br label %join149

write.low151:                                     ; preds = %join149
  %1102 = load i64, i64* %lowStart, align 8
  %1103 = icmp uge i64 %1095, %1102
  %1104 = load i64, i64* %lowEnd, align 8
  %1105 = icmp ule i64 %1096, %1104
  %1106 = and i1 %1103, %1105
  %1107 = call i1 @llvm.expect.i1(i1 %1106, i1 true)
  br i1 %1107, label %write.ok153, label %write.slow152

write.slow152:                                    ; preds = %write.low151
  %1108 = icmp ugt i64 %1096, %arena_size
  br i1 %1108, label %trap17.site0, label %ok154

write.ok153:                                      ; preds = %ok154, %write.low151, %join149
  %1109 = getelementptr i8, i8* %mem, i64 %1095
  store i32 543584032, i32* %unaligned155, align 4
  %1110 = bitcast i32* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1109, i8* %1110, i64 4, i1 false)
  %1111 = load i32, i32* %cur, align 4
  %1112 = zext i32 %1111 to i64
  %1113 = add i64 %1112, 4
  %1114 = add i64 %1113, 2
  %1115 = icmp uge i64 %1113, %scratch_start
  %1116 = load i64, i64* %highEnd, align 8
  %1117 = icmp ule i64 %1114, %1116
  %1118 = and i1 %1115, %1117
  %1119 = call i1 @llvm.expect.i1(i1 %1118, i1 true)
  br i1 %1119, label %write.ok158, label %write.low156

ok154:                                            ; preds = %write.slow152
  %1120 = icmp ult i64 %1095, %scratch_start
  %1121 = load i64, i64* %lowStart, align 8
  %1122 = call i64 @llvm.umin.i64(i64 %1121, i64 %1095)
  %1123 = load i64, i64* %lowEnd, align 8
  %1124 = load i64, i64* %highEnd, align 8
  %1125 = add i64 %1096, 64
  %1126 = sub i64 %1096, %1122
  %1127 = lshr i64 %1126, 4
  %1128 = add i64 %1125, %1127
  %1129 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1128)
  %1130 = call i64 @llvm.umax.i64(i64 %1123, i64 %1129)
  %1131 = select i1 %1120, i64 %1130, i64 %1123
  store i64 %1131, i64* %lowEnd, align 8
  %1132 = add i64 %1096, 64
  %1133 = sub i64 %1096, %scratch_start
  %1134 = lshr i64 %1133, 4
  %1135 = add i64 %1132, %1134
  %1136 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1135)
  %1137 = call i64 @llvm.umax.i64(i64 %1124, i64 %1136)
  %1138 = select i1 %1120, i64 %1124, i64 %1137
  store i64 %1138, i64* %highEnd, align 8
  store i64 %1122, i64* %lowStart, align 8
  br label %write.ok153

write.low156:                                     ; preds = %write.ok153
  %1139 = load i64, i64* %lowStart, align 8
  %1140 = icmp uge i64 %1113, %1139
  %1141 = load i64, i64* %lowEnd, align 8
  %1142 = icmp ule i64 %1114, %1141
  %1143 = and i1 %1140, %1142
  %1144 = call i1 @llvm.expect.i1(i1 %1143, i1 true)
  br i1 %1144, label %write.ok158, label %write.slow157

write.slow157:                                    ; preds = %write.low156
  %1145 = icmp ugt i64 %1114, %arena_size
  br i1 %1145, label %trap17.site0, label %ok159

write.ok158:                                      ; preds = %ok159, %write.low156, %write.ok153
  %1146 = getelementptr i8, i8* %mem, i64 %1113
  store i16 12337, i16* %unaligned160, align 2
  %1147 = bitcast i16* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1146, i8* %1147, i64 2, i1 false)
  %1148 = load i32, i32* %cur, align 4
  %1149 = zext i32 %1148 to i64
  %1150 = add i64 %1149, 6
  %1151 = add i64 %1150, 1
  %1152 = icmp uge i64 %1150, %scratch_start
  %1153 = load i64, i64* %highEnd, align 8
  %1154 = icmp ule i64 %1151, %1153
  %1155 = and i1 %1152, %1154
  %1156 = call i1 @llvm.expect.i1(i1 %1155, i1 true)
  br i1 %1156, label %write.ok163, label %write.low161

ok159:                                            ; preds = %write.slow157
  %1157 = icmp ult i64 %1113, %scratch_start
  %1158 = load i64, i64* %lowStart, align 8
  %1159 = call i64 @llvm.umin.i64(i64 %1158, i64 %1113)
  %1160 = load i64, i64* %lowEnd, align 8
  %1161 = load i64, i64* %highEnd, align 8
  %1162 = add i64 %1114, 64
  %1163 = sub i64 %1114, %1159
  %1164 = lshr i64 %1163, 4
  %1165 = add i64 %1162, %1164
  %1166 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1165)
  %1167 = call i64 @llvm.umax.i64(i64 %1160, i64 %1166)
  %1168 = select i1 %1157, i64 %1167, i64 %1160
  store i64 %1168, i64* %lowEnd, align 8
  %1169 = add i64 %1114, 64
  %1170 = sub i64 %1114, %scratch_start
  %1171 = lshr i64 %1170, 4
  %1172 = add i64 %1169, %1171
  %1173 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1172)
  %1174 = call i64 @llvm.umax.i64(i64 %1161, i64 %1173)
  %1175 = select i1 %1157, i64 %1161, i64 %1174
  store i64 %1175, i64* %highEnd, align 8
  store i64 %1159, i64* %lowStart, align 8
  br label %write.ok158

write.low161:                                     ; preds = %write.ok158
  %1176 = load i64, i64* %lowStart, align 8
  %1177 = icmp uge i64 %1150, %1176
  %1178 = load i64, i64* %lowEnd, align 8
  %1179 = icmp ule i64 %1151, %1178
  %1180 = and i1 %1177, %1179
  %1181 = call i1 @llvm.expect.i1(i1 %1180, i1 true)
  br i1 %1181, label %write.ok163, label %write.slow162

write.slow162:                                    ; preds = %write.low161
  %1182 = icmp ugt i64 %1151, %arena_size
  br i1 %1182, label %trap17.site0, label %ok164

write.ok163:                                      ; preds = %ok164, %write.low161, %write.ok158
  %1183 = getelementptr i8, i8* %mem, i64 %1150
  store i8 48, i8* %1183, align 1
  %1184 = load i32, i32* %cur, align 4
  %1185 = add i32 %1184, 7
  store i32 %1185, i32* %cur, align 4
  %1186 = load i32, i32* %cur, align 4
  %1187 = load i32, i32* %text, align 4
  %1188 = sub i32 %1186, %1187
  %1189 = sub i32 %1188, 4
  store i32 %1189, i32* %len.1, align 4
  %1190 = load i32, i32* %text, align 4
  %1191 = load i32, i32* %len.1, align 4
  %1192 = zext i32 %1190 to i64
  %1193 = add i64 %1192, 4
  %1194 = icmp uge i64 %1192, %scratch_start
  %1195 = load i64, i64* %highEnd, align 8
  %1196 = icmp ule i64 %1193, %1195
  %1197 = and i1 %1194, %1196
  %1198 = call i1 @llvm.expect.i1(i1 %1197, i1 true)
  br i1 %1198, label %write.ok167, label %write.low165

ok164:                                            ; preds = %write.slow162
  %1199 = icmp ult i64 %1150, %scratch_start
  %1200 = load i64, i64* %lowStart, align 8
  %1201 = call i64 @llvm.umin.i64(i64 %1200, i64 %1150)
  %1202 = load i64, i64* %lowEnd, align 8
  %1203 = load i64, i64* %highEnd, align 8
  %1204 = add i64 %1151, 64
  %1205 = sub i64 %1151, %1201
  %1206 = lshr i64 %1205, 4
  %1207 = add i64 %1204, %1206
  %1208 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1207)
  %1209 = call i64 @llvm.umax.i64(i64 %1202, i64 %1208)
  %1210 = select i1 %1199, i64 %1209, i64 %1202
  store i64 %1210, i64* %lowEnd, align 8
  %1211 = add i64 %1151, 64
  %1212 = sub i64 %1151, %scratch_start
  %1213 = lshr i64 %1212, 4
  %1214 = add i64 %1211, %1213
  %1215 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1214)
  %1216 = call i64 @llvm.umax.i64(i64 %1203, i64 %1215)
  %1217 = select i1 %1199, i64 %1203, i64 %1216
  store i64 %1217, i64* %highEnd, align 8
  store i64 %1201, i64* %lowStart, align 8
  br label %write.ok163

write.low165:                                     ; preds = %write.ok163
  %1218 = load i64, i64* %lowStart, align 8
  %1219 = icmp uge i64 %1192, %1218
  %1220 = load i64, i64* %lowEnd, align 8
  %1221 = icmp ule i64 %1193, %1220
  %1222 = and i1 %1219, %1221
  %1223 = call i1 @llvm.expect.i1(i1 %1222, i1 true)
  br i1 %1223, label %write.ok167, label %write.slow166

write.slow166:                                    ; preds = %write.low165
  %1224 = icmp ugt i64 %1193, %arena_size
  br i1 %1224, label %trap17.site0, label %ok168

write.ok167:                                      ; preds = %ok168, %write.low165, %write.ok163
  %1225 = getelementptr i8, i8* %mem, i64 %1192
  store i32 %1191, i32* %unaligned169, align 4
  %1226 = bitcast i32* %unaligned169 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1225, i8* %1226, i64 4, i1 false)
  %1227 = load i32, i32* %len.1, align 4
  %1228 = add i32 %1227, 4
  %1229 = zext i32 %1228 to i64
  %1230 = getelementptr i64, i64* %regs, i64 1
  %1231 = getelementptr i64, i64* %regs, i64 2
  %1232 = load i64, i64* %1230, align 8
  %1233 = add i64 %1232, 3
  %1234 = and i64 %1233, -4
  %1235 = add i64 %1234, %1229
  %1236 = load i64, i64* %1231, align 8
  %1237 = icmp ugt i64 %1235, %1236
  br i1 %1237, label %trap15.site24, label %ok170

ok168:                                            ; preds = %write.slow166
  %1238 = icmp ult i64 %1192, %scratch_start
  %1239 = load i64, i64* %lowStart, align 8
  %1240 = call i64 @llvm.umin.i64(i64 %1239, i64 %1192)
  %1241 = load i64, i64* %lowEnd, align 8
  %1242 = load i64, i64* %highEnd, align 8
  %1243 = add i64 %1193, 64
  %1244 = sub i64 %1193, %1240
  %1245 = lshr i64 %1244, 4
  %1246 = add i64 %1243, %1245
  %1247 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1246)
  %1248 = call i64 @llvm.umax.i64(i64 %1241, i64 %1247)
  %1249 = select i1 %1238, i64 %1248, i64 %1241
  store i64 %1249, i64* %lowEnd, align 8
  %1250 = add i64 %1193, 64
  %1251 = sub i64 %1193, %scratch_start
  %1252 = lshr i64 %1251, 4
  %1253 = add i64 %1250, %1252
  %1254 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1253)
  %1255 = call i64 @llvm.umax.i64(i64 %1242, i64 %1254)
  %1256 = select i1 %1238, i64 %1242, i64 %1255
  store i64 %1256, i64* %highEnd, align 8
  store i64 %1240, i64* %lowStart, align 8
  br label %write.ok167

ok170:                                            ; preds = %write.ok167
  store i64 %1235, i64* %1230, align 8
  %1257 = load i64, i64* %highEnd, align 8
  %1258 = call i64 @llvm.umax.i64(i64 %1257, i64 %1235)
  store i64 %1258, i64* %highEnd, align 8
  %1259 = trunc i64 %1234 to i32
  store i32 %1259, i32* %result126, align 4
  br label %e45

write.low171:                                     ; preds = %e45
  %1260 = load i64, i64* %lowStart, align 8
  %1261 = icmp uge i64 %938, %1260
  %1262 = load i64, i64* %lowEnd, align 8
  %1263 = icmp ule i64 %939, %1262
  %1264 = and i1 %1261, %1263
  %1265 = call i1 @llvm.expect.i1(i1 %1264, i1 true)
  br i1 %1265, label %write.ok173, label %write.slow172

write.slow172:                                    ; preds = %write.low171
  %1266 = icmp ugt i64 %939, %arena_size
  br i1 %1266, label %trap17.site0, label %ok174

write.ok173:                                      ; preds = %ok174, %write.low171, %e45
  %1267 = getelementptr i8, i8* %mem, i64 %938
  store i32 %936, i32* %unaligned175, align 4
  %1268 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1267, i8* %1268, i64 4, i1 false)
  %1269 = load i32, i32* %dict, align 4
  store i32 %1269, i32* %result5, align 4
  br label %e0

ok174:                                            ; preds = %write.slow172
  %1270 = icmp ult i64 %938, %scratch_start
  %1271 = load i64, i64* %lowStart, align 8
  %1272 = call i64 @llvm.umin.i64(i64 %1271, i64 %938)
  %1273 = load i64, i64* %lowEnd, align 8
  %1274 = load i64, i64* %highEnd, align 8
  %1275 = add i64 %939, 64
  %1276 = sub i64 %939, %1272
  %1277 = lshr i64 %1276, 4
  %1278 = add i64 %1275, %1277
  %1279 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1278)
  %1280 = call i64 @llvm.umax.i64(i64 %1273, i64 %1279)
  %1281 = select i1 %1270, i64 %1280, i64 %1273
  store i64 %1281, i64* %lowEnd, align 8
  %1282 = add i64 %939, 64
  %1283 = sub i64 %939, %scratch_start
  %1284 = lshr i64 %1283, 4
  %1285 = add i64 %1282, %1284
  %1286 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1285)
  %1287 = call i64 @llvm.umax.i64(i64 %1274, i64 %1286)
  %1288 = select i1 %1270, i64 %1274, i64 %1287
  store i64 %1288, i64* %highEnd, align 8
  store i64 %1272, i64* %lowStart, align 8
  br label %write.ok173

ok176:                                            ; preds = %e0
  %1289 = icmp ult i64 %10, %stack_limit
  br i1 %1289, label %trap253.site0, label %stack_ok177

stack_ok177:                                      ; preds = %ok176
  %1290 = load i64, i64* %fuel, align 8
  %1291 = getelementptr i64, i64* %regs, i64 0
  store i64 %1290, i64* %1291, align 8
  %1292 = load i64, i64* %lowStart, align 8
  %1293 = getelementptr i64, i64* %regs, i64 6
  store i64 %1292, i64* %1293, align 8
  %1294 = load i64, i64* %lowEnd, align 8
  %1295 = getelementptr i64, i64* %regs, i64 7
  store i64 %1294, i64* %1295, align 8
  %1296 = load i64, i64* %highEnd, align 8
  %1297 = getelementptr i64, i64* %regs, i64 8
  store i64 %1296, i64* %1297, align 8
  %1298 = add i32 %depth, 1
  %1299 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1298, i32 %89, i32 %90, i32 0)
  %1300 = getelementptr i64, i64* %regs, i64 0
  %1301 = load i64, i64* %1300, align 8
  store i64 %1301, i64* %fuel, align 8
  %1302 = getelementptr i64, i64* %regs, i64 6
  %1303 = load i64, i64* %1302, align 8
  store i64 %1303, i64* %lowStart, align 8
  %1304 = getelementptr i64, i64* %regs, i64 7
  %1305 = load i64, i64* %1304, align 8
  store i64 %1305, i64* %lowEnd, align 8
  %1306 = getelementptr i64, i64* %regs, i64 8
  %1307 = load i64, i64* %1306, align 8
  store i64 %1307, i64* %highEnd, align 8
  store i32 %1299, i32* %json_end, align 4
  %1308 = load i32, i32* %json_end, align 4
  %1309 = icmp eq i32 %1308, -2
  %1310 = zext i1 %1309 to i32
  %1311 = icmp ne i32 %1310, 0
  br i1 %1311, label %then178, label %else179

then178:                                          ; preds = %stack_ok177
  br label %trap16.site4

else179:                                          ; preds = %stack_ok177
  br label %join180

join180:                                          ; preds = %else179, %dead181
  %1312 = load i32, i32* %json_end, align 4
  %1313 = icmp eq i32 %1312, -1
  %1314 = zext i1 %1313 to i32
  %1315 = icmp ne i32 %1314, 0
  br i1 %1315, label %then182, label %else183

trap16.site4:                                     ; preds = %then178
  %1316 = load i64, i64* %lowStart, align 8
  %1317 = getelementptr i64, i64* %regs, i64 6
  store i64 %1316, i64* %1317, align 8
  %1318 = load i64, i64* %lowEnd, align 8
  %1319 = getelementptr i64, i64* %regs, i64 7
  store i64 %1318, i64* %1319, align 8
  %1320 = load i64, i64* %highEnd, align 8
  %1321 = getelementptr i64, i64* %regs, i64 8
  store i64 %1320, i64* %1321, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead181:                                          ; No predecessors!
  br label %join180

then182:                                          ; preds = %join180
  br label %trap15.site4

else183:                                          ; preds = %join180
  br label %join184

join184:                                          ; preds = %else183, %dead185
  %1322 = load i32, i32* %json_end, align 4
  %1323 = zext i32 %1322 to i64
  %1324 = getelementptr i64, i64* %regs, i64 3
  store i64 %1323, i64* %1324, align 8
  %1325 = load i32, i32* %json_end, align 4
  %1326 = load i32, i32* %json_start, align 4
  %1327 = sub i32 %1325, %1326
  %1328 = load i64, i64* %fuel, align 8
  %1329 = getelementptr i64, i64* %regs, i64 0
  store i64 %1328, i64* %1329, align 8
  %1330 = load i64, i64* %lowStart, align 8
  %1331 = getelementptr i64, i64* %regs, i64 6
  store i64 %1330, i64* %1331, align 8
  %1332 = load i64, i64* %lowEnd, align 8
  %1333 = getelementptr i64, i64* %regs, i64 7
  store i64 %1332, i64* %1333, align 8
  %1334 = load i64, i64* %highEnd, align 8
  %1335 = getelementptr i64, i64* %regs, i64 8
  store i64 %1334, i64* %1335, align 8
  ret i32 %1327

dead185:                                          ; No predecessors!
  br label %join184
}
