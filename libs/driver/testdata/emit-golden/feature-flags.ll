; From examples/feature-flags.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/feature-flags.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (35):
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
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
  %269 = add i64 %268, 4
  %270 = icmp ugt i64 %269, %arena_size
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
  %283 = add i64 %282, 4
  %284 = icmp ugt i64 %283, %arena_size
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
  %292 = add i64 %291, 4
  %293 = add i64 %292, 4
  %294 = icmp ugt i64 %293, %arena_size
  br i1 %294, label %trap17.site0, label %ok44

ok44:                                             ; preds = %ok42
  %295 = getelementptr i8, i8* %mem, i64 %292
  %296 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %296, i8* %295, i64 4, i1 false)
  %297 = load i32, i32* %unaligned45, align 4
  %298 = icmp eq i32 %297, 1601467759
  %299 = zext i1 %298 to i32
  %300 = and i32 %289, %299
  %301 = load i32, i32* %args_kp, align 4
  %302 = zext i32 %301 to i64
  %303 = add i64 %302, 8
  %304 = add i64 %303, 4
  %305 = icmp ugt i64 %304, %arena_size
  br i1 %305, label %trap17.site0, label %ok46

ok46:                                             ; preds = %ok44
  %306 = getelementptr i8, i8* %mem, i64 %303
  %307 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %307, i8* %306, i64 4, i1 false)
  %308 = load i32, i32* %unaligned47, align 4
  %309 = icmp eq i32 %308, 1668441456
  %310 = zext i1 %309 to i32
  %311 = and i32 %300, %310
  %312 = load i32, i32* %args_kp, align 4
  %313 = zext i32 %312 to i64
  %314 = add i64 %313, 12
  %315 = add i64 %314, 2
  %316 = icmp ugt i64 %315, %arena_size
  br i1 %316, label %trap17.site0, label %ok48

ok48:                                             ; preds = %ok46
  %317 = getelementptr i8, i8* %mem, i64 %314
  %318 = bitcast i16* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %318, i8* %317, i64 2, i1 false)
  %319 = load i16, i16* %unaligned49, align 2
  %320 = zext i16 %319 to i32
  %321 = icmp eq i32 %320, 28261
  %322 = zext i1 %321 to i32
  %323 = and i32 %311, %322
  %324 = load i32, i32* %args_kp, align 4
  %325 = zext i32 %324 to i64
  %326 = add i64 %325, 14
  %327 = add i64 %326, 1
  %328 = icmp ugt i64 %327, %arena_size
  br i1 %328, label %trap17.site0, label %ok50

ok50:                                             ; preds = %ok48
  %329 = getelementptr i8, i8* %mem, i64 %326
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
  %348 = add i64 %347, 1
  %349 = icmp ugt i64 %348, %arena_size
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
  %372 = add i64 %371, 1
  %373 = icmp ugt i64 %372, %arena_size
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
  %515 = add i64 %514, 1
  %516 = icmp ugt i64 %515, %arena_size
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
  %527 = add i64 %526, 1
  %528 = icmp ugt i64 %527, %arena_size
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
  %559 = add i64 %558, 1
  %560 = icmp ugt i64 %559, %arena_size
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
  %584 = add i64 %583, 4
  %585 = icmp ugt i64 %584, %arena_size
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
  %611 = add i64 %610, 8
  %612 = icmp ugt i64 %611, %arena_size
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
  br i1 %648, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join121
  %649 = load i64, i64* %lowStart, align 8
  %650 = getelementptr i64, i64* %regs, i64 6
  store i64 %649, i64* %650, align 8
  %651 = load i64, i64* %lowEnd, align 8
  %652 = getelementptr i64, i64* %regs, i64 7
  store i64 %651, i64* %652, align 8
  %653 = load i64, i64* %highEnd, align 8
  %654 = getelementptr i64, i64* %regs, i64 8
  store i64 %653, i64* %654, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok123
  %655 = load i64, i64* %lowStart, align 8
  %656 = icmp uge i64 %643, %655
  %657 = load i64, i64* %lowEnd, align 8
  %658 = icmp ule i64 %644, %657
  %659 = and i1 %656, %658
  br i1 %659, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %660 = icmp ugt i64 %644, %arena_size
  br i1 %660, label %trap17.site0, label %ok124

write.ok:                                         ; preds = %ok124, %write.low, %ok123
  %661 = getelementptr i8, i8* %mem, i64 %643
  store i32 %642, i32* %unaligned125, align 4
  %662 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %661, i8* %662, i64 4, i1 false)
  %663 = load i32, i32* %args_out, align 4
  %664 = load i64, i64* %arg.1, align 8
  %665 = zext i32 %663 to i64
  %666 = add i64 %665, 8
  %667 = add i64 %666, 8
  %668 = icmp uge i64 %666, %scratch_start
  %669 = load i64, i64* %highEnd, align 8
  %670 = icmp ule i64 %667, %669
  %671 = and i1 %668, %670
  br i1 %671, label %write.ok128, label %write.low126

ok124:                                            ; preds = %write.slow
  %672 = icmp ult i64 %643, %scratch_start
  %673 = load i64, i64* %lowStart, align 8
  %674 = call i64 @llvm.umin.i64(i64 %673, i64 %643)
  %675 = load i64, i64* %lowEnd, align 8
  %676 = load i64, i64* %highEnd, align 8
  %677 = add i64 %644, 64
  %678 = sub i64 %644, %674
  %679 = lshr i64 %678, 4
  %680 = add i64 %677, %679
  %681 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %680)
  %682 = call i64 @llvm.umax.i64(i64 %675, i64 %681)
  %683 = select i1 %672, i64 %682, i64 %675
  store i64 %683, i64* %lowEnd, align 8
  %684 = add i64 %644, 64
  %685 = sub i64 %644, %scratch_start
  %686 = lshr i64 %685, 4
  %687 = add i64 %684, %686
  %688 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %687)
  %689 = call i64 @llvm.umax.i64(i64 %676, i64 %688)
  %690 = select i1 %672, i64 %676, i64 %689
  store i64 %690, i64* %highEnd, align 8
  store i64 %674, i64* %lowStart, align 8
  br label %write.ok

write.low126:                                     ; preds = %write.ok
  %691 = load i64, i64* %lowStart, align 8
  %692 = icmp uge i64 %666, %691
  %693 = load i64, i64* %lowEnd, align 8
  %694 = icmp ule i64 %667, %693
  %695 = and i1 %692, %694
  br i1 %695, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %696 = icmp ugt i64 %667, %arena_size
  br i1 %696, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %write.ok
  %697 = getelementptr i8, i8* %mem, i64 %666
  store i64 %664, i64* %unaligned130, align 8
  %698 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %697, i8* %698, i64 8, i1 false)
  %699 = load i32, i32* %args_out, align 4
  %700 = load i64, i64* %fuel, align 8
  %701 = getelementptr i64, i64* %regs, i64 0
  store i64 %700, i64* %701, align 8
  %702 = load i64, i64* %lowStart, align 8
  %703 = getelementptr i64, i64* %regs, i64 6
  store i64 %702, i64* %703, align 8
  %704 = load i64, i64* %lowEnd, align 8
  %705 = getelementptr i64, i64* %regs, i64 7
  store i64 %704, i64* %705, align 8
  %706 = load i64, i64* %highEnd, align 8
  %707 = getelementptr i64, i64* %regs, i64 8
  store i64 %706, i64* %707, align 8
  ret i32 %699

ok129:                                            ; preds = %write.slow127
  %708 = icmp ult i64 %666, %scratch_start
  %709 = load i64, i64* %lowStart, align 8
  %710 = call i64 @llvm.umin.i64(i64 %709, i64 %666)
  %711 = load i64, i64* %lowEnd, align 8
  %712 = load i64, i64* %highEnd, align 8
  %713 = add i64 %667, 64
  %714 = sub i64 %667, %710
  %715 = lshr i64 %714, 4
  %716 = add i64 %713, %715
  %717 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %716)
  %718 = call i64 @llvm.umax.i64(i64 %711, i64 %717)
  %719 = select i1 %708, i64 %718, i64 %711
  store i64 %719, i64* %lowEnd, align 8
  %720 = add i64 %667, 64
  %721 = sub i64 %667, %scratch_start
  %722 = lshr i64 %721, 4
  %723 = add i64 %720, %722
  %724 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %723)
  %725 = call i64 @llvm.umax.i64(i64 %712, i64 %724)
  %726 = select i1 %708, i64 %712, i64 %725
  store i64 %726, i64* %highEnd, align 8
  store i64 %710, i64* %lowStart, align 8
  br label %write.ok128
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
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
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
  %64 = add i64 %63, 8
  %65 = add i64 %64, 8
  %66 = icmp ugt i64 %65, %arena_size
  br i1 %66, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %write.slow172, %write.slow166, %write.slow162, %write.slow157, %write.slow152, %write.slow142, %write.slow137, %write.slow132, %write.slow122, %write.slow118, %cont107, %ok102, %write.slow98, %write.slow92, %cont81, %ok76, %write.slow72, %write.slow67, %write.slow62, %write.slow57, %write.slow52, %write.slow41, %write.slow31, %cont, %ok20, %write.slow, %ok7, %ok2, %stack_ok
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
  %97 = add i64 %96, 4
  %98 = icmp ugt i64 %97, %arena_size
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
  %109 = add i64 %108, 4
  %110 = icmp ugt i64 %109, %arena_size
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
  %126 = add i64 %125, 8
  %127 = add i64 %126, 8
  %128 = icmp ugt i64 %127, %arena_size
  br i1 %128, label %trap17.site10, label %ok12

trap2.site7:                                      ; preds = %ok9
  %129 = load i64, i64* %lowStart, align 8
  %130 = getelementptr i64, i64* %regs, i64 6
  store i64 %129, i64* %130, align 8
  %131 = load i64, i64* %lowEnd, align 8
  %132 = getelementptr i64, i64* %regs, i64 7
  store i64 %131, i64* %132, align 8
  %133 = load i64, i64* %highEnd, align 8
  %134 = getelementptr i64, i64* %regs, i64 8
  store i64 %133, i64* %134, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

ok12:                                             ; preds = %ok11
  %135 = getelementptr i8, i8* %mem, i64 %126
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
  br i1 %169, label %write.ok, label %write.low

trap2.site5:                                      ; preds = %ok15
  %170 = load i64, i64* %lowStart, align 8
  %171 = getelementptr i64, i64* %regs, i64 6
  store i64 %170, i64* %171, align 8
  %172 = load i64, i64* %lowEnd, align 8
  %173 = getelementptr i64, i64* %regs, i64 7
  store i64 %172, i64* %173, align 8
  %174 = load i64, i64* %highEnd, align 8
  %175 = getelementptr i64, i64* %regs, i64 8
  store i64 %174, i64* %175, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 5)
  unreachable

write.low:                                        ; preds = %ok16
  %176 = load i64, i64* %lowStart, align 8
  %177 = icmp uge i64 %164, %176
  %178 = load i64, i64* %lowEnd, align 8
  %179 = icmp ule i64 %165, %178
  %180 = and i1 %177, %179
  br i1 %180, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %181 = icmp ugt i64 %165, %arena_size
  br i1 %181, label %trap17.site0, label %ok17

write.ok:                                         ; preds = %ok17, %write.low, %ok16
  %182 = getelementptr i8, i8* %mem, i64 %164
  store i64 %163, i64* %unaligned18, align 8
  %183 = bitcast i64* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %182, i8* %183, i64 8, i1 false)
  %184 = load i32, i32* %user, align 4
  %185 = zext i32 %184 to i64
  %186 = add i64 %185, 16
  %187 = add i64 %186, 4
  %188 = icmp ugt i64 %187, %arena_size
  br i1 %188, label %trap17.site12, label %ok20

