; From libs/driver/testdata/emit-golden/list-comprehension.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/list-comprehension.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (34):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.dec.int.1
;   @m0.codec.dec.list.0
;   @m0.codec.skip
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.3
;   @m0.codec.enc.list.2
;   @m0.codec.enc.list.1
;   @m0.codec.enc.bool.6
;   @m0.codec.enc.record.5
;   @m0.codec.enc.list.4
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
  %arg0_state = alloca i32, align 4
  store i32 0, i32* %arg0_state, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %arg = alloca i32, align 4
  store i32 0, i32* %arg, align 4
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
  %unaligned = alloca i16, align 2
  %unaligned83 = alloca i32, align 4
  %unaligned90 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %ws16, %ws14, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %default11, %then51, %case12, %ok27, %then24, %ok21, %join9, %ok
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

trap253.site0:                                    ; preds = %ok57, %ok54, %ok49, %ok28, %ok22, %ok1
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

trap17.site0:                                     ; preds = %write.slow, %join80, %cont69, %ws_done13, %cont60, %cont44, %cont39, %then30, %ws_done2, %cont13, %ws_done0, %cont
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
  %123 = load i32, i32* %args_pos, align 4
  %124 = add i32 %123, 1
  store i32 %124, i32* %args_pos, align 4
  br label %ws3

ws_done2:                                         ; preds = %dead16, %ok14, %ok12
  %125 = load i32, i32* %args_pos, align 4
  %126 = zext i32 %125 to i64
  %127 = sub i64 %arena_size, 1
  %128 = icmp sgt i64 %126, %127
  br i1 %128, label %trap17.site0, label %ok17

ws3:                                              ; preds = %cont15, %ok11
  %129 = load i64, i64* %fuel, align 8
  %130 = icmp ult i64 %129, 1
  br i1 %130, label %trap14.site0, label %ok12

ok12:                                             ; preds = %ws3
  %131 = sub i64 %129, 1
  store i64 %131, i64* %fuel, align 8
  %132 = load i32, i32* %args_pos, align 4
  %133 = load i32, i32* %args_end, align 4
  %134 = icmp uge i32 %132, %133
  %135 = zext i1 %134 to i32
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %ws_done2, label %cont13

cont13:                                           ; preds = %ok12
  %137 = load i32, i32* %args_pos, align 4
  %138 = zext i32 %137 to i64
  %139 = sub i64 %arena_size, 1
  %140 = icmp sgt i64 %138, %139
  br i1 %140, label %trap17.site0, label %ok14

ok14:                                             ; preds = %cont13
  %141 = getelementptr i8, i8* %mem, i64 %138
  %142 = load i8, i8* %141, align 1
  %143 = zext i8 %142 to i32
  store i32 %143, i32* %ws, align 4
  %144 = load i32, i32* %ws, align 4
  %145 = icmp ule i32 %144, 32
  %146 = zext i1 %145 to i32
  %147 = icmp eq i32 %146, 0
  %148 = zext i1 %147 to i32
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %ws_done2, label %cont15

cont15:                                           ; preds = %ok14
  %150 = load i32, i32* %args_pos, align 4
  %151 = add i32 %150, 1
  store i32 %151, i32* %args_pos, align 4
  br label %ws3

dead16:                                           ; No predecessors!
  br label %ws_done2

ok17:                                             ; preds = %ws_done2
  %152 = getelementptr i8, i8* %mem, i64 %126
  %153 = load i8, i8* %152, align 1
  %154 = zext i8 %153 to i32
  %155 = icmp eq i32 %154, 125
  %156 = zext i1 %155 to i32
  %157 = icmp eq i32 %156, 0
  %158 = zext i1 %157 to i32
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %then18, label %else19

then18:                                           ; preds = %ok17
  br label %args4

else19:                                           ; preds = %ok17
  br label %join20

join20:                                           ; preds = %else19, %join67
  %160 = load i32, i32* %arg0_state, align 4
  %161 = icmp eq i32 %160, 0
  %162 = zext i1 %161 to i32
  %163 = icmp ne i32 %162, 0
  br i1 %163, label %then74, label %else75

args4:                                            ; preds = %ws_done15, %then18
  %164 = load i64, i64* %fuel, align 8
  %165 = icmp ult i64 %164, 1
  br i1 %165, label %trap14.site0, label %ok21

ok21:                                             ; preds = %args4
  %166 = sub i64 %164, 1
  store i64 %166, i64* %fuel, align 8
  %167 = getelementptr i64, i64* %regs, i64 1
  %168 = load i64, i64* %167, align 8
  %169 = trunc i64 %168 to i32
  store i32 %169, i32* %args_mark, align 4
  %170 = load i32, i32* %args_pos, align 4
  %171 = add i32 %170, 1
  %172 = load i32, i32* %args_end, align 4
  %173 = icmp uge i32 %depth, 1000
  br i1 %173, label %trap15.site0, label %ok22

ok22:                                             ; preds = %ok21
  %174 = icmp ult i64 %10, %stack_limit
  br i1 %174, label %trap253.site0, label %stack_ok23

stack_ok23:                                       ; preds = %ok22
  %175 = load i64, i64* %fuel, align 8
  %176 = getelementptr i64, i64* %regs, i64 0
  store i64 %175, i64* %176, align 8
  %177 = load i64, i64* %lowStart, align 8
  %178 = getelementptr i64, i64* %regs, i64 6
  store i64 %177, i64* %178, align 8
  %179 = load i64, i64* %lowEnd, align 8
  %180 = getelementptr i64, i64* %regs, i64 7
  store i64 %179, i64* %180, align 8
  %181 = load i64, i64* %highEnd, align 8
  %182 = getelementptr i64, i64* %regs, i64 8
  store i64 %181, i64* %182, align 8
  %183 = add i32 %depth, 1
  %184 = call i32 @m0.codec.str_end(i64* %regs, i8* %mem, i32 %183, i32 %171, i32 %172)
  %185 = getelementptr i64, i64* %regs, i64 0
  %186 = load i64, i64* %185, align 8
  store i64 %186, i64* %fuel, align 8
  %187 = getelementptr i64, i64* %regs, i64 6
  %188 = load i64, i64* %187, align 8
  store i64 %188, i64* %lowStart, align 8
  %189 = getelementptr i64, i64* %regs, i64 7
  %190 = load i64, i64* %189, align 8
  store i64 %190, i64* %lowEnd, align 8
  %191 = getelementptr i64, i64* %regs, i64 8
  %192 = load i64, i64* %191, align 8
  store i64 %192, i64* %highEnd, align 8
  store i32 %184, i32* %kr, align 4
  %193 = load i32, i32* %kr, align 4
  %194 = and i32 %193, 2147483647
  store i32 %194, i32* %kq, align 4
  %195 = load i32, i32* %kr, align 4
  %196 = and i32 %195, -2147483648
  %197 = icmp ne i32 %196, 0
  br i1 %197, label %then24, label %else25

then24:                                           ; preds = %stack_ok23
  %198 = load i32, i32* %kq, align 4
  %199 = load i32, i32* %args_pos, align 4
  %200 = sub i32 %198, %199
  %201 = sub i32 %200, 1
  %202 = zext i32 %201 to i64
  %203 = getelementptr i64, i64* %regs, i64 1
  %204 = getelementptr i64, i64* %regs, i64 2
  %205 = load i64, i64* %203, align 8
  %206 = add i64 %205, 0
  %207 = and i64 %206, -1
  %208 = add i64 %207, %202
  %209 = load i64, i64* %204, align 8
  %210 = icmp ugt i64 %208, %209
  br i1 %210, label %trap15.site0, label %ok27

else25:                                           ; preds = %stack_ok23
  %211 = load i32, i32* %args_pos, align 4
  %212 = add i32 %211, 1
  store i32 %212, i32* %args_kp, align 4
  %213 = load i32, i32* %kq, align 4
  %214 = load i32, i32* %args_pos, align 4
  %215 = sub i32 %213, %214
  %216 = sub i32 %215, 1
  store i32 %216, i32* %args_klen, align 4
  br label %join26

join26:                                           ; preds = %else25, %stack_ok29
  %217 = load i32, i32* %kq, align 4
  %218 = add i32 %217, 1
  store i32 %218, i32* %args_pos, align 4
  %219 = load i32, i32* %args_klen, align 4
  %220 = icmp eq i32 %219, 2
  %221 = zext i1 %220 to i32
  %222 = icmp ne i32 %221, 0
  br i1 %222, label %then30, label %else31

ok27:                                             ; preds = %then24
  store i64 %208, i64* %203, align 8
  %223 = load i64, i64* %highEnd, align 8
  %224 = call i64 @llvm.umax.i64(i64 %223, i64 %208)
  store i64 %224, i64* %highEnd, align 8
  %225 = trunc i64 %207 to i32
  store i32 %225, i32* %args_kp, align 4
  %226 = load i32, i32* %args_pos, align 4
  %227 = add i32 %226, 1
  %228 = load i32, i32* %kq, align 4
  %229 = load i32, i32* %args_kp, align 4
  %230 = icmp uge i32 %depth, 1000
  br i1 %230, label %trap15.site0, label %ok28

ok28:                                             ; preds = %ok27
  %231 = icmp ult i64 %10, %stack_limit
  br i1 %231, label %trap253.site0, label %stack_ok29

stack_ok29:                                       ; preds = %ok28
  %232 = load i64, i64* %fuel, align 8
  %233 = getelementptr i64, i64* %regs, i64 0
  store i64 %232, i64* %233, align 8
  %234 = load i64, i64* %lowStart, align 8
  %235 = getelementptr i64, i64* %regs, i64 6
  store i64 %234, i64* %235, align 8
  %236 = load i64, i64* %lowEnd, align 8
  %237 = getelementptr i64, i64* %regs, i64 7
  store i64 %236, i64* %237, align 8
  %238 = load i64, i64* %highEnd, align 8
  %239 = getelementptr i64, i64* %regs, i64 8
  store i64 %238, i64* %239, align 8
  %240 = add i32 %depth, 1
  %241 = call i32 @m0.codec.str_unescape(i64* %regs, i8* %mem, i32 %240, i32 %227, i32 %228, i32 %229)
  %242 = getelementptr i64, i64* %regs, i64 0
  %243 = load i64, i64* %242, align 8
  store i64 %243, i64* %fuel, align 8
  %244 = getelementptr i64, i64* %regs, i64 6
  %245 = load i64, i64* %244, align 8
  store i64 %245, i64* %lowStart, align 8
  %246 = getelementptr i64, i64* %regs, i64 7
  %247 = load i64, i64* %246, align 8
  store i64 %247, i64* %lowEnd, align 8
  %248 = getelementptr i64, i64* %regs, i64 8
  %249 = load i64, i64* %248, align 8
  store i64 %249, i64* %highEnd, align 8
  %250 = load i32, i32* %args_kp, align 4
  %251 = sub i32 %241, %250
  store i32 %251, i32* %args_klen, align 4
  br label %join26

match5:                                           ; preds = %join32, %then34
  %252 = load i32, i32* %result, align 4
  store i32 %252, i32* %args_c, align 4
  %253 = load i32, i32* %args_mark, align 4
  %254 = zext i32 %253 to i64
  %255 = getelementptr i64, i64* %regs, i64 1
  store i64 %254, i64* %255, align 8
  br label %ws7

then30:                                           ; preds = %join26
  %256 = load i32, i32* %args_kp, align 4
  %257 = zext i32 %256 to i64
  %258 = sub i64 %arena_size, 2
  %259 = icmp sgt i64 %257, %258
  br i1 %259, label %trap17.site0, label %ok33

else31:                                           ; preds = %join26
  br label %join32

join32:                                           ; preds = %else31, %join36
  store i32 -1, i32* %result, align 4
  br label %match5

ok33:                                             ; preds = %then30
  %260 = getelementptr i8, i8* %mem, i64 %257
  %261 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %261, i8* %260, i64 2, i1 false)
  %262 = load i16, i16* %unaligned, align 2
  %263 = zext i16 %262 to i32
  %264 = icmp eq i32 %263, 29560
  %265 = zext i1 %264 to i32
  %266 = icmp ne i32 %265, 0
  br i1 %266, label %then34, label %else35

then34:                                           ; preds = %ok33
  store i32 0, i32* %result, align 4
  br label %match5

else35:                                           ; preds = %ok33
  br label %join36

join36:                                           ; preds = %else35, %dead37
  br label %join32

dead37:                                           ; No predecessors!
  br label %join36

ws_done6:                                         ; preds = %dead42, %ok40, %ok38
  %267 = load i32, i32* %args_pos, align 4
  %268 = add i32 %267, 1
  store i32 %268, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont41, %match5
  %269 = load i64, i64* %fuel, align 8
  %270 = icmp ult i64 %269, 1
  br i1 %270, label %trap14.site0, label %ok38

ok38:                                             ; preds = %ws7
  %271 = sub i64 %269, 1
  store i64 %271, i64* %fuel, align 8
  %272 = load i32, i32* %args_pos, align 4
  %273 = load i32, i32* %args_end, align 4
  %274 = icmp uge i32 %272, %273
  %275 = zext i1 %274 to i32
  %276 = icmp ne i32 %275, 0
  br i1 %276, label %ws_done6, label %cont39

cont39:                                           ; preds = %ok38
  %277 = load i32, i32* %args_pos, align 4
  %278 = zext i32 %277 to i64
  %279 = sub i64 %arena_size, 1
  %280 = icmp sgt i64 %278, %279
  br i1 %280, label %trap17.site0, label %ok40

ok40:                                             ; preds = %cont39
  %281 = getelementptr i8, i8* %mem, i64 %278
  %282 = load i8, i8* %281, align 1
  %283 = zext i8 %282 to i32
  store i32 %283, i32* %ws, align 4
  %284 = load i32, i32* %ws, align 4
  %285 = icmp ule i32 %284, 32
  %286 = zext i1 %285 to i32
  %287 = icmp eq i32 %286, 0
  %288 = zext i1 %287 to i32
  %289 = icmp ne i32 %288, 0
  br i1 %289, label %ws_done6, label %cont41

cont41:                                           ; preds = %ok40
  %290 = load i32, i32* %args_pos, align 4
  %291 = add i32 %290, 1
  store i32 %291, i32* %args_pos, align 4
  br label %ws7

dead42:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead47, %ok45, %ok43
  %292 = load i32, i32* %args_c, align 4
  switch i32 %292, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont46, %ws_done6
  %293 = load i64, i64* %fuel, align 8
  %294 = icmp ult i64 %293, 1
  br i1 %294, label %trap14.site0, label %ok43

ok43:                                             ; preds = %ws9
  %295 = sub i64 %293, 1
  store i64 %295, i64* %fuel, align 8
  %296 = load i32, i32* %args_pos, align 4
  %297 = load i32, i32* %args_end, align 4
  %298 = icmp uge i32 %296, %297
  %299 = zext i1 %298 to i32
  %300 = icmp ne i32 %299, 0
  br i1 %300, label %ws_done8, label %cont44

cont44:                                           ; preds = %ok43
  %301 = load i32, i32* %args_pos, align 4
  %302 = zext i32 %301 to i64
  %303 = sub i64 %arena_size, 1
  %304 = icmp sgt i64 %302, %303
  br i1 %304, label %trap17.site0, label %ok45

ok45:                                             ; preds = %cont44
  %305 = getelementptr i8, i8* %mem, i64 %302
  %306 = load i8, i8* %305, align 1
  %307 = zext i8 %306 to i32
  store i32 %307, i32* %ws, align 4
  %308 = load i32, i32* %ws, align 4
  %309 = icmp ule i32 %308, 32
  %310 = zext i1 %309 to i32
  %311 = icmp eq i32 %310, 0
  %312 = zext i1 %311 to i32
  %313 = icmp ne i32 %312, 0
  br i1 %313, label %ws_done8, label %cont46

cont46:                                           ; preds = %ok45
  %314 = load i32, i32* %args_pos, align 4
  %315 = add i32 %314, 1
  store i32 %315, i32* %args_pos, align 4
  br label %ws9

dead47:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok58, %join53
  br label %ws14

default11:                                        ; preds = %dead56, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %316 = load i32, i32* %args_pos, align 4
  %317 = load i32, i32* %args_end, align 4
  %318 = icmp uge i32 %depth, 1000
  br i1 %318, label %trap15.site0, label %ok57

case12:                                           ; preds = %dead48, %ws_done8
  %319 = load i32, i32* %args_pos, align 4
  %320 = load i32, i32* %args_end, align 4
  %321 = load i32, i32* %arg0_cell, align 4
  %322 = icmp uge i32 %depth, 1000
  br i1 %322, label %trap15.site0, label %ok49

dead48:                                           ; No predecessors!
  br label %case12

ok49:                                             ; preds = %case12
  %323 = icmp ult i64 %10, %stack_limit
  br i1 %323, label %trap253.site0, label %stack_ok50

