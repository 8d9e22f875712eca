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
;   @m0.codec.skip
;   @m0.codec.dec.int.1
;   @m0.codec.dec.list.0
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
  %arg0_at = alloca i32, align 4
  store i32 0, i32* %arg0_at, align 4
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
  %unaligned78 = alloca i32, align 4
  %unaligned85 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %ws16, %ws14, %ws9, %ws7, %args4, %ws3, %ws1, %body
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

trap15.site0:                                     ; preds = %ok70, %join68, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok71, %ok49, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok83, %join75, %cont61, %ws_done13, %cont52, %cont43, %cont38, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join59
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then66, label %else67

args4:                                            ; preds = %ws_done15, %then17
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

match5:                                           ; preds = %join31, %then33
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
  store i32 -1, i32* %result, align 4
  br label %match5

ok32:                                             ; preds = %then29
  %252 = getelementptr i8, i8* %mem, i64 %249
  %253 = bitcast i16* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %253, i8* %252, i64 2, i1 false)
  %254 = load i16, i16* %unaligned, align 2
  %255 = zext i16 %254 to i32
  %256 = icmp eq i32 %255, 29560
  %257 = zext i1 %256 to i32
  %258 = icmp ne i32 %257, 0
  br i1 %258, label %then33, label %else34

then33:                                           ; preds = %ok32
  store i32 0, i32* %result, align 4
  br label %match5

else34:                                           ; preds = %ok32
  br label %join35

join35:                                           ; preds = %else34, %dead36
  br label %join31

dead36:                                           ; No predecessors!
  br label %join35

ws_done6:                                         ; preds = %dead41, %ok39, %ok37
  %259 = load i32, i32* %args_pos, align 4
  %260 = add i32 %259, 1
  store i32 %260, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont40, %match5
  %261 = load i64, i64* %fuel, align 8
  %262 = icmp ult i64 %261, 1
  br i1 %262, label %trap14.site0, label %ok37

ok37:                                             ; preds = %ws7
  %263 = sub i64 %261, 1
  store i64 %263, i64* %fuel, align 8
  %264 = load i32, i32* %args_pos, align 4
  %265 = load i32, i32* %args_end, align 4
  %266 = icmp uge i32 %264, %265
  %267 = zext i1 %266 to i32
  %268 = icmp ne i32 %267, 0
  br i1 %268, label %ws_done6, label %cont38

cont38:                                           ; preds = %ok37
  %269 = load i32, i32* %args_pos, align 4
  %270 = zext i32 %269 to i64
  %271 = add i64 %270, 1
  %272 = icmp ugt i64 %271, %arena_size
  br i1 %272, label %trap17.site0, label %ok39

ok39:                                             ; preds = %cont38
  %273 = getelementptr i8, i8* %mem, i64 %270
  %274 = load i8, i8* %273, align 1
  %275 = zext i8 %274 to i32
  store i32 %275, i32* %ws, align 4
  %276 = load i32, i32* %ws, align 4
  %277 = icmp ule i32 %276, 32
  %278 = zext i1 %277 to i32
  %279 = icmp eq i32 %278, 0
  %280 = zext i1 %279 to i32
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %ws_done6, label %cont40

cont40:                                           ; preds = %ok39
  %282 = load i32, i32* %args_pos, align 4
  %283 = add i32 %282, 1
  store i32 %283, i32* %args_pos, align 4
  br label %ws7

dead41:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead46, %ok44, %ok42
  %284 = load i32, i32* %args_c, align 4
  switch i32 %284, label %default11 [
    i32 0, label %case12
  ]

ws9:                                              ; preds = %cont45, %ws_done6
  %285 = load i64, i64* %fuel, align 8
  %286 = icmp ult i64 %285, 1
  br i1 %286, label %trap14.site0, label %ok42

ok42:                                             ; preds = %ws9
  %287 = sub i64 %285, 1
  store i64 %287, i64* %fuel, align 8
  %288 = load i32, i32* %args_pos, align 4
  %289 = load i32, i32* %args_end, align 4
  %290 = icmp uge i32 %288, %289
  %291 = zext i1 %290 to i32
  %292 = icmp ne i32 %291, 0
  br i1 %292, label %ws_done8, label %cont43

cont43:                                           ; preds = %ok42
  %293 = load i32, i32* %args_pos, align 4
  %294 = zext i32 %293 to i64
  %295 = add i64 %294, 1
  %296 = icmp ugt i64 %295, %arena_size
  br i1 %296, label %trap17.site0, label %ok44

ok44:                                             ; preds = %cont43
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
  br i1 %305, label %ws_done8, label %cont45

cont45:                                           ; preds = %ok44
  %306 = load i32, i32* %args_pos, align 4
  %307 = add i32 %306, 1
  store i32 %307, i32* %args_pos, align 4
  br label %ws9

dead46:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12
  %308 = load i32, i32* %args_pos, align 4
  %309 = load i32, i32* %args_end, align 4
  %310 = icmp uge i32 %depth, 1000
  br i1 %310, label %trap15.site0, label %ok49

default11:                                        ; preds = %dead48, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead47, %ws_done8
  %311 = load i32, i32* %args_pos, align 4
  store i32 %311, i32* %arg0_at, align 4
  br label %switch10

dead47:                                           ; No predecessors!
  br label %case12

dead48:                                           ; No predecessors!
  br label %default11

ok49:                                             ; preds = %switch10
  %312 = getelementptr i64, i64* %regs, i64 10
  %313 = load i64, i64* %312, align 8
  %314 = icmp ult i64 %10, %313
  br i1 %314, label %trap253.site0, label %stack_ok50

stack_ok50:                                       ; preds = %ok49
  %315 = load i64, i64* %fuel, align 8
  %316 = getelementptr i64, i64* %regs, i64 0
  store i64 %315, i64* %316, align 8
  %317 = load i64, i64* %lowStart, align 8
  %318 = getelementptr i64, i64* %regs, i64 6
  store i64 %317, i64* %318, align 8
  %319 = load i64, i64* %lowEnd, align 8
  %320 = getelementptr i64, i64* %regs, i64 7
  store i64 %319, i64* %320, align 8
  %321 = load i64, i64* %highEnd, align 8
  %322 = getelementptr i64, i64* %regs, i64 8
  store i64 %321, i64* %322, align 8
  %323 = add i32 %depth, 1
  %324 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %323, i32 %308, i32 %309)
  %325 = getelementptr i64, i64* %regs, i64 0
  %326 = load i64, i64* %325, align 8
  store i64 %326, i64* %fuel, align 8
  %327 = getelementptr i64, i64* %regs, i64 6
  %328 = load i64, i64* %327, align 8
  store i64 %328, i64* %lowStart, align 8
  %329 = getelementptr i64, i64* %regs, i64 7
  %330 = load i64, i64* %329, align 8
  store i64 %330, i64* %lowEnd, align 8
  %331 = getelementptr i64, i64* %regs, i64 8
  %332 = load i64, i64* %331, align 8
  store i64 %332, i64* %highEnd, align 8
  store i32 %324, i32* %args_pos, align 4
  br label %ws14

ws_done13:                                        ; preds = %dead55, %ok53, %ok51
  %333 = load i32, i32* %args_pos, align 4
  %334 = zext i32 %333 to i64
  %335 = add i64 %334, 1
  %336 = icmp ugt i64 %335, %arena_size
  br i1 %336, label %trap17.site0, label %ok56

ws14:                                             ; preds = %cont54, %stack_ok50
  %337 = load i64, i64* %fuel, align 8
  %338 = icmp ult i64 %337, 1
  br i1 %338, label %trap14.site0, label %ok51

ok51:                                             ; preds = %ws14
  %339 = sub i64 %337, 1
  store i64 %339, i64* %fuel, align 8
  %340 = load i32, i32* %args_pos, align 4
  %341 = load i32, i32* %args_end, align 4
  %342 = icmp uge i32 %340, %341
  %343 = zext i1 %342 to i32
  %344 = icmp ne i32 %343, 0
  br i1 %344, label %ws_done13, label %cont52

cont52:                                           ; preds = %ok51
  %345 = load i32, i32* %args_pos, align 4
  %346 = zext i32 %345 to i64
  %347 = add i64 %346, 1
  %348 = icmp ugt i64 %347, %arena_size
  br i1 %348, label %trap17.site0, label %ok53

ok53:                                             ; preds = %cont52
  %349 = getelementptr i8, i8* %mem, i64 %346
  %350 = load i8, i8* %349, align 1
  %351 = zext i8 %350 to i32
  store i32 %351, i32* %ws, align 4
  %352 = load i32, i32* %ws, align 4
  %353 = icmp ule i32 %352, 32
  %354 = zext i1 %353 to i32
  %355 = icmp eq i32 %354, 0
  %356 = zext i1 %355 to i32
  %357 = icmp ne i32 %356, 0
  br i1 %357, label %ws_done13, label %cont54

cont54:                                           ; preds = %ok53
  %358 = load i32, i32* %args_pos, align 4
  %359 = add i32 %358, 1
  store i32 %359, i32* %args_pos, align 4
  br label %ws14

dead55:                                           ; No predecessors!
  br label %ws_done13

ok56:                                             ; preds = %ws_done13
  %360 = getelementptr i8, i8* %mem, i64 %334
  %361 = load i8, i8* %360, align 1
  %362 = zext i8 %361 to i32
  store i32 %362, i32* %args_c, align 4
  %363 = load i32, i32* %args_pos, align 4
  %364 = add i32 %363, 1
  store i32 %364, i32* %args_pos, align 4
  %365 = load i32, i32* %args_c, align 4
  %366 = icmp eq i32 %365, 44
  %367 = zext i1 %366 to i32
  %368 = icmp ne i32 %367, 0
  br i1 %368, label %then57, label %else58

then57:                                           ; preds = %ok56
  br label %ws16

else58:                                           ; preds = %ok56
  br label %join59

join59:                                           ; preds = %else58, %dead65
  br label %join19

ws_done15:                                        ; preds = %dead64, %ok62, %ok60
  br label %args4

ws16:                                             ; preds = %cont63, %then57
  %369 = load i64, i64* %fuel, align 8
  %370 = icmp ult i64 %369, 1
  br i1 %370, label %trap14.site0, label %ok60

ok60:                                             ; preds = %ws16
  %371 = sub i64 %369, 1
  store i64 %371, i64* %fuel, align 8
  %372 = load i32, i32* %args_pos, align 4
  %373 = load i32, i32* %args_end, align 4
  %374 = icmp uge i32 %372, %373
  %375 = zext i1 %374 to i32
  %376 = icmp ne i32 %375, 0
  br i1 %376, label %ws_done15, label %cont61

cont61:                                           ; preds = %ok60
  %377 = load i32, i32* %args_pos, align 4
  %378 = zext i32 %377 to i64
  %379 = add i64 %378, 1
  %380 = icmp ugt i64 %379, %arena_size
  br i1 %380, label %trap17.site0, label %ok62

ok62:                                             ; preds = %cont61
  %381 = getelementptr i8, i8* %mem, i64 %378
  %382 = load i8, i8* %381, align 1
  %383 = zext i8 %382 to i32
  store i32 %383, i32* %ws, align 4
  %384 = load i32, i32* %ws, align 4
  %385 = icmp ule i32 %384, 32
  %386 = zext i1 %385 to i32
  %387 = icmp eq i32 %386, 0
  %388 = zext i1 %387 to i32
  %389 = icmp ne i32 %388, 0
  br i1 %389, label %ws_done15, label %cont63

cont63:                                           ; preds = %ok62
  %390 = load i32, i32* %args_pos, align 4
  %391 = add i32 %390, 1
  store i32 %391, i32* %args_pos, align 4
  br label %ws16

dead64:                                           ; No predecessors!
  br label %ws_done15

dead65:                                           ; No predecessors!
  br label %join59

then66:                                           ; preds = %join19
  br label %trap9.site2

else67:                                           ; preds = %join19
  br label %join68