ok17:                                             ; preds = %write.slow
  %189 = icmp ult i64 %164, %scratch_start
  %190 = load i64, i64* %lowStart, align 8
  %191 = call i64 @llvm.umin.i64(i64 %190, i64 %164)
  %192 = load i64, i64* %lowEnd, align 8
  %193 = load i64, i64* %highEnd, align 8
  %194 = add i64 %165, 64
  %195 = sub i64 %165, %191
  %196 = lshr i64 %195, 4
  %197 = add i64 %194, %196
  %198 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %197)
  %199 = call i64 @llvm.umax.i64(i64 %192, i64 %198)
  %200 = select i1 %189, i64 %199, i64 %192
  store i64 %200, i64* %lowEnd, align 8
  %201 = add i64 %165, 64
  %202 = sub i64 %165, %scratch_start
  %203 = lshr i64 %202, 4
  %204 = add i64 %201, %203
  %205 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %204)
  %206 = call i64 @llvm.umax.i64(i64 %193, i64 %205)
  %207 = select i1 %189, i64 %193, i64 %206
  store i64 %207, i64* %highEnd, align 8
  store i64 %191, i64* %lowStart, align 8
  br label %write.ok

e11:                                              ; preds = %block15
  %208 = load i32, i32* %result19, align 4
  store i32 %208, i32* %beta, align 4
  %209 = load i32, i32* %dict, align 4
  %210 = load i32, i32* %beta, align 4
  %211 = zext i32 %209 to i64
  %212 = add i64 %211, 8
  %213 = add i64 %212, 1
  %214 = icmp uge i64 %212, %scratch_start
  %215 = load i64, i64* %highEnd, align 8
  %216 = icmp ule i64 %213, %215
  %217 = and i1 %214, %216
  br i1 %217, label %write.ok32, label %write.low30

ok20:                                             ; preds = %write.ok
  %218 = getelementptr i8, i8* %mem, i64 %186
  %219 = bitcast i32* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %219, i8* %218, i64 4, i1 false)
  %220 = load i32, i32* %unaligned21, align 4
  store i32 %220, i32* %xs, align 4
  store i32 8, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %221 = load i32, i32* %xs, align 4
  %222 = zext i32 %221 to i64
  %223 = add i64 %222, 4
  %224 = icmp ugt i64 %223, %arena_size
  br i1 %224, label %trap17.site0, label %ok22

trap17.site12:                                    ; preds = %write.ok
  %225 = load i64, i64* %lowStart, align 8
  %226 = getelementptr i64, i64* %regs, i64 6
  store i64 %225, i64* %226, align 8
  %227 = load i64, i64* %lowEnd, align 8
  %228 = getelementptr i64, i64* %regs, i64 7
  store i64 %227, i64* %228, align 8
  %229 = load i64, i64* %highEnd, align 8
  %230 = getelementptr i64, i64* %regs, i64 8
  store i64 %229, i64* %230, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

ok22:                                             ; preds = %ok20
  %231 = getelementptr i8, i8* %mem, i64 %222
  %232 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %232, i8* %231, i64 4, i1 false)
  %233 = load i32, i32* %unaligned23, align 4
  store i32 %233, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each16

block15:                                          ; preds = %dead29, %then, %ok24
  %234 = load i32, i32* %found, align 4
  store i32 %234, i32* %result19, align 4
  br label %e11

each16:                                           ; preds = %join, %ok22
  %235 = load i64, i64* %fuel, align 8
  %236 = icmp ult i64 %235, 1
  br i1 %236, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each16
  %237 = sub i64 %235, 1
  store i64 %237, i64* %fuel, align 8
  %238 = load i32, i32* %k, align 4
  %239 = load i32, i32* %n, align 4
  %240 = icmp uge i32 %238, %239
  %241 = zext i1 %240 to i32
  %242 = icmp ne i32 %241, 0
  br i1 %242, label %block15, label %cont

cont:                                             ; preds = %ok24
  %243 = load i32, i32* %xs, align 4
  %244 = load i32, i32* %k, align 4
  %245 = mul i32 %244, 4
  %246 = add i32 %243, %245
  %247 = zext i32 %246 to i64
  %248 = add i64 %247, 4
  %249 = add i64 %248, 4
  %250 = icmp ugt i64 %249, %arena_size
  br i1 %250, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %251 = getelementptr i8, i8* %mem, i64 %248
  %252 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %252, i8* %251, i64 4, i1 false)
  %253 = load i32, i32* %unaligned26, align 4
  store i32 %253, i32* %x, align 4
  %254 = load i32, i32* %x, align 4
  store i32 %254, i32* %x.1, align 4
  %255 = load i32, i32* %x.1, align 4
  %256 = load i32, i32* %needle, align 4
  %257 = icmp uge i32 %depth, 1000
  br i1 %257, label %trap15.site0, label %ok27

ok27:                                             ; preds = %ok25
  %258 = icmp ult i64 %10, %stack_limit
  br i1 %258, label %trap253.site0, label %stack_ok28

trap15.site0:                                     ; preds = %e0, %ok108, %ok82, %ok25
  %259 = load i64, i64* %lowStart, align 8
  %260 = getelementptr i64, i64* %regs, i64 6
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %lowEnd, align 8
  %262 = getelementptr i64, i64* %regs, i64 7
  store i64 %261, i64* %262, align 8
  %263 = load i64, i64* %highEnd, align 8
  %264 = getelementptr i64, i64* %regs, i64 8
  store i64 %263, i64* %264, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %265 = load i64, i64* %fuel, align 8
  %266 = getelementptr i64, i64* %regs, i64 0
  store i64 %265, i64* %266, align 8
  %267 = load i64, i64* %lowStart, align 8
  %268 = getelementptr i64, i64* %regs, i64 6
  store i64 %267, i64* %268, align 8
  %269 = load i64, i64* %lowEnd, align 8
  %270 = getelementptr i64, i64* %regs, i64 7
  store i64 %269, i64* %270, align 8
  %271 = load i64, i64* %highEnd, align 8
  %272 = getelementptr i64, i64* %regs, i64 8
  store i64 %271, i64* %272, align 8
  %273 = add i32 %depth, 1
  %274 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %273, i32 %255, i32 %256)
  %275 = getelementptr i64, i64* %regs, i64 0
  %276 = load i64, i64* %275, align 8
  store i64 %276, i64* %fuel, align 8
  %277 = getelementptr i64, i64* %regs, i64 6
  %278 = load i64, i64* %277, align 8
  store i64 %278, i64* %lowStart, align 8
  %279 = getelementptr i64, i64* %regs, i64 7
  %280 = load i64, i64* %279, align 8
  store i64 %280, i64* %lowEnd, align 8
  %281 = getelementptr i64, i64* %regs, i64 8
  %282 = load i64, i64* %281, align 8
  store i64 %282, i64* %highEnd, align 8
  %283 = icmp ne i32 %274, 0
  br i1 %283, label %then, label %else

then:                                             ; preds = %stack_ok28
  store i32 1, i32* %found, align 4
  br label %block15

else:                                             ; preds = %stack_ok28
  br label %join

join:                                             ; preds = %else, %dead
  %284 = load i32, i32* %k, align 4
  %285 = add i32 %284, 1
  store i32 %285, i32* %k, align 4
  br label %each16

dead:                                             ; No predecessors!
  br label %join

dead29:                                           ; No predecessors!
  br label %block15

write.low30:                                      ; preds = %e11
  %286 = load i64, i64* %lowStart, align 8
  %287 = icmp uge i64 %212, %286
  %288 = load i64, i64* %lowEnd, align 8
  %289 = icmp ule i64 %213, %288
  %290 = and i1 %287, %289
  br i1 %290, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %291 = icmp ugt i64 %213, %arena_size
  br i1 %291, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %e11
  %292 = getelementptr i8, i8* %mem, i64 %212
  %293 = trunc i32 %210 to i8
  store i8 %293, i8* %292, align 1
  %294 = getelementptr i64, i64* %regs, i64 1
  %295 = getelementptr i64, i64* %regs, i64 2
  %296 = load i64, i64* %294, align 8
  %297 = add i64 %296, 7
  %298 = and i64 %297, -8
  %299 = add i64 %298, 4
  %300 = load i64, i64* %295, align 8
  %301 = icmp ugt i64 %299, %300
  br i1 %301, label %trap15.site13, label %ok35

ok33:                                             ; preds = %write.slow31
  %302 = icmp ult i64 %212, %scratch_start
  %303 = load i64, i64* %lowStart, align 8
  %304 = call i64 @llvm.umin.i64(i64 %303, i64 %212)
  %305 = load i64, i64* %lowEnd, align 8
  %306 = load i64, i64* %highEnd, align 8
  %307 = add i64 %213, 64
  %308 = sub i64 %213, %304
  %309 = lshr i64 %308, 4
  %310 = add i64 %307, %309
  %311 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %310)
  %312 = call i64 @llvm.umax.i64(i64 %305, i64 %311)
  %313 = select i1 %302, i64 %312, i64 %305
  store i64 %313, i64* %lowEnd, align 8
  %314 = add i64 %213, 64
  %315 = sub i64 %213, %scratch_start
  %316 = lshr i64 %315, 4
  %317 = add i64 %314, %316
  %318 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %317)
  %319 = call i64 @llvm.umax.i64(i64 %306, i64 %318)
  %320 = select i1 %302, i64 %306, i64 %319
  store i64 %320, i64* %highEnd, align 8
  store i64 %304, i64* %lowStart, align 8
  br label %write.ok32

e17:                                              ; preds = %write.ok119
  %321 = load i32, i32* %result34, align 4
  store i32 %321, i32* %flags, align 4
  %322 = load i32, i32* %dict, align 4
  %323 = load i32, i32* %flags, align 4
  %324 = zext i32 %322 to i64
  %325 = add i64 %324, 12
  %326 = add i64 %325, 4
  %327 = icmp uge i64 %325, %scratch_start
  %328 = load i64, i64* %highEnd, align 8
  %329 = icmp ule i64 %326, %328
  %330 = and i1 %327, %329
  br i1 %330, label %write.ok123, label %write.low121

ok35:                                             ; preds = %write.ok32
  store i64 %299, i64* %294, align 8
  %331 = load i64, i64* %highEnd, align 8
  %332 = call i64 @llvm.umax.i64(i64 %331, i64 %299)
  store i64 %332, i64* %highEnd, align 8
  %333 = trunc i64 %298 to i32
  store i32 %333, i32* %dict.1, align 4
  %334 = load i32, i32* %beta, align 4
  %335 = icmp ne i32 %334, 0
  br i1 %335, label %then36, label %else37

trap15.site13:                                    ; preds = %write.ok32
  %336 = load i64, i64* %lowStart, align 8
  %337 = getelementptr i64, i64* %regs, i64 6
  store i64 %336, i64* %337, align 8
  %338 = load i64, i64* %lowEnd, align 8
  %339 = getelementptr i64, i64* %regs, i64 7
  store i64 %338, i64* %339, align 8
  %340 = load i64, i64* %highEnd, align 8
  %341 = getelementptr i64, i64* %regs, i64 8
  store i64 %340, i64* %341, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

then36:                                           ; preds = %ok35
  store i32 1, i32* %result39, align 4
  br label %join38