stack_ok50:                                       ; preds = %ok49
  %324 = load i64, i64* %fuel, align 8
  %325 = getelementptr i64, i64* %regs, i64 0
  store i64 %324, i64* %325, align 8
  %326 = load i64, i64* %lowStart, align 8
  %327 = getelementptr i64, i64* %regs, i64 6
  store i64 %326, i64* %327, align 8
  %328 = load i64, i64* %lowEnd, align 8
  %329 = getelementptr i64, i64* %regs, i64 7
  store i64 %328, i64* %329, align 8
  %330 = load i64, i64* %highEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 8
  store i64 %330, i64* %331, align 8
  %332 = add i32 %depth, 1
  %333 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %332, i32 %319, i32 %320, i32 %321)
  %334 = getelementptr i64, i64* %regs, i64 0
  %335 = load i64, i64* %334, align 8
  store i64 %335, i64* %fuel, align 8
  %336 = getelementptr i64, i64* %regs, i64 6
  %337 = load i64, i64* %336, align 8
  store i64 %337, i64* %lowStart, align 8
  %338 = getelementptr i64, i64* %regs, i64 7
  %339 = load i64, i64* %338, align 8
  store i64 %339, i64* %lowEnd, align 8
  %340 = getelementptr i64, i64* %regs, i64 8
  %341 = load i64, i64* %340, align 8
  store i64 %341, i64* %highEnd, align 8
  store i32 %333, i32* %args_r, align 4
  %342 = load i32, i32* %args_r, align 4
  %343 = icmp slt i32 %342, 0
  %344 = zext i1 %343 to i32
  %345 = icmp ne i32 %344, 0
  br i1 %345, label %then51, label %else52

then51:                                           ; preds = %stack_ok50
  store i32 2, i32* %arg0_state, align 4
  %346 = load i32, i32* %args_mark, align 4
  %347 = zext i32 %346 to i64
  %348 = getelementptr i64, i64* %regs, i64 1
  store i64 %347, i64* %348, align 8
  %349 = load i32, i32* %args_pos, align 4
  %350 = load i32, i32* %args_end, align 4
  %351 = icmp uge i32 %depth, 1000
  br i1 %351, label %trap15.site0, label %ok54

else52:                                           ; preds = %stack_ok50
  store i32 1, i32* %arg0_state, align 4
  %352 = load i32, i32* %args_r, align 4
  store i32 %352, i32* %args_pos, align 4
  br label %join53

join53:                                           ; preds = %else52, %stack_ok55
  br label %switch10

ok54:                                             ; preds = %then51
  %353 = icmp ult i64 %10, %stack_limit
  br i1 %353, label %trap253.site0, label %stack_ok55

stack_ok55:                                       ; preds = %ok54
  %354 = load i64, i64* %fuel, align 8
  %355 = getelementptr i64, i64* %regs, i64 0
  store i64 %354, i64* %355, align 8
  %356 = load i64, i64* %lowStart, align 8
  %357 = getelementptr i64, i64* %regs, i64 6
  store i64 %356, i64* %357, align 8
  %358 = load i64, i64* %lowEnd, align 8
  %359 = getelementptr i64, i64* %regs, i64 7
  store i64 %358, i64* %359, align 8
  %360 = load i64, i64* %highEnd, align 8
  %361 = getelementptr i64, i64* %regs, i64 8
  store i64 %360, i64* %361, align 8
  %362 = add i32 %depth, 1
  %363 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %362, i32 %349, i32 %350)
  %364 = getelementptr i64, i64* %regs, i64 0
  %365 = load i64, i64* %364, align 8
  store i64 %365, i64* %fuel, align 8
  %366 = getelementptr i64, i64* %regs, i64 6
  %367 = load i64, i64* %366, align 8
  store i64 %367, i64* %lowStart, align 8
  %368 = getelementptr i64, i64* %regs, i64 7
  %369 = load i64, i64* %368, align 8
  store i64 %369, i64* %lowEnd, align 8
  %370 = getelementptr i64, i64* %regs, i64 8
  %371 = load i64, i64* %370, align 8
  store i64 %371, i64* %highEnd, align 8
  store i32 %363, i32* %args_pos, align 4
  br label %join53

dead56:                                           ; No predecessors!
  br label %default11

ok57:                                             ; preds = %default11
  %372 = icmp ult i64 %10, %stack_limit
  br i1 %372, label %trap253.site0, label %stack_ok58

stack_ok58:                                       ; preds = %ok57
  %373 = load i64, i64* %fuel, align 8
  %374 = getelementptr i64, i64* %regs, i64 0
  store i64 %373, i64* %374, align 8
  %375 = load i64, i64* %lowStart, align 8
  %376 = getelementptr i64, i64* %regs, i64 6
  store i64 %375, i64* %376, align 8
  %377 = load i64, i64* %lowEnd, align 8
  %378 = getelementptr i64, i64* %regs, i64 7
  store i64 %377, i64* %378, align 8
  %379 = load i64, i64* %highEnd, align 8
  %380 = getelementptr i64, i64* %regs, i64 8
  store i64 %379, i64* %380, align 8
  %381 = add i32 %depth, 1
  %382 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %381, i32 %316, i32 %317)
  %383 = getelementptr i64, i64* %regs, i64 0
  %384 = load i64, i64* %383, align 8
  store i64 %384, i64* %fuel, align 8
  %385 = getelementptr i64, i64* %regs, i64 6
  %386 = load i64, i64* %385, align 8
  store i64 %386, i64* %lowStart, align 8
  %387 = getelementptr i64, i64* %regs, i64 7
  %388 = load i64, i64* %387, align 8
  store i64 %388, i64* %lowEnd, align 8
  %389 = getelementptr i64, i64* %regs, i64 8
  %390 = load i64, i64* %389, align 8
  store i64 %390, i64* %highEnd, align 8
  store i32 %382, i32* %args_pos, align 4
  br label %switch10

ws_done13:                                        ; preds = %dead63, %ok61, %ok59
  %391 = load i32, i32* %args_pos, align 4
  %392 = zext i32 %391 to i64
  %393 = sub i64 %arena_size, 1
  %394 = icmp sgt i64 %392, %393
  br i1 %394, label %trap17.site0, label %ok64

ws14:                                             ; preds = %cont62, %switch10
  %395 = load i64, i64* %fuel, align 8
  %396 = icmp ult i64 %395, 1
  br i1 %396, label %trap14.site0, label %ok59

ok59:                                             ; preds = %ws14
  %397 = sub i64 %395, 1
  store i64 %397, i64* %fuel, align 8
  %398 = load i32, i32* %args_pos, align 4
  %399 = load i32, i32* %args_end, align 4
  %400 = icmp uge i32 %398, %399
  %401 = zext i1 %400 to i32
  %402 = icmp ne i32 %401, 0
  br i1 %402, label %ws_done13, label %cont60

cont60:                                           ; preds = %ok59
  %403 = load i32, i32* %args_pos, align 4
  %404 = zext i32 %403 to i64
  %405 = sub i64 %arena_size, 1
  %406 = icmp sgt i64 %404, %405
  br i1 %406, label %trap17.site0, label %ok61

ok61:                                             ; preds = %cont60
  %407 = getelementptr i8, i8* %mem, i64 %404
  %408 = load i8, i8* %407, align 1
  %409 = zext i8 %408 to i32
  store i32 %409, i32* %ws, align 4
  %410 = load i32, i32* %ws, align 4
  %411 = icmp ule i32 %410, 32
  %412 = zext i1 %411 to i32
  %413 = icmp eq i32 %412, 0
  %414 = zext i1 %413 to i32
  %415 = icmp ne i32 %414, 0
  br i1 %415, label %ws_done13, label %cont62

cont62:                                           ; preds = %ok61
  %416 = load i32, i32* %args_pos, align 4
  %417 = add i32 %416, 1
  store i32 %417, i32* %args_pos, align 4
  br label %ws14

dead63:                                           ; No predecessors!
  br label %ws_done13

ok64:                                             ; preds = %ws_done13
  %418 = getelementptr i8, i8* %mem, i64 %392
  %419 = load i8, i8* %418, align 1
  %420 = zext i8 %419 to i32
  store i32 %420, i32* %args_c, align 4
  %421 = load i32, i32* %args_pos, align 4
  %422 = add i32 %421, 1
  store i32 %422, i32* %args_pos, align 4
  %423 = load i32, i32* %args_c, align 4
  %424 = icmp eq i32 %423, 44
  %425 = zext i1 %424 to i32
  %426 = icmp ne i32 %425, 0
  br i1 %426, label %then65, label %else66

then65:                                           ; preds = %ok64
  br label %ws16

else66:                                           ; preds = %ok64
  br label %join67

join67:                                           ; preds = %else66, %dead73
  br label %join20

ws_done15:                                        ; preds = %dead72, %ok70, %ok68
  br label %args4

ws16:                                             ; preds = %cont71, %then65
  %427 = load i64, i64* %fuel, align 8
  %428 = icmp ult i64 %427, 1
  br i1 %428, label %trap14.site0, label %ok68

ok68:                                             ; preds = %ws16
  %429 = sub i64 %427, 1
  store i64 %429, i64* %fuel, align 8
  %430 = load i32, i32* %args_pos, align 4
  %431 = load i32, i32* %args_end, align 4
  %432 = icmp uge i32 %430, %431
  %433 = zext i1 %432 to i32
  %434 = icmp ne i32 %433, 0
  br i1 %434, label %ws_done15, label %cont69

cont69:                                           ; preds = %ok68
  %435 = load i32, i32* %args_pos, align 4
  %436 = zext i32 %435 to i64
  %437 = sub i64 %arena_size, 1
  %438 = icmp sgt i64 %436, %437
  br i1 %438, label %trap17.site0, label %ok70

ok70:                                             ; preds = %cont69
  %439 = getelementptr i8, i8* %mem, i64 %436
  %440 = load i8, i8* %439, align 1
  %441 = zext i8 %440 to i32
  store i32 %441, i32* %ws, align 4
  %442 = load i32, i32* %ws, align 4
  %443 = icmp ule i32 %442, 32
  %444 = zext i1 %443 to i32
  %445 = icmp eq i32 %444, 0
  %446 = zext i1 %445 to i32
  %447 = icmp ne i32 %446, 0
  br i1 %447, label %ws_done15, label %cont71

cont71:                                           ; preds = %ok70
  %448 = load i32, i32* %args_pos, align 4
  %449 = add i32 %448, 1
  store i32 %449, i32* %args_pos, align 4
  br label %ws16

dead72:                                           ; No predecessors!
  br label %ws_done15

dead73:                                           ; No predecessors!
  br label %join67

then74:                                           ; preds = %join20
  br label %trap9.site2

else75:                                           ; preds = %join20
  br label %join76

join76:                                           ; preds = %else75, %dead77
  %450 = load i32, i32* %arg0_state, align 4
  %451 = icmp eq i32 %450, 2
  %452 = zext i1 %451 to i32
  %453 = icmp ne i32 %452, 0
  br i1 %453, label %then78, label %else79

trap9.site2:                                      ; preds = %then74
  %454 = load i64, i64* %lowStart, align 8
  %455 = getelementptr i64, i64* %regs, i64 6
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %lowEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 7
  store i64 %456, i64* %457, align 8
  %458 = load i64, i64* %highEnd, align 8
  %459 = getelementptr i64, i64* %regs, i64 8
  store i64 %458, i64* %459, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead77:                                           ; No predecessors!
  br label %join76

then78:                                           ; preds = %join76
  br label %trap11.site2

else79:                                           ; preds = %join76
  br label %join80

join80:                                           ; preds = %else79, %dead81
  %460 = load i32, i32* %arg0_cell, align 4
  %461 = zext i32 %460 to i64
  %462 = sub i64 %arena_size, 4
  %463 = icmp sgt i64 %461, %462
  br i1 %463, label %trap17.site0, label %ok82

trap11.site2:                                     ; preds = %then78
  %464 = load i64, i64* %lowStart, align 8
  %465 = getelementptr i64, i64* %regs, i64 6
  store i64 %464, i64* %465, align 8
  %466 = load i64, i64* %lowEnd, align 8
  %467 = getelementptr i64, i64* %regs, i64 7
  store i64 %466, i64* %467, align 8
  %468 = load i64, i64* %highEnd, align 8
  %469 = getelementptr i64, i64* %regs, i64 8
  store i64 %468, i64* %469, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead81:                                           ; No predecessors!
  br label %join80

ok82:                                             ; preds = %join80
  %470 = getelementptr i8, i8* %mem, i64 %461
  %471 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %471, i8* %470, i64 4, i1 false)
  %472 = load i32, i32* %unaligned83, align 4
  store i32 %472, i32* %arg, align 4
  %473 = load i32, i32* %args_unexpected, align 4
  %474 = icmp ne i32 %473, 0
  br i1 %474, label %then84, label %else85

then84:                                           ; preds = %ok82
  br label %trap10.site1

else85:                                           ; preds = %ok82
  br label %join86

join86:                                           ; preds = %else85, %dead87
  %475 = getelementptr i64, i64* %regs, i64 1
  %476 = getelementptr i64, i64* %regs, i64 2
  %477 = load i64, i64* %475, align 8
  %478 = add i64 %477, 7
  %479 = and i64 %478, -8
  %480 = add i64 %479, 8
  %481 = load i64, i64* %476, align 8
  %482 = icmp ugt i64 %480, %481
  br i1 %482, label %trap15.site1, label %ok88

trap10.site1:                                     ; preds = %then84
  %483 = load i64, i64* %lowStart, align 8
  %484 = getelementptr i64, i64* %regs, i64 6
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %lowEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 7
  store i64 %485, i64* %486, align 8
  %487 = load i64, i64* %highEnd, align 8
  %488 = getelementptr i64, i64* %regs, i64 8
  store i64 %487, i64* %488, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead87:                                           ; No predecessors!
  br label %join86

ok88:                                             ; preds = %join86
  store i64 %480, i64* %475, align 8
  %489 = load i64, i64* %highEnd, align 8
  %490 = call i64 @llvm.umax.i64(i64 %489, i64 %480)
  store i64 %490, i64* %highEnd, align 8
  %491 = trunc i64 %479 to i32
  store i32 %491, i32* %args_out, align 4
  %492 = load i32, i32* %args_out, align 4
  %493 = load i32, i32* %arg, align 4
  %494 = zext i32 %492 to i64
  %495 = add i64 %494, 4
  %496 = icmp uge i64 %494, %scratch_start
  %497 = load i64, i64* %highEnd, align 8
  %498 = icmp ule i64 %495, %497
  %499 = and i1 %496, %498
  %500 = call i1 @llvm.expect.i1(i1 %499, i1 true)
  br i1 %500, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join86
  %501 = load i64, i64* %lowStart, align 8
  %502 = getelementptr i64, i64* %regs, i64 6
  store i64 %501, i64* %502, align 8
  %503 = load i64, i64* %lowEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 7
  store i64 %503, i64* %504, align 8
  %505 = load i64, i64* %highEnd, align 8
  %506 = getelementptr i64, i64* %regs, i64 8
  store i64 %505, i64* %506, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok88
  %507 = load i64, i64* %lowStart, align 8
  %508 = icmp uge i64 %494, %507
  %509 = load i64, i64* %lowEnd, align 8
  %510 = icmp ule i64 %495, %509
  %511 = and i1 %508, %510
  %512 = call i1 @llvm.expect.i1(i1 %511, i1 true)
  br i1 %512, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %513 = icmp ugt i64 %495, %arena_size
  br i1 %513, label %trap17.site0, label %ok89

write.ok:                                         ; preds = %ok89, %write.low, %ok88
  %514 = getelementptr i8, i8* %mem, i64 %494
  store i32 %493, i32* %unaligned90, align 4
  %515 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %514, i8* %515, i64 4, i1 false)
  %516 = load i32, i32* %args_out, align 4
  %517 = load i64, i64* %fuel, align 8
  %518 = getelementptr i64, i64* %regs, i64 0
  store i64 %517, i64* %518, align 8
  %519 = load i64, i64* %lowStart, align 8
  %520 = getelementptr i64, i64* %regs, i64 6
  store i64 %519, i64* %520, align 8
  %521 = load i64, i64* %lowEnd, align 8
  %522 = getelementptr i64, i64* %regs, i64 7
  store i64 %521, i64* %522, align 8
  %523 = load i64, i64* %highEnd, align 8
  %524 = getelementptr i64, i64* %regs, i64 8
  store i64 %523, i64* %524, align 8
  ret i32 %516

