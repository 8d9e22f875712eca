; From examples/ticket-routing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/ticket-routing.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (48):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.dec.string.3
;   @m0.codec.skip
;   @m0.codec.dec.enum.4
;   @m0.codec.dec.int.5
;   @m0.codec.dec.option.6
;   @m0.codec.dec.fields.2
;   @m0.codec.dec.record.1
;   @m0.codec.dec.list.0
;   @m0.main.args
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.codec.write_str
;   @m0.codec.enc.string.2
;   @m0.codec.enc.list.1
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.6
;   @m0.codec.enc.enum.5
;   @m0.codec.enc.record.4
;   @m0.codec.enc.list.3
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.rt.final_sigma
;   @m0.rt.str_lower
;   @m0.rt.mem_chr
;   @m0.rt.find_bytes
;   @m0.rt.str_find
;   @m0.rt.str_contains
;   @m0.fn.route
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.expect.i1
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.cttz.i32
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 3 function(s):

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
  %unaligned = alloca i32, align 4
  %unaligned35 = alloca i16, align 2
  %unaligned86 = alloca i32, align 4
  %unaligned93 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %default11, %then54, %case12, %ok27, %then24, %ok21, %join9, %ok
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

trap253.site0:                                    ; preds = %ok60, %ok57, %ok52, %ok28, %ok22, %ok1
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

trap17.site0:                                     ; preds = %write.slow, %join83, %cont72, %ws_done13, %cont63, %cont47, %cont42, %ok34, %ok33, %then30, %ws_done2, %cont13, %ws_done0, %cont
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

join20:                                           ; preds = %else19, %join70
  %160 = load i32, i32* %arg0_state, align 4
  %161 = icmp eq i32 %160, 0
  %162 = zext i1 %161 to i32
  %163 = icmp ne i32 %162, 0
  br i1 %163, label %then77, label %else78

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
  %220 = icmp eq i32 %219, 7
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

match5:                                           ; preds = %join32, %then37
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
  %258 = sub i64 %arena_size, 4
  %259 = icmp sgt i64 %257, %258
  br i1 %259, label %trap17.site0, label %ok33

else31:                                           ; preds = %join26
  br label %join32

join32:                                           ; preds = %else31, %join39
  store i32 -1, i32* %result, align 4
  br label %match5

ok33:                                             ; preds = %then30
  %260 = getelementptr i8, i8* %mem, i64 %257
  %261 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %261, i8* %260, i64 4, i1 false)
  %262 = load i32, i32* %unaligned, align 4
  %263 = icmp eq i32 %262, 1801677172
  %264 = zext i1 %263 to i32
  %265 = load i32, i32* %args_kp, align 4
  %266 = zext i32 %265 to i64
  %267 = sub i64 %arena_size, 6
  %268 = icmp sgt i64 %266, %267
  br i1 %268, label %trap17.site0, label %ok34

ok34:                                             ; preds = %ok33
  %269 = add i64 %266, 4
  %270 = getelementptr i8, i8* %mem, i64 %269
  %271 = bitcast i16* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %271, i8* %270, i64 2, i1 false)
  %272 = load i16, i16* %unaligned35, align 2
  %273 = zext i16 %272 to i32
  %274 = icmp eq i32 %273, 29797
  %275 = zext i1 %274 to i32
  %276 = and i32 %264, %275
  %277 = load i32, i32* %args_kp, align 4
  %278 = zext i32 %277 to i64
  %279 = sub i64 %arena_size, 7
  %280 = icmp sgt i64 %278, %279
  br i1 %280, label %trap17.site0, label %ok36

ok36:                                             ; preds = %ok34
  %281 = add i64 %278, 6
  %282 = getelementptr i8, i8* %mem, i64 %281
  %283 = load i8, i8* %282, align 1
  %284 = zext i8 %283 to i32
  %285 = icmp eq i32 %284, 115
  %286 = zext i1 %285 to i32
  %287 = and i32 %276, %286
  %288 = icmp ne i32 %287, 0
  br i1 %288, label %then37, label %else38

then37:                                           ; preds = %ok36
  store i32 0, i32* %result, align 4
  br label %match5

else38:                                           ; preds = %ok36
  br label %join39

join39:                                           ; preds = %else38, %dead40
  br label %join32

dead40:                                           ; No predecessors!
  br label %join39

ws_done6:                                         ; preds = %dead45, %ok43, %ok41
  %289 = load i32, i32* %args_pos, align 4
  %290 = add i32 %289, 1
  store i32 %290, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont44, %match5
  %291 = load i64, i64* %fuel, align 8
  %292 = icmp ult i64 %291, 1
  br i1 %292, label %trap14.site0, label %ok41

ok41:                                             ; preds = %ws7
  %293 = sub i64 %291, 1
  store i64 %293, i64* %fuel, align 8
  %294 = load i32, i32* %args_pos, align 4
  %295 = load i32, i32* %args_end, align 4
  %296 = icmp uge i32 %294, %295
  %297 = zext i1 %296 to i32
  %298 = icmp ne i32 %297, 0
  br i1 %298, label %ws_done6, label %cont42

cont42:                                           ; preds = %ok41
  %299 = load i32, i32* %args_pos, align 4
  %300 = zext i32 %299 to i64
  %301 = sub i64 %arena_size, 1
  %302 = icmp sgt i64 %300, %301
  br i1 %302, label %trap17.site0, label %ok43

ok43:                                             ; preds = %cont42
  %303 = getelementptr i8, i8* %mem, i64 %300
  %304 = load i8, i8* %303, align 1
  %305 = zext i8 %304 to i32
  store i32 %305, i32* %ws, align 4
  %306 = load i32, i32* %ws, align 4
  %307 = icmp ule i32 %306, 32
  %308 = zext i1 %307 to i32
  %309 = icmp eq i32 %308, 0
  %310 = zext i1 %309 to i32
  %311 = icmp ne i32 %310, 0
  br i1 %311, label %ws_done6, label %cont44

cont44:                                           ; preds = %ok43
  %312 = load i32, i32* %args_pos, align 4
  %313 = add i32 %312, 1
  store i32 %313, i32* %args_pos, align 4
  br label %ws7

dead45:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead50, %ok48, %ok46
  %314 = load i32, i32* %args_c, align 4
  switch i32 %314, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont49, %ws_done6
  %315 = load i64, i64* %fuel, align 8
  %316 = icmp ult i64 %315, 1
  br i1 %316, label %trap14.site0, label %ok46

ok46:                                             ; preds = %ws9
  %317 = sub i64 %315, 1
  store i64 %317, i64* %fuel, align 8
  %318 = load i32, i32* %args_pos, align 4
  %319 = load i32, i32* %args_end, align 4
  %320 = icmp uge i32 %318, %319
  %321 = zext i1 %320 to i32
  %322 = icmp ne i32 %321, 0
  br i1 %322, label %ws_done8, label %cont47

cont47:                                           ; preds = %ok46
  %323 = load i32, i32* %args_pos, align 4
  %324 = zext i32 %323 to i64
  %325 = sub i64 %arena_size, 1
  %326 = icmp sgt i64 %324, %325
  br i1 %326, label %trap17.site0, label %ok48

ok48:                                             ; preds = %cont47
  %327 = getelementptr i8, i8* %mem, i64 %324
  %328 = load i8, i8* %327, align 1
  %329 = zext i8 %328 to i32
  store i32 %329, i32* %ws, align 4
  %330 = load i32, i32* %ws, align 4
  %331 = icmp ule i32 %330, 32
  %332 = zext i1 %331 to i32
  %333 = icmp eq i32 %332, 0
  %334 = zext i1 %333 to i32
  %335 = icmp ne i32 %334, 0
  br i1 %335, label %ws_done8, label %cont49

cont49:                                           ; preds = %ok48
  %336 = load i32, i32* %args_pos, align 4
  %337 = add i32 %336, 1
  store i32 %337, i32* %args_pos, align 4
  br label %ws9

dead50:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %stack_ok61, %join56
  br label %ws14

default11:                                        ; preds = %dead59, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  %338 = load i32, i32* %args_pos, align 4
  %339 = load i32, i32* %args_end, align 4
  %340 = icmp uge i32 %depth, 1000
  br i1 %340, label %trap15.site0, label %ok60

case12:                                           ; preds = %dead51, %ws_done8
  %341 = load i32, i32* %args_pos, align 4
  %342 = load i32, i32* %args_end, align 4
  %343 = load i32, i32* %arg0_cell, align 4
  %344 = icmp uge i32 %depth, 1000
  br i1 %344, label %trap15.site0, label %ok52

dead51:                                           ; No predecessors!
  br label %case12

ok52:                                             ; preds = %case12
  %345 = icmp ult i64 %10, %stack_limit
  br i1 %345, label %trap253.site0, label %stack_ok53

stack_ok53:                                       ; preds = %ok52
  %346 = load i64, i64* %fuel, align 8
  %347 = getelementptr i64, i64* %regs, i64 0
  store i64 %346, i64* %347, align 8
  %348 = load i64, i64* %lowStart, align 8
  %349 = getelementptr i64, i64* %regs, i64 6
  store i64 %348, i64* %349, align 8
  %350 = load i64, i64* %lowEnd, align 8
  %351 = getelementptr i64, i64* %regs, i64 7
  store i64 %350, i64* %351, align 8
  %352 = load i64, i64* %highEnd, align 8
  %353 = getelementptr i64, i64* %regs, i64 8
  store i64 %352, i64* %353, align 8
  %354 = add i32 %depth, 1
  %355 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %354, i32 %341, i32 %342, i32 %343)
  %356 = getelementptr i64, i64* %regs, i64 0
  %357 = load i64, i64* %356, align 8
  store i64 %357, i64* %fuel, align 8
  %358 = getelementptr i64, i64* %regs, i64 6
  %359 = load i64, i64* %358, align 8
  store i64 %359, i64* %lowStart, align 8
  %360 = getelementptr i64, i64* %regs, i64 7
  %361 = load i64, i64* %360, align 8
  store i64 %361, i64* %lowEnd, align 8
  %362 = getelementptr i64, i64* %regs, i64 8
  %363 = load i64, i64* %362, align 8
  store i64 %363, i64* %highEnd, align 8
  store i32 %355, i32* %args_r, align 4
  %364 = load i32, i32* %args_r, align 4
  %365 = icmp slt i32 %364, 0
  %366 = zext i1 %365 to i32
  %367 = icmp ne i32 %366, 0
  br i1 %367, label %then54, label %else55

then54:                                           ; preds = %stack_ok53
  store i32 2, i32* %arg0_state, align 4
  %368 = load i32, i32* %args_mark, align 4
  %369 = zext i32 %368 to i64
  %370 = getelementptr i64, i64* %regs, i64 1
  store i64 %369, i64* %370, align 8
  %371 = load i32, i32* %args_pos, align 4
  %372 = load i32, i32* %args_end, align 4
  %373 = icmp uge i32 %depth, 1000
  br i1 %373, label %trap15.site0, label %ok57

else55:                                           ; preds = %stack_ok53
  store i32 1, i32* %arg0_state, align 4
  %374 = load i32, i32* %args_r, align 4
  store i32 %374, i32* %args_pos, align 4
  br label %join56

join56:                                           ; preds = %else55, %stack_ok58
  br label %switch10

ok57:                                             ; preds = %then54
  %375 = icmp ult i64 %10, %stack_limit
  br i1 %375, label %trap253.site0, label %stack_ok58

stack_ok58:                                       ; preds = %ok57
  %376 = load i64, i64* %fuel, align 8
  %377 = getelementptr i64, i64* %regs, i64 0
  store i64 %376, i64* %377, align 8
  %378 = load i64, i64* %lowStart, align 8
  %379 = getelementptr i64, i64* %regs, i64 6
  store i64 %378, i64* %379, align 8
  %380 = load i64, i64* %lowEnd, align 8
  %381 = getelementptr i64, i64* %regs, i64 7
  store i64 %380, i64* %381, align 8
  %382 = load i64, i64* %highEnd, align 8
  %383 = getelementptr i64, i64* %regs, i64 8
  store i64 %382, i64* %383, align 8
  %384 = add i32 %depth, 1
  %385 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %384, i32 %371, i32 %372)
  %386 = getelementptr i64, i64* %regs, i64 0
  %387 = load i64, i64* %386, align 8
  store i64 %387, i64* %fuel, align 8
  %388 = getelementptr i64, i64* %regs, i64 6
  %389 = load i64, i64* %388, align 8
  store i64 %389, i64* %lowStart, align 8
  %390 = getelementptr i64, i64* %regs, i64 7
  %391 = load i64, i64* %390, align 8
  store i64 %391, i64* %lowEnd, align 8
  %392 = getelementptr i64, i64* %regs, i64 8
  %393 = load i64, i64* %392, align 8
  store i64 %393, i64* %highEnd, align 8
  store i32 %385, i32* %args_pos, align 4
  br label %join56

dead59:                                           ; No predecessors!
  br label %default11

ok60:                                             ; preds = %default11
  %394 = icmp ult i64 %10, %stack_limit
  br i1 %394, label %trap253.site0, label %stack_ok61

stack_ok61:                                       ; preds = %ok60
  %395 = load i64, i64* %fuel, align 8
  %396 = getelementptr i64, i64* %regs, i64 0
  store i64 %395, i64* %396, align 8
  %397 = load i64, i64* %lowStart, align 8
  %398 = getelementptr i64, i64* %regs, i64 6
  store i64 %397, i64* %398, align 8
  %399 = load i64, i64* %lowEnd, align 8
  %400 = getelementptr i64, i64* %regs, i64 7
  store i64 %399, i64* %400, align 8
  %401 = load i64, i64* %highEnd, align 8
  %402 = getelementptr i64, i64* %regs, i64 8
  store i64 %401, i64* %402, align 8
  %403 = add i32 %depth, 1
  %404 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %403, i32 %338, i32 %339)
  %405 = getelementptr i64, i64* %regs, i64 0
  %406 = load i64, i64* %405, align 8
  store i64 %406, i64* %fuel, align 8
  %407 = getelementptr i64, i64* %regs, i64 6
  %408 = load i64, i64* %407, align 8
  store i64 %408, i64* %lowStart, align 8
  %409 = getelementptr i64, i64* %regs, i64 7
  %410 = load i64, i64* %409, align 8
  store i64 %410, i64* %lowEnd, align 8
  %411 = getelementptr i64, i64* %regs, i64 8
  %412 = load i64, i64* %411, align 8
  store i64 %412, i64* %highEnd, align 8
  store i32 %404, i32* %args_pos, align 4
  br label %switch10

ws_done13:                                        ; preds = %dead66, %ok64, %ok62
  %413 = load i32, i32* %args_pos, align 4
  %414 = zext i32 %413 to i64
  %415 = sub i64 %arena_size, 1
  %416 = icmp sgt i64 %414, %415
  br i1 %416, label %trap17.site0, label %ok67

ws14:                                             ; preds = %cont65, %switch10
  %417 = load i64, i64* %fuel, align 8
  %418 = icmp ult i64 %417, 1
  br i1 %418, label %trap14.site0, label %ok62

ok62:                                             ; preds = %ws14
  %419 = sub i64 %417, 1
  store i64 %419, i64* %fuel, align 8
  %420 = load i32, i32* %args_pos, align 4
  %421 = load i32, i32* %args_end, align 4
  %422 = icmp uge i32 %420, %421
  %423 = zext i1 %422 to i32
  %424 = icmp ne i32 %423, 0
  br i1 %424, label %ws_done13, label %cont63

cont63:                                           ; preds = %ok62
  %425 = load i32, i32* %args_pos, align 4
  %426 = zext i32 %425 to i64
  %427 = sub i64 %arena_size, 1
  %428 = icmp sgt i64 %426, %427
  br i1 %428, label %trap17.site0, label %ok64

ok64:                                             ; preds = %cont63
  %429 = getelementptr i8, i8* %mem, i64 %426
  %430 = load i8, i8* %429, align 1
  %431 = zext i8 %430 to i32
  store i32 %431, i32* %ws, align 4
  %432 = load i32, i32* %ws, align 4
  %433 = icmp ule i32 %432, 32
  %434 = zext i1 %433 to i32
  %435 = icmp eq i32 %434, 0
  %436 = zext i1 %435 to i32
  %437 = icmp ne i32 %436, 0
  br i1 %437, label %ws_done13, label %cont65

cont65:                                           ; preds = %ok64
  %438 = load i32, i32* %args_pos, align 4
  %439 = add i32 %438, 1
  store i32 %439, i32* %args_pos, align 4
  br label %ws14

dead66:                                           ; No predecessors!
  br label %ws_done13

ok67:                                             ; preds = %ws_done13
  %440 = getelementptr i8, i8* %mem, i64 %414
  %441 = load i8, i8* %440, align 1
  %442 = zext i8 %441 to i32
  store i32 %442, i32* %args_c, align 4
  %443 = load i32, i32* %args_pos, align 4
  %444 = add i32 %443, 1
  store i32 %444, i32* %args_pos, align 4
  %445 = load i32, i32* %args_c, align 4
  %446 = icmp eq i32 %445, 44
  %447 = zext i1 %446 to i32
  %448 = icmp ne i32 %447, 0
  br i1 %448, label %then68, label %else69

then68:                                           ; preds = %ok67
  br label %ws16

else69:                                           ; preds = %ok67
  br label %join70

join70:                                           ; preds = %else69, %dead76
  br label %join20

ws_done15:                                        ; preds = %dead75, %ok73, %ok71
  br label %args4

ws16:                                             ; preds = %cont74, %then68
  %449 = load i64, i64* %fuel, align 8
  %450 = icmp ult i64 %449, 1
  br i1 %450, label %trap14.site0, label %ok71

ok71:                                             ; preds = %ws16
  %451 = sub i64 %449, 1
  store i64 %451, i64* %fuel, align 8
  %452 = load i32, i32* %args_pos, align 4
  %453 = load i32, i32* %args_end, align 4
  %454 = icmp uge i32 %452, %453
  %455 = zext i1 %454 to i32
  %456 = icmp ne i32 %455, 0
  br i1 %456, label %ws_done15, label %cont72

cont72:                                           ; preds = %ok71
  %457 = load i32, i32* %args_pos, align 4
  %458 = zext i32 %457 to i64
  %459 = sub i64 %arena_size, 1
  %460 = icmp sgt i64 %458, %459
  br i1 %460, label %trap17.site0, label %ok73

ok73:                                             ; preds = %cont72
  %461 = getelementptr i8, i8* %mem, i64 %458
  %462 = load i8, i8* %461, align 1
  %463 = zext i8 %462 to i32
  store i32 %463, i32* %ws, align 4
  %464 = load i32, i32* %ws, align 4
  %465 = icmp ule i32 %464, 32
  %466 = zext i1 %465 to i32
  %467 = icmp eq i32 %466, 0
  %468 = zext i1 %467 to i32
  %469 = icmp ne i32 %468, 0
  br i1 %469, label %ws_done15, label %cont74

