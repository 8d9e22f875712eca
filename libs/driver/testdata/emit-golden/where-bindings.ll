; From libs/driver/testdata/emit-golden/where-bindings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/where-bindings.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (32):
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
;   @m0.main.args
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.1
;   @m0.codec.enc.list.2
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.where.a.base
;   @m0.where.a.extra
;   @m0.fn.a.extra.sq
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
;   declare @llvm.ssub.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 5 function(s):

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
  %unaligned = alloca i64, align 8
  %unaligned99 = alloca i64, align 8
  %unaligned106 = alloca i64, align 8
  %unaligned108 = alloca i64, align 8
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

trap15.site0:                                     ; preds = %ok91, %join89, %ok79, %join77, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok92, %ok80, %ok58, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok105, %ok104, %join96, %join84, %cont70, %ws_done14, %cont61, %cont51, %cont46, %then37, %then29, %ws_done2, %cont12, %ws_done0, %cont
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
  %253 = icmp eq i32 %252, 1
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then37, label %else38

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = load i8, i8* %256, align 1
  %258 = zext i8 %257 to i32
  %259 = icmp eq i32 %258, 120
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
  store i32 -1, i32* %result, align 4
  br label %match5

ok40:                                             ; preds = %then37
  %266 = getelementptr i8, i8* %mem, i64 %263
  %267 = load i8, i8* %266, align 1
  %268 = zext i8 %267 to i32
  %269 = icmp eq i32 %268, 121
  %270 = zext i1 %269 to i32
  %271 = icmp ne i32 %270, 0
  br i1 %271, label %then41, label %else42

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
  %272 = load i32, i32* %args_pos, align 4
  %273 = add i32 %272, 1
  store i32 %273, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont48, %match5
  %274 = load i64, i64* %fuel, align 8
  %275 = icmp ult i64 %274, 1
  br i1 %275, label %trap14.site0, label %ok45

ok45:                                             ; preds = %ws7
  %276 = sub i64 %274, 1
  store i64 %276, i64* %fuel, align 8
  %277 = load i32, i32* %args_pos, align 4
  %278 = load i32, i32* %args_end, align 4
  %279 = icmp uge i32 %277, %278
  %280 = zext i1 %279 to i32
  %281 = icmp ne i32 %280, 0
  br i1 %281, label %ws_done6, label %cont46

cont46:                                           ; preds = %ok45
  %282 = load i32, i32* %args_pos, align 4
  %283 = zext i32 %282 to i64
  %284 = add i64 %283, 1
  %285 = icmp ugt i64 %284, %arena_size
  br i1 %285, label %trap17.site0, label %ok47

ok47:                                             ; preds = %cont46
  %286 = getelementptr i8, i8* %mem, i64 %283
  %287 = load i8, i8* %286, align 1
  %288 = zext i8 %287 to i32
  store i32 %288, i32* %ws, align 4
  %289 = load i32, i32* %ws, align 4
  %290 = icmp ule i32 %289, 32
  %291 = zext i1 %290 to i32
  %292 = icmp eq i32 %291, 0
  %293 = zext i1 %292 to i32
  %294 = icmp ne i32 %293, 0
  br i1 %294, label %ws_done6, label %cont48

cont48:                                           ; preds = %ok47
  %295 = load i32, i32* %args_pos, align 4
  %296 = add i32 %295, 1
  store i32 %296, i32* %args_pos, align 4
  br label %ws7

dead49:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead54, %ok52, %ok50
  %297 = load i32, i32* %args_c, align 4
  switch i32 %297, label %default11 [
    i32 0, label %case13
    i32 1, label %case12
  ]

ws9:                                              ; preds = %cont53, %ws_done6
  %298 = load i64, i64* %fuel, align 8
  %299 = icmp ult i64 %298, 1
  br i1 %299, label %trap14.site0, label %ok50

ok50:                                             ; preds = %ws9
  %300 = sub i64 %298, 1
  store i64 %300, i64* %fuel, align 8
  %301 = load i32, i32* %args_pos, align 4
  %302 = load i32, i32* %args_end, align 4
  %303 = icmp uge i32 %301, %302
  %304 = zext i1 %303 to i32
  %305 = icmp ne i32 %304, 0
  br i1 %305, label %ws_done8, label %cont51

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
  br i1 %318, label %ws_done8, label %cont53

cont53:                                           ; preds = %ok52
  %319 = load i32, i32* %args_pos, align 4
  %320 = add i32 %319, 1
  store i32 %320, i32* %args_pos, align 4
  br label %ws9

dead54:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13
  %321 = load i32, i32* %args_pos, align 4
  %322 = load i32, i32* %args_end, align 4
  %323 = icmp uge i32 %depth, 1000
  br i1 %323, label %trap15.site0, label %ok58

default11:                                        ; preds = %dead57, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead56, %ws_done8
  %324 = load i32, i32* %args_pos, align 4
  store i32 %324, i32* %arg1_at, align 4
  br label %switch10

case13:                                           ; preds = %dead55, %ws_done8
  %325 = load i32, i32* %args_pos, align 4
  store i32 %325, i32* %arg0_at, align 4
  br label %switch10

dead55:                                           ; No predecessors!
  br label %case13

dead56:                                           ; No predecessors!
  br label %case12

dead57:                                           ; No predecessors!
  br label %default11

ok58:                                             ; preds = %switch10
  %326 = getelementptr i64, i64* %regs, i64 10
  %327 = load i64, i64* %326, align 8
  %328 = icmp ult i64 %10, %327
  br i1 %328, label %trap253.site0, label %stack_ok59

stack_ok59:                                       ; preds = %ok58
  %329 = load i64, i64* %fuel, align 8
  %330 = getelementptr i64, i64* %regs, i64 0
  store i64 %329, i64* %330, align 8
  %331 = load i64, i64* %lowStart, align 8
  %332 = getelementptr i64, i64* %regs, i64 6
  store i64 %331, i64* %332, align 8
  %333 = load i64, i64* %lowEnd, align 8
  %334 = getelementptr i64, i64* %regs, i64 7
  store i64 %333, i64* %334, align 8
  %335 = load i64, i64* %highEnd, align 8
  %336 = getelementptr i64, i64* %regs, i64 8
  store i64 %335, i64* %336, align 8
  %337 = add i32 %depth, 1
  %338 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %337, i32 %321, i32 %322)
  %339 = getelementptr i64, i64* %regs, i64 0
  %340 = load i64, i64* %339, align 8
  store i64 %340, i64* %fuel, align 8
  %341 = getelementptr i64, i64* %regs, i64 6
  %342 = load i64, i64* %341, align 8
  store i64 %342, i64* %lowStart, align 8
  %343 = getelementptr i64, i64* %regs, i64 7
  %344 = load i64, i64* %343, align 8
  store i64 %344, i64* %lowEnd, align 8
  %345 = getelementptr i64, i64* %regs, i64 8
  %346 = load i64, i64* %345, align 8
  store i64 %346, i64* %highEnd, align 8
  store i32 %338, i32* %args_pos, align 4
  br label %ws15

ws_done14:                                        ; preds = %dead64, %ok62, %ok60
  %347 = load i32, i32* %args_pos, align 4
  %348 = zext i32 %347 to i64
  %349 = add i64 %348, 1
  %350 = icmp ugt i64 %349, %arena_size
  br i1 %350, label %trap17.site0, label %ok65

ws15:                                             ; preds = %cont63, %stack_ok59
  %351 = load i64, i64* %fuel, align 8
  %352 = icmp ult i64 %351, 1
  br i1 %352, label %trap14.site0, label %ok60

ok60:                                             ; preds = %ws15
  %353 = sub i64 %351, 1
  store i64 %353, i64* %fuel, align 8
  %354 = load i32, i32* %args_pos, align 4
  %355 = load i32, i32* %args_end, align 4
  %356 = icmp uge i32 %354, %355
  %357 = zext i1 %356 to i32
  %358 = icmp ne i32 %357, 0
  br i1 %358, label %ws_done14, label %cont61

cont61:                                           ; preds = %ok60
  %359 = load i32, i32* %args_pos, align 4
  %360 = zext i32 %359 to i64
  %361 = add i64 %360, 1
  %362 = icmp ugt i64 %361, %arena_size
  br i1 %362, label %trap17.site0, label %ok62

ok62:                                             ; preds = %cont61
  %363 = getelementptr i8, i8* %mem, i64 %360
  %364 = load i8, i8* %363, align 1
  %365 = zext i8 %364 to i32
  store i32 %365, i32* %ws, align 4
  %366 = load i32, i32* %ws, align 4
  %367 = icmp ule i32 %366, 32
  %368 = zext i1 %367 to i32
  %369 = icmp eq i32 %368, 0
  %370 = zext i1 %369 to i32
  %371 = icmp ne i32 %370, 0
  br i1 %371, label %ws_done14, label %cont63

cont63:                                           ; preds = %ok62
  %372 = load i32, i32* %args_pos, align 4
  %373 = add i32 %372, 1
  store i32 %373, i32* %args_pos, align 4
  br label %ws15

dead64:                                           ; No predecessors!
  br label %ws_done14

ok65:                                             ; preds = %ws_done14
  %374 = getelementptr i8, i8* %mem, i64 %348
  %375 = load i8, i8* %374, align 1
  %376 = zext i8 %375 to i32
  store i32 %376, i32* %args_c, align 4
  %377 = load i32, i32* %args_pos, align 4
  %378 = add i32 %377, 1
  store i32 %378, i32* %args_pos, align 4
  %379 = load i32, i32* %args_c, align 4
  %380 = icmp eq i32 %379, 44
  %381 = zext i1 %380 to i32
  %382 = icmp ne i32 %381, 0
  br i1 %382, label %then66, label %else67

then66:                                           ; preds = %ok65
  br label %ws17

else67:                                           ; preds = %ok65
  br label %join68

join68:                                           ; preds = %else67, %dead74
  br label %join19

ws_done16:                                        ; preds = %dead73, %ok71, %ok69
  br label %args4

ws17:                                             ; preds = %cont72, %then66
  %383 = load i64, i64* %fuel, align 8
  %384 = icmp ult i64 %383, 1
  br i1 %384, label %trap14.site0, label %ok69

ok69:                                             ; preds = %ws17
  %385 = sub i64 %383, 1
  store i64 %385, i64* %fuel, align 8
  %386 = load i32, i32* %args_pos, align 4
  %387 = load i32, i32* %args_end, align 4
  %388 = icmp uge i32 %386, %387
  %389 = zext i1 %388 to i32
  %390 = icmp ne i32 %389, 0
  br i1 %390, label %ws_done16, label %cont70

cont70:                                           ; preds = %ok69
  %391 = load i32, i32* %args_pos, align 4
  %392 = zext i32 %391 to i64
  %393 = add i64 %392, 1
  %394 = icmp ugt i64 %393, %arena_size
  br i1 %394, label %trap17.site0, label %ok71

ok71:                                             ; preds = %cont70
  %395 = getelementptr i8, i8* %mem, i64 %392
  %396 = load i8, i8* %395, align 1
  %397 = zext i8 %396 to i32
  store i32 %397, i32* %ws, align 4
  %398 = load i32, i32* %ws, align 4
  %399 = icmp ule i32 %398, 32
  %400 = zext i1 %399 to i32
  %401 = icmp eq i32 %400, 0
  %402 = zext i1 %401 to i32
  %403 = icmp ne i32 %402, 0
  br i1 %403, label %ws_done16, label %cont72

cont72:                                           ; preds = %ok71
  %404 = load i32, i32* %args_pos, align 4
  %405 = add i32 %404, 1
  store i32 %405, i32* %args_pos, align 4
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
  %406 = getelementptr i64, i64* %regs, i64 1
  %407 = getelementptr i64, i64* %regs, i64 2
  %408 = load i64, i64* %406, align 8
  %409 = add i64 %408, 7
  %410 = and i64 %409, -8
  %411 = add i64 %410, 8
  %412 = load i64, i64* %407, align 8
  %413 = icmp ugt i64 %411, %412
  br i1 %413, label %trap15.site0, label %ok79

