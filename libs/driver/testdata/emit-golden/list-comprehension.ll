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
  %unaligned11 = alloca i64, align 8
  %unaligned17 = alloca i64, align 8
  %unaligned24 = alloca i64, align 8
  %unaligned33 = alloca i64, align 8
  %unaligned39 = alloca i32, align 4
  %unaligned44 = alloca i32, align 4
  %result45 = alloca i32, align 4
  %unaligned47 = alloca i32, align 4
  %unaligned54 = alloca i32, align 4
  %unaligned58 = alloca i64, align 8
  %result64 = alloca i32, align 4
  %result68 = alloca i64, align 8
  %unaligned83 = alloca i64, align 8
  %unaligned94 = alloca i64, align 8
  %unaligned100 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
  %unaligned111 = alloca i32, align 4
  %unaligned116 = alloca i32, align 4
  %result117 = alloca i32, align 4
  %result118 = alloca i32, align 4
  %unaligned120 = alloca i32, align 4
  %unaligned127 = alloca i32, align 4
  %unaligned132 = alloca i64, align 8
  %unaligned134 = alloca i64, align 8
  %unaligned141 = alloca i64, align 8
  %unaligned147 = alloca i64, align 8
  %unaligned153 = alloca i32, align 4
  %unaligned155 = alloca i32, align 4
  %unaligned157 = alloca i32, align 4
  %unaligned167 = alloca i64, align 8
  %unaligned169 = alloca i32, align 4
  %unaligned176 = alloca i32, align 4
  %unaligned186 = alloca i32, align 4
  %unaligned191 = alloca i32, align 4
  %result192 = alloca i32, align 4
  %unaligned194 = alloca i32, align 4
  %unaligned201 = alloca i32, align 4
  %unaligned205 = alloca i64, align 8
  %result206 = alloca i32, align 4
  %unaligned212 = alloca i64, align 8
  %unaligned223 = alloca i32, align 4
  %unaligned229 = alloca i32, align 4
  %unaligned234 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each41, %each34137, %range2486, %each14, %each420, %body
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

trap253.site0:                                    ; preds = %ok235, %ok1
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

trap17.site0:                                     ; preds = %write.slow231, %write.slow226, %write.slow220, %write.slow216, %write.slow209, %cont203, %ok199, %write.ok189, %write.slow188, %write.slow183, %write.ok173, %write.ok165, %write.slow164, %ok154, %e31, %write.slow150, %write.slow144, %cont139, %ok125, %write.ok114, %write.slow113, %write.slow108, %write.slow102, %write.slow97, %write.slow91, %cont56, %ok52, %write.ok42, %write.slow41, %write.slow36, %write.slow30, %cont22, %write.slow, %ok8, %ok4, %stack_ok
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

e0:                                               ; preds = %write.ok232
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
  br i1 %83, label %trap15.site0, label %ok235

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

trap15.site3:                                     ; preds = %then241, %ok2
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

e1:                                               ; preds = %write.ok37
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
  br i1 %107, label %write.ok42, label %write.low40

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
  %145 = load i32, i32* %k, align 4
  %146 = load i32, i32* %n, align 4
  %147 = icmp ugt i32 %146, %145
  %148 = sub i32 %146, %145
  %149 = select i1 %147, i32 %148, i32 0
  %150 = zext i32 %149 to i64
  %151 = load i64, i64* %fuel, align 8
  %152 = icmp ult i64 %150, %151
  %153 = icmp ne i64 %150, 0
  %154 = icmp ult i64 %150, 4294967296
  %155 = and i1 %153, %154
  %156 = and i1 %152, %155
  %157 = load i32, i32* %xs.1, align 4
  %158 = zext i32 %157 to i64
  %159 = load i32, i32* %k, align 4
  %160 = zext i32 %159 to i64
  %161 = add i64 %160, %150
  %162 = sub i64 %161, 1
  %163 = mul i64 %162, 8
  %164 = add i64 %158, %163
  %165 = add i64 %164, 16
  %166 = icmp ult i64 %162, 4294967296
  %167 = icmp ule i64 %165, %arena_size
  %168 = and i1 %166, %167
  %169 = and i1 %156, %168
  %170 = call i1 @llvm.expect.i1(i1 %169, i1 true)
  br i1 %170, label %versioned.fast, label %versioned.slow

versioned.fast:                                   ; preds = %ok9
  %171 = add i64 %150, 1
  %172 = mul i64 %171, 1
  %173 = sub i64 %151, %172
  store i64 %173, i64* %fuel, align 8
  br label %each4

versioned.slow:                                   ; preds = %ok9
  br label %each420

versioned.join:                                   ; preds = %block319, %block3
  %174 = load i32, i32* %list, align 4
  %175 = load i32, i32* %len, align 4
  %176 = zext i32 %174 to i64
  %177 = add i64 %176, 4
  %178 = icmp uge i64 %176, %scratch_start
  %179 = load i64, i64* %highEnd, align 8
  %180 = icmp ule i64 %177, %179
  %181 = and i1 %178, %180
  %182 = call i1 @llvm.expect.i1(i1 %181, i1 true)
  br i1 %182, label %write.ok37, label %write.low35

block3:                                           ; preds = %dead18, %each4
  br label %versioned.join

each4:                                            ; preds = %join14, %versioned.fast
  %183 = load i32, i32* %k, align 4
  %184 = load i32, i32* %n, align 4
  %185 = icmp uge i32 %183, %184
  %186 = zext i1 %185 to i32
  %187 = icmp ne i32 %186, 0
  br i1 %187, label %block3, label %cont

cont:                                             ; preds = %each4
  %188 = load i32, i32* %k, align 4
  %189 = zext i32 %188 to i64
  %190 = mul i64 %189, 8
  %191 = load i32, i32* %xs.1, align 4
  %192 = zext i32 %191 to i64
  %193 = add i64 %192, %190
  %194 = add i64 %193, 8
  %195 = getelementptr i8, i8* %mem, i64 %194
  %196 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %196, i8* %195, i64 8, i1 false)
  %197 = load i64, i64* %unaligned11, align 8
  store i64 %197, i64* %x, align 8
  %198 = load i64, i64* %x, align 8
  store i64 %198, i64* %x.1, align 8
  %199 = load i64, i64* %x.1, align 8
  %200 = icmp sgt i64 %199, 0
  %201 = zext i1 %200 to i32
  %202 = icmp ne i32 %201, 0
  br i1 %202, label %then12, label %else13

then12:                                           ; preds = %cont
  %203 = load i32, i32* %list, align 4
  %204 = load i32, i32* %len, align 4
  %205 = mul i32 %204, 8
  %206 = add i32 %203, %205
  %207 = load i64, i64* %x.1, align 8
  %208 = load i64, i64* %x.1, align 8
  %209 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %207, i64 %208)
  %210 = extractvalue { i64, i1 } %209, 1
  br i1 %210, label %trap2.site6, label %ok15

else13:                                           ; preds = %cont
  br label %join14

join14:                                           ; preds = %else13, %write.ok
  %211 = load i32, i32* %k, align 4
  %212 = add i32 %211, 1
  store i32 %212, i32* %k, align 4
  br label %each4

ok15:                                             ; preds = %then12
  %213 = extractvalue { i64, i1 } %209, 0
  %214 = zext i32 %206 to i64
  %215 = add i64 %214, 8
  %216 = add i64 %215, 8
  %217 = icmp uge i64 %215, %scratch_start
  %218 = load i64, i64* %highEnd, align 8
  %219 = icmp ule i64 %216, %218
  %220 = and i1 %217, %219
  %221 = call i1 @llvm.expect.i1(i1 %220, i1 true)
  br i1 %221, label %write.ok, label %write.low

trap2.site6:                                      ; preds = %then25, %then12
  %222 = load i64, i64* %lowStart, align 8
  %223 = getelementptr i64, i64* %regs, i64 6
  store i64 %222, i64* %223, align 8
  %224 = load i64, i64* %lowEnd, align 8
  %225 = getelementptr i64, i64* %regs, i64 7
  store i64 %224, i64* %225, align 8
  %226 = load i64, i64* %highEnd, align 8
  %227 = getelementptr i64, i64* %regs, i64 8
  store i64 %226, i64* %227, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low:                                        ; preds = %ok15
  %228 = load i64, i64* %lowStart, align 8
  %229 = icmp uge i64 %215, %228
  %230 = load i64, i64* %lowEnd, align 8
  %231 = icmp ule i64 %216, %230
  %232 = and i1 %229, %231
  %233 = call i1 @llvm.expect.i1(i1 %232, i1 true)
  br i1 %233, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %234 = icmp ugt i64 %216, %arena_size
  br i1 %234, label %trap17.site0, label %ok16

write.ok:                                         ; preds = %ok16, %write.low, %ok15
  %235 = getelementptr i8, i8* %mem, i64 %215
  store i64 %213, i64* %unaligned17, align 8
  %236 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %235, i8* %236, i64 8, i1 false)
  %237 = load i32, i32* %len, align 4
  %238 = add i32 %237, 1
  store i32 %238, i32* %len, align 4
  br label %join14

ok16:                                             ; preds = %write.slow
  %239 = icmp ult i64 %215, %scratch_start
  %240 = load i64, i64* %lowStart, align 8
  %241 = call i64 @llvm.umin.i64(i64 %240, i64 %215)
  %242 = load i64, i64* %lowEnd, align 8
  %243 = load i64, i64* %highEnd, align 8
  %244 = add i64 %216, 64
  %245 = sub i64 %216, %241
  %246 = lshr i64 %245, 4
  %247 = add i64 %244, %246
  %248 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %247)
  %249 = call i64 @llvm.umax.i64(i64 %242, i64 %248)
  %250 = select i1 %239, i64 %249, i64 %242
  store i64 %250, i64* %lowEnd, align 8
  %251 = add i64 %216, 64
  %252 = sub i64 %216, %scratch_start
  %253 = lshr i64 %252, 4
  %254 = add i64 %251, %253
  %255 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %254)
  %256 = call i64 @llvm.umax.i64(i64 %243, i64 %255)
  %257 = select i1 %239, i64 %243, i64 %256
  store i64 %257, i64* %highEnd, align 8
  store i64 %241, i64* %lowStart, align 8
  br label %write.ok

dead18:                                           ; No predecessors!
  br label %block3

block319:                                         ; preds = %dead34, %ok21
  br label %versioned.join

each420:                                          ; preds = %join27, %versioned.slow
  %258 = load i64, i64* %fuel, align 8
  %259 = icmp ult i64 %258, 1
  br i1 %259, label %trap14.site0, label %ok21

ok21:                                             ; preds = %each420
  %260 = sub i64 %258, 1
  store i64 %260, i64* %fuel, align 8
  %261 = load i32, i32* %k, align 4
  %262 = load i32, i32* %n, align 4
  %263 = icmp uge i32 %261, %262
  %264 = zext i1 %263 to i32
  %265 = icmp ne i32 %264, 0
  br i1 %265, label %block319, label %cont22

cont22:                                           ; preds = %ok21
  %266 = load i32, i32* %xs.1, align 4
  %267 = load i32, i32* %k, align 4
  %268 = mul i32 %267, 8
  %269 = add i32 %266, %268
  %270 = zext i32 %269 to i64
  %271 = sub i64 %arena_size, 16
  %272 = icmp sgt i64 %270, %271
  br i1 %272, label %trap17.site0, label %ok23

ok23:                                             ; preds = %cont22
  %273 = add i64 %270, 8
  %274 = getelementptr i8, i8* %mem, i64 %273
  %275 = bitcast i64* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %275, i8* %274, i64 8, i1 false)
  %276 = load i64, i64* %unaligned24, align 8
  store i64 %276, i64* %x, align 8
  %277 = load i64, i64* %x, align 8
  store i64 %277, i64* %x.1, align 8
  %278 = load i64, i64* %x.1, align 8
  %279 = icmp sgt i64 %278, 0
  %280 = zext i1 %279 to i32
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %then25, label %else26

then25:                                           ; preds = %ok23
  %282 = load i32, i32* %list, align 4
  %283 = load i32, i32* %len, align 4
  %284 = mul i32 %283, 8
  %285 = add i32 %282, %284
  %286 = load i64, i64* %x.1, align 8
  %287 = load i64, i64* %x.1, align 8
  %288 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %286, i64 %287)
  %289 = extractvalue { i64, i1 } %288, 1
  br i1 %289, label %trap2.site6, label %ok28

else26:                                           ; preds = %ok23
  br label %join27

join27:                                           ; preds = %else26, %write.ok31
  %290 = load i32, i32* %k, align 4
  %291 = add i32 %290, 1
  store i32 %291, i32* %k, align 4
  br label %each420

ok28:                                             ; preds = %then25
  %292 = extractvalue { i64, i1 } %288, 0
  %293 = zext i32 %285 to i64
  %294 = add i64 %293, 8
  %295 = add i64 %294, 8
  %296 = icmp uge i64 %294, %scratch_start
  %297 = load i64, i64* %highEnd, align 8
  %298 = icmp ule i64 %295, %297
  %299 = and i1 %296, %298
  %300 = call i1 @llvm.expect.i1(i1 %299, i1 true)
  br i1 %300, label %write.ok31, label %write.low29

write.low29:                                      ; preds = %ok28
  %301 = load i64, i64* %lowStart, align 8
  %302 = icmp uge i64 %294, %301
  %303 = load i64, i64* %lowEnd, align 8
  %304 = icmp ule i64 %295, %303
  %305 = and i1 %302, %304
  %306 = call i1 @llvm.expect.i1(i1 %305, i1 true)
  br i1 %306, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %307 = icmp ugt i64 %295, %arena_size
  br i1 %307, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %ok28
  %308 = getelementptr i8, i8* %mem, i64 %294
  store i64 %292, i64* %unaligned33, align 8
  %309 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %308, i8* %309, i64 8, i1 false)
  %310 = load i32, i32* %len, align 4
  %311 = add i32 %310, 1
  store i32 %311, i32* %len, align 4
  br label %join27