else37:                                           ; preds = %ok35
  %342 = load i64, i64* %bucket, align 8
  %343 = load i64, i64* %rollout_percent, align 8
  %344 = icmp slt i64 %342, %343
  %345 = zext i1 %344 to i32
  store i32 %345, i32* %result39, align 4
  br label %join38

join38:                                           ; preds = %else37, %then36
  %346 = load i32, i32* %result39, align 4
  store i32 %346, i32* %new_checkout, align 4
  %347 = load i32, i32* %dict.1, align 4
  %348 = load i32, i32* %new_checkout, align 4
  %349 = zext i32 %347 to i64
  %350 = add i64 %349, 1
  %351 = icmp uge i64 %349, %scratch_start
  %352 = load i64, i64* %highEnd, align 8
  %353 = icmp ule i64 %350, %352
  %354 = and i1 %351, %353
  br i1 %354, label %write.ok42, label %write.low40

write.low40:                                      ; preds = %join38
  %355 = load i64, i64* %lowStart, align 8
  %356 = icmp uge i64 %349, %355
  %357 = load i64, i64* %lowEnd, align 8
  %358 = icmp ule i64 %350, %357
  %359 = and i1 %356, %358
  br i1 %359, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %360 = icmp ugt i64 %350, %arena_size
  br i1 %360, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %join38
  %361 = getelementptr i8, i8* %mem, i64 %349
  %362 = trunc i32 %348 to i8
  store i8 %362, i8* %361, align 1
  store i32 16, i32* %item, align 4
  store i32 24, i32* %item.1, align 4
  store i32 32, i32* %item.2, align 4
  store i32 40, i32* %item.3, align 4
  store i64 20, i64* %size, align 8
  %363 = load i64, i64* %size, align 8
  %364 = icmp ugt i64 %363, 2147483647
  %365 = zext i1 %364 to i32
  %366 = icmp ne i32 %365, 0
  br i1 %366, label %then46, label %else47

ok43:                                             ; preds = %write.slow41
  %367 = icmp ult i64 %349, %scratch_start
  %368 = load i64, i64* %lowStart, align 8
  %369 = call i64 @llvm.umin.i64(i64 %368, i64 %349)
  %370 = load i64, i64* %lowEnd, align 8
  %371 = load i64, i64* %highEnd, align 8
  %372 = add i64 %350, 64
  %373 = sub i64 %350, %369
  %374 = lshr i64 %373, 4
  %375 = add i64 %372, %374
  %376 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %375)
  %377 = call i64 @llvm.umax.i64(i64 %370, i64 %376)
  %378 = select i1 %367, i64 %377, i64 %370
  store i64 %378, i64* %lowEnd, align 8
  %379 = add i64 %350, 64
  %380 = sub i64 %350, %scratch_start
  %381 = lshr i64 %380, 4
  %382 = add i64 %379, %381
  %383 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %382)
  %384 = call i64 @llvm.umax.i64(i64 %371, i64 %383)
  %385 = select i1 %367, i64 %371, i64 %384
  store i64 %385, i64* %highEnd, align 8
  store i64 %369, i64* %lowStart, align 8
  br label %write.ok42

e23:                                              ; preds = %block31
  %386 = load i32, i32* %result44, align 4
  store i32 %386, i32* %eu_banner, align 4
  %387 = load i32, i32* %dict.1, align 4
  %388 = load i32, i32* %eu_banner, align 4
  %389 = zext i32 %387 to i64
  %390 = add i64 %389, 1
  %391 = add i64 %390, 1
  %392 = icmp uge i64 %390, %scratch_start
  %393 = load i64, i64* %highEnd, align 8
  %394 = icmp ule i64 %391, %393
  %395 = and i1 %392, %394
  br i1 %395, label %write.ok93, label %write.low91

e24:                                              ; preds = %write.ok73
  %396 = load i32, i32* %result45, align 4
  store i32 %396, i32* %xs.1, align 4
  %397 = load i32, i32* %user, align 4
  %398 = zext i32 %397 to i64
  %399 = add i64 %398, 4
  %400 = add i64 %399, 4
  %401 = icmp ugt i64 %400, %arena_size
  br i1 %401, label %trap17.site18, label %ok76

then46:                                           ; preds = %write.ok42
  br label %trap15.site17

else47:                                           ; preds = %write.ok42
  br label %join48

join48:                                           ; preds = %else47, %dead49
  %402 = load i64, i64* %size, align 8
  %403 = trunc i64 %402 to i32
  %404 = zext i32 %403 to i64
  %405 = getelementptr i64, i64* %regs, i64 1
  %406 = getelementptr i64, i64* %regs, i64 2
  %407 = load i64, i64* %405, align 8
  %408 = add i64 %407, 3
  %409 = and i64 %408, -4
  %410 = add i64 %409, %404
  %411 = load i64, i64* %406, align 8
  %412 = icmp ugt i64 %410, %411
  br i1 %412, label %trap15.site17, label %ok50

trap15.site17:                                    ; preds = %join48, %then46
  %413 = load i64, i64* %lowStart, align 8
  %414 = getelementptr i64, i64* %regs, i64 6
  store i64 %413, i64* %414, align 8
  %415 = load i64, i64* %lowEnd, align 8
  %416 = getelementptr i64, i64* %regs, i64 7
  store i64 %415, i64* %416, align 8
  %417 = load i64, i64* %highEnd, align 8
  %418 = getelementptr i64, i64* %regs, i64 8
  store i64 %417, i64* %418, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead49:                                           ; No predecessors!
  br label %join48

ok50:                                             ; preds = %join48
  store i64 %410, i64* %405, align 8
  %419 = load i64, i64* %highEnd, align 8
  %420 = call i64 @llvm.umax.i64(i64 %419, i64 %410)
  store i64 %420, i64* %highEnd, align 8
  %421 = trunc i64 %409 to i32
  store i32 %421, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %422 = load i32, i32* %list, align 4
  %423 = add i32 %422, 4
  %424 = load i32, i32* %len, align 4
  %425 = mul i32 %424, 4
  %426 = add i32 %423, %425
  %427 = load i32, i32* %item, align 4
  %428 = zext i32 %426 to i64
  %429 = add i64 %428, 4
  %430 = icmp uge i64 %428, %scratch_start
  %431 = load i64, i64* %highEnd, align 8
  %432 = icmp ule i64 %429, %431
  %433 = and i1 %430, %432
  br i1 %433, label %write.ok53, label %write.low51

write.low51:                                      ; preds = %ok50
  %434 = load i64, i64* %lowStart, align 8
  %435 = icmp uge i64 %428, %434
  %436 = load i64, i64* %lowEnd, align 8
  %437 = icmp ule i64 %429, %436
  %438 = and i1 %435, %437
  br i1 %438, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %439 = icmp ugt i64 %429, %arena_size
  br i1 %439, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %ok50
  %440 = getelementptr i8, i8* %mem, i64 %428
  store i32 %427, i32* %unaligned55, align 4
  %441 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %440, i8* %441, i64 4, i1 false)
  %442 = load i32, i32* %len, align 4
  %443 = add i32 %442, 1
  store i32 %443, i32* %len, align 4
  %444 = load i32, i32* %list, align 4
  %445 = add i32 %444, 4
  %446 = load i32, i32* %len, align 4
  %447 = mul i32 %446, 4
  %448 = add i32 %445, %447
  %449 = load i32, i32* %item.1, align 4
  %450 = zext i32 %448 to i64
  %451 = add i64 %450, 4
  %452 = icmp uge i64 %450, %scratch_start
  %453 = load i64, i64* %highEnd, align 8
  %454 = icmp ule i64 %451, %453
  %455 = and i1 %452, %454
  br i1 %455, label %write.ok58, label %write.low56

ok54:                                             ; preds = %write.slow52
  %456 = icmp ult i64 %428, %scratch_start
  %457 = load i64, i64* %lowStart, align 8
  %458 = call i64 @llvm.umin.i64(i64 %457, i64 %428)
  %459 = load i64, i64* %lowEnd, align 8
  %460 = load i64, i64* %highEnd, align 8
  %461 = add i64 %429, 64
  %462 = sub i64 %429, %458
  %463 = lshr i64 %462, 4
  %464 = add i64 %461, %463
  %465 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %464)
  %466 = call i64 @llvm.umax.i64(i64 %459, i64 %465)
  %467 = select i1 %456, i64 %466, i64 %459
  store i64 %467, i64* %lowEnd, align 8
  %468 = add i64 %429, 64
  %469 = sub i64 %429, %scratch_start
  %470 = lshr i64 %469, 4
  %471 = add i64 %468, %470
  %472 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %471)
  %473 = call i64 @llvm.umax.i64(i64 %460, i64 %472)
  %474 = select i1 %456, i64 %460, i64 %473
  store i64 %474, i64* %highEnd, align 8
  store i64 %458, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %write.ok53
  %475 = load i64, i64* %lowStart, align 8
  %476 = icmp uge i64 %450, %475
  %477 = load i64, i64* %lowEnd, align 8
  %478 = icmp ule i64 %451, %477
  %479 = and i1 %476, %478
  br i1 %479, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %480 = icmp ugt i64 %451, %arena_size
  br i1 %480, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %write.ok53
  %481 = getelementptr i8, i8* %mem, i64 %450
  store i32 %449, i32* %unaligned60, align 4
  %482 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %481, i8* %482, i64 4, i1 false)
  %483 = load i32, i32* %len, align 4
  %484 = add i32 %483, 1
  store i32 %484, i32* %len, align 4
  %485 = load i32, i32* %list, align 4
  %486 = add i32 %485, 4
  %487 = load i32, i32* %len, align 4
  %488 = mul i32 %487, 4
  %489 = add i32 %486, %488
  %490 = load i32, i32* %item.2, align 4
  %491 = zext i32 %489 to i64
  %492 = add i64 %491, 4
  %493 = icmp uge i64 %491, %scratch_start
  %494 = load i64, i64* %highEnd, align 8
  %495 = icmp ule i64 %492, %494
  %496 = and i1 %493, %495
  br i1 %496, label %write.ok63, label %write.low61

ok59:                                             ; preds = %write.slow57
  %497 = icmp ult i64 %450, %scratch_start
  %498 = load i64, i64* %lowStart, align 8
  %499 = call i64 @llvm.umin.i64(i64 %498, i64 %450)
  %500 = load i64, i64* %lowEnd, align 8
  %501 = load i64, i64* %highEnd, align 8
  %502 = add i64 %451, 64
  %503 = sub i64 %451, %499
  %504 = lshr i64 %503, 4
  %505 = add i64 %502, %504
  %506 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %505)
  %507 = call i64 @llvm.umax.i64(i64 %500, i64 %506)
  %508 = select i1 %497, i64 %507, i64 %500
  store i64 %508, i64* %lowEnd, align 8
  %509 = add i64 %451, 64
  %510 = sub i64 %451, %scratch_start
  %511 = lshr i64 %510, 4
  %512 = add i64 %509, %511
  %513 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %512)
  %514 = call i64 @llvm.umax.i64(i64 %501, i64 %513)
  %515 = select i1 %497, i64 %501, i64 %514
  store i64 %515, i64* %highEnd, align 8
  store i64 %499, i64* %lowStart, align 8
  br label %write.ok58

write.low61:                                      ; preds = %write.ok58
  %516 = load i64, i64* %lowStart, align 8
  %517 = icmp uge i64 %491, %516
  %518 = load i64, i64* %lowEnd, align 8
  %519 = icmp ule i64 %492, %518
  %520 = and i1 %517, %519
  br i1 %520, label %write.ok63, label %write.slow62