cont74:                                           ; preds = %ok73
  %470 = load i32, i32* %args_pos, align 4
  %471 = add i32 %470, 1
  store i32 %471, i32* %args_pos, align 4
  br label %ws16

dead75:                                           ; No predecessors!
  br label %ws_done15

dead76:                                           ; No predecessors!
  br label %join70

then77:                                           ; preds = %join20
  br label %trap9.site2

else78:                                           ; preds = %join20
  br label %join79

join79:                                           ; preds = %else78, %dead80
  %472 = load i32, i32* %arg0_state, align 4
  %473 = icmp eq i32 %472, 2
  %474 = zext i1 %473 to i32
  %475 = icmp ne i32 %474, 0
  br i1 %475, label %then81, label %else82

trap9.site2:                                      ; preds = %then77
  %476 = load i64, i64* %lowStart, align 8
  %477 = getelementptr i64, i64* %regs, i64 6
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %lowEnd, align 8
  %479 = getelementptr i64, i64* %regs, i64 7
  store i64 %478, i64* %479, align 8
  %480 = load i64, i64* %highEnd, align 8
  %481 = getelementptr i64, i64* %regs, i64 8
  store i64 %480, i64* %481, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead80:                                           ; No predecessors!
  br label %join79

then81:                                           ; preds = %join79
  br label %trap11.site2

else82:                                           ; preds = %join79
  br label %join83

join83:                                           ; preds = %else82, %dead84
  %482 = load i32, i32* %arg0_cell, align 4
  %483 = zext i32 %482 to i64
  %484 = sub i64 %arena_size, 4
  %485 = icmp sgt i64 %483, %484
  br i1 %485, label %trap17.site0, label %ok85

trap11.site2:                                     ; preds = %then81
  %486 = load i64, i64* %lowStart, align 8
  %487 = getelementptr i64, i64* %regs, i64 6
  store i64 %486, i64* %487, align 8
  %488 = load i64, i64* %lowEnd, align 8
  %489 = getelementptr i64, i64* %regs, i64 7
  store i64 %488, i64* %489, align 8
  %490 = load i64, i64* %highEnd, align 8
  %491 = getelementptr i64, i64* %regs, i64 8
  store i64 %490, i64* %491, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead84:                                           ; No predecessors!
  br label %join83

ok85:                                             ; preds = %join83
  %492 = getelementptr i8, i8* %mem, i64 %483
  %493 = bitcast i32* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %493, i8* %492, i64 4, i1 false)
  %494 = load i32, i32* %unaligned86, align 4
  store i32 %494, i32* %arg, align 4
  %495 = load i32, i32* %args_unexpected, align 4
  %496 = icmp ne i32 %495, 0
  br i1 %496, label %then87, label %else88

then87:                                           ; preds = %ok85
  br label %trap10.site1

else88:                                           ; preds = %ok85
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %497 = getelementptr i64, i64* %regs, i64 1
  %498 = getelementptr i64, i64* %regs, i64 2
  %499 = load i64, i64* %497, align 8
  %500 = add i64 %499, 7
  %501 = and i64 %500, -8
  %502 = add i64 %501, 8
  %503 = load i64, i64* %498, align 8
  %504 = icmp ugt i64 %502, %503
  br i1 %504, label %trap15.site1, label %ok91

trap10.site1:                                     ; preds = %then87
  %505 = load i64, i64* %lowStart, align 8
  %506 = getelementptr i64, i64* %regs, i64 6
  store i64 %505, i64* %506, align 8
  %507 = load i64, i64* %lowEnd, align 8
  %508 = getelementptr i64, i64* %regs, i64 7
  store i64 %507, i64* %508, align 8
  %509 = load i64, i64* %highEnd, align 8
  %510 = getelementptr i64, i64* %regs, i64 8
  store i64 %509, i64* %510, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

ok91:                                             ; preds = %join89
  store i64 %502, i64* %497, align 8
  %511 = load i64, i64* %highEnd, align 8
  %512 = call i64 @llvm.umax.i64(i64 %511, i64 %502)
  store i64 %512, i64* %highEnd, align 8
  %513 = trunc i64 %501 to i32
  store i32 %513, i32* %args_out, align 4
  %514 = load i32, i32* %args_out, align 4
  %515 = load i32, i32* %arg, align 4
  %516 = zext i32 %514 to i64
  %517 = add i64 %516, 4
  %518 = icmp uge i64 %516, %scratch_start
  %519 = load i64, i64* %highEnd, align 8
  %520 = icmp ule i64 %517, %519
  %521 = and i1 %518, %520
  %522 = call i1 @llvm.expect.i1(i1 %521, i1 true)
  br i1 %522, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join89
  %523 = load i64, i64* %lowStart, align 8
  %524 = getelementptr i64, i64* %regs, i64 6
  store i64 %523, i64* %524, align 8
  %525 = load i64, i64* %lowEnd, align 8
  %526 = getelementptr i64, i64* %regs, i64 7
  store i64 %525, i64* %526, align 8
  %527 = load i64, i64* %highEnd, align 8
  %528 = getelementptr i64, i64* %regs, i64 8
  store i64 %527, i64* %528, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok91
  %529 = load i64, i64* %lowStart, align 8
  %530 = icmp uge i64 %516, %529
  %531 = load i64, i64* %lowEnd, align 8
  %532 = icmp ule i64 %517, %531
  %533 = and i1 %530, %532
  %534 = call i1 @llvm.expect.i1(i1 %533, i1 true)
  br i1 %534, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %535 = icmp ugt i64 %517, %arena_size
  br i1 %535, label %trap17.site0, label %ok92

write.ok:                                         ; preds = %ok92, %write.low, %ok91
  %536 = getelementptr i8, i8* %mem, i64 %516
  store i32 %515, i32* %unaligned93, align 4
  %537 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %536, i8* %537, i64 4, i1 false)
  %538 = load i32, i32* %args_out, align 4
  %539 = load i64, i64* %fuel, align 8
  %540 = getelementptr i64, i64* %regs, i64 0
  store i64 %539, i64* %540, align 8
  %541 = load i64, i64* %lowStart, align 8
  %542 = getelementptr i64, i64* %regs, i64 6
  store i64 %541, i64* %542, align 8
  %543 = load i64, i64* %lowEnd, align 8
  %544 = getelementptr i64, i64* %regs, i64 7
  store i64 %543, i64* %544, align 8
  %545 = load i64, i64* %highEnd, align 8
  %546 = getelementptr i64, i64* %regs, i64 8
  store i64 %545, i64* %546, align 8
  ret i32 %538

ok92:                                             ; preds = %write.slow
  %547 = icmp ult i64 %516, %scratch_start
  %548 = load i64, i64* %lowStart, align 8
  %549 = call i64 @llvm.umin.i64(i64 %548, i64 %516)
  %550 = load i64, i64* %lowEnd, align 8
  %551 = load i64, i64* %highEnd, align 8
  %552 = add i64 %517, 64
  %553 = sub i64 %517, %549
  %554 = lshr i64 %553, 4
  %555 = add i64 %552, %554
  %556 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %555)
  %557 = call i64 @llvm.umax.i64(i64 %550, i64 %556)
  %558 = select i1 %547, i64 %557, i64 %550
  store i64 %558, i64* %lowEnd, align 8
  %559 = add i64 %517, 64
  %560 = sub i64 %517, %scratch_start
  %561 = lshr i64 %560, 4
  %562 = add i64 %559, %561
  %563 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %562)
  %564 = call i64 @llvm.umax.i64(i64 %551, i64 %563)
  %565 = select i1 %547, i64 %551, i64 %564
  store i64 %565, i64* %highEnd, align 8
  store i64 %549, i64* %lowStart, align 8
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
  %tickets = alloca i32, align 4
  store i32 0, i32* %tickets, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
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
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %id = alloca i32, align 4
  store i32 0, i32* %id, align 4
  %decision = alloca i32, align 4
  store i32 0, i32* %decision, align 4
  %routes = alloca i32, align 4
  store i32 0, i32* %routes, align 4
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
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %t.2 = alloca i32, align 4
  store i32 0, i32* %t.2, align 4
  %y = alloca i32, align 4
  store i32 0, i32* %y, align 4
  %escalated = alloca i32, align 4
  store i32 0, i32* %escalated, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i32, align 4
  store i32 0, i32* %x.2, align 4
  %t.3 = alloca i32, align 4
  store i32 0, i32* %t.3, align 4
  %scrut.1 = alloca i32, align 4
  store i32 0, i32* %scrut.1, align 4
  %tier = alloca i32, align 4
  store i32 0, i32* %tier, align 4
  %vip = alloca i32, align 4
  store i32 0, i32* %vip, align 4
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
  %unaligned7 = alloca i32, align 4
  %unaligned12 = alloca i32, align 4
  %unaligned17 = alloca i32, align 4
  %result18 = alloca i32, align 4
  %unaligned20 = alloca i32, align 4
  %unaligned23 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %result27 = alloca i32, align 4
  %unaligned30 = alloca i32, align 4
  %unaligned35 = alloca i32, align 4
  %unaligned42 = alloca i32, align 4
  %unaligned47 = alloca i32, align 4
  %unaligned53 = alloca i32, align 4
  %unaligned58 = alloca i32, align 4
  %result59 = alloca i32, align 4
  %unaligned61 = alloca i32, align 4
  %unaligned68 = alloca i32, align 4
  %unaligned72 = alloca i32, align 4
  %result73 = alloca i32, align 4
  %result76 = alloca i32, align 4
  %unaligned86 = alloca i32, align 4
  %unaligned91 = alloca i32, align 4
  %unaligned97 = alloca i32, align 4
  %unaligned102 = alloca i32, align 4
  %result103 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
  %unaligned112 = alloca i32, align 4
  %unaligned116 = alloca i32, align 4
  %result117 = alloca i32, align 4
  %unaligned119 = alloca i32, align 4
  %result120 = alloca i32, align 4
  %unaligned125 = alloca i32, align 4
  %unaligned138 = alloca i32, align 4
  %unaligned143 = alloca i32, align 4
  %unaligned149 = alloca i32, align 4
  %unaligned154 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each25, %each13, %each4, %body
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

trap253.site0:                                    ; preds = %ok155, %ok126, %ok74, %ok36, %ok1
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
  store i32 %61, i32* %tickets, align 4
  %62 = getelementptr i64, i64* %regs, i64 1
  %63 = getelementptr i64, i64* %regs, i64 2
  %64 = load i64, i64* %62, align 8
  %65 = add i64 %64, 7
  %66 = and i64 %65, -8
  %67 = add i64 %66, 16
  %68 = load i64, i64* %63, align 8
  %69 = icmp ugt i64 %67, %68
  br i1 %69, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %write.slow151, %write.slow146, %write.slow140, %then121, %cont114, %ok110, %write.ok100, %write.slow99, %write.slow94, %write.slow88, %stack_ok75, %cont70, %ok66, %write.ok56, %write.slow55, %write.slow50, %write.slow44, %write.slow39, %write.slow32, %cont, %ok21, %write.ok15, %write.slow14, %write.slow9, %write.slow, %stack_ok
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

e0:                                               ; preds = %write.ok152
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
  br i1 %83, label %trap15.site0, label %ok155

ok4:                                              ; preds = %ok2
  store i64 %67, i64* %62, align 8
  %84 = load i64, i64* %highEnd, align 8
  %85 = call i64 @llvm.umax.i64(i64 %84, i64 %67)
  store i64 %85, i64* %highEnd, align 8
  %86 = trunc i64 %66 to i32
  store i32 %86, i32* %dict, align 4
  %87 = getelementptr i64, i64* %regs, i64 1
  %88 = getelementptr i64, i64* %regs, i64 2
  %89 = load i64, i64* %87, align 8
  %90 = add i64 %89, 3
  %91 = and i64 %90, -4
  %92 = add i64 %91, 8
  %93 = load i64, i64* %88, align 8
  %94 = icmp ugt i64 %92, %93
  br i1 %94, label %trap15.site4, label %ok5

trap15.site3:                                     ; preds = %then161, %ok2
  %95 = load i64, i64* %lowStart, align 8
  %96 = getelementptr i64, i64* %regs, i64 6
  store i64 %95, i64* %96, align 8
  %97 = load i64, i64* %lowEnd, align 8
  %98 = getelementptr i64, i64* %regs, i64 7
  store i64 %97, i64* %98, align 8
  %99 = load i64, i64* %highEnd, align 8
  %100 = getelementptr i64, i64* %regs, i64 8
  store i64 %99, i64* %100, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

ok5:                                              ; preds = %ok4
  store i64 %92, i64* %87, align 8
  %101 = load i64, i64* %highEnd, align 8
  %102 = call i64 @llvm.umax.i64(i64 %101, i64 %92)
  store i64 %102, i64* %highEnd, align 8
  %103 = trunc i64 %91 to i32
  store i32 %103, i32* %closure, align 4
  %104 = load i32, i32* %closure, align 4
  %105 = zext i32 %104 to i64
  %106 = add i64 %105, 4
  %107 = icmp uge i64 %105, %scratch_start
  %108 = load i64, i64* %highEnd, align 8
  %109 = icmp ule i64 %106, %108
  %110 = and i1 %107, %109
  %111 = call i1 @llvm.expect.i1(i1 %110, i1 true)
  br i1 %111, label %write.ok, label %write.low

trap15.site4:                                     ; preds = %ok4
  %112 = load i64, i64* %lowStart, align 8
  %113 = getelementptr i64, i64* %regs, i64 6
  store i64 %112, i64* %113, align 8
  %114 = load i64, i64* %lowEnd, align 8
  %115 = getelementptr i64, i64* %regs, i64 7
  store i64 %114, i64* %115, align 8
  %116 = load i64, i64* %highEnd, align 8
  %117 = getelementptr i64, i64* %regs, i64 8
  store i64 %116, i64* %117, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

write.low:                                        ; preds = %ok5
  %118 = load i64, i64* %lowStart, align 8
  %119 = icmp uge i64 %105, %118
  %120 = load i64, i64* %lowEnd, align 8
  %121 = icmp ule i64 %106, %120
  %122 = and i1 %119, %121
  %123 = call i1 @llvm.expect.i1(i1 %122, i1 true)
  br i1 %123, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %124 = icmp ugt i64 %106, %arena_size
  br i1 %124, label %trap17.site0, label %ok6

write.ok:                                         ; preds = %ok6, %write.low, %ok5
  %125 = getelementptr i8, i8* %mem, i64 %105
  store i32 0, i32* %unaligned7, align 4
  %126 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %125, i8* %126, i64 4, i1 false)
  %127 = load i32, i32* %closure, align 4
  %128 = zext i32 %127 to i64
  %129 = add i64 %128, 4
  %130 = add i64 %129, 4
  %131 = icmp uge i64 %129, %scratch_start
  %132 = load i64, i64* %highEnd, align 8
  %133 = icmp ule i64 %130, %132
  %134 = and i1 %131, %133
  %135 = call i1 @llvm.expect.i1(i1 %134, i1 true)
  br i1 %135, label %write.ok10, label %write.low8

ok6:                                              ; preds = %write.slow
  %136 = icmp ult i64 %105, %scratch_start
  %137 = load i64, i64* %lowStart, align 8
  %138 = call i64 @llvm.umin.i64(i64 %137, i64 %105)
  %139 = load i64, i64* %lowEnd, align 8
  %140 = load i64, i64* %highEnd, align 8
  %141 = add i64 %106, 64
  %142 = sub i64 %106, %138
  %143 = lshr i64 %142, 4
  %144 = add i64 %141, %143
  %145 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %144)
  %146 = call i64 @llvm.umax.i64(i64 %139, i64 %145)
  %147 = select i1 %136, i64 %146, i64 %139
  store i64 %147, i64* %lowEnd, align 8
  %148 = add i64 %106, 64
  %149 = sub i64 %106, %scratch_start
  %150 = lshr i64 %149, 4
  %151 = add i64 %148, %150
  %152 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %151)
  %153 = call i64 @llvm.umax.i64(i64 %140, i64 %152)
  %154 = select i1 %136, i64 %140, i64 %153
  store i64 %154, i64* %highEnd, align 8
  store i64 %138, i64* %lowStart, align 8
  br label %write.ok

write.low8:                                       ; preds = %write.ok
  %155 = load i64, i64* %lowStart, align 8
  %156 = icmp uge i64 %129, %155
  %157 = load i64, i64* %lowEnd, align 8
  %158 = icmp ule i64 %130, %157
  %159 = and i1 %156, %158
  %160 = call i1 @llvm.expect.i1(i1 %159, i1 true)
  br i1 %160, label %write.ok10, label %write.slow9

write.slow9:                                      ; preds = %write.low8
  %161 = icmp ugt i64 %130, %arena_size
  br i1 %161, label %trap17.site0, label %ok11

write.ok10:                                       ; preds = %ok11, %write.low8, %write.ok
  %162 = getelementptr i8, i8* %mem, i64 %129
  store i32 0, i32* %unaligned12, align 4
  %163 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %162, i8* %163, i64 4, i1 false)
  %164 = load i32, i32* %dict, align 4
  %165 = load i32, i32* %closure, align 4
  %166 = zext i32 %164 to i64
  %167 = add i64 %166, 4
  %168 = icmp uge i64 %166, %scratch_start
  %169 = load i64, i64* %highEnd, align 8
  %170 = icmp ule i64 %167, %169
  %171 = and i1 %168, %170
  %172 = call i1 @llvm.expect.i1(i1 %171, i1 true)
  br i1 %172, label %write.ok15, label %write.low13

ok11:                                             ; preds = %write.slow9
  %173 = icmp ult i64 %129, %scratch_start
  %174 = load i64, i64* %lowStart, align 8
  %175 = call i64 @llvm.umin.i64(i64 %174, i64 %129)
  %176 = load i64, i64* %lowEnd, align 8
  %177 = load i64, i64* %highEnd, align 8
  %178 = add i64 %130, 64
  %179 = sub i64 %130, %175
  %180 = lshr i64 %179, 4
  %181 = add i64 %178, %180
  %182 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %181)
  %183 = call i64 @llvm.umax.i64(i64 %176, i64 %182)
  %184 = select i1 %173, i64 %183, i64 %176
  store i64 %184, i64* %lowEnd, align 8
  %185 = add i64 %130, 64
  %186 = sub i64 %130, %scratch_start
  %187 = lshr i64 %186, 4
  %188 = add i64 %185, %187
  %189 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %188)
  %190 = call i64 @llvm.umax.i64(i64 %177, i64 %189)
  %191 = select i1 %173, i64 %177, i64 %190
  store i64 %191, i64* %highEnd, align 8
  store i64 %175, i64* %lowStart, align 8
  br label %write.ok10

