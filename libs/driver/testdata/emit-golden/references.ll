; From libs/driver/testdata/emit-golden/references.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/references.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (24):
;   declare @tetra_trap
;   @m0.codec.write_str
;   @m0.codec.enc.string.1
;   @m0.rt.u64_digits
;   @m0.rt.u64_write_back
;   @m0.rt.int_write
;   @m0.codec.write_int
;   @m0.codec.enc.int.2
;   @m0.codec.enc.record.3
;   @m0.codec.enc.record.0
;   @m0.main
;   @m0.field.rate
;   @m0.fn.scale
;   @m0.field.later
;   declare @llvm.memcpy.p0i8.p0i8.i64
;   declare @llvm.expect.i1
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 4 function(s):

define internal i32 @m0.main(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %input_offset.arg, i32 %input_len.arg, i32 %output_offset.arg, i32 %output_cap.arg) {
entry:
  %input_offset = alloca i32, align 4
  store i32 %input_offset.arg, i32* %input_offset, align 4
  %input_len = alloca i32, align 4
  store i32 %input_len.arg, i32* %input_len, align 4
  %output_offset = alloca i32, align 4
  store i32 %output_offset.arg, i32* %output_offset, align 4
  %output_cap = alloca i32, align 4
  store i32 %output_cap.arg, i32* %output_cap, align 4
  %dict = alloca i32, align 4
  store i32 0, i32* %dict, align 4
  %closure = alloca i32, align 4
  store i32 0, i32* %closure, align 4
  %dict.1 = alloca i32, align 4
  store i32 0, i32* %dict.1, align 4
  %base = alloca i64, align 8
  store i64 0, i64* %base, align 8
  %scaled = alloca i64, align 8
  store i64 0, i64* %scaled, align 8
  %from_root = alloca i64, align 8
  store i64 0, i64* %from_root, align 8
  %totals = alloca i32, align 4
  store i32 0, i32* %totals, align 4
  %part = alloca i32, align 4
  store i32 0, i32* %part, align 4
  %part.1 = alloca i32, align 4
  store i32 0, i32* %part.1, align 4
  %text = alloca i32, align 4
  store i32 0, i32* %text, align 4
  %cur = alloca i32, align 4
  store i32 0, i32* %cur, align 4
  %s = alloca i32, align 4
  store i32 0, i32* %s, align 4
  %slen = alloca i32, align 4
  store i32 0, i32* %slen, align 4
  %s.1 = alloca i32, align 4
  store i32 0, i32* %s.1, align 4
  %slen.1 = alloca i32, align 4
  store i32 0, i32* %slen.1, align 4
  %len = alloca i32, align 4
  store i32 0, i32* %len, align 4
  %label = alloca i32, align 4
  store i32 0, i32* %label, align 4
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
  %result1 = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned15 = alloca i32, align 4
  %unaligned20 = alloca i32, align 4
  %result21 = alloca i32, align 4
  %unaligned27 = alloca i64, align 8
  %unaligned34 = alloca i64, align 8
  %unaligned36 = alloca i64, align 8
  %result37 = alloca i64, align 8
  %unaligned49 = alloca i64, align 8
  %unaligned55 = alloca i64, align 8
  %unaligned60 = alloca i32, align 4
  %result67 = alloca i32, align 4
  %result68 = alloca i32, align 4
  %result69 = alloca i32, align 4
  %unaligned71 = alloca i64, align 8
  %unaligned73 = alloca i32, align 4
  %unaligned84 = alloca i32, align 4
  %unaligned102 = alloca i32, align 4
  %unaligned108 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = getelementptr i64, i64* %regs, i64 1
  %16 = getelementptr i64, i64* %regs, i64 2
  %17 = load i64, i64* %15, align 8
  %18 = add i64 %17, 7
  %19 = and i64 %18, -8
  %20 = add i64 %19, 34
  %21 = load i64, i64* %16, align 8
  %22 = icmp ugt i64 %20, %21
  br i1 %22, label %trap15.site1, label %ok2

trap14.site0:                                     ; preds = %body
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

e0:                                               ; preds = %write.ok106
  %29 = load i32, i32* %result1, align 4
  store i32 %29, i32* %result, align 4
  %30 = load i32, i32* %result, align 4
  store i32 %30, i32* %result.1, align 4
  %31 = getelementptr i64, i64* %regs, i64 3
  %32 = load i64, i64* %31, align 8
  %33 = trunc i64 %32 to i32
  store i32 %33, i32* %json_start, align 4
  %34 = load i32, i32* %result.1, align 4
  %35 = load i32, i32* %json_start, align 4
  %36 = icmp uge i32 %depth, 1000
  br i1 %36, label %trap15.site0, label %ok109

ok2:                                              ; preds = %ok
  store i64 %20, i64* %15, align 8
  %37 = load i64, i64* %highEnd, align 8
  %38 = call i64 @llvm.umax.i64(i64 %37, i64 %20)
  store i64 %38, i64* %highEnd, align 8
  %39 = trunc i64 %19 to i32
  store i32 %39, i32* %dict, align 4
  %40 = load i32, i32* %dict, align 4
  %41 = add i32 %40, 32
  %42 = zext i32 %41 to i64
  %43 = add i64 %42, 2
  %44 = icmp uge i64 %42, %scratch_start
  %45 = load i64, i64* %highEnd, align 8
  %46 = icmp ule i64 %43, %45
  %47 = and i1 %44, %46
  %48 = call i1 @llvm.expect.i1(i1 %47, i1 true)
  br i1 %48, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %then115, %ok
  %49 = load i64, i64* %lowStart, align 8
  %50 = getelementptr i64, i64* %regs, i64 6
  store i64 %49, i64* %50, align 8
  %51 = load i64, i64* %lowEnd, align 8
  %52 = getelementptr i64, i64* %regs, i64 7
  store i64 %51, i64* %52, align 8
  %53 = load i64, i64* %highEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 8
  store i64 %53, i64* %54, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok2
  %55 = load i64, i64* %lowStart, align 8
  %56 = icmp uge i64 %42, %55
  %57 = load i64, i64* %lowEnd, align 8
  %58 = icmp ule i64 %43, %57
  %59 = and i1 %56, %58
  %60 = call i1 @llvm.expect.i1(i1 %59, i1 true)
  br i1 %60, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %61 = icmp ugt i64 %43, %arena_size
  br i1 %61, label %trap17.site1, label %ok3

write.ok:                                         ; preds = %ok3, %write.low, %ok2
  %62 = getelementptr i8, i8* %mem, i64 %42
  call void @llvm.memset.p0i8.i64(i8* %62, i8 0, i64 2, i1 false)
  %63 = load i32, i32* %dict, align 4
  %64 = zext i32 %63 to i64
  %65 = sub i64 %arena_size, 33
  %66 = icmp sgt i64 %64, %65
  br i1 %66, label %trap17.site0, label %ok4

ok3:                                              ; preds = %write.slow
  %67 = icmp ult i64 %42, %scratch_start
  %68 = load i64, i64* %lowStart, align 8
  %69 = call i64 @llvm.umin.i64(i64 %68, i64 %42)
  %70 = load i64, i64* %lowEnd, align 8
  %71 = load i64, i64* %highEnd, align 8
  %72 = add i64 %43, 64
  %73 = sub i64 %43, %69
  %74 = lshr i64 %73, 4
  %75 = add i64 %72, %74
  %76 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %75)
  %77 = call i64 @llvm.umax.i64(i64 %70, i64 %76)
  %78 = select i1 %67, i64 %77, i64 %70
  store i64 %78, i64* %lowEnd, align 8
  %79 = add i64 %43, 64
  %80 = sub i64 %43, %scratch_start
  %81 = lshr i64 %80, 4
  %82 = add i64 %79, %81
  %83 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %82)
  %84 = call i64 @llvm.umax.i64(i64 %71, i64 %83)
  %85 = select i1 %67, i64 %71, i64 %84
  store i64 %85, i64* %highEnd, align 8
  store i64 %69, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %86 = load i64, i64* %lowStart, align 8
  %87 = getelementptr i64, i64* %regs, i64 6
  store i64 %86, i64* %87, align 8
  %88 = load i64, i64* %lowEnd, align 8
  %89 = getelementptr i64, i64* %regs, i64 7
  store i64 %88, i64* %89, align 8
  %90 = load i64, i64* %highEnd, align 8
  %91 = getelementptr i64, i64* %regs, i64 8
  store i64 %90, i64* %91, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

ok4:                                              ; preds = %write.ok
  %92 = add i64 %64, 32
  %93 = getelementptr i8, i8* %mem, i64 %92
  %94 = load i8, i8* %93, align 1
  %95 = zext i8 %94 to i32
  %96 = icmp eq i32 %95, 0
  %97 = zext i1 %96 to i32
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %then, label %else

trap17.site0:                                     ; preds = %write.slow105, %write.slow99, %write.slow90, %write.ok81, %e11, %e9, %write.ok58, %write.slow57, %write.slow52, %join41, %then39, %ok35, %write.ok32, %write.slow31, %write.slow24, %write.slow17, %write.slow12, %write.slow8, %write.ok
  %99 = load i64, i64* %lowStart, align 8
  %100 = getelementptr i64, i64* %regs, i64 6
  store i64 %99, i64* %100, align 8
  %101 = load i64, i64* %lowEnd, align 8
  %102 = getelementptr i64, i64* %regs, i64 7
  store i64 %101, i64* %102, align 8
  %103 = load i64, i64* %highEnd, align 8
  %104 = getelementptr i64, i64* %regs, i64 8
  store i64 %103, i64* %104, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok4
  %105 = load i32, i32* %dict, align 4
  %106 = icmp uge i32 %depth, 1000
  br i1 %106, label %trap15.site2, label %ok5

else:                                             ; preds = %ok4
  br label %join

join:                                             ; preds = %else, %stack_ok
  %107 = getelementptr i64, i64* %regs, i64 1
  %108 = getelementptr i64, i64* %regs, i64 2
  %109 = load i64, i64* %107, align 8
  %110 = add i64 %109, 3
  %111 = and i64 %110, -4
  %112 = add i64 %111, 8
  %113 = load i64, i64* %108, align 8
  %114 = icmp ugt i64 %112, %113
  br i1 %114, label %trap15.site3, label %ok6

ok5:                                              ; preds = %then
  %115 = icmp ult i64 %10, %stack_limit
  br i1 %115, label %trap253.site0, label %stack_ok

trap15.site2:                                     ; preds = %then
  %116 = load i64, i64* %lowStart, align 8
  %117 = getelementptr i64, i64* %regs, i64 6
  store i64 %116, i64* %117, align 8
  %118 = load i64, i64* %lowEnd, align 8
  %119 = getelementptr i64, i64* %regs, i64 7
  store i64 %118, i64* %119, align 8
  %120 = load i64, i64* %highEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 8
  store i64 %120, i64* %121, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 2)
  unreachable

stack_ok:                                         ; preds = %ok5
  %122 = load i64, i64* %fuel, align 8
  %123 = getelementptr i64, i64* %regs, i64 0
  store i64 %122, i64* %123, align 8
  %124 = load i64, i64* %lowStart, align 8
  %125 = getelementptr i64, i64* %regs, i64 6
  store i64 %124, i64* %125, align 8
  %126 = load i64, i64* %lowEnd, align 8
  %127 = getelementptr i64, i64* %regs, i64 7
  store i64 %126, i64* %127, align 8
  %128 = load i64, i64* %highEnd, align 8
  %129 = getelementptr i64, i64* %regs, i64 8
  store i64 %128, i64* %129, align 8
  %130 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %130, i32 %105)
  %131 = getelementptr i64, i64* %regs, i64 0
  %132 = load i64, i64* %131, align 8
  store i64 %132, i64* %fuel, align 8
  %133 = getelementptr i64, i64* %regs, i64 6
  %134 = load i64, i64* %133, align 8
  store i64 %134, i64* %lowStart, align 8
  %135 = getelementptr i64, i64* %regs, i64 7
  %136 = load i64, i64* %135, align 8
  store i64 %136, i64* %lowEnd, align 8
  %137 = getelementptr i64, i64* %regs, i64 8
  %138 = load i64, i64* %137, align 8
  store i64 %138, i64* %highEnd, align 8
  br label %join