write.slow62:                                     ; preds = %write.low61
  %521 = icmp ugt i64 %492, %arena_size
  br i1 %521, label %trap17.site0, label %ok64

write.ok63:                                       ; preds = %ok64, %write.low61, %write.ok58
  %522 = getelementptr i8, i8* %mem, i64 %491
  store i32 %490, i32* %unaligned65, align 4
  %523 = bitcast i32* %unaligned65 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %522, i8* %523, i64 4, i1 false)
  %524 = load i32, i32* %len, align 4
  %525 = add i32 %524, 1
  store i32 %525, i32* %len, align 4
  %526 = load i32, i32* %list, align 4
  %527 = add i32 %526, 4
  %528 = load i32, i32* %len, align 4
  %529 = mul i32 %528, 4
  %530 = add i32 %527, %529
  %531 = load i32, i32* %item.3, align 4
  %532 = zext i32 %530 to i64
  %533 = add i64 %532, 4
  %534 = icmp uge i64 %532, %scratch_start
  %535 = load i64, i64* %highEnd, align 8
  %536 = icmp ule i64 %533, %535
  %537 = and i1 %534, %536
  br i1 %537, label %write.ok68, label %write.low66

ok64:                                             ; preds = %write.slow62
  %538 = icmp ult i64 %491, %scratch_start
  %539 = load i64, i64* %lowStart, align 8
  %540 = call i64 @llvm.umin.i64(i64 %539, i64 %491)
  %541 = load i64, i64* %lowEnd, align 8
  %542 = load i64, i64* %highEnd, align 8
  %543 = add i64 %492, 64
  %544 = sub i64 %492, %540
  %545 = lshr i64 %544, 4
  %546 = add i64 %543, %545
  %547 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %546)
  %548 = call i64 @llvm.umax.i64(i64 %541, i64 %547)
  %549 = select i1 %538, i64 %548, i64 %541
  store i64 %549, i64* %lowEnd, align 8
  %550 = add i64 %492, 64
  %551 = sub i64 %492, %scratch_start
  %552 = lshr i64 %551, 4
  %553 = add i64 %550, %552
  %554 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %553)
  %555 = call i64 @llvm.umax.i64(i64 %542, i64 %554)
  %556 = select i1 %538, i64 %542, i64 %555
  store i64 %556, i64* %highEnd, align 8
  store i64 %540, i64* %lowStart, align 8
  br label %write.ok63

write.low66:                                      ; preds = %write.ok63
  %557 = load i64, i64* %lowStart, align 8
  %558 = icmp uge i64 %532, %557
  %559 = load i64, i64* %lowEnd, align 8
  %560 = icmp ule i64 %533, %559
  %561 = and i1 %558, %560
  br i1 %561, label %write.ok68, label %write.slow67

write.slow67:                                     ; preds = %write.low66
  %562 = icmp ugt i64 %533, %arena_size
  br i1 %562, label %trap17.site0, label %ok69

write.ok68:                                       ; preds = %ok69, %write.low66, %write.ok63
  %563 = getelementptr i8, i8* %mem, i64 %532
  store i32 %531, i32* %unaligned70, align 4
  %564 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %563, i8* %564, i64 4, i1 false)
  %565 = load i32, i32* %len, align 4
  %566 = add i32 %565, 1
  store i32 %566, i32* %len, align 4
  %567 = load i32, i32* %list, align 4
  %568 = load i32, i32* %len, align 4
  %569 = zext i32 %567 to i64
  %570 = add i64 %569, 4
  %571 = icmp uge i64 %569, %scratch_start
  %572 = load i64, i64* %highEnd, align 8
  %573 = icmp ule i64 %570, %572
  %574 = and i1 %571, %573
  br i1 %574, label %write.ok73, label %write.low71

ok69:                                             ; preds = %write.slow67
  %575 = icmp ult i64 %532, %scratch_start
  %576 = load i64, i64* %lowStart, align 8
  %577 = call i64 @llvm.umin.i64(i64 %576, i64 %532)
  %578 = load i64, i64* %lowEnd, align 8
  %579 = load i64, i64* %highEnd, align 8
  %580 = add i64 %533, 64
  %581 = sub i64 %533, %577
  %582 = lshr i64 %581, 4
  %583 = add i64 %580, %582
  %584 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %583)
  %585 = call i64 @llvm.umax.i64(i64 %578, i64 %584)
  %586 = select i1 %575, i64 %585, i64 %578
  store i64 %586, i64* %lowEnd, align 8
  %587 = add i64 %533, 64
  %588 = sub i64 %533, %scratch_start
  %589 = lshr i64 %588, 4
  %590 = add i64 %587, %589
  %591 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %590)
  %592 = call i64 @llvm.umax.i64(i64 %579, i64 %591)
  %593 = select i1 %575, i64 %579, i64 %592
  store i64 %593, i64* %highEnd, align 8
  store i64 %577, i64* %lowStart, align 8
  br label %write.ok68

write.low71:                                      ; preds = %write.ok68
  %594 = load i64, i64* %lowStart, align 8
  %595 = icmp uge i64 %569, %594
  %596 = load i64, i64* %lowEnd, align 8
  %597 = icmp ule i64 %570, %596
  %598 = and i1 %595, %597
  br i1 %598, label %write.ok73, label %write.slow72

write.slow72:                                     ; preds = %write.low71
  %599 = icmp ugt i64 %570, %arena_size
  br i1 %599, label %trap17.site0, label %ok74

write.ok73:                                       ; preds = %ok74, %write.low71, %write.ok68
  %600 = getelementptr i8, i8* %mem, i64 %569
  store i32 %568, i32* %unaligned75, align 4
  %601 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %600, i8* %601, i64 4, i1 false)
  %602 = load i32, i32* %list, align 4
  store i32 %602, i32* %result45, align 4
  br label %e24

ok74:                                             ; preds = %write.slow72
  %603 = icmp ult i64 %569, %scratch_start
  %604 = load i64, i64* %lowStart, align 8
  %605 = call i64 @llvm.umin.i64(i64 %604, i64 %569)
  %606 = load i64, i64* %lowEnd, align 8
  %607 = load i64, i64* %highEnd, align 8
  %608 = add i64 %570, 64
  %609 = sub i64 %570, %605
  %610 = lshr i64 %609, 4
  %611 = add i64 %608, %610
  %612 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %611)
  %613 = call i64 @llvm.umax.i64(i64 %606, i64 %612)
  %614 = select i1 %603, i64 %613, i64 %606
  store i64 %614, i64* %lowEnd, align 8
  %615 = add i64 %570, 64
  %616 = sub i64 %570, %scratch_start
  %617 = lshr i64 %616, 4
  %618 = add i64 %615, %617
  %619 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %618)
  %620 = call i64 @llvm.umax.i64(i64 %607, i64 %619)
  %621 = select i1 %603, i64 %607, i64 %620
  store i64 %621, i64* %highEnd, align 8
  store i64 %605, i64* %lowStart, align 8
  br label %write.ok73

ok76:                                             ; preds = %e24
  %622 = getelementptr i8, i8* %mem, i64 %399
  %623 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %623, i8* %622, i64 4, i1 false)
  %624 = load i32, i32* %unaligned77, align 4
  store i32 %624, i32* %needle.1, align 4
  store i32 0, i32* %found.1, align 4
  %625 = load i32, i32* %xs.1, align 4
  %626 = zext i32 %625 to i64
  %627 = add i64 %626, 4
  %628 = icmp ugt i64 %627, %arena_size
  br i1 %628, label %trap17.site0, label %ok78

trap17.site18:                                    ; preds = %e24
  %629 = load i64, i64* %lowStart, align 8
  %630 = getelementptr i64, i64* %regs, i64 6
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %lowEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 7
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 8
  store i64 %633, i64* %634, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok78:                                             ; preds = %ok76
  %635 = getelementptr i8, i8* %mem, i64 %626
  %636 = bitcast i32* %unaligned79 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %636, i8* %635, i64 4, i1 false)
  %637 = load i32, i32* %unaligned79, align 4
  store i32 %637, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each32

block31:                                          ; preds = %dead90, %then86, %ok80
  %638 = load i32, i32* %found.1, align 4
  store i32 %638, i32* %result44, align 4
  br label %e23

each32:                                           ; preds = %join88, %ok78
  %639 = load i64, i64* %fuel, align 8
  %640 = icmp ult i64 %639, 1
  br i1 %640, label %trap14.site0, label %ok80

ok80:                                             ; preds = %each32
  %641 = sub i64 %639, 1
  store i64 %641, i64* %fuel, align 8
  %642 = load i32, i32* %k.1, align 4
  %643 = load i32, i32* %n.1, align 4
  %644 = icmp uge i32 %642, %643
  %645 = zext i1 %644 to i32
  %646 = icmp ne i32 %645, 0
  br i1 %646, label %block31, label %cont81

cont81:                                           ; preds = %ok80
  %647 = load i32, i32* %xs.1, align 4
  %648 = load i32, i32* %k.1, align 4
  %649 = mul i32 %648, 4
  %650 = add i32 %647, %649
  %651 = zext i32 %650 to i64
  %652 = add i64 %651, 4
  %653 = add i64 %652, 4
  %654 = icmp ugt i64 %653, %arena_size
  br i1 %654, label %trap17.site0, label %ok82

ok82:                                             ; preds = %cont81
  %655 = getelementptr i8, i8* %mem, i64 %652
  %656 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %656, i8* %655, i64 4, i1 false)
  %657 = load i32, i32* %unaligned83, align 4
  store i32 %657, i32* %x.2, align 4
  %658 = load i32, i32* %x.2, align 4
  store i32 %658, i32* %x.3, align 4
  %659 = load i32, i32* %x.3, align 4
  %660 = load i32, i32* %needle.1, align 4
  %661 = icmp uge i32 %depth, 1000
  br i1 %661, label %trap15.site0, label %ok84

ok84:                                             ; preds = %ok82
  %662 = icmp ult i64 %10, %stack_limit
  br i1 %662, label %trap253.site0, label %stack_ok85

stack_ok85:                                       ; preds = %ok84
  %663 = load i64, i64* %fuel, align 8
  %664 = getelementptr i64, i64* %regs, i64 0
  store i64 %663, i64* %664, align 8
  %665 = load i64, i64* %lowStart, align 8
  %666 = getelementptr i64, i64* %regs, i64 6
  store i64 %665, i64* %666, align 8
  %667 = load i64, i64* %lowEnd, align 8
  %668 = getelementptr i64, i64* %regs, i64 7
  store i64 %667, i64* %668, align 8
  %669 = load i64, i64* %highEnd, align 8
  %670 = getelementptr i64, i64* %regs, i64 8
  store i64 %669, i64* %670, align 8
  %671 = add i32 %depth, 1
  %672 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %671, i32 %659, i32 %660)
  %673 = getelementptr i64, i64* %regs, i64 0
  %674 = load i64, i64* %673, align 8
  store i64 %674, i64* %fuel, align 8
  %675 = getelementptr i64, i64* %regs, i64 6
  %676 = load i64, i64* %675, align 8
  store i64 %676, i64* %lowStart, align 8
  %677 = getelementptr i64, i64* %regs, i64 7
  %678 = load i64, i64* %677, align 8
  store i64 %678, i64* %lowEnd, align 8
  %679 = getelementptr i64, i64* %regs, i64 8
  %680 = load i64, i64* %679, align 8
  store i64 %680, i64* %highEnd, align 8
  %681 = icmp ne i32 %672, 0
  br i1 %681, label %then86, label %else87

then86:                                           ; preds = %stack_ok85
  store i32 1, i32* %found.1, align 4
  br label %block31

