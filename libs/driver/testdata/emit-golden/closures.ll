; From libs/driver/testdata/emit-golden/closures.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/closures.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (31):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.skip
;   @m0.codec.dec.int.1
;   @m0.codec.dec.list.0
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.2
;   @m0.codec.enc.list.1
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.fn.adders.lambda
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.sadd.with.overflow.i64
;   @m0.call_indirect.i32.i64-i64
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
  %arg = alloca i32, align 4
  store i32 0, i32* %arg, align 4
  %cell.1 = alloca i32, align 4
  store i32 0, i32* %cell.1, align 4
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
  %result = alloca i32, align 4
  %unaligned = alloca i16, align 2
  %unaligned87 = alloca i32, align 4
  %unaligned100 = alloca i64, align 8
  %unaligned107 = alloca i32, align 4
  %unaligned109 = alloca i64, align 8
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
  %212 = icmp eq i32 %211, 2
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
  %250 = add i64 %249, 2
  %251 = icmp ugt i64 %250, %arena_size
  br i1 %251, label %trap17.site0, label %ok32

else30:                                           ; preds = %join25
  br label %join31

join31:                                           ; preds = %else30, %join35
  %252 = load i32, i32* %args_klen, align 4
  %253 = icmp eq i32 %252, 1
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then37, label %else38

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %256, i64 2, i1 false)
  %258 = load i16, i16* %unaligned, align 2
  %259 = zext i16 %258 to i32
  %260 = icmp eq i32 %259, 29560
  %261 = zext i1 %260 to i32
  %262 = icmp ne i32 %261, 0
  br i1 %262, label %then33, label %else34

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
  %263 = load i32, i32* %args_kp, align 4
  %264 = zext i32 %263 to i64
  %265 = add i64 %264, 1
  %266 = icmp ugt i64 %265, %arena_size
  br i1 %266, label %trap17.site0, label %ok40

else38:                                           ; preds = %join31
  br label %join39

join39:                                           ; preds = %else38, %join43
  store i32 -1, i32* %result, align 4
  br label %match5

ok40:                                             ; preds = %then37
  %267 = getelementptr i8, i8* %mem, i64 %264
  %268 = load i8, i8* %267, align 1
  %269 = zext i8 %268 to i32
  %270 = icmp eq i32 %269, 107
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
  %410 = add i64 %409, 3
  %411 = and i64 %410, -4
  %412 = add i64 %411, 4
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
  %438 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %437, i32 %422, i32 %423, i32 %424)
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
  %452 = add i64 %451, 4
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
  %461 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %461, i8* %460, i64 4, i1 false)
  %462 = load i32, i32* %unaligned87, align 4
  store i32 %462, i32* %arg, align 4
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
  %470 = add i64 %469, 7
  %471 = and i64 %470, -8
  %472 = add i64 %471, 8
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
  %498 = call i32 @m0.codec.dec.int.1(i64* %regs, i8* %mem, i32 %497, i32 %482, i32 %483, i32 %484)
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
  %512 = add i64 %511, 8
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
  %521 = bitcast i64* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %521, i8* %520, i64 8, i1 false)
  %522 = load i64, i64* %unaligned100, align 8
  store i64 %522, i64* %arg.1, align 8
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
  %541 = load i32, i32* %arg, align 4
  %542 = zext i32 %540 to i64
  %543 = add i64 %542, 4
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
  store i32 %541, i32* %unaligned107, align 4
  %561 = bitcast i32* %unaligned107 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %551, i8* %561, i64 4, i1 false)
  %562 = load i32, i32* %args_out, align 4
  %563 = load i64, i64* %arg.1, align 8
  %564 = zext i32 %562 to i64
  %565 = add i64 %564, 8
  %566 = add i64 %565, 8
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
  store i64 %563, i64* %unaligned109, align 8
  %578 = bitcast i64* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %568, i8* %578, i64 8, i1 false)
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
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %k = alloca i64, align 8
  store i64 0, i64* %k, align 8
  %offset = alloca i64, align 8
  store i64 0, i64* %offset, align 8
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
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %x.1 = alloca i64, align 8
  store i64 0, i64* %x.1, align 8
  %scaled = alloca i32, align 4
  store i32 0, i32* %scaled, align 4
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
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i64, align 8
  store i64 0, i64* %x.2, align 8
  %x.3 = alloca i64, align 8
  store i64 0, i64* %x.3, align 8
  %evens = alloca i32, align 4
  store i32 0, i32* %evens, align 4
  %xs.3 = alloca i32, align 4
  store i32 0, i32* %xs.3, align 4
  %acc = alloca i64, align 8
  store i64 0, i64* %acc, align 8
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %x.4 = alloca i64, align 8
  store i64 0, i64* %x.4, align 8
  %acc.1 = alloca i64, align 8
  store i64 0, i64* %acc.1, align 8
  %x.5 = alloca i64, align 8
  store i64 0, i64* %x.5, align 8
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
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
  %i.1 = alloca i64, align 8
  store i64 0, i64* %i.1, align 8
  %env = alloca i32, align 4
  store i32 0, i32* %env, align 4
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
  %adders = alloca i32, align 4
  store i32 0, i32* %adders, align 4
  %xs.4 = alloca i32, align 4
  store i32 0, i32* %xs.4, align 4
  %size.3 = alloca i64, align 8
  store i64 0, i64* %size.3, align 8
  %list.3 = alloca i32, align 4
  store i32 0, i32* %list.3, align 4
  %len.3 = alloca i32, align 4
  store i32 0, i32* %len.3, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %k.4 = alloca i32, align 4
  store i32 0, i32* %k.4, align 4
  %x.6 = alloca i32, align 4
  store i32 0, i32* %x.6, align 4
  %f = alloca i32, align 4
  store i32 0, i32* %f, align 4
  %arg = alloca i64, align 8
  store i64 0, i64* %arg, align 8
  %callee = alloca i32, align 4
  store i32 0, i32* %callee, align 4
  %applied = alloca i32, align 4
  store i32 0, i32* %applied, align 4
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
  %unaligned = alloca i32, align 4
  %unaligned4 = alloca i64, align 8
  %result5 = alloca i32, align 4
  %result6 = alloca i32, align 4
  %result8 = alloca i32, align 4
  %unaligned10 = alloca i32, align 4
  %unaligned13 = alloca i32, align 4
  %unaligned16 = alloca i64, align 8
  %unaligned20 = alloca i64, align 8
  %unaligned23 = alloca i32, align 4
  %unaligned25 = alloca i32, align 4
  %result26 = alloca i32, align 4
  %unaligned28 = alloca i32, align 4
  %unaligned35 = alloca i32, align 4
  %unaligned39 = alloca i64, align 8
  %unaligned46 = alloca i64, align 8
  %unaligned49 = alloca i32, align 4
  %unaligned51 = alloca i32, align 4
  %result52 = alloca i64, align 8
  %unaligned54 = alloca i32, align 4
  %unaligned58 = alloca i64, align 8
  %unaligned62 = alloca i64, align 8
  %result63 = alloca i32, align 4
  %result67 = alloca i64, align 8
  %result79 = alloca i32, align 4
  %unaligned82 = alloca i64, align 8
  %unaligned85 = alloca i32, align 4
  %unaligned87 = alloca i32, align 4
  %unaligned89 = alloca i32, align 4
  %unaligned92 = alloca i32, align 4
  %unaligned94 = alloca i32, align 4
  %result95 = alloca i32, align 4
  %unaligned97 = alloca i32, align 4
  %unaligned104 = alloca i32, align 4
  %unaligned108 = alloca i32, align 4
  %result109 = alloca i64, align 8
  %unaligned111 = alloca i32, align 4
  %unaligned113 = alloca i32, align 4
  %unaligned116 = alloca i64, align 8
  %unaligned119 = alloca i32, align 4
  %unaligned121 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each38, %range33, %each25, %each15, %each6, %body
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
  %52 = add i64 %51, 4
  %53 = icmp ugt i64 %52, %arena_size
  br i1 %53, label %trap17.site0, label %ok2

trap253.site0:                                    ; preds = %ok122, %ok112, %ok1
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
  %61 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %61, i8* %60, i64 4, i1 false)
  %62 = load i32, i32* %unaligned, align 4
  store i32 %62, i32* %xs, align 4
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 8
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %e35, %block37, %e39, %ok110, %ok107, %cont106, %ok102, %ok93, %e29, %block32, %e34, %ok84, %ok83, %ok80, %e21, %cont56, %ok50, %e12, %block14, %then42, %cont37, %ok33, %ok24, %e3, %block5, %ok18, %cont, %ok11, %ok7, %ok2, %stack_ok
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
  %75 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %75, i8* %74, i64 8, i1 false)
  %76 = load i64, i64* %unaligned4, align 8
  store i64 %76, i64* %k, align 8
  store i64 1, i64* %offset, align 8
  %77 = getelementptr i64, i64* %regs, i64 1
  %78 = getelementptr i64, i64* %regs, i64 2
  %79 = load i64, i64* %77, align 8
  %80 = add i64 %79, 7
  %81 = and i64 %80, -8
  %82 = add i64 %81, 24
  %83 = load i64, i64* %78, align 8
  %84 = icmp ugt i64 %82, %83
  br i1 %84, label %trap15.site4, label %ok7