trap253.site0:                                    ; preds = %ok109, %ok65, %ok46, %ok28, %ok5
  %139 = load i64, i64* %lowStart, align 8
  %140 = getelementptr i64, i64* %regs, i64 6
  store i64 %139, i64* %140, align 8
  %141 = load i64, i64* %lowEnd, align 8
  %142 = getelementptr i64, i64* %regs, i64 7
  store i64 %141, i64* %142, align 8
  %143 = load i64, i64* %highEnd, align 8
  %144 = getelementptr i64, i64* %regs, i64 8
  store i64 %143, i64* %144, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok6:                                              ; preds = %join
  store i64 %112, i64* %107, align 8
  %145 = load i64, i64* %highEnd, align 8
  %146 = call i64 @llvm.umax.i64(i64 %145, i64 %112)
  store i64 %146, i64* %highEnd, align 8
  %147 = trunc i64 %111 to i32
  store i32 %147, i32* %closure, align 4
  %148 = load i32, i32* %closure, align 4
  %149 = zext i32 %148 to i64
  %150 = add i64 %149, 4
  %151 = icmp uge i64 %149, %scratch_start
  %152 = load i64, i64* %highEnd, align 8
  %153 = icmp ule i64 %150, %152
  %154 = and i1 %151, %153
  %155 = call i1 @llvm.expect.i1(i1 %154, i1 true)
  br i1 %155, label %write.ok9, label %write.low7

trap15.site3:                                     ; preds = %join
  %156 = load i64, i64* %lowStart, align 8
  %157 = getelementptr i64, i64* %regs, i64 6
  store i64 %156, i64* %157, align 8
  %158 = load i64, i64* %lowEnd, align 8
  %159 = getelementptr i64, i64* %regs, i64 7
  store i64 %158, i64* %159, align 8
  %160 = load i64, i64* %highEnd, align 8
  %161 = getelementptr i64, i64* %regs, i64 8
  store i64 %160, i64* %161, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

write.low7:                                       ; preds = %ok6
  %162 = load i64, i64* %lowStart, align 8
  %163 = icmp uge i64 %149, %162
  %164 = load i64, i64* %lowEnd, align 8
  %165 = icmp ule i64 %150, %164
  %166 = and i1 %163, %165
  %167 = call i1 @llvm.expect.i1(i1 %166, i1 true)
  br i1 %167, label %write.ok9, label %write.slow8

write.slow8:                                      ; preds = %write.low7
  %168 = icmp ugt i64 %150, %arena_size
  br i1 %168, label %trap17.site0, label %ok10

write.ok9:                                        ; preds = %ok10, %write.low7, %ok6
  %169 = getelementptr i8, i8* %mem, i64 %149
  store i32 0, i32* %unaligned, align 4
  %170 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %169, i8* %170, i64 4, i1 false)
  %171 = load i32, i32* %closure, align 4
  %172 = load i32, i32* %dict, align 4
  %173 = zext i32 %171 to i64
  %174 = add i64 %173, 4
  %175 = add i64 %174, 4
  %176 = icmp uge i64 %174, %scratch_start
  %177 = load i64, i64* %highEnd, align 8
  %178 = icmp ule i64 %175, %177
  %179 = and i1 %176, %178
  %180 = call i1 @llvm.expect.i1(i1 %179, i1 true)
  br i1 %180, label %write.ok13, label %write.low11

ok10:                                             ; preds = %write.slow8
  %181 = icmp ult i64 %149, %scratch_start
  %182 = load i64, i64* %lowStart, align 8
  %183 = call i64 @llvm.umin.i64(i64 %182, i64 %149)
  %184 = load i64, i64* %lowEnd, align 8
  %185 = load i64, i64* %highEnd, align 8
  %186 = add i64 %150, 64
  %187 = sub i64 %150, %183
  %188 = lshr i64 %187, 4
  %189 = add i64 %186, %188
  %190 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %189)
  %191 = call i64 @llvm.umax.i64(i64 %184, i64 %190)
  %192 = select i1 %181, i64 %191, i64 %184
  store i64 %192, i64* %lowEnd, align 8
  %193 = add i64 %150, 64
  %194 = sub i64 %150, %scratch_start
  %195 = lshr i64 %194, 4
  %196 = add i64 %193, %195
  %197 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %196)
  %198 = call i64 @llvm.umax.i64(i64 %185, i64 %197)
  %199 = select i1 %181, i64 %185, i64 %198
  store i64 %199, i64* %highEnd, align 8
  store i64 %183, i64* %lowStart, align 8
  br label %write.ok9

write.low11:                                      ; preds = %write.ok9
  %200 = load i64, i64* %lowStart, align 8
  %201 = icmp uge i64 %174, %200
  %202 = load i64, i64* %lowEnd, align 8
  %203 = icmp ule i64 %175, %202
  %204 = and i1 %201, %203
  %205 = call i1 @llvm.expect.i1(i1 %204, i1 true)
  br i1 %205, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %206 = icmp ugt i64 %175, %arena_size
  br i1 %206, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok9
  %207 = getelementptr i8, i8* %mem, i64 %174
  store i32 %172, i32* %unaligned15, align 4
  %208 = bitcast i32* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %207, i8* %208, i64 4, i1 false)
  %209 = load i32, i32* %dict, align 4
  %210 = load i32, i32* %closure, align 4
  %211 = zext i32 %209 to i64
  %212 = add i64 %211, 8
  %213 = add i64 %212, 4
  %214 = icmp uge i64 %212, %scratch_start
  %215 = load i64, i64* %highEnd, align 8
  %216 = icmp ule i64 %213, %215
  %217 = and i1 %214, %216
  %218 = call i1 @llvm.expect.i1(i1 %217, i1 true)
  br i1 %218, label %write.ok18, label %write.low16

ok14:                                             ; preds = %write.slow12
  %219 = icmp ult i64 %174, %scratch_start
  %220 = load i64, i64* %lowStart, align 8
  %221 = call i64 @llvm.umin.i64(i64 %220, i64 %174)
  %222 = load i64, i64* %lowEnd, align 8
  %223 = load i64, i64* %highEnd, align 8
  %224 = add i64 %175, 64
  %225 = sub i64 %175, %221
  %226 = lshr i64 %225, 4
  %227 = add i64 %224, %226
  %228 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %227)
  %229 = call i64 @llvm.umax.i64(i64 %222, i64 %228)
  %230 = select i1 %219, i64 %229, i64 %222
  store i64 %230, i64* %lowEnd, align 8
  %231 = add i64 %175, 64
  %232 = sub i64 %175, %scratch_start
  %233 = lshr i64 %232, 4
  %234 = add i64 %231, %233
  %235 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %234)
  %236 = call i64 @llvm.umax.i64(i64 %223, i64 %235)
  %237 = select i1 %219, i64 %223, i64 %236
  store i64 %237, i64* %highEnd, align 8
  store i64 %221, i64* %lowStart, align 8
  br label %write.ok13

write.low16:                                      ; preds = %write.ok13
  %238 = load i64, i64* %lowStart, align 8
  %239 = icmp uge i64 %212, %238
  %240 = load i64, i64* %lowEnd, align 8
  %241 = icmp ule i64 %213, %240
  %242 = and i1 %239, %241
  %243 = call i1 @llvm.expect.i1(i1 %242, i1 true)
  br i1 %243, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %244 = icmp ugt i64 %213, %arena_size
  br i1 %244, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %write.ok13
  %245 = getelementptr i8, i8* %mem, i64 %212
  store i32 %210, i32* %unaligned20, align 4
  %246 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %245, i8* %246, i64 4, i1 false)
  %247 = getelementptr i64, i64* %regs, i64 1
  %248 = getelementptr i64, i64* %regs, i64 2
  %249 = load i64, i64* %247, align 8
  %250 = add i64 %249, 7
  %251 = and i64 %250, -8
  %252 = add i64 %251, 24
  %253 = load i64, i64* %248, align 8
  %254 = icmp ugt i64 %252, %253
  br i1 %254, label %trap15.site4, label %ok22

ok19:                                             ; preds = %write.slow17
  %255 = icmp ult i64 %212, %scratch_start
  %256 = load i64, i64* %lowStart, align 8
  %257 = call i64 @llvm.umin.i64(i64 %256, i64 %212)
  %258 = load i64, i64* %lowEnd, align 8
  %259 = load i64, i64* %highEnd, align 8
  %260 = add i64 %213, 64
  %261 = sub i64 %213, %257
  %262 = lshr i64 %261, 4
  %263 = add i64 %260, %262
  %264 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %263)
  %265 = call i64 @llvm.umax.i64(i64 %258, i64 %264)
  %266 = select i1 %255, i64 %265, i64 %258
  store i64 %266, i64* %lowEnd, align 8
  %267 = add i64 %213, 64
  %268 = sub i64 %213, %scratch_start
  %269 = lshr i64 %268, 4
  %270 = add i64 %267, %269
  %271 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %270)
  %272 = call i64 @llvm.umax.i64(i64 %259, i64 %271)
  %273 = select i1 %255, i64 %259, i64 %272
  store i64 %273, i64* %highEnd, align 8
  store i64 %257, i64* %lowStart, align 8
  br label %write.ok18

e1:                                               ; preds = %write.ok53
  %274 = load i32, i32* %result21, align 4
  store i32 %274, i32* %totals, align 4
  %275 = load i32, i32* %dict, align 4
  %276 = load i32, i32* %totals, align 4
  %277 = zext i32 %275 to i64
  %278 = add i64 %277, 12
  %279 = add i64 %278, 4
  %280 = icmp uge i64 %278, %scratch_start
  %281 = load i64, i64* %highEnd, align 8
  %282 = icmp ule i64 %279, %281
  %283 = and i1 %280, %282
  %284 = call i1 @llvm.expect.i1(i1 %283, i1 true)
  br i1 %284, label %write.ok58, label %write.low56

ok22:                                             ; preds = %write.ok18
  store i64 %252, i64* %247, align 8
  %285 = load i64, i64* %highEnd, align 8
  %286 = call i64 @llvm.umax.i64(i64 %285, i64 %252)
  store i64 %286, i64* %highEnd, align 8
  %287 = trunc i64 %251 to i32
  store i32 %287, i32* %dict.1, align 4
  store i64 10, i64* %base, align 8
  %288 = load i32, i32* %dict.1, align 4
  %289 = load i64, i64* %base, align 8
  %290 = zext i32 %288 to i64
  %291 = add i64 %290, 8
  %292 = icmp uge i64 %290, %scratch_start
  %293 = load i64, i64* %highEnd, align 8
  %294 = icmp ule i64 %291, %293
  %295 = and i1 %292, %294
  %296 = call i1 @llvm.expect.i1(i1 %295, i1 true)
  br i1 %296, label %write.ok25, label %write.low23

trap15.site4:                                     ; preds = %write.ok18
  %297 = load i64, i64* %lowStart, align 8
  %298 = getelementptr i64, i64* %regs, i64 6
  store i64 %297, i64* %298, align 8
  %299 = load i64, i64* %lowEnd, align 8
  %300 = getelementptr i64, i64* %regs, i64 7
  store i64 %299, i64* %300, align 8
  %301 = load i64, i64* %highEnd, align 8
  %302 = getelementptr i64, i64* %regs, i64 8
  store i64 %301, i64* %302, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

