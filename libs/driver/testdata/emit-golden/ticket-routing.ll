; From examples/ticket-routing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/ticket-routing.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (47):
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
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.cttz.i32
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 3 function(s):

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
  %258 = add i64 %257, 4
  %259 = icmp ugt i64 %258, %arena_size
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
  %267 = add i64 %266, 4
  %268 = add i64 %267, 2
  %269 = icmp ugt i64 %268, %arena_size
  br i1 %269, label %trap17.site0, label %ok34

ok34:                                             ; preds = %ok33
  %270 = getelementptr i8, i8* %mem, i64 %267
  %271 = bitcast i16* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %271, i8* %270, i64 2, i1 false)
  %272 = load i16, i16* %unaligned35, align 2
  %273 = zext i16 %272 to i32
  %274 = icmp eq i32 %273, 29797
  %275 = zext i1 %274 to i32
  %276 = and i32 %264, %275
  %277 = load i32, i32* %args_kp, align 4
  %278 = zext i32 %277 to i64
  %279 = add i64 %278, 6
  %280 = add i64 %279, 1
  %281 = icmp ugt i64 %280, %arena_size
  br i1 %281, label %trap17.site0, label %ok36

ok36:                                             ; preds = %ok34
  %282 = getelementptr i8, i8* %mem, i64 %279
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
  %301 = add i64 %300, 1
  %302 = icmp ugt i64 %301, %arena_size
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
  %325 = add i64 %324, 1
  %326 = icmp ugt i64 %325, %arena_size
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
  %415 = add i64 %414, 1
  %416 = icmp ugt i64 %415, %arena_size
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
  %427 = add i64 %426, 1
  %428 = icmp ugt i64 %427, %arena_size
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
  %459 = add i64 %458, 1
  %460 = icmp ugt i64 %459, %arena_size
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
  %484 = add i64 %483, 4
  %485 = icmp ugt i64 %484, %arena_size
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
  br i1 %521, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %join89
  %522 = load i64, i64* %lowStart, align 8
  %523 = getelementptr i64, i64* %regs, i64 6
  store i64 %522, i64* %523, align 8
  %524 = load i64, i64* %lowEnd, align 8
  %525 = getelementptr i64, i64* %regs, i64 7
  store i64 %524, i64* %525, align 8
  %526 = load i64, i64* %highEnd, align 8
  %527 = getelementptr i64, i64* %regs, i64 8
  store i64 %526, i64* %527, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok91
  %528 = load i64, i64* %lowStart, align 8
  %529 = icmp uge i64 %516, %528
  %530 = load i64, i64* %lowEnd, align 8
  %531 = icmp ule i64 %517, %530
  %532 = and i1 %529, %531
  br i1 %532, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %533 = icmp ugt i64 %517, %arena_size
  br i1 %533, label %trap17.site0, label %ok92

write.ok:                                         ; preds = %ok92, %write.low, %ok91
  %534 = getelementptr i8, i8* %mem, i64 %516
  store i32 %515, i32* %unaligned93, align 4
  %535 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %534, i8* %535, i64 4, i1 false)
  %536 = load i32, i32* %args_out, align 4
  %537 = load i64, i64* %fuel, align 8
  %538 = getelementptr i64, i64* %regs, i64 0
  store i64 %537, i64* %538, align 8
  %539 = load i64, i64* %lowStart, align 8
  %540 = getelementptr i64, i64* %regs, i64 6
  store i64 %539, i64* %540, align 8
  %541 = load i64, i64* %lowEnd, align 8
  %542 = getelementptr i64, i64* %regs, i64 7
  store i64 %541, i64* %542, align 8
  %543 = load i64, i64* %highEnd, align 8
  %544 = getelementptr i64, i64* %regs, i64 8
  store i64 %543, i64* %544, align 8
  ret i32 %536

ok92:                                             ; preds = %write.slow
  %545 = icmp ult i64 %516, %scratch_start
  %546 = load i64, i64* %lowEnd, align 8
  %547 = load i64, i64* %highEnd, align 8
  %548 = call i64 @llvm.umax.i64(i64 %546, i64 %517)
  %549 = select i1 %545, i64 %548, i64 %546
  store i64 %549, i64* %lowEnd, align 8
  %550 = call i64 @llvm.umax.i64(i64 %547, i64 %517)
  %551 = select i1 %545, i64 %547, i64 %550
  store i64 %551, i64* %highEnd, align 8
  %552 = load i64, i64* %lowStart, align 8
  %553 = call i64 @llvm.umin.i64(i64 %552, i64 %516)
  store i64 %553, i64* %lowStart, align 8
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
  %t.2 = alloca i32, align 4
  store i32 0, i32* %t.2, align 4
  %escalated = alloca i32, align 4
  store i32 0, i32* %escalated, align 4
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %size.3 = alloca i64, align 8
  store i64 0, i64* %size.3, align 8
  %list.3 = alloca i32, align 4
  store i32 0, i32* %list.3, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %x.3 = alloca i32, align 4
  store i32 0, i32* %x.3, align 4
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
  %result60 = alloca i32, align 4
  %unaligned62 = alloca i32, align 4
  %unaligned69 = alloca i32, align 4
  %unaligned73 = alloca i32, align 4
  %result74 = alloca i32, align 4
  %result77 = alloca i32, align 4
  %unaligned90 = alloca i32, align 4
  %unaligned96 = alloca i32, align 4
  %unaligned98 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
  %unaligned109 = alloca i32, align 4
  %unaligned111 = alloca i32, align 4
  %unaligned116 = alloca i32, align 4
  %unaligned122 = alloca i32, align 4
  %unaligned127 = alloca i32, align 4
  %result128 = alloca i32, align 4
  %unaligned130 = alloca i32, align 4
  %unaligned137 = alloca i32, align 4
  %unaligned141 = alloca i32, align 4
  %result142 = alloca i32, align 4
  %unaligned144 = alloca i32, align 4
  %result145 = alloca i32, align 4
  %unaligned150 = alloca i32, align 4
  %unaligned163 = alloca i32, align 4
  %unaligned168 = alloca i32, align 4
  %unaligned174 = alloca i32, align 4
  %unaligned179 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each28, %each22, %each14, %each4, %body
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

trap253.site0:                                    ; preds = %ok180, %ok151, %ok75, %ok36, %ok1
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

trap17.site0:                                     ; preds = %write.slow176, %write.slow171, %write.slow165, %then146, %cont139, %ok135, %write.ok125, %write.slow124, %write.slow119, %write.slow113, %cont107, %ok103, %e11, %write.slow93, %write.slow87, %stack_ok76, %cont71, %ok67, %write.ok56, %write.slow55, %write.slow50, %write.slow44, %write.slow39, %write.slow32, %cont, %ok21, %write.ok15, %write.slow14, %write.slow9, %write.slow, %stack_ok
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

e0:                                               ; preds = %write.ok177
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
  br i1 %83, label %trap15.site0, label %ok180

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

trap15.site3:                                     ; preds = %then186, %ok2
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
  br i1 %110, label %write.ok, label %write.low

trap15.site4:                                     ; preds = %ok4
  %111 = load i64, i64* %lowStart, align 8
  %112 = getelementptr i64, i64* %regs, i64 6
  store i64 %111, i64* %112, align 8
  %113 = load i64, i64* %lowEnd, align 8
  %114 = getelementptr i64, i64* %regs, i64 7
  store i64 %113, i64* %114, align 8
  %115 = load i64, i64* %highEnd, align 8
  %116 = getelementptr i64, i64* %regs, i64 8
  store i64 %115, i64* %116, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

write.low:                                        ; preds = %ok5
  %117 = load i64, i64* %lowStart, align 8
  %118 = icmp uge i64 %105, %117
  %119 = load i64, i64* %lowEnd, align 8
  %120 = icmp ule i64 %106, %119
  %121 = and i1 %118, %120
  br i1 %121, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %122 = icmp ugt i64 %106, %arena_size
  br i1 %122, label %trap17.site0, label %ok6

write.ok:                                         ; preds = %ok6, %write.low, %ok5
  %123 = getelementptr i8, i8* %mem, i64 %105
  store i32 0, i32* %unaligned7, align 4
  %124 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %123, i8* %124, i64 4, i1 false)
  %125 = load i32, i32* %closure, align 4
  %126 = zext i32 %125 to i64
  %127 = add i64 %126, 4
  %128 = add i64 %127, 4
  %129 = icmp uge i64 %127, %scratch_start
  %130 = load i64, i64* %highEnd, align 8
  %131 = icmp ule i64 %128, %130
  %132 = and i1 %129, %131
  br i1 %132, label %write.ok10, label %write.low8

ok6:                                              ; preds = %write.slow
  %133 = icmp ult i64 %105, %scratch_start
  %134 = load i64, i64* %lowEnd, align 8
  %135 = load i64, i64* %highEnd, align 8
  %136 = call i64 @llvm.umax.i64(i64 %134, i64 %106)
  %137 = select i1 %133, i64 %136, i64 %134
  store i64 %137, i64* %lowEnd, align 8
  %138 = call i64 @llvm.umax.i64(i64 %135, i64 %106)
  %139 = select i1 %133, i64 %135, i64 %138
  store i64 %139, i64* %highEnd, align 8
  %140 = load i64, i64* %lowStart, align 8
  %141 = call i64 @llvm.umin.i64(i64 %140, i64 %105)
  store i64 %141, i64* %lowStart, align 8
  br label %write.ok

write.low8:                                       ; preds = %write.ok
  %142 = load i64, i64* %lowStart, align 8
  %143 = icmp uge i64 %127, %142
  %144 = load i64, i64* %lowEnd, align 8
  %145 = icmp ule i64 %128, %144
  %146 = and i1 %143, %145
  br i1 %146, label %write.ok10, label %write.slow9

write.slow9:                                      ; preds = %write.low8
  %147 = icmp ugt i64 %128, %arena_size
  br i1 %147, label %trap17.site0, label %ok11

write.ok10:                                       ; preds = %ok11, %write.low8, %write.ok
  %148 = getelementptr i8, i8* %mem, i64 %127
  store i32 0, i32* %unaligned12, align 4
  %149 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %148, i8* %149, i64 4, i1 false)
  %150 = load i32, i32* %dict, align 4
  %151 = load i32, i32* %closure, align 4
  %152 = zext i32 %150 to i64
  %153 = add i64 %152, 4
  %154 = icmp uge i64 %152, %scratch_start
  %155 = load i64, i64* %highEnd, align 8
  %156 = icmp ule i64 %153, %155
  %157 = and i1 %154, %156
  br i1 %157, label %write.ok15, label %write.low13

ok11:                                             ; preds = %write.slow9
  %158 = icmp ult i64 %127, %scratch_start
  %159 = load i64, i64* %lowEnd, align 8
  %160 = load i64, i64* %highEnd, align 8
  %161 = call i64 @llvm.umax.i64(i64 %159, i64 %128)
  %162 = select i1 %158, i64 %161, i64 %159
  store i64 %162, i64* %lowEnd, align 8
  %163 = call i64 @llvm.umax.i64(i64 %160, i64 %128)
  %164 = select i1 %158, i64 %160, i64 %163
  store i64 %164, i64* %highEnd, align 8
  %165 = load i64, i64* %lowStart, align 8
  %166 = call i64 @llvm.umin.i64(i64 %165, i64 %127)
  store i64 %166, i64* %lowStart, align 8
  br label %write.ok10

write.low13:                                      ; preds = %write.ok10
  %167 = load i64, i64* %lowStart, align 8
  %168 = icmp uge i64 %152, %167
  %169 = load i64, i64* %lowEnd, align 8
  %170 = icmp ule i64 %153, %169
  %171 = and i1 %168, %170
  br i1 %171, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %172 = icmp ugt i64 %153, %arena_size
  br i1 %172, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %write.ok10
  %173 = getelementptr i8, i8* %mem, i64 %152
  store i32 %151, i32* %unaligned17, align 4
  %174 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %173, i8* %174, i64 4, i1 false)
  %175 = load i32, i32* %tickets, align 4
  store i32 %175, i32* %xs, align 4
  %176 = load i32, i32* %xs, align 4
  %177 = zext i32 %176 to i64
  %178 = add i64 %177, 4
  %179 = icmp ugt i64 %178, %arena_size
  br i1 %179, label %trap17.site0, label %ok19

ok16:                                             ; preds = %write.slow14
  %180 = icmp ult i64 %152, %scratch_start
  %181 = load i64, i64* %lowEnd, align 8
  %182 = load i64, i64* %highEnd, align 8
  %183 = call i64 @llvm.umax.i64(i64 %181, i64 %153)
  %184 = select i1 %180, i64 %183, i64 %181
  store i64 %184, i64* %lowEnd, align 8
  %185 = call i64 @llvm.umax.i64(i64 %182, i64 %153)
  %186 = select i1 %180, i64 %182, i64 %185
  store i64 %186, i64* %highEnd, align 8
  %187 = load i64, i64* %lowStart, align 8
  %188 = call i64 @llvm.umin.i64(i64 %187, i64 %152)
  store i64 %188, i64* %lowStart, align 8
  br label %write.ok15

e1:                                               ; preds = %write.ok51
  %189 = load i32, i32* %result18, align 4
  store i32 %189, i32* %routes, align 4
  %190 = load i32, i32* %dict, align 4
  %191 = load i32, i32* %routes, align 4
  %192 = zext i32 %190 to i64
  %193 = add i64 %192, 4
  %194 = add i64 %193, 4
  %195 = icmp uge i64 %193, %scratch_start
  %196 = load i64, i64* %highEnd, align 8
  %197 = icmp ule i64 %194, %196
  %198 = and i1 %195, %197
  br i1 %198, label %write.ok56, label %write.low54

ok19:                                             ; preds = %write.ok15
  %199 = getelementptr i8, i8* %mem, i64 %177
  %200 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %200, i8* %199, i64 4, i1 false)
  %201 = load i32, i32* %unaligned20, align 4
  %202 = zext i32 %201 to i64
  %203 = mul i64 %202, 4
  %204 = add i64 4, %203
  store i64 %204, i64* %size, align 8
  %205 = load i64, i64* %size, align 8
  %206 = icmp ugt i64 %205, 2147483647
  %207 = zext i1 %206 to i32
  %208 = icmp ne i32 %207, 0
  br i1 %208, label %then, label %else

then:                                             ; preds = %ok19
  br label %trap15.site5

else:                                             ; preds = %ok19
  br label %join

