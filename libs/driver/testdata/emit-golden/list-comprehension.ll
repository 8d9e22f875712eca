; From libs/driver/testdata/emit-golden/list-comprehension.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/list-comprehension.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (33):
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
  %127 = add i64 %126, 1
  %128 = icmp ugt i64 %127, %arena_size
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
  %139 = add i64 %138, 1
  %140 = icmp ugt i64 %139, %arena_size
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
  %258 = add i64 %257, 2
  %259 = icmp ugt i64 %258, %arena_size
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
  %279 = add i64 %278, 1
  %280 = icmp ugt i64 %279, %arena_size
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
  %303 = add i64 %302, 1
  %304 = icmp ugt i64 %303, %arena_size
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
  %393 = add i64 %392, 1
  %394 = icmp ugt i64 %393, %arena_size
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
  %405 = add i64 %404, 1
  %406 = icmp ugt i64 %405, %arena_size
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
  %437 = add i64 %436, 1
  %438 = icmp ugt i64 %437, %arena_size
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
  %462 = add i64 %461, 4
  %463 = icmp ugt i64 %462, %arena_size
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
  br i1 %499, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join86
  %500 = load i64, i64* %lowStart, align 8
  %501 = getelementptr i64, i64* %regs, i64 6
  store i64 %500, i64* %501, align 8
  %502 = load i64, i64* %lowEnd, align 8
  %503 = getelementptr i64, i64* %regs, i64 7
  store i64 %502, i64* %503, align 8
  %504 = load i64, i64* %highEnd, align 8
  %505 = getelementptr i64, i64* %regs, i64 8
  store i64 %504, i64* %505, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok88
  %506 = load i64, i64* %lowStart, align 8
  %507 = icmp uge i64 %494, %506
  %508 = load i64, i64* %lowEnd, align 8
  %509 = icmp ule i64 %495, %508
  %510 = and i1 %507, %509
  br i1 %510, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %511 = icmp ugt i64 %495, %arena_size
  br i1 %511, label %trap17.site0, label %ok89

write.ok:                                         ; preds = %ok89, %write.low, %ok88
  %512 = getelementptr i8, i8* %mem, i64 %494
  store i32 %493, i32* %unaligned90, align 4
  %513 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %512, i8* %513, i64 4, i1 false)
  %514 = load i32, i32* %args_out, align 4
  %515 = load i64, i64* %fuel, align 8
  %516 = getelementptr i64, i64* %regs, i64 0
  store i64 %515, i64* %516, align 8
  %517 = load i64, i64* %lowStart, align 8
  %518 = getelementptr i64, i64* %regs, i64 6
  store i64 %517, i64* %518, align 8
  %519 = load i64, i64* %lowEnd, align 8
  %520 = getelementptr i64, i64* %regs, i64 7
  store i64 %519, i64* %520, align 8
  %521 = load i64, i64* %highEnd, align 8
  %522 = getelementptr i64, i64* %regs, i64 8
  store i64 %521, i64* %522, align 8
  ret i32 %514

ok89:                                             ; preds = %write.slow
  %523 = icmp ult i64 %494, %scratch_start
  %524 = load i64, i64* %lowStart, align 8
  %525 = call i64 @llvm.umin.i64(i64 %524, i64 %494)
  %526 = load i64, i64* %lowEnd, align 8
  %527 = load i64, i64* %highEnd, align 8
  %528 = add i64 %495, 64
  %529 = sub i64 %495, %525
  %530 = lshr i64 %529, 4
  %531 = add i64 %528, %530
  %532 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %531)
  %533 = call i64 @llvm.umax.i64(i64 %526, i64 %532)
  %534 = select i1 %523, i64 %533, i64 %526
  store i64 %534, i64* %lowEnd, align 8
  %535 = add i64 %495, 64
  %536 = sub i64 %495, %scratch_start
  %537 = lshr i64 %536, 4
  %538 = add i64 %535, %537
  %539 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %538)
  %540 = call i64 @llvm.umax.i64(i64 %527, i64 %539)
  %541 = select i1 %523, i64 %527, i64 %540
  store i64 %541, i64* %highEnd, align 8
  store i64 %525, i64* %lowStart, align 8
  br label %write.ok
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
  %51 = add i64 %50, 4
  %52 = icmp ugt i64 %51, %arena_size
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
  %90 = add i64 %89, 4
  %91 = icmp ugt i64 %90, %arena_size
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
  br i1 %106, label %write.ok28, label %write.low26

ok6:                                              ; preds = %ok4
  %107 = getelementptr i8, i8* %mem, i64 %89
  %108 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %108, i8* %107, i64 4, i1 false)
  %109 = load i32, i32* %unaligned7, align 4
  %110 = zext i32 %109 to i64
  %111 = mul i64 %110, 8
  %112 = add i64 8, %111
  store i64 %112, i64* %size, align 8
  %113 = load i64, i64* %size, align 8
  %114 = icmp ugt i64 %113, 2147483647
  %115 = zext i1 %114 to i32
  %116 = icmp ne i32 %115, 0
  br i1 %116, label %then, label %else

then:                                             ; preds = %ok6
  br label %trap15.site4

else:                                             ; preds = %ok6
  br label %join

join:                                             ; preds = %else, %dead
  %117 = load i64, i64* %size, align 8
  %118 = trunc i64 %117 to i32
  %119 = zext i32 %118 to i64
  %120 = getelementptr i64, i64* %regs, i64 1
  %121 = getelementptr i64, i64* %regs, i64 2
  %122 = load i64, i64* %120, align 8
  %123 = add i64 %122, 7
  %124 = and i64 %123, -8
  %125 = add i64 %124, %119
  %126 = load i64, i64* %121, align 8
  %127 = icmp ugt i64 %125, %126
  br i1 %127, label %trap15.site4, label %ok8

trap15.site4:                                     ; preds = %join, %then
  %128 = load i64, i64* %lowStart, align 8
  %129 = getelementptr i64, i64* %regs, i64 6
  store i64 %128, i64* %129, align 8
  %130 = load i64, i64* %lowEnd, align 8
  %131 = getelementptr i64, i64* %regs, i64 7
  store i64 %130, i64* %131, align 8
  %132 = load i64, i64* %highEnd, align 8
  %133 = getelementptr i64, i64* %regs, i64 8
  store i64 %132, i64* %133, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok8:                                              ; preds = %join
  store i64 %125, i64* %120, align 8
  %134 = load i64, i64* %highEnd, align 8
  %135 = call i64 @llvm.umax.i64(i64 %134, i64 %125)
  store i64 %135, i64* %highEnd, align 8
  %136 = trunc i64 %124 to i32
  store i32 %136, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %137 = load i32, i32* %xs.1, align 4
  %138 = zext i32 %137 to i64
  %139 = add i64 %138, 4
  %140 = icmp ugt i64 %139, %arena_size
  br i1 %140, label %trap17.site0, label %ok9

ok9:                                              ; preds = %ok8
  %141 = getelementptr i8, i8* %mem, i64 %138
  %142 = bitcast i32* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %142, i8* %141, i64 4, i1 false)
  %143 = load i32, i32* %unaligned10, align 4
  store i32 %143, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead20, %ok11
  %144 = load i32, i32* %list, align 4
  %145 = load i32, i32* %len, align 4
  %146 = zext i32 %144 to i64
  %147 = add i64 %146, 4
  %148 = icmp uge i64 %146, %scratch_start
  %149 = load i64, i64* %highEnd, align 8
  %150 = icmp ule i64 %147, %149
  %151 = and i1 %148, %150
  br i1 %151, label %write.ok23, label %write.low21

each4:                                            ; preds = %join16, %ok9
  %152 = load i64, i64* %fuel, align 8
  %153 = icmp ult i64 %152, 1
  br i1 %153, label %trap14.site0, label %ok11

ok11:                                             ; preds = %each4
  %154 = sub i64 %152, 1
  store i64 %154, i64* %fuel, align 8
  %155 = load i32, i32* %k, align 4
  %156 = load i32, i32* %n, align 4
  %157 = icmp uge i32 %155, %156
  %158 = zext i1 %157 to i32
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %block3, label %cont

cont:                                             ; preds = %ok11
  %160 = load i32, i32* %xs.1, align 4
  %161 = load i32, i32* %k, align 4
  %162 = mul i32 %161, 8
  %163 = add i32 %160, %162
  %164 = zext i32 %163 to i64
  %165 = add i64 %164, 8
  %166 = add i64 %165, 8
  %167 = icmp ugt i64 %166, %arena_size
  br i1 %167, label %trap17.site0, label %ok12

ok12:                                             ; preds = %cont
  %168 = getelementptr i8, i8* %mem, i64 %165
  %169 = bitcast i64* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %169, i8* %168, i64 8, i1 false)
  %170 = load i64, i64* %unaligned13, align 8
  store i64 %170, i64* %x, align 8
  %171 = load i64, i64* %x, align 8
  store i64 %171, i64* %x.1, align 8
  %172 = load i64, i64* %x.1, align 8
  %173 = icmp sgt i64 %172, 0
  %174 = zext i1 %173 to i32
  %175 = icmp ne i32 %174, 0
  br i1 %175, label %then14, label %else15

then14:                                           ; preds = %ok12
  %176 = load i32, i32* %list, align 4
  %177 = load i32, i32* %len, align 4
  %178 = mul i32 %177, 8
  %179 = add i32 %176, %178
  %180 = load i64, i64* %x.1, align 8
  %181 = load i64, i64* %x.1, align 8
  %182 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %180, i64 %181)
  %183 = extractvalue { i64, i1 } %182, 1
  br i1 %183, label %trap2.site6, label %ok17

else15:                                           ; preds = %ok12
  br label %join16

join16:                                           ; preds = %else15, %write.ok
  %184 = load i32, i32* %k, align 4
  %185 = add i32 %184, 1
  store i32 %185, i32* %k, align 4
  br label %each4

ok17:                                             ; preds = %then14
  %186 = extractvalue { i64, i1 } %182, 0
  %187 = zext i32 %179 to i64
  %188 = add i64 %187, 8
  %189 = add i64 %188, 8
  %190 = icmp uge i64 %188, %scratch_start
  %191 = load i64, i64* %highEnd, align 8
  %192 = icmp ule i64 %189, %191
  %193 = and i1 %190, %192
  br i1 %193, label %write.ok, label %write.low

trap2.site6:                                      ; preds = %then14
  %194 = load i64, i64* %lowStart, align 8
  %195 = getelementptr i64, i64* %regs, i64 6
  store i64 %194, i64* %195, align 8
  %196 = load i64, i64* %lowEnd, align 8
  %197 = getelementptr i64, i64* %regs, i64 7
  store i64 %196, i64* %197, align 8
  %198 = load i64, i64* %highEnd, align 8
  %199 = getelementptr i64, i64* %regs, i64 8
  store i64 %198, i64* %199, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low:                                        ; preds = %ok17
  %200 = load i64, i64* %lowStart, align 8
  %201 = icmp uge i64 %188, %200
  %202 = load i64, i64* %lowEnd, align 8
  %203 = icmp ule i64 %189, %202
  %204 = and i1 %201, %203
  br i1 %204, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %205 = icmp ugt i64 %189, %arena_size
  br i1 %205, label %trap17.site0, label %ok18

write.ok:                                         ; preds = %ok18, %write.low, %ok17
  %206 = getelementptr i8, i8* %mem, i64 %188
  store i64 %186, i64* %unaligned19, align 8
  %207 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %206, i8* %207, i64 8, i1 false)
  %208 = load i32, i32* %len, align 4
  %209 = add i32 %208, 1
  store i32 %209, i32* %len, align 4
  br label %join16

ok18:                                             ; preds = %write.slow
  %210 = icmp ult i64 %188, %scratch_start
  %211 = load i64, i64* %lowStart, align 8
  %212 = call i64 @llvm.umin.i64(i64 %211, i64 %188)
  %213 = load i64, i64* %lowEnd, align 8
  %214 = load i64, i64* %highEnd, align 8
  %215 = add i64 %189, 64
  %216 = sub i64 %189, %212
  %217 = lshr i64 %216, 4
  %218 = add i64 %215, %217
  %219 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %218)
  %220 = call i64 @llvm.umax.i64(i64 %213, i64 %219)
  %221 = select i1 %210, i64 %220, i64 %213
  store i64 %221, i64* %lowEnd, align 8
  %222 = add i64 %189, 64
  %223 = sub i64 %189, %scratch_start
  %224 = lshr i64 %223, 4
  %225 = add i64 %222, %224
  %226 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %225)
  %227 = call i64 @llvm.umax.i64(i64 %214, i64 %226)
  %228 = select i1 %210, i64 %214, i64 %227
  store i64 %228, i64* %highEnd, align 8
  store i64 %212, i64* %lowStart, align 8
  br label %write.ok

