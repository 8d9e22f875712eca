; From libs/driver/testdata/emit-golden/tuples.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/tuples.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (46):
;   declare @tetra_trap
;   @m0.codec.hex4
;   @m0.rt.utf8_valid
;   @m0.codec.str_check
;   @m0.codec.num_end
;   @m0.codec.json_valid
;   @m0.codec.str_end
;   @m0.codec.str_unescape
;   @m0.codec.skip
;   @m0.codec.dec.int.2
;   @m0.codec.dec.string.3
;   @m0.codec.dec.elems.1
;   @m0.codec.dec.tuple.0
;   @m0.codec.dec.bool.7
;   @m0.codec.dec.elems.6
;   @m0.codec.dec.tuple.5
;   @m0.codec.dec.list.4
;   @m0.main.args
;   @m0.rt.mem_eq
;   @m0.rt.str_eq
;   @m0.eq._Int__String_
;   @m0.eq._Int__Bool_
;   @m0.codec.enc.tuple.1
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.3
;   @m0.codec.enc.list.2
;   @m0.codec.enc.bool.4
;   @m0.codec.write_str
;   @m0.codec.enc.string.7
;   @m0.codec.enc.tuple.6
;   @m0.codec.enc.tuple.5
;   @m0.codec.enc.tuple.8
;   @m0.codec.enc.tuple.9
;   @m0.codec.enc.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 4 function(s):

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
  %unaligned = alloca i32, align 4
  %unaligned41 = alloca i32, align 4
  %unaligned89 = alloca i32, align 4
  %unaligned102 = alloca i32, align 4
  %unaligned109 = alloca i32, align 4
  %unaligned111 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %ok94, %join92, %ok81, %join79, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok95, %ok82, %ok60, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok108, %ok107, %join99, %join86, %cont72, %ws_done14, %cont63, %cont53, %cont48, %ok40, %then37, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join70
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then77, label %else78

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

match5:                                           ; preds = %join39, %then43, %then33
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
  %253 = icmp eq i32 %252, 5
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then37, label %else38

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %256, i64 4, i1 false)
  %258 = load i32, i32* %unaligned, align 4
  %259 = icmp eq i32 %258, 1919508848
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

join39:                                           ; preds = %else38, %join45
  store i32 -1, i32* %result, align 4
  br label %match5

ok40:                                             ; preds = %then37
  %266 = getelementptr i8, i8* %mem, i64 %263
  %267 = bitcast i32* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %267, i8* %266, i64 4, i1 false)
  %268 = load i32, i32* %unaligned41, align 4
  %269 = icmp eq i32 %268, 1734437990
  %270 = zext i1 %269 to i32
  %271 = load i32, i32* %args_kp, align 4
  %272 = zext i32 %271 to i64
  %273 = add i64 %272, 4
  %274 = add i64 %273, 1
  %275 = icmp ugt i64 %274, %arena_size
  br i1 %275, label %trap17.site0, label %ok42

ok42:                                             ; preds = %ok40
  %276 = getelementptr i8, i8* %mem, i64 %273
  %277 = load i8, i8* %276, align 1
  %278 = zext i8 %277 to i32
  %279 = icmp eq i32 %278, 115
  %280 = zext i1 %279 to i32
  %281 = and i32 %270, %280
  %282 = icmp ne i32 %281, 0
  br i1 %282, label %then43, label %else44

then43:                                           ; preds = %ok42
  store i32 1, i32* %result, align 4
  br label %match5

else44:                                           ; preds = %ok42
  br label %join45

join45:                                           ; preds = %else44, %dead46
  br label %join39

dead46:                                           ; No predecessors!
  br label %join45

ws_done6:                                         ; preds = %dead51, %ok49, %ok47
  %283 = load i32, i32* %args_pos, align 4
  %284 = add i32 %283, 1
  store i32 %284, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont50, %match5
  %285 = load i64, i64* %fuel, align 8
  %286 = icmp ult i64 %285, 1
  br i1 %286, label %trap14.site0, label %ok47

ok47:                                             ; preds = %ws7
  %287 = sub i64 %285, 1
  store i64 %287, i64* %fuel, align 8
  %288 = load i32, i32* %args_pos, align 4
  %289 = load i32, i32* %args_end, align 4
  %290 = icmp uge i32 %288, %289
  %291 = zext i1 %290 to i32
  %292 = icmp ne i32 %291, 0
  br i1 %292, label %ws_done6, label %cont48

cont48:                                           ; preds = %ok47
  %293 = load i32, i32* %args_pos, align 4
  %294 = zext i32 %293 to i64
  %295 = add i64 %294, 1
  %296 = icmp ugt i64 %295, %arena_size
  br i1 %296, label %trap17.site0, label %ok49

ok49:                                             ; preds = %cont48
  %297 = getelementptr i8, i8* %mem, i64 %294
  %298 = load i8, i8* %297, align 1
  %299 = zext i8 %298 to i32
  store i32 %299, i32* %ws, align 4
  %300 = load i32, i32* %ws, align 4
  %301 = icmp ule i32 %300, 32
  %302 = zext i1 %301 to i32
  %303 = icmp eq i32 %302, 0
  %304 = zext i1 %303 to i32
  %305 = icmp ne i32 %304, 0
  br i1 %305, label %ws_done6, label %cont50

cont50:                                           ; preds = %ok49
  %306 = load i32, i32* %args_pos, align 4
  %307 = add i32 %306, 1
  store i32 %307, i32* %args_pos, align 4
  br label %ws7

dead51:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead56, %ok54, %ok52
  %308 = load i32, i32* %args_c, align 4
  switch i32 %308, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont55, %ws_done6
  %309 = load i64, i64* %fuel, align 8
  %310 = icmp ult i64 %309, 1
  br i1 %310, label %trap14.site0, label %ok52

ok52:                                             ; preds = %ws9
  %311 = sub i64 %309, 1
  store i64 %311, i64* %fuel, align 8
  %312 = load i32, i32* %args_pos, align 4
  %313 = load i32, i32* %args_end, align 4
  %314 = icmp uge i32 %312, %313
  %315 = zext i1 %314 to i32
  %316 = icmp ne i32 %315, 0
  br i1 %316, label %ws_done8, label %cont53

cont53:                                           ; preds = %ok52
  %317 = load i32, i32* %args_pos, align 4
  %318 = zext i32 %317 to i64
  %319 = add i64 %318, 1
  %320 = icmp ugt i64 %319, %arena_size
  br i1 %320, label %trap17.site0, label %ok54

ok54:                                             ; preds = %cont53
  %321 = getelementptr i8, i8* %mem, i64 %318
  %322 = load i8, i8* %321, align 1
  %323 = zext i8 %322 to i32
  store i32 %323, i32* %ws, align 4
  %324 = load i32, i32* %ws, align 4
  %325 = icmp ule i32 %324, 32
  %326 = zext i1 %325 to i32
  %327 = icmp eq i32 %326, 0
  %328 = zext i1 %327 to i32
  %329 = icmp ne i32 %328, 0
  br i1 %329, label %ws_done8, label %cont55

cont55:                                           ; preds = %ok54
  %330 = load i32, i32* %args_pos, align 4
  %331 = add i32 %330, 1
  store i32 %331, i32* %args_pos, align 4
  br label %ws9

dead56:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13
  %332 = load i32, i32* %args_pos, align 4
  %333 = load i32, i32* %args_end, align 4
  %334 = icmp uge i32 %depth, 1000
  br i1 %334, label %trap15.site0, label %ok60

default11:                                        ; preds = %dead59, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead58, %ws_done8
  %335 = load i32, i32* %args_pos, align 4
  store i32 %335, i32* %arg1_at, align 4
  br label %switch10

case13:                                           ; preds = %dead57, %ws_done8
  %336 = load i32, i32* %args_pos, align 4
  store i32 %336, i32* %arg0_at, align 4
  br label %switch10

dead57:                                           ; No predecessors!
  br label %case13

dead58:                                           ; No predecessors!
  br label %case12

dead59:                                           ; No predecessors!
  br label %default11

ok60:                                             ; preds = %switch10
  %337 = getelementptr i64, i64* %regs, i64 10
  %338 = load i64, i64* %337, align 8
  %339 = icmp ult i64 %10, %338
  br i1 %339, label %trap253.site0, label %stack_ok61

stack_ok61:                                       ; preds = %ok60
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
  %349 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %348, i32 %332, i32 %333)
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
  store i32 %349, i32* %args_pos, align 4
  br label %ws15

ws_done14:                                        ; preds = %dead66, %ok64, %ok62
  %358 = load i32, i32* %args_pos, align 4
  %359 = zext i32 %358 to i64
  %360 = add i64 %359, 1
  %361 = icmp ugt i64 %360, %arena_size
  br i1 %361, label %trap17.site0, label %ok67

ws15:                                             ; preds = %cont65, %stack_ok61
  %362 = load i64, i64* %fuel, align 8
  %363 = icmp ult i64 %362, 1
  br i1 %363, label %trap14.site0, label %ok62

ok62:                                             ; preds = %ws15
  %364 = sub i64 %362, 1
  store i64 %364, i64* %fuel, align 8
  %365 = load i32, i32* %args_pos, align 4
  %366 = load i32, i32* %args_end, align 4
  %367 = icmp uge i32 %365, %366
  %368 = zext i1 %367 to i32
  %369 = icmp ne i32 %368, 0
  br i1 %369, label %ws_done14, label %cont63

cont63:                                           ; preds = %ok62
  %370 = load i32, i32* %args_pos, align 4
  %371 = zext i32 %370 to i64
  %372 = add i64 %371, 1
  %373 = icmp ugt i64 %372, %arena_size
  br i1 %373, label %trap17.site0, label %ok64

ok64:                                             ; preds = %cont63
  %374 = getelementptr i8, i8* %mem, i64 %371
  %375 = load i8, i8* %374, align 1
  %376 = zext i8 %375 to i32
  store i32 %376, i32* %ws, align 4
  %377 = load i32, i32* %ws, align 4
  %378 = icmp ule i32 %377, 32
  %379 = zext i1 %378 to i32
  %380 = icmp eq i32 %379, 0
  %381 = zext i1 %380 to i32
  %382 = icmp ne i32 %381, 0
  br i1 %382, label %ws_done14, label %cont65

cont65:                                           ; preds = %ok64
  %383 = load i32, i32* %args_pos, align 4
  %384 = add i32 %383, 1
  store i32 %384, i32* %args_pos, align 4
  br label %ws15

dead66:                                           ; No predecessors!
  br label %ws_done14

ok67:                                             ; preds = %ws_done14
  %385 = getelementptr i8, i8* %mem, i64 %359
  %386 = load i8, i8* %385, align 1
  %387 = zext i8 %386 to i32
  store i32 %387, i32* %args_c, align 4
  %388 = load i32, i32* %args_pos, align 4
  %389 = add i32 %388, 1
  store i32 %389, i32* %args_pos, align 4
  %390 = load i32, i32* %args_c, align 4
  %391 = icmp eq i32 %390, 44
  %392 = zext i1 %391 to i32
  %393 = icmp ne i32 %392, 0
  br i1 %393, label %then68, label %else69

then68:                                           ; preds = %ok67
  br label %ws17

else69:                                           ; preds = %ok67
  br label %join70

join70:                                           ; preds = %else69, %dead76
  br label %join19

ws_done16:                                        ; preds = %dead75, %ok73, %ok71
  br label %args4

ws17:                                             ; preds = %cont74, %then68
  %394 = load i64, i64* %fuel, align 8
  %395 = icmp ult i64 %394, 1
  br i1 %395, label %trap14.site0, label %ok71

ok71:                                             ; preds = %ws17
  %396 = sub i64 %394, 1
  store i64 %396, i64* %fuel, align 8
  %397 = load i32, i32* %args_pos, align 4
  %398 = load i32, i32* %args_end, align 4
  %399 = icmp uge i32 %397, %398
  %400 = zext i1 %399 to i32
  %401 = icmp ne i32 %400, 0
  br i1 %401, label %ws_done16, label %cont72

cont72:                                           ; preds = %ok71
  %402 = load i32, i32* %args_pos, align 4
  %403 = zext i32 %402 to i64
  %404 = add i64 %403, 1
  %405 = icmp ugt i64 %404, %arena_size
  br i1 %405, label %trap17.site0, label %ok73

ok73:                                             ; preds = %cont72
  %406 = getelementptr i8, i8* %mem, i64 %403
  %407 = load i8, i8* %406, align 1
  %408 = zext i8 %407 to i32
  store i32 %408, i32* %ws, align 4
  %409 = load i32, i32* %ws, align 4
  %410 = icmp ule i32 %409, 32
  %411 = zext i1 %410 to i32
  %412 = icmp eq i32 %411, 0
  %413 = zext i1 %412 to i32
  %414 = icmp ne i32 %413, 0
  br i1 %414, label %ws_done16, label %cont74

cont74:                                           ; preds = %ok73
  %415 = load i32, i32* %args_pos, align 4
  %416 = add i32 %415, 1
  store i32 %416, i32* %args_pos, align 4
  br label %ws17

dead75:                                           ; No predecessors!
  br label %ws_done16

dead76:                                           ; No predecessors!
  br label %join70

then77:                                           ; preds = %join19
  br label %trap9.site2

else78:                                           ; preds = %join19
  br label %join79

join79:                                           ; preds = %else78, %dead80
  %417 = getelementptr i64, i64* %regs, i64 1
  %418 = getelementptr i64, i64* %regs, i64 2
  %419 = load i64, i64* %417, align 8
  %420 = add i64 %419, 3
  %421 = and i64 %420, -4
  %422 = add i64 %421, 4
  %423 = load i64, i64* %418, align 8
  %424 = icmp ugt i64 %422, %423
  br i1 %424, label %trap15.site0, label %ok81

trap9.site2:                                      ; preds = %then77
  %425 = load i64, i64* %lowStart, align 8
  %426 = getelementptr i64, i64* %regs, i64 6
  store i64 %425, i64* %426, align 8
  %427 = load i64, i64* %lowEnd, align 8
  %428 = getelementptr i64, i64* %regs, i64 7
  store i64 %427, i64* %428, align 8
  %429 = load i64, i64* %highEnd, align 8
  %430 = getelementptr i64, i64* %regs, i64 8
  store i64 %429, i64* %430, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead80:                                           ; No predecessors!
  br label %join79

ok81:                                             ; preds = %join79
  store i64 %422, i64* %417, align 8
  %431 = trunc i64 %421 to i32
  store i32 %431, i32* %cell, align 4
  %432 = load i32, i32* %arg0_at, align 4
  %433 = load i32, i32* %args_end, align 4
  %434 = load i32, i32* %cell, align 4
  %435 = icmp uge i32 %depth, 1000
  br i1 %435, label %trap15.site0, label %ok82

ok82:                                             ; preds = %ok81
  %436 = getelementptr i64, i64* %regs, i64 10
  %437 = load i64, i64* %436, align 8
  %438 = icmp ult i64 %10, %437
  br i1 %438, label %trap253.site0, label %stack_ok83

stack_ok83:                                       ; preds = %ok82
  %439 = load i64, i64* %fuel, align 8
  %440 = getelementptr i64, i64* %regs, i64 0
  store i64 %439, i64* %440, align 8
  %441 = load i64, i64* %lowStart, align 8
  %442 = getelementptr i64, i64* %regs, i64 6
  store i64 %441, i64* %442, align 8
  %443 = load i64, i64* %lowEnd, align 8
  %444 = getelementptr i64, i64* %regs, i64 7
  store i64 %443, i64* %444, align 8
  %445 = load i64, i64* %highEnd, align 8
  %446 = getelementptr i64, i64* %regs, i64 8
  store i64 %445, i64* %446, align 8
  %447 = add i32 %depth, 1
  %448 = call i32 @m0.codec.dec.tuple.0(i64* %regs, i8* %mem, i32 %447, i32 %432, i32 %433, i32 %434)
  %449 = getelementptr i64, i64* %regs, i64 0
  %450 = load i64, i64* %449, align 8
  store i64 %450, i64* %fuel, align 8
  %451 = getelementptr i64, i64* %regs, i64 6
  %452 = load i64, i64* %451, align 8
  store i64 %452, i64* %lowStart, align 8
  %453 = getelementptr i64, i64* %regs, i64 7
  %454 = load i64, i64* %453, align 8
  store i64 %454, i64* %lowEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 8
  %456 = load i64, i64* %455, align 8
  store i64 %456, i64* %highEnd, align 8
  %457 = icmp slt i32 %448, 0
  %458 = zext i1 %457 to i32
  %459 = icmp ne i32 %458, 0
  br i1 %459, label %then84, label %else85