join:                                             ; preds = %else, %dead
  %209 = load i64, i64* %size, align 8
  %210 = trunc i64 %209 to i32
  %211 = zext i32 %210 to i64
  %212 = getelementptr i64, i64* %regs, i64 1
  %213 = getelementptr i64, i64* %regs, i64 2
  %214 = load i64, i64* %212, align 8
  %215 = add i64 %214, 3
  %216 = and i64 %215, -4
  %217 = add i64 %216, %211
  %218 = load i64, i64* %213, align 8
  %219 = icmp ugt i64 %217, %218
  br i1 %219, label %trap15.site5, label %ok21

trap15.site5:                                     ; preds = %join, %then
  %220 = load i64, i64* %lowStart, align 8
  %221 = getelementptr i64, i64* %regs, i64 6
  store i64 %220, i64* %221, align 8
  %222 = load i64, i64* %lowEnd, align 8
  %223 = getelementptr i64, i64* %regs, i64 7
  store i64 %222, i64* %223, align 8
  %224 = load i64, i64* %highEnd, align 8
  %225 = getelementptr i64, i64* %regs, i64 8
  store i64 %224, i64* %225, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok21:                                             ; preds = %join
  store i64 %217, i64* %212, align 8
  %226 = load i64, i64* %highEnd, align 8
  %227 = call i64 @llvm.umax.i64(i64 %226, i64 %217)
  store i64 %227, i64* %highEnd, align 8
  %228 = trunc i64 %216 to i32
  store i32 %228, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %229 = load i32, i32* %xs, align 4
  %230 = zext i32 %229 to i64
  %231 = add i64 %230, 4
  %232 = icmp ugt i64 %231, %arena_size
  br i1 %232, label %trap17.site0, label %ok22

ok22:                                             ; preds = %ok21
  %233 = getelementptr i8, i8* %mem, i64 %230
  %234 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %234, i8* %233, i64 4, i1 false)
  %235 = load i32, i32* %unaligned23, align 4
  store i32 %235, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead48, %ok24
  %236 = load i32, i32* %list, align 4
  %237 = load i32, i32* %len, align 4
  %238 = zext i32 %236 to i64
  %239 = add i64 %238, 4
  %240 = icmp uge i64 %238, %scratch_start
  %241 = load i64, i64* %highEnd, align 8
  %242 = icmp ule i64 %239, %241
  %243 = and i1 %240, %242
  br i1 %243, label %write.ok51, label %write.low49

each4:                                            ; preds = %write.ok45, %ok22
  %244 = load i64, i64* %fuel, align 8
  %245 = icmp ult i64 %244, 1
  br i1 %245, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each4
  %246 = sub i64 %244, 1
  store i64 %246, i64* %fuel, align 8
  %247 = load i32, i32* %k, align 4
  %248 = load i32, i32* %n, align 4
  %249 = icmp uge i32 %247, %248
  %250 = zext i1 %249 to i32
  %251 = icmp ne i32 %250, 0
  br i1 %251, label %block3, label %cont

cont:                                             ; preds = %ok24
  %252 = load i32, i32* %xs, align 4
  %253 = load i32, i32* %k, align 4
  %254 = mul i32 %253, 4
  %255 = add i32 %252, %254
  %256 = zext i32 %255 to i64
  %257 = add i64 %256, 4
  %258 = add i64 %257, 4
  %259 = icmp ugt i64 %258, %arena_size
  br i1 %259, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %260 = getelementptr i8, i8* %mem, i64 %257
  %261 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %261, i8* %260, i64 4, i1 false)
  %262 = load i32, i32* %unaligned26, align 4
  store i32 %262, i32* %x, align 4
  %263 = load i32, i32* %x, align 4
  store i32 %263, i32* %t, align 4
  %264 = load i32, i32* %list, align 4
  %265 = load i32, i32* %len, align 4
  %266 = mul i32 %265, 4
  %267 = add i32 %264, %266
  %268 = getelementptr i64, i64* %regs, i64 1
  %269 = getelementptr i64, i64* %regs, i64 2
  %270 = load i64, i64* %268, align 8
  %271 = add i64 %270, 7
  %272 = and i64 %271, -8
  %273 = add i64 %272, 8
  %274 = load i64, i64* %269, align 8
  %275 = icmp ugt i64 %273, %274
  br i1 %275, label %trap15.site6, label %ok28

e5:                                               ; preds = %write.ok40
  %276 = load i32, i32* %result27, align 4
  %277 = zext i32 %267 to i64
  %278 = add i64 %277, 4
  %279 = add i64 %278, 4
  %280 = icmp uge i64 %278, %scratch_start
  %281 = load i64, i64* %highEnd, align 8
  %282 = icmp ule i64 %279, %281
  %283 = and i1 %280, %282
  br i1 %283, label %write.ok45, label %write.low43

ok28:                                             ; preds = %ok25
  store i64 %273, i64* %268, align 8
  %284 = load i64, i64* %highEnd, align 8
  %285 = call i64 @llvm.umax.i64(i64 %284, i64 %273)
  store i64 %285, i64* %highEnd, align 8
  %286 = trunc i64 %272 to i32
  store i32 %286, i32* %dict.1, align 4
  %287 = load i32, i32* %t, align 4
  %288 = zext i32 %287 to i64
  %289 = add i64 %288, 4
  %290 = icmp ugt i64 %289, %arena_size
  br i1 %290, label %trap17.site7, label %ok29

trap15.site6:                                     ; preds = %ok25
  %291 = load i64, i64* %lowStart, align 8
  %292 = getelementptr i64, i64* %regs, i64 6
  store i64 %291, i64* %292, align 8
  %293 = load i64, i64* %lowEnd, align 8
  %294 = getelementptr i64, i64* %regs, i64 7
  store i64 %293, i64* %294, align 8
  %295 = load i64, i64* %highEnd, align 8
  %296 = getelementptr i64, i64* %regs, i64 8
  store i64 %295, i64* %296, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

ok29:                                             ; preds = %ok28
  %297 = getelementptr i8, i8* %mem, i64 %288
  %298 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %298, i8* %297, i64 4, i1 false)
  %299 = load i32, i32* %unaligned30, align 4
  store i32 %299, i32* %id, align 4
  %300 = load i32, i32* %dict.1, align 4
  %301 = load i32, i32* %id, align 4
  %302 = zext i32 %300 to i64
  %303 = add i64 %302, 4
  %304 = icmp uge i64 %302, %scratch_start
  %305 = load i64, i64* %highEnd, align 8
  %306 = icmp ule i64 %303, %305
  %307 = and i1 %304, %306
  br i1 %307, label %write.ok33, label %write.low31

trap17.site7:                                     ; preds = %ok28
  %308 = load i64, i64* %lowStart, align 8
  %309 = getelementptr i64, i64* %regs, i64 6
  store i64 %308, i64* %309, align 8
  %310 = load i64, i64* %lowEnd, align 8
  %311 = getelementptr i64, i64* %regs, i64 7
  store i64 %310, i64* %311, align 8
  %312 = load i64, i64* %highEnd, align 8
  %313 = getelementptr i64, i64* %regs, i64 8
  store i64 %312, i64* %313, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

write.low31:                                      ; preds = %ok29
  %314 = load i64, i64* %lowStart, align 8
  %315 = icmp uge i64 %302, %314
  %316 = load i64, i64* %lowEnd, align 8
  %317 = icmp ule i64 %303, %316
  %318 = and i1 %315, %317
  br i1 %318, label %write.ok33, label %write.slow32

write.slow32:                                     ; preds = %write.low31
  %319 = icmp ugt i64 %303, %arena_size
  br i1 %319, label %trap17.site0, label %ok34

write.ok33:                                       ; preds = %ok34, %write.low31, %ok29
  %320 = getelementptr i8, i8* %mem, i64 %302
  store i32 %301, i32* %unaligned35, align 4
  %321 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %320, i8* %321, i64 4, i1 false)
  %322 = load i32, i32* %t, align 4
  %323 = icmp uge i32 %depth, 1000
  br i1 %323, label %trap15.site8, label %ok36

ok34:                                             ; preds = %write.slow32
  %324 = icmp ult i64 %302, %scratch_start
  %325 = load i64, i64* %lowEnd, align 8
  %326 = load i64, i64* %highEnd, align 8
  %327 = call i64 @llvm.umax.i64(i64 %325, i64 %303)
  %328 = select i1 %324, i64 %327, i64 %325
  store i64 %328, i64* %lowEnd, align 8
  %329 = call i64 @llvm.umax.i64(i64 %326, i64 %303)
  %330 = select i1 %324, i64 %326, i64 %329
  store i64 %330, i64* %highEnd, align 8
  %331 = load i64, i64* %lowStart, align 8
  %332 = call i64 @llvm.umin.i64(i64 %331, i64 %302)
  store i64 %332, i64* %lowStart, align 8
  br label %write.ok33

ok36:                                             ; preds = %write.ok33
  %333 = icmp ult i64 %10, %stack_limit
  br i1 %333, label %trap253.site0, label %stack_ok37

trap15.site8:                                     ; preds = %write.ok33
  %334 = load i64, i64* %lowStart, align 8
  %335 = getelementptr i64, i64* %regs, i64 6
  store i64 %334, i64* %335, align 8
  %336 = load i64, i64* %lowEnd, align 8
  %337 = getelementptr i64, i64* %regs, i64 7
  store i64 %336, i64* %337, align 8
  %338 = load i64, i64* %highEnd, align 8
  %339 = getelementptr i64, i64* %regs, i64 8
  store i64 %338, i64* %339, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok37:                                       ; preds = %ok36
  %340 = load i64, i64* %fuel, align 8
  %341 = getelementptr i64, i64* %regs, i64 0
  store i64 %340, i64* %341, align 8
  %342 = load i64, i64* %lowStart, align 8
  %343 = getelementptr i64, i64* %regs, i64 6
  store i64 %342, i64* %343, align 8
  %344 = load i64, i64* %lowEnd, align 8
  %345 = getelementptr i64, i64* %regs, i64 7
  store i64 %344, i64* %345, align 8
  %346 = load i64, i64* %highEnd, align 8
  %347 = getelementptr i64, i64* %regs, i64 8
  store i64 %346, i64* %347, align 8
  %348 = add i32 %depth, 1
  %349 = call i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %348, i32 0, i32 %322)
  %350 = getelementptr i64, i64* %regs, i64 0
  %351 = load i64, i64* %350, align 8
  store i64 %351, i64* %fuel, align 8
  %352 = getelementptr i64, i64* %regs, i64 6
  %353 = load i64, i64* %352, align 8
  store i64 %353, i64* %lowStart, align 8
  %354 = getelementptr i64, i64* %regs, i64 7
  %355 = load i64, i64* %354, align 8
  store i64 %355, i64* %lowEnd, align 8
  %356 = getelementptr i64, i64* %regs, i64 8
  %357 = load i64, i64* %356, align 8
  store i64 %357, i64* %highEnd, align 8
  store i32 %349, i32* %decision, align 4
  %358 = load i32, i32* %dict.1, align 4
  %359 = load i32, i32* %decision, align 4
  %360 = zext i32 %358 to i64
  %361 = add i64 %360, 4
  %362 = add i64 %361, 4
  %363 = icmp uge i64 %361, %scratch_start
  %364 = load i64, i64* %highEnd, align 8
  %365 = icmp ule i64 %362, %364
  %366 = and i1 %363, %365
  br i1 %366, label %write.ok40, label %write.low38

write.low38:                                      ; preds = %stack_ok37
  %367 = load i64, i64* %lowStart, align 8
  %368 = icmp uge i64 %361, %367
  %369 = load i64, i64* %lowEnd, align 8
  %370 = icmp ule i64 %362, %369
  %371 = and i1 %368, %370
  br i1 %371, label %write.ok40, label %write.slow39

write.slow39:                                     ; preds = %write.low38
  %372 = icmp ugt i64 %362, %arena_size
  br i1 %372, label %trap17.site0, label %ok41

write.ok40:                                       ; preds = %ok41, %write.low38, %stack_ok37
  %373 = getelementptr i8, i8* %mem, i64 %361
  store i32 %359, i32* %unaligned42, align 4
  %374 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %373, i8* %374, i64 4, i1 false)
  %375 = load i32, i32* %dict.1, align 4
  store i32 %375, i32* %result27, align 4
  br label %e5

ok41:                                             ; preds = %write.slow39
  %376 = icmp ult i64 %361, %scratch_start
  %377 = load i64, i64* %lowEnd, align 8
  %378 = load i64, i64* %highEnd, align 8
  %379 = call i64 @llvm.umax.i64(i64 %377, i64 %362)
  %380 = select i1 %376, i64 %379, i64 %377
  store i64 %380, i64* %lowEnd, align 8
  %381 = call i64 @llvm.umax.i64(i64 %378, i64 %362)
  %382 = select i1 %376, i64 %378, i64 %381
  store i64 %382, i64* %highEnd, align 8
  %383 = load i64, i64* %lowStart, align 8
  %384 = call i64 @llvm.umin.i64(i64 %383, i64 %361)
  store i64 %384, i64* %lowStart, align 8
  br label %write.ok40

write.low43:                                      ; preds = %e5
  %385 = load i64, i64* %lowStart, align 8
  %386 = icmp uge i64 %278, %385
  %387 = load i64, i64* %lowEnd, align 8
  %388 = icmp ule i64 %279, %387
  %389 = and i1 %386, %388
  br i1 %389, label %write.ok45, label %write.slow44

write.slow44:                                     ; preds = %write.low43
  %390 = icmp ugt i64 %279, %arena_size
  br i1 %390, label %trap17.site0, label %ok46

write.ok45:                                       ; preds = %ok46, %write.low43, %e5
  %391 = getelementptr i8, i8* %mem, i64 %278
  store i32 %276, i32* %unaligned47, align 4
  %392 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %391, i8* %392, i64 4, i1 false)
  %393 = load i32, i32* %len, align 4
  %394 = add i32 %393, 1
  store i32 %394, i32* %len, align 4
  %395 = load i32, i32* %k, align 4
  %396 = add i32 %395, 1
  store i32 %396, i32* %k, align 4
  br label %each4

ok46:                                             ; preds = %write.slow44
  %397 = icmp ult i64 %278, %scratch_start
  %398 = load i64, i64* %lowEnd, align 8
  %399 = load i64, i64* %highEnd, align 8
  %400 = call i64 @llvm.umax.i64(i64 %398, i64 %279)
  %401 = select i1 %397, i64 %400, i64 %398
  store i64 %401, i64* %lowEnd, align 8
  %402 = call i64 @llvm.umax.i64(i64 %399, i64 %279)
  %403 = select i1 %397, i64 %399, i64 %402
  store i64 %403, i64* %highEnd, align 8
  %404 = load i64, i64* %lowStart, align 8
  %405 = call i64 @llvm.umin.i64(i64 %404, i64 %278)
  store i64 %405, i64* %lowStart, align 8
  br label %write.ok45

