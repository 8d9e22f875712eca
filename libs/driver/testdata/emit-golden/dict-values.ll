; From libs/driver/testdata/emit-golden/dict-values.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/dict-values.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (41):
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
;   @m0.rt.str_cmp
;   @m0.codec.dict_finish
;   @m0.codec.dec.dict.0
;   @m0.codec.dec.string.2
;   @m0.main.args
;   @m0.rt.dict_find
;   @m0.dict.put.Int
;   @m0.codec.write_str
;   @m0.codec.enc.string.3
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.4
;   @m0.codec.enc.record.2
;   @m0.codec.enc.list.1
;   @m0.codec.enc.bool.5
;   @m0.codec.enc.dict.6
;   @m0.codec.enc.list.7
;   @m0.codec.enc.record.0
;   @m0.main
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.cttz.i32
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
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
  %unaligned34 = alloca i16, align 2
  %unaligned43 = alloca i32, align 4
  %unaligned45 = alloca i16, align 2
  %unaligned92 = alloca i32, align 4
  %unaligned105 = alloca i32, align 4
  %unaligned112 = alloca i32, align 4
  %unaligned114 = alloca i32, align 4
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

trap15.site0:                                     ; preds = %ok97, %join95, %ok84, %join82, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok98, %ok85, %ok63, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok111, %ok110, %join102, %join89, %cont75, %ws_done14, %cont66, %cont56, %cont51, %ok42, %then39, %ok32, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join73
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then80, label %else81

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
  %212 = icmp eq i32 %211, 6
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

match5:                                           ; preds = %join41, %then46, %then35
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

join31:                                           ; preds = %else30, %join37
  %252 = load i32, i32* %args_klen, align 4
  %253 = icmp eq i32 %252, 6
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then39, label %else40

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %256, i64 4, i1 false)
  %258 = load i32, i32* %unaligned, align 4
  %259 = icmp eq i32 %258, 1667854960
  %260 = zext i1 %259 to i32
  %261 = load i32, i32* %args_kp, align 4
  %262 = zext i32 %261 to i64
  %263 = add i64 %262, 4
  %264 = add i64 %263, 2
  %265 = icmp ugt i64 %264, %arena_size
  br i1 %265, label %trap17.site0, label %ok33

ok33:                                             ; preds = %ok32
  %266 = getelementptr i8, i8* %mem, i64 %263
  %267 = bitcast i16* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %267, i8* %266, i64 2, i1 false)
  %268 = load i16, i16* %unaligned34, align 2
  %269 = zext i16 %268 to i32
  %270 = icmp eq i32 %269, 29541
  %271 = zext i1 %270 to i32
  %272 = and i32 %260, %271
  %273 = icmp ne i32 %272, 0
  br i1 %273, label %then35, label %else36

then35:                                           ; preds = %ok33
  store i32 0, i32* %result, align 4
  br label %match5

else36:                                           ; preds = %ok33
  br label %join37

join37:                                           ; preds = %else36, %dead38
  br label %join31

dead38:                                           ; No predecessors!
  br label %join37

then39:                                           ; preds = %join31
  %274 = load i32, i32* %args_kp, align 4
  %275 = zext i32 %274 to i64
  %276 = add i64 %275, 4
  %277 = icmp ugt i64 %276, %arena_size
  br i1 %277, label %trap17.site0, label %ok42

else40:                                           ; preds = %join31
  br label %join41

join41:                                           ; preds = %else40, %join48
  store i32 -1, i32* %result, align 4
  br label %match5

ok42:                                             ; preds = %then39
  %278 = getelementptr i8, i8* %mem, i64 %275
  %279 = bitcast i32* %unaligned43 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %279, i8* %278, i64 4, i1 false)
  %280 = load i32, i32* %unaligned43, align 4
  %281 = icmp eq i32 %280, 1953390967
  %282 = zext i1 %281 to i32
  %283 = load i32, i32* %args_kp, align 4
  %284 = zext i32 %283 to i64
  %285 = add i64 %284, 4
  %286 = add i64 %285, 2
  %287 = icmp ugt i64 %286, %arena_size
  br i1 %287, label %trap17.site0, label %ok44

ok44:                                             ; preds = %ok42
  %288 = getelementptr i8, i8* %mem, i64 %285
  %289 = bitcast i16* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %289, i8* %288, i64 2, i1 false)
  %290 = load i16, i16* %unaligned45, align 2
  %291 = zext i16 %290 to i32
  %292 = icmp eq i32 %291, 25701
  %293 = zext i1 %292 to i32
  %294 = and i32 %282, %293
  %295 = icmp ne i32 %294, 0
  br i1 %295, label %then46, label %else47

then46:                                           ; preds = %ok44
  store i32 1, i32* %result, align 4
  br label %match5

else47:                                           ; preds = %ok44
  br label %join48

join48:                                           ; preds = %else47, %dead49
  br label %join41

dead49:                                           ; No predecessors!
  br label %join48

ws_done6:                                         ; preds = %dead54, %ok52, %ok50
  %296 = load i32, i32* %args_pos, align 4
  %297 = add i32 %296, 1
  store i32 %297, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont53, %match5
  %298 = load i64, i64* %fuel, align 8
  %299 = icmp ult i64 %298, 1
  br i1 %299, label %trap14.site0, label %ok50

ok50:                                             ; preds = %ws7
  %300 = sub i64 %298, 1
  store i64 %300, i64* %fuel, align 8
  %301 = load i32, i32* %args_pos, align 4
  %302 = load i32, i32* %args_end, align 4
  %303 = icmp uge i32 %301, %302
  %304 = zext i1 %303 to i32
  %305 = icmp ne i32 %304, 0
  br i1 %305, label %ws_done6, label %cont51

cont51:                                           ; preds = %ok50
  %306 = load i32, i32* %args_pos, align 4
  %307 = zext i32 %306 to i64
  %308 = add i64 %307, 1
  %309 = icmp ugt i64 %308, %arena_size
  br i1 %309, label %trap17.site0, label %ok52

ok52:                                             ; preds = %cont51
  %310 = getelementptr i8, i8* %mem, i64 %307
  %311 = load i8, i8* %310, align 1
  %312 = zext i8 %311 to i32
  store i32 %312, i32* %ws, align 4
  %313 = load i32, i32* %ws, align 4
  %314 = icmp ule i32 %313, 32
  %315 = zext i1 %314 to i32
  %316 = icmp eq i32 %315, 0
  %317 = zext i1 %316 to i32
  %318 = icmp ne i32 %317, 0
  br i1 %318, label %ws_done6, label %cont53

cont53:                                           ; preds = %ok52
  %319 = load i32, i32* %args_pos, align 4
  %320 = add i32 %319, 1
  store i32 %320, i32* %args_pos, align 4
  br label %ws7

dead54:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead59, %ok57, %ok55
  %321 = load i32, i32* %args_c, align 4
  switch i32 %321, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont58, %ws_done6
  %322 = load i64, i64* %fuel, align 8
  %323 = icmp ult i64 %322, 1
  br i1 %323, label %trap14.site0, label %ok55

ok55:                                             ; preds = %ws9
  %324 = sub i64 %322, 1
  store i64 %324, i64* %fuel, align 8
  %325 = load i32, i32* %args_pos, align 4
  %326 = load i32, i32* %args_end, align 4
  %327 = icmp uge i32 %325, %326
  %328 = zext i1 %327 to i32
  %329 = icmp ne i32 %328, 0
  br i1 %329, label %ws_done8, label %cont56

cont56:                                           ; preds = %ok55
  %330 = load i32, i32* %args_pos, align 4
  %331 = zext i32 %330 to i64
  %332 = add i64 %331, 1
  %333 = icmp ugt i64 %332, %arena_size
  br i1 %333, label %trap17.site0, label %ok57

ok57:                                             ; preds = %cont56
  %334 = getelementptr i8, i8* %mem, i64 %331
  %335 = load i8, i8* %334, align 1
  %336 = zext i8 %335 to i32
  store i32 %336, i32* %ws, align 4
  %337 = load i32, i32* %ws, align 4
  %338 = icmp ule i32 %337, 32
  %339 = zext i1 %338 to i32
  %340 = icmp eq i32 %339, 0
  %341 = zext i1 %340 to i32
  %342 = icmp ne i32 %341, 0
  br i1 %342, label %ws_done8, label %cont58

cont58:                                           ; preds = %ok57
  %343 = load i32, i32* %args_pos, align 4
  %344 = add i32 %343, 1
  store i32 %344, i32* %args_pos, align 4
  br label %ws9

dead59:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13
  %345 = load i32, i32* %args_pos, align 4
  %346 = load i32, i32* %args_end, align 4
  %347 = icmp uge i32 %depth, 1000
  br i1 %347, label %trap15.site0, label %ok63

default11:                                        ; preds = %dead62, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead61, %ws_done8
  %348 = load i32, i32* %args_pos, align 4
  store i32 %348, i32* %arg1_at, align 4
  br label %switch10

case13:                                           ; preds = %dead60, %ws_done8
  %349 = load i32, i32* %args_pos, align 4
  store i32 %349, i32* %arg0_at, align 4
  br label %switch10

dead60:                                           ; No predecessors!
  br label %case13

dead61:                                           ; No predecessors!
  br label %case12

dead62:                                           ; No predecessors!
  br label %default11

ok63:                                             ; preds = %switch10
  %350 = getelementptr i64, i64* %regs, i64 10
  %351 = load i64, i64* %350, align 8
  %352 = icmp ult i64 %10, %351
  br i1 %352, label %trap253.site0, label %stack_ok64

stack_ok64:                                       ; preds = %ok63
  %353 = load i64, i64* %fuel, align 8
  %354 = getelementptr i64, i64* %regs, i64 0
  store i64 %353, i64* %354, align 8
  %355 = load i64, i64* %lowStart, align 8
  %356 = getelementptr i64, i64* %regs, i64 6
  store i64 %355, i64* %356, align 8
  %357 = load i64, i64* %lowEnd, align 8
  %358 = getelementptr i64, i64* %regs, i64 7
  store i64 %357, i64* %358, align 8
  %359 = load i64, i64* %highEnd, align 8
  %360 = getelementptr i64, i64* %regs, i64 8
  store i64 %359, i64* %360, align 8
  %361 = add i32 %depth, 1
  %362 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %361, i32 %345, i32 %346)
  %363 = getelementptr i64, i64* %regs, i64 0
  %364 = load i64, i64* %363, align 8
  store i64 %364, i64* %fuel, align 8
  %365 = getelementptr i64, i64* %regs, i64 6
  %366 = load i64, i64* %365, align 8
  store i64 %366, i64* %lowStart, align 8
  %367 = getelementptr i64, i64* %regs, i64 7
  %368 = load i64, i64* %367, align 8
  store i64 %368, i64* %lowEnd, align 8
  %369 = getelementptr i64, i64* %regs, i64 8
  %370 = load i64, i64* %369, align 8
  store i64 %370, i64* %highEnd, align 8
  store i32 %362, i32* %args_pos, align 4
  br label %ws15

ws_done14:                                        ; preds = %dead69, %ok67, %ok65
  %371 = load i32, i32* %args_pos, align 4
  %372 = zext i32 %371 to i64
  %373 = add i64 %372, 1
  %374 = icmp ugt i64 %373, %arena_size
  br i1 %374, label %trap17.site0, label %ok70

ws15:                                             ; preds = %cont68, %stack_ok64
  %375 = load i64, i64* %fuel, align 8
  %376 = icmp ult i64 %375, 1
  br i1 %376, label %trap14.site0, label %ok65

ok65:                                             ; preds = %ws15
  %377 = sub i64 %375, 1
  store i64 %377, i64* %fuel, align 8
  %378 = load i32, i32* %args_pos, align 4
  %379 = load i32, i32* %args_end, align 4
  %380 = icmp uge i32 %378, %379
  %381 = zext i1 %380 to i32
  %382 = icmp ne i32 %381, 0
  br i1 %382, label %ws_done14, label %cont66

cont66:                                           ; preds = %ok65
  %383 = load i32, i32* %args_pos, align 4
  %384 = zext i32 %383 to i64
  %385 = add i64 %384, 1
  %386 = icmp ugt i64 %385, %arena_size
  br i1 %386, label %trap17.site0, label %ok67

ok67:                                             ; preds = %cont66
  %387 = getelementptr i8, i8* %mem, i64 %384
  %388 = load i8, i8* %387, align 1
  %389 = zext i8 %388 to i32
  store i32 %389, i32* %ws, align 4
  %390 = load i32, i32* %ws, align 4
  %391 = icmp ule i32 %390, 32
  %392 = zext i1 %391 to i32
  %393 = icmp eq i32 %392, 0
  %394 = zext i1 %393 to i32
  %395 = icmp ne i32 %394, 0
  br i1 %395, label %ws_done14, label %cont68

cont68:                                           ; preds = %ok67
  %396 = load i32, i32* %args_pos, align 4
  %397 = add i32 %396, 1
  store i32 %397, i32* %args_pos, align 4
  br label %ws15

dead69:                                           ; No predecessors!
  br label %ws_done14

ok70:                                             ; preds = %ws_done14
  %398 = getelementptr i8, i8* %mem, i64 %372
  %399 = load i8, i8* %398, align 1
  %400 = zext i8 %399 to i32
  store i32 %400, i32* %args_c, align 4
  %401 = load i32, i32* %args_pos, align 4
  %402 = add i32 %401, 1
  store i32 %402, i32* %args_pos, align 4
  %403 = load i32, i32* %args_c, align 4
  %404 = icmp eq i32 %403, 44
  %405 = zext i1 %404 to i32
  %406 = icmp ne i32 %405, 0
  br i1 %406, label %then71, label %else72

then71:                                           ; preds = %ok70
  br label %ws17

else72:                                           ; preds = %ok70
  br label %join73

join73:                                           ; preds = %else72, %dead79
  br label %join19

ws_done16:                                        ; preds = %dead78, %ok76, %ok74
  br label %args4

ws17:                                             ; preds = %cont77, %then71
  %407 = load i64, i64* %fuel, align 8
  %408 = icmp ult i64 %407, 1
  br i1 %408, label %trap14.site0, label %ok74

ok74:                                             ; preds = %ws17
  %409 = sub i64 %407, 1
  store i64 %409, i64* %fuel, align 8
  %410 = load i32, i32* %args_pos, align 4
  %411 = load i32, i32* %args_end, align 4
  %412 = icmp uge i32 %410, %411
  %413 = zext i1 %412 to i32
  %414 = icmp ne i32 %413, 0
  br i1 %414, label %ws_done16, label %cont75

cont75:                                           ; preds = %ok74
  %415 = load i32, i32* %args_pos, align 4
  %416 = zext i32 %415 to i64
  %417 = add i64 %416, 1
  %418 = icmp ugt i64 %417, %arena_size
  br i1 %418, label %trap17.site0, label %ok76

ok76:                                             ; preds = %cont75
  %419 = getelementptr i8, i8* %mem, i64 %416
  %420 = load i8, i8* %419, align 1
  %421 = zext i8 %420 to i32
  store i32 %421, i32* %ws, align 4
  %422 = load i32, i32* %ws, align 4
  %423 = icmp ule i32 %422, 32
  %424 = zext i1 %423 to i32
  %425 = icmp eq i32 %424, 0
  %426 = zext i1 %425 to i32
  %427 = icmp ne i32 %426, 0
  br i1 %427, label %ws_done16, label %cont77

cont77:                                           ; preds = %ok76
  %428 = load i32, i32* %args_pos, align 4
  %429 = add i32 %428, 1
  store i32 %429, i32* %args_pos, align 4
  br label %ws17

dead78:                                           ; No predecessors!
  br label %ws_done16

dead79:                                           ; No predecessors!
  br label %join73