then84:                                           ; preds = %stack_ok83
  br label %trap11.site2

else85:                                           ; preds = %stack_ok83
  br label %join86

join86:                                           ; preds = %else85, %dead87
  %460 = load i32, i32* %cell, align 4
  %461 = zext i32 %460 to i64
  %462 = add i64 %461, 4
  %463 = icmp ugt i64 %462, %arena_size
  br i1 %463, label %trap17.site0, label %ok88

trap11.site2:                                     ; preds = %then84
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

dead87:                                           ; No predecessors!
  br label %join86

ok88:                                             ; preds = %join86
  %470 = getelementptr i8, i8* %mem, i64 %461
  %471 = bitcast i32* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %471, i8* %470, i64 4, i1 false)
  %472 = load i32, i32* %unaligned89, align 4
  store i32 %472, i32* %arg, align 4
  %473 = load i32, i32* %arg1_at, align 4
  %474 = icmp eq i32 %473, 0
  %475 = zext i1 %474 to i32
  %476 = icmp ne i32 %475, 0
  br i1 %476, label %then90, label %else91

then90:                                           ; preds = %ok88
  br label %trap9.site3

else91:                                           ; preds = %ok88
  br label %join92

join92:                                           ; preds = %else91, %dead93
  %477 = getelementptr i64, i64* %regs, i64 1
  %478 = getelementptr i64, i64* %regs, i64 2
  %479 = load i64, i64* %477, align 8
  %480 = add i64 %479, 3
  %481 = and i64 %480, -4
  %482 = add i64 %481, 4
  %483 = load i64, i64* %478, align 8
  %484 = icmp ugt i64 %482, %483
  br i1 %484, label %trap15.site0, label %ok94

trap9.site3:                                      ; preds = %then90
  %485 = load i64, i64* %lowStart, align 8
  %486 = getelementptr i64, i64* %regs, i64 6
  store i64 %485, i64* %486, align 8
  %487 = load i64, i64* %lowEnd, align 8
  %488 = getelementptr i64, i64* %regs, i64 7
  store i64 %487, i64* %488, align 8
  %489 = load i64, i64* %highEnd, align 8
  %490 = getelementptr i64, i64* %regs, i64 8
  store i64 %489, i64* %490, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead93:                                           ; No predecessors!
  br label %join92

ok94:                                             ; preds = %join92
  store i64 %482, i64* %477, align 8
  %491 = trunc i64 %481 to i32
  store i32 %491, i32* %cell.1, align 4
  %492 = load i32, i32* %arg1_at, align 4
  %493 = load i32, i32* %args_end, align 4
  %494 = load i32, i32* %cell.1, align 4
  %495 = icmp uge i32 %depth, 1000
  br i1 %495, label %trap15.site0, label %ok95

ok95:                                             ; preds = %ok94
  %496 = getelementptr i64, i64* %regs, i64 10
  %497 = load i64, i64* %496, align 8
  %498 = icmp ult i64 %10, %497
  br i1 %498, label %trap253.site0, label %stack_ok96

stack_ok96:                                       ; preds = %ok95
  %499 = load i64, i64* %fuel, align 8
  %500 = getelementptr i64, i64* %regs, i64 0
  store i64 %499, i64* %500, align 8
  %501 = load i64, i64* %lowStart, align 8
  %502 = getelementptr i64, i64* %regs, i64 6
  store i64 %501, i64* %502, align 8
  %503 = load i64, i64* %lowEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 7
  store i64 %503, i64* %504, align 8
  %505 = load i64, i64* %highEnd, align 8
  %506 = getelementptr i64, i64* %regs, i64 8
  store i64 %505, i64* %506, align 8
  %507 = add i32 %depth, 1
  %508 = call i32 @m0.codec.dec.list.4(i64* %regs, i8* %mem, i32 %507, i32 %492, i32 %493, i32 %494)
  %509 = getelementptr i64, i64* %regs, i64 0
  %510 = load i64, i64* %509, align 8
  store i64 %510, i64* %fuel, align 8
  %511 = getelementptr i64, i64* %regs, i64 6
  %512 = load i64, i64* %511, align 8
  store i64 %512, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 7
  %514 = load i64, i64* %513, align 8
  store i64 %514, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 8
  %516 = load i64, i64* %515, align 8
  store i64 %516, i64* %highEnd, align 8
  %517 = icmp slt i32 %508, 0
  %518 = zext i1 %517 to i32
  %519 = icmp ne i32 %518, 0
  br i1 %519, label %then97, label %else98

then97:                                           ; preds = %stack_ok96
  br label %trap11.site3

else98:                                           ; preds = %stack_ok96
  br label %join99

join99:                                           ; preds = %else98, %dead100
  %520 = load i32, i32* %cell.1, align 4
  %521 = zext i32 %520 to i64
  %522 = add i64 %521, 4
  %523 = icmp ugt i64 %522, %arena_size
  br i1 %523, label %trap17.site0, label %ok101

trap11.site3:                                     ; preds = %then97
  %524 = load i64, i64* %lowStart, align 8
  %525 = getelementptr i64, i64* %regs, i64 6
  store i64 %524, i64* %525, align 8
  %526 = load i64, i64* %lowEnd, align 8
  %527 = getelementptr i64, i64* %regs, i64 7
  store i64 %526, i64* %527, align 8
  %528 = load i64, i64* %highEnd, align 8
  %529 = getelementptr i64, i64* %regs, i64 8
  store i64 %528, i64* %529, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead100:                                          ; No predecessors!
  br label %join99

ok101:                                            ; preds = %join99
  %530 = getelementptr i8, i8* %mem, i64 %521
  %531 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %531, i8* %530, i64 4, i1 false)
  %532 = load i32, i32* %unaligned102, align 4
  store i32 %532, i32* %arg.1, align 4
  %533 = load i32, i32* %args_unexpected, align 4
  %534 = icmp ne i32 %533, 0
  br i1 %534, label %then103, label %else104

then103:                                          ; preds = %ok101
  br label %trap10.site1

else104:                                          ; preds = %ok101
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %535 = getelementptr i64, i64* %regs, i64 1
  %536 = getelementptr i64, i64* %regs, i64 2
  %537 = load i64, i64* %535, align 8
  %538 = add i64 %537, 7
  %539 = and i64 %538, -8
  %540 = add i64 %539, 16
  %541 = load i64, i64* %536, align 8
  %542 = icmp ugt i64 %540, %541
  br i1 %542, label %trap15.site1, label %ok107

trap10.site1:                                     ; preds = %then103
  %543 = load i64, i64* %lowStart, align 8
  %544 = getelementptr i64, i64* %regs, i64 6
  store i64 %543, i64* %544, align 8
  %545 = load i64, i64* %lowEnd, align 8
  %546 = getelementptr i64, i64* %regs, i64 7
  store i64 %545, i64* %546, align 8
  %547 = load i64, i64* %highEnd, align 8
  %548 = getelementptr i64, i64* %regs, i64 8
  store i64 %547, i64* %548, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead106:                                          ; No predecessors!
  br label %join105

ok107:                                            ; preds = %join105
  store i64 %540, i64* %535, align 8
  %549 = trunc i64 %539 to i32
  store i32 %549, i32* %args_out, align 4
  %550 = load i32, i32* %args_out, align 4
  %551 = load i32, i32* %arg, align 4
  %552 = zext i32 %550 to i64
  %553 = add i64 %552, 4
  %554 = icmp ugt i64 %553, %arena_size
  br i1 %554, label %trap17.site0, label %ok108

trap15.site1:                                     ; preds = %join105
  %555 = load i64, i64* %lowStart, align 8
  %556 = getelementptr i64, i64* %regs, i64 6
  store i64 %555, i64* %556, align 8
  %557 = load i64, i64* %lowEnd, align 8
  %558 = getelementptr i64, i64* %regs, i64 7
  store i64 %557, i64* %558, align 8
  %559 = load i64, i64* %highEnd, align 8
  %560 = getelementptr i64, i64* %regs, i64 8
  store i64 %559, i64* %560, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok108:                                            ; preds = %ok107
  %561 = getelementptr i8, i8* %mem, i64 %552
  %562 = icmp ult i64 %552, %scratch_start
  %563 = load i64, i64* %lowEnd, align 8
  %564 = load i64, i64* %highEnd, align 8
  %565 = call i64 @llvm.umax.i64(i64 %563, i64 %553)
  %566 = select i1 %562, i64 %565, i64 %563
  store i64 %566, i64* %lowEnd, align 8
  %567 = call i64 @llvm.umax.i64(i64 %564, i64 %553)
  %568 = select i1 %562, i64 %564, i64 %567
  store i64 %568, i64* %highEnd, align 8
  %569 = load i64, i64* %lowStart, align 8
  %570 = call i64 @llvm.umin.i64(i64 %569, i64 %552)
  store i64 %570, i64* %lowStart, align 8
  store i32 %551, i32* %unaligned109, align 4
  %571 = bitcast i32* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %561, i8* %571, i64 4, i1 false)
  %572 = load i32, i32* %args_out, align 4
  %573 = load i32, i32* %arg.1, align 4
  %574 = zext i32 %572 to i64
  %575 = add i64 %574, 8
  %576 = add i64 %575, 4
  %577 = icmp ugt i64 %576, %arena_size
  br i1 %577, label %trap17.site0, label %ok110

ok110:                                            ; preds = %ok108
  %578 = getelementptr i8, i8* %mem, i64 %575
  %579 = icmp ult i64 %575, %scratch_start
  %580 = load i64, i64* %lowEnd, align 8
  %581 = load i64, i64* %highEnd, align 8
  %582 = call i64 @llvm.umax.i64(i64 %580, i64 %576)
  %583 = select i1 %579, i64 %582, i64 %580
  store i64 %583, i64* %lowEnd, align 8
  %584 = call i64 @llvm.umax.i64(i64 %581, i64 %576)
  %585 = select i1 %579, i64 %581, i64 %584
  store i64 %585, i64* %highEnd, align 8
  %586 = load i64, i64* %lowStart, align 8
  %587 = call i64 @llvm.umin.i64(i64 %586, i64 %575)
  store i64 %587, i64* %lowStart, align 8
  store i32 %573, i32* %unaligned111, align 4
  %588 = bitcast i32* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %578, i8* %588, i64 4, i1 false)
  %589 = load i32, i32* %args_out, align 4
  %590 = load i64, i64* %fuel, align 8
  %591 = getelementptr i64, i64* %regs, i64 0
  store i64 %590, i64* %591, align 8
  %592 = load i64, i64* %lowStart, align 8
  %593 = getelementptr i64, i64* %regs, i64 6
  store i64 %592, i64* %593, align 8
  %594 = load i64, i64* %lowEnd, align 8
  %595 = getelementptr i64, i64* %regs, i64 7
  store i64 %594, i64* %595, align 8
  %596 = load i64, i64* %highEnd, align 8
  %597 = getelementptr i64, i64* %regs, i64 8
  store i64 %596, i64* %597, align 8
  ret i32 %589
}

define internal i32 @m0.eq._Int__String_(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %b = alloca i32, align 4
  store i32 %b.arg, i32* %b, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %stack_probe = alloca i8, align 1
  %3 = ptrtoint i8* %stack_probe to i64
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i32, i32* %a, align 4
  %8 = load i32, i32* %b, align 4
  %9 = icmp eq i32 %7, %8
  %10 = zext i1 %9 to i32
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %12 = load i64, i64* %fuel, align 8
  %13 = getelementptr i64, i64* %regs, i64 0
  store i64 %12, i64* %13, align 8
  ret i32 1

else:                                             ; preds = %ok
  br label %join

join:                                             ; preds = %else, %dead
  %14 = load i32, i32* %a, align 4
  %15 = zext i32 %14 to i64
  %16 = add i64 %15, 8
  %17 = icmp ugt i64 %16, %arena_size
  br i1 %17, label %trap17.site0, label %ok1

dead:                                             ; No predecessors!
  br label %join

ok1:                                              ; preds = %join
  %18 = getelementptr i8, i8* %mem, i64 %15
  %19 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %19, i8* %18, i64 8, i1 false)
  %20 = load i64, i64* %unaligned, align 8
  %21 = load i32, i32* %b, align 4
  %22 = zext i32 %21 to i64
  %23 = add i64 %22, 8
  %24 = icmp ugt i64 %23, %arena_size
  br i1 %24, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok8, %join6, %ok1, %join
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %25 = getelementptr i8, i8* %mem, i64 %22
  %26 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %26, i8* %25, i64 8, i1 false)
  %27 = load i64, i64* %unaligned3, align 8
  %28 = icmp eq i64 %20, %27
  %29 = zext i1 %28 to i32
  %30 = icmp eq i32 %29, 0
  %31 = zext i1 %30 to i32
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %then4, label %else5

then4:                                            ; preds = %ok2
  %33 = load i64, i64* %fuel, align 8
  %34 = getelementptr i64, i64* %regs, i64 0
  store i64 %33, i64* %34, align 8
  ret i32 0

else5:                                            ; preds = %ok2
  br label %join6

join6:                                            ; preds = %else5, %dead7
  %35 = load i32, i32* %a, align 4
  %36 = zext i32 %35 to i64
  %37 = add i64 %36, 8
  %38 = add i64 %37, 4
  %39 = icmp ugt i64 %38, %arena_size
  br i1 %39, label %trap17.site0, label %ok8

dead7:                                            ; No predecessors!
  br label %join6

ok8:                                              ; preds = %join6
  %40 = getelementptr i8, i8* %mem, i64 %37
  %41 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %41, i8* %40, i64 4, i1 false)
  %42 = load i32, i32* %unaligned9, align 4
  %43 = load i32, i32* %b, align 4
  %44 = zext i32 %43 to i64
  %45 = add i64 %44, 8
  %46 = add i64 %45, 4
  %47 = icmp ugt i64 %46, %arena_size
  br i1 %47, label %trap17.site0, label %ok10

ok10:                                             ; preds = %ok8
  %48 = getelementptr i8, i8* %mem, i64 %45
  %49 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %49, i8* %48, i64 4, i1 false)
  %50 = load i32, i32* %unaligned11, align 4
  %51 = icmp uge i32 %depth, 1000
  br i1 %51, label %trap15.site0, label %ok12

ok12:                                             ; preds = %ok10
  %52 = getelementptr i64, i64* %regs, i64 10
  %53 = load i64, i64* %52, align 8
  %54 = icmp ult i64 %3, %53
  br i1 %54, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok10
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok12
  %55 = load i64, i64* %fuel, align 8
  %56 = getelementptr i64, i64* %regs, i64 0
  store i64 %55, i64* %56, align 8
  %57 = add i32 %depth, 1
  %58 = call i32 @m0.rt.str_eq(i64* %regs, i8* %mem, i32 %57, i32 %42, i32 %50)
  %59 = getelementptr i64, i64* %regs, i64 0
  %60 = load i64, i64* %59, align 8
  store i64 %60, i64* %fuel, align 8
  %61 = icmp eq i32 %58, 0
  %62 = zext i1 %61 to i32
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %then13, label %else14

