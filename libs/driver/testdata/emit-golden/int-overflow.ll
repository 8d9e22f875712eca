; From libs/driver/testdata/emit-golden/int-overflow.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/int-overflow.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (30):
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
;   @m0.codec.enc.int.1
;   @m0.codec.enc.list.2
;   @m0.codec.enc.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.ssub.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
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
  %arg0_at = alloca i32, align 4
  store i32 0, i32* %arg0_at, align 4
  %arg1_at = alloca i32, align 4
  store i32 0, i32* %arg1_at, align 4
  %arg2_at = alloca i32, align 4
  store i32 0, i32* %arg2_at, align 4
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
  %arg.1 = alloca i64, align 8
  store i64 0, i64* %arg.1, align 8
  %cell.2 = alloca i32, align 4
  store i32 0, i32* %cell.2, align 4
  %arg.2 = alloca i32, align 4
  store i32 0, i32* %arg.2, align 4
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
  %unaligned96 = alloca i64, align 8
  %unaligned109 = alloca i64, align 8
  %unaligned122 = alloca i32, align 4
  %unaligned129 = alloca i64, align 8
  %unaligned131 = alloca i64, align 8
  %unaligned133 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %ws18, %ws16, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %ok114, %join112, %ok101, %join99, %ok88, %join86, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok115, %ok102, %ok89, %ok67, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok130, %ok128, %ok127, %join119, %join106, %join93, %cont79, %ws_done15, %cont70, %cont59, %cont54, %then45, %then37, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join77
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then84, label %else85

args4:                                            ; preds = %ws_done17, %then17
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

match5:                                           ; preds = %join47, %then49, %then41, %then33
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
  %253 = icmp eq i32 %252, 1
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then37, label %else38

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = load i8, i8* %256, align 1
  %258 = zext i8 %257 to i32
  %259 = icmp eq i32 %258, 97
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
  %264 = add i64 %263, 1
  %265 = icmp ugt i64 %264, %arena_size
  br i1 %265, label %trap17.site0, label %ok40

else38:                                           ; preds = %join31
  br label %join39

join39:                                           ; preds = %else38, %join43
  %266 = load i32, i32* %args_klen, align 4
  %267 = icmp eq i32 %266, 2
  %268 = zext i1 %267 to i32
  %269 = icmp ne i32 %268, 0
  br i1 %269, label %then45, label %else46

ok40:                                             ; preds = %then37
  %270 = getelementptr i8, i8* %mem, i64 %263
  %271 = load i8, i8* %270, align 1
  %272 = zext i8 %271 to i32
  %273 = icmp eq i32 %272, 98
  %274 = zext i1 %273 to i32
  %275 = icmp ne i32 %274, 0
  br i1 %275, label %then41, label %else42

then41:                                           ; preds = %ok40
  store i32 1, i32* %result, align 4
  br label %match5

else42:                                           ; preds = %ok40
  br label %join43

join43:                                           ; preds = %else42, %dead44
  br label %join39

dead44:                                           ; No predecessors!
  br label %join43

then45:                                           ; preds = %join39
  %276 = load i32, i32* %args_kp, align 4
  %277 = zext i32 %276 to i64
  %278 = add i64 %277, 2
  %279 = icmp ugt i64 %278, %arena_size
  br i1 %279, label %trap17.site0, label %ok48

else46:                                           ; preds = %join39
  br label %join47

join47:                                           ; preds = %else46, %join51
  store i32 -1, i32* %result, align 4
  br label %match5

ok48:                                             ; preds = %then45
  %280 = getelementptr i8, i8* %mem, i64 %277
  %281 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %281, i8* %280, i64 2, i1 false)
  %282 = load i16, i16* %unaligned, align 2
  %283 = zext i16 %282 to i32
  %284 = icmp eq i32 %283, 29560
  %285 = zext i1 %284 to i32
  %286 = icmp ne i32 %285, 0
  br i1 %286, label %then49, label %else50

then49:                                           ; preds = %ok48
  store i32 2, i32* %result, align 4
  br label %match5

else50:                                           ; preds = %ok48
  br label %join51

join51:                                           ; preds = %else50, %dead52
  br label %join47

dead52:                                           ; No predecessors!
  br label %join51

ws_done6:                                         ; preds = %dead57, %ok55, %ok53
  %287 = load i32, i32* %args_pos, align 4
  %288 = add i32 %287, 1
  store i32 %288, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont56, %match5
  %289 = load i64, i64* %fuel, align 8
  %290 = icmp ult i64 %289, 1
  br i1 %290, label %trap14.site0, label %ok53

ok53:                                             ; preds = %ws7
  %291 = sub i64 %289, 1
  store i64 %291, i64* %fuel, align 8
  %292 = load i32, i32* %args_pos, align 4
  %293 = load i32, i32* %args_end, align 4
  %294 = icmp uge i32 %292, %293
  %295 = zext i1 %294 to i32
  %296 = icmp ne i32 %295, 0
  br i1 %296, label %ws_done6, label %cont54

cont54:                                           ; preds = %ok53
  %297 = load i32, i32* %args_pos, align 4
  %298 = zext i32 %297 to i64
  %299 = add i64 %298, 1
  %300 = icmp ugt i64 %299, %arena_size
  br i1 %300, label %trap17.site0, label %ok55

ok55:                                             ; preds = %cont54
  %301 = getelementptr i8, i8* %mem, i64 %298
  %302 = load i8, i8* %301, align 1
  %303 = zext i8 %302 to i32
  store i32 %303, i32* %ws, align 4
  %304 = load i32, i32* %ws, align 4
  %305 = icmp ule i32 %304, 32
  %306 = zext i1 %305 to i32
  %307 = icmp eq i32 %306, 0
  %308 = zext i1 %307 to i32
  %309 = icmp ne i32 %308, 0
  br i1 %309, label %ws_done6, label %cont56

cont56:                                           ; preds = %ok55
  %310 = load i32, i32* %args_pos, align 4
  %311 = add i32 %310, 1
  store i32 %311, i32* %args_pos, align 4
  br label %ws7

dead57:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead62, %ok60, %ok58
  %312 = load i32, i32* %args_c, align 4
  switch i32 %312, label %default11 [
    i32 0, label %case14
    i32 1, label %case13
    i32 2, label %case12
  ]

ws9:                                              ; preds = %cont61, %ws_done6
  %313 = load i64, i64* %fuel, align 8
  %314 = icmp ult i64 %313, 1
  br i1 %314, label %trap14.site0, label %ok58

ok58:                                             ; preds = %ws9
  %315 = sub i64 %313, 1
  store i64 %315, i64* %fuel, align 8
  %316 = load i32, i32* %args_pos, align 4
  %317 = load i32, i32* %args_end, align 4
  %318 = icmp uge i32 %316, %317
  %319 = zext i1 %318 to i32
  %320 = icmp ne i32 %319, 0
  br i1 %320, label %ws_done8, label %cont59

cont59:                                           ; preds = %ok58
  %321 = load i32, i32* %args_pos, align 4
  %322 = zext i32 %321 to i64
  %323 = add i64 %322, 1
  %324 = icmp ugt i64 %323, %arena_size
  br i1 %324, label %trap17.site0, label %ok60

ok60:                                             ; preds = %cont59
  %325 = getelementptr i8, i8* %mem, i64 %322
  %326 = load i8, i8* %325, align 1
  %327 = zext i8 %326 to i32
  store i32 %327, i32* %ws, align 4
  %328 = load i32, i32* %ws, align 4
  %329 = icmp ule i32 %328, 32
  %330 = zext i1 %329 to i32
  %331 = icmp eq i32 %330, 0
  %332 = zext i1 %331 to i32
  %333 = icmp ne i32 %332, 0
  br i1 %333, label %ws_done8, label %cont61

cont61:                                           ; preds = %ok60
  %334 = load i32, i32* %args_pos, align 4
  %335 = add i32 %334, 1
  store i32 %335, i32* %args_pos, align 4
  br label %ws9

dead62:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13, %case14
  %336 = load i32, i32* %args_pos, align 4
  %337 = load i32, i32* %args_end, align 4
  %338 = icmp uge i32 %depth, 1000
  br i1 %338, label %trap15.site0, label %ok67

default11:                                        ; preds = %dead66, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead65, %ws_done8
  %339 = load i32, i32* %args_pos, align 4
  store i32 %339, i32* %arg2_at, align 4
  br label %switch10

case13:                                           ; preds = %dead64, %ws_done8
  %340 = load i32, i32* %args_pos, align 4
  store i32 %340, i32* %arg1_at, align 4
  br label %switch10

case14:                                           ; preds = %dead63, %ws_done8
  %341 = load i32, i32* %args_pos, align 4
  store i32 %341, i32* %arg0_at, align 4
  br label %switch10

dead63:                                           ; No predecessors!
  br label %case14

dead64:                                           ; No predecessors!
  br label %case13

dead65:                                           ; No predecessors!
  br label %case12

dead66:                                           ; No predecessors!
  br label %default11

ok67:                                             ; preds = %switch10
  %342 = getelementptr i64, i64* %regs, i64 10
  %343 = load i64, i64* %342, align 8
  %344 = icmp ult i64 %10, %343
  br i1 %344, label %trap253.site0, label %stack_ok68

stack_ok68:                                       ; preds = %ok67
  %345 = load i64, i64* %fuel, align 8
  %346 = getelementptr i64, i64* %regs, i64 0
  store i64 %345, i64* %346, align 8
  %347 = load i64, i64* %lowStart, align 8
  %348 = getelementptr i64, i64* %regs, i64 6
  store i64 %347, i64* %348, align 8
  %349 = load i64, i64* %lowEnd, align 8
  %350 = getelementptr i64, i64* %regs, i64 7
  store i64 %349, i64* %350, align 8
  %351 = load i64, i64* %highEnd, align 8
  %352 = getelementptr i64, i64* %regs, i64 8
  store i64 %351, i64* %352, align 8
  %353 = add i32 %depth, 1
  %354 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %353, i32 %336, i32 %337)
  %355 = getelementptr i64, i64* %regs, i64 0
  %356 = load i64, i64* %355, align 8
  store i64 %356, i64* %fuel, align 8
  %357 = getelementptr i64, i64* %regs, i64 6
  %358 = load i64, i64* %357, align 8
  store i64 %358, i64* %lowStart, align 8
  %359 = getelementptr i64, i64* %regs, i64 7
  %360 = load i64, i64* %359, align 8
  store i64 %360, i64* %lowEnd, align 8
  %361 = getelementptr i64, i64* %regs, i64 8
  %362 = load i64, i64* %361, align 8
  store i64 %362, i64* %highEnd, align 8
  store i32 %354, i32* %args_pos, align 4
  br label %ws16

ws_done15:                                        ; preds = %dead73, %ok71, %ok69
  %363 = load i32, i32* %args_pos, align 4
  %364 = zext i32 %363 to i64
  %365 = add i64 %364, 1
  %366 = icmp ugt i64 %365, %arena_size
  br i1 %366, label %trap17.site0, label %ok74