write.low13:                                      ; preds = %write.ok10
  %192 = load i64, i64* %lowStart, align 8
  %193 = icmp uge i64 %166, %192
  %194 = load i64, i64* %lowEnd, align 8
  %195 = icmp ule i64 %167, %194
  %196 = and i1 %193, %195
  %197 = call i1 @llvm.expect.i1(i1 %196, i1 true)
  br i1 %197, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %198 = icmp ugt i64 %167, %arena_size
  br i1 %198, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %write.ok10
  %199 = getelementptr i8, i8* %mem, i64 %166
  store i32 %165, i32* %unaligned17, align 4
  %200 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %199, i8* %200, i64 4, i1 false)
  %201 = load i32, i32* %tickets, align 4
  store i32 %201, i32* %xs, align 4
  %202 = load i32, i32* %xs, align 4
  %203 = zext i32 %202 to i64
  %204 = sub i64 %arena_size, 4
  %205 = icmp sgt i64 %203, %204
  br i1 %205, label %trap17.site0, label %ok19

ok16:                                             ; preds = %write.slow14
  %206 = icmp ult i64 %166, %scratch_start
  %207 = load i64, i64* %lowStart, align 8
  %208 = call i64 @llvm.umin.i64(i64 %207, i64 %166)
  %209 = load i64, i64* %lowEnd, align 8
  %210 = load i64, i64* %highEnd, align 8
  %211 = add i64 %167, 64
  %212 = sub i64 %167, %208
  %213 = lshr i64 %212, 4
  %214 = add i64 %211, %213
  %215 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %214)
  %216 = call i64 @llvm.umax.i64(i64 %209, i64 %215)
  %217 = select i1 %206, i64 %216, i64 %209
  store i64 %217, i64* %lowEnd, align 8
  %218 = add i64 %167, 64
  %219 = sub i64 %167, %scratch_start
  %220 = lshr i64 %219, 4
  %221 = add i64 %218, %220
  %222 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %221)
  %223 = call i64 @llvm.umax.i64(i64 %210, i64 %222)
  %224 = select i1 %206, i64 %210, i64 %223
  store i64 %224, i64* %highEnd, align 8
  store i64 %208, i64* %lowStart, align 8
  br label %write.ok15

e1:                                               ; preds = %write.ok51
  %225 = load i32, i32* %result18, align 4
  store i32 %225, i32* %routes, align 4
  %226 = load i32, i32* %dict, align 4
  %227 = load i32, i32* %routes, align 4
  %228 = zext i32 %226 to i64
  %229 = add i64 %228, 4
  %230 = add i64 %229, 4
  %231 = icmp uge i64 %229, %scratch_start
  %232 = load i64, i64* %highEnd, align 8
  %233 = icmp ule i64 %230, %232
  %234 = and i1 %231, %233
  %235 = call i1 @llvm.expect.i1(i1 %234, i1 true)
  br i1 %235, label %write.ok56, label %write.low54

ok19:                                             ; preds = %write.ok15
  %236 = getelementptr i8, i8* %mem, i64 %203
  %237 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %237, i8* %236, i64 4, i1 false)
  %238 = load i32, i32* %unaligned20, align 4
  %239 = zext i32 %238 to i64
  %240 = mul i64 %239, 4
  %241 = add i64 4, %240
  store i64 %241, i64* %size, align 8
  %242 = load i64, i64* %size, align 8
  %243 = icmp ugt i64 %242, 2147483647
  %244 = zext i1 %243 to i32
  %245 = icmp ne i32 %244, 0
  br i1 %245, label %then, label %else

then:                                             ; preds = %ok19
  br label %trap15.site5

else:                                             ; preds = %ok19
  br label %join

join:                                             ; preds = %else, %dead
  %246 = load i64, i64* %size, align 8
  %247 = trunc i64 %246 to i32
  %248 = zext i32 %247 to i64
  %249 = getelementptr i64, i64* %regs, i64 1
  %250 = getelementptr i64, i64* %regs, i64 2
  %251 = load i64, i64* %249, align 8
  %252 = add i64 %251, 3
  %253 = and i64 %252, -4
  %254 = add i64 %253, %248
  %255 = load i64, i64* %250, align 8
  %256 = icmp ugt i64 %254, %255
  br i1 %256, label %trap15.site5, label %ok21

trap15.site5:                                     ; preds = %join, %then
  %257 = load i64, i64* %lowStart, align 8
  %258 = getelementptr i64, i64* %regs, i64 6
  store i64 %257, i64* %258, align 8
  %259 = load i64, i64* %lowEnd, align 8
  %260 = getelementptr i64, i64* %regs, i64 7
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %highEnd, align 8
  %262 = getelementptr i64, i64* %regs, i64 8
  store i64 %261, i64* %262, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok21:                                             ; preds = %join
  store i64 %254, i64* %249, align 8
  %263 = load i64, i64* %highEnd, align 8
  %264 = call i64 @llvm.umax.i64(i64 %263, i64 %254)
  store i64 %264, i64* %highEnd, align 8
  %265 = trunc i64 %253 to i32
  store i32 %265, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %266 = load i32, i32* %xs, align 4
  %267 = zext i32 %266 to i64
  %268 = sub i64 %arena_size, 4
  %269 = icmp sgt i64 %267, %268
  br i1 %269, label %trap17.site0, label %ok22

ok22:                                             ; preds = %ok21
  %270 = getelementptr i8, i8* %mem, i64 %267
  %271 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %271, i8* %270, i64 4, i1 false)
  %272 = load i32, i32* %unaligned23, align 4
  store i32 %272, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead48, %ok24
  %273 = load i32, i32* %list, align 4
  %274 = load i32, i32* %len, align 4
  %275 = zext i32 %273 to i64
  %276 = add i64 %275, 4
  %277 = icmp uge i64 %275, %scratch_start
  %278 = load i64, i64* %highEnd, align 8
  %279 = icmp ule i64 %276, %278
  %280 = and i1 %277, %279
  %281 = call i1 @llvm.expect.i1(i1 %280, i1 true)
  br i1 %281, label %write.ok51, label %write.low49

each4:                                            ; preds = %write.ok45, %ok22
  %282 = load i64, i64* %fuel, align 8
  %283 = icmp ult i64 %282, 1
  br i1 %283, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each4
  %284 = sub i64 %282, 1
  store i64 %284, i64* %fuel, align 8
  %285 = load i32, i32* %k, align 4
  %286 = load i32, i32* %n, align 4
  %287 = icmp uge i32 %285, %286
  %288 = zext i1 %287 to i32
  %289 = icmp ne i32 %288, 0
  br i1 %289, label %block3, label %cont

cont:                                             ; preds = %ok24
  %290 = load i32, i32* %xs, align 4
  %291 = load i32, i32* %k, align 4
  %292 = mul i32 %291, 4
  %293 = add i32 %290, %292
  %294 = zext i32 %293 to i64
  %295 = sub i64 %arena_size, 8
  %296 = icmp sgt i64 %294, %295
  br i1 %296, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %297 = add i64 %294, 4
  %298 = getelementptr i8, i8* %mem, i64 %297
  %299 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %299, i8* %298, i64 4, i1 false)
  %300 = load i32, i32* %unaligned26, align 4
  store i32 %300, i32* %x, align 4
  %301 = load i32, i32* %x, align 4
  store i32 %301, i32* %t, align 4
  %302 = load i32, i32* %list, align 4
  %303 = load i32, i32* %len, align 4
  %304 = mul i32 %303, 4
  %305 = add i32 %302, %304
  %306 = getelementptr i64, i64* %regs, i64 1
  %307 = getelementptr i64, i64* %regs, i64 2
  %308 = load i64, i64* %306, align 8
  %309 = add i64 %308, 7
  %310 = and i64 %309, -8
  %311 = add i64 %310, 8
  %312 = load i64, i64* %307, align 8
  %313 = icmp ugt i64 %311, %312
  br i1 %313, label %trap15.site6, label %ok28

e5:                                               ; preds = %write.ok40
  %314 = load i32, i32* %result27, align 4
  %315 = zext i32 %305 to i64
  %316 = add i64 %315, 4
  %317 = add i64 %316, 4
  %318 = icmp uge i64 %316, %scratch_start
  %319 = load i64, i64* %highEnd, align 8
  %320 = icmp ule i64 %317, %319
  %321 = and i1 %318, %320
  %322 = call i1 @llvm.expect.i1(i1 %321, i1 true)
  br i1 %322, label %write.ok45, label %write.low43

ok28:                                             ; preds = %ok25
  store i64 %311, i64* %306, align 8
  %323 = load i64, i64* %highEnd, align 8
  %324 = call i64 @llvm.umax.i64(i64 %323, i64 %311)
  store i64 %324, i64* %highEnd, align 8
  %325 = trunc i64 %310 to i32
  store i32 %325, i32* %dict.1, align 4
  %326 = load i32, i32* %t, align 4
  %327 = zext i32 %326 to i64
  %328 = sub i64 %arena_size, 4
  %329 = icmp sgt i64 %327, %328
  br i1 %329, label %trap17.site7, label %ok29

trap15.site6:                                     ; preds = %ok25
  %330 = load i64, i64* %lowStart, align 8
  %331 = getelementptr i64, i64* %regs, i64 6
  store i64 %330, i64* %331, align 8
  %332 = load i64, i64* %lowEnd, align 8
  %333 = getelementptr i64, i64* %regs, i64 7
  store i64 %332, i64* %333, align 8
  %334 = load i64, i64* %highEnd, align 8
  %335 = getelementptr i64, i64* %regs, i64 8
  store i64 %334, i64* %335, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

ok29:                                             ; preds = %ok28
  %336 = getelementptr i8, i8* %mem, i64 %327
  %337 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %337, i8* %336, i64 4, i1 false)
  %338 = load i32, i32* %unaligned30, align 4
  store i32 %338, i32* %id, align 4
  %339 = load i32, i32* %dict.1, align 4
  %340 = load i32, i32* %id, align 4
  %341 = zext i32 %339 to i64
  %342 = add i64 %341, 4
  %343 = icmp uge i64 %341, %scratch_start
  %344 = load i64, i64* %highEnd, align 8
  %345 = icmp ule i64 %342, %344
  %346 = and i1 %343, %345
  %347 = call i1 @llvm.expect.i1(i1 %346, i1 true)
  br i1 %347, label %write.ok33, label %write.low31

trap17.site7:                                     ; preds = %ok28
  %348 = load i64, i64* %lowStart, align 8
  %349 = getelementptr i64, i64* %regs, i64 6
  store i64 %348, i64* %349, align 8
  %350 = load i64, i64* %lowEnd, align 8
  %351 = getelementptr i64, i64* %regs, i64 7
  store i64 %350, i64* %351, align 8
  %352 = load i64, i64* %highEnd, align 8
  %353 = getelementptr i64, i64* %regs, i64 8
  store i64 %352, i64* %353, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

write.low31:                                      ; preds = %ok29
  %354 = load i64, i64* %lowStart, align 8
  %355 = icmp uge i64 %341, %354
  %356 = load i64, i64* %lowEnd, align 8
  %357 = icmp ule i64 %342, %356
  %358 = and i1 %355, %357
  %359 = call i1 @llvm.expect.i1(i1 %358, i1 true)
  br i1 %359, label %write.ok33, label %write.slow32

write.slow32:                                     ; preds = %write.low31
  %360 = icmp ugt i64 %342, %arena_size
  br i1 %360, label %trap17.site0, label %ok34

write.ok33:                                       ; preds = %ok34, %write.low31, %ok29
  %361 = getelementptr i8, i8* %mem, i64 %341
  store i32 %340, i32* %unaligned35, align 4
  %362 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %361, i8* %362, i64 4, i1 false)
  %363 = load i32, i32* %t, align 4
  %364 = icmp uge i32 %depth, 1000
  br i1 %364, label %trap15.site8, label %ok36

ok34:                                             ; preds = %write.slow32
  %365 = icmp ult i64 %341, %scratch_start
  %366 = load i64, i64* %lowStart, align 8
  %367 = call i64 @llvm.umin.i64(i64 %366, i64 %341)
  %368 = load i64, i64* %lowEnd, align 8
  %369 = load i64, i64* %highEnd, align 8
  %370 = add i64 %342, 64
  %371 = sub i64 %342, %367
  %372 = lshr i64 %371, 4
  %373 = add i64 %370, %372
  %374 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %373)
  %375 = call i64 @llvm.umax.i64(i64 %368, i64 %374)
  %376 = select i1 %365, i64 %375, i64 %368
  store i64 %376, i64* %lowEnd, align 8
  %377 = add i64 %342, 64
  %378 = sub i64 %342, %scratch_start
  %379 = lshr i64 %378, 4
  %380 = add i64 %377, %379
  %381 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %380)
  %382 = call i64 @llvm.umax.i64(i64 %369, i64 %381)
  %383 = select i1 %365, i64 %369, i64 %382
  store i64 %383, i64* %highEnd, align 8
  store i64 %367, i64* %lowStart, align 8
  br label %write.ok33

ok36:                                             ; preds = %write.ok33
  %384 = icmp ult i64 %10, %stack_limit
  br i1 %384, label %trap253.site0, label %stack_ok37

trap15.site8:                                     ; preds = %write.ok33
  %385 = load i64, i64* %lowStart, align 8
  %386 = getelementptr i64, i64* %regs, i64 6
  store i64 %385, i64* %386, align 8
  %387 = load i64, i64* %lowEnd, align 8
  %388 = getelementptr i64, i64* %regs, i64 7
  store i64 %387, i64* %388, align 8
  %389 = load i64, i64* %highEnd, align 8
  %390 = getelementptr i64, i64* %regs, i64 8
  store i64 %389, i64* %390, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok37:                                       ; preds = %ok36
  %391 = load i64, i64* %fuel, align 8
  %392 = getelementptr i64, i64* %regs, i64 0
  store i64 %391, i64* %392, align 8
  %393 = load i64, i64* %lowStart, align 8
  %394 = getelementptr i64, i64* %regs, i64 6
  store i64 %393, i64* %394, align 8
  %395 = load i64, i64* %lowEnd, align 8
  %396 = getelementptr i64, i64* %regs, i64 7
  store i64 %395, i64* %396, align 8
  %397 = load i64, i64* %highEnd, align 8
  %398 = getelementptr i64, i64* %regs, i64 8
  store i64 %397, i64* %398, align 8
  %399 = add i32 %depth, 1
  %400 = call i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %399, i32 0, i32 %363)
  %401 = getelementptr i64, i64* %regs, i64 0
  %402 = load i64, i64* %401, align 8
  store i64 %402, i64* %fuel, align 8
  %403 = getelementptr i64, i64* %regs, i64 6
  %404 = load i64, i64* %403, align 8
  store i64 %404, i64* %lowStart, align 8
  %405 = getelementptr i64, i64* %regs, i64 7
  %406 = load i64, i64* %405, align 8
  store i64 %406, i64* %lowEnd, align 8
  %407 = getelementptr i64, i64* %regs, i64 8
  %408 = load i64, i64* %407, align 8
  store i64 %408, i64* %highEnd, align 8
  store i32 %400, i32* %decision, align 4
  %409 = load i32, i32* %dict.1, align 4
  %410 = load i32, i32* %decision, align 4
  %411 = zext i32 %409 to i64
  %412 = add i64 %411, 4
  %413 = add i64 %412, 4
  %414 = icmp uge i64 %412, %scratch_start
  %415 = load i64, i64* %highEnd, align 8
  %416 = icmp ule i64 %413, %415
  %417 = and i1 %414, %416
  %418 = call i1 @llvm.expect.i1(i1 %417, i1 true)
  br i1 %418, label %write.ok40, label %write.low38

write.low38:                                      ; preds = %stack_ok37
  %419 = load i64, i64* %lowStart, align 8
  %420 = icmp uge i64 %412, %419
  %421 = load i64, i64* %lowEnd, align 8
  %422 = icmp ule i64 %413, %421
  %423 = and i1 %420, %422
  %424 = call i1 @llvm.expect.i1(i1 %423, i1 true)
  br i1 %424, label %write.ok40, label %write.slow39

write.slow39:                                     ; preds = %write.low38
  %425 = icmp ugt i64 %413, %arena_size
  br i1 %425, label %trap17.site0, label %ok41

write.ok40:                                       ; preds = %ok41, %write.low38, %stack_ok37
  %426 = getelementptr i8, i8* %mem, i64 %412
  store i32 %410, i32* %unaligned42, align 4
  %427 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %426, i8* %427, i64 4, i1 false)
  %428 = load i32, i32* %dict.1, align 4
  store i32 %428, i32* %result27, align 4
  br label %e5

ok41:                                             ; preds = %write.slow39
  %429 = icmp ult i64 %412, %scratch_start
  %430 = load i64, i64* %lowStart, align 8
  %431 = call i64 @llvm.umin.i64(i64 %430, i64 %412)
  %432 = load i64, i64* %lowEnd, align 8
  %433 = load i64, i64* %highEnd, align 8
  %434 = add i64 %413, 64
  %435 = sub i64 %413, %431
  %436 = lshr i64 %435, 4
  %437 = add i64 %434, %436
  %438 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %437)
  %439 = call i64 @llvm.umax.i64(i64 %432, i64 %438)
  %440 = select i1 %429, i64 %439, i64 %432
  store i64 %440, i64* %lowEnd, align 8
  %441 = add i64 %413, 64
  %442 = sub i64 %413, %scratch_start
  %443 = lshr i64 %442, 4
  %444 = add i64 %441, %443
  %445 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %444)
  %446 = call i64 @llvm.umax.i64(i64 %433, i64 %445)
  %447 = select i1 %429, i64 %433, i64 %446
  store i64 %447, i64* %highEnd, align 8
  store i64 %431, i64* %lowStart, align 8
  br label %write.ok40

write.low43:                                      ; preds = %e5
  %448 = load i64, i64* %lowStart, align 8
  %449 = icmp uge i64 %316, %448
  %450 = load i64, i64* %lowEnd, align 8
  %451 = icmp ule i64 %317, %450
  %452 = and i1 %449, %451
  %453 = call i1 @llvm.expect.i1(i1 %452, i1 true)
  br i1 %453, label %write.ok45, label %write.slow44

write.slow44:                                     ; preds = %write.low43
  %454 = icmp ugt i64 %317, %arena_size
  br i1 %454, label %trap17.site0, label %ok46