trap253.site0:                                    ; preds = %ok12
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then13:                                           ; preds = %stack_ok
  %64 = load i64, i64* %fuel, align 8
  %65 = getelementptr i64, i64* %regs, i64 0
  store i64 %64, i64* %65, align 8
  ret i32 0

else14:                                           ; preds = %stack_ok
  br label %join15

join15:                                           ; preds = %else14, %dead16
  %66 = load i64, i64* %fuel, align 8
  %67 = getelementptr i64, i64* %regs, i64 0
  store i64 %66, i64* %67, align 8
  ret i32 1

dead16:                                           ; No predecessors!
  br label %join15
}

define internal i32 @m0.eq._Int__Bool_(i64* %regs, i8* %mem, i32 %depth, i32 %a.arg, i32 %b.arg) {
entry:
  %a = alloca i32, align 4
  store i32 %a.arg, i32* %a, align 4
  %b = alloca i32, align 4
  store i32 %b.arg, i32* %b, align 4
  %0 = getelementptr i64, i64* %regs, i64 5
  %arena_size = load i64, i64* %0, align 8
  %fuel = alloca i64, align 8
  %1 = getelementptr i64, i64* %regs, i64 0
  %2 = load i64, i64* %1, align 8
  store i64 %2, i64* %fuel, align 8
  %unaligned = alloca i64, align 8
  %unaligned3 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %3 = load i64, i64* %fuel, align 8
  %4 = icmp ult i64 %3, 1
  br i1 %4, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %5 = sub i64 %3, 1
  store i64 %5, i64* %fuel, align 8
  %6 = load i32, i32* %a, align 4
  %7 = load i32, i32* %b, align 4
  %8 = icmp eq i32 %6, %7
  %9 = zext i1 %8 to i32
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %then, label %else

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

then:                                             ; preds = %ok
  %11 = load i64, i64* %fuel, align 8
  %12 = getelementptr i64, i64* %regs, i64 0
  store i64 %11, i64* %12, align 8
  ret i32 1

else:                                             ; preds = %ok
  br label %join

join:                                             ; preds = %else, %dead
  %13 = load i32, i32* %a, align 4
  %14 = zext i32 %13 to i64
  %15 = add i64 %14, 8
  %16 = icmp ugt i64 %15, %arena_size
  br i1 %16, label %trap17.site0, label %ok1

dead:                                             ; No predecessors!
  br label %join

ok1:                                              ; preds = %join
  %17 = getelementptr i8, i8* %mem, i64 %14
  %18 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %18, i8* %17, i64 8, i1 false)
  %19 = load i64, i64* %unaligned, align 8
  %20 = load i32, i32* %b, align 4
  %21 = zext i32 %20 to i64
  %22 = add i64 %21, 8
  %23 = icmp ugt i64 %22, %arena_size
  br i1 %23, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok8, %join6, %ok1, %join
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %24 = getelementptr i8, i8* %mem, i64 %21
  %25 = bitcast i64* %unaligned3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %25, i8* %24, i64 8, i1 false)
  %26 = load i64, i64* %unaligned3, align 8
  %27 = icmp eq i64 %19, %26
  %28 = zext i1 %27 to i32
  %29 = icmp eq i32 %28, 0
  %30 = zext i1 %29 to i32
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %then4, label %else5

then4:                                            ; preds = %ok2
  %32 = load i64, i64* %fuel, align 8
  %33 = getelementptr i64, i64* %regs, i64 0
  store i64 %32, i64* %33, align 8
  ret i32 0

else5:                                            ; preds = %ok2
  br label %join6

join6:                                            ; preds = %else5, %dead7
  %34 = load i32, i32* %a, align 4
  %35 = zext i32 %34 to i64
  %36 = add i64 %35, 8
  %37 = add i64 %36, 1
  %38 = icmp ugt i64 %37, %arena_size
  br i1 %38, label %trap17.site0, label %ok8

dead7:                                            ; No predecessors!
  br label %join6

ok8:                                              ; preds = %join6
  %39 = getelementptr i8, i8* %mem, i64 %36
  %40 = load i8, i8* %39, align 1
  %41 = zext i8 %40 to i32
  %42 = load i32, i32* %b, align 4
  %43 = zext i32 %42 to i64
  %44 = add i64 %43, 8
  %45 = add i64 %44, 1
  %46 = icmp ugt i64 %45, %arena_size
  br i1 %46, label %trap17.site0, label %ok9

ok9:                                              ; preds = %ok8
  %47 = getelementptr i8, i8* %mem, i64 %44
  %48 = load i8, i8* %47, align 1
  %49 = zext i8 %48 to i32
  %50 = icmp eq i32 %41, %49
  %51 = zext i1 %50 to i32
  %52 = icmp eq i32 %51, 0
  %53 = zext i1 %52 to i32
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %then10, label %else11

then10:                                           ; preds = %ok9
  %55 = load i64, i64* %fuel, align 8
  %56 = getelementptr i64, i64* %regs, i64 0
  store i64 %55, i64* %56, align 8
  ret i32 0

else11:                                           ; preds = %ok9
  br label %join12

join12:                                           ; preds = %else11, %dead13
  %57 = load i64, i64* %fuel, align 8
  %58 = getelementptr i64, i64* %regs, i64 0
  store i64 %57, i64* %58, align 8
  ret i32 1

dead13:                                           ; No predecessors!
  br label %join12
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
  %pair = alloca i32, align 4
  store i32 0, i32* %pair, align 4
  %flags = alloca i32, align 4
  store i32 0, i32* %flags, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %c = alloca i32, align 4
  store i32 0, i32* %c, align 4
  %c.1 = alloca i64, align 8
  store i64 0, i64* %c.1, align 8
  %obj = alloca i32, align 4
  store i32 0, i32* %obj, align 4
  %swapped = alloca i32, align 4
  store i32 0, i32* %swapped, align 4
  %c.2 = alloca i64, align 8
  store i64 0, i64* %c.2, align 8
  %obj.1 = alloca i32, align 4
  store i32 0, i32* %obj.1, align 4
  %single = alloca i32, align 4
  store i32 0, i32* %single, align 4
  %obj.2 = alloca i32, align 4
  store i32 0, i32* %obj.2, align 4
  %empty = alloca i32, align 4
  store i32 0, i32* %empty, align 4
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
  %firsts = alloca i32, align 4
  store i32 0, i32* %firsts, align 4
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
  %on = alloca i32, align 4
  store i32 0, i32* %on, align 4
  %c.3 = alloca i64, align 8
  store i64 0, i64* %c.3, align 8
  %c.4 = alloca i32, align 4
  store i32 0, i32* %c.4, align 4
  %obj.3 = alloca i32, align 4
  store i32 0, i32* %obj.3, align 4
  %c.5 = alloca i64, align 8
  store i64 0, i64* %c.5, align 8
  %c.6 = alloca i32, align 4
  store i32 0, i32* %c.6, align 4
  %obj.4 = alloca i32, align 4
  store i32 0, i32* %obj.4, align 4
  %same = alloca i32, align 4
  store i32 0, i32* %same, align 4
  %xs.2 = alloca i32, align 4
  store i32 0, i32* %xs.2, align 4
  %c.7 = alloca i64, align 8
  store i64 0, i64* %c.7, align 8
  %c.8 = alloca i32, align 4
  store i32 0, i32* %c.8, align 4
  %obj.5 = alloca i32, align 4
  store i32 0, i32* %obj.5, align 4
  %needle = alloca i32, align 4
  store i32 0, i32* %needle, align 4
  %found = alloca i32, align 4
  store i32 0, i32* %found, align 4
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.2 = alloca i32, align 4
  store i32 0, i32* %x.2, align 4
  %x.3 = alloca i32, align 4
  store i32 0, i32* %x.3, align 4
  %found.1 = alloca i32, align 4
  store i32 0, i32* %found.1, align 4
  %c.9 = alloca i64, align 8
  store i64 0, i64* %c.9, align 8
  %c.10 = alloca i32, align 4
  store i32 0, i32* %c.10, align 4
  %obj.6 = alloca i32, align 4
  store i32 0, i32* %obj.6, align 4
  %c.11 = alloca i32, align 4
  store i32 0, i32* %c.11, align 4
  %item = alloca i64, align 8
  store i64 0, i64* %item, align 8
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %len.2 = alloca i32, align 4
  store i32 0, i32* %len.2, align 4
  %c.12 = alloca i32, align 4
  store i32 0, i32* %c.12, align 4
  %obj.7 = alloca i32, align 4
  store i32 0, i32* %obj.7, align 4
  %nested = alloca i32, align 4
  store i32 0, i32* %nested, align 4
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
  %unaligned4 = alloca i32, align 4
  %result5 = alloca i32, align 4
  %result7 = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i64, align 8
  %unaligned14 = alloca i32, align 4
  %unaligned16 = alloca i64, align 8
  %unaligned18 = alloca i32, align 4
  %result19 = alloca i32, align 4
  %unaligned21 = alloca i64, align 8
  %unaligned24 = alloca i64, align 8
  %unaligned26 = alloca i32, align 4
  %result27 = alloca i32, align 4
  %unaligned30 = alloca i32, align 4
  %result31 = alloca i32, align 4
  %unaligned33 = alloca i32, align 4
  %unaligned36 = alloca i32, align 4
  %unaligned39 = alloca i32, align 4
  %unaligned41 = alloca i64, align 8
  %unaligned43 = alloca i64, align 8
  %unaligned46 = alloca i32, align 4
  %unaligned48 = alloca i32, align 4
  %result49 = alloca i32, align 4
  %unaligned51 = alloca i32, align 4
  %unaligned58 = alloca i32, align 4
  %unaligned62 = alloca i32, align 4
  %unaligned68 = alloca i64, align 8
  %unaligned70 = alloca i64, align 8
  %unaligned73 = alloca i32, align 4
  %unaligned75 = alloca i32, align 4
  %result76 = alloca i32, align 4
  %unaligned78 = alloca i64, align 8
  %unaligned81 = alloca i64, align 8
  %unaligned83 = alloca i32, align 4
  %result84 = alloca i32, align 4
  %unaligned87 = alloca i64, align 8
  %unaligned89 = alloca i32, align 4
  %result93 = alloca i32, align 4
  %result94 = alloca i32, align 4
  %unaligned97 = alloca i64, align 8
  %unaligned100 = alloca i32, align 4
  %unaligned104 = alloca i32, align 4
  %result113 = alloca i32, align 4
  %result114 = alloca i32, align 4
  %unaligned116 = alloca i64, align 8
  %unaligned118 = alloca i32, align 4
  %unaligned121 = alloca i64, align 8
  %unaligned123 = alloca i32, align 4
  %result124 = alloca i32, align 4
  %unaligned126 = alloca i64, align 8
  %unaligned134 = alloca i64, align 8
  %unaligned136 = alloca i32, align 4
  %unaligned139 = alloca i32, align 4
  %unaligned141 = alloca i32, align 4
  %unaligned143 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each38, %each19, %each13, %body
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

trap253.site0:                                    ; preds = %ok144, %ok105, %ok90, %ok1
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
  store i32 %62, i32* %pair, align 4
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 4
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %e39, %ok138, %ok137, %ok133, %ok132, %ok120, %ok119, %e32, %cont102, %e34, %ok96, %ok95, %stack_ok91, %ok86, %ok85, %ok80, %ok79, %e16, %block18, %ok67, %cont60, %ok56, %ok47, %e10, %block12, %ok40, %cont, %ok34, %ok29, %e9, %e6, %ok22, %e1, %ok13, %ok12, %ok2, %stack_ok
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
  store i32 %76, i32* %flags, align 4
  %77 = getelementptr i64, i64* %regs, i64 1
  %78 = getelementptr i64, i64* %regs, i64 2
  %79 = load i64, i64* %77, align 8
  %80 = add i64 %79, 7
  %81 = and i64 %80, -8
  %82 = add i64 %81, 28
  %83 = load i64, i64* %78, align 8
  %84 = icmp ugt i64 %82, %83
  br i1 %84, label %trap15.site4, label %ok6

e0:                                               ; preds = %ok142
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
  br i1 %92, label %trap15.site0, label %ok144

ok6:                                              ; preds = %ok3
  store i64 %82, i64* %77, align 8
  %93 = trunc i64 %81 to i32
  store i32 %93, i32* %dict, align 4
  %94 = load i32, i32* %pair, align 4
  %95 = zext i32 %94 to i64
  %96 = add i64 %95, 8
  %97 = add i64 %96, 4
  %98 = icmp ugt i64 %97, %arena_size
  br i1 %98, label %trap17.site5, label %ok8

trap15.site4:                                     ; preds = %then150, %ok3
  %99 = load i64, i64* %lowStart, align 8
  %100 = getelementptr i64, i64* %regs, i64 6
  store i64 %99, i64* %100, align 8
  %101 = load i64, i64* %lowEnd, align 8
  %102 = getelementptr i64, i64* %regs, i64 7
  store i64 %101, i64* %102, align 8
  %103 = load i64, i64* %highEnd, align 8
  %104 = getelementptr i64, i64* %regs, i64 8
  store i64 %103, i64* %104, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

e1:                                               ; preds = %ok15
  %105 = load i32, i32* %result7, align 4
  store i32 %105, i32* %swapped, align 4
  %106 = load i32, i32* %dict, align 4
  %107 = load i32, i32* %swapped, align 4
  %108 = zext i32 %106 to i64
  %109 = add i64 %108, 4
  %110 = icmp ugt i64 %109, %arena_size
  br i1 %110, label %trap17.site0, label %ok17

ok8:                                              ; preds = %ok6
  %111 = getelementptr i8, i8* %mem, i64 %96
  %112 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %112, i8* %111, i64 4, i1 false)
  %113 = load i32, i32* %unaligned9, align 4
  store i32 %113, i32* %c, align 4
  %114 = load i32, i32* %pair, align 4
  %115 = zext i32 %114 to i64
  %116 = add i64 %115, 8
  %117 = icmp ugt i64 %116, %arena_size
  br i1 %117, label %trap17.site6, label %ok10

trap17.site5:                                     ; preds = %ok6
  %118 = load i64, i64* %lowStart, align 8
  %119 = getelementptr i64, i64* %regs, i64 6
  store i64 %118, i64* %119, align 8
  %120 = load i64, i64* %lowEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 7
  store i64 %120, i64* %121, align 8
  %122 = load i64, i64* %highEnd, align 8
  %123 = getelementptr i64, i64* %regs, i64 8
  store i64 %122, i64* %123, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

ok10:                                             ; preds = %ok8
  %124 = getelementptr i8, i8* %mem, i64 %115
  %125 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %125, i8* %124, i64 8, i1 false)
  %126 = load i64, i64* %unaligned11, align 8
  store i64 %126, i64* %c.1, align 8
  %127 = getelementptr i64, i64* %regs, i64 1
  %128 = getelementptr i64, i64* %regs, i64 2
  %129 = load i64, i64* %127, align 8
  %130 = add i64 %129, 7
  %131 = and i64 %130, -8
  %132 = add i64 %131, 16
  %133 = load i64, i64* %128, align 8
  %134 = icmp ugt i64 %132, %133
  br i1 %134, label %trap15.site7, label %ok12

trap17.site6:                                     ; preds = %ok8
  %135 = load i64, i64* %lowStart, align 8
  %136 = getelementptr i64, i64* %regs, i64 6
  store i64 %135, i64* %136, align 8
  %137 = load i64, i64* %lowEnd, align 8
  %138 = getelementptr i64, i64* %regs, i64 7
  store i64 %137, i64* %138, align 8
  %139 = load i64, i64* %highEnd, align 8
  %140 = getelementptr i64, i64* %regs, i64 8
  store i64 %139, i64* %140, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 6)
  unreachable

