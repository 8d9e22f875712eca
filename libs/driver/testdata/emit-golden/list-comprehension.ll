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
  %524 = load i64, i64* %lowEnd, align 8
  %525 = load i64, i64* %highEnd, align 8
  %526 = call i64 @llvm.umax.i64(i64 %524, i64 %495)
  %527 = select i1 %523, i64 %526, i64 %524
  store i64 %527, i64* %lowEnd, align 8
  %528 = call i64 @llvm.umax.i64(i64 %525, i64 %495)
  %529 = select i1 %523, i64 %525, i64 %528
  store i64 %529, i64* %highEnd, align 8
  %530 = load i64, i64* %lowStart, align 8
  %531 = call i64 @llvm.umin.i64(i64 %530, i64 %494)
  store i64 %531, i64* %lowStart, align 8
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
  %211 = load i64, i64* %lowEnd, align 8
  %212 = load i64, i64* %highEnd, align 8
  %213 = call i64 @llvm.umax.i64(i64 %211, i64 %189)
  %214 = select i1 %210, i64 %213, i64 %211
  store i64 %214, i64* %lowEnd, align 8
  %215 = call i64 @llvm.umax.i64(i64 %212, i64 %189)
  %216 = select i1 %210, i64 %212, i64 %215
  store i64 %216, i64* %highEnd, align 8
  %217 = load i64, i64* %lowStart, align 8
  %218 = call i64 @llvm.umin.i64(i64 %217, i64 %188)
  store i64 %218, i64* %lowStart, align 8
  br label %write.ok

dead20:                                           ; No predecessors!
  br label %block3

write.low21:                                      ; preds = %block3
  %219 = load i64, i64* %lowStart, align 8
  %220 = icmp uge i64 %146, %219
  %221 = load i64, i64* %lowEnd, align 8
  %222 = icmp ule i64 %147, %221
  %223 = and i1 %220, %222
  br i1 %223, label %write.ok23, label %write.slow22

write.slow22:                                     ; preds = %write.low21
  %224 = icmp ugt i64 %147, %arena_size
  br i1 %224, label %trap17.site0, label %ok24

write.ok23:                                       ; preds = %ok24, %write.low21, %block3
  %225 = getelementptr i8, i8* %mem, i64 %146
  store i32 %145, i32* %unaligned25, align 4
  %226 = bitcast i32* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %225, i8* %226, i64 4, i1 false)
  %227 = load i32, i32* %list, align 4
  store i32 %227, i32* %result5, align 4
  br label %e1

ok24:                                             ; preds = %write.slow22
  %228 = icmp ult i64 %146, %scratch_start
  %229 = load i64, i64* %lowEnd, align 8
  %230 = load i64, i64* %highEnd, align 8
  %231 = call i64 @llvm.umax.i64(i64 %229, i64 %147)
  %232 = select i1 %228, i64 %231, i64 %229
  store i64 %232, i64* %lowEnd, align 8
  %233 = call i64 @llvm.umax.i64(i64 %230, i64 %147)
  %234 = select i1 %228, i64 %230, i64 %233
  store i64 %234, i64* %highEnd, align 8
  %235 = load i64, i64* %lowStart, align 8
  %236 = call i64 @llvm.umin.i64(i64 %235, i64 %146)
  store i64 %236, i64* %lowStart, align 8
  br label %write.ok23

write.low26:                                      ; preds = %e1
  %237 = load i64, i64* %lowStart, align 8
  %238 = icmp uge i64 %101, %237
  %239 = load i64, i64* %lowEnd, align 8
  %240 = icmp ule i64 %102, %239
  %241 = and i1 %238, %240
  br i1 %241, label %write.ok28, label %write.slow27

write.slow27:                                     ; preds = %write.low26
  %242 = icmp ugt i64 %102, %arena_size
  br i1 %242, label %trap17.site0, label %ok29

write.ok28:                                       ; preds = %ok29, %write.low26, %e1
  %243 = getelementptr i8, i8* %mem, i64 %101
  store i32 %100, i32* %unaligned30, align 4
  %244 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %243, i8* %244, i64 4, i1 false)
  %245 = load i32, i32* %xs, align 4
  store i32 %245, i32* %xs.2, align 4
  %246 = load i32, i32* %xs.2, align 4
  %247 = zext i32 %246 to i64
  %248 = add i64 %247, 4
  %249 = icmp ugt i64 %248, %arena_size
  br i1 %249, label %trap17.site0, label %ok32

ok29:                                             ; preds = %write.slow27
  %250 = icmp ult i64 %101, %scratch_start
  %251 = load i64, i64* %lowEnd, align 8
  %252 = load i64, i64* %highEnd, align 8
  %253 = call i64 @llvm.umax.i64(i64 %251, i64 %102)
  %254 = select i1 %250, i64 %253, i64 %251
  store i64 %254, i64* %lowEnd, align 8
  %255 = call i64 @llvm.umax.i64(i64 %252, i64 %102)
  %256 = select i1 %250, i64 %252, i64 %255
  store i64 %256, i64* %highEnd, align 8
  %257 = load i64, i64* %lowStart, align 8
  %258 = call i64 @llvm.umin.i64(i64 %257, i64 %101)
  store i64 %258, i64* %lowStart, align 8
  br label %write.ok28

e11:                                              ; preds = %write.ok86
  %259 = load i32, i32* %result31, align 4
  store i32 %259, i32* %nested, align 4
  %260 = load i32, i32* %dict, align 4
  %261 = load i32, i32* %nested, align 4
  %262 = zext i32 %260 to i64
  %263 = add i64 %262, 4
  %264 = add i64 %263, 4
  %265 = icmp uge i64 %263, %scratch_start
  %266 = load i64, i64* %highEnd, align 8
  %267 = icmp ule i64 %264, %266
  %268 = and i1 %265, %267
  br i1 %268, label %write.ok91, label %write.low89

ok32:                                             ; preds = %write.ok28
  %269 = getelementptr i8, i8* %mem, i64 %247
  %270 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %270, i8* %269, i64 4, i1 false)
  %271 = load i32, i32* %unaligned33, align 4
  %272 = zext i32 %271 to i64
  %273 = mul i64 %272, 4
  %274 = add i64 4, %273
  store i64 %274, i64* %size.1, align 8
  %275 = load i64, i64* %size.1, align 8
  %276 = icmp ugt i64 %275, 2147483647
  %277 = zext i1 %276 to i32
  %278 = icmp ne i32 %277, 0
  br i1 %278, label %then34, label %else35

then34:                                           ; preds = %ok32
  br label %trap15.site7

else35:                                           ; preds = %ok32
  br label %join36

join36:                                           ; preds = %else35, %dead37
  %279 = load i64, i64* %size.1, align 8
  %280 = trunc i64 %279 to i32
  %281 = zext i32 %280 to i64
  %282 = getelementptr i64, i64* %regs, i64 1
  %283 = getelementptr i64, i64* %regs, i64 2
  %284 = load i64, i64* %282, align 8
  %285 = add i64 %284, 3
  %286 = and i64 %285, -4
  %287 = add i64 %286, %281
  %288 = load i64, i64* %283, align 8
  %289 = icmp ugt i64 %287, %288
  br i1 %289, label %trap15.site7, label %ok38

trap15.site7:                                     ; preds = %join36, %then34
  %290 = load i64, i64* %lowStart, align 8
  %291 = getelementptr i64, i64* %regs, i64 6
  store i64 %290, i64* %291, align 8
  %292 = load i64, i64* %lowEnd, align 8
  %293 = getelementptr i64, i64* %regs, i64 7
  store i64 %292, i64* %293, align 8
  %294 = load i64, i64* %highEnd, align 8
  %295 = getelementptr i64, i64* %regs, i64 8
  store i64 %294, i64* %295, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead37:                                           ; No predecessors!
  br label %join36

ok38:                                             ; preds = %join36
  store i64 %287, i64* %282, align 8
  %296 = load i64, i64* %highEnd, align 8
  %297 = call i64 @llvm.umax.i64(i64 %296, i64 %287)
  store i64 %297, i64* %highEnd, align 8
  %298 = trunc i64 %286 to i32
  store i32 %298, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %299 = load i32, i32* %xs.2, align 4
  %300 = zext i32 %299 to i64
  %301 = add i64 %300, 4
  %302 = icmp ugt i64 %301, %arena_size
  br i1 %302, label %trap17.site0, label %ok39

ok39:                                             ; preds = %ok38
  %303 = getelementptr i8, i8* %mem, i64 %300
  %304 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %304, i8* %303, i64 4, i1 false)
  %305 = load i32, i32* %unaligned40, align 4
  store i32 %305, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead83, %ok41
  %306 = load i32, i32* %list.1, align 4
  %307 = load i32, i32* %len.1, align 4
  %308 = zext i32 %306 to i64
  %309 = add i64 %308, 4
  %310 = icmp uge i64 %308, %scratch_start
  %311 = load i64, i64* %highEnd, align 8
  %312 = icmp ule i64 %309, %311
  %313 = and i1 %310, %312
  br i1 %313, label %write.ok86, label %write.low84

each14:                                           ; preds = %join49, %ok39
  %314 = load i64, i64* %fuel, align 8
  %315 = icmp ult i64 %314, 1
  br i1 %315, label %trap14.site0, label %ok41

ok41:                                             ; preds = %each14
  %316 = sub i64 %314, 1
  store i64 %316, i64* %fuel, align 8
  %317 = load i32, i32* %k.1, align 4
  %318 = load i32, i32* %n.1, align 4
  %319 = icmp uge i32 %317, %318
  %320 = zext i1 %319 to i32
  %321 = icmp ne i32 %320, 0
  br i1 %321, label %block13, label %cont42

cont42:                                           ; preds = %ok41
  %322 = load i32, i32* %xs.2, align 4
  %323 = load i32, i32* %k.1, align 4
  %324 = mul i32 %323, 8
  %325 = add i32 %322, %324
  %326 = zext i32 %325 to i64
  %327 = add i64 %326, 8
  %328 = add i64 %327, 8
  %329 = icmp ugt i64 %328, %arena_size
  br i1 %329, label %trap17.site0, label %ok43