join68:                                           ; preds = %else67, %dead69
  %392 = getelementptr i64, i64* %regs, i64 1
  %393 = getelementptr i64, i64* %regs, i64 2
  %394 = load i64, i64* %392, align 8
  %395 = add i64 %394, 3
  %396 = and i64 %395, -4
  %397 = add i64 %396, 4
  %398 = load i64, i64* %393, align 8
  %399 = icmp ugt i64 %397, %398
  br i1 %399, label %trap15.site0, label %ok70

trap9.site2:                                      ; preds = %then66
  %400 = load i64, i64* %lowStart, align 8
  %401 = getelementptr i64, i64* %regs, i64 6
  store i64 %400, i64* %401, align 8
  %402 = load i64, i64* %lowEnd, align 8
  %403 = getelementptr i64, i64* %regs, i64 7
  store i64 %402, i64* %403, align 8
  %404 = load i64, i64* %highEnd, align 8
  %405 = getelementptr i64, i64* %regs, i64 8
  store i64 %404, i64* %405, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead69:                                           ; No predecessors!
  br label %join68

ok70:                                             ; preds = %join68
  store i64 %397, i64* %392, align 8
  %406 = trunc i64 %396 to i32
  store i32 %406, i32* %cell, align 4
  %407 = load i32, i32* %arg0_at, align 4
  %408 = load i32, i32* %args_end, align 4
  %409 = load i32, i32* %cell, align 4
  %410 = icmp uge i32 %depth, 1000
  br i1 %410, label %trap15.site0, label %ok71

ok71:                                             ; preds = %ok70
  %411 = getelementptr i64, i64* %regs, i64 10
  %412 = load i64, i64* %411, align 8
  %413 = icmp ult i64 %10, %412
  br i1 %413, label %trap253.site0, label %stack_ok72

stack_ok72:                                       ; preds = %ok71
  %414 = load i64, i64* %fuel, align 8
  %415 = getelementptr i64, i64* %regs, i64 0
  store i64 %414, i64* %415, align 8
  %416 = load i64, i64* %lowStart, align 8
  %417 = getelementptr i64, i64* %regs, i64 6
  store i64 %416, i64* %417, align 8
  %418 = load i64, i64* %lowEnd, align 8
  %419 = getelementptr i64, i64* %regs, i64 7
  store i64 %418, i64* %419, align 8
  %420 = load i64, i64* %highEnd, align 8
  %421 = getelementptr i64, i64* %regs, i64 8
  store i64 %420, i64* %421, align 8
  %422 = add i32 %depth, 1
  %423 = call i32 @m0.codec.dec.list.0(i64* %regs, i8* %mem, i32 %422, i32 %407, i32 %408, i32 %409)
  %424 = getelementptr i64, i64* %regs, i64 0
  %425 = load i64, i64* %424, align 8
  store i64 %425, i64* %fuel, align 8
  %426 = getelementptr i64, i64* %regs, i64 6
  %427 = load i64, i64* %426, align 8
  store i64 %427, i64* %lowStart, align 8
  %428 = getelementptr i64, i64* %regs, i64 7
  %429 = load i64, i64* %428, align 8
  store i64 %429, i64* %lowEnd, align 8
  %430 = getelementptr i64, i64* %regs, i64 8
  %431 = load i64, i64* %430, align 8
  store i64 %431, i64* %highEnd, align 8
  %432 = icmp slt i32 %423, 0
  %433 = zext i1 %432 to i32
  %434 = icmp ne i32 %433, 0
  br i1 %434, label %then73, label %else74

then73:                                           ; preds = %stack_ok72
  br label %trap11.site2

else74:                                           ; preds = %stack_ok72
  br label %join75

join75:                                           ; preds = %else74, %dead76
  %435 = load i32, i32* %cell, align 4
  %436 = zext i32 %435 to i64
  %437 = add i64 %436, 4
  %438 = icmp ugt i64 %437, %arena_size
  br i1 %438, label %trap17.site0, label %ok77

trap11.site2:                                     ; preds = %then73
  %439 = load i64, i64* %lowStart, align 8
  %440 = getelementptr i64, i64* %regs, i64 6
  store i64 %439, i64* %440, align 8
  %441 = load i64, i64* %lowEnd, align 8
  %442 = getelementptr i64, i64* %regs, i64 7
  store i64 %441, i64* %442, align 8
  %443 = load i64, i64* %highEnd, align 8
  %444 = getelementptr i64, i64* %regs, i64 8
  store i64 %443, i64* %444, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead76:                                           ; No predecessors!
  br label %join75

ok77:                                             ; preds = %join75
  %445 = getelementptr i8, i8* %mem, i64 %436
  %446 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %446, i8* %445, i64 4, i1 false)
  %447 = load i32, i32* %unaligned78, align 4
  store i32 %447, i32* %arg, align 4
  %448 = load i32, i32* %args_unexpected, align 4
  %449 = icmp ne i32 %448, 0
  br i1 %449, label %then79, label %else80

then79:                                           ; preds = %ok77
  br label %trap10.site1

else80:                                           ; preds = %ok77
  br label %join81

join81:                                           ; preds = %else80, %dead82
  %450 = getelementptr i64, i64* %regs, i64 1
  %451 = getelementptr i64, i64* %regs, i64 2
  %452 = load i64, i64* %450, align 8
  %453 = add i64 %452, 7
  %454 = and i64 %453, -8
  %455 = add i64 %454, 8
  %456 = load i64, i64* %451, align 8
  %457 = icmp ugt i64 %455, %456
  br i1 %457, label %trap15.site1, label %ok83

trap10.site1:                                     ; preds = %then79
  %458 = load i64, i64* %lowStart, align 8
  %459 = getelementptr i64, i64* %regs, i64 6
  store i64 %458, i64* %459, align 8
  %460 = load i64, i64* %lowEnd, align 8
  %461 = getelementptr i64, i64* %regs, i64 7
  store i64 %460, i64* %461, align 8
  %462 = load i64, i64* %highEnd, align 8
  %463 = getelementptr i64, i64* %regs, i64 8
  store i64 %462, i64* %463, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead82:                                           ; No predecessors!
  br label %join81

ok83:                                             ; preds = %join81
  store i64 %455, i64* %450, align 8
  %464 = trunc i64 %454 to i32
  store i32 %464, i32* %args_out, align 4
  %465 = load i32, i32* %args_out, align 4
  %466 = load i32, i32* %arg, align 4
  %467 = zext i32 %465 to i64
  %468 = add i64 %467, 4
  %469 = icmp ugt i64 %468, %arena_size
  br i1 %469, label %trap17.site0, label %ok84

trap15.site1:                                     ; preds = %join81
  %470 = load i64, i64* %lowStart, align 8
  %471 = getelementptr i64, i64* %regs, i64 6
  store i64 %470, i64* %471, align 8
  %472 = load i64, i64* %lowEnd, align 8
  %473 = getelementptr i64, i64* %regs, i64 7
  store i64 %472, i64* %473, align 8
  %474 = load i64, i64* %highEnd, align 8
  %475 = getelementptr i64, i64* %regs, i64 8
  store i64 %474, i64* %475, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok84:                                             ; preds = %ok83
  %476 = getelementptr i8, i8* %mem, i64 %467
  %477 = icmp ult i64 %467, %scratch_start
  %478 = load i64, i64* %lowEnd, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = call i64 @llvm.umax.i64(i64 %478, i64 %468)
  %481 = select i1 %477, i64 %480, i64 %478
  store i64 %481, i64* %lowEnd, align 8
  %482 = call i64 @llvm.umax.i64(i64 %479, i64 %468)
  %483 = select i1 %477, i64 %479, i64 %482
  store i64 %483, i64* %highEnd, align 8
  %484 = load i64, i64* %lowStart, align 8
  %485 = call i64 @llvm.umin.i64(i64 %484, i64 %467)
  store i64 %485, i64* %lowStart, align 8
  store i32 %466, i32* %unaligned85, align 4
  %486 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %476, i8* %486, i64 4, i1 false)
  %487 = load i32, i32* %args_out, align 4
  %488 = load i64, i64* %fuel, align 8
  %489 = getelementptr i64, i64* %regs, i64 0
  store i64 %488, i64* %489, align 8
  %490 = load i64, i64* %lowStart, align 8
  %491 = getelementptr i64, i64* %regs, i64 6
  store i64 %490, i64* %491, align 8
  %492 = load i64, i64* %lowEnd, align 8
  %493 = getelementptr i64, i64* %regs, i64 7
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %highEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 8
  store i64 %494, i64* %495, align 8
  ret i32 %487
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
  %unaligned = alloca i32, align 4
  %result3 = alloca i32, align 4
  %result5 = alloca i32, align 4
  %unaligned7 = alloca i32, align 4
  %unaligned10 = alloca i32, align 4
  %unaligned13 = alloca i64, align 8
  %unaligned19 = alloca i64, align 8
  %unaligned22 = alloca i32, align 4
  %unaligned24 = alloca i32, align 4
  %result25 = alloca i32, align 4
  %unaligned27 = alloca i32, align 4
  %unaligned34 = alloca i32, align 4
  %unaligned38 = alloca i64, align 8
  %result44 = alloca i32, align 4
  %result48 = alloca i64, align 8
  %unaligned62 = alloca i64, align 8
  %unaligned65 = alloca i32, align 4
  %unaligned67 = alloca i32, align 4
  %unaligned70 = alloca i32, align 4
  %unaligned72 = alloca i32, align 4
  %result73 = alloca i32, align 4
  %result74 = alloca i32, align 4
  %unaligned76 = alloca i32, align 4
  %unaligned83 = alloca i32, align 4
  %unaligned87 = alloca i64, align 8
  %unaligned90 = alloca i64, align 8
  %unaligned93 = alloca i32, align 4
  %unaligned95 = alloca i32, align 4
  %unaligned97 = alloca i32, align 4
  %unaligned104 = alloca i64, align 8
  %unaligned106 = alloca i32, align 4
  %unaligned110 = alloca i32, align 4
  %unaligned114 = alloca i32, align 4
  %unaligned116 = alloca i32, align 4
  %result117 = alloca i32, align 4
  %unaligned119 = alloca i32, align 4
  %unaligned126 = alloca i32, align 4
  %unaligned130 = alloca i64, align 8
  %result131 = alloca i32, align 4
  %unaligned134 = alloca i64, align 8
  %unaligned139 = alloca i32, align 4
  %unaligned142 = alloca i32, align 4
  %unaligned144 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each41, %each34, %range24, %each14, %each4, %body
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

trap253.site0:                                    ; preds = %ok145, %ok1
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
  %63 = getelementptr i64, i64* %regs, i64 1
  %64 = getelementptr i64, i64* %regs, i64 2
  %65 = load i64, i64* %63, align 8
  %66 = add i64 %65, 7
  %67 = and i64 %66, -8
  %68 = add i64 %67, 16
  %69 = load i64, i64* %64, align 8
  %70 = icmp ugt i64 %68, %69
  br i1 %70, label %trap15.site3, label %ok4

trap17.site0:                                     ; preds = %e38, %block40, %e42, %ok136, %ok132, %cont128, %ok124, %ok115, %e28, %ok112, %ok108, %ok103, %ok102, %ok94, %e31, %block33, %ok88, %cont85, %ok81, %ok71, %e11, %block13, %e20, %block23, %ok60, %cont36, %ok32, %ok23, %e1, %block3, %ok17, %cont, %ok8, %ok4, %stack_ok
  %71 = load i64, i64* %lowStart, align 8
  %72 = getelementptr i64, i64* %regs, i64 6
  store i64 %71, i64* %72, align 8
  %73 = load i64, i64* %lowEnd, align 8
  %74 = getelementptr i64, i64* %regs, i64 7
  store i64 %73, i64* %74, align 8
  %75 = load i64, i64* %highEnd, align 8
  %76 = getelementptr i64, i64* %regs, i64 8
  store i64 %75, i64* %76, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