write.low23:                                      ; preds = %ok22
  %303 = load i64, i64* %lowStart, align 8
  %304 = icmp uge i64 %290, %303
  %305 = load i64, i64* %lowEnd, align 8
  %306 = icmp ule i64 %291, %305
  %307 = and i1 %304, %306
  %308 = call i1 @llvm.expect.i1(i1 %307, i1 true)
  br i1 %308, label %write.ok25, label %write.slow24

write.slow24:                                     ; preds = %write.low23
  %309 = icmp ugt i64 %291, %arena_size
  br i1 %309, label %trap17.site0, label %ok26

write.ok25:                                       ; preds = %ok26, %write.low23, %ok22
  %310 = getelementptr i8, i8* %mem, i64 %290
  store i64 %289, i64* %unaligned27, align 8
  %311 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %310, i8* %311, i64 8, i1 false)
  %312 = load i32, i32* %dict, align 4
  %313 = load i64, i64* %base, align 8
  %314 = icmp uge i32 %depth, 1000
  br i1 %314, label %trap15.site5, label %ok28

ok26:                                             ; preds = %write.slow24
  %315 = icmp ult i64 %290, %scratch_start
  %316 = load i64, i64* %lowStart, align 8
  %317 = call i64 @llvm.umin.i64(i64 %316, i64 %290)
  %318 = load i64, i64* %lowEnd, align 8
  %319 = load i64, i64* %highEnd, align 8
  %320 = add i64 %291, 64
  %321 = sub i64 %291, %317
  %322 = lshr i64 %321, 4
  %323 = add i64 %320, %322
  %324 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %323)
  %325 = call i64 @llvm.umax.i64(i64 %318, i64 %324)
  %326 = select i1 %315, i64 %325, i64 %318
  store i64 %326, i64* %lowEnd, align 8
  %327 = add i64 %291, 64
  %328 = sub i64 %291, %scratch_start
  %329 = lshr i64 %328, 4
  %330 = add i64 %327, %329
  %331 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %330)
  %332 = call i64 @llvm.umax.i64(i64 %319, i64 %331)
  %333 = select i1 %315, i64 %319, i64 %332
  store i64 %333, i64* %highEnd, align 8
  store i64 %317, i64* %lowStart, align 8
  br label %write.ok25

ok28:                                             ; preds = %write.ok25
  %334 = icmp ult i64 %10, %stack_limit
  br i1 %334, label %trap253.site0, label %stack_ok29

trap15.site5:                                     ; preds = %write.ok25
  %335 = load i64, i64* %lowStart, align 8
  %336 = getelementptr i64, i64* %regs, i64 6
  store i64 %335, i64* %336, align 8
  %337 = load i64, i64* %lowEnd, align 8
  %338 = getelementptr i64, i64* %regs, i64 7
  store i64 %337, i64* %338, align 8
  %339 = load i64, i64* %highEnd, align 8
  %340 = getelementptr i64, i64* %regs, i64 8
  store i64 %339, i64* %340, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %341 = load i64, i64* %fuel, align 8
  %342 = getelementptr i64, i64* %regs, i64 0
  store i64 %341, i64* %342, align 8
  %343 = load i64, i64* %lowStart, align 8
  %344 = getelementptr i64, i64* %regs, i64 6
  store i64 %343, i64* %344, align 8
  %345 = load i64, i64* %lowEnd, align 8
  %346 = getelementptr i64, i64* %regs, i64 7
  store i64 %345, i64* %346, align 8
  %347 = load i64, i64* %highEnd, align 8
  %348 = getelementptr i64, i64* %regs, i64 8
  store i64 %347, i64* %348, align 8
  %349 = add i32 %depth, 1
  %350 = call i64 @m0.fn.scale(i64* %regs, i8* %mem, i32 %349, i32 %312, i64 %313)
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
  store i64 %350, i64* %scaled, align 8
  %359 = load i32, i32* %dict.1, align 4
  %360 = load i64, i64* %scaled, align 8
  %361 = zext i32 %359 to i64
  %362 = add i64 %361, 8
  %363 = add i64 %362, 8
  %364 = icmp uge i64 %362, %scratch_start
  %365 = load i64, i64* %highEnd, align 8
  %366 = icmp ule i64 %363, %365
  %367 = and i1 %364, %366
  %368 = call i1 @llvm.expect.i1(i1 %367, i1 true)
  br i1 %368, label %write.ok32, label %write.low30

write.low30:                                      ; preds = %stack_ok29
  %369 = load i64, i64* %lowStart, align 8
  %370 = icmp uge i64 %362, %369
  %371 = load i64, i64* %lowEnd, align 8
  %372 = icmp ule i64 %363, %371
  %373 = and i1 %370, %372
  %374 = call i1 @llvm.expect.i1(i1 %373, i1 true)
  br i1 %374, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %375 = icmp ugt i64 %363, %arena_size
  br i1 %375, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %stack_ok29
  %376 = getelementptr i8, i8* %mem, i64 %362
  store i64 %360, i64* %unaligned34, align 8
  %377 = bitcast i64* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %376, i8* %377, i64 8, i1 false)
  %378 = load i32, i32* %dict, align 4
  %379 = zext i32 %378 to i64
  %380 = sub i64 %arena_size, 8
  %381 = icmp sgt i64 %379, %380
  br i1 %381, label %trap17.site0, label %ok35

ok33:                                             ; preds = %write.slow31
  %382 = icmp ult i64 %362, %scratch_start
  %383 = load i64, i64* %lowStart, align 8
  %384 = call i64 @llvm.umin.i64(i64 %383, i64 %362)
  %385 = load i64, i64* %lowEnd, align 8
  %386 = load i64, i64* %highEnd, align 8
  %387 = add i64 %363, 64
  %388 = sub i64 %363, %384
  %389 = lshr i64 %388, 4
  %390 = add i64 %387, %389
  %391 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %390)
  %392 = call i64 @llvm.umax.i64(i64 %385, i64 %391)
  %393 = select i1 %382, i64 %392, i64 %385
  store i64 %393, i64* %lowEnd, align 8
  %394 = add i64 %363, 64
  %395 = sub i64 %363, %scratch_start
  %396 = lshr i64 %395, 4
  %397 = add i64 %394, %396
  %398 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %397)
  %399 = call i64 @llvm.umax.i64(i64 %386, i64 %398)
  %400 = select i1 %382, i64 %386, i64 %399
  store i64 %400, i64* %highEnd, align 8
  store i64 %384, i64* %lowStart, align 8
  br label %write.ok32

ok35:                                             ; preds = %write.ok32
  %401 = getelementptr i8, i8* %mem, i64 %379
  %402 = bitcast i64* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %402, i8* %401, i64 8, i1 false)
  %403 = load i64, i64* %unaligned36, align 8
  %404 = load i32, i32* %dict, align 4
  %405 = zext i32 %404 to i64
  %406 = sub i64 %arena_size, 34
  %407 = icmp sgt i64 %405, %406
  br i1 %407, label %trap17.site0, label %ok38

e7:                                               ; preds = %ok48
  %408 = load i64, i64* %result37, align 8
  %409 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %403, i64 %408)
  %410 = extractvalue { i64, i1 } %409, 1
  br i1 %410, label %trap2.site6, label %ok50

ok38:                                             ; preds = %ok35
  %411 = add i64 %405, 33
  %412 = getelementptr i8, i8* %mem, i64 %411
  %413 = load i8, i8* %412, align 1
  %414 = zext i8 %413 to i32
  %415 = icmp ne i32 %414, 2
  %416 = zext i1 %415 to i32
  %417 = icmp ne i32 %416, 0
  br i1 %417, label %then39, label %else40

then39:                                           ; preds = %ok38
  %418 = load i32, i32* %dict, align 4
  %419 = zext i32 %418 to i64
  %420 = sub i64 %arena_size, 34
  %421 = icmp sgt i64 %419, %420
  br i1 %421, label %trap17.site0, label %ok42

else40:                                           ; preds = %ok38
  br label %join41

join41:                                           ; preds = %else40, %stack_ok47
  %422 = load i32, i32* %dict, align 4
  %423 = zext i32 %422 to i64
  %424 = sub i64 %arena_size, 24
  %425 = icmp sgt i64 %423, %424
  br i1 %425, label %trap17.site0, label %ok48

ok42:                                             ; preds = %then39
  %426 = add i64 %419, 33
  %427 = getelementptr i8, i8* %mem, i64 %426
  %428 = load i8, i8* %427, align 1
  %429 = zext i8 %428 to i32
  %430 = icmp eq i32 %429, 1
  %431 = zext i1 %430 to i32
  %432 = icmp ne i32 %431, 0
  br i1 %432, label %then43, label %else44

then43:                                           ; preds = %ok42
  br label %trap6.site7

else44:                                           ; preds = %ok42
  br label %join45

join45:                                           ; preds = %else44, %dead
  %433 = load i32, i32* %dict, align 4
  %434 = icmp uge i32 %depth, 1000
  br i1 %434, label %trap15.site7, label %ok46

trap6.site7:                                      ; preds = %then43
  %435 = load i64, i64* %lowStart, align 8
  %436 = getelementptr i64, i64* %regs, i64 6
  store i64 %435, i64* %436, align 8
  %437 = load i64, i64* %lowEnd, align 8
  %438 = getelementptr i64, i64* %regs, i64 7
  store i64 %437, i64* %438, align 8
  %439 = load i64, i64* %highEnd, align 8
  %440 = getelementptr i64, i64* %regs, i64 8
  store i64 %439, i64* %440, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 7)
  unreachable

dead:                                             ; No predecessors!
  br label %join45

ok46:                                             ; preds = %join45
  %441 = icmp ult i64 %10, %stack_limit
  br i1 %441, label %trap253.site0, label %stack_ok47

trap15.site7:                                     ; preds = %join45
  %442 = load i64, i64* %lowStart, align 8
  %443 = getelementptr i64, i64* %regs, i64 6
  store i64 %442, i64* %443, align 8
  %444 = load i64, i64* %lowEnd, align 8
  %445 = getelementptr i64, i64* %regs, i64 7
  store i64 %444, i64* %445, align 8
  %446 = load i64, i64* %highEnd, align 8
  %447 = getelementptr i64, i64* %regs, i64 8
  store i64 %446, i64* %447, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok47:                                       ; preds = %ok46
  %448 = load i64, i64* %fuel, align 8
  %449 = getelementptr i64, i64* %regs, i64 0
  store i64 %448, i64* %449, align 8
  %450 = load i64, i64* %lowStart, align 8
  %451 = getelementptr i64, i64* %regs, i64 6
  store i64 %450, i64* %451, align 8
  %452 = load i64, i64* %lowEnd, align 8
  %453 = getelementptr i64, i64* %regs, i64 7
  store i64 %452, i64* %453, align 8
  %454 = load i64, i64* %highEnd, align 8
  %455 = getelementptr i64, i64* %regs, i64 8
  store i64 %454, i64* %455, align 8
  %456 = add i32 %depth, 1
  call void @m0.field.later(i64* %regs, i8* %mem, i32 %456, i32 %433)
  %457 = getelementptr i64, i64* %regs, i64 0
  %458 = load i64, i64* %457, align 8
  store i64 %458, i64* %fuel, align 8
  %459 = getelementptr i64, i64* %regs, i64 6
  %460 = load i64, i64* %459, align 8
  store i64 %460, i64* %lowStart, align 8
  %461 = getelementptr i64, i64* %regs, i64 7
  %462 = load i64, i64* %461, align 8
  store i64 %462, i64* %lowEnd, align 8
  %463 = getelementptr i64, i64* %regs, i64 8
  %464 = load i64, i64* %463, align 8
  store i64 %464, i64* %highEnd, align 8
  br label %join41

ok48:                                             ; preds = %join41
  %465 = add i64 %423, 16
  %466 = getelementptr i8, i8* %mem, i64 %465
  %467 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %467, i8* %466, i64 8, i1 false)
  %468 = load i64, i64* %unaligned49, align 8
  store i64 %468, i64* %result37, align 8
  br label %e7