e0:                                               ; preds = %e2
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
  br i1 %92, label %trap15.site0, label %ok122

e2:                                               ; preds = %ok120
  %93 = load i32, i32* %result6, align 4
  store i32 %93, i32* %result5, align 4
  br label %e0

ok7:                                              ; preds = %ok3
  store i64 %82, i64* %77, align 8
  %94 = trunc i64 %81 to i32
  store i32 %94, i32* %dict, align 4
  %95 = load i32, i32* %xs, align 4
  store i32 %95, i32* %xs.1, align 4
  %96 = load i32, i32* %xs.1, align 4
  %97 = zext i32 %96 to i64
  %98 = add i64 %97, 4
  %99 = icmp ugt i64 %98, %arena_size
  br i1 %99, label %trap17.site0, label %ok9

trap15.site4:                                     ; preds = %ok3
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

e3:                                               ; preds = %ok22
  %106 = load i32, i32* %result8, align 4
  store i32 %106, i32* %scaled, align 4
  %107 = load i32, i32* %dict, align 4
  %108 = load i32, i32* %scaled, align 4
  %109 = zext i32 %107 to i64
  %110 = add i64 %109, 4
  %111 = icmp ugt i64 %110, %arena_size
  br i1 %111, label %trap17.site0, label %ok24

ok9:                                              ; preds = %ok7
  %112 = getelementptr i8, i8* %mem, i64 %97
  %113 = bitcast i32* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %113, i8* %112, i64 4, i1 false)
  %114 = load i32, i32* %unaligned10, align 4
  %115 = zext i32 %114 to i64
  %116 = mul i64 %115, 8
  %117 = add i64 8, %116
  store i64 %117, i64* %size, align 8
  %118 = load i64, i64* %size, align 8
  %119 = icmp ugt i64 %118, 2147483647
  %120 = zext i1 %119 to i32
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %then, label %else

then:                                             ; preds = %ok9
  br label %trap15.site5

else:                                             ; preds = %ok9
  br label %join

join:                                             ; preds = %else, %dead
  %122 = load i64, i64* %size, align 8
  %123 = trunc i64 %122 to i32
  %124 = zext i32 %123 to i64
  %125 = getelementptr i64, i64* %regs, i64 1
  %126 = getelementptr i64, i64* %regs, i64 2
  %127 = load i64, i64* %125, align 8
  %128 = add i64 %127, 7
  %129 = and i64 %128, -8
  %130 = add i64 %129, %124
  %131 = load i64, i64* %126, align 8
  %132 = icmp ugt i64 %130, %131
  br i1 %132, label %trap15.site5, label %ok11

trap15.site5:                                     ; preds = %join, %then
  %133 = load i64, i64* %lowStart, align 8
  %134 = getelementptr i64, i64* %regs, i64 6
  store i64 %133, i64* %134, align 8
  %135 = load i64, i64* %lowEnd, align 8
  %136 = getelementptr i64, i64* %regs, i64 7
  store i64 %135, i64* %136, align 8
  %137 = load i64, i64* %highEnd, align 8
  %138 = getelementptr i64, i64* %regs, i64 8
  store i64 %137, i64* %138, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok11:                                             ; preds = %join
  store i64 %130, i64* %125, align 8
  %139 = trunc i64 %129 to i32
  store i32 %139, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %140 = load i32, i32* %xs.1, align 4
  %141 = zext i32 %140 to i64
  %142 = add i64 %141, 4
  %143 = icmp ugt i64 %142, %arena_size
  br i1 %143, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok11
  %144 = getelementptr i8, i8* %mem, i64 %141
  %145 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %145, i8* %144, i64 4, i1 false)
  %146 = load i32, i32* %unaligned13, align 4
  store i32 %146, i32* %n, align 4
  store i32 0, i32* %k.1, align 4
  br label %each6

block5:                                           ; preds = %dead21, %ok14
  %147 = load i32, i32* %list, align 4
  %148 = load i32, i32* %len, align 4
  %149 = zext i32 %147 to i64
  %150 = add i64 %149, 4
  %151 = icmp ugt i64 %150, %arena_size
  br i1 %151, label %trap17.site0, label %ok22

each6:                                            ; preds = %ok19, %ok12
  %152 = load i64, i64* %fuel, align 8
  %153 = icmp ult i64 %152, 1
  br i1 %153, label %trap14.site0, label %ok14

ok14:                                             ; preds = %each6
  %154 = sub i64 %152, 1
  store i64 %154, i64* %fuel, align 8
  %155 = load i32, i32* %k.1, align 4
  %156 = load i32, i32* %n, align 4
  %157 = icmp uge i32 %155, %156
  %158 = zext i1 %157 to i32
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %block5, label %cont

cont:                                             ; preds = %ok14
  %160 = load i32, i32* %xs.1, align 4
  %161 = load i32, i32* %k.1, align 4
  %162 = mul i32 %161, 8
  %163 = add i32 %160, %162
  %164 = zext i32 %163 to i64
  %165 = add i64 %164, 8
  %166 = add i64 %165, 8
  %167 = icmp ugt i64 %166, %arena_size
  br i1 %167, label %trap17.site0, label %ok15

ok15:                                             ; preds = %cont
  %168 = getelementptr i8, i8* %mem, i64 %165
  %169 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %169, i8* %168, i64 8, i1 false)
  %170 = load i64, i64* %unaligned16, align 8
  store i64 %170, i64* %x, align 8
  %171 = load i64, i64* %x, align 8
  store i64 %171, i64* %x.1, align 8
  %172 = load i32, i32* %list, align 4
  %173 = load i32, i32* %len, align 4
  %174 = mul i32 %173, 8
  %175 = add i32 %172, %174
  %176 = load i64, i64* %x.1, align 8
  %177 = load i64, i64* %k, align 8
  %178 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %176, i64 %177)
  %179 = extractvalue { i64, i1 } %178, 1
  br i1 %179, label %trap2.site7, label %ok17

ok17:                                             ; preds = %ok15
  %180 = extractvalue { i64, i1 } %178, 0
  %181 = load i64, i64* %offset, align 8
  %182 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %180, i64 %181)
  %183 = extractvalue { i64, i1 } %182, 1
  br i1 %183, label %trap2.site6, label %ok18

trap2.site7:                                      ; preds = %ok15
  %184 = load i64, i64* %lowStart, align 8
  %185 = getelementptr i64, i64* %regs, i64 6
  store i64 %184, i64* %185, align 8
  %186 = load i64, i64* %lowEnd, align 8
  %187 = getelementptr i64, i64* %regs, i64 7
  store i64 %186, i64* %187, align 8
  %188 = load i64, i64* %highEnd, align 8
  %189 = getelementptr i64, i64* %regs, i64 8
  store i64 %188, i64* %189, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

ok18:                                             ; preds = %ok17
  %190 = extractvalue { i64, i1 } %182, 0
  %191 = zext i32 %175 to i64
  %192 = add i64 %191, 8
  %193 = add i64 %192, 8
  %194 = icmp ugt i64 %193, %arena_size
  br i1 %194, label %trap17.site0, label %ok19

trap2.site6:                                      ; preds = %ok17
  %195 = load i64, i64* %lowStart, align 8
  %196 = getelementptr i64, i64* %regs, i64 6
  store i64 %195, i64* %196, align 8
  %197 = load i64, i64* %lowEnd, align 8
  %198 = getelementptr i64, i64* %regs, i64 7
  store i64 %197, i64* %198, align 8
  %199 = load i64, i64* %highEnd, align 8
  %200 = getelementptr i64, i64* %regs, i64 8
  store i64 %199, i64* %200, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok19:                                             ; preds = %ok18
  %201 = getelementptr i8, i8* %mem, i64 %192
  %202 = icmp ult i64 %192, %scratch_start
  %203 = load i64, i64* %lowEnd, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = call i64 @llvm.umax.i64(i64 %203, i64 %193)
  %206 = select i1 %202, i64 %205, i64 %203
  store i64 %206, i64* %lowEnd, align 8
  %207 = call i64 @llvm.umax.i64(i64 %204, i64 %193)
  %208 = select i1 %202, i64 %204, i64 %207
  store i64 %208, i64* %highEnd, align 8
  %209 = load i64, i64* %lowStart, align 8
  %210 = call i64 @llvm.umin.i64(i64 %209, i64 %192)
  store i64 %210, i64* %lowStart, align 8
  store i64 %190, i64* %unaligned20, align 8
  %211 = bitcast i64* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %201, i8* %211, i64 8, i1 false)
  %212 = load i32, i32* %len, align 4
  %213 = add i32 %212, 1
  store i32 %213, i32* %len, align 4
  %214 = load i32, i32* %k.1, align 4
  %215 = add i32 %214, 1
  store i32 %215, i32* %k.1, align 4
  br label %each6

