; From libs/driver/testdata/emit-golden/references.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
; `tetra emit ll libs/driver/testdata/emit-golden/references.relon` for the fixed x86-64 target (emitLl(module, { golden: true })), reduced to the names of every function it defines and the program's own functions
; (all but the rt.* runtime and the codec.* JSON codec), in module order.
; Defined functions (23):
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
;   declare @llvm.umax.i64
;   declare @llvm.umin.i64
;   declare @llvm.memmove.p0i8.p0i8.i64
;   declare @llvm.memset.p0i8.i64
;   declare @llvm.sadd.with.overflow.i64
;   declare @llvm.smul.with.overflow.i64
;   @m0.main.thunk
;   @tetra_dispatch
; The program's 4 function(s):

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
  br i1 %47, label %write.ok, label %write.low

trap15.site1:                                     ; preds = %then115, %ok
  %48 = load i64, i64* %lowStart, align 8
  %49 = getelementptr i64, i64* %regs, i64 6
  store i64 %48, i64* %49, align 8
  %50 = load i64, i64* %lowEnd, align 8
  %51 = getelementptr i64, i64* %regs, i64 7
  store i64 %50, i64* %51, align 8
  %52 = load i64, i64* %highEnd, align 8
  %53 = getelementptr i64, i64* %regs, i64 8
  store i64 %52, i64* %53, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

write.low:                                        ; preds = %ok2
  %54 = load i64, i64* %lowStart, align 8
  %55 = icmp uge i64 %42, %54
  %56 = load i64, i64* %lowEnd, align 8
  %57 = icmp ule i64 %43, %56
  %58 = and i1 %55, %57
  br i1 %58, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %59 = icmp ugt i64 %43, %arena_size
  br i1 %59, label %trap17.site1, label %ok3

write.ok:                                         ; preds = %ok3, %write.low, %ok2
  %60 = getelementptr i8, i8* %mem, i64 %42
  call void @llvm.memset.p0i8.i64(i8* %60, i8 0, i64 2, i1 false)
  %61 = load i32, i32* %dict, align 4
  %62 = zext i32 %61 to i64
  %63 = add i64 %62, 32
  %64 = add i64 %63, 1
  %65 = icmp ugt i64 %64, %arena_size
  br i1 %65, label %trap17.site0, label %ok4

ok3:                                              ; preds = %write.slow
  %66 = icmp ult i64 %42, %scratch_start
  %67 = load i64, i64* %lowStart, align 8
  %68 = call i64 @llvm.umin.i64(i64 %67, i64 %42)
  %69 = load i64, i64* %lowEnd, align 8
  %70 = load i64, i64* %highEnd, align 8
  %71 = add i64 %43, 64
  %72 = sub i64 %43, %68
  %73 = lshr i64 %72, 4
  %74 = add i64 %71, %73
  %75 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %74)
  %76 = call i64 @llvm.umax.i64(i64 %69, i64 %75)
  %77 = select i1 %66, i64 %76, i64 %69
  store i64 %77, i64* %lowEnd, align 8
  %78 = add i64 %43, 64
  %79 = sub i64 %43, %scratch_start
  %80 = lshr i64 %79, 4
  %81 = add i64 %78, %80
  %82 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %81)
  %83 = call i64 @llvm.umax.i64(i64 %70, i64 %82)
  %84 = select i1 %66, i64 %70, i64 %83
  store i64 %84, i64* %highEnd, align 8
  store i64 %68, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %85 = load i64, i64* %lowStart, align 8
  %86 = getelementptr i64, i64* %regs, i64 6
  store i64 %85, i64* %86, align 8
  %87 = load i64, i64* %lowEnd, align 8
  %88 = getelementptr i64, i64* %regs, i64 7
  store i64 %87, i64* %88, align 8
  %89 = load i64, i64* %highEnd, align 8
  %90 = getelementptr i64, i64* %regs, i64 8
  store i64 %89, i64* %90, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

ok4:                                              ; preds = %write.ok
  %91 = getelementptr i8, i8* %mem, i64 %63
  %92 = load i8, i8* %91, align 1
  %93 = zext i8 %92 to i32
  %94 = icmp eq i32 %93, 0
  %95 = zext i1 %94 to i32
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %then, label %else

trap17.site0:                                     ; preds = %write.slow105, %write.slow99, %write.slow90, %write.ok81, %e11, %e9, %write.ok58, %write.slow57, %write.slow52, %join41, %then39, %ok35, %write.ok32, %write.slow31, %write.slow24, %write.slow17, %write.slow12, %write.slow8, %write.ok
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

then:                                             ; preds = %ok4
  %103 = load i32, i32* %dict, align 4
  %104 = icmp uge i32 %depth, 1000
  br i1 %104, label %trap15.site2, label %ok5

else:                                             ; preds = %ok4
  br label %join

join:                                             ; preds = %else, %stack_ok
  %105 = getelementptr i64, i64* %regs, i64 1
  %106 = getelementptr i64, i64* %regs, i64 2
  %107 = load i64, i64* %105, align 8
  %108 = add i64 %107, 3
  %109 = and i64 %108, -4
  %110 = add i64 %109, 8
  %111 = load i64, i64* %106, align 8
  %112 = icmp ugt i64 %110, %111
  br i1 %112, label %trap15.site3, label %ok6

ok5:                                              ; preds = %then
  %113 = icmp ult i64 %10, %stack_limit
  br i1 %113, label %trap253.site0, label %stack_ok

trap15.site2:                                     ; preds = %then
  %114 = load i64, i64* %lowStart, align 8
  %115 = getelementptr i64, i64* %regs, i64 6
  store i64 %114, i64* %115, align 8
  %116 = load i64, i64* %lowEnd, align 8
  %117 = getelementptr i64, i64* %regs, i64 7
  store i64 %116, i64* %117, align 8
  %118 = load i64, i64* %highEnd, align 8
  %119 = getelementptr i64, i64* %regs, i64 8
  store i64 %118, i64* %119, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 2)
  unreachable

stack_ok:                                         ; preds = %ok5
  %120 = load i64, i64* %fuel, align 8
  %121 = getelementptr i64, i64* %regs, i64 0
  store i64 %120, i64* %121, align 8
  %122 = load i64, i64* %lowStart, align 8
  %123 = getelementptr i64, i64* %regs, i64 6
  store i64 %122, i64* %123, align 8
  %124 = load i64, i64* %lowEnd, align 8
  %125 = getelementptr i64, i64* %regs, i64 7
  store i64 %124, i64* %125, align 8
  %126 = load i64, i64* %highEnd, align 8
  %127 = getelementptr i64, i64* %regs, i64 8
  store i64 %126, i64* %127, align 8
  %128 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %128, i32 %103)
  %129 = getelementptr i64, i64* %regs, i64 0
  %130 = load i64, i64* %129, align 8
  store i64 %130, i64* %fuel, align 8
  %131 = getelementptr i64, i64* %regs, i64 6
  %132 = load i64, i64* %131, align 8
  store i64 %132, i64* %lowStart, align 8
  %133 = getelementptr i64, i64* %regs, i64 7
  %134 = load i64, i64* %133, align 8
  store i64 %134, i64* %lowEnd, align 8
  %135 = getelementptr i64, i64* %regs, i64 8
  %136 = load i64, i64* %135, align 8
  store i64 %136, i64* %highEnd, align 8
  br label %join

trap253.site0:                                    ; preds = %ok109, %ok65, %ok46, %ok28, %ok5
  %137 = load i64, i64* %lowStart, align 8
  %138 = getelementptr i64, i64* %regs, i64 6
  store i64 %137, i64* %138, align 8
  %139 = load i64, i64* %lowEnd, align 8
  %140 = getelementptr i64, i64* %regs, i64 7
  store i64 %139, i64* %140, align 8
  %141 = load i64, i64* %highEnd, align 8
  %142 = getelementptr i64, i64* %regs, i64 8
  store i64 %141, i64* %142, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok6:                                              ; preds = %join
  store i64 %110, i64* %105, align 8
  %143 = load i64, i64* %highEnd, align 8
  %144 = call i64 @llvm.umax.i64(i64 %143, i64 %110)
  store i64 %144, i64* %highEnd, align 8
  %145 = trunc i64 %109 to i32
  store i32 %145, i32* %closure, align 4
  %146 = load i32, i32* %closure, align 4
  %147 = zext i32 %146 to i64
  %148 = add i64 %147, 4
  %149 = icmp uge i64 %147, %scratch_start
  %150 = load i64, i64* %highEnd, align 8
  %151 = icmp ule i64 %148, %150
  %152 = and i1 %149, %151
  br i1 %152, label %write.ok9, label %write.low7

trap15.site3:                                     ; preds = %join
  %153 = load i64, i64* %lowStart, align 8
  %154 = getelementptr i64, i64* %regs, i64 6
  store i64 %153, i64* %154, align 8
  %155 = load i64, i64* %lowEnd, align 8
  %156 = getelementptr i64, i64* %regs, i64 7
  store i64 %155, i64* %156, align 8
  %157 = load i64, i64* %highEnd, align 8
  %158 = getelementptr i64, i64* %regs, i64 8
  store i64 %157, i64* %158, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

write.low7:                                       ; preds = %ok6
  %159 = load i64, i64* %lowStart, align 8
  %160 = icmp uge i64 %147, %159
  %161 = load i64, i64* %lowEnd, align 8
  %162 = icmp ule i64 %148, %161
  %163 = and i1 %160, %162
  br i1 %163, label %write.ok9, label %write.slow8

write.slow8:                                      ; preds = %write.low7
  %164 = icmp ugt i64 %148, %arena_size
  br i1 %164, label %trap17.site0, label %ok10

write.ok9:                                        ; preds = %ok10, %write.low7, %ok6
  %165 = getelementptr i8, i8* %mem, i64 %147
  store i32 0, i32* %unaligned, align 4
  %166 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %165, i8* %166, i64 4, i1 false)
  %167 = load i32, i32* %closure, align 4
  %168 = load i32, i32* %dict, align 4
  %169 = zext i32 %167 to i64
  %170 = add i64 %169, 4
  %171 = add i64 %170, 4
  %172 = icmp uge i64 %170, %scratch_start
  %173 = load i64, i64* %highEnd, align 8
  %174 = icmp ule i64 %171, %173
  %175 = and i1 %172, %174
  br i1 %175, label %write.ok13, label %write.low11

