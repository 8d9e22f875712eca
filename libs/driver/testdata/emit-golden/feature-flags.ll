; From examples/feature-flags.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll examples/feature-flags.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
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
;   @m0.codec.dec.string.2
;   @m0.codec.dec.int.3
;   @m0.codec.dec.list.4
;   @m0.codec.dec.fields.1
;   @m0.codec.dec.record.0
;   @m0.main.args
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_str
;   @m0.codec.enc.string.1
;   @m0.codec.enc.bool.3
;   @m0.codec.enc.record.2
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
  %unaligned = alloca i32, align 4
  %unaligned41 = alloca i32, align 4
  %unaligned43 = alloca i32, align 4
  %unaligned45 = alloca i32, align 4
  %unaligned47 = alloca i16, align 2
  %unaligned95 = alloca i32, align 4
  %unaligned108 = alloca i64, align 8
  %unaligned115 = alloca i32, align 4
  %unaligned117 = alloca i64, align 8
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

trap15.site0:                                     ; preds = %ok100, %join98, %ok87, %join85, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok101, %ok88, %ok66, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok114, %ok113, %join105, %join92, %cont78, %ws_done14, %cont69, %cont59, %cont54, %ok46, %ok44, %ok42, %ok40, %then37, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join76
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then83, label %else84

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
  %212 = icmp eq i32 %211, 4
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

match5:                                           ; preds = %join39, %then49, %then33
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
  %250 = add i64 %249, 4
  %251 = icmp ugt i64 %250, %arena_size
  br i1 %251, label %trap17.site0, label %ok32

else30:                                           ; preds = %join25
  br label %join31

join31:                                           ; preds = %else30, %join35
  %252 = load i32, i32* %args_klen, align 4
  %253 = icmp eq i32 %252, 15
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then37, label %else38

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %256, i64 4, i1 false)
  %258 = load i32, i32* %unaligned, align 4
  %259 = icmp eq i32 %258, 1919251317
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
  %264 = add i64 %263, 4
  %265 = icmp ugt i64 %264, %arena_size
  br i1 %265, label %trap17.site0, label %ok40

else38:                                           ; preds = %join31
  br label %join39

join39:                                           ; preds = %else38, %join51
  store i32 -1, i32* %result, align 4
  br label %match5

ok40:                                             ; preds = %then37
  %266 = getelementptr i8, i8* %mem, i64 %263
  %267 = bitcast i32* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %267, i8* %266, i64 4, i1 false)
  %268 = load i32, i32* %unaligned41, align 4
  %269 = icmp eq i32 %268, 1819045746
  %270 = zext i1 %269 to i32
  %271 = load i32, i32* %args_kp, align 4
  %272 = zext i32 %271 to i64
  %273 = add i64 %272, 4
  %274 = add i64 %273, 4
  %275 = icmp ugt i64 %274, %arena_size
  br i1 %275, label %trap17.site0, label %ok42

ok42:                                             ; preds = %ok40
  %276 = getelementptr i8, i8* %mem, i64 %273
  %277 = bitcast i32* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %277, i8* %276, i64 4, i1 false)
  %278 = load i32, i32* %unaligned43, align 4
  %279 = icmp eq i32 %278, 1601467759
  %280 = zext i1 %279 to i32
  %281 = and i32 %270, %280
  %282 = load i32, i32* %args_kp, align 4
  %283 = zext i32 %282 to i64
  %284 = add i64 %283, 8
  %285 = add i64 %284, 4
  %286 = icmp ugt i64 %285, %arena_size
  br i1 %286, label %trap17.site0, label %ok44

ok44:                                             ; preds = %ok42
  %287 = getelementptr i8, i8* %mem, i64 %284
  %288 = bitcast i32* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %288, i8* %287, i64 4, i1 false)
  %289 = load i32, i32* %unaligned45, align 4
  %290 = icmp eq i32 %289, 1668441456
  %291 = zext i1 %290 to i32
  %292 = and i32 %281, %291
  %293 = load i32, i32* %args_kp, align 4
  %294 = zext i32 %293 to i64
  %295 = add i64 %294, 12
  %296 = add i64 %295, 2
  %297 = icmp ugt i64 %296, %arena_size
  br i1 %297, label %trap17.site0, label %ok46

ok46:                                             ; preds = %ok44
  %298 = getelementptr i8, i8* %mem, i64 %295
  %299 = bitcast i16* %unaligned47 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %299, i8* %298, i64 2, i1 false)
  %300 = load i16, i16* %unaligned47, align 2
  %301 = zext i16 %300 to i32
  %302 = icmp eq i32 %301, 28261
  %303 = zext i1 %302 to i32
  %304 = and i32 %292, %303
  %305 = load i32, i32* %args_kp, align 4
  %306 = zext i32 %305 to i64
  %307 = add i64 %306, 14
  %308 = add i64 %307, 1
  %309 = icmp ugt i64 %308, %arena_size
  br i1 %309, label %trap17.site0, label %ok48

ok48:                                             ; preds = %ok46
  %310 = getelementptr i8, i8* %mem, i64 %307
  %311 = load i8, i8* %310, align 1
  %312 = zext i8 %311 to i32
  %313 = icmp eq i32 %312, 116
  %314 = zext i1 %313 to i32
  %315 = and i32 %304, %314
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %then49, label %else50

then49:                                           ; preds = %ok48
  store i32 1, i32* %result, align 4
  br label %match5

else50:                                           ; preds = %ok48
  br label %join51

join51:                                           ; preds = %else50, %dead52
  br label %join39

dead52:                                           ; No predecessors!
  br label %join51

ws_done6:                                         ; preds = %dead57, %ok55, %ok53
  %317 = load i32, i32* %args_pos, align 4
  %318 = add i32 %317, 1
  store i32 %318, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont56, %match5
  %319 = load i64, i64* %fuel, align 8
  %320 = icmp ult i64 %319, 1
  br i1 %320, label %trap14.site0, label %ok53

ok53:                                             ; preds = %ws7
  %321 = sub i64 %319, 1
  store i64 %321, i64* %fuel, align 8
  %322 = load i32, i32* %args_pos, align 4
  %323 = load i32, i32* %args_end, align 4
  %324 = icmp uge i32 %322, %323
  %325 = zext i1 %324 to i32
  %326 = icmp ne i32 %325, 0
  br i1 %326, label %ws_done6, label %cont54

cont54:                                           ; preds = %ok53
  %327 = load i32, i32* %args_pos, align 4
  %328 = zext i32 %327 to i64
  %329 = add i64 %328, 1
  %330 = icmp ugt i64 %329, %arena_size
  br i1 %330, label %trap17.site0, label %ok55

ok55:                                             ; preds = %cont54
  %331 = getelementptr i8, i8* %mem, i64 %328
  %332 = load i8, i8* %331, align 1
  %333 = zext i8 %332 to i32
  store i32 %333, i32* %ws, align 4
  %334 = load i32, i32* %ws, align 4
  %335 = icmp ule i32 %334, 32
  %336 = zext i1 %335 to i32
  %337 = icmp eq i32 %336, 0
  %338 = zext i1 %337 to i32
  %339 = icmp ne i32 %338, 0
  br i1 %339, label %ws_done6, label %cont56

cont56:                                           ; preds = %ok55
  %340 = load i32, i32* %args_pos, align 4
  %341 = add i32 %340, 1
  store i32 %341, i32* %args_pos, align 4
  br label %ws7

dead57:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead62, %ok60, %ok58
  %342 = load i32, i32* %args_c, align 4
  switch i32 %342, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont61, %ws_done6
  %343 = load i64, i64* %fuel, align 8
  %344 = icmp ult i64 %343, 1
  br i1 %344, label %trap14.site0, label %ok58

ok58:                                             ; preds = %ws9
  %345 = sub i64 %343, 1
  store i64 %345, i64* %fuel, align 8
  %346 = load i32, i32* %args_pos, align 4
  %347 = load i32, i32* %args_end, align 4
  %348 = icmp uge i32 %346, %347
  %349 = zext i1 %348 to i32
  %350 = icmp ne i32 %349, 0
  br i1 %350, label %ws_done8, label %cont59

cont59:                                           ; preds = %ok58
  %351 = load i32, i32* %args_pos, align 4
  %352 = zext i32 %351 to i64
  %353 = add i64 %352, 1
  %354 = icmp ugt i64 %353, %arena_size
  br i1 %354, label %trap17.site0, label %ok60

ok60:                                             ; preds = %cont59
  %355 = getelementptr i8, i8* %mem, i64 %352
  %356 = load i8, i8* %355, align 1
  %357 = zext i8 %356 to i32
  store i32 %357, i32* %ws, align 4
  %358 = load i32, i32* %ws, align 4
  %359 = icmp ule i32 %358, 32
  %360 = zext i1 %359 to i32
  %361 = icmp eq i32 %360, 0
  %362 = zext i1 %361 to i32
  %363 = icmp ne i32 %362, 0
  br i1 %363, label %ws_done8, label %cont61

cont61:                                           ; preds = %ok60
  %364 = load i32, i32* %args_pos, align 4
  %365 = add i32 %364, 1
  store i32 %365, i32* %args_pos, align 4
  br label %ws9

dead62:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13
  %366 = load i32, i32* %args_pos, align 4
  %367 = load i32, i32* %args_end, align 4
  %368 = icmp uge i32 %depth, 1000
  br i1 %368, label %trap15.site0, label %ok66

default11:                                        ; preds = %dead65, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead64, %ws_done8
  %369 = load i32, i32* %args_pos, align 4
  store i32 %369, i32* %arg1_at, align 4
  br label %switch10

case13:                                           ; preds = %dead63, %ws_done8
  %370 = load i32, i32* %args_pos, align 4
  store i32 %370, i32* %arg0_at, align 4
  br label %switch10

dead63:                                           ; No predecessors!
  br label %case13

dead64:                                           ; No predecessors!
  br label %case12

dead65:                                           ; No predecessors!
  br label %default11

ok66:                                             ; preds = %switch10
  %371 = getelementptr i64, i64* %regs, i64 10
  %372 = load i64, i64* %371, align 8
  %373 = icmp ult i64 %10, %372
  br i1 %373, label %trap253.site0, label %stack_ok67

stack_ok67:                                       ; preds = %ok66
  %374 = load i64, i64* %fuel, align 8
  %375 = getelementptr i64, i64* %regs, i64 0
  store i64 %374, i64* %375, align 8
  %376 = load i64, i64* %lowStart, align 8
  %377 = getelementptr i64, i64* %regs, i64 6
  store i64 %376, i64* %377, align 8
  %378 = load i64, i64* %lowEnd, align 8
  %379 = getelementptr i64, i64* %regs, i64 7
  store i64 %378, i64* %379, align 8
  %380 = load i64, i64* %highEnd, align 8
  %381 = getelementptr i64, i64* %regs, i64 8
  store i64 %380, i64* %381, align 8
  %382 = add i32 %depth, 1
  %383 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %382, i32 %366, i32 %367)
  %384 = getelementptr i64, i64* %regs, i64 0
  %385 = load i64, i64* %384, align 8
  store i64 %385, i64* %fuel, align 8
  %386 = getelementptr i64, i64* %regs, i64 6
  %387 = load i64, i64* %386, align 8
  store i64 %387, i64* %lowStart, align 8
  %388 = getelementptr i64, i64* %regs, i64 7
  %389 = load i64, i64* %388, align 8
  store i64 %389, i64* %lowEnd, align 8
  %390 = getelementptr i64, i64* %regs, i64 8
  %391 = load i64, i64* %390, align 8
  store i64 %391, i64* %highEnd, align 8
  store i32 %383, i32* %args_pos, align 4
  br label %ws15

ws_done14:                                        ; preds = %dead72, %ok70, %ok68
  %392 = load i32, i32* %args_pos, align 4
  %393 = zext i32 %392 to i64
  %394 = add i64 %393, 1
  %395 = icmp ugt i64 %394, %arena_size
  br i1 %395, label %trap17.site0, label %ok73

ws15:                                             ; preds = %cont71, %stack_ok67
  %396 = load i64, i64* %fuel, align 8
  %397 = icmp ult i64 %396, 1
  br i1 %397, label %trap14.site0, label %ok68

ok68:                                             ; preds = %ws15
  %398 = sub i64 %396, 1
  store i64 %398, i64* %fuel, align 8
  %399 = load i32, i32* %args_pos, align 4
  %400 = load i32, i32* %args_end, align 4
  %401 = icmp uge i32 %399, %400
  %402 = zext i1 %401 to i32
  %403 = icmp ne i32 %402, 0
  br i1 %403, label %ws_done14, label %cont69