ok89:                                             ; preds = %write.slow
  %525 = icmp ult i64 %494, %scratch_start
  %526 = load i64, i64* %lowStart, align 8
  %527 = call i64 @llvm.umin.i64(i64 %526, i64 %494)
  %528 = load i64, i64* %lowEnd, align 8
  %529 = load i64, i64* %highEnd, align 8
  %530 = add i64 %495, 64
  %531 = sub i64 %495, %527
  %532 = lshr i64 %531, 4
  %533 = add i64 %530, %532
  %534 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %533)
  %535 = call i64 @llvm.umax.i64(i64 %528, i64 %534)
  %536 = select i1 %525, i64 %535, i64 %528
  store i64 %536, i64* %lowEnd, align 8
  %537 = add i64 %495, 64
  %538 = sub i64 %495, %scratch_start
  %539 = lshr i64 %538, 4
  %540 = add i64 %537, %539
  %541 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %540)
  %542 = call i64 @llvm.umax.i64(i64 %529, i64 %541)
  %543 = select i1 %525, i64 %529, i64 %542
  store i64 %543, i64* %highEnd, align 8
  store i64 %527, i64* %lowStart, align 8
  br label %write.ok
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
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
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
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %x.1 = alloca i64, align 8
  store i64 0, i64* %x.1, align 8
  %squares_of_positive = alloca i32, align 4
  store i32 0, i32* %squares_of_positive, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
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
  %x.2 = alloca i64, align 8
  store i64 0, i64* %x.2, align 8
  %x.3 = alloca i64, align 8
  store i64 0, i64* %x.3, align 8
  %lo = alloca i64, align 8
  store i64 0, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 0, i64* %hi, align 8
  %count = alloca i64, align 8
  store i64 0, i64* %count, align 8
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %y = alloca i64, align 8
  store i64 0, i64* %y, align 8
  %nested = alloca i32, align 4
  store i32 0, i32* %nested, align 4
  %item = alloca i64, align 8
  store i64 0, i64* %item, align 8
  %spread = alloca i32, align 4
  store i32 0, i32* %spread, align 4
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %size.3 = alloca i64, align 8
  store i64 0, i64* %size.3, align 8
  %list.3 = alloca i32, align 4
  store i32 0, i32* %list.3, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.4 = alloca i64, align 8
  store i64 0, i64* %x.4, align 8
  %x.5 = alloca i64, align 8
  store i64 0, i64* %x.5, align 8
  %spread.1 = alloca i32, align 4
  store i32 0, i32* %spread.1, align 4
  %size.4 = alloca i64, align 8
  store i64 0, i64* %size.4, align 8
  %list.4 = alloca i32, align 4
  store i32 0, i32* %list.4, align 4
  %len.4 = alloca i32, align 4
  store i32 0, i32* %len.4, align 4
  %slen = alloca i32, align 4
  store i32 0, i32* %slen, align 4
  %slen.1 = alloca i32, align 4
  store i32 0, i32* %slen.1, align 4
  %spliced = alloca i32, align 4
  store i32 0, i32* %spliced, align 4
  %xs.4 = alloca i32, align 4
  store i32 0, i32* %xs.4, align 4
  %size.5 = alloca i64, align 8
  store i64 0, i64* %size.5, align 8
  %list.5 = alloca i32, align 4
  store i32 0, i32* %list.5, align 4
  %len.5 = alloca i32, align 4
  store i32 0, i32* %len.5, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %x.6 = alloca i64, align 8
  store i64 0, i64* %x.6, align 8
  %x.7 = alloca i64, align 8
  store i64 0, i64* %x.7, align 8
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %n.4 = alloca i64, align 8
  store i64 0, i64* %n.4, align 8
  %odd = alloca i32, align 4
  store i32 0, i32* %odd, align 4
  %records = alloca i32, align 4
  store i32 0, i32* %records, align 4
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
  %result3 = alloca i32, align 4
  %result5 = alloca i32, align 4
  %unaligned7 = alloca i32, align 4
  %unaligned10 = alloca i32, align 4
  %unaligned13 = alloca i64, align 8
  %unaligned19 = alloca i64, align 8
  %unaligned25 = alloca i32, align 4
  %unaligned30 = alloca i32, align 4
  %result31 = alloca i32, align 4
  %unaligned33 = alloca i32, align 4
  %unaligned40 = alloca i32, align 4
  %unaligned44 = alloca i64, align 8
  %result50 = alloca i32, align 4
  %result54 = alloca i64, align 8
  %unaligned71 = alloca i64, align 8
  %unaligned77 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned88 = alloca i32, align 4
  %unaligned93 = alloca i32, align 4
  %result94 = alloca i32, align 4
  %result95 = alloca i32, align 4
  %unaligned97 = alloca i32, align 4
  %unaligned104 = alloca i32, align 4
  %unaligned108 = alloca i64, align 8
  %unaligned114 = alloca i64, align 8
  %unaligned120 = alloca i32, align 4
  %unaligned122 = alloca i32, align 4
  %unaligned124 = alloca i32, align 4
  %unaligned134 = alloca i64, align 8
  %unaligned136 = alloca i32, align 4
  %unaligned143 = alloca i32, align 4
  %unaligned153 = alloca i32, align 4
  %unaligned158 = alloca i32, align 4
  %result159 = alloca i32, align 4
  %unaligned161 = alloca i32, align 4
  %unaligned168 = alloca i32, align 4
  %unaligned172 = alloca i64, align 8
  %result173 = alloca i32, align 4
  %unaligned179 = alloca i64, align 8
  %unaligned190 = alloca i32, align 4
  %unaligned196 = alloca i32, align 4
  %unaligned201 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each41, %each34, %range24, %each14, %each4, %body
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

trap253.site0:                                    ; preds = %ok202, %ok1
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
  store i32 %61, i32* %xs, align 4
  %62 = getelementptr i64, i64* %regs, i64 1
  %63 = getelementptr i64, i64* %regs, i64 2
  %64 = load i64, i64* %62, align 8
  %65 = add i64 %64, 7
  %66 = and i64 %65, -8
  %67 = add i64 %66, 16
  %68 = load i64, i64* %63, align 8
  %69 = icmp ugt i64 %67, %68
  br i1 %69, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %write.slow198, %write.slow193, %write.slow187, %write.slow183, %write.slow176, %cont170, %ok166, %write.ok156, %write.slow155, %write.slow150, %write.ok140, %write.ok132, %write.slow131, %ok121, %e31, %write.slow117, %write.slow111, %cont106, %ok102, %write.ok91, %write.slow90, %write.slow85, %write.slow79, %write.slow74, %write.slow68, %cont42, %ok38, %write.ok28, %write.slow27, %write.slow22, %write.slow, %cont, %ok8, %ok4, %stack_ok
  %70 = load i64, i64* %lowStart, align 8
  %71 = getelementptr i64, i64* %regs, i64 6
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %lowEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 7
  store i64 %72, i64* %73, align 8
  %74 = load i64, i64* %highEnd, align 8
  %75 = getelementptr i64, i64* %regs, i64 8
  store i64 %74, i64* %75, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

e0:                                               ; preds = %write.ok199
  %76 = load i32, i32* %result3, align 4
  store i32 %76, i32* %result, align 4
  %77 = load i32, i32* %result, align 4
  store i32 %77, i32* %result.1, align 4
  %78 = getelementptr i64, i64* %regs, i64 3
  %79 = load i64, i64* %78, align 8
  %80 = trunc i64 %79 to i32
  store i32 %80, i32* %json_start, align 4
  %81 = load i32, i32* %result.1, align 4
  %82 = load i32, i32* %json_start, align 4
  %83 = icmp uge i32 %depth, 1000
  br i1 %83, label %trap15.site0, label %ok202

ok4:                                              ; preds = %ok2
  store i64 %67, i64* %62, align 8
  %84 = load i64, i64* %highEnd, align 8
  %85 = call i64 @llvm.umax.i64(i64 %84, i64 %67)
  store i64 %85, i64* %highEnd, align 8
  %86 = trunc i64 %66 to i32
  store i32 %86, i32* %dict, align 4
  %87 = load i32, i32* %xs, align 4
  store i32 %87, i32* %xs.1, align 4
  %88 = load i32, i32* %xs.1, align 4
  %89 = zext i32 %88 to i64
  %90 = sub i64 %arena_size, 4
  %91 = icmp sgt i64 %89, %90
  br i1 %91, label %trap17.site0, label %ok6

trap15.site3:                                     ; preds = %then208, %ok2
  %92 = load i64, i64* %lowStart, align 8
  %93 = getelementptr i64, i64* %regs, i64 6
  store i64 %92, i64* %93, align 8
  %94 = load i64, i64* %lowEnd, align 8
  %95 = getelementptr i64, i64* %regs, i64 7
  store i64 %94, i64* %95, align 8
  %96 = load i64, i64* %highEnd, align 8
  %97 = getelementptr i64, i64* %regs, i64 8
  store i64 %96, i64* %97, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

e1:                                               ; preds = %write.ok23
  %98 = load i32, i32* %result5, align 4
  store i32 %98, i32* %squares_of_positive, align 4
  %99 = load i32, i32* %dict, align 4
  %100 = load i32, i32* %squares_of_positive, align 4
  %101 = zext i32 %99 to i64
  %102 = add i64 %101, 4
  %103 = icmp uge i64 %101, %scratch_start
  %104 = load i64, i64* %highEnd, align 8
  %105 = icmp ule i64 %102, %104
  %106 = and i1 %103, %105
  %107 = call i1 @llvm.expect.i1(i1 %106, i1 true)
  br i1 %107, label %write.ok28, label %write.low26

ok6:                                              ; preds = %ok4
  %108 = getelementptr i8, i8* %mem, i64 %89
  %109 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %109, i8* %108, i64 4, i1 false)
  %110 = load i32, i32* %unaligned7, align 4
  %111 = zext i32 %110 to i64
  %112 = mul i64 %111, 8
  %113 = add i64 8, %112
  store i64 %113, i64* %size, align 8
  %114 = load i64, i64* %size, align 8
  %115 = icmp ugt i64 %114, 2147483647
  %116 = zext i1 %115 to i32
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %then, label %else

then:                                             ; preds = %ok6
  br label %trap15.site4

else:                                             ; preds = %ok6
  br label %join

join:                                             ; preds = %else, %dead
  %118 = load i64, i64* %size, align 8
  %119 = trunc i64 %118 to i32
  %120 = zext i32 %119 to i64
  %121 = getelementptr i64, i64* %regs, i64 1
  %122 = getelementptr i64, i64* %regs, i64 2
  %123 = load i64, i64* %121, align 8
  %124 = add i64 %123, 7
  %125 = and i64 %124, -8
  %126 = add i64 %125, %120
  %127 = load i64, i64* %122, align 8
  %128 = icmp ugt i64 %126, %127
  br i1 %128, label %trap15.site4, label %ok8

trap15.site4:                                     ; preds = %join, %then
  %129 = load i64, i64* %lowStart, align 8
  %130 = getelementptr i64, i64* %regs, i64 6
  store i64 %129, i64* %130, align 8
  %131 = load i64, i64* %lowEnd, align 8
  %132 = getelementptr i64, i64* %regs, i64 7
  store i64 %131, i64* %132, align 8
  %133 = load i64, i64* %highEnd, align 8
  %134 = getelementptr i64, i64* %regs, i64 8
  store i64 %133, i64* %134, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok8:                                              ; preds = %join
  store i64 %126, i64* %121, align 8
  %135 = load i64, i64* %highEnd, align 8
  %136 = call i64 @llvm.umax.i64(i64 %135, i64 %126)
  store i64 %136, i64* %highEnd, align 8
  %137 = trunc i64 %125 to i32
  store i32 %137, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %138 = load i32, i32* %xs.1, align 4
  %139 = zext i32 %138 to i64
  %140 = sub i64 %arena_size, 4
  %141 = icmp sgt i64 %139, %140
  br i1 %141, label %trap17.site0, label %ok9

ok9:                                              ; preds = %ok8
  %142 = getelementptr i8, i8* %mem, i64 %139
  %143 = bitcast i32* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %143, i8* %142, i64 4, i1 false)
  %144 = load i32, i32* %unaligned10, align 4
  store i32 %144, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead20, %ok11
  %145 = load i32, i32* %list, align 4
  %146 = load i32, i32* %len, align 4
  %147 = zext i32 %145 to i64
  %148 = add i64 %147, 4
  %149 = icmp uge i64 %147, %scratch_start
  %150 = load i64, i64* %highEnd, align 8
  %151 = icmp ule i64 %148, %150
  %152 = and i1 %149, %151
  %153 = call i1 @llvm.expect.i1(i1 %152, i1 true)
  br i1 %153, label %write.ok23, label %write.low21

each4:                                            ; preds = %join16, %ok9
  %154 = load i64, i64* %fuel, align 8
  %155 = icmp ult i64 %154, 1
  br i1 %155, label %trap14.site0, label %ok11

ok11:                                             ; preds = %each4
  %156 = sub i64 %154, 1
  store i64 %156, i64* %fuel, align 8
  %157 = load i32, i32* %k, align 4
  %158 = load i32, i32* %n, align 4
  %159 = icmp uge i32 %157, %158
  %160 = zext i1 %159 to i32
  %161 = icmp ne i32 %160, 0
  br i1 %161, label %block3, label %cont

cont:                                             ; preds = %ok11
  %162 = load i32, i32* %xs.1, align 4
  %163 = load i32, i32* %k, align 4
  %164 = mul i32 %163, 8
  %165 = add i32 %162, %164
  %166 = zext i32 %165 to i64
  %167 = sub i64 %arena_size, 16
  %168 = icmp sgt i64 %166, %167
  br i1 %168, label %trap17.site0, label %ok12

ok12:                                             ; preds = %cont
  %169 = add i64 %166, 8
  %170 = getelementptr i8, i8* %mem, i64 %169
  %171 = bitcast i64* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %171, i8* %170, i64 8, i1 false)
  %172 = load i64, i64* %unaligned13, align 8
  store i64 %172, i64* %x, align 8
  %173 = load i64, i64* %x, align 8
  store i64 %173, i64* %x.1, align 8
  %174 = load i64, i64* %x.1, align 8
  %175 = icmp sgt i64 %174, 0
  %176 = zext i1 %175 to i32
  %177 = icmp ne i32 %176, 0
  br i1 %177, label %then14, label %else15

then14:                                           ; preds = %ok12
  %178 = load i32, i32* %list, align 4
  %179 = load i32, i32* %len, align 4
  %180 = mul i32 %179, 8
  %181 = add i32 %178, %180
  %182 = load i64, i64* %x.1, align 8
  %183 = load i64, i64* %x.1, align 8
  %184 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %182, i64 %183)
  %185 = extractvalue { i64, i1 } %184, 1
  br i1 %185, label %trap2.site6, label %ok17

else15:                                           ; preds = %ok12
  br label %join16

join16:                                           ; preds = %else15, %write.ok
  %186 = load i32, i32* %k, align 4
  %187 = add i32 %186, 1
  store i32 %187, i32* %k, align 4
  br label %each4

ok17:                                             ; preds = %then14
  %188 = extractvalue { i64, i1 } %184, 0
  %189 = zext i32 %181 to i64
  %190 = add i64 %189, 8
  %191 = add i64 %190, 8
  %192 = icmp uge i64 %190, %scratch_start
  %193 = load i64, i64* %highEnd, align 8
  %194 = icmp ule i64 %191, %193
  %195 = and i1 %192, %194
  %196 = call i1 @llvm.expect.i1(i1 %195, i1 true)
  br i1 %196, label %write.ok, label %write.low

trap2.site6:                                      ; preds = %then14
  %197 = load i64, i64* %lowStart, align 8
  %198 = getelementptr i64, i64* %regs, i64 6
  store i64 %197, i64* %198, align 8
  %199 = load i64, i64* %lowEnd, align 8
  %200 = getelementptr i64, i64* %regs, i64 7
  store i64 %199, i64* %200, align 8
  %201 = load i64, i64* %highEnd, align 8
  %202 = getelementptr i64, i64* %regs, i64 8
  store i64 %201, i64* %202, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low:                                        ; preds = %ok17
  %203 = load i64, i64* %lowStart, align 8
  %204 = icmp uge i64 %190, %203
  %205 = load i64, i64* %lowEnd, align 8
  %206 = icmp ule i64 %191, %205
  %207 = and i1 %204, %206
  %208 = call i1 @llvm.expect.i1(i1 %207, i1 true)
  br i1 %208, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %209 = icmp ugt i64 %191, %arena_size
  br i1 %209, label %trap17.site0, label %ok18

write.ok:                                         ; preds = %ok18, %write.low, %ok17
  %210 = getelementptr i8, i8* %mem, i64 %190
  store i64 %188, i64* %unaligned19, align 8
  %211 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %210, i8* %211, i64 8, i1 false)
  %212 = load i32, i32* %len, align 4
  %213 = add i32 %212, 1
  store i32 %213, i32* %len, align 4
  br label %join16

ok18:                                             ; preds = %write.slow
  %214 = icmp ult i64 %190, %scratch_start
  %215 = load i64, i64* %lowStart, align 8
  %216 = call i64 @llvm.umin.i64(i64 %215, i64 %190)
  %217 = load i64, i64* %lowEnd, align 8
  %218 = load i64, i64* %highEnd, align 8
  %219 = add i64 %191, 64
  %220 = sub i64 %191, %216
  %221 = lshr i64 %220, 4
  %222 = add i64 %219, %221
  %223 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %222)
  %224 = call i64 @llvm.umax.i64(i64 %217, i64 %223)
  %225 = select i1 %214, i64 %224, i64 %217
  store i64 %225, i64* %lowEnd, align 8
  %226 = add i64 %191, 64
  %227 = sub i64 %191, %scratch_start
  %228 = lshr i64 %227, 4
  %229 = add i64 %226, %228
  %230 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %229)
  %231 = call i64 @llvm.umax.i64(i64 %218, i64 %230)
  %232 = select i1 %214, i64 %218, i64 %231
  store i64 %232, i64* %highEnd, align 8
  store i64 %216, i64* %lowStart, align 8
  br label %write.ok

dead20:                                           ; No predecessors!
  br label %block3

write.low21:                                      ; preds = %block3
  %233 = load i64, i64* %lowStart, align 8
  %234 = icmp uge i64 %147, %233
  %235 = load i64, i64* %lowEnd, align 8
  %236 = icmp ule i64 %148, %235
  %237 = and i1 %234, %236
  %238 = call i1 @llvm.expect.i1(i1 %237, i1 true)
  br i1 %238, label %write.ok23, label %write.slow22

write.slow22:                                     ; preds = %write.low21
  %239 = icmp ugt i64 %148, %arena_size
  br i1 %239, label %trap17.site0, label %ok24