ok10:                                             ; preds = %write.slow8
  %176 = icmp ult i64 %147, %scratch_start
  %177 = load i64, i64* %lowStart, align 8
  %178 = call i64 @llvm.umin.i64(i64 %177, i64 %147)
  %179 = load i64, i64* %lowEnd, align 8
  %180 = load i64, i64* %highEnd, align 8
  %181 = add i64 %148, 64
  %182 = sub i64 %148, %178
  %183 = lshr i64 %182, 4
  %184 = add i64 %181, %183
  %185 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %184)
  %186 = call i64 @llvm.umax.i64(i64 %179, i64 %185)
  %187 = select i1 %176, i64 %186, i64 %179
  store i64 %187, i64* %lowEnd, align 8
  %188 = add i64 %148, 64
  %189 = sub i64 %148, %scratch_start
  %190 = lshr i64 %189, 4
  %191 = add i64 %188, %190
  %192 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %191)
  %193 = call i64 @llvm.umax.i64(i64 %180, i64 %192)
  %194 = select i1 %176, i64 %180, i64 %193
  store i64 %194, i64* %highEnd, align 8
  store i64 %178, i64* %lowStart, align 8
  br label %write.ok9

write.low11:                                      ; preds = %write.ok9
  %195 = load i64, i64* %lowStart, align 8
  %196 = icmp uge i64 %170, %195
  %197 = load i64, i64* %lowEnd, align 8
  %198 = icmp ule i64 %171, %197
  %199 = and i1 %196, %198
  br i1 %199, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %200 = icmp ugt i64 %171, %arena_size
  br i1 %200, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok9
  %201 = getelementptr i8, i8* %mem, i64 %170
  store i32 %168, i32* %unaligned15, align 4
  %202 = bitcast i32* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %201, i8* %202, i64 4, i1 false)
  %203 = load i32, i32* %dict, align 4
  %204 = load i32, i32* %closure, align 4
  %205 = zext i32 %203 to i64
  %206 = add i64 %205, 8
  %207 = add i64 %206, 4
  %208 = icmp uge i64 %206, %scratch_start
  %209 = load i64, i64* %highEnd, align 8
  %210 = icmp ule i64 %207, %209
  %211 = and i1 %208, %210
  br i1 %211, label %write.ok18, label %write.low16

ok14:                                             ; preds = %write.slow12
  %212 = icmp ult i64 %170, %scratch_start
  %213 = load i64, i64* %lowStart, align 8
  %214 = call i64 @llvm.umin.i64(i64 %213, i64 %170)
  %215 = load i64, i64* %lowEnd, align 8
  %216 = load i64, i64* %highEnd, align 8
  %217 = add i64 %171, 64
  %218 = sub i64 %171, %214
  %219 = lshr i64 %218, 4
  %220 = add i64 %217, %219
  %221 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %220)
  %222 = call i64 @llvm.umax.i64(i64 %215, i64 %221)
  %223 = select i1 %212, i64 %222, i64 %215
  store i64 %223, i64* %lowEnd, align 8
  %224 = add i64 %171, 64
  %225 = sub i64 %171, %scratch_start
  %226 = lshr i64 %225, 4
  %227 = add i64 %224, %226
  %228 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %227)
  %229 = call i64 @llvm.umax.i64(i64 %216, i64 %228)
  %230 = select i1 %212, i64 %216, i64 %229
  store i64 %230, i64* %highEnd, align 8
  store i64 %214, i64* %lowStart, align 8
  br label %write.ok13

write.low16:                                      ; preds = %write.ok13
  %231 = load i64, i64* %lowStart, align 8
  %232 = icmp uge i64 %206, %231
  %233 = load i64, i64* %lowEnd, align 8
  %234 = icmp ule i64 %207, %233
  %235 = and i1 %232, %234
  br i1 %235, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %236 = icmp ugt i64 %207, %arena_size
  br i1 %236, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %write.ok13
  %237 = getelementptr i8, i8* %mem, i64 %206
  store i32 %204, i32* %unaligned20, align 4
  %238 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %237, i8* %238, i64 4, i1 false)
  %239 = getelementptr i64, i64* %regs, i64 1
  %240 = getelementptr i64, i64* %regs, i64 2
  %241 = load i64, i64* %239, align 8
  %242 = add i64 %241, 7
  %243 = and i64 %242, -8
  %244 = add i64 %243, 24
  %245 = load i64, i64* %240, align 8
  %246 = icmp ugt i64 %244, %245
  br i1 %246, label %trap15.site4, label %ok22

ok19:                                             ; preds = %write.slow17
  %247 = icmp ult i64 %206, %scratch_start
  %248 = load i64, i64* %lowStart, align 8
  %249 = call i64 @llvm.umin.i64(i64 %248, i64 %206)
  %250 = load i64, i64* %lowEnd, align 8
  %251 = load i64, i64* %highEnd, align 8
  %252 = add i64 %207, 64
  %253 = sub i64 %207, %249
  %254 = lshr i64 %253, 4
  %255 = add i64 %252, %254
  %256 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %255)
  %257 = call i64 @llvm.umax.i64(i64 %250, i64 %256)
  %258 = select i1 %247, i64 %257, i64 %250
  store i64 %258, i64* %lowEnd, align 8
  %259 = add i64 %207, 64
  %260 = sub i64 %207, %scratch_start
  %261 = lshr i64 %260, 4
  %262 = add i64 %259, %261
  %263 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %262)
  %264 = call i64 @llvm.umax.i64(i64 %251, i64 %263)
  %265 = select i1 %247, i64 %251, i64 %264
  store i64 %265, i64* %highEnd, align 8
  store i64 %249, i64* %lowStart, align 8
  br label %write.ok18

e1:                                               ; preds = %write.ok53
  %266 = load i32, i32* %result21, align 4
  store i32 %266, i32* %totals, align 4
  %267 = load i32, i32* %dict, align 4
  %268 = load i32, i32* %totals, align 4
  %269 = zext i32 %267 to i64
  %270 = add i64 %269, 12
  %271 = add i64 %270, 4
  %272 = icmp uge i64 %270, %scratch_start
  %273 = load i64, i64* %highEnd, align 8
  %274 = icmp ule i64 %271, %273
  %275 = and i1 %272, %274
  br i1 %275, label %write.ok58, label %write.low56

ok22:                                             ; preds = %write.ok18
  store i64 %244, i64* %239, align 8
  %276 = load i64, i64* %highEnd, align 8
  %277 = call i64 @llvm.umax.i64(i64 %276, i64 %244)
  store i64 %277, i64* %highEnd, align 8
  %278 = trunc i64 %243 to i32
  store i32 %278, i32* %dict.1, align 4
  store i64 10, i64* %base, align 8
  %279 = load i32, i32* %dict.1, align 4
  %280 = load i64, i64* %base, align 8
  %281 = zext i32 %279 to i64
  %282 = add i64 %281, 8
  %283 = icmp uge i64 %281, %scratch_start
  %284 = load i64, i64* %highEnd, align 8
  %285 = icmp ule i64 %282, %284
  %286 = and i1 %283, %285
  br i1 %286, label %write.ok25, label %write.low23

trap15.site4:                                     ; preds = %write.ok18
  %287 = load i64, i64* %lowStart, align 8
  %288 = getelementptr i64, i64* %regs, i64 6
  store i64 %287, i64* %288, align 8
  %289 = load i64, i64* %lowEnd, align 8
  %290 = getelementptr i64, i64* %regs, i64 7
  store i64 %289, i64* %290, align 8
  %291 = load i64, i64* %highEnd, align 8
  %292 = getelementptr i64, i64* %regs, i64 8
  store i64 %291, i64* %292, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

write.low23:                                      ; preds = %ok22
  %293 = load i64, i64* %lowStart, align 8
  %294 = icmp uge i64 %281, %293
  %295 = load i64, i64* %lowEnd, align 8
  %296 = icmp ule i64 %282, %295
  %297 = and i1 %294, %296
  br i1 %297, label %write.ok25, label %write.slow24

write.slow24:                                     ; preds = %write.low23
  %298 = icmp ugt i64 %282, %arena_size
  br i1 %298, label %trap17.site0, label %ok26

write.ok25:                                       ; preds = %ok26, %write.low23, %ok22
  %299 = getelementptr i8, i8* %mem, i64 %281
  store i64 %280, i64* %unaligned27, align 8
  %300 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %299, i8* %300, i64 8, i1 false)
  %301 = load i32, i32* %dict, align 4
  %302 = load i64, i64* %base, align 8
  %303 = icmp uge i32 %depth, 1000
  br i1 %303, label %trap15.site5, label %ok28

ok26:                                             ; preds = %write.slow24
  %304 = icmp ult i64 %281, %scratch_start
  %305 = load i64, i64* %lowStart, align 8
  %306 = call i64 @llvm.umin.i64(i64 %305, i64 %281)
  %307 = load i64, i64* %lowEnd, align 8
  %308 = load i64, i64* %highEnd, align 8
  %309 = add i64 %282, 64
  %310 = sub i64 %282, %306
  %311 = lshr i64 %310, 4
  %312 = add i64 %309, %311
  %313 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %312)
  %314 = call i64 @llvm.umax.i64(i64 %307, i64 %313)
  %315 = select i1 %304, i64 %314, i64 %307
  store i64 %315, i64* %lowEnd, align 8
  %316 = add i64 %282, 64
  %317 = sub i64 %282, %scratch_start
  %318 = lshr i64 %317, 4
  %319 = add i64 %316, %318
  %320 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %319)
  %321 = call i64 @llvm.umax.i64(i64 %308, i64 %320)
  %322 = select i1 %304, i64 %308, i64 %321
  store i64 %322, i64* %highEnd, align 8
  store i64 %306, i64* %lowStart, align 8
  br label %write.ok25

ok28:                                             ; preds = %write.ok25
  %323 = icmp ult i64 %10, %stack_limit
  br i1 %323, label %trap253.site0, label %stack_ok29

trap15.site5:                                     ; preds = %write.ok25
  %324 = load i64, i64* %lowStart, align 8
  %325 = getelementptr i64, i64* %regs, i64 6
  store i64 %324, i64* %325, align 8
  %326 = load i64, i64* %lowEnd, align 8
  %327 = getelementptr i64, i64* %regs, i64 7
  store i64 %326, i64* %327, align 8
  %328 = load i64, i64* %highEnd, align 8
  %329 = getelementptr i64, i64* %regs, i64 8
  store i64 %328, i64* %329, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