cont69:                                           ; preds = %ok68
  %404 = load i32, i32* %args_pos, align 4
  %405 = zext i32 %404 to i64
  %406 = add i64 %405, 1
  %407 = icmp ugt i64 %406, %arena_size
  br i1 %407, label %trap17.site0, label %ok70

ok70:                                             ; preds = %cont69
  %408 = getelementptr i8, i8* %mem, i64 %405
  %409 = load i8, i8* %408, align 1
  %410 = zext i8 %409 to i32
  store i32 %410, i32* %ws, align 4
  %411 = load i32, i32* %ws, align 4
  %412 = icmp ule i32 %411, 32
  %413 = zext i1 %412 to i32
  %414 = icmp eq i32 %413, 0
  %415 = zext i1 %414 to i32
  %416 = icmp ne i32 %415, 0
  br i1 %416, label %ws_done14, label %cont71

cont71:                                           ; preds = %ok70
  %417 = load i32, i32* %args_pos, align 4
  %418 = add i32 %417, 1
  store i32 %418, i32* %args_pos, align 4
  br label %ws15

dead72:                                           ; No predecessors!
  br label %ws_done14

ok73:                                             ; preds = %ws_done14
  %419 = getelementptr i8, i8* %mem, i64 %393
  %420 = load i8, i8* %419, align 1
  %421 = zext i8 %420 to i32
  store i32 %421, i32* %args_c, align 4
  %422 = load i32, i32* %args_pos, align 4
  %423 = add i32 %422, 1
  store i32 %423, i32* %args_pos, align 4
  %424 = load i32, i32* %args_c, align 4
  %425 = icmp eq i32 %424, 44
  %426 = zext i1 %425 to i32
  %427 = icmp ne i32 %426, 0
  br i1 %427, label %then74, label %else75

then74:                                           ; preds = %ok73
  br label %ws17

else75:                                           ; preds = %ok73
  br label %join76

join76:                                           ; preds = %else75, %dead82
  br label %join19

ws_done16:                                        ; preds = %dead81, %ok79, %ok77
  br label %args4

ws17:                                             ; preds = %cont80, %then74
  %428 = load i64, i64* %fuel, align 8
  %429 = icmp ult i64 %428, 1
  br i1 %429, label %trap14.site0, label %ok77

ok77:                                             ; preds = %ws17
  %430 = sub i64 %428, 1
  store i64 %430, i64* %fuel, align 8
  %431 = load i32, i32* %args_pos, align 4
  %432 = load i32, i32* %args_end, align 4
  %433 = icmp uge i32 %431, %432
  %434 = zext i1 %433 to i32
  %435 = icmp ne i32 %434, 0
  br i1 %435, label %ws_done16, label %cont78

cont78:                                           ; preds = %ok77
  %436 = load i32, i32* %args_pos, align 4
  %437 = zext i32 %436 to i64
  %438 = add i64 %437, 1
  %439 = icmp ugt i64 %438, %arena_size
  br i1 %439, label %trap17.site0, label %ok79

ok79:                                             ; preds = %cont78
  %440 = getelementptr i8, i8* %mem, i64 %437
  %441 = load i8, i8* %440, align 1
  %442 = zext i8 %441 to i32
  store i32 %442, i32* %ws, align 4
  %443 = load i32, i32* %ws, align 4
  %444 = icmp ule i32 %443, 32
  %445 = zext i1 %444 to i32
  %446 = icmp eq i32 %445, 0
  %447 = zext i1 %446 to i32
  %448 = icmp ne i32 %447, 0
  br i1 %448, label %ws_done16, label %cont80

cont80:                                           ; preds = %ok79
  %449 = load i32, i32* %args_pos, align 4
  %450 = add i32 %449, 1
  store i32 %450, i32* %args_pos, align 4
  br label %ws17

dead81:                                           ; No predecessors!
  br label %ws_done16

dead82:                                           ; No predecessors!
  br label %join76

then83:                                           ; preds = %join19
  br label %trap9.site2

else84:                                           ; preds = %join19
  br label %join85

join85:                                           ; preds = %else84, %dead86
  %451 = getelementptr i64, i64* %regs, i64 1
  %452 = getelementptr i64, i64* %regs, i64 2
  %453 = load i64, i64* %451, align 8
  %454 = add i64 %453, 3
  %455 = and i64 %454, -4
  %456 = add i64 %455, 4
  %457 = load i64, i64* %452, align 8
  %458 = icmp ugt i64 %456, %457
  br i1 %458, label %trap15.site0, label %ok87

trap9.site2:                                      ; preds = %then83
  %459 = load i64, i64* %lowStart, align 8
  %460 = getelementptr i64, i64* %regs, i64 6
  store i64 %459, i64* %460, align 8
  %461 = load i64, i64* %lowEnd, align 8
  %462 = getelementptr i64, i64* %regs, i64 7
  store i64 %461, i64* %462, align 8
  %463 = load i64, i64* %highEnd, align 8
  %464 = getelementptr i64, i64* %regs, i64 8
  store i64 %463, i64* %464, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead86:                                           ; No predecessors!
  br label %join85

ok87:                                             ; preds = %join85
  store i64 %456, i64* %451, align 8
  %465 = trunc i64 %455 to i32
  store i32 %465, i32* %cell, align 4
  %466 = load i32, i32* %arg0_at, align 4
  %467 = load i32, i32* %args_end, align 4
  %468 = load i32, i32* %cell, align 4
  %469 = icmp uge i32 %depth, 1000
  br i1 %469, label %trap15.site0, label %ok88

ok88:                                             ; preds = %ok87
  %470 = getelementptr i64, i64* %regs, i64 10
  %471 = load i64, i64* %470, align 8
  %472 = icmp ult i64 %10, %471
  br i1 %472, label %trap253.site0, label %stack_ok89

stack_ok89:                                       ; preds = %ok88
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
  %482 = call i32 @m0.codec.dec.record.0(i64* %regs, i8* %mem, i32 %481, i32 %466, i32 %467, i32 %468)
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
  %491 = icmp slt i32 %482, 0
  %492 = zext i1 %491 to i32
  %493 = icmp ne i32 %492, 0
  br i1 %493, label %then90, label %else91

then90:                                           ; preds = %stack_ok89
  br label %trap11.site2

else91:                                           ; preds = %stack_ok89
  br label %join92

join92:                                           ; preds = %else91, %dead93
  %494 = load i32, i32* %cell, align 4
  %495 = zext i32 %494 to i64
  %496 = add i64 %495, 4
  %497 = icmp ugt i64 %496, %arena_size
  br i1 %497, label %trap17.site0, label %ok94

trap11.site2:                                     ; preds = %then90
  %498 = load i64, i64* %lowStart, align 8
  %499 = getelementptr i64, i64* %regs, i64 6
  store i64 %498, i64* %499, align 8
  %500 = load i64, i64* %lowEnd, align 8
  %501 = getelementptr i64, i64* %regs, i64 7
  store i64 %500, i64* %501, align 8
  %502 = load i64, i64* %highEnd, align 8
  %503 = getelementptr i64, i64* %regs, i64 8
  store i64 %502, i64* %503, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead93:                                           ; No predecessors!
  br label %join92

ok94:                                             ; preds = %join92
  %504 = getelementptr i8, i8* %mem, i64 %495
  %505 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %505, i8* %504, i64 4, i1 false)
  %506 = load i32, i32* %unaligned95, align 4
  store i32 %506, i32* %arg, align 4
  %507 = load i32, i32* %arg1_at, align 4
  %508 = icmp eq i32 %507, 0
  %509 = zext i1 %508 to i32
  %510 = icmp ne i32 %509, 0
  br i1 %510, label %then96, label %else97

then96:                                           ; preds = %ok94
  br label %trap9.site3

else97:                                           ; preds = %ok94
  br label %join98

join98:                                           ; preds = %else97, %dead99
  %511 = getelementptr i64, i64* %regs, i64 1
  %512 = getelementptr i64, i64* %regs, i64 2
  %513 = load i64, i64* %511, align 8
  %514 = add i64 %513, 7
  %515 = and i64 %514, -8
  %516 = add i64 %515, 8
  %517 = load i64, i64* %512, align 8
  %518 = icmp ugt i64 %516, %517
  br i1 %518, label %trap15.site0, label %ok100

trap9.site3:                                      ; preds = %then96
  %519 = load i64, i64* %lowStart, align 8
  %520 = getelementptr i64, i64* %regs, i64 6
  store i64 %519, i64* %520, align 8
  %521 = load i64, i64* %lowEnd, align 8
  %522 = getelementptr i64, i64* %regs, i64 7
  store i64 %521, i64* %522, align 8
  %523 = load i64, i64* %highEnd, align 8
  %524 = getelementptr i64, i64* %regs, i64 8
  store i64 %523, i64* %524, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead99:                                           ; No predecessors!
  br label %join98

ok100:                                            ; preds = %join98
  store i64 %516, i64* %511, align 8
  %525 = trunc i64 %515 to i32
  store i32 %525, i32* %cell.1, align 4
  %526 = load i32, i32* %arg1_at, align 4
  %527 = load i32, i32* %args_end, align 4
  %528 = load i32, i32* %cell.1, align 4
  %529 = icmp uge i32 %depth, 1000
  br i1 %529, label %trap15.site0, label %ok101

ok101:                                            ; preds = %ok100
  %530 = getelementptr i64, i64* %regs, i64 10
  %531 = load i64, i64* %530, align 8
  %532 = icmp ult i64 %10, %531
  br i1 %532, label %trap253.site0, label %stack_ok102

stack_ok102:                                      ; preds = %ok101
  %533 = load i64, i64* %fuel, align 8
  %534 = getelementptr i64, i64* %regs, i64 0
  store i64 %533, i64* %534, align 8
  %535 = load i64, i64* %lowStart, align 8
  %536 = getelementptr i64, i64* %regs, i64 6
  store i64 %535, i64* %536, align 8
  %537 = load i64, i64* %lowEnd, align 8
  %538 = getelementptr i64, i64* %regs, i64 7
  store i64 %537, i64* %538, align 8
  %539 = load i64, i64* %highEnd, align 8
  %540 = getelementptr i64, i64* %regs, i64 8
  store i64 %539, i64* %540, align 8
  %541 = add i32 %depth, 1
  %542 = call i32 @m0.codec.dec.int.3(i64* %regs, i8* %mem, i32 %541, i32 %526, i32 %527, i32 %528)
  %543 = getelementptr i64, i64* %regs, i64 0
  %544 = load i64, i64* %543, align 8
  store i64 %544, i64* %fuel, align 8
  %545 = getelementptr i64, i64* %regs, i64 6
  %546 = load i64, i64* %545, align 8
  store i64 %546, i64* %lowStart, align 8
  %547 = getelementptr i64, i64* %regs, i64 7
  %548 = load i64, i64* %547, align 8
  store i64 %548, i64* %lowEnd, align 8
  %549 = getelementptr i64, i64* %regs, i64 8
  %550 = load i64, i64* %549, align 8
  store i64 %550, i64* %highEnd, align 8
  %551 = icmp slt i32 %542, 0
  %552 = zext i1 %551 to i32
  %553 = icmp ne i32 %552, 0
  br i1 %553, label %then103, label %else104

then103:                                          ; preds = %stack_ok102
  br label %trap11.site3

else104:                                          ; preds = %stack_ok102
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %554 = load i32, i32* %cell.1, align 4
  %555 = zext i32 %554 to i64
  %556 = add i64 %555, 8
  %557 = icmp ugt i64 %556, %arena_size
  br i1 %557, label %trap17.site0, label %ok107

trap11.site3:                                     ; preds = %then103
  %558 = load i64, i64* %lowStart, align 8
  %559 = getelementptr i64, i64* %regs, i64 6
  store i64 %558, i64* %559, align 8
  %560 = load i64, i64* %lowEnd, align 8
  %561 = getelementptr i64, i64* %regs, i64 7
  store i64 %560, i64* %561, align 8
  %562 = load i64, i64* %highEnd, align 8
  %563 = getelementptr i64, i64* %regs, i64 8
  store i64 %562, i64* %563, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead106:                                          ; No predecessors!
  br label %join105

ok107:                                            ; preds = %join105
  %564 = getelementptr i8, i8* %mem, i64 %555
  %565 = bitcast i64* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %565, i8* %564, i64 8, i1 false)
  %566 = load i64, i64* %unaligned108, align 8
  store i64 %566, i64* %arg.1, align 8
  %567 = load i32, i32* %args_unexpected, align 4
  %568 = icmp ne i32 %567, 0
  br i1 %568, label %then109, label %else110

