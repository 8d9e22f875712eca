; From libs/driver/testdata/emit-golden/recursion.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/recursion.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
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
;   @m0.codec.skip
;   @m0.codec.dec.int.0
;   @m0.codec.dec.list.1
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.2
;   @m0.codec.enc.list.1
;   @m0.codec.enc.bool.4
;   @m0.codec.enc.list.3
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.fn.fib
;   @m0.fn.is_even
;   @m0.fn.is_odd
;   @m0.fn.sum_from
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.ssub.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 6 function(s):

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
  %arg0_at = alloca i32, align 4
  store i32 0, i32* %arg0_at, align 4
  %arg1_at = alloca i32, align 4
  store i32 0, i32* %arg1_at, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %kr = alloca i32, align 4
  store i32 0, i32* %kr, align 4
  %kq = alloca i32, align 4
  store i32 0, i32* %kq, align 4
  %cell = alloca i32, align 4
  store i32 0, i32* %cell, align 4
  %arg = alloca i64, align 8
  store i64 0, i64* %arg, align 8
  %cell.1 = alloca i32, align 4
  store i32 0, i32* %cell.1, align 4
  %arg.1 = alloca i32, align 4
  store i32 0, i32* %arg.1, align 4
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
  %result = alloca i32, align 4
  %unaligned = alloca i16, align 2
  %unaligned87 = alloca i64, align 8
  %unaligned100 = alloca i32, align 4
  %unaligned107 = alloca i64, align 8
  %unaligned109 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %input_offset, align 4
  store i32 %14, i32* %args, align 4
  %15 = load i32, i32* %args, align 4
  %16 = load i32, i32* %input_len, align 4
  %17 = add i32 %15, %16
  store i32 %17, i32* %args_end, align 4
  %18 = load i32, i32* %args, align 4
  %19 = load i32, i32* %args_end, align 4
  %20 = load i32, i32* %args, align 4
  %21 = sub i32 %19, %20
  %22 = icmp uge i32 %depth, 1000
  br i1 %22, label %trap15.site0, label %ok1

trap14.site0:                                     ; preds = %ws17, %ws15, %ws9, %ws7, %args4, %ws3, %ws1, %body
  %23 = load i64, i64* %lowStart, align 8
  %24 = getelementptr i64, i64* %regs, i64 6
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %lowEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 7
  store i64 %25, i64* %26, align 8
  %27 = load i64, i64* %highEnd, align 8
  %28 = getelementptr i64, i64* %regs, i64 8
  store i64 %27, i64* %28, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %29 = getelementptr i64, i64* %regs, i64 10
  %30 = load i64, i64* %29, align 8
  %31 = icmp ult i64 %10, %30
  br i1 %31, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok92, %join90, %ok79, %join77, %switch10, %ok26, %then23, %ok20, %ok
  %32 = load i64, i64* %lowStart, align 8
  %33 = getelementptr i64, i64* %regs, i64 6
  store i64 %32, i64* %33, align 8
  %34 = load i64, i64* %lowEnd, align 8
  %35 = getelementptr i64, i64* %regs, i64 7
  store i64 %34, i64* %35, align 8
  %36 = load i64, i64* %highEnd, align 8
  %37 = getelementptr i64, i64* %regs, i64 8
  store i64 %36, i64* %37, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok1
  %38 = load i64, i64* %fuel, align 8
  %39 = getelementptr i64, i64* %regs, i64 0
  store i64 %38, i64* %39, align 8
  %40 = load i64, i64* %lowStart, align 8
  %41 = getelementptr i64, i64* %regs, i64 6
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %lowEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 7
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 8
  store i64 %44, i64* %45, align 8
  %46 = add i32 %depth, 1
  %47 = call i32 @m0.codec.json_valid(i64* %regs, i8* %mem, i32 %46, i32 %18, i32 %21)
  %48 = getelementptr i64, i64* %regs, i64 0
  %49 = load i64, i64* %48, align 8
  store i64 %49, i64* %fuel, align 8
  %50 = getelementptr i64, i64* %regs, i64 6
  %51 = load i64, i64* %50, align 8
  store i64 %51, i64* %lowStart, align 8
  %52 = getelementptr i64, i64* %regs, i64 7
  %53 = load i64, i64* %52, align 8
  store i64 %53, i64* %lowEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 8
  %55 = load i64, i64* %54, align 8
  store i64 %55, i64* %highEnd, align 8
  %56 = icmp eq i32 %47, 0
  %57 = zext i1 %56 to i32
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %then, label %else

trap253.site0:                                    ; preds = %ok93, %ok80, %ok58, %ok27, %ok21, %ok1
  %59 = load i64, i64* %lowStart, align 8
  %60 = getelementptr i64, i64* %regs, i64 6
  store i64 %59, i64* %60, align 8
  %61 = load i64, i64* %lowEnd, align 8
  %62 = getelementptr i64, i64* %regs, i64 7
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %highEnd, align 8
  %64 = getelementptr i64, i64* %regs, i64 8
  store i64 %63, i64* %64, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  br label %trap11.site1

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %65 = load i32, i32* %args, align 4
  store i32 %65, i32* %args_pos, align 4
  br label %ws1

trap11.site1:                                     ; preds = %then7, %then
  %66 = load i64, i64* %lowStart, align 8
  %67 = getelementptr i64, i64* %regs, i64 6
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %lowEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 7
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %highEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 8
  store i64 %70, i64* %71, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 1)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ws_done0:                                         ; preds = %dead5, %ok3, %ok2
  %72 = load i32, i32* %args_pos, align 4
  %73 = zext i32 %72 to i64
  %74 = add i64 %73, 1
  %75 = icmp ugt i64 %74, %arena_size
  br i1 %75, label %trap17.site0, label %ok6

ws1:                                              ; preds = %cont4, %join
  %76 = load i64, i64* %fuel, align 8
  %77 = icmp ult i64 %76, 1
  br i1 %77, label %trap14.site0, label %ok2

ok2:                                              ; preds = %ws1
  %78 = sub i64 %76, 1
  store i64 %78, i64* %fuel, align 8
  %79 = load i32, i32* %args_pos, align 4
  %80 = load i32, i32* %args_end, align 4
  %81 = icmp uge i32 %79, %80
  %82 = zext i1 %81 to i32
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %ws_done0, label %cont

cont:                                             ; preds = %ok2
  %84 = load i32, i32* %args_pos, align 4
  %85 = zext i32 %84 to i64
  %86 = add i64 %85, 1
  %87 = icmp ugt i64 %86, %arena_size
  br i1 %87, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %88 = getelementptr i8, i8* %mem, i64 %85
  %89 = load i8, i8* %88, align 1
  %90 = zext i8 %89 to i32
  store i32 %90, i32* %ws, align 4
  %91 = load i32, i32* %ws, align 4
  %92 = icmp ule i32 %91, 32
  %93 = zext i1 %92 to i32
  %94 = icmp eq i32 %93, 0
  %95 = zext i1 %94 to i32
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %ws_done0, label %cont4

trap17.site0:                                     ; preds = %ok106, %ok105, %join97, %join84, %cont70, %ws_done14, %cont61, %cont51, %cont46, %then37, %then29, %ws_done2, %cont12, %ws_done0, %cont
  %97 = load i64, i64* %lowStart, align 8
  %98 = getelementptr i64, i64* %regs, i64 6
  store i64 %97, i64* %98, align 8
  %99 = load i64, i64* %lowEnd, align 8
  %100 = getelementptr i64, i64* %regs, i64 7
  store i64 %99, i64* %100, align 8
  %101 = load i64, i64* %highEnd, align 8
  %102 = getelementptr i64, i64* %regs, i64 8
  store i64 %101, i64* %102, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

cont4:                                            ; preds = %ok3
  %103 = load i32, i32* %args_pos, align 4
  %104 = add i32 %103, 1
  store i32 %104, i32* %args_pos, align 4
  br label %ws1

dead5:                                            ; No predecessors!
  br label %ws_done0

ok6:                                              ; preds = %ws_done0
  %105 = getelementptr i8, i8* %mem, i64 %73
  %106 = load i8, i8* %105, align 1
  %107 = zext i8 %106 to i32
  %108 = icmp eq i32 %107, 123
  %109 = zext i1 %108 to i32
  %110 = icmp eq i32 %109, 0
  %111 = zext i1 %110 to i32
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %then7, label %else8

then7:                                            ; preds = %ok6
  br label %trap11.site1

else8:                                            ; preds = %ok6
  br label %join9

join9:                                            ; preds = %else8, %dead10
  %113 = load i32, i32* %args_pos, align 4
  %114 = add i32 %113, 1
  store i32 %114, i32* %args_pos, align 4
  br label %ws3

dead10:                                           ; No predecessors!
  br label %join9

ws_done2:                                         ; preds = %dead15, %ok13, %ok11
  %115 = load i32, i32* %args_pos, align 4
  %116 = zext i32 %115 to i64
  %117 = add i64 %116, 1
  %118 = icmp ugt i64 %117, %arena_size
  br i1 %118, label %trap17.site0, label %ok16

ws3:                                              ; preds = %cont14, %join9
  %119 = load i64, i64* %fuel, align 8
  %120 = icmp ult i64 %119, 1
  br i1 %120, label %trap14.site0, label %ok11

ok11:                                             ; preds = %ws3
  %121 = sub i64 %119, 1
  store i64 %121, i64* %fuel, align 8
  %122 = load i32, i32* %args_pos, align 4
  %123 = load i32, i32* %args_end, align 4
  %124 = icmp uge i32 %122, %123
  %125 = zext i1 %124 to i32
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %ws_done2, label %cont12

cont12:                                           ; preds = %ok11
  %127 = load i32, i32* %args_pos, align 4
  %128 = zext i32 %127 to i64
  %129 = add i64 %128, 1
  %130 = icmp ugt i64 %129, %arena_size
  br i1 %130, label %trap17.site0, label %ok13

ok13:                                             ; preds = %cont12
  %131 = getelementptr i8, i8* %mem, i64 %128
  %132 = load i8, i8* %131, align 1
  %133 = zext i8 %132 to i32
  store i32 %133, i32* %ws, align 4
  %134 = load i32, i32* %ws, align 4
  %135 = icmp ule i32 %134, 32
  %136 = zext i1 %135 to i32
  %137 = icmp eq i32 %136, 0
  %138 = zext i1 %137 to i32
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %ws_done2, label %cont14

cont14:                                           ; preds = %ok13
  %140 = load i32, i32* %args_pos, align 4
  %141 = add i32 %140, 1
  store i32 %141, i32* %args_pos, align 4
  br label %ws3

dead15:                                           ; No predecessors!
  br label %ws_done2

ok16:                                             ; preds = %ws_done2
  %142 = getelementptr i8, i8* %mem, i64 %116
  %143 = load i8, i8* %142, align 1
  %144 = zext i8 %143 to i32
  %145 = icmp eq i32 %144, 125
  %146 = zext i1 %145 to i32
  %147 = icmp eq i32 %146, 0
  %148 = zext i1 %147 to i32
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %then17, label %else18

then17:                                           ; preds = %ok16
  br label %args4

else18:                                           ; preds = %ok16
  br label %join19

join19:                                           ; preds = %else18, %join68
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then75, label %else76

args4:                                            ; preds = %ws_done16, %then17
  %154 = load i64, i64* %fuel, align 8
  %155 = icmp ult i64 %154, 1
  br i1 %155, label %trap14.site0, label %ok20

ok20:                                             ; preds = %args4
  %156 = sub i64 %154, 1
  store i64 %156, i64* %fuel, align 8
  %157 = getelementptr i64, i64* %regs, i64 1
  %158 = load i64, i64* %157, align 8
  %159 = trunc i64 %158 to i32
  store i32 %159, i32* %args_mark, align 4
  %160 = load i32, i32* %args_pos, align 4
  %161 = add i32 %160, 1
  %162 = load i32, i32* %args_end, align 4
  %163 = icmp uge i32 %depth, 1000
  br i1 %163, label %trap15.site0, label %ok21

ok21:                                             ; preds = %ok20
  %164 = getelementptr i64, i64* %regs, i64 10
  %165 = load i64, i64* %164, align 8
  %166 = icmp ult i64 %10, %165
  br i1 %166, label %trap253.site0, label %stack_ok22

stack_ok22:                                       ; preds = %ok21
  %167 = load i64, i64* %fuel, align 8
  %168 = getelementptr i64, i64* %regs, i64 0
  store i64 %167, i64* %168, align 8
  %169 = load i64, i64* %lowStart, align 8
  %170 = getelementptr i64, i64* %regs, i64 6
  store i64 %169, i64* %170, align 8
  %171 = load i64, i64* %lowEnd, align 8
  %172 = getelementptr i64, i64* %regs, i64 7
  store i64 %171, i64* %172, align 8
  %173 = load i64, i64* %highEnd, align 8
  %174 = getelementptr i64, i64* %regs, i64 8
  store i64 %173, i64* %174, align 8
  %175 = add i32 %depth, 1
  %176 = call i32 @m0.codec.str_end(i64* %regs, i8* %mem, i32 %175, i32 %161, i32 %162)
  %177 = getelementptr i64, i64* %regs, i64 0
  %178 = load i64, i64* %177, align 8
  store i64 %178, i64* %fuel, align 8
  %179 = getelementptr i64, i64* %regs, i64 6
  %180 = load i64, i64* %179, align 8
  store i64 %180, i64* %lowStart, align 8
  %181 = getelementptr i64, i64* %regs, i64 7
  %182 = load i64, i64* %181, align 8
  store i64 %182, i64* %lowEnd, align 8
  %183 = getelementptr i64, i64* %regs, i64 8
  %184 = load i64, i64* %183, align 8
  store i64 %184, i64* %highEnd, align 8
  store i32 %176, i32* %kr, align 4
  %185 = load i32, i32* %kr, align 4
  %186 = and i32 %185, 2147483647
  store i32 %186, i32* %kq, align 4
  %187 = load i32, i32* %kr, align 4
  %188 = and i32 %187, -2147483648
  %189 = icmp ne i32 %188, 0
  br i1 %189, label %then23, label %else24

then23:                                           ; preds = %stack_ok22
  %190 = load i32, i32* %kq, align 4
  %191 = load i32, i32* %args_pos, align 4
  %192 = sub i32 %190, %191
  %193 = sub i32 %192, 1
  %194 = zext i32 %193 to i64
  %195 = getelementptr i64, i64* %regs, i64 1
  %196 = getelementptr i64, i64* %regs, i64 2
  %197 = load i64, i64* %195, align 8
  %198 = add i64 %197, 0
  %199 = and i64 %198, -1
  %200 = add i64 %199, %194
  %201 = load i64, i64* %196, align 8
  %202 = icmp ugt i64 %200, %201
  br i1 %202, label %trap15.site0, label %ok26

else24:                                           ; preds = %stack_ok22
  %203 = load i32, i32* %args_pos, align 4
  %204 = add i32 %203, 1
  store i32 %204, i32* %args_kp, align 4
  %205 = load i32, i32* %kq, align 4
  %206 = load i32, i32* %args_pos, align 4
  %207 = sub i32 %205, %206
  %208 = sub i32 %207, 1
  store i32 %208, i32* %args_klen, align 4
  br label %join25