write.ok45:                                       ; preds = %ok46, %write.low43, %e5
  %455 = getelementptr i8, i8* %mem, i64 %316
  store i32 %314, i32* %unaligned47, align 4
  %456 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %455, i8* %456, i64 4, i1 false)
  %457 = load i32, i32* %len, align 4
  %458 = add i32 %457, 1
  store i32 %458, i32* %len, align 4
  %459 = load i32, i32* %k, align 4
  %460 = add i32 %459, 1
  store i32 %460, i32* %k, align 4
  br label %each4

ok46:                                             ; preds = %write.slow44
  %461 = icmp ult i64 %316, %scratch_start
  %462 = load i64, i64* %lowStart, align 8
  %463 = call i64 @llvm.umin.i64(i64 %462, i64 %316)
  %464 = load i64, i64* %lowEnd, align 8
  %465 = load i64, i64* %highEnd, align 8
  %466 = add i64 %317, 64
  %467 = sub i64 %317, %463
  %468 = lshr i64 %467, 4
  %469 = add i64 %466, %468
  %470 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %469)
  %471 = call i64 @llvm.umax.i64(i64 %464, i64 %470)
  %472 = select i1 %461, i64 %471, i64 %464
  store i64 %472, i64* %lowEnd, align 8
  %473 = add i64 %317, 64
  %474 = sub i64 %317, %scratch_start
  %475 = lshr i64 %474, 4
  %476 = add i64 %473, %475
  %477 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %476)
  %478 = call i64 @llvm.umax.i64(i64 %465, i64 %477)
  %479 = select i1 %461, i64 %465, i64 %478
  store i64 %479, i64* %highEnd, align 8
  store i64 %463, i64* %lowStart, align 8
  br label %write.ok45

dead48:                                           ; No predecessors!
  br label %block3

write.low49:                                      ; preds = %block3
  %480 = load i64, i64* %lowStart, align 8
  %481 = icmp uge i64 %275, %480
  %482 = load i64, i64* %lowEnd, align 8
  %483 = icmp ule i64 %276, %482
  %484 = and i1 %481, %483
  %485 = call i1 @llvm.expect.i1(i1 %484, i1 true)
  br i1 %485, label %write.ok51, label %write.slow50

write.slow50:                                     ; preds = %write.low49
  %486 = icmp ugt i64 %276, %arena_size
  br i1 %486, label %trap17.site0, label %ok52

write.ok51:                                       ; preds = %ok52, %write.low49, %block3
  %487 = getelementptr i8, i8* %mem, i64 %275
  store i32 %274, i32* %unaligned53, align 4
  %488 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %487, i8* %488, i64 4, i1 false)
  %489 = load i32, i32* %list, align 4
  store i32 %489, i32* %result18, align 4
  br label %e1

ok52:                                             ; preds = %write.slow50
  %490 = icmp ult i64 %275, %scratch_start
  %491 = load i64, i64* %lowStart, align 8
  %492 = call i64 @llvm.umin.i64(i64 %491, i64 %275)
  %493 = load i64, i64* %lowEnd, align 8
  %494 = load i64, i64* %highEnd, align 8
  %495 = add i64 %276, 64
  %496 = sub i64 %276, %492
  %497 = lshr i64 %496, 4
  %498 = add i64 %495, %497
  %499 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %498)
  %500 = call i64 @llvm.umax.i64(i64 %493, i64 %499)
  %501 = select i1 %490, i64 %500, i64 %493
  store i64 %501, i64* %lowEnd, align 8
  %502 = add i64 %276, 64
  %503 = sub i64 %276, %scratch_start
  %504 = lshr i64 %503, 4
  %505 = add i64 %502, %504
  %506 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %505)
  %507 = call i64 @llvm.umax.i64(i64 %494, i64 %506)
  %508 = select i1 %490, i64 %494, i64 %507
  store i64 %508, i64* %highEnd, align 8
  store i64 %492, i64* %lowStart, align 8
  br label %write.ok51

write.low54:                                      ; preds = %e1
  %509 = load i64, i64* %lowStart, align 8
  %510 = icmp uge i64 %229, %509
  %511 = load i64, i64* %lowEnd, align 8
  %512 = icmp ule i64 %230, %511
  %513 = and i1 %510, %512
  %514 = call i1 @llvm.expect.i1(i1 %513, i1 true)
  br i1 %514, label %write.ok56, label %write.slow55

write.slow55:                                     ; preds = %write.low54
  %515 = icmp ugt i64 %230, %arena_size
  br i1 %515, label %trap17.site0, label %ok57

write.ok56:                                       ; preds = %ok57, %write.low54, %e1
  %516 = getelementptr i8, i8* %mem, i64 %229
  store i32 %227, i32* %unaligned58, align 4
  %517 = bitcast i32* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %516, i8* %517, i64 4, i1 false)
  %518 = load i32, i32* %tickets, align 4
  store i32 %518, i32* %xs.1, align 4
  %519 = load i32, i32* %xs.1, align 4
  %520 = zext i32 %519 to i64
  %521 = sub i64 %arena_size, 4
  %522 = icmp sgt i64 %520, %521
  br i1 %522, label %trap17.site0, label %ok60

ok57:                                             ; preds = %write.slow55
  %523 = icmp ult i64 %229, %scratch_start
  %524 = load i64, i64* %lowStart, align 8
  %525 = call i64 @llvm.umin.i64(i64 %524, i64 %229)
  %526 = load i64, i64* %lowEnd, align 8
  %527 = load i64, i64* %highEnd, align 8
  %528 = add i64 %230, 64
  %529 = sub i64 %230, %525
  %530 = lshr i64 %529, 4
  %531 = add i64 %528, %530
  %532 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %531)
  %533 = call i64 @llvm.umax.i64(i64 %526, i64 %532)
  %534 = select i1 %523, i64 %533, i64 %526
  store i64 %534, i64* %lowEnd, align 8
  %535 = add i64 %230, 64
  %536 = sub i64 %230, %scratch_start
  %537 = lshr i64 %536, 4
  %538 = add i64 %535, %537
  %539 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %538)
  %540 = call i64 @llvm.umax.i64(i64 %527, i64 %539)
  %541 = select i1 %523, i64 %527, i64 %540
  store i64 %541, i64* %highEnd, align 8
  store i64 %525, i64* %lowStart, align 8
  br label %write.ok56

e10:                                              ; preds = %write.ok95
  %542 = load i32, i32* %result59, align 4
  store i32 %542, i32* %escalated, align 4
  %543 = load i32, i32* %dict, align 4
  %544 = load i32, i32* %escalated, align 4
  %545 = zext i32 %543 to i64
  %546 = add i64 %545, 8
  %547 = add i64 %546, 4
  %548 = icmp uge i64 %546, %scratch_start
  %549 = load i64, i64* %highEnd, align 8
  %550 = icmp ule i64 %547, %549
  %551 = and i1 %548, %550
  %552 = call i1 @llvm.expect.i1(i1 %551, i1 true)
  br i1 %552, label %write.ok100, label %write.low98

ok60:                                             ; preds = %write.ok56
  %553 = getelementptr i8, i8* %mem, i64 %520
  %554 = bitcast i32* %unaligned61 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %554, i8* %553, i64 4, i1 false)
  %555 = load i32, i32* %unaligned61, align 4
  %556 = zext i32 %555 to i64
  %557 = mul i64 %556, 4
  %558 = add i64 4, %557
  store i64 %558, i64* %size.1, align 8
  %559 = load i64, i64* %size.1, align 8
  %560 = icmp ugt i64 %559, 2147483647
  %561 = zext i1 %560 to i32
  %562 = icmp ne i32 %561, 0
  br i1 %562, label %then62, label %else63

then62:                                           ; preds = %ok60
  br label %trap15.site9

else63:                                           ; preds = %ok60
  br label %join64

join64:                                           ; preds = %else63, %dead65
  %563 = load i64, i64* %size.1, align 8
  %564 = trunc i64 %563 to i32
  %565 = zext i32 %564 to i64
  %566 = getelementptr i64, i64* %regs, i64 1
  %567 = getelementptr i64, i64* %regs, i64 2
  %568 = load i64, i64* %566, align 8
  %569 = add i64 %568, 3
  %570 = and i64 %569, -4
  %571 = add i64 %570, %565
  %572 = load i64, i64* %567, align 8
  %573 = icmp ugt i64 %571, %572
  br i1 %573, label %trap15.site9, label %ok66

trap15.site9:                                     ; preds = %join64, %then62
  %574 = load i64, i64* %lowStart, align 8
  %575 = getelementptr i64, i64* %regs, i64 6
  store i64 %574, i64* %575, align 8
  %576 = load i64, i64* %lowEnd, align 8
  %577 = getelementptr i64, i64* %regs, i64 7
  store i64 %576, i64* %577, align 8
  %578 = load i64, i64* %highEnd, align 8
  %579 = getelementptr i64, i64* %regs, i64 8
  store i64 %578, i64* %579, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead65:                                           ; No predecessors!
  br label %join64

ok66:                                             ; preds = %join64
  store i64 %571, i64* %566, align 8
  %580 = load i64, i64* %highEnd, align 8
  %581 = call i64 @llvm.umax.i64(i64 %580, i64 %571)
  store i64 %581, i64* %highEnd, align 8
  %582 = trunc i64 %570 to i32
  store i32 %582, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %583 = load i32, i32* %xs.1, align 4
  %584 = zext i32 %583 to i64
  %585 = sub i64 %arena_size, 4
  %586 = icmp sgt i64 %584, %585
  br i1 %586, label %trap17.site0, label %ok67

ok67:                                             ; preds = %ok66
  %587 = getelementptr i8, i8* %mem, i64 %584
  %588 = bitcast i32* %unaligned68 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %588, i8* %587, i64 4, i1 false)
  %589 = load i32, i32* %unaligned68, align 4
  store i32 %589, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each13

block12:                                          ; preds = %dead92, %ok69
  %590 = load i32, i32* %list.1, align 4
  %591 = load i32, i32* %len.1, align 4
  %592 = zext i32 %590 to i64
  %593 = add i64 %592, 4
  %594 = icmp uge i64 %592, %scratch_start
  %595 = load i64, i64* %highEnd, align 8
  %596 = icmp ule i64 %593, %595
  %597 = and i1 %594, %596
  %598 = call i1 @llvm.expect.i1(i1 %597, i1 true)
  br i1 %598, label %write.ok95, label %write.low93

each13:                                           ; preds = %join84, %ok67
  %599 = load i64, i64* %fuel, align 8
  %600 = icmp ult i64 %599, 1
  br i1 %600, label %trap14.site0, label %ok69

ok69:                                             ; preds = %each13
  %601 = sub i64 %599, 1
  store i64 %601, i64* %fuel, align 8
  %602 = load i32, i32* %k.1, align 4
  %603 = load i32, i32* %n.1, align 4
  %604 = icmp uge i32 %602, %603
  %605 = zext i1 %604 to i32
  %606 = icmp ne i32 %605, 0
  br i1 %606, label %block12, label %cont70

cont70:                                           ; preds = %ok69
  %607 = load i32, i32* %xs.1, align 4
  %608 = load i32, i32* %k.1, align 4
  %609 = mul i32 %608, 4
  %610 = add i32 %607, %609
  %611 = zext i32 %610 to i64
  %612 = sub i64 %arena_size, 8
  %613 = icmp sgt i64 %611, %612
  br i1 %613, label %trap17.site0, label %ok71

ok71:                                             ; preds = %cont70
  %614 = add i64 %611, 4
  %615 = getelementptr i8, i8* %mem, i64 %614
  %616 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %616, i8* %615, i64 4, i1 false)
  %617 = load i32, i32* %unaligned72, align 4
  store i32 %617, i32* %x.1, align 4
  %618 = load i32, i32* %x.1, align 4
  store i32 %618, i32* %t.1, align 4
  %619 = load i32, i32* %t.1, align 4
  %620 = icmp uge i32 %depth, 1000
  br i1 %620, label %trap15.site11, label %ok74

e14:                                              ; preds = %match17
  %621 = load i32, i32* %result73, align 4
  %622 = icmp ne i32 %621, 0
  br i1 %622, label %then82, label %else83

ok74:                                             ; preds = %ok71
  %623 = icmp ult i64 %10, %stack_limit
  br i1 %623, label %trap253.site0, label %stack_ok75

trap15.site11:                                    ; preds = %ok71
  %624 = load i64, i64* %lowStart, align 8
  %625 = getelementptr i64, i64* %regs, i64 6
  store i64 %624, i64* %625, align 8
  %626 = load i64, i64* %lowEnd, align 8
  %627 = getelementptr i64, i64* %regs, i64 7
  store i64 %626, i64* %627, align 8
  %628 = load i64, i64* %highEnd, align 8
  %629 = getelementptr i64, i64* %regs, i64 8
  store i64 %628, i64* %629, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok75:                                       ; preds = %ok74
  %630 = load i64, i64* %fuel, align 8
  %631 = getelementptr i64, i64* %regs, i64 0
  store i64 %630, i64* %631, align 8
  %632 = load i64, i64* %lowStart, align 8
  %633 = getelementptr i64, i64* %regs, i64 6
  store i64 %632, i64* %633, align 8
  %634 = load i64, i64* %lowEnd, align 8
  %635 = getelementptr i64, i64* %regs, i64 7
  store i64 %634, i64* %635, align 8
  %636 = load i64, i64* %highEnd, align 8
  %637 = getelementptr i64, i64* %regs, i64 8
  store i64 %636, i64* %637, align 8
  %638 = add i32 %depth, 1
  %639 = call i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %638, i32 0, i32 %619)
  %640 = getelementptr i64, i64* %regs, i64 0
  %641 = load i64, i64* %640, align 8
  store i64 %641, i64* %fuel, align 8
  %642 = getelementptr i64, i64* %regs, i64 6
  %643 = load i64, i64* %642, align 8
  store i64 %643, i64* %lowStart, align 8
  %644 = getelementptr i64, i64* %regs, i64 7
  %645 = load i64, i64* %644, align 8
  store i64 %645, i64* %lowEnd, align 8
  %646 = getelementptr i64, i64* %regs, i64 8
  %647 = load i64, i64* %646, align 8
  store i64 %647, i64* %highEnd, align 8
  store i32 %639, i32* %scrut, align 4
  %648 = load i32, i32* %scrut, align 4
  %649 = zext i32 %648 to i64
  %650 = sub i64 %arena_size, 1
  %651 = icmp sgt i64 %649, %650
  br i1 %651, label %trap17.site0, label %ok77

match17:                                          ; preds = %join80, %then78
  %652 = load i32, i32* %result76, align 4
  store i32 %652, i32* %result73, align 4
  br label %e14

ok77:                                             ; preds = %stack_ok75
  %653 = getelementptr i8, i8* %mem, i64 %649
  %654 = load i8, i8* %653, align 1
  %655 = zext i8 %654 to i32
  %656 = icmp eq i32 %655, 1
  %657 = zext i1 %656 to i32
  %658 = icmp ne i32 %657, 0
  br i1 %658, label %then78, label %else79

then78:                                           ; preds = %ok77
  store i32 1, i32* %result76, align 4
  br label %match17

else79:                                           ; preds = %ok77
  br label %join80

join80:                                           ; preds = %else79, %dead81
  store i32 0, i32* %result76, align 4
  br label %match17

dead81:                                           ; No predecessors!
  br label %join80

then82:                                           ; preds = %e14
  %659 = load i32, i32* %x.1, align 4
  store i32 %659, i32* %t.2, align 4
  %660 = load i32, i32* %t.2, align 4
  %661 = zext i32 %660 to i64
  %662 = sub i64 %arena_size, 4
  %663 = icmp sgt i64 %661, %662
  br i1 %663, label %trap17.site12, label %ok85

else83:                                           ; preds = %e14
  br label %join84

join84:                                           ; preds = %else83, %write.ok89
  %664 = load i32, i32* %k.1, align 4
  %665 = add i32 %664, 1
  store i32 %665, i32* %k.1, align 4
  br label %each13

ok85:                                             ; preds = %then82
  %666 = getelementptr i8, i8* %mem, i64 %661
  %667 = bitcast i32* %unaligned86 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %667, i8* %666, i64 4, i1 false)
  %668 = load i32, i32* %unaligned86, align 4
  store i32 %668, i32* %y, align 4
  %669 = load i32, i32* %list.1, align 4
  %670 = load i32, i32* %len.1, align 4
  %671 = mul i32 %670, 4
  %672 = add i32 %669, %671
  %673 = load i32, i32* %y, align 4
  %674 = zext i32 %672 to i64
  %675 = add i64 %674, 4
  %676 = add i64 %675, 4
  %677 = icmp uge i64 %675, %scratch_start
  %678 = load i64, i64* %highEnd, align 8
  %679 = icmp ule i64 %676, %678
  %680 = and i1 %677, %679
  %681 = call i1 @llvm.expect.i1(i1 %680, i1 true)
  br i1 %681, label %write.ok89, label %write.low87

trap17.site12:                                    ; preds = %then82
  %682 = load i64, i64* %lowStart, align 8
  %683 = getelementptr i64, i64* %regs, i64 6
  store i64 %682, i64* %683, align 8
  %684 = load i64, i64* %lowEnd, align 8
  %685 = getelementptr i64, i64* %regs, i64 7
  store i64 %684, i64* %685, align 8
  %686 = load i64, i64* %highEnd, align 8
  %687 = getelementptr i64, i64* %regs, i64 8
  store i64 %686, i64* %687, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

write.low87:                                      ; preds = %ok85
  %688 = load i64, i64* %lowStart, align 8
  %689 = icmp uge i64 %675, %688
  %690 = load i64, i64* %lowEnd, align 8
  %691 = icmp ule i64 %676, %690
  %692 = and i1 %689, %691
  %693 = call i1 @llvm.expect.i1(i1 %692, i1 true)
  br i1 %693, label %write.ok89, label %write.slow88

write.slow88:                                     ; preds = %write.low87
  %694 = icmp ugt i64 %676, %arena_size
  br i1 %694, label %trap17.site0, label %ok90

write.ok89:                                       ; preds = %ok90, %write.low87, %ok85
  %695 = getelementptr i8, i8* %mem, i64 %675
  store i32 %673, i32* %unaligned91, align 4
  %696 = bitcast i32* %unaligned91 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %695, i8* %696, i64 4, i1 false)
  %697 = load i32, i32* %len.1, align 4
  %698 = add i32 %697, 1
  store i32 %698, i32* %len.1, align 4
  br label %join84