ws16:                                             ; preds = %cont72, %stack_ok68
  %367 = load i64, i64* %fuel, align 8
  %368 = icmp ult i64 %367, 1
  br i1 %368, label %trap14.site0, label %ok69

ok69:                                             ; preds = %ws16
  %369 = sub i64 %367, 1
  store i64 %369, i64* %fuel, align 8
  %370 = load i32, i32* %args_pos, align 4
  %371 = load i32, i32* %args_end, align 4
  %372 = icmp uge i32 %370, %371
  %373 = zext i1 %372 to i32
  %374 = icmp ne i32 %373, 0
  br i1 %374, label %ws_done15, label %cont70

cont70:                                           ; preds = %ok69
  %375 = load i32, i32* %args_pos, align 4
  %376 = zext i32 %375 to i64
  %377 = add i64 %376, 1
  %378 = icmp ugt i64 %377, %arena_size
  br i1 %378, label %trap17.site0, label %ok71

ok71:                                             ; preds = %cont70
  %379 = getelementptr i8, i8* %mem, i64 %376
  %380 = load i8, i8* %379, align 1
  %381 = zext i8 %380 to i32
  store i32 %381, i32* %ws, align 4
  %382 = load i32, i32* %ws, align 4
  %383 = icmp ule i32 %382, 32
  %384 = zext i1 %383 to i32
  %385 = icmp eq i32 %384, 0
  %386 = zext i1 %385 to i32
  %387 = icmp ne i32 %386, 0
  br i1 %387, label %ws_done15, label %cont72

cont72:                                           ; preds = %ok71
  %388 = load i32, i32* %args_pos, align 4
  %389 = add i32 %388, 1
  store i32 %389, i32* %args_pos, align 4
  br label %ws16

dead73:                                           ; No predecessors!
  br label %ws_done15

ok74:                                             ; preds = %ws_done15
  %390 = getelementptr i8, i8* %mem, i64 %364
  %391 = load i8, i8* %390, align 1
  %392 = zext i8 %391 to i32
  store i32 %392, i32* %args_c, align 4
  %393 = load i32, i32* %args_pos, align 4
  %394 = add i32 %393, 1
  store i32 %394, i32* %args_pos, align 4
  %395 = load i32, i32* %args_c, align 4
  %396 = icmp eq i32 %395, 44
  %397 = zext i1 %396 to i32
  %398 = icmp ne i32 %397, 0
  br i1 %398, label %then75, label %else76

then75:                                           ; preds = %ok74
  br label %ws18

else76:                                           ; preds = %ok74
  br label %join77

join77:                                           ; preds = %else76, %dead83
  br label %join19

ws_done17:                                        ; preds = %dead82, %ok80, %ok78
  br label %args4

ws18:                                             ; preds = %cont81, %then75
  %399 = load i64, i64* %fuel, align 8
  %400 = icmp ult i64 %399, 1
  br i1 %400, label %trap14.site0, label %ok78

ok78:                                             ; preds = %ws18
  %401 = sub i64 %399, 1
  store i64 %401, i64* %fuel, align 8
  %402 = load i32, i32* %args_pos, align 4
  %403 = load i32, i32* %args_end, align 4
  %404 = icmp uge i32 %402, %403
  %405 = zext i1 %404 to i32
  %406 = icmp ne i32 %405, 0
  br i1 %406, label %ws_done17, label %cont79

cont79:                                           ; preds = %ok78
  %407 = load i32, i32* %args_pos, align 4
  %408 = zext i32 %407 to i64
  %409 = add i64 %408, 1
  %410 = icmp ugt i64 %409, %arena_size
  br i1 %410, label %trap17.site0, label %ok80

ok80:                                             ; preds = %cont79
  %411 = getelementptr i8, i8* %mem, i64 %408
  %412 = load i8, i8* %411, align 1
  %413 = zext i8 %412 to i32
  store i32 %413, i32* %ws, align 4
  %414 = load i32, i32* %ws, align 4
  %415 = icmp ule i32 %414, 32
  %416 = zext i1 %415 to i32
  %417 = icmp eq i32 %416, 0
  %418 = zext i1 %417 to i32
  %419 = icmp ne i32 %418, 0
  br i1 %419, label %ws_done17, label %cont81

cont81:                                           ; preds = %ok80
  %420 = load i32, i32* %args_pos, align 4
  %421 = add i32 %420, 1
  store i32 %421, i32* %args_pos, align 4
  br label %ws18

dead82:                                           ; No predecessors!
  br label %ws_done17

dead83:                                           ; No predecessors!
  br label %join77

then84:                                           ; preds = %join19
  br label %trap9.site2

else85:                                           ; preds = %join19
  br label %join86

join86:                                           ; preds = %else85, %dead87
  %422 = getelementptr i64, i64* %regs, i64 1
  %423 = getelementptr i64, i64* %regs, i64 2
  %424 = load i64, i64* %422, align 8
  %425 = add i64 %424, 7
  %426 = and i64 %425, -8
  %427 = add i64 %426, 8
  %428 = load i64, i64* %423, align 8
  %429 = icmp ugt i64 %427, %428
  br i1 %429, label %trap15.site0, label %ok88

trap9.site2:                                      ; preds = %then84
  %430 = load i64, i64* %lowStart, align 8
  %431 = getelementptr i64, i64* %regs, i64 6
  store i64 %430, i64* %431, align 8
  %432 = load i64, i64* %lowEnd, align 8
  %433 = getelementptr i64, i64* %regs, i64 7
  store i64 %432, i64* %433, align 8
  %434 = load i64, i64* %highEnd, align 8
  %435 = getelementptr i64, i64* %regs, i64 8
  store i64 %434, i64* %435, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead87:                                           ; No predecessors!
  br label %join86

ok88:                                             ; preds = %join86
  store i64 %427, i64* %422, align 8
  %436 = trunc i64 %426 to i32
  store i32 %436, i32* %cell, align 4
  %437 = load i32, i32* %arg0_at, align 4
  %438 = load i32, i32* %args_end, align 4
  %439 = load i32, i32* %cell, align 4
  %440 = icmp uge i32 %depth, 1000
  br i1 %440, label %trap15.site0, label %ok89

ok89:                                             ; preds = %ok88
  %441 = getelementptr i64, i64* %regs, i64 10
  %442 = load i64, i64* %441, align 8
  %443 = icmp ult i64 %10, %442
  br i1 %443, label %trap253.site0, label %stack_ok90

stack_ok90:                                       ; preds = %ok89
  %444 = load i64, i64* %fuel, align 8
  %445 = getelementptr i64, i64* %regs, i64 0
  store i64 %444, i64* %445, align 8
  %446 = load i64, i64* %lowStart, align 8
  %447 = getelementptr i64, i64* %regs, i64 6
  store i64 %446, i64* %447, align 8
  %448 = load i64, i64* %lowEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 7
  store i64 %448, i64* %449, align 8
  %450 = load i64, i64* %highEnd, align 8
  %451 = getelementptr i64, i64* %regs, i64 8
  store i64 %450, i64* %451, align 8
  %452 = add i32 %depth, 1
  %453 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %452, i32 %437, i32 %438, i32 %439)
  %454 = getelementptr i64, i64* %regs, i64 0
  %455 = load i64, i64* %454, align 8
  store i64 %455, i64* %fuel, align 8
  %456 = getelementptr i64, i64* %regs, i64 6
  %457 = load i64, i64* %456, align 8
  store i64 %457, i64* %lowStart, align 8
  %458 = getelementptr i64, i64* %regs, i64 7
  %459 = load i64, i64* %458, align 8
  store i64 %459, i64* %lowEnd, align 8
  %460 = getelementptr i64, i64* %regs, i64 8
  %461 = load i64, i64* %460, align 8
  store i64 %461, i64* %highEnd, align 8
  %462 = icmp slt i32 %453, 0
  %463 = zext i1 %462 to i32
  %464 = icmp ne i32 %463, 0
  br i1 %464, label %then91, label %else92

then91:                                           ; preds = %stack_ok90
  br label %trap11.site2

else92:                                           ; preds = %stack_ok90
  br label %join93

join93:                                           ; preds = %else92, %dead94
  %465 = load i32, i32* %cell, align 4
  %466 = zext i32 %465 to i64
  %467 = add i64 %466, 8
  %468 = icmp ugt i64 %467, %arena_size
  br i1 %468, label %trap17.site0, label %ok95

trap11.site2:                                     ; preds = %then91
  %469 = load i64, i64* %lowStart, align 8
  %470 = getelementptr i64, i64* %regs, i64 6
  store i64 %469, i64* %470, align 8
  %471 = load i64, i64* %lowEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 7
  store i64 %471, i64* %472, align 8
  %473 = load i64, i64* %highEnd, align 8
  %474 = getelementptr i64, i64* %regs, i64 8
  store i64 %473, i64* %474, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead94:                                           ; No predecessors!
  br label %join93

ok95:                                             ; preds = %join93
  %475 = getelementptr i8, i8* %mem, i64 %466
  %476 = bitcast i64* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %476, i8* %475, i64 8, i1 false)
  %477 = load i64, i64* %unaligned96, align 8
  store i64 %477, i64* %arg, align 8
  %478 = load i32, i32* %arg1_at, align 4
  %479 = icmp eq i32 %478, 0
  %480 = zext i1 %479 to i32
  %481 = icmp ne i32 %480, 0
  br i1 %481, label %then97, label %else98

then97:                                           ; preds = %ok95
  br label %trap9.site3

else98:                                           ; preds = %ok95
  br label %join99

join99:                                           ; preds = %else98, %dead100
  %482 = getelementptr i64, i64* %regs, i64 1
  %483 = getelementptr i64, i64* %regs, i64 2
  %484 = load i64, i64* %482, align 8
  %485 = add i64 %484, 7
  %486 = and i64 %485, -8
  %487 = add i64 %486, 8
  %488 = load i64, i64* %483, align 8
  %489 = icmp ugt i64 %487, %488
  br i1 %489, label %trap15.site0, label %ok101

trap9.site3:                                      ; preds = %then97
  %490 = load i64, i64* %lowStart, align 8
  %491 = getelementptr i64, i64* %regs, i64 6
  store i64 %490, i64* %491, align 8
  %492 = load i64, i64* %lowEnd, align 8
  %493 = getelementptr i64, i64* %regs, i64 7
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %highEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 8
  store i64 %494, i64* %495, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead100:                                          ; No predecessors!
  br label %join99

ok101:                                            ; preds = %join99
  store i64 %487, i64* %482, align 8
  %496 = trunc i64 %486 to i32
  store i32 %496, i32* %cell.1, align 4
  %497 = load i32, i32* %arg1_at, align 4
  %498 = load i32, i32* %args_end, align 4
  %499 = load i32, i32* %cell.1, align 4
  %500 = icmp uge i32 %depth, 1000
  br i1 %500, label %trap15.site0, label %ok102