then80:                                           ; preds = %join19
  br label %trap9.site2

else81:                                           ; preds = %join19
  br label %join82

join82:                                           ; preds = %else81, %dead83
  %430 = getelementptr i64, i64* %regs, i64 1
  %431 = getelementptr i64, i64* %regs, i64 2
  %432 = load i64, i64* %430, align 8
  %433 = add i64 %432, 3
  %434 = and i64 %433, -4
  %435 = add i64 %434, 4
  %436 = load i64, i64* %431, align 8
  %437 = icmp ugt i64 %435, %436
  br i1 %437, label %trap15.site0, label %ok84

trap9.site2:                                      ; preds = %then80
  %438 = load i64, i64* %lowStart, align 8
  %439 = getelementptr i64, i64* %regs, i64 6
  store i64 %438, i64* %439, align 8
  %440 = load i64, i64* %lowEnd, align 8
  %441 = getelementptr i64, i64* %regs, i64 7
  store i64 %440, i64* %441, align 8
  %442 = load i64, i64* %highEnd, align 8
  %443 = getelementptr i64, i64* %regs, i64 8
  store i64 %442, i64* %443, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead83:                                           ; No predecessors!
  br label %join82

ok84:                                             ; preds = %join82
  store i64 %435, i64* %430, align 8
  %444 = trunc i64 %434 to i32
  store i32 %444, i32* %cell, align 4
  %445 = load i32, i32* %arg0_at, align 4
  %446 = load i32, i32* %args_end, align 4
  %447 = load i32, i32* %cell, align 4
  %448 = icmp uge i32 %depth, 1000
  br i1 %448, label %trap15.site0, label %ok85

ok85:                                             ; preds = %ok84
  %449 = getelementptr i64, i64* %regs, i64 10
  %450 = load i64, i64* %449, align 8
  %451 = icmp ult i64 %10, %450
  br i1 %451, label %trap253.site0, label %stack_ok86

stack_ok86:                                       ; preds = %ok85
  %452 = load i64, i64* %fuel, align 8
  %453 = getelementptr i64, i64* %regs, i64 0
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %lowStart, align 8
  %455 = getelementptr i64, i64* %regs, i64 6
  store i64 %454, i64* %455, align 8
  %456 = load i64, i64* %lowEnd, align 8
  %457 = getelementptr i64, i64* %regs, i64 7
  store i64 %456, i64* %457, align 8
  %458 = load i64, i64* %highEnd, align 8
  %459 = getelementptr i64, i64* %regs, i64 8
  store i64 %458, i64* %459, align 8
  %460 = add i32 %depth, 1
  %461 = call i32 @m0.codec.dec.dict.0(i64* %regs, i8* %mem, i32 %460, i32 %445, i32 %446, i32 %447)
  %462 = getelementptr i64, i64* %regs, i64 0
  %463 = load i64, i64* %462, align 8
  store i64 %463, i64* %fuel, align 8
  %464 = getelementptr i64, i64* %regs, i64 6
  %465 = load i64, i64* %464, align 8
  store i64 %465, i64* %lowStart, align 8
  %466 = getelementptr i64, i64* %regs, i64 7
  %467 = load i64, i64* %466, align 8
  store i64 %467, i64* %lowEnd, align 8
  %468 = getelementptr i64, i64* %regs, i64 8
  %469 = load i64, i64* %468, align 8
  store i64 %469, i64* %highEnd, align 8
  %470 = icmp slt i32 %461, 0
  %471 = zext i1 %470 to i32
  %472 = icmp ne i32 %471, 0
  br i1 %472, label %then87, label %else88

then87:                                           ; preds = %stack_ok86
  br label %trap11.site2

else88:                                           ; preds = %stack_ok86
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %473 = load i32, i32* %cell, align 4
  %474 = zext i32 %473 to i64
  %475 = add i64 %474, 4
  %476 = icmp ugt i64 %475, %arena_size
  br i1 %476, label %trap17.site0, label %ok91

trap11.site2:                                     ; preds = %then87
  %477 = load i64, i64* %lowStart, align 8
  %478 = getelementptr i64, i64* %regs, i64 6
  store i64 %477, i64* %478, align 8
  %479 = load i64, i64* %lowEnd, align 8
  %480 = getelementptr i64, i64* %regs, i64 7
  store i64 %479, i64* %480, align 8
  %481 = load i64, i64* %highEnd, align 8
  %482 = getelementptr i64, i64* %regs, i64 8
  store i64 %481, i64* %482, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

ok91:                                             ; preds = %join89
  %483 = getelementptr i8, i8* %mem, i64 %474
  %484 = bitcast i32* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %484, i8* %483, i64 4, i1 false)
  %485 = load i32, i32* %unaligned92, align 4
  store i32 %485, i32* %arg, align 4
  %486 = load i32, i32* %arg1_at, align 4
  %487 = icmp eq i32 %486, 0
  %488 = zext i1 %487 to i32
  %489 = icmp ne i32 %488, 0
  br i1 %489, label %then93, label %else94

then93:                                           ; preds = %ok91
  br label %trap9.site3

else94:                                           ; preds = %ok91
  br label %join95

join95:                                           ; preds = %else94, %dead96
  %490 = getelementptr i64, i64* %regs, i64 1
  %491 = getelementptr i64, i64* %regs, i64 2
  %492 = load i64, i64* %490, align 8
  %493 = add i64 %492, 3
  %494 = and i64 %493, -4
  %495 = add i64 %494, 4
  %496 = load i64, i64* %491, align 8
  %497 = icmp ugt i64 %495, %496
  br i1 %497, label %trap15.site0, label %ok97

trap9.site3:                                      ; preds = %then93
  %498 = load i64, i64* %lowStart, align 8
  %499 = getelementptr i64, i64* %regs, i64 6
  store i64 %498, i64* %499, align 8
  %500 = load i64, i64* %lowEnd, align 8
  %501 = getelementptr i64, i64* %regs, i64 7
  store i64 %500, i64* %501, align 8
  %502 = load i64, i64* %highEnd, align 8
  %503 = getelementptr i64, i64* %regs, i64 8
  store i64 %502, i64* %503, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead96:                                           ; No predecessors!
  br label %join95

ok97:                                             ; preds = %join95
  store i64 %495, i64* %490, align 8
  %504 = trunc i64 %494 to i32
  store i32 %504, i32* %cell.1, align 4
  %505 = load i32, i32* %arg1_at, align 4
  %506 = load i32, i32* %args_end, align 4
  %507 = load i32, i32* %cell.1, align 4
  %508 = icmp uge i32 %depth, 1000
  br i1 %508, label %trap15.site0, label %ok98

ok98:                                             ; preds = %ok97
  %509 = getelementptr i64, i64* %regs, i64 10
  %510 = load i64, i64* %509, align 8
  %511 = icmp ult i64 %10, %510
  br i1 %511, label %trap253.site0, label %stack_ok99

stack_ok99:                                       ; preds = %ok98
  %512 = load i64, i64* %fuel, align 8
  %513 = getelementptr i64, i64* %regs, i64 0
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowStart, align 8
  %515 = getelementptr i64, i64* %regs, i64 6
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %lowEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 7
  store i64 %516, i64* %517, align 8
  %518 = load i64, i64* %highEnd, align 8
  %519 = getelementptr i64, i64* %regs, i64 8
  store i64 %518, i64* %519, align 8
  %520 = add i32 %depth, 1
  %521 = call i32 @m0.codec.dec.string.2(i64* %regs, i8* %mem, i32 %520, i32 %505, i32 %506, i32 %507)
  %522 = getelementptr i64, i64* %regs, i64 0
  %523 = load i64, i64* %522, align 8
  store i64 %523, i64* %fuel, align 8
  %524 = getelementptr i64, i64* %regs, i64 6
  %525 = load i64, i64* %524, align 8
  store i64 %525, i64* %lowStart, align 8
  %526 = getelementptr i64, i64* %regs, i64 7
  %527 = load i64, i64* %526, align 8
  store i64 %527, i64* %lowEnd, align 8
  %528 = getelementptr i64, i64* %regs, i64 8
  %529 = load i64, i64* %528, align 8
  store i64 %529, i64* %highEnd, align 8
  %530 = icmp slt i32 %521, 0
  %531 = zext i1 %530 to i32
  %532 = icmp ne i32 %531, 0
  br i1 %532, label %then100, label %else101

then100:                                          ; preds = %stack_ok99
  br label %trap11.site3

else101:                                          ; preds = %stack_ok99
  br label %join102

join102:                                          ; preds = %else101, %dead103
  %533 = load i32, i32* %cell.1, align 4
  %534 = zext i32 %533 to i64
  %535 = add i64 %534, 4
  %536 = icmp ugt i64 %535, %arena_size
  br i1 %536, label %trap17.site0, label %ok104

trap11.site3:                                     ; preds = %then100
  %537 = load i64, i64* %lowStart, align 8
  %538 = getelementptr i64, i64* %regs, i64 6
  store i64 %537, i64* %538, align 8
  %539 = load i64, i64* %lowEnd, align 8
  %540 = getelementptr i64, i64* %regs, i64 7
  store i64 %539, i64* %540, align 8
  %541 = load i64, i64* %highEnd, align 8
  %542 = getelementptr i64, i64* %regs, i64 8
  store i64 %541, i64* %542, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead103:                                          ; No predecessors!
  br label %join102

ok104:                                            ; preds = %join102
  %543 = getelementptr i8, i8* %mem, i64 %534
  %544 = bitcast i32* %unaligned105 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %544, i8* %543, i64 4, i1 false)
  %545 = load i32, i32* %unaligned105, align 4
  store i32 %545, i32* %arg.1, align 4
  %546 = load i32, i32* %args_unexpected, align 4
  %547 = icmp ne i32 %546, 0
  br i1 %547, label %then106, label %else107

then106:                                          ; preds = %ok104
  br label %trap10.site1

else107:                                          ; preds = %ok104
  br label %join108

join108:                                          ; preds = %else107, %dead109
  %548 = getelementptr i64, i64* %regs, i64 1
  %549 = getelementptr i64, i64* %regs, i64 2
  %550 = load i64, i64* %548, align 8
  %551 = add i64 %550, 7
  %552 = and i64 %551, -8
  %553 = add i64 %552, 16
  %554 = load i64, i64* %549, align 8
  %555 = icmp ugt i64 %553, %554
  br i1 %555, label %trap15.site1, label %ok110

trap10.site1:                                     ; preds = %then106
  %556 = load i64, i64* %lowStart, align 8
  %557 = getelementptr i64, i64* %regs, i64 6
  store i64 %556, i64* %557, align 8
  %558 = load i64, i64* %lowEnd, align 8
  %559 = getelementptr i64, i64* %regs, i64 7
  store i64 %558, i64* %559, align 8
  %560 = load i64, i64* %highEnd, align 8
  %561 = getelementptr i64, i64* %regs, i64 8
  store i64 %560, i64* %561, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead109:                                          ; No predecessors!
  br label %join108

ok110:                                            ; preds = %join108
  store i64 %553, i64* %548, align 8
  %562 = trunc i64 %552 to i32
  store i32 %562, i32* %args_out, align 4
  %563 = load i32, i32* %args_out, align 4
  %564 = load i32, i32* %arg, align 4
  %565 = zext i32 %563 to i64
  %566 = add i64 %565, 4
  %567 = icmp ugt i64 %566, %arena_size
  br i1 %567, label %trap17.site0, label %ok111

trap15.site1:                                     ; preds = %join108
  %568 = load i64, i64* %lowStart, align 8
  %569 = getelementptr i64, i64* %regs, i64 6
  store i64 %568, i64* %569, align 8
  %570 = load i64, i64* %lowEnd, align 8
  %571 = getelementptr i64, i64* %regs, i64 7
  store i64 %570, i64* %571, align 8
  %572 = load i64, i64* %highEnd, align 8
  %573 = getelementptr i64, i64* %regs, i64 8
  store i64 %572, i64* %573, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok111:                                            ; preds = %ok110
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
  store i32 %564, i32* %unaligned112, align 4
  %584 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %574, i8* %584, i64 4, i1 false)
  %585 = load i32, i32* %args_out, align 4
  %586 = load i32, i32* %arg.1, align 4
  %587 = zext i32 %585 to i64
  %588 = add i64 %587, 8
  %589 = add i64 %588, 4
  %590 = icmp ugt i64 %589, %arena_size
  br i1 %590, label %trap17.site0, label %ok113

ok113:                                            ; preds = %ok111
  %591 = getelementptr i8, i8* %mem, i64 %588
  %592 = icmp ult i64 %588, %scratch_start
  %593 = load i64, i64* %lowEnd, align 8
  %594 = load i64, i64* %highEnd, align 8
  %595 = call i64 @llvm.umax.i64(i64 %593, i64 %589)
  %596 = select i1 %592, i64 %595, i64 %593
  store i64 %596, i64* %lowEnd, align 8
  %597 = call i64 @llvm.umax.i64(i64 %594, i64 %589)
  %598 = select i1 %592, i64 %594, i64 %597
  store i64 %598, i64* %highEnd, align 8
  %599 = load i64, i64* %lowStart, align 8
  %600 = call i64 @llvm.umin.i64(i64 %599, i64 %588)
  store i64 %600, i64* %lowStart, align 8
  store i32 %586, i32* %unaligned114, align 4
  %601 = bitcast i32* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %591, i8* %601, i64 4, i1 false)
  %602 = load i32, i32* %args_out, align 4
  %603 = load i64, i64* %fuel, align 8
  %604 = getelementptr i64, i64* %regs, i64 0
  store i64 %603, i64* %604, align 8
  %605 = load i64, i64* %lowStart, align 8
  %606 = getelementptr i64, i64* %regs, i64 6
  store i64 %605, i64* %606, align 8
  %607 = load i64, i64* %lowEnd, align 8
  %608 = getelementptr i64, i64* %regs, i64 7
  store i64 %607, i64* %608, align 8
  %609 = load i64, i64* %highEnd, align 8
  %610 = getelementptr i64, i64* %regs, i64 8
  store i64 %609, i64* %610, align 8
  ret i32 %602
}

define internal void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %depth, i32 %d.arg, i32 %k.arg, i64 %v.arg) {
entry:
  %d = alloca i32, align 4
  store i32 %d.arg, i32* %d, align 4
  %k = alloca i32, align 4
  store i32 %k.arg, i32* %k, align 4
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
  %lo = alloca i32, align 4
  store i32 0, i32* %lo, align 4
  %hi = alloca i32, align 4
  store i32 0, i32* %hi, align 4
  %mid = alloca i32, align 4
  store i32 0, i32* %mid, align 4
  %r = alloca i32, align 4
  store i32 0, i32* %r, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
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
  %unaligned7 = alloca i64, align 8
  %unaligned13 = alloca i32, align 4
  %unaligned17 = alloca i32, align 4
  %unaligned19 = alloca i64, align 8
  %unaligned21 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %d, align 4
  %15 = zext i32 %14 to i64
  %16 = add i64 %15, 4
  %17 = icmp ugt i64 %16, %arena_size
  br i1 %17, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %loop1, %body
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
  %24 = getelementptr i8, i8* %mem, i64 %15
  %25 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %25, i8* %24, i64 4, i1 false)
  %26 = load i32, i32* %unaligned, align 4
  store i32 %26, i32* %hi, align 4
  br label %loop1

trap17.site0:                                     ; preds = %ok18, %ok16, %ok15, %ok14, %ok12, %block0, %then, %cont, %ok
  %27 = load i64, i64* %lowStart, align 8
  %28 = getelementptr i64, i64* %regs, i64 6
  store i64 %27, i64* %28, align 8
  %29 = load i64, i64* %lowEnd, align 8
  %30 = getelementptr i64, i64* %regs, i64 7
  store i64 %29, i64* %30, align 8
  %31 = load i64, i64* %highEnd, align 8
  %32 = getelementptr i64, i64* %regs, i64 8
  store i64 %31, i64* %32, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