then109:                                          ; preds = %ok107
  br label %trap10.site1

else110:                                          ; preds = %ok107
  br label %join111

join111:                                          ; preds = %else110, %dead112
  %569 = getelementptr i64, i64* %regs, i64 1
  %570 = getelementptr i64, i64* %regs, i64 2
  %571 = load i64, i64* %569, align 8
  %572 = add i64 %571, 7
  %573 = and i64 %572, -8
  %574 = add i64 %573, 16
  %575 = load i64, i64* %570, align 8
  %576 = icmp ugt i64 %574, %575
  br i1 %576, label %trap15.site1, label %ok113

trap10.site1:                                     ; preds = %then109
  %577 = load i64, i64* %lowStart, align 8
  %578 = getelementptr i64, i64* %regs, i64 6
  store i64 %577, i64* %578, align 8
  %579 = load i64, i64* %lowEnd, align 8
  %580 = getelementptr i64, i64* %regs, i64 7
  store i64 %579, i64* %580, align 8
  %581 = load i64, i64* %highEnd, align 8
  %582 = getelementptr i64, i64* %regs, i64 8
  store i64 %581, i64* %582, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead112:                                          ; No predecessors!
  br label %join111

ok113:                                            ; preds = %join111
  store i64 %574, i64* %569, align 8
  %583 = trunc i64 %573 to i32
  store i32 %583, i32* %args_out, align 4
  %584 = load i32, i32* %args_out, align 4
  %585 = load i32, i32* %arg, align 4
  %586 = zext i32 %584 to i64
  %587 = add i64 %586, 4
  %588 = icmp ugt i64 %587, %arena_size
  br i1 %588, label %trap17.site0, label %ok114

trap15.site1:                                     ; preds = %join111
  %589 = load i64, i64* %lowStart, align 8
  %590 = getelementptr i64, i64* %regs, i64 6
  store i64 %589, i64* %590, align 8
  %591 = load i64, i64* %lowEnd, align 8
  %592 = getelementptr i64, i64* %regs, i64 7
  store i64 %591, i64* %592, align 8
  %593 = load i64, i64* %highEnd, align 8
  %594 = getelementptr i64, i64* %regs, i64 8
  store i64 %593, i64* %594, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok114:                                            ; preds = %ok113
  %595 = getelementptr i8, i8* %mem, i64 %586
  %596 = icmp ult i64 %586, %scratch_start
  %597 = load i64, i64* %lowEnd, align 8
  %598 = load i64, i64* %highEnd, align 8
  %599 = call i64 @llvm.umax.i64(i64 %597, i64 %587)
  %600 = select i1 %596, i64 %599, i64 %597
  store i64 %600, i64* %lowEnd, align 8
  %601 = call i64 @llvm.umax.i64(i64 %598, i64 %587)
  %602 = select i1 %596, i64 %598, i64 %601
  store i64 %602, i64* %highEnd, align 8
  %603 = load i64, i64* %lowStart, align 8
  %604 = call i64 @llvm.umin.i64(i64 %603, i64 %586)
  store i64 %604, i64* %lowStart, align 8
  store i32 %585, i32* %unaligned115, align 4
  %605 = bitcast i32* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %595, i8* %605, i64 4, i1 false)
  %606 = load i32, i32* %args_out, align 4
  %607 = load i64, i64* %arg.1, align 8
  %608 = zext i32 %606 to i64
  %609 = add i64 %608, 8
  %610 = add i64 %609, 8
  %611 = icmp ugt i64 %610, %arena_size
  br i1 %611, label %trap17.site0, label %ok116

ok116:                                            ; preds = %ok114
  %612 = getelementptr i8, i8* %mem, i64 %609
  %613 = icmp ult i64 %609, %scratch_start
  %614 = load i64, i64* %lowEnd, align 8
  %615 = load i64, i64* %highEnd, align 8
  %616 = call i64 @llvm.umax.i64(i64 %614, i64 %610)
  %617 = select i1 %613, i64 %616, i64 %614
  store i64 %617, i64* %lowEnd, align 8
  %618 = call i64 @llvm.umax.i64(i64 %615, i64 %610)
  %619 = select i1 %613, i64 %615, i64 %618
  store i64 %619, i64* %highEnd, align 8
  %620 = load i64, i64* %lowStart, align 8
  %621 = call i64 @llvm.umin.i64(i64 %620, i64 %609)
  store i64 %621, i64* %lowStart, align 8
  store i64 %607, i64* %unaligned117, align 8
  %622 = bitcast i64* %unaligned117 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %612, i8* %622, i64 8, i1 false)
  %623 = load i32, i32* %args_out, align 4
  %624 = load i64, i64* %fuel, align 8
  %625 = getelementptr i64, i64* %regs, i64 0
  store i64 %624, i64* %625, align 8
  %626 = load i64, i64* %lowStart, align 8
  %627 = getelementptr i64, i64* %regs, i64 6
  store i64 %626, i64* %627, align 8
  %628 = load i64, i64* %lowEnd, align 8
  %629 = getelementptr i64, i64* %regs, i64 7
  store i64 %628, i64* %629, align 8
  %630 = load i64, i64* %highEnd, align 8
  %631 = getelementptr i64, i64* %regs, i64 8
  store i64 %630, i64* %631, align 8
  ret i32 %623
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
  %user = alloca i32, align 4
  store i32 0, i32* %user, align 4
  %rollout_percent = alloca i64, align 8
  store i64 0, i64* %rollout_percent, align 8
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %bucket = alloca i64, align 8
  store i64 0, i64* %bucket, align 8
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %needle = alloca i32, align 4
  store i32 0, i32* %needle, align 4
  %found = alloca i32, align 4
  store i32 0, i32* %found, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x = alloca i32, align 4
  store i32 0, i32* %x, align 4
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %beta = alloca i32, align 4
  store i32 0, i32* %beta, align 4
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %new_checkout = alloca i32, align 4
  store i32 0, i32* %new_checkout, align 4
  %item = alloca i32, align 4
  store i32 0, i32* %item, align 4
  %item.1 = alloca i32, align 4
  store i32 0, i32* %item.1, align 4
  %item.2 = alloca i32, align 4
  store i32 0, i32* %item.2, align 4
  %item.3 = alloca i32, align 4
  store i32 0, i32* %item.3, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %needle.1 = alloca i32, align 4
  store i32 0, i32* %needle.1, align 4
  %found.1 = alloca i32, align 4
  store i32 0, i32* %found.1, align 4
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %x.2 = alloca i32, align 4
  store i32 0, i32* %x.2, align 4
  %x.3 = alloca i32, align 4
  store i32 0, i32* %x.3, align 4
  %eu_banner = alloca i32, align 4
  store i32 0, i32* %eu_banner, align 4
  %loyalty = alloca i32, align 4
  store i32 0, i32* %loyalty, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %any = alloca i32, align 4
  store i32 0, i32* %any, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.4 = alloca i32, align 4
  store i32 0, i32* %x.4, align 4
  %g = alloca i32, align 4
  store i32 0, i32* %g, align 4
  %staff_tools = alloca i32, align 4
  store i32 0, i32* %staff_tools, align 4
  %flags = alloca i32, align 4
  store i32 0, i32* %flags, align 4
  %part = alloca i64, align 8
  store i64 0, i64* %part, align 8
  %text = alloca i32, align 4
  store i32 0, i32* %text, align 4
  %cur = alloca i32, align 4
  store i32 0, i32* %cur, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %bucket_label = alloca i32, align 4
  store i32 0, i32* %bucket_label, align 4
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
  %unaligned8 = alloca i32, align 4
  %unaligned10 = alloca i32, align 4
  %unaligned13 = alloca i64, align 8
  %unaligned18 = alloca i64, align 8
  %result19 = alloca i32, align 4
  %unaligned21 = alloca i32, align 4
  %unaligned23 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %result31 = alloca i32, align 4
  %result36 = alloca i32, align 4
  %result38 = alloca i32, align 4
  %result39 = alloca i32, align 4
  %unaligned46 = alloca i32, align 4
  %unaligned48 = alloca i32, align 4
  %unaligned50 = alloca i32, align 4
  %unaligned52 = alloca i32, align 4
  %unaligned54 = alloca i32, align 4
  %unaligned56 = alloca i32, align 4
  %unaligned58 = alloca i32, align 4
  %unaligned62 = alloca i32, align 4
  %unaligned72 = alloca i64, align 8
  %result74 = alloca i32, align 4
  %unaligned76 = alloca i32, align 4
  %unaligned78 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %unaligned92 = alloca i32, align 4
  %result93 = alloca i32, align 4
  %unaligned99 = alloca i32, align 4
  %unaligned101 = alloca i16, align 2
  %unaligned110 = alloca i32, align 4
  %unaligned112 = alloca i16, align 2
  %unaligned115 = alloca i32, align 4
  %unaligned118 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each41, %each32, %each16, %body
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

trap253.site0:                                    ; preds = %ok119, %ok103, %ok83, %ok63, %ok27, %ok1
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
  store i32 %62, i32* %user, align 4
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 8
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %e45, %ok113, %ok111, %ok109, %join107, %ok100, %ok98, %join96, %e17, %e37, %cont80, %ok75, %ok71, %e23, %cont60, %ok55, %ok51, %ok49, %ok47, %ok45, %ok44, %join35, %e11, %cont, %ok20, %ok16, %ok7, %ok2, %stack_ok
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
  store i64 %76, i64* %rollout_percent, align 8
  %77 = getelementptr i64, i64* %regs, i64 1
  %78 = getelementptr i64, i64* %regs, i64 2
  %79 = load i64, i64* %77, align 8
  %80 = add i64 %79, 7
  %81 = and i64 %80, -8
  %82 = add i64 %81, 24
  %83 = load i64, i64* %78, align 8
  %84 = icmp ugt i64 %82, %83
  br i1 %84, label %trap15.site4, label %ok6

e0:                                               ; preds = %ok117
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
  br i1 %92, label %trap15.site0, label %ok119

ok6:                                              ; preds = %ok3
  store i64 %82, i64* %77, align 8
  %93 = trunc i64 %81 to i32
  store i32 %93, i32* %dict, align 4
  %94 = load i32, i32* %user, align 4
  %95 = zext i32 %94 to i64
  %96 = add i64 %95, 4
  %97 = icmp ugt i64 %96, %arena_size
  br i1 %97, label %trap17.site9, label %ok7

trap15.site4:                                     ; preds = %then125, %ok3
  %98 = load i64, i64* %lowStart, align 8
  %99 = getelementptr i64, i64* %regs, i64 6
  store i64 %98, i64* %99, align 8
  %100 = load i64, i64* %lowEnd, align 8
  %101 = getelementptr i64, i64* %regs, i64 7
  store i64 %100, i64* %101, align 8
  %102 = load i64, i64* %highEnd, align 8
  %103 = getelementptr i64, i64* %regs, i64 8
  store i64 %102, i64* %103, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

ok7:                                              ; preds = %ok6
  %104 = getelementptr i8, i8* %mem, i64 %95
  %105 = bitcast i32* %unaligned8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %105, i8* %104, i64 4, i1 false)
  %106 = load i32, i32* %unaligned8, align 4
  %107 = zext i32 %106 to i64
  %108 = add i64 %107, 4
  %109 = icmp ugt i64 %108, %arena_size
  br i1 %109, label %trap17.site0, label %ok9

trap17.site9:                                     ; preds = %ok6
  %110 = load i64, i64* %lowStart, align 8
  %111 = getelementptr i64, i64* %regs, i64 6
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %lowEnd, align 8
  %113 = getelementptr i64, i64* %regs, i64 7
  store i64 %112, i64* %113, align 8
  %114 = load i64, i64* %highEnd, align 8
  %115 = getelementptr i64, i64* %regs, i64 8
  store i64 %114, i64* %115, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

ok9:                                              ; preds = %ok7
  %116 = getelementptr i8, i8* %mem, i64 %107
  %117 = bitcast i32* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %117, i8* %116, i64 4, i1 false)
  %118 = load i32, i32* %unaligned10, align 4
  %119 = zext i32 %118 to i64
  %120 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %119, i64 37)
  %121 = extractvalue { i64, i1 } %120, 1
  br i1 %121, label %trap2.site7, label %ok11