ok12:                                             ; preds = %ok10
  store i64 %132, i64* %127, align 8
  %141 = trunc i64 %131 to i32
  store i32 %141, i32* %obj, align 4
  %142 = load i32, i32* %obj, align 4
  %143 = load i32, i32* %c, align 4
  %144 = zext i32 %142 to i64
  %145 = add i64 %144, 4
  %146 = icmp ugt i64 %145, %arena_size
  br i1 %146, label %trap17.site0, label %ok13

trap15.site7:                                     ; preds = %ok10
  %147 = load i64, i64* %lowStart, align 8
  %148 = getelementptr i64, i64* %regs, i64 6
  store i64 %147, i64* %148, align 8
  %149 = load i64, i64* %lowEnd, align 8
  %150 = getelementptr i64, i64* %regs, i64 7
  store i64 %149, i64* %150, align 8
  %151 = load i64, i64* %highEnd, align 8
  %152 = getelementptr i64, i64* %regs, i64 8
  store i64 %151, i64* %152, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

ok13:                                             ; preds = %ok12
  %153 = getelementptr i8, i8* %mem, i64 %144
  %154 = icmp ult i64 %144, %scratch_start
  %155 = load i64, i64* %lowEnd, align 8
  %156 = load i64, i64* %highEnd, align 8
  %157 = call i64 @llvm.umax.i64(i64 %155, i64 %145)
  %158 = select i1 %154, i64 %157, i64 %155
  store i64 %158, i64* %lowEnd, align 8
  %159 = call i64 @llvm.umax.i64(i64 %156, i64 %145)
  %160 = select i1 %154, i64 %156, i64 %159
  store i64 %160, i64* %highEnd, align 8
  %161 = load i64, i64* %lowStart, align 8
  %162 = call i64 @llvm.umin.i64(i64 %161, i64 %144)
  store i64 %162, i64* %lowStart, align 8
  store i32 %143, i32* %unaligned14, align 4
  %163 = bitcast i32* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %153, i8* %163, i64 4, i1 false)
  %164 = load i32, i32* %obj, align 4
  %165 = load i64, i64* %c.1, align 8
  %166 = zext i32 %164 to i64
  %167 = add i64 %166, 8
  %168 = add i64 %167, 8
  %169 = icmp ugt i64 %168, %arena_size
  br i1 %169, label %trap17.site0, label %ok15

ok15:                                             ; preds = %ok13
  %170 = getelementptr i8, i8* %mem, i64 %167
  %171 = icmp ult i64 %167, %scratch_start
  %172 = load i64, i64* %lowEnd, align 8
  %173 = load i64, i64* %highEnd, align 8
  %174 = call i64 @llvm.umax.i64(i64 %172, i64 %168)
  %175 = select i1 %171, i64 %174, i64 %172
  store i64 %175, i64* %lowEnd, align 8
  %176 = call i64 @llvm.umax.i64(i64 %173, i64 %168)
  %177 = select i1 %171, i64 %173, i64 %176
  store i64 %177, i64* %highEnd, align 8
  %178 = load i64, i64* %lowStart, align 8
  %179 = call i64 @llvm.umin.i64(i64 %178, i64 %167)
  store i64 %179, i64* %lowStart, align 8
  store i64 %165, i64* %unaligned16, align 8
  %180 = bitcast i64* %unaligned16 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %170, i8* %180, i64 8, i1 false)
  %181 = load i32, i32* %obj, align 4
  store i32 %181, i32* %result7, align 4
  br label %e1

ok17:                                             ; preds = %e1
  %182 = getelementptr i8, i8* %mem, i64 %108
  %183 = icmp ult i64 %108, %scratch_start
  %184 = load i64, i64* %lowEnd, align 8
  %185 = load i64, i64* %highEnd, align 8
  %186 = call i64 @llvm.umax.i64(i64 %184, i64 %109)
  %187 = select i1 %183, i64 %186, i64 %184
  store i64 %187, i64* %lowEnd, align 8
  %188 = call i64 @llvm.umax.i64(i64 %185, i64 %109)
  %189 = select i1 %183, i64 %185, i64 %188
  store i64 %189, i64* %highEnd, align 8
  %190 = load i64, i64* %lowStart, align 8
  %191 = call i64 @llvm.umin.i64(i64 %190, i64 %108)
  store i64 %191, i64* %lowStart, align 8
  store i32 %107, i32* %unaligned18, align 4
  %192 = bitcast i32* %unaligned18 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %182, i8* %192, i64 4, i1 false)
  %193 = load i32, i32* %pair, align 4
  %194 = zext i32 %193 to i64
  %195 = add i64 %194, 8
  %196 = icmp ugt i64 %195, %arena_size
  br i1 %196, label %trap17.site8, label %ok20

e6:                                               ; preds = %ok23
  %197 = load i32, i32* %result19, align 4
  store i32 %197, i32* %single, align 4
  %198 = load i32, i32* %dict, align 4
  %199 = load i32, i32* %single, align 4
  %200 = zext i32 %198 to i64
  %201 = add i64 %200, 4
  %202 = add i64 %201, 4
  %203 = icmp ugt i64 %202, %arena_size
  br i1 %203, label %trap17.site0, label %ok25

ok20:                                             ; preds = %ok17
  %204 = getelementptr i8, i8* %mem, i64 %194
  %205 = bitcast i64* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %205, i8* %204, i64 8, i1 false)
  %206 = load i64, i64* %unaligned21, align 8
  store i64 %206, i64* %c.2, align 8
  %207 = getelementptr i64, i64* %regs, i64 1
  %208 = getelementptr i64, i64* %regs, i64 2
  %209 = load i64, i64* %207, align 8
  %210 = add i64 %209, 7
  %211 = and i64 %210, -8
  %212 = add i64 %211, 8
  %213 = load i64, i64* %208, align 8
  %214 = icmp ugt i64 %212, %213
  br i1 %214, label %trap15.site9, label %ok22

trap17.site8:                                     ; preds = %ok17
  %215 = load i64, i64* %lowStart, align 8
  %216 = getelementptr i64, i64* %regs, i64 6
  store i64 %215, i64* %216, align 8
  %217 = load i64, i64* %lowEnd, align 8
  %218 = getelementptr i64, i64* %regs, i64 7
  store i64 %217, i64* %218, align 8
  %219 = load i64, i64* %highEnd, align 8
  %220 = getelementptr i64, i64* %regs, i64 8
  store i64 %219, i64* %220, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 8)
  unreachable

ok22:                                             ; preds = %ok20
  store i64 %212, i64* %207, align 8
  %221 = trunc i64 %211 to i32
  store i32 %221, i32* %obj.1, align 4
  %222 = load i32, i32* %obj.1, align 4
  %223 = load i64, i64* %c.2, align 8
  %224 = zext i32 %222 to i64
  %225 = add i64 %224, 8
  %226 = icmp ugt i64 %225, %arena_size
  br i1 %226, label %trap17.site0, label %ok23

trap15.site9:                                     ; preds = %ok20
  %227 = load i64, i64* %lowStart, align 8
  %228 = getelementptr i64, i64* %regs, i64 6
  store i64 %227, i64* %228, align 8
  %229 = load i64, i64* %lowEnd, align 8
  %230 = getelementptr i64, i64* %regs, i64 7
  store i64 %229, i64* %230, align 8
  %231 = load i64, i64* %highEnd, align 8
  %232 = getelementptr i64, i64* %regs, i64 8
  store i64 %231, i64* %232, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

ok23:                                             ; preds = %ok22
  %233 = getelementptr i8, i8* %mem, i64 %224
  %234 = icmp ult i64 %224, %scratch_start
  %235 = load i64, i64* %lowEnd, align 8
  %236 = load i64, i64* %highEnd, align 8
  %237 = call i64 @llvm.umax.i64(i64 %235, i64 %225)
  %238 = select i1 %234, i64 %237, i64 %235
  store i64 %238, i64* %lowEnd, align 8
  %239 = call i64 @llvm.umax.i64(i64 %236, i64 %225)
  %240 = select i1 %234, i64 %236, i64 %239
  store i64 %240, i64* %highEnd, align 8
  %241 = load i64, i64* %lowStart, align 8
  %242 = call i64 @llvm.umin.i64(i64 %241, i64 %224)
  store i64 %242, i64* %lowStart, align 8
  store i64 %223, i64* %unaligned24, align 8
  %243 = bitcast i64* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %233, i8* %243, i64 8, i1 false)
  %244 = load i32, i32* %obj.1, align 4
  store i32 %244, i32* %result19, align 4
  br label %e6

ok25:                                             ; preds = %e6
  %245 = getelementptr i8, i8* %mem, i64 %201
  %246 = icmp ult i64 %201, %scratch_start
  %247 = load i64, i64* %lowEnd, align 8
  %248 = load i64, i64* %highEnd, align 8
  %249 = call i64 @llvm.umax.i64(i64 %247, i64 %202)
  %250 = select i1 %246, i64 %249, i64 %247
  store i64 %250, i64* %lowEnd, align 8
  %251 = call i64 @llvm.umax.i64(i64 %248, i64 %202)
  %252 = select i1 %246, i64 %248, i64 %251
  store i64 %252, i64* %highEnd, align 8
  %253 = load i64, i64* %lowStart, align 8
  %254 = call i64 @llvm.umin.i64(i64 %253, i64 %201)
  store i64 %254, i64* %lowStart, align 8
  store i32 %199, i32* %unaligned26, align 4
  %255 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %245, i8* %255, i64 4, i1 false)
  %256 = getelementptr i64, i64* %regs, i64 1
  %257 = getelementptr i64, i64* %regs, i64 2
  %258 = load i64, i64* %256, align 8
  %259 = add i64 %258, 3
  %260 = and i64 %259, -4
  %261 = add i64 %260, 0
  %262 = load i64, i64* %257, align 8
  %263 = icmp ugt i64 %261, %262
  br i1 %263, label %trap15.site10, label %ok28

e9:                                               ; preds = %ok28
  %264 = load i32, i32* %result27, align 4
  store i32 %264, i32* %empty, align 4
  %265 = load i32, i32* %dict, align 4
  %266 = load i32, i32* %empty, align 4
  %267 = zext i32 %265 to i64
  %268 = add i64 %267, 8
  %269 = add i64 %268, 4
  %270 = icmp ugt i64 %269, %arena_size
  br i1 %270, label %trap17.site0, label %ok29

ok28:                                             ; preds = %ok25
  store i64 %261, i64* %256, align 8
  %271 = trunc i64 %260 to i32
  store i32 %271, i32* %obj.2, align 4
  %272 = load i32, i32* %obj.2, align 4
  store i32 %272, i32* %result27, align 4
  br label %e9

trap15.site10:                                    ; preds = %ok25
  %273 = load i64, i64* %lowStart, align 8
  %274 = getelementptr i64, i64* %regs, i64 6
  store i64 %273, i64* %274, align 8
  %275 = load i64, i64* %lowEnd, align 8
  %276 = getelementptr i64, i64* %regs, i64 7
  store i64 %275, i64* %276, align 8
  %277 = load i64, i64* %highEnd, align 8
  %278 = getelementptr i64, i64* %regs, i64 8
  store i64 %277, i64* %278, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

ok29:                                             ; preds = %e9
  %279 = getelementptr i8, i8* %mem, i64 %268
  %280 = icmp ult i64 %268, %scratch_start
  %281 = load i64, i64* %lowEnd, align 8
  %282 = load i64, i64* %highEnd, align 8
  %283 = call i64 @llvm.umax.i64(i64 %281, i64 %269)
  %284 = select i1 %280, i64 %283, i64 %281
  store i64 %284, i64* %lowEnd, align 8
  %285 = call i64 @llvm.umax.i64(i64 %282, i64 %269)
  %286 = select i1 %280, i64 %282, i64 %285
  store i64 %286, i64* %highEnd, align 8
  %287 = load i64, i64* %lowStart, align 8
  %288 = call i64 @llvm.umin.i64(i64 %287, i64 %268)
  store i64 %288, i64* %lowStart, align 8
  store i32 %266, i32* %unaligned30, align 4
  %289 = bitcast i32* %unaligned30 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %279, i8* %289, i64 4, i1 false)
  %290 = load i32, i32* %flags, align 4
  store i32 %290, i32* %xs, align 4
  %291 = load i32, i32* %xs, align 4
  %292 = zext i32 %291 to i64
  %293 = add i64 %292, 4
  %294 = icmp ugt i64 %293, %arena_size
  br i1 %294, label %trap17.site0, label %ok32

e10:                                              ; preds = %ok45
  %295 = load i32, i32* %result31, align 4
  store i32 %295, i32* %firsts, align 4
  %296 = load i32, i32* %dict, align 4
  %297 = load i32, i32* %firsts, align 4
  %298 = zext i32 %296 to i64
  %299 = add i64 %298, 12
  %300 = add i64 %299, 4
  %301 = icmp ugt i64 %300, %arena_size
  br i1 %301, label %trap17.site0, label %ok47

ok32:                                             ; preds = %ok29
  %302 = getelementptr i8, i8* %mem, i64 %292
  %303 = bitcast i32* %unaligned33 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %303, i8* %302, i64 4, i1 false)
  %304 = load i32, i32* %unaligned33, align 4
  %305 = zext i32 %304 to i64
  %306 = mul i64 %305, 8
  %307 = add i64 8, %306
  store i64 %307, i64* %size, align 8
  %308 = load i64, i64* %size, align 8
  %309 = icmp ugt i64 %308, 2147483647
  %310 = zext i1 %309 to i32
  %311 = icmp ne i32 %310, 0
  br i1 %311, label %then, label %else

then:                                             ; preds = %ok32
  br label %trap15.site11

else:                                             ; preds = %ok32
  br label %join

join:                                             ; preds = %else, %dead
  %312 = load i64, i64* %size, align 8
  %313 = trunc i64 %312 to i32
  %314 = zext i32 %313 to i64
  %315 = getelementptr i64, i64* %regs, i64 1
  %316 = getelementptr i64, i64* %regs, i64 2
  %317 = load i64, i64* %315, align 8
  %318 = add i64 %317, 7
  %319 = and i64 %318, -8
  %320 = add i64 %319, %314
  %321 = load i64, i64* %316, align 8
  %322 = icmp ugt i64 %320, %321
  br i1 %322, label %trap15.site11, label %ok34

trap15.site11:                                    ; preds = %join, %then
  %323 = load i64, i64* %lowStart, align 8
  %324 = getelementptr i64, i64* %regs, i64 6
  store i64 %323, i64* %324, align 8
  %325 = load i64, i64* %lowEnd, align 8
  %326 = getelementptr i64, i64* %regs, i64 7
  store i64 %325, i64* %326, align 8
  %327 = load i64, i64* %highEnd, align 8
  %328 = getelementptr i64, i64* %regs, i64 8
  store i64 %327, i64* %328, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok34:                                             ; preds = %join
  store i64 %320, i64* %315, align 8
  %329 = trunc i64 %319 to i32
  store i32 %329, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %330 = load i32, i32* %xs, align 4
  %331 = zext i32 %330 to i64
  %332 = add i64 %331, 4
  %333 = icmp ugt i64 %332, %arena_size
  br i1 %333, label %trap17.site0, label %ok35

ok35:                                             ; preds = %ok34
  %334 = getelementptr i8, i8* %mem, i64 %331
  %335 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %335, i8* %334, i64 4, i1 false)
  %336 = load i32, i32* %unaligned36, align 4
  store i32 %336, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each13

block12:                                          ; preds = %dead44, %ok37
  %337 = load i32, i32* %list, align 4
  %338 = load i32, i32* %len, align 4
  %339 = zext i32 %337 to i64
  %340 = add i64 %339, 4
  %341 = icmp ugt i64 %340, %arena_size
  br i1 %341, label %trap17.site0, label %ok45

each13:                                           ; preds = %ok42, %ok35
  %342 = load i64, i64* %fuel, align 8
  %343 = icmp ult i64 %342, 1
  br i1 %343, label %trap14.site0, label %ok37