stack_ok29:                                       ; preds = %ok28
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
  %339 = call i64 @m0.fn.scale(i64* %regs, i8* %mem, i32 %338, i32 %301, i64 %302)
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
  store i64 %339, i64* %scaled, align 8
  %348 = load i32, i32* %dict.1, align 4
  %349 = load i64, i64* %scaled, align 8
  %350 = zext i32 %348 to i64
  %351 = add i64 %350, 8
  %352 = add i64 %351, 8
  %353 = icmp uge i64 %351, %scratch_start
  %354 = load i64, i64* %highEnd, align 8
  %355 = icmp ule i64 %352, %354
  %356 = and i1 %353, %355
  br i1 %356, label %write.ok32, label %write.low30

write.low30:                                      ; preds = %stack_ok29
  %357 = load i64, i64* %lowStart, align 8
  %358 = icmp uge i64 %351, %357
  %359 = load i64, i64* %lowEnd, align 8
  %360 = icmp ule i64 %352, %359
  %361 = and i1 %358, %360
  br i1 %361, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %362 = icmp ugt i64 %352, %arena_size
  br i1 %362, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %stack_ok29
  %363 = getelementptr i8, i8* %mem, i64 %351
  store i64 %349, i64* %unaligned34, align 8
  %364 = bitcast i64* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %363, i8* %364, i64 8, i1 false)
  %365 = load i32, i32* %dict, align 4
  %366 = zext i32 %365 to i64
  %367 = add i64 %366, 8
  %368 = icmp ugt i64 %367, %arena_size
  br i1 %368, label %trap17.site0, label %ok35

ok33:                                             ; preds = %write.slow31
  %369 = icmp ult i64 %351, %scratch_start
  %370 = load i64, i64* %lowStart, align 8
  %371 = call i64 @llvm.umin.i64(i64 %370, i64 %351)
  %372 = load i64, i64* %lowEnd, align 8
  %373 = load i64, i64* %highEnd, align 8
  %374 = add i64 %352, 64
  %375 = sub i64 %352, %371
  %376 = lshr i64 %375, 4
  %377 = add i64 %374, %376
  %378 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %377)
  %379 = call i64 @llvm.umax.i64(i64 %372, i64 %378)
  %380 = select i1 %369, i64 %379, i64 %372
  store i64 %380, i64* %lowEnd, align 8
  %381 = add i64 %352, 64
  %382 = sub i64 %352, %scratch_start
  %383 = lshr i64 %382, 4
  %384 = add i64 %381, %383
  %385 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %384)
  %386 = call i64 @llvm.umax.i64(i64 %373, i64 %385)
  %387 = select i1 %369, i64 %373, i64 %386
  store i64 %387, i64* %highEnd, align 8
  store i64 %371, i64* %lowStart, align 8
  br label %write.ok32

ok35:                                             ; preds = %write.ok32
  %388 = getelementptr i8, i8* %mem, i64 %366
  %389 = bitcast i64* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %389, i8* %388, i64 8, i1 false)
  %390 = load i64, i64* %unaligned36, align 8
  %391 = load i32, i32* %dict, align 4
  %392 = zext i32 %391 to i64
  %393 = add i64 %392, 33
  %394 = add i64 %393, 1
  %395 = icmp ugt i64 %394, %arena_size
  br i1 %395, label %trap17.site0, label %ok38

e7:                                               ; preds = %ok48
  %396 = load i64, i64* %result37, align 8
  %397 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %390, i64 %396)
  %398 = extractvalue { i64, i1 } %397, 1
  br i1 %398, label %trap2.site6, label %ok50

ok38:                                             ; preds = %ok35
  %399 = getelementptr i8, i8* %mem, i64 %393
  %400 = load i8, i8* %399, align 1
  %401 = zext i8 %400 to i32
  %402 = icmp ne i32 %401, 2
  %403 = zext i1 %402 to i32
  %404 = icmp ne i32 %403, 0
  br i1 %404, label %then39, label %else40

then39:                                           ; preds = %ok38
  %405 = load i32, i32* %dict, align 4
  %406 = zext i32 %405 to i64
  %407 = add i64 %406, 33
  %408 = add i64 %407, 1
  %409 = icmp ugt i64 %408, %arena_size
  br i1 %409, label %trap17.site0, label %ok42

else40:                                           ; preds = %ok38
  br label %join41

join41:                                           ; preds = %else40, %stack_ok47
  %410 = load i32, i32* %dict, align 4
  %411 = zext i32 %410 to i64
  %412 = add i64 %411, 16
  %413 = add i64 %412, 8
  %414 = icmp ugt i64 %413, %arena_size
  br i1 %414, label %trap17.site0, label %ok48

ok42:                                             ; preds = %then39
  %415 = getelementptr i8, i8* %mem, i64 %407
  %416 = load i8, i8* %415, align 1
  %417 = zext i8 %416 to i32
  %418 = icmp eq i32 %417, 1
  %419 = zext i1 %418 to i32
  %420 = icmp ne i32 %419, 0
  br i1 %420, label %then43, label %else44

then43:                                           ; preds = %ok42
  br label %trap6.site7

else44:                                           ; preds = %ok42
  br label %join45

join45:                                           ; preds = %else44, %dead
  %421 = load i32, i32* %dict, align 4
  %422 = icmp uge i32 %depth, 1000
  br i1 %422, label %trap15.site7, label %ok46

trap6.site7:                                      ; preds = %then43
  %423 = load i64, i64* %lowStart, align 8
  %424 = getelementptr i64, i64* %regs, i64 6
  store i64 %423, i64* %424, align 8
  %425 = load i64, i64* %lowEnd, align 8
  %426 = getelementptr i64, i64* %regs, i64 7
  store i64 %425, i64* %426, align 8
  %427 = load i64, i64* %highEnd, align 8
  %428 = getelementptr i64, i64* %regs, i64 8
  store i64 %427, i64* %428, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 7)
  unreachable

dead:                                             ; No predecessors!
  br label %join45

ok46:                                             ; preds = %join45
  %429 = icmp ult i64 %10, %stack_limit
  br i1 %429, label %trap253.site0, label %stack_ok47

trap15.site7:                                     ; preds = %join45
  %430 = load i64, i64* %lowStart, align 8
  %431 = getelementptr i64, i64* %regs, i64 6
  store i64 %430, i64* %431, align 8
  %432 = load i64, i64* %lowEnd, align 8
  %433 = getelementptr i64, i64* %regs, i64 7
  store i64 %432, i64* %433, align 8
  %434 = load i64, i64* %highEnd, align 8
  %435 = getelementptr i64, i64* %regs, i64 8
  store i64 %434, i64* %435, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok47:                                       ; preds = %ok46
  %436 = load i64, i64* %fuel, align 8
  %437 = getelementptr i64, i64* %regs, i64 0
  store i64 %436, i64* %437, align 8
  %438 = load i64, i64* %lowStart, align 8
  %439 = getelementptr i64, i64* %regs, i64 6
  store i64 %438, i64* %439, align 8
  %440 = load i64, i64* %lowEnd, align 8
  %441 = getelementptr i64, i64* %regs, i64 7
  store i64 %440, i64* %441, align 8
  %442 = load i64, i64* %highEnd, align 8
  %443 = getelementptr i64, i64* %regs, i64 8
  store i64 %442, i64* %443, align 8
  %444 = add i32 %depth, 1
  call void @m0.field.later(i64* %regs, i8* %mem, i32 %444, i32 %421)
  %445 = getelementptr i64, i64* %regs, i64 0
  %446 = load i64, i64* %445, align 8
  store i64 %446, i64* %fuel, align 8
  %447 = getelementptr i64, i64* %regs, i64 6
  %448 = load i64, i64* %447, align 8
  store i64 %448, i64* %lowStart, align 8
  %449 = getelementptr i64, i64* %regs, i64 7
  %450 = load i64, i64* %449, align 8
  store i64 %450, i64* %lowEnd, align 8
  %451 = getelementptr i64, i64* %regs, i64 8
  %452 = load i64, i64* %451, align 8
  store i64 %452, i64* %highEnd, align 8
  br label %join41

ok48:                                             ; preds = %join41
  %453 = getelementptr i8, i8* %mem, i64 %412
  %454 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %454, i8* %453, i64 8, i1 false)
  %455 = load i64, i64* %unaligned49, align 8
  store i64 %455, i64* %result37, align 8
  br label %e7

ok50:                                             ; preds = %e7
  %456 = extractvalue { i64, i1 } %397, 0
  store i64 %456, i64* %from_root, align 8
  %457 = load i32, i32* %dict.1, align 4
  %458 = load i64, i64* %from_root, align 8
  %459 = zext i32 %457 to i64
  %460 = add i64 %459, 16
  %461 = add i64 %460, 8
  %462 = icmp uge i64 %460, %scratch_start
  %463 = load i64, i64* %highEnd, align 8
  %464 = icmp ule i64 %461, %463
  %465 = and i1 %462, %464
  br i1 %465, label %write.ok53, label %write.low51

trap2.site6:                                      ; preds = %e7
  %466 = load i64, i64* %lowStart, align 8
  %467 = getelementptr i64, i64* %regs, i64 6
  store i64 %466, i64* %467, align 8
  %468 = load i64, i64* %lowEnd, align 8
  %469 = getelementptr i64, i64* %regs, i64 7
  store i64 %468, i64* %469, align 8
  %470 = load i64, i64* %highEnd, align 8
  %471 = getelementptr i64, i64* %regs, i64 8
  store i64 %470, i64* %471, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low51:                                      ; preds = %ok50
  %472 = load i64, i64* %lowStart, align 8
  %473 = icmp uge i64 %460, %472
  %474 = load i64, i64* %lowEnd, align 8
  %475 = icmp ule i64 %461, %474
  %476 = and i1 %473, %475
  br i1 %476, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %477 = icmp ugt i64 %461, %arena_size
  br i1 %477, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %ok50
  %478 = getelementptr i8, i8* %mem, i64 %460
  store i64 %458, i64* %unaligned55, align 8
  %479 = bitcast i64* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %478, i8* %479, i64 8, i1 false)
  %480 = load i32, i32* %dict.1, align 4
  store i32 %480, i32* %result21, align 4
  br label %e1