ok90:                                             ; preds = %write.slow88
  %699 = icmp ult i64 %675, %scratch_start
  %700 = load i64, i64* %lowStart, align 8
  %701 = call i64 @llvm.umin.i64(i64 %700, i64 %675)
  %702 = load i64, i64* %lowEnd, align 8
  %703 = load i64, i64* %highEnd, align 8
  %704 = add i64 %676, 64
  %705 = sub i64 %676, %701
  %706 = lshr i64 %705, 4
  %707 = add i64 %704, %706
  %708 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %707)
  %709 = call i64 @llvm.umax.i64(i64 %702, i64 %708)
  %710 = select i1 %699, i64 %709, i64 %702
  store i64 %710, i64* %lowEnd, align 8
  %711 = add i64 %676, 64
  %712 = sub i64 %676, %scratch_start
  %713 = lshr i64 %712, 4
  %714 = add i64 %711, %713
  %715 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %714)
  %716 = call i64 @llvm.umax.i64(i64 %703, i64 %715)
  %717 = select i1 %699, i64 %703, i64 %716
  store i64 %717, i64* %highEnd, align 8
  store i64 %701, i64* %lowStart, align 8
  br label %write.ok89

dead92:                                           ; No predecessors!
  br label %block12

write.low93:                                      ; preds = %block12
  %718 = load i64, i64* %lowStart, align 8
  %719 = icmp uge i64 %592, %718
  %720 = load i64, i64* %lowEnd, align 8
  %721 = icmp ule i64 %593, %720
  %722 = and i1 %719, %721
  %723 = call i1 @llvm.expect.i1(i1 %722, i1 true)
  br i1 %723, label %write.ok95, label %write.slow94

write.slow94:                                     ; preds = %write.low93
  %724 = icmp ugt i64 %593, %arena_size
  br i1 %724, label %trap17.site0, label %ok96

write.ok95:                                       ; preds = %ok96, %write.low93, %block12
  %725 = getelementptr i8, i8* %mem, i64 %592
  store i32 %591, i32* %unaligned97, align 4
  %726 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %725, i8* %726, i64 4, i1 false)
  %727 = load i32, i32* %list.1, align 4
  store i32 %727, i32* %result59, align 4
  br label %e10

ok96:                                             ; preds = %write.slow94
  %728 = icmp ult i64 %592, %scratch_start
  %729 = load i64, i64* %lowStart, align 8
  %730 = call i64 @llvm.umin.i64(i64 %729, i64 %592)
  %731 = load i64, i64* %lowEnd, align 8
  %732 = load i64, i64* %highEnd, align 8
  %733 = add i64 %593, 64
  %734 = sub i64 %593, %730
  %735 = lshr i64 %734, 4
  %736 = add i64 %733, %735
  %737 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %736)
  %738 = call i64 @llvm.umax.i64(i64 %731, i64 %737)
  %739 = select i1 %728, i64 %738, i64 %731
  store i64 %739, i64* %lowEnd, align 8
  %740 = add i64 %593, 64
  %741 = sub i64 %593, %scratch_start
  %742 = lshr i64 %741, 4
  %743 = add i64 %740, %742
  %744 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %743)
  %745 = call i64 @llvm.umax.i64(i64 %732, i64 %744)
  %746 = select i1 %728, i64 %732, i64 %745
  store i64 %746, i64* %highEnd, align 8
  store i64 %730, i64* %lowStart, align 8
  br label %write.ok95

write.low98:                                      ; preds = %e10
  %747 = load i64, i64* %lowStart, align 8
  %748 = icmp uge i64 %546, %747
  %749 = load i64, i64* %lowEnd, align 8
  %750 = icmp ule i64 %547, %749
  %751 = and i1 %748, %750
  %752 = call i1 @llvm.expect.i1(i1 %751, i1 true)
  br i1 %752, label %write.ok100, label %write.slow99

write.slow99:                                     ; preds = %write.low98
  %753 = icmp ugt i64 %547, %arena_size
  br i1 %753, label %trap17.site0, label %ok101

write.ok100:                                      ; preds = %ok101, %write.low98, %e10
  %754 = getelementptr i8, i8* %mem, i64 %546
  store i32 %544, i32* %unaligned102, align 4
  %755 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %754, i8* %755, i64 4, i1 false)
  %756 = load i32, i32* %tickets, align 4
  store i32 %756, i32* %xs.2, align 4
  %757 = load i32, i32* %xs.2, align 4
  %758 = zext i32 %757 to i64
  %759 = sub i64 %arena_size, 4
  %760 = icmp sgt i64 %758, %759
  br i1 %760, label %trap17.site0, label %ok104

ok101:                                            ; preds = %write.slow99
  %761 = icmp ult i64 %546, %scratch_start
  %762 = load i64, i64* %lowStart, align 8
  %763 = call i64 @llvm.umin.i64(i64 %762, i64 %546)
  %764 = load i64, i64* %lowEnd, align 8
  %765 = load i64, i64* %highEnd, align 8
  %766 = add i64 %547, 64
  %767 = sub i64 %547, %763
  %768 = lshr i64 %767, 4
  %769 = add i64 %766, %768
  %770 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %769)
  %771 = call i64 @llvm.umax.i64(i64 %764, i64 %770)
  %772 = select i1 %761, i64 %771, i64 %764
  store i64 %772, i64* %lowEnd, align 8
  %773 = add i64 %547, 64
  %774 = sub i64 %547, %scratch_start
  %775 = lshr i64 %774, 4
  %776 = add i64 %773, %775
  %777 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %776)
  %778 = call i64 @llvm.umax.i64(i64 %765, i64 %777)
  %779 = select i1 %761, i64 %765, i64 %778
  store i64 %779, i64* %highEnd, align 8
  store i64 %763, i64* %lowStart, align 8
  br label %write.ok100

e22:                                              ; preds = %write.ok147
  %780 = load i32, i32* %result103, align 4
  store i32 %780, i32* %vip, align 4
  %781 = load i32, i32* %dict, align 4
  %782 = load i32, i32* %vip, align 4
  %783 = zext i32 %781 to i64
  %784 = add i64 %783, 12
  %785 = add i64 %784, 4
  %786 = icmp uge i64 %784, %scratch_start
  %787 = load i64, i64* %highEnd, align 8
  %788 = icmp ule i64 %785, %787
  %789 = and i1 %786, %788
  %790 = call i1 @llvm.expect.i1(i1 %789, i1 true)
  br i1 %790, label %write.ok152, label %write.low150

ok104:                                            ; preds = %write.ok100
  %791 = getelementptr i8, i8* %mem, i64 %758
  %792 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %792, i8* %791, i64 4, i1 false)
  %793 = load i32, i32* %unaligned105, align 4
  %794 = zext i32 %793 to i64
  %795 = mul i64 %794, 4
  %796 = add i64 4, %795
  store i64 %796, i64* %size.2, align 8
  %797 = load i64, i64* %size.2, align 8
  %798 = icmp ugt i64 %797, 2147483647
  %799 = zext i1 %798 to i32
  %800 = icmp ne i32 %799, 0
  br i1 %800, label %then106, label %else107

then106:                                          ; preds = %ok104
  br label %trap15.site13

else107:                                          ; preds = %ok104
  br label %join108

join108:                                          ; preds = %else107, %dead109
  %801 = load i64, i64* %size.2, align 8
  %802 = trunc i64 %801 to i32
  %803 = zext i32 %802 to i64
  %804 = getelementptr i64, i64* %regs, i64 1
  %805 = getelementptr i64, i64* %regs, i64 2
  %806 = load i64, i64* %804, align 8
  %807 = add i64 %806, 3
  %808 = and i64 %807, -4
  %809 = add i64 %808, %803
  %810 = load i64, i64* %805, align 8
  %811 = icmp ugt i64 %809, %810
  br i1 %811, label %trap15.site13, label %ok110

trap15.site13:                                    ; preds = %join108, %then106
  %812 = load i64, i64* %lowStart, align 8
  %813 = getelementptr i64, i64* %regs, i64 6
  store i64 %812, i64* %813, align 8
  %814 = load i64, i64* %lowEnd, align 8
  %815 = getelementptr i64, i64* %regs, i64 7
  store i64 %814, i64* %815, align 8
  %816 = load i64, i64* %highEnd, align 8
  %817 = getelementptr i64, i64* %regs, i64 8
  store i64 %816, i64* %817, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead109:                                          ; No predecessors!
  br label %join108

ok110:                                            ; preds = %join108
  store i64 %809, i64* %804, align 8
  %818 = load i64, i64* %highEnd, align 8
  %819 = call i64 @llvm.umax.i64(i64 %818, i64 %809)
  store i64 %819, i64* %highEnd, align 8
  %820 = trunc i64 %808 to i32
  store i32 %820, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %821 = load i32, i32* %xs.2, align 4
  %822 = zext i32 %821 to i64
  %823 = sub i64 %arena_size, 4
  %824 = icmp sgt i64 %822, %823
  br i1 %824, label %trap17.site0, label %ok111

ok111:                                            ; preds = %ok110
  %825 = getelementptr i8, i8* %mem, i64 %822
  %826 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %826, i8* %825, i64 4, i1 false)
  %827 = load i32, i32* %unaligned112, align 4
  store i32 %827, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each25

block24:                                          ; preds = %dead144, %ok113
  %828 = load i32, i32* %list.2, align 4
  %829 = load i32, i32* %len.2, align 4
  %830 = zext i32 %828 to i64
  %831 = add i64 %830, 4
  %832 = icmp uge i64 %830, %scratch_start
  %833 = load i64, i64* %highEnd, align 8
  %834 = icmp ule i64 %831, %833
  %835 = and i1 %832, %834
  %836 = call i1 @llvm.expect.i1(i1 %835, i1 true)
  br i1 %836, label %write.ok147, label %write.low145

each25:                                           ; preds = %join136, %ok111
  %837 = load i64, i64* %fuel, align 8
  %838 = icmp ult i64 %837, 1
  br i1 %838, label %trap14.site0, label %ok113

ok113:                                            ; preds = %each25
  %839 = sub i64 %837, 1
  store i64 %839, i64* %fuel, align 8
  %840 = load i32, i32* %k.2, align 4
  %841 = load i32, i32* %n.2, align 4
  %842 = icmp uge i32 %840, %841
  %843 = zext i1 %842 to i32
  %844 = icmp ne i32 %843, 0
  br i1 %844, label %block24, label %cont114

cont114:                                          ; preds = %ok113
  %845 = load i32, i32* %xs.2, align 4
  %846 = load i32, i32* %k.2, align 4
  %847 = mul i32 %846, 4
  %848 = add i32 %845, %847
  %849 = zext i32 %848 to i64
  %850 = sub i64 %arena_size, 8
  %851 = icmp sgt i64 %849, %850
  br i1 %851, label %trap17.site0, label %ok115

ok115:                                            ; preds = %cont114
  %852 = add i64 %849, 4
  %853 = getelementptr i8, i8* %mem, i64 %852
  %854 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %854, i8* %853, i64 4, i1 false)
  %855 = load i32, i32* %unaligned116, align 4
  store i32 %855, i32* %x.2, align 4
  %856 = load i32, i32* %x.2, align 4
  store i32 %856, i32* %t.3, align 4
  %857 = load i32, i32* %t.3, align 4
  %858 = zext i32 %857 to i64
  %859 = sub i64 %arena_size, 28
  %860 = icmp sgt i64 %858, %859
  br i1 %860, label %trap17.site14, label %ok118

e26:                                              ; preds = %match29
  %861 = load i32, i32* %result117, align 4
  %862 = icmp ne i32 %861, 0
  br i1 %862, label %then134, label %else135

ok118:                                            ; preds = %ok115
  %863 = add i64 %858, 24
  %864 = getelementptr i8, i8* %mem, i64 %863
  %865 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %865, i8* %864, i64 4, i1 false)
  %866 = load i32, i32* %unaligned119, align 4
  store i32 %866, i32* %scrut.1, align 4
  %867 = load i32, i32* %scrut.1, align 4
  %868 = icmp ne i32 %867, 0
  %869 = zext i1 %868 to i32
  %870 = icmp ne i32 %869, 0
  br i1 %870, label %then121, label %else122

trap17.site14:                                    ; preds = %ok115
  %871 = load i64, i64* %lowStart, align 8
  %872 = getelementptr i64, i64* %regs, i64 6
  store i64 %871, i64* %872, align 8
  %873 = load i64, i64* %lowEnd, align 8
  %874 = getelementptr i64, i64* %regs, i64 7
  store i64 %873, i64* %874, align 8
  %875 = load i64, i64* %highEnd, align 8
  %876 = getelementptr i64, i64* %regs, i64 8
  store i64 %875, i64* %876, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

match29:                                          ; preds = %dead133, %then129, %stack_ok127
  %877 = load i32, i32* %result120, align 4
  store i32 %877, i32* %result117, align 4
  br label %e26

then121:                                          ; preds = %ok118
  %878 = load i32, i32* %scrut.1, align 4
  %879 = zext i32 %878 to i64
  %880 = sub i64 %arena_size, 4
  %881 = icmp sgt i64 %879, %880
  br i1 %881, label %trap17.site0, label %ok124

else122:                                          ; preds = %ok118
  br label %join123

join123:                                          ; preds = %else122, %dead128
  %882 = load i32, i32* %scrut.1, align 4
  %883 = icmp eq i32 %882, 0
  %884 = zext i1 %883 to i32
  %885 = icmp ne i32 %884, 0
  br i1 %885, label %then129, label %else130

ok124:                                            ; preds = %then121
  %886 = getelementptr i8, i8* %mem, i64 %879
  %887 = bitcast i32* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %887, i8* %886, i64 4, i1 false)
  %888 = load i32, i32* %unaligned125, align 4
  store i32 %888, i32* %tier, align 4
  %889 = load i32, i32* %tier, align 4
  %890 = icmp uge i32 %depth, 1000
  br i1 %890, label %trap15.site0, label %ok126

ok126:                                            ; preds = %ok124
  %891 = icmp ult i64 %10, %stack_limit
  br i1 %891, label %trap253.site0, label %stack_ok127

trap15.site0:                                     ; preds = %e0, %ok124
  %892 = load i64, i64* %lowStart, align 8
  %893 = getelementptr i64, i64* %regs, i64 6
  store i64 %892, i64* %893, align 8
  %894 = load i64, i64* %lowEnd, align 8
  %895 = getelementptr i64, i64* %regs, i64 7
  store i64 %894, i64* %895, align 8
  %896 = load i64, i64* %highEnd, align 8
  %897 = getelementptr i64, i64* %regs, i64 8
  store i64 %896, i64* %897, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok127:                                      ; preds = %ok126
  %898 = load i64, i64* %fuel, align 8
  %899 = getelementptr i64, i64* %regs, i64 0
  store i64 %898, i64* %899, align 8
  %900 = load i64, i64* %lowStart, align 8
  %901 = getelementptr i64, i64* %regs, i64 6
  store i64 %900, i64* %901, align 8
  %902 = load i64, i64* %lowEnd, align 8
  %903 = getelementptr i64, i64* %regs, i64 7
  store i64 %902, i64* %903, align 8
  %904 = load i64, i64* %highEnd, align 8
  %905 = getelementptr i64, i64* %regs, i64 8
  store i64 %904, i64* %905, align 8
  %906 = add i32 %depth, 1
  %907 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %906, i32 %889, i32 8)
  %908 = getelementptr i64, i64* %regs, i64 0
  %909 = load i64, i64* %908, align 8
  store i64 %909, i64* %fuel, align 8
  %910 = getelementptr i64, i64* %regs, i64 6
  %911 = load i64, i64* %910, align 8
  store i64 %911, i64* %lowStart, align 8
  %912 = getelementptr i64, i64* %regs, i64 7
  %913 = load i64, i64* %912, align 8
  store i64 %913, i64* %lowEnd, align 8
  %914 = getelementptr i64, i64* %regs, i64 8
  %915 = load i64, i64* %914, align 8
  store i64 %915, i64* %highEnd, align 8
  store i32 %907, i32* %result120, align 4
  br label %match29

dead128:                                          ; No predecessors!
  br label %join123

then129:                                          ; preds = %join123
  store i32 0, i32* %result120, align 4
  br label %match29

else130:                                          ; preds = %join123
  br label %join131

join131:                                          ; preds = %else130, %dead132
  br label %trap5.site16

dead132:                                          ; No predecessors!
  br label %join131

trap5.site16:                                     ; preds = %join131
  %916 = load i64, i64* %lowStart, align 8
  %917 = getelementptr i64, i64* %regs, i64 6
  store i64 %916, i64* %917, align 8
  %918 = load i64, i64* %lowEnd, align 8
  %919 = getelementptr i64, i64* %regs, i64 7
  store i64 %918, i64* %919, align 8
  %920 = load i64, i64* %highEnd, align 8
  %921 = getelementptr i64, i64* %regs, i64 8
  store i64 %920, i64* %921, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 16)
  unreachable

dead133:                                          ; No predecessors!
  br label %match29

then134:                                          ; preds = %e26
  %922 = load i32, i32* %list.2, align 4
  %923 = load i32, i32* %len.2, align 4
  %924 = mul i32 %923, 4
  %925 = add i32 %922, %924
  %926 = load i32, i32* %t.3, align 4
  %927 = zext i32 %926 to i64
  %928 = sub i64 %arena_size, 4
  %929 = icmp sgt i64 %927, %928
  br i1 %929, label %trap17.site17, label %ok137

else135:                                          ; preds = %e26
  br label %join136

join136:                                          ; preds = %else135, %write.ok141
  %930 = load i32, i32* %k.2, align 4
  %931 = add i32 %930, 1
  store i32 %931, i32* %k.2, align 4
  br label %each25

ok137:                                            ; preds = %then134
  %932 = getelementptr i8, i8* %mem, i64 %927
  %933 = bitcast i32* %unaligned138 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %933, i8* %932, i64 4, i1 false)
  %934 = load i32, i32* %unaligned138, align 4
  %935 = zext i32 %925 to i64
  %936 = add i64 %935, 4
  %937 = add i64 %936, 4
  %938 = icmp uge i64 %936, %scratch_start
  %939 = load i64, i64* %highEnd, align 8
  %940 = icmp ule i64 %937, %939
  %941 = and i1 %938, %940
  %942 = call i1 @llvm.expect.i1(i1 %941, i1 true)
  br i1 %942, label %write.ok141, label %write.low139

trap17.site17:                                    ; preds = %then134
  %943 = load i64, i64* %lowStart, align 8
  %944 = getelementptr i64, i64* %regs, i64 6
  store i64 %943, i64* %944, align 8
  %945 = load i64, i64* %lowEnd, align 8
  %946 = getelementptr i64, i64* %regs, i64 7
  store i64 %945, i64* %946, align 8
  %947 = load i64, i64* %highEnd, align 8
  %948 = getelementptr i64, i64* %regs, i64 8
  store i64 %947, i64* %948, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

write.low139:                                     ; preds = %ok137
  %949 = load i64, i64* %lowStart, align 8
  %950 = icmp uge i64 %936, %949
  %951 = load i64, i64* %lowEnd, align 8
  %952 = icmp ule i64 %937, %951
  %953 = and i1 %950, %952
  %954 = call i1 @llvm.expect.i1(i1 %953, i1 true)
  br i1 %954, label %write.ok141, label %write.slow140