ok37:                                             ; preds = %each13
  %344 = sub i64 %342, 1
  store i64 %344, i64* %fuel, align 8
  %345 = load i32, i32* %k, align 4
  %346 = load i32, i32* %n, align 4
  %347 = icmp uge i32 %345, %346
  %348 = zext i1 %347 to i32
  %349 = icmp ne i32 %348, 0
  br i1 %349, label %block12, label %cont

cont:                                             ; preds = %ok37
  %350 = load i32, i32* %xs, align 4
  %351 = load i32, i32* %k, align 4
  %352 = mul i32 %351, 4
  %353 = add i32 %350, %352
  %354 = zext i32 %353 to i64
  %355 = add i64 %354, 4
  %356 = add i64 %355, 4
  %357 = icmp ugt i64 %356, %arena_size
  br i1 %357, label %trap17.site0, label %ok38

ok38:                                             ; preds = %cont
  %358 = getelementptr i8, i8* %mem, i64 %355
  %359 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %359, i8* %358, i64 4, i1 false)
  %360 = load i32, i32* %unaligned39, align 4
  store i32 %360, i32* %x, align 4
  %361 = load i32, i32* %x, align 4
  store i32 %361, i32* %t, align 4
  %362 = load i32, i32* %list, align 4
  %363 = load i32, i32* %len, align 4
  %364 = mul i32 %363, 8
  %365 = add i32 %362, %364
  %366 = load i32, i32* %t, align 4
  %367 = zext i32 %366 to i64
  %368 = add i64 %367, 8
  %369 = icmp ugt i64 %368, %arena_size
  br i1 %369, label %trap17.site12, label %ok40

ok40:                                             ; preds = %ok38
  %370 = getelementptr i8, i8* %mem, i64 %367
  %371 = bitcast i64* %unaligned41 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %371, i8* %370, i64 8, i1 false)
  %372 = load i64, i64* %unaligned41, align 8
  %373 = zext i32 %365 to i64
  %374 = add i64 %373, 8
  %375 = add i64 %374, 8
  %376 = icmp ugt i64 %375, %arena_size
  br i1 %376, label %trap17.site0, label %ok42

trap17.site12:                                    ; preds = %ok38
  %377 = load i64, i64* %lowStart, align 8
  %378 = getelementptr i64, i64* %regs, i64 6
  store i64 %377, i64* %378, align 8
  %379 = load i64, i64* %lowEnd, align 8
  %380 = getelementptr i64, i64* %regs, i64 7
  store i64 %379, i64* %380, align 8
  %381 = load i64, i64* %highEnd, align 8
  %382 = getelementptr i64, i64* %regs, i64 8
  store i64 %381, i64* %382, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 12)
  unreachable

ok42:                                             ; preds = %ok40
  %383 = getelementptr i8, i8* %mem, i64 %374
  %384 = icmp ult i64 %374, %scratch_start
  %385 = load i64, i64* %lowEnd, align 8
  %386 = load i64, i64* %highEnd, align 8
  %387 = call i64 @llvm.umax.i64(i64 %385, i64 %375)
  %388 = select i1 %384, i64 %387, i64 %385
  store i64 %388, i64* %lowEnd, align 8
  %389 = call i64 @llvm.umax.i64(i64 %386, i64 %375)
  %390 = select i1 %384, i64 %386, i64 %389
  store i64 %390, i64* %highEnd, align 8
  %391 = load i64, i64* %lowStart, align 8
  %392 = call i64 @llvm.umin.i64(i64 %391, i64 %374)
  store i64 %392, i64* %lowStart, align 8
  store i64 %372, i64* %unaligned43, align 8
  %393 = bitcast i64* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %383, i8* %393, i64 8, i1 false)
  %394 = load i32, i32* %len, align 4
  %395 = add i32 %394, 1
  store i32 %395, i32* %len, align 4
  %396 = load i32, i32* %k, align 4
  %397 = add i32 %396, 1
  store i32 %397, i32* %k, align 4
  br label %each13

dead44:                                           ; No predecessors!
  br label %block12

ok45:                                             ; preds = %block12
  %398 = getelementptr i8, i8* %mem, i64 %339
  %399 = icmp ult i64 %339, %scratch_start
  %400 = load i64, i64* %lowEnd, align 8
  %401 = load i64, i64* %highEnd, align 8
  %402 = call i64 @llvm.umax.i64(i64 %400, i64 %340)
  %403 = select i1 %399, i64 %402, i64 %400
  store i64 %403, i64* %lowEnd, align 8
  %404 = call i64 @llvm.umax.i64(i64 %401, i64 %340)
  %405 = select i1 %399, i64 %401, i64 %404
  store i64 %405, i64* %highEnd, align 8
  %406 = load i64, i64* %lowStart, align 8
  %407 = call i64 @llvm.umin.i64(i64 %406, i64 %339)
  store i64 %407, i64* %lowStart, align 8
  store i32 %338, i32* %unaligned46, align 4
  %408 = bitcast i32* %unaligned46 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %398, i8* %408, i64 4, i1 false)
  %409 = load i32, i32* %list, align 4
  store i32 %409, i32* %result31, align 4
  br label %e10

ok47:                                             ; preds = %e10
  %410 = getelementptr i8, i8* %mem, i64 %299
  %411 = icmp ult i64 %299, %scratch_start
  %412 = load i64, i64* %lowEnd, align 8
  %413 = load i64, i64* %highEnd, align 8
  %414 = call i64 @llvm.umax.i64(i64 %412, i64 %300)
  %415 = select i1 %411, i64 %414, i64 %412
  store i64 %415, i64* %lowEnd, align 8
  %416 = call i64 @llvm.umax.i64(i64 %413, i64 %300)
  %417 = select i1 %411, i64 %413, i64 %416
  store i64 %417, i64* %highEnd, align 8
  %418 = load i64, i64* %lowStart, align 8
  %419 = call i64 @llvm.umin.i64(i64 %418, i64 %299)
  store i64 %419, i64* %lowStart, align 8
  store i32 %297, i32* %unaligned48, align 4
  %420 = bitcast i32* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %410, i8* %420, i64 4, i1 false)
  %421 = load i32, i32* %flags, align 4
  store i32 %421, i32* %xs.1, align 4
  %422 = load i32, i32* %xs.1, align 4
  %423 = zext i32 %422 to i64
  %424 = add i64 %423, 4
  %425 = icmp ugt i64 %424, %arena_size
  br i1 %425, label %trap17.site0, label %ok50

e16:                                              ; preds = %ok72
  %426 = load i32, i32* %result49, align 4
  store i32 %426, i32* %on, align 4
  %427 = load i32, i32* %dict, align 4
  %428 = load i32, i32* %on, align 4
  %429 = zext i32 %427 to i64
  %430 = add i64 %429, 16
  %431 = add i64 %430, 4
  %432 = icmp ugt i64 %431, %arena_size
  br i1 %432, label %trap17.site0, label %ok74

ok50:                                             ; preds = %ok47
  %433 = getelementptr i8, i8* %mem, i64 %423
  %434 = bitcast i32* %unaligned51 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %434, i8* %433, i64 4, i1 false)
  %435 = load i32, i32* %unaligned51, align 4
  %436 = zext i32 %435 to i64
  %437 = mul i64 %436, 8
  %438 = add i64 8, %437
  store i64 %438, i64* %size.1, align 8
  %439 = load i64, i64* %size.1, align 8
  %440 = icmp ugt i64 %439, 2147483647
  %441 = zext i1 %440 to i32
  %442 = icmp ne i32 %441, 0
  br i1 %442, label %then52, label %else53

then52:                                           ; preds = %ok50
  br label %trap15.site13

else53:                                           ; preds = %ok50
  br label %join54

join54:                                           ; preds = %else53, %dead55
  %443 = load i64, i64* %size.1, align 8
  %444 = trunc i64 %443 to i32
  %445 = zext i32 %444 to i64
  %446 = getelementptr i64, i64* %regs, i64 1
  %447 = getelementptr i64, i64* %regs, i64 2
  %448 = load i64, i64* %446, align 8
  %449 = add i64 %448, 7
  %450 = and i64 %449, -8
  %451 = add i64 %450, %445
  %452 = load i64, i64* %447, align 8
  %453 = icmp ugt i64 %451, %452
  br i1 %453, label %trap15.site13, label %ok56

trap15.site13:                                    ; preds = %join54, %then52
  %454 = load i64, i64* %lowStart, align 8
  %455 = getelementptr i64, i64* %regs, i64 6
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %lowEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 7
  store i64 %456, i64* %457, align 8
  %458 = load i64, i64* %highEnd, align 8
  %459 = getelementptr i64, i64* %regs, i64 8
  store i64 %458, i64* %459, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead55:                                           ; No predecessors!
  br label %join54

ok56:                                             ; preds = %join54
  store i64 %451, i64* %446, align 8
  %460 = trunc i64 %450 to i32
  store i32 %460, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %461 = load i32, i32* %xs.1, align 4
  %462 = zext i32 %461 to i64
  %463 = add i64 %462, 4
  %464 = icmp ugt i64 %463, %arena_size
  br i1 %464, label %trap17.site0, label %ok57

ok57:                                             ; preds = %ok56
  %465 = getelementptr i8, i8* %mem, i64 %462
  %466 = bitcast i32* %unaligned58 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %466, i8* %465, i64 4, i1 false)
  %467 = load i32, i32* %unaligned58, align 4
  store i32 %467, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each19

block18:                                          ; preds = %dead71, %ok59
  %468 = load i32, i32* %list.1, align 4
  %469 = load i32, i32* %len.1, align 4
  %470 = zext i32 %468 to i64
  %471 = add i64 %470, 4
  %472 = icmp ugt i64 %471, %arena_size
  br i1 %472, label %trap17.site0, label %ok72

each19:                                           ; preds = %join66, %ok57
  %473 = load i64, i64* %fuel, align 8
  %474 = icmp ult i64 %473, 1
  br i1 %474, label %trap14.site0, label %ok59

ok59:                                             ; preds = %each19
  %475 = sub i64 %473, 1
  store i64 %475, i64* %fuel, align 8
  %476 = load i32, i32* %k.1, align 4
  %477 = load i32, i32* %n.1, align 4
  %478 = icmp uge i32 %476, %477
  %479 = zext i1 %478 to i32
  %480 = icmp ne i32 %479, 0
  br i1 %480, label %block18, label %cont60

cont60:                                           ; preds = %ok59
  %481 = load i32, i32* %xs.1, align 4
  %482 = load i32, i32* %k.1, align 4
  %483 = mul i32 %482, 4
  %484 = add i32 %481, %483
  %485 = zext i32 %484 to i64
  %486 = add i64 %485, 4
  %487 = add i64 %486, 4
  %488 = icmp ugt i64 %487, %arena_size
  br i1 %488, label %trap17.site0, label %ok61

ok61:                                             ; preds = %cont60
  %489 = getelementptr i8, i8* %mem, i64 %486
  %490 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %490, i8* %489, i64 4, i1 false)
  %491 = load i32, i32* %unaligned62, align 4
  store i32 %491, i32* %x.1, align 4
  %492 = load i32, i32* %x.1, align 4
  store i32 %492, i32* %t.1, align 4
  %493 = load i32, i32* %t.1, align 4
  %494 = zext i32 %493 to i64
  %495 = add i64 %494, 8
  %496 = add i64 %495, 1
  %497 = icmp ugt i64 %496, %arena_size
  br i1 %497, label %trap17.site14, label %ok63

ok63:                                             ; preds = %ok61
  %498 = getelementptr i8, i8* %mem, i64 %495
  %499 = load i8, i8* %498, align 1
  %500 = zext i8 %499 to i32
  %501 = icmp ne i32 %500, 0
  br i1 %501, label %then64, label %else65

trap17.site14:                                    ; preds = %ok61
  %502 = load i64, i64* %lowStart, align 8
  %503 = getelementptr i64, i64* %regs, i64 6
  store i64 %502, i64* %503, align 8
  %504 = load i64, i64* %lowEnd, align 8
  %505 = getelementptr i64, i64* %regs, i64 7
  store i64 %504, i64* %505, align 8
  %506 = load i64, i64* %highEnd, align 8
  %507 = getelementptr i64, i64* %regs, i64 8
  store i64 %506, i64* %507, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 14)
  unreachable

then64:                                           ; preds = %ok63
  %508 = load i32, i32* %list.1, align 4
  %509 = load i32, i32* %len.1, align 4
  %510 = mul i32 %509, 8
  %511 = add i32 %508, %510
  %512 = load i32, i32* %t.1, align 4
  %513 = zext i32 %512 to i64
  %514 = add i64 %513, 8
  %515 = icmp ugt i64 %514, %arena_size
  br i1 %515, label %trap17.site15, label %ok67

else65:                                           ; preds = %ok63
  br label %join66

join66:                                           ; preds = %else65, %ok69
  %516 = load i32, i32* %k.1, align 4
  %517 = add i32 %516, 1
  store i32 %517, i32* %k.1, align 4
  br label %each19

ok67:                                             ; preds = %then64
  %518 = getelementptr i8, i8* %mem, i64 %513
  %519 = bitcast i64* %unaligned68 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %519, i8* %518, i64 8, i1 false)
  %520 = load i64, i64* %unaligned68, align 8
  %521 = zext i32 %511 to i64
  %522 = add i64 %521, 8
  %523 = add i64 %522, 8
  %524 = icmp ugt i64 %523, %arena_size
  br i1 %524, label %trap17.site0, label %ok69

trap17.site15:                                    ; preds = %then64
  %525 = load i64, i64* %lowStart, align 8
  %526 = getelementptr i64, i64* %regs, i64 6
  store i64 %525, i64* %526, align 8
  %527 = load i64, i64* %lowEnd, align 8
  %528 = getelementptr i64, i64* %regs, i64 7
  store i64 %527, i64* %528, align 8
  %529 = load i64, i64* %highEnd, align 8
  %530 = getelementptr i64, i64* %regs, i64 8
  store i64 %529, i64* %530, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 15)
  unreachable

ok69:                                             ; preds = %ok67
  %531 = getelementptr i8, i8* %mem, i64 %522
  %532 = icmp ult i64 %522, %scratch_start
  %533 = load i64, i64* %lowEnd, align 8
  %534 = load i64, i64* %highEnd, align 8
  %535 = call i64 @llvm.umax.i64(i64 %533, i64 %523)
  %536 = select i1 %532, i64 %535, i64 %533
  store i64 %536, i64* %lowEnd, align 8
  %537 = call i64 @llvm.umax.i64(i64 %534, i64 %523)
  %538 = select i1 %532, i64 %534, i64 %537
  store i64 %538, i64* %highEnd, align 8
  %539 = load i64, i64* %lowStart, align 8
  %540 = call i64 @llvm.umin.i64(i64 %539, i64 %522)
  store i64 %540, i64* %lowStart, align 8
  store i64 %520, i64* %unaligned70, align 8
  %541 = bitcast i64* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %531, i8* %541, i64 8, i1 false)
  %542 = load i32, i32* %len.1, align 4
  %543 = add i32 %542, 1
  store i32 %543, i32* %len.1, align 4
  br label %join66

dead71:                                           ; No predecessors!
  br label %block18

ok72:                                             ; preds = %block18
  %544 = getelementptr i8, i8* %mem, i64 %470
  %545 = icmp ult i64 %470, %scratch_start
  %546 = load i64, i64* %lowEnd, align 8
  %547 = load i64, i64* %highEnd, align 8
  %548 = call i64 @llvm.umax.i64(i64 %546, i64 %471)
  %549 = select i1 %545, i64 %548, i64 %546
  store i64 %549, i64* %lowEnd, align 8
  %550 = call i64 @llvm.umax.i64(i64 %547, i64 %471)
  %551 = select i1 %545, i64 %547, i64 %550
  store i64 %551, i64* %highEnd, align 8
  %552 = load i64, i64* %lowStart, align 8
  %553 = call i64 @llvm.umin.i64(i64 %552, i64 %470)
  store i64 %553, i64* %lowStart, align 8
  store i32 %469, i32* %unaligned73, align 4
  %554 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %544, i8* %554, i64 4, i1 false)
  %555 = load i32, i32* %list.1, align 4
  store i32 %555, i32* %result49, align 4
  br label %e16