ok50:                                             ; preds = %e7
  %469 = extractvalue { i64, i1 } %409, 0
  store i64 %469, i64* %from_root, align 8
  %470 = load i32, i32* %dict.1, align 4
  %471 = load i64, i64* %from_root, align 8
  %472 = zext i32 %470 to i64
  %473 = add i64 %472, 16
  %474 = add i64 %473, 8
  %475 = icmp uge i64 %473, %scratch_start
  %476 = load i64, i64* %highEnd, align 8
  %477 = icmp ule i64 %474, %476
  %478 = and i1 %475, %477
  %479 = call i1 @llvm.expect.i1(i1 %478, i1 true)
  br i1 %479, label %write.ok53, label %write.low51

trap2.site6:                                      ; preds = %e7
  %480 = load i64, i64* %lowStart, align 8
  %481 = getelementptr i64, i64* %regs, i64 6
  store i64 %480, i64* %481, align 8
  %482 = load i64, i64* %lowEnd, align 8
  %483 = getelementptr i64, i64* %regs, i64 7
  store i64 %482, i64* %483, align 8
  %484 = load i64, i64* %highEnd, align 8
  %485 = getelementptr i64, i64* %regs, i64 8
  store i64 %484, i64* %485, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low51:                                      ; preds = %ok50
  %486 = load i64, i64* %lowStart, align 8
  %487 = icmp uge i64 %473, %486
  %488 = load i64, i64* %lowEnd, align 8
  %489 = icmp ule i64 %474, %488
  %490 = and i1 %487, %489
  %491 = call i1 @llvm.expect.i1(i1 %490, i1 true)
  br i1 %491, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %492 = icmp ugt i64 %474, %arena_size
  br i1 %492, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %ok50
  %493 = getelementptr i8, i8* %mem, i64 %473
  store i64 %471, i64* %unaligned55, align 8
  %494 = bitcast i64* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %493, i8* %494, i64 8, i1 false)
  %495 = load i32, i32* %dict.1, align 4
  store i32 %495, i32* %result21, align 4
  br label %e1

ok54:                                             ; preds = %write.slow52
  %496 = icmp ult i64 %473, %scratch_start
  %497 = load i64, i64* %lowStart, align 8
  %498 = call i64 @llvm.umin.i64(i64 %497, i64 %473)
  %499 = load i64, i64* %lowEnd, align 8
  %500 = load i64, i64* %highEnd, align 8
  %501 = add i64 %474, 64
  %502 = sub i64 %474, %498
  %503 = lshr i64 %502, 4
  %504 = add i64 %501, %503
  %505 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %504)
  %506 = call i64 @llvm.umax.i64(i64 %499, i64 %505)
  %507 = select i1 %496, i64 %506, i64 %499
  store i64 %507, i64* %lowEnd, align 8
  %508 = add i64 %474, 64
  %509 = sub i64 %474, %scratch_start
  %510 = lshr i64 %509, 4
  %511 = add i64 %508, %510
  %512 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %511)
  %513 = call i64 @llvm.umax.i64(i64 %500, i64 %512)
  %514 = select i1 %496, i64 %500, i64 %513
  store i64 %514, i64* %highEnd, align 8
  store i64 %498, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %e1
  %515 = load i64, i64* %lowStart, align 8
  %516 = icmp uge i64 %278, %515
  %517 = load i64, i64* %lowEnd, align 8
  %518 = icmp ule i64 %279, %517
  %519 = and i1 %516, %518
  %520 = call i1 @llvm.expect.i1(i1 %519, i1 true)
  br i1 %520, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %521 = icmp ugt i64 %279, %arena_size
  br i1 %521, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %e1
  %522 = getelementptr i8, i8* %mem, i64 %278
  store i32 %276, i32* %unaligned60, align 4
  %523 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %522, i8* %523, i64 4, i1 false)
  %524 = load i32, i32* %dict, align 4
  %525 = zext i32 %524 to i64
  %526 = sub i64 %arena_size, 34
  %527 = icmp sgt i64 %525, %526
  br i1 %527, label %trap17.site0, label %ok61

ok59:                                             ; preds = %write.slow57
  %528 = icmp ult i64 %278, %scratch_start
  %529 = load i64, i64* %lowStart, align 8
  %530 = call i64 @llvm.umin.i64(i64 %529, i64 %278)
  %531 = load i64, i64* %lowEnd, align 8
  %532 = load i64, i64* %highEnd, align 8
  %533 = add i64 %279, 64
  %534 = sub i64 %279, %530
  %535 = lshr i64 %534, 4
  %536 = add i64 %533, %535
  %537 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %536)
  %538 = call i64 @llvm.umax.i64(i64 %531, i64 %537)
  %539 = select i1 %528, i64 %538, i64 %531
  store i64 %539, i64* %lowEnd, align 8
  %540 = add i64 %279, 64
  %541 = sub i64 %279, %scratch_start
  %542 = lshr i64 %541, 4
  %543 = add i64 %540, %542
  %544 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %543)
  %545 = call i64 @llvm.umax.i64(i64 %532, i64 %544)
  %546 = select i1 %528, i64 %532, i64 %545
  store i64 %546, i64* %highEnd, align 8
  store i64 %530, i64* %lowStart, align 8
  br label %write.ok58

ok61:                                             ; preds = %write.ok58
  %547 = add i64 %525, 33
  %548 = getelementptr i8, i8* %mem, i64 %547
  %549 = load i8, i8* %548, align 1
  %550 = zext i8 %549 to i32
  %551 = icmp eq i32 %550, 0
  %552 = zext i1 %551 to i32
  %553 = icmp ne i32 %552, 0
  br i1 %553, label %then62, label %else63

then62:                                           ; preds = %ok61
  %554 = load i32, i32* %dict, align 4
  %555 = icmp uge i32 %depth, 1000
  br i1 %555, label %trap15.site8, label %ok65

else63:                                           ; preds = %ok61
  br label %join64

join64:                                           ; preds = %else63, %stack_ok66
  store i32 8, i32* %result68, align 4
  br label %e9

ok65:                                             ; preds = %then62
  %556 = icmp ult i64 %10, %stack_limit
  br i1 %556, label %trap253.site0, label %stack_ok66

trap15.site8:                                     ; preds = %then62
  %557 = load i64, i64* %lowStart, align 8
  %558 = getelementptr i64, i64* %regs, i64 6
  store i64 %557, i64* %558, align 8
  %559 = load i64, i64* %lowEnd, align 8
  %560 = getelementptr i64, i64* %regs, i64 7
  store i64 %559, i64* %560, align 8
  %561 = load i64, i64* %highEnd, align 8
  %562 = getelementptr i64, i64* %regs, i64 8
  store i64 %561, i64* %562, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok66:                                       ; preds = %ok65
  %563 = load i64, i64* %fuel, align 8
  %564 = getelementptr i64, i64* %regs, i64 0
  store i64 %563, i64* %564, align 8
  %565 = load i64, i64* %lowStart, align 8
  %566 = getelementptr i64, i64* %regs, i64 6
  store i64 %565, i64* %566, align 8
  %567 = load i64, i64* %lowEnd, align 8
  %568 = getelementptr i64, i64* %regs, i64 7
  store i64 %567, i64* %568, align 8
  %569 = load i64, i64* %highEnd, align 8
  %570 = getelementptr i64, i64* %regs, i64 8
  store i64 %569, i64* %570, align 8
  %571 = add i32 %depth, 1
  call void @m0.field.later(i64* %regs, i8* %mem, i32 %571, i32 %554)
  %572 = getelementptr i64, i64* %regs, i64 0
  %573 = load i64, i64* %572, align 8
  store i64 %573, i64* %fuel, align 8
  %574 = getelementptr i64, i64* %regs, i64 6
  %575 = load i64, i64* %574, align 8
  store i64 %575, i64* %lowStart, align 8
  %576 = getelementptr i64, i64* %regs, i64 7
  %577 = load i64, i64* %576, align 8
  store i64 %577, i64* %lowEnd, align 8
  %578 = getelementptr i64, i64* %regs, i64 8
  %579 = load i64, i64* %578, align 8
  store i64 %579, i64* %highEnd, align 8
  br label %join64

e8:                                               ; preds = %ok103
  %580 = load i32, i32* %result67, align 4
  store i32 %580, i32* %label, align 4
  %581 = load i32, i32* %dict, align 4
  %582 = load i32, i32* %label, align 4
  %583 = zext i32 %581 to i64
  %584 = add i64 %583, 24
  %585 = add i64 %584, 4
  %586 = icmp uge i64 %584, %scratch_start
  %587 = load i64, i64* %highEnd, align 8
  %588 = icmp ule i64 %585, %587
  %589 = and i1 %586, %588
  %590 = call i1 @llvm.expect.i1(i1 %589, i1 true)
  br i1 %590, label %write.ok106, label %write.low104

e9:                                               ; preds = %join64
  %591 = load i32, i32* %result68, align 4
  store i32 %591, i32* %part, align 4
  %592 = load i32, i32* %dict, align 4
  %593 = zext i32 %592 to i64
  %594 = sub i64 %arena_size, 24
  %595 = icmp sgt i64 %593, %594
  br i1 %595, label %trap17.site0, label %ok70

e11:                                              ; preds = %ok70
  %596 = load i32, i32* %result69, align 4
  store i32 %596, i32* %part.1, align 4
  %597 = getelementptr i64, i64* %regs, i64 1
  %598 = load i64, i64* %597, align 8
  %599 = trunc i64 %598 to i32
  %600 = add i32 %599, 3
  %601 = and i32 %600, -4
  store i32 %601, i32* %text, align 4
  %602 = load i32, i32* %text, align 4
  %603 = add i32 %602, 4
  store i32 %603, i32* %cur, align 4
  %604 = load i32, i32* %part, align 4
  store i32 %604, i32* %s, align 4
  %605 = load i32, i32* %s, align 4
  %606 = zext i32 %605 to i64
  %607 = sub i64 %arena_size, 4
  %608 = icmp sgt i64 %606, %607
  br i1 %608, label %trap17.site0, label %ok72

ok70:                                             ; preds = %e9
  %609 = add i64 %593, 16
  %610 = getelementptr i8, i8* %mem, i64 %609
  %611 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %611, i8* %610, i64 8, i1 false)
  %612 = load i64, i64* %unaligned71, align 8
  store i32 16, i32* %result69, align 4
  br label %e11

ok72:                                             ; preds = %e11
  %613 = getelementptr i8, i8* %mem, i64 %606
  %614 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %614, i8* %613, i64 4, i1 false)
  %615 = load i32, i32* %unaligned73, align 4
  store i32 %615, i32* %slen, align 4
  %616 = load i32, i32* %cur, align 4
  %617 = load i32, i32* %slen, align 4
  %618 = add i32 %616, %617
  %619 = getelementptr i64, i64* %regs, i64 2
  %620 = load i64, i64* %619, align 8
  %621 = trunc i64 %620 to i32
  %622 = icmp ugt i32 %618, %621
  %623 = zext i1 %622 to i32
  %624 = icmp ne i32 %623, 0
  br i1 %624, label %then74, label %else75

then74:                                           ; preds = %ok72
  br label %trap15.site9

else75:                                           ; preds = %ok72
  br label %join76

join76:                                           ; preds = %else75, %dead77
  %625 = load i32, i32* %cur, align 4
  %626 = load i32, i32* %s, align 4
  %627 = add i32 %626, 4
  %628 = load i32, i32* %slen, align 4
  %629 = zext i32 %628 to i64
  %630 = zext i32 %627 to i64
  %631 = add i64 %630, %629
  %632 = icmp ugt i64 %631, %arena_size
  br i1 %632, label %trap17.site9, label %ok78

