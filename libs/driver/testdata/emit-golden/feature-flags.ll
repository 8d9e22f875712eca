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
  %673 = load i64, i64* %lowEnd, align 8
  %674 = load i64, i64* %highEnd, align 8
  %675 = call i64 @llvm.umax.i64(i64 %673, i64 %644)
  %676 = select i1 %672, i64 %675, i64 %673
  store i64 %676, i64* %lowEnd, align 8
  %677 = call i64 @llvm.umax.i64(i64 %674, i64 %644)
  %678 = select i1 %672, i64 %674, i64 %677
  store i64 %678, i64* %highEnd, align 8
  %679 = load i64, i64* %lowStart, align 8
  %680 = call i64 @llvm.umin.i64(i64 %679, i64 %643)
  store i64 %680, i64* %lowStart, align 8
  br label %write.ok

write.low126:                                     ; preds = %write.ok
  %681 = load i64, i64* %lowStart, align 8
  %682 = icmp uge i64 %666, %681
  %683 = load i64, i64* %lowEnd, align 8
  %684 = icmp ule i64 %667, %683
  %685 = and i1 %682, %684
  br i1 %685, label %write.ok128, label %write.slow127

write.slow127:                                    ; preds = %write.low126
  %686 = icmp ugt i64 %667, %arena_size
  br i1 %686, label %trap17.site0, label %ok129

write.ok128:                                      ; preds = %ok129, %write.low126, %write.ok
  %687 = getelementptr i8, i8* %mem, i64 %666
  store i64 %664, i64* %unaligned130, align 8
  %688 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %687, i8* %688, i64 8, i1 false)
  %689 = load i32, i32* %args_out, align 4
  %690 = load i64, i64* %fuel, align 8
  %691 = getelementptr i64, i64* %regs, i64 0
  store i64 %690, i64* %691, align 8
  %692 = load i64, i64* %lowStart, align 8
  %693 = getelementptr i64, i64* %regs, i64 6
  store i64 %692, i64* %693, align 8
  %694 = load i64, i64* %lowEnd, align 8
  %695 = getelementptr i64, i64* %regs, i64 7
  store i64 %694, i64* %695, align 8
  %696 = load i64, i64* %highEnd, align 8
  %697 = getelementptr i64, i64* %regs, i64 8
  store i64 %696, i64* %697, align 8
  ret i32 %689

ok129:                                            ; preds = %write.slow127
  %698 = icmp ult i64 %666, %scratch_start
  %699 = load i64, i64* %lowEnd, align 8
  %700 = load i64, i64* %highEnd, align 8
  %701 = call i64 @llvm.umax.i64(i64 %699, i64 %667)
  %702 = select i1 %698, i64 %701, i64 %699
  store i64 %702, i64* %lowEnd, align 8
  %703 = call i64 @llvm.umax.i64(i64 %700, i64 %667)
  %704 = select i1 %698, i64 %700, i64 %703
  store i64 %704, i64* %highEnd, align 8
  %705 = load i64, i64* %lowStart, align 8
  %706 = call i64 @llvm.umin.i64(i64 %705, i64 %666)
  store i64 %706, i64* %lowStart, align 8
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
  %190 = load i64, i64* %lowEnd, align 8
  %191 = load i64, i64* %highEnd, align 8
  %192 = call i64 @llvm.umax.i64(i64 %190, i64 %165)
  %193 = select i1 %189, i64 %192, i64 %190
  store i64 %193, i64* %lowEnd, align 8
  %194 = call i64 @llvm.umax.i64(i64 %191, i64 %165)
  %195 = select i1 %189, i64 %191, i64 %194
  store i64 %195, i64* %highEnd, align 8
  %196 = load i64, i64* %lowStart, align 8
  %197 = call i64 @llvm.umin.i64(i64 %196, i64 %164)
  store i64 %197, i64* %lowStart, align 8
  br label %write.ok

e11:                                              ; preds = %block15
  %198 = load i32, i32* %result19, align 4
  store i32 %198, i32* %beta, align 4
  %199 = load i32, i32* %dict, align 4
  %200 = load i32, i32* %beta, align 4
  %201 = zext i32 %199 to i64
  %202 = add i64 %201, 8
  %203 = add i64 %202, 1
  %204 = icmp uge i64 %202, %scratch_start
  %205 = load i64, i64* %highEnd, align 8
  %206 = icmp ule i64 %203, %205
  %207 = and i1 %204, %206
  br i1 %207, label %write.ok32, label %write.low30

ok20:                                             ; preds = %write.ok
  %208 = getelementptr i8, i8* %mem, i64 %186
  %209 = bitcast i32* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %209, i8* %208, i64 4, i1 false)
  %210 = load i32, i32* %unaligned21, align 4
  store i32 %210, i32* %xs, align 4
  store i32 8, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %211 = load i32, i32* %xs, align 4
  %212 = zext i32 %211 to i64
  %213 = add i64 %212, 4
  %214 = icmp ugt i64 %213, %arena_size
  br i1 %214, label %trap17.site0, label %ok22

trap17.site12:                                    ; preds = %write.ok
  %215 = load i64, i64* %lowStart, align 8
  %216 = getelementptr i64, i64* %regs, i64 6
  store i64 %215, i64* %216, align 8
  %217 = load i64, i64* %lowEnd, align 8
  %218 = getelementptr i64, i64* %regs, i64 7
  store i64 %217, i64* %218, align 8
  %219 = load i64, i64* %highEnd, align 8
  %220 = getelementptr i64, i64* %regs, i64 8
  store i64 %219, i64* %220, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

ok22:                                             ; preds = %ok20
  %221 = getelementptr i8, i8* %mem, i64 %212
  %222 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %222, i8* %221, i64 4, i1 false)
  %223 = load i32, i32* %unaligned23, align 4
  store i32 %223, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each16

block15:                                          ; preds = %dead29, %then, %ok24
  %224 = load i32, i32* %found, align 4
  store i32 %224, i32* %result19, align 4
  br label %e11

each16:                                           ; preds = %join, %ok22
  %225 = load i64, i64* %fuel, align 8
  %226 = icmp ult i64 %225, 1
  br i1 %226, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each16
  %227 = sub i64 %225, 1
  store i64 %227, i64* %fuel, align 8
  %228 = load i32, i32* %k, align 4
  %229 = load i32, i32* %n, align 4
  %230 = icmp uge i32 %228, %229
  %231 = zext i1 %230 to i32
  %232 = icmp ne i32 %231, 0
  br i1 %232, label %block15, label %cont

cont:                                             ; preds = %ok24
  %233 = load i32, i32* %xs, align 4
  %234 = load i32, i32* %k, align 4
  %235 = mul i32 %234, 4
  %236 = add i32 %233, %235
  %237 = zext i32 %236 to i64
  %238 = add i64 %237, 4
  %239 = add i64 %238, 4
  %240 = icmp ugt i64 %239, %arena_size
  br i1 %240, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %241 = getelementptr i8, i8* %mem, i64 %238
  %242 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %242, i8* %241, i64 4, i1 false)
  %243 = load i32, i32* %unaligned26, align 4
  store i32 %243, i32* %x, align 4
  %244 = load i32, i32* %x, align 4
  store i32 %244, i32* %x.1, align 4
  %245 = load i32, i32* %x.1, align 4
  %246 = load i32, i32* %needle, align 4
  %247 = icmp uge i32 %depth, 1000
  br i1 %247, label %trap15.site0, label %ok27

ok27:                                             ; preds = %ok25
  %248 = icmp ult i64 %10, %stack_limit
  br i1 %248, label %trap253.site0, label %stack_ok28

trap15.site0:                                     ; preds = %e0, %ok108, %ok82, %ok25
  %249 = load i64, i64* %lowStart, align 8
  %250 = getelementptr i64, i64* %regs, i64 6
  store i64 %249, i64* %250, align 8
  %251 = load i64, i64* %lowEnd, align 8
  %252 = getelementptr i64, i64* %regs, i64 7
  store i64 %251, i64* %252, align 8
  %253 = load i64, i64* %highEnd, align 8
  %254 = getelementptr i64, i64* %regs, i64 8
  store i64 %253, i64* %254, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %255 = load i64, i64* %fuel, align 8
  %256 = getelementptr i64, i64* %regs, i64 0
  store i64 %255, i64* %256, align 8
  %257 = load i64, i64* %lowStart, align 8
  %258 = getelementptr i64, i64* %regs, i64 6
  store i64 %257, i64* %258, align 8
  %259 = load i64, i64* %lowEnd, align 8
  %260 = getelementptr i64, i64* %regs, i64 7
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %highEnd, align 8
  %262 = getelementptr i64, i64* %regs, i64 8
  store i64 %261, i64* %262, align 8
  %263 = add i32 %depth, 1
  %264 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %263, i32 %245, i32 %246)
  %265 = getelementptr i64, i64* %regs, i64 0
  %266 = load i64, i64* %265, align 8
  store i64 %266, i64* %fuel, align 8
  %267 = getelementptr i64, i64* %regs, i64 6
  %268 = load i64, i64* %267, align 8
  store i64 %268, i64* %lowStart, align 8
  %269 = getelementptr i64, i64* %regs, i64 7
  %270 = load i64, i64* %269, align 8
  store i64 %270, i64* %lowEnd, align 8
  %271 = getelementptr i64, i64* %regs, i64 8
  %272 = load i64, i64* %271, align 8
  store i64 %272, i64* %highEnd, align 8
  %273 = icmp ne i32 %264, 0
  br i1 %273, label %then, label %else

