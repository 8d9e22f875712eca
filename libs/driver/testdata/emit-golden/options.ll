; From libs/driver/testdata/emit-golden/options.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/options.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (37):
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
;   @m0.codec.dec.option.0
;   @m0.codec.dec.string.3
;   @m0.codec.dec.option.2
;   @m0.main.args
;   @m0.rt.str_concat
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.1
;   @m0.codec.write_str
;   @m0.codec.enc.string.2
;   @m0.codec.enc.option.4
;   @m0.codec.enc.list.3
;   @m0.codec.enc.bool.6
;   @m0.codec.enc.list.5
;   @m0.codec.enc.result.7
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
  %arg = alloca i32, align 4
  store i32 0, i32* %arg, align 4
  %cell.1 = alloca i32, align 4
  store i32 0, i32* %cell.1, align 4
  %arg.1 = alloca i32, align 4
  store i32 0, i32* %arg.1, align 4
  %cell.2 = alloca i32, align 4
  store i32 0, i32* %cell.2, align 4
  %arg.2 = alloca i64, align 8
  store i64 0, i64* %arg.2, align 8
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
  %unaligned42 = alloca i32, align 4
  %unaligned99 = alloca i32, align 4
  %unaligned112 = alloca i32, align 4
  %unaligned125 = alloca i64, align 8
  %unaligned132 = alloca i32, align 4
  %unaligned134 = alloca i32, align 4
  %unaligned136 = alloca i64, align 8
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

trap15.site0:                                     ; preds = %ok117, %join115, %ok104, %join102, %ok91, %join89, %switch10, %ok26, %then23, %ok20, %ok
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

trap253.site0:                                    ; preds = %ok118, %ok105, %ok92, %ok70, %ok27, %ok21, %ok1
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

trap17.site0:                                     ; preds = %ok133, %ok131, %ok130, %join122, %join109, %join96, %cont82, %ws_done15, %cont73, %cont62, %cont57, %then48, %ok41, %then38, %ok32, %then29, %ws_done2, %cont12, %ws_done0, %cont
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

join19:                                           ; preds = %else18, %join80
  %150 = load i32, i32* %arg0_at, align 4
  %151 = icmp eq i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then87, label %else88

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
  %212 = icmp eq i32 %211, 5
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

match5:                                           ; preds = %join50, %then52, %then44, %then34
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

join31:                                           ; preds = %else30, %join36
  %252 = load i32, i32* %args_klen, align 4
  %253 = icmp eq i32 %252, 5
  %254 = zext i1 %253 to i32
  %255 = icmp ne i32 %254, 0
  br i1 %255, label %then38, label %else39

ok32:                                             ; preds = %then29
  %256 = getelementptr i8, i8* %mem, i64 %249
  %257 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %256, i64 4, i1 false)
  %258 = load i32, i32* %unaligned, align 4
  %259 = icmp eq i32 %258, 1768778092
  %260 = zext i1 %259 to i32
  %261 = load i32, i32* %args_kp, align 4
  %262 = zext i32 %261 to i64
  %263 = add i64 %262, 4
  %264 = add i64 %263, 1
  %265 = icmp ugt i64 %264, %arena_size
  br i1 %265, label %trap17.site0, label %ok33

ok33:                                             ; preds = %ok32
  %266 = getelementptr i8, i8* %mem, i64 %263
  %267 = load i8, i8* %266, align 1
  %268 = zext i8 %267 to i32
  %269 = icmp eq i32 %268, 116
  %270 = zext i1 %269 to i32
  %271 = and i32 %260, %270
  %272 = icmp ne i32 %271, 0
  br i1 %272, label %then34, label %else35

then34:                                           ; preds = %ok33
  store i32 0, i32* %result, align 4
  br label %match5

else35:                                           ; preds = %ok33
  br label %join36

join36:                                           ; preds = %else35, %dead37
  br label %join31

dead37:                                           ; No predecessors!
  br label %join36

then38:                                           ; preds = %join31
  %273 = load i32, i32* %args_kp, align 4
  %274 = zext i32 %273 to i64
  %275 = add i64 %274, 4
  %276 = icmp ugt i64 %275, %arena_size
  br i1 %276, label %trap17.site0, label %ok41

else39:                                           ; preds = %join31
  br label %join40

join40:                                           ; preds = %else39, %join46
  %277 = load i32, i32* %args_klen, align 4
  %278 = icmp eq i32 %277, 1
  %279 = zext i1 %278 to i32
  %280 = icmp ne i32 %279, 0
  br i1 %280, label %then48, label %else49

ok41:                                             ; preds = %then38
  %281 = getelementptr i8, i8* %mem, i64 %274
  %282 = bitcast i32* %unaligned42 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %282, i8* %281, i64 4, i1 false)
  %283 = load i32, i32* %unaligned42, align 4
  %284 = icmp eq i32 %283, 1700946284
  %285 = zext i1 %284 to i32
  %286 = load i32, i32* %args_kp, align 4
  %287 = zext i32 %286 to i64
  %288 = add i64 %287, 4
  %289 = add i64 %288, 1
  %290 = icmp ugt i64 %289, %arena_size
  br i1 %290, label %trap17.site0, label %ok43

ok43:                                             ; preds = %ok41
  %291 = getelementptr i8, i8* %mem, i64 %288
  %292 = load i8, i8* %291, align 1
  %293 = zext i8 %292 to i32
  %294 = icmp eq i32 %293, 108
  %295 = zext i1 %294 to i32
  %296 = and i32 %285, %295
  %297 = icmp ne i32 %296, 0
  br i1 %297, label %then44, label %else45

then44:                                           ; preds = %ok43
  store i32 1, i32* %result, align 4
  br label %match5

else45:                                           ; preds = %ok43
  br label %join46

join46:                                           ; preds = %else45, %dead47
  br label %join40

dead47:                                           ; No predecessors!
  br label %join46

then48:                                           ; preds = %join40
  %298 = load i32, i32* %args_kp, align 4
  %299 = zext i32 %298 to i64
  %300 = add i64 %299, 1
  %301 = icmp ugt i64 %300, %arena_size
  br i1 %301, label %trap17.site0, label %ok51

else49:                                           ; preds = %join40
  br label %join50

join50:                                           ; preds = %else49, %join54
  store i32 -1, i32* %result, align 4
  br label %match5

ok51:                                             ; preds = %then48
  %302 = getelementptr i8, i8* %mem, i64 %299
  %303 = load i8, i8* %302, align 1
  %304 = zext i8 %303 to i32
  %305 = icmp eq i32 %304, 120
  %306 = zext i1 %305 to i32
  %307 = icmp ne i32 %306, 0
  br i1 %307, label %then52, label %else53

then52:                                           ; preds = %ok51
  store i32 2, i32* %result, align 4
  br label %match5

else53:                                           ; preds = %ok51
  br label %join54

join54:                                           ; preds = %else53, %dead55
  br label %join50

dead55:                                           ; No predecessors!
  br label %join54

ws_done6:                                         ; preds = %dead60, %ok58, %ok56
  %308 = load i32, i32* %args_pos, align 4
  %309 = add i32 %308, 1
  store i32 %309, i32* %args_pos, align 4
  br label %ws9

ws7:                                              ; preds = %cont59, %match5
  %310 = load i64, i64* %fuel, align 8
  %311 = icmp ult i64 %310, 1
  br i1 %311, label %trap14.site0, label %ok56

ok56:                                             ; preds = %ws7
  %312 = sub i64 %310, 1
  store i64 %312, i64* %fuel, align 8
  %313 = load i32, i32* %args_pos, align 4
  %314 = load i32, i32* %args_end, align 4
  %315 = icmp uge i32 %313, %314
  %316 = zext i1 %315 to i32
  %317 = icmp ne i32 %316, 0
  br i1 %317, label %ws_done6, label %cont57

cont57:                                           ; preds = %ok56
  %318 = load i32, i32* %args_pos, align 4
  %319 = zext i32 %318 to i64
  %320 = add i64 %319, 1
  %321 = icmp ugt i64 %320, %arena_size
  br i1 %321, label %trap17.site0, label %ok58

ok58:                                             ; preds = %cont57
  %322 = getelementptr i8, i8* %mem, i64 %319
  %323 = load i8, i8* %322, align 1
  %324 = zext i8 %323 to i32
  store i32 %324, i32* %ws, align 4
  %325 = load i32, i32* %ws, align 4
  %326 = icmp ule i32 %325, 32
  %327 = zext i1 %326 to i32
  %328 = icmp eq i32 %327, 0
  %329 = zext i1 %328 to i32
  %330 = icmp ne i32 %329, 0
  br i1 %330, label %ws_done6, label %cont59

cont59:                                           ; preds = %ok58
  %331 = load i32, i32* %args_pos, align 4
  %332 = add i32 %331, 1
  store i32 %332, i32* %args_pos, align 4
  br label %ws7

dead60:                                           ; No predecessors!
  br label %ws_done6

ws_done8:                                         ; preds = %dead65, %ok63, %ok61
  %333 = load i32, i32* %args_c, align 4
  switch i32 %333, label %default11 [
    i32 0, label %case14
    i32 1, label %case13
    i32 2, label %case12
  ]

ws9:                                              ; preds = %cont64, %ws_done6
  %334 = load i64, i64* %fuel, align 8
  %335 = icmp ult i64 %334, 1
  br i1 %335, label %trap14.site0, label %ok61

ok61:                                             ; preds = %ws9
  %336 = sub i64 %334, 1
  store i64 %336, i64* %fuel, align 8
  %337 = load i32, i32* %args_pos, align 4
  %338 = load i32, i32* %args_end, align 4
  %339 = icmp uge i32 %337, %338
  %340 = zext i1 %339 to i32
  %341 = icmp ne i32 %340, 0
  br i1 %341, label %ws_done8, label %cont62

cont62:                                           ; preds = %ok61
  %342 = load i32, i32* %args_pos, align 4
  %343 = zext i32 %342 to i64
  %344 = add i64 %343, 1
  %345 = icmp ugt i64 %344, %arena_size
  br i1 %345, label %trap17.site0, label %ok63

ok63:                                             ; preds = %cont62
  %346 = getelementptr i8, i8* %mem, i64 %343
  %347 = load i8, i8* %346, align 1
  %348 = zext i8 %347 to i32
  store i32 %348, i32* %ws, align 4
  %349 = load i32, i32* %ws, align 4
  %350 = icmp ule i32 %349, 32
  %351 = zext i1 %350 to i32
  %352 = icmp eq i32 %351, 0
  %353 = zext i1 %352 to i32
  %354 = icmp ne i32 %353, 0
  br i1 %354, label %ws_done8, label %cont64

cont64:                                           ; preds = %ok63
  %355 = load i32, i32* %args_pos, align 4
  %356 = add i32 %355, 1
  store i32 %356, i32* %args_pos, align 4
  br label %ws9

dead65:                                           ; No predecessors!
  br label %ws_done8

switch10:                                         ; preds = %default11, %case12, %case13, %case14
  %357 = load i32, i32* %args_pos, align 4
  %358 = load i32, i32* %args_end, align 4
  %359 = icmp uge i32 %depth, 1000
  br i1 %359, label %trap15.site0, label %ok70

default11:                                        ; preds = %dead69, %ws_done8
  store i32 1, i32* %args_unexpected, align 4
  br label %switch10

case12:                                           ; preds = %dead68, %ws_done8
  %360 = load i32, i32* %args_pos, align 4
  store i32 %360, i32* %arg2_at, align 4
  br label %switch10

case13:                                           ; preds = %dead67, %ws_done8
  %361 = load i32, i32* %args_pos, align 4
  store i32 %361, i32* %arg1_at, align 4
  br label %switch10

case14:                                           ; preds = %dead66, %ws_done8
  %362 = load i32, i32* %args_pos, align 4
  store i32 %362, i32* %arg0_at, align 4
  br label %switch10

dead66:                                           ; No predecessors!
  br label %case14

dead67:                                           ; No predecessors!
  br label %case13

dead68:                                           ; No predecessors!
  br label %case12

dead69:                                           ; No predecessors!
  br label %default11

ok70:                                             ; preds = %switch10
  %363 = getelementptr i64, i64* %regs, i64 10
  %364 = load i64, i64* %363, align 8
  %365 = icmp ult i64 %10, %364
  br i1 %365, label %trap253.site0, label %stack_ok71

stack_ok71:                                       ; preds = %ok70
  %366 = load i64, i64* %fuel, align 8
  %367 = getelementptr i64, i64* %regs, i64 0
  store i64 %366, i64* %367, align 8
  %368 = load i64, i64* %lowStart, align 8
  %369 = getelementptr i64, i64* %regs, i64 6
  store i64 %368, i64* %369, align 8
  %370 = load i64, i64* %lowEnd, align 8
  %371 = getelementptr i64, i64* %regs, i64 7
  store i64 %370, i64* %371, align 8
  %372 = load i64, i64* %highEnd, align 8
  %373 = getelementptr i64, i64* %regs, i64 8
  store i64 %372, i64* %373, align 8
  %374 = add i32 %depth, 1
  %375 = call i32 @m0.codec.skip(i64* %regs, i8* %mem, i32 %374, i32 %357, i32 %358)
  %376 = getelementptr i64, i64* %regs, i64 0
  %377 = load i64, i64* %376, align 8
  store i64 %377, i64* %fuel, align 8
  %378 = getelementptr i64, i64* %regs, i64 6
  %379 = load i64, i64* %378, align 8
  store i64 %379, i64* %lowStart, align 8
  %380 = getelementptr i64, i64* %regs, i64 7
  %381 = load i64, i64* %380, align 8
  store i64 %381, i64* %lowEnd, align 8
  %382 = getelementptr i64, i64* %regs, i64 8
  %383 = load i64, i64* %382, align 8
  store i64 %383, i64* %highEnd, align 8
  store i32 %375, i32* %args_pos, align 4
  br label %ws16

ws_done15:                                        ; preds = %dead76, %ok74, %ok72
  %384 = load i32, i32* %args_pos, align 4
  %385 = zext i32 %384 to i64
  %386 = add i64 %385, 1
  %387 = icmp ugt i64 %386, %arena_size
  br i1 %387, label %trap17.site0, label %ok77