trap15.site9:                                     ; preds = %write.ok100, %then85, %then74
  %633 = load i64, i64* %lowStart, align 8
  %634 = getelementptr i64, i64* %regs, i64 6
  store i64 %633, i64* %634, align 8
  %635 = load i64, i64* %lowEnd, align 8
  %636 = getelementptr i64, i64* %regs, i64 7
  store i64 %635, i64* %636, align 8
  %637 = load i64, i64* %highEnd, align 8
  %638 = getelementptr i64, i64* %regs, i64 8
  store i64 %637, i64* %638, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead77:                                           ; No predecessors!
  br label %join76

ok78:                                             ; preds = %join76
  %639 = zext i32 %625 to i64
  %640 = add i64 %639, %629
  %641 = icmp uge i64 %639, %scratch_start
  %642 = load i64, i64* %highEnd, align 8
  %643 = icmp ule i64 %640, %642
  %644 = and i1 %641, %643
  %645 = call i1 @llvm.expect.i1(i1 %644, i1 true)
  br i1 %645, label %write.ok81, label %write.low79

trap17.site9:                                     ; preds = %write.slow95, %write.ok91, %write.slow80, %join76
  %646 = load i64, i64* %lowStart, align 8
  %647 = getelementptr i64, i64* %regs, i64 6
  store i64 %646, i64* %647, align 8
  %648 = load i64, i64* %lowEnd, align 8
  %649 = getelementptr i64, i64* %regs, i64 7
  store i64 %648, i64* %649, align 8
  %650 = load i64, i64* %highEnd, align 8
  %651 = getelementptr i64, i64* %regs, i64 8
  store i64 %650, i64* %651, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

write.low79:                                      ; preds = %ok78
  %652 = load i64, i64* %lowStart, align 8
  %653 = icmp uge i64 %639, %652
  %654 = load i64, i64* %lowEnd, align 8
  %655 = icmp ule i64 %640, %654
  %656 = and i1 %653, %655
  %657 = call i1 @llvm.expect.i1(i1 %656, i1 true)
  br i1 %657, label %write.ok81, label %write.slow80

write.slow80:                                     ; preds = %write.low79
  %658 = icmp ugt i64 %640, %arena_size
  br i1 %658, label %trap17.site9, label %ok82

write.ok81:                                       ; preds = %ok82, %write.low79, %ok78
  %659 = getelementptr i8, i8* %mem, i64 %639
  %660 = getelementptr i8, i8* %mem, i64 %630
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %659, i8* %660, i64 %629, i1 false)
  %661 = load i32, i32* %cur, align 4
  %662 = load i32, i32* %slen, align 4
  %663 = add i32 %661, %662
  store i32 %663, i32* %cur, align 4
  %664 = load i32, i32* %part.1, align 4
  store i32 %664, i32* %s.1, align 4
  %665 = load i32, i32* %s.1, align 4
  %666 = zext i32 %665 to i64
  %667 = sub i64 %arena_size, 4
  %668 = icmp sgt i64 %666, %667
  br i1 %668, label %trap17.site0, label %ok83

ok82:                                             ; preds = %write.slow80
  %669 = icmp ult i64 %639, %scratch_start
  %670 = load i64, i64* %lowStart, align 8
  %671 = call i64 @llvm.umin.i64(i64 %670, i64 %639)
  %672 = load i64, i64* %lowEnd, align 8
  %673 = load i64, i64* %highEnd, align 8
  %674 = add i64 %640, 64
  %675 = sub i64 %640, %671
  %676 = lshr i64 %675, 4
  %677 = add i64 %674, %676
  %678 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %677)
  %679 = call i64 @llvm.umax.i64(i64 %672, i64 %678)
  %680 = select i1 %669, i64 %679, i64 %672
  store i64 %680, i64* %lowEnd, align 8
  %681 = add i64 %640, 64
  %682 = sub i64 %640, %scratch_start
  %683 = lshr i64 %682, 4
  %684 = add i64 %681, %683
  %685 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %684)
  %686 = call i64 @llvm.umax.i64(i64 %673, i64 %685)
  %687 = select i1 %669, i64 %673, i64 %686
  store i64 %687, i64* %highEnd, align 8
  store i64 %671, i64* %lowStart, align 8
  br label %write.ok81

ok83:                                             ; preds = %write.ok81
  %688 = getelementptr i8, i8* %mem, i64 %666
  %689 = bitcast i32* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %689, i8* %688, i64 4, i1 false)
  %690 = load i32, i32* %unaligned84, align 4
  store i32 %690, i32* %slen.1, align 4
  %691 = load i32, i32* %cur, align 4
  %692 = load i32, i32* %slen.1, align 4
  %693 = add i32 1, %692
  %694 = add i32 %691, %693
  %695 = getelementptr i64, i64* %regs, i64 2
  %696 = load i64, i64* %695, align 8
  %697 = trunc i64 %696 to i32
  %698 = icmp ugt i32 %694, %697
  %699 = zext i1 %698 to i32
  %700 = icmp ne i32 %699, 0
  br i1 %700, label %then85, label %else86

then85:                                           ; preds = %ok83
  br label %trap15.site9

else86:                                           ; preds = %ok83
  br label %join87

join87:                                           ; preds = %else86, %dead88
  %701 = load i32, i32* %cur, align 4
  %702 = zext i32 %701 to i64
  %703 = add i64 %702, 1
  %704 = icmp uge i64 %702, %scratch_start
  %705 = load i64, i64* %highEnd, align 8
  %706 = icmp ule i64 %703, %705
  %707 = and i1 %704, %706
  %708 = call i1 @llvm.expect.i1(i1 %707, i1 true)
  br i1 %708, label %write.ok91, label %write.low89

dead88:                                           ; No predecessors!
  br label %join87

write.low89:                                      ; preds = %join87
  %709 = load i64, i64* %lowStart, align 8
  %710 = icmp uge i64 %702, %709
  %711 = load i64, i64* %lowEnd, align 8
  %712 = icmp ule i64 %703, %711
  %713 = and i1 %710, %712
  %714 = call i1 @llvm.expect.i1(i1 %713, i1 true)
  br i1 %714, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %715 = icmp ugt i64 %703, %arena_size
  br i1 %715, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %join87
  %716 = getelementptr i8, i8* %mem, i64 %702
  store i8 58, i8* %716, align 1
  %717 = load i32, i32* %cur, align 4
  %718 = add i32 %717, 1
  store i32 %718, i32* %cur, align 4
  %719 = load i32, i32* %cur, align 4
  %720 = load i32, i32* %s.1, align 4
  %721 = add i32 %720, 4
  %722 = load i32, i32* %slen.1, align 4
  %723 = zext i32 %722 to i64
  %724 = zext i32 %721 to i64
  %725 = add i64 %724, %723
  %726 = icmp ugt i64 %725, %arena_size
  br i1 %726, label %trap17.site9, label %ok93

ok92:                                             ; preds = %write.slow90
  %727 = icmp ult i64 %702, %scratch_start
  %728 = load i64, i64* %lowStart, align 8
  %729 = call i64 @llvm.umin.i64(i64 %728, i64 %702)
  %730 = load i64, i64* %lowEnd, align 8
  %731 = load i64, i64* %highEnd, align 8
  %732 = add i64 %703, 64
  %733 = sub i64 %703, %729
  %734 = lshr i64 %733, 4
  %735 = add i64 %732, %734
  %736 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %735)
  %737 = call i64 @llvm.umax.i64(i64 %730, i64 %736)
  %738 = select i1 %727, i64 %737, i64 %730
  store i64 %738, i64* %lowEnd, align 8
  %739 = add i64 %703, 64
  %740 = sub i64 %703, %scratch_start
  %741 = lshr i64 %740, 4
  %742 = add i64 %739, %741
  %743 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %742)
  %744 = call i64 @llvm.umax.i64(i64 %731, i64 %743)
  %745 = select i1 %727, i64 %731, i64 %744
  store i64 %745, i64* %highEnd, align 8
  store i64 %729, i64* %lowStart, align 8
  br label %write.ok91

ok93:                                             ; preds = %write.ok91
  %746 = zext i32 %719 to i64
  %747 = add i64 %746, %723
  %748 = icmp uge i64 %746, %scratch_start
  %749 = load i64, i64* %highEnd, align 8
  %750 = icmp ule i64 %747, %749
  %751 = and i1 %748, %750
  %752 = call i1 @llvm.expect.i1(i1 %751, i1 true)
  br i1 %752, label %write.ok96, label %write.low94

write.low94:                                      ; preds = %ok93
  %753 = load i64, i64* %lowStart, align 8
  %754 = icmp uge i64 %746, %753
  %755 = load i64, i64* %lowEnd, align 8
  %756 = icmp ule i64 %747, %755
  %757 = and i1 %754, %756
  %758 = call i1 @llvm.expect.i1(i1 %757, i1 true)
  br i1 %758, label %write.ok96, label %write.slow95

write.slow95:                                     ; preds = %write.low94
  %759 = icmp ugt i64 %747, %arena_size
  br i1 %759, label %trap17.site9, label %ok97

write.ok96:                                       ; preds = %ok97, %write.low94, %ok93
  %760 = getelementptr i8, i8* %mem, i64 %746
  %761 = getelementptr i8, i8* %mem, i64 %724
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %760, i8* %761, i64 %723, i1 false)
  %762 = load i32, i32* %cur, align 4
  %763 = load i32, i32* %slen.1, align 4
  %764 = add i32 %762, %763
  store i32 %764, i32* %cur, align 4
  %765 = load i32, i32* %cur, align 4
  %766 = load i32, i32* %text, align 4
  %767 = sub i32 %765, %766
  %768 = sub i32 %767, 4
  store i32 %768, i32* %len, align 4
  %769 = load i32, i32* %text, align 4
  %770 = load i32, i32* %len, align 4
  %771 = zext i32 %769 to i64
  %772 = add i64 %771, 4
  %773 = icmp uge i64 %771, %scratch_start
  %774 = load i64, i64* %highEnd, align 8
  %775 = icmp ule i64 %772, %774
  %776 = and i1 %773, %775
  %777 = call i1 @llvm.expect.i1(i1 %776, i1 true)
  br i1 %777, label %write.ok100, label %write.low98

ok97:                                             ; preds = %write.slow95
  %778 = icmp ult i64 %746, %scratch_start
  %779 = load i64, i64* %lowStart, align 8
  %780 = call i64 @llvm.umin.i64(i64 %779, i64 %746)
  %781 = load i64, i64* %lowEnd, align 8
  %782 = load i64, i64* %highEnd, align 8
  %783 = add i64 %747, 64
  %784 = sub i64 %747, %780
  %785 = lshr i64 %784, 4
  %786 = add i64 %783, %785
  %787 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %786)
  %788 = call i64 @llvm.umax.i64(i64 %781, i64 %787)
  %789 = select i1 %778, i64 %788, i64 %781
  store i64 %789, i64* %lowEnd, align 8
  %790 = add i64 %747, 64
  %791 = sub i64 %747, %scratch_start
  %792 = lshr i64 %791, 4
  %793 = add i64 %790, %792
  %794 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %793)
  %795 = call i64 @llvm.umax.i64(i64 %782, i64 %794)
  %796 = select i1 %778, i64 %782, i64 %795
  store i64 %796, i64* %highEnd, align 8
  store i64 %780, i64* %lowStart, align 8
  br label %write.ok96

write.low98:                                      ; preds = %write.ok96
  %797 = load i64, i64* %lowStart, align 8
  %798 = icmp uge i64 %771, %797
  %799 = load i64, i64* %lowEnd, align 8
  %800 = icmp ule i64 %772, %799
  %801 = and i1 %798, %800
  %802 = call i1 @llvm.expect.i1(i1 %801, i1 true)
  br i1 %802, label %write.ok100, label %write.slow99