dead21:                                           ; No predecessors!
  br label %block5

ok22:                                             ; preds = %block5
  %216 = getelementptr i8, i8* %mem, i64 %149
  %217 = icmp ult i64 %149, %scratch_start
  %218 = load i64, i64* %lowEnd, align 8
  %219 = load i64, i64* %highEnd, align 8
  %220 = call i64 @llvm.umax.i64(i64 %218, i64 %150)
  %221 = select i1 %217, i64 %220, i64 %218
  store i64 %221, i64* %lowEnd, align 8
  %222 = call i64 @llvm.umax.i64(i64 %219, i64 %150)
  %223 = select i1 %217, i64 %219, i64 %222
  store i64 %223, i64* %highEnd, align 8
  %224 = load i64, i64* %lowStart, align 8
  %225 = call i64 @llvm.umin.i64(i64 %224, i64 %149)
  store i64 %225, i64* %lowStart, align 8
  store i32 %148, i32* %unaligned23, align 4
  %226 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %216, i8* %226, i64 4, i1 false)
  %227 = load i32, i32* %list, align 4
  store i32 %227, i32* %result8, align 4
  br label %e3

ok24:                                             ; preds = %e3
  %228 = getelementptr i8, i8* %mem, i64 %109
  %229 = icmp ult i64 %109, %scratch_start
  %230 = load i64, i64* %lowEnd, align 8
  %231 = load i64, i64* %highEnd, align 8
  %232 = call i64 @llvm.umax.i64(i64 %230, i64 %110)
  %233 = select i1 %229, i64 %232, i64 %230
  store i64 %233, i64* %lowEnd, align 8
  %234 = call i64 @llvm.umax.i64(i64 %231, i64 %110)
  %235 = select i1 %229, i64 %231, i64 %234
  store i64 %235, i64* %highEnd, align 8
  %236 = load i64, i64* %lowStart, align 8
  %237 = call i64 @llvm.umin.i64(i64 %236, i64 %109)
  store i64 %237, i64* %lowStart, align 8
  store i32 %108, i32* %unaligned25, align 4
  %238 = bitcast i32* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %228, i8* %238, i64 4, i1 false)
  %239 = load i32, i32* %xs, align 4
  store i32 %239, i32* %xs.2, align 4
  %240 = load i32, i32* %xs.2, align 4
  %241 = zext i32 %240 to i64
  %242 = add i64 %241, 4
  %243 = icmp ugt i64 %242, %arena_size
  br i1 %243, label %trap17.site0, label %ok27

e12:                                              ; preds = %ok48
  %244 = load i32, i32* %result26, align 4
  store i32 %244, i32* %evens, align 4
  %245 = load i32, i32* %dict, align 4
  %246 = load i32, i32* %evens, align 4
  %247 = zext i32 %245 to i64
  %248 = add i64 %247, 4
  %249 = add i64 %248, 4
  %250 = icmp ugt i64 %249, %arena_size
  br i1 %250, label %trap17.site0, label %ok50

ok27:                                             ; preds = %ok24
  %251 = getelementptr i8, i8* %mem, i64 %241
  %252 = bitcast i32* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %252, i8* %251, i64 4, i1 false)
  %253 = load i32, i32* %unaligned28, align 4
  %254 = zext i32 %253 to i64
  %255 = mul i64 %254, 8
  %256 = add i64 8, %255
  store i64 %256, i64* %size.1, align 8
  %257 = load i64, i64* %size.1, align 8
  %258 = icmp ugt i64 %257, 2147483647
  %259 = zext i1 %258 to i32
  %260 = icmp ne i32 %259, 0
  br i1 %260, label %then29, label %else30

then29:                                           ; preds = %ok27
  br label %trap15.site8

else30:                                           ; preds = %ok27
  br label %join31

join31:                                           ; preds = %else30, %dead32
  %261 = load i64, i64* %size.1, align 8
  %262 = trunc i64 %261 to i32
  %263 = zext i32 %262 to i64
  %264 = getelementptr i64, i64* %regs, i64 1
  %265 = getelementptr i64, i64* %regs, i64 2
  %266 = load i64, i64* %264, align 8
  %267 = add i64 %266, 7
  %268 = and i64 %267, -8
  %269 = add i64 %268, %263
  %270 = load i64, i64* %265, align 8
  %271 = icmp ugt i64 %269, %270
  br i1 %271, label %trap15.site8, label %ok33

trap15.site8:                                     ; preds = %join31, %then29
  %272 = load i64, i64* %lowStart, align 8
  %273 = getelementptr i64, i64* %regs, i64 6
  store i64 %272, i64* %273, align 8
  %274 = load i64, i64* %lowEnd, align 8
  %275 = getelementptr i64, i64* %regs, i64 7
  store i64 %274, i64* %275, align 8
  %276 = load i64, i64* %highEnd, align 8
  %277 = getelementptr i64, i64* %regs, i64 8
  store i64 %276, i64* %277, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

dead32:                                           ; No predecessors!
  br label %join31

ok33:                                             ; preds = %join31
  store i64 %269, i64* %264, align 8
  %278 = trunc i64 %268 to i32
  store i32 %278, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %279 = load i32, i32* %xs.2, align 4
  %280 = zext i32 %279 to i64
  %281 = add i64 %280, 4
  %282 = icmp ugt i64 %281, %arena_size
  br i1 %282, label %trap17.site0, label %ok34

ok34:                                             ; preds = %ok33
  %283 = getelementptr i8, i8* %mem, i64 %280
  %284 = bitcast i32* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %284, i8* %283, i64 4, i1 false)
  %285 = load i32, i32* %unaligned35, align 4
  store i32 %285, i32* %n.1, align 4
  store i32 0, i32* %k.2, align 4
  br label %each15

block14:                                          ; preds = %dead47, %ok36
  %286 = load i32, i32* %list.1, align 4
  %287 = load i32, i32* %len.1, align 4
  %288 = zext i32 %286 to i64
  %289 = add i64 %288, 4
  %290 = icmp ugt i64 %289, %arena_size
  br i1 %290, label %trap17.site0, label %ok48

each15:                                           ; preds = %join44, %ok34
  %291 = load i64, i64* %fuel, align 8
  %292 = icmp ult i64 %291, 1
  br i1 %292, label %trap14.site0, label %ok36

ok36:                                             ; preds = %each15
  %293 = sub i64 %291, 1
  store i64 %293, i64* %fuel, align 8
  %294 = load i32, i32* %k.2, align 4
  %295 = load i32, i32* %n.1, align 4
  %296 = icmp uge i32 %294, %295
  %297 = zext i1 %296 to i32
  %298 = icmp ne i32 %297, 0
  br i1 %298, label %block14, label %cont37

cont37:                                           ; preds = %ok36
  %299 = load i32, i32* %xs.2, align 4
  %300 = load i32, i32* %k.2, align 4
  %301 = mul i32 %300, 8
  %302 = add i32 %299, %301
  %303 = zext i32 %302 to i64
  %304 = add i64 %303, 8
  %305 = add i64 %304, 8
  %306 = icmp ugt i64 %305, %arena_size
  br i1 %306, label %trap17.site0, label %ok38

ok38:                                             ; preds = %cont37
  %307 = getelementptr i8, i8* %mem, i64 %304
  %308 = bitcast i64* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %308, i8* %307, i64 8, i1 false)
  %309 = load i64, i64* %unaligned39, align 8
  store i64 %309, i64* %x.2, align 8
  %310 = load i64, i64* %x.2, align 8
  store i64 %310, i64* %x.3, align 8
  %311 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site10, label %ok40

ok40:                                             ; preds = %ok38
  %312 = icmp eq i64 %311, -9223372036854775808
  %313 = and i1 %312, false
  br i1 %313, label %trap2.site10, label %ok41

trap1.site10:                                     ; preds = %ok38
  %314 = load i64, i64* %lowStart, align 8
  %315 = getelementptr i64, i64* %regs, i64 6
  store i64 %314, i64* %315, align 8
  %316 = load i64, i64* %lowEnd, align 8
  %317 = getelementptr i64, i64* %regs, i64 7
  store i64 %316, i64* %317, align 8
  %318 = load i64, i64* %highEnd, align 8
  %319 = getelementptr i64, i64* %regs, i64 8
  store i64 %318, i64* %319, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok41:                                             ; preds = %ok40
  %320 = srem i64 %311, 2
  %321 = icmp eq i64 %320, 0
  %322 = zext i1 %321 to i32
  %323 = icmp ne i32 %322, 0
  br i1 %323, label %then42, label %else43