e0:                                               ; preds = %ok143
  %77 = load i32, i32* %result3, align 4
  store i32 %77, i32* %result, align 4
  %78 = load i32, i32* %result, align 4
  store i32 %78, i32* %result.1, align 4
  %79 = getelementptr i64, i64* %regs, i64 3
  %80 = load i64, i64* %79, align 8
  %81 = trunc i64 %80 to i32
  store i32 %81, i32* %json_start, align 4
  %82 = load i32, i32* %result.1, align 4
  %83 = load i32, i32* %json_start, align 4
  %84 = icmp uge i32 %depth, 1000
  br i1 %84, label %trap15.site0, label %ok145

ok4:                                              ; preds = %ok2
  store i64 %68, i64* %63, align 8
  %85 = trunc i64 %67 to i32
  store i32 %85, i32* %dict, align 4
  %86 = load i32, i32* %xs, align 4
  store i32 %86, i32* %xs.1, align 4
  %87 = load i32, i32* %xs.1, align 4
  %88 = zext i32 %87 to i64
  %89 = add i64 %88, 4
  %90 = icmp ugt i64 %89, %arena_size
  br i1 %90, label %trap17.site0, label %ok6

trap15.site3:                                     ; preds = %then151, %ok2
  %91 = load i64, i64* %lowStart, align 8
  %92 = getelementptr i64, i64* %regs, i64 6
  store i64 %91, i64* %92, align 8
  %93 = load i64, i64* %lowEnd, align 8
  %94 = getelementptr i64, i64* %regs, i64 7
  store i64 %93, i64* %94, align 8
  %95 = load i64, i64* %highEnd, align 8
  %96 = getelementptr i64, i64* %regs, i64 8
  store i64 %95, i64* %96, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

e1:                                               ; preds = %ok21
  %97 = load i32, i32* %result5, align 4
  store i32 %97, i32* %squares_of_positive, align 4
  %98 = load i32, i32* %dict, align 4
  %99 = load i32, i32* %squares_of_positive, align 4
  %100 = zext i32 %98 to i64
  %101 = add i64 %100, 4
  %102 = icmp ugt i64 %101, %arena_size
  br i1 %102, label %trap17.site0, label %ok23

ok6:                                              ; preds = %ok4
  %103 = getelementptr i8, i8* %mem, i64 %88
  %104 = bitcast i32* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %104, i8* %103, i64 4, i1 false)
  %105 = load i32, i32* %unaligned7, align 4
  %106 = zext i32 %105 to i64
  %107 = mul i64 %106, 8
  %108 = add i64 8, %107
  store i64 %108, i64* %size, align 8
  %109 = load i64, i64* %size, align 8
  %110 = icmp ugt i64 %109, 2147483647
  %111 = zext i1 %110 to i32
  %112 = icmp ne i32 %111, 0
  br i1 %112, label %then, label %else

then:                                             ; preds = %ok6
  br label %trap15.site4

else:                                             ; preds = %ok6
  br label %join

join:                                             ; preds = %else, %dead
  %113 = load i64, i64* %size, align 8
  %114 = trunc i64 %113 to i32
  %115 = zext i32 %114 to i64
  %116 = getelementptr i64, i64* %regs, i64 1
  %117 = getelementptr i64, i64* %regs, i64 2
  %118 = load i64, i64* %116, align 8
  %119 = add i64 %118, 7
  %120 = and i64 %119, -8
  %121 = add i64 %120, %115
  %122 = load i64, i64* %117, align 8
  %123 = icmp ugt i64 %121, %122
  br i1 %123, label %trap15.site4, label %ok8

trap15.site4:                                     ; preds = %join, %then
  %124 = load i64, i64* %lowStart, align 8
  %125 = getelementptr i64, i64* %regs, i64 6
  store i64 %124, i64* %125, align 8
  %126 = load i64, i64* %lowEnd, align 8
  %127 = getelementptr i64, i64* %regs, i64 7
  store i64 %126, i64* %127, align 8
  %128 = load i64, i64* %highEnd, align 8
  %129 = getelementptr i64, i64* %regs, i64 8
  store i64 %128, i64* %129, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

dead:                                             ; No predecessors!
  br label %join

ok8:                                              ; preds = %join
  store i64 %121, i64* %116, align 8
  %130 = trunc i64 %120 to i32
  store i32 %130, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %131 = load i32, i32* %xs.1, align 4
  %132 = zext i32 %131 to i64
  %133 = add i64 %132, 4
  %134 = icmp ugt i64 %133, %arena_size
  br i1 %134, label %trap17.site0, label %ok9

ok9:                                              ; preds = %ok8
  %135 = getelementptr i8, i8* %mem, i64 %132
  %136 = bitcast i32* %unaligned10 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %136, i8* %135, i64 4, i1 false)
  %137 = load i32, i32* %unaligned10, align 4
  store i32 %137, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each4

block3:                                           ; preds = %dead20, %ok11
  %138 = load i32, i32* %list, align 4
  %139 = load i32, i32* %len, align 4
  %140 = zext i32 %138 to i64
  %141 = add i64 %140, 4
  %142 = icmp ugt i64 %141, %arena_size
  br i1 %142, label %trap17.site0, label %ok21

each4:                                            ; preds = %join16, %ok9
  %143 = load i64, i64* %fuel, align 8
  %144 = icmp ult i64 %143, 1
  br i1 %144, label %trap14.site0, label %ok11

ok11:                                             ; preds = %each4
  %145 = sub i64 %143, 1
  store i64 %145, i64* %fuel, align 8
  %146 = load i32, i32* %k, align 4
  %147 = load i32, i32* %n, align 4
  %148 = icmp uge i32 %146, %147
  %149 = zext i1 %148 to i32
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %block3, label %cont

cont:                                             ; preds = %ok11
  %151 = load i32, i32* %xs.1, align 4
  %152 = load i32, i32* %k, align 4
  %153 = mul i32 %152, 8
  %154 = add i32 %151, %153
  %155 = zext i32 %154 to i64
  %156 = add i64 %155, 8
  %157 = add i64 %156, 8
  %158 = icmp ugt i64 %157, %arena_size
  br i1 %158, label %trap17.site0, label %ok12

ok12:                                             ; preds = %cont
  %159 = getelementptr i8, i8* %mem, i64 %156
  %160 = bitcast i64* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %160, i8* %159, i64 8, i1 false)
  %161 = load i64, i64* %unaligned13, align 8
  store i64 %161, i64* %x, align 8
  %162 = load i64, i64* %x, align 8
  store i64 %162, i64* %x.1, align 8
  %163 = load i64, i64* %x.1, align 8
  %164 = icmp sgt i64 %163, 0
  %165 = zext i1 %164 to i32
  %166 = icmp ne i32 %165, 0
  br i1 %166, label %then14, label %else15

then14:                                           ; preds = %ok12
  %167 = load i32, i32* %list, align 4
  %168 = load i32, i32* %len, align 4
  %169 = mul i32 %168, 8
  %170 = add i32 %167, %169
  %171 = load i64, i64* %x.1, align 8
  %172 = load i64, i64* %x.1, align 8
  %173 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %171, i64 %172)
  %174 = extractvalue { i64, i1 } %173, 1
  br i1 %174, label %trap2.site6, label %ok17

else15:                                           ; preds = %ok12
  br label %join16

join16:                                           ; preds = %else15, %ok18
  %175 = load i32, i32* %k, align 4
  %176 = add i32 %175, 1
  store i32 %176, i32* %k, align 4
  br label %each4

ok17:                                             ; preds = %then14
  %177 = extractvalue { i64, i1 } %173, 0
  %178 = zext i32 %170 to i64
  %179 = add i64 %178, 8
  %180 = add i64 %179, 8
  %181 = icmp ugt i64 %180, %arena_size
  br i1 %181, label %trap17.site0, label %ok18

trap2.site6:                                      ; preds = %then14
  %182 = load i64, i64* %lowStart, align 8
  %183 = getelementptr i64, i64* %regs, i64 6
  store i64 %182, i64* %183, align 8
  %184 = load i64, i64* %lowEnd, align 8
  %185 = getelementptr i64, i64* %regs, i64 7
  store i64 %184, i64* %185, align 8
  %186 = load i64, i64* %highEnd, align 8
  %187 = getelementptr i64, i64* %regs, i64 8
  store i64 %186, i64* %187, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok18:                                             ; preds = %ok17
  %188 = getelementptr i8, i8* %mem, i64 %179
  %189 = icmp ult i64 %179, %scratch_start
  %190 = load i64, i64* %lowEnd, align 8
  %191 = load i64, i64* %highEnd, align 8
  %192 = call i64 @llvm.umax.i64(i64 %190, i64 %180)
  %193 = select i1 %189, i64 %192, i64 %190
  store i64 %193, i64* %lowEnd, align 8
  %194 = call i64 @llvm.umax.i64(i64 %191, i64 %180)
  %195 = select i1 %189, i64 %191, i64 %194
  store i64 %195, i64* %highEnd, align 8
  %196 = load i64, i64* %lowStart, align 8
  %197 = call i64 @llvm.umin.i64(i64 %196, i64 %179)
  store i64 %197, i64* %lowStart, align 8
  store i64 %177, i64* %unaligned19, align 8
  %198 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %188, i8* %198, i64 8, i1 false)
  %199 = load i32, i32* %len, align 4
  %200 = add i32 %199, 1
  store i32 %200, i32* %len, align 4
  br label %join16

dead20:                                           ; No predecessors!
  br label %block3

ok21:                                             ; preds = %block3
  %201 = getelementptr i8, i8* %mem, i64 %140
  %202 = icmp ult i64 %140, %scratch_start
  %203 = load i64, i64* %lowEnd, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = call i64 @llvm.umax.i64(i64 %203, i64 %141)
  %206 = select i1 %202, i64 %205, i64 %203
  store i64 %206, i64* %lowEnd, align 8
  %207 = call i64 @llvm.umax.i64(i64 %204, i64 %141)
  %208 = select i1 %202, i64 %204, i64 %207
  store i64 %208, i64* %highEnd, align 8
  %209 = load i64, i64* %lowStart, align 8
  %210 = call i64 @llvm.umin.i64(i64 %209, i64 %140)
  store i64 %210, i64* %lowStart, align 8
  store i32 %139, i32* %unaligned22, align 4
  %211 = bitcast i32* %unaligned22 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %201, i8* %211, i64 4, i1 false)
  %212 = load i32, i32* %list, align 4
  store i32 %212, i32* %result5, align 4
  br label %e1

ok23:                                             ; preds = %e1
  %213 = getelementptr i8, i8* %mem, i64 %100
  %214 = icmp ult i64 %100, %scratch_start
  %215 = load i64, i64* %lowEnd, align 8
  %216 = load i64, i64* %highEnd, align 8
  %217 = call i64 @llvm.umax.i64(i64 %215, i64 %101)
  %218 = select i1 %214, i64 %217, i64 %215
  store i64 %218, i64* %lowEnd, align 8
  %219 = call i64 @llvm.umax.i64(i64 %216, i64 %101)
  %220 = select i1 %214, i64 %216, i64 %219
  store i64 %220, i64* %highEnd, align 8
  %221 = load i64, i64* %lowStart, align 8
  %222 = call i64 @llvm.umin.i64(i64 %221, i64 %100)
  store i64 %222, i64* %lowStart, align 8
  store i32 %99, i32* %unaligned24, align 4
  %223 = bitcast i32* %unaligned24 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %213, i8* %223, i64 4, i1 false)
  %224 = load i32, i32* %xs, align 4
  store i32 %224, i32* %xs.2, align 4
  %225 = load i32, i32* %xs.2, align 4
  %226 = zext i32 %225 to i64
  %227 = add i64 %226, 4
  %228 = icmp ugt i64 %227, %arena_size
  br i1 %228, label %trap17.site0, label %ok26

e11:                                              ; preds = %ok69
  %229 = load i32, i32* %result25, align 4
  store i32 %229, i32* %nested, align 4
  %230 = load i32, i32* %dict, align 4
  %231 = load i32, i32* %nested, align 4
  %232 = zext i32 %230 to i64
  %233 = add i64 %232, 4
  %234 = add i64 %233, 4
  %235 = icmp ugt i64 %234, %arena_size
  br i1 %235, label %trap17.site0, label %ok71