ok74:                                             ; preds = %e16
  %556 = getelementptr i8, i8* %mem, i64 %430
  %557 = icmp ult i64 %430, %scratch_start
  %558 = load i64, i64* %lowEnd, align 8
  %559 = load i64, i64* %highEnd, align 8
  %560 = call i64 @llvm.umax.i64(i64 %558, i64 %431)
  %561 = select i1 %557, i64 %560, i64 %558
  store i64 %561, i64* %lowEnd, align 8
  %562 = call i64 @llvm.umax.i64(i64 %559, i64 %431)
  %563 = select i1 %557, i64 %559, i64 %562
  store i64 %563, i64* %highEnd, align 8
  %564 = load i64, i64* %lowStart, align 8
  %565 = call i64 @llvm.umin.i64(i64 %564, i64 %430)
  store i64 %565, i64* %lowStart, align 8
  store i32 %428, i32* %unaligned75, align 4
  %566 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %556, i8* %566, i64 4, i1 false)
  %567 = load i32, i32* %pair, align 4
  %568 = zext i32 %567 to i64
  %569 = add i64 %568, 8
  %570 = icmp ugt i64 %569, %arena_size
  br i1 %570, label %trap17.site17, label %ok77

e25:                                              ; preds = %ok82
  %571 = load i32, i32* %result76, align 4
  store i64 1, i64* %c.5, align 8
  store i32 8, i32* %c.6, align 4
  %572 = getelementptr i64, i64* %regs, i64 1
  %573 = getelementptr i64, i64* %regs, i64 2
  %574 = load i64, i64* %572, align 8
  %575 = add i64 %574, 7
  %576 = and i64 %575, -8
  %577 = add i64 %576, 16
  %578 = load i64, i64* %573, align 8
  %579 = icmp ugt i64 %577, %578
  br i1 %579, label %trap15.site19, label %ok85

ok77:                                             ; preds = %ok74
  %580 = getelementptr i8, i8* %mem, i64 %568
  %581 = bitcast i64* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %581, i8* %580, i64 8, i1 false)
  %582 = load i64, i64* %unaligned78, align 8
  store i64 %582, i64* %c.3, align 8
  store i32 8, i32* %c.4, align 4
  %583 = getelementptr i64, i64* %regs, i64 1
  %584 = getelementptr i64, i64* %regs, i64 2
  %585 = load i64, i64* %583, align 8
  %586 = add i64 %585, 7
  %587 = and i64 %586, -8
  %588 = add i64 %587, 16
  %589 = load i64, i64* %584, align 8
  %590 = icmp ugt i64 %588, %589
  br i1 %590, label %trap15.site18, label %ok79

trap17.site17:                                    ; preds = %ok74
  %591 = load i64, i64* %lowStart, align 8
  %592 = getelementptr i64, i64* %regs, i64 6
  store i64 %591, i64* %592, align 8
  %593 = load i64, i64* %lowEnd, align 8
  %594 = getelementptr i64, i64* %regs, i64 7
  store i64 %593, i64* %594, align 8
  %595 = load i64, i64* %highEnd, align 8
  %596 = getelementptr i64, i64* %regs, i64 8
  store i64 %595, i64* %596, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 17)
  unreachable

ok79:                                             ; preds = %ok77
  store i64 %588, i64* %583, align 8
  %597 = trunc i64 %587 to i32
  store i32 %597, i32* %obj.3, align 4
  %598 = load i32, i32* %obj.3, align 4
  %599 = load i64, i64* %c.3, align 8
  %600 = zext i32 %598 to i64
  %601 = add i64 %600, 8
  %602 = icmp ugt i64 %601, %arena_size
  br i1 %602, label %trap17.site0, label %ok80

trap15.site18:                                    ; preds = %ok77
  %603 = load i64, i64* %lowStart, align 8
  %604 = getelementptr i64, i64* %regs, i64 6
  store i64 %603, i64* %604, align 8
  %605 = load i64, i64* %lowEnd, align 8
  %606 = getelementptr i64, i64* %regs, i64 7
  store i64 %605, i64* %606, align 8
  %607 = load i64, i64* %highEnd, align 8
  %608 = getelementptr i64, i64* %regs, i64 8
  store i64 %607, i64* %608, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

ok80:                                             ; preds = %ok79
  %609 = getelementptr i8, i8* %mem, i64 %600
  %610 = icmp ult i64 %600, %scratch_start
  %611 = load i64, i64* %lowEnd, align 8
  %612 = load i64, i64* %highEnd, align 8
  %613 = call i64 @llvm.umax.i64(i64 %611, i64 %601)
  %614 = select i1 %610, i64 %613, i64 %611
  store i64 %614, i64* %lowEnd, align 8
  %615 = call i64 @llvm.umax.i64(i64 %612, i64 %601)
  %616 = select i1 %610, i64 %612, i64 %615
  store i64 %616, i64* %highEnd, align 8
  %617 = load i64, i64* %lowStart, align 8
  %618 = call i64 @llvm.umin.i64(i64 %617, i64 %600)
  store i64 %618, i64* %lowStart, align 8
  store i64 %599, i64* %unaligned81, align 8
  %619 = bitcast i64* %unaligned81 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %609, i8* %619, i64 8, i1 false)
  %620 = load i32, i32* %obj.3, align 4
  %621 = load i32, i32* %c.4, align 4
  %622 = zext i32 %620 to i64
  %623 = add i64 %622, 8
  %624 = add i64 %623, 4
  %625 = icmp ugt i64 %624, %arena_size
  br i1 %625, label %trap17.site0, label %ok82

ok82:                                             ; preds = %ok80
  %626 = getelementptr i8, i8* %mem, i64 %623
  %627 = icmp ult i64 %623, %scratch_start
  %628 = load i64, i64* %lowEnd, align 8
  %629 = load i64, i64* %highEnd, align 8
  %630 = call i64 @llvm.umax.i64(i64 %628, i64 %624)
  %631 = select i1 %627, i64 %630, i64 %628
  store i64 %631, i64* %lowEnd, align 8
  %632 = call i64 @llvm.umax.i64(i64 %629, i64 %624)
  %633 = select i1 %627, i64 %629, i64 %632
  store i64 %633, i64* %highEnd, align 8
  %634 = load i64, i64* %lowStart, align 8
  %635 = call i64 @llvm.umin.i64(i64 %634, i64 %623)
  store i64 %635, i64* %lowStart, align 8
  store i32 %621, i32* %unaligned83, align 4
  %636 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %626, i8* %636, i64 4, i1 false)
  %637 = load i32, i32* %obj.3, align 4
  store i32 %637, i32* %result76, align 4
  br label %e25

e29:                                              ; preds = %ok88
  %638 = load i32, i32* %result84, align 4
  %639 = icmp uge i32 %depth, 1000
  br i1 %639, label %trap15.site0, label %ok90

ok85:                                             ; preds = %e25
  store i64 %577, i64* %572, align 8
  %640 = trunc i64 %576 to i32
  store i32 %640, i32* %obj.4, align 4
  %641 = load i32, i32* %obj.4, align 4
  %642 = load i64, i64* %c.5, align 8
  %643 = zext i32 %641 to i64
  %644 = add i64 %643, 8
  %645 = icmp ugt i64 %644, %arena_size
  br i1 %645, label %trap17.site0, label %ok86

trap15.site19:                                    ; preds = %e25
  %646 = load i64, i64* %lowStart, align 8
  %647 = getelementptr i64, i64* %regs, i64 6
  store i64 %646, i64* %647, align 8
  %648 = load i64, i64* %lowEnd, align 8
  %649 = getelementptr i64, i64* %regs, i64 7
  store i64 %648, i64* %649, align 8
  %650 = load i64, i64* %highEnd, align 8
  %651 = getelementptr i64, i64* %regs, i64 8
  store i64 %650, i64* %651, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 19)
  unreachable

ok86:                                             ; preds = %ok85
  %652 = getelementptr i8, i8* %mem, i64 %643
  %653 = icmp ult i64 %643, %scratch_start
  %654 = load i64, i64* %lowEnd, align 8
  %655 = load i64, i64* %highEnd, align 8
  %656 = call i64 @llvm.umax.i64(i64 %654, i64 %644)
  %657 = select i1 %653, i64 %656, i64 %654
  store i64 %657, i64* %lowEnd, align 8
  %658 = call i64 @llvm.umax.i64(i64 %655, i64 %644)
  %659 = select i1 %653, i64 %655, i64 %658
  store i64 %659, i64* %highEnd, align 8
  %660 = load i64, i64* %lowStart, align 8
  %661 = call i64 @llvm.umin.i64(i64 %660, i64 %643)
  store i64 %661, i64* %lowStart, align 8
  store i64 %642, i64* %unaligned87, align 8
  %662 = bitcast i64* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %652, i8* %662, i64 8, i1 false)
  %663 = load i32, i32* %obj.4, align 4
  %664 = load i32, i32* %c.6, align 4
  %665 = zext i32 %663 to i64
  %666 = add i64 %665, 8
  %667 = add i64 %666, 4
  %668 = icmp ugt i64 %667, %arena_size
  br i1 %668, label %trap17.site0, label %ok88

ok88:                                             ; preds = %ok86
  %669 = getelementptr i8, i8* %mem, i64 %666
  %670 = icmp ult i64 %666, %scratch_start
  %671 = load i64, i64* %lowEnd, align 8
  %672 = load i64, i64* %highEnd, align 8
  %673 = call i64 @llvm.umax.i64(i64 %671, i64 %667)
  %674 = select i1 %670, i64 %673, i64 %671
  store i64 %674, i64* %lowEnd, align 8
  %675 = call i64 @llvm.umax.i64(i64 %672, i64 %667)
  %676 = select i1 %670, i64 %672, i64 %675
  store i64 %676, i64* %highEnd, align 8
  %677 = load i64, i64* %lowStart, align 8
  %678 = call i64 @llvm.umin.i64(i64 %677, i64 %666)
  store i64 %678, i64* %lowStart, align 8
  store i32 %664, i32* %unaligned89, align 4
  %679 = bitcast i32* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %669, i8* %679, i64 4, i1 false)
  %680 = load i32, i32* %obj.4, align 4
  store i32 %680, i32* %result84, align 4
  br label %e29

ok90:                                             ; preds = %e29
  %681 = getelementptr i64, i64* %regs, i64 10
  %682 = load i64, i64* %681, align 8
  %683 = icmp ult i64 %10, %682
  br i1 %683, label %trap253.site0, label %stack_ok91

trap15.site0:                                     ; preds = %e0, %ok103, %e29
  %684 = load i64, i64* %lowStart, align 8
  %685 = getelementptr i64, i64* %regs, i64 6
  store i64 %684, i64* %685, align 8
  %686 = load i64, i64* %lowEnd, align 8
  %687 = getelementptr i64, i64* %regs, i64 7
  store i64 %686, i64* %687, align 8
  %688 = load i64, i64* %highEnd, align 8
  %689 = getelementptr i64, i64* %regs, i64 8
  store i64 %688, i64* %689, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok91:                                       ; preds = %ok90
  %690 = load i64, i64* %fuel, align 8
  %691 = getelementptr i64, i64* %regs, i64 0
  store i64 %690, i64* %691, align 8
  %692 = load i64, i64* %lowStart, align 8
  %693 = getelementptr i64, i64* %regs, i64 6
  store i64 %692, i64* %693, align 8
  %694 = load i64, i64* %lowEnd, align 8
  %695 = getelementptr i64, i64* %regs, i64 7
  store i64 %694, i64* %695, align 8
  %696 = load i64, i64* %highEnd, align 8
  %697 = getelementptr i64, i64* %regs, i64 8
  store i64 %696, i64* %697, align 8
  %698 = add i32 %depth, 1
  %699 = call i32 @m0.eq._Int__String_(i64* %regs, i8* %mem, i32 %698, i32 %571, i32 %638)
  %700 = getelementptr i64, i64* %regs, i64 0
  %701 = load i64, i64* %700, align 8
  store i64 %701, i64* %fuel, align 8
  %702 = getelementptr i64, i64* %regs, i64 6
  %703 = load i64, i64* %702, align 8
  store i64 %703, i64* %lowStart, align 8
  %704 = getelementptr i64, i64* %regs, i64 7
  %705 = load i64, i64* %704, align 8
  store i64 %705, i64* %lowEnd, align 8
  %706 = getelementptr i64, i64* %regs, i64 8
  %707 = load i64, i64* %706, align 8
  store i64 %707, i64* %highEnd, align 8
  store i32 %699, i32* %same, align 4
  %708 = load i32, i32* %dict, align 4
  %709 = load i32, i32* %same, align 4
  %710 = zext i32 %708 to i64
  %711 = add i64 %710, 20
  %712 = add i64 %711, 1
  %713 = icmp ugt i64 %712, %arena_size
  br i1 %713, label %trap17.site0, label %ok92

ok92:                                             ; preds = %stack_ok91
  %714 = getelementptr i8, i8* %mem, i64 %711
  %715 = icmp ult i64 %711, %scratch_start
  %716 = load i64, i64* %lowEnd, align 8
  %717 = load i64, i64* %highEnd, align 8
  %718 = call i64 @llvm.umax.i64(i64 %716, i64 %712)
  %719 = select i1 %715, i64 %718, i64 %716
  store i64 %719, i64* %lowEnd, align 8
  %720 = call i64 @llvm.umax.i64(i64 %717, i64 %712)
  %721 = select i1 %715, i64 %717, i64 %720
  store i64 %721, i64* %highEnd, align 8
  %722 = load i64, i64* %lowStart, align 8
  %723 = call i64 @llvm.umin.i64(i64 %722, i64 %711)
  store i64 %723, i64* %lowStart, align 8
  %724 = trunc i32 %709 to i8
  store i8 %724, i8* %714, align 1
  %725 = load i32, i32* %flags, align 4
  store i32 %725, i32* %xs.2, align 4
  store i64 2, i64* %c.7, align 8
  store i32 0, i32* %c.8, align 4
  %726 = getelementptr i64, i64* %regs, i64 1
  %727 = getelementptr i64, i64* %regs, i64 2
  %728 = load i64, i64* %726, align 8
  %729 = add i64 %728, 7
  %730 = and i64 %729, -8
  %731 = add i64 %730, 16
  %732 = load i64, i64* %727, align 8
  %733 = icmp ugt i64 %731, %732
  br i1 %733, label %trap15.site21, label %ok95

e32:                                              ; preds = %block37
  %734 = load i32, i32* %result93, align 4
  store i32 %734, i32* %found.1, align 4
  %735 = load i32, i32* %dict, align 4
  %736 = load i32, i32* %found.1, align 4
  %737 = zext i32 %735 to i64
  %738 = add i64 %737, 21
  %739 = add i64 %738, 1
  %740 = icmp ugt i64 %739, %arena_size
  br i1 %740, label %trap17.site0, label %ok112

e34:                                              ; preds = %ok98
  %741 = load i32, i32* %result94, align 4
  store i32 %741, i32* %needle, align 4
  store i32 0, i32* %found, align 4
  %742 = load i32, i32* %xs.2, align 4
  %743 = zext i32 %742 to i64
  %744 = add i64 %743, 4
  %745 = icmp ugt i64 %744, %arena_size
  br i1 %745, label %trap17.site0, label %ok99

ok95:                                             ; preds = %ok92
  store i64 %731, i64* %726, align 8
  %746 = trunc i64 %730 to i32
  store i32 %746, i32* %obj.5, align 4
  %747 = load i32, i32* %obj.5, align 4
  %748 = load i64, i64* %c.7, align 8
  %749 = zext i32 %747 to i64
  %750 = add i64 %749, 8
  %751 = icmp ugt i64 %750, %arena_size
  br i1 %751, label %trap17.site0, label %ok96