ok32:                                             ; preds = %write.slow30
  %312 = icmp ult i64 %294, %scratch_start
  %313 = load i64, i64* %lowStart, align 8
  %314 = call i64 @llvm.umin.i64(i64 %313, i64 %294)
  %315 = load i64, i64* %lowEnd, align 8
  %316 = load i64, i64* %highEnd, align 8
  %317 = add i64 %295, 64
  %318 = sub i64 %295, %314
  %319 = lshr i64 %318, 4
  %320 = add i64 %317, %319
  %321 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %320)
  %322 = call i64 @llvm.umax.i64(i64 %315, i64 %321)
  %323 = select i1 %312, i64 %322, i64 %315
  store i64 %323, i64* %lowEnd, align 8
  %324 = add i64 %295, 64
  %325 = sub i64 %295, %scratch_start
  %326 = lshr i64 %325, 4
  %327 = add i64 %324, %326
  %328 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %327)
  %329 = call i64 @llvm.umax.i64(i64 %316, i64 %328)
  %330 = select i1 %312, i64 %316, i64 %329
  store i64 %330, i64* %highEnd, align 8
  store i64 %314, i64* %lowStart, align 8
  br label %write.ok31

dead34:                                           ; No predecessors!
  br label %block319

write.low35:                                      ; preds = %versioned.join
  %331 = load i64, i64* %lowStart, align 8
  %332 = icmp uge i64 %176, %331
  %333 = load i64, i64* %lowEnd, align 8
  %334 = icmp ule i64 %177, %333
  %335 = and i1 %332, %334
  %336 = call i1 @llvm.expect.i1(i1 %335, i1 true)
  br i1 %336, label %write.ok37, label %write.slow36

write.slow36:                                     ; preds = %write.low35
  %337 = icmp ugt i64 %177, %arena_size
  br i1 %337, label %trap17.site0, label %ok38

write.ok37:                                       ; preds = %ok38, %write.low35, %versioned.join
  %338 = getelementptr i8, i8* %mem, i64 %176
  store i32 %175, i32* %unaligned39, align 4
  %339 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %338, i8* %339, i64 4, i1 false)
  %340 = load i32, i32* %list, align 4
  store i32 %340, i32* %result5, align 4
  br label %e1

ok38:                                             ; preds = %write.slow36
  %341 = icmp ult i64 %176, %scratch_start
  %342 = load i64, i64* %lowStart, align 8
  %343 = call i64 @llvm.umin.i64(i64 %342, i64 %176)
  %344 = load i64, i64* %lowEnd, align 8
  %345 = load i64, i64* %highEnd, align 8
  %346 = add i64 %177, 64
  %347 = sub i64 %177, %343
  %348 = lshr i64 %347, 4
  %349 = add i64 %346, %348
  %350 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %349)
  %351 = call i64 @llvm.umax.i64(i64 %344, i64 %350)
  %352 = select i1 %341, i64 %351, i64 %344
  store i64 %352, i64* %lowEnd, align 8
  %353 = add i64 %177, 64
  %354 = sub i64 %177, %scratch_start
  %355 = lshr i64 %354, 4
  %356 = add i64 %353, %355
  %357 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %356)
  %358 = call i64 @llvm.umax.i64(i64 %345, i64 %357)
  %359 = select i1 %341, i64 %345, i64 %358
  store i64 %359, i64* %highEnd, align 8
  store i64 %343, i64* %lowStart, align 8
  br label %write.ok37

write.low40:                                      ; preds = %e1
  %360 = load i64, i64* %lowStart, align 8
  %361 = icmp uge i64 %101, %360
  %362 = load i64, i64* %lowEnd, align 8
  %363 = icmp ule i64 %102, %362
  %364 = and i1 %361, %363
  %365 = call i1 @llvm.expect.i1(i1 %364, i1 true)
  br i1 %365, label %write.ok42, label %write.slow41

write.slow41:                                     ; preds = %write.low40
  %366 = icmp ugt i64 %102, %arena_size
  br i1 %366, label %trap17.site0, label %ok43

write.ok42:                                       ; preds = %ok43, %write.low40, %e1
  %367 = getelementptr i8, i8* %mem, i64 %101
  store i32 %100, i32* %unaligned44, align 4
  %368 = bitcast i32* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %367, i8* %368, i64 4, i1 false)
  %369 = load i32, i32* %xs, align 4
  store i32 %369, i32* %xs.2, align 4
  %370 = load i32, i32* %xs.2, align 4
  %371 = zext i32 %370 to i64
  %372 = sub i64 %arena_size, 4
  %373 = icmp sgt i64 %371, %372
  br i1 %373, label %trap17.site0, label %ok46

ok43:                                             ; preds = %write.slow41
  %374 = icmp ult i64 %101, %scratch_start
  %375 = load i64, i64* %lowStart, align 8
  %376 = call i64 @llvm.umin.i64(i64 %375, i64 %101)
  %377 = load i64, i64* %lowEnd, align 8
  %378 = load i64, i64* %highEnd, align 8
  %379 = add i64 %102, 64
  %380 = sub i64 %102, %376
  %381 = lshr i64 %380, 4
  %382 = add i64 %379, %381
  %383 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %382)
  %384 = call i64 @llvm.umax.i64(i64 %377, i64 %383)
  %385 = select i1 %374, i64 %384, i64 %377
  store i64 %385, i64* %lowEnd, align 8
  %386 = add i64 %102, 64
  %387 = sub i64 %102, %scratch_start
  %388 = lshr i64 %387, 4
  %389 = add i64 %386, %388
  %390 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %389)
  %391 = call i64 @llvm.umax.i64(i64 %378, i64 %390)
  %392 = select i1 %374, i64 %378, i64 %391
  store i64 %392, i64* %highEnd, align 8
  store i64 %376, i64* %lowStart, align 8
  br label %write.ok42

e11:                                              ; preds = %write.ok109
  %393 = load i32, i32* %result45, align 4
  store i32 %393, i32* %nested, align 4
  %394 = load i32, i32* %dict, align 4
  %395 = load i32, i32* %nested, align 4
  %396 = zext i32 %394 to i64
  %397 = add i64 %396, 4
  %398 = add i64 %397, 4
  %399 = icmp uge i64 %397, %scratch_start
  %400 = load i64, i64* %highEnd, align 8
  %401 = icmp ule i64 %398, %400
  %402 = and i1 %399, %401
  %403 = call i1 @llvm.expect.i1(i1 %402, i1 true)
  br i1 %403, label %write.ok114, label %write.low112

ok46:                                             ; preds = %write.ok42
  %404 = getelementptr i8, i8* %mem, i64 %371
  %405 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %405, i8* %404, i64 4, i1 false)
  %406 = load i32, i32* %unaligned47, align 4
  %407 = zext i32 %406 to i64
  %408 = mul i64 %407, 4
  %409 = add i64 4, %408
  store i64 %409, i64* %size.1, align 8
  %410 = load i64, i64* %size.1, align 8
  %411 = icmp ugt i64 %410, 2147483647
  %412 = zext i1 %411 to i32
  %413 = icmp ne i32 %412, 0
  br i1 %413, label %then48, label %else49

then48:                                           ; preds = %ok46
  br label %trap15.site7

else49:                                           ; preds = %ok46
  br label %join50

join50:                                           ; preds = %else49, %dead51
  %414 = load i64, i64* %size.1, align 8
  %415 = trunc i64 %414 to i32
  %416 = zext i32 %415 to i64
  %417 = getelementptr i64, i64* %regs, i64 1
  %418 = getelementptr i64, i64* %regs, i64 2
  %419 = load i64, i64* %417, align 8
  %420 = add i64 %419, 3
  %421 = and i64 %420, -4
  %422 = add i64 %421, %416
  %423 = load i64, i64* %418, align 8
  %424 = icmp ugt i64 %422, %423
  br i1 %424, label %trap15.site7, label %ok52

trap15.site7:                                     ; preds = %join50, %then48
  %425 = load i64, i64* %lowStart, align 8
  %426 = getelementptr i64, i64* %regs, i64 6
  store i64 %425, i64* %426, align 8
  %427 = load i64, i64* %lowEnd, align 8
  %428 = getelementptr i64, i64* %regs, i64 7
  store i64 %427, i64* %428, align 8
  %429 = load i64, i64* %highEnd, align 8
  %430 = getelementptr i64, i64* %regs, i64 8
  store i64 %429, i64* %430, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead51:                                           ; No predecessors!
  br label %join50

ok52:                                             ; preds = %join50
  store i64 %422, i64* %417, align 8
  %431 = load i64, i64* %highEnd, align 8
  %432 = call i64 @llvm.umax.i64(i64 %431, i64 %422)
  store i64 %432, i64* %highEnd, align 8
  %433 = trunc i64 %421 to i32
  store i32 %433, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %434 = load i32, i32* %xs.2, align 4
  %435 = zext i32 %434 to i64
  %436 = sub i64 %arena_size, 4
  %437 = icmp sgt i64 %435, %436
  br i1 %437, label %trap17.site0, label %ok53

ok53:                                             ; preds = %ok52
  %438 = getelementptr i8, i8* %mem, i64 %435
  %439 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %439, i8* %438, i64 4, i1 false)
  %440 = load i32, i32* %unaligned54, align 4
  store i32 %440, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead106, %ok55
  %441 = load i32, i32* %list.1, align 4
  %442 = load i32, i32* %len.1, align 4
  %443 = zext i32 %441 to i64
  %444 = add i64 %443, 4
  %445 = icmp uge i64 %443, %scratch_start
  %446 = load i64, i64* %highEnd, align 8
  %447 = icmp ule i64 %444, %446
  %448 = and i1 %445, %447
  %449 = call i1 @llvm.expect.i1(i1 %448, i1 true)
  br i1 %449, label %write.ok109, label %write.low107

each14:                                           ; preds = %join63, %ok53
  %450 = load i64, i64* %fuel, align 8
  %451 = icmp ult i64 %450, 1
  br i1 %451, label %trap14.site0, label %ok55

ok55:                                             ; preds = %each14
  %452 = sub i64 %450, 1
  store i64 %452, i64* %fuel, align 8
  %453 = load i32, i32* %k.1, align 4
  %454 = load i32, i32* %n.1, align 4
  %455 = icmp uge i32 %453, %454
  %456 = zext i1 %455 to i32
  %457 = icmp ne i32 %456, 0
  br i1 %457, label %block13, label %cont56

cont56:                                           ; preds = %ok55
  %458 = load i32, i32* %xs.2, align 4
  %459 = load i32, i32* %k.1, align 4
  %460 = mul i32 %459, 8
  %461 = add i32 %458, %460
  %462 = zext i32 %461 to i64
  %463 = sub i64 %arena_size, 16
  %464 = icmp sgt i64 %462, %463
  br i1 %464, label %trap17.site0, label %ok57

ok57:                                             ; preds = %cont56
  %465 = add i64 %462, 8
  %466 = getelementptr i8, i8* %mem, i64 %465
  %467 = bitcast i64* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %467, i8* %466, i64 8, i1 false)
  %468 = load i64, i64* %unaligned58, align 8
  store i64 %468, i64* %x.2, align 8
  %469 = load i64, i64* %x.2, align 8
  store i64 %469, i64* %x.3, align 8
  %470 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site9, label %ok59

ok59:                                             ; preds = %ok57
  %471 = icmp eq i64 %470, -9223372036854775808
  %472 = and i1 %471, false
  br i1 %472, label %trap2.site9, label %ok60

trap1.site9:                                      ; preds = %ok57
  %473 = load i64, i64* %lowStart, align 8
  %474 = getelementptr i64, i64* %regs, i64 6
  store i64 %473, i64* %474, align 8
  %475 = load i64, i64* %lowEnd, align 8
  %476 = getelementptr i64, i64* %regs, i64 7
  store i64 %475, i64* %476, align 8
  %477 = load i64, i64* %highEnd, align 8
  %478 = getelementptr i64, i64* %regs, i64 8
  store i64 %477, i64* %478, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok60:                                             ; preds = %ok59
  %479 = srem i64 %470, 2
  %480 = icmp eq i64 %479, 0
  %481 = zext i1 %480 to i32
  %482 = icmp ne i32 %481, 0
  br i1 %482, label %then61, label %else62

trap2.site9:                                      ; preds = %ok59
  %483 = load i64, i64* %lowStart, align 8
  %484 = getelementptr i64, i64* %regs, i64 6
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %lowEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 7
  store i64 %485, i64* %486, align 8
  %487 = load i64, i64* %highEnd, align 8
  %488 = getelementptr i64, i64* %regs, i64 8
  store i64 %487, i64* %488, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

then61:                                           ; preds = %ok60
  %489 = load i32, i32* %list.1, align 4
  %490 = load i32, i32* %len.1, align 4
  %491 = mul i32 %490, 4
  %492 = add i32 %489, %491
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %493 = load i64, i64* %hi, align 8
  %494 = load i64, i64* %lo, align 8
  %495 = icmp sgt i64 %493, %494
  %496 = zext i1 %495 to i32
  %497 = icmp ne i32 %496, 0
  br i1 %497, label %then65, label %else66

else62:                                           ; preds = %ok60
  br label %join63

join63:                                           ; preds = %else62, %write.ok103
  %498 = load i32, i32* %k.1, align 4
  %499 = add i32 %498, 1
  store i32 %499, i32* %k.1, align 4
  br label %each14

e20:                                              ; preds = %write.ok98
  %500 = load i32, i32* %result64, align 4
  %501 = zext i32 %492 to i64
  %502 = add i64 %501, 4
  %503 = add i64 %502, 4
  %504 = icmp uge i64 %502, %scratch_start
  %505 = load i64, i64* %highEnd, align 8
  %506 = icmp ule i64 %503, %505
  %507 = and i1 %504, %506
  %508 = call i1 @llvm.expect.i1(i1 %507, i1 true)
  br i1 %508, label %write.ok103, label %write.low101

then65:                                           ; preds = %then61
  %509 = load i64, i64* %hi, align 8
  %510 = load i64, i64* %lo, align 8
  %511 = sub i64 %509, %510
  store i64 %511, i64* %result68, align 8
  br label %join67

else66:                                           ; preds = %then61
  store i64 0, i64* %result68, align 8
  br label %join67

join67:                                           ; preds = %else66, %then65
  %512 = load i64, i64* %result68, align 8
  store i64 %512, i64* %count, align 8
  %513 = load i64, i64* %count, align 8
  %514 = icmp slt i64 %513, 0
  %515 = zext i1 %514 to i32
  %516 = load i64, i64* %count, align 8
  %517 = icmp sgt i64 %516, 2147483647
  %518 = zext i1 %517 to i32
  %519 = or i32 %515, %518
  %520 = icmp ne i32 %519, 0
  br i1 %520, label %then69, label %else70

then69:                                           ; preds = %join67
  br label %trap15.site10