trap9.site2:                                      ; preds = %then75
  %414 = load i64, i64* %lowStart, align 8
  %415 = getelementptr i64, i64* %regs, i64 6
  store i64 %414, i64* %415, align 8
  %416 = load i64, i64* %lowEnd, align 8
  %417 = getelementptr i64, i64* %regs, i64 7
  store i64 %416, i64* %417, align 8
  %418 = load i64, i64* %highEnd, align 8
  %419 = getelementptr i64, i64* %regs, i64 8
  store i64 %418, i64* %419, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

ok79:                                             ; preds = %join77
  store i64 %411, i64* %406, align 8
  %420 = trunc i64 %410 to i32
  store i32 %420, i32* %cell, align 4
  %421 = load i32, i32* %arg0_at, align 4
  %422 = load i32, i32* %args_end, align 4
  %423 = load i32, i32* %cell, align 4
  %424 = icmp uge i32 %depth, 1000
  br i1 %424, label %trap15.site0, label %ok80

ok80:                                             ; preds = %ok79
  %425 = getelementptr i64, i64* %regs, i64 10
  %426 = load i64, i64* %425, align 8
  %427 = icmp ult i64 %10, %426
  br i1 %427, label %trap253.site0, label %stack_ok81

stack_ok81:                                       ; preds = %ok80
  %428 = load i64, i64* %fuel, align 8
  %429 = getelementptr i64, i64* %regs, i64 0
  store i64 %428, i64* %429, align 8
  %430 = load i64, i64* %lowStart, align 8
  %431 = getelementptr i64, i64* %regs, i64 6
  store i64 %430, i64* %431, align 8
  %432 = load i64, i64* %lowEnd, align 8
  %433 = getelementptr i64, i64* %regs, i64 7
  store i64 %432, i64* %433, align 8
  %434 = load i64, i64* %highEnd, align 8
  %435 = getelementptr i64, i64* %regs, i64 8
  store i64 %434, i64* %435, align 8
  %436 = add i32 %depth, 1
  %437 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %436, i32 %421, i32 %422, i32 %423)
  %438 = getelementptr i64, i64* %regs, i64 0
  %439 = load i64, i64* %438, align 8
  store i64 %439, i64* %fuel, align 8
  %440 = getelementptr i64, i64* %regs, i64 6
  %441 = load i64, i64* %440, align 8
  store i64 %441, i64* %lowStart, align 8
  %442 = getelementptr i64, i64* %regs, i64 7
  %443 = load i64, i64* %442, align 8
  store i64 %443, i64* %lowEnd, align 8
  %444 = getelementptr i64, i64* %regs, i64 8
  %445 = load i64, i64* %444, align 8
  store i64 %445, i64* %highEnd, align 8
  %446 = icmp slt i32 %437, 0
  %447 = zext i1 %446 to i32
  %448 = icmp ne i32 %447, 0
  br i1 %448, label %then82, label %else83

then82:                                           ; preds = %stack_ok81
  br label %trap11.site2

else83:                                           ; preds = %stack_ok81
  br label %join84

join84:                                           ; preds = %else83, %dead85
  %449 = load i32, i32* %cell, align 4
  %450 = zext i32 %449 to i64
  %451 = add i64 %450, 8
  %452 = icmp ugt i64 %451, %arena_size
  br i1 %452, label %trap17.site0, label %ok86

trap11.site2:                                     ; preds = %then82
  %453 = load i64, i64* %lowStart, align 8
  %454 = getelementptr i64, i64* %regs, i64 6
  store i64 %453, i64* %454, align 8
  %455 = load i64, i64* %lowEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 7
  store i64 %455, i64* %456, align 8
  %457 = load i64, i64* %highEnd, align 8
  %458 = getelementptr i64, i64* %regs, i64 8
  store i64 %457, i64* %458, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead85:                                           ; No predecessors!
  br label %join84

ok86:                                             ; preds = %join84
  %459 = getelementptr i8, i8* %mem, i64 %450
  %460 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %460, i8* %459, i64 8, i1 false)
  %461 = load i64, i64* %unaligned, align 8
  store i64 %461, i64* %arg, align 8
  %462 = load i32, i32* %arg1_at, align 4
  %463 = icmp eq i32 %462, 0
  %464 = zext i1 %463 to i32
  %465 = icmp ne i32 %464, 0
  br i1 %465, label %then87, label %else88

then87:                                           ; preds = %ok86
  br label %trap9.site3

else88:                                           ; preds = %ok86
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %466 = getelementptr i64, i64* %regs, i64 1
  %467 = getelementptr i64, i64* %regs, i64 2
  %468 = load i64, i64* %466, align 8
  %469 = add i64 %468, 7
  %470 = and i64 %469, -8
  %471 = add i64 %470, 8
  %472 = load i64, i64* %467, align 8
  %473 = icmp ugt i64 %471, %472
  br i1 %473, label %trap15.site0, label %ok91

trap9.site3:                                      ; preds = %then87
  %474 = load i64, i64* %lowStart, align 8
  %475 = getelementptr i64, i64* %regs, i64 6
  store i64 %474, i64* %475, align 8
  %476 = load i64, i64* %lowEnd, align 8
  %477 = getelementptr i64, i64* %regs, i64 7
  store i64 %476, i64* %477, align 8
  %478 = load i64, i64* %highEnd, align 8
  %479 = getelementptr i64, i64* %regs, i64 8
  store i64 %478, i64* %479, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

ok91:                                             ; preds = %join89
  store i64 %471, i64* %466, align 8
  %480 = trunc i64 %470 to i32
  store i32 %480, i32* %cell.1, align 4
  %481 = load i32, i32* %arg1_at, align 4
  %482 = load i32, i32* %args_end, align 4
  %483 = load i32, i32* %cell.1, align 4
  %484 = icmp uge i32 %depth, 1000
  br i1 %484, label %trap15.site0, label %ok92

ok92:                                             ; preds = %ok91
  %485 = getelementptr i64, i64* %regs, i64 10
  %486 = load i64, i64* %485, align 8
  %487 = icmp ult i64 %10, %486
  br i1 %487, label %trap253.site0, label %stack_ok93

stack_ok93:                                       ; preds = %ok92
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
  %496 = add i32 %depth, 1
  %497 = call i32 @m0.codec.dec.int.0(i64* %regs, i8* %mem, i32 %496, i32 %481, i32 %482, i32 %483)
  %498 = getelementptr i64, i64* %regs, i64 0
  %499 = load i64, i64* %498, align 8
  store i64 %499, i64* %fuel, align 8
  %500 = getelementptr i64, i64* %regs, i64 6
  %501 = load i64, i64* %500, align 8
  store i64 %501, i64* %lowStart, align 8
  %502 = getelementptr i64, i64* %regs, i64 7
  %503 = load i64, i64* %502, align 8
  store i64 %503, i64* %lowEnd, align 8
  %504 = getelementptr i64, i64* %regs, i64 8
  %505 = load i64, i64* %504, align 8
  store i64 %505, i64* %highEnd, align 8
  %506 = icmp slt i32 %497, 0
  %507 = zext i1 %506 to i32
  %508 = icmp ne i32 %507, 0
  br i1 %508, label %then94, label %else95

then94:                                           ; preds = %stack_ok93
  br label %trap11.site3

else95:                                           ; preds = %stack_ok93
  br label %join96

join96:                                           ; preds = %else95, %dead97
  %509 = load i32, i32* %cell.1, align 4
  %510 = zext i32 %509 to i64
  %511 = add i64 %510, 8
  %512 = icmp ugt i64 %511, %arena_size
  br i1 %512, label %trap17.site0, label %ok98

trap11.site3:                                     ; preds = %then94
  %513 = load i64, i64* %lowStart, align 8
  %514 = getelementptr i64, i64* %regs, i64 6
  store i64 %513, i64* %514, align 8
  %515 = load i64, i64* %lowEnd, align 8
  %516 = getelementptr i64, i64* %regs, i64 7
  store i64 %515, i64* %516, align 8
  %517 = load i64, i64* %highEnd, align 8
  %518 = getelementptr i64, i64* %regs, i64 8
  store i64 %517, i64* %518, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead97:                                           ; No predecessors!
  br label %join96

ok98:                                             ; preds = %join96
  %519 = getelementptr i8, i8* %mem, i64 %510
  %520 = bitcast i64* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %520, i8* %519, i64 8, i1 false)
  %521 = load i64, i64* %unaligned99, align 8
  store i64 %521, i64* %arg.1, align 8
  %522 = load i32, i32* %args_unexpected, align 4
  %523 = icmp ne i32 %522, 0
  br i1 %523, label %then100, label %else101

then100:                                          ; preds = %ok98
  br label %trap10.site1

else101:                                          ; preds = %ok98
  br label %join102

join102:                                          ; preds = %else101, %dead103
  %524 = getelementptr i64, i64* %regs, i64 1
  %525 = getelementptr i64, i64* %regs, i64 2
  %526 = load i64, i64* %524, align 8
  %527 = add i64 %526, 7
  %528 = and i64 %527, -8
  %529 = add i64 %528, 16
  %530 = load i64, i64* %525, align 8
  %531 = icmp ugt i64 %529, %530
  br i1 %531, label %trap15.site1, label %ok104

trap10.site1:                                     ; preds = %then100
  %532 = load i64, i64* %lowStart, align 8
  %533 = getelementptr i64, i64* %regs, i64 6
  store i64 %532, i64* %533, align 8
  %534 = load i64, i64* %lowEnd, align 8
  %535 = getelementptr i64, i64* %regs, i64 7
  store i64 %534, i64* %535, align 8
  %536 = load i64, i64* %highEnd, align 8
  %537 = getelementptr i64, i64* %regs, i64 8
  store i64 %536, i64* %537, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead103:                                          ; No predecessors!
  br label %join102

ok104:                                            ; preds = %join102
  store i64 %529, i64* %524, align 8
  %538 = trunc i64 %528 to i32
  store i32 %538, i32* %args_out, align 4
  %539 = load i32, i32* %args_out, align 4
  %540 = load i64, i64* %arg, align 8
  %541 = zext i32 %539 to i64
  %542 = add i64 %541, 8
  %543 = icmp ugt i64 %542, %arena_size
  br i1 %543, label %trap17.site0, label %ok105

trap15.site1:                                     ; preds = %join102
  %544 = load i64, i64* %lowStart, align 8
  %545 = getelementptr i64, i64* %regs, i64 6
  store i64 %544, i64* %545, align 8
  %546 = load i64, i64* %lowEnd, align 8
  %547 = getelementptr i64, i64* %regs, i64 7
  store i64 %546, i64* %547, align 8
  %548 = load i64, i64* %highEnd, align 8
  %549 = getelementptr i64, i64* %regs, i64 8
  store i64 %548, i64* %549, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok105:                                            ; preds = %ok104
  %550 = getelementptr i8, i8* %mem, i64 %541
  %551 = icmp ult i64 %541, %scratch_start
  %552 = load i64, i64* %lowEnd, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = call i64 @llvm.umax.i64(i64 %552, i64 %542)
  %555 = select i1 %551, i64 %554, i64 %552
  store i64 %555, i64* %lowEnd, align 8
  %556 = call i64 @llvm.umax.i64(i64 %553, i64 %542)
  %557 = select i1 %551, i64 %553, i64 %556
  store i64 %557, i64* %highEnd, align 8
  %558 = load i64, i64* %lowStart, align 8
  %559 = call i64 @llvm.umin.i64(i64 %558, i64 %541)
  store i64 %559, i64* %lowStart, align 8
  store i64 %540, i64* %unaligned106, align 8
  %560 = bitcast i64* %unaligned106 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %550, i8* %560, i64 8, i1 false)
  %561 = load i32, i32* %args_out, align 4
  %562 = load i64, i64* %arg.1, align 8
  %563 = zext i32 %561 to i64
  %564 = add i64 %563, 8
  %565 = add i64 %564, 8
  %566 = icmp ugt i64 %565, %arena_size
  br i1 %566, label %trap17.site0, label %ok107