ok43:                                             ; preds = %cont42
  %330 = getelementptr i8, i8* %mem, i64 %327
  %331 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %331, i8* %330, i64 8, i1 false)
  %332 = load i64, i64* %unaligned44, align 8
  store i64 %332, i64* %x.2, align 8
  %333 = load i64, i64* %x.2, align 8
  store i64 %333, i64* %x.3, align 8
  %334 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site9, label %ok45

ok45:                                             ; preds = %ok43
  %335 = icmp eq i64 %334, -9223372036854775808
  %336 = and i1 %335, false
  br i1 %336, label %trap2.site9, label %ok46

trap1.site9:                                      ; preds = %ok43
  %337 = load i64, i64* %lowStart, align 8
  %338 = getelementptr i64, i64* %regs, i64 6
  store i64 %337, i64* %338, align 8
  %339 = load i64, i64* %lowEnd, align 8
  %340 = getelementptr i64, i64* %regs, i64 7
  store i64 %339, i64* %340, align 8
  %341 = load i64, i64* %highEnd, align 8
  %342 = getelementptr i64, i64* %regs, i64 8
  store i64 %341, i64* %342, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok46:                                             ; preds = %ok45
  %343 = srem i64 %334, 2
  %344 = icmp eq i64 %343, 0
  %345 = zext i1 %344 to i32
  %346 = icmp ne i32 %345, 0
  br i1 %346, label %then47, label %else48

trap2.site9:                                      ; preds = %ok45
  %347 = load i64, i64* %lowStart, align 8
  %348 = getelementptr i64, i64* %regs, i64 6
  store i64 %347, i64* %348, align 8
  %349 = load i64, i64* %lowEnd, align 8
  %350 = getelementptr i64, i64* %regs, i64 7
  store i64 %349, i64* %350, align 8
  %351 = load i64, i64* %highEnd, align 8
  %352 = getelementptr i64, i64* %regs, i64 8
  store i64 %351, i64* %352, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

then47:                                           ; preds = %ok46
  %353 = load i32, i32* %list.1, align 4
  %354 = load i32, i32* %len.1, align 4
  %355 = mul i32 %354, 4
  %356 = add i32 %353, %355
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %357 = load i64, i64* %hi, align 8
  %358 = load i64, i64* %lo, align 8
  %359 = icmp sgt i64 %357, %358
  %360 = zext i1 %359 to i32
  %361 = icmp ne i32 %360, 0
  br i1 %361, label %then51, label %else52

else48:                                           ; preds = %ok46
  br label %join49

join49:                                           ; preds = %else48, %write.ok80
  %362 = load i32, i32* %k.1, align 4
  %363 = add i32 %362, 1
  store i32 %363, i32* %k.1, align 4
  br label %each14

e20:                                              ; preds = %write.ok75
  %364 = load i32, i32* %result50, align 4
  %365 = zext i32 %356 to i64
  %366 = add i64 %365, 4
  %367 = add i64 %366, 4
  %368 = icmp uge i64 %366, %scratch_start
  %369 = load i64, i64* %highEnd, align 8
  %370 = icmp ule i64 %367, %369
  %371 = and i1 %368, %370
  br i1 %371, label %write.ok80, label %write.low78

then51:                                           ; preds = %then47
  %372 = load i64, i64* %hi, align 8
  %373 = load i64, i64* %lo, align 8
  %374 = sub i64 %372, %373
  store i64 %374, i64* %result54, align 8
  br label %join53

else52:                                           ; preds = %then47
  store i64 0, i64* %result54, align 8
  br label %join53

join53:                                           ; preds = %else52, %then51
  %375 = load i64, i64* %result54, align 8
  store i64 %375, i64* %count, align 8
  %376 = load i64, i64* %count, align 8
  %377 = icmp slt i64 %376, 0
  %378 = zext i1 %377 to i32
  %379 = load i64, i64* %count, align 8
  %380 = icmp sgt i64 %379, 2147483647
  %381 = zext i1 %380 to i32
  %382 = or i32 %378, %381
  %383 = icmp ne i32 %382, 0
  br i1 %383, label %then55, label %else56

then55:                                           ; preds = %join53
  br label %trap15.site10

else56:                                           ; preds = %join53
  br label %join57

join57:                                           ; preds = %else56, %dead58
  %384 = load i64, i64* %count, align 8
  %385 = trunc i64 %384 to i32
  %386 = zext i32 %385 to i64
  %387 = mul i64 %386, 8
  %388 = add i64 8, %387
  store i64 %388, i64* %size.2, align 8
  %389 = load i64, i64* %size.2, align 8
  %390 = icmp ugt i64 %389, 2147483647
  %391 = zext i1 %390 to i32
  %392 = icmp ne i32 %391, 0
  br i1 %392, label %then59, label %else60

trap15.site10:                                    ; preds = %then55
  %393 = load i64, i64* %lowStart, align 8
  %394 = getelementptr i64, i64* %regs, i64 6
  store i64 %393, i64* %394, align 8
  %395 = load i64, i64* %lowEnd, align 8
  %396 = getelementptr i64, i64* %regs, i64 7
  store i64 %395, i64* %396, align 8
  %397 = load i64, i64* %highEnd, align 8
  %398 = getelementptr i64, i64* %regs, i64 8
  store i64 %397, i64* %398, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead58:                                           ; No predecessors!
  br label %join57

then59:                                           ; preds = %join57
  br label %trap15.site11

else60:                                           ; preds = %join57
  br label %join61

join61:                                           ; preds = %else60, %dead62
  %399 = load i64, i64* %size.2, align 8
  %400 = trunc i64 %399 to i32
  %401 = zext i32 %400 to i64
  %402 = getelementptr i64, i64* %regs, i64 1
  %403 = getelementptr i64, i64* %regs, i64 2
  %404 = load i64, i64* %402, align 8
  %405 = add i64 %404, 7
  %406 = and i64 %405, -8
  %407 = add i64 %406, %401
  %408 = load i64, i64* %403, align 8
  %409 = icmp ugt i64 %407, %408
  br i1 %409, label %trap15.site11, label %ok63

trap15.site11:                                    ; preds = %join61, %then59
  %410 = load i64, i64* %lowStart, align 8
  %411 = getelementptr i64, i64* %regs, i64 6
  store i64 %410, i64* %411, align 8
  %412 = load i64, i64* %lowEnd, align 8
  %413 = getelementptr i64, i64* %regs, i64 7
  store i64 %412, i64* %413, align 8
  %414 = load i64, i64* %highEnd, align 8
  %415 = getelementptr i64, i64* %regs, i64 8
  store i64 %414, i64* %415, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead62:                                           ; No predecessors!
  br label %join61

ok63:                                             ; preds = %join61
  store i64 %407, i64* %402, align 8
  %416 = load i64, i64* %highEnd, align 8
  %417 = call i64 @llvm.umax.i64(i64 %416, i64 %407)
  store i64 %417, i64* %highEnd, align 8
  %418 = trunc i64 %406 to i32
  store i32 %418, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %419 = load i64, i64* %lo, align 8
  store i64 %419, i64* %i, align 8
  br label %range24

block23:                                          ; preds = %dead72, %ok64
  %420 = load i32, i32* %list.2, align 4
  %421 = load i32, i32* %len.2, align 4
  %422 = zext i32 %420 to i64
  %423 = add i64 %422, 4
  %424 = icmp uge i64 %422, %scratch_start
  %425 = load i64, i64* %highEnd, align 8
  %426 = icmp ule i64 %423, %425
  %427 = and i1 %424, %426
  br i1 %427, label %write.ok75, label %write.low73

range24:                                          ; preds = %write.ok69, %ok63
  %428 = load i64, i64* %fuel, align 8
  %429 = icmp ult i64 %428, 1
  br i1 %429, label %trap14.site0, label %ok64

ok64:                                             ; preds = %range24
  %430 = sub i64 %428, 1
  store i64 %430, i64* %fuel, align 8
  %431 = load i64, i64* %i, align 8
  %432 = load i64, i64* %hi, align 8
  %433 = icmp sge i64 %431, %432
  %434 = zext i1 %433 to i32
  %435 = icmp ne i32 %434, 0
  br i1 %435, label %block23, label %cont65

cont65:                                           ; preds = %ok64
  %436 = load i64, i64* %i, align 8
  store i64 %436, i64* %y, align 8
  %437 = load i32, i32* %list.2, align 4
  %438 = load i32, i32* %len.2, align 4
  %439 = mul i32 %438, 8
  %440 = add i32 %437, %439
  %441 = load i64, i64* %x.3, align 8
  %442 = load i64, i64* %y, align 8
  %443 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %441, i64 %442)
  %444 = extractvalue { i64, i1 } %443, 1
  br i1 %444, label %trap2.site12, label %ok66

ok66:                                             ; preds = %cont65
  %445 = extractvalue { i64, i1 } %443, 0
  %446 = zext i32 %440 to i64
  %447 = add i64 %446, 8
  %448 = add i64 %447, 8
  %449 = icmp uge i64 %447, %scratch_start
  %450 = load i64, i64* %highEnd, align 8
  %451 = icmp ule i64 %448, %450
  %452 = and i1 %449, %451
  br i1 %452, label %write.ok69, label %write.low67

trap2.site12:                                     ; preds = %cont65
  %453 = load i64, i64* %lowStart, align 8
  %454 = getelementptr i64, i64* %regs, i64 6
  store i64 %453, i64* %454, align 8
  %455 = load i64, i64* %lowEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 7
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %highEnd, align 8
  %458 = getelementptr i64, i64* %regs, i64 8
  store i64 %457, i64* %458, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

write.low67:                                      ; preds = %ok66
  %459 = load i64, i64* %lowStart, align 8
  %460 = icmp uge i64 %447, %459
  %461 = load i64, i64* %lowEnd, align 8
  %462 = icmp ule i64 %448, %461
  %463 = and i1 %460, %462
  br i1 %463, label %write.ok69, label %write.slow68