else70:                                           ; preds = %join67
  br label %join71

join71:                                           ; preds = %else70, %dead72
  %521 = load i64, i64* %count, align 8
  %522 = trunc i64 %521 to i32
  %523 = zext i32 %522 to i64
  %524 = mul i64 %523, 8
  %525 = add i64 8, %524
  store i64 %525, i64* %size.2, align 8
  %526 = load i64, i64* %size.2, align 8
  %527 = icmp ugt i64 %526, 2147483647
  %528 = zext i1 %527 to i32
  %529 = icmp ne i32 %528, 0
  br i1 %529, label %then73, label %else74

trap15.site10:                                    ; preds = %then69
  %530 = load i64, i64* %lowStart, align 8
  %531 = getelementptr i64, i64* %regs, i64 6
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %lowEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 7
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 8
  store i64 %534, i64* %535, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead72:                                           ; No predecessors!
  br label %join71

then73:                                           ; preds = %join71
  br label %trap15.site11

else74:                                           ; preds = %join71
  br label %join75

join75:                                           ; preds = %else74, %dead76
  %536 = load i64, i64* %size.2, align 8
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
  br i1 %546, label %trap15.site11, label %ok77

trap15.site11:                                    ; preds = %join75, %then73
  %547 = load i64, i64* %lowStart, align 8
  %548 = getelementptr i64, i64* %regs, i64 6
  store i64 %547, i64* %548, align 8
  %549 = load i64, i64* %lowEnd, align 8
  %550 = getelementptr i64, i64* %regs, i64 7
  store i64 %549, i64* %550, align 8
  %551 = load i64, i64* %highEnd, align 8
  %552 = getelementptr i64, i64* %regs, i64 8
  store i64 %551, i64* %552, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead76:                                           ; No predecessors!
  br label %join75

ok77:                                             ; preds = %join75
  store i64 %544, i64* %539, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = call i64 @llvm.umax.i64(i64 %553, i64 %544)
  store i64 %554, i64* %highEnd, align 8
  %555 = trunc i64 %543 to i32
  store i32 %555, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %556 = load i64, i64* %lo, align 8
  store i64 %556, i64* %i, align 8
  %557 = load i64, i64* %i, align 8
  %558 = load i64, i64* %hi, align 8
  %559 = icmp sgt i64 %558, %557
  %560 = sub i64 %558, %557
  %561 = select i1 %559, i64 %560, i64 0
  %562 = load i64, i64* %fuel, align 8
  %563 = icmp ult i64 %561, %562
  %564 = icmp ne i64 %561, 0
  %565 = icmp ult i64 %561, 4294967296
  %566 = and i1 %564, %565
  %567 = and i1 %563, %566
  %568 = load i32, i32* %list.2, align 4
  %569 = zext i32 %568 to i64
  %570 = load i32, i32* %len.2, align 4
  %571 = zext i32 %570 to i64
  %572 = add i64 %571, %561
  %573 = sub i64 %572, 1
  %574 = mul i64 %573, 8
  %575 = add i64 %569, %574
  %576 = add i64 %575, 16
  %577 = icmp ult i64 %573, 4294967296
  %578 = icmp ule i64 %576, %arena_size
  %579 = and i1 %577, %578
  %580 = and i1 %567, %579
  %581 = mul i64 %571, 8
  %582 = add i64 %569, %581
  %583 = add i64 %582, 8
  %584 = call i1 @llvm.expect.i1(i1 %580, i1 true)
  br i1 %584, label %versioned.fast78, label %versioned.slow79

versioned.fast78:                                 ; preds = %ok77
  %585 = icmp ult i64 %583, %scratch_start
  %586 = load i64, i64* %lowStart, align 8
  %587 = call i64 @llvm.umin.i64(i64 %586, i64 %583)
  %588 = load i64, i64* %lowEnd, align 8
  %589 = load i64, i64* %highEnd, align 8
  %590 = call i64 @llvm.umax.i64(i64 %588, i64 %576)
  %591 = select i1 %585, i64 %590, i64 %588
  store i64 %591, i64* %lowEnd, align 8
  %592 = call i64 @llvm.umax.i64(i64 %589, i64 %576)
  %593 = select i1 %585, i64 %589, i64 %592
  store i64 %593, i64* %highEnd, align 8
  store i64 %587, i64* %lowStart, align 8
  %594 = add i64 %561, 1
  %595 = mul i64 %594, 1
  %596 = sub i64 %562, %595
  store i64 %596, i64* %fuel, align 8
  br label %range24

versioned.slow79:                                 ; preds = %ok77
  br label %range2486

versioned.join80:                                 ; preds = %block2385, %block23
  %597 = load i32, i32* %list.2, align 4
  %598 = load i32, i32* %len.2, align 4
  %599 = zext i32 %597 to i64
  %600 = add i64 %599, 4
  %601 = icmp uge i64 %599, %scratch_start
  %602 = load i64, i64* %highEnd, align 8
  %603 = icmp ule i64 %600, %602
  %604 = and i1 %601, %603
  %605 = call i1 @llvm.expect.i1(i1 %604, i1 true)
  br i1 %605, label %write.ok98, label %write.low96

block23:                                          ; preds = %dead84, %range24
  br label %versioned.join80

range24:                                          ; preds = %ok82, %versioned.fast78
  %606 = load i64, i64* %i, align 8
  %607 = load i64, i64* %hi, align 8
  %608 = icmp sge i64 %606, %607
  %609 = zext i1 %608 to i32
  %610 = icmp ne i32 %609, 0
  br i1 %610, label %block23, label %cont81

cont81:                                           ; preds = %range24
  %611 = load i64, i64* %i, align 8
  store i64 %611, i64* %y, align 8
  %612 = load i32, i32* %len.2, align 4
  %613 = zext i32 %612 to i64
  %614 = mul i64 %613, 8
  %615 = load i32, i32* %list.2, align 4
  %616 = zext i32 %615 to i64
  %617 = add i64 %616, %614
  %618 = add i64 %617, 8
  %619 = getelementptr i8, i8* %mem, i64 %618
  %620 = load i64, i64* %x.3, align 8
  %621 = load i64, i64* %y, align 8
  %622 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %620, i64 %621)
  %623 = extractvalue { i64, i1 } %622, 1
  br i1 %623, label %trap2.site12, label %ok82

ok82:                                             ; preds = %cont81
  %624 = extractvalue { i64, i1 } %622, 0
  store i64 %624, i64* %unaligned83, align 8
  %625 = bitcast i64* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %619, i8* %625, i64 8, i1 false)
  %626 = load i32, i32* %len.2, align 4
  %627 = add i32 %626, 1
  store i32 %627, i32* %len.2, align 4
  %628 = load i64, i64* %i, align 8
  %629 = add i64 %628, 1
  store i64 %629, i64* %i, align 8
  br label %range24

trap2.site12:                                     ; preds = %cont88, %cont81
  %630 = load i64, i64* %lowStart, align 8
  %631 = getelementptr i64, i64* %regs, i64 6
  store i64 %630, i64* %631, align 8
  %632 = load i64, i64* %lowEnd, align 8
  %633 = getelementptr i64, i64* %regs, i64 7
  store i64 %632, i64* %633, align 8
  %634 = load i64, i64* %highEnd, align 8
  %635 = getelementptr i64, i64* %regs, i64 8
  store i64 %634, i64* %635, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

dead84:                                           ; No predecessors!
  br label %block23

block2385:                                        ; preds = %dead95, %ok87
  br label %versioned.join80

range2486:                                        ; preds = %write.ok92, %versioned.slow79
  %636 = load i64, i64* %fuel, align 8
  %637 = icmp ult i64 %636, 1
  br i1 %637, label %trap14.site0, label %ok87

ok87:                                             ; preds = %range2486
  %638 = sub i64 %636, 1
  store i64 %638, i64* %fuel, align 8
  %639 = load i64, i64* %i, align 8
  %640 = load i64, i64* %hi, align 8
  %641 = icmp sge i64 %639, %640
  %642 = zext i1 %641 to i32
  %643 = icmp ne i32 %642, 0
  br i1 %643, label %block2385, label %cont88

cont88:                                           ; preds = %ok87
  %644 = load i64, i64* %i, align 8
  store i64 %644, i64* %y, align 8
  %645 = load i32, i32* %list.2, align 4
  %646 = load i32, i32* %len.2, align 4
  %647 = mul i32 %646, 8
  %648 = add i32 %645, %647
  %649 = load i64, i64* %x.3, align 8
  %650 = load i64, i64* %y, align 8
  %651 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %649, i64 %650)
  %652 = extractvalue { i64, i1 } %651, 1
  br i1 %652, label %trap2.site12, label %ok89

ok89:                                             ; preds = %cont88
  %653 = extractvalue { i64, i1 } %651, 0
  %654 = zext i32 %648 to i64
  %655 = add i64 %654, 8
  %656 = add i64 %655, 8
  %657 = icmp uge i64 %655, %scratch_start
  %658 = load i64, i64* %highEnd, align 8
  %659 = icmp ule i64 %656, %658
  %660 = and i1 %657, %659
  %661 = call i1 @llvm.expect.i1(i1 %660, i1 true)
  br i1 %661, label %write.ok92, label %write.low90

write.low90:                                      ; preds = %ok89
  %662 = load i64, i64* %lowStart, align 8
  %663 = icmp uge i64 %655, %662
  %664 = load i64, i64* %lowEnd, align 8
  %665 = icmp ule i64 %656, %664
  %666 = and i1 %663, %665
  %667 = call i1 @llvm.expect.i1(i1 %666, i1 true)
  br i1 %667, label %write.ok92, label %write.slow91

write.slow91:                                     ; preds = %write.low90
  %668 = icmp ugt i64 %656, %arena_size
  br i1 %668, label %trap17.site0, label %ok93

write.ok92:                                       ; preds = %ok93, %write.low90, %ok89
  %669 = getelementptr i8, i8* %mem, i64 %655
  store i64 %653, i64* %unaligned94, align 8
  %670 = bitcast i64* %unaligned94 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %669, i8* %670, i64 8, i1 false)
  %671 = load i32, i32* %len.2, align 4
  %672 = add i32 %671, 1
  store i32 %672, i32* %len.2, align 4
  %673 = load i64, i64* %i, align 8
  %674 = add i64 %673, 1
  store i64 %674, i64* %i, align 8
  br label %range2486

ok93:                                             ; preds = %write.slow91
  %675 = icmp ult i64 %655, %scratch_start
  %676 = load i64, i64* %lowStart, align 8
  %677 = call i64 @llvm.umin.i64(i64 %676, i64 %655)
  %678 = load i64, i64* %lowEnd, align 8
  %679 = load i64, i64* %highEnd, align 8
  %680 = add i64 %656, 64
  %681 = sub i64 %656, %677
  %682 = lshr i64 %681, 4
  %683 = add i64 %680, %682
  %684 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %683)
  %685 = call i64 @llvm.umax.i64(i64 %678, i64 %684)
  %686 = select i1 %675, i64 %685, i64 %678
  store i64 %686, i64* %lowEnd, align 8
  %687 = add i64 %656, 64
  %688 = sub i64 %656, %scratch_start
  %689 = lshr i64 %688, 4
  %690 = add i64 %687, %689
  %691 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %690)
  %692 = call i64 @llvm.umax.i64(i64 %679, i64 %691)
  %693 = select i1 %675, i64 %679, i64 %692
  store i64 %693, i64* %highEnd, align 8
  store i64 %677, i64* %lowStart, align 8
  br label %write.ok92

dead95:                                           ; No predecessors!
  br label %block2385

write.low96:                                      ; preds = %versioned.join80
  %694 = load i64, i64* %lowStart, align 8
  %695 = icmp uge i64 %599, %694
  %696 = load i64, i64* %lowEnd, align 8
  %697 = icmp ule i64 %600, %696
  %698 = and i1 %695, %697
  %699 = call i1 @llvm.expect.i1(i1 %698, i1 true)
  br i1 %699, label %write.ok98, label %write.slow97

write.slow97:                                     ; preds = %write.low96
  %700 = icmp ugt i64 %600, %arena_size
  br i1 %700, label %trap17.site0, label %ok99

write.ok98:                                       ; preds = %ok99, %write.low96, %versioned.join80
  %701 = getelementptr i8, i8* %mem, i64 %599
  store i32 %598, i32* %unaligned100, align 4
  %702 = bitcast i32* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %701, i8* %702, i64 4, i1 false)
  %703 = load i32, i32* %list.2, align 4
  store i32 %703, i32* %result64, align 4
  br label %e20

ok99:                                             ; preds = %write.slow97
  %704 = icmp ult i64 %599, %scratch_start
  %705 = load i64, i64* %lowStart, align 8
  %706 = call i64 @llvm.umin.i64(i64 %705, i64 %599)
  %707 = load i64, i64* %lowEnd, align 8
  %708 = load i64, i64* %highEnd, align 8
  %709 = add i64 %600, 64
  %710 = sub i64 %600, %706
  %711 = lshr i64 %710, 4
  %712 = add i64 %709, %711
  %713 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %712)
  %714 = call i64 @llvm.umax.i64(i64 %707, i64 %713)
  %715 = select i1 %704, i64 %714, i64 %707
  store i64 %715, i64* %lowEnd, align 8
  %716 = add i64 %600, 64
  %717 = sub i64 %600, %scratch_start
  %718 = lshr i64 %717, 4
  %719 = add i64 %716, %718
  %720 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %719)
  %721 = call i64 @llvm.umax.i64(i64 %708, i64 %720)
  %722 = select i1 %704, i64 %708, i64 %721
  store i64 %722, i64* %highEnd, align 8
  store i64 %706, i64* %lowStart, align 8
  br label %write.ok98

write.low101:                                     ; preds = %e20
  %723 = load i64, i64* %lowStart, align 8
  %724 = icmp uge i64 %502, %723
  %725 = load i64, i64* %lowEnd, align 8
  %726 = icmp ule i64 %503, %725
  %727 = and i1 %724, %726
  %728 = call i1 @llvm.expect.i1(i1 %727, i1 true)
  br i1 %728, label %write.ok103, label %write.slow102

write.slow102:                                    ; preds = %write.low101
  %729 = icmp ugt i64 %503, %arena_size
  br i1 %729, label %trap17.site0, label %ok104