write.ok23:                                       ; preds = %ok24, %write.low21, %block3
  %240 = getelementptr i8, i8* %mem, i64 %147
  store i32 %146, i32* %unaligned25, align 4
  %241 = bitcast i32* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %240, i8* %241, i64 4, i1 false)
  %242 = load i32, i32* %list, align 4
  store i32 %242, i32* %result5, align 4
  br label %e1

ok24:                                             ; preds = %write.slow22
  %243 = icmp ult i64 %147, %scratch_start
  %244 = load i64, i64* %lowStart, align 8
  %245 = call i64 @llvm.umin.i64(i64 %244, i64 %147)
  %246 = load i64, i64* %lowEnd, align 8
  %247 = load i64, i64* %highEnd, align 8
  %248 = add i64 %148, 64
  %249 = sub i64 %148, %245
  %250 = lshr i64 %249, 4
  %251 = add i64 %248, %250
  %252 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %251)
  %253 = call i64 @llvm.umax.i64(i64 %246, i64 %252)
  %254 = select i1 %243, i64 %253, i64 %246
  store i64 %254, i64* %lowEnd, align 8
  %255 = add i64 %148, 64
  %256 = sub i64 %148, %scratch_start
  %257 = lshr i64 %256, 4
  %258 = add i64 %255, %257
  %259 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %258)
  %260 = call i64 @llvm.umax.i64(i64 %247, i64 %259)
  %261 = select i1 %243, i64 %247, i64 %260
  store i64 %261, i64* %highEnd, align 8
  store i64 %245, i64* %lowStart, align 8
  br label %write.ok23

write.low26:                                      ; preds = %e1
  %262 = load i64, i64* %lowStart, align 8
  %263 = icmp uge i64 %101, %262
  %264 = load i64, i64* %lowEnd, align 8
  %265 = icmp ule i64 %102, %264
  %266 = and i1 %263, %265
  %267 = call i1 @llvm.expect.i1(i1 %266, i1 true)
  br i1 %267, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %268 = icmp ugt i64 %102, %arena_size
  br i1 %268, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %e1
  %269 = getelementptr i8, i8* %mem, i64 %101
  store i32 %100, i32* %unaligned30, align 4
  %270 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %269, i8* %270, i64 4, i1 false)
  %271 = load i32, i32* %xs, align 4
  store i32 %271, i32* %xs.2, align 4
  %272 = load i32, i32* %xs.2, align 4
  %273 = zext i32 %272 to i64
  %274 = sub i64 %arena_size, 4
  %275 = icmp sgt i64 %273, %274
  br i1 %275, label %trap17.site0, label %ok32

ok29:                                             ; preds = %write.slow27
  %276 = icmp ult i64 %101, %scratch_start
  %277 = load i64, i64* %lowStart, align 8
  %278 = call i64 @llvm.umin.i64(i64 %277, i64 %101)
  %279 = load i64, i64* %lowEnd, align 8
  %280 = load i64, i64* %highEnd, align 8
  %281 = add i64 %102, 64
  %282 = sub i64 %102, %278
  %283 = lshr i64 %282, 4
  %284 = add i64 %281, %283
  %285 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %284)
  %286 = call i64 @llvm.umax.i64(i64 %279, i64 %285)
  %287 = select i1 %276, i64 %286, i64 %279
  store i64 %287, i64* %lowEnd, align 8
  %288 = add i64 %102, 64
  %289 = sub i64 %102, %scratch_start
  %290 = lshr i64 %289, 4
  %291 = add i64 %288, %290
  %292 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %291)
  %293 = call i64 @llvm.umax.i64(i64 %280, i64 %292)
  %294 = select i1 %276, i64 %280, i64 %293
  store i64 %294, i64* %highEnd, align 8
  store i64 %278, i64* %lowStart, align 8
  br label %write.ok28

e11:                                              ; preds = %write.ok86
  %295 = load i32, i32* %result31, align 4
  store i32 %295, i32* %nested, align 4
  %296 = load i32, i32* %dict, align 4
  %297 = load i32, i32* %nested, align 4
  %298 = zext i32 %296 to i64
  %299 = add i64 %298, 4
  %300 = add i64 %299, 4
  %301 = icmp uge i64 %299, %scratch_start
  %302 = load i64, i64* %highEnd, align 8
  %303 = icmp ule i64 %300, %302
  %304 = and i1 %301, %303
  %305 = call i1 @llvm.expect.i1(i1 %304, i1 true)
  br i1 %305, label %write.ok91, label %write.low89

ok32:                                             ; preds = %write.ok28
  %306 = getelementptr i8, i8* %mem, i64 %273
  %307 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %307, i8* %306, i64 4, i1 false)
  %308 = load i32, i32* %unaligned33, align 4
  %309 = zext i32 %308 to i64
  %310 = mul i64 %309, 4
  %311 = add i64 4, %310
  store i64 %311, i64* %size.1, align 8
  %312 = load i64, i64* %size.1, align 8
  %313 = icmp ugt i64 %312, 2147483647
  %314 = zext i1 %313 to i32
  %315 = icmp ne i32 %314, 0
  br i1 %315, label %then34, label %else35

then34:                                           ; preds = %ok32
  br label %trap15.site7

else35:                                           ; preds = %ok32
  br label %join36

join36:                                           ; preds = %else35, %dead37
  %316 = load i64, i64* %size.1, align 8
  %317 = trunc i64 %316 to i32
  %318 = zext i32 %317 to i64
  %319 = getelementptr i64, i64* %regs, i64 1
  %320 = getelementptr i64, i64* %regs, i64 2
  %321 = load i64, i64* %319, align 8
  %322 = add i64 %321, 3
  %323 = and i64 %322, -4
  %324 = add i64 %323, %318
  %325 = load i64, i64* %320, align 8
  %326 = icmp ugt i64 %324, %325
  br i1 %326, label %trap15.site7, label %ok38

trap15.site7:                                     ; preds = %join36, %then34
  %327 = load i64, i64* %lowStart, align 8
  %328 = getelementptr i64, i64* %regs, i64 6
  store i64 %327, i64* %328, align 8
  %329 = load i64, i64* %lowEnd, align 8
  %330 = getelementptr i64, i64* %regs, i64 7
  store i64 %329, i64* %330, align 8
  %331 = load i64, i64* %highEnd, align 8
  %332 = getelementptr i64, i64* %regs, i64 8
  store i64 %331, i64* %332, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead37:                                           ; No predecessors!
  br label %join36

ok38:                                             ; preds = %join36
  store i64 %324, i64* %319, align 8
  %333 = load i64, i64* %highEnd, align 8
  %334 = call i64 @llvm.umax.i64(i64 %333, i64 %324)
  store i64 %334, i64* %highEnd, align 8
  %335 = trunc i64 %323 to i32
  store i32 %335, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %336 = load i32, i32* %xs.2, align 4
  %337 = zext i32 %336 to i64
  %338 = sub i64 %arena_size, 4
  %339 = icmp sgt i64 %337, %338
  br i1 %339, label %trap17.site0, label %ok39

ok39:                                             ; preds = %ok38
  %340 = getelementptr i8, i8* %mem, i64 %337
  %341 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %341, i8* %340, i64 4, i1 false)
  %342 = load i32, i32* %unaligned40, align 4
  store i32 %342, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead83, %ok41
  %343 = load i32, i32* %list.1, align 4
  %344 = load i32, i32* %len.1, align 4
  %345 = zext i32 %343 to i64
  %346 = add i64 %345, 4
  %347 = icmp uge i64 %345, %scratch_start
  %348 = load i64, i64* %highEnd, align 8
  %349 = icmp ule i64 %346, %348
  %350 = and i1 %347, %349
  %351 = call i1 @llvm.expect.i1(i1 %350, i1 true)
  br i1 %351, label %write.ok86, label %write.low84

each14:                                           ; preds = %join49, %ok39
  %352 = load i64, i64* %fuel, align 8
  %353 = icmp ult i64 %352, 1
  br i1 %353, label %trap14.site0, label %ok41

ok41:                                             ; preds = %each14
  %354 = sub i64 %352, 1
  store i64 %354, i64* %fuel, align 8
  %355 = load i32, i32* %k.1, align 4
  %356 = load i32, i32* %n.1, align 4
  %357 = icmp uge i32 %355, %356
  %358 = zext i1 %357 to i32
  %359 = icmp ne i32 %358, 0
  br i1 %359, label %block13, label %cont42

cont42:                                           ; preds = %ok41
  %360 = load i32, i32* %xs.2, align 4
  %361 = load i32, i32* %k.1, align 4
  %362 = mul i32 %361, 8
  %363 = add i32 %360, %362
  %364 = zext i32 %363 to i64
  %365 = sub i64 %arena_size, 16
  %366 = icmp sgt i64 %364, %365
  br i1 %366, label %trap17.site0, label %ok43

ok43:                                             ; preds = %cont42
  %367 = add i64 %364, 8
  %368 = getelementptr i8, i8* %mem, i64 %367
  %369 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %369, i8* %368, i64 8, i1 false)
  %370 = load i64, i64* %unaligned44, align 8
  store i64 %370, i64* %x.2, align 8
  %371 = load i64, i64* %x.2, align 8
  store i64 %371, i64* %x.3, align 8
  %372 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site9, label %ok45

ok45:                                             ; preds = %ok43
  %373 = icmp eq i64 %372, -9223372036854775808
  %374 = and i1 %373, false
  br i1 %374, label %trap2.site9, label %ok46

trap1.site9:                                      ; preds = %ok43
  %375 = load i64, i64* %lowStart, align 8
  %376 = getelementptr i64, i64* %regs, i64 6
  store i64 %375, i64* %376, align 8
  %377 = load i64, i64* %lowEnd, align 8
  %378 = getelementptr i64, i64* %regs, i64 7
  store i64 %377, i64* %378, align 8
  %379 = load i64, i64* %highEnd, align 8
  %380 = getelementptr i64, i64* %regs, i64 8
  store i64 %379, i64* %380, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok46:                                             ; preds = %ok45
  %381 = srem i64 %372, 2
  %382 = icmp eq i64 %381, 0
  %383 = zext i1 %382 to i32
  %384 = icmp ne i32 %383, 0
  br i1 %384, label %then47, label %else48

trap2.site9:                                      ; preds = %ok45
  %385 = load i64, i64* %lowStart, align 8
  %386 = getelementptr i64, i64* %regs, i64 6
  store i64 %385, i64* %386, align 8
  %387 = load i64, i64* %lowEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 7
  store i64 %387, i64* %388, align 8
  %389 = load i64, i64* %highEnd, align 8
  %390 = getelementptr i64, i64* %regs, i64 8
  store i64 %389, i64* %390, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

then47:                                           ; preds = %ok46
  %391 = load i32, i32* %list.1, align 4
  %392 = load i32, i32* %len.1, align 4
  %393 = mul i32 %392, 4
  %394 = add i32 %391, %393
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %395 = load i64, i64* %hi, align 8
  %396 = load i64, i64* %lo, align 8
  %397 = icmp sgt i64 %395, %396
  %398 = zext i1 %397 to i32
  %399 = icmp ne i32 %398, 0
  br i1 %399, label %then51, label %else52

else48:                                           ; preds = %ok46
  br label %join49

join49:                                           ; preds = %else48, %write.ok80
  %400 = load i32, i32* %k.1, align 4
  %401 = add i32 %400, 1
  store i32 %401, i32* %k.1, align 4
  br label %each14

e20:                                              ; preds = %write.ok75
  %402 = load i32, i32* %result50, align 4
  %403 = zext i32 %394 to i64
  %404 = add i64 %403, 4
  %405 = add i64 %404, 4
  %406 = icmp uge i64 %404, %scratch_start
  %407 = load i64, i64* %highEnd, align 8
  %408 = icmp ule i64 %405, %407
  %409 = and i1 %406, %408
  %410 = call i1 @llvm.expect.i1(i1 %409, i1 true)
  br i1 %410, label %write.ok80, label %write.low78

then51:                                           ; preds = %then47
  %411 = load i64, i64* %hi, align 8
  %412 = load i64, i64* %lo, align 8
  %413 = sub i64 %411, %412
  store i64 %413, i64* %result54, align 8
  br label %join53

else52:                                           ; preds = %then47
  store i64 0, i64* %result54, align 8
  br label %join53

join53:                                           ; preds = %else52, %then51
  %414 = load i64, i64* %result54, align 8
  store i64 %414, i64* %count, align 8
  %415 = load i64, i64* %count, align 8
  %416 = icmp slt i64 %415, 0
  %417 = zext i1 %416 to i32
  %418 = load i64, i64* %count, align 8
  %419 = icmp sgt i64 %418, 2147483647
  %420 = zext i1 %419 to i32
  %421 = or i32 %417, %420
  %422 = icmp ne i32 %421, 0
  br i1 %422, label %then55, label %else56

then55:                                           ; preds = %join53
  br label %trap15.site10

else56:                                           ; preds = %join53
  br label %join57

join57:                                           ; preds = %else56, %dead58
  %423 = load i64, i64* %count, align 8
  %424 = trunc i64 %423 to i32
  %425 = zext i32 %424 to i64
  %426 = mul i64 %425, 8
  %427 = add i64 8, %426
  store i64 %427, i64* %size.2, align 8
  %428 = load i64, i64* %size.2, align 8
  %429 = icmp ugt i64 %428, 2147483647
  %430 = zext i1 %429 to i32
  %431 = icmp ne i32 %430, 0
  br i1 %431, label %then59, label %else60

trap15.site10:                                    ; preds = %then55
  %432 = load i64, i64* %lowStart, align 8
  %433 = getelementptr i64, i64* %regs, i64 6
  store i64 %432, i64* %433, align 8
  %434 = load i64, i64* %lowEnd, align 8
  %435 = getelementptr i64, i64* %regs, i64 7
  store i64 %434, i64* %435, align 8
  %436 = load i64, i64* %highEnd, align 8
  %437 = getelementptr i64, i64* %regs, i64 8
  store i64 %436, i64* %437, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead58:                                           ; No predecessors!
  br label %join57

then59:                                           ; preds = %join57
  br label %trap15.site11

else60:                                           ; preds = %join57
  br label %join61

join61:                                           ; preds = %else60, %dead62
  %438 = load i64, i64* %size.2, align 8
  %439 = trunc i64 %438 to i32
  %440 = zext i32 %439 to i64
  %441 = getelementptr i64, i64* %regs, i64 1
  %442 = getelementptr i64, i64* %regs, i64 2
  %443 = load i64, i64* %441, align 8
  %444 = add i64 %443, 7
  %445 = and i64 %444, -8
  %446 = add i64 %445, %440
  %447 = load i64, i64* %442, align 8
  %448 = icmp ugt i64 %446, %447
  br i1 %448, label %trap15.site11, label %ok63

trap15.site11:                                    ; preds = %join61, %then59
  %449 = load i64, i64* %lowStart, align 8
  %450 = getelementptr i64, i64* %regs, i64 6
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %lowEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 7
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %highEnd, align 8
  %454 = getelementptr i64, i64* %regs, i64 8
  store i64 %453, i64* %454, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead62:                                           ; No predecessors!
  br label %join61

ok63:                                             ; preds = %join61
  store i64 %446, i64* %441, align 8
  %455 = load i64, i64* %highEnd, align 8
  %456 = call i64 @llvm.umax.i64(i64 %455, i64 %446)
  store i64 %456, i64* %highEnd, align 8
  %457 = trunc i64 %445 to i32
  store i32 %457, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %458 = load i64, i64* %lo, align 8
  store i64 %458, i64* %i, align 8
  br label %range24

block23:                                          ; preds = %dead72, %ok64
  %459 = load i32, i32* %list.2, align 4
  %460 = load i32, i32* %len.2, align 4
  %461 = zext i32 %459 to i64
  %462 = add i64 %461, 4
  %463 = icmp uge i64 %461, %scratch_start
  %464 = load i64, i64* %highEnd, align 8
  %465 = icmp ule i64 %462, %464
  %466 = and i1 %463, %465
  %467 = call i1 @llvm.expect.i1(i1 %466, i1 true)
  br i1 %467, label %write.ok75, label %write.low73

range24:                                          ; preds = %write.ok69, %ok63
  %468 = load i64, i64* %fuel, align 8
  %469 = icmp ult i64 %468, 1
  br i1 %469, label %trap14.site0, label %ok64

ok64:                                             ; preds = %range24
  %470 = sub i64 %468, 1
  store i64 %470, i64* %fuel, align 8
  %471 = load i64, i64* %i, align 8
  %472 = load i64, i64* %hi, align 8
  %473 = icmp sge i64 %471, %472
  %474 = zext i1 %473 to i32
  %475 = icmp ne i32 %474, 0
  br i1 %475, label %block23, label %cont65

cont65:                                           ; preds = %ok64
  %476 = load i64, i64* %i, align 8
  store i64 %476, i64* %y, align 8
  %477 = load i32, i32* %list.2, align 4
  %478 = load i32, i32* %len.2, align 4
  %479 = mul i32 %478, 8
  %480 = add i32 %477, %479
  %481 = load i64, i64* %x.3, align 8
  %482 = load i64, i64* %y, align 8
  %483 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %481, i64 %482)
  %484 = extractvalue { i64, i1 } %483, 1
  br i1 %484, label %trap2.site12, label %ok66