write.slow140:                                    ; preds = %write.low139
  %955 = icmp ugt i64 %937, %arena_size
  br i1 %955, label %trap17.site0, label %ok142

write.ok141:                                      ; preds = %ok142, %write.low139, %ok137
  %956 = getelementptr i8, i8* %mem, i64 %936
  store i32 %934, i32* %unaligned143, align 4
  %957 = bitcast i32* %unaligned143 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %956, i8* %957, i64 4, i1 false)
  %958 = load i32, i32* %len.2, align 4
  %959 = add i32 %958, 1
  store i32 %959, i32* %len.2, align 4
  br label %join136

ok142:                                            ; preds = %write.slow140
  %960 = icmp ult i64 %936, %scratch_start
  %961 = load i64, i64* %lowStart, align 8
  %962 = call i64 @llvm.umin.i64(i64 %961, i64 %936)
  %963 = load i64, i64* %lowEnd, align 8
  %964 = load i64, i64* %highEnd, align 8
  %965 = add i64 %937, 64
  %966 = sub i64 %937, %962
  %967 = lshr i64 %966, 4
  %968 = add i64 %965, %967
  %969 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %968)
  %970 = call i64 @llvm.umax.i64(i64 %963, i64 %969)
  %971 = select i1 %960, i64 %970, i64 %963
  store i64 %971, i64* %lowEnd, align 8
  %972 = add i64 %937, 64
  %973 = sub i64 %937, %scratch_start
  %974 = lshr i64 %973, 4
  %975 = add i64 %972, %974
  %976 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %975)
  %977 = call i64 @llvm.umax.i64(i64 %964, i64 %976)
  %978 = select i1 %960, i64 %964, i64 %977
  store i64 %978, i64* %highEnd, align 8
  store i64 %962, i64* %lowStart, align 8
  br label %write.ok141

dead144:                                          ; No predecessors!
  br label %block24

write.low145:                                     ; preds = %block24
  %979 = load i64, i64* %lowStart, align 8
  %980 = icmp uge i64 %830, %979
  %981 = load i64, i64* %lowEnd, align 8
  %982 = icmp ule i64 %831, %981
  %983 = and i1 %980, %982
  %984 = call i1 @llvm.expect.i1(i1 %983, i1 true)
  br i1 %984, label %write.ok147, label %write.slow146

write.slow146:                                    ; preds = %write.low145
  %985 = icmp ugt i64 %831, %arena_size
  br i1 %985, label %trap17.site0, label %ok148

write.ok147:                                      ; preds = %ok148, %write.low145, %block24
  %986 = getelementptr i8, i8* %mem, i64 %830
  store i32 %829, i32* %unaligned149, align 4
  %987 = bitcast i32* %unaligned149 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %986, i8* %987, i64 4, i1 false)
  %988 = load i32, i32* %list.2, align 4
  store i32 %988, i32* %result103, align 4
  br label %e22

ok148:                                            ; preds = %write.slow146
  %989 = icmp ult i64 %830, %scratch_start
  %990 = load i64, i64* %lowStart, align 8
  %991 = call i64 @llvm.umin.i64(i64 %990, i64 %830)
  %992 = load i64, i64* %lowEnd, align 8
  %993 = load i64, i64* %highEnd, align 8
  %994 = add i64 %831, 64
  %995 = sub i64 %831, %991
  %996 = lshr i64 %995, 4
  %997 = add i64 %994, %996
  %998 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %997)
  %999 = call i64 @llvm.umax.i64(i64 %992, i64 %998)
  %1000 = select i1 %989, i64 %999, i64 %992
  store i64 %1000, i64* %lowEnd, align 8
  %1001 = add i64 %831, 64
  %1002 = sub i64 %831, %scratch_start
  %1003 = lshr i64 %1002, 4
  %1004 = add i64 %1001, %1003
  %1005 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1004)
  %1006 = call i64 @llvm.umax.i64(i64 %993, i64 %1005)
  %1007 = select i1 %989, i64 %993, i64 %1006
  store i64 %1007, i64* %highEnd, align 8
  store i64 %991, i64* %lowStart, align 8
  br label %write.ok147

write.low150:                                     ; preds = %e22
  %1008 = load i64, i64* %lowStart, align 8
  %1009 = icmp uge i64 %784, %1008
  %1010 = load i64, i64* %lowEnd, align 8
  %1011 = icmp ule i64 %785, %1010
  %1012 = and i1 %1009, %1011
  %1013 = call i1 @llvm.expect.i1(i1 %1012, i1 true)
  br i1 %1013, label %write.ok152, label %write.slow151

write.slow151:                                    ; preds = %write.low150
  %1014 = icmp ugt i64 %785, %arena_size
  br i1 %1014, label %trap17.site0, label %ok153

write.ok152:                                      ; preds = %ok153, %write.low150, %e22
  %1015 = getelementptr i8, i8* %mem, i64 %784
  store i32 %782, i32* %unaligned154, align 4
  %1016 = bitcast i32* %unaligned154 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1015, i8* %1016, i64 4, i1 false)
  %1017 = load i32, i32* %dict, align 4
  store i32 %1017, i32* %result3, align 4
  br label %e0

ok153:                                            ; preds = %write.slow151
  %1018 = icmp ult i64 %784, %scratch_start
  %1019 = load i64, i64* %lowStart, align 8
  %1020 = call i64 @llvm.umin.i64(i64 %1019, i64 %784)
  %1021 = load i64, i64* %lowEnd, align 8
  %1022 = load i64, i64* %highEnd, align 8
  %1023 = add i64 %785, 64
  %1024 = sub i64 %785, %1020
  %1025 = lshr i64 %1024, 4
  %1026 = add i64 %1023, %1025
  %1027 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1026)
  %1028 = call i64 @llvm.umax.i64(i64 %1021, i64 %1027)
  %1029 = select i1 %1018, i64 %1028, i64 %1021
  store i64 %1029, i64* %lowEnd, align 8
  %1030 = add i64 %785, 64
  %1031 = sub i64 %785, %scratch_start
  %1032 = lshr i64 %1031, 4
  %1033 = add i64 %1030, %1032
  %1034 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1033)
  %1035 = call i64 @llvm.umax.i64(i64 %1022, i64 %1034)
  %1036 = select i1 %1018, i64 %1022, i64 %1035
  store i64 %1036, i64* %highEnd, align 8
  store i64 %1020, i64* %lowStart, align 8
  br label %write.ok152

ok155:                                            ; preds = %e0
  %1037 = icmp ult i64 %10, %stack_limit
  br i1 %1037, label %trap253.site0, label %stack_ok156

stack_ok156:                                      ; preds = %ok155
  %1038 = load i64, i64* %fuel, align 8
  %1039 = getelementptr i64, i64* %regs, i64 0
  store i64 %1038, i64* %1039, align 8
  %1040 = load i64, i64* %lowStart, align 8
  %1041 = getelementptr i64, i64* %regs, i64 6
  store i64 %1040, i64* %1041, align 8
  %1042 = load i64, i64* %lowEnd, align 8
  %1043 = getelementptr i64, i64* %regs, i64 7
  store i64 %1042, i64* %1043, align 8
  %1044 = load i64, i64* %highEnd, align 8
  %1045 = getelementptr i64, i64* %regs, i64 8
  store i64 %1044, i64* %1045, align 8
  %1046 = add i32 %depth, 1
  %1047 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1046, i32 %81, i32 %82, i32 0)
  %1048 = getelementptr i64, i64* %regs, i64 0
  %1049 = load i64, i64* %1048, align 8
  store i64 %1049, i64* %fuel, align 8
  %1050 = getelementptr i64, i64* %regs, i64 6
  %1051 = load i64, i64* %1050, align 8
  store i64 %1051, i64* %lowStart, align 8
  %1052 = getelementptr i64, i64* %regs, i64 7
  %1053 = load i64, i64* %1052, align 8
  store i64 %1053, i64* %lowEnd, align 8
  %1054 = getelementptr i64, i64* %regs, i64 8
  %1055 = load i64, i64* %1054, align 8
  store i64 %1055, i64* %highEnd, align 8
  store i32 %1047, i32* %json_end, align 4
  %1056 = load i32, i32* %json_end, align 4
  %1057 = icmp eq i32 %1056, -2
  %1058 = zext i1 %1057 to i32
  %1059 = icmp ne i32 %1058, 0
  br i1 %1059, label %then157, label %else158

then157:                                          ; preds = %stack_ok156
  br label %trap16.site3

else158:                                          ; preds = %stack_ok156
  br label %join159

join159:                                          ; preds = %else158, %dead160
  %1060 = load i32, i32* %json_end, align 4
  %1061 = icmp eq i32 %1060, -1
  %1062 = zext i1 %1061 to i32
  %1063 = icmp ne i32 %1062, 0
  br i1 %1063, label %then161, label %else162

trap16.site3:                                     ; preds = %then157
  %1064 = load i64, i64* %lowStart, align 8
  %1065 = getelementptr i64, i64* %regs, i64 6
  store i64 %1064, i64* %1065, align 8
  %1066 = load i64, i64* %lowEnd, align 8
  %1067 = getelementptr i64, i64* %regs, i64 7
  store i64 %1066, i64* %1067, align 8
  %1068 = load i64, i64* %highEnd, align 8
  %1069 = getelementptr i64, i64* %regs, i64 8
  store i64 %1068, i64* %1069, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead160:                                          ; No predecessors!
  br label %join159

then161:                                          ; preds = %join159
  br label %trap15.site3

else162:                                          ; preds = %join159
  br label %join163

join163:                                          ; preds = %else162, %dead164
  %1070 = load i32, i32* %json_end, align 4
  %1071 = zext i32 %1070 to i64
  %1072 = getelementptr i64, i64* %regs, i64 3
  store i64 %1071, i64* %1072, align 8
  %1073 = load i32, i32* %json_end, align 4
  %1074 = load i32, i32* %json_start, align 4
  %1075 = sub i32 %1073, %1074
  %1076 = load i64, i64* %fuel, align 8
  %1077 = getelementptr i64, i64* %regs, i64 0
  store i64 %1076, i64* %1077, align 8
  %1078 = load i64, i64* %lowStart, align 8
  %1079 = getelementptr i64, i64* %regs, i64 6
  store i64 %1078, i64* %1079, align 8
  %1080 = load i64, i64* %lowEnd, align 8
  %1081 = getelementptr i64, i64* %regs, i64 7
  store i64 %1080, i64* %1081, align 8
  %1082 = load i64, i64* %highEnd, align 8
  %1083 = getelementptr i64, i64* %regs, i64 8
  store i64 %1082, i64* %1083, align 8
  ret i32 %1075

dead164:                                          ; No predecessors!
  br label %join163
}

define internal i32 @m0.fn.route(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i32 %t.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %t = alloca i32, align 4
  store i32 %t.arg, i32* %t, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %c = alloca i32, align 4
  store i32 0, i32* %c, align 4
  %c.1 = alloca i64, align 8
  store i64 0, i64* %c.1, align 8
  %obj = alloca i32, align 4
  store i32 0, i32* %obj, align 4
  %c.2 = alloca i32, align 4
  store i32 0, i32* %c.2, align 4
  %c.3 = alloca i64, align 8
  store i64 0, i64* %c.3, align 8
  %obj.1 = alloca i32, align 4
  store i32 0, i32* %obj.1, align 4
  %c.4 = alloca i32, align 4
  store i32 0, i32* %c.4, align 4
  %obj.2 = alloca i32, align 4
  store i32 0, i32* %obj.2, align 4
  %c.5 = alloca i32, align 4
  store i32 0, i32* %c.5, align 4
  %obj.3 = alloca i32, align 4
  store i32 0, i32* %obj.3, align 4
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
  %result2 = alloca i32, align 4
  %result4 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %unaligned16 = alloca i64, align 8
  %unaligned22 = alloca i64, align 8
  %result26 = alloca i32, align 4
  %result27 = alloca i32, align 4
  %unaligned37 = alloca i32, align 4
  %unaligned42 = alloca i64, align 8
  %result43 = alloca i32, align 4
  %unaligned53 = alloca i32, align 4
  %unaligned60 = alloca i32, align 4
  %result67 = alloca i32, align 4
  %result68 = alloca i32, align 4
  %unaligned78 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = load i32, i32* %t, align 4
  %16 = zext i32 %15 to i64
  %17 = sub i64 %arena_size, 12
  %18 = icmp sgt i64 %16, %17
  br i1 %18, label %trap17.site18, label %ok1

trap14.site0:                                     ; preds = %body
  %19 = load i64, i64* %lowStart, align 8
  %20 = getelementptr i64, i64* %regs, i64 6
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %lowEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 7
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %highEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 8
  store i64 %23, i64* %24, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e0:                                               ; preds = %match3
  %25 = load i32, i32* %result, align 4
  %26 = load i64, i64* %fuel, align 8
  %27 = getelementptr i64, i64* %regs, i64 0
  store i64 %26, i64* %27, align 8
  %28 = load i64, i64* %lowStart, align 8
  %29 = getelementptr i64, i64* %regs, i64 6
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %lowEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 7
  store i64 %30, i64* %31, align 8
  %32 = load i64, i64* %highEnd, align 8
  %33 = getelementptr i64, i64* %regs, i64 8
  store i64 %32, i64* %33, align 8
  ret i32 %25

ok1:                                              ; preds = %ok
  %34 = add i64 %16, 8
  %35 = getelementptr i8, i8* %mem, i64 %34
  %36 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %36, i8* %35, i64 4, i1 false)
  %37 = load i32, i32* %unaligned, align 4
  store i32 %37, i32* %scrut, align 4
  %38 = load i32, i32* %scrut, align 4
  %39 = zext i32 %38 to i64
  %40 = sub i64 %arena_size, 1
  %41 = icmp sgt i64 %39, %40
  br i1 %41, label %trap17.site0, label %ok3

trap17.site18:                                    ; preds = %ok
  %42 = load i64, i64* %lowStart, align 8
  %43 = getelementptr i64, i64* %regs, i64 6
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %lowEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 7
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %highEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 8
  store i64 %46, i64* %47, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

match3:                                           ; preds = %dead80, %join66, %join25, %e4
  %48 = load i32, i32* %result2, align 4
  store i32 %48, i32* %result, align 4
  br label %e0

ok3:                                              ; preds = %ok1
  %49 = getelementptr i8, i8* %mem, i64 %39
  %50 = load i8, i8* %49, align 1
  %51 = zext i8 %50 to i32
  %52 = icmp eq i32 %51, 2
  %53 = zext i1 %52 to i32
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %then, label %else

trap17.site0:                                     ; preds = %write.slow75, %write.slow71, %join20, %write.slow50, %write.slow46, %write.slow39, %write.slow34, %write.slow30, %join, %write.slow13, %write.slow8, %write.slow, %ok1
  %55 = load i64, i64* %lowStart, align 8
  %56 = getelementptr i64, i64* %regs, i64 6
  store i64 %55, i64* %56, align 8
  %57 = load i64, i64* %lowEnd, align 8
  %58 = getelementptr i64, i64* %regs, i64 7
  store i64 %57, i64* %58, align 8
  %59 = load i64, i64* %highEnd, align 8
  %60 = getelementptr i64, i64* %regs, i64 8
  store i64 %59, i64* %60, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok3
  store i32 632, i32* %c, align 4
  store i64 1, i64* %c.1, align 8
  %61 = getelementptr i64, i64* %regs, i64 1
  %62 = getelementptr i64, i64* %regs, i64 2
  %63 = load i64, i64* %61, align 8
  %64 = add i64 %63, 7
  %65 = and i64 %64, -8
  %66 = add i64 %65, 24
  %67 = load i64, i64* %62, align 8
  %68 = icmp ugt i64 %66, %67
  br i1 %68, label %trap15.site19, label %ok5

else:                                             ; preds = %ok3
  br label %join

join:                                             ; preds = %else, %dead
  %69 = load i32, i32* %scrut, align 4
  %70 = zext i32 %69 to i64
  %71 = sub i64 %arena_size, 1
  %72 = icmp sgt i64 %70, %71
  br i1 %72, label %trap17.site0, label %ok17

e4:                                               ; preds = %write.ok14
  %73 = load i32, i32* %result4, align 4
  store i32 %73, i32* %result2, align 4
  br label %match3

ok5:                                              ; preds = %then
  store i64 %66, i64* %61, align 8
  %74 = load i64, i64* %highEnd, align 8
  %75 = call i64 @llvm.umax.i64(i64 %74, i64 %66)
  store i64 %75, i64* %highEnd, align 8
  %76 = trunc i64 %65 to i32
  store i32 %76, i32* %obj, align 4
  %77 = load i32, i32* %obj, align 4
  %78 = zext i32 %77 to i64
  %79 = add i64 %78, 1
  %80 = icmp uge i64 %78, %scratch_start
  %81 = load i64, i64* %highEnd, align 8
  %82 = icmp ule i64 %79, %81
  %83 = and i1 %80, %82
  %84 = call i1 @llvm.expect.i1(i1 %83, i1 true)
  br i1 %84, label %write.ok, label %write.low

trap15.site19:                                    ; preds = %then
  %85 = load i64, i64* %lowStart, align 8
  %86 = getelementptr i64, i64* %regs, i64 6
  store i64 %85, i64* %86, align 8
  %87 = load i64, i64* %lowEnd, align 8
  %88 = getelementptr i64, i64* %regs, i64 7
  store i64 %87, i64* %88, align 8
  %89 = load i64, i64* %highEnd, align 8
  %90 = getelementptr i64, i64* %regs, i64 8
  store i64 %89, i64* %90, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

write.low:                                        ; preds = %ok5
  %91 = load i64, i64* %lowStart, align 8
  %92 = icmp uge i64 %78, %91
  %93 = load i64, i64* %lowEnd, align 8
  %94 = icmp ule i64 %79, %93
  %95 = and i1 %92, %94
  %96 = call i1 @llvm.expect.i1(i1 %95, i1 true)
  br i1 %96, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %97 = icmp ugt i64 %79, %arena_size
  br i1 %97, label %trap17.site0, label %ok6

write.ok:                                         ; preds = %ok6, %write.low, %ok5
  %98 = getelementptr i8, i8* %mem, i64 %78
  store i8 1, i8* %98, align 1
  %99 = load i32, i32* %obj, align 4
  %100 = load i32, i32* %c, align 4
  %101 = zext i32 %99 to i64
  %102 = add i64 %101, 8
  %103 = add i64 %102, 4
  %104 = icmp uge i64 %102, %scratch_start
  %105 = load i64, i64* %highEnd, align 8
  %106 = icmp ule i64 %103, %105
  %107 = and i1 %104, %106
  %108 = call i1 @llvm.expect.i1(i1 %107, i1 true)
  br i1 %108, label %write.ok9, label %write.low7