dead20:                                           ; No predecessors!
  br label %block3

write.low21:                                      ; preds = %block3
  %229 = load i64, i64* %lowStart, align 8
  %230 = icmp uge i64 %146, %229
  %231 = load i64, i64* %lowEnd, align 8
  %232 = icmp ule i64 %147, %231
  %233 = and i1 %230, %232
  br i1 %233, label %write.ok23, label %write.slow22

write.slow22:                                     ; preds = %write.low21
  %234 = icmp ugt i64 %147, %arena_size
  br i1 %234, label %trap17.site0, label %ok24

write.ok23:                                       ; preds = %ok24, %write.low21, %block3
  %235 = getelementptr i8, i8* %mem, i64 %146
  store i32 %145, i32* %unaligned25, align 4
  %236 = bitcast i32* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %235, i8* %236, i64 4, i1 false)
  %237 = load i32, i32* %list, align 4
  store i32 %237, i32* %result5, align 4
  br label %e1

ok24:                                             ; preds = %write.slow22
  %238 = icmp ult i64 %146, %scratch_start
  %239 = load i64, i64* %lowStart, align 8
  %240 = call i64 @llvm.umin.i64(i64 %239, i64 %146)
  %241 = load i64, i64* %lowEnd, align 8
  %242 = load i64, i64* %highEnd, align 8
  %243 = add i64 %147, 64
  %244 = sub i64 %147, %240
  %245 = lshr i64 %244, 4
  %246 = add i64 %243, %245
  %247 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %246)
  %248 = call i64 @llvm.umax.i64(i64 %241, i64 %247)
  %249 = select i1 %238, i64 %248, i64 %241
  store i64 %249, i64* %lowEnd, align 8
  %250 = add i64 %147, 64
  %251 = sub i64 %147, %scratch_start
  %252 = lshr i64 %251, 4
  %253 = add i64 %250, %252
  %254 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %253)
  %255 = call i64 @llvm.umax.i64(i64 %242, i64 %254)
  %256 = select i1 %238, i64 %242, i64 %255
  store i64 %256, i64* %highEnd, align 8
  store i64 %240, i64* %lowStart, align 8
  br label %write.ok23

write.low26:                                      ; preds = %e1
  %257 = load i64, i64* %lowStart, align 8
  %258 = icmp uge i64 %101, %257
  %259 = load i64, i64* %lowEnd, align 8
  %260 = icmp ule i64 %102, %259
  %261 = and i1 %258, %260
  br i1 %261, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %262 = icmp ugt i64 %102, %arena_size
  br i1 %262, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %e1
  %263 = getelementptr i8, i8* %mem, i64 %101
  store i32 %100, i32* %unaligned30, align 4
  %264 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %263, i8* %264, i64 4, i1 false)
  %265 = load i32, i32* %xs, align 4
  store i32 %265, i32* %xs.2, align 4
  %266 = load i32, i32* %xs.2, align 4
  %267 = zext i32 %266 to i64
  %268 = add i64 %267, 4
  %269 = icmp ugt i64 %268, %arena_size
  br i1 %269, label %trap17.site0, label %ok32

ok29:                                             ; preds = %write.slow27
  %270 = icmp ult i64 %101, %scratch_start
  %271 = load i64, i64* %lowStart, align 8
  %272 = call i64 @llvm.umin.i64(i64 %271, i64 %101)
  %273 = load i64, i64* %lowEnd, align 8
  %274 = load i64, i64* %highEnd, align 8
  %275 = add i64 %102, 64
  %276 = sub i64 %102, %272
  %277 = lshr i64 %276, 4
  %278 = add i64 %275, %277
  %279 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %278)
  %280 = call i64 @llvm.umax.i64(i64 %273, i64 %279)
  %281 = select i1 %270, i64 %280, i64 %273
  store i64 %281, i64* %lowEnd, align 8
  %282 = add i64 %102, 64
  %283 = sub i64 %102, %scratch_start
  %284 = lshr i64 %283, 4
  %285 = add i64 %282, %284
  %286 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %285)
  %287 = call i64 @llvm.umax.i64(i64 %274, i64 %286)
  %288 = select i1 %270, i64 %274, i64 %287
  store i64 %288, i64* %highEnd, align 8
  store i64 %272, i64* %lowStart, align 8
  br label %write.ok28

e11:                                              ; preds = %write.ok86
  %289 = load i32, i32* %result31, align 4
  store i32 %289, i32* %nested, align 4
  %290 = load i32, i32* %dict, align 4
  %291 = load i32, i32* %nested, align 4
  %292 = zext i32 %290 to i64
  %293 = add i64 %292, 4
  %294 = add i64 %293, 4
  %295 = icmp uge i64 %293, %scratch_start
  %296 = load i64, i64* %highEnd, align 8
  %297 = icmp ule i64 %294, %296
  %298 = and i1 %295, %297
  br i1 %298, label %write.ok91, label %write.low89

ok32:                                             ; preds = %write.ok28
  %299 = getelementptr i8, i8* %mem, i64 %267
  %300 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %300, i8* %299, i64 4, i1 false)
  %301 = load i32, i32* %unaligned33, align 4
  %302 = zext i32 %301 to i64
  %303 = mul i64 %302, 4
  %304 = add i64 4, %303
  store i64 %304, i64* %size.1, align 8
  %305 = load i64, i64* %size.1, align 8
  %306 = icmp ugt i64 %305, 2147483647
  %307 = zext i1 %306 to i32
  %308 = icmp ne i32 %307, 0
  br i1 %308, label %then34, label %else35

then34:                                           ; preds = %ok32
  br label %trap15.site7

else35:                                           ; preds = %ok32
  br label %join36

join36:                                           ; preds = %else35, %dead37
  %309 = load i64, i64* %size.1, align 8
  %310 = trunc i64 %309 to i32
  %311 = zext i32 %310 to i64
  %312 = getelementptr i64, i64* %regs, i64 1
  %313 = getelementptr i64, i64* %regs, i64 2
  %314 = load i64, i64* %312, align 8
  %315 = add i64 %314, 3
  %316 = and i64 %315, -4
  %317 = add i64 %316, %311
  %318 = load i64, i64* %313, align 8
  %319 = icmp ugt i64 %317, %318
  br i1 %319, label %trap15.site7, label %ok38

trap15.site7:                                     ; preds = %join36, %then34
  %320 = load i64, i64* %lowStart, align 8
  %321 = getelementptr i64, i64* %regs, i64 6
  store i64 %320, i64* %321, align 8
  %322 = load i64, i64* %lowEnd, align 8
  %323 = getelementptr i64, i64* %regs, i64 7
  store i64 %322, i64* %323, align 8
  %324 = load i64, i64* %highEnd, align 8
  %325 = getelementptr i64, i64* %regs, i64 8
  store i64 %324, i64* %325, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead37:                                           ; No predecessors!
  br label %join36

ok38:                                             ; preds = %join36
  store i64 %317, i64* %312, align 8
  %326 = load i64, i64* %highEnd, align 8
  %327 = call i64 @llvm.umax.i64(i64 %326, i64 %317)
  store i64 %327, i64* %highEnd, align 8
  %328 = trunc i64 %316 to i32
  store i32 %328, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %329 = load i32, i32* %xs.2, align 4
  %330 = zext i32 %329 to i64
  %331 = add i64 %330, 4
  %332 = icmp ugt i64 %331, %arena_size
  br i1 %332, label %trap17.site0, label %ok39

ok39:                                             ; preds = %ok38
  %333 = getelementptr i8, i8* %mem, i64 %330
  %334 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %334, i8* %333, i64 4, i1 false)
  %335 = load i32, i32* %unaligned40, align 4
  store i32 %335, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead83, %ok41
  %336 = load i32, i32* %list.1, align 4
  %337 = load i32, i32* %len.1, align 4
  %338 = zext i32 %336 to i64
  %339 = add i64 %338, 4
  %340 = icmp uge i64 %338, %scratch_start
  %341 = load i64, i64* %highEnd, align 8
  %342 = icmp ule i64 %339, %341
  %343 = and i1 %340, %342
  br i1 %343, label %write.ok86, label %write.low84

each14:                                           ; preds = %join49, %ok39
  %344 = load i64, i64* %fuel, align 8
  %345 = icmp ult i64 %344, 1
  br i1 %345, label %trap14.site0, label %ok41

ok41:                                             ; preds = %each14
  %346 = sub i64 %344, 1
  store i64 %346, i64* %fuel, align 8
  %347 = load i32, i32* %k.1, align 4
  %348 = load i32, i32* %n.1, align 4
  %349 = icmp uge i32 %347, %348
  %350 = zext i1 %349 to i32
  %351 = icmp ne i32 %350, 0
  br i1 %351, label %block13, label %cont42

cont42:                                           ; preds = %ok41
  %352 = load i32, i32* %xs.2, align 4
  %353 = load i32, i32* %k.1, align 4
  %354 = mul i32 %353, 8
  %355 = add i32 %352, %354
  %356 = zext i32 %355 to i64
  %357 = add i64 %356, 8
  %358 = add i64 %357, 8
  %359 = icmp ugt i64 %358, %arena_size
  br i1 %359, label %trap17.site0, label %ok43

ok43:                                             ; preds = %cont42
  %360 = getelementptr i8, i8* %mem, i64 %357
  %361 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %361, i8* %360, i64 8, i1 false)
  %362 = load i64, i64* %unaligned44, align 8
  store i64 %362, i64* %x.2, align 8
  %363 = load i64, i64* %x.2, align 8
  store i64 %363, i64* %x.3, align 8
  %364 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site9, label %ok45

ok45:                                             ; preds = %ok43
  %365 = icmp eq i64 %364, -9223372036854775808
  %366 = and i1 %365, false
  br i1 %366, label %trap2.site9, label %ok46

trap1.site9:                                      ; preds = %ok43
  %367 = load i64, i64* %lowStart, align 8
  %368 = getelementptr i64, i64* %regs, i64 6
  store i64 %367, i64* %368, align 8
  %369 = load i64, i64* %lowEnd, align 8
  %370 = getelementptr i64, i64* %regs, i64 7
  store i64 %369, i64* %370, align 8
  %371 = load i64, i64* %highEnd, align 8
  %372 = getelementptr i64, i64* %regs, i64 8
  store i64 %371, i64* %372, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok46:                                             ; preds = %ok45
  %373 = srem i64 %364, 2
  %374 = icmp eq i64 %373, 0
  %375 = zext i1 %374 to i32
  %376 = icmp ne i32 %375, 0
  br i1 %376, label %then47, label %else48

trap2.site9:                                      ; preds = %ok45
  %377 = load i64, i64* %lowStart, align 8
  %378 = getelementptr i64, i64* %regs, i64 6
  store i64 %377, i64* %378, align 8
  %379 = load i64, i64* %lowEnd, align 8
  %380 = getelementptr i64, i64* %regs, i64 7
  store i64 %379, i64* %380, align 8
  %381 = load i64, i64* %highEnd, align 8
  %382 = getelementptr i64, i64* %regs, i64 8
  store i64 %381, i64* %382, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

then47:                                           ; preds = %ok46
  %383 = load i32, i32* %list.1, align 4
  %384 = load i32, i32* %len.1, align 4
  %385 = mul i32 %384, 4
  %386 = add i32 %383, %385
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %387 = load i64, i64* %hi, align 8
  %388 = load i64, i64* %lo, align 8
  %389 = icmp sgt i64 %387, %388
  %390 = zext i1 %389 to i32
  %391 = icmp ne i32 %390, 0
  br i1 %391, label %then51, label %else52

else48:                                           ; preds = %ok46
  br label %join49