write.slow68:                                     ; preds = %write.low67
  %464 = icmp ugt i64 %448, %arena_size
  br i1 %464, label %trap17.site0, label %ok70

write.ok69:                                       ; preds = %ok70, %write.low67, %ok66
  %465 = getelementptr i8, i8* %mem, i64 %447
  store i64 %445, i64* %unaligned71, align 8
  %466 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %465, i8* %466, i64 8, i1 false)
  %467 = load i32, i32* %len.2, align 4
  %468 = add i32 %467, 1
  store i32 %468, i32* %len.2, align 4
  %469 = load i64, i64* %i, align 8
  %470 = add i64 %469, 1
  store i64 %470, i64* %i, align 8
  br label %range24

ok70:                                             ; preds = %write.slow68
  %471 = icmp ult i64 %447, %scratch_start
  %472 = load i64, i64* %lowEnd, align 8
  %473 = load i64, i64* %highEnd, align 8
  %474 = call i64 @llvm.umax.i64(i64 %472, i64 %448)
  %475 = select i1 %471, i64 %474, i64 %472
  store i64 %475, i64* %lowEnd, align 8
  %476 = call i64 @llvm.umax.i64(i64 %473, i64 %448)
  %477 = select i1 %471, i64 %473, i64 %476
  store i64 %477, i64* %highEnd, align 8
  %478 = load i64, i64* %lowStart, align 8
  %479 = call i64 @llvm.umin.i64(i64 %478, i64 %447)
  store i64 %479, i64* %lowStart, align 8
  br label %write.ok69

dead72:                                           ; No predecessors!
  br label %block23

write.low73:                                      ; preds = %block23
  %480 = load i64, i64* %lowStart, align 8
  %481 = icmp uge i64 %422, %480
  %482 = load i64, i64* %lowEnd, align 8
  %483 = icmp ule i64 %423, %482
  %484 = and i1 %481, %483
  br i1 %484, label %write.ok75, label %write.slow74

write.slow74:                                     ; preds = %write.low73
  %485 = icmp ugt i64 %423, %arena_size
  br i1 %485, label %trap17.site0, label %ok76

write.ok75:                                       ; preds = %ok76, %write.low73, %block23
  %486 = getelementptr i8, i8* %mem, i64 %422
  store i32 %421, i32* %unaligned77, align 4
  %487 = bitcast i32* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %486, i8* %487, i64 4, i1 false)
  %488 = load i32, i32* %list.2, align 4
  store i32 %488, i32* %result50, align 4
  br label %e20

ok76:                                             ; preds = %write.slow74
  %489 = icmp ult i64 %422, %scratch_start
  %490 = load i64, i64* %lowEnd, align 8
  %491 = load i64, i64* %highEnd, align 8
  %492 = call i64 @llvm.umax.i64(i64 %490, i64 %423)
  %493 = select i1 %489, i64 %492, i64 %490
  store i64 %493, i64* %lowEnd, align 8
  %494 = call i64 @llvm.umax.i64(i64 %491, i64 %423)
  %495 = select i1 %489, i64 %491, i64 %494
  store i64 %495, i64* %highEnd, align 8
  %496 = load i64, i64* %lowStart, align 8
  %497 = call i64 @llvm.umin.i64(i64 %496, i64 %422)
  store i64 %497, i64* %lowStart, align 8
  br label %write.ok75

write.low78:                                      ; preds = %e20
  %498 = load i64, i64* %lowStart, align 8
  %499 = icmp uge i64 %366, %498
  %500 = load i64, i64* %lowEnd, align 8
  %501 = icmp ule i64 %367, %500
  %502 = and i1 %499, %501
  br i1 %502, label %write.ok80, label %write.slow79

write.slow79:                                     ; preds = %write.low78
  %503 = icmp ugt i64 %367, %arena_size
  br i1 %503, label %trap17.site0, label %ok81

write.ok80:                                       ; preds = %ok81, %write.low78, %e20
  %504 = getelementptr i8, i8* %mem, i64 %366
  store i32 %364, i32* %unaligned82, align 4
  %505 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %504, i8* %505, i64 4, i1 false)
  %506 = load i32, i32* %len.1, align 4
  %507 = add i32 %506, 1
  store i32 %507, i32* %len.1, align 4
  br label %join49

ok81:                                             ; preds = %write.slow79
  %508 = icmp ult i64 %366, %scratch_start
  %509 = load i64, i64* %lowEnd, align 8
  %510 = load i64, i64* %highEnd, align 8
  %511 = call i64 @llvm.umax.i64(i64 %509, i64 %367)
  %512 = select i1 %508, i64 %511, i64 %509
  store i64 %512, i64* %lowEnd, align 8
  %513 = call i64 @llvm.umax.i64(i64 %510, i64 %367)
  %514 = select i1 %508, i64 %510, i64 %513
  store i64 %514, i64* %highEnd, align 8
  %515 = load i64, i64* %lowStart, align 8
  %516 = call i64 @llvm.umin.i64(i64 %515, i64 %366)
  store i64 %516, i64* %lowStart, align 8
  br label %write.ok80

dead83:                                           ; No predecessors!
  br label %block13

write.low84:                                      ; preds = %block13
  %517 = load i64, i64* %lowStart, align 8
  %518 = icmp uge i64 %308, %517
  %519 = load i64, i64* %lowEnd, align 8
  %520 = icmp ule i64 %309, %519
  %521 = and i1 %518, %520
  br i1 %521, label %write.ok86, label %write.slow85

write.slow85:                                     ; preds = %write.low84
  %522 = icmp ugt i64 %309, %arena_size
  br i1 %522, label %trap17.site0, label %ok87

write.ok86:                                       ; preds = %ok87, %write.low84, %block13
  %523 = getelementptr i8, i8* %mem, i64 %308
  store i32 %307, i32* %unaligned88, align 4
  %524 = bitcast i32* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %523, i8* %524, i64 4, i1 false)
  %525 = load i32, i32* %list.1, align 4
  store i32 %525, i32* %result31, align 4
  br label %e11

ok87:                                             ; preds = %write.slow85
  %526 = icmp ult i64 %308, %scratch_start
  %527 = load i64, i64* %lowEnd, align 8
  %528 = load i64, i64* %highEnd, align 8
  %529 = call i64 @llvm.umax.i64(i64 %527, i64 %309)
  %530 = select i1 %526, i64 %529, i64 %527
  store i64 %530, i64* %lowEnd, align 8
  %531 = call i64 @llvm.umax.i64(i64 %528, i64 %309)
  %532 = select i1 %526, i64 %528, i64 %531
  store i64 %532, i64* %highEnd, align 8
  %533 = load i64, i64* %lowStart, align 8
  %534 = call i64 @llvm.umin.i64(i64 %533, i64 %308)
  store i64 %534, i64* %lowStart, align 8
  br label %write.ok86

write.low89:                                      ; preds = %e11
  %535 = load i64, i64* %lowStart, align 8
  %536 = icmp uge i64 %263, %535
  %537 = load i64, i64* %lowEnd, align 8
  %538 = icmp ule i64 %264, %537
  %539 = and i1 %536, %538
  br i1 %539, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %540 = icmp ugt i64 %264, %arena_size
  br i1 %540, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %e11
  %541 = getelementptr i8, i8* %mem, i64 %263
  store i32 %261, i32* %unaligned93, align 4
  %542 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %541, i8* %542, i64 4, i1 false)
  store i64 0, i64* %item, align 8
  %543 = load i32, i32* %xs, align 4
  store i32 %543, i32* %spread, align 4
  %544 = load i32, i32* %xs, align 4
  store i32 %544, i32* %xs.3, align 4
  %545 = load i32, i32* %xs.3, align 4
  %546 = zext i32 %545 to i64
  %547 = add i64 %546, 4
  %548 = icmp ugt i64 %547, %arena_size
  br i1 %548, label %trap17.site0, label %ok96

ok92:                                             ; preds = %write.slow90
  %549 = icmp ult i64 %263, %scratch_start
  %550 = load i64, i64* %lowEnd, align 8
  %551 = load i64, i64* %highEnd, align 8
  %552 = call i64 @llvm.umax.i64(i64 %550, i64 %264)
  %553 = select i1 %549, i64 %552, i64 %550
  store i64 %553, i64* %lowEnd, align 8
  %554 = call i64 @llvm.umax.i64(i64 %551, i64 %264)
  %555 = select i1 %549, i64 %551, i64 %554
  store i64 %555, i64* %highEnd, align 8
  %556 = load i64, i64* %lowStart, align 8
  %557 = call i64 @llvm.umin.i64(i64 %556, i64 %263)
  store i64 %557, i64* %lowStart, align 8
  br label %write.ok91

e28:                                              ; preds = %write.ok151
  %558 = load i32, i32* %result94, align 4
  store i32 %558, i32* %spliced, align 4
  %559 = load i32, i32* %dict, align 4
  %560 = load i32, i32* %spliced, align 4
  %561 = zext i32 %559 to i64
  %562 = add i64 %561, 8
  %563 = add i64 %562, 4
  %564 = icmp uge i64 %562, %scratch_start
  %565 = load i64, i64* %highEnd, align 8
  %566 = icmp ule i64 %563, %565
  %567 = and i1 %564, %566
  br i1 %567, label %write.ok156, label %write.low154

e31:                                              ; preds = %write.ok118
  %568 = load i32, i32* %result95, align 4
  store i32 %568, i32* %spread.1, align 4
  %569 = load i32, i32* %spread, align 4
  %570 = zext i32 %569 to i64
  %571 = add i64 %570, 4
  %572 = icmp ugt i64 %571, %arena_size
  br i1 %572, label %trap17.site0, label %ok121

ok96:                                             ; preds = %write.ok91
  %573 = getelementptr i8, i8* %mem, i64 %546
  %574 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %574, i8* %573, i64 4, i1 false)
  %575 = load i32, i32* %unaligned97, align 4
  %576 = zext i32 %575 to i64
  %577 = mul i64 %576, 8
  %578 = add i64 8, %577
  store i64 %578, i64* %size.3, align 8
  %579 = load i64, i64* %size.3, align 8
  %580 = icmp ugt i64 %579, 2147483647
  %581 = zext i1 %580 to i32
  %582 = icmp ne i32 %581, 0
  br i1 %582, label %then98, label %else99