ok6:                                              ; preds = %write.slow
  %109 = icmp ult i64 %78, %scratch_start
  %110 = load i64, i64* %lowStart, align 8
  %111 = call i64 @llvm.umin.i64(i64 %110, i64 %78)
  %112 = load i64, i64* %lowEnd, align 8
  %113 = load i64, i64* %highEnd, align 8
  %114 = add i64 %79, 64
  %115 = sub i64 %79, %111
  %116 = lshr i64 %115, 4
  %117 = add i64 %114, %116
  %118 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %117)
  %119 = call i64 @llvm.umax.i64(i64 %112, i64 %118)
  %120 = select i1 %109, i64 %119, i64 %112
  store i64 %120, i64* %lowEnd, align 8
  %121 = add i64 %79, 64
  %122 = sub i64 %79, %scratch_start
  %123 = lshr i64 %122, 4
  %124 = add i64 %121, %123
  %125 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %124)
  %126 = call i64 @llvm.umax.i64(i64 %113, i64 %125)
  %127 = select i1 %109, i64 %113, i64 %126
  store i64 %127, i64* %highEnd, align 8
  store i64 %111, i64* %lowStart, align 8
  br label %write.ok

write.low7:                                       ; preds = %write.ok
  %128 = load i64, i64* %lowStart, align 8
  %129 = icmp uge i64 %102, %128
  %130 = load i64, i64* %lowEnd, align 8
  %131 = icmp ule i64 %103, %130
  %132 = and i1 %129, %131
  %133 = call i1 @llvm.expect.i1(i1 %132, i1 true)
  br i1 %133, label %write.ok9, label %write.slow8

write.slow8:                                      ; preds = %write.low7
  %134 = icmp ugt i64 %103, %arena_size
  br i1 %134, label %trap17.site0, label %ok10

write.ok9:                                        ; preds = %ok10, %write.low7, %write.ok
  %135 = getelementptr i8, i8* %mem, i64 %102
  store i32 %100, i32* %unaligned11, align 4
  %136 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %135, i8* %136, i64 4, i1 false)
  %137 = load i32, i32* %obj, align 4
  %138 = load i64, i64* %c.1, align 8
  %139 = zext i32 %137 to i64
  %140 = add i64 %139, 16
  %141 = add i64 %140, 8
  %142 = icmp uge i64 %140, %scratch_start
  %143 = load i64, i64* %highEnd, align 8
  %144 = icmp ule i64 %141, %143
  %145 = and i1 %142, %144
  %146 = call i1 @llvm.expect.i1(i1 %145, i1 true)
  br i1 %146, label %write.ok14, label %write.low12

ok10:                                             ; preds = %write.slow8
  %147 = icmp ult i64 %102, %scratch_start
  %148 = load i64, i64* %lowStart, align 8
  %149 = call i64 @llvm.umin.i64(i64 %148, i64 %102)
  %150 = load i64, i64* %lowEnd, align 8
  %151 = load i64, i64* %highEnd, align 8
  %152 = add i64 %103, 64
  %153 = sub i64 %103, %149
  %154 = lshr i64 %153, 4
  %155 = add i64 %152, %154
  %156 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %155)
  %157 = call i64 @llvm.umax.i64(i64 %150, i64 %156)
  %158 = select i1 %147, i64 %157, i64 %150
  store i64 %158, i64* %lowEnd, align 8
  %159 = add i64 %103, 64
  %160 = sub i64 %103, %scratch_start
  %161 = lshr i64 %160, 4
  %162 = add i64 %159, %161
  %163 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %162)
  %164 = call i64 @llvm.umax.i64(i64 %151, i64 %163)
  %165 = select i1 %147, i64 %151, i64 %164
  store i64 %165, i64* %highEnd, align 8
  store i64 %149, i64* %lowStart, align 8
  br label %write.ok9

write.low12:                                      ; preds = %write.ok9
  %166 = load i64, i64* %lowStart, align 8
  %167 = icmp uge i64 %140, %166
  %168 = load i64, i64* %lowEnd, align 8
  %169 = icmp ule i64 %141, %168
  %170 = and i1 %167, %169
  %171 = call i1 @llvm.expect.i1(i1 %170, i1 true)
  br i1 %171, label %write.ok14, label %write.slow13

write.slow13:                                     ; preds = %write.low12
  %172 = icmp ugt i64 %141, %arena_size
  br i1 %172, label %trap17.site0, label %ok15

write.ok14:                                       ; preds = %ok15, %write.low12, %write.ok9
  %173 = getelementptr i8, i8* %mem, i64 %140
  store i64 %138, i64* %unaligned16, align 8
  %174 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %173, i8* %174, i64 8, i1 false)
  %175 = load i32, i32* %obj, align 4
  store i32 %175, i32* %result4, align 4
  br label %e4

ok15:                                             ; preds = %write.slow13
  %176 = icmp ult i64 %140, %scratch_start
  %177 = load i64, i64* %lowStart, align 8
  %178 = call i64 @llvm.umin.i64(i64 %177, i64 %140)
  %179 = load i64, i64* %lowEnd, align 8
  %180 = load i64, i64* %highEnd, align 8
  %181 = add i64 %141, 64
  %182 = sub i64 %141, %178
  %183 = lshr i64 %182, 4
  %184 = add i64 %181, %183
  %185 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %184)
  %186 = call i64 @llvm.umax.i64(i64 %179, i64 %185)
  %187 = select i1 %176, i64 %186, i64 %179
  store i64 %187, i64* %lowEnd, align 8
  %188 = add i64 %141, 64
  %189 = sub i64 %141, %scratch_start
  %190 = lshr i64 %189, 4
  %191 = add i64 %188, %190
  %192 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %191)
  %193 = call i64 @llvm.umax.i64(i64 %180, i64 %192)
  %194 = select i1 %176, i64 %180, i64 %193
  store i64 %194, i64* %highEnd, align 8
  store i64 %178, i64* %lowStart, align 8
  br label %write.ok14

dead:                                             ; No predecessors!
  br label %join

ok17:                                             ; preds = %join
  %195 = getelementptr i8, i8* %mem, i64 %70
  %196 = load i8, i8* %195, align 1
  %197 = zext i8 %196 to i32
  %198 = icmp eq i32 %197, 1
  %199 = zext i1 %198 to i32
  %200 = icmp ne i32 %199, 0
  br i1 %200, label %then18, label %else19

then18:                                           ; preds = %ok17
  %201 = load i32, i32* %t, align 4
  %202 = zext i32 %201 to i64
  %203 = sub i64 %arena_size, 24
  %204 = icmp sgt i64 %202, %203
  br i1 %204, label %trap17.site21, label %ok21

else19:                                           ; preds = %ok17
  br label %join20

join20:                                           ; preds = %else19, %dead54
  %205 = load i32, i32* %scrut, align 4
  %206 = zext i32 %205 to i64
  %207 = sub i64 %arena_size, 1
  %208 = icmp sgt i64 %206, %207
  br i1 %208, label %trap17.site0, label %ok55

ok21:                                             ; preds = %then18
  %209 = add i64 %202, 16
  %210 = getelementptr i8, i8* %mem, i64 %209
  %211 = bitcast i64* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %211, i8* %210, i64 8, i1 false)
  %212 = load i64, i64* %unaligned22, align 8
  %213 = icmp sgt i64 %212, 48
  %214 = zext i1 %213 to i32
  %215 = icmp ne i32 %214, 0
  br i1 %215, label %then23, label %else24

trap17.site21:                                    ; preds = %then18
  %216 = load i64, i64* %lowStart, align 8
  %217 = getelementptr i64, i64* %regs, i64 6
  store i64 %216, i64* %217, align 8
  %218 = load i64, i64* %lowEnd, align 8
  %219 = getelementptr i64, i64* %regs, i64 7
  store i64 %218, i64* %219, align 8
  %220 = load i64, i64* %highEnd, align 8
  %221 = getelementptr i64, i64* %regs, i64 8
  store i64 %220, i64* %221, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

then23:                                           ; preds = %ok21
  store i32 644, i32* %c.2, align 4
  store i64 8, i64* %c.3, align 8
  %222 = getelementptr i64, i64* %regs, i64 1
  %223 = getelementptr i64, i64* %regs, i64 2
  %224 = load i64, i64* %222, align 8
  %225 = add i64 %224, 7
  %226 = and i64 %225, -8
  %227 = add i64 %226, 24
  %228 = load i64, i64* %223, align 8
  %229 = icmp ugt i64 %227, %228
  br i1 %229, label %trap15.site22, label %ok28

else24:                                           ; preds = %ok21
  store i32 664, i32* %c.4, align 4
  %230 = getelementptr i64, i64* %regs, i64 1
  %231 = getelementptr i64, i64* %regs, i64 2
  %232 = load i64, i64* %230, align 8
  %233 = add i64 %232, 7
  %234 = and i64 %233, -8
  %235 = add i64 %234, 8
  %236 = load i64, i64* %231, align 8
  %237 = icmp ugt i64 %235, %236
  br i1 %237, label %trap15.site23, label %ok44

join25:                                           ; preds = %e15, %e12
  %238 = load i32, i32* %result26, align 4
  store i32 %238, i32* %result2, align 4
  br label %match3

e12:                                              ; preds = %write.ok40
  %239 = load i32, i32* %result27, align 4
  store i32 %239, i32* %result26, align 4
  br label %join25

ok28:                                             ; preds = %then23
  store i64 %227, i64* %222, align 8
  %240 = load i64, i64* %highEnd, align 8
  %241 = call i64 @llvm.umax.i64(i64 %240, i64 %227)
  store i64 %241, i64* %highEnd, align 8
  %242 = trunc i64 %226 to i32
  store i32 %242, i32* %obj.1, align 4
  %243 = load i32, i32* %obj.1, align 4
  %244 = zext i32 %243 to i64
  %245 = add i64 %244, 1
  %246 = icmp uge i64 %244, %scratch_start
  %247 = load i64, i64* %highEnd, align 8
  %248 = icmp ule i64 %245, %247
  %249 = and i1 %246, %248
  %250 = call i1 @llvm.expect.i1(i1 %249, i1 true)
  br i1 %250, label %write.ok31, label %write.low29

trap15.site22:                                    ; preds = %then23
  %251 = load i64, i64* %lowStart, align 8
  %252 = getelementptr i64, i64* %regs, i64 6
  store i64 %251, i64* %252, align 8
  %253 = load i64, i64* %lowEnd, align 8
  %254 = getelementptr i64, i64* %regs, i64 7
  store i64 %253, i64* %254, align 8
  %255 = load i64, i64* %highEnd, align 8
  %256 = getelementptr i64, i64* %regs, i64 8
  store i64 %255, i64* %256, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

write.low29:                                      ; preds = %ok28
  %257 = load i64, i64* %lowStart, align 8
  %258 = icmp uge i64 %244, %257
  %259 = load i64, i64* %lowEnd, align 8
  %260 = icmp ule i64 %245, %259
  %261 = and i1 %258, %260
  %262 = call i1 @llvm.expect.i1(i1 %261, i1 true)
  br i1 %262, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %263 = icmp ugt i64 %245, %arena_size
  br i1 %263, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %ok28
  %264 = getelementptr i8, i8* %mem, i64 %244
  store i8 1, i8* %264, align 1
  %265 = load i32, i32* %obj.1, align 4
  %266 = load i32, i32* %c.2, align 4
  %267 = zext i32 %265 to i64
  %268 = add i64 %267, 8
  %269 = add i64 %268, 4
  %270 = icmp uge i64 %268, %scratch_start
  %271 = load i64, i64* %highEnd, align 8
  %272 = icmp ule i64 %269, %271
  %273 = and i1 %270, %272
  %274 = call i1 @llvm.expect.i1(i1 %273, i1 true)
  br i1 %274, label %write.ok35, label %write.low33

ok32:                                             ; preds = %write.slow30
  %275 = icmp ult i64 %244, %scratch_start
  %276 = load i64, i64* %lowStart, align 8
  %277 = call i64 @llvm.umin.i64(i64 %276, i64 %244)
  %278 = load i64, i64* %lowEnd, align 8
  %279 = load i64, i64* %highEnd, align 8
  %280 = add i64 %245, 64
  %281 = sub i64 %245, %277
  %282 = lshr i64 %281, 4
  %283 = add i64 %280, %282
  %284 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %283)
  %285 = call i64 @llvm.umax.i64(i64 %278, i64 %284)
  %286 = select i1 %275, i64 %285, i64 %278
  store i64 %286, i64* %lowEnd, align 8
  %287 = add i64 %245, 64
  %288 = sub i64 %245, %scratch_start
  %289 = lshr i64 %288, 4
  %290 = add i64 %287, %289
  %291 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %290)
  %292 = call i64 @llvm.umax.i64(i64 %279, i64 %291)
  %293 = select i1 %275, i64 %279, i64 %292
  store i64 %293, i64* %highEnd, align 8
  store i64 %277, i64* %lowStart, align 8
  br label %write.ok31

write.low33:                                      ; preds = %write.ok31
  %294 = load i64, i64* %lowStart, align 8
  %295 = icmp uge i64 %268, %294
  %296 = load i64, i64* %lowEnd, align 8
  %297 = icmp ule i64 %269, %296
  %298 = and i1 %295, %297
  %299 = call i1 @llvm.expect.i1(i1 %298, i1 true)
  br i1 %299, label %write.ok35, label %write.slow34

write.slow34:                                     ; preds = %write.low33
  %300 = icmp ugt i64 %269, %arena_size
  br i1 %300, label %trap17.site0, label %ok36

write.ok35:                                       ; preds = %ok36, %write.low33, %write.ok31
  %301 = getelementptr i8, i8* %mem, i64 %268
  store i32 %266, i32* %unaligned37, align 4
  %302 = bitcast i32* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %301, i8* %302, i64 4, i1 false)
  %303 = load i32, i32* %obj.1, align 4
  %304 = load i64, i64* %c.3, align 8
  %305 = zext i32 %303 to i64
  %306 = add i64 %305, 16
  %307 = add i64 %306, 8
  %308 = icmp uge i64 %306, %scratch_start
  %309 = load i64, i64* %highEnd, align 8
  %310 = icmp ule i64 %307, %309
  %311 = and i1 %308, %310
  %312 = call i1 @llvm.expect.i1(i1 %311, i1 true)
  br i1 %312, label %write.ok40, label %write.low38

ok36:                                             ; preds = %write.slow34
  %313 = icmp ult i64 %268, %scratch_start
  %314 = load i64, i64* %lowStart, align 8
  %315 = call i64 @llvm.umin.i64(i64 %314, i64 %268)
  %316 = load i64, i64* %lowEnd, align 8
  %317 = load i64, i64* %highEnd, align 8
  %318 = add i64 %269, 64
  %319 = sub i64 %269, %315
  %320 = lshr i64 %319, 4
  %321 = add i64 %318, %320
  %322 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %321)
  %323 = call i64 @llvm.umax.i64(i64 %316, i64 %322)
  %324 = select i1 %313, i64 %323, i64 %316
  store i64 %324, i64* %lowEnd, align 8
  %325 = add i64 %269, 64
  %326 = sub i64 %269, %scratch_start
  %327 = lshr i64 %326, 4
  %328 = add i64 %325, %327
  %329 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %328)
  %330 = call i64 @llvm.umax.i64(i64 %317, i64 %329)
  %331 = select i1 %313, i64 %317, i64 %330
  store i64 %331, i64* %highEnd, align 8
  store i64 %315, i64* %lowStart, align 8
  br label %write.ok35

write.low38:                                      ; preds = %write.ok35
  %332 = load i64, i64* %lowStart, align 8
  %333 = icmp uge i64 %306, %332
  %334 = load i64, i64* %lowEnd, align 8
  %335 = icmp ule i64 %307, %334
  %336 = and i1 %333, %335
  %337 = call i1 @llvm.expect.i1(i1 %336, i1 true)
  br i1 %337, label %write.ok40, label %write.slow39

write.slow39:                                     ; preds = %write.low38
  %338 = icmp ugt i64 %307, %arena_size
  br i1 %338, label %trap17.site0, label %ok41

write.ok40:                                       ; preds = %ok41, %write.low38, %write.ok35
  %339 = getelementptr i8, i8* %mem, i64 %306
  store i64 %304, i64* %unaligned42, align 8
  %340 = bitcast i64* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %339, i8* %340, i64 8, i1 false)
  %341 = load i32, i32* %obj.1, align 4
  store i32 %341, i32* %result27, align 4
  br label %e12

ok41:                                             ; preds = %write.slow39
  %342 = icmp ult i64 %306, %scratch_start
  %343 = load i64, i64* %lowStart, align 8
  %344 = call i64 @llvm.umin.i64(i64 %343, i64 %306)
  %345 = load i64, i64* %lowEnd, align 8
  %346 = load i64, i64* %highEnd, align 8
  %347 = add i64 %307, 64
  %348 = sub i64 %307, %344
  %349 = lshr i64 %348, 4
  %350 = add i64 %347, %349
  %351 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %350)
  %352 = call i64 @llvm.umax.i64(i64 %345, i64 %351)
  %353 = select i1 %342, i64 %352, i64 %345
  store i64 %353, i64* %lowEnd, align 8
  %354 = add i64 %307, 64
  %355 = sub i64 %307, %scratch_start
  %356 = lshr i64 %355, 4
  %357 = add i64 %354, %356
  %358 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %357)
  %359 = call i64 @llvm.umax.i64(i64 %346, i64 %358)
  %360 = select i1 %342, i64 %346, i64 %359
  store i64 %360, i64* %highEnd, align 8
  store i64 %344, i64* %lowStart, align 8
  br label %write.ok40

e15:                                              ; preds = %write.ok51
  %361 = load i32, i32* %result43, align 4
  store i32 %361, i32* %result26, align 4
  br label %join25

ok44:                                             ; preds = %else24
  store i64 %235, i64* %230, align 8
  %362 = load i64, i64* %highEnd, align 8
  %363 = call i64 @llvm.umax.i64(i64 %362, i64 %235)
  store i64 %363, i64* %highEnd, align 8
  %364 = trunc i64 %234 to i32
  store i32 %364, i32* %obj.2, align 4
  %365 = load i32, i32* %obj.2, align 4
  %366 = zext i32 %365 to i64
  %367 = add i64 %366, 1
  %368 = icmp uge i64 %366, %scratch_start
  %369 = load i64, i64* %highEnd, align 8
  %370 = icmp ule i64 %367, %369
  %371 = and i1 %368, %370
  %372 = call i1 @llvm.expect.i1(i1 %371, i1 true)
  br i1 %372, label %write.ok47, label %write.low45