ok54:                                             ; preds = %write.slow52
  %481 = icmp ult i64 %460, %scratch_start
  %482 = load i64, i64* %lowStart, align 8
  %483 = call i64 @llvm.umin.i64(i64 %482, i64 %460)
  %484 = load i64, i64* %lowEnd, align 8
  %485 = load i64, i64* %highEnd, align 8
  %486 = add i64 %461, 64
  %487 = sub i64 %461, %483
  %488 = lshr i64 %487, 4
  %489 = add i64 %486, %488
  %490 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %489)
  %491 = call i64 @llvm.umax.i64(i64 %484, i64 %490)
  %492 = select i1 %481, i64 %491, i64 %484
  store i64 %492, i64* %lowEnd, align 8
  %493 = add i64 %461, 64
  %494 = sub i64 %461, %scratch_start
  %495 = lshr i64 %494, 4
  %496 = add i64 %493, %495
  %497 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %496)
  %498 = call i64 @llvm.umax.i64(i64 %485, i64 %497)
  %499 = select i1 %481, i64 %485, i64 %498
  store i64 %499, i64* %highEnd, align 8
  store i64 %483, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %e1
  %500 = load i64, i64* %lowStart, align 8
  %501 = icmp uge i64 %270, %500
  %502 = load i64, i64* %lowEnd, align 8
  %503 = icmp ule i64 %271, %502
  %504 = and i1 %501, %503
  br i1 %504, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %505 = icmp ugt i64 %271, %arena_size
  br i1 %505, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %e1
  %506 = getelementptr i8, i8* %mem, i64 %270
  store i32 %268, i32* %unaligned60, align 4
  %507 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %506, i8* %507, i64 4, i1 false)
  %508 = load i32, i32* %dict, align 4
  %509 = zext i32 %508 to i64
  %510 = add i64 %509, 33
  %511 = add i64 %510, 1
  %512 = icmp ugt i64 %511, %arena_size
  br i1 %512, label %trap17.site0, label %ok61

ok59:                                             ; preds = %write.slow57
  %513 = icmp ult i64 %270, %scratch_start
  %514 = load i64, i64* %lowStart, align 8
  %515 = call i64 @llvm.umin.i64(i64 %514, i64 %270)
  %516 = load i64, i64* %lowEnd, align 8
  %517 = load i64, i64* %highEnd, align 8
  %518 = add i64 %271, 64
  %519 = sub i64 %271, %515
  %520 = lshr i64 %519, 4
  %521 = add i64 %518, %520
  %522 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %521)
  %523 = call i64 @llvm.umax.i64(i64 %516, i64 %522)
  %524 = select i1 %513, i64 %523, i64 %516
  store i64 %524, i64* %lowEnd, align 8
  %525 = add i64 %271, 64
  %526 = sub i64 %271, %scratch_start
  %527 = lshr i64 %526, 4
  %528 = add i64 %525, %527
  %529 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %528)
  %530 = call i64 @llvm.umax.i64(i64 %517, i64 %529)
  %531 = select i1 %513, i64 %517, i64 %530
  store i64 %531, i64* %highEnd, align 8
  store i64 %515, i64* %lowStart, align 8
  br label %write.ok58

ok61:                                             ; preds = %write.ok58
  %532 = getelementptr i8, i8* %mem, i64 %510
  %533 = load i8, i8* %532, align 1
  %534 = zext i8 %533 to i32
  %535 = icmp eq i32 %534, 0
  %536 = zext i1 %535 to i32
  %537 = icmp ne i32 %536, 0
  br i1 %537, label %then62, label %else63

then62:                                           ; preds = %ok61
  %538 = load i32, i32* %dict, align 4
  %539 = icmp uge i32 %depth, 1000
  br i1 %539, label %trap15.site8, label %ok65

else63:                                           ; preds = %ok61
  br label %join64

join64:                                           ; preds = %else63, %stack_ok66
  store i32 8, i32* %result68, align 4
  br label %e9

ok65:                                             ; preds = %then62
  %540 = icmp ult i64 %10, %stack_limit
  br i1 %540, label %trap253.site0, label %stack_ok66

trap15.site8:                                     ; preds = %then62
  %541 = load i64, i64* %lowStart, align 8
  %542 = getelementptr i64, i64* %regs, i64 6
  store i64 %541, i64* %542, align 8
  %543 = load i64, i64* %lowEnd, align 8
  %544 = getelementptr i64, i64* %regs, i64 7
  store i64 %543, i64* %544, align 8
  %545 = load i64, i64* %highEnd, align 8
  %546 = getelementptr i64, i64* %regs, i64 8
  store i64 %545, i64* %546, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok66:                                       ; preds = %ok65
  %547 = load i64, i64* %fuel, align 8
  %548 = getelementptr i64, i64* %regs, i64 0
  store i64 %547, i64* %548, align 8
  %549 = load i64, i64* %lowStart, align 8
  %550 = getelementptr i64, i64* %regs, i64 6
  store i64 %549, i64* %550, align 8
  %551 = load i64, i64* %lowEnd, align 8
  %552 = getelementptr i64, i64* %regs, i64 7
  store i64 %551, i64* %552, align 8
  %553 = load i64, i64* %highEnd, align 8
  %554 = getelementptr i64, i64* %regs, i64 8
  store i64 %553, i64* %554, align 8
  %555 = add i32 %depth, 1
  call void @m0.field.later(i64* %regs, i8* %mem, i32 %555, i32 %538)
  %556 = getelementptr i64, i64* %regs, i64 0
  %557 = load i64, i64* %556, align 8
  store i64 %557, i64* %fuel, align 8
  %558 = getelementptr i64, i64* %regs, i64 6
  %559 = load i64, i64* %558, align 8
  store i64 %559, i64* %lowStart, align 8
  %560 = getelementptr i64, i64* %regs, i64 7
  %561 = load i64, i64* %560, align 8
  store i64 %561, i64* %lowEnd, align 8
  %562 = getelementptr i64, i64* %regs, i64 8
  %563 = load i64, i64* %562, align 8
  store i64 %563, i64* %highEnd, align 8
  br label %join64

e8:                                               ; preds = %ok103
  %564 = load i32, i32* %result67, align 4
  store i32 %564, i32* %label, align 4
  %565 = load i32, i32* %dict, align 4
  %566 = load i32, i32* %label, align 4
  %567 = zext i32 %565 to i64
  %568 = add i64 %567, 24
  %569 = add i64 %568, 4
  %570 = icmp uge i64 %568, %scratch_start
  %571 = load i64, i64* %highEnd, align 8
  %572 = icmp ule i64 %569, %571
  %573 = and i1 %570, %572
  br i1 %573, label %write.ok106, label %write.low104

e9:                                               ; preds = %join64
  %574 = load i32, i32* %result68, align 4
  store i32 %574, i32* %part, align 4
  %575 = load i32, i32* %dict, align 4
  %576 = zext i32 %575 to i64
  %577 = add i64 %576, 16
  %578 = add i64 %577, 8
  %579 = icmp ugt i64 %578, %arena_size
  br i1 %579, label %trap17.site0, label %ok70

e11:                                              ; preds = %ok70
  %580 = load i32, i32* %result69, align 4
  store i32 %580, i32* %part.1, align 4
  %581 = getelementptr i64, i64* %regs, i64 1
  %582 = load i64, i64* %581, align 8
  %583 = trunc i64 %582 to i32
  %584 = add i32 %583, 3
  %585 = and i32 %584, -4
  store i32 %585, i32* %text, align 4
  %586 = load i32, i32* %text, align 4
  %587 = add i32 %586, 4
  store i32 %587, i32* %cur, align 4
  %588 = load i32, i32* %part, align 4
  store i32 %588, i32* %s, align 4
  %589 = load i32, i32* %s, align 4
  %590 = zext i32 %589 to i64
  %591 = add i64 %590, 4
  %592 = icmp ugt i64 %591, %arena_size
  br i1 %592, label %trap17.site0, label %ok72

ok70:                                             ; preds = %e9
  %593 = getelementptr i8, i8* %mem, i64 %577
  %594 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %594, i8* %593, i64 8, i1 false)
  %595 = load i64, i64* %unaligned71, align 8
  store i32 16, i32* %result69, align 4
  br label %e11

ok72:                                             ; preds = %e11
  %596 = getelementptr i8, i8* %mem, i64 %590
  %597 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %597, i8* %596, i64 4, i1 false)
  %598 = load i32, i32* %unaligned73, align 4
  store i32 %598, i32* %slen, align 4
  %599 = load i32, i32* %cur, align 4
  %600 = load i32, i32* %slen, align 4
  %601 = add i32 %599, %600
  %602 = getelementptr i64, i64* %regs, i64 2
  %603 = load i64, i64* %602, align 8
  %604 = trunc i64 %603 to i32
  %605 = icmp ugt i32 %601, %604
  %606 = zext i1 %605 to i32
  %607 = icmp ne i32 %606, 0
  br i1 %607, label %then74, label %else75

then74:                                           ; preds = %ok72
  br label %trap15.site9

else75:                                           ; preds = %ok72
  br label %join76

join76:                                           ; preds = %else75, %dead77
  %608 = load i32, i32* %cur, align 4
  %609 = load i32, i32* %s, align 4
  %610 = add i32 %609, 4
  %611 = load i32, i32* %slen, align 4
  %612 = zext i32 %611 to i64
  %613 = zext i32 %610 to i64
  %614 = add i64 %613, %612
  %615 = icmp ugt i64 %614, %arena_size
  br i1 %615, label %trap17.site9, label %ok78

trap15.site9:                                     ; preds = %write.ok100, %then85, %then74
  %616 = load i64, i64* %lowStart, align 8
  %617 = getelementptr i64, i64* %regs, i64 6
  store i64 %616, i64* %617, align 8
  %618 = load i64, i64* %lowEnd, align 8
  %619 = getelementptr i64, i64* %regs, i64 7
  store i64 %618, i64* %619, align 8
  %620 = load i64, i64* %highEnd, align 8
  %621 = getelementptr i64, i64* %regs, i64 8
  store i64 %620, i64* %621, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead77:                                           ; No predecessors!
  br label %join76

ok78:                                             ; preds = %join76
  %622 = zext i32 %608 to i64
  %623 = add i64 %622, %612
  %624 = icmp uge i64 %622, %scratch_start
  %625 = load i64, i64* %highEnd, align 8
  %626 = icmp ule i64 %623, %625
  %627 = and i1 %624, %626
  br i1 %627, label %write.ok81, label %write.low79