join49:                                           ; preds = %else48, %write.ok80
  %392 = load i32, i32* %k.1, align 4
  %393 = add i32 %392, 1
  store i32 %393, i32* %k.1, align 4
  br label %each14

e20:                                              ; preds = %write.ok75
  %394 = load i32, i32* %result50, align 4
  %395 = zext i32 %386 to i64
  %396 = add i64 %395, 4
  %397 = add i64 %396, 4
  %398 = icmp uge i64 %396, %scratch_start
  %399 = load i64, i64* %highEnd, align 8
  %400 = icmp ule i64 %397, %399
  %401 = and i1 %398, %400
  br i1 %401, label %write.ok80, label %write.low78

then51:                                           ; preds = %then47
  %402 = load i64, i64* %hi, align 8
  %403 = load i64, i64* %lo, align 8
  %404 = sub i64 %402, %403
  store i64 %404, i64* %result54, align 8
  br label %join53

else52:                                           ; preds = %then47
  store i64 0, i64* %result54, align 8
  br label %join53

join53:                                           ; preds = %else52, %then51
  %405 = load i64, i64* %result54, align 8
  store i64 %405, i64* %count, align 8
  %406 = load i64, i64* %count, align 8
  %407 = icmp slt i64 %406, 0
  %408 = zext i1 %407 to i32
  %409 = load i64, i64* %count, align 8
  %410 = icmp sgt i64 %409, 2147483647
  %411 = zext i1 %410 to i32
  %412 = or i32 %408, %411
  %413 = icmp ne i32 %412, 0
  br i1 %413, label %then55, label %else56

then55:                                           ; preds = %join53
  br label %trap15.site10

else56:                                           ; preds = %join53
  br label %join57

join57:                                           ; preds = %else56, %dead58
  %414 = load i64, i64* %count, align 8
  %415 = trunc i64 %414 to i32
  %416 = zext i32 %415 to i64
  %417 = mul i64 %416, 8
  %418 = add i64 8, %417
  store i64 %418, i64* %size.2, align 8
  %419 = load i64, i64* %size.2, align 8
  %420 = icmp ugt i64 %419, 2147483647
  %421 = zext i1 %420 to i32
  %422 = icmp ne i32 %421, 0
  br i1 %422, label %then59, label %else60

trap15.site10:                                    ; preds = %then55
  %423 = load i64, i64* %lowStart, align 8
  %424 = getelementptr i64, i64* %regs, i64 6
  store i64 %423, i64* %424, align 8
  %425 = load i64, i64* %lowEnd, align 8
  %426 = getelementptr i64, i64* %regs, i64 7
  store i64 %425, i64* %426, align 8
  %427 = load i64, i64* %highEnd, align 8
  %428 = getelementptr i64, i64* %regs, i64 8
  store i64 %427, i64* %428, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead58:                                           ; No predecessors!
  br label %join57

then59:                                           ; preds = %join57
  br label %trap15.site11

else60:                                           ; preds = %join57
  br label %join61

join61:                                           ; preds = %else60, %dead62
  %429 = load i64, i64* %size.2, align 8
  %430 = trunc i64 %429 to i32
  %431 = zext i32 %430 to i64
  %432 = getelementptr i64, i64* %regs, i64 1
  %433 = getelementptr i64, i64* %regs, i64 2
  %434 = load i64, i64* %432, align 8
  %435 = add i64 %434, 7
  %436 = and i64 %435, -8
  %437 = add i64 %436, %431
  %438 = load i64, i64* %433, align 8
  %439 = icmp ugt i64 %437, %438
  br i1 %439, label %trap15.site11, label %ok63

trap15.site11:                                    ; preds = %join61, %then59
  %440 = load i64, i64* %lowStart, align 8
  %441 = getelementptr i64, i64* %regs, i64 6
  store i64 %440, i64* %441, align 8
  %442 = load i64, i64* %lowEnd, align 8
  %443 = getelementptr i64, i64* %regs, i64 7
  store i64 %442, i64* %443, align 8
  %444 = load i64, i64* %highEnd, align 8
  %445 = getelementptr i64, i64* %regs, i64 8
  store i64 %444, i64* %445, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead62:                                           ; No predecessors!
  br label %join61

ok63:                                             ; preds = %join61
  store i64 %437, i64* %432, align 8
  %446 = load i64, i64* %highEnd, align 8
  %447 = call i64 @llvm.umax.i64(i64 %446, i64 %437)
  store i64 %447, i64* %highEnd, align 8
  %448 = trunc i64 %436 to i32
  store i32 %448, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %449 = load i64, i64* %lo, align 8
  store i64 %449, i64* %i, align 8
  br label %range24

block23:                                          ; preds = %dead72, %ok64
  %450 = load i32, i32* %list.2, align 4
  %451 = load i32, i32* %len.2, align 4
  %452 = zext i32 %450 to i64
  %453 = add i64 %452, 4
  %454 = icmp uge i64 %452, %scratch_start
  %455 = load i64, i64* %highEnd, align 8
  %456 = icmp ule i64 %453, %455
  %457 = and i1 %454, %456
  br i1 %457, label %write.ok75, label %write.low73

range24:                                          ; preds = %write.ok69, %ok63
  %458 = load i64, i64* %fuel, align 8
  %459 = icmp ult i64 %458, 1
  br i1 %459, label %trap14.site0, label %ok64

ok64:                                             ; preds = %range24
  %460 = sub i64 %458, 1
  store i64 %460, i64* %fuel, align 8
  %461 = load i64, i64* %i, align 8
  %462 = load i64, i64* %hi, align 8
  %463 = icmp sge i64 %461, %462
  %464 = zext i1 %463 to i32
  %465 = icmp ne i32 %464, 0
  br i1 %465, label %block23, label %cont65

cont65:                                           ; preds = %ok64
  %466 = load i64, i64* %i, align 8
  store i64 %466, i64* %y, align 8
  %467 = load i32, i32* %list.2, align 4
  %468 = load i32, i32* %len.2, align 4
  %469 = mul i32 %468, 8
  %470 = add i32 %467, %469
  %471 = load i64, i64* %x.3, align 8
  %472 = load i64, i64* %y, align 8
  %473 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %471, i64 %472)
  %474 = extractvalue { i64, i1 } %473, 1
  br i1 %474, label %trap2.site12, label %ok66

ok66:                                             ; preds = %cont65
  %475 = extractvalue { i64, i1 } %473, 0
  %476 = zext i32 %470 to i64
  %477 = add i64 %476, 8
  %478 = add i64 %477, 8
  %479 = icmp uge i64 %477, %scratch_start
  %480 = load i64, i64* %highEnd, align 8
  %481 = icmp ule i64 %478, %480
  %482 = and i1 %479, %481
  br i1 %482, label %write.ok69, label %write.low67

trap2.site12:                                     ; preds = %cont65
  %483 = load i64, i64* %lowStart, align 8
  %484 = getelementptr i64, i64* %regs, i64 6
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %lowEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 7
  store i64 %485, i64* %486, align 8
  %487 = load i64, i64* %highEnd, align 8
  %488 = getelementptr i64, i64* %regs, i64 8
  store i64 %487, i64* %488, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

write.low67:                                      ; preds = %ok66
  %489 = load i64, i64* %lowStart, align 8
  %490 = icmp uge i64 %477, %489
  %491 = load i64, i64* %lowEnd, align 8
  %492 = icmp ule i64 %478, %491
  %493 = and i1 %490, %492
  br i1 %493, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %494 = icmp ugt i64 %478, %arena_size
  br i1 %494, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %ok66
  %495 = getelementptr i8, i8* %mem, i64 %477
  store i64 %475, i64* %unaligned71, align 8
  %496 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %495, i8* %496, i64 8, i1 false)
  %497 = load i32, i32* %len.2, align 4
  %498 = add i32 %497, 1
  store i32 %498, i32* %len.2, align 4
  %499 = load i64, i64* %i, align 8
  %500 = add i64 %499, 1
  store i64 %500, i64* %i, align 8
  br label %range24

ok70:                                             ; preds = %write.slow68
  %501 = icmp ult i64 %477, %scratch_start
  %502 = load i64, i64* %lowStart, align 8
  %503 = call i64 @llvm.umin.i64(i64 %502, i64 %477)
  %504 = load i64, i64* %lowEnd, align 8
  %505 = load i64, i64* %highEnd, align 8
  %506 = add i64 %478, 64
  %507 = sub i64 %478, %503
  %508 = lshr i64 %507, 4
  %509 = add i64 %506, %508
  %510 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %509)
  %511 = call i64 @llvm.umax.i64(i64 %504, i64 %510)
  %512 = select i1 %501, i64 %511, i64 %504
  store i64 %512, i64* %lowEnd, align 8
  %513 = add i64 %478, 64
  %514 = sub i64 %478, %scratch_start
  %515 = lshr i64 %514, 4
  %516 = add i64 %513, %515
  %517 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %516)
  %518 = call i64 @llvm.umax.i64(i64 %505, i64 %517)
  %519 = select i1 %501, i64 %505, i64 %518
  store i64 %519, i64* %highEnd, align 8
  store i64 %503, i64* %lowStart, align 8
  br label %write.ok69

dead72:                                           ; No predecessors!
  br label %block23

write.low73:                                      ; preds = %block23
  %520 = load i64, i64* %lowStart, align 8
  %521 = icmp uge i64 %452, %520
  %522 = load i64, i64* %lowEnd, align 8
  %523 = icmp ule i64 %453, %522
  %524 = and i1 %521, %523
  br i1 %524, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %525 = icmp ugt i64 %453, %arena_size
  br i1 %525, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %block23
  %526 = getelementptr i8, i8* %mem, i64 %452
  store i32 %451, i32* %unaligned77, align 4
  %527 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %526, i8* %527, i64 4, i1 false)
  %528 = load i32, i32* %list.2, align 4
  store i32 %528, i32* %result50, align 4
  br label %e20

ok76:                                             ; preds = %write.slow74
  %529 = icmp ult i64 %452, %scratch_start
  %530 = load i64, i64* %lowStart, align 8
  %531 = call i64 @llvm.umin.i64(i64 %530, i64 %452)
  %532 = load i64, i64* %lowEnd, align 8
  %533 = load i64, i64* %highEnd, align 8
  %534 = add i64 %453, 64
  %535 = sub i64 %453, %531
  %536 = lshr i64 %535, 4
  %537 = add i64 %534, %536
  %538 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %537)
  %539 = call i64 @llvm.umax.i64(i64 %532, i64 %538)
  %540 = select i1 %529, i64 %539, i64 %532
  store i64 %540, i64* %lowEnd, align 8
  %541 = add i64 %453, 64
  %542 = sub i64 %453, %scratch_start
  %543 = lshr i64 %542, 4
  %544 = add i64 %541, %543
  %545 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %544)
  %546 = call i64 @llvm.umax.i64(i64 %533, i64 %545)
  %547 = select i1 %529, i64 %533, i64 %546
  store i64 %547, i64* %highEnd, align 8
  store i64 %531, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %e20
  %548 = load i64, i64* %lowStart, align 8
  %549 = icmp uge i64 %396, %548
  %550 = load i64, i64* %lowEnd, align 8
  %551 = icmp ule i64 %397, %550
  %552 = and i1 %549, %551
  br i1 %552, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %553 = icmp ugt i64 %397, %arena_size
  br i1 %553, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e20
  %554 = getelementptr i8, i8* %mem, i64 %396
  store i32 %394, i32* %unaligned82, align 4
  %555 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %554, i8* %555, i64 4, i1 false)
  %556 = load i32, i32* %len.1, align 4
  %557 = add i32 %556, 1
  store i32 %557, i32* %len.1, align 4
  br label %join49