write.ok103:                                      ; preds = %ok104, %write.low101, %e20
  %730 = getelementptr i8, i8* %mem, i64 %502
  store i32 %500, i32* %unaligned105, align 4
  %731 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %730, i8* %731, i64 4, i1 false)
  %732 = load i32, i32* %len.1, align 4
  %733 = add i32 %732, 1
  store i32 %733, i32* %len.1, align 4
  br label %join63

ok104:                                            ; preds = %write.slow102
  %734 = icmp ult i64 %502, %scratch_start
  %735 = load i64, i64* %lowStart, align 8
  %736 = call i64 @llvm.umin.i64(i64 %735, i64 %502)
  %737 = load i64, i64* %lowEnd, align 8
  %738 = load i64, i64* %highEnd, align 8
  %739 = add i64 %503, 64
  %740 = sub i64 %503, %736
  %741 = lshr i64 %740, 4
  %742 = add i64 %739, %741
  %743 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %742)
  %744 = call i64 @llvm.umax.i64(i64 %737, i64 %743)
  %745 = select i1 %734, i64 %744, i64 %737
  store i64 %745, i64* %lowEnd, align 8
  %746 = add i64 %503, 64
  %747 = sub i64 %503, %scratch_start
  %748 = lshr i64 %747, 4
  %749 = add i64 %746, %748
  %750 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %749)
  %751 = call i64 @llvm.umax.i64(i64 %738, i64 %750)
  %752 = select i1 %734, i64 %738, i64 %751
  store i64 %752, i64* %highEnd, align 8
  store i64 %736, i64* %lowStart, align 8
  br label %write.ok103

dead106:                                          ; No predecessors!
  br label %block13

write.low107:                                     ; preds = %block13
  %753 = load i64, i64* %lowStart, align 8
  %754 = icmp uge i64 %443, %753
  %755 = load i64, i64* %lowEnd, align 8
  %756 = icmp ule i64 %444, %755
  %757 = and i1 %754, %756
  %758 = call i1 @llvm.expect.i1(i1 %757, i1 true)
  br i1 %758, label %write.ok109, label %write.slow108

write.slow108:                                    ; preds = %write.low107
  %759 = icmp ugt i64 %444, %arena_size
  br i1 %759, label %trap17.site0, label %ok110

write.ok109:                                      ; preds = %ok110, %write.low107, %block13
  %760 = getelementptr i8, i8* %mem, i64 %443
  store i32 %442, i32* %unaligned111, align 4
  %761 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %760, i8* %761, i64 4, i1 false)
  %762 = load i32, i32* %list.1, align 4
  store i32 %762, i32* %result45, align 4
  br label %e11

ok110:                                            ; preds = %write.slow108
  %763 = icmp ult i64 %443, %scratch_start
  %764 = load i64, i64* %lowStart, align 8
  %765 = call i64 @llvm.umin.i64(i64 %764, i64 %443)
  %766 = load i64, i64* %lowEnd, align 8
  %767 = load i64, i64* %highEnd, align 8
  %768 = add i64 %444, 64
  %769 = sub i64 %444, %765
  %770 = lshr i64 %769, 4
  %771 = add i64 %768, %770
  %772 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %771)
  %773 = call i64 @llvm.umax.i64(i64 %766, i64 %772)
  %774 = select i1 %763, i64 %773, i64 %766
  store i64 %774, i64* %lowEnd, align 8
  %775 = add i64 %444, 64
  %776 = sub i64 %444, %scratch_start
  %777 = lshr i64 %776, 4
  %778 = add i64 %775, %777
  %779 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %778)
  %780 = call i64 @llvm.umax.i64(i64 %767, i64 %779)
  %781 = select i1 %763, i64 %767, i64 %780
  store i64 %781, i64* %highEnd, align 8
  store i64 %765, i64* %lowStart, align 8
  br label %write.ok109

write.low112:                                     ; preds = %e11
  %782 = load i64, i64* %lowStart, align 8
  %783 = icmp uge i64 %397, %782
  %784 = load i64, i64* %lowEnd, align 8
  %785 = icmp ule i64 %398, %784
  %786 = and i1 %783, %785
  %787 = call i1 @llvm.expect.i1(i1 %786, i1 true)
  br i1 %787, label %write.ok114, label %write.slow113

write.slow113:                                    ; preds = %write.low112
  %788 = icmp ugt i64 %398, %arena_size
  br i1 %788, label %trap17.site0, label %ok115

write.ok114:                                      ; preds = %ok115, %write.low112, %e11
  %789 = getelementptr i8, i8* %mem, i64 %397
  store i32 %395, i32* %unaligned116, align 4
  %790 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %789, i8* %790, i64 4, i1 false)
  store i64 0, i64* %item, align 8
  %791 = load i32, i32* %xs, align 4
  store i32 %791, i32* %spread, align 4
  %792 = load i32, i32* %xs, align 4
  store i32 %792, i32* %xs.3, align 4
  %793 = load i32, i32* %xs.3, align 4
  %794 = zext i32 %793 to i64
  %795 = sub i64 %arena_size, 4
  %796 = icmp sgt i64 %794, %795
  br i1 %796, label %trap17.site0, label %ok119

ok115:                                            ; preds = %write.slow113
  %797 = icmp ult i64 %397, %scratch_start
  %798 = load i64, i64* %lowStart, align 8
  %799 = call i64 @llvm.umin.i64(i64 %798, i64 %397)
  %800 = load i64, i64* %lowEnd, align 8
  %801 = load i64, i64* %highEnd, align 8
  %802 = add i64 %398, 64
  %803 = sub i64 %398, %799
  %804 = lshr i64 %803, 4
  %805 = add i64 %802, %804
  %806 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %805)
  %807 = call i64 @llvm.umax.i64(i64 %800, i64 %806)
  %808 = select i1 %797, i64 %807, i64 %800
  store i64 %808, i64* %lowEnd, align 8
  %809 = add i64 %398, 64
  %810 = sub i64 %398, %scratch_start
  %811 = lshr i64 %810, 4
  %812 = add i64 %809, %811
  %813 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %812)
  %814 = call i64 @llvm.umax.i64(i64 %801, i64 %813)
  %815 = select i1 %797, i64 %801, i64 %814
  store i64 %815, i64* %highEnd, align 8
  store i64 %799, i64* %lowStart, align 8
  br label %write.ok114

e28:                                              ; preds = %write.ok184
  %816 = load i32, i32* %result117, align 4
  store i32 %816, i32* %spliced, align 4
  %817 = load i32, i32* %dict, align 4
  %818 = load i32, i32* %spliced, align 4
  %819 = zext i32 %817 to i64
  %820 = add i64 %819, 8
  %821 = add i64 %820, 4
  %822 = icmp uge i64 %820, %scratch_start
  %823 = load i64, i64* %highEnd, align 8
  %824 = icmp ule i64 %821, %823
  %825 = and i1 %822, %824
  %826 = call i1 @llvm.expect.i1(i1 %825, i1 true)
  br i1 %826, label %write.ok189, label %write.low187

e31:                                              ; preds = %write.ok151
  %827 = load i32, i32* %result118, align 4
  store i32 %827, i32* %spread.1, align 4
  %828 = load i32, i32* %spread, align 4
  %829 = zext i32 %828 to i64
  %830 = sub i64 %arena_size, 4
  %831 = icmp sgt i64 %829, %830
  br i1 %831, label %trap17.site0, label %ok154

ok119:                                            ; preds = %write.ok114
  %832 = getelementptr i8, i8* %mem, i64 %794
  %833 = bitcast i32* %unaligned120 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %833, i8* %832, i64 4, i1 false)
  %834 = load i32, i32* %unaligned120, align 4
  %835 = zext i32 %834 to i64
  %836 = mul i64 %835, 8
  %837 = add i64 8, %836
  store i64 %837, i64* %size.3, align 8
  %838 = load i64, i64* %size.3, align 8
  %839 = icmp ugt i64 %838, 2147483647
  %840 = zext i1 %839 to i32
  %841 = icmp ne i32 %840, 0
  br i1 %841, label %then121, label %else122

then121:                                          ; preds = %ok119
  br label %trap15.site14

else122:                                          ; preds = %ok119
  br label %join123

join123:                                          ; preds = %else122, %dead124
  %842 = load i64, i64* %size.3, align 8
  %843 = trunc i64 %842 to i32
  %844 = zext i32 %843 to i64
  %845 = getelementptr i64, i64* %regs, i64 1
  %846 = getelementptr i64, i64* %regs, i64 2
  %847 = load i64, i64* %845, align 8
  %848 = add i64 %847, 7
  %849 = and i64 %848, -8
  %850 = add i64 %849, %844
  %851 = load i64, i64* %846, align 8
  %852 = icmp ugt i64 %850, %851
  br i1 %852, label %trap15.site14, label %ok125

trap15.site14:                                    ; preds = %join123, %then121
  %853 = load i64, i64* %lowStart, align 8
  %854 = getelementptr i64, i64* %regs, i64 6
  store i64 %853, i64* %854, align 8
  %855 = load i64, i64* %lowEnd, align 8
  %856 = getelementptr i64, i64* %regs, i64 7
  store i64 %855, i64* %856, align 8
  %857 = load i64, i64* %highEnd, align 8
  %858 = getelementptr i64, i64* %regs, i64 8
  store i64 %857, i64* %858, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead124:                                          ; No predecessors!
  br label %join123

ok125:                                            ; preds = %join123
  store i64 %850, i64* %845, align 8
  %859 = load i64, i64* %highEnd, align 8
  %860 = call i64 @llvm.umax.i64(i64 %859, i64 %850)
  store i64 %860, i64* %highEnd, align 8
  %861 = trunc i64 %849 to i32
  store i32 %861, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %862 = load i32, i32* %xs.3, align 4
  %863 = zext i32 %862 to i64
  %864 = sub i64 %arena_size, 4
  %865 = icmp sgt i64 %863, %864
  br i1 %865, label %trap17.site0, label %ok126

ok126:                                            ; preds = %ok125
  %866 = getelementptr i8, i8* %mem, i64 %863
  %867 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %867, i8* %866, i64 4, i1 false)
  %868 = load i32, i32* %unaligned127, align 4
  store i32 %868, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  %869 = load i32, i32* %k.2, align 4
  %870 = load i32, i32* %n.2, align 4
  %871 = icmp ugt i32 %870, %869
  %872 = sub i32 %870, %869
  %873 = select i1 %871, i32 %872, i32 0
  %874 = zext i32 %873 to i64
  %875 = load i64, i64* %fuel, align 8
  %876 = icmp ult i64 %874, %875
  %877 = icmp ne i64 %874, 0
  %878 = icmp ult i64 %874, 4294967296
  %879 = and i1 %877, %878
  %880 = and i1 %876, %879
  %881 = load i32, i32* %xs.3, align 4
  %882 = zext i32 %881 to i64
  %883 = load i32, i32* %k.2, align 4
  %884 = zext i32 %883 to i64
  %885 = add i64 %884, %874
  %886 = sub i64 %885, 1
  %887 = mul i64 %886, 8
  %888 = add i64 %882, %887
  %889 = add i64 %888, 16
  %890 = icmp ult i64 %886, 4294967296
  %891 = icmp ule i64 %889, %arena_size
  %892 = and i1 %890, %891
  %893 = and i1 %880, %892
  %894 = load i32, i32* %list.3, align 4
  %895 = zext i32 %894 to i64
  %896 = load i32, i32* %len.3, align 4
  %897 = zext i32 %896 to i64
  %898 = add i64 %897, %874
  %899 = sub i64 %898, 1
  %900 = mul i64 %899, 8
  %901 = add i64 %895, %900
  %902 = add i64 %901, 16
  %903 = icmp ult i64 %899, 4294967296
  %904 = icmp ule i64 %902, %arena_size
  %905 = and i1 %903, %904
  %906 = and i1 %893, %905
  %907 = mul i64 %897, 8
  %908 = add i64 %895, %907
  %909 = add i64 %908, 8
  %910 = call i1 @llvm.expect.i1(i1 %906, i1 true)
  br i1 %910, label %versioned.fast128, label %versioned.slow129

versioned.fast128:                                ; preds = %ok126
  %911 = icmp ult i64 %909, %scratch_start
  %912 = load i64, i64* %lowStart, align 8
  %913 = call i64 @llvm.umin.i64(i64 %912, i64 %909)
  %914 = load i64, i64* %lowEnd, align 8
  %915 = load i64, i64* %highEnd, align 8
  %916 = call i64 @llvm.umax.i64(i64 %914, i64 %902)
  %917 = select i1 %911, i64 %916, i64 %914
  store i64 %917, i64* %lowEnd, align 8
  %918 = call i64 @llvm.umax.i64(i64 %915, i64 %902)
  %919 = select i1 %911, i64 %915, i64 %918
  store i64 %919, i64* %highEnd, align 8
  store i64 %913, i64* %lowStart, align 8
  %920 = add i64 %874, 1
  %921 = mul i64 %920, 1
  %922 = sub i64 %875, %921
  store i64 %922, i64* %fuel, align 8
  br label %each34

versioned.slow129:                                ; preds = %ok126
  br label %each34137

versioned.join130:                                ; preds = %block33136, %block33
  %923 = load i32, i32* %list.3, align 4
  %924 = load i32, i32* %len.3, align 4
  %925 = zext i32 %923 to i64
  %926 = add i64 %925, 4
  %927 = icmp uge i64 %925, %scratch_start
  %928 = load i64, i64* %highEnd, align 8
  %929 = icmp ule i64 %926, %928
  %930 = and i1 %927, %929
  %931 = call i1 @llvm.expect.i1(i1 %930, i1 true)
  br i1 %931, label %write.ok151, label %write.low149

block33:                                          ; preds = %dead135, %each34
  br label %versioned.join130

each34:                                           ; preds = %ok133, %versioned.fast128
  %932 = load i32, i32* %k.2, align 4
  %933 = load i32, i32* %n.2, align 4
  %934 = icmp uge i32 %932, %933
  %935 = zext i1 %934 to i32
  %936 = icmp ne i32 %935, 0
  br i1 %936, label %block33, label %cont131