trap17.site9:                                     ; preds = %write.slow95, %write.ok91, %write.slow80, %join76
  %628 = load i64, i64* %lowStart, align 8
  %629 = getelementptr i64, i64* %regs, i64 6
  store i64 %628, i64* %629, align 8
  %630 = load i64, i64* %lowEnd, align 8
  %631 = getelementptr i64, i64* %regs, i64 7
  store i64 %630, i64* %631, align 8
  %632 = load i64, i64* %highEnd, align 8
  %633 = getelementptr i64, i64* %regs, i64 8
  store i64 %632, i64* %633, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

write.low79:                                      ; preds = %ok78
  %634 = load i64, i64* %lowStart, align 8
  %635 = icmp uge i64 %622, %634
  %636 = load i64, i64* %lowEnd, align 8
  %637 = icmp ule i64 %623, %636
  %638 = and i1 %635, %637
  br i1 %638, label %write.ok81, label %write.slow80

write.slow80:                                     ; preds = %write.low79
  %639 = icmp ugt i64 %623, %arena_size
  br i1 %639, label %trap17.site9, label %ok82

write.ok81:                                       ; preds = %ok82, %write.low79, %ok78
  %640 = getelementptr i8, i8* %mem, i64 %622
  %641 = getelementptr i8, i8* %mem, i64 %613
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %640, i8* %641, i64 %612, i1 false)
  %642 = load i32, i32* %cur, align 4
  %643 = load i32, i32* %slen, align 4
  %644 = add i32 %642, %643
  store i32 %644, i32* %cur, align 4
  %645 = load i32, i32* %part.1, align 4
  store i32 %645, i32* %s.1, align 4
  %646 = load i32, i32* %s.1, align 4
  %647 = zext i32 %646 to i64
  %648 = add i64 %647, 4
  %649 = icmp ugt i64 %648, %arena_size
  br i1 %649, label %trap17.site0, label %ok83

ok82:                                             ; preds = %write.slow80
  %650 = icmp ult i64 %622, %scratch_start
  %651 = load i64, i64* %lowStart, align 8
  %652 = call i64 @llvm.umin.i64(i64 %651, i64 %622)
  %653 = load i64, i64* %lowEnd, align 8
  %654 = load i64, i64* %highEnd, align 8
  %655 = add i64 %623, 64
  %656 = sub i64 %623, %652
  %657 = lshr i64 %656, 4
  %658 = add i64 %655, %657
  %659 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %658)
  %660 = call i64 @llvm.umax.i64(i64 %653, i64 %659)
  %661 = select i1 %650, i64 %660, i64 %653
  store i64 %661, i64* %lowEnd, align 8
  %662 = add i64 %623, 64
  %663 = sub i64 %623, %scratch_start
  %664 = lshr i64 %663, 4
  %665 = add i64 %662, %664
  %666 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %665)
  %667 = call i64 @llvm.umax.i64(i64 %654, i64 %666)
  %668 = select i1 %650, i64 %654, i64 %667
  store i64 %668, i64* %highEnd, align 8
  store i64 %652, i64* %lowStart, align 8
  br label %write.ok81

ok83:                                             ; preds = %write.ok81
  %669 = getelementptr i8, i8* %mem, i64 %647
  %670 = bitcast i32* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %670, i8* %669, i64 4, i1 false)
  %671 = load i32, i32* %unaligned84, align 4
  store i32 %671, i32* %slen.1, align 4
  %672 = load i32, i32* %cur, align 4
  %673 = load i32, i32* %slen.1, align 4
  %674 = add i32 1, %673
  %675 = add i32 %672, %674
  %676 = getelementptr i64, i64* %regs, i64 2
  %677 = load i64, i64* %676, align 8
  %678 = trunc i64 %677 to i32
  %679 = icmp ugt i32 %675, %678
  %680 = zext i1 %679 to i32
  %681 = icmp ne i32 %680, 0
  br i1 %681, label %then85, label %else86

then85:                                           ; preds = %ok83
  br label %trap15.site9

else86:                                           ; preds = %ok83
  br label %join87

join87:                                           ; preds = %else86, %dead88
  %682 = load i32, i32* %cur, align 4
  %683 = zext i32 %682 to i64
  %684 = add i64 %683, 1
  %685 = icmp uge i64 %683, %scratch_start
  %686 = load i64, i64* %highEnd, align 8
  %687 = icmp ule i64 %684, %686
  %688 = and i1 %685, %687
  br i1 %688, label %write.ok91, label %write.low89

dead88:                                           ; No predecessors!
  br label %join87

write.low89:                                      ; preds = %join87
  %689 = load i64, i64* %lowStart, align 8
  %690 = icmp uge i64 %683, %689
  %691 = load i64, i64* %lowEnd, align 8
  %692 = icmp ule i64 %684, %691
  %693 = and i1 %690, %692
  br i1 %693, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %694 = icmp ugt i64 %684, %arena_size
  br i1 %694, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %join87
  %695 = getelementptr i8, i8* %mem, i64 %683
  store i8 58, i8* %695, align 1
  %696 = load i32, i32* %cur, align 4
  %697 = add i32 %696, 1
  store i32 %697, i32* %cur, align 4
  %698 = load i32, i32* %cur, align 4
  %699 = load i32, i32* %s.1, align 4
  %700 = add i32 %699, 4
  %701 = load i32, i32* %slen.1, align 4
  %702 = zext i32 %701 to i64
  %703 = zext i32 %700 to i64
  %704 = add i64 %703, %702
  %705 = icmp ugt i64 %704, %arena_size
  br i1 %705, label %trap17.site9, label %ok93

ok92:                                             ; preds = %write.slow90
  %706 = icmp ult i64 %683, %scratch_start
  %707 = load i64, i64* %lowStart, align 8
  %708 = call i64 @llvm.umin.i64(i64 %707, i64 %683)
  %709 = load i64, i64* %lowEnd, align 8
  %710 = load i64, i64* %highEnd, align 8
  %711 = add i64 %684, 64
  %712 = sub i64 %684, %708
  %713 = lshr i64 %712, 4
  %714 = add i64 %711, %713
  %715 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %714)
  %716 = call i64 @llvm.umax.i64(i64 %709, i64 %715)
  %717 = select i1 %706, i64 %716, i64 %709
  store i64 %717, i64* %lowEnd, align 8
  %718 = add i64 %684, 64
  %719 = sub i64 %684, %scratch_start
  %720 = lshr i64 %719, 4
  %721 = add i64 %718, %720
  %722 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %721)
  %723 = call i64 @llvm.umax.i64(i64 %710, i64 %722)
  %724 = select i1 %706, i64 %710, i64 %723
  store i64 %724, i64* %highEnd, align 8
  store i64 %708, i64* %lowStart, align 8
  br label %write.ok91

ok93:                                             ; preds = %write.ok91
  %725 = zext i32 %698 to i64
  %726 = add i64 %725, %702
  %727 = icmp uge i64 %725, %scratch_start
  %728 = load i64, i64* %highEnd, align 8
  %729 = icmp ule i64 %726, %728
  %730 = and i1 %727, %729
  br i1 %730, label %write.ok96, label %write.low94

write.low94:                                      ; preds = %ok93
  %731 = load i64, i64* %lowStart, align 8
  %732 = icmp uge i64 %725, %731
  %733 = load i64, i64* %lowEnd, align 8
  %734 = icmp ule i64 %726, %733
  %735 = and i1 %732, %734
  br i1 %735, label %write.ok96, label %write.slow95

write.slow95:                                     ; preds = %write.low94
  %736 = icmp ugt i64 %726, %arena_size
  br i1 %736, label %trap17.site9, label %ok97

write.ok96:                                       ; preds = %ok97, %write.low94, %ok93
  %737 = getelementptr i8, i8* %mem, i64 %725
  %738 = getelementptr i8, i8* %mem, i64 %703
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %737, i8* %738, i64 %702, i1 false)
  %739 = load i32, i32* %cur, align 4
  %740 = load i32, i32* %slen.1, align 4
  %741 = add i32 %739, %740
  store i32 %741, i32* %cur, align 4
  %742 = load i32, i32* %cur, align 4
  %743 = load i32, i32* %text, align 4
  %744 = sub i32 %742, %743
  %745 = sub i32 %744, 4
  store i32 %745, i32* %len, align 4
  %746 = load i32, i32* %text, align 4
  %747 = load i32, i32* %len, align 4
  %748 = zext i32 %746 to i64
  %749 = add i64 %748, 4
  %750 = icmp uge i64 %748, %scratch_start
  %751 = load i64, i64* %highEnd, align 8
  %752 = icmp ule i64 %749, %751
  %753 = and i1 %750, %752
  br i1 %753, label %write.ok100, label %write.low98

ok97:                                             ; preds = %write.slow95
  %754 = icmp ult i64 %725, %scratch_start
  %755 = load i64, i64* %lowStart, align 8
  %756 = call i64 @llvm.umin.i64(i64 %755, i64 %725)
  %757 = load i64, i64* %lowEnd, align 8
  %758 = load i64, i64* %highEnd, align 8
  %759 = add i64 %726, 64
  %760 = sub i64 %726, %756
  %761 = lshr i64 %760, 4
  %762 = add i64 %759, %761
  %763 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %762)
  %764 = call i64 @llvm.umax.i64(i64 %757, i64 %763)
  %765 = select i1 %754, i64 %764, i64 %757
  store i64 %765, i64* %lowEnd, align 8
  %766 = add i64 %726, 64
  %767 = sub i64 %726, %scratch_start
  %768 = lshr i64 %767, 4
  %769 = add i64 %766, %768
  %770 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %769)
  %771 = call i64 @llvm.umax.i64(i64 %758, i64 %770)
  %772 = select i1 %754, i64 %758, i64 %771
  store i64 %772, i64* %highEnd, align 8
  store i64 %756, i64* %lowStart, align 8
  br label %write.ok96

write.low98:                                      ; preds = %write.ok96
  %773 = load i64, i64* %lowStart, align 8
  %774 = icmp uge i64 %748, %773
  %775 = load i64, i64* %lowEnd, align 8
  %776 = icmp ule i64 %749, %775
  %777 = and i1 %774, %776
  br i1 %777, label %write.ok100, label %write.slow99

write.slow99:                                     ; preds = %write.low98
  %778 = icmp ugt i64 %749, %arena_size
  br i1 %778, label %trap17.site0, label %ok101