then98:                                           ; preds = %ok96
  br label %trap15.site14

else99:                                           ; preds = %ok96
  br label %join100

join100:                                          ; preds = %else99, %dead101
  %583 = load i64, i64* %size.3, align 8
  %584 = trunc i64 %583 to i32
  %585 = zext i32 %584 to i64
  %586 = getelementptr i64, i64* %regs, i64 1
  %587 = getelementptr i64, i64* %regs, i64 2
  %588 = load i64, i64* %586, align 8
  %589 = add i64 %588, 7
  %590 = and i64 %589, -8
  %591 = add i64 %590, %585
  %592 = load i64, i64* %587, align 8
  %593 = icmp ugt i64 %591, %592
  br i1 %593, label %trap15.site14, label %ok102

trap15.site14:                                    ; preds = %join100, %then98
  %594 = load i64, i64* %lowStart, align 8
  %595 = getelementptr i64, i64* %regs, i64 6
  store i64 %594, i64* %595, align 8
  %596 = load i64, i64* %lowEnd, align 8
  %597 = getelementptr i64, i64* %regs, i64 7
  store i64 %596, i64* %597, align 8
  %598 = load i64, i64* %highEnd, align 8
  %599 = getelementptr i64, i64* %regs, i64 8
  store i64 %598, i64* %599, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead101:                                          ; No predecessors!
  br label %join100

ok102:                                            ; preds = %join100
  store i64 %591, i64* %586, align 8
  %600 = load i64, i64* %highEnd, align 8
  %601 = call i64 @llvm.umax.i64(i64 %600, i64 %591)
  store i64 %601, i64* %highEnd, align 8
  %602 = trunc i64 %590 to i32
  store i32 %602, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %603 = load i32, i32* %xs.3, align 4
  %604 = zext i32 %603 to i64
  %605 = add i64 %604, 4
  %606 = icmp ugt i64 %605, %arena_size
  br i1 %606, label %trap17.site0, label %ok103

ok103:                                            ; preds = %ok102
  %607 = getelementptr i8, i8* %mem, i64 %604
  %608 = bitcast i32* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %608, i8* %607, i64 4, i1 false)
  %609 = load i32, i32* %unaligned104, align 4
  store i32 %609, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each34

block33:                                          ; preds = %dead115, %ok105
  %610 = load i32, i32* %list.3, align 4
  %611 = load i32, i32* %len.3, align 4
  %612 = zext i32 %610 to i64
  %613 = add i64 %612, 4
  %614 = icmp uge i64 %612, %scratch_start
  %615 = load i64, i64* %highEnd, align 8
  %616 = icmp ule i64 %613, %615
  %617 = and i1 %614, %616
  br i1 %617, label %write.ok118, label %write.low116

each34:                                           ; preds = %write.ok112, %ok103
  %618 = load i64, i64* %fuel, align 8
  %619 = icmp ult i64 %618, 1
  br i1 %619, label %trap14.site0, label %ok105

ok105:                                            ; preds = %each34
  %620 = sub i64 %618, 1
  store i64 %620, i64* %fuel, align 8
  %621 = load i32, i32* %k.2, align 4
  %622 = load i32, i32* %n.2, align 4
  %623 = icmp uge i32 %621, %622
  %624 = zext i1 %623 to i32
  %625 = icmp ne i32 %624, 0
  br i1 %625, label %block33, label %cont106

cont106:                                          ; preds = %ok105
  %626 = load i32, i32* %xs.3, align 4
  %627 = load i32, i32* %k.2, align 4
  %628 = mul i32 %627, 8
  %629 = add i32 %626, %628
  %630 = zext i32 %629 to i64
  %631 = add i64 %630, 8
  %632 = add i64 %631, 8
  %633 = icmp ugt i64 %632, %arena_size
  br i1 %633, label %trap17.site0, label %ok107

ok107:                                            ; preds = %cont106
  %634 = getelementptr i8, i8* %mem, i64 %631
  %635 = bitcast i64* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %635, i8* %634, i64 8, i1 false)
  %636 = load i64, i64* %unaligned108, align 8
  store i64 %636, i64* %x.4, align 8
  %637 = load i64, i64* %x.4, align 8
  store i64 %637, i64* %x.5, align 8
  %638 = load i32, i32* %list.3, align 4
  %639 = load i32, i32* %len.3, align 4
  %640 = mul i32 %639, 8
  %641 = add i32 %638, %640
  %642 = load i64, i64* %x.5, align 8
  %643 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %642, i64 10)
  %644 = extractvalue { i64, i1 } %643, 1
  br i1 %644, label %trap2.site15, label %ok109

ok109:                                            ; preds = %ok107
  %645 = extractvalue { i64, i1 } %643, 0
  %646 = zext i32 %641 to i64
  %647 = add i64 %646, 8
  %648 = add i64 %647, 8
  %649 = icmp uge i64 %647, %scratch_start
  %650 = load i64, i64* %highEnd, align 8
  %651 = icmp ule i64 %648, %650
  %652 = and i1 %649, %651
  br i1 %652, label %write.ok112, label %write.low110

trap2.site15:                                     ; preds = %ok107
  %653 = load i64, i64* %lowStart, align 8
  %654 = getelementptr i64, i64* %regs, i64 6
  store i64 %653, i64* %654, align 8
  %655 = load i64, i64* %lowEnd, align 8
  %656 = getelementptr i64, i64* %regs, i64 7
  store i64 %655, i64* %656, align 8
  %657 = load i64, i64* %highEnd, align 8
  %658 = getelementptr i64, i64* %regs, i64 8
  store i64 %657, i64* %658, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

write.low110:                                     ; preds = %ok109
  %659 = load i64, i64* %lowStart, align 8
  %660 = icmp uge i64 %647, %659
  %661 = load i64, i64* %lowEnd, align 8
  %662 = icmp ule i64 %648, %661
  %663 = and i1 %660, %662
  br i1 %663, label %write.ok112, label %write.slow111

write.slow111:                                    ; preds = %write.low110
  %664 = icmp ugt i64 %648, %arena_size
  br i1 %664, label %trap17.site0, label %ok113

write.ok112:                                      ; preds = %ok113, %write.low110, %ok109
  %665 = getelementptr i8, i8* %mem, i64 %647
  store i64 %645, i64* %unaligned114, align 8
  %666 = bitcast i64* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %665, i8* %666, i64 8, i1 false)
  %667 = load i32, i32* %len.3, align 4
  %668 = add i32 %667, 1
  store i32 %668, i32* %len.3, align 4
  %669 = load i32, i32* %k.2, align 4
  %670 = add i32 %669, 1
  store i32 %670, i32* %k.2, align 4
  br label %each34

ok113:                                            ; preds = %write.slow111
  %671 = icmp ult i64 %647, %scratch_start
  %672 = load i64, i64* %lowEnd, align 8
  %673 = load i64, i64* %highEnd, align 8
  %674 = call i64 @llvm.umax.i64(i64 %672, i64 %648)
  %675 = select i1 %671, i64 %674, i64 %672
  store i64 %675, i64* %lowEnd, align 8
  %676 = call i64 @llvm.umax.i64(i64 %673, i64 %648)
  %677 = select i1 %671, i64 %673, i64 %676
  store i64 %677, i64* %highEnd, align 8
  %678 = load i64, i64* %lowStart, align 8
  %679 = call i64 @llvm.umin.i64(i64 %678, i64 %647)
  store i64 %679, i64* %lowStart, align 8
  br label %write.ok112

dead115:                                          ; No predecessors!
  br label %block33

write.low116:                                     ; preds = %block33
  %680 = load i64, i64* %lowStart, align 8
  %681 = icmp uge i64 %612, %680
  %682 = load i64, i64* %lowEnd, align 8
  %683 = icmp ule i64 %613, %682
  %684 = and i1 %681, %683
  br i1 %684, label %write.ok118, label %write.slow117

write.slow117:                                    ; preds = %write.low116
  %685 = icmp ugt i64 %613, %arena_size
  br i1 %685, label %trap17.site0, label %ok119

write.ok118:                                      ; preds = %ok119, %write.low116, %block33
  %686 = getelementptr i8, i8* %mem, i64 %612
  store i32 %611, i32* %unaligned120, align 4
  %687 = bitcast i32* %unaligned120 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %686, i8* %687, i64 4, i1 false)
  %688 = load i32, i32* %list.3, align 4
  store i32 %688, i32* %result95, align 4
  br label %e31

ok119:                                            ; preds = %write.slow117
  %689 = icmp ult i64 %612, %scratch_start
  %690 = load i64, i64* %lowEnd, align 8
  %691 = load i64, i64* %highEnd, align 8
  %692 = call i64 @llvm.umax.i64(i64 %690, i64 %613)
  %693 = select i1 %689, i64 %692, i64 %690
  store i64 %693, i64* %lowEnd, align 8
  %694 = call i64 @llvm.umax.i64(i64 %691, i64 %613)
  %695 = select i1 %689, i64 %691, i64 %694
  store i64 %695, i64* %highEnd, align 8
  %696 = load i64, i64* %lowStart, align 8
  %697 = call i64 @llvm.umin.i64(i64 %696, i64 %612)
  store i64 %697, i64* %lowStart, align 8
  br label %write.ok118

ok121:                                            ; preds = %e31
  %698 = getelementptr i8, i8* %mem, i64 %570
  %699 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %699, i8* %698, i64 4, i1 false)
  %700 = load i32, i32* %unaligned122, align 4
  %701 = add i32 1, %700
  %702 = load i32, i32* %spread.1, align 4
  %703 = zext i32 %702 to i64
  %704 = add i64 %703, 4
  %705 = icmp ugt i64 %704, %arena_size
  br i1 %705, label %trap17.site0, label %ok123

