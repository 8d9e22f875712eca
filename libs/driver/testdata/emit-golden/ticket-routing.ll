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
  %546 = load i64, i64* %lowStart, align 8
  %547 = call i64 @llvm.umin.i64(i64 %546, i64 %516)
  %548 = load i64, i64* %lowEnd, align 8
  %549 = load i64, i64* %highEnd, align 8
  %550 = add i64 %517, 64
  %551 = sub i64 %517, %547
  %552 = lshr i64 %551, 4
  %553 = add i64 %550, %552
  %554 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %553)
  %555 = call i64 @llvm.umax.i64(i64 %548, i64 %554)
  %556 = select i1 %545, i64 %555, i64 %548
  store i64 %556, i64* %lowEnd, align 8
  %557 = add i64 %517, 64
  %558 = sub i64 %517, %scratch_start
  %559 = lshr i64 %558, 4
  %560 = add i64 %557, %559
  %561 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %560)
  %562 = call i64 @llvm.umax.i64(i64 %549, i64 %561)
  %563 = select i1 %545, i64 %549, i64 %562
  store i64 %563, i64* %highEnd, align 8
  store i64 %547, i64* %lowStart, align 8
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
  %134 = load i64, i64* %lowStart, align 8
  %135 = call i64 @llvm.umin.i64(i64 %134, i64 %105)
  %136 = load i64, i64* %lowEnd, align 8
  %137 = load i64, i64* %highEnd, align 8
  %138 = add i64 %106, 64
  %139 = sub i64 %106, %135
  %140 = lshr i64 %139, 4
  %141 = add i64 %138, %140
  %142 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %141)
  %143 = call i64 @llvm.umax.i64(i64 %136, i64 %142)
  %144 = select i1 %133, i64 %143, i64 %136
  store i64 %144, i64* %lowEnd, align 8
  %145 = add i64 %106, 64
  %146 = sub i64 %106, %scratch_start
  %147 = lshr i64 %146, 4
  %148 = add i64 %145, %147
  %149 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %148)
  %150 = call i64 @llvm.umax.i64(i64 %137, i64 %149)
  %151 = select i1 %133, i64 %137, i64 %150
  store i64 %151, i64* %highEnd, align 8
  store i64 %135, i64* %lowStart, align 8
  br label %write.ok

write.low8:                                       ; preds = %write.ok
  %152 = load i64, i64* %lowStart, align 8
  %153 = icmp uge i64 %127, %152
  %154 = load i64, i64* %lowEnd, align 8
  %155 = icmp ule i64 %128, %154
  %156 = and i1 %153, %155
  br i1 %156, label %write.ok10, label %write.slow9

write.slow9:                                      ; preds = %write.low8
  %157 = icmp ugt i64 %128, %arena_size
  br i1 %157, label %trap17.site0, label %ok11

write.ok10:                                       ; preds = %ok11, %write.low8, %write.ok
  %158 = getelementptr i8, i8* %mem, i64 %127
  store i32 0, i32* %unaligned12, align 4
  %159 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %158, i8* %159, i64 4, i1 false)
  %160 = load i32, i32* %dict, align 4
  %161 = load i32, i32* %closure, align 4
  %162 = zext i32 %160 to i64
  %163 = add i64 %162, 4
  %164 = icmp uge i64 %162, %scratch_start
  %165 = load i64, i64* %highEnd, align 8
  %166 = icmp ule i64 %163, %165
  %167 = and i1 %164, %166
  br i1 %167, label %write.ok15, label %write.low13

ok11:                                             ; preds = %write.slow9
  %168 = icmp ult i64 %127, %scratch_start
  %169 = load i64, i64* %lowStart, align 8
  %170 = call i64 @llvm.umin.i64(i64 %169, i64 %127)
  %171 = load i64, i64* %lowEnd, align 8
  %172 = load i64, i64* %highEnd, align 8
  %173 = add i64 %128, 64
  %174 = sub i64 %128, %170
  %175 = lshr i64 %174, 4
  %176 = add i64 %173, %175
  %177 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %176)
  %178 = call i64 @llvm.umax.i64(i64 %171, i64 %177)
  %179 = select i1 %168, i64 %178, i64 %171
  store i64 %179, i64* %lowEnd, align 8
  %180 = add i64 %128, 64
  %181 = sub i64 %128, %scratch_start
  %182 = lshr i64 %181, 4
  %183 = add i64 %180, %182
  %184 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %183)
  %185 = call i64 @llvm.umax.i64(i64 %172, i64 %184)
  %186 = select i1 %168, i64 %172, i64 %185
  store i64 %186, i64* %highEnd, align 8
  store i64 %170, i64* %lowStart, align 8
  br label %write.ok10

write.low13:                                      ; preds = %write.ok10
  %187 = load i64, i64* %lowStart, align 8
  %188 = icmp uge i64 %162, %187
  %189 = load i64, i64* %lowEnd, align 8
  %190 = icmp ule i64 %163, %189
  %191 = and i1 %188, %190
  br i1 %191, label %write.ok15, label %write.slow14

write.slow14:                                     ; preds = %write.low13
  %192 = icmp ugt i64 %163, %arena_size
  br i1 %192, label %trap17.site0, label %ok16

write.ok15:                                       ; preds = %ok16, %write.low13, %write.ok10
  %193 = getelementptr i8, i8* %mem, i64 %162
  store i32 %161, i32* %unaligned17, align 4
  %194 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %193, i8* %194, i64 4, i1 false)
  %195 = load i32, i32* %tickets, align 4
  store i32 %195, i32* %xs, align 4
  %196 = load i32, i32* %xs, align 4
  %197 = zext i32 %196 to i64
  %198 = add i64 %197, 4
  %199 = icmp ugt i64 %198, %arena_size
  br i1 %199, label %trap17.site0, label %ok19

ok16:                                             ; preds = %write.slow14
  %200 = icmp ult i64 %162, %scratch_start
  %201 = load i64, i64* %lowStart, align 8
  %202 = call i64 @llvm.umin.i64(i64 %201, i64 %162)
  %203 = load i64, i64* %lowEnd, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = add i64 %163, 64
  %206 = sub i64 %163, %202
  %207 = lshr i64 %206, 4
  %208 = add i64 %205, %207
  %209 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %208)
  %210 = call i64 @llvm.umax.i64(i64 %203, i64 %209)
  %211 = select i1 %200, i64 %210, i64 %203
  store i64 %211, i64* %lowEnd, align 8
  %212 = add i64 %163, 64
  %213 = sub i64 %163, %scratch_start
  %214 = lshr i64 %213, 4
  %215 = add i64 %212, %214
  %216 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %215)
  %217 = call i64 @llvm.umax.i64(i64 %204, i64 %216)
  %218 = select i1 %200, i64 %204, i64 %217
  store i64 %218, i64* %highEnd, align 8
  store i64 %202, i64* %lowStart, align 8
  br label %write.ok15

e1:                                               ; preds = %write.ok51
  %219 = load i32, i32* %result18, align 4
  store i32 %219, i32* %routes, align 4
  %220 = load i32, i32* %dict, align 4
  %221 = load i32, i32* %routes, align 4
  %222 = zext i32 %220 to i64
  %223 = add i64 %222, 4
  %224 = add i64 %223, 4
  %225 = icmp uge i64 %223, %scratch_start
  %226 = load i64, i64* %highEnd, align 8
  %227 = icmp ule i64 %224, %226
  %228 = and i1 %225, %227
  br i1 %228, label %write.ok56, label %write.low54

ok19:                                             ; preds = %write.ok15
  %229 = getelementptr i8, i8* %mem, i64 %197
  %230 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %230, i8* %229, i64 4, i1 false)
  %231 = load i32, i32* %unaligned20, align 4
  %232 = zext i32 %231 to i64
  %233 = mul i64 %232, 4
  %234 = add i64 4, %233
  store i64 %234, i64* %size, align 8
  %235 = load i64, i64* %size, align 8
  %236 = icmp ugt i64 %235, 2147483647
  %237 = zext i1 %236 to i32
  %238 = icmp ne i32 %237, 0
  br i1 %238, label %then, label %else

then:                                             ; preds = %ok19
  br label %trap15.site5

else:                                             ; preds = %ok19
  br label %join

join:                                             ; preds = %else, %dead
  %239 = load i64, i64* %size, align 8
  %240 = trunc i64 %239 to i32
  %241 = zext i32 %240 to i64
  %242 = getelementptr i64, i64* %regs, i64 1
  %243 = getelementptr i64, i64* %regs, i64 2
  %244 = load i64, i64* %242, align 8
  %245 = add i64 %244, 3
  %246 = and i64 %245, -4
  %247 = add i64 %246, %241
  %248 = load i64, i64* %243, align 8
  %249 = icmp ugt i64 %247, %248
  br i1 %249, label %trap15.site5, label %ok21

trap15.site5:                                     ; preds = %join, %then
  %250 = load i64, i64* %lowStart, align 8
  %251 = getelementptr i64, i64* %regs, i64 6
  store i64 %250, i64* %251, align 8
  %252 = load i64, i64* %lowEnd, align 8
  %253 = getelementptr i64, i64* %regs, i64 7
  store i64 %252, i64* %253, align 8
  %254 = load i64, i64* %highEnd, align 8
  %255 = getelementptr i64, i64* %regs, i64 8
  store i64 %254, i64* %255, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok21:                                             ; preds = %join
  store i64 %247, i64* %242, align 8
  %256 = load i64, i64* %highEnd, align 8
  %257 = call i64 @llvm.umax.i64(i64 %256, i64 %247)
  store i64 %257, i64* %highEnd, align 8
  %258 = trunc i64 %246 to i32
  store i32 %258, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %259 = load i32, i32* %xs, align 4
  %260 = zext i32 %259 to i64
  %261 = add i64 %260, 4
  %262 = icmp ugt i64 %261, %arena_size
  br i1 %262, label %trap17.site0, label %ok22

ok22:                                             ; preds = %ok21
  %263 = getelementptr i8, i8* %mem, i64 %260
  %264 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %264, i8* %263, i64 4, i1 false)
  %265 = load i32, i32* %unaligned23, align 4
  store i32 %265, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead48, %ok24
  %266 = load i32, i32* %list, align 4
  %267 = load i32, i32* %len, align 4
  %268 = zext i32 %266 to i64
  %269 = add i64 %268, 4
  %270 = icmp uge i64 %268, %scratch_start
  %271 = load i64, i64* %highEnd, align 8
  %272 = icmp ule i64 %269, %271
  %273 = and i1 %270, %272
  br i1 %273, label %write.ok51, label %write.low49

each4:                                            ; preds = %write.ok45, %ok22
  %274 = load i64, i64* %fuel, align 8
  %275 = icmp ult i64 %274, 1
  br i1 %275, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each4
  %276 = sub i64 %274, 1
  store i64 %276, i64* %fuel, align 8
  %277 = load i32, i32* %k, align 4
  %278 = load i32, i32* %n, align 4
  %279 = icmp uge i32 %277, %278
  %280 = zext i1 %279 to i32
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %block3, label %cont

cont:                                             ; preds = %ok24
  %282 = load i32, i32* %xs, align 4
  %283 = load i32, i32* %k, align 4
  %284 = mul i32 %283, 4
  %285 = add i32 %282, %284
  %286 = zext i32 %285 to i64
  %287 = add i64 %286, 4
  %288 = add i64 %287, 4
  %289 = icmp ugt i64 %288, %arena_size
  br i1 %289, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %290 = getelementptr i8, i8* %mem, i64 %287
  %291 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %291, i8* %290, i64 4, i1 false)
  %292 = load i32, i32* %unaligned26, align 4
  store i32 %292, i32* %x, align 4
  %293 = load i32, i32* %x, align 4
  store i32 %293, i32* %t, align 4
  %294 = load i32, i32* %list, align 4
  %295 = load i32, i32* %len, align 4
  %296 = mul i32 %295, 4
  %297 = add i32 %294, %296
  %298 = getelementptr i64, i64* %regs, i64 1
  %299 = getelementptr i64, i64* %regs, i64 2
  %300 = load i64, i64* %298, align 8
  %301 = add i64 %300, 7
  %302 = and i64 %301, -8
  %303 = add i64 %302, 8
  %304 = load i64, i64* %299, align 8
  %305 = icmp ugt i64 %303, %304
  br i1 %305, label %trap15.site6, label %ok28

e5:                                               ; preds = %write.ok40
  %306 = load i32, i32* %result27, align 4
  %307 = zext i32 %297 to i64
  %308 = add i64 %307, 4
  %309 = add i64 %308, 4
  %310 = icmp uge i64 %308, %scratch_start
  %311 = load i64, i64* %highEnd, align 8
  %312 = icmp ule i64 %309, %311
  %313 = and i1 %310, %312
  br i1 %313, label %write.ok45, label %write.low43

ok28:                                             ; preds = %ok25
  store i64 %303, i64* %298, align 8
  %314 = load i64, i64* %highEnd, align 8
  %315 = call i64 @llvm.umax.i64(i64 %314, i64 %303)
  store i64 %315, i64* %highEnd, align 8
  %316 = trunc i64 %302 to i32
  store i32 %316, i32* %dict.1, align 4
  %317 = load i32, i32* %t, align 4
  %318 = zext i32 %317 to i64
  %319 = add i64 %318, 4
  %320 = icmp ugt i64 %319, %arena_size
  br i1 %320, label %trap17.site7, label %ok29

trap15.site6:                                     ; preds = %ok25
  %321 = load i64, i64* %lowStart, align 8
  %322 = getelementptr i64, i64* %regs, i64 6
  store i64 %321, i64* %322, align 8
  %323 = load i64, i64* %lowEnd, align 8
  %324 = getelementptr i64, i64* %regs, i64 7
  store i64 %323, i64* %324, align 8
  %325 = load i64, i64* %highEnd, align 8
  %326 = getelementptr i64, i64* %regs, i64 8
  store i64 %325, i64* %326, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

ok29:                                             ; preds = %ok28
  %327 = getelementptr i8, i8* %mem, i64 %318
  %328 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %328, i8* %327, i64 4, i1 false)
  %329 = load i32, i32* %unaligned30, align 4
  store i32 %329, i32* %id, align 4
  %330 = load i32, i32* %dict.1, align 4
  %331 = load i32, i32* %id, align 4
  %332 = zext i32 %330 to i64
  %333 = add i64 %332, 4
  %334 = icmp uge i64 %332, %scratch_start
  %335 = load i64, i64* %highEnd, align 8
  %336 = icmp ule i64 %333, %335
  %337 = and i1 %334, %336
  br i1 %337, label %write.ok33, label %write.low31