ok81:                                             ; preds = %write.slow79
  %558 = icmp ult i64 %396, %scratch_start
  %559 = load i64, i64* %lowStart, align 8
  %560 = call i64 @llvm.umin.i64(i64 %559, i64 %396)
  %561 = load i64, i64* %lowEnd, align 8
  %562 = load i64, i64* %highEnd, align 8
  %563 = add i64 %397, 64
  %564 = sub i64 %397, %560
  %565 = lshr i64 %564, 4
  %566 = add i64 %563, %565
  %567 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %566)
  %568 = call i64 @llvm.umax.i64(i64 %561, i64 %567)
  %569 = select i1 %558, i64 %568, i64 %561
  store i64 %569, i64* %lowEnd, align 8
  %570 = add i64 %397, 64
  %571 = sub i64 %397, %scratch_start
  %572 = lshr i64 %571, 4
  %573 = add i64 %570, %572
  %574 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %573)
  %575 = call i64 @llvm.umax.i64(i64 %562, i64 %574)
  %576 = select i1 %558, i64 %562, i64 %575
  store i64 %576, i64* %highEnd, align 8
  store i64 %560, i64* %lowStart, align 8
  br label %write.ok80

dead83:                                           ; No predecessors!
  br label %block13

write.low84:                                      ; preds = %block13
  %577 = load i64, i64* %lowStart, align 8
  %578 = icmp uge i64 %338, %577
  %579 = load i64, i64* %lowEnd, align 8
  %580 = icmp ule i64 %339, %579
  %581 = and i1 %578, %580
  br i1 %581, label %write.ok86, label %write.slow85

write.slow85:                                     ; preds = %write.low84
  %582 = icmp ugt i64 %339, %arena_size
  br i1 %582, label %trap17.site0, label %ok87

write.ok86:                                       ; preds = %ok87, %write.low84, %block13
  %583 = getelementptr i8, i8* %mem, i64 %338
  store i32 %337, i32* %unaligned88, align 4
  %584 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %583, i8* %584, i64 4, i1 false)
  %585 = load i32, i32* %list.1, align 4
  store i32 %585, i32* %result31, align 4
  br label %e11

ok87:                                             ; preds = %write.slow85
  %586 = icmp ult i64 %338, %scratch_start
  %587 = load i64, i64* %lowStart, align 8
  %588 = call i64 @llvm.umin.i64(i64 %587, i64 %338)
  %589 = load i64, i64* %lowEnd, align 8
  %590 = load i64, i64* %highEnd, align 8
  %591 = add i64 %339, 64
  %592 = sub i64 %339, %588
  %593 = lshr i64 %592, 4
  %594 = add i64 %591, %593
  %595 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %594)
  %596 = call i64 @llvm.umax.i64(i64 %589, i64 %595)
  %597 = select i1 %586, i64 %596, i64 %589
  store i64 %597, i64* %lowEnd, align 8
  %598 = add i64 %339, 64
  %599 = sub i64 %339, %scratch_start
  %600 = lshr i64 %599, 4
  %601 = add i64 %598, %600
  %602 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %601)
  %603 = call i64 @llvm.umax.i64(i64 %590, i64 %602)
  %604 = select i1 %586, i64 %590, i64 %603
  store i64 %604, i64* %highEnd, align 8
  store i64 %588, i64* %lowStart, align 8
  br label %write.ok86

write.low89:                                      ; preds = %e11
  %605 = load i64, i64* %lowStart, align 8
  %606 = icmp uge i64 %293, %605
  %607 = load i64, i64* %lowEnd, align 8
  %608 = icmp ule i64 %294, %607
  %609 = and i1 %606, %608
  br i1 %609, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %610 = icmp ugt i64 %294, %arena_size
  br i1 %610, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %e11
  %611 = getelementptr i8, i8* %mem, i64 %293
  store i32 %291, i32* %unaligned93, align 4
  %612 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %611, i8* %612, i64 4, i1 false)
  store i64 0, i64* %item, align 8
  %613 = load i32, i32* %xs, align 4
  store i32 %613, i32* %spread, align 4
  %614 = load i32, i32* %xs, align 4
  store i32 %614, i32* %xs.3, align 4
  %615 = load i32, i32* %xs.3, align 4
  %616 = zext i32 %615 to i64
  %617 = add i64 %616, 4
  %618 = icmp ugt i64 %617, %arena_size
  br i1 %618, label %trap17.site0, label %ok96

ok92:                                             ; preds = %write.slow90
  %619 = icmp ult i64 %293, %scratch_start
  %620 = load i64, i64* %lowStart, align 8
  %621 = call i64 @llvm.umin.i64(i64 %620, i64 %293)
  %622 = load i64, i64* %lowEnd, align 8
  %623 = load i64, i64* %highEnd, align 8
  %624 = add i64 %294, 64
  %625 = sub i64 %294, %621
  %626 = lshr i64 %625, 4
  %627 = add i64 %624, %626
  %628 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %627)
  %629 = call i64 @llvm.umax.i64(i64 %622, i64 %628)
  %630 = select i1 %619, i64 %629, i64 %622
  store i64 %630, i64* %lowEnd, align 8
  %631 = add i64 %294, 64
  %632 = sub i64 %294, %scratch_start
  %633 = lshr i64 %632, 4
  %634 = add i64 %631, %633
  %635 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %634)
  %636 = call i64 @llvm.umax.i64(i64 %623, i64 %635)
  %637 = select i1 %619, i64 %623, i64 %636
  store i64 %637, i64* %highEnd, align 8
  store i64 %621, i64* %lowStart, align 8
  br label %write.ok91

e28:                                              ; preds = %write.ok151
  %638 = load i32, i32* %result94, align 4
  store i32 %638, i32* %spliced, align 4
  %639 = load i32, i32* %dict, align 4
  %640 = load i32, i32* %spliced, align 4
  %641 = zext i32 %639 to i64
  %642 = add i64 %641, 8
  %643 = add i64 %642, 4
  %644 = icmp uge i64 %642, %scratch_start
  %645 = load i64, i64* %highEnd, align 8
  %646 = icmp ule i64 %643, %645
  %647 = and i1 %644, %646
  br i1 %647, label %write.ok156, label %write.low154

e31:                                              ; preds = %write.ok118
  %648 = load i32, i32* %result95, align 4
  store i32 %648, i32* %spread.1, align 4
  %649 = load i32, i32* %spread, align 4
  %650 = zext i32 %649 to i64
  %651 = add i64 %650, 4
  %652 = icmp ugt i64 %651, %arena_size
  br i1 %652, label %trap17.site0, label %ok121

ok96:                                             ; preds = %write.ok91
  %653 = getelementptr i8, i8* %mem, i64 %616
  %654 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %654, i8* %653, i64 4, i1 false)
  %655 = load i32, i32* %unaligned97, align 4
  %656 = zext i32 %655 to i64
  %657 = mul i64 %656, 8
  %658 = add i64 8, %657
  store i64 %658, i64* %size.3, align 8
  %659 = load i64, i64* %size.3, align 8
  %660 = icmp ugt i64 %659, 2147483647
  %661 = zext i1 %660 to i32
  %662 = icmp ne i32 %661, 0
  br i1 %662, label %then98, label %else99

then98:                                           ; preds = %ok96
  br label %trap15.site14

else99:                                           ; preds = %ok96
  br label %join100

join100:                                          ; preds = %else99, %dead101
  %663 = load i64, i64* %size.3, align 8
  %664 = trunc i64 %663 to i32
  %665 = zext i32 %664 to i64
  %666 = getelementptr i64, i64* %regs, i64 1
  %667 = getelementptr i64, i64* %regs, i64 2
  %668 = load i64, i64* %666, align 8
  %669 = add i64 %668, 7
  %670 = and i64 %669, -8
  %671 = add i64 %670, %665
  %672 = load i64, i64* %667, align 8
  %673 = icmp ugt i64 %671, %672
  br i1 %673, label %trap15.site14, label %ok102

trap15.site14:                                    ; preds = %join100, %then98
  %674 = load i64, i64* %lowStart, align 8
  %675 = getelementptr i64, i64* %regs, i64 6
  store i64 %674, i64* %675, align 8
  %676 = load i64, i64* %lowEnd, align 8
  %677 = getelementptr i64, i64* %regs, i64 7
  store i64 %676, i64* %677, align 8
  %678 = load i64, i64* %highEnd, align 8
  %679 = getelementptr i64, i64* %regs, i64 8
  store i64 %678, i64* %679, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead101:                                          ; No predecessors!
  br label %join100

ok102:                                            ; preds = %join100
  store i64 %671, i64* %666, align 8
  %680 = load i64, i64* %highEnd, align 8
  %681 = call i64 @llvm.umax.i64(i64 %680, i64 %671)
  store i64 %681, i64* %highEnd, align 8
  %682 = trunc i64 %670 to i32
  store i32 %682, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %683 = load i32, i32* %xs.3, align 4
  %684 = zext i32 %683 to i64
  %685 = add i64 %684, 4
  %686 = icmp ugt i64 %685, %arena_size
  br i1 %686, label %trap17.site0, label %ok103

ok103:                                            ; preds = %ok102
  %687 = getelementptr i8, i8* %mem, i64 %684
  %688 = bitcast i32* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %688, i8* %687, i64 4, i1 false)
  %689 = load i32, i32* %unaligned104, align 4
  store i32 %689, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each34

block33:                                          ; preds = %dead115, %ok105
  %690 = load i32, i32* %list.3, align 4
  %691 = load i32, i32* %len.3, align 4
  %692 = zext i32 %690 to i64
  %693 = add i64 %692, 4
  %694 = icmp uge i64 %692, %scratch_start
  %695 = load i64, i64* %highEnd, align 8
  %696 = icmp ule i64 %693, %695
  %697 = and i1 %694, %696
  br i1 %697, label %write.ok118, label %write.low116

each34:                                           ; preds = %write.ok112, %ok103
  %698 = load i64, i64* %fuel, align 8
  %699 = icmp ult i64 %698, 1
  br i1 %699, label %trap14.site0, label %ok105

ok105:                                            ; preds = %each34
  %700 = sub i64 %698, 1
  store i64 %700, i64* %fuel, align 8
  %701 = load i32, i32* %k.2, align 4
  %702 = load i32, i32* %n.2, align 4
  %703 = icmp uge i32 %701, %702
  %704 = zext i1 %703 to i32
  %705 = icmp ne i32 %704, 0
  br i1 %705, label %block33, label %cont106

cont106:                                          ; preds = %ok105
  %706 = load i32, i32* %xs.3, align 4
  %707 = load i32, i32* %k.2, align 4
  %708 = mul i32 %707, 8
  %709 = add i32 %706, %708
  %710 = zext i32 %709 to i64
  %711 = add i64 %710, 8
  %712 = add i64 %711, 8
  %713 = icmp ugt i64 %712, %arena_size
  br i1 %713, label %trap17.site0, label %ok107

ok107:                                            ; preds = %cont106
  %714 = getelementptr i8, i8* %mem, i64 %711
  %715 = bitcast i64* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %715, i8* %714, i64 8, i1 false)
  %716 = load i64, i64* %unaligned108, align 8
  store i64 %716, i64* %x.4, align 8
  %717 = load i64, i64* %x.4, align 8
  store i64 %717, i64* %x.5, align 8
  %718 = load i32, i32* %list.3, align 4
  %719 = load i32, i32* %len.3, align 4
  %720 = mul i32 %719, 8
  %721 = add i32 %718, %720
  %722 = load i64, i64* %x.5, align 8
  %723 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %722, i64 10)
  %724 = extractvalue { i64, i1 } %723, 1
  br i1 %724, label %trap2.site15, label %ok109

ok109:                                            ; preds = %ok107
  %725 = extractvalue { i64, i1 } %723, 0
  %726 = zext i32 %721 to i64
  %727 = add i64 %726, 8
  %728 = add i64 %727, 8
  %729 = icmp uge i64 %727, %scratch_start
  %730 = load i64, i64* %highEnd, align 8
  %731 = icmp ule i64 %728, %730
  %732 = and i1 %729, %731
  br i1 %732, label %write.ok112, label %write.low110

trap2.site15:                                     ; preds = %ok107
  %733 = load i64, i64* %lowStart, align 8
  %734 = getelementptr i64, i64* %regs, i64 6
  store i64 %733, i64* %734, align 8
  %735 = load i64, i64* %lowEnd, align 8
  %736 = getelementptr i64, i64* %regs, i64 7
  store i64 %735, i64* %736, align 8
  %737 = load i64, i64* %highEnd, align 8
  %738 = getelementptr i64, i64* %regs, i64 8
  store i64 %737, i64* %738, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