ok123:                                            ; preds = %ok121
  %706 = getelementptr i8, i8* %mem, i64 %703
  %707 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %707, i8* %706, i64 4, i1 false)
  %708 = load i32, i32* %unaligned124, align 4
  %709 = add i32 %701, %708
  %710 = zext i32 %709 to i64
  %711 = mul i64 %710, 8
  %712 = add i64 8, %711
  store i64 %712, i64* %size.4, align 8
  %713 = load i64, i64* %size.4, align 8
  %714 = icmp ugt i64 %713, 2147483647
  %715 = zext i1 %714 to i32
  %716 = icmp ne i32 %715, 0
  br i1 %716, label %then125, label %else126

then125:                                          ; preds = %ok123
  br label %trap15.site13

else126:                                          ; preds = %ok123
  br label %join127

join127:                                          ; preds = %else126, %dead128
  %717 = load i64, i64* %size.4, align 8
  %718 = trunc i64 %717 to i32
  %719 = zext i32 %718 to i64
  %720 = getelementptr i64, i64* %regs, i64 1
  %721 = getelementptr i64, i64* %regs, i64 2
  %722 = load i64, i64* %720, align 8
  %723 = add i64 %722, 7
  %724 = and i64 %723, -8
  %725 = add i64 %724, %719
  %726 = load i64, i64* %721, align 8
  %727 = icmp ugt i64 %725, %726
  br i1 %727, label %trap15.site13, label %ok129

trap15.site13:                                    ; preds = %join127, %then125
  %728 = load i64, i64* %lowStart, align 8
  %729 = getelementptr i64, i64* %regs, i64 6
  store i64 %728, i64* %729, align 8
  %730 = load i64, i64* %lowEnd, align 8
  %731 = getelementptr i64, i64* %regs, i64 7
  store i64 %730, i64* %731, align 8
  %732 = load i64, i64* %highEnd, align 8
  %733 = getelementptr i64, i64* %regs, i64 8
  store i64 %732, i64* %733, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead128:                                          ; No predecessors!
  br label %join127

ok129:                                            ; preds = %join127
  store i64 %725, i64* %720, align 8
  %734 = load i64, i64* %highEnd, align 8
  %735 = call i64 @llvm.umax.i64(i64 %734, i64 %725)
  store i64 %735, i64* %highEnd, align 8
  %736 = trunc i64 %724 to i32
  store i32 %736, i32* %list.4, align 4
  store i32 0, i32* %len.4, align 4
  %737 = load i32, i32* %list.4, align 4
  %738 = add i32 %737, 8
  %739 = load i32, i32* %len.4, align 4
  %740 = mul i32 %739, 8
  %741 = add i32 %738, %740
  %742 = load i64, i64* %item, align 8
  %743 = zext i32 %741 to i64
  %744 = add i64 %743, 8
  %745 = icmp uge i64 %743, %scratch_start
  %746 = load i64, i64* %highEnd, align 8
  %747 = icmp ule i64 %744, %746
  %748 = and i1 %745, %747
  br i1 %748, label %write.ok132, label %write.low130

write.low130:                                     ; preds = %ok129
  %749 = load i64, i64* %lowStart, align 8
  %750 = icmp uge i64 %743, %749
  %751 = load i64, i64* %lowEnd, align 8
  %752 = icmp ule i64 %744, %751
  %753 = and i1 %750, %752
  br i1 %753, label %write.ok132, label %write.slow131

write.slow131:                                    ; preds = %write.low130
  %754 = icmp ugt i64 %744, %arena_size
  br i1 %754, label %trap17.site0, label %ok133

write.ok132:                                      ; preds = %ok133, %write.low130, %ok129
  %755 = getelementptr i8, i8* %mem, i64 %743
  store i64 %742, i64* %unaligned134, align 8
  %756 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %755, i8* %756, i64 8, i1 false)
  %757 = load i32, i32* %len.4, align 4
  %758 = add i32 %757, 1
  store i32 %758, i32* %len.4, align 4
  %759 = load i32, i32* %spread, align 4
  %760 = zext i32 %759 to i64
  %761 = add i64 %760, 4
  %762 = icmp ugt i64 %761, %arena_size
  br i1 %762, label %trap17.site0, label %ok135

ok133:                                            ; preds = %write.slow131
  %763 = icmp ult i64 %743, %scratch_start
  %764 = load i64, i64* %lowEnd, align 8
  %765 = load i64, i64* %highEnd, align 8
  %766 = call i64 @llvm.umax.i64(i64 %764, i64 %744)
  %767 = select i1 %763, i64 %766, i64 %764
  store i64 %767, i64* %lowEnd, align 8
  %768 = call i64 @llvm.umax.i64(i64 %765, i64 %744)
  %769 = select i1 %763, i64 %765, i64 %768
  store i64 %769, i64* %highEnd, align 8
  %770 = load i64, i64* %lowStart, align 8
  %771 = call i64 @llvm.umin.i64(i64 %770, i64 %743)
  store i64 %771, i64* %lowStart, align 8
  br label %write.ok132

ok135:                                            ; preds = %write.ok132
  %772 = getelementptr i8, i8* %mem, i64 %760
  %773 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %773, i8* %772, i64 4, i1 false)
  %774 = load i32, i32* %unaligned136, align 4
  store i32 %774, i32* %slen, align 4
  %775 = load i32, i32* %list.4, align 4
  %776 = add i32 %775, 8
  %777 = load i32, i32* %len.4, align 4
  %778 = mul i32 %777, 8
  %779 = add i32 %776, %778
  %780 = load i32, i32* %spread, align 4
  %781 = add i32 %780, 8
  %782 = load i32, i32* %slen, align 4
  %783 = mul i32 %782, 8
  %784 = zext i32 %783 to i64
  %785 = zext i32 %781 to i64
  %786 = add i64 %785, %784
  %787 = icmp ugt i64 %786, %arena_size
  br i1 %787, label %trap17.site13, label %ok137

ok137:                                            ; preds = %ok135
  %788 = zext i32 %779 to i64
  %789 = add i64 %788, %784
  %790 = icmp uge i64 %788, %scratch_start
  %791 = load i64, i64* %highEnd, align 8
  %792 = icmp ule i64 %789, %791
  %793 = and i1 %790, %792
  br i1 %793, label %write.ok140, label %write.low138

trap17.site13:                                    ; preds = %write.slow146, %ok142, %write.slow139, %ok135
  %794 = load i64, i64* %lowStart, align 8
  %795 = getelementptr i64, i64* %regs, i64 6
  store i64 %794, i64* %795, align 8
  %796 = load i64, i64* %lowEnd, align 8
  %797 = getelementptr i64, i64* %regs, i64 7
  store i64 %796, i64* %797, align 8
  %798 = load i64, i64* %highEnd, align 8
  %799 = getelementptr i64, i64* %regs, i64 8
  store i64 %798, i64* %799, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

write.low138:                                     ; preds = %ok137
  %800 = load i64, i64* %lowStart, align 8
  %801 = icmp uge i64 %788, %800
  %802 = load i64, i64* %lowEnd, align 8
  %803 = icmp ule i64 %789, %802
  %804 = and i1 %801, %803
  br i1 %804, label %write.ok140, label %write.slow139

write.slow139:                                    ; preds = %write.low138
  %805 = icmp ugt i64 %789, %arena_size
  br i1 %805, label %trap17.site13, label %ok141

write.ok140:                                      ; preds = %ok141, %write.low138, %ok137
  %806 = getelementptr i8, i8* %mem, i64 %788
  %807 = getelementptr i8, i8* %mem, i64 %785
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %806, i8* %807, i64 %784, i1 false)
  %808 = load i32, i32* %len.4, align 4
  %809 = load i32, i32* %slen, align 4
  %810 = add i32 %808, %809
  store i32 %810, i32* %len.4, align 4
  %811 = load i32, i32* %spread.1, align 4
  %812 = zext i32 %811 to i64
  %813 = add i64 %812, 4
  %814 = icmp ugt i64 %813, %arena_size
  br i1 %814, label %trap17.site0, label %ok142

ok141:                                            ; preds = %write.slow139
  %815 = icmp ult i64 %788, %scratch_start
  %816 = load i64, i64* %lowEnd, align 8
  %817 = load i64, i64* %highEnd, align 8
  %818 = call i64 @llvm.umax.i64(i64 %816, i64 %789)
  %819 = select i1 %815, i64 %818, i64 %816
  store i64 %819, i64* %lowEnd, align 8
  %820 = call i64 @llvm.umax.i64(i64 %817, i64 %789)
  %821 = select i1 %815, i64 %817, i64 %820
  store i64 %821, i64* %highEnd, align 8
  %822 = load i64, i64* %lowStart, align 8
  %823 = call i64 @llvm.umin.i64(i64 %822, i64 %788)
  store i64 %823, i64* %lowStart, align 8
  br label %write.ok140

ok142:                                            ; preds = %write.ok140
  %824 = getelementptr i8, i8* %mem, i64 %812
  %825 = bitcast i32* %unaligned143 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %825, i8* %824, i64 4, i1 false)
  %826 = load i32, i32* %unaligned143, align 4
  store i32 %826, i32* %slen.1, align 4
  %827 = load i32, i32* %list.4, align 4
  %828 = add i32 %827, 8
  %829 = load i32, i32* %len.4, align 4
  %830 = mul i32 %829, 8
  %831 = add i32 %828, %830
  %832 = load i32, i32* %spread.1, align 4
  %833 = add i32 %832, 8
  %834 = load i32, i32* %slen.1, align 4
  %835 = mul i32 %834, 8
  %836 = zext i32 %835 to i64
  %837 = zext i32 %833 to i64
  %838 = add i64 %837, %836
  %839 = icmp ugt i64 %838, %arena_size
  br i1 %839, label %trap17.site13, label %ok144

ok144:                                            ; preds = %ok142
  %840 = zext i32 %831 to i64
  %841 = add i64 %840, %836
  %842 = icmp uge i64 %840, %scratch_start
  %843 = load i64, i64* %highEnd, align 8
  %844 = icmp ule i64 %841, %843
  %845 = and i1 %842, %844
  br i1 %845, label %write.ok147, label %write.low145