dead48:                                           ; No predecessors!
  br label %block3

write.low49:                                      ; preds = %block3
  %406 = load i64, i64* %lowStart, align 8
  %407 = icmp uge i64 %238, %406
  %408 = load i64, i64* %lowEnd, align 8
  %409 = icmp ule i64 %239, %408
  %410 = and i1 %407, %409
  br i1 %410, label %write.ok51, label %write.slow50

write.slow50:                                     ; preds = %write.low49
  %411 = icmp ugt i64 %239, %arena_size
  br i1 %411, label %trap17.site0, label %ok52

write.ok51:                                       ; preds = %ok52, %write.low49, %block3
  %412 = getelementptr i8, i8* %mem, i64 %238
  store i32 %237, i32* %unaligned53, align 4
  %413 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %412, i8* %413, i64 4, i1 false)
  %414 = load i32, i32* %list, align 4
  store i32 %414, i32* %result18, align 4
  br label %e1

ok52:                                             ; preds = %write.slow50
  %415 = icmp ult i64 %238, %scratch_start
  %416 = load i64, i64* %lowEnd, align 8
  %417 = load i64, i64* %highEnd, align 8
  %418 = call i64 @llvm.umax.i64(i64 %416, i64 %239)
  %419 = select i1 %415, i64 %418, i64 %416
  store i64 %419, i64* %lowEnd, align 8
  %420 = call i64 @llvm.umax.i64(i64 %417, i64 %239)
  %421 = select i1 %415, i64 %417, i64 %420
  store i64 %421, i64* %highEnd, align 8
  %422 = load i64, i64* %lowStart, align 8
  %423 = call i64 @llvm.umin.i64(i64 %422, i64 %238)
  store i64 %423, i64* %lowStart, align 8
  br label %write.ok51

write.low54:                                      ; preds = %e1
  %424 = load i64, i64* %lowStart, align 8
  %425 = icmp uge i64 %193, %424
  %426 = load i64, i64* %lowEnd, align 8
  %427 = icmp ule i64 %194, %426
  %428 = and i1 %425, %427
  br i1 %428, label %write.ok56, label %write.slow55

write.slow55:                                     ; preds = %write.low54
  %429 = icmp ugt i64 %194, %arena_size
  br i1 %429, label %trap17.site0, label %ok57

write.ok56:                                       ; preds = %ok57, %write.low54, %e1
  %430 = getelementptr i8, i8* %mem, i64 %193
  store i32 %191, i32* %unaligned58, align 4
  %431 = bitcast i32* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %430, i8* %431, i64 4, i1 false)
  %432 = load i32, i32* %tickets, align 4
  store i32 %432, i32* %xs.1, align 4
  %433 = load i32, i32* %xs.1, align 4
  %434 = zext i32 %433 to i64
  %435 = add i64 %434, 4
  %436 = icmp ugt i64 %435, %arena_size
  br i1 %436, label %trap17.site0, label %ok61

ok57:                                             ; preds = %write.slow55
  %437 = icmp ult i64 %193, %scratch_start
  %438 = load i64, i64* %lowEnd, align 8
  %439 = load i64, i64* %highEnd, align 8
  %440 = call i64 @llvm.umax.i64(i64 %438, i64 %194)
  %441 = select i1 %437, i64 %440, i64 %438
  store i64 %441, i64* %lowEnd, align 8
  %442 = call i64 @llvm.umax.i64(i64 %439, i64 %194)
  %443 = select i1 %437, i64 %439, i64 %442
  store i64 %443, i64* %highEnd, align 8
  %444 = load i64, i64* %lowStart, align 8
  %445 = call i64 @llvm.umin.i64(i64 %444, i64 %193)
  store i64 %445, i64* %lowStart, align 8
  br label %write.ok56

e10:                                              ; preds = %write.ok120
  %446 = load i32, i32* %result59, align 4
  store i32 %446, i32* %escalated, align 4
  %447 = load i32, i32* %dict, align 4
  %448 = load i32, i32* %escalated, align 4
  %449 = zext i32 %447 to i64
  %450 = add i64 %449, 8
  %451 = add i64 %450, 4
  %452 = icmp uge i64 %450, %scratch_start
  %453 = load i64, i64* %highEnd, align 8
  %454 = icmp ule i64 %451, %453
  %455 = and i1 %452, %454
  br i1 %455, label %write.ok125, label %write.low123

e11:                                              ; preds = %write.ok94
  %456 = load i32, i32* %result60, align 4
  store i32 %456, i32* %xs.2, align 4
  %457 = load i32, i32* %xs.2, align 4
  %458 = zext i32 %457 to i64
  %459 = add i64 %458, 4
  %460 = icmp ugt i64 %459, %arena_size
  br i1 %460, label %trap17.site0, label %ok97

ok61:                                             ; preds = %write.ok56
  %461 = getelementptr i8, i8* %mem, i64 %434
  %462 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %462, i8* %461, i64 4, i1 false)
  %463 = load i32, i32* %unaligned62, align 4
  %464 = zext i32 %463 to i64
  %465 = mul i64 %464, 4
  %466 = add i64 4, %465
  store i64 %466, i64* %size.1, align 8
  %467 = load i64, i64* %size.1, align 8
  %468 = icmp ugt i64 %467, 2147483647
  %469 = zext i1 %468 to i32
  %470 = icmp ne i32 %469, 0
  br i1 %470, label %then63, label %else64

then63:                                           ; preds = %ok61
  br label %trap15.site10

else64:                                           ; preds = %ok61
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %471 = load i64, i64* %size.1, align 8
  %472 = trunc i64 %471 to i32
  %473 = zext i32 %472 to i64
  %474 = getelementptr i64, i64* %regs, i64 1
  %475 = getelementptr i64, i64* %regs, i64 2
  %476 = load i64, i64* %474, align 8
  %477 = add i64 %476, 3
  %478 = and i64 %477, -4
  %479 = add i64 %478, %473
  %480 = load i64, i64* %475, align 8
  %481 = icmp ugt i64 %479, %480
  br i1 %481, label %trap15.site10, label %ok67

trap15.site10:                                    ; preds = %join65, %then63
  %482 = load i64, i64* %lowStart, align 8
  %483 = getelementptr i64, i64* %regs, i64 6
  store i64 %482, i64* %483, align 8
  %484 = load i64, i64* %lowEnd, align 8
  %485 = getelementptr i64, i64* %regs, i64 7
  store i64 %484, i64* %485, align 8
  %486 = load i64, i64* %highEnd, align 8
  %487 = getelementptr i64, i64* %regs, i64 8
  store i64 %486, i64* %487, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead66:                                           ; No predecessors!
  br label %join65

ok67:                                             ; preds = %join65
  store i64 %479, i64* %474, align 8
  %488 = load i64, i64* %highEnd, align 8
  %489 = call i64 @llvm.umax.i64(i64 %488, i64 %479)
  store i64 %489, i64* %highEnd, align 8
  %490 = trunc i64 %478 to i32
  store i32 %490, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %491 = load i32, i32* %xs.1, align 4
  %492 = zext i32 %491 to i64
  %493 = add i64 %492, 4
  %494 = icmp ugt i64 %493, %arena_size
  br i1 %494, label %trap17.site0, label %ok68

ok68:                                             ; preds = %ok67
  %495 = getelementptr i8, i8* %mem, i64 %492
  %496 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %496, i8* %495, i64 4, i1 false)
  %497 = load i32, i32* %unaligned69, align 4
  store i32 %497, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead91, %ok70
  %498 = load i32, i32* %list.1, align 4
  %499 = load i32, i32* %len.1, align 4
  %500 = zext i32 %498 to i64
  %501 = add i64 %500, 4
  %502 = icmp uge i64 %500, %scratch_start
  %503 = load i64, i64* %highEnd, align 8
  %504 = icmp ule i64 %501, %503
  %505 = and i1 %502, %504
  br i1 %505, label %write.ok94, label %write.low92

each14:                                           ; preds = %join85, %ok68
  %506 = load i64, i64* %fuel, align 8
  %507 = icmp ult i64 %506, 1
  br i1 %507, label %trap14.site0, label %ok70

ok70:                                             ; preds = %each14
  %508 = sub i64 %506, 1
  store i64 %508, i64* %fuel, align 8
  %509 = load i32, i32* %k.1, align 4
  %510 = load i32, i32* %n.1, align 4
  %511 = icmp uge i32 %509, %510
  %512 = zext i1 %511 to i32
  %513 = icmp ne i32 %512, 0
  br i1 %513, label %block13, label %cont71

cont71:                                           ; preds = %ok70
  %514 = load i32, i32* %xs.1, align 4
  %515 = load i32, i32* %k.1, align 4
  %516 = mul i32 %515, 4
  %517 = add i32 %514, %516
  %518 = zext i32 %517 to i64
  %519 = add i64 %518, 4
  %520 = add i64 %519, 4
  %521 = icmp ugt i64 %520, %arena_size
  br i1 %521, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont71
  %522 = getelementptr i8, i8* %mem, i64 %519
  %523 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %523, i8* %522, i64 4, i1 false)
  %524 = load i32, i32* %unaligned73, align 4
  store i32 %524, i32* %x.1, align 4
  %525 = load i32, i32* %x.1, align 4
  store i32 %525, i32* %t.1, align 4
  %526 = load i32, i32* %t.1, align 4
  %527 = icmp uge i32 %depth, 1000
  br i1 %527, label %trap15.site11, label %ok75

e15:                                              ; preds = %match18
  %528 = load i32, i32* %result74, align 4
  %529 = icmp ne i32 %528, 0
  br i1 %529, label %then83, label %else84

ok75:                                             ; preds = %ok72
  %530 = icmp ult i64 %10, %stack_limit
  br i1 %530, label %trap253.site0, label %stack_ok76

trap15.site11:                                    ; preds = %ok72
  %531 = load i64, i64* %lowStart, align 8
  %532 = getelementptr i64, i64* %regs, i64 6
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %lowEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 7
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %highEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 8
  store i64 %535, i64* %536, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok76:                                       ; preds = %ok75
  %537 = load i64, i64* %fuel, align 8
  %538 = getelementptr i64, i64* %regs, i64 0
  store i64 %537, i64* %538, align 8
  %539 = load i64, i64* %lowStart, align 8
  %540 = getelementptr i64, i64* %regs, i64 6
  store i64 %539, i64* %540, align 8
  %541 = load i64, i64* %lowEnd, align 8
  %542 = getelementptr i64, i64* %regs, i64 7
  store i64 %541, i64* %542, align 8
  %543 = load i64, i64* %highEnd, align 8
  %544 = getelementptr i64, i64* %regs, i64 8
  store i64 %543, i64* %544, align 8
  %545 = add i32 %depth, 1
  %546 = call i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %545, i32 0, i32 %526)
  %547 = getelementptr i64, i64* %regs, i64 0
  %548 = load i64, i64* %547, align 8
  store i64 %548, i64* %fuel, align 8
  %549 = getelementptr i64, i64* %regs, i64 6
  %550 = load i64, i64* %549, align 8
  store i64 %550, i64* %lowStart, align 8
  %551 = getelementptr i64, i64* %regs, i64 7
  %552 = load i64, i64* %551, align 8
  store i64 %552, i64* %lowEnd, align 8
  %553 = getelementptr i64, i64* %regs, i64 8
  %554 = load i64, i64* %553, align 8
  store i64 %554, i64* %highEnd, align 8
  store i32 %546, i32* %scrut, align 4
  %555 = load i32, i32* %scrut, align 4
  %556 = zext i32 %555 to i64
  %557 = add i64 %556, 1
  %558 = icmp ugt i64 %557, %arena_size
  br i1 %558, label %trap17.site0, label %ok78

match18:                                          ; preds = %join81, %then79
  %559 = load i32, i32* %result77, align 4
  store i32 %559, i32* %result74, align 4
  br label %e15

ok78:                                             ; preds = %stack_ok76
  %560 = getelementptr i8, i8* %mem, i64 %556
  %561 = load i8, i8* %560, align 1
  %562 = zext i8 %561 to i32
  %563 = icmp eq i32 %562, 1
  %564 = zext i1 %563 to i32
  %565 = icmp ne i32 %564, 0
  br i1 %565, label %then79, label %else80

then79:                                           ; preds = %ok78
  store i32 1, i32* %result77, align 4
  br label %match18

else80:                                           ; preds = %ok78
  br label %join81

join81:                                           ; preds = %else80, %dead82
  store i32 0, i32* %result77, align 4
  br label %match18

dead82:                                           ; No predecessors!
  br label %join81

then83:                                           ; preds = %e15
  %566 = load i32, i32* %list.1, align 4
  %567 = load i32, i32* %len.1, align 4
  %568 = mul i32 %567, 4
  %569 = add i32 %566, %568
  %570 = load i32, i32* %x.1, align 4
  %571 = zext i32 %569 to i64
  %572 = add i64 %571, 4
  %573 = add i64 %572, 4
  %574 = icmp uge i64 %572, %scratch_start
  %575 = load i64, i64* %highEnd, align 8
  %576 = icmp ule i64 %573, %575
  %577 = and i1 %574, %576
  br i1 %577, label %write.ok88, label %write.low86

else84:                                           ; preds = %e15
  br label %join85

join85:                                           ; preds = %else84, %write.ok88
  %578 = load i32, i32* %k.1, align 4
  %579 = add i32 %578, 1
  store i32 %579, i32* %k.1, align 4
  br label %each14

write.low86:                                      ; preds = %then83
  %580 = load i64, i64* %lowStart, align 8
  %581 = icmp uge i64 %572, %580
  %582 = load i64, i64* %lowEnd, align 8
  %583 = icmp ule i64 %573, %582
  %584 = and i1 %581, %583
  br i1 %584, label %write.ok88, label %write.slow87

write.slow87:                                     ; preds = %write.low86
  %585 = icmp ugt i64 %573, %arena_size
  br i1 %585, label %trap17.site0, label %ok89

write.ok88:                                       ; preds = %ok89, %write.low86, %then83
  %586 = getelementptr i8, i8* %mem, i64 %572
  store i32 %570, i32* %unaligned90, align 4
  %587 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %586, i8* %587, i64 4, i1 false)
  %588 = load i32, i32* %len.1, align 4
  %589 = add i32 %588, 1
  store i32 %589, i32* %len.1, align 4
  br label %join85