trap2.site10:                                     ; preds = %ok40
  %324 = load i64, i64* %lowStart, align 8
  %325 = getelementptr i64, i64* %regs, i64 6
  store i64 %324, i64* %325, align 8
  %326 = load i64, i64* %lowEnd, align 8
  %327 = getelementptr i64, i64* %regs, i64 7
  store i64 %326, i64* %327, align 8
  %328 = load i64, i64* %highEnd, align 8
  %329 = getelementptr i64, i64* %regs, i64 8
  store i64 %328, i64* %329, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

then42:                                           ; preds = %ok41
  %330 = load i32, i32* %list.1, align 4
  %331 = load i32, i32* %len.1, align 4
  %332 = mul i32 %331, 8
  %333 = add i32 %330, %332
  %334 = load i64, i64* %x.2, align 8
  %335 = zext i32 %333 to i64
  %336 = add i64 %335, 8
  %337 = add i64 %336, 8
  %338 = icmp ugt i64 %337, %arena_size
  br i1 %338, label %trap17.site0, label %ok45

else43:                                           ; preds = %ok41
  br label %join44

join44:                                           ; preds = %else43, %ok45
  %339 = load i32, i32* %k.2, align 4
  %340 = add i32 %339, 1
  store i32 %340, i32* %k.2, align 4
  br label %each15

ok45:                                             ; preds = %then42
  %341 = getelementptr i8, i8* %mem, i64 %336
  %342 = icmp ult i64 %336, %scratch_start
  %343 = load i64, i64* %lowEnd, align 8
  %344 = load i64, i64* %highEnd, align 8
  %345 = call i64 @llvm.umax.i64(i64 %343, i64 %337)
  %346 = select i1 %342, i64 %345, i64 %343
  store i64 %346, i64* %lowEnd, align 8
  %347 = call i64 @llvm.umax.i64(i64 %344, i64 %337)
  %348 = select i1 %342, i64 %344, i64 %347
  store i64 %348, i64* %highEnd, align 8
  %349 = load i64, i64* %lowStart, align 8
  %350 = call i64 @llvm.umin.i64(i64 %349, i64 %336)
  store i64 %350, i64* %lowStart, align 8
  store i64 %334, i64* %unaligned46, align 8
  %351 = bitcast i64* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %341, i8* %351, i64 8, i1 false)
  %352 = load i32, i32* %len.1, align 4
  %353 = add i32 %352, 1
  store i32 %353, i32* %len.1, align 4
  br label %join44

dead47:                                           ; No predecessors!
  br label %block14

ok48:                                             ; preds = %block14
  %354 = getelementptr i8, i8* %mem, i64 %288
  %355 = icmp ult i64 %288, %scratch_start
  %356 = load i64, i64* %lowEnd, align 8
  %357 = load i64, i64* %highEnd, align 8
  %358 = call i64 @llvm.umax.i64(i64 %356, i64 %289)
  %359 = select i1 %355, i64 %358, i64 %356
  store i64 %359, i64* %lowEnd, align 8
  %360 = call i64 @llvm.umax.i64(i64 %357, i64 %289)
  %361 = select i1 %355, i64 %357, i64 %360
  store i64 %361, i64* %highEnd, align 8
  %362 = load i64, i64* %lowStart, align 8
  %363 = call i64 @llvm.umin.i64(i64 %362, i64 %288)
  store i64 %363, i64* %lowStart, align 8
  store i32 %287, i32* %unaligned49, align 4
  %364 = bitcast i32* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %354, i8* %364, i64 4, i1 false)
  %365 = load i32, i32* %list.1, align 4
  store i32 %365, i32* %result26, align 4
  br label %e12

ok50:                                             ; preds = %e12
  %366 = getelementptr i8, i8* %mem, i64 %248
  %367 = icmp ult i64 %248, %scratch_start
  %368 = load i64, i64* %lowEnd, align 8
  %369 = load i64, i64* %highEnd, align 8
  %370 = call i64 @llvm.umax.i64(i64 %368, i64 %249)
  %371 = select i1 %367, i64 %370, i64 %368
  store i64 %371, i64* %lowEnd, align 8
  %372 = call i64 @llvm.umax.i64(i64 %369, i64 %249)
  %373 = select i1 %367, i64 %369, i64 %372
  store i64 %373, i64* %highEnd, align 8
  %374 = load i64, i64* %lowStart, align 8
  %375 = call i64 @llvm.umin.i64(i64 %374, i64 %248)
  store i64 %375, i64* %lowStart, align 8
  store i32 %246, i32* %unaligned51, align 4
  %376 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %366, i8* %376, i64 4, i1 false)
  %377 = load i32, i32* %xs, align 4
  store i32 %377, i32* %xs.3, align 4
  store i64 0, i64* %acc, align 8
  %378 = load i32, i32* %xs.3, align 4
  %379 = zext i32 %378 to i64
  %380 = add i64 %379, 4
  %381 = icmp ugt i64 %380, %arena_size
  br i1 %381, label %trap17.site0, label %ok53

e21:                                              ; preds = %block24
  %382 = load i64, i64* %result52, align 8
  store i64 %382, i64* %total, align 8
  %383 = load i32, i32* %dict, align 4
  %384 = load i64, i64* %total, align 8
  %385 = zext i32 %383 to i64
  %386 = add i64 %385, 8
  %387 = add i64 %386, 8
  %388 = icmp ugt i64 %387, %arena_size
  br i1 %388, label %trap17.site0, label %ok61

ok53:                                             ; preds = %ok50
  %389 = getelementptr i8, i8* %mem, i64 %379
  %390 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %390, i8* %389, i64 4, i1 false)
  %391 = load i32, i32* %unaligned54, align 4
  store i32 %391, i32* %n.2, align 4
  store i32 0, i32* %k.3, align 4
  br label %each25

block24:                                          ; preds = %dead60, %ok55
  %392 = load i64, i64* %acc, align 8
  store i64 %392, i64* %result52, align 8
  br label %e21

each25:                                           ; preds = %ok59, %ok53
  %393 = load i64, i64* %fuel, align 8
  %394 = icmp ult i64 %393, 1
  br i1 %394, label %trap14.site0, label %ok55

ok55:                                             ; preds = %each25
  %395 = sub i64 %393, 1
  store i64 %395, i64* %fuel, align 8
  %396 = load i32, i32* %k.3, align 4
  %397 = load i32, i32* %n.2, align 4
  %398 = icmp uge i32 %396, %397
  %399 = zext i1 %398 to i32
  %400 = icmp ne i32 %399, 0
  br i1 %400, label %block24, label %cont56

cont56:                                           ; preds = %ok55
  %401 = load i32, i32* %xs.3, align 4
  %402 = load i32, i32* %k.3, align 4
  %403 = mul i32 %402, 8
  %404 = add i32 %401, %403
  %405 = zext i32 %404 to i64
  %406 = add i64 %405, 8
  %407 = add i64 %406, 8
  %408 = icmp ugt i64 %407, %arena_size
  br i1 %408, label %trap17.site0, label %ok57

ok57:                                             ; preds = %cont56
  %409 = getelementptr i8, i8* %mem, i64 %406
  %410 = bitcast i64* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %410, i8* %409, i64 8, i1 false)
  %411 = load i64, i64* %unaligned58, align 8
  store i64 %411, i64* %x.4, align 8
  %412 = load i64, i64* %acc, align 8
  store i64 %412, i64* %acc.1, align 8
  %413 = load i64, i64* %x.4, align 8
  store i64 %413, i64* %x.5, align 8
  %414 = load i64, i64* %acc.1, align 8
  %415 = load i64, i64* %x.5, align 8
  %416 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %414, i64 %415)
  %417 = extractvalue { i64, i1 } %416, 1
  br i1 %417, label %trap2.site12, label %ok59

ok59:                                             ; preds = %ok57
  %418 = extractvalue { i64, i1 } %416, 0
  store i64 %418, i64* %acc, align 8
  %419 = load i32, i32* %k.3, align 4
  %420 = add i32 %419, 1
  store i32 %420, i32* %k.3, align 4
  br label %each25

trap2.site12:                                     ; preds = %ok57
  %421 = load i64, i64* %lowStart, align 8
  %422 = getelementptr i64, i64* %regs, i64 6
  store i64 %421, i64* %422, align 8
  %423 = load i64, i64* %lowEnd, align 8
  %424 = getelementptr i64, i64* %regs, i64 7
  store i64 %423, i64* %424, align 8
  %425 = load i64, i64* %highEnd, align 8
  %426 = getelementptr i64, i64* %regs, i64 8
  store i64 %425, i64* %426, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