block0:                                           ; preds = %dead11, %ok2
  %33 = load i32, i32* %d, align 4
  %34 = zext i32 %33 to i64
  %35 = add i64 %34, 4
  %36 = icmp ugt i64 %35, %arena_size
  br i1 %36, label %trap17.site0, label %ok12

loop1:                                            ; preds = %join10, %ok1
  %37 = load i64, i64* %fuel, align 8
  %38 = icmp ult i64 %37, 1
  br i1 %38, label %trap14.site0, label %ok2

ok2:                                              ; preds = %loop1
  %39 = sub i64 %37, 1
  store i64 %39, i64* %fuel, align 8
  %40 = load i32, i32* %lo, align 4
  %41 = load i32, i32* %hi, align 4
  %42 = icmp uge i32 %40, %41
  %43 = zext i1 %42 to i32
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %block0, label %cont

cont:                                             ; preds = %ok2
  %45 = load i32, i32* %lo, align 4
  %46 = load i32, i32* %hi, align 4
  %47 = add i32 %45, %46
  %48 = lshr i32 %47, 1
  store i32 %48, i32* %mid, align 4
  %49 = load i32, i32* %d, align 4
  %50 = add i32 %49, 8
  %51 = load i32, i32* %mid, align 4
  %52 = mul i32 %51, 16
  %53 = add i32 %50, %52
  %54 = zext i32 %53 to i64
  %55 = add i64 %54, 4
  %56 = icmp ugt i64 %55, %arena_size
  br i1 %56, label %trap17.site0, label %ok3

ok3:                                              ; preds = %cont
  %57 = getelementptr i8, i8* %mem, i64 %54
  %58 = bitcast i32* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %58, i8* %57, i64 4, i1 false)
  %59 = load i32, i32* %unaligned4, align 4
  %60 = load i32, i32* %k, align 4
  %61 = icmp uge i32 %depth, 1000
  br i1 %61, label %trap15.site0, label %ok5

ok5:                                              ; preds = %ok3
  %62 = getelementptr i64, i64* %regs, i64 10
  %63 = load i64, i64* %62, align 8
  %64 = icmp ult i64 %10, %63
  br i1 %64, label %trap253.site0, label %stack_ok

trap15.site0:                                     ; preds = %ok3
  %65 = load i64, i64* %lowStart, align 8
  %66 = getelementptr i64, i64* %regs, i64 6
  store i64 %65, i64* %66, align 8
  %67 = load i64, i64* %lowEnd, align 8
  %68 = getelementptr i64, i64* %regs, i64 7
  store i64 %67, i64* %68, align 8
  %69 = load i64, i64* %highEnd, align 8
  %70 = getelementptr i64, i64* %regs, i64 8
  store i64 %69, i64* %70, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok:                                         ; preds = %ok5
  %71 = load i64, i64* %fuel, align 8
  %72 = getelementptr i64, i64* %regs, i64 0
  store i64 %71, i64* %72, align 8
  %73 = load i64, i64* %lowStart, align 8
  %74 = getelementptr i64, i64* %regs, i64 6
  store i64 %73, i64* %74, align 8
  %75 = load i64, i64* %lowEnd, align 8
  %76 = getelementptr i64, i64* %regs, i64 7
  store i64 %75, i64* %76, align 8
  %77 = load i64, i64* %highEnd, align 8
  %78 = getelementptr i64, i64* %regs, i64 8
  store i64 %77, i64* %78, align 8
  %79 = add i32 %depth, 1
  %80 = call i32 @m0.rt.str_cmp(i64* %regs, i8* %mem, i32 %79, i32 %59, i32 %60)
  %81 = getelementptr i64, i64* %regs, i64 0
  %82 = load i64, i64* %81, align 8
  store i64 %82, i64* %fuel, align 8
  %83 = getelementptr i64, i64* %regs, i64 6
  %84 = load i64, i64* %83, align 8
  store i64 %84, i64* %lowStart, align 8
  %85 = getelementptr i64, i64* %regs, i64 7
  %86 = load i64, i64* %85, align 8
  store i64 %86, i64* %lowEnd, align 8
  %87 = getelementptr i64, i64* %regs, i64 8
  %88 = load i64, i64* %87, align 8
  store i64 %88, i64* %highEnd, align 8
  store i32 %80, i32* %r, align 4
  %89 = load i32, i32* %r, align 4
  %90 = icmp eq i32 %89, 0
  %91 = zext i1 %90 to i32
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %then, label %else

trap253.site0:                                    ; preds = %ok5
  %93 = load i64, i64* %lowStart, align 8
  %94 = getelementptr i64, i64* %regs, i64 6
  store i64 %93, i64* %94, align 8
  %95 = load i64, i64* %lowEnd, align 8
  %96 = getelementptr i64, i64* %regs, i64 7
  store i64 %95, i64* %96, align 8
  %97 = load i64, i64* %highEnd, align 8
  %98 = getelementptr i64, i64* %regs, i64 8
  store i64 %97, i64* %98, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

then:                                             ; preds = %stack_ok
  %99 = load i32, i32* %d, align 4
  %100 = add i32 %99, 8
  %101 = load i32, i32* %mid, align 4
  %102 = mul i32 %101, 16
  %103 = add i32 %100, %102
  %104 = load i64, i64* %v, align 8
  %105 = zext i32 %103 to i64
  %106 = add i64 %105, 8
  %107 = add i64 %106, 8
  %108 = icmp ugt i64 %107, %arena_size
  br i1 %108, label %trap17.site0, label %ok6

else:                                             ; preds = %stack_ok
  br label %join

join:                                             ; preds = %else, %dead
  %109 = load i32, i32* %r, align 4
  %110 = icmp slt i32 %109, 0
  %111 = zext i1 %110 to i32
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %then8, label %else9

ok6:                                              ; preds = %then
  %113 = getelementptr i8, i8* %mem, i64 %106
  %114 = icmp ult i64 %106, %scratch_start
  %115 = load i64, i64* %lowEnd, align 8
  %116 = load i64, i64* %highEnd, align 8
  %117 = call i64 @llvm.umax.i64(i64 %115, i64 %107)
  %118 = select i1 %114, i64 %117, i64 %115
  store i64 %118, i64* %lowEnd, align 8
  %119 = call i64 @llvm.umax.i64(i64 %116, i64 %107)
  %120 = select i1 %114, i64 %116, i64 %119
  store i64 %120, i64* %highEnd, align 8
  %121 = load i64, i64* %lowStart, align 8
  %122 = call i64 @llvm.umin.i64(i64 %121, i64 %106)
  store i64 %122, i64* %lowStart, align 8
  store i64 %104, i64* %unaligned7, align 8
  %123 = bitcast i64* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %113, i8* %123, i64 8, i1 false)
  %124 = load i64, i64* %fuel, align 8
  %125 = getelementptr i64, i64* %regs, i64 0
  store i64 %124, i64* %125, align 8
  %126 = load i64, i64* %lowStart, align 8
  %127 = getelementptr i64, i64* %regs, i64 6
  store i64 %126, i64* %127, align 8
  %128 = load i64, i64* %lowEnd, align 8
  %129 = getelementptr i64, i64* %regs, i64 7
  store i64 %128, i64* %129, align 8
  %130 = load i64, i64* %highEnd, align 8
  %131 = getelementptr i64, i64* %regs, i64 8
  store i64 %130, i64* %131, align 8
  ret void

dead:                                             ; No predecessors!
  br label %join

then8:                                            ; preds = %join
  %132 = load i32, i32* %mid, align 4
  %133 = add i32 %132, 1
  store i32 %133, i32* %lo, align 4
  br label %join10

else9:                                            ; preds = %join
  %134 = load i32, i32* %mid, align 4
  store i32 %134, i32* %hi, align 4
  br label %join10

join10:                                           ; preds = %else9, %then8
  br label %loop1

dead11:                                           ; No predecessors!
  br label %block0

ok12:                                             ; preds = %block0
  %135 = getelementptr i8, i8* %mem, i64 %34
  %136 = bitcast i32* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %136, i8* %135, i64 4, i1 false)
  %137 = load i32, i32* %unaligned13, align 4
  store i32 %137, i32* %len, align 4
  %138 = load i32, i32* %d, align 4
  %139 = add i32 %138, 8
  %140 = load i32, i32* %lo, align 4
  %141 = add i32 %140, 1
  %142 = mul i32 %141, 16
  %143 = add i32 %139, %142
  %144 = load i32, i32* %d, align 4
  %145 = add i32 %144, 8
  %146 = load i32, i32* %lo, align 4
  %147 = mul i32 %146, 16
  %148 = add i32 %145, %147
  %149 = load i32, i32* %len, align 4
  %150 = load i32, i32* %lo, align 4
  %151 = sub i32 %149, %150
  %152 = mul i32 %151, 16
  %153 = zext i32 %152 to i64
  %154 = zext i32 %143 to i64
  %155 = add i64 %154, %153
  %156 = icmp ugt i64 %155, %arena_size
  br i1 %156, label %trap17.site0, label %ok14

ok14:                                             ; preds = %ok12
  %157 = zext i32 %148 to i64
  %158 = add i64 %157, %153
  %159 = icmp ugt i64 %158, %arena_size
  br i1 %159, label %trap17.site0, label %ok15

ok15:                                             ; preds = %ok14
  %160 = icmp ult i64 %154, %scratch_start
  %161 = load i64, i64* %lowEnd, align 8
  %162 = load i64, i64* %highEnd, align 8
  %163 = call i64 @llvm.umax.i64(i64 %161, i64 %155)
  %164 = select i1 %160, i64 %163, i64 %161
  store i64 %164, i64* %lowEnd, align 8
  %165 = call i64 @llvm.umax.i64(i64 %162, i64 %155)
  %166 = select i1 %160, i64 %162, i64 %165
  store i64 %166, i64* %highEnd, align 8
  %167 = load i64, i64* %lowStart, align 8
  %168 = call i64 @llvm.umin.i64(i64 %167, i64 %154)
  store i64 %168, i64* %lowStart, align 8
  %169 = getelementptr i8, i8* %mem, i64 %154
  %170 = getelementptr i8, i8* %mem, i64 %157
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %169, i8* %170, i64 %153, i1 false)
  %171 = load i32, i32* %d, align 4
  %172 = add i32 %171, 8
  %173 = load i32, i32* %lo, align 4
  %174 = mul i32 %173, 16
  %175 = add i32 %172, %174
  %176 = load i32, i32* %k, align 4
  %177 = zext i32 %175 to i64
  %178 = add i64 %177, 4
  %179 = icmp ugt i64 %178, %arena_size
  br i1 %179, label %trap17.site0, label %ok16

ok16:                                             ; preds = %ok15
  %180 = getelementptr i8, i8* %mem, i64 %177
  %181 = icmp ult i64 %177, %scratch_start
  %182 = load i64, i64* %lowEnd, align 8
  %183 = load i64, i64* %highEnd, align 8
  %184 = call i64 @llvm.umax.i64(i64 %182, i64 %178)
  %185 = select i1 %181, i64 %184, i64 %182
  store i64 %185, i64* %lowEnd, align 8
  %186 = call i64 @llvm.umax.i64(i64 %183, i64 %178)
  %187 = select i1 %181, i64 %183, i64 %186
  store i64 %187, i64* %highEnd, align 8
  %188 = load i64, i64* %lowStart, align 8
  %189 = call i64 @llvm.umin.i64(i64 %188, i64 %177)
  store i64 %189, i64* %lowStart, align 8
  store i32 %176, i32* %unaligned17, align 4
  %190 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %180, i8* %190, i64 4, i1 false)
  %191 = load i32, i32* %d, align 4
  %192 = add i32 %191, 8
  %193 = load i32, i32* %lo, align 4
  %194 = mul i32 %193, 16
  %195 = add i32 %192, %194
  %196 = load i64, i64* %v, align 8
  %197 = zext i32 %195 to i64
  %198 = add i64 %197, 8
  %199 = add i64 %198, 8
  %200 = icmp ugt i64 %199, %arena_size
  br i1 %200, label %trap17.site0, label %ok18

ok18:                                             ; preds = %ok16
  %201 = getelementptr i8, i8* %mem, i64 %198
  %202 = icmp ult i64 %198, %scratch_start
  %203 = load i64, i64* %lowEnd, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = call i64 @llvm.umax.i64(i64 %203, i64 %199)
  %206 = select i1 %202, i64 %205, i64 %203
  store i64 %206, i64* %lowEnd, align 8
  %207 = call i64 @llvm.umax.i64(i64 %204, i64 %199)
  %208 = select i1 %202, i64 %204, i64 %207
  store i64 %208, i64* %highEnd, align 8
  %209 = load i64, i64* %lowStart, align 8
  %210 = call i64 @llvm.umin.i64(i64 %209, i64 %198)
  store i64 %210, i64* %lowStart, align 8
  store i64 %196, i64* %unaligned19, align 8
  %211 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %201, i8* %211, i64 8, i1 false)
  %212 = load i32, i32* %d, align 4
  %213 = load i32, i32* %len, align 4
  %214 = add i32 %213, 1
  %215 = zext i32 %212 to i64
  %216 = add i64 %215, 4
  %217 = icmp ugt i64 %216, %arena_size
  br i1 %217, label %trap17.site0, label %ok20