ok89:                                             ; preds = %write.slow87
  %590 = icmp ult i64 %572, %scratch_start
  %591 = load i64, i64* %lowEnd, align 8
  %592 = load i64, i64* %highEnd, align 8
  %593 = call i64 @llvm.umax.i64(i64 %591, i64 %573)
  %594 = select i1 %590, i64 %593, i64 %591
  store i64 %594, i64* %lowEnd, align 8
  %595 = call i64 @llvm.umax.i64(i64 %592, i64 %573)
  %596 = select i1 %590, i64 %592, i64 %595
  store i64 %596, i64* %highEnd, align 8
  %597 = load i64, i64* %lowStart, align 8
  %598 = call i64 @llvm.umin.i64(i64 %597, i64 %572)
  store i64 %598, i64* %lowStart, align 8
  br label %write.ok88

dead91:                                           ; No predecessors!
  br label %block13

write.low92:                                      ; preds = %block13
  %599 = load i64, i64* %lowStart, align 8
  %600 = icmp uge i64 %500, %599
  %601 = load i64, i64* %lowEnd, align 8
  %602 = icmp ule i64 %501, %601
  %603 = and i1 %600, %602
  br i1 %603, label %write.ok94, label %write.slow93

write.slow93:                                     ; preds = %write.low92
  %604 = icmp ugt i64 %501, %arena_size
  br i1 %604, label %trap17.site0, label %ok95

write.ok94:                                       ; preds = %ok95, %write.low92, %block13
  %605 = getelementptr i8, i8* %mem, i64 %500
  store i32 %499, i32* %unaligned96, align 4
  %606 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %605, i8* %606, i64 4, i1 false)
  %607 = load i32, i32* %list.1, align 4
  store i32 %607, i32* %result60, align 4
  br label %e11

ok95:                                             ; preds = %write.slow93
  %608 = icmp ult i64 %500, %scratch_start
  %609 = load i64, i64* %lowEnd, align 8
  %610 = load i64, i64* %highEnd, align 8
  %611 = call i64 @llvm.umax.i64(i64 %609, i64 %501)
  %612 = select i1 %608, i64 %611, i64 %609
  store i64 %612, i64* %lowEnd, align 8
  %613 = call i64 @llvm.umax.i64(i64 %610, i64 %501)
  %614 = select i1 %608, i64 %610, i64 %613
  store i64 %614, i64* %highEnd, align 8
  %615 = load i64, i64* %lowStart, align 8
  %616 = call i64 @llvm.umin.i64(i64 %615, i64 %500)
  store i64 %616, i64* %lowStart, align 8
  br label %write.ok94

ok97:                                             ; preds = %e11
  %617 = getelementptr i8, i8* %mem, i64 %458
  %618 = bitcast i32* %unaligned98 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %618, i8* %617, i64 4, i1 false)
  %619 = load i32, i32* %unaligned98, align 4
  %620 = zext i32 %619 to i64
  %621 = mul i64 %620, 4
  %622 = add i64 4, %621
  store i64 %622, i64* %size.2, align 8
  %623 = load i64, i64* %size.2, align 8
  %624 = icmp ugt i64 %623, 2147483647
  %625 = zext i1 %624 to i32
  %626 = icmp ne i32 %625, 0
  br i1 %626, label %then99, label %else100

then99:                                           ; preds = %ok97
  br label %trap15.site9

else100:                                          ; preds = %ok97
  br label %join101

join101:                                          ; preds = %else100, %dead102
  %627 = load i64, i64* %size.2, align 8
  %628 = trunc i64 %627 to i32
  %629 = zext i32 %628 to i64
  %630 = getelementptr i64, i64* %regs, i64 1
  %631 = getelementptr i64, i64* %regs, i64 2
  %632 = load i64, i64* %630, align 8
  %633 = add i64 %632, 3
  %634 = and i64 %633, -4
  %635 = add i64 %634, %629
  %636 = load i64, i64* %631, align 8
  %637 = icmp ugt i64 %635, %636
  br i1 %637, label %trap15.site9, label %ok103

trap15.site9:                                     ; preds = %join101, %then99
  %638 = load i64, i64* %lowStart, align 8
  %639 = getelementptr i64, i64* %regs, i64 6
  store i64 %638, i64* %639, align 8
  %640 = load i64, i64* %lowEnd, align 8
  %641 = getelementptr i64, i64* %regs, i64 7
  store i64 %640, i64* %641, align 8
  %642 = load i64, i64* %highEnd, align 8
  %643 = getelementptr i64, i64* %regs, i64 8
  store i64 %642, i64* %643, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead102:                                          ; No predecessors!
  br label %join101

ok103:                                            ; preds = %join101
  store i64 %635, i64* %630, align 8
  %644 = load i64, i64* %highEnd, align 8
  %645 = call i64 @llvm.umax.i64(i64 %644, i64 %635)
  store i64 %645, i64* %highEnd, align 8
  %646 = trunc i64 %634 to i32
  store i32 %646, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %647 = load i32, i32* %xs.2, align 4
  %648 = zext i32 %647 to i64
  %649 = add i64 %648, 4
  %650 = icmp ugt i64 %649, %arena_size
  br i1 %650, label %trap17.site0, label %ok104

ok104:                                            ; preds = %ok103
  %651 = getelementptr i8, i8* %mem, i64 %648
  %652 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %652, i8* %651, i64 4, i1 false)
  %653 = load i32, i32* %unaligned105, align 4
  store i32 %653, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each22

block21:                                          ; preds = %dead117, %ok106
  %654 = load i32, i32* %list.2, align 4
  %655 = load i32, i32* %len.2, align 4
  %656 = zext i32 %654 to i64
  %657 = add i64 %656, 4
  %658 = icmp uge i64 %656, %scratch_start
  %659 = load i64, i64* %highEnd, align 8
  %660 = icmp ule i64 %657, %659
  %661 = and i1 %658, %660
  br i1 %661, label %write.ok120, label %write.low118

each22:                                           ; preds = %write.ok114, %ok104
  %662 = load i64, i64* %fuel, align 8
  %663 = icmp ult i64 %662, 1
  br i1 %663, label %trap14.site0, label %ok106

ok106:                                            ; preds = %each22
  %664 = sub i64 %662, 1
  store i64 %664, i64* %fuel, align 8
  %665 = load i32, i32* %k.2, align 4
  %666 = load i32, i32* %n.2, align 4
  %667 = icmp uge i32 %665, %666
  %668 = zext i1 %667 to i32
  %669 = icmp ne i32 %668, 0
  br i1 %669, label %block21, label %cont107

cont107:                                          ; preds = %ok106
  %670 = load i32, i32* %xs.2, align 4
  %671 = load i32, i32* %k.2, align 4
  %672 = mul i32 %671, 4
  %673 = add i32 %670, %672
  %674 = zext i32 %673 to i64
  %675 = add i64 %674, 4
  %676 = add i64 %675, 4
  %677 = icmp ugt i64 %676, %arena_size
  br i1 %677, label %trap17.site0, label %ok108

ok108:                                            ; preds = %cont107
  %678 = getelementptr i8, i8* %mem, i64 %675
  %679 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %679, i8* %678, i64 4, i1 false)
  %680 = load i32, i32* %unaligned109, align 4
  store i32 %680, i32* %x.2, align 4
  %681 = load i32, i32* %x.2, align 4
  store i32 %681, i32* %t.2, align 4
  %682 = load i32, i32* %list.2, align 4
  %683 = load i32, i32* %len.2, align 4
  %684 = mul i32 %683, 4
  %685 = add i32 %682, %684
  %686 = load i32, i32* %t.2, align 4
  %687 = zext i32 %686 to i64
  %688 = add i64 %687, 4
  %689 = icmp ugt i64 %688, %arena_size
  br i1 %689, label %trap17.site12, label %ok110

ok110:                                            ; preds = %ok108
  %690 = getelementptr i8, i8* %mem, i64 %687
  %691 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %691, i8* %690, i64 4, i1 false)
  %692 = load i32, i32* %unaligned111, align 4
  %693 = zext i32 %685 to i64
  %694 = add i64 %693, 4
  %695 = add i64 %694, 4
  %696 = icmp uge i64 %694, %scratch_start
  %697 = load i64, i64* %highEnd, align 8
  %698 = icmp ule i64 %695, %697
  %699 = and i1 %696, %698
  br i1 %699, label %write.ok114, label %write.low112

trap17.site12:                                    ; preds = %ok108
  %700 = load i64, i64* %lowStart, align 8
  %701 = getelementptr i64, i64* %regs, i64 6
  store i64 %700, i64* %701, align 8
  %702 = load i64, i64* %lowEnd, align 8
  %703 = getelementptr i64, i64* %regs, i64 7
  store i64 %702, i64* %703, align 8
  %704 = load i64, i64* %highEnd, align 8
  %705 = getelementptr i64, i64* %regs, i64 8
  store i64 %704, i64* %705, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

write.low112:                                     ; preds = %ok110
  %706 = load i64, i64* %lowStart, align 8
  %707 = icmp uge i64 %694, %706
  %708 = load i64, i64* %lowEnd, align 8
  %709 = icmp ule i64 %695, %708
  %710 = and i1 %707, %709
  br i1 %710, label %write.ok114, label %write.slow113

write.slow113:                                    ; preds = %write.low112
  %711 = icmp ugt i64 %695, %arena_size
  br i1 %711, label %trap17.site0, label %ok115

write.ok114:                                      ; preds = %ok115, %write.low112, %ok110
  %712 = getelementptr i8, i8* %mem, i64 %694
  store i32 %692, i32* %unaligned116, align 4
  %713 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %712, i8* %713, i64 4, i1 false)
  %714 = load i32, i32* %len.2, align 4
  %715 = add i32 %714, 1
  store i32 %715, i32* %len.2, align 4
  %716 = load i32, i32* %k.2, align 4
  %717 = add i32 %716, 1
  store i32 %717, i32* %k.2, align 4
  br label %each22

ok115:                                            ; preds = %write.slow113
  %718 = icmp ult i64 %694, %scratch_start
  %719 = load i64, i64* %lowEnd, align 8
  %720 = load i64, i64* %highEnd, align 8
  %721 = call i64 @llvm.umax.i64(i64 %719, i64 %695)
  %722 = select i1 %718, i64 %721, i64 %719
  store i64 %722, i64* %lowEnd, align 8
  %723 = call i64 @llvm.umax.i64(i64 %720, i64 %695)
  %724 = select i1 %718, i64 %720, i64 %723
  store i64 %724, i64* %highEnd, align 8
  %725 = load i64, i64* %lowStart, align 8
  %726 = call i64 @llvm.umin.i64(i64 %725, i64 %694)
  store i64 %726, i64* %lowStart, align 8
  br label %write.ok114

dead117:                                          ; No predecessors!
  br label %block21

write.low118:                                     ; preds = %block21
  %727 = load i64, i64* %lowStart, align 8
  %728 = icmp uge i64 %656, %727
  %729 = load i64, i64* %lowEnd, align 8
  %730 = icmp ule i64 %657, %729
  %731 = and i1 %728, %730
  br i1 %731, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %732 = icmp ugt i64 %657, %arena_size
  br i1 %732, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %block21
  %733 = getelementptr i8, i8* %mem, i64 %656
  store i32 %655, i32* %unaligned122, align 4
  %734 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %733, i8* %734, i64 4, i1 false)
  %735 = load i32, i32* %list.2, align 4
  store i32 %735, i32* %result59, align 4
  br label %e10

ok121:                                            ; preds = %write.slow119
  %736 = icmp ult i64 %656, %scratch_start
  %737 = load i64, i64* %lowEnd, align 8
  %738 = load i64, i64* %highEnd, align 8
  %739 = call i64 @llvm.umax.i64(i64 %737, i64 %657)
  %740 = select i1 %736, i64 %739, i64 %737
  store i64 %740, i64* %lowEnd, align 8
  %741 = call i64 @llvm.umax.i64(i64 %738, i64 %657)
  %742 = select i1 %736, i64 %738, i64 %741
  store i64 %742, i64* %highEnd, align 8
  %743 = load i64, i64* %lowStart, align 8
  %744 = call i64 @llvm.umin.i64(i64 %743, i64 %656)
  store i64 %744, i64* %lowStart, align 8
  br label %write.ok120

write.low123:                                     ; preds = %e10
  %745 = load i64, i64* %lowStart, align 8
  %746 = icmp uge i64 %450, %745
  %747 = load i64, i64* %lowEnd, align 8
  %748 = icmp ule i64 %451, %747
  %749 = and i1 %746, %748
  br i1 %749, label %write.ok125, label %write.slow124

write.slow124:                                    ; preds = %write.low123
  %750 = icmp ugt i64 %451, %arena_size
  br i1 %750, label %trap17.site0, label %ok126

write.ok125:                                      ; preds = %ok126, %write.low123, %e10
  %751 = getelementptr i8, i8* %mem, i64 %450
  store i32 %448, i32* %unaligned127, align 4
  %752 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %751, i8* %752, i64 4, i1 false)
  %753 = load i32, i32* %tickets, align 4
  store i32 %753, i32* %xs.3, align 4
  %754 = load i32, i32* %xs.3, align 4
  %755 = zext i32 %754 to i64
  %756 = add i64 %755, 4
  %757 = icmp ugt i64 %756, %arena_size
  br i1 %757, label %trap17.site0, label %ok129

ok126:                                            ; preds = %write.slow124
  %758 = icmp ult i64 %450, %scratch_start
  %759 = load i64, i64* %lowEnd, align 8
  %760 = load i64, i64* %highEnd, align 8
  %761 = call i64 @llvm.umax.i64(i64 %759, i64 %451)
  %762 = select i1 %758, i64 %761, i64 %759
  store i64 %762, i64* %lowEnd, align 8
  %763 = call i64 @llvm.umax.i64(i64 %760, i64 %451)
  %764 = select i1 %758, i64 %760, i64 %763
  store i64 %764, i64* %highEnd, align 8
  %765 = load i64, i64* %lowStart, align 8
  %766 = call i64 @llvm.umin.i64(i64 %765, i64 %450)
  store i64 %766, i64* %lowStart, align 8
  br label %write.ok125

e25:                                              ; preds = %write.ok172
  %767 = load i32, i32* %result128, align 4
  store i32 %767, i32* %vip, align 4
  %768 = load i32, i32* %dict, align 4
  %769 = load i32, i32* %vip, align 4
  %770 = zext i32 %768 to i64
  %771 = add i64 %770, 12
  %772 = add i64 %771, 4
  %773 = icmp uge i64 %771, %scratch_start
  %774 = load i64, i64* %highEnd, align 8
  %775 = icmp ule i64 %772, %774
  %776 = and i1 %773, %775
  br i1 %776, label %write.ok177, label %write.low175