then:                                             ; preds = %stack_ok28
  store i32 1, i32* %found, align 4
  br label %block15

else:                                             ; preds = %stack_ok28
  br label %join

join:                                             ; preds = %else, %dead
  %274 = load i32, i32* %k, align 4
  %275 = add i32 %274, 1
  store i32 %275, i32* %k, align 4
  br label %each16

dead:                                             ; No predecessors!
  br label %join

dead29:                                           ; No predecessors!
  br label %block15

write.low30:                                      ; preds = %e11
  %276 = load i64, i64* %lowStart, align 8
  %277 = icmp uge i64 %202, %276
  %278 = load i64, i64* %lowEnd, align 8
  %279 = icmp ule i64 %203, %278
  %280 = and i1 %277, %279
  br i1 %280, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %281 = icmp ugt i64 %203, %arena_size
  br i1 %281, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %e11
  %282 = getelementptr i8, i8* %mem, i64 %202
  %283 = trunc i32 %200 to i8
  store i8 %283, i8* %282, align 1
  %284 = getelementptr i64, i64* %regs, i64 1
  %285 = getelementptr i64, i64* %regs, i64 2
  %286 = load i64, i64* %284, align 8
  %287 = add i64 %286, 7
  %288 = and i64 %287, -8
  %289 = add i64 %288, 4
  %290 = load i64, i64* %285, align 8
  %291 = icmp ugt i64 %289, %290
  br i1 %291, label %trap15.site13, label %ok35

ok33:                                             ; preds = %write.slow31
  %292 = icmp ult i64 %202, %scratch_start
  %293 = load i64, i64* %lowEnd, align 8
  %294 = load i64, i64* %highEnd, align 8
  %295 = call i64 @llvm.umax.i64(i64 %293, i64 %203)
  %296 = select i1 %292, i64 %295, i64 %293
  store i64 %296, i64* %lowEnd, align 8
  %297 = call i64 @llvm.umax.i64(i64 %294, i64 %203)
  %298 = select i1 %292, i64 %294, i64 %297
  store i64 %298, i64* %highEnd, align 8
  %299 = load i64, i64* %lowStart, align 8
  %300 = call i64 @llvm.umin.i64(i64 %299, i64 %202)
  store i64 %300, i64* %lowStart, align 8
  br label %write.ok32

e17:                                              ; preds = %write.ok119
  %301 = load i32, i32* %result34, align 4
  store i32 %301, i32* %flags, align 4
  %302 = load i32, i32* %dict, align 4
  %303 = load i32, i32* %flags, align 4
  %304 = zext i32 %302 to i64
  %305 = add i64 %304, 12
  %306 = add i64 %305, 4
  %307 = icmp uge i64 %305, %scratch_start
  %308 = load i64, i64* %highEnd, align 8
  %309 = icmp ule i64 %306, %308
  %310 = and i1 %307, %309
  br i1 %310, label %write.ok123, label %write.low121

ok35:                                             ; preds = %write.ok32
  store i64 %289, i64* %284, align 8
  %311 = load i64, i64* %highEnd, align 8
  %312 = call i64 @llvm.umax.i64(i64 %311, i64 %289)
  store i64 %312, i64* %highEnd, align 8
  %313 = trunc i64 %288 to i32
  store i32 %313, i32* %dict.1, align 4
  %314 = load i32, i32* %beta, align 4
  %315 = icmp ne i32 %314, 0
  br i1 %315, label %then36, label %else37

trap15.site13:                                    ; preds = %write.ok32
  %316 = load i64, i64* %lowStart, align 8
  %317 = getelementptr i64, i64* %regs, i64 6
  store i64 %316, i64* %317, align 8
  %318 = load i64, i64* %lowEnd, align 8
  %319 = getelementptr i64, i64* %regs, i64 7
  store i64 %318, i64* %319, align 8
  %320 = load i64, i64* %highEnd, align 8
  %321 = getelementptr i64, i64* %regs, i64 8
  store i64 %320, i64* %321, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

then36:                                           ; preds = %ok35
  store i32 1, i32* %result39, align 4
  br label %join38

else37:                                           ; preds = %ok35
  %322 = load i64, i64* %bucket, align 8
  %323 = load i64, i64* %rollout_percent, align 8
  %324 = icmp slt i64 %322, %323
  %325 = zext i1 %324 to i32
  store i32 %325, i32* %result39, align 4
  br label %join38

join38:                                           ; preds = %else37, %then36
  %326 = load i32, i32* %result39, align 4
  store i32 %326, i32* %new_checkout, align 4
  %327 = load i32, i32* %dict.1, align 4
  %328 = load i32, i32* %new_checkout, align 4
  %329 = zext i32 %327 to i64
  %330 = add i64 %329, 1
  %331 = icmp uge i64 %329, %scratch_start
  %332 = load i64, i64* %highEnd, align 8
  %333 = icmp ule i64 %330, %332
  %334 = and i1 %331, %333
  br i1 %334, label %write.ok42, label %write.low40

write.low40:                                      ; preds = %join38
  %335 = load i64, i64* %lowStart, align 8
  %336 = icmp uge i64 %329, %335
  %337 = load i64, i64* %lowEnd, align 8
  %338 = icmp ule i64 %330, %337
  %339 = and i1 %336, %338
  br i1 %339, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %340 = icmp ugt i64 %330, %arena_size
  br i1 %340, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %join38
  %341 = getelementptr i8, i8* %mem, i64 %329
  %342 = trunc i32 %328 to i8
  store i8 %342, i8* %341, align 1
  store i32 16, i32* %item, align 4
  store i32 24, i32* %item.1, align 4
  store i32 32, i32* %item.2, align 4
  store i32 40, i32* %item.3, align 4
  store i64 20, i64* %size, align 8
  %343 = load i64, i64* %size, align 8
  %344 = icmp ugt i64 %343, 2147483647
  %345 = zext i1 %344 to i32
  %346 = icmp ne i32 %345, 0
  br i1 %346, label %then46, label %else47

ok43:                                             ; preds = %write.slow41
  %347 = icmp ult i64 %329, %scratch_start
  %348 = load i64, i64* %lowEnd, align 8
  %349 = load i64, i64* %highEnd, align 8
  %350 = call i64 @llvm.umax.i64(i64 %348, i64 %330)
  %351 = select i1 %347, i64 %350, i64 %348
  store i64 %351, i64* %lowEnd, align 8
  %352 = call i64 @llvm.umax.i64(i64 %349, i64 %330)
  %353 = select i1 %347, i64 %349, i64 %352
  store i64 %353, i64* %highEnd, align 8
  %354 = load i64, i64* %lowStart, align 8
  %355 = call i64 @llvm.umin.i64(i64 %354, i64 %329)
  store i64 %355, i64* %lowStart, align 8
  br label %write.ok42

e23:                                              ; preds = %block31
  %356 = load i32, i32* %result44, align 4
  store i32 %356, i32* %eu_banner, align 4
  %357 = load i32, i32* %dict.1, align 4
  %358 = load i32, i32* %eu_banner, align 4
  %359 = zext i32 %357 to i64
  %360 = add i64 %359, 1
  %361 = add i64 %360, 1
  %362 = icmp uge i64 %360, %scratch_start
  %363 = load i64, i64* %highEnd, align 8
  %364 = icmp ule i64 %361, %363
  %365 = and i1 %362, %364
  br i1 %365, label %write.ok93, label %write.low91

e24:                                              ; preds = %write.ok73
  %366 = load i32, i32* %result45, align 4
  store i32 %366, i32* %xs.1, align 4
  %367 = load i32, i32* %user, align 4
  %368 = zext i32 %367 to i64
  %369 = add i64 %368, 4
  %370 = add i64 %369, 4
  %371 = icmp ugt i64 %370, %arena_size
  br i1 %371, label %trap17.site18, label %ok76

then46:                                           ; preds = %write.ok42
  br label %trap15.site17

else47:                                           ; preds = %write.ok42
  br label %join48

join48:                                           ; preds = %else47, %dead49
  %372 = load i64, i64* %size, align 8
  %373 = trunc i64 %372 to i32
  %374 = zext i32 %373 to i64
  %375 = getelementptr i64, i64* %regs, i64 1
  %376 = getelementptr i64, i64* %regs, i64 2
  %377 = load i64, i64* %375, align 8
  %378 = add i64 %377, 3
  %379 = and i64 %378, -4
  %380 = add i64 %379, %374
  %381 = load i64, i64* %376, align 8
  %382 = icmp ugt i64 %380, %381
  br i1 %382, label %trap15.site17, label %ok50

trap15.site17:                                    ; preds = %join48, %then46
  %383 = load i64, i64* %lowStart, align 8
  %384 = getelementptr i64, i64* %regs, i64 6
  store i64 %383, i64* %384, align 8
  %385 = load i64, i64* %lowEnd, align 8
  %386 = getelementptr i64, i64* %regs, i64 7
  store i64 %385, i64* %386, align 8
  %387 = load i64, i64* %highEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 8
  store i64 %387, i64* %388, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead49:                                           ; No predecessors!
  br label %join48