ok11:                                             ; preds = %ok9
  %122 = extractvalue { i64, i1 } %120, 0
  %123 = load i32, i32* %user, align 4
  %124 = zext i32 %123 to i64
  %125 = add i64 %124, 8
  %126 = add i64 %125, 8
  %127 = icmp ugt i64 %126, %arena_size
  br i1 %127, label %trap17.site10, label %ok12

trap2.site7:                                      ; preds = %ok9
  %128 = load i64, i64* %lowStart, align 8
  %129 = getelementptr i64, i64* %regs, i64 6
  store i64 %128, i64* %129, align 8
  %130 = load i64, i64* %lowEnd, align 8
  %131 = getelementptr i64, i64* %regs, i64 7
  store i64 %130, i64* %131, align 8
  %132 = load i64, i64* %highEnd, align 8
  %133 = getelementptr i64, i64* %regs, i64 8
  store i64 %132, i64* %133, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 7)
  unreachable

ok12:                                             ; preds = %ok11
  %134 = getelementptr i8, i8* %mem, i64 %125
  %135 = bitcast i64* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %135, i8* %134, i64 8, i1 false)
  %136 = load i64, i64* %unaligned13, align 8
  %137 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %122, i64 %136)
  %138 = extractvalue { i64, i1 } %137, 1
  br i1 %138, label %trap2.site6, label %ok14

trap17.site10:                                    ; preds = %ok11
  %139 = load i64, i64* %lowStart, align 8
  %140 = getelementptr i64, i64* %regs, i64 6
  store i64 %139, i64* %140, align 8
  %141 = load i64, i64* %lowEnd, align 8
  %142 = getelementptr i64, i64* %regs, i64 7
  store i64 %141, i64* %142, align 8
  %143 = load i64, i64* %highEnd, align 8
  %144 = getelementptr i64, i64* %regs, i64 8
  store i64 %143, i64* %144, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 10)
  unreachable

ok14:                                             ; preds = %ok12
  %145 = extractvalue { i64, i1 } %137, 0
  br i1 false, label %trap1.site5, label %ok15

trap2.site6:                                      ; preds = %ok12
  %146 = load i64, i64* %lowStart, align 8
  %147 = getelementptr i64, i64* %regs, i64 6
  store i64 %146, i64* %147, align 8
  %148 = load i64, i64* %lowEnd, align 8
  %149 = getelementptr i64, i64* %regs, i64 7
  store i64 %148, i64* %149, align 8
  %150 = load i64, i64* %highEnd, align 8
  %151 = getelementptr i64, i64* %regs, i64 8
  store i64 %150, i64* %151, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok15:                                             ; preds = %ok14
  %152 = icmp eq i64 %145, -9223372036854775808
  %153 = and i1 %152, false
  br i1 %153, label %trap2.site5, label %ok16

trap1.site5:                                      ; preds = %ok14
  %154 = load i64, i64* %lowStart, align 8
  %155 = getelementptr i64, i64* %regs, i64 6
  store i64 %154, i64* %155, align 8
  %156 = load i64, i64* %lowEnd, align 8
  %157 = getelementptr i64, i64* %regs, i64 7
  store i64 %156, i64* %157, align 8
  %158 = load i64, i64* %highEnd, align 8
  %159 = getelementptr i64, i64* %regs, i64 8
  store i64 %158, i64* %159, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 5)
  unreachable

ok16:                                             ; preds = %ok15
  %160 = srem i64 %145, 100
  store i64 %160, i64* %bucket, align 8
  %161 = load i32, i32* %dict, align 4
  %162 = load i64, i64* %bucket, align 8
  %163 = zext i32 %161 to i64
  %164 = add i64 %163, 8
  %165 = icmp ugt i64 %164, %arena_size
  br i1 %165, label %trap17.site0, label %ok17

trap2.site5:                                      ; preds = %ok15
  %166 = load i64, i64* %lowStart, align 8
  %167 = getelementptr i64, i64* %regs, i64 6
  store i64 %166, i64* %167, align 8
  %168 = load i64, i64* %lowEnd, align 8
  %169 = getelementptr i64, i64* %regs, i64 7
  store i64 %168, i64* %169, align 8
  %170 = load i64, i64* %highEnd, align 8
  %171 = getelementptr i64, i64* %regs, i64 8
  store i64 %170, i64* %171, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 5)
  unreachable

ok17:                                             ; preds = %ok16
  %172 = getelementptr i8, i8* %mem, i64 %163
  %173 = icmp ult i64 %163, %scratch_start
  %174 = load i64, i64* %lowEnd, align 8
  %175 = load i64, i64* %highEnd, align 8
  %176 = call i64 @llvm.umax.i64(i64 %174, i64 %164)
  %177 = select i1 %173, i64 %176, i64 %174
  store i64 %177, i64* %lowEnd, align 8
  %178 = call i64 @llvm.umax.i64(i64 %175, i64 %164)
  %179 = select i1 %173, i64 %175, i64 %178
  store i64 %179, i64* %highEnd, align 8
  %180 = load i64, i64* %lowStart, align 8
  %181 = call i64 @llvm.umin.i64(i64 %180, i64 %163)
  store i64 %181, i64* %lowStart, align 8
  store i64 %162, i64* %unaligned18, align 8
  %182 = bitcast i64* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %172, i8* %182, i64 8, i1 false)
  %183 = load i32, i32* %user, align 4
  %184 = zext i32 %183 to i64
  %185 = add i64 %184, 16
  %186 = add i64 %185, 4
  %187 = icmp ugt i64 %186, %arena_size
  br i1 %187, label %trap17.site12, label %ok20

e11:                                              ; preds = %block15
  %188 = load i32, i32* %result19, align 4
  store i32 %188, i32* %beta, align 4
  %189 = load i32, i32* %dict, align 4
  %190 = load i32, i32* %beta, align 4
  %191 = zext i32 %189 to i64
  %192 = add i64 %191, 8
  %193 = add i64 %192, 1
  %194 = icmp ugt i64 %193, %arena_size
  br i1 %194, label %trap17.site0, label %ok30

ok20:                                             ; preds = %ok17
  %195 = getelementptr i8, i8* %mem, i64 %185
  %196 = bitcast i32* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %196, i8* %195, i64 4, i1 false)
  %197 = load i32, i32* %unaligned21, align 4
  store i32 %197, i32* %xs, align 4
  store i32 8, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %198 = load i32, i32* %xs, align 4
  %199 = zext i32 %198 to i64
  %200 = add i64 %199, 4
  %201 = icmp ugt i64 %200, %arena_size
  br i1 %201, label %trap17.site0, label %ok22

trap17.site12:                                    ; preds = %ok17
  %202 = load i64, i64* %lowStart, align 8
  %203 = getelementptr i64, i64* %regs, i64 6
  store i64 %202, i64* %203, align 8
  %204 = load i64, i64* %lowEnd, align 8
  %205 = getelementptr i64, i64* %regs, i64 7
  store i64 %204, i64* %205, align 8
  %206 = load i64, i64* %highEnd, align 8
  %207 = getelementptr i64, i64* %regs, i64 8
  store i64 %206, i64* %207, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

ok22:                                             ; preds = %ok20
  %208 = getelementptr i8, i8* %mem, i64 %199
  %209 = bitcast i32* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %209, i8* %208, i64 4, i1 false)
  %210 = load i32, i32* %unaligned23, align 4
  store i32 %210, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each16

block15:                                          ; preds = %dead29, %then, %ok24
  %211 = load i32, i32* %found, align 4
  store i32 %211, i32* %result19, align 4
  br label %e11

each16:                                           ; preds = %join, %ok22
  %212 = load i64, i64* %fuel, align 8
  %213 = icmp ult i64 %212, 1
  br i1 %213, label %trap14.site0, label %ok24

ok24:                                             ; preds = %each16
  %214 = sub i64 %212, 1
  store i64 %214, i64* %fuel, align 8
  %215 = load i32, i32* %k, align 4
  %216 = load i32, i32* %n, align 4
  %217 = icmp uge i32 %215, %216
  %218 = zext i1 %217 to i32
  %219 = icmp ne i32 %218, 0
  br i1 %219, label %block15, label %cont

cont:                                             ; preds = %ok24
  %220 = load i32, i32* %xs, align 4
  %221 = load i32, i32* %k, align 4
  %222 = mul i32 %221, 4
  %223 = add i32 %220, %222
  %224 = zext i32 %223 to i64
  %225 = add i64 %224, 4
  %226 = add i64 %225, 4
  %227 = icmp ugt i64 %226, %arena_size
  br i1 %227, label %trap17.site0, label %ok25

ok25:                                             ; preds = %cont
  %228 = getelementptr i8, i8* %mem, i64 %225
  %229 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %229, i8* %228, i64 4, i1 false)
  %230 = load i32, i32* %unaligned26, align 4
  store i32 %230, i32* %x, align 4
  %231 = load i32, i32* %x, align 4
  store i32 %231, i32* %x.1, align 4
  %232 = load i32, i32* %x.1, align 4
  %233 = load i32, i32* %needle, align 4
  %234 = icmp uge i32 %depth, 1000
  br i1 %234, label %trap15.site0, label %ok27

ok27:                                             ; preds = %ok25
  %235 = getelementptr i64, i64* %regs, i64 10
  %236 = load i64, i64* %235, align 8
  %237 = icmp ult i64 %10, %236
  br i1 %237, label %trap253.site0, label %stack_ok28

trap15.site0:                                     ; preds = %e0, %ok81, %ok61, %ok25
  %238 = load i64, i64* %lowStart, align 8
  %239 = getelementptr i64, i64* %regs, i64 6
  store i64 %238, i64* %239, align 8
  %240 = load i64, i64* %lowEnd, align 8
  %241 = getelementptr i64, i64* %regs, i64 7
  store i64 %240, i64* %241, align 8
  %242 = load i64, i64* %highEnd, align 8
  %243 = getelementptr i64, i64* %regs, i64 8
  store i64 %242, i64* %243, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %244 = load i64, i64* %fuel, align 8
  %245 = getelementptr i64, i64* %regs, i64 0
  store i64 %244, i64* %245, align 8
  %246 = load i64, i64* %lowStart, align 8
  %247 = getelementptr i64, i64* %regs, i64 6
  store i64 %246, i64* %247, align 8
  %248 = load i64, i64* %lowEnd, align 8
  %249 = getelementptr i64, i64* %regs, i64 7
  store i64 %248, i64* %249, align 8
  %250 = load i64, i64* %highEnd, align 8
  %251 = getelementptr i64, i64* %regs, i64 8
  store i64 %250, i64* %251, align 8
  %252 = add i32 %depth, 1
  %253 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %252, i32 %232, i32 %233)
  %254 = getelementptr i64, i64* %regs, i64 0
  %255 = load i64, i64* %254, align 8
  store i64 %255, i64* %fuel, align 8
  %256 = getelementptr i64, i64* %regs, i64 6
  %257 = load i64, i64* %256, align 8
  store i64 %257, i64* %lowStart, align 8
  %258 = getelementptr i64, i64* %regs, i64 7
  %259 = load i64, i64* %258, align 8
  store i64 %259, i64* %lowEnd, align 8
  %260 = getelementptr i64, i64* %regs, i64 8
  %261 = load i64, i64* %260, align 8
  store i64 %261, i64* %highEnd, align 8
  %262 = icmp ne i32 %253, 0
  br i1 %262, label %then, label %else

then:                                             ; preds = %stack_ok28
  store i32 1, i32* %found, align 4
  br label %block15

else:                                             ; preds = %stack_ok28
  br label %join

join:                                             ; preds = %else, %dead
  %263 = load i32, i32* %k, align 4
  %264 = add i32 %263, 1
  store i32 %264, i32* %k, align 4
  br label %each16

dead:                                             ; No predecessors!
  br label %join

dead29:                                           ; No predecessors!
  br label %block15

ok30:                                             ; preds = %e11
  %265 = getelementptr i8, i8* %mem, i64 %192
  %266 = icmp ult i64 %192, %scratch_start
  %267 = load i64, i64* %lowEnd, align 8
  %268 = load i64, i64* %highEnd, align 8
  %269 = call i64 @llvm.umax.i64(i64 %267, i64 %193)
  %270 = select i1 %266, i64 %269, i64 %267
  store i64 %270, i64* %lowEnd, align 8
  %271 = call i64 @llvm.umax.i64(i64 %268, i64 %193)
  %272 = select i1 %266, i64 %268, i64 %271
  store i64 %272, i64* %highEnd, align 8
  %273 = load i64, i64* %lowStart, align 8
  %274 = call i64 @llvm.umin.i64(i64 %273, i64 %192)
  store i64 %274, i64* %lowStart, align 8
  %275 = trunc i32 %190 to i8
  store i8 %275, i8* %265, align 1
  %276 = getelementptr i64, i64* %regs, i64 1
  %277 = getelementptr i64, i64* %regs, i64 2
  %278 = load i64, i64* %276, align 8
  %279 = add i64 %278, 7
  %280 = and i64 %279, -8
  %281 = add i64 %280, 4
  %282 = load i64, i64* %277, align 8
  %283 = icmp ugt i64 %281, %282
  br i1 %283, label %trap15.site13, label %ok32