ok129:                                            ; preds = %write.ok125
  %777 = getelementptr i8, i8* %mem, i64 %755
  %778 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %778, i8* %777, i64 4, i1 false)
  %779 = load i32, i32* %unaligned130, align 4
  %780 = zext i32 %779 to i64
  %781 = mul i64 %780, 4
  %782 = add i64 4, %781
  store i64 %782, i64* %size.3, align 8
  %783 = load i64, i64* %size.3, align 8
  %784 = icmp ugt i64 %783, 2147483647
  %785 = zext i1 %784 to i32
  %786 = icmp ne i32 %785, 0
  br i1 %786, label %then131, label %else132

then131:                                          ; preds = %ok129
  br label %trap15.site13

else132:                                          ; preds = %ok129
  br label %join133

join133:                                          ; preds = %else132, %dead134
  %787 = load i64, i64* %size.3, align 8
  %788 = trunc i64 %787 to i32
  %789 = zext i32 %788 to i64
  %790 = getelementptr i64, i64* %regs, i64 1
  %791 = getelementptr i64, i64* %regs, i64 2
  %792 = load i64, i64* %790, align 8
  %793 = add i64 %792, 3
  %794 = and i64 %793, -4
  %795 = add i64 %794, %789
  %796 = load i64, i64* %791, align 8
  %797 = icmp ugt i64 %795, %796
  br i1 %797, label %trap15.site13, label %ok135

trap15.site13:                                    ; preds = %join133, %then131
  %798 = load i64, i64* %lowStart, align 8
  %799 = getelementptr i64, i64* %regs, i64 6
  store i64 %798, i64* %799, align 8
  %800 = load i64, i64* %lowEnd, align 8
  %801 = getelementptr i64, i64* %regs, i64 7
  store i64 %800, i64* %801, align 8
  %802 = load i64, i64* %highEnd, align 8
  %803 = getelementptr i64, i64* %regs, i64 8
  store i64 %802, i64* %803, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead134:                                          ; No predecessors!
  br label %join133

ok135:                                            ; preds = %join133
  store i64 %795, i64* %790, align 8
  %804 = load i64, i64* %highEnd, align 8
  %805 = call i64 @llvm.umax.i64(i64 %804, i64 %795)
  store i64 %805, i64* %highEnd, align 8
  %806 = trunc i64 %794 to i32
  store i32 %806, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %807 = load i32, i32* %xs.3, align 4
  %808 = zext i32 %807 to i64
  %809 = add i64 %808, 4
  %810 = icmp ugt i64 %809, %arena_size
  br i1 %810, label %trap17.site0, label %ok136

ok136:                                            ; preds = %ok135
  %811 = getelementptr i8, i8* %mem, i64 %808
  %812 = bitcast i32* %unaligned137 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %812, i8* %811, i64 4, i1 false)
  %813 = load i32, i32* %unaligned137, align 4
  store i32 %813, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each28

block27:                                          ; preds = %dead169, %ok138
  %814 = load i32, i32* %list.3, align 4
  %815 = load i32, i32* %len.3, align 4
  %816 = zext i32 %814 to i64
  %817 = add i64 %816, 4
  %818 = icmp uge i64 %816, %scratch_start
  %819 = load i64, i64* %highEnd, align 8
  %820 = icmp ule i64 %817, %819
  %821 = and i1 %818, %820
  br i1 %821, label %write.ok172, label %write.low170

each28:                                           ; preds = %join161, %ok136
  %822 = load i64, i64* %fuel, align 8
  %823 = icmp ult i64 %822, 1
  br i1 %823, label %trap14.site0, label %ok138

ok138:                                            ; preds = %each28
  %824 = sub i64 %822, 1
  store i64 %824, i64* %fuel, align 8
  %825 = load i32, i32* %k.3, align 4
  %826 = load i32, i32* %n.3, align 4
  %827 = icmp uge i32 %825, %826
  %828 = zext i1 %827 to i32
  %829 = icmp ne i32 %828, 0
  br i1 %829, label %block27, label %cont139

cont139:                                          ; preds = %ok138
  %830 = load i32, i32* %xs.3, align 4
  %831 = load i32, i32* %k.3, align 4
  %832 = mul i32 %831, 4
  %833 = add i32 %830, %832
  %834 = zext i32 %833 to i64
  %835 = add i64 %834, 4
  %836 = add i64 %835, 4
  %837 = icmp ugt i64 %836, %arena_size
  br i1 %837, label %trap17.site0, label %ok140

ok140:                                            ; preds = %cont139
  %838 = getelementptr i8, i8* %mem, i64 %835
  %839 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %839, i8* %838, i64 4, i1 false)
  %840 = load i32, i32* %unaligned141, align 4
  store i32 %840, i32* %x.3, align 4
  %841 = load i32, i32* %x.3, align 4
  store i32 %841, i32* %t.3, align 4
  %842 = load i32, i32* %t.3, align 4
  %843 = zext i32 %842 to i64
  %844 = add i64 %843, 24
  %845 = add i64 %844, 4
  %846 = icmp ugt i64 %845, %arena_size
  br i1 %846, label %trap17.site14, label %ok143

e29:                                              ; preds = %match32
  %847 = load i32, i32* %result142, align 4
  %848 = icmp ne i32 %847, 0
  br i1 %848, label %then159, label %else160

ok143:                                            ; preds = %ok140
  %849 = getelementptr i8, i8* %mem, i64 %844
  %850 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %850, i8* %849, i64 4, i1 false)
  %851 = load i32, i32* %unaligned144, align 4
  store i32 %851, i32* %scrut.1, align 4
  %852 = load i32, i32* %scrut.1, align 4
  %853 = icmp ne i32 %852, 0
  %854 = zext i1 %853 to i32
  %855 = icmp ne i32 %854, 0
  br i1 %855, label %then146, label %else147

trap17.site14:                                    ; preds = %ok140
  %856 = load i64, i64* %lowStart, align 8
  %857 = getelementptr i64, i64* %regs, i64 6
  store i64 %856, i64* %857, align 8
  %858 = load i64, i64* %lowEnd, align 8
  %859 = getelementptr i64, i64* %regs, i64 7
  store i64 %858, i64* %859, align 8
  %860 = load i64, i64* %highEnd, align 8
  %861 = getelementptr i64, i64* %regs, i64 8
  store i64 %860, i64* %861, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

match32:                                          ; preds = %dead158, %then154, %stack_ok152
  %862 = load i32, i32* %result145, align 4
  store i32 %862, i32* %result142, align 4
  br label %e29

then146:                                          ; preds = %ok143
  %863 = load i32, i32* %scrut.1, align 4
  %864 = zext i32 %863 to i64
  %865 = add i64 %864, 4
  %866 = icmp ugt i64 %865, %arena_size
  br i1 %866, label %trap17.site0, label %ok149

else147:                                          ; preds = %ok143
  br label %join148

join148:                                          ; preds = %else147, %dead153
  %867 = load i32, i32* %scrut.1, align 4
  %868 = icmp eq i32 %867, 0
  %869 = zext i1 %868 to i32
  %870 = icmp ne i32 %869, 0
  br i1 %870, label %then154, label %else155

ok149:                                            ; preds = %then146
  %871 = getelementptr i8, i8* %mem, i64 %864
  %872 = bitcast i32* %unaligned150 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %872, i8* %871, i64 4, i1 false)
  %873 = load i32, i32* %unaligned150, align 4
  store i32 %873, i32* %tier, align 4
  %874 = load i32, i32* %tier, align 4
  %875 = icmp uge i32 %depth, 1000
  br i1 %875, label %trap15.site0, label %ok151

ok151:                                            ; preds = %ok149
  %876 = icmp ult i64 %10, %stack_limit
  br i1 %876, label %trap253.site0, label %stack_ok152

trap15.site0:                                     ; preds = %e0, %ok149
  %877 = load i64, i64* %lowStart, align 8
  %878 = getelementptr i64, i64* %regs, i64 6
  store i64 %877, i64* %878, align 8
  %879 = load i64, i64* %lowEnd, align 8
  %880 = getelementptr i64, i64* %regs, i64 7
  store i64 %879, i64* %880, align 8
  %881 = load i64, i64* %highEnd, align 8
  %882 = getelementptr i64, i64* %regs, i64 8
  store i64 %881, i64* %882, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok152:                                      ; preds = %ok151
  %883 = load i64, i64* %fuel, align 8
  %884 = getelementptr i64, i64* %regs, i64 0
  store i64 %883, i64* %884, align 8
  %885 = load i64, i64* %lowStart, align 8
  %886 = getelementptr i64, i64* %regs, i64 6
  store i64 %885, i64* %886, align 8
  %887 = load i64, i64* %lowEnd, align 8
  %888 = getelementptr i64, i64* %regs, i64 7
  store i64 %887, i64* %888, align 8
  %889 = load i64, i64* %highEnd, align 8
  %890 = getelementptr i64, i64* %regs, i64 8
  store i64 %889, i64* %890, align 8
  %891 = add i32 %depth, 1
  %892 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %891, i32 %874, i32 8)
  %893 = getelementptr i64, i64* %regs, i64 0
  %894 = load i64, i64* %893, align 8
  store i64 %894, i64* %fuel, align 8
  %895 = getelementptr i64, i64* %regs, i64 6
  %896 = load i64, i64* %895, align 8
  store i64 %896, i64* %lowStart, align 8
  %897 = getelementptr i64, i64* %regs, i64 7
  %898 = load i64, i64* %897, align 8
  store i64 %898, i64* %lowEnd, align 8
  %899 = getelementptr i64, i64* %regs, i64 8
  %900 = load i64, i64* %899, align 8
  store i64 %900, i64* %highEnd, align 8
  store i32 %892, i32* %result145, align 4
  br label %match32

dead153:                                          ; No predecessors!
  br label %join148

then154:                                          ; preds = %join148
  store i32 0, i32* %result145, align 4
  br label %match32

else155:                                          ; preds = %join148
  br label %join156

join156:                                          ; preds = %else155, %dead157
  br label %trap5.site16

dead157:                                          ; No predecessors!
  br label %join156

trap5.site16:                                     ; preds = %join156
  %901 = load i64, i64* %lowStart, align 8
  %902 = getelementptr i64, i64* %regs, i64 6
  store i64 %901, i64* %902, align 8
  %903 = load i64, i64* %lowEnd, align 8
  %904 = getelementptr i64, i64* %regs, i64 7
  store i64 %903, i64* %904, align 8
  %905 = load i64, i64* %highEnd, align 8
  %906 = getelementptr i64, i64* %regs, i64 8
  store i64 %905, i64* %906, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 16)
  unreachable

dead158:                                          ; No predecessors!
  br label %match32

then159:                                          ; preds = %e29
  %907 = load i32, i32* %list.3, align 4
  %908 = load i32, i32* %len.3, align 4
  %909 = mul i32 %908, 4
  %910 = add i32 %907, %909
  %911 = load i32, i32* %t.3, align 4
  %912 = zext i32 %911 to i64
  %913 = add i64 %912, 4
  %914 = icmp ugt i64 %913, %arena_size
  br i1 %914, label %trap17.site17, label %ok162

else160:                                          ; preds = %e29
  br label %join161

join161:                                          ; preds = %else160, %write.ok166
  %915 = load i32, i32* %k.3, align 4
  %916 = add i32 %915, 1
  store i32 %916, i32* %k.3, align 4
  br label %each28

ok162:                                            ; preds = %then159
  %917 = getelementptr i8, i8* %mem, i64 %912
  %918 = bitcast i32* %unaligned163 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %918, i8* %917, i64 4, i1 false)
  %919 = load i32, i32* %unaligned163, align 4
  %920 = zext i32 %910 to i64
  %921 = add i64 %920, 4
  %922 = add i64 %921, 4
  %923 = icmp uge i64 %921, %scratch_start
  %924 = load i64, i64* %highEnd, align 8
  %925 = icmp ule i64 %922, %924
  %926 = and i1 %923, %925
  br i1 %926, label %write.ok166, label %write.low164

trap17.site17:                                    ; preds = %then159
  %927 = load i64, i64* %lowStart, align 8
  %928 = getelementptr i64, i64* %regs, i64 6
  store i64 %927, i64* %928, align 8
  %929 = load i64, i64* %lowEnd, align 8
  %930 = getelementptr i64, i64* %regs, i64 7
  store i64 %929, i64* %930, align 8
  %931 = load i64, i64* %highEnd, align 8
  %932 = getelementptr i64, i64* %regs, i64 8
  store i64 %931, i64* %932, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

write.low164:                                     ; preds = %ok162
  %933 = load i64, i64* %lowStart, align 8
  %934 = icmp uge i64 %921, %933
  %935 = load i64, i64* %lowEnd, align 8
  %936 = icmp ule i64 %922, %935
  %937 = and i1 %934, %936
  br i1 %937, label %write.ok166, label %write.slow165

write.slow165:                                    ; preds = %write.low164
  %938 = icmp ugt i64 %922, %arena_size
  br i1 %938, label %trap17.site0, label %ok167

write.ok166:                                      ; preds = %ok167, %write.low164, %ok162
  %939 = getelementptr i8, i8* %mem, i64 %921
  store i32 %919, i32* %unaligned168, align 4
  %940 = bitcast i32* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %939, i8* %940, i64 4, i1 false)
  %941 = load i32, i32* %len.3, align 4
  %942 = add i32 %941, 1
  store i32 %942, i32* %len.3, align 4
  br label %join161

ok167:                                            ; preds = %write.slow165
  %943 = icmp ult i64 %921, %scratch_start
  %944 = load i64, i64* %lowEnd, align 8
  %945 = load i64, i64* %highEnd, align 8
  %946 = call i64 @llvm.umax.i64(i64 %944, i64 %922)
  %947 = select i1 %943, i64 %946, i64 %944
  store i64 %947, i64* %lowEnd, align 8
  %948 = call i64 @llvm.umax.i64(i64 %945, i64 %922)
  %949 = select i1 %943, i64 %945, i64 %948
  store i64 %949, i64* %highEnd, align 8
  %950 = load i64, i64* %lowStart, align 8
  %951 = call i64 @llvm.umin.i64(i64 %950, i64 %921)
  store i64 %951, i64* %lowStart, align 8
  br label %write.ok166

dead169:                                          ; No predecessors!
  br label %block27

write.low170:                                     ; preds = %block27
  %952 = load i64, i64* %lowStart, align 8
  %953 = icmp uge i64 %816, %952
  %954 = load i64, i64* %lowEnd, align 8
  %955 = icmp ule i64 %817, %954
  %956 = and i1 %953, %955
  br i1 %956, label %write.ok172, label %write.slow171