ok50:                                             ; preds = %join48
  store i64 %380, i64* %375, align 8
  %389 = load i64, i64* %highEnd, align 8
  %390 = call i64 @llvm.umax.i64(i64 %389, i64 %380)
  store i64 %390, i64* %highEnd, align 8
  %391 = trunc i64 %379 to i32
  store i32 %391, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %392 = load i32, i32* %list, align 4
  %393 = add i32 %392, 4
  %394 = load i32, i32* %len, align 4
  %395 = mul i32 %394, 4
  %396 = add i32 %393, %395
  %397 = load i32, i32* %item, align 4
  %398 = zext i32 %396 to i64
  %399 = add i64 %398, 4
  %400 = icmp uge i64 %398, %scratch_start
  %401 = load i64, i64* %highEnd, align 8
  %402 = icmp ule i64 %399, %401
  %403 = and i1 %400, %402
  br i1 %403, label %write.ok53, label %write.low51

write.low51:                                      ; preds = %ok50
  %404 = load i64, i64* %lowStart, align 8
  %405 = icmp uge i64 %398, %404
  %406 = load i64, i64* %lowEnd, align 8
  %407 = icmp ule i64 %399, %406
  %408 = and i1 %405, %407
  br i1 %408, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %409 = icmp ugt i64 %399, %arena_size
  br i1 %409, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %ok50
  %410 = getelementptr i8, i8* %mem, i64 %398
  store i32 %397, i32* %unaligned55, align 4
  %411 = bitcast i32* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %410, i8* %411, i64 4, i1 false)
  %412 = load i32, i32* %len, align 4
  %413 = add i32 %412, 1
  store i32 %413, i32* %len, align 4
  %414 = load i32, i32* %list, align 4
  %415 = add i32 %414, 4
  %416 = load i32, i32* %len, align 4
  %417 = mul i32 %416, 4
  %418 = add i32 %415, %417
  %419 = load i32, i32* %item.1, align 4
  %420 = zext i32 %418 to i64
  %421 = add i64 %420, 4
  %422 = icmp uge i64 %420, %scratch_start
  %423 = load i64, i64* %highEnd, align 8
  %424 = icmp ule i64 %421, %423
  %425 = and i1 %422, %424
  br i1 %425, label %write.ok58, label %write.low56

ok54:                                             ; preds = %write.slow52
  %426 = icmp ult i64 %398, %scratch_start
  %427 = load i64, i64* %lowEnd, align 8
  %428 = load i64, i64* %highEnd, align 8
  %429 = call i64 @llvm.umax.i64(i64 %427, i64 %399)
  %430 = select i1 %426, i64 %429, i64 %427
  store i64 %430, i64* %lowEnd, align 8
  %431 = call i64 @llvm.umax.i64(i64 %428, i64 %399)
  %432 = select i1 %426, i64 %428, i64 %431
  store i64 %432, i64* %highEnd, align 8
  %433 = load i64, i64* %lowStart, align 8
  %434 = call i64 @llvm.umin.i64(i64 %433, i64 %398)
  store i64 %434, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %write.ok53
  %435 = load i64, i64* %lowStart, align 8
  %436 = icmp uge i64 %420, %435
  %437 = load i64, i64* %lowEnd, align 8
  %438 = icmp ule i64 %421, %437
  %439 = and i1 %436, %438
  br i1 %439, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %440 = icmp ugt i64 %421, %arena_size
  br i1 %440, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %write.ok53
  %441 = getelementptr i8, i8* %mem, i64 %420
  store i32 %419, i32* %unaligned60, align 4
  %442 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %441, i8* %442, i64 4, i1 false)
  %443 = load i32, i32* %len, align 4
  %444 = add i32 %443, 1
  store i32 %444, i32* %len, align 4
  %445 = load i32, i32* %list, align 4
  %446 = add i32 %445, 4
  %447 = load i32, i32* %len, align 4
  %448 = mul i32 %447, 4
  %449 = add i32 %446, %448
  %450 = load i32, i32* %item.2, align 4
  %451 = zext i32 %449 to i64
  %452 = add i64 %451, 4
  %453 = icmp uge i64 %451, %scratch_start
  %454 = load i64, i64* %highEnd, align 8
  %455 = icmp ule i64 %452, %454
  %456 = and i1 %453, %455
  br i1 %456, label %write.ok63, label %write.low61

ok59:                                             ; preds = %write.slow57
  %457 = icmp ult i64 %420, %scratch_start
  %458 = load i64, i64* %lowEnd, align 8
  %459 = load i64, i64* %highEnd, align 8
  %460 = call i64 @llvm.umax.i64(i64 %458, i64 %421)
  %461 = select i1 %457, i64 %460, i64 %458
  store i64 %461, i64* %lowEnd, align 8
  %462 = call i64 @llvm.umax.i64(i64 %459, i64 %421)
  %463 = select i1 %457, i64 %459, i64 %462
  store i64 %463, i64* %highEnd, align 8
  %464 = load i64, i64* %lowStart, align 8
  %465 = call i64 @llvm.umin.i64(i64 %464, i64 %420)
  store i64 %465, i64* %lowStart, align 8
  br label %write.ok58

write.low61:                                      ; preds = %write.ok58
  %466 = load i64, i64* %lowStart, align 8
  %467 = icmp uge i64 %451, %466
  %468 = load i64, i64* %lowEnd, align 8
  %469 = icmp ule i64 %452, %468
  %470 = and i1 %467, %469
  br i1 %470, label %write.ok63, label %write.slow62

write.slow62:                                     ; preds = %write.low61
  %471 = icmp ugt i64 %452, %arena_size
  br i1 %471, label %trap17.site0, label %ok64

write.ok63:                                       ; preds = %ok64, %write.low61, %write.ok58
  %472 = getelementptr i8, i8* %mem, i64 %451
  store i32 %450, i32* %unaligned65, align 4
  %473 = bitcast i32* %unaligned65 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %472, i8* %473, i64 4, i1 false)
  %474 = load i32, i32* %len, align 4
  %475 = add i32 %474, 1
  store i32 %475, i32* %len, align 4
  %476 = load i32, i32* %list, align 4
  %477 = add i32 %476, 4
  %478 = load i32, i32* %len, align 4
  %479 = mul i32 %478, 4
  %480 = add i32 %477, %479
  %481 = load i32, i32* %item.3, align 4
  %482 = zext i32 %480 to i64
  %483 = add i64 %482, 4
  %484 = icmp uge i64 %482, %scratch_start
  %485 = load i64, i64* %highEnd, align 8
  %486 = icmp ule i64 %483, %485
  %487 = and i1 %484, %486
  br i1 %487, label %write.ok68, label %write.low66

ok64:                                             ; preds = %write.slow62
  %488 = icmp ult i64 %451, %scratch_start
  %489 = load i64, i64* %lowEnd, align 8
  %490 = load i64, i64* %highEnd, align 8
  %491 = call i64 @llvm.umax.i64(i64 %489, i64 %452)
  %492 = select i1 %488, i64 %491, i64 %489
  store i64 %492, i64* %lowEnd, align 8
  %493 = call i64 @llvm.umax.i64(i64 %490, i64 %452)
  %494 = select i1 %488, i64 %490, i64 %493
  store i64 %494, i64* %highEnd, align 8
  %495 = load i64, i64* %lowStart, align 8
  %496 = call i64 @llvm.umin.i64(i64 %495, i64 %451)
  store i64 %496, i64* %lowStart, align 8
  br label %write.ok63

write.low66:                                      ; preds = %write.ok63
  %497 = load i64, i64* %lowStart, align 8
  %498 = icmp uge i64 %482, %497
  %499 = load i64, i64* %lowEnd, align 8
  %500 = icmp ule i64 %483, %499
  %501 = and i1 %498, %500
  br i1 %501, label %write.ok68, label %write.slow67

write.slow67:                                     ; preds = %write.low66
  %502 = icmp ugt i64 %483, %arena_size
  br i1 %502, label %trap17.site0, label %ok69

write.ok68:                                       ; preds = %ok69, %write.low66, %write.ok63
  %503 = getelementptr i8, i8* %mem, i64 %482
  store i32 %481, i32* %unaligned70, align 4
  %504 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %503, i8* %504, i64 4, i1 false)
  %505 = load i32, i32* %len, align 4
  %506 = add i32 %505, 1
  store i32 %506, i32* %len, align 4
  %507 = load i32, i32* %list, align 4
  %508 = load i32, i32* %len, align 4
  %509 = zext i32 %507 to i64
  %510 = add i64 %509, 4
  %511 = icmp uge i64 %509, %scratch_start
  %512 = load i64, i64* %highEnd, align 8
  %513 = icmp ule i64 %510, %512
  %514 = and i1 %511, %513
  br i1 %514, label %write.ok73, label %write.low71

ok69:                                             ; preds = %write.slow67
  %515 = icmp ult i64 %482, %scratch_start
  %516 = load i64, i64* %lowEnd, align 8
  %517 = load i64, i64* %highEnd, align 8
  %518 = call i64 @llvm.umax.i64(i64 %516, i64 %483)
  %519 = select i1 %515, i64 %518, i64 %516
  store i64 %519, i64* %lowEnd, align 8
  %520 = call i64 @llvm.umax.i64(i64 %517, i64 %483)
  %521 = select i1 %515, i64 %517, i64 %520
  store i64 %521, i64* %highEnd, align 8
  %522 = load i64, i64* %lowStart, align 8
  %523 = call i64 @llvm.umin.i64(i64 %522, i64 %482)
  store i64 %523, i64* %lowStart, align 8
  br label %write.ok68