ok20:                                             ; preds = %ok18
  %218 = getelementptr i8, i8* %mem, i64 %215
  %219 = icmp ult i64 %215, %scratch_start
  %220 = load i64, i64* %lowEnd, align 8
  %221 = load i64, i64* %highEnd, align 8
  %222 = call i64 @llvm.umax.i64(i64 %220, i64 %216)
  %223 = select i1 %219, i64 %222, i64 %220
  store i64 %223, i64* %lowEnd, align 8
  %224 = call i64 @llvm.umax.i64(i64 %221, i64 %216)
  %225 = select i1 %219, i64 %221, i64 %224
  store i64 %225, i64* %highEnd, align 8
  %226 = load i64, i64* %lowStart, align 8
  %227 = call i64 @llvm.umin.i64(i64 %226, i64 %215)
  store i64 %227, i64* %lowStart, align 8
  store i32 %214, i32* %unaligned21, align 4
  %228 = bitcast i32* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %218, i8* %228, i64 4, i1 false)
  %229 = load i64, i64* %fuel, align 8
  %230 = getelementptr i64, i64* %regs, i64 0
  store i64 %229, i64* %230, align 8
  %231 = load i64, i64* %lowStart, align 8
  %232 = getelementptr i64, i64* %regs, i64 6
  store i64 %231, i64* %232, align 8
  %233 = load i64, i64* %lowEnd, align 8
  %234 = getelementptr i64, i64* %regs, i64 7
  store i64 %233, i64* %234, align 8
  %235 = load i64, i64* %highEnd, align 8
  %236 = getelementptr i64, i64* %regs, i64 8
  store i64 %235, i64* %236, align 8
  ret void
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
  %prices = alloca i32, align 4
  store i32 0, i32* %prices, align 4
  %wanted = alloca i32, align 4
  store i32 0, i32* %wanted, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %d = alloca i32, align 4
  store i32 0, i32* %d, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %i = alloca i32, align 4
  store i32 0, i32* %i, align 4
  %names = alloca i32, align 4
  store i32 0, i32* %names, align 4
  %d.1 = alloca i32, align 4
  store i32 0, i32* %d.1, align 4
  %n.1 = alloca i32, align 4
  store i32 0, i32* %n.1, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %i.1 = alloca i32, align 4
  store i32 0, i32* %i.1, align 4
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %sum = alloca i64, align 8
  store i64 0, i64* %sum, align 8
  %n.2 = alloca i32, align 4
  store i32 0, i32* %n.2, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
  %d.2 = alloca i32, align 4
  store i32 0, i32* %d.2, align 4
  %k.1 = alloca i32, align 4
  store i32 0, i32* %k.1, align 4
  %has_wanted = alloca i32, align 4
  store i32 0, i32* %has_wanted, align 4
  %d.3 = alloca i32, align 4
  store i32 0, i32* %d.3, align 4
  %n.3 = alloca i32, align 4
  store i32 0, i32* %n.3, align 4
  %size.2 = alloca i64, align 8
  store i64 0, i64* %size.2, align 8
  %list.2 = alloca i32, align 4
  store i32 0, i32* %list.2, align 4
  %i.2 = alloca i32, align 4
  store i32 0, i32* %i.2, align 4
  %xs.1 = alloca i32, align 4
  store i32 0, i32* %xs.1, align 4
  %size.3 = alloca i64, align 8
  store i64 0, i64* %size.3, align 8
  %list.3 = alloca i32, align 4
  store i32 0, i32* %list.3, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %n.4 = alloca i32, align 4
  store i32 0, i32* %n.4, align 4
  %k.2 = alloca i32, align 4
  store i32 0, i32* %k.2, align 4
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %n.5 = alloca i32, align 4
  store i32 0, i32* %n.5, align 4
  %d.4 = alloca i32, align 4
  store i32 0, i32* %d.4, align 4
  %k.3 = alloca i32, align 4
  store i32 0, i32* %k.3, align 4
  %idx = alloca i32, align 4
  store i32 0, i32* %idx, align 4
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %name = alloca i32, align 4
  store i32 0, i32* %name, align 4
  %d.5 = alloca i32, align 4
  store i32 0, i32* %d.5, align 4
  %k.4 = alloca i32, align 4
  store i32 0, i32* %k.4, align 4
  %idx.1 = alloca i32, align 4
  store i32 0, i32* %idx.1, align 4
  %price = alloca i64, align 8
  store i64 0, i64* %price, align 8
  %doubled = alloca i32, align 4
  store i32 0, i32* %doubled, align 4
  %dict.2 = alloca i32, align 4
  store i32 0, i32* %dict.2, align 4
  %spread = alloca i32, align 4
  store i32 0, i32* %spread, align 4
  %extra = alloca i64, align 8
  store i64 0, i64* %extra, align 8
  %cap = alloca i32, align 4
  store i32 0, i32* %cap, align 4
  %dict.3 = alloca i32, align 4
  store i32 0, i32* %dict.3, align 4
  %src = alloca i32, align 4
  store i32 0, i32* %src, align 4
  %i.3 = alloca i32, align 4
  store i32 0, i32* %i.3, align 4
  %at = alloca i32, align 4
  store i32 0, i32* %at, align 4
  %merged = alloca i32, align 4
  store i32 0, i32* %merged, align 4
  %size.4 = alloca i64, align 8
  store i64 0, i64* %size.4, align 8
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
  %unaligned12 = alloca i32, align 4
  %unaligned15 = alloca i32, align 4
  %unaligned17 = alloca i32, align 4
  %unaligned20 = alloca i32, align 4
  %result21 = alloca i64, align 8
  %result22 = alloca i32, align 4
  %unaligned24 = alloca i32, align 4
  %unaligned31 = alloca i32, align 4
  %unaligned35 = alloca i64, align 8
  %unaligned37 = alloca i64, align 8
  %unaligned40 = alloca i32, align 4
  %unaligned44 = alloca i64, align 8
  %unaligned48 = alloca i64, align 8
  %result49 = alloca i32, align 4
  %result53 = alloca i32, align 4
  %result54 = alloca i32, align 4
  %unaligned56 = alloca i32, align 4
  %unaligned63 = alloca i32, align 4
  %unaligned67 = alloca i32, align 4
  %unaligned69 = alloca i32, align 4
  %unaligned72 = alloca i32, align 4
  %unaligned79 = alloca i32, align 4
  %unaligned83 = alloca i32, align 4
  %result84 = alloca i64, align 8
  %unaligned92 = alloca i64, align 8
  %result96 = alloca i32, align 4
  %unaligned99 = alloca i32, align 4
  %result100 = alloca i64, align 8
  %unaligned108 = alloca i64, align 8
  %unaligned111 = alloca i64, align 8
  %unaligned113 = alloca i32, align 4
  %unaligned116 = alloca i32, align 4
  %unaligned118 = alloca i32, align 4
  %result119 = alloca i32, align 4
  %unaligned122 = alloca i64, align 8
  %unaligned124 = alloca i32, align 4
  %unaligned127 = alloca i32, align 4
  %unaligned130 = alloca i32, align 4
  %unaligned133 = alloca i32, align 4
  %unaligned135 = alloca i64, align 8
  %unaligned140 = alloca i64, align 8
  %unaligned144 = alloca i32, align 4
  %unaligned146 = alloca i32, align 4
  %unaligned148 = alloca i64, align 8
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

trap14.site0:                                     ; preds = %loop38, %each21, %loop19, %each11, %loop9, %loop4, %body
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

trap253.site0:                                    ; preds = %ok149, %ok141, %ok136, %ok101, %ok85, %ok50, %ok1
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
  store i32 %62, i32* %prices, align 4
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 4
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %ok145, %ok143, %e34, %block37, %ok132, %cont131, %ok128, %ok125, %ok121, %ok120, %e15, %block20, %e27, %ok109, %join105, %ok97, %join89, %cont81, %ok77, %e16, %ok66, %cont65, %ok61, %ok52, %e12, %e5, %cont42, %e6, %ok34, %cont33, %ok29, %ok19, %e1, %ok14, %cont, %ok10, %ok6, %ok2, %stack_ok
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
  store i32 %76, i32* %wanted, align 4
  %77 = getelementptr i64, i64* %regs, i64 1
  %78 = getelementptr i64, i64* %regs, i64 2
  %79 = load i64, i64* %77, align 8
  %80 = add i64 %79, 7
  %81 = and i64 %80, -8
  %82 = add i64 %81, 40
  %83 = load i64, i64* %78, align 8
  %84 = icmp ugt i64 %82, %83
  br i1 %84, label %trap15.site4, label %ok6

e0:                                               ; preds = %ok147
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
  br i1 %92, label %trap15.site0, label %ok149

ok6:                                              ; preds = %ok3
  store i64 %82, i64* %77, align 8
  %93 = trunc i64 %81 to i32
  store i32 %93, i32* %dict, align 4
  %94 = load i32, i32* %prices, align 4
  store i32 %94, i32* %d, align 4
  %95 = load i32, i32* %d, align 4
  %96 = zext i32 %95 to i64
  %97 = add i64 %96, 4
  %98 = icmp ugt i64 %97, %arena_size
  br i1 %98, label %trap17.site0, label %ok8

trap15.site4:                                     ; preds = %then155, %ok3
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

e1:                                               ; preds = %block3
  %105 = load i32, i32* %result7, align 4
  store i32 %105, i32* %names, align 4
  %106 = load i32, i32* %dict, align 4
  %107 = load i32, i32* %names, align 4
  %108 = zext i32 %106 to i64
  %109 = add i64 %108, 4
  %110 = icmp ugt i64 %109, %arena_size
  br i1 %110, label %trap17.site0, label %ok19

ok8:                                              ; preds = %ok6
  %111 = getelementptr i8, i8* %mem, i64 %96
  %112 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %112, i8* %111, i64 4, i1 false)
  %113 = load i32, i32* %unaligned9, align 4
  store i32 %113, i32* %n, align 4
  %114 = load i32, i32* %n, align 4
  %115 = zext i32 %114 to i64
  %116 = mul i64 %115, 4
  %117 = add i64 4, %116
  store i64 %117, i64* %size, align 8
  %118 = load i64, i64* %size, align 8
  %119 = icmp ugt i64 %118, 2147483647
  %120 = zext i1 %119 to i32
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %then, label %else

then:                                             ; preds = %ok8
  br label %trap15.site5

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %122 = load i64, i64* %size, align 8
  %123 = trunc i64 %122 to i32
  %124 = zext i32 %123 to i64
  %125 = getelementptr i64, i64* %regs, i64 1
  %126 = getelementptr i64, i64* %regs, i64 2
  %127 = load i64, i64* %125, align 8
  %128 = add i64 %127, 3
  %129 = and i64 %128, -4
  %130 = add i64 %129, %124
  %131 = load i64, i64* %126, align 8
  %132 = icmp ugt i64 %130, %131
  br i1 %132, label %trap15.site5, label %ok10

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

ok10:                                             ; preds = %join
  store i64 %130, i64* %125, align 8
  %139 = trunc i64 %129 to i32
  store i32 %139, i32* %list, align 4
  %140 = load i32, i32* %list, align 4
  %141 = load i32, i32* %n, align 4
  %142 = zext i32 %140 to i64
  %143 = add i64 %142, 4
  %144 = icmp ugt i64 %143, %arena_size
  br i1 %144, label %trap17.site0, label %ok11

ok11:                                             ; preds = %ok10
  %145 = getelementptr i8, i8* %mem, i64 %142
  %146 = icmp ult i64 %142, %scratch_start
  %147 = load i64, i64* %lowEnd, align 8
  %148 = load i64, i64* %highEnd, align 8
  %149 = call i64 @llvm.umax.i64(i64 %147, i64 %143)
  %150 = select i1 %146, i64 %149, i64 %147
  store i64 %150, i64* %lowEnd, align 8
  %151 = call i64 @llvm.umax.i64(i64 %148, i64 %143)
  %152 = select i1 %146, i64 %148, i64 %151
  store i64 %152, i64* %highEnd, align 8
  %153 = load i64, i64* %lowStart, align 8
  %154 = call i64 @llvm.umin.i64(i64 %153, i64 %142)
  store i64 %154, i64* %lowStart, align 8
  store i32 %141, i32* %unaligned12, align 4
  %155 = bitcast i32* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %145, i8* %155, i64 4, i1 false)
  store i32 0, i32* %i, align 4
  br label %loop4

block3:                                           ; preds = %dead18, %ok13
  %156 = load i32, i32* %list, align 4
  store i32 %156, i32* %result7, align 4
  br label %e1

loop4:                                            ; preds = %ok16, %ok11
  %157 = load i64, i64* %fuel, align 8
  %158 = icmp ult i64 %157, 1
  br i1 %158, label %trap14.site0, label %ok13

ok13:                                             ; preds = %loop4
  %159 = sub i64 %157, 1
  store i64 %159, i64* %fuel, align 8
  %160 = load i32, i32* %i, align 4
  %161 = load i32, i32* %n, align 4
  %162 = icmp uge i32 %160, %161
  %163 = zext i1 %162 to i32
  %164 = icmp ne i32 %163, 0
  br i1 %164, label %block3, label %cont

cont:                                             ; preds = %ok13
  %165 = load i32, i32* %list, align 4
  %166 = load i32, i32* %i, align 4
  %167 = mul i32 %166, 4
  %168 = add i32 %165, %167
  %169 = load i32, i32* %d, align 4
  %170 = load i32, i32* %i, align 4
  %171 = mul i32 %170, 16
  %172 = add i32 %169, %171
  %173 = zext i32 %172 to i64
  %174 = add i64 %173, 8
  %175 = add i64 %174, 4
  %176 = icmp ugt i64 %175, %arena_size
  br i1 %176, label %trap17.site0, label %ok14

ok14:                                             ; preds = %cont
  %177 = getelementptr i8, i8* %mem, i64 %174
  %178 = bitcast i32* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %178, i8* %177, i64 4, i1 false)
  %179 = load i32, i32* %unaligned15, align 4
  %180 = zext i32 %168 to i64
  %181 = add i64 %180, 4
  %182 = add i64 %181, 4
  %183 = icmp ugt i64 %182, %arena_size
  br i1 %183, label %trap17.site0, label %ok16

ok16:                                             ; preds = %ok14
  %184 = getelementptr i8, i8* %mem, i64 %181
  %185 = icmp ult i64 %181, %scratch_start
  %186 = load i64, i64* %lowEnd, align 8
  %187 = load i64, i64* %highEnd, align 8
  %188 = call i64 @llvm.umax.i64(i64 %186, i64 %182)
  %189 = select i1 %185, i64 %188, i64 %186
  store i64 %189, i64* %lowEnd, align 8
  %190 = call i64 @llvm.umax.i64(i64 %187, i64 %182)
  %191 = select i1 %185, i64 %187, i64 %190
  store i64 %191, i64* %highEnd, align 8
  %192 = load i64, i64* %lowStart, align 8
  %193 = call i64 @llvm.umin.i64(i64 %192, i64 %181)
  store i64 %193, i64* %lowStart, align 8
  store i32 %179, i32* %unaligned17, align 4
  %194 = bitcast i32* %unaligned17 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %184, i8* %194, i64 4, i1 false)
  %195 = load i32, i32* %i, align 4
  %196 = add i32 %195, 1
  store i32 %196, i32* %i, align 4
  br label %loop4

dead18:                                           ; No predecessors!
  br label %block3

ok19:                                             ; preds = %e1
  %197 = getelementptr i8, i8* %mem, i64 %108
  %198 = icmp ult i64 %108, %scratch_start
  %199 = load i64, i64* %lowEnd, align 8
  %200 = load i64, i64* %highEnd, align 8
  %201 = call i64 @llvm.umax.i64(i64 %199, i64 %109)
  %202 = select i1 %198, i64 %201, i64 %199
  store i64 %202, i64* %lowEnd, align 8
  %203 = call i64 @llvm.umax.i64(i64 %200, i64 %109)
  %204 = select i1 %198, i64 %200, i64 %203
  store i64 %204, i64* %highEnd, align 8
  %205 = load i64, i64* %lowStart, align 8
  %206 = call i64 @llvm.umin.i64(i64 %205, i64 %108)
  store i64 %206, i64* %lowStart, align 8
  store i32 %107, i32* %unaligned20, align 4
  %207 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %197, i8* %207, i64 4, i1 false)
  %208 = load i32, i32* %prices, align 4
  store i32 %208, i32* %d.1, align 4
  %209 = load i32, i32* %d.1, align 4
  %210 = zext i32 %209 to i64
  %211 = add i64 %210, 4
  %212 = icmp ugt i64 %211, %arena_size
  br i1 %212, label %trap17.site0, label %ok23

e5:                                               ; preds = %block10
  %213 = load i64, i64* %result21, align 8
  store i64 %213, i64* %total, align 8
  %214 = load i32, i32* %dict, align 4
  %215 = load i64, i64* %total, align 8
  %216 = zext i32 %214 to i64
  %217 = add i64 %216, 8
  %218 = add i64 %217, 8
  %219 = icmp ugt i64 %218, %arena_size
  br i1 %219, label %trap17.site0, label %ok47

e6:                                               ; preds = %block8
  %220 = load i32, i32* %result22, align 4
  store i32 %220, i32* %xs, align 4
  store i64 0, i64* %sum, align 8
  %221 = load i32, i32* %xs, align 4
  %222 = zext i32 %221 to i64
  %223 = add i64 %222, 4
  %224 = icmp ugt i64 %223, %arena_size
  br i1 %224, label %trap17.site0, label %ok39

ok23:                                             ; preds = %ok19
  %225 = getelementptr i8, i8* %mem, i64 %210
  %226 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %226, i8* %225, i64 4, i1 false)
  %227 = load i32, i32* %unaligned24, align 4
  store i32 %227, i32* %n.1, align 4
  %228 = load i32, i32* %n.1, align 4
  %229 = zext i32 %228 to i64
  %230 = mul i64 %229, 8
  %231 = add i64 8, %230
  store i64 %231, i64* %size.1, align 8
  %232 = load i64, i64* %size.1, align 8
  %233 = icmp ugt i64 %232, 2147483647
  %234 = zext i1 %233 to i32
  %235 = icmp ne i32 %234, 0
  br i1 %235, label %then25, label %else26