dead60:                                           ; No predecessors!
  br label %block24

ok61:                                             ; preds = %e21
  %427 = getelementptr i8, i8* %mem, i64 %386
  %428 = icmp ult i64 %386, %scratch_start
  %429 = load i64, i64* %lowEnd, align 8
  %430 = load i64, i64* %highEnd, align 8
  %431 = call i64 @llvm.umax.i64(i64 %429, i64 %387)
  %432 = select i1 %428, i64 %431, i64 %429
  store i64 %432, i64* %lowEnd, align 8
  %433 = call i64 @llvm.umax.i64(i64 %430, i64 %387)
  %434 = select i1 %428, i64 %430, i64 %433
  store i64 %434, i64* %highEnd, align 8
  %435 = load i64, i64* %lowStart, align 8
  %436 = call i64 @llvm.umin.i64(i64 %435, i64 %386)
  store i64 %436, i64* %lowStart, align 8
  store i64 %384, i64* %unaligned62, align 8
  %437 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %427, i8* %437, i64 8, i1 false)
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %438 = load i64, i64* %hi, align 8
  %439 = load i64, i64* %lo, align 8
  %440 = icmp sgt i64 %438, %439
  %441 = zext i1 %440 to i32
  %442 = icmp ne i32 %441, 0
  br i1 %442, label %then64, label %else65

e29:                                              ; preds = %ok91
  %443 = load i32, i32* %result63, align 4
  store i32 %443, i32* %adders, align 4
  %444 = load i32, i32* %dict, align 4
  %445 = load i32, i32* %adders, align 4
  %446 = zext i32 %444 to i64
  %447 = add i64 %446, 16
  %448 = add i64 %447, 4
  %449 = icmp ugt i64 %448, %arena_size
  br i1 %449, label %trap17.site0, label %ok93

then64:                                           ; preds = %ok61
  %450 = load i64, i64* %hi, align 8
  %451 = load i64, i64* %lo, align 8
  %452 = sub i64 %450, %451
  store i64 %452, i64* %result67, align 8
  br label %join66

else65:                                           ; preds = %ok61
  store i64 0, i64* %result67, align 8
  br label %join66

join66:                                           ; preds = %else65, %then64
  %453 = load i64, i64* %result67, align 8
  store i64 %453, i64* %count, align 8
  %454 = load i64, i64* %count, align 8
  %455 = icmp slt i64 %454, 0
  %456 = zext i1 %455 to i32
  %457 = load i64, i64* %count, align 8
  %458 = icmp sgt i64 %457, 2147483647
  %459 = zext i1 %458 to i32
  %460 = or i32 %456, %459
  %461 = icmp ne i32 %460, 0
  br i1 %461, label %then68, label %else69

then68:                                           ; preds = %join66
  br label %trap15.site13

else69:                                           ; preds = %join66
  br label %join70

join70:                                           ; preds = %else69, %dead71
  %462 = load i64, i64* %count, align 8
  %463 = trunc i64 %462 to i32
  %464 = zext i32 %463 to i64
  %465 = mul i64 %464, 4
  %466 = add i64 4, %465
  store i64 %466, i64* %size.2, align 8
  %467 = load i64, i64* %size.2, align 8
  %468 = icmp ugt i64 %467, 2147483647
  %469 = zext i1 %468 to i32
  %470 = icmp ne i32 %469, 0
  br i1 %470, label %then72, label %else73

trap15.site13:                                    ; preds = %then68
  %471 = load i64, i64* %lowStart, align 8
  %472 = getelementptr i64, i64* %regs, i64 6
  store i64 %471, i64* %472, align 8
  %473 = load i64, i64* %lowEnd, align 8
  %474 = getelementptr i64, i64* %regs, i64 7
  store i64 %473, i64* %474, align 8
  %475 = load i64, i64* %highEnd, align 8
  %476 = getelementptr i64, i64* %regs, i64 8
  store i64 %475, i64* %476, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead71:                                           ; No predecessors!
  br label %join70

then72:                                           ; preds = %join70
  br label %trap15.site14

else73:                                           ; preds = %join70
  br label %join74

join74:                                           ; preds = %else73, %dead75
  %477 = load i64, i64* %size.2, align 8
  %478 = trunc i64 %477 to i32
  %479 = zext i32 %478 to i64
  %480 = getelementptr i64, i64* %regs, i64 1
  %481 = getelementptr i64, i64* %regs, i64 2
  %482 = load i64, i64* %480, align 8
  %483 = add i64 %482, 3
  %484 = and i64 %483, -4
  %485 = add i64 %484, %479
  %486 = load i64, i64* %481, align 8
  %487 = icmp ugt i64 %485, %486
  br i1 %487, label %trap15.site14, label %ok76

trap15.site14:                                    ; preds = %join74, %then72
  %488 = load i64, i64* %lowStart, align 8
  %489 = getelementptr i64, i64* %regs, i64 6
  store i64 %488, i64* %489, align 8
  %490 = load i64, i64* %lowEnd, align 8
  %491 = getelementptr i64, i64* %regs, i64 7
  store i64 %490, i64* %491, align 8
  %492 = load i64, i64* %highEnd, align 8
  %493 = getelementptr i64, i64* %regs, i64 8
  store i64 %492, i64* %493, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead75:                                           ; No predecessors!
  br label %join74

ok76:                                             ; preds = %join74
  store i64 %485, i64* %480, align 8
  %494 = trunc i64 %484 to i32
  store i32 %494, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %495 = load i64, i64* %lo, align 8
  store i64 %495, i64* %i, align 8
  br label %range33

block32:                                          ; preds = %dead90, %ok77
  %496 = load i32, i32* %list.2, align 4
  %497 = load i32, i32* %len.2, align 4
  %498 = zext i32 %496 to i64
  %499 = add i64 %498, 4
  %500 = icmp ugt i64 %499, %arena_size
  br i1 %500, label %trap17.site0, label %ok91

range33:                                          ; preds = %ok88, %ok76
  %501 = load i64, i64* %fuel, align 8
  %502 = icmp ult i64 %501, 1
  br i1 %502, label %trap14.site0, label %ok77

ok77:                                             ; preds = %range33
  %503 = sub i64 %501, 1
  store i64 %503, i64* %fuel, align 8
  %504 = load i64, i64* %i, align 8
  %505 = load i64, i64* %hi, align 8
  %506 = icmp sge i64 %504, %505
  %507 = zext i1 %506 to i32
  %508 = icmp ne i32 %507, 0
  br i1 %508, label %block32, label %cont78

cont78:                                           ; preds = %ok77
  %509 = load i64, i64* %i, align 8
  store i64 %509, i64* %i.1, align 8
  %510 = load i32, i32* %list.2, align 4
  %511 = load i32, i32* %len.2, align 4
  %512 = mul i32 %511, 4
  %513 = add i32 %510, %512
  %514 = getelementptr i64, i64* %regs, i64 1
  %515 = getelementptr i64, i64* %regs, i64 2
  %516 = load i64, i64* %514, align 8
  %517 = add i64 %516, 7
  %518 = and i64 %517, -8
  %519 = add i64 %518, 8
  %520 = load i64, i64* %515, align 8
  %521 = icmp ugt i64 %519, %520
  br i1 %521, label %trap15.site15, label %ok80

e34:                                              ; preds = %ok86
  %522 = load i32, i32* %result79, align 4
  %523 = zext i32 %513 to i64
  %524 = add i64 %523, 4
  %525 = add i64 %524, 4
  %526 = icmp ugt i64 %525, %arena_size
  br i1 %526, label %trap17.site0, label %ok88

ok80:                                             ; preds = %cont78
  store i64 %519, i64* %514, align 8
  %527 = trunc i64 %518 to i32
  store i32 %527, i32* %env, align 4
  %528 = load i32, i32* %env, align 4
  %529 = load i64, i64* %i.1, align 8
  %530 = zext i32 %528 to i64
  %531 = add i64 %530, 8
  %532 = icmp ugt i64 %531, %arena_size
  br i1 %532, label %trap17.site0, label %ok81

trap15.site15:                                    ; preds = %ok81, %cont78
  %533 = load i64, i64* %lowStart, align 8
  %534 = getelementptr i64, i64* %regs, i64 6
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %lowEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 7
  store i64 %535, i64* %536, align 8
  %537 = load i64, i64* %highEnd, align 8
  %538 = getelementptr i64, i64* %regs, i64 8
  store i64 %537, i64* %538, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