write.ok100:                                      ; preds = %ok101, %write.low98, %write.ok96
  %779 = getelementptr i8, i8* %mem, i64 %748
  store i32 %747, i32* %unaligned102, align 4
  %780 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %779, i8* %780, i64 4, i1 false)
  %781 = load i32, i32* %len, align 4
  %782 = add i32 %781, 4
  %783 = zext i32 %782 to i64
  %784 = getelementptr i64, i64* %regs, i64 1
  %785 = getelementptr i64, i64* %regs, i64 2
  %786 = load i64, i64* %784, align 8
  %787 = add i64 %786, 3
  %788 = and i64 %787, -4
  %789 = add i64 %788, %783
  %790 = load i64, i64* %785, align 8
  %791 = icmp ugt i64 %789, %790
  br i1 %791, label %trap15.site9, label %ok103

ok101:                                            ; preds = %write.slow99
  %792 = icmp ult i64 %748, %scratch_start
  %793 = load i64, i64* %lowStart, align 8
  %794 = call i64 @llvm.umin.i64(i64 %793, i64 %748)
  %795 = load i64, i64* %lowEnd, align 8
  %796 = load i64, i64* %highEnd, align 8
  %797 = add i64 %749, 64
  %798 = sub i64 %749, %794
  %799 = lshr i64 %798, 4
  %800 = add i64 %797, %799
  %801 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %800)
  %802 = call i64 @llvm.umax.i64(i64 %795, i64 %801)
  %803 = select i1 %792, i64 %802, i64 %795
  store i64 %803, i64* %lowEnd, align 8
  %804 = add i64 %749, 64
  %805 = sub i64 %749, %scratch_start
  %806 = lshr i64 %805, 4
  %807 = add i64 %804, %806
  %808 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %807)
  %809 = call i64 @llvm.umax.i64(i64 %796, i64 %808)
  %810 = select i1 %792, i64 %796, i64 %809
  store i64 %810, i64* %highEnd, align 8
  store i64 %794, i64* %lowStart, align 8
  br label %write.ok100

ok103:                                            ; preds = %write.ok100
  store i64 %789, i64* %784, align 8
  %811 = load i64, i64* %highEnd, align 8
  %812 = call i64 @llvm.umax.i64(i64 %811, i64 %789)
  store i64 %812, i64* %highEnd, align 8
  %813 = trunc i64 %788 to i32
  store i32 %813, i32* %result67, align 4
  br label %e8

write.low104:                                     ; preds = %e8
  %814 = load i64, i64* %lowStart, align 8
  %815 = icmp uge i64 %568, %814
  %816 = load i64, i64* %lowEnd, align 8
  %817 = icmp ule i64 %569, %816
  %818 = and i1 %815, %817
  br i1 %818, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %819 = icmp ugt i64 %569, %arena_size
  br i1 %819, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e8
  %820 = getelementptr i8, i8* %mem, i64 %568
  store i32 %566, i32* %unaligned108, align 4
  %821 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %820, i8* %821, i64 4, i1 false)
  %822 = load i32, i32* %dict, align 4
  store i32 %822, i32* %result1, align 4
  br label %e0

ok107:                                            ; preds = %write.slow105
  %823 = icmp ult i64 %568, %scratch_start
  %824 = load i64, i64* %lowStart, align 8
  %825 = call i64 @llvm.umin.i64(i64 %824, i64 %568)
  %826 = load i64, i64* %lowEnd, align 8
  %827 = load i64, i64* %highEnd, align 8
  %828 = add i64 %569, 64
  %829 = sub i64 %569, %825
  %830 = lshr i64 %829, 4
  %831 = add i64 %828, %830
  %832 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %831)
  %833 = call i64 @llvm.umax.i64(i64 %826, i64 %832)
  %834 = select i1 %823, i64 %833, i64 %826
  store i64 %834, i64* %lowEnd, align 8
  %835 = add i64 %569, 64
  %836 = sub i64 %569, %scratch_start
  %837 = lshr i64 %836, 4
  %838 = add i64 %835, %837
  %839 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %838)
  %840 = call i64 @llvm.umax.i64(i64 %827, i64 %839)
  %841 = select i1 %823, i64 %827, i64 %840
  store i64 %841, i64* %highEnd, align 8
  store i64 %825, i64* %lowStart, align 8
  br label %write.ok106

ok109:                                            ; preds = %e0
  %842 = icmp ult i64 %10, %stack_limit
  br i1 %842, label %trap253.site0, label %stack_ok110

trap15.site0:                                     ; preds = %e0
  %843 = load i64, i64* %lowStart, align 8
  %844 = getelementptr i64, i64* %regs, i64 6
  store i64 %843, i64* %844, align 8
  %845 = load i64, i64* %lowEnd, align 8
  %846 = getelementptr i64, i64* %regs, i64 7
  store i64 %845, i64* %846, align 8
  %847 = load i64, i64* %highEnd, align 8
  %848 = getelementptr i64, i64* %regs, i64 8
  store i64 %847, i64* %848, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok110:                                      ; preds = %ok109
  %849 = load i64, i64* %fuel, align 8
  %850 = getelementptr i64, i64* %regs, i64 0
  store i64 %849, i64* %850, align 8
  %851 = load i64, i64* %lowStart, align 8
  %852 = getelementptr i64, i64* %regs, i64 6
  store i64 %851, i64* %852, align 8
  %853 = load i64, i64* %lowEnd, align 8
  %854 = getelementptr i64, i64* %regs, i64 7
  store i64 %853, i64* %854, align 8
  %855 = load i64, i64* %highEnd, align 8
  %856 = getelementptr i64, i64* %regs, i64 8
  store i64 %855, i64* %856, align 8
  %857 = add i32 %depth, 1
  %858 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %857, i32 %34, i32 %35, i32 0)
  %859 = getelementptr i64, i64* %regs, i64 0
  %860 = load i64, i64* %859, align 8
  store i64 %860, i64* %fuel, align 8
  %861 = getelementptr i64, i64* %regs, i64 6
  %862 = load i64, i64* %861, align 8
  store i64 %862, i64* %lowStart, align 8
  %863 = getelementptr i64, i64* %regs, i64 7
  %864 = load i64, i64* %863, align 8
  store i64 %864, i64* %lowEnd, align 8
  %865 = getelementptr i64, i64* %regs, i64 8
  %866 = load i64, i64* %865, align 8
  store i64 %866, i64* %highEnd, align 8
  store i32 %858, i32* %json_end, align 4
  %867 = load i32, i32* %json_end, align 4
  %868 = icmp eq i32 %867, -2
  %869 = zext i1 %868 to i32
  %870 = icmp ne i32 %869, 0
  br i1 %870, label %then111, label %else112

then111:                                          ; preds = %stack_ok110
  br label %trap16.site1

else112:                                          ; preds = %stack_ok110
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %871 = load i32, i32* %json_end, align 4
  %872 = icmp eq i32 %871, -1
  %873 = zext i1 %872 to i32
  %874 = icmp ne i32 %873, 0
  br i1 %874, label %then115, label %else116

trap16.site1:                                     ; preds = %then111
  %875 = load i64, i64* %lowStart, align 8
  %876 = getelementptr i64, i64* %regs, i64 6
  store i64 %875, i64* %876, align 8
  %877 = load i64, i64* %lowEnd, align 8
  %878 = getelementptr i64, i64* %regs, i64 7
  store i64 %877, i64* %878, align 8
  %879 = load i64, i64* %highEnd, align 8
  %880 = getelementptr i64, i64* %regs, i64 8
  store i64 %879, i64* %880, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 1)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

then115:                                          ; preds = %join113
  br label %trap15.site1

else116:                                          ; preds = %join113
  br label %join117

join117:                                          ; preds = %else116, %dead118
  %881 = load i32, i32* %json_end, align 4
  %882 = zext i32 %881 to i64
  %883 = getelementptr i64, i64* %regs, i64 3
  store i64 %882, i64* %883, align 8
  %884 = load i32, i32* %json_end, align 4
  %885 = load i32, i32* %json_start, align 4
  %886 = sub i32 %884, %885
  %887 = load i64, i64* %fuel, align 8
  %888 = getelementptr i64, i64* %regs, i64 0
  store i64 %887, i64* %888, align 8
  %889 = load i64, i64* %lowStart, align 8
  %890 = getelementptr i64, i64* %regs, i64 6
  store i64 %889, i64* %890, align 8
  %891 = load i64, i64* %lowEnd, align 8
  %892 = getelementptr i64, i64* %regs, i64 7
  store i64 %891, i64* %892, align 8
  %893 = load i64, i64* %highEnd, align 8
  %894 = getelementptr i64, i64* %regs, i64 8
  store i64 %893, i64* %894, align 8
  ret i32 %886

dead118:                                          ; No predecessors!
  br label %join117
}

define internal void @m0.field.rate(i64* %regs, i8* %mem, i32 %depth, i32 %frame.arg) {
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
  br i1 %20, label %write.ok, label %write.low

trap14.site0:                                     ; preds = %body
  %21 = load i64, i64* %lowStart, align 8
  %22 = getelementptr i64, i64* %regs, i64 6
  store i64 %21, i64* %22, align 8
  %23 = load i64, i64* %lowEnd, align 8
  %24 = getelementptr i64, i64* %regs, i64 7
  store i64 %23, i64* %24, align 8
  %25 = load i64, i64* %highEnd, align 8
  %26 = getelementptr i64, i64* %regs, i64 8
  store i64 %25, i64* %26, align 8
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

write.low:                                        ; preds = %ok
  %27 = load i64, i64* %lowStart, align 8
  %28 = icmp uge i64 %15, %27
  %29 = load i64, i64* %lowEnd, align 8
  %30 = icmp ule i64 %16, %29
  %31 = and i1 %28, %30
  br i1 %31, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %32 = icmp ugt i64 %16, %arena_size
  br i1 %32, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %33 = getelementptr i8, i8* %mem, i64 %15
  store i8 1, i8* %33, align 1
  %34 = load i32, i32* %frame, align 4
  %35 = zext i32 %34 to i64
  %36 = add i64 %35, 8
  %37 = icmp uge i64 %35, %scratch_start
  %38 = load i64, i64* %highEnd, align 8
  %39 = icmp ule i64 %36, %38
  %40 = and i1 %37, %39
  br i1 %40, label %write.ok4, label %write.low2

ok1:                                              ; preds = %write.slow
  %41 = icmp ult i64 %15, %scratch_start
  %42 = load i64, i64* %lowStart, align 8
  %43 = call i64 @llvm.umin.i64(i64 %42, i64 %15)
  %44 = load i64, i64* %lowEnd, align 8
  %45 = load i64, i64* %highEnd, align 8
  %46 = add i64 %16, 64
  %47 = sub i64 %16, %43
  %48 = lshr i64 %47, 4
  %49 = add i64 %46, %48
  %50 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %49)
  %51 = call i64 @llvm.umax.i64(i64 %44, i64 %50)
  %52 = select i1 %41, i64 %51, i64 %44
  store i64 %52, i64* %lowEnd, align 8
  %53 = add i64 %16, 64
  %54 = sub i64 %16, %scratch_start
  %55 = lshr i64 %54, 4
  %56 = add i64 %53, %55
  %57 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %56)
  %58 = call i64 @llvm.umax.i64(i64 %45, i64 %57)
  %59 = select i1 %41, i64 %45, i64 %58
  store i64 %59, i64* %highEnd, align 8
  store i64 %43, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow7, %write.slow3, %write.slow
  %60 = load i64, i64* %lowStart, align 8
  %61 = getelementptr i64, i64* %regs, i64 6
  store i64 %60, i64* %61, align 8
  %62 = load i64, i64* %lowEnd, align 8
  %63 = getelementptr i64, i64* %regs, i64 7
  store i64 %62, i64* %63, align 8
  %64 = load i64, i64* %highEnd, align 8
  %65 = getelementptr i64, i64* %regs, i64 8
  store i64 %64, i64* %65, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