ws16:                                             ; preds = %cont75, %stack_ok71
  %388 = load i64, i64* %fuel, align 8
  %389 = icmp ult i64 %388, 1
  br i1 %389, label %trap14.site0, label %ok72

ok72:                                             ; preds = %ws16
  %390 = sub i64 %388, 1
  store i64 %390, i64* %fuel, align 8
  %391 = load i32, i32* %args_pos, align 4
  %392 = load i32, i32* %args_end, align 4
  %393 = icmp uge i32 %391, %392
  %394 = zext i1 %393 to i32
  %395 = icmp ne i32 %394, 0
  br i1 %395, label %ws_done15, label %cont73

cont73:                                           ; preds = %ok72
  %396 = load i32, i32* %args_pos, align 4
  %397 = zext i32 %396 to i64
  %398 = add i64 %397, 1
  %399 = icmp ugt i64 %398, %arena_size
  br i1 %399, label %trap17.site0, label %ok74

ok74:                                             ; preds = %cont73
  %400 = getelementptr i8, i8* %mem, i64 %397
  %401 = load i8, i8* %400, align 1
  %402 = zext i8 %401 to i32
  store i32 %402, i32* %ws, align 4
  %403 = load i32, i32* %ws, align 4
  %404 = icmp ule i32 %403, 32
  %405 = zext i1 %404 to i32
  %406 = icmp eq i32 %405, 0
  %407 = zext i1 %406 to i32
  %408 = icmp ne i32 %407, 0
  br i1 %408, label %ws_done15, label %cont75

cont75:                                           ; preds = %ok74
  %409 = load i32, i32* %args_pos, align 4
  %410 = add i32 %409, 1
  store i32 %410, i32* %args_pos, align 4
  br label %ws16

dead76:                                           ; No predecessors!
  br label %ws_done15

ok77:                                             ; preds = %ws_done15
  %411 = getelementptr i8, i8* %mem, i64 %385
  %412 = load i8, i8* %411, align 1
  %413 = zext i8 %412 to i32
  store i32 %413, i32* %args_c, align 4
  %414 = load i32, i32* %args_pos, align 4
  %415 = add i32 %414, 1
  store i32 %415, i32* %args_pos, align 4
  %416 = load i32, i32* %args_c, align 4
  %417 = icmp eq i32 %416, 44
  %418 = zext i1 %417 to i32
  %419 = icmp ne i32 %418, 0
  br i1 %419, label %then78, label %else79

then78:                                           ; preds = %ok77
  br label %ws18

else79:                                           ; preds = %ok77
  br label %join80

join80:                                           ; preds = %else79, %dead86
  br label %join19

ws_done17:                                        ; preds = %dead85, %ok83, %ok81
  br label %args4

ws18:                                             ; preds = %cont84, %then78
  %420 = load i64, i64* %fuel, align 8
  %421 = icmp ult i64 %420, 1
  br i1 %421, label %trap14.site0, label %ok81

ok81:                                             ; preds = %ws18
  %422 = sub i64 %420, 1
  store i64 %422, i64* %fuel, align 8
  %423 = load i32, i32* %args_pos, align 4
  %424 = load i32, i32* %args_end, align 4
  %425 = icmp uge i32 %423, %424
  %426 = zext i1 %425 to i32
  %427 = icmp ne i32 %426, 0
  br i1 %427, label %ws_done17, label %cont82

cont82:                                           ; preds = %ok81
  %428 = load i32, i32* %args_pos, align 4
  %429 = zext i32 %428 to i64
  %430 = add i64 %429, 1
  %431 = icmp ugt i64 %430, %arena_size
  br i1 %431, label %trap17.site0, label %ok83

ok83:                                             ; preds = %cont82
  %432 = getelementptr i8, i8* %mem, i64 %429
  %433 = load i8, i8* %432, align 1
  %434 = zext i8 %433 to i32
  store i32 %434, i32* %ws, align 4
  %435 = load i32, i32* %ws, align 4
  %436 = icmp ule i32 %435, 32
  %437 = zext i1 %436 to i32
  %438 = icmp eq i32 %437, 0
  %439 = zext i1 %438 to i32
  %440 = icmp ne i32 %439, 0
  br i1 %440, label %ws_done17, label %cont84

cont84:                                           ; preds = %ok83
  %441 = load i32, i32* %args_pos, align 4
  %442 = add i32 %441, 1
  store i32 %442, i32* %args_pos, align 4
  br label %ws18

dead85:                                           ; No predecessors!
  br label %ws_done17

dead86:                                           ; No predecessors!
  br label %join80

then87:                                           ; preds = %join19
  br label %trap9.site2

else88:                                           ; preds = %join19
  br label %join89

join89:                                           ; preds = %else88, %dead90
  %443 = getelementptr i64, i64* %regs, i64 1
  %444 = getelementptr i64, i64* %regs, i64 2
  %445 = load i64, i64* %443, align 8
  %446 = add i64 %445, 3
  %447 = and i64 %446, -4
  %448 = add i64 %447, 4
  %449 = load i64, i64* %444, align 8
  %450 = icmp ugt i64 %448, %449
  br i1 %450, label %trap15.site0, label %ok91

trap9.site2:                                      ; preds = %then87
  %451 = load i64, i64* %lowStart, align 8
  %452 = getelementptr i64, i64* %regs, i64 6
  store i64 %451, i64* %452, align 8
  %453 = load i64, i64* %lowEnd, align 8
  %454 = getelementptr i64, i64* %regs, i64 7
  store i64 %453, i64* %454, align 8
  %455 = load i64, i64* %highEnd, align 8
  %456 = getelementptr i64, i64* %regs, i64 8
  store i64 %455, i64* %456, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 2)
  unreachable

dead90:                                           ; No predecessors!
  br label %join89

ok91:                                             ; preds = %join89
  store i64 %448, i64* %443, align 8
  %457 = trunc i64 %447 to i32
  store i32 %457, i32* %cell, align 4
  %458 = load i32, i32* %arg0_at, align 4
  %459 = load i32, i32* %args_end, align 4
  %460 = load i32, i32* %cell, align 4
  %461 = icmp uge i32 %depth, 1000
  br i1 %461, label %trap15.site0, label %ok92

ok92:                                             ; preds = %ok91
  %462 = getelementptr i64, i64* %regs, i64 10
  %463 = load i64, i64* %462, align 8
  %464 = icmp ult i64 %10, %463
  br i1 %464, label %trap253.site0, label %stack_ok93

stack_ok93:                                       ; preds = %ok92
  %465 = load i64, i64* %fuel, align 8
  %466 = getelementptr i64, i64* %regs, i64 0
  store i64 %465, i64* %466, align 8
  %467 = load i64, i64* %lowStart, align 8
  %468 = getelementptr i64, i64* %regs, i64 6
  store i64 %467, i64* %468, align 8
  %469 = load i64, i64* %lowEnd, align 8
  %470 = getelementptr i64, i64* %regs, i64 7
  store i64 %469, i64* %470, align 8
  %471 = load i64, i64* %highEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 8
  store i64 %471, i64* %472, align 8
  %473 = add i32 %depth, 1
  %474 = call i32 @m0.codec.dec.option.0(i64* %regs, i8* %mem, i32 %473, i32 %458, i32 %459, i32 %460)
  %475 = getelementptr i64, i64* %regs, i64 0
  %476 = load i64, i64* %475, align 8
  store i64 %476, i64* %fuel, align 8
  %477 = getelementptr i64, i64* %regs, i64 6
  %478 = load i64, i64* %477, align 8
  store i64 %478, i64* %lowStart, align 8
  %479 = getelementptr i64, i64* %regs, i64 7
  %480 = load i64, i64* %479, align 8
  store i64 %480, i64* %lowEnd, align 8
  %481 = getelementptr i64, i64* %regs, i64 8
  %482 = load i64, i64* %481, align 8
  store i64 %482, i64* %highEnd, align 8
  %483 = icmp slt i32 %474, 0
  %484 = zext i1 %483 to i32
  %485 = icmp ne i32 %484, 0
  br i1 %485, label %then94, label %else95

then94:                                           ; preds = %stack_ok93
  br label %trap11.site2

else95:                                           ; preds = %stack_ok93
  br label %join96

join96:                                           ; preds = %else95, %dead97
  %486 = load i32, i32* %cell, align 4
  %487 = zext i32 %486 to i64
  %488 = add i64 %487, 4
  %489 = icmp ugt i64 %488, %arena_size
  br i1 %489, label %trap17.site0, label %ok98

trap11.site2:                                     ; preds = %then94
  %490 = load i64, i64* %lowStart, align 8
  %491 = getelementptr i64, i64* %regs, i64 6
  store i64 %490, i64* %491, align 8
  %492 = load i64, i64* %lowEnd, align 8
  %493 = getelementptr i64, i64* %regs, i64 7
  store i64 %492, i64* %493, align 8
  %494 = load i64, i64* %highEnd, align 8
  %495 = getelementptr i64, i64* %regs, i64 8
  store i64 %494, i64* %495, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 2)
  unreachable

dead97:                                           ; No predecessors!
  br label %join96

ok98:                                             ; preds = %join96
  %496 = getelementptr i8, i8* %mem, i64 %487
  %497 = bitcast i32* %unaligned99 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %497, i8* %496, i64 4, i1 false)
  %498 = load i32, i32* %unaligned99, align 4
  store i32 %498, i32* %arg, align 4
  %499 = load i32, i32* %arg1_at, align 4
  %500 = icmp eq i32 %499, 0
  %501 = zext i1 %500 to i32
  %502 = icmp ne i32 %501, 0
  br i1 %502, label %then100, label %else101

then100:                                          ; preds = %ok98
  br label %trap9.site3

else101:                                          ; preds = %ok98
  br label %join102

join102:                                          ; preds = %else101, %dead103
  %503 = getelementptr i64, i64* %regs, i64 1
  %504 = getelementptr i64, i64* %regs, i64 2
  %505 = load i64, i64* %503, align 8
  %506 = add i64 %505, 3
  %507 = and i64 %506, -4
  %508 = add i64 %507, 4
  %509 = load i64, i64* %504, align 8
  %510 = icmp ugt i64 %508, %509
  br i1 %510, label %trap15.site0, label %ok104

trap9.site3:                                      ; preds = %then100
  %511 = load i64, i64* %lowStart, align 8
  %512 = getelementptr i64, i64* %regs, i64 6
  store i64 %511, i64* %512, align 8
  %513 = load i64, i64* %lowEnd, align 8
  %514 = getelementptr i64, i64* %regs, i64 7
  store i64 %513, i64* %514, align 8
  %515 = load i64, i64* %highEnd, align 8
  %516 = getelementptr i64, i64* %regs, i64 8
  store i64 %515, i64* %516, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 3)
  unreachable

dead103:                                          ; No predecessors!
  br label %join102

ok104:                                            ; preds = %join102
  store i64 %508, i64* %503, align 8
  %517 = trunc i64 %507 to i32
  store i32 %517, i32* %cell.1, align 4
  %518 = load i32, i32* %arg1_at, align 4
  %519 = load i32, i32* %args_end, align 4
  %520 = load i32, i32* %cell.1, align 4
  %521 = icmp uge i32 %depth, 1000
  br i1 %521, label %trap15.site0, label %ok105

ok105:                                            ; preds = %ok104
  %522 = getelementptr i64, i64* %regs, i64 10
  %523 = load i64, i64* %522, align 8
  %524 = icmp ult i64 %10, %523
  br i1 %524, label %trap253.site0, label %stack_ok106

stack_ok106:                                      ; preds = %ok105
  %525 = load i64, i64* %fuel, align 8
  %526 = getelementptr i64, i64* %regs, i64 0
  store i64 %525, i64* %526, align 8
  %527 = load i64, i64* %lowStart, align 8
  %528 = getelementptr i64, i64* %regs, i64 6
  store i64 %527, i64* %528, align 8
  %529 = load i64, i64* %lowEnd, align 8
  %530 = getelementptr i64, i64* %regs, i64 7
  store i64 %529, i64* %530, align 8
  %531 = load i64, i64* %highEnd, align 8
  %532 = getelementptr i64, i64* %regs, i64 8
  store i64 %531, i64* %532, align 8
  %533 = add i32 %depth, 1
  %534 = call i32 @m0.codec.dec.option.2(i64* %regs, i8* %mem, i32 %533, i32 %518, i32 %519, i32 %520)
  %535 = getelementptr i64, i64* %regs, i64 0
  %536 = load i64, i64* %535, align 8
  store i64 %536, i64* %fuel, align 8
  %537 = getelementptr i64, i64* %regs, i64 6
  %538 = load i64, i64* %537, align 8
  store i64 %538, i64* %lowStart, align 8
  %539 = getelementptr i64, i64* %regs, i64 7
  %540 = load i64, i64* %539, align 8
  store i64 %540, i64* %lowEnd, align 8
  %541 = getelementptr i64, i64* %regs, i64 8
  %542 = load i64, i64* %541, align 8
  store i64 %542, i64* %highEnd, align 8
  %543 = icmp slt i32 %534, 0
  %544 = zext i1 %543 to i32
  %545 = icmp ne i32 %544, 0
  br i1 %545, label %then107, label %else108

then107:                                          ; preds = %stack_ok106
  br label %trap11.site3

else108:                                          ; preds = %stack_ok106
  br label %join109

join109:                                          ; preds = %else108, %dead110
  %546 = load i32, i32* %cell.1, align 4
  %547 = zext i32 %546 to i64
  %548 = add i64 %547, 4
  %549 = icmp ugt i64 %548, %arena_size
  br i1 %549, label %trap17.site0, label %ok111

trap11.site3:                                     ; preds = %then107
  %550 = load i64, i64* %lowStart, align 8
  %551 = getelementptr i64, i64* %regs, i64 6
  store i64 %550, i64* %551, align 8
  %552 = load i64, i64* %lowEnd, align 8
  %553 = getelementptr i64, i64* %regs, i64 7
  store i64 %552, i64* %553, align 8
  %554 = load i64, i64* %highEnd, align 8
  %555 = getelementptr i64, i64* %regs, i64 8
  store i64 %554, i64* %555, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 3)
  unreachable