join25:                                           ; preds = %else24, %stack_ok28
  %209 = load i32, i32* %kq, align 4
  %210 = add i32 %209, 1
  store i32 %210, i32* %args_pos, align 4
  %211 = load i32, i32* %args_klen, align 4
  %212 = icmp eq i32 %211, 1
  %213 = zext i1 %212 to i32
  %214 = icmp ne i32 %213, 0
  br i1 %214, label %then29, label %else30

ok26:                                             ; preds = %then23
  store i64 %200, i64* %195, align 8
  %215 = trunc i64 %199 to i32
  store i32 %215, i32* %args_kp, align 4
  %216 = load i32, i32* %args_pos, align 4
  %217 = add i32 %216, 1
  %218 = load i32, i32* %kq, align 4
  %219 = load i32, i32* %args_kp, align 4
  %220 = icmp uge i32 %depth, 1000
  br i1 %220, label %trap15.site0, label %ok27

ok27:                                             ; preds = %ok26
  %221 = getelementptr i64, i64* %regs, i64 10
  %222 = load i64, i64* %221, align 8
  %223 = icmp ult i64 %10, %222
  br i1 %223, label %trap253.site0, label %stack_ok28

stack_ok28:                                       ; preds = %ok27
  %224 = load i64, i64* %fuel, align 8
  %225 = getelementptr i64, i64* %regs, i64 0
  store i64 %224, i64* %225, align 8
  %226 = load i64, i64* %lowStart, align 8
  %227 = getelementptr i64, i64* %regs, i64 6
  store i64 %226, i64* %227, align 8
  %228 = load i64, i64* %lowEnd, align 8
  %229 = getelementptr i64, i64* %regs, i64 7
  store i64 %228, i64* %229, align 8
  %230 = load i64, i64* %highEnd, align 8
  %231 = getelementptr i64, i64* %regs, i64 8
  store i64 %230, i64* %231, align 8
  %232 = add i32 %depth, 1
  %233 = call i32 @m0.codec.str_unescape(i64* %regs, i8* %mem, i32 %232, i32 %217, i32 %218, i32 %219)
  %234 = getelementptr i64, i64* %regs, i64 0
  %235 = load i64, i64* %234, align 8
  store i64 %235, i64* %fuel, align 8
  %236 = getelementptr i64, i64* %regs, i64 6
  %237 = load i64, i64* %236, align 8
  store i64 %237, i64* %lowStart, align 8
  %238 = getelementptr i64, i64* %regs, i64 7
  %239 = load i64, i64* %238, align 8
  store i64 %239, i64* %lowEnd, align 8
  %240 = getelementptr i64, i64* %regs, i64 8
  %241 = load i64, i64* %240, align 8
  store i64 %241, i64* %highEnd, align 8
  %242 = load i32, i32* %args_kp, align 4
  %243 = sub i32 %233, %242
  store i32 %243, i32* %args_klen, align 4
  br label %join25

match5:                                           ; preds = %join39, %then41, %then33
  %244 = load i32, i32* %result, align 4
  store i32 %244, i32* %args_c, align 4
  %245 = load i32, i32* %args_mark, align 4
  %246 = zext i32 %245 to i64
  %247 = getelementptr i64, i64* %regs, i64 1
  store i64 %246, i64* %247, align 8
  br label %ws7

then29:                                           ; preds = %join25
  %248 = load i32, i32* %args_kp, align 4
  %249 = zext i32 %248 to i64
  %250 = add i64 %249, 1
  %251 = icmp ugt i64 %250, %arena_size
  br i1 %251, label %trap17.site0, label %ok32

else30:                                           ; preds = %join25
  br label %join31

join31:                                           ; preds = %else30, %join35
  %252 = load i32, i32* %args_klen, align 4
  %253 = icmp eq i32 %252, 2
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then37, label %else38

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = load i8, i8* %256, align 1
  %258 = zext i8 %257 to i32
  %259 = icmp eq i32 %258, 110
  %260 = zext i1 %259 to i32
  %261 = icmp ne i32 %260, 0
  br i1 %261, label %then33, label %else34

then33:                                           ; preds = %ok32
  store i32 0, i32* %result, align 4
  br label %match5

else34:                                           ; preds = %ok32
  br label %join35

join35:                                           ; preds = %else34, %dead36
  br label %join31

dead36:                                           ; No predecessors!
  br label %join35

then37:                                           ; preds = %join31
  %262 = load i32, i32* %args_kp, align 4
  %263 = zext i32 %262 to i64
  %264 = add i64 %263, 2
  %265 = icmp ugt i64 %264, %arena_size
  br i1 %265, label %trap17.site0, label %ok40

else38:                                           ; preds = %join31
  br label %join39

join39:                                           ; preds = %else38, %join43
  store i32 -1, i32* %result, align 4
  br label %match5

ok40:                                             ; preds = %then37
  %266 = getelementptr i8, i8* %mem, i64 %263
  %267 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %267, i8* %266, i64 2, i1 false)
  %268 = load i16, i16* %unaligned, align 2
  %269 = zext i16 %268 to i32
  %270 = icmp eq i32 %269, 29560
  %271 = zext i1 %270 to i32
  %272 = icmp ne i32 %271, 0
  br i1 %272, label %then41, label %else42

then41:                                           ; preds = %ok40
  store i32 1, i32* %result, align 4
  br label %match5

else42:                                           ; preds = %ok40
  br label %join43

join43:                                           ; preds = %else42, %dead44
  br label %join39

dead44:                                           ; No predecessors!
  br label %join43

ws_done6:                                         ; preds = %dead49, %ok47, %ok45
  %273 = load i32, i32* %args_pos, align 4
  %274 = add i32 %273, 1
  store i32 %274, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont48, %match5
  %275 = load i64, i64* %fuel, align 8
  %276 = icmp ult i64 %275, 1
  br i1 %276, label %trap14.site0, label %ok45

ok45:                                             ; preds = %ws7
  %277 = sub i64 %275, 1
  store i64 %277, i64* %fuel, align 8
  %278 = load i32, i32* %args_pos, align 4
  %279 = load i32, i32* %args_end, align 4
  %280 = icmp uge i32 %278, %279
  %281 = zext i1 %280 to i32
  %282 = icmp ne i32 %281, 0
  br i1 %282, label %ws_done6, label %cont46

cont46:                                           ; preds = %ok45
  %283 = load i32, i32* %args_pos, align 4
  %284 = zext i32 %283 to i64
  %285 = add i64 %284, 1
  %286 = icmp ugt i64 %285, %arena_size
  br i1 %286, label %trap17.site0, label %ok47

ok47:                                             ; preds = %cont46
  %287 = getelementptr i8, i8* %mem, i64 %284
  %288 = load i8, i8* %287, align 1
  %289 = zext i8 %288 to i32
  store i32 %289, i32* %ws, align 4
  %290 = load i32, i32* %ws, align 4
  %291 = icmp ule i32 %290, 32
  %292 = zext i1 %291 to i32
  %293 = icmp eq i32 %292, 0
  %294 = zext i1 %293 to i32
  %295 = icmp ne i32 %294, 0
  br i1 %295, label %ws_done6, label %cont48

cont48:                                           ; preds = %ok47
  %296 = load i32, i32* %args_pos, align 4
  %297 = add i32 %296, 1
  store i32 %297, i32* %args_pos, align 4
  br label %ws7

dead49:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead54, %ok52, %ok50
  %298 = load i32, i32* %args_c, align 4
  switch i32 %298, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont53, %ws_done6
  %299 = load i64, i64* %fuel, align 8
  %300 = icmp ult i64 %299, 1
  br i1 %300, label %trap14.site0, label %ok50

ok50:                                             ; preds = %ws9
  %301 = sub i64 %299, 1
  store i64 %301, i64* %fuel, align 8
  %302 = load i32, i32* %args_pos, align 4
  %303 = load i32, i32* %args_end, align 4
  %304 = icmp uge i32 %302, %303
  %305 = zext i1 %304 to i32
  %306 = icmp ne i32 %305, 0
  br i1 %306, label %ws_done8, label %cont51

cont51:                                           ; preds = %ok50
  %307 = load i32, i32* %args_pos, align 4
  %308 = zext i32 %307 to i64
  %309 = add i64 %308, 1
  %310 = icmp ugt i64 %309, %arena_size
  br i1 %310, label %trap17.site0, label %ok52

ok52:                                             ; preds = %cont51
  %311 = getelementptr i8, i8* %mem, i64 %308
  %312 = load i8, i8* %311, align 1
  %313 = zext i8 %312 to i32
  store i32 %313, i32* %ws, align 4
  %314 = load i32, i32* %ws, align 4
  %315 = icmp ule i32 %314, 32
  %316 = zext i1 %315 to i32
  %317 = icmp eq i32 %316, 0
  %318 = zext i1 %317 to i32
  %319 = icmp ne i32 %318, 0
  br i1 %319, label %ws_done8, label %cont53

cont53:                                           ; preds = %ok52
  %320 = load i32, i32* %args_pos, align 4
  %321 = add i32 %320, 1
  store i32 %321, i32* %args_pos, align 4
  br label %ws9

dead54:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13
  %322 = load i32, i32* %args_pos, align 4
  %323 = load i32, i32* %args_end, align 4
  %324 = icmp uge i32 %depth, 1000
  br i1 %324, label %trap15.site0, label %ok58

default11:                                        ; preds = %dead57, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead56, %ws_done8
  %325 = load i32, i32* %args_pos, align 4
  store i32 %325, i32* %arg1_at, align 4
  br label %switch10

case13:                                           ; preds = %dead55, %ws_done8
  %326 = load i32, i32* %args_pos, align 4
  store i32 %326, i32* %arg0_at, align 4
  br label %switch10

dead55:                                           ; No predecessors!
  br label %case13

dead56:                                           ; No predecessors!
  br label %case12

dead57:                                           ; No predecessors!
  br label %default11

ok58:                                             ; preds = %switch10
  %327 = getelementptr i64, i64* %regs, i64 10
  %328 = load i64, i64* %327, align 8
  %329 = icmp ult i64 %10, %328
  br i1 %329, label %trap253.site0, label %stack_ok59

stack_ok59:                                       ; preds = %ok58
  %330 = load i64, i64* %fuel, align 8
  %331 = getelementptr i64, i64* %regs, i64 0
  store i64 %330, i64* %331, align 8
  %332 = load i64, i64* %lowStart, align 8
  %333 = getelementptr i64, i64* %regs, i64 6
  store i64 %332, i64* %333, align 8
  %334 = load i64, i64* %lowEnd, align 8
  %335 = getelementptr i64, i64* %regs, i64 7
  store i64 %334, i64* %335, align 8
  %336 = load i64, i64* %highEnd, align 8
  %337 = getelementptr i64, i64* %regs, i64 8
  store i64 %336, i64* %337, align 8
  %338 = add i32 %depth, 1
  %339 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %338, i32 %322, i32 %323)
  %340 = getelementptr i64, i64* %regs, i64 0
  %341 = load i64, i64* %340, align 8
  store i64 %341, i64* %fuel, align 8
  %342 = getelementptr i64, i64* %regs, i64 6
  %343 = load i64, i64* %342, align 8
  store i64 %343, i64* %lowStart, align 8
  %344 = getelementptr i64, i64* %regs, i64 7
  %345 = load i64, i64* %344, align 8
  store i64 %345, i64* %lowEnd, align 8
  %346 = getelementptr i64, i64* %regs, i64 8
  %347 = load i64, i64* %346, align 8
  store i64 %347, i64* %highEnd, align 8
  store i32 %339, i32* %args_pos, align 4
  br label %ws15

ws_done14:                                        ; preds = %dead64, %ok62, %ok60
  %348 = load i32, i32* %args_pos, align 4
  %349 = zext i32 %348 to i64
  %350 = add i64 %349, 1
  %351 = icmp ugt i64 %350, %arena_size
  br i1 %351, label %trap17.site0, label %ok65

ws15:                                             ; preds = %cont63, %stack_ok59
  %352 = load i64, i64* %fuel, align 8
  %353 = icmp ult i64 %352, 1
  br i1 %353, label %trap14.site0, label %ok60

ok60:                                             ; preds = %ws15
  %354 = sub i64 %352, 1
  store i64 %354, i64* %fuel, align 8
  %355 = load i32, i32* %args_pos, align 4
  %356 = load i32, i32* %args_end, align 4
  %357 = icmp uge i32 %355, %356
  %358 = zext i1 %357 to i32
  %359 = icmp ne i32 %358, 0
  br i1 %359, label %ws_done14, label %cont61

cont61:                                           ; preds = %ok60
  %360 = load i32, i32* %args_pos, align 4
  %361 = zext i32 %360 to i64
  %362 = add i64 %361, 1
  %363 = icmp ugt i64 %362, %arena_size
  br i1 %363, label %trap17.site0, label %ok62

ok62:                                             ; preds = %cont61
  %364 = getelementptr i8, i8* %mem, i64 %361
  %365 = load i8, i8* %364, align 1
  %366 = zext i8 %365 to i32
  store i32 %366, i32* %ws, align 4
  %367 = load i32, i32* %ws, align 4
  %368 = icmp ule i32 %367, 32
  %369 = zext i1 %368 to i32
  %370 = icmp eq i32 %369, 0
  %371 = zext i1 %370 to i32
  %372 = icmp ne i32 %371, 0
  br i1 %372, label %ws_done14, label %cont63

cont63:                                           ; preds = %ok62
  %373 = load i32, i32* %args_pos, align 4
  %374 = add i32 %373, 1
  store i32 %374, i32* %args_pos, align 4
  br label %ws15

dead64:                                           ; No predecessors!
  br label %ws_done14

ok65:                                             ; preds = %ws_done14
  %375 = getelementptr i8, i8* %mem, i64 %349
  %376 = load i8, i8* %375, align 1
  %377 = zext i8 %376 to i32
  store i32 %377, i32* %args_c, align 4
  %378 = load i32, i32* %args_pos, align 4
  %379 = add i32 %378, 1
  store i32 %379, i32* %args_pos, align 4
  %380 = load i32, i32* %args_c, align 4
  %381 = icmp eq i32 %380, 44
  %382 = zext i1 %381 to i32
  %383 = icmp ne i32 %382, 0
  br i1 %383, label %then66, label %else67

then66:                                           ; preds = %ok65
  br label %ws17

else67:                                           ; preds = %ok65
  br label %join68

join68:                                           ; preds = %else67, %dead74
  br label %join19

ws_done16:                                        ; preds = %dead73, %ok71, %ok69
  br label %args4

ws17:                                             ; preds = %cont72, %then66
  %384 = load i64, i64* %fuel, align 8
  %385 = icmp ult i64 %384, 1
  br i1 %385, label %trap14.site0, label %ok69