cont131:                                          ; preds = %each34
  %937 = load i32, i32* %k.2, align 4
  %938 = zext i32 %937 to i64
  %939 = mul i64 %938, 8
  %940 = load i32, i32* %xs.3, align 4
  %941 = zext i32 %940 to i64
  %942 = add i64 %941, %939
  %943 = add i64 %942, 8
  %944 = getelementptr i8, i8* %mem, i64 %943
  %945 = bitcast i64* %unaligned132 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %945, i8* %944, i64 8, i1 false)
  %946 = load i64, i64* %unaligned132, align 8
  store i64 %946, i64* %x.4, align 8
  %947 = load i64, i64* %x.4, align 8
  store i64 %947, i64* %x.5, align 8
  %948 = load i32, i32* %len.3, align 4
  %949 = zext i32 %948 to i64
  %950 = mul i64 %949, 8
  %951 = load i32, i32* %list.3, align 4
  %952 = zext i32 %951 to i64
  %953 = add i64 %952, %950
  %954 = add i64 %953, 8
  %955 = getelementptr i8, i8* %mem, i64 %954
  %956 = load i64, i64* %x.5, align 8
  %957 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %956, i64 10)
  %958 = extractvalue { i64, i1 } %957, 1
  br i1 %958, label %trap2.site15, label %ok133

ok133:                                            ; preds = %cont131
  %959 = extractvalue { i64, i1 } %957, 0
  store i64 %959, i64* %unaligned134, align 8
  %960 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %955, i8* %960, i64 8, i1 false)
  %961 = load i32, i32* %len.3, align 4
  %962 = add i32 %961, 1
  store i32 %962, i32* %len.3, align 4
  %963 = load i32, i32* %k.2, align 4
  %964 = add i32 %963, 1
  store i32 %964, i32* %k.2, align 4
  br label %each34

trap2.site15:                                     ; preds = %ok140, %cont131
  %965 = load i64, i64* %lowStart, align 8
  %966 = getelementptr i64, i64* %regs, i64 6
  store i64 %965, i64* %966, align 8
  %967 = load i64, i64* %lowEnd, align 8
  %968 = getelementptr i64, i64* %regs, i64 7
  store i64 %967, i64* %968, align 8
  %969 = load i64, i64* %highEnd, align 8
  %970 = getelementptr i64, i64* %regs, i64 8
  store i64 %969, i64* %970, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

dead135:                                          ; No predecessors!
  br label %block33

block33136:                                       ; preds = %dead148, %ok138
  br label %versioned.join130

each34137:                                        ; preds = %write.ok145, %versioned.slow129
  %971 = load i64, i64* %fuel, align 8
  %972 = icmp ult i64 %971, 1
  br i1 %972, label %trap14.site0, label %ok138

ok138:                                            ; preds = %each34137
  %973 = sub i64 %971, 1
  store i64 %973, i64* %fuel, align 8
  %974 = load i32, i32* %k.2, align 4
  %975 = load i32, i32* %n.2, align 4
  %976 = icmp uge i32 %974, %975
  %977 = zext i1 %976 to i32
  %978 = icmp ne i32 %977, 0
  br i1 %978, label %block33136, label %cont139

cont139:                                          ; preds = %ok138
  %979 = load i32, i32* %xs.3, align 4
  %980 = load i32, i32* %k.2, align 4
  %981 = mul i32 %980, 8
  %982 = add i32 %979, %981
  %983 = zext i32 %982 to i64
  %984 = sub i64 %arena_size, 16
  %985 = icmp sgt i64 %983, %984
  br i1 %985, label %trap17.site0, label %ok140

ok140:                                            ; preds = %cont139
  %986 = add i64 %983, 8
  %987 = getelementptr i8, i8* %mem, i64 %986
  %988 = bitcast i64* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %988, i8* %987, i64 8, i1 false)
  %989 = load i64, i64* %unaligned141, align 8
  store i64 %989, i64* %x.4, align 8
  %990 = load i64, i64* %x.4, align 8
  store i64 %990, i64* %x.5, align 8
  %991 = load i32, i32* %list.3, align 4
  %992 = load i32, i32* %len.3, align 4
  %993 = mul i32 %992, 8
  %994 = add i32 %991, %993
  %995 = load i64, i64* %x.5, align 8
  %996 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %995, i64 10)
  %997 = extractvalue { i64, i1 } %996, 1
  br i1 %997, label %trap2.site15, label %ok142

ok142:                                            ; preds = %ok140
  %998 = extractvalue { i64, i1 } %996, 0
  %999 = zext i32 %994 to i64
  %1000 = add i64 %999, 8
  %1001 = add i64 %1000, 8
  %1002 = icmp uge i64 %1000, %scratch_start
  %1003 = load i64, i64* %highEnd, align 8
  %1004 = icmp ule i64 %1001, %1003
  %1005 = and i1 %1002, %1004
  %1006 = call i1 @llvm.expect.i1(i1 %1005, i1 true)
  br i1 %1006, label %write.ok145, label %write.low143

write.low143:                                     ; preds = %ok142
  %1007 = load i64, i64* %lowStart, align 8
  %1008 = icmp uge i64 %1000, %1007
  %1009 = load i64, i64* %lowEnd, align 8
  %1010 = icmp ule i64 %1001, %1009
  %1011 = and i1 %1008, %1010
  %1012 = call i1 @llvm.expect.i1(i1 %1011, i1 true)
  br i1 %1012, label %write.ok145, label %write.slow144

write.slow144:                                    ; preds = %write.low143
  %1013 = icmp ugt i64 %1001, %arena_size
  br i1 %1013, label %trap17.site0, label %ok146

write.ok145:                                      ; preds = %ok146, %write.low143, %ok142
  %1014 = getelementptr i8, i8* %mem, i64 %1000
  store i64 %998, i64* %unaligned147, align 8
  %1015 = bitcast i64* %unaligned147 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1014, i8* %1015, i64 8, i1 false)
  %1016 = load i32, i32* %len.3, align 4
  %1017 = add i32 %1016, 1
  store i32 %1017, i32* %len.3, align 4
  %1018 = load i32, i32* %k.2, align 4
  %1019 = add i32 %1018, 1
  store i32 %1019, i32* %k.2, align 4
  br label %each34137

ok146:                                            ; preds = %write.slow144
  %1020 = icmp ult i64 %1000, %scratch_start
  %1021 = load i64, i64* %lowStart, align 8
  %1022 = call i64 @llvm.umin.i64(i64 %1021, i64 %1000)
  %1023 = load i64, i64* %lowEnd, align 8
  %1024 = load i64, i64* %highEnd, align 8
  %1025 = add i64 %1001, 64
  %1026 = sub i64 %1001, %1022
  %1027 = lshr i64 %1026, 4
  %1028 = add i64 %1025, %1027
  %1029 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1028)
  %1030 = call i64 @llvm.umax.i64(i64 %1023, i64 %1029)
  %1031 = select i1 %1020, i64 %1030, i64 %1023
  store i64 %1031, i64* %lowEnd, align 8
  %1032 = add i64 %1001, 64
  %1033 = sub i64 %1001, %scratch_start
  %1034 = lshr i64 %1033, 4
  %1035 = add i64 %1032, %1034
  %1036 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1035)
  %1037 = call i64 @llvm.umax.i64(i64 %1024, i64 %1036)
  %1038 = select i1 %1020, i64 %1024, i64 %1037
  store i64 %1038, i64* %highEnd, align 8
  store i64 %1022, i64* %lowStart, align 8
  br label %write.ok145

dead148:                                          ; No predecessors!
  br label %block33136

write.low149:                                     ; preds = %versioned.join130
  %1039 = load i64, i64* %lowStart, align 8
  %1040 = icmp uge i64 %925, %1039
  %1041 = load i64, i64* %lowEnd, align 8
  %1042 = icmp ule i64 %926, %1041
  %1043 = and i1 %1040, %1042
  %1044 = call i1 @llvm.expect.i1(i1 %1043, i1 true)
  br i1 %1044, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %1045 = icmp ugt i64 %926, %arena_size
  br i1 %1045, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %versioned.join130
  %1046 = getelementptr i8, i8* %mem, i64 %925
  store i32 %924, i32* %unaligned153, align 4
  %1047 = bitcast i32* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1046, i8* %1047, i64 4, i1 false)
  %1048 = load i32, i32* %list.3, align 4
  store i32 %1048, i32* %result118, align 4
  br label %e31

ok152:                                            ; preds = %write.slow150
  %1049 = icmp ult i64 %925, %scratch_start
  %1050 = load i64, i64* %lowStart, align 8
  %1051 = call i64 @llvm.umin.i64(i64 %1050, i64 %925)
  %1052 = load i64, i64* %lowEnd, align 8
  %1053 = load i64, i64* %highEnd, align 8
  %1054 = add i64 %926, 64
  %1055 = sub i64 %926, %1051
  %1056 = lshr i64 %1055, 4
  %1057 = add i64 %1054, %1056
  %1058 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1057)
  %1059 = call i64 @llvm.umax.i64(i64 %1052, i64 %1058)
  %1060 = select i1 %1049, i64 %1059, i64 %1052
  store i64 %1060, i64* %lowEnd, align 8
  %1061 = add i64 %926, 64
  %1062 = sub i64 %926, %scratch_start
  %1063 = lshr i64 %1062, 4
  %1064 = add i64 %1061, %1063
  %1065 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1064)
  %1066 = call i64 @llvm.umax.i64(i64 %1053, i64 %1065)
  %1067 = select i1 %1049, i64 %1053, i64 %1066
  store i64 %1067, i64* %highEnd, align 8
  store i64 %1051, i64* %lowStart, align 8
  br label %write.ok151

ok154:                                            ; preds = %e31
  %1068 = getelementptr i8, i8* %mem, i64 %829
  %1069 = bitcast i32* %unaligned155 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1069, i8* %1068, i64 4, i1 false)
  %1070 = load i32, i32* %unaligned155, align 4
  %1071 = add i32 1, %1070
  %1072 = load i32, i32* %spread.1, align 4
  %1073 = zext i32 %1072 to i64
  %1074 = sub i64 %arena_size, 4
  %1075 = icmp sgt i64 %1073, %1074
  br i1 %1075, label %trap17.site0, label %ok156

ok156:                                            ; preds = %ok154
  %1076 = getelementptr i8, i8* %mem, i64 %1073
  %1077 = bitcast i32* %unaligned157 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1077, i8* %1076, i64 4, i1 false)
  %1078 = load i32, i32* %unaligned157, align 4
  %1079 = add i32 %1071, %1078
  %1080 = zext i32 %1079 to i64
  %1081 = mul i64 %1080, 8
  %1082 = add i64 8, %1081
  store i64 %1082, i64* %size.4, align 8
  %1083 = load i64, i64* %size.4, align 8
  %1084 = icmp ugt i64 %1083, 2147483647
  %1085 = zext i1 %1084 to i32
  %1086 = icmp ne i32 %1085, 0
  br i1 %1086, label %then158, label %else159

then158:                                          ; preds = %ok156
  br label %trap15.site13

else159:                                          ; preds = %ok156
  br label %join160

join160:                                          ; preds = %else159, %dead161
  %1087 = load i64, i64* %size.4, align 8
  %1088 = trunc i64 %1087 to i32
  %1089 = zext i32 %1088 to i64
  %1090 = getelementptr i64, i64* %regs, i64 1
  %1091 = getelementptr i64, i64* %regs, i64 2
  %1092 = load i64, i64* %1090, align 8
  %1093 = add i64 %1092, 7
  %1094 = and i64 %1093, -8
  %1095 = add i64 %1094, %1089
  %1096 = load i64, i64* %1091, align 8
  %1097 = icmp ugt i64 %1095, %1096
  br i1 %1097, label %trap15.site13, label %ok162

trap15.site13:                                    ; preds = %join160, %then158
  %1098 = load i64, i64* %lowStart, align 8
  %1099 = getelementptr i64, i64* %regs, i64 6
  store i64 %1098, i64* %1099, align 8
  %1100 = load i64, i64* %lowEnd, align 8
  %1101 = getelementptr i64, i64* %regs, i64 7
  store i64 %1100, i64* %1101, align 8
  %1102 = load i64, i64* %highEnd, align 8
  %1103 = getelementptr i64, i64* %regs, i64 8
  store i64 %1102, i64* %1103, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead161:                                          ; No predecessors!
  br label %join160

ok162:                                            ; preds = %join160
  store i64 %1095, i64* %1090, align 8
  %1104 = load i64, i64* %highEnd, align 8
  %1105 = call i64 @llvm.umax.i64(i64 %1104, i64 %1095)
  store i64 %1105, i64* %highEnd, align 8
  %1106 = trunc i64 %1094 to i32
  store i32 %1106, i32* %list.4, align 4
  store i32 0, i32* %len.4, align 4
  %1107 = load i32, i32* %list.4, align 4
  %1108 = add i32 %1107, 8
  %1109 = load i32, i32* %len.4, align 4
  %1110 = mul i32 %1109, 8
  %1111 = add i32 %1108, %1110
  %1112 = load i64, i64* %item, align 8
  %1113 = zext i32 %1111 to i64
  %1114 = add i64 %1113, 8
  %1115 = icmp uge i64 %1113, %scratch_start
  %1116 = load i64, i64* %highEnd, align 8
  %1117 = icmp ule i64 %1114, %1116
  %1118 = and i1 %1115, %1117
  %1119 = call i1 @llvm.expect.i1(i1 %1118, i1 true)
  br i1 %1119, label %write.ok165, label %write.low163

write.low163:                                     ; preds = %ok162
  %1120 = load i64, i64* %lowStart, align 8
  %1121 = icmp uge i64 %1113, %1120
  %1122 = load i64, i64* %lowEnd, align 8
  %1123 = icmp ule i64 %1114, %1122
  %1124 = and i1 %1121, %1123
  %1125 = call i1 @llvm.expect.i1(i1 %1124, i1 true)
  br i1 %1125, label %write.ok165, label %write.slow164

write.slow164:                                    ; preds = %write.low163
  %1126 = icmp ugt i64 %1114, %arena_size
  br i1 %1126, label %trap17.site0, label %ok166

write.ok165:                                      ; preds = %ok166, %write.low163, %ok162
  %1127 = getelementptr i8, i8* %mem, i64 %1113
  store i64 %1112, i64* %unaligned167, align 8
  %1128 = bitcast i64* %unaligned167 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1127, i8* %1128, i64 8, i1 false)
  %1129 = load i32, i32* %len.4, align 4
  %1130 = add i32 %1129, 1
  store i32 %1130, i32* %len.4, align 4
  %1131 = load i32, i32* %spread, align 4
  %1132 = zext i32 %1131 to i64
  %1133 = sub i64 %arena_size, 4
  %1134 = icmp sgt i64 %1132, %1133
  br i1 %1134, label %trap17.site0, label %ok168