trap15.site23:                                    ; preds = %else24
  %373 = load i64, i64* %lowStart, align 8
  %374 = getelementptr i64, i64* %regs, i64 6
  store i64 %373, i64* %374, align 8
  %375 = load i64, i64* %lowEnd, align 8
  %376 = getelementptr i64, i64* %regs, i64 7
  store i64 %375, i64* %376, align 8
  %377 = load i64, i64* %highEnd, align 8
  %378 = getelementptr i64, i64* %regs, i64 8
  store i64 %377, i64* %378, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

write.low45:                                      ; preds = %ok44
  %379 = load i64, i64* %lowStart, align 8
  %380 = icmp uge i64 %366, %379
  %381 = load i64, i64* %lowEnd, align 8
  %382 = icmp ule i64 %367, %381
  %383 = and i1 %380, %382
  %384 = call i1 @llvm.expect.i1(i1 %383, i1 true)
  br i1 %384, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %385 = icmp ugt i64 %367, %arena_size
  br i1 %385, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %ok44
  %386 = getelementptr i8, i8* %mem, i64 %366
  store i8 0, i8* %386, align 1
  %387 = load i32, i32* %obj.2, align 4
  %388 = load i32, i32* %c.4, align 4
  %389 = zext i32 %387 to i64
  %390 = add i64 %389, 4
  %391 = add i64 %390, 4
  %392 = icmp uge i64 %390, %scratch_start
  %393 = load i64, i64* %highEnd, align 8
  %394 = icmp ule i64 %391, %393
  %395 = and i1 %392, %394
  %396 = call i1 @llvm.expect.i1(i1 %395, i1 true)
  br i1 %396, label %write.ok51, label %write.low49

ok48:                                             ; preds = %write.slow46
  %397 = icmp ult i64 %366, %scratch_start
  %398 = load i64, i64* %lowStart, align 8
  %399 = call i64 @llvm.umin.i64(i64 %398, i64 %366)
  %400 = load i64, i64* %lowEnd, align 8
  %401 = load i64, i64* %highEnd, align 8
  %402 = add i64 %367, 64
  %403 = sub i64 %367, %399
  %404 = lshr i64 %403, 4
  %405 = add i64 %402, %404
  %406 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %405)
  %407 = call i64 @llvm.umax.i64(i64 %400, i64 %406)
  %408 = select i1 %397, i64 %407, i64 %400
  store i64 %408, i64* %lowEnd, align 8
  %409 = add i64 %367, 64
  %410 = sub i64 %367, %scratch_start
  %411 = lshr i64 %410, 4
  %412 = add i64 %409, %411
  %413 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %412)
  %414 = call i64 @llvm.umax.i64(i64 %401, i64 %413)
  %415 = select i1 %397, i64 %401, i64 %414
  store i64 %415, i64* %highEnd, align 8
  store i64 %399, i64* %lowStart, align 8
  br label %write.ok47

write.low49:                                      ; preds = %write.ok47
  %416 = load i64, i64* %lowStart, align 8
  %417 = icmp uge i64 %390, %416
  %418 = load i64, i64* %lowEnd, align 8
  %419 = icmp ule i64 %391, %418
  %420 = and i1 %417, %419
  %421 = call i1 @llvm.expect.i1(i1 %420, i1 true)
  br i1 %421, label %write.ok51, label %write.slow50

write.slow50:                                     ; preds = %write.low49
  %422 = icmp ugt i64 %391, %arena_size
  br i1 %422, label %trap17.site0, label %ok52

write.ok51:                                       ; preds = %ok52, %write.low49, %write.ok47
  %423 = getelementptr i8, i8* %mem, i64 %390
  store i32 %388, i32* %unaligned53, align 4
  %424 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %423, i8* %424, i64 4, i1 false)
  %425 = load i32, i32* %obj.2, align 4
  store i32 %425, i32* %result43, align 4
  br label %e15

ok52:                                             ; preds = %write.slow50
  %426 = icmp ult i64 %390, %scratch_start
  %427 = load i64, i64* %lowStart, align 8
  %428 = call i64 @llvm.umin.i64(i64 %427, i64 %390)
  %429 = load i64, i64* %lowEnd, align 8
  %430 = load i64, i64* %highEnd, align 8
  %431 = add i64 %391, 64
  %432 = sub i64 %391, %428
  %433 = lshr i64 %432, 4
  %434 = add i64 %431, %433
  %435 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %434)
  %436 = call i64 @llvm.umax.i64(i64 %429, i64 %435)
  %437 = select i1 %426, i64 %436, i64 %429
  store i64 %437, i64* %lowEnd, align 8
  %438 = add i64 %391, 64
  %439 = sub i64 %391, %scratch_start
  %440 = lshr i64 %439, 4
  %441 = add i64 %438, %440
  %442 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %441)
  %443 = call i64 @llvm.umax.i64(i64 %430, i64 %442)
  %444 = select i1 %426, i64 %430, i64 %443
  store i64 %444, i64* %highEnd, align 8
  store i64 %428, i64* %lowStart, align 8
  br label %write.ok51

dead54:                                           ; No predecessors!
  br label %join20

ok55:                                             ; preds = %join20
  %445 = getelementptr i8, i8* %mem, i64 %206
  %446 = load i8, i8* %445, align 1
  %447 = zext i8 %446 to i32
  %448 = icmp eq i32 %447, 0
  %449 = zext i1 %448 to i32
  %450 = icmp ne i32 %449, 0
  br i1 %450, label %then56, label %else57

then56:                                           ; preds = %ok55
  %451 = load i32, i32* %t, align 4
  %452 = zext i32 %451 to i64
  %453 = sub i64 %arena_size, 8
  %454 = icmp sgt i64 %452, %453
  br i1 %454, label %trap17.site26, label %ok59

else57:                                           ; preds = %ok55
  br label %join58

join58:                                           ; preds = %else57, %dead79
  br label %trap5.site28

ok59:                                             ; preds = %then56
  %455 = add i64 %452, 4
  %456 = getelementptr i8, i8* %mem, i64 %455
  %457 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %457, i8* %456, i64 4, i1 false)
  %458 = load i32, i32* %unaligned60, align 4
  %459 = icmp uge i32 %depth, 1000
  br i1 %459, label %trap15.site25, label %ok61

trap17.site26:                                    ; preds = %then56
  %460 = load i64, i64* %lowStart, align 8
  %461 = getelementptr i64, i64* %regs, i64 6
  store i64 %460, i64* %461, align 8
  %462 = load i64, i64* %lowEnd, align 8
  %463 = getelementptr i64, i64* %regs, i64 7
  store i64 %462, i64* %463, align 8
  %464 = load i64, i64* %highEnd, align 8
  %465 = getelementptr i64, i64* %regs, i64 8
  store i64 %464, i64* %465, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 26)
  unreachable

ok61:                                             ; preds = %ok59
  %466 = icmp ult i64 %10, %stack_limit
  br i1 %466, label %trap253.site0, label %stack_ok

trap15.site25:                                    ; preds = %ok59
  %467 = load i64, i64* %lowStart, align 8
  %468 = getelementptr i64, i64* %regs, i64 6
  store i64 %467, i64* %468, align 8
  %469 = load i64, i64* %lowEnd, align 8
  %470 = getelementptr i64, i64* %regs, i64 7
  store i64 %469, i64* %470, align 8
  %471 = load i64, i64* %highEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 8
  store i64 %471, i64* %472, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

stack_ok:                                         ; preds = %ok61
  %473 = load i64, i64* %fuel, align 8
  %474 = getelementptr i64, i64* %regs, i64 0
  store i64 %473, i64* %474, align 8
  %475 = load i64, i64* %lowStart, align 8
  %476 = getelementptr i64, i64* %regs, i64 6
  store i64 %475, i64* %476, align 8
  %477 = load i64, i64* %lowEnd, align 8
  %478 = getelementptr i64, i64* %regs, i64 7
  store i64 %477, i64* %478, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = getelementptr i64, i64* %regs, i64 8
  store i64 %479, i64* %480, align 8
  %481 = add i32 %depth, 1
  %482 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %481, i32 %458)
  %483 = getelementptr i64, i64* %regs, i64 0
  %484 = load i64, i64* %483, align 8
  store i64 %484, i64* %fuel, align 8
  %485 = getelementptr i64, i64* %regs, i64 6
  %486 = load i64, i64* %485, align 8
  store i64 %486, i64* %lowStart, align 8
  %487 = getelementptr i64, i64* %regs, i64 7
  %488 = load i64, i64* %487, align 8
  store i64 %488, i64* %lowEnd, align 8
  %489 = getelementptr i64, i64* %regs, i64 8
  %490 = load i64, i64* %489, align 8
  store i64 %490, i64* %highEnd, align 8
  %491 = icmp uge i32 %depth, 1000
  br i1 %491, label %trap15.site24, label %ok62

trap253.site0:                                    ; preds = %ok62, %ok61
  %492 = load i64, i64* %lowStart, align 8
  %493 = getelementptr i64, i64* %regs, i64 6
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %lowEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 7
  store i64 %494, i64* %495, align 8
  %496 = load i64, i64* %highEnd, align 8
  %497 = getelementptr i64, i64* %regs, i64 8
  store i64 %496, i64* %497, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok62:                                             ; preds = %stack_ok
  %498 = icmp ult i64 %10, %stack_limit
  br i1 %498, label %trap253.site0, label %stack_ok63

trap15.site24:                                    ; preds = %stack_ok
  %499 = load i64, i64* %lowStart, align 8
  %500 = getelementptr i64, i64* %regs, i64 6
  store i64 %499, i64* %500, align 8
  %501 = load i64, i64* %lowEnd, align 8
  %502 = getelementptr i64, i64* %regs, i64 7
  store i64 %501, i64* %502, align 8
  %503 = load i64, i64* %highEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 8
  store i64 %503, i64* %504, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

stack_ok63:                                       ; preds = %ok62
  %505 = load i64, i64* %fuel, align 8
  %506 = getelementptr i64, i64* %regs, i64 0
  store i64 %505, i64* %506, align 8
  %507 = load i64, i64* %lowStart, align 8
  %508 = getelementptr i64, i64* %regs, i64 6
  store i64 %507, i64* %508, align 8
  %509 = load i64, i64* %lowEnd, align 8
  %510 = getelementptr i64, i64* %regs, i64 7
  store i64 %509, i64* %510, align 8
  %511 = load i64, i64* %highEnd, align 8
  %512 = getelementptr i64, i64* %regs, i64 8
  store i64 %511, i64* %512, align 8
  %513 = add i32 %depth, 1
  %514 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %513, i32 %482, i32 8992)
  %515 = getelementptr i64, i64* %regs, i64 0
  %516 = load i64, i64* %515, align 8
  store i64 %516, i64* %fuel, align 8
  %517 = getelementptr i64, i64* %regs, i64 6
  %518 = load i64, i64* %517, align 8
  store i64 %518, i64* %lowStart, align 8
  %519 = getelementptr i64, i64* %regs, i64 7
  %520 = load i64, i64* %519, align 8
  store i64 %520, i64* %lowEnd, align 8
  %521 = getelementptr i64, i64* %regs, i64 8
  %522 = load i64, i64* %521, align 8
  store i64 %522, i64* %highEnd, align 8
  %523 = icmp ne i32 %514, 0
  br i1 %523, label %then64, label %else65

then64:                                           ; preds = %stack_ok63
  store i32 9016, i32* %result67, align 4
  br label %join66

else65:                                           ; preds = %stack_ok63
  store i32 9020, i32* %c.5, align 4
  %524 = getelementptr i64, i64* %regs, i64 1
  %525 = getelementptr i64, i64* %regs, i64 2
  %526 = load i64, i64* %524, align 8
  %527 = add i64 %526, 7
  %528 = and i64 %527, -8
  %529 = add i64 %528, 8
  %530 = load i64, i64* %525, align 8
  %531 = icmp ugt i64 %529, %530
  br i1 %531, label %trap15.site27, label %ok69

join66:                                           ; preds = %e24, %then64
  %532 = load i32, i32* %result67, align 4
  store i32 %532, i32* %result2, align 4
  br label %match3

e24:                                              ; preds = %write.ok76
  %533 = load i32, i32* %result68, align 4
  store i32 %533, i32* %result67, align 4
  br label %join66

ok69:                                             ; preds = %else65
  store i64 %529, i64* %524, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = call i64 @llvm.umax.i64(i64 %534, i64 %529)
  store i64 %535, i64* %highEnd, align 8
  %536 = trunc i64 %528 to i32
  store i32 %536, i32* %obj.3, align 4
  %537 = load i32, i32* %obj.3, align 4
  %538 = zext i32 %537 to i64
  %539 = add i64 %538, 1
  %540 = icmp uge i64 %538, %scratch_start
  %541 = load i64, i64* %highEnd, align 8
  %542 = icmp ule i64 %539, %541
  %543 = and i1 %540, %542
  %544 = call i1 @llvm.expect.i1(i1 %543, i1 true)
  br i1 %544, label %write.ok72, label %write.low70

trap15.site27:                                    ; preds = %else65
  %545 = load i64, i64* %lowStart, align 8
  %546 = getelementptr i64, i64* %regs, i64 6
  store i64 %545, i64* %546, align 8
  %547 = load i64, i64* %lowEnd, align 8
  %548 = getelementptr i64, i64* %regs, i64 7
  store i64 %547, i64* %548, align 8
  %549 = load i64, i64* %highEnd, align 8
  %550 = getelementptr i64, i64* %regs, i64 8
  store i64 %549, i64* %550, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 27)
  unreachable

write.low70:                                      ; preds = %ok69
  %551 = load i64, i64* %lowStart, align 8
  %552 = icmp uge i64 %538, %551
  %553 = load i64, i64* %lowEnd, align 8
  %554 = icmp ule i64 %539, %553
  %555 = and i1 %552, %554
  %556 = call i1 @llvm.expect.i1(i1 %555, i1 true)
  br i1 %556, label %write.ok72, label %write.slow71

write.slow71:                                     ; preds = %write.low70
  %557 = icmp ugt i64 %539, %arena_size
  br i1 %557, label %trap17.site0, label %ok73

write.ok72:                                       ; preds = %ok73, %write.low70, %ok69
  %558 = getelementptr i8, i8* %mem, i64 %538
  store i8 0, i8* %558, align 1
  %559 = load i32, i32* %obj.3, align 4
  %560 = load i32, i32* %c.5, align 4
  %561 = zext i32 %559 to i64
  %562 = add i64 %561, 4
  %563 = add i64 %562, 4
  %564 = icmp uge i64 %562, %scratch_start
  %565 = load i64, i64* %highEnd, align 8
  %566 = icmp ule i64 %563, %565
  %567 = and i1 %564, %566
  %568 = call i1 @llvm.expect.i1(i1 %567, i1 true)
  br i1 %568, label %write.ok76, label %write.low74

ok73:                                             ; preds = %write.slow71
  %569 = icmp ult i64 %538, %scratch_start
  %570 = load i64, i64* %lowStart, align 8
  %571 = call i64 @llvm.umin.i64(i64 %570, i64 %538)
  %572 = load i64, i64* %lowEnd, align 8
  %573 = load i64, i64* %highEnd, align 8
  %574 = add i64 %539, 64
  %575 = sub i64 %539, %571
  %576 = lshr i64 %575, 4
  %577 = add i64 %574, %576
  %578 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %577)
  %579 = call i64 @llvm.umax.i64(i64 %572, i64 %578)
  %580 = select i1 %569, i64 %579, i64 %572
  store i64 %580, i64* %lowEnd, align 8
  %581 = add i64 %539, 64
  %582 = sub i64 %539, %scratch_start
  %583 = lshr i64 %582, 4
  %584 = add i64 %581, %583
  %585 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %584)
  %586 = call i64 @llvm.umax.i64(i64 %573, i64 %585)
  %587 = select i1 %569, i64 %573, i64 %586
  store i64 %587, i64* %highEnd, align 8
  store i64 %571, i64* %lowStart, align 8
  br label %write.ok72

write.low74:                                      ; preds = %write.ok72
  %588 = load i64, i64* %lowStart, align 8
  %589 = icmp uge i64 %562, %588
  %590 = load i64, i64* %lowEnd, align 8
  %591 = icmp ule i64 %563, %590
  %592 = and i1 %589, %591
  %593 = call i1 @llvm.expect.i1(i1 %592, i1 true)
  br i1 %593, label %write.ok76, label %write.slow75

write.slow75:                                     ; preds = %write.low74
  %594 = icmp ugt i64 %563, %arena_size
  br i1 %594, label %trap17.site0, label %ok77

write.ok76:                                       ; preds = %ok77, %write.low74, %write.ok72
  %595 = getelementptr i8, i8* %mem, i64 %562
  store i32 %560, i32* %unaligned78, align 4
  %596 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %595, i8* %596, i64 4, i1 false)
  %597 = load i32, i32* %obj.3, align 4
  store i32 %597, i32* %result68, align 4
  br label %e24

ok77:                                             ; preds = %write.slow75
  %598 = icmp ult i64 %562, %scratch_start
  %599 = load i64, i64* %lowStart, align 8
  %600 = call i64 @llvm.umin.i64(i64 %599, i64 %562)
  %601 = load i64, i64* %lowEnd, align 8
  %602 = load i64, i64* %highEnd, align 8
  %603 = add i64 %563, 64
  %604 = sub i64 %563, %600
  %605 = lshr i64 %604, 4
  %606 = add i64 %603, %605
  %607 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %606)
  %608 = call i64 @llvm.umax.i64(i64 %601, i64 %607)
  %609 = select i1 %598, i64 %608, i64 %601
  store i64 %609, i64* %lowEnd, align 8
  %610 = add i64 %563, 64
  %611 = sub i64 %563, %scratch_start
  %612 = lshr i64 %611, 4
  %613 = add i64 %610, %612
  %614 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %613)
  %615 = call i64 @llvm.umax.i64(i64 %602, i64 %614)
  %616 = select i1 %598, i64 %602, i64 %615
  store i64 %616, i64* %highEnd, align 8
  store i64 %600, i64* %lowStart, align 8
  br label %write.ok76

dead79:                                           ; No predecessors!
  br label %join58

trap5.site28:                                     ; preds = %join58
  %617 = load i64, i64* %lowStart, align 8
  %618 = getelementptr i64, i64* %regs, i64 6
  store i64 %617, i64* %618, align 8
  %619 = load i64, i64* %lowEnd, align 8
  %620 = getelementptr i64, i64* %regs, i64 7
  store i64 %619, i64* %620, align 8
  %621 = load i64, i64* %highEnd, align 8
  %622 = getelementptr i64, i64* %regs, i64 8
  store i64 %621, i64* %622, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 28)
  unreachable

dead80:                                           ; No predecessors!
  br label %match3
}