ok69:                                             ; preds = %ws17
  %386 = sub i64 %384, 1
  store i64 %386, i64* %fuel, align 8
  %387 = load i32, i32* %args_pos, align 4
  %388 = load i32, i32* %args_end, align 4
  %389 = icmp uge i32 %387, %388
  %390 = zext i1 %389 to i32
  %391 = icmp ne i32 %390, 0
  br i1 %391, label %ws_done16, label %cont70

cont70:                                           ; preds = %ok69
  %392 = load i32, i32* %args_pos, align 4
  %393 = zext i32 %392 to i64
  %394 = add i64 %393, 1
  %395 = icmp ugt i64 %394, %arena_size
  br i1 %395, label %trap17.site0, label %ok71

ok71:                                             ; preds = %cont70
  %396 = getelementptr i8, i8* %mem, i64 %393
  %397 = load i8, i8* %396, align 1
  %398 = zext i8 %397 to i32
  store i32 %398, i32* %ws, align 4
  %399 = load i32, i32* %ws, align 4
  %400 = icmp ule i32 %399, 32
  %401 = zext i1 %400 to i32
  %402 = icmp eq i32 %401, 0
  %403 = zext i1 %402 to i32
  %404 = icmp ne i32 %403, 0
  br i1 %404, label %ws_done16, label %cont72

cont72:                                           ; preds = %ok71
  %405 = load i32, i32* %args_pos, align 4
  %406 = add i32 %405, 1
  store i32 %406, i32* %args_pos, align 4
  br label %ws17

dead73:                                           ; No predecessors!
  br label %ws_done16

dead74:                                           ; No predecessors!
  br label %join68

then75:                                           ; preds = %join19
  br label %trap9.site2

else76:                                           ; preds = %join19
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %407 = getelementptr i64, i64* %regs, i64 1
  %408 = getelementptr i64, i64* %regs, i64 2
  %409 = load i64, i64* %407, align 8
  %410 = add i64 %409, 7
  %411 = and i64 %410, -8
  %412 = add i64 %411, 8
  %413 = load i64, i64* %408, align 8
  %414 = icmp ugt i64 %412, %413
  br i1 %414, label %trap15.site0, label %ok79

trap9.site2:                                      ; preds = %then75
  %415 = load i64, i64* %lowStart, align 8
  %416 = getelementptr i64, i64* %regs, i64 6
  store i64 %415, i64* %416, align 8
  %417 = load i64, i64* %lowEnd, align 8
  %418 = getelementptr i64, i64* %regs, i64 7
  store i64 %417, i64* %418, align 8
  %419 = load i64, i64* %highEnd, align 8
  %420 = getelementptr i64, i64* %regs, i64 8
  store i64 %419, i64* %420, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %412, i64* %407, align 8
  %421 = trunc i64 %411 to i32
  store i32 %421, i32* %cell, align 4
  %422 = load i32, i32* %arg0_at, align 4
  %423 = load i32, i32* %args_end, align 4
  %424 = load i32, i32* %cell, align 4
  %425 = icmp uge i32 %depth, 1000
  br i1 %425, label %trap15.site0, label %ok80

ok80:                                             ; preds = %ok79
  %426 = getelementptr i64, i64* %regs, i64 10
  %427 = load i64, i64* %426, align 8
  %428 = icmp ult i64 %10, %427
  br i1 %428, label %trap253.site0, label %stack_ok81

stack_ok81:                                       ; preds = %ok80
  %429 = load i64, i64* %fuel, align 8
  %430 = getelementptr i64, i64* %regs, i64 0
  store i64 %429, i64* %430, align 8
  %431 = load i64, i64* %lowStart, align 8
  %432 = getelementptr i64, i64* %regs, i64 6
  store i64 %431, i64* %432, align 8
  %433 = load i64, i64* %lowEnd, align 8
  %434 = getelementptr i64, i64* %regs, i64 7
  store i64 %433, i64* %434, align 8
  %435 = load i64, i64* %highEnd, align 8
  %436 = getelementptr i64, i64* %regs, i64 8
  store i64 %435, i64* %436, align 8
  %437 = add i32 %depth, 1
  %438 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %437, i32 %422, i32 %423, i32 %424)
  %439 = getelementptr i64, i64* %regs, i64 0
  %440 = load i64, i64* %439, align 8
  store i64 %440, i64* %fuel, align 8
  %441 = getelementptr i64, i64* %regs, i64 6
  %442 = load i64, i64* %441, align 8
  store i64 %442, i64* %lowStart, align 8
  %443 = getelementptr i64, i64* %regs, i64 7
  %444 = load i64, i64* %443, align 8
  store i64 %444, i64* %lowEnd, align 8
  %445 = getelementptr i64, i64* %regs, i64 8
  %446 = load i64, i64* %445, align 8
  store i64 %446, i64* %highEnd, align 8
  %447 = icmp slt i32 %438, 0
  %448 = zext i1 %447 to i32
  %449 = icmp ne i32 %448, 0
  br i1 %449, label %then82, label %else83

then82:                                           ; preds = %stack_ok81
  br label %trap11.site2

else83:                                           ; preds = %stack_ok81
  br label %join84

join84:                                           ; preds = %else83, %dead85
  %450 = load i32, i32* %cell, align 4
  %451 = zext i32 %450 to i64
  %452 = add i64 %451, 8
  %453 = icmp ugt i64 %452, %arena_size
  br i1 %453, label %trap17.site0, label %ok86

trap11.site2:                                     ; preds = %then82
  %454 = load i64, i64* %lowStart, align 8
  %455 = getelementptr i64, i64* %regs, i64 6
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %lowEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 7
  store i64 %456, i64* %457, align 8
  %458 = load i64, i64* %highEnd, align 8
  %459 = getelementptr i64, i64* %regs, i64 8
  store i64 %458, i64* %459, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead85:                                           ; No predecessors!
  br label %join84

ok86:                                             ; preds = %join84
  %460 = getelementptr i8, i8* %mem, i64 %451
  %461 = bitcast i64* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %461, i8* %460, i64 8, i1 false)
  %462 = load i64, i64* %unaligned87, align 8
  store i64 %462, i64* %arg, align 8
  %463 = load i32, i32* %arg1_at, align 4
  %464 = icmp eq i32 %463, 0
  %465 = zext i1 %464 to i32
  %466 = icmp ne i32 %465, 0
  br i1 %466, label %then88, label %else89

then88:                                           ; preds = %ok86
  br label %trap9.site3

else89:                                           ; preds = %ok86
  br label %join90

join90:                                           ; preds = %else89, %dead91
  %467 = getelementptr i64, i64* %regs, i64 1
  %468 = getelementptr i64, i64* %regs, i64 2
  %469 = load i64, i64* %467, align 8
  %470 = add i64 %469, 3
  %471 = and i64 %470, -4
  %472 = add i64 %471, 4
  %473 = load i64, i64* %468, align 8
  %474 = icmp ugt i64 %472, %473
  br i1 %474, label %trap15.site0, label %ok92

trap9.site3:                                      ; preds = %then88
  %475 = load i64, i64* %lowStart, align 8
  %476 = getelementptr i64, i64* %regs, i64 6
  store i64 %475, i64* %476, align 8
  %477 = load i64, i64* %lowEnd, align 8
  %478 = getelementptr i64, i64* %regs, i64 7
  store i64 %477, i64* %478, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = getelementptr i64, i64* %regs, i64 8
  store i64 %479, i64* %480, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead91:                                           ; No predecessors!
  br label %join90

ok92:                                             ; preds = %join90
  store i64 %472, i64* %467, align 8
  %481 = trunc i64 %471 to i32
  store i32 %481, i32* %cell.1, align 4
  %482 = load i32, i32* %arg1_at, align 4
  %483 = load i32, i32* %args_end, align 4
  %484 = load i32, i32* %cell.1, align 4
  %485 = icmp uge i32 %depth, 1000
  br i1 %485, label %trap15.site0, label %ok93

ok93:                                             ; preds = %ok92
  %486 = getelementptr i64, i64* %regs, i64 10
  %487 = load i64, i64* %486, align 8
  %488 = icmp ult i64 %10, %487
  br i1 %488, label %trap253.site0, label %stack_ok94

stack_ok94:                                       ; preds = %ok93
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
  %498 = call i32 @m0.codec.dec.list.1(i64* %regs, i8* %mem, i32 %497, i32 %482, i32 %483, i32 %484)
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
  %507 = icmp slt i32 %498, 0
  %508 = zext i1 %507 to i32
  %509 = icmp ne i32 %508, 0
  br i1 %509, label %then95, label %else96

then95:                                           ; preds = %stack_ok94
  br label %trap11.site3

else96:                                           ; preds = %stack_ok94
  br label %join97

join97:                                           ; preds = %else96, %dead98
  %510 = load i32, i32* %cell.1, align 4
  %511 = zext i32 %510 to i64
  %512 = add i64 %511, 4
  %513 = icmp ugt i64 %512, %arena_size
  br i1 %513, label %trap17.site0, label %ok99

trap11.site3:                                     ; preds = %then95
  %514 = load i64, i64* %lowStart, align 8
  %515 = getelementptr i64, i64* %regs, i64 6
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %lowEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 7
  store i64 %516, i64* %517, align 8
  %518 = load i64, i64* %highEnd, align 8
  %519 = getelementptr i64, i64* %regs, i64 8
  store i64 %518, i64* %519, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead98:                                           ; No predecessors!
  br label %join97

ok99:                                             ; preds = %join97
  %520 = getelementptr i8, i8* %mem, i64 %511
  %521 = bitcast i32* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %521, i8* %520, i64 4, i1 false)
  %522 = load i32, i32* %unaligned100, align 4
  store i32 %522, i32* %arg.1, align 4
  %523 = load i32, i32* %args_unexpected, align 4
  %524 = icmp ne i32 %523, 0
  br i1 %524, label %then101, label %else102

then101:                                          ; preds = %ok99
  br label %trap10.site1

else102:                                          ; preds = %ok99
  br label %join103

join103:                                          ; preds = %else102, %dead104
  %525 = getelementptr i64, i64* %regs, i64 1
  %526 = getelementptr i64, i64* %regs, i64 2
  %527 = load i64, i64* %525, align 8
  %528 = add i64 %527, 7
  %529 = and i64 %528, -8
  %530 = add i64 %529, 16
  %531 = load i64, i64* %526, align 8
  %532 = icmp ugt i64 %530, %531
  br i1 %532, label %trap15.site1, label %ok105

trap10.site1:                                     ; preds = %then101
  %533 = load i64, i64* %lowStart, align 8
  %534 = getelementptr i64, i64* %regs, i64 6
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %lowEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 7
  store i64 %535, i64* %536, align 8
  %537 = load i64, i64* %highEnd, align 8
  %538 = getelementptr i64, i64* %regs, i64 8
  store i64 %537, i64* %538, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead104:                                          ; No predecessors!
  br label %join103

ok105:                                            ; preds = %join103
  store i64 %530, i64* %525, align 8
  %539 = trunc i64 %529 to i32
  store i32 %539, i32* %args_out, align 4
  %540 = load i32, i32* %args_out, align 4
  %541 = load i64, i64* %arg, align 8
  %542 = zext i32 %540 to i64
  %543 = add i64 %542, 8
  %544 = icmp ugt i64 %543, %arena_size
  br i1 %544, label %trap17.site0, label %ok106

trap15.site1:                                     ; preds = %join103
  %545 = load i64, i64* %lowStart, align 8
  %546 = getelementptr i64, i64* %regs, i64 6
  store i64 %545, i64* %546, align 8
  %547 = load i64, i64* %lowEnd, align 8
  %548 = getelementptr i64, i64* %regs, i64 7
  store i64 %547, i64* %548, align 8
  %549 = load i64, i64* %highEnd, align 8
  %550 = getelementptr i64, i64* %regs, i64 8
  store i64 %549, i64* %550, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok106:                                            ; preds = %ok105
  %551 = getelementptr i8, i8* %mem, i64 %542
  %552 = icmp ult i64 %542, %scratch_start
  %553 = load i64, i64* %lowEnd, align 8
  %554 = load i64, i64* %highEnd, align 8
  %555 = call i64 @llvm.umax.i64(i64 %553, i64 %543)
  %556 = select i1 %552, i64 %555, i64 %553
  store i64 %556, i64* %lowEnd, align 8
  %557 = call i64 @llvm.umax.i64(i64 %554, i64 %543)
  %558 = select i1 %552, i64 %554, i64 %557
  store i64 %558, i64* %highEnd, align 8
  %559 = load i64, i64* %lowStart, align 8
  %560 = call i64 @llvm.umin.i64(i64 %559, i64 %542)
  store i64 %560, i64* %lowStart, align 8
  store i64 %541, i64* %unaligned107, align 8
  %561 = bitcast i64* %unaligned107 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %551, i8* %561, i64 8, i1 false)
  %562 = load i32, i32* %args_out, align 4
  %563 = load i32, i32* %arg.1, align 4
  %564 = zext i32 %562 to i64
  %565 = add i64 %564, 8
  %566 = add i64 %565, 4
  %567 = icmp ugt i64 %566, %arena_size
  br i1 %567, label %trap17.site0, label %ok108