write.low110:                                     ; preds = %ok109
  %739 = load i64, i64* %lowStart, align 8
  %740 = icmp uge i64 %727, %739
  %741 = load i64, i64* %lowEnd, align 8
  %742 = icmp ule i64 %728, %741
  %743 = and i1 %740, %742
  br i1 %743, label %write.ok112, label %write.slow111

write.slow111:                                    ; preds = %write.low110
  %744 = icmp ugt i64 %728, %arena_size
  br i1 %744, label %trap17.site0, label %ok113

write.ok112:                                      ; preds = %ok113, %write.low110, %ok109
  %745 = getelementptr i8, i8* %mem, i64 %727
  store i64 %725, i64* %unaligned114, align 8
  %746 = bitcast i64* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %745, i8* %746, i64 8, i1 false)
  %747 = load i32, i32* %len.3, align 4
  %748 = add i32 %747, 1
  store i32 %748, i32* %len.3, align 4
  %749 = load i32, i32* %k.2, align 4
  %750 = add i32 %749, 1
  store i32 %750, i32* %k.2, align 4
  br label %each34

ok113:                                            ; preds = %write.slow111
  %751 = icmp ult i64 %727, %scratch_start
  %752 = load i64, i64* %lowStart, align 8
  %753 = call i64 @llvm.umin.i64(i64 %752, i64 %727)
  %754 = load i64, i64* %lowEnd, align 8
  %755 = load i64, i64* %highEnd, align 8
  %756 = add i64 %728, 64
  %757 = sub i64 %728, %753
  %758 = lshr i64 %757, 4
  %759 = add i64 %756, %758
  %760 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %759)
  %761 = call i64 @llvm.umax.i64(i64 %754, i64 %760)
  %762 = select i1 %751, i64 %761, i64 %754
  store i64 %762, i64* %lowEnd, align 8
  %763 = add i64 %728, 64
  %764 = sub i64 %728, %scratch_start
  %765 = lshr i64 %764, 4
  %766 = add i64 %763, %765
  %767 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %766)
  %768 = call i64 @llvm.umax.i64(i64 %755, i64 %767)
  %769 = select i1 %751, i64 %755, i64 %768
  store i64 %769, i64* %highEnd, align 8
  store i64 %753, i64* %lowStart, align 8
  br label %write.ok112

dead115:                                          ; No predecessors!
  br label %block33

write.low116:                                     ; preds = %block33
  %770 = load i64, i64* %lowStart, align 8
  %771 = icmp uge i64 %692, %770
  %772 = load i64, i64* %lowEnd, align 8
  %773 = icmp ule i64 %693, %772
  %774 = and i1 %771, %773
  br i1 %774, label %write.ok118, label %write.slow117

write.slow117:                                    ; preds = %write.low116
  %775 = icmp ugt i64 %693, %arena_size
  br i1 %775, label %trap17.site0, label %ok119

write.ok118:                                      ; preds = %ok119, %write.low116, %block33
  %776 = getelementptr i8, i8* %mem, i64 %692
  store i32 %691, i32* %unaligned120, align 4
  %777 = bitcast i32* %unaligned120 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %776, i8* %777, i64 4, i1 false)
  %778 = load i32, i32* %list.3, align 4
  store i32 %778, i32* %result95, align 4
  br label %e31

ok119:                                            ; preds = %write.slow117
  %779 = icmp ult i64 %692, %scratch_start
  %780 = load i64, i64* %lowStart, align 8
  %781 = call i64 @llvm.umin.i64(i64 %780, i64 %692)
  %782 = load i64, i64* %lowEnd, align 8
  %783 = load i64, i64* %highEnd, align 8
  %784 = add i64 %693, 64
  %785 = sub i64 %693, %781
  %786 = lshr i64 %785, 4
  %787 = add i64 %784, %786
  %788 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %787)
  %789 = call i64 @llvm.umax.i64(i64 %782, i64 %788)
  %790 = select i1 %779, i64 %789, i64 %782
  store i64 %790, i64* %lowEnd, align 8
  %791 = add i64 %693, 64
  %792 = sub i64 %693, %scratch_start
  %793 = lshr i64 %792, 4
  %794 = add i64 %791, %793
  %795 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %794)
  %796 = call i64 @llvm.umax.i64(i64 %783, i64 %795)
  %797 = select i1 %779, i64 %783, i64 %796
  store i64 %797, i64* %highEnd, align 8
  store i64 %781, i64* %lowStart, align 8
  br label %write.ok118

ok121:                                            ; preds = %e31
  %798 = getelementptr i8, i8* %mem, i64 %650
  %799 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %799, i8* %798, i64 4, i1 false)
  %800 = load i32, i32* %unaligned122, align 4
  %801 = add i32 1, %800
  %802 = load i32, i32* %spread.1, align 4
  %803 = zext i32 %802 to i64
  %804 = add i64 %803, 4
  %805 = icmp ugt i64 %804, %arena_size
  br i1 %805, label %trap17.site0, label %ok123

ok123:                                            ; preds = %ok121
  %806 = getelementptr i8, i8* %mem, i64 %803
  %807 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %807, i8* %806, i64 4, i1 false)
  %808 = load i32, i32* %unaligned124, align 4
  %809 = add i32 %801, %808
  %810 = zext i32 %809 to i64
  %811 = mul i64 %810, 8
  %812 = add i64 8, %811
  store i64 %812, i64* %size.4, align 8
  %813 = load i64, i64* %size.4, align 8
  %814 = icmp ugt i64 %813, 2147483647
  %815 = zext i1 %814 to i32
  %816 = icmp ne i32 %815, 0
  br i1 %816, label %then125, label %else126

then125:                                          ; preds = %ok123
  br label %trap15.site13

else126:                                          ; preds = %ok123
  br label %join127

join127:                                          ; preds = %else126, %dead128
  %817 = load i64, i64* %size.4, align 8
  %818 = trunc i64 %817 to i32
  %819 = zext i32 %818 to i64
  %820 = getelementptr i64, i64* %regs, i64 1
  %821 = getelementptr i64, i64* %regs, i64 2
  %822 = load i64, i64* %820, align 8
  %823 = add i64 %822, 7
  %824 = and i64 %823, -8
  %825 = add i64 %824, %819
  %826 = load i64, i64* %821, align 8
  %827 = icmp ugt i64 %825, %826
  br i1 %827, label %trap15.site13, label %ok129

trap15.site13:                                    ; preds = %join127, %then125
  %828 = load i64, i64* %lowStart, align 8
  %829 = getelementptr i64, i64* %regs, i64 6
  store i64 %828, i64* %829, align 8
  %830 = load i64, i64* %lowEnd, align 8
  %831 = getelementptr i64, i64* %regs, i64 7
  store i64 %830, i64* %831, align 8
  %832 = load i64, i64* %highEnd, align 8
  %833 = getelementptr i64, i64* %regs, i64 8
  store i64 %832, i64* %833, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead128:                                          ; No predecessors!
  br label %join127

ok129:                                            ; preds = %join127
  store i64 %825, i64* %820, align 8
  %834 = load i64, i64* %highEnd, align 8
  %835 = call i64 @llvm.umax.i64(i64 %834, i64 %825)
  store i64 %835, i64* %highEnd, align 8
  %836 = trunc i64 %824 to i32
  store i32 %836, i32* %list.4, align 4
  store i32 0, i32* %len.4, align 4
  %837 = load i32, i32* %list.4, align 4
  %838 = add i32 %837, 8
  %839 = load i32, i32* %len.4, align 4
  %840 = mul i32 %839, 8
  %841 = add i32 %838, %840
  %842 = load i64, i64* %item, align 8
  %843 = zext i32 %841 to i64
  %844 = add i64 %843, 8
  %845 = icmp uge i64 %843, %scratch_start
  %846 = load i64, i64* %highEnd, align 8
  %847 = icmp ule i64 %844, %846
  %848 = and i1 %845, %847
  br i1 %848, label %write.ok132, label %write.low130

write.low130:                                     ; preds = %ok129
  %849 = load i64, i64* %lowStart, align 8
  %850 = icmp uge i64 %843, %849
  %851 = load i64, i64* %lowEnd, align 8
  %852 = icmp ule i64 %844, %851
  %853 = and i1 %850, %852
  br i1 %853, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %854 = icmp ugt i64 %844, %arena_size
  br i1 %854, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %ok129
  %855 = getelementptr i8, i8* %mem, i64 %843
  store i64 %842, i64* %unaligned134, align 8
  %856 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %855, i8* %856, i64 8, i1 false)
  %857 = load i32, i32* %len.4, align 4
  %858 = add i32 %857, 1
  store i32 %858, i32* %len.4, align 4
  %859 = load i32, i32* %spread, align 4
  %860 = zext i32 %859 to i64
  %861 = add i64 %860, 4
  %862 = icmp ugt i64 %861, %arena_size
  br i1 %862, label %trap17.site0, label %ok135

ok133:                                            ; preds = %write.slow131
  %863 = icmp ult i64 %843, %scratch_start
  %864 = load i64, i64* %lowStart, align 8
  %865 = call i64 @llvm.umin.i64(i64 %864, i64 %843)
  %866 = load i64, i64* %lowEnd, align 8
  %867 = load i64, i64* %highEnd, align 8
  %868 = add i64 %844, 64
  %869 = sub i64 %844, %865
  %870 = lshr i64 %869, 4
  %871 = add i64 %868, %870
  %872 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %871)
  %873 = call i64 @llvm.umax.i64(i64 %866, i64 %872)
  %874 = select i1 %863, i64 %873, i64 %866
  store i64 %874, i64* %lowEnd, align 8
  %875 = add i64 %844, 64
  %876 = sub i64 %844, %scratch_start
  %877 = lshr i64 %876, 4
  %878 = add i64 %875, %877
  %879 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %878)
  %880 = call i64 @llvm.umax.i64(i64 %867, i64 %879)
  %881 = select i1 %863, i64 %867, i64 %880
  store i64 %881, i64* %highEnd, align 8
  store i64 %865, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %882 = getelementptr i8, i8* %mem, i64 %860
  %883 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %883, i8* %882, i64 4, i1 false)
  %884 = load i32, i32* %unaligned136, align 4
  store i32 %884, i32* %slen, align 4
  %885 = load i32, i32* %list.4, align 4
  %886 = add i32 %885, 8
  %887 = load i32, i32* %len.4, align 4
  %888 = mul i32 %887, 8
  %889 = add i32 %886, %888
  %890 = load i32, i32* %spread, align 4
  %891 = add i32 %890, 8
  %892 = load i32, i32* %slen, align 4
  %893 = mul i32 %892, 8
  %894 = zext i32 %893 to i64
  %895 = zext i32 %891 to i64
  %896 = add i64 %895, %894
  %897 = icmp ugt i64 %896, %arena_size
  br i1 %897, label %trap17.site13, label %ok137

ok137:                                            ; preds = %ok135
  %898 = zext i32 %889 to i64
  %899 = add i64 %898, %894
  %900 = icmp uge i64 %898, %scratch_start
  %901 = load i64, i64* %highEnd, align 8
  %902 = icmp ule i64 %899, %901
  %903 = and i1 %900, %902
  br i1 %903, label %write.ok140, label %write.low138

trap17.site13:                                    ; preds = %write.slow146, %ok142, %write.slow139, %ok135
  %904 = load i64, i64* %lowStart, align 8
  %905 = getelementptr i64, i64* %regs, i64 6
  store i64 %904, i64* %905, align 8
  %906 = load i64, i64* %lowEnd, align 8
  %907 = getelementptr i64, i64* %regs, i64 7
  store i64 %906, i64* %907, align 8
  %908 = load i64, i64* %highEnd, align 8
  %909 = getelementptr i64, i64* %regs, i64 8
  store i64 %908, i64* %909, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

write.low138:                                     ; preds = %ok137
  %910 = load i64, i64* %lowStart, align 8
  %911 = icmp uge i64 %898, %910
  %912 = load i64, i64* %lowEnd, align 8
  %913 = icmp ule i64 %899, %912
  %914 = and i1 %911, %913
  br i1 %914, label %write.ok140, label %write.slow139

write.slow139:                                    ; preds = %write.low138
  %915 = icmp ugt i64 %899, %arena_size
  br i1 %915, label %trap17.site13, label %ok141