ok26:                                             ; preds = %ok23
  %236 = getelementptr i8, i8* %mem, i64 %226
  %237 = bitcast i32* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %237, i8* %236, i64 4, i1 false)
  %238 = load i32, i32* %unaligned27, align 4
  %239 = zext i32 %238 to i64
  %240 = mul i64 %239, 4
  %241 = add i64 4, %240
  store i64 %241, i64* %size.1, align 8
  %242 = load i64, i64* %size.1, align 8
  %243 = icmp ugt i64 %242, 2147483647
  %244 = zext i1 %243 to i32
  %245 = icmp ne i32 %244, 0
  br i1 %245, label %then28, label %else29

then28:                                           ; preds = %ok26
  br label %trap15.site7

else29:                                           ; preds = %ok26
  br label %join30

join30:                                           ; preds = %else29, %dead31
  %246 = load i64, i64* %size.1, align 8
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
  br i1 %256, label %trap15.site7, label %ok32

trap15.site7:                                     ; preds = %join30, %then28
  %257 = load i64, i64* %lowStart, align 8
  %258 = getelementptr i64, i64* %regs, i64 6
  store i64 %257, i64* %258, align 8
  %259 = load i64, i64* %lowEnd, align 8
  %260 = getelementptr i64, i64* %regs, i64 7
  store i64 %259, i64* %260, align 8
  %261 = load i64, i64* %highEnd, align 8
  %262 = getelementptr i64, i64* %regs, i64 8
  store i64 %261, i64* %262, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

dead31:                                           ; No predecessors!
  br label %join30

ok32:                                             ; preds = %join30
  store i64 %254, i64* %249, align 8
  %263 = trunc i64 %253 to i32
  store i32 %263, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %264 = load i32, i32* %xs.2, align 4
  %265 = zext i32 %264 to i64
  %266 = add i64 %265, 4
  %267 = icmp ugt i64 %266, %arena_size
  br i1 %267, label %trap17.site0, label %ok33

ok33:                                             ; preds = %ok32
  %268 = getelementptr i8, i8* %mem, i64 %265
  %269 = bitcast i32* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %269, i8* %268, i64 4, i1 false)
  %270 = load i32, i32* %unaligned34, align 4
  store i32 %270, i32* %n.1, align 4
  store i32 0, i32* %k.1, align 4
  br label %each14

block13:                                          ; preds = %dead68, %ok35
  %271 = load i32, i32* %list.1, align 4
  %272 = load i32, i32* %len.1, align 4
  %273 = zext i32 %271 to i64
  %274 = add i64 %273, 4
  %275 = icmp ugt i64 %274, %arena_size
  br i1 %275, label %trap17.site0, label %ok69

each14:                                           ; preds = %join43, %ok33
  %276 = load i64, i64* %fuel, align 8
  %277 = icmp ult i64 %276, 1
  br i1 %277, label %trap14.site0, label %ok35

ok35:                                             ; preds = %each14
  %278 = sub i64 %276, 1
  store i64 %278, i64* %fuel, align 8
  %279 = load i32, i32* %k.1, align 4
  %280 = load i32, i32* %n.1, align 4
  %281 = icmp uge i32 %279, %280
  %282 = zext i1 %281 to i32
  %283 = icmp ne i32 %282, 0
  br i1 %283, label %block13, label %cont36

cont36:                                           ; preds = %ok35
  %284 = load i32, i32* %xs.2, align 4
  %285 = load i32, i32* %k.1, align 4
  %286 = mul i32 %285, 8
  %287 = add i32 %284, %286
  %288 = zext i32 %287 to i64
  %289 = add i64 %288, 8
  %290 = add i64 %289, 8
  %291 = icmp ugt i64 %290, %arena_size
  br i1 %291, label %trap17.site0, label %ok37

ok37:                                             ; preds = %cont36
  %292 = getelementptr i8, i8* %mem, i64 %289
  %293 = bitcast i64* %unaligned38 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %293, i8* %292, i64 8, i1 false)
  %294 = load i64, i64* %unaligned38, align 8
  store i64 %294, i64* %x.2, align 8
  %295 = load i64, i64* %x.2, align 8
  store i64 %295, i64* %x.3, align 8
  %296 = load i64, i64* %x.3, align 8
  br i1 false, label %trap1.site9, label %ok39

ok39:                                             ; preds = %ok37
  %297 = icmp eq i64 %296, -9223372036854775808
  %298 = and i1 %297, false
  br i1 %298, label %trap2.site9, label %ok40

trap1.site9:                                      ; preds = %ok37
  %299 = load i64, i64* %lowStart, align 8
  %300 = getelementptr i64, i64* %regs, i64 6
  store i64 %299, i64* %300, align 8
  %301 = load i64, i64* %lowEnd, align 8
  %302 = getelementptr i64, i64* %regs, i64 7
  store i64 %301, i64* %302, align 8
  %303 = load i64, i64* %highEnd, align 8
  %304 = getelementptr i64, i64* %regs, i64 8
  store i64 %303, i64* %304, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 9)
  unreachable

ok40:                                             ; preds = %ok39
  %305 = srem i64 %296, 2
  %306 = icmp eq i64 %305, 0
  %307 = zext i1 %306 to i32
  %308 = icmp ne i32 %307, 0
  br i1 %308, label %then41, label %else42

trap2.site9:                                      ; preds = %ok39
  %309 = load i64, i64* %lowStart, align 8
  %310 = getelementptr i64, i64* %regs, i64 6
  store i64 %309, i64* %310, align 8
  %311 = load i64, i64* %lowEnd, align 8
  %312 = getelementptr i64, i64* %regs, i64 7
  store i64 %311, i64* %312, align 8
  %313 = load i64, i64* %highEnd, align 8
  %314 = getelementptr i64, i64* %regs, i64 8
  store i64 %313, i64* %314, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

then41:                                           ; preds = %ok40
  %315 = load i32, i32* %list.1, align 4
  %316 = load i32, i32* %len.1, align 4
  %317 = mul i32 %316, 4
  %318 = add i32 %315, %317
  store i64 0, i64* %lo, align 8
  store i64 3, i64* %hi, align 8
  %319 = load i64, i64* %hi, align 8
  %320 = load i64, i64* %lo, align 8
  %321 = icmp sgt i64 %319, %320
  %322 = zext i1 %321 to i32
  %323 = icmp ne i32 %322, 0
  br i1 %323, label %then45, label %else46

else42:                                           ; preds = %ok40
  br label %join43

join43:                                           ; preds = %else42, %ok66
  %324 = load i32, i32* %k.1, align 4
  %325 = add i32 %324, 1
  store i32 %325, i32* %k.1, align 4
  br label %each14

e20:                                              ; preds = %ok64
  %326 = load i32, i32* %result44, align 4
  %327 = zext i32 %318 to i64
  %328 = add i64 %327, 4
  %329 = add i64 %328, 4
  %330 = icmp ugt i64 %329, %arena_size
  br i1 %330, label %trap17.site0, label %ok66

then45:                                           ; preds = %then41
  %331 = load i64, i64* %hi, align 8
  %332 = load i64, i64* %lo, align 8
  %333 = sub i64 %331, %332
  store i64 %333, i64* %result48, align 8
  br label %join47

else46:                                           ; preds = %then41
  store i64 0, i64* %result48, align 8
  br label %join47

join47:                                           ; preds = %else46, %then45
  %334 = load i64, i64* %result48, align 8
  store i64 %334, i64* %count, align 8
  %335 = load i64, i64* %count, align 8
  %336 = icmp slt i64 %335, 0
  %337 = zext i1 %336 to i32
  %338 = load i64, i64* %count, align 8
  %339 = icmp sgt i64 %338, 2147483647
  %340 = zext i1 %339 to i32
  %341 = or i32 %337, %340
  %342 = icmp ne i32 %341, 0
  br i1 %342, label %then49, label %else50

then49:                                           ; preds = %join47
  br label %trap15.site10

else50:                                           ; preds = %join47
  br label %join51

join51:                                           ; preds = %else50, %dead52
  %343 = load i64, i64* %count, align 8
  %344 = trunc i64 %343 to i32
  %345 = zext i32 %344 to i64
  %346 = mul i64 %345, 8
  %347 = add i64 8, %346
  store i64 %347, i64* %size.2, align 8
  %348 = load i64, i64* %size.2, align 8
  %349 = icmp ugt i64 %348, 2147483647
  %350 = zext i1 %349 to i32
  %351 = icmp ne i32 %350, 0
  br i1 %351, label %then53, label %else54

trap15.site10:                                    ; preds = %then49
  %352 = load i64, i64* %lowStart, align 8
  %353 = getelementptr i64, i64* %regs, i64 6
  store i64 %352, i64* %353, align 8
  %354 = load i64, i64* %lowEnd, align 8
  %355 = getelementptr i64, i64* %regs, i64 7
  store i64 %354, i64* %355, align 8
  %356 = load i64, i64* %highEnd, align 8
  %357 = getelementptr i64, i64* %regs, i64 8
  store i64 %356, i64* %357, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

dead52:                                           ; No predecessors!
  br label %join51

then53:                                           ; preds = %join51
  br label %trap15.site11

else54:                                           ; preds = %join51
  br label %join55

join55:                                           ; preds = %else54, %dead56
  %358 = load i64, i64* %size.2, align 8
  %359 = trunc i64 %358 to i32
  %360 = zext i32 %359 to i64
  %361 = getelementptr i64, i64* %regs, i64 1
  %362 = getelementptr i64, i64* %regs, i64 2
  %363 = load i64, i64* %361, align 8
  %364 = add i64 %363, 7
  %365 = and i64 %364, -8
  %366 = add i64 %365, %360
  %367 = load i64, i64* %362, align 8
  %368 = icmp ugt i64 %366, %367
  br i1 %368, label %trap15.site11, label %ok57

trap15.site11:                                    ; preds = %join55, %then53
  %369 = load i64, i64* %lowStart, align 8
  %370 = getelementptr i64, i64* %regs, i64 6
  store i64 %369, i64* %370, align 8
  %371 = load i64, i64* %lowEnd, align 8
  %372 = getelementptr i64, i64* %regs, i64 7
  store i64 %371, i64* %372, align 8
  %373 = load i64, i64* %highEnd, align 8
  %374 = getelementptr i64, i64* %regs, i64 8
  store i64 %373, i64* %374, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

dead56:                                           ; No predecessors!
  br label %join55

ok57:                                             ; preds = %join55
  store i64 %366, i64* %361, align 8
  %375 = trunc i64 %365 to i32
  store i32 %375, i32* %list.2, align 4
  store i32 0, i32* %len.2, align 4
  %376 = load i64, i64* %lo, align 8
  store i64 %376, i64* %i, align 8
  br label %range24

block23:                                          ; preds = %dead63, %ok58
  %377 = load i32, i32* %list.2, align 4
  %378 = load i32, i32* %len.2, align 4
  %379 = zext i32 %377 to i64
  %380 = add i64 %379, 4
  %381 = icmp ugt i64 %380, %arena_size
  br i1 %381, label %trap17.site0, label %ok64

range24:                                          ; preds = %ok61, %ok57
  %382 = load i64, i64* %fuel, align 8
  %383 = icmp ult i64 %382, 1
  br i1 %383, label %trap14.site0, label %ok58

ok58:                                             ; preds = %range24
  %384 = sub i64 %382, 1
  store i64 %384, i64* %fuel, align 8
  %385 = load i64, i64* %i, align 8
  %386 = load i64, i64* %hi, align 8
  %387 = icmp sge i64 %385, %386
  %388 = zext i1 %387 to i32
  %389 = icmp ne i32 %388, 0
  br i1 %389, label %block23, label %cont59

cont59:                                           ; preds = %ok58
  %390 = load i64, i64* %i, align 8
  store i64 %390, i64* %y, align 8
  %391 = load i32, i32* %list.2, align 4
  %392 = load i32, i32* %len.2, align 4
  %393 = mul i32 %392, 8
  %394 = add i32 %391, %393
  %395 = load i64, i64* %x.3, align 8
  %396 = load i64, i64* %y, align 8
  %397 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %395, i64 %396)
  %398 = extractvalue { i64, i1 } %397, 1
  br i1 %398, label %trap2.site12, label %ok60