ok108:                                            ; preds = %ok106
  %568 = getelementptr i8, i8* %mem, i64 %565
  %569 = icmp ult i64 %565, %scratch_start
  %570 = load i64, i64* %lowEnd, align 8
  %571 = load i64, i64* %highEnd, align 8
  %572 = call i64 @llvm.umax.i64(i64 %570, i64 %566)
  %573 = select i1 %569, i64 %572, i64 %570
  store i64 %573, i64* %lowEnd, align 8
  %574 = call i64 @llvm.umax.i64(i64 %571, i64 %566)
  %575 = select i1 %569, i64 %571, i64 %574
  store i64 %575, i64* %highEnd, align 8
  %576 = load i64, i64* %lowStart, align 8
  %577 = call i64 @llvm.umin.i64(i64 %576, i64 %565)
  store i64 %577, i64* %lowStart, align 8
  store i32 %563, i32* %unaligned109, align 4
  %578 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %568, i8* %578, i64 4, i1 false)
  %579 = load i32, i32* %args_out, align 4
  %580 = load i64, i64* %fuel, align 8
  %581 = getelementptr i64, i64* %regs, i64 0
  store i64 %580, i64* %581, align 8
  %582 = load i64, i64* %lowStart, align 8
  %583 = getelementptr i64, i64* %regs, i64 6
  store i64 %582, i64* %583, align 8
  %584 = load i64, i64* %lowEnd, align 8
  %585 = getelementptr i64, i64* %regs, i64 7
  store i64 %584, i64* %585, align 8
  %586 = load i64, i64* %highEnd, align 8
  %587 = getelementptr i64, i64* %regs, i64 8
  store i64 %586, i64* %587, align 8
  ret i32 %579
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
  %n = alloca i64, align 8
  store i64 0, i64* %n, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
  %closure.1 = alloca i32, align 4
  store i32 0, i32* %closure.1, align 4
  %closure.2 = alloca i32, align 4
  store i32 0, i32* %closure.2, align 4
  %closure.3 = alloca i32, align 4
  store i32 0, i32* %closure.3, align 4
  %lo = alloca i64, align 8
  store i64 0, i64* %lo, align 8
  %hi = alloca i64, align 8
  store i64 0, i64* %hi, align 8
  %count = alloca i64, align 8
  store i64 0, i64* %count, align 8
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %i = alloca i64, align 8
  store i64 0, i64* %i, align 8
  %i.1 = alloca i64, align 8
  store i64 0, i64* %i.1, align 8
  %fibs = alloca i32, align 4
  store i32 0, i32* %fibs, align 4
  %lo.1 = alloca i64, align 8
  store i64 0, i64* %lo.1, align 8
  %hi.1 = alloca i64, align 8
  store i64 0, i64* %hi.1, align 8
  %count.1 = alloca i64, align 8
  store i64 0, i64* %count.1, align 8
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %i.2 = alloca i64, align 8
  store i64 0, i64* %i.2, align 8
  %i.3 = alloca i64, align 8
  store i64 0, i64* %i.3, align 8
  %parity = alloca i32, align 4
  store i32 0, i32* %parity, align 4
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
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
  %unaligned = alloca i64, align 8
  %unaligned4 = alloca i32, align 4
  %result5 = alloca i32, align 4
  %unaligned8 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %unaligned13 = alloca i32, align 4
  %unaligned15 = alloca i32, align 4
  %unaligned18 = alloca i32, align 4
  %unaligned20 = alloca i32, align 4
  %unaligned22 = alloca i32, align 4
  %unaligned25 = alloca i32, align 4
  %unaligned27 = alloca i32, align 4
  %unaligned29 = alloca i32, align 4
  %unaligned32 = alloca i32, align 4
  %unaligned34 = alloca i32, align 4
  %unaligned36 = alloca i32, align 4
  %result37 = alloca i32, align 4
  %result38 = alloca i64, align 8
  %unaligned51 = alloca i64, align 8
  %unaligned54 = alloca i32, align 4
  %unaligned56 = alloca i32, align 4
  %result57 = alloca i32, align 4
  %result61 = alloca i64, align 8
  %unaligned78 = alloca i32, align 4
  %unaligned80 = alloca i32, align 4
  %unaligned84 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %input_offset, align 4
  %15 = load i32, i32* %input_len, align 4
  %16 = icmp uge i32 %depth, 1000
  br i1 %16, label %trap15.site1, label %ok1

trap14.site0:                                     ; preds = %range12, %range5, %body
  %17 = load i64, i64* %lowStart, align 8
  %18 = getelementptr i64, i64* %regs, i64 6
  store i64 %17, i64* %18, align 8
  %19 = load i64, i64* %lowEnd, align 8
  %20 = getelementptr i64, i64* %regs, i64 7
  store i64 %19, i64* %20, align 8
  %21 = load i64, i64* %highEnd, align 8
  %22 = getelementptr i64, i64* %regs, i64 8
  store i64 %21, i64* %22, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %23 = getelementptr i64, i64* %regs, i64 10
  %24 = load i64, i64* %23, align 8
  %25 = icmp ult i64 %10, %24
  br i1 %25, label %trap253.site0, label %stack_ok

trap15.site1:                                     ; preds = %ok
  %26 = load i64, i64* %lowStart, align 8
  %27 = getelementptr i64, i64* %regs, i64 6
  store i64 %26, i64* %27, align 8
  %28 = load i64, i64* %lowEnd, align 8
  %29 = getelementptr i64, i64* %regs, i64 7
  store i64 %28, i64* %29, align 8
  %30 = load i64, i64* %highEnd, align 8
  %31 = getelementptr i64, i64* %regs, i64 8
  store i64 %30, i64* %31, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

stack_ok:                                         ; preds = %ok1
  %32 = load i64, i64* %fuel, align 8
  %33 = getelementptr i64, i64* %regs, i64 0
  store i64 %32, i64* %33, align 8
  %34 = load i64, i64* %lowStart, align 8
  %35 = getelementptr i64, i64* %regs, i64 6
  store i64 %34, i64* %35, align 8
  %36 = load i64, i64* %lowEnd, align 8
  %37 = getelementptr i64, i64* %regs, i64 7
  store i64 %36, i64* %37, align 8
  %38 = load i64, i64* %highEnd, align 8
  %39 = getelementptr i64, i64* %regs, i64 8
  store i64 %38, i64* %39, align 8
  %40 = add i32 %depth, 1
  %41 = call i32 @m0.main.args(i64* %regs, i8* %mem, i32 %40, i32 %14, i32 %15)
  %42 = getelementptr i64, i64* %regs, i64 0
  %43 = load i64, i64* %42, align 8
  store i64 %43, i64* %fuel, align 8
  %44 = getelementptr i64, i64* %regs, i64 6
  %45 = load i64, i64* %44, align 8
  store i64 %45, i64* %lowStart, align 8
  %46 = getelementptr i64, i64* %regs, i64 7
  %47 = load i64, i64* %46, align 8
  store i64 %47, i64* %lowEnd, align 8
  %48 = getelementptr i64, i64* %regs, i64 8
  %49 = load i64, i64* %48, align 8
  store i64 %49, i64* %highEnd, align 8
  store i32 %41, i32* %args, align 4
  %50 = load i32, i32* %args, align 4
  %51 = zext i32 %50 to i64
  %52 = add i64 %51, 8
  %53 = icmp ugt i64 %52, %arena_size
  br i1 %53, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok85, %ok81, %ok73, %ok48, %ok1
  %54 = load i64, i64* %lowStart, align 8
  %55 = getelementptr i64, i64* %regs, i64 6
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %lowEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 7
  store i64 %56, i64* %57, align 8
  %58 = load i64, i64* %highEnd, align 8
  %59 = getelementptr i64, i64* %regs, i64 8
  store i64 %58, i64* %59, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok2:                                              ; preds = %stack_ok
  %60 = getelementptr i8, i8* %mem, i64 %51
  %61 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %61, i8* %60, i64 8, i1 false)
  %62 = load i64, i64* %unaligned, align 8
  store i64 %62, i64* %n, align 8
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 4
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %stack_ok82, %e8, %block11, %stack_ok74, %e1, %block4, %stack_ok49, %ok33, %ok31, %ok30, %ok26, %ok24, %ok23, %ok19, %ok17, %ok16, %ok12, %ok10, %ok9, %ok6, %ok2, %stack_ok
  %68 = load i64, i64* %lowStart, align 8
  %69 = getelementptr i64, i64* %regs, i64 6
  store i64 %68, i64* %69, align 8
  %70 = load i64, i64* %lowEnd, align 8
  %71 = getelementptr i64, i64* %regs, i64 7
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %highEnd, align 8
  %73 = getelementptr i64, i64* %regs, i64 8
  store i64 %72, i64* %73, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok3:                                              ; preds = %ok2
  %74 = getelementptr i8, i8* %mem, i64 %65
  %75 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %74, i64 4, i1 false)
  %76 = load i32, i32* %unaligned4, align 4
  store i32 %76, i32* %xs, align 4
  %77 = getelementptr i64, i64* %regs, i64 1
  %78 = getelementptr i64, i64* %regs, i64 2
  %79 = load i64, i64* %77, align 8
  %80 = add i64 %79, 7
  %81 = and i64 %80, -8
  %82 = add i64 %81, 36
  %83 = load i64, i64* %78, align 8
  %84 = icmp ugt i64 %82, %83
  br i1 %84, label %trap15.site4, label %ok6

e0:                                               ; preds = %ok83
  %85 = load i32, i32* %result5, align 4
  store i32 %85, i32* %result, align 4
  %86 = load i32, i32* %result, align 4
  store i32 %86, i32* %result.1, align 4
  %87 = getelementptr i64, i64* %regs, i64 3
  %88 = load i64, i64* %87, align 8
  %89 = trunc i64 %88 to i32
  store i32 %89, i32* %json_start, align 4
  %90 = load i32, i32* %result.1, align 4
  %91 = load i32, i32* %json_start, align 4
  %92 = icmp uge i32 %depth, 1000
  br i1 %92, label %trap15.site0, label %ok85

ok6:                                              ; preds = %ok3
  store i64 %82, i64* %77, align 8
  %93 = trunc i64 %81 to i32
  store i32 %93, i32* %dict, align 4
  %94 = load i32, i32* %dict, align 4
  %95 = load i32, i32* %xs, align 4
  %96 = zext i32 %94 to i64
  %97 = add i64 %96, 32
  %98 = add i64 %97, 4
  %99 = icmp ugt i64 %98, %arena_size
  br i1 %99, label %trap17.site0, label %ok7

trap15.site4:                                     ; preds = %then91, %ok3
  %100 = load i64, i64* %lowStart, align 8
  %101 = getelementptr i64, i64* %regs, i64 6
  store i64 %100, i64* %101, align 8
  %102 = load i64, i64* %lowEnd, align 8
  %103 = getelementptr i64, i64* %regs, i64 7
  store i64 %102, i64* %103, align 8
  %104 = load i64, i64* %highEnd, align 8
  %105 = getelementptr i64, i64* %regs, i64 8
  store i64 %104, i64* %105, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

ok7:                                              ; preds = %ok6
  %106 = getelementptr i8, i8* %mem, i64 %97
  %107 = icmp ult i64 %97, %scratch_start
  %108 = load i64, i64* %lowEnd, align 8
  %109 = load i64, i64* %highEnd, align 8
  %110 = call i64 @llvm.umax.i64(i64 %108, i64 %98)
  %111 = select i1 %107, i64 %110, i64 %108
  store i64 %111, i64* %lowEnd, align 8
  %112 = call i64 @llvm.umax.i64(i64 %109, i64 %98)
  %113 = select i1 %107, i64 %109, i64 %112
  store i64 %113, i64* %highEnd, align 8
  %114 = load i64, i64* %lowStart, align 8
  %115 = call i64 @llvm.umin.i64(i64 %114, i64 %97)
  store i64 %115, i64* %lowStart, align 8
  store i32 %95, i32* %unaligned8, align 4
  %116 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %106, i8* %116, i64 4, i1 false)
  %117 = getelementptr i64, i64* %regs, i64 1
  %118 = getelementptr i64, i64* %regs, i64 2
  %119 = load i64, i64* %117, align 8
  %120 = add i64 %119, 3
  %121 = and i64 %120, -4
  %122 = add i64 %121, 8
  %123 = load i64, i64* %118, align 8
  %124 = icmp ugt i64 %122, %123
  br i1 %124, label %trap15.site5, label %ok9

ok9:                                              ; preds = %ok7
  store i64 %122, i64* %117, align 8
  %125 = trunc i64 %121 to i32
  store i32 %125, i32* %closure, align 4
  %126 = load i32, i32* %closure, align 4
  %127 = zext i32 %126 to i64
  %128 = add i64 %127, 4
  %129 = icmp ugt i64 %128, %arena_size
  br i1 %129, label %trap17.site0, label %ok10

trap15.site5:                                     ; preds = %ok7
  %130 = load i64, i64* %lowStart, align 8
  %131 = getelementptr i64, i64* %regs, i64 6
  store i64 %130, i64* %131, align 8
  %132 = load i64, i64* %lowEnd, align 8
  %133 = getelementptr i64, i64* %regs, i64 7
  store i64 %132, i64* %133, align 8
  %134 = load i64, i64* %highEnd, align 8
  %135 = getelementptr i64, i64* %regs, i64 8
  store i64 %134, i64* %135, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

ok10:                                             ; preds = %ok9
  %136 = getelementptr i8, i8* %mem, i64 %127
  %137 = icmp ult i64 %127, %scratch_start
  %138 = load i64, i64* %lowEnd, align 8
  %139 = load i64, i64* %highEnd, align 8
  %140 = call i64 @llvm.umax.i64(i64 %138, i64 %128)
  %141 = select i1 %137, i64 %140, i64 %138
  store i64 %141, i64* %lowEnd, align 8
  %142 = call i64 @llvm.umax.i64(i64 %139, i64 %128)
  %143 = select i1 %137, i64 %139, i64 %142
  store i64 %143, i64* %highEnd, align 8
  %144 = load i64, i64* %lowStart, align 8
  %145 = call i64 @llvm.umin.i64(i64 %144, i64 %127)
  store i64 %145, i64* %lowStart, align 8
  store i32 0, i32* %unaligned11, align 4
  %146 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %136, i8* %146, i64 4, i1 false)
  %147 = load i32, i32* %closure, align 4
  %148 = zext i32 %147 to i64
  %149 = add i64 %148, 4
  %150 = add i64 %149, 4
  %151 = icmp ugt i64 %150, %arena_size
  br i1 %151, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok10
  %152 = getelementptr i8, i8* %mem, i64 %149
  %153 = icmp ult i64 %149, %scratch_start
  %154 = load i64, i64* %lowEnd, align 8
  %155 = load i64, i64* %highEnd, align 8
  %156 = call i64 @llvm.umax.i64(i64 %154, i64 %150)
  %157 = select i1 %153, i64 %156, i64 %154
  store i64 %157, i64* %lowEnd, align 8
  %158 = call i64 @llvm.umax.i64(i64 %155, i64 %150)
  %159 = select i1 %153, i64 %155, i64 %158
  store i64 %159, i64* %highEnd, align 8
  %160 = load i64, i64* %lowStart, align 8
  %161 = call i64 @llvm.umin.i64(i64 %160, i64 %149)
  store i64 %161, i64* %lowStart, align 8
  store i32 0, i32* %unaligned13, align 4
  %162 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %152, i8* %162, i64 4, i1 false)
  %163 = load i32, i32* %dict, align 4
  %164 = load i32, i32* %closure, align 4
  %165 = zext i32 %163 to i64
  %166 = add i64 %165, 4
  %167 = icmp ugt i64 %166, %arena_size
  br i1 %167, label %trap17.site0, label %ok14

ok14:                                             ; preds = %ok12
  %168 = getelementptr i8, i8* %mem, i64 %165
  %169 = icmp ult i64 %165, %scratch_start
  %170 = load i64, i64* %lowEnd, align 8
  %171 = load i64, i64* %highEnd, align 8
  %172 = call i64 @llvm.umax.i64(i64 %170, i64 %166)
  %173 = select i1 %169, i64 %172, i64 %170
  store i64 %173, i64* %lowEnd, align 8
  %174 = call i64 @llvm.umax.i64(i64 %171, i64 %166)
  %175 = select i1 %169, i64 %171, i64 %174
  store i64 %175, i64* %highEnd, align 8
  %176 = load i64, i64* %lowStart, align 8
  %177 = call i64 @llvm.umin.i64(i64 %176, i64 %165)
  store i64 %177, i64* %lowStart, align 8
  store i32 %164, i32* %unaligned15, align 4
  %178 = bitcast i32* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %168, i8* %178, i64 4, i1 false)
  %179 = getelementptr i64, i64* %regs, i64 1
  %180 = getelementptr i64, i64* %regs, i64 2
  %181 = load i64, i64* %179, align 8
  %182 = add i64 %181, 3
  %183 = and i64 %182, -4
  %184 = add i64 %183, 8
  %185 = load i64, i64* %180, align 8
  %186 = icmp ugt i64 %184, %185
  br i1 %186, label %trap15.site6, label %ok16