e17:                                              ; preds = %ok90
  %284 = load i32, i32* %result31, align 4
  store i32 %284, i32* %flags, align 4
  %285 = load i32, i32* %dict, align 4
  %286 = load i32, i32* %flags, align 4
  %287 = zext i32 %285 to i64
  %288 = add i64 %287, 12
  %289 = add i64 %288, 4
  %290 = icmp ugt i64 %289, %arena_size
  br i1 %290, label %trap17.site0, label %ok91

ok32:                                             ; preds = %ok30
  store i64 %281, i64* %276, align 8
  %291 = trunc i64 %280 to i32
  store i32 %291, i32* %dict.1, align 4
  %292 = load i32, i32* %beta, align 4
  %293 = icmp ne i32 %292, 0
  br i1 %293, label %then33, label %else34

trap15.site13:                                    ; preds = %ok30
  %294 = load i64, i64* %lowStart, align 8
  %295 = getelementptr i64, i64* %regs, i64 6
  store i64 %294, i64* %295, align 8
  %296 = load i64, i64* %lowEnd, align 8
  %297 = getelementptr i64, i64* %regs, i64 7
  store i64 %296, i64* %297, align 8
  %298 = load i64, i64* %highEnd, align 8
  %299 = getelementptr i64, i64* %regs, i64 8
  store i64 %298, i64* %299, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

then33:                                           ; preds = %ok32
  store i32 1, i32* %result36, align 4
  br label %join35

else34:                                           ; preds = %ok32
  %300 = load i64, i64* %bucket, align 8
  %301 = load i64, i64* %rollout_percent, align 8
  %302 = icmp slt i64 %300, %301
  %303 = zext i1 %302 to i32
  store i32 %303, i32* %result36, align 4
  br label %join35

join35:                                           ; preds = %else34, %then33
  %304 = load i32, i32* %result36, align 4
  store i32 %304, i32* %new_checkout, align 4
  %305 = load i32, i32* %dict.1, align 4
  %306 = load i32, i32* %new_checkout, align 4
  %307 = zext i32 %305 to i64
  %308 = add i64 %307, 1
  %309 = icmp ugt i64 %308, %arena_size
  br i1 %309, label %trap17.site0, label %ok37

ok37:                                             ; preds = %join35
  %310 = getelementptr i8, i8* %mem, i64 %307
  %311 = icmp ult i64 %307, %scratch_start
  %312 = load i64, i64* %lowEnd, align 8
  %313 = load i64, i64* %highEnd, align 8
  %314 = call i64 @llvm.umax.i64(i64 %312, i64 %308)
  %315 = select i1 %311, i64 %314, i64 %312
  store i64 %315, i64* %lowEnd, align 8
  %316 = call i64 @llvm.umax.i64(i64 %313, i64 %308)
  %317 = select i1 %311, i64 %313, i64 %316
  store i64 %317, i64* %highEnd, align 8
  %318 = load i64, i64* %lowStart, align 8
  %319 = call i64 @llvm.umin.i64(i64 %318, i64 %307)
  store i64 %319, i64* %lowStart, align 8
  %320 = trunc i32 %306 to i8
  store i8 %320, i8* %310, align 1
  store i32 16, i32* %item, align 4
  store i32 24, i32* %item.1, align 4
  store i32 32, i32* %item.2, align 4
  store i32 40, i32* %item.3, align 4
  store i64 20, i64* %size, align 8
  %321 = load i64, i64* %size, align 8
  %322 = icmp ugt i64 %321, 2147483647
  %323 = zext i1 %322 to i32
  %324 = icmp ne i32 %323, 0
  br i1 %324, label %then40, label %else41

e23:                                              ; preds = %block31
  %325 = load i32, i32* %result38, align 4
  store i32 %325, i32* %eu_banner, align 4
  %326 = load i32, i32* %dict.1, align 4
  %327 = load i32, i32* %eu_banner, align 4
  %328 = zext i32 %326 to i64
  %329 = add i64 %328, 1
  %330 = add i64 %329, 1
  %331 = icmp ugt i64 %330, %arena_size
  br i1 %331, label %trap17.site0, label %ok70

e24:                                              ; preds = %ok53
  %332 = load i32, i32* %result39, align 4
  store i32 %332, i32* %xs.1, align 4
  %333 = load i32, i32* %user, align 4
  %334 = zext i32 %333 to i64
  %335 = add i64 %334, 4
  %336 = add i64 %335, 4
  %337 = icmp ugt i64 %336, %arena_size
  br i1 %337, label %trap17.site18, label %ok55

then40:                                           ; preds = %ok37
  br label %trap15.site17

else41:                                           ; preds = %ok37
  br label %join42

join42:                                           ; preds = %else41, %dead43
  %338 = load i64, i64* %size, align 8
  %339 = trunc i64 %338 to i32
  %340 = zext i32 %339 to i64
  %341 = getelementptr i64, i64* %regs, i64 1
  %342 = getelementptr i64, i64* %regs, i64 2
  %343 = load i64, i64* %341, align 8
  %344 = add i64 %343, 3
  %345 = and i64 %344, -4
  %346 = add i64 %345, %340
  %347 = load i64, i64* %342, align 8
  %348 = icmp ugt i64 %346, %347
  br i1 %348, label %trap15.site17, label %ok44

trap15.site17:                                    ; preds = %join42, %then40
  %349 = load i64, i64* %lowStart, align 8
  %350 = getelementptr i64, i64* %regs, i64 6
  store i64 %349, i64* %350, align 8
  %351 = load i64, i64* %lowEnd, align 8
  %352 = getelementptr i64, i64* %regs, i64 7
  store i64 %351, i64* %352, align 8
  %353 = load i64, i64* %highEnd, align 8
  %354 = getelementptr i64, i64* %regs, i64 8
  store i64 %353, i64* %354, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

dead43:                                           ; No predecessors!
  br label %join42

ok44:                                             ; preds = %join42
  store i64 %346, i64* %341, align 8
  %355 = trunc i64 %345 to i32
  store i32 %355, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %356 = load i32, i32* %list, align 4
  %357 = add i32 %356, 4
  %358 = load i32, i32* %len, align 4
  %359 = mul i32 %358, 4
  %360 = add i32 %357, %359
  %361 = load i32, i32* %item, align 4
  %362 = zext i32 %360 to i64
  %363 = add i64 %362, 4
  %364 = icmp ugt i64 %363, %arena_size
  br i1 %364, label %trap17.site0, label %ok45

ok45:                                             ; preds = %ok44
  %365 = getelementptr i8, i8* %mem, i64 %362
  %366 = icmp ult i64 %362, %scratch_start
  %367 = load i64, i64* %lowEnd, align 8
  %368 = load i64, i64* %highEnd, align 8
  %369 = call i64 @llvm.umax.i64(i64 %367, i64 %363)
  %370 = select i1 %366, i64 %369, i64 %367
  store i64 %370, i64* %lowEnd, align 8
  %371 = call i64 @llvm.umax.i64(i64 %368, i64 %363)
  %372 = select i1 %366, i64 %368, i64 %371
  store i64 %372, i64* %highEnd, align 8
  %373 = load i64, i64* %lowStart, align 8
  %374 = call i64 @llvm.umin.i64(i64 %373, i64 %362)
  store i64 %374, i64* %lowStart, align 8
  store i32 %361, i32* %unaligned46, align 4
  %375 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %365, i8* %375, i64 4, i1 false)
  %376 = load i32, i32* %len, align 4
  %377 = add i32 %376, 1
  store i32 %377, i32* %len, align 4
  %378 = load i32, i32* %list, align 4
  %379 = add i32 %378, 4
  %380 = load i32, i32* %len, align 4
  %381 = mul i32 %380, 4
  %382 = add i32 %379, %381
  %383 = load i32, i32* %item.1, align 4
  %384 = zext i32 %382 to i64
  %385 = add i64 %384, 4
  %386 = icmp ugt i64 %385, %arena_size
  br i1 %386, label %trap17.site0, label %ok47

ok47:                                             ; preds = %ok45
  %387 = getelementptr i8, i8* %mem, i64 %384
  %388 = icmp ult i64 %384, %scratch_start
  %389 = load i64, i64* %lowEnd, align 8
  %390 = load i64, i64* %highEnd, align 8
  %391 = call i64 @llvm.umax.i64(i64 %389, i64 %385)
  %392 = select i1 %388, i64 %391, i64 %389
  store i64 %392, i64* %lowEnd, align 8
  %393 = call i64 @llvm.umax.i64(i64 %390, i64 %385)
  %394 = select i1 %388, i64 %390, i64 %393
  store i64 %394, i64* %highEnd, align 8
  %395 = load i64, i64* %lowStart, align 8
  %396 = call i64 @llvm.umin.i64(i64 %395, i64 %384)
  store i64 %396, i64* %lowStart, align 8
  store i32 %383, i32* %unaligned48, align 4
  %397 = bitcast i32* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %387, i8* %397, i64 4, i1 false)
  %398 = load i32, i32* %len, align 4
  %399 = add i32 %398, 1
  store i32 %399, i32* %len, align 4
  %400 = load i32, i32* %list, align 4
  %401 = add i32 %400, 4
  %402 = load i32, i32* %len, align 4
  %403 = mul i32 %402, 4
  %404 = add i32 %401, %403
  %405 = load i32, i32* %item.2, align 4
  %406 = zext i32 %404 to i64
  %407 = add i64 %406, 4
  %408 = icmp ugt i64 %407, %arena_size
  br i1 %408, label %trap17.site0, label %ok49

ok49:                                             ; preds = %ok47
  %409 = getelementptr i8, i8* %mem, i64 %406
  %410 = icmp ult i64 %406, %scratch_start
  %411 = load i64, i64* %lowEnd, align 8
  %412 = load i64, i64* %highEnd, align 8
  %413 = call i64 @llvm.umax.i64(i64 %411, i64 %407)
  %414 = select i1 %410, i64 %413, i64 %411
  store i64 %414, i64* %lowEnd, align 8
  %415 = call i64 @llvm.umax.i64(i64 %412, i64 %407)
  %416 = select i1 %410, i64 %412, i64 %415
  store i64 %416, i64* %highEnd, align 8
  %417 = load i64, i64* %lowStart, align 8
  %418 = call i64 @llvm.umin.i64(i64 %417, i64 %406)
  store i64 %418, i64* %lowStart, align 8
  store i32 %405, i32* %unaligned50, align 4
  %419 = bitcast i32* %unaligned50 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %409, i8* %419, i64 4, i1 false)
  %420 = load i32, i32* %len, align 4
  %421 = add i32 %420, 1
  store i32 %421, i32* %len, align 4
  %422 = load i32, i32* %list, align 4
  %423 = add i32 %422, 4
  %424 = load i32, i32* %len, align 4
  %425 = mul i32 %424, 4
  %426 = add i32 %423, %425
  %427 = load i32, i32* %item.3, align 4
  %428 = zext i32 %426 to i64
  %429 = add i64 %428, 4
  %430 = icmp ugt i64 %429, %arena_size
  br i1 %430, label %trap17.site0, label %ok51

ok51:                                             ; preds = %ok49
  %431 = getelementptr i8, i8* %mem, i64 %428
  %432 = icmp ult i64 %428, %scratch_start
  %433 = load i64, i64* %lowEnd, align 8
  %434 = load i64, i64* %highEnd, align 8
  %435 = call i64 @llvm.umax.i64(i64 %433, i64 %429)
  %436 = select i1 %432, i64 %435, i64 %433
  store i64 %436, i64* %lowEnd, align 8
  %437 = call i64 @llvm.umax.i64(i64 %434, i64 %429)
  %438 = select i1 %432, i64 %434, i64 %437
  store i64 %438, i64* %highEnd, align 8
  %439 = load i64, i64* %lowStart, align 8
  %440 = call i64 @llvm.umin.i64(i64 %439, i64 %428)
  store i64 %440, i64* %lowStart, align 8
  store i32 %427, i32* %unaligned52, align 4
  %441 = bitcast i32* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %431, i8* %441, i64 4, i1 false)
  %442 = load i32, i32* %len, align 4
  %443 = add i32 %442, 1
  store i32 %443, i32* %len, align 4
  %444 = load i32, i32* %list, align 4
  %445 = load i32, i32* %len, align 4
  %446 = zext i32 %444 to i64
  %447 = add i64 %446, 4
  %448 = icmp ugt i64 %447, %arena_size
  br i1 %448, label %trap17.site0, label %ok53