ok66:                                             ; preds = %cont65
  %485 = extractvalue { i64, i1 } %483, 0
  %486 = zext i32 %480 to i64
  %487 = add i64 %486, 8
  %488 = add i64 %487, 8
  %489 = icmp uge i64 %487, %scratch_start
  %490 = load i64, i64* %highEnd, align 8
  %491 = icmp ule i64 %488, %490
  %492 = and i1 %489, %491
  %493 = call i1 @llvm.expect.i1(i1 %492, i1 true)
  br i1 %493, label %write.ok69, label %write.low67

trap2.site12:                                     ; preds = %cont65
  %494 = load i64, i64* %lowStart, align 8
  %495 = getelementptr i64, i64* %regs, i64 6
  store i64 %494, i64* %495, align 8
  %496 = load i64, i64* %lowEnd, align 8
  %497 = getelementptr i64, i64* %regs, i64 7
  store i64 %496, i64* %497, align 8
  %498 = load i64, i64* %highEnd, align 8
  %499 = getelementptr i64, i64* %regs, i64 8
  store i64 %498, i64* %499, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

write.low67:                                      ; preds = %ok66
  %500 = load i64, i64* %lowStart, align 8
  %501 = icmp uge i64 %487, %500
  %502 = load i64, i64* %lowEnd, align 8
  %503 = icmp ule i64 %488, %502
  %504 = and i1 %501, %503
  %505 = call i1 @llvm.expect.i1(i1 %504, i1 true)
  br i1 %505, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %506 = icmp ugt i64 %488, %arena_size
  br i1 %506, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %ok66
  %507 = getelementptr i8, i8* %mem, i64 %487
  store i64 %485, i64* %unaligned71, align 8
  %508 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %507, i8* %508, i64 8, i1 false)
  %509 = load i32, i32* %len.2, align 4
  %510 = add i32 %509, 1
  store i32 %510, i32* %len.2, align 4
  %511 = load i64, i64* %i, align 8
  %512 = add i64 %511, 1
  store i64 %512, i64* %i, align 8
  br label %range24

ok70:                                             ; preds = %write.slow68
  %513 = icmp ult i64 %487, %scratch_start
  %514 = load i64, i64* %lowStart, align 8
  %515 = call i64 @llvm.umin.i64(i64 %514, i64 %487)
  %516 = load i64, i64* %lowEnd, align 8
  %517 = load i64, i64* %highEnd, align 8
  %518 = add i64 %488, 64
  %519 = sub i64 %488, %515
  %520 = lshr i64 %519, 4
  %521 = add i64 %518, %520
  %522 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %521)
  %523 = call i64 @llvm.umax.i64(i64 %516, i64 %522)
  %524 = select i1 %513, i64 %523, i64 %516
  store i64 %524, i64* %lowEnd, align 8
  %525 = add i64 %488, 64
  %526 = sub i64 %488, %scratch_start
  %527 = lshr i64 %526, 4
  %528 = add i64 %525, %527
  %529 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %528)
  %530 = call i64 @llvm.umax.i64(i64 %517, i64 %529)
  %531 = select i1 %513, i64 %517, i64 %530
  store i64 %531, i64* %highEnd, align 8
  store i64 %515, i64* %lowStart, align 8
  br label %write.ok69

dead72:                                           ; No predecessors!
  br label %block23

write.low73:                                      ; preds = %block23
  %532 = load i64, i64* %lowStart, align 8
  %533 = icmp uge i64 %461, %532
  %534 = load i64, i64* %lowEnd, align 8
  %535 = icmp ule i64 %462, %534
  %536 = and i1 %533, %535
  %537 = call i1 @llvm.expect.i1(i1 %536, i1 true)
  br i1 %537, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %538 = icmp ugt i64 %462, %arena_size
  br i1 %538, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %block23
  %539 = getelementptr i8, i8* %mem, i64 %461
  store i32 %460, i32* %unaligned77, align 4
  %540 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %539, i8* %540, i64 4, i1 false)
  %541 = load i32, i32* %list.2, align 4
  store i32 %541, i32* %result50, align 4
  br label %e20

ok76:                                             ; preds = %write.slow74
  %542 = icmp ult i64 %461, %scratch_start
  %543 = load i64, i64* %lowStart, align 8
  %544 = call i64 @llvm.umin.i64(i64 %543, i64 %461)
  %545 = load i64, i64* %lowEnd, align 8
  %546 = load i64, i64* %highEnd, align 8
  %547 = add i64 %462, 64
  %548 = sub i64 %462, %544
  %549 = lshr i64 %548, 4
  %550 = add i64 %547, %549
  %551 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %550)
  %552 = call i64 @llvm.umax.i64(i64 %545, i64 %551)
  %553 = select i1 %542, i64 %552, i64 %545
  store i64 %553, i64* %lowEnd, align 8
  %554 = add i64 %462, 64
  %555 = sub i64 %462, %scratch_start
  %556 = lshr i64 %555, 4
  %557 = add i64 %554, %556
  %558 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %557)
  %559 = call i64 @llvm.umax.i64(i64 %546, i64 %558)
  %560 = select i1 %542, i64 %546, i64 %559
  store i64 %560, i64* %highEnd, align 8
  store i64 %544, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %e20
  %561 = load i64, i64* %lowStart, align 8
  %562 = icmp uge i64 %404, %561
  %563 = load i64, i64* %lowEnd, align 8
  %564 = icmp ule i64 %405, %563
  %565 = and i1 %562, %564
  %566 = call i1 @llvm.expect.i1(i1 %565, i1 true)
  br i1 %566, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %567 = icmp ugt i64 %405, %arena_size
  br i1 %567, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e20
  %568 = getelementptr i8, i8* %mem, i64 %404
  store i32 %402, i32* %unaligned82, align 4
  %569 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %568, i8* %569, i64 4, i1 false)
  %570 = load i32, i32* %len.1, align 4
  %571 = add i32 %570, 1
  store i32 %571, i32* %len.1, align 4
  br label %join49

ok81:                                             ; preds = %write.slow79
  %572 = icmp ult i64 %404, %scratch_start
  %573 = load i64, i64* %lowStart, align 8
  %574 = call i64 @llvm.umin.i64(i64 %573, i64 %404)
  %575 = load i64, i64* %lowEnd, align 8
  %576 = load i64, i64* %highEnd, align 8
  %577 = add i64 %405, 64
  %578 = sub i64 %405, %574
  %579 = lshr i64 %578, 4
  %580 = add i64 %577, %579
  %581 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %580)
  %582 = call i64 @llvm.umax.i64(i64 %575, i64 %581)
  %583 = select i1 %572, i64 %582, i64 %575
  store i64 %583, i64* %lowEnd, align 8
  %584 = add i64 %405, 64
  %585 = sub i64 %405, %scratch_start
  %586 = lshr i64 %585, 4
  %587 = add i64 %584, %586
  %588 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %587)
  %589 = call i64 @llvm.umax.i64(i64 %576, i64 %588)
  %590 = select i1 %572, i64 %576, i64 %589
  store i64 %590, i64* %highEnd, align 8
  store i64 %574, i64* %lowStart, align 8
  br label %write.ok80

dead83:                                           ; No predecessors!
  br label %block13

write.low84:                                      ; preds = %block13
  %591 = load i64, i64* %lowStart, align 8
  %592 = icmp uge i64 %345, %591
  %593 = load i64, i64* %lowEnd, align 8
  %594 = icmp ule i64 %346, %593
  %595 = and i1 %592, %594
  %596 = call i1 @llvm.expect.i1(i1 %595, i1 true)
  br i1 %596, label %write.ok86, label %write.slow85

write.slow85:                                     ; preds = %write.low84
  %597 = icmp ugt i64 %346, %arena_size
  br i1 %597, label %trap17.site0, label %ok87

write.ok86:                                       ; preds = %ok87, %write.low84, %block13
  %598 = getelementptr i8, i8* %mem, i64 %345
  store i32 %344, i32* %unaligned88, align 4
  %599 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %598, i8* %599, i64 4, i1 false)
  %600 = load i32, i32* %list.1, align 4
  store i32 %600, i32* %result31, align 4
  br label %e11

ok87:                                             ; preds = %write.slow85
  %601 = icmp ult i64 %345, %scratch_start
  %602 = load i64, i64* %lowStart, align 8
  %603 = call i64 @llvm.umin.i64(i64 %602, i64 %345)
  %604 = load i64, i64* %lowEnd, align 8
  %605 = load i64, i64* %highEnd, align 8
  %606 = add i64 %346, 64
  %607 = sub i64 %346, %603
  %608 = lshr i64 %607, 4
  %609 = add i64 %606, %608
  %610 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %609)
  %611 = call i64 @llvm.umax.i64(i64 %604, i64 %610)
  %612 = select i1 %601, i64 %611, i64 %604
  store i64 %612, i64* %lowEnd, align 8
  %613 = add i64 %346, 64
  %614 = sub i64 %346, %scratch_start
  %615 = lshr i64 %614, 4
  %616 = add i64 %613, %615
  %617 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %616)
  %618 = call i64 @llvm.umax.i64(i64 %605, i64 %617)
  %619 = select i1 %601, i64 %605, i64 %618
  store i64 %619, i64* %highEnd, align 8
  store i64 %603, i64* %lowStart, align 8
  br label %write.ok86

write.low89:                                      ; preds = %e11
  %620 = load i64, i64* %lowStart, align 8
  %621 = icmp uge i64 %299, %620
  %622 = load i64, i64* %lowEnd, align 8
  %623 = icmp ule i64 %300, %622
  %624 = and i1 %621, %623
  %625 = call i1 @llvm.expect.i1(i1 %624, i1 true)
  br i1 %625, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %626 = icmp ugt i64 %300, %arena_size
  br i1 %626, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %e11
  %627 = getelementptr i8, i8* %mem, i64 %299
  store i32 %297, i32* %unaligned93, align 4
  %628 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %627, i8* %628, i64 4, i1 false)
  store i64 0, i64* %item, align 8
  %629 = load i32, i32* %xs, align 4
  store i32 %629, i32* %spread, align 4
  %630 = load i32, i32* %xs, align 4
  store i32 %630, i32* %xs.3, align 4
  %631 = load i32, i32* %xs.3, align 4
  %632 = zext i32 %631 to i64
  %633 = sub i64 %arena_size, 4
  %634 = icmp sgt i64 %632, %633
  br i1 %634, label %trap17.site0, label %ok96

ok92:                                             ; preds = %write.slow90
  %635 = icmp ult i64 %299, %scratch_start
  %636 = load i64, i64* %lowStart, align 8
  %637 = call i64 @llvm.umin.i64(i64 %636, i64 %299)
  %638 = load i64, i64* %lowEnd, align 8
  %639 = load i64, i64* %highEnd, align 8
  %640 = add i64 %300, 64
  %641 = sub i64 %300, %637
  %642 = lshr i64 %641, 4
  %643 = add i64 %640, %642
  %644 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %643)
  %645 = call i64 @llvm.umax.i64(i64 %638, i64 %644)
  %646 = select i1 %635, i64 %645, i64 %638
  store i64 %646, i64* %lowEnd, align 8
  %647 = add i64 %300, 64
  %648 = sub i64 %300, %scratch_start
  %649 = lshr i64 %648, 4
  %650 = add i64 %647, %649
  %651 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %650)
  %652 = call i64 @llvm.umax.i64(i64 %639, i64 %651)
  %653 = select i1 %635, i64 %639, i64 %652
  store i64 %653, i64* %highEnd, align 8
  store i64 %637, i64* %lowStart, align 8
  br label %write.ok91

e28:                                              ; preds = %write.ok151
  %654 = load i32, i32* %result94, align 4
  store i32 %654, i32* %spliced, align 4
  %655 = load i32, i32* %dict, align 4
  %656 = load i32, i32* %spliced, align 4
  %657 = zext i32 %655 to i64
  %658 = add i64 %657, 8
  %659 = add i64 %658, 4
  %660 = icmp uge i64 %658, %scratch_start
  %661 = load i64, i64* %highEnd, align 8
  %662 = icmp ule i64 %659, %661
  %663 = and i1 %660, %662
  %664 = call i1 @llvm.expect.i1(i1 %663, i1 true)
  br i1 %664, label %write.ok156, label %write.low154

e31:                                              ; preds = %write.ok118
  %665 = load i32, i32* %result95, align 4
  store i32 %665, i32* %spread.1, align 4
  %666 = load i32, i32* %spread, align 4
  %667 = zext i32 %666 to i64
  %668 = sub i64 %arena_size, 4
  %669 = icmp sgt i64 %667, %668
  br i1 %669, label %trap17.site0, label %ok121

ok96:                                             ; preds = %write.ok91
  %670 = getelementptr i8, i8* %mem, i64 %632
  %671 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %671, i8* %670, i64 4, i1 false)
  %672 = load i32, i32* %unaligned97, align 4
  %673 = zext i32 %672 to i64
  %674 = mul i64 %673, 8
  %675 = add i64 8, %674
  store i64 %675, i64* %size.3, align 8
  %676 = load i64, i64* %size.3, align 8
  %677 = icmp ugt i64 %676, 2147483647
  %678 = zext i1 %677 to i32
  %679 = icmp ne i32 %678, 0
  br i1 %679, label %then98, label %else99

then98:                                           ; preds = %ok96
  br label %trap15.site14

else99:                                           ; preds = %ok96
  br label %join100

join100:                                          ; preds = %else99, %dead101
  %680 = load i64, i64* %size.3, align 8
  %681 = trunc i64 %680 to i32
  %682 = zext i32 %681 to i64
  %683 = getelementptr i64, i64* %regs, i64 1
  %684 = getelementptr i64, i64* %regs, i64 2
  %685 = load i64, i64* %683, align 8
  %686 = add i64 %685, 7
  %687 = and i64 %686, -8
  %688 = add i64 %687, %682
  %689 = load i64, i64* %684, align 8
  %690 = icmp ugt i64 %688, %689
  br i1 %690, label %trap15.site14, label %ok102

trap15.site14:                                    ; preds = %join100, %then98
  %691 = load i64, i64* %lowStart, align 8
  %692 = getelementptr i64, i64* %regs, i64 6
  store i64 %691, i64* %692, align 8
  %693 = load i64, i64* %lowEnd, align 8
  %694 = getelementptr i64, i64* %regs, i64 7
  store i64 %693, i64* %694, align 8
  %695 = load i64, i64* %highEnd, align 8
  %696 = getelementptr i64, i64* %regs, i64 8
  store i64 %695, i64* %696, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead101:                                          ; No predecessors!
  br label %join100

ok102:                                            ; preds = %join100
  store i64 %688, i64* %683, align 8
  %697 = load i64, i64* %highEnd, align 8
  %698 = call i64 @llvm.umax.i64(i64 %697, i64 %688)
  store i64 %698, i64* %highEnd, align 8
  %699 = trunc i64 %687 to i32
  store i32 %699, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %700 = load i32, i32* %xs.3, align 4
  %701 = zext i32 %700 to i64
  %702 = sub i64 %arena_size, 4
  %703 = icmp sgt i64 %701, %702
  br i1 %703, label %trap17.site0, label %ok103

ok103:                                            ; preds = %ok102
  %704 = getelementptr i8, i8* %mem, i64 %701
  %705 = bitcast i32* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %705, i8* %704, i64 4, i1 false)
  %706 = load i32, i32* %unaligned104, align 4
  store i32 %706, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each34

block33:                                          ; preds = %dead115, %ok105
  %707 = load i32, i32* %list.3, align 4
  %708 = load i32, i32* %len.3, align 4
  %709 = zext i32 %707 to i64
  %710 = add i64 %709, 4
  %711 = icmp uge i64 %709, %scratch_start
  %712 = load i64, i64* %highEnd, align 8
  %713 = icmp ule i64 %710, %712
  %714 = and i1 %711, %713
  %715 = call i1 @llvm.expect.i1(i1 %714, i1 true)
  br i1 %715, label %write.ok118, label %write.low116

each34:                                           ; preds = %write.ok112, %ok103
  %716 = load i64, i64* %fuel, align 8
  %717 = icmp ult i64 %716, 1
  br i1 %717, label %trap14.site0, label %ok105

ok105:                                            ; preds = %each34
  %718 = sub i64 %716, 1
  store i64 %718, i64* %fuel, align 8
  %719 = load i32, i32* %k.2, align 4
  %720 = load i32, i32* %n.2, align 4
  %721 = icmp uge i32 %719, %720
  %722 = zext i1 %721 to i32
  %723 = icmp ne i32 %722, 0
  br i1 %723, label %block33, label %cont106

cont106:                                          ; preds = %ok105
  %724 = load i32, i32* %xs.3, align 4
  %725 = load i32, i32* %k.2, align 4
  %726 = mul i32 %725, 8
  %727 = add i32 %724, %726
  %728 = zext i32 %727 to i64
  %729 = sub i64 %arena_size, 16
  %730 = icmp sgt i64 %728, %729
  br i1 %730, label %trap17.site0, label %ok107

ok107:                                            ; preds = %cont106
  %731 = add i64 %728, 8
  %732 = getelementptr i8, i8* %mem, i64 %731
  %733 = bitcast i64* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %733, i8* %732, i64 8, i1 false)
  %734 = load i64, i64* %unaligned108, align 8
  store i64 %734, i64* %x.4, align 8
  %735 = load i64, i64* %x.4, align 8
  store i64 %735, i64* %x.5, align 8
  %736 = load i32, i32* %list.3, align 4
  %737 = load i32, i32* %len.3, align 4
  %738 = mul i32 %737, 8
  %739 = add i32 %736, %738
  %740 = load i64, i64* %x.5, align 8
  %741 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %740, i64 10)
  %742 = extractvalue { i64, i1 } %741, 1
  br i1 %742, label %trap2.site15, label %ok109