write.slow99:                                     ; preds = %write.low98
  %803 = icmp ugt i64 %772, %arena_size
  br i1 %803, label %trap17.site0, label %ok101

write.ok100:                                      ; preds = %ok101, %write.low98, %write.ok96
  %804 = getelementptr i8, i8* %mem, i64 %771
  store i32 %770, i32* %unaligned102, align 4
  %805 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %804, i8* %805, i64 4, i1 false)
  %806 = load i32, i32* %len, align 4
  %807 = add i32 %806, 4
  %808 = zext i32 %807 to i64
  %809 = getelementptr i64, i64* %regs, i64 1
  %810 = getelementptr i64, i64* %regs, i64 2
  %811 = load i64, i64* %809, align 8
  %812 = add i64 %811, 3
  %813 = and i64 %812, -4
  %814 = add i64 %813, %808
  %815 = load i64, i64* %810, align 8
  %816 = icmp ugt i64 %814, %815
  br i1 %816, label %trap15.site9, label %ok103

ok101:                                            ; preds = %write.slow99
  %817 = icmp ult i64 %771, %scratch_start
  %818 = load i64, i64* %lowStart, align 8
  %819 = call i64 @llvm.umin.i64(i64 %818, i64 %771)
  %820 = load i64, i64* %lowEnd, align 8
  %821 = load i64, i64* %highEnd, align 8
  %822 = add i64 %772, 64
  %823 = sub i64 %772, %819
  %824 = lshr i64 %823, 4
  %825 = add i64 %822, %824
  %826 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %825)
  %827 = call i64 @llvm.umax.i64(i64 %820, i64 %826)
  %828 = select i1 %817, i64 %827, i64 %820
  store i64 %828, i64* %lowEnd, align 8
  %829 = add i64 %772, 64
  %830 = sub i64 %772, %scratch_start
  %831 = lshr i64 %830, 4
  %832 = add i64 %829, %831
  %833 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %832)
  %834 = call i64 @llvm.umax.i64(i64 %821, i64 %833)
  %835 = select i1 %817, i64 %821, i64 %834
  store i64 %835, i64* %highEnd, align 8
  store i64 %819, i64* %lowStart, align 8
  br label %write.ok100

ok103:                                            ; preds = %write.ok100
  store i64 %814, i64* %809, align 8
  %836 = load i64, i64* %highEnd, align 8
  %837 = call i64 @llvm.umax.i64(i64 %836, i64 %814)
  store i64 %837, i64* %highEnd, align 8
  %838 = trunc i64 %813 to i32
  store i32 %838, i32* %result67, align 4
  br label %e8

write.low104:                                     ; preds = %e8
  %839 = load i64, i64* %lowStart, align 8
  %840 = icmp uge i64 %584, %839
  %841 = load i64, i64* %lowEnd, align 8
  %842 = icmp ule i64 %585, %841
  %843 = and i1 %840, %842
  %844 = call i1 @llvm.expect.i1(i1 %843, i1 true)
  br i1 %844, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %845 = icmp ugt i64 %585, %arena_size
  br i1 %845, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e8
  %846 = getelementptr i8, i8* %mem, i64 %584
  store i32 %582, i32* %unaligned108, align 4
  %847 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %846, i8* %847, i64 4, i1 false)
  %848 = load i32, i32* %dict, align 4
  store i32 %848, i32* %result1, align 4
  br label %e0

ok107:                                            ; preds = %write.slow105
  %849 = icmp ult i64 %584, %scratch_start
  %850 = load i64, i64* %lowStart, align 8
  %851 = call i64 @llvm.umin.i64(i64 %850, i64 %584)
  %852 = load i64, i64* %lowEnd, align 8
  %853 = load i64, i64* %highEnd, align 8
  %854 = add i64 %585, 64
  %855 = sub i64 %585, %851
  %856 = lshr i64 %855, 4
  %857 = add i64 %854, %856
  %858 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %857)
  %859 = call i64 @llvm.umax.i64(i64 %852, i64 %858)
  %860 = select i1 %849, i64 %859, i64 %852
  store i64 %860, i64* %lowEnd, align 8
  %861 = add i64 %585, 64
  %862 = sub i64 %585, %scratch_start
  %863 = lshr i64 %862, 4
  %864 = add i64 %861, %863
  %865 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %864)
  %866 = call i64 @llvm.umax.i64(i64 %853, i64 %865)
  %867 = select i1 %849, i64 %853, i64 %866
  store i64 %867, i64* %highEnd, align 8
  store i64 %851, i64* %lowStart, align 8
  br label %write.ok106

ok109:                                            ; preds = %e0
  %868 = icmp ult i64 %10, %stack_limit
  br i1 %868, label %trap253.site0, label %stack_ok110

trap15.site0:                                     ; preds = %e0
  %869 = load i64, i64* %lowStart, align 8
  %870 = getelementptr i64, i64* %regs, i64 6
  store i64 %869, i64* %870, align 8
  %871 = load i64, i64* %lowEnd, align 8
  %872 = getelementptr i64, i64* %regs, i64 7
  store i64 %871, i64* %872, align 8
  %873 = load i64, i64* %highEnd, align 8
  %874 = getelementptr i64, i64* %regs, i64 8
  store i64 %873, i64* %874, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok110:                                      ; preds = %ok109
  %875 = load i64, i64* %fuel, align 8
  %876 = getelementptr i64, i64* %regs, i64 0
  store i64 %875, i64* %876, align 8
  %877 = load i64, i64* %lowStart, align 8
  %878 = getelementptr i64, i64* %regs, i64 6
  store i64 %877, i64* %878, align 8
  %879 = load i64, i64* %lowEnd, align 8
  %880 = getelementptr i64, i64* %regs, i64 7
  store i64 %879, i64* %880, align 8
  %881 = load i64, i64* %highEnd, align 8
  %882 = getelementptr i64, i64* %regs, i64 8
  store i64 %881, i64* %882, align 8
  %883 = add i32 %depth, 1
  %884 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %883, i32 %34, i32 %35, i32 0)
  %885 = getelementptr i64, i64* %regs, i64 0
  %886 = load i64, i64* %885, align 8
  store i64 %886, i64* %fuel, align 8
  %887 = getelementptr i64, i64* %regs, i64 6
  %888 = load i64, i64* %887, align 8
  store i64 %888, i64* %lowStart, align 8
  %889 = getelementptr i64, i64* %regs, i64 7
  %890 = load i64, i64* %889, align 8
  store i64 %890, i64* %lowEnd, align 8
  %891 = getelementptr i64, i64* %regs, i64 8
  %892 = load i64, i64* %891, align 8
  store i64 %892, i64* %highEnd, align 8
  store i32 %884, i32* %json_end, align 4
  %893 = load i32, i32* %json_end, align 4
  %894 = icmp eq i32 %893, -2
  %895 = zext i1 %894 to i32
  %896 = icmp ne i32 %895, 0
  br i1 %896, label %then111, label %else112

then111:                                          ; preds = %stack_ok110
  br label %trap16.site1

else112:                                          ; preds = %stack_ok110
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %897 = load i32, i32* %json_end, align 4
  %898 = icmp eq i32 %897, -1
  %899 = zext i1 %898 to i32
  %900 = icmp ne i32 %899, 0
  br i1 %900, label %then115, label %else116

trap16.site1:                                     ; preds = %then111
  %901 = load i64, i64* %lowStart, align 8
  %902 = getelementptr i64, i64* %regs, i64 6
  store i64 %901, i64* %902, align 8
  %903 = load i64, i64* %lowEnd, align 8
  %904 = getelementptr i64, i64* %regs, i64 7
  store i64 %903, i64* %904, align 8
  %905 = load i64, i64* %highEnd, align 8
  %906 = getelementptr i64, i64* %regs, i64 8
  store i64 %905, i64* %906, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 1)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

then115:                                          ; preds = %join113
  br label %trap15.site1

else116:                                          ; preds = %join113
  br label %join117

join117:                                          ; preds = %else116, %dead118
  %907 = load i32, i32* %json_end, align 4
  %908 = zext i32 %907 to i64
  %909 = getelementptr i64, i64* %regs, i64 3
  store i64 %908, i64* %909, align 8
  %910 = load i32, i32* %json_end, align 4
  %911 = load i32, i32* %json_start, align 4
  %912 = sub i32 %910, %911
  %913 = load i64, i64* %fuel, align 8
  %914 = getelementptr i64, i64* %regs, i64 0
  store i64 %913, i64* %914, align 8
  %915 = load i64, i64* %lowStart, align 8
  %916 = getelementptr i64, i64* %regs, i64 6
  store i64 %915, i64* %916, align 8
  %917 = load i64, i64* %lowEnd, align 8
  %918 = getelementptr i64, i64* %regs, i64 7
  store i64 %917, i64* %918, align 8
  %919 = load i64, i64* %highEnd, align 8
  %920 = getelementptr i64, i64* %regs, i64 8
  store i64 %919, i64* %920, align 8
  ret i32 %912

dead118:                                          ; No predecessors!
  br label %join117
}

define internal void @m0.field.rate(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %frame.arg) {
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
  %15 = add i64 %14, 32
  %16 = add i64 %15, 1
  %17 = icmp uge i64 %15, %scratch_start
  %18 = load i64, i64* %highEnd, align 8
  %19 = icmp ule i64 %16, %18
  %20 = and i1 %17, %19
  %21 = call i1 @llvm.expect.i1(i1 %20, i1 true)
  br i1 %21, label %write.ok, label %write.low

trap14.site0:                                     ; preds = %body
  %22 = load i64, i64* %lowStart, align 8
  %23 = getelementptr i64, i64* %regs, i64 6
  store i64 %22, i64* %23, align 8
  %24 = load i64, i64* %lowEnd, align 8
  %25 = getelementptr i64, i64* %regs, i64 7
  store i64 %24, i64* %25, align 8
  %26 = load i64, i64* %highEnd, align 8
  %27 = getelementptr i64, i64* %regs, i64 8
  store i64 %26, i64* %27, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %28 = load i64, i64* %lowStart, align 8
  %29 = icmp uge i64 %15, %28
  %30 = load i64, i64* %lowEnd, align 8
  %31 = icmp ule i64 %16, %30
  %32 = and i1 %29, %31
  %33 = call i1 @llvm.expect.i1(i1 %32, i1 true)
  br i1 %33, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %34 = icmp ugt i64 %16, %arena_size
  br i1 %34, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %35 = getelementptr i8, i8* %mem, i64 %15
  store i8 1, i8* %35, align 1
  %36 = load i32, i32* %frame, align 4
  %37 = zext i32 %36 to i64
  %38 = add i64 %37, 8
  %39 = icmp uge i64 %37, %scratch_start
  %40 = load i64, i64* %highEnd, align 8
  %41 = icmp ule i64 %38, %40
  %42 = and i1 %39, %41
  %43 = call i1 @llvm.expect.i1(i1 %42, i1 true)
  br i1 %43, label %write.ok4, label %write.low2

ok1:                                              ; preds = %write.slow
  %44 = icmp ult i64 %15, %scratch_start
  %45 = load i64, i64* %lowStart, align 8
  %46 = call i64 @llvm.umin.i64(i64 %45, i64 %15)
  %47 = load i64, i64* %lowEnd, align 8
  %48 = load i64, i64* %highEnd, align 8
  %49 = add i64 %16, 64
  %50 = sub i64 %16, %46
  %51 = lshr i64 %50, 4
  %52 = add i64 %49, %51
  %53 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %52)
  %54 = call i64 @llvm.umax.i64(i64 %47, i64 %53)
  %55 = select i1 %44, i64 %54, i64 %47
  store i64 %55, i64* %lowEnd, align 8
  %56 = add i64 %16, 64
  %57 = sub i64 %16, %scratch_start
  %58 = lshr i64 %57, 4
  %59 = add i64 %56, %58
  %60 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %59)
  %61 = call i64 @llvm.umax.i64(i64 %48, i64 %60)
  %62 = select i1 %44, i64 %48, i64 %61
  store i64 %62, i64* %highEnd, align 8
  store i64 %46, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow7, %write.slow3, %write.slow
  %63 = load i64, i64* %lowStart, align 8
  %64 = getelementptr i64, i64* %regs, i64 6
  store i64 %63, i64* %64, align 8
  %65 = load i64, i64* %lowEnd, align 8
  %66 = getelementptr i64, i64* %regs, i64 7
  store i64 %65, i64* %66, align 8
  %67 = load i64, i64* %highEnd, align 8
  %68 = getelementptr i64, i64* %regs, i64 8
  store i64 %67, i64* %68, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