ok53:                                             ; preds = %ok51
  %449 = getelementptr i8, i8* %mem, i64 %446
  %450 = icmp ult i64 %446, %scratch_start
  %451 = load i64, i64* %lowEnd, align 8
  %452 = load i64, i64* %highEnd, align 8
  %453 = call i64 @llvm.umax.i64(i64 %451, i64 %447)
  %454 = select i1 %450, i64 %453, i64 %451
  store i64 %454, i64* %lowEnd, align 8
  %455 = call i64 @llvm.umax.i64(i64 %452, i64 %447)
  %456 = select i1 %450, i64 %452, i64 %455
  store i64 %456, i64* %highEnd, align 8
  %457 = load i64, i64* %lowStart, align 8
  %458 = call i64 @llvm.umin.i64(i64 %457, i64 %446)
  store i64 %458, i64* %lowStart, align 8
  store i32 %445, i32* %unaligned54, align 4
  %459 = bitcast i32* %unaligned54 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %449, i8* %459, i64 4, i1 false)
  %460 = load i32, i32* %list, align 4
  store i32 %460, i32* %result39, align 4
  br label %e24

ok55:                                             ; preds = %e24
  %461 = getelementptr i8, i8* %mem, i64 %335
  %462 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %462, i8* %461, i64 4, i1 false)
  %463 = load i32, i32* %unaligned56, align 4
  store i32 %463, i32* %needle.1, align 4
  store i32 0, i32* %found.1, align 4
  %464 = load i32, i32* %xs.1, align 4
  %465 = zext i32 %464 to i64
  %466 = add i64 %465, 4
  %467 = icmp ugt i64 %466, %arena_size
  br i1 %467, label %trap17.site0, label %ok57

trap17.site18:                                    ; preds = %e24
  %468 = load i64, i64* %lowStart, align 8
  %469 = getelementptr i64, i64* %regs, i64 6
  store i64 %468, i64* %469, align 8
  %470 = load i64, i64* %lowEnd, align 8
  %471 = getelementptr i64, i64* %regs, i64 7
  store i64 %470, i64* %471, align 8
  %472 = load i64, i64* %highEnd, align 8
  %473 = getelementptr i64, i64* %regs, i64 8
  store i64 %472, i64* %473, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 18)
  unreachable

ok57:                                             ; preds = %ok55
  %474 = getelementptr i8, i8* %mem, i64 %465
  %475 = bitcast i32* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %475, i8* %474, i64 4, i1 false)
  %476 = load i32, i32* %unaligned58, align 4
  store i32 %476, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each32

block31:                                          ; preds = %dead69, %then65, %ok59
  %477 = load i32, i32* %found.1, align 4
  store i32 %477, i32* %result38, align 4
  br label %e23

each32:                                           ; preds = %join67, %ok57
  %478 = load i64, i64* %fuel, align 8
  %479 = icmp ult i64 %478, 1
  br i1 %479, label %trap14.site0, label %ok59

ok59:                                             ; preds = %each32
  %480 = sub i64 %478, 1
  store i64 %480, i64* %fuel, align 8
  %481 = load i32, i32* %k.1, align 4
  %482 = load i32, i32* %n.1, align 4
  %483 = icmp uge i32 %481, %482
  %484 = zext i1 %483 to i32
  %485 = icmp ne i32 %484, 0
  br i1 %485, label %block31, label %cont60

cont60:                                           ; preds = %ok59
  %486 = load i32, i32* %xs.1, align 4
  %487 = load i32, i32* %k.1, align 4
  %488 = mul i32 %487, 4
  %489 = add i32 %486, %488
  %490 = zext i32 %489 to i64
  %491 = add i64 %490, 4
  %492 = add i64 %491, 4
  %493 = icmp ugt i64 %492, %arena_size
  br i1 %493, label %trap17.site0, label %ok61

ok61:                                             ; preds = %cont60
  %494 = getelementptr i8, i8* %mem, i64 %491
  %495 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %495, i8* %494, i64 4, i1 false)
  %496 = load i32, i32* %unaligned62, align 4
  store i32 %496, i32* %x.2, align 4
  %497 = load i32, i32* %x.2, align 4
  store i32 %497, i32* %x.3, align 4
  %498 = load i32, i32* %x.3, align 4
  %499 = load i32, i32* %needle.1, align 4
  %500 = icmp uge i32 %depth, 1000
  br i1 %500, label %trap15.site0, label %ok63

ok63:                                             ; preds = %ok61
  %501 = getelementptr i64, i64* %regs, i64 10
  %502 = load i64, i64* %501, align 8
  %503 = icmp ult i64 %10, %502
  br i1 %503, label %trap253.site0, label %stack_ok64

stack_ok64:                                       ; preds = %ok63
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
  %513 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %512, i32 %498, i32 %499)
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
  %522 = icmp ne i32 %513, 0
  br i1 %522, label %then65, label %else66

then65:                                           ; preds = %stack_ok64
  store i32 1, i32* %found.1, align 4
  br label %block31

else66:                                           ; preds = %stack_ok64
  br label %join67

join67:                                           ; preds = %else66, %dead68
  %523 = load i32, i32* %k.1, align 4
  %524 = add i32 %523, 1
  store i32 %524, i32* %k.1, align 4
  br label %each32

dead68:                                           ; No predecessors!
  br label %join67

dead69:                                           ; No predecessors!
  br label %block31

ok70:                                             ; preds = %e23
  %525 = getelementptr i8, i8* %mem, i64 %329
  %526 = icmp ult i64 %329, %scratch_start
  %527 = load i64, i64* %lowEnd, align 8
  %528 = load i64, i64* %highEnd, align 8
  %529 = call i64 @llvm.umax.i64(i64 %527, i64 %330)
  %530 = select i1 %526, i64 %529, i64 %527
  store i64 %530, i64* %lowEnd, align 8
  %531 = call i64 @llvm.umax.i64(i64 %528, i64 %330)
  %532 = select i1 %526, i64 %528, i64 %531
  store i64 %532, i64* %highEnd, align 8
  %533 = load i64, i64* %lowStart, align 8
  %534 = call i64 @llvm.umin.i64(i64 %533, i64 %329)
  store i64 %534, i64* %lowStart, align 8
  %535 = trunc i32 %327 to i8
  store i8 %535, i8* %525, align 1
  %536 = load i32, i32* %user, align 4
  %537 = zext i32 %536 to i64
  %538 = add i64 %537, 8
  %539 = add i64 %538, 8
  %540 = icmp ugt i64 %539, %arena_size
  br i1 %540, label %trap17.site20, label %ok71

ok71:                                             ; preds = %ok70
  %541 = getelementptr i8, i8* %mem, i64 %538
  %542 = bitcast i64* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %542, i8* %541, i64 8, i1 false)
  %543 = load i64, i64* %unaligned72, align 8
  %544 = icmp sge i64 %543, 365
  %545 = zext i1 %544 to i32
  store i32 %545, i32* %loyalty, align 4
  %546 = load i32, i32* %dict.1, align 4
  %547 = load i32, i32* %loyalty, align 4
  %548 = zext i32 %546 to i64
  %549 = add i64 %548, 2
  %550 = add i64 %549, 1
  %551 = icmp ugt i64 %550, %arena_size
  br i1 %551, label %trap17.site0, label %ok73

trap17.site20:                                    ; preds = %ok70
  %552 = load i64, i64* %lowStart, align 8
  %553 = getelementptr i64, i64* %regs, i64 6
  store i64 %552, i64* %553, align 8
  %554 = load i64, i64* %lowEnd, align 8
  %555 = getelementptr i64, i64* %regs, i64 7
  store i64 %554, i64* %555, align 8
  %556 = load i64, i64* %highEnd, align 8
  %557 = getelementptr i64, i64* %regs, i64 8
  store i64 %556, i64* %557, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 20)
  unreachable

ok73:                                             ; preds = %ok71
  %558 = getelementptr i8, i8* %mem, i64 %549
  %559 = icmp ult i64 %549, %scratch_start
  %560 = load i64, i64* %lowEnd, align 8
  %561 = load i64, i64* %highEnd, align 8
  %562 = call i64 @llvm.umax.i64(i64 %560, i64 %550)
  %563 = select i1 %559, i64 %562, i64 %560
  store i64 %563, i64* %lowEnd, align 8
  %564 = call i64 @llvm.umax.i64(i64 %561, i64 %550)
  %565 = select i1 %559, i64 %561, i64 %564
  store i64 %565, i64* %highEnd, align 8
  %566 = load i64, i64* %lowStart, align 8
  %567 = call i64 @llvm.umin.i64(i64 %566, i64 %549)
  store i64 %567, i64* %lowStart, align 8
  %568 = trunc i32 %547 to i8
  store i8 %568, i8* %558, align 1
  %569 = load i32, i32* %user, align 4
  %570 = zext i32 %569 to i64
  %571 = add i64 %570, 16
  %572 = add i64 %571, 4
  %573 = icmp ugt i64 %572, %arena_size
  br i1 %573, label %trap17.site22, label %ok75

e37:                                              ; preds = %block40
  %574 = load i32, i32* %result74, align 4
  store i32 %574, i32* %staff_tools, align 4
  %575 = load i32, i32* %dict.1, align 4
  %576 = load i32, i32* %staff_tools, align 4
  %577 = zext i32 %575 to i64
  %578 = add i64 %577, 3
  %579 = add i64 %578, 1
  %580 = icmp ugt i64 %579, %arena_size
  br i1 %580, label %trap17.site0, label %ok90

ok75:                                             ; preds = %ok73
  %581 = getelementptr i8, i8* %mem, i64 %571
  %582 = bitcast i32* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %582, i8* %581, i64 4, i1 false)
  %583 = load i32, i32* %unaligned76, align 4
  store i32 %583, i32* %xs.2, align 4
  store i32 0, i32* %any, align 4
  %584 = load i32, i32* %xs.2, align 4
  %585 = zext i32 %584 to i64
  %586 = add i64 %585, 4
  %587 = icmp ugt i64 %586, %arena_size
  br i1 %587, label %trap17.site0, label %ok77

trap17.site22:                                    ; preds = %ok73
  %588 = load i64, i64* %lowStart, align 8
  %589 = getelementptr i64, i64* %regs, i64 6
  store i64 %588, i64* %589, align 8
  %590 = load i64, i64* %lowEnd, align 8
  %591 = getelementptr i64, i64* %regs, i64 7
  store i64 %590, i64* %591, align 8
  %592 = load i64, i64* %highEnd, align 8
  %593 = getelementptr i64, i64* %regs, i64 8
  store i64 %592, i64* %593, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok77:                                             ; preds = %ok75
  %594 = getelementptr i8, i8* %mem, i64 %585
  %595 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %595, i8* %594, i64 4, i1 false)
  %596 = load i32, i32* %unaligned78, align 4
  store i32 %596, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each41

block40:                                          ; preds = %dead89, %then85, %ok79
  %597 = load i32, i32* %any, align 4
  store i32 %597, i32* %result74, align 4
  br label %e37

each41:                                           ; preds = %join87, %ok77
  %598 = load i64, i64* %fuel, align 8
  %599 = icmp ult i64 %598, 1
  br i1 %599, label %trap14.site0, label %ok79

ok79:                                             ; preds = %each41
  %600 = sub i64 %598, 1
  store i64 %600, i64* %fuel, align 8
  %601 = load i32, i32* %k.2, align 4
  %602 = load i32, i32* %n.2, align 4
  %603 = icmp uge i32 %601, %602
  %604 = zext i1 %603 to i32
  %605 = icmp ne i32 %604, 0
  br i1 %605, label %block40, label %cont80

cont80:                                           ; preds = %ok79
  %606 = load i32, i32* %xs.2, align 4
  %607 = load i32, i32* %k.2, align 4
  %608 = mul i32 %607, 4
  %609 = add i32 %606, %608
  %610 = zext i32 %609 to i64
  %611 = add i64 %610, 4
  %612 = add i64 %611, 4
  %613 = icmp ugt i64 %612, %arena_size
  br i1 %613, label %trap17.site0, label %ok81