ok16:                                             ; preds = %ok14
  store i64 %184, i64* %179, align 8
  %187 = trunc i64 %183 to i32
  store i32 %187, i32* %closure.1, align 4
  %188 = load i32, i32* %closure.1, align 4
  %189 = zext i32 %188 to i64
  %190 = add i64 %189, 4
  %191 = icmp ugt i64 %190, %arena_size
  br i1 %191, label %trap17.site0, label %ok17

trap15.site6:                                     ; preds = %ok14
  %192 = load i64, i64* %lowStart, align 8
  %193 = getelementptr i64, i64* %regs, i64 6
  store i64 %192, i64* %193, align 8
  %194 = load i64, i64* %lowEnd, align 8
  %195 = getelementptr i64, i64* %regs, i64 7
  store i64 %194, i64* %195, align 8
  %196 = load i64, i64* %highEnd, align 8
  %197 = getelementptr i64, i64* %regs, i64 8
  store i64 %196, i64* %197, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 6)
  unreachable

ok17:                                             ; preds = %ok16
  %198 = getelementptr i8, i8* %mem, i64 %189
  %199 = icmp ult i64 %189, %scratch_start
  %200 = load i64, i64* %lowEnd, align 8
  %201 = load i64, i64* %highEnd, align 8
  %202 = call i64 @llvm.umax.i64(i64 %200, i64 %190)
  %203 = select i1 %199, i64 %202, i64 %200
  store i64 %203, i64* %lowEnd, align 8
  %204 = call i64 @llvm.umax.i64(i64 %201, i64 %190)
  %205 = select i1 %199, i64 %201, i64 %204
  store i64 %205, i64* %highEnd, align 8
  %206 = load i64, i64* %lowStart, align 8
  %207 = call i64 @llvm.umin.i64(i64 %206, i64 %189)
  store i64 %207, i64* %lowStart, align 8
  store i32 1, i32* %unaligned18, align 4
  %208 = bitcast i32* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %198, i8* %208, i64 4, i1 false)
  %209 = load i32, i32* %closure.1, align 4
  %210 = zext i32 %209 to i64
  %211 = add i64 %210, 4
  %212 = add i64 %211, 4
  %213 = icmp ugt i64 %212, %arena_size
  br i1 %213, label %trap17.site0, label %ok19

ok19:                                             ; preds = %ok17
  %214 = getelementptr i8, i8* %mem, i64 %211
  %215 = icmp ult i64 %211, %scratch_start
  %216 = load i64, i64* %lowEnd, align 8
  %217 = load i64, i64* %highEnd, align 8
  %218 = call i64 @llvm.umax.i64(i64 %216, i64 %212)
  %219 = select i1 %215, i64 %218, i64 %216
  store i64 %219, i64* %lowEnd, align 8
  %220 = call i64 @llvm.umax.i64(i64 %217, i64 %212)
  %221 = select i1 %215, i64 %217, i64 %220
  store i64 %221, i64* %highEnd, align 8
  %222 = load i64, i64* %lowStart, align 8
  %223 = call i64 @llvm.umin.i64(i64 %222, i64 %211)
  store i64 %223, i64* %lowStart, align 8
  store i32 0, i32* %unaligned20, align 4
  %224 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %214, i8* %224, i64 4, i1 false)
  %225 = load i32, i32* %dict, align 4
  %226 = load i32, i32* %closure.1, align 4
  %227 = zext i32 %225 to i64
  %228 = add i64 %227, 4
  %229 = add i64 %228, 4
  %230 = icmp ugt i64 %229, %arena_size
  br i1 %230, label %trap17.site0, label %ok21

ok21:                                             ; preds = %ok19
  %231 = getelementptr i8, i8* %mem, i64 %228
  %232 = icmp ult i64 %228, %scratch_start
  %233 = load i64, i64* %lowEnd, align 8
  %234 = load i64, i64* %highEnd, align 8
  %235 = call i64 @llvm.umax.i64(i64 %233, i64 %229)
  %236 = select i1 %232, i64 %235, i64 %233
  store i64 %236, i64* %lowEnd, align 8
  %237 = call i64 @llvm.umax.i64(i64 %234, i64 %229)
  %238 = select i1 %232, i64 %234, i64 %237
  store i64 %238, i64* %highEnd, align 8
  %239 = load i64, i64* %lowStart, align 8
  %240 = call i64 @llvm.umin.i64(i64 %239, i64 %228)
  store i64 %240, i64* %lowStart, align 8
  store i32 %226, i32* %unaligned22, align 4
  %241 = bitcast i32* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %231, i8* %241, i64 4, i1 false)
  %242 = getelementptr i64, i64* %regs, i64 1
  %243 = getelementptr i64, i64* %regs, i64 2
  %244 = load i64, i64* %242, align 8
  %245 = add i64 %244, 3
  %246 = and i64 %245, -4
  %247 = add i64 %246, 8
  %248 = load i64, i64* %243, align 8
  %249 = icmp ugt i64 %247, %248
  br i1 %249, label %trap15.site7, label %ok23

ok23:                                             ; preds = %ok21
  store i64 %247, i64* %242, align 8
  %250 = trunc i64 %246 to i32
  store i32 %250, i32* %closure.2, align 4
  %251 = load i32, i32* %closure.2, align 4
  %252 = zext i32 %251 to i64
  %253 = add i64 %252, 4
  %254 = icmp ugt i64 %253, %arena_size
  br i1 %254, label %trap17.site0, label %ok24

trap15.site7:                                     ; preds = %ok21
  %255 = load i64, i64* %lowStart, align 8
  %256 = getelementptr i64, i64* %regs, i64 6
  store i64 %255, i64* %256, align 8
  %257 = load i64, i64* %lowEnd, align 8
  %258 = getelementptr i64, i64* %regs, i64 7
  store i64 %257, i64* %258, align 8
  %259 = load i64, i64* %highEnd, align 8
  %260 = getelementptr i64, i64* %regs, i64 8
  store i64 %259, i64* %260, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

ok24:                                             ; preds = %ok23
  %261 = getelementptr i8, i8* %mem, i64 %252
  %262 = icmp ult i64 %252, %scratch_start
  %263 = load i64, i64* %lowEnd, align 8
  %264 = load i64, i64* %highEnd, align 8
  %265 = call i64 @llvm.umax.i64(i64 %263, i64 %253)
  %266 = select i1 %262, i64 %265, i64 %263
  store i64 %266, i64* %lowEnd, align 8
  %267 = call i64 @llvm.umax.i64(i64 %264, i64 %253)
  %268 = select i1 %262, i64 %264, i64 %267
  store i64 %268, i64* %highEnd, align 8
  %269 = load i64, i64* %lowStart, align 8
  %270 = call i64 @llvm.umin.i64(i64 %269, i64 %252)
  store i64 %270, i64* %lowStart, align 8
  store i32 2, i32* %unaligned25, align 4
  %271 = bitcast i32* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %261, i8* %271, i64 4, i1 false)
  %272 = load i32, i32* %closure.2, align 4
  %273 = zext i32 %272 to i64
  %274 = add i64 %273, 4
  %275 = add i64 %274, 4
  %276 = icmp ugt i64 %275, %arena_size
  br i1 %276, label %trap17.site0, label %ok26

ok26:                                             ; preds = %ok24
  %277 = getelementptr i8, i8* %mem, i64 %274
  %278 = icmp ult i64 %274, %scratch_start
  %279 = load i64, i64* %lowEnd, align 8
  %280 = load i64, i64* %highEnd, align 8
  %281 = call i64 @llvm.umax.i64(i64 %279, i64 %275)
  %282 = select i1 %278, i64 %281, i64 %279
  store i64 %282, i64* %lowEnd, align 8
  %283 = call i64 @llvm.umax.i64(i64 %280, i64 %275)
  %284 = select i1 %278, i64 %280, i64 %283
  store i64 %284, i64* %highEnd, align 8
  %285 = load i64, i64* %lowStart, align 8
  %286 = call i64 @llvm.umin.i64(i64 %285, i64 %274)
  store i64 %286, i64* %lowStart, align 8
  store i32 0, i32* %unaligned27, align 4
  %287 = bitcast i32* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %277, i8* %287, i64 4, i1 false)
  %288 = load i32, i32* %dict, align 4
  %289 = load i32, i32* %closure.2, align 4
  %290 = zext i32 %288 to i64
  %291 = add i64 %290, 8
  %292 = add i64 %291, 4
  %293 = icmp ugt i64 %292, %arena_size
  br i1 %293, label %trap17.site0, label %ok28

ok28:                                             ; preds = %ok26
  %294 = getelementptr i8, i8* %mem, i64 %291
  %295 = icmp ult i64 %291, %scratch_start
  %296 = load i64, i64* %lowEnd, align 8
  %297 = load i64, i64* %highEnd, align 8
  %298 = call i64 @llvm.umax.i64(i64 %296, i64 %292)
  %299 = select i1 %295, i64 %298, i64 %296
  store i64 %299, i64* %lowEnd, align 8
  %300 = call i64 @llvm.umax.i64(i64 %297, i64 %292)
  %301 = select i1 %295, i64 %297, i64 %300
  store i64 %301, i64* %highEnd, align 8
  %302 = load i64, i64* %lowStart, align 8
  %303 = call i64 @llvm.umin.i64(i64 %302, i64 %291)
  store i64 %303, i64* %lowStart, align 8
  store i32 %289, i32* %unaligned29, align 4
  %304 = bitcast i32* %unaligned29 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %294, i8* %304, i64 4, i1 false)
  %305 = getelementptr i64, i64* %regs, i64 1
  %306 = getelementptr i64, i64* %regs, i64 2
  %307 = load i64, i64* %305, align 8
  %308 = add i64 %307, 3
  %309 = and i64 %308, -4
  %310 = add i64 %309, 8
  %311 = load i64, i64* %306, align 8
  %312 = icmp ugt i64 %310, %311
  br i1 %312, label %trap15.site8, label %ok30

ok30:                                             ; preds = %ok28
  store i64 %310, i64* %305, align 8
  %313 = trunc i64 %309 to i32
  store i32 %313, i32* %closure.3, align 4
  %314 = load i32, i32* %closure.3, align 4
  %315 = zext i32 %314 to i64
  %316 = add i64 %315, 4
  %317 = icmp ugt i64 %316, %arena_size
  br i1 %317, label %trap17.site0, label %ok31

trap15.site8:                                     ; preds = %ok28
  %318 = load i64, i64* %lowStart, align 8
  %319 = getelementptr i64, i64* %regs, i64 6
  store i64 %318, i64* %319, align 8
  %320 = load i64, i64* %lowEnd, align 8
  %321 = getelementptr i64, i64* %regs, i64 7
  store i64 %320, i64* %321, align 8
  %322 = load i64, i64* %highEnd, align 8
  %323 = getelementptr i64, i64* %regs, i64 8
  store i64 %322, i64* %323, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

ok31:                                             ; preds = %ok30
  %324 = getelementptr i8, i8* %mem, i64 %315
  %325 = icmp ult i64 %315, %scratch_start
  %326 = load i64, i64* %lowEnd, align 8
  %327 = load i64, i64* %highEnd, align 8
  %328 = call i64 @llvm.umax.i64(i64 %326, i64 %316)
  %329 = select i1 %325, i64 %328, i64 %326
  store i64 %329, i64* %lowEnd, align 8
  %330 = call i64 @llvm.umax.i64(i64 %327, i64 %316)
  %331 = select i1 %325, i64 %327, i64 %330
  store i64 %331, i64* %highEnd, align 8
  %332 = load i64, i64* %lowStart, align 8
  %333 = call i64 @llvm.umin.i64(i64 %332, i64 %315)
  store i64 %333, i64* %lowStart, align 8
  store i32 3, i32* %unaligned32, align 4
  %334 = bitcast i32* %unaligned32 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %324, i8* %334, i64 4, i1 false)
  %335 = load i32, i32* %closure.3, align 4
  %336 = load i32, i32* %dict, align 4
  %337 = zext i32 %335 to i64
  %338 = add i64 %337, 4
  %339 = add i64 %338, 4
  %340 = icmp ugt i64 %339, %arena_size
  br i1 %340, label %trap17.site0, label %ok33

ok33:                                             ; preds = %ok31
  %341 = getelementptr i8, i8* %mem, i64 %338
  %342 = icmp ult i64 %338, %scratch_start
  %343 = load i64, i64* %lowEnd, align 8
  %344 = load i64, i64* %highEnd, align 8
  %345 = call i64 @llvm.umax.i64(i64 %343, i64 %339)
  %346 = select i1 %342, i64 %345, i64 %343
  store i64 %346, i64* %lowEnd, align 8
  %347 = call i64 @llvm.umax.i64(i64 %344, i64 %339)
  %348 = select i1 %342, i64 %344, i64 %347
  store i64 %348, i64* %highEnd, align 8
  %349 = load i64, i64* %lowStart, align 8
  %350 = call i64 @llvm.umin.i64(i64 %349, i64 %338)
  store i64 %350, i64* %lowStart, align 8
  store i32 %336, i32* %unaligned34, align 4
  %351 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %341, i8* %351, i64 4, i1 false)
  %352 = load i32, i32* %dict, align 4
  %353 = load i32, i32* %closure.3, align 4
  %354 = zext i32 %352 to i64
  %355 = add i64 %354, 12
  %356 = add i64 %355, 4
  %357 = icmp ugt i64 %356, %arena_size
  br i1 %357, label %trap17.site0, label %ok35

ok35:                                             ; preds = %ok33
  %358 = getelementptr i8, i8* %mem, i64 %355
  %359 = icmp ult i64 %355, %scratch_start
  %360 = load i64, i64* %lowEnd, align 8
  %361 = load i64, i64* %highEnd, align 8
  %362 = call i64 @llvm.umax.i64(i64 %360, i64 %356)
  %363 = select i1 %359, i64 %362, i64 %360
  store i64 %363, i64* %lowEnd, align 8
  %364 = call i64 @llvm.umax.i64(i64 %361, i64 %356)
  %365 = select i1 %359, i64 %361, i64 %364
  store i64 %365, i64* %highEnd, align 8
  %366 = load i64, i64* %lowStart, align 8
  %367 = call i64 @llvm.umin.i64(i64 %366, i64 %355)
  store i64 %367, i64* %lowStart, align 8
  store i32 %353, i32* %unaligned36, align 4
  %368 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %358, i8* %368, i64 4, i1 false)
  store i64 0, i64* %lo, align 8
  %369 = load i64, i64* %n, align 8
  store i64 %369, i64* %hi, align 8
  %370 = load i64, i64* %hi, align 8
  %371 = load i64, i64* %lo, align 8
  %372 = icmp sgt i64 %370, %371
  %373 = zext i1 %372 to i32
  %374 = icmp ne i32 %373, 0
  br i1 %374, label %then, label %else