write.ok140:                                      ; preds = %ok141, %write.low138, %ok137
  %916 = getelementptr i8, i8* %mem, i64 %898
  %917 = getelementptr i8, i8* %mem, i64 %895
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %916, i8* %917, i64 %894, i1 false)
  %918 = load i32, i32* %len.4, align 4
  %919 = load i32, i32* %slen, align 4
  %920 = add i32 %918, %919
  store i32 %920, i32* %len.4, align 4
  %921 = load i32, i32* %spread.1, align 4
  %922 = zext i32 %921 to i64
  %923 = add i64 %922, 4
  %924 = icmp ugt i64 %923, %arena_size
  br i1 %924, label %trap17.site0, label %ok142

ok141:                                            ; preds = %write.slow139
  %925 = icmp ult i64 %898, %scratch_start
  %926 = load i64, i64* %lowStart, align 8
  %927 = call i64 @llvm.umin.i64(i64 %926, i64 %898)
  %928 = load i64, i64* %lowEnd, align 8
  %929 = load i64, i64* %highEnd, align 8
  %930 = add i64 %899, 64
  %931 = sub i64 %899, %927
  %932 = lshr i64 %931, 4
  %933 = add i64 %930, %932
  %934 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %933)
  %935 = call i64 @llvm.umax.i64(i64 %928, i64 %934)
  %936 = select i1 %925, i64 %935, i64 %928
  store i64 %936, i64* %lowEnd, align 8
  %937 = add i64 %899, 64
  %938 = sub i64 %899, %scratch_start
  %939 = lshr i64 %938, 4
  %940 = add i64 %937, %939
  %941 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %940)
  %942 = call i64 @llvm.umax.i64(i64 %929, i64 %941)
  %943 = select i1 %925, i64 %929, i64 %942
  store i64 %943, i64* %highEnd, align 8
  store i64 %927, i64* %lowStart, align 8
  br label %write.ok140

ok142:                                            ; preds = %write.ok140
  %944 = getelementptr i8, i8* %mem, i64 %922
  %945 = bitcast i32* %unaligned143 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %945, i8* %944, i64 4, i1 false)
  %946 = load i32, i32* %unaligned143, align 4
  store i32 %946, i32* %slen.1, align 4
  %947 = load i32, i32* %list.4, align 4
  %948 = add i32 %947, 8
  %949 = load i32, i32* %len.4, align 4
  %950 = mul i32 %949, 8
  %951 = add i32 %948, %950
  %952 = load i32, i32* %spread.1, align 4
  %953 = add i32 %952, 8
  %954 = load i32, i32* %slen.1, align 4
  %955 = mul i32 %954, 8
  %956 = zext i32 %955 to i64
  %957 = zext i32 %953 to i64
  %958 = add i64 %957, %956
  %959 = icmp ugt i64 %958, %arena_size
  br i1 %959, label %trap17.site13, label %ok144

ok144:                                            ; preds = %ok142
  %960 = zext i32 %951 to i64
  %961 = add i64 %960, %956
  %962 = icmp uge i64 %960, %scratch_start
  %963 = load i64, i64* %highEnd, align 8
  %964 = icmp ule i64 %961, %963
  %965 = and i1 %962, %964
  br i1 %965, label %write.ok147, label %write.low145

write.low145:                                     ; preds = %ok144
  %966 = load i64, i64* %lowStart, align 8
  %967 = icmp uge i64 %960, %966
  %968 = load i64, i64* %lowEnd, align 8
  %969 = icmp ule i64 %961, %968
  %970 = and i1 %967, %969
  br i1 %970, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %971 = icmp ugt i64 %961, %arena_size
  br i1 %971, label %trap17.site13, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %ok144
  %972 = getelementptr i8, i8* %mem, i64 %960
  %973 = getelementptr i8, i8* %mem, i64 %957
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %972, i8* %973, i64 %956, i1 false)
  %974 = load i32, i32* %len.4, align 4
  %975 = load i32, i32* %slen.1, align 4
  %976 = add i32 %974, %975
  store i32 %976, i32* %len.4, align 4
  %977 = load i32, i32* %list.4, align 4
  %978 = load i32, i32* %len.4, align 4
  %979 = zext i32 %977 to i64
  %980 = add i64 %979, 4
  %981 = icmp uge i64 %979, %scratch_start
  %982 = load i64, i64* %highEnd, align 8
  %983 = icmp ule i64 %980, %982
  %984 = and i1 %981, %983
  br i1 %984, label %write.ok151, label %write.low149

ok148:                                            ; preds = %write.slow146
  %985 = icmp ult i64 %960, %scratch_start
  %986 = load i64, i64* %lowStart, align 8
  %987 = call i64 @llvm.umin.i64(i64 %986, i64 %960)
  %988 = load i64, i64* %lowEnd, align 8
  %989 = load i64, i64* %highEnd, align 8
  %990 = add i64 %961, 64
  %991 = sub i64 %961, %987
  %992 = lshr i64 %991, 4
  %993 = add i64 %990, %992
  %994 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %993)
  %995 = call i64 @llvm.umax.i64(i64 %988, i64 %994)
  %996 = select i1 %985, i64 %995, i64 %988
  store i64 %996, i64* %lowEnd, align 8
  %997 = add i64 %961, 64
  %998 = sub i64 %961, %scratch_start
  %999 = lshr i64 %998, 4
  %1000 = add i64 %997, %999
  %1001 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1000)
  %1002 = call i64 @llvm.umax.i64(i64 %989, i64 %1001)
  %1003 = select i1 %985, i64 %989, i64 %1002
  store i64 %1003, i64* %highEnd, align 8
  store i64 %987, i64* %lowStart, align 8
  br label %write.ok147

write.low149:                                     ; preds = %write.ok147
  %1004 = load i64, i64* %lowStart, align 8
  %1005 = icmp uge i64 %979, %1004
  %1006 = load i64, i64* %lowEnd, align 8
  %1007 = icmp ule i64 %980, %1006
  %1008 = and i1 %1005, %1007
  br i1 %1008, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %1009 = icmp ugt i64 %980, %arena_size
  br i1 %1009, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %write.ok147
  %1010 = getelementptr i8, i8* %mem, i64 %979
  store i32 %978, i32* %unaligned153, align 4
  %1011 = bitcast i32* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1010, i8* %1011, i64 4, i1 false)
  %1012 = load i32, i32* %list.4, align 4
  store i32 %1012, i32* %result94, align 4
  br label %e28

ok152:                                            ; preds = %write.slow150
  %1013 = icmp ult i64 %979, %scratch_start
  %1014 = load i64, i64* %lowStart, align 8
  %1015 = call i64 @llvm.umin.i64(i64 %1014, i64 %979)
  %1016 = load i64, i64* %lowEnd, align 8
  %1017 = load i64, i64* %highEnd, align 8
  %1018 = add i64 %980, 64
  %1019 = sub i64 %980, %1015
  %1020 = lshr i64 %1019, 4
  %1021 = add i64 %1018, %1020
  %1022 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1021)
  %1023 = call i64 @llvm.umax.i64(i64 %1016, i64 %1022)
  %1024 = select i1 %1013, i64 %1023, i64 %1016
  store i64 %1024, i64* %lowEnd, align 8
  %1025 = add i64 %980, 64
  %1026 = sub i64 %980, %scratch_start
  %1027 = lshr i64 %1026, 4
  %1028 = add i64 %1025, %1027
  %1029 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1028)
  %1030 = call i64 @llvm.umax.i64(i64 %1017, i64 %1029)
  %1031 = select i1 %1013, i64 %1017, i64 %1030
  store i64 %1031, i64* %highEnd, align 8
  store i64 %1015, i64* %lowStart, align 8
  br label %write.ok151

write.low154:                                     ; preds = %e28
  %1032 = load i64, i64* %lowStart, align 8
  %1033 = icmp uge i64 %642, %1032
  %1034 = load i64, i64* %lowEnd, align 8
  %1035 = icmp ule i64 %643, %1034
  %1036 = and i1 %1033, %1035
  br i1 %1036, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %1037 = icmp ugt i64 %643, %arena_size
  br i1 %1037, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %e28
  %1038 = getelementptr i8, i8* %mem, i64 %642
  store i32 %640, i32* %unaligned158, align 4
  %1039 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1038, i8* %1039, i64 4, i1 false)
  %1040 = load i32, i32* %xs, align 4
  store i32 %1040, i32* %xs.4, align 4
  %1041 = load i32, i32* %xs.4, align 4
  %1042 = zext i32 %1041 to i64
  %1043 = add i64 %1042, 4
  %1044 = icmp ugt i64 %1043, %arena_size
  br i1 %1044, label %trap17.site0, label %ok160

ok157:                                            ; preds = %write.slow155
  %1045 = icmp ult i64 %642, %scratch_start
  %1046 = load i64, i64* %lowStart, align 8
  %1047 = call i64 @llvm.umin.i64(i64 %1046, i64 %642)
  %1048 = load i64, i64* %lowEnd, align 8
  %1049 = load i64, i64* %highEnd, align 8
  %1050 = add i64 %643, 64
  %1051 = sub i64 %643, %1047
  %1052 = lshr i64 %1051, 4
  %1053 = add i64 %1050, %1052
  %1054 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1053)
  %1055 = call i64 @llvm.umax.i64(i64 %1048, i64 %1054)
  %1056 = select i1 %1045, i64 %1055, i64 %1048
  store i64 %1056, i64* %lowEnd, align 8
  %1057 = add i64 %643, 64
  %1058 = sub i64 %643, %scratch_start
  %1059 = lshr i64 %1058, 4
  %1060 = add i64 %1057, %1059
  %1061 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1060)
  %1062 = call i64 @llvm.umax.i64(i64 %1049, i64 %1061)
  %1063 = select i1 %1045, i64 %1049, i64 %1062
  store i64 %1063, i64* %highEnd, align 8
  store i64 %1047, i64* %lowStart, align 8
  br label %write.ok156

e38:                                              ; preds = %write.ok194
  %1064 = load i32, i32* %result159, align 4
  store i32 %1064, i32* %records, align 4
  %1065 = load i32, i32* %dict, align 4
  %1066 = load i32, i32* %records, align 4
  %1067 = zext i32 %1065 to i64
  %1068 = add i64 %1067, 12
  %1069 = add i64 %1068, 4
  %1070 = icmp uge i64 %1068, %scratch_start
  %1071 = load i64, i64* %highEnd, align 8
  %1072 = icmp ule i64 %1069, %1071
  %1073 = and i1 %1070, %1072
  br i1 %1073, label %write.ok199, label %write.low197

ok160:                                            ; preds = %write.ok156
  %1074 = getelementptr i8, i8* %mem, i64 %1042
  %1075 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1075, i8* %1074, i64 4, i1 false)
  %1076 = load i32, i32* %unaligned161, align 4
  %1077 = zext i32 %1076 to i64
  %1078 = mul i64 %1077, 4
  %1079 = add i64 4, %1078
  store i64 %1079, i64* %size.5, align 8
  %1080 = load i64, i64* %size.5, align 8
  %1081 = icmp ugt i64 %1080, 2147483647
  %1082 = zext i1 %1081 to i32
  %1083 = icmp ne i32 %1082, 0
  br i1 %1083, label %then162, label %else163

then162:                                          ; preds = %ok160
  br label %trap15.site16

else163:                                          ; preds = %ok160
  br label %join164

join164:                                          ; preds = %else163, %dead165
  %1084 = load i64, i64* %size.5, align 8
  %1085 = trunc i64 %1084 to i32
  %1086 = zext i32 %1085 to i64
  %1087 = getelementptr i64, i64* %regs, i64 1
  %1088 = getelementptr i64, i64* %regs, i64 2
  %1089 = load i64, i64* %1087, align 8
  %1090 = add i64 %1089, 3
  %1091 = and i64 %1090, -4
  %1092 = add i64 %1091, %1086
  %1093 = load i64, i64* %1088, align 8
  %1094 = icmp ugt i64 %1092, %1093
  br i1 %1094, label %trap15.site16, label %ok166