ok81:                                             ; preds = %cont80
  %614 = getelementptr i8, i8* %mem, i64 %611
  %615 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %615, i8* %614, i64 4, i1 false)
  %616 = load i32, i32* %unaligned82, align 4
  store i32 %616, i32* %x.4, align 4
  %617 = load i32, i32* %x.4, align 4
  store i32 %617, i32* %g, align 4
  %618 = load i32, i32* %g, align 4
  %619 = icmp uge i32 %depth, 1000
  br i1 %619, label %trap15.site0, label %ok83

ok83:                                             ; preds = %ok81
  %620 = getelementptr i64, i64* %regs, i64 10
  %621 = load i64, i64* %620, align 8
  %622 = icmp ult i64 %10, %621
  br i1 %622, label %trap253.site0, label %stack_ok84

stack_ok84:                                       ; preds = %ok83
  %623 = load i64, i64* %fuel, align 8
  %624 = getelementptr i64, i64* %regs, i64 0
  store i64 %623, i64* %624, align 8
  %625 = load i64, i64* %lowStart, align 8
  %626 = getelementptr i64, i64* %regs, i64 6
  store i64 %625, i64* %626, align 8
  %627 = load i64, i64* %lowEnd, align 8
  %628 = getelementptr i64, i64* %regs, i64 7
  store i64 %627, i64* %628, align 8
  %629 = load i64, i64* %highEnd, align 8
  %630 = getelementptr i64, i64* %regs, i64 8
  store i64 %629, i64* %630, align 8
  %631 = add i32 %depth, 1
  %632 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %631, i32 %618, i32 48)
  %633 = getelementptr i64, i64* %regs, i64 0
  %634 = load i64, i64* %633, align 8
  store i64 %634, i64* %fuel, align 8
  %635 = getelementptr i64, i64* %regs, i64 6
  %636 = load i64, i64* %635, align 8
  store i64 %636, i64* %lowStart, align 8
  %637 = getelementptr i64, i64* %regs, i64 7
  %638 = load i64, i64* %637, align 8
  store i64 %638, i64* %lowEnd, align 8
  %639 = getelementptr i64, i64* %regs, i64 8
  %640 = load i64, i64* %639, align 8
  store i64 %640, i64* %highEnd, align 8
  %641 = icmp ne i32 %632, 0
  br i1 %641, label %then85, label %else86

then85:                                           ; preds = %stack_ok84
  store i32 1, i32* %any, align 4
  br label %block40

else86:                                           ; preds = %stack_ok84
  br label %join87

join87:                                           ; preds = %else86, %dead88
  %642 = load i32, i32* %k.2, align 4
  %643 = add i32 %642, 1
  store i32 %643, i32* %k.2, align 4
  br label %each41

dead88:                                           ; No predecessors!
  br label %join87

dead89:                                           ; No predecessors!
  br label %block40

ok90:                                             ; preds = %e37
  %644 = getelementptr i8, i8* %mem, i64 %578
  %645 = icmp ult i64 %578, %scratch_start
  %646 = load i64, i64* %lowEnd, align 8
  %647 = load i64, i64* %highEnd, align 8
  %648 = call i64 @llvm.umax.i64(i64 %646, i64 %579)
  %649 = select i1 %645, i64 %648, i64 %646
  store i64 %649, i64* %lowEnd, align 8
  %650 = call i64 @llvm.umax.i64(i64 %647, i64 %579)
  %651 = select i1 %645, i64 %647, i64 %650
  store i64 %651, i64* %highEnd, align 8
  %652 = load i64, i64* %lowStart, align 8
  %653 = call i64 @llvm.umin.i64(i64 %652, i64 %578)
  store i64 %653, i64* %lowStart, align 8
  %654 = trunc i32 %576 to i8
  store i8 %654, i8* %644, align 1
  %655 = load i32, i32* %dict.1, align 4
  store i32 %655, i32* %result31, align 4
  br label %e17

ok91:                                             ; preds = %e17
  %656 = getelementptr i8, i8* %mem, i64 %288
  %657 = icmp ult i64 %288, %scratch_start
  %658 = load i64, i64* %lowEnd, align 8
  %659 = load i64, i64* %highEnd, align 8
  %660 = call i64 @llvm.umax.i64(i64 %658, i64 %289)
  %661 = select i1 %657, i64 %660, i64 %658
  store i64 %661, i64* %lowEnd, align 8
  %662 = call i64 @llvm.umax.i64(i64 %659, i64 %289)
  %663 = select i1 %657, i64 %659, i64 %662
  store i64 %663, i64* %highEnd, align 8
  %664 = load i64, i64* %lowStart, align 8
  %665 = call i64 @llvm.umin.i64(i64 %664, i64 %288)
  store i64 %665, i64* %lowStart, align 8
  store i32 %286, i32* %unaligned92, align 4
  %666 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %656, i8* %666, i64 4, i1 false)
  %667 = load i64, i64* %bucket, align 8
  store i64 %667, i64* %part, align 8
  %668 = getelementptr i64, i64* %regs, i64 1
  %669 = load i64, i64* %668, align 8
  %670 = trunc i64 %669 to i32
  %671 = add i32 %670, 3
  %672 = and i32 %671, -4
  store i32 %672, i32* %text, align 4
  %673 = load i32, i32* %text, align 4
  %674 = add i32 %673, 4
  store i32 %674, i32* %cur, align 4
  %675 = load i32, i32* %cur, align 4
  %676 = add i32 %675, 27
  %677 = getelementptr i64, i64* %regs, i64 2
  %678 = load i64, i64* %677, align 8
  %679 = trunc i64 %678 to i32
  %680 = icmp ugt i32 %676, %679
  %681 = zext i1 %680 to i32
  %682 = icmp ne i32 %681, 0
  br i1 %682, label %then94, label %else95

e45:                                              ; preds = %ok116
  %683 = load i32, i32* %result93, align 4
  store i32 %683, i32* %bucket_label, align 4
  %684 = load i32, i32* %dict, align 4
  %685 = load i32, i32* %bucket_label, align 4
  %686 = zext i32 %684 to i64
  %687 = add i64 %686, 16
  %688 = add i64 %687, 4
  %689 = icmp ugt i64 %688, %arena_size
  br i1 %689, label %trap17.site0, label %ok117

then94:                                           ; preds = %ok91
  br label %trap15.site24

else95:                                           ; preds = %ok91
  br label %join96

join96:                                           ; preds = %else95, %dead97
  %690 = load i32, i32* %cur, align 4
  %691 = zext i32 %690 to i64
  %692 = add i64 %691, 4
  %693 = icmp ugt i64 %692, %arena_size
  br i1 %693, label %trap17.site0, label %ok98

trap15.site24:                                    ; preds = %ok114, %then105, %ok102, %then94
  %694 = load i64, i64* %lowStart, align 8
  %695 = getelementptr i64, i64* %regs, i64 6
  store i64 %694, i64* %695, align 8
  %696 = load i64, i64* %lowEnd, align 8
  %697 = getelementptr i64, i64* %regs, i64 7
  store i64 %696, i64* %697, align 8
  %698 = load i64, i64* %highEnd, align 8
  %699 = getelementptr i64, i64* %regs, i64 8
  store i64 %698, i64* %699, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

dead97:                                           ; No predecessors!
  br label %join96

ok98:                                             ; preds = %join96
  %700 = getelementptr i8, i8* %mem, i64 %691
  %701 = icmp ult i64 %691, %scratch_start
  %702 = load i64, i64* %lowEnd, align 8
  %703 = load i64, i64* %highEnd, align 8
  %704 = call i64 @llvm.umax.i64(i64 %702, i64 %692)
  %705 = select i1 %701, i64 %704, i64 %702
  store i64 %705, i64* %lowEnd, align 8
  %706 = call i64 @llvm.umax.i64(i64 %703, i64 %692)
  %707 = select i1 %701, i64 %703, i64 %706
  store i64 %707, i64* %highEnd, align 8
  %708 = load i64, i64* %lowStart, align 8
  %709 = call i64 @llvm.umin.i64(i64 %708, i64 %691)
  store i64 %709, i64* %lowStart, align 8
  store i32 1801680226, i32* %unaligned99, align 4
  %710 = bitcast i32* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %700, i8* %710, i64 4, i1 false)
  %711 = load i32, i32* %cur, align 4
  %712 = zext i32 %711 to i64
  %713 = add i64 %712, 4
  %714 = add i64 %713, 2
  %715 = icmp ugt i64 %714, %arena_size
  br i1 %715, label %trap17.site0, label %ok100

ok100:                                            ; preds = %ok98
  %716 = getelementptr i8, i8* %mem, i64 %713
  %717 = icmp ult i64 %713, %scratch_start
  %718 = load i64, i64* %lowEnd, align 8
  %719 = load i64, i64* %highEnd, align 8
  %720 = call i64 @llvm.umax.i64(i64 %718, i64 %714)
  %721 = select i1 %717, i64 %720, i64 %718
  store i64 %721, i64* %lowEnd, align 8
  %722 = call i64 @llvm.umax.i64(i64 %719, i64 %714)
  %723 = select i1 %717, i64 %719, i64 %722
  store i64 %723, i64* %highEnd, align 8
  %724 = load i64, i64* %lowStart, align 8
  %725 = call i64 @llvm.umin.i64(i64 %724, i64 %713)
  store i64 %725, i64* %lowStart, align 8
  store i16 29797, i16* %unaligned101, align 2
  %726 = bitcast i16* %unaligned101 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %716, i8* %726, i64 2, i1 false)
  %727 = load i32, i32* %cur, align 4
  %728 = zext i32 %727 to i64
  %729 = add i64 %728, 6
  %730 = add i64 %729, 1
  %731 = icmp ugt i64 %730, %arena_size
  br i1 %731, label %trap17.site0, label %ok102

ok102:                                            ; preds = %ok100
  %732 = getelementptr i8, i8* %mem, i64 %729
  %733 = icmp ult i64 %729, %scratch_start
  %734 = load i64, i64* %lowEnd, align 8
  %735 = load i64, i64* %highEnd, align 8
  %736 = call i64 @llvm.umax.i64(i64 %734, i64 %730)
  %737 = select i1 %733, i64 %736, i64 %734
  store i64 %737, i64* %lowEnd, align 8
  %738 = call i64 @llvm.umax.i64(i64 %735, i64 %730)
  %739 = select i1 %733, i64 %735, i64 %738
  store i64 %739, i64* %highEnd, align 8
  %740 = load i64, i64* %lowStart, align 8
  %741 = call i64 @llvm.umin.i64(i64 %740, i64 %729)
  store i64 %741, i64* %lowStart, align 8
  store i8 32, i8* %732, align 1
  %742 = load i32, i32* %cur, align 4
  %743 = add i32 %742, 7
  store i32 %743, i32* %cur, align 4
  %744 = load i32, i32* %cur, align 4
  %745 = load i64, i64* %part, align 8
  %746 = load i32, i32* %cur, align 4
  %747 = icmp uge i32 %depth, 1000
  br i1 %747, label %trap15.site24, label %ok103

ok103:                                            ; preds = %ok102
  %748 = getelementptr i64, i64* %regs, i64 10
  %749 = load i64, i64* %748, align 8
  %750 = icmp ult i64 %10, %749
  br i1 %750, label %trap253.site0, label %stack_ok104

stack_ok104:                                      ; preds = %ok103
  %751 = load i64, i64* %fuel, align 8
  %752 = getelementptr i64, i64* %regs, i64 0
  store i64 %751, i64* %752, align 8
  %753 = load i64, i64* %lowStart, align 8
  %754 = getelementptr i64, i64* %regs, i64 6
  store i64 %753, i64* %754, align 8
  %755 = load i64, i64* %lowEnd, align 8
  %756 = getelementptr i64, i64* %regs, i64 7
  store i64 %755, i64* %756, align 8
  %757 = load i64, i64* %highEnd, align 8
  %758 = getelementptr i64, i64* %regs, i64 8
  store i64 %757, i64* %758, align 8
  %759 = add i32 %depth, 1
  %760 = call i32 @m0.rt.int_write(i64* %regs, i8* %mem, i32 %759, i64 %745, i32 %746)
  %761 = getelementptr i64, i64* %regs, i64 0
  %762 = load i64, i64* %761, align 8
  store i64 %762, i64* %fuel, align 8
  %763 = getelementptr i64, i64* %regs, i64 6
  %764 = load i64, i64* %763, align 8
  store i64 %764, i64* %lowStart, align 8
  %765 = getelementptr i64, i64* %regs, i64 7
  %766 = load i64, i64* %765, align 8
  store i64 %766, i64* %lowEnd, align 8
  %767 = getelementptr i64, i64* %regs, i64 8
  %768 = load i64, i64* %767, align 8
  store i64 %768, i64* %highEnd, align 8
  %769 = add i32 %744, %760
  store i32 %769, i32* %cur, align 4
  %770 = load i32, i32* %cur, align 4
  %771 = add i32 %770, 7
  %772 = getelementptr i64, i64* %regs, i64 2
  %773 = load i64, i64* %772, align 8
  %774 = trunc i64 %773 to i32
  %775 = icmp ugt i32 %771, %774
  %776 = zext i1 %775 to i32
  %777 = icmp ne i32 %776, 0
  br i1 %777, label %then105, label %else106