write.low71:                                      ; preds = %write.ok68
  %524 = load i64, i64* %lowStart, align 8
  %525 = icmp uge i64 %509, %524
  %526 = load i64, i64* %lowEnd, align 8
  %527 = icmp ule i64 %510, %526
  %528 = and i1 %525, %527
  br i1 %528, label %write.ok73, label %write.slow72

write.slow72:                                     ; preds = %write.low71
  %529 = icmp ugt i64 %510, %arena_size
  br i1 %529, label %trap17.site0, label %ok74

write.ok73:                                       ; preds = %ok74, %write.low71, %write.ok68
  %530 = getelementptr i8, i8* %mem, i64 %509
  store i32 %508, i32* %unaligned75, align 4
  %531 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %530, i8* %531, i64 4, i1 false)
  %532 = load i32, i32* %list, align 4
  store i32 %532, i32* %result45, align 4
  br label %e24

ok74:                                             ; preds = %write.slow72
  %533 = icmp ult i64 %509, %scratch_start
  %534 = load i64, i64* %lowEnd, align 8
  %535 = load i64, i64* %highEnd, align 8
  %536 = call i64 @llvm.umax.i64(i64 %534, i64 %510)
  %537 = select i1 %533, i64 %536, i64 %534
  store i64 %537, i64* %lowEnd, align 8
  %538 = call i64 @llvm.umax.i64(i64 %535, i64 %510)
  %539 = select i1 %533, i64 %535, i64 %538
  store i64 %539, i64* %highEnd, align 8
  %540 = load i64, i64* %lowStart, align 8
  %541 = call i64 @llvm.umin.i64(i64 %540, i64 %509)
  store i64 %541, i64* %lowStart, align 8
  br label %write.ok73

ok76:                                             ; preds = %e24
  %542 = getelementptr i8, i8* %mem, i64 %369
  %543 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %543, i8* %542, i64 4, i1 false)
  %544 = load i32, i32* %unaligned77, align 4
  store i32 %544, i32* %needle.1, align 4
  store i32 0, i32* %found.1, align 4
  %545 = load i32, i32* %xs.1, align 4
  %546 = zext i32 %545 to i64
  %547 = add i64 %546, 4
  %548 = icmp ugt i64 %547, %arena_size
  br i1 %548, label %trap17.site0, label %ok78

trap17.site18:                                    ; preds = %e24
  %549 = load i64, i64* %lowStart, align 8
  %550 = getelementptr i64, i64* %regs, i64 6
  store i64 %549, i64* %550, align 8
  %551 = load i64, i64* %lowEnd, align 8
  %552 = getelementptr i64, i64* %regs, i64 7
  store i64 %551, i64* %552, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = getelementptr i64, i64* %regs, i64 8
  store i64 %553, i64* %554, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok78:                                             ; preds = %ok76
  %555 = getelementptr i8, i8* %mem, i64 %546
  %556 = bitcast i32* %unaligned79 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %556, i8* %555, i64 4, i1 false)
  %557 = load i32, i32* %unaligned79, align 4
  store i32 %557, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each32

block31:                                          ; preds = %dead90, %then86, %ok80
  %558 = load i32, i32* %found.1, align 4
  store i32 %558, i32* %result44, align 4
  br label %e23

each32:                                           ; preds = %join88, %ok78
  %559 = load i64, i64* %fuel, align 8
  %560 = icmp ult i64 %559, 1
  br i1 %560, label %trap14.site0, label %ok80

ok80:                                             ; preds = %each32
  %561 = sub i64 %559, 1
  store i64 %561, i64* %fuel, align 8
  %562 = load i32, i32* %k.1, align 4
  %563 = load i32, i32* %n.1, align 4
  %564 = icmp uge i32 %562, %563
  %565 = zext i1 %564 to i32
  %566 = icmp ne i32 %565, 0
  br i1 %566, label %block31, label %cont81

cont81:                                           ; preds = %ok80
  %567 = load i32, i32* %xs.1, align 4
  %568 = load i32, i32* %k.1, align 4
  %569 = mul i32 %568, 4
  %570 = add i32 %567, %569
  %571 = zext i32 %570 to i64
  %572 = add i64 %571, 4
  %573 = add i64 %572, 4
  %574 = icmp ugt i64 %573, %arena_size
  br i1 %574, label %trap17.site0, label %ok82

ok82:                                             ; preds = %cont81
  %575 = getelementptr i8, i8* %mem, i64 %572
  %576 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %576, i8* %575, i64 4, i1 false)
  %577 = load i32, i32* %unaligned83, align 4
  store i32 %577, i32* %x.2, align 4
  %578 = load i32, i32* %x.2, align 4
  store i32 %578, i32* %x.3, align 4
  %579 = load i32, i32* %x.3, align 4
  %580 = load i32, i32* %needle.1, align 4
  %581 = icmp uge i32 %depth, 1000
  br i1 %581, label %trap15.site0, label %ok84

ok84:                                             ; preds = %ok82
  %582 = icmp ult i64 %10, %stack_limit
  br i1 %582, label %trap253.site0, label %stack_ok85

stack_ok85:                                       ; preds = %ok84
  %583 = load i64, i64* %fuel, align 8
  %584 = getelementptr i64, i64* %regs, i64 0
  store i64 %583, i64* %584, align 8
  %585 = load i64, i64* %lowStart, align 8
  %586 = getelementptr i64, i64* %regs, i64 6
  store i64 %585, i64* %586, align 8
  %587 = load i64, i64* %lowEnd, align 8
  %588 = getelementptr i64, i64* %regs, i64 7
  store i64 %587, i64* %588, align 8
  %589 = load i64, i64* %highEnd, align 8
  %590 = getelementptr i64, i64* %regs, i64 8
  store i64 %589, i64* %590, align 8
  %591 = add i32 %depth, 1
  %592 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %591, i32 %579, i32 %580)
  %593 = getelementptr i64, i64* %regs, i64 0
  %594 = load i64, i64* %593, align 8
  store i64 %594, i64* %fuel, align 8
  %595 = getelementptr i64, i64* %regs, i64 6
  %596 = load i64, i64* %595, align 8
  store i64 %596, i64* %lowStart, align 8
  %597 = getelementptr i64, i64* %regs, i64 7
  %598 = load i64, i64* %597, align 8
  store i64 %598, i64* %lowEnd, align 8
  %599 = getelementptr i64, i64* %regs, i64 8
  %600 = load i64, i64* %599, align 8
  store i64 %600, i64* %highEnd, align 8
  %601 = icmp ne i32 %592, 0
  br i1 %601, label %then86, label %else87

then86:                                           ; preds = %stack_ok85
  store i32 1, i32* %found.1, align 4
  br label %block31

else87:                                           ; preds = %stack_ok85
  br label %join88

join88:                                           ; preds = %else87, %dead89
  %602 = load i32, i32* %k.1, align 4
  %603 = add i32 %602, 1
  store i32 %603, i32* %k.1, align 4
  br label %each32

dead89:                                           ; No predecessors!
  br label %join88

dead90:                                           ; No predecessors!
  br label %block31

write.low91:                                      ; preds = %e23
  %604 = load i64, i64* %lowStart, align 8
  %605 = icmp uge i64 %360, %604
  %606 = load i64, i64* %lowEnd, align 8
  %607 = icmp ule i64 %361, %606
  %608 = and i1 %605, %607
  br i1 %608, label %write.ok93, label %write.slow92

write.slow92:                                     ; preds = %write.low91
  %609 = icmp ugt i64 %361, %arena_size
  br i1 %609, label %trap17.site0, label %ok94

write.ok93:                                       ; preds = %ok94, %write.low91, %e23
  %610 = getelementptr i8, i8* %mem, i64 %360
  %611 = trunc i32 %358 to i8
  store i8 %611, i8* %610, align 1
  %612 = load i32, i32* %user, align 4
  %613 = zext i32 %612 to i64
  %614 = add i64 %613, 8
  %615 = add i64 %614, 8
  %616 = icmp ugt i64 %615, %arena_size
  br i1 %616, label %trap17.site20, label %ok95

ok94:                                             ; preds = %write.slow92
  %617 = icmp ult i64 %360, %scratch_start
  %618 = load i64, i64* %lowEnd, align 8
  %619 = load i64, i64* %highEnd, align 8
  %620 = call i64 @llvm.umax.i64(i64 %618, i64 %361)
  %621 = select i1 %617, i64 %620, i64 %618
  store i64 %621, i64* %lowEnd, align 8
  %622 = call i64 @llvm.umax.i64(i64 %619, i64 %361)
  %623 = select i1 %617, i64 %619, i64 %622
  store i64 %623, i64* %highEnd, align 8
  %624 = load i64, i64* %lowStart, align 8
  %625 = call i64 @llvm.umin.i64(i64 %624, i64 %360)
  store i64 %625, i64* %lowStart, align 8
  br label %write.ok93

ok95:                                             ; preds = %write.ok93
  %626 = getelementptr i8, i8* %mem, i64 %614
  %627 = bitcast i64* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %627, i8* %626, i64 8, i1 false)
  %628 = load i64, i64* %unaligned96, align 8
  %629 = icmp sge i64 %628, 365
  %630 = zext i1 %629 to i32
  store i32 %630, i32* %loyalty, align 4
  %631 = load i32, i32* %dict.1, align 4
  %632 = load i32, i32* %loyalty, align 4
  %633 = zext i32 %631 to i64
  %634 = add i64 %633, 2
  %635 = add i64 %634, 1
  %636 = icmp uge i64 %634, %scratch_start
  %637 = load i64, i64* %highEnd, align 8
  %638 = icmp ule i64 %635, %637
  %639 = and i1 %636, %638
  br i1 %639, label %write.ok99, label %write.low97