ok107:                                            ; preds = %ok105
  %567 = getelementptr i8, i8* %mem, i64 %564
  %568 = icmp ult i64 %564, %scratch_start
  %569 = load i64, i64* %lowEnd, align 8
  %570 = load i64, i64* %highEnd, align 8
  %571 = call i64 @llvm.umax.i64(i64 %569, i64 %565)
  %572 = select i1 %568, i64 %571, i64 %569
  store i64 %572, i64* %lowEnd, align 8
  %573 = call i64 @llvm.umax.i64(i64 %570, i64 %565)
  %574 = select i1 %568, i64 %570, i64 %573
  store i64 %574, i64* %highEnd, align 8
  %575 = load i64, i64* %lowStart, align 8
  %576 = call i64 @llvm.umin.i64(i64 %575, i64 %564)
  store i64 %576, i64* %lowStart, align 8
  store i64 %562, i64* %unaligned108, align 8
  %577 = bitcast i64* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %567, i8* %577, i64 8, i1 false)
  %578 = load i32, i32* %args_out, align 4
  %579 = load i64, i64* %fuel, align 8
  %580 = getelementptr i64, i64* %regs, i64 0
  store i64 %579, i64* %580, align 8
  %581 = load i64, i64* %lowStart, align 8
  %582 = getelementptr i64, i64* %regs, i64 6
  store i64 %581, i64* %582, align 8
  %583 = load i64, i64* %lowEnd, align 8
  %584 = getelementptr i64, i64* %regs, i64 7
  store i64 %583, i64* %584, align 8
  %585 = load i64, i64* %highEnd, align 8
  %586 = getelementptr i64, i64* %regs, i64 8
  store i64 %585, i64* %586, align 8
  ret i32 %578
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
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %y = alloca i64, align 8
  store i64 0, i64* %y, align 8
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %frame = alloca i32, align 4
  store i32 0, i32* %frame, align 4
  %total = alloca i64, align 8
  store i64 0, i64* %total, align 8
  %a = alloca i64, align 8
  store i64 0, i64* %a, align 8
  %p = alloca i64, align 8
  store i64 0, i64* %p, align 8
  %q = alloca i64, align 8
  store i64 0, i64* %q, align 8
  %b = alloca i64, align 8
  store i64 0, i64* %b, align 8
  %item = alloca i64, align 8
  store i64 0, i64* %item, align 8
  %item.1 = alloca i64, align 8
  store i64 0, i64* %item.1, align 8
  %item.2 = alloca i64, align 8
  store i64 0, i64* %item.2, align 8
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %ws = alloca i32, align 4
  store i32 0, i32* %ws, align 4
  %xs = alloca i32, align 4
  store i32 0, i32* %xs, align 4
  %size.1 = alloca i64, align 8
  store i64 0, i64* %size.1, align 8
  %list.1 = alloca i32, align 4
  store i32 0, i32* %list.1, align 4
  %len.1 = alloca i32, align 4
  store i32 0, i32* %len.1, align 4
  %n = alloca i32, align 4
  store i32 0, i32* %n, align 4
  %k = alloca i32, align 4
  store i32 0, i32* %k, align 4
  %x.1 = alloca i64, align 8
  store i64 0, i64* %x.1, align 8
  %w = alloca i64, align 8
  store i64 0, i64* %w, align 8
  %c = alloca i32, align 4
  store i32 0, i32* %c, align 4
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
  %result5 = alloca i32, align 4
  %result7 = alloca i64, align 8
  %unaligned11 = alloca i64, align 8
  %unaligned13 = alloca i64, align 8
  %result14 = alloca i64, align 8
  %unaligned23 = alloca i64, align 8
  %result24 = alloca i64, align 8
  %unaligned37 = alloca i64, align 8
  %unaligned53 = alloca i64, align 8
  %result54 = alloca i64, align 8
  %result56 = alloca i64, align 8
  %unaligned60 = alloca i64, align 8
  %result61 = alloca i32, align 4
  %result62 = alloca i32, align 4
  %unaligned69 = alloca i64, align 8
  %unaligned71 = alloca i64, align 8
  %unaligned73 = alloca i64, align 8
  %unaligned75 = alloca i32, align 4
  %result76 = alloca i32, align 4
  %unaligned78 = alloca i32, align 4
  %unaligned85 = alloca i32, align 4
  %unaligned88 = alloca i64, align 8
  %unaligned91 = alloca i64, align 8
  %unaligned94 = alloca i32, align 4
  %unaligned96 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each27, %body
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

trap253.site0:                                    ; preds = %ok97, %ok49, %ok43, %ok34, %ok20, %ok1
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
  store i64 %62, i64* %x, align 8
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 8
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %e19, %block26, %ok89, %cont, %ok83, %e20, %ok72, %ok70, %ok68, %ok67, %e8, %e1, %join42, %ok38, %join28, %then26, %e3, %join, %then, %ok12, %ok10, %ok9, %ok2, %stack_ok
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
  store i64 %76, i64* %y, align 8
  %77 = getelementptr i64, i64* %regs, i64 1
  %78 = getelementptr i64, i64* %regs, i64 2
  %79 = load i64, i64* %77, align 8
  %80 = add i64 %79, 7
  %81 = and i64 %80, -8
  %82 = add i64 %81, 24
  %83 = load i64, i64* %78, align 8
  %84 = icmp ugt i64 %82, %83
  br i1 %84, label %trap15.site4, label %ok6

e0:                                               ; preds = %ok95
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
  br i1 %92, label %trap15.site0, label %ok97

ok6:                                              ; preds = %ok3
  store i64 %82, i64* %77, align 8
  %93 = trunc i64 %81 to i32
  store i32 %93, i32* %dict, align 4
  %94 = getelementptr i64, i64* %regs, i64 1
  %95 = getelementptr i64, i64* %regs, i64 2
  %96 = load i64, i64* %94, align 8
  %97 = add i64 %96, 7
  %98 = and i64 %97, -8
  %99 = add i64 %98, 48
  %100 = load i64, i64* %95, align 8
  %101 = icmp ugt i64 %99, %100
  br i1 %101, label %trap15.site5, label %ok8

trap15.site4:                                     ; preds = %then103, %ok3
  %102 = load i64, i64* %lowStart, align 8
  %103 = getelementptr i64, i64* %regs, i64 6
  store i64 %102, i64* %103, align 8
  %104 = load i64, i64* %lowEnd, align 8
  %105 = getelementptr i64, i64* %regs, i64 7
  store i64 %104, i64* %105, align 8
  %106 = load i64, i64* %highEnd, align 8
  %107 = getelementptr i64, i64* %regs, i64 8
  store i64 %106, i64* %107, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

e1:                                               ; preds = %ok51
  %108 = load i64, i64* %result7, align 8
  store i64 %108, i64* %a, align 8
  %109 = load i32, i32* %dict, align 4
  %110 = load i64, i64* %a, align 8
  %111 = zext i32 %109 to i64
  %112 = add i64 %111, 8
  %113 = icmp ugt i64 %112, %arena_size
  br i1 %113, label %trap17.site0, label %ok52

ok8:                                              ; preds = %ok6
  store i64 %99, i64* %94, align 8
  %114 = trunc i64 %98 to i32
  store i32 %114, i32* %frame, align 4
  %115 = load i32, i32* %frame, align 4
  %116 = add i32 %115, 24
  %117 = zext i32 %116 to i64
  %118 = add i64 %117, 2
  %119 = icmp ugt i64 %118, %arena_size
  br i1 %119, label %trap17.site5, label %ok9

trap15.site5:                                     ; preds = %ok6
  %120 = load i64, i64* %lowStart, align 8
  %121 = getelementptr i64, i64* %regs, i64 6
  store i64 %120, i64* %121, align 8
  %122 = load i64, i64* %lowEnd, align 8
  %123 = getelementptr i64, i64* %regs, i64 7
  store i64 %122, i64* %123, align 8
  %124 = load i64, i64* %highEnd, align 8
  %125 = getelementptr i64, i64* %regs, i64 8
  store i64 %124, i64* %125, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

ok9:                                              ; preds = %ok8
  %126 = icmp ult i64 %117, %scratch_start
  %127 = load i64, i64* %lowEnd, align 8
  %128 = load i64, i64* %highEnd, align 8
  %129 = call i64 @llvm.umax.i64(i64 %127, i64 %118)
  %130 = select i1 %126, i64 %129, i64 %127
  store i64 %130, i64* %lowEnd, align 8
  %131 = call i64 @llvm.umax.i64(i64 %128, i64 %118)
  %132 = select i1 %126, i64 %128, i64 %131
  store i64 %132, i64* %highEnd, align 8
  %133 = load i64, i64* %lowStart, align 8
  %134 = call i64 @llvm.umin.i64(i64 %133, i64 %117)
  store i64 %134, i64* %lowStart, align 8
  %135 = getelementptr i8, i8* %mem, i64 %117
  call void @llvm.memset.p0i8.i64(i8* %135, i8 0, i64 2, i1 false)
  %136 = load i32, i32* %frame, align 4
  %137 = load i64, i64* %x, align 8
  %138 = zext i32 %136 to i64
  %139 = add i64 %138, 32
  %140 = add i64 %139, 8
  %141 = icmp ugt i64 %140, %arena_size
  br i1 %141, label %trap17.site0, label %ok10

trap17.site5:                                     ; preds = %ok8
  %142 = load i64, i64* %lowStart, align 8
  %143 = getelementptr i64, i64* %regs, i64 6
  store i64 %142, i64* %143, align 8
  %144 = load i64, i64* %lowEnd, align 8
  %145 = getelementptr i64, i64* %regs, i64 7
  store i64 %144, i64* %145, align 8
  %146 = load i64, i64* %highEnd, align 8
  %147 = getelementptr i64, i64* %regs, i64 8
  store i64 %146, i64* %147, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 5)
  unreachable

ok10:                                             ; preds = %ok9
  %148 = getelementptr i8, i8* %mem, i64 %139
  %149 = icmp ult i64 %139, %scratch_start
  %150 = load i64, i64* %lowEnd, align 8
  %151 = load i64, i64* %highEnd, align 8
  %152 = call i64 @llvm.umax.i64(i64 %150, i64 %140)
  %153 = select i1 %149, i64 %152, i64 %150
  store i64 %153, i64* %lowEnd, align 8
  %154 = call i64 @llvm.umax.i64(i64 %151, i64 %140)
  %155 = select i1 %149, i64 %151, i64 %154
  store i64 %155, i64* %highEnd, align 8
  %156 = load i64, i64* %lowStart, align 8
  %157 = call i64 @llvm.umin.i64(i64 %156, i64 %139)
  store i64 %157, i64* %lowStart, align 8
  store i64 %137, i64* %unaligned11, align 8
  %158 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %148, i8* %158, i64 8, i1 false)
  %159 = load i32, i32* %frame, align 4
  %160 = load i64, i64* %y, align 8
  %161 = zext i32 %159 to i64
  %162 = add i64 %161, 40
  %163 = add i64 %162, 8
  %164 = icmp ugt i64 %163, %arena_size
  br i1 %164, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok10
  %165 = getelementptr i8, i8* %mem, i64 %162
  %166 = icmp ult i64 %162, %scratch_start
  %167 = load i64, i64* %lowEnd, align 8
  %168 = load i64, i64* %highEnd, align 8
  %169 = call i64 @llvm.umax.i64(i64 %167, i64 %163)
  %170 = select i1 %166, i64 %169, i64 %167
  store i64 %170, i64* %lowEnd, align 8
  %171 = call i64 @llvm.umax.i64(i64 %168, i64 %163)
  %172 = select i1 %166, i64 %168, i64 %171
  store i64 %172, i64* %highEnd, align 8
  %173 = load i64, i64* %lowStart, align 8
  %174 = call i64 @llvm.umin.i64(i64 %173, i64 %162)
  store i64 %174, i64* %lowStart, align 8
  store i64 %160, i64* %unaligned13, align 8
  %175 = bitcast i64* %unaligned13 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %165, i8* %175, i64 8, i1 false)
  %176 = load i32, i32* %frame, align 4
  %177 = zext i32 %176 to i64
  %178 = add i64 %177, 24
  %179 = add i64 %178, 1
  %180 = icmp ugt i64 %179, %arena_size
  br i1 %180, label %trap17.site0, label %ok15

e3:                                               ; preds = %ok22
  %181 = load i64, i64* %result14, align 8
  %182 = load i32, i32* %frame, align 4
  %183 = zext i32 %182 to i64
  %184 = add i64 %183, 25
  %185 = add i64 %184, 1
  %186 = icmp ugt i64 %185, %arena_size
  br i1 %186, label %trap17.site0, label %ok25