then105:                                          ; preds = %stack_ok104
  br label %trap15.site24

else106:                                          ; preds = %stack_ok104
  br label %join107

join107:                                          ; preds = %else106, %dead108
  %778 = load i32, i32* %cur, align 4
  %779 = zext i32 %778 to i64
  %780 = add i64 %779, 4
  %781 = icmp ugt i64 %780, %arena_size
  br i1 %781, label %trap17.site0, label %ok109

dead108:                                          ; No predecessors!
  br label %join107

ok109:                                            ; preds = %join107
  %782 = getelementptr i8, i8* %mem, i64 %779
  %783 = icmp ult i64 %779, %scratch_start
  %784 = load i64, i64* %lowEnd, align 8
  %785 = load i64, i64* %highEnd, align 8
  %786 = call i64 @llvm.umax.i64(i64 %784, i64 %780)
  %787 = select i1 %783, i64 %786, i64 %784
  store i64 %787, i64* %lowEnd, align 8
  %788 = call i64 @llvm.umax.i64(i64 %785, i64 %780)
  %789 = select i1 %783, i64 %785, i64 %788
  store i64 %789, i64* %highEnd, align 8
  %790 = load i64, i64* %lowStart, align 8
  %791 = call i64 @llvm.umin.i64(i64 %790, i64 %779)
  store i64 %791, i64* %lowStart, align 8
  store i32 543584032, i32* %unaligned110, align 4
  %792 = bitcast i32* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %782, i8* %792, i64 4, i1 false)
  %793 = load i32, i32* %cur, align 4
  %794 = zext i32 %793 to i64
  %795 = add i64 %794, 4
  %796 = add i64 %795, 2
  %797 = icmp ugt i64 %796, %arena_size
  br i1 %797, label %trap17.site0, label %ok111

ok111:                                            ; preds = %ok109
  %798 = getelementptr i8, i8* %mem, i64 %795
  %799 = icmp ult i64 %795, %scratch_start
  %800 = load i64, i64* %lowEnd, align 8
  %801 = load i64, i64* %highEnd, align 8
  %802 = call i64 @llvm.umax.i64(i64 %800, i64 %796)
  %803 = select i1 %799, i64 %802, i64 %800
  store i64 %803, i64* %lowEnd, align 8
  %804 = call i64 @llvm.umax.i64(i64 %801, i64 %796)
  %805 = select i1 %799, i64 %801, i64 %804
  store i64 %805, i64* %highEnd, align 8
  %806 = load i64, i64* %lowStart, align 8
  %807 = call i64 @llvm.umin.i64(i64 %806, i64 %795)
  store i64 %807, i64* %lowStart, align 8
  store i16 12337, i16* %unaligned112, align 2
  %808 = bitcast i16* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %798, i8* %808, i64 2, i1 false)
  %809 = load i32, i32* %cur, align 4
  %810 = zext i32 %809 to i64
  %811 = add i64 %810, 6
  %812 = add i64 %811, 1
  %813 = icmp ugt i64 %812, %arena_size
  br i1 %813, label %trap17.site0, label %ok113

ok113:                                            ; preds = %ok111
  %814 = getelementptr i8, i8* %mem, i64 %811
  %815 = icmp ult i64 %811, %scratch_start
  %816 = load i64, i64* %lowEnd, align 8
  %817 = load i64, i64* %highEnd, align 8
  %818 = call i64 @llvm.umax.i64(i64 %816, i64 %812)
  %819 = select i1 %815, i64 %818, i64 %816
  store i64 %819, i64* %lowEnd, align 8
  %820 = call i64 @llvm.umax.i64(i64 %817, i64 %812)
  %821 = select i1 %815, i64 %817, i64 %820
  store i64 %821, i64* %highEnd, align 8
  %822 = load i64, i64* %lowStart, align 8
  %823 = call i64 @llvm.umin.i64(i64 %822, i64 %811)
  store i64 %823, i64* %lowStart, align 8
  store i8 48, i8* %814, align 1
  %824 = load i32, i32* %cur, align 4
  %825 = add i32 %824, 7
  store i32 %825, i32* %cur, align 4
  %826 = load i32, i32* %cur, align 4
  %827 = load i32, i32* %text, align 4
  %828 = sub i32 %826, %827
  %829 = sub i32 %828, 4
  store i32 %829, i32* %len.1, align 4
  %830 = load i32, i32* %text, align 4
  %831 = load i32, i32* %len.1, align 4
  %832 = zext i32 %830 to i64
  %833 = add i64 %832, 4
  %834 = icmp ugt i64 %833, %arena_size
  br i1 %834, label %trap17.site0, label %ok114

ok114:                                            ; preds = %ok113
  %835 = getelementptr i8, i8* %mem, i64 %832
  %836 = icmp ult i64 %832, %scratch_start
  %837 = load i64, i64* %lowEnd, align 8
  %838 = load i64, i64* %highEnd, align 8
  %839 = call i64 @llvm.umax.i64(i64 %837, i64 %833)
  %840 = select i1 %836, i64 %839, i64 %837
  store i64 %840, i64* %lowEnd, align 8
  %841 = call i64 @llvm.umax.i64(i64 %838, i64 %833)
  %842 = select i1 %836, i64 %838, i64 %841
  store i64 %842, i64* %highEnd, align 8
  %843 = load i64, i64* %lowStart, align 8
  %844 = call i64 @llvm.umin.i64(i64 %843, i64 %832)
  store i64 %844, i64* %lowStart, align 8
  store i32 %831, i32* %unaligned115, align 4
  %845 = bitcast i32* %unaligned115 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %835, i8* %845, i64 4, i1 false)
  %846 = load i32, i32* %len.1, align 4
  %847 = add i32 %846, 4
  %848 = zext i32 %847 to i64
  %849 = getelementptr i64, i64* %regs, i64 1
  %850 = getelementptr i64, i64* %regs, i64 2
  %851 = load i64, i64* %849, align 8
  %852 = add i64 %851, 3
  %853 = and i64 %852, -4
  %854 = add i64 %853, %848
  %855 = load i64, i64* %850, align 8
  %856 = icmp ugt i64 %854, %855
  br i1 %856, label %trap15.site24, label %ok116

ok116:                                            ; preds = %ok114
  store i64 %854, i64* %849, align 8
  %857 = trunc i64 %853 to i32
  store i32 %857, i32* %result93, align 4
  br label %e45

ok117:                                            ; preds = %e45
  %858 = getelementptr i8, i8* %mem, i64 %687
  %859 = icmp ult i64 %687, %scratch_start
  %860 = load i64, i64* %lowEnd, align 8
  %861 = load i64, i64* %highEnd, align 8
  %862 = call i64 @llvm.umax.i64(i64 %860, i64 %688)
  %863 = select i1 %859, i64 %862, i64 %860
  store i64 %863, i64* %lowEnd, align 8
  %864 = call i64 @llvm.umax.i64(i64 %861, i64 %688)
  %865 = select i1 %859, i64 %861, i64 %864
  store i64 %865, i64* %highEnd, align 8
  %866 = load i64, i64* %lowStart, align 8
  %867 = call i64 @llvm.umin.i64(i64 %866, i64 %687)
  store i64 %867, i64* %lowStart, align 8
  store i32 %685, i32* %unaligned118, align 4
  %868 = bitcast i32* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %858, i8* %868, i64 4, i1 false)
  %869 = load i32, i32* %dict, align 4
  store i32 %869, i32* %result5, align 4
  br label %e0

ok119:                                            ; preds = %e0
  %870 = getelementptr i64, i64* %regs, i64 10
  %871 = load i64, i64* %870, align 8
  %872 = icmp ult i64 %10, %871
  br i1 %872, label %trap253.site0, label %stack_ok120

stack_ok120:                                      ; preds = %ok119
  %873 = load i64, i64* %fuel, align 8
  %874 = getelementptr i64, i64* %regs, i64 0
  store i64 %873, i64* %874, align 8
  %875 = load i64, i64* %lowStart, align 8
  %876 = getelementptr i64, i64* %regs, i64 6
  store i64 %875, i64* %876, align 8
  %877 = load i64, i64* %lowEnd, align 8
  %878 = getelementptr i64, i64* %regs, i64 7
  store i64 %877, i64* %878, align 8
  %879 = load i64, i64* %highEnd, align 8
  %880 = getelementptr i64, i64* %regs, i64 8
  store i64 %879, i64* %880, align 8
  %881 = add i32 %depth, 1
  %882 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %881, i32 %90, i32 %91, i32 0)
  %883 = getelementptr i64, i64* %regs, i64 0
  %884 = load i64, i64* %883, align 8
  store i64 %884, i64* %fuel, align 8
  %885 = getelementptr i64, i64* %regs, i64 6
  %886 = load i64, i64* %885, align 8
  store i64 %886, i64* %lowStart, align 8
  %887 = getelementptr i64, i64* %regs, i64 7
  %888 = load i64, i64* %887, align 8
  store i64 %888, i64* %lowEnd, align 8
  %889 = getelementptr i64, i64* %regs, i64 8
  %890 = load i64, i64* %889, align 8
  store i64 %890, i64* %highEnd, align 8
  store i32 %882, i32* %json_end, align 4
  %891 = load i32, i32* %json_end, align 4
  %892 = icmp eq i32 %891, -2
  %893 = zext i1 %892 to i32
  %894 = icmp ne i32 %893, 0
  br i1 %894, label %then121, label %else122

then121:                                          ; preds = %stack_ok120
  br label %trap16.site4

else122:                                          ; preds = %stack_ok120
  br label %join123

join123:                                          ; preds = %else122, %dead124
  %895 = load i32, i32* %json_end, align 4
  %896 = icmp eq i32 %895, -1
  %897 = zext i1 %896 to i32
  %898 = icmp ne i32 %897, 0
  br i1 %898, label %then125, label %else126

trap16.site4:                                     ; preds = %then121
  %899 = load i64, i64* %lowStart, align 8
  %900 = getelementptr i64, i64* %regs, i64 6
  store i64 %899, i64* %900, align 8
  %901 = load i64, i64* %lowEnd, align 8
  %902 = getelementptr i64, i64* %regs, i64 7
  store i64 %901, i64* %902, align 8
  %903 = load i64, i64* %highEnd, align 8
  %904 = getelementptr i64, i64* %regs, i64 8
  store i64 %903, i64* %904, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead124:                                          ; No predecessors!
  br label %join123

then125:                                          ; preds = %join123
  br label %trap15.site4

else126:                                          ; preds = %join123
  br label %join127

join127:                                          ; preds = %else126, %dead128
  %905 = load i32, i32* %json_end, align 4
  %906 = zext i32 %905 to i64
  %907 = getelementptr i64, i64* %regs, i64 3
  store i64 %906, i64* %907, align 8
  %908 = load i32, i32* %json_end, align 4
  %909 = load i32, i32* %json_start, align 4
  %910 = sub i32 %908, %909
  %911 = load i64, i64* %fuel, align 8
  %912 = getelementptr i64, i64* %regs, i64 0
  store i64 %911, i64* %912, align 8
  %913 = load i64, i64* %lowStart, align 8
  %914 = getelementptr i64, i64* %regs, i64 6
  store i64 %913, i64* %914, align 8
  %915 = load i64, i64* %lowEnd, align 8
  %916 = getelementptr i64, i64* %regs, i64 7
  store i64 %915, i64* %916, align 8
  %917 = load i64, i64* %highEnd, align 8
  %918 = getelementptr i64, i64* %regs, i64 8
  store i64 %917, i64* %918, align 8
  ret i32 %910

dead128:                                          ; No predecessors!
  br label %join127
}