e1:                                               ; preds = %ok53
  %375 = load i32, i32* %result37, align 4
  store i32 %375, i32* %fibs, align 4
  %376 = load i32, i32* %dict, align 4
  %377 = load i32, i32* %fibs, align 4
  %378 = zext i32 %376 to i64
  %379 = add i64 %378, 16
  %380 = add i64 %379, 4
  %381 = icmp ugt i64 %380, %arena_size
  br i1 %381, label %trap17.site0, label %ok55

then:                                             ; preds = %ok35
  %382 = load i64, i64* %hi, align 8
  %383 = load i64, i64* %lo, align 8
  %384 = sub i64 %382, %383
  store i64 %384, i64* %result38, align 8
  br label %join

else:                                             ; preds = %ok35
  store i64 0, i64* %result38, align 8
  br label %join

join:                                             ; preds = %else, %then
  %385 = load i64, i64* %result38, align 8
  store i64 %385, i64* %count, align 8
  %386 = load i64, i64* %count, align 8
  %387 = icmp slt i64 %386, 0
  %388 = zext i1 %387 to i32
  %389 = load i64, i64* %count, align 8
  %390 = icmp sgt i64 %389, 2147483647
  %391 = zext i1 %390 to i32
  %392 = or i32 %388, %391
  %393 = icmp ne i32 %392, 0
  br i1 %393, label %then39, label %else40

then39:                                           ; preds = %join
  br label %trap15.site9

else40:                                           ; preds = %join
  br label %join41

join41:                                           ; preds = %else40, %dead
  %394 = load i64, i64* %count, align 8
  %395 = trunc i64 %394 to i32
  %396 = zext i32 %395 to i64
  %397 = mul i64 %396, 8
  %398 = add i64 8, %397
  store i64 %398, i64* %size, align 8
  %399 = load i64, i64* %size, align 8
  %400 = icmp ugt i64 %399, 2147483647
  %401 = zext i1 %400 to i32
  %402 = icmp ne i32 %401, 0
  br i1 %402, label %then42, label %else43

trap15.site9:                                     ; preds = %then39
  %403 = load i64, i64* %lowStart, align 8
  %404 = getelementptr i64, i64* %regs, i64 6
  store i64 %403, i64* %404, align 8
  %405 = load i64, i64* %lowEnd, align 8
  %406 = getelementptr i64, i64* %regs, i64 7
  store i64 %405, i64* %406, align 8
  %407 = load i64, i64* %highEnd, align 8
  %408 = getelementptr i64, i64* %regs, i64 8
  store i64 %407, i64* %408, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead:                                             ; No predecessors!
  br label %join41

then42:                                           ; preds = %join41
  br label %trap15.site10

else43:                                           ; preds = %join41
  br label %join44

join44:                                           ; preds = %else43, %dead45
  %409 = load i64, i64* %size, align 8
  %410 = trunc i64 %409 to i32
  %411 = zext i32 %410 to i64
  %412 = getelementptr i64, i64* %regs, i64 1
  %413 = getelementptr i64, i64* %regs, i64 2
  %414 = load i64, i64* %412, align 8
  %415 = add i64 %414, 7
  %416 = and i64 %415, -8
  %417 = add i64 %416, %411
  %418 = load i64, i64* %413, align 8
  %419 = icmp ugt i64 %417, %418
  br i1 %419, label %trap15.site10, label %ok46

trap15.site10:                                    ; preds = %join44, %then42
  %420 = load i64, i64* %lowStart, align 8
  %421 = getelementptr i64, i64* %regs, i64 6
  store i64 %420, i64* %421, align 8
  %422 = load i64, i64* %lowEnd, align 8
  %423 = getelementptr i64, i64* %regs, i64 7
  store i64 %422, i64* %423, align 8
  %424 = load i64, i64* %highEnd, align 8
  %425 = getelementptr i64, i64* %regs, i64 8
  store i64 %424, i64* %425, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead45:                                           ; No predecessors!
  br label %join44

ok46:                                             ; preds = %join44
  store i64 %417, i64* %412, align 8
  %426 = trunc i64 %416 to i32
  store i32 %426, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %427 = load i64, i64* %lo, align 8
  store i64 %427, i64* %i, align 8
  br label %range5

block4:                                           ; preds = %dead52, %ok47
  %428 = load i32, i32* %list, align 4
  %429 = load i32, i32* %len, align 4
  %430 = zext i32 %428 to i64
  %431 = add i64 %430, 4
  %432 = icmp ugt i64 %431, %arena_size
  br i1 %432, label %trap17.site0, label %ok53

range5:                                           ; preds = %ok50, %ok46
  %433 = load i64, i64* %fuel, align 8
  %434 = icmp ult i64 %433, 1
  br i1 %434, label %trap14.site0, label %ok47

ok47:                                             ; preds = %range5
  %435 = sub i64 %433, 1
  store i64 %435, i64* %fuel, align 8
  %436 = load i64, i64* %i, align 8
  %437 = load i64, i64* %hi, align 8
  %438 = icmp sge i64 %436, %437
  %439 = zext i1 %438 to i32
  %440 = icmp ne i32 %439, 0
  br i1 %440, label %block4, label %cont

cont:                                             ; preds = %ok47
  %441 = load i64, i64* %i, align 8
  store i64 %441, i64* %i.1, align 8
  %442 = load i32, i32* %list, align 4
  %443 = load i32, i32* %len, align 4
  %444 = mul i32 %443, 8
  %445 = add i32 %442, %444
  %446 = load i64, i64* %i.1, align 8
  %447 = icmp uge i32 %depth, 1000
  br i1 %447, label %trap15.site11, label %ok48

ok48:                                             ; preds = %cont
  %448 = getelementptr i64, i64* %regs, i64 10
  %449 = load i64, i64* %448, align 8
  %450 = icmp ult i64 %10, %449
  br i1 %450, label %trap253.site0, label %stack_ok49

trap15.site11:                                    ; preds = %cont
  %451 = load i64, i64* %lowStart, align 8
  %452 = getelementptr i64, i64* %regs, i64 6
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %lowEnd, align 8
  %454 = getelementptr i64, i64* %regs, i64 7
  store i64 %453, i64* %454, align 8
  %455 = load i64, i64* %highEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 8
  store i64 %455, i64* %456, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

stack_ok49:                                       ; preds = %ok48
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
  %466 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %465, i32 0, i64 %446)
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
  %475 = zext i32 %445 to i64
  %476 = add i64 %475, 8
  %477 = add i64 %476, 8
  %478 = icmp ugt i64 %477, %arena_size
  br i1 %478, label %trap17.site0, label %ok50

ok50:                                             ; preds = %stack_ok49
  %479 = getelementptr i8, i8* %mem, i64 %476
  %480 = icmp ult i64 %476, %scratch_start
  %481 = load i64, i64* %lowEnd, align 8
  %482 = load i64, i64* %highEnd, align 8
  %483 = call i64 @llvm.umax.i64(i64 %481, i64 %477)
  %484 = select i1 %480, i64 %483, i64 %481
  store i64 %484, i64* %lowEnd, align 8
  %485 = call i64 @llvm.umax.i64(i64 %482, i64 %477)
  %486 = select i1 %480, i64 %482, i64 %485
  store i64 %486, i64* %highEnd, align 8
  %487 = load i64, i64* %lowStart, align 8
  %488 = call i64 @llvm.umin.i64(i64 %487, i64 %476)
  store i64 %488, i64* %lowStart, align 8
  store i64 %466, i64* %unaligned51, align 8
  %489 = bitcast i64* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %479, i8* %489, i64 8, i1 false)
  %490 = load i32, i32* %len, align 4
  %491 = add i32 %490, 1
  store i32 %491, i32* %len, align 4
  %492 = load i64, i64* %i, align 8
  %493 = add i64 %492, 1
  store i64 %493, i64* %i, align 8
  br label %range5

dead52:                                           ; No predecessors!
  br label %block4

ok53:                                             ; preds = %block4
  %494 = getelementptr i8, i8* %mem, i64 %430
  %495 = icmp ult i64 %430, %scratch_start
  %496 = load i64, i64* %lowEnd, align 8
  %497 = load i64, i64* %highEnd, align 8
  %498 = call i64 @llvm.umax.i64(i64 %496, i64 %431)
  %499 = select i1 %495, i64 %498, i64 %496
  store i64 %499, i64* %lowEnd, align 8
  %500 = call i64 @llvm.umax.i64(i64 %497, i64 %431)
  %501 = select i1 %495, i64 %497, i64 %500
  store i64 %501, i64* %highEnd, align 8
  %502 = load i64, i64* %lowStart, align 8
  %503 = call i64 @llvm.umin.i64(i64 %502, i64 %430)
  store i64 %503, i64* %lowStart, align 8
  store i32 %429, i32* %unaligned54, align 4
  %504 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %494, i8* %504, i64 4, i1 false)
  %505 = load i32, i32* %list, align 4
  store i32 %505, i32* %result37, align 4
  br label %e1

ok55:                                             ; preds = %e1
  %506 = getelementptr i8, i8* %mem, i64 %379
  %507 = icmp ult i64 %379, %scratch_start
  %508 = load i64, i64* %lowEnd, align 8
  %509 = load i64, i64* %highEnd, align 8
  %510 = call i64 @llvm.umax.i64(i64 %508, i64 %380)
  %511 = select i1 %507, i64 %510, i64 %508
  store i64 %511, i64* %lowEnd, align 8
  %512 = call i64 @llvm.umax.i64(i64 %509, i64 %380)
  %513 = select i1 %507, i64 %509, i64 %512
  store i64 %513, i64* %highEnd, align 8
  %514 = load i64, i64* %lowStart, align 8
  %515 = call i64 @llvm.umin.i64(i64 %514, i64 %379)
  store i64 %515, i64* %lowStart, align 8
  store i32 %377, i32* %unaligned56, align 4
  %516 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %506, i8* %516, i64 4, i1 false)
  store i64 0, i64* %lo.1, align 8
  %517 = load i64, i64* %n, align 8
  store i64 %517, i64* %hi.1, align 8
  %518 = load i64, i64* %hi.1, align 8
  %519 = load i64, i64* %lo.1, align 8
  %520 = icmp sgt i64 %518, %519
  %521 = zext i1 %520 to i32
  %522 = icmp ne i32 %521, 0
  br i1 %522, label %then58, label %else59

e8:                                               ; preds = %ok77
  %523 = load i32, i32* %result57, align 4
  store i32 %523, i32* %parity, align 4
  %524 = load i32, i32* %dict, align 4
  %525 = load i32, i32* %parity, align 4
  %526 = zext i32 %524 to i64
  %527 = add i64 %526, 20
  %528 = add i64 %527, 4
  %529 = icmp ugt i64 %528, %arena_size
  br i1 %529, label %trap17.site0, label %ok79

then58:                                           ; preds = %ok55
  %530 = load i64, i64* %hi.1, align 8
  %531 = load i64, i64* %lo.1, align 8
  %532 = sub i64 %530, %531
  store i64 %532, i64* %result61, align 8
  br label %join60

else59:                                           ; preds = %ok55
  store i64 0, i64* %result61, align 8
  br label %join60

join60:                                           ; preds = %else59, %then58
  %533 = load i64, i64* %result61, align 8
  store i64 %533, i64* %count.1, align 8
  %534 = load i64, i64* %count.1, align 8
  %535 = icmp slt i64 %534, 0
  %536 = zext i1 %535 to i32
  %537 = load i64, i64* %count.1, align 8
  %538 = icmp sgt i64 %537, 2147483647
  %539 = zext i1 %538 to i32
  %540 = or i32 %536, %539
  %541 = icmp ne i32 %540, 0
  br i1 %541, label %then62, label %else63

then62:                                           ; preds = %join60
  br label %trap15.site12

else63:                                           ; preds = %join60
  br label %join64

join64:                                           ; preds = %else63, %dead65
  %542 = load i64, i64* %count.1, align 8
  %543 = trunc i64 %542 to i32
  %544 = zext i32 %543 to i64
  %545 = mul i64 %544, 1
  %546 = add i64 4, %545
  store i64 %546, i64* %size.1, align 8
  %547 = load i64, i64* %size.1, align 8
  %548 = icmp ugt i64 %547, 2147483647
  %549 = zext i1 %548 to i32
  %550 = icmp ne i32 %549, 0
  br i1 %550, label %then66, label %else67

trap15.site12:                                    ; preds = %then62
  %551 = load i64, i64* %lowStart, align 8
  %552 = getelementptr i64, i64* %regs, i64 6
  store i64 %551, i64* %552, align 8
  %553 = load i64, i64* %lowEnd, align 8
  %554 = getelementptr i64, i64* %regs, i64 7
  store i64 %553, i64* %554, align 8
  %555 = load i64, i64* %highEnd, align 8
  %556 = getelementptr i64, i64* %regs, i64 8
  store i64 %555, i64* %556, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

dead65:                                           ; No predecessors!
  br label %join64

then66:                                           ; preds = %join64
  br label %trap15.site13

else67:                                           ; preds = %join64
  br label %join68

join68:                                           ; preds = %else67, %dead69
  %557 = load i64, i64* %size.1, align 8
  %558 = trunc i64 %557 to i32
  %559 = zext i32 %558 to i64
  %560 = getelementptr i64, i64* %regs, i64 1
  %561 = getelementptr i64, i64* %regs, i64 2
  %562 = load i64, i64* %560, align 8
  %563 = add i64 %562, 3
  %564 = and i64 %563, -4
  %565 = add i64 %564, %559
  %566 = load i64, i64* %561, align 8
  %567 = icmp ugt i64 %565, %566
  br i1 %567, label %trap15.site13, label %ok70

trap15.site13:                                    ; preds = %join68, %then66
  %568 = load i64, i64* %lowStart, align 8
  %569 = getelementptr i64, i64* %regs, i64 6
  store i64 %568, i64* %569, align 8
  %570 = load i64, i64* %lowEnd, align 8
  %571 = getelementptr i64, i64* %regs, i64 7
  store i64 %570, i64* %571, align 8
  %572 = load i64, i64* %highEnd, align 8
  %573 = getelementptr i64, i64* %regs, i64 8
  store i64 %572, i64* %573, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead69:                                           ; No predecessors!
  br label %join68

ok70:                                             ; preds = %join68
  store i64 %565, i64* %560, align 8
  %574 = trunc i64 %564 to i32
  store i32 %574, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %575 = load i64, i64* %lo.1, align 8
  store i64 %575, i64* %i.2, align 8
  br label %range12

block11:                                          ; preds = %dead76, %ok71
  %576 = load i32, i32* %list.1, align 4
  %577 = load i32, i32* %len.1, align 4
  %578 = zext i32 %576 to i64
  %579 = add i64 %578, 4
  %580 = icmp ugt i64 %579, %arena_size
  br i1 %580, label %trap17.site0, label %ok77

range12:                                          ; preds = %ok75, %ok70
  %581 = load i64, i64* %fuel, align 8
  %582 = icmp ult i64 %581, 1
  br i1 %582, label %trap14.site0, label %ok71