ok109:                                            ; preds = %ok107
  %743 = extractvalue { i64, i1 } %741, 0
  %744 = zext i32 %739 to i64
  %745 = add i64 %744, 8
  %746 = add i64 %745, 8
  %747 = icmp uge i64 %745, %scratch_start
  %748 = load i64, i64* %highEnd, align 8
  %749 = icmp ule i64 %746, %748
  %750 = and i1 %747, %749
  %751 = call i1 @llvm.expect.i1(i1 %750, i1 true)
  br i1 %751, label %write.ok112, label %write.low110

trap2.site15:                                     ; preds = %ok107
  %752 = load i64, i64* %lowStart, align 8
  %753 = getelementptr i64, i64* %regs, i64 6
  store i64 %752, i64* %753, align 8
  %754 = load i64, i64* %lowEnd, align 8
  %755 = getelementptr i64, i64* %regs, i64 7
  store i64 %754, i64* %755, align 8
  %756 = load i64, i64* %highEnd, align 8
  %757 = getelementptr i64, i64* %regs, i64 8
  store i64 %756, i64* %757, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

write.low110:                                     ; preds = %ok109
  %758 = load i64, i64* %lowStart, align 8
  %759 = icmp uge i64 %745, %758
  %760 = load i64, i64* %lowEnd, align 8
  %761 = icmp ule i64 %746, %760
  %762 = and i1 %759, %761
  %763 = call i1 @llvm.expect.i1(i1 %762, i1 true)
  br i1 %763, label %write.ok112, label %write.slow111

write.slow111:                                    ; preds = %write.low110
  %764 = icmp ugt i64 %746, %arena_size
  br i1 %764, label %trap17.site0, label %ok113

write.ok112:                                      ; preds = %ok113, %write.low110, %ok109
  %765 = getelementptr i8, i8* %mem, i64 %745
  store i64 %743, i64* %unaligned114, align 8
  %766 = bitcast i64* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %765, i8* %766, i64 8, i1 false)
  %767 = load i32, i32* %len.3, align 4
  %768 = add i32 %767, 1
  store i32 %768, i32* %len.3, align 4
  %769 = load i32, i32* %k.2, align 4
  %770 = add i32 %769, 1
  store i32 %770, i32* %k.2, align 4
  br label %each34

ok113:                                            ; preds = %write.slow111
  %771 = icmp ult i64 %745, %scratch_start
  %772 = load i64, i64* %lowStart, align 8
  %773 = call i64 @llvm.umin.i64(i64 %772, i64 %745)
  %774 = load i64, i64* %lowEnd, align 8
  %775 = load i64, i64* %highEnd, align 8
  %776 = add i64 %746, 64
  %777 = sub i64 %746, %773
  %778 = lshr i64 %777, 4
  %779 = add i64 %776, %778
  %780 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %779)
  %781 = call i64 @llvm.umax.i64(i64 %774, i64 %780)
  %782 = select i1 %771, i64 %781, i64 %774
  store i64 %782, i64* %lowEnd, align 8
  %783 = add i64 %746, 64
  %784 = sub i64 %746, %scratch_start
  %785 = lshr i64 %784, 4
  %786 = add i64 %783, %785
  %787 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %786)
  %788 = call i64 @llvm.umax.i64(i64 %775, i64 %787)
  %789 = select i1 %771, i64 %775, i64 %788
  store i64 %789, i64* %highEnd, align 8
  store i64 %773, i64* %lowStart, align 8
  br label %write.ok112

dead115:                                          ; No predecessors!
  br label %block33

write.low116:                                     ; preds = %block33
  %790 = load i64, i64* %lowStart, align 8
  %791 = icmp uge i64 %709, %790
  %792 = load i64, i64* %lowEnd, align 8
  %793 = icmp ule i64 %710, %792
  %794 = and i1 %791, %793
  %795 = call i1 @llvm.expect.i1(i1 %794, i1 true)
  br i1 %795, label %write.ok118, label %write.slow117

write.slow117:                                    ; preds = %write.low116
  %796 = icmp ugt i64 %710, %arena_size
  br i1 %796, label %trap17.site0, label %ok119

write.ok118:                                      ; preds = %ok119, %write.low116, %block33
  %797 = getelementptr i8, i8* %mem, i64 %709
  store i32 %708, i32* %unaligned120, align 4
  %798 = bitcast i32* %unaligned120 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %797, i8* %798, i64 4, i1 false)
  %799 = load i32, i32* %list.3, align 4
  store i32 %799, i32* %result95, align 4
  br label %e31

ok119:                                            ; preds = %write.slow117
  %800 = icmp ult i64 %709, %scratch_start
  %801 = load i64, i64* %lowStart, align 8
  %802 = call i64 @llvm.umin.i64(i64 %801, i64 %709)
  %803 = load i64, i64* %lowEnd, align 8
  %804 = load i64, i64* %highEnd, align 8
  %805 = add i64 %710, 64
  %806 = sub i64 %710, %802
  %807 = lshr i64 %806, 4
  %808 = add i64 %805, %807
  %809 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %808)
  %810 = call i64 @llvm.umax.i64(i64 %803, i64 %809)
  %811 = select i1 %800, i64 %810, i64 %803
  store i64 %811, i64* %lowEnd, align 8
  %812 = add i64 %710, 64
  %813 = sub i64 %710, %scratch_start
  %814 = lshr i64 %813, 4
  %815 = add i64 %812, %814
  %816 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %815)
  %817 = call i64 @llvm.umax.i64(i64 %804, i64 %816)
  %818 = select i1 %800, i64 %804, i64 %817
  store i64 %818, i64* %highEnd, align 8
  store i64 %802, i64* %lowStart, align 8
  br label %write.ok118

ok121:                                            ; preds = %e31
  %819 = getelementptr i8, i8* %mem, i64 %667
  %820 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %820, i8* %819, i64 4, i1 false)
  %821 = load i32, i32* %unaligned122, align 4
  %822 = add i32 1, %821
  %823 = load i32, i32* %spread.1, align 4
  %824 = zext i32 %823 to i64
  %825 = sub i64 %arena_size, 4
  %826 = icmp sgt i64 %824, %825
  br i1 %826, label %trap17.site0, label %ok123

ok123:                                            ; preds = %ok121
  %827 = getelementptr i8, i8* %mem, i64 %824
  %828 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %828, i8* %827, i64 4, i1 false)
  %829 = load i32, i32* %unaligned124, align 4
  %830 = add i32 %822, %829
  %831 = zext i32 %830 to i64
  %832 = mul i64 %831, 8
  %833 = add i64 8, %832
  store i64 %833, i64* %size.4, align 8
  %834 = load i64, i64* %size.4, align 8
  %835 = icmp ugt i64 %834, 2147483647
  %836 = zext i1 %835 to i32
  %837 = icmp ne i32 %836, 0
  br i1 %837, label %then125, label %else126

then125:                                          ; preds = %ok123
  br label %trap15.site13

else126:                                          ; preds = %ok123
  br label %join127

join127:                                          ; preds = %else126, %dead128
  %838 = load i64, i64* %size.4, align 8
  %839 = trunc i64 %838 to i32
  %840 = zext i32 %839 to i64
  %841 = getelementptr i64, i64* %regs, i64 1
  %842 = getelementptr i64, i64* %regs, i64 2
  %843 = load i64, i64* %841, align 8
  %844 = add i64 %843, 7
  %845 = and i64 %844, -8
  %846 = add i64 %845, %840
  %847 = load i64, i64* %842, align 8
  %848 = icmp ugt i64 %846, %847
  br i1 %848, label %trap15.site13, label %ok129

trap15.site13:                                    ; preds = %join127, %then125
  %849 = load i64, i64* %lowStart, align 8
  %850 = getelementptr i64, i64* %regs, i64 6
  store i64 %849, i64* %850, align 8
  %851 = load i64, i64* %lowEnd, align 8
  %852 = getelementptr i64, i64* %regs, i64 7
  store i64 %851, i64* %852, align 8
  %853 = load i64, i64* %highEnd, align 8
  %854 = getelementptr i64, i64* %regs, i64 8
  store i64 %853, i64* %854, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead128:                                          ; No predecessors!
  br label %join127

ok129:                                            ; preds = %join127
  store i64 %846, i64* %841, align 8
  %855 = load i64, i64* %highEnd, align 8
  %856 = call i64 @llvm.umax.i64(i64 %855, i64 %846)
  store i64 %856, i64* %highEnd, align 8
  %857 = trunc i64 %845 to i32
  store i32 %857, i32* %list.4, align 4
  store i32 0, i32* %len.4, align 4
  %858 = load i32, i32* %list.4, align 4
  %859 = add i32 %858, 8
  %860 = load i32, i32* %len.4, align 4
  %861 = mul i32 %860, 8
  %862 = add i32 %859, %861
  %863 = load i64, i64* %item, align 8
  %864 = zext i32 %862 to i64
  %865 = add i64 %864, 8
  %866 = icmp uge i64 %864, %scratch_start
  %867 = load i64, i64* %highEnd, align 8
  %868 = icmp ule i64 %865, %867
  %869 = and i1 %866, %868
  %870 = call i1 @llvm.expect.i1(i1 %869, i1 true)
  br i1 %870, label %write.ok132, label %write.low130

write.low130:                                     ; preds = %ok129
  %871 = load i64, i64* %lowStart, align 8
  %872 = icmp uge i64 %864, %871
  %873 = load i64, i64* %lowEnd, align 8
  %874 = icmp ule i64 %865, %873
  %875 = and i1 %872, %874
  %876 = call i1 @llvm.expect.i1(i1 %875, i1 true)
  br i1 %876, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %877 = icmp ugt i64 %865, %arena_size
  br i1 %877, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %ok129
  %878 = getelementptr i8, i8* %mem, i64 %864
  store i64 %863, i64* %unaligned134, align 8
  %879 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %878, i8* %879, i64 8, i1 false)
  %880 = load i32, i32* %len.4, align 4
  %881 = add i32 %880, 1
  store i32 %881, i32* %len.4, align 4
  %882 = load i32, i32* %spread, align 4
  %883 = zext i32 %882 to i64
  %884 = sub i64 %arena_size, 4
  %885 = icmp sgt i64 %883, %884
  br i1 %885, label %trap17.site0, label %ok135

ok133:                                            ; preds = %write.slow131
  %886 = icmp ult i64 %864, %scratch_start
  %887 = load i64, i64* %lowStart, align 8
  %888 = call i64 @llvm.umin.i64(i64 %887, i64 %864)
  %889 = load i64, i64* %lowEnd, align 8
  %890 = load i64, i64* %highEnd, align 8
  %891 = add i64 %865, 64
  %892 = sub i64 %865, %888
  %893 = lshr i64 %892, 4
  %894 = add i64 %891, %893
  %895 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %894)
  %896 = call i64 @llvm.umax.i64(i64 %889, i64 %895)
  %897 = select i1 %886, i64 %896, i64 %889
  store i64 %897, i64* %lowEnd, align 8
  %898 = add i64 %865, 64
  %899 = sub i64 %865, %scratch_start
  %900 = lshr i64 %899, 4
  %901 = add i64 %898, %900
  %902 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %901)
  %903 = call i64 @llvm.umax.i64(i64 %890, i64 %902)
  %904 = select i1 %886, i64 %890, i64 %903
  store i64 %904, i64* %highEnd, align 8
  store i64 %888, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %905 = getelementptr i8, i8* %mem, i64 %883
  %906 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %906, i8* %905, i64 4, i1 false)
  %907 = load i32, i32* %unaligned136, align 4
  store i32 %907, i32* %slen, align 4
  %908 = load i32, i32* %list.4, align 4
  %909 = add i32 %908, 8
  %910 = load i32, i32* %len.4, align 4
  %911 = mul i32 %910, 8
  %912 = add i32 %909, %911
  %913 = load i32, i32* %spread, align 4
  %914 = add i32 %913, 8
  %915 = load i32, i32* %slen, align 4
  %916 = mul i32 %915, 8
  %917 = zext i32 %916 to i64
  %918 = zext i32 %914 to i64
  %919 = add i64 %918, %917
  %920 = icmp ugt i64 %919, %arena_size
  br i1 %920, label %trap17.site13, label %ok137

ok137:                                            ; preds = %ok135
  %921 = zext i32 %912 to i64
  %922 = add i64 %921, %917
  %923 = icmp uge i64 %921, %scratch_start
  %924 = load i64, i64* %highEnd, align 8
  %925 = icmp ule i64 %922, %924
  %926 = and i1 %923, %925
  %927 = call i1 @llvm.expect.i1(i1 %926, i1 true)
  br i1 %927, label %write.ok140, label %write.low138

trap17.site13:                                    ; preds = %write.slow146, %ok142, %write.slow139, %ok135
  %928 = load i64, i64* %lowStart, align 8
  %929 = getelementptr i64, i64* %regs, i64 6
  store i64 %928, i64* %929, align 8
  %930 = load i64, i64* %lowEnd, align 8
  %931 = getelementptr i64, i64* %regs, i64 7
  store i64 %930, i64* %931, align 8
  %932 = load i64, i64* %highEnd, align 8
  %933 = getelementptr i64, i64* %regs, i64 8
  store i64 %932, i64* %933, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

write.low138:                                     ; preds = %ok137
  %934 = load i64, i64* %lowStart, align 8
  %935 = icmp uge i64 %921, %934
  %936 = load i64, i64* %lowEnd, align 8
  %937 = icmp ule i64 %922, %936
  %938 = and i1 %935, %937
  %939 = call i1 @llvm.expect.i1(i1 %938, i1 true)
  br i1 %939, label %write.ok140, label %write.slow139

write.slow139:                                    ; preds = %write.low138
  %940 = icmp ugt i64 %922, %arena_size
  br i1 %940, label %trap17.site13, label %ok141

write.ok140:                                      ; preds = %ok141, %write.low138, %ok137
  %941 = getelementptr i8, i8* %mem, i64 %921
  %942 = getelementptr i8, i8* %mem, i64 %918
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %941, i8* %942, i64 %917, i1 false)
  %943 = load i32, i32* %len.4, align 4
  %944 = load i32, i32* %slen, align 4
  %945 = add i32 %943, %944
  store i32 %945, i32* %len.4, align 4
  %946 = load i32, i32* %spread.1, align 4
  %947 = zext i32 %946 to i64
  %948 = sub i64 %arena_size, 4
  %949 = icmp sgt i64 %947, %948
  br i1 %949, label %trap17.site0, label %ok142

ok141:                                            ; preds = %write.slow139
  %950 = icmp ult i64 %921, %scratch_start
  %951 = load i64, i64* %lowStart, align 8
  %952 = call i64 @llvm.umin.i64(i64 %951, i64 %921)
  %953 = load i64, i64* %lowEnd, align 8
  %954 = load i64, i64* %highEnd, align 8
  %955 = add i64 %922, 64
  %956 = sub i64 %922, %952
  %957 = lshr i64 %956, 4
  %958 = add i64 %955, %957
  %959 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %958)
  %960 = call i64 @llvm.umax.i64(i64 %953, i64 %959)
  %961 = select i1 %950, i64 %960, i64 %953
  store i64 %961, i64* %lowEnd, align 8
  %962 = add i64 %922, 64
  %963 = sub i64 %922, %scratch_start
  %964 = lshr i64 %963, 4
  %965 = add i64 %962, %964
  %966 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %965)
  %967 = call i64 @llvm.umax.i64(i64 %954, i64 %966)
  %968 = select i1 %950, i64 %954, i64 %967
  store i64 %968, i64* %highEnd, align 8
  store i64 %952, i64* %lowStart, align 8
  br label %write.ok140

ok142:                                            ; preds = %write.ok140
  %969 = getelementptr i8, i8* %mem, i64 %947
  %970 = bitcast i32* %unaligned143 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %970, i8* %969, i64 4, i1 false)
  %971 = load i32, i32* %unaligned143, align 4
  store i32 %971, i32* %slen.1, align 4
  %972 = load i32, i32* %list.4, align 4
  %973 = add i32 %972, 8
  %974 = load i32, i32* %len.4, align 4
  %975 = mul i32 %974, 8
  %976 = add i32 %973, %975
  %977 = load i32, i32* %spread.1, align 4
  %978 = add i32 %977, 8
  %979 = load i32, i32* %slen.1, align 4
  %980 = mul i32 %979, 8
  %981 = zext i32 %980 to i64
  %982 = zext i32 %978 to i64
  %983 = add i64 %982, %981
  %984 = icmp ugt i64 %983, %arena_size
  br i1 %984, label %trap17.site13, label %ok144

ok144:                                            ; preds = %ok142
  %985 = zext i32 %976 to i64
  %986 = add i64 %985, %981
  %987 = icmp uge i64 %985, %scratch_start
  %988 = load i64, i64* %highEnd, align 8
  %989 = icmp ule i64 %986, %988
  %990 = and i1 %987, %989
  %991 = call i1 @llvm.expect.i1(i1 %990, i1 true)
  br i1 %991, label %write.ok147, label %write.low145