ok102:                                            ; preds = %ok101
  %501 = getelementptr i64, i64* %regs, i64 10
  %502 = load i64, i64* %501, align 8
  %503 = icmp ult i64 %10, %502
  br i1 %503, label %trap253.site0, label %stack_ok103

stack_ok103:                                      ; preds = %ok102
  %504 = load i64, i64* %fuel, align 8
  %505 = getelementptr i64, i64* %regs, i64 0
  store i64 %504, i64* %505, align 8
  %506 = load i64, i64* %lowStart, align 8
  %507 = getelementptr i64, i64* %regs, i64 6
  store i64 %506, i64* %507, align 8
  %508 = load i64, i64* %lowEnd, align 8
  %509 = getelementptr i64, i64* %regs, i64 7
  store i64 %508, i64* %509, align 8
  %510 = load i64, i64* %highEnd, align 8
  %511 = getelementptr i64, i64* %regs, i64 8
  store i64 %510, i64* %511, align 8
  %512 = add i32 %depth, 1
  %513 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %512, i32 %497, i32 %498, i32 %499)
  %514 = getelementptr i64, i64* %regs, i64 0
  %515 = load i64, i64* %514, align 8
  store i64 %515, i64* %fuel, align 8
  %516 = getelementptr i64, i64* %regs, i64 6
  %517 = load i64, i64* %516, align 8
  store i64 %517, i64* %lowStart, align 8
  %518 = getelementptr i64, i64* %regs, i64 7
  %519 = load i64, i64* %518, align 8
  store i64 %519, i64* %lowEnd, align 8
  %520 = getelementptr i64, i64* %regs, i64 8
  %521 = load i64, i64* %520, align 8
  store i64 %521, i64* %highEnd, align 8
  %522 = icmp slt i32 %513, 0
  %523 = zext i1 %522 to i32
  %524 = icmp ne i32 %523, 0
  br i1 %524, label %then104, label %else105

then104:                                          ; preds = %stack_ok103
  br label %trap11.site3

else105:                                          ; preds = %stack_ok103
  br label %join106

join106:                                          ; preds = %else105, %dead107
  %525 = load i32, i32* %cell.1, align 4
  %526 = zext i32 %525 to i64
  %527 = add i64 %526, 8
  %528 = icmp ugt i64 %527, %arena_size
  br i1 %528, label %trap17.site0, label %ok108

trap11.site3:                                     ; preds = %then104
  %529 = load i64, i64* %lowStart, align 8
  %530 = getelementptr i64, i64* %regs, i64 6
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %lowEnd, align 8
  %532 = getelementptr i64, i64* %regs, i64 7
  store i64 %531, i64* %532, align 8
  %533 = load i64, i64* %highEnd, align 8
  %534 = getelementptr i64, i64* %regs, i64 8
  store i64 %533, i64* %534, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead107:                                          ; No predecessors!
  br label %join106

ok108:                                            ; preds = %join106
  %535 = getelementptr i8, i8* %mem, i64 %526
  %536 = bitcast i64* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %536, i8* %535, i64 8, i1 false)
  %537 = load i64, i64* %unaligned109, align 8
  store i64 %537, i64* %arg.1, align 8
  %538 = load i32, i32* %arg2_at, align 4
  %539 = icmp eq i32 %538, 0
  %540 = zext i1 %539 to i32
  %541 = icmp ne i32 %540, 0
  br i1 %541, label %then110, label %else111

then110:                                          ; preds = %ok108
  br label %trap9.site4

else111:                                          ; preds = %ok108
  br label %join112

join112:                                          ; preds = %else111, %dead113
  %542 = getelementptr i64, i64* %regs, i64 1
  %543 = getelementptr i64, i64* %regs, i64 2
  %544 = load i64, i64* %542, align 8
  %545 = add i64 %544, 3
  %546 = and i64 %545, -4
  %547 = add i64 %546, 4
  %548 = load i64, i64* %543, align 8
  %549 = icmp ugt i64 %547, %548
  br i1 %549, label %trap15.site0, label %ok114

trap9.site4:                                      ; preds = %then110
  %550 = load i64, i64* %lowStart, align 8
  %551 = getelementptr i64, i64* %regs, i64 6
  store i64 %550, i64* %551, align 8
  %552 = load i64, i64* %lowEnd, align 8
  %553 = getelementptr i64, i64* %regs, i64 7
  store i64 %552, i64* %553, align 8
  %554 = load i64, i64* %highEnd, align 8
  %555 = getelementptr i64, i64* %regs, i64 8
  store i64 %554, i64* %555, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 4)
  unreachable

dead113:                                          ; No predecessors!
  br label %join112

ok114:                                            ; preds = %join112
  store i64 %547, i64* %542, align 8
  %556 = trunc i64 %546 to i32
  store i32 %556, i32* %cell.2, align 4
  %557 = load i32, i32* %arg2_at, align 4
  %558 = load i32, i32* %args_end, align 4
  %559 = load i32, i32* %cell.2, align 4
  %560 = icmp uge i32 %depth, 1000
  br i1 %560, label %trap15.site0, label %ok115

ok115:                                            ; preds = %ok114
  %561 = getelementptr i64, i64* %regs, i64 10
  %562 = load i64, i64* %561, align 8
  %563 = icmp ult i64 %10, %562
  br i1 %563, label %trap253.site0, label %stack_ok116

stack_ok116:                                      ; preds = %ok115
  %564 = load i64, i64* %fuel, align 8
  %565 = getelementptr i64, i64* %regs, i64 0
  store i64 %564, i64* %565, align 8
  %566 = load i64, i64* %lowStart, align 8
  %567 = getelementptr i64, i64* %regs, i64 6
  store i64 %566, i64* %567, align 8
  %568 = load i64, i64* %lowEnd, align 8
  %569 = getelementptr i64, i64* %regs, i64 7
  store i64 %568, i64* %569, align 8
  %570 = load i64, i64* %highEnd, align 8
  %571 = getelementptr i64, i64* %regs, i64 8
  store i64 %570, i64* %571, align 8
  %572 = add i32 %depth, 1
  %573 = call i32 @m0.codec.dec.list.1(i64* %regs, i8* %mem, i32 %572, i32 %557, i32 %558, i32 %559)
  %574 = getelementptr i64, i64* %regs, i64 0
  %575 = load i64, i64* %574, align 8
  store i64 %575, i64* %fuel, align 8
  %576 = getelementptr i64, i64* %regs, i64 6
  %577 = load i64, i64* %576, align 8
  store i64 %577, i64* %lowStart, align 8
  %578 = getelementptr i64, i64* %regs, i64 7
  %579 = load i64, i64* %578, align 8
  store i64 %579, i64* %lowEnd, align 8
  %580 = getelementptr i64, i64* %regs, i64 8
  %581 = load i64, i64* %580, align 8
  store i64 %581, i64* %highEnd, align 8
  %582 = icmp slt i32 %573, 0
  %583 = zext i1 %582 to i32
  %584 = icmp ne i32 %583, 0
  br i1 %584, label %then117, label %else118

then117:                                          ; preds = %stack_ok116
  br label %trap11.site4

else118:                                          ; preds = %stack_ok116
  br label %join119

join119:                                          ; preds = %else118, %dead120
  %585 = load i32, i32* %cell.2, align 4
  %586 = zext i32 %585 to i64
  %587 = add i64 %586, 4
  %588 = icmp ugt i64 %587, %arena_size
  br i1 %588, label %trap17.site0, label %ok121

trap11.site4:                                     ; preds = %then117
  %589 = load i64, i64* %lowStart, align 8
  %590 = getelementptr i64, i64* %regs, i64 6
  store i64 %589, i64* %590, align 8
  %591 = load i64, i64* %lowEnd, align 8
  %592 = getelementptr i64, i64* %regs, i64 7
  store i64 %591, i64* %592, align 8
  %593 = load i64, i64* %highEnd, align 8
  %594 = getelementptr i64, i64* %regs, i64 8
  store i64 %593, i64* %594, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 4)
  unreachable

dead120:                                          ; No predecessors!
  br label %join119

ok121:                                            ; preds = %join119
  %595 = getelementptr i8, i8* %mem, i64 %586
  %596 = bitcast i32* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %596, i8* %595, i64 4, i1 false)
  %597 = load i32, i32* %unaligned122, align 4
  store i32 %597, i32* %arg.2, align 4
  %598 = load i32, i32* %args_unexpected, align 4
  %599 = icmp ne i32 %598, 0
  br i1 %599, label %then123, label %else124

then123:                                          ; preds = %ok121
  br label %trap10.site1

else124:                                          ; preds = %ok121
  br label %join125

join125:                                          ; preds = %else124, %dead126
  %600 = getelementptr i64, i64* %regs, i64 1
  %601 = getelementptr i64, i64* %regs, i64 2
  %602 = load i64, i64* %600, align 8
  %603 = add i64 %602, 7
  %604 = and i64 %603, -8
  %605 = add i64 %604, 24
  %606 = load i64, i64* %601, align 8
  %607 = icmp ugt i64 %605, %606
  br i1 %607, label %trap15.site1, label %ok127

trap10.site1:                                     ; preds = %then123
  %608 = load i64, i64* %lowStart, align 8
  %609 = getelementptr i64, i64* %regs, i64 6
  store i64 %608, i64* %609, align 8
  %610 = load i64, i64* %lowEnd, align 8
  %611 = getelementptr i64, i64* %regs, i64 7
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %highEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 8
  store i64 %612, i64* %613, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead126:                                          ; No predecessors!
  br label %join125

ok127:                                            ; preds = %join125
  store i64 %605, i64* %600, align 8
  %614 = trunc i64 %604 to i32
  store i32 %614, i32* %args_out, align 4
  %615 = load i32, i32* %args_out, align 4
  %616 = load i64, i64* %arg, align 8
  %617 = zext i32 %615 to i64
  %618 = add i64 %617, 8
  %619 = icmp ugt i64 %618, %arena_size
  br i1 %619, label %trap17.site0, label %ok128