ok60:                                             ; preds = %cont59
  %399 = extractvalue { i64, i1 } %397, 0
  %400 = zext i32 %394 to i64
  %401 = add i64 %400, 8
  %402 = add i64 %401, 8
  %403 = icmp ugt i64 %402, %arena_size
  br i1 %403, label %trap17.site0, label %ok61

trap2.site12:                                     ; preds = %cont59
  %404 = load i64, i64* %lowStart, align 8
  %405 = getelementptr i64, i64* %regs, i64 6
  store i64 %404, i64* %405, align 8
  %406 = load i64, i64* %lowEnd, align 8
  %407 = getelementptr i64, i64* %regs, i64 7
  store i64 %406, i64* %407, align 8
  %408 = load i64, i64* %highEnd, align 8
  %409 = getelementptr i64, i64* %regs, i64 8
  store i64 %408, i64* %409, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

ok61:                                             ; preds = %ok60
  %410 = getelementptr i8, i8* %mem, i64 %401
  %411 = icmp ult i64 %401, %scratch_start
  %412 = load i64, i64* %lowEnd, align 8
  %413 = load i64, i64* %highEnd, align 8
  %414 = call i64 @llvm.umax.i64(i64 %412, i64 %402)
  %415 = select i1 %411, i64 %414, i64 %412
  store i64 %415, i64* %lowEnd, align 8
  %416 = call i64 @llvm.umax.i64(i64 %413, i64 %402)
  %417 = select i1 %411, i64 %413, i64 %416
  store i64 %417, i64* %highEnd, align 8
  %418 = load i64, i64* %lowStart, align 8
  %419 = call i64 @llvm.umin.i64(i64 %418, i64 %401)
  store i64 %419, i64* %lowStart, align 8
  store i64 %399, i64* %unaligned62, align 8
  %420 = bitcast i64* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %410, i8* %420, i64 8, i1 false)
  %421 = load i32, i32* %len.2, align 4
  %422 = add i32 %421, 1
  store i32 %422, i32* %len.2, align 4
  %423 = load i64, i64* %i, align 8
  %424 = add i64 %423, 1
  store i64 %424, i64* %i, align 8
  br label %range24

dead63:                                           ; No predecessors!
  br label %block23

ok64:                                             ; preds = %block23
  %425 = getelementptr i8, i8* %mem, i64 %379
  %426 = icmp ult i64 %379, %scratch_start
  %427 = load i64, i64* %lowEnd, align 8
  %428 = load i64, i64* %highEnd, align 8
  %429 = call i64 @llvm.umax.i64(i64 %427, i64 %380)
  %430 = select i1 %426, i64 %429, i64 %427
  store i64 %430, i64* %lowEnd, align 8
  %431 = call i64 @llvm.umax.i64(i64 %428, i64 %380)
  %432 = select i1 %426, i64 %428, i64 %431
  store i64 %432, i64* %highEnd, align 8
  %433 = load i64, i64* %lowStart, align 8
  %434 = call i64 @llvm.umin.i64(i64 %433, i64 %379)
  store i64 %434, i64* %lowStart, align 8
  store i32 %378, i32* %unaligned65, align 4
  %435 = bitcast i32* %unaligned65 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %425, i8* %435, i64 4, i1 false)
  %436 = load i32, i32* %list.2, align 4
  store i32 %436, i32* %result44, align 4
  br label %e20

ok66:                                             ; preds = %e20
  %437 = getelementptr i8, i8* %mem, i64 %328
  %438 = icmp ult i64 %328, %scratch_start
  %439 = load i64, i64* %lowEnd, align 8
  %440 = load i64, i64* %highEnd, align 8
  %441 = call i64 @llvm.umax.i64(i64 %439, i64 %329)
  %442 = select i1 %438, i64 %441, i64 %439
  store i64 %442, i64* %lowEnd, align 8
  %443 = call i64 @llvm.umax.i64(i64 %440, i64 %329)
  %444 = select i1 %438, i64 %440, i64 %443
  store i64 %444, i64* %highEnd, align 8
  %445 = load i64, i64* %lowStart, align 8
  %446 = call i64 @llvm.umin.i64(i64 %445, i64 %328)
  store i64 %446, i64* %lowStart, align 8
  store i32 %326, i32* %unaligned67, align 4
  %447 = bitcast i32* %unaligned67 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %437, i8* %447, i64 4, i1 false)
  %448 = load i32, i32* %len.1, align 4
  %449 = add i32 %448, 1
  store i32 %449, i32* %len.1, align 4
  br label %join43

dead68:                                           ; No predecessors!
  br label %block13

ok69:                                             ; preds = %block13
  %450 = getelementptr i8, i8* %mem, i64 %273
  %451 = icmp ult i64 %273, %scratch_start
  %452 = load i64, i64* %lowEnd, align 8
  %453 = load i64, i64* %highEnd, align 8
  %454 = call i64 @llvm.umax.i64(i64 %452, i64 %274)
  %455 = select i1 %451, i64 %454, i64 %452
  store i64 %455, i64* %lowEnd, align 8
  %456 = call i64 @llvm.umax.i64(i64 %453, i64 %274)
  %457 = select i1 %451, i64 %453, i64 %456
  store i64 %457, i64* %highEnd, align 8
  %458 = load i64, i64* %lowStart, align 8
  %459 = call i64 @llvm.umin.i64(i64 %458, i64 %273)
  store i64 %459, i64* %lowStart, align 8
  store i32 %272, i32* %unaligned70, align 4
  %460 = bitcast i32* %unaligned70 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %450, i8* %460, i64 4, i1 false)
  %461 = load i32, i32* %list.1, align 4
  store i32 %461, i32* %result25, align 4
  br label %e11

ok71:                                             ; preds = %e11
  %462 = getelementptr i8, i8* %mem, i64 %233
  %463 = icmp ult i64 %233, %scratch_start
  %464 = load i64, i64* %lowEnd, align 8
  %465 = load i64, i64* %highEnd, align 8
  %466 = call i64 @llvm.umax.i64(i64 %464, i64 %234)
  %467 = select i1 %463, i64 %466, i64 %464
  store i64 %467, i64* %lowEnd, align 8
  %468 = call i64 @llvm.umax.i64(i64 %465, i64 %234)
  %469 = select i1 %463, i64 %465, i64 %468
  store i64 %469, i64* %highEnd, align 8
  %470 = load i64, i64* %lowStart, align 8
  %471 = call i64 @llvm.umin.i64(i64 %470, i64 %233)
  store i64 %471, i64* %lowStart, align 8
  store i32 %231, i32* %unaligned72, align 4
  %472 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %462, i8* %472, i64 4, i1 false)
  store i64 0, i64* %item, align 8
  %473 = load i32, i32* %xs, align 4
  store i32 %473, i32* %spread, align 4
  %474 = load i32, i32* %xs, align 4
  store i32 %474, i32* %xs.3, align 4
  %475 = load i32, i32* %xs.3, align 4
  %476 = zext i32 %475 to i64
  %477 = add i64 %476, 4
  %478 = icmp ugt i64 %477, %arena_size
  br i1 %478, label %trap17.site0, label %ok75

e28:                                              ; preds = %ok113
  %479 = load i32, i32* %result73, align 4
  store i32 %479, i32* %spliced, align 4
  %480 = load i32, i32* %dict, align 4
  %481 = load i32, i32* %spliced, align 4
  %482 = zext i32 %480 to i64
  %483 = add i64 %482, 8
  %484 = add i64 %483, 4
  %485 = icmp ugt i64 %484, %arena_size
  br i1 %485, label %trap17.site0, label %ok115

e31:                                              ; preds = %ok92
  %486 = load i32, i32* %result74, align 4
  store i32 %486, i32* %spread.1, align 4
  %487 = load i32, i32* %spread, align 4
  %488 = zext i32 %487 to i64
  %489 = add i64 %488, 4
  %490 = icmp ugt i64 %489, %arena_size
  br i1 %490, label %trap17.site0, label %ok94

ok75:                                             ; preds = %ok71
  %491 = getelementptr i8, i8* %mem, i64 %476
  %492 = bitcast i32* %unaligned76 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %492, i8* %491, i64 4, i1 false)
  %493 = load i32, i32* %unaligned76, align 4
  %494 = zext i32 %493 to i64
  %495 = mul i64 %494, 8
  %496 = add i64 8, %495
  store i64 %496, i64* %size.3, align 8
  %497 = load i64, i64* %size.3, align 8
  %498 = icmp ugt i64 %497, 2147483647
  %499 = zext i1 %498 to i32
  %500 = icmp ne i32 %499, 0
  br i1 %500, label %then77, label %else78

then77:                                           ; preds = %ok75
  br label %trap15.site14

else78:                                           ; preds = %ok75
  br label %join79

join79:                                           ; preds = %else78, %dead80
  %501 = load i64, i64* %size.3, align 8
  %502 = trunc i64 %501 to i32
  %503 = zext i32 %502 to i64
  %504 = getelementptr i64, i64* %regs, i64 1
  %505 = getelementptr i64, i64* %regs, i64 2
  %506 = load i64, i64* %504, align 8
  %507 = add i64 %506, 7
  %508 = and i64 %507, -8
  %509 = add i64 %508, %503
  %510 = load i64, i64* %505, align 8
  %511 = icmp ugt i64 %509, %510
  br i1 %511, label %trap15.site14, label %ok81

trap15.site14:                                    ; preds = %join79, %then77
  %512 = load i64, i64* %lowStart, align 8
  %513 = getelementptr i64, i64* %regs, i64 6
  store i64 %512, i64* %513, align 8
  %514 = load i64, i64* %lowEnd, align 8
  %515 = getelementptr i64, i64* %regs, i64 7
  store i64 %514, i64* %515, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = getelementptr i64, i64* %regs, i64 8
  store i64 %516, i64* %517, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

dead80:                                           ; No predecessors!
  br label %join79

ok81:                                             ; preds = %join79
  store i64 %509, i64* %504, align 8
  %518 = trunc i64 %508 to i32
  store i32 %518, i32* %list.3, align 4
  store i32 0, i32* %len.3, align 4
  %519 = load i32, i32* %xs.3, align 4
  %520 = zext i32 %519 to i64
  %521 = add i64 %520, 4
  %522 = icmp ugt i64 %521, %arena_size
  br i1 %522, label %trap17.site0, label %ok82

ok82:                                             ; preds = %ok81
  %523 = getelementptr i8, i8* %mem, i64 %520
  %524 = bitcast i32* %unaligned83 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %524, i8* %523, i64 4, i1 false)
  %525 = load i32, i32* %unaligned83, align 4
  store i32 %525, i32* %n.2, align 4
  store i32 0, i32* %k.2, align 4
  br label %each34

block33:                                          ; preds = %dead91, %ok84
  %526 = load i32, i32* %list.3, align 4
  %527 = load i32, i32* %len.3, align 4
  %528 = zext i32 %526 to i64
  %529 = add i64 %528, 4
  %530 = icmp ugt i64 %529, %arena_size
  br i1 %530, label %trap17.site0, label %ok92

each34:                                           ; preds = %ok89, %ok82
  %531 = load i64, i64* %fuel, align 8
  %532 = icmp ult i64 %531, 1
  br i1 %532, label %trap14.site0, label %ok84

ok84:                                             ; preds = %each34
  %533 = sub i64 %531, 1
  store i64 %533, i64* %fuel, align 8
  %534 = load i32, i32* %k.2, align 4
  %535 = load i32, i32* %n.2, align 4
  %536 = icmp uge i32 %534, %535
  %537 = zext i1 %536 to i32
  %538 = icmp ne i32 %537, 0
  br i1 %538, label %block33, label %cont85