trap15.site21:                                    ; preds = %ok92
  %752 = load i64, i64* %lowStart, align 8
  %753 = getelementptr i64, i64* %regs, i64 6
  store i64 %752, i64* %753, align 8
  %754 = load i64, i64* %lowEnd, align 8
  %755 = getelementptr i64, i64* %regs, i64 7
  store i64 %754, i64* %755, align 8
  %756 = load i64, i64* %highEnd, align 8
  %757 = getelementptr i64, i64* %regs, i64 8
  store i64 %756, i64* %757, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

ok96:                                             ; preds = %ok95
  %758 = getelementptr i8, i8* %mem, i64 %749
  %759 = icmp ult i64 %749, %scratch_start
  %760 = load i64, i64* %lowEnd, align 8
  %761 = load i64, i64* %highEnd, align 8
  %762 = call i64 @llvm.umax.i64(i64 %760, i64 %750)
  %763 = select i1 %759, i64 %762, i64 %760
  store i64 %763, i64* %lowEnd, align 8
  %764 = call i64 @llvm.umax.i64(i64 %761, i64 %750)
  %765 = select i1 %759, i64 %761, i64 %764
  store i64 %765, i64* %highEnd, align 8
  %766 = load i64, i64* %lowStart, align 8
  %767 = call i64 @llvm.umin.i64(i64 %766, i64 %749)
  store i64 %767, i64* %lowStart, align 8
  store i64 %748, i64* %unaligned97, align 8
  %768 = bitcast i64* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %758, i8* %768, i64 8, i1 false)
  %769 = load i32, i32* %obj.5, align 4
  %770 = load i32, i32* %c.8, align 4
  %771 = zext i32 %769 to i64
  %772 = add i64 %771, 8
  %773 = add i64 %772, 1
  %774 = icmp ugt i64 %773, %arena_size
  br i1 %774, label %trap17.site0, label %ok98

ok98:                                             ; preds = %ok96
  %775 = getelementptr i8, i8* %mem, i64 %772
  %776 = icmp ult i64 %772, %scratch_start
  %777 = load i64, i64* %lowEnd, align 8
  %778 = load i64, i64* %highEnd, align 8
  %779 = call i64 @llvm.umax.i64(i64 %777, i64 %773)
  %780 = select i1 %776, i64 %779, i64 %777
  store i64 %780, i64* %lowEnd, align 8
  %781 = call i64 @llvm.umax.i64(i64 %778, i64 %773)
  %782 = select i1 %776, i64 %778, i64 %781
  store i64 %782, i64* %highEnd, align 8
  %783 = load i64, i64* %lowStart, align 8
  %784 = call i64 @llvm.umin.i64(i64 %783, i64 %772)
  store i64 %784, i64* %lowStart, align 8
  %785 = trunc i32 %770 to i8
  store i8 %785, i8* %775, align 1
  %786 = load i32, i32* %obj.5, align 4
  store i32 %786, i32* %result94, align 4
  br label %e34

ok99:                                             ; preds = %e34
  %787 = getelementptr i8, i8* %mem, i64 %743
  %788 = bitcast i32* %unaligned100 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %788, i8* %787, i64 4, i1 false)
  %789 = load i32, i32* %unaligned100, align 4
  store i32 %789, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each38

block37:                                          ; preds = %dead111, %then107, %ok101
  %790 = load i32, i32* %found, align 4
  store i32 %790, i32* %result93, align 4
  br label %e32

each38:                                           ; preds = %join109, %ok99
  %791 = load i64, i64* %fuel, align 8
  %792 = icmp ult i64 %791, 1
  br i1 %792, label %trap14.site0, label %ok101

ok101:                                            ; preds = %each38
  %793 = sub i64 %791, 1
  store i64 %793, i64* %fuel, align 8
  %794 = load i32, i32* %k.2, align 4
  %795 = load i32, i32* %n.2, align 4
  %796 = icmp uge i32 %794, %795
  %797 = zext i1 %796 to i32
  %798 = icmp ne i32 %797, 0
  br i1 %798, label %block37, label %cont102

cont102:                                          ; preds = %ok101
  %799 = load i32, i32* %xs.2, align 4
  %800 = load i32, i32* %k.2, align 4
  %801 = mul i32 %800, 4
  %802 = add i32 %799, %801
  %803 = zext i32 %802 to i64
  %804 = add i64 %803, 4
  %805 = add i64 %804, 4
  %806 = icmp ugt i64 %805, %arena_size
  br i1 %806, label %trap17.site0, label %ok103

ok103:                                            ; preds = %cont102
  %807 = getelementptr i8, i8* %mem, i64 %804
  %808 = bitcast i32* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %808, i8* %807, i64 4, i1 false)
  %809 = load i32, i32* %unaligned104, align 4
  store i32 %809, i32* %x.2, align 4
  %810 = load i32, i32* %x.2, align 4
  store i32 %810, i32* %x.3, align 4
  %811 = load i32, i32* %x.3, align 4
  %812 = load i32, i32* %needle, align 4
  %813 = icmp uge i32 %depth, 1000
  br i1 %813, label %trap15.site0, label %ok105

ok105:                                            ; preds = %ok103
  %814 = getelementptr i64, i64* %regs, i64 10
  %815 = load i64, i64* %814, align 8
  %816 = icmp ult i64 %10, %815
  br i1 %816, label %trap253.site0, label %stack_ok106

stack_ok106:                                      ; preds = %ok105
  %817 = load i64, i64* %fuel, align 8
  %818 = getelementptr i64, i64* %regs, i64 0
  store i64 %817, i64* %818, align 8
  %819 = load i64, i64* %lowStart, align 8
  %820 = getelementptr i64, i64* %regs, i64 6
  store i64 %819, i64* %820, align 8
  %821 = load i64, i64* %lowEnd, align 8
  %822 = getelementptr i64, i64* %regs, i64 7
  store i64 %821, i64* %822, align 8
  %823 = load i64, i64* %highEnd, align 8
  %824 = getelementptr i64, i64* %regs, i64 8
  store i64 %823, i64* %824, align 8
  %825 = add i32 %depth, 1
  %826 = call i32 @m0.eq._Int__Bool_(i64* %regs, i8* %mem, i32 %825, i32 %811, i32 %812)
  %827 = getelementptr i64, i64* %regs, i64 0
  %828 = load i64, i64* %827, align 8
  store i64 %828, i64* %fuel, align 8
  %829 = getelementptr i64, i64* %regs, i64 6
  %830 = load i64, i64* %829, align 8
  store i64 %830, i64* %lowStart, align 8
  %831 = getelementptr i64, i64* %regs, i64 7
  %832 = load i64, i64* %831, align 8
  store i64 %832, i64* %lowEnd, align 8
  %833 = getelementptr i64, i64* %regs, i64 8
  %834 = load i64, i64* %833, align 8
  store i64 %834, i64* %highEnd, align 8
  %835 = icmp ne i32 %826, 0
  br i1 %835, label %then107, label %else108

then107:                                          ; preds = %stack_ok106
  store i32 1, i32* %found, align 4
  br label %block37

else108:                                          ; preds = %stack_ok106
  br label %join109

join109:                                          ; preds = %else108, %dead110
  %836 = load i32, i32* %k.2, align 4
  %837 = add i32 %836, 1
  store i32 %837, i32* %k.2, align 4
  br label %each38

dead110:                                          ; No predecessors!
  br label %join109

dead111:                                          ; No predecessors!
  br label %block37

ok112:                                            ; preds = %e32
  %838 = getelementptr i8, i8* %mem, i64 %738
  %839 = icmp ult i64 %738, %scratch_start
  %840 = load i64, i64* %lowEnd, align 8
  %841 = load i64, i64* %highEnd, align 8
  %842 = call i64 @llvm.umax.i64(i64 %840, i64 %739)
  %843 = select i1 %839, i64 %842, i64 %840
  store i64 %843, i64* %lowEnd, align 8
  %844 = call i64 @llvm.umax.i64(i64 %841, i64 %739)
  %845 = select i1 %839, i64 %841, i64 %844
  store i64 %845, i64* %highEnd, align 8
  %846 = load i64, i64* %lowStart, align 8
  %847 = call i64 @llvm.umin.i64(i64 %846, i64 %738)
  store i64 %847, i64* %lowStart, align 8
  %848 = trunc i32 %736 to i8
  store i8 %848, i8* %838, align 1
  %849 = load i32, i32* %pair, align 4
  %850 = zext i32 %849 to i64
  %851 = add i64 %850, 8
  %852 = icmp ugt i64 %851, %arena_size
  br i1 %852, label %trap17.site22, label %ok115

e39:                                              ; preds = %ok140
  %853 = load i32, i32* %result113, align 4
  store i32 %853, i32* %nested, align 4
  %854 = load i32, i32* %dict, align 4
  %855 = load i32, i32* %nested, align 4
  %856 = zext i32 %854 to i64
  %857 = add i64 %856, 24
  %858 = add i64 %857, 4
  %859 = icmp ugt i64 %858, %arena_size
  br i1 %859, label %trap17.site0, label %ok142

e40:                                              ; preds = %ok122
  %860 = load i32, i32* %result114, align 4
  store i32 %860, i32* %c.11, align 4
  %861 = load i32, i32* %pair, align 4
  %862 = zext i32 %861 to i64
  %863 = add i64 %862, 8
  %864 = icmp ugt i64 %863, %arena_size
  br i1 %864, label %trap17.site27, label %ok125

ok115:                                            ; preds = %ok112
  %865 = getelementptr i8, i8* %mem, i64 %850
  %866 = bitcast i64* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %866, i8* %865, i64 8, i1 false)
  %867 = load i64, i64* %unaligned116, align 8
  store i64 %867, i64* %c.9, align 8
  %868 = load i32, i32* %pair, align 4
  %869 = zext i32 %868 to i64
  %870 = add i64 %869, 8
  %871 = add i64 %870, 4
  %872 = icmp ugt i64 %871, %arena_size
  br i1 %872, label %trap17.site23, label %ok117

trap17.site22:                                    ; preds = %ok112
  %873 = load i64, i64* %lowStart, align 8
  %874 = getelementptr i64, i64* %regs, i64 6
  store i64 %873, i64* %874, align 8
  %875 = load i64, i64* %lowEnd, align 8
  %876 = getelementptr i64, i64* %regs, i64 7
  store i64 %875, i64* %876, align 8
  %877 = load i64, i64* %highEnd, align 8
  %878 = getelementptr i64, i64* %regs, i64 8
  store i64 %877, i64* %878, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 22)
  unreachable

ok117:                                            ; preds = %ok115
  %879 = getelementptr i8, i8* %mem, i64 %870
  %880 = bitcast i32* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %880, i8* %879, i64 4, i1 false)
  %881 = load i32, i32* %unaligned118, align 4
  store i32 %881, i32* %c.10, align 4
  %882 = getelementptr i64, i64* %regs, i64 1
  %883 = getelementptr i64, i64* %regs, i64 2
  %884 = load i64, i64* %882, align 8
  %885 = add i64 %884, 7
  %886 = and i64 %885, -8
  %887 = add i64 %886, 16
  %888 = load i64, i64* %883, align 8
  %889 = icmp ugt i64 %887, %888
  br i1 %889, label %trap15.site24, label %ok119

trap17.site23:                                    ; preds = %ok115
  %890 = load i64, i64* %lowStart, align 8
  %891 = getelementptr i64, i64* %regs, i64 6
  store i64 %890, i64* %891, align 8
  %892 = load i64, i64* %lowEnd, align 8
  %893 = getelementptr i64, i64* %regs, i64 7
  store i64 %892, i64* %893, align 8
  %894 = load i64, i64* %highEnd, align 8
  %895 = getelementptr i64, i64* %regs, i64 8
  store i64 %894, i64* %895, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 23)
  unreachable

ok119:                                            ; preds = %ok117
  store i64 %887, i64* %882, align 8
  %896 = trunc i64 %886 to i32
  store i32 %896, i32* %obj.6, align 4
  %897 = load i32, i32* %obj.6, align 4
  %898 = load i64, i64* %c.9, align 8
  %899 = zext i32 %897 to i64
  %900 = add i64 %899, 8
  %901 = icmp ugt i64 %900, %arena_size
  br i1 %901, label %trap17.site0, label %ok120

trap15.site24:                                    ; preds = %ok117
  %902 = load i64, i64* %lowStart, align 8
  %903 = getelementptr i64, i64* %regs, i64 6
  store i64 %902, i64* %903, align 8
  %904 = load i64, i64* %lowEnd, align 8
  %905 = getelementptr i64, i64* %regs, i64 7
  store i64 %904, i64* %905, align 8
  %906 = load i64, i64* %highEnd, align 8
  %907 = getelementptr i64, i64* %regs, i64 8
  store i64 %906, i64* %907, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 24)
  unreachable

ok120:                                            ; preds = %ok119
  %908 = getelementptr i8, i8* %mem, i64 %899
  %909 = icmp ult i64 %899, %scratch_start
  %910 = load i64, i64* %lowEnd, align 8
  %911 = load i64, i64* %highEnd, align 8
  %912 = call i64 @llvm.umax.i64(i64 %910, i64 %900)
  %913 = select i1 %909, i64 %912, i64 %910
  store i64 %913, i64* %lowEnd, align 8
  %914 = call i64 @llvm.umax.i64(i64 %911, i64 %900)
  %915 = select i1 %909, i64 %911, i64 %914
  store i64 %915, i64* %highEnd, align 8
  %916 = load i64, i64* %lowStart, align 8
  %917 = call i64 @llvm.umin.i64(i64 %916, i64 %899)
  store i64 %917, i64* %lowStart, align 8
  store i64 %898, i64* %unaligned121, align 8
  %918 = bitcast i64* %unaligned121 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %908, i8* %918, i64 8, i1 false)
  %919 = load i32, i32* %obj.6, align 4
  %920 = load i32, i32* %c.10, align 4
  %921 = zext i32 %919 to i64
  %922 = add i64 %921, 8
  %923 = add i64 %922, 4
  %924 = icmp ugt i64 %923, %arena_size
  br i1 %924, label %trap17.site0, label %ok122

ok122:                                            ; preds = %ok120
  %925 = getelementptr i8, i8* %mem, i64 %922
  %926 = icmp ult i64 %922, %scratch_start
  %927 = load i64, i64* %lowEnd, align 8
  %928 = load i64, i64* %highEnd, align 8
  %929 = call i64 @llvm.umax.i64(i64 %927, i64 %923)
  %930 = select i1 %926, i64 %929, i64 %927
  store i64 %930, i64* %lowEnd, align 8
  %931 = call i64 @llvm.umax.i64(i64 %928, i64 %923)
  %932 = select i1 %926, i64 %928, i64 %931
  store i64 %932, i64* %highEnd, align 8
  %933 = load i64, i64* %lowStart, align 8
  %934 = call i64 @llvm.umin.i64(i64 %933, i64 %922)
  store i64 %934, i64* %lowStart, align 8
  store i32 %920, i32* %unaligned123, align 4
  %935 = bitcast i32* %unaligned123 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %925, i8* %935, i64 4, i1 false)
  %936 = load i32, i32* %obj.6, align 4
  store i32 %936, i32* %result114, align 4
  br label %e40

e45:                                              ; preds = %ok135
  %937 = load i32, i32* %result124, align 4
  store i32 %937, i32* %c.12, align 4
  %938 = getelementptr i64, i64* %regs, i64 1
  %939 = getelementptr i64, i64* %regs, i64 2
  %940 = load i64, i64* %938, align 8
  %941 = add i64 %940, 3
  %942 = and i64 %941, -4
  %943 = add i64 %942, 8
  %944 = load i64, i64* %939, align 8
  %945 = icmp ugt i64 %943, %944
  br i1 %945, label %trap15.site28, label %ok137