trap17.site7:                                     ; preds = %ok28
  %338 = load i64, i64* %lowStart, align 8
  %339 = getelementptr i64, i64* %regs, i64 6
  store i64 %338, i64* %339, align 8
  %340 = load i64, i64* %lowEnd, align 8
  %341 = getelementptr i64, i64* %regs, i64 7
  store i64 %340, i64* %341, align 8
  %342 = load i64, i64* %highEnd, align 8
  %343 = getelementptr i64, i64* %regs, i64 8
  store i64 %342, i64* %343, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 7)
  unreachable

write.low31:                                      ; preds = %ok29
  %344 = load i64, i64* %lowStart, align 8
  %345 = icmp uge i64 %332, %344
  %346 = load i64, i64* %lowEnd, align 8
  %347 = icmp ule i64 %333, %346
  %348 = and i1 %345, %347
  br i1 %348, label %write.ok33, label %write.slow32

write.slow32:                                     ; preds = %write.low31
  %349 = icmp ugt i64 %333, %arena_size
  br i1 %349, label %trap17.site0, label %ok34

write.ok33:                                       ; preds = %ok34, %write.low31, %ok29
  %350 = getelementptr i8, i8* %mem, i64 %332
  store i32 %331, i32* %unaligned35, align 4
  %351 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %350, i8* %351, i64 4, i1 false)
  %352 = load i32, i32* %t, align 4
  %353 = icmp uge i32 %depth, 1000
  br i1 %353, label %trap15.site8, label %ok36

ok34:                                             ; preds = %write.slow32
  %354 = icmp ult i64 %332, %scratch_start
  %355 = load i64, i64* %lowStart, align 8
  %356 = call i64 @llvm.umin.i64(i64 %355, i64 %332)
  %357 = load i64, i64* %lowEnd, align 8
  %358 = load i64, i64* %highEnd, align 8
  %359 = add i64 %333, 64
  %360 = sub i64 %333, %356
  %361 = lshr i64 %360, 4
  %362 = add i64 %359, %361
  %363 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %362)
  %364 = call i64 @llvm.umax.i64(i64 %357, i64 %363)
  %365 = select i1 %354, i64 %364, i64 %357
  store i64 %365, i64* %lowEnd, align 8
  %366 = add i64 %333, 64
  %367 = sub i64 %333, %scratch_start
  %368 = lshr i64 %367, 4
  %369 = add i64 %366, %368
  %370 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %369)
  %371 = call i64 @llvm.umax.i64(i64 %358, i64 %370)
  %372 = select i1 %354, i64 %358, i64 %371
  store i64 %372, i64* %highEnd, align 8
  store i64 %356, i64* %lowStart, align 8
  br label %write.ok33

ok36:                                             ; preds = %write.ok33
  %373 = icmp ult i64 %10, %stack_limit
  br i1 %373, label %trap253.site0, label %stack_ok37

trap15.site8:                                     ; preds = %write.ok33
  %374 = load i64, i64* %lowStart, align 8
  %375 = getelementptr i64, i64* %regs, i64 6
  store i64 %374, i64* %375, align 8
  %376 = load i64, i64* %lowEnd, align 8
  %377 = getelementptr i64, i64* %regs, i64 7
  store i64 %376, i64* %377, align 8
  %378 = load i64, i64* %highEnd, align 8
  %379 = getelementptr i64, i64* %regs, i64 8
  store i64 %378, i64* %379, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok37:                                       ; preds = %ok36
  %380 = load i64, i64* %fuel, align 8
  %381 = getelementptr i64, i64* %regs, i64 0
  store i64 %380, i64* %381, align 8
  %382 = load i64, i64* %lowStart, align 8
  %383 = getelementptr i64, i64* %regs, i64 6
  store i64 %382, i64* %383, align 8
  %384 = load i64, i64* %lowEnd, align 8
  %385 = getelementptr i64, i64* %regs, i64 7
  store i64 %384, i64* %385, align 8
  %386 = load i64, i64* %highEnd, align 8
  %387 = getelementptr i64, i64* %regs, i64 8
  store i64 %386, i64* %387, align 8
  %388 = add i32 %depth, 1
  %389 = call i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %388, i32 0, i32 %352)
  %390 = getelementptr i64, i64* %regs, i64 0
  %391 = load i64, i64* %390, align 8
  store i64 %391, i64* %fuel, align 8
  %392 = getelementptr i64, i64* %regs, i64 6
  %393 = load i64, i64* %392, align 8
  store i64 %393, i64* %lowStart, align 8
  %394 = getelementptr i64, i64* %regs, i64 7
  %395 = load i64, i64* %394, align 8
  store i64 %395, i64* %lowEnd, align 8
  %396 = getelementptr i64, i64* %regs, i64 8
  %397 = load i64, i64* %396, align 8
  store i64 %397, i64* %highEnd, align 8
  store i32 %389, i32* %decision, align 4
  %398 = load i32, i32* %dict.1, align 4
  %399 = load i32, i32* %decision, align 4
  %400 = zext i32 %398 to i64
  %401 = add i64 %400, 4
  %402 = add i64 %401, 4
  %403 = icmp uge i64 %401, %scratch_start
  %404 = load i64, i64* %highEnd, align 8
  %405 = icmp ule i64 %402, %404
  %406 = and i1 %403, %405
  br i1 %406, label %write.ok40, label %write.low38

write.low38:                                      ; preds = %stack_ok37
  %407 = load i64, i64* %lowStart, align 8
  %408 = icmp uge i64 %401, %407
  %409 = load i64, i64* %lowEnd, align 8
  %410 = icmp ule i64 %402, %409
  %411 = and i1 %408, %410
  br i1 %411, label %write.ok40, label %write.slow39

write.slow39:                                     ; preds = %write.low38
  %412 = icmp ugt i64 %402, %arena_size
  br i1 %412, label %trap17.site0, label %ok41

write.ok40:                                       ; preds = %ok41, %write.low38, %stack_ok37
  %413 = getelementptr i8, i8* %mem, i64 %401
  store i32 %399, i32* %unaligned42, align 4
  %414 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %413, i8* %414, i64 4, i1 false)
  %415 = load i32, i32* %dict.1, align 4
  store i32 %415, i32* %result27, align 4
  br label %e5

ok41:                                             ; preds = %write.slow39
  %416 = icmp ult i64 %401, %scratch_start
  %417 = load i64, i64* %lowStart, align 8
  %418 = call i64 @llvm.umin.i64(i64 %417, i64 %401)
  %419 = load i64, i64* %lowEnd, align 8
  %420 = load i64, i64* %highEnd, align 8
  %421 = add i64 %402, 64
  %422 = sub i64 %402, %418
  %423 = lshr i64 %422, 4
  %424 = add i64 %421, %423
  %425 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %424)
  %426 = call i64 @llvm.umax.i64(i64 %419, i64 %425)
  %427 = select i1 %416, i64 %426, i64 %419
  store i64 %427, i64* %lowEnd, align 8
  %428 = add i64 %402, 64
  %429 = sub i64 %402, %scratch_start
  %430 = lshr i64 %429, 4
  %431 = add i64 %428, %430
  %432 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %431)
  %433 = call i64 @llvm.umax.i64(i64 %420, i64 %432)
  %434 = select i1 %416, i64 %420, i64 %433
  store i64 %434, i64* %highEnd, align 8
  store i64 %418, i64* %lowStart, align 8
  br label %write.ok40

write.low43:                                      ; preds = %e5
  %435 = load i64, i64* %lowStart, align 8
  %436 = icmp uge i64 %308, %435
  %437 = load i64, i64* %lowEnd, align 8
  %438 = icmp ule i64 %309, %437
  %439 = and i1 %436, %438
  br i1 %439, label %write.ok45, label %write.slow44

write.slow44:                                     ; preds = %write.low43
  %440 = icmp ugt i64 %309, %arena_size
  br i1 %440, label %trap17.site0, label %ok46

write.ok45:                                       ; preds = %ok46, %write.low43, %e5
  %441 = getelementptr i8, i8* %mem, i64 %308
  store i32 %306, i32* %unaligned47, align 4
  %442 = bitcast i32* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %441, i8* %442, i64 4, i1 false)
  %443 = load i32, i32* %len, align 4
  %444 = add i32 %443, 1
  store i32 %444, i32* %len, align 4
  %445 = load i32, i32* %k, align 4
  %446 = add i32 %445, 1
  store i32 %446, i32* %k, align 4
  br label %each4

ok46:                                             ; preds = %write.slow44
  %447 = icmp ult i64 %308, %scratch_start
  %448 = load i64, i64* %lowStart, align 8
  %449 = call i64 @llvm.umin.i64(i64 %448, i64 %308)
  %450 = load i64, i64* %lowEnd, align 8
  %451 = load i64, i64* %highEnd, align 8
  %452 = add i64 %309, 64
  %453 = sub i64 %309, %449
  %454 = lshr i64 %453, 4
  %455 = add i64 %452, %454
  %456 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %455)
  %457 = call i64 @llvm.umax.i64(i64 %450, i64 %456)
  %458 = select i1 %447, i64 %457, i64 %450
  store i64 %458, i64* %lowEnd, align 8
  %459 = add i64 %309, 64
  %460 = sub i64 %309, %scratch_start
  %461 = lshr i64 %460, 4
  %462 = add i64 %459, %461
  %463 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %462)
  %464 = call i64 @llvm.umax.i64(i64 %451, i64 %463)
  %465 = select i1 %447, i64 %451, i64 %464
  store i64 %465, i64* %highEnd, align 8
  store i64 %449, i64* %lowStart, align 8
  br label %write.ok45

dead48:                                           ; No predecessors!
  br label %block3

write.low49:                                      ; preds = %block3
  %466 = load i64, i64* %lowStart, align 8
  %467 = icmp uge i64 %268, %466
  %468 = load i64, i64* %lowEnd, align 8
  %469 = icmp ule i64 %269, %468
  %470 = and i1 %467, %469
  br i1 %470, label %write.ok51, label %write.slow50

write.slow50:                                     ; preds = %write.low49
  %471 = icmp ugt i64 %269, %arena_size
  br i1 %471, label %trap17.site0, label %ok52

write.ok51:                                       ; preds = %ok52, %write.low49, %block3
  %472 = getelementptr i8, i8* %mem, i64 %268
  store i32 %267, i32* %unaligned53, align 4
  %473 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %472, i8* %473, i64 4, i1 false)
  %474 = load i32, i32* %list, align 4
  store i32 %474, i32* %result18, align 4
  br label %e1

ok52:                                             ; preds = %write.slow50
  %475 = icmp ult i64 %268, %scratch_start
  %476 = load i64, i64* %lowStart, align 8
  %477 = call i64 @llvm.umin.i64(i64 %476, i64 %268)
  %478 = load i64, i64* %lowEnd, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = add i64 %269, 64
  %481 = sub i64 %269, %477
  %482 = lshr i64 %481, 4
  %483 = add i64 %480, %482
  %484 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %483)
  %485 = call i64 @llvm.umax.i64(i64 %478, i64 %484)
  %486 = select i1 %475, i64 %485, i64 %478
  store i64 %486, i64* %lowEnd, align 8
  %487 = add i64 %269, 64
  %488 = sub i64 %269, %scratch_start
  %489 = lshr i64 %488, 4
  %490 = add i64 %487, %489
  %491 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %490)
  %492 = call i64 @llvm.umax.i64(i64 %479, i64 %491)
  %493 = select i1 %475, i64 %479, i64 %492
  store i64 %493, i64* %highEnd, align 8
  store i64 %477, i64* %lowStart, align 8
  br label %write.ok51

write.low54:                                      ; preds = %e1
  %494 = load i64, i64* %lowStart, align 8
  %495 = icmp uge i64 %223, %494
  %496 = load i64, i64* %lowEnd, align 8
  %497 = icmp ule i64 %224, %496
  %498 = and i1 %495, %497
  br i1 %498, label %write.ok56, label %write.slow55

write.slow55:                                     ; preds = %write.low54
  %499 = icmp ugt i64 %224, %arena_size
  br i1 %499, label %trap17.site0, label %ok57

write.ok56:                                       ; preds = %ok57, %write.low54, %e1
  %500 = getelementptr i8, i8* %mem, i64 %223
  store i32 %221, i32* %unaligned58, align 4
  %501 = bitcast i32* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %500, i8* %501, i64 4, i1 false)
  %502 = load i32, i32* %tickets, align 4
  store i32 %502, i32* %xs.1, align 4
  %503 = load i32, i32* %xs.1, align 4
  %504 = zext i32 %503 to i64
  %505 = add i64 %504, 4
  %506 = icmp ugt i64 %505, %arena_size
  br i1 %506, label %trap17.site0, label %ok61

ok57:                                             ; preds = %write.slow55
  %507 = icmp ult i64 %223, %scratch_start
  %508 = load i64, i64* %lowStart, align 8
  %509 = call i64 @llvm.umin.i64(i64 %508, i64 %223)
  %510 = load i64, i64* %lowEnd, align 8
  %511 = load i64, i64* %highEnd, align 8
  %512 = add i64 %224, 64
  %513 = sub i64 %224, %509
  %514 = lshr i64 %513, 4
  %515 = add i64 %512, %514
  %516 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %515)
  %517 = call i64 @llvm.umax.i64(i64 %510, i64 %516)
  %518 = select i1 %507, i64 %517, i64 %510
  store i64 %518, i64* %lowEnd, align 8
  %519 = add i64 %224, 64
  %520 = sub i64 %224, %scratch_start
  %521 = lshr i64 %520, 4
  %522 = add i64 %519, %521
  %523 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %522)
  %524 = call i64 @llvm.umax.i64(i64 %511, i64 %523)
  %525 = select i1 %507, i64 %511, i64 %524
  store i64 %525, i64* %highEnd, align 8
  store i64 %509, i64* %lowStart, align 8
  br label %write.ok56

e10:                                              ; preds = %write.ok120
  %526 = load i32, i32* %result59, align 4
  store i32 %526, i32* %escalated, align 4
  %527 = load i32, i32* %dict, align 4
  %528 = load i32, i32* %escalated, align 4
  %529 = zext i32 %527 to i64
  %530 = add i64 %529, 8
  %531 = add i64 %530, 4
  %532 = icmp uge i64 %530, %scratch_start
  %533 = load i64, i64* %highEnd, align 8
  %534 = icmp ule i64 %531, %533
  %535 = and i1 %532, %534
  br i1 %535, label %write.ok125, label %write.low123