then25:                                           ; preds = %ok23
  br label %trap15.site7

else26:                                           ; preds = %ok23
  br label %join27

join27:                                           ; preds = %else26, %dead28
  %236 = load i64, i64* %size.1, align 8
  %237 = trunc i64 %236 to i32
  %238 = zext i32 %237 to i64
  %239 = getelementptr i64, i64* %regs, i64 1
  %240 = getelementptr i64, i64* %regs, i64 2
  %241 = load i64, i64* %239, align 8
  %242 = add i64 %241, 7
  %243 = and i64 %242, -8
  %244 = add i64 %243, %238
  %245 = load i64, i64* %240, align 8
  %246 = icmp ugt i64 %244, %245
  br i1 %246, label %trap15.site7, label %ok29

trap15.site7:                                     ; preds = %join27, %then25
  %247 = load i64, i64* %lowStart, align 8
  %248 = getelementptr i64, i64* %regs, i64 6
  store i64 %247, i64* %248, align 8
  %249 = load i64, i64* %lowEnd, align 8
  %250 = getelementptr i64, i64* %regs, i64 7
  store i64 %249, i64* %250, align 8
  %251 = load i64, i64* %highEnd, align 8
  %252 = getelementptr i64, i64* %regs, i64 8
  store i64 %251, i64* %252, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead28:                                           ; No predecessors!
  br label %join27

ok29:                                             ; preds = %join27
  store i64 %244, i64* %239, align 8
  %253 = trunc i64 %243 to i32
  store i32 %253, i32* %list.1, align 4
  %254 = load i32, i32* %list.1, align 4
  %255 = load i32, i32* %n.1, align 4
  %256 = zext i32 %254 to i64
  %257 = add i64 %256, 4
  %258 = icmp ugt i64 %257, %arena_size
  br i1 %258, label %trap17.site0, label %ok30

ok30:                                             ; preds = %ok29
  %259 = getelementptr i8, i8* %mem, i64 %256
  %260 = icmp ult i64 %256, %scratch_start
  %261 = load i64, i64* %lowEnd, align 8
  %262 = load i64, i64* %highEnd, align 8
  %263 = call i64 @llvm.umax.i64(i64 %261, i64 %257)
  %264 = select i1 %260, i64 %263, i64 %261
  store i64 %264, i64* %lowEnd, align 8
  %265 = call i64 @llvm.umax.i64(i64 %262, i64 %257)
  %266 = select i1 %260, i64 %262, i64 %265
  store i64 %266, i64* %highEnd, align 8
  %267 = load i64, i64* %lowStart, align 8
  %268 = call i64 @llvm.umin.i64(i64 %267, i64 %256)
  store i64 %268, i64* %lowStart, align 8
  store i32 %255, i32* %unaligned31, align 4
  %269 = bitcast i32* %unaligned31 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %259, i8* %269, i64 4, i1 false)
  store i32 0, i32* %i.1, align 4
  br label %loop9

block8:                                           ; preds = %dead38, %ok32
  %270 = load i32, i32* %list.1, align 4
  store i32 %270, i32* %result22, align 4
  br label %e6

loop9:                                            ; preds = %ok36, %ok30
  %271 = load i64, i64* %fuel, align 8
  %272 = icmp ult i64 %271, 1
  br i1 %272, label %trap14.site0, label %ok32

ok32:                                             ; preds = %loop9
  %273 = sub i64 %271, 1
  store i64 %273, i64* %fuel, align 8
  %274 = load i32, i32* %i.1, align 4
  %275 = load i32, i32* %n.1, align 4
  %276 = icmp uge i32 %274, %275
  %277 = zext i1 %276 to i32
  %278 = icmp ne i32 %277, 0
  br i1 %278, label %block8, label %cont33

cont33:                                           ; preds = %ok32
  %279 = load i32, i32* %list.1, align 4
  %280 = load i32, i32* %i.1, align 4
  %281 = mul i32 %280, 8
  %282 = add i32 %279, %281
  %283 = load i32, i32* %d.1, align 4
  %284 = load i32, i32* %i.1, align 4
  %285 = mul i32 %284, 16
  %286 = add i32 %283, %285
  %287 = zext i32 %286 to i64
  %288 = add i64 %287, 16
  %289 = add i64 %288, 8
  %290 = icmp ugt i64 %289, %arena_size
  br i1 %290, label %trap17.site0, label %ok34

ok34:                                             ; preds = %cont33
  %291 = getelementptr i8, i8* %mem, i64 %288
  %292 = bitcast i64* %unaligned35 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %292, i8* %291, i64 8, i1 false)
  %293 = load i64, i64* %unaligned35, align 8
  %294 = zext i32 %282 to i64
  %295 = add i64 %294, 8
  %296 = add i64 %295, 8
  %297 = icmp ugt i64 %296, %arena_size
  br i1 %297, label %trap17.site0, label %ok36

ok36:                                             ; preds = %ok34
  %298 = getelementptr i8, i8* %mem, i64 %295
  %299 = icmp ult i64 %295, %scratch_start
  %300 = load i64, i64* %lowEnd, align 8
  %301 = load i64, i64* %highEnd, align 8
  %302 = call i64 @llvm.umax.i64(i64 %300, i64 %296)
  %303 = select i1 %299, i64 %302, i64 %300
  store i64 %303, i64* %lowEnd, align 8
  %304 = call i64 @llvm.umax.i64(i64 %301, i64 %296)
  %305 = select i1 %299, i64 %301, i64 %304
  store i64 %305, i64* %highEnd, align 8
  %306 = load i64, i64* %lowStart, align 8
  %307 = call i64 @llvm.umin.i64(i64 %306, i64 %295)
  store i64 %307, i64* %lowStart, align 8
  store i64 %293, i64* %unaligned37, align 8
  %308 = bitcast i64* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %298, i8* %308, i64 8, i1 false)
  %309 = load i32, i32* %i.1, align 4
  %310 = add i32 %309, 1
  store i32 %310, i32* %i.1, align 4
  br label %loop9

dead38:                                           ; No predecessors!
  br label %block8

ok39:                                             ; preds = %e6
  %311 = getelementptr i8, i8* %mem, i64 %222
  %312 = bitcast i32* %unaligned40 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %312, i8* %311, i64 4, i1 false)
  %313 = load i32, i32* %unaligned40, align 4
  store i32 %313, i32* %n.2, align 4
  store i32 0, i32* %k, align 4
  br label %each11

block10:                                          ; preds = %dead46, %ok41
  %314 = load i64, i64* %sum, align 8
  store i64 %314, i64* %result21, align 8
  br label %e5

each11:                                           ; preds = %ok45, %ok39
  %315 = load i64, i64* %fuel, align 8
  %316 = icmp ult i64 %315, 1
  br i1 %316, label %trap14.site0, label %ok41

ok41:                                             ; preds = %each11
  %317 = sub i64 %315, 1
  store i64 %317, i64* %fuel, align 8
  %318 = load i32, i32* %k, align 4
  %319 = load i32, i32* %n.2, align 4
  %320 = icmp uge i32 %318, %319
  %321 = zext i1 %320 to i32
  %322 = icmp ne i32 %321, 0
  br i1 %322, label %block10, label %cont42

cont42:                                           ; preds = %ok41
  %323 = load i32, i32* %xs, align 4
  %324 = load i32, i32* %k, align 4
  %325 = mul i32 %324, 8
  %326 = add i32 %323, %325
  %327 = zext i32 %326 to i64
  %328 = add i64 %327, 8
  %329 = add i64 %328, 8
  %330 = icmp ugt i64 %329, %arena_size
  br i1 %330, label %trap17.site0, label %ok43

ok43:                                             ; preds = %cont42
  %331 = getelementptr i8, i8* %mem, i64 %328
  %332 = bitcast i64* %unaligned44 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %332, i8* %331, i64 8, i1 false)
  %333 = load i64, i64* %unaligned44, align 8
  store i64 %333, i64* %x, align 8
  %334 = load i64, i64* %sum, align 8
  %335 = load i64, i64* %x, align 8
  %336 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %334, i64 %335)
  %337 = extractvalue { i64, i1 } %336, 1
  br i1 %337, label %trap2.site6, label %ok45

ok45:                                             ; preds = %ok43
  %338 = extractvalue { i64, i1 } %336, 0
  store i64 %338, i64* %sum, align 8
  %339 = load i32, i32* %k, align 4
  %340 = add i32 %339, 1
  store i32 %340, i32* %k, align 4
  br label %each11

trap2.site6:                                      ; preds = %ok43
  %341 = load i64, i64* %lowStart, align 8
  %342 = getelementptr i64, i64* %regs, i64 6
  store i64 %341, i64* %342, align 8
  %343 = load i64, i64* %lowEnd, align 8
  %344 = getelementptr i64, i64* %regs, i64 7
  store i64 %343, i64* %344, align 8
  %345 = load i64, i64* %highEnd, align 8
  %346 = getelementptr i64, i64* %regs, i64 8
  store i64 %345, i64* %346, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

dead46:                                           ; No predecessors!
  br label %block10

ok47:                                             ; preds = %e5
  %347 = getelementptr i8, i8* %mem, i64 %217
  %348 = icmp ult i64 %217, %scratch_start
  %349 = load i64, i64* %lowEnd, align 8
  %350 = load i64, i64* %highEnd, align 8
  %351 = call i64 @llvm.umax.i64(i64 %349, i64 %218)
  %352 = select i1 %348, i64 %351, i64 %349
  store i64 %352, i64* %lowEnd, align 8
  %353 = call i64 @llvm.umax.i64(i64 %350, i64 %218)
  %354 = select i1 %348, i64 %350, i64 %353
  store i64 %354, i64* %highEnd, align 8
  %355 = load i64, i64* %lowStart, align 8
  %356 = call i64 @llvm.umin.i64(i64 %355, i64 %217)
  store i64 %356, i64* %lowStart, align 8
  store i64 %215, i64* %unaligned48, align 8
  %357 = bitcast i64* %unaligned48 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %347, i8* %357, i64 8, i1 false)
  %358 = load i32, i32* %prices, align 4
  store i32 %358, i32* %d.2, align 4
  %359 = load i32, i32* %wanted, align 4
  store i32 %359, i32* %k.1, align 4
  %360 = load i32, i32* %d.2, align 4
  %361 = load i32, i32* %k.1, align 4
  %362 = icmp uge i32 %depth, 1000
  br i1 %362, label %trap15.site8, label %ok50

e12:                                              ; preds = %stack_ok51
  %363 = load i32, i32* %result49, align 4
  store i32 %363, i32* %has_wanted, align 4
  %364 = load i32, i32* %dict, align 4
  %365 = load i32, i32* %has_wanted, align 4
  %366 = zext i32 %364 to i64
  %367 = add i64 %366, 16
  %368 = add i64 %367, 1
  %369 = icmp ugt i64 %368, %arena_size
  br i1 %369, label %trap17.site0, label %ok52

ok50:                                             ; preds = %ok47
  %370 = getelementptr i64, i64* %regs, i64 10
  %371 = load i64, i64* %370, align 8
  %372 = icmp ult i64 %10, %371
  br i1 %372, label %trap253.site0, label %stack_ok51

trap15.site8:                                     ; preds = %ok47
  %373 = load i64, i64* %lowStart, align 8
  %374 = getelementptr i64, i64* %regs, i64 6
  store i64 %373, i64* %374, align 8
  %375 = load i64, i64* %lowEnd, align 8
  %376 = getelementptr i64, i64* %regs, i64 7
  store i64 %375, i64* %376, align 8
  %377 = load i64, i64* %highEnd, align 8
  %378 = getelementptr i64, i64* %regs, i64 8
  store i64 %377, i64* %378, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok51:                                       ; preds = %ok50
  %379 = load i64, i64* %fuel, align 8
  %380 = getelementptr i64, i64* %regs, i64 0
  store i64 %379, i64* %380, align 8
  %381 = load i64, i64* %lowStart, align 8
  %382 = getelementptr i64, i64* %regs, i64 6
  store i64 %381, i64* %382, align 8
  %383 = load i64, i64* %lowEnd, align 8
  %384 = getelementptr i64, i64* %regs, i64 7
  store i64 %383, i64* %384, align 8
  %385 = load i64, i64* %highEnd, align 8
  %386 = getelementptr i64, i64* %regs, i64 8
  store i64 %385, i64* %386, align 8
  %387 = add i32 %depth, 1
  %388 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %387, i32 %360, i32 %361, i32 8, i32 16)
  %389 = getelementptr i64, i64* %regs, i64 0
  %390 = load i64, i64* %389, align 8
  store i64 %390, i64* %fuel, align 8
  %391 = getelementptr i64, i64* %regs, i64 6
  %392 = load i64, i64* %391, align 8
  store i64 %392, i64* %lowStart, align 8
  %393 = getelementptr i64, i64* %regs, i64 7
  %394 = load i64, i64* %393, align 8
  store i64 %394, i64* %lowEnd, align 8
  %395 = getelementptr i64, i64* %regs, i64 8
  %396 = load i64, i64* %395, align 8
  store i64 %396, i64* %highEnd, align 8
  %397 = icmp sge i32 %388, 0
  %398 = zext i1 %397 to i32
  store i32 %398, i32* %result49, align 4
  br label %e12

ok52:                                             ; preds = %e12
  %399 = getelementptr i8, i8* %mem, i64 %367
  %400 = icmp ult i64 %367, %scratch_start
  %401 = load i64, i64* %lowEnd, align 8
  %402 = load i64, i64* %highEnd, align 8
  %403 = call i64 @llvm.umax.i64(i64 %401, i64 %368)
  %404 = select i1 %400, i64 %403, i64 %401
  store i64 %404, i64* %lowEnd, align 8
  %405 = call i64 @llvm.umax.i64(i64 %402, i64 %368)
  %406 = select i1 %400, i64 %402, i64 %405
  store i64 %406, i64* %highEnd, align 8
  %407 = load i64, i64* %lowStart, align 8
  %408 = call i64 @llvm.umin.i64(i64 %407, i64 %367)
  store i64 %408, i64* %lowStart, align 8
  %409 = trunc i32 %365 to i8
  store i8 %409, i8* %399, align 1
  %410 = load i32, i32* %prices, align 4
  store i32 %410, i32* %d.3, align 4
  %411 = load i32, i32* %d.3, align 4
  %412 = zext i32 %411 to i64
  %413 = add i64 %412, 4
  %414 = icmp ugt i64 %413, %arena_size
  br i1 %414, label %trap17.site0, label %ok55

e15:                                              ; preds = %ok115
  %415 = load i32, i32* %result53, align 4
  store i32 %415, i32* %doubled, align 4
  %416 = load i32, i32* %dict, align 4
  %417 = load i32, i32* %doubled, align 4
  %418 = zext i32 %416 to i64
  %419 = add i64 %418, 20
  %420 = add i64 %419, 4
  %421 = icmp ugt i64 %420, %arena_size
  br i1 %421, label %trap17.site0, label %ok117

e16:                                              ; preds = %block18
  %422 = load i32, i32* %result54, align 4
  store i32 %422, i32* %xs.1, align 4
  %423 = load i32, i32* %xs.1, align 4
  %424 = zext i32 %423 to i64
  %425 = add i64 %424, 4
  %426 = icmp ugt i64 %425, %arena_size
  br i1 %426, label %trap17.site0, label %ok71