cont85:                                           ; preds = %ok84
  %539 = load i32, i32* %xs.3, align 4
  %540 = load i32, i32* %k.2, align 4
  %541 = mul i32 %540, 8
  %542 = add i32 %539, %541
  %543 = zext i32 %542 to i64
  %544 = add i64 %543, 8
  %545 = add i64 %544, 8
  %546 = icmp ugt i64 %545, %arena_size
  br i1 %546, label %trap17.site0, label %ok86

ok86:                                             ; preds = %cont85
  %547 = getelementptr i8, i8* %mem, i64 %544
  %548 = bitcast i64* %unaligned87 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %548, i8* %547, i64 8, i1 false)
  %549 = load i64, i64* %unaligned87, align 8
  store i64 %549, i64* %x.4, align 8
  %550 = load i64, i64* %x.4, align 8
  store i64 %550, i64* %x.5, align 8
  %551 = load i32, i32* %list.3, align 4
  %552 = load i32, i32* %len.3, align 4
  %553 = mul i32 %552, 8
  %554 = add i32 %551, %553
  %555 = load i64, i64* %x.5, align 8
  %556 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %555, i64 10)
  %557 = extractvalue { i64, i1 } %556, 1
  br i1 %557, label %trap2.site15, label %ok88

ok88:                                             ; preds = %ok86
  %558 = extractvalue { i64, i1 } %556, 0
  %559 = zext i32 %554 to i64
  %560 = add i64 %559, 8
  %561 = add i64 %560, 8
  %562 = icmp ugt i64 %561, %arena_size
  br i1 %562, label %trap17.site0, label %ok89

trap2.site15:                                     ; preds = %ok86
  %563 = load i64, i64* %lowStart, align 8
  %564 = getelementptr i64, i64* %regs, i64 6
  store i64 %563, i64* %564, align 8
  %565 = load i64, i64* %lowEnd, align 8
  %566 = getelementptr i64, i64* %regs, i64 7
  store i64 %565, i64* %566, align 8
  %567 = load i64, i64* %highEnd, align 8
  %568 = getelementptr i64, i64* %regs, i64 8
  store i64 %567, i64* %568, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

ok89:                                             ; preds = %ok88
  %569 = getelementptr i8, i8* %mem, i64 %560
  %570 = icmp ult i64 %560, %scratch_start
  %571 = load i64, i64* %lowEnd, align 8
  %572 = load i64, i64* %highEnd, align 8
  %573 = call i64 @llvm.umax.i64(i64 %571, i64 %561)
  %574 = select i1 %570, i64 %573, i64 %571
  store i64 %574, i64* %lowEnd, align 8
  %575 = call i64 @llvm.umax.i64(i64 %572, i64 %561)
  %576 = select i1 %570, i64 %572, i64 %575
  store i64 %576, i64* %highEnd, align 8
  %577 = load i64, i64* %lowStart, align 8
  %578 = call i64 @llvm.umin.i64(i64 %577, i64 %560)
  store i64 %578, i64* %lowStart, align 8
  store i64 %558, i64* %unaligned90, align 8
  %579 = bitcast i64* %unaligned90 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %569, i8* %579, i64 8, i1 false)
  %580 = load i32, i32* %len.3, align 4
  %581 = add i32 %580, 1
  store i32 %581, i32* %len.3, align 4
  %582 = load i32, i32* %k.2, align 4
  %583 = add i32 %582, 1
  store i32 %583, i32* %k.2, align 4
  br label %each34

dead91:                                           ; No predecessors!
  br label %block33

ok92:                                             ; preds = %block33
  %584 = getelementptr i8, i8* %mem, i64 %528
  %585 = icmp ult i64 %528, %scratch_start
  %586 = load i64, i64* %lowEnd, align 8
  %587 = load i64, i64* %highEnd, align 8
  %588 = call i64 @llvm.umax.i64(i64 %586, i64 %529)
  %589 = select i1 %585, i64 %588, i64 %586
  store i64 %589, i64* %lowEnd, align 8
  %590 = call i64 @llvm.umax.i64(i64 %587, i64 %529)
  %591 = select i1 %585, i64 %587, i64 %590
  store i64 %591, i64* %highEnd, align 8
  %592 = load i64, i64* %lowStart, align 8
  %593 = call i64 @llvm.umin.i64(i64 %592, i64 %528)
  store i64 %593, i64* %lowStart, align 8
  store i32 %527, i32* %unaligned93, align 4
  %594 = bitcast i32* %unaligned93 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %584, i8* %594, i64 4, i1 false)
  %595 = load i32, i32* %list.3, align 4
  store i32 %595, i32* %result74, align 4
  br label %e31

ok94:                                             ; preds = %e31
  %596 = getelementptr i8, i8* %mem, i64 %488
  %597 = bitcast i32* %unaligned95 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %597, i8* %596, i64 4, i1 false)
  %598 = load i32, i32* %unaligned95, align 4
  %599 = add i32 1, %598
  %600 = load i32, i32* %spread.1, align 4
  %601 = zext i32 %600 to i64
  %602 = add i64 %601, 4
  %603 = icmp ugt i64 %602, %arena_size
  br i1 %603, label %trap17.site0, label %ok96

ok96:                                             ; preds = %ok94
  %604 = getelementptr i8, i8* %mem, i64 %601
  %605 = bitcast i32* %unaligned97 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %605, i8* %604, i64 4, i1 false)
  %606 = load i32, i32* %unaligned97, align 4
  %607 = add i32 %599, %606
  %608 = zext i32 %607 to i64
  %609 = mul i64 %608, 8
  %610 = add i64 8, %609
  store i64 %610, i64* %size.4, align 8
  %611 = load i64, i64* %size.4, align 8
  %612 = icmp ugt i64 %611, 2147483647
  %613 = zext i1 %612 to i32
  %614 = icmp ne i32 %613, 0
  br i1 %614, label %then98, label %else99

then98:                                           ; preds = %ok96
  br label %trap15.site13

else99:                                           ; preds = %ok96
  br label %join100

join100:                                          ; preds = %else99, %dead101
  %615 = load i64, i64* %size.4, align 8
  %616 = trunc i64 %615 to i32
  %617 = zext i32 %616 to i64
  %618 = getelementptr i64, i64* %regs, i64 1
  %619 = getelementptr i64, i64* %regs, i64 2
  %620 = load i64, i64* %618, align 8
  %621 = add i64 %620, 7
  %622 = and i64 %621, -8
  %623 = add i64 %622, %617
  %624 = load i64, i64* %619, align 8
  %625 = icmp ugt i64 %623, %624
  br i1 %625, label %trap15.site13, label %ok102

trap15.site13:                                    ; preds = %join100, %then98
  %626 = load i64, i64* %lowStart, align 8
  %627 = getelementptr i64, i64* %regs, i64 6
  store i64 %626, i64* %627, align 8
  %628 = load i64, i64* %lowEnd, align 8
  %629 = getelementptr i64, i64* %regs, i64 7
  store i64 %628, i64* %629, align 8
  %630 = load i64, i64* %highEnd, align 8
  %631 = getelementptr i64, i64* %regs, i64 8
  store i64 %630, i64* %631, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

dead101:                                          ; No predecessors!
  br label %join100

ok102:                                            ; preds = %join100
  store i64 %623, i64* %618, align 8
  %632 = trunc i64 %622 to i32
  store i32 %632, i32* %list.4, align 4
  store i32 0, i32* %len.4, align 4
  %633 = load i32, i32* %list.4, align 4
  %634 = add i32 %633, 8
  %635 = load i32, i32* %len.4, align 4
  %636 = mul i32 %635, 8
  %637 = add i32 %634, %636
  %638 = load i64, i64* %item, align 8
  %639 = zext i32 %637 to i64
  %640 = add i64 %639, 8
  %641 = icmp ugt i64 %640, %arena_size
  br i1 %641, label %trap17.site0, label %ok103

ok103:                                            ; preds = %ok102
  %642 = getelementptr i8, i8* %mem, i64 %639
  %643 = icmp ult i64 %639, %scratch_start
  %644 = load i64, i64* %lowEnd, align 8
  %645 = load i64, i64* %highEnd, align 8
  %646 = call i64 @llvm.umax.i64(i64 %644, i64 %640)
  %647 = select i1 %643, i64 %646, i64 %644
  store i64 %647, i64* %lowEnd, align 8
  %648 = call i64 @llvm.umax.i64(i64 %645, i64 %640)
  %649 = select i1 %643, i64 %645, i64 %648
  store i64 %649, i64* %highEnd, align 8
  %650 = load i64, i64* %lowStart, align 8
  %651 = call i64 @llvm.umin.i64(i64 %650, i64 %639)
  store i64 %651, i64* %lowStart, align 8
  store i64 %638, i64* %unaligned104, align 8
  %652 = bitcast i64* %unaligned104 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %642, i8* %652, i64 8, i1 false)
  %653 = load i32, i32* %len.4, align 4
  %654 = add i32 %653, 1
  store i32 %654, i32* %len.4, align 4
  %655 = load i32, i32* %spread, align 4
  %656 = zext i32 %655 to i64
  %657 = add i64 %656, 4
  %658 = icmp ugt i64 %657, %arena_size
  br i1 %658, label %trap17.site0, label %ok105

ok105:                                            ; preds = %ok103
  %659 = getelementptr i8, i8* %mem, i64 %656
  %660 = bitcast i32* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %660, i8* %659, i64 4, i1 false)
  %661 = load i32, i32* %unaligned106, align 4
  store i32 %661, i32* %slen, align 4
  %662 = load i32, i32* %list.4, align 4
  %663 = add i32 %662, 8
  %664 = load i32, i32* %len.4, align 4
  %665 = mul i32 %664, 8
  %666 = add i32 %663, %665
  %667 = load i32, i32* %spread, align 4
  %668 = add i32 %667, 8
  %669 = load i32, i32* %slen, align 4
  %670 = mul i32 %669, 8
  %671 = zext i32 %670 to i64
  %672 = zext i32 %666 to i64
  %673 = add i64 %672, %671
  %674 = icmp ugt i64 %673, %arena_size
  br i1 %674, label %trap17.site13, label %ok107

ok107:                                            ; preds = %ok105
  %675 = zext i32 %668 to i64
  %676 = add i64 %675, %671
  %677 = icmp ugt i64 %676, %arena_size
  br i1 %677, label %trap17.site13, label %ok108

trap17.site13:                                    ; preds = %ok111, %ok109, %ok107, %ok105
  %678 = load i64, i64* %lowStart, align 8
  %679 = getelementptr i64, i64* %regs, i64 6
  store i64 %678, i64* %679, align 8
  %680 = load i64, i64* %lowEnd, align 8
  %681 = getelementptr i64, i64* %regs, i64 7
  store i64 %680, i64* %681, align 8
  %682 = load i64, i64* %highEnd, align 8
  %683 = getelementptr i64, i64* %regs, i64 8
  store i64 %682, i64* %683, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 13)
  unreachable

ok108:                                            ; preds = %ok107
  %684 = icmp ult i64 %672, %scratch_start
  %685 = load i64, i64* %lowEnd, align 8
  %686 = load i64, i64* %highEnd, align 8
  %687 = call i64 @llvm.umax.i64(i64 %685, i64 %673)
  %688 = select i1 %684, i64 %687, i64 %685
  store i64 %688, i64* %lowEnd, align 8
  %689 = call i64 @llvm.umax.i64(i64 %686, i64 %673)
  %690 = select i1 %684, i64 %686, i64 %689
  store i64 %690, i64* %highEnd, align 8
  %691 = load i64, i64* %lowStart, align 8
  %692 = call i64 @llvm.umin.i64(i64 %691, i64 %672)
  store i64 %692, i64* %lowStart, align 8
  %693 = getelementptr i8, i8* %mem, i64 %672
  %694 = getelementptr i8, i8* %mem, i64 %675
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %693, i8* %694, i64 %671, i1 false)
  %695 = load i32, i32* %len.4, align 4
  %696 = load i32, i32* %slen, align 4
  %697 = add i32 %695, %696
  store i32 %697, i32* %len.4, align 4
  %698 = load i32, i32* %spread.1, align 4
  %699 = zext i32 %698 to i64
  %700 = add i64 %699, 4
  %701 = icmp ugt i64 %700, %arena_size
  br i1 %701, label %trap17.site0, label %ok109