ok15:                                             ; preds = %ok12
  %187 = getelementptr i8, i8* %mem, i64 %178
  %188 = load i8, i8* %187, align 1
  %189 = zext i8 %188 to i32
  %190 = icmp ne i32 %189, 2
  %191 = zext i1 %190 to i32
  %192 = icmp ne i32 %191, 0
  br i1 %192, label %then, label %else

then:                                             ; preds = %ok15
  %193 = load i32, i32* %frame, align 4
  %194 = zext i32 %193 to i64
  %195 = add i64 %194, 24
  %196 = add i64 %195, 1
  %197 = icmp ugt i64 %196, %arena_size
  br i1 %197, label %trap17.site0, label %ok16

else:                                             ; preds = %ok15
  br label %join

join:                                             ; preds = %else, %stack_ok21
  %198 = load i32, i32* %frame, align 4
  %199 = zext i32 %198 to i64
  %200 = add i64 %199, 8
  %201 = add i64 %200, 8
  %202 = icmp ugt i64 %201, %arena_size
  br i1 %202, label %trap17.site0, label %ok22

ok16:                                             ; preds = %then
  %203 = getelementptr i8, i8* %mem, i64 %195
  %204 = load i8, i8* %203, align 1
  %205 = zext i8 %204 to i32
  %206 = icmp eq i32 %205, 1
  %207 = zext i1 %206 to i32
  %208 = icmp ne i32 %207, 0
  br i1 %208, label %then17, label %else18

then17:                                           ; preds = %ok16
  br label %trap6.site7

else18:                                           ; preds = %ok16
  br label %join19

join19:                                           ; preds = %else18, %dead
  %209 = load i32, i32* %frame, align 4
  %210 = icmp uge i32 %depth, 1000
  br i1 %210, label %trap15.site7, label %ok20

trap6.site7:                                      ; preds = %then17
  %211 = load i64, i64* %lowStart, align 8
  %212 = getelementptr i64, i64* %regs, i64 6
  store i64 %211, i64* %212, align 8
  %213 = load i64, i64* %lowEnd, align 8
  %214 = getelementptr i64, i64* %regs, i64 7
  store i64 %213, i64* %214, align 8
  %215 = load i64, i64* %highEnd, align 8
  %216 = getelementptr i64, i64* %regs, i64 8
  store i64 %215, i64* %216, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 7)
  unreachable

dead:                                             ; No predecessors!
  br label %join19

ok20:                                             ; preds = %join19
  %217 = getelementptr i64, i64* %regs, i64 10
  %218 = load i64, i64* %217, align 8
  %219 = icmp ult i64 %10, %218
  br i1 %219, label %trap253.site0, label %stack_ok21

trap15.site7:                                     ; preds = %join19
  %220 = load i64, i64* %lowStart, align 8
  %221 = getelementptr i64, i64* %regs, i64 6
  store i64 %220, i64* %221, align 8
  %222 = load i64, i64* %lowEnd, align 8
  %223 = getelementptr i64, i64* %regs, i64 7
  store i64 %222, i64* %223, align 8
  %224 = load i64, i64* %highEnd, align 8
  %225 = getelementptr i64, i64* %regs, i64 8
  store i64 %224, i64* %225, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok21:                                       ; preds = %ok20
  %226 = load i64, i64* %fuel, align 8
  %227 = getelementptr i64, i64* %regs, i64 0
  store i64 %226, i64* %227, align 8
  %228 = load i64, i64* %lowStart, align 8
  %229 = getelementptr i64, i64* %regs, i64 6
  store i64 %228, i64* %229, align 8
  %230 = load i64, i64* %lowEnd, align 8
  %231 = getelementptr i64, i64* %regs, i64 7
  store i64 %230, i64* %231, align 8
  %232 = load i64, i64* %highEnd, align 8
  %233 = getelementptr i64, i64* %regs, i64 8
  store i64 %232, i64* %233, align 8
  %234 = add i32 %depth, 1
  call void @m0.where.a.base(i64* %regs, i8* %mem, i32 %234, i32 %209)
  %235 = getelementptr i64, i64* %regs, i64 0
  %236 = load i64, i64* %235, align 8
  store i64 %236, i64* %fuel, align 8
  %237 = getelementptr i64, i64* %regs, i64 6
  %238 = load i64, i64* %237, align 8
  store i64 %238, i64* %lowStart, align 8
  %239 = getelementptr i64, i64* %regs, i64 7
  %240 = load i64, i64* %239, align 8
  store i64 %240, i64* %lowEnd, align 8
  %241 = getelementptr i64, i64* %regs, i64 8
  %242 = load i64, i64* %241, align 8
  store i64 %242, i64* %highEnd, align 8
  br label %join

ok22:                                             ; preds = %join
  %243 = getelementptr i8, i8* %mem, i64 %200
  %244 = bitcast i64* %unaligned23 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %244, i8* %243, i64 8, i1 false)
  %245 = load i64, i64* %unaligned23, align 8
  store i64 %245, i64* %result14, align 8
  br label %e3

e4:                                               ; preds = %ok36
  %246 = load i64, i64* %result24, align 8
  %247 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %181, i64 %246)
  %248 = extractvalue { i64, i1 } %247, 1
  br i1 %248, label %trap2.site6, label %ok38

ok25:                                             ; preds = %e3
  %249 = getelementptr i8, i8* %mem, i64 %184
  %250 = load i8, i8* %249, align 1
  %251 = zext i8 %250 to i32
  %252 = icmp ne i32 %251, 2
  %253 = zext i1 %252 to i32
  %254 = icmp ne i32 %253, 0
  br i1 %254, label %then26, label %else27

then26:                                           ; preds = %ok25
  %255 = load i32, i32* %frame, align 4
  %256 = zext i32 %255 to i64
  %257 = add i64 %256, 25
  %258 = add i64 %257, 1
  %259 = icmp ugt i64 %258, %arena_size
  br i1 %259, label %trap17.site0, label %ok29

else27:                                           ; preds = %ok25
  br label %join28

join28:                                           ; preds = %else27, %stack_ok35
  %260 = load i32, i32* %frame, align 4
  %261 = zext i32 %260 to i64
  %262 = add i64 %261, 16
  %263 = add i64 %262, 8
  %264 = icmp ugt i64 %263, %arena_size
  br i1 %264, label %trap17.site0, label %ok36

ok29:                                             ; preds = %then26
  %265 = getelementptr i8, i8* %mem, i64 %257
  %266 = load i8, i8* %265, align 1
  %267 = zext i8 %266 to i32
  %268 = icmp eq i32 %267, 1
  %269 = zext i1 %268 to i32
  %270 = icmp ne i32 %269, 0
  br i1 %270, label %then30, label %else31

then30:                                           ; preds = %ok29
  br label %trap6.site8

else31:                                           ; preds = %ok29
  br label %join32

join32:                                           ; preds = %else31, %dead33
  %271 = load i32, i32* %frame, align 4
  %272 = icmp uge i32 %depth, 1000
  br i1 %272, label %trap15.site8, label %ok34

trap6.site8:                                      ; preds = %then30
  %273 = load i64, i64* %lowStart, align 8
  %274 = getelementptr i64, i64* %regs, i64 6
  store i64 %273, i64* %274, align 8
  %275 = load i64, i64* %lowEnd, align 8
  %276 = getelementptr i64, i64* %regs, i64 7
  store i64 %275, i64* %276, align 8
  %277 = load i64, i64* %highEnd, align 8
  %278 = getelementptr i64, i64* %regs, i64 8
  store i64 %277, i64* %278, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 8)
  unreachable

dead33:                                           ; No predecessors!
  br label %join32

ok34:                                             ; preds = %join32
  %279 = getelementptr i64, i64* %regs, i64 10
  %280 = load i64, i64* %279, align 8
  %281 = icmp ult i64 %10, %280
  br i1 %281, label %trap253.site0, label %stack_ok35

trap15.site8:                                     ; preds = %join32
  %282 = load i64, i64* %lowStart, align 8
  %283 = getelementptr i64, i64* %regs, i64 6
  store i64 %282, i64* %283, align 8
  %284 = load i64, i64* %lowEnd, align 8
  %285 = getelementptr i64, i64* %regs, i64 7
  store i64 %284, i64* %285, align 8
  %286 = load i64, i64* %highEnd, align 8
  %287 = getelementptr i64, i64* %regs, i64 8
  store i64 %286, i64* %287, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok35:                                       ; preds = %ok34
  %288 = load i64, i64* %fuel, align 8
  %289 = getelementptr i64, i64* %regs, i64 0
  store i64 %288, i64* %289, align 8
  %290 = load i64, i64* %lowStart, align 8
  %291 = getelementptr i64, i64* %regs, i64 6
  store i64 %290, i64* %291, align 8
  %292 = load i64, i64* %lowEnd, align 8
  %293 = getelementptr i64, i64* %regs, i64 7
  store i64 %292, i64* %293, align 8
  %294 = load i64, i64* %highEnd, align 8
  %295 = getelementptr i64, i64* %regs, i64 8
  store i64 %294, i64* %295, align 8
  %296 = add i32 %depth, 1
  call void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %296, i32 %271)
  %297 = getelementptr i64, i64* %regs, i64 0
  %298 = load i64, i64* %297, align 8
  store i64 %298, i64* %fuel, align 8
  %299 = getelementptr i64, i64* %regs, i64 6
  %300 = load i64, i64* %299, align 8
  store i64 %300, i64* %lowStart, align 8
  %301 = getelementptr i64, i64* %regs, i64 7
  %302 = load i64, i64* %301, align 8
  store i64 %302, i64* %lowEnd, align 8
  %303 = getelementptr i64, i64* %regs, i64 8
  %304 = load i64, i64* %303, align 8
  store i64 %304, i64* %highEnd, align 8
  br label %join28

ok36:                                             ; preds = %join28
  %305 = getelementptr i8, i8* %mem, i64 %262
  %306 = bitcast i64* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %306, i8* %305, i64 8, i1 false)
  %307 = load i64, i64* %unaligned37, align 8
  store i64 %307, i64* %result24, align 8
  br label %e4

ok38:                                             ; preds = %e4
  %308 = extractvalue { i64, i1 } %247, 0
  store i64 %308, i64* %total, align 8
  %309 = load i32, i32* %frame, align 4
  %310 = zext i32 %309 to i64
  %311 = add i64 %310, 24
  %312 = add i64 %311, 1
  %313 = icmp ugt i64 %312, %arena_size
  br i1 %313, label %trap17.site0, label %ok39

trap2.site6:                                      ; preds = %e4
  %314 = load i64, i64* %lowStart, align 8
  %315 = getelementptr i64, i64* %regs, i64 6
  store i64 %314, i64* %315, align 8
  %316 = load i64, i64* %lowEnd, align 8
  %317 = getelementptr i64, i64* %regs, i64 7
  store i64 %316, i64* %317, align 8
  %318 = load i64, i64* %highEnd, align 8
  %319 = getelementptr i64, i64* %regs, i64 8
  store i64 %318, i64* %319, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok39:                                             ; preds = %ok38
  %320 = getelementptr i8, i8* %mem, i64 %311
  %321 = load i8, i8* %320, align 1
  %322 = zext i8 %321 to i32
  %323 = icmp eq i32 %322, 0
  %324 = zext i1 %323 to i32
  %325 = icmp ne i32 %324, 0
  br i1 %325, label %then40, label %else41

then40:                                           ; preds = %ok39
  %326 = load i32, i32* %frame, align 4
  %327 = icmp uge i32 %depth, 1000
  br i1 %327, label %trap15.site9, label %ok43

else41:                                           ; preds = %ok39
  br label %join42

join42:                                           ; preds = %else41, %stack_ok44
  %328 = load i32, i32* %frame, align 4
  %329 = zext i32 %328 to i64
  %330 = add i64 %329, 25
  %331 = add i64 %330, 1
  %332 = icmp ugt i64 %331, %arena_size
  br i1 %332, label %trap17.site0, label %ok45

ok43:                                             ; preds = %then40
  %333 = getelementptr i64, i64* %regs, i64 10
  %334 = load i64, i64* %333, align 8
  %335 = icmp ult i64 %10, %334
  br i1 %335, label %trap253.site0, label %stack_ok44