ok55:                                             ; preds = %ok52
  %427 = getelementptr i8, i8* %mem, i64 %412
  %428 = bitcast i32* %unaligned56 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %428, i8* %427, i64 4, i1 false)
  %429 = load i32, i32* %unaligned56, align 4
  store i32 %429, i32* %n.3, align 4
  %430 = load i32, i32* %n.3, align 4
  %431 = zext i32 %430 to i64
  %432 = mul i64 %431, 4
  %433 = add i64 4, %432
  store i64 %433, i64* %size.2, align 8
  %434 = load i64, i64* %size.2, align 8
  %435 = icmp ugt i64 %434, 2147483647
  %436 = zext i1 %435 to i32
  %437 = icmp ne i32 %436, 0
  br i1 %437, label %then57, label %else58

then57:                                           ; preds = %ok55
  br label %trap15.site9

else58:                                           ; preds = %ok55
  br label %join59

join59:                                           ; preds = %else58, %dead60
  %438 = load i64, i64* %size.2, align 8
  %439 = trunc i64 %438 to i32
  %440 = zext i32 %439 to i64
  %441 = getelementptr i64, i64* %regs, i64 1
  %442 = getelementptr i64, i64* %regs, i64 2
  %443 = load i64, i64* %441, align 8
  %444 = add i64 %443, 3
  %445 = and i64 %444, -4
  %446 = add i64 %445, %440
  %447 = load i64, i64* %442, align 8
  %448 = icmp ugt i64 %446, %447
  br i1 %448, label %trap15.site9, label %ok61

trap15.site9:                                     ; preds = %join59, %then57
  %449 = load i64, i64* %lowStart, align 8
  %450 = getelementptr i64, i64* %regs, i64 6
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %lowEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 7
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %highEnd, align 8
  %454 = getelementptr i64, i64* %regs, i64 8
  store i64 %453, i64* %454, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead60:                                           ; No predecessors!
  br label %join59

ok61:                                             ; preds = %join59
  store i64 %446, i64* %441, align 8
  %455 = trunc i64 %445 to i32
  store i32 %455, i32* %list.2, align 4
  %456 = load i32, i32* %list.2, align 4
  %457 = load i32, i32* %n.3, align 4
  %458 = zext i32 %456 to i64
  %459 = add i64 %458, 4
  %460 = icmp ugt i64 %459, %arena_size
  br i1 %460, label %trap17.site0, label %ok62

ok62:                                             ; preds = %ok61
  %461 = getelementptr i8, i8* %mem, i64 %458
  %462 = icmp ult i64 %458, %scratch_start
  %463 = load i64, i64* %lowEnd, align 8
  %464 = load i64, i64* %highEnd, align 8
  %465 = call i64 @llvm.umax.i64(i64 %463, i64 %459)
  %466 = select i1 %462, i64 %465, i64 %463
  store i64 %466, i64* %lowEnd, align 8
  %467 = call i64 @llvm.umax.i64(i64 %464, i64 %459)
  %468 = select i1 %462, i64 %464, i64 %467
  store i64 %468, i64* %highEnd, align 8
  %469 = load i64, i64* %lowStart, align 8
  %470 = call i64 @llvm.umin.i64(i64 %469, i64 %458)
  store i64 %470, i64* %lowStart, align 8
  store i32 %457, i32* %unaligned63, align 4
  %471 = bitcast i32* %unaligned63 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %461, i8* %471, i64 4, i1 false)
  store i32 0, i32* %i.2, align 4
  br label %loop19

block18:                                          ; preds = %dead70, %ok64
  %472 = load i32, i32* %list.2, align 4
  store i32 %472, i32* %result54, align 4
  br label %e16

loop19:                                           ; preds = %ok68, %ok62
  %473 = load i64, i64* %fuel, align 8
  %474 = icmp ult i64 %473, 1
  br i1 %474, label %trap14.site0, label %ok64

ok64:                                             ; preds = %loop19
  %475 = sub i64 %473, 1
  store i64 %475, i64* %fuel, align 8
  %476 = load i32, i32* %i.2, align 4
  %477 = load i32, i32* %n.3, align 4
  %478 = icmp uge i32 %476, %477
  %479 = zext i1 %478 to i32
  %480 = icmp ne i32 %479, 0
  br i1 %480, label %block18, label %cont65

cont65:                                           ; preds = %ok64
  %481 = load i32, i32* %list.2, align 4
  %482 = load i32, i32* %i.2, align 4
  %483 = mul i32 %482, 4
  %484 = add i32 %481, %483
  %485 = load i32, i32* %d.3, align 4
  %486 = load i32, i32* %i.2, align 4
  %487 = mul i32 %486, 16
  %488 = add i32 %485, %487
  %489 = zext i32 %488 to i64
  %490 = add i64 %489, 8
  %491 = add i64 %490, 4
  %492 = icmp ugt i64 %491, %arena_size
  br i1 %492, label %trap17.site0, label %ok66

ok66:                                             ; preds = %cont65
  %493 = getelementptr i8, i8* %mem, i64 %490
  %494 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %494, i8* %493, i64 4, i1 false)
  %495 = load i32, i32* %unaligned67, align 4
  %496 = zext i32 %484 to i64
  %497 = add i64 %496, 4
  %498 = add i64 %497, 4
  %499 = icmp ugt i64 %498, %arena_size
  br i1 %499, label %trap17.site0, label %ok68

ok68:                                             ; preds = %ok66
  %500 = getelementptr i8, i8* %mem, i64 %497
  %501 = icmp ult i64 %497, %scratch_start
  %502 = load i64, i64* %lowEnd, align 8
  %503 = load i64, i64* %highEnd, align 8
  %504 = call i64 @llvm.umax.i64(i64 %502, i64 %498)
  %505 = select i1 %501, i64 %504, i64 %502
  store i64 %505, i64* %lowEnd, align 8
  %506 = call i64 @llvm.umax.i64(i64 %503, i64 %498)
  %507 = select i1 %501, i64 %503, i64 %506
  store i64 %507, i64* %highEnd, align 8
  %508 = load i64, i64* %lowStart, align 8
  %509 = call i64 @llvm.umin.i64(i64 %508, i64 %497)
  store i64 %509, i64* %lowStart, align 8
  store i32 %495, i32* %unaligned69, align 4
  %510 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %500, i8* %510, i64 4, i1 false)
  %511 = load i32, i32* %i.2, align 4
  %512 = add i32 %511, 1
  store i32 %512, i32* %i.2, align 4
  br label %loop19

dead70:                                           ; No predecessors!
  br label %block18

ok71:                                             ; preds = %e16
  %513 = getelementptr i8, i8* %mem, i64 %424
  %514 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %514, i8* %513, i64 4, i1 false)
  %515 = load i32, i32* %unaligned72, align 4
  %516 = zext i32 %515 to i64
  %517 = mul i64 %516, 4
  %518 = add i64 4, %517
  store i64 %518, i64* %size.3, align 8
  %519 = load i64, i64* %size.3, align 8
  %520 = icmp ugt i64 %519, 2147483647
  %521 = zext i1 %520 to i32
  %522 = icmp ne i32 %521, 0
  br i1 %522, label %then73, label %else74

then73:                                           ; preds = %ok71
  br label %trap15.site10

else74:                                           ; preds = %ok71
  br label %join75

join75:                                           ; preds = %else74, %dead76
  %523 = load i64, i64* %size.3, align 8
  %524 = trunc i64 %523 to i32
  %525 = zext i32 %524 to i64
  %526 = getelementptr i64, i64* %regs, i64 1
  %527 = getelementptr i64, i64* %regs, i64 2
  %528 = load i64, i64* %526, align 8
  %529 = add i64 %528, 3
  %530 = and i64 %529, -4
  %531 = add i64 %530, %525
  %532 = load i64, i64* %527, align 8
  %533 = icmp ugt i64 %531, %532
  br i1 %533, label %trap15.site10, label %ok77

trap15.site10:                                    ; preds = %join75, %then73
  %534 = load i64, i64* %lowStart, align 8
  %535 = getelementptr i64, i64* %regs, i64 6
  store i64 %534, i64* %535, align 8
  %536 = load i64, i64* %lowEnd, align 8
  %537 = getelementptr i64, i64* %regs, i64 7
  store i64 %536, i64* %537, align 8
  %538 = load i64, i64* %highEnd, align 8
  %539 = getelementptr i64, i64* %regs, i64 8
  store i64 %538, i64* %539, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead76:                                           ; No predecessors!
  br label %join75

ok77:                                             ; preds = %join75
  store i64 %531, i64* %526, align 8
  %540 = trunc i64 %530 to i32
  store i32 %540, i32* %list.3, align 4
  store i32 0, i32* %len, align 4
  %541 = load i32, i32* %xs.1, align 4
  %542 = zext i32 %541 to i64
  %543 = add i64 %542, 4
  %544 = icmp ugt i64 %543, %arena_size
  br i1 %544, label %trap17.site0, label %ok78

ok78:                                             ; preds = %ok77
  %545 = getelementptr i8, i8* %mem, i64 %542
  %546 = bitcast i32* %unaligned79 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %546, i8* %545, i64 4, i1 false)
  %547 = load i32, i32* %unaligned79, align 4
  store i32 %547, i32* %n.4, align 4
  store i32 0, i32* %k.2, align 4
  br label %each21

block20:                                          ; preds = %dead114, %ok80
  %548 = load i32, i32* %list.3, align 4
  %549 = load i32, i32* %len, align 4
  %550 = zext i32 %548 to i64
  %551 = add i64 %550, 4
  %552 = icmp ugt i64 %551, %arena_size
  br i1 %552, label %trap17.site0, label %ok115

each21:                                           ; preds = %join95, %ok78
  %553 = load i64, i64* %fuel, align 8
  %554 = icmp ult i64 %553, 1
  br i1 %554, label %trap14.site0, label %ok80

ok80:                                             ; preds = %each21
  %555 = sub i64 %553, 1
  store i64 %555, i64* %fuel, align 8
  %556 = load i32, i32* %k.2, align 4
  %557 = load i32, i32* %n.4, align 4
  %558 = icmp uge i32 %556, %557
  %559 = zext i1 %558 to i32
  %560 = icmp ne i32 %559, 0
  br i1 %560, label %block20, label %cont81

cont81:                                           ; preds = %ok80
  %561 = load i32, i32* %xs.1, align 4
  %562 = load i32, i32* %k.2, align 4
  %563 = mul i32 %562, 4
  %564 = add i32 %561, %563
  %565 = zext i32 %564 to i64
  %566 = add i64 %565, 4
  %567 = add i64 %566, 4
  %568 = icmp ugt i64 %567, %arena_size
  br i1 %568, label %trap17.site0, label %ok82

ok82:                                             ; preds = %cont81
  %569 = getelementptr i8, i8* %mem, i64 %566
  %570 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %570, i8* %569, i64 4, i1 false)
  %571 = load i32, i32* %unaligned83, align 4
  store i32 %571, i32* %x.1, align 4
  %572 = load i32, i32* %x.1, align 4
  store i32 %572, i32* %n.5, align 4
  %573 = load i32, i32* %prices, align 4
  store i32 %573, i32* %d.4, align 4
  %574 = load i32, i32* %n.5, align 4
  store i32 %574, i32* %k.3, align 4
  %575 = load i32, i32* %d.4, align 4
  %576 = load i32, i32* %k.3, align 4
  %577 = icmp uge i32 %depth, 1000
  br i1 %577, label %trap15.site12, label %ok85

e23:                                              ; preds = %ok91
  %578 = load i64, i64* %result84, align 8
  %579 = icmp sgt i64 %578, 1
  %580 = zext i1 %579 to i32
  %581 = icmp ne i32 %580, 0
  br i1 %581, label %then93, label %else94

ok85:                                             ; preds = %ok82
  %582 = getelementptr i64, i64* %regs, i64 10
  %583 = load i64, i64* %582, align 8
  %584 = icmp ult i64 %10, %583
  br i1 %584, label %trap253.site0, label %stack_ok86

trap15.site12:                                    ; preds = %ok82
  %585 = load i64, i64* %lowStart, align 8
  %586 = getelementptr i64, i64* %regs, i64 6
  store i64 %585, i64* %586, align 8
  %587 = load i64, i64* %lowEnd, align 8
  %588 = getelementptr i64, i64* %regs, i64 7
  store i64 %587, i64* %588, align 8
  %589 = load i64, i64* %highEnd, align 8
  %590 = getelementptr i64, i64* %regs, i64 8
  store i64 %589, i64* %590, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 12)
  unreachable

stack_ok86:                                       ; preds = %ok85
  %591 = load i64, i64* %fuel, align 8
  %592 = getelementptr i64, i64* %regs, i64 0
  store i64 %591, i64* %592, align 8
  %593 = load i64, i64* %lowStart, align 8
  %594 = getelementptr i64, i64* %regs, i64 6
  store i64 %593, i64* %594, align 8
  %595 = load i64, i64* %lowEnd, align 8
  %596 = getelementptr i64, i64* %regs, i64 7
  store i64 %595, i64* %596, align 8
  %597 = load i64, i64* %highEnd, align 8
  %598 = getelementptr i64, i64* %regs, i64 8
  store i64 %597, i64* %598, align 8
  %599 = add i32 %depth, 1
  %600 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %599, i32 %575, i32 %576, i32 8, i32 16)
  %601 = getelementptr i64, i64* %regs, i64 0
  %602 = load i64, i64* %601, align 8
  store i64 %602, i64* %fuel, align 8
  %603 = getelementptr i64, i64* %regs, i64 6
  %604 = load i64, i64* %603, align 8
  store i64 %604, i64* %lowStart, align 8
  %605 = getelementptr i64, i64* %regs, i64 7
  %606 = load i64, i64* %605, align 8
  store i64 %606, i64* %lowEnd, align 8
  %607 = getelementptr i64, i64* %regs, i64 8
  %608 = load i64, i64* %607, align 8
  store i64 %608, i64* %highEnd, align 8
  store i32 %600, i32* %idx, align 4
  %609 = load i32, i32* %idx, align 4
  %610 = icmp slt i32 %609, 0
  %611 = zext i1 %610 to i32
  %612 = icmp ne i32 %611, 0
  br i1 %612, label %then87, label %else88

then87:                                           ; preds = %stack_ok86
  br label %trap7.site12

else88:                                           ; preds = %stack_ok86
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %613 = load i32, i32* %d.4, align 4
  %614 = load i32, i32* %idx, align 4
  %615 = mul i32 %614, 16
  %616 = add i32 %613, %615
  %617 = zext i32 %616 to i64
  %618 = add i64 %617, 16
  %619 = add i64 %618, 8
  %620 = icmp ugt i64 %619, %arena_size
  br i1 %620, label %trap17.site0, label %ok91

trap7.site12:                                     ; preds = %then87
  %621 = load i64, i64* %lowStart, align 8
  %622 = getelementptr i64, i64* %regs, i64 6
  store i64 %621, i64* %622, align 8
  %623 = load i64, i64* %lowEnd, align 8
  %624 = getelementptr i64, i64* %regs, i64 7
  store i64 %623, i64* %624, align 8
  %625 = load i64, i64* %highEnd, align 8
  %626 = getelementptr i64, i64* %regs, i64 8
  store i64 %625, i64* %626, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 12)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

ok91:                                             ; preds = %join89
  %627 = getelementptr i8, i8* %mem, i64 %618
  %628 = bitcast i64* %unaligned92 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %628, i8* %627, i64 8, i1 false)
  %629 = load i64, i64* %unaligned92, align 8
  store i64 %629, i64* %result84, align 8
  br label %e23

then93:                                           ; preds = %e23
  %630 = load i32, i32* %list.3, align 4
  %631 = load i32, i32* %len, align 4
  %632 = mul i32 %631, 4
  %633 = add i32 %630, %632
  %634 = getelementptr i64, i64* %regs, i64 1
  %635 = getelementptr i64, i64* %regs, i64 2
  %636 = load i64, i64* %634, align 8
  %637 = add i64 %636, 7
  %638 = and i64 %637, -8
  %639 = add i64 %638, 16
  %640 = load i64, i64* %635, align 8
  %641 = icmp ugt i64 %639, %640
  br i1 %641, label %trap15.site13, label %ok97