write.low145:                                     ; preds = %ok144
  %846 = load i64, i64* %lowStart, align 8
  %847 = icmp uge i64 %840, %846
  %848 = load i64, i64* %lowEnd, align 8
  %849 = icmp ule i64 %841, %848
  %850 = and i1 %847, %849
  br i1 %850, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %851 = icmp ugt i64 %841, %arena_size
  br i1 %851, label %trap17.site13, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %ok144
  %852 = getelementptr i8, i8* %mem, i64 %840
  %853 = getelementptr i8, i8* %mem, i64 %837
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %852, i8* %853, i64 %836, i1 false)
  %854 = load i32, i32* %len.4, align 4
  %855 = load i32, i32* %slen.1, align 4
  %856 = add i32 %854, %855
  store i32 %856, i32* %len.4, align 4
  %857 = load i32, i32* %list.4, align 4
  %858 = load i32, i32* %len.4, align 4
  %859 = zext i32 %857 to i64
  %860 = add i64 %859, 4
  %861 = icmp uge i64 %859, %scratch_start
  %862 = load i64, i64* %highEnd, align 8
  %863 = icmp ule i64 %860, %862
  %864 = and i1 %861, %863
  br i1 %864, label %write.ok151, label %write.low149

ok148:                                            ; preds = %write.slow146
  %865 = icmp ult i64 %840, %scratch_start
  %866 = load i64, i64* %lowEnd, align 8
  %867 = load i64, i64* %highEnd, align 8
  %868 = call i64 @llvm.umax.i64(i64 %866, i64 %841)
  %869 = select i1 %865, i64 %868, i64 %866
  store i64 %869, i64* %lowEnd, align 8
  %870 = call i64 @llvm.umax.i64(i64 %867, i64 %841)
  %871 = select i1 %865, i64 %867, i64 %870
  store i64 %871, i64* %highEnd, align 8
  %872 = load i64, i64* %lowStart, align 8
  %873 = call i64 @llvm.umin.i64(i64 %872, i64 %840)
  store i64 %873, i64* %lowStart, align 8
  br label %write.ok147

write.low149:                                     ; preds = %write.ok147
  %874 = load i64, i64* %lowStart, align 8
  %875 = icmp uge i64 %859, %874
  %876 = load i64, i64* %lowEnd, align 8
  %877 = icmp ule i64 %860, %876
  %878 = and i1 %875, %877
  br i1 %878, label %write.ok151, label %write.slow150

write.slow150:                                    ; preds = %write.low149
  %879 = icmp ugt i64 %860, %arena_size
  br i1 %879, label %trap17.site0, label %ok152

write.ok151:                                      ; preds = %ok152, %write.low149, %write.ok147
  %880 = getelementptr i8, i8* %mem, i64 %859
  store i32 %858, i32* %unaligned153, align 4
  %881 = bitcast i32* %unaligned153 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %880, i8* %881, i64 4, i1 false)
  %882 = load i32, i32* %list.4, align 4
  store i32 %882, i32* %result94, align 4
  br label %e28

ok152:                                            ; preds = %write.slow150
  %883 = icmp ult i64 %859, %scratch_start
  %884 = load i64, i64* %lowEnd, align 8
  %885 = load i64, i64* %highEnd, align 8
  %886 = call i64 @llvm.umax.i64(i64 %884, i64 %860)
  %887 = select i1 %883, i64 %886, i64 %884
  store i64 %887, i64* %lowEnd, align 8
  %888 = call i64 @llvm.umax.i64(i64 %885, i64 %860)
  %889 = select i1 %883, i64 %885, i64 %888
  store i64 %889, i64* %highEnd, align 8
  %890 = load i64, i64* %lowStart, align 8
  %891 = call i64 @llvm.umin.i64(i64 %890, i64 %859)
  store i64 %891, i64* %lowStart, align 8
  br label %write.ok151

write.low154:                                     ; preds = %e28
  %892 = load i64, i64* %lowStart, align 8
  %893 = icmp uge i64 %562, %892
  %894 = load i64, i64* %lowEnd, align 8
  %895 = icmp ule i64 %563, %894
  %896 = and i1 %893, %895
  br i1 %896, label %write.ok156, label %write.slow155

write.slow155:                                    ; preds = %write.low154
  %897 = icmp ugt i64 %563, %arena_size
  br i1 %897, label %trap17.site0, label %ok157

write.ok156:                                      ; preds = %ok157, %write.low154, %e28
  %898 = getelementptr i8, i8* %mem, i64 %562
  store i32 %560, i32* %unaligned158, align 4
  %899 = bitcast i32* %unaligned158 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %898, i8* %899, i64 4, i1 false)
  %900 = load i32, i32* %xs, align 4
  store i32 %900, i32* %xs.4, align 4
  %901 = load i32, i32* %xs.4, align 4
  %902 = zext i32 %901 to i64
  %903 = add i64 %902, 4
  %904 = icmp ugt i64 %903, %arena_size
  br i1 %904, label %trap17.site0, label %ok160

ok157:                                            ; preds = %write.slow155
  %905 = icmp ult i64 %562, %scratch_start
  %906 = load i64, i64* %lowEnd, align 8
  %907 = load i64, i64* %highEnd, align 8
  %908 = call i64 @llvm.umax.i64(i64 %906, i64 %563)
  %909 = select i1 %905, i64 %908, i64 %906
  store i64 %909, i64* %lowEnd, align 8
  %910 = call i64 @llvm.umax.i64(i64 %907, i64 %563)
  %911 = select i1 %905, i64 %907, i64 %910
  store i64 %911, i64* %highEnd, align 8
  %912 = load i64, i64* %lowStart, align 8
  %913 = call i64 @llvm.umin.i64(i64 %912, i64 %562)
  store i64 %913, i64* %lowStart, align 8
  br label %write.ok156

e38:                                              ; preds = %write.ok194
  %914 = load i32, i32* %result159, align 4
  store i32 %914, i32* %records, align 4
  %915 = load i32, i32* %dict, align 4
  %916 = load i32, i32* %records, align 4
  %917 = zext i32 %915 to i64
  %918 = add i64 %917, 12
  %919 = add i64 %918, 4
  %920 = icmp uge i64 %918, %scratch_start
  %921 = load i64, i64* %highEnd, align 8
  %922 = icmp ule i64 %919, %921
  %923 = and i1 %920, %922
  br i1 %923, label %write.ok199, label %write.low197

ok160:                                            ; preds = %write.ok156
  %924 = getelementptr i8, i8* %mem, i64 %902
  %925 = bitcast i32* %unaligned161 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %925, i8* %924, i64 4, i1 false)
  %926 = load i32, i32* %unaligned161, align 4
  %927 = zext i32 %926 to i64
  %928 = mul i64 %927, 4
  %929 = add i64 4, %928
  store i64 %929, i64* %size.5, align 8
  %930 = load i64, i64* %size.5, align 8
  %931 = icmp ugt i64 %930, 2147483647
  %932 = zext i1 %931 to i32
  %933 = icmp ne i32 %932, 0
  br i1 %933, label %then162, label %else163

then162:                                          ; preds = %ok160
  br label %trap15.site16

else163:                                          ; preds = %ok160
  br label %join164

join164:                                          ; preds = %else163, %dead165
  %934 = load i64, i64* %size.5, align 8
  %935 = trunc i64 %934 to i32
  %936 = zext i32 %935 to i64
  %937 = getelementptr i64, i64* %regs, i64 1
  %938 = getelementptr i64, i64* %regs, i64 2
  %939 = load i64, i64* %937, align 8
  %940 = add i64 %939, 3
  %941 = and i64 %940, -4
  %942 = add i64 %941, %936
  %943 = load i64, i64* %938, align 8
  %944 = icmp ugt i64 %942, %943
  br i1 %944, label %trap15.site16, label %ok166

trap15.site16:                                    ; preds = %join164, %then162
  %945 = load i64, i64* %lowStart, align 8
  %946 = getelementptr i64, i64* %regs, i64 6
  store i64 %945, i64* %946, align 8
  %947 = load i64, i64* %lowEnd, align 8
  %948 = getelementptr i64, i64* %regs, i64 7
  store i64 %947, i64* %948, align 8
  %949 = load i64, i64* %highEnd, align 8
  %950 = getelementptr i64, i64* %regs, i64 8
  store i64 %949, i64* %950, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead165:                                          ; No predecessors!
  br label %join164

ok166:                                            ; preds = %join164
  store i64 %942, i64* %937, align 8
  %951 = load i64, i64* %highEnd, align 8
  %952 = call i64 @llvm.umax.i64(i64 %951, i64 %942)
  store i64 %952, i64* %highEnd, align 8
  %953 = trunc i64 %941 to i32
  store i32 %953, i32* %list.5, align 4
  store i32 0, i32* %len.5, align 4
  %954 = load i32, i32* %xs.4, align 4
  %955 = zext i32 %954 to i64
  %956 = add i64 %955, 4
  %957 = icmp ugt i64 %956, %arena_size
  br i1 %957, label %trap17.site0, label %ok167

ok167:                                            ; preds = %ok166
  %958 = getelementptr i8, i8* %mem, i64 %955
  %959 = bitcast i32* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %959, i8* %958, i64 4, i1 false)
  %960 = load i32, i32* %unaligned168, align 4
  store i32 %960, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each41

block40:                                          ; preds = %dead191, %ok169
  %961 = load i32, i32* %list.5, align 4
  %962 = load i32, i32* %len.5, align 4
  %963 = zext i32 %961 to i64
  %964 = add i64 %963, 4
  %965 = icmp uge i64 %963, %scratch_start
  %966 = load i64, i64* %highEnd, align 8
  %967 = icmp ule i64 %964, %966
  %968 = and i1 %965, %967
  br i1 %968, label %write.ok194, label %write.low192

each41:                                           ; preds = %write.ok188, %ok167
  %969 = load i64, i64* %fuel, align 8
  %970 = icmp ult i64 %969, 1
  br i1 %970, label %trap14.site0, label %ok169