trap15.site16:                                    ; preds = %join164, %then162
  %1095 = load i64, i64* %lowStart, align 8
  %1096 = getelementptr i64, i64* %regs, i64 6
  store i64 %1095, i64* %1096, align 8
  %1097 = load i64, i64* %lowEnd, align 8
  %1098 = getelementptr i64, i64* %regs, i64 7
  store i64 %1097, i64* %1098, align 8
  %1099 = load i64, i64* %highEnd, align 8
  %1100 = getelementptr i64, i64* %regs, i64 8
  store i64 %1099, i64* %1100, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead165:                                          ; No predecessors!
  br label %join164

ok166:                                            ; preds = %join164
  store i64 %1092, i64* %1087, align 8
  %1101 = load i64, i64* %highEnd, align 8
  %1102 = call i64 @llvm.umax.i64(i64 %1101, i64 %1092)
  store i64 %1102, i64* %highEnd, align 8
  %1103 = trunc i64 %1091 to i32
  store i32 %1103, i32* %list.5, align 4
  store i32 0, i32* %len.5, align 4
  %1104 = load i32, i32* %xs.4, align 4
  %1105 = zext i32 %1104 to i64
  %1106 = add i64 %1105, 4
  %1107 = icmp ugt i64 %1106, %arena_size
  br i1 %1107, label %trap17.site0, label %ok167

ok167:                                            ; preds = %ok166
  %1108 = getelementptr i8, i8* %mem, i64 %1105
  %1109 = bitcast i32* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1109, i8* %1108, i64 4, i1 false)
  %1110 = load i32, i32* %unaligned168, align 4
  store i32 %1110, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each41

block40:                                          ; preds = %dead191, %ok169
  %1111 = load i32, i32* %list.5, align 4
  %1112 = load i32, i32* %len.5, align 4
  %1113 = zext i32 %1111 to i64
  %1114 = add i64 %1113, 4
  %1115 = icmp uge i64 %1113, %scratch_start
  %1116 = load i64, i64* %highEnd, align 8
  %1117 = icmp ule i64 %1114, %1116
  %1118 = and i1 %1115, %1117
  br i1 %1118, label %write.ok194, label %write.low192

each41:                                           ; preds = %write.ok188, %ok167
  %1119 = load i64, i64* %fuel, align 8
  %1120 = icmp ult i64 %1119, 1
  br i1 %1120, label %trap14.site0, label %ok169

ok169:                                            ; preds = %each41
  %1121 = sub i64 %1119, 1
  store i64 %1121, i64* %fuel, align 8
  %1122 = load i32, i32* %k.3, align 4
  %1123 = load i32, i32* %n.3, align 4
  %1124 = icmp uge i32 %1122, %1123
  %1125 = zext i1 %1124 to i32
  %1126 = icmp ne i32 %1125, 0
  br i1 %1126, label %block40, label %cont170

cont170:                                          ; preds = %ok169
  %1127 = load i32, i32* %xs.4, align 4
  %1128 = load i32, i32* %k.3, align 4
  %1129 = mul i32 %1128, 8
  %1130 = add i32 %1127, %1129
  %1131 = zext i32 %1130 to i64
  %1132 = add i64 %1131, 8
  %1133 = add i64 %1132, 8
  %1134 = icmp ugt i64 %1133, %arena_size
  br i1 %1134, label %trap17.site0, label %ok171

ok171:                                            ; preds = %cont170
  %1135 = getelementptr i8, i8* %mem, i64 %1132
  %1136 = bitcast i64* %unaligned172 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1136, i8* %1135, i64 8, i1 false)
  %1137 = load i64, i64* %unaligned172, align 8
  store i64 %1137, i64* %x.6, align 8
  %1138 = load i64, i64* %x.6, align 8
  store i64 %1138, i64* %x.7, align 8
  %1139 = load i32, i32* %list.5, align 4
  %1140 = load i32, i32* %len.5, align 4
  %1141 = mul i32 %1140, 4
  %1142 = add i32 %1139, %1141
  %1143 = getelementptr i64, i64* %regs, i64 1
  %1144 = getelementptr i64, i64* %regs, i64 2
  %1145 = load i64, i64* %1143, align 8
  %1146 = add i64 %1145, 7
  %1147 = and i64 %1146, -8
  %1148 = add i64 %1147, 16
  %1149 = load i64, i64* %1144, align 8
  %1150 = icmp ugt i64 %1148, %1149
  br i1 %1150, label %trap15.site17, label %ok174

e42:                                              ; preds = %write.ok184
  %1151 = load i32, i32* %result173, align 4
  %1152 = zext i32 %1142 to i64
  %1153 = add i64 %1152, 4
  %1154 = add i64 %1153, 4
  %1155 = icmp uge i64 %1153, %scratch_start
  %1156 = load i64, i64* %highEnd, align 8
  %1157 = icmp ule i64 %1154, %1156
  %1158 = and i1 %1155, %1157
  br i1 %1158, label %write.ok188, label %write.low186

ok174:                                            ; preds = %ok171
  store i64 %1148, i64* %1143, align 8
  %1159 = load i64, i64* %highEnd, align 8
  %1160 = call i64 @llvm.umax.i64(i64 %1159, i64 %1148)
  store i64 %1160, i64* %highEnd, align 8
  %1161 = trunc i64 %1147 to i32
  store i32 %1161, i32* %dict.1, align 4
  %1162 = load i64, i64* %x.7, align 8
  store i64 %1162, i64* %n.4, align 8
  %1163 = load i32, i32* %dict.1, align 4
  %1164 = load i64, i64* %n.4, align 8
  %1165 = zext i32 %1163 to i64
  %1166 = add i64 %1165, 8
  %1167 = icmp uge i64 %1165, %scratch_start
  %1168 = load i64, i64* %highEnd, align 8
  %1169 = icmp ule i64 %1166, %1168
  %1170 = and i1 %1167, %1169
  br i1 %1170, label %write.ok177, label %write.low175

trap15.site17:                                    ; preds = %ok171
  %1171 = load i64, i64* %lowStart, align 8
  %1172 = getelementptr i64, i64* %regs, i64 6
  store i64 %1171, i64* %1172, align 8
  %1173 = load i64, i64* %lowEnd, align 8
  %1174 = getelementptr i64, i64* %regs, i64 7
  store i64 %1173, i64* %1174, align 8
  %1175 = load i64, i64* %highEnd, align 8
  %1176 = getelementptr i64, i64* %regs, i64 8
  store i64 %1175, i64* %1176, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

write.low175:                                     ; preds = %ok174
  %1177 = load i64, i64* %lowStart, align 8
  %1178 = icmp uge i64 %1165, %1177
  %1179 = load i64, i64* %lowEnd, align 8
  %1180 = icmp ule i64 %1166, %1179
  %1181 = and i1 %1178, %1180
  br i1 %1181, label %write.ok177, label %write.slow176

write.slow176:                                    ; preds = %write.low175
  %1182 = icmp ugt i64 %1166, %arena_size
  br i1 %1182, label %trap17.site0, label %ok178

write.ok177:                                      ; preds = %ok178, %write.low175, %ok174
  %1183 = getelementptr i8, i8* %mem, i64 %1165
  store i64 %1164, i64* %unaligned179, align 8
  %1184 = bitcast i64* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1183, i8* %1184, i64 8, i1 false)
  %1185 = load i64, i64* %x.7, align 8
  br i1 false, label %trap1.site19, label %ok180

ok178:                                            ; preds = %write.slow176
  %1186 = icmp ult i64 %1165, %scratch_start
  %1187 = load i64, i64* %lowStart, align 8
  %1188 = call i64 @llvm.umin.i64(i64 %1187, i64 %1165)
  %1189 = load i64, i64* %lowEnd, align 8
  %1190 = load i64, i64* %highEnd, align 8
  %1191 = add i64 %1166, 64
  %1192 = sub i64 %1166, %1188
  %1193 = lshr i64 %1192, 4
  %1194 = add i64 %1191, %1193
  %1195 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1194)
  %1196 = call i64 @llvm.umax.i64(i64 %1189, i64 %1195)
  %1197 = select i1 %1186, i64 %1196, i64 %1189
  store i64 %1197, i64* %lowEnd, align 8
  %1198 = add i64 %1166, 64
  %1199 = sub i64 %1166, %scratch_start
  %1200 = lshr i64 %1199, 4
  %1201 = add i64 %1198, %1200
  %1202 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1201)
  %1203 = call i64 @llvm.umax.i64(i64 %1190, i64 %1202)
  %1204 = select i1 %1186, i64 %1190, i64 %1203
  store i64 %1204, i64* %highEnd, align 8
  store i64 %1188, i64* %lowStart, align 8
  br label %write.ok177

ok180:                                            ; preds = %write.ok177
  %1205 = icmp eq i64 %1185, -9223372036854775808
  %1206 = and i1 %1205, false
  br i1 %1206, label %trap2.site19, label %ok181

trap1.site19:                                     ; preds = %write.ok177
  %1207 = load i64, i64* %lowStart, align 8
  %1208 = getelementptr i64, i64* %regs, i64 6
  store i64 %1207, i64* %1208, align 8
  %1209 = load i64, i64* %lowEnd, align 8
  %1210 = getelementptr i64, i64* %regs, i64 7
  store i64 %1209, i64* %1210, align 8
  %1211 = load i64, i64* %highEnd, align 8
  %1212 = getelementptr i64, i64* %regs, i64 8
  store i64 %1211, i64* %1212, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok181:                                            ; preds = %ok180
  %1213 = srem i64 %1185, 2
  %1214 = icmp eq i64 %1213, 0
  %1215 = zext i1 %1214 to i32
  %1216 = icmp eq i32 %1215, 0
  %1217 = zext i1 %1216 to i32
  store i32 %1217, i32* %odd, align 4
  %1218 = load i32, i32* %dict.1, align 4
  %1219 = load i32, i32* %odd, align 4
  %1220 = zext i32 %1218 to i64
  %1221 = add i64 %1220, 8
  %1222 = add i64 %1221, 1
  %1223 = icmp uge i64 %1221, %scratch_start
  %1224 = load i64, i64* %highEnd, align 8
  %1225 = icmp ule i64 %1222, %1224
  %1226 = and i1 %1223, %1225
  br i1 %1226, label %write.ok184, label %write.low182

trap2.site19:                                     ; preds = %ok180
  %1227 = load i64, i64* %lowStart, align 8
  %1228 = getelementptr i64, i64* %regs, i64 6
  store i64 %1227, i64* %1228, align 8
  %1229 = load i64, i64* %lowEnd, align 8
  %1230 = getelementptr i64, i64* %regs, i64 7
  store i64 %1229, i64* %1230, align 8
  %1231 = load i64, i64* %highEnd, align 8
  %1232 = getelementptr i64, i64* %regs, i64 8
  store i64 %1231, i64* %1232, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

write.low182:                                     ; preds = %ok181
  %1233 = load i64, i64* %lowStart, align 8
  %1234 = icmp uge i64 %1221, %1233
  %1235 = load i64, i64* %lowEnd, align 8
  %1236 = icmp ule i64 %1222, %1235
  %1237 = and i1 %1234, %1236
  br i1 %1237, label %write.ok184, label %write.slow183

write.slow183:                                    ; preds = %write.low182
  %1238 = icmp ugt i64 %1222, %arena_size
  br i1 %1238, label %trap17.site0, label %ok185

write.ok184:                                      ; preds = %ok185, %write.low182, %ok181
  %1239 = getelementptr i8, i8* %mem, i64 %1221
  %1240 = trunc i32 %1219 to i8
  store i8 %1240, i8* %1239, align 1
  %1241 = load i32, i32* %dict.1, align 4
  store i32 %1241, i32* %result173, align 4
  br label %e42

ok185:                                            ; preds = %write.slow183
  %1242 = icmp ult i64 %1221, %scratch_start
  %1243 = load i64, i64* %lowStart, align 8
  %1244 = call i64 @llvm.umin.i64(i64 %1243, i64 %1221)
  %1245 = load i64, i64* %lowEnd, align 8
  %1246 = load i64, i64* %highEnd, align 8
  %1247 = add i64 %1222, 64
  %1248 = sub i64 %1222, %1244
  %1249 = lshr i64 %1248, 4
  %1250 = add i64 %1247, %1249
  %1251 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1250)
  %1252 = call i64 @llvm.umax.i64(i64 %1245, i64 %1251)
  %1253 = select i1 %1242, i64 %1252, i64 %1245
  store i64 %1253, i64* %lowEnd, align 8
  %1254 = add i64 %1222, 64
  %1255 = sub i64 %1222, %scratch_start
  %1256 = lshr i64 %1255, 4
  %1257 = add i64 %1254, %1256
  %1258 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1257)
  %1259 = call i64 @llvm.umax.i64(i64 %1246, i64 %1258)
  %1260 = select i1 %1242, i64 %1246, i64 %1259
  store i64 %1260, i64* %highEnd, align 8
  store i64 %1244, i64* %lowStart, align 8
  br label %write.ok184