else94:                                           ; preds = %e23
  br label %join95

join95:                                           ; preds = %else94, %ok112
  %642 = load i32, i32* %k.2, align 4
  %643 = add i32 %642, 1
  store i32 %643, i32* %k.2, align 4
  br label %each21

e27:                                              ; preds = %ok110
  %644 = load i32, i32* %result96, align 4
  %645 = zext i32 %633 to i64
  %646 = add i64 %645, 4
  %647 = add i64 %646, 4
  %648 = icmp ugt i64 %647, %arena_size
  br i1 %648, label %trap17.site0, label %ok112

ok97:                                             ; preds = %then93
  store i64 %639, i64* %634, align 8
  %649 = trunc i64 %638 to i32
  store i32 %649, i32* %dict.1, align 4
  %650 = load i32, i32* %n.5, align 4
  store i32 %650, i32* %name, align 4
  %651 = load i32, i32* %dict.1, align 4
  %652 = load i32, i32* %name, align 4
  %653 = zext i32 %651 to i64
  %654 = add i64 %653, 4
  %655 = icmp ugt i64 %654, %arena_size
  br i1 %655, label %trap17.site0, label %ok98

trap15.site13:                                    ; preds = %then93
  %656 = load i64, i64* %lowStart, align 8
  %657 = getelementptr i64, i64* %regs, i64 6
  store i64 %656, i64* %657, align 8
  %658 = load i64, i64* %lowEnd, align 8
  %659 = getelementptr i64, i64* %regs, i64 7
  store i64 %658, i64* %659, align 8
  %660 = load i64, i64* %highEnd, align 8
  %661 = getelementptr i64, i64* %regs, i64 8
  store i64 %660, i64* %661, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

ok98:                                             ; preds = %ok97
  %662 = getelementptr i8, i8* %mem, i64 %653
  %663 = icmp ult i64 %653, %scratch_start
  %664 = load i64, i64* %lowEnd, align 8
  %665 = load i64, i64* %highEnd, align 8
  %666 = call i64 @llvm.umax.i64(i64 %664, i64 %654)
  %667 = select i1 %663, i64 %666, i64 %664
  store i64 %667, i64* %lowEnd, align 8
  %668 = call i64 @llvm.umax.i64(i64 %665, i64 %654)
  %669 = select i1 %663, i64 %665, i64 %668
  store i64 %669, i64* %highEnd, align 8
  %670 = load i64, i64* %lowStart, align 8
  %671 = call i64 @llvm.umin.i64(i64 %670, i64 %653)
  store i64 %671, i64* %lowStart, align 8
  store i32 %652, i32* %unaligned99, align 4
  %672 = bitcast i32* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %662, i8* %672, i64 4, i1 false)
  %673 = load i32, i32* %prices, align 4
  store i32 %673, i32* %d.5, align 4
  %674 = load i32, i32* %n.5, align 4
  store i32 %674, i32* %k.4, align 4
  %675 = load i32, i32* %d.5, align 4
  %676 = load i32, i32* %k.4, align 4
  %677 = icmp uge i32 %depth, 1000
  br i1 %677, label %trap15.site15, label %ok101

e30:                                              ; preds = %ok107
  %678 = load i64, i64* %result100, align 8
  %679 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %678, i64 2)
  %680 = extractvalue { i64, i1 } %679, 1
  br i1 %680, label %trap2.site14, label %ok109

ok101:                                            ; preds = %ok98
  %681 = getelementptr i64, i64* %regs, i64 10
  %682 = load i64, i64* %681, align 8
  %683 = icmp ult i64 %10, %682
  br i1 %683, label %trap253.site0, label %stack_ok102

trap15.site15:                                    ; preds = %ok98
  %684 = load i64, i64* %lowStart, align 8
  %685 = getelementptr i64, i64* %regs, i64 6
  store i64 %684, i64* %685, align 8
  %686 = load i64, i64* %lowEnd, align 8
  %687 = getelementptr i64, i64* %regs, i64 7
  store i64 %686, i64* %687, align 8
  %688 = load i64, i64* %highEnd, align 8
  %689 = getelementptr i64, i64* %regs, i64 8
  store i64 %688, i64* %689, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

stack_ok102:                                      ; preds = %ok101
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
  %699 = call i32 @m0.rt.dict_find(i64* %regs, i8* %mem, i32 %698, i32 %675, i32 %676, i32 8, i32 16)
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
  store i32 %699, i32* %idx.1, align 4
  %708 = load i32, i32* %idx.1, align 4
  %709 = icmp slt i32 %708, 0
  %710 = zext i1 %709 to i32
  %711 = icmp ne i32 %710, 0
  br i1 %711, label %then103, label %else104

then103:                                          ; preds = %stack_ok102
  br label %trap7.site15

else104:                                          ; preds = %stack_ok102
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %712 = load i32, i32* %d.5, align 4
  %713 = load i32, i32* %idx.1, align 4
  %714 = mul i32 %713, 16
  %715 = add i32 %712, %714
  %716 = zext i32 %715 to i64
  %717 = add i64 %716, 16
  %718 = add i64 %717, 8
  %719 = icmp ugt i64 %718, %arena_size
  br i1 %719, label %trap17.site0, label %ok107

trap7.site15:                                     ; preds = %then103
  %720 = load i64, i64* %lowStart, align 8
  %721 = getelementptr i64, i64* %regs, i64 6
  store i64 %720, i64* %721, align 8
  %722 = load i64, i64* %lowEnd, align 8
  %723 = getelementptr i64, i64* %regs, i64 7
  store i64 %722, i64* %723, align 8
  %724 = load i64, i64* %highEnd, align 8
  %725 = getelementptr i64, i64* %regs, i64 8
  store i64 %724, i64* %725, align 8
  call void @tetra_trap(i64* %regs, i32 7, i32 15)
  unreachable

dead106:                                          ; No predecessors!
  br label %join105

ok107:                                            ; preds = %join105
  %726 = getelementptr i8, i8* %mem, i64 %717
  %727 = bitcast i64* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %727, i8* %726, i64 8, i1 false)
  %728 = load i64, i64* %unaligned108, align 8
  store i64 %728, i64* %result100, align 8
  br label %e30

ok109:                                            ; preds = %e30
  %729 = extractvalue { i64, i1 } %679, 0
  store i64 %729, i64* %price, align 8
  %730 = load i32, i32* %dict.1, align 4
  %731 = load i64, i64* %price, align 8
  %732 = zext i32 %730 to i64
  %733 = add i64 %732, 8
  %734 = add i64 %733, 8
  %735 = icmp ugt i64 %734, %arena_size
  br i1 %735, label %trap17.site0, label %ok110

trap2.site14:                                     ; preds = %e30
  %736 = load i64, i64* %lowStart, align 8
  %737 = getelementptr i64, i64* %regs, i64 6
  store i64 %736, i64* %737, align 8
  %738 = load i64, i64* %lowEnd, align 8
  %739 = getelementptr i64, i64* %regs, i64 7
  store i64 %738, i64* %739, align 8
  %740 = load i64, i64* %highEnd, align 8
  %741 = getelementptr i64, i64* %regs, i64 8
  store i64 %740, i64* %741, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

ok110:                                            ; preds = %ok109
  %742 = getelementptr i8, i8* %mem, i64 %733
  %743 = icmp ult i64 %733, %scratch_start
  %744 = load i64, i64* %lowEnd, align 8
  %745 = load i64, i64* %highEnd, align 8
  %746 = call i64 @llvm.umax.i64(i64 %744, i64 %734)
  %747 = select i1 %743, i64 %746, i64 %744
  store i64 %747, i64* %lowEnd, align 8
  %748 = call i64 @llvm.umax.i64(i64 %745, i64 %734)
  %749 = select i1 %743, i64 %745, i64 %748
  store i64 %749, i64* %highEnd, align 8
  %750 = load i64, i64* %lowStart, align 8
  %751 = call i64 @llvm.umin.i64(i64 %750, i64 %733)
  store i64 %751, i64* %lowStart, align 8
  store i64 %731, i64* %unaligned111, align 8
  %752 = bitcast i64* %unaligned111 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %742, i8* %752, i64 8, i1 false)
  %753 = load i32, i32* %dict.1, align 4
  store i32 %753, i32* %result96, align 4
  br label %e27

ok112:                                            ; preds = %e27
  %754 = getelementptr i8, i8* %mem, i64 %646
  %755 = icmp ult i64 %646, %scratch_start
  %756 = load i64, i64* %lowEnd, align 8
  %757 = load i64, i64* %highEnd, align 8
  %758 = call i64 @llvm.umax.i64(i64 %756, i64 %647)
  %759 = select i1 %755, i64 %758, i64 %756
  store i64 %759, i64* %lowEnd, align 8
  %760 = call i64 @llvm.umax.i64(i64 %757, i64 %647)
  %761 = select i1 %755, i64 %757, i64 %760
  store i64 %761, i64* %highEnd, align 8
  %762 = load i64, i64* %lowStart, align 8
  %763 = call i64 @llvm.umin.i64(i64 %762, i64 %646)
  store i64 %763, i64* %lowStart, align 8
  store i32 %644, i32* %unaligned113, align 4
  %764 = bitcast i32* %unaligned113 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %754, i8* %764, i64 4, i1 false)
  %765 = load i32, i32* %len, align 4
  %766 = add i32 %765, 1
  store i32 %766, i32* %len, align 4
  br label %join95

dead114:                                          ; No predecessors!
  br label %block20

ok115:                                            ; preds = %block20
  %767 = getelementptr i8, i8* %mem, i64 %550
  %768 = icmp ult i64 %550, %scratch_start
  %769 = load i64, i64* %lowEnd, align 8
  %770 = load i64, i64* %highEnd, align 8
  %771 = call i64 @llvm.umax.i64(i64 %769, i64 %551)
  %772 = select i1 %768, i64 %771, i64 %769
  store i64 %772, i64* %lowEnd, align 8
  %773 = call i64 @llvm.umax.i64(i64 %770, i64 %551)
  %774 = select i1 %768, i64 %770, i64 %773
  store i64 %774, i64* %highEnd, align 8
  %775 = load i64, i64* %lowStart, align 8
  %776 = call i64 @llvm.umin.i64(i64 %775, i64 %550)
  store i64 %776, i64* %lowStart, align 8
  store i32 %549, i32* %unaligned116, align 4
  %777 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %767, i8* %777, i64 4, i1 false)
  %778 = load i32, i32* %list.3, align 4
  store i32 %778, i32* %result53, align 4
  br label %e15

ok117:                                            ; preds = %e15
  %779 = getelementptr i8, i8* %mem, i64 %419
  %780 = icmp ult i64 %419, %scratch_start
  %781 = load i64, i64* %lowEnd, align 8
  %782 = load i64, i64* %highEnd, align 8
  %783 = call i64 @llvm.umax.i64(i64 %781, i64 %420)
  %784 = select i1 %780, i64 %783, i64 %781
  store i64 %784, i64* %lowEnd, align 8
  %785 = call i64 @llvm.umax.i64(i64 %782, i64 %420)
  %786 = select i1 %780, i64 %782, i64 %785
  store i64 %786, i64* %highEnd, align 8
  %787 = load i64, i64* %lowStart, align 8
  %788 = call i64 @llvm.umin.i64(i64 %787, i64 %419)
  store i64 %788, i64* %lowStart, align 8
  store i32 %417, i32* %unaligned118, align 4
  %789 = bitcast i32* %unaligned118 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %779, i8* %789, i64 4, i1 false)
  %790 = getelementptr i64, i64* %regs, i64 1
  %791 = getelementptr i64, i64* %regs, i64 2
  %792 = load i64, i64* %790, align 8
  %793 = add i64 %792, 7
  %794 = and i64 %793, -8
  %795 = add i64 %794, 8
  %796 = load i64, i64* %791, align 8
  %797 = icmp ugt i64 %795, %796
  br i1 %797, label %trap15.site16, label %ok120

e34:                                              ; preds = %stack_ok142
  %798 = load i32, i32* %result119, align 4
  store i32 %798, i32* %merged, align 4
  %799 = load i32, i32* %dict, align 4
  %800 = load i32, i32* %merged, align 4
  %801 = zext i32 %799 to i64
  %802 = add i64 %801, 24
  %803 = add i64 %802, 4
  %804 = icmp ugt i64 %803, %arena_size
  br i1 %804, label %trap17.site0, label %ok143

ok120:                                            ; preds = %ok117
  store i64 %795, i64* %790, align 8
  %805 = trunc i64 %794 to i32
  store i32 %805, i32* %dict.2, align 4
  %806 = load i32, i32* %prices, align 4
  store i32 %806, i32* %spread, align 4
  store i64 99, i64* %extra, align 8
  %807 = load i32, i32* %dict.2, align 4
  %808 = load i64, i64* %extra, align 8
  %809 = zext i32 %807 to i64
  %810 = add i64 %809, 8
  %811 = icmp ugt i64 %810, %arena_size
  br i1 %811, label %trap17.site0, label %ok121

trap15.site16:                                    ; preds = %ok139, %ok134, %ok123, %ok117
  %812 = load i64, i64* %lowStart, align 8
  %813 = getelementptr i64, i64* %regs, i64 6
  store i64 %812, i64* %813, align 8
  %814 = load i64, i64* %lowEnd, align 8
  %815 = getelementptr i64, i64* %regs, i64 7
  store i64 %814, i64* %815, align 8
  %816 = load i64, i64* %highEnd, align 8
  %817 = getelementptr i64, i64* %regs, i64 8
  store i64 %816, i64* %817, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

ok121:                                            ; preds = %ok120
  %818 = getelementptr i8, i8* %mem, i64 %809
  %819 = icmp ult i64 %809, %scratch_start
  %820 = load i64, i64* %lowEnd, align 8
  %821 = load i64, i64* %highEnd, align 8
  %822 = call i64 @llvm.umax.i64(i64 %820, i64 %810)
  %823 = select i1 %819, i64 %822, i64 %820
  store i64 %823, i64* %lowEnd, align 8
  %824 = call i64 @llvm.umax.i64(i64 %821, i64 %810)
  %825 = select i1 %819, i64 %821, i64 %824
  store i64 %825, i64* %highEnd, align 8
  %826 = load i64, i64* %lowStart, align 8
  %827 = call i64 @llvm.umin.i64(i64 %826, i64 %809)
  store i64 %827, i64* %lowStart, align 8
  store i64 %808, i64* %unaligned122, align 8
  %828 = bitcast i64* %unaligned122 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %818, i8* %828, i64 8, i1 false)
  %829 = load i32, i32* %spread, align 4
  %830 = zext i32 %829 to i64
  %831 = add i64 %830, 4
  %832 = icmp ugt i64 %831, %arena_size
  br i1 %832, label %trap17.site0, label %ok123

ok123:                                            ; preds = %ok121
  %833 = getelementptr i8, i8* %mem, i64 %830
  %834 = bitcast i32* %unaligned124 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %834, i8* %833, i64 4, i1 false)
  %835 = load i32, i32* %unaligned124, align 4
  %836 = add i32 1, %835
  store i32 %836, i32* %cap, align 4
  %837 = load i32, i32* %cap, align 4
  %838 = mul i32 %837, 16
  %839 = add i32 8, %838
  %840 = zext i32 %839 to i64
  %841 = getelementptr i64, i64* %regs, i64 1
  %842 = getelementptr i64, i64* %regs, i64 2
  %843 = load i64, i64* %841, align 8
  %844 = add i64 %843, 7
  %845 = and i64 %844, -8
  %846 = add i64 %845, %840
  %847 = load i64, i64* %842, align 8
  %848 = icmp ugt i64 %846, %847
  br i1 %848, label %trap15.site16, label %ok125