trap15.site1:                                     ; preds = %join125
  %620 = load i64, i64* %lowStart, align 8
  %621 = getelementptr i64, i64* %regs, i64 6
  store i64 %620, i64* %621, align 8
  %622 = load i64, i64* %lowEnd, align 8
  %623 = getelementptr i64, i64* %regs, i64 7
  store i64 %622, i64* %623, align 8
  %624 = load i64, i64* %highEnd, align 8
  %625 = getelementptr i64, i64* %regs, i64 8
  store i64 %624, i64* %625, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok128:                                            ; preds = %ok127
  %626 = getelementptr i8, i8* %mem, i64 %617
  %627 = icmp ult i64 %617, %scratch_start
  %628 = load i64, i64* %lowEnd, align 8
  %629 = load i64, i64* %highEnd, align 8
  %630 = call i64 @llvm.umax.i64(i64 %628, i64 %618)
  %631 = select i1 %627, i64 %630, i64 %628
  store i64 %631, i64* %lowEnd, align 8
  %632 = call i64 @llvm.umax.i64(i64 %629, i64 %618)
  %633 = select i1 %627, i64 %629, i64 %632
  store i64 %633, i64* %highEnd, align 8
  %634 = load i64, i64* %lowStart, align 8
  %635 = call i64 @llvm.umin.i64(i64 %634, i64 %617)
  store i64 %635, i64* %lowStart, align 8
  store i64 %616, i64* %unaligned129, align 8
  %636 = bitcast i64* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %626, i8* %636, i64 8, i1 false)
  %637 = load i32, i32* %args_out, align 4
  %638 = load i64, i64* %arg.1, align 8
  %639 = zext i32 %637 to i64
  %640 = add i64 %639, 8
  %641 = add i64 %640, 8
  %642 = icmp ugt i64 %641, %arena_size
  br i1 %642, label %trap17.site0, label %ok130

ok130:                                            ; preds = %ok128
  %643 = getelementptr i8, i8* %mem, i64 %640
  %644 = icmp ult i64 %640, %scratch_start
  %645 = load i64, i64* %lowEnd, align 8
  %646 = load i64, i64* %highEnd, align 8
  %647 = call i64 @llvm.umax.i64(i64 %645, i64 %641)
  %648 = select i1 %644, i64 %647, i64 %645
  store i64 %648, i64* %lowEnd, align 8
  %649 = call i64 @llvm.umax.i64(i64 %646, i64 %641)
  %650 = select i1 %644, i64 %646, i64 %649
  store i64 %650, i64* %highEnd, align 8
  %651 = load i64, i64* %lowStart, align 8
  %652 = call i64 @llvm.umin.i64(i64 %651, i64 %640)
  store i64 %652, i64* %lowStart, align 8
  store i64 %638, i64* %unaligned131, align 8
  %653 = bitcast i64* %unaligned131 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %643, i8* %653, i64 8, i1 false)
  %654 = load i32, i32* %args_out, align 4
  %655 = load i32, i32* %arg.2, align 4
  %656 = zext i32 %654 to i64
  %657 = add i64 %656, 16
  %658 = add i64 %657, 4
  %659 = icmp ugt i64 %658, %arena_size
  br i1 %659, label %trap17.site0, label %ok132

ok132:                                            ; preds = %ok130
  %660 = getelementptr i8, i8* %mem, i64 %657
  %661 = icmp ult i64 %657, %scratch_start
  %662 = load i64, i64* %lowEnd, align 8
  %663 = load i64, i64* %highEnd, align 8
  %664 = call i64 @llvm.umax.i64(i64 %662, i64 %658)
  %665 = select i1 %661, i64 %664, i64 %662
  store i64 %665, i64* %lowEnd, align 8
  %666 = call i64 @llvm.umax.i64(i64 %663, i64 %658)
  %667 = select i1 %661, i64 %663, i64 %666
  store i64 %667, i64* %highEnd, align 8
  %668 = load i64, i64* %lowStart, align 8
  %669 = call i64 @llvm.umin.i64(i64 %668, i64 %657)
  store i64 %669, i64* %lowStart, align 8
  store i32 %655, i32* %unaligned133, align 4
  %670 = bitcast i32* %unaligned133 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %660, i8* %670, i64 4, i1 false)
  %671 = load i32, i32* %args_out, align 4
  %672 = load i64, i64* %fuel, align 8
  %673 = getelementptr i64, i64* %regs, i64 0
  store i64 %672, i64* %673, align 8
  %674 = load i64, i64* %lowStart, align 8
  %675 = getelementptr i64, i64* %regs, i64 6
  store i64 %674, i64* %675, align 8
  %676 = load i64, i64* %lowEnd, align 8
  %677 = getelementptr i64, i64* %regs, i64 7
  store i64 %676, i64* %677, align 8
  %678 = load i64, i64* %highEnd, align 8
  %679 = getelementptr i64, i64* %regs, i64 8
  store i64 %678, i64* %679, align 8
  ret i32 %671
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
  %a = alloca i64, align 8
  store i64 0, i64* %a, align 8
  %b = alloca i64, align 8
  store i64 0, i64* %b, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %add = alloca i64, align 8
  store i64 0, i64* %add, align 8
  %sub = alloca i64, align 8
  store i64 0, i64* %sub, align 8
  %mul = alloca i64, align 8
  store i64 0, i64* %mul, align 8
  %div = alloca i64, align 8
  store i64 0, i64* %div, align 8
  %rem = alloca i64, align 8
  store i64 0, i64* %rem, align 8
  %neg = alloca i64, align 8
  store i64 0, i64* %neg, align 8
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %magnitude = alloca i64, align 8
  store i64 0, i64* %magnitude, align 8
  %near_max = alloca i64, align 8
  store i64 0, i64* %near_max, align 8
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %sum = alloca i64, align 8
  store i64 0, i64* %sum, align 8
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x.1 = alloca i64, align 8
  store i64 0, i64* %x.1, align 8
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %acc = alloca i64, align 8
  store i64 0, i64* %acc, align 8
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.2 = alloca i64, align 8
  store i64 0, i64* %x.2, align 8
  %acc.1 = alloca i64, align 8
  store i64 0, i64* %acc.1, align 8
  %v = alloca i64, align 8
  store i64 0, i64* %v, align 8
  %product = alloca i64, align 8
  store i64 0, i64* %product, align 8
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
  %ramp = alloca i32, align 4
  store i32 0, i32* %ramp, align 4
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
  %unaligned4 = alloca i64, align 8
  %unaligned6 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %unaligned11 = alloca i64, align 8
  %unaligned14 = alloca i64, align 8
  %unaligned17 = alloca i64, align 8
  %unaligned21 = alloca i64, align 8
  %unaligned25 = alloca i64, align 8
  %unaligned28 = alloca i64, align 8
  %result29 = alloca i64, align 8
  %result30 = alloca i64, align 8
  %unaligned33 = alloca i64, align 8
  %unaligned36 = alloca i64, align 8
  %result37 = alloca i64, align 8
  %unaligned39 = alloca i32, align 4
  %unaligned42 = alloca i64, align 8
  %unaligned45 = alloca i64, align 8
  %result46 = alloca i64, align 8
  %unaligned48 = alloca i32, align 4
  %unaligned52 = alloca i64, align 8
  %unaligned56 = alloca i64, align 8
  %result57 = alloca i32, align 4
  %result62 = alloca i64, align 8
  %unaligned76 = alloca i64, align 8
  %unaligned79 = alloca i32, align 4
  %unaligned81 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %range41, %each31, %each26, %body
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

trap253.site0:                                    ; preds = %ok82, %ok1
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
  store i64 %62, i64* %a, align 8
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 8
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %e35, %block40, %ok74, %e27, %cont50, %ok44, %e23, %cont, %ok35, %ok34, %e18, %ok26, %ok23, %ok19, %ok15, %ok12, %ok9, %ok3, %ok2, %stack_ok
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
  store i64 %76, i64* %b, align 8
  %77 = load i32, i32* %args, align 4
  %78 = zext i32 %77 to i64
  %79 = add i64 %78, 16
  %80 = add i64 %79, 4
  %81 = icmp ugt i64 %80, %arena_size
  br i1 %81, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %82 = getelementptr i8, i8* %mem, i64 %79
  %83 = bitcast i32* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %83, i8* %82, i64 4, i1 false)
  %84 = load i32, i32* %unaligned6, align 4
  store i32 %84, i32* %xs, align 4
  %85 = getelementptr i64, i64* %regs, i64 1
  %86 = getelementptr i64, i64* %regs, i64 2
  %87 = load i64, i64* %85, align 8
  %88 = add i64 %87, 7
  %89 = and i64 %88, -8
  %90 = add i64 %89, 88
  %91 = load i64, i64* %86, align 8
  %92 = icmp ugt i64 %90, %91
  br i1 %92, label %trap15.site5, label %ok8

e0:                                               ; preds = %ok80
  %93 = load i32, i32* %result7, align 4
  store i32 %93, i32* %result, align 4
  %94 = load i32, i32* %result, align 4
  store i32 %94, i32* %result.1, align 4
  %95 = getelementptr i64, i64* %regs, i64 3
  %96 = load i64, i64* %95, align 8
  %97 = trunc i64 %96 to i32
  store i32 %97, i32* %json_start, align 4
  %98 = load i32, i32* %result.1, align 4
  %99 = load i32, i32* %json_start, align 4
  %100 = icmp uge i32 %depth, 1000
  br i1 %100, label %trap15.site0, label %ok82

ok8:                                              ; preds = %ok5
  store i64 %90, i64* %85, align 8
  %101 = trunc i64 %89 to i32
  store i32 %101, i32* %dict, align 4
  %102 = load i64, i64* %a, align 8
  %103 = load i64, i64* %b, align 8
  %104 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %102, i64 %103)
  %105 = extractvalue { i64, i1 } %104, 1
  br i1 %105, label %trap2.site6, label %ok9

trap15.site5:                                     ; preds = %then88, %ok5
  %106 = load i64, i64* %lowStart, align 8
  %107 = getelementptr i64, i64* %regs, i64 6
  store i64 %106, i64* %107, align 8
  %108 = load i64, i64* %lowEnd, align 8
  %109 = getelementptr i64, i64* %regs, i64 7
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %highEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 8
  store i64 %110, i64* %111, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

ok9:                                              ; preds = %ok8
  %112 = extractvalue { i64, i1 } %104, 0
  store i64 %112, i64* %add, align 8
  %113 = load i32, i32* %dict, align 4
  %114 = load i64, i64* %add, align 8
  %115 = zext i32 %113 to i64
  %116 = add i64 %115, 8
  %117 = icmp ugt i64 %116, %arena_size
  br i1 %117, label %trap17.site0, label %ok10

trap2.site6:                                      ; preds = %ok8
  %118 = load i64, i64* %lowStart, align 8
  %119 = getelementptr i64, i64* %regs, i64 6
  store i64 %118, i64* %119, align 8
  %120 = load i64, i64* %lowEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 7
  store i64 %120, i64* %121, align 8
  %122 = load i64, i64* %highEnd, align 8
  %123 = getelementptr i64, i64* %regs, i64 8
  store i64 %122, i64* %123, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok10:                                             ; preds = %ok9
  %124 = getelementptr i8, i8* %mem, i64 %115
  %125 = icmp ult i64 %115, %scratch_start
  %126 = load i64, i64* %lowEnd, align 8
  %127 = load i64, i64* %highEnd, align 8
  %128 = call i64 @llvm.umax.i64(i64 %126, i64 %116)
  %129 = select i1 %125, i64 %128, i64 %126
  store i64 %129, i64* %lowEnd, align 8
  %130 = call i64 @llvm.umax.i64(i64 %127, i64 %116)
  %131 = select i1 %125, i64 %127, i64 %130
  store i64 %131, i64* %highEnd, align 8
  %132 = load i64, i64* %lowStart, align 8
  %133 = call i64 @llvm.umin.i64(i64 %132, i64 %115)
  store i64 %133, i64* %lowStart, align 8
  store i64 %114, i64* %unaligned11, align 8
  %134 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %124, i8* %134, i64 8, i1 false)
  %135 = load i64, i64* %a, align 8
  %136 = load i64, i64* %b, align 8
  %137 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %135, i64 %136)
  %138 = extractvalue { i64, i1 } %137, 1
  br i1 %138, label %trap2.site7, label %ok12