write.low145:                                     ; preds = %ok144
  %992 = load i64, i64* %lowStart, align 8
  %993 = icmp uge i64 %985, %992
  %994 = load i64, i64* %lowEnd, align 8
  %995 = icmp ule i64 %986, %994
  %996 = and i1 %993, %995
  %997 = call i1 @llvm.expect.i1(i1 %996, i1 true)
  br i1 %997, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %998 = icmp ugt i64 %986, %arena_size
  br i1 %998, label %trap17.site13, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %ok144
  %999 = getelementptr i8, i8* %mem, i64 %985
  %1000 = getelementptr i8, i8* %mem, i64 %982
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %999, i8* %1000, i64 %981, i1 false)
  %1001 = load i32, i32* %len.4, align 4
  %1002 = load i32, i32* %slen.1, align 4
  %1003 = add i32 %1001, %1002
  store i32 %1003, i32* %len.4, align 4
  %1004 = load i32, i32* %list.4, align 4
  %1005 = load i32, i32* %len.4, align 4
  %1006 = zext i32 %1004 to i64
  %1007 = add i64 %1006, 4
  %1008 = icmp uge i64 %1006, %scratch_start
  %1009 = load i64, i64* %highEnd, align 8
  %1010 = icmp ule i64 %1007, %1009
  %1011 = and i1 %1008, %1010
  %1012 = call i1 @llvm.expect.i1(i1 %1011, i1 true)
  br i1 %1012, label %write.ok151, label %write.low149

ok148:                                            ; preds = %write.slow146
  %1013 = icmp ult i64 %985, %scratch_start
  %1014 = load i64, i64* %lowStart, align 8
  %1015 = call i64 @llvm.umin.i64(i64 %1014, i64 %985)
  %1016 = load i64, i64* %lowEnd, align 8
  %1017 = load i64, i64* %highEnd, align 8
  %1018 = add i64 %986, 64
  %1019 = sub i64 %986, %1015
  %1020 = lshr i64 %1019, 4
  %1021 = add i64 %1018, %1020
  %1022 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1021)
  %1023 = call i64 @llvm.umax.i64(i64 %1016, i64 %1022)
  %1024 = select i1 %1013, i64 %1023, i64 %1016
  store i64 %1024, i64* %lowEnd, align 8
  %1025 = add i64 %986, 64
  %1026 = sub i64 %986, %scratch_start
  %1027 = lshr i64 %1026, 4
  %1028 = add i64 %1025, %1027
  %1029 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1028)
  %1030 = call i64 @llvm.umax.i64(i64 %1017, i64 %1029)
  %1031 = select i1 %1013, i64 %1017, i64 %1030
  store i64 %1031, i64* %highEnd, align 8
  store i64 %1015, i64* %lowStart, align 8
  br label %write.ok147

write.low149:                                     ; preds = %write.ok147
  %1032 = load i64, i64* %lowStart, align 8
  %1033 = icmp uge i64 %1006, %1032
  %1034 = load i64, i64* %lowEnd, align 8
  %1035 = icmp ule i64 %1007, %1034
  %1036 = and i1 %1033, %1035
  %1037 = call i1 @llvm.expect.i1(i1 %1036, i1 true)
  br i1 %1037, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %1038 = icmp ugt i64 %1007, %arena_size
  br i1 %1038, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %write.ok147
  %1039 = getelementptr i8, i8* %mem, i64 %1006
  store i32 %1005, i32* %unaligned153, align 4
  %1040 = bitcast i32* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1039, i8* %1040, i64 4, i1 false)
  %1041 = load i32, i32* %list.4, align 4
  store i32 %1041, i32* %result94, align 4
  br label %e28

ok152:                                            ; preds = %write.slow150
  %1042 = icmp ult i64 %1006, %scratch_start
  %1043 = load i64, i64* %lowStart, align 8
  %1044 = call i64 @llvm.umin.i64(i64 %1043, i64 %1006)
  %1045 = load i64, i64* %lowEnd, align 8
  %1046 = load i64, i64* %highEnd, align 8
  %1047 = add i64 %1007, 64
  %1048 = sub i64 %1007, %1044
  %1049 = lshr i64 %1048, 4
  %1050 = add i64 %1047, %1049
  %1051 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1050)
  %1052 = call i64 @llvm.umax.i64(i64 %1045, i64 %1051)
  %1053 = select i1 %1042, i64 %1052, i64 %1045
  store i64 %1053, i64* %lowEnd, align 8
  %1054 = add i64 %1007, 64
  %1055 = sub i64 %1007, %scratch_start
  %1056 = lshr i64 %1055, 4
  %1057 = add i64 %1054, %1056
  %1058 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1057)
  %1059 = call i64 @llvm.umax.i64(i64 %1046, i64 %1058)
  %1060 = select i1 %1042, i64 %1046, i64 %1059
  store i64 %1060, i64* %highEnd, align 8
  store i64 %1044, i64* %lowStart, align 8
  br label %write.ok151

write.low154:                                     ; preds = %e28
  %1061 = load i64, i64* %lowStart, align 8
  %1062 = icmp uge i64 %658, %1061
  %1063 = load i64, i64* %lowEnd, align 8
  %1064 = icmp ule i64 %659, %1063
  %1065 = and i1 %1062, %1064
  %1066 = call i1 @llvm.expect.i1(i1 %1065, i1 true)
  br i1 %1066, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %1067 = icmp ugt i64 %659, %arena_size
  br i1 %1067, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %e28
  %1068 = getelementptr i8, i8* %mem, i64 %658
  store i32 %656, i32* %unaligned158, align 4
  %1069 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1068, i8* %1069, i64 4, i1 false)
  %1070 = load i32, i32* %xs, align 4
  store i32 %1070, i32* %xs.4, align 4
  %1071 = load i32, i32* %xs.4, align 4
  %1072 = zext i32 %1071 to i64
  %1073 = sub i64 %arena_size, 4
  %1074 = icmp sgt i64 %1072, %1073
  br i1 %1074, label %trap17.site0, label %ok160

ok157:                                            ; preds = %write.slow155
  %1075 = icmp ult i64 %658, %scratch_start
  %1076 = load i64, i64* %lowStart, align 8
  %1077 = call i64 @llvm.umin.i64(i64 %1076, i64 %658)
  %1078 = load i64, i64* %lowEnd, align 8
  %1079 = load i64, i64* %highEnd, align 8
  %1080 = add i64 %659, 64
  %1081 = sub i64 %659, %1077
  %1082 = lshr i64 %1081, 4
  %1083 = add i64 %1080, %1082
  %1084 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1083)
  %1085 = call i64 @llvm.umax.i64(i64 %1078, i64 %1084)
  %1086 = select i1 %1075, i64 %1085, i64 %1078
  store i64 %1086, i64* %lowEnd, align 8
  %1087 = add i64 %659, 64
  %1088 = sub i64 %659, %scratch_start
  %1089 = lshr i64 %1088, 4
  %1090 = add i64 %1087, %1089
  %1091 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1090)
  %1092 = call i64 @llvm.umax.i64(i64 %1079, i64 %1091)
  %1093 = select i1 %1075, i64 %1079, i64 %1092
  store i64 %1093, i64* %highEnd, align 8
  store i64 %1077, i64* %lowStart, align 8
  br label %write.ok156

e38:                                              ; preds = %write.ok194
  %1094 = load i32, i32* %result159, align 4
  store i32 %1094, i32* %records, align 4
  %1095 = load i32, i32* %dict, align 4
  %1096 = load i32, i32* %records, align 4
  %1097 = zext i32 %1095 to i64
  %1098 = add i64 %1097, 12
  %1099 = add i64 %1098, 4
  %1100 = icmp uge i64 %1098, %scratch_start
  %1101 = load i64, i64* %highEnd, align 8
  %1102 = icmp ule i64 %1099, %1101
  %1103 = and i1 %1100, %1102
  %1104 = call i1 @llvm.expect.i1(i1 %1103, i1 true)
  br i1 %1104, label %write.ok199, label %write.low197

ok160:                                            ; preds = %write.ok156
  %1105 = getelementptr i8, i8* %mem, i64 %1072
  %1106 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1106, i8* %1105, i64 4, i1 false)
  %1107 = load i32, i32* %unaligned161, align 4
  %1108 = zext i32 %1107 to i64
  %1109 = mul i64 %1108, 4
  %1110 = add i64 4, %1109
  store i64 %1110, i64* %size.5, align 8
  %1111 = load i64, i64* %size.5, align 8
  %1112 = icmp ugt i64 %1111, 2147483647
  %1113 = zext i1 %1112 to i32
  %1114 = icmp ne i32 %1113, 0
  br i1 %1114, label %then162, label %else163

then162:                                          ; preds = %ok160
  br label %trap15.site16

else163:                                          ; preds = %ok160
  br label %join164

join164:                                          ; preds = %else163, %dead165
  %1115 = load i64, i64* %size.5, align 8
  %1116 = trunc i64 %1115 to i32
  %1117 = zext i32 %1116 to i64
  %1118 = getelementptr i64, i64* %regs, i64 1
  %1119 = getelementptr i64, i64* %regs, i64 2
  %1120 = load i64, i64* %1118, align 8
  %1121 = add i64 %1120, 3
  %1122 = and i64 %1121, -4
  %1123 = add i64 %1122, %1117
  %1124 = load i64, i64* %1119, align 8
  %1125 = icmp ugt i64 %1123, %1124
  br i1 %1125, label %trap15.site16, label %ok166

trap15.site16:                                    ; preds = %join164, %then162
  %1126 = load i64, i64* %lowStart, align 8
  %1127 = getelementptr i64, i64* %regs, i64 6
  store i64 %1126, i64* %1127, align 8
  %1128 = load i64, i64* %lowEnd, align 8
  %1129 = getelementptr i64, i64* %regs, i64 7
  store i64 %1128, i64* %1129, align 8
  %1130 = load i64, i64* %highEnd, align 8
  %1131 = getelementptr i64, i64* %regs, i64 8
  store i64 %1130, i64* %1131, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead165:                                          ; No predecessors!
  br label %join164

ok166:                                            ; preds = %join164
  store i64 %1123, i64* %1118, align 8
  %1132 = load i64, i64* %highEnd, align 8
  %1133 = call i64 @llvm.umax.i64(i64 %1132, i64 %1123)
  store i64 %1133, i64* %highEnd, align 8
  %1134 = trunc i64 %1122 to i32
  store i32 %1134, i32* %list.5, align 4
  store i32 0, i32* %len.5, align 4
  %1135 = load i32, i32* %xs.4, align 4
  %1136 = zext i32 %1135 to i64
  %1137 = sub i64 %arena_size, 4
  %1138 = icmp sgt i64 %1136, %1137
  br i1 %1138, label %trap17.site0, label %ok167

ok167:                                            ; preds = %ok166
  %1139 = getelementptr i8, i8* %mem, i64 %1136
  %1140 = bitcast i32* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1140, i8* %1139, i64 4, i1 false)
  %1141 = load i32, i32* %unaligned168, align 4
  store i32 %1141, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each41

block40:                                          ; preds = %dead191, %ok169
  %1142 = load i32, i32* %list.5, align 4
  %1143 = load i32, i32* %len.5, align 4
  %1144 = zext i32 %1142 to i64
  %1145 = add i64 %1144, 4
  %1146 = icmp uge i64 %1144, %scratch_start
  %1147 = load i64, i64* %highEnd, align 8
  %1148 = icmp ule i64 %1145, %1147
  %1149 = and i1 %1146, %1148
  %1150 = call i1 @llvm.expect.i1(i1 %1149, i1 true)
  br i1 %1150, label %write.ok194, label %write.low192

each41:                                           ; preds = %write.ok188, %ok167
  %1151 = load i64, i64* %fuel, align 8
  %1152 = icmp ult i64 %1151, 1
  br i1 %1152, label %trap14.site0, label %ok169

ok169:                                            ; preds = %each41
  %1153 = sub i64 %1151, 1
  store i64 %1153, i64* %fuel, align 8
  %1154 = load i32, i32* %k.3, align 4
  %1155 = load i32, i32* %n.3, align 4
  %1156 = icmp uge i32 %1154, %1155
  %1157 = zext i1 %1156 to i32
  %1158 = icmp ne i32 %1157, 0
  br i1 %1158, label %block40, label %cont170

cont170:                                          ; preds = %ok169
  %1159 = load i32, i32* %xs.4, align 4
  %1160 = load i32, i32* %k.3, align 4
  %1161 = mul i32 %1160, 8
  %1162 = add i32 %1159, %1161
  %1163 = zext i32 %1162 to i64
  %1164 = sub i64 %arena_size, 16
  %1165 = icmp sgt i64 %1163, %1164
  br i1 %1165, label %trap17.site0, label %ok171

ok171:                                            ; preds = %cont170
  %1166 = add i64 %1163, 8
  %1167 = getelementptr i8, i8* %mem, i64 %1166
  %1168 = bitcast i64* %unaligned172 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1168, i8* %1167, i64 8, i1 false)
  %1169 = load i64, i64* %unaligned172, align 8
  store i64 %1169, i64* %x.6, align 8
  %1170 = load i64, i64* %x.6, align 8
  store i64 %1170, i64* %x.7, align 8
  %1171 = load i32, i32* %list.5, align 4
  %1172 = load i32, i32* %len.5, align 4
  %1173 = mul i32 %1172, 4
  %1174 = add i32 %1171, %1173
  %1175 = getelementptr i64, i64* %regs, i64 1
  %1176 = getelementptr i64, i64* %regs, i64 2
  %1177 = load i64, i64* %1175, align 8
  %1178 = add i64 %1177, 7
  %1179 = and i64 %1178, -8
  %1180 = add i64 %1179, 16
  %1181 = load i64, i64* %1176, align 8
  %1182 = icmp ugt i64 %1180, %1181
  br i1 %1182, label %trap15.site17, label %ok174

e42:                                              ; preds = %write.ok184
  %1183 = load i32, i32* %result173, align 4
  %1184 = zext i32 %1174 to i64
  %1185 = add i64 %1184, 4
  %1186 = add i64 %1185, 4
  %1187 = icmp uge i64 %1185, %scratch_start
  %1188 = load i64, i64* %highEnd, align 8
  %1189 = icmp ule i64 %1186, %1188
  %1190 = and i1 %1187, %1189
  %1191 = call i1 @llvm.expect.i1(i1 %1190, i1 true)
  br i1 %1191, label %write.ok188, label %write.low186

ok174:                                            ; preds = %ok171
  store i64 %1180, i64* %1175, align 8
  %1192 = load i64, i64* %highEnd, align 8
  %1193 = call i64 @llvm.umax.i64(i64 %1192, i64 %1180)
  store i64 %1193, i64* %highEnd, align 8
  %1194 = trunc i64 %1179 to i32
  store i32 %1194, i32* %dict.1, align 4
  %1195 = load i64, i64* %x.7, align 8
  store i64 %1195, i64* %n.4, align 8
  %1196 = load i32, i32* %dict.1, align 4
  %1197 = load i64, i64* %n.4, align 8
  %1198 = zext i32 %1196 to i64
  %1199 = add i64 %1198, 8
  %1200 = icmp uge i64 %1198, %scratch_start
  %1201 = load i64, i64* %highEnd, align 8
  %1202 = icmp ule i64 %1199, %1201
  %1203 = and i1 %1200, %1202
  %1204 = call i1 @llvm.expect.i1(i1 %1203, i1 true)
  br i1 %1204, label %write.ok177, label %write.low175

trap15.site17:                                    ; preds = %ok171
  %1205 = load i64, i64* %lowStart, align 8
  %1206 = getelementptr i64, i64* %regs, i64 6
  store i64 %1205, i64* %1206, align 8
  %1207 = load i64, i64* %lowEnd, align 8
  %1208 = getelementptr i64, i64* %regs, i64 7
  store i64 %1207, i64* %1208, align 8
  %1209 = load i64, i64* %highEnd, align 8
  %1210 = getelementptr i64, i64* %regs, i64 8
  store i64 %1209, i64* %1210, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

write.low175:                                     ; preds = %ok174
  %1211 = load i64, i64* %lowStart, align 8
  %1212 = icmp uge i64 %1198, %1211
  %1213 = load i64, i64* %lowEnd, align 8
  %1214 = icmp ule i64 %1199, %1213
  %1215 = and i1 %1212, %1214
  %1216 = call i1 @llvm.expect.i1(i1 %1215, i1 true)
  br i1 %1216, label %write.ok177, label %write.slow176

write.slow176:                                    ; preds = %write.low175
  %1217 = icmp ugt i64 %1199, %arena_size
  br i1 %1217, label %trap17.site0, label %ok178

write.ok177:                                      ; preds = %ok178, %write.low175, %ok174
  %1218 = getelementptr i8, i8* %mem, i64 %1198
  store i64 %1197, i64* %unaligned179, align 8
  %1219 = bitcast i64* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1218, i8* %1219, i64 8, i1 false)
  %1220 = load i64, i64* %x.7, align 8
  br i1 false, label %trap1.site19, label %ok180