trap15.site9:                                     ; preds = %then40
  %336 = load i64, i64* %lowStart, align 8
  %337 = getelementptr i64, i64* %regs, i64 6
  store i64 %336, i64* %337, align 8
  %338 = load i64, i64* %lowEnd, align 8
  %339 = getelementptr i64, i64* %regs, i64 7
  store i64 %338, i64* %339, align 8
  %340 = load i64, i64* %highEnd, align 8
  %341 = getelementptr i64, i64* %regs, i64 8
  store i64 %340, i64* %341, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

stack_ok44:                                       ; preds = %ok43
  %342 = load i64, i64* %fuel, align 8
  %343 = getelementptr i64, i64* %regs, i64 0
  store i64 %342, i64* %343, align 8
  %344 = load i64, i64* %lowStart, align 8
  %345 = getelementptr i64, i64* %regs, i64 6
  store i64 %344, i64* %345, align 8
  %346 = load i64, i64* %lowEnd, align 8
  %347 = getelementptr i64, i64* %regs, i64 7
  store i64 %346, i64* %347, align 8
  %348 = load i64, i64* %highEnd, align 8
  %349 = getelementptr i64, i64* %regs, i64 8
  store i64 %348, i64* %349, align 8
  %350 = add i32 %depth, 1
  call void @m0.where.a.base(i64* %regs, i8* %mem, i32 %350, i32 %326)
  %351 = getelementptr i64, i64* %regs, i64 0
  %352 = load i64, i64* %351, align 8
  store i64 %352, i64* %fuel, align 8
  %353 = getelementptr i64, i64* %regs, i64 6
  %354 = load i64, i64* %353, align 8
  store i64 %354, i64* %lowStart, align 8
  %355 = getelementptr i64, i64* %regs, i64 7
  %356 = load i64, i64* %355, align 8
  store i64 %356, i64* %lowEnd, align 8
  %357 = getelementptr i64, i64* %regs, i64 8
  %358 = load i64, i64* %357, align 8
  store i64 %358, i64* %highEnd, align 8
  br label %join42

ok45:                                             ; preds = %join42
  %359 = getelementptr i8, i8* %mem, i64 %330
  %360 = load i8, i8* %359, align 1
  %361 = zext i8 %360 to i32
  %362 = icmp eq i32 %361, 0
  %363 = zext i1 %362 to i32
  %364 = icmp ne i32 %363, 0
  br i1 %364, label %then46, label %else47

then46:                                           ; preds = %ok45
  %365 = load i32, i32* %frame, align 4
  %366 = icmp uge i32 %depth, 1000
  br i1 %366, label %trap15.site10, label %ok49

else47:                                           ; preds = %ok45
  br label %join48

join48:                                           ; preds = %else47, %stack_ok50
  %367 = load i64, i64* %total, align 8
  %368 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %367, i64 2)
  %369 = extractvalue { i64, i1 } %368, 1
  br i1 %369, label %trap2.site11, label %ok51

ok49:                                             ; preds = %then46
  %370 = getelementptr i64, i64* %regs, i64 10
  %371 = load i64, i64* %370, align 8
  %372 = icmp ult i64 %10, %371
  br i1 %372, label %trap253.site0, label %stack_ok50

trap15.site10:                                    ; preds = %then46
  %373 = load i64, i64* %lowStart, align 8
  %374 = getelementptr i64, i64* %regs, i64 6
  store i64 %373, i64* %374, align 8
  %375 = load i64, i64* %lowEnd, align 8
  %376 = getelementptr i64, i64* %regs, i64 7
  store i64 %375, i64* %376, align 8
  %377 = load i64, i64* %highEnd, align 8
  %378 = getelementptr i64, i64* %regs, i64 8
  store i64 %377, i64* %378, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 10)
  unreachable

stack_ok50:                                       ; preds = %ok49
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
  call void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %387, i32 %365)
  %388 = getelementptr i64, i64* %regs, i64 0
  %389 = load i64, i64* %388, align 8
  store i64 %389, i64* %fuel, align 8
  %390 = getelementptr i64, i64* %regs, i64 6
  %391 = load i64, i64* %390, align 8
  store i64 %391, i64* %lowStart, align 8
  %392 = getelementptr i64, i64* %regs, i64 7
  %393 = load i64, i64* %392, align 8
  store i64 %393, i64* %lowEnd, align 8
  %394 = getelementptr i64, i64* %regs, i64 8
  %395 = load i64, i64* %394, align 8
  store i64 %395, i64* %highEnd, align 8
  br label %join48

ok51:                                             ; preds = %join48
  %396 = extractvalue { i64, i1 } %368, 0
  store i64 %396, i64* %result7, align 8
  br label %e1

trap2.site11:                                     ; preds = %join48
  %397 = load i64, i64* %lowStart, align 8
  %398 = getelementptr i64, i64* %regs, i64 6
  store i64 %397, i64* %398, align 8
  %399 = load i64, i64* %lowEnd, align 8
  %400 = getelementptr i64, i64* %regs, i64 7
  store i64 %399, i64* %400, align 8
  %401 = load i64, i64* %highEnd, align 8
  %402 = getelementptr i64, i64* %regs, i64 8
  store i64 %401, i64* %402, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 11)
  unreachable

ok52:                                             ; preds = %e1
  %403 = getelementptr i8, i8* %mem, i64 %111
  %404 = icmp ult i64 %111, %scratch_start
  %405 = load i64, i64* %lowEnd, align 8
  %406 = load i64, i64* %highEnd, align 8
  %407 = call i64 @llvm.umax.i64(i64 %405, i64 %112)
  %408 = select i1 %404, i64 %407, i64 %405
  store i64 %408, i64* %lowEnd, align 8
  %409 = call i64 @llvm.umax.i64(i64 %406, i64 %112)
  %410 = select i1 %404, i64 %406, i64 %409
  store i64 %410, i64* %highEnd, align 8
  %411 = load i64, i64* %lowStart, align 8
  %412 = call i64 @llvm.umin.i64(i64 %411, i64 %111)
  store i64 %412, i64* %lowStart, align 8
  store i64 %110, i64* %unaligned53, align 8
  %413 = bitcast i64* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %403, i8* %413, i64 8, i1 false)
  %414 = load i64, i64* %x, align 8
  %415 = call { i64, i1 } @llvm.ssub.with.overflow.i64(i64 %414, i64 1)
  %416 = extractvalue { i64, i1 } %415, 1
  br i1 %416, label %trap2.site12, label %ok55

e8:                                               ; preds = %e12
  %417 = load i64, i64* %result54, align 8
  store i64 %417, i64* %b, align 8
  %418 = load i32, i32* %dict, align 4
  %419 = load i64, i64* %b, align 8
  %420 = zext i32 %418 to i64
  %421 = add i64 %420, 8
  %422 = add i64 %421, 8
  %423 = icmp ugt i64 %422, %arena_size
  br i1 %423, label %trap17.site0, label %ok59

ok55:                                             ; preds = %ok52
  %424 = extractvalue { i64, i1 } %415, 0
  store i64 %424, i64* %p, align 8
  %425 = load i64, i64* %p, align 8
  %426 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %425, i64 3)
  %427 = extractvalue { i64, i1 } %426, 1
  br i1 %427, label %trap2.site13, label %ok57

trap2.site12:                                     ; preds = %ok52
  %428 = load i64, i64* %lowStart, align 8
  %429 = getelementptr i64, i64* %regs, i64 6
  store i64 %428, i64* %429, align 8
  %430 = load i64, i64* %lowEnd, align 8
  %431 = getelementptr i64, i64* %regs, i64 7
  store i64 %430, i64* %431, align 8
  %432 = load i64, i64* %highEnd, align 8
  %433 = getelementptr i64, i64* %regs, i64 8
  store i64 %432, i64* %433, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable

e12:                                              ; preds = %ok58
  %434 = load i64, i64* %result56, align 8
  store i64 %434, i64* %result54, align 8
  br label %e8

ok57:                                             ; preds = %ok55
  %435 = extractvalue { i64, i1 } %426, 0
  store i64 %435, i64* %q, align 8
  %436 = load i64, i64* %p, align 8
  %437 = load i64, i64* %q, align 8
  %438 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %436, i64 %437)
  %439 = extractvalue { i64, i1 } %438, 1
  br i1 %439, label %trap2.site14, label %ok58

trap2.site13:                                     ; preds = %ok55
  %440 = load i64, i64* %lowStart, align 8
  %441 = getelementptr i64, i64* %regs, i64 6
  store i64 %440, i64* %441, align 8
  %442 = load i64, i64* %lowEnd, align 8
  %443 = getelementptr i64, i64* %regs, i64 7
  store i64 %442, i64* %443, align 8
  %444 = load i64, i64* %highEnd, align 8
  %445 = getelementptr i64, i64* %regs, i64 8
  store i64 %444, i64* %445, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 13)
  unreachable

ok58:                                             ; preds = %ok57
  %446 = extractvalue { i64, i1 } %438, 0
  store i64 %446, i64* %result56, align 8
  br label %e12

trap2.site14:                                     ; preds = %ok57
  %447 = load i64, i64* %lowStart, align 8
  %448 = getelementptr i64, i64* %regs, i64 6
  store i64 %447, i64* %448, align 8
  %449 = load i64, i64* %lowEnd, align 8
  %450 = getelementptr i64, i64* %regs, i64 7
  store i64 %449, i64* %450, align 8
  %451 = load i64, i64* %highEnd, align 8
  %452 = getelementptr i64, i64* %regs, i64 8
  store i64 %451, i64* %452, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 14)
  unreachable

ok59:                                             ; preds = %e8
  %453 = getelementptr i8, i8* %mem, i64 %421
  %454 = icmp ult i64 %421, %scratch_start
  %455 = load i64, i64* %lowEnd, align 8
  %456 = load i64, i64* %highEnd, align 8
  %457 = call i64 @llvm.umax.i64(i64 %455, i64 %422)
  %458 = select i1 %454, i64 %457, i64 %455
  store i64 %458, i64* %lowEnd, align 8
  %459 = call i64 @llvm.umax.i64(i64 %456, i64 %422)
  %460 = select i1 %454, i64 %456, i64 %459
  store i64 %460, i64* %highEnd, align 8
  %461 = load i64, i64* %lowStart, align 8
  %462 = call i64 @llvm.umin.i64(i64 %461, i64 %421)
  store i64 %462, i64* %lowStart, align 8
  store i64 %419, i64* %unaligned60, align 8
  %463 = bitcast i64* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %453, i8* %463, i64 8, i1 false)
  store i64 1, i64* %item, align 8
  store i64 2, i64* %item.1, align 8
  store i64 3, i64* %item.2, align 8
  store i64 32, i64* %size, align 8
  %464 = load i64, i64* %size, align 8
  %465 = icmp ugt i64 %464, 2147483647
  %466 = zext i1 %465 to i32
  %467 = icmp ne i32 %466, 0
  br i1 %467, label %then63, label %else64

e19:                                              ; preds = %e24
  %468 = load i32, i32* %result61, align 4
  store i32 %468, i32* %c, align 4
  %469 = load i32, i32* %dict, align 4
  %470 = load i32, i32* %c, align 4
  %471 = zext i32 %469 to i64
  %472 = add i64 %471, 16
  %473 = add i64 %472, 4
  %474 = icmp ugt i64 %473, %arena_size
  br i1 %474, label %trap17.site0, label %ok95

e20:                                              ; preds = %ok74
  %475 = load i32, i32* %result62, align 4
  store i32 %475, i32* %ws, align 4
  %476 = load i32, i32* %ws, align 4
  store i32 %476, i32* %xs, align 4
  %477 = load i32, i32* %xs, align 4
  %478 = zext i32 %477 to i64
  %479 = add i64 %478, 4
  %480 = icmp ugt i64 %479, %arena_size
  br i1 %480, label %trap17.site0, label %ok77

then63:                                           ; preds = %ok59
  br label %trap15.site15

else64:                                           ; preds = %ok59
  br label %join65