ok12:                                             ; preds = %ok10
  %139 = extractvalue { i64, i1 } %137, 0
  store i64 %139, i64* %sub, align 8
  %140 = load i32, i32* %dict, align 4
  %141 = load i64, i64* %sub, align 8
  %142 = zext i32 %140 to i64
  %143 = add i64 %142, 8
  %144 = add i64 %143, 8
  %145 = icmp ugt i64 %144, %arena_size
  br i1 %145, label %trap17.site0, label %ok13

trap2.site7:                                      ; preds = %ok10
  %146 = load i64, i64* %lowStart, align 8
  %147 = getelementptr i64, i64* %regs, i64 6
  store i64 %146, i64* %147, align 8
  %148 = load i64, i64* %lowEnd, align 8
  %149 = getelementptr i64, i64* %regs, i64 7
  store i64 %148, i64* %149, align 8
  %150 = load i64, i64* %highEnd, align 8
  %151 = getelementptr i64, i64* %regs, i64 8
  store i64 %150, i64* %151, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

ok13:                                             ; preds = %ok12
  %152 = getelementptr i8, i8* %mem, i64 %143
  %153 = icmp ult i64 %143, %scratch_start
  %154 = load i64, i64* %lowEnd, align 8
  %155 = load i64, i64* %highEnd, align 8
  %156 = call i64 @llvm.umax.i64(i64 %154, i64 %144)
  %157 = select i1 %153, i64 %156, i64 %154
  store i64 %157, i64* %lowEnd, align 8
  %158 = call i64 @llvm.umax.i64(i64 %155, i64 %144)
  %159 = select i1 %153, i64 %155, i64 %158
  store i64 %159, i64* %highEnd, align 8
  %160 = load i64, i64* %lowStart, align 8
  %161 = call i64 @llvm.umin.i64(i64 %160, i64 %143)
  store i64 %161, i64* %lowStart, align 8
  store i64 %141, i64* %unaligned14, align 8
  %162 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %152, i8* %162, i64 8, i1 false)
  %163 = load i64, i64* %a, align 8
  %164 = load i64, i64* %b, align 8
  %165 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %163, i64 %164)
  %166 = extractvalue { i64, i1 } %165, 1
  br i1 %166, label %trap2.site8, label %ok15

ok15:                                             ; preds = %ok13
  %167 = extractvalue { i64, i1 } %165, 0
  store i64 %167, i64* %mul, align 8
  %168 = load i32, i32* %dict, align 4
  %169 = load i64, i64* %mul, align 8
  %170 = zext i32 %168 to i64
  %171 = add i64 %170, 16
  %172 = add i64 %171, 8
  %173 = icmp ugt i64 %172, %arena_size
  br i1 %173, label %trap17.site0, label %ok16

trap2.site8:                                      ; preds = %ok13
  %174 = load i64, i64* %lowStart, align 8
  %175 = getelementptr i64, i64* %regs, i64 6
  store i64 %174, i64* %175, align 8
  %176 = load i64, i64* %lowEnd, align 8
  %177 = getelementptr i64, i64* %regs, i64 7
  store i64 %176, i64* %177, align 8
  %178 = load i64, i64* %highEnd, align 8
  %179 = getelementptr i64, i64* %regs, i64 8
  store i64 %178, i64* %179, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 8)
  unreachable

ok16:                                             ; preds = %ok15
  %180 = getelementptr i8, i8* %mem, i64 %171
  %181 = icmp ult i64 %171, %scratch_start
  %182 = load i64, i64* %lowEnd, align 8
  %183 = load i64, i64* %highEnd, align 8
  %184 = call i64 @llvm.umax.i64(i64 %182, i64 %172)
  %185 = select i1 %181, i64 %184, i64 %182
  store i64 %185, i64* %lowEnd, align 8
  %186 = call i64 @llvm.umax.i64(i64 %183, i64 %172)
  %187 = select i1 %181, i64 %183, i64 %186
  store i64 %187, i64* %highEnd, align 8
  %188 = load i64, i64* %lowStart, align 8
  %189 = call i64 @llvm.umin.i64(i64 %188, i64 %171)
  store i64 %189, i64* %lowStart, align 8
  store i64 %169, i64* %unaligned17, align 8
  %190 = bitcast i64* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %180, i8* %190, i64 8, i1 false)
  %191 = load i64, i64* %a, align 8
  %192 = load i64, i64* %b, align 8
  %193 = icmp eq i64 %192, 0
  br i1 %193, label %trap1.site9, label %ok18

ok18:                                             ; preds = %ok16
  %194 = icmp eq i64 %191, -9223372036854775808
  %195 = icmp eq i64 %192, -1
  %196 = and i1 %194, %195
  br i1 %196, label %trap2.site9, label %ok19

trap1.site9:                                      ; preds = %ok16
  %197 = load i64, i64* %lowStart, align 8
  %198 = getelementptr i64, i64* %regs, i64 6
  store i64 %197, i64* %198, align 8
  %199 = load i64, i64* %lowEnd, align 8
  %200 = getelementptr i64, i64* %regs, i64 7
  store i64 %199, i64* %200, align 8
  %201 = load i64, i64* %highEnd, align 8
  %202 = getelementptr i64, i64* %regs, i64 8
  store i64 %201, i64* %202, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok19:                                             ; preds = %ok18
  %203 = sdiv i64 %191, %192
  store i64 %203, i64* %div, align 8
  %204 = load i32, i32* %dict, align 4
  %205 = load i64, i64* %div, align 8
  %206 = zext i32 %204 to i64
  %207 = add i64 %206, 24
  %208 = add i64 %207, 8
  %209 = icmp ugt i64 %208, %arena_size
  br i1 %209, label %trap17.site0, label %ok20

trap2.site9:                                      ; preds = %ok18
  %210 = load i64, i64* %lowStart, align 8
  %211 = getelementptr i64, i64* %regs, i64 6
  store i64 %210, i64* %211, align 8
  %212 = load i64, i64* %lowEnd, align 8
  %213 = getelementptr i64, i64* %regs, i64 7
  store i64 %212, i64* %213, align 8
  %214 = load i64, i64* %highEnd, align 8
  %215 = getelementptr i64, i64* %regs, i64 8
  store i64 %214, i64* %215, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

ok20:                                             ; preds = %ok19
  %216 = getelementptr i8, i8* %mem, i64 %207
  %217 = icmp ult i64 %207, %scratch_start
  %218 = load i64, i64* %lowEnd, align 8
  %219 = load i64, i64* %highEnd, align 8
  %220 = call i64 @llvm.umax.i64(i64 %218, i64 %208)
  %221 = select i1 %217, i64 %220, i64 %218
  store i64 %221, i64* %lowEnd, align 8
  %222 = call i64 @llvm.umax.i64(i64 %219, i64 %208)
  %223 = select i1 %217, i64 %219, i64 %222
  store i64 %223, i64* %highEnd, align 8
  %224 = load i64, i64* %lowStart, align 8
  %225 = call i64 @llvm.umin.i64(i64 %224, i64 %207)
  store i64 %225, i64* %lowStart, align 8
  store i64 %205, i64* %unaligned21, align 8
  %226 = bitcast i64* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %216, i8* %226, i64 8, i1 false)
  %227 = load i64, i64* %a, align 8
  %228 = load i64, i64* %b, align 8
  %229 = icmp eq i64 %228, 0
  br i1 %229, label %trap1.site10, label %ok22

ok22:                                             ; preds = %ok20
  %230 = icmp eq i64 %227, -9223372036854775808
  %231 = icmp eq i64 %228, -1
  %232 = and i1 %230, %231
  br i1 %232, label %trap2.site10, label %ok23

trap1.site10:                                     ; preds = %ok20
  %233 = load i64, i64* %lowStart, align 8
  %234 = getelementptr i64, i64* %regs, i64 6
  store i64 %233, i64* %234, align 8
  %235 = load i64, i64* %lowEnd, align 8
  %236 = getelementptr i64, i64* %regs, i64 7
  store i64 %235, i64* %236, align 8
  %237 = load i64, i64* %highEnd, align 8
  %238 = getelementptr i64, i64* %regs, i64 8
  store i64 %237, i64* %238, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 10)
  unreachable

ok23:                                             ; preds = %ok22
  %239 = srem i64 %227, %228
  store i64 %239, i64* %rem, align 8
  %240 = load i32, i32* %dict, align 4
  %241 = load i64, i64* %rem, align 8
  %242 = zext i32 %240 to i64
  %243 = add i64 %242, 32
  %244 = add i64 %243, 8
  %245 = icmp ugt i64 %244, %arena_size
  br i1 %245, label %trap17.site0, label %ok24

trap2.site10:                                     ; preds = %ok22
  %246 = load i64, i64* %lowStart, align 8
  %247 = getelementptr i64, i64* %regs, i64 6
  store i64 %246, i64* %247, align 8
  %248 = load i64, i64* %lowEnd, align 8
  %249 = getelementptr i64, i64* %regs, i64 7
  store i64 %248, i64* %249, align 8
  %250 = load i64, i64* %highEnd, align 8
  %251 = getelementptr i64, i64* %regs, i64 8
  store i64 %250, i64* %251, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 10)
  unreachable

ok24:                                             ; preds = %ok23
  %252 = getelementptr i8, i8* %mem, i64 %243
  %253 = icmp ult i64 %243, %scratch_start
  %254 = load i64, i64* %lowEnd, align 8
  %255 = load i64, i64* %highEnd, align 8
  %256 = call i64 @llvm.umax.i64(i64 %254, i64 %244)
  %257 = select i1 %253, i64 %256, i64 %254
  store i64 %257, i64* %lowEnd, align 8
  %258 = call i64 @llvm.umax.i64(i64 %255, i64 %244)
  %259 = select i1 %253, i64 %255, i64 %258
  store i64 %259, i64* %highEnd, align 8
  %260 = load i64, i64* %lowStart, align 8
  %261 = call i64 @llvm.umin.i64(i64 %260, i64 %243)
  store i64 %261, i64* %lowStart, align 8
  store i64 %241, i64* %unaligned25, align 8
  %262 = bitcast i64* %unaligned25 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %252, i8* %262, i64 8, i1 false)
  %263 = load i64, i64* %a, align 8
  %264 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 0, i64 %263)
  %265 = extractvalue { i64, i1 } %264, 1
  br i1 %265, label %trap2.site11, label %ok26