e11:                                              ; preds = %write.ok94
  %536 = load i32, i32* %result60, align 4
  store i32 %536, i32* %xs.2, align 4
  %537 = load i32, i32* %xs.2, align 4
  %538 = zext i32 %537 to i64
  %539 = add i64 %538, 4
  %540 = icmp ugt i64 %539, %arena_size
  br i1 %540, label %trap17.site0, label %ok97

ok61:                                             ; preds = %write.ok56
  %541 = getelementptr i8, i8* %mem, i64 %504
  %542 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %542, i8* %541, i64 4, i1 false)
  %543 = load i32, i32* %unaligned62, align 4
  %544 = zext i32 %543 to i64
  %545 = mul i64 %544, 4
  %546 = add i64 4, %545
  store i64 %546, i64* %size.1, align 8
  %547 = load i64, i64* %size.1, align 8
  %548 = icmp ugt i64 %547, 2147483647
  %549 = zext i1 %548 to i32
  %550 = icmp ne i32 %549, 0
  br i1 %550, label %then63, label %else64

then63:                                           ; preds = %ok61
  br label %trap15.site10

else64:                                           ; preds = %ok61
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %551 = load i64, i64* %size.1, align 8
  %552 = trunc i64 %551 to i32
  %553 = zext i32 %552 to i64
  %554 = getelementptr i64, i64* %regs, i64 1
  %555 = getelementptr i64, i64* %regs, i64 2
  %556 = load i64, i64* %554, align 8
  %557 = add i64 %556, 3
  %558 = and i64 %557, -4
  %559 = add i64 %558, %553
  %560 = load i64, i64* %555, align 8
  %561 = icmp ugt i64 %559, %560
  br i1 %561, label %trap15.site10, label %ok67

trap15.site10:                                    ; preds = %join65, %then63
  %562 = load i64, i64* %lowStart, align 8
  %563 = getelementptr i64, i64* %regs, i64 6
  store i64 %562, i64* %563, align 8
  %564 = load i64, i64* %lowEnd, align 8
  %565 = getelementptr i64, i64* %regs, i64 7
  store i64 %564, i64* %565, align 8
  %566 = load i64, i64* %highEnd, align 8
  %567 = getelementptr i64, i64* %regs, i64 8
  store i64 %566, i64* %567, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead66:                                           ; No predecessors!
  br label %join65

ok67:                                             ; preds = %join65
  store i64 %559, i64* %554, align 8
  %568 = load i64, i64* %highEnd, align 8
  %569 = call i64 @llvm.umax.i64(i64 %568, i64 %559)
  store i64 %569, i64* %highEnd, align 8
  %570 = trunc i64 %558 to i32
  store i32 %570, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %571 = load i32, i32* %xs.1, align 4
  %572 = zext i32 %571 to i64
  %573 = add i64 %572, 4
  %574 = icmp ugt i64 %573, %arena_size
  br i1 %574, label %trap17.site0, label %ok68

ok68:                                             ; preds = %ok67
  %575 = getelementptr i8, i8* %mem, i64 %572
  %576 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %576, i8* %575, i64 4, i1 false)
  %577 = load i32, i32* %unaligned69, align 4
  store i32 %577, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead91, %ok70
  %578 = load i32, i32* %list.1, align 4
  %579 = load i32, i32* %len.1, align 4
  %580 = zext i32 %578 to i64
  %581 = add i64 %580, 4
  %582 = icmp uge i64 %580, %scratch_start
  %583 = load i64, i64* %highEnd, align 8
  %584 = icmp ule i64 %581, %583
  %585 = and i1 %582, %584
  br i1 %585, label %write.ok94, label %write.low92

each14:                                           ; preds = %join85, %ok68
  %586 = load i64, i64* %fuel, align 8
  %587 = icmp ult i64 %586, 1
  br i1 %587, label %trap14.site0, label %ok70

ok70:                                             ; preds = %each14
  %588 = sub i64 %586, 1
  store i64 %588, i64* %fuel, align 8
  %589 = load i32, i32* %k.1, align 4
  %590 = load i32, i32* %n.1, align 4
  %591 = icmp uge i32 %589, %590
  %592 = zext i1 %591 to i32
  %593 = icmp ne i32 %592, 0
  br i1 %593, label %block13, label %cont71

cont71:                                           ; preds = %ok70
  %594 = load i32, i32* %xs.1, align 4
  %595 = load i32, i32* %k.1, align 4
  %596 = mul i32 %595, 4
  %597 = add i32 %594, %596
  %598 = zext i32 %597 to i64
  %599 = add i64 %598, 4
  %600 = add i64 %599, 4
  %601 = icmp ugt i64 %600, %arena_size
  br i1 %601, label %trap17.site0, label %ok72

ok72:                                             ; preds = %cont71
  %602 = getelementptr i8, i8* %mem, i64 %599
  %603 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %603, i8* %602, i64 4, i1 false)
  %604 = load i32, i32* %unaligned73, align 4
  store i32 %604, i32* %x.1, align 4
  %605 = load i32, i32* %x.1, align 4
  store i32 %605, i32* %t.1, align 4
  %606 = load i32, i32* %t.1, align 4
  %607 = icmp uge i32 %depth, 1000
  br i1 %607, label %trap15.site11, label %ok75

e15:                                              ; preds = %match18
  %608 = load i32, i32* %result74, align 4
  %609 = icmp ne i32 %608, 0
  br i1 %609, label %then83, label %else84

ok75:                                             ; preds = %ok72
  %610 = icmp ult i64 %10, %stack_limit
  br i1 %610, label %trap253.site0, label %stack_ok76

trap15.site11:                                    ; preds = %ok72
  %611 = load i64, i64* %lowStart, align 8
  %612 = getelementptr i64, i64* %regs, i64 6
  store i64 %611, i64* %612, align 8
  %613 = load i64, i64* %lowEnd, align 8
  %614 = getelementptr i64, i64* %regs, i64 7
  store i64 %613, i64* %614, align 8
  %615 = load i64, i64* %highEnd, align 8
  %616 = getelementptr i64, i64* %regs, i64 8
  store i64 %615, i64* %616, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok76:                                       ; preds = %ok75
  %617 = load i64, i64* %fuel, align 8
  %618 = getelementptr i64, i64* %regs, i64 0
  store i64 %617, i64* %618, align 8
  %619 = load i64, i64* %lowStart, align 8
  %620 = getelementptr i64, i64* %regs, i64 6
  store i64 %619, i64* %620, align 8
  %621 = load i64, i64* %lowEnd, align 8
  %622 = getelementptr i64, i64* %regs, i64 7
  store i64 %621, i64* %622, align 8
  %623 = load i64, i64* %highEnd, align 8
  %624 = getelementptr i64, i64* %regs, i64 8
  store i64 %623, i64* %624, align 8
  %625 = add i32 %depth, 1
  %626 = call i32 @m0.fn.route(i64* %regs, i8* %mem, i32 %625, i32 0, i32 %606)
  %627 = getelementptr i64, i64* %regs, i64 0
  %628 = load i64, i64* %627, align 8
  store i64 %628, i64* %fuel, align 8
  %629 = getelementptr i64, i64* %regs, i64 6
  %630 = load i64, i64* %629, align 8
  store i64 %630, i64* %lowStart, align 8
  %631 = getelementptr i64, i64* %regs, i64 7
  %632 = load i64, i64* %631, align 8
  store i64 %632, i64* %lowEnd, align 8
  %633 = getelementptr i64, i64* %regs, i64 8
  %634 = load i64, i64* %633, align 8
  store i64 %634, i64* %highEnd, align 8
  store i32 %626, i32* %scrut, align 4
  %635 = load i32, i32* %scrut, align 4
  %636 = zext i32 %635 to i64
  %637 = add i64 %636, 1
  %638 = icmp ugt i64 %637, %arena_size
  br i1 %638, label %trap17.site0, label %ok78

match18:                                          ; preds = %join81, %then79
  %639 = load i32, i32* %result77, align 4
  store i32 %639, i32* %result74, align 4
  br label %e15

ok78:                                             ; preds = %stack_ok76
  %640 = getelementptr i8, i8* %mem, i64 %636
  %641 = load i8, i8* %640, align 1
  %642 = zext i8 %641 to i32
  %643 = icmp eq i32 %642, 1
  %644 = zext i1 %643 to i32
  %645 = icmp ne i32 %644, 0
  br i1 %645, label %then79, label %else80

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
  %646 = load i32, i32* %list.1, align 4
  %647 = load i32, i32* %len.1, align 4
  %648 = mul i32 %647, 4
  %649 = add i32 %646, %648
  %650 = load i32, i32* %x.1, align 4
  %651 = zext i32 %649 to i64
  %652 = add i64 %651, 4
  %653 = add i64 %652, 4
  %654 = icmp uge i64 %652, %scratch_start
  %655 = load i64, i64* %highEnd, align 8
  %656 = icmp ule i64 %653, %655
  %657 = and i1 %654, %656
  br i1 %657, label %write.ok88, label %write.low86

else84:                                           ; preds = %e15
  br label %join85

join85:                                           ; preds = %else84, %write.ok88
  %658 = load i32, i32* %k.1, align 4
  %659 = add i32 %658, 1
  store i32 %659, i32* %k.1, align 4
  br label %each14

write.low86:                                      ; preds = %then83
  %660 = load i64, i64* %lowStart, align 8
  %661 = icmp uge i64 %652, %660
  %662 = load i64, i64* %lowEnd, align 8
  %663 = icmp ule i64 %653, %662
  %664 = and i1 %661, %663
  br i1 %664, label %write.ok88, label %write.slow87

write.slow87:                                     ; preds = %write.low86
  %665 = icmp ugt i64 %653, %arena_size
  br i1 %665, label %trap17.site0, label %ok89

write.ok88:                                       ; preds = %ok89, %write.low86, %then83
  %666 = getelementptr i8, i8* %mem, i64 %652
  store i32 %650, i32* %unaligned90, align 4
  %667 = bitcast i32* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %666, i8* %667, i64 4, i1 false)
  %668 = load i32, i32* %len.1, align 4
  %669 = add i32 %668, 1
  store i32 %669, i32* %len.1, align 4
  br label %join85

ok89:                                             ; preds = %write.slow87
  %670 = icmp ult i64 %652, %scratch_start
  %671 = load i64, i64* %lowStart, align 8
  %672 = call i64 @llvm.umin.i64(i64 %671, i64 %652)
  %673 = load i64, i64* %lowEnd, align 8
  %674 = load i64, i64* %highEnd, align 8
  %675 = add i64 %653, 64
  %676 = sub i64 %653, %672
  %677 = lshr i64 %676, 4
  %678 = add i64 %675, %677
  %679 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %678)
  %680 = call i64 @llvm.umax.i64(i64 %673, i64 %679)
  %681 = select i1 %670, i64 %680, i64 %673
  store i64 %681, i64* %lowEnd, align 8
  %682 = add i64 %653, 64
  %683 = sub i64 %653, %scratch_start
  %684 = lshr i64 %683, 4
  %685 = add i64 %682, %684
  %686 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %685)
  %687 = call i64 @llvm.umax.i64(i64 %674, i64 %686)
  %688 = select i1 %670, i64 %674, i64 %687
  store i64 %688, i64* %highEnd, align 8
  store i64 %672, i64* %lowStart, align 8
  br label %write.ok88

dead91:                                           ; No predecessors!
  br label %block13

write.low92:                                      ; preds = %block13
  %689 = load i64, i64* %lowStart, align 8
  %690 = icmp uge i64 %580, %689
  %691 = load i64, i64* %lowEnd, align 8
  %692 = icmp ule i64 %581, %691
  %693 = and i1 %690, %692
  br i1 %693, label %write.ok94, label %write.slow93

write.slow93:                                     ; preds = %write.low92
  %694 = icmp ugt i64 %581, %arena_size
  br i1 %694, label %trap17.site0, label %ok95

write.ok94:                                       ; preds = %ok95, %write.low92, %block13
  %695 = getelementptr i8, i8* %mem, i64 %580
  store i32 %579, i32* %unaligned96, align 4
  %696 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %695, i8* %696, i64 4, i1 false)
  %697 = load i32, i32* %list.1, align 4
  store i32 %697, i32* %result60, align 4
  br label %e11

ok95:                                             ; preds = %write.slow93
  %698 = icmp ult i64 %580, %scratch_start
  %699 = load i64, i64* %lowStart, align 8
  %700 = call i64 @llvm.umin.i64(i64 %699, i64 %580)
  %701 = load i64, i64* %lowEnd, align 8
  %702 = load i64, i64* %highEnd, align 8
  %703 = add i64 %581, 64
  %704 = sub i64 %581, %700
  %705 = lshr i64 %704, 4
  %706 = add i64 %703, %705
  %707 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %706)
  %708 = call i64 @llvm.umax.i64(i64 %701, i64 %707)
  %709 = select i1 %698, i64 %708, i64 %701
  store i64 %709, i64* %lowEnd, align 8
  %710 = add i64 %581, 64
  %711 = sub i64 %581, %scratch_start
  %712 = lshr i64 %711, 4
  %713 = add i64 %710, %712
  %714 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %713)
  %715 = call i64 @llvm.umax.i64(i64 %702, i64 %714)
  %716 = select i1 %698, i64 %702, i64 %715
  store i64 %716, i64* %highEnd, align 8
  store i64 %700, i64* %lowStart, align 8
  br label %write.ok94

ok97:                                             ; preds = %e11
  %717 = getelementptr i8, i8* %mem, i64 %538
  %718 = bitcast i32* %unaligned98 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %718, i8* %717, i64 4, i1 false)
  %719 = load i32, i32* %unaligned98, align 4
  %720 = zext i32 %719 to i64
  %721 = mul i64 %720, 4
  %722 = add i64 4, %721
  store i64 %722, i64* %size.2, align 8
  %723 = load i64, i64* %size.2, align 8
  %724 = icmp ugt i64 %723, 2147483647
  %725 = zext i1 %724 to i32
  %726 = icmp ne i32 %725, 0
  br i1 %726, label %then99, label %else100

then99:                                           ; preds = %ok97
  br label %trap15.site9

else100:                                          ; preds = %ok97
  br label %join101