ok71:                                             ; preds = %range12
  %583 = sub i64 %581, 1
  store i64 %583, i64* %fuel, align 8
  %584 = load i64, i64* %i.2, align 8
  %585 = load i64, i64* %hi.1, align 8
  %586 = icmp sge i64 %584, %585
  %587 = zext i1 %586 to i32
  %588 = icmp ne i32 %587, 0
  br i1 %588, label %block11, label %cont72

cont72:                                           ; preds = %ok71
  %589 = load i64, i64* %i.2, align 8
  store i64 %589, i64* %i.3, align 8
  %590 = load i32, i32* %list.1, align 4
  %591 = load i32, i32* %len.1, align 4
  %592 = mul i32 %591, 1
  %593 = add i32 %590, %592
  %594 = load i64, i64* %i.3, align 8
  %595 = icmp uge i32 %depth, 1000
  br i1 %595, label %trap15.site14, label %ok73

ok73:                                             ; preds = %cont72
  %596 = getelementptr i64, i64* %regs, i64 10
  %597 = load i64, i64* %596, align 8
  %598 = icmp ult i64 %10, %597
  br i1 %598, label %trap253.site0, label %stack_ok74

trap15.site14:                                    ; preds = %cont72
  %599 = load i64, i64* %lowStart, align 8
  %600 = getelementptr i64, i64* %regs, i64 6
  store i64 %599, i64* %600, align 8
  %601 = load i64, i64* %lowEnd, align 8
  %602 = getelementptr i64, i64* %regs, i64 7
  store i64 %601, i64* %602, align 8
  %603 = load i64, i64* %highEnd, align 8
  %604 = getelementptr i64, i64* %regs, i64 8
  store i64 %603, i64* %604, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok74:                                       ; preds = %ok73
  %605 = load i64, i64* %fuel, align 8
  %606 = getelementptr i64, i64* %regs, i64 0
  store i64 %605, i64* %606, align 8
  %607 = load i64, i64* %lowStart, align 8
  %608 = getelementptr i64, i64* %regs, i64 6
  store i64 %607, i64* %608, align 8
  %609 = load i64, i64* %lowEnd, align 8
  %610 = getelementptr i64, i64* %regs, i64 7
  store i64 %609, i64* %610, align 8
  %611 = load i64, i64* %highEnd, align 8
  %612 = getelementptr i64, i64* %regs, i64 8
  store i64 %611, i64* %612, align 8
  %613 = add i32 %depth, 1
  %614 = call i32 @m0.fn.is_even(i64* %regs, i8* %mem, i32 %613, i32 0, i64 %594)
  %615 = getelementptr i64, i64* %regs, i64 0
  %616 = load i64, i64* %615, align 8
  store i64 %616, i64* %fuel, align 8
  %617 = getelementptr i64, i64* %regs, i64 6
  %618 = load i64, i64* %617, align 8
  store i64 %618, i64* %lowStart, align 8
  %619 = getelementptr i64, i64* %regs, i64 7
  %620 = load i64, i64* %619, align 8
  store i64 %620, i64* %lowEnd, align 8
  %621 = getelementptr i64, i64* %regs, i64 8
  %622 = load i64, i64* %621, align 8
  store i64 %622, i64* %highEnd, align 8
  %623 = zext i32 %593 to i64
  %624 = add i64 %623, 4
  %625 = add i64 %624, 1
  %626 = icmp ugt i64 %625, %arena_size
  br i1 %626, label %trap17.site0, label %ok75

ok75:                                             ; preds = %stack_ok74
  %627 = getelementptr i8, i8* %mem, i64 %624
  %628 = icmp ult i64 %624, %scratch_start
  %629 = load i64, i64* %lowEnd, align 8
  %630 = load i64, i64* %highEnd, align 8
  %631 = call i64 @llvm.umax.i64(i64 %629, i64 %625)
  %632 = select i1 %628, i64 %631, i64 %629
  store i64 %632, i64* %lowEnd, align 8
  %633 = call i64 @llvm.umax.i64(i64 %630, i64 %625)
  %634 = select i1 %628, i64 %630, i64 %633
  store i64 %634, i64* %highEnd, align 8
  %635 = load i64, i64* %lowStart, align 8
  %636 = call i64 @llvm.umin.i64(i64 %635, i64 %624)
  store i64 %636, i64* %lowStart, align 8
  %637 = trunc i32 %614 to i8
  store i8 %637, i8* %627, align 1
  %638 = load i32, i32* %len.1, align 4
  %639 = add i32 %638, 1
  store i32 %639, i32* %len.1, align 4
  %640 = load i64, i64* %i.2, align 8
  %641 = add i64 %640, 1
  store i64 %641, i64* %i.2, align 8
  br label %range12

dead76:                                           ; No predecessors!
  br label %block11

ok77:                                             ; preds = %block11
  %642 = getelementptr i8, i8* %mem, i64 %578
  %643 = icmp ult i64 %578, %scratch_start
  %644 = load i64, i64* %lowEnd, align 8
  %645 = load i64, i64* %highEnd, align 8
  %646 = call i64 @llvm.umax.i64(i64 %644, i64 %579)
  %647 = select i1 %643, i64 %646, i64 %644
  store i64 %647, i64* %lowEnd, align 8
  %648 = call i64 @llvm.umax.i64(i64 %645, i64 %579)
  %649 = select i1 %643, i64 %645, i64 %648
  store i64 %649, i64* %highEnd, align 8
  %650 = load i64, i64* %lowStart, align 8
  %651 = call i64 @llvm.umin.i64(i64 %650, i64 %578)
  store i64 %651, i64* %lowStart, align 8
  store i32 %577, i32* %unaligned78, align 4
  %652 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %642, i8* %652, i64 4, i1 false)
  %653 = load i32, i32* %list.1, align 4
  store i32 %653, i32* %result57, align 4
  br label %e8

ok79:                                             ; preds = %e8
  %654 = getelementptr i8, i8* %mem, i64 %527
  %655 = icmp ult i64 %527, %scratch_start
  %656 = load i64, i64* %lowEnd, align 8
  %657 = load i64, i64* %highEnd, align 8
  %658 = call i64 @llvm.umax.i64(i64 %656, i64 %528)
  %659 = select i1 %655, i64 %658, i64 %656
  store i64 %659, i64* %lowEnd, align 8
  %660 = call i64 @llvm.umax.i64(i64 %657, i64 %528)
  %661 = select i1 %655, i64 %657, i64 %660
  store i64 %661, i64* %highEnd, align 8
  %662 = load i64, i64* %lowStart, align 8
  %663 = call i64 @llvm.umin.i64(i64 %662, i64 %527)
  store i64 %663, i64* %lowStart, align 8
  store i32 %525, i32* %unaligned80, align 4
  %664 = bitcast i32* %unaligned80 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %654, i8* %664, i64 4, i1 false)
  %665 = load i32, i32* %dict, align 4
  %666 = icmp uge i32 %depth, 1000
  br i1 %666, label %trap15.site15, label %ok81

ok81:                                             ; preds = %ok79
  %667 = getelementptr i64, i64* %regs, i64 10
  %668 = load i64, i64* %667, align 8
  %669 = icmp ult i64 %10, %668
  br i1 %669, label %trap253.site0, label %stack_ok82

trap15.site15:                                    ; preds = %ok79
  %670 = load i64, i64* %lowStart, align 8
  %671 = getelementptr i64, i64* %regs, i64 6
  store i64 %670, i64* %671, align 8
  %672 = load i64, i64* %lowEnd, align 8
  %673 = getelementptr i64, i64* %regs, i64 7
  store i64 %672, i64* %673, align 8
  %674 = load i64, i64* %highEnd, align 8
  %675 = getelementptr i64, i64* %regs, i64 8
  store i64 %674, i64* %675, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok82:                                       ; preds = %ok81
  %676 = load i64, i64* %fuel, align 8
  %677 = getelementptr i64, i64* %regs, i64 0
  store i64 %676, i64* %677, align 8
  %678 = load i64, i64* %lowStart, align 8
  %679 = getelementptr i64, i64* %regs, i64 6
  store i64 %678, i64* %679, align 8
  %680 = load i64, i64* %lowEnd, align 8
  %681 = getelementptr i64, i64* %regs, i64 7
  store i64 %680, i64* %681, align 8
  %682 = load i64, i64* %highEnd, align 8
  %683 = getelementptr i64, i64* %regs, i64 8
  store i64 %682, i64* %683, align 8
  %684 = add i32 %depth, 1
  %685 = call i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %684, i32 %665, i64 0)
  %686 = getelementptr i64, i64* %regs, i64 0
  %687 = load i64, i64* %686, align 8
  store i64 %687, i64* %fuel, align 8
  %688 = getelementptr i64, i64* %regs, i64 6
  %689 = load i64, i64* %688, align 8
  store i64 %689, i64* %lowStart, align 8
  %690 = getelementptr i64, i64* %regs, i64 7
  %691 = load i64, i64* %690, align 8
  store i64 %691, i64* %lowEnd, align 8
  %692 = getelementptr i64, i64* %regs, i64 8
  %693 = load i64, i64* %692, align 8
  store i64 %693, i64* %highEnd, align 8
  store i64 %685, i64* %total, align 8
  %694 = load i32, i32* %dict, align 4
  %695 = load i64, i64* %total, align 8
  %696 = zext i32 %694 to i64
  %697 = add i64 %696, 24
  %698 = add i64 %697, 8
  %699 = icmp ugt i64 %698, %arena_size
  br i1 %699, label %trap17.site0, label %ok83

ok83:                                             ; preds = %stack_ok82
  %700 = getelementptr i8, i8* %mem, i64 %697
  %701 = icmp ult i64 %697, %scratch_start
  %702 = load i64, i64* %lowEnd, align 8
  %703 = load i64, i64* %highEnd, align 8
  %704 = call i64 @llvm.umax.i64(i64 %702, i64 %698)
  %705 = select i1 %701, i64 %704, i64 %702
  store i64 %705, i64* %lowEnd, align 8
  %706 = call i64 @llvm.umax.i64(i64 %703, i64 %698)
  %707 = select i1 %701, i64 %703, i64 %706
  store i64 %707, i64* %highEnd, align 8
  %708 = load i64, i64* %lowStart, align 8
  %709 = call i64 @llvm.umin.i64(i64 %708, i64 %697)
  store i64 %709, i64* %lowStart, align 8
  store i64 %695, i64* %unaligned84, align 8
  %710 = bitcast i64* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %700, i8* %710, i64 8, i1 false)
  %711 = load i32, i32* %dict, align 4
  store i32 %711, i32* %result5, align 4
  br label %e0

ok85:                                             ; preds = %e0
  %712 = getelementptr i64, i64* %regs, i64 10
  %713 = load i64, i64* %712, align 8
  %714 = icmp ult i64 %10, %713
  br i1 %714, label %trap253.site0, label %stack_ok86

trap15.site0:                                     ; preds = %e0
  %715 = load i64, i64* %lowStart, align 8
  %716 = getelementptr i64, i64* %regs, i64 6
  store i64 %715, i64* %716, align 8
  %717 = load i64, i64* %lowEnd, align 8
  %718 = getelementptr i64, i64* %regs, i64 7
  store i64 %717, i64* %718, align 8
  %719 = load i64, i64* %highEnd, align 8
  %720 = getelementptr i64, i64* %regs, i64 8
  store i64 %719, i64* %720, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok86:                                       ; preds = %ok85
  %721 = load i64, i64* %fuel, align 8
  %722 = getelementptr i64, i64* %regs, i64 0
  store i64 %721, i64* %722, align 8
  %723 = load i64, i64* %lowStart, align 8
  %724 = getelementptr i64, i64* %regs, i64 6
  store i64 %723, i64* %724, align 8
  %725 = load i64, i64* %lowEnd, align 8
  %726 = getelementptr i64, i64* %regs, i64 7
  store i64 %725, i64* %726, align 8
  %727 = load i64, i64* %highEnd, align 8
  %728 = getelementptr i64, i64* %regs, i64 8
  store i64 %727, i64* %728, align 8
  %729 = add i32 %depth, 1
  %730 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %729, i32 %90, i32 %91, i32 0)
  %731 = getelementptr i64, i64* %regs, i64 0
  %732 = load i64, i64* %731, align 8
  store i64 %732, i64* %fuel, align 8
  %733 = getelementptr i64, i64* %regs, i64 6
  %734 = load i64, i64* %733, align 8
  store i64 %734, i64* %lowStart, align 8
  %735 = getelementptr i64, i64* %regs, i64 7
  %736 = load i64, i64* %735, align 8
  store i64 %736, i64* %lowEnd, align 8
  %737 = getelementptr i64, i64* %regs, i64 8
  %738 = load i64, i64* %737, align 8
  store i64 %738, i64* %highEnd, align 8
  store i32 %730, i32* %json_end, align 4
  %739 = load i32, i32* %json_end, align 4
  %740 = icmp eq i32 %739, -2
  %741 = zext i1 %740 to i32
  %742 = icmp ne i32 %741, 0
  br i1 %742, label %then87, label %else88

then87:                                           ; preds = %stack_ok86
  br label %trap16.site4

else88:                                           ; preds = %stack_ok86
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %743 = load i32, i32* %json_end, align 4
  %744 = icmp eq i32 %743, -1
  %745 = zext i1 %744 to i32
  %746 = icmp ne i32 %745, 0
  br i1 %746, label %then91, label %else92

trap16.site4:                                     ; preds = %then87
  %747 = load i64, i64* %lowStart, align 8
  %748 = getelementptr i64, i64* %regs, i64 6
  store i64 %747, i64* %748, align 8
  %749 = load i64, i64* %lowEnd, align 8
  %750 = getelementptr i64, i64* %regs, i64 7
  store i64 %749, i64* %750, align 8
  %751 = load i64, i64* %highEnd, align 8
  %752 = getelementptr i64, i64* %regs, i64 8
  store i64 %751, i64* %752, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

then91:                                           ; preds = %join89
  br label %trap15.site4

else92:                                           ; preds = %join89
  br label %join93

join93:                                           ; preds = %else92, %dead94
  %753 = load i32, i32* %json_end, align 4
  %754 = zext i32 %753 to i64
  %755 = getelementptr i64, i64* %regs, i64 3
  store i64 %754, i64* %755, align 8
  %756 = load i32, i32* %json_end, align 4
  %757 = load i32, i32* %json_start, align 4
  %758 = sub i32 %756, %757
  %759 = load i64, i64* %fuel, align 8
  %760 = getelementptr i64, i64* %regs, i64 0
  store i64 %759, i64* %760, align 8
  %761 = load i64, i64* %lowStart, align 8
  %762 = getelementptr i64, i64* %regs, i64 6
  store i64 %761, i64* %762, align 8
  %763 = load i64, i64* %lowEnd, align 8
  %764 = getelementptr i64, i64* %regs, i64 7
  store i64 %763, i64* %764, align 8
  %765 = load i64, i64* %highEnd, align 8
  %766 = getelementptr i64, i64* %regs, i64 8
  store i64 %765, i64* %766, align 8
  ret i32 %758