trap17.site20:                                    ; preds = %write.ok93
  %640 = load i64, i64* %lowStart, align 8
  %641 = getelementptr i64, i64* %regs, i64 6
  store i64 %640, i64* %641, align 8
  %642 = load i64, i64* %lowEnd, align 8
  %643 = getelementptr i64, i64* %regs, i64 7
  store i64 %642, i64* %643, align 8
  %644 = load i64, i64* %highEnd, align 8
  %645 = getelementptr i64, i64* %regs, i64 8
  store i64 %644, i64* %645, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 20)
  unreachable

write.low97:                                      ; preds = %ok95
  %646 = load i64, i64* %lowStart, align 8
  %647 = icmp uge i64 %634, %646
  %648 = load i64, i64* %lowEnd, align 8
  %649 = icmp ule i64 %635, %648
  %650 = and i1 %647, %649
  br i1 %650, label %write.ok99, label %write.slow98

write.slow98:                                     ; preds = %write.low97
  %651 = icmp ugt i64 %635, %arena_size
  br i1 %651, label %trap17.site0, label %ok100

write.ok99:                                       ; preds = %ok100, %write.low97, %ok95
  %652 = getelementptr i8, i8* %mem, i64 %634
  %653 = trunc i32 %632 to i8
  store i8 %653, i8* %652, align 1
  %654 = load i32, i32* %user, align 4
  %655 = zext i32 %654 to i64
  %656 = add i64 %655, 16
  %657 = add i64 %656, 4
  %658 = icmp ugt i64 %657, %arena_size
  br i1 %658, label %trap17.site22, label %ok102

ok100:                                            ; preds = %write.slow98
  %659 = icmp ult i64 %634, %scratch_start
  %660 = load i64, i64* %lowEnd, align 8
  %661 = load i64, i64* %highEnd, align 8
  %662 = call i64 @llvm.umax.i64(i64 %660, i64 %635)
  %663 = select i1 %659, i64 %662, i64 %660
  store i64 %663, i64* %lowEnd, align 8
  %664 = call i64 @llvm.umax.i64(i64 %661, i64 %635)
  %665 = select i1 %659, i64 %661, i64 %664
  store i64 %665, i64* %highEnd, align 8
  %666 = load i64, i64* %lowStart, align 8
  %667 = call i64 @llvm.umin.i64(i64 %666, i64 %634)
  store i64 %667, i64* %lowStart, align 8
  br label %write.ok99

e37:                                              ; preds = %block40
  %668 = load i32, i32* %result101, align 4
  store i32 %668, i32* %staff_tools, align 4
  %669 = load i32, i32* %dict.1, align 4
  %670 = load i32, i32* %staff_tools, align 4
  %671 = zext i32 %669 to i64
  %672 = add i64 %671, 3
  %673 = add i64 %672, 1
  %674 = icmp uge i64 %672, %scratch_start
  %675 = load i64, i64* %highEnd, align 8
  %676 = icmp ule i64 %673, %675
  %677 = and i1 %674, %676
  br i1 %677, label %write.ok119, label %write.low117

ok102:                                            ; preds = %write.ok99
  %678 = getelementptr i8, i8* %mem, i64 %656
  %679 = bitcast i32* %unaligned103 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %679, i8* %678, i64 4, i1 false)
  %680 = load i32, i32* %unaligned103, align 4
  store i32 %680, i32* %xs.2, align 4
  store i32 0, i32* %any, align 4
  %681 = load i32, i32* %xs.2, align 4
  %682 = zext i32 %681 to i64
  %683 = add i64 %682, 4
  %684 = icmp ugt i64 %683, %arena_size
  br i1 %684, label %trap17.site0, label %ok104

trap17.site22:                                    ; preds = %write.ok99
  %685 = load i64, i64* %lowStart, align 8
  %686 = getelementptr i64, i64* %regs, i64 6
  store i64 %685, i64* %686, align 8
  %687 = load i64, i64* %lowEnd, align 8
  %688 = getelementptr i64, i64* %regs, i64 7
  store i64 %687, i64* %688, align 8
  %689 = load i64, i64* %highEnd, align 8
  %690 = getelementptr i64, i64* %regs, i64 8
  store i64 %689, i64* %690, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok104:                                            ; preds = %ok102
  %691 = getelementptr i8, i8* %mem, i64 %682
  %692 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %692, i8* %691, i64 4, i1 false)
  %693 = load i32, i32* %unaligned105, align 4
  store i32 %693, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each41

block40:                                          ; preds = %dead116, %then112, %ok106
  %694 = load i32, i32* %any, align 4
  store i32 %694, i32* %result101, align 4
  br label %e37

each41:                                           ; preds = %join114, %ok104
  %695 = load i64, i64* %fuel, align 8
  %696 = icmp ult i64 %695, 1
  br i1 %696, label %trap14.site0, label %ok106

ok106:                                            ; preds = %each41
  %697 = sub i64 %695, 1
  store i64 %697, i64* %fuel, align 8
  %698 = load i32, i32* %k.2, align 4
  %699 = load i32, i32* %n.2, align 4
  %700 = icmp uge i32 %698, %699
  %701 = zext i1 %700 to i32
  %702 = icmp ne i32 %701, 0
  br i1 %702, label %block40, label %cont107

cont107:                                          ; preds = %ok106
  %703 = load i32, i32* %xs.2, align 4
  %704 = load i32, i32* %k.2, align 4
  %705 = mul i32 %704, 4
  %706 = add i32 %703, %705
  %707 = zext i32 %706 to i64
  %708 = add i64 %707, 4
  %709 = add i64 %708, 4
  %710 = icmp ugt i64 %709, %arena_size
  br i1 %710, label %trap17.site0, label %ok108

ok108:                                            ; preds = %cont107
  %711 = getelementptr i8, i8* %mem, i64 %708
  %712 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %712, i8* %711, i64 4, i1 false)
  %713 = load i32, i32* %unaligned109, align 4
  store i32 %713, i32* %x.4, align 4
  %714 = load i32, i32* %x.4, align 4
  store i32 %714, i32* %g, align 4
  %715 = load i32, i32* %g, align 4
  %716 = icmp uge i32 %depth, 1000
  br i1 %716, label %trap15.site0, label %ok110

ok110:                                            ; preds = %ok108
  %717 = icmp ult i64 %10, %stack_limit
  br i1 %717, label %trap253.site0, label %stack_ok111

stack_ok111:                                      ; preds = %ok110
  %718 = load i64, i64* %fuel, align 8
  %719 = getelementptr i64, i64* %regs, i64 0
  store i64 %718, i64* %719, align 8
  %720 = load i64, i64* %lowStart, align 8
  %721 = getelementptr i64, i64* %regs, i64 6
  store i64 %720, i64* %721, align 8
  %722 = load i64, i64* %lowEnd, align 8
  %723 = getelementptr i64, i64* %regs, i64 7
  store i64 %722, i64* %723, align 8
  %724 = load i64, i64* %highEnd, align 8
  %725 = getelementptr i64, i64* %regs, i64 8
  store i64 %724, i64* %725, align 8
  %726 = add i32 %depth, 1
  %727 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %726, i32 %715, i32 48)
  %728 = getelementptr i64, i64* %regs, i64 0
  %729 = load i64, i64* %728, align 8
  store i64 %729, i64* %fuel, align 8
  %730 = getelementptr i64, i64* %regs, i64 6
  %731 = load i64, i64* %730, align 8
  store i64 %731, i64* %lowStart, align 8
  %732 = getelementptr i64, i64* %regs, i64 7
  %733 = load i64, i64* %732, align 8
  store i64 %733, i64* %lowEnd, align 8
  %734 = getelementptr i64, i64* %regs, i64 8
  %735 = load i64, i64* %734, align 8
  store i64 %735, i64* %highEnd, align 8
  %736 = icmp ne i32 %727, 0
  br i1 %736, label %then112, label %else113

then112:                                          ; preds = %stack_ok111
  store i32 1, i32* %any, align 4
  br label %block40

else113:                                          ; preds = %stack_ok111
  br label %join114

join114:                                          ; preds = %else113, %dead115
  %737 = load i32, i32* %k.2, align 4
  %738 = add i32 %737, 1
  store i32 %738, i32* %k.2, align 4
  br label %each41

dead115:                                          ; No predecessors!
  br label %join114

dead116:                                          ; No predecessors!
  br label %block40

write.low117:                                     ; preds = %e37
  %739 = load i64, i64* %lowStart, align 8
  %740 = icmp uge i64 %672, %739
  %741 = load i64, i64* %lowEnd, align 8
  %742 = icmp ule i64 %673, %741
  %743 = and i1 %740, %742
  br i1 %743, label %write.ok119, label %write.slow118

write.slow118:                                    ; preds = %write.low117
  %744 = icmp ugt i64 %673, %arena_size
  br i1 %744, label %trap17.site0, label %ok120

write.ok119:                                      ; preds = %ok120, %write.low117, %e37
  %745 = getelementptr i8, i8* %mem, i64 %672
  %746 = trunc i32 %670 to i8
  store i8 %746, i8* %745, align 1
  %747 = load i32, i32* %dict.1, align 4
  store i32 %747, i32* %result34, align 4
  br label %e17