write.low186:                                     ; preds = %e42
  %1261 = load i64, i64* %lowStart, align 8
  %1262 = icmp uge i64 %1153, %1261
  %1263 = load i64, i64* %lowEnd, align 8
  %1264 = icmp ule i64 %1154, %1263
  %1265 = and i1 %1262, %1264
  br i1 %1265, label %write.ok188, label %write.slow187

write.slow187:                                    ; preds = %write.low186
  %1266 = icmp ugt i64 %1154, %arena_size
  br i1 %1266, label %trap17.site0, label %ok189

write.ok188:                                      ; preds = %ok189, %write.low186, %e42
  %1267 = getelementptr i8, i8* %mem, i64 %1153
  store i32 %1151, i32* %unaligned190, align 4
  %1268 = bitcast i32* %unaligned190 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1267, i8* %1268, i64 4, i1 false)
  %1269 = load i32, i32* %len.5, align 4
  %1270 = add i32 %1269, 1
  store i32 %1270, i32* %len.5, align 4
  %1271 = load i32, i32* %k.3, align 4
  %1272 = add i32 %1271, 1
  store i32 %1272, i32* %k.3, align 4
  br label %each41

ok189:                                            ; preds = %write.slow187
  %1273 = icmp ult i64 %1153, %scratch_start
  %1274 = load i64, i64* %lowStart, align 8
  %1275 = call i64 @llvm.umin.i64(i64 %1274, i64 %1153)
  %1276 = load i64, i64* %lowEnd, align 8
  %1277 = load i64, i64* %highEnd, align 8
  %1278 = add i64 %1154, 64
  %1279 = sub i64 %1154, %1275
  %1280 = lshr i64 %1279, 4
  %1281 = add i64 %1278, %1280
  %1282 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1281)
  %1283 = call i64 @llvm.umax.i64(i64 %1276, i64 %1282)
  %1284 = select i1 %1273, i64 %1283, i64 %1276
  store i64 %1284, i64* %lowEnd, align 8
  %1285 = add i64 %1154, 64
  %1286 = sub i64 %1154, %scratch_start
  %1287 = lshr i64 %1286, 4
  %1288 = add i64 %1285, %1287
  %1289 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1288)
  %1290 = call i64 @llvm.umax.i64(i64 %1277, i64 %1289)
  %1291 = select i1 %1273, i64 %1277, i64 %1290
  store i64 %1291, i64* %highEnd, align 8
  store i64 %1275, i64* %lowStart, align 8
  br label %write.ok188

dead191:                                          ; No predecessors!
  br label %block40

write.low192:                                     ; preds = %block40
  %1292 = load i64, i64* %lowStart, align 8
  %1293 = icmp uge i64 %1113, %1292
  %1294 = load i64, i64* %lowEnd, align 8
  %1295 = icmp ule i64 %1114, %1294
  %1296 = and i1 %1293, %1295
  br i1 %1296, label %write.ok194, label %write.slow193

write.slow193:                                    ; preds = %write.low192
  %1297 = icmp ugt i64 %1114, %arena_size
  br i1 %1297, label %trap17.site0, label %ok195

write.ok194:                                      ; preds = %ok195, %write.low192, %block40
  %1298 = getelementptr i8, i8* %mem, i64 %1113
  store i32 %1112, i32* %unaligned196, align 4
  %1299 = bitcast i32* %unaligned196 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1298, i8* %1299, i64 4, i1 false)
  %1300 = load i32, i32* %list.5, align 4
  store i32 %1300, i32* %result159, align 4
  br label %e38

ok195:                                            ; preds = %write.slow193
  %1301 = icmp ult i64 %1113, %scratch_start
  %1302 = load i64, i64* %lowStart, align 8
  %1303 = call i64 @llvm.umin.i64(i64 %1302, i64 %1113)
  %1304 = load i64, i64* %lowEnd, align 8
  %1305 = load i64, i64* %highEnd, align 8
  %1306 = add i64 %1114, 64
  %1307 = sub i64 %1114, %1303
  %1308 = lshr i64 %1307, 4
  %1309 = add i64 %1306, %1308
  %1310 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1309)
  %1311 = call i64 @llvm.umax.i64(i64 %1304, i64 %1310)
  %1312 = select i1 %1301, i64 %1311, i64 %1304
  store i64 %1312, i64* %lowEnd, align 8
  %1313 = add i64 %1114, 64
  %1314 = sub i64 %1114, %scratch_start
  %1315 = lshr i64 %1314, 4
  %1316 = add i64 %1313, %1315
  %1317 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1316)
  %1318 = call i64 @llvm.umax.i64(i64 %1305, i64 %1317)
  %1319 = select i1 %1301, i64 %1305, i64 %1318
  store i64 %1319, i64* %highEnd, align 8
  store i64 %1303, i64* %lowStart, align 8
  br label %write.ok194

write.low197:                                     ; preds = %e38
  %1320 = load i64, i64* %lowStart, align 8
  %1321 = icmp uge i64 %1068, %1320
  %1322 = load i64, i64* %lowEnd, align 8
  %1323 = icmp ule i64 %1069, %1322
  %1324 = and i1 %1321, %1323
  br i1 %1324, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1325 = icmp ugt i64 %1069, %arena_size
  br i1 %1325, label %trap17.site0, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %e38
  %1326 = getelementptr i8, i8* %mem, i64 %1068
  store i32 %1066, i32* %unaligned201, align 4
  %1327 = bitcast i32* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1326, i8* %1327, i64 4, i1 false)
  %1328 = load i32, i32* %dict, align 4
  store i32 %1328, i32* %result3, align 4
  br label %e0

ok200:                                            ; preds = %write.slow198
  %1329 = icmp ult i64 %1068, %scratch_start
  %1330 = load i64, i64* %lowStart, align 8
  %1331 = call i64 @llvm.umin.i64(i64 %1330, i64 %1068)
  %1332 = load i64, i64* %lowEnd, align 8
  %1333 = load i64, i64* %highEnd, align 8
  %1334 = add i64 %1069, 64
  %1335 = sub i64 %1069, %1331
  %1336 = lshr i64 %1335, 4
  %1337 = add i64 %1334, %1336
  %1338 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1337)
  %1339 = call i64 @llvm.umax.i64(i64 %1332, i64 %1338)
  %1340 = select i1 %1329, i64 %1339, i64 %1332
  store i64 %1340, i64* %lowEnd, align 8
  %1341 = add i64 %1069, 64
  %1342 = sub i64 %1069, %scratch_start
  %1343 = lshr i64 %1342, 4
  %1344 = add i64 %1341, %1343
  %1345 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1344)
  %1346 = call i64 @llvm.umax.i64(i64 %1333, i64 %1345)
  %1347 = select i1 %1329, i64 %1333, i64 %1346
  store i64 %1347, i64* %highEnd, align 8
  store i64 %1331, i64* %lowStart, align 8
  br label %write.ok199

ok202:                                            ; preds = %e0
  %1348 = icmp ult i64 %10, %stack_limit
  br i1 %1348, label %trap253.site0, label %stack_ok203

trap15.site0:                                     ; preds = %e0
  %1349 = load i64, i64* %lowStart, align 8
  %1350 = getelementptr i64, i64* %regs, i64 6
  store i64 %1349, i64* %1350, align 8
  %1351 = load i64, i64* %lowEnd, align 8
  %1352 = getelementptr i64, i64* %regs, i64 7
  store i64 %1351, i64* %1352, align 8
  %1353 = load i64, i64* %highEnd, align 8
  %1354 = getelementptr i64, i64* %regs, i64 8
  store i64 %1353, i64* %1354, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok203:                                      ; preds = %ok202
  %1355 = load i64, i64* %fuel, align 8
  %1356 = getelementptr i64, i64* %regs, i64 0
  store i64 %1355, i64* %1356, align 8
  %1357 = load i64, i64* %lowStart, align 8
  %1358 = getelementptr i64, i64* %regs, i64 6
  store i64 %1357, i64* %1358, align 8
  %1359 = load i64, i64* %lowEnd, align 8
  %1360 = getelementptr i64, i64* %regs, i64 7
  store i64 %1359, i64* %1360, align 8
  %1361 = load i64, i64* %highEnd, align 8
  %1362 = getelementptr i64, i64* %regs, i64 8
  store i64 %1361, i64* %1362, align 8
  %1363 = add i32 %depth, 1
  %1364 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1363, i32 %81, i32 %82, i32 0)
  %1365 = getelementptr i64, i64* %regs, i64 0
  %1366 = load i64, i64* %1365, align 8
  store i64 %1366, i64* %fuel, align 8
  %1367 = getelementptr i64, i64* %regs, i64 6
  %1368 = load i64, i64* %1367, align 8
  store i64 %1368, i64* %lowStart, align 8
  %1369 = getelementptr i64, i64* %regs, i64 7
  %1370 = load i64, i64* %1369, align 8
  store i64 %1370, i64* %lowEnd, align 8
  %1371 = getelementptr i64, i64* %regs, i64 8
  %1372 = load i64, i64* %1371, align 8
  store i64 %1372, i64* %highEnd, align 8
  store i32 %1364, i32* %json_end, align 4
  %1373 = load i32, i32* %json_end, align 4
  %1374 = icmp eq i32 %1373, -2
  %1375 = zext i1 %1374 to i32
  %1376 = icmp ne i32 %1375, 0
  br i1 %1376, label %then204, label %else205

then204:                                          ; preds = %stack_ok203
  br label %trap16.site3

else205:                                          ; preds = %stack_ok203
  br label %join206

join206:                                          ; preds = %else205, %dead207
  %1377 = load i32, i32* %json_end, align 4
  %1378 = icmp eq i32 %1377, -1
  %1379 = zext i1 %1378 to i32
  %1380 = icmp ne i32 %1379, 0
  br i1 %1380, label %then208, label %else209

trap16.site3:                                     ; preds = %then204
  %1381 = load i64, i64* %lowStart, align 8
  %1382 = getelementptr i64, i64* %regs, i64 6
  store i64 %1381, i64* %1382, align 8
  %1383 = load i64, i64* %lowEnd, align 8
  %1384 = getelementptr i64, i64* %regs, i64 7
  store i64 %1383, i64* %1384, align 8
  %1385 = load i64, i64* %highEnd, align 8
  %1386 = getelementptr i64, i64* %regs, i64 8
  store i64 %1385, i64* %1386, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead207:                                          ; No predecessors!
  br label %join206

then208:                                          ; preds = %join206
  br label %trap15.site3

else209:                                          ; preds = %join206
  br label %join210

join210:                                          ; preds = %else209, %dead211
  %1387 = load i32, i32* %json_end, align 4
  %1388 = zext i32 %1387 to i64
  %1389 = getelementptr i64, i64* %regs, i64 3
  store i64 %1388, i64* %1389, align 8
  %1390 = load i32, i32* %json_end, align 4
  %1391 = load i32, i32* %json_start, align 4
  %1392 = sub i32 %1390, %1391
  %1393 = load i64, i64* %fuel, align 8
  %1394 = getelementptr i64, i64* %regs, i64 0
  store i64 %1393, i64* %1394, align 8
  %1395 = load i64, i64* %lowStart, align 8
  %1396 = getelementptr i64, i64* %regs, i64 6
  store i64 %1395, i64* %1396, align 8
  %1397 = load i64, i64* %lowEnd, align 8
  %1398 = getelementptr i64, i64* %regs, i64 7
  store i64 %1397, i64* %1398, align 8
  %1399 = load i64, i64* %highEnd, align 8
  %1400 = getelementptr i64, i64* %regs, i64 8
  store i64 %1399, i64* %1400, align 8
  ret i32 %1392

dead211:                                          ; No predecessors!
  br label %join210
}