join101:                                          ; preds = %else100, %dead102
  %727 = load i64, i64* %size.2, align 8
  %728 = trunc i64 %727 to i32
  %729 = zext i32 %728 to i64
  %730 = getelementptr i64, i64* %regs, i64 1
  %731 = getelementptr i64, i64* %regs, i64 2
  %732 = load i64, i64* %730, align 8
  %733 = add i64 %732, 3
  %734 = and i64 %733, -4
  %735 = add i64 %734, %729
  %736 = load i64, i64* %731, align 8
  %737 = icmp ugt i64 %735, %736
  br i1 %737, label %trap15.site9, label %ok103

trap15.site9:                                     ; preds = %join101, %then99
  %738 = load i64, i64* %lowStart, align 8
  %739 = getelementptr i64, i64* %regs, i64 6
  store i64 %738, i64* %739, align 8
  %740 = load i64, i64* %lowEnd, align 8
  %741 = getelementptr i64, i64* %regs, i64 7
  store i64 %740, i64* %741, align 8
  %742 = load i64, i64* %highEnd, align 8
  %743 = getelementptr i64, i64* %regs, i64 8
  store i64 %742, i64* %743, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead102:                                          ; No predecessors!
  br label %join101

ok103:                                            ; preds = %join101
  store i64 %735, i64* %730, align 8
  %744 = load i64, i64* %highEnd, align 8
  %745 = call i64 @llvm.umax.i64(i64 %744, i64 %735)
  store i64 %745, i64* %highEnd, align 8
  %746 = trunc i64 %734 to i32
  store i32 %746, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %747 = load i32, i32* %xs.2, align 4
  %748 = zext i32 %747 to i64
  %749 = add i64 %748, 4
  %750 = icmp ugt i64 %749, %arena_size
  br i1 %750, label %trap17.site0, label %ok104

ok104:                                            ; preds = %ok103
  %751 = getelementptr i8, i8* %mem, i64 %748
  %752 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %752, i8* %751, i64 4, i1 false)
  %753 = load i32, i32* %unaligned105, align 4
  store i32 %753, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each22

block21:                                          ; preds = %dead117, %ok106
  %754 = load i32, i32* %list.2, align 4
  %755 = load i32, i32* %len.2, align 4
  %756 = zext i32 %754 to i64
  %757 = add i64 %756, 4
  %758 = icmp uge i64 %756, %scratch_start
  %759 = load i64, i64* %highEnd, align 8
  %760 = icmp ule i64 %757, %759
  %761 = and i1 %758, %760
  br i1 %761, label %write.ok120, label %write.low118

each22:                                           ; preds = %write.ok114, %ok104
  %762 = load i64, i64* %fuel, align 8
  %763 = icmp ult i64 %762, 1
  br i1 %763, label %trap14.site0, label %ok106

ok106:                                            ; preds = %each22
  %764 = sub i64 %762, 1
  store i64 %764, i64* %fuel, align 8
  %765 = load i32, i32* %k.2, align 4
  %766 = load i32, i32* %n.2, align 4
  %767 = icmp uge i32 %765, %766
  %768 = zext i1 %767 to i32
  %769 = icmp ne i32 %768, 0
  br i1 %769, label %block21, label %cont107

cont107:                                          ; preds = %ok106
  %770 = load i32, i32* %xs.2, align 4
  %771 = load i32, i32* %k.2, align 4
  %772 = mul i32 %771, 4
  %773 = add i32 %770, %772
  %774 = zext i32 %773 to i64
  %775 = add i64 %774, 4
  %776 = add i64 %775, 4
  %777 = icmp ugt i64 %776, %arena_size
  br i1 %777, label %trap17.site0, label %ok108

ok108:                                            ; preds = %cont107
  %778 = getelementptr i8, i8* %mem, i64 %775
  %779 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %779, i8* %778, i64 4, i1 false)
  %780 = load i32, i32* %unaligned109, align 4
  store i32 %780, i32* %x.2, align 4
  %781 = load i32, i32* %x.2, align 4
  store i32 %781, i32* %t.2, align 4
  %782 = load i32, i32* %list.2, align 4
  %783 = load i32, i32* %len.2, align 4
  %784 = mul i32 %783, 4
  %785 = add i32 %782, %784
  %786 = load i32, i32* %t.2, align 4
  %787 = zext i32 %786 to i64
  %788 = add i64 %787, 4
  %789 = icmp ugt i64 %788, %arena_size
  br i1 %789, label %trap17.site12, label %ok110

ok110:                                            ; preds = %ok108
  %790 = getelementptr i8, i8* %mem, i64 %787
  %791 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %791, i8* %790, i64 4, i1 false)
  %792 = load i32, i32* %unaligned111, align 4
  %793 = zext i32 %785 to i64
  %794 = add i64 %793, 4
  %795 = add i64 %794, 4
  %796 = icmp uge i64 %794, %scratch_start
  %797 = load i64, i64* %highEnd, align 8
  %798 = icmp ule i64 %795, %797
  %799 = and i1 %796, %798
  br i1 %799, label %write.ok114, label %write.low112

trap17.site12:                                    ; preds = %ok108
  %800 = load i64, i64* %lowStart, align 8
  %801 = getelementptr i64, i64* %regs, i64 6
  store i64 %800, i64* %801, align 8
  %802 = load i64, i64* %lowEnd, align 8
  %803 = getelementptr i64, i64* %regs, i64 7
  store i64 %802, i64* %803, align 8
  %804 = load i64, i64* %highEnd, align 8
  %805 = getelementptr i64, i64* %regs, i64 8
  store i64 %804, i64* %805, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

write.low112:                                     ; preds = %ok110
  %806 = load i64, i64* %lowStart, align 8
  %807 = icmp uge i64 %794, %806
  %808 = load i64, i64* %lowEnd, align 8
  %809 = icmp ule i64 %795, %808
  %810 = and i1 %807, %809
  br i1 %810, label %write.ok114, label %write.slow113

write.slow113:                                    ; preds = %write.low112
  %811 = icmp ugt i64 %795, %arena_size
  br i1 %811, label %trap17.site0, label %ok115

write.ok114:                                      ; preds = %ok115, %write.low112, %ok110
  %812 = getelementptr i8, i8* %mem, i64 %794
  store i32 %792, i32* %unaligned116, align 4
  %813 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %812, i8* %813, i64 4, i1 false)
  %814 = load i32, i32* %len.2, align 4
  %815 = add i32 %814, 1
  store i32 %815, i32* %len.2, align 4
  %816 = load i32, i32* %k.2, align 4
  %817 = add i32 %816, 1
  store i32 %817, i32* %k.2, align 4
  br label %each22

ok115:                                            ; preds = %write.slow113
  %818 = icmp ult i64 %794, %scratch_start
  %819 = load i64, i64* %lowStart, align 8
  %820 = call i64 @llvm.umin.i64(i64 %819, i64 %794)
  %821 = load i64, i64* %lowEnd, align 8
  %822 = load i64, i64* %highEnd, align 8
  %823 = add i64 %795, 64
  %824 = sub i64 %795, %820
  %825 = lshr i64 %824, 4
  %826 = add i64 %823, %825
  %827 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %826)
  %828 = call i64 @llvm.umax.i64(i64 %821, i64 %827)
  %829 = select i1 %818, i64 %828, i64 %821
  store i64 %829, i64* %lowEnd, align 8
  %830 = add i64 %795, 64
  %831 = sub i64 %795, %scratch_start
  %832 = lshr i64 %831, 4
  %833 = add i64 %830, %832
  %834 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %833)
  %835 = call i64 @llvm.umax.i64(i64 %822, i64 %834)
  %836 = select i1 %818, i64 %822, i64 %835
  store i64 %836, i64* %highEnd, align 8
  store i64 %820, i64* %lowStart, align 8
  br label %write.ok114

dead117:                                          ; No predecessors!
  br label %block21

write.low118:                                     ; preds = %block21
  %837 = load i64, i64* %lowStart, align 8
  %838 = icmp uge i64 %756, %837
  %839 = load i64, i64* %lowEnd, align 8
  %840 = icmp ule i64 %757, %839
  %841 = and i1 %838, %840
  br i1 %841, label %write.ok120, label %write.slow119

write.slow119:                                    ; preds = %write.low118
  %842 = icmp ugt i64 %757, %arena_size
  br i1 %842, label %trap17.site0, label %ok121

write.ok120:                                      ; preds = %ok121, %write.low118, %block21
  %843 = getelementptr i8, i8* %mem, i64 %756
  store i32 %755, i32* %unaligned122, align 4
  %844 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %843, i8* %844, i64 4, i1 false)
  %845 = load i32, i32* %list.2, align 4
  store i32 %845, i32* %result59, align 4
  br label %e10

ok121:                                            ; preds = %write.slow119
  %846 = icmp ult i64 %756, %scratch_start
  %847 = load i64, i64* %lowStart, align 8
  %848 = call i64 @llvm.umin.i64(i64 %847, i64 %756)
  %849 = load i64, i64* %lowEnd, align 8
  %850 = load i64, i64* %highEnd, align 8
  %851 = add i64 %757, 64
  %852 = sub i64 %757, %848
  %853 = lshr i64 %852, 4
  %854 = add i64 %851, %853
  %855 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %854)
  %856 = call i64 @llvm.umax.i64(i64 %849, i64 %855)
  %857 = select i1 %846, i64 %856, i64 %849
  store i64 %857, i64* %lowEnd, align 8
  %858 = add i64 %757, 64
  %859 = sub i64 %757, %scratch_start
  %860 = lshr i64 %859, 4
  %861 = add i64 %858, %860
  %862 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %861)
  %863 = call i64 @llvm.umax.i64(i64 %850, i64 %862)
  %864 = select i1 %846, i64 %850, i64 %863
  store i64 %864, i64* %highEnd, align 8
  store i64 %848, i64* %lowStart, align 8
  br label %write.ok120

write.low123:                                     ; preds = %e10
  %865 = load i64, i64* %lowStart, align 8
  %866 = icmp uge i64 %530, %865
  %867 = load i64, i64* %lowEnd, align 8
  %868 = icmp ule i64 %531, %867
  %869 = and i1 %866, %868
  br i1 %869, label %write.ok125, label %write.slow124

write.slow124:                                    ; preds = %write.low123
  %870 = icmp ugt i64 %531, %arena_size
  br i1 %870, label %trap17.site0, label %ok126

write.ok125:                                      ; preds = %ok126, %write.low123, %e10
  %871 = getelementptr i8, i8* %mem, i64 %530
  store i32 %528, i32* %unaligned127, align 4
  %872 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %871, i8* %872, i64 4, i1 false)
  %873 = load i32, i32* %tickets, align 4
  store i32 %873, i32* %xs.3, align 4
  %874 = load i32, i32* %xs.3, align 4
  %875 = zext i32 %874 to i64
  %876 = add i64 %875, 4
  %877 = icmp ugt i64 %876, %arena_size
  br i1 %877, label %trap17.site0, label %ok129

ok126:                                            ; preds = %write.slow124
  %878 = icmp ult i64 %530, %scratch_start
  %879 = load i64, i64* %lowStart, align 8
  %880 = call i64 @llvm.umin.i64(i64 %879, i64 %530)
  %881 = load i64, i64* %lowEnd, align 8
  %882 = load i64, i64* %highEnd, align 8
  %883 = add i64 %531, 64
  %884 = sub i64 %531, %880
  %885 = lshr i64 %884, 4
  %886 = add i64 %883, %885
  %887 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %886)
  %888 = call i64 @llvm.umax.i64(i64 %881, i64 %887)
  %889 = select i1 %878, i64 %888, i64 %881
  store i64 %889, i64* %lowEnd, align 8
  %890 = add i64 %531, 64
  %891 = sub i64 %531, %scratch_start
  %892 = lshr i64 %891, 4
  %893 = add i64 %890, %892
  %894 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %893)
  %895 = call i64 @llvm.umax.i64(i64 %882, i64 %894)
  %896 = select i1 %878, i64 %882, i64 %895
  store i64 %896, i64* %highEnd, align 8
  store i64 %880, i64* %lowStart, align 8
  br label %write.ok125

e25:                                              ; preds = %write.ok172
  %897 = load i32, i32* %result128, align 4
  store i32 %897, i32* %vip, align 4
  %898 = load i32, i32* %dict, align 4
  %899 = load i32, i32* %vip, align 4
  %900 = zext i32 %898 to i64
  %901 = add i64 %900, 12
  %902 = add i64 %901, 4
  %903 = icmp uge i64 %901, %scratch_start
  %904 = load i64, i64* %highEnd, align 8
  %905 = icmp ule i64 %902, %904
  %906 = and i1 %903, %905
  br i1 %906, label %write.ok177, label %write.low175

ok129:                                            ; preds = %write.ok125
  %907 = getelementptr i8, i8* %mem, i64 %875
  %908 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %908, i8* %907, i64 4, i1 false)
  %909 = load i32, i32* %unaligned130, align 4
  %910 = zext i32 %909 to i64
  %911 = mul i64 %910, 4
  %912 = add i64 4, %911
  store i64 %912, i64* %size.3, align 8
  %913 = load i64, i64* %size.3, align 8
  %914 = icmp ugt i64 %913, 2147483647
  %915 = zext i1 %914 to i32
  %916 = icmp ne i32 %915, 0
  br i1 %916, label %then131, label %else132

then131:                                          ; preds = %ok129
  br label %trap15.site13

else132:                                          ; preds = %ok129
  br label %join133

join133:                                          ; preds = %else132, %dead134
  %917 = load i64, i64* %size.3, align 8
  %918 = trunc i64 %917 to i32
  %919 = zext i32 %918 to i64
  %920 = getelementptr i64, i64* %regs, i64 1
  %921 = getelementptr i64, i64* %regs, i64 2
  %922 = load i64, i64* %920, align 8
  %923 = add i64 %922, 3
  %924 = and i64 %923, -4
  %925 = add i64 %924, %919
  %926 = load i64, i64* %921, align 8
  %927 = icmp ugt i64 %925, %926
  br i1 %927, label %trap15.site13, label %ok135

trap15.site13:                                    ; preds = %join133, %then131
  %928 = load i64, i64* %lowStart, align 8
  %929 = getelementptr i64, i64* %regs, i64 6
  store i64 %928, i64* %929, align 8
  %930 = load i64, i64* %lowEnd, align 8
  %931 = getelementptr i64, i64* %regs, i64 7
  store i64 %930, i64* %931, align 8
  %932 = load i64, i64* %highEnd, align 8
  %933 = getelementptr i64, i64* %regs, i64 8
  store i64 %932, i64* %933, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead134:                                          ; No predecessors!
  br label %join133