join65:                                           ; preds = %else64, %dead66
  %481 = load i64, i64* %size, align 8
  %482 = trunc i64 %481 to i32
  %483 = zext i32 %482 to i64
  %484 = getelementptr i64, i64* %regs, i64 1
  %485 = getelementptr i64, i64* %regs, i64 2
  %486 = load i64, i64* %484, align 8
  %487 = add i64 %486, 7
  %488 = and i64 %487, -8
  %489 = add i64 %488, %483
  %490 = load i64, i64* %485, align 8
  %491 = icmp ugt i64 %489, %490
  br i1 %491, label %trap15.site15, label %ok67

trap15.site15:                                    ; preds = %join65, %then63
  %492 = load i64, i64* %lowStart, align 8
  %493 = getelementptr i64, i64* %regs, i64 6
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %lowEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 7
  store i64 %494, i64* %495, align 8
  %496 = load i64, i64* %highEnd, align 8
  %497 = getelementptr i64, i64* %regs, i64 8
  store i64 %496, i64* %497, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 15)
  unreachable

dead66:                                           ; No predecessors!
  br label %join65

ok67:                                             ; preds = %join65
  store i64 %489, i64* %484, align 8
  %498 = trunc i64 %488 to i32
  store i32 %498, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %499 = load i32, i32* %list, align 4
  %500 = add i32 %499, 8
  %501 = load i32, i32* %len, align 4
  %502 = mul i32 %501, 8
  %503 = add i32 %500, %502
  %504 = load i64, i64* %item, align 8
  %505 = zext i32 %503 to i64
  %506 = add i64 %505, 8
  %507 = icmp ugt i64 %506, %arena_size
  br i1 %507, label %trap17.site0, label %ok68

ok68:                                             ; preds = %ok67
  %508 = getelementptr i8, i8* %mem, i64 %505
  %509 = icmp ult i64 %505, %scratch_start
  %510 = load i64, i64* %lowEnd, align 8
  %511 = load i64, i64* %highEnd, align 8
  %512 = call i64 @llvm.umax.i64(i64 %510, i64 %506)
  %513 = select i1 %509, i64 %512, i64 %510
  store i64 %513, i64* %lowEnd, align 8
  %514 = call i64 @llvm.umax.i64(i64 %511, i64 %506)
  %515 = select i1 %509, i64 %511, i64 %514
  store i64 %515, i64* %highEnd, align 8
  %516 = load i64, i64* %lowStart, align 8
  %517 = call i64 @llvm.umin.i64(i64 %516, i64 %505)
  store i64 %517, i64* %lowStart, align 8
  store i64 %504, i64* %unaligned69, align 8
  %518 = bitcast i64* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %508, i8* %518, i64 8, i1 false)
  %519 = load i32, i32* %len, align 4
  %520 = add i32 %519, 1
  store i32 %520, i32* %len, align 4
  %521 = load i32, i32* %list, align 4
  %522 = add i32 %521, 8
  %523 = load i32, i32* %len, align 4
  %524 = mul i32 %523, 8
  %525 = add i32 %522, %524
  %526 = load i64, i64* %item.1, align 8
  %527 = zext i32 %525 to i64
  %528 = add i64 %527, 8
  %529 = icmp ugt i64 %528, %arena_size
  br i1 %529, label %trap17.site0, label %ok70

ok70:                                             ; preds = %ok68
  %530 = getelementptr i8, i8* %mem, i64 %527
  %531 = icmp ult i64 %527, %scratch_start
  %532 = load i64, i64* %lowEnd, align 8
  %533 = load i64, i64* %highEnd, align 8
  %534 = call i64 @llvm.umax.i64(i64 %532, i64 %528)
  %535 = select i1 %531, i64 %534, i64 %532
  store i64 %535, i64* %lowEnd, align 8
  %536 = call i64 @llvm.umax.i64(i64 %533, i64 %528)
  %537 = select i1 %531, i64 %533, i64 %536
  store i64 %537, i64* %highEnd, align 8
  %538 = load i64, i64* %lowStart, align 8
  %539 = call i64 @llvm.umin.i64(i64 %538, i64 %527)
  store i64 %539, i64* %lowStart, align 8
  store i64 %526, i64* %unaligned71, align 8
  %540 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %530, i8* %540, i64 8, i1 false)
  %541 = load i32, i32* %len, align 4
  %542 = add i32 %541, 1
  store i32 %542, i32* %len, align 4
  %543 = load i32, i32* %list, align 4
  %544 = add i32 %543, 8
  %545 = load i32, i32* %len, align 4
  %546 = mul i32 %545, 8
  %547 = add i32 %544, %546
  %548 = load i64, i64* %item.2, align 8
  %549 = zext i32 %547 to i64
  %550 = add i64 %549, 8
  %551 = icmp ugt i64 %550, %arena_size
  br i1 %551, label %trap17.site0, label %ok72

ok72:                                             ; preds = %ok70
  %552 = getelementptr i8, i8* %mem, i64 %549
  %553 = icmp ult i64 %549, %scratch_start
  %554 = load i64, i64* %lowEnd, align 8
  %555 = load i64, i64* %highEnd, align 8
  %556 = call i64 @llvm.umax.i64(i64 %554, i64 %550)
  %557 = select i1 %553, i64 %556, i64 %554
  store i64 %557, i64* %lowEnd, align 8
  %558 = call i64 @llvm.umax.i64(i64 %555, i64 %550)
  %559 = select i1 %553, i64 %555, i64 %558
  store i64 %559, i64* %highEnd, align 8
  %560 = load i64, i64* %lowStart, align 8
  %561 = call i64 @llvm.umin.i64(i64 %560, i64 %549)
  store i64 %561, i64* %lowStart, align 8
  store i64 %548, i64* %unaligned73, align 8
  %562 = bitcast i64* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %552, i8* %562, i64 8, i1 false)
  %563 = load i32, i32* %len, align 4
  %564 = add i32 %563, 1
  store i32 %564, i32* %len, align 4
  %565 = load i32, i32* %list, align 4
  %566 = load i32, i32* %len, align 4
  %567 = zext i32 %565 to i64
  %568 = add i64 %567, 4
  %569 = icmp ugt i64 %568, %arena_size
  br i1 %569, label %trap17.site0, label %ok74

ok74:                                             ; preds = %ok72
  %570 = getelementptr i8, i8* %mem, i64 %567
  %571 = icmp ult i64 %567, %scratch_start
  %572 = load i64, i64* %lowEnd, align 8
  %573 = load i64, i64* %highEnd, align 8
  %574 = call i64 @llvm.umax.i64(i64 %572, i64 %568)
  %575 = select i1 %571, i64 %574, i64 %572
  store i64 %575, i64* %lowEnd, align 8
  %576 = call i64 @llvm.umax.i64(i64 %573, i64 %568)
  %577 = select i1 %571, i64 %573, i64 %576
  store i64 %577, i64* %highEnd, align 8
  %578 = load i64, i64* %lowStart, align 8
  %579 = call i64 @llvm.umin.i64(i64 %578, i64 %567)
  store i64 %579, i64* %lowStart, align 8
  store i32 %566, i32* %unaligned75, align 4
  %580 = bitcast i32* %unaligned75 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %570, i8* %580, i64 4, i1 false)
  %581 = load i32, i32* %list, align 4
  store i32 %581, i32* %result62, align 4
  br label %e20

e24:                                              ; preds = %ok93
  %582 = load i32, i32* %result76, align 4
  store i32 %582, i32* %result61, align 4
  br label %e19

ok77:                                             ; preds = %e20
  %583 = getelementptr i8, i8* %mem, i64 %478
  %584 = bitcast i32* %unaligned78 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %584, i8* %583, i64 4, i1 false)
  %585 = load i32, i32* %unaligned78, align 4
  %586 = zext i32 %585 to i64
  %587 = mul i64 %586, 8
  %588 = add i64 8, %587
  store i64 %588, i64* %size.1, align 8
  %589 = load i64, i64* %size.1, align 8
  %590 = icmp ugt i64 %589, 2147483647
  %591 = zext i1 %590 to i32
  %592 = icmp ne i32 %591, 0
  br i1 %592, label %then79, label %else80

then79:                                           ; preds = %ok77
  br label %trap15.site16

else80:                                           ; preds = %ok77
  br label %join81

join81:                                           ; preds = %else80, %dead82
  %593 = load i64, i64* %size.1, align 8
  %594 = trunc i64 %593 to i32
  %595 = zext i32 %594 to i64
  %596 = getelementptr i64, i64* %regs, i64 1
  %597 = getelementptr i64, i64* %regs, i64 2
  %598 = load i64, i64* %596, align 8
  %599 = add i64 %598, 7
  %600 = and i64 %599, -8
  %601 = add i64 %600, %595
  %602 = load i64, i64* %597, align 8
  %603 = icmp ugt i64 %601, %602
  br i1 %603, label %trap15.site16, label %ok83

trap15.site16:                                    ; preds = %join81, %then79
  %604 = load i64, i64* %lowStart, align 8
  %605 = getelementptr i64, i64* %regs, i64 6
  store i64 %604, i64* %605, align 8
  %606 = load i64, i64* %lowEnd, align 8
  %607 = getelementptr i64, i64* %regs, i64 7
  store i64 %606, i64* %607, align 8
  %608 = load i64, i64* %highEnd, align 8
  %609 = getelementptr i64, i64* %regs, i64 8
  store i64 %608, i64* %609, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

dead82:                                           ; No predecessors!
  br label %join81

ok83:                                             ; preds = %join81
  store i64 %601, i64* %596, align 8
  %610 = trunc i64 %600 to i32
  store i32 %610, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %611 = load i32, i32* %xs, align 4
  %612 = zext i32 %611 to i64
  %613 = add i64 %612, 4
  %614 = icmp ugt i64 %613, %arena_size
  br i1 %614, label %trap17.site0, label %ok84

ok84:                                             ; preds = %ok83
  %615 = getelementptr i8, i8* %mem, i64 %612
  %616 = bitcast i32* %unaligned85 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %616, i8* %615, i64 4, i1 false)
  %617 = load i32, i32* %unaligned85, align 4
  store i32 %617, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each27

block26:                                          ; preds = %dead92, %ok86
  %618 = load i32, i32* %list.1, align 4
  %619 = load i32, i32* %len.1, align 4
  %620 = zext i32 %618 to i64
  %621 = add i64 %620, 4
  %622 = icmp ugt i64 %621, %arena_size
  br i1 %622, label %trap17.site0, label %ok93

each27:                                           ; preds = %ok90, %ok84
  %623 = load i64, i64* %fuel, align 8
  %624 = icmp ult i64 %623, 1
  br i1 %624, label %trap14.site0, label %ok86

ok86:                                             ; preds = %each27
  %625 = sub i64 %623, 1
  store i64 %625, i64* %fuel, align 8
  %626 = load i32, i32* %k, align 4
  %627 = load i32, i32* %n, align 4
  %628 = icmp uge i32 %626, %627
  %629 = zext i1 %628 to i32
  %630 = icmp ne i32 %629, 0
  br i1 %630, label %block26, label %cont

cont:                                             ; preds = %ok86
  %631 = load i32, i32* %xs, align 4
  %632 = load i32, i32* %k, align 4
  %633 = mul i32 %632, 8
  %634 = add i32 %631, %633
  %635 = zext i32 %634 to i64
  %636 = add i64 %635, 8
  %637 = add i64 %636, 8
  %638 = icmp ugt i64 %637, %arena_size
  br i1 %638, label %trap17.site0, label %ok87

ok87:                                             ; preds = %cont
  %639 = getelementptr i8, i8* %mem, i64 %636
  %640 = bitcast i64* %unaligned88 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %640, i8* %639, i64 8, i1 false)
  %641 = load i64, i64* %unaligned88, align 8
  store i64 %641, i64* %x.1, align 8
  %642 = load i64, i64* %x.1, align 8
  store i64 %642, i64* %w, align 8
  %643 = load i32, i32* %list.1, align 4
  %644 = load i32, i32* %len.1, align 4
  %645 = mul i32 %644, 8
  %646 = add i32 %643, %645
  %647 = load i64, i64* %w, align 8
  %648 = load i64, i64* %x, align 8
  %649 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %647, i64 %648)
  %650 = extractvalue { i64, i1 } %649, 1
  br i1 %650, label %trap2.site17, label %ok89