write.low2:                                       ; preds = %write.ok
  %69 = load i64, i64* %lowStart, align 8
  %70 = icmp uge i64 %37, %69
  %71 = load i64, i64* %lowEnd, align 8
  %72 = icmp ule i64 %38, %71
  %73 = and i1 %70, %72
  %74 = call i1 @llvm.expect.i1(i1 %73, i1 true)
  br i1 %74, label %write.ok4, label %write.slow3

write.slow3:                                      ; preds = %write.low2
  %75 = icmp ugt i64 %38, %arena_size
  br i1 %75, label %trap17.site0, label %ok5

write.ok4:                                        ; preds = %ok5, %write.low2, %write.ok
  %76 = getelementptr i8, i8* %mem, i64 %37
  store i64 3, i64* %unaligned, align 8
  %77 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %76, i8* %77, i64 8, i1 false)
  %78 = load i32, i32* %frame, align 4
  %79 = zext i32 %78 to i64
  %80 = add i64 %79, 32
  %81 = add i64 %80, 1
  %82 = icmp uge i64 %80, %scratch_start
  %83 = load i64, i64* %highEnd, align 8
  %84 = icmp ule i64 %81, %83
  %85 = and i1 %82, %84
  %86 = call i1 @llvm.expect.i1(i1 %85, i1 true)
  br i1 %86, label %write.ok8, label %write.low6

ok5:                                              ; preds = %write.slow3
  %87 = icmp ult i64 %37, %scratch_start
  %88 = load i64, i64* %lowStart, align 8
  %89 = call i64 @llvm.umin.i64(i64 %88, i64 %37)
  %90 = load i64, i64* %lowEnd, align 8
  %91 = load i64, i64* %highEnd, align 8
  %92 = add i64 %38, 64
  %93 = sub i64 %38, %89
  %94 = lshr i64 %93, 4
  %95 = add i64 %92, %94
  %96 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %95)
  %97 = call i64 @llvm.umax.i64(i64 %90, i64 %96)
  %98 = select i1 %87, i64 %97, i64 %90
  store i64 %98, i64* %lowEnd, align 8
  %99 = add i64 %38, 64
  %100 = sub i64 %38, %scratch_start
  %101 = lshr i64 %100, 4
  %102 = add i64 %99, %101
  %103 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %102)
  %104 = call i64 @llvm.umax.i64(i64 %91, i64 %103)
  %105 = select i1 %87, i64 %91, i64 %104
  store i64 %105, i64* %highEnd, align 8
  store i64 %89, i64* %lowStart, align 8
  br label %write.ok4

write.low6:                                       ; preds = %write.ok4
  %106 = load i64, i64* %lowStart, align 8
  %107 = icmp uge i64 %80, %106
  %108 = load i64, i64* %lowEnd, align 8
  %109 = icmp ule i64 %81, %108
  %110 = and i1 %107, %109
  %111 = call i1 @llvm.expect.i1(i1 %110, i1 true)
  br i1 %111, label %write.ok8, label %write.slow7

write.slow7:                                      ; preds = %write.low6
  %112 = icmp ugt i64 %81, %arena_size
  br i1 %112, label %trap17.site0, label %ok9

write.ok8:                                        ; preds = %ok9, %write.low6, %write.ok4
  %113 = getelementptr i8, i8* %mem, i64 %80
  store i8 2, i8* %113, align 1
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

ok9:                                              ; preds = %write.slow7
  %122 = icmp ult i64 %80, %scratch_start
  %123 = load i64, i64* %lowStart, align 8
  %124 = call i64 @llvm.umin.i64(i64 %123, i64 %80)
  %125 = load i64, i64* %lowEnd, align 8
  %126 = load i64, i64* %highEnd, align 8
  %127 = add i64 %81, 64
  %128 = sub i64 %81, %124
  %129 = lshr i64 %128, 4
  %130 = add i64 %127, %129
  %131 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %130)
  %132 = call i64 @llvm.umax.i64(i64 %125, i64 %131)
  %133 = select i1 %122, i64 %132, i64 %125
  store i64 %133, i64* %lowEnd, align 8
  %134 = add i64 %81, 64
  %135 = sub i64 %81, %scratch_start
  %136 = lshr i64 %135, 4
  %137 = add i64 %134, %136
  %138 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %137)
  %139 = call i64 @llvm.umax.i64(i64 %126, i64 %138)
  %140 = select i1 %122, i64 %126, i64 %139
  store i64 %140, i64* %highEnd, align 8
  store i64 %124, i64* %lowStart, align 8
  br label %write.ok8
}

define internal i64 @m0.fn.scale(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %env.arg, i64 %v.arg) {
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
  %stack_probe = alloca i8, align 1
  %3 = ptrtoint i8* %stack_probe to i64
  %4 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %4, align 8
  %result = alloca i64, align 8
  %unaligned = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %5 = load i64, i64* %fuel, align 8
  %6 = icmp ult i64 %5, 1
  br i1 %6, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %7 = sub i64 %5, 1
  store i64 %7, i64* %fuel, align 8
  %8 = load i64, i64* %v, align 8
  %9 = load i32, i32* %env, align 4
  %10 = zext i32 %9 to i64
  %11 = sub i64 %arena_size, 33
  %12 = icmp sgt i64 %10, %11
  br i1 %12, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e2:                                               ; preds = %ok7
  %13 = load i64, i64* %result, align 8
  %14 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %8, i64 %13)
  %15 = extractvalue { i64, i1 } %14, 1
  br i1 %15, label %trap2.site12, label %ok8

ok1:                                              ; preds = %ok
  %16 = add i64 %10, 32
  %17 = getelementptr i8, i8* %mem, i64 %16
  %18 = load i8, i8* %17, align 1
  %19 = zext i8 %18 to i32
  %20 = icmp ne i32 %19, 2
  %21 = zext i1 %20 to i32
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %then, label %else

trap17.site0:                                     ; preds = %join, %then, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok1
  %23 = load i32, i32* %env, align 4
  %24 = zext i32 %23 to i64
  %25 = sub i64 %arena_size, 33
  %26 = icmp sgt i64 %24, %25
  br i1 %26, label %trap17.site0, label %ok2

else:                                             ; preds = %ok1
  br label %join

join:                                             ; preds = %else, %stack_ok
  %27 = load i32, i32* %env, align 4
  %28 = zext i32 %27 to i64
  %29 = sub i64 %arena_size, 8
  %30 = icmp sgt i64 %28, %29
  br i1 %30, label %trap17.site0, label %ok7

ok2:                                              ; preds = %then
  %31 = add i64 %24, 32
  %32 = getelementptr i8, i8* %mem, i64 %31
  %33 = load i8, i8* %32, align 1
  %34 = zext i8 %33 to i32
  %35 = icmp eq i32 %34, 1
  %36 = zext i1 %35 to i32
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %then3, label %else4

then3:                                            ; preds = %ok2
  br label %trap6.site13

else4:                                            ; preds = %ok2
  br label %join5

join5:                                            ; preds = %else4, %dead
  %38 = load i32, i32* %env, align 4
  %39 = icmp uge i32 %depth, 1000
  br i1 %39, label %trap15.site13, label %ok6

trap6.site13:                                     ; preds = %then3
  call void @tetra_trap(i64* %regs, i32 6, i32 13)
  unreachable

dead:                                             ; No predecessors!
  br label %join5

ok6:                                              ; preds = %join5
  %40 = icmp ult i64 %3, %stack_limit
  br i1 %40, label %trap253.site0, label %stack_ok

trap15.site13:                                    ; preds = %join5
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

stack_ok:                                         ; preds = %ok6
  %41 = load i64, i64* %fuel, align 8
  %42 = getelementptr i64, i64* %regs, i64 0
  store i64 %41, i64* %42, align 8
  %43 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %43, i32 %38)
  %44 = getelementptr i64, i64* %regs, i64 0
  %45 = load i64, i64* %44, align 8
  store i64 %45, i64* %fuel, align 8
  br label %join

trap253.site0:                                    ; preds = %ok6
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok7:                                              ; preds = %join
  %46 = getelementptr i8, i8* %mem, i64 %28
  %47 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %47, i8* %46, i64 8, i1 false)
  %48 = load i64, i64* %unaligned, align 8
  store i64 %48, i64* %result, align 8
  br label %e2

ok8:                                              ; preds = %e2
  %49 = extractvalue { i64, i1 } %14, 0
  %50 = load i64, i64* %fuel, align 8
  %51 = getelementptr i64, i64* %regs, i64 0
  store i64 %50, i64* %51, align 8
  ret i64 %49

trap2.site12:                                     ; preds = %e2
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable
}

define internal void @m0.field.later(i64* noalias %regs, i8* noalias %mem, i32 %depth, i32 %frame.arg) {
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
  %11 = getelementptr i64, i64* %regs, i64 10
  %stack_limit = load i64, i64* %11, align 8
  %result = alloca i64, align 8
  %unaligned = alloca i64, align 8
  %unaligned14 = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %12 = load i64, i64* %fuel, align 8
  %13 = icmp ult i64 %12, 1
  br i1 %13, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %14 = sub i64 %12, 1
  store i64 %14, i64* %fuel, align 8
  %15 = load i32, i32* %frame, align 4
  %16 = zext i32 %15 to i64
  %17 = add i64 %16, 33
  %18 = add i64 %17, 1
  %19 = icmp uge i64 %17, %scratch_start
  %20 = load i64, i64* %highEnd, align 8
  %21 = icmp ule i64 %18, %20
  %22 = and i1 %19, %21
  %23 = call i1 @llvm.expect.i1(i1 %22, i1 true)
  br i1 %23, label %write.ok, label %write.low

trap14.site0:                                     ; preds = %body
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

write.low:                                        ; preds = %ok
  %30 = load i64, i64* %lowStart, align 8
  %31 = icmp uge i64 %17, %30
  %32 = load i64, i64* %lowEnd, align 8
  %33 = icmp ule i64 %18, %32
  %34 = and i1 %31, %33
  %35 = call i1 @llvm.expect.i1(i1 %34, i1 true)
  br i1 %35, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %36 = icmp ugt i64 %18, %arena_size
  br i1 %36, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %37 = getelementptr i8, i8* %mem, i64 %17
  store i8 1, i8* %37, align 1
  %38 = load i32, i32* %frame, align 4
  %39 = load i32, i32* %frame, align 4
  %40 = zext i32 %39 to i64
  %41 = sub i64 %arena_size, 33
  %42 = icmp sgt i64 %40, %41
  br i1 %42, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %43 = icmp ult i64 %17, %scratch_start
  %44 = load i64, i64* %lowStart, align 8
  %45 = call i64 @llvm.umin.i64(i64 %44, i64 %17)
  %46 = load i64, i64* %lowEnd, align 8
  %47 = load i64, i64* %highEnd, align 8
  %48 = add i64 %18, 64
  %49 = sub i64 %18, %45
  %50 = lshr i64 %49, 4
  %51 = add i64 %48, %50
  %52 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %51)
  %53 = call i64 @llvm.umax.i64(i64 %46, i64 %52)
  %54 = select i1 %43, i64 %53, i64 %46
  store i64 %54, i64* %lowEnd, align 8
  %55 = add i64 %18, 64
  %56 = sub i64 %18, %scratch_start
  %57 = lshr i64 %56, 4
  %58 = add i64 %55, %57
  %59 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %58)
  %60 = call i64 @llvm.umax.i64(i64 %47, i64 %59)
  %61 = select i1 %43, i64 %47, i64 %60
  store i64 %61, i64* %highEnd, align 8
  store i64 %45, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow16, %write.slow11, %join, %then, %write.ok, %write.slow
  %62 = load i64, i64* %lowStart, align 8
  %63 = getelementptr i64, i64* %regs, i64 6
  store i64 %62, i64* %63, align 8
  %64 = load i64, i64* %lowEnd, align 8
  %65 = getelementptr i64, i64* %regs, i64 7
  store i64 %64, i64* %65, align 8
  %66 = load i64, i64* %highEnd, align 8
  %67 = getelementptr i64, i64* %regs, i64 8
  store i64 %66, i64* %67, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