ok135:                                            ; preds = %join133
  store i64 %925, i64* %920, align 8
  %934 = load i64, i64* %highEnd, align 8
  %935 = call i64 @llvm.umax.i64(i64 %934, i64 %925)
  store i64 %935, i64* %highEnd, align 8
  %936 = trunc i64 %924 to i32
  store i32 %936, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %937 = load i32, i32* %xs.3, align 4
  %938 = zext i32 %937 to i64
  %939 = add i64 %938, 4
  %940 = icmp ugt i64 %939, %arena_size
  br i1 %940, label %trap17.site0, label %ok136

ok136:                                            ; preds = %ok135
  %941 = getelementptr i8, i8* %mem, i64 %938
  %942 = bitcast i32* %unaligned137 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %942, i8* %941, i64 4, i1 false)
  %943 = load i32, i32* %unaligned137, align 4
  store i32 %943, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each28

block27:                                          ; preds = %dead169, %ok138
  %944 = load i32, i32* %list.3, align 4
  %945 = load i32, i32* %len.3, align 4
  %946 = zext i32 %944 to i64
  %947 = add i64 %946, 4
  %948 = icmp uge i64 %946, %scratch_start
  %949 = load i64, i64* %highEnd, align 8
  %950 = icmp ule i64 %947, %949
  %951 = and i1 %948, %950
  br i1 %951, label %write.ok172, label %write.low170

each28:                                           ; preds = %join161, %ok136
  %952 = load i64, i64* %fuel, align 8
  %953 = icmp ult i64 %952, 1
  br i1 %953, label %trap14.site0, label %ok138

ok138:                                            ; preds = %each28
  %954 = sub i64 %952, 1
  store i64 %954, i64* %fuel, align 8
  %955 = load i32, i32* %k.3, align 4
  %956 = load i32, i32* %n.3, align 4
  %957 = icmp uge i32 %955, %956
  %958 = zext i1 %957 to i32
  %959 = icmp ne i32 %958, 0
  br i1 %959, label %block27, label %cont139

cont139:                                          ; preds = %ok138
  %960 = load i32, i32* %xs.3, align 4
  %961 = load i32, i32* %k.3, align 4
  %962 = mul i32 %961, 4
  %963 = add i32 %960, %962
  %964 = zext i32 %963 to i64
  %965 = add i64 %964, 4
  %966 = add i64 %965, 4
  %967 = icmp ugt i64 %966, %arena_size
  br i1 %967, label %trap17.site0, label %ok140

ok140:                                            ; preds = %cont139
  %968 = getelementptr i8, i8* %mem, i64 %965
  %969 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %969, i8* %968, i64 4, i1 false)
  %970 = load i32, i32* %unaligned141, align 4
  store i32 %970, i32* %x.3, align 4
  %971 = load i32, i32* %x.3, align 4
  store i32 %971, i32* %t.3, align 4
  %972 = load i32, i32* %t.3, align 4
  %973 = zext i32 %972 to i64
  %974 = add i64 %973, 24
  %975 = add i64 %974, 4
  %976 = icmp ugt i64 %975, %arena_size
  br i1 %976, label %trap17.site14, label %ok143

e29:                                              ; preds = %match32
  %977 = load i32, i32* %result142, align 4
  %978 = icmp ne i32 %977, 0
  br i1 %978, label %then159, label %else160

ok143:                                            ; preds = %ok140
  %979 = getelementptr i8, i8* %mem, i64 %974
  %980 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %980, i8* %979, i64 4, i1 false)
  %981 = load i32, i32* %unaligned144, align 4
  store i32 %981, i32* %scrut.1, align 4
  %982 = load i32, i32* %scrut.1, align 4
  %983 = icmp ne i32 %982, 0
  %984 = zext i1 %983 to i32
  %985 = icmp ne i32 %984, 0
  br i1 %985, label %then146, label %else147

trap17.site14:                                    ; preds = %ok140
  %986 = load i64, i64* %lowStart, align 8
  %987 = getelementptr i64, i64* %regs, i64 6
  store i64 %986, i64* %987, align 8
  %988 = load i64, i64* %lowEnd, align 8
  %989 = getelementptr i64, i64* %regs, i64 7
  store i64 %988, i64* %989, align 8
  %990 = load i64, i64* %highEnd, align 8
  %991 = getelementptr i64, i64* %regs, i64 8
  store i64 %990, i64* %991, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

match32:                                          ; preds = %dead158, %then154, %stack_ok152
  %992 = load i32, i32* %result145, align 4
  store i32 %992, i32* %result142, align 4
  br label %e29

then146:                                          ; preds = %ok143
  %993 = load i32, i32* %scrut.1, align 4
  %994 = zext i32 %993 to i64
  %995 = add i64 %994, 4
  %996 = icmp ugt i64 %995, %arena_size
  br i1 %996, label %trap17.site0, label %ok149

else147:                                          ; preds = %ok143
  br label %join148

join148:                                          ; preds = %else147, %dead153
  %997 = load i32, i32* %scrut.1, align 4
  %998 = icmp eq i32 %997, 0
  %999 = zext i1 %998 to i32
  %1000 = icmp ne i32 %999, 0
  br i1 %1000, label %then154, label %else155

ok149:                                            ; preds = %then146
  %1001 = getelementptr i8, i8* %mem, i64 %994
  %1002 = bitcast i32* %unaligned150 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1002, i8* %1001, i64 4, i1 false)
  %1003 = load i32, i32* %unaligned150, align 4
  store i32 %1003, i32* %tier, align 4
  %1004 = load i32, i32* %tier, align 4
  %1005 = icmp uge i32 %depth, 1000
  br i1 %1005, label %trap15.site0, label %ok151

ok151:                                            ; preds = %ok149
  %1006 = icmp ult i64 %10, %stack_limit
  br i1 %1006, label %trap253.site0, label %stack_ok152

trap15.site0:                                     ; preds = %e0, %ok149
  %1007 = load i64, i64* %lowStart, align 8
  %1008 = getelementptr i64, i64* %regs, i64 6
  store i64 %1007, i64* %1008, align 8
  %1009 = load i64, i64* %lowEnd, align 8
  %1010 = getelementptr i64, i64* %regs, i64 7
  store i64 %1009, i64* %1010, align 8
  %1011 = load i64, i64* %highEnd, align 8
  %1012 = getelementptr i64, i64* %regs, i64 8
  store i64 %1011, i64* %1012, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok152:                                      ; preds = %ok151
  %1013 = load i64, i64* %fuel, align 8
  %1014 = getelementptr i64, i64* %regs, i64 0
  store i64 %1013, i64* %1014, align 8
  %1015 = load i64, i64* %lowStart, align 8
  %1016 = getelementptr i64, i64* %regs, i64 6
  store i64 %1015, i64* %1016, align 8
  %1017 = load i64, i64* %lowEnd, align 8
  %1018 = getelementptr i64, i64* %regs, i64 7
  store i64 %1017, i64* %1018, align 8
  %1019 = load i64, i64* %highEnd, align 8
  %1020 = getelementptr i64, i64* %regs, i64 8
  store i64 %1019, i64* %1020, align 8
  %1021 = add i32 %depth, 1
  %1022 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %1021, i32 %1004, i32 8)
  %1023 = getelementptr i64, i64* %regs, i64 0
  %1024 = load i64, i64* %1023, align 8
  store i64 %1024, i64* %fuel, align 8
  %1025 = getelementptr i64, i64* %regs, i64 6
  %1026 = load i64, i64* %1025, align 8
  store i64 %1026, i64* %lowStart, align 8
  %1027 = getelementptr i64, i64* %regs, i64 7
  %1028 = load i64, i64* %1027, align 8
  store i64 %1028, i64* %lowEnd, align 8
  %1029 = getelementptr i64, i64* %regs, i64 8
  %1030 = load i64, i64* %1029, align 8
  store i64 %1030, i64* %highEnd, align 8
  store i32 %1022, i32* %result145, align 4
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
  %1031 = load i64, i64* %lowStart, align 8
  %1032 = getelementptr i64, i64* %regs, i64 6
  store i64 %1031, i64* %1032, align 8
  %1033 = load i64, i64* %lowEnd, align 8
  %1034 = getelementptr i64, i64* %regs, i64 7
  store i64 %1033, i64* %1034, align 8
  %1035 = load i64, i64* %highEnd, align 8
  %1036 = getelementptr i64, i64* %regs, i64 8
  store i64 %1035, i64* %1036, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 16)
  unreachable

dead158:                                          ; No predecessors!
  br label %match32

then159:                                          ; preds = %e29
  %1037 = load i32, i32* %list.3, align 4
  %1038 = load i32, i32* %len.3, align 4
  %1039 = mul i32 %1038, 4
  %1040 = add i32 %1037, %1039
  %1041 = load i32, i32* %t.3, align 4
  %1042 = zext i32 %1041 to i64
  %1043 = add i64 %1042, 4
  %1044 = icmp ugt i64 %1043, %arena_size
  br i1 %1044, label %trap17.site17, label %ok162

else160:                                          ; preds = %e29
  br label %join161

join161:                                          ; preds = %else160, %write.ok166
  %1045 = load i32, i32* %k.3, align 4
  %1046 = add i32 %1045, 1
  store i32 %1046, i32* %k.3, align 4
  br label %each28

ok162:                                            ; preds = %then159
  %1047 = getelementptr i8, i8* %mem, i64 %1042
  %1048 = bitcast i32* %unaligned163 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1048, i8* %1047, i64 4, i1 false)
  %1049 = load i32, i32* %unaligned163, align 4
  %1050 = zext i32 %1040 to i64
  %1051 = add i64 %1050, 4
  %1052 = add i64 %1051, 4
  %1053 = icmp uge i64 %1051, %scratch_start
  %1054 = load i64, i64* %highEnd, align 8
  %1055 = icmp ule i64 %1052, %1054
  %1056 = and i1 %1053, %1055
  br i1 %1056, label %write.ok166, label %write.low164

trap17.site17:                                    ; preds = %then159
  %1057 = load i64, i64* %lowStart, align 8
  %1058 = getelementptr i64, i64* %regs, i64 6
  store i64 %1057, i64* %1058, align 8
  %1059 = load i64, i64* %lowEnd, align 8
  %1060 = getelementptr i64, i64* %regs, i64 7
  store i64 %1059, i64* %1060, align 8
  %1061 = load i64, i64* %highEnd, align 8
  %1062 = getelementptr i64, i64* %regs, i64 8
  store i64 %1061, i64* %1062, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

write.low164:                                     ; preds = %ok162
  %1063 = load i64, i64* %lowStart, align 8
  %1064 = icmp uge i64 %1051, %1063
  %1065 = load i64, i64* %lowEnd, align 8
  %1066 = icmp ule i64 %1052, %1065
  %1067 = and i1 %1064, %1066
  br i1 %1067, label %write.ok166, label %write.slow165

write.slow165:                                    ; preds = %write.low164
  %1068 = icmp ugt i64 %1052, %arena_size
  br i1 %1068, label %trap17.site0, label %ok167

write.ok166:                                      ; preds = %ok167, %write.low164, %ok162
  %1069 = getelementptr i8, i8* %mem, i64 %1051
  store i32 %1049, i32* %unaligned168, align 4
  %1070 = bitcast i32* %unaligned168 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1069, i8* %1070, i64 4, i1 false)
  %1071 = load i32, i32* %len.3, align 4
  %1072 = add i32 %1071, 1
  store i32 %1072, i32* %len.3, align 4
  br label %join161

ok167:                                            ; preds = %write.slow165
  %1073 = icmp ult i64 %1051, %scratch_start
  %1074 = load i64, i64* %lowStart, align 8
  %1075 = call i64 @llvm.umin.i64(i64 %1074, i64 %1051)
  %1076 = load i64, i64* %lowEnd, align 8
  %1077 = load i64, i64* %highEnd, align 8
  %1078 = add i64 %1052, 64
  %1079 = sub i64 %1052, %1075
  %1080 = lshr i64 %1079, 4
  %1081 = add i64 %1078, %1080
  %1082 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1081)
  %1083 = call i64 @llvm.umax.i64(i64 %1076, i64 %1082)
  %1084 = select i1 %1073, i64 %1083, i64 %1076
  store i64 %1084, i64* %lowEnd, align 8
  %1085 = add i64 %1052, 64
  %1086 = sub i64 %1052, %scratch_start
  %1087 = lshr i64 %1086, 4
  %1088 = add i64 %1085, %1087
  %1089 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1088)
  %1090 = call i64 @llvm.umax.i64(i64 %1077, i64 %1089)
  %1091 = select i1 %1073, i64 %1077, i64 %1090
  store i64 %1091, i64* %highEnd, align 8
  store i64 %1075, i64* %lowStart, align 8
  br label %write.ok166

dead169:                                          ; No predecessors!
  br label %block27

write.low170:                                     ; preds = %block27
  %1092 = load i64, i64* %lowStart, align 8
  %1093 = icmp uge i64 %946, %1092
  %1094 = load i64, i64* %lowEnd, align 8
  %1095 = icmp ule i64 %947, %1094
  %1096 = and i1 %1093, %1095
  br i1 %1096, label %write.ok172, label %write.slow171

write.slow171:                                    ; preds = %write.low170
  %1097 = icmp ugt i64 %947, %arena_size
  br i1 %1097, label %trap17.site0, label %ok173

write.ok172:                                      ; preds = %ok173, %write.low170, %block27
  %1098 = getelementptr i8, i8* %mem, i64 %946
  store i32 %945, i32* %unaligned174, align 4
  %1099 = bitcast i32* %unaligned174 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1098, i8* %1099, i64 4, i1 false)
  %1100 = load i32, i32* %list.3, align 4
  store i32 %1100, i32* %result128, align 4
  br label %e25

ok173:                                            ; preds = %write.slow171
  %1101 = icmp ult i64 %946, %scratch_start
  %1102 = load i64, i64* %lowStart, align 8
  %1103 = call i64 @llvm.umin.i64(i64 %1102, i64 %946)
  %1104 = load i64, i64* %lowEnd, align 8
  %1105 = load i64, i64* %highEnd, align 8
  %1106 = add i64 %947, 64
  %1107 = sub i64 %947, %1103
  %1108 = lshr i64 %1107, 4
  %1109 = add i64 %1106, %1108
  %1110 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1109)
  %1111 = call i64 @llvm.umax.i64(i64 %1104, i64 %1110)
  %1112 = select i1 %1101, i64 %1111, i64 %1104
  store i64 %1112, i64* %lowEnd, align 8
  %1113 = add i64 %947, 64
  %1114 = sub i64 %947, %scratch_start
  %1115 = lshr i64 %1114, 4
  %1116 = add i64 %1113, %1115
  %1117 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1116)
  %1118 = call i64 @llvm.umax.i64(i64 %1105, i64 %1117)
  %1119 = select i1 %1101, i64 %1105, i64 %1118
  store i64 %1119, i64* %highEnd, align 8
  store i64 %1103, i64* %lowStart, align 8
  br label %write.ok172