ok89:                                             ; preds = %ok87
  %651 = extractvalue { i64, i1 } %649, 0
  %652 = zext i32 %646 to i64
  %653 = add i64 %652, 8
  %654 = add i64 %653, 8
  %655 = icmp ugt i64 %654, %arena_size
  br i1 %655, label %trap17.site0, label %ok90

trap2.site17:                                     ; preds = %ok87
  %656 = load i64, i64* %lowStart, align 8
  %657 = getelementptr i64, i64* %regs, i64 6
  store i64 %656, i64* %657, align 8
  %658 = load i64, i64* %lowEnd, align 8
  %659 = getelementptr i64, i64* %regs, i64 7
  store i64 %658, i64* %659, align 8
  %660 = load i64, i64* %highEnd, align 8
  %661 = getelementptr i64, i64* %regs, i64 8
  store i64 %660, i64* %661, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 17)
  unreachable

ok90:                                             ; preds = %ok89
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
  store i64 %651, i64* %unaligned91, align 8
  %672 = bitcast i64* %unaligned91 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %662, i8* %672, i64 8, i1 false)
  %673 = load i32, i32* %len.1, align 4
  %674 = add i32 %673, 1
  store i32 %674, i32* %len.1, align 4
  %675 = load i32, i32* %k, align 4
  %676 = add i32 %675, 1
  store i32 %676, i32* %k, align 4
  br label %each27

dead92:                                           ; No predecessors!
  br label %block26

ok93:                                             ; preds = %block26
  %677 = getelementptr i8, i8* %mem, i64 %620
  %678 = icmp ult i64 %620, %scratch_start
  %679 = load i64, i64* %lowEnd, align 8
  %680 = load i64, i64* %highEnd, align 8
  %681 = call i64 @llvm.umax.i64(i64 %679, i64 %621)
  %682 = select i1 %678, i64 %681, i64 %679
  store i64 %682, i64* %lowEnd, align 8
  %683 = call i64 @llvm.umax.i64(i64 %680, i64 %621)
  %684 = select i1 %678, i64 %680, i64 %683
  store i64 %684, i64* %highEnd, align 8
  %685 = load i64, i64* %lowStart, align 8
  %686 = call i64 @llvm.umin.i64(i64 %685, i64 %620)
  store i64 %686, i64* %lowStart, align 8
  store i32 %619, i32* %unaligned94, align 4
  %687 = bitcast i32* %unaligned94 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %677, i8* %687, i64 4, i1 false)
  %688 = load i32, i32* %list.1, align 4
  store i32 %688, i32* %result76, align 4
  br label %e24

ok95:                                             ; preds = %e19
  %689 = getelementptr i8, i8* %mem, i64 %472
  %690 = icmp ult i64 %472, %scratch_start
  %691 = load i64, i64* %lowEnd, align 8
  %692 = load i64, i64* %highEnd, align 8
  %693 = call i64 @llvm.umax.i64(i64 %691, i64 %473)
  %694 = select i1 %690, i64 %693, i64 %691
  store i64 %694, i64* %lowEnd, align 8
  %695 = call i64 @llvm.umax.i64(i64 %692, i64 %473)
  %696 = select i1 %690, i64 %692, i64 %695
  store i64 %696, i64* %highEnd, align 8
  %697 = load i64, i64* %lowStart, align 8
  %698 = call i64 @llvm.umin.i64(i64 %697, i64 %472)
  store i64 %698, i64* %lowStart, align 8
  store i32 %470, i32* %unaligned96, align 4
  %699 = bitcast i32* %unaligned96 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %689, i8* %699, i64 4, i1 false)
  %700 = load i32, i32* %dict, align 4
  store i32 %700, i32* %result5, align 4
  br label %e0

ok97:                                             ; preds = %e0
  %701 = getelementptr i64, i64* %regs, i64 10
  %702 = load i64, i64* %701, align 8
  %703 = icmp ult i64 %10, %702
  br i1 %703, label %trap253.site0, label %stack_ok98

trap15.site0:                                     ; preds = %e0
  %704 = load i64, i64* %lowStart, align 8
  %705 = getelementptr i64, i64* %regs, i64 6
  store i64 %704, i64* %705, align 8
  %706 = load i64, i64* %lowEnd, align 8
  %707 = getelementptr i64, i64* %regs, i64 7
  store i64 %706, i64* %707, align 8
  %708 = load i64, i64* %highEnd, align 8
  %709 = getelementptr i64, i64* %regs, i64 8
  store i64 %708, i64* %709, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok98:                                       ; preds = %ok97
  %710 = load i64, i64* %fuel, align 8
  %711 = getelementptr i64, i64* %regs, i64 0
  store i64 %710, i64* %711, align 8
  %712 = load i64, i64* %lowStart, align 8
  %713 = getelementptr i64, i64* %regs, i64 6
  store i64 %712, i64* %713, align 8
  %714 = load i64, i64* %lowEnd, align 8
  %715 = getelementptr i64, i64* %regs, i64 7
  store i64 %714, i64* %715, align 8
  %716 = load i64, i64* %highEnd, align 8
  %717 = getelementptr i64, i64* %regs, i64 8
  store i64 %716, i64* %717, align 8
  %718 = add i32 %depth, 1
  %719 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %718, i32 %90, i32 %91, i32 0)
  %720 = getelementptr i64, i64* %regs, i64 0
  %721 = load i64, i64* %720, align 8
  store i64 %721, i64* %fuel, align 8
  %722 = getelementptr i64, i64* %regs, i64 6
  %723 = load i64, i64* %722, align 8
  store i64 %723, i64* %lowStart, align 8
  %724 = getelementptr i64, i64* %regs, i64 7
  %725 = load i64, i64* %724, align 8
  store i64 %725, i64* %lowEnd, align 8
  %726 = getelementptr i64, i64* %regs, i64 8
  %727 = load i64, i64* %726, align 8
  store i64 %727, i64* %highEnd, align 8
  store i32 %719, i32* %json_end, align 4
  %728 = load i32, i32* %json_end, align 4
  %729 = icmp eq i32 %728, -2
  %730 = zext i1 %729 to i32
  %731 = icmp ne i32 %730, 0
  br i1 %731, label %then99, label %else100

then99:                                           ; preds = %stack_ok98
  br label %trap16.site4

else100:                                          ; preds = %stack_ok98
  br label %join101

join101:                                          ; preds = %else100, %dead102
  %732 = load i32, i32* %json_end, align 4
  %733 = icmp eq i32 %732, -1
  %734 = zext i1 %733 to i32
  %735 = icmp ne i32 %734, 0
  br i1 %735, label %then103, label %else104

trap16.site4:                                     ; preds = %then99
  %736 = load i64, i64* %lowStart, align 8
  %737 = getelementptr i64, i64* %regs, i64 6
  store i64 %736, i64* %737, align 8
  %738 = load i64, i64* %lowEnd, align 8
  %739 = getelementptr i64, i64* %regs, i64 7
  store i64 %738, i64* %739, align 8
  %740 = load i64, i64* %highEnd, align 8
  %741 = getelementptr i64, i64* %regs, i64 8
  store i64 %740, i64* %741, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 4)
  unreachable

dead102:                                          ; No predecessors!
  br label %join101

then103:                                          ; preds = %join101
  br label %trap15.site4

else104:                                          ; preds = %join101
  br label %join105

join105:                                          ; preds = %else104, %dead106
  %742 = load i32, i32* %json_end, align 4
  %743 = zext i32 %742 to i64
  %744 = getelementptr i64, i64* %regs, i64 3
  store i64 %743, i64* %744, align 8
  %745 = load i32, i32* %json_end, align 4
  %746 = load i32, i32* %json_start, align 4
  %747 = sub i32 %745, %746
  %748 = load i64, i64* %fuel, align 8
  %749 = getelementptr i64, i64* %regs, i64 0
  store i64 %748, i64* %749, align 8
  %750 = load i64, i64* %lowStart, align 8
  %751 = getelementptr i64, i64* %regs, i64 6
  store i64 %750, i64* %751, align 8
  %752 = load i64, i64* %lowEnd, align 8
  %753 = getelementptr i64, i64* %regs, i64 7
  store i64 %752, i64* %753, align 8
  %754 = load i64, i64* %highEnd, align 8
  %755 = getelementptr i64, i64* %regs, i64 8
  store i64 %754, i64* %755, align 8
  ret i32 %747

dead106:                                          ; No predecessors!
  br label %join105
}

define internal void @m0.where.a.base(i64* %regs, i8* %mem, i32 %depth, i32 %frame.arg) {
entry:
  %frame = alloca i32, align 4
  store i32 %frame.arg, i32* %frame, align 4
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
  %unaligned = alloca i64, align 8
  %unaligned4 = alloca i64, align 8
  %unaligned7 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %10 = load i64, i64* %fuel, align 8
  %11 = icmp ult i64 %10, 1
  br i1 %11, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %12 = sub i64 %10, 1
  store i64 %12, i64* %fuel, align 8
  %13 = load i32, i32* %frame, align 4
  %14 = zext i32 %13 to i64
  %15 = add i64 %14, 24
  %16 = add i64 %15, 1
  %17 = icmp ugt i64 %16, %arena_size
  br i1 %17, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
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
  %25 = icmp ult i64 %15, %scratch_start
  %26 = load i64, i64* %lowEnd, align 8
  %27 = load i64, i64* %highEnd, align 8
  %28 = call i64 @llvm.umax.i64(i64 %26, i64 %16)
  %29 = select i1 %25, i64 %28, i64 %26
  store i64 %29, i64* %lowEnd, align 8
  %30 = call i64 @llvm.umax.i64(i64 %27, i64 %16)
  %31 = select i1 %25, i64 %27, i64 %30
  store i64 %31, i64* %highEnd, align 8
  %32 = load i64, i64* %lowStart, align 8
  %33 = call i64 @llvm.umin.i64(i64 %32, i64 %15)
  store i64 %33, i64* %lowStart, align 8
  store i8 1, i8* %24, align 1
  %34 = load i32, i32* %frame, align 4
  %35 = load i32, i32* %frame, align 4
  %36 = zext i32 %35 to i64
  %37 = add i64 %36, 32
  %38 = add i64 %37, 8
  %39 = icmp ugt i64 %38, %arena_size
  br i1 %39, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok6, %ok5, %ok2, %ok1, %ok
  %40 = load i64, i64* %lowStart, align 8
  %41 = getelementptr i64, i64* %regs, i64 6
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %lowEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 7
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 8
  store i64 %44, i64* %45, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %46 = getelementptr i8, i8* %mem, i64 %37
  %47 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %47, i8* %46, i64 8, i1 false)
  %48 = load i64, i64* %unaligned, align 8
  %49 = load i32, i32* %frame, align 4
  %50 = zext i32 %49 to i64
  %51 = add i64 %50, 40
  %52 = add i64 %51, 8
  %53 = icmp ugt i64 %52, %arena_size
  br i1 %53, label %trap17.site0, label %ok3

ok3:                                              ; preds = %ok2
  %54 = getelementptr i8, i8* %mem, i64 %51
  %55 = bitcast i64* %unaligned4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %55, i8* %54, i64 8, i1 false)
  %56 = load i64, i64* %unaligned4, align 8
  %57 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %48, i64 %56)
  %58 = extractvalue { i64, i1 } %57, 1
  br i1 %58, label %trap2.site9, label %ok5

ok5:                                              ; preds = %ok3
  %59 = extractvalue { i64, i1 } %57, 0
  %60 = zext i32 %34 to i64
  %61 = add i64 %60, 8
  %62 = add i64 %61, 8
  %63 = icmp ugt i64 %62, %arena_size
  br i1 %63, label %trap17.site0, label %ok6

trap2.site9:                                      ; preds = %ok3
  %64 = load i64, i64* %lowStart, align 8
  %65 = getelementptr i64, i64* %regs, i64 6
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %lowEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 7
  store i64 %66, i64* %67, align 8
  %68 = load i64, i64* %highEnd, align 8
  %69 = getelementptr i64, i64* %regs, i64 8
  store i64 %68, i64* %69, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 9)
  unreachable