dead110:                                          ; No predecessors!
  br label %join109

ok111:                                            ; preds = %join109
  %556 = getelementptr i8, i8* %mem, i64 %547
  %557 = bitcast i32* %unaligned112 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %557, i8* %556, i64 4, i1 false)
  %558 = load i32, i32* %unaligned112, align 4
  store i32 %558, i32* %arg.1, align 4
  %559 = load i32, i32* %arg2_at, align 4
  %560 = icmp eq i32 %559, 0
  %561 = zext i1 %560 to i32
  %562 = icmp ne i32 %561, 0
  br i1 %562, label %then113, label %else114

then113:                                          ; preds = %ok111
  br label %trap9.site4

else114:                                          ; preds = %ok111
  br label %join115

join115:                                          ; preds = %else114, %dead116
  %563 = getelementptr i64, i64* %regs, i64 1
  %564 = getelementptr i64, i64* %regs, i64 2
  %565 = load i64, i64* %563, align 8
  %566 = add i64 %565, 7
  %567 = and i64 %566, -8
  %568 = add i64 %567, 8
  %569 = load i64, i64* %564, align 8
  %570 = icmp ugt i64 %568, %569
  br i1 %570, label %trap15.site0, label %ok117

trap9.site4:                                      ; preds = %then113
  %571 = load i64, i64* %lowStart, align 8
  %572 = getelementptr i64, i64* %regs, i64 6
  store i64 %571, i64* %572, align 8
  %573 = load i64, i64* %lowEnd, align 8
  %574 = getelementptr i64, i64* %regs, i64 7
  store i64 %573, i64* %574, align 8
  %575 = load i64, i64* %highEnd, align 8
  %576 = getelementptr i64, i64* %regs, i64 8
  store i64 %575, i64* %576, align 8
  call void @tetra_trap(i64* %regs, i32 9, i32 4)
  unreachable

dead116:                                          ; No predecessors!
  br label %join115

ok117:                                            ; preds = %join115
  store i64 %568, i64* %563, align 8
  %577 = trunc i64 %567 to i32
  store i32 %577, i32* %cell.2, align 4
  %578 = load i32, i32* %arg2_at, align 4
  %579 = load i32, i32* %args_end, align 4
  %580 = load i32, i32* %cell.2, align 4
  %581 = icmp uge i32 %depth, 1000
  br i1 %581, label %trap15.site0, label %ok118

ok118:                                            ; preds = %ok117
  %582 = getelementptr i64, i64* %regs, i64 10
  %583 = load i64, i64* %582, align 8
  %584 = icmp ult i64 %10, %583
  br i1 %584, label %trap253.site0, label %stack_ok119

stack_ok119:                                      ; preds = %ok118
  %585 = load i64, i64* %fuel, align 8
  %586 = getelementptr i64, i64* %regs, i64 0
  store i64 %585, i64* %586, align 8
  %587 = load i64, i64* %lowStart, align 8
  %588 = getelementptr i64, i64* %regs, i64 6
  store i64 %587, i64* %588, align 8
  %589 = load i64, i64* %lowEnd, align 8
  %590 = getelementptr i64, i64* %regs, i64 7
  store i64 %589, i64* %590, align 8
  %591 = load i64, i64* %highEnd, align 8
  %592 = getelementptr i64, i64* %regs, i64 8
  store i64 %591, i64* %592, align 8
  %593 = add i32 %depth, 1
  %594 = call i32 @m0.codec.dec.int.1(i64* %regs, i8* %mem, i32 %593, i32 %578, i32 %579, i32 %580)
  %595 = getelementptr i64, i64* %regs, i64 0
  %596 = load i64, i64* %595, align 8
  store i64 %596, i64* %fuel, align 8
  %597 = getelementptr i64, i64* %regs, i64 6
  %598 = load i64, i64* %597, align 8
  store i64 %598, i64* %lowStart, align 8
  %599 = getelementptr i64, i64* %regs, i64 7
  %600 = load i64, i64* %599, align 8
  store i64 %600, i64* %lowEnd, align 8
  %601 = getelementptr i64, i64* %regs, i64 8
  %602 = load i64, i64* %601, align 8
  store i64 %602, i64* %highEnd, align 8
  %603 = icmp slt i32 %594, 0
  %604 = zext i1 %603 to i32
  %605 = icmp ne i32 %604, 0
  br i1 %605, label %then120, label %else121

then120:                                          ; preds = %stack_ok119
  br label %trap11.site4

else121:                                          ; preds = %stack_ok119
  br label %join122

join122:                                          ; preds = %else121, %dead123
  %606 = load i32, i32* %cell.2, align 4
  %607 = zext i32 %606 to i64
  %608 = add i64 %607, 8
  %609 = icmp ugt i64 %608, %arena_size
  br i1 %609, label %trap17.site0, label %ok124

trap11.site4:                                     ; preds = %then120
  %610 = load i64, i64* %lowStart, align 8
  %611 = getelementptr i64, i64* %regs, i64 6
  store i64 %610, i64* %611, align 8
  %612 = load i64, i64* %lowEnd, align 8
  %613 = getelementptr i64, i64* %regs, i64 7
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %highEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 8
  store i64 %614, i64* %615, align 8
  call void @tetra_trap(i64* %regs, i32 11, i32 4)
  unreachable

dead123:                                          ; No predecessors!
  br label %join122

ok124:                                            ; preds = %join122
  %616 = getelementptr i8, i8* %mem, i64 %607
  %617 = bitcast i64* %unaligned125 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %617, i8* %616, i64 8, i1 false)
  %618 = load i64, i64* %unaligned125, align 8
  store i64 %618, i64* %arg.2, align 8
  %619 = load i32, i32* %args_unexpected, align 4
  %620 = icmp ne i32 %619, 0
  br i1 %620, label %then126, label %else127

then126:                                          ; preds = %ok124
  br label %trap10.site1

else127:                                          ; preds = %ok124
  br label %join128

join128:                                          ; preds = %else127, %dead129
  %621 = getelementptr i64, i64* %regs, i64 1
  %622 = getelementptr i64, i64* %regs, i64 2
  %623 = load i64, i64* %621, align 8
  %624 = add i64 %623, 7
  %625 = and i64 %624, -8
  %626 = add i64 %625, 24
  %627 = load i64, i64* %622, align 8
  %628 = icmp ugt i64 %626, %627
  br i1 %628, label %trap15.site1, label %ok130

trap10.site1:                                     ; preds = %then126
  %629 = load i64, i64* %lowStart, align 8
  %630 = getelementptr i64, i64* %regs, i64 6
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %lowEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 7
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 8
  store i64 %633, i64* %634, align 8
  call void @tetra_trap(i64* %regs, i32 10, i32 1)
  unreachable

dead129:                                          ; No predecessors!
  br label %join128

ok130:                                            ; preds = %join128
  store i64 %626, i64* %621, align 8
  %635 = trunc i64 %625 to i32
  store i32 %635, i32* %args_out, align 4
  %636 = load i32, i32* %args_out, align 4
  %637 = load i32, i32* %arg, align 4
  %638 = zext i32 %636 to i64
  %639 = add i64 %638, 4
  %640 = icmp ugt i64 %639, %arena_size
  br i1 %640, label %trap17.site0, label %ok131

trap15.site1:                                     ; preds = %join128
  %641 = load i64, i64* %lowStart, align 8
  %642 = getelementptr i64, i64* %regs, i64 6
  store i64 %641, i64* %642, align 8
  %643 = load i64, i64* %lowEnd, align 8
  %644 = getelementptr i64, i64* %regs, i64 7
  store i64 %643, i64* %644, align 8
  %645 = load i64, i64* %highEnd, align 8
  %646 = getelementptr i64, i64* %regs, i64 8
  store i64 %645, i64* %646, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok131:                                            ; preds = %ok130
  %647 = getelementptr i8, i8* %mem, i64 %638
  %648 = icmp ult i64 %638, %scratch_start
  %649 = load i64, i64* %lowEnd, align 8
  %650 = load i64, i64* %highEnd, align 8
  %651 = call i64 @llvm.umax.i64(i64 %649, i64 %639)
  %652 = select i1 %648, i64 %651, i64 %649
  store i64 %652, i64* %lowEnd, align 8
  %653 = call i64 @llvm.umax.i64(i64 %650, i64 %639)
  %654 = select i1 %648, i64 %650, i64 %653
  store i64 %654, i64* %highEnd, align 8
  %655 = load i64, i64* %lowStart, align 8
  %656 = call i64 @llvm.umin.i64(i64 %655, i64 %638)
  store i64 %656, i64* %lowStart, align 8
  store i32 %637, i32* %unaligned132, align 4
  %657 = bitcast i32* %unaligned132 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %647, i8* %657, i64 4, i1 false)
  %658 = load i32, i32* %args_out, align 4
  %659 = load i32, i32* %arg.1, align 4
  %660 = zext i32 %658 to i64
  %661 = add i64 %660, 8
  %662 = add i64 %661, 4
  %663 = icmp ugt i64 %662, %arena_size
  br i1 %663, label %trap17.site0, label %ok133

ok133:                                            ; preds = %ok131
  %664 = getelementptr i8, i8* %mem, i64 %661
  %665 = icmp ult i64 %661, %scratch_start
  %666 = load i64, i64* %lowEnd, align 8
  %667 = load i64, i64* %highEnd, align 8
  %668 = call i64 @llvm.umax.i64(i64 %666, i64 %662)
  %669 = select i1 %665, i64 %668, i64 %666
  store i64 %669, i64* %lowEnd, align 8
  %670 = call i64 @llvm.umax.i64(i64 %667, i64 %662)
  %671 = select i1 %665, i64 %667, i64 %670
  store i64 %671, i64* %highEnd, align 8
  %672 = load i64, i64* %lowStart, align 8
  %673 = call i64 @llvm.umin.i64(i64 %672, i64 %661)
  store i64 %673, i64* %lowStart, align 8
  store i32 %659, i32* %unaligned134, align 4
  %674 = bitcast i32* %unaligned134 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %664, i8* %674, i64 4, i1 false)
  %675 = load i32, i32* %args_out, align 4
  %676 = load i64, i64* %arg.2, align 8
  %677 = zext i32 %675 to i64
  %678 = add i64 %677, 16
  %679 = add i64 %678, 8
  %680 = icmp ugt i64 %679, %arena_size
  br i1 %680, label %trap17.site0, label %ok135

ok135:                                            ; preds = %ok133
  %681 = getelementptr i8, i8* %mem, i64 %678
  %682 = icmp ult i64 %678, %scratch_start
  %683 = load i64, i64* %lowEnd, align 8
  %684 = load i64, i64* %highEnd, align 8
  %685 = call i64 @llvm.umax.i64(i64 %683, i64 %679)
  %686 = select i1 %682, i64 %685, i64 %683
  store i64 %686, i64* %lowEnd, align 8
  %687 = call i64 @llvm.umax.i64(i64 %684, i64 %679)
  %688 = select i1 %682, i64 %684, i64 %687
  store i64 %688, i64* %highEnd, align 8
  %689 = load i64, i64* %lowStart, align 8
  %690 = call i64 @llvm.umin.i64(i64 %689, i64 %678)
  store i64 %690, i64* %lowStart, align 8
  store i64 %676, i64* %unaligned136, align 8
  %691 = bitcast i64* %unaligned136 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %681, i8* %691, i64 8, i1 false)
  %692 = load i32, i32* %args_out, align 4
  %693 = load i64, i64* %fuel, align 8
  %694 = getelementptr i64, i64* %regs, i64 0
  store i64 %693, i64* %694, align 8
  %695 = load i64, i64* %lowStart, align 8
  %696 = getelementptr i64, i64* %regs, i64 6
  store i64 %695, i64* %696, align 8
  %697 = load i64, i64* %lowEnd, align 8
  %698 = getelementptr i64, i64* %regs, i64 7
  store i64 %697, i64* %698, align 8
  %699 = load i64, i64* %highEnd, align 8
  %700 = getelementptr i64, i64* %regs, i64 8
  store i64 %699, i64* %700, align 8
  ret i32 %692
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
  %limit = alloca i32, align 4
  store i32 0, i32* %limit, align 4
  %label = alloca i32, align 4
  store i32 0, i32* %label, align 4
  %x = alloca i64, align 8
  store i64 0, i64* %x, align 8
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %scrut = alloca i32, align 4
  store i32 0, i32* %scrut, align 4
  %v = alloca i64, align 8
  store i64 0, i64* %v, align 8
  %effective = alloca i64, align 8
  store i64 0, i64* %effective, align 8
  %scrut.1 = alloca i32, align 4
  store i32 0, i32* %scrut.1, align 4
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %described = alloca i32, align 4
  store i32 0, i32* %described, align 4
  %c = alloca i64, align 8
  store i64 0, i64* %c, align 8
  %obj = alloca i32, align 4
  store i32 0, i32* %obj, align 4
  %item = alloca i32, align 4
  store i32 0, i32* %item, align 4
  %c.1 = alloca i64, align 8
  store i64 0, i64* %c.1, align 8
  %obj.1 = alloca i32, align 4
  store i32 0, i32* %obj.1, align 4
  %item.1 = alloca i32, align 4
  store i32 0, i32* %item.1, align 4
  %size = alloca i64, align 8
  store i64 0, i64* %size, align 8
  %list = alloca i32, align 4
  store i32 0, i32* %list, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %maybe = alloca i32, align 4
  store i32 0, i32* %maybe, align 4
  %c.2 = alloca i64, align 8
  store i64 0, i64* %c.2, align 8
  %obj.2 = alloca i32, align 4
  store i32 0, i32* %obj.2, align 4
  %c.3 = alloca i32, align 4
  store i32 0, i32* %c.3, align 4
  %obj.3 = alloca i32, align 4
  store i32 0, i32* %obj.3, align 4
  %scrut.2 = alloca i32, align 4
  store i32 0, i32* %scrut.2, align 4
  %v.1 = alloca i64, align 8
  store i64 0, i64* %v.1, align 8
  %checked = alloca i64, align 8
  store i64 0, i64* %checked, align 8
  %c.4 = alloca i64, align 8
  store i64 0, i64* %c.4, align 8
  %obj.4 = alloca i32, align 4
  store i32 0, i32* %obj.4, align 4
  %c.5 = alloca i32, align 4
  store i32 0, i32* %c.5, align 4
  %obj.5 = alloca i32, align 4
  store i32 0, i32* %obj.5, align 4
  %raw = alloca i32, align 4
  store i32 0, i32* %raw, align 4
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
  %x.1 = alloca i32, align 4
  store i32 0, i32* %x.1, align 4
  %o = alloca i32, align 4
  store i32 0, i32* %o, align 4
  %scrut.3 = alloca i32, align 4
  store i32 0, i32* %scrut.3, align 4
  %present = alloca i32, align 4
  store i32 0, i32* %present, align 4
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
  %unaligned6 = alloca i64, align 8
  %result7 = alloca i32, align 4
  %result9 = alloca i64, align 8
  %result10 = alloca i64, align 8
  %unaligned12 = alloca i64, align 8
  %unaligned19 = alloca i64, align 8
  %result20 = alloca i32, align 4
  %result21 = alloca i32, align 4
  %unaligned26 = alloca i32, align 4
  %unaligned36 = alloca i32, align 4
  %result37 = alloca i32, align 4
  %result41 = alloca i32, align 4
  %result42 = alloca i32, align 4
  %unaligned45 = alloca i64, align 8
  %result49 = alloca i32, align 4
  %result50 = alloca i32, align 4
  %unaligned53 = alloca i64, align 8
  %unaligned60 = alloca i32, align 4
  %unaligned62 = alloca i32, align 4
  %unaligned64 = alloca i32, align 4
  %unaligned66 = alloca i32, align 4
  %result67 = alloca i64, align 8
  %result71 = alloca i32, align 4
  %result72 = alloca i32, align 4
  %unaligned77 = alloca i64, align 8
  %result78 = alloca i32, align 4
  %unaligned82 = alloca i32, align 4
  %result83 = alloca i64, align 8
  %unaligned89 = alloca i64, align 8
  %unaligned98 = alloca i64, align 8
  %result104 = alloca i32, align 4
  %result105 = alloca i32, align 4
  %unaligned109 = alloca i64, align 8
  %result110 = alloca i32, align 4
  %unaligned114 = alloca i32, align 4
  %unaligned116 = alloca i32, align 4
  %result117 = alloca i32, align 4
  %unaligned119 = alloca i32, align 4
  %unaligned126 = alloca i32, align 4
  %unaligned129 = alloca i32, align 4
  %result130 = alloca i32, align 4
  %result131 = alloca i32, align 4
  %unaligned144 = alloca i32, align 4
  %unaligned146 = alloca i32, align 4
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