else87:                                           ; preds = %stack_ok85
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %682 = load i32, i32* %k.1, align 4
  %683 = add i32 %682, 1
  store i32 %683, i32* %k.1, align 4
  br label %each32

dead89:                                           ; No predecessors!
  br label %join88

dead90:                                           ; No predecessors!
  br label %block31

write.low91:                                      ; preds = %e23
  %684 = load i64, i64* %lowStart, align 8
  %685 = icmp uge i64 %390, %684
  %686 = load i64, i64* %lowEnd, align 8
  %687 = icmp ule i64 %391, %686
  %688 = and i1 %685, %687
  br i1 %688, label %write.ok93, label %write.slow92

write.slow92:                                     ; preds = %write.low91
  %689 = icmp ugt i64 %391, %arena_size
  br i1 %689, label %trap17.site0, label %ok94

write.ok93:                                       ; preds = %ok94, %write.low91, %e23
  %690 = getelementptr i8, i8* %mem, i64 %390
  %691 = trunc i32 %388 to i8
  store i8 %691, i8* %690, align 1
  %692 = load i32, i32* %user, align 4
  %693 = zext i32 %692 to i64
  %694 = add i64 %693, 8
  %695 = add i64 %694, 8
  %696 = icmp ugt i64 %695, %arena_size
  br i1 %696, label %trap17.site20, label %ok95

ok94:                                             ; preds = %write.slow92
  %697 = icmp ult i64 %390, %scratch_start
  %698 = load i64, i64* %lowStart, align 8
  %699 = call i64 @llvm.umin.i64(i64 %698, i64 %390)
  %700 = load i64, i64* %lowEnd, align 8
  %701 = load i64, i64* %highEnd, align 8
  %702 = add i64 %391, 64
  %703 = sub i64 %391, %699
  %704 = lshr i64 %703, 4
  %705 = add i64 %702, %704
  %706 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %705)
  %707 = call i64 @llvm.umax.i64(i64 %700, i64 %706)
  %708 = select i1 %697, i64 %707, i64 %700
  store i64 %708, i64* %lowEnd, align 8
  %709 = add i64 %391, 64
  %710 = sub i64 %391, %scratch_start
  %711 = lshr i64 %710, 4
  %712 = add i64 %709, %711
  %713 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %712)
  %714 = call i64 @llvm.umax.i64(i64 %701, i64 %713)
  %715 = select i1 %697, i64 %701, i64 %714
  store i64 %715, i64* %highEnd, align 8
  store i64 %699, i64* %lowStart, align 8
  br label %write.ok93

ok95:                                             ; preds = %write.ok93
  %716 = getelementptr i8, i8* %mem, i64 %694
  %717 = bitcast i64* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %717, i8* %716, i64 8, i1 false)
  %718 = load i64, i64* %unaligned96, align 8
  %719 = icmp sge i64 %718, 365
  %720 = zext i1 %719 to i32
  store i32 %720, i32* %loyalty, align 4
  %721 = load i32, i32* %dict.1, align 4
  %722 = load i32, i32* %loyalty, align 4
  %723 = zext i32 %721 to i64
  %724 = add i64 %723, 2
  %725 = add i64 %724, 1
  %726 = icmp uge i64 %724, %scratch_start
  %727 = load i64, i64* %highEnd, align 8
  %728 = icmp ule i64 %725, %727
  %729 = and i1 %726, %728
  br i1 %729, label %write.ok99, label %write.low97

trap17.site20:                                    ; preds = %write.ok93
  %730 = load i64, i64* %lowStart, align 8
  %731 = getelementptr i64, i64* %regs, i64 6
  store i64 %730, i64* %731, align 8
  %732 = load i64, i64* %lowEnd, align 8
  %733 = getelementptr i64, i64* %regs, i64 7
  store i64 %732, i64* %733, align 8
  %734 = load i64, i64* %highEnd, align 8
  %735 = getelementptr i64, i64* %regs, i64 8
  store i64 %734, i64* %735, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 20)
  unreachable

write.low97:                                      ; preds = %ok95
  %736 = load i64, i64* %lowStart, align 8
  %737 = icmp uge i64 %724, %736
  %738 = load i64, i64* %lowEnd, align 8
  %739 = icmp ule i64 %725, %738
  %740 = and i1 %737, %739
  br i1 %740, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %741 = icmp ugt i64 %725, %arena_size
  br i1 %741, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %ok95
  %742 = getelementptr i8, i8* %mem, i64 %724
  %743 = trunc i32 %722 to i8
  store i8 %743, i8* %742, align 1
  %744 = load i32, i32* %user, align 4
  %745 = zext i32 %744 to i64
  %746 = add i64 %745, 16
  %747 = add i64 %746, 4
  %748 = icmp ugt i64 %747, %arena_size
  br i1 %748, label %trap17.site22, label %ok102

ok100:                                            ; preds = %write.slow98
  %749 = icmp ult i64 %724, %scratch_start
  %750 = load i64, i64* %lowStart, align 8
  %751 = call i64 @llvm.umin.i64(i64 %750, i64 %724)
  %752 = load i64, i64* %lowEnd, align 8
  %753 = load i64, i64* %highEnd, align 8
  %754 = add i64 %725, 64
  %755 = sub i64 %725, %751
  %756 = lshr i64 %755, 4
  %757 = add i64 %754, %756
  %758 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %757)
  %759 = call i64 @llvm.umax.i64(i64 %752, i64 %758)
  %760 = select i1 %749, i64 %759, i64 %752
  store i64 %760, i64* %lowEnd, align 8
  %761 = add i64 %725, 64
  %762 = sub i64 %725, %scratch_start
  %763 = lshr i64 %762, 4
  %764 = add i64 %761, %763
  %765 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %764)
  %766 = call i64 @llvm.umax.i64(i64 %753, i64 %765)
  %767 = select i1 %749, i64 %753, i64 %766
  store i64 %767, i64* %highEnd, align 8
  store i64 %751, i64* %lowStart, align 8
  br label %write.ok99

e37:                                              ; preds = %block40
  %768 = load i32, i32* %result101, align 4
  store i32 %768, i32* %staff_tools, align 4
  %769 = load i32, i32* %dict.1, align 4
  %770 = load i32, i32* %staff_tools, align 4
  %771 = zext i32 %769 to i64
  %772 = add i64 %771, 3
  %773 = add i64 %772, 1
  %774 = icmp uge i64 %772, %scratch_start
  %775 = load i64, i64* %highEnd, align 8
  %776 = icmp ule i64 %773, %775
  %777 = and i1 %774, %776
  br i1 %777, label %write.ok119, label %write.low117

ok102:                                            ; preds = %write.ok99
  %778 = getelementptr i8, i8* %mem, i64 %746
  %779 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %779, i8* %778, i64 4, i1 false)
  %780 = load i32, i32* %unaligned103, align 4
  store i32 %780, i32* %xs.2, align 4
  store i32 0, i32* %any, align 4
  %781 = load i32, i32* %xs.2, align 4
  %782 = zext i32 %781 to i64
  %783 = add i64 %782, 4
  %784 = icmp ugt i64 %783, %arena_size
  br i1 %784, label %trap17.site0, label %ok104

trap17.site22:                                    ; preds = %write.ok99
  %785 = load i64, i64* %lowStart, align 8
  %786 = getelementptr i64, i64* %regs, i64 6
  store i64 %785, i64* %786, align 8
  %787 = load i64, i64* %lowEnd, align 8
  %788 = getelementptr i64, i64* %regs, i64 7
  store i64 %787, i64* %788, align 8
  %789 = load i64, i64* %highEnd, align 8
  %790 = getelementptr i64, i64* %regs, i64 8
  store i64 %789, i64* %790, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok104:                                            ; preds = %ok102
  %791 = getelementptr i8, i8* %mem, i64 %782
  %792 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %792, i8* %791, i64 4, i1 false)
  %793 = load i32, i32* %unaligned105, align 4
  store i32 %793, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each41

block40:                                          ; preds = %dead116, %then112, %ok106
  %794 = load i32, i32* %any, align 4
  store i32 %794, i32* %result101, align 4
  br label %e37

each41:                                           ; preds = %join114, %ok104
  %795 = load i64, i64* %fuel, align 8
  %796 = icmp ult i64 %795, 1
  br i1 %796, label %trap14.site0, label %ok106

ok106:                                            ; preds = %each41
  %797 = sub i64 %795, 1
  store i64 %797, i64* %fuel, align 8
  %798 = load i32, i32* %k.2, align 4
  %799 = load i32, i32* %n.2, align 4
  %800 = icmp uge i32 %798, %799
  %801 = zext i1 %800 to i32
  %802 = icmp ne i32 %801, 0
  br i1 %802, label %block40, label %cont107

cont107:                                          ; preds = %ok106
  %803 = load i32, i32* %xs.2, align 4
  %804 = load i32, i32* %k.2, align 4
  %805 = mul i32 %804, 4
  %806 = add i32 %803, %805
  %807 = zext i32 %806 to i64
  %808 = add i64 %807, 4
  %809 = add i64 %808, 4
  %810 = icmp ugt i64 %809, %arena_size
  br i1 %810, label %trap17.site0, label %ok108

ok108:                                            ; preds = %cont107
  %811 = getelementptr i8, i8* %mem, i64 %808
  %812 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %812, i8* %811, i64 4, i1 false)
  %813 = load i32, i32* %unaligned109, align 4
  store i32 %813, i32* %x.4, align 4
  %814 = load i32, i32* %x.4, align 4
  store i32 %814, i32* %g, align 4
  %815 = load i32, i32* %g, align 4
  %816 = icmp uge i32 %depth, 1000
  br i1 %816, label %trap15.site0, label %ok110

ok110:                                            ; preds = %ok108
  %817 = icmp ult i64 %10, %stack_limit
  br i1 %817, label %trap253.site0, label %stack_ok111

stack_ok111:                                      ; preds = %ok110
  %818 = load i64, i64* %fuel, align 8
  %819 = getelementptr i64, i64* %regs, i64 0
  store i64 %818, i64* %819, align 8
  %820 = load i64, i64* %lowStart, align 8
  %821 = getelementptr i64, i64* %regs, i64 6
  store i64 %820, i64* %821, align 8
  %822 = load i64, i64* %lowEnd, align 8
  %823 = getelementptr i64, i64* %regs, i64 7
  store i64 %822, i64* %823, align 8
  %824 = load i64, i64* %highEnd, align 8
  %825 = getelementptr i64, i64* %regs, i64 8
  store i64 %824, i64* %825, align 8
  %826 = add i32 %depth, 1
  %827 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %826, i32 %815, i32 48)
  %828 = getelementptr i64, i64* %regs, i64 0
  %829 = load i64, i64* %828, align 8
  store i64 %829, i64* %fuel, align 8
  %830 = getelementptr i64, i64* %regs, i64 6
  %831 = load i64, i64* %830, align 8
  store i64 %831, i64* %lowStart, align 8
  %832 = getelementptr i64, i64* %regs, i64 7
  %833 = load i64, i64* %832, align 8
  store i64 %833, i64* %lowEnd, align 8
  %834 = getelementptr i64, i64* %regs, i64 8
  %835 = load i64, i64* %834, align 8
  store i64 %835, i64* %highEnd, align 8
  %836 = icmp ne i32 %827, 0
  br i1 %836, label %then112, label %else113

then112:                                          ; preds = %stack_ok111
  store i32 1, i32* %any, align 4
  br label %block40

else113:                                          ; preds = %stack_ok111
  br label %join114