dead94:                                           ; No predecessors!
  br label %join93
}

define internal i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %k = alloca i64, align 8
  store i64 %k.arg, i64* %k, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %2 = ptrtoint i8* %stack_probe to i64
  %result = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i64, i64* %k, align 8
  %7 = icmp slt i64 %6, 2
  %8 = zext i1 %7 to i32
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %10 = load i64, i64* %k, align 8
  store i64 %10, i64* %result, align 8
  br label %join

else:                                             ; preds = %ok
  %11 = load i64, i64* %k, align 8
  %12 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %11, i64 1)
  %13 = extractvalue { i64, i1 } %12, 1
  br i1 %13, label %trap2.site18, label %ok1

join:                                             ; preds = %ok6, %then
  %14 = load i64, i64* %result, align 8
  %15 = load i64, i64* %fuel, align 8
  %16 = getelementptr i64, i64* %regs, i64 0
  store i64 %15, i64* %16, align 8
  ret i64 %14

ok1:                                              ; preds = %else
  %17 = extractvalue { i64, i1 } %12, 0
  %18 = icmp uge i32 %depth, 1000
  br i1 %18, label %trap15.site19, label %ok2

trap2.site18:                                     ; preds = %else
  call void @tetra_trap(i64* %regs, i32 2, i32 18)
  unreachable

ok2:                                              ; preds = %ok1
  %19 = getelementptr i64, i64* %regs, i64 10
  %20 = load i64, i64* %19, align 8
  %21 = icmp ult i64 %2, %20
  br i1 %21, label %trap253.site0, label %stack_ok

trap15.site19:                                    ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

stack_ok:                                         ; preds = %ok2
  %22 = load i64, i64* %fuel, align 8
  %23 = getelementptr i64, i64* %regs, i64 0
  store i64 %22, i64* %23, align 8
  %24 = add i32 %depth, 1
  %25 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %24, i32 0, i64 %17)
  %26 = getelementptr i64, i64* %regs, i64 0
  %27 = load i64, i64* %26, align 8
  store i64 %27, i64* %fuel, align 8
  %28 = load i64, i64* %k, align 8
  %29 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %28, i64 2)
  %30 = extractvalue { i64, i1 } %29, 1
  br i1 %30, label %trap2.site20, label %ok3

trap253.site0:                                    ; preds = %ok4, %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok3:                                              ; preds = %stack_ok
  %31 = extractvalue { i64, i1 } %29, 0
  %32 = icmp uge i32 %depth, 1000
  br i1 %32, label %trap15.site21, label %ok4

trap2.site20:                                     ; preds = %stack_ok
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

ok4:                                              ; preds = %ok3
  %33 = getelementptr i64, i64* %regs, i64 10
  %34 = load i64, i64* %33, align 8
  %35 = icmp ult i64 %2, %34
  br i1 %35, label %trap253.site0, label %stack_ok5

trap15.site21:                                    ; preds = %ok3
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

stack_ok5:                                        ; preds = %ok4
  %36 = load i64, i64* %fuel, align 8
  %37 = getelementptr i64, i64* %regs, i64 0
  store i64 %36, i64* %37, align 8
  %38 = add i32 %depth, 1
  %39 = call i64 @m0.fn.fib(i64* %regs, i8* %mem, i32 %38, i32 0, i64 %31)
  %40 = getelementptr i64, i64* %regs, i64 0
  %41 = load i64, i64* %40, align 8
  store i64 %41, i64* %fuel, align 8
  %42 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %25, i64 %39)
  %43 = extractvalue { i64, i1 } %42, 1
  br i1 %43, label %trap2.site17, label %ok6

ok6:                                              ; preds = %stack_ok5
  %44 = extractvalue { i64, i1 } %42, 0
  store i64 %44, i64* %result, align 8
  br label %join

trap2.site17:                                     ; preds = %stack_ok5
  call void @tetra_trap(i64* %regs, i32 2, i32 17)
  unreachable
}

define internal i32 @m0.fn.is_even(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %k = alloca i64, align 8
  store i64 %k.arg, i64* %k, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %2 = ptrtoint i8* %stack_probe to i64
  %result = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i64, i64* %k, align 8
  %7 = icmp eq i64 %6, 0
  %8 = zext i1 %7 to i32
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  store i32 1, i32* %result, align 4
  br label %join

else:                                             ; preds = %ok
  %10 = load i64, i64* %k, align 8
  %11 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %10, i64 1)
  %12 = extractvalue { i64, i1 } %11, 1
  br i1 %12, label %trap2.site23, label %ok1

join:                                             ; preds = %stack_ok, %then
  %13 = load i32, i32* %result, align 4
  %14 = load i64, i64* %fuel, align 8
  %15 = getelementptr i64, i64* %regs, i64 0
  store i64 %14, i64* %15, align 8
  ret i32 %13

ok1:                                              ; preds = %else
  %16 = extractvalue { i64, i1 } %11, 0
  %17 = icmp uge i32 %depth, 1000
  br i1 %17, label %trap15.site24, label %ok2

trap2.site23:                                     ; preds = %else
  call void @tetra_trap(i64* %regs, i32 2, i32 23)
  unreachable

ok2:                                              ; preds = %ok1
  %18 = getelementptr i64, i64* %regs, i64 10
  %19 = load i64, i64* %18, align 8
  %20 = icmp ult i64 %2, %19
  br i1 %20, label %trap253.site0, label %stack_ok

trap15.site24:                                    ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

stack_ok:                                         ; preds = %ok2
  %21 = load i64, i64* %fuel, align 8
  %22 = getelementptr i64, i64* %regs, i64 0
  store i64 %21, i64* %22, align 8
  %23 = add i32 %depth, 1
  %24 = call i32 @m0.fn.is_odd(i64* %regs, i8* %mem, i32 %23, i32 0, i64 %16)
  %25 = getelementptr i64, i64* %regs, i64 0
  %26 = load i64, i64* %25, align 8
  store i64 %26, i64* %fuel, align 8
  store i32 %24, i32* %result, align 4
  br label %join

trap253.site0:                                    ; preds = %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i32 @m0.fn.is_odd(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %k.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %k = alloca i64, align 8
  store i64 %k.arg, i64* %k, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %2 = ptrtoint i8* %stack_probe to i64
  %result = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i64, i64* %k, align 8
  %7 = icmp eq i64 %6, 0
  %8 = zext i1 %7 to i32
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  store i32 0, i32* %result, align 4
  br label %join

else:                                             ; preds = %ok
  %10 = load i64, i64* %k, align 8
  %11 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %10, i64 1)
  %12 = extractvalue { i64, i1 } %11, 1
  br i1 %12, label %trap2.site26, label %ok1

join:                                             ; preds = %stack_ok, %then
  %13 = load i32, i32* %result, align 4
  %14 = load i64, i64* %fuel, align 8
  %15 = getelementptr i64, i64* %regs, i64 0
  store i64 %14, i64* %15, align 8
  ret i32 %13

ok1:                                              ; preds = %else
  %16 = extractvalue { i64, i1 } %11, 0
  %17 = icmp uge i32 %depth, 1000
  br i1 %17, label %trap15.site27, label %ok2

trap2.site26:                                     ; preds = %else
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

ok2:                                              ; preds = %ok1
  %18 = getelementptr i64, i64* %regs, i64 10
  %19 = load i64, i64* %18, align 8
  %20 = icmp ult i64 %2, %19
  br i1 %20, label %trap253.site0, label %stack_ok

trap15.site27:                                    ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 15, i32 27)
  unreachable

stack_ok:                                         ; preds = %ok2
  %21 = load i64, i64* %fuel, align 8
  %22 = getelementptr i64, i64* %regs, i64 0
  store i64 %21, i64* %22, align 8
  %23 = add i32 %depth, 1
  %24 = call i32 @m0.fn.is_even(i64* %regs, i8* %mem, i32 %23, i32 0, i64 %16)
  %25 = getelementptr i64, i64* %regs, i64 0
  %26 = load i64, i64* %25, align 8
  store i64 %26, i64* %fuel, align 8
  store i32 %24, i32* %result, align 4
  br label %join

trap253.site0:                                    ; preds = %ok2
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable
}

define internal i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %i.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %i = alloca i64, align 8
  store i64 %i.arg, i64* %i, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %i.1 = alloca i64, align 8
  store i64 0, i64* %i.1, align 8
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %3 = ptrtoint i8* %stack_probe to i64
  %result = alloca i64, align 8
  %unaligned = alloca i32, align 4
  %unaligned3 = alloca i32, align 4
  %result4 = alloca i64, align 8
  %result5 = alloca i64, align 8
  %unaligned7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned14 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i64, i64* %i, align 8
  %8 = load i32, i32* %env, align 4
  %9 = zext i32 %8 to i64
  %10 = add i64 %9, 32
  %11 = add i64 %10, 4
  %12 = icmp ugt i64 %11, %arena_size
  br i1 %12, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e3:                                               ; preds = %ok2
  %13 = load i64, i64* %result, align 8
  %14 = icmp sge i64 %7, %13
  %15 = zext i1 %14 to i32
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %then, label %else

ok1:                                              ; preds = %ok
  %17 = getelementptr i8, i8* %mem, i64 %10
  %18 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %18, i8* %17, i64 4, i1 false)
  %19 = load i32, i32* %unaligned, align 4
  store i32 %19, i32* %xs, align 4
  %20 = load i32, i32* %xs, align 4
  %21 = zext i32 %20 to i64
  %22 = add i64 %21, 4
  %23 = icmp ugt i64 %22, %arena_size
  br i1 %23, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %join12, %else, %ok1, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %24 = getelementptr i8, i8* %mem, i64 %21
  %25 = bitcast i32* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %25, i8* %24, i64 4, i1 false)
  %26 = load i32, i32* %unaligned3, align 4
  %27 = zext i32 %26 to i64
  store i64 %27, i64* %result, align 8
  br label %e3

then:                                             ; preds = %e3
  store i64 0, i64* %result4, align 8
  br label %join

else:                                             ; preds = %e3
  %28 = load i32, i32* %env, align 4
  %29 = zext i32 %28 to i64
  %30 = add i64 %29, 32
  %31 = add i64 %30, 4
  %32 = icmp ugt i64 %31, %arena_size
  br i1 %32, label %trap17.site0, label %ok6

join:                                             ; preds = %ok17, %then
  %33 = load i64, i64* %result4, align 8
  %34 = load i64, i64* %fuel, align 8
  %35 = getelementptr i64, i64* %regs, i64 0
  store i64 %34, i64* %35, align 8
  ret i64 %33

e7:                                               ; preds = %ok13
  %36 = load i64, i64* %result5, align 8
  %37 = load i32, i32* %env, align 4
  %38 = load i64, i64* %i, align 8
  %39 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %38, i64 1)
  %40 = extractvalue { i64, i1 } %39, 1
  br i1 %40, label %trap2.site32, label %ok15

ok6:                                              ; preds = %else
  %41 = getelementptr i8, i8* %mem, i64 %30
  %42 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %42, i8* %41, i64 4, i1 false)
  %43 = load i32, i32* %unaligned7, align 4
  store i32 %43, i32* %xs.1, align 4
  %44 = load i64, i64* %i, align 8
  store i64 %44, i64* %i.1, align 8
  %45 = load i64, i64* %i.1, align 8
  %46 = load i32, i32* %xs.1, align 4
  %47 = zext i32 %46 to i64
  %48 = add i64 %47, 4
  %49 = icmp ugt i64 %48, %arena_size
  br i1 %49, label %trap17.site31, label %ok8

ok8:                                              ; preds = %ok6
  %50 = getelementptr i8, i8* %mem, i64 %47
  %51 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %51, i8* %50, i64 4, i1 false)
  %52 = load i32, i32* %unaligned9, align 4
  %53 = zext i32 %52 to i64
  %54 = icmp uge i64 %45, %53
  %55 = zext i1 %54 to i32
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %then10, label %else11

trap17.site31:                                    ; preds = %ok6
  call void @tetra_trap(i64* %regs, i32 17, i32 31)
  unreachable

then10:                                           ; preds = %ok8
  br label %trap3.site31

else11:                                           ; preds = %ok8
  br label %join12

join12:                                           ; preds = %else11, %dead
  %57 = load i32, i32* %xs.1, align 4
  %58 = load i64, i64* %i.1, align 8
  %59 = trunc i64 %58 to i32
  %60 = mul i32 %59, 8
  %61 = add i32 %57, %60
  %62 = zext i32 %61 to i64
  %63 = add i64 %62, 8
  %64 = add i64 %63, 8
  %65 = icmp ugt i64 %64, %arena_size
  br i1 %65, label %trap17.site0, label %ok13

trap3.site31:                                     ; preds = %then10
  call void @tetra_trap(i64* %regs, i32 3, i32 31)
  unreachable

dead:                                             ; No predecessors!
  br label %join12

ok13:                                             ; preds = %join12
  %66 = getelementptr i8, i8* %mem, i64 %63
  %67 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %67, i8* %66, i64 8, i1 false)
  %68 = load i64, i64* %unaligned14, align 8
  store i64 %68, i64* %result5, align 8
  br label %e7

ok15:                                             ; preds = %e7
  %69 = extractvalue { i64, i1 } %39, 0
  %70 = icmp uge i32 %depth, 1000
  br i1 %70, label %trap15.site33, label %ok16

trap2.site32:                                     ; preds = %e7
  call void @tetra_trap(i64* %regs, i32 2, i32 32)
  unreachable

ok16:                                             ; preds = %ok15
  %71 = getelementptr i64, i64* %regs, i64 10
  %72 = load i64, i64* %71, align 8
  %73 = icmp ult i64 %3, %72
  br i1 %73, label %trap253.site0, label %stack_ok

trap15.site33:                                    ; preds = %ok15
  call void @tetra_trap(i64* %regs, i32 15, i32 33)
  unreachable

stack_ok:                                         ; preds = %ok16
  %74 = load i64, i64* %fuel, align 8
  %75 = getelementptr i64, i64* %regs, i64 0
  store i64 %74, i64* %75, align 8
  %76 = add i32 %depth, 1
  %77 = call i64 @m0.fn.sum_from(i64* %regs, i8* %mem, i32 %76, i32 %37, i64 %69)
  %78 = getelementptr i64, i64* %regs, i64 0
  %79 = load i64, i64* %78, align 8
  store i64 %79, i64* %fuel, align 8
  %80 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %36, i64 %77)
  %81 = extractvalue { i64, i1 } %80, 1
  br i1 %81, label %trap2.site30, label %ok17

trap253.site0:                                    ; preds = %ok16
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok17:                                             ; preds = %stack_ok
  %82 = extractvalue { i64, i1 } %80, 0
  store i64 %82, i64* %result4, align 8
  br label %join

trap2.site30:                                     ; preds = %stack_ok
  call void @tetra_trap(i64* %regs, i32 2, i32 30)
  unreachable
}