ok26:                                             ; preds = %ok24
  %266 = extractvalue { i64, i1 } %264, 0
  store i64 %266, i64* %neg, align 8
  %267 = load i32, i32* %dict, align 4
  %268 = load i64, i64* %neg, align 8
  %269 = zext i32 %267 to i64
  %270 = add i64 %269, 40
  %271 = add i64 %270, 8
  %272 = icmp ugt i64 %271, %arena_size
  br i1 %272, label %trap17.site0, label %ok27

trap2.site11:                                     ; preds = %ok24
  %273 = load i64, i64* %lowStart, align 8
  %274 = getelementptr i64, i64* %regs, i64 6
  store i64 %273, i64* %274, align 8
  %275 = load i64, i64* %lowEnd, align 8
  %276 = getelementptr i64, i64* %regs, i64 7
  store i64 %275, i64* %276, align 8
  %277 = load i64, i64* %highEnd, align 8
  %278 = getelementptr i64, i64* %regs, i64 8
  store i64 %277, i64* %278, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 11)
  unreachable

ok27:                                             ; preds = %ok26
  %279 = getelementptr i8, i8* %mem, i64 %270
  %280 = icmp ult i64 %270, %scratch_start
  %281 = load i64, i64* %lowEnd, align 8
  %282 = load i64, i64* %highEnd, align 8
  %283 = call i64 @llvm.umax.i64(i64 %281, i64 %271)
  %284 = select i1 %280, i64 %283, i64 %281
  store i64 %284, i64* %lowEnd, align 8
  %285 = call i64 @llvm.umax.i64(i64 %282, i64 %271)
  %286 = select i1 %280, i64 %282, i64 %285
  store i64 %286, i64* %highEnd, align 8
  %287 = load i64, i64* %lowStart, align 8
  %288 = call i64 @llvm.umin.i64(i64 %287, i64 %270)
  store i64 %288, i64* %lowStart, align 8
  store i64 %268, i64* %unaligned28, align 8
  %289 = bitcast i64* %unaligned28 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %279, i8* %289, i64 8, i1 false)
  %290 = load i64, i64* %b, align 8
  store i64 %290, i64* %x, align 8
  %291 = load i64, i64* %x, align 8
  %292 = icmp slt i64 %291, 0
  %293 = zext i1 %292 to i32
  %294 = icmp ne i32 %293, 0
  br i1 %294, label %then, label %else

e18:                                              ; preds = %join
  %295 = load i64, i64* %result29, align 8
  store i64 %295, i64* %magnitude, align 8
  %296 = load i32, i32* %dict, align 4
  %297 = load i64, i64* %magnitude, align 8
  %298 = zext i32 %296 to i64
  %299 = add i64 %298, 48
  %300 = add i64 %299, 8
  %301 = icmp ugt i64 %300, %arena_size
  br i1 %301, label %trap17.site0, label %ok32

then:                                             ; preds = %ok27
  %302 = load i64, i64* %x, align 8
  %303 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 0, i64 %302)
  %304 = extractvalue { i64, i1 } %303, 1
  br i1 %304, label %trap2.site12, label %ok31

else:                                             ; preds = %ok27
  %305 = load i64, i64* %x, align 8
  store i64 %305, i64* %result30, align 8
  br label %join

join:                                             ; preds = %else, %ok31
  %306 = load i64, i64* %result30, align 8
  store i64 %306, i64* %result29, align 8
  br label %e18

ok31:                                             ; preds = %then
  %307 = extractvalue { i64, i1 } %303, 0
  store i64 %307, i64* %result30, align 8
  br label %join

trap2.site12:                                     ; preds = %then
  %308 = load i64, i64* %lowStart, align 8
  %309 = getelementptr i64, i64* %regs, i64 6
  store i64 %308, i64* %309, align 8
  %310 = load i64, i64* %lowEnd, align 8
  %311 = getelementptr i64, i64* %regs, i64 7
  store i64 %310, i64* %311, align 8
  %312 = load i64, i64* %highEnd, align 8
  %313 = getelementptr i64, i64* %regs, i64 8
  store i64 %312, i64* %313, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

ok32:                                             ; preds = %e18
  %314 = getelementptr i8, i8* %mem, i64 %299
  %315 = icmp ult i64 %299, %scratch_start
  %316 = load i64, i64* %lowEnd, align 8
  %317 = load i64, i64* %highEnd, align 8
  %318 = call i64 @llvm.umax.i64(i64 %316, i64 %300)
  %319 = select i1 %315, i64 %318, i64 %316
  store i64 %319, i64* %lowEnd, align 8
  %320 = call i64 @llvm.umax.i64(i64 %317, i64 %300)
  %321 = select i1 %315, i64 %317, i64 %320
  store i64 %321, i64* %highEnd, align 8
  %322 = load i64, i64* %lowStart, align 8
  %323 = call i64 @llvm.umin.i64(i64 %322, i64 %299)
  store i64 %323, i64* %lowStart, align 8
  store i64 %297, i64* %unaligned33, align 8
  %324 = bitcast i64* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %314, i8* %324, i64 8, i1 false)
  %325 = load i64, i64* %a, align 8
  %326 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 9223372036854775807, i64 %325)
  %327 = extractvalue { i64, i1 } %326, 1
  br i1 %327, label %trap2.site13, label %ok34

ok34:                                             ; preds = %ok32
  %328 = extractvalue { i64, i1 } %326, 0
  store i64 %328, i64* %near_max, align 8
  %329 = load i32, i32* %dict, align 4
  %330 = load i64, i64* %near_max, align 8
  %331 = zext i32 %329 to i64
  %332 = add i64 %331, 56
  %333 = add i64 %332, 8
  %334 = icmp ugt i64 %333, %arena_size
  br i1 %334, label %trap17.site0, label %ok35

trap2.site13:                                     ; preds = %ok32
  %335 = load i64, i64* %lowStart, align 8
  %336 = getelementptr i64, i64* %regs, i64 6
  store i64 %335, i64* %336, align 8
  %337 = load i64, i64* %lowEnd, align 8
  %338 = getelementptr i64, i64* %regs, i64 7
  store i64 %337, i64* %338, align 8
  %339 = load i64, i64* %highEnd, align 8
  %340 = getelementptr i64, i64* %regs, i64 8
  store i64 %339, i64* %340, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 13)
  unreachable

ok35:                                             ; preds = %ok34
  %341 = getelementptr i8, i8* %mem, i64 %332
  %342 = icmp ult i64 %332, %scratch_start
  %343 = load i64, i64* %lowEnd, align 8
  %344 = load i64, i64* %highEnd, align 8
  %345 = call i64 @llvm.umax.i64(i64 %343, i64 %333)
  %346 = select i1 %342, i64 %345, i64 %343
  store i64 %346, i64* %lowEnd, align 8
  %347 = call i64 @llvm.umax.i64(i64 %344, i64 %333)
  %348 = select i1 %342, i64 %344, i64 %347
  store i64 %348, i64* %highEnd, align 8
  %349 = load i64, i64* %lowStart, align 8
  %350 = call i64 @llvm.umin.i64(i64 %349, i64 %332)
  store i64 %350, i64* %lowStart, align 8
  store i64 %330, i64* %unaligned36, align 8
  %351 = bitcast i64* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %341, i8* %351, i64 8, i1 false)
  %352 = load i32, i32* %xs, align 4
  store i32 %352, i32* %xs.1, align 4
  store i64 0, i64* %sum, align 8
  %353 = load i32, i32* %xs.1, align 4
  %354 = zext i32 %353 to i64
  %355 = add i64 %354, 4
  %356 = icmp ugt i64 %355, %arena_size
  br i1 %356, label %trap17.site0, label %ok38

e23:                                              ; preds = %block25
  %357 = load i64, i64* %result37, align 8
  store i64 %357, i64* %total, align 8
  %358 = load i32, i32* %dict, align 4
  %359 = load i64, i64* %total, align 8
  %360 = zext i32 %358 to i64
  %361 = add i64 %360, 64
  %362 = add i64 %361, 8
  %363 = icmp ugt i64 %362, %arena_size
  br i1 %363, label %trap17.site0, label %ok44

ok38:                                             ; preds = %ok35
  %364 = getelementptr i8, i8* %mem, i64 %354
  %365 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %365, i8* %364, i64 4, i1 false)
  %366 = load i32, i32* %unaligned39, align 4
  store i32 %366, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each26

block25:                                          ; preds = %dead, %ok40
  %367 = load i64, i64* %sum, align 8
  store i64 %367, i64* %result37, align 8
  br label %e23

each26:                                           ; preds = %ok43, %ok38
  %368 = load i64, i64* %fuel, align 8
  %369 = icmp ult i64 %368, 1
  br i1 %369, label %trap14.site0, label %ok40

ok40:                                             ; preds = %each26
  %370 = sub i64 %368, 1
  store i64 %370, i64* %fuel, align 8
  %371 = load i32, i32* %k, align 4
  %372 = load i32, i32* %n, align 4
  %373 = icmp uge i32 %371, %372
  %374 = zext i1 %373 to i32
  %375 = icmp ne i32 %374, 0
  br i1 %375, label %block25, label %cont

cont:                                             ; preds = %ok40
  %376 = load i32, i32* %xs.1, align 4
  %377 = load i32, i32* %k, align 4
  %378 = mul i32 %377, 8
  %379 = add i32 %376, %378
  %380 = zext i32 %379 to i64
  %381 = add i64 %380, 8
  %382 = add i64 %381, 8
  %383 = icmp ugt i64 %382, %arena_size
  br i1 %383, label %trap17.site0, label %ok41

ok41:                                             ; preds = %cont
  %384 = getelementptr i8, i8* %mem, i64 %381
  %385 = bitcast i64* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %385, i8* %384, i64 8, i1 false)
  %386 = load i64, i64* %unaligned42, align 8
  store i64 %386, i64* %x.1, align 8
  %387 = load i64, i64* %sum, align 8
  %388 = load i64, i64* %x.1, align 8
  %389 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %387, i64 %388)
  %390 = extractvalue { i64, i1 } %389, 1
  br i1 %390, label %trap2.site14, label %ok43

ok43:                                             ; preds = %ok41
  %391 = extractvalue { i64, i1 } %389, 0
  store i64 %391, i64* %sum, align 8
  %392 = load i32, i32* %k, align 4
  %393 = add i32 %392, 1
  store i32 %393, i32* %k, align 4
  br label %each26

trap2.site14:                                     ; preds = %ok41
  %394 = load i64, i64* %lowStart, align 8
  %395 = getelementptr i64, i64* %regs, i64 6
  store i64 %394, i64* %395, align 8
  %396 = load i64, i64* %lowEnd, align 8
  %397 = getelementptr i64, i64* %regs, i64 7
  store i64 %396, i64* %397, align 8
  %398 = load i64, i64* %highEnd, align 8
  %399 = getelementptr i64, i64* %regs, i64 8
  store i64 %398, i64* %399, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

dead:                                             ; No predecessors!
  br label %block25