ok120:                                            ; preds = %write.slow118
  %748 = icmp ult i64 %672, %scratch_start
  %749 = load i64, i64* %lowEnd, align 8
  %750 = load i64, i64* %highEnd, align 8
  %751 = call i64 @llvm.umax.i64(i64 %749, i64 %673)
  %752 = select i1 %748, i64 %751, i64 %749
  store i64 %752, i64* %lowEnd, align 8
  %753 = call i64 @llvm.umax.i64(i64 %750, i64 %673)
  %754 = select i1 %748, i64 %750, i64 %753
  store i64 %754, i64* %highEnd, align 8
  %755 = load i64, i64* %lowStart, align 8
  %756 = call i64 @llvm.umin.i64(i64 %755, i64 %672)
  store i64 %756, i64* %lowStart, align 8
  br label %write.ok119

write.low121:                                     ; preds = %e17
  %757 = load i64, i64* %lowStart, align 8
  %758 = icmp uge i64 %305, %757
  %759 = load i64, i64* %lowEnd, align 8
  %760 = icmp ule i64 %306, %759
  %761 = and i1 %758, %760
  br i1 %761, label %write.ok123, label %write.slow122

write.slow122:                                    ; preds = %write.low121
  %762 = icmp ugt i64 %306, %arena_size
  br i1 %762, label %trap17.site0, label %ok124

write.ok123:                                      ; preds = %ok124, %write.low121, %e17
  %763 = getelementptr i8, i8* %mem, i64 %305
  store i32 %303, i32* %unaligned125, align 4
  %764 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %763, i8* %764, i64 4, i1 false)
  %765 = load i64, i64* %bucket, align 8
  store i64 %765, i64* %part, align 8
  %766 = getelementptr i64, i64* %regs, i64 1
  %767 = load i64, i64* %766, align 8
  %768 = trunc i64 %767 to i32
  %769 = add i32 %768, 3
  %770 = and i32 %769, -4
  store i32 %770, i32* %text, align 4
  %771 = load i32, i32* %text, align 4
  %772 = add i32 %771, 4
  store i32 %772, i32* %cur, align 4
  %773 = load i32, i32* %cur, align 4
  %774 = add i32 %773, 27
  %775 = getelementptr i64, i64* %regs, i64 2
  %776 = load i64, i64* %775, align 8
  %777 = trunc i64 %776 to i32
  %778 = icmp ugt i32 %774, %777
  %779 = zext i1 %778 to i32
  %780 = icmp ne i32 %779, 0
  br i1 %780, label %then127, label %else128

ok124:                                            ; preds = %write.slow122
  %781 = icmp ult i64 %305, %scratch_start
  %782 = load i64, i64* %lowEnd, align 8
  %783 = load i64, i64* %highEnd, align 8
  %784 = call i64 @llvm.umax.i64(i64 %782, i64 %306)
  %785 = select i1 %781, i64 %784, i64 %782
  store i64 %785, i64* %lowEnd, align 8
  %786 = call i64 @llvm.umax.i64(i64 %783, i64 %306)
  %787 = select i1 %781, i64 %783, i64 %786
  store i64 %787, i64* %highEnd, align 8
  %788 = load i64, i64* %lowStart, align 8
  %789 = call i64 @llvm.umin.i64(i64 %788, i64 %305)
  store i64 %789, i64* %lowStart, align 8
  br label %write.ok123

e45:                                              ; preds = %ok170
  %790 = load i32, i32* %result126, align 4
  store i32 %790, i32* %bucket_label, align 4
  %791 = load i32, i32* %dict, align 4
  %792 = load i32, i32* %bucket_label, align 4
  %793 = zext i32 %791 to i64
  %794 = add i64 %793, 16
  %795 = add i64 %794, 4
  %796 = icmp uge i64 %794, %scratch_start
  %797 = load i64, i64* %highEnd, align 8
  %798 = icmp ule i64 %795, %797
  %799 = and i1 %796, %798
  br i1 %799, label %write.ok173, label %write.low171

then127:                                          ; preds = %write.ok123
  br label %trap15.site24

else128:                                          ; preds = %write.ok123
  br label %join129

join129:                                          ; preds = %else128, %dead130
  %800 = load i32, i32* %cur, align 4
  %801 = zext i32 %800 to i64
  %802 = add i64 %801, 4
  %803 = icmp uge i64 %801, %scratch_start
  %804 = load i64, i64* %highEnd, align 8
  %805 = icmp ule i64 %802, %804
  %806 = and i1 %803, %805
  br i1 %806, label %write.ok133, label %write.low131

trap15.site24:                                    ; preds = %write.ok167, %then147, %write.ok143, %then127
  %807 = load i64, i64* %lowStart, align 8
  %808 = getelementptr i64, i64* %regs, i64 6
  store i64 %807, i64* %808, align 8
  %809 = load i64, i64* %lowEnd, align 8
  %810 = getelementptr i64, i64* %regs, i64 7
  store i64 %809, i64* %810, align 8
  %811 = load i64, i64* %highEnd, align 8
  %812 = getelementptr i64, i64* %regs, i64 8
  store i64 %811, i64* %812, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

dead130:                                          ; No predecessors!
  br label %join129

write.low131:                                     ; preds = %join129
  %813 = load i64, i64* %lowStart, align 8
  %814 = icmp uge i64 %801, %813
  %815 = load i64, i64* %lowEnd, align 8
  %816 = icmp ule i64 %802, %815
  %817 = and i1 %814, %816
  br i1 %817, label %write.ok133, label %write.slow132

write.slow132:                                    ; preds = %write.low131
  %818 = icmp ugt i64 %802, %arena_size
  br i1 %818, label %trap17.site0, label %ok134

write.ok133:                                      ; preds = %ok134, %write.low131, %join129
  %819 = getelementptr i8, i8* %mem, i64 %801
  store i32 1801680226, i32* %unaligned135, align 4
  %820 = bitcast i32* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %819, i8* %820, i64 4, i1 false)
  %821 = load i32, i32* %cur, align 4
  %822 = zext i32 %821 to i64
  %823 = add i64 %822, 4
  %824 = add i64 %823, 2
  %825 = icmp uge i64 %823, %scratch_start
  %826 = load i64, i64* %highEnd, align 8
  %827 = icmp ule i64 %824, %826
  %828 = and i1 %825, %827
  br i1 %828, label %write.ok138, label %write.low136

ok134:                                            ; preds = %write.slow132
  %829 = icmp ult i64 %801, %scratch_start
  %830 = load i64, i64* %lowEnd, align 8
  %831 = load i64, i64* %highEnd, align 8
  %832 = call i64 @llvm.umax.i64(i64 %830, i64 %802)
  %833 = select i1 %829, i64 %832, i64 %830
  store i64 %833, i64* %lowEnd, align 8
  %834 = call i64 @llvm.umax.i64(i64 %831, i64 %802)
  %835 = select i1 %829, i64 %831, i64 %834
  store i64 %835, i64* %highEnd, align 8
  %836 = load i64, i64* %lowStart, align 8
  %837 = call i64 @llvm.umin.i64(i64 %836, i64 %801)
  store i64 %837, i64* %lowStart, align 8
  br label %write.ok133

write.low136:                                     ; preds = %write.ok133
  %838 = load i64, i64* %lowStart, align 8
  %839 = icmp uge i64 %823, %838
  %840 = load i64, i64* %lowEnd, align 8
  %841 = icmp ule i64 %824, %840
  %842 = and i1 %839, %841
  br i1 %842, label %write.ok138, label %write.slow137

write.slow137:                                    ; preds = %write.low136
  %843 = icmp ugt i64 %824, %arena_size
  br i1 %843, label %trap17.site0, label %ok139

write.ok138:                                      ; preds = %ok139, %write.low136, %write.ok133
  %844 = getelementptr i8, i8* %mem, i64 %823
  store i16 29797, i16* %unaligned140, align 2
  %845 = bitcast i16* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %844, i8* %845, i64 2, i1 false)
  %846 = load i32, i32* %cur, align 4
  %847 = zext i32 %846 to i64
  %848 = add i64 %847, 6
  %849 = add i64 %848, 1
  %850 = icmp uge i64 %848, %scratch_start
  %851 = load i64, i64* %highEnd, align 8
  %852 = icmp ule i64 %849, %851
  %853 = and i1 %850, %852
  br i1 %853, label %write.ok143, label %write.low141

ok139:                                            ; preds = %write.slow137
  %854 = icmp ult i64 %823, %scratch_start
  %855 = load i64, i64* %lowEnd, align 8
  %856 = load i64, i64* %highEnd, align 8
  %857 = call i64 @llvm.umax.i64(i64 %855, i64 %824)
  %858 = select i1 %854, i64 %857, i64 %855
  store i64 %858, i64* %lowEnd, align 8
  %859 = call i64 @llvm.umax.i64(i64 %856, i64 %824)
  %860 = select i1 %854, i64 %856, i64 %859
  store i64 %860, i64* %highEnd, align 8
  %861 = load i64, i64* %lowStart, align 8
  %862 = call i64 @llvm.umin.i64(i64 %861, i64 %823)
  store i64 %862, i64* %lowStart, align 8
  br label %write.ok138

write.low141:                                     ; preds = %write.ok138
  %863 = load i64, i64* %lowStart, align 8
  %864 = icmp uge i64 %848, %863
  %865 = load i64, i64* %lowEnd, align 8
  %866 = icmp ule i64 %849, %865
  %867 = and i1 %864, %866
  br i1 %867, label %write.ok143, label %write.slow142