trap14.site0:                                     ; preds = %each55, %body
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

trap253.site0:                                    ; preds = %ok147, %ok27, %ok1
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
  store i32 %62, i32* %limit, align 4
  %63 = load i32, i32* %args, align 4
  %64 = zext i32 %63 to i64
  %65 = add i64 %64, 8
  %66 = add i64 %65, 4
  %67 = icmp ugt i64 %66, %arena_size
  br i1 %67, label %trap17.site0, label %ok3

trap17.site0:                                     ; preds = %e52, %block54, %e56, %cont, %ok124, %ok115, %join103, %ok112, %ok111, %ok107, %ok106, %e27, %join87, %then85, %join70, %ok80, %ok79, %ok75, %ok74, %e12, %ok61, %ok59, %ok58, %ok51, %ok43, %e6, %then22, %e1, %then, %ok3, %ok2, %stack_ok
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
  store i32 %76, i32* %label, align 4
  %77 = load i32, i32* %args, align 4
  %78 = zext i32 %77 to i64
  %79 = add i64 %78, 16
  %80 = add i64 %79, 8
  %81 = icmp ugt i64 %80, %arena_size
  br i1 %81, label %trap17.site0, label %ok5

ok5:                                              ; preds = %ok3
  %82 = getelementptr i8, i8* %mem, i64 %79
  %83 = bitcast i64* %unaligned6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %83, i8* %82, i64 8, i1 false)
  %84 = load i64, i64* %unaligned6, align 8
  store i64 %84, i64* %x, align 8
  %85 = getelementptr i64, i64* %regs, i64 1
  %86 = getelementptr i64, i64* %regs, i64 2
  %87 = load i64, i64* %85, align 8
  %88 = add i64 %87, 7
  %89 = and i64 %88, -8
  %90 = add i64 %89, 32
  %91 = load i64, i64* %86, align 8
  %92 = icmp ugt i64 %90, %91
  br i1 %92, label %trap15.site5, label %ok8

e0:                                               ; preds = %ok145
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
  br i1 %100, label %trap15.site0, label %ok147

ok8:                                              ; preds = %ok5
  store i64 %90, i64* %85, align 8
  %101 = trunc i64 %89 to i32
  store i32 %101, i32* %dict, align 4
  %102 = load i32, i32* %limit, align 4
  store i32 %102, i32* %scrut, align 4
  %103 = load i32, i32* %scrut, align 4
  %104 = icmp ne i32 %103, 0
  %105 = zext i1 %104 to i32
  %106 = icmp ne i32 %105, 0
  br i1 %106, label %then, label %else

trap15.site5:                                     ; preds = %then153, %ok5
  %107 = load i64, i64* %lowStart, align 8
  %108 = getelementptr i64, i64* %regs, i64 6
  store i64 %107, i64* %108, align 8
  %109 = load i64, i64* %lowEnd, align 8
  %110 = getelementptr i64, i64* %regs, i64 7
  store i64 %109, i64* %110, align 8
  %111 = load i64, i64* %highEnd, align 8
  %112 = getelementptr i64, i64* %regs, i64 8
  store i64 %111, i64* %112, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

e1:                                               ; preds = %match3
  %113 = load i64, i64* %result9, align 8
  store i64 %113, i64* %effective, align 8
  %114 = load i32, i32* %dict, align 4
  %115 = load i64, i64* %effective, align 8
  %116 = zext i32 %114 to i64
  %117 = add i64 %116, 8
  %118 = icmp ugt i64 %117, %arena_size
  br i1 %118, label %trap17.site0, label %ok18

match3:                                           ; preds = %dead17, %then13, %ok11
  %119 = load i64, i64* %result10, align 8
  store i64 %119, i64* %result9, align 8
  br label %e1

then:                                             ; preds = %ok8
  %120 = load i32, i32* %scrut, align 4
  %121 = zext i32 %120 to i64
  %122 = add i64 %121, 8
  %123 = icmp ugt i64 %122, %arena_size
  br i1 %123, label %trap17.site0, label %ok11

else:                                             ; preds = %ok8
  br label %join

join:                                             ; preds = %else, %dead
  %124 = load i32, i32* %scrut, align 4
  %125 = icmp eq i32 %124, 0
  %126 = zext i1 %125 to i32
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %then13, label %else14

ok11:                                             ; preds = %then
  %128 = getelementptr i8, i8* %mem, i64 %121
  %129 = bitcast i64* %unaligned12 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %129, i8* %128, i64 8, i1 false)
  %130 = load i64, i64* %unaligned12, align 8
  store i64 %130, i64* %v, align 8
  %131 = load i64, i64* %v, align 8
  store i64 %131, i64* %result10, align 8
  br label %match3

dead:                                             ; No predecessors!
  br label %join

then13:                                           ; preds = %join
  store i64 100, i64* %result10, align 8
  br label %match3

else14:                                           ; preds = %join
  br label %join15

join15:                                           ; preds = %else14, %dead16
  br label %trap5.site6

dead16:                                           ; No predecessors!
  br label %join15

trap5.site6:                                      ; preds = %join15
  %132 = load i64, i64* %lowStart, align 8
  %133 = getelementptr i64, i64* %regs, i64 6
  store i64 %132, i64* %133, align 8
  %134 = load i64, i64* %lowEnd, align 8
  %135 = getelementptr i64, i64* %regs, i64 7
  store i64 %134, i64* %135, align 8
  %136 = load i64, i64* %highEnd, align 8
  %137 = getelementptr i64, i64* %regs, i64 8
  store i64 %136, i64* %137, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 6)
  unreachable

dead17:                                           ; No predecessors!
  br label %match3

ok18:                                             ; preds = %e1
  %138 = getelementptr i8, i8* %mem, i64 %116
  %139 = icmp ult i64 %116, %scratch_start
  %140 = load i64, i64* %lowEnd, align 8
  %141 = load i64, i64* %highEnd, align 8
  %142 = call i64 @llvm.umax.i64(i64 %140, i64 %117)
  %143 = select i1 %139, i64 %142, i64 %140
  store i64 %143, i64* %lowEnd, align 8
  %144 = call i64 @llvm.umax.i64(i64 %141, i64 %117)
  %145 = select i1 %139, i64 %141, i64 %144
  store i64 %145, i64* %highEnd, align 8
  %146 = load i64, i64* %lowStart, align 8
  %147 = call i64 @llvm.umin.i64(i64 %146, i64 %116)
  store i64 %147, i64* %lowStart, align 8
  store i64 %115, i64* %unaligned19, align 8
  %148 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %138, i8* %148, i64 8, i1 false)
  %149 = load i32, i32* %label, align 4
  store i32 %149, i32* %scrut.1, align 4
  %150 = load i32, i32* %scrut.1, align 4
  %151 = icmp ne i32 %150, 0
  %152 = zext i1 %151 to i32
  %153 = icmp ne i32 %152, 0
  br i1 %153, label %then22, label %else23

e6:                                               ; preds = %match8
  %154 = load i32, i32* %result20, align 4
  store i32 %154, i32* %described, align 4
  %155 = load i32, i32* %dict, align 4
  %156 = load i32, i32* %described, align 4
  %157 = zext i32 %155 to i64
  %158 = add i64 %157, 8
  %159 = add i64 %158, 4
  %160 = icmp ugt i64 %159, %arena_size
  br i1 %160, label %trap17.site0, label %ok35

match8:                                           ; preds = %dead34, %then30, %stack_ok28
  %161 = load i32, i32* %result21, align 4
  store i32 %161, i32* %result20, align 4
  br label %e6

then22:                                           ; preds = %ok18
  %162 = load i32, i32* %scrut.1, align 4
  %163 = zext i32 %162 to i64
  %164 = add i64 %163, 4
  %165 = icmp ugt i64 %164, %arena_size
  br i1 %165, label %trap17.site0, label %ok25

else23:                                           ; preds = %ok18
  br label %join24

join24:                                           ; preds = %else23, %dead29
  %166 = load i32, i32* %scrut.1, align 4
  %167 = icmp eq i32 %166, 0
  %168 = zext i1 %167 to i32
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %then30, label %else31

ok25:                                             ; preds = %then22
  %170 = getelementptr i8, i8* %mem, i64 %163
  %171 = bitcast i32* %unaligned26 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %171, i8* %170, i64 4, i1 false)
  %172 = load i32, i32* %unaligned26, align 4
  store i32 %172, i32* %s, align 4
  %173 = load i32, i32* %s, align 4
  %174 = icmp uge i32 %depth, 1000
  br i1 %174, label %trap15.site7, label %ok27

ok27:                                             ; preds = %ok25
  %175 = getelementptr i64, i64* %regs, i64 10
  %176 = load i64, i64* %175, align 8
  %177 = icmp ult i64 %10, %176
  br i1 %177, label %trap253.site0, label %stack_ok28

trap15.site7:                                     ; preds = %ok25
  %178 = load i64, i64* %lowStart, align 8
  %179 = getelementptr i64, i64* %regs, i64 6
  store i64 %178, i64* %179, align 8
  %180 = load i64, i64* %lowEnd, align 8
  %181 = getelementptr i64, i64* %regs, i64 7
  store i64 %180, i64* %181, align 8
  %182 = load i64, i64* %highEnd, align 8
  %183 = getelementptr i64, i64* %regs, i64 8
  store i64 %182, i64* %183, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok28:                                       ; preds = %ok27
  %184 = load i64, i64* %fuel, align 8
  %185 = getelementptr i64, i64* %regs, i64 0
  store i64 %184, i64* %185, align 8
  %186 = load i64, i64* %lowStart, align 8
  %187 = getelementptr i64, i64* %regs, i64 6
  store i64 %186, i64* %187, align 8
  %188 = load i64, i64* %lowEnd, align 8
  %189 = getelementptr i64, i64* %regs, i64 7
  store i64 %188, i64* %189, align 8
  %190 = load i64, i64* %highEnd, align 8
  %191 = getelementptr i64, i64* %regs, i64 8
  store i64 %190, i64* %191, align 8
  %192 = add i32 %depth, 1
  %193 = call i32 @m0.rt.str_concat(i64* %regs, i8* %mem, i32 %192, i32 8, i32 %173)
  %194 = getelementptr i64, i64* %regs, i64 0
  %195 = load i64, i64* %194, align 8
  store i64 %195, i64* %fuel, align 8
  %196 = getelementptr i64, i64* %regs, i64 6
  %197 = load i64, i64* %196, align 8
  store i64 %197, i64* %lowStart, align 8
  %198 = getelementptr i64, i64* %regs, i64 7
  %199 = load i64, i64* %198, align 8
  store i64 %199, i64* %lowEnd, align 8
  %200 = getelementptr i64, i64* %regs, i64 8
  %201 = load i64, i64* %200, align 8
  store i64 %201, i64* %highEnd, align 8
  store i32 %193, i32* %result21, align 4
  br label %match8

dead29:                                           ; No predecessors!
  br label %join24

then30:                                           ; preds = %join24
  store i32 20, i32* %result21, align 4
  br label %match8

else31:                                           ; preds = %join24
  br label %join32

join32:                                           ; preds = %else31, %dead33
  br label %trap5.site8

dead33:                                           ; No predecessors!
  br label %join32