write.low175:                                     ; preds = %e25
  %1120 = load i64, i64* %lowStart, align 8
  %1121 = icmp uge i64 %901, %1120
  %1122 = load i64, i64* %lowEnd, align 8
  %1123 = icmp ule i64 %902, %1122
  %1124 = and i1 %1121, %1123
  br i1 %1124, label %write.ok177, label %write.slow176

write.slow176:                                    ; preds = %write.low175
  %1125 = icmp ugt i64 %902, %arena_size
  br i1 %1125, label %trap17.site0, label %ok178

write.ok177:                                      ; preds = %ok178, %write.low175, %e25
  %1126 = getelementptr i8, i8* %mem, i64 %901
  store i32 %899, i32* %unaligned179, align 4
  %1127 = bitcast i32* %unaligned179 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1126, i8* %1127, i64 4, i1 false)
  %1128 = load i32, i32* %dict, align 4
  store i32 %1128, i32* %result3, align 4
  br label %e0

ok178:                                            ; preds = %write.slow176
  %1129 = icmp ult i64 %901, %scratch_start
  %1130 = load i64, i64* %lowStart, align 8
  %1131 = call i64 @llvm.umin.i64(i64 %1130, i64 %901)
  %1132 = load i64, i64* %lowEnd, align 8
  %1133 = load i64, i64* %highEnd, align 8
  %1134 = add i64 %902, 64
  %1135 = sub i64 %902, %1131
  %1136 = lshr i64 %1135, 4
  %1137 = add i64 %1134, %1136
  %1138 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1137)
  %1139 = call i64 @llvm.umax.i64(i64 %1132, i64 %1138)
  %1140 = select i1 %1129, i64 %1139, i64 %1132
  store i64 %1140, i64* %lowEnd, align 8
  %1141 = add i64 %902, 64
  %1142 = sub i64 %902, %scratch_start
  %1143 = lshr i64 %1142, 4
  %1144 = add i64 %1141, %1143
  %1145 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %1144)
  %1146 = call i64 @llvm.umax.i64(i64 %1133, i64 %1145)
  %1147 = select i1 %1129, i64 %1133, i64 %1146
  store i64 %1147, i64* %highEnd, align 8
  store i64 %1131, i64* %lowStart, align 8
  br label %write.ok177

ok180:                                            ; preds = %e0
  %1148 = icmp ult i64 %10, %stack_limit
  br i1 %1148, label %trap253.site0, label %stack_ok181

stack_ok181:                                      ; preds = %ok180
  %1149 = load i64, i64* %fuel, align 8
  %1150 = getelementptr i64, i64* %regs, i64 0
  store i64 %1149, i64* %1150, align 8
  %1151 = load i64, i64* %lowStart, align 8
  %1152 = getelementptr i64, i64* %regs, i64 6
  store i64 %1151, i64* %1152, align 8
  %1153 = load i64, i64* %lowEnd, align 8
  %1154 = getelementptr i64, i64* %regs, i64 7
  store i64 %1153, i64* %1154, align 8
  %1155 = load i64, i64* %highEnd, align 8
  %1156 = getelementptr i64, i64* %regs, i64 8
  store i64 %1155, i64* %1156, align 8
  %1157 = add i32 %depth, 1
  %1158 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1157, i32 %81, i32 %82, i32 0)
  %1159 = getelementptr i64, i64* %regs, i64 0
  %1160 = load i64, i64* %1159, align 8
  store i64 %1160, i64* %fuel, align 8
  %1161 = getelementptr i64, i64* %regs, i64 6
  %1162 = load i64, i64* %1161, align 8
  store i64 %1162, i64* %lowStart, align 8
  %1163 = getelementptr i64, i64* %regs, i64 7
  %1164 = load i64, i64* %1163, align 8
  store i64 %1164, i64* %lowEnd, align 8
  %1165 = getelementptr i64, i64* %regs, i64 8
  %1166 = load i64, i64* %1165, align 8
  store i64 %1166, i64* %highEnd, align 8
  store i32 %1158, i32* %json_end, align 4
  %1167 = load i32, i32* %json_end, align 4
  %1168 = icmp eq i32 %1167, -2
  %1169 = zext i1 %1168 to i32
  %1170 = icmp ne i32 %1169, 0
  br i1 %1170, label %then182, label %else183

then182:                                          ; preds = %stack_ok181
  br label %trap16.site3

else183:                                          ; preds = %stack_ok181
  br label %join184

join184:                                          ; preds = %else183, %dead185
  %1171 = load i32, i32* %json_end, align 4
  %1172 = icmp eq i32 %1171, -1
  %1173 = zext i1 %1172 to i32
  %1174 = icmp ne i32 %1173, 0
  br i1 %1174, label %then186, label %else187

trap16.site3:                                     ; preds = %then182
  %1175 = load i64, i64* %lowStart, align 8
  %1176 = getelementptr i64, i64* %regs, i64 6
  store i64 %1175, i64* %1176, align 8
  %1177 = load i64, i64* %lowEnd, align 8
  %1178 = getelementptr i64, i64* %regs, i64 7
  store i64 %1177, i64* %1178, align 8
  %1179 = load i64, i64* %highEnd, align 8
  %1180 = getelementptr i64, i64* %regs, i64 8
  store i64 %1179, i64* %1180, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead185:                                          ; No predecessors!
  br label %join184

then186:                                          ; preds = %join184
  br label %trap15.site3

else187:                                          ; preds = %join184
  br label %join188

join188:                                          ; preds = %else187, %dead189
  %1181 = load i32, i32* %json_end, align 4
  %1182 = zext i32 %1181 to i64
  %1183 = getelementptr i64, i64* %regs, i64 3
  store i64 %1182, i64* %1183, align 8
  %1184 = load i32, i32* %json_end, align 4
  %1185 = load i32, i32* %json_start, align 4
  %1186 = sub i32 %1184, %1185
  %1187 = load i64, i64* %fuel, align 8
  %1188 = getelementptr i64, i64* %regs, i64 0
  store i64 %1187, i64* %1188, align 8
  %1189 = load i64, i64* %lowStart, align 8
  %1190 = getelementptr i64, i64* %regs, i64 6
  store i64 %1189, i64* %1190, align 8
  %1191 = load i64, i64* %lowEnd, align 8
  %1192 = getelementptr i64, i64* %regs, i64 7
  store i64 %1191, i64* %1192, align 8
  %1193 = load i64, i64* %highEnd, align 8
  %1194 = getelementptr i64, i64* %regs, i64 8
  store i64 %1193, i64* %1194, align 8
  ret i32 %1186

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
  %107 = load i64, i64* %lowStart, align 8
  %108 = call i64 @llvm.umin.i64(i64 %107, i64 %78)
  %109 = load i64, i64* %lowEnd, align 8
  %110 = load i64, i64* %highEnd, align 8
  %111 = add i64 %79, 64
  %112 = sub i64 %79, %108
  %113 = lshr i64 %112, 4
  %114 = add i64 %111, %113
  %115 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %114)
  %116 = call i64 @llvm.umax.i64(i64 %109, i64 %115)
  %117 = select i1 %106, i64 %116, i64 %109
  store i64 %117, i64* %lowEnd, align 8
  %118 = add i64 %79, 64
  %119 = sub i64 %79, %scratch_start
  %120 = lshr i64 %119, 4
  %121 = add i64 %118, %120
  %122 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %121)
  %123 = call i64 @llvm.umax.i64(i64 %110, i64 %122)
  %124 = select i1 %106, i64 %110, i64 %123
  store i64 %124, i64* %highEnd, align 8
  store i64 %108, i64* %lowStart, align 8
  br label %write.ok

write.low7:                                       ; preds = %write.ok
  %125 = load i64, i64* %lowStart, align 8
  %126 = icmp uge i64 %100, %125
  %127 = load i64, i64* %lowEnd, align 8
  %128 = icmp ule i64 %101, %127
  %129 = and i1 %126, %128
  br i1 %129, label %write.ok9, label %write.slow8

write.slow8:                                      ; preds = %write.low7
  %130 = icmp ugt i64 %101, %arena_size
  br i1 %130, label %trap17.site0, label %ok10

write.ok9:                                        ; preds = %ok10, %write.low7, %write.ok
  %131 = getelementptr i8, i8* %mem, i64 %100
  store i32 %98, i32* %unaligned11, align 4
  %132 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %131, i8* %132, i64 4, i1 false)
  %133 = load i32, i32* %obj, align 4
  %134 = load i64, i64* %c.1, align 8
  %135 = zext i32 %133 to i64
  %136 = add i64 %135, 16
  %137 = add i64 %136, 8
  %138 = icmp uge i64 %136, %scratch_start
  %139 = load i64, i64* %highEnd, align 8
  %140 = icmp ule i64 %137, %139
  %141 = and i1 %138, %140
  br i1 %141, label %write.ok14, label %write.low12

ok10:                                             ; preds = %write.slow8
  %142 = icmp ult i64 %100, %scratch_start
  %143 = load i64, i64* %lowStart, align 8
  %144 = call i64 @llvm.umin.i64(i64 %143, i64 %100)
  %145 = load i64, i64* %lowEnd, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = add i64 %101, 64
  %148 = sub i64 %101, %144
  %149 = lshr i64 %148, 4
  %150 = add i64 %147, %149
  %151 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %150)
  %152 = call i64 @llvm.umax.i64(i64 %145, i64 %151)
  %153 = select i1 %142, i64 %152, i64 %145
  store i64 %153, i64* %lowEnd, align 8
  %154 = add i64 %101, 64
  %155 = sub i64 %101, %scratch_start
  %156 = lshr i64 %155, 4
  %157 = add i64 %154, %156
  %158 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %157)
  %159 = call i64 @llvm.umax.i64(i64 %146, i64 %158)
  %160 = select i1 %142, i64 %146, i64 %159
  store i64 %160, i64* %highEnd, align 8
  store i64 %144, i64* %lowStart, align 8
  br label %write.ok9

write.low12:                                      ; preds = %write.ok9
  %161 = load i64, i64* %lowStart, align 8
  %162 = icmp uge i64 %136, %161
  %163 = load i64, i64* %lowEnd, align 8
  %164 = icmp ule i64 %137, %163
  %165 = and i1 %162, %164
  br i1 %165, label %write.ok14, label %write.slow13

write.slow13:                                     ; preds = %write.low12
  %166 = icmp ugt i64 %137, %arena_size
  br i1 %166, label %trap17.site0, label %ok15

write.ok14:                                       ; preds = %ok15, %write.low12, %write.ok9
  %167 = getelementptr i8, i8* %mem, i64 %136
  store i64 %134, i64* %unaligned16, align 8
  %168 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %167, i8* %168, i64 8, i1 false)
  %169 = load i32, i32* %obj, align 4
  store i32 %169, i32* %result4, align 4
  br label %e4

ok15:                                             ; preds = %write.slow13
  %170 = icmp ult i64 %136, %scratch_start
  %171 = load i64, i64* %lowStart, align 8
  %172 = call i64 @llvm.umin.i64(i64 %171, i64 %136)
  %173 = load i64, i64* %lowEnd, align 8
  %174 = load i64, i64* %highEnd, align 8
  %175 = add i64 %137, 64
  %176 = sub i64 %137, %172
  %177 = lshr i64 %176, 4
  %178 = add i64 %175, %177
  %179 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %178)
  %180 = call i64 @llvm.umax.i64(i64 %173, i64 %179)
  %181 = select i1 %170, i64 %180, i64 %173
  store i64 %181, i64* %lowEnd, align 8
  %182 = add i64 %137, 64
  %183 = sub i64 %137, %scratch_start
  %184 = lshr i64 %183, 4
  %185 = add i64 %182, %184
  %186 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %185)
  %187 = call i64 @llvm.umax.i64(i64 %174, i64 %186)
  %188 = select i1 %170, i64 %174, i64 %187
  store i64 %188, i64* %highEnd, align 8
  store i64 %172, i64* %lowStart, align 8
  br label %write.ok14

dead:                                             ; No predecessors!
  br label %join

ok17:                                             ; preds = %join
  %189 = getelementptr i8, i8* %mem, i64 %70
  %190 = load i8, i8* %189, align 1
  %191 = zext i8 %190 to i32
  %192 = icmp eq i32 %191, 1
  %193 = zext i1 %192 to i32
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %then18, label %else19

then18:                                           ; preds = %ok17
  %195 = load i32, i32* %t, align 4
  %196 = zext i32 %195 to i64
  %197 = add i64 %196, 16
  %198 = add i64 %197, 8
  %199 = icmp ugt i64 %198, %arena_size
  br i1 %199, label %trap17.site21, label %ok21

else19:                                           ; preds = %ok17
  br label %join20

join20:                                           ; preds = %else19, %dead54
  %200 = load i32, i32* %scrut, align 4
  %201 = zext i32 %200 to i64
  %202 = add i64 %201, 1
  %203 = icmp ugt i64 %202, %arena_size
  br i1 %203, label %trap17.site0, label %ok55

ok21:                                             ; preds = %then18
  %204 = getelementptr i8, i8* %mem, i64 %197
  %205 = bitcast i64* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %205, i8* %204, i64 8, i1 false)
  %206 = load i64, i64* %unaligned22, align 8
  %207 = icmp sgt i64 %206, 48
  %208 = zext i1 %207 to i32
  %209 = icmp ne i32 %208, 0
  br i1 %209, label %then23, label %else24

trap17.site21:                                    ; preds = %then18
  %210 = load i64, i64* %lowStart, align 8
  %211 = getelementptr i64, i64* %regs, i64 6
  store i64 %210, i64* %211, align 8
  %212 = load i64, i64* %lowEnd, align 8
  %213 = getelementptr i64, i64* %regs, i64 7
  store i64 %212, i64* %213, align 8
  %214 = load i64, i64* %highEnd, align 8
  %215 = getelementptr i64, i64* %regs, i64 8
  store i64 %214, i64* %215, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 21)
  unreachable