e1:                                               ; preds = %ok8
  %68 = load i64, i64* %result, align 8
  %69 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %68, i64 4)
  %70 = extractvalue { i64, i1 } %69, 1
  br i1 %70, label %trap2.site8, label %ok9

ok2:                                              ; preds = %write.ok
  %71 = add i64 %40, 32
  %72 = getelementptr i8, i8* %mem, i64 %71
  %73 = load i8, i8* %72, align 1
  %74 = zext i8 %73 to i32
  %75 = icmp ne i32 %74, 2
  %76 = zext i1 %75 to i32
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %then, label %else

then:                                             ; preds = %ok2
  %78 = load i32, i32* %frame, align 4
  %79 = zext i32 %78 to i64
  %80 = sub i64 %arena_size, 33
  %81 = icmp sgt i64 %79, %80
  br i1 %81, label %trap17.site0, label %ok3

else:                                             ; preds = %ok2
  br label %join

join:                                             ; preds = %else, %stack_ok
  %82 = load i32, i32* %frame, align 4
  %83 = zext i32 %82 to i64
  %84 = sub i64 %arena_size, 8
  %85 = icmp sgt i64 %83, %84
  br i1 %85, label %trap17.site0, label %ok8

ok3:                                              ; preds = %then
  %86 = add i64 %79, 32
  %87 = getelementptr i8, i8* %mem, i64 %86
  %88 = load i8, i8* %87, align 1
  %89 = zext i8 %88 to i32
  %90 = icmp eq i32 %89, 1
  %91 = zext i1 %90 to i32
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %then4, label %else5

then4:                                            ; preds = %ok3
  br label %trap6.site14

else5:                                            ; preds = %ok3
  br label %join6

join6:                                            ; preds = %else5, %dead
  %93 = load i32, i32* %frame, align 4
  %94 = icmp uge i32 %depth, 1000
  br i1 %94, label %trap15.site14, label %ok7

trap6.site14:                                     ; preds = %then4
  %95 = load i64, i64* %lowStart, align 8
  %96 = getelementptr i64, i64* %regs, i64 6
  store i64 %95, i64* %96, align 8
  %97 = load i64, i64* %lowEnd, align 8
  %98 = getelementptr i64, i64* %regs, i64 7
  store i64 %97, i64* %98, align 8
  %99 = load i64, i64* %highEnd, align 8
  %100 = getelementptr i64, i64* %regs, i64 8
  store i64 %99, i64* %100, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 14)
  unreachable

dead:                                             ; No predecessors!
  br label %join6

ok7:                                              ; preds = %join6
  %101 = icmp ult i64 %10, %stack_limit
  br i1 %101, label %trap253.site0, label %stack_ok

trap15.site14:                                    ; preds = %join6
  %102 = load i64, i64* %lowStart, align 8
  %103 = getelementptr i64, i64* %regs, i64 6
  store i64 %102, i64* %103, align 8
  %104 = load i64, i64* %lowEnd, align 8
  %105 = getelementptr i64, i64* %regs, i64 7
  store i64 %104, i64* %105, align 8
  %106 = load i64, i64* %highEnd, align 8
  %107 = getelementptr i64, i64* %regs, i64 8
  store i64 %106, i64* %107, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok:                                         ; preds = %ok7
  %108 = load i64, i64* %fuel, align 8
  %109 = getelementptr i64, i64* %regs, i64 0
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %lowStart, align 8
  %111 = getelementptr i64, i64* %regs, i64 6
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %lowEnd, align 8
  %113 = getelementptr i64, i64* %regs, i64 7
  store i64 %112, i64* %113, align 8
  %114 = load i64, i64* %highEnd, align 8
  %115 = getelementptr i64, i64* %regs, i64 8
  store i64 %114, i64* %115, align 8
  %116 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %116, i32 %93)
  %117 = getelementptr i64, i64* %regs, i64 0
  %118 = load i64, i64* %117, align 8
  store i64 %118, i64* %fuel, align 8
  %119 = getelementptr i64, i64* %regs, i64 6
  %120 = load i64, i64* %119, align 8
  store i64 %120, i64* %lowStart, align 8
  %121 = getelementptr i64, i64* %regs, i64 7
  %122 = load i64, i64* %121, align 8
  store i64 %122, i64* %lowEnd, align 8
  %123 = getelementptr i64, i64* %regs, i64 8
  %124 = load i64, i64* %123, align 8
  store i64 %124, i64* %highEnd, align 8
  br label %join

trap253.site0:                                    ; preds = %ok7
  %125 = load i64, i64* %lowStart, align 8
  %126 = getelementptr i64, i64* %regs, i64 6
  store i64 %125, i64* %126, align 8
  %127 = load i64, i64* %lowEnd, align 8
  %128 = getelementptr i64, i64* %regs, i64 7
  store i64 %127, i64* %128, align 8
  %129 = load i64, i64* %highEnd, align 8
  %130 = getelementptr i64, i64* %regs, i64 8
  store i64 %129, i64* %130, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok8:                                              ; preds = %join
  %131 = getelementptr i8, i8* %mem, i64 %83
  %132 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %132, i8* %131, i64 8, i1 false)
  %133 = load i64, i64* %unaligned, align 8
  store i64 %133, i64* %result, align 8
  br label %e1

ok9:                                              ; preds = %e1
  %134 = extractvalue { i64, i1 } %69, 0
  %135 = zext i32 %38 to i64
  %136 = add i64 %135, 16
  %137 = add i64 %136, 8
  %138 = icmp uge i64 %136, %scratch_start
  %139 = load i64, i64* %highEnd, align 8
  %140 = icmp ule i64 %137, %139
  %141 = and i1 %138, %140
  %142 = call i1 @llvm.expect.i1(i1 %141, i1 true)
  br i1 %142, label %write.ok12, label %write.low10

trap2.site8:                                      ; preds = %e1
  %143 = load i64, i64* %lowStart, align 8
  %144 = getelementptr i64, i64* %regs, i64 6
  store i64 %143, i64* %144, align 8
  %145 = load i64, i64* %lowEnd, align 8
  %146 = getelementptr i64, i64* %regs, i64 7
  store i64 %145, i64* %146, align 8
  %147 = load i64, i64* %highEnd, align 8
  %148 = getelementptr i64, i64* %regs, i64 8
  store i64 %147, i64* %148, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 8)
  unreachable

write.low10:                                      ; preds = %ok9
  %149 = load i64, i64* %lowStart, align 8
  %150 = icmp uge i64 %136, %149
  %151 = load i64, i64* %lowEnd, align 8
  %152 = icmp ule i64 %137, %151
  %153 = and i1 %150, %152
  %154 = call i1 @llvm.expect.i1(i1 %153, i1 true)
  br i1 %154, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %155 = icmp ugt i64 %137, %arena_size
  br i1 %155, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %ok9
  %156 = getelementptr i8, i8* %mem, i64 %136
  store i64 %134, i64* %unaligned14, align 8
  %157 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %156, i8* %157, i64 8, i1 false)
  %158 = load i32, i32* %frame, align 4
  %159 = zext i32 %158 to i64
  %160 = add i64 %159, 33
  %161 = add i64 %160, 1
  %162 = icmp uge i64 %160, %scratch_start
  %163 = load i64, i64* %highEnd, align 8
  %164 = icmp ule i64 %161, %163
  %165 = and i1 %162, %164
  %166 = call i1 @llvm.expect.i1(i1 %165, i1 true)
  br i1 %166, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %167 = icmp ult i64 %136, %scratch_start
  %168 = load i64, i64* %lowStart, align 8
  %169 = call i64 @llvm.umin.i64(i64 %168, i64 %136)
  %170 = load i64, i64* %lowEnd, align 8
  %171 = load i64, i64* %highEnd, align 8
  %172 = add i64 %137, 64
  %173 = sub i64 %137, %169
  %174 = lshr i64 %173, 4
  %175 = add i64 %172, %174
  %176 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %175)
  %177 = call i64 @llvm.umax.i64(i64 %170, i64 %176)
  %178 = select i1 %167, i64 %177, i64 %170
  store i64 %178, i64* %lowEnd, align 8
  %179 = add i64 %137, 64
  %180 = sub i64 %137, %scratch_start
  %181 = lshr i64 %180, 4
  %182 = add i64 %179, %181
  %183 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %182)
  %184 = call i64 @llvm.umax.i64(i64 %171, i64 %183)
  %185 = select i1 %167, i64 %171, i64 %184
  store i64 %185, i64* %highEnd, align 8
  store i64 %169, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %186 = load i64, i64* %lowStart, align 8
  %187 = icmp uge i64 %160, %186
  %188 = load i64, i64* %lowEnd, align 8
  %189 = icmp ule i64 %161, %188
  %190 = and i1 %187, %189
  %191 = call i1 @llvm.expect.i1(i1 %190, i1 true)
  br i1 %191, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %192 = icmp ugt i64 %161, %arena_size
  br i1 %192, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %193 = getelementptr i8, i8* %mem, i64 %160
  store i8 2, i8* %193, align 1
  %194 = load i64, i64* %fuel, align 8
  %195 = getelementptr i64, i64* %regs, i64 0
  store i64 %194, i64* %195, align 8
  %196 = load i64, i64* %lowStart, align 8
  %197 = getelementptr i64, i64* %regs, i64 6
  store i64 %196, i64* %197, align 8
  %198 = load i64, i64* %lowEnd, align 8
  %199 = getelementptr i64, i64* %regs, i64 7
  store i64 %198, i64* %199, align 8
  %200 = load i64, i64* %highEnd, align 8
  %201 = getelementptr i64, i64* %regs, i64 8
  store i64 %200, i64* %201, align 8
  ret void

ok18:                                             ; preds = %write.slow16
  %202 = icmp ult i64 %160, %scratch_start
  %203 = load i64, i64* %lowStart, align 8
  %204 = call i64 @llvm.umin.i64(i64 %203, i64 %160)
  %205 = load i64, i64* %lowEnd, align 8
  %206 = load i64, i64* %highEnd, align 8
  %207 = add i64 %161, 64
  %208 = sub i64 %161, %204
  %209 = lshr i64 %208, 4
  %210 = add i64 %207, %209
  %211 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %210)
  %212 = call i64 @llvm.umax.i64(i64 %205, i64 %211)
  %213 = select i1 %202, i64 %212, i64 %205
  store i64 %213, i64* %lowEnd, align 8
  %214 = add i64 %161, 64
  %215 = sub i64 %161, %scratch_start
  %216 = lshr i64 %215, 4
  %217 = add i64 %214, %216
  %218 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %217)
  %219 = call i64 @llvm.umax.i64(i64 %206, i64 %218)
  %220 = select i1 %202, i64 %206, i64 %219
  store i64 %220, i64* %highEnd, align 8
  store i64 %204, i64* %lowStart, align 8
  br label %write.ok17
}