ok6:                                              ; preds = %ok5
  %70 = getelementptr i8, i8* %mem, i64 %61
  %71 = icmp ult i64 %61, %scratch_start
  %72 = load i64, i64* %lowEnd, align 8
  %73 = load i64, i64* %highEnd, align 8
  %74 = call i64 @llvm.umax.i64(i64 %72, i64 %62)
  %75 = select i1 %71, i64 %74, i64 %72
  store i64 %75, i64* %lowEnd, align 8
  %76 = call i64 @llvm.umax.i64(i64 %73, i64 %62)
  %77 = select i1 %71, i64 %73, i64 %76
  store i64 %77, i64* %highEnd, align 8
  %78 = load i64, i64* %lowStart, align 8
  %79 = call i64 @llvm.umin.i64(i64 %78, i64 %61)
  store i64 %79, i64* %lowStart, align 8
  store i64 %59, i64* %unaligned7, align 8
  %80 = bitcast i64* %unaligned7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %70, i8* %80, i64 8, i1 false)
  %81 = load i32, i32* %frame, align 4
  %82 = zext i32 %81 to i64
  %83 = add i64 %82, 24
  %84 = add i64 %83, 1
  %85 = icmp ugt i64 %84, %arena_size
  br i1 %85, label %trap17.site0, label %ok8

ok8:                                              ; preds = %ok6
  %86 = getelementptr i8, i8* %mem, i64 %83
  %87 = icmp ult i64 %83, %scratch_start
  %88 = load i64, i64* %lowEnd, align 8
  %89 = load i64, i64* %highEnd, align 8
  %90 = call i64 @llvm.umax.i64(i64 %88, i64 %84)
  %91 = select i1 %87, i64 %90, i64 %88
  store i64 %91, i64* %lowEnd, align 8
  %92 = call i64 @llvm.umax.i64(i64 %89, i64 %84)
  %93 = select i1 %87, i64 %89, i64 %92
  store i64 %93, i64* %highEnd, align 8
  %94 = load i64, i64* %lowStart, align 8
  %95 = call i64 @llvm.umin.i64(i64 %94, i64 %83)
  store i64 %95, i64* %lowStart, align 8
  store i8 2, i8* %86, align 1
  %96 = load i64, i64* %fuel, align 8
  %97 = getelementptr i64, i64* %regs, i64 0
  store i64 %96, i64* %97, align 8
  %98 = load i64, i64* %lowStart, align 8
  %99 = getelementptr i64, i64* %regs, i64 6
  store i64 %98, i64* %99, align 8
  %100 = load i64, i64* %lowEnd, align 8
  %101 = getelementptr i64, i64* %regs, i64 7
  store i64 %100, i64* %101, align 8
  %102 = load i64, i64* %highEnd, align 8
  %103 = getelementptr i64, i64* %regs, i64 8
  store i64 %102, i64* %103, align 8
  ret void
}

define internal void @m0.where.a.extra(i64* %regs, i8* %mem, i32 %depth, i32 %frame.arg) {
entry:
  %frame = alloca i32, align 4
  store i32 %frame.arg, i32* %frame, align 4
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
  %unaligned5 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = load i32, i32* %frame, align 4
  %15 = zext i32 %14 to i64
  %16 = add i64 %15, 25
  %17 = add i64 %16, 1
  %18 = icmp ugt i64 %17, %arena_size
  br i1 %18, label %trap17.site0, label %ok1

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

ok1:                                              ; preds = %ok
  %25 = getelementptr i8, i8* %mem, i64 %16
  %26 = icmp ult i64 %16, %scratch_start
  %27 = load i64, i64* %lowEnd, align 8
  %28 = load i64, i64* %highEnd, align 8
  %29 = call i64 @llvm.umax.i64(i64 %27, i64 %17)
  %30 = select i1 %26, i64 %29, i64 %27
  store i64 %30, i64* %lowEnd, align 8
  %31 = call i64 @llvm.umax.i64(i64 %28, i64 %17)
  %32 = select i1 %26, i64 %28, i64 %31
  store i64 %32, i64* %highEnd, align 8
  %33 = load i64, i64* %lowStart, align 8
  %34 = call i64 @llvm.umin.i64(i64 %33, i64 %16)
  store i64 %34, i64* %lowStart, align 8
  store i8 1, i8* %25, align 1
  %35 = load i32, i32* %frame, align 4
  %36 = load i32, i32* %frame, align 4
  %37 = zext i32 %36 to i64
  %38 = add i64 %37, 40
  %39 = add i64 %38, 8
  %40 = icmp ugt i64 %39, %arena_size
  br i1 %40, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok4, %stack_ok, %ok1, %ok
  %41 = load i64, i64* %lowStart, align 8
  %42 = getelementptr i64, i64* %regs, i64 6
  store i64 %41, i64* %42, align 8
  %43 = load i64, i64* %lowEnd, align 8
  %44 = getelementptr i64, i64* %regs, i64 7
  store i64 %43, i64* %44, align 8
  %45 = load i64, i64* %highEnd, align 8
  %46 = getelementptr i64, i64* %regs, i64 8
  store i64 %45, i64* %46, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %47 = getelementptr i8, i8* %mem, i64 %38
  %48 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %48, i8* %47, i64 8, i1 false)
  %49 = load i64, i64* %unaligned, align 8
  %50 = icmp uge i32 %depth, 1000
  br i1 %50, label %trap15.site18, label %ok3

ok3:                                              ; preds = %ok2
  %51 = getelementptr i64, i64* %regs, i64 10
  %52 = load i64, i64* %51, align 8
  %53 = icmp ult i64 %10, %52
  br i1 %53, label %trap253.site0, label %stack_ok

trap15.site18:                                    ; preds = %ok2
  %54 = load i64, i64* %lowStart, align 8
  %55 = getelementptr i64, i64* %regs, i64 6
  store i64 %54, i64* %55, align 8
  %56 = load i64, i64* %lowEnd, align 8
  %57 = getelementptr i64, i64* %regs, i64 7
  store i64 %56, i64* %57, align 8
  %58 = load i64, i64* %highEnd, align 8
  %59 = getelementptr i64, i64* %regs, i64 8
  store i64 %58, i64* %59, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 18)
  unreachable

stack_ok:                                         ; preds = %ok3
  %60 = load i64, i64* %fuel, align 8
  %61 = getelementptr i64, i64* %regs, i64 0
  store i64 %60, i64* %61, align 8
  %62 = load i64, i64* %lowStart, align 8
  %63 = getelementptr i64, i64* %regs, i64 6
  store i64 %62, i64* %63, align 8
  %64 = load i64, i64* %lowEnd, align 8
  %65 = getelementptr i64, i64* %regs, i64 7
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %highEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 8
  store i64 %66, i64* %67, align 8
  %68 = add i32 %depth, 1
  %69 = call i64 @m0.fn.a.extra.sq(i64* %regs, i8* %mem, i32 %68, i32 0, i64 %49)
  %70 = getelementptr i64, i64* %regs, i64 0
  %71 = load i64, i64* %70, align 8
  store i64 %71, i64* %fuel, align 8
  %72 = getelementptr i64, i64* %regs, i64 6
  %73 = load i64, i64* %72, align 8
  store i64 %73, i64* %lowStart, align 8
  %74 = getelementptr i64, i64* %regs, i64 7
  %75 = load i64, i64* %74, align 8
  store i64 %75, i64* %lowEnd, align 8
  %76 = getelementptr i64, i64* %regs, i64 8
  %77 = load i64, i64* %76, align 8
  store i64 %77, i64* %highEnd, align 8
  %78 = zext i32 %35 to i64
  %79 = add i64 %78, 16
  %80 = add i64 %79, 8
  %81 = icmp ugt i64 %80, %arena_size
  br i1 %81, label %trap17.site0, label %ok4

trap253.site0:                                    ; preds = %ok3
  %82 = load i64, i64* %lowStart, align 8
  %83 = getelementptr i64, i64* %regs, i64 6
  store i64 %82, i64* %83, align 8
  %84 = load i64, i64* %lowEnd, align 8
  %85 = getelementptr i64, i64* %regs, i64 7
  store i64 %84, i64* %85, align 8
  %86 = load i64, i64* %highEnd, align 8
  %87 = getelementptr i64, i64* %regs, i64 8
  store i64 %86, i64* %87, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok4:                                              ; preds = %stack_ok
  %88 = getelementptr i8, i8* %mem, i64 %79
  %89 = icmp ult i64 %79, %scratch_start
  %90 = load i64, i64* %lowEnd, align 8
  %91 = load i64, i64* %highEnd, align 8
  %92 = call i64 @llvm.umax.i64(i64 %90, i64 %80)
  %93 = select i1 %89, i64 %92, i64 %90
  store i64 %93, i64* %lowEnd, align 8
  %94 = call i64 @llvm.umax.i64(i64 %91, i64 %80)
  %95 = select i1 %89, i64 %91, i64 %94
  store i64 %95, i64* %highEnd, align 8
  %96 = load i64, i64* %lowStart, align 8
  %97 = call i64 @llvm.umin.i64(i64 %96, i64 %79)
  store i64 %97, i64* %lowStart, align 8
  store i64 %69, i64* %unaligned5, align 8
  %98 = bitcast i64* %unaligned5 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %88, i8* %98, i64 8, i1 false)
  %99 = load i32, i32* %frame, align 4
  %100 = zext i32 %99 to i64
  %101 = add i64 %100, 25
  %102 = add i64 %101, 1
  %103 = icmp ugt i64 %102, %arena_size
  br i1 %103, label %trap17.site0, label %ok6

ok6:                                              ; preds = %ok4
  %104 = getelementptr i8, i8* %mem, i64 %101
  %105 = icmp ult i64 %101, %scratch_start
  %106 = load i64, i64* %lowEnd, align 8
  %107 = load i64, i64* %highEnd, align 8
  %108 = call i64 @llvm.umax.i64(i64 %106, i64 %102)
  %109 = select i1 %105, i64 %108, i64 %106
  store i64 %109, i64* %lowEnd, align 8
  %110 = call i64 @llvm.umax.i64(i64 %107, i64 %102)
  %111 = select i1 %105, i64 %107, i64 %110
  store i64 %111, i64* %highEnd, align 8
  %112 = load i64, i64* %lowStart, align 8
  %113 = call i64 @llvm.umin.i64(i64 %112, i64 %101)
  store i64 %113, i64* %lowStart, align 8
  store i8 2, i8* %104, align 1
  %114 = load i64, i64* %fuel, align 8
  %115 = getelementptr i64, i64* %regs, i64 0
  store i64 %114, i64* %115, align 8
  %116 = load i64, i64* %lowStart, align 8
  %117 = getelementptr i64, i64* %regs, i64 6
  store i64 %116, i64* %117, align 8
  %118 = load i64, i64* %lowEnd, align 8
  %119 = getelementptr i64, i64* %regs, i64 7
  store i64 %118, i64* %119, align 8
  %120 = load i64, i64* %highEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 8
  store i64 %120, i64* %121, align 8
  ret void
}

define internal i64 @m0.fn.a.extra.sq(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %v.arg) {
entry:
  %env = alloca i32, align 4
  store i32 %env.arg, i32* %env, align 4
  %v = alloca i64, align 8
  store i64 %v.arg, i64* %v, align 8
  %fuel = alloca i64, align 8
  %0 = getelementptr i64, i64* %regs, i64 0
  %1 = load i64, i64* %0, align 8
  store i64 %1, i64* %fuel, align 8
  br label %body

body:                                             ; preds = %entry
  %2 = load i64, i64* %fuel, align 8
  %3 = icmp ult i64 %2, 1
  br i1 %3, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %4 = sub i64 %2, 1
  store i64 %4, i64* %fuel, align 8
  %5 = load i64, i64* %v, align 8
  %6 = load i64, i64* %v, align 8
  %7 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %5, i64 %6)
  %8 = extractvalue { i64, i1 } %7, 1
  br i1 %8, label %trap2.site19, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

ok1:                                              ; preds = %ok
  %9 = extractvalue { i64, i1 } %7, 0
  %10 = load i64, i64* %fuel, align 8
  %11 = getelementptr i64, i64* %regs, i64 0
  store i64 %10, i64* %11, align 8
  ret i64 %9

trap2.site19:                                     ; preds = %ok
  call void @tetra_trap(i64* %regs, i32 2, i32 19)
  unreachable
}