then23:                                           ; preds = %ok21
  store i32 644, i32* %c.2, align 4
  store i64 8, i64* %c.3, align 8
  %216 = getelementptr i64, i64* %regs, i64 1
  %217 = getelementptr i64, i64* %regs, i64 2
  %218 = load i64, i64* %216, align 8
  %219 = add i64 %218, 7
  %220 = and i64 %219, -8
  %221 = add i64 %220, 24
  %222 = load i64, i64* %217, align 8
  %223 = icmp ugt i64 %221, %222
  br i1 %223, label %trap15.site22, label %ok28

else24:                                           ; preds = %ok21
  store i32 664, i32* %c.4, align 4
  %224 = getelementptr i64, i64* %regs, i64 1
  %225 = getelementptr i64, i64* %regs, i64 2
  %226 = load i64, i64* %224, align 8
  %227 = add i64 %226, 7
  %228 = and i64 %227, -8
  %229 = add i64 %228, 8
  %230 = load i64, i64* %225, align 8
  %231 = icmp ugt i64 %229, %230
  br i1 %231, label %trap15.site23, label %ok44

join25:                                           ; preds = %e15, %e12
  %232 = load i32, i32* %result26, align 4
  store i32 %232, i32* %result2, align 4
  br label %match3

e12:                                              ; preds = %write.ok40
  %233 = load i32, i32* %result27, align 4
  store i32 %233, i32* %result26, align 4
  br label %join25

ok28:                                             ; preds = %then23
  store i64 %221, i64* %216, align 8
  %234 = load i64, i64* %highEnd, align 8
  %235 = call i64 @llvm.umax.i64(i64 %234, i64 %221)
  store i64 %235, i64* %highEnd, align 8
  %236 = trunc i64 %220 to i32
  store i32 %236, i32* %obj.1, align 4
  %237 = load i32, i32* %obj.1, align 4
  %238 = zext i32 %237 to i64
  %239 = add i64 %238, 1
  %240 = icmp uge i64 %238, %scratch_start
  %241 = load i64, i64* %highEnd, align 8
  %242 = icmp ule i64 %239, %241
  %243 = and i1 %240, %242
  br i1 %243, label %write.ok31, label %write.low29

trap15.site22:                                    ; preds = %then23
  %244 = load i64, i64* %lowStart, align 8
  %245 = getelementptr i64, i64* %regs, i64 6
  store i64 %244, i64* %245, align 8
  %246 = load i64, i64* %lowEnd, align 8
  %247 = getelementptr i64, i64* %regs, i64 7
  store i64 %246, i64* %247, align 8
  %248 = load i64, i64* %highEnd, align 8
  %249 = getelementptr i64, i64* %regs, i64 8
  store i64 %248, i64* %249, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

write.low29:                                      ; preds = %ok28
  %250 = load i64, i64* %lowStart, align 8
  %251 = icmp uge i64 %238, %250
  %252 = load i64, i64* %lowEnd, align 8
  %253 = icmp ule i64 %239, %252
  %254 = and i1 %251, %253
  br i1 %254, label %write.ok31, label %write.slow30

write.slow30:                                     ; preds = %write.low29
  %255 = icmp ugt i64 %239, %arena_size
  br i1 %255, label %trap17.site0, label %ok32

write.ok31:                                       ; preds = %ok32, %write.low29, %ok28
  %256 = getelementptr i8, i8* %mem, i64 %238
  store i8 1, i8* %256, align 1
  %257 = load i32, i32* %obj.1, align 4
  %258 = load i32, i32* %c.2, align 4
  %259 = zext i32 %257 to i64
  %260 = add i64 %259, 8
  %261 = add i64 %260, 4
  %262 = icmp uge i64 %260, %scratch_start
  %263 = load i64, i64* %highEnd, align 8
  %264 = icmp ule i64 %261, %263
  %265 = and i1 %262, %264
  br i1 %265, label %write.ok35, label %write.low33

ok32:                                             ; preds = %write.slow30
  %266 = icmp ult i64 %238, %scratch_start
  %267 = load i64, i64* %lowStart, align 8
  %268 = call i64 @llvm.umin.i64(i64 %267, i64 %238)
  %269 = load i64, i64* %lowEnd, align 8
  %270 = load i64, i64* %highEnd, align 8
  %271 = add i64 %239, 64
  %272 = sub i64 %239, %268
  %273 = lshr i64 %272, 4
  %274 = add i64 %271, %273
  %275 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %274)
  %276 = call i64 @llvm.umax.i64(i64 %269, i64 %275)
  %277 = select i1 %266, i64 %276, i64 %269
  store i64 %277, i64* %lowEnd, align 8
  %278 = add i64 %239, 64
  %279 = sub i64 %239, %scratch_start
  %280 = lshr i64 %279, 4
  %281 = add i64 %278, %280
  %282 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %281)
  %283 = call i64 @llvm.umax.i64(i64 %270, i64 %282)
  %284 = select i1 %266, i64 %270, i64 %283
  store i64 %284, i64* %highEnd, align 8
  store i64 %268, i64* %lowStart, align 8
  br label %write.ok31

write.low33:                                      ; preds = %write.ok31
  %285 = load i64, i64* %lowStart, align 8
  %286 = icmp uge i64 %260, %285
  %287 = load i64, i64* %lowEnd, align 8
  %288 = icmp ule i64 %261, %287
  %289 = and i1 %286, %288
  br i1 %289, label %write.ok35, label %write.slow34

write.slow34:                                     ; preds = %write.low33
  %290 = icmp ugt i64 %261, %arena_size
  br i1 %290, label %trap17.site0, label %ok36

write.ok35:                                       ; preds = %ok36, %write.low33, %write.ok31
  %291 = getelementptr i8, i8* %mem, i64 %260
  store i32 %258, i32* %unaligned37, align 4
  %292 = bitcast i32* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %291, i8* %292, i64 4, i1 false)
  %293 = load i32, i32* %obj.1, align 4
  %294 = load i64, i64* %c.3, align 8
  %295 = zext i32 %293 to i64
  %296 = add i64 %295, 16
  %297 = add i64 %296, 8
  %298 = icmp uge i64 %296, %scratch_start
  %299 = load i64, i64* %highEnd, align 8
  %300 = icmp ule i64 %297, %299
  %301 = and i1 %298, %300
  br i1 %301, label %write.ok40, label %write.low38

ok36:                                             ; preds = %write.slow34
  %302 = icmp ult i64 %260, %scratch_start
  %303 = load i64, i64* %lowStart, align 8
  %304 = call i64 @llvm.umin.i64(i64 %303, i64 %260)
  %305 = load i64, i64* %lowEnd, align 8
  %306 = load i64, i64* %highEnd, align 8
  %307 = add i64 %261, 64
  %308 = sub i64 %261, %304
  %309 = lshr i64 %308, 4
  %310 = add i64 %307, %309
  %311 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %310)
  %312 = call i64 @llvm.umax.i64(i64 %305, i64 %311)
  %313 = select i1 %302, i64 %312, i64 %305
  store i64 %313, i64* %lowEnd, align 8
  %314 = add i64 %261, 64
  %315 = sub i64 %261, %scratch_start
  %316 = lshr i64 %315, 4
  %317 = add i64 %314, %316
  %318 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %317)
  %319 = call i64 @llvm.umax.i64(i64 %306, i64 %318)
  %320 = select i1 %302, i64 %306, i64 %319
  store i64 %320, i64* %highEnd, align 8
  store i64 %304, i64* %lowStart, align 8
  br label %write.ok35

write.low38:                                      ; preds = %write.ok35
  %321 = load i64, i64* %lowStart, align 8
  %322 = icmp uge i64 %296, %321
  %323 = load i64, i64* %lowEnd, align 8
  %324 = icmp ule i64 %297, %323
  %325 = and i1 %322, %324
  br i1 %325, label %write.ok40, label %write.slow39

write.slow39:                                     ; preds = %write.low38
  %326 = icmp ugt i64 %297, %arena_size
  br i1 %326, label %trap17.site0, label %ok41

write.ok40:                                       ; preds = %ok41, %write.low38, %write.ok35
  %327 = getelementptr i8, i8* %mem, i64 %296
  store i64 %294, i64* %unaligned42, align 8
  %328 = bitcast i64* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %327, i8* %328, i64 8, i1 false)
  %329 = load i32, i32* %obj.1, align 4
  store i32 %329, i32* %result27, align 4
  br label %e12

ok41:                                             ; preds = %write.slow39
  %330 = icmp ult i64 %296, %scratch_start
  %331 = load i64, i64* %lowStart, align 8
  %332 = call i64 @llvm.umin.i64(i64 %331, i64 %296)
  %333 = load i64, i64* %lowEnd, align 8
  %334 = load i64, i64* %highEnd, align 8
  %335 = add i64 %297, 64
  %336 = sub i64 %297, %332
  %337 = lshr i64 %336, 4
  %338 = add i64 %335, %337
  %339 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %338)
  %340 = call i64 @llvm.umax.i64(i64 %333, i64 %339)
  %341 = select i1 %330, i64 %340, i64 %333
  store i64 %341, i64* %lowEnd, align 8
  %342 = add i64 %297, 64
  %343 = sub i64 %297, %scratch_start
  %344 = lshr i64 %343, 4
  %345 = add i64 %342, %344
  %346 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %345)
  %347 = call i64 @llvm.umax.i64(i64 %334, i64 %346)
  %348 = select i1 %330, i64 %334, i64 %347
  store i64 %348, i64* %highEnd, align 8
  store i64 %332, i64* %lowStart, align 8
  br label %write.ok40

e15:                                              ; preds = %write.ok51
  %349 = load i32, i32* %result43, align 4
  store i32 %349, i32* %result26, align 4
  br label %join25

ok44:                                             ; preds = %else24
  store i64 %229, i64* %224, align 8
  %350 = load i64, i64* %highEnd, align 8
  %351 = call i64 @llvm.umax.i64(i64 %350, i64 %229)
  store i64 %351, i64* %highEnd, align 8
  %352 = trunc i64 %228 to i32
  store i32 %352, i32* %obj.2, align 4
  %353 = load i32, i32* %obj.2, align 4
  %354 = zext i32 %353 to i64
  %355 = add i64 %354, 1
  %356 = icmp uge i64 %354, %scratch_start
  %357 = load i64, i64* %highEnd, align 8
  %358 = icmp ule i64 %355, %357
  %359 = and i1 %356, %358
  br i1 %359, label %write.ok47, label %write.low45

trap15.site23:                                    ; preds = %else24
  %360 = load i64, i64* %lowStart, align 8
  %361 = getelementptr i64, i64* %regs, i64 6
  store i64 %360, i64* %361, align 8
  %362 = load i64, i64* %lowEnd, align 8
  %363 = getelementptr i64, i64* %regs, i64 7
  store i64 %362, i64* %363, align 8
  %364 = load i64, i64* %highEnd, align 8
  %365 = getelementptr i64, i64* %regs, i64 8
  store i64 %364, i64* %365, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

write.low45:                                      ; preds = %ok44
  %366 = load i64, i64* %lowStart, align 8
  %367 = icmp uge i64 %354, %366
  %368 = load i64, i64* %lowEnd, align 8
  %369 = icmp ule i64 %355, %368
  %370 = and i1 %367, %369
  br i1 %370, label %write.ok47, label %write.slow46

write.slow46:                                     ; preds = %write.low45
  %371 = icmp ugt i64 %355, %arena_size
  br i1 %371, label %trap17.site0, label %ok48

write.ok47:                                       ; preds = %ok48, %write.low45, %ok44
  %372 = getelementptr i8, i8* %mem, i64 %354
  store i8 0, i8* %372, align 1
  %373 = load i32, i32* %obj.2, align 4
  %374 = load i32, i32* %c.4, align 4
  %375 = zext i32 %373 to i64
  %376 = add i64 %375, 4
  %377 = add i64 %376, 4
  %378 = icmp uge i64 %376, %scratch_start
  %379 = load i64, i64* %highEnd, align 8
  %380 = icmp ule i64 %377, %379
  %381 = and i1 %378, %380
  br i1 %381, label %write.ok51, label %write.low49

ok48:                                             ; preds = %write.slow46
  %382 = icmp ult i64 %354, %scratch_start
  %383 = load i64, i64* %lowStart, align 8
  %384 = call i64 @llvm.umin.i64(i64 %383, i64 %354)
  %385 = load i64, i64* %lowEnd, align 8
  %386 = load i64, i64* %highEnd, align 8
  %387 = add i64 %355, 64
  %388 = sub i64 %355, %384
  %389 = lshr i64 %388, 4
  %390 = add i64 %387, %389
  %391 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %390)
  %392 = call i64 @llvm.umax.i64(i64 %385, i64 %391)
  %393 = select i1 %382, i64 %392, i64 %385
  store i64 %393, i64* %lowEnd, align 8
  %394 = add i64 %355, 64
  %395 = sub i64 %355, %scratch_start
  %396 = lshr i64 %395, 4
  %397 = add i64 %394, %396
  %398 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %397)
  %399 = call i64 @llvm.umax.i64(i64 %386, i64 %398)
  %400 = select i1 %382, i64 %386, i64 %399
  store i64 %400, i64* %highEnd, align 8
  store i64 %384, i64* %lowStart, align 8
  br label %write.ok47

write.low49:                                      ; preds = %write.ok47
  %401 = load i64, i64* %lowStart, align 8
  %402 = icmp uge i64 %376, %401
  %403 = load i64, i64* %lowEnd, align 8
  %404 = icmp ule i64 %377, %403
  %405 = and i1 %402, %404
  br i1 %405, label %write.ok51, label %write.slow50

write.slow50:                                     ; preds = %write.low49
  %406 = icmp ugt i64 %377, %arena_size
  br i1 %406, label %trap17.site0, label %ok52

write.ok51:                                       ; preds = %ok52, %write.low49, %write.ok47
  %407 = getelementptr i8, i8* %mem, i64 %376
  store i32 %374, i32* %unaligned53, align 4
  %408 = bitcast i32* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %407, i8* %408, i64 4, i1 false)
  %409 = load i32, i32* %obj.2, align 4
  store i32 %409, i32* %result43, align 4
  br label %e15