join114:                                          ; preds = %else113, %dead115
  %837 = load i32, i32* %k.2, align 4
  %838 = add i32 %837, 1
  store i32 %838, i32* %k.2, align 4
  br label %each41

dead115:                                          ; No predecessors!
  br label %join114

dead116:                                          ; No predecessors!
  br label %block40

write.low117:                                     ; preds = %e37
  %839 = load i64, i64* %lowStart, align 8
  %840 = icmp uge i64 %772, %839
  %841 = load i64, i64* %lowEnd, align 8
  %842 = icmp ule i64 %773, %841
  %843 = and i1 %840, %842
  br i1 %843, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %844 = icmp ugt i64 %773, %arena_size
  br i1 %844, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %e37
  %845 = getelementptr i8, i8* %mem, i64 %772
  %846 = trunc i32 %770 to i8
  store i8 %846, i8* %845, align 1
  %847 = load i32, i32* %dict.1, align 4
  store i32 %847, i32* %result34, align 4
  br label %e17

ok120:                                            ; preds = %write.slow118
  %848 = icmp ult i64 %772, %scratch_start
  %849 = load i64, i64* %lowStart, align 8
  %850 = call i64 @llvm.umin.i64(i64 %849, i64 %772)
  %851 = load i64, i64* %lowEnd, align 8
  %852 = load i64, i64* %highEnd, align 8
  %853 = add i64 %773, 64
  %854 = sub i64 %773, %850
  %855 = lshr i64 %854, 4
  %856 = add i64 %853, %855
  %857 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %856)
  %858 = call i64 @llvm.umax.i64(i64 %851, i64 %857)
  %859 = select i1 %848, i64 %858, i64 %851
  store i64 %859, i64* %lowEnd, align 8
  %860 = add i64 %773, 64
  %861 = sub i64 %773, %scratch_start
  %862 = lshr i64 %861, 4
  %863 = add i64 %860, %862
  %864 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %863)
  %865 = call i64 @llvm.umax.i64(i64 %852, i64 %864)
  %866 = select i1 %848, i64 %852, i64 %865
  store i64 %866, i64* %highEnd, align 8
  store i64 %850, i64* %lowStart, align 8
  br label %write.ok119

write.low121:                                     ; preds = %e17
  %867 = load i64, i64* %lowStart, align 8
  %868 = icmp uge i64 %325, %867
  %869 = load i64, i64* %lowEnd, align 8
  %870 = icmp ule i64 %326, %869
  %871 = and i1 %868, %870
  br i1 %871, label %write.ok123, label %write.slow122

write.slow122:                                    ; preds = %write.low121
  %872 = icmp ugt i64 %326, %arena_size
  br i1 %872, label %trap17.site0, label %ok124

write.ok123:                                      ; preds = %ok124, %write.low121, %e17
  %873 = getelementptr i8, i8* %mem, i64 %325
  store i32 %323, i32* %unaligned125, align 4
  %874 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %873, i8* %874, i64 4, i1 false)
  %875 = load i64, i64* %bucket, align 8
  store i64 %875, i64* %part, align 8
  %876 = getelementptr i64, i64* %regs, i64 1
  %877 = load i64, i64* %876, align 8
  %878 = trunc i64 %877 to i32
  %879 = add i32 %878, 3
  %880 = and i32 %879, -4
  store i32 %880, i32* %text, align 4
  %881 = load i32, i32* %text, align 4
  %882 = add i32 %881, 4
  store i32 %882, i32* %cur, align 4
  %883 = load i32, i32* %cur, align 4
  %884 = add i32 %883, 27
  %885 = getelementptr i64, i64* %regs, i64 2
  %886 = load i64, i64* %885, align 8
  %887 = trunc i64 %886 to i32
  %888 = icmp ugt i32 %884, %887
  %889 = zext i1 %888 to i32
  %890 = icmp ne i32 %889, 0
  br i1 %890, label %then127, label %else128

ok124:                                            ; preds = %write.slow122
  %891 = icmp ult i64 %325, %scratch_start
  %892 = load i64, i64* %lowStart, align 8
  %893 = call i64 @llvm.umin.i64(i64 %892, i64 %325)
  %894 = load i64, i64* %lowEnd, align 8
  %895 = load i64, i64* %highEnd, align 8
  %896 = add i64 %326, 64
  %897 = sub i64 %326, %893
  %898 = lshr i64 %897, 4
  %899 = add i64 %896, %898
  %900 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %899)
  %901 = call i64 @llvm.umax.i64(i64 %894, i64 %900)
  %902 = select i1 %891, i64 %901, i64 %894
  store i64 %902, i64* %lowEnd, align 8
  %903 = add i64 %326, 64
  %904 = sub i64 %326, %scratch_start
  %905 = lshr i64 %904, 4
  %906 = add i64 %903, %905
  %907 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %906)
  %908 = call i64 @llvm.umax.i64(i64 %895, i64 %907)
  %909 = select i1 %891, i64 %895, i64 %908
  store i64 %909, i64* %highEnd, align 8
  store i64 %893, i64* %lowStart, align 8
  br label %write.ok123

e45:                                              ; preds = %ok170
  %910 = load i32, i32* %result126, align 4
  store i32 %910, i32* %bucket_label, align 4
  %911 = load i32, i32* %dict, align 4
  %912 = load i32, i32* %bucket_label, align 4
  %913 = zext i32 %911 to i64
  %914 = add i64 %913, 16
  %915 = add i64 %914, 4
  %916 = icmp uge i64 %914, %scratch_start
  %917 = load i64, i64* %highEnd, align 8
  %918 = icmp ule i64 %915, %917
  %919 = and i1 %916, %918
  br i1 %919, label %write.ok173, label %write.low171

then127:                                          ; preds = %write.ok123
  br label %trap15.site24

else128:                                          ; preds = %write.ok123
  br label %join129

join129:                                          ; preds = %else128, %dead130
  %920 = load i32, i32* %cur, align 4
  %921 = zext i32 %920 to i64
  %922 = add i64 %921, 4
  %923 = icmp uge i64 %921, %scratch_start
  %924 = load i64, i64* %highEnd, align 8
  %925 = icmp ule i64 %922, %924
  %926 = and i1 %923, %925
  br i1 %926, label %write.ok133, label %write.low131

trap15.site24:                                    ; preds = %write.ok167, %then147, %write.ok143, %then127
  %927 = load i64, i64* %lowStart, align 8
  %928 = getelementptr i64, i64* %regs, i64 6
  store i64 %927, i64* %928, align 8
  %929 = load i64, i64* %lowEnd, align 8
  %930 = getelementptr i64, i64* %regs, i64 7
  store i64 %929, i64* %930, align 8
  %931 = load i64, i64* %highEnd, align 8
  %932 = getelementptr i64, i64* %regs, i64 8
  store i64 %931, i64* %932, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

dead130:                                          ; No predecessors!
  br label %join129

write.low131:                                     ; preds = %join129
  %933 = load i64, i64* %lowStart, align 8
  %934 = icmp uge i64 %921, %933
  %935 = load i64, i64* %lowEnd, align 8
  %936 = icmp ule i64 %922, %935
  %937 = and i1 %934, %936
  br i1 %937, label %write.ok133, label %write.slow132

write.slow132:                                    ; preds = %write.low131
  %938 = icmp ugt i64 %922, %arena_size
  br i1 %938, label %trap17.site0, label %ok134

write.ok133:                                      ; preds = %ok134, %write.low131, %join129
  %939 = getelementptr i8, i8* %mem, i64 %921
  store i32 1801680226, i32* %unaligned135, align 4
  %940 = bitcast i32* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %939, i8* %940, i64 4, i1 false)
  %941 = load i32, i32* %cur, align 4
  %942 = zext i32 %941 to i64
  %943 = add i64 %942, 4
  %944 = add i64 %943, 2
  %945 = icmp uge i64 %943, %scratch_start
  %946 = load i64, i64* %highEnd, align 8
  %947 = icmp ule i64 %944, %946
  %948 = and i1 %945, %947
  br i1 %948, label %write.ok138, label %write.low136

ok134:                                            ; preds = %write.slow132
  %949 = icmp ult i64 %921, %scratch_start
  %950 = load i64, i64* %lowStart, align 8
  %951 = call i64 @llvm.umin.i64(i64 %950, i64 %921)
  %952 = load i64, i64* %lowEnd, align 8
  %953 = load i64, i64* %highEnd, align 8
  %954 = add i64 %922, 64
  %955 = sub i64 %922, %951
  %956 = lshr i64 %955, 4
  %957 = add i64 %954, %956
  %958 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %957)
  %959 = call i64 @llvm.umax.i64(i64 %952, i64 %958)
  %960 = select i1 %949, i64 %959, i64 %952
  store i64 %960, i64* %lowEnd, align 8
  %961 = add i64 %922, 64
  %962 = sub i64 %922, %scratch_start
  %963 = lshr i64 %962, 4
  %964 = add i64 %961, %963
  %965 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %964)
  %966 = call i64 @llvm.umax.i64(i64 %953, i64 %965)
  %967 = select i1 %949, i64 %953, i64 %966
  store i64 %967, i64* %highEnd, align 8
  store i64 %951, i64* %lowStart, align 8
  br label %write.ok133

write.low136:                                     ; preds = %write.ok133
  %968 = load i64, i64* %lowStart, align 8
  %969 = icmp uge i64 %943, %968
  %970 = load i64, i64* %lowEnd, align 8
  %971 = icmp ule i64 %944, %970
  %972 = and i1 %969, %971
  br i1 %972, label %write.ok138, label %write.slow137

write.slow137:                                    ; preds = %write.low136
  %973 = icmp ugt i64 %944, %arena_size
  br i1 %973, label %trap17.site0, label %ok139

write.ok138:                                      ; preds = %ok139, %write.low136, %write.ok133
  %974 = getelementptr i8, i8* %mem, i64 %943
  store i16 29797, i16* %unaligned140, align 2
  %975 = bitcast i16* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %974, i8* %975, i64 2, i1 false)
  %976 = load i32, i32* %cur, align 4
  %977 = zext i32 %976 to i64
  %978 = add i64 %977, 6
  %979 = add i64 %978, 1
  %980 = icmp uge i64 %978, %scratch_start
  %981 = load i64, i64* %highEnd, align 8
  %982 = icmp ule i64 %979, %981
  %983 = and i1 %980, %982
  br i1 %983, label %write.ok143, label %write.low141

ok139:                                            ; preds = %write.slow137
  %984 = icmp ult i64 %943, %scratch_start
  %985 = load i64, i64* %lowStart, align 8
  %986 = call i64 @llvm.umin.i64(i64 %985, i64 %943)
  %987 = load i64, i64* %lowEnd, align 8
  %988 = load i64, i64* %highEnd, align 8
  %989 = add i64 %944, 64
  %990 = sub i64 %944, %986
  %991 = lshr i64 %990, 4
  %992 = add i64 %989, %991
  %993 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %992)
  %994 = call i64 @llvm.umax.i64(i64 %987, i64 %993)
  %995 = select i1 %984, i64 %994, i64 %987
  store i64 %995, i64* %lowEnd, align 8
  %996 = add i64 %944, 64
  %997 = sub i64 %944, %scratch_start
  %998 = lshr i64 %997, 4
  %999 = add i64 %996, %998
  %1000 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %999)
  %1001 = call i64 @llvm.umax.i64(i64 %988, i64 %1000)
  %1002 = select i1 %984, i64 %988, i64 %1001
  store i64 %1002, i64* %highEnd, align 8
  store i64 %986, i64* %lowStart, align 8
  br label %write.ok138