ok166:                                            ; preds = %write.slow164
  %1135 = icmp ult i64 %1113, %scratch_start
  %1136 = load i64, i64* %lowStart, align 8
  %1137 = call i64 @llvm.umin.i64(i64 %1136, i64 %1113)
  %1138 = load i64, i64* %lowEnd, align 8
  %1139 = load i64, i64* %highEnd, align 8
  %1140 = add i64 %1114, 64
  %1141 = sub i64 %1114, %1137
  %1142 = lshr i64 %1141, 4
  %1143 = add i64 %1140, %1142
  %1144 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1143)
  %1145 = call i64 @llvm.umax.i64(i64 %1138, i64 %1144)
  %1146 = select i1 %1135, i64 %1145, i64 %1138
  store i64 %1146, i64* %lowEnd, align 8
  %1147 = add i64 %1114, 64
  %1148 = sub i64 %1114, %scratch_start
  %1149 = lshr i64 %1148, 4
  %1150 = add i64 %1147, %1149
  %1151 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1150)
  %1152 = call i64 @llvm.umax.i64(i64 %1139, i64 %1151)
  %1153 = select i1 %1135, i64 %1139, i64 %1152
  store i64 %1153, i64* %highEnd, align 8
  store i64 %1137, i64* %lowStart, align 8
  br label %write.ok165

ok168:                                            ; preds = %write.ok165
  %1154 = getelementptr i8, i8* %mem, i64 %1132
  %1155 = bitcast i32* %unaligned169 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1155, i8* %1154, i64 4, i1 false)
  %1156 = load i32, i32* %unaligned169, align 4
  store i32 %1156, i32* %slen, align 4
  %1157 = load i32, i32* %list.4, align 4
  %1158 = add i32 %1157, 8
  %1159 = load i32, i32* %len.4, align 4
  %1160 = mul i32 %1159, 8
  %1161 = add i32 %1158, %1160
  %1162 = load i32, i32* %spread, align 4
  %1163 = add i32 %1162, 8
  %1164 = load i32, i32* %slen, align 4
  %1165 = mul i32 %1164, 8
  %1166 = zext i32 %1165 to i64
  %1167 = zext i32 %1163 to i64
  %1168 = add i64 %1167, %1166
  %1169 = icmp ugt i64 %1168, %arena_size
  br i1 %1169, label %trap17.site13, label %ok170

ok170:                                            ; preds = %ok168
  %1170 = zext i32 %1161 to i64
  %1171 = add i64 %1170, %1166
  %1172 = icmp uge i64 %1170, %scratch_start
  %1173 = load i64, i64* %highEnd, align 8
  %1174 = icmp ule i64 %1171, %1173
  %1175 = and i1 %1172, %1174
  %1176 = call i1 @llvm.expect.i1(i1 %1175, i1 true)
  br i1 %1176, label %write.ok173, label %write.low171

trap17.site13:                                    ; preds = %write.slow179, %ok175, %write.slow172, %ok168
  %1177 = load i64, i64* %lowStart, align 8
  %1178 = getelementptr i64, i64* %regs, i64 6
  store i64 %1177, i64* %1178, align 8
  %1179 = load i64, i64* %lowEnd, align 8
  %1180 = getelementptr i64, i64* %regs, i64 7
  store i64 %1179, i64* %1180, align 8
  %1181 = load i64, i64* %highEnd, align 8
  %1182 = getelementptr i64, i64* %regs, i64 8
  store i64 %1181, i64* %1182, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

write.low171:                                     ; preds = %ok170
  %1183 = load i64, i64* %lowStart, align 8
  %1184 = icmp uge i64 %1170, %1183
  %1185 = load i64, i64* %lowEnd, align 8
  %1186 = icmp ule i64 %1171, %1185
  %1187 = and i1 %1184, %1186
  %1188 = call i1 @llvm.expect.i1(i1 %1187, i1 true)
  br i1 %1188, label %write.ok173, label %write.slow172

write.slow172:                                    ; preds = %write.low171
  %1189 = icmp ugt i64 %1171, %arena_size
  br i1 %1189, label %trap17.site13, label %ok174

write.ok173:                                      ; preds = %ok174, %write.low171, %ok170
  %1190 = getelementptr i8, i8* %mem, i64 %1170
  %1191 = getelementptr i8, i8* %mem, i64 %1167
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1190, i8* %1191, i64 %1166, i1 false)
  %1192 = load i32, i32* %len.4, align 4
  %1193 = load i32, i32* %slen, align 4
  %1194 = add i32 %1192, %1193
  store i32 %1194, i32* %len.4, align 4
  %1195 = load i32, i32* %spread.1, align 4
  %1196 = zext i32 %1195 to i64
  %1197 = sub i64 %arena_size, 4
  %1198 = icmp sgt i64 %1196, %1197
  br i1 %1198, label %trap17.site0, label %ok175

ok174:                                            ; preds = %write.slow172
  %1199 = icmp ult i64 %1170, %scratch_start
  %1200 = load i64, i64* %lowStart, align 8
  %1201 = call i64 @llvm.umin.i64(i64 %1200, i64 %1170)
  %1202 = load i64, i64* %lowEnd, align 8
  %1203 = load i64, i64* %highEnd, align 8
  %1204 = add i64 %1171, 64
  %1205 = sub i64 %1171, %1201
  %1206 = lshr i64 %1205, 4
  %1207 = add i64 %1204, %1206
  %1208 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1207)
  %1209 = call i64 @llvm.umax.i64(i64 %1202, i64 %1208)
  %1210 = select i1 %1199, i64 %1209, i64 %1202
  store i64 %1210, i64* %lowEnd, align 8
  %1211 = add i64 %1171, 64
  %1212 = sub i64 %1171, %scratch_start
  %1213 = lshr i64 %1212, 4
  %1214 = add i64 %1211, %1213
  %1215 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1214)
  %1216 = call i64 @llvm.umax.i64(i64 %1203, i64 %1215)
  %1217 = select i1 %1199, i64 %1203, i64 %1216
  store i64 %1217, i64* %highEnd, align 8
  store i64 %1201, i64* %lowStart, align 8
  br label %write.ok173

ok175:                                            ; preds = %write.ok173
  %1218 = getelementptr i8, i8* %mem, i64 %1196
  %1219 = bitcast i32* %unaligned176 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1219, i8* %1218, i64 4, i1 false)
  %1220 = load i32, i32* %unaligned176, align 4
  store i32 %1220, i32* %slen.1, align 4
  %1221 = load i32, i32* %list.4, align 4
  %1222 = add i32 %1221, 8
  %1223 = load i32, i32* %len.4, align 4
  %1224 = mul i32 %1223, 8
  %1225 = add i32 %1222, %1224
  %1226 = load i32, i32* %spread.1, align 4
  %1227 = add i32 %1226, 8
  %1228 = load i32, i32* %slen.1, align 4
  %1229 = mul i32 %1228, 8
  %1230 = zext i32 %1229 to i64
  %1231 = zext i32 %1227 to i64
  %1232 = add i64 %1231, %1230
  %1233 = icmp ugt i64 %1232, %arena_size
  br i1 %1233, label %trap17.site13, label %ok177

ok177:                                            ; preds = %ok175
  %1234 = zext i32 %1225 to i64
  %1235 = add i64 %1234, %1230
  %1236 = icmp uge i64 %1234, %scratch_start
  %1237 = load i64, i64* %highEnd, align 8
  %1238 = icmp ule i64 %1235, %1237
  %1239 = and i1 %1236, %1238
  %1240 = call i1 @llvm.expect.i1(i1 %1239, i1 true)
  br i1 %1240, label %write.ok180, label %write.low178

write.low178:                                     ; preds = %ok177
  %1241 = load i64, i64* %lowStart, align 8
  %1242 = icmp uge i64 %1234, %1241
  %1243 = load i64, i64* %lowEnd, align 8
  %1244 = icmp ule i64 %1235, %1243
  %1245 = and i1 %1242, %1244
  %1246 = call i1 @llvm.expect.i1(i1 %1245, i1 true)
  br i1 %1246, label %write.ok180, label %write.slow179

write.slow179:                                    ; preds = %write.low178
  %1247 = icmp ugt i64 %1235, %arena_size
  br i1 %1247, label %trap17.site13, label %ok181

write.ok180:                                      ; preds = %ok181, %write.low178, %ok177
  %1248 = getelementptr i8, i8* %mem, i64 %1234
  %1249 = getelementptr i8, i8* %mem, i64 %1231
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %1248, i8* %1249, i64 %1230, i1 false)
  %1250 = load i32, i32* %len.4, align 4
  %1251 = load i32, i32* %slen.1, align 4
  %1252 = add i32 %1250, %1251
  store i32 %1252, i32* %len.4, align 4
  %1253 = load i32, i32* %list.4, align 4
  %1254 = load i32, i32* %len.4, align 4
  %1255 = zext i32 %1253 to i64
  %1256 = add i64 %1255, 4
  %1257 = icmp uge i64 %1255, %scratch_start
  %1258 = load i64, i64* %highEnd, align 8
  %1259 = icmp ule i64 %1256, %1258
  %1260 = and i1 %1257, %1259
  %1261 = call i1 @llvm.expect.i1(i1 %1260, i1 true)
  br i1 %1261, label %write.ok184, label %write.low182

ok181:                                            ; preds = %write.slow179
  %1262 = icmp ult i64 %1234, %scratch_start
  %1263 = load i64, i64* %lowStart, align 8
  %1264 = call i64 @llvm.umin.i64(i64 %1263, i64 %1234)
  %1265 = load i64, i64* %lowEnd, align 8
  %1266 = load i64, i64* %highEnd, align 8
  %1267 = add i64 %1235, 64
  %1268 = sub i64 %1235, %1264
  %1269 = lshr i64 %1268, 4
  %1270 = add i64 %1267, %1269
  %1271 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1270)
  %1272 = call i64 @llvm.umax.i64(i64 %1265, i64 %1271)
  %1273 = select i1 %1262, i64 %1272, i64 %1265
  store i64 %1273, i64* %lowEnd, align 8
  %1274 = add i64 %1235, 64
  %1275 = sub i64 %1235, %scratch_start
  %1276 = lshr i64 %1275, 4
  %1277 = add i64 %1274, %1276
  %1278 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1277)
  %1279 = call i64 @llvm.umax.i64(i64 %1266, i64 %1278)
  %1280 = select i1 %1262, i64 %1266, i64 %1279
  store i64 %1280, i64* %highEnd, align 8
  store i64 %1264, i64* %lowStart, align 8
  br label %write.ok180

write.low182:                                     ; preds = %write.ok180
  %1281 = load i64, i64* %lowStart, align 8
  %1282 = icmp uge i64 %1255, %1281
  %1283 = load i64, i64* %lowEnd, align 8
  %1284 = icmp ule i64 %1256, %1283
  %1285 = and i1 %1282, %1284
  %1286 = call i1 @llvm.expect.i1(i1 %1285, i1 true)
  br i1 %1286, label %write.ok184, label %write.slow183

write.slow183:                                    ; preds = %write.low182
  %1287 = icmp ugt i64 %1256, %arena_size
  br i1 %1287, label %trap17.site0, label %ok185

write.ok184:                                      ; preds = %ok185, %write.low182, %write.ok180
  %1288 = getelementptr i8, i8* %mem, i64 %1255
  store i32 %1254, i32* %unaligned186, align 4
  %1289 = bitcast i32* %unaligned186 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1288, i8* %1289, i64 4, i1 false)
  %1290 = load i32, i32* %list.4, align 4
  store i32 %1290, i32* %result117, align 4
  br label %e28

ok185:                                            ; preds = %write.slow183
  %1291 = icmp ult i64 %1255, %scratch_start
  %1292 = load i64, i64* %lowStart, align 8
  %1293 = call i64 @llvm.umin.i64(i64 %1292, i64 %1255)
  %1294 = load i64, i64* %lowEnd, align 8
  %1295 = load i64, i64* %highEnd, align 8
  %1296 = add i64 %1256, 64
  %1297 = sub i64 %1256, %1293
  %1298 = lshr i64 %1297, 4
  %1299 = add i64 %1296, %1298
  %1300 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1299)
  %1301 = call i64 @llvm.umax.i64(i64 %1294, i64 %1300)
  %1302 = select i1 %1291, i64 %1301, i64 %1294
  store i64 %1302, i64* %lowEnd, align 8
  %1303 = add i64 %1256, 64
  %1304 = sub i64 %1256, %scratch_start
  %1305 = lshr i64 %1304, 4
  %1306 = add i64 %1303, %1305
  %1307 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1306)
  %1308 = call i64 @llvm.umax.i64(i64 %1295, i64 %1307)
  %1309 = select i1 %1291, i64 %1295, i64 %1308
  store i64 %1309, i64* %highEnd, align 8
  store i64 %1293, i64* %lowStart, align 8
  br label %write.ok184

write.low187:                                     ; preds = %e28
  %1310 = load i64, i64* %lowStart, align 8
  %1311 = icmp uge i64 %820, %1310
  %1312 = load i64, i64* %lowEnd, align 8
  %1313 = icmp ule i64 %821, %1312
  %1314 = and i1 %1311, %1313
  %1315 = call i1 @llvm.expect.i1(i1 %1314, i1 true)
  br i1 %1315, label %write.ok189, label %write.slow188

write.slow188:                                    ; preds = %write.low187
  %1316 = icmp ugt i64 %821, %arena_size
  br i1 %1316, label %trap17.site0, label %ok190

write.ok189:                                      ; preds = %ok190, %write.low187, %e28
  %1317 = getelementptr i8, i8* %mem, i64 %820
  store i32 %818, i32* %unaligned191, align 4
  %1318 = bitcast i32* %unaligned191 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1317, i8* %1318, i64 4, i1 false)
  %1319 = load i32, i32* %xs, align 4
  store i32 %1319, i32* %xs.4, align 4
  %1320 = load i32, i32* %xs.4, align 4
  %1321 = zext i32 %1320 to i64
  %1322 = sub i64 %arena_size, 4
  %1323 = icmp sgt i64 %1321, %1322
  br i1 %1323, label %trap17.site0, label %ok193