write.slow171:                                    ; preds = %write.low170
  %957 = icmp ugt i64 %817, %arena_size
  br i1 %957, label %trap17.site0, label %ok173

write.ok172:                                      ; preds = %ok173, %write.low170, %block27
  %958 = getelementptr i8, i8* %mem, i64 %816
  store i32 %815, i32* %unaligned174, align 4
  %959 = bitcast i32* %unaligned174 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %958, i8* %959, i64 4, i1 false)
  %960 = load i32, i32* %list.3, align 4
  store i32 %960, i32* %result128, align 4
  br label %e25

ok173:                                            ; preds = %write.slow171
  %961 = icmp ult i64 %816, %scratch_start
  %962 = load i64, i64* %lowEnd, align 8
  %963 = load i64, i64* %highEnd, align 8
  %964 = call i64 @llvm.umax.i64(i64 %962, i64 %817)
  %965 = select i1 %961, i64 %964, i64 %962
  store i64 %965, i64* %lowEnd, align 8
  %966 = call i64 @llvm.umax.i64(i64 %963, i64 %817)
  %967 = select i1 %961, i64 %963, i64 %966
  store i64 %967, i64* %highEnd, align 8
  %968 = load i64, i64* %lowStart, align 8
  %969 = call i64 @llvm.umin.i64(i64 %968, i64 %816)
  store i64 %969, i64* %lowStart, align 8
  br label %write.ok172

write.low175:                                     ; preds = %e25
  %970 = load i64, i64* %lowStart, align 8
  %971 = icmp uge i64 %771, %970
  %972 = load i64, i64* %lowEnd, align 8
  %973 = icmp ule i64 %772, %972
  %974 = and i1 %971, %973
  br i1 %974, label %write.ok177, label %write.slow176

write.slow176:                                    ; preds = %write.low175
  %975 = icmp ugt i64 %772, %arena_size
  br i1 %975, label %trap17.site0, label %ok178

write.ok177:                                      ; preds = %ok178, %write.low175, %e25
  %976 = getelementptr i8, i8* %mem, i64 %771
  store i32 %769, i32* %unaligned179, align 4
  %977 = bitcast i32* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %976, i8* %977, i64 4, i1 false)
  %978 = load i32, i32* %dict, align 4
  store i32 %978, i32* %result3, align 4
  br label %e0

ok178:                                            ; preds = %write.slow176
  %979 = icmp ult i64 %771, %scratch_start
  %980 = load i64, i64* %lowEnd, align 8
  %981 = load i64, i64* %highEnd, align 8
  %982 = call i64 @llvm.umax.i64(i64 %980, i64 %772)
  %983 = select i1 %979, i64 %982, i64 %980
  store i64 %983, i64* %lowEnd, align 8
  %984 = call i64 @llvm.umax.i64(i64 %981, i64 %772)
  %985 = select i1 %979, i64 %981, i64 %984
  store i64 %985, i64* %highEnd, align 8
  %986 = load i64, i64* %lowStart, align 8
  %987 = call i64 @llvm.umin.i64(i64 %986, i64 %771)
  store i64 %987, i64* %lowStart, align 8
  br label %write.ok177

ok180:                                            ; preds = %e0
  %988 = icmp ult i64 %10, %stack_limit
  br i1 %988, label %trap253.site0, label %stack_ok181

stack_ok181:                                      ; preds = %ok180
  %989 = load i64, i64* %fuel, align 8
  %990 = getelementptr i64, i64* %regs, i64 0
  store i64 %989, i64* %990, align 8
  %991 = load i64, i64* %lowStart, align 8
  %992 = getelementptr i64, i64* %regs, i64 6
  store i64 %991, i64* %992, align 8
  %993 = load i64, i64* %lowEnd, align 8
  %994 = getelementptr i64, i64* %regs, i64 7
  store i64 %993, i64* %994, align 8
  %995 = load i64, i64* %highEnd, align 8
  %996 = getelementptr i64, i64* %regs, i64 8
  store i64 %995, i64* %996, align 8
  %997 = add i32 %depth, 1
  %998 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %997, i32 %81, i32 %82, i32 0)
  %999 = getelementptr i64, i64* %regs, i64 0
  %1000 = load i64, i64* %999, align 8
  store i64 %1000, i64* %fuel, align 8
  %1001 = getelementptr i64, i64* %regs, i64 6
  %1002 = load i64, i64* %1001, align 8
  store i64 %1002, i64* %lowStart, align 8
  %1003 = getelementptr i64, i64* %regs, i64 7
  %1004 = load i64, i64* %1003, align 8
  store i64 %1004, i64* %lowEnd, align 8
  %1005 = getelementptr i64, i64* %regs, i64 8
  %1006 = load i64, i64* %1005, align 8
  store i64 %1006, i64* %highEnd, align 8
  store i32 %998, i32* %json_end, align 4
  %1007 = load i32, i32* %json_end, align 4
  %1008 = icmp eq i32 %1007, -2
  %1009 = zext i1 %1008 to i32
  %1010 = icmp ne i32 %1009, 0
  br i1 %1010, label %then182, label %else183

then182:                                          ; preds = %stack_ok181
  br label %trap16.site3

else183:                                          ; preds = %stack_ok181
  br label %join184

join184:                                          ; preds = %else183, %dead185
  %1011 = load i32, i32* %json_end, align 4
  %1012 = icmp eq i32 %1011, -1
  %1013 = zext i1 %1012 to i32
  %1014 = icmp ne i32 %1013, 0
  br i1 %1014, label %then186, label %else187

trap16.site3:                                     ; preds = %then182
  %1015 = load i64, i64* %lowStart, align 8
  %1016 = getelementptr i64, i64* %regs, i64 6
  store i64 %1015, i64* %1016, align 8
  %1017 = load i64, i64* %lowEnd, align 8
  %1018 = getelementptr i64, i64* %regs, i64 7
  store i64 %1017, i64* %1018, align 8
  %1019 = load i64, i64* %highEnd, align 8
  %1020 = getelementptr i64, i64* %regs, i64 8
  store i64 %1019, i64* %1020, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead185:                                          ; No predecessors!
  br label %join184

then186:                                          ; preds = %join184
  br label %trap15.site3

else187:                                          ; preds = %join184
  br label %join188

join188:                                          ; preds = %else187, %dead189
  %1021 = load i32, i32* %json_end, align 4
  %1022 = zext i32 %1021 to i64
  %1023 = getelementptr i64, i64* %regs, i64 3
  store i64 %1022, i64* %1023, align 8
  %1024 = load i32, i32* %json_end, align 4
  %1025 = load i32, i32* %json_start, align 4
  %1026 = sub i32 %1024, %1025
  %1027 = load i64, i64* %fuel, align 8
  %1028 = getelementptr i64, i64* %regs, i64 0
  store i64 %1027, i64* %1028, align 8
  %1029 = load i64, i64* %lowStart, align 8
  %1030 = getelementptr i64, i64* %regs, i64 6
  store i64 %1029, i64* %1030, align 8
  %1031 = load i64, i64* %lowEnd, align 8
  %1032 = getelementptr i64, i64* %regs, i64 7
  store i64 %1031, i64* %1032, align 8
  %1033 = load i64, i64* %highEnd, align 8
  %1034 = getelementptr i64, i64* %regs, i64 8
  store i64 %1033, i64* %1034, align 8
  ret i32 %1026

dead189:                                          ; No predecessors!
  br label %join188
}

define internal i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i32 %t.arg) {
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
  %17 = add i64 %16, 8
  %18 = add i64 %17, 4
  %19 = icmp ugt i64 %18, %arena_size
  br i1 %19, label %trap17.site18, label %ok1

trap14.site0:                                     ; preds = %body
  %20 = load i64, i64* %lowStart, align 8
  %21 = getelementptr i64, i64* %regs, i64 6
  store i64 %20, i64* %21, align 8
  %22 = load i64, i64* %lowEnd, align 8
  %23 = getelementptr i64, i64* %regs, i64 7
  store i64 %22, i64* %23, align 8
  %24 = load i64, i64* %highEnd, align 8
  %25 = getelementptr i64, i64* %regs, i64 8
  store i64 %24, i64* %25, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e0:                                               ; preds = %match3
  %26 = load i32, i32* %result, align 4
  %27 = load i64, i64* %fuel, align 8
  %28 = getelementptr i64, i64* %regs, i64 0
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %lowStart, align 8
  %30 = getelementptr i64, i64* %regs, i64 6
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %lowEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 7
  store i64 %31, i64* %32, align 8
  %33 = load i64, i64* %highEnd, align 8
  %34 = getelementptr i64, i64* %regs, i64 8
  store i64 %33, i64* %34, align 8
  ret i32 %26

ok1:                                              ; preds = %ok
  %35 = getelementptr i8, i8* %mem, i64 %17
  %36 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %36, i8* %35, i64 4, i1 false)
  %37 = load i32, i32* %unaligned, align 4
  store i32 %37, i32* %scrut, align 4
  %38 = load i32, i32* %scrut, align 4
  %39 = zext i32 %38 to i64
  %40 = add i64 %39, 1
  %41 = icmp ugt i64 %40, %arena_size
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
  %71 = add i64 %70, 1
  %72 = icmp ugt i64 %71, %arena_size
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
  br i1 %83, label %write.ok, label %write.low

trap15.site19:                                    ; preds = %then
  %84 = load i64, i64* %lowStart, align 8
  %85 = getelementptr i64, i64* %regs, i64 6
  store i64 %84, i64* %85, align 8
  %86 = load i64, i64* %lowEnd, align 8
  %87 = getelementptr i64, i64* %regs, i64 7
  store i64 %86, i64* %87, align 8
  %88 = load i64, i64* %highEnd, align 8
  %89 = getelementptr i64, i64* %regs, i64 8
  store i64 %88, i64* %89, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

write.low:                                        ; preds = %ok5
  %90 = load i64, i64* %lowStart, align 8
  %91 = icmp uge i64 %78, %90
  %92 = load i64, i64* %lowEnd, align 8
  %93 = icmp ule i64 %79, %92
  %94 = and i1 %91, %93
  br i1 %94, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %95 = icmp ugt i64 %79, %arena_size
  br i1 %95, label %trap17.site0, label %ok6

write.ok:                                         ; preds = %ok6, %write.low, %ok5
  %96 = getelementptr i8, i8* %mem, i64 %78
  store i8 1, i8* %96, align 1
  %97 = load i32, i32* %obj, align 4
  %98 = load i32, i32* %c, align 4
  %99 = zext i32 %97 to i64
  %100 = add i64 %99, 8
  %101 = add i64 %100, 4
  %102 = icmp uge i64 %100, %scratch_start
  %103 = load i64, i64* %highEnd, align 8
  %104 = icmp ule i64 %101, %103
  %105 = and i1 %102, %104
  br i1 %105, label %write.ok9, label %write.low7

ok6:                                              ; preds = %write.slow
  %106 = icmp ult i64 %78, %scratch_start
  %107 = load i64, i64* %lowEnd, align 8
  %108 = load i64, i64* %highEnd, align 8
  %109 = call i64 @llvm.umax.i64(i64 %107, i64 %79)
  %110 = select i1 %106, i64 %109, i64 %107
  store i64 %110, i64* %lowEnd, align 8
  %111 = call i64 @llvm.umax.i64(i64 %108, i64 %79)
  %112 = select i1 %106, i64 %108, i64 %111
  store i64 %112, i64* %highEnd, align 8
  %113 = load i64, i64* %lowStart, align 8
  %114 = call i64 @llvm.umin.i64(i64 %113, i64 %78)
  store i64 %114, i64* %lowStart, align 8
  br label %write.ok

write.low7:                                       ; preds = %write.ok
  %115 = load i64, i64* %lowStart, align 8
  %116 = icmp uge i64 %100, %115
  %117 = load i64, i64* %lowEnd, align 8
  %118 = icmp ule i64 %101, %117
  %119 = and i1 %116, %118
  br i1 %119, label %write.ok9, label %write.slow8

write.slow8:                                      ; preds = %write.low7
  %120 = icmp ugt i64 %101, %arena_size
  br i1 %120, label %trap17.site0, label %ok10

write.ok9:                                        ; preds = %ok10, %write.low7, %write.ok
  %121 = getelementptr i8, i8* %mem, i64 %100
  store i32 %98, i32* %unaligned11, align 4
  %122 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %121, i8* %122, i64 4, i1 false)
  %123 = load i32, i32* %obj, align 4
  %124 = load i64, i64* %c.1, align 8
  %125 = zext i32 %123 to i64
  %126 = add i64 %125, 16
  %127 = add i64 %126, 8
  %128 = icmp uge i64 %126, %scratch_start
  %129 = load i64, i64* %highEnd, align 8
  %130 = icmp ule i64 %127, %129
  %131 = and i1 %128, %130
  br i1 %131, label %write.ok14, label %write.low12

ok10:                                             ; preds = %write.slow8
  %132 = icmp ult i64 %100, %scratch_start
  %133 = load i64, i64* %lowEnd, align 8
  %134 = load i64, i64* %highEnd, align 8
  %135 = call i64 @llvm.umax.i64(i64 %133, i64 %101)
  %136 = select i1 %132, i64 %135, i64 %133
  store i64 %136, i64* %lowEnd, align 8
  %137 = call i64 @llvm.umax.i64(i64 %134, i64 %101)
  %138 = select i1 %132, i64 %134, i64 %137
  store i64 %138, i64* %highEnd, align 8
  %139 = load i64, i64* %lowStart, align 8
  %140 = call i64 @llvm.umin.i64(i64 %139, i64 %100)
  store i64 %140, i64* %lowStart, align 8
  br label %write.ok9

write.low12:                                      ; preds = %write.ok9
  %141 = load i64, i64* %lowStart, align 8
  %142 = icmp uge i64 %126, %141
  %143 = load i64, i64* %lowEnd, align 8
  %144 = icmp ule i64 %127, %143
  %145 = and i1 %142, %144
  br i1 %145, label %write.ok14, label %write.slow13

write.slow13:                                     ; preds = %write.low12
  %146 = icmp ugt i64 %127, %arena_size
  br i1 %146, label %trap17.site0, label %ok15

write.ok14:                                       ; preds = %ok15, %write.low12, %write.ok9
  %147 = getelementptr i8, i8* %mem, i64 %126
  store i64 %124, i64* %unaligned16, align 8
  %148 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %147, i8* %148, i64 8, i1 false)
  %149 = load i32, i32* %obj, align 4
  store i32 %149, i32* %result4, align 4
  br label %e4