write.slow142:                                    ; preds = %write.low141
  %868 = icmp ugt i64 %849, %arena_size
  br i1 %868, label %trap17.site0, label %ok144

write.ok143:                                      ; preds = %ok144, %write.low141, %write.ok138
  %869 = getelementptr i8, i8* %mem, i64 %848
  store i8 32, i8* %869, align 1
  %870 = load i32, i32* %cur, align 4
  %871 = add i32 %870, 7
  store i32 %871, i32* %cur, align 4
  %872 = load i32, i32* %cur, align 4
  %873 = load i64, i64* %part, align 8
  %874 = load i32, i32* %cur, align 4
  %875 = icmp uge i32 %depth, 1000
  br i1 %875, label %trap15.site24, label %ok145

ok144:                                            ; preds = %write.slow142
  %876 = icmp ult i64 %848, %scratch_start
  %877 = load i64, i64* %lowEnd, align 8
  %878 = load i64, i64* %highEnd, align 8
  %879 = call i64 @llvm.umax.i64(i64 %877, i64 %849)
  %880 = select i1 %876, i64 %879, i64 %877
  store i64 %880, i64* %lowEnd, align 8
  %881 = call i64 @llvm.umax.i64(i64 %878, i64 %849)
  %882 = select i1 %876, i64 %878, i64 %881
  store i64 %882, i64* %highEnd, align 8
  %883 = load i64, i64* %lowStart, align 8
  %884 = call i64 @llvm.umin.i64(i64 %883, i64 %848)
  store i64 %884, i64* %lowStart, align 8
  br label %write.ok143

ok145:                                            ; preds = %write.ok143
  %885 = icmp ult i64 %10, %stack_limit
  br i1 %885, label %trap253.site0, label %stack_ok146

stack_ok146:                                      ; preds = %ok145
  %886 = load i64, i64* %fuel, align 8
  %887 = getelementptr i64, i64* %regs, i64 0
  store i64 %886, i64* %887, align 8
  %888 = load i64, i64* %lowStart, align 8
  %889 = getelementptr i64, i64* %regs, i64 6
  store i64 %888, i64* %889, align 8
  %890 = load i64, i64* %lowEnd, align 8
  %891 = getelementptr i64, i64* %regs, i64 7
  store i64 %890, i64* %891, align 8
  %892 = load i64, i64* %highEnd, align 8
  %893 = getelementptr i64, i64* %regs, i64 8
  store i64 %892, i64* %893, align 8
  %894 = add i32 %depth, 1
  %895 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %894, i64 %873, i32 %874)
  %896 = getelementptr i64, i64* %regs, i64 0
  %897 = load i64, i64* %896, align 8
  store i64 %897, i64* %fuel, align 8
  %898 = getelementptr i64, i64* %regs, i64 6
  %899 = load i64, i64* %898, align 8
  store i64 %899, i64* %lowStart, align 8
  %900 = getelementptr i64, i64* %regs, i64 7
  %901 = load i64, i64* %900, align 8
  store i64 %901, i64* %lowEnd, align 8
  %902 = getelementptr i64, i64* %regs, i64 8
  %903 = load i64, i64* %902, align 8
  store i64 %903, i64* %highEnd, align 8
  %904 = add i32 %872, %895
  store i32 %904, i32* %cur, align 4
  %905 = load i32, i32* %cur, align 4
  %906 = add i32 %905, 7
  %907 = getelementptr i64, i64* %regs, i64 2
  %908 = load i64, i64* %907, align 8
  %909 = trunc i64 %908 to i32
  %910 = icmp ugt i32 %906, %909
  %911 = zext i1 %910 to i32
  %912 = icmp ne i32 %911, 0
  br i1 %912, label %then147, label %else148

then147:                                          ; preds = %stack_ok146
  br label %trap15.site24

else148:                                          ; preds = %stack_ok146
  br label %join149

join149:                                          ; preds = %else148, %dead150
  %913 = load i32, i32* %cur, align 4
  %914 = zext i32 %913 to i64
  %915 = add i64 %914, 4
  %916 = icmp uge i64 %914, %scratch_start
  %917 = load i64, i64* %highEnd, align 8
  %918 = icmp ule i64 %915, %917
  %919 = and i1 %916, %918
  br i1 %919, label %write.ok153, label %write.low151

dead150:                                          ; No predecessors!
  br label %join149

write.low151:                                     ; preds = %join149
  %920 = load i64, i64* %lowStart, align 8
  %921 = icmp uge i64 %914, %920
  %922 = load i64, i64* %lowEnd, align 8
  %923 = icmp ule i64 %915, %922
  %924 = and i1 %921, %923
  br i1 %924, label %write.ok153, label %write.slow152

write.slow152:                                    ; preds = %write.low151
  %925 = icmp ugt i64 %915, %arena_size
  br i1 %925, label %trap17.site0, label %ok154

write.ok153:                                      ; preds = %ok154, %write.low151, %join149
  %926 = getelementptr i8, i8* %mem, i64 %914
  store i32 543584032, i32* %unaligned155, align 4
  %927 = bitcast i32* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %926, i8* %927, i64 4, i1 false)
  %928 = load i32, i32* %cur, align 4
  %929 = zext i32 %928 to i64
  %930 = add i64 %929, 4
  %931 = add i64 %930, 2
  %932 = icmp uge i64 %930, %scratch_start
  %933 = load i64, i64* %highEnd, align 8
  %934 = icmp ule i64 %931, %933
  %935 = and i1 %932, %934
  br i1 %935, label %write.ok158, label %write.low156

ok154:                                            ; preds = %write.slow152
  %936 = icmp ult i64 %914, %scratch_start
  %937 = load i64, i64* %lowEnd, align 8
  %938 = load i64, i64* %highEnd, align 8
  %939 = call i64 @llvm.umax.i64(i64 %937, i64 %915)
  %940 = select i1 %936, i64 %939, i64 %937
  store i64 %940, i64* %lowEnd, align 8
  %941 = call i64 @llvm.umax.i64(i64 %938, i64 %915)
  %942 = select i1 %936, i64 %938, i64 %941
  store i64 %942, i64* %highEnd, align 8
  %943 = load i64, i64* %lowStart, align 8
  %944 = call i64 @llvm.umin.i64(i64 %943, i64 %914)
  store i64 %944, i64* %lowStart, align 8
  br label %write.ok153

write.low156:                                     ; preds = %write.ok153
  %945 = load i64, i64* %lowStart, align 8
  %946 = icmp uge i64 %930, %945
  %947 = load i64, i64* %lowEnd, align 8
  %948 = icmp ule i64 %931, %947
  %949 = and i1 %946, %948
  br i1 %949, label %write.ok158, label %write.slow157

write.slow157:                                    ; preds = %write.low156
  %950 = icmp ugt i64 %931, %arena_size
  br i1 %950, label %trap17.site0, label %ok159

write.ok158:                                      ; preds = %ok159, %write.low156, %write.ok153
  %951 = getelementptr i8, i8* %mem, i64 %930
  store i16 12337, i16* %unaligned160, align 2
  %952 = bitcast i16* %unaligned160 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %951, i8* %952, i64 2, i1 false)
  %953 = load i32, i32* %cur, align 4
  %954 = zext i32 %953 to i64
  %955 = add i64 %954, 6
  %956 = add i64 %955, 1
  %957 = icmp uge i64 %955, %scratch_start
  %958 = load i64, i64* %highEnd, align 8
  %959 = icmp ule i64 %956, %958
  %960 = and i1 %957, %959
  br i1 %960, label %write.ok163, label %write.low161

ok159:                                            ; preds = %write.slow157
  %961 = icmp ult i64 %930, %scratch_start
  %962 = load i64, i64* %lowEnd, align 8
  %963 = load i64, i64* %highEnd, align 8
  %964 = call i64 @llvm.umax.i64(i64 %962, i64 %931)
  %965 = select i1 %961, i64 %964, i64 %962
  store i64 %965, i64* %lowEnd, align 8
  %966 = call i64 @llvm.umax.i64(i64 %963, i64 %931)
  %967 = select i1 %961, i64 %963, i64 %966
  store i64 %967, i64* %highEnd, align 8
  %968 = load i64, i64* %lowStart, align 8
  %969 = call i64 @llvm.umin.i64(i64 %968, i64 %930)
  store i64 %969, i64* %lowStart, align 8
  br label %write.ok158

write.low161:                                     ; preds = %write.ok158
  %970 = load i64, i64* %lowStart, align 8
  %971 = icmp uge i64 %955, %970
  %972 = load i64, i64* %lowEnd, align 8
  %973 = icmp ule i64 %956, %972
  %974 = and i1 %971, %973
  br i1 %974, label %write.ok163, label %write.slow162

write.slow162:                                    ; preds = %write.low161
  %975 = icmp ugt i64 %956, %arena_size
  br i1 %975, label %trap17.site0, label %ok164

write.ok163:                                      ; preds = %ok164, %write.low161, %write.ok158
  %976 = getelementptr i8, i8* %mem, i64 %955
  store i8 48, i8* %976, align 1
  %977 = load i32, i32* %cur, align 4
  %978 = add i32 %977, 7
  store i32 %978, i32* %cur, align 4
  %979 = load i32, i32* %cur, align 4
  %980 = load i32, i32* %text, align 4
  %981 = sub i32 %979, %980
  %982 = sub i32 %981, 4
  store i32 %982, i32* %len.1, align 4
  %983 = load i32, i32* %text, align 4
  %984 = load i32, i32* %len.1, align 4
  %985 = zext i32 %983 to i64
  %986 = add i64 %985, 4
  %987 = icmp uge i64 %985, %scratch_start
  %988 = load i64, i64* %highEnd, align 8
  %989 = icmp ule i64 %986, %988
  %990 = and i1 %987, %989
  br i1 %990, label %write.ok167, label %write.low165