trap5.site8:                                      ; preds = %join32
  %202 = load i64, i64* %lowStart, align 8
  %203 = getelementptr i64, i64* %regs, i64 6
  store i64 %202, i64* %203, align 8
  %204 = load i64, i64* %lowEnd, align 8
  %205 = getelementptr i64, i64* %regs, i64 7
  store i64 %204, i64* %205, align 8
  %206 = load i64, i64* %highEnd, align 8
  %207 = getelementptr i64, i64* %regs, i64 8
  store i64 %206, i64* %207, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 8)
  unreachable

dead34:                                           ; No predecessors!
  br label %match8

ok35:                                             ; preds = %e6
  %208 = getelementptr i8, i8* %mem, i64 %158
  %209 = icmp ult i64 %158, %scratch_start
  %210 = load i64, i64* %lowEnd, align 8
  %211 = load i64, i64* %highEnd, align 8
  %212 = call i64 @llvm.umax.i64(i64 %210, i64 %159)
  %213 = select i1 %209, i64 %212, i64 %210
  store i64 %213, i64* %lowEnd, align 8
  %214 = call i64 @llvm.umax.i64(i64 %211, i64 %159)
  %215 = select i1 %209, i64 %211, i64 %214
  store i64 %215, i64* %highEnd, align 8
  %216 = load i64, i64* %lowStart, align 8
  %217 = call i64 @llvm.umin.i64(i64 %216, i64 %158)
  store i64 %217, i64* %lowStart, align 8
  store i32 %156, i32* %unaligned36, align 4
  %218 = bitcast i32* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %208, i8* %218, i64 4, i1 false)
  %219 = load i64, i64* %x, align 8
  %220 = icmp sgt i64 %219, 0
  %221 = zext i1 %220 to i32
  %222 = icmp ne i32 %221, 0
  br i1 %222, label %then38, label %else39

e12:                                              ; preds = %ok63
  %223 = load i32, i32* %result37, align 4
  store i32 %223, i32* %maybe, align 4
  %224 = load i32, i32* %dict, align 4
  %225 = load i32, i32* %maybe, align 4
  %226 = zext i32 %224 to i64
  %227 = add i64 %226, 12
  %228 = add i64 %227, 4
  %229 = icmp ugt i64 %228, %arena_size
  br i1 %229, label %trap17.site0, label %ok65

then38:                                           ; preds = %ok35
  %230 = load i64, i64* %x, align 8
  store i64 %230, i64* %c, align 8
  %231 = getelementptr i64, i64* %regs, i64 1
  %232 = getelementptr i64, i64* %regs, i64 2
  %233 = load i64, i64* %231, align 8
  %234 = add i64 %233, 7
  %235 = and i64 %234, -8
  %236 = add i64 %235, 8
  %237 = load i64, i64* %232, align 8
  %238 = icmp ugt i64 %236, %237
  br i1 %238, label %trap15.site11, label %ok43

else39:                                           ; preds = %ok35
  store i32 0, i32* %result41, align 4
  br label %join40

join40:                                           ; preds = %else39, %e17
  %239 = load i32, i32* %result41, align 4
  store i32 %239, i32* %item, align 4
  %240 = load i64, i64* %x, align 8
  %241 = icmp sgt i64 %240, 10
  %242 = zext i1 %241 to i32
  %243 = icmp ne i32 %242, 0
  br i1 %243, label %then46, label %else47

e17:                                              ; preds = %ok44
  %244 = load i32, i32* %result42, align 4
  store i32 %244, i32* %result41, align 4
  br label %join40

ok43:                                             ; preds = %then38
  store i64 %236, i64* %231, align 8
  %245 = trunc i64 %235 to i32
  store i32 %245, i32* %obj, align 4
  %246 = load i32, i32* %obj, align 4
  %247 = load i64, i64* %c, align 8
  %248 = zext i32 %246 to i64
  %249 = add i64 %248, 8
  %250 = icmp ugt i64 %249, %arena_size
  br i1 %250, label %trap17.site0, label %ok44

trap15.site11:                                    ; preds = %then38
  %251 = load i64, i64* %lowStart, align 8
  %252 = getelementptr i64, i64* %regs, i64 6
  store i64 %251, i64* %252, align 8
  %253 = load i64, i64* %lowEnd, align 8
  %254 = getelementptr i64, i64* %regs, i64 7
  store i64 %253, i64* %254, align 8
  %255 = load i64, i64* %highEnd, align 8
  %256 = getelementptr i64, i64* %regs, i64 8
  store i64 %255, i64* %256, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 11)
  unreachable

ok44:                                             ; preds = %ok43
  %257 = getelementptr i8, i8* %mem, i64 %248
  %258 = icmp ult i64 %248, %scratch_start
  %259 = load i64, i64* %lowEnd, align 8
  %260 = load i64, i64* %highEnd, align 8
  %261 = call i64 @llvm.umax.i64(i64 %259, i64 %249)
  %262 = select i1 %258, i64 %261, i64 %259
  store i64 %262, i64* %lowEnd, align 8
  %263 = call i64 @llvm.umax.i64(i64 %260, i64 %249)
  %264 = select i1 %258, i64 %260, i64 %263
  store i64 %264, i64* %highEnd, align 8
  %265 = load i64, i64* %lowStart, align 8
  %266 = call i64 @llvm.umin.i64(i64 %265, i64 %248)
  store i64 %266, i64* %lowStart, align 8
  store i64 %247, i64* %unaligned45, align 8
  %267 = bitcast i64* %unaligned45 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %257, i8* %267, i64 8, i1 false)
  %268 = load i32, i32* %obj, align 4
  store i32 %268, i32* %result42, align 4
  br label %e17

then46:                                           ; preds = %join40
  %269 = load i64, i64* %x, align 8
  store i64 %269, i64* %c.1, align 8
  %270 = getelementptr i64, i64* %regs, i64 1
  %271 = getelementptr i64, i64* %regs, i64 2
  %272 = load i64, i64* %270, align 8
  %273 = add i64 %272, 7
  %274 = and i64 %273, -8
  %275 = add i64 %274, 8
  %276 = load i64, i64* %271, align 8
  %277 = icmp ugt i64 %275, %276
  br i1 %277, label %trap15.site13, label %ok51

else47:                                           ; preds = %join40
  store i32 0, i32* %result49, align 4
  br label %join48

join48:                                           ; preds = %else47, %e24
  %278 = load i32, i32* %result49, align 4
  store i32 %278, i32* %item.1, align 4
  store i64 12, i64* %size, align 8
  %279 = load i64, i64* %size, align 8
  %280 = icmp ugt i64 %279, 2147483647
  %281 = zext i1 %280 to i32
  %282 = icmp ne i32 %281, 0
  br i1 %282, label %then54, label %else55

e24:                                              ; preds = %ok52
  %283 = load i32, i32* %result50, align 4
  store i32 %283, i32* %result49, align 4
  br label %join48

ok51:                                             ; preds = %then46
  store i64 %275, i64* %270, align 8
  %284 = trunc i64 %274 to i32
  store i32 %284, i32* %obj.1, align 4
  %285 = load i32, i32* %obj.1, align 4
  %286 = load i64, i64* %c.1, align 8
  %287 = zext i32 %285 to i64
  %288 = add i64 %287, 8
  %289 = icmp ugt i64 %288, %arena_size
  br i1 %289, label %trap17.site0, label %ok52

trap15.site13:                                    ; preds = %then46
  %290 = load i64, i64* %lowStart, align 8
  %291 = getelementptr i64, i64* %regs, i64 6
  store i64 %290, i64* %291, align 8
  %292 = load i64, i64* %lowEnd, align 8
  %293 = getelementptr i64, i64* %regs, i64 7
  store i64 %292, i64* %293, align 8
  %294 = load i64, i64* %highEnd, align 8
  %295 = getelementptr i64, i64* %regs, i64 8
  store i64 %294, i64* %295, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

ok52:                                             ; preds = %ok51
  %296 = getelementptr i8, i8* %mem, i64 %287
  %297 = icmp ult i64 %287, %scratch_start
  %298 = load i64, i64* %lowEnd, align 8
  %299 = load i64, i64* %highEnd, align 8
  %300 = call i64 @llvm.umax.i64(i64 %298, i64 %288)
  %301 = select i1 %297, i64 %300, i64 %298
  store i64 %301, i64* %lowEnd, align 8
  %302 = call i64 @llvm.umax.i64(i64 %299, i64 %288)
  %303 = select i1 %297, i64 %299, i64 %302
  store i64 %303, i64* %highEnd, align 8
  %304 = load i64, i64* %lowStart, align 8
  %305 = call i64 @llvm.umin.i64(i64 %304, i64 %287)
  store i64 %305, i64* %lowStart, align 8
  store i64 %286, i64* %unaligned53, align 8
  %306 = bitcast i64* %unaligned53 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %296, i8* %306, i64 8, i1 false)
  %307 = load i32, i32* %obj.1, align 4
  store i32 %307, i32* %result50, align 4
  br label %e24

then54:                                           ; preds = %join48
  br label %trap15.site9

else55:                                           ; preds = %join48
  br label %join56

join56:                                           ; preds = %else55, %dead57
  %308 = load i64, i64* %size, align 8
  %309 = trunc i64 %308 to i32
  %310 = zext i32 %309 to i64
  %311 = getelementptr i64, i64* %regs, i64 1
  %312 = getelementptr i64, i64* %regs, i64 2
  %313 = load i64, i64* %311, align 8
  %314 = add i64 %313, 3
  %315 = and i64 %314, -4
  %316 = add i64 %315, %310
  %317 = load i64, i64* %312, align 8
  %318 = icmp ugt i64 %316, %317
  br i1 %318, label %trap15.site9, label %ok58

trap15.site9:                                     ; preds = %join56, %then54
  %319 = load i64, i64* %lowStart, align 8
  %320 = getelementptr i64, i64* %regs, i64 6
  store i64 %319, i64* %320, align 8
  %321 = load i64, i64* %lowEnd, align 8
  %322 = getelementptr i64, i64* %regs, i64 7
  store i64 %321, i64* %322, align 8
  %323 = load i64, i64* %highEnd, align 8
  %324 = getelementptr i64, i64* %regs, i64 8
  store i64 %323, i64* %324, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead57:                                           ; No predecessors!
  br label %join56

ok58:                                             ; preds = %join56
  store i64 %316, i64* %311, align 8
  %325 = trunc i64 %315 to i32
  store i32 %325, i32* %list, align 4
  store i32 0, i32* %len, align 4
  %326 = load i32, i32* %list, align 4
  %327 = add i32 %326, 4
  %328 = load i32, i32* %len, align 4
  %329 = mul i32 %328, 4
  %330 = add i32 %327, %329
  %331 = load i32, i32* %item, align 4
  %332 = zext i32 %330 to i64
  %333 = add i64 %332, 4
  %334 = icmp ugt i64 %333, %arena_size
  br i1 %334, label %trap17.site0, label %ok59

ok59:                                             ; preds = %ok58
  %335 = getelementptr i8, i8* %mem, i64 %332
  %336 = icmp ult i64 %332, %scratch_start
  %337 = load i64, i64* %lowEnd, align 8
  %338 = load i64, i64* %highEnd, align 8
  %339 = call i64 @llvm.umax.i64(i64 %337, i64 %333)
  %340 = select i1 %336, i64 %339, i64 %337
  store i64 %340, i64* %lowEnd, align 8
  %341 = call i64 @llvm.umax.i64(i64 %338, i64 %333)
  %342 = select i1 %336, i64 %338, i64 %341
  store i64 %342, i64* %highEnd, align 8
  %343 = load i64, i64* %lowStart, align 8
  %344 = call i64 @llvm.umin.i64(i64 %343, i64 %332)
  store i64 %344, i64* %lowStart, align 8
  store i32 %331, i32* %unaligned60, align 4
  %345 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %335, i8* %345, i64 4, i1 false)
  %346 = load i32, i32* %len, align 4
  %347 = add i32 %346, 1
  store i32 %347, i32* %len, align 4
  %348 = load i32, i32* %list, align 4
  %349 = add i32 %348, 4
  %350 = load i32, i32* %len, align 4
  %351 = mul i32 %350, 4
  %352 = add i32 %349, %351
  %353 = load i32, i32* %item.1, align 4
  %354 = zext i32 %352 to i64
  %355 = add i64 %354, 4
  %356 = icmp ugt i64 %355, %arena_size
  br i1 %356, label %trap17.site0, label %ok61

ok61:                                             ; preds = %ok59
  %357 = getelementptr i8, i8* %mem, i64 %354
  %358 = icmp ult i64 %354, %scratch_start
  %359 = load i64, i64* %lowEnd, align 8
  %360 = load i64, i64* %highEnd, align 8
  %361 = call i64 @llvm.umax.i64(i64 %359, i64 %355)
  %362 = select i1 %358, i64 %361, i64 %359
  store i64 %362, i64* %lowEnd, align 8
  %363 = call i64 @llvm.umax.i64(i64 %360, i64 %355)
  %364 = select i1 %358, i64 %360, i64 %363
  store i64 %364, i64* %highEnd, align 8
  %365 = load i64, i64* %lowStart, align 8
  %366 = call i64 @llvm.umin.i64(i64 %365, i64 %354)
  store i64 %366, i64* %lowStart, align 8
  store i32 %353, i32* %unaligned62, align 4
  %367 = bitcast i32* %unaligned62 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %357, i8* %367, i64 4, i1 false)
  %368 = load i32, i32* %len, align 4
  %369 = add i32 %368, 1
  store i32 %369, i32* %len, align 4
  %370 = load i32, i32* %list, align 4
  %371 = load i32, i32* %len, align 4
  %372 = zext i32 %370 to i64
  %373 = add i64 %372, 4
  %374 = icmp ugt i64 %373, %arena_size
  br i1 %374, label %trap17.site0, label %ok63