ok178:                                            ; preds = %write.slow176
  %1221 = icmp ult i64 %1198, %scratch_start
  %1222 = load i64, i64* %lowStart, align 8
  %1223 = call i64 @llvm.umin.i64(i64 %1222, i64 %1198)
  %1224 = load i64, i64* %lowEnd, align 8
  %1225 = load i64, i64* %highEnd, align 8
  %1226 = add i64 %1199, 64
  %1227 = sub i64 %1199, %1223
  %1228 = lshr i64 %1227, 4
  %1229 = add i64 %1226, %1228
  %1230 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1229)
  %1231 = call i64 @llvm.umax.i64(i64 %1224, i64 %1230)
  %1232 = select i1 %1221, i64 %1231, i64 %1224
  store i64 %1232, i64* %lowEnd, align 8
  %1233 = add i64 %1199, 64
  %1234 = sub i64 %1199, %scratch_start
  %1235 = lshr i64 %1234, 4
  %1236 = add i64 %1233, %1235
  %1237 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1236)
  %1238 = call i64 @llvm.umax.i64(i64 %1225, i64 %1237)
  %1239 = select i1 %1221, i64 %1225, i64 %1238
  store i64 %1239, i64* %highEnd, align 8
  store i64 %1223, i64* %lowStart, align 8
  br label %write.ok177

ok180:                                            ; preds = %write.ok177
  %1240 = icmp eq i64 %1220, -9223372036854775808
  %1241 = and i1 %1240, false
  br i1 %1241, label %trap2.site19, label %ok181

trap1.site19:                                     ; preds = %write.ok177
  %1242 = load i64, i64* %lowStart, align 8
  %1243 = getelementptr i64, i64* %regs, i64 6
  store i64 %1242, i64* %1243, align 8
  %1244 = load i64, i64* %lowEnd, align 8
  %1245 = getelementptr i64, i64* %regs, i64 7
  store i64 %1244, i64* %1245, align 8
  %1246 = load i64, i64* %highEnd, align 8
  %1247 = getelementptr i64, i64* %regs, i64 8
  store i64 %1246, i64* %1247, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok181:                                            ; preds = %ok180
  %1248 = srem i64 %1220, 2
  %1249 = icmp eq i64 %1248, 0
  %1250 = zext i1 %1249 to i32
  %1251 = icmp eq i32 %1250, 0
  %1252 = zext i1 %1251 to i32
  store i32 %1252, i32* %odd, align 4
  %1253 = load i32, i32* %dict.1, align 4
  %1254 = load i32, i32* %odd, align 4
  %1255 = zext i32 %1253 to i64
  %1256 = add i64 %1255, 8
  %1257 = add i64 %1256, 1
  %1258 = icmp uge i64 %1256, %scratch_start
  %1259 = load i64, i64* %highEnd, align 8
  %1260 = icmp ule i64 %1257, %1259
  %1261 = and i1 %1258, %1260
  %1262 = call i1 @llvm.expect.i1(i1 %1261, i1 true)
  br i1 %1262, label %write.ok184, label %write.low182

trap2.site19:                                     ; preds = %ok180
  %1263 = load i64, i64* %lowStart, align 8
  %1264 = getelementptr i64, i64* %regs, i64 6
  store i64 %1263, i64* %1264, align 8
  %1265 = load i64, i64* %lowEnd, align 8
  %1266 = getelementptr i64, i64* %regs, i64 7
  store i64 %1265, i64* %1266, align 8
  %1267 = load i64, i64* %highEnd, align 8
  %1268 = getelementptr i64, i64* %regs, i64 8
  store i64 %1267, i64* %1268, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

write.low182:                                     ; preds = %ok181
  %1269 = load i64, i64* %lowStart, align 8
  %1270 = icmp uge i64 %1256, %1269
  %1271 = load i64, i64* %lowEnd, align 8
  %1272 = icmp ule i64 %1257, %1271
  %1273 = and i1 %1270, %1272
  %1274 = call i1 @llvm.expect.i1(i1 %1273, i1 true)
  br i1 %1274, label %write.ok184, label %write.slow183

write.slow183:                                    ; preds = %write.low182
  %1275 = icmp ugt i64 %1257, %arena_size
  br i1 %1275, label %trap17.site0, label %ok185

write.ok184:                                      ; preds = %ok185, %write.low182, %ok181
  %1276 = getelementptr i8, i8* %mem, i64 %1256
  %1277 = trunc i32 %1254 to i8
  store i8 %1277, i8* %1276, align 1
  %1278 = load i32, i32* %dict.1, align 4
  store i32 %1278, i32* %result173, align 4
  br label %e42

ok185:                                            ; preds = %write.slow183
  %1279 = icmp ult i64 %1256, %scratch_start
  %1280 = load i64, i64* %lowStart, align 8
  %1281 = call i64 @llvm.umin.i64(i64 %1280, i64 %1256)
  %1282 = load i64, i64* %lowEnd, align 8
  %1283 = load i64, i64* %highEnd, align 8
  %1284 = add i64 %1257, 64
  %1285 = sub i64 %1257, %1281
  %1286 = lshr i64 %1285, 4
  %1287 = add i64 %1284, %1286
  %1288 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1287)
  %1289 = call i64 @llvm.umax.i64(i64 %1282, i64 %1288)
  %1290 = select i1 %1279, i64 %1289, i64 %1282
  store i64 %1290, i64* %lowEnd, align 8
  %1291 = add i64 %1257, 64
  %1292 = sub i64 %1257, %scratch_start
  %1293 = lshr i64 %1292, 4
  %1294 = add i64 %1291, %1293
  %1295 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1294)
  %1296 = call i64 @llvm.umax.i64(i64 %1283, i64 %1295)
  %1297 = select i1 %1279, i64 %1283, i64 %1296
  store i64 %1297, i64* %highEnd, align 8
  store i64 %1281, i64* %lowStart, align 8
  br label %write.ok184

write.low186:                                     ; preds = %e42
  %1298 = load i64, i64* %lowStart, align 8
  %1299 = icmp uge i64 %1185, %1298
  %1300 = load i64, i64* %lowEnd, align 8
  %1301 = icmp ule i64 %1186, %1300
  %1302 = and i1 %1299, %1301
  %1303 = call i1 @llvm.expect.i1(i1 %1302, i1 true)
  br i1 %1303, label %write.ok188, label %write.slow187

write.slow187:                                    ; preds = %write.low186
  %1304 = icmp ugt i64 %1186, %arena_size
  br i1 %1304, label %trap17.site0, label %ok189

write.ok188:                                      ; preds = %ok189, %write.low186, %e42
  %1305 = getelementptr i8, i8* %mem, i64 %1185
  store i32 %1183, i32* %unaligned190, align 4
  %1306 = bitcast i32* %unaligned190 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1305, i8* %1306, i64 4, i1 false)
  %1307 = load i32, i32* %len.5, align 4
  %1308 = add i32 %1307, 1
  store i32 %1308, i32* %len.5, align 4
  %1309 = load i32, i32* %k.3, align 4
  %1310 = add i32 %1309, 1
  store i32 %1310, i32* %k.3, align 4
  br label %each41

ok189:                                            ; preds = %write.slow187
  %1311 = icmp ult i64 %1185, %scratch_start
  %1312 = load i64, i64* %lowStart, align 8
  %1313 = call i64 @llvm.umin.i64(i64 %1312, i64 %1185)
  %1314 = load i64, i64* %lowEnd, align 8
  %1315 = load i64, i64* %highEnd, align 8
  %1316 = add i64 %1186, 64
  %1317 = sub i64 %1186, %1313
  %1318 = lshr i64 %1317, 4
  %1319 = add i64 %1316, %1318
  %1320 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1319)
  %1321 = call i64 @llvm.umax.i64(i64 %1314, i64 %1320)
  %1322 = select i1 %1311, i64 %1321, i64 %1314
  store i64 %1322, i64* %lowEnd, align 8
  %1323 = add i64 %1186, 64
  %1324 = sub i64 %1186, %scratch_start
  %1325 = lshr i64 %1324, 4
  %1326 = add i64 %1323, %1325
  %1327 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1326)
  %1328 = call i64 @llvm.umax.i64(i64 %1315, i64 %1327)
  %1329 = select i1 %1311, i64 %1315, i64 %1328
  store i64 %1329, i64* %highEnd, align 8
  store i64 %1313, i64* %lowStart, align 8
  br label %write.ok188

dead191:                                          ; No predecessors!
  br label %block40

write.low192:                                     ; preds = %block40
  %1330 = load i64, i64* %lowStart, align 8
  %1331 = icmp uge i64 %1144, %1330
  %1332 = load i64, i64* %lowEnd, align 8
  %1333 = icmp ule i64 %1145, %1332
  %1334 = and i1 %1331, %1333
  %1335 = call i1 @llvm.expect.i1(i1 %1334, i1 true)
  br i1 %1335, label %write.ok194, label %write.slow193

write.slow193:                                    ; preds = %write.low192
  %1336 = icmp ugt i64 %1145, %arena_size
  br i1 %1336, label %trap17.site0, label %ok195

write.ok194:                                      ; preds = %ok195, %write.low192, %block40
  %1337 = getelementptr i8, i8* %mem, i64 %1144
  store i32 %1143, i32* %unaligned196, align 4
  %1338 = bitcast i32* %unaligned196 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1337, i8* %1338, i64 4, i1 false)
  %1339 = load i32, i32* %list.5, align 4
  store i32 %1339, i32* %result159, align 4
  br label %e38

ok195:                                            ; preds = %write.slow193
  %1340 = icmp ult i64 %1144, %scratch_start
  %1341 = load i64, i64* %lowStart, align 8
  %1342 = call i64 @llvm.umin.i64(i64 %1341, i64 %1144)
  %1343 = load i64, i64* %lowEnd, align 8
  %1344 = load i64, i64* %highEnd, align 8
  %1345 = add i64 %1145, 64
  %1346 = sub i64 %1145, %1342
  %1347 = lshr i64 %1346, 4
  %1348 = add i64 %1345, %1347
  %1349 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1348)
  %1350 = call i64 @llvm.umax.i64(i64 %1343, i64 %1349)
  %1351 = select i1 %1340, i64 %1350, i64 %1343
  store i64 %1351, i64* %lowEnd, align 8
  %1352 = add i64 %1145, 64
  %1353 = sub i64 %1145, %scratch_start
  %1354 = lshr i64 %1353, 4
  %1355 = add i64 %1352, %1354
  %1356 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1355)
  %1357 = call i64 @llvm.umax.i64(i64 %1344, i64 %1356)
  %1358 = select i1 %1340, i64 %1344, i64 %1357
  store i64 %1358, i64* %highEnd, align 8
  store i64 %1342, i64* %lowStart, align 8
  br label %write.ok194

write.low197:                                     ; preds = %e38
  %1359 = load i64, i64* %lowStart, align 8
  %1360 = icmp uge i64 %1098, %1359
  %1361 = load i64, i64* %lowEnd, align 8
  %1362 = icmp ule i64 %1099, %1361
  %1363 = and i1 %1360, %1362
  %1364 = call i1 @llvm.expect.i1(i1 %1363, i1 true)
  br i1 %1364, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1365 = icmp ugt i64 %1099, %arena_size
  br i1 %1365, label %trap17.site0, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %e38
  %1366 = getelementptr i8, i8* %mem, i64 %1098
  store i32 %1096, i32* %unaligned201, align 4
  %1367 = bitcast i32* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1366, i8* %1367, i64 4, i1 false)
  %1368 = load i32, i32* %dict, align 4
  store i32 %1368, i32* %result3, align 4
  br label %e0

ok200:                                            ; preds = %write.slow198
  %1369 = icmp ult i64 %1098, %scratch_start
  %1370 = load i64, i64* %lowStart, align 8
  %1371 = call i64 @llvm.umin.i64(i64 %1370, i64 %1098)
  %1372 = load i64, i64* %lowEnd, align 8
  %1373 = load i64, i64* %highEnd, align 8
  %1374 = add i64 %1099, 64
  %1375 = sub i64 %1099, %1371
  %1376 = lshr i64 %1375, 4
  %1377 = add i64 %1374, %1376
  %1378 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1377)
  %1379 = call i64 @llvm.umax.i64(i64 %1372, i64 %1378)
  %1380 = select i1 %1369, i64 %1379, i64 %1372
  store i64 %1380, i64* %lowEnd, align 8
  %1381 = add i64 %1099, 64
  %1382 = sub i64 %1099, %scratch_start
  %1383 = lshr i64 %1382, 4
  %1384 = add i64 %1381, %1383
  %1385 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1384)
  %1386 = call i64 @llvm.umax.i64(i64 %1373, i64 %1385)
  %1387 = select i1 %1369, i64 %1373, i64 %1386
  store i64 %1387, i64* %highEnd, align 8
  store i64 %1371, i64* %lowStart, align 8
  br label %write.ok199

ok202:                                            ; preds = %e0
  %1388 = icmp ult i64 %10, %stack_limit
  br i1 %1388, label %trap253.site0, label %stack_ok203

trap15.site0:                                     ; preds = %e0
  %1389 = load i64, i64* %lowStart, align 8
  %1390 = getelementptr i64, i64* %regs, i64 6
  store i64 %1389, i64* %1390, align 8
  %1391 = load i64, i64* %lowEnd, align 8
  %1392 = getelementptr i64, i64* %regs, i64 7
  store i64 %1391, i64* %1392, align 8
  %1393 = load i64, i64* %highEnd, align 8
  %1394 = getelementptr i64, i64* %regs, i64 8
  store i64 %1393, i64* %1394, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok203:                                      ; preds = %ok202
  %1395 = load i64, i64* %fuel, align 8
  %1396 = getelementptr i64, i64* %regs, i64 0
  store i64 %1395, i64* %1396, align 8
  %1397 = load i64, i64* %lowStart, align 8
  %1398 = getelementptr i64, i64* %regs, i64 6
  store i64 %1397, i64* %1398, align 8
  %1399 = load i64, i64* %lowEnd, align 8
  %1400 = getelementptr i64, i64* %regs, i64 7
  store i64 %1399, i64* %1400, align 8
  %1401 = load i64, i64* %highEnd, align 8
  %1402 = getelementptr i64, i64* %regs, i64 8
  store i64 %1401, i64* %1402, align 8
  %1403 = add i32 %depth, 1
  %1404 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1403, i32 %81, i32 %82, i32 0)
  %1405 = getelementptr i64, i64* %regs, i64 0
  %1406 = load i64, i64* %1405, align 8
  store i64 %1406, i64* %fuel, align 8
  %1407 = getelementptr i64, i64* %regs, i64 6
  %1408 = load i64, i64* %1407, align 8
  store i64 %1408, i64* %lowStart, align 8
  %1409 = getelementptr i64, i64* %regs, i64 7
  %1410 = load i64, i64* %1409, align 8
  store i64 %1410, i64* %lowEnd, align 8
  %1411 = getelementptr i64, i64* %regs, i64 8
  %1412 = load i64, i64* %1411, align 8
  store i64 %1412, i64* %highEnd, align 8
  store i32 %1404, i32* %json_end, align 4
  %1413 = load i32, i32* %json_end, align 4
  %1414 = icmp eq i32 %1413, -2
  %1415 = zext i1 %1414 to i32
  %1416 = icmp ne i32 %1415, 0
  br i1 %1416, label %then204, label %else205

then204:                                          ; preds = %stack_ok203
  br label %trap16.site3

else205:                                          ; preds = %stack_ok203
  br label %join206

join206:                                          ; preds = %else205, %dead207
  %1417 = load i32, i32* %json_end, align 4
  %1418 = icmp eq i32 %1417, -1
  %1419 = zext i1 %1418 to i32
  %1420 = icmp ne i32 %1419, 0
  br i1 %1420, label %then208, label %else209

trap16.site3:                                     ; preds = %then204
  %1421 = load i64, i64* %lowStart, align 8
  %1422 = getelementptr i64, i64* %regs, i64 6
  store i64 %1421, i64* %1422, align 8
  %1423 = load i64, i64* %lowEnd, align 8
  %1424 = getelementptr i64, i64* %regs, i64 7
  store i64 %1423, i64* %1424, align 8
  %1425 = load i64, i64* %highEnd, align 8
  %1426 = getelementptr i64, i64* %regs, i64 8
  store i64 %1425, i64* %1426, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead207:                                          ; No predecessors!
  br label %join206

then208:                                          ; preds = %join206
  br label %trap15.site3

else209:                                          ; preds = %join206
  br label %join210

join210:                                          ; preds = %else209, %dead211
  %1427 = load i32, i32* %json_end, align 4
  %1428 = zext i32 %1427 to i64
  %1429 = getelementptr i64, i64* %regs, i64 3
  store i64 %1428, i64* %1429, align 8
  %1430 = load i32, i32* %json_end, align 4
  %1431 = load i32, i32* %json_start, align 4
  %1432 = sub i32 %1430, %1431
  %1433 = load i64, i64* %fuel, align 8
  %1434 = getelementptr i64, i64* %regs, i64 0
  store i64 %1433, i64* %1434, align 8
  %1435 = load i64, i64* %lowStart, align 8
  %1436 = getelementptr i64, i64* %regs, i64 6
  store i64 %1435, i64* %1436, align 8
  %1437 = load i64, i64* %lowEnd, align 8
  %1438 = getelementptr i64, i64* %regs, i64 7
  store i64 %1437, i64* %1438, align 8
  %1439 = load i64, i64* %highEnd, align 8
  %1440 = getelementptr i64, i64* %regs, i64 8
  store i64 %1439, i64* %1440, align 8
  ret i32 %1432

dead211:                                          ; No predecessors!
  br label %join210
}