ok190:                                            ; preds = %write.slow188
  %1324 = icmp ult i64 %820, %scratch_start
  %1325 = load i64, i64* %lowStart, align 8
  %1326 = call i64 @llvm.umin.i64(i64 %1325, i64 %820)
  %1327 = load i64, i64* %lowEnd, align 8
  %1328 = load i64, i64* %highEnd, align 8
  %1329 = add i64 %821, 64
  %1330 = sub i64 %821, %1326
  %1331 = lshr i64 %1330, 4
  %1332 = add i64 %1329, %1331
  %1333 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1332)
  %1334 = call i64 @llvm.umax.i64(i64 %1327, i64 %1333)
  %1335 = select i1 %1324, i64 %1334, i64 %1327
  store i64 %1335, i64* %lowEnd, align 8
  %1336 = add i64 %821, 64
  %1337 = sub i64 %821, %scratch_start
  %1338 = lshr i64 %1337, 4
  %1339 = add i64 %1336, %1338
  %1340 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1339)
  %1341 = call i64 @llvm.umax.i64(i64 %1328, i64 %1340)
  %1342 = select i1 %1324, i64 %1328, i64 %1341
  store i64 %1342, i64* %highEnd, align 8
  store i64 %1326, i64* %lowStart, align 8
  br label %write.ok189

e38:                                              ; preds = %write.ok227
  %1343 = load i32, i32* %result192, align 4
  store i32 %1343, i32* %records, align 4
  %1344 = load i32, i32* %dict, align 4
  %1345 = load i32, i32* %records, align 4
  %1346 = zext i32 %1344 to i64
  %1347 = add i64 %1346, 12
  %1348 = add i64 %1347, 4
  %1349 = icmp uge i64 %1347, %scratch_start
  %1350 = load i64, i64* %highEnd, align 8
  %1351 = icmp ule i64 %1348, %1350
  %1352 = and i1 %1349, %1351
  %1353 = call i1 @llvm.expect.i1(i1 %1352, i1 true)
  br i1 %1353, label %write.ok232, label %write.low230

ok193:                                            ; preds = %write.ok189
  %1354 = getelementptr i8, i8* %mem, i64 %1321
  %1355 = bitcast i32* %unaligned194 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1355, i8* %1354, i64 4, i1 false)
  %1356 = load i32, i32* %unaligned194, align 4
  %1357 = zext i32 %1356 to i64
  %1358 = mul i64 %1357, 4
  %1359 = add i64 4, %1358
  store i64 %1359, i64* %size.5, align 8
  %1360 = load i64, i64* %size.5, align 8
  %1361 = icmp ugt i64 %1360, 2147483647
  %1362 = zext i1 %1361 to i32
  %1363 = icmp ne i32 %1362, 0
  br i1 %1363, label %then195, label %else196

then195:                                          ; preds = %ok193
  br label %trap15.site16

else196:                                          ; preds = %ok193
  br label %join197

join197:                                          ; preds = %else196, %dead198
  %1364 = load i64, i64* %size.5, align 8
  %1365 = trunc i64 %1364 to i32
  %1366 = zext i32 %1365 to i64
  %1367 = getelementptr i64, i64* %regs, i64 1
  %1368 = getelementptr i64, i64* %regs, i64 2
  %1369 = load i64, i64* %1367, align 8
  %1370 = add i64 %1369, 3
  %1371 = and i64 %1370, -4
  %1372 = add i64 %1371, %1366
  %1373 = load i64, i64* %1368, align 8
  %1374 = icmp ugt i64 %1372, %1373
  br i1 %1374, label %trap15.site16, label %ok199

trap15.site16:                                    ; preds = %join197, %then195
  %1375 = load i64, i64* %lowStart, align 8
  %1376 = getelementptr i64, i64* %regs, i64 6
  store i64 %1375, i64* %1376, align 8
  %1377 = load i64, i64* %lowEnd, align 8
  %1378 = getelementptr i64, i64* %regs, i64 7
  store i64 %1377, i64* %1378, align 8
  %1379 = load i64, i64* %highEnd, align 8
  %1380 = getelementptr i64, i64* %regs, i64 8
  store i64 %1379, i64* %1380, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead198:                                          ; No predecessors!
  br label %join197

ok199:                                            ; preds = %join197
  store i64 %1372, i64* %1367, align 8
  %1381 = load i64, i64* %highEnd, align 8
  %1382 = call i64 @llvm.umax.i64(i64 %1381, i64 %1372)
  store i64 %1382, i64* %highEnd, align 8
  %1383 = trunc i64 %1371 to i32
  store i32 %1383, i32* %list.5, align 4
  store i32 0, i32* %len.5, align 4
  %1384 = load i32, i32* %xs.4, align 4
  %1385 = zext i32 %1384 to i64
  %1386 = sub i64 %arena_size, 4
  %1387 = icmp sgt i64 %1385, %1386
  br i1 %1387, label %trap17.site0, label %ok200

ok200:                                            ; preds = %ok199
  %1388 = getelementptr i8, i8* %mem, i64 %1385
  %1389 = bitcast i32* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1389, i8* %1388, i64 4, i1 false)
  %1390 = load i32, i32* %unaligned201, align 4
  store i32 %1390, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each41

block40:                                          ; preds = %dead224, %ok202
  %1391 = load i32, i32* %list.5, align 4
  %1392 = load i32, i32* %len.5, align 4
  %1393 = zext i32 %1391 to i64
  %1394 = add i64 %1393, 4
  %1395 = icmp uge i64 %1393, %scratch_start
  %1396 = load i64, i64* %highEnd, align 8
  %1397 = icmp ule i64 %1394, %1396
  %1398 = and i1 %1395, %1397
  %1399 = call i1 @llvm.expect.i1(i1 %1398, i1 true)
  br i1 %1399, label %write.ok227, label %write.low225

each41:                                           ; preds = %write.ok221, %ok200
  %1400 = load i64, i64* %fuel, align 8
  %1401 = icmp ult i64 %1400, 1
  br i1 %1401, label %trap14.site0, label %ok202

ok202:                                            ; preds = %each41
  %1402 = sub i64 %1400, 1
  store i64 %1402, i64* %fuel, align 8
  %1403 = load i32, i32* %k.3, align 4
  %1404 = load i32, i32* %n.3, align 4
  %1405 = icmp uge i32 %1403, %1404
  %1406 = zext i1 %1405 to i32
  %1407 = icmp ne i32 %1406, 0
  br i1 %1407, label %block40, label %cont203

cont203:                                          ; preds = %ok202
  %1408 = load i32, i32* %xs.4, align 4
  %1409 = load i32, i32* %k.3, align 4
  %1410 = mul i32 %1409, 8
  %1411 = add i32 %1408, %1410
  %1412 = zext i32 %1411 to i64
  %1413 = sub i64 %arena_size, 16
  %1414 = icmp sgt i64 %1412, %1413
  br i1 %1414, label %trap17.site0, label %ok204

ok204:                                            ; preds = %cont203
  %1415 = add i64 %1412, 8
  %1416 = getelementptr i8, i8* %mem, i64 %1415
  %1417 = bitcast i64* %unaligned205 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1417, i8* %1416, i64 8, i1 false)
  %1418 = load i64, i64* %unaligned205, align 8
  store i64 %1418, i64* %x.6, align 8
  %1419 = load i64, i64* %x.6, align 8
  store i64 %1419, i64* %x.7, align 8
  %1420 = load i32, i32* %list.5, align 4
  %1421 = load i32, i32* %len.5, align 4
  %1422 = mul i32 %1421, 4
  %1423 = add i32 %1420, %1422
  %1424 = getelementptr i64, i64* %regs, i64 1
  %1425 = getelementptr i64, i64* %regs, i64 2
  %1426 = load i64, i64* %1424, align 8
  %1427 = add i64 %1426, 7
  %1428 = and i64 %1427, -8
  %1429 = add i64 %1428, 16
  %1430 = load i64, i64* %1425, align 8
  %1431 = icmp ugt i64 %1429, %1430
  br i1 %1431, label %trap15.site17, label %ok207

e42:                                              ; preds = %write.ok217
  %1432 = load i32, i32* %result206, align 4
  %1433 = zext i32 %1423 to i64
  %1434 = add i64 %1433, 4
  %1435 = add i64 %1434, 4
  %1436 = icmp uge i64 %1434, %scratch_start
  %1437 = load i64, i64* %highEnd, align 8
  %1438 = icmp ule i64 %1435, %1437
  %1439 = and i1 %1436, %1438
  %1440 = call i1 @llvm.expect.i1(i1 %1439, i1 true)
  br i1 %1440, label %write.ok221, label %write.low219

ok207:                                            ; preds = %ok204
  store i64 %1429, i64* %1424, align 8
  %1441 = load i64, i64* %highEnd, align 8
  %1442 = call i64 @llvm.umax.i64(i64 %1441, i64 %1429)
  store i64 %1442, i64* %highEnd, align 8
  %1443 = trunc i64 %1428 to i32
  store i32 %1443, i32* %dict.1, align 4
  %1444 = load i64, i64* %x.7, align 8
  store i64 %1444, i64* %n.4, align 8
  %1445 = load i32, i32* %dict.1, align 4
  %1446 = load i64, i64* %n.4, align 8
  %1447 = zext i32 %1445 to i64
  %1448 = add i64 %1447, 8
  %1449 = icmp uge i64 %1447, %scratch_start
  %1450 = load i64, i64* %highEnd, align 8
  %1451 = icmp ule i64 %1448, %1450
  %1452 = and i1 %1449, %1451
  %1453 = call i1 @llvm.expect.i1(i1 %1452, i1 true)
  br i1 %1453, label %write.ok210, label %write.low208

trap15.site17:                                    ; preds = %ok204
  %1454 = load i64, i64* %lowStart, align 8
  %1455 = getelementptr i64, i64* %regs, i64 6
  store i64 %1454, i64* %1455, align 8
  %1456 = load i64, i64* %lowEnd, align 8
  %1457 = getelementptr i64, i64* %regs, i64 7
  store i64 %1456, i64* %1457, align 8
  %1458 = load i64, i64* %highEnd, align 8
  %1459 = getelementptr i64, i64* %regs, i64 8
  store i64 %1458, i64* %1459, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

write.low208:                                     ; preds = %ok207
  %1460 = load i64, i64* %lowStart, align 8
  %1461 = icmp uge i64 %1447, %1460
  %1462 = load i64, i64* %lowEnd, align 8
  %1463 = icmp ule i64 %1448, %1462
  %1464 = and i1 %1461, %1463
  %1465 = call i1 @llvm.expect.i1(i1 %1464, i1 true)
  br i1 %1465, label %write.ok210, label %write.slow209

write.slow209:                                    ; preds = %write.low208
  %1466 = icmp ugt i64 %1448, %arena_size
  br i1 %1466, label %trap17.site0, label %ok211

write.ok210:                                      ; preds = %ok211, %write.low208, %ok207
  %1467 = getelementptr i8, i8* %mem, i64 %1447
  store i64 %1446, i64* %unaligned212, align 8
  %1468 = bitcast i64* %unaligned212 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1467, i8* %1468, i64 8, i1 false)
  %1469 = load i64, i64* %x.7, align 8
  br i1 false, label %trap1.site19, label %ok213

ok211:                                            ; preds = %write.slow209
  %1470 = icmp ult i64 %1447, %scratch_start
  %1471 = load i64, i64* %lowStart, align 8
  %1472 = call i64 @llvm.umin.i64(i64 %1471, i64 %1447)
  %1473 = load i64, i64* %lowEnd, align 8
  %1474 = load i64, i64* %highEnd, align 8
  %1475 = add i64 %1448, 64
  %1476 = sub i64 %1448, %1472
  %1477 = lshr i64 %1476, 4
  %1478 = add i64 %1475, %1477
  %1479 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1478)
  %1480 = call i64 @llvm.umax.i64(i64 %1473, i64 %1479)
  %1481 = select i1 %1470, i64 %1480, i64 %1473
  store i64 %1481, i64* %lowEnd, align 8
  %1482 = add i64 %1448, 64
  %1483 = sub i64 %1448, %scratch_start
  %1484 = lshr i64 %1483, 4
  %1485 = add i64 %1482, %1484
  %1486 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1485)
  %1487 = call i64 @llvm.umax.i64(i64 %1474, i64 %1486)
  %1488 = select i1 %1470, i64 %1474, i64 %1487
  store i64 %1488, i64* %highEnd, align 8
  store i64 %1472, i64* %lowStart, align 8
  br label %write.ok210

ok213:                                            ; preds = %write.ok210
  %1489 = icmp eq i64 %1469, -9223372036854775808
  %1490 = and i1 %1489, false
  br i1 %1490, label %trap2.site19, label %ok214

trap1.site19:                                     ; preds = %write.ok210
  %1491 = load i64, i64* %lowStart, align 8
  %1492 = getelementptr i64, i64* %regs, i64 6
  store i64 %1491, i64* %1492, align 8
  %1493 = load i64, i64* %lowEnd, align 8
  %1494 = getelementptr i64, i64* %regs, i64 7
  store i64 %1493, i64* %1494, align 8
  %1495 = load i64, i64* %highEnd, align 8
  %1496 = getelementptr i64, i64* %regs, i64 8
  store i64 %1495, i64* %1496, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok214:                                            ; preds = %ok213
  %1497 = srem i64 %1469, 2
  %1498 = icmp eq i64 %1497, 0
  %1499 = zext i1 %1498 to i32
  %1500 = icmp eq i32 %1499, 0
  %1501 = zext i1 %1500 to i32
  store i32 %1501, i32* %odd, align 4
  %1502 = load i32, i32* %dict.1, align 4
  %1503 = load i32, i32* %odd, align 4
  %1504 = zext i32 %1502 to i64
  %1505 = add i64 %1504, 8
  %1506 = add i64 %1505, 1
  %1507 = icmp uge i64 %1505, %scratch_start
  %1508 = load i64, i64* %highEnd, align 8
  %1509 = icmp ule i64 %1506, %1508
  %1510 = and i1 %1507, %1509
  %1511 = call i1 @llvm.expect.i1(i1 %1510, i1 true)
  br i1 %1511, label %write.ok217, label %write.low215

trap2.site19:                                     ; preds = %ok213
  %1512 = load i64, i64* %lowStart, align 8
  %1513 = getelementptr i64, i64* %regs, i64 6
  store i64 %1512, i64* %1513, align 8
  %1514 = load i64, i64* %lowEnd, align 8
  %1515 = getelementptr i64, i64* %regs, i64 7
  store i64 %1514, i64* %1515, align 8
  %1516 = load i64, i64* %highEnd, align 8
  %1517 = getelementptr i64, i64* %regs, i64 8
  store i64 %1516, i64* %1517, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