ok63:                                             ; preds = %ok61
  %375 = getelementptr i8, i8* %mem, i64 %372
  %376 = icmp ult i64 %372, %scratch_start
  %377 = load i64, i64* %lowEnd, align 8
  %378 = load i64, i64* %highEnd, align 8
  %379 = call i64 @llvm.umax.i64(i64 %377, i64 %373)
  %380 = select i1 %376, i64 %379, i64 %377
  store i64 %380, i64* %lowEnd, align 8
  %381 = call i64 @llvm.umax.i64(i64 %378, i64 %373)
  %382 = select i1 %376, i64 %378, i64 %381
  store i64 %382, i64* %highEnd, align 8
  %383 = load i64, i64* %lowStart, align 8
  %384 = call i64 @llvm.umin.i64(i64 %383, i64 %372)
  store i64 %384, i64* %lowStart, align 8
  store i32 %371, i32* %unaligned64, align 4
  %385 = bitcast i32* %unaligned64 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %375, i8* %385, i64 4, i1 false)
  %386 = load i32, i32* %list, align 4
  store i32 %386, i32* %result37, align 4
  br label %e12

ok65:                                             ; preds = %e12
  %387 = getelementptr i8, i8* %mem, i64 %227
  %388 = icmp ult i64 %227, %scratch_start
  %389 = load i64, i64* %lowEnd, align 8
  %390 = load i64, i64* %highEnd, align 8
  %391 = call i64 @llvm.umax.i64(i64 %389, i64 %228)
  %392 = select i1 %388, i64 %391, i64 %389
  store i64 %392, i64* %lowEnd, align 8
  %393 = call i64 @llvm.umax.i64(i64 %390, i64 %228)
  %394 = select i1 %388, i64 %390, i64 %393
  store i64 %394, i64* %highEnd, align 8
  %395 = load i64, i64* %lowStart, align 8
  %396 = call i64 @llvm.umin.i64(i64 %395, i64 %227)
  store i64 %396, i64* %lowStart, align 8
  store i32 %225, i32* %unaligned66, align 4
  %397 = bitcast i32* %unaligned66 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %387, i8* %397, i64 4, i1 false)
  %398 = load i64, i64* %x, align 8
  %399 = icmp sgt i64 %398, 2
  %400 = zext i1 %399 to i32
  %401 = icmp ne i32 %400, 0
  br i1 %401, label %then68, label %else69

e27:                                              ; preds = %match39
  %402 = load i64, i64* %result67, align 8
  store i64 %402, i64* %checked, align 8
  %403 = load i32, i32* %dict, align 4
  %404 = load i64, i64* %checked, align 8
  %405 = zext i32 %403 to i64
  %406 = add i64 %405, 16
  %407 = add i64 %406, 8
  %408 = icmp ugt i64 %407, %arena_size
  br i1 %408, label %trap17.site0, label %ok97

then68:                                           ; preds = %ok65
  %409 = load i64, i64* %x, align 8
  %410 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %409, i64 2)
  %411 = extractvalue { i64, i1 } %410, 1
  br i1 %411, label %trap2.site15, label %ok73

else69:                                           ; preds = %ok65
  store i32 32, i32* %c.3, align 4
  %412 = getelementptr i64, i64* %regs, i64 1
  %413 = getelementptr i64, i64* %regs, i64 2
  %414 = load i64, i64* %412, align 8
  %415 = add i64 %414, 7
  %416 = and i64 %415, -8
  %417 = add i64 %416, 8
  %418 = load i64, i64* %413, align 8
  %419 = icmp ugt i64 %417, %418
  br i1 %419, label %trap15.site17, label %ok79

join70:                                           ; preds = %e37, %e33
  %420 = load i32, i32* %result71, align 4
  store i32 %420, i32* %scrut.2, align 4
  %421 = load i32, i32* %scrut.2, align 4
  %422 = zext i32 %421 to i64
  %423 = add i64 %422, 1
  %424 = icmp ugt i64 %423, %arena_size
  br i1 %424, label %trap17.site0, label %ok84

e33:                                              ; preds = %ok76
  %425 = load i32, i32* %result72, align 4
  store i32 %425, i32* %result71, align 4
  br label %join70

ok73:                                             ; preds = %then68
  %426 = extractvalue { i64, i1 } %410, 0
  store i64 %426, i64* %c.2, align 8
  %427 = getelementptr i64, i64* %regs, i64 1
  %428 = getelementptr i64, i64* %regs, i64 2
  %429 = load i64, i64* %427, align 8
  %430 = add i64 %429, 7
  %431 = and i64 %430, -8
  %432 = add i64 %431, 16
  %433 = load i64, i64* %428, align 8
  %434 = icmp ugt i64 %432, %433
  br i1 %434, label %trap15.site16, label %ok74

trap2.site15:                                     ; preds = %then68
  %435 = load i64, i64* %lowStart, align 8
  %436 = getelementptr i64, i64* %regs, i64 6
  store i64 %435, i64* %436, align 8
  %437 = load i64, i64* %lowEnd, align 8
  %438 = getelementptr i64, i64* %regs, i64 7
  store i64 %437, i64* %438, align 8
  %439 = load i64, i64* %highEnd, align 8
  %440 = getelementptr i64, i64* %regs, i64 8
  store i64 %439, i64* %440, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 15)
  unreachable

ok74:                                             ; preds = %ok73
  store i64 %432, i64* %427, align 8
  %441 = trunc i64 %431 to i32
  store i32 %441, i32* %obj.2, align 4
  %442 = load i32, i32* %obj.2, align 4
  %443 = zext i32 %442 to i64
  %444 = add i64 %443, 1
  %445 = icmp ugt i64 %444, %arena_size
  br i1 %445, label %trap17.site0, label %ok75

trap15.site16:                                    ; preds = %ok73
  %446 = load i64, i64* %lowStart, align 8
  %447 = getelementptr i64, i64* %regs, i64 6
  store i64 %446, i64* %447, align 8
  %448 = load i64, i64* %lowEnd, align 8
  %449 = getelementptr i64, i64* %regs, i64 7
  store i64 %448, i64* %449, align 8
  %450 = load i64, i64* %highEnd, align 8
  %451 = getelementptr i64, i64* %regs, i64 8
  store i64 %450, i64* %451, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 16)
  unreachable

ok75:                                             ; preds = %ok74
  %452 = getelementptr i8, i8* %mem, i64 %443
  %453 = icmp ult i64 %443, %scratch_start
  %454 = load i64, i64* %lowEnd, align 8
  %455 = load i64, i64* %highEnd, align 8
  %456 = call i64 @llvm.umax.i64(i64 %454, i64 %444)
  %457 = select i1 %453, i64 %456, i64 %454
  store i64 %457, i64* %lowEnd, align 8
  %458 = call i64 @llvm.umax.i64(i64 %455, i64 %444)
  %459 = select i1 %453, i64 %455, i64 %458
  store i64 %459, i64* %highEnd, align 8
  %460 = load i64, i64* %lowStart, align 8
  %461 = call i64 @llvm.umin.i64(i64 %460, i64 %443)
  store i64 %461, i64* %lowStart, align 8
  store i8 0, i8* %452, align 1
  %462 = load i32, i32* %obj.2, align 4
  %463 = load i64, i64* %c.2, align 8
  %464 = zext i32 %462 to i64
  %465 = add i64 %464, 8
  %466 = add i64 %465, 8
  %467 = icmp ugt i64 %466, %arena_size
  br i1 %467, label %trap17.site0, label %ok76

ok76:                                             ; preds = %ok75
  %468 = getelementptr i8, i8* %mem, i64 %465
  %469 = icmp ult i64 %465, %scratch_start
  %470 = load i64, i64* %lowEnd, align 8
  %471 = load i64, i64* %highEnd, align 8
  %472 = call i64 @llvm.umax.i64(i64 %470, i64 %466)
  %473 = select i1 %469, i64 %472, i64 %470
  store i64 %473, i64* %lowEnd, align 8
  %474 = call i64 @llvm.umax.i64(i64 %471, i64 %466)
  %475 = select i1 %469, i64 %471, i64 %474
  store i64 %475, i64* %highEnd, align 8
  %476 = load i64, i64* %lowStart, align 8
  %477 = call i64 @llvm.umin.i64(i64 %476, i64 %465)
  store i64 %477, i64* %lowStart, align 8
  store i64 %463, i64* %unaligned77, align 8
  %478 = bitcast i64* %unaligned77 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %468, i8* %478, i64 8, i1 false)
  %479 = load i32, i32* %obj.2, align 4
  store i32 %479, i32* %result72, align 4
  br label %e33

e37:                                              ; preds = %ok81
  %480 = load i32, i32* %result78, align 4
  store i32 %480, i32* %result71, align 4
  br label %join70

ok79:                                             ; preds = %else69
  store i64 %417, i64* %412, align 8
  %481 = trunc i64 %416 to i32
  store i32 %481, i32* %obj.3, align 4
  %482 = load i32, i32* %obj.3, align 4
  %483 = zext i32 %482 to i64
  %484 = add i64 %483, 1
  %485 = icmp ugt i64 %484, %arena_size
  br i1 %485, label %trap17.site0, label %ok80

trap15.site17:                                    ; preds = %else69
  %486 = load i64, i64* %lowStart, align 8
  %487 = getelementptr i64, i64* %regs, i64 6
  store i64 %486, i64* %487, align 8
  %488 = load i64, i64* %lowEnd, align 8
  %489 = getelementptr i64, i64* %regs, i64 7
  store i64 %488, i64* %489, align 8
  %490 = load i64, i64* %highEnd, align 8
  %491 = getelementptr i64, i64* %regs, i64 8
  store i64 %490, i64* %491, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 17)
  unreachable

ok80:                                             ; preds = %ok79
  %492 = getelementptr i8, i8* %mem, i64 %483
  %493 = icmp ult i64 %483, %scratch_start
  %494 = load i64, i64* %lowEnd, align 8
  %495 = load i64, i64* %highEnd, align 8
  %496 = call i64 @llvm.umax.i64(i64 %494, i64 %484)
  %497 = select i1 %493, i64 %496, i64 %494
  store i64 %497, i64* %lowEnd, align 8
  %498 = call i64 @llvm.umax.i64(i64 %495, i64 %484)
  %499 = select i1 %493, i64 %495, i64 %498
  store i64 %499, i64* %highEnd, align 8
  %500 = load i64, i64* %lowStart, align 8
  %501 = call i64 @llvm.umin.i64(i64 %500, i64 %483)
  store i64 %501, i64* %lowStart, align 8
  store i8 1, i8* %492, align 1
  %502 = load i32, i32* %obj.3, align 4
  %503 = load i32, i32* %c.3, align 4
  %504 = zext i32 %502 to i64
  %505 = add i64 %504, 4
  %506 = add i64 %505, 4
  %507 = icmp ugt i64 %506, %arena_size
  br i1 %507, label %trap17.site0, label %ok81

ok81:                                             ; preds = %ok80
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
  store i32 %503, i32* %unaligned82, align 4
  %518 = bitcast i32* %unaligned82 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %508, i8* %518, i64 4, i1 false)
  %519 = load i32, i32* %obj.3, align 4
  store i32 %519, i32* %result78, align 4
  br label %e37

match39:                                          ; preds = %dead96, %then92, %ok88
  %520 = load i64, i64* %result83, align 8
  store i64 %520, i64* %result67, align 8
  br label %e27

ok84:                                             ; preds = %join70
  %521 = getelementptr i8, i8* %mem, i64 %422
  %522 = load i8, i8* %521, align 1
  %523 = zext i8 %522 to i32
  %524 = icmp eq i32 %523, 0
  %525 = zext i1 %524 to i32
  %526 = icmp ne i32 %525, 0
  br i1 %526, label %then85, label %else86

then85:                                           ; preds = %ok84
  %527 = load i32, i32* %scrut.2, align 4
  %528 = zext i32 %527 to i64
  %529 = add i64 %528, 8
  %530 = add i64 %529, 8
  %531 = icmp ugt i64 %530, %arena_size
  br i1 %531, label %trap17.site0, label %ok88

else86:                                           ; preds = %ok84
  br label %join87

join87:                                           ; preds = %else86, %dead90
  %532 = load i32, i32* %scrut.2, align 4
  %533 = zext i32 %532 to i64
  %534 = add i64 %533, 1
  %535 = icmp ugt i64 %534, %arena_size
  br i1 %535, label %trap17.site0, label %ok91

ok88:                                             ; preds = %then85
  %536 = getelementptr i8, i8* %mem, i64 %529
  %537 = bitcast i64* %unaligned89 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %537, i8* %536, i64 8, i1 false)
  %538 = load i64, i64* %unaligned89, align 8
  store i64 %538, i64* %v.1, align 8
  %539 = load i64, i64* %v.1, align 8
  store i64 %539, i64* %result83, align 8
  br label %match39

dead90:                                           ; No predecessors!
  br label %join87

ok91:                                             ; preds = %join87
  %540 = getelementptr i8, i8* %mem, i64 %533
  %541 = load i8, i8* %540, align 1
  %542 = zext i8 %541 to i32
  %543 = icmp eq i32 %542, 1
  %544 = zext i1 %543 to i32
  %545 = icmp ne i32 %544, 0
  br i1 %545, label %then92, label %else93

then92:                                           ; preds = %ok91
  store i64 -1, i64* %result83, align 8
  br label %match39

else93:                                           ; preds = %ok91
  br label %join94

join94:                                           ; preds = %else93, %dead95
  br label %trap5.site18

dead95:                                           ; No predecessors!
  br label %join94

trap5.site18:                                     ; preds = %join94
  %546 = load i64, i64* %lowStart, align 8
  %547 = getelementptr i64, i64* %regs, i64 6
  store i64 %546, i64* %547, align 8
  %548 = load i64, i64* %lowEnd, align 8
  %549 = getelementptr i64, i64* %regs, i64 7
  store i64 %548, i64* %549, align 8
  %550 = load i64, i64* %highEnd, align 8
  %551 = getelementptr i64, i64* %regs, i64 8
  store i64 %550, i64* %551, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 18)
  unreachable

dead96:                                           ; No predecessors!
  br label %match39