write.low141:                                     ; preds = %write.ok138
  %1003 = load i64, i64* %lowStart, align 8
  %1004 = icmp uge i64 %978, %1003
  %1005 = load i64, i64* %lowEnd, align 8
  %1006 = icmp ule i64 %979, %1005
  %1007 = and i1 %1004, %1006
  br i1 %1007, label %write.ok143, label %write.slow142

write.slow142:                                    ; preds = %write.low141
  %1008 = icmp ugt i64 %979, %arena_size
  br i1 %1008, label %trap17.site0, label %ok144

write.ok143:                                      ; preds = %ok144, %write.low141, %write.ok138
  %1009 = getelementptr i8, i8* %mem, i64 %978
  store i8 32, i8* %1009, align 1
  %1010 = load i32, i32* %cur, align 4
  %1011 = add i32 %1010, 7
  store i32 %1011, i32* %cur, align 4
  %1012 = load i32, i32* %cur, align 4
  %1013 = load i64, i64* %part, align 8
  %1014 = load i32, i32* %cur, align 4
  %1015 = icmp uge i32 %depth, 1000
  br i1 %1015, label %trap15.site24, label %ok145

ok144:                                            ; preds = %write.slow142
  %1016 = icmp ult i64 %978, %scratch_start
  %1017 = load i64, i64* %lowStart, align 8
  %1018 = call i64 @llvm.umin.i64(i64 %1017, i64 %978)
  %1019 = load i64, i64* %lowEnd, align 8
  %1020 = load i64, i64* %highEnd, align 8
  %1021 = add i64 %979, 64
  %1022 = sub i64 %979, %1018
  %1023 = lshr i64 %1022, 4
  %1024 = add i64 %1021, %1023
  %1025 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1024)
  %1026 = call i64 @llvm.umax.i64(i64 %1019, i64 %1025)
  %1027 = select i1 %1016, i64 %1026, i64 %1019
  store i64 %1027, i64* %lowEnd, align 8
  %1028 = add i64 %979, 64
  %1029 = sub i64 %979, %scratch_start
  %1030 = lshr i64 %1029, 4
  %1031 = add i64 %1028, %1030
  %1032 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1031)
  %1033 = call i64 @llvm.umax.i64(i64 %1020, i64 %1032)
  %1034 = select i1 %1016, i64 %1020, i64 %1033
  store i64 %1034, i64* %highEnd, align 8
  store i64 %1018, i64* %lowStart, align 8
  br label %write.ok143

ok145:                                            ; preds = %write.ok143
  %1035 = icmp ult i64 %10, %stack_limit
  br i1 %1035, label %trap253.site0, label %stack_ok146

stack_ok146:                                      ; preds = %ok145
  %1036 = load i64, i64* %fuel, align 8
  %1037 = getelementptr i64, i64* %regs, i64 0
  store i64 %1036, i64* %1037, align 8
  %1038 = load i64, i64* %lowStart, align 8
  %1039 = getelementptr i64, i64* %regs, i64 6
  store i64 %1038, i64* %1039, align 8
  %1040 = load i64, i64* %lowEnd, align 8
  %1041 = getelementptr i64, i64* %regs, i64 7
  store i64 %1040, i64* %1041, align 8
  %1042 = load i64, i64* %highEnd, align 8
  %1043 = getelementptr i64, i64* %regs, i64 8
  store i64 %1042, i64* %1043, align 8
  %1044 = add i32 %depth, 1
  %1045 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %1044, i64 %1013, i32 %1014)
  %1046 = getelementptr i64, i64* %regs, i64 0
  %1047 = load i64, i64* %1046, align 8
  store i64 %1047, i64* %fuel, align 8
  %1048 = getelementptr i64, i64* %regs, i64 6
  %1049 = load i64, i64* %1048, align 8
  store i64 %1049, i64* %lowStart, align 8
  %1050 = getelementptr i64, i64* %regs, i64 7
  %1051 = load i64, i64* %1050, align 8
  store i64 %1051, i64* %lowEnd, align 8
  %1052 = getelementptr i64, i64* %regs, i64 8
  %1053 = load i64, i64* %1052, align 8
  store i64 %1053, i64* %highEnd, align 8
  %1054 = add i32 %1012, %1045
  store i32 %1054, i32* %cur, align 4
  %1055 = load i32, i32* %cur, align 4
  %1056 = add i32 %1055, 7
  %1057 = getelementptr i64, i64* %regs, i64 2
  %1058 = load i64, i64* %1057, align 8
  %1059 = trunc i64 %1058 to i32
  %1060 = icmp ugt i32 %1056, %1059
  %1061 = zext i1 %1060 to i32
  %1062 = icmp ne i32 %1061, 0
  br i1 %1062, label %then147, label %else148

then147:                                          ; preds = %stack_ok146
  br label %trap15.site24

else148:                                          ; preds = %stack_ok146
  br label %join149

join149:                                          ; preds = %else148, %dead150
  %1063 = load i32, i32* %cur, align 4
  %1064 = zext i32 %1063 to i64
  %1065 = add i64 %1064, 4
  %1066 = icmp uge i64 %1064, %scratch_start
  %1067 = load i64, i64* %highEnd, align 8
  %1068 = icmp ule i64 %1065, %1067
  %1069 = and i1 %1066, %1068
  br i1 %1069, label %write.ok153, label %write.low151

dead150:                                          ; No predecessors!
  br label %join149

write.low151:                                     ; preds = %join149
  %1070 = load i64, i64* %lowStart, align 8
  %1071 = icmp uge i64 %1064, %1070
  %1072 = load i64, i64* %lowEnd, align 8
  %1073 = icmp ule i64 %1065, %1072
  %1074 = and i1 %1071, %1073
  br i1 %1074, label %write.ok153, label %write.slow152

write.slow152:                                    ; preds = %write.low151
  %1075 = icmp ugt i64 %1065, %arena_size
  br i1 %1075, label %trap17.site0, label %ok154

write.ok153:                                      ; preds = %ok154, %write.low151, %join149
  %1076 = getelementptr i8, i8* %mem, i64 %1064
  store i32 543584032, i32* %unaligned155, align 4
  %1077 = bitcast i32* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1076, i8* %1077, i64 4, i1 false)
  %1078 = load i32, i32* %cur, align 4
  %1079 = zext i32 %1078 to i64
  %1080 = add i64 %1079, 4
  %1081 = add i64 %1080, 2
  %1082 = icmp uge i64 %1080, %scratch_start
  %1083 = load i64, i64* %highEnd, align 8
  %1084 = icmp ule i64 %1081, %1083
  %1085 = and i1 %1082, %1084
  br i1 %1085, label %write.ok158, label %write.low156

ok154:                                            ; preds = %write.slow152
  %1086 = icmp ult i64 %1064, %scratch_start
  %1087 = load i64, i64* %lowStart, align 8
  %1088 = call i64 @llvm.umin.i64(i64 %1087, i64 %1064)
  %1089 = load i64, i64* %lowEnd, align 8
  %1090 = load i64, i64* %highEnd, align 8
  %1091 = add i64 %1065, 64
  %1092 = sub i64 %1065, %1088
  %1093 = lshr i64 %1092, 4
  %1094 = add i64 %1091, %1093
  %1095 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1094)
  %1096 = call i64 @llvm.umax.i64(i64 %1089, i64 %1095)
  %1097 = select i1 %1086, i64 %1096, i64 %1089
  store i64 %1097, i64* %lowEnd, align 8
  %1098 = add i64 %1065, 64
  %1099 = sub i64 %1065, %scratch_start
  %1100 = lshr i64 %1099, 4
  %1101 = add i64 %1098, %1100
  %1102 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1101)
  %1103 = call i64 @llvm.umax.i64(i64 %1090, i64 %1102)
  %1104 = select i1 %1086, i64 %1090, i64 %1103
  store i64 %1104, i64* %highEnd, align 8
  store i64 %1088, i64* %lowStart, align 8
  br label %write.ok153

write.low156:                                     ; preds = %write.ok153
  %1105 = load i64, i64* %lowStart, align 8
  %1106 = icmp uge i64 %1080, %1105
  %1107 = load i64, i64* %lowEnd, align 8
  %1108 = icmp ule i64 %1081, %1107
  %1109 = and i1 %1106, %1108
  br i1 %1109, label %write.ok158, label %write.slow157

write.slow157:                                    ; preds = %write.low156
  %1110 = icmp ugt i64 %1081, %arena_size
  br i1 %1110, label %trap17.site0, label %ok159

write.ok158:                                      ; preds = %ok159, %write.low156, %write.ok153
  %1111 = getelementptr i8, i8* %mem, i64 %1080
  store i16 12337, i16* %unaligned160, align 2
  %1112 = bitcast i16* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1111, i8* %1112, i64 2, i1 false)
  %1113 = load i32, i32* %cur, align 4
  %1114 = zext i32 %1113 to i64
  %1115 = add i64 %1114, 6
  %1116 = add i64 %1115, 1
  %1117 = icmp uge i64 %1115, %scratch_start
  %1118 = load i64, i64* %highEnd, align 8
  %1119 = icmp ule i64 %1116, %1118
  %1120 = and i1 %1117, %1119
  br i1 %1120, label %write.ok163, label %write.low161

ok159:                                            ; preds = %write.slow157
  %1121 = icmp ult i64 %1080, %scratch_start
  %1122 = load i64, i64* %lowStart, align 8
  %1123 = call i64 @llvm.umin.i64(i64 %1122, i64 %1080)
  %1124 = load i64, i64* %lowEnd, align 8
  %1125 = load i64, i64* %highEnd, align 8
  %1126 = add i64 %1081, 64
  %1127 = sub i64 %1081, %1123
  %1128 = lshr i64 %1127, 4
  %1129 = add i64 %1126, %1128
  %1130 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1129)
  %1131 = call i64 @llvm.umax.i64(i64 %1124, i64 %1130)
  %1132 = select i1 %1121, i64 %1131, i64 %1124
  store i64 %1132, i64* %lowEnd, align 8
  %1133 = add i64 %1081, 64
  %1134 = sub i64 %1081, %scratch_start
  %1135 = lshr i64 %1134, 4
  %1136 = add i64 %1133, %1135
  %1137 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1136)
  %1138 = call i64 @llvm.umax.i64(i64 %1125, i64 %1137)
  %1139 = select i1 %1121, i64 %1125, i64 %1138
  store i64 %1139, i64* %highEnd, align 8
  store i64 %1123, i64* %lowStart, align 8
  br label %write.ok158

write.low161:                                     ; preds = %write.ok158
  %1140 = load i64, i64* %lowStart, align 8
  %1141 = icmp uge i64 %1115, %1140
  %1142 = load i64, i64* %lowEnd, align 8
  %1143 = icmp ule i64 %1116, %1142
  %1144 = and i1 %1141, %1143
  br i1 %1144, label %write.ok163, label %write.slow162

write.slow162:                                    ; preds = %write.low161
  %1145 = icmp ugt i64 %1116, %arena_size
  br i1 %1145, label %trap17.site0, label %ok164