ok125:                                            ; preds = %e40
  %946 = getelementptr i8, i8* %mem, i64 %862
  %947 = bitcast i64* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %947, i8* %946, i64 8, i1 false)
  %948 = load i64, i64* %unaligned126, align 8
  %949 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %948, i64 2)
  %950 = extractvalue { i64, i1 } %949, 1
  br i1 %950, label %trap2.site26, label %ok127

trap17.site27:                                    ; preds = %e40
  %951 = load i64, i64* %lowStart, align 8
  %952 = getelementptr i64, i64* %regs, i64 6
  store i64 %951, i64* %952, align 8
  %953 = load i64, i64* %lowEnd, align 8
  %954 = getelementptr i64, i64* %regs, i64 7
  store i64 %953, i64* %954, align 8
  %955 = load i64, i64* %highEnd, align 8
  %956 = getelementptr i64, i64* %regs, i64 8
  store i64 %955, i64* %956, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 27)
  unreachable

ok127:                                            ; preds = %ok125
  %957 = extractvalue { i64, i1 } %949, 0
  store i64 %957, i64* %item, align 8
  store i64 16, i64* %size.2, align 8
  %958 = load i64, i64* %size.2, align 8
  %959 = icmp ugt i64 %958, 2147483647
  %960 = zext i1 %959 to i32
  %961 = icmp ne i32 %960, 0
  br i1 %961, label %then128, label %else129

trap2.site26:                                     ; preds = %ok125
  %962 = load i64, i64* %lowStart, align 8
  %963 = getelementptr i64, i64* %regs, i64 6
  store i64 %962, i64* %963, align 8
  %964 = load i64, i64* %lowEnd, align 8
  %965 = getelementptr i64, i64* %regs, i64 7
  store i64 %964, i64* %965, align 8
  %966 = load i64, i64* %highEnd, align 8
  %967 = getelementptr i64, i64* %regs, i64 8
  store i64 %966, i64* %967, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 26)
  unreachable

then128:                                          ; preds = %ok127
  br label %trap15.site25

else129:                                          ; preds = %ok127
  br label %join130

join130:                                          ; preds = %else129, %dead131
  %968 = load i64, i64* %size.2, align 8
  %969 = trunc i64 %968 to i32
  %970 = zext i32 %969 to i64
  %971 = getelementptr i64, i64* %regs, i64 1
  %972 = getelementptr i64, i64* %regs, i64 2
  %973 = load i64, i64* %971, align 8
  %974 = add i64 %973, 7
  %975 = and i64 %974, -8
  %976 = add i64 %975, %970
  %977 = load i64, i64* %972, align 8
  %978 = icmp ugt i64 %976, %977
  br i1 %978, label %trap15.site25, label %ok132

trap15.site25:                                    ; preds = %join130, %then128
  %979 = load i64, i64* %lowStart, align 8
  %980 = getelementptr i64, i64* %regs, i64 6
  store i64 %979, i64* %980, align 8
  %981 = load i64, i64* %lowEnd, align 8
  %982 = getelementptr i64, i64* %regs, i64 7
  store i64 %981, i64* %982, align 8
  %983 = load i64, i64* %highEnd, align 8
  %984 = getelementptr i64, i64* %regs, i64 8
  store i64 %983, i64* %984, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 25)
  unreachable

dead131:                                          ; No predecessors!
  br label %join130

ok132:                                            ; preds = %join130
  store i64 %976, i64* %971, align 8
  %985 = trunc i64 %975 to i32
  store i32 %985, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %986 = load i32, i32* %list.2, align 4
  %987 = add i32 %986, 8
  %988 = load i32, i32* %len.2, align 4
  %989 = mul i32 %988, 8
  %990 = add i32 %987, %989
  %991 = load i64, i64* %item, align 8
  %992 = zext i32 %990 to i64
  %993 = add i64 %992, 8
  %994 = icmp ugt i64 %993, %arena_size
  br i1 %994, label %trap17.site0, label %ok133

ok133:                                            ; preds = %ok132
  %995 = getelementptr i8, i8* %mem, i64 %992
  %996 = icmp ult i64 %992, %scratch_start
  %997 = load i64, i64* %lowEnd, align 8
  %998 = load i64, i64* %highEnd, align 8
  %999 = call i64 @llvm.umax.i64(i64 %997, i64 %993)
  %1000 = select i1 %996, i64 %999, i64 %997
  store i64 %1000, i64* %lowEnd, align 8
  %1001 = call i64 @llvm.umax.i64(i64 %998, i64 %993)
  %1002 = select i1 %996, i64 %998, i64 %1001
  store i64 %1002, i64* %highEnd, align 8
  %1003 = load i64, i64* %lowStart, align 8
  %1004 = call i64 @llvm.umin.i64(i64 %1003, i64 %992)
  store i64 %1004, i64* %lowStart, align 8
  store i64 %991, i64* %unaligned134, align 8
  %1005 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %995, i8* %1005, i64 8, i1 false)
  %1006 = load i32, i32* %len.2, align 4
  %1007 = add i32 %1006, 1
  store i32 %1007, i32* %len.2, align 4
  %1008 = load i32, i32* %list.2, align 4
  %1009 = load i32, i32* %len.2, align 4
  %1010 = zext i32 %1008 to i64
  %1011 = add i64 %1010, 4
  %1012 = icmp ugt i64 %1011, %arena_size
  br i1 %1012, label %trap17.site0, label %ok135

ok135:                                            ; preds = %ok133
  %1013 = getelementptr i8, i8* %mem, i64 %1010
  %1014 = icmp ult i64 %1010, %scratch_start
  %1015 = load i64, i64* %lowEnd, align 8
  %1016 = load i64, i64* %highEnd, align 8
  %1017 = call i64 @llvm.umax.i64(i64 %1015, i64 %1011)
  %1018 = select i1 %1014, i64 %1017, i64 %1015
  store i64 %1018, i64* %lowEnd, align 8
  %1019 = call i64 @llvm.umax.i64(i64 %1016, i64 %1011)
  %1020 = select i1 %1014, i64 %1016, i64 %1019
  store i64 %1020, i64* %highEnd, align 8
  %1021 = load i64, i64* %lowStart, align 8
  %1022 = call i64 @llvm.umin.i64(i64 %1021, i64 %1010)
  store i64 %1022, i64* %lowStart, align 8
  store i32 %1009, i32* %unaligned136, align 4
  %1023 = bitcast i32* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1013, i8* %1023, i64 4, i1 false)
  %1024 = load i32, i32* %list.2, align 4
  store i32 %1024, i32* %result124, align 4
  br label %e45

ok137:                                            ; preds = %e45
  store i64 %943, i64* %938, align 8
  %1025 = trunc i64 %942 to i32
  store i32 %1025, i32* %obj.7, align 4
  %1026 = load i32, i32* %obj.7, align 4
  %1027 = load i32, i32* %c.11, align 4
  %1028 = zext i32 %1026 to i64
  %1029 = add i64 %1028, 4
  %1030 = icmp ugt i64 %1029, %arena_size
  br i1 %1030, label %trap17.site0, label %ok138

trap15.site28:                                    ; preds = %e45
  %1031 = load i64, i64* %lowStart, align 8
  %1032 = getelementptr i64, i64* %regs, i64 6
  store i64 %1031, i64* %1032, align 8
  %1033 = load i64, i64* %lowEnd, align 8
  %1034 = getelementptr i64, i64* %regs, i64 7
  store i64 %1033, i64* %1034, align 8
  %1035 = load i64, i64* %highEnd, align 8
  %1036 = getelementptr i64, i64* %regs, i64 8
  store i64 %1035, i64* %1036, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 28)
  unreachable

ok138:                                            ; preds = %ok137
  %1037 = getelementptr i8, i8* %mem, i64 %1028
  %1038 = icmp ult i64 %1028, %scratch_start
  %1039 = load i64, i64* %lowEnd, align 8
  %1040 = load i64, i64* %highEnd, align 8
  %1041 = call i64 @llvm.umax.i64(i64 %1039, i64 %1029)
  %1042 = select i1 %1038, i64 %1041, i64 %1039
  store i64 %1042, i64* %lowEnd, align 8
  %1043 = call i64 @llvm.umax.i64(i64 %1040, i64 %1029)
  %1044 = select i1 %1038, i64 %1040, i64 %1043
  store i64 %1044, i64* %highEnd, align 8
  %1045 = load i64, i64* %lowStart, align 8
  %1046 = call i64 @llvm.umin.i64(i64 %1045, i64 %1028)
  store i64 %1046, i64* %lowStart, align 8
  store i32 %1027, i32* %unaligned139, align 4
  %1047 = bitcast i32* %unaligned139 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1037, i8* %1047, i64 4, i1 false)
  %1048 = load i32, i32* %obj.7, align 4
  %1049 = load i32, i32* %c.12, align 4
  %1050 = zext i32 %1048 to i64
  %1051 = add i64 %1050, 4
  %1052 = add i64 %1051, 4
  %1053 = icmp ugt i64 %1052, %arena_size
  br i1 %1053, label %trap17.site0, label %ok140

ok140:                                            ; preds = %ok138
  %1054 = getelementptr i8, i8* %mem, i64 %1051
  %1055 = icmp ult i64 %1051, %scratch_start
  %1056 = load i64, i64* %lowEnd, align 8
  %1057 = load i64, i64* %highEnd, align 8
  %1058 = call i64 @llvm.umax.i64(i64 %1056, i64 %1052)
  %1059 = select i1 %1055, i64 %1058, i64 %1056
  store i64 %1059, i64* %lowEnd, align 8
  %1060 = call i64 @llvm.umax.i64(i64 %1057, i64 %1052)
  %1061 = select i1 %1055, i64 %1057, i64 %1060
  store i64 %1061, i64* %highEnd, align 8
  %1062 = load i64, i64* %lowStart, align 8
  %1063 = call i64 @llvm.umin.i64(i64 %1062, i64 %1051)
  store i64 %1063, i64* %lowStart, align 8
  store i32 %1049, i32* %unaligned141, align 4
  %1064 = bitcast i32* %unaligned141 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1054, i8* %1064, i64 4, i1 false)
  %1065 = load i32, i32* %obj.7, align 4
  store i32 %1065, i32* %result113, align 4
  br label %e39

ok142:                                            ; preds = %e39
  %1066 = getelementptr i8, i8* %mem, i64 %857
  %1067 = icmp ult i64 %857, %scratch_start
  %1068 = load i64, i64* %lowEnd, align 8
  %1069 = load i64, i64* %highEnd, align 8
  %1070 = call i64 @llvm.umax.i64(i64 %1068, i64 %858)
  %1071 = select i1 %1067, i64 %1070, i64 %1068
  store i64 %1071, i64* %lowEnd, align 8
  %1072 = call i64 @llvm.umax.i64(i64 %1069, i64 %858)
  %1073 = select i1 %1067, i64 %1069, i64 %1072
  store i64 %1073, i64* %highEnd, align 8
  %1074 = load i64, i64* %lowStart, align 8
  %1075 = call i64 @llvm.umin.i64(i64 %1074, i64 %857)
  store i64 %1075, i64* %lowStart, align 8
  store i32 %855, i32* %unaligned143, align 4
  %1076 = bitcast i32* %unaligned143 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %1066, i8* %1076, i64 4, i1 false)
  %1077 = load i32, i32* %dict, align 4
  store i32 %1077, i32* %result5, align 4
  br label %e0

ok144:                                            ; preds = %e0
  %1078 = getelementptr i64, i64* %regs, i64 10
  %1079 = load i64, i64* %1078, align 8
  %1080 = icmp ult i64 %10, %1079
  br i1 %1080, label %trap253.site0, label %stack_ok145

stack_ok145:                                      ; preds = %ok144
  %1081 = load i64, i64* %fuel, align 8
  %1082 = getelementptr i64, i64* %regs, i64 0
  store i64 %1081, i64* %1082, align 8
  %1083 = load i64, i64* %lowStart, align 8
  %1084 = getelementptr i64, i64* %regs, i64 6
  store i64 %1083, i64* %1084, align 8
  %1085 = load i64, i64* %lowEnd, align 8
  %1086 = getelementptr i64, i64* %regs, i64 7
  store i64 %1085, i64* %1086, align 8
  %1087 = load i64, i64* %highEnd, align 8
  %1088 = getelementptr i64, i64* %regs, i64 8
  store i64 %1087, i64* %1088, align 8
  %1089 = add i32 %depth, 1
  %1090 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1089, i32 %90, i32 %91, i32 0)
  %1091 = getelementptr i64, i64* %regs, i64 0
  %1092 = load i64, i64* %1091, align 8
  store i64 %1092, i64* %fuel, align 8
  %1093 = getelementptr i64, i64* %regs, i64 6
  %1094 = load i64, i64* %1093, align 8
  store i64 %1094, i64* %lowStart, align 8
  %1095 = getelementptr i64, i64* %regs, i64 7
  %1096 = load i64, i64* %1095, align 8
  store i64 %1096, i64* %lowEnd, align 8
  %1097 = getelementptr i64, i64* %regs, i64 8
  %1098 = load i64, i64* %1097, align 8
  store i64 %1098, i64* %highEnd, align 8
  store i32 %1090, i32* %json_end, align 4
  %1099 = load i32, i32* %json_end, align 4
  %1100 = icmp eq i32 %1099, -2
  %1101 = zext i1 %1100 to i32
  %1102 = icmp ne i32 %1101, 0
  br i1 %1102, label %then146, label %else147

then146:                                          ; preds = %stack_ok145
  br label %trap16.site4

else147:                                          ; preds = %stack_ok145
  br label %join148

join148:                                          ; preds = %else147, %dead149
  %1103 = load i32, i32* %json_end, align 4
  %1104 = icmp eq i32 %1103, -1
  %1105 = zext i1 %1104 to i32
  %1106 = icmp ne i32 %1105, 0
  br i1 %1106, label %then150, label %else151

trap16.site4:                                     ; preds = %then146
  %1107 = load i64, i64* %lowStart, align 8
  %1108 = getelementptr i64, i64* %regs, i64 6
  store i64 %1107, i64* %1108, align 8
  %1109 = load i64, i64* %lowEnd, align 8
  %1110 = getelementptr i64, i64* %regs, i64 7
  store i64 %1109, i64* %1110, align 8
  %1111 = load i64, i64* %highEnd, align 8
  %1112 = getelementptr i64, i64* %regs, i64 8
  store i64 %1111, i64* %1112, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead149:                                          ; No predecessors!
  br label %join148

then150:                                          ; preds = %join148
  br label %trap15.site4

else151:                                          ; preds = %join148
  br label %join152

join152:                                          ; preds = %else151, %dead153
  %1113 = load i32, i32* %json_end, align 4
  %1114 = zext i32 %1113 to i64
  %1115 = getelementptr i64, i64* %regs, i64 3
  store i64 %1114, i64* %1115, align 8
  %1116 = load i32, i32* %json_end, align 4
  %1117 = load i32, i32* %json_start, align 4
  %1118 = sub i32 %1116, %1117
  %1119 = load i64, i64* %fuel, align 8
  %1120 = getelementptr i64, i64* %regs, i64 0
  store i64 %1119, i64* %1120, align 8
  %1121 = load i64, i64* %lowStart, align 8
  %1122 = getelementptr i64, i64* %regs, i64 6
  store i64 %1121, i64* %1122, align 8
  %1123 = load i64, i64* %lowEnd, align 8
  %1124 = getelementptr i64, i64* %regs, i64 7
  store i64 %1123, i64* %1124, align 8
  %1125 = load i64, i64* %highEnd, align 8
  %1126 = getelementptr i64, i64* %regs, i64 8
  store i64 %1125, i64* %1126, align 8
  ret i32 %1118

dead153:                                          ; No predecessors!
  br label %join152
}