ok169:                                            ; preds = %each41
  %971 = sub i64 %969, 1
  store i64 %971, i64* %fuel, align 8
  %972 = load i32, i32* %k.3, align 4
  %973 = load i32, i32* %n.3, align 4
  %974 = icmp uge i32 %972, %973
  %975 = zext i1 %974 to i32
  %976 = icmp ne i32 %975, 0
  br i1 %976, label %block40, label %cont170

cont170:                                          ; preds = %ok169
  %977 = load i32, i32* %xs.4, align 4
  %978 = load i32, i32* %k.3, align 4
  %979 = mul i32 %978, 8
  %980 = add i32 %977, %979
  %981 = zext i32 %980 to i64
  %982 = add i64 %981, 8
  %983 = add i64 %982, 8
  %984 = icmp ugt i64 %983, %arena_size
  br i1 %984, label %trap17.site0, label %ok171

ok171:                                            ; preds = %cont170
  %985 = getelementptr i8, i8* %mem, i64 %982
  %986 = bitcast i64* %unaligned172 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %986, i8* %985, i64 8, i1 false)
  %987 = load i64, i64* %unaligned172, align 8
  store i64 %987, i64* %x.6, align 8
  %988 = load i64, i64* %x.6, align 8
  store i64 %988, i64* %x.7, align 8
  %989 = load i32, i32* %list.5, align 4
  %990 = load i32, i32* %len.5, align 4
  %991 = mul i32 %990, 4
  %992 = add i32 %989, %991
  %993 = getelementptr i64, i64* %regs, i64 1
  %994 = getelementptr i64, i64* %regs, i64 2
  %995 = load i64, i64* %993, align 8
  %996 = add i64 %995, 7
  %997 = and i64 %996, -8
  %998 = add i64 %997, 16
  %999 = load i64, i64* %994, align 8
  %1000 = icmp ugt i64 %998, %999
  br i1 %1000, label %trap15.site17, label %ok174

e42:                                              ; preds = %write.ok184
  %1001 = load i32, i32* %result173, align 4
  %1002 = zext i32 %992 to i64
  %1003 = add i64 %1002, 4
  %1004 = add i64 %1003, 4
  %1005 = icmp uge i64 %1003, %scratch_start
  %1006 = load i64, i64* %highEnd, align 8
  %1007 = icmp ule i64 %1004, %1006
  %1008 = and i1 %1005, %1007
  br i1 %1008, label %write.ok188, label %write.low186

ok174:                                            ; preds = %ok171
  store i64 %998, i64* %993, align 8
  %1009 = load i64, i64* %highEnd, align 8
  %1010 = call i64 @llvm.umax.i64(i64 %1009, i64 %998)
  store i64 %1010, i64* %highEnd, align 8
  %1011 = trunc i64 %997 to i32
  store i32 %1011, i32* %dict.1, align 4
  %1012 = load i64, i64* %x.7, align 8
  store i64 %1012, i64* %n.4, align 8
  %1013 = load i32, i32* %dict.1, align 4
  %1014 = load i64, i64* %n.4, align 8
  %1015 = zext i32 %1013 to i64
  %1016 = add i64 %1015, 8
  %1017 = icmp uge i64 %1015, %scratch_start
  %1018 = load i64, i64* %highEnd, align 8
  %1019 = icmp ule i64 %1016, %1018
  %1020 = and i1 %1017, %1019
  br i1 %1020, label %write.ok177, label %write.low175

trap15.site17:                                    ; preds = %ok171
  %1021 = load i64, i64* %lowStart, align 8
  %1022 = getelementptr i64, i64* %regs, i64 6
  store i64 %1021, i64* %1022, align 8
  %1023 = load i64, i64* %lowEnd, align 8
  %1024 = getelementptr i64, i64* %regs, i64 7
  store i64 %1023, i64* %1024, align 8
  %1025 = load i64, i64* %highEnd, align 8
  %1026 = getelementptr i64, i64* %regs, i64 8
  store i64 %1025, i64* %1026, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

write.low175:                                     ; preds = %ok174
  %1027 = load i64, i64* %lowStart, align 8
  %1028 = icmp uge i64 %1015, %1027
  %1029 = load i64, i64* %lowEnd, align 8
  %1030 = icmp ule i64 %1016, %1029
  %1031 = and i1 %1028, %1030
  br i1 %1031, label %write.ok177, label %write.slow176

write.slow176:                                    ; preds = %write.low175
  %1032 = icmp ugt i64 %1016, %arena_size
  br i1 %1032, label %trap17.site0, label %ok178

write.ok177:                                      ; preds = %ok178, %write.low175, %ok174
  %1033 = getelementptr i8, i8* %mem, i64 %1015
  store i64 %1014, i64* %unaligned179, align 8
  %1034 = bitcast i64* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1033, i8* %1034, i64 8, i1 false)
  %1035 = load i64, i64* %x.7, align 8
  br i1 false, label %trap1.site19, label %ok180

ok178:                                            ; preds = %write.slow176
  %1036 = icmp ult i64 %1015, %scratch_start
  %1037 = load i64, i64* %lowEnd, align 8
  %1038 = load i64, i64* %highEnd, align 8
  %1039 = call i64 @llvm.umax.i64(i64 %1037, i64 %1016)
  %1040 = select i1 %1036, i64 %1039, i64 %1037
  store i64 %1040, i64* %lowEnd, align 8
  %1041 = call i64 @llvm.umax.i64(i64 %1038, i64 %1016)
  %1042 = select i1 %1036, i64 %1038, i64 %1041
  store i64 %1042, i64* %highEnd, align 8
  %1043 = load i64, i64* %lowStart, align 8
  %1044 = call i64 @llvm.umin.i64(i64 %1043, i64 %1015)
  store i64 %1044, i64* %lowStart, align 8
  br label %write.ok177

ok180:                                            ; preds = %write.ok177
  %1045 = icmp eq i64 %1035, -9223372036854775808
  %1046 = and i1 %1045, false
  br i1 %1046, label %trap2.site19, label %ok181

trap1.site19:                                     ; preds = %write.ok177
  %1047 = load i64, i64* %lowStart, align 8
  %1048 = getelementptr i64, i64* %regs, i64 6
  store i64 %1047, i64* %1048, align 8
  %1049 = load i64, i64* %lowEnd, align 8
  %1050 = getelementptr i64, i64* %regs, i64 7
  store i64 %1049, i64* %1050, align 8
  %1051 = load i64, i64* %highEnd, align 8
  %1052 = getelementptr i64, i64* %regs, i64 8
  store i64 %1051, i64* %1052, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok181:                                            ; preds = %ok180
  %1053 = srem i64 %1035, 2
  %1054 = icmp eq i64 %1053, 0
  %1055 = zext i1 %1054 to i32
  %1056 = icmp eq i32 %1055, 0
  %1057 = zext i1 %1056 to i32
  store i32 %1057, i32* %odd, align 4
  %1058 = load i32, i32* %dict.1, align 4
  %1059 = load i32, i32* %odd, align 4
  %1060 = zext i32 %1058 to i64
  %1061 = add i64 %1060, 8
  %1062 = add i64 %1061, 1
  %1063 = icmp uge i64 %1061, %scratch_start
  %1064 = load i64, i64* %highEnd, align 8
  %1065 = icmp ule i64 %1062, %1064
  %1066 = and i1 %1063, %1065
  br i1 %1066, label %write.ok184, label %write.low182

trap2.site19:                                     ; preds = %ok180
  %1067 = load i64, i64* %lowStart, align 8
  %1068 = getelementptr i64, i64* %regs, i64 6
  store i64 %1067, i64* %1068, align 8
  %1069 = load i64, i64* %lowEnd, align 8
  %1070 = getelementptr i64, i64* %regs, i64 7
  store i64 %1069, i64* %1070, align 8
  %1071 = load i64, i64* %highEnd, align 8
  %1072 = getelementptr i64, i64* %regs, i64 8
  store i64 %1071, i64* %1072, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

write.low182:                                     ; preds = %ok181
  %1073 = load i64, i64* %lowStart, align 8
  %1074 = icmp uge i64 %1061, %1073
  %1075 = load i64, i64* %lowEnd, align 8
  %1076 = icmp ule i64 %1062, %1075
  %1077 = and i1 %1074, %1076
  br i1 %1077, label %write.ok184, label %write.slow183

write.slow183:                                    ; preds = %write.low182
  %1078 = icmp ugt i64 %1062, %arena_size
  br i1 %1078, label %trap17.site0, label %ok185

write.ok184:                                      ; preds = %ok185, %write.low182, %ok181
  %1079 = getelementptr i8, i8* %mem, i64 %1061
  %1080 = trunc i32 %1059 to i8
  store i8 %1080, i8* %1079, align 1
  %1081 = load i32, i32* %dict.1, align 4
  store i32 %1081, i32* %result173, align 4
  br label %e42

ok185:                                            ; preds = %write.slow183
  %1082 = icmp ult i64 %1061, %scratch_start
  %1083 = load i64, i64* %lowEnd, align 8
  %1084 = load i64, i64* %highEnd, align 8
  %1085 = call i64 @llvm.umax.i64(i64 %1083, i64 %1062)
  %1086 = select i1 %1082, i64 %1085, i64 %1083
  store i64 %1086, i64* %lowEnd, align 8
  %1087 = call i64 @llvm.umax.i64(i64 %1084, i64 %1062)
  %1088 = select i1 %1082, i64 %1084, i64 %1087
  store i64 %1088, i64* %highEnd, align 8
  %1089 = load i64, i64* %lowStart, align 8
  %1090 = call i64 @llvm.umin.i64(i64 %1089, i64 %1061)
  store i64 %1090, i64* %lowStart, align 8
  br label %write.ok184

write.low186:                                     ; preds = %e42
  %1091 = load i64, i64* %lowStart, align 8
  %1092 = icmp uge i64 %1003, %1091
  %1093 = load i64, i64* %lowEnd, align 8
  %1094 = icmp ule i64 %1004, %1093
  %1095 = and i1 %1092, %1094
  br i1 %1095, label %write.ok188, label %write.slow187

write.slow187:                                    ; preds = %write.low186
  %1096 = icmp ugt i64 %1004, %arena_size
  br i1 %1096, label %trap17.site0, label %ok189