write.ok163:                                      ; preds = %ok164, %write.low161, %write.ok158
  %1146 = getelementptr i8, i8* %mem, i64 %1115
  store i8 48, i8* %1146, align 1
  %1147 = load i32, i32* %cur, align 4
  %1148 = add i32 %1147, 7
  store i32 %1148, i32* %cur, align 4
  %1149 = load i32, i32* %cur, align 4
  %1150 = load i32, i32* %text, align 4
  %1151 = sub i32 %1149, %1150
  %1152 = sub i32 %1151, 4
  store i32 %1152, i32* %len.1, align 4
  %1153 = load i32, i32* %text, align 4
  %1154 = load i32, i32* %len.1, align 4
  %1155 = zext i32 %1153 to i64
  %1156 = add i64 %1155, 4
  %1157 = icmp uge i64 %1155, %scratch_start
  %1158 = load i64, i64* %highEnd, align 8
  %1159 = icmp ule i64 %1156, %1158
  %1160 = and i1 %1157, %1159
  br i1 %1160, label %write.ok167, label %write.low165

ok164:                                            ; preds = %write.slow162
  %1161 = icmp ult i64 %1115, %scratch_start
  %1162 = load i64, i64* %lowStart, align 8
  %1163 = call i64 @llvm.umin.i64(i64 %1162, i64 %1115)
  %1164 = load i64, i64* %lowEnd, align 8
  %1165 = load i64, i64* %highEnd, align 8
  %1166 = add i64 %1116, 64
  %1167 = sub i64 %1116, %1163
  %1168 = lshr i64 %1167, 4
  %1169 = add i64 %1166, %1168
  %1170 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1169)
  %1171 = call i64 @llvm.umax.i64(i64 %1164, i64 %1170)
  %1172 = select i1 %1161, i64 %1171, i64 %1164
  store i64 %1172, i64* %lowEnd, align 8
  %1173 = add i64 %1116, 64
  %1174 = sub i64 %1116, %scratch_start
  %1175 = lshr i64 %1174, 4
  %1176 = add i64 %1173, %1175
  %1177 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1176)
  %1178 = call i64 @llvm.umax.i64(i64 %1165, i64 %1177)
  %1179 = select i1 %1161, i64 %1165, i64 %1178
  store i64 %1179, i64* %highEnd, align 8
  store i64 %1163, i64* %lowStart, align 8
  br label %write.ok163

write.low165:                                     ; preds = %write.ok163
  %1180 = load i64, i64* %lowStart, align 8
  %1181 = icmp uge i64 %1155, %1180
  %1182 = load i64, i64* %lowEnd, align 8
  %1183 = icmp ule i64 %1156, %1182
  %1184 = and i1 %1181, %1183
  br i1 %1184, label %write.ok167, label %write.slow166

write.slow166:                                    ; preds = %write.low165
  %1185 = icmp ugt i64 %1156, %arena_size
  br i1 %1185, label %trap17.site0, label %ok168

write.ok167:                                      ; preds = %ok168, %write.low165, %write.ok163
  %1186 = getelementptr i8, i8* %mem, i64 %1155
  store i32 %1154, i32* %unaligned169, align 4
  %1187 = bitcast i32* %unaligned169 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1186, i8* %1187, i64 4, i1 false)
  %1188 = load i32, i32* %len.1, align 4
  %1189 = add i32 %1188, 4
  %1190 = zext i32 %1189 to i64
  %1191 = getelementptr i64, i64* %regs, i64 1
  %1192 = getelementptr i64, i64* %regs, i64 2
  %1193 = load i64, i64* %1191, align 8
  %1194 = add i64 %1193, 3
  %1195 = and i64 %1194, -4
  %1196 = add i64 %1195, %1190
  %1197 = load i64, i64* %1192, align 8
  %1198 = icmp ugt i64 %1196, %1197
  br i1 %1198, label %trap15.site24, label %ok170

ok168:                                            ; preds = %write.slow166
  %1199 = icmp ult i64 %1155, %scratch_start
  %1200 = load i64, i64* %lowStart, align 8
  %1201 = call i64 @llvm.umin.i64(i64 %1200, i64 %1155)
  %1202 = load i64, i64* %lowEnd, align 8
  %1203 = load i64, i64* %highEnd, align 8
  %1204 = add i64 %1156, 64
  %1205 = sub i64 %1156, %1201
  %1206 = lshr i64 %1205, 4
  %1207 = add i64 %1204, %1206
  %1208 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1207)
  %1209 = call i64 @llvm.umax.i64(i64 %1202, i64 %1208)
  %1210 = select i1 %1199, i64 %1209, i64 %1202
  store i64 %1210, i64* %lowEnd, align 8
  %1211 = add i64 %1156, 64
  %1212 = sub i64 %1156, %scratch_start
  %1213 = lshr i64 %1212, 4
  %1214 = add i64 %1211, %1213
  %1215 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1214)
  %1216 = call i64 @llvm.umax.i64(i64 %1203, i64 %1215)
  %1217 = select i1 %1199, i64 %1203, i64 %1216
  store i64 %1217, i64* %highEnd, align 8
  store i64 %1201, i64* %lowStart, align 8
  br label %write.ok167

ok170:                                            ; preds = %write.ok167
  store i64 %1196, i64* %1191, align 8
  %1218 = load i64, i64* %highEnd, align 8
  %1219 = call i64 @llvm.umax.i64(i64 %1218, i64 %1196)
  store i64 %1219, i64* %highEnd, align 8
  %1220 = trunc i64 %1195 to i32
  store i32 %1220, i32* %result126, align 4
  br label %e45

write.low171:                                     ; preds = %e45
  %1221 = load i64, i64* %lowStart, align 8
  %1222 = icmp uge i64 %914, %1221
  %1223 = load i64, i64* %lowEnd, align 8
  %1224 = icmp ule i64 %915, %1223
  %1225 = and i1 %1222, %1224
  br i1 %1225, label %write.ok173, label %write.slow172

write.slow172:                                    ; preds = %write.low171
  %1226 = icmp ugt i64 %915, %arena_size
  br i1 %1226, label %trap17.site0, label %ok174

write.ok173:                                      ; preds = %ok174, %write.low171, %e45
  %1227 = getelementptr i8, i8* %mem, i64 %914
  store i32 %912, i32* %unaligned175, align 4
  %1228 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1227, i8* %1228, i64 4, i1 false)
  %1229 = load i32, i32* %dict, align 4
  store i32 %1229, i32* %result5, align 4
  br label %e0

ok174:                                            ; preds = %write.slow172
  %1230 = icmp ult i64 %914, %scratch_start
  %1231 = load i64, i64* %lowStart, align 8
  %1232 = call i64 @llvm.umin.i64(i64 %1231, i64 %914)
  %1233 = load i64, i64* %lowEnd, align 8
  %1234 = load i64, i64* %highEnd, align 8
  %1235 = add i64 %915, 64
  %1236 = sub i64 %915, %1232
  %1237 = lshr i64 %1236, 4
  %1238 = add i64 %1235, %1237
  %1239 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1238)
  %1240 = call i64 @llvm.umax.i64(i64 %1233, i64 %1239)
  %1241 = select i1 %1230, i64 %1240, i64 %1233
  store i64 %1241, i64* %lowEnd, align 8
  %1242 = add i64 %915, 64
  %1243 = sub i64 %915, %scratch_start
  %1244 = lshr i64 %1243, 4
  %1245 = add i64 %1242, %1244
  %1246 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1245)
  %1247 = call i64 @llvm.umax.i64(i64 %1234, i64 %1246)
  %1248 = select i1 %1230, i64 %1234, i64 %1247
  store i64 %1248, i64* %highEnd, align 8
  store i64 %1232, i64* %lowStart, align 8
  br label %write.ok173

ok176:                                            ; preds = %e0
  %1249 = icmp ult i64 %10, %stack_limit
  br i1 %1249, label %trap253.site0, label %stack_ok177

stack_ok177:                                      ; preds = %ok176
  %1250 = load i64, i64* %fuel, align 8
  %1251 = getelementptr i64, i64* %regs, i64 0
  store i64 %1250, i64* %1251, align 8
  %1252 = load i64, i64* %lowStart, align 8
  %1253 = getelementptr i64, i64* %regs, i64 6
  store i64 %1252, i64* %1253, align 8
  %1254 = load i64, i64* %lowEnd, align 8
  %1255 = getelementptr i64, i64* %regs, i64 7
  store i64 %1254, i64* %1255, align 8
  %1256 = load i64, i64* %highEnd, align 8
  %1257 = getelementptr i64, i64* %regs, i64 8
  store i64 %1256, i64* %1257, align 8
  %1258 = add i32 %depth, 1
  %1259 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1258, i32 %89, i32 %90, i32 0)
  %1260 = getelementptr i64, i64* %regs, i64 0
  %1261 = load i64, i64* %1260, align 8
  store i64 %1261, i64* %fuel, align 8
  %1262 = getelementptr i64, i64* %regs, i64 6
  %1263 = load i64, i64* %1262, align 8
  store i64 %1263, i64* %lowStart, align 8
  %1264 = getelementptr i64, i64* %regs, i64 7
  %1265 = load i64, i64* %1264, align 8
  store i64 %1265, i64* %lowEnd, align 8
  %1266 = getelementptr i64, i64* %regs, i64 8
  %1267 = load i64, i64* %1266, align 8
  store i64 %1267, i64* %highEnd, align 8
  store i32 %1259, i32* %json_end, align 4
  %1268 = load i32, i32* %json_end, align 4
  %1269 = icmp eq i32 %1268, -2
  %1270 = zext i1 %1269 to i32
  %1271 = icmp ne i32 %1270, 0
  br i1 %1271, label %then178, label %else179

then178:                                          ; preds = %stack_ok177
  br label %trap16.site4

else179:                                          ; preds = %stack_ok177
  br label %join180

join180:                                          ; preds = %else179, %dead181
  %1272 = load i32, i32* %json_end, align 4
  %1273 = icmp eq i32 %1272, -1
  %1274 = zext i1 %1273 to i32
  %1275 = icmp ne i32 %1274, 0
  br i1 %1275, label %then182, label %else183

trap16.site4:                                     ; preds = %then178
  %1276 = load i64, i64* %lowStart, align 8
  %1277 = getelementptr i64, i64* %regs, i64 6
  store i64 %1276, i64* %1277, align 8
  %1278 = load i64, i64* %lowEnd, align 8
  %1279 = getelementptr i64, i64* %regs, i64 7
  store i64 %1278, i64* %1279, align 8
  %1280 = load i64, i64* %highEnd, align 8
  %1281 = getelementptr i64, i64* %regs, i64 8
  store i64 %1280, i64* %1281, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead181:                                          ; No predecessors!
  br label %join180

then182:                                          ; preds = %join180
  br label %trap15.site4

else183:                                          ; preds = %join180
  br label %join184

join184:                                          ; preds = %else183, %dead185
  %1282 = load i32, i32* %json_end, align 4
  %1283 = zext i32 %1282 to i64
  %1284 = getelementptr i64, i64* %regs, i64 3
  store i64 %1283, i64* %1284, align 8
  %1285 = load i32, i32* %json_end, align 4
  %1286 = load i32, i32* %json_start, align 4
  %1287 = sub i32 %1285, %1286
  %1288 = load i64, i64* %fuel, align 8
  %1289 = getelementptr i64, i64* %regs, i64 0
  store i64 %1288, i64* %1289, align 8
  %1290 = load i64, i64* %lowStart, align 8
  %1291 = getelementptr i64, i64* %regs, i64 6
  store i64 %1290, i64* %1291, align 8
  %1292 = load i64, i64* %lowEnd, align 8
  %1293 = getelementptr i64, i64* %regs, i64 7
  store i64 %1292, i64* %1293, align 8
  %1294 = load i64, i64* %highEnd, align 8
  %1295 = getelementptr i64, i64* %regs, i64 8
  store i64 %1294, i64* %1295, align 8
  ret i32 %1287

dead185:                                          ; No predecessors!
  br label %join184
}