write.low2:                                       ; preds = %write.ok
  %66 = load i64, i64* %lowStart, align 8
  %67 = icmp uge i64 %35, %66
  %68 = load i64, i64* %lowEnd, align 8
  %69 = icmp ule i64 %36, %68
  %70 = and i1 %67, %69
  br i1 %70, label %write.ok4, label %write.slow3

write.slow3:                                      ; preds = %write.low2
  %71 = icmp ugt i64 %36, %arena_size
  br i1 %71, label %trap17.site0, label %ok5

write.ok4:                                        ; preds = %ok5, %write.low2, %write.ok
  %72 = getelementptr i8, i8* %mem, i64 %35
  store i64 3, i64* %unaligned, align 8
  %73 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %72, i8* %73, i64 8, i1 false)
  %74 = load i32, i32* %frame, align 4
  %75 = zext i32 %74 to i64
  %76 = add i64 %75, 32
  %77 = add i64 %76, 1
  %78 = icmp uge i64 %76, %scratch_start
  %79 = load i64, i64* %highEnd, align 8
  %80 = icmp ule i64 %77, %79
  %81 = and i1 %78, %80
  br i1 %81, label %write.ok8, label %write.low6

ok5:                                              ; preds = %write.slow3
  %82 = icmp ult i64 %35, %scratch_start
  %83 = load i64, i64* %lowStart, align 8
  %84 = call i64 @llvm.umin.i64(i64 %83, i64 %35)
  %85 = load i64, i64* %lowEnd, align 8
  %86 = load i64, i64* %highEnd, align 8
  %87 = add i64 %36, 64
  %88 = sub i64 %36, %84
  %89 = lshr i64 %88, 4
  %90 = add i64 %87, %89
  %91 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %90)
  %92 = call i64 @llvm.umax.i64(i64 %85, i64 %91)
  %93 = select i1 %82, i64 %92, i64 %85
  store i64 %93, i64* %lowEnd, align 8
  %94 = add i64 %36, 64
  %95 = sub i64 %36, %scratch_start
  %96 = lshr i64 %95, 4
  %97 = add i64 %94, %96
  %98 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %97)
  %99 = call i64 @llvm.umax.i64(i64 %86, i64 %98)
  %100 = select i1 %82, i64 %86, i64 %99
  store i64 %100, i64* %highEnd, align 8
  store i64 %84, i64* %lowStart, align 8
  br label %write.ok4

write.low6:                                       ; preds = %write.ok4
  %101 = load i64, i64* %lowStart, align 8
  %102 = icmp uge i64 %76, %101
  %103 = load i64, i64* %lowEnd, align 8
  %104 = icmp ule i64 %77, %103
  %105 = and i1 %102, %104
  br i1 %105, label %write.ok8, label %write.slow7

write.slow7:                                      ; preds = %write.low6
  %106 = icmp ugt i64 %77, %arena_size
  br i1 %106, label %trap17.site0, label %ok9

write.ok8:                                        ; preds = %ok9, %write.low6, %write.ok4
  %107 = getelementptr i8, i8* %mem, i64 %76
  store i8 2, i8* %107, align 1
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
  ret void

ok9:                                              ; preds = %write.slow7
  %116 = icmp ult i64 %76, %scratch_start
  %117 = load i64, i64* %lowStart, align 8
  %118 = call i64 @llvm.umin.i64(i64 %117, i64 %76)
  %119 = load i64, i64* %lowEnd, align 8
  %120 = load i64, i64* %highEnd, align 8
  %121 = add i64 %77, 64
  %122 = sub i64 %77, %118
  %123 = lshr i64 %122, 4
  %124 = add i64 %121, %123
  %125 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %124)
  %126 = call i64 @llvm.umax.i64(i64 %119, i64 %125)
  %127 = select i1 %116, i64 %126, i64 %119
  store i64 %127, i64* %lowEnd, align 8
  %128 = add i64 %77, 64
  %129 = sub i64 %77, %scratch_start
  %130 = lshr i64 %129, 4
  %131 = add i64 %128, %130
  %132 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %131)
  %133 = call i64 @llvm.umax.i64(i64 %120, i64 %132)
  %134 = select i1 %116, i64 %120, i64 %133
  store i64 %134, i64* %highEnd, align 8
  store i64 %118, i64* %lowStart, align 8
  br label %write.ok8
}

define internal i64 @m0.fn.scale(i64* %regs, i8* %mem, i32 %depth, i32 %env.arg, i64 %v.arg) {
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
  %11 = add i64 %10, 32
  %12 = add i64 %11, 1
  %13 = icmp ugt i64 %12, %arena_size
  br i1 %13, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e2:                                               ; preds = %ok7
  %14 = load i64, i64* %result, align 8
  %15 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %8, i64 %14)
  %16 = extractvalue { i64, i1 } %15, 1
  br i1 %16, label %trap2.site12, label %ok8

ok1:                                              ; preds = %ok
  %17 = getelementptr i8, i8* %mem, i64 %11
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
  %25 = add i64 %24, 32
  %26 = add i64 %25, 1
  %27 = icmp ugt i64 %26, %arena_size
  br i1 %27, label %trap17.site0, label %ok2

else:                                             ; preds = %ok1
  br label %join

join:                                             ; preds = %else, %stack_ok
  %28 = load i32, i32* %env, align 4
  %29 = zext i32 %28 to i64
  %30 = add i64 %29, 8
  %31 = icmp ugt i64 %30, %arena_size
  br i1 %31, label %trap17.site0, label %ok7

ok2:                                              ; preds = %then
  %32 = getelementptr i8, i8* %mem, i64 %25
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
  %46 = getelementptr i8, i8* %mem, i64 %29
  %47 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %47, i8* %46, i64 8, i1 false)
  %48 = load i64, i64* %unaligned, align 8
  store i64 %48, i64* %result, align 8
  br label %e2

ok8:                                              ; preds = %e2
  %49 = extractvalue { i64, i1 } %15, 0
  %50 = load i64, i64* %fuel, align 8
  %51 = getelementptr i64, i64* %regs, i64 0
  store i64 %50, i64* %51, align 8
  ret i64 %49

trap2.site12:                                     ; preds = %e2
  call void @tetra_trap(i64* %regs, i32 2, i32 12)
  unreachable
}

define internal void @m0.field.later(i64* %regs, i8* %mem, i32 %depth, i32 %frame.arg) {
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
  br i1 %22, label %write.ok, label %write.low

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

write.low:                                        ; preds = %ok
  %29 = load i64, i64* %lowStart, align 8
  %30 = icmp uge i64 %17, %29
  %31 = load i64, i64* %lowEnd, align 8
  %32 = icmp ule i64 %18, %31
  %33 = and i1 %30, %32
  br i1 %33, label %write.ok, label %write.slow

write.slow:                                       ; preds = %write.low
  %34 = icmp ugt i64 %18, %arena_size
  br i1 %34, label %trap17.site0, label %ok1

write.ok:                                         ; preds = %ok1, %write.low, %ok
  %35 = getelementptr i8, i8* %mem, i64 %17
  store i8 1, i8* %35, align 1
  %36 = load i32, i32* %frame, align 4
  %37 = load i32, i32* %frame, align 4
  %38 = zext i32 %37 to i64
  %39 = add i64 %38, 32
  %40 = add i64 %39, 1
  %41 = icmp ugt i64 %40, %arena_size
  br i1 %41, label %trap17.site0, label %ok2

ok1:                                              ; preds = %write.slow
  %42 = icmp ult i64 %17, %scratch_start
  %43 = load i64, i64* %lowStart, align 8
  %44 = call i64 @llvm.umin.i64(i64 %43, i64 %17)
  %45 = load i64, i64* %lowEnd, align 8
  %46 = load i64, i64* %highEnd, align 8
  %47 = add i64 %18, 64
  %48 = sub i64 %18, %44
  %49 = lshr i64 %48, 4
  %50 = add i64 %47, %49
  %51 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %50)
  %52 = call i64 @llvm.umax.i64(i64 %45, i64 %51)
  %53 = select i1 %42, i64 %52, i64 %45
  store i64 %53, i64* %lowEnd, align 8
  %54 = add i64 %18, 64
  %55 = sub i64 %18, %scratch_start
  %56 = lshr i64 %55, 4
  %57 = add i64 %54, %56
  %58 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %57)
  %59 = call i64 @llvm.umax.i64(i64 %46, i64 %58)
  %60 = select i1 %42, i64 %46, i64 %59
  store i64 %60, i64* %highEnd, align 8
  store i64 %44, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow16, %write.slow11, %join, %then, %write.ok, %write.slow
  %61 = load i64, i64* %lowStart, align 8
  %62 = getelementptr i64, i64* %regs, i64 6
  store i64 %61, i64* %62, align 8
  %63 = load i64, i64* %lowEnd, align 8
  %64 = getelementptr i64, i64* %regs, i64 7
  store i64 %63, i64* %64, align 8
  %65 = load i64, i64* %highEnd, align 8
  %66 = getelementptr i64, i64* %regs, i64 8
  store i64 %65, i64* %66, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

e1:                                               ; preds = %ok8
  %67 = load i64, i64* %result, align 8
  %68 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %67, i64 4)
  %69 = extractvalue { i64, i1 } %68, 1
  br i1 %69, label %trap2.site8, label %ok9