write.ok188:                                      ; preds = %ok189, %write.low186, %e42
  %1097 = getelementptr i8, i8* %mem, i64 %1003
  store i32 %1001, i32* %unaligned190, align 4
  %1098 = bitcast i32* %unaligned190 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1097, i8* %1098, i64 4, i1 false)
  %1099 = load i32, i32* %len.5, align 4
  %1100 = add i32 %1099, 1
  store i32 %1100, i32* %len.5, align 4
  %1101 = load i32, i32* %k.3, align 4
  %1102 = add i32 %1101, 1
  store i32 %1102, i32* %k.3, align 4
  br label %each41

ok189:                                            ; preds = %write.slow187
  %1103 = icmp ult i64 %1003, %scratch_start
  %1104 = load i64, i64* %lowEnd, align 8
  %1105 = load i64, i64* %highEnd, align 8
  %1106 = call i64 @llvm.umax.i64(i64 %1104, i64 %1004)
  %1107 = select i1 %1103, i64 %1106, i64 %1104
  store i64 %1107, i64* %lowEnd, align 8
  %1108 = call i64 @llvm.umax.i64(i64 %1105, i64 %1004)
  %1109 = select i1 %1103, i64 %1105, i64 %1108
  store i64 %1109, i64* %highEnd, align 8
  %1110 = load i64, i64* %lowStart, align 8
  %1111 = call i64 @llvm.umin.i64(i64 %1110, i64 %1003)
  store i64 %1111, i64* %lowStart, align 8
  br label %write.ok188

dead191:                                          ; No predecessors!
  br label %block40

write.low192:                                     ; preds = %block40
  %1112 = load i64, i64* %lowStart, align 8
  %1113 = icmp uge i64 %963, %1112
  %1114 = load i64, i64* %lowEnd, align 8
  %1115 = icmp ule i64 %964, %1114
  %1116 = and i1 %1113, %1115
  br i1 %1116, label %write.ok194, label %write.slow193

write.slow193:                                    ; preds = %write.low192
  %1117 = icmp ugt i64 %964, %arena_size
  br i1 %1117, label %trap17.site0, label %ok195

write.ok194:                                      ; preds = %ok195, %write.low192, %block40
  %1118 = getelementptr i8, i8* %mem, i64 %963
  store i32 %962, i32* %unaligned196, align 4
  %1119 = bitcast i32* %unaligned196 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1118, i8* %1119, i64 4, i1 false)
  %1120 = load i32, i32* %list.5, align 4
  store i32 %1120, i32* %result159, align 4
  br label %e38

ok195:                                            ; preds = %write.slow193
  %1121 = icmp ult i64 %963, %scratch_start
  %1122 = load i64, i64* %lowEnd, align 8
  %1123 = load i64, i64* %highEnd, align 8
  %1124 = call i64 @llvm.umax.i64(i64 %1122, i64 %964)
  %1125 = select i1 %1121, i64 %1124, i64 %1122
  store i64 %1125, i64* %lowEnd, align 8
  %1126 = call i64 @llvm.umax.i64(i64 %1123, i64 %964)
  %1127 = select i1 %1121, i64 %1123, i64 %1126
  store i64 %1127, i64* %highEnd, align 8
  %1128 = load i64, i64* %lowStart, align 8
  %1129 = call i64 @llvm.umin.i64(i64 %1128, i64 %963)
  store i64 %1129, i64* %lowStart, align 8
  br label %write.ok194

write.low197:                                     ; preds = %e38
  %1130 = load i64, i64* %lowStart, align 8
  %1131 = icmp uge i64 %918, %1130
  %1132 = load i64, i64* %lowEnd, align 8
  %1133 = icmp ule i64 %919, %1132
  %1134 = and i1 %1131, %1133
  br i1 %1134, label %write.ok199, label %write.slow198

write.slow198:                                    ; preds = %write.low197
  %1135 = icmp ugt i64 %919, %arena_size
  br i1 %1135, label %trap17.site0, label %ok200

write.ok199:                                      ; preds = %ok200, %write.low197, %e38
  %1136 = getelementptr i8, i8* %mem, i64 %918
  store i32 %916, i32* %unaligned201, align 4
  %1137 = bitcast i32* %unaligned201 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1136, i8* %1137, i64 4, i1 false)
  %1138 = load i32, i32* %dict, align 4
  store i32 %1138, i32* %result3, align 4
  br label %e0

ok200:                                            ; preds = %write.slow198
  %1139 = icmp ult i64 %918, %scratch_start
  %1140 = load i64, i64* %lowEnd, align 8
  %1141 = load i64, i64* %highEnd, align 8
  %1142 = call i64 @llvm.umax.i64(i64 %1140, i64 %919)
  %1143 = select i1 %1139, i64 %1142, i64 %1140
  store i64 %1143, i64* %lowEnd, align 8
  %1144 = call i64 @llvm.umax.i64(i64 %1141, i64 %919)
  %1145 = select i1 %1139, i64 %1141, i64 %1144
  store i64 %1145, i64* %highEnd, align 8
  %1146 = load i64, i64* %lowStart, align 8
  %1147 = call i64 @llvm.umin.i64(i64 %1146, i64 %918)
  store i64 %1147, i64* %lowStart, align 8
  br label %write.ok199

ok202:                                            ; preds = %e0
  %1148 = icmp ult i64 %10, %stack_limit
  br i1 %1148, label %trap253.site0, label %stack_ok203

trap15.site0:                                     ; preds = %e0
  %1149 = load i64, i64* %lowStart, align 8
  %1150 = getelementptr i64, i64* %regs, i64 6
  store i64 %1149, i64* %1150, align 8
  %1151 = load i64, i64* %lowEnd, align 8
  %1152 = getelementptr i64, i64* %regs, i64 7
  store i64 %1151, i64* %1152, align 8
  %1153 = load i64, i64* %highEnd, align 8
  %1154 = getelementptr i64, i64* %regs, i64 8
  store i64 %1153, i64* %1154, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok203:                                      ; preds = %ok202
  %1155 = load i64, i64* %fuel, align 8
  %1156 = getelementptr i64, i64* %regs, i64 0
  store i64 %1155, i64* %1156, align 8
  %1157 = load i64, i64* %lowStart, align 8
  %1158 = getelementptr i64, i64* %regs, i64 6
  store i64 %1157, i64* %1158, align 8
  %1159 = load i64, i64* %lowEnd, align 8
  %1160 = getelementptr i64, i64* %regs, i64 7
  store i64 %1159, i64* %1160, align 8
  %1161 = load i64, i64* %highEnd, align 8
  %1162 = getelementptr i64, i64* %regs, i64 8
  store i64 %1161, i64* %1162, align 8
  %1163 = add i32 %depth, 1
  %1164 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1163, i32 %81, i32 %82, i32 0)
  %1165 = getelementptr i64, i64* %regs, i64 0
  %1166 = load i64, i64* %1165, align 8
  store i64 %1166, i64* %fuel, align 8
  %1167 = getelementptr i64, i64* %regs, i64 6
  %1168 = load i64, i64* %1167, align 8
  store i64 %1168, i64* %lowStart, align 8
  %1169 = getelementptr i64, i64* %regs, i64 7
  %1170 = load i64, i64* %1169, align 8
  store i64 %1170, i64* %lowEnd, align 8
  %1171 = getelementptr i64, i64* %regs, i64 8
  %1172 = load i64, i64* %1171, align 8
  store i64 %1172, i64* %highEnd, align 8
  store i32 %1164, i32* %json_end, align 4
  %1173 = load i32, i32* %json_end, align 4
  %1174 = icmp eq i32 %1173, -2
  %1175 = zext i1 %1174 to i32
  %1176 = icmp ne i32 %1175, 0
  br i1 %1176, label %then204, label %else205

then204:                                          ; preds = %stack_ok203
  br label %trap16.site3

else205:                                          ; preds = %stack_ok203
  br label %join206

join206:                                          ; preds = %else205, %dead207
  %1177 = load i32, i32* %json_end, align 4
  %1178 = icmp eq i32 %1177, -1
  %1179 = zext i1 %1178 to i32
  %1180 = icmp ne i32 %1179, 0
  br i1 %1180, label %then208, label %else209

trap16.site3:                                     ; preds = %then204
  %1181 = load i64, i64* %lowStart, align 8
  %1182 = getelementptr i64, i64* %regs, i64 6
  store i64 %1181, i64* %1182, align 8
  %1183 = load i64, i64* %lowEnd, align 8
  %1184 = getelementptr i64, i64* %regs, i64 7
  store i64 %1183, i64* %1184, align 8
  %1185 = load i64, i64* %highEnd, align 8
  %1186 = getelementptr i64, i64* %regs, i64 8
  store i64 %1185, i64* %1186, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead207:                                          ; No predecessors!
  br label %join206

then208:                                          ; preds = %join206
  br label %trap15.site3

else209:                                          ; preds = %join206
  br label %join210

join210:                                          ; preds = %else209, %dead211
  %1187 = load i32, i32* %json_end, align 4
  %1188 = zext i32 %1187 to i64
  %1189 = getelementptr i64, i64* %regs, i64 3
  store i64 %1188, i64* %1189, align 8
  %1190 = load i32, i32* %json_end, align 4
  %1191 = load i32, i32* %json_start, align 4
  %1192 = sub i32 %1190, %1191
  %1193 = load i64, i64* %fuel, align 8
  %1194 = getelementptr i64, i64* %regs, i64 0
  store i64 %1193, i64* %1194, align 8
  %1195 = load i64, i64* %lowStart, align 8
  %1196 = getelementptr i64, i64* %regs, i64 6
  store i64 %1195, i64* %1196, align 8
  %1197 = load i64, i64* %lowEnd, align 8
  %1198 = getelementptr i64, i64* %regs, i64 7
  store i64 %1197, i64* %1198, align 8
  %1199 = load i64, i64* %highEnd, align 8
  %1200 = getelementptr i64, i64* %regs, i64 8
  store i64 %1199, i64* %1200, align 8
  ret i32 %1192

dead211:                                          ; No predecessors!
  br label %join210
}