ok164:                                            ; preds = %write.slow162
  %991 = icmp ult i64 %955, %scratch_start
  %992 = load i64, i64* %lowEnd, align 8
  %993 = load i64, i64* %highEnd, align 8
  %994 = call i64 @llvm.umax.i64(i64 %992, i64 %956)
  %995 = select i1 %991, i64 %994, i64 %992
  store i64 %995, i64* %lowEnd, align 8
  %996 = call i64 @llvm.umax.i64(i64 %993, i64 %956)
  %997 = select i1 %991, i64 %993, i64 %996
  store i64 %997, i64* %highEnd, align 8
  %998 = load i64, i64* %lowStart, align 8
  %999 = call i64 @llvm.umin.i64(i64 %998, i64 %955)
  store i64 %999, i64* %lowStart, align 8
  br label %write.ok163

write.low165:                                     ; preds = %write.ok163
  %1000 = load i64, i64* %lowStart, align 8
  %1001 = icmp uge i64 %985, %1000
  %1002 = load i64, i64* %lowEnd, align 8
  %1003 = icmp ule i64 %986, %1002
  %1004 = and i1 %1001, %1003
  br i1 %1004, label %write.ok167, label %write.slow166

write.slow166:                                    ; preds = %write.low165
  %1005 = icmp ugt i64 %986, %arena_size
  br i1 %1005, label %trap17.site0, label %ok168

write.ok167:                                      ; preds = %ok168, %write.low165, %write.ok163
  %1006 = getelementptr i8, i8* %mem, i64 %985
  store i32 %984, i32* %unaligned169, align 4
  %1007 = bitcast i32* %unaligned169 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1006, i8* %1007, i64 4, i1 false)
  %1008 = load i32, i32* %len.1, align 4
  %1009 = add i32 %1008, 4
  %1010 = zext i32 %1009 to i64
  %1011 = getelementptr i64, i64* %regs, i64 1
  %1012 = getelementptr i64, i64* %regs, i64 2
  %1013 = load i64, i64* %1011, align 8
  %1014 = add i64 %1013, 3
  %1015 = and i64 %1014, -4
  %1016 = add i64 %1015, %1010
  %1017 = load i64, i64* %1012, align 8
  %1018 = icmp ugt i64 %1016, %1017
  br i1 %1018, label %trap15.site24, label %ok170

ok168:                                            ; preds = %write.slow166
  %1019 = icmp ult i64 %985, %scratch_start
  %1020 = load i64, i64* %lowEnd, align 8
  %1021 = load i64, i64* %highEnd, align 8
  %1022 = call i64 @llvm.umax.i64(i64 %1020, i64 %986)
  %1023 = select i1 %1019, i64 %1022, i64 %1020
  store i64 %1023, i64* %lowEnd, align 8
  %1024 = call i64 @llvm.umax.i64(i64 %1021, i64 %986)
  %1025 = select i1 %1019, i64 %1021, i64 %1024
  store i64 %1025, i64* %highEnd, align 8
  %1026 = load i64, i64* %lowStart, align 8
  %1027 = call i64 @llvm.umin.i64(i64 %1026, i64 %985)
  store i64 %1027, i64* %lowStart, align 8
  br label %write.ok167

ok170:                                            ; preds = %write.ok167
  store i64 %1016, i64* %1011, align 8
  %1028 = load i64, i64* %highEnd, align 8
  %1029 = call i64 @llvm.umax.i64(i64 %1028, i64 %1016)
  store i64 %1029, i64* %highEnd, align 8
  %1030 = trunc i64 %1015 to i32
  store i32 %1030, i32* %result126, align 4
  br label %e45

write.low171:                                     ; preds = %e45
  %1031 = load i64, i64* %lowStart, align 8
  %1032 = icmp uge i64 %794, %1031
  %1033 = load i64, i64* %lowEnd, align 8
  %1034 = icmp ule i64 %795, %1033
  %1035 = and i1 %1032, %1034
  br i1 %1035, label %write.ok173, label %write.slow172

write.slow172:                                    ; preds = %write.low171
  %1036 = icmp ugt i64 %795, %arena_size
  br i1 %1036, label %trap17.site0, label %ok174

write.ok173:                                      ; preds = %ok174, %write.low171, %e45
  %1037 = getelementptr i8, i8* %mem, i64 %794
  store i32 %792, i32* %unaligned175, align 4
  %1038 = bitcast i32* %unaligned175 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1037, i8* %1038, i64 4, i1 false)
  %1039 = load i32, i32* %dict, align 4
  store i32 %1039, i32* %result5, align 4
  br label %e0

ok174:                                            ; preds = %write.slow172
  %1040 = icmp ult i64 %794, %scratch_start
  %1041 = load i64, i64* %lowEnd, align 8
  %1042 = load i64, i64* %highEnd, align 8
  %1043 = call i64 @llvm.umax.i64(i64 %1041, i64 %795)
  %1044 = select i1 %1040, i64 %1043, i64 %1041
  store i64 %1044, i64* %lowEnd, align 8
  %1045 = call i64 @llvm.umax.i64(i64 %1042, i64 %795)
  %1046 = select i1 %1040, i64 %1042, i64 %1045
  store i64 %1046, i64* %highEnd, align 8
  %1047 = load i64, i64* %lowStart, align 8
  %1048 = call i64 @llvm.umin.i64(i64 %1047, i64 %794)
  store i64 %1048, i64* %lowStart, align 8
  br label %write.ok173

ok176:                                            ; preds = %e0
  %1049 = icmp ult i64 %10, %stack_limit
  br i1 %1049, label %trap253.site0, label %stack_ok177

stack_ok177:                                      ; preds = %ok176
  %1050 = load i64, i64* %fuel, align 8
  %1051 = getelementptr i64, i64* %regs, i64 0
  store i64 %1050, i64* %1051, align 8
  %1052 = load i64, i64* %lowStart, align 8
  %1053 = getelementptr i64, i64* %regs, i64 6
  store i64 %1052, i64* %1053, align 8
  %1054 = load i64, i64* %lowEnd, align 8
  %1055 = getelementptr i64, i64* %regs, i64 7
  store i64 %1054, i64* %1055, align 8
  %1056 = load i64, i64* %highEnd, align 8
  %1057 = getelementptr i64, i64* %regs, i64 8
  store i64 %1056, i64* %1057, align 8
  %1058 = add i32 %depth, 1
  %1059 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1058, i32 %89, i32 %90, i32 0)
  %1060 = getelementptr i64, i64* %regs, i64 0
  %1061 = load i64, i64* %1060, align 8
  store i64 %1061, i64* %fuel, align 8
  %1062 = getelementptr i64, i64* %regs, i64 6
  %1063 = load i64, i64* %1062, align 8
  store i64 %1063, i64* %lowStart, align 8
  %1064 = getelementptr i64, i64* %regs, i64 7
  %1065 = load i64, i64* %1064, align 8
  store i64 %1065, i64* %lowEnd, align 8
  %1066 = getelementptr i64, i64* %regs, i64 8
  %1067 = load i64, i64* %1066, align 8
  store i64 %1067, i64* %highEnd, align 8
  store i32 %1059, i32* %json_end, align 4
  %1068 = load i32, i32* %json_end, align 4
  %1069 = icmp eq i32 %1068, -2
  %1070 = zext i1 %1069 to i32
  %1071 = icmp ne i32 %1070, 0
  br i1 %1071, label %then178, label %else179

then178:                                          ; preds = %stack_ok177
  br label %trap16.site4

else179:                                          ; preds = %stack_ok177
  br label %join180

join180:                                          ; preds = %else179, %dead181
  %1072 = load i32, i32* %json_end, align 4
  %1073 = icmp eq i32 %1072, -1
  %1074 = zext i1 %1073 to i32
  %1075 = icmp ne i32 %1074, 0
  br i1 %1075, label %then182, label %else183

trap16.site4:                                     ; preds = %then178
  %1076 = load i64, i64* %lowStart, align 8
  %1077 = getelementptr i64, i64* %regs, i64 6
  store i64 %1076, i64* %1077, align 8
  %1078 = load i64, i64* %lowEnd, align 8
  %1079 = getelementptr i64, i64* %regs, i64 7
  store i64 %1078, i64* %1079, align 8
  %1080 = load i64, i64* %highEnd, align 8
  %1081 = getelementptr i64, i64* %regs, i64 8
  store i64 %1080, i64* %1081, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead181:                                          ; No predecessors!
  br label %join180

then182:                                          ; preds = %join180
  br label %trap15.site4

else183:                                          ; preds = %join180
  br label %join184

join184:                                          ; preds = %else183, %dead185
  %1082 = load i32, i32* %json_end, align 4
  %1083 = zext i32 %1082 to i64
  %1084 = getelementptr i64, i64* %regs, i64 3
  store i64 %1083, i64* %1084, align 8
  %1085 = load i32, i32* %json_end, align 4
  %1086 = load i32, i32* %json_start, align 4
  %1087 = sub i32 %1085, %1086
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
  ret i32 %1087

dead185:                                          ; No predecessors!
  br label %join184
}