ok97:                                             ; preds = %e27
  %552 = getelementptr i8, i8* %mem, i64 %406
  %553 = icmp ult i64 %406, %scratch_start
  %554 = load i64, i64* %lowEnd, align 8
  %555 = load i64, i64* %highEnd, align 8
  %556 = call i64 @llvm.umax.i64(i64 %554, i64 %407)
  %557 = select i1 %553, i64 %556, i64 %554
  store i64 %557, i64* %lowEnd, align 8
  %558 = call i64 @llvm.umax.i64(i64 %555, i64 %407)
  %559 = select i1 %553, i64 %555, i64 %558
  store i64 %559, i64* %highEnd, align 8
  %560 = load i64, i64* %lowStart, align 8
  %561 = call i64 @llvm.umin.i64(i64 %560, i64 %406)
  store i64 %561, i64* %lowStart, align 8
  store i64 %404, i64* %unaligned98, align 8
  %562 = bitcast i64* %unaligned98 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %552, i8* %562, i64 8, i1 false)
  %563 = load i64, i64* %x, align 8
  br i1 false, label %trap1.site20, label %ok99

ok99:                                             ; preds = %ok97
  %564 = icmp eq i64 %563, -9223372036854775808
  %565 = and i1 %564, false
  br i1 %565, label %trap2.site20, label %ok100

trap1.site20:                                     ; preds = %ok97
  %566 = load i64, i64* %lowStart, align 8
  %567 = getelementptr i64, i64* %regs, i64 6
  store i64 %566, i64* %567, align 8
  %568 = load i64, i64* %lowEnd, align 8
  %569 = getelementptr i64, i64* %regs, i64 7
  store i64 %568, i64* %569, align 8
  %570 = load i64, i64* %highEnd, align 8
  %571 = getelementptr i64, i64* %regs, i64 8
  store i64 %570, i64* %571, align 8
  call void @tetra_trap(i64* %regs, i32 1, i32 20)
  unreachable

ok100:                                            ; preds = %ok99
  %572 = srem i64 %563, 2
  %573 = icmp eq i64 %572, 0
  %574 = zext i1 %573 to i32
  %575 = icmp ne i32 %574, 0
  br i1 %575, label %then101, label %else102

trap2.site20:                                     ; preds = %ok99
  %576 = load i64, i64* %lowStart, align 8
  %577 = getelementptr i64, i64* %regs, i64 6
  store i64 %576, i64* %577, align 8
  %578 = load i64, i64* %lowEnd, align 8
  %579 = getelementptr i64, i64* %regs, i64 7
  store i64 %578, i64* %579, align 8
  %580 = load i64, i64* %highEnd, align 8
  %581 = getelementptr i64, i64* %regs, i64 8
  store i64 %580, i64* %581, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 20)
  unreachable

then101:                                          ; preds = %ok100
  %582 = load i64, i64* %x, align 8
  store i64 %582, i64* %c.4, align 8
  %583 = getelementptr i64, i64* %regs, i64 1
  %584 = getelementptr i64, i64* %regs, i64 2
  %585 = load i64, i64* %583, align 8
  %586 = add i64 %585, 7
  %587 = and i64 %586, -8
  %588 = add i64 %587, 16
  %589 = load i64, i64* %584, align 8
  %590 = icmp ugt i64 %588, %589
  br i1 %590, label %trap15.site21, label %ok106

else102:                                          ; preds = %ok100
  store i32 48, i32* %c.5, align 4
  %591 = getelementptr i64, i64* %regs, i64 1
  %592 = getelementptr i64, i64* %regs, i64 2
  %593 = load i64, i64* %591, align 8
  %594 = add i64 %593, 7
  %595 = and i64 %594, -8
  %596 = add i64 %595, 8
  %597 = load i64, i64* %592, align 8
  %598 = icmp ugt i64 %596, %597
  br i1 %598, label %trap15.site22, label %ok111

join103:                                          ; preds = %e50, %e48
  %599 = load i32, i32* %result104, align 4
  store i32 %599, i32* %raw, align 4
  %600 = load i32, i32* %dict, align 4
  %601 = load i32, i32* %raw, align 4
  %602 = zext i32 %600 to i64
  %603 = add i64 %602, 24
  %604 = add i64 %603, 4
  %605 = icmp ugt i64 %604, %arena_size
  br i1 %605, label %trap17.site0, label %ok115

e48:                                              ; preds = %ok108
  %606 = load i32, i32* %result105, align 4
  store i32 %606, i32* %result104, align 4
  br label %join103

ok106:                                            ; preds = %then101
  store i64 %588, i64* %583, align 8
  %607 = trunc i64 %587 to i32
  store i32 %607, i32* %obj.4, align 4
  %608 = load i32, i32* %obj.4, align 4
  %609 = zext i32 %608 to i64
  %610 = add i64 %609, 1
  %611 = icmp ugt i64 %610, %arena_size
  br i1 %611, label %trap17.site0, label %ok107

trap15.site21:                                    ; preds = %then101
  %612 = load i64, i64* %lowStart, align 8
  %613 = getelementptr i64, i64* %regs, i64 6
  store i64 %612, i64* %613, align 8
  %614 = load i64, i64* %lowEnd, align 8
  %615 = getelementptr i64, i64* %regs, i64 7
  store i64 %614, i64* %615, align 8
  %616 = load i64, i64* %highEnd, align 8
  %617 = getelementptr i64, i64* %regs, i64 8
  store i64 %616, i64* %617, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 21)
  unreachable

ok107:                                            ; preds = %ok106
  %618 = getelementptr i8, i8* %mem, i64 %609
  %619 = icmp ult i64 %609, %scratch_start
  %620 = load i64, i64* %lowEnd, align 8
  %621 = load i64, i64* %highEnd, align 8
  %622 = call i64 @llvm.umax.i64(i64 %620, i64 %610)
  %623 = select i1 %619, i64 %622, i64 %620
  store i64 %623, i64* %lowEnd, align 8
  %624 = call i64 @llvm.umax.i64(i64 %621, i64 %610)
  %625 = select i1 %619, i64 %621, i64 %624
  store i64 %625, i64* %highEnd, align 8
  %626 = load i64, i64* %lowStart, align 8
  %627 = call i64 @llvm.umin.i64(i64 %626, i64 %609)
  store i64 %627, i64* %lowStart, align 8
  store i8 0, i8* %618, align 1
  %628 = load i32, i32* %obj.4, align 4
  %629 = load i64, i64* %c.4, align 8
  %630 = zext i32 %628 to i64
  %631 = add i64 %630, 8
  %632 = add i64 %631, 8
  %633 = icmp ugt i64 %632, %arena_size
  br i1 %633, label %trap17.site0, label %ok108

ok108:                                            ; preds = %ok107
  %634 = getelementptr i8, i8* %mem, i64 %631
  %635 = icmp ult i64 %631, %scratch_start
  %636 = load i64, i64* %lowEnd, align 8
  %637 = load i64, i64* %highEnd, align 8
  %638 = call i64 @llvm.umax.i64(i64 %636, i64 %632)
  %639 = select i1 %635, i64 %638, i64 %636
  store i64 %639, i64* %lowEnd, align 8
  %640 = call i64 @llvm.umax.i64(i64 %637, i64 %632)
  %641 = select i1 %635, i64 %637, i64 %640
  store i64 %641, i64* %highEnd, align 8
  %642 = load i64, i64* %lowStart, align 8
  %643 = call i64 @llvm.umin.i64(i64 %642, i64 %631)
  store i64 %643, i64* %lowStart, align 8
  store i64 %629, i64* %unaligned109, align 8
  %644 = bitcast i64* %unaligned109 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %634, i8* %644, i64 8, i1 false)
  %645 = load i32, i32* %obj.4, align 4
  store i32 %645, i32* %result105, align 4
  br label %e48

e50:                                              ; preds = %ok113
  %646 = load i32, i32* %result110, align 4
  store i32 %646, i32* %result104, align 4
  br label %join103

ok111:                                            ; preds = %else102
  store i64 %596, i64* %591, align 8
  %647 = trunc i64 %595 to i32
  store i32 %647, i32* %obj.5, align 4
  %648 = load i32, i32* %obj.5, align 4
  %649 = zext i32 %648 to i64
  %650 = add i64 %649, 1
  %651 = icmp ugt i64 %650, %arena_size
  br i1 %651, label %trap17.site0, label %ok112

trap15.site22:                                    ; preds = %else102
  %652 = load i64, i64* %lowStart, align 8
  %653 = getelementptr i64, i64* %regs, i64 6
  store i64 %652, i64* %653, align 8
  %654 = load i64, i64* %lowEnd, align 8
  %655 = getelementptr i64, i64* %regs, i64 7
  store i64 %654, i64* %655, align 8
  %656 = load i64, i64* %highEnd, align 8
  %657 = getelementptr i64, i64* %regs, i64 8
  store i64 %656, i64* %657, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 22)
  unreachable

ok112:                                            ; preds = %ok111
  %658 = getelementptr i8, i8* %mem, i64 %649
  %659 = icmp ult i64 %649, %scratch_start
  %660 = load i64, i64* %lowEnd, align 8
  %661 = load i64, i64* %highEnd, align 8
  %662 = call i64 @llvm.umax.i64(i64 %660, i64 %650)
  %663 = select i1 %659, i64 %662, i64 %660
  store i64 %663, i64* %lowEnd, align 8
  %664 = call i64 @llvm.umax.i64(i64 %661, i64 %650)
  %665 = select i1 %659, i64 %661, i64 %664
  store i64 %665, i64* %highEnd, align 8
  %666 = load i64, i64* %lowStart, align 8
  %667 = call i64 @llvm.umin.i64(i64 %666, i64 %649)
  store i64 %667, i64* %lowStart, align 8
  store i8 1, i8* %658, align 1
  %668 = load i32, i32* %obj.5, align 4
  %669 = load i32, i32* %c.5, align 4
  %670 = zext i32 %668 to i64
  %671 = add i64 %670, 4
  %672 = add i64 %671, 4
  %673 = icmp ugt i64 %672, %arena_size
  br i1 %673, label %trap17.site0, label %ok113

ok113:                                            ; preds = %ok112
  %674 = getelementptr i8, i8* %mem, i64 %671
  %675 = icmp ult i64 %671, %scratch_start
  %676 = load i64, i64* %lowEnd, align 8
  %677 = load i64, i64* %highEnd, align 8
  %678 = call i64 @llvm.umax.i64(i64 %676, i64 %672)
  %679 = select i1 %675, i64 %678, i64 %676
  store i64 %679, i64* %lowEnd, align 8
  %680 = call i64 @llvm.umax.i64(i64 %677, i64 %672)
  %681 = select i1 %675, i64 %677, i64 %680
  store i64 %681, i64* %highEnd, align 8
  %682 = load i64, i64* %lowStart, align 8
  %683 = call i64 @llvm.umin.i64(i64 %682, i64 %671)
  store i64 %683, i64* %lowStart, align 8
  store i32 %669, i32* %unaligned114, align 4
  %684 = bitcast i32* %unaligned114 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %674, i8* %684, i64 4, i1 false)
  %685 = load i32, i32* %obj.5, align 4
  store i32 %685, i32* %result110, align 4
  br label %e50

ok115:                                            ; preds = %join103
  %686 = getelementptr i8, i8* %mem, i64 %603
  %687 = icmp ult i64 %603, %scratch_start
  %688 = load i64, i64* %lowEnd, align 8
  %689 = load i64, i64* %highEnd, align 8
  %690 = call i64 @llvm.umax.i64(i64 %688, i64 %604)
  %691 = select i1 %687, i64 %690, i64 %688
  store i64 %691, i64* %lowEnd, align 8
  %692 = call i64 @llvm.umax.i64(i64 %689, i64 %604)
  %693 = select i1 %687, i64 %689, i64 %692
  store i64 %693, i64* %highEnd, align 8
  %694 = load i64, i64* %lowStart, align 8
  %695 = call i64 @llvm.umin.i64(i64 %694, i64 %603)
  store i64 %695, i64* %lowStart, align 8
  store i32 %601, i32* %unaligned116, align 4
  %696 = bitcast i32* %unaligned116 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %686, i8* %696, i64 4, i1 false)
  %697 = load i32, i32* %maybe, align 4
  store i32 %697, i32* %xs, align 4
  %698 = load i32, i32* %xs, align 4
  %699 = zext i32 %698 to i64
  %700 = add i64 %699, 4
  %701 = icmp ugt i64 %700, %arena_size
  br i1 %701, label %trap17.site0, label %ok118

e52:                                              ; preds = %ok143
  %702 = load i32, i32* %result117, align 4
  store i32 %702, i32* %present, align 4
  %703 = load i32, i32* %dict, align 4
  %704 = load i32, i32* %present, align 4
  %705 = zext i32 %703 to i64
  %706 = add i64 %705, 28
  %707 = add i64 %706, 4
  %708 = icmp ugt i64 %707, %arena_size
  br i1 %708, label %trap17.site0, label %ok145

ok118:                                            ; preds = %ok115
  %709 = getelementptr i8, i8* %mem, i64 %699
  %710 = bitcast i32* %unaligned119 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %710, i8* %709, i64 4, i1 false)
  %711 = load i32, i32* %unaligned119, align 4
  %712 = zext i32 %711 to i64
  %713 = mul i64 %712, 1
  %714 = add i64 4, %713
  store i64 %714, i64* %size.1, align 8
  %715 = load i64, i64* %size.1, align 8
  %716 = icmp ugt i64 %715, 2147483647
  %717 = zext i1 %716 to i32
  %718 = icmp ne i32 %717, 0
  br i1 %718, label %then120, label %else121

then120:                                          ; preds = %ok118
  br label %trap15.site23

else121:                                          ; preds = %ok118
  br label %join122

join122:                                          ; preds = %else121, %dead123
  %719 = load i64, i64* %size.1, align 8
  %720 = trunc i64 %719 to i32
  %721 = zext i32 %720 to i64
  %722 = getelementptr i64, i64* %regs, i64 1
  %723 = getelementptr i64, i64* %regs, i64 2
  %724 = load i64, i64* %722, align 8
  %725 = add i64 %724, 3
  %726 = and i64 %725, -4
  %727 = add i64 %726, %721
  %728 = load i64, i64* %723, align 8
  %729 = icmp ugt i64 %727, %728
  br i1 %729, label %trap15.site23, label %ok124