ok52:                                             ; preds = %write.slow50
  %410 = icmp ult i64 %376, %scratch_start
  %411 = load i64, i64* %lowStart, align 8
  %412 = call i64 @llvm.umin.i64(i64 %411, i64 %376)
  %413 = load i64, i64* %lowEnd, align 8
  %414 = load i64, i64* %highEnd, align 8
  %415 = add i64 %377, 64
  %416 = sub i64 %377, %412
  %417 = lshr i64 %416, 4
  %418 = add i64 %415, %417
  %419 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %418)
  %420 = call i64 @llvm.umax.i64(i64 %413, i64 %419)
  %421 = select i1 %410, i64 %420, i64 %413
  store i64 %421, i64* %lowEnd, align 8
  %422 = add i64 %377, 64
  %423 = sub i64 %377, %scratch_start
  %424 = lshr i64 %423, 4
  %425 = add i64 %422, %424
  %426 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %425)
  %427 = call i64 @llvm.umax.i64(i64 %414, i64 %426)
  %428 = select i1 %410, i64 %414, i64 %427
  store i64 %428, i64* %highEnd, align 8
  store i64 %412, i64* %lowStart, align 8
  br label %write.ok51

dead54:                                           ; No predecessors!
  br label %join20

ok55:                                             ; preds = %join20
  %429 = getelementptr i8, i8* %mem, i64 %201
  %430 = load i8, i8* %429, align 1
  %431 = zext i8 %430 to i32
  %432 = icmp eq i32 %431, 0
  %433 = zext i1 %432 to i32
  %434 = icmp ne i32 %433, 0
  br i1 %434, label %then56, label %else57

then56:                                           ; preds = %ok55
  %435 = load i32, i32* %t, align 4
  %436 = zext i32 %435 to i64
  %437 = add i64 %436, 4
  %438 = add i64 %437, 4
  %439 = icmp ugt i64 %438, %arena_size
  br i1 %439, label %trap17.site26, label %ok59

else57:                                           ; preds = %ok55
  br label %join58

join58:                                           ; preds = %else57, %dead79
  br label %trap5.site28

ok59:                                             ; preds = %then56
  %440 = getelementptr i8, i8* %mem, i64 %437
  %441 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %441, i8* %440, i64 4, i1 false)
  %442 = load i32, i32* %unaligned60, align 4
  %443 = icmp uge i32 %depth, 1000
  br i1 %443, label %trap15.site25, label %ok61

trap17.site26:                                    ; preds = %then56
  %444 = load i64, i64* %lowStart, align 8
  %445 = getelementptr i64, i64* %regs, i64 6
  store i64 %444, i64* %445, align 8
  %446 = load i64, i64* %lowEnd, align 8
  %447 = getelementptr i64, i64* %regs, i64 7
  store i64 %446, i64* %447, align 8
  %448 = load i64, i64* %highEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 8
  store i64 %448, i64* %449, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 26)
  unreachable

ok61:                                             ; preds = %ok59
  %450 = icmp ult i64 %10, %stack_limit
  br i1 %450, label %trap253.site0, label %stack_ok

trap15.site25:                                    ; preds = %ok59
  %451 = load i64, i64* %lowStart, align 8
  %452 = getelementptr i64, i64* %regs, i64 6
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %lowEnd, align 8
  %454 = getelementptr i64, i64* %regs, i64 7
  store i64 %453, i64* %454, align 8
  %455 = load i64, i64* %highEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 8
  store i64 %455, i64* %456, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

stack_ok:                                         ; preds = %ok61
  %457 = load i64, i64* %fuel, align 8
  %458 = getelementptr i64, i64* %regs, i64 0
  store i64 %457, i64* %458, align 8
  %459 = load i64, i64* %lowStart, align 8
  %460 = getelementptr i64, i64* %regs, i64 6
  store i64 %459, i64* %460, align 8
  %461 = load i64, i64* %lowEnd, align 8
  %462 = getelementptr i64, i64* %regs, i64 7
  store i64 %461, i64* %462, align 8
  %463 = load i64, i64* %highEnd, align 8
  %464 = getelementptr i64, i64* %regs, i64 8
  store i64 %463, i64* %464, align 8
  %465 = add i32 %depth, 1
  %466 = call i32 @m0.rt.str_lower(i64* %regs, i8* %mem, i32 %465, i32 %442)
  %467 = getelementptr i64, i64* %regs, i64 0
  %468 = load i64, i64* %467, align 8
  store i64 %468, i64* %fuel, align 8
  %469 = getelementptr i64, i64* %regs, i64 6
  %470 = load i64, i64* %469, align 8
  store i64 %470, i64* %lowStart, align 8
  %471 = getelementptr i64, i64* %regs, i64 7
  %472 = load i64, i64* %471, align 8
  store i64 %472, i64* %lowEnd, align 8
  %473 = getelementptr i64, i64* %regs, i64 8
  %474 = load i64, i64* %473, align 8
  store i64 %474, i64* %highEnd, align 8
  %475 = icmp uge i32 %depth, 1000
  br i1 %475, label %trap15.site24, label %ok62

trap253.site0:                                    ; preds = %ok62, %ok61
  %476 = load i64, i64* %lowStart, align 8
  %477 = getelementptr i64, i64* %regs, i64 6
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %lowEnd, align 8
  %479 = getelementptr i64, i64* %regs, i64 7
  store i64 %478, i64* %479, align 8
  %480 = load i64, i64* %highEnd, align 8
  %481 = getelementptr i64, i64* %regs, i64 8
  store i64 %480, i64* %481, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok62:                                             ; preds = %stack_ok
  %482 = icmp ult i64 %10, %stack_limit
  br i1 %482, label %trap253.site0, label %stack_ok63

trap15.site24:                                    ; preds = %stack_ok
  %483 = load i64, i64* %lowStart, align 8
  %484 = getelementptr i64, i64* %regs, i64 6
  store i64 %483, i64* %484, align 8
  %485 = load i64, i64* %lowEnd, align 8
  %486 = getelementptr i64, i64* %regs, i64 7
  store i64 %485, i64* %486, align 8
  %487 = load i64, i64* %highEnd, align 8
  %488 = getelementptr i64, i64* %regs, i64 8
  store i64 %487, i64* %488, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

stack_ok63:                                       ; preds = %ok62
  %489 = load i64, i64* %fuel, align 8
  %490 = getelementptr i64, i64* %regs, i64 0
  store i64 %489, i64* %490, align 8
  %491 = load i64, i64* %lowStart, align 8
  %492 = getelementptr i64, i64* %regs, i64 6
  store i64 %491, i64* %492, align 8
  %493 = load i64, i64* %lowEnd, align 8
  %494 = getelementptr i64, i64* %regs, i64 7
  store i64 %493, i64* %494, align 8
  %495 = load i64, i64* %highEnd, align 8
  %496 = getelementptr i64, i64* %regs, i64 8
  store i64 %495, i64* %496, align 8
  %497 = add i32 %depth, 1
  %498 = call i32 @m0.rt.str_contains(i64* %regs, i8* %mem, i32 %497, i32 %466, i32 8992)
  %499 = getelementptr i64, i64* %regs, i64 0
  %500 = load i64, i64* %499, align 8
  store i64 %500, i64* %fuel, align 8
  %501 = getelementptr i64, i64* %regs, i64 6
  %502 = load i64, i64* %501, align 8
  store i64 %502, i64* %lowStart, align 8
  %503 = getelementptr i64, i64* %regs, i64 7
  %504 = load i64, i64* %503, align 8
  store i64 %504, i64* %lowEnd, align 8
  %505 = getelementptr i64, i64* %regs, i64 8
  %506 = load i64, i64* %505, align 8
  store i64 %506, i64* %highEnd, align 8
  %507 = icmp ne i32 %498, 0
  br i1 %507, label %then64, label %else65

then64:                                           ; preds = %stack_ok63
  store i32 9016, i32* %result67, align 4
  br label %join66

else65:                                           ; preds = %stack_ok63
  store i32 9020, i32* %c.5, align 4
  %508 = getelementptr i64, i64* %regs, i64 1
  %509 = getelementptr i64, i64* %regs, i64 2
  %510 = load i64, i64* %508, align 8
  %511 = add i64 %510, 7
  %512 = and i64 %511, -8
  %513 = add i64 %512, 8
  %514 = load i64, i64* %509, align 8
  %515 = icmp ugt i64 %513, %514
  br i1 %515, label %trap15.site27, label %ok69

join66:                                           ; preds = %e24, %then64
  %516 = load i32, i32* %result67, align 4
  store i32 %516, i32* %result2, align 4
  br label %match3

e24:                                              ; preds = %write.ok76
  %517 = load i32, i32* %result68, align 4
  store i32 %517, i32* %result67, align 4
  br label %join66

ok69:                                             ; preds = %else65
  store i64 %513, i64* %508, align 8
  %518 = load i64, i64* %highEnd, align 8
  %519 = call i64 @llvm.umax.i64(i64 %518, i64 %513)
  store i64 %519, i64* %highEnd, align 8
  %520 = trunc i64 %512 to i32
  store i32 %520, i32* %obj.3, align 4
  %521 = load i32, i32* %obj.3, align 4
  %522 = zext i32 %521 to i64
  %523 = add i64 %522, 1
  %524 = icmp uge i64 %522, %scratch_start
  %525 = load i64, i64* %highEnd, align 8
  %526 = icmp ule i64 %523, %525
  %527 = and i1 %524, %526
  br i1 %527, label %write.ok72, label %write.low70

trap15.site27:                                    ; preds = %else65
  %528 = load i64, i64* %lowStart, align 8
  %529 = getelementptr i64, i64* %regs, i64 6
  store i64 %528, i64* %529, align 8
  %530 = load i64, i64* %lowEnd, align 8
  %531 = getelementptr i64, i64* %regs, i64 7
  store i64 %530, i64* %531, align 8
  %532 = load i64, i64* %highEnd, align 8
  %533 = getelementptr i64, i64* %regs, i64 8
  store i64 %532, i64* %533, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 27)
  unreachable

write.low70:                                      ; preds = %ok69
  %534 = load i64, i64* %lowStart, align 8
  %535 = icmp uge i64 %522, %534
  %536 = load i64, i64* %lowEnd, align 8
  %537 = icmp ule i64 %523, %536
  %538 = and i1 %535, %537
  br i1 %538, label %write.ok72, label %write.slow71

write.slow71:                                     ; preds = %write.low70
  %539 = icmp ugt i64 %523, %arena_size
  br i1 %539, label %trap17.site0, label %ok73

write.ok72:                                       ; preds = %ok73, %write.low70, %ok69
  %540 = getelementptr i8, i8* %mem, i64 %522
  store i8 0, i8* %540, align 1
  %541 = load i32, i32* %obj.3, align 4
  %542 = load i32, i32* %c.5, align 4
  %543 = zext i32 %541 to i64
  %544 = add i64 %543, 4
  %545 = add i64 %544, 4
  %546 = icmp uge i64 %544, %scratch_start
  %547 = load i64, i64* %highEnd, align 8
  %548 = icmp ule i64 %545, %547
  %549 = and i1 %546, %548
  br i1 %549, label %write.ok76, label %write.low74

ok73:                                             ; preds = %write.slow71
  %550 = icmp ult i64 %522, %scratch_start
  %551 = load i64, i64* %lowStart, align 8
  %552 = call i64 @llvm.umin.i64(i64 %551, i64 %522)
  %553 = load i64, i64* %lowEnd, align 8
  %554 = load i64, i64* %highEnd, align 8
  %555 = add i64 %523, 64
  %556 = sub i64 %523, %552
  %557 = lshr i64 %556, 4
  %558 = add i64 %555, %557
  %559 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %558)
  %560 = call i64 @llvm.umax.i64(i64 %553, i64 %559)
  %561 = select i1 %550, i64 %560, i64 %553
  store i64 %561, i64* %lowEnd, align 8
  %562 = add i64 %523, 64
  %563 = sub i64 %523, %scratch_start
  %564 = lshr i64 %563, 4
  %565 = add i64 %562, %564
  %566 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %565)
  %567 = call i64 @llvm.umax.i64(i64 %554, i64 %566)
  %568 = select i1 %550, i64 %554, i64 %567
  store i64 %568, i64* %highEnd, align 8
  store i64 %552, i64* %lowStart, align 8
  br label %write.ok72

write.low74:                                      ; preds = %write.ok72
  %569 = load i64, i64* %lowStart, align 8
  %570 = icmp uge i64 %544, %569
  %571 = load i64, i64* %lowEnd, align 8
  %572 = icmp ule i64 %545, %571
  %573 = and i1 %570, %572
  br i1 %573, label %write.ok76, label %write.slow75

write.slow75:                                     ; preds = %write.low74
  %574 = icmp ugt i64 %545, %arena_size
  br i1 %574, label %trap17.site0, label %ok77

write.ok76:                                       ; preds = %ok77, %write.low74, %write.ok72
  %575 = getelementptr i8, i8* %mem, i64 %544
  store i32 %542, i32* %unaligned78, align 4
  %576 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %575, i8* %576, i64 4, i1 false)
  %577 = load i32, i32* %obj.3, align 4
  store i32 %577, i32* %result68, align 4
  br label %e24

ok77:                                             ; preds = %write.slow75
  %578 = icmp ult i64 %544, %scratch_start
  %579 = load i64, i64* %lowStart, align 8
  %580 = call i64 @llvm.umin.i64(i64 %579, i64 %544)
  %581 = load i64, i64* %lowEnd, align 8
  %582 = load i64, i64* %highEnd, align 8
  %583 = add i64 %545, 64
  %584 = sub i64 %545, %580
  %585 = lshr i64 %584, 4
  %586 = add i64 %583, %585
  %587 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %586)
  %588 = call i64 @llvm.umax.i64(i64 %581, i64 %587)
  %589 = select i1 %578, i64 %588, i64 %581
  store i64 %589, i64* %lowEnd, align 8
  %590 = add i64 %545, 64
  %591 = sub i64 %545, %scratch_start
  %592 = lshr i64 %591, 4
  %593 = add i64 %590, %592
  %594 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %593)
  %595 = call i64 @llvm.umax.i64(i64 %582, i64 %594)
  %596 = select i1 %578, i64 %582, i64 %595
  store i64 %596, i64* %highEnd, align 8
  store i64 %580, i64* %lowStart, align 8
  br label %write.ok76

dead79:                                           ; No predecessors!
  br label %join58

trap5.site28:                                     ; preds = %join58
  %597 = load i64, i64* %lowStart, align 8
  %598 = getelementptr i64, i64* %regs, i64 6
  store i64 %597, i64* %598, align 8
  %599 = load i64, i64* %lowEnd, align 8
  %600 = getelementptr i64, i64* %regs, i64 7
  store i64 %599, i64* %600, align 8
  %601 = load i64, i64* %highEnd, align 8
  %602 = getelementptr i64, i64* %regs, i64 8
  store i64 %601, i64* %602, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 28)
  unreachable

dead80:                                           ; No predecessors!
  br label %match3
}