ok81:                                             ; preds = %ok80
  %539 = getelementptr i8, i8* %mem, i64 %530
  %540 = icmp ult i64 %530, %scratch_start
  %541 = load i64, i64* %lowEnd, align 8
  %542 = load i64, i64* %highEnd, align 8
  %543 = call i64 @llvm.umax.i64(i64 %541, i64 %531)
  %544 = select i1 %540, i64 %543, i64 %541
  store i64 %544, i64* %lowEnd, align 8
  %545 = call i64 @llvm.umax.i64(i64 %542, i64 %531)
  %546 = select i1 %540, i64 %542, i64 %545
  store i64 %546, i64* %highEnd, align 8
  %547 = load i64, i64* %lowStart, align 8
  %548 = call i64 @llvm.umin.i64(i64 %547, i64 %530)
  store i64 %548, i64* %lowStart, align 8
  store i64 %529, i64* %unaligned82, align 8
  %549 = bitcast i64* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %539, i8* %549, i64 8, i1 false)
  %550 = getelementptr i64, i64* %regs, i64 1
  %551 = getelementptr i64, i64* %regs, i64 2
  %552 = load i64, i64* %550, align 8
  %553 = add i64 %552, 3
  %554 = and i64 %553, -4
  %555 = add i64 %554, 8
  %556 = load i64, i64* %551, align 8
  %557 = icmp ugt i64 %555, %556
  br i1 %557, label %trap15.site15, label %ok83

ok83:                                             ; preds = %ok81
  store i64 %555, i64* %550, align 8
  %558 = trunc i64 %554 to i32
  store i32 %558, i32* %closure, align 4
  %559 = load i32, i32* %closure, align 4
  %560 = zext i32 %559 to i64
  %561 = add i64 %560, 4
  %562 = icmp ugt i64 %561, %arena_size
  br i1 %562, label %trap17.site0, label %ok84

ok84:                                             ; preds = %ok83
  %563 = getelementptr i8, i8* %mem, i64 %560
  %564 = icmp ult i64 %560, %scratch_start
  %565 = load i64, i64* %lowEnd, align 8
  %566 = load i64, i64* %highEnd, align 8
  %567 = call i64 @llvm.umax.i64(i64 %565, i64 %561)
  %568 = select i1 %564, i64 %567, i64 %565
  store i64 %568, i64* %lowEnd, align 8
  %569 = call i64 @llvm.umax.i64(i64 %566, i64 %561)
  %570 = select i1 %564, i64 %566, i64 %569
  store i64 %570, i64* %highEnd, align 8
  %571 = load i64, i64* %lowStart, align 8
  %572 = call i64 @llvm.umin.i64(i64 %571, i64 %560)
  store i64 %572, i64* %lowStart, align 8
  store i32 0, i32* %unaligned85, align 4
  %573 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %563, i8* %573, i64 4, i1 false)
  %574 = load i32, i32* %closure, align 4
  %575 = load i32, i32* %env, align 4
  %576 = zext i32 %574 to i64
  %577 = add i64 %576, 4
  %578 = add i64 %577, 4
  %579 = icmp ugt i64 %578, %arena_size
  br i1 %579, label %trap17.site0, label %ok86

ok86:                                             ; preds = %ok84
  %580 = getelementptr i8, i8* %mem, i64 %577
  %581 = icmp ult i64 %577, %scratch_start
  %582 = load i64, i64* %lowEnd, align 8
  %583 = load i64, i64* %highEnd, align 8
  %584 = call i64 @llvm.umax.i64(i64 %582, i64 %578)
  %585 = select i1 %581, i64 %584, i64 %582
  store i64 %585, i64* %lowEnd, align 8
  %586 = call i64 @llvm.umax.i64(i64 %583, i64 %578)
  %587 = select i1 %581, i64 %583, i64 %586
  store i64 %587, i64* %highEnd, align 8
  %588 = load i64, i64* %lowStart, align 8
  %589 = call i64 @llvm.umin.i64(i64 %588, i64 %577)
  store i64 %589, i64* %lowStart, align 8
  store i32 %575, i32* %unaligned87, align 4
  %590 = bitcast i32* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %580, i8* %590, i64 4, i1 false)
  %591 = load i32, i32* %closure, align 4
  store i32 %591, i32* %result79, align 4
  br label %e34

ok88:                                             ; preds = %e34
  %592 = getelementptr i8, i8* %mem, i64 %524
  %593 = icmp ult i64 %524, %scratch_start
  %594 = load i64, i64* %lowEnd, align 8
  %595 = load i64, i64* %highEnd, align 8
  %596 = call i64 @llvm.umax.i64(i64 %594, i64 %525)
  %597 = select i1 %593, i64 %596, i64 %594
  store i64 %597, i64* %lowEnd, align 8
  %598 = call i64 @llvm.umax.i64(i64 %595, i64 %525)
  %599 = select i1 %593, i64 %595, i64 %598
  store i64 %599, i64* %highEnd, align 8
  %600 = load i64, i64* %lowStart, align 8
  %601 = call i64 @llvm.umin.i64(i64 %600, i64 %524)
  store i64 %601, i64* %lowStart, align 8
  store i32 %522, i32* %unaligned89, align 4
  %602 = bitcast i32* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %592, i8* %602, i64 4, i1 false)
  %603 = load i32, i32* %len.2, align 4
  %604 = add i32 %603, 1
  store i32 %604, i32* %len.2, align 4
  %605 = load i64, i64* %i, align 8
  %606 = add i64 %605, 1
  store i64 %606, i64* %i, align 8
  br label %range33

dead90:                                           ; No predecessors!
  br label %block32

ok91:                                             ; preds = %block32
  %607 = getelementptr i8, i8* %mem, i64 %498
  %608 = icmp ult i64 %498, %scratch_start
  %609 = load i64, i64* %lowEnd, align 8
  %610 = load i64, i64* %highEnd, align 8
  %611 = call i64 @llvm.umax.i64(i64 %609, i64 %499)
  %612 = select i1 %608, i64 %611, i64 %609
  store i64 %612, i64* %lowEnd, align 8
  %613 = call i64 @llvm.umax.i64(i64 %610, i64 %499)
  %614 = select i1 %608, i64 %610, i64 %613
  store i64 %614, i64* %highEnd, align 8
  %615 = load i64, i64* %lowStart, align 8
  %616 = call i64 @llvm.umin.i64(i64 %615, i64 %498)
  store i64 %616, i64* %lowStart, align 8
  store i32 %497, i32* %unaligned92, align 4
  %617 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %607, i8* %617, i64 4, i1 false)
  %618 = load i32, i32* %list.2, align 4
  store i32 %618, i32* %result63, align 4
  br label %e29

ok93:                                             ; preds = %e29
  %619 = getelementptr i8, i8* %mem, i64 %447
  %620 = icmp ult i64 %447, %scratch_start
  %621 = load i64, i64* %lowEnd, align 8
  %622 = load i64, i64* %highEnd, align 8
  %623 = call i64 @llvm.umax.i64(i64 %621, i64 %448)
  %624 = select i1 %620, i64 %623, i64 %621
  store i64 %624, i64* %lowEnd, align 8
  %625 = call i64 @llvm.umax.i64(i64 %622, i64 %448)
  %626 = select i1 %620, i64 %622, i64 %625
  store i64 %626, i64* %highEnd, align 8
  %627 = load i64, i64* %lowStart, align 8
  %628 = call i64 @llvm.umin.i64(i64 %627, i64 %447)
  store i64 %628, i64* %lowStart, align 8
  store i32 %445, i32* %unaligned94, align 4
  %629 = bitcast i32* %unaligned94 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %619, i8* %629, i64 4, i1 false)
  %630 = load i32, i32* %adders, align 4
  store i32 %630, i32* %xs.4, align 4
  %631 = load i32, i32* %xs.4, align 4
  %632 = zext i32 %631 to i64
  %633 = add i64 %632, 4
  %634 = icmp ugt i64 %633, %arena_size
  br i1 %634, label %trap17.site0, label %ok96

e35:                                              ; preds = %ok118
  %635 = load i32, i32* %result95, align 4
  store i32 %635, i32* %applied, align 4
  %636 = load i32, i32* %dict, align 4
  %637 = load i32, i32* %applied, align 4
  %638 = zext i32 %636 to i64
  %639 = add i64 %638, 20
  %640 = add i64 %639, 4
  %641 = icmp ugt i64 %640, %arena_size
  br i1 %641, label %trap17.site0, label %ok120

ok96:                                             ; preds = %ok93
  %642 = getelementptr i8, i8* %mem, i64 %632
  %643 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %643, i8* %642, i64 4, i1 false)
  %644 = load i32, i32* %unaligned97, align 4
  %645 = zext i32 %644 to i64
  %646 = mul i64 %645, 8
  %647 = add i64 8, %646
  store i64 %647, i64* %size.3, align 8
  %648 = load i64, i64* %size.3, align 8
  %649 = icmp ugt i64 %648, 2147483647
  %650 = zext i1 %649 to i32
  %651 = icmp ne i32 %650, 0
  br i1 %651, label %then98, label %else99