write.low215:                                     ; preds = %ok214
  %1518 = load i64, i64* %lowStart, align 8
  %1519 = icmp uge i64 %1505, %1518
  %1520 = load i64, i64* %lowEnd, align 8
  %1521 = icmp ule i64 %1506, %1520
  %1522 = and i1 %1519, %1521
  %1523 = call i1 @llvm.expect.i1(i1 %1522, i1 true)
  br i1 %1523, label %write.ok217, label %write.slow216

write.slow216:                                    ; preds = %write.low215
  %1524 = icmp ugt i64 %1506, %arena_size
  br i1 %1524, label %trap17.site0, label %ok218

write.ok217:                                      ; preds = %ok218, %write.low215, %ok214
  %1525 = getelementptr i8, i8* %mem, i64 %1505
  %1526 = trunc i32 %1503 to i8
  store i8 %1526, i8* %1525, align 1
  %1527 = load i32, i32* %dict.1, align 4
  store i32 %1527, i32* %result206, align 4
  br label %e42

ok218:                                            ; preds = %write.slow216
  %1528 = icmp ult i64 %1505, %scratch_start
  %1529 = load i64, i64* %lowStart, align 8
  %1530 = call i64 @llvm.umin.i64(i64 %1529, i64 %1505)
  %1531 = load i64, i64* %lowEnd, align 8
  %1532 = load i64, i64* %highEnd, align 8
  %1533 = add i64 %1506, 64
  %1534 = sub i64 %1506, %1530
  %1535 = lshr i64 %1534, 4
  %1536 = add i64 %1533, %1535
  %1537 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1536)
  %1538 = call i64 @llvm.umax.i64(i64 %1531, i64 %1537)
  %1539 = select i1 %1528, i64 %1538, i64 %1531
  store i64 %1539, i64* %lowEnd, align 8
  %1540 = add i64 %1506, 64
  %1541 = sub i64 %1506, %scratch_start
  %1542 = lshr i64 %1541, 4
  %1543 = add i64 %1540, %1542
  %1544 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1543)
  %1545 = call i64 @llvm.umax.i64(i64 %1532, i64 %1544)
  %1546 = select i1 %1528, i64 %1532, i64 %1545
  store i64 %1546, i64* %highEnd, align 8
  store i64 %1530, i64* %lowStart, align 8
  br label %write.ok217

write.low219:                                     ; preds = %e42
  %1547 = load i64, i64* %lowStart, align 8
  %1548 = icmp uge i64 %1434, %1547
  %1549 = load i64, i64* %lowEnd, align 8
  %1550 = icmp ule i64 %1435, %1549
  %1551 = and i1 %1548, %1550
  %1552 = call i1 @llvm.expect.i1(i1 %1551, i1 true)
  br i1 %1552, label %write.ok221, label %write.slow220

write.slow220:                                    ; preds = %write.low219
  %1553 = icmp ugt i64 %1435, %arena_size
  br i1 %1553, label %trap17.site0, label %ok222

write.ok221:                                      ; preds = %ok222, %write.low219, %e42
  %1554 = getelementptr i8, i8* %mem, i64 %1434
  store i32 %1432, i32* %unaligned223, align 4
  %1555 = bitcast i32* %unaligned223 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1554, i8* %1555, i64 4, i1 false)
  %1556 = load i32, i32* %len.5, align 4
  %1557 = add i32 %1556, 1
  store i32 %1557, i32* %len.5, align 4
  %1558 = load i32, i32* %k.3, align 4
  %1559 = add i32 %1558, 1
  store i32 %1559, i32* %k.3, align 4
  br label %each41

ok222:                                            ; preds = %write.slow220
  %1560 = icmp ult i64 %1434, %scratch_start
  %1561 = load i64, i64* %lowStart, align 8
  %1562 = call i64 @llvm.umin.i64(i64 %1561, i64 %1434)
  %1563 = load i64, i64* %lowEnd, align 8
  %1564 = load i64, i64* %highEnd, align 8
  %1565 = add i64 %1435, 64
  %1566 = sub i64 %1435, %1562
  %1567 = lshr i64 %1566, 4
  %1568 = add i64 %1565, %1567
  %1569 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1568)
  %1570 = call i64 @llvm.umax.i64(i64 %1563, i64 %1569)
  %1571 = select i1 %1560, i64 %1570, i64 %1563
  store i64 %1571, i64* %lowEnd, align 8
  %1572 = add i64 %1435, 64
  %1573 = sub i64 %1435, %scratch_start
  %1574 = lshr i64 %1573, 4
  %1575 = add i64 %1572, %1574
  %1576 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1575)
  %1577 = call i64 @llvm.umax.i64(i64 %1564, i64 %1576)
  %1578 = select i1 %1560, i64 %1564, i64 %1577
  store i64 %1578, i64* %highEnd, align 8
  store i64 %1562, i64* %lowStart, align 8
  br label %write.ok221

dead224:                                          ; No predecessors!
  br label %block40

write.low225:                                     ; preds = %block40
  %1579 = load i64, i64* %lowStart, align 8
  %1580 = icmp uge i64 %1393, %1579
  %1581 = load i64, i64* %lowEnd, align 8
  %1582 = icmp ule i64 %1394, %1581
  %1583 = and i1 %1580, %1582
  %1584 = call i1 @llvm.expect.i1(i1 %1583, i1 true)
  br i1 %1584, label %write.ok227, label %write.slow226

write.slow226:                                    ; preds = %write.low225
  %1585 = icmp ugt i64 %1394, %arena_size
  br i1 %1585, label %trap17.site0, label %ok228

write.ok227:                                      ; preds = %ok228, %write.low225, %block40
  %1586 = getelementptr i8, i8* %mem, i64 %1393
  store i32 %1392, i32* %unaligned229, align 4
  %1587 = bitcast i32* %unaligned229 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1586, i8* %1587, i64 4, i1 false)
  %1588 = load i32, i32* %list.5, align 4
  store i32 %1588, i32* %result192, align 4
  br label %e38

ok228:                                            ; preds = %write.slow226
  %1589 = icmp ult i64 %1393, %scratch_start
  %1590 = load i64, i64* %lowStart, align 8
  %1591 = call i64 @llvm.umin.i64(i64 %1590, i64 %1393)
  %1592 = load i64, i64* %lowEnd, align 8
  %1593 = load i64, i64* %highEnd, align 8
  %1594 = add i64 %1394, 64
  %1595 = sub i64 %1394, %1591
  %1596 = lshr i64 %1595, 4
  %1597 = add i64 %1594, %1596
  %1598 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1597)
  %1599 = call i64 @llvm.umax.i64(i64 %1592, i64 %1598)
  %1600 = select i1 %1589, i64 %1599, i64 %1592
  store i64 %1600, i64* %lowEnd, align 8
  %1601 = add i64 %1394, 64
  %1602 = sub i64 %1394, %scratch_start
  %1603 = lshr i64 %1602, 4
  %1604 = add i64 %1601, %1603
  %1605 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1604)
  %1606 = call i64 @llvm.umax.i64(i64 %1593, i64 %1605)
  %1607 = select i1 %1589, i64 %1593, i64 %1606
  store i64 %1607, i64* %highEnd, align 8
  store i64 %1591, i64* %lowStart, align 8
  br label %write.ok227

write.low230:                                     ; preds = %e38
  %1608 = load i64, i64* %lowStart, align 8
  %1609 = icmp uge i64 %1347, %1608
  %1610 = load i64, i64* %lowEnd, align 8
  %1611 = icmp ule i64 %1348, %1610
  %1612 = and i1 %1609, %1611
  %1613 = call i1 @llvm.expect.i1(i1 %1612, i1 true)
  br i1 %1613, label %write.ok232, label %write.slow231

write.slow231:                                    ; preds = %write.low230
  %1614 = icmp ugt i64 %1348, %arena_size
  br i1 %1614, label %trap17.site0, label %ok233

write.ok232:                                      ; preds = %ok233, %write.low230, %e38
  %1615 = getelementptr i8, i8* %mem, i64 %1347
  store i32 %1345, i32* %unaligned234, align 4
  %1616 = bitcast i32* %unaligned234 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1615, i8* %1616, i64 4, i1 false)
  %1617 = load i32, i32* %dict, align 4
  store i32 %1617, i32* %result3, align 4
  br label %e0

ok233:                                            ; preds = %write.slow231
  %1618 = icmp ult i64 %1347, %scratch_start
  %1619 = load i64, i64* %lowStart, align 8
  %1620 = call i64 @llvm.umin.i64(i64 %1619, i64 %1347)
  %1621 = load i64, i64* %lowEnd, align 8
  %1622 = load i64, i64* %highEnd, align 8
  %1623 = add i64 %1348, 64
  %1624 = sub i64 %1348, %1620
  %1625 = lshr i64 %1624, 4
  %1626 = add i64 %1623, %1625
  %1627 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1626)
  %1628 = call i64 @llvm.umax.i64(i64 %1621, i64 %1627)
  %1629 = select i1 %1618, i64 %1628, i64 %1621
  store i64 %1629, i64* %lowEnd, align 8
  %1630 = add i64 %1348, 64
  %1631 = sub i64 %1348, %scratch_start
  %1632 = lshr i64 %1631, 4
  %1633 = add i64 %1630, %1632
  %1634 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1633)
  %1635 = call i64 @llvm.umax.i64(i64 %1622, i64 %1634)
  %1636 = select i1 %1618, i64 %1622, i64 %1635
  store i64 %1636, i64* %highEnd, align 8
  store i64 %1620, i64* %lowStart, align 8
  br label %write.ok232

ok235:                                            ; preds = %e0
  %1637 = icmp ult i64 %10, %stack_limit
  br i1 %1637, label %trap253.site0, label %stack_ok236

trap15.site0:                                     ; preds = %e0
  %1638 = load i64, i64* %lowStart, align 8
  %1639 = getelementptr i64, i64* %regs, i64 6
  store i64 %1638, i64* %1639, align 8
  %1640 = load i64, i64* %lowEnd, align 8
  %1641 = getelementptr i64, i64* %regs, i64 7
  store i64 %1640, i64* %1641, align 8
  %1642 = load i64, i64* %highEnd, align 8
  %1643 = getelementptr i64, i64* %regs, i64 8
  store i64 %1642, i64* %1643, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok236:                                      ; preds = %ok235
  %1644 = load i64, i64* %fuel, align 8
  %1645 = getelementptr i64, i64* %regs, i64 0
  store i64 %1644, i64* %1645, align 8
  %1646 = load i64, i64* %lowStart, align 8
  %1647 = getelementptr i64, i64* %regs, i64 6
  store i64 %1646, i64* %1647, align 8
  %1648 = load i64, i64* %lowEnd, align 8
  %1649 = getelementptr i64, i64* %regs, i64 7
  store i64 %1648, i64* %1649, align 8
  %1650 = load i64, i64* %highEnd, align 8
  %1651 = getelementptr i64, i64* %regs, i64 8
  store i64 %1650, i64* %1651, align 8
  %1652 = add i32 %depth, 1
  %1653 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1652, i32 %81, i32 %82, i32 0)
  %1654 = getelementptr i64, i64* %regs, i64 0
  %1655 = load i64, i64* %1654, align 8
  store i64 %1655, i64* %fuel, align 8
  %1656 = getelementptr i64, i64* %regs, i64 6
  %1657 = load i64, i64* %1656, align 8
  store i64 %1657, i64* %lowStart, align 8
  %1658 = getelementptr i64, i64* %regs, i64 7
  %1659 = load i64, i64* %1658, align 8
  store i64 %1659, i64* %lowEnd, align 8
  %1660 = getelementptr i64, i64* %regs, i64 8
  %1661 = load i64, i64* %1660, align 8
  store i64 %1661, i64* %highEnd, align 8
  store i32 %1653, i32* %json_end, align 4
  %1662 = load i32, i32* %json_end, align 4
  %1663 = icmp eq i32 %1662, -2
  %1664 = zext i1 %1663 to i32
  %1665 = icmp ne i32 %1664, 0
  br i1 %1665, label %then237, label %else238

then237:                                          ; preds = %stack_ok236
  br label %trap16.site3

else238:                                          ; preds = %stack_ok236
  br label %join239

join239:                                          ; preds = %else238, %dead240
  %1666 = load i32, i32* %json_end, align 4
  %1667 = icmp eq i32 %1666, -1
  %1668 = zext i1 %1667 to i32
  %1669 = icmp ne i32 %1668, 0
  br i1 %1669, label %then241, label %else242

trap16.site3:                                     ; preds = %then237
  %1670 = load i64, i64* %lowStart, align 8
  %1671 = getelementptr i64, i64* %regs, i64 6
  store i64 %1670, i64* %1671, align 8
  %1672 = load i64, i64* %lowEnd, align 8
  %1673 = getelementptr i64, i64* %regs, i64 7
  store i64 %1672, i64* %1673, align 8
  %1674 = load i64, i64* %highEnd, align 8
  %1675 = getelementptr i64, i64* %regs, i64 8
  store i64 %1674, i64* %1675, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead240:                                          ; No predecessors!
  br label %join239

then241:                                          ; preds = %join239
  br label %trap15.site3

else242:                                          ; preds = %join239
  br label %join243

join243:                                          ; preds = %else242, %dead244
  %1676 = load i32, i32* %json_end, align 4
  %1677 = zext i32 %1676 to i64
  %1678 = getelementptr i64, i64* %regs, i64 3
  store i64 %1677, i64* %1678, align 8
  %1679 = load i32, i32* %json_end, align 4
  %1680 = load i32, i32* %json_start, align 4
  %1681 = sub i32 %1679, %1680
  %1682 = load i64, i64* %fuel, align 8
  %1683 = getelementptr i64, i64* %regs, i64 0
  store i64 %1682, i64* %1683, align 8
  %1684 = load i64, i64* %lowStart, align 8
  %1685 = getelementptr i64, i64* %regs, i64 6
  store i64 %1684, i64* %1685, align 8
  %1686 = load i64, i64* %lowEnd, align 8
  %1687 = getelementptr i64, i64* %regs, i64 7
  store i64 %1686, i64* %1687, align 8
  %1688 = load i64, i64* %highEnd, align 8
  %1689 = getelementptr i64, i64* %regs, i64 8
  store i64 %1688, i64* %1689, align 8
  ret i32 %1681

dead244:                                          ; No predecessors!
  br label %join243
}