trap15.site23:                                    ; preds = %join122, %then120
  %730 = load i64, i64* %lowStart, align 8
  %731 = getelementptr i64, i64* %regs, i64 6
  store i64 %730, i64* %731, align 8
  %732 = load i64, i64* %lowEnd, align 8
  %733 = getelementptr i64, i64* %regs, i64 7
  store i64 %732, i64* %733, align 8
  %734 = load i64, i64* %highEnd, align 8
  %735 = getelementptr i64, i64* %regs, i64 8
  store i64 %734, i64* %735, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 23)
  unreachable

dead123:                                          ; No predecessors!
  br label %join122

ok124:                                            ; preds = %join122
  store i64 %727, i64* %722, align 8
  %736 = trunc i64 %726 to i32
  store i32 %736, i32* %list.1, align 4
  store i32 0, i32* %len.1, align 4
  %737 = load i32, i32* %xs, align 4
  %738 = zext i32 %737 to i64
  %739 = add i64 %738, 4
  %740 = icmp ugt i64 %739, %arena_size
  br i1 %740, label %trap17.site0, label %ok125

ok125:                                            ; preds = %ok124
  %741 = getelementptr i8, i8* %mem, i64 %738
  %742 = bitcast i32* %unaligned126 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %742, i8* %741, i64 4, i1 false)
  %743 = load i32, i32* %unaligned126, align 4
  store i32 %743, i32* %n, align 4
  store i32 0, i32* %k, align 4
  br label %each55

block54:                                          ; preds = %dead142, %ok127
  %744 = load i32, i32* %list.1, align 4
  %745 = load i32, i32* %len.1, align 4
  %746 = zext i32 %744 to i64
  %747 = add i64 %746, 4
  %748 = icmp ugt i64 %747, %arena_size
  br i1 %748, label %trap17.site0, label %ok143

each55:                                           ; preds = %ok141, %ok125
  %749 = load i64, i64* %fuel, align 8
  %750 = icmp ult i64 %749, 1
  br i1 %750, label %trap14.site0, label %ok127

ok127:                                            ; preds = %each55
  %751 = sub i64 %749, 1
  store i64 %751, i64* %fuel, align 8
  %752 = load i32, i32* %k, align 4
  %753 = load i32, i32* %n, align 4
  %754 = icmp uge i32 %752, %753
  %755 = zext i1 %754 to i32
  %756 = icmp ne i32 %755, 0
  br i1 %756, label %block54, label %cont

cont:                                             ; preds = %ok127
  %757 = load i32, i32* %xs, align 4
  %758 = load i32, i32* %k, align 4
  %759 = mul i32 %758, 4
  %760 = add i32 %757, %759
  %761 = zext i32 %760 to i64
  %762 = add i64 %761, 4
  %763 = add i64 %762, 4
  %764 = icmp ugt i64 %763, %arena_size
  br i1 %764, label %trap17.site0, label %ok128

ok128:                                            ; preds = %cont
  %765 = getelementptr i8, i8* %mem, i64 %762
  %766 = bitcast i32* %unaligned129 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %766, i8* %765, i64 4, i1 false)
  %767 = load i32, i32* %unaligned129, align 4
  store i32 %767, i32* %x.1, align 4
  %768 = load i32, i32* %x.1, align 4
  store i32 %768, i32* %o, align 4
  %769 = load i32, i32* %list.1, align 4
  %770 = load i32, i32* %len.1, align 4
  %771 = mul i32 %770, 1
  %772 = add i32 %769, %771
  %773 = load i32, i32* %o, align 4
  store i32 %773, i32* %scrut.3, align 4
  %774 = load i32, i32* %scrut.3, align 4
  %775 = icmp ne i32 %774, 0
  %776 = zext i1 %775 to i32
  %777 = icmp ne i32 %776, 0
  br i1 %777, label %then132, label %else133

e56:                                              ; preds = %match58
  %778 = load i32, i32* %result130, align 4
  %779 = zext i32 %772 to i64
  %780 = add i64 %779, 4
  %781 = add i64 %780, 1
  %782 = icmp ugt i64 %781, %arena_size
  br i1 %782, label %trap17.site0, label %ok141

match58:                                          ; preds = %dead140, %then136, %then132
  %783 = load i32, i32* %result131, align 4
  store i32 %783, i32* %result130, align 4
  br label %e56

then132:                                          ; preds = %ok128
  store i32 1, i32* %result131, align 4
  br label %match58

else133:                                          ; preds = %ok128
  br label %join134

join134:                                          ; preds = %else133, %dead135
  %784 = load i32, i32* %scrut.3, align 4
  %785 = icmp eq i32 %784, 0
  %786 = zext i1 %785 to i32
  %787 = icmp ne i32 %786, 0
  br i1 %787, label %then136, label %else137

dead135:                                          ; No predecessors!
  br label %join134

then136:                                          ; preds = %join134
  store i32 0, i32* %result131, align 4
  br label %match58

else137:                                          ; preds = %join134
  br label %join138

join138:                                          ; preds = %else137, %dead139
  br label %trap5.site24

dead139:                                          ; No predecessors!
  br label %join138

trap5.site24:                                     ; preds = %join138
  %788 = load i64, i64* %lowStart, align 8
  %789 = getelementptr i64, i64* %regs, i64 6
  store i64 %788, i64* %789, align 8
  %790 = load i64, i64* %lowEnd, align 8
  %791 = getelementptr i64, i64* %regs, i64 7
  store i64 %790, i64* %791, align 8
  %792 = load i64, i64* %highEnd, align 8
  %793 = getelementptr i64, i64* %regs, i64 8
  store i64 %792, i64* %793, align 8
  call void @tetra_trap(i64* %regs, i32 5, i32 24)
  unreachable

dead140:                                          ; No predecessors!
  br label %match58

ok141:                                            ; preds = %e56
  %794 = getelementptr i8, i8* %mem, i64 %780
  %795 = icmp ult i64 %780, %scratch_start
  %796 = load i64, i64* %lowEnd, align 8
  %797 = load i64, i64* %highEnd, align 8
  %798 = call i64 @llvm.umax.i64(i64 %796, i64 %781)
  %799 = select i1 %795, i64 %798, i64 %796
  store i64 %799, i64* %lowEnd, align 8
  %800 = call i64 @llvm.umax.i64(i64 %797, i64 %781)
  %801 = select i1 %795, i64 %797, i64 %800
  store i64 %801, i64* %highEnd, align 8
  %802 = load i64, i64* %lowStart, align 8
  %803 = call i64 @llvm.umin.i64(i64 %802, i64 %780)
  store i64 %803, i64* %lowStart, align 8
  %804 = trunc i32 %778 to i8
  store i8 %804, i8* %794, align 1
  %805 = load i32, i32* %len.1, align 4
  %806 = add i32 %805, 1
  store i32 %806, i32* %len.1, align 4
  %807 = load i32, i32* %k, align 4
  %808 = add i32 %807, 1
  store i32 %808, i32* %k, align 4
  br label %each55

dead142:                                          ; No predecessors!
  br label %block54

ok143:                                            ; preds = %block54
  %809 = getelementptr i8, i8* %mem, i64 %746
  %810 = icmp ult i64 %746, %scratch_start
  %811 = load i64, i64* %lowEnd, align 8
  %812 = load i64, i64* %highEnd, align 8
  %813 = call i64 @llvm.umax.i64(i64 %811, i64 %747)
  %814 = select i1 %810, i64 %813, i64 %811
  store i64 %814, i64* %lowEnd, align 8
  %815 = call i64 @llvm.umax.i64(i64 %812, i64 %747)
  %816 = select i1 %810, i64 %812, i64 %815
  store i64 %816, i64* %highEnd, align 8
  %817 = load i64, i64* %lowStart, align 8
  %818 = call i64 @llvm.umin.i64(i64 %817, i64 %746)
  store i64 %818, i64* %lowStart, align 8
  store i32 %745, i32* %unaligned144, align 4
  %819 = bitcast i32* %unaligned144 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %809, i8* %819, i64 4, i1 false)
  %820 = load i32, i32* %list.1, align 4
  store i32 %820, i32* %result117, align 4
  br label %e52

ok145:                                            ; preds = %e52
  %821 = getelementptr i8, i8* %mem, i64 %706
  %822 = icmp ult i64 %706, %scratch_start
  %823 = load i64, i64* %lowEnd, align 8
  %824 = load i64, i64* %highEnd, align 8
  %825 = call i64 @llvm.umax.i64(i64 %823, i64 %707)
  %826 = select i1 %822, i64 %825, i64 %823
  store i64 %826, i64* %lowEnd, align 8
  %827 = call i64 @llvm.umax.i64(i64 %824, i64 %707)
  %828 = select i1 %822, i64 %824, i64 %827
  store i64 %828, i64* %highEnd, align 8
  %829 = load i64, i64* %lowStart, align 8
  %830 = call i64 @llvm.umin.i64(i64 %829, i64 %706)
  store i64 %830, i64* %lowStart, align 8
  store i32 %704, i32* %unaligned146, align 4
  %831 = bitcast i32* %unaligned146 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %821, i8* %831, i64 4, i1 false)
  %832 = load i32, i32* %dict, align 4
  store i32 %832, i32* %result7, align 4
  br label %e0

ok147:                                            ; preds = %e0
  %833 = getelementptr i64, i64* %regs, i64 10
  %834 = load i64, i64* %833, align 8
  %835 = icmp ult i64 %10, %834
  br i1 %835, label %trap253.site0, label %stack_ok148

trap15.site0:                                     ; preds = %e0
  %836 = load i64, i64* %lowStart, align 8
  %837 = getelementptr i64, i64* %regs, i64 6
  store i64 %836, i64* %837, align 8
  %838 = load i64, i64* %lowEnd, align 8
  %839 = getelementptr i64, i64* %regs, i64 7
  store i64 %838, i64* %839, align 8
  %840 = load i64, i64* %highEnd, align 8
  %841 = getelementptr i64, i64* %regs, i64 8
  store i64 %840, i64* %841, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok148:                                      ; preds = %ok147
  %842 = load i64, i64* %fuel, align 8
  %843 = getelementptr i64, i64* %regs, i64 0
  store i64 %842, i64* %843, align 8
  %844 = load i64, i64* %lowStart, align 8
  %845 = getelementptr i64, i64* %regs, i64 6
  store i64 %844, i64* %845, align 8
  %846 = load i64, i64* %lowEnd, align 8
  %847 = getelementptr i64, i64* %regs, i64 7
  store i64 %846, i64* %847, align 8
  %848 = load i64, i64* %highEnd, align 8
  %849 = getelementptr i64, i64* %regs, i64 8
  store i64 %848, i64* %849, align 8
  %850 = add i32 %depth, 1
  %851 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %850, i32 %98, i32 %99, i32 0)
  %852 = getelementptr i64, i64* %regs, i64 0
  %853 = load i64, i64* %852, align 8
  store i64 %853, i64* %fuel, align 8
  %854 = getelementptr i64, i64* %regs, i64 6
  %855 = load i64, i64* %854, align 8
  store i64 %855, i64* %lowStart, align 8
  %856 = getelementptr i64, i64* %regs, i64 7
  %857 = load i64, i64* %856, align 8
  store i64 %857, i64* %lowEnd, align 8
  %858 = getelementptr i64, i64* %regs, i64 8
  %859 = load i64, i64* %858, align 8
  store i64 %859, i64* %highEnd, align 8
  store i32 %851, i32* %json_end, align 4
  %860 = load i32, i32* %json_end, align 4
  %861 = icmp eq i32 %860, -2
  %862 = zext i1 %861 to i32
  %863 = icmp ne i32 %862, 0
  br i1 %863, label %then149, label %else150

then149:                                          ; preds = %stack_ok148
  br label %trap16.site5

else150:                                          ; preds = %stack_ok148
  br label %join151

join151:                                          ; preds = %else150, %dead152
  %864 = load i32, i32* %json_end, align 4
  %865 = icmp eq i32 %864, -1
  %866 = zext i1 %865 to i32
  %867 = icmp ne i32 %866, 0
  br i1 %867, label %then153, label %else154

trap16.site5:                                     ; preds = %then149
  %868 = load i64, i64* %lowStart, align 8
  %869 = getelementptr i64, i64* %regs, i64 6
  store i64 %868, i64* %869, align 8
  %870 = load i64, i64* %lowEnd, align 8
  %871 = getelementptr i64, i64* %regs, i64 7
  store i64 %870, i64* %871, align 8
  %872 = load i64, i64* %highEnd, align 8
  %873 = getelementptr i64, i64* %regs, i64 8
  store i64 %872, i64* %873, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 5)
  unreachable

dead152:                                          ; No predecessors!
  br label %join151

then153:                                          ; preds = %join151
  br label %trap15.site5

else154:                                          ; preds = %join151
  br label %join155

join155:                                          ; preds = %else154, %dead156
  %874 = load i32, i32* %json_end, align 4
  %875 = zext i32 %874 to i64
  %876 = getelementptr i64, i64* %regs, i64 3
  store i64 %875, i64* %876, align 8
  %877 = load i32, i32* %json_end, align 4
  %878 = load i32, i32* %json_start, align 4
  %879 = sub i32 %877, %878
  %880 = load i64, i64* %fuel, align 8
  %881 = getelementptr i64, i64* %regs, i64 0
  store i64 %880, i64* %881, align 8
  %882 = load i64, i64* %lowStart, align 8
  %883 = getelementptr i64, i64* %regs, i64 6
  store i64 %882, i64* %883, align 8
  %884 = load i64, i64* %lowEnd, align 8
  %885 = getelementptr i64, i64* %regs, i64 7
  store i64 %884, i64* %885, align 8
  %886 = load i64, i64* %highEnd, align 8
  %887 = getelementptr i64, i64* %regs, i64 8
  store i64 %886, i64* %887, align 8
  ret i32 %879

dead156:                                          ; No predecessors!
  br label %join155
}