ok2:                                              ; preds = %write.ok
  %70 = getelementptr i8, i8* %mem, i64 %39
  %71 = load i8, i8* %70, align 1
  %72 = zext i8 %71 to i32
  %73 = icmp ne i32 %72, 2
  %74 = zext i1 %73 to i32
  %75 = icmp ne i32 %74, 0
  br i1 %75, label %then, label %else

then:                                             ; preds = %ok2
  %76 = load i32, i32* %frame, align 4
  %77 = zext i32 %76 to i64
  %78 = add i64 %77, 32
  %79 = add i64 %78, 1
  %80 = icmp ugt i64 %79, %arena_size
  br i1 %80, label %trap17.site0, label %ok3

else:                                             ; preds = %ok2
  br label %join

join:                                             ; preds = %else, %stack_ok
  %81 = load i32, i32* %frame, align 4
  %82 = zext i32 %81 to i64
  %83 = add i64 %82, 8
  %84 = icmp ugt i64 %83, %arena_size
  br i1 %84, label %trap17.site0, label %ok8

ok3:                                              ; preds = %then
  %85 = getelementptr i8, i8* %mem, i64 %78
  %86 = load i8, i8* %85, align 1
  %87 = zext i8 %86 to i32
  %88 = icmp eq i32 %87, 1
  %89 = zext i1 %88 to i32
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %then4, label %else5

then4:                                            ; preds = %ok3
  br label %trap6.site14

else5:                                            ; preds = %ok3
  br label %join6

join6:                                            ; preds = %else5, %dead
  %91 = load i32, i32* %frame, align 4
  %92 = icmp uge i32 %depth, 1000
  br i1 %92, label %trap15.site14, label %ok7

trap6.site14:                                     ; preds = %then4
  %93 = load i64, i64* %lowStart, align 8
  %94 = getelementptr i64, i64* %regs, i64 6
  store i64 %93, i64* %94, align 8
  %95 = load i64, i64* %lowEnd, align 8
  %96 = getelementptr i64, i64* %regs, i64 7
  store i64 %95, i64* %96, align 8
  %97 = load i64, i64* %highEnd, align 8
  %98 = getelementptr i64, i64* %regs, i64 8
  store i64 %97, i64* %98, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 14)
  unreachable

dead:                                             ; No predecessors!
  br label %join6

ok7:                                              ; preds = %join6
  %99 = icmp ult i64 %10, %stack_limit
  br i1 %99, label %trap253.site0, label %stack_ok

trap15.site14:                                    ; preds = %join6
  %100 = load i64, i64* %lowStart, align 8
  %101 = getelementptr i64, i64* %regs, i64 6
  store i64 %100, i64* %101, align 8
  %102 = load i64, i64* %lowEnd, align 8
  %103 = getelementptr i64, i64* %regs, i64 7
  store i64 %102, i64* %103, align 8
  %104 = load i64, i64* %highEnd, align 8
  %105 = getelementptr i64, i64* %regs, i64 8
  store i64 %104, i64* %105, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok:                                         ; preds = %ok7
  %106 = load i64, i64* %fuel, align 8
  %107 = getelementptr i64, i64* %regs, i64 0
  store i64 %106, i64* %107, align 8
  %108 = load i64, i64* %lowStart, align 8
  %109 = getelementptr i64, i64* %regs, i64 6
  store i64 %108, i64* %109, align 8
  %110 = load i64, i64* %lowEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 7
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %highEnd, align 8
  %113 = getelementptr i64, i64* %regs, i64 8
  store i64 %112, i64* %113, align 8
  %114 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %114, i32 %91)
  %115 = getelementptr i64, i64* %regs, i64 0
  %116 = load i64, i64* %115, align 8
  store i64 %116, i64* %fuel, align 8
  %117 = getelementptr i64, i64* %regs, i64 6
  %118 = load i64, i64* %117, align 8
  store i64 %118, i64* %lowStart, align 8
  %119 = getelementptr i64, i64* %regs, i64 7
  %120 = load i64, i64* %119, align 8
  store i64 %120, i64* %lowEnd, align 8
  %121 = getelementptr i64, i64* %regs, i64 8
  %122 = load i64, i64* %121, align 8
  store i64 %122, i64* %highEnd, align 8
  br label %join

trap253.site0:                                    ; preds = %ok7
  %123 = load i64, i64* %lowStart, align 8
  %124 = getelementptr i64, i64* %regs, i64 6
  store i64 %123, i64* %124, align 8
  %125 = load i64, i64* %lowEnd, align 8
  %126 = getelementptr i64, i64* %regs, i64 7
  store i64 %125, i64* %126, align 8
  %127 = load i64, i64* %highEnd, align 8
  %128 = getelementptr i64, i64* %regs, i64 8
  store i64 %127, i64* %128, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok8:                                              ; preds = %join
  %129 = getelementptr i8, i8* %mem, i64 %82
  %130 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %130, i8* %129, i64 8, i1 false)
  %131 = load i64, i64* %unaligned, align 8
  store i64 %131, i64* %result, align 8
  br label %e1

ok9:                                              ; preds = %e1
  %132 = extractvalue { i64, i1 } %68, 0
  %133 = zext i32 %36 to i64
  %134 = add i64 %133, 16
  %135 = add i64 %134, 8
  %136 = icmp uge i64 %134, %scratch_start
  %137 = load i64, i64* %highEnd, align 8
  %138 = icmp ule i64 %135, %137
  %139 = and i1 %136, %138
  br i1 %139, label %write.ok12, label %write.low10

trap2.site8:                                      ; preds = %e1
  %140 = load i64, i64* %lowStart, align 8
  %141 = getelementptr i64, i64* %regs, i64 6
  store i64 %140, i64* %141, align 8
  %142 = load i64, i64* %lowEnd, align 8
  %143 = getelementptr i64, i64* %regs, i64 7
  store i64 %142, i64* %143, align 8
  %144 = load i64, i64* %highEnd, align 8
  %145 = getelementptr i64, i64* %regs, i64 8
  store i64 %144, i64* %145, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 8)
  unreachable

write.low10:                                      ; preds = %ok9
  %146 = load i64, i64* %lowStart, align 8
  %147 = icmp uge i64 %134, %146
  %148 = load i64, i64* %lowEnd, align 8
  %149 = icmp ule i64 %135, %148
  %150 = and i1 %147, %149
  br i1 %150, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %151 = icmp ugt i64 %135, %arena_size
  br i1 %151, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %ok9
  %152 = getelementptr i8, i8* %mem, i64 %134
  store i64 %132, i64* %unaligned14, align 8
  %153 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %152, i8* %153, i64 8, i1 false)
  %154 = load i32, i32* %frame, align 4
  %155 = zext i32 %154 to i64
  %156 = add i64 %155, 33
  %157 = add i64 %156, 1
  %158 = icmp uge i64 %156, %scratch_start
  %159 = load i64, i64* %highEnd, align 8
  %160 = icmp ule i64 %157, %159
  %161 = and i1 %158, %160
  br i1 %161, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %162 = icmp ult i64 %134, %scratch_start
  %163 = load i64, i64* %lowStart, align 8
  %164 = call i64 @llvm.umin.i64(i64 %163, i64 %134)
  %165 = load i64, i64* %lowEnd, align 8
  %166 = load i64, i64* %highEnd, align 8
  %167 = add i64 %135, 64
  %168 = sub i64 %135, %164
  %169 = lshr i64 %168, 4
  %170 = add i64 %167, %169
  %171 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %170)
  %172 = call i64 @llvm.umax.i64(i64 %165, i64 %171)
  %173 = select i1 %162, i64 %172, i64 %165
  store i64 %173, i64* %lowEnd, align 8
  %174 = add i64 %135, 64
  %175 = sub i64 %135, %scratch_start
  %176 = lshr i64 %175, 4
  %177 = add i64 %174, %176
  %178 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %177)
  %179 = call i64 @llvm.umax.i64(i64 %166, i64 %178)
  %180 = select i1 %162, i64 %166, i64 %179
  store i64 %180, i64* %highEnd, align 8
  store i64 %164, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %181 = load i64, i64* %lowStart, align 8
  %182 = icmp uge i64 %156, %181
  %183 = load i64, i64* %lowEnd, align 8
  %184 = icmp ule i64 %157, %183
  %185 = and i1 %182, %184
  br i1 %185, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %186 = icmp ugt i64 %157, %arena_size
  br i1 %186, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %187 = getelementptr i8, i8* %mem, i64 %156
  store i8 2, i8* %187, align 1
  %188 = load i64, i64* %fuel, align 8
  %189 = getelementptr i64, i64* %regs, i64 0
  store i64 %188, i64* %189, align 8
  %190 = load i64, i64* %lowStart, align 8
  %191 = getelementptr i64, i64* %regs, i64 6
  store i64 %190, i64* %191, align 8
  %192 = load i64, i64* %lowEnd, align 8
  %193 = getelementptr i64, i64* %regs, i64 7
  store i64 %192, i64* %193, align 8
  %194 = load i64, i64* %highEnd, align 8
  %195 = getelementptr i64, i64* %regs, i64 8
  store i64 %194, i64* %195, align 8
  ret void

ok18:                                             ; preds = %write.slow16
  %196 = icmp ult i64 %156, %scratch_start
  %197 = load i64, i64* %lowStart, align 8
  %198 = call i64 @llvm.umin.i64(i64 %197, i64 %156)
  %199 = load i64, i64* %lowEnd, align 8
  %200 = load i64, i64* %highEnd, align 8
  %201 = add i64 %157, 64
  %202 = sub i64 %157, %198
  %203 = lshr i64 %202, 4
  %204 = add i64 %201, %203
  %205 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %204)
  %206 = call i64 @llvm.umax.i64(i64 %199, i64 %205)
  %207 = select i1 %196, i64 %206, i64 %199
  store i64 %207, i64* %lowEnd, align 8
  %208 = add i64 %157, 64
  %209 = sub i64 %157, %scratch_start
  %210 = lshr i64 %209, 4
  %211 = add i64 %208, %210
  %212 = call i64 @llvm.umin.i64(i64 %arena_size, i64 %211)
  %213 = call i64 @llvm.umax.i64(i64 %200, i64 %212)
  %214 = select i1 %196, i64 %200, i64 %213
  store i64 %214, i64* %highEnd, align 8
  store i64 %198, i64* %lowStart, align 8
  br label %write.ok17
}