then98:                                           ; preds = %ok96
  br label %trap15.site16

else99:                                           ; preds = %ok96
  br label %join100

join100:                                          ; preds = %else99, %dead101
  %652 = load i64, i64* %size.3, align 8
  %653 = trunc i64 %652 to i32
  %654 = zext i32 %653 to i64
  %655 = getelementptr i64, i64* %regs, i64 1
  %656 = getelementptr i64, i64* %regs, i64 2
  %657 = load i64, i64* %655, align 8
  %658 = add i64 %657, 7
  %659 = and i64 %658, -8
  %660 = add i64 %659, %654
  %661 = load i64, i64* %656, align 8
  %662 = icmp ugt i64 %660, %661
  br i1 %662, label %trap15.site16, label %ok102

trap15.site16:                                    ; preds = %join100, %then98
  %663 = load i64, i64* %lowStart, align 8
  %664 = getelementptr i64, i64* %regs, i64 6
  store i64 %663, i64* %664, align 8
  %665 = load i64, i64* %lowEnd, align 8
  %666 = getelementptr i64, i64* %regs, i64 7
  store i64 %665, i64* %666, align 8
  %667 = load i64, i64* %highEnd, align 8
  %668 = getelementptr i64, i64* %regs, i64 8
  store i64 %667, i64* %668, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead101:                                          ; No predecessors!
  br label %join100

ok102:                                            ; preds = %join100
  store i64 %660, i64* %655, align 8
  %669 = trunc i64 %659 to i32
  store i32 %669, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %670 = load i32, i32* %xs.4, align 4
  %671 = zext i32 %670 to i64
  %672 = add i64 %671, 4
  %673 = icmp ugt i64 %672, %arena_size
  br i1 %673, label %trap17.site0, label %ok103

ok103:                                            ; preds = %ok102
  %674 = getelementptr i8, i8* %mem, i64 %671
  %675 = bitcast i32* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %675, i8* %674, i64 4, i1 false)
  %676 = load i32, i32* %unaligned104, align 4
  store i32 %676, i32* %n.3, align 4
  store i32 0, i32* %k.4, align 4
  br label %each38

block37:                                          ; preds = %dead117, %ok105
  %677 = load i32, i32* %list.3, align 4
  %678 = load i32, i32* %len.3, align 4
  %679 = zext i32 %677 to i64
  %680 = add i64 %679, 4
  %681 = icmp ugt i64 %680, %arena_size
  br i1 %681, label %trap17.site0, label %ok118

each38:                                           ; preds = %ok115, %ok103
  %682 = load i64, i64* %fuel, align 8
  %683 = icmp ult i64 %682, 1
  br i1 %683, label %trap14.site0, label %ok105

ok105:                                            ; preds = %each38
  %684 = sub i64 %682, 1
  store i64 %684, i64* %fuel, align 8
  %685 = load i32, i32* %k.4, align 4
  %686 = load i32, i32* %n.3, align 4
  %687 = icmp uge i32 %685, %686
  %688 = zext i1 %687 to i32
  %689 = icmp ne i32 %688, 0
  br i1 %689, label %block37, label %cont106

cont106:                                          ; preds = %ok105
  %690 = load i32, i32* %xs.4, align 4
  %691 = load i32, i32* %k.4, align 4
  %692 = mul i32 %691, 4
  %693 = add i32 %690, %692
  %694 = zext i32 %693 to i64
  %695 = add i64 %694, 4
  %696 = add i64 %695, 4
  %697 = icmp ugt i64 %696, %arena_size
  br i1 %697, label %trap17.site0, label %ok107

ok107:                                            ; preds = %cont106
  %698 = getelementptr i8, i8* %mem, i64 %695
  %699 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %699, i8* %698, i64 4, i1 false)
  %700 = load i32, i32* %unaligned108, align 4
  store i32 %700, i32* %x.6, align 4
  %701 = load i32, i32* %x.6, align 4
  store i32 %701, i32* %f, align 4
  %702 = load i32, i32* %list.3, align 4
  %703 = load i32, i32* %len.3, align 4
  %704 = mul i32 %703, 8
  %705 = add i32 %702, %704
  %706 = load i64, i64* %k, align 8
  store i64 %706, i64* %arg, align 8
  %707 = load i32, i32* %f, align 4
  store i32 %707, i32* %callee, align 4
  %708 = load i32, i32* %callee, align 4
  %709 = zext i32 %708 to i64
  %710 = add i64 %709, 4
  %711 = add i64 %710, 4
  %712 = icmp ugt i64 %711, %arena_size
  br i1 %712, label %trap17.site0, label %ok110

e39:                                              ; preds = %stack_ok114
  %713 = load i64, i64* %result109, align 8
  %714 = zext i32 %705 to i64
  %715 = add i64 %714, 8
  %716 = add i64 %715, 8
  %717 = icmp ugt i64 %716, %arena_size
  br i1 %717, label %trap17.site0, label %ok115

ok110:                                            ; preds = %ok107
  %718 = getelementptr i8, i8* %mem, i64 %710
  %719 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %719, i8* %718, i64 4, i1 false)
  %720 = load i32, i32* %unaligned111, align 4
  %721 = load i64, i64* %arg, align 8
  %722 = load i32, i32* %callee, align 4
  %723 = zext i32 %722 to i64
  %724 = add i64 %723, 4
  %725 = icmp ugt i64 %724, %arena_size
  br i1 %725, label %trap17.site0, label %ok112

ok112:                                            ; preds = %ok110
  %726 = getelementptr i8, i8* %mem, i64 %723
  %727 = bitcast i32* %unaligned113 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %727, i8* %726, i64 4, i1 false)
  %728 = load i32, i32* %unaligned113, align 4
  %729 = getelementptr i64, i64* %regs, i64 10
  %730 = load i64, i64* %729, align 8
  %731 = icmp ult i64 %10, %730
  br i1 %731, label %trap253.site0, label %stack_ok114

stack_ok114:                                      ; preds = %ok112
  %732 = load i64, i64* %fuel, align 8
  %733 = getelementptr i64, i64* %regs, i64 0
  store i64 %732, i64* %733, align 8
  %734 = load i64, i64* %lowStart, align 8
  %735 = getelementptr i64, i64* %regs, i64 6
  store i64 %734, i64* %735, align 8
  %736 = load i64, i64* %lowEnd, align 8
  %737 = getelementptr i64, i64* %regs, i64 7
  store i64 %736, i64* %737, align 8
  %738 = load i64, i64* %highEnd, align 8
  %739 = getelementptr i64, i64* %regs, i64 8
  store i64 %738, i64* %739, align 8
  %740 = call i64 @m0.call_indirect.i32.i64-i64(i64* %regs, i8* %mem, i32 %depth, i32 17, i32 %728, i32 %720, i64 %721)
  %741 = getelementptr i64, i64* %regs, i64 0
  %742 = load i64, i64* %741, align 8
  store i64 %742, i64* %fuel, align 8
  %743 = getelementptr i64, i64* %regs, i64 6
  %744 = load i64, i64* %743, align 8
  store i64 %744, i64* %lowStart, align 8
  %745 = getelementptr i64, i64* %regs, i64 7
  %746 = load i64, i64* %745, align 8
  store i64 %746, i64* %lowEnd, align 8
  %747 = getelementptr i64, i64* %regs, i64 8
  %748 = load i64, i64* %747, align 8
  store i64 %748, i64* %highEnd, align 8
  store i64 %740, i64* %result109, align 8
  br label %e39

ok115:                                            ; preds = %e39
  %749 = getelementptr i8, i8* %mem, i64 %715
  %750 = icmp ult i64 %715, %scratch_start
  %751 = load i64, i64* %lowEnd, align 8
  %752 = load i64, i64* %highEnd, align 8
  %753 = call i64 @llvm.umax.i64(i64 %751, i64 %716)
  %754 = select i1 %750, i64 %753, i64 %751
  store i64 %754, i64* %lowEnd, align 8
  %755 = call i64 @llvm.umax.i64(i64 %752, i64 %716)
  %756 = select i1 %750, i64 %752, i64 %755
  store i64 %756, i64* %highEnd, align 8
  %757 = load i64, i64* %lowStart, align 8
  %758 = call i64 @llvm.umin.i64(i64 %757, i64 %715)
  store i64 %758, i64* %lowStart, align 8
  store i64 %713, i64* %unaligned116, align 8
  %759 = bitcast i64* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %749, i8* %759, i64 8, i1 false)
  %760 = load i32, i32* %len.3, align 4
  %761 = add i32 %760, 1
  store i32 %761, i32* %len.3, align 4
  %762 = load i32, i32* %k.4, align 4
  %763 = add i32 %762, 1
  store i32 %763, i32* %k.4, align 4
  br label %each38