ok15:                                             ; preds = %write.slow13
  %150 = icmp ult i64 %126, %scratch_start
  %151 = load i64, i64* %lowEnd, align 8
  %152 = load i64, i64* %highEnd, align 8
  %153 = call i64 @llvm.umax.i64(i64 %151, i64 %127)
  %154 = select i1 %150, i64 %153, i64 %151
  store i64 %154, i64* %lowEnd, align 8
  %155 = call i64 @llvm.umax.i64(i64 %152, i64 %127)
  %156 = select i1 %150, i64 %152, i64 %155
  store i64 %156, i64* %highEnd, align 8
  %157 = load i64, i64* %lowStart, align 8
  %158 = call i64 @llvm.umin.i64(i64 %157, i64 %126)
  store i64 %158, i64* %lowStart, align 8
  br label %write.ok14

dead:                                             ; No predecessors!
  br label %join

ok17:                                             ; preds = %join
  %159 = getelementptr i8, i8* %mem, i64 %70
  %160 = load i8, i8* %159, align 1
  %161 = zext i8 %160 to i32
  %162 = icmp eq i32 %161, 1
  %163 = zext i1 %162 to i32
  %164 = icmp ne i32 %163, 0
  br i1 %164, label %then18, label %else19

then18:                                           ; preds = %ok17
  %165 = load i32, i32* %t, align 4
  %166 = zext i32 %165 to i64
  %167 = add i64 %166, 16
  %168 = add i64 %167, 8
  %169 = icmp ugt i64 %168, %arena_size
  br i1 %169, label %trap17.site21, label %ok21

else19:                                           ; preds = %ok17
  br label %join20

join20:                                           ; preds = %else19, %dead54
  %170 = load i32, i32* %scrut, align 4
  %171 = zext i32 %170 to i64
  %172 = add i64 %171, 1
  %173 = icmp ugt i64 %172, %arena_size
  br i1 %173, label %trap17.site0, label %ok55

ok21:                                             ; preds = %then18
  %174 = getelementptr i8, i8* %mem, i64 %167
  %175 = bitcast i64* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %175, i8* %174, i64 8, i1 false)
  %176 = load i64, i64* %unaligned22, align 8
  %177 = icmp sgt i64 %176, 48
  %178 = zext i1 %177 to i32
  %179 = icmp ne i32 %178, 0
  br i1 %179, label %then23, label %else24

trap17.site21:                                    ; preds = %then18
  %180 = load i64, i64* %lowStart, align 8
  %181 = getelementptr i64, i64* %regs, i64 6
  store i64 %180, i64* %181, align 8
  %182 = load i64, i64* %lowEnd, align 8
  %183 = getelementptr i64, i64* %regs, i64 7
  store i64 %182, i64* %183, align 8
  %184 = load i64, i64* %highEnd, align 8
  %185 = getelementptr i64, i64* %regs, i64 8
  store i64 %184, i64* %185, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

then23:                                           ; preds = %ok21
  store i32 644, i32* %c.2, align 4
  store i64 8, i64* %c.3, align 8
  %186 = getelementptr i64, i64* %regs, i64 1
  %187 = getelementptr i64, i64* %regs, i64 2
  %188 = load i64, i64* %186, align 8
  %189 = add i64 %188, 7
  %190 = and i64 %189, -8
  %191 = add i64 %190, 24
  %192 = load i64, i64* %187, align 8
  %193 = icmp ugt i64 %191, %192
  br i1 %193, label %trap15.site22, label %ok28

else24:                                           ; preds = %ok21
  store i32 664, i32* %c.4, align 4
  %194 = getelementptr i64, i64* %regs, i64 1
  %195 = getelementptr i64, i64* %regs, i64 2
  %196 = load i64, i64* %194, align 8
  %197 = add i64 %196, 7
  %198 = and i64 %197, -8
  %199 = add i64 %198, 8
  %200 = load i64, i64* %195, align 8
  %201 = icmp ugt i64 %199, %200
  br i1 %201, label %trap15.site23, label %ok44

join25:                                           ; preds = %e15, %e12
  %202 = load i32, i32* %result26, align 4
  store i32 %202, i32* %result2, align 4
  br label %match3

e12:                                              ; preds = %write.ok40
  %203 = load i32, i32* %result27, align 4
  store i32 %203, i32* %result26, align 4
  br label %join25

ok28:                                             ; preds = %then23
  store i64 %191, i64* %186, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = call i64 @llvm.umax.i64(i64 %204, i64 %191)
  store i64 %205, i64* %highEnd, align 8
  %206 = trunc i64 %190 to i32
  store i32 %206, i32* %obj.1, align 4
  %207 = load i32, i32* %obj.1, align 4
  %208 = zext i32 %207 to i64
  %209 = add i64 %208, 1
  %210 = icmp uge i64 %208, %scratch_start
  %211 = load i64, i64* %highEnd, align 8
  %212 = icmp ule i64 %209, %211
  %213 = and i1 %210, %212
  br i1 %213, label %write.ok31, label %write.low29

trap15.site22:                                    ; preds = %then23
  %214 = load i64, i64* %lowStart, align 8
  %215 = getelementptr i64, i64* %regs, i64 6
  store i64 %214, i64* %215, align 8
  %216 = load i64, i64* %lowEnd, align 8
  %217 = getelementptr i64, i64* %regs, i64 7
  store i64 %216, i64* %217, align 8
  %218 = load i64, i64* %highEnd, align 8
  %219 = getelementptr i64, i64* %regs, i64 8
  store i64 %218, i64* %219, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

write.low29:                                      ; preds = %ok28
  %220 = load i64, i64* %lowStart, align 8
  %221 = icmp uge i64 %208, %220
  %222 = load i64, i64* %lowEnd, align 8
  %223 = icmp ule i64 %209, %222
  %224 = and i1 %221, %223
  br i1 %224, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %225 = icmp ugt i64 %209, %arena_size
  br i1 %225, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %ok28
  %226 = getelementptr i8, i8* %mem, i64 %208
  store i8 1, i8* %226, align 1
  %227 = load i32, i32* %obj.1, align 4
  %228 = load i32, i32* %c.2, align 4
  %229 = zext i32 %227 to i64
  %230 = add i64 %229, 8
  %231 = add i64 %230, 4
  %232 = icmp uge i64 %230, %scratch_start
  %233 = load i64, i64* %highEnd, align 8
  %234 = icmp ule i64 %231, %233
  %235 = and i1 %232, %234
  br i1 %235, label %write.ok35, label %write.low33

ok32:                                             ; preds = %write.slow30
  %236 = icmp ult i64 %208, %scratch_start
  %237 = load i64, i64* %lowEnd, align 8
  %238 = load i64, i64* %highEnd, align 8
  %239 = call i64 @llvm.umax.i64(i64 %237, i64 %209)
  %240 = select i1 %236, i64 %239, i64 %237
  store i64 %240, i64* %lowEnd, align 8
  %241 = call i64 @llvm.umax.i64(i64 %238, i64 %209)
  %242 = select i1 %236, i64 %238, i64 %241
  store i64 %242, i64* %highEnd, align 8
  %243 = load i64, i64* %lowStart, align 8
  %244 = call i64 @llvm.umin.i64(i64 %243, i64 %208)
  store i64 %244, i64* %lowStart, align 8
  br label %write.ok31

write.low33:                                      ; preds = %write.ok31
  %245 = load i64, i64* %lowStart, align 8
  %246 = icmp uge i64 %230, %245
  %247 = load i64, i64* %lowEnd, align 8
  %248 = icmp ule i64 %231, %247
  %249 = and i1 %246, %248
  br i1 %249, label %write.ok35, label %write.slow34

write.slow34:                                     ; preds = %write.low33
  %250 = icmp ugt i64 %231, %arena_size
  br i1 %250, label %trap17.site0, label %ok36

write.ok35:                                       ; preds = %ok36, %write.low33, %write.ok31
  %251 = getelementptr i8, i8* %mem, i64 %230
  store i32 %228, i32* %unaligned37, align 4
  %252 = bitcast i32* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %251, i8* %252, i64 4, i1 false)
  %253 = load i32, i32* %obj.1, align 4
  %254 = load i64, i64* %c.3, align 8
  %255 = zext i32 %253 to i64
  %256 = add i64 %255, 16
  %257 = add i64 %256, 8
  %258 = icmp uge i64 %256, %scratch_start
  %259 = load i64, i64* %highEnd, align 8
  %260 = icmp ule i64 %257, %259
  %261 = and i1 %258, %260
  br i1 %261, label %write.ok40, label %write.low38

ok36:                                             ; preds = %write.slow34
  %262 = icmp ult i64 %230, %scratch_start
  %263 = load i64, i64* %lowEnd, align 8
  %264 = load i64, i64* %highEnd, align 8
  %265 = call i64 @llvm.umax.i64(i64 %263, i64 %231)
  %266 = select i1 %262, i64 %265, i64 %263
  store i64 %266, i64* %lowEnd, align 8
  %267 = call i64 @llvm.umax.i64(i64 %264, i64 %231)
  %268 = select i1 %262, i64 %264, i64 %267
  store i64 %268, i64* %highEnd, align 8
  %269 = load i64, i64* %lowStart, align 8
  %270 = call i64 @llvm.umin.i64(i64 %269, i64 %230)
  store i64 %270, i64* %lowStart, align 8
  br label %write.ok35

write.low38:                                      ; preds = %write.ok35
  %271 = load i64, i64* %lowStart, align 8
  %272 = icmp uge i64 %256, %271
  %273 = load i64, i64* %lowEnd, align 8
  %274 = icmp ule i64 %257, %273
  %275 = and i1 %272, %274
  br i1 %275, label %write.ok40, label %write.slow39

write.slow39:                                     ; preds = %write.low38
  %276 = icmp ugt i64 %257, %arena_size
  br i1 %276, label %trap17.site0, label %ok41

write.ok40:                                       ; preds = %ok41, %write.low38, %write.ok35
  %277 = getelementptr i8, i8* %mem, i64 %256
  store i64 %254, i64* %unaligned42, align 8
  %278 = bitcast i64* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %277, i8* %278, i64 8, i1 false)
  %279 = load i32, i32* %obj.1, align 4
  store i32 %279, i32* %result27, align 4
  br label %e12

ok41:                                             ; preds = %write.slow39
  %280 = icmp ult i64 %256, %scratch_start
  %281 = load i64, i64* %lowEnd, align 8
  %282 = load i64, i64* %highEnd, align 8
  %283 = call i64 @llvm.umax.i64(i64 %281, i64 %257)
  %284 = select i1 %280, i64 %283, i64 %281
  store i64 %284, i64* %lowEnd, align 8
  %285 = call i64 @llvm.umax.i64(i64 %282, i64 %257)
  %286 = select i1 %280, i64 %282, i64 %285
  store i64 %286, i64* %highEnd, align 8
  %287 = load i64, i64* %lowStart, align 8
  %288 = call i64 @llvm.umin.i64(i64 %287, i64 %256)
  store i64 %288, i64* %lowStart, align 8
  br label %write.ok40

e15:                                              ; preds = %write.ok51
  %289 = load i32, i32* %result43, align 4
  store i32 %289, i32* %result26, align 4
  br label %join25

ok44:                                             ; preds = %else24
  store i64 %199, i64* %194, align 8
  %290 = load i64, i64* %highEnd, align 8
  %291 = call i64 @llvm.umax.i64(i64 %290, i64 %199)
  store i64 %291, i64* %highEnd, align 8
  %292 = trunc i64 %198 to i32
  store i32 %292, i32* %obj.2, align 4
  %293 = load i32, i32* %obj.2, align 4
  %294 = zext i32 %293 to i64
  %295 = add i64 %294, 1
  %296 = icmp uge i64 %294, %scratch_start
  %297 = load i64, i64* %highEnd, align 8
  %298 = icmp ule i64 %295, %297
  %299 = and i1 %296, %298
  br i1 %299, label %write.ok47, label %write.low45

trap15.site23:                                    ; preds = %else24
  %300 = load i64, i64* %lowStart, align 8
  %301 = getelementptr i64, i64* %regs, i64 6
  store i64 %300, i64* %301, align 8
  %302 = load i64, i64* %lowEnd, align 8
  %303 = getelementptr i64, i64* %regs, i64 7
  store i64 %302, i64* %303, align 8
  %304 = load i64, i64* %highEnd, align 8
  %305 = getelementptr i64, i64* %regs, i64 8
  store i64 %304, i64* %305, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

write.low45:                                      ; preds = %ok44
  %306 = load i64, i64* %lowStart, align 8
  %307 = icmp uge i64 %294, %306
  %308 = load i64, i64* %lowEnd, align 8
  %309 = icmp ule i64 %295, %308
  %310 = and i1 %307, %309
  br i1 %310, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %311 = icmp ugt i64 %295, %arena_size
  br i1 %311, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %ok44
  %312 = getelementptr i8, i8* %mem, i64 %294
  store i8 0, i8* %312, align 1
  %313 = load i32, i32* %obj.2, align 4
  %314 = load i32, i32* %c.4, align 4
  %315 = zext i32 %313 to i64
  %316 = add i64 %315, 4
  %317 = add i64 %316, 4
  %318 = icmp uge i64 %316, %scratch_start
  %319 = load i64, i64* %highEnd, align 8
  %320 = icmp ule i64 %317, %319
  %321 = and i1 %318, %320
  br i1 %321, label %write.ok51, label %write.low49

ok48:                                             ; preds = %write.slow46
  %322 = icmp ult i64 %294, %scratch_start
  %323 = load i64, i64* %lowEnd, align 8
  %324 = load i64, i64* %highEnd, align 8
  %325 = call i64 @llvm.umax.i64(i64 %323, i64 %295)
  %326 = select i1 %322, i64 %325, i64 %323
  store i64 %326, i64* %lowEnd, align 8
  %327 = call i64 @llvm.umax.i64(i64 %324, i64 %295)
  %328 = select i1 %322, i64 %324, i64 %327
  store i64 %328, i64* %highEnd, align 8
  %329 = load i64, i64* %lowStart, align 8
  %330 = call i64 @llvm.umin.i64(i64 %329, i64 %294)
  store i64 %330, i64* %lowStart, align 8
  br label %write.ok47

write.low49:                                      ; preds = %write.ok47
  %331 = load i64, i64* %lowStart, align 8
  %332 = icmp uge i64 %316, %331
  %333 = load i64, i64* %lowEnd, align 8
  %334 = icmp ule i64 %317, %333
  %335 = and i1 %332, %334
  br i1 %335, label %write.ok51, label %write.slow50