ok109:                                            ; preds = %ok108
  %702 = getelementptr i8, i8* %mem, i64 %699
  %703 = bitcast i32* %unaligned110 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %703, i8* %702, i64 4, i1 false)
  %704 = load i32, i32* %unaligned110, align 4
  store i32 %704, i32* %slen.1, align 4
  %705 = load i32, i32* %list.4, align 4
  %706 = add i32 %705, 8
  %707 = load i32, i32* %len.4, align 4
  %708 = mul i32 %707, 8
  %709 = add i32 %706, %708
  %710 = load i32, i32* %spread.1, align 4
  %711 = add i32 %710, 8
  %712 = load i32, i32* %slen.1, align 4
  %713 = mul i32 %712, 8
  %714 = zext i32 %713 to i64
  %715 = zext i32 %709 to i64
  %716 = add i64 %715, %714
  %717 = icmp ugt i64 %716, %arena_size
  br i1 %717, label %trap17.site13, label %ok111

ok111:                                            ; preds = %ok109
  %718 = zext i32 %711 to i64
  %719 = add i64 %718, %714
  %720 = icmp ugt i64 %719, %arena_size
  br i1 %720, label %trap17.site13, label %ok112

ok112:                                            ; preds = %ok111
  %721 = icmp ult i64 %715, %scratch_start
  %722 = load i64, i64* %lowEnd, align 8
  %723 = load i64, i64* %highEnd, align 8
  %724 = call i64 @llvm.umax.i64(i64 %722, i64 %716)
  %725 = select i1 %721, i64 %724, i64 %722
  store i64 %725, i64* %lowEnd, align 8
  %726 = call i64 @llvm.umax.i64(i64 %723, i64 %716)
  %727 = select i1 %721, i64 %723, i64 %726
  store i64 %727, i64* %highEnd, align 8
  %728 = load i64, i64* %lowStart, align 8
  %729 = call i64 @llvm.umin.i64(i64 %728, i64 %715)
  store i64 %729, i64* %lowStart, align 8
  %730 = getelementptr i8, i8* %mem, i64 %715
  %731 = getelementptr i8, i8* %mem, i64 %718
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %730, i8* %731, i64 %714, i1 false)
  %732 = load i32, i32* %len.4, align 4
  %733 = load i32, i32* %slen.1, align 4
  %734 = add i32 %732, %733
  store i32 %734, i32* %len.4, align 4
  %735 = load i32, i32* %list.4, align 4
  %736 = load i32, i32* %len.4, align 4
  %737 = zext i32 %735 to i64
  %738 = add i64 %737, 4
  %739 = icmp ugt i64 %738, %arena_size
  br i1 %739, label %trap17.site0, label %ok113

ok113:                                            ; preds = %ok112
  %740 = getelementptr i8, i8* %mem, i64 %737
  %741 = icmp ult i64 %737, %scratch_start
  %742 = load i64, i64* %lowEnd, align 8
  %743 = load i64, i64* %highEnd, align 8
  %744 = call i64 @llvm.umax.i64(i64 %742, i64 %738)
  %745 = select i1 %741, i64 %744, i64 %742
  store i64 %745, i64* %lowEnd, align 8
  %746 = call i64 @llvm.umax.i64(i64 %743, i64 %738)
  %747 = select i1 %741, i64 %743, i64 %746
  store i64 %747, i64* %highEnd, align 8
  %748 = load i64, i64* %lowStart, align 8
  %749 = call i64 @llvm.umin.i64(i64 %748, i64 %737)
  store i64 %749, i64* %lowStart, align 8
  store i32 %736, i32* %unaligned114, align 4
  %750 = bitcast i32* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %740, i8* %750, i64 4, i1 false)
  %751 = load i32, i32* %list.4, align 4
  store i32 %751, i32* %result73, align 4
  br label %e28

ok115:                                            ; preds = %e28
  %752 = getelementptr i8, i8* %mem, i64 %483
  %753 = icmp ult i64 %483, %scratch_start
  %754 = load i64, i64* %lowEnd, align 8
  %755 = load i64, i64* %highEnd, align 8
  %756 = call i64 @llvm.umax.i64(i64 %754, i64 %484)
  %757 = select i1 %753, i64 %756, i64 %754
  store i64 %757, i64* %lowEnd, align 8
  %758 = call i64 @llvm.umax.i64(i64 %755, i64 %484)
  %759 = select i1 %753, i64 %755, i64 %758
  store i64 %759, i64* %highEnd, align 8
  %760 = load i64, i64* %lowStart, align 8
  %761 = call i64 @llvm.umin.i64(i64 %760, i64 %483)
  store i64 %761, i64* %lowStart, align 8
  store i32 %481, i32* %unaligned116, align 4
  %762 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %752, i8* %762, i64 4, i1 false)
  %763 = load i32, i32* %xs, align 4
  store i32 %763, i32* %xs.4, align 4
  %764 = load i32, i32* %xs.4, align 4
  %765 = zext i32 %764 to i64
  %766 = add i64 %765, 4
  %767 = icmp ugt i64 %766, %arena_size
  br i1 %767, label %trap17.site0, label %ok118

e38:                                              ; preds = %ok141
  %768 = load i32, i32* %result117, align 4
  store i32 %768, i32* %records, align 4
  %769 = load i32, i32* %dict, align 4
  %770 = load i32, i32* %records, align 4
  %771 = zext i32 %769 to i64
  %772 = add i64 %771, 12
  %773 = add i64 %772, 4
  %774 = icmp ugt i64 %773, %arena_size
  br i1 %774, label %trap17.site0, label %ok143

ok118:                                            ; preds = %ok115
  %775 = getelementptr i8, i8* %mem, i64 %765
  %776 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %776, i8* %775, i64 4, i1 false)
  %777 = load i32, i32* %unaligned119, align 4
  %778 = zext i32 %777 to i64
  %779 = mul i64 %778, 4
  %780 = add i64 4, %779
  store i64 %780, i64* %size.5, align 8
  %781 = load i64, i64* %size.5, align 8
  %782 = icmp ugt i64 %781, 2147483647
  %783 = zext i1 %782 to i32
  %784 = icmp ne i32 %783, 0
  br i1 %784, label %then120, label %else121

then120:                                          ; preds = %ok118
  br label %trap15.site16

else121:                                          ; preds = %ok118
  br label %join122

join122:                                          ; preds = %else121, %dead123
  %785 = load i64, i64* %size.5, align 8
  %786 = trunc i64 %785 to i32
  %787 = zext i32 %786 to i64
  %788 = getelementptr i64, i64* %regs, i64 1
  %789 = getelementptr i64, i64* %regs, i64 2
  %790 = load i64, i64* %788, align 8
  %791 = add i64 %790, 3
  %792 = and i64 %791, -4
  %793 = add i64 %792, %787
  %794 = load i64, i64* %789, align 8
  %795 = icmp ugt i64 %793, %794
  br i1 %795, label %trap15.site16, label %ok124

trap15.site16:                                    ; preds = %join122, %then120
  %796 = load i64, i64* %lowStart, align 8
  %797 = getelementptr i64, i64* %regs, i64 6
  store i64 %796, i64* %797, align 8
  %798 = load i64, i64* %lowEnd, align 8
  %799 = getelementptr i64, i64* %regs, i64 7
  store i64 %798, i64* %799, align 8
  %800 = load i64, i64* %highEnd, align 8
  %801 = getelementptr i64, i64* %regs, i64 8
  store i64 %800, i64* %801, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead123:                                          ; No predecessors!
  br label %join122

ok124:                                            ; preds = %join122
  store i64 %793, i64* %788, align 8
  %802 = trunc i64 %792 to i32
  store i32 %802, i32* %list.5, align 4
  store i32 0, i32* %len.5, align 4
  %803 = load i32, i32* %xs.4, align 4
  %804 = zext i32 %803 to i64
  %805 = add i64 %804, 4
  %806 = icmp ugt i64 %805, %arena_size
  br i1 %806, label %trap17.site0, label %ok125

ok125:                                            ; preds = %ok124
  %807 = getelementptr i8, i8* %mem, i64 %804
  %808 = bitcast i32* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %808, i8* %807, i64 4, i1 false)
  %809 = load i32, i32* %unaligned126, align 4
  store i32 %809, i32* %n.3, align 4
  store i32 0, i32* %k.3, align 4
  br label %each41

block40:                                          ; preds = %dead140, %ok127
  %810 = load i32, i32* %list.5, align 4
  %811 = load i32, i32* %len.5, align 4
  %812 = zext i32 %810 to i64
  %813 = add i64 %812, 4
  %814 = icmp ugt i64 %813, %arena_size
  br i1 %814, label %trap17.site0, label %ok141

each41:                                           ; preds = %ok138, %ok125
  %815 = load i64, i64* %fuel, align 8
  %816 = icmp ult i64 %815, 1
  br i1 %816, label %trap14.site0, label %ok127

ok127:                                            ; preds = %each41
  %817 = sub i64 %815, 1
  store i64 %817, i64* %fuel, align 8
  %818 = load i32, i32* %k.3, align 4
  %819 = load i32, i32* %n.3, align 4
  %820 = icmp uge i32 %818, %819
  %821 = zext i1 %820 to i32
  %822 = icmp ne i32 %821, 0
  br i1 %822, label %block40, label %cont128

cont128:                                          ; preds = %ok127
  %823 = load i32, i32* %xs.4, align 4
  %824 = load i32, i32* %k.3, align 4
  %825 = mul i32 %824, 8
  %826 = add i32 %823, %825
  %827 = zext i32 %826 to i64
  %828 = add i64 %827, 8
  %829 = add i64 %828, 8
  %830 = icmp ugt i64 %829, %arena_size
  br i1 %830, label %trap17.site0, label %ok129

ok129:                                            ; preds = %cont128
  %831 = getelementptr i8, i8* %mem, i64 %828
  %832 = bitcast i64* %unaligned130 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %832, i8* %831, i64 8, i1 false)
  %833 = load i64, i64* %unaligned130, align 8
  store i64 %833, i64* %x.6, align 8
  %834 = load i64, i64* %x.6, align 8
  store i64 %834, i64* %x.7, align 8
  %835 = load i32, i32* %list.5, align 4
  %836 = load i32, i32* %len.5, align 4
  %837 = mul i32 %836, 4
  %838 = add i32 %835, %837
  %839 = getelementptr i64, i64* %regs, i64 1
  %840 = getelementptr i64, i64* %regs, i64 2
  %841 = load i64, i64* %839, align 8
  %842 = add i64 %841, 7
  %843 = and i64 %842, -8
  %844 = add i64 %843, 16
  %845 = load i64, i64* %840, align 8
  %846 = icmp ugt i64 %844, %845
  br i1 %846, label %trap15.site17, label %ok132

e42:                                              ; preds = %ok137
  %847 = load i32, i32* %result131, align 4
  %848 = zext i32 %838 to i64
  %849 = add i64 %848, 4
  %850 = add i64 %849, 4
  %851 = icmp ugt i64 %850, %arena_size
  br i1 %851, label %trap17.site0, label %ok138

ok132:                                            ; preds = %ok129
  store i64 %844, i64* %839, align 8
  %852 = trunc i64 %843 to i32
  store i32 %852, i32* %dict.1, align 4
  %853 = load i64, i64* %x.7, align 8
  store i64 %853, i64* %n.4, align 8
  %854 = load i32, i32* %dict.1, align 4
  %855 = load i64, i64* %n.4, align 8
  %856 = zext i32 %854 to i64
  %857 = add i64 %856, 8
  %858 = icmp ugt i64 %857, %arena_size
  br i1 %858, label %trap17.site0, label %ok133