ok44:                                             ; preds = %e23
  %400 = getelementptr i8, i8* %mem, i64 %361
  %401 = icmp ult i64 %361, %scratch_start
  %402 = load i64, i64* %lowEnd, align 8
  %403 = load i64, i64* %highEnd, align 8
  %404 = call i64 @llvm.umax.i64(i64 %402, i64 %362)
  %405 = select i1 %401, i64 %404, i64 %402
  store i64 %405, i64* %lowEnd, align 8
  %406 = call i64 @llvm.umax.i64(i64 %403, i64 %362)
  %407 = select i1 %401, i64 %403, i64 %406
  store i64 %407, i64* %highEnd, align 8
  %408 = load i64, i64* %lowStart, align 8
  %409 = call i64 @llvm.umin.i64(i64 %408, i64 %361)
  store i64 %409, i64* %lowStart, align 8
  store i64 %359, i64* %unaligned45, align 8
  %410 = bitcast i64* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %400, i8* %410, i64 8, i1 false)
  %411 = load i32, i32* %xs, align 4
  store i32 %411, i32* %xs.2, align 4
  store i64 1, i64* %acc, align 8
  %412 = load i32, i32* %xs.2, align 4
  %413 = zext i32 %412 to i64
  %414 = add i64 %413, 4
  %415 = icmp ugt i64 %414, %arena_size
  br i1 %415, label %trap17.site0, label %ok47

e27:                                              ; preds = %block30
  %416 = load i64, i64* %result46, align 8
  store i64 %416, i64* %product, align 8
  %417 = load i32, i32* %dict, align 4
  %418 = load i64, i64* %product, align 8
  %419 = zext i32 %417 to i64
  %420 = add i64 %419, 72
  %421 = add i64 %420, 8
  %422 = icmp ugt i64 %421, %arena_size
  br i1 %422, label %trap17.site0, label %ok55

ok47:                                             ; preds = %ok44
  %423 = getelementptr i8, i8* %mem, i64 %413
  %424 = bitcast i32* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %424, i8* %423, i64 4, i1 false)
  %425 = load i32, i32* %unaligned48, align 4
  store i32 %425, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each31

block30:                                          ; preds = %dead54, %ok49
  %426 = load i64, i64* %acc, align 8
  store i64 %426, i64* %result46, align 8
  br label %e27

each31:                                           ; preds = %ok53, %ok47
  %427 = load i64, i64* %fuel, align 8
  %428 = icmp ult i64 %427, 1
  br i1 %428, label %trap14.site0, label %ok49

ok49:                                             ; preds = %each31
  %429 = sub i64 %427, 1
  store i64 %429, i64* %fuel, align 8
  %430 = load i32, i32* %k.1, align 4
  %431 = load i32, i32* %n.1, align 4
  %432 = icmp uge i32 %430, %431
  %433 = zext i1 %432 to i32
  %434 = icmp ne i32 %433, 0
  br i1 %434, label %block30, label %cont50

cont50:                                           ; preds = %ok49
  %435 = load i32, i32* %xs.2, align 4
  %436 = load i32, i32* %k.1, align 4
  %437 = mul i32 %436, 8
  %438 = add i32 %435, %437
  %439 = zext i32 %438 to i64
  %440 = add i64 %439, 8
  %441 = add i64 %440, 8
  %442 = icmp ugt i64 %441, %arena_size
  br i1 %442, label %trap17.site0, label %ok51

ok51:                                             ; preds = %cont50
  %443 = getelementptr i8, i8* %mem, i64 %440
  %444 = bitcast i64* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %444, i8* %443, i64 8, i1 false)
  %445 = load i64, i64* %unaligned52, align 8
  store i64 %445, i64* %x.2, align 8
  %446 = load i64, i64* %acc, align 8
  store i64 %446, i64* %acc.1, align 8
  %447 = load i64, i64* %x.2, align 8
  store i64 %447, i64* %v, align 8
  %448 = load i64, i64* %acc.1, align 8
  %449 = load i64, i64* %v, align 8
  %450 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %448, i64 %449)
  %451 = extractvalue { i64, i1 } %450, 1
  br i1 %451, label %trap2.site16, label %ok53

ok53:                                             ; preds = %ok51
  %452 = extractvalue { i64, i1 } %450, 0
  store i64 %452, i64* %acc, align 8
  %453 = load i32, i32* %k.1, align 4
  %454 = add i32 %453, 1
  store i32 %454, i32* %k.1, align 4
  br label %each31

trap2.site16:                                     ; preds = %ok51
  %455 = load i64, i64* %lowStart, align 8
  %456 = getelementptr i64, i64* %regs, i64 6
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %lowEnd, align 8
  %458 = getelementptr i64, i64* %regs, i64 7
  store i64 %457, i64* %458, align 8
  %459 = load i64, i64* %highEnd, align 8
  %460 = getelementptr i64, i64* %regs, i64 8
  store i64 %459, i64* %460, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 16)
  unreachable

dead54:                                           ; No predecessors!
  br label %block30

ok55:                                             ; preds = %e27
  %461 = getelementptr i8, i8* %mem, i64 %420
  %462 = icmp ult i64 %420, %scratch_start
  %463 = load i64, i64* %lowEnd, align 8
  %464 = load i64, i64* %highEnd, align 8
  %465 = call i64 @llvm.umax.i64(i64 %463, i64 %421)
  %466 = select i1 %462, i64 %465, i64 %463
  store i64 %466, i64* %lowEnd, align 8
  %467 = call i64 @llvm.umax.i64(i64 %464, i64 %421)
  %468 = select i1 %462, i64 %464, i64 %467
  store i64 %468, i64* %highEnd, align 8
  %469 = load i64, i64* %lowStart, align 8
  %470 = call i64 @llvm.umin.i64(i64 %469, i64 %420)
  store i64 %470, i64* %lowStart, align 8
  store i64 %418, i64* %unaligned56, align 8
  %471 = bitcast i64* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %461, i8* %471, i64 8, i1 false)
  %472 = load i64, i64* %a, align 8
  store i64 %472, i64* %lo, align 8
  %473 = load i64, i64* %a, align 8
  %474 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %473, i64 4)
  %475 = extractvalue { i64, i1 } %474, 1
  br i1 %475, label %trap2.site18, label %ok58

e35:                                              ; preds = %ok78
  %476 = load i32, i32* %result57, align 4
  store i32 %476, i32* %ramp, align 4
  %477 = load i32, i32* %dict, align 4
  %478 = load i32, i32* %ramp, align 4
  %479 = zext i32 %477 to i64
  %480 = add i64 %479, 80
  %481 = add i64 %480, 4
  %482 = icmp ugt i64 %481, %arena_size
  br i1 %482, label %trap17.site0, label %ok80

ok58:                                             ; preds = %ok55
  %483 = extractvalue { i64, i1 } %474, 0
  store i64 %483, i64* %hi, align 8
  %484 = load i64, i64* %hi, align 8
  %485 = load i64, i64* %lo, align 8
  %486 = icmp sgt i64 %484, %485
  %487 = zext i1 %486 to i32
  %488 = icmp ne i32 %487, 0
  br i1 %488, label %then59, label %else60

trap2.site18:                                     ; preds = %ok55
  %489 = load i64, i64* %lowStart, align 8
  %490 = getelementptr i64, i64* %regs, i64 6
  store i64 %489, i64* %490, align 8
  %491 = load i64, i64* %lowEnd, align 8
  %492 = getelementptr i64, i64* %regs, i64 7
  store i64 %491, i64* %492, align 8
  %493 = load i64, i64* %highEnd, align 8
  %494 = getelementptr i64, i64* %regs, i64 8
  store i64 %493, i64* %494, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 18)
  unreachable

then59:                                           ; preds = %ok58
  %495 = load i64, i64* %hi, align 8
  %496 = load i64, i64* %lo, align 8
  %497 = sub i64 %495, %496
  store i64 %497, i64* %result62, align 8
  br label %join61

else60:                                           ; preds = %ok58
  store i64 0, i64* %result62, align 8
  br label %join61

join61:                                           ; preds = %else60, %then59
  %498 = load i64, i64* %result62, align 8
  store i64 %498, i64* %count, align 8
  %499 = load i64, i64* %count, align 8
  %500 = icmp slt i64 %499, 0
  %501 = zext i1 %500 to i32
  %502 = load i64, i64* %count, align 8
  %503 = icmp sgt i64 %502, 2147483647
  %504 = zext i1 %503 to i32
  %505 = or i32 %501, %504
  %506 = icmp ne i32 %505, 0
  br i1 %506, label %then63, label %else64

then63:                                           ; preds = %join61
  br label %trap15.site19

else64:                                           ; preds = %join61
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %507 = load i64, i64* %count, align 8
  %508 = trunc i64 %507 to i32
  %509 = zext i32 %508 to i64
  %510 = mul i64 %509, 8
  %511 = add i64 8, %510
  store i64 %511, i64* %size, align 8
  %512 = load i64, i64* %size, align 8
  %513 = icmp ugt i64 %512, 2147483647
  %514 = zext i1 %513 to i32
  %515 = icmp ne i32 %514, 0
  br i1 %515, label %then67, label %else68

trap15.site19:                                    ; preds = %then63
  %516 = load i64, i64* %lowStart, align 8
  %517 = getelementptr i64, i64* %regs, i64 6
  store i64 %516, i64* %517, align 8
  %518 = load i64, i64* %lowEnd, align 8
  %519 = getelementptr i64, i64* %regs, i64 7
  store i64 %518, i64* %519, align 8
  %520 = load i64, i64* %highEnd, align 8
  %521 = getelementptr i64, i64* %regs, i64 8
  store i64 %520, i64* %521, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

dead66:                                           ; No predecessors!
  br label %join65

then67:                                           ; preds = %join65
  br label %trap15.site17

else68:                                           ; preds = %join65
  br label %join69

join69:                                           ; preds = %else68, %dead70
  %522 = load i64, i64* %size, align 8
  %523 = trunc i64 %522 to i32
  %524 = zext i32 %523 to i64
  %525 = getelementptr i64, i64* %regs, i64 1
  %526 = getelementptr i64, i64* %regs, i64 2
  %527 = load i64, i64* %525, align 8
  %528 = add i64 %527, 7
  %529 = and i64 %528, -8
  %530 = add i64 %529, %524
  %531 = load i64, i64* %526, align 8
  %532 = icmp ugt i64 %530, %531
  br i1 %532, label %trap15.site17, label %ok71

trap15.site17:                                    ; preds = %join69, %then67
  %533 = load i64, i64* %lowStart, align 8
  %534 = getelementptr i64, i64* %regs, i64 6
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %lowEnd, align 8
  %536 = getelementptr i64, i64* %regs, i64 7
  store i64 %535, i64* %536, align 8
  %537 = load i64, i64* %highEnd, align 8
  %538 = getelementptr i64, i64* %regs, i64 8
  store i64 %537, i64* %538, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead70:                                           ; No predecessors!
  br label %join69