write.slow50:                                     ; preds = %write.low49
  %336 = icmp ugt i64 %317, %arena_size
  br i1 %336, label %trap17.site0, label %ok52

write.ok51:                                       ; preds = %ok52, %write.low49, %write.ok47
  %337 = getelementptr i8, i8* %mem, i64 %316
  store i32 %314, i32* %unaligned53, align 4
  %338 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %337, i8* %338, i64 4, i1 false)
  %339 = load i32, i32* %obj.2, align 4
  store i32 %339, i32* %result43, align 4
  br label %e15

ok52:                                             ; preds = %write.slow50
  %340 = icmp ult i64 %316, %scratch_start
  %341 = load i64, i64* %lowEnd, align 8
  %342 = load i64, i64* %highEnd, align 8
  %343 = call i64 @llvm.umax.i64(i64 %341, i64 %317)
  %344 = select i1 %340, i64 %343, i64 %341
  store i64 %344, i64* %lowEnd, align 8
  %345 = call i64 @llvm.umax.i64(i64 %342, i64 %317)
  %346 = select i1 %340, i64 %342, i64 %345
  store i64 %346, i64* %highEnd, align 8
  %347 = load i64, i64* %lowStart, align 8
  %348 = call i64 @llvm.umin.i64(i64 %347, i64 %316)
  store i64 %348, i64* %lowStart, align 8
  br label %write.ok51

dead54:                                           ; No predecessors!
  br label %join20

ok55:                                             ; preds = %join20
  %349 = getelementptr i8, i8* %mem, i64 %171
  %350 = load i8, i8* %349, align 1
  %351 = zext i8 %350 to i32
  %352 = icmp eq i32 %351, 0
  %353 = zext i1 %352 to i32
  %354 = icmp ne i32 %353, 0
  br i1 %354, label %then56, label %else57

then56:                                           ; preds = %ok55
  %355 = load i32, i32* %t, align 4
  %356 = zext i32 %355 to i64
  %357 = add i64 %356, 4
  %358 = add i64 %357, 4
  %359 = icmp ugt i64 %358, %arena_size
  br i1 %359, label %trap17.site26, label %ok59

else57:                                           ; preds = %ok55
  br label %join58

join58:                                           ; preds = %else57, %dead79
  br label %trap5.site28

ok59:                                             ; preds = %then56
  %360 = getelementptr i8, i8* %mem, i64 %357
  %361 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %361, i8* %360, i64 4, i1 false)
  %362 = load i32, i32* %unaligned60, align 4
  %363 = icmp uge i32 %depth, 1000
  br i1 %363, label %trap15.site25, label %ok61

trap17.site26:                                    ; preds = %then56
  %364 = load i64, i64* %lowStart, align 8
  %365 = getelementptr i64, i64* %regs, i64 6
  store i64 %364, i64* %365, align 8
  %366 = load i64, i64* %lowEnd, align 8
  %367 = getelementptr i64, i64* %regs, i64 7
  store i64 %366, i64* %367, align 8
  %368 = load i64, i64* %highEnd, align 8
  %369 = getelementptr i64, i64* %regs, i64 8
  store i64 %368, i64* %369, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 26)
  unreachable

ok61:                                             ; preds = %ok59
  %370 = icmp ult i64 %10, %stack_limit
  br i1 %370, label %trap253.site0, label %stack_ok

trap15.site25:                                    ; preds = %ok59
  %371 = load i64, i64* %lowStart, align 8
  %372 = getelementptr i64, i64* %regs, i64 6
  store i64 %371, i64* %372, align 8
  %373 = load i64, i64* %lowEnd, align 8
  %374 = getelementptr i64, i64* %regs, i64 7
  store i64 %373, i64* %374, align 8
  %375 = load i64, i64* %highEnd, align 8
  %376 = getelementptr i64, i64* %regs, i64 8
  store i64 %375, i64* %376, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

stack_ok:                                         ; preds = %ok61
  %377 = load i64, i64* %fuel, align 8
  %378 = getelementptr i64, i64* %regs, i64 0
  store i64 %377, i64* %378, align 8
  %379 = load i64, i64* %lowStart, align 8
  %380 = getelementptr i64, i64* %regs, i64 6
  store i64 %379, i64* %380, align 8
  %381 = load i64, i64* %lowEnd, align 8
  %382 = getelementptr i64, i64* %regs, i64 7
  store i64 %381, i64* %382, align 8
  %383 = load i64, i64* %highEnd, align 8
  %384 = getelementptr i64, i64* %regs, i64 8
  store i64 %383, i64* %384, align 8
  %385 = add i32 %depth, 1
  %386 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %385, i32 %362)
  %387 = getelementptr i64, i64* %regs, i64 0
  %388 = load i64, i64* %387, align 8
  store i64 %388, i64* %fuel, align 8
  %389 = getelementptr i64, i64* %regs, i64 6
  %390 = load i64, i64* %389, align 8
  store i64 %390, i64* %lowStart, align 8
  %391 = getelementptr i64, i64* %regs, i64 7
  %392 = load i64, i64* %391, align 8
  store i64 %392, i64* %lowEnd, align 8
  %393 = getelementptr i64, i64* %regs, i64 8
  %394 = load i64, i64* %393, align 8
  store i64 %394, i64* %highEnd, align 8
  %395 = icmp uge i32 %depth, 1000
  br i1 %395, label %trap15.site24, label %ok62

trap253.site0:                                    ; preds = %ok62, %ok61
  %396 = load i64, i64* %lowStart, align 8
  %397 = getelementptr i64, i64* %regs, i64 6
  store i64 %396, i64* %397, align 8
  %398 = load i64, i64* %lowEnd, align 8
  %399 = getelementptr i64, i64* %regs, i64 7
  store i64 %398, i64* %399, align 8
  %400 = load i64, i64* %highEnd, align 8
  %401 = getelementptr i64, i64* %regs, i64 8
  store i64 %400, i64* %401, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok62:                                             ; preds = %stack_ok
  %402 = icmp ult i64 %10, %stack_limit
  br i1 %402, label %trap253.site0, label %stack_ok63

trap15.site24:                                    ; preds = %stack_ok
  %403 = load i64, i64* %lowStart, align 8
  %404 = getelementptr i64, i64* %regs, i64 6
  store i64 %403, i64* %404, align 8
  %405 = load i64, i64* %lowEnd, align 8
  %406 = getelementptr i64, i64* %regs, i64 7
  store i64 %405, i64* %406, align 8
  %407 = load i64, i64* %highEnd, align 8
  %408 = getelementptr i64, i64* %regs, i64 8
  store i64 %407, i64* %408, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

stack_ok63:                                       ; preds = %ok62
  %409 = load i64, i64* %fuel, align 8
  %410 = getelementptr i64, i64* %regs, i64 0
  store i64 %409, i64* %410, align 8
  %411 = load i64, i64* %lowStart, align 8
  %412 = getelementptr i64, i64* %regs, i64 6
  store i64 %411, i64* %412, align 8
  %413 = load i64, i64* %lowEnd, align 8
  %414 = getelementptr i64, i64* %regs, i64 7
  store i64 %413, i64* %414, align 8
  %415 = load i64, i64* %highEnd, align 8
  %416 = getelementptr i64, i64* %regs, i64 8
  store i64 %415, i64* %416, align 8
  %417 = add i32 %depth, 1
  %418 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %417, i32 %386, i32 8992)
  %419 = getelementptr i64, i64* %regs, i64 0
  %420 = load i64, i64* %419, align 8
  store i64 %420, i64* %fuel, align 8
  %421 = getelementptr i64, i64* %regs, i64 6
  %422 = load i64, i64* %421, align 8
  store i64 %422, i64* %lowStart, align 8
  %423 = getelementptr i64, i64* %regs, i64 7
  %424 = load i64, i64* %423, align 8
  store i64 %424, i64* %lowEnd, align 8
  %425 = getelementptr i64, i64* %regs, i64 8
  %426 = load i64, i64* %425, align 8
  store i64 %426, i64* %highEnd, align 8
  %427 = icmp ne i32 %418, 0
  br i1 %427, label %then64, label %else65

then64:                                           ; preds = %stack_ok63
  store i32 9016, i32* %result67, align 4
  br label %join66

else65:                                           ; preds = %stack_ok63
  store i32 9020, i32* %c.5, align 4
  %428 = getelementptr i64, i64* %regs, i64 1
  %429 = getelementptr i64, i64* %regs, i64 2
  %430 = load i64, i64* %428, align 8
  %431 = add i64 %430, 7
  %432 = and i64 %431, -8
  %433 = add i64 %432, 8
  %434 = load i64, i64* %429, align 8
  %435 = icmp ugt i64 %433, %434
  br i1 %435, label %trap15.site27, label %ok69

join66:                                           ; preds = %e24, %then64
  %436 = load i32, i32* %result67, align 4
  store i32 %436, i32* %result2, align 4
  br label %match3

e24:                                              ; preds = %write.ok76
  %437 = load i32, i32* %result68, align 4
  store i32 %437, i32* %result67, align 4
  br label %join66

ok69:                                             ; preds = %else65
  store i64 %433, i64* %428, align 8
  %438 = load i64, i64* %highEnd, align 8
  %439 = call i64 @llvm.umax.i64(i64 %438, i64 %433)
  store i64 %439, i64* %highEnd, align 8
  %440 = trunc i64 %432 to i32
  store i32 %440, i32* %obj.3, align 4
  %441 = load i32, i32* %obj.3, align 4
  %442 = zext i32 %441 to i64
  %443 = add i64 %442, 1
  %444 = icmp uge i64 %442, %scratch_start
  %445 = load i64, i64* %highEnd, align 8
  %446 = icmp ule i64 %443, %445
  %447 = and i1 %444, %446
  br i1 %447, label %write.ok72, label %write.low70

trap15.site27:                                    ; preds = %else65
  %448 = load i64, i64* %lowStart, align 8
  %449 = getelementptr i64, i64* %regs, i64 6
  store i64 %448, i64* %449, align 8
  %450 = load i64, i64* %lowEnd, align 8
  %451 = getelementptr i64, i64* %regs, i64 7
  store i64 %450, i64* %451, align 8
  %452 = load i64, i64* %highEnd, align 8
  %453 = getelementptr i64, i64* %regs, i64 8
  store i64 %452, i64* %453, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 27)
  unreachable

write.low70:                                      ; preds = %ok69
  %454 = load i64, i64* %lowStart, align 8
  %455 = icmp uge i64 %442, %454
  %456 = load i64, i64* %lowEnd, align 8
  %457 = icmp ule i64 %443, %456
  %458 = and i1 %455, %457
  br i1 %458, label %write.ok72, label %write.slow71

write.slow71:                                     ; preds = %write.low70
  %459 = icmp ugt i64 %443, %arena_size
  br i1 %459, label %trap17.site0, label %ok73

write.ok72:                                       ; preds = %ok73, %write.low70, %ok69
  %460 = getelementptr i8, i8* %mem, i64 %442
  store i8 0, i8* %460, align 1
  %461 = load i32, i32* %obj.3, align 4
  %462 = load i32, i32* %c.5, align 4
  %463 = zext i32 %461 to i64
  %464 = add i64 %463, 4
  %465 = add i64 %464, 4
  %466 = icmp uge i64 %464, %scratch_start
  %467 = load i64, i64* %highEnd, align 8
  %468 = icmp ule i64 %465, %467
  %469 = and i1 %466, %468
  br i1 %469, label %write.ok76, label %write.low74

ok73:                                             ; preds = %write.slow71
  %470 = icmp ult i64 %442, %scratch_start
  %471 = load i64, i64* %lowEnd, align 8
  %472 = load i64, i64* %highEnd, align 8
  %473 = call i64 @llvm.umax.i64(i64 %471, i64 %443)
  %474 = select i1 %470, i64 %473, i64 %471
  store i64 %474, i64* %lowEnd, align 8
  %475 = call i64 @llvm.umax.i64(i64 %472, i64 %443)
  %476 = select i1 %470, i64 %472, i64 %475
  store i64 %476, i64* %highEnd, align 8
  %477 = load i64, i64* %lowStart, align 8
  %478 = call i64 @llvm.umin.i64(i64 %477, i64 %442)
  store i64 %478, i64* %lowStart, align 8
  br label %write.ok72

write.low74:                                      ; preds = %write.ok72
  %479 = load i64, i64* %lowStart, align 8
  %480 = icmp uge i64 %464, %479
  %481 = load i64, i64* %lowEnd, align 8
  %482 = icmp ule i64 %465, %481
  %483 = and i1 %480, %482
  br i1 %483, label %write.ok76, label %write.slow75

write.slow75:                                     ; preds = %write.low74
  %484 = icmp ugt i64 %465, %arena_size
  br i1 %484, label %trap17.site0, label %ok77

write.ok76:                                       ; preds = %ok77, %write.low74, %write.ok72
  %485 = getelementptr i8, i8* %mem, i64 %464
  store i32 %462, i32* %unaligned78, align 4
  %486 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %485, i8* %486, i64 4, i1 false)
  %487 = load i32, i32* %obj.3, align 4
  store i32 %487, i32* %result68, align 4
  br label %e24

ok77:                                             ; preds = %write.slow75
  %488 = icmp ult i64 %464, %scratch_start
  %489 = load i64, i64* %lowEnd, align 8
  %490 = load i64, i64* %highEnd, align 8
  %491 = call i64 @llvm.umax.i64(i64 %489, i64 %465)
  %492 = select i1 %488, i64 %491, i64 %489
  store i64 %492, i64* %lowEnd, align 8
  %493 = call i64 @llvm.umax.i64(i64 %490, i64 %465)
  %494 = select i1 %488, i64 %490, i64 %493
  store i64 %494, i64* %highEnd, align 8
  %495 = load i64, i64* %lowStart, align 8
  %496 = call i64 @llvm.umin.i64(i64 %495, i64 %464)
  store i64 %496, i64* %lowStart, align 8
  br label %write.ok76

dead79:                                           ; No predecessors!
  br label %join58

trap5.site28:                                     ; preds = %join58
  %497 = load i64, i64* %lowStart, align 8
  %498 = getelementptr i64, i64* %regs, i64 6
  store i64 %497, i64* %498, align 8
  %499 = load i64, i64* %lowEnd, align 8
  %500 = getelementptr i64, i64* %regs, i64 7
  store i64 %499, i64* %500, align 8
  %501 = load i64, i64* %highEnd, align 8
  %502 = getelementptr i64, i64* %regs, i64 8
  store i64 %501, i64* %502, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 28)
  unreachable

dead80:                                           ; No predecessors!
  br label %match3
}