trap15.site17:                                    ; preds = %ok129
  %859 = load i64, i64* %lowStart, align 8
  %860 = getelementptr i64, i64* %regs, i64 6
  store i64 %859, i64* %860, align 8
  %861 = load i64, i64* %lowEnd, align 8
  %862 = getelementptr i64, i64* %regs, i64 7
  store i64 %861, i64* %862, align 8
  %863 = load i64, i64* %highEnd, align 8
  %864 = getelementptr i64, i64* %regs, i64 8
  store i64 %863, i64* %864, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

ok133:                                            ; preds = %ok132
  %865 = getelementptr i8, i8* %mem, i64 %856
  %866 = icmp ult i64 %856, %scratch_start
  %867 = load i64, i64* %lowEnd, align 8
  %868 = load i64, i64* %highEnd, align 8
  %869 = call i64 @llvm.umax.i64(i64 %867, i64 %857)
  %870 = select i1 %866, i64 %869, i64 %867
  store i64 %870, i64* %lowEnd, align 8
  %871 = call i64 @llvm.umax.i64(i64 %868, i64 %857)
  %872 = select i1 %866, i64 %868, i64 %871
  store i64 %872, i64* %highEnd, align 8
  %873 = load i64, i64* %lowStart, align 8
  %874 = call i64 @llvm.umin.i64(i64 %873, i64 %856)
  store i64 %874, i64* %lowStart, align 8
  store i64 %855, i64* %unaligned134, align 8
  %875 = bitcast i64* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %865, i8* %875, i64 8, i1 false)
  %876 = load i64, i64* %x.7, align 8
  br i1 false, label %trap1.site19, label %ok135

ok135:                                            ; preds = %ok133
  %877 = icmp eq i64 %876, -9223372036854775808
  %878 = and i1 %877, false
  br i1 %878, label %trap2.site19, label %ok136

trap1.site19:                                     ; preds = %ok133
  %879 = load i64, i64* %lowStart, align 8
  %880 = getelementptr i64, i64* %regs, i64 6
  store i64 %879, i64* %880, align 8
  %881 = load i64, i64* %lowEnd, align 8
  %882 = getelementptr i64, i64* %regs, i64 7
  store i64 %881, i64* %882, align 8
  %883 = load i64, i64* %highEnd, align 8
  %884 = getelementptr i64, i64* %regs, i64 8
  store i64 %883, i64* %884, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 19)
  unreachable

ok136:                                            ; preds = %ok135
  %885 = srem i64 %876, 2
  %886 = icmp eq i64 %885, 0
  %887 = zext i1 %886 to i32
  %888 = icmp eq i32 %887, 0
  %889 = zext i1 %888 to i32
  store i32 %889, i32* %odd, align 4
  %890 = load i32, i32* %dict.1, align 4
  %891 = load i32, i32* %odd, align 4
  %892 = zext i32 %890 to i64
  %893 = add i64 %892, 8
  %894 = add i64 %893, 1
  %895 = icmp ugt i64 %894, %arena_size
  br i1 %895, label %trap17.site0, label %ok137

trap2.site19:                                     ; preds = %ok135
  %896 = load i64, i64* %lowStart, align 8
  %897 = getelementptr i64, i64* %regs, i64 6
  store i64 %896, i64* %897, align 8
  %898 = load i64, i64* %lowEnd, align 8
  %899 = getelementptr i64, i64* %regs, i64 7
  store i64 %898, i64* %899, align 8
  %900 = load i64, i64* %highEnd, align 8
  %901 = getelementptr i64, i64* %regs, i64 8
  store i64 %900, i64* %901, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable

ok137:                                            ; preds = %ok136
  %902 = getelementptr i8, i8* %mem, i64 %893
  %903 = icmp ult i64 %893, %scratch_start
  %904 = load i64, i64* %lowEnd, align 8
  %905 = load i64, i64* %highEnd, align 8
  %906 = call i64 @llvm.umax.i64(i64 %904, i64 %894)
  %907 = select i1 %903, i64 %906, i64 %904
  store i64 %907, i64* %lowEnd, align 8
  %908 = call i64 @llvm.umax.i64(i64 %905, i64 %894)
  %909 = select i1 %903, i64 %905, i64 %908
  store i64 %909, i64* %highEnd, align 8
  %910 = load i64, i64* %lowStart, align 8
  %911 = call i64 @llvm.umin.i64(i64 %910, i64 %893)
  store i64 %911, i64* %lowStart, align 8
  %912 = trunc i32 %891 to i8
  store i8 %912, i8* %902, align 1
  %913 = load i32, i32* %dict.1, align 4
  store i32 %913, i32* %result131, align 4
  br label %e42

ok138:                                            ; preds = %e42
  %914 = getelementptr i8, i8* %mem, i64 %849
  %915 = icmp ult i64 %849, %scratch_start
  %916 = load i64, i64* %lowEnd, align 8
  %917 = load i64, i64* %highEnd, align 8
  %918 = call i64 @llvm.umax.i64(i64 %916, i64 %850)
  %919 = select i1 %915, i64 %918, i64 %916
  store i64 %919, i64* %lowEnd, align 8
  %920 = call i64 @llvm.umax.i64(i64 %917, i64 %850)
  %921 = select i1 %915, i64 %917, i64 %920
  store i64 %921, i64* %highEnd, align 8
  %922 = load i64, i64* %lowStart, align 8
  %923 = call i64 @llvm.umin.i64(i64 %922, i64 %849)
  store i64 %923, i64* %lowStart, align 8
  store i32 %847, i32* %unaligned139, align 4
  %924 = bitcast i32* %unaligned139 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %914, i8* %924, i64 4, i1 false)
  %925 = load i32, i32* %len.5, align 4
  %926 = add i32 %925, 1
  store i32 %926, i32* %len.5, align 4
  %927 = load i32, i32* %k.3, align 4
  %928 = add i32 %927, 1
  store i32 %928, i32* %k.3, align 4
  br label %each41

dead140:                                          ; No predecessors!
  br label %block40

ok141:                                            ; preds = %block40
  %929 = getelementptr i8, i8* %mem, i64 %812
  %930 = icmp ult i64 %812, %scratch_start
  %931 = load i64, i64* %lowEnd, align 8
  %932 = load i64, i64* %highEnd, align 8
  %933 = call i64 @llvm.umax.i64(i64 %931, i64 %813)
  %934 = select i1 %930, i64 %933, i64 %931
  store i64 %934, i64* %lowEnd, align 8
  %935 = call i64 @llvm.umax.i64(i64 %932, i64 %813)
  %936 = select i1 %930, i64 %932, i64 %935
  store i64 %936, i64* %highEnd, align 8
  %937 = load i64, i64* %lowStart, align 8
  %938 = call i64 @llvm.umin.i64(i64 %937, i64 %812)
  store i64 %938, i64* %lowStart, align 8
  store i32 %811, i32* %unaligned142, align 4
  %939 = bitcast i32* %unaligned142 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %929, i8* %939, i64 4, i1 false)
  %940 = load i32, i32* %list.5, align 4
  store i32 %940, i32* %result117, align 4
  br label %e38

ok143:                                            ; preds = %e38
  %941 = getelementptr i8, i8* %mem, i64 %772
  %942 = icmp ult i64 %772, %scratch_start
  %943 = load i64, i64* %lowEnd, align 8
  %944 = load i64, i64* %highEnd, align 8
  %945 = call i64 @llvm.umax.i64(i64 %943, i64 %773)
  %946 = select i1 %942, i64 %945, i64 %943
  store i64 %946, i64* %lowEnd, align 8
  %947 = call i64 @llvm.umax.i64(i64 %944, i64 %773)
  %948 = select i1 %942, i64 %944, i64 %947
  store i64 %948, i64* %highEnd, align 8
  %949 = load i64, i64* %lowStart, align 8
  %950 = call i64 @llvm.umin.i64(i64 %949, i64 %772)
  store i64 %950, i64* %lowStart, align 8
  store i32 %770, i32* %unaligned144, align 4
  %951 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %941, i8* %951, i64 4, i1 false)
  %952 = load i32, i32* %dict, align 4
  store i32 %952, i32* %result3, align 4
  br label %e0

ok145:                                            ; preds = %e0
  %953 = getelementptr i64, i64* %regs, i64 10
  %954 = load i64, i64* %953, align 8
  %955 = icmp ult i64 %10, %954
  br i1 %955, label %trap253.site0, label %stack_ok146

trap15.site0:                                     ; preds = %e0
  %956 = load i64, i64* %lowStart, align 8
  %957 = getelementptr i64, i64* %regs, i64 6
  store i64 %956, i64* %957, align 8
  %958 = load i64, i64* %lowEnd, align 8
  %959 = getelementptr i64, i64* %regs, i64 7
  store i64 %958, i64* %959, align 8
  %960 = load i64, i64* %highEnd, align 8
  %961 = getelementptr i64, i64* %regs, i64 8
  store i64 %960, i64* %961, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok146:                                      ; preds = %ok145
  %962 = load i64, i64* %fuel, align 8
  %963 = getelementptr i64, i64* %regs, i64 0
  store i64 %962, i64* %963, align 8
  %964 = load i64, i64* %lowStart, align 8
  %965 = getelementptr i64, i64* %regs, i64 6
  store i64 %964, i64* %965, align 8
  %966 = load i64, i64* %lowEnd, align 8
  %967 = getelementptr i64, i64* %regs, i64 7
  store i64 %966, i64* %967, align 8
  %968 = load i64, i64* %highEnd, align 8
  %969 = getelementptr i64, i64* %regs, i64 8
  store i64 %968, i64* %969, align 8
  %970 = add i32 %depth, 1
  %971 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %970, i32 %82, i32 %83, i32 0)
  %972 = getelementptr i64, i64* %regs, i64 0
  %973 = load i64, i64* %972, align 8
  store i64 %973, i64* %fuel, align 8
  %974 = getelementptr i64, i64* %regs, i64 6
  %975 = load i64, i64* %974, align 8
  store i64 %975, i64* %lowStart, align 8
  %976 = getelementptr i64, i64* %regs, i64 7
  %977 = load i64, i64* %976, align 8
  store i64 %977, i64* %lowEnd, align 8
  %978 = getelementptr i64, i64* %regs, i64 8
  %979 = load i64, i64* %978, align 8
  store i64 %979, i64* %highEnd, align 8
  store i32 %971, i32* %json_end, align 4
  %980 = load i32, i32* %json_end, align 4
  %981 = icmp eq i32 %980, -2
  %982 = zext i1 %981 to i32
  %983 = icmp ne i32 %982, 0
  br i1 %983, label %then147, label %else148

then147:                                          ; preds = %stack_ok146
  br label %trap16.site3

else148:                                          ; preds = %stack_ok146
  br label %join149

join149:                                          ; preds = %else148, %dead150
  %984 = load i32, i32* %json_end, align 4
  %985 = icmp eq i32 %984, -1
  %986 = zext i1 %985 to i32
  %987 = icmp ne i32 %986, 0
  br i1 %987, label %then151, label %else152

trap16.site3:                                     ; preds = %then147
  %988 = load i64, i64* %lowStart, align 8
  %989 = getelementptr i64, i64* %regs, i64 6
  store i64 %988, i64* %989, align 8
  %990 = load i64, i64* %lowEnd, align 8
  %991 = getelementptr i64, i64* %regs, i64 7
  store i64 %990, i64* %991, align 8
  %992 = load i64, i64* %highEnd, align 8
  %993 = getelementptr i64, i64* %regs, i64 8
  store i64 %992, i64* %993, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 3)
  unreachable

dead150:                                          ; No predecessors!
  br label %join149

then151:                                          ; preds = %join149
  br label %trap15.site3

else152:                                          ; preds = %join149
  br label %join153

join153:                                          ; preds = %else152, %dead154
  %994 = load i32, i32* %json_end, align 4
  %995 = zext i32 %994 to i64
  %996 = getelementptr i64, i64* %regs, i64 3
  store i64 %995, i64* %996, align 8
  %997 = load i32, i32* %json_end, align 4
  %998 = load i32, i32* %json_start, align 4
  %999 = sub i32 %997, %998
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
  ret i32 %999

dead154:                                          ; No predecessors!
  br label %join153
}