ok71:                                             ; preds = %join69
  store i64 %530, i64* %525, align 8
  %539 = trunc i64 %529 to i32
  store i32 %539, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %540 = load i64, i64* %lo, align 8
  store i64 %540, i64* %i, align 8
  br label %range41

block40:                                          ; preds = %dead77, %ok72
  %541 = load i32, i32* %list, align 4
  %542 = load i32, i32* %len, align 4
  %543 = zext i32 %541 to i64
  %544 = add i64 %543, 4
  %545 = icmp ugt i64 %544, %arena_size
  br i1 %545, label %trap17.site0, label %ok78

range41:                                          ; preds = %ok75, %ok71
  %546 = load i64, i64* %fuel, align 8
  %547 = icmp ult i64 %546, 1
  br i1 %547, label %trap14.site0, label %ok72

ok72:                                             ; preds = %range41
  %548 = sub i64 %546, 1
  store i64 %548, i64* %fuel, align 8
  %549 = load i64, i64* %i, align 8
  %550 = load i64, i64* %hi, align 8
  %551 = icmp sge i64 %549, %550
  %552 = zext i1 %551 to i32
  %553 = icmp ne i32 %552, 0
  br i1 %553, label %block40, label %cont73

cont73:                                           ; preds = %ok72
  %554 = load i64, i64* %i, align 8
  store i64 %554, i64* %i.1, align 8
  %555 = load i32, i32* %list, align 4
  %556 = load i32, i32* %len, align 4
  %557 = mul i32 %556, 8
  %558 = add i32 %555, %557
  %559 = load i64, i64* %i.1, align 8
  %560 = load i64, i64* %i.1, align 8
  %561 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %559, i64 %560)
  %562 = extractvalue { i64, i1 } %561, 1
  br i1 %562, label %trap2.site20, label %ok74

ok74:                                             ; preds = %cont73
  %563 = extractvalue { i64, i1 } %561, 0
  %564 = zext i32 %558 to i64
  %565 = add i64 %564, 8
  %566 = add i64 %565, 8
  %567 = icmp ugt i64 %566, %arena_size
  br i1 %567, label %trap17.site0, label %ok75

trap2.site20:                                     ; preds = %cont73
  %568 = load i64, i64* %lowStart, align 8
  %569 = getelementptr i64, i64* %regs, i64 6
  store i64 %568, i64* %569, align 8
  %570 = load i64, i64* %lowEnd, align 8
  %571 = getelementptr i64, i64* %regs, i64 7
  store i64 %570, i64* %571, align 8
  %572 = load i64, i64* %highEnd, align 8
  %573 = getelementptr i64, i64* %regs, i64 8
  store i64 %572, i64* %573, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

ok75:                                             ; preds = %ok74
  %574 = getelementptr i8, i8* %mem, i64 %565
  %575 = icmp ult i64 %565, %scratch_start
  %576 = load i64, i64* %lowEnd, align 8
  %577 = load i64, i64* %highEnd, align 8
  %578 = call i64 @llvm.umax.i64(i64 %576, i64 %566)
  %579 = select i1 %575, i64 %578, i64 %576
  store i64 %579, i64* %lowEnd, align 8
  %580 = call i64 @llvm.umax.i64(i64 %577, i64 %566)
  %581 = select i1 %575, i64 %577, i64 %580
  store i64 %581, i64* %highEnd, align 8
  %582 = load i64, i64* %lowStart, align 8
  %583 = call i64 @llvm.umin.i64(i64 %582, i64 %565)
  store i64 %583, i64* %lowStart, align 8
  store i64 %563, i64* %unaligned76, align 8
  %584 = bitcast i64* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %574, i8* %584, i64 8, i1 false)
  %585 = load i32, i32* %len, align 4
  %586 = add i32 %585, 1
  store i32 %586, i32* %len, align 4
  %587 = load i64, i64* %i, align 8
  %588 = add i64 %587, 1
  store i64 %588, i64* %i, align 8
  br label %range41

dead77:                                           ; No predecessors!
  br label %block40

ok78:                                             ; preds = %block40
  %589 = getelementptr i8, i8* %mem, i64 %543
  %590 = icmp ult i64 %543, %scratch_start
  %591 = load i64, i64* %lowEnd, align 8
  %592 = load i64, i64* %highEnd, align 8
  %593 = call i64 @llvm.umax.i64(i64 %591, i64 %544)
  %594 = select i1 %590, i64 %593, i64 %591
  store i64 %594, i64* %lowEnd, align 8
  %595 = call i64 @llvm.umax.i64(i64 %592, i64 %544)
  %596 = select i1 %590, i64 %592, i64 %595
  store i64 %596, i64* %highEnd, align 8
  %597 = load i64, i64* %lowStart, align 8
  %598 = call i64 @llvm.umin.i64(i64 %597, i64 %543)
  store i64 %598, i64* %lowStart, align 8
  store i32 %542, i32* %unaligned79, align 4
  %599 = bitcast i32* %unaligned79 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %589, i8* %599, i64 4, i1 false)
  %600 = load i32, i32* %list, align 4
  store i32 %600, i32* %result57, align 4
  br label %e35

ok80:                                             ; preds = %e35
  %601 = getelementptr i8, i8* %mem, i64 %480
  %602 = icmp ult i64 %480, %scratch_start
  %603 = load i64, i64* %lowEnd, align 8
  %604 = load i64, i64* %highEnd, align 8
  %605 = call i64 @llvm.umax.i64(i64 %603, i64 %481)
  %606 = select i1 %602, i64 %605, i64 %603
  store i64 %606, i64* %lowEnd, align 8
  %607 = call i64 @llvm.umax.i64(i64 %604, i64 %481)
  %608 = select i1 %602, i64 %604, i64 %607
  store i64 %608, i64* %highEnd, align 8
  %609 = load i64, i64* %lowStart, align 8
  %610 = call i64 @llvm.umin.i64(i64 %609, i64 %480)
  store i64 %610, i64* %lowStart, align 8
  store i32 %478, i32* %unaligned81, align 4
  %611 = bitcast i32* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %601, i8* %611, i64 4, i1 false)
  %612 = load i32, i32* %dict, align 4
  store i32 %612, i32* %result7, align 4
  br label %e0

ok82:                                             ; preds = %e0
  %613 = getelementptr i64, i64* %regs, i64 10
  %614 = load i64, i64* %613, align 8
  %615 = icmp ult i64 %10, %614
  br i1 %615, label %trap253.site0, label %stack_ok83

trap15.site0:                                     ; preds = %e0
  %616 = load i64, i64* %lowStart, align 8
  %617 = getelementptr i64, i64* %regs, i64 6
  store i64 %616, i64* %617, align 8
  %618 = load i64, i64* %lowEnd, align 8
  %619 = getelementptr i64, i64* %regs, i64 7
  store i64 %618, i64* %619, align 8
  %620 = load i64, i64* %highEnd, align 8
  %621 = getelementptr i64, i64* %regs, i64 8
  store i64 %620, i64* %621, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok83:                                       ; preds = %ok82
  %622 = load i64, i64* %fuel, align 8
  %623 = getelementptr i64, i64* %regs, i64 0
  store i64 %622, i64* %623, align 8
  %624 = load i64, i64* %lowStart, align 8
  %625 = getelementptr i64, i64* %regs, i64 6
  store i64 %624, i64* %625, align 8
  %626 = load i64, i64* %lowEnd, align 8
  %627 = getelementptr i64, i64* %regs, i64 7
  store i64 %626, i64* %627, align 8
  %628 = load i64, i64* %highEnd, align 8
  %629 = getelementptr i64, i64* %regs, i64 8
  store i64 %628, i64* %629, align 8
  %630 = add i32 %depth, 1
  %631 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %630, i32 %98, i32 %99, i32 0)
  %632 = getelementptr i64, i64* %regs, i64 0
  %633 = load i64, i64* %632, align 8
  store i64 %633, i64* %fuel, align 8
  %634 = getelementptr i64, i64* %regs, i64 6
  %635 = load i64, i64* %634, align 8
  store i64 %635, i64* %lowStart, align 8
  %636 = getelementptr i64, i64* %regs, i64 7
  %637 = load i64, i64* %636, align 8
  store i64 %637, i64* %lowEnd, align 8
  %638 = getelementptr i64, i64* %regs, i64 8
  %639 = load i64, i64* %638, align 8
  store i64 %639, i64* %highEnd, align 8
  store i32 %631, i32* %json_end, align 4
  %640 = load i32, i32* %json_end, align 4
  %641 = icmp eq i32 %640, -2
  %642 = zext i1 %641 to i32
  %643 = icmp ne i32 %642, 0
  br i1 %643, label %then84, label %else85

then84:                                           ; preds = %stack_ok83
  br label %trap16.site5

else85:                                           ; preds = %stack_ok83
  br label %join86

join86:                                           ; preds = %else85, %dead87
  %644 = load i32, i32* %json_end, align 4
  %645 = icmp eq i32 %644, -1
  %646 = zext i1 %645 to i32
  %647 = icmp ne i32 %646, 0
  br i1 %647, label %then88, label %else89

trap16.site5:                                     ; preds = %then84
  %648 = load i64, i64* %lowStart, align 8
  %649 = getelementptr i64, i64* %regs, i64 6
  store i64 %648, i64* %649, align 8
  %650 = load i64, i64* %lowEnd, align 8
  %651 = getelementptr i64, i64* %regs, i64 7
  store i64 %650, i64* %651, align 8
  %652 = load i64, i64* %highEnd, align 8
  %653 = getelementptr i64, i64* %regs, i64 8
  store i64 %652, i64* %653, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead87:                                           ; No predecessors!
  br label %join86

then88:                                           ; preds = %join86
  br label %trap15.site5

else89:                                           ; preds = %join86
  br label %join90

join90:                                           ; preds = %else89, %dead91
  %654 = load i32, i32* %json_end, align 4
  %655 = zext i32 %654 to i64
  %656 = getelementptr i64, i64* %regs, i64 3
  store i64 %655, i64* %656, align 8
  %657 = load i32, i32* %json_end, align 4
  %658 = load i32, i32* %json_start, align 4
  %659 = sub i32 %657, %658
  %660 = load i64, i64* %fuel, align 8
  %661 = getelementptr i64, i64* %regs, i64 0
  store i64 %660, i64* %661, align 8
  %662 = load i64, i64* %lowStart, align 8
  %663 = getelementptr i64, i64* %regs, i64 6
  store i64 %662, i64* %663, align 8
  %664 = load i64, i64* %lowEnd, align 8
  %665 = getelementptr i64, i64* %regs, i64 7
  store i64 %664, i64* %665, align 8
  %666 = load i64, i64* %highEnd, align 8
  %667 = getelementptr i64, i64* %regs, i64 8
  store i64 %666, i64* %667, align 8
  ret i32 %659

dead91:                                           ; No predecessors!
  br label %join90
}