dead117:                                          ; No predecessors!
  br label %block37

ok118:                                            ; preds = %block37
  %764 = getelementptr i8, i8* %mem, i64 %679
  %765 = icmp ult i64 %679, %scratch_start
  %766 = load i64, i64* %lowEnd, align 8
  %767 = load i64, i64* %highEnd, align 8
  %768 = call i64 @llvm.umax.i64(i64 %766, i64 %680)
  %769 = select i1 %765, i64 %768, i64 %766
  store i64 %769, i64* %lowEnd, align 8
  %770 = call i64 @llvm.umax.i64(i64 %767, i64 %680)
  %771 = select i1 %765, i64 %767, i64 %770
  store i64 %771, i64* %highEnd, align 8
  %772 = load i64, i64* %lowStart, align 8
  %773 = call i64 @llvm.umin.i64(i64 %772, i64 %679)
  store i64 %773, i64* %lowStart, align 8
  store i32 %678, i32* %unaligned119, align 4
  %774 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %764, i8* %774, i64 4, i1 false)
  %775 = load i32, i32* %list.3, align 4
  store i32 %775, i32* %result95, align 4
  br label %e35

ok120:                                            ; preds = %e35
  %776 = getelementptr i8, i8* %mem, i64 %639
  %777 = icmp ult i64 %639, %scratch_start
  %778 = load i64, i64* %lowEnd, align 8
  %779 = load i64, i64* %highEnd, align 8
  %780 = call i64 @llvm.umax.i64(i64 %778, i64 %640)
  %781 = select i1 %777, i64 %780, i64 %778
  store i64 %781, i64* %lowEnd, align 8
  %782 = call i64 @llvm.umax.i64(i64 %779, i64 %640)
  %783 = select i1 %777, i64 %779, i64 %782
  store i64 %783, i64* %highEnd, align 8
  %784 = load i64, i64* %lowStart, align 8
  %785 = call i64 @llvm.umin.i64(i64 %784, i64 %639)
  store i64 %785, i64* %lowStart, align 8
  store i32 %637, i32* %unaligned121, align 4
  %786 = bitcast i32* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %776, i8* %786, i64 4, i1 false)
  %787 = load i32, i32* %dict, align 4
  store i32 %787, i32* %result6, align 4
  br label %e2

ok122:                                            ; preds = %e0
  %788 = getelementptr i64, i64* %regs, i64 10
  %789 = load i64, i64* %788, align 8
  %790 = icmp ult i64 %10, %789
  br i1 %790, label %trap253.site0, label %stack_ok123

trap15.site0:                                     ; preds = %e0
  %791 = load i64, i64* %lowStart, align 8
  %792 = getelementptr i64, i64* %regs, i64 6
  store i64 %791, i64* %792, align 8
  %793 = load i64, i64* %lowEnd, align 8
  %794 = getelementptr i64, i64* %regs, i64 7
  store i64 %793, i64* %794, align 8
  %795 = load i64, i64* %highEnd, align 8
  %796 = getelementptr i64, i64* %regs, i64 8
  store i64 %795, i64* %796, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok123:                                      ; preds = %ok122
  %797 = load i64, i64* %fuel, align 8
  %798 = getelementptr i64, i64* %regs, i64 0
  store i64 %797, i64* %798, align 8
  %799 = load i64, i64* %lowStart, align 8
  %800 = getelementptr i64, i64* %regs, i64 6
  store i64 %799, i64* %800, align 8
  %801 = load i64, i64* %lowEnd, align 8
  %802 = getelementptr i64, i64* %regs, i64 7
  store i64 %801, i64* %802, align 8
  %803 = load i64, i64* %highEnd, align 8
  %804 = getelementptr i64, i64* %regs, i64 8
  store i64 %803, i64* %804, align 8
  %805 = add i32 %depth, 1
  %806 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %805, i32 %90, i32 %91, i32 0)
  %807 = getelementptr i64, i64* %regs, i64 0
  %808 = load i64, i64* %807, align 8
  store i64 %808, i64* %fuel, align 8
  %809 = getelementptr i64, i64* %regs, i64 6
  %810 = load i64, i64* %809, align 8
  store i64 %810, i64* %lowStart, align 8
  %811 = getelementptr i64, i64* %regs, i64 7
  %812 = load i64, i64* %811, align 8
  store i64 %812, i64* %lowEnd, align 8
  %813 = getelementptr i64, i64* %regs, i64 8
  %814 = load i64, i64* %813, align 8
  store i64 %814, i64* %highEnd, align 8
  store i32 %806, i32* %json_end, align 4
  %815 = load i32, i32* %json_end, align 4
  %816 = icmp eq i32 %815, -2
  %817 = zext i1 %816 to i32
  %818 = icmp ne i32 %817, 0
  br i1 %818, label %then124, label %else125

then124:                                          ; preds = %stack_ok123
  br label %trap16.site18

else125:                                          ; preds = %stack_ok123
  br label %join126

join126:                                          ; preds = %else125, %dead127
  %819 = load i32, i32* %json_end, align 4
  %820 = icmp eq i32 %819, -1
  %821 = zext i1 %820 to i32
  %822 = icmp ne i32 %821, 0
  br i1 %822, label %then128, label %else129

trap16.site18:                                    ; preds = %then124
  %823 = load i64, i64* %lowStart, align 8
  %824 = getelementptr i64, i64* %regs, i64 6
  store i64 %823, i64* %824, align 8
  %825 = load i64, i64* %lowEnd, align 8
  %826 = getelementptr i64, i64* %regs, i64 7
  store i64 %825, i64* %826, align 8
  %827 = load i64, i64* %highEnd, align 8
  %828 = getelementptr i64, i64* %regs, i64 8
  store i64 %827, i64* %828, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 18)
  unreachable

dead127:                                          ; No predecessors!
  br label %join126

then128:                                          ; preds = %join126
  br label %trap15.site18

else129:                                          ; preds = %join126
  br label %join130

join130:                                          ; preds = %else129, %dead131
  %829 = load i32, i32* %json_end, align 4
  %830 = zext i32 %829 to i64
  %831 = getelementptr i64, i64* %regs, i64 3
  store i64 %830, i64* %831, align 8
  %832 = load i32, i32* %json_end, align 4
  %833 = load i32, i32* %json_start, align 4
  %834 = sub i32 %832, %833
  %835 = load i64, i64* %fuel, align 8
  %836 = getelementptr i64, i64* %regs, i64 0
  store i64 %835, i64* %836, align 8
  %837 = load i64, i64* %lowStart, align 8
  %838 = getelementptr i64, i64* %regs, i64 6
  store i64 %837, i64* %838, align 8
  %839 = load i64, i64* %lowEnd, align 8
  %840 = getelementptr i64, i64* %regs, i64 7
  store i64 %839, i64* %840, align 8
  %841 = load i64, i64* %highEnd, align 8
  %842 = getelementptr i64, i64* %regs, i64 8
  store i64 %841, i64* %842, align 8
  ret i32 %834

trap15.site18:                                    ; preds = %then128
  %843 = load i64, i64* %lowStart, align 8
  %844 = getelementptr i64, i64* %regs, i64 6
  store i64 %843, i64* %844, align 8
  %845 = load i64, i64* %lowEnd, align 8
  %846 = getelementptr i64, i64* %regs, i64 7
  store i64 %845, i64* %846, align 8
  %847 = load i64, i64* %highEnd, align 8
  %848 = getelementptr i64, i64* %regs, i64 8
  store i64 %847, i64* %848, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

dead131:                                          ; No predecessors!
  br label %join130
}

define internal i64 @m0.fn.adders.lambda(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %v.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %unaligned = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i64, i64* %v, align 8
  %7 = load i32, i32* %env, align 4
  %8 = zext i32 %7 to i64
  %9 = add i64 %8, 8
  %10 = icmp ugt i64 %9, %arena_size
  br i1 %10, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %11 = getelementptr i8, i8* %mem, i64 %8
  %12 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %12, i8* %11, i64 8, i1 false)
  %13 = load i64, i64* %unaligned, align 8
  %14 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %6, i64 %13)
  %15 = extractvalue { i64, i1 } %14, 1
  br i1 %15, label %trap2.site19, label %ok2

trap17.site0:                                     ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %16 = extractvalue { i64, i1 } %14, 0
  %17 = load i64, i64* %fuel, align 8
  %18 = getelementptr i64, i64* %regs, i64 0
  store i64 %17, i64* %18, align 8
  ret i64 %16

trap2.site19:                                     ; preds = %ok1
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable
}