ok125:                                            ; preds = %ok123
  store i64 %846, i64* %841, align 8
  %849 = trunc i64 %845 to i32
  store i32 %849, i32* %dict.3, align 4
  %850 = load i32, i32* %dict.3, align 4
  %851 = zext i32 %850 to i64
  %852 = add i64 %851, 4
  %853 = icmp ugt i64 %852, %arena_size
  br i1 %853, label %trap17.site0, label %ok126

ok126:                                            ; preds = %ok125
  %854 = getelementptr i8, i8* %mem, i64 %851
  %855 = icmp ult i64 %851, %scratch_start
  %856 = load i64, i64* %lowEnd, align 8
  %857 = load i64, i64* %highEnd, align 8
  %858 = call i64 @llvm.umax.i64(i64 %856, i64 %852)
  %859 = select i1 %855, i64 %858, i64 %856
  store i64 %859, i64* %lowEnd, align 8
  %860 = call i64 @llvm.umax.i64(i64 %857, i64 %852)
  %861 = select i1 %855, i64 %857, i64 %860
  store i64 %861, i64* %highEnd, align 8
  %862 = load i64, i64* %lowStart, align 8
  %863 = call i64 @llvm.umin.i64(i64 %862, i64 %851)
  store i64 %863, i64* %lowStart, align 8
  store i32 0, i32* %unaligned127, align 4
  %864 = bitcast i32* %unaligned127 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %854, i8* %864, i64 4, i1 false)
  %865 = load i32, i32* %spread, align 4
  store i32 %865, i32* %src, align 4
  store i32 0, i32* %i.3, align 4
  br label %loop38

block37:                                          ; preds = %dead138, %ok129
  %866 = load i32, i32* %dict.3, align 4
  %867 = load i32, i32* %dict.2, align 4
  %868 = zext i32 %867 to i64
  %869 = add i64 %868, 8
  %870 = icmp ugt i64 %869, %arena_size
  br i1 %870, label %trap17.site0, label %ok139

loop38:                                           ; preds = %stack_ok137, %ok126
  %871 = load i64, i64* %fuel, align 8
  %872 = icmp ult i64 %871, 1
  br i1 %872, label %trap14.site0, label %ok128

ok128:                                            ; preds = %loop38
  %873 = sub i64 %871, 1
  store i64 %873, i64* %fuel, align 8
  %874 = load i32, i32* %i.3, align 4
  %875 = load i32, i32* %src, align 4
  %876 = zext i32 %875 to i64
  %877 = add i64 %876, 4
  %878 = icmp ugt i64 %877, %arena_size
  br i1 %878, label %trap17.site0, label %ok129

ok129:                                            ; preds = %ok128
  %879 = getelementptr i8, i8* %mem, i64 %876
  %880 = bitcast i32* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %880, i8* %879, i64 4, i1 false)
  %881 = load i32, i32* %unaligned130, align 4
  %882 = icmp uge i32 %874, %881
  %883 = zext i1 %882 to i32
  %884 = icmp ne i32 %883, 0
  br i1 %884, label %block37, label %cont131

cont131:                                          ; preds = %ok129
  %885 = load i32, i32* %src, align 4
  %886 = add i32 %885, 8
  %887 = load i32, i32* %i.3, align 4
  %888 = mul i32 %887, 16
  %889 = add i32 %886, %888
  store i32 %889, i32* %at, align 4
  %890 = load i32, i32* %dict.3, align 4
  %891 = load i32, i32* %at, align 4
  %892 = zext i32 %891 to i64
  %893 = add i64 %892, 4
  %894 = icmp ugt i64 %893, %arena_size
  br i1 %894, label %trap17.site0, label %ok132

ok132:                                            ; preds = %cont131
  %895 = getelementptr i8, i8* %mem, i64 %892
  %896 = bitcast i32* %unaligned133 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %896, i8* %895, i64 4, i1 false)
  %897 = load i32, i32* %unaligned133, align 4
  %898 = load i32, i32* %at, align 4
  %899 = zext i32 %898 to i64
  %900 = add i64 %899, 8
  %901 = add i64 %900, 8
  %902 = icmp ugt i64 %901, %arena_size
  br i1 %902, label %trap17.site0, label %ok134

ok134:                                            ; preds = %ok132
  %903 = getelementptr i8, i8* %mem, i64 %900
  %904 = bitcast i64* %unaligned135 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %904, i8* %903, i64 8, i1 false)
  %905 = load i64, i64* %unaligned135, align 8
  %906 = icmp uge i32 %depth, 1000
  br i1 %906, label %trap15.site16, label %ok136

ok136:                                            ; preds = %ok134
  %907 = getelementptr i64, i64* %regs, i64 10
  %908 = load i64, i64* %907, align 8
  %909 = icmp ult i64 %10, %908
  br i1 %909, label %trap253.site0, label %stack_ok137

stack_ok137:                                      ; preds = %ok136
  %910 = load i64, i64* %fuel, align 8
  %911 = getelementptr i64, i64* %regs, i64 0
  store i64 %910, i64* %911, align 8
  %912 = load i64, i64* %lowStart, align 8
  %913 = getelementptr i64, i64* %regs, i64 6
  store i64 %912, i64* %913, align 8
  %914 = load i64, i64* %lowEnd, align 8
  %915 = getelementptr i64, i64* %regs, i64 7
  store i64 %914, i64* %915, align 8
  %916 = load i64, i64* %highEnd, align 8
  %917 = getelementptr i64, i64* %regs, i64 8
  store i64 %916, i64* %917, align 8
  %918 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %918, i32 %890, i32 %897, i64 %905)
  %919 = getelementptr i64, i64* %regs, i64 0
  %920 = load i64, i64* %919, align 8
  store i64 %920, i64* %fuel, align 8
  %921 = getelementptr i64, i64* %regs, i64 6
  %922 = load i64, i64* %921, align 8
  store i64 %922, i64* %lowStart, align 8
  %923 = getelementptr i64, i64* %regs, i64 7
  %924 = load i64, i64* %923, align 8
  store i64 %924, i64* %lowEnd, align 8
  %925 = getelementptr i64, i64* %regs, i64 8
  %926 = load i64, i64* %925, align 8
  store i64 %926, i64* %highEnd, align 8
  %927 = load i32, i32* %i.3, align 4
  %928 = add i32 %927, 1
  store i32 %928, i32* %i.3, align 4
  br label %loop38

dead138:                                          ; No predecessors!
  br label %block37

ok139:                                            ; preds = %block37
  %929 = getelementptr i8, i8* %mem, i64 %868
  %930 = bitcast i64* %unaligned140 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %930, i8* %929, i64 8, i1 false)
  %931 = load i64, i64* %unaligned140, align 8
  %932 = icmp uge i32 %depth, 1000
  br i1 %932, label %trap15.site16, label %ok141

ok141:                                            ; preds = %ok139
  %933 = getelementptr i64, i64* %regs, i64 10
  %934 = load i64, i64* %933, align 8
  %935 = icmp ult i64 %10, %934
  br i1 %935, label %trap253.site0, label %stack_ok142

stack_ok142:                                      ; preds = %ok141
  %936 = load i64, i64* %fuel, align 8
  %937 = getelementptr i64, i64* %regs, i64 0
  store i64 %936, i64* %937, align 8
  %938 = load i64, i64* %lowStart, align 8
  %939 = getelementptr i64, i64* %regs, i64 6
  store i64 %938, i64* %939, align 8
  %940 = load i64, i64* %lowEnd, align 8
  %941 = getelementptr i64, i64* %regs, i64 7
  store i64 %940, i64* %941, align 8
  %942 = load i64, i64* %highEnd, align 8
  %943 = getelementptr i64, i64* %regs, i64 8
  store i64 %942, i64* %943, align 8
  %944 = add i32 %depth, 1
  call void @m0.dict.put.Int(i64* %regs, i8* %mem, i32 %944, i32 %866, i32 8, i64 %931)
  %945 = getelementptr i64, i64* %regs, i64 0
  %946 = load i64, i64* %945, align 8
  store i64 %946, i64* %fuel, align 8
  %947 = getelementptr i64, i64* %regs, i64 6
  %948 = load i64, i64* %947, align 8
  store i64 %948, i64* %lowStart, align 8
  %949 = getelementptr i64, i64* %regs, i64 7
  %950 = load i64, i64* %949, align 8
  store i64 %950, i64* %lowEnd, align 8
  %951 = getelementptr i64, i64* %regs, i64 8
  %952 = load i64, i64* %951, align 8
  store i64 %952, i64* %highEnd, align 8
  %953 = load i32, i32* %dict.3, align 4
  store i32 %953, i32* %result119, align 4
  br label %e34

ok143:                                            ; preds = %e34
  %954 = getelementptr i8, i8* %mem, i64 %802
  %955 = icmp ult i64 %802, %scratch_start
  %956 = load i64, i64* %lowEnd, align 8
  %957 = load i64, i64* %highEnd, align 8
  %958 = call i64 @llvm.umax.i64(i64 %956, i64 %803)
  %959 = select i1 %955, i64 %958, i64 %956
  store i64 %959, i64* %lowEnd, align 8
  %960 = call i64 @llvm.umax.i64(i64 %957, i64 %803)
  %961 = select i1 %955, i64 %957, i64 %960
  store i64 %961, i64* %highEnd, align 8
  %962 = load i64, i64* %lowStart, align 8
  %963 = call i64 @llvm.umin.i64(i64 %962, i64 %802)
  store i64 %963, i64* %lowStart, align 8
  store i32 %800, i32* %unaligned144, align 4
  %964 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %954, i8* %964, i64 4, i1 false)
  %965 = load i32, i32* %prices, align 4
  %966 = zext i32 %965 to i64
  %967 = add i64 %966, 4
  %968 = icmp ugt i64 %967, %arena_size
  br i1 %968, label %trap17.site0, label %ok145

ok145:                                            ; preds = %ok143
  %969 = getelementptr i8, i8* %mem, i64 %966
  %970 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %970, i8* %969, i64 4, i1 false)
  %971 = load i32, i32* %unaligned146, align 4
  %972 = zext i32 %971 to i64
  store i64 %972, i64* %size.4, align 8
  %973 = load i32, i32* %dict, align 4
  %974 = load i64, i64* %size.4, align 8
  %975 = zext i32 %973 to i64
  %976 = add i64 %975, 32
  %977 = add i64 %976, 8
  %978 = icmp ugt i64 %977, %arena_size
  br i1 %978, label %trap17.site0, label %ok147

ok147:                                            ; preds = %ok145
  %979 = getelementptr i8, i8* %mem, i64 %976
  %980 = icmp ult i64 %976, %scratch_start
  %981 = load i64, i64* %lowEnd, align 8
  %982 = load i64, i64* %highEnd, align 8
  %983 = call i64 @llvm.umax.i64(i64 %981, i64 %977)
  %984 = select i1 %980, i64 %983, i64 %981
  store i64 %984, i64* %lowEnd, align 8
  %985 = call i64 @llvm.umax.i64(i64 %982, i64 %977)
  %986 = select i1 %980, i64 %982, i64 %985
  store i64 %986, i64* %highEnd, align 8
  %987 = load i64, i64* %lowStart, align 8
  %988 = call i64 @llvm.umin.i64(i64 %987, i64 %976)
  store i64 %988, i64* %lowStart, align 8
  store i64 %974, i64* %unaligned148, align 8
  %989 = bitcast i64* %unaligned148 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %979, i8* %989, i64 8, i1 false)
  %990 = load i32, i32* %dict, align 4
  store i32 %990, i32* %result5, align 4
  br label %e0

ok149:                                            ; preds = %e0
  %991 = getelementptr i64, i64* %regs, i64 10
  %992 = load i64, i64* %991, align 8
  %993 = icmp ult i64 %10, %992
  br i1 %993, label %trap253.site0, label %stack_ok150

trap15.site0:                                     ; preds = %e0
  %994 = load i64, i64* %lowStart, align 8
  %995 = getelementptr i64, i64* %regs, i64 6
  store i64 %994, i64* %995, align 8
  %996 = load i64, i64* %lowEnd, align 8
  %997 = getelementptr i64, i64* %regs, i64 7
  store i64 %996, i64* %997, align 8
  %998 = load i64, i64* %highEnd, align 8
  %999 = getelementptr i64, i64* %regs, i64 8
  store i64 %998, i64* %999, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok150:                                      ; preds = %ok149
  %1000 = load i64, i64* %fuel, align 8
  %1001 = getelementptr i64, i64* %regs, i64 0
  store i64 %1000, i64* %1001, align 8
  %1002 = load i64, i64* %lowStart, align 8
  %1003 = getelementptr i64, i64* %regs, i64 6
  store i64 %1002, i64* %1003, align 8
  %1004 = load i64, i64* %lowEnd, align 8
  %1005 = getelementptr i64, i64* %regs, i64 7
  store i64 %1004, i64* %1005, align 8
  %1006 = load i64, i64* %highEnd, align 8
  %1007 = getelementptr i64, i64* %regs, i64 8
  store i64 %1006, i64* %1007, align 8
  %1008 = add i32 %depth, 1
  %1009 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %1008, i32 %90, i32 %91, i32 0)
  %1010 = getelementptr i64, i64* %regs, i64 0
  %1011 = load i64, i64* %1010, align 8
  store i64 %1011, i64* %fuel, align 8
  %1012 = getelementptr i64, i64* %regs, i64 6
  %1013 = load i64, i64* %1012, align 8
  store i64 %1013, i64* %lowStart, align 8
  %1014 = getelementptr i64, i64* %regs, i64 7
  %1015 = load i64, i64* %1014, align 8
  store i64 %1015, i64* %lowEnd, align 8
  %1016 = getelementptr i64, i64* %regs, i64 8
  %1017 = load i64, i64* %1016, align 8
  store i64 %1017, i64* %highEnd, align 8
  store i32 %1009, i32* %json_end, align 4
  %1018 = load i32, i32* %json_end, align 4
  %1019 = icmp eq i32 %1018, -2
  %1020 = zext i1 %1019 to i32
  %1021 = icmp ne i32 %1020, 0
  br i1 %1021, label %then151, label %else152

then151:                                          ; preds = %stack_ok150
  br label %trap16.site4

else152:                                          ; preds = %stack_ok150
  br label %join153

join153:                                          ; preds = %else152, %dead154
  %1022 = load i32, i32* %json_end, align 4
  %1023 = icmp eq i32 %1022, -1
  %1024 = zext i1 %1023 to i32
  %1025 = icmp ne i32 %1024, 0
  br i1 %1025, label %then155, label %else156

trap16.site4:                                     ; preds = %then151
  %1026 = load i64, i64* %lowStart, align 8
  %1027 = getelementptr i64, i64* %regs, i64 6
  store i64 %1026, i64* %1027, align 8
  %1028 = load i64, i64* %lowEnd, align 8
  %1029 = getelementptr i64, i64* %regs, i64 7
  store i64 %1028, i64* %1029, align 8
  %1030 = load i64, i64* %highEnd, align 8
  %1031 = getelementptr i64, i64* %regs, i64 8
  store i64 %1030, i64* %1031, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead154:                                          ; No predecessors!
  br label %join153

then155:                                          ; preds = %join153
  br label %trap15.site4

else156:                                          ; preds = %join153
  br label %join157

join157:                                          ; preds = %else156, %dead158
  %1032 = load i32, i32* %json_end, align 4
  %1033 = zext i32 %1032 to i64
  %1034 = getelementptr i64, i64* %regs, i64 3
  store i64 %1033, i64* %1034, align 8
  %1035 = load i32, i32* %json_end, align 4
  %1036 = load i32, i32* %json_start, align 4
  %1037 = sub i32 %1035, %1036
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
  ret i32 %1037

dead158:                                          ; No predecessors!
  br label %join157
}
